#!/usr/bin/env bash
# Makes the app icon's raster forms from creative-atlas.svg, the one drawing; the results are committed.
#   packaging/icons/make-icons.sh      (needs: apt-get install -y librsvg2-bin icnsutils imagemagick)
# Writes, beside this script: creative-atlas.png (Linux package, 256 px), creative-atlas.ico (Windows, 16-256 px),
# creative-atlas.icns (macOS, 16-512 px); and the window's icons in the app's resources.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/creative-atlas.svg"
window_icons="$here/../../src/main/resources/org/creativeatlas/ui/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done
cp "$tmp/256.png" "$here/creative-atlas.png"
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" "$here/creative-atlas.ico"
png2icns "$here/creative-atlas.icns" "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
mkdir -p "$window_icons"
for size in 16 32 48 64 128 256; do
    cp "$tmp/$size.png" "$window_icons/app-$size.png"
done
