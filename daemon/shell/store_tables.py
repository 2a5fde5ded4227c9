"""Domain records in the journal's TinyDB tables, found and upserted by their natural keys.

One job: the generic half of `daemon.shell.store` — map natural keys to TinyDB doc ids through
in-memory indexes built at open (so an upsert costs O(records written), never O(table)), and
encode/decode records with `daemon.core.codec`, and keep those indexes true across transactions.
It must not offer the typed API or open, lock or migrate anything: that is `Store`, built on it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from daemon.core import codec
from daemon.core.records import sequence_key
from daemon.errors import StoreError
from daemon.shell.journal import Doc, JournalStorage, JournalTable
from daemon.shell.store_schema import TABLES

R = TypeVar("R")

# The natural key of each keyed table's documents (contacts are keyed per customer, below).
_KEYS: dict[str, Callable[[Doc], Hashable]] = {
    "customers": lambda doc: doc["id"],
    "invoices": lambda doc: doc["number"],
    "sequences": lambda doc: sequence_key(doc["customer_id"], doc.get("invoice", "")),
    "outbox": lambda doc: doc["message_id"],
    "inbound": lambda doc: doc["message_id"],
    "cursors": lambda doc: doc["folder"],
    "followups": lambda doc: doc["id"],
    "meta": lambda doc: doc["key"],
}


class KeyedTables:
    """dunmail's tables over one JournalStorage, with a key -> doc id index per keyed table."""

    def __init__(self, storage: JournalStorage) -> None:
        self._storage = storage
        self._tables = {name: JournalTable(storage, name) for name in TABLES}
        self._ids: dict[str, dict[Hashable, int]] = {}
        self._contacts: dict[str, dict[str, int]] = {}  # customer id -> lower email -> doc id
        # Decoded records by table and doc id, with the document each came from. A document is
        # never changed in place (every write puts a new one: `_put`, `put_many`), so the same
        # object decodes to the same record. The plan reads every open invoice each cycle, and
        # few of them change between two cycles.
        self._decoded: dict[str, dict[str, tuple[Doc, Any]]] = {}
        self._build_indexes()

    @property
    def directory(self) -> Path:
        return self._storage.directory

    @property
    def readonly(self) -> bool:
        return self._storage.readonly

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every write inside one journal record: all of it survives a crash, or none.

        If the block raises, the state is restored to what it was before the block and nothing
        is written. A nested `transaction()` joins the outermost one.
        """
        if self.readonly:
            raise StoreError(f"the state in {self.directory} was opened read-only")
        try:
            with self._storage.transaction():
                yield
        except BaseException:
            # The documents were restored; rebuilding the key indexes is O(state) but rare.
            self._build_indexes()
            raise

    def _docs(self, table: str) -> dict[str, Doc]:
        return self._storage.tables.get(table, {})

    def _decode(self, table: str, kind: type[R], doc_id: str, doc: Doc) -> R:
        cache = self._decoded.setdefault(table, {})
        hit = cache.get(doc_id)
        if hit is not None and hit[0] is doc:
            return cast(R, hit[1])
        try:
            record = codec.decode(kind, doc)
        except ValueError as exc:
            raise StoreError(f"{self.directory}: {table} document {doc_id}: {exc}") from exc
        cache[doc_id] = (doc, record)
        if len(cache) > 2 * len(self._docs(table)) + 1024:  # documents removed since
            docs = self._docs(table)
            self._decoded[table] = {i: e for i, e in cache.items() if docs.get(i) is e[0]}
        return record

    def _scan(self, table: str, kind: type[R], **equal: str) -> Iterator[R]:
        """Decode the documents whose fields equal `equal` (filtered before decoding: cheap)."""
        for doc_id, doc in self._docs(table).items():
            if all(doc.get(field) == value for field, value in equal.items()):
                yield self._decode(table, kind, doc_id, doc)

    def _get(self, table: str, kind: type[R], key: Hashable) -> R | None:
        doc_id = self._ids[table].get(key)
        if doc_id is None:
            return None
        return self._decode(table, kind, str(doc_id), self._docs(table)[str(doc_id)])

    def _put(self, table: str, records: Iterable[Any]) -> None:
        key_of, index = _KEYS[table], self._ids[table]
        # Encode everything first, so a bad record fails the call before anything changes.
        docs = {key_of(doc): doc for doc in map(codec.encode, records)}
        with self.transaction():
            ids = self._tables[table].put_many((index.get(k), doc) for k, doc in docs.items())
        index.update(zip(docs, ids, strict=True))

    def _build_indexes(self) -> None:
        self._decoded.clear()
        for table, key_of in _KEYS.items():
            self._ids[table] = {key_of(doc): int(i) for i, doc in self._docs(table).items()}
        self._contacts = {}
        for doc_id, doc in self._docs("contacts").items():
            per_customer = self._contacts.setdefault(doc["customer_id"], {})
            per_customer[doc["email"].lower()] = int(doc_id)
