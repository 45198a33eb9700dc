"""Developer tools that ship with the source (not used by the running app)."""
