"""Carries out collectors' commands on the store: directly, or through the running daemon.

One job: `carry_out(config, command, now)` for the CLI: if no daemon holds the store, take its
lock, decide (`daemon.core.manual`) and commit the decision in one transaction; if a daemon holds
it, spool the command (`daemon.shell.spool`) and wait for the daemon's result, so the store never
has two writers. `apply_spooled(store, config, now)` is the daemon's half, run every pass.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.core.calendar import customer_zone
from daemon.core.decision import Situation
from daemon.core.manual import Action, Command, CommandError, Outcome, decide_command
from daemon.core.records import Contact, FollowUpStatus, InvoiceStatus, SequenceState
from daemon.errors import InputError, Problem, StoreLockedError
from daemon.inbound_apply import apply_decision
from daemon.locations import state_directory
from daemon.shell.holiday_source import business_calendar
from daemon.shell.spool import CommandSpool
from daemon.shell.store import Store

log = logging.getLogger("dunmail.commands")

# How long the CLI waits for a running daemon to carry a spooled command out: past one pass of
# its loop (`ledger.poll_seconds`, 30 s by default).
WAIT_SECONDS = 45.0


def carry_out(
    config: Config, command: Command, now: datetime, *, clock: Callable[[], float] = time.monotonic
) -> str:
    """Carry `command` out and return its one-line outcome; a refusal is an `InputError`."""
    directory = state_directory(config, os.environ)
    try:
        store = Store.open(directory)
    except StoreLockedError:
        return _through_daemon(CommandSpool(directory), command, clock)
    with store:
        return apply_command(store, config, command, now)


def apply_command(store: Store, config: Config, command: Command, now: datetime) -> str:
    customer = store.customer(command.customer_id)
    if customer is None:
        raise InputError([Problem("customer", f"no customer {command.customer_id}")])
    years = (now.year, now.year + 1)
    situation = Situation(
        now=now,
        zone=ZoneInfo(customer_zone(customer, config.schedule)),
        calendar=business_calendar(config.schedule, years),
        customer_id=customer.id,
        sequence=store.sequence(customer.id) or SequenceState(customer.id),
        open_invoices={
            i.number: i
            for i in store.invoices(customer_id=customer.id).values()
            if i.status is InvoiceStatus.OPEN and not i.is_credit_note
        },
        contacts=tuple(store.customer_contacts(customer.id)),
        followups=tuple(
            store.followups(customer_id=customer.id, status=FollowUpStatus.OPEN).values()
        ),
    )
    try:
        decision = decide_command(command, situation, config)
    except CommandError as exc:
        raise InputError([Problem(command.action.value, str(exc))]) from exc
    with store.transaction():
        apply_decision(store, decision, now, new_message_id=_no_message)
    log.info("%s: %s", command.customer_id, decision.summary)
    return f"{customer.name} ({customer.id}): {decision.summary}"


def _no_message() -> str:
    raise AssertionError("a collector's command sends no email itself")


def _through_daemon(spool: CommandSpool, command: Command, clock: Callable[[], float]) -> str:
    spool.submit(command.id, to_payload(command))
    deadline = clock() + WAIT_SECONDS
    while clock() < deadline:
        result = spool.result(command.id)
        if result is not None:
            if not result.get("ok"):
                raise InputError([Problem(command.action.value, str(result.get("line", "")))])
            return str(result.get("line", ""))
        time.sleep(0.2)
    return (
        f"handed to the running daemon: {command.action.value} for {command.customer_id} is "
        "carried out on its next pass (see `dunmail history`)"
    )


def apply_spooled(store: Store, config: Config, now: datetime) -> int:
    """The daemon's half: carry out every spooled command, each in its own commit."""
    spool = CommandSpool(store.directory)
    done = 0
    for command_id, payload in spool.pending():
        try:
            if payload is None:
                raise InputError([Problem(command_id, "unreadable command file")])
            line, ok = apply_command(store, config, from_payload(command_id, payload), now), True
        except InputError as exc:
            line, ok = "; ".join(exc.lines()), False
            log.warning("command %s refused: %s", command_id, line)
        spool.finish(command_id, ok, line)
        done += 1
    return done


def to_payload(command: Command) -> dict[str, Any]:
    return {
        "action": command.action.value,
        "customer_id": command.customer_id,
        "by": command.by,
        "invoices": list(command.invoices),
        "day": command.day.isoformat() if command.day else None,
        "amount": str(command.amount) if command.amount is not None else None,
        "reference": command.reference,
        "outcome": command.outcome.value if command.outcome else None,
        "note": command.note,
        "contact": _contact_payload(command.contact),
    }


def _contact_payload(contact: Contact | None) -> dict[str, Any] | None:
    if contact is None:
        return None
    return {
        "email": contact.email,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "phone": contact.phone,
        "fax": contact.fax,
        "primary": contact.primary,
    }


def _contact_of(customer_id: str, given: Any) -> Contact | None:
    if not isinstance(given, dict):
        return None
    return Contact(
        customer_id,
        str(given["email"]),
        str(given.get("first_name", "")),
        str(given.get("last_name", "")),
        str(given.get("phone", "")),
        str(given.get("fax", "")),
        bool(given.get("primary", True)),
    )


def from_payload(command_id: str, payload: dict[str, Any]) -> Command:
    try:
        return Command(
            id=command_id,
            action=Action(payload["action"]),
            customer_id=str(payload["customer_id"]),
            by=str(payload.get("by", "")),
            invoices=tuple(str(n) for n in payload.get("invoices", ())),
            day=date.fromisoformat(payload["day"]) if payload.get("day") else None,
            amount=Decimal(payload["amount"]) if payload.get("amount") else None,
            reference=str(payload.get("reference", "")),
            outcome=Outcome(payload["outcome"]) if payload.get("outcome") else None,
            note=str(payload.get("note", "")),
            contact=_contact_of(str(payload["customer_id"]), payload.get("contact")),
        )
    except (KeyError, ValueError, ArithmeticError) as exc:
        raise InputError([Problem(command_id, f"not a valid command: {exc}")]) from exc
