"""Build the editor widget a field's kind calls for, and the field's translated label."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QWidget

from editor.core.post.field_types import FieldKind, list_items
from editor.core.site.vocabulary import SiteVocabulary
from editor.core.text.kana_match import KanaMatcher
from editor.ui.form.chip_editor import ChipEditor
from editor.ui.form.date_field import DateField
from editor.ui.form.text_fields import (
    BoolField,
    ChoiceField,
    IntegerField,
    LineField,
    LongTextField,
    NumberField,
    ReadOnlyField,
)


@dataclass
class FieldContext:
    """What editors need to know about the site, shared by all rows of a form."""

    vocabulary: SiteVocabulary
    raw_of: Callable[[str], str | None]
    _matchers: dict[str, KanaMatcher] = field(default_factory=dict)

    def matcher_for(self, key: str) -> KanaMatcher:
        """A completion matcher over the values the site uses for ``key`` (built once)."""
        if key not in self._matchers:
            self._matchers[key] = KanaMatcher(self.vocabulary.values_for(key))
        return self._matchers[key]

    def set_vocabulary(self, vocabulary: SiteVocabulary) -> None:
        """Use ``vocabulary`` from now on (matchers are built again as they are asked for)."""
        self.vocabulary = vocabulary
        self._matchers.clear()

    def prepare_matchers(self) -> None:
        """Build the readings of the matchers in use, so typing never waits for them."""
        for matcher in self._matchers.values():
            matcher.prepare()


def build_editor(key: str, kind: FieldKind, value: Any, context: FieldContext) -> QWidget:
    """A new editor for ``key`` (named ``field_<key>``), showing ``value``."""
    vocabulary = context.vocabulary
    editor: QWidget
    if kind is FieldKind.LIST:
        editor = ChipEditor(list_items(value), context.matcher_for(key))
    elif kind is FieldKind.DATE:
        editor = DateField(value, context.raw_of(key), vocabulary.timezone)
    elif kind is FieldKind.LONG_TEXT:
        editor = LongTextField(value)
    elif kind is FieldKind.BOOL:
        editor = BoolField(value)
    elif kind is FieldKind.INTEGER:
        editor = IntegerField(value)
    elif kind is FieldKind.NUMBER:
        editor = NumberField(value)
    elif kind in (FieldKind.LAYOUT, FieldKind.AUTHOR):
        editor = ChoiceField(value, _choices(kind, vocabulary))
    elif kind is FieldKind.MAPPING:
        editor = ReadOnlyField(value)
    else:
        editor = LineField(value)
    editor.setObjectName(f"field_{key}")
    return editor


def _choices(kind: FieldKind, vocabulary: SiteVocabulary) -> list[tuple[str, str]]:
    """The ``(value, shown text)`` pairs a layout or author field offers."""
    if kind is FieldKind.LAYOUT:
        return [(name, name) for name in vocabulary.layouts]
    return [
        (name, f"{name} — {vocabulary.author_names[name]}")
        if name in vocabulary.author_names
        else (name, name)
        for name in vocabulary.authors
    ]


def follow_vocabulary(editor: QWidget, key: str, kind: FieldKind, context: FieldContext) -> None:
    """Make an editor made by :func:`build_editor` offer ``context``'s current vocabulary."""
    if isinstance(editor, ChipEditor):
        editor.set_matcher(context.matcher_for(key))
    elif isinstance(editor, ChoiceField) and kind in (FieldKind.LAYOUT, FieldKind.AUTHOR):
        editor.set_choices(_choices(kind, context.vocabulary))
    elif isinstance(editor, DateField):
        editor.set_timezone(context.vocabulary.timezone)


def show_value(editor: QWidget, kind: FieldKind, value: Any, raw: str | None) -> None:
    """Show ``value`` in an editor made by :func:`build_editor`, quietly."""
    if isinstance(editor, DateField):
        editor.set_value(value, raw)
    elif isinstance(editor, ChipEditor):
        editor.set_value(list_items(value))
    else:
        editor.set_value(value)  # type: ignore[attr-defined]


def commit_signal(editor: QWidget) -> SignalInstance:
    """The editor's ``valueCommitted`` signal (every editor made here has one)."""
    signal: SignalInstance = getattr(editor, "valueCommitted")  # noqa: B009
    return signal


def has_pending_edit(editor: QWidget) -> bool:
    """True while the editor holds typing that is not committed yet."""
    return bool(getattr(editor, "has_pending_edit")())  # noqa: B009


def commit_pending(editor: QWidget) -> None:
    """Commit the editor's uncommitted typing, if any."""
    getattr(editor, "commit")()  # noqa: B009


def default_value(kind: FieldKind) -> Any:
    """The value a newly added field starts with."""
    return {
        FieldKind.LIST: [],
        FieldKind.BOOL: False,
        FieldKind.INTEGER: 0,
        FieldKind.NUMBER: 0.0,
    }.get(kind, "")


def field_label(key: str) -> str:
    """The translated label for well-known keys; other keys humanised (see :func:`humanise_key`)."""
    translate = QCoreApplication.translate
    labels = {
        "title": translate("FrontMatterForm", "Title"),
        "date": translate("FrontMatterForm", "Date"),
        "lastmod": translate("FrontMatterForm", "Last modified"),
        "last_modified_at": translate("FrontMatterForm", "Last modified"),
        "tags": translate("FrontMatterForm", "Tags"),
        "categories": translate("FrontMatterForm", "Categories"),
        "layout": translate("FrontMatterForm", "Layout"),
        "author": translate("FrontMatterForm", "Author"),
        "excerpt": translate("FrontMatterForm", "Excerpt"),
        "description": translate("FrontMatterForm", "Description"),
        "summary": translate("FrontMatterForm", "Summary"),
        "reading_time": translate("FrontMatterForm", "Reading time"),
        "published": translate("FrontMatterForm", "Published"),
        "draft": translate("FrontMatterForm", "Draft"),
        "comments": translate("FrontMatterForm", "Comments"),
        "image": translate("FrontMatterForm", "Image"),
        "permalink": translate("FrontMatterForm", "Permalink"),
        "slug": translate("FrontMatterForm", "Slug"),
    }
    return labels.get(key) or humanise_key(key)


def humanise_key(key: str) -> str:
    """A front-matter key as a label: ``pubdate`` → ``Pubdate``, ``hero_image`` → ``Hero image``.

    Only separators and the first letter change; the key's own words and case stay.
    """
    words = " ".join(key.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:] if words else key
