"""The git commands Kiji runs, synchronously, with the user's own ``git`` from PATH.

:class:`GitCommands` is thread-safe and blocking: :class:`~editor.services.git_repo.GitRepo`
calls it from worker threads, tests and benchmarks call it directly. Every failure is a
:class:`~editor.core.git.git_errors.GitError` of a kind the writer can act on. Git runs with
``LC_ALL=C`` (its messages are classified by their English words) and
``GIT_TERMINAL_PROMPT=0`` (a missing password fails at once instead of waiting for a
terminal nobody sees); SSH keys, credential helpers and hooks work as the writer set them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from editor.core.git import git_errors
from editor.core.git.git_errors import GitError
from editor.core.git.git_status import LOG_FORMAT, LogEntry, StatusReport, parse_log, parse_status

_PROGRESS = re.compile(r"(\d{1,3})%")


def find_git() -> str | None:
    """The ``git`` on PATH, or ``None`` (the Git features are then hidden)."""
    return shutil.which("git")


@dataclass(frozen=True)
class Identity:
    """Who commits: ``user.name`` and ``user.email`` from git config (empty when unset)."""

    name: str
    email: str

    @property
    def complete(self) -> bool:
        """True when both are set (git refuses to commit otherwise)."""
        return bool(self.name.strip() and self.email.strip())

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class GitCommands:
    """Git for the repository containing ``folder`` (its top is found on first use)."""

    def __init__(self, folder: Path, executable: str | None = None) -> None:
        self.folder = Path(folder)
        self.executable = executable if executable is not None else find_git()
        self._top: Path | None = None

    # -- running ---------------------------------------------------------------------------

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({"LC_ALL": "C", "LANGUAGE": "C", "GIT_TERMINAL_PROMPT": "0"})
        env.pop("GIT_DIR", None)
        env.pop("GIT_WORK_TREE", None)
        return env

    def run(
        self,
        args: Sequence[str],
        *,
        check: bool = True,
        cancel: threading.Event | None = None,
        on_progress: Callable[[str, int], None] | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run ``git args`` in the folder; raise :class:`GitError` when it fails and ``check``.

        With ``cancel`` (set it from another thread to stop) or ``on_progress``
        (``(line, percent)``, percent -1 when unknown), git's progress on stderr is read as
        it comes and the process is stopped if ``cancel`` is set.
        """
        if self.executable is None:
            raise GitError(git_errors.NO_GIT)
        command = [self.executable, "-c", "core.quotePath=false", *args]
        if cancel is None and on_progress is None:
            try:
                result = subprocess.run(
                    command, cwd=self.folder, env=self._env(), capture_output=True, check=False
                )
            except OSError as error:
                raise GitError(git_errors.NO_GIT, str(error)) from error
        else:
            result = self._run_watched(command, cancel, on_progress)
        if check and result.returncode != 0:
            message = (result.stderr + b"\n" + result.stdout).decode("utf-8", "replace")
            raise GitError(git_errors.classify(message), message)
        return result

    def _run_watched(
        self,
        command: list[str],
        cancel: threading.Event | None,
        on_progress: Callable[[str, int], None] | None,
    ) -> subprocess.CompletedProcess[bytes]:
        try:
            process = subprocess.Popen(
                command,
                cwd=self.folder,
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            raise GitError(git_errors.NO_GIT, str(error)) from error
        out: list[bytes] = []
        assert process.stdout is not None and process.stderr is not None
        stdout = process.stdout
        reader = threading.Thread(target=lambda: out.append(stdout.read()), daemon=True)
        reader.start()
        finished = threading.Event()

        def stop_when_cancelled() -> None:
            while cancel is not None and not finished.wait(0.05):
                if cancel.is_set():
                    process.terminate()
                    return

        stopper = threading.Thread(target=stop_when_cancelled, daemon=True)
        stopper.start()
        err = bytearray()
        line = bytearray()
        while chunk := process.stderr.read1(256):  # type: ignore[attr-defined]
            err += chunk
            for byte in chunk:
                if byte not in (10, 13):  # git redraws its progress line with \r
                    line.append(byte)
                    continue
                text = line.decode("utf-8", "replace").strip()
                line.clear()
                if text and on_progress is not None:
                    match = _PROGRESS.search(text)
                    on_progress(text, int(match.group(1)) if match else -1)
        process.wait()
        finished.set()
        reader.join()
        stopper.join()
        if cancel is not None and cancel.is_set():
            raise GitError(git_errors.CANCELLED)
        return subprocess.CompletedProcess(command, process.returncode, b"".join(out), bytes(err))

    # -- the repository --------------------------------------------------------------------

    def top(self) -> Path:
        """The repository's top folder; :data:`~editor.core.git.git_errors.NOT_REPO` if none."""
        if self._top is None:
            result = self.run(["rev-parse", "--show-toplevel"])
            self._top = Path(os.fsdecode(result.stdout.strip())).resolve()
        return self._top

    def relative(self, path: Path) -> str:
        """``path`` relative to the top, with ``/`` (as git names it)."""
        return Path(path).resolve().relative_to(self.top()).as_posix()

    def status(self) -> StatusReport:
        """Every changed, new and conflicted file, and the branch's place against its remote."""
        result = self.run(["status", "--porcelain=v2", "-z", "--branch", "--untracked-files=all"])
        return parse_status(result.stdout)

    def identity(self) -> Identity:
        """``user.name`` and ``user.email`` as git would use them here."""

        def value(key: str) -> str:
            result = self.run(["config", "--get", key], check=False)
            return result.stdout.decode("utf-8", "replace").strip()

        return Identity(value("user.name"), value("user.email"))

    def is_merging(self) -> bool:
        """True while a merge waits to be committed (after a pull with conflicts)."""
        return self.run(["rev-parse", "-q", "--verify", "MERGE_HEAD"], check=False).returncode == 0

    def is_rebasing(self) -> bool:
        """True while a rebase stopped half-way (a conflict during ``pull --rebase``)."""
        result = self.run(["rev-parse", "--git-path", "rebase-merge", "--git-path", "rebase-apply"])
        names = os.fsdecode(result.stdout).split("\n")
        return any(name and (self.folder / name).exists() for name in names)

    def abort_merge(self) -> None:
        """Give up the merge a conflicted pull started: every file is as before the pull."""
        self.run(["merge", "--abort"])

    def commit(self, paths: Sequence[Path], message: str) -> str:
        """Commit exactly ``paths`` (new, changed or deleted) with ``message``; return the id.

        Refuses with :data:`~editor.core.git.git_errors.NO_IDENTITY` before touching anything
        when the name or e-mail is missing. While a merge is pending the whole merge is
        committed (git allows no partial commit then), after adding ``paths``.
        """
        if not self.identity().complete:
            raise GitError(git_errors.NO_IDENTITY)
        names = [self.relative(path) for path in paths]
        if not names:
            raise GitError(git_errors.NOTHING_TO_COMMIT)
        self.run(["add", "-A", "--", *names])
        if self.is_merging():
            self.run(["commit", "-m", message])
        else:
            staged = self.run(["diff", "--cached", "--quiet", "--", *names], check=False)
            if staged.returncode == 0:
                raise GitError(git_errors.NOTHING_TO_COMMIT)
            self.run(["commit", "-m", message, "--", *names])
        return self.run(["rev-parse", "HEAD"]).stdout.decode().strip()

    def head_text(self, path: Path, revision: str = "HEAD") -> bytes | None:
        """The file's bytes at ``revision`` (``None`` when it did not exist there)."""
        result = self.run(["show", f"{revision}:{self.relative(path)}"], check=False)
        return result.stdout if result.returncode == 0 else None

    def show(self, revision: str, relative_path: str) -> bytes:
        """The bytes of ``relative_path`` (as named in that commit) at ``revision``."""
        return self.run(["show", f"{revision}:{relative_path}"]).stdout

    def log(self, path: Path, limit: int = 200) -> list[LogEntry]:
        """The commits that changed ``path``, newest first, following renames."""
        result = self.run(
            [
                "log",
                "--follow",
                f"--max-count={limit}",
                f"--format={LOG_FORMAT}",
                "--name-only",
                "-z",
                "--",
                self.relative(path),
            ]
        )
        return parse_log(result.stdout)

    def restore(self, path: Path) -> None:
        """Put ``path`` back as the last commit has it (or remove it if it is untracked).

        The caller keeps a copy first (:func:`editor.core.site.trash.move_to_trash`); this only
        tells git.
        """
        name = self.relative(path)
        if self.head_text(path) is None:
            self.run(["rm", "--cached", "--quiet", "--ignore-unmatch", "--", name])
            return
        self.run(["restore", "--staged", "--worktree", "--source=HEAD", "--", name])

    # -- syncing ---------------------------------------------------------------------------

    def remote(self) -> str:
        """The remote to push to: the branch's own, else ``origin``, else the only one."""
        names = self.run(["remote"]).stdout.decode().split()
        if not names:
            raise GitError(git_errors.NO_REMOTE)
        return "origin" if "origin" in names else names[0]

    def pull(
        self,
        *,
        rebase: bool = False,
        merge: bool = False,
        cancel: threading.Event | None = None,
        on_progress: Callable[[str, int], None] | None = None,
    ) -> None:
        """Pull: fast-forward only, or with ``rebase``, or a merge commit with ``merge``.

        A merge that conflicts raises :data:`~editor.core.git.git_errors.CONFLICT` naming the
        files; git has written both versions into them, marked, and nothing else is lost.
        A rebase that conflicts is undone at once (``git rebase --abort``: everything is as
        before the pull) and raises :data:`~editor.core.git.git_errors.NON_FAST_FORWARD`, whose
        way forward is a pull with merge: a half-done rebase is no state for a writer.
        """
        self.remote()
        if merge:
            mode = ["--no-rebase", "--no-edit"]
        elif rebase:
            mode = ["--rebase"]
        else:
            mode = ["--ff-only"]
        try:
            self.run(["pull", "--progress", *mode], cancel=cancel, on_progress=on_progress)
        except GitError as error:
            if rebase and not merge and self.is_rebasing():
                self.run(["rebase", "--abort"])
                raise GitError(git_errors.NON_FAST_FORWARD, error.detail) from error
            conflicted = tuple(state.path for state in self.status().conflicted)
            if conflicted:
                raise GitError(git_errors.CONFLICT, error.detail, conflicted) from error
            raise

    def push(
        self,
        *,
        cancel: threading.Event | None = None,
        on_progress: Callable[[str, int], None] | None = None,
    ) -> None:
        """Push the branch; the first push of a branch sets its upstream."""
        status = self.status()
        args = ["push", "--progress"]
        if not status.upstream:
            args += ["-u", self.remote(), "HEAD"]
        self.run(args, cancel=cancel, on_progress=on_progress)
