"""The split kanji dictionary gives pykakasi the same readings without the big load."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.text import kana_dictionary
from editor.core.text.kana_dictionary import SplitTable, build, build_command, split_path

REPO = Path(__file__).resolve().parents[3]
SAMPLES = [
    "東京の古書店めぐり",
    "神保町で見つけた本",
    "機械学習とローカルLLMの話",
    "３日目の朝、京都へ向かう",
    "参入障壁を下げる",
    "龍馬が行く",
]


@pytest.fixture(scope="module")
def split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The split dictionary, built once for the module."""
    target = split_path(tmp_path_factory.mktemp("cache"))
    build(target)
    return target


def test_every_record_reads_back_as_pykakasi_has_it(split: Path) -> None:
    with open(kana_dictionary.source_dictionary(), "rb") as stream:
        whole = pickle.load(stream)
    table = SplitTable(split)
    assert all(table.get(key) == value for key, value in whole.items())
    assert table.get(0x41) is None and table.get(0x41, "none") == "none"  # no record for "A"


def test_readings_are_the_same_through_the_split_table(split: Path) -> None:
    script = f"""
import sys, pickle, pykakasi
sys.path.insert(0, {str(REPO)!r})
from editor.core.text import kana_dictionary
split = sys.argv[1] == "split"
if split:
    assert kana_dictionary.install(__import__("pathlib").Path({str(split)!r}))
    whole = pickle.load
    def guarded(stream, *args, **kwargs):
        assert "kanwadict" not in getattr(stream, "name", ""), "the whole dictionary was read"
        return whole(stream, *args, **kwargs)
    pickle.load = guarded
assert kana_dictionary.in_use() == split
k = pykakasi.kakasi()
print([[(p["orig"], p["hira"], p["hepburn"]) for p in k.convert(t)] for t in {SAMPLES!r}])
"""
    stock, fast = (
        subprocess.run(
            [sys.executable, "-c", script, mode], capture_output=True, text=True, check=True
        ).stdout
        for mode in ("stock", "split")
    )
    assert stock == fast and "toukyou" in stock


def test_a_missing_or_foreign_file_is_not_installed(tmp_path: Path) -> None:
    assert not kana_dictionary.install(tmp_path / "none.bin")
    foreign = tmp_path / "foreign.bin"
    foreign.write_bytes(b"not a dictionary")
    assert not kana_dictionary.install(foreign)


def test_prepare_builds_in_a_process_of_its_own(tmp_path: Path) -> None:
    process = kana_dictionary.prepare(tmp_path)
    assert process is not None and process.args == build_command(split_path(tmp_path))
    assert process.wait(timeout=120) == 0
    assert SplitTable(split_path(tmp_path)).get(ord("東"))
    assert kana_dictionary.prepare(tmp_path) is None  # there now: nothing more to build
    assert not list(tmp_path.glob(".kanwa-*"))  # no temporary file left behind


def test_the_kiji_command_builds_it_too(tmp_path: Path) -> None:
    """The frozen app has no ``-m``: ``kiji --build-kana-dictionary PATH`` does the split."""
    target = tmp_path / "kanwa.bin"
    subprocess.run(
        [sys.executable, "-m", "editor", "--build-kana-dictionary", str(target)],
        cwd=REPO,
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert SplitTable(target).get(ord("京"))
