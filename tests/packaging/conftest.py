"""The packaging scripts are plain files under ``packaging/`` (not a package: the name would
shadow PyPA's ``packaging``); put that folder on the path for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING_DIR) not in sys.path:
    sys.path.insert(0, str(PACKAGING_DIR))
