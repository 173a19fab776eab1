"""Full-text search: the text cache (plain Python) and the worker-backed searcher."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.ui.site import post_search
from editor.ui.site.post_search import FullTextSearcher, SearchResult, TextCache

SEED = Path(__file__).parents[2] / "data" / "seed" / "2025-12-28-llama4.md"


def write_posts(folder: Path, texts: list[str]) -> list[Path]:
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"post-{number}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_cache_search_is_case_insensitive_and_sees_edits(tmp_path: Path) -> None:
    one, two = write_posts(tmp_path, ["Kyoto 紅葉 walk", "Tokyo at night"])
    cache = TextCache()
    assert cache.search([one, two], "KYOTO") == {one}
    assert cache.search([one, two], "紅葉") == {one}
    two.write_text("Tokyo and Kyoto, longer now", encoding="utf-8")
    os.utime(two, ns=(1, 1))  # a different mtime even on coarse clocks
    assert cache.search([one, two], "kyoto") == {one, two}


def test_cache_respects_its_budget_and_still_answers(tmp_path: Path) -> None:
    paths = write_posts(tmp_path, ["a" * 100 + " needle", "b" * 100])
    cache = TextCache(budget_chars=150)
    assert cache.search(paths, "needle") == {paths[0]}
    assert cache.used_chars <= 150
    assert cache.search(paths, "bbb") == {paths[1]}  # read from disk, over budget


def test_unreadable_and_vanished_files_do_not_match(tmp_path: Path) -> None:
    (path,) = write_posts(tmp_path, ["text"])
    cache = TextCache()
    assert cache.search([path], "text") == {path}
    path.unlink()
    assert cache.search([path, tmp_path / "never.md"], "text") == set()
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe broken utf-8 \x80 needle")
    assert cache.search([tmp_path / "bad.md"], "needle") == {tmp_path / "bad.md"}


words = st.sampled_from(["京都", "紅葉", "llama", "Llama", "モデル", "性能", " ", "\n", "a"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.lists(words, max_size=8).map("".join), min_size=1, max_size=6),
       needle=st.lists(words, min_size=1, max_size=2).map("".join),
       budget=st.sampled_from([0, 40, post_search.DEFAULT_BUDGET_CHARS]))  # fmt: skip
def test_search_agrees_with_a_plain_scan(
    tmp_path_factory, texts: list[str], needle: str, budget: int
) -> None:
    folder = tmp_path_factory.mktemp("posts")
    paths = write_posts(folder, texts)
    expected = {p for p, t in zip(paths, texts, strict=True) if needle.casefold() in t.casefold()}
    cache = TextCache(budget_chars=budget)
    assert cache.search(paths, needle) == expected
    assert cache.search(paths, needle) == expected  # again, from what the cache kept


def test_files_beyond_the_budget_without_the_needles_kanji_are_not_folded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_posts(tmp_path, ["京都の紅葉", "大阪の夜", "ｷｮｳﾄ 京都 KYOTO", "kyoto only"])
    folded: list[str] = []
    real_fold = post_search.fold

    def counting_fold(text: str) -> str:
        folded.append(text)
        return real_fold(text)

    monkeypatch.setattr(post_search, "fold", counting_fold)
    cache = TextCache(budget_chars=0)
    assert cache.search(paths, "キョウト 京都") == {paths[2]}
    assert "大阪の夜" not in folded and "kyoto only" not in folded  # lack 京都: not folded
    assert len(folded) == 3  # the needle and the two files holding 京都
    folded.clear()
    assert cache.search(paths, "kyoto") == {paths[2], paths[3]}  # no kanji: every file
    assert len(folded) == 1 + len(paths)


def test_searcher_answers_the_newest_query_and_narrows_correctly(tmp_path: Path, qtbot) -> None:
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed.replace("Llama 4", f"Llama {n}") for n in range(30)] + ["llama only", "other"]
    paths = write_posts(tmp_path, texts)
    searcher = FullTextSearcher()
    results: list[SearchResult] = []
    searcher.found.connect(results.append)
    for needle in ("l", "ll", "lla", "llam", "llama"):
        last = searcher.search(needle, paths)
    qtbot.waitUntil(lambda: bool(results) and results[-1].serial == last and results[-1].complete)
    assert all(result.serial == last for result in results)  # older answers never surface
    assert results[-1].paths == frozenset(paths[:31])
    # Narrowed from "llama": only the 30 seed copies hold "llama 2" ... but only one "llama 29".
    serial = searcher.search("llama 29", paths)
    qtbot.waitUntil(lambda: results[-1].serial == serial and results[-1].complete)
    assert results[-1].paths == {paths[29]}
    # Widening again searches everything, not only the previous matches.
    serial = searcher.search("other", paths)
    qtbot.waitUntil(lambda: results[-1].serial == serial and results[-1].complete)
    assert results[-1].paths == {paths[31]}
    searcher.shutdown()


def test_a_long_search_shows_its_matches_as_it_finds_them_in_the_lists_order(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(post_search, "FIRST_ANSWER_S", 0.0)  # a part after every file
    monkeypatch.setattr(post_search, "NEXT_ANSWER_S", 0.0)
    paths = write_posts(tmp_path, [f"post {n} {'京都' if n % 3 == 0 else ''}" for n in range(12)])
    newest_first = paths[::-1]
    searcher = FullTextSearcher(TextCache(budget_chars=0))  # read from disk: a big site
    results: list[SearchResult] = []
    searcher.found.connect(results.append)
    serial = searcher.search("京都", newest_first)
    qtbot.waitUntil(lambda: bool(results) and results[-1].complete)
    expected = [p for p in newest_first if int(p.stem.split("-")[1]) % 3 == 0]
    *parts, answer = results
    assert answer.complete and answer.serial == serial and answer.paths == frozenset(expected)
    assert not any(part.complete for part in parts)
    assert (
        [part.paths for part in parts]
        == [  # each part adds the next match
            frozenset(expected[:count]) for count in range(1, len(expected) + 1)
        ]
    )
    searcher.shutdown()


class GatedCache(TextCache):
    """A cache whose first read waits for the test, and which counts its reads."""

    def __init__(self) -> None:
        super().__init__(budget_chars=0)
        self.reads: list[str] = []
        self.gate = threading.Event()
        self.reading = threading.Event()

    def _text(self, path: Path, probe: bytes) -> str | None:
        self.reads.append(path.name)
        self.reading.set()
        self.gate.wait(10)
        return super()._text(path, probe)


def test_a_running_search_gives_way_to_the_newest_query(tmp_path: Path, qtbot) -> None:
    paths = write_posts(tmp_path, [f"post {n} kyoto" for n in range(50)])
    cache = GatedCache()
    searcher = FullTextSearcher(cache)
    results: list[SearchResult] = []
    searcher.found.connect(results.append)
    searcher.search("kyo", paths)
    assert cache.reading.wait(10)  # the first search is in its first file
    serial = searcher.search("post 7", paths[:5])
    cache.gate.set()
    qtbot.waitUntil(lambda: bool(results) and results[-1].serial == serial)
    assert results[-1].complete and results[-1].paths == frozenset()
    assert len(cache.reads) == 1 + 5  # "kyo" stopped after one file; then the five
    stop = searcher.search("", ())  # a search for nothing stops a search and answers
    qtbot.waitUntil(lambda: results[-1].serial == stop)
    searcher.shutdown()
