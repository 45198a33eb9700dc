"""The Log page: the table, filters, charts and a pupil's profile."""
