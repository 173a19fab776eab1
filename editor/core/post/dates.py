"""Front-matter date spellings: read them, and write a new date the way the old one was written.

Writers (and Jekyll's generators) spell dates many ways: ``2025-12-28``,
``2025-12-28 08:41:08 +0000``, ``2025-12-28T08:41:08Z``, ``2025-12-28 08:41``... When the
form changes a date, the new value must come back in the same spelling, so a one-field
edit does not look like a rewrite in the writer's git diff.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DATE_RE = re.compile(
    r"""^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})
    (?:(?P<sep>[Tt]|[ \t]+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.(?P<f>\d+))?)?
       (?:(?P<tzsp>[ \t]*)(?P<tz>[Zz]|[+-]\d{1,2}(?::?\d{2})?))?
    )?$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class DateSpelling:
    """How a date was written, enough to write another one the same way."""

    date_only: bool = False
    sep: str = " "
    seconds: bool = True
    fraction_digits: int = 0
    tz_space: str = " "
    tz_style: str | None = "HHMM"  # None (no offset), "Z", "HHMM", "HH:MM" or "HH"
    padded_month: bool = True
    """False when the month was written with one digit (``2024-4-22``)."""
    padded_day: bool = True
    """False when the day was written with one digit (``2024-03-6``)."""
    padded_hour: bool = True
    """False when the hour was written with one digit (``T6:23``)."""
    minus_zero: bool = False
    """True when a zero offset was written ``-00:00`` (RFC 3339's "offset unknown")."""


JEKYLL_SPELLING = DateSpelling()
ISO_SPELLING = DateSpelling(sep="T", tz_space="", tz_style="HH:MM")


def parse_date(raw: str) -> dt.date | dt.datetime | None:
    """Parse a date spelling; return ``date``, ``datetime`` (aware if an offset was written).

    Returns ``None`` when ``raw`` is not a date spelling this module knows or not a real date.
    """
    match = _DATE_RE.match(raw.strip())
    if match is None:
        return None
    try:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if match["H"] is None:
            return dt.date(year, month, day)
        fraction = (match["f"] or "")[:6].ljust(6, "0")
        tzinfo = _parse_offset(match["tz"]) if match["tz"] else None
        return dt.datetime(
            year,
            month,
            day,
            int(match["H"]),
            int(match["M"]),
            int(match["S"] or 0),
            int(fraction),
            tzinfo=tzinfo,
        )
    except ValueError:
        return None


def _parse_offset(text: str) -> dt.timezone:
    """Turn ``Z``, ``+09``, ``+0900`` or ``+09:00`` into a ``timezone``."""
    if text in ("Z", "z"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def spelling_of(raw: str) -> DateSpelling | None:
    """Return how ``raw`` spells its date, or ``None`` if it is not a date spelling."""
    match = _DATE_RE.match(raw.strip())
    if match is None:
        return None
    padded_month, padded_day = len(match["m"]) == 2, len(match["d"]) == 2
    if match["H"] is None:
        return DateSpelling(date_only=True, padded_month=padded_month, padded_day=padded_day)
    tz = match["tz"]
    if tz is None:
        tz_style = None
    elif tz in ("Z", "z"):
        tz_style = "Z"
    elif ":" in tz:
        tz_style = "HH:MM"
    elif len(tz) <= 3:
        tz_style = "HH"
    else:
        tz_style = "HHMM"
    return DateSpelling(
        date_only=False,
        sep=match["sep"],
        seconds=match["S"] is not None,
        fraction_digits=len(match["f"] or ""),
        tz_space=match["tzsp"] or "",
        tz_style=tz_style,
        padded_hour=len(match["H"]) == 2,
        minus_zero=tz is not None and tz[0] == "-" and _parse_offset(tz) == dt.UTC,
        padded_month=padded_month,
        padded_day=padded_day,
    )


def _format_offset(offset: dt.timedelta, style: str, minus_zero: bool = False) -> str:
    """Format a UTC offset in one of the offset styles (``-00:00`` if ``minus_zero``)."""
    if style == "Z" and offset == dt.timedelta(0):
        return "Z"
    negative = offset < dt.timedelta(0) or (minus_zero and offset == dt.timedelta(0))
    sign = "-" if negative else "+"
    minutes_total = abs(int(offset.total_seconds())) // 60
    hours, minutes = divmod(minutes_total, 60)
    if style == "HH" and minutes == 0:
        return f"{sign}{hours:02d}"
    if style == "HHMM":
        return f"{sign}{hours:02d}{minutes:02d}"
    return f"{sign}{hours:02d}:{minutes:02d}"


def format_date(value: dt.date, spelling: DateSpelling) -> str:
    """Write ``value`` (a ``date`` or ``datetime``) with ``spelling``.

    Nothing is dropped to fit the spelling: seconds, fractions and offsets the value has
    but the spelling lacks are added in the closest matching style.
    """
    month = f"{value.month:02d}" if spelling.padded_month else str(value.month)
    day = f"{value.year:04d}-{month}-" + (
        f"{value.day:02d}" if spelling.padded_day else str(value.day)
    )
    if not isinstance(value, dt.datetime):
        return day
    if spelling.date_only:
        if value.time() == dt.time(0) and value.tzinfo is None:
            return day
        spelling = ISO_SPELLING if spelling.sep in ("T", "t") else JEKYLL_SPELLING
    hour = f"{value.hour:02d}" if spelling.padded_hour else str(value.hour)
    text = f"{day}{spelling.sep}{hour}:{value.minute:02d}"
    if spelling.seconds or value.second or value.microsecond:
        text += f":{value.second:02d}"
        if spelling.fraction_digits or value.microsecond:
            # Keep the old number of digits, but never cut significant ones.
            fraction = f"{value.microsecond:06d}".rstrip("0")
            text += "." + fraction.ljust(max(spelling.fraction_digits, 1), "0")
    offset = value.utcoffset()
    if offset is not None:
        style = spelling.tz_style
        space = spelling.tz_space
        if style is None:  # the old value had no offset but the new one does
            style, space = ("HH:MM", "") if spelling.sep in ("T", "t") else ("HHMM", " ")
        text += space + _format_offset(offset, style, spelling.minus_zero)
    return text


def format_like(old_raw: str | None, new_value: dt.date) -> str:
    """Spell ``new_value`` the way ``old_raw`` was spelled (Jekyll's spelling as a fallback).

    >>> import datetime as dt
    >>> format_like("2024-01-02T03:04Z", dt.datetime(2025, 5, 6, 7, 8, tzinfo=dt.UTC))
    '2025-05-06T07:08Z'
    """
    spelling = spelling_of(old_raw) if old_raw else None
    if spelling is None:
        spelling = default_spelling(new_value)
    return format_date(new_value, spelling)


def default_spelling(value: dt.date) -> DateSpelling:
    """The spelling for a new date: Jekyll's ``YYYY-MM-DD HH:MM:SS +ZZZZ`` or ``YYYY-MM-DD``."""
    if not isinstance(value, dt.datetime):
        return DateSpelling(date_only=True)
    if value.tzinfo is None:
        return DateSpelling(tz_style=None)
    return JEKYLL_SPELLING
