"""Writing goals per post and the writer's session tally (kept apart from document stats).

A goal counts characters for a Japanese post and words for an English one (whichever the
post has more of, unless the writer chose). Goals live in the site, in
``.kiji/goals.json`` (``{"_posts/a.md": {"target": 3000, "unit": "characters"}}``), so
they travel with the repository. The session tally counts what was typed today and the
time spent writing (gaps of more than :data:`IDLE_SECONDS` between edits are not counted).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from editor.core.post.storage import atomic_write_bytes
from editor.core.text.stats import TextStats

GOALS_FILE = Path(".kiji") / "goals.json"
UNITS = ("characters", "words")
IDLE_SECONDS = 90.0


@dataclass(frozen=True)
class Goal:
    """How much a post should have: ``target`` characters or words."""

    target: int
    unit: str = "characters"


def natural_unit(stats: TextStats) -> str:
    """``"characters"`` for a mostly Japanese text, ``"words"`` for a mostly Latin one."""
    return "characters" if stats.cjk_characters >= stats.words else "words"


def amount(stats: TextStats, unit: str) -> int:
    """What counts towards a goal in ``unit``."""
    return stats.words if unit == "words" else stats.characters


def load_goals(site_root: Path | None) -> dict[str, Goal]:
    """The site's goals by post path (relative, with ``/``); empty when none or unreadable."""
    if site_root is None:
        return {}
    try:
        data = json.loads((site_root / GOALS_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    goals: dict[str, Goal] = {}
    for key, value in data.items() if isinstance(data, dict) else ():
        if isinstance(value, dict) and isinstance(value.get("target"), int):
            unit = value.get("unit") if value.get("unit") in UNITS else "characters"
            goals[str(key)] = Goal(max(1, value["target"]), str(unit))
    return goals


class GoalsCache:
    """:func:`load_goals` that re-reads ``goals.json`` only when the file changed.

    The file is stat'ed on every call (cheap) and parsed again only when its
    modification time or size differ from the last read, so a status bar may ask for a
    post's goal after every pause in typing without reading the file each time.
    """

    def __init__(self) -> None:
        """An empty cache."""
        self._root: Path | None = None
        self._stamp: tuple[int, int] | None = None
        self._goals: dict[str, Goal] = {}

    def goals(self, site_root: Path | None) -> dict[str, Goal]:
        """The site's goals, as :func:`load_goals` gives them (do not modify the result)."""
        if site_root is None:
            return {}
        try:
            info = (site_root / GOALS_FILE).stat()
            stamp: tuple[int, int] | None = (info.st_mtime_ns, info.st_size)
        except OSError:
            stamp = None
        if site_root != self._root or stamp != self._stamp or stamp is None:
            self._root, self._stamp = site_root, stamp
            self._goals = load_goals(site_root) if stamp is not None else {}
        return self._goals


def save_goal(site_root: Path, post: str, goal: Goal | None) -> None:
    """Set (or with ``None`` remove) the goal of ``post`` in the site's goals file."""
    goals = load_goals(site_root)
    if goal is None:
        goals.pop(post, None)
    else:
        goals[post] = goal
    path = site_root / GOALS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {key: {"target": g.target, "unit": g.unit} for key, g in sorted(goals.items())}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


@dataclass
class SessionTally:
    """Characters typed today and seconds spent writing (reset when the day changes)."""

    day: date = field(default_factory=date.today)
    written: int = 0
    active_seconds: float = 0.0
    _last: float | None = None

    def record(self, added: int, now: float, today: date | None = None) -> None:
        """Count an edit that added ``added`` characters at monotonic time ``now``."""
        today = today or date.today()
        if today != self.day:
            self.day, self.written, self.active_seconds, self._last = today, 0, 0.0, None
        self.written += max(0, added)
        if self._last is not None and 0 <= now - self._last <= IDLE_SECONDS:
            self.active_seconds += now - self._last
        self._last = now
