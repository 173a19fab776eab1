"""Plain-Python core: posts, front matter, rendering, site layout. Never imports PySide6."""
