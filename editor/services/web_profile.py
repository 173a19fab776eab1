"""Off-the-record QtWebEngine profiles owned by the one page that uses them.

A profile must outlive every page that uses it: deleting it first prints "Release of
profile requested but WebEnginePage still not deleted" and crashes the process at exit.
So each page gets a profile of its own, and the *page* owns it: a QObject's destructor
finishes before its children are deleted, so the page is always gone before its
profile, whoever deletes the page and in whatever order the rest goes. Nobody has to
remember a release helper for that.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

PageT = TypeVar("PageT", bound=QWebEnginePage)


def private_page(
    parent: QObject | None,
    page_class: type[PageT] = QWebEnginePage,  # type: ignore[assignment]
    *owned_by_profile: QObject,
) -> PageT:
    """Return a new page (a child of ``parent``) with its own off-the-record profile.

    The profile is a child of the page; ``owned_by_profile`` objects (URL scheme
    handlers, request interceptors) become children of the profile, so each lives exactly
    as long as what uses it.
    """
    profile = QWebEngineProfile()  # no storage name: off the record, nothing kept on disk
    page = page_class(profile, parent)
    profile.setParent(page)
    for owned in owned_by_profile:
        owned.setParent(profile)
    return page
