"""The site's own textlint: where it is, how to call it, and what its JSON output means.

A site that keeps a textlint configuration (``.textlintrc``, ``.textlintrc.json``,
``.textlintrc.yml``…) and has run ``npm install`` has ``node_modules/.bin/textlint``; Kiji
runs that program on the open post's body through standard input (so unsaved text is
checked and nothing is written) and reads its ``--format json`` report. textlint counts
positions in UTF-16 units, as JavaScript does; :func:`parse_report` turns them into
Python offsets of the text given.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from editor.core.export.export_api import Text
from editor.core.proof.ja_style import Finding
from editor.core.text.utf16 import code_point_index, utf16_length

CONFIG_NAMES = (
    ".textlintrc",
    ".textlintrc.json",
    ".textlintrc.yml",
    ".textlintrc.yaml",
    ".textlintrc.js",
    ".textlintrc.cjs",
)
RULE_PREFIX = "textlint:"


class TextlintError(Exception):
    """textlint could not run or did not answer with a report (the reason is the message)."""


@dataclass(frozen=True)
class TextlintSetup:
    """The site's textlint program and configuration file."""

    program: Path
    config: Path


def find_textlint(site_root: Path | None) -> TextlintSetup | None:
    """The site's textlint, when it has both a configuration and an installed program."""
    if site_root is None:
        return None
    config = next((site_root / n for n in CONFIG_NAMES if (site_root / n).is_file()), None)
    if config is None:
        return None
    bin_folder = site_root / "node_modules" / ".bin"
    names = ("textlint.cmd", "textlint") if sys.platform == "win32" else ("textlint",)
    program = next((bin_folder / n for n in names if (bin_folder / n).is_file()), None)
    return TextlintSetup(program, config) if program is not None else None


def missing_textlint(site_root: Path) -> str:
    """Why the site's textlint cannot run: ``"no-config"``, ``"not-installed"`` or ``""``."""
    if not any((site_root / name).is_file() for name in CONFIG_NAMES):
        return "no-config"
    return "" if find_textlint(site_root) is not None else "not-installed"


def lint_command(setup: TextlintSetup, file_name: str, *, fix: bool = False) -> list[str]:
    """The command that lints (or fixes, without writing) standard input as ``file_name``."""
    command = [str(setup.program), "--config", str(setup.config), "--format", "json"]
    if fix:
        command += ["--fix", "--dry-run"]
    return [*command, "--stdin", "--stdin-filename", file_name]


def _report(output: str) -> dict[str, object]:
    try:
        data = json.loads(output)
    except json.JSONDecodeError as error:
        raise TextlintError(output.strip()[:300] or str(error)) from error
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        raise TextlintError("textlint gave no report")
    return data[0]


def parse_report(output: str, text: str) -> list[Finding]:
    """textlint's messages on ``text`` as findings (rule ``textlint:<ruleId>``, fix if any)."""
    messages = _report(output).get("messages", [])
    last = utf16_length(text)
    findings: list[Finding] = []
    for message in messages if isinstance(messages, list) else []:
        if not isinstance(message, dict):
            continue
        rule = str(message.get("ruleId", "textlint"))
        span = message.get("range") or [message.get("index", 0), message.get("index", 0) + 1]
        start, end = (code_point_index(text, min(max(int(v), 0), last)) for v in span[:2])
        fix = message.get("fix")
        replacement = None
        if isinstance(fix, dict) and fix.get("range") == span[:2]:
            replacement = str(fix.get("text", ""))
        shown = f"{message.get('message', '')} ({rule})"
        findings.append(
            Finding(
                RULE_PREFIX + rule,
                start,
                max(end, start + 1),
                Text("textlint", shown),
                (),
                replacement,
            )
        )
    return findings


def fixed_text(output: str) -> str:
    """The text ``--fix --dry-run`` would write."""
    fixed = _report(output).get("output")
    if not isinstance(fixed, str):
        raise TextlintError("textlint gave no fixed text")
    return fixed
