"""The state a running app is in, set up for benchmarks that build its window directly."""

from __future__ import annotations


def use_split_readings() -> None:
    """As open_main_window() does: Japanese readings from the split dictionary (built
    here first, as the app does once per installation, in a process of its own).

    Without it pykakasi unpickles its whole dictionary: ~240,000 more objects for every
    full garbage collection to walk, a 150 ms pause whenever one falls in a render.
    """
    from editor.core.paths import user_data_dir
    from editor.core.text import kana_dictionary

    cache = user_data_dir() / "cache"
    builder = kana_dictionary.prepare(cache)
    if builder is not None and builder.wait() != 0:
        raise SystemExit("the split reading dictionary could not be built")
    kana_dictionary.install(kana_dictionary.split_path(cache))  # unless prepare() did
    if not kana_dictionary.in_use():
        raise SystemExit("pykakasi is not reading the split dictionary")
