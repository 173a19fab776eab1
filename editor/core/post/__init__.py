"""A post as a lossless document: its raw text, front matter engines (YAML, TOML, JSON) that
edit by splicing, dates, field types, storage and the journal.
"""
