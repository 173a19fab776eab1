"""Add document information (title, author…) to a PDF by an incremental update.

Chromium's PDF printer writes no title, so a PDF of a post would show its file name in
every viewer. An incremental update appends a new information dictionary and a small
cross-reference section after the original bytes, which stay untouched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")


class PdfMetadataError(ValueError):
    """The PDF's structure is not one this module can update (the file is left alone)."""


def _pdf_text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with a byte-order mark, written in hex."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def add_document_info(data: bytes, info: Mapping[str, str]) -> bytes:
    """Return ``data`` with a new ``/Info`` dictionary holding ``info`` (e.g. ``Title``).

    Only classic cross-reference tables are handled (what Chromium writes); anything else
    raises :class:`PdfMetadataError` so the caller can keep the PDF as it was.
    """
    tail = data[-4096:]
    match = _TRAILER.search(tail)
    if match is None:
        raise PdfMetadataError("The PDF has no classic trailer.")
    trailer, previous = match.group(1), int(match.group(2))
    size_match, root_match = _SIZE.search(trailer), _ROOT.search(trailer)
    if size_match is None or root_match is None:
        raise PdfMetadataError("The PDF trailer lacks /Size or /Root.")
    number = int(size_match.group(1))
    body = data if data.endswith(b"\n") else data + b"\n"
    entries = b"".join(
        b"/" + key.encode("ascii") + b" " + _pdf_text(value) for key, value in info.items() if value
    )
    info_offset = len(body)
    info_object = b"%d 0 obj\n<<%s>>\nendobj\n" % (number, entries)
    xref_offset = info_offset + len(info_object)
    xref = b"xref\n%d 1\n%010d 00000 n \n" % (number, info_offset)
    new_trailer = (
        b"trailer\n<</Size %d /Root %s /Info %d 0 R /Prev %d>>\nstartxref\n%d\n%%%%EOF\n"
        % (
            number + 1,
            root_match.group(1),
            number,
            previous,
            xref_offset,
        )
    )
    return body + info_object + xref + new_trailer
