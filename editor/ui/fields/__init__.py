"""Editors for single front-matter fields, used by :mod:`editor.ui.front_matter_form`.

Every editor emits ``valueCommitted(object)`` when the writer finishes an edit (not per
keystroke), shows a value quietly with ``set_value(value)`` and reports
``has_pending_edit()`` so Ctrl+Z can undo typing first and whole field edits after.
"""
