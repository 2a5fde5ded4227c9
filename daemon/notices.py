"""Tells the collectors at once about a reply whose policy says `notify: true` (by default a
dispute), instead of leaving it for the next morning's digest.

One job: after the inbox loop has stored a batch, send one short email per such reply to each
digest recipient, recorded in the history before and after sending so a crash never sends it
twice. What counts as urgent is the config's (`replies.<intent>.notify`); the text is plain.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import datetime

from daemon.config.schema import Config
from daemon.core.message import Draft, render_message
from daemon.core.records import EventKind, HistoryEvent
from daemon.inbound_handler import Outcome
from daemon.outbound import Outbound, addr_spec

log = logging.getLogger("dunmail.notices")


def urgent(config: Config, outcome: Outcome) -> bool:
    decision = outcome.decision
    if decision is None or outcome.again or outcome.own_copy or not decision.intent:
        return False
    policy = getattr(config.replies, decision.intent, None)
    return bool(getattr(policy, "notify", False)) and bool(decision.history)


class NoticeSender:
    def __init__(self, outbound: Outbound) -> None:
        self.outbound = outbound

    async def notify(self, outcomes: Sequence[Outcome], now: datetime) -> int:
        config = self.outbound.config
        recipients = config.collectors.digest_recipients
        if not recipients:
            return 0
        sent = 0
        for outcome in outcomes:
            if urgent(config, outcome):
                sent += await self._send(outcome, recipients, now)
        return sent

    async def _send(self, outcome: Outcome, recipients: Sequence[str], now: datetime) -> int:
        assert outcome.decision is not None
        config, store = self.outbound.config, self.outbound.store
        event = outcome.decision.history[0]
        customer = store.customer(event.customer_id)
        name = " ".join((customer.name if customer else event.customer_id).split())
        intent = outcome.decision.intent.replace("_", " ")
        subject = f"{intent.capitalize()} from {name}"
        folder = outcome.filing.folder or outcome.record.folder
        text = (
            f"{event.summary}\n\nCustomer: {name} ({event.customer_id})\n"
            f"From: {event.data.get('from', '')}\nSubject: {event.data.get('subject', '')}\n"
            f"Filed in: {folder}\n\nIt is flagged in the AR mailbox; "
            f"`dunmail history {event.customer_id}` shows the whole record.\n"
        )
        body = "<br>".join(html.escape(line) for line in text.splitlines())
        sent = 0
        for recipient in recipients:
            message_id = self.outbound.new_message_id()
            about = {"reply": outcome.record.message_id, "recipient": recipient}
            self._record(now, event.customer_id, f"notice to {recipient}: {subject}: sending",
                         {**about, "status": "sending", "message_id": message_id})  # fmt: skip
            draft = Draft(
                from_address=config.company.from_address, to_name="", to_address=recipient,
                subject=subject, sent_at=now, message_id=message_id, text=text,
                html=f"<p>{body}</p>", auto_submitted="auto-generated",
            )  # fmt: skip
            try:
                data = render_message(draft)
            except ValueError as exc:  # a header value from the ledger that could forge one
                log.error("notice about %s not sent: %s", outcome.record.message_id, exc)
                return sent
            result = await self.outbound.sender.send(
                data, sender=addr_spec(config.company.from_address), recipients=[recipient]
            )
            status = result.outcome.value
            self._record(now, event.customer_id, f"notice to {recipient}: {subject}: {status}",
                         {**about, "status": status, "message_id": message_id})  # fmt: skip
            sent += recipient in result.accepted
        return sent

    def _record(self, now: datetime, customer_id: str, summary: str, data: dict[str, str]) -> None:
        store = self.outbound.store
        with store.transaction():
            store.append_history([HistoryEvent(now, customer_id, EventKind.NOTICE, summary,
                                               data=data)])  # fmt: skip
