"""Printed documents (reflection sheets, star charts, strength sheets, posters, profiles).

The only package that imports reportlab. Each document module returns PDF bytes;
the UI decides whether to preview, print or save them.
"""
