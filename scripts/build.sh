#!/usr/bin/env bash
# Build the standalone app: dist/smartklasse/, one folder that runs without Python.
# Installs the build tools (the "build" extra: PyInstaller, Pillow) into .venv first.
# BUILD_PYTHON=/path/to/python uses an environment that already has the app and the
# build extra instead of .venv (nothing is installed into it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BUILD_PYTHON:-}" ]; then
  PY="$BUILD_PYTHON"
  "$PY" -c "import PyInstaller, PIL" || {
    echo "BUILD_PYTHON lacks the build tools: pip install -e '.[build]'" >&2
    exit 1
  }
else
  bash scripts/setup.sh build
  PY=.venv/bin/python
fi
"$PY" scripts/make_icons.py build/icons
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/smartklasse.spec
echo "built dist/smartklasse ($(du -sh dist/smartklasse | cut -f1))"
