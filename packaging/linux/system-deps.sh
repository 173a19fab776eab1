#!/bin/sh
# Install the Debian/Ubuntu packages Kiji needs beyond what pip brings.
#   system-deps.sh run    -> what the app needs on a desktop: QtWebEngine's libraries, a
#                            Japanese font (without one Chromium's fallback makes every
#                            preview update ~4x slower and Japanese renders as boxes) and
#                            Qt's xcb plugin libraries (since Qt 6.5 the xcb platform aborts
#                            at start without libxcb-cursor0 & friends)
#   system-deps.sh test   -> the above plus what the test suite needs: poppler for the PDF
#                            checks, and Xvfb + xdotool for the desktop smoke suite, which
#                            starts the real app on a real (virtual) X display; git, jekyll
#                            and hugo for the Git and "Run site" tests (real repositories
#                            and the real generators' servers; the tests also build what
#                            Kiji writes with them), and node + npm for the test that runs
#                            a site's real textlint
# On other systems it does nothing. As root it installs what is missing; otherwise it
# prints the exact apt command and exits non-zero.
set -eu
mode="${1:-test}"

command -v dpkg-query >/dev/null 2>&1 || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0

run_packages="fonts-noto-cjk fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho libnss3 libnspr4 libasound2t64|libasound2 libegl1 libgl1
libfontconfig1 libgbm1 libxkbcommon0 libxcomposite1 libxdamage1 libxrandr2 libxtst6
libxkbfile1 libdbus-1-3 libglib2.0-0t64|libglib2.0-0 libx11-xcb1 libxfixes3 libdrm2
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
test_packages="poppler-utils xvfb xdotool git jekyll hugo nodejs"
# NodeSource's nodejs carries npm itself (and conflicts with Debian's npm package).
command -v npm >/dev/null 2>&1 || test_packages="$test_packages npm"

wanted="$run_packages"
[ "$mode" = test ] && wanted="$wanted $test_packages"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
available() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }

missing=""
for spec in $wanted; do
    satisfied=""
    for name in $(echo "$spec" | tr '|' ' '); do
        installed "$name" && satisfied=yes && break
    done
    [ -n "$satisfied" ] || missing="$missing $spec"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Kiji needs these system packages:$(echo "$missing" | sed 's/|[^ ]*//g')" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y$(echo "$missing" | sed 's/|[^ ]*//g')" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
chosen=""
for spec in $missing; do
    pick=""
    for name in $(echo "$spec" | tr '|' ' '); do
        if available "$name"; then pick="$name"; break; fi
    done
    chosen="$chosen ${pick:-${spec%%|*}}"
done
echo "Installing system packages:$chosen"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $chosen
