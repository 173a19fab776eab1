"""Tests for editor.core.site.site_checks: every kind of problem, with file and line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from editor.core.site import site_checks
from editor.core.site.site import Site
from editor.core.site.site_layout import detect_layout
from editor.core.site.site_problems import DUPLICATE_SLUG
from tests.core.site_fixtures import make_hugo_site, make_jekyll_site, write

NOW = datetime(2026, 1, 15, 9, 30, tzinfo=ZoneInfo("Asia/Tokyo"))


def open_site(root: Path) -> Site:
    return Site.open(root, clock=lambda: NOW)


def kinds(problems: list[site_checks.Problem]) -> list[tuple[str, int, str]]:
    return [(p.path.name, p.line, p.kind) for p in problems]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_jekyll_site(tmp_path / "blog")


def test_clean_site_has_no_problems(root: Path) -> None:
    assert open_site(root).check() == []


def test_hugo_site_has_no_problems(tmp_path: Path) -> None:
    assert open_site(make_hugo_site(tmp_path / "hugo")).check() == []


def test_invalid_front_matter_reports_file_and_line(root: Path) -> None:
    write(root / "_posts" / "2025-01-01-bad.md", '---\ntitle: "ok"\ntags: [a, b\n---\nBody\n')
    problems = open_site(root).check()
    assert kinds(problems) == [("2025-01-01-bad.md", 4, site_checks.INVALID_FRONT_MATTER)]
    assert "not valid YAML" in problems[0].message


def test_unclosed_front_matter(root: Path) -> None:
    write(root / "_posts" / "2025-01-01-open.md", "---\ntitle: x\nno end\n")
    problems = open_site(root).check()
    assert kinds(problems) == [("2025-01-01-open.md", 1, site_checks.INVALID_FRONT_MATTER)]
    assert "never closed" in problems[0].message


def test_not_utf8_is_reported_not_crashing(root: Path) -> None:
    path = root / "_posts" / "2025-01-01-sjis.md"
    path.write_bytes("---\ntitle: x\n---\n日本語\n".encode("shift_jis"))
    problems = open_site(root).check()
    assert kinds(problems) == [("2025-01-01-sjis.md", 4, site_checks.INVALID_FRONT_MATTER)]
    assert "UTF-8" in problems[0].message


def test_tabs_in_yaml(root: Path) -> None:
    write(root / "_posts" / "2025-01-01-tab.md", "---\ntitle: x\ntags:\n\t- a\n---\nBody\n")
    found = kinds(open_site(root).check())
    assert ("2025-01-01-tab.md", 4, site_checks.YAML_TAB) in found


def test_filename_date_differs_from_date(root: Path) -> None:
    write(
        root / "_posts" / "2025-01-01-moved.md",
        "---\ntitle: x\ndate: 2025-01-03 10:00:00 +0900\n---\nBody\n",
    )
    problems = open_site(root).check()
    assert kinds(problems) == [("2025-01-01-moved.md", 3, site_checks.DATE_MISMATCH)]
    assert "2025-01-01" in problems[0].message and "2025-01-03" in problems[0].message


def test_date_compared_in_the_site_timezone(root: Path) -> None:
    # 20:00 UTC on the 1st is the 2nd in Tokyo: the file name must say the 2nd.
    write(
        root / "_posts" / "2025-01-02-tz.md",
        "---\ntitle: x\ndate: 2025-01-01 20:00:00 +0000\n---\nBody\n",
    )
    assert open_site(root).check() == []


def test_future_date_in_posts(root: Path) -> None:
    write(
        root / "_posts" / "2026-02-01-later.md",
        "---\ntitle: x\ndate: 2026-02-01 10:00:00 +0900\n---\nBody\n",
    )
    assert kinds(open_site(root).check()) == [("2026-02-01-later.md", 3, site_checks.FUTURE_DATE)]


def test_missing_title_and_bad_file_name(root: Path) -> None:
    write(root / "_posts" / "2025-01-01-untitled.md", "---\nlayout: post\n---\nBody\n")
    write(root / "_posts" / "no-date.md", '---\ntitle: "x"\n---\nBody\n')
    found = kinds(open_site(root).check())
    assert ("2025-01-01-untitled.md", 1, site_checks.MISSING_TITLE) in found
    assert ("no-date.md", 1, site_checks.BAD_FILE_NAME) in found


def test_duplicate_slugs_and_permalinks(root: Path) -> None:
    write(root / "_posts" / "2025-02-01-hello.md", '---\ntitle: "Again"\n---\nBody\n')
    write(root / "_posts" / "2025-02-02-other.md", '---\ntitle: "O"\npermalink: /about/\n---\n')
    problems = open_site(root).check()
    found = kinds(problems)
    assert ("2025-02-01-hello.md", 1, site_checks.DUPLICATE_SLUG) in found
    assert ("2025-11-02-hello.md", 1, site_checks.DUPLICATE_SLUG) in found
    slug_message = next(p.message for p in problems if p.path.name == "2025-02-01-hello.md")
    assert "_posts/2025-11-02-hello.md" in slug_message
    write(root / "_posts" / "2025-02-03-third.md", '---\ntitle: "T"\npermalink: /x/\n---\n')
    write(root / "_posts" / "2025-02-04-fourth.md", '---\ntitle: "F"\npermalink: /x/\n---\n')
    found = kinds(open_site(root).check())
    assert ("2025-02-03-third.md", 3, site_checks.DUPLICATE_PERMALINK) in found
    assert ("2025-02-04-fourth.md", 3, site_checks.DUPLICATE_PERMALINK) in found


def test_missing_images_and_broken_links(root: Path) -> None:
    write(
        root / "_posts" / "2025-03-01-links.md",
        '---\ntitle: "L"\n---\n\n'
        "![ok]({{ site.baseurl }}/assets/images/hello/cat.png)\n"
        "![gone](/assets/images/nope.png)\n"
        "[about](/about/) [post](/2025/11/02/hello/) [bad](/2020/01/01/missing/)\n"
        "[ext](https://example.com/x) [anchor](#top) [mail](mailto:a@b.c)\n"
        "{% post_url 2025-11-02-hello %} {% post_url 2019-01-01-nothing %}\n"
        "<img src=\"{{ '/assets/images/missing.png' | relative_url }}\">\n",
    )
    problems = open_site(root).check()
    assert kinds(problems) == [
        ("2025-03-01-links.md", 6, site_checks.MISSING_IMAGE),
        ("2025-03-01-links.md", 7, site_checks.BROKEN_LINK),
        ("2025-03-01-links.md", 9, site_checks.BROKEN_LINK),
        ("2025-03-01-links.md", 10, site_checks.MISSING_IMAGE),
    ]
    assert "/assets/images/nope.png" in problems[0].message


def test_invalid_config_reports_its_line(root: Path) -> None:
    (root / "_config.yml").write_text("title: x\nbad: [\n", encoding="utf-8")
    problems = site_checks.check_config(detect_layout(root))
    assert [(p.path.name, p.kind) for p in problems] == [("_config.yml", "invalid-config")]
    assert problems[0].line >= 2


def test_check_file_reports_front_matter_error(root: Path) -> None:
    path = write(root / "_drafts" / "x.md", "---\ntitle: [\n---\n")
    problems = site_checks.check_file(path, detect_layout(root))
    assert [(p.line, p.kind) for p in problems] == [(3, site_checks.INVALID_FRONT_MATTER)]


def test_translations_sharing_a_slug_are_not_conflicts_but_one_language_twice_is(
    tmp_path: Path,
) -> None:
    from editor.core.site.site import Site
    from tests.core.site.generator_sites import make_hugo_blog

    root = make_hugo_blog(tmp_path / "hugo")
    assert [p for p in Site.open(root).check() if p.kind == DUPLICATE_SLUG] == []
    # By file name too: posts/tea.md and posts/tea.en.md are one page in two languages.
    write(root / "content" / "ja" / "notes" / "tea.md", '+++\ntitle = "茶"\n+++\n')
    write(root / "content" / "ja" / "notes" / "tea.en.md", '+++\ntitle = "Tea"\n+++\n')
    assert [p for p in Site.open(root).check() if p.kind == DUPLICATE_SLUG] == []
    write(root / "content" / "ja" / "notes" / "cha.md", '+++\ntitle = "茶2"\nslug = "tea"\n+++\n')
    duplicates = [p.path.name for p in Site.open(root).check() if p.kind == DUPLICATE_SLUG]
    assert sorted(duplicates) == ["cha.md", "tea.md"]


def test_links_shown_in_code_are_not_checked(tmp_path: Path) -> None:
    from editor.core.site.post_entries import mask_code

    body = "a `![x](/no.png)` b\n\n```md\n![y](/no.png)\n```\n\n![z](/no.png)\n"
    masked = mask_code(body)
    assert len(masked) == len(body) and masked.count("\n") == body.count("\n")
    assert masked.count("/no.png") == 1 and "![z](/no.png)" in masked
    assert mask_code("a `stray\n\n![z](/no.png)") == "a `stray\n\n![z](/no.png)"
