"""Entry point of the frozen app (PyInstaller's script): the same ``main()`` as ``kiji``."""

from editor.app import main

raise SystemExit(main())
