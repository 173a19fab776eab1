"""A date-time editor that writes a changed date the way the old one was written."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from editor.core.post.dates import format_like, parse_date, spelling_of


def site_now(timezone: str | None, like: dt.date | None) -> dt.date:
    """Now on the site's clock, shaped like ``like`` (a day, or a time with or without offset).

    The offset is fixed (``+09:00``) rather than a zone, since that is what gets written.
    """
    zone: dt.tzinfo | None = None
    if timezone:
        try:
            zone = zoneinfo.ZoneInfo(timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
    now = dt.datetime.now(zone).astimezone() if zone is None else dt.datetime.now(zone)
    offset = now.utcoffset() or dt.timedelta(0)
    now = now.replace(microsecond=0, tzinfo=dt.timezone(offset))
    if like is not None and not isinstance(like, dt.datetime):
        return now.date()
    if isinstance(like, dt.datetime) and like.tzinfo is None:
        return now.replace(tzinfo=None)
    return now


class DateField(QWidget):
    """Edit a ``date``-like field: a date-time box, the written offset and a Now button.

    ``valueCommitted`` carries a ``date``/``datetime`` (the post engine spells it like the
    old value), or a string spelled like the old one when the date was quoted text.
    """

    valueCommitted = Signal(object)

    def __init__(
        self,
        value: Any,
        raw: str | None,
        timezone: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._timezone = timezone
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.editor = QDateTimeEdit(self)
        self.editor.setObjectName("dateEdit")
        self.editor.setCalendarPopup(True)
        self.editor.setKeyboardTracking(False)
        self.offset_label = QLabel(self)
        self.offset_label.setObjectName("dateOffset")
        self.now_button = QToolButton(self)
        self.now_button.setObjectName("dateNow")
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set to the current time on the site's clock"))
        layout.addWidget(self.editor)
        layout.addWidget(self.offset_label)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.setFocusProxy(self.editor)
        self._value: Any = None
        self._raw: str | None = None
        self.set_value(value, raw)
        self.editor.editingFinished.connect(self.commit)
        self.now_button.clicked.connect(self.set_now)
        calendar = self.editor.calendarWidget()
        if calendar is not None:  # a day picked in the calendar applies at once
            calendar.clicked.connect(self.pick_day)
            calendar.activated.connect(self.pick_day)

    def pick_day(self, day: QDate) -> None:
        """The writer picked ``day`` in the calendar: keep the time, commit now (not on
        focus-out, when the writer may already have moved on)."""
        self.editor.setDate(day)
        self.commit()

    def set_timezone(self, timezone: str | None) -> None:
        """Use the site's ``timezone`` (an IANA name) for "Now"."""
        self._timezone = timezone

    def set_value(self, value: Any, raw: str | None = None) -> None:
        """Show ``value`` quietly; ``raw`` is how it is written in the file."""
        self._value = value
        self._raw = raw if raw is not None else (value if isinstance(value, str) else None)
        shown = self._as_date(value)
        spelling = spelling_of(self._unquoted_raw() or "") if self._raw else None
        date_only = shown is not None and not isinstance(shown, dt.datetime)
        if date_only:
            self.editor.setDisplayFormat("yyyy-MM-dd")
        elif spelling is not None and not spelling.seconds:
            self.editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        else:
            self.editor.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.editor.blockSignals(True)
        self.editor.setDateTime(_to_qt(shown or dt.datetime(2000, 1, 1)))
        self.editor.blockSignals(False)
        offset = shown.utcoffset() if isinstance(shown, dt.datetime) else None
        self.offset_label.setVisible(offset is not None)
        if offset is not None and isinstance(shown, dt.datetime):
            self.offset_label.setText(shown.strftime("%z"))

    def value(self) -> dt.date | None:
        """The date the box shows, with the old value's offset and precision."""
        old = self._as_date(self._value)
        shown = self.editor.dateTime()
        day = dt.date(shown.date().year(), shown.date().month(), shown.date().day())
        if old is not None and not isinstance(old, dt.datetime):
            return day
        time = shown.time()
        micro = old.microsecond if isinstance(old, dt.datetime) else 0
        tzinfo = old.tzinfo if isinstance(old, dt.datetime) else None
        return dt.datetime.combine(
            day, dt.time(time.hour(), time.minute(), time.second(), micro), tzinfo=tzinfo
        )

    def has_pending_edit(self) -> bool:
        """True while the box shows another date than the committed one."""
        return self.value() != self._as_date(self._value)

    def set_now(self) -> None:
        """Set the field to now on the site's clock and commit."""
        now = site_now(self._timezone, self._as_date(self._value))
        self._emit(now)

    def commit(self) -> None:
        """Commit what the writer typed, if it differs from the committed value."""
        if self.has_pending_edit():
            new = self.value()
            if new is not None:
                self._emit(new)

    def _emit(self, new: dt.date) -> None:
        if isinstance(self._value, str):  # a quoted date stays quoted text, same spelling
            written: Any = format_like(self._unquoted_raw(), new)
        else:
            written = new
        self.set_value(written, self._raw if isinstance(written, str) else None)
        self.valueCommitted.emit(written)

    def _unquoted_raw(self) -> str | None:
        if self._raw is None:
            return None
        return self._raw.strip().strip("\"'")

    @staticmethod
    def _as_date(value: Any) -> dt.date | None:
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return parse_date(value)
        return None


def _to_qt(value: dt.date) -> QDateTime:
    if isinstance(value, dt.datetime):
        return QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
        )
    return QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
