"""``kiji --self-test``: the real window and preview, a real copy of the sample site."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor import __version__
from editor.resources import resource_path
from editor.selftest import (
    REPORT_FILE_VARIABLE,
    SAMPLE_POST,
    SelfTestReport,
    japanese_probe,
    needs_offscreen,
    run_self_test,
)

REPO = Path(__file__).resolve().parents[1]
OK_LINE = re.compile(
    rf"^Kiji {re.escape(__version__)} self-test: OK "
    r"\(preview \d+ ms, round trip identical, typed, saved, quit\)$"
)


def test_probe_is_japanese_prose_from_the_body() -> None:
    body = (
        "```python\nprint('コードの中の文字列')\n```\n\n"
        "![写真の説明文です](/assets/a.png)\n\n"
        '<span title="属性の中の日本語">x</span>\n\n'
        "朝六時、まだ暗さの残る哲学の道を歩きはじめました。\n"
    )
    assert japanese_probe(body) == "まだ暗さの残る哲学の道を"


def test_probe_is_none_without_japanese() -> None:
    assert japanese_probe("Just English.\n\n    インデントされたコード\n") is None


@given(st.text(alphabet=st.sampled_from("あいう漢字カタ 、。\n`#*-[]()!<>{}%abc"), max_size=200))
def test_probe_is_always_a_run_of_the_bodys_japanese(body: str) -> None:
    probe = japanese_probe(body)
    if probe is not None:
        assert probe in body
        assert 4 <= len(probe) <= 12
        assert re.fullmatch(r"[あいう漢字カタ]+", probe)


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_offscreen_only_when_there_is_no_display(environ, platform, expected) -> None:
    assert needs_offscreen(environ, platform) is expected


def test_report_lines() -> None:
    assert OK_LINE.match(SelfTestReport(ok=True, preview_ms=812.4).line())
    assert SelfTestReport(ok=False, reason="no preview").line() == (
        f"Kiji {__version__} self-test: FAILED (no preview)"
    )


def test_the_bundled_sample_post_is_japanese() -> None:
    text = (resource_path("sample-site") / SAMPLE_POST).read_text(encoding="utf-8")
    assert japanese_probe(text.split("---", 2)[2]) is not None


def test_self_test_passes_and_leaves_the_sample_untouched(qapp, capsys, tmp_path, monkeypatch):
    sample = resource_path("sample-site") / SAMPLE_POST
    before = sample.read_bytes()
    report_file = tmp_path / "report.txt"
    monkeypatch.setenv(REPORT_FILE_VARIABLE, str(report_file))
    monkeypatch.setenv("KIJI_HOME", str(tmp_path / "writer-home"))
    assert run_self_test(["kiji-tests"]) == 0
    line = capsys.readouterr().out.strip()
    assert OK_LINE.match(line), line
    assert report_file.read_text(encoding="utf-8").strip() == line
    assert sample.read_bytes() == before
    # The writer's own settings folder was neither used nor created, and is restored.
    assert not (tmp_path / "writer-home").exists()
    assert os.environ["KIJI_HOME"] == str(tmp_path / "writer-home")


def _sample_copy(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(resource_path("sample-site"), site)
    return site


def test_a_missing_post_fails_with_the_reason(qapp, capsys, tmp_path) -> None:
    site = _sample_copy(tmp_path)
    (site / SAMPLE_POST).unlink()
    assert run_self_test(["kiji-tests"], sample_site=site) == 1
    assert capsys.readouterr().out.strip() == (
        f"Kiji {__version__} self-test: FAILED (the sample post {SAMPLE_POST} is missing "
        "from the bundle)"
    )


def test_a_post_without_japanese_fails_with_the_reason(qapp, capsys, tmp_path) -> None:
    site = _sample_copy(tmp_path)
    (site / SAMPLE_POST).write_text('---\ntitle: "English"\n---\nOnly English.\n', "utf-8")
    assert run_self_test(["kiji-tests"], sample_site=site) == 1
    assert "has no Japanese text to look for" in capsys.readouterr().out


def test_a_missing_image_fails_the_dom_check(qapp, capsys, tmp_path) -> None:
    site = _sample_copy(tmp_path)
    shutil.rmtree(site / "assets" / "images")
    assert run_self_test(["kiji-tests"], sample_site=site) == 1
    out = capsys.readouterr().out
    assert "an image of the sample site did not load (" in out
    assert "kyoto-autumn/momiji.png)" in out


def test_the_command_line_runs_it_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    env["PYTHONPATH"] = str(REPO)
    env["KIJI_HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert OK_LINE.match(result.stdout.strip().splitlines()[-1]), result.stdout
