"""The recent-sites list: most recent first, capped, survives a damaged file."""

from __future__ import annotations

from pathlib import Path

from editor.services.recent_sites import MAX_RECENT, RecentSites


def test_most_recent_first_without_duplicates_and_persisted(tmp_path: Path) -> None:
    store = tmp_path / "home" / "recent.json"
    one, two = tmp_path / "one", tmp_path / "二つ目"
    one.mkdir()
    two.mkdir()
    recent = RecentSites(store)
    recent.add(one)
    recent.add(two)
    recent.add(one)
    assert recent.folders() == [one.resolve(), two.resolve()]
    assert RecentSites(store).folders() == [one.resolve(), two.resolve()]


def test_capped_and_missing_folders_hidden(tmp_path: Path) -> None:
    recent = RecentSites(tmp_path / "recent.json")
    folders = []
    for number in range(MAX_RECENT + 3):
        folder = tmp_path / f"site-{number}"
        folder.mkdir()
        folders.append(folder)
        recent.add(folder)
    assert len(recent.folders()) == MAX_RECENT
    assert recent.folders()[0] == folders[-1].resolve()
    folders[-1].rmdir()
    assert folders[-1].resolve() not in recent.folders()


def test_a_damaged_file_means_an_empty_list(tmp_path: Path) -> None:
    store = tmp_path / "recent.json"
    store.write_bytes(b"\xff{not json")
    assert RecentSites(store).folders() == []
    store.write_text('{"a": 1}', encoding="utf-8")
    assert RecentSites(store).folders() == []
    recent = RecentSites(store)
    recent.add(tmp_path)
    recent.clear()
    assert RecentSites(store).folders() == []
