#!/usr/bin/env bash
# Run the app: creates .venv on first use and installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
