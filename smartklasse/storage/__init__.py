"""Storage: the only package that talks SQL. Built on sqlite-utils."""
