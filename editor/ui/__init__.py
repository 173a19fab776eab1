"""Widgets and dialogs."""
