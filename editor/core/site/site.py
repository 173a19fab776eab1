"""The site as a project: open a folder, list its posts, create, publish, rename, delete.

``Site`` is plain Python (no Qt). It holds the index of posts and drafts in memory;
the :mod:`editor.services.site_index` service keeps that index current from a worker
thread. Every operation that writes refuses to overwrite an existing file and raises a
:class:`~editor.core.site.site_errors.SiteError` whose message can be shown as it is.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from itertools import chain
from pathlib import Path
from typing import Any, Literal

from editor.core.post.post import Post, PostError, read_post, write_post
from editor.core.post.storage import encode_text
from editor.core.site import site_files, site_taxonomy
from editor.core.site.assets import ImageLink, copy_image, learn_image_folder, learn_link_style
from editor.core.site.discovery import post_files
from editor.core.site.new_post import new_post_text, new_post_timezone
from editor.core.site.post_entries import PostEntry, build_index, filename_slug, read_entry
from editor.core.site.site_checks import check_site
from editor.core.site.site_errors import NameCollisionError, NotInSiteError, SiteError
from editor.core.site.site_layout import SiteLayout, detect_layout
from editor.core.site.site_paths import inside_site, real_path
from editor.core.site.site_problems import Problem
from editor.core.site.site_taxonomy import Taxonomy
from editor.core.site.trash import move_to_trash
from editor.core.text.slug import check_slug, make_slug

Clock = Callable[[], datetime]
_COPY_SUFFIX = re.compile(r"-copy(?:-\d+)?$")


class Site:
    """A static site folder (Jekyll, Hugo or plain Markdown) opened as a project."""

    def __init__(
        self,
        layout: SiteLayout,
        entries: dict[Path, PostEntry] | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        """Wrap an already detected ``layout``; ``entries`` is the index (built if ``None``)."""
        self.layout = layout
        self._clock = clock
        self.on_change: Callable[[list[Path]], None] | None = None
        """Called with the paths an operation of this site added, changed or removed."""
        self._entries: dict[Path, PostEntry] = (
            entries if entries is not None else build_index(layout, now=self.now())
        )
        # Posts newest first, and their tag and category counts, until the index changes.
        self._posts: list[PostEntry] | None = None
        self._counts: tuple[Counter[str], Counter[str]] | None = None

    @classmethod
    def open(cls, path: Path | str, *, clock: Clock | None = None) -> Site:
        """Open the site at ``path``: detect its layout and index its posts and drafts."""
        return cls(detect_layout(Path(path)), clock=clock)

    # -- what the site is ---------------------------------------------------------------

    @property
    def root(self) -> Path:
        """The site's folder."""
        return self.layout.root

    @property
    def kind(self) -> str:
        """The generator's name (``"jekyll"``, ``"hugo"``, ``"plain"``), for display only."""
        return self.layout.kind

    @property
    def config(self) -> dict[str, Any]:
        """The site's configuration mapping (empty when there is none)."""
        return self.layout.config

    def now(self) -> datetime:
        """The current time in the site's timezone."""
        if self._clock is not None:
            return self._clock().astimezone(self.layout.tz())
        return datetime.now(self.layout.tz())

    # -- the index ----------------------------------------------------------------------

    @property
    def entries(self) -> dict[Path, PostEntry]:
        """Every indexed file (posts, drafts, collection documents) by path."""
        return self._entries

    @property
    def posts(self) -> list[PostEntry]:
        """Posts and drafts, newest first (undated ones last, equal dates by path);
        sorted once per change of the index (0.2 s at 50,000 posts), a new list each time.
        """
        return list(self._listing())

    def post_name_counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many posts and drafts use each tag, and each category (counted once per
        change of the index, without sorting anything)."""
        if self._counts is None:
            listed = self._listed()
            self._counts = (
                Counter(chain.from_iterable(e.tags for e in listed)),
                Counter(chain.from_iterable(e.categories for e in listed)),
            )
        tags, categories = self._counts
        return Counter(tags), Counter(categories)

    def _listed(self) -> list[PostEntry]:
        """The posts and drafts, in index order."""
        return [e for e in self._entries.values() if e.kind in ("post", "draft")]

    def _listing(self) -> list[PostEntry]:
        if self._posts is None:
            items = self._listed()
            items.sort(key=lambda e: str(e.path))  # ties: by path, as the posts panel
            items.sort(
                key=lambda e: (e.date is not None, e.date.timestamp() if e.date else 0.0),
                reverse=True,
            )
            self._posts = items
        return self._posts

    def entry(self, path: Path | str) -> PostEntry | None:
        """Return the index entry of ``path``, or ``None`` if it is not indexed."""
        return self._entries.get(real_path(Path(path)))

    def index_files(self) -> list[Path]:
        """Every file that belongs in the index, as found on disk now."""
        return post_files(self.layout)

    def reindex(self, paths: Iterable[Path]) -> list[Path]:
        """Re-read ``paths`` (dropping those that vanished); return the paths that changed."""
        changed: list[Path] = []
        now = self.now()
        for path in paths:
            path = real_path(Path(path))
            try:
                entry = read_entry(path, self.layout, now)
            except OSError:
                if self._entries.pop(path, None) is not None:
                    changed.append(path)
                continue
            if self._entries.get(path) != entry:
                self._entries[path] = entry
                changed.append(path)
        if changed:
            self._posts = self._counts = None
        if changed and self.on_change is not None:
            self.on_change(changed)
        return changed

    def apply(self, updated: dict[Path, PostEntry], removed: Iterable[Path]) -> None:
        """Merge index changes computed elsewhere (the service's worker thread)."""
        for path in removed:
            self._entries.pop(path, None)
        self._entries.update(updated)
        self._posts = self._counts = None

    # -- autocomplete -------------------------------------------------------------------

    def taxonomy(self) -> Taxonomy:
        """Tags, categories, authors, layouts and front-matter keys used, with counts."""
        return site_taxonomy.taxonomy(self._entries.values(), self.layout)

    def layouts(self) -> list[str]:
        """Layout names: those defined in the site's layout folder plus those posts use."""
        return [name for name, _ in self.taxonomy().layouts]

    def authors(self) -> list[tuple[str, int]]:
        """Authors from ``_data/authors.yml`` (count 0 if unused) and from posts, with counts."""
        return site_taxonomy.author_counts(self._entries.values(), self.layout)

    def check(self) -> list[Problem]:
        """Return every problem found in the site (see :mod:`editor.core.site.site_checks`)."""
        return check_site(self._entries.values(), self.layout)

    # -- creating and moving posts ------------------------------------------------------

    def _front_matter_format(self) -> Literal["yaml", "toml"]:
        """The front-matter format most of the site's posts use (YAML when none)."""
        formats: Counter[Literal["yaml", "toml"]] = Counter()
        for entry in self._entries.values():
            if entry.front_matter_format == "yaml":
                formats["yaml"] += 1
            elif entry.front_matter_format == "toml":
                formats["toml"] += 1
        return formats.most_common(1)[0][0] if formats else "yaml"

    def new_post_path(
        self, slug: str, when: datetime, *, draft: bool, language: str = "", section: str = ""
    ) -> Path:
        """Return where a new post with ``slug`` goes (the generator's rules, the site's ways)."""
        return self.layout.generator.new_post_path(
            self.layout,
            slug,
            when,
            draft=draft,
            posts=self.posts,
            language=language,
            section=section,
        )

    def sections(self, language: str = "") -> list[str]:
        """Where else a new post can go (sections, collections), the usual first; ``[]``: one."""
        return self.layout.generator.sections(self.layout, self.posts, language)

    def _neighbours(self, section: str) -> list[PostEntry]:
        """The documents a new one in ``section`` learns its keys from (a collection's own)."""
        folder = self.layout.collections.get(section)
        if folder is None:
            return self.posts
        return [e for e in self._entries.values() if e.path.is_relative_to(folder)]

    def languages(self) -> list[str]:
        """The languages a new post can be written in, the default first (``[]``: one)."""
        return self.layout.generator.languages(self.layout)

    def new_post_tz(self) -> tzinfo:
        """The zone new posts are dated in (the site's, else the one its posts are written in)."""
        return new_post_timezone(self.layout, self.posts)

    def new_post(
        self,
        title: str,
        *,
        draft: bool = False,
        date: datetime | None = None,
        slug: str | None = None,
        language: str = "",
        section: str = "",
    ) -> Path:
        """Create a post (or draft) and return its path (in ``language``, one of
        :meth:`languages`, and ``section``, one of :meth:`sections`; ``""``: the usual).

        The slug defaults to :func:`~editor.core.text.slug.make_slug` of the title and the date
        to now in the site's timezone. The front matter starts from the site's defaults
        and the keys its posts use. Raises :class:`NameCollisionError` if the file exists.
        """
        if not title.strip():
            raise SiteError("A new post needs a title.")
        slug = check_slug(slug if slug is not None else make_slug(title))  # a SiteError
        zone = self.new_post_tz()
        when = (date or self.now().astimezone(zone)).replace(microsecond=0)
        if when.tzinfo is None:
            when = when.replace(tzinfo=zone)
        path = self.new_post_path(slug, when, draft=draft, language=language, section=section)
        path = self._inside(path, "new post folder")
        site_files.check_free(path)
        posts = self._neighbours(section)
        template = self.layout.generator.new_post_template(
            self.layout,
            draft=draft,
            used_format=self._front_matter_format(),
            posts=posts,
            language=language,
            section=section,
        )
        text = new_post_text(template, title, when, name=slug, draft=draft, posts=posts)
        site_files.write_new_file(path, text.encode("utf-8"))
        self.reindex([path])
        return path.resolve()

    def _inside(self, path: Path, setting: str) -> Path:
        """``path`` with links followed if it lies inside the site, else ``OutsideSiteError``."""
        return inside_site(self.root, os.path.relpath(path, self.root), setting=setting)

    def _require(self, path: Path | str) -> Path:
        path = real_path(Path(path))
        if not path.is_file():
            raise NotInSiteError(f"{str(path)!r} does not exist.")
        if not path.is_relative_to(self.root):
            raise NotInSiteError(f"{str(path)!r} is not inside the site folder {str(self.root)!r}.")
        return path

    def _edited(self, path: Path, fields: dict[str, Any]) -> Post:
        """Read ``path`` as a lossless post and set ``fields`` as minimal front-matter edits."""
        try:
            post = read_post(path)
            for key, value in fields.items():
                post.front_matter[key] = value
        except PostError as error:
            raise SiteError(error.message) from error
        return post

    def _save_in_place(self, path: Path, post: Post) -> None:
        try:
            write_post(path, post)
        except PostError as error:
            raise SiteError(error.message) from error

    def publish(self, draft_path: Path | str, date: datetime | None = None) -> Path:
        """Publish a draft and return its new path.

        Jekyll: move ``_drafts/slug.md`` to ``_posts/YYYY-MM-DD-slug.md`` and set ``date``.
        Hugo and plain folders: set ``draft: false`` and ``date`` in place. Only those
        front-matter lines change; the date is written in the spelling the file uses.
        """
        path = self._require(draft_path)
        when = self._publish_time(date)
        entry = self.entry(path) or read_entry(path, self.layout, self.now())
        target = self.layout.generator.published_path(self.layout, path, entry.kind, when)
        if target is None:
            self._save_in_place(path, self._edited(path, {"date": when, "draft": False}))
            self.reindex([path])
            return path
        fields: dict[str, Any] = {"date": when}
        if entry.front_matter.get("published") is False:
            fields["published"] = True
        post = self._edited(path, fields)
        data = encode_text(post.text(), bom=post.bom, newline=post.newline)
        result = site_files.move_file(path, target, data)
        self.reindex([path, result])
        return result.resolve()

    def _publish_time(self, date: datetime | None) -> datetime:
        when = (date or self.now().astimezone(self.new_post_tz())).replace(microsecond=0)
        return when if when.tzinfo is not None else when.replace(tzinfo=self.new_post_tz())

    def chosen_date(self, draft_path: Path | str) -> datetime | None:
        """The date the draft's front matter sets (``None``: it sets none)."""
        path = self._require(draft_path)
        entry = self.entry(path) or read_entry(path, self.layout, self.now())
        if self.layout.generator.date_value(entry.front_matter) is None:
            return None
        return entry.date

    def published_target(self, draft_path: Path | str, date: datetime | None = None) -> Path:
        """Where :meth:`publish` with ``date`` would put the draft (its own path: in place)."""
        path = self._require(draft_path)
        entry = self.entry(path) or read_entry(path, self.layout, self.now())
        when = self._publish_time(date)
        target = self.layout.generator.published_path(self.layout, path, entry.kind, when)
        return path if target is None else target

    def unpublish(self, post_path: Path | str) -> Path:
        """Turn a post back into a draft (Jekyll: move to ``_drafts/slug.md``); return its path."""
        path = self._require(post_path)
        entry = self.entry(path) or read_entry(path, self.layout, self.now())
        target = self.layout.generator.unpublished_path(self.layout, path, entry.kind)
        if target is None:
            self._save_in_place(path, self._edited(path, {"draft": True}))
            self.reindex([path])
            return path
        result = site_files.move_file(path, target)
        self.reindex([path, result])
        return result.resolve()

    def suggested_path(
        self, post_path: Path | str, *, slug: str | None = None, indexed: bool = False
    ) -> Path | None:
        """Return the path the post's file name should have now, or ``None`` if it is right.

        Used to *offer* a rename after the slug (``slug=`` or the front matter's ``slug``)
        or the date changed; nothing is renamed here. ``indexed`` takes the post as the
        index read it while the file still has that entry's time and size, instead of
        reading the file (a whole 1 MB post just to learn its date and slug).
        """
        path = self._require(post_path)
        entry = self.entry(path) if indexed else None
        if entry is None or not entry.is_current():
            entry = read_entry(path, self.layout, self.now())
        name_slug, _ = filename_slug(path, self.layout)
        wanted = slug or str(entry.front_matter.get("slug") or name_slug)
        check_slug(wanted)
        target = self.layout.generator.suggested_path(self.layout, entry, wanted)
        return None if target is None or target == path else target

    def current_slug(self, post_path: Path | str) -> str:
        """The slug a post has now: its front matter's ``slug``, else its file name's."""
        path = self._require(post_path)
        entry = read_entry(path, self.layout, self.now())
        return str(entry.front_matter.get("slug") or filename_slug(path, self.layout)[0])

    def change_slug(self, post_path: Path | str, slug: str) -> Path:
        """Give a post a new slug and return its path (renamed when the name carries it).

        A ``slug`` key in the front matter is updated in place (only that line changes);
        the file (or a Hugo bundle's folder) is renamed to the generator's name for the
        slug. Nothing is written when another file already has the new name.
        """
        path = self._require(post_path)
        check_slug(slug)
        entry = read_entry(path, self.layout, self.now())
        target = self.layout.generator.suggested_path(self.layout, entry, slug)
        if target is not None and target != path:
            target = self._inside(target, "new file name")
            site_files.check_free(target.parent if target.parent != path.parent else target)
        if "slug" in entry.front_matter:
            self._save_in_place(path, self._edited(path, {"slug": slug}))
        if target is None or target == path:
            self.reindex([path])
            return path
        return self.rename(path, target)

    def rename(self, post_path: Path | str, new_path: Path | str) -> Path:
        """Rename a post (e.g. to :meth:`suggested_path`); never overwrites another file."""
        path = self._require(post_path)
        target = self._inside(Path(new_path), "new file name")
        if target.parent != path.parent and path.stem in ("index", "_index"):
            # A Hugo page bundle: rename its folder, images and all.
            if target.parent.exists():
                raise NameCollisionError(target.parent)
            path.parent.rename(target.parent)
            self.reindex([path, target])
            return target
        result = site_files.move_file(path, target)
        self.reindex([path, result])
        return result

    def duplicate(self, post_path: Path | str) -> Path:
        """Copy a post next to itself as ``<slug>-copy`` (``-copy-2``...); return the copy."""
        path = self._require(post_path)
        stem = _COPY_SUFFIX.sub("", path.stem)
        number = 1
        while True:
            suffix = "-copy" if number == 1 else f"-copy-{number}"
            target = self._inside(path.with_name(f"{stem}{suffix}{path.suffix}"), "copy")
            try:
                site_files.write_new_file(target, path.read_bytes())
            except NameCollisionError:
                number += 1
                continue
            break
        self.reindex([target])
        return target

    def delete(self, post_path: Path | str) -> None:
        """Move a post to the system trash (recoverable) and drop it from the index."""
        path = self._require(post_path)
        move_to_trash(path)
        self.reindex([path])

    # -- images -------------------------------------------------------------------------

    def image_link_style(self) -> str:
        """How this site's posts link images, as a template with ``{path}``."""
        return learn_link_style(self._entries.values(), self.layout)

    def add_image(
        self,
        source: Path | str,
        post_path: Path | str,
        *,
        alt: str | None = None,
        default_folder: str | None = None,
    ) -> ImageLink:
        """Copy an image into the post's asset folder; return the file and its Markdown link.

        The folder is the site's ``kiji: image_folder`` setting, else ``default_folder``
        (the writer's preference, may use ``{slug}``), else the folder the site's own
        images are in, else the generator's default.
        """
        path = real_path(Path(post_path))
        entry = self.entry(path)
        slug = entry.slug if entry is not None else filename_slug(path, self.layout)[0]
        return copy_image(
            self.layout,
            Path(source),
            slug,
            style=self.image_link_style(),
            alt=alt,
            default_folder=default_folder,
            learned_folder=learn_image_folder(self._entries.values(), self.layout),
        )

    def references_elsewhere(self, url: str, post_path: Path | str) -> bool:
        """Whether a post other than ``post_path`` links ``url`` (as the index last read it)."""
        own = real_path(Path(post_path))
        return any(
            ref.target == url
            for path, entry in self._entries.items()
            if path != own
            for ref in entry.references
        )
