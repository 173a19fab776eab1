"""Interface language: Kiji's own catalogue plus Qt's (standard buttons, file dialogs)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources import resource_path

SUPPORTED_LANGUAGES = ("en", "ja")


LANGUAGE_CHOICES = ("system", "en", "ja")
"""The language preference's values: the system's, English, Japanese."""


def choose_language(preference: str | None = None, *, prefer_setting: bool = False) -> str:
    """The UI language: ``KIJI_LANG``, else the preference, else the system's, else English.

    ``prefer_setting``: the preference (unless ``system``) wins over ``KIJI_LANG``, for a
    choice the writer has just made.
    """
    candidates = [os.environ.get("KIJI_LANG"), preference]
    if prefer_setting:
        candidates.reverse()
    for candidate in candidates:
        if candidate and candidate != "system":
            code = candidate.split("_")[0].lower()
            if code in SUPPORTED_LANGUAGES:
                return code
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogues for ``language`` into ``app``; returns them (keep them alive).

    English is the source language; its catalogue holds only the plural forms ("1 word",
    "2 words"). A missing catalogue (for example a checkout where ``make`` has not built
    the ``.qm`` yet) leaves the UI in English rather than failing.
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
    sources = [(f"kiji_{language}", str(resource_path("translations")))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources += [(f"qt_{language}", qt_folder), (f"qtbase_{language}", qt_folder)]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
