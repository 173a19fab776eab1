"""Run the real Jekyll and Hugo on temporary sites: the generator decides what builds.

Tests marked with :data:`needs_jekyll` / :data:`needs_hugo` skip, saying why, only when
the program is missing (``make system-deps-test`` installs both from Debian; CI has them).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

JEKYLL = shutil.which("jekyll")
HUGO = shutil.which("hugo")

needs_jekyll = pytest.mark.skipif(
    JEKYLL is None, reason="jekyll is not installed (make system-deps-test installs it)"
)
needs_hugo = pytest.mark.skipif(
    HUGO is None, reason="hugo is not installed (make system-deps-test installs it)"
)


def jekyll_build(site: Path, destination: Path) -> subprocess.CompletedProcess[str]:
    """``jekyll build`` of ``site`` into ``destination`` (not raising on a failed build)."""
    assert JEKYLL is not None
    return subprocess.run(
        [JEKYLL, "build", "--safe", "-s", str(site), "-d", str(destination)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def hugo(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``hugo ARGS`` in ``site`` (not raising on a failure)."""
    assert HUGO is not None
    return subprocess.run(
        [HUGO, *args, "--source", str(site)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def hugo_listed(site: Path) -> list[str]:
    """The content paths (relative, POSIX) that ``hugo list all`` lists, drafts included."""
    result = hugo(site, "list", "all")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    column = lines[0].split(",").index("path") if lines else 0
    return [line.split(",")[column] for line in lines[1:] if line]
