"""Off-the-record QtWebEngine profiles whose lifetime is tied to their page.

A profile must outlive every page that uses it: deleting it first prints "Release of
profile requested but WebEnginePage still not deleted" and crashes the process at exit.
Qt deletes an object's children in the order they were adopted, so the profile is
adopted by the page's parent *after* the page: whoever deletes the parent deletes the
page first, then the profile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile


def private_page(
    parent: QObject | None,
    page_class: type[QWebEnginePage] = QWebEnginePage,
    *owned_by_profile: QObject,
) -> QWebEnginePage:
    """Return a new page with its own off-the-record profile, both owned by ``parent``.

    ``owned_by_profile`` objects (URL scheme handlers, request interceptors) are
    re-parented to the profile so they live exactly as long as it does.
    """
    profile = QWebEngineProfile()  # no storage name: off the record, nothing kept on disk
    page = page_class(profile, parent)
    profile.setParent(parent)  # after the page, so deleted after it
    for owned in owned_by_profile:
        owned.setParent(profile)
    return page
