"""The front-matter form: typed fields, chips, dates, the source view and its undo."""
