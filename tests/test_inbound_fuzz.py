"""Hypothesis through the whole inbound decision path: read, correlate, classify, decide, commit.

Each example is an email written by hypothesis, well-formed or not: any sender (the customer, a
stranger, a mail system), threaded to our reminder or to nothing, with any subject, date,
charset, transfer encoding and structure, and a body mixing customers' phrases in several
languages with arbitrary text. The daemon's handler decides on it over a snapshot of a real store,
as the inbox loop does, and the outcome is committed to that store. Nothing may raise, nothing
may be quarantined (a quarantine is a crash the handler caught), every message is recorded, and
no email, without a trusted server vouching for it, changes where collection mail goes.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from inbound_world import CUSTOMER, MONDAY, make_site
from servers.smtp import ThreadedSmtpSink

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.records import EventKind
from daemon.inbound_apply import apply_outcomes, snapshot_of
from daemon.inbound_handler import Handler, Role
from daemon.service import Service
from daemon.shell.clock import FixedClock
from daemon.shell.holiday_source import business_calendar
from daemon.shell.inbox import Fetched
from daemon.shell.store import Store

NOW = MONDAY + timedelta(hours=2)
_uids = itertools.count(1)

PHRASES = (
    "We will pay on Friday.", "Payment was sent yesterday, check number 1042.",
    "We dispute invoice A-101: the goods never arrived.", "Please send a copy of the invoice.",
    "Can we pay in three instalments?", "Please remove me from this list.",
    "I no longer work here; write to jane@acme.test instead.", "Out of the office until Monday.",
    "Nous paierons le 15.", "Wir haben gestern bezahlt.", "Pagaremos el viernes.",
    "Abbiamo già pagato.", "We betalen volgende week.", "Thanks, noted.", "unsubscribe",
    "> On Monday you wrote:\n> Invoice A-101 is overdue.", "-- \nPat Doe\nAcme Hardware",
)  # fmt: skip
SENDERS = (f"Pat Doe <{CUSTOMER}>", CUSTOMER, "Mallory <mallory@evil.test>",
           "MAILER-DAEMON@mx.acme.test", "postmaster@acme.test", "=?utf-8?b?w6k=?= <x@y>",
           "not an address", "")  # fmt: skip
CONTENT_TYPES = (
    "text/plain; charset=utf-8", "text/plain; charset=iso-8859-1", "text/plain; charset=utf-7",
    "text/plain; charset=x-unknown", "text/html; charset=utf-8", "text/plain", "",
    'multipart/alternative; boundary="b1"', 'multipart/mixed; boundary="b1"',
    'multipart/report; report-type=delivery-status; boundary="b1"', "message/rfc822",
    'multipart/mixed; boundary=""',
)  # fmt: skip
ENCODINGS = ("", "7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary")
header_text = st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=60)


@st.composite
def emails(draw: st.DrawFn, ours: str) -> bytes:
    lines = []
    sender = draw(st.sampled_from(SENDERS))
    if sender:
        lines.append(f"From: {sender}")
    lines.append("To: ar@example.test")
    lines.append(f"Subject: {draw(st.one_of(st.just('Re: Payment reminder'), header_text))}")
    message_id = draw(st.sampled_from(["unique", "garbage", "none"]))
    if message_id == "unique":
        lines.append(f"Message-ID: <fuzz-{next(_uids)}@acme.test>")
    elif message_id == "garbage":
        lines.append(f"Message-ID: {draw(header_text)}")
    thread = draw(st.sampled_from([ours, "<unknown@x.test>", "", "<<>>"]))
    if thread:
        lines += [f"In-Reply-To: {thread}", f"References: {thread}"]
    date = draw(st.sampled_from(["Mon, 23 Nov 2026 09:12:00 -0500", "yesterday", ""]))
    if date:
        lines.append(f"Date: {date}")
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    encoding = draw(st.sampled_from(ENCODINGS))
    if encoding:
        lines.append(f"Content-Transfer-Encoding: {encoding}")
    words = draw(st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=80)), max_size=5))
    body = "\n".join(words)
    if content_type.startswith("multipart"):
        body = f"--b1\nContent-Type: text/plain\n\n{body}\n--b1\n\n{draw(header_text)}\n--b1--\n"
    charset = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))
    return ("\n".join(lines) + "\n\n").encode() + body.encode(charset, "replace")


class Site:
    """A site whose customer got a reminder; its store open for writing, as the daemon's."""

    def __init__(self, directory: Path, smtp_port: int) -> None:
        self.config_path = make_site(directory, smtp_port=smtp_port, dovecot=None)
        asyncio.run(
            Service(self.config_path, load_config(self.config_path), clock=FixedClock(MONDAY))
            .run_once()
        )  # fmt: skip
        self.config: Config = load_config(self.config_path)
        self.store = Store.open(directory / "state")
        [sent] = self.store.outbox().values()
        self.ours = sent.message_id
        self.calendar: BusinessCalendar = business_calendar(self.config.schedule, [NOW.year])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with ThreadedSmtpSink() as sink:
        built = Site(tmp_path_factory.mktemp("inbound-fuzz"), sink.port)
    try:
        yield built
    finally:
        built.store.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_email_is_decided_committed_and_never_redirects_collection_mail(
    site: Site, data: st.DataObject
) -> None:
    raw = data.draw(emails(site.ours), label="email")
    store = site.store
    contacts = [c.email for c in store.customer_contacts("US1")]
    sent_history = [e for e in store.history() if e.kind is EventKind.EMAIL_SENT]
    handler = Handler(site.config, site.calendar, snapshot_of(store, site.config, sent_history))
    uid = next(_uids)
    fetched = Fetched("INBOX", 1, uid, raw, frozenset(), len(raw), False, None)

    outcome = handler.handle(fetched, Role.INBOX, NOW)
    apply_outcomes(store, [outcome], NOW, new_message_id=lambda: f"<made-{uid}@example.test>")

    assert outcome.record.intent != "quarantine", outcome.record
    assert outcome.again or store.inbound_seen(outcome.record.message_id)
    assert [c.email for c in store.customer_contacts("US1")] == contacts
