"""The posts panel's filter over a real model and a real table view.

The filter keeps its own list of shown rows instead of asking Qt to ask each row; these
tests hold it to what a ``QSortFilterProxyModel`` gives a view: the rows that pass, in the
model's order, and the selection and current row kept across filtering, sorting, rows
coming and going.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from editor.core.site.post_entries import PostEntry
from editor.core.text.kana_match import search_fold
from editor.ui.site.post_filter import PostFilterProxy
from editor.ui.site.post_list_model import DATE, TITLE, PostListModel

TOKYO = timezone(timedelta(hours=9))
TITLES = ["京都の秋", "ラーメン日記", "Llama 3 の性能", "冬の文房具", "ＡＩの未来", "Kyoto notes"]


def entry(
    number: int, title: str, status: str = "published", tags: tuple[str, ...] = ()
) -> PostEntry:
    """A listed post as the index makes one (only what the panel reads is set)."""
    return PostEntry(
        path=Path(f"/site/_posts/2025-01-01-post-{number}.md"),
        kind="post",
        title=title,
        date=datetime(2025, 1, 1, tzinfo=TOKYO) + timedelta(days=number),
        draft=status == "draft",
        status=status,  # type: ignore[arg-type]
        slug=f"post-{number}",
        tags=tags,
    )


def setup(entries: list[PostEntry]) -> tuple[PostListModel, PostFilterProxy]:
    model = PostListModel()
    model.set_entries(entries)
    proxy = PostFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown_paths(proxy: PostFilterProxy) -> list[Path]:
    model = proxy.sourceModel()
    return [
        model.entry_at(proxy.mapToSource(proxy.index(r, 0)).row()).path
        for r in range(proxy.rowCount())
    ]


def expected_paths(
    model: PostListModel, status: str, needle: str, texts: frozenset[Path]
) -> list[Path]:
    """What the filter must show: every row of the model, in its order, that passes."""
    rows = [model.entry_at(r) for r in range(model.rowCount())]
    return [
        e.path
        for e in rows
        if (not status or e.status == status)
        and (not needle or search_fold(needle) in search_fold(e.title) or e.path in texts)
    ]


def test_the_current_row_and_selection_stay_on_their_post_through_filtering(qapp) -> None:
    model, proxy = setup([entry(n, TITLES[n % len(TITLES)]) for n in range(30)])
    view = QTableView()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)  # as the panel's
    view.setModel(proxy)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    kyoto = model.row_of(Path("/site/_posts/2025-01-01-post-12.md"))
    assert kyoto is not None
    view.setCurrentIndex(proxy.mapFromSource(model.index(kyoto, TITLE)))
    proxy.set_search("京都")
    assert proxy.rowCount() == 5
    current = view.currentIndex()
    assert current.isValid() and current.data() == "京都の秋"
    assert proxy.mapToSource(current).row() == kyoto
    assert view.selectionModel().isRowSelected(current.row(), QModelIndex())
    proxy.set_search("")
    assert proxy.rowCount() == 30
    assert proxy.mapToSource(view.currentIndex()).row() == kyoto  # back where it was
    proxy.set_search("ラーメン")  # the current post is filtered out: no current row
    assert not view.currentIndex().isValid()


def test_a_resort_keeps_the_current_post_and_the_filter(qapp) -> None:
    model, proxy = setup([entry(n, TITLES[n % len(TITLES)]) for n in range(30)])
    view = QTableView()
    view.setModel(proxy)
    proxy.set_search("kyoto")
    view.setCurrentIndex(proxy.index(2, TITLE))
    path = model.entry_at(proxy.mapToSource(view.currentIndex()).row()).path
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.entry_at(proxy.mapToSource(view.currentIndex()).row()).path == path
    assert shown_paths(proxy) == expected_paths(model, "", "kyoto", frozenset())
    dates = [
        model.entry_at(proxy.mapToSource(proxy.index(r, 0)).row()).date
        for r in range(proxy.rowCount())
    ]
    assert dates == sorted(dates, reverse=True)


def test_rows_that_come_change_and_go_are_filtered_as_they_arrive(qapp) -> None:
    posts = [entry(n, TITLES[n % len(TITLES)]) for n in range(12)]
    model, proxy = setup(posts)
    proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
    proxy.set_search("京都")
    new = entry(40, "京都の冬")
    renamed = replace(posts[3], title="京都で食べたラーメン")  # now passes
    gone = posts[0]  # 京都の秋: passes, then is deleted
    entries = {e.path: e for e in posts if e is not gone} | {new.path: new, renamed.path: renamed}
    model.update_paths([new.path, renamed.path, gone.path], entries)
    assert new.path in shown_paths(proxy) and renamed.path in shown_paths(proxy)
    assert gone.path not in shown_paths(proxy)
    assert shown_paths(proxy) == expected_paths(model, "", "京都", frozenset())
    assert shown_paths(proxy)[0] == new.path  # the newest, in its sorted place


def test_full_text_matches_join_the_title_matches(qapp) -> None:
    posts = [entry(n, TITLES[n % len(TITLES)]) for n in range(12)]
    model, proxy = setup(posts)
    proxy.set_search("哲学の道")
    assert proxy.rowCount() == 0
    proxy.add_text_matches("哲学の道", frozenset({posts[4].path, posts[9].path}))
    assert shown_paths(proxy) == expected_paths(
        model, "", "哲学の道", frozenset({posts[4].path, posts[9].path})
    )
    assert proxy.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"


operations = st.lists(
    st.one_of(
        st.tuples(st.just("search"), st.sampled_from(["", "京都", "の", "llama", "kyoto", "冬の"])),
        st.tuples(st.just("status"), st.sampled_from(["", "draft", "published"])),
        st.tuples(st.just("texts"), st.sets(st.integers(0, 30), max_size=6)),
        st.tuples(st.just("sort"), st.sampled_from([0, 1]), st.booleans()),
        st.tuples(st.just("add"), st.integers(31, 60), st.sampled_from(TITLES)),
        st.tuples(st.just("remove"), st.integers(0, 60)),
        st.tuples(st.just("retitle"), st.integers(0, 60), st.sampled_from(TITLES)),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(ops=operations)
def test_the_shown_rows_are_always_the_passing_rows_in_the_models_order(qapp, ops) -> None:
    posts = {
        e.path: e
        for e in (
            entry(n, TITLES[n % len(TITLES)], "draft" if n % 4 == 0 else "published")
            for n in range(20)
        )
    }
    model, proxy = setup(list(posts.values()))
    status, needle, texts = "", "", frozenset[Path]()
    told: list[int] = []  # source rows the filter told the view changed

    def forwarded(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        told.extend(proxy.source_rows()[top.row() : bottom.row() + 1])

    def changed(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        shown = [r for r in proxy.source_rows() if top.row() <= r <= bottom.row()]
        assert told == shown  # each changed row shown, and only those
        told.clear()

    proxy.dataChanged.connect(forwarded)
    model.dataChanged.connect(changed)  # after the filter's own connection: runs after it
    for op in ops:
        if op[0] == "search":
            if op[1] != needle:  # a new search drops the old text matches
                texts = frozenset()
            needle = op[1]
            proxy.set_search(needle)
        elif op[0] == "status":
            status = op[1]
            proxy.set_status(status)
        elif op[0] == "texts":
            texts = frozenset(entry(n, "").path for n in op[1])
            proxy.add_text_matches(needle, texts)
            texts = texts if needle else frozenset()
        elif op[0] == "sort":
            order = Qt.SortOrder.DescendingOrder if op[2] else Qt.SortOrder.AscendingOrder
            proxy.sort(op[1], order)
        else:
            number = op[1]
            path = entry(number, "").path
            if op[0] == "add":
                posts[path] = entry(number, op[2])
            elif op[0] == "remove":
                posts.pop(path, None)
            elif path in posts:
                posts[path] = replace(posts[path], title=op[2])
            model.update_paths([path], posts)
        assert shown_paths(proxy) == expected_paths(model, status, needle, texts)
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 1))
            assert proxy.mapFromSource(source).row() == row
