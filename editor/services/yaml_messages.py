"""The front matter's YAML, TOML and JSON errors in the writer's language.

The core words these errors in English: a sentence of Kiji's around the parser's own
short problem. PyYAML's come from :mod:`editor.core.post.yaml_load` (``could not find
expected ':'``); the site index reads YAML with PyYAML's C loader, libyaml, whose problems
are worded a little differently (``mapping values are not allowed in this context``);
Hugo's ``+++`` front matter is read with ``tomllib`` (``Unclosed array (at line 4,
column 1)``) and its JSON front matter with :mod:`json` (``Expecting ',' delimiter``).
The sentence and the problem are recognised here and translated, every wording in one
table; a problem the table does not know is shown as the parser wrote it, inside the
translated sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from editor.core.site.post_entries import BRACE_NOT_JSON
from editor.core.site.site_errors import QT_TRANSLATE_NOOP

__all__ = ["translate_yaml_message"]

_CONTEXT = "YamlMessage"


_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"The front matter is not valid YAML: (?P<problem>.*?)(?: \((?P<where>[^()]*)\))?\.$"
        ),
        QT_TRANSLATE_NOOP("YamlMessage", "The front matter is not valid YAML: {problem}."),
    ),
    (
        re.compile(
            r"The front matter is not valid TOML: (?P<problem>.*?)"
            r" \(at line (?P<line>\d+), column (?P<column>\d+)\)\.$"
        ),
        QT_TRANSLATE_NOOP(
            "YamlMessage",
            "The front matter is not valid TOML: {problem} (at line {line}, column {column}).",
        ),
    ),
    (
        re.compile(r"The front matter is not valid TOML: (?P<problem>.*)\.$"),
        QT_TRANSLATE_NOOP("YamlMessage", "The front matter is not valid TOML: {problem}."),
    ),
    (
        re.compile(r"The front matter is not valid JSON: (?P<problem>.*)\.$"),
        QT_TRANSLATE_NOOP("YamlMessage", "The front matter is not valid JSON: {problem}."),
    ),
    (
        re.compile(r"The front matter opened by '(?P<fence>[^']*)' on line 1 is never closed\.$"),
        QT_TRANSLATE_NOOP(
            "YamlMessage", "The front matter opened by “{fence}” on line 1 is never closed."
        ),
    ),
    (
        re.compile(re.escape(BRACE_NOT_JSON) + "$"),  # ("{{": the template is formatted)
        QT_TRANSLATE_NOOP(
            "YamlMessage",
            "The file starts with “{{”, so Hugo reads it as JSON front matter, and it is not "
            "JSON: the site will not build. Put the front matter first (between +++ lines), "
            "or begin the file with another character.",
        ),
    ),
    (
        re.compile(r"The front matter is nested too deeply to read\.$"),
        QT_TRANSLATE_NOOP("YamlMessage", "The front matter is nested too deeply to read."),
    ),
    (
        re.compile(r"The front matter should be lines of “key: value”, but it is not\.$"),
        QT_TRANSLATE_NOOP(
            "YamlMessage", "The front matter should be lines of “key: value”, but it is not."
        ),
    ),
    (
        re.compile(
            r"The key “(?P<key>.*)” appears more than once; each key may appear only once\.$"
        ),
        QT_TRANSLATE_NOOP(
            "YamlMessage", "The key “{key}” appears more than once; each key may appear only once."
        ),
    ),
    (
        re.compile(r"The value of “(?P<key>.*)” cannot be read: (?P<problem>.*)\.$"),
        QT_TRANSLATE_NOOP("YamlMessage", "The value of “{key}” cannot be read: {problem}."),
    ),
    (
        re.compile(r"Keys must be plain text, not lists or mappings\.$"),
        QT_TRANSLATE_NOOP("YamlMessage", "Keys must be plain text, not lists or mappings."),
    ),
)

_PROBLEMS = {
    "could not find expected ':'": QT_TRANSLATE_NOOP("YamlMessage", "a “:” is missing after a key"),
    "mapping values are not allowed": QT_TRANSLATE_NOOP(
        "YamlMessage",
        "a “:” is where no value can start (put the value in quotes, or add a space after “:”)",
    ),
    "did not find expected key": QT_TRANSLATE_NOOP(
        "YamlMessage", "a line is indented differently from the keys around it"
    ),
    "found character '\\t' that cannot start any token": QT_TRANSLATE_NOOP(
        "YamlMessage", "a tab is used for indentation (YAML allows only spaces)"
    ),
    "found a tab character": QT_TRANSLATE_NOOP(
        "YamlMessage", "a tab is used for indentation (YAML allows only spaces)"
    ),
    "found character that cannot start any token": QT_TRANSLATE_NOOP(
        "YamlMessage",
        "a line starts with a character no value can start with (a tab, “@” or “`”)",
    ),
    "did not find expected <document start>": QT_TRANSLATE_NOOP(
        "YamlMessage", "the first line is indented, or a line is indented more than the first"
    ),
    "found unexpected end of stream": QT_TRANSLATE_NOOP(
        "YamlMessage", "a quote or bracket is never closed"
    ),
    "expected ',' or ']', but got '<stream end>'": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “[” list is never closed with “]”"
    ),
    "did not find expected ',' or ']'": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “[” list is never closed with “]”"
    ),
    "found undefined alias": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “*” refers to an anchor that does not exist"
    ),
    "it could not be read": QT_TRANSLATE_NOOP("YamlMessage", "it could not be read"),
    # tomllib's (TOML front matter, Hugo's +++)
    "Unclosed array": QT_TRANSLATE_NOOP("YamlMessage", "a “[” list is never closed with “]”"),
    "Unclosed inline table": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “{” table is never closed with “}”"
    ),
    "Unterminated string": QT_TRANSLATE_NOOP("YamlMessage", "a quote or bracket is never closed"),
    "Illegal character '\\n'": QT_TRANSLATE_NOOP(
        "YamlMessage", "a quote is never closed on its line"
    ),
    "Expected '=' after a key": QT_TRANSLATE_NOOP("YamlMessage", "an “=” is missing after a key"),
    "Expected newline or end of document after a statement": QT_TRANSLATE_NOOP(
        "YamlMessage", "a line goes on after its value (one “key = value” per line)"
    ),
    "Invalid value": QT_TRANSLATE_NOOP(
        "YamlMessage", 'a value cannot be read (text goes in quotes: "…")'
    ),
    "Invalid date or datetime": QT_TRANSLATE_NOOP("YamlMessage", "a date or time cannot be read"),
    "Invalid statement": QT_TRANSLATE_NOOP("YamlMessage", "a line is not “key = value”"),
    "Invalid initial character for a key part": QT_TRANSLATE_NOOP(
        "YamlMessage", "a line is not “key = value”"
    ),
    "Cannot overwrite a value": QT_TRANSLATE_NOOP("YamlMessage", "a key is given more than once"),
    "Cannot declare": QT_TRANSLATE_NOOP("YamlMessage", "a key is given more than once"),
    "it is not valid YAML": QT_TRANSLATE_NOOP("YamlMessage", "it could not be read"),
    # json's (Hugo's JSON front matter; "Unterminated string" is matched above)
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "YamlMessage", "a key is not in double quotes, or a “,” is left before “}”"
    ),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “,” is missing between two entries"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("YamlMessage", "a “:” is missing after a key"),
    "Expecting value": QT_TRANSLATE_NOOP(
        "YamlMessage", 'a value cannot be read (text goes in double quotes: "…")'
    ),
    "Invalid control character": QT_TRANSLATE_NOOP(
        "YamlMessage", "a quoted text holds a line break or a tab (write \\n or \\t)"
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "YamlMessage", "a “\\” in a quoted text starts no escape (write “\\\\”)"
    ),
}


def _problem(text: str) -> str:
    for known, template in _PROBLEMS.items():
        if text.startswith(known):
            return QCoreApplication.translate(_CONTEXT, template)
    return text


def translate_yaml_message(message: str) -> str:
    """``message`` (one of :mod:`editor.core.post.yaml_load`'s) in the UI language."""
    for pattern, template in _SENTENCES:
        match = pattern.match(message)
        if match is not None:
            values = {k: v for k, v in match.groupdict().items() if v is not None}
            if "problem" in values:
                values["problem"] = _problem(values["problem"])
            return QCoreApplication.translate(_CONTEXT, template).format(**values)
    return message
