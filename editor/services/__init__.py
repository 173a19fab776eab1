"""QObject services: documents, render worker, site index, file watching, journal."""
