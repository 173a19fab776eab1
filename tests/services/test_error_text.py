"""Tests for editor.services.error_text: typed core errors read in the writer's language."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from editor.core.site.site_errors import NameCollisionError, OutsideSiteError
from editor.resources import resource_path
from editor.services.error_text import describe_error


def test_untranslated_errors_read_as_they_are(qapp, tmp_path) -> None:
    error = NameCollisionError(tmp_path / "a.md")
    assert describe_error(error) == str(error)
    assert describe_error(ValueError("plain")) == "plain"


def test_a_templated_error_reads_in_japanese(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "kiji_ja.qm")))
    qapp.installTranslator(translator)
    try:
        text = describe_error(OutsideSiteError("collections_dir", "../../x"))
    finally:
        qapp.removeTranslator(translator)
    assert "サイトのフォルダーの外" in text and "collections_dir" in text and "'../../x'" in text
    assert describe_error(OutsideSiteError("collections_dir", "../../x")).startswith(
        "The setting collections_dir"
    )
