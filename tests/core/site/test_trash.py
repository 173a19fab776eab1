"""Tests for editor.core.site.trash."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.site.site_errors import TrashError
from editor.core.site.trash import move_to_trash


def test_missing_file_gives_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(TrashError, match="nothing to delete"):
        move_to_trash(tmp_path / "gone.md")
