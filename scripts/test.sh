#!/usr/bin/env bash
# Run the test suite: creates .venv on first use and installs the app with its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
exec .venv/bin/python -m pytest "$@"
