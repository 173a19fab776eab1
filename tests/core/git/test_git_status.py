"""The porcelain v2 and log parsers: exact records, and any record shape git may print."""

from __future__ import annotations

import os

from hypothesis import given
from hypothesis import strategies as st

from editor.core.git.git_status import (
    CONFLICTED,
    DELETED,
    MODIFIED,
    NEW,
    STAGED,
    UNTRACKED,
    FileState,
    parse_log,
    parse_status,
)

OID = "a" * 40


def _ordinary(xy: str, path: str) -> bytes:
    return f"1 {xy} N... 100644 100644 100644 {OID} {OID} {path}".encode() + b"\0"


def test_branch_headers_and_each_kind_of_record() -> None:
    data = (
        b"# branch.oid " + OID.encode() + b"\0# branch.head main\0"
        b"# branch.upstream origin/main\0# branch.ab +2 -3\0"
        + _ordinary(".M", "_posts/a b.md")
        + _ordinary("A.", "_posts/新しい.md")
        + _ordinary("M.", "staged.md")
        + _ordinary(".D", "gone.md")
        + f"2 R. N... 100644 100644 100644 {OID} {OID} R100 new name.md".encode()
        + b"\0old name.md\0"
        + f"u UU N... 100644 100644 100644 100644 {OID} {OID} {OID} 衝突.md".encode()
        + b"\0? untracked file.md\0! ignored.md\0"
    )
    report = parse_status(data)
    assert (report.head, report.upstream, report.ahead, report.behind) == (
        "main",
        "origin/main",
        2,
        3,
    )
    markers = {state.path: state.marker for state in report.files}
    assert markers == {
        "_posts/a b.md": MODIFIED,
        "_posts/新しい.md": NEW,
        "staged.md": STAGED,
        "gone.md": DELETED,
        "new name.md": STAGED,
        "衝突.md": CONFLICTED,
        "untracked file.md": UNTRACKED,
    }
    assert report.by_path()["new name.md"].orig_path == "old name.md"
    assert [state.path for state in report.conflicted] == ["衝突.md"]


def test_initial_repository_and_unknown_records_are_not_fatal() -> None:
    report = parse_status(b"# branch.oid (initial)\0# branch.head main\0x what\0? a.md\0")
    assert report.oid == "(initial)"
    assert [state.path for state in report.files] == ["a.md"]


_names = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0\n"), min_size=1
).filter(lambda name: name.strip() == name and os.fsencode(name))
_xy = st.sampled_from([".M", "M.", "MM", "A.", "AM", ".D", "D.", "R.", "RM", "T."])


@st.composite
def _records(draw: st.DrawFn) -> tuple[bytes, FileState]:
    kind = draw(st.sampled_from(["1", "2", "u", "?"]))
    path = draw(_names)
    raw = os.fsencode(path)
    if kind == "1":
        xy = draw(_xy)
        record = f"1 {xy} N... 100644 100644 100644 {OID} {OID} ".encode() + raw + b"\0"
        return record, FileState(path, xy[0], xy[1], "1")
    if kind == "2":
        xy = draw(_xy)
        original = draw(_names)
        record = (
            f"2 {xy} N... 100644 100644 100644 {OID} {OID} R87 ".encode()
            + raw
            + b"\0"
            + os.fsencode(original)
            + b"\0"
        )
        return record, FileState(path, xy[0], xy[1], "2", original)
    if kind == "u":
        xy = draw(st.sampled_from(["UU", "AA", "DU", "UD", "AU", "UA", "DD"]))
        record = f"u {xy} N... 100644 100644 100644 100644 {OID} {OID} {OID} ".encode() + raw
        return record + b"\0", FileState(path, xy[0], xy[1], "u")
    return b"? " + raw + b"\0", FileState(path, "?", "?", "?")


@given(st.lists(_records(), max_size=12), st.integers(0, 99), st.integers(0, 99))
def test_any_records_parse_back_to_what_was_written(records, ahead, behind) -> None:
    header = f"# branch.oid {OID}\0# branch.head topic/日本\0# branch.ab +{ahead} -{behind}\0"
    data = header.encode() + b"".join(record for record, _ in records)
    report = parse_status(data)
    assert list(report.files) == [state for _, state in records]
    assert (report.head, report.ahead, report.behind) == ("topic/日本", ahead, behind)
    for state in report.files:
        assert state.marker in (CONFLICTED, UNTRACKED, NEW, DELETED, MODIFIED, STAGED)


def _log_record(oid: str, subject: str, path: str) -> bytes:
    header = f"\x1e{oid}\x1fHanako\x1fh@example.com\x1f2024-03-01T10:00:00+09:00\x1f{subject}"
    return header.encode() + b"\0\n" + os.fsencode(path) + b"\0"


@given(
    st.lists(
        st.tuples(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30), _names),
        max_size=6,
    )
)
def test_log_records_parse_back(commits) -> None:
    data = b"".join(
        _log_record(f"{index:040x}", subject, path) for index, (subject, path) in enumerate(commits)
    )
    entries = parse_log(data)
    assert [(entry.subject, entry.path) for entry in entries] == commits
    assert all(entry.date is not None and entry.date.utcoffset() is not None for entry in entries)
