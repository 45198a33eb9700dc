"""The star wall page."""
