"""Hostile post bodies shared by the security tests and ``benchmarks/bench_security.py``.

Each body is a template: ``{server}`` is the URL of a local HTTP server that counts the
requests it gets (``http://127.0.0.1:<port>``) and ``{outside}`` an absolute folder
outside the site holding ``secret.png``. Every payload that could run would set
``document.title`` to a string starting with ``pwned`` or request something from the
server; every one that could read a file would show ``secret.png``'s bytes.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Payload:
    """One hostile post body and the theme it belongs to."""

    name: str
    theme: str  # "image" (reads outside the site) or "markup" (runs or fetches)
    body: str

    def render(self, server: str, outside: str) -> str:
        """The body with the server URL and the outside folder filled in."""
        return self.body.replace("{server}", server).replace("{outside}", outside)


def png_bytes(width: int = 2, height: int = 2, seed: int = 1) -> bytes:
    """A valid PNG of noise (large when big: it barely compresses), for images that leak."""
    state = seed
    rows = []
    for _ in range(height):
        row = bytearray([0])
        for _ in range(width * 3):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(state >> 16 & 0xFF)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 1))
        + chunk(b"IEND", b"")
    )


IMAGE_PAYLOADS = [
    Payload("absolute path", "image", "![secret]({outside}/secret.png)\n"),
    Payload("absolute path, raw html", "image", '<img src="{outside}/secret.png" alt="secret">\n'),
    Payload("file url", "image", "![secret](file://{outside}/secret.png)\n"),
    Payload("climbing path", "image", "![secret](../../../../../../{outside}/secret.png)\n"),
    Payload("symlink leading out", "image", "![secret](/assets/leak.png)\n"),
    Payload("symlink leading out, relative", "image", "![secret](../assets/leak.png)\n"),
    Payload("encoded climb", "image", "![secret](/%2e%2e/%2e%2e/%2e%2e{outside}/secret.png)\n"),
]

MARKUP_PAYLOADS: list[Payload] = []

ALL_PAYLOADS = IMAGE_PAYLOADS + MARKUP_PAYLOADS
