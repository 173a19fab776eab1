"""Delete files by moving them to the system trash (recoverable), never by unlinking."""

from __future__ import annotations

from pathlib import Path

from send2trash import send2trash
from send2trash.exceptions import TrashPermissionError

from editor.core.site.site_errors import TrashError


def move_to_trash(path: Path) -> None:
    """Move ``path`` to the system trash; raise :class:`TrashError` with a plain message."""
    if not path.exists():
        raise TrashError(f"{str(path)!r} does not exist any more, so there is nothing to delete.")
    try:
        send2trash(str(path))
    except TrashPermissionError as error:
        raise TrashError(
            f"{str(path)!r} could not be moved to the trash (no permission to use a trash "
            "folder on that drive). It was not deleted."
        ) from error
    except OSError as error:
        raise TrashError(
            f"{str(path)!r} could not be moved to the trash: {error.strerror or error}. "
            "It was not deleted."
        ) from error
