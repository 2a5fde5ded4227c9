"""Mail to the collectors themselves (the daily digest, urgent notices), recorded around sending.

One job: send one message to each recipient through the service's SMTP sender and record each in
the history before it is sent and again after, with the server's outcome, so a crash in between
never sends it twice (one is missed rather than doubled). What to send and when is the caller's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from daemon.core.message import Draft, render_message
from daemon.core.records import EventKind, HistoryEvent
from daemon.outbound import Outbound, addr_spec

log = logging.getLogger("dunmail.collector_mail")

# (recipient, status, the server's words) -> the history line
Summary = Callable[[str, str, str], str]


@dataclass(frozen=True, slots=True)
class CollectorMessage:
    subject: str
    text: str
    html: str
    language: str = ""


async def send_recorded(
    outbound: Outbound,
    message: CollectorMessage,
    recipients: Sequence[str],
    now: datetime,
    *,
    kind: EventKind,
    customer_id: str,
    data: dict[str, str],
    summary: Summary,
) -> int:
    """Send `message` to each of `recipients`; how many the server took."""
    company = outbound.config.company
    sent = 0
    for recipient in recipients:
        message_id = outbound.new_message_id()
        about = {**data, "recipient": recipient, "message_id": message_id}

        def record(status: str, detail: str = "", about: dict[str, str] = about) -> None:
            line = summary(about["recipient"], status, detail)
            event = HistoryEvent(now, customer_id, kind, line, data={**about, "status": status})
            with outbound.store.transaction():
                outbound.store.append_history([event])

        draft = Draft(
            from_address=company.from_address, to_name="", to_address=recipient,
            subject=message.subject, sent_at=now, message_id=message_id, text=message.text,
            html=message.html, auto_submitted="auto-generated", language=message.language,
        )  # fmt: skip
        try:
            data_bytes = render_message(draft)
        except ValueError as exc:  # a header value from the ledger that could forge one
            log.error("%s to %s not sent: %s", kind.value, recipient, exc)
            return sent
        record("sending")
        result = await outbound.sender.send(
            data_bytes, sender=addr_spec(company.from_address), recipients=[recipient]
        )
        record(result.outcome.value, result.detail)
        sent += recipient in result.accepted
    return sent
