"""The index of a site's posts and drafts: one :class:`PostEntry` per Markdown file.

Indexing reads thousands of files, so it uses the fast C YAML loader (through
python-frontmatter's YAML handler) rather than the round-trip parser used for editing,
and keeps per file only what the post list and the form's autocomplete need up front:
the front matter and the file's time and size. What only the body tells (link and image
references, reading time) is :class:`BodyFacts`, computed the first time something asks
and kept per (path, modification time, size) in :data:`BODY_FACTS`.
"""

from __future__ import annotations

import json
import os
import re
import time as clock
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any, Literal, Protocol

import yaml
from frontmatter.default_handlers import YAMLHandler

from editor.core.post.front_matter_split import SplitText, split_front_matter
from editor.core.post.storage import describe_os_error, read_regular_file
from editor.core.post.value_limits import (
    FRONT_MATTER_TOO_LARGE,
    MAX_CHARACTERS,
    MAX_DEPTH,
    MAX_VALUES,
    ValueTooLargeError,
    check_value_size,
)
from editor.core.site.discovery import DocumentKind, document_kind, post_files
from editor.core.site.generator import truthy
from editor.core.site.site_layout import SiteLayout
from editor.core.text.stats import count_words_and_cjk, reading_seconds, strip_markup

Status = Literal["draft", "scheduled", "published"]
EntryKind = DocumentKind

_YAML = YAMLHandler()
# Markdown links/images and HTML src/href attributes, for the site checks and link style.
_MD_TARGET = re.compile(
    r"(!?)\[[^\]\n]*\]\(\s*(?:<([^>\n]*)>|(\{\{[^}\n]*\}\}[^)\s]*|[^)\s]+))"
    r"(?:\s+[\"'(][^)\n]*)?\s*\)"
)
_HTML_TARGET = re.compile(
    r"<(img|a|source)\b[^>]*?\b(?:src|href)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I
)
_LIQUID_LINK = re.compile(r"\{%-?\s*(post_url|link)\s+([^%\s]+)\s*-?%\}")
# Code shows links, it does not make them: fenced blocks, highlight blocks, code spans.
_FENCE = re.compile(
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S
)
_HIGHLIGHT = re.compile(r"\{%-?\s*highlight\b.*?\{%-?\s*endhighlight\s*-?%\}", re.S)
# A code span never crosses a blank line (a stray backtick must not hide a paragraph).
_CODE_SPAN = re.compile(r"(?<!`)`(?!`)[^`\n]*(?:\n(?![ \t]*\n)[^`\n]*)*`(?!`)")
_LONG_CODE_SPAN = re.compile(r"(?<!`)(``+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)


@dataclass(frozen=True, slots=True)
class Reference:
    """A link or image target found in a post body, with its 1-based line in the file."""

    target: str
    line: int
    image: bool
    liquid_tag: str = ""
    """``post_url`` or ``link`` for Jekyll's link tags, else ``""``."""


@dataclass(frozen=True, slots=True)
class BodyFacts:
    """What a post's body tells beyond its front matter, for the checks and reading time."""

    references: tuple[Reference, ...] = ()
    words: int = 0
    cjk_characters: int = 0
    body_characters: int = 0

    @property
    def reading_minutes(self) -> int:
        """Minutes to read the body at the default rates (rounded up)."""
        return -(-reading_seconds(self.words, self.cjk_characters) // 60)


NO_FACTS = BodyFacts()
"""The facts of a file that cannot be read (or is gone): no references, nothing to read."""

RACY_NS = 2_000_000_000
"""Facts of a file modified this recently are not kept: a second edit within the file
system's time resolution may keep both the time stamp and the size."""


class Stamped(Protocol):
    """What :class:`BodyFactsCache` needs of an entry: its file and the stamp it was read at."""

    @property
    def path(self) -> Path:
        """The file."""
        ...

    @property
    def mtime_ns(self) -> int:
        """Its modification time when indexed."""
        ...

    @property
    def size(self) -> int:
        """Its size when indexed."""
        ...

    @property
    def unreadable(self) -> bool:
        """Whether it could not be read at all."""
        ...


def body_facts(text: str) -> BodyFacts:
    """The :class:`BodyFacts` of a whole file's ``text`` (front matter and body)."""
    split = split_front_matter(text)
    words, cjk = count_words_and_cjk(strip_markup(split.body))
    references = _find_references(split.body, split.body_line)
    return BodyFacts(references, words, cjk, len(split.body))


class BodyFactsCache:
    """Body facts per file, valid while the file keeps the time and size they were read at.

    Safe to use from the UI thread and the index's worker at once (each step is one
    dictionary operation); a file read twice at the same moment is only read twice.
    """

    def __init__(self) -> None:
        """An empty cache."""
        self._facts: dict[Path, tuple[int, int, BodyFacts]] = {}

    def known(self, entry: Stamped) -> BodyFacts | None:
        """The kept facts of ``entry``'s file at its stamp, ``None`` when not read yet."""
        kept = self._facts.get(entry.path)
        if kept is not None and kept[0] == entry.mtime_ns and kept[1] == entry.size:
            return kept[2]
        return None

    def facts(self, entry: Stamped) -> BodyFacts:
        """The facts of ``entry``'s file, read now if not kept for its stamp."""
        if entry.unreadable:
            return NO_FACTS
        kept = self.known(entry)
        if kept is not None:
            return kept
        try:
            raw, identity = read_regular_file(entry.path)
        except OSError:
            return NO_FACTS
        facts = body_facts(raw.decode("utf-8", errors="replace"))
        if (identity.mtime_ns, identity.size) == (entry.mtime_ns, entry.size):
            self.remember(entry.path, identity.mtime_ns, identity.size, facts)
        return facts

    def remember(self, path: Path, mtime_ns: int, size: int, facts: BodyFacts) -> None:
        """Keep ``facts`` for ``path`` at this stamp (not when the file changed just now)."""
        if mtime_ns < clock.time_ns() - RACY_NS:
            self._facts[path] = (mtime_ns, size, facts)


BODY_FACTS = BodyFactsCache()
"""The process's body facts, shared by every open site's index (keyed by path)."""


def file_stamp(path: Path) -> tuple[int, int] | None:
    """The file's modification time and size; the link's own for a link that loops or
    leads nowhere (so it stays in the index as unreadable); ``None`` once it is gone."""
    try:
        stat = os.stat(path)
    except OSError:
        try:
            stat = os.lstat(path)
        except OSError:
            return None
    return stat.st_mtime_ns, stat.st_size


@dataclass(frozen=True, slots=True)
class PostEntry:
    """What the index knows about one post, draft or collection document."""

    path: Path
    kind: EntryKind
    title: str
    date: datetime | None
    draft: bool
    status: Status
    slug: str
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    layout: str = ""
    permalink: str = ""
    keys: tuple[str, ...] = ()
    front_matter_text: str = ""
    front_matter_line: int = 2
    """1-based file line of the front matter's first line."""
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_format: str = "none"
    error: str = ""
    """Plain-words description of invalid front matter (``""`` when it parsed)."""
    error_line: int = 0
    tab_lines: tuple[int, ...] = ()
    """Front-matter lines containing a tab (YAML forbids tabs for indentation)."""
    mtime_ns: int = 0
    size: int = 0
    unreadable: bool = False
    """The file is listed in its folder but cannot be read (``error`` says why)."""

    def is_current(self) -> bool:
        """Whether the file still has the time and size it had when this was read."""
        return (self.mtime_ns, self.size) == file_stamp(self.path)

    def key_line(self, key: str, default: int = 1) -> int:
        """Return the 1-based file line of top-level front-matter ``key`` (``default`` if absent).

        Computed on demand: only the site checks need it, and only for a few posts.
        """
        pattern = (
            rf"^{re.escape(key)}[ \t]*[:=]"
            if self.front_matter_format != "json"
            else (rf'^\s*"{re.escape(key)}"\s*:')
        )
        match = re.search(pattern, self.front_matter_text, re.M)
        if match is None:
            return default
        return self.front_matter_text.count("\n", 0, match.start()) + self.front_matter_line

    def body_facts(self) -> BodyFacts:
        """What the body tells (references, reading time): read on first use, then kept."""
        return BODY_FACTS.facts(self)

    @property
    def references(self) -> tuple[Reference, ...]:
        """Link and image targets of the body, outside code (see :class:`BodyFacts`)."""
        return self.body_facts().references

    @property
    def words(self) -> int:
        """Latin words of the body's prose (for reading time at the writer's rates)."""
        return self.body_facts().words

    @property
    def cjk_characters(self) -> int:
        """Japanese characters of the body's prose."""
        return self.body_facts().cjk_characters

    @property
    def body_characters(self) -> int:
        """Every character of the raw body (some sites' reading time counts these)."""
        return self.body_facts().body_characters

    @property
    def reading_minutes(self) -> int:
        """Minutes to read the body at the default rates (rounded up)."""
        return self.body_facts().reading_minutes

    @property
    def collection(self) -> str:
        """``posts`` for posts and drafts, else the collection's folder name."""
        if self.kind in ("post", "draft"):
            return "posts"
        return self.path.parent.name.lstrip("_")


def _within_limits(fm: SplitText) -> bool:
    """Whether the parsed YAML or JSON block surely keeps :mod:`value_limits`' limits
    (then walking the parsed value to measure it, an eighth of indexing, is spared).

    Without an alias (``*``) nothing is shared, so every string and value comes from its
    own text: at most twice as many values as characters. Each level of nesting needs an
    indicator of its own (``:``, ``-``, ``?``, ``[`` or ``{``), so their count bounds the
    depth. TOML nests by dotted keys and is always measured.
    """
    block = fm.block
    if fm.format not in ("yaml", "json") or "*" in block:
        return False
    if 2 * len(block) + 2 >= min(MAX_VALUES, MAX_CHARACTERS):
        return False
    indicators = sum(block.count(mark) for mark in ":-?[{")
    return indicators < MAX_DEPTH


BRACE_NOT_JSON = (
    "The file starts with “{”, so Hugo reads it as JSON front matter, and it is not JSON: "
    "the site will not build. Put the front matter first (between +++ lines), or begin the "
    "file with another character."
)


def brace_problem(fm: SplitText, layout: SiteLayout) -> tuple[str, int] | None:
    """Why a file that starts with ``{`` and was not read as JSON front matter breaks a
    generator that reads every leading ``{`` as JSON (Hugo), and the line; else ``None``
    (Jekyll reads such a file as text)."""
    if fm.format is not None or not layout.generator.takes_any_brace_as_json:
        return None
    if fm.json_problem:
        return f"The front matter is not valid JSON: {fm.json_problem}.", fm.json_problem_line
    if fm.body.lstrip("\ufeff").startswith("{"):
        return BRACE_NOT_JSON, 1
    return None


def parse_front_matter(fm: SplitText) -> dict[str, Any]:
    """Parse the front matter block; raises ``ValueError`` with a plain message and a line.

    Uses the fast C YAML loader (the editor's round-trip engines are for one post). The
    error's ``args[1]`` is the 1-based line in the file (0 when unknown); a block opened
    on line 1 and never closed is an error too. (A "{" at the top that is not JSON is
    the generator's business: :func:`brace_problem`.)
    """
    if fm.unclosed:
        raise ValueError(
            f"The front matter opened by {fm.unclosed!r} on line 1 is never closed.", 1
        )
    try:
        if fm.format == "yaml":
            data = _YAML.load(fm.block) if fm.block.strip() else {}
        elif fm.format == "toml":
            data = tomllib.loads(fm.block)
        elif fm.format == "json":
            data = json.loads(fm.block)
        else:
            return {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 2 if mark is not None else 0
        problem = error.problem or "it is not valid YAML"
        raise ValueError(f"The front matter is not valid YAML: {problem}.", line) from error
    except yaml.YAMLError as error:
        raise ValueError(f"The front matter is not valid YAML: {error}.", 0) from error
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) + 1 if match else 0
        raise ValueError(f"The front matter is not valid TOML: {error}.", line) from error
    except json.JSONDecodeError as error:
        message = f"The front matter is not valid JSON: {error.msg}."
        raise ValueError(message, error.lineno) from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("The front matter must be a list of 'key: value' lines.", 2)
    if _within_limits(fm):
        return data
    try:
        check_value_size(data, FRONT_MATTER_TOO_LARGE)
    except ValueTooLargeError as error:
        raise ValueError(error.message, fm.block_line) from error
    return data


def to_datetime(value: Any, tz: tzinfo) -> datetime | None:
    """Return ``value`` (date, datetime or ISO text) as an aware datetime; naive ones get ``tz``."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=tz)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=tz)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        # "2025-12-28 08:41:08 +0000" (Jekyll) → ISO: drop the space before the offset.
        text = re.sub(r"\s+([+-]\d{2}):?(\d{2})$", r"\1:\2", text)
        try:
            return to_datetime(datetime.fromisoformat(text.replace(" ", "T", 1)), tz)
        except ValueError:
            return None
    return None


def as_names(value: Any, *, split_spaces: bool) -> tuple[str, ...]:
    """Return tags/categories/authors as a tuple of strings (Jekyll splits plain strings)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(value.split()) if split_spaces else (value.strip(),)
    if isinstance(value, (list, tuple, set)):
        return tuple(str(item).strip() for item in value if item is not None and str(item).strip())
    return (str(value),)


def mask_code(body: str) -> str:
    """``body`` with code blocks and code spans blanked out (newlines kept, same length)."""

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        if "\n" not in text:
            return " " * len(text)
        return "\n".join(" " * len(line) for line in text.split("\n"))

    if "```" in body or "~~~" in body:
        body = _FENCE.sub(blank, body)
    if "highlight" in body:
        body = _HIGHLIGHT.sub(blank, body)
    if "``" in body:
        body = _LONG_CODE_SPAN.sub(blank, body)
    if "`" in body:
        body = _CODE_SPAN.sub(blank, body)
    return body


def _find_references(body: str, first_line: int) -> tuple[Reference, ...]:
    """Return link and image targets in ``body`` with their line numbers in the file.

    Links shown inside code (fenced or highlight blocks, code spans) are not references.
    """
    if "](" not in body and "<" not in body and "{%" not in body:
        return ()
    body = mask_code(body)
    found: list[tuple[int, str, bool, str]] = []
    for match in _MD_TARGET.finditer(body):
        target = match.group(2) if match.group(2) is not None else match.group(3)
        found.append((match.start(), target.strip(), match.group(1) == "!", ""))
    if "<" in body:
        for match in _HTML_TARGET.finditer(body):
            target = match.group(2) if match.group(2) is not None else match.group(3)
            found.append((match.start(), target.strip(), match.group(1).lower() != "a", ""))
    if "{%" in body:
        for match in _LIQUID_LINK.finditer(body):
            found.append((match.start(), match.group(2).strip(), False, match.group(1)))
    found.sort()
    refs: list[Reference] = []
    line, last = first_line, 0
    for start, target, image, tag in found:
        line += body.count("\n", last, start)
        last = start
        refs.append(Reference(target, line, image, tag))
    return tuple(refs)


def filename_slug(path: Path, layout: SiteLayout) -> tuple[str, date | None]:
    """Return the slug written in the file name and, for Jekyll posts, the date prefix."""
    return layout.generator.filename_slug(path)


def read_entry(path: Path, layout: SiteLayout, now: datetime) -> PostEntry:
    """Read one Markdown file into a :class:`PostEntry`; bad input gives an entry with ``error``.

    A file that is listed but cannot be read (a symbolic link that loops or leads
    nowhere, a pipe, no permission) gives an entry marked ``unreadable``. Raises
    ``OSError`` only when the file is gone (e.g. it was just deleted).
    """
    kind = document_kind(path, layout)
    slug, name_date = filename_slug(path, layout)
    try:
        raw, identity = read_regular_file(path)
    except OSError as exc:
        if not os.path.lexists(path):
            raise
        return PostEntry(
            path=path,
            kind=kind,
            title="",
            date=None,
            draft=kind == "draft",
            status="draft" if kind == "draft" else "published",
            slug=slug,
            error=describe_os_error(exc, path, "read"),
            error_line=1,
            unreadable=True,
        )
    error, error_line = "", 0
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        error = f"The file is not valid UTF-8 text (byte {exc.start} cannot be read)."
        error_line = raw.count(b"\n", 0, exc.start) + 1
    data: dict[str, Any] = {}
    fm = split_front_matter(text)
    try:
        data = parse_front_matter(fm)
    except ValueError as exc:
        error, error_line = error or exc.args[0], error_line or exc.args[1]
    tz = layout.tz()
    generator = layout.generator
    if not error:
        error, error_line = brace_problem(fm, layout) or ("", 0)
    spaces = generator.splits_names_on_spaces
    when = to_datetime(generator.date_value(data), tz)
    if when is None and name_date is not None:
        when = datetime.combine(name_date, time(), tzinfo=tz)
    draft = kind == "draft" or truthy(data.get("draft", False)) or generator.hides(data)
    status: Status = "draft" if draft else "scheduled" if when and when > now else "published"
    title = data.get("title")
    tags = as_names(data.get("tags"), split_spaces=spaces)
    categories = as_names(data.get("categories"), split_spaces=spaces) or as_names(
        data.get("category"), split_spaces=False
    )
    authors = as_names(data.get("author"), split_spaces=False) + as_names(
        data.get("authors"), split_spaces=False
    )
    tab_lines: tuple[int, ...] = ()
    if "\t" in fm.block:
        tab_lines = tuple(
            number + fm.block_line
            for number, line in enumerate(fm.block.split("\n"))
            if "\t" in line
        )
    return PostEntry(
        path=path,
        kind=kind,
        title=str(title).strip() if title is not None else "",
        date=when,
        draft=draft,
        status=status,
        slug=str(data.get("slug") or slug),
        tags=tags,
        categories=categories,
        authors=authors,
        layout=str(data.get("layout") or ""),
        permalink=str(data.get("permalink") or data.get("url") or ""),
        keys=tuple(str(key) for key in data),
        front_matter_text=fm.block,
        front_matter_line=fm.block_line,
        front_matter=data,
        front_matter_format=fm.format or "none",
        error=error,
        error_line=error_line,
        tab_lines=tab_lines,
        mtime_ns=identity.mtime_ns,
        size=identity.size,
    )


def build_index(
    layout: SiteLayout, paths: Iterable[Path] | None = None, *, now: datetime | None = None
) -> dict[Path, PostEntry]:
    """Read ``paths`` (default: every post file) into entries, skipping files that vanished."""
    now = now or datetime.now(layout.tz())
    entries: dict[Path, PostEntry] = {}
    for path in post_files(layout) if paths is None else paths:
        try:
            entries[path] = read_entry(path, layout, now)
        except OSError:
            continue
    return entries
