#!/usr/bin/env bash
# Sign EmbedTune.app inside-out, as Apple's "Creating distribution-signed code for macOS"
# describes, then verify it strictly. Any failure stops the script with a non-zero status.
#
#   installer/macos/sign_app.sh dist/EmbedTune.app "Developer ID Application: Name (TEAMID)"
#
# Order (never `codesign --deep` to sign: it applies one set of options to everything and
# skips code in places it does not expect):
#   1. every Mach-O file (.dylib, .so, helper executables) that is NOT inside a framework,
#      with the hardened runtime and a secure timestamp, no entitlements (libraries do not
#      use them);
#   2. every .framework bundle (Qt's), deepest first, as a bundle (codesign FRAMEWORK);
#   3. the app's main executable with the hardened runtime and installer/macos/
#      entitlements.plist;
#   4. the .app bundle itself, the same way;
#   5. `codesign --verify --deep --strict`, which notarization also requires to pass.
set -euo pipefail

APP="${1:?usage: sign_app.sh PATH/EmbedTune.app IDENTITY}"
IDENTITY="${2:?usage: sign_app.sh PATH/EmbedTune.app IDENTITY}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENTITLEMENTS="$HERE/entitlements.plist"
SIGN=(codesign --force --timestamp --options runtime --sign "$IDENTITY")

if [[ ! -d "$APP/Contents/MacOS" ]]; then
  echo "error: $APP is not an app bundle" >&2
  exit 1
fi
MAIN_EXECUTABLE="$APP/Contents/MacOS/$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$APP/Contents/Info.plist")"

# 1. Loose Mach-O files, outside frameworks (symlinks are not signed: their targets are).
count=0
while IFS= read -r -d '' file; do
  [[ "$file" == "$MAIN_EXECUTABLE" ]] && continue
  if file -b "$file" | grep -q "Mach-O"; then
    "${SIGN[@]}" "$file"
    count=$((count + 1))
  fi
done < <(find "$APP/Contents" -type f -not -path "*.framework/*" -print0)
echo "signed $count Mach-O files outside frameworks"

# 2. Frameworks as bundles, the deepest first (a framework inside another is signed first).
frameworks=0
while IFS= read -r framework; do
  "${SIGN[@]}" "$framework"
  frameworks=$((frameworks + 1))
done < <(find "$APP/Contents" -type d -name "*.framework" | awk '{ print length($0) "\t" $0 }' |
  sort -rn | cut -f2-)
echo "signed $frameworks frameworks"

# 3 and 4. The main executable, then the bundle, with the entitlements a frozen Python needs.
"${SIGN[@]}" --entitlements "$ENTITLEMENTS" "$MAIN_EXECUTABLE"
"${SIGN[@]}" --entitlements "$ENTITLEMENTS" "$APP"

# 5. Verify as notarization will.
codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --verbose=2 "$APP"
