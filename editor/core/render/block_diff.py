"""Work out the smallest run of top-level preview blocks to replace after an edit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.text.common_ends import common_prefix, common_suffix

_SOURCE_LINE = re.compile(r'\sdata-source-line="\d+"')


@dataclass(frozen=True)
class BlockPatch:
    """Replace ``remove`` blocks starting at index ``start`` with ``insert``."""

    start: int
    remove: int
    insert: list[str]

    @property
    def is_empty(self) -> bool:
        """True when applying the patch would change nothing."""
        return self.remove == 0 and not self.insert


def without_source_line(html: str) -> str:
    """Return a block's HTML minus its root ``data-source-line`` attribute.

    Inserting a line above a block shifts its line number but not its content; comparing
    blocks without the attribute keeps such blocks out of the patch (their numbers are
    refreshed separately, which is much cheaper than re-creating their DOM).
    """
    return _SOURCE_LINE.sub("", html, count=1)


def diff_blocks(old: list[str], new: list[str]) -> BlockPatch:
    """Return the patch turning ``old`` into ``new`` by trimming their common ends.

    An edit touches one place, so the common prefix and suffix cover nearly every block;
    what lies between is replaced whole.
    """
    prefix = common_prefix(new, old)
    suffix = common_suffix(new, old, min(len(old), len(new)) - prefix)
    return BlockPatch(prefix, len(old) - prefix - suffix, new[prefix : len(new) - suffix])
