"""Goals stored in the site and the session tally."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from editor.core.proof.writing_goal import (
    Goal,
    GoalsCache,
    SessionTally,
    amount,
    load_goals,
    natural_unit,
    save_goal,
)
from editor.core.text.stats import text_stats


def test_goals_round_trip_in_the_site(tmp_path: Path) -> None:
    assert load_goals(tmp_path) == {}
    save_goal(tmp_path, "_posts/a.md", Goal(3000, "characters"))
    save_goal(tmp_path, "_posts/b.md", Goal(800, "words"))
    assert load_goals(tmp_path) == {
        "_posts/a.md": Goal(3000, "characters"),
        "_posts/b.md": Goal(800, "words"),
    }
    save_goal(tmp_path, "_posts/a.md", None)
    assert list(load_goals(tmp_path)) == ["_posts/b.md"]
    (tmp_path / ".kiji" / "goals.json").write_text("{broken", encoding="utf-8")
    assert load_goals(tmp_path) == {}


def test_japanese_counts_characters_and_english_words() -> None:
    japanese, english = text_stats("今日は良い天気です。"), text_stats("A fine day for a walk.")
    assert natural_unit(japanese) == "characters" and amount(japanese, "characters") == 10
    assert natural_unit(english) == "words" and amount(english, "words") == 6


def test_the_tally_counts_typing_and_time_without_idle_gaps() -> None:
    tally = SessionTally(day=date(2026, 1, 1))
    today = date(2026, 1, 1)
    tally.record(5, 100.0, today)
    tally.record(3, 130.0, today)
    tally.record(0, 1000.0, today)  # a long pause is not writing time
    tally.record(2, 1010.0, today)
    assert (tally.written, tally.active_seconds) == (10, 40.0)
    tally.record(1, 1020.0, date(2026, 1, 2))
    assert (tally.written, tally.active_seconds) == (1, 0.0)


def test_the_goals_cache_rereads_only_a_changed_file(tmp_path: Path, monkeypatch) -> None:
    cache = GoalsCache()
    assert cache.goals(None) == {} and cache.goals(tmp_path) == {}
    save_goal(tmp_path, "_posts/a.md", Goal(3000, "characters"))
    assert cache.goals(tmp_path) == {"_posts/a.md": Goal(3000, "characters")}
    reads: list[Path] = []
    real_read = Path.read_text

    def spy(self: Path, *args, **kwargs) -> str:
        reads.append(self)
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", spy)
    for _ in range(3):
        assert cache.goals(tmp_path) == {"_posts/a.md": Goal(3000, "characters")}
    assert reads == []
    save_goal(tmp_path, "_posts/a.md", Goal(5000, "characters"))
    reads.clear()  # saving reads the file itself
    goals_file = tmp_path / ".kiji" / "goals.json"
    info = goals_file.stat()  # same size: the new mtime alone must make it re-read
    os.utime(goals_file, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    assert cache.goals(tmp_path) == {"_posts/a.md": Goal(5000, "characters")}
    assert len(reads) == 1
    goals_file.unlink()
    assert cache.goals(tmp_path) == {}
