"""The frozen app, as built by ``make package``: it runs its self-test, it is trimmed and whole.

Slow: skipped unless ``KIJI_TEST_PACKAGE=1`` (then a missing bundle is a failure) or a
bundle already exists in ``dist/``. ``KIJI_BUNDLE`` may point at another bundle folder.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import bundle_rules
import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
VERSION = bundle_rules.project_version(REPO / "pyproject.toml")
COMPRESSED_LIMIT = 160_000_000  # bytes: the Linux download, spelling dictionaries included


def bundle_dir() -> Path:
    """The onedir folder (Linux/Windows) or the .app (macOS)."""
    if os.environ.get("KIJI_BUNDLE"):
        return Path(os.environ["KIJI_BUNDLE"])
    return DIST / ("Kiji.app" if sys.platform == "darwin" else "Kiji")


def executable(bundle: Path) -> Path:
    """The frozen program inside ``bundle``."""
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "Kiji"
    return bundle / ("Kiji.exe" if sys.platform == "win32" else "kiji")


REQUESTED = os.environ.get("KIJI_TEST_PACKAGE") == "1"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (REQUESTED or executable(bundle_dir()).exists()),
        reason="no frozen bundle (run `make package`, or `make test-package`)",
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = bundle_dir()
    assert executable(folder).exists(), f"{executable(folder)} is missing: run `make package`"
    return folder


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; None for anything else."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for position in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, position)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value : end].decode())
    return needed


def test_the_frozen_app_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)  # the self-test must go offscreen by itself
    env["KIJI_HOME"] = str(tmp_path / "home")
    env[("KIJI_SELF_TEST_REPORT")] = str(tmp_path / "report.txt")
    result = subprocess.run(
        [str(executable(bundle)), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
        check=False,
    )
    report = (tmp_path / "report.txt").read_text(encoding="utf-8").strip()
    assert result.returncode == 0, f"{report}\n{result.stderr[-3000:]}"
    assert re.fullmatch(
        rf"Kiji {re.escape(VERSION)} self-test: OK "
        r"\(preview \d+ ms, round trip identical, typed, saved, quit\)",
        report,
    ), report


def test_the_bundle_is_trimmed(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() or path.is_symlink()]
    names = {path.name for path in files}
    assert "qtwebengine_devtools_resources.pak" not in names
    assert not [path for path in files if "qml" in path.relative_to(bundle).parts]
    locales = {path.stem for path in files if path.parent.name == "qtwebengine_locales"}
    assert locales == set(bundle_rules.WEBENGINE_LOCALES)
    assert not [name for name in names if re.match(r"(lib)?Qt6?(Pdf|Quick3D|Multimedia)", name)]
    assert not [name for name in names if name.startswith("PySide6.QtQml")]


# What a Linux desktop provides besides bundle_rules.HOST_LIBRARIES: glibc, the graphics
# drivers' libraries and GTK (only the optional GTK theme plugin loads it).
PROVIDED_BY_EVERY_DESKTOP = re.compile(
    r"^(ld-linux.*|lib(c|m|dl|pthread|rt|resolv|GL|EGL|gtk-3|gdk-3)\.so\..*"
    r"|libwayland-(client|cursor|egl)\.so\..*|libxcb-dri[23]\.so\..*)$"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF link check")
def test_every_library_a_bundled_binary_needs_is_bundled_or_on_every_desktop(
    bundle: Path,
) -> None:
    shipped = {path.name for path in bundle.rglob("*")}
    missing: dict[str, set[str]] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == "kiji"):
            for name in elf_needed(path) or []:
                if name in shipped or PROVIDED_BY_EVERY_DESKTOP.match(name):
                    continue
                if not bundle_rules.HOST_LIBRARIES.search(name):
                    missing.setdefault(name, set()).add(path.name)
    assert not missing, f"needed but neither bundled nor on every desktop: {missing}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux download")
def test_the_linux_download_is_small_and_installs_a_menu_entry(bundle: Path) -> None:
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)
    tarball = DIST / f"Kiji-{VERSION}-linux-{machine}.tar.gz"
    assert tarball.is_file(), "run `make package`"
    assert tarball.stat().st_size <= COMPRESSED_LIMIT, f"{tarball.stat().st_size / 1e6:.1f} MB"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert {
        "Kiji/kiji",
        "Kiji/share/applications/kiji.desktop",
        "Kiji/share/icons/hicolor/256x256/apps/kiji.png",
        "Kiji/install-desktop-entry.sh",
    } <= names


def test_the_frozen_app_splits_the_kana_dictionary(bundle: Path, tmp_path: Path) -> None:
    """``kiji --build-kana-dictionary`` is what the frozen app runs for the split."""
    target = tmp_path / "kanwa.bin"
    result = subprocess.run(
        [str(executable(bundle)), "--build-kana-dictionary", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert target.read_bytes().startswith(b"KIJI-KANWA-1\n")
