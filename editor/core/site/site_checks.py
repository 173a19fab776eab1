"""Problems across a whole site, each with a file, a 1-based line, a plain message and a kind.

Everything works from the index (no post is parsed twice); only the configuration file
and, for internal links, the site's page files are read here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import yaml

from editor.core.post.front_matter_split import split_front_matter
from editor.core.post.storage import StorageError, read_text_file
from editor.core.post.value_limits import ValueTooLargeError
from editor.core.site.post_entries import PostEntry, brace_problem, parse_front_matter
from editor.core.site.site_errors import QT_TRANSLATE_NOOP, CoreText
from editor.core.site.site_layout import SiteLayout
from editor.core.site.site_problems import (
    BAD_FILE_NAME as BAD_FILE_NAME,
)
from editor.core.site.site_problems import (
    BROKEN_LINK,
    DUPLICATE_PERMALINK,
    DUPLICATE_SLUG,
    FUTURE_DATE,
    INVALID_CONFIG,
    INVALID_FRONT_MATTER,
    MISSING_IMAGE,
    MISSING_TITLE,
    UNREADABLE_FILE,
    YAML_TAB,
    Problem,
)
from editor.core.site.site_problems import (
    DATE_MISMATCH as DATE_MISMATCH,
)
from editor.core.site.site_urls import normalise_target, page_urls, post_url, url_variants
from editor.core.site.siteconfig import parse_config_text

_FILE_LIKE = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _relative(path: Path, layout: SiteLayout) -> str:
    try:
        return path.relative_to(layout.root).as_posix()
    except ValueError:
        return str(path)


def check_config(layout: SiteLayout) -> list[Problem]:
    """Report a configuration file that does not parse (with the line when known)."""
    path = layout.config_path
    if path is None:
        return []
    try:
        parse_config_text(path.read_text(encoding="utf-8"), path.suffix)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = CoreText(
            QT_TRANSLATE_NOOP(
                "CoreMessage",
                "{name} is not valid YAML: {problem}. The site uses no settings from it.",
            ),
            name=path.name,
            problem=error.problem or "it is not valid YAML",
        )
        return [Problem(path, line, message, INVALID_CONFIG)]
    except ValueTooLargeError as error:  # an alias bomb: the message is translated as is
        return [Problem(path, 1, error.message, INVALID_CONFIG)]
    except (ValueError, yaml.YAMLError, UnicodeDecodeError, OSError) as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) if match else 1
        message = CoreText(
            QT_TRANSLATE_NOOP("CoreMessage", "{name} cannot be read as site settings: {error}."),
            name=path.name,
            error=str(error),
        )
        return [Problem(path, line, message, INVALID_CONFIG)]
    return []


def check_entry(entry: PostEntry, layout: SiteLayout) -> list[Problem]:
    """Problems that concern one post alone: front matter, tabs, title, dates, file name."""
    problems: list[Problem] = []
    path = entry.path
    if entry.unreadable:
        return [Problem(path, 1, entry.error, UNREADABLE_FILE)]
    if entry.error:
        problems.append(Problem(path, entry.error_line or 1, entry.error, INVALID_FRONT_MATTER))
    for line in entry.tab_lines:
        problems.append(
            Problem(
                path,
                line,
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage",
                        "This front-matter line contains a tab; YAML allows only spaces for "
                        "indentation. Replace the tab with spaces.",
                    )
                ),
                YAML_TAB,
            )
        )
    if entry.error:
        return problems
    if entry.front_matter_line > 2 and not layout.generator.reads_late_front_matter:
        problems.append(
            Problem(
                path,
                1,
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage",
                        "The front matter starts after blank lines. Jekyll reads front matter "
                        "only on the very first line: it publishes these lines as text of the "
                        "page and ignores the title and the other fields. Remove the blank lines "
                        "above the first ---.",
                    )
                ),
                INVALID_FRONT_MATTER,
            )
        )
    if not entry.title:
        problems.append(
            Problem(
                path,
                1,
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage", "This post has no title (add a 'title:' line)."
                    )
                ),
                MISSING_TITLE,
            )
        )
    date_line = entry.key_line("date")
    problems.extend(layout.generator.name_problems(entry, layout))
    if entry.status == "scheduled" and entry.kind == "post" and entry.date is not None:
        when = entry.date.astimezone(layout.tz()).strftime("%Y-%m-%d %H:%M")
        problems.append(
            Problem(
                path,
                date_line,
                CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage",
                        "This post is dated {when}, in the future: the site will not show it "
                        "until then (unless built with future posts enabled).",
                    ),
                    when=when,
                ),
                FUTURE_DATE,
            )
        )
    return problems


def check_duplicates(entries: Iterable[PostEntry], layout: SiteLayout) -> list[Problem]:
    """Report posts sharing a slug, and posts or pages sharing a permalink."""
    problems: list[Problem] = []
    by_slug: dict[tuple[str, str], list[PostEntry]] = defaultdict(list)
    by_url: dict[str, list[PostEntry]] = defaultdict(list)
    for entry in entries:
        if entry.error or entry.kind == "collection":
            continue
        section = layout.generator.slug_scope(entry.path, layout)
        by_slug[(section, entry.slug.lower())].append(entry)
        if not entry.draft:
            url = post_url(entry, layout)
            if url:
                by_url[url.rstrip("/") or "/"].append(entry)
    for (_, slug), same_slug in by_slug.items():
        if len(same_slug) < 2:
            continue
        for entry in same_slug:
            others = ", ".join(_relative(e.path, layout) for e in same_slug if e is not entry)
            problems.append(
                Problem(
                    entry.path,
                    entry.key_line("slug"),
                    CoreText(
                        QT_TRANSLATE_NOOP(
                            "CoreMessage", "The slug {slug} is also used by {others}."
                        ),
                        slug=repr(slug),
                        others=others,
                    ),
                    DUPLICATE_SLUG,
                )
            )
    for url, same_url in by_url.items():
        if len(same_url) < 2:
            continue
        for entry in same_url:
            others = ", ".join(_relative(e.path, layout) for e in same_url if e is not entry)
            problems.append(
                Problem(
                    entry.path,
                    entry.key_line("permalink"),
                    CoreText(
                        QT_TRANSLATE_NOOP(
                            "CoreMessage",
                            "This post would be published at {url}, like {others}: "
                            "one would hide the other.",
                        ),
                        url=repr(url),
                        others=others,
                    ),
                    DUPLICATE_PERMALINK,
                )
            )
    return problems


class _LinkResolver:
    """Answers "does this link target exist?" for one site, caching what it learned."""

    def __init__(self, entries: list[PostEntry], layout: SiteLayout) -> None:
        self.layout = layout
        self.urls: set[str] = set()
        for url in page_urls(layout):
            self.urls |= url_variants(url)
        for entry in entries:
            if not entry.draft:
                url = post_url(entry, layout)
                if url:
                    self.urls |= url_variants(url)
        self.post_names: set[str] = set()
        if layout.posts_dir is not None:
            posts_dir = layout.posts_dir
            self.post_names = {
                e.path.relative_to(posts_dir).with_suffix("").as_posix()
                for e in entries
                if e.kind == "post"
            }
        roots = [layout.root]
        if layout.static_dir is not None:
            roots.insert(0, layout.static_dir)
        if layout.content_dir is not None:
            roots.append(layout.content_dir)
        roots.extend(layout.language_content_dirs)  # Hugo serves each language's files too
        self.roots = roots

    def site_path_exists(self, site_path: str) -> bool:
        if site_path in self.urls:
            return True
        relative = site_path.lstrip("/")
        for root in self.roots:
            candidate = root / relative
            if candidate.is_file() or (candidate / "index.html").is_file():
                return True
            if candidate.is_dir() and (candidate / "index.md").is_file():
                return True
        return False

    def problem(self, entry: PostEntry, ref_target: str, image: bool, tag: str) -> str:
        """Return a plain message if the reference is broken, else ``""``."""
        if tag == "post_url":
            name = ref_target.strip("'\"")
            if name in self.post_names or any(n.endswith("/" + name) for n in self.post_names):
                return ""
            return CoreText(
                QT_TRANSLATE_NOOP(
                    "CoreMessage", "{tag} names a post that does not exist in _posts."
                ),
                tag=f"{{% post_url {name} %}}",
            )
        if tag == "link":
            name = ref_target.strip("'\"")
            if (self.layout.root / name).is_file():
                return ""
            return CoreText(
                QT_TRANSLATE_NOOP("CoreMessage", "{tag} names a file that does not exist."),
                tag=f"{{% link {name} %}}",
            )
        target = normalise_target(ref_target, self.layout)
        if target is None:
            return ""
        if target.startswith("/"):
            if self.site_path_exists(target):
                return ""
            if image:
                return CoreText(
                    QT_TRANSLATE_NOOP(
                        "CoreMessage", "The image {target} does not exist in the site."
                    ),
                    target=repr(target),
                )
            return CoreText(
                QT_TRANSLATE_NOOP(
                    "CoreMessage", "The link target {target} does not exist in the site."
                ),
                target=repr(target),
            )
        if not image and not _FILE_LIKE.search(target):
            return ""  # a relative page link: its meaning depends on the page URL
        for base in (entry.path.parent, self.layout.root):
            if (base / target).exists():
                return ""
        if image:
            template = QT_TRANSLATE_NOOP(
                "CoreMessage",
                "The image {target} does not exist (looked next to the post and at the site root).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "CoreMessage",
                "The link target {target} does not exist (looked next to the post and at the "
                "site root).",
            )
        return CoreText(template, target=repr(target))


def check_links(entries: list[PostEntry], layout: SiteLayout) -> list[Problem]:
    """Report images and internal links pointing to files or pages that do not exist."""
    resolver = _LinkResolver(entries, layout)
    problems: list[Problem] = []
    for entry in entries:
        for ref in entry.references:
            message = resolver.problem(entry, ref.target, ref.image, ref.liquid_tag)
            if message:
                kind = MISSING_IMAGE if ref.image else BROKEN_LINK
                problems.append(Problem(entry.path, ref.line, message, kind))
    return problems


def check_site(entries: Iterable[PostEntry], layout: SiteLayout) -> list[Problem]:
    """Return every problem found in the site, sorted by file and line."""
    entries = list(entries)
    problems = check_config(layout)
    for entry in entries:
        problems.extend(check_entry(entry, layout))
    problems.extend(check_duplicates(entries, layout))
    problems.extend(check_links(entries, layout))
    problems.sort(key=lambda p: (str(p.path), p.line, p.kind))
    return problems


def check_file(path: Path, layout: SiteLayout) -> list[Problem]:
    """Check one file's front matter only (e.g. before saving), without the whole index."""
    try:
        text = read_text_file(path).text
    except StorageError as error:
        return [Problem(path, 1, error.message, INVALID_FRONT_MATTER)]
    fm = split_front_matter(text)
    try:
        parse_front_matter(fm)
    except ValueError as error:
        line = error.args[1] if len(error.args) > 1 else 1
        return [Problem(path, line or 1, str(error.args[0]), INVALID_FRONT_MATTER)]
    brace = brace_problem(fm, layout)
    if brace is not None:
        return [Problem(path, brace[1] or 1, brace[0], INVALID_FRONT_MATTER)]
    return []
