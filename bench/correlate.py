"""Correlation speed: received messages per second against 10,000 customers and 100,000 invoices.

Prints human lines, then one JSON object as the last line. Nothing is asserted: figures only.
The messages mix every kind of evidence and none, with replies of a few hundred words each.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from daemon.core.correlate import build_directory, correlate
from daemon.core.mail import DeliveryReport, DsnRecipient, Mail
from daemon.core.message import make_token, new_message_id, plus_address
from daemon.core.records import Contact, Invoice, OutboxItem, OutboxStatus

CUSTOMERS = 10_000
INVOICES = 100_000
SENT = 50_000
MESSAGES = 5_000
AT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ONE = Decimal(1)
PHRASES = (
    "thank you for the reminder we have paid the invoice last week please find the remittance",
    "advice attached our payment run is on friday the amount was transferred to your account",
    "kind regards accounts payable department could you send a copy of the credit note",
)
WORDS = [word for phrase in PHRASES for word in phrase.split()]


def token(n: int) -> str:
    return make_token(n.to_bytes(13, "big"))


def records() -> dict[str, Any]:
    """What the store holds: reminders sent, contacts by customer, invoices."""
    outbox = [
        OutboxItem(
            message_id=new_message_id("example.com", token(n)),
            customer_id=f"C{n % CUSTOMERS:05d}",
            recipient=f"ap{n % CUSTOMERS}@customer{n % CUSTOMERS}.example",
            step="first",
            invoices=(f"INV-{n:07d}",),
            planned_at=AT,
            status=OutboxStatus.SENT,
        )
        for n in range(SENT)
    ]
    contacts: dict[str, list[Contact]] = {
        f"C{c:05d}": [Contact(f"C{c:05d}", f"ap{c}@customer{c}.example")] for c in range(CUSTOMERS)
    }
    for c in range(0, CUSTOMERS, 7):
        contacts[f"C{c:05d}"].append(Contact(f"C{c:05d}", f"ap{c}@gmail.com"))
    for c in range(0, CUSTOMERS - 1, 50):  # a bookkeeper answering for two customers
        for shared in (c, c + 1):
            contacts[f"C{shared:05d}"].append(Contact(f"C{shared:05d}", f"b{c}@bookkeeper.example"))
    invoices = [
        Invoice(f"INV-{n:07d}", f"C{n % CUSTOMERS:05d}", AT.date(), AT.date(), ONE, ONE, "EUR")
        for n in range(INVOICES)
    ]
    return {
        "outbox": outbox,
        "sent_history": [],
        "contacts": contacts,
        "invoices": invoices,
        "own_addresses": ["ar@example.com"],
    }


def reply(rng: random.Random, numbers: list[str]) -> str:
    words = rng.choices(WORDS, k=rng.randint(20, 300))
    for number in numbers:
        words.insert(rng.randrange(len(words) + 1), number)
    text = " ".join(words)
    return f"{text}\n\nPO-{rng.randint(1, 10**6)} total 1.234,56 EUR on 2026-11-02."


def messages(rng: random.Random) -> list[Mail]:
    base = Mail(
        message_id="<m@x.example>",
        in_reply_to=(),
        references=(),
        sender="",
        sender_name="",
        reply_to=(),
        recipients=("ar@example.com",),
        delivered_to=(),
        subject="",
        date=None,
        body="",
        reply="",
        language="en",
        auto_submitted="",
        dsn=None,
        auth=(),
        attachments=(),
        size=5000,
    )
    out = []
    for n in range(MESSAGES):
        c = rng.randrange(CUSTOMERS)
        numbers = [f"INV-{rng.randrange(INVOICES):07d}" for _ in range(rng.randint(0, 3))]
        kind = n % 6
        message = replace(base, subject=f"Re: Payment reminder {' '.join(numbers[:1])}")
        message = replace(message, reply=reply(rng, numbers), sender=f"ap{c}@customer{c}.example")
        if kind == 0:
            mid = new_message_id("example.com", token(rng.randrange(SENT)))
            message = replace(message, in_reply_to=(mid,), references=(mid,))
        elif kind == 1:
            to = plus_address("ar@example.com", token(rng.randrange(SENT)))
            message = replace(message, recipients=(to,), sender="x@gmail.com")
        elif kind == 2:
            message = replace(message, sender=f"someone{c}@gmail.com")  # invoice or nothing
        elif kind == 3:
            message = replace(message, sender=f"cfo@customer{c}.example")  # domain
        elif kind == 4:
            failed = DsnRecipient(f"ap{c}@customer{c}.example", "failed", "5.1.1")
            report = DeliveryReport((failed,))
            message = replace(message, dsn=report, sender="mailer-daemon@mx.example")
        out.append(message)
    return out


def main() -> None:
    store = records()
    started = time.perf_counter()
    world = build_directory(**store)
    build_s = time.perf_counter() - started
    print(f"build_directory, {CUSTOMERS} customers, {INVOICES} invoices: {build_s:.3f} s")
    mails = messages(random.Random(7))
    started = time.perf_counter()
    matched = sum(correlate(message, world) is not None for message in mails)
    seconds = time.perf_counter() - started
    rate = MESSAGES / seconds
    print(f"correlate {MESSAGES} messages: {seconds:.3f} s, {rate:.0f} msgs/s, {matched} matched")
    print(
        json.dumps(
            {
                "directory_build_s": round(build_s, 3),
                "msgs_per_s": round(rate),
                "matched": matched,
                "messages": MESSAGES,
                "invoices": INVOICES,
            }
        )
    )


if __name__ == "__main__":
    main()
