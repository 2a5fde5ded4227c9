"""An SMTP sink for tests: aiosmtpd on a free loopback port that records every message.

``SmtpSink`` runs inside the test's own event loop (as aiosmtplib's own tests do);
``ThreadedSmtpSink`` runs aiosmtpd's thread ``Controller`` for synchronous tests. Both offer AUTH
PLAIN/LOGIN, STARTTLS or implicit TLS with the test certificate, a status line injected per RCPT
or DATA, and optional relay of each accepted message to the private Dovecot over LMTP (a realistic
SMTP -> mailbox path). The sink must never send mail anywhere else.
"""

from __future__ import annotations

import asyncio
import errno
import smtplib
import ssl
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from . import LOOPBACK, free_ports
from .tls import TlsMaterial, TlsMode

# Controller cannot use port 0, so a port picked for it can be lost to a race.
_START_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class Credentials:
    """The one user the sink accepts for AUTH."""

    user: str
    password: str


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """One accepted message, exactly as the client sent it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    message: EmailMessage
    auth_user: str | None  # who authenticated on the session, None without AUTH


# Recipient address -> status line to answer with, or None to accept.
RcptHook = Callable[[str], str | None]
# The message about to be accepted -> status line to answer with, or None to accept.
DataHook = Callable[[ReceivedMessage], str | None]


def scripted(*statuses: str) -> Callable[[object], str | None]:
    """A hook answering with ``statuses`` in turn (e.g. "451 4.3.0 try later"), then accepting."""
    pending = deque(statuses)

    def hook(_subject: object) -> str | None:
        return pending.popleft() if pending else None

    return hook


class _Authenticator:
    def __init__(self, credentials: Credentials) -> None:
        self._expected = LoginPassword(credentials.user.encode(), credentials.password.encode())
        self._user = credentials.user

    def __call__(
        self, _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword) and auth_data == self._expected:
            return AuthResult(success=True, auth_data=self._user)
        # handled=False lets aiosmtpd answer "535 5.7.8"; handled=True would leave the client
        # waiting for a reply that never comes.
        return AuthResult(success=False, handled=False)


class _Recorder:
    """The aiosmtpd handler both sinks share: injects faults, relays, records."""

    def __init__(
        self,
        *,
        auth: Credentials | None,
        mode: TlsMode,
        tls: TlsMaterial | None,
        relay_lmtp: tuple[str, int] | None,
        relay_domain: str | None = None,
    ) -> None:
        if mode is not TlsMode.PLAIN and tls is None:
            raise ValueError(f"{mode} needs TLS material")
        self.credentials = auth
        self.mode = mode
        self.tls = tls
        self.relay_lmtp = relay_lmtp
        # Like an MTA's local domain: only these recipients are delivered into Dovecot; mail for
        # other domains is accepted and recorded, as if sent on to the outside world.
        self.relay_domain = relay_domain
        self.host = LOOPBACK
        self.port = 0
        self.messages: list[ReceivedMessage] = []
        self.on_rcpt: RcptHook | None = None
        self.on_data: DataHook | None = None

    async def handle_RCPT(
        self,
        _server: SMTP,
        _session: Session,
        envelope: Envelope,
        address: str,
        _rcpt_options: list[str],
    ) -> str:
        status = self.on_rcpt(address) if self.on_rcpt is not None else None
        if status is not None:
            return status
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, _server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        received = ReceivedMessage(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=raw,
            message=BytesParser(policy=policy.default).parsebytes(raw),
            auth_user=session.auth_data if session.authenticated else None,
        )
        status = self.on_data(received) if self.on_data is not None else None
        if status is None and self.relay_lmtp is not None:
            status = await asyncio.to_thread(_relay, self.relay_lmtp, received, self.relay_domain)
        if status is not None:
            return status
        self.messages.append(received)
        return "250 2.0.0 OK: queued"

    def _smtp_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "hostname": "sink.test",
            "ident": "dunmail test sink",
            "enable_SMTPUTF8": True,
            "decode_data": False,
        }
        if self.credentials is not None:
            kwargs["authenticator"] = _Authenticator(self.credentials)
            # Tests also authenticate over plain loopback, and with implicit TLS aiosmtpd offers
            # AUTH only this way.
            kwargs["auth_require_tls"] = False
        if self.mode is TlsMode.STARTTLS and self.tls is not None:
            kwargs["tls_context"] = self.tls.server_context()
        return kwargs

    def _implicit_context(self) -> ssl.SSLContext | None:
        if self.mode is TlsMode.IMPLICIT and self.tls is not None:
            return self.tls.server_context()
        return None


class SmtpSink(_Recorder):
    """A sink served by the running event loop: ``async with SmtpSink(...) as sink``."""

    def __init__(
        self,
        *,
        auth: Credentials | None = None,
        mode: TlsMode = TlsMode.PLAIN,
        tls: TlsMaterial | None = None,
        relay_lmtp: tuple[str, int] | None = None,
        relay_domain: str | None = None,
    ) -> None:
        super().__init__(
            auth=auth, mode=mode, tls=tls, relay_lmtp=relay_lmtp, relay_domain=relay_domain
        )
        self._server: asyncio.Server | None = None
        self._sessions: list[SMTP] = []

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        kwargs = self._smtp_kwargs()

        def factory() -> SMTP:
            session = SMTP(self, loop=loop, **kwargs)
            self._sessions.append(session)
            return session

        # The loop binds port 0 itself, so there is no race for a port here.
        self._server = await loop.create_server(
            factory, host=self.host, port=0, ssl=self._implicit_context()
        )
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        # Server.close() leaves accepted connections open (Python < 3.12); closing them cancels
        # their handler tasks, so nothing is pending or unclosed when the test's loop closes.
        for session in self._sessions:
            if session.transport is not None:
                session.transport.close()
        await server.wait_closed()
        await asyncio.sleep(0)

    async def __aenter__(self) -> SmtpSink:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()


class ThreadedSmtpSink(_Recorder):
    """A sink on aiosmtpd's thread ``Controller``, for synchronous tests.

    Use as ``with ThreadedSmtpSink(...) as sink``.
    """

    def __init__(
        self,
        *,
        auth: Credentials | None = None,
        mode: TlsMode = TlsMode.PLAIN,
        tls: TlsMaterial | None = None,
        relay_lmtp: tuple[str, int] | None = None,
        relay_domain: str | None = None,
    ) -> None:
        super().__init__(
            auth=auth, mode=mode, tls=tls, relay_lmtp=relay_lmtp, relay_domain=relay_domain
        )
        self._controller: Controller | None = None

    def start(self) -> None:
        for attempt in range(1, _START_ATTEMPTS + 1):
            # Controller(port=0) would bind but then probe port 0, so pick a free port first.
            port = free_ports(1)[0]
            kwargs = self._smtp_kwargs()
            controller = Controller(
                self,
                hostname=self.host,  # Controller's own "hostname" is the address it binds
                port=port,
                ssl_context=self._implicit_context(),
                server_hostname=kwargs.pop("hostname"),  # ... and this one is what SMTP greets with
                **kwargs,
            )
            try:
                controller.start()
            except OSError as error:
                # Its thread ended without closing the loop it was given.
                controller.loop.close()
                if error.errno != errno.EADDRINUSE or attempt == _START_ATTEMPTS:
                    raise
                continue
            self._controller, self.port = controller, port
            return

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> ThreadedSmtpSink:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _relay(
    address: tuple[str, int], message: ReceivedMessage, domain: str | None = None
) -> str | None:
    """Hand ``message`` to LMTP; return the first refusal as a status line, None if all went.

    One recipient per transaction: LMTP answers DATA once per recipient (RFC 2033 4.2) and
    smtplib.LMTP reads only one of those replies. With ``domain``, only its recipients go.
    """
    local = [
        rcpt for rcpt in message.rcpt_tos if domain is None or rcpt.lower().endswith(f"@{domain}")
    ]
    if not local:
        return None
    try:
        with smtplib.LMTP(address[0], address[1], timeout=10) as lmtp:
            for recipient in local:
                lmtp.sendmail(message.mail_from, [recipient], message.raw)
    except smtplib.SMTPRecipientsRefused as error:
        code, text = next(iter(error.recipients.values()))
        return _status(code, text)
    except smtplib.SMTPResponseException as error:
        return _status(error.smtp_code, error.smtp_error)
    except (smtplib.SMTPException, OSError) as error:
        return f"451 4.4.1 relay to LMTP failed: {error}"
    return None


def _status(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    return f"{code} {' '.join(text.split())}"
