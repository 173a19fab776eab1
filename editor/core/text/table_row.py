"""What Markdown table rows share across their dialects: the outer pipes are no cells."""

from __future__ import annotations


def trimmed_cells(cells: list[str], line: str) -> list[str]:
    """``cells`` split from the row ``line`` without the empty ones its leading and
    trailing ``|`` make (an escaped ``\\|`` at the end is text), each stripped."""
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|") and cells:
        cells = cells[:-1]
    return [cell.strip() for cell in cells]
