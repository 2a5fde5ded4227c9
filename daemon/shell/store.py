"""The state store: the only way the rest of dunmail reads or writes its durable state.

One job: keep domain records (see `daemon.core.records`) in TinyDB tables over a crash-safe
journal (`daemon.shell.journal`), addressed by their natural keys, behind a typed API. It never
decides policy: what to store, when, and what a state means belong to the core. The schema and
its migrations live in `daemon.shell.store_schema`, key lookups in `daemon.shell.store_tables`.

Every write method is one atomic, durable commit; wrap several in `transaction()` to make them one.
Natural keys map to TinyDB doc ids through in-memory indexes built at open, so an upsert costs
O(records written), never O(table). One process writes (see `daemon.shell.lock`); any number may
open the state read-only, seeing it as of their open.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from daemon.core import codec
from daemon.core.records import (
    Contact,
    Customer,
    FollowUp,
    FollowUpStatus,
    HistoryEvent,
    ImapCursor,
    InboundMessage,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    sequence_key,
)
from daemon.errors import StoreError, state_write_error
from daemon.shell.journal import DEFAULT_COMPACT_THRESHOLD, Doc, JournalStorage
from daemon.shell.lock import StateLock
from daemon.shell.store_schema import MIGRATIONS, SCHEMA_VERSION, TABLES, prepare, stored_version
from daemon.shell.store_tables import KeyedTables

# SCHEMA_VERSION, MIGRATIONS and TABLES are defined in store_schema and re-exported here, where
# callers (and tests, which monkeypatch the first two) have always found them.
__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "TABLES", "Store"]


class Store(KeyedTables):
    """Typed access to dunmail's state. Open with `Store.open(...)`; use as a context manager."""

    def __init__(self, storage: JournalStorage, lock: StateLock | None) -> None:
        """Internal: use `Store.open`."""
        super().__init__(storage)
        self._lock = lock

    @classmethod
    def open(
        cls,
        directory: str | os.PathLike[str],
        readonly: bool = False,
        *,
        compact_threshold: int = DEFAULT_COMPACT_THRESHOLD,
    ) -> Store:
        """Open the state in `directory`.

        A writer creates the directory (0700) if needed, takes the lock (StoreLockedError if
        another process holds it), removes stale temp files, cuts off a torn journal tail and
        runs pending migrations. A reader takes no lock and writes nothing. `compact_threshold`
        is the journal size in bytes below which the journal is never compacted during a run.
        """
        path = Path(directory)
        lock = None
        if readonly:
            if not path.is_dir():
                raise StoreError(f"no dunmail state in {path}")
        else:
            _make_private_dir(path)
            lock = StateLock.acquire(path)
        try:
            storage = JournalStorage(path, readonly=readonly, compact_threshold=compact_threshold)
            try:
                # This module's globals, read now: tests monkeypatch them here.
                prepare(storage, SCHEMA_VERSION, MIGRATIONS)
                return cls(storage, lock)
            except BaseException:
                storage.abandon()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @property
    def schema_version(self) -> int:
        return stored_version(self._storage.tables) or 0

    @property
    def broken(self) -> str:
        """Why this writer can commit nothing more (a write failed and could not be undone on
        disk); empty while all is well. Only a new open reads back what the files hold."""
        return self._storage.broken

    def close(self) -> None:
        """Compact (writer) and release the lock. Idempotent."""
        try:
            self._storage.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- customers and contacts ---------------------------------------------------------------

    def customers(self) -> dict[str, Customer]:
        """Every customer by id."""
        return {c.id: c for c in self._scan("customers", Customer)}

    def customer(self, customer_id: str) -> Customer | None:
        return self._get("customers", Customer, customer_id)

    def put_customers(self, customers: Iterable[Customer]) -> None:
        """Insert or replace customers by id."""
        self._put("customers", customers)

    def contacts(self, customer_id: str | None = None) -> dict[str, list[Contact]]:
        """Contacts grouped by customer id (only `customer_id`'s group, if given), as stored."""
        docs = self._docs("contacts")
        wanted = self._contacts if customer_id is None else {customer_id: {}}
        return {
            cid: [self._decode("contacts", Contact, str(i), docs[str(i)]) for i in sorted(ids)]
            for cid in wanted
            if (ids := self._contacts.get(cid, {}).values())
        }

    def customer_contacts(self, customer_id: str) -> list[Contact]:
        """One customer's contacts in the order given to `replace_contacts`."""
        return self.contacts(customer_id).get(customer_id, [])

    def replace_contacts(self, customer_id: str, contacts: Iterable[Contact]) -> None:
        """Make `contacts` the customer's whole contact list (emails compared case-insensitively).

        Raises ValueError if a contact belongs to another customer or an email appears twice.
        """
        wanted: dict[str, Doc] = {}
        for contact in contacts:
            email = contact.email.lower()
            if contact.customer_id != customer_id:
                raise ValueError(f"contact {contact.email} belongs to {contact.customer_id!r}")
            if email in wanted:
                raise ValueError(f"{customer_id}: contact email {contact.email} appears twice")
            wanted[email] = codec.encode(contact)
        # Reuse doc ids while they ascend in the given order (an unchanged list journals nothing);
        # from the first that does not, contacts get new ids, which come after every existing one.
        current, reuse = self._contacts.get(customer_id, {}), []
        last: int | None = 0
        for email in wanted:
            doc_id = current.get(email)
            last = doc_id if doc_id is not None and last is not None and doc_id > last else None
            reuse.append(last)
        table = self._tables["contacts"]
        with self.transaction():
            table.remove(doc_ids=sorted(set(current.values()) - {i for i in reuse if i}))
            ids = table.put_many(zip(reuse, wanted.values(), strict=True))
        self._contacts[customer_id] = dict(zip(wanted, ids, strict=True))
        if not wanted:
            del self._contacts[customer_id]

    # -- invoices -------------------------------------------------------------------------------

    def invoices(
        self, customer_id: str | None = None, status: InvoiceStatus | None = None
    ) -> dict[str, Invoice]:
        """Invoices by number, optionally only one customer's and/or one status."""
        wanted = {"customer_id": customer_id, "status": status}
        filters = {k: v for k, v in wanted.items() if v is not None}
        return {i.number: i for i in self._scan("invoices", Invoice, **filters)}

    def invoice(self, number: str) -> Invoice | None:
        return self._get("invoices", Invoice, number)

    def put_invoices(self, invoices: Iterable[Invoice]) -> None:
        """Insert or replace invoices by number."""
        self._put("invoices", invoices)

    # -- reminder sequences and the outbox ------------------------------------------------------

    def sequence(self, customer_id: str, invoice: str = "") -> SequenceState | None:
        """The customer's sequence, or in per-invoice mode that invoice's sequence."""
        return self._get("sequences", SequenceState, sequence_key(customer_id, invoice))

    def sequences(self) -> dict[str, SequenceState]:
        """Every sequence state by its key (`SequenceState.key`)."""
        return {s.key: s for s in self._scan("sequences", SequenceState)}

    def put_sequence(self, state: SequenceState) -> None:
        """Insert or replace the sequence state under `state.key`."""
        self._put("sequences", [state])

    def outbox(self, status: OutboxStatus | None = None) -> dict[str, OutboxItem]:
        """Outbox items by message id in the order first stored, optionally of one status."""
        filters = {} if status is None else {"status": status}
        return {o.message_id: o for o in self._scan("outbox", OutboxItem, **filters)}

    def outbox_item(self, message_id: str) -> OutboxItem | None:
        return self._get("outbox", OutboxItem, message_id)

    def put_outbox(self, items: Iterable[OutboxItem]) -> None:
        """Insert or replace outbox items by message id."""
        self._put("outbox", items)

    def remove_outbox(self, message_ids: Iterable[str]) -> None:
        """Forget outbox items (e.g. long sent ones); unknown ids are ignored."""
        index = self._ids["outbox"]
        doomed = {m: index[m] for m in message_ids if m in index}
        with self.transaction():
            self._tables["outbox"].remove(doc_ids=list(doomed.values()))
        for message_id in doomed:
            del index[message_id]

    # -- inbound mail and IMAP cursors ----------------------------------------------------------

    def inbound_seen(self, message_id: str) -> bool:
        """True if a message with this Message-ID was already recorded."""
        return message_id in self._ids["inbound"]

    def inbound(self, message_id: str) -> InboundMessage | None:
        return self._get("inbound", InboundMessage, message_id)

    def inbound_messages(self) -> list[InboundMessage]:
        """Every handled inbound message, in no particular order."""
        return list(self._scan("inbound", InboundMessage))

    def put_inbound(self, messages: Iterable[InboundMessage]) -> None:
        """Insert or replace handled inbound messages by message id."""
        self._put("inbound", messages)

    def cursor(self, folder: str) -> ImapCursor | None:
        return self._get("cursors", ImapCursor, folder)

    def set_cursor(self, cursor: ImapCursor) -> None:
        """Insert or replace the cursor of `cursor.folder`."""
        self._put("cursors", [cursor])

    # -- follow-ups (promises to pay, payment claims) ---------------------------------------

    def followups(
        self, customer_id: str | None = None, status: FollowUpStatus | None = None
    ) -> dict[str, FollowUp]:
        """Follow-ups by id, optionally only one customer's and/or one status."""
        equal = {"customer_id": customer_id} if customer_id is not None else {}
        if status is not None:
            equal["status"] = status.value
        return {f.id: f for f in self._scan("followups", FollowUp, **equal)}

    def put_followups(self, followups: Iterable[FollowUp]) -> None:
        """Insert or replace follow-ups by id."""
        self._put("followups", followups)

    # -- history --------------------------------------------------------------------------------

    def append_history(self, events: Iterable[HistoryEvent]) -> None:
        """Append events after every earlier one; history is never rewritten."""
        docs = [(None, codec.encode(e)) for e in events]
        with self.transaction():
            self._tables["history"].put_many(docs)

    def history(self, customer_id: str | None = None) -> list[HistoryEvent]:
        """Events in the order appended, optionally only one customer's."""
        docs = self._docs("history")
        return [
            self._decode("history", HistoryEvent, doc_id, docs[doc_id])
            for doc_id in sorted(docs, key=int)
            if customer_id is None or docs[doc_id]["customer_id"] == customer_id
        ]

    # -- overview ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Documents per table, plus `invoices.<status>` for every invoice status."""
        counts = {name: len(self._docs(name)) for name in TABLES}
        for status in InvoiceStatus:
            counts[f"invoices.{status.value}"] = 0
        for doc in self._docs("invoices").values():
            key = f"invoices.{doc['status']}"
            counts[key] = counts.get(key, 0) + 1
        return counts


def _make_private_dir(path: Path) -> None:
    """Create the state directory 0700 (whatever the umask); leave an existing one alone."""
    try:
        path.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        if not path.is_dir():
            raise StoreError(f"{path} exists and is not a directory") from None
        return
    except OSError as exc:
        raise state_write_error(f"cannot create the state directory {path}", exc) from exc
    path.chmod(0o700)
