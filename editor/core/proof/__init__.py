"""Proofreading: prose extraction, Japanese style rules, spelling, the site's own textlint,
writing goals.
"""
