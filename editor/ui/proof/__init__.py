"""Proofreading in the window: underlines, quick fixes, writing goals."""
