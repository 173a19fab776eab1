"""Interface language: Kiji's own catalogue plus Qt's (standard buttons, file dialogs)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources import resource_path

SUPPORTED_LANGUAGES = ("en", "ja")


def choose_language(preference: str | None = None) -> str:
    """The UI language: ``KIJI_LANG``, else the preference, else the system's, else English."""
    for candidate in (os.environ.get("KIJI_LANG"), preference):
        if candidate and candidate != "system":
            code = candidate.split("_")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogues for ``language`` into ``app``; returns them (keep them alive).

    English is the source language, so it needs no catalogue. A missing catalogue (for
    example a checkout where ``make`` has not built the ``.qm`` yet) leaves the UI in
    English rather than failing.
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    QLocale.setDefault(QLocale(language))
    sources = (
        (f"kiji_{language}", str(resource_path("translations"))),
        (f"qt_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
