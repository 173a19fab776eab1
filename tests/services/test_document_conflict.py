"""The document session's safety additions: hash check before save, reload, keep mine, missing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.core.post import storage
from editor.core.post.post import PostError
from editor.services.document import DocumentSession, SaveConflict

SEED = Path(__file__).resolve().parents[1] / "data" / "seed" / "2025-12-28-llama4.md"


@pytest.fixture
def post(tmp_path: Path) -> Path:
    target = tmp_path / "_posts" / "2025-12-28-llama4.md"
    target.parent.mkdir()
    target.write_bytes(SEED.read_bytes())
    return target


def test_save_refuses_to_overwrite_a_change_made_on_disk(post: Path, qapp) -> None:
    session = DocumentSession.open(post)
    session.set_body(session.body + "mine\n")
    theirs = post.read_bytes() + b"theirs\n"
    post.write_bytes(theirs)
    with pytest.raises(SaveConflict) as caught:
        session.save()
    assert "changed on disk" in caught.value.message
    assert post.read_bytes() == theirs and session.is_dirty
    session.save(overwrite=True)
    assert post.read_bytes().endswith(b"mine\n") and not session.is_dirty


def test_keep_mine_bases_the_document_on_the_disk_version(post: Path, qapp) -> None:
    session = DocumentSession.open(post)
    session.set_body(session.body + "mine\n")
    post.write_bytes(post.read_bytes() + b"theirs\n")
    session.keep_mine()
    assert session.is_dirty and not session.conflicts_on_disk()
    session.save()
    assert post.read_bytes().endswith(b"mine\n")


def test_reload_from_disk_replaces_the_text(post: Path, qtbot) -> None:
    session = DocumentSession.open(post)
    session.set_body("mine\n")
    post.write_bytes(post.read_bytes() + "追記\n".encode())
    with qtbot.waitSignals([session.replaced, session.contentChanged]):
        session.reload_from_disk()
    assert session.body.endswith("追記\n") and not session.is_dirty
    assert session.disk_hash is not None and not session.conflicts_on_disk()


def test_set_text_marks_unsaved_and_writes_nothing(post: Path, qtbot) -> None:
    before = post.read_bytes()
    session = DocumentSession.open(post)
    text = session.post.text().replace("title:", "title: 復元", 1)
    with qtbot.waitSignal(session.replaced):
        session.set_text(text)
    assert session.post.text() == text and session.is_dirty
    assert post.read_bytes() == before
    session.set_text(before.decode())  # back to what is on disk: clean again
    assert not session.is_dirty


def test_saving_a_deleted_file_writes_it_again(post: Path, qtbot) -> None:
    session = DocumentSession.open(post)
    post.unlink()
    with qtbot.waitSignal(session.missingChanged) as signal:
        session.set_missing(True)
    assert signal.args == [True] and session.is_missing
    assert not session.conflicts_on_disk()
    session.save()
    assert post.read_bytes() == SEED.read_bytes() and not session.is_missing


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "disk is full"), (errno.EACCES, "read-only")]
)
def test_failed_save_keeps_file_and_text(post: Path, qapp, monkeypatch, code, words) -> None:
    before = post.read_bytes()
    session = DocumentSession.open(post)
    session.set_body("precious\n")

    def refuse(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(storage, "exchange_files", refuse)  # the guarded save's move
    with pytest.raises(PostError) as caught:
        session.save()
    assert words in caught.value.message
    assert post.read_bytes() == before
    assert session.body == "precious\n" and session.is_dirty
    assert [p.name for p in post.parent.iterdir()] == [post.name]  # no temporary left


def test_reload_keeps_the_post_object_views_are_bound_to(post: Path, qtbot) -> None:
    session = DocumentSession.open(post)
    bound = session.post.raw_field  # what the front-matter form holds on to
    post.write_bytes(post.read_bytes().replace(b"layout: post", b"layout: page", 1))
    with qtbot.waitSignal(session.frontMatterChanged):
        session.reload_from_disk()
    assert bound("layout") == "page"
