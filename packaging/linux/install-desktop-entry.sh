#!/bin/sh
# Put Kiji in this user's applications menu (no root needed), or take it out again:
#   ./install-desktop-entry.sh            add the menu entry and icons
#   ./install-desktop-entry.sh --remove   remove them (the Kiji folder itself stays)
# The entry points at the kiji program next to this script: move the folder first, then run it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/kiji.desktop"
    for dir in "$here"/share/icons/hicolor/*/; do
        rm -f "$icons/$(basename "$dir")/apps/kiji.png"
    done
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
    echo "Kiji was removed from the applications menu."
    exit 0
fi

mkdir -p "$apps"
for dir in "$here"/share/icons/hicolor/*/; do
    size=$(basename "$dir")
    mkdir -p "$icons/$size/apps"
    cp "$dir/apps/kiji.png" "$icons/$size/apps/kiji.png"
done
# Quote the path: folders such as "My Apps" are common.
sed "s|^Exec=kiji |Exec=\"$here/kiji\" |" "$here/share/applications/kiji.desktop" > "$apps/kiji.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$icons" || true
echo "Kiji is now in your applications menu ($apps/kiji.desktop)."
