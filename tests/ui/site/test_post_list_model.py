"""The post list model and its sort/filter proxy, on real index entries of a real site."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor.core.site.site import Site
from editor.ui.site.post_filter import PostFilterProxy
from editor.ui.site.post_list_model import (
    DATE,
    NEWEST_FIRST,
    READING,
    STATUS,
    TAGS,
    TITLE,
    PostListModel,
)

KYOTO = "_posts/2025-11-16-kyoto-autumn.md"


def shown_titles(proxy: PostFilterProxy) -> list[str]:
    return [proxy.index(row, TITLE).data() for row in range(proxy.rowCount())]


def make(site_root: Path, qapp) -> tuple[Site, PostListModel, PostFilterProxy]:
    site = Site.open(site_root)
    model = PostListModel()
    model.set_entries(site.posts)
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    return site, model, proxy


def test_lists_posts_and_drafts_with_their_columns(site: Path, qapp) -> None:
    _, model, _ = make(site, qapp)
    assert model.rowCount() == 5  # 4 posts + 1 draft; about.md and index.md are pages
    row = model.row_of((site / KYOTO).resolve())
    assert row is not None
    assert model.index(row, TITLE).data() == "京都の秋、朝の散歩で見つけたもの"
    assert model.index(row, STATUS).data() == "Published"
    assert model.index(row, TAGS).data() == "京都, 写真, 紅葉"
    assert model.index(row, DATE).data()  # locale-formatted, not empty
    assert model.index(row, READING).data().endswith("min")
    draft = model.row_of((site / "_drafts/winter-stationery.md").resolve())
    assert model.index(draft, STATUS).data() == "Draft"
    assert model.index(draft, DATE).data() == ""


def test_sorts_by_date_title_and_status(site: Path, qapp) -> None:
    _, _, proxy = make(site, qapp)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    titles = shown_titles(proxy)
    assert titles[0].startswith("大規模言語モデル")
    assert titles[-1] == "冬に使いたい文房具"  # undated last
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert shown_titles(proxy)[0] == "冬に使いたい文房具"  # drafts first
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(proxy)[0] == "Five small tips for Jekyll writers"


def test_filters_by_status_tag_category_and_title(site: Path, qapp) -> None:
    _, _, proxy = make(site, qapp)
    proxy.set_status("draft")
    assert shown_titles(proxy) == ["冬に使いたい文房具"]
    proxy.set_status("")
    proxy.set_tag("jekyll")
    assert sorted(shown_titles(proxy)) == [
        "Five small tips for Jekyll writers",
        "Hello, Kiji: writing posts where they live",
    ]
    proxy.set_category("tools")
    assert shown_titles(proxy) == ["Five small tips for Jekyll writers"]
    proxy.set_tag("")
    proxy.set_category("")
    proxy.set_search("京都")
    assert shown_titles(proxy) == ["京都の秋、朝の散歩で見つけたもの"]
    proxy.set_search("FIVE small")  # case-insensitive
    assert shown_titles(proxy) == ["Five small tips for Jekyll writers"]


def test_full_text_matches_join_only_for_the_current_search(site: Path, qapp) -> None:
    _, _, proxy = make(site, qapp)
    kyoto = (site / KYOTO).resolve()
    proxy.set_search("哲学の道")
    assert shown_titles(proxy) == []
    proxy.add_text_matches("前の検索", frozenset({kyoto}))  # a stale answer is ignored
    assert shown_titles(proxy) == []
    proxy.add_text_matches("哲学の道", frozenset({kyoto}))
    assert shown_titles(proxy) == ["京都の秋、朝の散歩で見つけたもの"]
    proxy.set_search("哲学の道を")  # a new search drops the old text matches
    assert shown_titles(proxy) == []


def test_follows_changes_row_by_row(site: Path, qapp) -> None:
    site_obj, model, proxy = make(site, qapp)
    kyoto = site / KYOTO
    kyoto.write_text(kyoto.read_text(encoding="utf-8").replace("京都の秋", "奈良の秋", 1), "utf-8")
    new = site / "_posts/2025-12-30-new.md"
    new.write_text(
        '---\ntitle: "新しい記事"\ndate: 2025-12-30 10:00:00 +0900\n---\n本文\n', "utf-8"
    )
    draft = site / "_drafts/winter-stationery.md"
    draft.unlink()
    changed = site_obj.reindex([kyoto, new, draft])
    model.update_paths(changed, site_obj.entries)
    titles = {model.index(row, TITLE).data() for row in range(model.rowCount())}
    assert "奈良の秋、朝の散歩で見つけたもの" in titles and "新しい記事" in titles
    assert "冬に使いたい文房具" not in titles and len(titles) == 5
    proxy.set_search("奈良")
    assert shown_titles(proxy) == ["奈良の秋、朝の散歩で見つけたもの"]


def test_a_changed_date_moves_the_row_to_its_sorted_place(site: Path, qapp) -> None:
    site_obj, model, proxy = make(site, qapp)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    kyoto = site / KYOTO
    text = kyoto.read_text(encoding="utf-8").replace("2025-11-16 07:45", "2026-02-01 07:45", 1)
    kyoto.write_text(text, encoding="utf-8")
    model.update_paths(site_obj.reindex([kyoto]), site_obj.entries)
    assert shown_titles(proxy)[0] == "京都の秋、朝の散歩で見つけたもの"
    new = site / "_posts/2026-03-01-later.md"
    new.write_text('---\ntitle: "もっと後"\ndate: 2026-03-01 10:00:00 +0900\n---\n', "utf-8")
    model.update_paths(site_obj.reindex([new]), site_obj.entries)
    assert shown_titles(proxy)[:2] == ["もっと後", "京都の秋、朝の散歩で見つけたもの"]


def test_reading_column_shows_what_the_post_says_else_the_preferred_rate(
    tmp_path: Path, qapp
) -> None:
    from editor.core.text.stats import ReadingFormula

    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    body = "あ" * 900 + "\n"
    (tmp_path / "_posts" / "2025-01-01-written.md").write_text(
        "---\ntitle: written\nreading_time: 16\n---\n" + body, "utf-8"
    )
    (tmp_path / "_posts" / "2025-01-02-counted.md").write_text(
        "---\ntitle: counted\n---\n" + body, "utf-8"
    )
    _site, model, _proxy = make(tmp_path, qapp)
    shown = {
        model.index(row, 0).data(): model.index(row, READING).data()
        for row in range(model.rowCount())
    }
    assert shown == {"written": "16 min", "counted": "2 min"}  # 900 ÷ 500, rounded up
    model.set_reading_formula(ReadingFormula("prose", 300, 200))
    shown = {
        model.index(row, 0).data(): model.index(row, READING).data()
        for row in range(model.rowCount())
    }
    assert shown == {"written": "16 min", "counted": "3 min"}


def test_the_filter_folds_kana_and_width(tmp_path: Path, qapp) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text("title: t\n", "utf-8")
    for day, title in ((1, "札幌のラーメン"), (2, "ＡＩの未来"), (3, "機械学習入門")):
        (tmp_path / "_posts" / f"2025-01-0{day}-p{day}.md").write_text(
            f"---\ntitle: {title}\n---\n本文\n", "utf-8"
        )
    _site, _model, proxy = make(tmp_path, qapp)
    proxy.set_search("らーめん")
    assert shown_titles(proxy) == ["札幌のラーメン"]
    proxy.set_search("AI")
    assert shown_titles(proxy) == ["ＡＩの未来"]  # and not 機械学習: no romaji hits


def test_the_sites_newest_first_is_the_lists_date_order(tmp_path: Path, site: Path, qapp) -> None:
    """Filling with Site.posts skips the sort: both orders must be the same, ties included."""
    for name in ("b-same", "a-same", "c-same"):  # one date, three names
        (site / "_posts" / f"2024-03-03-{name}.md").write_text(
            f"---\ntitle: {name}\ndate: 2024-03-03 10:00:00 +0900\n---\n", encoding="utf-8"
        )
    (site / "_drafts" / "undated-two.md").write_text("---\ntitle: u2\n---\n", encoding="utf-8")
    opened = Site.open(site)  # built in name order; the app's build reads newest first
    posts = Site(opened.layout, dict(reversed(list(opened.entries.items())))).posts
    sorted_here = PostListModel()
    sorted_here.sort(*NEWEST_FIRST)
    sorted_here.set_entries(list(reversed(posts)))
    trusted = PostListModel()
    trusted.sort(*NEWEST_FIRST)
    trusted.set_entries(posts, sorted_by=NEWEST_FIRST)
    paths = [sorted_here.entry_at(row).path for row in range(sorted_here.rowCount())]
    assert paths == [trusted.entry_at(row).path for row in range(trusted.rowCount())]
    assert paths == [entry.path for entry in posts]
    same = [p.name for p in paths if "same" in p.name]
    assert same == ["2024-03-03-a-same.md", "2024-03-03-b-same.md", "2024-03-03-c-same.md"]
    assert trusted.row_of(paths[0]) == 0


def test_a_list_sorted_otherwise_sorts_what_it_is_given(site: Path, qapp) -> None:
    posts = Site.open(site).posts
    model = PostListModel()
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    model.set_entries(posts, sorted_by=NEWEST_FIRST)
    titles = [model.entry_at(row).title.casefold() for row in range(model.rowCount())]
    assert titles == sorted(titles)


def test_titles_are_folded_ahead_in_steps_for_the_first_search(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from editor.core.site.post_entries import PostEntry
    from editor.ui.site import post_list_model

    monkeypatch.setattr(post_list_model, "FOLDED_PER_STEP", 7)
    entries = [
        PostEntry(
            tmp_path / f"{n}.md",
            "post",
            f"タイトル {n}",
            datetime(2025, 1, 1),
            False,
            "published",
            f"s{n}",
        )
        for n in range(30)
    ]
    model = PostListModel()
    model.set_entries(entries)
    folds: list[str] = []
    real_fold = post_list_model.search_fold
    monkeypatch.setattr(post_list_model, "search_fold", lambda t: folds.append(t) or real_fold(t))
    model.fold_titles_ahead()
    assert model.folding_ahead and not folds  # nothing at once: in turns of the loop
    qtbot.waitUntil(lambda: not model.folding_ahead)
    assert sorted(folds) == sorted(e.title for e in entries)
    folds.clear()
    assert model.folded_titles(range(30))[3] == "たいとる 3"
    assert folds == []  # the search folds nothing more
