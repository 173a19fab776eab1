"""The files a post brings with it: the images it shows, for a commit of "this post"."""

from __future__ import annotations

from pathlib import Path

from editor.core.site.post_entries import PostEntry
from editor.core.site.site_layout import SiteLayout
from editor.core.site.site_urls import normalise_target


def referenced_images(entry: PostEntry, layout: SiteLayout) -> list[Path]:
    """The image files ``entry`` shows that exist inside the site, in the order it shows them.

    Site-absolute paths (``/assets/images/a.png``, ``{{ site.baseurl }}/…``) are looked up
    where the generator serves them from (its static folder, then the site root); relative
    ones next to the post (a Hugo page bundle) and then at the root.
    """
    roots = [layout.root]
    if layout.static_dir is not None:
        roots.insert(0, layout.static_dir)
    found: list[Path] = []
    for reference in entry.references:
        if not reference.image:
            continue
        target = normalise_target(reference.target, layout)
        if target is None:
            continue
        bases = roots if target.startswith("/") else [entry.path.parent, layout.root]
        for base in bases:
            candidate = (base / target.lstrip("/")).resolve()
            if candidate.is_file() and candidate.is_relative_to(layout.root.resolve()):
                if candidate not in found:
                    found.append(candidate)
                break
    return found
