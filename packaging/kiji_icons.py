"""Turn Kiji's SVG icon into the PNGs, ``.ico`` and ``.icns`` that installers need.

The SVG is drawn with Qt (``QSvgRenderer`` is in PySide6-Essentials) and the two icon
containers are written here in plain Python: both formats are small, documented and accept
PNG payloads, so no external tool (iconutil, ImageMagick) has to exist on a build runner.

Run: ``python packaging/kiji_icons.py [SVG] [OUT_DIR]`` (defaults: the app icon, ``build/icons``).
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SVG = REPO_ROOT / "resources" / "icons" / "kiji.svg"
DEFAULT_OUT = REPO_ROOT / "build" / "icons"

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Linux hicolor theme sizes plus what the .ico and .icns containers below take.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size; the @2x variants share a size with a
# bigger 1x one, which is why this is a list of pairs, not a dict.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


class IconError(Exception):
    """The icon could not be drawn or packed; the message says why in plain words."""


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height read from a PNG's IHDR chunk; raises ``IconError`` if it is no PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise IconError("This is not a PNG image.")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def render_pngs(svg_path: Path, sizes: Iterable[int] = PNG_SIZES) -> dict[int, bytes]:
    """Draw ``svg_path`` at each size (square, transparent background) and return PNG bytes."""
    # Qt only when drawing: the container writers below stay importable without it.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the function so that it outlives this call (Qt wants one per process).
        render_pngs._app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise IconError(f"The icon {svg_path} is missing or is not a valid SVG file.")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise IconError(f"Qt could not encode the {size}px icon as PNG.")
        pngs[size] = bytes(QByteArray(buffer.data()).data())
    return pngs


def build_ico(pngs: Mapping[int, bytes], sizes: Iterable[int] = ICO_SIZES) -> bytes:
    """A Windows ``.ico`` holding the PNGs of ``sizes`` (PNG entries: Windows Vista and later)."""
    chosen = [(size, pngs[size]) for size in sizes]
    for size, data in chosen:
        if png_size(data) != (size, size):
            raise IconError(f"The {size}px icon image has the wrong size {png_size(data)}.")
        if size > 256:
            raise IconError("A .ico entry cannot be larger than 256 pixels.")
    header = struct.pack("<HHH", 0, 1, len(chosen))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(chosen)
    directory = b""
    for size, data in chosen:
        side = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(data for _size, data in chosen)


def build_icns(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS ``.icns`` with every PNG element type from 16 px to 512@2x."""
    elements = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise IconError(f"The {size}px icon image has the wrong size {png_size(data)}.")
        elements += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG entries of a ``.ico`` by pixel size (used to check what was written)."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise IconError("This is not a Windows icon file.")
    entries: dict[int, bytes] = {}
    for index in range(count):
        side, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        entries[side or 256] = data[offset : offset + length]
    return entries


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """The ``(type, payload)`` elements of an ``.icns`` in file order."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise IconError("This is not a macOS icon file (or it is cut short).")
    elements: list[tuple[bytes, bytes]] = []
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        if length < 8 or position + length > len(data):
            raise IconError("The macOS icon file has a broken element.")
        elements.append((kind, data[position + 8 : position + length]))
        position += length
    return elements


def write_icons(svg_path: Path = DEFAULT_SVG, out_dir: Path = DEFAULT_OUT) -> dict[str, Path]:
    """Write ``kiji-<size>.png`` files, ``kiji.ico`` and ``kiji.icns`` into ``out_dir``.

    Returns the written paths by name ("ico", "icns", "png-256", ...).
    """
    pngs = render_pngs(svg_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for size, data in pngs.items():
        path = out_dir / f"kiji-{size}.png"
        path.write_bytes(data)
        written[f"png-{size}"] = path
    written["ico"] = out_dir / "kiji.ico"
    written["ico"].write_bytes(build_ico(pngs))
    written["icns"] = out_dir / "kiji.icns"
    written["icns"].write_bytes(build_icns(pngs))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``kiji_icons.py [SVG] [OUT_DIR]``."""
    args = sys.argv[1:] if argv is None else argv
    svg = Path(args[0]) if args else DEFAULT_SVG
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    try:
        written = write_icons(svg, out)
    except IconError as error:
        print(f"kiji_icons: {error}", file=sys.stderr)
        return 1
    print(f"kiji_icons: wrote {len(written)} files to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
