"""Dates are edited in the spelling they were written in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from editor.core.post.post import Post
from editor.ui.form.date_field import DateField, site_now


def _commit(qtbot, field: DateField, day: QDate, time: QTime | None = None) -> list:
    got: list = []
    field.valueCommitted.connect(got.append)
    field.editor.setDateTime(QDateTime(day, time or QTime(0, 0)))
    field.editor.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    return got


def test_a_day_stays_a_day(qtbot) -> None:
    field = DateField(dt.date(2025, 12, 28), "2025-12-28")
    qtbot.addWidget(field)
    assert field.editor.displayFormat() == "yyyy-MM-dd"
    assert not field.offset_label.isVisibleTo(field)
    assert _commit(qtbot, field, QDate(2026, 1, 2)) == [dt.date(2026, 1, 2)]


def test_a_quoted_date_stays_quoted_text_in_its_spelling(qtbot) -> None:
    post = Post('---\ndate: "2025-12-28T08:41+09:00"\n---\n')
    value = post.front_matter["date"]
    field = DateField(value, post.raw_field("date"))
    qtbot.addWidget(field)
    assert field.editor.displayFormat() == "yyyy-MM-dd HH:mm"
    got = _commit(qtbot, field, QDate(2026, 1, 2), QTime(7, 5))
    assert got == ["2026-01-02T07:05+09:00"]
    post.front_matter["date"] = got[0]
    assert post.text() == '---\ndate: "2026-01-02T07:05+09:00"\n---\n'


def test_the_offset_and_fraction_are_kept(qtbot) -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    field = DateField(dt.datetime(2025, 1, 1, 10, 0, 0, 250000, tzinfo=tz), "x")
    qtbot.addWidget(field)
    assert field.offset_label.text() == "-0500"
    got = _commit(qtbot, field, QDate(2025, 1, 3), QTime(11, 30, 15))
    assert got == [dt.datetime(2025, 1, 3, 11, 30, 15, 250000, tzinfo=tz)]


def test_unchanged_date_commits_nothing(qtbot) -> None:
    field = DateField(dt.datetime(2025, 1, 1, 10, 0, tzinfo=dt.UTC), "2025-01-01 10:00:00 +0000")
    qtbot.addWidget(field)
    got: list = []
    field.valueCommitted.connect(got.append)
    field.editor.editingFinished.emit()
    assert got == [] and not field.has_pending_edit()


def test_site_now_shapes() -> None:
    aware = site_now("Asia/Tokyo", dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert isinstance(aware, dt.datetime) and aware.utcoffset() == dt.timedelta(hours=9)
    assert aware.microsecond == 0
    naive = site_now("Asia/Tokyo", dt.datetime(2020, 1, 1))
    assert isinstance(naive, dt.datetime) and naive.tzinfo is None
    day = site_now("Asia/Tokyo", dt.date(2020, 1, 1))
    assert type(day) is dt.date
    fallback = site_now("Not/AZone", None)
    assert isinstance(fallback, dt.datetime) and fallback.tzinfo is not None


def test_a_day_clicked_in_the_calendar_applies_at_once_keeping_the_time(qtbot) -> None:
    when = dt.datetime(2025, 12, 28, 8, 41, 8, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    field = DateField(when, "2025-12-28 08:41:08 +0900")
    qtbot.addWidget(field)
    got: list = []
    field.valueCommitted.connect(got.append)
    calendar = field.editor.calendarWidget()
    assert calendar is not None
    calendar.clicked.emit(QDate(2026, 1, 5))  # what a click on the 5th sends; no focus-out
    assert got == [when.replace(year=2026, month=1, day=5)]
    calendar.activated.emit(QDate(2026, 1, 5))  # Enter on the same day: nothing new
    assert len(got) == 1
