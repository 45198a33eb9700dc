"""Print the benchmark table: ``python -m benchmarks.run [--quick] [--scale S] [--only NAME]``.

Every ``benchmarks/bench_*.py`` module is run (plus the ones we expect, so a
missing one shows as "not available"); each returns rows of a figure beside its
floor, both medians measured in this run. The ratio figure/floor is what to
compare between machines and over time.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks.common import set_quick
from benchmarks.generate import large_database

HERE = Path(__file__).resolve().parent
#: Modules the table always has a line for, found or not.
EXPECTED = ("startup", "tap", "wheel", "reports", "printing")


def module_names() -> list[str]:
    """The benchmark modules: the expected ones first, then any other bench_*.py."""
    found = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    return list(EXPECTED) + [name for name in found if name not in EXPECTED]


def collect(name: str, large_db: Path | None) -> list[dict[str, Any]]:
    """Run one module; a module that is missing or fails gives a line saying so."""
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
    except ImportError as error:
        return [{"what": name, "error": f"not available ({error})"}]
    try:
        return list(module.run(large_db))
    except Exception as error:  # one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        return [{"what": name, "error": f"not available ({type(error).__name__}: {error})"}]


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        digits = 2 if value < 10 else 1 if value < 100 else 0
        return f"{value:.{digits}f} ms"
    return f"{value:.0f} {unit}"


def format_table(rows: list[dict[str, Any]]) -> str:
    """Rows as one plain-text table: what | figure | floor | ratio | goal."""
    lines = [("what", "figure", "floor", "ratio", "goal")]
    for r in rows:
        if "error" in r:
            lines.append((r["what"], r["error"], "", "", ""))
            continue
        unit = r.get("unit", "ms")
        ratio = r["figure_ms"] / r["floor_ms"] if r["floor_ms"] else float("nan")
        lines.append(
            (
                r["what"],
                _fmt(r["figure_ms"], unit),
                f"{r['floor']}: {_fmt(r['floor_ms'], unit)}",
                f"{ratio:.2f}×",
                r.get("goal", ""),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(5)]
    out = []
    for index, line in enumerate(lines):
        out.append(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            out.append("-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the large database, run every benchmark, print the table."""
    parser = argparse.ArgumentParser(description="SMART klasse benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="size of the large database (1.0 = one million entries)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=None,
        metavar="NAME",
        help="run only this benchmark (startup, tap, ...); may repeat",
    )
    args = parser.parse_args(argv)
    set_quick(args.quick)
    large_db = large_database(scale=args.scale)
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for name in args.only or module_names():
        print(f"running {name}…", file=sys.stderr, flush=True)
        rows.extend(collect(name, large_db))
    print(format_table(rows))
    print(
        f"\n(large database: {large_db.name}; medians; {time.perf_counter() - started:.0f} s"
        f"{', quick' if args.quick else ''})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
