"""What the frozen bundle keeps and trims, checked on real file names of all three platforms
and on the PySide6 installation this project builds from."""

from __future__ import annotations

import plistlib
from pathlib import Path

import bundle_rules
import PySide6
import pytest

import editor

REPO = Path(__file__).resolve().parents[2]
PYSIDE_DIR = Path(PySide6.__file__).resolve().parent

KEPT = [
    # Linux wheel layout
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",  # QtWebEngine links against it
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/libexec/QtWebEngineProcess",
    "PySide6/Qt/resources/qtwebengine_resources.pak",
    "PySide6/Qt/resources/icudtl.dat",
    "PySide6/Qt/translations/qtwebengine_locales/en-US.pak",
    "PySide6/Qt/translations/qtwebengine_locales/ja.pak",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqico.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/QtWebEngineWidgets.abi3.so",
    "libxcb-cursor.so.0",  # missing on stock Ubuntu: Qt's xcb plugin needs it
    "libnss3.so",
    "libpython3.11.so.1.0",
    "resources/sample-site/_posts/2025-11-16-kyoto-autumn.md",
    "pykakasi/data/kanwadict4.db",
    # Windows wheel layout
    "PySide6\\Qt6WebEngineCore.dll",
    "PySide6\\QtWebEngineProcess.exe",
    "PySide6\\translations\\qtwebengine_locales\\ja.pak",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\opengl32sw.dll",
    # macOS framework layout
    "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore",
    "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/Resources/qtwebengine_locales/en-US.pak",
    "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/Helpers/QtWebEngineProcess.app/"
    "Contents/MacOS/QtWebEngineProcess",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
]

TRIMMED = [
    "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
    "PySide6/Qt/resources/qtwebengine_devtools_resources.pak",
    "PySide6/Qt/translations/qtwebengine_locales/de.pak",
    "PySide6/Qt/translations/qtwebengine_locales/en-GB.pak",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/designer_ja.qm",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt63DCore.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6\\plugins\\imageformats\\qwebp.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "libQt6Pdf.so.6",  # PyInstaller's top-level symlinks follow the same rule
    "libglib-2.0.so.0",  # the desktop stack comes from the host
    "libX11.so.6",
    "libstdc++.so.6",
    "libfontconfig.so.1",
    "libssl.so.3",
    "libcrypto.so.3",
    "PySide6\\libcrypto-3-x64.dll",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6\\Qt6Pdf.dll",
    "PySide6\\qml\\QtQuick\\qtquick2plugin.dll",
    "PySide6\\translations\\qtwebengine_locales\\fr.pak",
    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
    "PySide6/Qt/lib/Qt3DCore.framework/Versions/A/Qt3DCore",
    "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/Resources/qtwebengine_locales/ko.pak",
]


@pytest.mark.parametrize("destination", KEPT)
def test_files_kiji_needs_stay(destination: str) -> None:
    assert bundle_rules.is_wanted(destination)


@pytest.mark.parametrize("destination", TRIMMED)
def test_unused_files_are_trimmed(destination: str) -> None:
    assert not bundle_rules.is_wanted(destination)


def test_symlinks_go_with_their_targets() -> None:
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/site/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/site/PySide6/Qt/lib/libQt6Pdf.so.6", "BINARY"),
    ]
    assert [entry[0] for entry in bundle_rules.trim(toc)] == [
        "libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]


def test_only_the_qt_modules_kiji_imports_are_bundled() -> None:
    installed = bundle_rules.installed_qt_modules(PYSIDE_DIR)
    assert {"QtCore", "QtWebEngineCore", "QtQml", "QtQuick"} <= set(installed)
    excluded = set(bundle_rules.excluded_modules(installed))
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtMultimedia", "PySide6.QtPdf"} <= excluded
    assert not {f"PySide6.{name}" for name in bundle_rules.QT_MODULES_USED} & excluded
    assert {"tkinter", "pytest", "hypothesis", "ssl"} <= excluded


def test_kiji_imports_no_qt_module_the_bundle_leaves_out() -> None:
    used: set[str] = set()
    for path in (REPO / "editor").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(part.split()[0] for part in text.split("PySide6.")[1:])
    missing = {name for name in used if name.startswith("Qt")} - bundle_rules.QT_MODULES_USED
    assert not missing, f"editor/ uses {missing}: add them to bundle_rules.QT_MODULES_USED"


def test_the_installed_webengine_keeps_what_it_needs_to_run() -> None:
    qt_dir = PYSIDE_DIR / "Qt" if (PYSIDE_DIR / "Qt").is_dir() else PYSIDE_DIR
    files = [path.relative_to(PYSIDE_DIR.parent).as_posix() for path in qt_dir.rglob("*")]
    kept = {Path(name).name for name in files if bundle_rules.is_wanted(name)}
    locales = {name for name in files if "qtwebengine_locales/" in name}
    kept_locales = {Path(name).stem for name in locales if bundle_rules.is_wanted(name)}
    assert kept_locales == set(bundle_rules.WEBENGINE_LOCALES)
    assert "qtwebengine_resources.pak" in kept and "icudtl.dat" in kept
    assert "qtwebengine_devtools_resources.pak" not in kept
    assert not any(bundle_rules.is_wanted(name) for name in files if "/qml/" in name)


def test_the_version_comes_from_pyproject() -> None:
    assert bundle_rules.project_version(REPO / "pyproject.toml") == editor.__version__


def test_resources_go_in_whole_without_translation_sources(tmp_path: Path) -> None:
    compiled = tmp_path / "translations"
    compiled.mkdir()
    (compiled / "kiji_ja.qm").write_bytes(b"\x3c\xb8\x64\x18")
    pairs = bundle_rules.resource_datas(REPO, compiled)
    destinations = {(Path(source).name, dest) for source, dest in pairs}
    assert ("index.html", "resources/preview") in destinations
    assert ("2025-11-16-kyoto-autumn.md", "resources/sample-site/_posts") in destinations
    assert ("kiji.svg", "resources/icons") in destinations
    assert ("kiji_ja.qm", "resources/translations") in destinations
    assert not any(source.endswith(".ts") for source, _ in pairs)


def test_info_plist_opens_markdown_and_follows_dark_mode() -> None:
    plist = bundle_rules.info_plist("1.2.3")
    # It must survive plistlib: BUNDLE() writes it with that.
    parsed = plistlib.loads(plistlib.dumps(plist))
    assert parsed["CFBundleShortVersionString"] == "1.2.3"
    assert parsed["CFBundleIdentifier"] == bundle_rules.BUNDLE_ID
    assert parsed["NSHighResolutionCapable"] is True
    assert parsed["NSRequiresAquaSystemAppearance"] is False
    document = parsed["CFBundleDocumentTypes"][0]
    assert {"md", "markdown"} <= set(document["CFBundleTypeExtensions"])
    assert document["CFBundleTypeRole"] == "Editor"
    declared = parsed["UTImportedTypeDeclarations"][0]
    assert declared["UTTypeIdentifier"] in document["LSItemContentTypes"]


def test_entitlements_allow_what_webengine_needs_and_no_more() -> None:
    with (REPO / "packaging" / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements == {
        "com.apple.security.cs.allow-jit": True,
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }
