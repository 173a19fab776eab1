"""Front-matter edits through the document session: minimal, signalled, dirty-tracked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from editor.core.post.post import Post, PostError
from editor.services.document import DocumentSession

SEED = Path(__file__).resolve().parent.parent / "data" / "seed" / "2025-12-28-llama4.md"


@pytest.fixture
def session(tmp_path: Path, qapp) -> DocumentSession:
    path = tmp_path / SEED.name
    shutil.copyfile(SEED, path)
    return DocumentSession.open(path)


def test_set_field_changes_one_line_and_signals(session: DocumentSession, qtbot) -> None:
    original = session.path.read_bytes()
    with qtbot.waitSignal(session.frontMatterChanged), qtbot.waitSignal(session.dirtyChanged):
        session.set_field("title", "新しいタイトル")
    session.save()
    expected = original.replace(
        '"Llama 4の性能向上、その真意は何でしょうか？"'.encode(), '"新しいタイトル"'.encode()
    )
    assert session.path.read_bytes() == expected
    assert not session.is_dirty


def test_delete_and_restore_text(session: DocumentSession, qtbot) -> None:
    before = session.front_matter_text
    session.delete_field("reading_time")
    assert "reading_time" not in session.front_matter_text
    assert session.is_dirty
    with qtbot.waitSignal(session.dirtyChanged):
        session.set_front_matter_text(before)
    assert not session.is_dirty


def test_unchanged_value_emits_nothing(session: DocumentSession, qtbot) -> None:
    with qtbot.assertNotEmitted(session.frontMatterChanged):
        session.set_field("reading_time", 16)


def test_broken_source_is_kept_and_fields_refuse(session: DocumentSession) -> None:
    session.set_front_matter_text("title: [unclosed\n")
    assert session.post.error is not None
    assert session.front_matter_text == "title: [unclosed\n"
    with pytest.raises(PostError):
        session.set_field("title", "x")
    assert session.front_matter_text == "title: [unclosed\n"
    assert session.page() == {}


@given(
    head=st.sampled_from(
        ["---\ntitle: a\n---\n", "---\ntitle: a\n---", "", "+++\ntitle = 'a'\n+++\n"]
    ),
    body=st.text(alphabet="ab\n", max_size=6),
    edits=st.lists(
        st.one_of(
            st.tuples(st.just("body"), st.text(alphabet="ab\n", max_size=6)),
            st.tuples(st.just("field"), st.sampled_from(["a", "b"])),
            st.tuples(st.just("save"), st.just("")),
        ),
        max_size=8,
    ),
)
@example(head="---\ntitle: a\n---", body="", edits=[("body", "x"), ("body", "")])
def test_dirty_is_the_text_differing_from_the_saved_text(
    head: str, body: str, edits: list[tuple[str, str]], tmp_path_factory, qapp
) -> None:
    """Typing back to the saved text (as an undo does) makes the post clean again."""
    path = tmp_path_factory.mktemp("dirty") / "post.md"
    session = DocumentSession(Post.parse(head + body), path)
    saved = session.post.text()
    for kind, value in edits:
        if kind == "body":
            session.set_body(value)
        elif kind == "field" and session.post.format is not None:
            session.set_field("title", value)
        elif kind == "save":
            session.save()
            saved = session.post.text()
        assert session.is_dirty == (session.post.text() != saved)
