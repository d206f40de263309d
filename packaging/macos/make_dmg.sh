#!/usr/bin/env bash
# macOS: the .app (made by PyInstaller's BUNDLE step in packaging/clerk.spec during `make package`) in a DMG.
#
#     make package && packaging/macos/make_dmg.sh        -> dist/clerk-<version>-macos-<arch>.dmg
#
# Not run on the Linux build machine (hdiutil is macOS's own); the macOS leg of
# .github/workflows/package.yml runs it. The app is signed ad hoc only: a store's IT signs and notarizes
# it with their own Developer ID (codesign --deep -s "Developer ID Application: ..." then notarytool).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="dist/Clerk.app"
[ -d "$app" ] || { echo "no $app: run 'make package' first (on macOS)" >&2; exit 1; }
version=$(.venv/bin/python -c 'import clerk_app; print(clerk_app.__version__)')
arch=$(uname -m | sed 's/aarch64/arm64/')
dmg="dist/clerk-${version}-macos-${arch}.dmg"
codesign --force --deep --sign - "$app"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag Clerk onto it
hdiutil create -volname "Clerk" -srcfolder "$staging" -ov -format UDZO "$dmg"
"$app/Contents/MacOS/clerk-app" --version
echo "$dmg"
