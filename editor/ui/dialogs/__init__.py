"""Dialogs: new post, preferences, export, recovery, compare."""
