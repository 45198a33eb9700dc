"""Dialogs that belong to no one page: welcome, settings, damaged data, restore, end of year,
teacher lock."""
