"""Printed documents (reflection sheets, star charts, strength sheets, posters, profiles).

The only package that imports reportlab. Each document module returns PDF bytes
and its title from the plain data in ``domain.documents``; it never reads storage.
``smartklasse.documents.registry`` joins each one to its loader and options; the UI
decides whether to preview, print or save.
"""
