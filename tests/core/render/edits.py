"""Random edits of a body, as the incremental renderer's property tests make them."""

from __future__ import annotations

from hypothesis import strategies as st


def random_edit(
    body: str,
    data: st.DataObject,
    inserted: st.SearchStrategy[str],
    most_deleted: int,
    *,
    within_line: bool = False,
) -> str:
    """*body* with text from *inserted* put in at a drawn position, or up to
    *most_deleted* characters taken out there (not past the line's end if *within_line*)."""
    position = data.draw(st.integers(0, len(body)))
    if data.draw(st.booleans()):
        return body[:position] + data.draw(inserted) + body[position:]
    end = len(body)
    if within_line:
        line_end = body.find("\n", position)
        end = end if line_end < 0 else line_end
    return body[:position] + body[min(end, position + data.draw(st.integers(1, most_deleted))) :]
