"""`dunmail preview`: the next reminder to one customer, composed exactly as it would be sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

from daemon.composer import compose, message_id_domain
from daemon.config.cadence import Step
from daemon.core.context import ReminderRequest, local_today
from daemon.core.message import new_message_id, thread_references
from daemon.core.records import Contact, Customer, Invoice, InvoiceStatus
from daemon.core.summary import primary_contact
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
    store, config = planner.store, planner.config
    found: tuple[str, Step] | None = next(
        (
            (cadence_name, s)
            for cadence_name, cadence in config.cadences.items()
            for s in cadence.steps
            if s.name == name
        ),
        None,
    )
    if found is None:
        known = sorted({s.name for c in config.cadences.values() for s in c.steps})
        raise InputError(
            [Problem("--step", f"no step {name!r}; cadence steps: {', '.join(known)}")]
        )
    contact = primary_contact(store.customer_contacts(customer.id))
    if contact is None:
        raise InputError([Problem(customer.id, "has no AP contact to write to")])
    owed = sorted(
        (
            invoice
            for invoice in store.invoices(customer_id=customer.id).values()
            if invoice.status is InvoiceStatus.OPEN and invoice.balance > 0
        ),
        key=lambda invoice: (invoice.due_date, invoice.number),
    )
    language = customer.language if customer.language in planner.languages else None
    return _request(
        planner,
        customer,
        contact,
        tuple(owed),
        step=name,
        template=found[1].template,
        language=language or config.templates.default_language,
        cadence=found[0],
        sent_at=when,
        sequence_invoice="",
    )


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
    zone = customer.timezone or config.schedule.timezone
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
