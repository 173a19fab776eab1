"""The user data folder follows KIJI_HOME first, then each platform's convention."""

from __future__ import annotations

from pathlib import Path

from editor.core.paths import journal_dir, user_data_dir

HOME = Path("/home/writer")


def test_kiji_home_wins_everywhere(tmp_path: Path) -> None:
    for platform in ("linux", "darwin", "win32"):
        env = {"KIJI_HOME": str(tmp_path), "APPDATA": "C:/x", "XDG_DATA_HOME": "/xdg"}
        assert user_data_dir(env, platform, HOME) == tmp_path


def test_blank_kiji_home_is_ignored() -> None:
    assert user_data_dir({"KIJI_HOME": "  "}, "linux", HOME) == HOME / ".local/share/kiji"


def test_linux_uses_xdg_data_home_when_absolute() -> None:
    assert user_data_dir({"XDG_DATA_HOME": "/data"}, "linux", HOME) == Path("/data/kiji")
    # A relative XDG_DATA_HOME is invalid by the spec and must not land in the cwd (a site!).
    assert user_data_dir({"XDG_DATA_HOME": "rel"}, "linux", HOME) == HOME / ".local/share/kiji"


def test_macos_and_windows_folders() -> None:
    assert user_data_dir({}, "darwin", HOME) == HOME / "Library/Application Support/Kiji"
    assert user_data_dir({"APPDATA": "/roaming"}, "win32", HOME) == Path("/roaming/Kiji")
    assert user_data_dir({}, "win32", HOME) == HOME / "AppData/Roaming/Kiji"


def test_the_real_environment_is_read_by_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIJI_HOME", str(tmp_path / "portable"))
    assert user_data_dir() == tmp_path / "portable"
    assert journal_dir() == tmp_path / "portable" / "journal"
