"""Unknown front-matter keys read like labels; the key itself stays in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editor.ui.form.field_factory import field_label, humanise_key
from editor.ui.form.front_matter_form import FrontMatterForm


def test_humanised_keys() -> None:
    assert humanise_key("pubdate") == "Pubdate"
    assert humanise_key("hero_image") == "Hero image"
    assert humanise_key("og-image") == "Og image"
    assert humanise_key("ogImage") == "OgImage"  # the writer's own case is kept
    assert humanise_key("写真") == "写真"
    assert field_label("title") == "Title"  # known keys keep their translated labels


def test_the_form_shows_the_humanised_label_and_the_key_as_tooltip(qtbot) -> None:
    from editor.core.post.post import Post
    from editor.services.document import DocumentSession

    session = DocumentSession(
        Post.parse("---\ntitle: T\npubdate: 2024-01-02\nfolder: x\n---\nbody\n")
    )
    form = FrontMatterForm(session)
    qtbot.addWidget(form)
    label = form.findChild(QLabel, "label_pubdate")
    assert label is not None and label.text() == "Pubdate" and label.toolTip() == "pubdate"
    assert form.findChild(QLabel, "label_folder").text() == "Folder"
