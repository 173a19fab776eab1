"""YAML alias bombs ("billion laughs") a hostile site can ship in 1 KB."""

from __future__ import annotations


def alias_bomb(key: str, levels: int = 9, indent: str = "") -> str:
    """YAML lines defining ``levels`` of nine-fold aliases and ``key`` using the last.

    Nine levels expand to 9**9 (387 million) strings: seconds of a held GIL and gigabytes
    of memory for whoever calls ``str()`` on it.
    """
    lines = [f'{indent}lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*lol{level - 1}"] * 9)
        lines.append(f"{indent}lol{level}: &lol{level} [{refs}]")
    lines.append(f"{indent}{key}: *lol{levels - 1}")
    return "\n".join(lines) + "\n"
