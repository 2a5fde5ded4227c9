"""Durable, crash-safe TinyDB persistence whose commits cost O(change), not O(database).

One job: keep every table in memory as `{table: {str_id: doc}}` and persist each committed change
as one record appended to `store.journal` (fdatasync'ed), compacting now and then into an
atomically replaced snapshot `store.json`. It knows nothing about dunmail's records or tables,
and leaves the bytes on disk (framing, replay, snapshot replacement) to `daemon.shell.journal_file`.

Why not TinyDB's own storages: JSONStorage rewrites the whole file in place on every write (and a
SIGKILL mid-rewrite leaves corrupt JSON), and `Table._update_table` copies the whole table on every
write even in memory. `JournalTable` instead hands TinyDB's updaters a tracking view over the live
dict, so a write touches only the documents it names. This module must not decide what is stored,
only how.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, cast

from tinydb.queries import QueryLike
from tinydb.storages import Storage
from tinydb.table import Document, Table

from daemon.errors import StateWriteError, StoreError
from daemon.shell.journal_file import Doc, JournalFile, Loaded, Tables, remove_stale_temps

__all__ = ["DEFAULT_COMPACT_THRESHOLD", "Doc", "JournalStorage", "JournalTable", "Tables"]

DEFAULT_COMPACT_THRESHOLD = 4 << 20  # bytes of journal before compaction is considered
_MISSING: Any = object()  # "no such document" in the undo log
_UNKNOWN: Any = object()  # prior value lost (mutated in place before write()): always journal

log = logging.getLogger(__name__)


class JournalStorage(Storage):
    """A TinyDB storage holding the data in memory and persisting commits to a journal.

    Writes happen only inside `transaction()`; the outermost one appends one journal record at
    exit (or restores every touched document if the block raised). A read-only storage never
    writes a byte and raises StoreError on any write attempt.
    """

    def __init__(
        self,
        directory: Path,
        *,
        readonly: bool,
        compact_threshold: int = DEFAULT_COMPACT_THRESHOLD,
    ) -> None:
        super().__init__()
        self.directory = directory
        self.readonly = readonly
        self.compact_threshold = compact_threshold
        self.generation = 0  # bumped on every change, so query caches know to drop results
        self._depth = 0
        self._undo: dict[tuple[str, str], Any] = {}
        self._retry_at = 0  # journal size before which a failed compaction is not retried
        if not readonly:
            remove_stale_temps(directory)
        loaded = Loaded(directory)
        self.exists = loaded.exists
        self.tables: Tables = loaded.tables
        self._seq = loaded.seq
        self._file = JournalFile(directory, loaded)
        if not readonly:
            self._file.open(loaded)

    # -- TinyDB's Storage interface ----------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]]:
        # A shallow copy, so `write()` can tell which tables a caller replaced.
        return dict(self.tables)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """The generic path (TinyDB's `drop_table(s)`, a plain `Table`): O(table), not O(change)."""
        with self.transaction():
            for name in set(self.tables) | set(data):
                old, new = self.tables.setdefault(name, {}), data.get(name, {})
                if old is new:
                    continue
                for doc_id in [k for k in old if k not in new]:
                    self.touch(name, doc_id, old[doc_id])
                    del old[doc_id]
                for doc_id, doc in new.items():
                    prior = old.get(doc_id, _MISSING)
                    self.touch(name, doc_id, _UNKNOWN if prior is doc else prior)
                    old[doc_id] = doc

    def close(self) -> None:
        """Compact (writer, if the journal holds anything) and close the journal. Idempotent.

        A compaction that fails (a full disk, say) is only reported: every commit is already
        durable in the journal, which the next open replays.
        """
        try:
            if not self._file.closed and self._file.size and not self._file.broken:
                self.compact()
        except StoreError as exc:
            log.warning("%s; the journal keeps every change", exc)
        finally:
            self.abandon()

    @property
    def broken(self) -> str:
        """Why no more commits can be made until the files are read again; empty if none."""
        return self._file.broken

    def abandon(self) -> None:
        """Close without compacting (a failed open): the files stay as they are."""
        self._file.close()

    # -- transactions --------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside become one journal record; nested blocks join the outermost."""
        if self.readonly:
            raise StoreError(f"the state in {self.directory} was opened read-only")
        if self._file.broken:
            raise StateWriteError(self._file.broken)
        if self._file.closed:
            raise StoreError(f"the state in {self.directory} is closed")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._rollback(self._take_undo())
            raise
        self._depth -= 1
        if self._depth == 0:
            self._commit(self._take_undo())

    def touch(self, table: str, doc_id: str, prior: Any) -> None:
        """Remember `prior` as the value to restore on rollback, at the first touch only."""
        if self._depth == 0:
            raise RuntimeError("documents may only change inside JournalStorage.transaction()")
        self._undo.setdefault((table, doc_id), prior)

    def touched(self, table: str, doc_id: str) -> bool:
        return (table, doc_id) in self._undo

    def _take_undo(self) -> dict[tuple[str, str], Any]:
        undo, self._undo = self._undo, {}
        return undo

    def _rollback(self, undo: Mapping[tuple[str, str], Any]) -> None:
        self.generation += 1
        for (name, doc_id), prior in undo.items():
            docs = self.tables.setdefault(name, {})
            if prior is _MISSING:
                docs.pop(doc_id, None)
            elif prior is not _UNKNOWN:
                docs[doc_id] = prior

    def _commit(self, undo: Mapping[tuple[str, str], Any]) -> None:
        changes: dict[str, dict[str, Doc | None]] = {}
        for (name, doc_id), prior in undo.items():
            current = self.tables.get(name, {}).get(doc_id, _MISSING)
            # Docs read for a condition scan are touched too; only real changes are journaled.
            if current is prior or (prior is not _UNKNOWN and current == prior):
                continue
            changes.setdefault(name, {})[doc_id] = None if current is _MISSING else current
        if not changes:
            return
        self.generation += 1
        try:
            self._file.append(self._seq + 1, changes)
        except BaseException:
            self._rollback(undo)
            raise
        self._seq += 1
        # Amortised: compact once the journal outgrows the snapshot it would replace.
        if self._file.size > max(self.compact_threshold, self._file.snapshot_size, self._retry_at):
            try:
                self.compact()
            except StoreError as exc:  # the commit itself is durable: go on, retry much later
                self._retry_at = 2 * self._file.size
                log.warning("%s", exc)

    # -- compaction ------------------------------------------------------------------------------

    def compact(self) -> None:
        """Write every table into a new snapshot, then start an empty journal (see journal_file)."""
        if self.readonly or self._file.closed or self._depth:
            raise StoreError("only a writer may compact, and never inside a transaction")
        self._file.replace_snapshot(self._seq, self.tables)
        self._retry_at = 0

    def rewrite(self, change: Callable[[Tables], None]) -> None:
        """Apply a bulk change (schema migration, initial contents) and persist it by compaction."""
        if self.readonly:
            change(self.tables)  # in memory only: a reader may look at migrated data, not write it
            return
        change(self.tables)
        self.generation += 1
        self.compact()


class _TrackedTable(MutableMapping[int, Doc]):
    """The live `{str_id: doc}` of one table seen as TinyDB's `{int_id: doc}`, logging touches.

    A document fetched through `__getitem__` may be mutated in place by TinyDB's `update`, so its
    prior value is deep-copied at first touch; `__contains__` and iteration touch nothing.
    """

    __slots__ = ("_docs", "_name", "_storage")

    def __init__(self, storage: JournalStorage, name: str) -> None:
        self._storage, self._name = storage, name
        self._docs = storage.tables.setdefault(name, {})

    def __getitem__(self, doc_id: int) -> Doc:
        key = str(doc_id)
        doc = self._docs[key]
        if not self._storage.touched(self._name, key):
            self._storage.touch(self._name, key, copy.deepcopy(doc))
        return doc

    def __setitem__(self, doc_id: int, doc: Doc) -> None:
        key = str(doc_id)
        self._storage.touch(self._name, key, self._docs.get(key, _MISSING))
        self._docs[key] = doc

    def __delitem__(self, doc_id: int) -> None:
        key = str(doc_id)
        self._storage.touch(self._name, key, self._docs[key])
        del self._docs[key]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self._docs

    def __iter__(self) -> Iterator[int]:
        return map(int, list(self._docs))

    def __len__(self) -> int:
        return len(self._docs)


class JournalTable(Table):
    """A TinyDB table over a JournalStorage: each operation costs O(documents it changes)."""

    def __init__(self, storage: JournalStorage, name: str, **options: Any) -> None:
        self._journal = storage
        self._generation = storage.generation
        super().__init__(storage, name, **options)

    def _update_table(self, updater: Callable[[dict[int, Mapping[Any, Any]]], None]) -> None:
        try:
            with self._journal.transaction():
                updater(cast(dict[int, Mapping[Any, Any]], _TrackedTable(self._journal, self.name)))
        finally:
            self.clear_cache()

    def search(self, cond: QueryLike) -> list[Document]:
        # A rollback elsewhere may have undone what a cached result saw.
        if self._generation != self._journal.generation:
            self.clear_cache()
            self._generation = self._journal.generation
        return super().search(cond)

    def put_many(self, docs: Iterable[tuple[int | None, Doc]]) -> list[int]:
        """Replace whole documents by id, or insert those whose id is None, in one operation."""
        ids: list[int] = []

        def updater(table: MutableMapping[int, Doc]) -> None:
            for doc_id, doc in docs:
                new_id = self._get_next_id() if doc_id is None else doc_id  # type: ignore[no-untyped-call]
                table[new_id] = doc
                ids.append(new_id)

        self._update_table(cast(Callable[[dict[int, Mapping[Any, Any]]], None], updater))
        return ids
