"""Colours of the text pane's Markdown highlighting, light and dark."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DARK", "LIGHT", "Palette"]


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours of one theme (hex strings)."""

    text: str
    heading: str
    marker: str
    emphasis: str
    link: str
    url: str
    code: str
    code_background: str
    quote: str
    liquid: str
    html: str
    comment: str
    keyword: str
    string: str
    number: str
    function: str


LIGHT = Palette(
    text="#1f2328",
    heading="#0b4f9c",
    marker="#8c959f",
    emphasis="#1f2328",
    link="#0969da",
    url="#6e7781",
    code="#953800",
    code_background="#f3f4f6",
    quote="#57606a",
    liquid="#8250df",
    html="#116329",
    comment="#6e7781",
    keyword="#cf222e",
    string="#0a3069",
    number="#0550ae",
    function="#8250df",
)
DARK = Palette(
    text="#e6edf3",
    heading="#79c0ff",
    marker="#6e7681",
    emphasis="#e6edf3",
    link="#58a6ff",
    url="#8b949e",
    code="#ffa657",
    code_background="#262c36",
    quote="#9da7b3",
    liquid="#d2a8ff",
    html="#7ee787",
    comment="#8b949e",
    keyword="#ff7b72",
    string="#a5d6ff",
    number="#79c0ff",
    function="#d2a8ff",
)
