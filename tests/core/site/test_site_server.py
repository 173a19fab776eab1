"""Which command serves a site, the .kiji/site.toml override, and reading the server's log."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.site.site_layout import detect_layout
from editor.core.site.site_server import (
    BAD_SETTINGS,
    NO_SERVER,
    NOT_INSTALLED,
    ServerSetupError,
    classify_line,
    plan_server,
)


def _jekyll(root: Path, config: str = "baseurl: /blog\n") -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(config, encoding="utf-8")
    return root


def test_jekyll_serves_drafts_and_future_on_loopback_into_a_separate_folder(tmp_path) -> None:
    layout = detect_layout(_jekyll(tmp_path / "site"))
    argv = layout.generator.serve_command(layout, 4321, tmp_path / "out")
    assert argv[:2] == ["jekyll", "serve"]
    assert {"--drafts", "--future"} <= set(argv)
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert argv[argv.index("--destination") + 1] == str(tmp_path / "out")
    (tmp_path / "site" / "Gemfile").write_text("source 'https://rubygems.org'\n")
    assert layout.generator.serve_command(layout, 4321, tmp_path)[:3] == [
        "bundle",
        "exec",
        "jekyll",
    ]


def test_hugo_binds_to_loopback(tmp_path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "hugo.toml").write_text('title = "x"\n', encoding="utf-8")
    layout = detect_layout(tmp_path)
    argv = layout.generator.serve_command(layout, 1313, tmp_path / "out")
    assert argv[:2] == ["hugo", "server"] and {"-D", "-F"} <= set(argv)
    assert argv[argv.index("--bind") + 1] == "127.0.0.1"


def test_plan_uses_the_sites_own_command_and_port(tmp_path, monkeypatch) -> None:
    root = _jekyll(tmp_path / "site")
    (root / ".kiji").mkdir()
    (root / ".kiji" / "site.toml").write_text(
        '[server]\ncommand = "python3 -m http.server {port} --bind 127.0.0.1"\n', encoding="utf-8"
    )
    plan = plan_server(detect_layout(root), tmp_path / "out", port=8123)
    assert plan.argv == ("python3", "-m", "http.server", "8123", "--bind", "127.0.0.1")
    assert plan.url == "http://127.0.0.1:8123/blog/"


def test_plan_refuses_plainly(tmp_path, monkeypatch) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "a.md").write_text("# a\n", encoding="utf-8")
    with pytest.raises(ServerSetupError) as error:
        plan_server(detect_layout(plain), tmp_path)
    assert error.value.template == NO_SERVER
    root = _jekyll(tmp_path / "site")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ServerSetupError) as error:
        plan_server(detect_layout(root), tmp_path)
    assert error.value.template == NOT_INSTALLED and "jekyll" in str(error.value)
    (root / ".kiji").mkdir()
    (root / ".kiji" / "site.toml").write_text("[server\n", encoding="utf-8")
    with pytest.raises(ServerSetupError) as error:
        plan_server(detect_layout(root), tmp_path)
    assert error.value.template == BAD_SETTINGS


def test_log_lines_name_errors_with_their_file_and_line() -> None:
    line = classify_line(
        "  Liquid Exception: Liquid syntax error (line 12): Unknown tag 'hilite' in "
        "_posts/2025-11-16-kyoto-autumn.md"
    )
    assert line.level == "error"
    located = classify_line('ERROR render of "page" failed: "/site/content/posts/a.md:7:3": bad')
    assert (located.level, located.file, located.line) == ("error", "/site/content/posts/a.md", 7)
    assert classify_line("Deprecation: the 'gems' option is deprecated").level == "warning"
    assert classify_line("      Generating...").level == ""
    # Jekyll's server, when the Site tab's browser asks for an icon the site does not have.
    assert classify_line("[2026-12-02 22:33:57] ERROR `/favicon.ico' not found.").level == ""
    missing = "[2026-12-02 22:33:01] ERROR `/assets/images/a.png' not found."
    assert classify_line(missing).level == "error"


def test_the_rebuilt_line_of_each_generator_is_recognised() -> None:
    # As Jekyll 4.3 and Hugo 0.111 print them after a change (copied from their output).
    assert classify_line("                    ...done in 0.050286171 seconds.").rebuilt
    assert classify_line("Total in 2 ms").rebuilt
    assert not classify_line("                    done in 0.357 seconds.").rebuilt  # first build
    assert not classify_line("      Regenerating: 1 file(s) changed at 2026-12-02").rebuilt
    assert not classify_line("Built in 5 ms").rebuilt
