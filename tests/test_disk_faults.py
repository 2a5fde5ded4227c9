"""The state directory on a disk that fills up, fails or is read-only (a real ext4, really failing).

The kernel itself answers ENOSPC, EIO and EROFS here: the state lives on a small ext4 image
mounted for the test (`servers.disk`). Each test proves one of RELIABILITY.md's disk guarantees:
a commit the disk refuses changes nothing, in memory or on disk; what was committed survives;
the error names the directory and the cause in one line; and once the disk is back, work goes on.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from servers.disk import SmallDisk

from daemon.core.records import Customer
from daemon.errors import ExitCode, StateWriteError
from daemon.shell.journal_file import JOURNAL_NAME
from daemon.shell.store import Store

pytestmark = pytest.mark.disk


def customers(prefix: str, count: int) -> list[Customer]:
    """Enough customers that their commit needs blocks the full disk does not have."""
    return [
        Customer(f"{prefix}{n:04}", f"Customer {prefix}{n:04} " + "x" * 200) for n in range(count)
    ]


def state_of(disk: SmallDisk) -> Path:
    return disk.mountpoint / "state"


def test_a_commit_the_full_disk_refuses_changes_nothing_and_the_next_one_works(
    small_disk: SmallDisk,
) -> None:
    state = state_of(small_disk)
    with Store.open(state) as store:
        store.put_customers(customers("A", 10))
        before = store.customers()
        journal = (state / JOURNAL_NAME).stat().st_size
        small_disk.fill()

        with pytest.raises(StateWriteError) as refused:
            store.put_customers(customers("B", 200))
        assert str(state / JOURNAL_NAME) in str(refused.value)
        assert "No space left on device" in str(refused.value)
        assert refused.value.exit_code is ExitCode.TEMPORARY
        assert store.customers() == before  # rolled back in memory
        assert store.broken == ""  # the failed record was cut off: the store goes on
        assert (state / JOURNAL_NAME).stat().st_size == journal  # and nothing torn on disk

        small_disk.free()
        store.put_customers(customers("B", 200))
        after = store.customers()
    with Store.open(state, readonly=True) as reread:
        assert reread.customers() == after
        assert len(after) == 210


def test_a_full_disk_when_closing_keeps_every_commit_in_the_journal(
    small_disk: SmallDisk, caplog: pytest.LogCaptureFixture
) -> None:
    state = state_of(small_disk)
    store = Store.open(state)
    store.put_customers(customers("A", 50))
    committed = store.customers()
    small_disk.fill()
    with caplog.at_level(logging.WARNING):
        store.close()  # compaction needs a new snapshot file: there is no room for it
    assert "No space left on device" in caplog.text
    assert "the journal keeps every change" in caplog.text
    assert sorted(p.name for p in state.iterdir() if p.name.endswith(".tmp")) == []
    with Store.open(state, readonly=True) as reread:
        assert reread.customers() == committed
    small_disk.free()
    with Store.open(state) as reopened:  # and the writer opens it again, and writes
        reopened.put_customers(customers("B", 1))
        assert len(reopened.customers()) == 51


def test_an_existing_store_opens_on_a_full_disk(small_disk: SmallDisk) -> None:
    """Opening writes nothing that needs a block (the lock keeps its place), so a full disk
    does not stop the service from starting and saying why it cannot save."""
    state = state_of(small_disk)
    with Store.open(state) as store:
        store.put_customers(customers("A", 5))
    small_disk.fill()
    with Store.open(state) as store:
        assert len(store.customers()) == 5
        with pytest.raises(StateWriteError, match="No space left on device"):
            store.put_customers(customers("B", 200))


def test_a_new_store_on_a_full_disk_is_refused_as_temporary(small_disk: SmallDisk) -> None:
    small_disk.fill()
    with pytest.raises(StateWriteError, match="No space left on device") as refused:
        Store.open(state_of(small_disk))
    assert str(state_of(small_disk)) in str(refused.value)


def test_a_failing_disk_stops_every_commit_and_the_synced_ones_survive(
    small_disk: SmallDisk,
) -> None:
    state = state_of(small_disk)
    store = Store.open(state)
    store.put_customers(customers("A", 10))
    committed = store.customers()
    small_disk.shut_down()  # every write, sync and truncate now answers EIO

    with pytest.raises(StateWriteError, match="Input/output error"):
        store.put_customers(customers("B", 1))
    assert store.customers() == committed
    # The failed record could not be cut off: no commit may follow it until the files are
    # read again, by a new process.
    assert "Input/output error" in store.broken
    assert "read back from disk when dunmail starts again" in store.broken
    with pytest.raises(StateWriteError) as refused:
        store.put_customers(customers("C", 1))
    assert str(refused.value) == store.broken
    store.close()  # no compaction on a broken journal, and no error

    small_disk.bring_back()  # the image's own journal replays what was synced
    with Store.open(state) as reopened:
        assert reopened.customers() == committed  # every acknowledged commit, and no other
        reopened.put_customers(customers("B", 1))
        assert len(reopened.customers()) == 11


def test_a_read_only_state_directory_is_refused_by_the_writer_and_read_by_readers(
    small_disk: SmallDisk,
) -> None:
    state = state_of(small_disk)
    with Store.open(state) as store:
        store.put_customers(customers("A", 3))
    small_disk.bring_back(readonly=True)
    with pytest.raises(StateWriteError, match="Read-only file system") as refused:
        Store.open(state)
    assert str(state) in str(refused.value)
    with Store.open(state, readonly=True) as reader:  # reports still work
        assert len(reader.customers()) == 3
    small_disk.bring_back()
    with Store.open(state) as store:
        store.put_customers(customers("B", 1))
        assert len(store.customers()) == 4
