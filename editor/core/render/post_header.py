"""The post header shown above the preview's body: title, date, categories and tags."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from html import escape
from typing import Any


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return value.split()  # Jekyll accepts "a b c" for tags and categories
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item is not None and str(item).strip()]
    return [str(value)]


def _date_parts(value: Any) -> tuple[str, str] | None:
    """Return (machine-readable, shown) forms of a front-matter date, or None."""
    if isinstance(value, dt.datetime):
        return value.isoformat(), value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat(), value.isoformat()
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    for pattern in (
        "%Y-%m-%d %H:%M:%S %z",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%d %H:%M %z",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d",
    ):
        try:
            moment = dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        return moment.isoformat(), moment.strftime("%Y-%m-%d")
    return text, text  # shown as written rather than hidden


def render_header(page: Mapping[str, Any]) -> str:
    """Return ``<header class="post-header">`` with title, date and tags; ``""`` if none."""
    title = page.get("title")
    title_text = "" if title is None else str(title).strip()
    date = _date_parts(page.get("date"))
    categories = _as_list(page.get("categories") or page.get("category"))
    tags = _as_list(page.get("tags"))
    if not (title_text or date or tags or categories):
        return ""
    parts = ['<header class="post-header">']
    if title_text:
        parts.append(f'<h1 class="post-title">{escape(title_text, quote=False)}</h1>')
    meta: list[str] = []
    if date:
        machine, shown = date
        meta.append(
            f'<time class="post-date" datetime="{escape(machine)}">'
            f"{escape(shown, quote=False)}</time>"
        )
    if categories:
        items = "".join(
            f'<li class="post-category">{escape(c, quote=False)}</li>' for c in categories
        )
        meta.append(f'<ul class="post-categories">{items}</ul>')
    if meta:
        parts.append(f'<div class="post-meta">{"".join(meta)}</div>')
    if tags:
        items = "".join(f'<li class="post-tag">{escape(t, quote=False)}</li>' for t in tags)
        parts.append(f'<ul class="post-tags">{items}</ul>')
    parts.append("</header>")
    return "".join(parts)
