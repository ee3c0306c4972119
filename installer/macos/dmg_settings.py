"""dmgbuild settings: EmbedTune.app beside an Applications link, ready to drag.

Used as::

    dmgbuild -s installer/macos/dmg_settings.py \
        -D app=dist/EmbedTune.app -D version=0.1.0 "EmbedTune" dist/EmbedTune-0.1.0.dmg

dmgbuild executes this file with ``defines`` (the ``-D`` values) in its namespace.
"""

# ruff: noqa: F821  (dmgbuild provides `defines`)
import os.path

application = defines.get("app", "dist/EmbedTune.app")
app_name = os.path.basename(application)
version = defines.get("version", "")

# Volume format: compressed (UDZO, zlib) is what every macOS since 10.x opens; ULFO (lzfse)
# is smaller but only for 10.11+, which our minimum (14.0, see the spec) exceeds, so use it.
format = defines.get("format", "ULFO")
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {app_name: (150, 190), "Applications": (450, 190)}

# The window: app on the left, Applications on the right, nothing else.
background = "builtin-arrow"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 160), (600, 400))
default_view = "icon-view"
show_icon_preview = False
arrange_by = None
grid_offset = (0, 0)
grid_spacing = 100
label_pos = "bottom"
text_size = 13
icon_size = 128
hide_extensions = [app_name]
