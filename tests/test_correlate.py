"""Correlation: which customer a received email is about, on which evidence, and in what order."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core.correlate import (
    Directory,
    Match,
    SentRef,
    Via,
    build_directory,
    correlate,
)
from daemon.core.freemail import is_free_mail
from daemon.core.mail import DeliveryReport, DsnRecipient, Mail
from daemon.core.message import make_token, new_message_id, plus_address
from daemon.core.records import (
    Contact,
    EventKind,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
)

AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def token(n: int) -> str:
    return make_token(bytes([n]) * 13)


def mid(n: int) -> str:
    return new_message_id("example.com", token(n))


ACME_REMINDER = mid(1)  # to ap@acme.example, about INV-1001
GLOBEX_REMINDER = mid(2)  # to ap@globex.example
UNKNOWN_OF_OURS = mid(9)  # our shape, but not in the directory
CONTACTS = {
    "C1": ["ap@acme.example", "dana@acme.example"],
    "C2": ["ap@globex.example", "shared@bookkeeper.example"],
    "C3": ["initech@gmail.com", "shared@bookkeeper.example"],
    "C4": ["ar@example.com"],  # misconfigured: our own address in the ledger
}
INVOICES = {
    "C1": ["INV-1001", "INV-1002"],
    "C2": ["INV-10012", "INV-2001", "RE 2026/0042"],
    "C3": ["INV-3001"],
}


def invoice(number: str, customer_id: str, status: InvoiceStatus = InvoiceStatus.OPEN) -> Invoice:
    return Invoice(
        number=number,
        customer_id=customer_id,
        issue_date=date(2026, 9, 1),
        due_date=date(2026, 10, 1),
        amount=Decimal("100.00"),
        balance=Decimal("100.00"),
        currency="EUR",
        status=status,
    )


def outbox_item(message_id: str, customer_id: str, recipient: str, *numbers: str) -> OutboxItem:
    return OutboxItem(
        message_id=message_id,
        customer_id=customer_id,
        recipient=recipient,
        step="first",
        invoices=numbers,
        planned_at=AT,
        status=OutboxStatus.SENT,
    )


def sent_event(message_id: str, customer_id: str, recipient: str, *numbers: str) -> HistoryEvent:
    data = {"message_id": message_id, "recipient": recipient, "step": "first"}
    return HistoryEvent(
        AT, customer_id, EventKind.EMAIL_SENT, "sent", data={**data, "invoices": list(numbers)}
    )


DIRECTORY = build_directory(
    outbox=[outbox_item(ACME_REMINDER, "C1", "AP@acme.example", "INV-1001")],
    sent_history=[sent_event(GLOBEX_REMINDER, "C2", "ap@globex.example", "INV-2001")],
    contacts={
        customer: [Contact(customer, address) for address in addresses]
        for customer, addresses in CONTACTS.items()
    },
    invoices=[invoice(n, c) for c, numbers in INVOICES.items() for n in numbers],
    own_addresses=["AR@example.com", "collector@example.com"],
)


def mail(**changes: object) -> Mail:
    base = Mail(
        message_id="<reply-1@mail.example>",
        in_reply_to=(),
        references=(),
        sender="stranger@unknown.example",
        sender_name="",
        reply_to=(),
        recipients=("ar@example.com",),
        delivered_to=(),
        subject="Hello",
        date=AT,
        body="",
        reply="",
        language="en",
        auto_submitted="",
        dsn=None,
        auth=(),
        attachments=(),
        size=1000,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def bounce(*addresses: str, original: str = "", **changes: object) -> Mail:
    report = DeliveryReport(
        recipients=tuple(DsnRecipient(a, "failed", "5.1.1") for a in addresses),
        original_message_id=original,
    )
    defaults: dict[str, object] = {"sender": "mailer-daemon@mx.example", "subject": "Undelivered"}
    return mail(**{**defaults, **changes, "dsn": report, "auto_submitted": "auto-replied"})


@dataclass(frozen=True)
class Case:
    mail: Mail
    customer: str | None
    via: Via | None = None
    contact: str = ""
    named: tuple[str, ...] = ()


CASES = {
    # THREAD
    "in-reply-to names our reminder": Case(mail(in_reply_to=(ACME_REMINDER,)), "C1", Via.THREAD),
    "a reminder known from history only": Case(
        mail(in_reply_to=(GLOBEX_REMINDER,)), "C2", Via.THREAD
    ),
    "references, newest first": Case(
        mail(references=("<x@y.example>", GLOBEX_REMINDER, ACME_REMINDER, "<z@y.example>")),
        "C1",
        Via.THREAD,
    ),
    "in-reply-to beats references": Case(
        mail(in_reply_to=(GLOBEX_REMINDER,), references=(ACME_REMINDER,)), "C2", Via.THREAD
    ),
    "thread beats a sender who is another customer's contact": Case(
        mail(in_reply_to=(ACME_REMINDER,), sender="ap@globex.example", subject="INV-2001"),
        "C1",
        Via.THREAD,
    ),
    "a Message-ID of our shape that we never sent is no evidence": Case(
        mail(in_reply_to=(UNKNOWN_OF_OURS,)), None
    ),
    # TOKEN
    "reply token in To": Case(
        mail(recipients=(plus_address("ar@example.com", token(2)),)), "C2", Via.TOKEN
    ),
    "reply token in Delivered-To": Case(
        mail(delivered_to=(plus_address("ar@example.com", token(1)),)), "C1", Via.TOKEN
    ),
    "thread beats token": Case(
        mail(
            in_reply_to=(GLOBEX_REMINDER,),
            recipients=(plus_address("ar@example.com", token(1)),),
        ),
        "C2",
        Via.THREAD,
    ),
    "token beats contact": Case(
        mail(sender="ap@acme.example", recipients=(plus_address("ar@example.com", token(2)),)),
        "C2",
        Via.TOKEN,
    ),
    # CONTACT
    "sender is a contact": Case(
        mail(sender="dana@acme.example"), "C1", Via.CONTACT, contact="dana@acme.example"
    ),
    "reply-to is a contact": Case(
        mail(sender="noreply@portal.example", reply_to=("ap@acme.example",)),
        "C1",
        Via.CONTACT,
        contact="ap@acme.example",
    ),
    "contact beats invoice numbers of another customer": Case(
        mail(sender="ap@acme.example", subject="INV-2001"),
        "C1",
        Via.CONTACT,
        contact="ap@acme.example",
    ),
    "a contact shared by two customers is ambiguous": Case(
        mail(sender="shared@bookkeeper.example"), None
    ),
    "invoice numbers decide among customers sharing the sender": Case(
        mail(sender="shared@bookkeeper.example", reply="We paid INV-1001 and INV-3001."),
        "C3",
        Via.INVOICE,
        contact="shared@bookkeeper.example",
        named=("INV-3001",),
    ),
    # INVOICE
    "invoice number in the subject": Case(
        mail(sender="someone@gmail.com", subject="Re: invoice inv-2001"),
        "C2",
        Via.INVOICE,
        named=("INV-2001",),
    ),
    "invoice numbers of two customers": Case(mail(subject="INV-1001", reply="and INV-2001"), None),
    "whole tokens only: INV-1001 is not inside INV-10012": Case(
        mail(subject="INV-10012 paid"), "C2", Via.INVOICE, named=("INV-10012",)
    ),
    "a number with a blank and a slash": Case(
        mail(reply="Re 2026/0042 was paid."), "C2", Via.INVOICE, named=("RE 2026/0042",)
    ),
    "quoted text names no invoice": Case(
        mail(reply="Paid.", body="Paid.\n\n> Your invoice INV-2001 is overdue."), None
    ),
    # DOMAIN
    "sender's domain is one customer's": Case(mail(sender="cfo@acme.example"), "C1", Via.DOMAIN),
    "a domain shared by two customers": Case(mail(sender="other@bookkeeper.example"), None),
    "free-mail domains never match by domain": Case(mail(sender="someone@gmail.com"), None),
    "our own domain never matches by domain": Case(mail(sender="boss@example.com"), None),
    # Our own mail
    "our own address names invoices": Case(
        mail(sender="collector@example.com", subject="INV-1001 call notes"), None
    ),
    "our own subaddress": Case(mail(sender="ar+notes@example.com", subject="INV-1001"), None),
    "our own address listed as a customer's contact": Case(mail(sender="ar@example.com"), None),
    "our own mail in a customer thread": Case(
        mail(sender="collector@example.com", in_reply_to=(ACME_REMINDER,), subject="INV-1001"),
        "C1",
        Via.THREAD,
        named=("INV-1001",),
    ),
    # Bounces
    "bounce of our reminder": Case(
        bounce("ap@acme.example", original=ACME_REMINDER, subject="Undelivered: INV-1001"),
        "C1",
        Via.THREAD,
        contact="ap@acme.example",
    ),
    "bounce to a reply-token return path": Case(
        bounce("x@y.example", delivered_to=(plus_address("ar@example.com", token(2)),)),
        "C2",
        Via.TOKEN,
    ),
    "bounce by its failed recipient": Case(
        bounce("dana@acme.example"), "C1", Via.CONTACT, contact="dana@acme.example"
    ),
    "bounce of an address of two customers": Case(bounce("shared@bookkeeper.example"), None),
    "bounce naming invoice numbers only": Case(bounce("x@y.example", subject="INV-2001"), None),
    "bounce from a contact's domain is not a reply": Case(
        bounce("x@y.example", sender="postmaster@acme.example"), None
    ),
    # Unrelated
    "a newsletter": Case(mail(sender="news@vendor.example", subject="Our autumn offers"), None),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_correlate(case: Case) -> None:
    match = correlate(case.mail, DIRECTORY)
    if case.customer is None:
        assert match is None
        return
    assert match is not None, "expected a match"
    assert (match.customer_id, match.via) == (case.customer, case.via)
    assert match.contact == case.contact
    assert match.named_invoices == case.named
    assert match.reasons
    assert (match.sent is not None) == (case.via in {Via.THREAD, Via.TOKEN})


def test_thread_match_carries_our_email_and_readable_reasons() -> None:
    match = correlate(mail(in_reply_to=(ACME_REMINDER,), sender="ap@acme.example"), DIRECTORY)
    assert match == Match(
        customer_id="C1",
        via=Via.THREAD,
        sent=SentRef(ACME_REMINDER, "C1", "ap@acme.example", ("INV-1001",)),
        named_invoices=(),
        contact="ap@acme.example",
        reasons=(f"In-Reply-To {ACME_REMINDER} is our email to ap@acme.example",),
    )


def test_ambiguity_is_explained() -> None:
    match = correlate(mail(sender="shared@bookkeeper.example", subject="INV-3001"), DIRECTORY)
    assert match is not None
    assert match.reasons == (
        "sender shared@bookkeeper.example is a contact of several customers: C2, C3",
        "invoice INV-3001 named in the subject or reply is C3's",
    )


# Invoice numbers in text: one customer owning every number, so only the scan is tested.
NUMBERS = ["INV-1001", "INV-1002", "INV-10012", "2026/0042", "7781", "a.b_7"]
SCAN = Directory(
    sent={},
    contacts={"ap@acme.example": ("C1",)},
    invoices=dict.fromkeys(NUMBERS, "C1"),
    own_addresses=frozenset(),
)
TEXTS = {
    "Re: INV-1001": ("INV-1001",),
    "inv-1001 and INV 1002": ("INV-1001", "INV-1002"),
    "INV1001, Inv_1002": ("INV-1001", "INV-1002"),
    "INV-10012": ("INV-10012",),
    "INV-100 or INV-100123": (),
    "INV-1001A, XINV-1001, INV-1001-2": (),
    "INV-1001/1002": ("INV-1001",),
    "INV-1001/INV-1002": ("INV-1001", "INV-1002"),
    "see INV-1001.pdf.": ("INV-1001",),
    "(INV-1002)": ("INV-1002",),
    "INV-\n1001": (),
    "PO-7781 and A7781": (),
    "Rechnung Nr.7781": ("7781",),
    "2026/0042, 2026-0042": ("2026/0042",),
    "A.B_7": ("a.b_7",),
    "INV-1002 INV-1001 inv-1002": ("INV-1002", "INV-1001"),
    "Ünïcödé 7781 ¹²³": ("7781",),
    "": (),
}


@pytest.mark.parametrize(("text", "expected"), TEXTS.items(), ids=TEXTS.keys())
def test_invoice_numbers_in_text(text: str, expected: tuple[str, ...]) -> None:
    match = correlate(mail(sender="ap@acme.example", reply=text), SCAN)
    assert match is not None
    assert match.named_invoices == expected


def test_subject_comes_before_reply_and_only_this_customers_numbers_count() -> None:
    match = correlate(
        mail(sender="ap@acme.example", subject="INV-1002", reply="INV-2001, INV-1001, INV-1002"),
        DIRECTORY,
    )
    assert match is not None
    assert match.named_invoices == ("INV-1002", "INV-1001")


def test_build_directory() -> None:
    outbox = [
        outbox_item(ACME_REMINDER, "C1", "New@Acme.example", "INV-1001"),
        replace(outbox_item(mid(3), "C1", "ap@acme.example"), status=OutboxStatus.PENDING),
        outbox_item("<not-ours@example.com>", "C1", "ap@acme.example"),
    ]
    history = [
        sent_event(ACME_REMINDER, "C1", "old@acme.example", "INV-1001"),  # outbox wins
        sent_event(mid(4), "C2", "ap@globex.example", "INV-2001"),
        HistoryEvent(AT, "C2", EventKind.EMAIL_SENT, "broken", data={"message_id": 42}),
        HistoryEvent(AT, "C2", EventKind.STATE_CHANGED, "x", data={"message_id": mid(5)}),
    ]
    directory = build_directory(
        outbox=outbox,
        sent_history=history,
        contacts={"C1": [Contact("C1", " AP@Acme.example ")], "C2": [Contact("C2", "")]},
        invoices=[
            invoice("INV-1", "C1", InvoiceStatus.CLOSED),
            invoice("INV-1", "C2"),  # a reused number: the open one is meant
            invoice("INV-2", "C1"),
            invoice("INV-2", "C2"),  # both open: the first stays
        ],
        own_addresses=[" AR@Example.com", ""],
    )
    assert set(directory.sent) == {token(1), token(3), token(4)}
    assert directory.sent[token(1)].recipient == "new@acme.example"
    assert directory.sent[token(4)] == SentRef(mid(4), "C2", "ap@globex.example", ("INV-2001",))
    assert directory.contacts == {"ap@acme.example": ("C1",)}
    assert directory.invoices == {"INV-1": "C2", "INV-2": "C1"}
    assert directory.own_addresses == frozenset({"ar@example.com"})


def test_the_lines_of_a_sent_reminder_are_kept_when_the_outbox_names_it_too() -> None:
    recorded = sent_event(ACME_REMINDER, "C1", "ap@acme.example", "INV-1001")
    recorded = replace(recorded, data={**recorded.data, "lines": ["0123456789ab", "ba9876543210"]})
    directory = build_directory(
        outbox=[outbox_item(ACME_REMINDER, "C1", "ap@acme.example", "INV-1001")],
        sent_history=[recorded, sent_event(mid(4), "C2", "ap@globex.example")],
        contacts={},
        invoices=[],
        own_addresses=[],
    )
    assert directory.sent[token(1)].lines == {"0123456789ab", "ba9876543210"}
    assert directory.sent[token(4)].lines == frozenset()  # none recorded


@pytest.mark.parametrize(
    ("domain", "free"),
    [
        ("gmail.com", True),
        ("GoogleMail.com.", True),
        ("yahoo.co.uk", True),
        ("hotmail.fr", True),
        ("live.com", True),
        ("gmx.net", True),
        ("yandex.ru", True),
        ("web.de", True),
        ("t-online.de", True),
        ("live.acme.com", False),
        ("yahoo.acme.example", False),
        ("acme.example", False),
        ("gmail.acme.com", False),
    ],
)
def test_free_mail(domain: str, free: bool) -> None:
    assert is_free_mail(domain) is free


# Property: whatever arrives, correlate answers, and only with customers it knows.
CUSTOMERS = ["C1", "C2", "C3"]
ADDRESSES = ["a@x.example", "b@x.example", "c@gmail.com", "ar@example.com", "d@y.example"]
NUMBER = st.from_regex(r"[A-Z]{0,3}[-/ ._]?[0-9]{1,5}", fullmatch=True)


@st.composite
def worlds(draw: st.DrawFn) -> tuple[Directory, Mail]:
    numbers = draw(st.dictionaries(NUMBER, st.sampled_from(CUSTOMERS), max_size=8))
    contacts = draw(
        st.dictionaries(
            st.sampled_from(ADDRESSES),
            st.lists(st.sampled_from(CUSTOMERS), min_size=1, max_size=2, unique=True).map(tuple),
        )
    )
    sent = {
        token(n): SentRef(mid(n), draw(st.sampled_from(CUSTOMERS)), "a@x.example", ())
        for n in draw(st.sets(st.integers(1, 4)))
    }
    directory = Directory(sent, contacts, numbers, frozenset({"ar@example.com"}))
    address = st.sampled_from(ADDRESSES) | st.emails().map(str.lower) | st.text(max_size=12)
    ids = st.sampled_from([mid(n) for n in range(1, 6)]) | st.text(max_size=30)
    words = st.lists(st.sampled_from([*numbers, "INV", "-", "/", " ", "\n"]) | st.text(max_size=8))
    text = words.map("".join)
    report = st.builds(
        DeliveryReport,
        recipients=st.lists(
            st.builds(DsnRecipient, address, st.just("failed"), st.just("5.0.0"))
        ).map(tuple),
        original_message_id=ids,
    )
    message = mail(
        in_reply_to=tuple(draw(st.lists(ids, max_size=2))),
        references=tuple(draw(st.lists(ids, max_size=3))),
        sender=draw(address),
        reply_to=tuple(draw(st.lists(address, max_size=2))),
        recipients=tuple(draw(st.lists(address | ids.map(lambda i: f"ar+{i[1:21]}@example.com")))),
        delivered_to=tuple(draw(st.lists(address, max_size=2))),
        subject=draw(text),
        reply=draw(text),
        dsn=draw(st.none() | report),
    )
    return directory, message


@settings(max_examples=300, deadline=None)
@given(worlds())
def test_correlate_never_raises_and_names_known_customers(world: tuple[Directory, Mail]) -> None:
    directory, message = world
    match = correlate(message, directory)
    if match is None:
        return
    known = {ref.customer_id for ref in directory.sent.values()}
    known |= {c for ids in directory.contacts.values() for c in ids}
    known |= set(directory.invoices.values())
    assert match.customer_id in known
    assert all(directory.invoices[n] == match.customer_id for n in match.named_invoices)
    assert len(set(match.named_invoices)) == len(match.named_invoices)
    if message.dsn is not None:
        assert match.named_invoices == ()
