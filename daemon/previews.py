"""`dunmail preview`: the next reminder to one customer, composed exactly as it would be sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

from daemon.composer import compose, message_id_domain
from daemon.config.cadence import Step
from daemon.config.schema import Config
from daemon.core.calendar import customer_zone
from daemon.core.context import ReminderRequest, local_today
from daemon.core.message import new_message_id, thread_references
from daemon.core.plan_contact import address_key, language, recipient
from daemon.core.plan_ledger import coming_due, listable, overdue
from daemon.core.plan_steps import cadence_for
from daemon.core.records import Contact, Customer, Invoice
from daemon.errors import InputError, Problem
from daemon.planning import StorePlanner
from daemon.shell.pdf_files import PdfFiles


def render_preview(
    planner: StorePlanner, customer_id: str, when: datetime, *, step: str | None = None
) -> EmailMessage:
    """The next planned reminder (or the named cadence step) to `customer_id`, not sent."""
    store, config = planner.store, planner.config
    customer = store.customer(customer_id)
    if customer is None:
        raise InputError([Problem(customer_id, "no such customer in the store")])
    if step is None:
        request = _next_planned(planner, customer, when)
    else:
        request = _forced_step(planner, customer, step, when)
    return compose(
        request,
        config=config,
        templates=planner.templates,
        read_pdf=PdfFiles.for_config(config).read,
    )


def _next_planned(planner: StorePlanner, customer: Customer, when: datetime) -> ReminderRequest:
    current = planner.plan(when)
    upcoming = [r for r in current.reminders if r.customer_id == customer.id]
    if not upcoming:
        why = "; ".join(w for c, w in current.skipped if c == customer.id) or "nothing is owed"
        raise InputError([Problem(customer.id, f"no reminder planned ({why})")])
    reminder = upcoming[0]
    invoices = tuple(
        invoice for n in reminder.invoices if (invoice := planner.store.invoice(n)) is not None
    )
    return _request(
        planner,
        customer,
        reminder.recipient,
        invoices,
        step=reminder.step,
        template=reminder.template,
        language=reminder.language,
        cadence=reminder.cadence,
        sent_at=max(reminder.send_at, when),
        sequence_invoice=reminder.sequence_invoice,
    )


def _forced_step(
    planner: StorePlanner, customer: Customer, name: str, when: datetime
) -> ReminderRequest:
    """The step `name` of the customer's cadence, to whom and listing what the planner would."""
    store, config = planner.store, planner.config
    cadence_name, step = _step_named(config, customer, name)
    states = [s for s in store.sequences().values() if s.customer_id == customer.id]
    undeliverable = {address_key(a) for s in states for a in s.undeliverable}
    contact = recipient(store.customer_contacts(customer.id), undeliverable)
    if contact is None:
        raise InputError([Problem(customer.id, "has no deliverable AP contact to write to")])
    today = local_today(when, customer_zone(customer, config.schedule))
    disputed = {number for s in states for number in s.disputed_invoices}
    listed = listable(store.invoices(customer_id=customer.id).values(), disputed)
    # As the planner lists them: a dunning step the overdue invoices, a courtesy note those
    # coming due within its window; never a not-yet-due invoice in an "overdue" email.
    if step.offset > timedelta(0):
        owed, what = overdue(listed, today), "overdue"
    else:
        until = today - step.offset
        owed, what = coming_due(listed, today, until), f"coming due by {until}"
    if not owed:
        why = f"nothing {what} on {today} for a {name} reminder to list"
        raise InputError([Problem(customer.id, why)])
    return _request(
        planner,
        customer,
        contact,
        owed,
        step=name,
        template=step.template,
        language=language(customer, planner.languages, config.templates.default_language),
        cadence=cadence_name,
        sent_at=when,
        sequence_invoice="",
    )


def _step_named(config: Config, customer: Customer, name: str) -> tuple[str, Step]:
    """The step called `name`: in the customer's own cadence first, else the first that has it."""
    own = cadence_for(customer, config.assignments)
    for cadence_name in (own, *(c for c in config.cadences if c != own)):
        cadence = config.cadences.get(cadence_name)
        step = next((s for s in cadence.steps if s.name == name), None) if cadence else None
        if step is not None:
            return cadence_name, step
    known = sorted({s.name for c in config.cadences.values() for s in c.steps})
    raise InputError([Problem("--step", f"no step {name!r}; cadence steps: {', '.join(known)}")])


def _request(
    planner: StorePlanner,
    customer: Customer,
    contact: Contact,
    invoices: tuple[Invoice, ...],
    *,
    step: str,
    template: str,
    language: str,
    cadence: str,
    sent_at: datetime,
    sequence_invoice: str,
) -> ReminderRequest:
    config = planner.config
    zone = customer_zone(customer, config.schedule)
    state = planner.store.sequence(customer.id, sequence_invoice)
    return ReminderRequest(
        customer=customer,
        contact=contact,
        invoices=invoices,
        step=step,
        template=template,
        language=language,
        timezone=zone,
        pay_by=local_today(sent_at, zone) + timedelta(days=config.outbound.pay_within_days),
        message_id=new_message_id(message_id_domain(config)),
        references=thread_references(state.thread) if state else (),
        sent_at=sent_at,
        cadence=cadence,
    )
