"""The File ▸ Open Recent menu, built from :class:`~editor.services.recent_sites.RecentSites`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from editor.services.recent_sites import RecentSites


def fill_recent_menu(
    menu: QMenu, recent: RecentSites, open_folder: Callable[[Path], None], parent: QWidget
) -> None:
    """Rebuild ``menu`` with one entry per recent folder and a Clear entry."""
    menu.clear()
    folders = recent.folders()
    for number, folder in enumerate(folders, start=1):
        label = f"&{number} {folder.name} — {folder.parent}" if number < 10 else folder.name
        action = menu.addAction(label)
        action.setToolTip(str(folder))
        action.triggered.connect(lambda _checked=False, f=folder: open_folder(f))
    if not folders:
        empty = menu.addAction(QCoreApplication.translate("RecentSites", "No recent folders"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RecentSites", "Clear Recent Folders"))
    clear.setEnabled(bool(folders))
    clear.triggered.connect(recent.clear)
