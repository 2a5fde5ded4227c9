"""Builds the outbound half from the config and runs one cycle of it.

One cycle: settle what a crash left SENDING, write what is due to the outbox, send it, file the
Sent copies, prune old records. Built once at startup (templates compiled, passwords read, TLS
contexts loaded) and again on a config reload; nothing here decides policy.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime

from daemon.composer import CompiledTemplates
from daemon.config.schema import Config
from daemon.config.secrets import resolve_secret
from daemon.digest_send import DigestSender
from daemon.errors import ConfigError, DunmailError, StartupError, StateWriteError
from daemon.followups import record_followups
from daemon.outbound import CycleReport, Outbound
from daemon.recovery import Recovery
from daemon.shell.clock import Clock
from daemon.shell.imap import AsyncMailbox, ImapConnection, ImapMailbox
from daemon.shell.pdf_files import PdfFiles
from daemon.shell.smtp import SmtpSender
from daemon.shell.store import Store

log = logging.getLogger("dunmail.mailer")


class Mailer:
    def __init__(self, outbound: Outbound, recovery: Recovery, sender: SmtpSender) -> None:
        self.outbound = outbound
        self.recovery = recovery
        self.sender = sender
        self.digests = DigestSender(outbound)

    @classmethod
    def build(cls, config: Config, store: Store, clock: Clock) -> Mailer:
        """Everything the cycle needs; a missing password or a broken template stops startup."""
        templates = CompiledTemplates.for_config(config)  # ConfigError naming file and line
        try:
            smtp_password = resolve_secret(config.smtp, environ=os.environ, section="smtp")
            imap_password = (
                resolve_secret(config.imap, environ=os.environ, section="imap")
                if config.imap is not None
                else None
            )
        except ConfigError as exc:
            raise StartupError("; ".join(exc.lines())) from exc
        sender = SmtpSender(
            config.smtp,
            smtp_password,
            max_per_minute=config.outbound.max_per_minute,
            clock=clock,
            connections=config.outbound.connections,
        )
        mailbox = None
        if config.imap is not None:
            connection = ImapConnection.from_config(config.imap, imap_password)
            mailbox = AsyncMailbox(ImapMailbox(connection))
        outbound = Outbound(
            config, store, sender=sender, templates=templates, pdfs=PdfFiles.for_config(config)
        )
        return cls(outbound, Recovery(outbound, mailbox), sender)

    async def cycle(self, now: datetime) -> CycleReport:
        """One pass; a failure is logged and the next pass tries again, never fatal."""
        report = CycleReport()
        outbound, recovery = self.outbound, self.recovery
        outbound.halted = ""
        try:
            # What the server took in a cycle whose last commit failed (a full disk): first.
            outbound.flush_sent()
            await recovery.settle(now, report)
            # Follow-ups first: a promise's day takes that day's one email to the customer.
            record_followups(outbound, now, report)
            outbound.record_due(now, report)
            await outbound.send_ready(now, report)
            await recovery.file_sent(now)
            recovery.prune(now)
            await self.digests.maybe_send(now)
        except StateWriteError as exc:
            # Every send needs its record first (daemon.outbound), so none can go out now.
            report.unsaved = str(exc)
            log.error("%s; no reminder goes out until the state can be saved", exc)
        except DunmailError as exc:
            for line in exc.lines():
                log.error("%s", line)
        report.halted = outbound.halted
        if report.line() != "nothing due":
            log.info("reminders: %s", report.line())
        return report

    async def close(self) -> None:
        await self.sender.close()
        if self.recovery.mailbox is not None:
            await self.recovery.mailbox.close()
