"""Turns one message fetched from the AR mailbox into what must be stored and filed.

One job: for each `Fetched` message of a folder with a given role (the inbox, Sent, a command
folder), parse it, correlate it with a customer, classify it and ask the core for the decision,
over a `Snapshot` of the store that each decision updates, so two replies of one customer in one
batch see each other. It writes nothing: `daemon.inbound` stores the results in one commit, then
files the messages. A message whose handling raises is returned quarantined, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.core.authenticity import authenticated_for
from daemon.core.calendar import BusinessCalendar, customer_zone, local_date
from daemon.core.classify import classify
from daemon.core.correlate import Directory, Match, Via, correlate
from daemon.core.decision import Decision, Filing, Situation
from daemon.core.mail import Mail
from daemon.core.mail_parse import parse_mail
from daemon.core.message import token_of
from daemon.core.orders import Order, carry_out, own_email
from daemon.core.records import (
    Contact,
    Customer,
    FollowUp,
    FollowUpStatus,
    InboundMessage,
    Invoice,
    OutboxItem,
    SequenceState,
)
from daemon.core.reply_policy import respond
from daemon.shell.inbox import Fetched

log = logging.getLogger("dunmail.inbound")


class Role(StrEnum):
    INBOX = "inbox"  # customers' replies
    SENT = "sent"  # what went out from the AR mailbox: ours, and collectors' own emails
    RESUME = "resume"  # collectors' orders
    PAID = "paid"
    STOP = "stop"


ORDERS = {Role.RESUME: Order.RESUME, Role.PAID: Order.PAID, Role.STOP: Order.STOP}


@dataclass
class Snapshot:
    """The store as the decisions of one pass see it; `absorb` keeps it current."""

    directory: Directory
    customers: Mapping[str, Customer]
    contacts: dict[str, list[Contact]]
    open_invoices: dict[str, dict[str, Invoice]]  # by customer, then number (no credit notes)
    sequences: dict[str, SequenceState]  # customer-level sequences by customer id
    followups: dict[str, list[FollowUp]]  # open ones, by customer
    outbox: Mapping[str, OutboxItem]  # by Message-ID
    seen: Callable[[str], InboundMessage | None]  # the log of handled messages, by key

    def absorb(self, decision: Decision, customer_id: str) -> None:
        for state in decision.sequences:
            self.sequences[state.customer_id] = state
        for followup in decision.followups:
            mine = [f for f in self.followups.get(customer_id, []) if f.id != followup.id]
            if followup.status is FollowUpStatus.OPEN:
                mine.append(followup)
            self.followups[customer_id] = mine
        for invoice in decision.invoices:
            self.open_invoices.get(invoice.customer_id, {}).pop(invoice.number, None)
        if decision.contacts is not None:
            self.contacts[customer_id] = list(decision.contacts)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One message handled: its log record, the decision (None: nothing to change) and filing."""

    record: InboundMessage
    decision: Decision | None
    filing: Filing
    own_copy: bool = False  # one of our own sent messages (an acceptance copy): not a reply
    again: bool = False  # handled before (a crash, or a UIDVALIDITY change): only filed again


class Handler:
    def __init__(self, config: Config, calendar: BusinessCalendar, snapshot: Snapshot) -> None:
        self.config = config
        self.calendar = calendar
        self.snapshot = snapshot
        self.keywords = config.collectors.keywords
        self.folders = config.collectors.folders

    def handle(self, fetched: Fetched, role: Role, now: datetime) -> Outcome:
        try:
            mail = parse_mail(fetched.raw, truncated=fetched.truncated)
        except Exception as exc:  # a poison message must not stop the loop
            return self.quarantine(fetched, now, f"cannot be read: {exc!r}")
        prior = self.snapshot.seen(_key(fetched) if role in ORDERS else mail.message_id)
        if prior is not None:
            filing = Filing(prior.keywords, prior.flagged, prior.moved_to or None)
            return Outcome(prior, None, filing, again=True)
        try:
            return self._handle(mail, fetched, role, now)
        except Exception as exc:  # quarantined and logged, never fatal
            log.exception("%s (uid %s) crashed its handling", mail.message_id, fetched.uid)
            return self.quarantine(fetched, now, f"handling failed: {exc!r}", mail.message_id)

    def quarantine(
        self, fetched: Fetched, now: datetime, why: str, message_id: str = ""
    ) -> Outcome:
        log.error("%s uid %s quarantined: %s", fetched.folder, fetched.uid, why)
        filing = Filing(keywords=(self.keywords.quarantine,), folder=self.folders.quarantine)
        record = self._record(fetched, message_id or _key(fetched), now, "", "quarantine", filing)
        return Outcome(record, None, filing)

    # -- per role ------------------------------------------------------------------------------

    def _handle(self, mail: Mail, fetched: Fetched, role: Role, now: datetime) -> Outcome:
        if role in (Role.INBOX, Role.SENT) and self._ours(mail.message_id):
            # One of our reminders: in the inbox, the server's copy (outbound.acceptance_copy),
            # which the outbound side files in Sent; in Sent, its filed copy. Never a reply.
            record = self._record(fetched, mail.message_id, now, "", "own", Filing())
            return Outcome(record, None, Filing(), own_copy=True)
        if role is Role.INBOX:
            return self._reply(mail, fetched, now)
        if role is Role.SENT:
            return self._sent(mail, fetched, now)
        return self._order(ORDERS[role], mail, fetched, now)

    def _reply(self, mail: Mail, fetched: Fetched, now: datetime) -> Outcome:
        match = correlate(mail, self.snapshot.directory)
        if match is None:
            return self._unmatched(mail, fetched, now)
        situation = self.situation(match.customer_id, now)
        # "Friday", "the 15th": read against the day the customer wrote, in their zone.
        written = local_date(mail.date, situation.zone) if mail.date else situation.today
        # The lines of our reminder a reply repeats are never read as the customer's words.
        ours = match.sent.lines if match.sent is not None else frozenset()
        verdict = classify(mail, today=min(written, situation.today), reference=ours)
        decision = respond(
            mail,
            verdict,
            match,
            situation,
            self.config,
            authenticated=self._authenticated(mail, match),
        )
        self.snapshot.absorb(decision, match.customer_id)
        log.info("%s: %s", mail.message_id, decision.summary)
        record = self._record(
            fetched, mail.message_id, now, match.customer_id, decision.intent, decision.filing
        )
        return Outcome(record, decision, decision.filing)

    def _unmatched(self, mail: Mail, fetched: Fetched, now: datetime) -> Outcome:
        filing = Filing()
        if self.config.replies.unmatched == "flag":
            keywords = (self.keywords.processed, self.keywords.needs_action)
            filing = Filing(keywords, flagged=True, folder=self.folders.needs_action)
        log.info("%s from %s matches no customer", mail.message_id, mail.sender or "nobody")
        return Outcome(self._record(fetched, mail.message_id, now, "", "", filing), None, filing)

    def _sent(self, mail: Mail, fetched: Fetched, now: datetime) -> Outcome:
        customer_id = self._addressee(mail)
        if not customer_id:
            return Outcome(
                self._record(fetched, mail.message_id, now, "", "", Filing()), None, Filing()
            )
        decision = own_email(mail, self.situation(customer_id, now), self.config)
        self.snapshot.absorb(decision, customer_id)
        log.info("%s: %s", mail.message_id, decision.summary)
        record = self._record(fetched, mail.message_id, now, customer_id, "collector", Filing())
        return Outcome(record, decision, Filing())

    def _order(self, order: Order, mail: Mail, fetched: Fetched, now: datetime) -> Outcome:
        match = self._own_reminder(mail) or correlate(mail, self.snapshot.directory)
        key = _key(fetched)  # the same message may be moved here again another day
        if match is None:
            filing = Filing((self.keywords.needs_action,), True, self.folders.needs_action)
            log.warning("%s: %s order, but no customer could be told", mail.message_id, order)
            return Outcome(
                self._record(fetched, key, now, "", f"order:{order}", filing), None, filing
            )
        decision = carry_out(
            order, mail, match, self.situation(match.customer_id, now), self.config
        )
        self.snapshot.absorb(decision, match.customer_id)
        log.info("%s: %s", mail.message_id, decision.summary)
        record = self._record(
            fetched, key, now, match.customer_id, f"order:{order}", decision.filing
        )
        return Outcome(record, decision, decision.filing)

    # -- helpers -------------------------------------------------------------------------------

    def situation(self, customer_id: str, now: datetime) -> Situation:
        snap = self.snapshot
        customer = snap.customers.get(customer_id)
        zone = ZoneInfo(customer_zone(customer, self.config.schedule))
        return Situation(
            now=now,
            zone=zone,
            calendar=self.calendar,
            customer_id=customer_id,
            sequence=snap.sequences.get(customer_id) or SequenceState(customer_id),
            open_invoices=dict(snap.open_invoices.get(customer_id, {})),
            contacts=tuple(snap.contacts.get(customer_id, ())),
            followups=tuple(snap.followups.get(customer_id, ())),
            sent=snap.outbox,
        )

    def _own_reminder(self, mail: Mail) -> Match | None:
        """A reminder of ours a collector moved (e.g. from Sent into "Mark paid"): its customer
        and the invoices it listed."""
        token = token_of(mail.message_id)
        sent = self.snapshot.directory.sent.get(token) if token else None
        if sent is None:
            return None
        return Match(sent.customer_id, Via.THREAD, sent, (), "", ("one of our own reminders",))

    def _ours(self, message_id: str) -> bool:
        token = token_of(message_id)
        return message_id in self.snapshot.outbox or (
            token is not None and token in self.snapshot.directory.sent
        )

    def _addressee(self, mail: Mail) -> str:
        """The customer a collector's email went to: its thread, else its recipients."""
        match = correlate(mail, self.snapshot.directory)
        if match is not None:
            return match.customer_id
        owners = {
            customer
            for address in mail.recipients
            for customer in self.snapshot.directory.contacts.get(address, ())
        }
        return owners.pop() if len(owners) == 1 else ""

    def _authenticated(self, mail: Mail, match: Match) -> bool:
        address = match.contact or mail.sender
        domain = address.rpartition("@")[2]
        return bool(domain) and authenticated_for(
            mail, domain, self.config.replies.trusted_authserv_ids
        )

    def _record(  # noqa: PLR0917 - the fields of one log record
        self,
        fetched: Fetched,
        key: str,
        now: datetime,
        customer_id: str,
        intent: str,
        filing: Filing,
    ) -> InboundMessage:
        return InboundMessage(
            message_id=key,
            folder=fetched.folder,
            uidvalidity=fetched.uidvalidity,
            uid=fetched.uid,
            received_at=fetched.internal_date or now,
            customer_id=customer_id,
            intent=intent,
            handled_at=now,
            keywords=filing.keywords,
            flagged=filing.flagged,
            moved_to=filing.folder or "",
        )


def _key(fetched: Fetched) -> str:
    """The log key of an order: where and as what the message sat when it was carried out."""
    return f"{fetched.folder}#{fetched.uidvalidity}#{fetched.uid}"
