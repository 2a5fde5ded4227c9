"""45 simulated days of the outbound half against real servers: exactly the expected emails.

The service runs hour by hour on a fixed clock over a small ledger, sending through an aiosmtpd
sink that relays `example.test` mail into the private Dovecot (so the acceptance copies land in
the AR mailbox) and records everything else as if sent on. The expected emails are written out
by hand from the default cadence (pre_due -3d, first +1d, second +10d, final +25d repeated weekly
three times), the 3-day minimum gap, one email per address and day, and the US calendar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from outbound_world import (
    AR,
    Row,
    at,
    duplicates,
    folder_message_ids,
    write_config,
    write_ledger,
)
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.smtp import ReceivedMessage, SmtpSink

from daemon.config.loader import load_config
from daemon.core.records import EventKind, OutboxStatus
from daemon.service import Service
from daemon.shell.clock import FixedClock
from daemon.shell.store import Store

FIRST_DAY = date(2026, 11, 2)  # a Monday; US and European clocks already changed back
DAYS = 45  # through Wednesday 2026-12-16
PAID_ON = date(2026, 11, 16)  # the export that morning shows C-1 paid
REFUSED = "nobody@refused.test"
# Every 09:00 send window of the customers' zones opens on the hour between these UTC hours:
# Berlin 08:00, New York 14:00, Chicago 15:00, Los Angeles 17:00.
TICK_HOURS = range(7, 19)


def ledger(*, c1_paid: bool) -> list[Row]:
    acme = ("Acme Hardware Inc.", "", "America/New_York", "en", "US", "Pat", "Doe")
    acme_west = ("Acme West LLC", "", "America/New_York", "en", "US", "Pat", "Doe")
    bluegill = ("Bluegill Software LLC", "", "America/Chicago", "en", "US", "Marcus", "Oyelaran")
    mueller = ("Müller & Söhne GmbH", "", "Europe/Berlin", "de", "DE", "Sabine", "Krüger")
    refused = ("Refusal Corp.", "", "America/Los_Angeles", "en", "US", "Rob", "Refused")
    phone = ("+1 555 0101", "")
    return [
        # One invoice, a courtesy note first; shares its AP address with Acme West.
        Row("US1", *acme, "ap@acme.test", *phone,
            "A-100", "2026-10-06", "2026-11-05", "1250.00", "1250.00", "USD"),
        # Two invoices, one partly paid, and an open credit note.
        Row("US2", *bluegill, "ap@bluegill.test", *phone,
            "B-1", "2026-10-02", "2026-11-01", "1000.00", "1000.00", "USD"),
        Row("US2", *bluegill, "ap@bluegill.test", *phone,
            "B-2", "2026-10-21", "2026-11-20", "2000.00", "1200.00", "USD"),
        Row("US2", *bluegill, "ap@bluegill.test", *phone,
            "CN-7", "2026-10-21", "2026-10-21", "-300.00", "-300.00", "USD"),
        # C-1 is paid in the middle of the run.
        Row("US3", *acme_west, "ap@acme.test", *phone,
            "C-1", "2026-10-04", "2026-11-03", "800.00", "0.00" if c1_paid else "800.00", "USD"),
        Row("US3", *acme_west, "ap@acme.test", *phone,
            "C-2", "2026-10-13", "2026-11-12", "450.00", "450.00", "USD"),
        # The German customer: German text, euros and dates the German way.
        Row("DE1", *mueller, "s.krueger@mueller.test", *phone,
            "R-2001", "2026-09-28", "2026-10-28", "4760.00", "4760.00", "EUR"),
        # The sink refuses this AP address with a 550.
        Row("US4", *refused, REFUSED, *phone,
            "D-1", "2026-09-20", "2026-10-20", "600.00", "600.00", "USD"),
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Expected:
    sent: datetime  # the tick it goes out at: 09:00 in the customer's zone
    customer: str
    step: str
    invoices: tuple[str, ...]


def expect(when: str, customer: str, step: str, *invoices: str) -> Expected:
    return Expected(at(when), customer, step, invoices)


EXPECTED = [
    expect("2026-11-02T08:00Z", "DE1", "first", "R-2001"),  # already overdue: first contact
    expect("2026-11-02T14:00Z", "US3", "pre_due", "C-1"),  # C-1 due before A-100: gets the day
    expect("2026-11-02T15:00Z", "US2", "first", "B-1", "CN-7"),
    # (US4's first reminder is refused at 17:00Z: see the test.)
    expect("2026-11-03T14:00Z", "US1", "pre_due", "A-100"),  # ap@acme.test had one on Nov 2
    expect("2026-11-05T14:00Z", "US3", "first", "C-1"),  # due Nov 4, 3 days after the note
    expect("2026-11-06T14:00Z", "US1", "first", "A-100"),
    # Nine days after its first (the cadence's spacing), and Nov 11 is Veterans Day.
    expect("2026-11-12T08:00Z", "DE1", "second", "R-2001"),
    expect("2026-11-12T15:00Z", "US2", "second", "B-1", "CN-7"),  # due on Veterans Day, Nov 11
    expect("2026-11-16T14:00Z", "US1", "second", "A-100"),  # due Sunday Nov 15
    # C-1 was paid while US3's second waited its nine days: C-2 drives, due Sunday Nov 22.
    expect("2026-11-23T14:00Z", "US3", "second", "C-2"),
    expect("2026-11-27T08:00Z", "DE1", "final", "R-2001"),  # 15 days after its second
    expect("2026-11-27T15:00Z", "US2", "final", "B-1", "B-2", "CN-7"),  # due on Thanksgiving
    expect("2026-12-01T14:00Z", "US1", "final", "A-100"),  # 15 days after Nov 16
    expect("2026-12-04T08:00Z", "DE1", "final", "R-2001"),  # repeat 1
    expect("2026-12-04T15:00Z", "US2", "final", "B-1", "B-2", "CN-7"),  # repeat 1
    expect("2026-12-08T14:00Z", "US1", "final", "A-100"),  # repeat 1: the older debt first
    expect("2026-12-09T14:00Z", "US3", "final", "C-2"),  # Dec 8, but ap@acme.test had one
    expect("2026-12-11T08:00Z", "DE1", "final", "R-2001"),  # repeat 2
    expect("2026-12-11T15:00Z", "US2", "final", "B-1", "B-2", "CN-7"),  # repeat 2
    expect("2026-12-15T14:00Z", "US1", "final", "A-100"),  # repeat 2
    expect("2026-12-16T14:00Z", "US3", "final", "C-2"),  # repeat 1
]

SUBJECT_STEPS = {
    "Friendly reminder: invoices due soon": "pre_due",
    "Payment reminder: overdue invoices": "first",
    "Second reminder: overdue invoices": "second",
    "Final notice: overdue invoices": "final",
    "Freundliche Erinnerung: bald fällige Rechnungen": "pre_due",
    "Zahlungserinnerung: überfällige Rechnungen": "first",
    "Zweite Zahlungserinnerung: überfällige Rechnungen": "second",
    "Letzte Zahlungsaufforderung: überfällige Rechnungen": "final",
}
RECIPIENTS = {
    "US1": "ap@acme.test",
    "US2": "ap@bluegill.test",
    "US3": "ap@acme.test",
    "DE1": "s.krueger@mueller.test",
}
ALL_INVOICES = ("A-100", "B-1", "B-2", "CN-7", "C-1", "C-2", "R-2001", "D-1")


def ticks() -> Iterator[datetime]:
    """Every hour in TICK_HOURS of every day, weekends and holidays included."""
    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        for hour in TICK_HOURS:
            yield datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Seen:
    """One email as the sink received it, read back from its headers and text."""

    tick: datetime
    message: EmailMessage
    envelope: tuple[str, ...]

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])

    @property
    def customer(self) -> str:
        match = re.search(r"\((.*)\)$", str(self.message["Subject"]))
        assert match, self.message["Subject"]
        names = {row.customer_name: row.customer_id for row in ledger(c1_paid=False)}
        return names[match[1]]

    @property
    def step(self) -> str:
        return SUBJECT_STEPS[str(self.message["Subject"]).rpartition(" (")[0]]

    @property
    def text(self) -> str:
        body = self.message.get_body(("plain",))
        assert body is not None
        return str(body.get_content())

    @property
    def invoices(self) -> tuple[str, ...]:
        return tuple(n for n in ALL_INVOICES if re.search(rf"^{n} \|", self.text, re.MULTILINE))


async def run_days(tmp_path: Path, dovecot: PrivateDovecot) -> tuple[list[Seen], list[str], Path]:
    """Run the service tick by tick; return what the sink saw and every RCPT it was asked."""
    seen: list[Seen] = []
    asked: list[str] = []

    def rcpt(address: str) -> str | None:
        asked.append(address)
        return "550 5.1.1 <nobody@refused.test>: no such user" if address == REFUSED else None

    async with SmtpSink(relay_lmtp=dovecot.lmtp_address, relay_domain="example.test") as sink:
        sink.on_rcpt = rcpt
        config_path = write_config(tmp_path, smtp_port=sink.port, dovecot=dovecot)
        write_ledger(tmp_path / "ledger.csv", ledger(c1_paid=False))
        clock = FixedClock(datetime.combine(FIRST_DAY, datetime.min.time(), UTC))
        service = Service(config_path, load_config(config_path), clock=clock)
        service.startup()
        try:
            for tick in ticks():
                if tick.date() == PAID_ON and tick.hour == TICK_HOURS[0]:
                    write_ledger(tmp_path / "ledger.csv", ledger(c1_paid=True))
                clock.at = tick
                before = len(sink.messages)
                report = await service.iteration()
                assert not report.halted, report.halted
                seen += [_seen(tick, m) for m in sink.messages[before:]]
        finally:
            await service.shutdown()
    return seen, asked, tmp_path / "state"


def _seen(tick: datetime, received: ReceivedMessage) -> Seen:
    return Seen(tick, received.message, received.rcpt_tos)


async def test_45_days_send_exactly_the_expected_reminders(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: ImapAccount
) -> None:
    seen, asked, state = await run_days(tmp_path, dovecot)
    to_customers = [s for s in seen if s.envelope != (AR,)]

    # Exactly the expected emails, in order: when, to whom, which step, listing what.
    actual = [Expected(s.tick, s.customer, s.step, s.invoices) for s in to_customers]
    assert actual == EXPECTED

    for s in to_customers:
        # Addressed to the customer's AP contact, with the AR mailbox as an envelope-only copy.
        assert s.envelope == (RECIPIENTS[s.customer], AR)
        assert [a.addr_spec for a in s.message["To"].addresses] == [RECIPIENTS[s.customer]]
        assert AR not in str(s.message["To"]) and s.message["Cc"] is None
        assert s.message["Bcc"] is None
        # Dated when it went out, on a weekday that is not a US public holiday.
        sent = parsedate_to_datetime(str(s.message["Date"]))
        assert sent == s.tick
        assert sent.weekday() < 5 and sent.date() not in {date(2026, 11, 11), date(2026, 11, 26)}

    # One email per address and local day (ap@acme.test serves two customers).
    zones = {row.customer_id: ZoneInfo(row.timezone) for row in ledger(c1_paid=False)}
    days = [f"{s.envelope[0]} {s.tick.astimezone(zones[s.customer]).date()}" for s in to_customers]
    assert duplicates(days) == {}

    _assert_threads(to_customers)
    _assert_german(next(s for s in to_customers if s.customer == "DE1"))
    _assert_totals(to_customers)

    # C-1 was paid on Nov 16: never listed again; C-2 alone drives US3 from then on.
    for s in to_customers:
        if s.tick.date() >= PAID_ON:
            assert "C-1" not in s.invoices
    # The open credit note is shown as a credit, so the total asked is the net amount owed.
    us2 = [s for s in to_customers if s.customer == "US2"]
    credit_row = "CN-7 | Oct 21, 2026 | Oct 21, 2026 | -$300.00 | -$300.00 | credit"
    assert all(credit_row in s.text for s in us2)
    assert "Total open: $700.00" in us2[0].text  # B-1 $1,000.00 less the $300.00 credit
    assert all("CN-7" not in s.text for s in to_customers if s.customer != "US2")

    # The refused address: asked once, then marked undeliverable and never tried again.
    assert asked.count(REFUSED) == 1
    with Store.open(state, readonly=True) as store:
        sequence = store.sequence("US4")
        assert sequence is not None and sequence.undeliverable == (REFUSED,)
        failed = [i for i in store.outbox().values() if i.customer_id == "US4"]
        assert [i.status for i in failed] == [OutboxStatus.FAILED]
        assert "550" in failed[0].error
        sent_items = [i for i in store.outbox().values() if i.status is OutboxStatus.SENT]
        assert sorted(i.message_id for i in sent_items) == sorted(
            s.message_id for s in to_customers
        )
        assert all(i.filed for i in sent_items)
        paid = store.invoice("C-1")
        assert paid is not None and paid.closed_reason == "paid"

    # Every reminder sent has exactly one copy in Sent (the acceptance copy, moved there), and
    # no copy of a sent reminder is left in the INBOX. (The refused reminder's copy is: see
    # `test_a_refused_addressee_leaves_no_copy_in_the_inbox`.)
    sent_folder = folder_message_ids(dovecot, "Sent")
    assert sorted(sent_folder) == sorted(s.message_id for s in to_customers)
    assert set(folder_message_ids(dovecot, "INBOX")) <= {failed[0].message_id}


def _assert_threads(seen: list[Seen]) -> None:
    """RFC 5322 3.6.4: each reminder replies to the previous one to that customer."""
    ids = [s.message_id for s in seen]
    assert duplicates(ids) == {}
    assert all(re.fullmatch(r"<[a-z2-7]{20}@example\.test>", i) for i in ids)
    for customer in RECIPIENTS:
        thread = [s for s in seen if s.customer == customer]
        for n, s in enumerate(thread):
            earlier = [t.message_id for t in thread[:n]]
            if not earlier:
                assert s.message["In-Reply-To"] is None and s.message["References"] is None
                continue
            assert str(s.message["In-Reply-To"]) == earlier[-1]
            assert str(s.message["References"]).split() == earlier


def _assert_german(first: Seen) -> None:
    assert first.message["Content-Language"] == "de"
    assert str(first.message["Subject"]) == (
        "Zahlungserinnerung: überfällige Rechnungen (Müller & Söhne GmbH)"
    )
    text = first.text
    assert text.startswith("Guten Tag Sabine Krüger,")
    assert "R-2001 | 28.09.2026 | 28.10.2026 | 4.760,00\xa0€ | 4.760,00\xa0€ | 5" in text
    assert "insgesamt 4.760,00\xa0€" in text
    assert "bis zum 09.11.2026" in text  # sent Nov 2, pay within 7 days


def _assert_totals(seen: list[Seen]) -> None:
    """Amounts and the pay-by date the American way (en_US), seven days after sending."""
    first_us2 = next(s for s in seen if s.customer == "US2")
    assert "B-1 | Oct 2, 2026 | Nov 1, 2026 | $1,000.00 | $1,000.00 | 1" in first_us2.text
    assert "by Nov 9, 2026" in first_us2.text
    final_us2 = next(s for s in seen if s.customer == "US2" and s.step == "final")
    assert "B-2 | Oct 21, 2026 | Nov 20, 2026 | $2,000.00 | $1,200.00 | 7" in final_us2.text


# -- the addressee refused at RCPT: the acceptance copy must not be delivered alone -------------

ONE_CUSTOMER = [
    Row("US9", "Solo Supplies Inc.", "", "America/New_York", "en", "US", "Sam", "Solo",
        "ap@solo.test", "", "", "S-1", "2026-10-01", "2026-10-31", "300.00", "300.00", "USD"),
]  # fmt: skip
MONDAY_9AM = at("2026-11-02T14:00Z")


async def run_ticks(
    tmp_path: Path, dovecot: PrivateDovecot, sink: SmtpSink, *instants: datetime
) -> Path:
    config_path = write_config(tmp_path, smtp_port=sink.port, dovecot=dovecot)
    write_ledger(tmp_path / "ledger.csv", ONE_CUSTOMER)
    clock = FixedClock(instants[0])
    service = Service(config_path, load_config(config_path), clock=clock)
    service.startup()
    try:
        for instant in instants:
            clock.at = instant
            await service.iteration()
    finally:
        await service.shutdown()
    return tmp_path / "state"


async def test_a_refused_addressee_leaves_no_copy_in_the_inbox(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: ImapAccount
) -> None:
    async with SmtpSink(relay_lmtp=dovecot.lmtp_address, relay_domain="example.test") as sink:
        sink.on_rcpt = lambda a: "550 5.1.1 no such user" if a == "ap@solo.test" else None
        state = await run_ticks(tmp_path, dovecot, sink, MONDAY_9AM)
    with Store.open(state, readonly=True) as store:
        assert [i.status for i in store.outbox().values()] == [OutboxStatus.FAILED]
    assert folder_message_ids(dovecot, "INBOX") == []


async def test_a_temporary_refusal_is_retried_and_filed_once(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: ImapAccount
) -> None:
    refusals = ["451 4.3.0 try again later"]

    def rcpt(address: str) -> str | None:
        return refusals.pop() if address == "ap@solo.test" and refusals else None

    async with SmtpSink(relay_lmtp=dovecot.lmtp_address, relay_domain="example.test") as sink:
        sink.on_rcpt = rcpt
        later = MONDAY_9AM + timedelta(hours=1)
        state = await run_ticks(tmp_path, dovecot, sink, MONDAY_9AM, later)
        delivered = [m for m in sink.messages if "ap@solo.test" in m.rcpt_tos]
    assert len(delivered) == 1
    with Store.open(state, readonly=True) as store:
        assert [i.status for i in store.outbox().values()] == [OutboxStatus.SENT]
    assert folder_message_ids(dovecot, "Sent") == [str(delivered[0].message["Message-ID"])]
    assert folder_message_ids(dovecot, "INBOX") == []


# -- without a mailbox -------------------------------------------------------------------------


async def test_without_a_mailbox_sent_reminders_are_still_pruned(tmp_path: Path) -> None:
    """No IMAP: nothing is ever filed in Sent, yet the outbox does not grow for ever."""
    async with SmtpSink() as sink:
        config_path = write_config(tmp_path, smtp_port=sink.port, dovecot=None)
        write_ledger(tmp_path / "ledger.csv", ONE_CUSTOMER)
        clock = FixedClock(MONDAY_9AM)
        service = Service(config_path, load_config(config_path), clock=clock)
        service.startup()
        try:
            assert (await service.iteration()).sent == 1
            assert service.store is not None
            [item] = service.store.outbox().values()
            assert (item.status, item.filed) == (OutboxStatus.SENT, False)
            clock.at = MONDAY_9AM + timedelta(days=46)  # past KEEP_FINISHED (45 days)
            paid = [replace(row, balance="0.00") for row in ONE_CUSTOMER]
            write_ledger(tmp_path / "ledger.csv", paid)  # nothing more to send
            await service.iteration()
            assert service.store.outbox() == {}
            assert [e.kind for e in service.store.history("US9")].count(EventKind.EMAIL_SENT) == 1
        finally:
            await service.shutdown()
