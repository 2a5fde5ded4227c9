"""The embedded demo: weeks of collections on the example ledger, in a minute, on this machine.

One job: wire the real daemon (`Service`: ledger sync, planner, SMTP sender, Maildir inbox loop)
to a local SMTP server that delivers into a Maildir, a simulated clock stepped an hour at a time,
the example ledger exported day by day, and the customers of `daemon.demo_story`; report what the
daemon did from its own history. Nothing is decided here that the daemon decides.
"""

from __future__ import annotations

import logging
import mailbox
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from daemon.config.loader import load_config
from daemon.core.records import EventKind
from daemon.demo_site import (
    DemoSite,
    ExampleLedger,
    example_ar_address,
    example_digest_recipients,
    example_zone,
)
from daemon.demo_story import STORY, Beat, Scene, business_days_after, reply_time
from daemon.errors import DunmailError
from daemon.service import Service
from daemon.shell.clock import SimulatedClock
from daemon.shell.smtp_server import Delivery, MaildirSmtpServer
from daemon.shell.store import Store
from daemon.shell.systemd import Notifier

log = logging.getLogger("dunmail.demo")
TICK = timedelta(hours=1)


# What the narration shows of the daemon's history, and how it labels it.
_SHOWN = {
    EventKind.EMAIL_SENT: "sent",
    EventKind.REPLY_HANDLED: "read",
    EventKind.FOLLOWUP_CHANGED: "follow-up",
    EventKind.INVOICE_CLOSED: "ledger",
    EventKind.INVOICE_PAID_PART: "ledger",
    EventKind.INVOICE_ADDED: "ledger",
    EventKind.STATE_CHANGED: "state",
    EventKind.DIGEST: "digest",
    EventKind.NOTICE: "notice",
}


@dataclass(frozen=True, slots=True)
class Told:
    """One line of the demo's story: the daemon's own history, or what a customer did."""

    at: datetime
    zone: ZoneInfo  # the customer's: a reminder goes out at 09:00 their time
    customer: str  # the customer's name
    label: str  # "sent", "read", "follow-up", "ledger", "state", or "customer"
    text: str


@dataclass(slots=True)
class _Reply:
    at: datetime
    beat: Beat
    scene: Scene


@dataclass(slots=True)
class Demo:
    """One run of the demo in `site`, from `start` to `until`, telling `say` what happens."""

    site: DemoSite
    start: datetime
    until: datetime
    say: Callable[[Told], None]
    clock: SimulatedClock = field(init=False)
    ledger: ExampleLedger = field(init=False)
    zone: ZoneInfo = field(init=False)
    deliveries: list[tuple[datetime, Delivery]] = field(default_factory=list)
    paid: dict[str, Decimal] = field(default_factory=dict)
    payments: list[tuple[date, str]] = field(default_factory=list)
    replies: list[_Reply] = field(default_factory=list)
    started: set[int] = field(default_factory=set)
    told: int = 0

    def __post_init__(self) -> None:
        self.clock = SimulatedClock(self.start)
        self.zone = ZoneInfo(example_zone())
        self.ledger = ExampleLedger.ending(self.start.astimezone(self.zone).date())

    @classmethod
    def ending(
        cls, site: DemoSite, until: datetime, weeks: int, say: Callable[[Told], None]
    ) -> Demo:
        """A demo of `weeks` weeks that ends at `until`: from midnight (company time) on the
        first day, so the last simulated hour is now and the commands run after it agree."""
        zone = ZoneInfo(example_zone())
        first = until.astimezone(zone).date() - timedelta(weeks=weeks)
        start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)
        return cls(site, start, until, say)

    @property
    def weeks_simulated(self) -> int:
        return round((self.until - self.start) / timedelta(weeks=1))

    async def run(self) -> None:
        """Simulate from `start` to `until` in the prepared `site` (`DemoSite.prepare`)."""
        # Our own acceptance copy (outbound.acceptance_copy) lands in the AR mailbox, as it would.
        routes = {example_ar_address(): self.site.ar_mail}
        routes |= {address: self.site.collectors_mail for address in example_digest_recipients()}
        async with MaildirSmtpServer(
            self.site.customers_mail, routes=routes, on_delivery=self._received
        ) as server:
            self.site.write_config(server.port)
            config = load_config(self.site.config)
            self._export(self.start)
            service = Service(self.site.config, config, clock=self.clock, notifier=Notifier({}))
            service.startup()
            try:
                await self._days(service)
            finally:
                await service.shutdown()

    async def _days(self, service: Service) -> None:
        at = self.start
        while at <= self.until:
            self.clock.set(at)
            self._export(at)
            self._deliver_replies(at)
            if service.inbound is not None:
                try:
                    await service.inbound.poll()
                except DunmailError as exc:  # as the service's own loop: logged, read next hour
                    for line in exc.lines():
                        log.error("inbox not read: %s", line)
            await service.iteration()
            assert service.store is not None
            self._tell(service.store)
            self._cue()
            at += TICK
        # The last hour's mail is read too, as the running daemon would read it a moment later.
        if service.inbound is not None and service.store is not None:
            await service.inbound.poll()
            self._tell(service.store)

    # -- the world around the daemon -----------------------------------------------------------

    def _received(self, delivery: Delivery) -> None:
        self.deliveries.append((self.clock.now(), delivery))

    def _export(self, at: datetime) -> None:
        """The accounting system's export as of `at`'s day: new invoices in, payments out."""
        today = at.astimezone(self.zone).date()
        for day, number in self.payments:
            if day <= today and number not in self.paid:
                self.paid[number] = Decimal(self._row(number)["balance"])
        self.ledger.export(self.site.ledger, today, self.paid)

    def _row(self, number: str) -> dict[str, str]:
        return next(row for row in self.ledger.rows if row["invoice_number"] == number)

    def _cue(self) -> None:
        """Start each beat whose reminder has arrived: schedule its reply and its payments."""
        for index, beat in enumerate(STORY):
            if index in self.started:
                continue
            row = self._row(beat.after_due)
            due = self.ledger.moved(row, "due_date")
            zone = ZoneInfo(row["timezone"] or "UTC")
            addresses = self._addresses(beat.customer_id)
            for arrived, delivery in self.deliveries:
                if arrived.astimezone(zone).date() <= due:
                    continue
                if delivery.recipient.lower() not in addresses:
                    continue
                self.started.add(index)
                self._start(beat, delivery, reply_time(arrived, zone, beat))
                break

    def _addresses(self, customer_id: str) -> set[str]:
        """Every address the customer's reminders may go to: the ledger's and the contacts'."""
        return {
            row["contact_email"].lower()
            for row in self.ledger.rows
            if row["customer_id"] == customer_id
        } | {
            row["email"].lower()
            for row in self.ledger.contacts
            if row["customer_id"] == customer_id
        }

    def _start(self, beat: Beat, delivery: Delivery, at: datetime) -> None:
        local = at.date()
        promised = (
            business_days_after(local, beat.promise_days) if beat.promise_days is not None else None
        )
        scene = Scene(delivery.message, delivery.recipient, at, promised)
        if beat.write is not None:
            self.replies.append(_Reply(at, beat, scene))
        if beat.pays_on_promise and promised is not None:
            pay_day = promised
        elif beat.pays_after_business_days is not None:
            pay_day = business_days_after(local, beat.pays_after_business_days)
        else:
            return
        self.payments.extend((pay_day, number) for number in beat.pays)

    def _deliver_replies(self, now: datetime) -> None:
        inbox = mailbox.Maildir(self.site.ar_mail, create=False)
        for reply in [r for r in self.replies if r.at <= now]:
            self.replies.remove(reply)
            assert reply.beat.write is not None
            key = inbox.add(reply.beat.write(reply.scene))
            # Delivered at the simulated time: a Maildir's arrival time is the file's mtime
            # (Dovecot's INTERNALDATE), and the call list dates replies by it.
            arrived = reply.at.timestamp()
            os.utime(self.site.ar_mail / "new" / key, (arrived, arrived))
            row = self._row(reply.beat.after_due)
            zone = ZoneInfo(row["timezone"] or self.zone.key)
            self.say(Told(reply.at, zone, row["customer_name"], "customer", reply.beat.what))

    def _tell(self, store: Store) -> None:
        history = store.history()
        new, self.told = history[self.told :], len(history)
        if not new:
            return
        customers = store.customers()
        for event in new:
            label = _SHOWN.get(event.kind)
            # The first import lists the whole ledger: the opening line counts it instead.
            if not label or (event.kind is EventKind.INVOICE_ADDED and event.at == self.start):
                continue
            if event.kind in (EventKind.DIGEST, EventKind.NOTICE) and (
                event.data.get("status") == "sending"
            ):
                continue  # its outcome follows at once
            customer = customers.get(event.customer_id)
            zone = ZoneInfo(customer.timezone) if customer and customer.timezone else self.zone
            name = customer.name if customer else ""
            self.say(Told(event.at, zone, name, label, event.summary))
