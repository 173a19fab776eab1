"""The export formats that need no Qt: a standalone HTML file and rich text to paste.

PDF needs QtWebEngine to print, so it lives in :mod:`editor.services.pdf_export`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from editor.core.export.export_api import (
    QT_TRANSLATE_NOOP,
    Choice,
    ClipboardContent,
    Destination,
    ExportDone,
    ExportFormat,
    ExportOption,
    ExportResult,
    OptionKind,
    OptionValue,
    write_export,
)
from editor.core.export.export_html import ExportOptions, ExportSource, ImageMode
from editor.core.export.rich_text import inline_styles, plain_text

IMAGES = ExportOption(
    key="images",
    label=QT_TRANSLATE_NOOP("Exporter", "Images:"),
    kind=OptionKind.CHOICE,
    default=ImageMode.EMBED.value,
    choices=(
        Choice(ImageMode.EMBED.value, QT_TRANSLATE_NOOP("Exporter", "Embed images in the file")),
        Choice(
            ImageMode.LINK.value,
            QT_TRANSLATE_NOOP(
                "Exporter", "Link to the images in the site (relative paths, nothing is copied)"
            ),
        ),
    ),
)
"""Embed the site's images as data URIs, or link them relative to the exported file."""

TYPEFACE = ExportOption(
    key="typeface",
    label=QT_TRANSLATE_NOOP("Exporter", "Typeface:"),
    kind=OptionKind.CHOICE,
    default="gothic",
    choices=(
        Choice("gothic", QT_TRANSLATE_NOOP("Exporter", "Gothic (sans serif)")),
        Choice("mincho", QT_TRANSLATE_NOOP("Exporter", "Mincho (serif)")),
    ),
)
"""The body text's face: ゴシック or 明朝 (headings stay in the sans face)."""


class HtmlExporter:
    """One standalone HTML file that looks like the preview and runs nothing."""

    format = ExportFormat(
        id="html",
        name=QT_TRANSLATE_NOOP("Exporter", "HTML"),
        action_text=QT_TRANSLATE_NOOP("Exporter", "Export as &HTML…"),
        suffix=".html",
        options=(IMAGES, TYPEFACE),
    )

    def export(
        self,
        source: ExportSource,
        values: Mapping[str, OptionValue],
        target: Path | None,
        done: ExportDone,
    ) -> None:
        """Write the document to ``target``."""
        assert target is not None, "a file format always has a target"
        chosen = self.format.option_values(values)
        images = ImageMode(chosen["images"])
        mincho = chosen["typeface"] == "mincho"
        html = source.html(target, ExportOptions(images=images, mincho=mincho))
        done(write_export(target, html.encode("utf-8")))


class RichTextExporter:
    """The post's body on the clipboard, inline-styled for web editors, and as plain text."""

    format = ExportFormat(
        id="rich-text",
        name=QT_TRANSLATE_NOOP("Exporter", "Rich Text"),
        action_text=QT_TRANSLATE_NOOP("Exporter", "Copy as &Rich Text"),
        destination=Destination.CLIPBOARD,
        shortcut="Ctrl+Shift+C",
    )

    def export(
        self,
        source: ExportSource,
        values: Mapping[str, OptionValue],
        target: Path | None,
        done: ExportDone,
    ) -> None:
        """Give the clipboard content to ``done`` (images embedded: no file to be relative to)."""
        del values, target  # no options; the clipboard is no file
        fragment = source.content(ExportOptions(images=ImageMode.EMBED))
        done(
            ExportResult(
                True, clipboard=ClipboardContent(inline_styles(fragment), plain_text(fragment))
            )
        )
