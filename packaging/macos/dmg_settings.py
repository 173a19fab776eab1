"""dmgbuild settings for Kiji's disk image: the app, an Applications link, nothing else.

Used as ``dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Kiji.app -D icon=...``;
dmgbuild runs this file with ``defines`` holding the ``-D`` values.
"""

import os.path

# dmgbuild executes this file with `defines` in its namespace.
application = defines.get("app", "dist/Kiji.app")  # noqa: F821
app_name = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon")  # noqa: F821 (the volume's icon: Kiji's)
badge_icon = None

# Finder window: the app on the left, the Applications folder on the right, drag across.
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 120), (540, 360))
default_view = "icon-view"
icon_size = 128
text_size = 13
arrange_by = None
icon_locations = {app_name: (140, 170), "Applications": (400, 170)}
