"""SMTP submission through aiosmtplib: a few reused connections, paced, every failure an outcome.

One job: hand a composed message to the configured server and report SENT / RETRY / REJECTED
with the server's code. It must not compose or alter messages (`message` goes out as given; the
acceptance copy to our own mailbox is an envelope recipient only, never a Bcc header), decide
when to retry (`daemon.core.retry` does), or let an aiosmtplib, ssl or socket exception escape.

Connections: up to `connections` of them (`outbound.connections`), each a `SmtpSession` that
carries one transaction at a time and is opened when first needed, renewed after
`max_messages_per_connection` transactions and reopened after the server dropped it. Concurrent
`send` calls take turns on the sessions, first come first served; with one connection they take
turns on it. The pacing (`daemon.shell.smtp_pacing`) counts every connection's messages
together. The transaction and its failures live in `daemon.shell.smtp_session`, the result types
in `daemon.shell.smtp_result`.

One `SmtpSender` per event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from email.message import EmailMessage

from daemon.config.servers import SmtpConfig
from daemon.shell.clock import Clock
from daemon.shell.smtp_pacing import RateLimit
from daemon.shell.smtp_result import SendResult
from daemon.shell.smtp_session import SmtpSession
from daemon.shell.tls import client_context

__all__ = ["RateLimit", "SendResult", "SmtpSender"]


class SmtpSender:
    """Sends through up to `connections` reused aiosmtplib connections; see the module docstring.

    Raises `TlsSetupError` (a `StartupError`) at once when `ca_file` cannot be loaded.
    """

    def __init__(
        self,
        config: SmtpConfig,
        password: str | None,
        *,
        max_per_minute: int,
        clock: Clock,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        connections: int = 1,
    ) -> None:
        if connections < 1:
            raise ValueError("connections must be at least 1")
        # Built once: a fresh context per connection costs ~30 ms of trust-store loading.
        tls = None
        if config.tls != "none":
            tls = client_context(validate_certs=config.validate_certs, ca_file=config.ca_file)
        self._limit = RateLimit(max_per_minute, clock)
        self._sleep = sleep
        self._sessions = [SmtpSession(config, password, tls) for _ in range(connections)]
        self._idle: asyncio.Queue[SmtpSession] = asyncio.Queue()
        for session in self._sessions:
            self._idle.put_nowait(session)

    @property
    def connections(self) -> int:
        """How many transactions may be under way at once."""
        return len(self._sessions)

    async def send(
        self, message: EmailMessage | bytes, *, sender: str, recipients: Sequence[str]
    ) -> SendResult:
        """Send `message` from envelope `sender` to `recipients`; never raises for SMTP trouble.

        `message` as bytes goes out exactly as given (CRLF line ends; 7-bit unless the server
        offers 8BITMIME); an `EmailMessage` is rendered for the server at hand.
        """
        wanted = tuple(dict.fromkeys(recipients))  # RCPT the same address once
        if not wanted:
            raise ValueError("send() needs at least one recipient")
        session = await self._idle.get()
        try:
            await self._pace()
            return await session.deliver(message, sender, wanted)
        finally:
            self._idle.put_nowait(session)

    async def close(self) -> None:
        """QUIT (RFC 5321 §4.1.1.10) every connection, once its transaction is over."""
        taken = [await self._idle.get() for _ in self._sessions]
        try:
            for session in taken:
                await session.close()
        finally:
            for session in taken:
                self._idle.put_nowait(session)

    async def _pace(self) -> None:
        # Checking and taking happen with no await between them, so concurrent senders on other
        # connections cannot both take the last token of the minute.
        while (wait := self._limit.wait_seconds()) > 0:
            await self._sleep(wait)
        self._limit.take()
