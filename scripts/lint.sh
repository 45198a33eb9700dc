#!/usr/bin/env bash
# Lint, format and types, as CI checks them: ruff check, ruff format --check and mypy --strict
# (pyproject.toml, [tool.mypy]) over the app, its tests and the benchmarks.
# Creates .venv on first use and installs the app with its dev tools (the "dev" extra).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
paths=(smartklasse tests benchmarks)
.venv/bin/ruff check "${paths[@]}"
.venv/bin/ruff format --check "${paths[@]}"
.venv/bin/python -m mypy "${paths[@]}"
