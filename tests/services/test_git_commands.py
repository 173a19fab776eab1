"""Git through the user's own ``git``, on real repositories with a bare remote on disk."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import CONFLICTED, MODIFIED, UNTRACKED
from editor.services.git_commands import GitCommands
from tests.git_fixtures import POST, add_remote, clone, git, isolated_git_config, make_site

__all__ = ["isolated_git_config"]

POST_NAME = "_posts/2024-03-01-jimbocho.md"


def _kind(error: pytest.ExceptionInfo[GitError]) -> str:
    return error.value.kind


def test_status_names_changed_new_and_untouched_files(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST + "追記\n", encoding="utf-8")
    (site / "_posts" / "2024-03-02-新しい記事.md").write_text(
        "---\ntitle: x\n---\n", encoding="utf-8"
    )
    report = GitCommands(site).status()
    markers = {state.path: state.marker for state in report.files}
    assert markers == {POST_NAME: MODIFIED, "_posts/2024-03-02-新しい記事.md": UNTRACKED}
    assert report.head == "main"


def test_commit_takes_only_the_chosen_files(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST + "追記\n", encoding="utf-8")
    (site / "assets" / "images" / "new.png").write_bytes(b"png")
    (site / "other.md").write_text("not this one\n", encoding="utf-8")
    commands = GitCommands(site)
    oid = commands.commit(
        [site / POST_NAME, site / "assets" / "images" / "new.png"],
        "Update post: 神保町の古書店めぐり",
    )
    assert git(site, "log", "-1", "--format=%H %an <%ae> %s").strip() == (
        f"{oid} Hanako Yamada <hanako@example.com> Update post: 神保町の古書店めぐり"
    )
    assert git(site, "show", "--name-only", "--format=", "HEAD").split() == [
        POST_NAME,
        "assets/images/new.png",
    ]
    assert [state.path for state in commands.status().files] == ["other.md"]


def test_commit_without_identity_refuses_and_changes_nothing(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", identity=False)
    (site / POST_NAME).write_text(POST + "追記\n", encoding="utf-8")
    with pytest.raises(GitError) as error:
        GitCommands(site).commit([site / POST_NAME], "Update post")
    assert _kind(error) == git_errors.NO_IDENTITY
    assert "git config --global user.name" in str(error.value)
    assert git(site, "rev-list", "--count", "HEAD").strip() == "1"
    assert git(site, "diff", "--cached", "--name-only") == ""  # nothing was even staged


def test_committing_unchanged_files_says_so(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    with pytest.raises(GitError) as error:
        GitCommands(site).commit([site / POST_NAME], "Update post")
    assert _kind(error) == git_errors.NOTHING_TO_COMMIT


def test_no_git_and_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(GitError) as error:
        GitCommands(tmp_path, executable="").status()  # "" is never found: as if not installed
    assert _kind(error) == git_errors.NO_GIT
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(GitError) as error:
        GitCommands(plain).status()
    assert _kind(error) == git_errors.NOT_REPO


def test_push_and_pull_round_trip(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST + "別の機械で追記。\n", encoding="utf-8")
    git(other, "commit", "-qam", "From the other machine")
    git(other, "push", "-q")

    lines: list[tuple[str, int]] = []
    commands = GitCommands(site)
    commands.pull(on_progress=lambda line, percent: lines.append((line, percent)))
    assert (site / POST_NAME).read_text(encoding="utf-8").endswith("別の機械で追記。\n")

    (site / POST_NAME).write_text(POST + "こちらで書いた。\n", encoding="utf-8")
    commands.commit([site / POST_NAME], "Update post: 神保町の古書店めぐり")
    commands.push(cancel=threading.Event(), on_progress=lambda *_: None)
    git(other, "pull", "-q")
    assert (other / POST_NAME).read_text(encoding="utf-8").endswith("こちらで書いた。\n")


def test_first_push_of_a_new_branch_sets_its_upstream(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    add_remote(site, tmp_path / "remote.git")
    git(site, "switch", "-q", "-c", "draft/京都")
    (site / "x.md").write_text("x\n", encoding="utf-8")
    commands = GitCommands(site)
    commands.commit([site / "x.md"], "Add post: x")
    commands.push()
    assert commands.status().upstream == "origin/draft/京都"


def test_diverged_pull_is_refused_then_merge_shows_the_conflict_and_loses_nothing(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST.replace("三軒", "五軒"), encoding="utf-8")
    git(other, "commit", "-qam", "Five shops")
    git(other, "push", "-q")
    commands = GitCommands(site)
    (site / POST_NAME).write_text(POST.replace("三軒", "四軒"), encoding="utf-8")
    commands.commit([site / POST_NAME], "Four shops")

    with pytest.raises(GitError) as error:
        commands.push()
    assert _kind(error) == git_errors.NON_FAST_FORWARD
    with pytest.raises(GitError) as error:
        commands.pull()  # --ff-only
    assert _kind(error) == git_errors.NON_FAST_FORWARD
    assert "四軒" in (site / POST_NAME).read_text(encoding="utf-8")  # nothing changed

    with pytest.raises(GitError) as error:
        commands.pull(merge=True)
    assert _kind(error) == git_errors.CONFLICT
    assert error.value.paths == (POST_NAME,)
    text = (site / POST_NAME).read_text(encoding="utf-8")
    assert "<<<<<<<" in text and "四軒" in text and "五軒" in text  # both versions are there
    assert [s.marker for s in commands.status().files] == [CONFLICTED]
    assert commands.is_merging()

    (site / POST_NAME).write_text(POST.replace("三軒", "四軒と五軒"), encoding="utf-8")
    commands.commit([site / POST_NAME], "Merge: both counts")
    assert not commands.is_merging()
    commands.push()
    assert git(remote, "log", "-1", "--format=%s", "main").strip() == "Merge: both counts"


def test_pull_over_uncommitted_changes_is_refused(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST + "remote\n", encoding="utf-8")
    git(other, "commit", "-qam", "Remote edit")
    git(other, "push", "-q")
    (site / POST_NAME).write_text(POST + "mine, not committed\n", encoding="utf-8")
    with pytest.raises(GitError) as error:
        GitCommands(site).pull()
    assert _kind(error) == git_errors.LOCAL_CHANGES
    assert (site / POST_NAME).read_text(encoding="utf-8").endswith("mine, not committed\n")


def test_unreachable_remote_is_offline_and_no_remote_is_said(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    with pytest.raises(GitError) as error:
        GitCommands(site).push()
    assert _kind(error) == git_errors.NO_REMOTE
    git(site, "remote", "add", "origin", str(tmp_path / "nowhere.git"))
    with pytest.raises(GitError) as error:
        GitCommands(site).push()
    assert _kind(error) == git_errors.OFFLINE


def test_classify_auth_before_offline() -> None:
    message = (
        "git@github.com: Permission denied (publickey).\n"
        "fatal: Could not read from remote repository."
    )
    assert git_errors.classify(message) == git_errors.AUTH
    assert git_errors.classify(
        "fatal: unable to access 'https://x/': Could not resolve host: x"
    ) == (git_errors.OFFLINE)


def test_cancel_stops_a_running_command(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    cancel = threading.Event()
    cancel.set()
    # A command that would wait for ever on its input (stdin is closed: it ends, cancelled).
    with pytest.raises(GitError) as error:
        GitCommands(site).run(["hash-object", "--stdin"], cancel=cancel)
    assert _kind(error) == git_errors.CANCELLED


def test_history_follows_renames_and_shows_old_versions(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    commands = GitCommands(site)
    (site / POST_NAME).write_text(POST + "v2\n", encoding="utf-8")
    commands.commit([site / POST_NAME], "Second")
    git(site, "mv", POST_NAME, "_posts/2024-03-01-jinbocho.md")
    git(site, "commit", "-qm", "Rename")
    log = commands.log(site / "_posts" / "2024-03-01-jinbocho.md")
    assert [entry.subject for entry in log] == ["Rename", "Second", "Start"]
    assert log[-1].path == POST_NAME
    assert commands.show(log[-1].oid, log[-1].path).decode("utf-8") == POST


def test_restore_puts_back_the_committed_file_and_forgets_new_ones(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    commands = GitCommands(site)
    (site / POST_NAME).write_text("ruined\n", encoding="utf-8")
    commands.restore(site / POST_NAME)
    assert (site / POST_NAME).read_text(encoding="utf-8") == POST
    (site / "new.md").write_text("new\n", encoding="utf-8")
    git(site, "add", "new.md")
    commands.restore(site / "new.md")
    assert [state.marker for state in commands.status().files] == [UNTRACKED]


def test_a_conflicting_rebase_is_undone_and_merge_is_offered(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    remote = add_remote(site, tmp_path / "remote.git")
    other = clone(remote, tmp_path / "other")
    (other / POST_NAME).write_text(POST.replace("三軒", "五軒"), encoding="utf-8")
    git(other, "commit", "-qam", "Five shops")
    git(other, "push", "-q")
    commands = GitCommands(site)
    (site / POST_NAME).write_text(POST.replace("三軒", "四軒"), encoding="utf-8")
    mine = commands.commit([site / POST_NAME], "Four shops")
    with pytest.raises(GitError) as error:
        commands.pull(rebase=True)
    assert _kind(error) == git_errors.NON_FAST_FORWARD
    assert not commands.is_rebasing()
    assert git(site, "rev-parse", "HEAD").strip() == mine  # as before the pull
    assert "四軒" in (site / POST_NAME).read_text(encoding="utf-8")
    with pytest.raises(GitError):
        commands.pull(merge=True)
    commands.abort_merge()
    assert not commands.is_merging()
    assert (site / POST_NAME).read_text(encoding="utf-8") == POST.replace("三軒", "四軒")
