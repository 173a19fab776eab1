"""Export formats (HTML, PDF metadata, rich text) behind one Exporter registry."""
