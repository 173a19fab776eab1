"""Find in Site's service: searches in a worker, streams matches, the newest query wins."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.core.site.text_search import FileHit, SearchError, SearchQuery
from editor.services.site_search import SiteSearchService
from tests.core.site_fixtures import make_jekyll_site, write

TIMEOUT_MS = 10000


@pytest.fixture
def service(qtbot):
    searcher = SiteSearchService()
    yield searcher
    searcher.shutdown()


def _collect(service: SiteSearchService) -> list[list[FileHit]]:
    batches: list[list[FileHit]] = []
    service.hits.connect(batches.append)
    return batches


def test_matches_stream_in_from_a_worker(qtbot, service, tmp_path: Path, monkeypatch) -> None:
    import editor.services.site_search as module

    root = make_jekyll_site(tmp_path / "blog")
    for number in range(30):
        write(root / "_posts" / f"2025-01-{number % 28 + 1:02d}-p{number}.mkdn", "---\n---\n紅葉\n")
    threads: list[str] = []
    real_search = module.search_files

    def recording(*args, **kwargs):
        threads.append(threading.current_thread().name)
        yield from real_search(*args, **kwargs)

    monkeypatch.setattr(module, "search_files", recording)
    batches = _collect(service)
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS) as done:
        service.search(root, SearchQuery("紅葉"))
    assert done.args == [30]
    assert sum(len(batch) for batch in batches) == 30
    assert len(batches[0]) == 1  # the first match is not held back for a batch
    assert {hit.path.suffix for batch in batches for hit in batch} == {".mkdn"}
    assert threads and threads[0].startswith("kiji-site-search")
    assert not service.is_running()


def test_a_new_query_cancels_the_search_under_way(qtbot, service, tmp_path: Path) -> None:
    root = make_jekyll_site(tmp_path / "blog")
    for number in range(300):
        write(root / "_posts" / f"2025-02-{number % 28 + 1:02d}-p{number}.md", "old old\n" * 50)
    write(root / "_posts" / "2025-03-01-new.md", "new\n")
    batches = _collect(service)
    finished: list[int] = []
    service.finished.connect(finished.append)
    service.search(root, SearchQuery("old"))
    with qtbot.waitSignal(service.finished, timeout=TIMEOUT_MS):
        service.search(root, SearchQuery("new"))
    qtbot.wait(100)
    assert finished == [1]
    assert [hit.line_text for batch in batches for hit in batch] == ["new"]


def test_a_query_that_cannot_run_is_refused_at_once(service, tmp_path: Path) -> None:
    with pytest.raises(SearchError):
        service.search(tmp_path, SearchQuery(""))
    with pytest.raises(SearchError):
        service.search(tmp_path, SearchQuery("(", regex=True))
    assert not service.is_running()


def test_a_site_that_cannot_be_read_fails_in_plain_words(qtbot, service, tmp_path: Path) -> None:
    with qtbot.waitSignal(service.failed, timeout=TIMEOUT_MS) as failed:
        service.search(tmp_path / "gone", SearchQuery("x"))
    assert "gone" in failed.args[0]
