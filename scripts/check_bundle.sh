#!/usr/bin/env bash
# Check the built app (dist/smartklasse) as a teacher's machine would run it: a copy of
# the folder elsewhere, started offscreen in a clean environment without Python or the
# venv, must paint its first window. Then validate the desktop entry and AppStream file.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -a dist/smartklasse "$tmp/app"
mkdir -p "$tmp/home"

run_clean() {
  # No PATH to a Python, no PYTHONPATH/VIRTUAL_ENV, a fresh HOME; started from elsewhere.
  (cd "$tmp/home" && env -i HOME="$tmp/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@")
}

version="$(run_clean "$tmp/app/smartklasse" --version)"
echo "$version"
case "$version" in
  "SMART klasse "*"(Qt "*", PySide6 "*", SQLite "*", Python "*")") ;;
  *) echo "unexpected --version output" >&2; exit 1 ;;
esac

for lang in nb nn en; do
  out="$(run_clean SMARTKLASSE_EXIT_AFTER_FIRST_PAINT=1 "$tmp/app/smartklasse" \
    --data-dir "$tmp/data-$lang" --lang "$lang" 2>"$tmp/stderr-$lang")" || {
    cat "$tmp/stderr-$lang" >&2
    exit 1
  }
  if ! grep -q '^first-paint ' <<<"$out"; then
    echo "the bundled app ($lang) did not paint its first window" >&2
    cat "$tmp/stderr-$lang" >&2
    exit 1
  fi
  if grep -E 'Traceback|Error|not found' "$tmp/stderr-$lang"; then
    echo "the bundled app ($lang) reported errors" >&2
    exit 1
  fi
  test -f "$tmp/data-$lang/smartklasse.sqlite3"
  echo "bundle ($lang): first window painted"
done

desktop-file-validate packaging/linux/*.desktop
appstreamcli validate --no-net packaging/linux/*.metainfo.xml

# Installed for a user from the copied folder: the link on PATH starts it, the entry validates.
PREFIX="$tmp/prefix" bash scripts/install_linux.sh "$tmp/app"
run_clean "$tmp/prefix/bin/smartklasse" --version >/dev/null
desktop-file-validate "$tmp/prefix/share/applications/"*.desktop
grep -q "^Exec=\"$tmp/prefix/lib/smartklasse/smartklasse\"$" "$tmp/prefix/share/applications/"*.desktop
test -f "$tmp/prefix/share/icons/hicolor/256x256/apps/io.github.smartklasse.SmartKlasse.png"
echo "bundle checks passed ($(du -sh "$tmp/app" | cut -f1))"
