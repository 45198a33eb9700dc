"""The registry of printed documents: what each one asks for, loads and draws.

A printed document is one module in ``printing/`` (reportlab, returns PDF bytes)
plus one entry in :mod:`smartklasse.documents.registry`. The registry joins the
storage loaders to the printing renderers, which must not know about each other
(storage never imports printing; printing never imports storage), and it stays
free of Qt so the Print dialog and the tests read the same entries.
"""
