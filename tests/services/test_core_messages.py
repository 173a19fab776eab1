"""Core messages (problems, field checks, search errors, YAML errors) in Japanese."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from editor.core.post.field_types import check_fields
from editor.core.site.site import Site
from editor.core.site.site_errors import CoreText
from editor.core.site.text_search import SearchError, SearchQuery
from editor.resources import resource_path
from editor.services.error_text import describe_error, translate_text


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("kiji_ja", str(resource_path("translations")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_core_text_is_its_english_message() -> None:
    text = CoreText("The slug {slug} is also used by {others}.", slug="'a'", others="b.md")
    assert text == "The slug 'a' is also used by b.md."
    assert translate_text(text) == text  # no catalogue installed: English


def test_site_problems_are_shown_in_japanese(japanese, tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    (tmp_path / "_posts" / "2099-01-01-later.md").write_text(
        "---\ntitle: 未来\ndate: 2099-01-01 00:00:00 +0900\n---\n![x](/missing.png)\n", "utf-8"
    )
    (tmp_path / "_posts" / "2025-01-01-untitled.md").write_text("---\nlayout: post\n---\n")
    messages = [translate_text(p.message) for p in Site.open(tmp_path).check()]
    assert any("日付は未来の 2098-12-31" in m for m in messages), messages  # site time: UTC
    assert any(m.startswith("画像 '/missing.png' はサイト内にありません") for m in messages)
    assert any("タイトルがありません" in m for m in messages)
    assert not any(m.isascii() for m in messages), messages


def test_field_checks_and_search_errors_are_shown_in_japanese(japanese) -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    checks = check_fields({"title": "", "date": "later"}, None, now)
    assert [translate_text(m) for m in checks["title"]] == ["タイトルが空です。"]
    assert translate_text(checks["date"][0]).startswith("「later」は日付ではありません")
    with pytest.raises(SearchError) as raised:
        SearchQuery("(", regex=True).compile()
    assert describe_error(raised.value).startswith("正規表現の 1 文字目が正しくありません")


def test_yaml_errors_are_shown_in_japanese(japanese) -> None:
    message = (
        "The front matter is not valid YAML: could not find expected ':' "
        "(while scanning a simple key)."
    )
    assert (
        translate_text(message)
        == "フロントマターが正しい YAML ではありません（キーの後ろの「:」がありません）。"
    )
    unknown = "The front matter is not valid YAML: something new."
    assert (
        translate_text(unknown) == "フロントマターが正しい YAML ではありません（something new）。"
    )
    assert translate_text("Anything else.") == "Anything else."


@pytest.mark.parametrize(
    "front_matter",
    [
        "tags:\n\t- bad\n",  # a tab before a list item
        "a: 1\n\tb: 2\n",  # a tab in the indentation
        "title: a: b\n",  # a colon inside an unquoted value
        "  title: a\nlayout: post\n",  # the first key indented
        "tags: [a, b\n",  # a list never closed
        'title: "never closed\n',
        "a:\n  - 1\n - 2\n",  # a line indented differently
    ],
)
def test_the_site_index_yaml_errors_are_shown_in_japanese(
    japanese, tmp_path: Path, front_matter: str
) -> None:
    """The index reads with libyaml (PyYAML's C loader), which words problems its own way;
    the Problems list shows them, so none may stay in English."""
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    (tmp_path / "_posts" / "2025-01-01-x.md").write_text(f"---\n{front_matter}---\n本文\n", "utf-8")
    messages = [translate_text(p.message) for p in Site.open(tmp_path).check()]
    yaml_messages = [m for m in messages if "YAML" in m]
    assert yaml_messages, messages
    for message in yaml_messages:
        problem = message.split("（", 1)[1] if "（" in message else ""
        assert not any("a" <= ch.lower() <= "z" for ch in problem.replace("YAML", "")), message


@pytest.mark.parametrize(
    "front_matter",
    [
        'title = "x"\ntags = ["a"\n',  # a list never closed
        'title "x"\n',  # no "="
        'title = "x" y\n',  # something after the value
        "title = x\n",  # text without quotes
        'title = "x\n',  # a quote never closed
        'title = "x"\ntitle = "y"\n',  # a key twice
        "t = {a = 1\n",  # an inline table never closed
    ],
)
def test_toml_front_matter_errors_are_shown_in_japanese(
    japanese, tmp_path: Path, front_matter: str
) -> None:
    """Hugo posts with +++ front matter are read with tomllib; its problems too."""
    (tmp_path / "hugo.toml").write_text('title = "t"\n', "utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "posts" / "x.md").write_text(f"+++\n{front_matter}+++\n本文\n", "utf-8")
    messages = [translate_text(p.message) for p in Site.open(tmp_path).check()]
    toml_messages = [m for m in messages if "TOML" in m]
    assert toml_messages, messages
    for message in toml_messages:
        assert not any("a" <= ch.lower() <= "z" for ch in message.replace("TOML", "")), message


@pytest.mark.parametrize(
    ("front_matter", "line"),
    [
        ('{\n  "title": "x",\n}\n', 3),  # a "," left before "}"
        ('{\n  "title" "x"\n}\n', 2),  # no ":"
        ('{\n  "title": "x"\n  "draft": true\n}\n', 3),  # no "," between entries
        ('{\n  "title": x\n}\n', 2),  # text without quotes
        ('{\n  "title": "x\n}\n', 2),  # a quote never closed
        ('{\n  "title": "a\\qb"\n}\n', 2),  # a backslash that escapes nothing
    ],
)
def test_json_front_matter_errors_are_reported_in_japanese(
    japanese, tmp_path: Path, front_matter: str, line: int
) -> None:
    """Hugo reads a post that starts with "{" as JSON front matter; one that cannot be
    read is a problem on its line, in the writer's language, not a post without one."""
    (tmp_path / "hugo.toml").write_text('title = "t"\n', "utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    post = tmp_path / "content" / "posts" / "x.md"
    post.write_text(f"{front_matter}本文\n", "utf-8")
    problems = [p for p in Site.open(tmp_path).check() if "JSON" in p.message]
    assert [(p.path, p.line) for p in problems] == [(post, line)]
    message = translate_text(problems[0].message)
    words = message.replace("JSON", "").replace("\\n", "").replace("\\t", "")  # (escapes)
    assert not any("a" <= ch.lower() <= "z" for ch in words), message


def test_liquid_at_the_top_of_a_jekyll_post_is_no_json_problem(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    for name, text in (("a", "{% raw %}x{% endraw %}\n"), ("b", "{{ site.title }}\n")):
        (tmp_path / "_posts" / f"2025-01-01-{name}.md").write_text(text, "utf-8")
    assert not [p for p in Site.open(tmp_path).check() if "JSON" in p.message]


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_a_front_matter_never_closed_is_reported_in_japanese(
    japanese, tmp_path: Path, fence: str
) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    (tmp_path / "_posts" / "2025-01-01-x.md").write_text(f"{fence}\ntitle: x\n本文\n", "utf-8")
    messages = [translate_text(p.message) for p in Site.open(tmp_path).check()]
    unclosed = [m for m in messages if fence in m]
    assert unclosed, messages
    assert not any("a" <= ch.lower() <= "z" for ch in unclosed[0]), unclosed[0]


@pytest.mark.parametrize("first_line", ["{{ .Title }}", '{{< figure src="a.png" >}}', "{x}"])
def test_a_hugo_file_starting_with_a_brace_that_is_not_json_is_reported(
    japanese, tmp_path: Path, first_line: str
) -> None:
    """Hugo reads any leading "{" as JSON front matter and fails the build when it is not
    (hugo 0.111: "unmarshal failed: invalid character '{' looking for beginning of object
    key string"); Jekyll reads it as text (see the Liquid test above)."""
    (tmp_path / "hugo.toml").write_text('title = "t"\n', "utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    post = tmp_path / "content" / "posts" / "x.md"
    post.write_text(f"{first_line}\n本文\n", "utf-8")
    problems = [p for p in Site.open(tmp_path).check() if "Hugo" in p.message]
    assert [(p.path, p.line) for p in problems] == [(post, 1)]
    message = translate_text(problems[0].message)
    assert not any(
        "a" <= ch.lower() <= "z" for ch in message.replace("Hugo", "").replace("JSON", "")
    ), message


def test_a_hugo_file_with_json_front_matter_is_no_problem(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "t"\n', "utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "content" / "posts" / "x.md").write_text('{\n  "title": "秋"\n}\n本文\n', "utf-8")
    site = Site.open(tmp_path)
    assert not [p for p in site.check() if "JSON" in p.message or "Hugo" in p.message]
    assert [entry.title for entry in site.entries.values()] == ["秋"]


def test_a_jekyll_post_starting_with_broken_json_is_text_not_a_problem(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    (tmp_path / "_posts" / "2025-01-01-x.md").write_text('{"a": 1,}\n本文\n', "utf-8")
    assert not [p for p in Site.open(tmp_path).check() if "JSON" in p.message]


def test_checking_one_hugo_file_before_saving_reports_a_brace_that_is_not_json(
    tmp_path: Path,
) -> None:
    from editor.core.site.site_checks import check_file

    (tmp_path / "hugo.toml").write_text('title = "t"\n', "utf-8")
    (tmp_path / "content" / "posts").mkdir(parents=True)
    post = tmp_path / "content" / "posts" / "x.md"
    post.write_text('{\n  "title": "x",\n}\n本文\n', "utf-8")
    layout = Site.open(tmp_path).layout
    assert [(p.line, "JSON" in p.message) for p in check_file(post, layout)] == [(3, True)]
    post.write_text("{{ .Title }}\n", "utf-8")
    assert [(p.line, "Hugo" in p.message) for p in check_file(post, layout)] == [(1, True)]
