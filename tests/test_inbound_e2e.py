"""The inbox half against a real Dovecot and a real SMTP sink: replies read, acted on, filed.

Each test sends a real reminder first (so replies can thread to it), then appends replies to the
AR mailbox the way a customer's server would deliver them, and looks at what collectors would
see in their mail client: folders, keywords, \\Flagged.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from inbound_world import (
    CUSTOMER,
    MONDAY,
    append,
    flags_in,
    ledger_rows,
    make_site,
    move,
    reply,
    strip_keywords,
)
from outbound_world import AR, write_ledger
from servers.dovecot import PrivateDovecot, close_client
from servers.relay import CuttableRelay
from servers.smtp import ReceivedMessage, SmtpSink

from daemon.config.loader import load_config
from daemon.core.classify import classify
from daemon.core.mail import Mail
from daemon.core.records import (
    ClosedReason,
    EventKind,
    FollowUpStatus,
    ImapCursor,
    OutboxStatus,
    SequenceStatus,
)
from daemon.core.verdict import Verdict
from daemon.service import Service
from daemon.shell.clock import FixedClock
from daemon.shell.inbox import Filing
from daemon.shell.store import Store
from daemon.shell.systemd import Notifier

NEEDS_ACTION, PROMISES, PROCESSED = "AR/Needs action", "AR/Promises", "AR/Processed"
RESUME, PAID, DISPUTES = "AR/Resume", "AR/Mark paid", "AR/Disputes"


async def eventually(condition: Callable[[], bool], timeout: float = 20) -> float:
    """Seconds until `condition` held; fails after `timeout`."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not true within {timeout} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - start


async def first_reminder(site: Path, clock: FixedClock) -> str:
    """Send the customer's first reminder; its Message-ID."""
    service = Service(site, load_config(site), clock=clock)
    report = await service.run_once()
    assert report.sent == 1
    with Store.open(site.parent / "state", readonly=True) as store:
        (item,) = store.outbox(OutboxStatus.SENT).values()
        return item.message_id


def reply_events(site: Path) -> list[str]:
    with Store.open(site.parent / "state", readonly=True) as store:
        return [e.data["message_id"] for e in store.history() if e.kind is EventKind.REPLY_HANDLED]


@pytest.fixture
async def sink(dovecot: PrivateDovecot) -> AsyncIterator[SmtpSink]:
    async with SmtpSink(relay_lmtp=dovecot.lmtp_address, relay_domain="example.test") as server:
        yield server


@dataclass
class World:
    site: Path  # the config file; the state is beside it
    clock: FixedClock
    ours: str  # Message-ID of the first reminder sent to the customer

    @property
    def state(self) -> Path:
        return self.site.parent / "state"

    async def run_once(self, *, after: timedelta) -> None:
        self.clock.at = MONDAY + after
        await Service(self.site, load_config(self.site), clock=self.clock).run_once()


async def start_world(
    tmp_path: Path, smtp_port: int, dovecot: PrivateDovecot | None, extra: str = ""
) -> World:
    site = make_site(tmp_path, smtp_port=smtp_port, dovecot=dovecot, extra=extra)
    clock = FixedClock(MONDAY)
    return World(site, clock, await first_reminder(site, clock))


@pytest.fixture
async def world(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: object, sink: SmtpSink
) -> World:
    return await start_world(tmp_path, sink.port, dovecot)


async def test_a_reply_in_the_thread_is_acted_on_and_filed_within_the_idle_wait(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    service = Service(site, load_config(site), clock=clock)
    running = asyncio.create_task(service.run())
    try:
        await eventually(lambda: service.inbound is not None and service.inbound.handled == 0)
        await asyncio.sleep(1.0)  # the loop is in IDLE now
        raw = reply("We will pay on 2026-11-25.", in_reply_to=ours, message_id="<p1@acme.test>")
        append(dovecot, "INBOX", raw)
        took = await eventually(lambda: "<p1@acme.test>" in flags_in(dovecot, PROMISES))
    finally:
        service.request_stop()
        await asyncio.wait_for(running, 30)
    assert took < 10  # IDLE, not a poll: the bench measures the real figure
    client = dovecot.client("ar")
    try:
        listed = {name for _, _, name in client.list_sub_folders()}  # subscribed: visible
    finally:
        client.logout()
    assert {"AR/Resume", "AR/Mark paid", "AR/Stop", "AR/Quarantine", NEEDS_ACTION} <= listed
    flags = flags_in(dovecot, PROMISES)["<p1@acme.test>"]
    assert {"$AR-Processed", "$AR-Promise"} <= flags
    assert "\\Seen" not in flags  # collectors still see it as unread
    assert "<p1@acme.test>" not in flags_in(dovecot, "INBOX")
    with Store.open(world.state, readonly=True) as store:
        state = store.sequence("US1")
        assert state is not None and state.status is SequenceStatus.PAUSED
        (promise,) = store.followups().values()
        assert promise.due.isoformat() == "2026-11-25"


async def test_a_promise_for_tomorrow_is_followed_up_that_day_if_unpaid(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    append(dovecot, "INBOX", reply("We will pay on November 24, 2026.", in_reply_to=ours))

    def to_customer() -> list[ReceivedMessage]:
        return [m for m in sink.messages if CUSTOMER in m.rcpt_tos]

    assert len(to_customer()) == 1

    for hour in range(1, 7):  # the rest of Monday: the promise holds the cadence
        clock.at = MONDAY + timedelta(hours=hour)
        await Service(site, load_config(site), clock=clock).run_once()
    assert len(to_customer()) == 1

    clock.at = MONDAY + timedelta(days=1)  # Tuesday 10:00 in New York, still unpaid
    report = await Service(site, load_config(site), clock=clock).run_once()
    assert report.sent == 1
    (_, followup) = to_customer()
    assert followup.message["In-Reply-To"] == ours  # in the same thread
    text = followup.message.get_body(("plain",))
    assert text is not None
    assert (
        "you told us that payment of $1,550.00 would be made by Nov 24, 2026" in text.get_content()
    )
    with Store.open(world.state, readonly=True) as store:
        (promise,) = store.followups().values()
        assert promise.status is FollowUpStatus.SENT and "broken promise" in promise.note
        (item,) = [i for i in store.outbox().values() if i.template == "promise_followup"]
        assert item.sent_at is not None and item.sent_at.date().isoformat() == "2026-11-24"

    clock.at = MONDAY + timedelta(days=1, hours=3)
    await Service(site, load_config(site), clock=clock).run_once()
    assert len(to_customer()) == 2  # one email a day, and the promise's grace still holds


async def test_collectors_resume_from_their_mail_client_and_their_own_reply_pauses(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    ours = world.ours
    raw = reply(
        "Could we agree a payment plan? Three monthly instalments would help us.",
        in_reply_to=ours,
        message_id="<plan@acme.test>",
    )
    append(dovecot, "INBOX", raw)
    await world.run_once(after=timedelta(minutes=5))
    flags = flags_in(dovecot, NEEDS_ACTION)["<plan@acme.test>"]
    assert {"\\Flagged", "$AR-PaymentPlan", "$AR-Processed"} <= flags
    with Store.open(world.state, readonly=True) as store:
        held = store.sequence("US1")
        assert held is not None and held.status is SequenceStatus.PAUSED
        assert held.paused_until is None  # until a collector resumes

    move(dovecot, "<plan@acme.test>", NEEDS_ACTION, "AR/Resume")
    await world.run_once(after=timedelta(minutes=10))
    assert "<plan@acme.test>" in flags_in(dovecot, PROCESSED)
    assert flags_in(dovecot, "AR/Resume") == {}
    with Store.open(world.state, readonly=True) as store:
        resumed = store.sequence("US1")
        assert resumed is not None and resumed.status is SequenceStatus.ACTIVE

    # A collector answers the customer from the AR mailbox: the robot holds back.
    own = reply(
        "Hi Pat, happy to agree three instalments; details follow.",
        in_reply_to="<plan@acme.test>",
        sender=AR,
        to=CUSTOMER,
        message_id="<collector-1@example.test>",
    )
    append(dovecot, "Sent", own, flags=["\\Seen"])
    await world.run_once(after=timedelta(minutes=15))
    with Store.open(world.state, readonly=True) as store:
        paused = store.sequence("US1")
        assert paused is not None and paused.status is SequenceStatus.PAUSED
        assert "a collector wrote" in paused.reason
    assert "<collector-1@example.test>" in flags_in(dovecot, "Sent")  # left where it was


async def test_a_restart_mid_stream_handles_each_reply_once(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    ids = [f"<stream-{n}@acme.test>" for n in range(30)]
    for message_id in ids:
        append(dovecot, "INBOX", reply("Thanks, noted.", in_reply_to=ours, message_id=message_id))

    service = Service(site, load_config(site), clock=clock)
    service.startup()
    assert service.inbound is not None
    service.inbound.batch_size = 4
    real_file = service.inbound._file
    calls = 0

    async def crash_on_third(folder: str, uidvalidity: int, filings: list[Filing]) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:  # the store has the batch; the mailbox never hears of it
            raise RuntimeError("killed between the store commit and the mailbox")
        await real_file(folder, uidvalidity, filings)

    service.inbound._file = crash_on_third  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await service.inbound.poll()
    await service.shutdown()
    assert len(reply_events(site)) == 12  # three batches decided, two filed

    await Service(site, load_config(site), clock=clock).run_once()
    events = reply_events(site)
    assert sorted(events) == sorted(ids)  # every reply, each exactly once
    assert flags_in(dovecot, "INBOX") == {}  # all filed, the crashed batch included
    assert set(flags_in(dovecot, NEEDS_ACTION)) == set(ids)


async def test_a_uidvalidity_change_finds_unprocessed_mail_without_redoing_handled_mail(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: object, sink: SmtpSink
) -> None:
    # Filed in place (no folder), so the handled replies stay in the INBOX.
    extra = "replies:\n  other:\n    folder: null\n"
    world = await start_world(tmp_path, sink.port, dovecot, extra)
    site, clock, ours = world.site, world.clock, world.ours
    for n in range(3):
        append(dovecot, "INBOX", reply("Noted.", in_reply_to=ours, message_id=f"<old-{n}@a.t>"))
    await Service(site, load_config(site), clock=clock).run_once()
    assert len(reply_events(site)) == 3

    # The mailbox is rebuilt: new UIDVALIDITY, and the keywords are gone.
    strip_keywords(dovecot, "INBOX", ["$AR-Processed", "$AR-NeedsAction", "\\Flagged"])
    with Store.open(world.state) as store:
        cursor = store.cursor("INBOX")
        assert cursor is not None
        store.set_cursor(ImapCursor("INBOX", cursor.uidvalidity + 1000, cursor.last_uid))
    for n in range(2):
        append(dovecot, "INBOX", reply("Noted.", in_reply_to=ours, message_id=f"<new-{n}@a.t>"))

    await Service(site, load_config(site), clock=clock).run_once()
    events = reply_events(site)
    assert len(events) == 5 and len(set(events)) == 5
    flags = flags_in(dovecot, "INBOX")
    assert all("$AR-Processed" in f for f in flags.values())  # the old three filed again


async def test_the_watcher_reconnects_after_dovecot_restarts(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    service = Service(site, load_config(site), clock=clock)
    running = asyncio.create_task(service.run())
    try:
        await eventually(lambda: service.inbound is not None)
        await asyncio.sleep(1.0)
        dovecot.halt()
        await asyncio.sleep(2.0)
        dovecot.resume()
        append(dovecot, "INBOX", reply("Paid yesterday, check 1234.", in_reply_to=ours,
                                       message_id="<after-restart@acme.test>"))  # fmt: skip
        await eventually(lambda: "<after-restart@acme.test>" in reply_events_live(service), 60)
    finally:
        service.request_stop()
        await asyncio.wait_for(running, 30)


async def test_a_connection_cut_inside_a_fetched_reply_still_handles_each_reply_once(
    world: World, dovecot: PrivateDovecot
) -> None:
    relay = CuttableRelay(dovecot.imap_port)
    try:
        text = world.site.read_text(encoding="utf-8")
        port = f"  port: {dovecot.imap_port}\n"
        world.site.write_text(text.replace(port, f"  port: {relay.port}\n"), encoding="utf-8")
        ids = [f"<remittance-{n}@acme.test>" for n in range(6)]
        advice = "Remittance advice: INV-1042 paid in full by bank transfer.\n" * 170
        for message_id in ids:  # about 10 KB each: the cut falls inside the first one
            append(dovecot, "INBOX", reply(advice, in_reply_to=world.ours, message_id=message_id))
        relay.cut_during(b"BODY.PEEK[]", 4000)

        await world.run_once(after=timedelta(hours=1))
    finally:
        relay.close()
    assert relay.cuts == 1
    assert sorted(reply_events(world.site)) == sorted(ids)  # each once, none lost
    assert flags_in(dovecot, "INBOX") == {}  # and every one filed


async def test_a_folder_deleted_by_a_collector_is_created_again_and_filing_goes_on(
    world: World, dovecot: PrivateDovecot
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    append(dovecot, "INBOX", reply("We dispute INV-1042.", in_reply_to=ours,
                                   message_id="<before@acme.test>"))  # fmt: skip
    service = Service(site, load_config(site), clock=clock)
    running = asyncio.create_task(service.run())
    try:
        await eventually(lambda: "<before@acme.test>" in flags_in(dovecot, DISPUTES))
        client = dovecot.client("ar")
        try:  # a collector tidies up: the folder goes, with what was in it
            client.delete_folder(DISPUTES)
            for folder in (RESUME, PAID):
                client.delete_folder(folder)
        finally:
            close_client(client)
        append(dovecot, "INBOX", reply("We dispute INV-1042 as well.", in_reply_to=ours,
                                       message_id="<after@acme.test>"))  # fmt: skip
        await eventually(lambda: "<after@acme.test>" in flags_in(dovecot, DISPUTES), 30)
        await eventually(lambda: all(folder_exists(dovecot, f) for f in (RESUME, PAID)), 30)
    finally:
        service.request_stop()
        await asyncio.wait_for(running, 30)
    assert flags_in(dovecot, "INBOX") == {}
    assert reply_events(site).count("<after@acme.test>") == 1


def folder_exists(dovecot: PrivateDovecot, folder: str) -> bool:
    client = dovecot.client("ar")
    try:
        return bool(client.folder_exists(folder))
    finally:
        close_client(client)


def reply_events_live(service: Service) -> list[str]:
    store = service.store
    if store is None:
        return []
    return [e.data["message_id"] for e in store.history() if e.kind is EventKind.REPLY_HANDLED]


async def test_sighup_with_a_broken_config_keeps_reading_replies_and_sigterm_stops(
    world: World, dovecot: PrivateDovecot, caplog: pytest.LogCaptureFixture
) -> None:
    site, clock, ours = world.site, world.clock, world.ours
    messages: list[str] = []
    notifier = Notifier({"NOTIFY_SOCKET": ""})
    notifier.send = lambda **fields: messages.extend(  # type: ignore[method-assign]
        f"{name.upper()}={value}" for name, value in fields.items()
    )
    service = Service(site, load_config(site), clock=clock, notifier=notifier)
    running = asyncio.create_task(service.run())
    await eventually(lambda: "READY=1" in messages)
    site.write_text(site.read_text().replace("tls: none", "tls: sometimes", 1))
    with caplog.at_level(logging.ERROR, logger="dunmail.service"):
        os.kill(os.getpid(), signal.SIGHUP)
        await eventually(lambda: "config not reloaded" in caplog.text)
    assert "smtp.tls" in caplog.text
    append(dovecot, "INBOX", reply("Hello?", in_reply_to=ours, message_id="<hup@acme.test>"))
    await eventually(lambda: "<hup@acme.test>" in reply_events_live(service))
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(running, 30)
    assert "STOPPING=1" in messages


async def test_a_maildir_inbox_works_the_same_way(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    maildir = tmp_path / "mail"
    for part in ("cur", "new", "tmp"):
        (maildir / part).mkdir(parents=True)
    extra = "maildir:\n  path: mail\n  poll_seconds: 0.2\n"
    world = await start_world(tmp_path, smtp_sink.port, None, extra)
    site, ours = world.site, world.ours
    raw = reply("We dispute invoice A-101: it was never delivered.", in_reply_to=ours,
                message_id="<md-1@acme.test>")  # fmt: skip
    (maildir / "new" / "1700000000.M1P1.host").write_bytes(raw)

    await world.run_once(after=timedelta(minutes=5))
    assert reply_events(site) == ["<md-1@acme.test>"]
    with Store.open(world.state, readonly=True) as store:
        state = store.sequence("US1")
        assert state is not None and state.disputed_invoices == ("A-101",)
    filed = list((maildir / ".AR.Disputes" / "cur").iterdir())
    assert len(filed) == 1 and filed[0].read_bytes() == raw
    assert ":2," in filed[0].name and "F" in filed[0].name.rpartition(":2,")[2]  # \Flagged
    assert not list((maildir / "new").iterdir())
    assert (maildir / ".AR.Mark paid" / "cur").is_dir()  # ready for a collector's order


async def test_a_poison_message_is_quarantined_and_the_others_still_handled(
    world: World,
    dovecot: PrivateDovecot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def explode_on_poison(mail: Mail, *, today: date, reference: Collection[str]) -> Verdict:
        if "poison" in mail.subject:
            raise ValueError("a bug the message triggers")
        return classify(mail, today=today, reference=reference)

    monkeypatch.setattr("daemon.inbound_handler.classify", explode_on_poison)
    append(dovecot, "INBOX", reply("x", in_reply_to=world.ours, subject="poison",
                                   message_id="<poison@acme.test>"))  # fmt: skip
    append(dovecot, "INBOX", reply("Paid today, check 881.", in_reply_to=world.ours,
                                   message_id="<fine@acme.test>"))  # fmt: skip
    newsletter = reply("Our spring catalogue", sender="news@vendor.example",
                       subject="Catalogue", message_id="<news@vendor.example>")  # fmt: skip
    append(dovecot, "INBOX", newsletter)
    with caplog.at_level(logging.ERROR, logger="dunmail.inbound"):
        await world.run_once(after=timedelta(minutes=5))
    assert "quarantined" in caplog.text and "a bug the message triggers" in caplog.text
    assert "$AR-Quarantine" in flags_in(dovecot, "AR/Quarantine")["<poison@acme.test>"]
    assert "<fine@acme.test>" in flags_in(dovecot, "AR/Payments")
    # Mail about no customer is left alone: unflagged, unmoved, untagged.
    assert flags_in(dovecot, "INBOX") == {"<news@vendor.example>": set()}
    assert reply_events(world.site) == ["<fine@acme.test>"]

    await world.run_once(after=timedelta(minutes=10))  # never retried in a loop
    assert reply_events(world.site) == ["<fine@acme.test>"]


async def test_a_huge_message_is_read_only_in_part(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: object, sink: SmtpSink
) -> None:
    world = await start_world(tmp_path, sink.port, dovecot)
    secret = "  password_file: imap-password\n"
    world.site.write_text(world.site.read_text().replace(secret, secret + "  max_message_mb: 1\n"))
    big = EmailMessage()
    big["From"], big["To"], big["Subject"] = CUSTOMER, AR, "Re: Payment reminder"
    big["Message-ID"], big["In-Reply-To"] = "<big@acme.test>", world.ours
    big.set_content("We dispute invoice A-100: the scan of the delivery note is attached.")
    big.add_attachment(os.urandom(6 * 1024 * 1024), maintype="application", subtype="pdf",
                       filename="scan.pdf")  # fmt: skip
    append(dovecot, "INBOX", bytes(big))
    await world.run_once(after=timedelta(minutes=5))
    assert "<big@acme.test>" in flags_in(dovecot, "AR/Disputes")
    with Store.open(world.state, readonly=True) as store:
        state = store.sequence("US1")
        assert state is not None and state.disputed_invoices == ("A-100",)
        record = store.inbound("<big@acme.test>")
        assert record is not None and record.intent == "dispute"


async def test_an_invoice_request_is_answered_with_the_pdf_when_configured(
    tmp_path: Path, dovecot: PrivateDovecot, imap_account: object, sink: SmtpSink
) -> None:
    extra = "replies:\n  invoice_request:\n    attach_invoice_pdf: true\n"
    world = await start_world(tmp_path, sink.port, dovecot, extra)
    pdf = b"%PDF-1.4 invoice A-101\n%%EOF\n"
    (tmp_path / "A-101.pdf").write_bytes(pdf)
    rows = [replace(row, pdf="A-101.pdf") if row.invoice_number == "A-101" else row
            for row in ledger_rows()]  # fmt: skip
    write_ledger(tmp_path / "ledger.csv", rows)
    ask = reply("Could you send us a copy of invoice A-101, please?", in_reply_to=world.ours,
                message_id="<ask@acme.test>")  # fmt: skip
    append(dovecot, "INBOX", ask)
    before = len(sink.messages)
    await world.run_once(after=timedelta(minutes=5))
    (answer,) = [m for m in sink.messages[before:] if CUSTOMER in m.rcpt_tos]
    assert answer.message["In-Reply-To"] == "<ask@acme.test>"
    assert answer.message["Auto-Submitted"] == "auto-replied"  # RFC 3834 §5
    (attached,) = list(answer.message.iter_attachments())
    assert attached.get_filename() == "A-101.pdf" and attached.get_content() == pdf
    assert "<ask@acme.test>" in flags_in(dovecot, NEEDS_ACTION)  # a person still sees it


async def test_dragging_our_own_reminder_into_mark_paid_closes_its_invoices(
    world: World, dovecot: PrivateDovecot
) -> None:
    await world.run_once(after=timedelta(minutes=5))  # the reminder's copy is filed in Sent
    assert world.ours in flags_in(dovecot, "Sent")
    move(dovecot, world.ours, "Sent", "AR/Mark paid")
    await world.run_once(after=timedelta(minutes=10))
    with Store.open(world.state, readonly=True) as store:
        closed = {n: i.closed_reason for n, i in store.invoices().items()}
    assert closed == {"A-100": ClosedReason.MANUAL, "A-101": ClosedReason.MANUAL}
    assert world.ours in flags_in(dovecot, PROCESSED)


async def test_a_payment_claim_is_verified_and_followed_up_when_still_unpaid(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    claim = reply("We paid this yesterday, check number 1234 for $1,550.00.",
                  in_reply_to=world.ours, message_id="<paid@acme.test>")  # fmt: skip
    append(dovecot, "INBOX", claim)
    await world.run_once(after=timedelta(minutes=5))
    assert "\\Flagged" in flags_in(dovecot, "AR/Payments")["<paid@acme.test>"]  # verify payment

    def to_customer() -> list[ReceivedMessage]:
        return [m for m in sink.messages if CUSTOMER in m.rcpt_tos]

    await world.run_once(after=timedelta(days=7))  # Monday 30th: still within the window
    assert len(to_customer()) == 1
    await world.run_once(after=timedelta(days=8))  # Tuesday 1 Dec: 5 business days on
    (_, check) = to_customer()
    text = check.message.get_body(("plain",))
    assert text is not None and "check or reference 1234" in text.get_content()
    with Store.open(world.state, readonly=True) as store:
        (followup,) = store.followups().values()
        assert followup.status is FollowUpStatus.SENT and "check number" in followup.note


async def test_a_hard_bounce_marks_the_address_and_holds_the_customer(
    world: World, dovecot: PrivateDovecot
) -> None:
    dsn = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.acme.test>\r\n"
        f"To: {AR}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <dsn-1@mx.acme.test>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n'
        "\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.acme.test\r\n\r\n"
        f"Final-Recipient: rfc822; {CUSTOMER}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {world.ours}\r\nTo: {CUSTOMER}\r\nSubject: Payment reminder\r\n"
        "--b--\r\n"
    ).encode()
    append(dovecot, "INBOX", dsn)
    await world.run_once(after=timedelta(minutes=5))
    assert {"$AR-Bounce", "\\Flagged"} <= flags_in(dovecot, PROCESSED)["<dsn-1@mx.acme.test>"]
    with Store.open(world.state, readonly=True) as store:
        state = store.sequence("US1")
        assert state is not None and state.undeliverable == (CUSTOMER,)
        assert state.status is SequenceStatus.PAUSED and state.paused_until is None


async def test_a_reply_that_pastes_our_reminder_is_read_without_its_words(
    world: World, dovecot: PrivateDovecot, sink: SmtpSink
) -> None:
    (sent,) = [m for m in sink.messages if CUSTOMER in m.rcpt_tos]
    plain = sent.message.get_body(("plain",))
    assert plain is not None
    # Pasted below the answer as plain lines: no ">" and no attribution line to cut it at.
    pasted = f"Noted, I have passed it on.\n\n{plain.get_content()}"
    append(dovecot, "INBOX", reply(pasted, in_reply_to=world.ours, message_id="<paste@acme.test>"))
    await world.run_once(after=timedelta(minutes=5))
    assert "<paste@acme.test>" in flags_in(dovecot, NEEDS_ACTION)
    with Store.open(world.state, readonly=True) as store:
        (handled,) = [e for e in store.history() if e.kind is EventKind.REPLY_HANDLED]
        assert handled.data["intent"] == "other", handled.data
