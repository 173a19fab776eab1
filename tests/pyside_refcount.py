"""Work around a PySide6 6.12 bug: ``signal.disconnect(slot)`` drops a reference to ``True``.

pytest-qt's ``waitSignal`` disconnects its slot every time, so each use steals a reference
to ``True``; after a few hundred the interpreter aborts ("bool_dealloc: deallocating True
or False"), at the latest while it finalises. A list of extra references does not help
(it is freed at exit too), so the count is raised once, for the life of the process.
Import this module from a test module that waits on signals. (Kiji's own code
disconnects by ``QMetaObject.Connection``, which is not affected.)
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1_000_000

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    # CPython < 3.12: ob_refcnt is the first field; 3.12+ makes True immortal anyway.
    _refcount = ctypes.c_ssize_t.from_address(id(True))
    if _refcount.value < EXTRA_REFERENCES:
        _refcount.value += EXTRA_REFERENCES
