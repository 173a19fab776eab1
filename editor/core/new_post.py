"""The text of a new post: the site's template, filled with values rather than empty keys.

The generator says how (:class:`~editor.core.generator.NewPostTemplate`): Hugo's
archetype, filled as ``hugo new`` fills it; else the configuration's ``defaults``, the
values the site's posts share, the site's date spelling and quoting.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, tzinfo

from editor.core import site_files
from editor.core.archetype import ArchetypeValues, fill_archetype
from editor.core.generator import NewPostTemplate, usual_offset
from editor.core.post import Post, PostError
from editor.core.site_index import PostEntry
from editor.core.site_layout import SiteLayout


def new_post_timezone(layout: SiteLayout, posts: Sequence[PostEntry]) -> tzinfo:
    """The zone a new post is dated in: the configured one, else the offset most of the
    newest posts are written with, else the computer's."""
    if layout.timezone is not None:
        return layout.timezone
    values = [layout.generator.date_value(entry.front_matter) for entry in posts[:100]]
    return usual_offset(values) or layout.tz()


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
