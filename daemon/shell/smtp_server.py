"""A local SMTP server that delivers into a Maildir: the demo's stand-in for the customers' mail.

One job: accept mail on 127.0.0.1 (aiosmtpd, in the running event loop) and write each message,
once per recipient, into that recipient's Maildir (a routed address's own, else the shared one)
with the headers a delivering MTA adds (Return-Path, Delivered-To; RFC 5321 4.4), so it opens in
any mail client. It relays nothing anywhere else and decides nothing about the mail.
"""

from __future__ import annotations

import asyncio
import mailbox
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.smtp import SMTP, Envelope, Session

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message as one recipient received it."""

    recipient: str
    message: EmailMessage
    path: Path  # the file in the Maildir


def _maildir(path: Path) -> mailbox.Maildir:
    for part in ("tmp", "new", "cur"):  # mailbox.Maildir only makes them for a new path
        (path / part).mkdir(parents=True, exist_ok=True)
    return mailbox.Maildir(path, create=False)


class _Handler:
    def __init__(
        self, maildir: Path, routes: Mapping[str, Path], on_delivery: Callable[[Delivery], None]
    ) -> None:
        self.maildir = maildir
        self.boxes = {path: _maildir(path) for path in {maildir, *routes.values()}}
        self.routes = {address.lower(): path for address, path in routes.items()}
        self.on_delivery = on_delivery

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        for recipient in envelope.rcpt_tos:
            # Headers a final delivery adds on top (RFC 5321 4.4 Return-Path; Delivered-To as
            # Postfix and Dovecot's LDA write it).
            stamped = (
                f"Return-Path: <{envelope.mail_from}>\r\nDelivered-To: {recipient}\r\n".encode()
                + content
            )
            maildir = self.routes.get(recipient.lower(), self.maildir)
            key = self.boxes[maildir].add(stamped)
            message = BytesParser(policy=policy.default).parsebytes(stamped)
            assert isinstance(message, EmailMessage)
            self.on_delivery(Delivery(recipient, message, maildir / "new" / key))
        return "250 2.0.0 delivered"


class MaildirSmtpServer:
    """`async with MaildirSmtpServer(maildir, ...) as server`: listening on `server.port`.

    Mail to an address in `routes` goes to that Maildir, all other mail to `maildir`.
    """

    def __init__(
        self,
        maildir: Path,
        *,
        routes: Mapping[str, Path] | None = None,
        on_delivery: Callable[[Delivery], None] = lambda _d: None,
    ) -> None:
        self._handler = _Handler(maildir, routes or {}, on_delivery)
        self._server: asyncio.Server | None = None
        self._sessions: list[SMTP] = []
        self.port = 0

    async def start(self) -> None:
        loop = asyncio.get_running_loop()

        def session() -> SMTP:
            smtp = SMTP(self._handler, hostname="localhost", loop=loop)
            self._sessions.append(smtp)
            return smtp

        # Port 0: the system picks a free port, so two demos never collide.
        self._server = await loop.create_server(session, host=LOOPBACK, port=0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        # Server.close() leaves accepted connections open before Python 3.12.
        for smtp in self._sessions:
            if smtp.transport is not None:
                smtp.transport.close()
        await server.wait_closed()

    async def __aenter__(self) -> MaildirSmtpServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
