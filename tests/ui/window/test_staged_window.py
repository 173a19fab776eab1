"""A window shown as a light frame first, built step by step, its post's first screen early."""

from __future__ import annotations

from pathlib import Path

from editor.app.container import build_services
from editor.services.document import DocumentSession
from editor.ui.window.main_window import (
    FIRST_SCREEN_CHARS,
    FIRST_SCREEN_LINES,
    MainWindow,
    first_screen,
)


def _paragraphs(count: int, text: str = "段落です。") -> str:
    return "\n\n".join(f"{text}{number}" for number in range(count)) + "\n"


def test_a_short_post_is_its_own_first_screen() -> None:
    body = _paragraphs(3)
    assert first_screen(body) == body


def test_a_long_post_is_cut_at_a_blank_line_after_the_first_screen() -> None:
    body = _paragraphs(200)
    start = first_screen(body)
    assert body.startswith(start) and len(start) < len(body)
    assert start.endswith("\n") and body[len(start)] == "\n"  # cut at a blank line
    assert start.count("\n") >= FIRST_SCREEN_LINES


def test_the_cut_never_falls_inside_a_code_fence() -> None:
    fence = "```python\n" + "\n".join("x = 1\n" for _ in range(60)) + "```\n"
    body = "前書き\n\n" + fence + "\n" + _paragraphs(100)
    start = first_screen(body)
    assert start.count("```") == 2  # the whole fence, never half of it
    assert len(start) < len(body)


def test_many_characters_on_few_lines_also_fill_a_screen() -> None:
    body = _paragraphs(30, "長い" * 200)
    start = first_screen(body)
    assert FIRST_SCREEN_CHARS <= len(start) < len(body)


def test_a_staged_window_is_a_frame_until_its_steps_ran(qtbot, tmp_path: Path) -> None:
    window = MainWindow(build_services(tmp_path / "home"), staged=True)
    qtbot.addWidget(window)
    assert not hasattr(window, "preview") and not hasattr(window, "guard")
    window.show()
    for step in window.build_steps():
        step()
    assert window.preview is not None and window.guard is not None
    assert window.is_welcome_shown()


def test_the_first_screen_is_rendered_before_the_post_has_a_tab(qtbot, tmp_path: Path) -> None:
    post = tmp_path / "long.md"
    post.write_text("---\ntitle: 長い\n---\n" + _paragraphs(300), encoding="utf-8")
    window = MainWindow(build_services(tmp_path / "home"), staged=True)
    qtbot.addWidget(window)
    steps = window.build_steps()
    steps[0]()
    rendered: list[int] = []
    window._render_worker.rendered.connect(lambda result: rendered.append(len(result.blocks)))
    session = DocumentSession.open(post)
    window.preview_early(session)
    qtbot.waitUntil(lambda: bool(rendered), timeout=10_000)
    assert 0 < rendered[0] < 300  # the first screen's paragraphs, not the whole post
    for step in steps[1:]:
        step()
    editor = window.open_session(session)
    qtbot.waitUntil(lambda: 300 in rendered, timeout=10_000)  # then the whole post
    assert window.current_editor() is editor


def test_the_renderer_is_not_replaced_for_the_same_post(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A fresh renderer renders the whole post again: only a new post or setting needs one."""
    window = MainWindow(build_services(tmp_path / "home"))
    qtbot.addWidget(window)
    made: list[object] = []
    original = window._render_worker.configure
    monkeypatch.setattr(
        window._render_worker, "configure", lambda *a, **k: (made.append(a), original(*a, **k))
    )
    post = tmp_path / "a.md"
    post.write_text("# A\n", encoding="utf-8")
    window.open_post(post)
    assert len(made) == 1
    window.open_post(post)  # switching to it again
    assert len(made) == 1


def test_a_window_being_built_refuses_to_close(qtbot, tmp_path: Path) -> None:
    """A close request (the window manager's button) in the first second waits for the build."""
    window = MainWindow(build_services(tmp_path / "home"), staged=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.close()
    for step in window.build_steps():
        step()
    assert window.close()
