"""Tests for editor.core.export.export_api and the Qt-free exporters of
editor.core.export.export_formats."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from editor.core.export.export_api import (
    QT_TRANSLATE_NOOP,
    WRITE_FAILED,
    Choice,
    Destination,
    ExporterRegistry,
    ExportFormat,
    ExportOption,
    ExportResult,
    OptionKind,
    Text,
)
from editor.core.export.export_formats import HtmlExporter, RichTextExporter
from editor.core.export.export_html import ExportSource
from editor.core.post.post import read_post
from tests.ui.helpers import copy_sample

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
MODE = ExportOption(
    "mode",
    QT_TRANSLATE_NOOP("Test", "Mode:"),
    OptionKind.CHOICE,
    "a",
    choices=(Choice("a"), Choice("b", QT_TRANSLATE_NOOP("Test", "Bee"))),
)
SIZE = ExportOption("size", Text("Test", "Size:"), OptionKind.NUMBER, 2.0, minimum=1, maximum=5)
LOUD = ExportOption("loud", Text("Test", "Loud"), OptionKind.FLAG, False)


def _source(site: Path) -> ExportSource:
    post = read_post(site / KYOTO)
    return ExportSource(
        post.body, dict(post.front_matter), "p { color: black }", site, site / KYOTO
    )


class _Elements(HTMLParser):
    """Collects the tags and the text of a document, failing on nothing (like a browser)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_marker_keeps_context_and_text() -> None:
    assert QT_TRANSLATE_NOOP("Exporter", "HTML") == Text("Exporter", "HTML")


def test_option_values_fill_defaults_and_refuse_what_does_not_fit() -> None:
    export_format = ExportFormat(
        "fake", Text("T", "Fake"), Text("T", "&Fake"), ".txt", options=(MODE, SIZE, LOUD)
    )
    assert export_format.option_values() == {"mode": "a", "size": 2.0, "loud": False}
    given = {"mode": "b", "size": 9, "loud": True, "other": 1}
    assert export_format.option_values(given) == {"mode": "b", "size": 5.0, "loud": True}
    wrong = {"mode": "c", "size": "big", "loud": "yes"}
    assert export_format.option_values(wrong) == {"mode": "a", "size": 2.0, "loud": False}


@pytest.mark.parametrize(
    "option",
    [
        lambda: ExportOption("m", Text("T", "M"), OptionKind.CHOICE, "z", choices=(Choice("a"),)),
        lambda: ExportOption("n", Text("T", "N"), OptionKind.NUMBER, 9.0, maximum=5),
        lambda: ExportOption("f", Text("T", "F"), OptionKind.FLAG, "yes"),
    ],
    ids=["choice", "number", "flag"],
)
def test_an_option_whose_default_does_not_fit_is_refused(option) -> None:
    with pytest.raises(ValueError):
        option()


def test_a_file_format_needs_a_suffix_and_distinct_option_keys() -> None:
    with pytest.raises(ValueError):
        ExportFormat("x", Text("T", "X"), Text("T", "&X"))
    with pytest.raises(ValueError):
        ExportFormat("x", Text("T", "X"), Text("T", "&X"), ".x", options=(MODE, MODE))
    clipboard = ExportFormat(
        "x", Text("T", "X"), Text("T", "&X"), destination=Destination.CLIPBOARD
    )
    assert clipboard.suffix == ""


def test_registry_keeps_order_finds_by_id_refuses_twins_and_tells_listeners() -> None:
    html, rich = HtmlExporter(), RichTextExporter()
    registry = ExporterRegistry.of([html])
    heard: list[object] = []
    registry.subscribe(heard.append)
    registry.register(rich)
    assert registry.all() == [html, rich] and list(registry) == [html, rich]
    assert registry.get("rich-text") is rich and len(registry) == 2
    assert heard == [rich]
    with pytest.raises(ValueError):
        registry.register(HtmlExporter())
    with pytest.raises(KeyError):
        registry.get("docx")


def test_html_exporter_writes_a_document_of_the_sample_post(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    target = tmp_path / "out" / "kyoto.html"
    target.parent.mkdir()
    results: list[ExportResult] = []
    HtmlExporter().export(_source(site), {}, target, results.append)
    assert results == [ExportResult(True, target)]
    html = target.read_text(encoding="utf-8")
    parser = _Elements()
    parser.feed(html)
    parser.close()
    assert {"html", "head", "title", "style", "body", "article", "img"} <= set(parser.tags)
    assert "script" not in parser.tags
    text = "".join(parser.text)
    assert "京都の秋、朝の散歩で見つけたもの" in text and "哲学の道を歩きはじめました" in text
    assert "data:image/png;base64," in html  # images embedded by default


def test_html_exporter_links_images_when_asked(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    target = tmp_path / "exports" / "kyoto.html"
    target.parent.mkdir()
    HtmlExporter().export(_source(site), {"images": "link"}, target, lambda _result: None)
    html = target.read_text(encoding="utf-8")
    assert 'src="../sample-site/assets/images/kyoto-autumn/momiji.png"' in html


def test_html_exporter_reports_a_file_it_cannot_write(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    target = tmp_path / "missing" / "folder" / "kyoto.html"
    results: list[ExportResult] = []
    HtmlExporter().export(_source(site), {}, target, results.append)
    [result] = results
    assert not result.ok and result.target == target and result.problem == WRITE_FAILED
    assert result.detail and not target.exists()


def test_rich_text_exporter_gives_styled_html_and_plain_text(tmp_path: Path) -> None:
    site = copy_sample(tmp_path)
    results: list[ExportResult] = []
    RichTextExporter().export(_source(site), {}, None, results.append)
    [result] = results
    assert result.ok and result.target is None and result.clipboard is not None
    assert 'style="' in result.clipboard.html and "<script" not in result.clipboard.html
    assert 'id="post-header"' not in result.clipboard.html  # the body only
    assert "哲学の道を歩きはじめました" in result.clipboard.text.replace("\n", "")
    assert "<p" not in result.clipboard.text and "<img" not in result.clipboard.text
