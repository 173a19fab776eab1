"""The first index build reports its progress and streams the entries it has read."""

from __future__ import annotations

import threading
from pathlib import Path

from editor.services.site_index import SiteIndex
from editor.services.site_index_jobs import Progress, Relay, build_job
from tests.core.site_fixtures import make_jekyll_site, write


def _site_with_posts(root: Path, count: int) -> Path:
    make_jekyll_site(root)
    for number in range(count):
        write(root / "_posts" / f"2024-01-{number % 28 + 1:02d}-p{number}.md",
              f"---\ntitle: Post {number}\n---\nbody\n")  # fmt: skip
    return root


def test_build_job_sends_every_entry_once_in_order_of_reading(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 30)
    relay = Relay()
    reports: list[Progress] = []
    built: list[object] = []
    relay.progress.connect(reports.append)
    relay.built.connect(built.append)
    build_job(root, None, relay, batch_seconds=0.0)
    qtbot.waitUntil(lambda: bool(built))
    site = built[0][0]
    total = len(site.index_files())
    assert reports[0] == Progress(0, total)  # the total is known before reading starts
    assert [p.read for p in reports[1:]] == list(range(1, total + 1))
    streamed = [entry.path for p in reports for entry in p.entries]
    assert sorted(streamed) == sorted(site.entries) and len(streamed) == len(set(streamed))


def test_batches_are_grouped_by_time_not_sent_per_file(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 30)
    relay = Relay()
    reports: list[Progress] = []
    relay.progress.connect(reports.append)
    build_job(root, None, relay, batch_seconds=3600.0)  # nothing is slow enough to split
    assert len(reports) == 2 and reports[-1].read == reports[-1].total
    assert len(reports[-1].entries) == reports[-1].total


def test_the_service_relays_progress_only_for_the_first_build(qtbot, tmp_path: Path) -> None:
    root = _site_with_posts(tmp_path / "blog", 12)
    service = SiteIndex(root)
    progress: list[tuple[int, int]] = []
    arrived: list[int] = []
    service.progress.connect(lambda read, total: progress.append((read, total)))
    service.entriesArrived.connect(lambda entries: arrived.append(len(entries)))
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()
    assert progress and progress[-1][0] == progress[-1][1]
    assert sum(arrived) == progress[-1][1]
    progress.clear()
    with qtbot.waitSignal(service.ready, timeout=10_000):
        service.start()  # a rebuild (the configuration changed): the list is already full
    assert progress == []
    service.close()


def test_the_build_job_waits_for_the_ui_to_take_the_index_in(qtbot, tmp_path: Path) -> None:
    """Its Python-heavy rest (the vocabulary, the saved index) must not compete with the
    list's thousands of calls into Python while the UI thread fills it."""
    root = _site_with_posts(tmp_path / "blog", 5)
    relay = Relay()
    built: list[object] = []
    learnt: list[object] = []
    relay.built.connect(built.append)
    relay.vocabulary.connect(learnt.append)
    taken_in = threading.Event()
    worker = threading.Thread(target=build_job, args=(root, None, relay, None, None, taken_in))
    worker.start()
    qtbot.waitUntil(lambda: bool(built))
    qtbot.wait(300)
    assert not learnt and worker.is_alive()
    taken_in.set()
    qtbot.waitUntil(lambda: bool(learnt))
    worker.join(10)
    assert not worker.is_alive()


def test_the_index_lets_its_build_job_go_on_once_ready_was_handled(qtbot, tmp_path: Path) -> None:
    index = SiteIndex(_site_with_posts(tmp_path / "blog", 5))
    with qtbot.waitSignal(index.vocabularyChanged, timeout=10_000):
        index.start()
    assert index.is_ready()
    index.close()
