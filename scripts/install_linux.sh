#!/usr/bin/env bash
# Install the built app for this user (or, with PREFIX=/usr/local as root, for everyone):
#   bash scripts/install_linux.sh [BUNDLE]     BUNDLE defaults to dist/smartklasse
# Copies the folder to $PREFIX/lib/smartklasse, links $PREFIX/bin/smartklasse, and
# installs the desktop entry (with the full path in Exec), AppStream file and icons.
# bash scripts/install_linux.sh --uninstall removes them again (the data stays).
set -euo pipefail
APP_ID=io.github.smartklasse.SmartKlasse
PREFIX="${PREFIX:-$HOME/.local}"
target="$PREFIX/lib/smartklasse"
share="$PREFIX/share"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$PREFIX/bin/smartklasse" "$share/applications/$APP_ID.desktop" \
    "$share/metainfo/$APP_ID.metainfo.xml"
  find "$share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  echo "removed SMART klasse from $PREFIX (the data folder is kept)"
  exit 0
fi

bundle="$(cd "${1:-$(dirname "$0")/../dist/smartklasse}" && pwd)"
test -x "$bundle/smartklasse" || { echo "no built app in $bundle (bash scripts/build.sh)" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target" "$PREFIX/bin" "$share/applications" "$share/metainfo"
cp -a "$bundle/." "$target/"
ln -sfn "$target/smartklasse" "$PREFIX/bin/smartklasse"
sed "s|^Exec=smartklasse|Exec=\"$target/smartklasse\"|" \
  "$bundle/share/applications/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
cp "$bundle/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
cp -r "$bundle/share/icons" "$share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "installed SMART klasse in $target; it is in the applications menu"
