"""Allow ``python -m editor``."""

from editor.app import main

raise SystemExit(main())
