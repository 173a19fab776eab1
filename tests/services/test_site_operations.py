"""Site operations change the files and say so: moved, created, deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.site.site import Site
from editor.core.site.site_errors import SiteError
from editor.services.site_operations import NoSiteError, SiteOperations
from tests.core.site_fixtures import make_jekyll_site, write


@pytest.fixture
def site(tmp_path: Path) -> Site:
    root = make_jekyll_site(tmp_path / "blog")
    write(root / "_drafts" / "idea.md", '---\ntitle: "Idea"\n---\nText\n')
    return Site.open(root)


def test_each_operation_changes_the_file_and_announces_it(site: Site, qtbot) -> None:
    operations = SiteOperations(lambda: site)
    moved: list[tuple[Path, Path]] = []
    created: list[Path] = []
    deleted: list[Path] = []
    operations.moved.connect(lambda old, new: moved.append((old, new)))
    operations.created.connect(created.append)
    operations.deleted.connect(deleted.append)

    draft = site.root / "_drafts" / "idea.md"
    published = operations.publish(draft)
    assert published.exists() and not draft.exists() and moved == [(draft, published)]
    renamed = operations.change_slug(published, "better-idea")
    assert renamed.name.endswith("better-idea.md") and moved[-1] == (published, renamed)
    copy = operations.duplicate(renamed)
    assert copy.exists() and created == [copy]
    operations.delete(copy)
    assert not copy.exists() and deleted == [copy]
    back = operations.unpublish(renamed)
    assert back.parent.name == "_drafts" and moved[-1] == (renamed, back)


def test_a_refused_operation_announces_nothing(site: Site, qtbot) -> None:
    operations = SiteOperations(lambda: site)
    moved: list[object] = []
    operations.moved.connect(lambda *args: moved.append(args))
    draft = site.root / "_drafts" / "idea.md"
    with pytest.raises(SiteError):
        operations.rename(draft, site.root / "_posts" / "../../outside.md")
    assert moved == [] and draft.exists()


def test_without_a_site_it_says_so(qtbot) -> None:
    with pytest.raises(NoSiteError):
        SiteOperations(lambda: None).publish(Path("a.md"))
