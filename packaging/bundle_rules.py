"""What goes into Kiji's frozen bundle and what is trimmed out of it.

Plain Python with no PyInstaller import, so that the rules can be tested on their own and
read in one place; ``kiji.spec`` applies them to PyInstaller's Analysis.

The trimming reasons, in short: PySide6 wheels carry every Qt module (QML, Quick, 3D,
Multimedia with FFmpeg, Charts, PDF, ...), Chromium's translations for 50+ languages and
the DevTools front end. Kiji uses widgets + QtWebEngine only, speaks English and Japanese,
and never opens DevTools.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePath

APP_NAME = "Kiji"
BUNDLE_ID = "org.kiji-editor.Kiji"
# The Qt Python modules Kiji imports, and those they import in turn (PySide6 loads
# QtPrintSupport with QtWebEngineWidgets). Every other PySide6.Qt* module is excluded.
QT_MODULES_USED = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtNetwork",
        "QtPrintSupport",
        "QtSvg",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
    }
)
# Python packages that must never ride along (test and dev tools, Tk).
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "IPython",
    "PyInstaller",
    # Kiji's Python code never opens a network connection (QtWebEngine brings its own TLS),
    # and hashlib's built-in SHA-2 serves content hashes: OpenSSL (2 MB packed) stays out.
    # The standard library imports both inside try/except ImportError.
    "ssl",
    "_ssl",
    "_hashlib",
)
# Chromium UI locales kept (qtwebengine_locales/<name>.pak) and Qt's own translations kept.
WEBENGINE_LOCALES = frozenset({"en-US", "ja"})
QT_TRANSLATION_LANGUAGES = frozenset({"en", "ja"})
QT_TRANSLATION_CATALOGS = frozenset({"qt", "qtbase", "qtwebengine"})
# Qt plugin folders with nothing for a widgets + WebEngine editor.
UNUSED_PLUGIN_DIRS = frozenset(
    {
        "assetimporters",
        "canbus",
        "designer",
        "egldeviceintegrations",
        "generic",
        "geometryloaders",
        "geoservices",
        "multimedia",
        "position",
        "qmllint",
        "qmlls",
        "qmltooling",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "scxmldatamodel",
        "sensors",
        "sqldrivers",
        "texttospeech",
        "tls",  # QtNetwork's TLS: Kiji's only web traffic goes through Chromium's own TLS
        "webview",
    }
)
# Platform plugins for framebuffers and remote screens: never a writer's desktop.
UNUSED_PLATFORM_PLUGINS = re.compile(r"^(lib)?q(vnc|linuxfb|minimalegl|vkkhrdisplay|eglfs)\.")
# Single plugins of kept folders: the on-screen keyboard (touch kiosks) and image formats Qt
# itself never decodes for Kiji (post images are decoded by Chromium; our icons are SVG,
# PNG, ICO and ICNS).
UNUSED_PLUGINS = re.compile(r"^(lib)?(qtvirtualkeyboardplugin|q(pdf|tiff|webp|tga|wbmp))\.")
# Qt libraries only the excluded modules and plugins need (a link check in the tests proves
# nothing kept needs them). QtQml/QtQuick stay: QtWebEngine links against them. Matched
# against each path part: libQt6Pdf.so.6 (Linux), Qt6Pdf.dll (Windows), QtPdf.framework (macOS).
UNUSED_QT_LIBRARIES = re.compile(
    r"^(lib)?Qt6?(3D|Charts|DataVisualization|Designer|Graphs|Help|Location|Multimedia|Pdf"
    r"|Quick3D|QuickControls2|QuickDialogs2|QuickTemplates2|QuickTest|QuickTimeline|Sensors"
    r"|SerialBus|SerialPort|Scxml|ShaderTools|SpatialAudio|Sql|StateMachine|TextToSpeech"
    r"|VirtualKeyboard|WebEngineQuick|WebSockets|HttpServer|Bluetooth|Nfc|RemoteObjects"
    r"|EglFSDeviceIntegration|EglFsKmsSupport)"
)
# FFmpeg, which PySide6 ships for QtMultimedia, and the OpenSSL that PyInstaller's QtNetwork
# hook adds for Qt's TLS plugin (dropped above; Python's ssl module is excluded too).
FFMPEG_LIBRARIES = re.compile(
    r"^(lib)?(av(codec|format|util|filter|device)|sw(scale|resample))|^lib(ssl|crypto)[-.]"
)


# Linux: the desktop stack comes from the host, as the PySide6 wheels themselves expect.
# Bundling the build machine's GLib, X11, fonts or libstdc++ breaks on newer hosts (host GTK
# themes and Mesa drivers then load against our older copies: "undefined symbol" or
# "GLIBCXX_x not found" at start-up). What hosts may lack stays bundled: the xcb-util
# family Qt's xcb plugin needs (missing on stock Ubuntu), xkbcommon, NSS for Chromium and
# the libraries of Python's own extension modules (ffi, ssl, sqlite, lzma, bz2, z, expat).
HOST_LIBRARIES = re.compile(
    r"^lib(glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0|atk-1\.0|cairo|cairo-gobject"
    r"|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|gdk_pixbuf-2\.0|harfbuzz|fribidi|thai|datrie"
    r"|graphite2|pixman-1|fontconfig|freetype|png16|brotli(common|dec)|dbus-1|systemd|udev"
    r"|cups|avahi-(client|common)|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils"
    r"|gnutls|nettle|hogweed|gmp|idn2|unistring|tasn1|p11-kit|gcrypt|gpg-error|selinux|mount"
    r"|blkid|pcre2-8|cap|lz4|zstd|md|bsd|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xfixes|Xdamage"
    r"|Xcomposite|Xrandr|Xtst|xcb|xcb-(render|shm|glx|xfixes|sync)|asound|gbm"
    r"|drm|stdc\+\+|gcc_s)\.so(\.|$)"
)


def _is_unused_library(parts: tuple[str, ...]) -> bool:
    return any(UNUSED_QT_LIBRARIES.search(part) or FFMPEG_LIBRARIES.search(part) for part in parts)


def project_version(pyproject: Path) -> str:
    """The version in ``pyproject.toml`` (the one source of truth for installers)."""
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def excluded_modules(installed_qt_modules: Iterable[str]) -> list[str]:
    """Module names for PyInstaller's ``excludes``: unused Qt modules and dev tools."""
    qt = sorted(
        f"PySide6.{name}" for name in set(installed_qt_modules) if name not in QT_MODULES_USED
    )
    return qt + list(EXCLUDED_PACKAGES)


def installed_qt_modules(pyside_dir: Path) -> list[str]:
    """The ``Qt*`` extension modules a PySide6 installation ships (from its file names)."""
    names = {path.name.split(".")[0] for path in pyside_dir.glob("Qt*.*")}
    return sorted(name for name in names if not (pyside_dir / name).is_dir())


def is_wanted(destination: str) -> bool:
    """Whether a file that PyInstaller collected (by its path inside the bundle) stays."""
    path = PurePath(destination.replace("\\", "/"))
    parts = path.parts
    name = path.name
    if "PySide6" not in parts:
        # PyInstaller also lists top-level symlinks to Qt libraries (``libQt6Core.so.6``).
        return not (_is_unused_library(parts) or HOST_LIBRARIES.search(name))
    if "qml" in parts:  # QML modules: Kiji has no QML
        return False
    if name == "qtwebengine_devtools_resources.pak":
        return False
    if "qtwebengine_locales" in parts and name.endswith(".pak"):
        return name.removesuffix(".pak") in WEBENGINE_LOCALES
    if name.endswith(".qm") and "translations" in parts:
        catalog, _, language = name.removesuffix(".qm").partition("_")
        return catalog in QT_TRANSLATION_CATALOGS and language in QT_TRANSLATION_LANGUAGES
    if "plugins" in parts:
        plugin_dir = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
        if plugin_dir in UNUSED_PLUGIN_DIRS:
            return False
        if plugin_dir == "platforms" and UNUSED_PLATFORM_PLUGINS.search(name):
            return False
        if UNUSED_PLUGINS.search(name):
            return False
    return not _is_unused_library(parts)


def trim(toc: Iterable[tuple]) -> list[tuple]:
    """Keep the TOC entries (``(dest, source, kind)``) whose destination :func:`is_wanted`.

    A ``SYMLINK`` entry's source is the link target inside the bundle: a link goes with
    the file it points to.
    """
    return [
        entry
        for entry in toc
        if is_wanted(entry[0]) and (entry[2] != "SYMLINK" or is_wanted(entry[1]))
    ]


def resource_datas(repo: Path, compiled_translations: Path) -> list[tuple[str, str]]:
    """``(source, destination)`` pairs for Kiji's own resources inside the bundle.

    The whole ``resources/`` tree goes in as ``resources/`` (where ``editor.resources``
    looks under ``sys._MEIPASS``), minus translation sources; compiled ``.qm`` catalogs
    come from ``compiled_translations`` when the build made them.
    """
    pairs: list[tuple[str, str]] = []
    resources = repo / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix not in {".ts", ".pyc"} and path.name != ".DS_Store":
            relative = path.relative_to(repo).parent
            pairs.append((str(path), relative.as_posix()))
    for catalog in sorted(compiled_translations.glob("*.qm")):
        pairs.append((str(catalog), "resources/translations"))
    return pairs


def info_plist(version: str) -> dict[str, object]:
    """Info.plist entries for ``Kiji.app`` (PyInstaller adds the executable and icon keys)."""
    markdown_types = ["net.daringfireball.markdown"]
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "ja"],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "13.0",  # what Qt 6.10+ supports
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSSupportsAutomaticGraphicsSwitching": True,
        "NSHumanReadableCopyright": "© Kiji developers. MIT licence.",
        # Finder's "Open With": Kiji edits Markdown, it does not claim to own it.
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Markdown document",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": markdown_types,
                "CFBundleTypeExtensions": ["md", "markdown", "mdown", "mkd"],
                "CFBundleTypeIconSystemGenerated": True,
            }
        ],
        # Declares the Markdown type for systems where no other app has (Gruber's UTI).
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": "net.daringfireball.markdown",
                "UTTypeDescription": "Markdown document",
                "UTTypeConformsTo": ["public.plain-text"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["md", "markdown", "mdown", "mkd"],
                    "public.mime-type": ["text/markdown"],
                },
            }
        ],
    }
