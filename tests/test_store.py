"""The state store on real files in a temp dir: typed API, transactions, lock, recovery, schema."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import stat
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from tinydb import Query, TinyDB

from daemon.core.records import (
    ClosedReason,
    Contact,
    Customer,
    EventKind,
    HistoryEvent,
    ImapCursor,
    InboundMessage,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    SequenceStatus,
)
from daemon.errors import StoreError, StoreLockedError
from daemon.shell import store as store_module
from daemon.shell.journal import JournalStorage, JournalTable
from daemon.shell.store import Store

REPO = Path(__file__).resolve().parents[1]
AT = datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


class Boom(Exception):
    pass


def invoice(number: str, customer: str = "C1", balance: str = "100.00", **kw: Any) -> Invoice:
    issued, due = date(2024, 1, 1), date(2024, 1, 31)
    return Invoice(number, customer, issued, due, Decimal("100.00"), Decimal(balance), "EUR", **kw)


def event(customer: str, summary: str) -> HistoryEvent:
    return HistoryEvent(AT, customer, EventKind.MANUAL_ACTION, summary, data={"n": summary})


def journal_records(directory: Path, *, whole: bool = False) -> list[dict[str, Any]]:
    """Parse the journal independently of the implementation: <len><crc32><json> frames.

    With `whole`, assert that the frames cover the whole file (no torn tail, no garbage).
    """
    data, records, offset = (directory / "store.journal").read_bytes(), [], 0
    while offset + 8 <= len(data):
        length, crc = struct.unpack_from("<II", data, offset)
        payload = data[offset + 8 : offset + 8 + length]
        if len(payload) < length or zlib.crc32(payload) != crc:
            break
        records.append(json.loads(payload))
        offset += 8 + length
    assert offset == len(data) or not whole, f"{len(data) - offset} bytes after the last frame"
    return records


def directory_bytes(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def python(code: str, *args: str, tests: bool = False, **kw: Any) -> subprocess.Popen[str]:
    paths = [str(REPO), str(REPO / "tests")] if tests else [str(REPO)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True, **kw)


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def store(state: Path) -> Iterator[Store]:
    with Store.open(state) as opened:
        yield opened


def fill(store: Store) -> dict[str, Any]:
    """One record of every kind; returns what was written."""
    written: dict[str, Any] = {
        "customer": Customer("C1", "Acme", ("vip",), "Europe/Berlin", "de", "DE"),
        "contacts": [Contact("C1", "ap@acme.example", "Ann", primary=True), Contact("C1", "b@x")],
        "invoice": invoice(
            "I1", status=InvoiceStatus.CLOSED, closed_at=AT, closed_reason=ClosedReason.PAID
        ),
        "sequence": SequenceState(
            "C1",
            status=SequenceStatus.PAUSED,
            cadence="default",
            last_step="first",
            last_sent_at=AT,
            paused_until=AT,
            reason="why",
        ),
        "outbox": OutboxItem("<m1@x>", "C1", "ap@acme.example", "first", ("I1",), AT),
        "inbound": InboundMessage("<r1@x>", "INBOX", 7, 9, AT, "C1", "promise", AT),
        "cursor": ImapCursor("INBOX", 7, 9),
        "history": [event("C1", "one"), event("C2", "two")],
    }
    store.put_customers([written["customer"]])
    store.replace_contacts("C1", written["contacts"])
    store.put_invoices([written["invoice"]])
    store.put_sequence(written["sequence"])
    store.put_outbox([written["outbox"]])
    store.put_inbound([written["inbound"]])
    store.set_cursor(written["cursor"])
    store.append_history(written["history"])
    return written


def assert_filled(store: Store, w: dict[str, Any]) -> None:
    assert store.customers() == {"C1": w["customer"]}
    assert store.customer("C1") == w["customer"]
    assert store.contacts() == {"C1": w["contacts"]}
    assert store.invoices() == {"I1": w["invoice"]}
    assert store.invoice("I1") == w["invoice"]
    assert store.sequence("C1") == w["sequence"]
    assert store.sequences() == {"C1": w["sequence"]}
    assert store.outbox() == {"<m1@x>": w["outbox"]}
    assert store.outbox_item("<m1@x>") == w["outbox"]
    assert store.inbound("<r1@x>") == w["inbound"]
    assert store.inbound_seen("<r1@x>") and not store.inbound_seen("<other@x>")
    assert store.cursor("INBOX") == w["cursor"]
    assert store.history() == w["history"]


def test_every_record_type_round_trips_through_journal_and_snapshot(state: Path) -> None:
    with Store.open(state) as writer:
        written = fill(writer)
        assert_filled(writer, written)
        with Store.open(state, readonly=True) as reader:  # replays the journal
            assert journal_records(state)
            assert_filled(reader, written)
    assert journal_records(state) == []  # close compacted everything into the snapshot
    with Store.open(state, readonly=True) as reader:
        assert_filled(reader, written)


def test_unknown_keys_read_as_none(store: Store) -> None:
    assert store.customer("nope") is None
    assert store.invoice("nope") is None
    assert store.sequence("nope") is None
    assert store.outbox_item("nope") is None
    assert store.inbound("nope") is None
    assert store.cursor("nope") is None
    assert store.contacts("nope") == {} and store.customer_contacts("nope") == []


def test_put_replaces_by_natural_key(store: Store) -> None:
    store.put_invoices([invoice("I1"), invoice("I2")])
    store.put_invoices([invoice("I1", balance="40.00", po_number="PO")])
    assert store.invoices() == {
        "I1": invoice("I1", balance="40.00", po_number="PO"),
        "I2": invoice("I2"),
    }
    store.put_customers([Customer("C1", "Old", ("a",))])
    store.put_customers([Customer("C1", "New")])  # defaults replace, fields are not merged
    assert store.customers() == {"C1": Customer("C1", "New")}
    store.set_cursor(ImapCursor("INBOX", 1, 5))
    store.set_cursor(ImapCursor("INBOX", 1, 6))
    assert store.cursor("INBOX") == ImapCursor("INBOX", 1, 6)
    store.put_sequence(SequenceState("C1"))
    store.put_sequence(SequenceState("C1", status=SequenceStatus.STOPPED))
    store.put_sequence(SequenceState("C1", invoice="INV-7"))  # per-invoice mode: its own key
    assert store.sequences() == {
        "C1": SequenceState("C1", status=SequenceStatus.STOPPED),
        "C1#INV-7": SequenceState("C1", invoice="INV-7"),
    }
    assert store.sequence("C1", "INV-7") == SequenceState("C1", invoice="INV-7")
    assert store.counts()["invoices"] == 2 and store.counts()["cursors"] == 1


def test_unchanged_put_writes_nothing(state: Path, store: Store) -> None:
    store.put_invoices([invoice("I1"), invoice("I2")])
    before = (state / "store.journal").read_bytes()
    store.put_invoices([invoice("I2"), invoice("I1")])
    assert (state / "store.journal").read_bytes() == before
    store.put_invoices([invoice("I2", balance="1.00"), invoice("I1")])
    changed = journal_records(state)[-1]["changes"]
    assert list(changed) == ["invoices"] and len(changed["invoices"]) == 1


def test_replace_contacts_keys_by_lower_case_email_and_keeps_order(store: Store) -> None:
    a, b, c = Contact("C1", "a@x", "A"), Contact("C1", "B@x", "B"), Contact("C1", "c@x")
    store.replace_contacts("C1", [a, b])
    store.replace_contacts("C2", [Contact("C2", "a@x")])
    b2 = Contact("C1", "b@X", "Bee", primary=True)
    store.replace_contacts("C1", [c, b2, a])
    assert store.customer_contacts("C1") == [c, b2, a]
    assert store.contacts("C2") == {"C2": [Contact("C2", "a@x")]}
    assert store.counts()["contacts"] == 4
    store.replace_contacts("C1", [a])
    assert store.contacts() == {"C1": [a], "C2": [Contact("C2", "a@x")]}
    store.replace_contacts("C1", [])
    assert store.contacts() == {"C2": [Contact("C2", "a@x")]}


def test_replace_contacts_refuses_inconsistent_input(store: Store) -> None:
    store.replace_contacts("C1", [Contact("C1", "a@x")])
    with pytest.raises(ValueError, match="appears twice"):
        store.replace_contacts("C1", [Contact("C1", "b@x"), Contact("C1", "B@X")])
    with pytest.raises(ValueError, match="belongs to 'C2'"):
        store.replace_contacts("C1", [Contact("C2", "b@x")])
    assert store.customer_contacts("C1") == [Contact("C1", "a@x")]


def test_history_is_appended_in_order_and_filtered_by_customer(state: Path) -> None:
    events = [event("C1" if i % 3 else "C2", f"e{i}") for i in range(30)]
    with Store.open(state) as store:
        for chunk in range(0, 30, 7):
            store.append_history(events[chunk : chunk + 7])
        assert store.history() == events
    with Store.open(state) as store:
        store.append_history([event("C2", "late")])
        assert store.history("C2") == [e for e in events if e.customer_id == "C2"] + [
            event("C2", "late")
        ]
        assert store.history("C3") == []


def test_filters_and_counts(store: Store) -> None:
    closed: Any = dict(status=InvoiceStatus.CLOSED, closed_at=AT, closed_reason=ClosedReason.MANUAL)
    store.put_invoices([invoice("I1"), invoice("I2", "C2"), invoice("I3", **closed)])
    assert set(store.invoices(customer_id="C1")) == {"I1", "I3"}
    assert set(store.invoices(status=InvoiceStatus.OPEN)) == {"I1", "I2"}
    assert set(store.invoices("C1", InvoiceStatus.CLOSED)) == {"I3"}
    pending = OutboxItem("<a@x>", "C1", "r@x", "first", ("I1",), AT)
    sent = dataclasses.replace(pending, message_id="<b@x>", status=OutboxStatus.SENT)
    store.put_outbox([pending, sent])
    assert store.outbox(OutboxStatus.SENT) == {"<b@x>": sent}
    assert list(store.outbox()) == ["<a@x>", "<b@x>"]
    store.put_inbound([InboundMessage("<r@x>", "INBOX", 1, 2, AT)])
    store.append_history([event("C1", "x")])
    assert store.counts() == {
        "customers": 0, "contacts": 0, "invoices": 3, "sequences": 0, "outbox": 2,
        "inbound": 1, "history": 1, "cursors": 0, "followups": 0, "meta": 1,
        "invoices.open": 2, "invoices.closed": 1,
    }  # fmt: skip
    store.remove_outbox(["<b@x>", "<unknown@x>"])
    assert store.outbox() == {"<a@x>": pending}
    store.put_outbox([sent])  # the index forgot the removed item: a fresh insert
    assert list(store.outbox()) == ["<a@x>", "<b@x>"]


def test_transaction_is_one_record_written_at_exit(state: Path, store: Store) -> None:
    records = len(journal_records(state))
    with store.transaction():
        store.put_customers([Customer("C1", "Acme")])
        store.put_invoices([invoice("I1"), invoice("I2")])
        with Store.open(state, readonly=True) as reader:
            assert reader.counts()["invoices"] == 0  # nothing on disk before the exit
        store.append_history([event("C1", "x")])
    assert len(journal_records(state)) == records + 1
    assert set(journal_records(state)[-1]["changes"]) == {"customers", "invoices", "history"}


def test_failed_transaction_restores_everything_and_writes_nothing(state: Path) -> None:
    with Store.open(state) as store:
        fill(store)
        store.put_invoices([invoice("I2")])
        before_state = directory_bytes(state)
        before = (store.customers(), store.contacts(), store.invoices(), store.history())
        with pytest.raises(Boom), store.transaction():
            store.put_customers([Customer("C1", "Changed"), Customer("C9", "New")])
            store.replace_contacts("C1", [Contact("C1", "new@x")])
            store.put_invoices([invoice("I2", balance="0.00"), invoice("I3")])
            store.append_history([event("C1", "never")])
            store.remove_outbox(["<m1@x>"])
            raise Boom
        assert directory_bytes(state) == before_state
        assert (store.customers(), store.contacts(), store.invoices(), store.history()) == before
        assert store.outbox_item("<m1@x>") is not None
        # The key indexes were rolled back too: these are updates/inserts, not duplicates.
        store.put_invoices([invoice("I3"), invoice("I2", balance="1.00")])
        store.replace_contacts("C1", [Contact("C1", "new@x")])
        assert store.counts()["invoices"] == 3 and store.counts()["contacts"] == 1
    with Store.open(state, readonly=True) as reader:
        assert set(reader.invoices()) == {"I1", "I2", "I3"} and "C9" not in reader.customers()


def test_records_read_again_follow_every_write_and_rollback(store: Store) -> None:
    """Decoded records are kept between reads (the plan reads every invoice each cycle); a
    write or a rolled-back transaction is never hidden by them."""
    store.put_invoices([invoice("I1"), invoice("I2")])
    first = store.invoices()
    assert store.invoices()["I1"] is first["I1"]  # the same document: decoded once
    store.put_invoices([invoice("I1", balance="40.00")])
    assert store.invoice("I1") == invoice("I1", balance="40.00")
    assert store.invoices()["I2"] is first["I2"]  # untouched
    with pytest.raises(Boom), store.transaction():
        store.put_invoices([invoice("I2", balance="0.00")])
        assert store.invoice("I2") == invoice("I2", balance="0.00")
        raise Boom
    assert store.invoice("I2") == invoice("I2")
    assert store.invoices(status=InvoiceStatus.OPEN)["I1"].balance == Decimal("40.00")


def test_nested_transactions_join_the_outer_one(state: Path, store: Store) -> None:
    records = len(journal_records(state))
    with pytest.raises(Boom), store.transaction():
        with store.transaction():
            store.put_invoices([invoice("I1")])
        store.put_invoices([invoice("I2")])
        raise Boom
    assert store.invoices() == {} and len(journal_records(state)) == records
    with store.transaction():
        with store.transaction():
            store.put_invoices([invoice("I1")])
        store.put_invoices([invoice("I2")])
    assert len(journal_records(state)) == records + 1
    assert set(store.invoices()) == {"I1", "I2"}


HOLDER = """
import sys
from daemon.core.records import Customer
from daemon.shell.store import Store
with Store.open(sys.argv[1]) as store:
    store.put_customers([Customer("C1", "held")])
    print("ready", flush=True)
    sys.stdin.readline()
"""


def test_second_writer_in_another_process_is_refused_readers_are_not(state: Path) -> None:
    with python(HOLDER, str(state), stdin=subprocess.PIPE, stdout=subprocess.PIPE) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == "ready\n"
        with pytest.raises(StoreLockedError) as caught:
            Store.open(state)
        message = str(caught.value)
        assert f"pid {holder.pid}" in message and str(state) in message
        assert message.startswith("another dunmail") and "\n" not in message
        with Store.open(state, readonly=True) as reader:
            assert reader.customers() == {"C1": Customer("C1", "held")}
            with pytest.raises(StoreError, match="read-only"):
                reader.put_customers([Customer("C2", "x")])
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
    with Store.open(state) as store:  # the lock was released at close
        assert store.customer("C1") == Customer("C1", "held")


CONTENDER = """
import sys
from daemon.errors import StoreLockedError
from daemon.shell.store import Store
try:
    Store.open(sys.argv[1])
except StoreLockedError as exc:
    print(exc)
    sys.exit(3)
"""


def test_a_subprocess_cannot_open_what_this_process_holds(state: Path, store: Store) -> None:
    with python(CONTENDER, str(state), stdout=subprocess.PIPE) as contender:
        out, _ = contender.communicate(timeout=30)
    assert contender.returncode == 3
    assert out == (
        f"another dunmail (pid {os.getpid()}) is using the state in {state}; "
        "stop it or choose another state directory\n"
    )


def test_the_lock_is_per_open_even_in_one_process(state: Path, store: Store) -> None:
    with pytest.raises(StoreLockedError, match=f"pid {os.getpid()}"):
        Store.open(state)


def test_a_killed_writer_releases_the_lock(state: Path) -> None:
    with python(HOLDER, str(state), stdin=subprocess.PIPE, stdout=subprocess.PIPE) as holder:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        holder.kill()
    with Store.open(state) as store:
        assert store.customer("C1") == Customer("C1", "held")


def test_readonly_never_writes_and_refuses_writes(state: Path) -> None:
    crash(state, 'store.put_invoices([invoice("I2")])')  # I2 lives in the journal only
    (state / "store.json.123.tmp").write_bytes(b"stale")
    with (state / "store.journal").open("ab") as journal:
        journal.write(b"\x07torn")
    before = directory_bytes(state)
    with Store.open(state, readonly=True) as reader:
        assert set(reader.invoices()) == {"I1", "I2"}
        writes: list[Callable[[], None]] = [
            lambda: reader.put_invoices([invoice("I3")]),
            lambda: reader.put_customers([Customer("C3", "x")]),
            lambda: reader.replace_contacts("C1", []),
            lambda: reader.put_sequence(SequenceState("C3")),
            lambda: reader.put_outbox([]),
            lambda: reader.remove_outbox(["<m1@x>"]),
            lambda: reader.put_inbound([]),
            lambda: reader.set_cursor(ImapCursor("X", 1, 1)),
            lambda: reader.append_history([event("C1", "x")]),
        ]
        for write in writes:
            with pytest.raises(StoreError, match="read-only"):
                write()
        with pytest.raises(StoreError, match="read-only"), reader.transaction():
            pass
        assert reader.readonly
    assert directory_bytes(state) == before


def test_readonly_needs_existing_state(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no dunmail state"):
        Store.open(tmp_path / "missing", readonly=True)
    with pytest.raises(StoreError, match="no dunmail state"):
        Store.open(tmp_path, readonly=True)
    assert list(tmp_path.iterdir()) == []


CRASH = """
import os, signal, sys
from test_store import Customer, Store, invoice
if sys.argv[2]:
    with Store.open(sys.argv[1]) as store:
        exec(sys.argv[2])
store = Store.open(sys.argv[1])
exec(sys.argv[3])
os.kill(os.getpid(), signal.SIGKILL)
"""


def crash(state: Path, writes: str, *, setup: str = 'store.put_invoices([invoice("I1")])') -> None:
    """In a child: run `setup` and close (compacting), then commit `writes` and die by SIGKILL."""
    with python(CRASH, str(state), setup, writes, tests=True) as child:
        assert child.wait(timeout=30) == -signal.SIGKILL


def test_torn_journal_tail_is_ignored_then_cut_off(state: Path) -> None:
    crash(state, 'store.put_invoices([invoice("I1", balance="1.00"), invoice("I2")])')
    journal = state / "store.journal"
    whole = journal.read_bytes()
    assert len(journal_records(state)) == 1
    for cut in (len(whole) - 1, len(whole) // 2, 9, 3):
        journal.write_bytes(whole[:cut])
        with Store.open(state, readonly=True) as reader:
            assert reader.invoices() == {"I1": invoice("I1")}  # the record as a whole is gone
    journal.write_bytes(whole[:-1])
    crash(state, 'store.put_invoices([invoice("I3")])', setup="")
    assert len(journal_records(state, whole=True)) == 1
    with Store.open(state, readonly=True) as reader:
        assert set(reader.invoices()) == {"I1", "I3"}
    journal.write_bytes(whole)
    with Store.open(state) as store:
        assert store.invoices() == {"I1": invoice("I1", balance="1.00"), "I2": invoice("I2")}


def test_garbage_after_the_journal_is_ignored_and_later_commits_survive(state: Path) -> None:
    journal = state / "store.journal"
    for n, garbage in enumerate((b"\x00" * 8, b"\xff" * 64, struct.pack("<II", 5, 0) + b"hello")):
        crash(state, f'store.put_invoices([invoice("A{n}")])')
        journal.write_bytes(journal.read_bytes() + garbage)
        with Store.open(state, readonly=True) as reader:
            assert set(reader.invoices()) == {"I1", f"A{n}"}
        # The next writer cuts the garbage off before appending, so its commit stays readable.
        crash(state, f'store.put_invoices([invoice("B{n}")])', setup="")
        assert len(journal_records(state, whole=True)) == 2
        with Store.open(state, readonly=True) as reader:
            assert set(reader.invoices()) == {"I1", f"A{n}", f"B{n}"}
        Store.open(state).close()
        (state / "store.json").unlink()
        journal.unlink()


def test_corrupt_snapshot_and_documents_are_reported(state: Path) -> None:
    with Store.open(state) as store:
        store.put_invoices([invoice("I1")])
    snapshot = state / "store.json"
    good = snapshot.read_bytes()
    snapshot.write_bytes(good[:-5])
    with pytest.raises(StoreError, match=r"store\.json is unreadable"):
        Store.open(state, readonly=True)
    snapshot.write_bytes(good.replace(b'"balance":"100.00"', b'"balance":"lots"'))
    with (
        Store.open(state, readonly=True) as reader,
        pytest.raises(StoreError, match=r"invoices document 1: Invoice\.balance"),
    ):
        reader.invoices()


def test_journal_records_after_a_gap_are_refused(state: Path) -> None:
    crash(state, 'store.put_invoices([invoice("I2")])')
    snapshot = state / "store.json"
    data = json.loads(snapshot.read_bytes())
    snapshot.write_text(json.dumps({**data, "seq": data["seq"] - 3}))
    with pytest.raises(StoreError, match="records are missing"):
        Store.open(state, readonly=True)


def test_newer_schema_is_refused_naming_both_versions(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 7)
    Store.open(state).close()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 3)
    before = directory_bytes(state)
    for readonly in (True, False):
        with pytest.raises(StoreError, match=r"schema version 7.*version 3"):
            Store.open(state, readonly=readonly)
    assert directory_bytes(state) == before
    with pytest.raises(StoreError, match="schema version 7"):  # and the lock was released
        Store.open(state)


def test_migration_runs_once_bumps_the_version_and_compacts(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(state) as store:
        store.put_customers([Customer("C1", "acme")])
        assert store.schema_version == 1
    calls: list[int] = []

    def shout(tables: dict[str, dict[str, dict[str, Any]]]) -> None:
        calls.append(len(tables["customers"]))
        for doc in tables["customers"].values():
            doc["name"] = doc["name"].upper()

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(store_module, "MIGRATIONS", {1: shout})
    with Store.open(state, readonly=True) as reader:  # migrated in memory, nothing written
        assert reader.customer("C1") == Customer("C1", "ACME")
    assert json.loads((state / "store.json").read_bytes())["tables"]["meta"]["1"]["value"] == 1
    with Store.open(state) as store:
        assert store.schema_version == 2 and store.customer("C1") == Customer("C1", "ACME")
        assert journal_records(state) == []  # persisted by the snapshot, not the journal
        assert json.loads((state / "store.json").read_bytes())["tables"]["meta"]["1"]["value"] == 2
    assert calls == [1, 1]
    with Store.open(state) as store:
        assert store.customer("C1") == Customer("C1", "ACME")
    assert calls == [1, 1]


def test_missing_migration_is_an_error(state: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(state).close()
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(store_module, "MIGRATIONS", {1: lambda _tables: None})
    with pytest.raises(StoreError, match="no migration from schema version 2"):
        Store.open(state)


def test_permissions_are_private_whatever_the_umask(tmp_path: Path) -> None:
    state = tmp_path / "deep" / "state"
    old = os.umask(0)
    try:
        with Store.open(state) as store:
            store.put_invoices([invoice("I1")])
    finally:
        os.umask(old)
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    names = {p.name for p in state.iterdir()}
    assert names == {"dunmail.lock", "store.json", "store.journal"}
    for path in state.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_stale_temp_files_are_removed_by_a_writer(state: Path) -> None:
    Store.open(state).close()
    (state / "store.json.abc.tmp").write_bytes(b"{")
    (state / "store.journal.abc.tmp").write_bytes(b"")
    (state / "notes.txt").write_text("mine")
    Store.open(state).close()
    assert {p.name for p in state.iterdir()} == {
        "dunmail.lock", "store.json", "store.journal", "notes.txt",
    }  # fmt: skip


def test_journal_is_compacted_when_it_outgrows_the_snapshot(state: Path) -> None:
    with Store.open(state, compact_threshold=1) as store:
        store.put_invoices([invoice(f"I{i}") for i in range(50)])
        sizes = []
        for i in range(200):
            store.put_invoices([invoice(f"I{i % 50}", balance=f"{i}.00")])
            sizes.append((state / "store.journal").stat().st_size)
        assert 0 in sizes  # compacted along the way
        assert max(sizes) <= (state / "store.json").stat().st_size * 2
        expected = store.invoices()
    with Store.open(state, readonly=True) as reader:
        assert reader.invoices() == expected


def test_a_closed_store_refuses_writes(state: Path) -> None:
    store = Store.open(state)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.put_invoices([invoice("I1")])


def test_tinydb_operations_on_a_journal_table_journal_only_what_changed(state: Path) -> None:
    storage = JournalStorage(state.parent, readonly=False)
    try:
        table = JournalTable(storage, "things")
        table.insert_multiple({"n": n, "even": n % 2 == 0} for n in range(100))
        doc = Query()
        assert len(table.search(doc.even == True)) == 50  # noqa: E712
        table.update({"seen": True}, doc.n < 3)
        changed = journal_records(state.parent)[-1]["changes"]["things"]
        assert sorted(changed, key=int) == ["1", "2", "3"]
        with pytest.raises(Boom), storage.transaction():
            table.remove(doc.even == True)  # noqa: E712
            assert len(table.search(doc.even == True)) == 0  # noqa: E712
            raise Boom
        assert len(table.search(doc.even == True)) == 50  # the cached result was dropped  # noqa: E712
        assert table.get(doc_id=1) == {"n": 0, "even": True, "seen": True}
        db = TinyDB(storage=lambda: storage)
        db.table("plain").insert({"via": "Storage.write"})  # stock Table: the generic path
        assert journal_records(state.parent)[-1]["changes"] == {
            "plain": {"1": {"via": "Storage.write"}}
        }
        db.drop_table("things")
        assert journal_records(state.parent)[-1]["changes"]["things"]["100"] is None
        assert len(JournalTable(storage, "things")) == 0
    finally:
        storage.close()
