"""SMTP faults seen by the whole service: retries that run out, a server whose certificate changes.

A real aiosmtpd sink answers as a troubled server would; the service runs pass after pass on a
fixed clock moved by hand. Nothing may be lost, retries are bounded and spaced, and what fails
for good is said, recorded and never tried again on its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from outbound_world import address, at, overdue_ledger, write_config, write_ledger
from servers.smtp import ThreadedSmtpSink

from daemon.config.loader import load_config
from daemon.core.records import EventKind, OutboxItem, OutboxStatus, SequenceStatus
from daemon.service import Service
from daemon.shell.clock import FixedClock

T0 = at("2026-11-02T09:00:00-05:00")  # a Monday, 09:00 in New York: the window opens
CUSTOMERS = ("K1", "K2")
BUSY = "451 4.3.0 mailbox busy, try again later"


@pytest.fixture
def sink() -> Iterator[ThreadedSmtpSink]:
    with ThreadedSmtpSink() as server:
        yield server


def site(tmp_path: Path, port: int) -> Path:
    config = write_config(tmp_path, smtp_port=port, dovecot=None)
    text = config.read_text(encoding="utf-8").replace(
        "outbound:\n",
        "outbound:\n  retry:\n    max_attempts: 3\n    first_delay_seconds: 60\n"
        "    max_delay_seconds: 600\n",
    )
    config.write_text(text, encoding="utf-8")
    write_ledger(tmp_path / "ledger.csv", overdue_ledger(CUSTOMERS))
    return config


async def run_at(service: Service, clock: FixedClock, when: datetime) -> None:
    clock.at = when
    await service.iteration()


def item_for(service: Service, customer: str) -> list[OutboxItem]:
    assert service.store is not None
    return [i for i in service.store.outbox().values() if i.customer_id == customer]


async def test_retries_run_out_the_reminder_is_failed_flagged_and_never_sent_again(
    tmp_path: Path, sink: ThreadedSmtpSink
) -> None:
    refused: list[datetime] = []
    clock = FixedClock(T0)

    def rcpt(recipient: str) -> str | None:
        if recipient == address("K1"):
            refused.append(clock.at)
            return BUSY
        return None

    sink.on_rcpt = rcpt
    config = site(tmp_path, sink.port)
    service = Service(config, load_config(config), clock=clock)
    service.startup()
    try:
        await run_at(service, clock, T0)
        for _ in range(10):  # each pass at the item's next attempt, as the loop would get to it
            [item] = item_for(service, "K1")
            if item.next_attempt_at is None:
                break
            await run_at(service, clock, item.next_attempt_at)
        [item] = item_for(service, "K1")
        assert item.status is OutboxStatus.FAILED
        assert item.error == f"gave up after 3 attempts: RCPT TO: ap@k1.test: {BUSY}; nothing sent"
        assert len(refused) == 3  # bounded
        gaps = [b - a for a, b in itertools.pairwise(refused)]
        assert all(timedelta(0) < gap <= timedelta(seconds=120) for gap in gaps)  # backoff

        # Later passes that day and the next: not retried, nor drafted again for that step.
        for hours in (1, 4, 24, 25):
            await run_at(service, clock, T0 + timedelta(hours=hours))
        assert len(refused) == 3
        assert [i.status for i in item_for(service, "K1")] == [OutboxStatus.FAILED]
        store = service.store
        assert store is not None
        sequence = store.sequence("K1")
        assert sequence is not None
        assert (sequence.status, sequence.paused_until) == (SequenceStatus.PAUSED, None)  # held
        assert sequence.reason.startswith("held: delivery to ap@k1.test failed (gave up after 3")
        assert sequence.reason.endswith("; resume to try again")
        summaries = [e.summary for e in store.history("K1") if e.kind is EventKind.STATE_CHANGED]
        assert sum("gave up after 3 attempts" in line for line in summaries) == 2  # failed, held
    finally:
        await service.shutdown()
    # The other customer, on the same server, was reminded once all along.
    delivered = [r for m in sink.messages for r in m.rcpt_tos if r != "ar@example.test"]
    assert delivered == [address("K2")]
