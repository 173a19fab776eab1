"""A minimal Chrome DevTools Protocol client, enough to run JavaScript in a page.

QtWebEngine serves the DevTools protocol when an app is started with
``QTWEBENGINE_REMOTE_DEBUGGING=<port>``, for every Qt app with a web view: Kiji's preview
and ghostwriter's alike. The benchmarks use it to put the same ``MutationObserver`` into
each app's preview page and read back when the page changed, so both apps are measured
by the same clock in the same way. Only the standard library is used (a WebSocket client
of a few dozen lines), so a benchmark needs nothing installed for it.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import socket
import struct
import time
import urllib.request
from typing import Any
from urllib.parse import urlparse


class DevToolsError(RuntimeError):
    """The page could not be reached, or it answered with an error."""


def page_targets(port: int) -> list[dict[str, Any]]:
    """The pages the app at ``port`` serves (``[]`` while it is not listening yet)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as answer:
            targets = json.load(answer)
    except OSError:
        return []
    return [target for target in targets if target.get("type") == "page"]


class PageSession:
    """One WebSocket connection to a page: ``evaluate()`` JavaScript and get its value."""

    def __init__(self, websocket_url: str, timeout: float = 10.0) -> None:
        url = urlparse(websocket_url)
        self._socket = socket.create_connection((url.hostname, url.port or 80), timeout)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._buffer = b""
        self._ids = itertools.count(1)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {url.path} HTTP/1.1\r\nHost: {url.netloc}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        )
        self._socket.sendall(request.encode())
        head = self._read_until(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise DevToolsError(f"the page refused the connection: {head[:80]!r}")
        self._context: int | None = None

    def use_own_world(self, name: str = "benchmark") -> None:
        """Evaluate from now on in an isolated world of our own in the page's main frame.

        A page may have JavaScript switched off (Kiji's preview does: a post's scripts
        must not run); a world of our own still runs scripts, and it sees the same DOM.
        """
        frame = self._call("Page.getFrameTree", {})["frameTree"]["frame"]["id"]
        world = self._call("Page.createIsolatedWorld", {"frameId": frame, "worldName": name})
        self._context = int(world["executionContextId"])

    def close(self) -> None:
        """Close the connection."""
        self._socket.close()

    def evaluate(self, expression: str) -> Any:
        """Run ``expression`` in the page (see :meth:`use_own_world`); return its value."""
        params: dict[str, Any] = {"expression": expression, "returnByValue": True}
        if self._context is not None:
            params["contextId"] = self._context
        answer = self._call("Runtime.evaluate", params)
        if "exceptionDetails" in answer:
            raise DevToolsError(str(answer["exceptionDetails"])[:300])
        return answer.get("result", {}).get("value")

    # -- the protocol ------------------------------------------------------------------------
    def _call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        number = next(self._ids)
        self._send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self._receive())
            if message.get("id") == number:
                if "error" in message:
                    raise DevToolsError(str(message["error"]))
                result: dict[str, Any] = message.get("result", {})
                return result

    # -- WebSocket framing (RFC 6455: a client masks what it sends) --------------------------
    def _send(self, text: str, opcode: int = 0x1) -> None:
        payload = text.encode()
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self._socket.sendall(header + mask + masked)

    def _receive(self) -> str:
        parts: list[bytes] = []
        while True:
            first, second = self._read_exactly(2)
            length = second & 0x7F
            if length == 126:
                (length,) = struct.unpack(">H", self._read_exactly(2))
            elif length == 127:
                (length,) = struct.unpack(">Q", self._read_exactly(8))
            mask = self._read_exactly(4) if second & 0x80 else b""
            payload = self._read_exactly(length)
            if mask:
                payload = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
            opcode = first & 0x0F
            if opcode == 0x8:
                raise DevToolsError("the page closed the connection")
            if opcode == 0x9:  # ping: answer, then keep reading
                self._send(payload.decode(errors="replace"), opcode=0xA)
                continue
            if opcode in (0x0, 0x1):
                parts.append(payload)
                if first & 0x80:
                    return b"".join(parts).decode()

    def _read_exactly(self, count: int) -> bytes:
        while len(self._buffer) < count:
            chunk = self._socket.recv(65536)
            if not chunk:
                raise DevToolsError("the connection to the page ended")
            self._buffer += chunk
        data, self._buffer = self._buffer[:count], self._buffer[count:]
        return data

    def _read_until(self, marker: bytes) -> bytes:
        while marker not in self._buffer:
            chunk = self._socket.recv(65536)
            if not chunk:
                raise DevToolsError("the connection to the page ended")
            self._buffer += chunk
        head, self._buffer = self._buffer.split(marker, 1)
        return head


def connect(port: int, timeout: float = 60.0) -> PageSession:
    """Wait for the app at ``port`` to serve a page, and connect to the first one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        targets = page_targets(port)
        if targets:
            return PageSession(targets[0]["webSocketDebuggerUrl"])
        time.sleep(0.1)
    raise DevToolsError(f"no page on port {port} after {timeout:.0f} s")
