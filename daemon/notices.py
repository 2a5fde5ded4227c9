"""Tells the collectors at once about a reply whose policy says `notify: true` (by default a
dispute), instead of leaving it for the next morning's digest.

One job: after the inbox loop has stored a batch, send one short email per such reply to each
digest recipient (`daemon.collector_mail`: recorded before and after sending, never twice). What
counts as urgent is the config's (`replies.<intent>.notify`); the text is plain.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from daemon.collector_mail import CollectorMessage, send_recorded
from daemon.config.schema import Config
from daemon.core.records import EventKind
from daemon.inbound_handler import Outcome
from daemon.outbound import Outbound


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
        store = self.outbound.store
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
        return await send_recorded(
            self.outbound,
            CollectorMessage(subject, text, f"<p>{body}</p>"),
            recipients,
            now,
            kind=EventKind.NOTICE,
            customer_id=event.customer_id,
            data={"reply": outcome.record.message_id},
            summary=lambda recipient, status, _detail: (
                f"notice to {recipient}: {subject}: {status}"
            ),
        )
