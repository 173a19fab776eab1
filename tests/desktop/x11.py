"""Drive the real Kiji on a real X server: start it, find its window, type, quit.

Everything here goes through the X server the way a person's input does: Xvfb is the
display, Qt's xcb platform draws on it, ``xdotool`` sends real key and mouse events and
reads window titles, and python-xlib sends the window manager's close request
(``WM_DELETE_WINDOW``), which no xdotool command does.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[2]
# Lines that mean the process died badly, whatever its exit code says.
FATAL_OUTPUT = re.compile(r"Fatal|Segmentation|Traceback|core dumped|Aborted")
WINDOW_TITLE = re.compile(r" — Kiji$|^Kiji$")

T = TypeVar("T")


def wait_for(condition: Callable[[], T | None], timeout: float, what: str) -> T:
    """Poll ``condition`` until it gives something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.1)


@dataclass
class XServer:
    """A running Xvfb; ``env`` is what a program needs to draw on it."""

    display: str
    process: subprocess.Popen[bytes]

    @property
    def env(self) -> dict[str, str]:
        """The environment of a program on this display, with Qt's xcb platform."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        return env

    def xdotool(self, *args: str, check: bool = True) -> str:
        """Run one xdotool command on this display and return what it printed."""
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=30
        )
        if check and result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def map_characters(self, text: str) -> bool:
        """Give every character of ``text`` a key of its own on this server's keyboard.

        xdotool types a character the keyboard lacks by remapping a spare key for a moment
        and mapping it back; an app still busy reads the key press after the map is back
        and sees nothing (the frozen bundle under load lost the Japanese this way). With
        the characters on the keyboard for good, a key press is just a key press. Returns
        whether the map changed.
        """
        from Xlib import XK, display

        connection = display.Display(self.display)
        try:
            first = connection.display.info.min_keycode
            count = connection.display.info.max_keycode - first + 1
            mapping = connection.get_keyboard_mapping(first, count)
            present = {keysym for row in mapping for keysym in row}
            free = [first + i for i, row in enumerate(mapping) if not any(row)]
            changed = False
            for char in dict.fromkeys(text):
                keysym = XK.string_to_keysym(char) if char.isascii() else 0x01000000 + ord(char)
                if keysym in present or not free:
                    continue
                keycode = free.pop()
                connection.change_keyboard_mapping(keycode, [(keysym, keysym)])
                present.add(keysym)
                changed = True
            connection.sync()
            return changed
        finally:
            connection.close()

    def screenshot(self, target: Path) -> Path:
        """Save the whole screen as a PNG (ImageMagick's ``import``)."""
        subprocess.run(
            ["import", "-window", "root", str(target)], env=self.env, check=True, timeout=30
        )
        return target


@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[XServer]:
    """Start Xvfb on a display number it picks itself, once it accepts clients; stop it after.

    ``-displayfd`` makes Xvfb choose a free number and write it when it is ready, so two
    suites (or a server still shutting down) never race for the same display.
    """
    read_end, write_end = os.pipe()
    # -noreset: by default the server resets when its last client leaves, and a Kiji
    # starting in that moment cannot connect.
    command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"]
    process = subprocess.Popen(
        [*command, "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number or process.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        server = XServer(f":{number}", process)
        wait_for(
            lambda: server.xdotool("getdisplaygeometry", check=False),
            30,
            f"Xvfb on :{number} to accept clients",
        )
        yield server
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(10)


def kiji_command() -> list[str]:
    """How to start Kiji as a person does: its installed ``kiji`` entry point.

    ``KIJI_APP`` names another program to drive instead (the frozen bundle's executable).
    """
    if os.environ.get("KIJI_APP"):
        return [os.environ["KIJI_APP"]]
    script = Path(sys.executable).parent / ("kiji.exe" if sys.platform == "win32" else "kiji")
    return [str(script)] if script.exists() else [sys.executable, "-m", "editor"]


@dataclass
class RunningKiji:
    """One Kiji process on an X server, with helpers that act like its writer."""

    server: XServer
    process: subprocess.Popen[bytes]
    log: Path
    home: Path
    window: str = ""
    _finished: bool = field(default=False, repr=False)

    # -- windows ------------------------------------------------------------------------
    def windows(self, title: str = ".") -> list[str]:
        """Ids of this process's visible windows whose title matches ``title``."""
        out = self.server.xdotool(
            "search",
            "--all",
            "--onlyvisible",
            "--pid",
            str(self.process.pid),
            "--name",
            title,
            check=False,
        )
        return out.split()

    def title(self, window: str | None = None) -> str:
        """The current title of ``window`` (the main window by default)."""
        return self.server.xdotool("getwindowname", window or self.window, check=False)

    def wait_for_main_window(self, timeout: float = 60, title: str = ".md") -> str:
        """Wait until the main window is mapped and shows ``title`` (a post is open)."""

        def ready() -> str | None:
            self.assert_alive()
            for window in self.windows(" — Kiji$"):
                if title in self.title(window):
                    return window
            return None

        self.window = wait_for(ready, timeout, f"Kiji's window with {title!r} in its title")
        return self.window

    def wait_for_title(
        self, condition: Callable[[str], bool], what: str, timeout: float = 30
    ) -> str:
        """Wait until the main window's title satisfies ``condition``."""

        def check() -> str | None:
            self.assert_alive()
            title = self.title()
            return title if condition(title) else None

        return wait_for(check, timeout, what)

    # -- input --------------------------------------------------------------------------
    def focus(self) -> None:
        """Give the main window the keyboard focus (there is no window manager to do it)."""
        self.server.xdotool("windowfocus", "--sync", self.window)

    def type(self, text: str) -> None:
        """Type ``text`` with real X key events, Japanese included."""
        if self.server.map_characters(text):
            time.sleep(0.5)  # the app takes in the new keyboard map before the first key
        self.focus()
        self.server.xdotool("type", "--delay", "30", "--window", self.window, text)

    def key(self, *combos: str) -> None:
        """Press key combinations, e.g. ``key("ctrl+s")``."""
        self.focus()
        self.server.xdotool("key", "--delay", "60", "--clearmodifiers", *combos)

    def click(self, x: int, y: int) -> None:
        """Click the left mouse button at screen position ``(x, y)``."""
        self.server.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")

    def close_like_the_window_manager(self) -> None:
        """Send ``WM_DELETE_WINDOW`` to the main window: its title bar's close button."""
        from Xlib import X, display, protocol

        connection = display.Display(self.server.display)
        try:
            window = connection.create_resource_object("window", int(self.window))
            protocols = connection.intern_atom("WM_PROTOCOLS")
            delete = connection.intern_atom("WM_DELETE_WINDOW")
            event = protocol.event.ClientMessage(
                window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
            )
            window.send_event(event, event_mask=X.NoEventMask)
            connection.flush()
        finally:
            connection.close()

    # -- the process --------------------------------------------------------------------
    def output(self) -> str:
        """Everything the process printed so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def assert_alive(self) -> None:
        """Fail (with the process's last lines) if it has exited."""
        code = self.process.poll()
        if code is not None:
            raise AssertionError(f"Kiji exited with {code}:\n{self.tail()}")

    def tail(self, lines: int = 15) -> str:
        """The last lines of output that are not Chromium's harmless chatter."""
        noise = re.compile(r"dbus|ulkan|GPU|gpu|zygote|Sandboxing|libEGL|MESA|viz")
        kept = [line for line in self.output().splitlines() if not noise.search(line)]
        return "\n".join(kept[-lines:])

    def send_signal(self, signum: int) -> None:
        """Send ``signum`` to the process."""
        self.process.send_signal(signum)

    def wait_exit(self, timeout: float = 30) -> int:
        """Wait for the process to end and return its exit code (negative: killed by n)."""
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired as error:
            self.process.kill()
            self.process.wait(10)
            message = f"Kiji did not exit within {timeout:.0f} s:\n{self.tail()}"
            raise AssertionError(message) from error
        self._finished = True
        return code

    def assert_clean_output(self) -> None:
        """No crash, abort or Python traceback in what the process printed."""
        match = FATAL_OUTPUT.search(self.output())
        assert match is None, f"Kiji printed {match.group(0)!r}:\n{self.tail()}"

    def stop(self) -> None:
        """Make sure the process is gone (end of a test, failed or not)."""
        if self.process.poll() is None:
            self.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(10)


@contextlib.contextmanager
def running_kiji(server: XServer, args: Sequence[str], home: Path) -> Iterator[RunningKiji]:
    """Start ``kiji ARGS`` on ``server`` with its own user folder; kill it at the end."""
    home.mkdir(parents=True, exist_ok=True)
    log = Path(tempfile.mkstemp(prefix="kiji-desktop-", suffix=".log")[1])
    env = server.env
    env["KIJI_HOME"] = str(home)
    env["LANG"] = env.get("KIJI_TEST_LANG", "C.UTF-8")
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*kiji_command(), *args],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=tempfile.gettempdir(),
        )
    app = RunningKiji(server, process, log, home)
    try:
        yield app
    finally:
        app.stop()
        log.unlink(missing_ok=True)


def desktop_tools_missing() -> list[str]:
    """The programs the desktop suite needs that this machine lacks."""
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
