"""Conflict markers as real git writes them, found and resolved line by line."""

from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.git.merge_conflicts import Side, conflicts_in, find_conflicts, resolve
from tests.git_fixtures import git, set_identity


def _real_conflict(tmp_path: Path, style: str = "merge") -> str:
    """A post both sides changed, merged by the real git: the file it leaves behind."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    set_identity(repo)
    git(repo, "config", "merge.conflictStyle", style)
    post = repo / "post.md"
    post.write_text("# 古書店\n\n神保町を歩いた。\n\n終わり。\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first")
    git(repo, "checkout", "-q", "-b", "remote")
    post.write_text("# 古書店\n\n神保町を雨の日に歩いた。\n\n終わり。\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "theirs")
    git(repo, "checkout", "-q", "main")
    post.write_text("# 古書店\n\n神保町を一人で歩いた。\n\n終わり。\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "mine")
    merged = subprocess.run(["git", "merge", "remote"], cwd=repo, capture_output=True, text=True)
    assert merged.returncode != 0  # a real conflict
    return post.read_text(encoding="utf-8")


def test_a_real_merge_conflict_is_found_with_its_labels(tmp_path: Path) -> None:
    text = _real_conflict(tmp_path)
    (conflict,) = conflicts_in(text)
    lines = text.split("\n")
    assert (conflict.mine_label, conflict.theirs_label) == ("HEAD", "remote")
    assert [lines[i] for i in conflict.mine_lines()] == ["神保町を一人で歩いた。"]
    assert [lines[i] for i in conflict.theirs_lines()] == ["神保町を雨の日に歩いた。"]
    assert "\n".join(resolve(lines, conflict, Side.MINE)) == (
        "# 古書店\n\n神保町を一人で歩いた。\n\n終わり。\n"
    )
    assert "\n".join(resolve(lines, conflict, Side.THEIRS)) == (
        "# 古書店\n\n神保町を雨の日に歩いた。\n\n終わり。\n"
    )
    both = "\n".join(resolve(lines, conflict, Side.BOTH))
    assert both == "# 古書店\n\n神保町を一人で歩いた。\n神保町を雨の日に歩いた。\n\n終わり。\n"


def test_a_diff3_conflict_keeps_the_base_out_of_every_choice(tmp_path: Path) -> None:
    text = _real_conflict(tmp_path, "diff3")
    (conflict,) = conflicts_in(text)
    lines = text.split("\n")
    assert conflict.base >= 0 and [lines[i] for i in conflict.base_lines()] == ["神保町を歩いた。"]
    assert [lines[i] for i in conflict.mine_lines()] == ["神保町を一人で歩いた。"]
    assert "神保町を歩いた。" not in resolve(lines, conflict, Side.BOTH)


def test_marker_lookalikes_are_not_conflicts() -> None:
    heading = "Title\n=======\n\ntext\n"
    assert conflicts_in(heading) == []
    unclosed = "<<<<<<< HEAD\nmine\n=======\ntheirs\n"
    assert conflicts_in(unclosed) == []
    quoted = "```\n<<<<<<<< not seven\n=======\n>>>>>>>x\n```\n"
    assert conflicts_in(quoted) == []


def test_crlf_lines_keep_their_endings() -> None:
    lines = ["a\r", "<<<<<<< HEAD\r", "mine\r", "=======\r", "theirs\r", ">>>>>>> b\r", "z"]
    (conflict,) = find_conflicts(lines)
    assert resolve(lines, conflict, Side.THEIRS) == ["a\r", "theirs\r", "z"]


_line = st.text(alphabet="ab =<>|\u3042", max_size=12).filter(
    lambda s: not s.startswith(("<<<<<<<", "=======", ">>>>>>>", "|||||||"))
)


@settings(deadline=None, max_examples=200)
@given(
    before=st.lists(_line, max_size=5),
    mine=st.lists(_line, max_size=5),
    theirs=st.lists(_line, max_size=5),
    after=st.lists(_line, max_size=5),
    side=st.sampled_from(list(Side)),
)
def test_resolving_keeps_exactly_the_chosen_side(before, mine, theirs, after, side) -> None:
    lines = [*before, "<<<<<<< HEAD", *mine, "=======", *theirs, ">>>>>>> origin/main", *after]
    (conflict,) = find_conflicts(lines)
    kept = {Side.MINE: mine, Side.THEIRS: theirs, Side.BOTH: mine + theirs}[side]
    assert resolve(lines, conflict, side) == [*before, *kept, *after]
