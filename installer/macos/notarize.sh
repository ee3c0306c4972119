#!/usr/bin/env bash
# Notarize a signed .app or .dmg with notarytool, fail loudly unless Apple accepts it, and
# staple the ticket (so Gatekeeper can check it with no network, as many of our users have).
#
#   APPLE_ID=... APPLE_TEAM_ID=... APPLE_APP_PASSWORD=... installer/macos/notarize.sh PATH
#
# An .app is sent as a zip made with `ditto` (what Apple's notarization guide uses) and the
# ticket is stapled to the .app itself; a .dmg is sent and stapled as it is.
set -euo pipefail

TARGET="${1:?usage: notarize.sh PATH/EmbedTune.app|PATH/EmbedTune.dmg}"
: "${APPLE_ID:?APPLE_ID is not set}" "${APPLE_TEAM_ID:?APPLE_TEAM_ID is not set}"
: "${APPLE_APP_PASSWORD:?APPLE_APP_PASSWORD is not set}"

upload="$TARGET"
if [[ -d "$TARGET" ]]; then
  upload="$(mktemp -d)/$(basename "$TARGET").zip"
  ditto -c -k --keepParent "$TARGET" "$upload"
fi

result="$(mktemp)"
xcrun notarytool submit "$upload" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 60m --output-format json | tee "$result"
status="$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"])' "$result")"
submission="$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "$result")"
if [[ "$status" != "Accepted" ]]; then
  echo "error: notarization of $TARGET ended as '$status'; Apple's log:" >&2
  xcrun notarytool log "$submission" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" >&2 || echo "(Apple's log could not be fetched)" >&2
  exit 1
fi

xcrun stapler staple "$TARGET"
xcrun stapler validate "$TARGET"
if [[ -d "$TARGET" ]]; then
  spctl --assess --type execute --verbose=2 "$TARGET"
else
  spctl --assess --type open --context context:primary-signature --verbose=2 "$TARGET"
fi
