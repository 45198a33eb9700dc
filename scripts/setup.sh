#!/usr/bin/env bash
# Create .venv and install the app (and, with "test" or "dev", its tools) at the known-good
# versions in scripts/constraints.txt; again whenever pyproject.toml or the constraints change.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-${extra:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ scripts/constraints.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  target="."
  if [ -n "$extra" ]; then
    target=".[$extra]"
  fi
  .venv/bin/python -m pip install --quiet -c scripts/constraints.txt -e "$target"
  .venv/bin/python -c "from PySide6 import QtPdf, QtPdfWidgets" \
    || { echo "PySide6 is installed without QtPdf (print preview)" >&2; exit 1; }
  touch "$stamp"
fi
