"""The New Post dialog: romaji slugs, live file path, collisions before creating."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialogButtonBox

from editor.core.site.site import Site
from editor.ui.dialogs.new_post_dialog import NewPostDialog

TOKYO = ZoneInfo("Asia/Tokyo")


def fixed_site(root: Path) -> Site:
    return Site.open(root, clock=lambda: datetime(2026, 1, 5, 23, 30, tzinfo=TOKYO))


def ok_enabled(dialog: NewPostDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_japanese_title_gives_a_romaji_slug_and_the_path_follows(site: Path, qtbot) -> None:
    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    assert not ok_enabled(dialog)  # no title yet
    dialog.title_edit.setText("京都の秋")
    assert dialog.slug_edit.text() == "kyoto-no-aki"
    assert dialog.problem_text() == "_drafts/kyoto-no-aki.md"
    dialog.post_button.setChecked(True)
    # The date starts at now in the site's timezone; Jekyll names the file by it.
    assert dialog.problem_text() == "_posts/2026-01-05-kyoto-no-aki.md"
    assert ok_enabled(dialog)


def test_an_edited_slug_is_kept_when_the_title_changes(site: Path, qtbot) -> None:
    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Winter")
    dialog.slug_edit.clear()
    qtbot.keyClicks(dialog.slug_edit, "my-slug")
    dialog.title_edit.setText("Winter notes")
    assert dialog.slug_edit.text() == "my-slug"
    qtbot.keyClicks(dialog.slug_edit, " bad")
    assert not ok_enabled(dialog)
    assert "cannot be a file name" in dialog.problem_text()


def test_a_taken_name_is_explained_before_creating(site: Path, qtbot) -> None:
    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("冬に使いたい文房具")
    dialog.slug_edit.setText("winter-stationery")
    dialog.slug_edit.textEdited.emit("winter-stationery")
    assert not ok_enabled(dialog)
    assert "already exists" in dialog.problem_text()
    before = (site / "_drafts/winter-stationery.md").read_bytes()
    dialog.accept()  # even if forced, nothing is overwritten
    assert dialog.created_path is None
    assert (site / "_drafts/winter-stationery.md").read_bytes() == before


def test_creates_the_post_with_the_chosen_date(site: Path, qtbot) -> None:
    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("新しい記事")
    dialog.post_button.setChecked(True)
    dialog.accept()
    path = dialog.created_path
    assert path == (site / "_posts/2026-01-05-atarashii-kiji.md").resolve()
    text = path.read_text(encoding="utf-8")
    assert 'title: "新しい記事"' in text and "date: 2026-01-05 23:30:00 +0900" in text


def test_a_multilingual_site_asks_for_the_language_and_the_path_follows(
    tmp_path: Path, qtbot
) -> None:
    from tests.core.site.generator_sites import make_hugo_blog

    site = Site.open(make_hugo_blog(tmp_path / "hugo"))
    dialog = NewPostDialog(site)
    qtbot.addWidget(dialog)
    assert not dialog.language_box.isHidden()
    assert [dialog.language_box.itemData(i) for i in range(dialog.language_box.count())] == [
        "ja",
        "en",
    ]
    dialog.title_edit.setText("Arashiyama")
    dialog.post_button.setChecked(True)
    assert dialog.path_label.text().startswith("content/ja/entry/")
    dialog.language_box.setCurrentIndex(1)
    assert dialog.path_label.text().startswith("content/en/entry/")
    assert dialog.path_label.text().endswith("/arashiyama.md")
    dialog.accept()
    assert dialog.created_path is not None
    assert dialog.created_path.relative_to(site.root).parts[:3] == ("content", "en", "entry")


def test_a_site_in_one_language_shows_no_language_choice(site: Path, qtbot) -> None:
    dialog = NewPostDialog(fixed_site(site))
    qtbot.addWidget(dialog)
    assert dialog.language_box.isHidden() and dialog.language() == ""


def test_a_site_with_collections_asks_where_the_post_goes(tmp_path: Path, qtbot) -> None:
    from tests.core.site.generator_sites import make_jekyll_blog

    site = Site.open(make_jekyll_blog(tmp_path / "blog"))
    dialog = NewPostDialog(site)
    qtbot.addWidget(dialog)
    assert not dialog.section_box.isHidden() and dialog.language_box.isHidden()
    dialog.title_edit.setText("Umbrella")
    dialog.post_button.setChecked(True)
    assert dialog.path_label.text().startswith("_posts/")
    dialog.section_box.setCurrentIndex(dialog.section_box.findData("notes"))
    assert dialog.path_label.text() == "_notes/umbrella.md"
    dialog.accept()
    assert dialog.created_path == site.root / "_notes" / "umbrella.md"
