"""The service while its state directory fills up or fails (a real ext4 the kernel makes fail).

The state lives on a small ext4 image (`servers.disk`); reminders go through a real aiosmtpd sink
which, when it accepts the first reminder, fills that disk (or shuts it down): the worst moment,
with a reminder accepted by the server and not yet recorded SENT. Each test proves that no email
leaves without its durable record, that the service says why in one line (and tells systemd),
and that once space returns, or the disk is back, every reminder goes out exactly once.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from outbound_world import (
    AR,
    address,
    at,
    dunmail,
    dunmail_argv,
    dunmail_env,
    folder_message_ids,
    overdue_ledger,
    write_config,
    write_ledger,
)
from servers.disk import SmallDisk
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.smtp import ReceivedMessage, ThreadedSmtpSink
from service_world import SystemdStandIn, eventually

from daemon.config.loader import load_config
from daemon.core.records import OutboxItem, OutboxStatus, SequenceStatus
from daemon.errors import ExitCode, StateWriteError
from daemon.service import Service
from daemon.shell.clock import FixedClock
from daemon.shell.lock import StateLock
from daemon.shell.store import Store
from daemon.shell.systemd import Notifier

pytestmark = pytest.mark.disk

T0 = at("2026-11-02T09:00:00-05:00")  # a Monday, 09:00 in New York: the window opens
CUSTOMERS = tuple(f"K{n}" for n in range(1, 9))


class Sink:
    """The sink's data hook: accepts (the AR copy into Dovecot, if any), and runs `at_first`
    right after accepting the first reminder, before the 250 reaches dunmail."""

    def __init__(self, sink: ThreadedSmtpSink, dovecot: PrivateDovecot | None) -> None:
        self.sink = sink
        self.dovecot = dovecot
        self.at_first: Callable[[], object] = lambda: None
        sink.on_data = self.data

    def data(self, message: ReceivedMessage) -> str:
        if self.dovecot is not None and AR in message.rcpt_tos:
            self.dovecot.deliver("ar", message.raw, sender=message.mail_from)
        self.sink.messages.append(message)
        if len(self.deliveries()) == 1:
            self.at_first()
        return "250 2.0.0 OK: queued"

    def deliveries(self) -> Counter[str]:
        """How often each Message-ID went to a customer (not counting our own copy)."""
        return Counter(
            str(m.message["Message-ID"]) for m in self.sink.messages if m.rcpt_tos != (AR,)
        )

    def delivered_to(self) -> Counter[str]:
        return Counter(r for m in self.sink.messages for r in m.rcpt_tos if r != AR)


@pytest.fixture
def smtp() -> Iterator[ThreadedSmtpSink]:
    with ThreadedSmtpSink() as sink:
        yield sink


def site(
    tmp_path: Path, port: int, dovecot: PrivateDovecot | None, *, poll_seconds: float = 0
) -> Path:
    """A config whose state directory is on the small disk, and the ledger of CUSTOMERS."""
    config = write_config(tmp_path, smtp_port=port, dovecot=dovecot)
    text = config.read_text(encoding="utf-8")
    text = text.replace("  directory: state\n", "  directory: disk/state\n")
    if poll_seconds:
        currency = "  default_currency: USD\n"
        text = text.replace(currency, f"{currency}  poll_seconds: {poll_seconds}\n")
    config.write_text(text, encoding="utf-8")
    write_ledger(tmp_path / "ledger.csv", overdue_ledger(CUSTOMERS))
    return config


def outbox(state: Path) -> dict[str, OutboxItem]:
    """The outbox by Message-ID, read as a report would (a reader writes nothing)."""
    with Store.open(state, readonly=True) as store:
        return {item.message_id: item for item in store.outbox().values()}


def assert_every_delivery_was_recorded_first(sink: Sink, state: Path) -> None:
    """Each reminder the server took was recorded SENDING (or SENT) on disk before it left."""
    recorded = outbox(state)
    for message_id in sink.deliveries():
        assert message_id in recorded, f"{message_id} went out with no record"
        assert recorded[message_id].status in (OutboxStatus.SENDING, OutboxStatus.SENT)


def assert_each_customer_reminded_once(sink: Sink, state: Path) -> dict[str, OutboxItem]:
    assert sink.delivered_to() == Counter({address(c): 1 for c in CUSTOMERS})
    assert set(sink.deliveries().values()) == {1}
    recorded = outbox(state)
    assert set(recorded) == set(sink.deliveries())
    assert {item.status for item in recorded.values()} == {OutboxStatus.SENT}
    return recorded


def run_once(config: Path, now: datetime) -> tuple[int, str]:
    """`dunmail run --once --now`: its exit code and stderr."""
    argv = dunmail_argv("run", "--config", str(config), "--once", "--now", now.isoformat())
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=120, env=dunmail_env(), check=False
    )
    return done.returncode, done.stderr


def test_run_once_on_a_disk_that_fills_while_sending_exits_temporary_then_sends_the_rest_once(
    tmp_path: Path,
    small_disk: SmallDisk,
    smtp: ThreadedSmtpSink,
    dovecot: PrivateDovecot,
    imap_account: ImapAccount,
) -> None:
    config = site(tmp_path, smtp.port, dovecot)
    state = small_disk.mountpoint / "state"
    sink = Sink(smtp, dovecot)
    sink.at_first = small_disk.fill

    code, err = run_once(config, T0)
    assert code == ExitCode.TEMPORARY, err
    last = err.strip().splitlines()[-1]
    assert "No space left on device" in last
    assert str(state) in last
    assert 1 <= len(sink.deliveries()) < len(CUSTOMERS)  # the rest waited for their record
    assert_every_delivery_was_recorded_first(sink, state)

    small_disk.free()
    # The acceptance copies are in the AR inbox: the one accepted but not recorded SENT is
    # recognised as sent, never sent again.
    code, err = run_once(config, T0 + timedelta(minutes=3))
    assert code == 0, err
    assert "recovered" in err
    recorded = assert_each_customer_reminded_once(sink, state)
    assert sorted(folder_message_ids(dovecot, "Sent")) == sorted(recorded)


async def test_the_running_service_pauses_while_the_disk_is_full_and_resumes_when_space_returns(
    tmp_path: Path,
    small_disk: SmallDisk,
    smtp: ThreadedSmtpSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No IMAP here: without a mailbox, only the process's own memory of what the server took
    can record it SENT; recovery alone would have to set it aside as perhaps sent."""
    config = site(tmp_path, smtp.port, None, poll_seconds=0.05)
    state = small_disk.mountpoint / "state"
    sink = Sink(smtp, None)
    sink.at_first = small_disk.fill
    systemd = SystemdStandIn(tmp_path / "notify.sock")
    service = Service(
        config,
        load_config(config),
        clock=FixedClock(T0),
        notifier=Notifier({"NOTIFY_SOCKET": str(systemd.path)}),
    )
    running = asyncio.create_task(service.run())
    try:
        with caplog.at_level(logging.ERROR):
            await eventually(lambda: "until the state can be saved" in caplog.text)
        journal = state / "store.journal"
        why = f"cannot save the state in {journal}: No space left on device"
        assert f"{why}; no reminder goes out until the state can be saved" in caplog.text
        await eventually(lambda: systemd.saw(f"STATUS=sending paused, state not saved: {why}"))
        held = len(sink.deliveries())
        assert 1 <= held < len(CUSTOMERS)
        await asyncio.sleep(0.5)  # pass after pass, nothing more leaves
        assert len(sink.deliveries()) == held
        assert not running.done()

        small_disk.free()
        await eventually(lambda: len(sink.deliveries()) == len(CUSTOMERS))
        await eventually(lambda: systemd.saw("STATUS=running"))
    finally:
        service.request_stop()
        await running
        systemd.close()
    # All SENT, the first one too: at T0 recovery would still be waiting for its copy (and has
    # no mailbox to find it in), so only the process's memory of the 250 can have recorded it.
    recorded = assert_each_customer_reminded_once(sink, state)
    assert {item.sent_at for item in recorded.values()} == {T0}


async def test_the_running_service_stops_on_a_failing_disk_and_a_restart_reads_the_state_back(
    tmp_path: Path,
    small_disk: SmallDisk,
    smtp: ThreadedSmtpSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = site(tmp_path, smtp.port, None, poll_seconds=0.05)
    state = small_disk.mountpoint / "state"
    sink = Sink(smtp, None)
    sink.at_first = small_disk.shut_down  # every write, sync and truncate now answers EIO
    service = Service(config, load_config(config), clock=FixedClock(T0))
    with caplog.at_level(logging.ERROR), pytest.raises(StateWriteError) as stopped:
        await asyncio.wait_for(service.run(), timeout=30)
    assert stopped.value.exit_code is ExitCode.TEMPORARY  # systemd starts it again
    assert "Input/output error" in str(stopped.value)
    assert "read back from disk when dunmail starts again" in str(stopped.value)
    assert len(sink.deliveries()) == 1  # nothing after the failure

    small_disk.bring_back()  # the disk is back; the first reminder is SENDING on it
    assert_every_delivery_was_recorded_first(sink, state)
    service = Service(config, load_config(config), clock=FixedClock(T0 + timedelta(minutes=3)))
    await service.run_once()
    # No mailbox to prove the first one went out: counted as sent, never sent twice, and the
    # planner does not draft the same step for that customer again either.
    recorded = assert_each_customer_reminded_once(sink, state)
    [doubtful] = [item for item in recorded.values() if item.error]
    assert doubtful.customer_id == "K1"
    assert "counted as sent so that it is never sent twice" in doubtful.error


def test_a_read_only_state_directory_stops_run_with_one_line_until_it_is_writable(
    tmp_path: Path, small_disk: SmallDisk, smtp: ThreadedSmtpSink
) -> None:
    config = site(tmp_path, smtp.port, None)
    state = small_disk.mountpoint / "state"
    state.mkdir(mode=0o700)
    small_disk.bring_back(readonly=True)
    sink = Sink(smtp, None)

    code, err = run_once(config, T0)
    assert code == ExitCode.TEMPORARY, err
    assert err.strip().splitlines() == [
        f"error: cannot open the lock file {state}/dunmail.lock: Read-only file system"
    ]
    assert not sink.deliveries()

    small_disk.bring_back()
    code, err = run_once(config, T0)
    assert code == 0, err
    assert_each_customer_reminded_once(sink, state)


def test_a_collectors_command_on_a_full_disk_fails_in_one_line_and_changes_nothing(
    tmp_path: Path, small_disk: SmallDisk, smtp: ThreadedSmtpSink
) -> None:
    config = site(tmp_path, smtp.port, None)
    state = small_disk.mountpoint / "state"
    code, err = run_once(config, at("2026-11-07T12:00:00-05:00"))  # a Saturday: only the sync
    assert code == 0, err
    small_disk.fill()
    # A note longer than any slack left in the journal's last block: the commit needs a block.
    note = "Called Alex; they asked us to stop. " * 100

    done = dunmail("exclude", "K1", "--note", note, "--config", str(config))
    assert done.returncode == ExitCode.TEMPORARY, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: cannot save the state in {state}/store.journal: No space left on device"
    ]
    with StateLock.acquire(state):  # as if the daemon ran: the command goes to its spool
        done = dunmail("exclude", "K1", "--note", note, "--config", str(config))
    assert done.returncode == ExitCode.TEMPORARY, done.stderr
    assert "cannot hand the command to the daemon" in done.stderr
    assert "No space left on device" in done.stderr
    assert not list(state.glob("commands/*"))  # no half-written command left for the daemon
    with Store.open(state, readonly=True) as store:
        sequence = store.sequence("K1")
        assert sequence is None or sequence.status is SequenceStatus.ACTIVE

    small_disk.free()
    done = dunmail("exclude", "K1", "--note", note, "--config", str(config))
    assert done.returncode == 0, done.stderr
    with Store.open(state, readonly=True) as store:
        sequence = store.sequence("K1")
        assert sequence is not None and sequence.status is SequenceStatus.STOPPED
