"""Copy images into the site's asset folder and write the Markdown link the site's way.

How a site links its assets is learned from its existing posts: site-absolute
(``/assets/x.png``), ``{{ site.baseurl }}/assets/x.png`` or
``{{ '/assets/x.png' | relative_url }}``; the most common spelling wins.
"""

from __future__ import annotations

import contextlib
import filecmp
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from editor.core.site.generator_hugo import DEFAULT_HUGO_IMAGE_FOLDER as DEFAULT_HUGO_IMAGE_FOLDER
from editor.core.site.generator_jekyll import (
    DEFAULT_JEKYLL_IMAGE_FOLDER as DEFAULT_JEKYLL_IMAGE_FOLDER,
)
from editor.core.site.post_entries import PostEntry
from editor.core.site.site_errors import SiteError
from editor.core.site.site_layout import SiteLayout
from editor.core.site.site_paths import inside_site
from editor.core.site.site_urls import normalise_target
from editor.core.text.slug import safe_file_name

ABSOLUTE_STYLE = "{path}"
_BASEURL_PREFIX = re.compile(r"^\{\{-?\s*site\.baseurl\s*-?\}\}")
_FILTER_STYLE = re.compile(
    r"^\{\{-?\s*(['\"])(/[^'\"]*)\1\s*\|\s*(relative_url|absolute_url)\s*-?\}\}$"
)
_LEARN_FROM_POSTS = 200
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp"})


@dataclass(frozen=True, slots=True)
class ImageLink:
    """An image copied into the site: where the file went and the Markdown to insert."""

    path: Path
    url: str
    markdown: str
    created: bool = True
    """Whether the file is new (``False``: the same bytes were already there, reused)."""


def link_style(template: str) -> str:
    """Return the spelling of one link target as a template with ``{path}`` for the path.

    ``"{{ site.baseurl }}/a/b.png"`` gives ``"{{ site.baseurl }}{path}"``; a target the
    editor does not recognise gives ``""``.
    """
    prefix = _BASEURL_PREFIX.match(template)
    if prefix and template[prefix.end() :].startswith("/"):
        return prefix.group(0) + "{path}"
    match = _FILTER_STYLE.match(template)
    if match:
        quote, _, name = match.groups()
        return "{{ " + quote + "{path}" + quote + " | " + name + " }}"
    if template.startswith("/") and not template.startswith("//"):
        return ABSOLUTE_STYLE
    return ""


def learn_link_style(entries: Iterable[PostEntry], layout: SiteLayout) -> str:
    """Return the most common image-link spelling in the site's posts (a ``{path}`` template)."""
    styles: Counter[str] = Counter()
    for entry in entries:
        for ref in entry.references:
            if ref.image:
                style = link_style(ref.target)
                if style:
                    styles[style] += 1
    if styles:
        return styles.most_common(1)[0][0]
    return layout.generator.default_link_style(layout)


def image_folder(
    layout: SiteLayout,
    post_slug: str,
    template: str | None = None,
    *,
    default: str | None = None,
    learned: str | None = None,
) -> Path:
    """Return the folder images of the post ``post_slug`` go to.

    ``template``, else the site's ``kiji: image_folder:`` setting, else ``default`` (the
    writer's preference), else ``learned`` (where the site's own images are, see
    :func:`learn_image_folder`), else the generator's default; each may use ``{slug}``.
    A folder outside the site raises :class:`~editor.core.site.site_errors.OutsideSiteError`.
    """
    setting = "image folder"
    if template is None:
        settings = layout.config.get("kiji")
        if isinstance(settings, dict) and isinstance(settings.get("image_folder"), str):
            template, setting = settings["image_folder"], "kiji: image_folder"
    if template is None and default:
        template = default
    if template is None and learned:
        template, setting = learned, "image folder the site's posts use"
    if template is None:
        template = layout.generator.default_image_folder
    # replace, not str.format: a site's template must not reach into Python objects
    relative = template.replace("{slug}", post_slug)
    return inside_site(layout.root, relative, setting=setting)


def _image_file(layout: SiteLayout, target: str) -> Path | None:
    """The site file an image link's (normalised, site-absolute) target is served from."""
    relative = target.lstrip("/")
    for root in [*layout.generator.served_roots(layout), layout.root]:
        candidate = root / relative
        if candidate.is_file():
            return candidate
    return None


def learn_image_folder(entries: Iterable[PostEntry], layout: SiteLayout) -> str | None:
    """The folder most of the newest posts' images live in, as a ``{slug}`` template.

    ``static/image`` when that is where a Hugo site keeps them; ``assets/img/{slug}``
    when each post has its own folder named after it. ``None`` when no image is found.
    """
    dated = sorted(
        (e for e in entries if e.date is not None),
        key=lambda e: e.date.timestamp() if e.date else 0.0,
        reverse=True,
    )
    # References are read on demand: only as many posts as it takes, newest first.
    newest = list(islice((e for e in dated if e.references), _LEARN_FROM_POSTS))
    folders: Counter[str] = Counter()
    for entry in newest:
        for ref in entry.references:
            target = normalise_target(ref.target, layout) if ref.image else None
            if target is None or not target.startswith("/"):
                continue
            file = _image_file(layout, target)
            if file is None:
                continue
            with contextlib.suppress(ValueError):
                parts = file.parent.relative_to(layout.root).parts
                named = ["{slug}" if part == entry.slug else part for part in parts]
                folders["/".join(named)] += 1
    return folders.most_common(1)[0][0] if folders else None


def _same_file(folder: Path, source: Path) -> Path | None:
    """A file in ``folder`` with exactly ``source``'s bytes, if there is one."""
    if not folder.is_dir():
        return None
    size = source.stat().st_size
    for candidate in sorted(folder.iterdir()):
        with contextlib.suppress(OSError):
            if (
                candidate.is_file()
                and candidate.stat().st_size == size
                and filecmp.cmp(candidate, source, shallow=False)
            ):
                return candidate
    return None


def alt_from_name(name: str) -> str:
    """Alt text from a file name: ``kyoto-temple_1.png`` gives ``kyoto temple 1``."""
    return re.sub(r"[-_\s]+", " ", Path(name).stem).strip()


def free_name(folder: Path, name: str) -> Path:
    """Return ``folder/name``, or ``name-2``, ``name-3``... if that name is taken (any case)."""
    taken = {p.lower() for p in (p.name for p in folder.iterdir())} if folder.is_dir() else set()
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem}-{number}.{suffix}" if suffix else f"{stem}-{number}"
    return folder / candidate


def site_url(layout: SiteLayout, file_path: Path) -> str:
    """Return the site-absolute URL path a file is served at (Hugo serves ``static/`` at ``/``)."""
    relative = file_path.relative_to(layout.root)
    for served in layout.generator.served_roots(layout):
        with contextlib.suppress(ValueError):
            relative = file_path.relative_to(served)
            break
    return "/" + relative.as_posix()


def copy_image(
    layout: SiteLayout,
    source: Path,
    post_slug: str,
    *,
    style: str = ABSOLUTE_STYLE,
    alt: str | None = None,
    folder_template: str | None = None,
    default_folder: str | None = None,
    learned_folder: str | None = None,
) -> ImageLink:
    """Copy ``source`` into the post's image folder under a safe, unused name.

    A file with the same bytes already there (whatever its name) is reused instead of
    copied twice. Returns the path and the Markdown image link written in ``style``
    (see :func:`link_style`), its alt text ``alt`` or else made from the file name.
    """
    if not source.is_file():
        raise SiteError(f"{str(source)!r} is not a file that can be copied.")
    if source.suffix.lower() not in _IMAGE_SUFFIXES:
        raise SiteError(
            f"{source.name!r} does not look like an image (expected one of "
            f"{', '.join(sorted(_IMAGE_SUFFIXES))})."
        )
    folder = image_folder(
        layout, post_slug, folder_template, default=default_folder, learned=learned_folder
    )
    name = safe_file_name(source.name)
    existing = _same_file(folder, source)
    created = existing is None
    if existing is not None:
        target = existing
    else:
        target = free_name(folder, name)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(source, target)
        except OSError as error:
            raise SiteError(
                f"Could not copy {source.name!r} into {str(folder)!r}: {error.strerror or error}."
            ) from error
    url = style.replace("{path}", site_url(layout, target))
    text = (alt if alt else alt_from_name(source.name)).replace("[", "(").replace("]", ")")
    text = " ".join(text.split())  # one line: a newline would end the link
    return ImageLink(path=target, url=url, markdown=f"![{text}]({url})", created=created)
