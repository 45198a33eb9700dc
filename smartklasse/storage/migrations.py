"""The registry of migration sets.

Each feature keeps its schema changes in its own named
:class:`sqlite_utils.migrations.Migrations` set and registers it here, so
features never fight over a single numbered list. ``core`` comes first.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

MIGRATION_SETS: list[Migrations] = []


def register(migrations: Migrations) -> Migrations:
    """Add a migration set to the ones applied when a database is opened."""
    if all(m.name != migrations.name for m in MIGRATION_SETS):
        MIGRATION_SETS.append(migrations)
    return migrations


def all_sets() -> list[Migrations]:
    """Return every registered migration set, importing the modules that define them."""
    # Importing a schema module registers its set. A feature module may have been imported
    # (and registered) before core, so core is put first explicitly: features build on it.
    from smartklasse.storage import schema  # noqa: F401, I001
    from smartklasse.storage import log_schema  # noqa: F401
    from smartklasse.storage import strengths_schema  # noqa: F401
    from smartklasse.storage import wheel_schema  # noqa: F401

    return sorted(MIGRATION_SETS, key=lambda m: m.name != "smartklasse.core")
