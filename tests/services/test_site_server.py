"""The real Jekyll and Hugo servers: started on 127.0.0.1, serving the post, stopped, no orphan."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from editor.core.site.site_layout import detect_layout
from editor.core.site.site_server import plan_server
from editor.services.site_server import SiteServer
from tests.ui.helpers import copy_sample

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process groups, /proc")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" not in status.read_text()


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _serve(qtbot, site: Path, tmp_path: Path) -> tuple[SiteServer, str]:
    server = SiteServer()
    plan = plan_server(detect_layout(site), tmp_path / "build")
    with qtbot.waitSignal(server.running, timeout=90_000) as started:
        server.start(plan)
    return server, started.args[0]


@pytest.mark.skipif(shutil.which("jekyll") is None, reason="Debian package jekyll")
def test_jekyll_serves_the_sample_post_and_stops_with_its_children(qtbot, tmp_path) -> None:
    site = copy_sample(tmp_path)
    server, url = _serve(qtbot, site, tmp_path)
    assert url.startswith("http://127.0.0.1:") and url.endswith("/blog/")
    page = _get(url.rstrip("/") + "/2025/11/16/kyoto-autumn/")
    assert "京都の秋" in page
    assert not (site / "_site").exists()  # the build went to Kiji's own folder
    pid = server.process.pid
    with qtbot.waitSignal(server.stopped, timeout=10_000):
        server.stop()
    assert not _alive(pid)
    group = subprocess.run(["pgrep", "-g", str(pid)], capture_output=True, text=True)
    assert group.stdout.strip() == ""


@pytest.mark.skipif(shutil.which("hugo") is None, reason="Debian package hugo")
def test_hugo_rebuilds_after_a_save(qtbot, tmp_path) -> None:
    site = tmp_path / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "http://example.org/"\ntitle = "x"\n')
    (site / "layouts" / "_default" / "single.html").write_text(
        "<h1>{{ .Title }}</h1>{{ .Content }}"
    )
    (site / "layouts" / "_default" / "list.html").write_text("list")
    post = site / "content" / "posts" / "first.md"
    post.write_text('---\ntitle: "最初"\ndraft: true\n---\n一行目。\n', encoding="utf-8")
    server, url = _serve(qtbot, site, tmp_path)
    page_url = url.rstrip("/") + "/posts/first/"
    assert "一行目。" in _get(page_url)  # a draft: -D
    post.write_text('---\ntitle: "最初"\ndraft: true\n---\n書き直した。\n', encoding="utf-8")
    deadline = time.monotonic() + 20
    while "書き直した。" not in _get(page_url) and time.monotonic() < deadline:
        qtbot.wait(200)
    assert "書き直した。" in _get(page_url)
    pid = server.process.pid
    server.stop()
    assert not _alive(pid)


@pytest.mark.skipif(shutil.which("hugo") is None, reason="Debian package hugo")
def test_the_server_ends_when_kiji_is_killed(tmp_path) -> None:
    site = tmp_path / "hugo"
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "x"\n')
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from editor.core.site.site_layout import detect_layout
        from editor.core.site.site_server import plan_server
        from editor.services.site_server import SiteServer
        app = QCoreApplication([])
        server = SiteServer()
        server.running.connect(lambda url: print(server.process.pid, flush=True))
        server.start(plan_server(detect_layout(__import__("pathlib").Path({str(site)!r})),
                                 __import__("pathlib").Path({str(tmp_path / "b")!r})))
        app.exec()
        """
    )
    kiji = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        server_pid = int(kiji.stdout.readline())
        assert _alive(server_pid)
        kiji.send_signal(signal.SIGKILL)
        kiji.wait()
        deadline = time.monotonic() + 10
        while _alive(server_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(server_pid)
    finally:
        if kiji.poll() is None:
            kiji.kill()
