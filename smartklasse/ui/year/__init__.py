"""The SMART year: advent calendars on the board, games with reflection, the practice summary."""
