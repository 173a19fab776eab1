"""The writer's preferences and last session, stored with QSettings in an INI file.

Every preference is a typed attribute with a default; bad values in the file (edited by
hand, written by another version) fall back to the default instead of failing. Changing
a value emits ``changed(key)`` so open windows follow at once.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths, Signal

from editor.core.paths import HOME_VARIABLE, user_data_dir
from editor.core.text.slug import make_slug

T = TypeVar("T")

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "ja")
FOCUS_MODES = ("off", "paragraph", "sentence")
SETTINGS_FILE = "settings.ini"
_LAYOUT_KEYS = {
    "geometry": "window/geometry",
    "state": "window/state",
    "splitter": "window/splitter",
}


def default_settings_folder() -> Path:
    """Where Kiji keeps its settings: its one user folder (``editor.core.paths``)."""
    return user_data_dir()


def legacy_settings_folder() -> Path | None:
    """Where the first build kept settings and recent sites (Qt's app-data folder), if any.

    ``None`` when ``KIJI_HOME`` is set: a portable or test folder has no history.
    """
    if os.environ.get(HOME_VARIABLE, "").strip():
        return None
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else None


class _Setting(Generic[T]):
    """A typed preference: ``settings.font_size`` reads, ``settings.font_size = 14`` writes."""

    def __init__(self, key: str, default: T, choices: tuple[T, ...] = (), minimum: Any = None):
        self.key = key
        self.default = default
        self.choices = choices
        self.minimum = minimum

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Settings | None, owner: type) -> Any:
        if instance is None:
            return self
        return self.coerce(instance.store.value(self.key, self.default))

    def __set__(self, instance: Settings, value: T) -> None:
        value = self.coerce(value)
        if value == self.__get__(instance, type(instance)):
            return
        instance.store.setValue(self.key, value)
        instance.changed.emit(self.name)

    def coerce(self, raw: Any) -> T:
        """``raw`` as this setting's type, or the default when it does not fit."""
        kind = type(self.default)
        try:
            if kind is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1"}
            elif kind is int:
                value = int(float(raw))
            elif kind is float:
                value = float(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.default
        return value


@dataclass
class OpenTab:
    """One tab to bring back: the post, where the caret was, which line was at the top."""

    path: str
    cursor: int = 0
    top_line: float = 0.0


@dataclass
class WindowLayout:
    """The window's geometry, dock and splitter state, as Qt's own opaque bytes."""

    geometry: bytes = b""
    state: bytes = b""
    splitter: bytes = b""


@dataclass
class SessionState:
    """What was open when Kiji last quit."""

    site: str = ""
    tabs: list[OpenTab] = field(default_factory=list)
    current: int = 0

    def existing_tabs(self) -> list[OpenTab]:
        """The tabs whose file is still there, in order (the ones a restore opens)."""
        return [tab for tab in self.tabs if Path(tab.path).is_file()]

    def current_tab_path(self) -> Path | None:
        """The file of the tab a restore shows first, ``None`` without one."""
        tabs = self.existing_tabs()
        return Path(tabs[min(self.current, len(tabs) - 1)].path) if tabs else None


class Settings(QObject):
    """Typed preferences over ``QSettings`` (INI format) in ``folder``/settings.ini."""

    changed = Signal(str)

    theme = _Setting("appearance/theme", "system", THEMES)
    language = _Setting("appearance/language", "system", LANGUAGES)
    """The interface language: the system's, English or Japanese (applied at once)."""
    font_family = _Setting("editor/font_family", "")
    font_size = _Setting("editor/font_size", 13.0, minimum=6.0)
    line_width = _Setting("editor/line_width", 80, minimum=0)
    """Readable column in Latin characters (about half as many Japanese); 0 = window width."""
    show_line_numbers = _Setting("editor/line_numbers", False)
    focus_mode = _Setting("editor/focus_mode", "off", FOCUS_MODES)
    typewriter = _Setting("editor/typewriter", False)
    zoom = _Setting("editor/zoom", 0)
    cjk_chars_per_minute = _Setting("stats/cjk_chars_per_minute", 500, minimum=1)
    words_per_minute = _Setting("stats/words_per_minute", 200, minimum=1)
    excerpt_max_chars = _Setting("stats/excerpt_max_chars", 120, minimum=0)
    """Longest generated excerpt of Japanese prose (Latin: twice); 0 = the whole paragraph."""
    autosave_seconds = _Setting("files/autosave_seconds", 0, minimum=0)
    """Seconds between automatic saves; 0 = off (the journal still keeps unsaved text)."""
    image_folder = _Setting("files/image_folder", "")
    auto_pair_brackets = _Setting("editor/auto_pair_brackets", False)
    """Typing 「 (or 『（【〈《〔) adds its closing bracket after the caret."""
    slug_max_words = _Setting("files/slug_max_words", 5, minimum=1)
    """The most words in a suggested slug (the writer may type a longer one)."""
    slug_max_length = _Setting("files/slug_max_length", 32, minimum=8)
    """The longest suggested slug, in characters."""
    last_export_folder = _Setting("files/last_export_folder", "")
    """Where the last export went; the next one is proposed there (else Documents)."""
    allow_remote_images = _Setting("preview/allow_remote_images", False)
    spell_check = _Setting("proofreading/spelling", True)
    style_check = _Setting("proofreading/style", True)
    git_pull_rebase = _Setting("git/pull_rebase", False)
    """Pull by rebasing local commits onto the remote's; False: fast-forward only."""
    preview_typeface = _Setting("preview/typeface", "gothic", ("gothic", "mincho"))
    """The preview's body text: ゴシック (sans) or 明朝 (serif)."""
    preview_justified = _Setting("preview/justified", False)
    """Paragraphs flush at both edges in the preview, as Japanese print sets them."""
    hidden_post_columns = _Setting("posts/hidden_columns", "tags,reading")
    """The posts panel's hidden columns, comma-separated keys (``tags``, ``reading``…)."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder) if folder is not None else default_settings_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.store = QSettings(str(self.folder / SETTINGS_FILE), QSettings.Format.IniFormat, self)

    @classmethod
    def preference_names(cls) -> list[str]:
        """The attribute names of every preference."""
        return [name for name, value in vars(cls).items() if isinstance(value, _Setting)]

    def suggest_slug(self, title: str) -> str:
        """The slug Kiji suggests for ``title``, within the writer's length preferences."""
        return make_slug(title, max_words=self.slug_max_words, max_length=self.slug_max_length)

    def reset(self, name: str) -> None:
        """Put preference ``name`` back to its default."""
        setting = vars(type(self))[name]
        setattr(self, name, setting.default)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.store.sync()

    # -- session -------------------------------------------------------------------------
    def session(self) -> SessionState:
        """The last saved session (empty when there is none or it cannot be read)."""
        raw = self.store.value("session/state", "")
        try:
            data = json.loads(str(raw)) if raw else {}
            tabs = [
                OpenTab(str(t["path"]), int(t.get("cursor", 0)), float(t.get("top_line", 0)))
                for t in data.get("tabs", [])
            ]
            return SessionState(str(data.get("site", "")), tabs, int(data.get("current", 0)))
        except (ValueError, TypeError, KeyError, AttributeError):
            return SessionState()

    def save_session(self, state: SessionState) -> None:
        """Remember ``state`` for the next start."""
        self.store.setValue("session/state", json.dumps(asdict(state), ensure_ascii=False))
        self.store.sync()

    # -- window layout -------------------------------------------------------------------
    def window_layout(self) -> WindowLayout:
        """The last saved window layout (empty bytes for what was never saved)."""
        values = {}
        for name, key in _LAYOUT_KEYS.items():
            raw = self.store.value(key, b"")
            values[name] = bytes(raw.data()) if isinstance(raw, QByteArray) else b""
        return WindowLayout(**values)

    def save_window_layout(self, layout: WindowLayout) -> None:
        """Remember ``layout`` for the next start (empty parts keep what was saved)."""
        for name, key in _LAYOUT_KEYS.items():
            value: bytes = getattr(layout, name)
            if value:
                self.store.setValue(key, QByteArray(value))
        self.store.sync()
