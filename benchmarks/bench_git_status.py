"""Benchmark: Git status of a 5,000-post site and a commit of one post.

Run: ``python benchmarks/bench_git_status.py [--posts N] [--runs N]``

What is measured (medians and p95; ratios to the baseline measured in the same run):
- baseline: the bare ``git status --porcelain=v2 -z`` command, run and waited for;
- ``GitCommands.status()``: the same command plus parsing (what the worker does);
- ``GitRepo.refresh()`` through the service: trigger -> ``statusChanged`` delivered on the
  UI thread, and the posts panel's markers set, with the longest UI stall meanwhile (a
  5 ms heartbeat). Targets: <= 300 ms off the UI thread, no stall > 50 ms;
- commit of one changed post: bare ``git add`` + ``git commit`` (baseline) against
  ``GitCommands.commit()`` (identity check, add, staged check, commit, new id). Target
  <= 500 ms.
Five changed posts and one new one are in the work tree while the status is measured.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_preview import Heartbeat
from bench_site_index import make_site, report, timed
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from editor.services.background import GIL_SWITCH_INTERVAL_S
from editor.services.git_commands import GitCommands
from editor.services.git_repo import GitRepo
from editor.ui.site.post_list_model import PostListModel

STATUS = ["git", "status", "--porcelain=v2", "-z", "--branch", "--untracked-files=all"]


def git(root: Path, *args: str) -> None:
    """Run git quietly in ``root``."""
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def make_repository(root: Path, posts: int) -> list[Path]:
    """The benchmark site, committed, with five posts edited and one new post."""
    paths = make_site(root, posts)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Bench")
    git(root, "config", "user.email", "bench@example.com")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Start")
    for path in paths[:5]:
        path.write_text(path.read_text(encoding="utf-8") + "\n追記。\n", encoding="utf-8")
    (root / "_posts" / "2026-01-01-new.md").write_text("---\ntitle: 新\n---\n", encoding="utf-8")
    return paths


def bench_service(root: Path, runs: int) -> tuple[list[float], float]:
    """Refresh through GitRepo: trigger -> markers set on the UI thread; longest stall."""
    import time

    repo = GitRepo(root)
    model = PostListModel()
    times: list[float] = []
    loop = QEventLoop()
    started = [0.0]

    def on_status(_report: object) -> None:
        model.set_git_markers({path: state.marker for path, state in repo.states().items()})
        times.append(time.perf_counter() - started[0])
        loop.quit()

    repo.statusChanged.connect(on_status)
    heartbeat = Heartbeat()
    heartbeat.start()
    longest = 0.0
    for _ in range(runs + 2):
        started[0] = time.perf_counter()
        repo.refresh()
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()
        longest = max(longest, heartbeat.longest)
    heartbeat.stop()
    repo.shutdown()
    return times[2:], longest


def bench_commit(root: Path, paths: list[Path], runs: int) -> tuple[list[float], list[float]]:
    """One post changed and committed: bare git add + commit, then GitCommands.commit()."""
    commands = GitCommands(root)
    counter = [0]

    def change(path: Path) -> None:
        counter[0] += 1
        path.write_text(path.read_text(encoding="utf-8") + f"{counter[0]}\n", encoding="utf-8")

    def bare() -> None:
        git(root, "add", "--", str(paths[10]))
        git(root, "commit", "-qm", "bare", "--", str(paths[10]))

    def kiji() -> None:
        commands.commit([paths[11]], "Update post: bench")

    bare_times, kiji_times = [], []
    for _ in range(runs):
        change(paths[10])
        bare_times += timed(bare, 1)
        change(paths[11])
        kiji_times += timed(kiji, 1)
    return bare_times, kiji_times


def main() -> None:
    """Build the repository, run each measurement, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        paths = make_repository(root, args.posts)
        version = subprocess.check_output(["git", "--version"]).decode().split()[-1]
        print(f"{args.posts} posts, git {version}")
        for _ in range(3):  # warm the file system cache and git's index before either side
            subprocess.run(STATUS, cwd=root, capture_output=True, check=True)
        baseline = timed(
            lambda: subprocess.run(STATUS, cwd=root, capture_output=True, check=True), args.runs
        )
        report("baseline: bare git status", baseline)
        commands = GitCommands(root)
        report("GitCommands.status() (run + parse)", timed(commands.status, args.runs), baseline)
        service, stall = bench_service(root, args.runs)
        report("GitRepo.refresh() -> markers on UI thread", service, baseline)
        print(f"{'longest UI stall during refreshes':<44} {stall:8.1f} ms", flush=True)
        bare, kiji = bench_commit(root, paths, max(5, args.runs // 2))
        report("baseline: bare git add + commit", bare)
        report("GitCommands.commit() one post", kiji, bare)
    del app


if __name__ == "__main__":
    main()
