"""Kiji: a desktop Markdown editor for blog posts kept in a static-site repository."""

__version__ = "0.1.0"
