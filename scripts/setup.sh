#!/usr/bin/env bash
# Create .venv and install the app (and, with "test", its test tools) when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-${extra:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ -n "$extra" ]; then
    .venv/bin/python -m pip install --quiet -e ".[$extra]"
  else
    .venv/bin/python -m pip install --quiet -e .
  fi
  touch "$stamp"
fi
