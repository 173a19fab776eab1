"""Text measures and transforms: CJK-aware counts and reading time, slugs, kana/romaji
matching, excerpts.
"""
