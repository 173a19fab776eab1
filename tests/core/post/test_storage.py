"""Tests for editor.core.post.storage: UTF-8 checks, newline/BOM handling, atomic writes."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.post import storage
from editor.core.post.storage import (
    StorageError,
    atomic_write_bytes,
    content_hash,
    decode_bytes,
    detect_newline,
    encode_text,
    file_hash,
    read_text_file,
)

BAD = Path(__file__).parents[2] / "data" / "posts" / "bad"


@pytest.mark.parametrize(
    ("data", "text", "bom", "newline"),
    [
        (b"a\nb\n", "a\nb\n", False, "\n"),
        (b"a\r\nb\r\n", "a\nb\n", False, "\r\n"),
        (b"a\rb\r", "a\nb\n", False, "\r"),
        (b"\xef\xbb\xbfa\r\nb", "a\nb", True, "\r\n"),
        (b"", "", False, "\n"),
        ("日本語\r\n".encode(), "日本語\n", False, "\r\n"),
        (b"a\r\r\nb", "a\n\nb", False, "\r\n"),  # a CR/CRLF tie goes to CRLF
    ],
)
def test_read_text_file_normalises_and_remembers(
    tmp_path: Path, data: bytes, text: str, bom: bool, newline: str
) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(data)
    decoded = read_text_file(path)
    assert decoded.text == text
    assert decoded.bom is bom
    assert decoded.newline == newline
    assert decoded.hash == content_hash(data)
    assert decoded.raw == data
    assert decoded.encode(decoded.text) == data


def test_detect_newline_takes_the_most_common() -> None:
    assert detect_newline("a\r\nb\r\nc\n") == "\r\n"
    assert detect_newline("a\nb\nc\r\n") == "\n"
    assert detect_newline("a\rb\rc\n") == "\r"
    assert detect_newline("no newline") == "\n"


def test_encode_text_restores_style() -> None:
    assert encode_text("a\nb\n", bom=True, newline="\r\n") == b"\xef\xbb\xbfa\r\nb\r\n"
    assert encode_text("a\nb", bom=False, newline="\r") == b"a\rb"
    with pytest.raises(ValueError):
        encode_text("a", bom=False, newline="\n\r")


def test_encode_text_refuses_lone_surrogates() -> None:
    with pytest.raises(StorageError, match="cannot be saved as UTF-8"):
        encode_text("a\ud800b", bom=False, newline="\n")


def test_mixed_newlines_keep_original_bytes_until_edited(tmp_path: Path) -> None:
    data = b"one\ntwo\r\nthree\rfour\r\n"
    path = tmp_path / "mixed.md"
    path.write_bytes(data)
    decoded = read_text_file(path)
    assert decoded.encode(decoded.text) == data
    # Untouched lines keep their own endings; a new line ends like the one before it.
    assert decoded.encode(decoded.text + "five\n") == b"one\ntwo\r\nthree\rfour\r\nfive\r\n"
    edited = decoded.text.replace("two", "TWO\nand a half")
    assert decoded.encode(edited) == b"one\nTWO\r\nand a half\r\nthree\rfour\r\n"


_ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])
# Lines are never empty: a lone CR, an empty line and an LF would read back as one CRLF.
_LINES = st.lists(
    st.text(alphabet="ab 記事\u3000", min_size=1, max_size=6), min_size=2, max_size=12
)


@given(lines=_LINES, endings=st.lists(_ENDINGS, min_size=12, max_size=12), data=st.data())
def test_an_edit_of_one_line_leaves_every_other_line_as_written(
    lines: list[str], endings: list[str], data: st.DataObject
) -> None:
    raw = "".join(line + ending for line, ending in zip(lines, endings, strict=False))
    decoded = decode_bytes(raw.encode("utf-8"))
    index = data.draw(st.integers(0, len(lines) - 1))
    replacement = data.draw(st.text(alphabet="xyz漢", min_size=1, max_size=4))
    text_lines = decoded.text.split("\n")
    text_lines[index] = replacement
    out = decoded.encode("\n".join(text_lines)).decode("utf-8")
    expected = [
        (replacement if i == index else line) + ending
        for i, (line, ending) in enumerate(zip(lines, endings, strict=False))
    ]
    assert out == "".join(expected)


@pytest.mark.parametrize(
    ("name", "looks_like"),
    [
        ("shift-jis.txt", "Shift-JIS"),
        ("euc-jp.txt", "EUC-JP"),
        ("utf-16.txt", "UTF-16"),
        ("binary.png", "binary"),
        ("latin-1.txt", "Latin-1"),
    ],
)
def test_non_utf8_is_refused_with_a_named_reason(name: str, looks_like: str) -> None:
    with pytest.raises(StorageError) as info:
        read_text_file(BAD / name)
    assert "not UTF-8 text" in info.value.message
    assert looks_like in info.value.message
    assert info.value.path == BAD / name


def test_nul_byte_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.md"
    path.write_bytes(b"---\ntitle: x\n---\n\x00")
    with pytest.raises(StorageError, match="binary"):
        read_text_file(path)


def test_missing_file_message(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        read_text_file(tmp_path / "nope.md")


def test_file_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    assert file_hash(path) is None
    path.write_bytes(b"abc")
    assert file_hash(path) == content_hash(b"abc")
    assert content_hash(b"abc") != content_hash(b"abd")


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    atomic_write_bytes(path, b"first")
    assert path.read_bytes() == b"first"
    atomic_write_bytes(path, b"second")
    assert path.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temp file left


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write_bytes(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_atomic_write_writes_through_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "real" / "post.md"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"


def test_failed_replace_leaves_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"precious")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.os, "replace", broken_replace)
    with pytest.raises(StorageError, match="read-only"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_full_disk_during_write_leaves_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"precious")

    def full_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", full_fsync)
    with pytest.raises(StorageError) as info:
        atomic_write_bytes(path, b"new" * 1000)
    assert info.value.message.startswith("The disk is full")
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "a.md"
    path.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="read-only"):
            atomic_write_bytes(path, b"new")
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == b"old"


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        atomic_write_bytes(tmp_path / "gone" / "a.md", b"x")
    assert info.value.path == tmp_path / "gone" / "a.md"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to chown")
def test_atomic_write_keeps_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    os.chown(path, 12345, 23456)
    atomic_write_bytes(path, b"new")
    assert (path.stat().st_uid, path.stat().st_gid) == (12345, 23456)


def test_stale_temp_files_of_a_killed_save_are_swept(tmp_path: Path) -> None:
    import os
    import time

    from editor.core.post.storage import sweep_stale_temp_files

    post = tmp_path / "2025-01-01-a.md"
    post.write_text("body")
    stale = tmp_path / ".2025-01-01-a.md.abc123.kiji-tmp"
    stale.write_text("half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".2025-01-01-a.md.def456.kiji-tmp"  # a save in progress elsewhere
    fresh.write_text("writing")
    other = tmp_path / ".other.md.abc.kiji-tmp"
    other.write_text("not ours")
    os.utime(other, (old, old))
    assert sweep_stale_temp_files(post) == [stale]
    assert not stale.exists() and fresh.exists() and other.exists()
    assert post.read_text() == "body"


def test_a_folder_sweep_takes_every_posts_leftovers(tmp_path: Path) -> None:
    import os
    import time

    from editor.core.post.storage import sweep_stale_temp_files_in

    old = time.time() - 3600
    stale = [tmp_path / ".a.md.x1.kiji-tmp", tmp_path / ".b.md.y2.kiji-tmp"]
    for leftover in stale:
        leftover.write_text("half")
        os.utime(leftover, (old, old))
    fresh = tmp_path / ".c.md.z3.kiji-tmp"
    fresh.write_text("writing")
    unrelated = tmp_path / ".notes.tmp"
    unrelated.write_text("not ours")
    os.utime(unrelated, (old, old))
    assert sorted(sweep_stale_temp_files_in([tmp_path, tmp_path / "gone"])) == sorted(stale)
    assert fresh.exists() and unrelated.exists()


def test_a_sweep_waits_for_a_save_in_progress(tmp_path: Path, monkeypatch) -> None:
    """A guarded save swaps the old post (with its old mtime) into its temp name for a
    moment; a sweep running in another thread then must not take it from under the save."""
    import os
    import threading
    import time

    from editor.core.post import storage

    post = tmp_path / "2025-01-01-a.md"
    post.write_text("old post")
    old = time.time() - 3600
    os.utime(post, (old, old))  # a post checked out with its dates
    expected = storage.Expected(storage.content_hash(post.read_bytes()))
    swept: list[Path] = []
    real_exchange = storage.exchange_files

    def exchange_then_sweep(first, second):
        done = real_exchange(first, second)
        sweeper = threading.Thread(
            target=lambda: swept.extend(storage.sweep_stale_temp_files_in([tmp_path]))
        )
        sweeper.start()
        sweeper.join(0.3)  # it waits for the save's lock instead of deleting
        return done

    monkeypatch.setattr(storage, "exchange_files", exchange_then_sweep)
    storage.atomic_write_bytes(post, b"new post", expected=expected)
    assert post.read_bytes() == b"new post"
    assert not list(tmp_path.glob("*.kiji-tmp"))
