#!/bin/bash
# Sign Kiji.app for the hardened runtime, and notarize + staple the .dmg.
#   sign_and_notarize.sh sign dist/Kiji.app
#   sign_and_notarize.sh notarize dist/Kiji-<version>-macos-<arch>.dmg
# Secrets (environment; set in CI from repository secrets):
#   MACOS_SIGNING_IDENTITY  "Developer ID Application: Name (TEAMID)", already in a keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (app-specific password)
# Without them each step says so and is skipped: the build still produces an ad-hoc
# signed app (Apple silicon refuses unsigned code) that users open with right-click → Open.
set -euo pipefail
step="${1:?usage: sign_and_notarize.sh sign APP | notarize DMG}"
target="${2:?usage: sign_and_notarize.sh sign APP | notarize DMG}"
here="$(cd "$(dirname "$0")" && pwd)"
entitlements="$here/entitlements.plist"

is_macho() { file -b "$1" | grep -q "Mach-O"; }

sign_one() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" \
        --sign "$MACOS_SIGNING_IDENTITY" "$1"
}

sign_app() {
    local app="$1"
    if [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
        echo "[sign] SKIPPED: MACOS_SIGNING_IDENTITY is not set, so $app stays ad-hoc signed" \
             "(Gatekeeper will warn; users open it with right-click → Open)."
        codesign --force --deep --sign - "$app"
        codesign --verify --deep --strict "$app"
        return 0
    fi
    echo "[sign] signing $app as $MACOS_SIGNING_IDENTITY"
    # Inside out: every loose Mach-O file first, then nested bundles, then the app itself.
    while IFS= read -r -d '' file; do
        if is_macho "$file"; then sign_one "$file"; fi
    done < <(find "$app/Contents" -type f ! -path "*/QtWebEngineProcess.app/*" -print0)
    while IFS= read -r -d '' helper; do
        sign_one "$helper"  # QtWebEngineProcess.app: JIT needs the entitlements here too
    done < <(find "$app/Contents" -type d -name "QtWebEngineProcess.app" -print0)
    while IFS= read -r -d '' framework; do
        sign_one "$framework"
    done < <(find "$app/Contents" -type d -name "*.framework" -print0)
    sign_one "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

notarize_dmg() {
    local dmg="$1"
    if [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
        echo "[notarize] SKIPPED: the app is not signed with a Developer ID (no MACOS_SIGNING_IDENTITY)."
        return 0
    fi
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
        echo "[notarize] SKIPPED: APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are not all set;" \
             "$dmg is signed but not notarized."
        return 0
    fi
    echo "[notarize] submitting $dmg to Apple (this waits for the verdict)"
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
}

case "$step" in
    sign) sign_app "$target" ;;
    notarize) notarize_dmg "$target" ;;
    *) echo "unknown step $step (sign | notarize)" >&2; exit 2 ;;
esac
