"""The Print dialog and its preview."""
