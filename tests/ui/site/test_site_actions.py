"""Publish, unpublish, rename (offered), duplicate and delete from the window, tabs following."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.ui.window.main_window import MainWindow

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
DRAFT = "_drafts/winter-stationery.md"
YES = QMessageBox.StandardButton.Yes


def open_site(window: MainWindow, site: Path, qtbot):
    window.open_site(site)
    controller = window.site_ui
    qtbot.waitUntil(lambda: controller.site() is not None, timeout=10_000)
    return controller


def answer(monkeypatch, kind: str, button, asked: list | None = None) -> None:
    def fake(*args, **kwargs):
        if asked is not None:
            asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, kind, fake)


def test_publish_moves_the_draft_and_its_open_tab_follows(window, site, qtbot) -> None:
    controller = open_site(window, site, qtbot)
    editor = window.open_post(site / DRAFT)
    assert editor is not None
    new = controller.actions.publish((site / DRAFT).resolve())
    assert (
        new is not None
        and new.parent.name == "_posts"
        and new.name.endswith("-winter-stationery.md")
    )
    assert not (site / DRAFT).exists()
    paths = [e.session.path.resolve() for e in window.editors()]
    assert new in paths and (site / DRAFT).resolve() not in paths
    followed = next(e for e in window.editors() if e.session.path.resolve() == new)
    assert "寒くなると" in followed.text_pane.toPlainText()
    assert "date: " in followed.session.post.front_matter_text


def test_publishing_with_unsaved_edits_saves_them_first(window, site, qtbot, monkeypatch) -> None:
    controller = open_site(window, site, qtbot)
    editor = window.open_post(site / DRAFT)
    editor.text_pane.insertPlainText("追記。")
    answer(monkeypatch, "question", QMessageBox.StandardButton.Save)
    new = controller.actions.publish((site / DRAFT).resolve())
    assert new is not None
    assert "追記。" in new.read_text(encoding="utf-8")


def test_cancelling_the_save_leaves_the_draft_alone(window, site, qtbot, monkeypatch) -> None:
    controller = open_site(window, site, qtbot)
    editor = window.open_post(site / DRAFT)
    editor.text_pane.insertPlainText("追記。")
    answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
    assert controller.actions.publish((site / DRAFT).resolve()) is None
    assert (site / DRAFT).exists()


def test_unpublish_asks_then_moves_to_drafts(window, site, qtbot, monkeypatch) -> None:
    controller = open_site(window, site, qtbot)
    asked: list[str] = []
    answer(monkeypatch, "question", YES, asked)
    new = controller.actions.unpublish((site / KYOTO).resolve())
    assert asked and "back into a draft" in asked[0]
    assert new == (site / "_drafts/kyoto-autumn.md").resolve()


def test_rename_is_offered_and_collisions_are_explained(window, site, qtbot, monkeypatch) -> None:
    controller = open_site(window, site, qtbot)
    post = (site / KYOTO).resolve()
    editor = window.open_post(post)
    window.open_post(site / DRAFT)  # a second tab, after the one that will follow
    tab = window.tabs.indexOf(editor)
    asked: list[str] = []
    answer(monkeypatch, "question", QMessageBox.StandardButton.No, asked)
    assert controller.actions.offer_rename(post, slug="kyoto-walk") is None  # declined
    assert post.exists() and "2025-11-16-kyoto-walk.md" in asked[0]
    answer(monkeypatch, "question", YES)
    new = controller.actions.offer_rename(post, slug="kyoto-walk")
    assert new == post.with_name("2025-11-16-kyoto-walk.md") and new.exists()
    assert window.editors()[tab].session.path.resolve() == new  # same tab position
    # A taken name: explained, nothing moved.
    warnings: list[str] = []
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Ok, warnings)
    assert controller.actions.offer_rename(new, slug="kyoto-walk") is None  # already right
    assert not warnings
    taken = site / "_posts/2025-11-16-taken.md"
    taken.write_text("---\ntitle: other\n---\n", encoding="utf-8")
    assert controller.actions.offer_rename(new, slug="taken") is None
    assert warnings and "already exists" in warnings[-1] and "never overwrites" in warnings[-1]
    assert taken.read_text(encoding="utf-8") == "---\ntitle: other\n---\n"


def test_duplicate_opens_the_copy(window, site, qtbot) -> None:
    controller = open_site(window, site, qtbot)
    copy = controller.actions.duplicate((site / KYOTO).resolve())
    assert copy is not None and copy.name == "2025-11-16-kyoto-autumn-copy.md"
    assert copy.read_bytes() == (site / KYOTO).read_bytes()
    assert window.current_editor().session.path.resolve() == copy.resolve()


@pytest.mark.skipif(sys.platform != "linux", reason="points the freedesktop trash at tmp_path")
def test_delete_asks_moves_to_trash_and_closes_the_tab(
    window, site, qtbot, monkeypatch, tmp_path
) -> None:
    from send2trash import plat_other

    xdg = tmp_path / "xdg"
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", bytes(xdg))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", bytes(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(xdg / "Trash"))
    monkeypatch.setattr(plat_other, "get_dev", lambda path: 0)
    controller = open_site(window, site, qtbot)
    post = (site / KYOTO).resolve()
    editor = window.open_post(post)
    editor.text_pane.insertPlainText("unsaved")
    answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
    assert not controller.actions.delete(post)
    assert post.exists()
    answer(monkeypatch, "question", YES)
    assert controller.actions.delete(post)
    assert not post.exists() and (xdg / "Trash" / "files" / post.name).is_file()
    assert all(e.session.path.resolve() != post for e in window.editors())
    qtbot.waitUntil(
        lambda: (
            "京都の秋、朝の散歩で見つけたもの"
            not in [e.title for e in controller.panel.visible_entries()]
        )
    )


def test_saving_a_new_slug_offers_the_rename(window, site, qtbot, monkeypatch) -> None:
    open_site(window, site, qtbot)
    post = (site / KYOTO).resolve()
    editor = window.open_post(post)
    window.save()  # nothing changed: no question (the fixture fails on unexpected dialogs)
    editor.session.post.front_matter["slug"] = "kyoto-walk"
    asked: list[str] = []
    answer(monkeypatch, "question", YES, asked)
    assert window.save()
    assert len(asked) == 1 and "2025-11-16-kyoto-walk.md" in asked[0]
    new = post.with_name("2025-11-16-kyoto-walk.md")
    assert new.is_file() and not post.exists()
    assert "slug: kyoto-walk" in new.read_text(encoding="utf-8")
    open_paths = [e.session.path.resolve() for e in window.editors()]
    assert new in open_paths and post not in open_paths
    window.tabs.setCurrentIndex(open_paths.index(new))
    window.save()  # saved again under the new name: no second question
    assert len(asked) == 1


def test_hugo_publish_in_place_reloads_the_open_tab(window, tmp_path, qtbot, monkeypatch) -> None:
    from tests.core.site_fixtures import make_hugo_site

    root = make_hugo_site(tmp_path / "hugo")
    controller = open_site(window, root, qtbot)
    draft = (root / "content/posts/second.md").resolve()
    panel = controller.panel
    qtbot.waitUntil(
        lambda: {e.title: e.status for e in panel.visible_entries()}.get("Second") == "draft"
    )
    editor = window.open_post(draft)
    assert "draft = true" in editor.session.post.front_matter_text
    _answer_publish_box(monkeypatch, "publishKeepDate", [])
    assert controller.actions.publish(draft) == draft
    reopened = next(e for e in window.editors() if e.session.path.resolve() == draft)
    assert "draft = false" in reopened.session.post.front_matter_text
    assert not reopened.session.is_dirty
    qtbot.waitUntil(
        lambda: {e.title: e.status for e in panel.visible_entries()}["Second"] != "draft"
    )


def test_a_renamed_or_published_post_keeps_its_very_tab(window, site, qtbot, monkeypatch) -> None:
    """The tab follows its file: the same editor, cursor and undo history, no reopening."""
    controller = open_site(window, site, qtbot)
    post = (site / KYOTO).resolve()
    editor = window.open_post(post)
    cursor = editor.text_pane.textCursor()
    cursor.setPosition(25)
    editor.text_pane.setTextCursor(cursor)
    answer(monkeypatch, "question", YES)
    new = controller.actions.offer_rename(post, slug="kyoto-walk")
    assert new is not None
    assert window.editors().count(editor) == 1 and editor.session.path.resolve() == new
    assert editor.text_pane.textCursor().position() == 25
    assert not editor.session.is_dirty and window.tabs.tabText(window.tabs.indexOf(editor)) == (
        new.name
    )
    draft = window.open_post(site / DRAFT)
    published = controller.actions.publish((site / DRAFT).resolve())
    assert published is not None and draft in window.editors()
    assert draft.session.path.resolve() == published and "date: " in draft.session.post.text()
    assert not draft.session.is_dirty
    window.tabs.setCurrentWidget(editor)
    editor.text_pane.insertPlainText("KIJI-RENAMED ")  # and saving goes to the new file
    assert window.save() and "KIJI-RENAMED " in new.read_text(encoding="utf-8")
    assert not post.exists()


def test_change_slug_renames_the_post_and_its_tab_follows(window, site, qtbot, monkeypatch) -> None:
    from editor.ui.dialogs.slug_dialog import ChangeSlugDialog

    controller = open_site(window, site, qtbot)
    window.open_post(site / KYOTO)
    seen: list[ChangeSlugDialog] = []

    def fake_exec(dialog: ChangeSlugDialog) -> int:
        seen.append(dialog)
        assert dialog.slug() == "kyoto-autumn"
        dialog.slug_edit.setText("京都の秋")  # a Japanese name the writer types is fine
        assert dialog.problem_text() == ""
        return ChangeSlugDialog.DialogCode.Accepted

    monkeypatch.setattr(ChangeSlugDialog, "exec", fake_exec)
    new = controller.actions.change_slug((site / KYOTO).resolve())
    assert seen and new is not None
    assert new.name == "2025-11-16-京都の秋.md"
    assert not (site / KYOTO).exists()
    assert new in [e.session.path.resolve() for e in window.editors()]


def test_change_slug_explains_a_slug_that_cannot_be_a_file_name(qtbot) -> None:
    from editor.ui.dialogs.slug_dialog import ChangeSlugDialog

    dialog = ChangeSlugDialog("old-slug", "kyoto-no-aki", "_posts/2025-11-16-old-slug.md")
    qtbot.addWidget(dialog)
    dialog.slug_edit.setText("京都/秋")
    assert "cannot be a file name" in dialog.problem_text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.suggest_button.click()
    assert dialog.slug() == "kyoto-no-aki" and dialog.problem_text() == ""


def test_change_slug_is_in_the_posts_panel_menu(window, site, qtbot) -> None:
    controller = open_site(window, site, qtbot)
    entry = controller.site().entry((site / KYOTO).resolve())
    menu = controller.panel.menu_for(entry)
    names = [action.objectName() for action in menu.actions()]
    assert "postAction_change_slug" in names and "postAction_trash" in names
    names = [c.name for c in controller.actions.commands() if c.applies_to(is_draft=False)]
    assert names == ["unpublish", "change_slug", "rename", "duplicate", "trash"]


def _answer_publish_box(monkeypatch, button_name: str | None, shown: list[str]) -> None:
    """Make the publish-date question click ``button_name`` (``None``: Cancel)."""
    from PySide6.QtWidgets import QPushButton

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        if button_name is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.mark.parametrize(
    ("button", "expected"),
    [("publishKeepDate", "_posts/2025-02-03-dated.md"), ("publishUseNow", None), (None, "")],
)
def test_publish_asks_before_replacing_a_chosen_date(
    window, site, qtbot, monkeypatch, button, expected
) -> None:
    draft = site / "_drafts" / "dated.md"
    draft.write_text('---\ntitle: "Dated"\ndate: 2025-02-03 10:00:00 +0900\n---\nText\n')
    controller = open_site(window, site, qtbot)
    qtbot.waitUntil(lambda: controller.site().entry(draft) is not None, timeout=10_000)
    shown: list[str] = []
    _answer_publish_box(monkeypatch, button, shown)
    new = controller.actions.publish(draft.resolve())
    assert shown and "2025-02-03 10:00" in shown[0] and "_posts/2025-02-03-dated.md" in shown[0]
    if expected == "":
        assert new is None and draft.exists()  # cancelled: nothing moved
    elif expected is None:
        assert new is not None and new.name != "2025-02-03-dated.md"
        assert "2025-02-03 10:00:00" not in new.read_text(encoding="utf-8")
    else:
        assert new == (site / expected).resolve()
        assert "date: 2025-02-03 10:00:00 +0900" in new.read_text(encoding="utf-8")


def test_a_draft_without_a_date_is_published_now_without_a_question(
    window, site, qtbot, monkeypatch
) -> None:
    controller = open_site(window, site, qtbot)
    shown: list[str] = []
    _answer_publish_box(monkeypatch, None, shown)
    assert controller.actions.publish((site / DRAFT).resolve()) is not None
    assert shown == []
