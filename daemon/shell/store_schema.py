"""The state's schema: its tables, the schema version and the migrations between versions.

One job: say what a current dunmail state looks like, and bring a new or older one there at open
(`prepare`). It works on plain documents: it must not know the typed records, and it writes only
through `JournalStorage.rewrite` (one compaction, all or nothing), never to files itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from daemon.errors import StoreError
from daemon.shell.journal import JournalStorage, Tables

SCHEMA_VERSION = 1
#: MIGRATIONS[n] turns the tables of a schema-n store into schema n+1, in place. They run at a
#: writable open, oldest first; the result is persisted by one compaction (all or nothing).
MIGRATIONS: dict[int, Callable[[Tables], None]] = {}

TABLES = (
    "customers",
    "contacts",
    "invoices",
    "sequences",
    "outbox",
    "inbound",
    "history",
    "cursors",
    "followups",
    "meta",
)


def stored_version(tables: Tables) -> int | None:
    """The schema version recorded in `meta`, or None if there is none (not a dunmail store)."""
    for doc in tables.get("meta", {}).values():
        if doc.get("key") == "schema_version":
            return int(doc["value"])
    return None


def _set_schema_version(tables: Tables, version: int) -> None:
    meta = tables.setdefault("meta", {})
    for doc in meta.values():
        if doc.get("key") == "schema_version":
            doc["value"] = version
            return
    next_id = max(map(int, meta), default=0) + 1
    meta[str(next_id)] = {"key": "schema_version", "value": version}


def prepare(
    storage: JournalStorage, current: int, migrations: Mapping[int, Callable[[Tables], None]]
) -> None:
    """Create a new store, or check the schema version of an existing one and migrate it.

    `current` and `migrations` are passed in (normally SCHEMA_VERSION and MIGRATIONS, as
    `daemon.shell.store` sees them) rather than read here, so a test that patches them on
    `daemon.shell.store` changes what an open does.
    """
    where = storage.directory
    if not storage.exists:
        if storage.readonly:
            raise StoreError(f"no dunmail state in {where}")
        storage.rewrite(lambda tables: _set_schema_version(tables, current))
    version = stored_version(storage.tables)
    if version is None:
        raise StoreError(f"the state in {where} has no schema version; is it a dunmail store?")
    if version > current:
        raise StoreError(
            f"the state in {where} was written with schema version {version}, but this dunmail "
            f"only knows up to version {current}; upgrade dunmail"
        )
    if version < current:
        missing = [n for n in range(version, current) if n not in migrations]
        if missing:
            raise StoreError(f"no migration from schema version {missing[0]} in {where}")

        def migrate(tables: Tables) -> None:
            for n in range(version, current):
                migrations[n](tables)
            _set_schema_version(tables, current)

        storage.rewrite(migrate)
    for name in TABLES:
        storage.tables.setdefault(name, {})
