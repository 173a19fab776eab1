"""The icon converter: real PNGs drawn from our SVG, packed into .ico and .icns we can read back."""

from __future__ import annotations

import struct
from pathlib import Path

import kiji_icons
import pytest
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def pngs(qapp) -> dict[int, bytes]:
    return kiji_icons.render_pngs(kiji_icons.DEFAULT_SVG)


def test_every_size_is_a_square_png_of_that_size(pngs: dict[int, bytes]) -> None:
    assert sorted(pngs) == sorted(kiji_icons.PNG_SIZES)
    for size, data in pngs.items():
        assert kiji_icons.png_size(data) == (size, size)
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (size, size)


def test_the_icon_is_drawn_with_transparent_corners_and_an_opaque_middle(pngs) -> None:
    image = QImage.fromData(pngs[256], "PNG")
    assert image.pixelColor(0, 0).alpha() == 0  # outside the rounded tile
    assert image.pixelColor(128, 128).alpha() == 255
    # Not one flat colour: the sheet, the lines and the seal are all there.
    colours = {image.pixel(x, y) for x in range(0, 256, 8) for y in range(0, 256, 8)}
    assert len(colours) > 10


def test_ico_holds_each_windows_size_as_png(pngs) -> None:
    data = kiji_icons.build_ico(pngs)
    entries = kiji_icons.read_ico(data)
    assert sorted(entries) == sorted(kiji_icons.ICO_SIZES)
    for size, payload in entries.items():
        assert payload == pngs[size]
    # The one-byte width field says 0 for 256 px, as Windows expects.
    assert struct.unpack_from("<B", data, 6 + 16 * (len(entries) - 1))[0] == 0


def test_icns_holds_every_retina_variant(pngs) -> None:
    data = kiji_icons.build_icns(pngs)
    elements = kiji_icons.read_icns(data)
    assert [kind for kind, _ in elements] == [kind for kind, _ in kiji_icons.ICNS_TYPES]
    for (kind, size), (_, payload) in zip(kiji_icons.ICNS_TYPES, elements, strict=True):
        assert kiji_icons.png_size(payload) == (size, size), kind


def test_wrong_sized_images_are_refused(pngs) -> None:
    swapped = dict(pngs)
    swapped[32] = pngs[16]
    with pytest.raises(kiji_icons.IconError, match="32px"):
        kiji_icons.build_ico(swapped)
    with pytest.raises(kiji_icons.IconError, match="32px"):
        kiji_icons.build_icns(swapped)


def test_broken_inputs_give_plain_errors(tmp_path: Path, qapp) -> None:
    with pytest.raises(kiji_icons.IconError, match="not a PNG"):
        kiji_icons.png_size(b"GIF89a")
    with pytest.raises(kiji_icons.IconError, match="macOS icon"):
        kiji_icons.read_icns(b"icns\x00\x00\x00\x20cut short")
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(kiji_icons.IconError, match="not a valid SVG"):
        kiji_icons.render_pngs(broken, sizes=(16,))


def test_write_icons_writes_every_file(tmp_path: Path, qapp) -> None:
    written = kiji_icons.write_icons(kiji_icons.DEFAULT_SVG, tmp_path / "icons")
    assert written["ico"].read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert written["icns"].read_bytes()[:4] == b"icns"
    assert (tmp_path / "icons" / "kiji-1024.png").is_file()
    assert kiji_icons.main([str(kiji_icons.DEFAULT_SVG), str(tmp_path / "again")]) == 0
    assert kiji_icons.main([str(tmp_path / "missing.svg"), str(tmp_path / "none")]) == 1
