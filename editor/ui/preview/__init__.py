"""The QtWebEngine preview of the current post."""
