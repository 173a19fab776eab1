"""Real Git repositories in temporary folders for the Git tests: a site, a bare remote, clones."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

POST = """---
layout: post
title: "神保町の古書店めぐり"
date: 2024-03-01 10:00:00 +0900
---
神保町には古書店が百軒以上あります。今日はそのうちの三軒を歩きました。

![店先](/assets/images/shop.png)
"""


def git(folder: Path, *args: str) -> str:
    """Run git in ``folder`` (like the writer in a terminal) and return its output."""
    result = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True)
    return result.stdout


def make_site(folder: Path, *, identity: bool = True) -> Path:
    """A small Jekyll site with one post and its image, committed, in a new repository."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (folder / "_posts").mkdir()
    (folder / "_posts" / "2024-03-01-jimbocho.md").write_text(POST, encoding="utf-8")
    (folder / "assets" / "images").mkdir(parents=True)
    (folder / "assets" / "images" / "shop.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    git(folder, "init", "-q", "-b", "main")
    if identity:
        set_identity(folder)
    git(folder, "add", "-A")
    git(
        folder,
        "-c",
        "user.name=Setup",
        "-c",
        "user.email=setup@example.com",
        "commit",
        "-qm",
        "Start",
    )
    return folder


def set_identity(
    folder: Path, name: str = "Hanako Yamada", email: str = "hanako@example.com"
) -> None:
    """Give the repository a committer (only this repository: the global config is isolated)."""
    git(folder, "config", "user.name", name)
    git(folder, "config", "user.email", email)


def add_remote(site: Path, remote: Path) -> Path:
    """A bare repository at ``remote`` as the site's ``origin``, with ``main`` pushed."""
    git(remote.parent, "init", "-q", "--bare", "-b", "main", str(remote))
    git(site, "remote", "add", "origin", str(remote))
    git(site, "push", "-q", "-u", "origin", "main")
    return remote


def clone(remote: Path, folder: Path) -> Path:
    """Another writer's (or machine's) clone of ``remote``."""
    git(remote.parent, "clone", "-q", str(remote), str(folder))
    set_identity(folder, "Other Machine", "other@example.com")
    return folder


@pytest.fixture(autouse=True)
def isolated_git_config(tmp_path_factory, monkeypatch):
    """No global or system git config of this machine leaks into a test."""
    home = tmp_path_factory.mktemp("git-home")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("EMAIL", raising=False)
    for name in (
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
    ):
        monkeypatch.delenv(name, raising=False)
