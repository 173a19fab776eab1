"""The text of a new post: the site's template, filled with values rather than empty keys.

The generator says how (:class:`~editor.core.site.generator.NewPostTemplate`): Hugo's
archetype, filled as ``hugo new`` fills it; else the configuration's ``defaults``, the
values the site's posts share, the date spelled and quoted as the newest posts do.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, tzinfo

from editor.core.post.dates import DateSpelling, format_like, spelling_of
from editor.core.post.post import Post, PostError
from editor.core.site import site_files
from editor.core.site.archetype import ArchetypeValues, fill_archetype
from editor.core.site.generator import NewPostTemplate, usual_offset
from editor.core.site.post_entries import PostEntry
from editor.core.site.site_layout import SiteLayout

_DATE_LINE = re.compile(r"^date[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.M)
_SPELLING_SAMPLE = 30


def new_post_timezone(layout: SiteLayout, posts: Sequence[PostEntry]) -> tzinfo:
    """The zone a new post is dated in: the configured one, else the offset most of the
    newest posts are written with, else the computer's."""
    if layout.timezone is not None:
        return layout.timezone
    values = [layout.generator.date_value(entry.front_matter) for entry in posts[:100]]
    return usual_offset(values) or layout.tz()


def usual_date_spelling(posts: Sequence[PostEntry]) -> tuple[str, str] | None:
    """How the newest posts write their ``date`` (a sample and its quote), if they agree most."""
    counts: Counter[tuple[DateSpelling, str]] = Counter()
    samples: dict[tuple[DateSpelling, str], str] = {}
    for entry in posts[:_SPELLING_SAMPLE]:
        match = _DATE_LINE.search(entry.front_matter_text)
        if match is None:
            continue
        raw = match.group(1)
        quote = raw[0] if len(raw) > 1 and raw[0] in "\"'" and raw[-1] == raw[0] else ""
        inner = raw[1:-1] if quote else raw
        spelling = spelling_of(inner)
        if spelling is not None:
            counts[(spelling, quote)] += 1
            samples[(spelling, quote)] = inner
    if not counts:
        return None
    key = counts.most_common(1)[0][0]
    return samples[key], key[1]


def _date_like_the_posts(when: datetime, fmt: str, posts: Sequence[PostEntry]) -> str:
    """``when`` spelled and quoted as the newest posts write dates, or ``""``.

    Only a spelling with a time is followed (a new post is dated to the minute), and in
    TOML only one that TOML reads back as that moment.
    """
    learned = usual_date_spelling(posts)
    if learned is None or fmt not in ("yaml", "toml"):
        return ""
    sample, quote = learned
    spelling = spelling_of(sample)
    if spelling is None or spelling.date_only or spelling.tz_style is None:
        return ""
    text = quote + format_like(sample, when) + quote
    if fmt == "toml":
        try:
            value = tomllib.loads(f"date = {text}")["date"]
        except tomllib.TOMLDecodeError:
            return ""
        if not quote and value != when:
            return ""
    return text


def new_post_text(
    template: NewPostTemplate,
    title: str,
    when: datetime,
    *,
    name: str,
    draft: bool,
    posts: Sequence[PostEntry],
) -> str:
    """The whole text of a new post titled ``title``, dated ``when``, named ``name``."""
    if template.archetype:
        text = _from_archetype(template, title, when, name=name, draft=draft)
        if text is not None:
            return text
    fmt, defaults = template.format, dict(template.defaults)
    fields: list[tuple[str, str]] = []
    if defaults.get("layout") not in (None, ""):
        fields.append(("layout", site_files.format_value(defaults.pop("layout"), fmt)))
    fields.append(("title", json.dumps(title, ensure_ascii=False)))  # always quoted
    date = _date_like_the_posts(when, fmt, posts)
    if not date:
        date = site_files.format_date(when, fmt, jekyll_style=template.jekyll_dates)
        if fmt == "toml" and template.quoted_dates:
            date = json.dumps(date)
    fields.append(("date", date))
    if template.draft_flag:
        fields.append(("draft", "true" if draft else "false"))
    present = {key for key, _ in fields}
    for key, value in [*defaults.items(), *site_files.common_keys(posts)]:
        empty = value in (None, "")
        if key not in present and not (empty and key in site_files.NEVER_EMPTY):
            fields.append((key, site_files.format_value(value, fmt)))
            present.add(key)
    return site_files.render_front_matter(fields, fmt) + "\n"


def _from_archetype(
    template: NewPostTemplate, title: str, when: datetime, *, name: str, draft: bool
) -> str | None:
    """The archetype filled, with the writer's title and the draft choice set in it.

    ``None`` when the filled archetype's front matter does not parse (the caller then
    writes the usual front matter instead).
    """
    values = ArchetypeValues(name=name, title=title, when=when)
    post = Post.parse(fill_archetype(template.archetype, values))
    if post.error is not None or post.format is None:
        return None
    try:
        post.front_matter["title"] = title
        if "date" not in post.front_matter:
            post.front_matter["date"] = when
        if template.draft_flag and (draft or "draft" in post.front_matter):
            post.front_matter["draft"] = draft
    except PostError:
        return None
    return post.text()
