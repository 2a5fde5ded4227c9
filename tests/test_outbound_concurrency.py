"""The send path with several SMTP connections: durable records in order, each reminder once.

`Outbound.record_due` + `send_ready` against a real store in a temp dir and a real aiosmtpd sink in
the test's event loop. The sink's hooks read the store *from disk* (a read-only open sees only what
was committed) at each addressee's RCPT, so "recorded SENDING before its transaction starts" is
checked against what a crash would leave, not against memory.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest
from pydantic import ValidationError
from servers.smtp import ReceivedMessage, SmtpSink

from daemon.composer import CompiledTemplates, Rendered
from daemon.config.outbound import OutboundConfig
from daemon.config.schema import Config
from daemon.core.records import Contact, Customer, EventKind, Invoice, OutboxItem, OutboxStatus
from daemon.outbound import CycleReport, Outbound
from daemon.shell.clock import SystemClock
from daemon.shell.pdf_files import PdfFiles
from daemon.shell.smtp import SendResult, SmtpSender
from daemon.shell.store import Store

pytestmark = pytest.mark.smtp

NOW = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # a Tuesday, inside the send window
AR = "ar@example.com"
CUSTOMERS = 12


def address(n: int) -> str:
    return f"ap{n}@customer{n}.example"


def config(sink: SmtpSink, state: Path, connections: int) -> Config:
    return Config.model_validate(
        {
            "company": {
                "legal_name": "Example Widgets Inc.",
                "from_address": f"Example Widgets <{AR}>",
            },
            "smtp": {"host": sink.host, "port": sink.port, "tls": "none", "timeout_seconds": 5},
            "schedule": {"timezone": "UTC"},
            "outbound": {"max_per_minute": 10_000, "connections": connections},
            "state": {"directory": str(state)},
        }
    )


def fill(store: Store) -> None:
    """CUSTOMERS customers, each owing one invoice a few days overdue: all due at NOW."""
    due = NOW.date() - timedelta(days=3)
    with store.transaction():
        store.put_customers(Customer(f"C{n:02d}", f"Customer {n} Inc.") for n in range(CUSTOMERS))
        issued, amount = due - timedelta(days=30), Decimal("99.00")
        store.put_invoices(
            Invoice(f"INV-{n:02d}", f"C{n:02d}", issued, due, amount, amount, "USD")
            for n in range(CUSTOMERS)
        )
        for n in range(CUSTOMERS):
            store.replace_contacts(f"C{n:02d}", [Contact(f"C{n:02d}", address(n), "Alex")])


class Site:
    """A store and an `Outbound` wired to the sink, sending with `connections` connections."""

    def __init__(self, tmp_path: Path, sink: SmtpSink, connections: int) -> None:
        self.state = tmp_path / "state"
        self.config = config(sink, self.state, connections)
        self.store = Store.open(self.state)
        fill(self.store)
        self.sender = SmtpSender(
            self.config.smtp,
            None,
            max_per_minute=10_000,
            clock=SystemClock(),
            connections=connections,
        )
        self.outbound = Outbound(
            self.config,
            self.store,
            sender=self.sender,
            templates=CompiledTemplates.for_config(self.config),
            pdfs=PdfFiles.for_config(self.config),
        )

    async def cycle(self) -> CycleReport:
        report = CycleReport()
        self.outbound.record_due(NOW, report)
        await self.outbound.send_ready(NOW, report)
        return report

    def on_disk(self) -> dict[str, OutboxStatus]:
        """Each recipient's outbox status as committed: what a crash would leave."""
        with Store.open(self.state, readonly=True) as store:
            return {item.recipient: item.status for item in store.outbox().values()}

    async def close(self) -> None:
        await self.sender.close()
        self.store.close()


@pytest.mark.parametrize("connections", [1, 3])
async def test_each_reminder_goes_out_once_recorded_sending_first(
    tmp_path: Path, connections: int
) -> None:
    async with SmtpSink() as sink:
        site = Site(tmp_path, sink, connections)
        seen_on_disk: dict[str, OutboxStatus] = {}
        sending_at_once: list[int] = []

        def rcpt(recipient: str) -> str | None:
            if recipient != AR:
                statuses = site.on_disk()
                seen_on_disk[recipient] = statuses[recipient]
                sending_at_once.append(Counter(statuses.values())[OutboxStatus.SENDING])
            return None  # accepted

        sink.on_rcpt = rcpt
        try:
            report = await site.cycle()
        finally:
            await site.close()

    assert (report.planned, report.sent) == (CUSTOMERS, CUSTOMERS)
    addressees = Counter(m.rcpt_tos for m in sink.messages)
    assert addressees == Counter({(address(n), AR): 1 for n in range(CUSTOMERS)})
    assert len({str(m.message["Message-ID"]) for m in sink.messages}) == CUSTOMERS
    # Every transaction found its reminder durably SENDING; never more at once than promised.
    assert seen_on_disk == dict.fromkeys(map(address, range(CUSTOMERS)), OutboxStatus.SENDING)
    assert max(sending_at_once) <= 2 * connections - 1
    if connections > 1:
        assert max(sending_at_once) > 1  # the transactions did overlap
    assert set(site.on_disk().values()) == {OutboxStatus.SENT}


async def test_sent_copies_are_the_bytes_the_server_accepted(tmp_path: Path) -> None:
    async with SmtpSink() as sink:
        site = Site(tmp_path, sink, 3)
        try:
            await site.cycle()
        finally:
            await site.close()
    with Store.open(site.state, readonly=True) as store:
        outbox = store.outbox()
        history = [e for e in store.history() if e.kind is EventKind.EMAIL_SENT]
        sequences = store.sequences()
    for received in sink.messages:
        message_id = str(received.message["Message-ID"])
        assert site.outbound.rendered[message_id] == received.raw
        assert outbox[message_id].subject == received.message["Subject"]
    assert len(history) == CUSTOMERS
    assert {s.last_step for s in sequences.values()} == {"first"}


async def test_a_setup_error_stops_sending_and_leaves_nothing_sending(tmp_path: Path) -> None:
    answers = iter([None, None, "530 5.7.0 Authentication required"])

    def data(_message: ReceivedMessage) -> str | None:
        return next(answers, "530 5.7.0 Authentication required")

    async with SmtpSink() as sink:
        sink.on_data = data
        site = Site(tmp_path, sink, 3)
        try:
            report = await site.cycle()
        finally:
            await site.close()

    assert "530" in site.outbound.halted
    with Store.open(site.state, readonly=True) as store:
        items = list(store.outbox().values())
    statuses = Counter(item.status for item in items)
    assert OutboxStatus.SENDING not in statuses  # nothing left for recovery to guess about
    assert statuses[OutboxStatus.SENT] == report.sent == len(sink.messages)
    refused = [item for item in items if "530" in item.error]
    assert refused and all(i.status is OutboxStatus.PENDING and i.next_attempt_at for i in refused)
    untouched = [i for i in items if i.status is OutboxStatus.PENDING and not i.error]
    assert len(untouched) >= CUSTOMERS - 6  # never started: as they were, no attempt counted
    assert all(i.attempts == 0 and i.sending_since is None for i in untouched)


async def test_a_failure_mid_cycle_records_what_was_sent_and_surfaces(tmp_path: Path) -> None:
    async with SmtpSink() as sink:
        site = Site(tmp_path, sink, 3)
        prepare, prepared = site.outbound.prepare, 0

        def failing(item: OutboxItem, now: datetime, report: CycleReport) -> Rendered | None:
            nonlocal prepared
            if prepared == 7:
                raise RuntimeError("a bug while composing")
            prepared += 1
            return prepare(item, now, report)

        site.outbound.prepare = failing  # type: ignore[method-assign]
        try:
            with pytest.raises(RuntimeError, match="a bug while composing"):
                await site.cycle()
        finally:
            await site.close()

    statuses = site.on_disk()
    started = {rcpt for m in sink.messages for rcpt in m.rcpt_tos}
    accepted = Counter(statuses.values())[OutboxStatus.SENT]
    assert 0 < accepted == len(sink.messages)
    # SENDING only what was handed to the server; composed or marked but never started: PENDING.
    assert all(
        status is not OutboxStatus.SENDING or recipient in started
        for recipient, status in statuses.items()
    )
    assert Counter(statuses.values())[OutboxStatus.PENDING] >= CUSTOMERS - 7


async def test_a_cancelled_cycle_ends_promptly_and_puts_back_what_never_started(
    tmp_path: Path,
) -> None:
    async with SmtpSink() as sink:
        site = Site(tmp_path, sink, 3)
        handed: list[str] = []  # addressees given to the sender
        send = site.sender.send

        async def counted(
            message: EmailMessage | bytes, *, sender: str, recipients: Sequence[str]
        ) -> SendResult:
            handed.append(recipients[0])
            return await send(message, sender=sender, recipients=recipients)

        site.sender.send = counted  # type: ignore[method-assign]
        cycle = asyncio.ensure_future(site.cycle())

        def data(_message: ReceivedMessage) -> str | None:
            if len(sink.messages) == 2:
                cycle.cancel()  # e.g. the service shutting down
            return None

        sink.on_data = data
        try:
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(cycle, timeout=10)
        finally:
            await site.close()

    on_disk = site.on_disk()
    statuses = Counter(on_disk.values())
    sending = {r for r, status in on_disk.items() if status is OutboxStatus.SENDING}
    assert sending <= set(handed)  # recorded SENDING but never handed over: put back
    # Whatever the server accepted is SENT, or SENDING when the cancel came before its reply
    # was read (recovery settles those by the acceptance copy): never PENDING, sent again.
    accepted = {r for m in sink.messages for r in m.rcpt_tos if r in on_disk}
    assert len(accepted) >= 2
    assert all(on_disk[r] in {OutboxStatus.SENT, OutboxStatus.SENDING} for r in accepted)
    assert statuses[OutboxStatus.SENT] >= 1
    assert statuses[OutboxStatus.PENDING] > 0


def test_connections_are_at_least_one() -> None:
    assert OutboundConfig().connections == 1
    with pytest.raises(ValidationError):
        OutboundConfig(connections=0)
