"""What the demo's customers do: who replies to which reminder, what they write, who pays when.

One job: the script of the embedded demo. Each `Beat` waits for a customer's first reminder after
one of their invoices fell due, then, some business days later, sends a reply (a promise, a
payment claim, a dispute, an out-of-office, a bounce from their server) and may pay (an invoice
leaves the next day's export). Replies are written as a mail client would: threaded on the
reminder (RFC 5322 3.6.4), the reminder quoted below. Nothing here touches files or servers.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from zoneinfo import ZoneInfo

_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Scene:
    """What a customer sees when answering: the reminder, the moment, the days they name."""

    reminder: EmailMessage
    recipient: str
    at: datetime  # when the reply is sent
    promised: date | None  # the day a promise names (and, if kept, the money arrives)

    @property
    def yesterday(self) -> date:
        return business_days_after(self.at.date(), -1)


Writer = Callable[[Scene], bytes]


@dataclass(frozen=True, slots=True)
class Beat:
    customer_id: str
    after_due: str  # the invoice whose due date passes before the reminder this beat answers
    write: Writer | None  # None: no reply, only a payment
    what: str  # one line for the demo's narration
    business_days: int = 1  # after the reminder arrives; 0: within the hour
    local_time: time = time(10, 30)
    promise_days: int | None = None  # business days from the reply to the day it promises
    pays: tuple[str, ...] = ()  # invoices paid in full ...
    pays_after_business_days: int | None = None  # ... this many business days after the reply
    pays_on_promise: bool = False  # ... or on the promised day


def business_days_after(day: date, count: int) -> date:
    step = 1 if count >= 0 else -1
    left = abs(count)
    while left:
        day += timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day


def reply_time(arrived: datetime, zone: ZoneInfo, beat: Beat) -> datetime:
    """When the customer answers a reminder that arrived at `arrived`."""
    if beat.business_days == 0:
        return arrived + timedelta(minutes=40)
    local = arrived.astimezone(zone)
    day = business_days_after(local.date(), beat.business_days)
    return datetime.combine(day, beat.local_time, tzinfo=zone)


# -- the messages ------------------------------------------------------------------------------


def _answer(scene: Scene, text: str, *, auto_reply: bool = False) -> bytes:
    """A reply from the reminder's recipient, threaded on it; a person's quotes the reminder."""
    reminder = scene.reminder
    name = _recipient_name(reminder, scene.recipient)
    message = EmailMessage()
    message["From"] = f"{name} <{scene.recipient}>" if name else scene.recipient
    message["To"] = reminder["Reply-To"] or reminder["From"]
    prefix = "Automatic reply" if auto_reply else "Re"
    message["Subject"] = f"{prefix}: {reminder['Subject']}"
    message["Date"] = format_datetime(scene.at)
    message["Message-ID"] = f"<demo-{next(_ids)}@{scene.recipient.rpartition('@')[2]}>"
    message["In-Reply-To"] = reminder["Message-ID"]
    message["References"] = " ".join(
        part for part in (reminder["References"], reminder["Message-ID"]) if part
    )
    if auto_reply:
        message["Auto-Submitted"] = "auto-replied"  # RFC 3834 5.2
    else:
        text += f"\n\nOn {reminder['Date']}, {reminder['From']} wrote:\n{_quoted(reminder)}"
    message.set_content(text)
    return bytes(message)


def _recipient_name(reminder: EmailMessage, recipient: str) -> str:
    for name, address in getaddresses([str(reminder["To"] or "")]):
        if address.lower() == recipient.lower():
            return name
    return ""


def _quoted(reminder: EmailMessage) -> str:
    body = reminder.get_body(("plain",))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _signed(scene: Scene) -> str:
    return _recipient_name(scene.reminder, scene.recipient) or "Accounts Payable"


def _day(day: date) -> str:
    return f"{day:%A, %B} {day.day}"


def promise_kept(scene: Scene) -> bytes:
    assert scene.promised is not None
    return _answer(
        scene,
        "Hi,\n\nSorry, this one slipped through. INV-26-1105 is approved now and will be paid "
        f"on {_day(scene.promised)}.\n\nThanks,\n{_signed(scene)}\nAccounts Payable",
    )


def promise_broken(scene: Scene) -> bytes:
    assert scene.promised is not None
    return _answer(
        scene,
        "Hello,\n\nThe invoice is scheduled for our payment run on "
        f"{_day(scene.promised)}; you will have the money then.\n\nBest regards,\n"
        f"{_signed(scene)}",
    )


def payment_claim(scene: Scene) -> bytes:
    return _answer(
        scene,
        f"Guten Tag,\n\ndie Rechnung INV-26-1120 haben wir am {scene.yesterday:%d.%m.%Y} per "
        "Überweisung bezahlt. Bitte prüfen Sie den Zahlungseingang.\n\nMit freundlichen Grüßen\n"
        f"{_signed(scene)}\nBuchhaltung",
    )


def dispute(scene: Scene) -> bytes:
    return _answer(
        scene,
        "Guten Tag,\n\ndie Rechnung INV-26-1040 können wir so nicht bezahlen: berechnet sind 240 "
        "Montagestunden, geleistet wurden laut den abgezeichneten Stundenzetteln 168. Bitte "
        "schicken Sie uns eine Gutschrift über die Differenz.\n\nMit freundlichen Grüßen\n"
        f"{_signed(scene)}",
    )


def out_of_office(scene: Scene) -> bytes:
    back = business_days_after(scene.at.date(), 8)
    return _answer(
        scene,
        f"Thank you for your message. I am out of the office until {_day(back)} with no access "
        "to email. For anything urgent, please call our front desk.",
        auto_reply=True,
    )


def bounce(scene: Scene) -> bytes:
    """The recipient's server refusing the address: a delivery status notification (RFC 3464)."""
    reminder = scene.reminder
    domain = scene.recipient.rpartition("@")[2]
    ours = parseaddr(str(reminder["From"]))[1]
    original = "".join(
        f"{name}: {reminder[name]}\r\n"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
        if reminder[name]
    )
    text = (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.{domain}>\r\n"
        f"To: {ours}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(scene.at)}\r\n"
        f"Message-ID: <dsn-{next(_ids)}@mx.{domain}>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"\r\n'
        "\r\n--dsn\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"This is the mail system at host mx.{domain}.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n"
        f"<{scene.recipient}>: host mx.{domain} said: 550 5.1.1 <{scene.recipient}>: Recipient "
        "address rejected: User unknown in local recipient table\r\n"
        "--dsn\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; mx.{domain}\r\n\r\n"
        f"Final-Recipient: rfc822; {scene.recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table\r\n"
        f"--dsn\r\nContent-Type: text/rfc822-headers\r\n\r\n{original}--dsn--\r\n"
    )
    return text.encode()


STORY: tuple[Beat, ...] = (
    Beat("D2003", "INV-26-1120", payment_claim, "Hansa Logistik writes that it has paid",
         pays=("INV-26-1120",), pays_after_business_days=2),
    Beat("C1002", "INV-26-1105", promise_kept, "Bluegill Software promises a payment date",
         promise_days=5, pays=("INV-26-1105",), pays_on_promise=True),
    Beat("D2001", "INV-26-1040", dispute, "Müller & Söhne disputes INV-26-1040",
         business_days=2),
    Beat("C1003", "INV-26-1201", out_of_office, "Cascade Outfitters' AP is out of the office",
         business_days=0),
    Beat("D2005", "INV-26-1170", promise_broken, "Alpenblick Hotels promises a payment date",
         business_days=2, promise_days=4),
    Beat("C1004", "INV-26-1150", bounce, "Mesa Verde's mail server bounces the reminder",
         business_days=0),
    # A customer who pays after a reminder without writing back.
    Beat("D2002", "INV-26-1180", None, "", business_days=3,
         pays=("INV-26-1180",), pays_after_business_days=0),
)  # fmt: skip
