"""What an export format is, and the registry of them that the export menu is built from.

An :class:`Exporter` pairs an :class:`ExportFormat` (its id, its name, where it writes to
and the options it takes) with ``export()``. The UI knows no format by name: it builds a
menu action for every exporter in an :class:`ExporterRegistry`, a dialog row for every
:class:`ExportOption`, and shows every :class:`ExportResult` the same way. A new format
is one class and one :meth:`ExporterRegistry.register` call.

The texts a writer reads are :class:`Text` pairs marked with :func:`QT_TRANSLATE_NOOP`:
the core has no Qt, and the UI shows ``QCoreApplication.translate(text.context,
text.source)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from editor.core.export.export_html import ExportSource
from editor.core.post.storage import StorageError, atomic_write_bytes

CONTEXT = "Exporter"
"""The translation context of the texts the exporters declare."""

OptionValue = str | float | bool
"""A choice's value, a number, or a flag."""


@dataclass(frozen=True)
class Text:
    """An English text for the writer, translated by the UI in ``context``."""

    context: str
    source: str


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark ``source`` for Qt's translation catalogue without importing Qt.

    Unlike :func:`editor.core.site.site_errors.QT_TRANSLATE_NOOP` it keeps the context with
    the text, so the UI can translate a text it knows nothing about.
    """
    return Text(context, source)


class OptionKind(Enum):
    """What kind of value an option takes, hence which control the dialog shows."""

    CHOICE = "choice"  # one of ``choices``
    NUMBER = "number"  # a float between ``minimum`` and ``maximum``
    FLAG = "flag"  # on or off


@dataclass(frozen=True)
class Choice:
    """One of a choice option's values; ``label`` ``None`` shows the value as it is (``A4``)."""

    value: str
    label: Text | None = None


@dataclass(frozen=True)
class ExportOption:
    """One setting of an export, with its default; the dialog shows one row for it."""

    key: str
    label: Text
    kind: OptionKind
    default: OptionValue
    choices: tuple[Choice, ...] = ()
    minimum: float = 0.0
    maximum: float = 0.0
    suffix: Text | None = None  # a unit after a number, e.g. " mm"

    def __post_init__(self) -> None:
        if self.kind is OptionKind.CHOICE and self.default not in self.values():
            raise ValueError(f"{self.key}: default {self.default!r} is not one of the choices")
        if self.kind is OptionKind.NUMBER and not (
            isinstance(self.default, int | float)
            and not isinstance(self.default, bool)
            and self.minimum <= self.default <= self.maximum
        ):
            raise ValueError(f"{self.key}: default {self.default!r} is not in the range")
        if self.kind is OptionKind.FLAG and not isinstance(self.default, bool):
            raise ValueError(f"{self.key}: a flag's default must be True or False")

    def values(self) -> tuple[str, ...]:
        """The values of the choices (empty unless a choice option)."""
        return tuple(choice.value for choice in self.choices)

    def accept(self, value: object) -> OptionValue:
        """``value`` made valid for this option: the default if it is not one of its values."""
        if self.kind is OptionKind.CHOICE:
            return value if isinstance(value, str) and value in self.values() else self.default
        if self.kind is OptionKind.NUMBER:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return min(max(float(value), self.minimum), self.maximum)
            return self.default
        return value if isinstance(value, bool) else self.default


class Destination(Enum):
    """Where an export goes."""

    FILE = "file"  # the writer picks a file in the export dialog
    CLIPBOARD = "clipboard"  # the result replaces the clipboard's content


@dataclass(frozen=True)
class ExportFormat:
    """Everything the UI needs to offer a format: menu entry, dialog, file type."""

    id: str
    name: Text  # "HTML": in the dialog's title and the file type filter
    action_text: Text  # the menu entry, with its accelerator: "Export as &HTML…"
    suffix: str = ""  # ".html"; "" for the clipboard
    destination: Destination = Destination.FILE
    options: tuple[ExportOption, ...] = ()
    shortcut: str = ""  # a portable key sequence, e.g. "Ctrl+Shift+C"

    def __post_init__(self) -> None:
        if self.destination is Destination.FILE and not self.suffix.startswith("."):
            raise ValueError(f"{self.id}: a file format needs a suffix such as '.txt'")
        keys = [option.key for option in self.options]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.id}: two options share a key")

    def option_values(self, given: Mapping[str, object] | None = None) -> dict[str, OptionValue]:
        """Every option's value: the one ``given`` if valid, else its default."""
        given = given or {}
        return {option.key: option.accept(given.get(option.key)) for option in self.options}


@dataclass(frozen=True)
class ClipboardContent:
    """What a clipboard export puts there: rich HTML and its plain-text equivalent."""

    html: str
    text: str


# Problems an exporter reports; ``{0}`` is the target, ``{1}`` the system's explanation.
WRITE_FAILED = QT_TRANSLATE_NOOP("Exporter", "Could not write {0}: {1}")


@dataclass(frozen=True)
class ExportResult:
    """The outcome of one export, reported through the ``done`` callback."""

    ok: bool
    target: Path | None = None  # the file written (or that could not be)
    problem: Text | None = None  # why not: a template of ``{0}`` (target) and ``{1}`` (detail)
    detail: str = ""  # the system's own explanation, e.g. "Permission denied"
    clipboard: ClipboardContent | None = None  # for :attr:`Destination.CLIPBOARD`


ExportDone = Callable[[ExportResult], None]


def write_export(target: Path, data: bytes) -> ExportResult:
    """Write ``data`` to ``target`` atomically; the result says whether it worked and why not."""
    try:
        atomic_write_bytes(target, data)
    except StorageError as error:
        return ExportResult(False, target, WRITE_FAILED, error.message)
    except OSError as error:
        return ExportResult(False, target, WRITE_FAILED, str(error))
    return ExportResult(True, target)


class Exporter(Protocol):
    """One export format: its description and the work.

    ``export()`` may finish before it returns (the HTML file) or later (a PDF printed by
    QtWebEngine); either way it calls ``done`` exactly once.
    """

    @property
    def format(self) -> ExportFormat:
        """The format's id, names, destination and options."""
        ...

    def export(
        self,
        source: ExportSource,
        values: Mapping[str, OptionValue],
        target: Path | None,
        done: ExportDone,
    ) -> None:
        """Export ``source`` with ``values`` (one per option) to ``target``, then ``done``.

        ``target`` is ``None`` for :attr:`Destination.CLIPBOARD`.
        """
        ...


class ExporterRegistry:
    """The export formats on offer, in menu order; listeners hear of formats added later."""

    def __init__(self) -> None:
        self._exporters: dict[str, Exporter] = {}
        self._listeners: list[Callable[[Exporter], None]] = []

    @classmethod
    def of(cls, exporters: Iterable[Exporter]) -> ExporterRegistry:
        """A registry holding ``exporters`` in that order."""
        registry = cls()
        for exporter in exporters:
            registry.register(exporter)
        return registry

    def register(self, exporter: Exporter) -> None:
        """Offer ``exporter`` after the others; its id must be new."""
        format_id = exporter.format.id
        if format_id in self._exporters:
            raise ValueError(f"An exporter with the id {format_id!r} is already registered")
        self._exporters[format_id] = exporter
        for listener in list(self._listeners):
            listener(exporter)

    def all(self) -> list[Exporter]:
        """Every exporter, in the order registered."""
        return list(self._exporters.values())

    def get(self, format_id: str) -> Exporter:
        """The exporter of ``format_id``; :class:`KeyError` if there is none."""
        return self._exporters[format_id]

    def __iter__(self) -> Iterator[Exporter]:
        return iter(self.all())

    def __len__(self) -> int:
        return len(self._exporters)

    def subscribe(self, listener: Callable[[Exporter], None]) -> None:
        """Call ``listener`` with every exporter registered from now on.

        Listeners stay for the registry's lifetime: one outliving its listener's owner
        must not be registered into afterwards.
        """
        self._listeners.append(listener)
