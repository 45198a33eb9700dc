"""The Class page: pupils, classes and class-list import."""
