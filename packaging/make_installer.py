"""Build Kiji's installer for the platform this runs on.

    python packaging/make_installer.py            # icons, translations, bundle, installer
    python packaging/make_installer.py --bundle   # stop after the PyInstaller bundle

Linux: ``dist/Kiji/`` and ``dist/Kiji-<version>-linux-<arch>.tar.gz`` (with a .desktop file,
icons and a script that adds the menu entry). macOS: ``dist/Kiji.app`` (signed and
notarized when the secrets are present) and ``dist/Kiji-<version>-macos-<arch>.dmg``.
Windows: ``dist/Kiji/`` and ``dist/Kiji-<version>-windows-x64-setup.exe`` (Inno Setup).
Every step prints what it does; a missing tool stops the build with the reason.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUILD = REPO / "build"
DIST = REPO / "dist"
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402
import kiji_icons  # noqa: E402

ICON_SIZES_LINUX = (16, 24, 32, 48, 64, 128, 256, 512)


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def say(message: str) -> None:
    """Progress line (the build runs for minutes; CI logs need to show where it is)."""
    print(f"[build] {message}", flush=True)


def machine_name() -> str:
    """``x86_64`` / ``arm64`` style architecture name for artifact names."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def artifact_name(version: str, system: str, machine: str) -> str:
    """The installer's file name, e.g. ``Kiji-0.1.0-linux-x86_64.tar.gz``."""
    if system == "linux":
        return f"Kiji-{version}-linux-{machine}.tar.gz"
    if system == "darwin":
        return f"Kiji-{version}-macos-{machine}.dmg"
    if system == "win32":
        return f"Kiji-{version}-windows-x64-setup.exe"
    raise BuildError(f"There is no installer for the platform {system!r}.")


def run(command: list[str | os.PathLike[str]], **kwargs) -> None:
    """Run a tool, echoing it; a non-zero exit becomes a :class:`BuildError`."""
    say("$ " + " ".join(str(part) for part in command))
    result = subprocess.run([str(part) for part in command], check=False, **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(command[0])).name} failed with exit code {result.returncode}.")


def compile_translations(source_dir: Path, out_dir: Path) -> list[Path]:
    """Compile Kiji's ``.ts`` catalogs with PySide6's lrelease into ``out_dir``."""
    sources = sorted(source_dir.glob("*.ts"))
    out_dir.mkdir(parents=True, exist_ok=True)
    if not sources:
        return []
    # The one next to this Python first: it matches the PySide6 that gets bundled.
    lrelease = shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    ) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise BuildError("pyside6-lrelease was not found; it comes with PySide6.")
    compiled = []
    for source in sources:
        target = out_dir / f"{source.stem}.qm"
        run([lrelease, "-silent", source, "-qm", target])
        compiled.append(target)
    return compiled


def build_bundle() -> None:
    """Run PyInstaller on ``packaging/kiji.spec`` (icons and translations first)."""
    if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
        # PyInstaller reads binaries with objdump, and the spec strips them on Linux.
        raise BuildError("PyInstaller needs binutils here: apt-get install binutils")
    say("drawing the icons")
    kiji_icons.write_icons(kiji_icons.DEFAULT_SVG, BUILD / "icons")
    catalogs = compile_translations(REPO / "resources" / "translations", BUILD / "translations")
    say(f"compiled {len(catalogs)} translation catalog(s)")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            HERE / "kiji.spec",
        ],
        cwd=REPO,
    )


def add_linux_desktop_files(bundle: Path, icons: Path) -> None:
    """Add the .desktop file, hicolor icons and the menu-entry script to the bundle folder."""
    applications = bundle / "share" / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "kiji.desktop", applications / "kiji.desktop")
    for size in ICON_SIZES_LINUX:
        target = bundle / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"kiji-{size}.png", target / "kiji.png")
    shutil.copy2(icons / "kiji-256.png", bundle / "kiji.png")
    script = bundle / "install-desktop-entry.sh"
    shutil.copy2(HERE / "linux" / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def make_tarball(bundle: Path, target: Path, level: int = 9) -> Path:
    """Pack ``bundle`` as ``<bundle name>/...`` in a gzip tarball (symlinks kept as links)."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # Nobody's build-machine user names inside a download.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=level) as archive:
        archive.add(bundle, arcname=bundle.name, filter=normalise)
    partial.replace(target)
    return target


def package_linux(version: str) -> Path:
    """``dist/Kiji`` → ``dist/Kiji-<version>-linux-<arch>.tar.gz``."""
    bundle = DIST / "Kiji"
    add_linux_desktop_files(bundle, BUILD / "icons")
    target = DIST / artifact_name(version, "linux", machine_name())
    say(f"packing {target.name}")
    return make_tarball(bundle, target)


def package_macos(version: str) -> Path:
    """Sign (or skip with a message), build the .dmg, notarize it (or skip)."""
    app = DIST / "Kiji.app"
    script = HERE / "macos" / "sign_and_notarize.sh"
    run(["/bin/bash", script, "sign", app])
    target = DIST / artifact_name(version, "darwin", machine_name())
    target.unlink(missing_ok=True)
    run(
        [
            sys.executable,
            "-m",
            "dmgbuild",
            "-s",
            HERE / "macos" / "dmg_settings.py",
            "-D",
            f"app={app}",
            "-D",
            f"icon={BUILD / 'icons' / 'kiji.icns'}",
            f"Kiji {version}",
            target,
        ]
    )
    run(["/bin/bash", script, "notarize", target])
    return target


def package_windows(version: str) -> Path:
    """Compile the Inno Setup script into a per-user installer."""
    candidates = [
        shutil.which("iscc"),
        shutil.which("ISCC"),
        os.path.expandvars(r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"),
        os.path.expandvars(r"%ProgramFiles%\Inno Setup 6\ISCC.exe"),
        os.path.expandvars(r"%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"),
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise BuildError("Inno Setup 6 (ISCC.exe) is not installed: choco install innosetup")
    target = DIST / artifact_name(version, "win32", "x64")
    run(
        [
            iscc,
            "/Q",
            f"/DAppVersion={version}",
            f"/DSourceDir={DIST / 'Kiji'}",
            f"/DIconFile={BUILD / 'icons' / 'kiji.ico'}",
            f"/DOutputDir={DIST}",
            f"/DOutputName={target.stem}",
            HERE / "windows" / "kiji.iss",
        ]
    )
    return target


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="stop after the PyInstaller bundle")
    options = parser.parse_args(argv)
    version = bundle_rules.project_version(REPO / "pyproject.toml")
    try:
        build_bundle()
        if options.bundle:
            return 0
        if sys.platform.startswith("linux"):
            artifact = package_linux(version)
        elif sys.platform == "darwin":
            artifact = package_macos(version)
        elif sys.platform == "win32":
            artifact = package_windows(version)
        else:
            raise BuildError(f"There is no installer for the platform {sys.platform!r}.")
    except (BuildError, kiji_icons.IconError, OSError) as error:
        print(f"[build] FAILED: {error}", file=sys.stderr)
        return 1
    say(f"built {artifact.relative_to(REPO)} ({artifact.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
