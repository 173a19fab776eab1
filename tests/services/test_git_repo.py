"""GitRepo: status off the UI thread, jobs calling back on it, no refresh loop on reads."""

from __future__ import annotations

import threading
from pathlib import Path

from editor.core.git.git_status import MODIFIED
from editor.services.git_repo import GitRepo
from tests.git_fixtures import POST, isolated_git_config, make_site

__all__ = ["isolated_git_config"]

POST_NAME = "_posts/2024-03-01-jimbocho.md"


def test_status_and_jobs_run_in_workers_and_answer_on_the_ui_thread(qtbot, tmp_path) -> None:
    site = make_site(tmp_path / "site")
    (site / POST_NAME).write_text(POST + "x\n", encoding="utf-8")
    repo = GitRepo(site)
    with qtbot.waitSignal(repo.statusChanged, timeout=5000):
        repo.refresh()
    assert repo.available
    assert repo.state_of(site / POST_NAME).marker == MODIFIED
    threads: list[str] = []

    def job(_cancel, _progress) -> str:
        threads.append(threading.current_thread().name)
        return "done"

    answers: list[tuple[object, object]] = []
    repo.submit(job, lambda result, error: answers.append((result, error)))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [("done", None)]
    assert threads[0].startswith("kiji-git") and threading.current_thread().name == "MainThread"
    repo.shutdown()


def test_a_read_that_follows_each_status_does_not_loop(qtbot, tmp_path) -> None:
    site = make_site(tmp_path / "site")
    repo = GitRepo(site)
    statuses: list[object] = []
    repo.statusChanged.connect(statuses.append)
    # Like the Changes view: every status starts a read of the diff.
    repo.statusChanged.connect(
        lambda _report: repo.submit(lambda _c, _p: None, None, changes=False)
    )
    repo.refresh()
    qtbot.waitUntil(lambda: len(statuses) == 1, timeout=5000)
    qtbot.wait(500)
    assert len(statuses) == 1
    repo.submit(lambda _c, _p: None)  # a job that may change files: one refresh follows
    qtbot.waitUntil(lambda: len(statuses) == 2, timeout=5000)
    qtbot.wait(300)
    assert len(statuses) == 2
    repo.shutdown()


def test_not_a_repository_is_said_once(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    repo = GitRepo(folder)
    with qtbot.waitSignal(repo.availabilityChanged, timeout=5000) as said:
        repo.refresh()
    assert said.args == ["not-repo"] and not repo.available
    repo.shutdown()
