"""The journal's writer thread survives a failing write and still drains on quit."""

from __future__ import annotations

from pathlib import Path

from editor.core.post.journal import Journal, JournalEntry
from editor.services.journal_writer import JournalWriter, Snapshot


class _OnceBroken(Journal):
    """A real journal whose first write fails with an unexpected error."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.failed = False

    def write(
        self,
        key: str,
        text: str,
        path: Path | None,
        base_hash: str | None,
        saved_at: float | None = None,
    ) -> JournalEntry:
        if not self.failed:
            self.failed = True
            raise RuntimeError("surprise")
        return super().write(key, text, path, base_hash, saved_at)


def test_an_unexpected_error_is_reported_and_the_next_snapshot_still_written(
    tmp_path: Path,
) -> None:
    journal = _OnceBroken(tmp_path / "journal")
    reports: list[tuple[str, str]] = []
    writer = JournalWriter(journal, lambda key, message: reports.append((key, message)))
    try:
        writer.submit(Snapshot("a" * 32, "first", None, None))
        writer.wait_idle()
        writer.submit(Snapshot("b" * 32, "second", None, None))
        writer.wait_idle()  # returns: the thread is still there
    finally:
        writer.stop()
    assert reports[0] == ("a" * 32, "RuntimeError: surprise")
    assert reports[1] == ("b" * 32, "")
    assert [entry.text for entry in journal.entries()] == ["second"]
