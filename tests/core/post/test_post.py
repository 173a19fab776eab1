"""Tests for editor.core.post.post: splitting, byte-exact round trips, saving."""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import shutil
from pathlib import Path

import pytest

from editor.core.post import storage
from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.post import Post, PostError, read_post, write_post
from editor.core.post.storage import content_hash, file_hash

CORPUS = Path(__file__).parents[2] / "data" / "posts"
CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix == ".md")
BAD_FILES = sorted((CORPUS / "bad").iterdir())


def changed_lines(before: str, after: str) -> list[str]:
    """The -/+ lines of a unified diff (what a writer sees in git)."""
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_round_trips_byte_for_byte(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    post = read_post(copy)
    original = path.read_bytes()
    assert post.source_hash == content_hash(original)
    assert Post.parse(post.text()).text() == post.text()
    digest = write_post(copy, post)
    assert copy.read_bytes() == original
    assert digest == content_hash(original) == post.source_hash


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_body_edit_keeps_front_matter_bytes(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    post = read_post(copy)
    before = post.text()
    head_len = len(before) - len(post.body)
    post.body = post.body + "追記\n"
    write_post(copy, post)
    reread = read_post(copy)
    assert reread.text()[:head_len] == before[:head_len]
    assert reread.body.endswith("追記\n")
    assert reread.bom == post.bom
    assert reread.front_matter_text == post.front_matter_text
    if post.error is not None:  # broken front matter is written back verbatim
        assert reread.error is not None
        assert reread.error.line == post.error.line


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.name)
def test_non_utf8_posts_are_refused_and_never_written(path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(PostError) as info:
        read_post(path)
    assert "not UTF-8" in info.value.message
    assert path.read_bytes() == before


def test_read_post_missing_file_raises_post_error(tmp_path: Path) -> None:
    with pytest.raises(PostError, match="does not exist"):
        read_post(tmp_path / "missing.md")


@pytest.mark.parametrize(
    ("text", "fmt", "block", "body"),
    [
        ("---\na: 1\n---\nbody\n", "yaml", "a: 1\n", "body\n"),
        ("---\na: 1\n...\nbody\n", "yaml", "a: 1\n", "body\n"),
        ("---\n---\n", "yaml", "", ""),
        ("---\n---", "yaml", "", ""),
        ("--- \t\na: 1\n---  \nb", "yaml", "a: 1\n", "b"),
        ("+++\na = 1\n+++\nbody", "toml", "a = 1\n", "body"),
        ("+++\na = 1\n---\n", None, "", "+++\na = 1\n---\n"),
        ("---\na: 1\n", None, "", "---\na: 1\n"),
        ("---a\nb\n---\n", None, "", "---a\nb\n---\n"),
        ("...\na: 1\n...\n", None, "", "...\na: 1\n...\n"),
        ("text\n---\na: 1\n---\n", None, "", "text\n---\na: 1\n---\n"),
        ("\n---\na: 1\n---\n", "yaml", "a: 1\n", ""),  # Hugo reads it (Jekyll: a check)
        ("---\na: 1\n---\n\n---\nmore\n", "yaml", "a: 1\n", "\n---\nmore\n"),
        ("---\r\na: 1\r\n---\r\nb\r\n", "yaml", "a: 1\r\n", "b\r\n"),
        ("", None, "", ""),
        ('{"a": 1}\nbody\n', "json", '{"a": 1}', "body\n"),
        (
            '{\n  "a": [1, {"b": "}"}]\n}  \n\nbody',
            "json",
            '{\n  "a": [1, {"b": "}"}]\n}',
            "\nbody",
        ),
        ('{"a": 1} same line', "json", '{"a": 1}', " same line"),
        ("{% raw %}x{% endraw %}\n", None, "", "{% raw %}x{% endraw %}\n"),
        ("{{ page.title }}\n", None, "", "{{ page.title }}\n"),
        ("\ufeff---\na: 1\n---\nb", "yaml", "a: 1\n", "b"),
        # As Hugo reads it: blank lines (spaces, tabs, CR) before the opening fence.
        ("\n\n---\na: 1\n---\nb", "yaml", "a: 1\n", "b"),
        (" \t\r\n+++\na = 1\n+++\nb", "toml", "a = 1\n", "b"),
        ("\ufeff\n---\na: 1\n---\nb", "yaml", "a: 1\n", "b"),
        ("\n---\nnever closed\n", None, "", "\n---\nnever closed\n"),
        ("\n\n# A heading\n---\n", None, "", "\n\n# A heading\n---\n"),
        ("x\n---\na: 1\n---\n", None, "", "x\n---\na: 1\n---\n"),
    ],
)
def test_split_front_matter(text: str, fmt: str | None, block: str, body: str) -> None:
    split = split_front_matter(text)
    assert (split.format, split.block, split.body) == (fmt, block, body)
    assert split.opening + split.block + split.closing + split.body == text == split.text()
    fenced = text.lstrip("\ufeff").startswith(("---", "+++", "{"))
    assert split.late_start == (fmt is not None and not fenced)
    post = Post.parse(text)
    assert post.format == fmt
    assert post.front_matter_text == block
    assert post.body == body
    assert post.text() == text


def test_thematic_break_in_body_is_not_front_matter() -> None:
    post = read_post(CORPUS / "body-thematic-breaks.md")
    assert dict(post.front_matter) == {"title": "区切り"}
    assert "not: front matter" in post.body
    no_fm = read_post(CORPUS / "no-front-matter.md")
    assert no_fm.format is None
    assert dict(no_fm.front_matter) == {}
    assert "---" in no_fm.body


def test_body_start_line_maps_to_text_lines() -> None:
    text = "---\ntitle: x\ntags: [a]\n---\nfirst body line\nsecond\n"
    post = Post.parse(text)
    assert post.body_start_line == 4
    assert text.split("\n")[post.body_start_line] == "first body line"
    assert Post.parse("no front matter\n").body_start_line == 0
    assert Post.parse("---\na: 1\n---").body_start_line == 2


def test_body_setter_never_touches_front_matter() -> None:
    text = "---\n# keep me\ntitle:   'x'  \n---\nold body\n"
    post = Post.parse(text)
    post.body = "new body\n---\nnot: fm\n"
    assert post.text() == "---\n# keep me\ntitle:   'x'  \n---\nnew body\n---\nnot: fm\n"
    assert post.front_matter["title"] == "x"


def test_body_after_closing_fence_at_end_of_file_gets_a_newline() -> None:
    post = Post.parse("---\ntitle: x\n---")
    post.body = "Body"
    assert post.text() == "---\ntitle: x\n---\nBody"
    assert Post.parse(post.text()).body == "Body"


def test_front_matter_text_and_set_front_matter_text() -> None:
    post = Post.parse("---\ntitle: a\n---\nbody\n")
    assert post.front_matter_text == "title: a\n"
    post.set_front_matter_text("title: b\ntags: [x")
    assert post.error is not None
    assert post.error.line == 3  # the opening fence is line 1
    assert post.text() == "---\ntitle: b\ntags: [x\n---\nbody\n"
    post.set_front_matter_text("title: c\n")
    assert post.error is None
    assert post.front_matter["title"] == "c"


def test_set_front_matter_text_adds_a_block_when_there_was_none() -> None:
    post = Post.parse("just body\n")
    post.set_front_matter_text("")
    assert post.text() == "just body\n"
    post.set_front_matter_text("title: new\n")
    assert post.format == "yaml"
    assert post.text() == "---\ntitle: new\n---\njust body\n"


def test_setting_a_field_on_a_post_without_front_matter_adds_yaml() -> None:
    post = Post.parse("Body only\n")
    post.front_matter["title"] = "はじめに"
    assert post.text() == "---\ntitle: はじめに\n---\nBody only\n"


def test_broken_front_matter_opens_and_reports_line(tmp_path: Path) -> None:
    post = read_post(CORPUS / "duplicate-keys.md")
    assert post.error is not None
    assert post.error.line == 4
    assert "title" in post.error.message
    assert dict(post.front_matter) == {}
    with pytest.raises(PostError, match="line 4"):
        post.front_matter["title"] = "x"
    assert post.text() == (CORPUS / "duplicate-keys.md").read_text()


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("broken-yaml.md", 3),
        ("broken-toml.md", 3),
        ("duplicate-toml.md", 3),
    ],
)
def test_broken_front_matter_line_numbers(name: str, line: int) -> None:
    post = read_post(CORPUS / name)
    assert post.error is not None
    assert post.error.line == line
    assert post.error.message.startswith("The front matter is not valid")


def test_write_post_restores_bom_and_crlf_after_edit(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    shutil.copyfile(CORPUS / "seed-bom-crlf-no-final-newline.md", path)
    post = read_post(path)
    post.front_matter["reading_time"] = 17
    write_post(path, post)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n")
    assert b"reading_time: 17\r\n---\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert not data.endswith(b"\r\n")
    original = (CORPUS / "seed-bom-crlf-no-final-newline.md").read_bytes()
    assert data == original.replace(b"reading_time: 16", b"reading_time: 17")


def test_write_post_on_a_mixed_newline_file_keeps_each_untouched_line_ending(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.md"
    path.write_bytes(b"a\r\nb\r\nc\n")
    post = read_post(path)
    assert post.newline == "\r\n"
    post.body += "d\n"
    write_post(path, post)
    assert path.read_bytes() == b"a\r\nb\r\nc\nd\n"  # the new line ends like the one before


def test_a_field_edit_in_a_mixed_newline_post_changes_only_its_line(tmp_path: Path) -> None:
    """Seen on real sites: CRLF front matter over an LF body (or the other way round)."""
    path = tmp_path / "p.md"
    original = b"---\r\nlayout: post\r\ntitle: old\r\ntags: [a]\r\n---\n\nbody\r\nmore\n"
    path.write_bytes(original)
    post = read_post(path)
    post.front_matter["title"] = "new"
    post.front_matter["tags"] = ["a", "b"]
    write_post(path, post)
    expected = original.replace(b"title: old", b"title: new").replace(b"[a]", b"[a, b]")
    assert path.read_bytes() == expected


def test_write_post_returns_hash_and_updates_source_hash(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    post = Post.parse("---\ntitle: x\n---\n")
    assert post.source_hash is None
    digest = write_post(path, post)
    assert digest == file_hash(path) == post.source_hash
    post.body = "changed\n"
    assert write_post(path, post) == file_hash(path) != digest


def test_newline_and_bom_can_be_chosen_for_new_posts(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    post = Post.parse("---\ntitle: x\n---\nbody\n")
    post.newline = "\r\n"
    post.bom = True
    write_post(path, post)
    assert path.read_bytes() == b"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\nbody\r\n"
    with pytest.raises(ValueError):
        post.newline = "\n\n"


def test_fault_injection_replace_fails_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.md"
    shutil.copyfile(CORPUS / "seed-lf.md", path)
    original = path.read_bytes()
    post = read_post(path)
    post.front_matter["title"] = "変更"

    def failing_replace(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(storage.os, "replace", failing_replace)
    with pytest.raises(PostError) as info:
        write_post(path, post)
    assert "Could not write" in info.value.message
    assert path.read_bytes() == original
    assert post.source_hash == content_hash(original)  # not updated by a failed save
    assert [p.name for p in tmp_path.iterdir()] == ["p.md"]


def test_fault_injection_write_fails_original_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.md"
    shutil.copyfile(CORPUS / "seed-lf.md", path)
    original = path.read_bytes()
    post = read_post(path)
    post.body = "new body\n"
    real_fdopen = storage.os.fdopen

    class FullDisk:
        def __init__(self, handle):  # type: ignore[no-untyped-def]
            self._handle = handle

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc):  # type: ignore[no-untyped-def]
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(PostError, match="disk is full"):
        write_post(path, post)
    assert path.read_bytes() == original
    assert [p.name for p in tmp_path.iterdir()] == ["p.md"]


def test_seed_single_edits_change_only_their_line(tmp_path: Path) -> None:
    path = tmp_path / "seed.md"
    shutil.copyfile(CORPUS / "seed-lf.md", path)
    post = read_post(path)
    before = post.text()
    fm = post.front_matter
    fm["tags"] = [*fm["tags"], "Nvidia"]
    assert changed_lines(before, post.text()) == [
        '-tags: ["Google", "Microsoft", "Meta", "Amazon", "Apple", "LLM"]',
        '+tags: ["Google", "Microsoft", "Meta", "Amazon", "Apple", "LLM", "Nvidia"]',
    ]
    before = post.text()
    fm["date"] = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert changed_lines(before, post.text()) == [
        "-date: 2025-12-28 08:41:08 +0000",
        "+date: 2026-01-05 09:30:00 +0900",
    ]
    before = post.text()
    fm["title"] = "新しいタイトル"
    assert changed_lines(before, post.text()) == [
        '-title: "Llama 4の性能向上、その真意は何でしょうか？"',
        '+title: "新しいタイトル"',
    ]
    before = post.text()
    fm["draft"] = False
    assert changed_lines(before, post.text()) == ["+draft: false"]
    assert post.text().index("draft: false") > post.text().index("reading_time: 16")
    before = post.text()
    del fm["excerpt"]
    assert len(changed_lines(before, post.text())) == 1
    assert changed_lines(before, post.text())[0].startswith("-excerpt: ")
    write_post(path, post)
    assert read_post(path).front_matter["tags"][-1] == "Nvidia"


def test_setting_the_same_values_changes_nothing() -> None:
    text = (CORPUS / "tricky-scalars.md").read_text()
    post = Post.parse(text)
    for key, value in list(post.front_matter.items()):
        post.front_matter[key] = value
    assert post.text() == text


def test_raw_field_gives_the_written_value() -> None:
    post = read_post(CORPUS / "tricky-scalars.md")
    assert post.raw_field("version") == "1.10"
    assert post.raw_field("date") == "2025-12-28 08:41:08 +0000"
    assert post.raw_field("quoted_date") == '"2025-12-28"'
    assert post.raw_field("missing") is None
    assert Post.parse("body").raw_field("x") is None
    assert read_post(CORPUS / "hugo-toml.md").raw_field("draft") == "false"


def test_front_matter_values_are_copies() -> None:
    post = Post.parse("---\ntags: [a]\n---\n")
    post.front_matter["tags"].append("b")
    assert post.front_matter["tags"] == ["a"]
    assert post.text() == "---\ntags: [a]\n---\n"


def test_deleting_a_missing_key_raises_key_error() -> None:
    post = Post.parse("---\na: 1\n---\n")
    with pytest.raises(KeyError):
        del post.front_matter["b"]


YAML_CORPUS = [
    p for p in CORPUS_FILES if read_post(p).format == "yaml" and read_post(p).error is None
]


@pytest.mark.parametrize("path", YAML_CORPUS, ids=lambda p: p.name)
def test_corpus_every_field_edit_is_local(path: Path) -> None:
    original = read_post(path)
    for key in original.front_matter:
        post = Post.parse(original.text())
        try:
            post.front_matter[key] = "変更済み"
        except PostError:
            # Refused, with nothing written: an anchored value used by an alias, or a
            # whole block written as one ``{...}`` line.
            assert key == "image" or path.name == "flow-root.md"
            assert post.text() == original.text()
            continue
        assert post.body == original.body
        assert post.front_matter[key] == "変更済み"
        diff = list(difflib.ndiff(original.text().splitlines(), post.text().splitlines()))
        added = [line[2:] for line in diff if line.startswith("+ ")]
        removed = [line[2:] for line in diff if line.startswith("- ")]
        assert len(added) == 1 and added[0].lstrip().startswith(key) and "変更済み" in added[0]
        others = [k for k in original.front_matter if k != key]
        assert not any(line.startswith(f"{other}:") for line in removed for other in others)


def test_offsets_with_seconds_are_refused_plainly() -> None:
    post = Post.parse("---\ndate: 2025-12-28 08:41:08 +0000\n---\n")
    odd = dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=30)))
    with pytest.raises(PostError, match="offset with seconds cannot be written"):
        post.front_matter["date"] = odd


@pytest.mark.parametrize(
    "text",
    [
        "---\na: " + "[" * 5000 + "]" * 5000 + "\n---\n",
        "+++\na = " + "[" * 5000 + "]" * 5000 + "\n+++\n",
        "---\n" + "".join(" " * i + f"k{i}:\n" for i in range(3000)) + "---\n",
    ],
    ids=["yaml-flow", "toml", "yaml-block"],
)
def test_absurd_nesting_is_an_error_not_a_crash(text: str) -> None:
    post = Post.parse(text)
    assert post.error is not None
    assert post.error.line is not None
    assert post.text() == text


def test_an_edit_of_late_front_matter_keeps_the_blank_lines() -> None:
    post = Post.parse("\n\n---\ntitle: 前\ntags: [a]\n---\n本文\n")
    post.front_matter["title"] = "後"
    assert post.text() == "\n\n---\ntitle: 後\ntags: [a]\n---\n本文\n"
