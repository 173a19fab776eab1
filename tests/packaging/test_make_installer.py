"""The installer script's own steps: names, translations, the Linux desktop files, the tarball."""

from __future__ import annotations

import configparser
import os
import sys
import tarfile
from pathlib import Path

import kiji_icons
import make_installer
import pytest

REPO = Path(__file__).resolve().parents[2]


def test_artifact_names_carry_version_platform_and_architecture() -> None:
    assert make_installer.artifact_name("0.1.0", "linux", "x86_64") == (
        "Kiji-0.1.0-linux-x86_64.tar.gz"
    )
    assert make_installer.artifact_name("0.1.0", "darwin", "arm64") == "Kiji-0.1.0-macos-arm64.dmg"
    assert make_installer.artifact_name("2.0.0", "win32", "x64") == (
        "Kiji-2.0.0-windows-x64-setup.exe"
    )
    with pytest.raises(make_installer.BuildError, match="no installer"):
        make_installer.artifact_name("0.1.0", "sunos5", "sparc")


def test_a_failing_tool_becomes_a_build_error() -> None:
    make_installer.run([sys.executable, "-c", "pass"])
    with pytest.raises(make_installer.BuildError, match="exit code 3"):
        make_installer.run([sys.executable, "-c", "raise SystemExit(3)"])


def test_translation_sources_compile_to_qm(tmp_path: Path) -> None:
    sources = tmp_path / "ts"
    sources.mkdir()
    (sources / "kiji_ja.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ja_JP"><context><name>MainWindow</name>'
        "<message><source>&amp;File</source><translation>ファイル(&amp;F)</translation>"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    compiled = make_installer.compile_translations(sources, tmp_path / "qm")
    assert [path.name for path in compiled] == ["kiji_ja.qm"]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled[0]))
    assert translator.translate("MainWindow", "&File") == "ファイル(&F)"
    assert make_installer.compile_translations(tmp_path / "none", tmp_path / "qm2") == []


@pytest.fixture
def fake_bundle(tmp_path: Path, qapp) -> Path:
    """A bundle folder shaped like PyInstaller's, with a symlink like its top-level ones."""
    bundle = tmp_path / "dist" / "Kiji"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    (bundle / "kiji").write_bytes(b"#!/bin/sh\necho kiji\n")
    (bundle / "kiji").chmod(0o755)
    (bundle / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF" + bytes(100))
    os.symlink("lib/libQt6Core.so.6", bundle / "_internal" / "libQt6Core.so.6")
    kiji_icons.write_icons(kiji_icons.DEFAULT_SVG, tmp_path / "icons")
    make_installer.add_linux_desktop_files(bundle, tmp_path / "icons")
    return bundle


def test_linux_bundle_gets_a_valid_desktop_entry_and_icons(fake_bundle: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop files
    entry.read(fake_bundle / "share" / "applications" / "kiji.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    # One file per launch: `kiji` takes a single path.
    assert section["Exec"].split() == ["kiji", "%f"]
    assert section["Icon"] == "kiji"
    assert "text/markdown" in section["MimeType"].split(";")
    for size in make_installer.ICON_SIZES_LINUX:
        icon = fake_bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kiji.png"
        assert kiji_icons.png_size(icon.read_bytes()) == (size, size)
    assert os.access(fake_bundle / "install-desktop-entry.sh", os.X_OK)


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_the_menu_entry_script_installs_and_removes(fake_bundle: Path, tmp_path: Path) -> None:
    import subprocess

    data_home = tmp_path / "data home"  # a space, as in real folder names
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    script = str(fake_bundle / "install-desktop-entry.sh")
    subprocess.run(["sh", script], env=env, check=True, capture_output=True)
    desktop = (data_home / "applications" / "kiji.desktop").read_text(encoding="utf-8")
    assert f'Exec="{fake_bundle}/kiji" %f' in desktop.splitlines()
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / "kiji.png").is_file()
    subprocess.run(["sh", script, "--remove"], env=env, check=True, capture_output=True)
    assert not (data_home / "applications" / "kiji.desktop").exists()
    assert not (data_home / "icons" / "hicolor" / "48x48" / "apps" / "kiji.png").exists()


def test_tarball_keeps_links_modes_and_no_user_names(fake_bundle: Path, tmp_path: Path) -> None:
    target = make_installer.make_tarball(fake_bundle, tmp_path / "out" / "Kiji.tar.gz", level=1)
    assert not target.with_name(target.name + ".part").exists()
    with tarfile.open(target) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert members["Kiji/kiji"].mode & 0o111
    link = members["Kiji/_internal/libQt6Core.so.6"]
    assert link.issym() and link.linkname == "lib/libQt6Core.so.6"
    assert "Kiji/share/applications/kiji.desktop" in members
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members.values()} == {(0, 0, "", "")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="binutils is a Linux need")
def test_missing_binutils_is_named_before_pyinstaller_runs(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(make_installer.shutil, "which", lambda *_args, **_kwargs: None)
    with pytest.raises(make_installer.BuildError, match="apt-get install binutils"):
        make_installer.build_bundle()
