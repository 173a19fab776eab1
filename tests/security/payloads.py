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

_RUN = "document.title='pwned'"


def _markup(name: str, body: str) -> Payload:
    return Payload(name, "markup", body + "\n")


MARKUP_PAYLOADS: list[Payload] = [
    # -- script that would run -------------------------------------------------------
    _markup("script tag", f"<script>{_RUN};fetch('{{server}}/script')</script>"),
    _markup("event handler", f'<img src="x.png" onerror="{_RUN}">'),
    _markup("event handler, entities", '<img src="x" o&#110;error="document.title=1">'),
    _markup("svg onload", f'<svg onload="{_RUN}"><circle r="5"/></svg>'),
    _markup("svg animate", f'<svg><animate onbegin="{_RUN}" attributeName="x"/></svg>'),
    _markup("body onload", f'<body onload="{_RUN}">text</body>'),
    _markup("details ontoggle", f'<details open ontoggle="{_RUN}"><summary>s</summary></details>'),
    _markup("javascript link", "[click](javascript:document.title='pwned')"),
    _markup("javascript link, entities", '<a href="&#106;avascript:alert(1)">x</a>'),
    _markup("javascript link, tab", '<a href="java\tscript:alert(1)">x</a>'),
    _markup("data html link", '<a href="data:text/html,<script>alert(1)</script>">x</a>'),
    _markup("iframe srcdoc", f'<iframe srcdoc="<script>{_RUN}</script>"></iframe>'),
    _markup("iframe src", '<iframe src="{server}/iframe"></iframe>'),
    _markup("object data", '<object data="{server}/object"></object>'),
    _markup("embed src", '<embed src="{server}/embed">'),
    _markup("comment trick", f'<!--><img src="x" onerror="{_RUN}">-->'),
    _markup("template", f'<template><img src=x onerror="{_RUN}"></template>'),
    _markup("noscript", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    _markup("meta refresh", '<meta http-equiv="refresh" content="0;url={server}/refresh">'),
    _markup("base href", '<base href="{server}/base/"><img src="rel.png">'),
    _markup("form action", '<form action="{server}/form"><button formaction="{server}/fa">b'),
    _markup("math href", '<math href="javascript:alert(1)"><mi>x</mi></math>'),
    # -- fetches from the net ----------------------------------------------------------
    _markup("remote image", "![remote]({server}/markdown-image.png)"),
    _markup("remote raw image", '<img src="{server}/raw-image.png">'),
    _markup("protocol-relative image", '<img src="//127.0.0.1:1/x.png">'),
    _markup("img srcset", '<img src="a.png" srcset="{server}/srcset.png 2x">'),
    _markup("img lowsrc dynsrc", '<img src="a.png" lowsrc="{server}/l.png" dynsrc="{server}/d">'),
    _markup("img longdesc", '<img src="a.png" longdesc="{server}/longdesc">'),
    _markup("picture source", '<picture><source srcset="{server}/pic.png"><img src="a"></picture>'),
    _markup("video poster", '<video poster="{server}/poster.png" src="{server}/v.mp4"></video>'),
    _markup("audio src", '<audio src="{server}/a.mp3" autoplay></audio>'),
    _markup("input image", '<input type="image" src="{server}/input.png">'),
    _markup("table background", '<table background="{server}/bg.png"><tr><td>x</td></tr></table>'),
    _markup("td background", '<table><tr><td background="{server}/td.png">x</td></tr></table>'),
    _markup("link stylesheet", '<link rel="stylesheet" href="{server}/style.css">'),
    _markup("link prefetch", '<link rel="prefetch" href="{server}/prefetch">'),
    _markup("a ping", '<a href="#x" ping="{server}/ping">x</a>'),
    _markup("blockquote cite", '<blockquote cite="{server}/cite">q</blockquote>'),
    _markup("q cite", '<q cite="{server}/qcite">q</q>'),
    _markup("del ins cite", '<del cite="{server}/del">d</del><ins cite="{server}/ins">i</ins>'),
    _markup("svg use", '<svg><use href="{server}/use.svg#a"/><use xlink:href="{server}/x"/></svg>'),
    _markup("svg image", '<svg><image href="{server}/svg-image.png"/></svg>'),
    _markup(
        "style element",
        '<style>@import "{server}/import.css"; p{background:url({server}/s)}</style>',
    ),
    # -- CSS in style attributes --------------------------------------------------------
    _markup("style url", '<p style="background:url({server}/style-url)">x</p>'),
    _markup("style url, quoted", "<p style=\"background:url('{server}/style-url-q')\">x</p>"),
    _markup(
        "style image-set", "<p style=\"background-image:image-set('{server}/is.png' 1x)\">x</p>"
    ),
    _markup(
        "style -webkit-image-set",
        "<p style=\"background-image:-webkit-image-set('{server}/wis.png' 1x)\">x</p>",
    ),
    _markup("style image()", "<p style=\"background-image:image('{server}/image.png')\">x</p>"),
    _markup(
        "style cross-fade",
        "<p style=\"background-image:cross-fade('{server}/cf1.png', '{server}/cf2.png')\">x</p>",
    ),
    _markup("style element()", '<p style="background:element(#x)">x</p>'),
    _markup("style src()", "<p style=\"background:src('{server}/src.png')\">x</p>"),
    _markup("style escape", '<p style="background:\\75 rl({server}/escape)">x</p>'),
    _markup("style escape 2", '<p style="background:\\000075rl({server}/escape2)">x</p>'),
    _markup("style comment", '<p style="background:u/**/rl({server}/comment)">x</p>'),
    _markup("style comment unclosed", '<p style="color:red;background:url({server}/uc) /*">x</p>'),
    _markup("style entity", '<p style="background:&#117;rl({server}/entity)">x</p>'),
    _markup("style import", "<p style=\"@import '{server}/at-import'\">x</p>"),
    _markup("style expression", '<p style="width:expression(alert(1))">x</p>'),
    _markup("style behavior", '<p style="behavior:url({server}/b.htc)">x</p>'),
    _markup("style custom property", '<p style="--a:url({server}/var);background:var(--a)">x</p>'),
    _markup("style attr()", '<p data-u="{server}/attr" style="background:attr(data-u url)">x</p>'),
    _markup("style font face", '<p style="font-family:x;src:url({server}/font.woff)">x</p>'),
    # -- kramdown attribute lists --------------------------------------------------------
    _markup("ial style url", 'A paragraph.\n{: style="background:url({server}/ial-url)"}'),
    _markup(
        "ial style image-set",
        "A paragraph.\n{: style=\"background-image:image-set('{server}/ial-is.png' 1x)\"}",
    ),
    _markup("ial style escape", 'A paragraph.\n{: style="background:\\75 rl({server}/ial-esc)"}'),
    _markup("span ial style", '*word*{: style="background:url({server}/span-ial)"}'),
    _markup("ial event", 'A paragraph.\n{: onclick="alert(1)" onmouseover="alert(1)"}'),
    _markup("image ial", "![a](a.png){: style=\"background:cross-fade('{server}/img-ial')\"}"),
]

ALL_PAYLOADS = IMAGE_PAYLOADS + MARKUP_PAYLOADS
