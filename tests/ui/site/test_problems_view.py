"""The Problems view lists problems relative to the site and reports the place clicked."""

from __future__ import annotations

from pathlib import Path

from editor.core.site.site_checks import MISSING_TITLE, YAML_TAB, Problem
from editor.ui.site.problems_view import ProblemsView
from tests.ui.helpers import record_data_calls


def test_lists_problems_and_emits_the_place(tmp_path: Path, qtbot) -> None:
    view = ProblemsView()
    qtbot.addWidget(view)
    assert view.count() == 0 and view.summary.text() == "No problems found."
    problems = [
        Problem(tmp_path / "_posts" / "b.md", 12, "A tab in the front matter.", YAML_TAB),
        Problem(tmp_path / "_posts" / "a.md", 2, "The post has no title.", MISSING_TITLE),
    ]
    view.set_problems(problems, tmp_path)
    assert view.count() == 2
    assert view.row_texts(0) == (
        "_posts/a.md",
        "2",
        "The post has no title.",
    )
    with qtbot.waitSignal(view.jumpRequested) as blocker:
        view.jump_to_row(1)
    assert blocker.args == [tmp_path / "_posts" / "b.md", 12]
    with qtbot.waitSignal(view.refreshRequested):
        view.check_button.click()


def test_the_list_turns_dark_with_the_window(window, tmp_path: Path, qtbot) -> None:
    view = window.site_ui.problems
    view.set_problems(
        [Problem(tmp_path / "a.md", 1, "The post has no title.", MISSING_TITLE)], tmp_path
    )
    window.site_ui.problems_dock.show()
    qtbot.waitUntil(view.tree.isVisible)
    window.set_theme("dark")  # a switch while the list is on screen
    qtbot.wait(50)
    image = view.tree.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() - 5)  # empty list area
    assert corner.lightness() < 80, corner.name()


def test_line_numbers_fit_and_the_header_never_measures_the_rows(
    tmp_path: Path, qtbot, monkeypatch
) -> None:
    from editor.ui.site.problems_view import ProblemsModel

    asked = record_data_calls(monkeypatch, ProblemsModel)
    view = ProblemsView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    problems = [
        Problem(tmp_path / "_posts" / f"{n}.md", 10_000 + n, "A tab.", YAML_TAB) for n in range(40)
    ]
    view.set_problems(problems, tmp_path)
    header = view.tree.header()
    assert view.tree.sizeHintForColumn(1) <= header.sectionSize(1)  # "10039" is not cut
    asked.clear()
    view.set_problems(problems[:20], tmp_path)  # the rows change
    header.grab()
    assert asked == []
