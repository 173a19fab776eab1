"""The window's writing aids: the outline, proofreading (with the site's textlint), goals.

:func:`install_writing_aids` builds them on a window and puts their toggles at the end of
the View menu, so the main window needs one call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from editor.ui.editor.outline_view import OutlinePanel
from editor.ui.proof.proofreading_ui import ProofreadingUI
from editor.ui.proof.writing_goal import WritingGoals

if TYPE_CHECKING:
    from editor.app.container import AppServices
    from editor.ui.site.problems_view import ProblemsView
    from editor.ui.window.window_host import WindowHost


@dataclass(frozen=True)
class WritingAids:
    """What :func:`install_writing_aids` built."""

    outline: OutlinePanel
    proofreading: ProofreadingUI
    goals: WritingGoals


def install_writing_aids(
    window: WindowHost, services: AppServices, problems: ProblemsView
) -> WritingAids:
    """Build the outline, proofreading and goals on ``window`` and add them to View."""
    aids = WritingAids(
        OutlinePanel(window),
        ProofreadingUI(
            window,
            services.new_proofreader(window.frame()),
            problems,
            services.new_textlint(window.frame()),
        ),
        WritingGoals(window),
    )
    menu = window.frame().menuBar().findChild(QMenu, "menuView")
    if menu is not None:
        menu.addSeparator()
        menu.addActions(
            [
                aids.outline.action,
                aids.proofreading.spellingAction,
                aids.proofreading.styleAction,
                aids.goals.action,
            ]
        )
    return aids
