"""The engine's start-up chatter stays out of a normal run; ``--verbose`` keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from editor.app import _prepare_webengine_environment, parse_arguments
from editor.app.quiet_logging import is_engine_noise

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = textwrap.dedent(
    """
    import sys
    from editor.app import create_application
    from PySide6.QtCore import qWarning
    app = create_application(["kiji"], verbose="--verbose" in sys.argv)
    qWarning("Failed to load vulkan: Cannot load library vulkan")
    qWarning("Unable to detect GPU vendor for device: llvmpipe")
    qWarning("a real problem the writer should see")
    """
)


def _stderr(*arguments: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_LOGGING_RULES", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stderr


def test_known_engine_lines_are_dropped_and_others_kept() -> None:
    quiet = _stderr()
    assert "vulkan" not in quiet and "GPU vendor" not in quiet
    assert "a real problem the writer should see" in quiet


def test_verbose_keeps_every_line() -> None:
    loud = _stderr("--verbose")
    assert "Failed to load vulkan" in loud and "GPU vendor" in loud
    assert "a real problem the writer should see" in loud


def test_noise_is_recognised_by_its_beginning_only() -> None:
    assert is_engine_noise("Sandboxing disabled by user.")
    assert not is_engine_noise("Could not save: Failed to load vulkan")


def test_chromium_logging_flags_unless_verbose(monkeypatch) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--mine")
    monkeypatch.setenv("QT_LOGGING_RULES", "kiji.debug=true")
    _prepare_webengine_environment(verbose=False)
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "--log-level=3" in flags and "--mine" in flags
    rules = os.environ["QT_LOGGING_RULES"].split(";")
    assert "qt.webengine*=false" in rules and "kiji.debug=true" in rules
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.delenv("QT_LOGGING_RULES")
    _prepare_webengine_environment(verbose=True)
    assert "--log-level=3" not in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]
    assert "QT_LOGGING_RULES" not in os.environ


def test_verbose_on_the_command_line() -> None:
    assert parse_arguments(["--verbose"]).verbose
    assert not parse_arguments([]).verbose


def test_no_gpu_device_means_software_drawing(monkeypatch, tmp_path) -> None:
    """Without a DRI render node OpenGL is llvmpipe: slower and 60 MB larger than software."""
    import editor.app as app_module

    empty = tmp_path / "dri"
    empty.mkdir()
    assert app_module.has_gpu_device(empty) is not sys.platform.startswith("linux")
    (empty / "renderD128").touch()
    assert app_module.has_gpu_device(empty)

    for name in ("QT_QUICK_BACKEND", "QT_XCB_GL_INTEGRATION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.setattr(app_module, "has_gpu_device", lambda: False)
    _prepare_webengine_environment()
    assert "--disable-gpu" in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    assert os.environ["QT_XCB_GL_INTEGRATION"] == "none"

    for name in ("QT_QUICK_BACKEND", "QT_XCB_GL_INTEGRATION"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.setattr(app_module, "has_gpu_device", lambda: True)
    _prepare_webengine_environment()
    assert "--disable-gpu" not in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "QT_QUICK_BACKEND" not in os.environ
    assert "QT_XCB_GL_INTEGRATION" not in os.environ


def test_the_software_fallbacks_lines_are_noise() -> None:
    assert is_engine_noise("QRhiGles2: Failed to create temporary context")
    assert is_engine_noise("QXcbIntegration: Cannot create platform OpenGL context, neither")
