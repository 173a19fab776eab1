"""The site's own textlint, for real: npm's textlint and one rule in a temporary site.

``make textlint-fixture`` installs them into ``build/textlint`` (``make test`` does it
first); when that has not run, the fixture runs the same ``npm install`` itself.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.core.proof.textlint import find_textlint, parse_report
from editor.services.textlint import TextlintService
from tests.ui.helpers import copy_sample

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "build" / "textlint"
RULE = "ja-space-between-half-and-full-width"
BODY = (
    "\n# 見出し\n\nこれは Kiji のテスト です。\n\n```\nコード Kiji は無視\n```\n\n"
    "😀 絵文字の後 Kiji 。\n"
)


@pytest.fixture(scope="session")
def node_modules() -> Path:
    """textlint and the rule, installed by npm (once)."""
    if not (FIXTURE / ".installed").exists():
        assert shutil.which("npm"), "npm is needed: sh packaging/linux/system-deps.sh test"
        FIXTURE.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "tests" / "data" / "textlint" / "package.json", FIXTURE)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=FIXTURE, check=True
        )
        (FIXTURE / ".installed").touch()
    return FIXTURE / "node_modules"


@pytest.fixture
def lint_site(tmp_path: Path, node_modules: Path) -> Path:
    """The sample site with a .textlintrc.json and the installed textlint."""
    site = copy_sample(tmp_path)
    (site / "node_modules").symlink_to(node_modules, target_is_directory=True)
    (site / ".textlintrc.json").write_text(
        json.dumps({"rules": {RULE: {"space": "never"}}}), encoding="utf-8"
    )
    post = site / "_posts" / "2025-09-03-lint.md"
    post.write_text(f"---\ntitle: lint\ndate: 2025-09-03 10:00:00 +0900\n---\n{BODY}", "utf-8")
    return site


def test_no_textlint_without_a_configuration_or_a_program(tmp_path: Path) -> None:
    assert find_textlint(tmp_path) is None
    (tmp_path / ".textlintrc").write_text("{}", encoding="utf-8")
    assert find_textlint(tmp_path) is None  # no node_modules/.bin/textlint
    assert find_textlint(None) is None


def test_a_broken_report_is_an_error_with_textlints_words() -> None:
    from editor.core.proof.textlint import TextlintError

    with pytest.raises(TextlintError, match="Cannot find module"):
        parse_report("Error: Cannot find module 'textlint-rule-x'", "text")


def test_the_service_runs_the_sites_textlint(qtbot, lint_site: Path) -> None:
    service = TextlintService()
    service.set_site(lint_site)
    assert service.available()
    with qtbot.waitSignal(service.linted, timeout=60000) as linted:
        service.lint("post", BODY, "_posts/2025-09-03-lint.md")
    findings = linted.args[2]
    assert [(f.rule, BODY[f.start - 2 : f.end + 2]) for f in findings] == [
        (f"textlint:{RULE}", "れは Ki"),
        (f"textlint:{RULE}", "ji のテ"),
        (f"textlint:{RULE}", "の後 Ki"),  # after an emoji: UTF-16 positions converted
    ]
    assert all(f.fix == "" and RULE in f.message.source for f in findings)
    with qtbot.waitSignal(service.fixed, timeout=60000) as fixed:
        service.fix("post", BODY, "_posts/2025-09-03-lint.md")
    assert "これはKijiのテスト です。" in fixed.args[2]
    assert "コード Kiji は無視" in fixed.args[2]  # code left alone
    service.close()


def test_why_textlint_cannot_run(tmp_path: Path) -> None:
    from editor.core.proof.textlint import missing_textlint

    assert missing_textlint(tmp_path) == "no-config"
    (tmp_path / ".textlintrc.yml").write_text("rules: {}\n", encoding="utf-8")
    assert missing_textlint(tmp_path) == "not-installed"
