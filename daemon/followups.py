"""Writes due follow-ups (a promise's day, a payment claim to verify) to the outbox.

One job: each cycle, before the reminders are planned, turn the open follow-ups whose day has
come (`daemon.core.followup.review`) into outbox items, in one commit with the follow-ups marked
sent (the customer is then on the call list) or kept (paid). From the outbox on they go like any
reminder: rechecked against the ledger at the last moment, sent exactly once. Policy lives in the
core; this module wires.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from daemon.core.calendar import customer_zone
from daemon.core.followup import TEMPLATES, DueFollowUp, review, sent
from daemon.core.message import thread_references
from daemon.core.plan_contact import address_key, language, recipient
from daemon.core.records import (
    EventKind,
    FollowUp,
    FollowUpStatus,
    HistoryEvent,
    OutboxItem,
    OutboxKind,
)
from daemon.outbound import CycleReport, Outbound

log = logging.getLogger("dunmail.followups")


def record_followups(outbound: Outbound, now: datetime, report: CycleReport) -> None:
    store, config = outbound.store, outbound.config
    waiting = store.followups(status=FollowUpStatus.OPEN)
    if not waiting:
        return
    numbers = {number for f in waiting.values() for number in f.invoices}
    invoices = {n: invoice for n in numbers if (invoice := store.invoice(n)) is not None}

    def zone_of(customer_id: str) -> ZoneInfo:
        customer = store.customer(customer_id)
        return ZoneInfo(customer_zone(customer, config.schedule))

    calendar = outbound.planner.calendar(now, now)
    found = review(waiting.values(), invoices, now, zone_of=zone_of, calendar=calendar)
    changed: list[FollowUp] = list(found.kept)
    items: list[OutboxItem] = []
    events = [_event(now, f, f"{f.kind} follow-up closed: {f.note}") for f in found.kept]
    for due in found.due:
        item = _item(outbound, due, now)
        if item is None:
            note = "no deliverable contact: call the customer"
            changed.append(sent(due.followup, "", now))
            events.append(_event(now, due.followup, f"{due.followup.kind} due; {note}"))
            continue
        items.append(item)
        done = sent(due.followup, item.message_id, now)
        changed.append(done)
        events.append(_event(now, done, f"{done.kind} follow-up to {item.recipient}: {done.note}"))
    with store.transaction():
        store.put_followups(changed)
        store.put_outbox(items)
        store.append_history(events)
    report.planned += len(items)
    for event in events:
        log.info("%s: %s", event.customer_id, event.summary)


def _item(outbound: Outbound, due: DueFollowUp, now: datetime) -> OutboxItem | None:
    store, config = outbound.store, outbound.config
    followup = due.followup
    customer = store.customer(followup.customer_id)
    if customer is None:
        return None
    states = [s for s in store.sequences().values() if s.customer_id == customer.id]
    blocked = {address_key(a) for s in states for a in (*s.undeliverable, *s.unsubscribed)}
    contact = recipient(store.customer_contacts(customer.id), blocked)
    if contact is None:
        return None
    own = store.sequence(customer.id)
    template = TEMPLATES[followup.kind]
    languages = outbound.planner.languages
    return OutboxItem(
        message_id=outbound.new_message_id(),
        customer_id=customer.id,
        recipient=contact.email,
        step=template,
        invoices=tuple(invoice.number for invoice in due.unpaid),
        planned_at=now,
        template=template,
        language=language(customer, languages, config.templates.default_language),
        references=thread_references(own.thread) if own else (),
        kind=OutboxKind.FOLLOWUP,
        extra=due.extra,
        followup=followup.id,
    )


def _event(now: datetime, followup: FollowUp, summary: str) -> HistoryEvent:
    data = {"followup": followup.id, "kind": followup.kind.value, "status": followup.status.value}
    return HistoryEvent(now, followup.customer_id, EventKind.FOLLOWUP_CHANGED, summary, data=data)
