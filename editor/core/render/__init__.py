"""Markdown to preview HTML: the markdown-it pipeline, Liquid and shortcodes, kramdown extras,
sanitizer, highlighting, math, block splitting and diffing.
"""
