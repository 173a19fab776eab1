"""A live switch to the dark theme (and back) reaches every widget: the form's labels,
the post count, the tag suggestions. Measured on the pixels Qt paints, not on palettes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from editor.services.settings import Settings
from editor.ui.form.chip_editor import ChipEditor
from editor.ui.window.main_window import MainWindow
from tests.ui.helpers import copy_sample, services_for

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"
MINIMUM_CONTRAST = 4.5


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def painted_contrast(window: QWidget, image: QImage, label: QLabel) -> float:
    """Contrast between the label's most distinct pixel and its background, as painted
    (``image`` is ``window`` grabbed)."""
    top_left = label.mapTo(window, label.rect().topLeft())
    pixels = [
        image.pixelColor(top_left.x() + x, top_left.y() + y)
        for x in range(label.width())
        for y in range(label.height())
    ]
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    back = QColor.fromRgb(background)
    return max(contrast(back, p) for p in pixels)


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch) -> None:
    answer = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)


@pytest.fixture
def dark_window(qtbot, tmp_path: Path, qapp):
    settings = Settings(tmp_path / "settings")
    site = copy_sample(tmp_path)
    window = MainWindow(services_for(settings))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.open_site(site)
    qtbot.waitUntil(lambda: bool(window.editors()), timeout=10_000)
    window.open_post(site / KYOTO)
    yield window, settings
    settings.theme = "light"  # the palette is the application's: leave it as found


def _labels(window: MainWindow) -> list[QLabel]:
    form = window.current_editor().front_matter_form
    labels = [w for w in form.findChildren(QLabel) if w.isVisible() and w.text().strip()]
    labels.append(window.site_ui.panel.count_label)
    return labels


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_labels_stay_readable_after_a_live_switch(dark_window, qtbot, theme: str) -> None:
    window, settings = dark_window
    settings.theme = "dark" if theme == "light" else "light"  # start from the other one
    qtbot.wait(20)
    settings.theme = theme
    qtbot.waitUntil(lambda: window.is_dark() == (theme == "dark"))
    qtbot.wait(20)
    labels = _labels(window)
    assert len(labels) >= 6
    image = window.grab().toImage()
    measured = {
        label.objectName() or label.text(): round(painted_contrast(window, image, label), 2)
        for label in labels
    }
    assert {name: ratio for name, ratio in measured.items() if ratio < MINIMUM_CONTRAST} == {}


def test_the_tag_suggestions_are_wide_and_in_the_themes_colours(dark_window, qtbot) -> None:
    window, settings = dark_window
    settings.theme = "dark"
    qtbot.waitUntil(window.is_dark)
    chips = window.current_editor().front_matter_form.editor("tags")
    assert isinstance(chips, ChipEditor)
    long_tag = "とても長いタグの名前がここにあります"
    chips._show_completions([long_tag, "京都"])
    popup = chips.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= popup.fontMetrics().horizontalAdvance(long_tag) + 24
    base = popup.palette().color(popup.backgroundRole())
    app_base = QApplication.palette().color(popup.backgroundRole())
    assert base == app_base and _luminance(base) < 0.1  # dark, like the rest
    popup.hide()
