"""The site's own preview server: which command starts it, where it listens, what its log says.

The command comes from the site's generator (:meth:`Generator.serve_command`) unless the
site's ``.kiji/site.toml`` names one::

    [server]
    command = "bundle exec jekyll serve --drafts --livereload --port {port}"

``{port}`` is replaced by the free port Kiji picked; the server must listen on 127.0.0.1.
"""

from __future__ import annotations

import re
import shlex
import shutil
import socket
import tomllib
from dataclasses import dataclass
from pathlib import Path

from editor.core.site.site_errors import QT_TRANSLATE_NOOP
from editor.core.site.site_layout import SiteLayout

SITE_SETTINGS = Path(".kiji") / "site.toml"
NO_SERVER = QT_TRANSLATE_NOOP(
    "SiteServer", "This site has no server of its own (it is neither Jekyll nor Hugo)."
)
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "SiteServer",
    "{0} is not installed (it is not on PATH), so the site cannot be run. Install it, or "
    "set the command in .kiji/site.toml under [server].",
)
BAD_SETTINGS = QT_TRANSLATE_NOOP(
    "SiteServer", "The server command in .kiji/site.toml cannot be read: {0}"
)

_ERROR = re.compile(r"\b(error|fatal|failed|exception)\b", re.IGNORECASE)
_WARNING = re.compile(r"\b(warn(ing)?|deprecat\w*)\b", re.IGNORECASE)
# WEBrick's 404 for the icon every browser asks for by itself.
_BROWSER_ASKS = re.compile(r"ERROR `/favicon\.ico' not found")
# The line each generator prints when a rebuild after a change is finished.
_REBUILT = re.compile(r"^\s*\.\.\.done in [\d.]+ seconds\.|^Total in \d+ ms")
_PLACE = re.compile(
    r"(?P<file>[\w./\\-]+\.(?:md|markdown|html|ya?ml|toml|scss|liquid))(?::|\s+line\s+)(?P<line>\d+)",
    re.IGNORECASE,
)


class ServerSetupError(Exception):
    """The server cannot be started; ``template`` and ``args`` give the translatable words."""

    def __init__(self, template: str, *args: str) -> None:
        self.template = template
        self.args_for_template = args
        super().__init__(template.format(*args))


@dataclass(frozen=True)
class ServerPlan:
    """How to start the server: ``argv`` in ``cwd``, then pages are at ``url``."""

    argv: tuple[str, ...]
    cwd: Path
    url: str
    port: int


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def plan_server(layout: SiteLayout, destination: Path, port: int | None = None) -> ServerPlan:
    """The command that serves ``layout``'s site, checked to be installed.

    Raises :class:`ServerSetupError` when there is none, it is not installed, or the
    site's ``.kiji/site.toml`` cannot be read.
    """
    port = port if port is not None else free_port()
    argv = _configured(layout.root, port)
    if argv is None:
        argv = layout.generator.serve_command(layout, port, destination)
    if not argv:
        raise ServerSetupError(NO_SERVER)
    if shutil.which(argv[0]) is None:
        raise ServerSetupError(NOT_INSTALLED, argv[0])
    return ServerPlan(tuple(argv), layout.root, f"http://127.0.0.1:{port}{layout.baseurl}/", port)


def _configured(root: Path, port: int) -> list[str] | None:
    path = root / SITE_SETTINGS
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        command = data.get("server", {}).get("command")
        if command is None:
            return None
        if not isinstance(command, str):
            raise ValueError("command must be a string")
        return [part.replace("{port}", str(port)) for part in shlex.split(command)]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
        raise ServerSetupError(BAD_SETTINGS, str(error)) from error


@dataclass(frozen=True)
class LogLine:
    """One line of the server's output: ``level`` is ``"error"``, ``"warning"`` or ``""``.

    ``rebuilt`` is true for the line that says a rebuild after a change has finished
    (Jekyll's ``...done in 0.05 seconds.``, Hugo's ``Total in 2 ms``).
    """

    text: str
    level: str = ""
    file: str = ""
    line: int = 0
    rebuilt: bool = False


def classify_line(text: str) -> LogLine:
    """Mark errors and warnings in a server's output, and the file and line they name."""
    level = "error" if _ERROR.search(text) else "warning" if _WARNING.search(text) else ""
    if _BROWSER_ASKS.search(text):
        level = ""  # the browser asks every site for an icon; a site without one is fine
    rebuilt = _REBUILT.search(text) is not None
    place = _PLACE.search(text)
    if place is None:
        return LogLine(text, level, rebuilt=rebuilt)
    return LogLine(text, level, place.group("file"), int(place.group("line")), rebuilt)
