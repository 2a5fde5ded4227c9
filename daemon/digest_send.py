"""Sends the collectors' daily digest, at most once a day to each recipient.

One job: each cycle, if `daemon.core.digest.digest_day` says today's digest is due, gather its
content (the call list, new replies for a person, promises due today, tomorrow's reminders from a
dry run of the planner), render `templates/<language>/digest` in the sandbox and send one message
to each recipient, recorded before and after sending (`daemon.collector_mail`), so a crash in
between never sends it twice (a digest is missed rather than doubled). Policy is the core's.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jinja2 import TemplateError

from daemon.checks import DIGEST_TEMPLATE
from daemon.collector_mail import CollectorMessage, send_recorded
from daemon.core.digest import digest_context, digest_day
from daemon.core.records import EventKind, HistoryEvent
from daemon.core.worklist import worklist
from daemon.errors import ConfigError
from daemon.outbound import Outbound
from daemon.shell.templates import TemplateLibrary, shipped_templates
from daemon.work import read_book

log = logging.getLogger("dunmail.digest")


class DigestSender:
    def __init__(self, outbound: Outbound) -> None:
        self.outbound = outbound
        self._last: date | None = None
        self._read = False

    async def maybe_send(self, now: datetime) -> int:
        """Send today's digest if it is due; the number of recipients it went to."""
        config, store = self.outbound.config, self.outbound.store
        recipients = config.collectors.digest_recipients
        if not recipients:
            return 0
        zone = ZoneInfo(config.schedule.timezone)
        calendar = self.outbound.planner.calendar(now, now)
        day = digest_day(
            now, zone=zone, at=config.collectors.digest_time, calendar=calendar,
            last_sent=self._last_day(),
        )  # fmt: skip
        if day is None:
            return 0
        since = self._since()
        book = read_book(config, store, now, self.outbound.planner)
        start = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
        # An hour per step: the digest names the day and the hour, not the minute.
        tomorrow = self.outbound.planner.simulate(
            start, start + timedelta(days=1), tick=timedelta(hours=1)
        )
        context = digest_context(
            today=day, since=since, company=config.company.legal_name,
            rows=worklist(book, day), inbound=book.inbound, followups=book.followups,
            tomorrow=tomorrow, customers=book.customers, zone=zone,
        )  # fmt: skip
        try:
            language = config.company.default_language
            library = TemplateLibrary(config.templates.directory or shipped_templates())
            subject, html, text = library.compile(language, DIGEST_TEMPLATE).render(context)
        except (ConfigError, TemplateError) as exc:
            log.error("digest for %s not sent: its template cannot be rendered: %s", day, exc)
            self._last = day
            return 0
        sent = await send_recorded(
            self.outbound,
            CollectorMessage(subject, text, html, language),
            recipients,
            now,
            kind=EventKind.DIGEST,
            customer_id="",
            data={"day": day.isoformat()},
            summary=lambda recipient, status, detail: _summary(day, recipient, status, detail),
        )
        self._last = day
        log.info("digest for %s sent to %d of %d recipient(s)", day, sent, len(recipients))
        return sent

    def _digests(self) -> list[HistoryEvent]:
        return [e for e in self.outbound.store.history("") if e.kind is EventKind.DIGEST]

    def _last_day(self) -> date | None:
        if not self._read:
            days = [date.fromisoformat(str(e.data["day"])) for e in self._digests()]
            self._last = max(days, default=None)
            self._read = True
        return self._last

    def _since(self) -> datetime | None:
        """When the last digest was made: its replies were in it."""
        return max((e.at for e in self._digests()), default=None)


def _summary(day: date, recipient: str, status: str, detail: str) -> str:
    # The server's words matter when it refused; "250 delivered" only fills the history.
    why = f" ({detail})" if detail and status != "sent" else ""
    return f"digest for {day} to {recipient}: {status}{why}"
