"""Hugo archetypes filled as ``hugo new`` fills them, for the expressions sites use."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from hypothesis import given
from hypothesis import strategies as st

from editor.core.site.archetype import (
    ArchetypeValues,
    evaluate,
    fill_archetype,
    find_archetype,
    go_format,
)
from tests.core.site_fixtures import write

WHEN = datetime(2025, 6, 2, 9, 5, 7, tzinfo=ZoneInfo("Asia/Tokyo"))
VALUES = ArchetypeValues(name="autumn-in-kyoto", title="京都の秋", when=WHEN, section="entry")


def test_the_common_expressions() -> None:
    assert evaluate(".Date", VALUES) == "2025-06-02T09:05:07+09:00"
    assert evaluate('replace .Name "-" " " | title', VALUES) == "Autumn In Kyoto"
    assert evaluate('.Date.Format "2006-01-02"', VALUES) == "2025-06-02"
    assert evaluate('now.Format "Jan 2006"', VALUES) == "Jun 2025"
    assert evaluate(".File.ContentBaseName | humanize", VALUES) == "Autumn in kyoto"
    assert evaluate(".Title", VALUES) == "京都の秋"
    assert evaluate(".Section | upper", VALUES) == "ENTRY"


def test_go_layouts_with_offsets() -> None:
    assert go_format(WHEN, "2006-01-02T15:04:05Z07:00") == "2025-06-02T09:05:07+09:00"
    assert go_format(WHEN, "2006-01-02 15:04:05 -0700") == "2025-06-02 09:05:07 +0900"


def test_a_filled_toml_archetype_parses_and_unknown_expressions_become_empty() -> None:
    text = (
        '+++\ntitle = "{{ replace .Name "-" " " | title }}"\ndate = {{ .Date }}\n'
        'cover = "{{ .Site.Params.cover }}"\n{{/* a comment */}}\ndraft = true\n+++\n'
    )
    data = tomllib.loads(fill_archetype(text, VALUES).strip("+\n"))
    assert data["title"] == "Autumn In Kyoto" and data["date"] == WHEN and data["cover"] == ""


@given(st.text(min_size=1, max_size=30).filter(lambda t: "\n" not in t and "\r" not in t))
def test_any_title_is_escaped_for_the_string_it_lands_in(title: str) -> None:
    values = ArchetypeValues(name="x", title=title, when=WHEN)
    toml = tomllib.loads(fill_archetype('title = "{{ .Title }}"\n', values))
    assert toml["title"] == title
    single = yaml.safe_load(fill_archetype("title: '{{ .Title }}'\n", values))
    printable = "".join(c for c in title if c.isprintable() or c == " ")
    assert (single["title"] or "") == printable  # single quotes have no escapes


def test_the_sections_archetype_then_the_default(tmp_path: Path) -> None:
    write(tmp_path / "archetypes" / "default.md", "default")
    assert find_archetype(tmp_path, "entry") == "default"
    write(tmp_path / "archetypes" / "entry.md", "entry")
    assert find_archetype(tmp_path, "entry") == "entry"
    assert find_archetype(tmp_path / "none", "entry") == ""
