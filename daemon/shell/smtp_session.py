"""One SMTP connection through aiosmtplib and the transactions on it, failures as outcomes.

One job: carry one message at a time over one connection, opening it when there is none and
renewing it after `max_messages_per_connection` transactions, and report SENT / RETRY / REJECTED
with the server's code. It must not pace, choose among connections (`daemon.shell.smtp` does),
alter messages, or let an aiosmtplib, ssl or socket exception escape.

A server may close an idle session at any time (RFC 5321 §4.5.3.2.7), which a reused connection
only reveals when used: if it fails before DATA, nothing of the message was accepted, so one fresh
connection is tried at once. A connection lost or timed out after the message content went out is
RETRY with `maybe_accepted` set: the caller's acceptance-copy check decides before sending again.
"""

from __future__ import annotations

import asyncio
import email.policy
import re
import ssl
from collections.abc import Sequence
from email.message import EmailMessage

import aiosmtplib
from aiosmtplib.protocol import SMTPProtocol

from daemon.config.servers import SmtpConfig
from daemon.core.retry import Outcome, classify
from daemon.shell.smtp_result import (
    SendResult,
    addressee_refused,
    delivered,
    one_line,
    refused_by_all,
)
from daemon.shell.tls import describe_tls_error, find_tls_error

_FAILURES = (aiosmtplib.SMTPException, OSError, ValueError)  # OSError covers TimeoutError, ssl
# RFC 4954 §6: authentication required / too weak / credentials invalid / encryption required.
# They fail every message alike, whenever they come.
_SETUP_CODES = frozenset({530, 534, 535, 538})
_LINE_END = re.compile(rb"\r\n|\r|\n")
# How often the content's progress is looked at while it leaves (see `_sent_out`).
_PROGRESS_SECONDS = 0.05


class SmtpSession:
    """One reused aiosmtplib connection; `deliver` one message at a time (the caller ensures it)."""

    def __init__(
        self, config: SmtpConfig, password: str | None, tls: ssl.SSLContext | None
    ) -> None:
        self._config = config
        self._password = password
        self._where = f"{config.host}:{config.port}"
        self._tls = tls
        self._client: aiosmtplib.SMTP | None = None
        self._transactions = 0  # MAIL commands on the current connection
        self._stage = "connect"
        self._content_sent = False  # this attempt's message content went out after DATA

    async def close(self) -> None:
        """QUIT (RFC 5321 §4.1.1.10) and drop the connection; errors are ignored."""
        await self._quit()

    async def deliver(
        self, message: EmailMessage | bytes, sender: str, recipients: tuple[str, ...]
    ) -> SendResult:
        """One transaction on this connection (opened or renewed as needed); never raises for
        SMTP, TLS or socket trouble: every failure is a `SendResult`."""
        try:
            return await self._transaction(message, sender, recipients)
        except _FAILURES as error:
            result = self._failed(error)
            await self._after_failure(error)
            return result
        except asyncio.CancelledError:
            self._discard()  # cut off mid-transaction: the session is in no known state
            raise

    async def _transaction(
        self, message: EmailMessage | bytes, sender: str, recipients: tuple[str, ...]
    ) -> SendResult:
        self._content_sent = False
        client, reused = await self._connection()
        try:
            data, refused = await self._envelope(client, message, sender, recipients)
        except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError):
            if not reused:
                raise
            # The server dropped the idle session; no DATA was sent, so a retry cannot duplicate.
            self._discard()
            client, _ = await self._connection()
            data, refused = await self._envelope(client, message, sender, recipients)
        accepted = tuple(address for address in recipients if address not in refused)
        if not accepted:
            await self._reset(client)
            return refused_by_all(refused)
        if recipients[0] in refused:
            # The first recipient is the addressee; the others are copies (the acceptance copy
            # proves the server took the message *for the addressee*). Without the addressee,
            # no DATA: a copy delivered on its own would later be mistaken for that proof.
            await self._reset(client)
            return addressee_refused(refused, recipients[0])
        reply = await self._data(client, data)
        return delivered(reply.code, reply.message, refused, accepted)

    async def _data(self, client: aiosmtplib.SMTP, data: bytes) -> aiosmtplib.SMTPResponse:
        """DATA, then the content (RFC 5321 §4.1.1.4), as two steps.

        aiosmtplib's `data()` does both in one call, and then a lost connection cannot tell
        "refused before the content" from "the server may have the message" (`maybe_accepted`).
        """
        self._stage = "DATA"
        start = await client.execute_command(b"DATA")
        if start.code != 354:
            raise aiosmtplib.SMTPDataError(start.code, start.message)
        protocol = client.protocol
        if protocol is None:  # closed while DATA was answered (e.g. a 421)
            raise aiosmtplib.SMTPServerDisconnected("connection lost")
        protocol.write(_transparent(data))
        # Until the last byte has left our buffer, the final "." has not: nothing can have
        # been accepted yet, whatever happens.
        self._stage = "DATA content"
        await _sent_out(protocol, self._config.timeout_seconds)
        self._content_sent = True
        self._stage = "DATA"
        reply = await protocol.read_response(timeout=self._config.data_reply_timeout_seconds)
        if reply.code != 250:
            raise aiosmtplib.SMTPDataError(reply.code, reply.message)
        return reply

    async def _connection(self) -> tuple[aiosmtplib.SMTP, bool]:
        """The open connection and whether it was reused, opening one when needed."""
        client, limit = self._client, self._config.max_messages_per_connection
        fresh_enough = limit is None or self._transactions < limit
        if client is not None and client.is_connected and fresh_enough:
            return client, True
        await self._quit()
        self._stage = "connect"
        config = self._config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            username=config.username,
            password=(self._password or "") if config.username is not None else None,
            timeout=config.timeout_seconds,  # per command, and for connect + greeting
            use_tls=config.tls == "implicit",  # RFC 8314 implicit TLS
            # RFC 3207: required when configured (no silent downgrade), never attempted for
            # "none" (aiosmtplib would otherwise upgrade whenever the server offers it).
            start_tls=config.tls == "starttls",
            tls_context=self._tls,
        )
        await client.connect()  # greeting, STARTTLS, AUTH; closes itself on failure
        self._client, self._transactions = client, 0
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()  # the extensions decide SIZE, 8BITMIME and SMTPUTF8 below
        return client, False

    async def _envelope(
        self,
        client: aiosmtplib.SMTP,
        message: EmailMessage | bytes,
        sender: str,
        recipients: Sequence[str],
    ) -> tuple[bytes, dict[str, tuple[int, str]]]:
        """MAIL and one RCPT per recipient; returns the message bytes and who was refused."""
        self._stage = "MAIL FROM"
        utf8 = not (sender + "".join(recipients)).isascii()
        if utf8 and not client.supports_extension("smtputf8"):
            raise aiosmtplib.SMTPNotSupported("a non-ASCII address needs SMTPUTF8 (RFC 6531)")
        eight_bit = client.supports_extension("8bitmime")
        data = _wire_bytes(message, utf8=utf8, eight_bit=eight_bit)
        options = [f"SIZE={len(data)}"] if client.supports_extension("size") else []  # RFC 1870
        options += ["BODY=8BITMIME"] if eight_bit else []  # RFC 6152
        options += ["SMTPUTF8"] if utf8 else []
        encoding = "utf-8" if utf8 else "ascii"
        self._transactions += 1
        await client.mail(sender, options=options, encoding=encoding)
        self._stage = "RCPT TO"
        refused: dict[str, tuple[int, str]] = {}
        for address in recipients:
            try:
                await client.rcpt(address, encoding=encoding)
            except aiosmtplib.SMTPRecipientRefused as error:
                refused[address] = (error.code, one_line(error.message))
        return data, refused

    # -- failures ----------------------------------------------------------------------------

    def _failed(self, error: Exception) -> SendResult:
        """The outcome of an exception raised at `self._stage`."""
        stage, tls = self._stage, find_tls_error(error)
        if tls is not None:
            detail = f"{stage}: {describe_tls_error(tls, section='smtp', where=self._where)}"
            return SendResult(Outcome.REJECTED, None, self._clean(detail), config_error=True)
        if isinstance(error, aiosmtplib.SMTPResponseException):
            outcome, detail = classify(error.code, connection_error=False), error.message
            if isinstance(error, aiosmtplib.SMTPAuthenticationError):
                detail += f" (login as {self._config.username!r}: check smtp.username and password)"
            setup = stage == "connect" or error.code in _SETUP_CODES
            return SendResult(
                outcome,
                error.code,
                self._clean(f"{stage}: {error.code} {detail}"),
                config_error=setup and outcome is Outcome.REJECTED,
            )
        if isinstance(error, TimeoutError):  # aiosmtplib's SMTPTimeoutError is one too
            if stage == "DATA content":
                seconds = self._config.timeout_seconds
                return self._lost(f"the message made no progress to {self._where} in {seconds:g} s")
            seconds = (
                self._config.data_reply_timeout_seconds
                if self._content_sent
                else self._config.timeout_seconds
            )
            return self._lost(f"no reply from {self._where} in {seconds:g} s")
        if isinstance(error, OSError | aiosmtplib.SMTPServerDisconnected):
            return self._lost(f"connection to {self._where} failed or was lost: {error}")
        # STARTTLS or AUTH not offered, SMTPUTF8 missing, an address that cannot be sent.
        detail = self._clean(f"{stage}: {error}")
        return SendResult(Outcome.REJECTED, None, detail, config_error=stage == "connect")

    def _lost(self, what: str) -> SendResult:
        detail, maybe = f"{self._stage}: {what}", self._content_sent
        if maybe:
            detail += "; the server may have accepted the message"
        outcome = classify(None, connection_error=True)
        return SendResult(outcome, None, self._clean(detail), maybe_accepted=maybe)

    async def _after_failure(self, error: Exception) -> None:
        client = self._client
        if client is None:
            return
        # A refusal leaves the session usable; a lost or timed-out one (closed by aiosmtplib) not.
        kept = aiosmtplib.SMTPResponseException | aiosmtplib.SMTPNotSupported | ValueError
        if client.is_connected and isinstance(error, kept):
            await self._reset(client)
        else:
            self._discard()

    async def _reset(self, client: aiosmtplib.SMTP) -> None:
        """RSET (RFC 5321 §4.1.1.5) abandons the transaction and keeps the connection usable."""
        try:
            await client.rset()
        except _FAILURES:
            self._discard()

    def _discard(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def _quit(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if client.is_connected:
                await client.quit()
        except _FAILURES:
            pass  # the server is gone or refused QUIT: either way the connection is over
        finally:
            client.close()

    def _clean(self, text: str) -> str:
        """One line; the password (should a server echo it) replaced."""
        text = one_line(text)
        return text.replace(self._password, "***") if self._password else text


def _wire_bytes(message: EmailMessage | bytes, *, utf8: bool, eight_bit: bool) -> bytes:
    """The message as DATA carries it. Bytes go as given: `daemon.core.message` renders them
    7-bit clean, which every server takes; a message object is rendered for this server."""
    if isinstance(message, bytes):
        if not (message.isascii() or eight_bit):
            raise aiosmtplib.SMTPNotSupported("an 8-bit message needs 8BITMIME (RFC 6152)")
        return message
    policy = email.policy.SMTPUTF8 if utf8 else email.policy.SMTP  # CRLF line ends
    return message.as_bytes(policy=policy if eight_bit else policy.clone(cte_type="7bit"))


async def _sent_out(protocol: SMTPProtocol, timeout: float) -> None:
    """Return once every byte written has left our buffer for the kernel's.

    TimeoutError only after `timeout` seconds in which not one byte left: RFC 5321 §4.5.3.2.5
    times each block sent, not the whole message, so a large attachment over a slow link is
    slow, not dead. A connection lost meanwhile raises SMTPServerDisconnected.
    """
    loop = asyncio.get_running_loop()
    left, since = -1, loop.time()
    while True:
        transport = protocol.transport
        if not isinstance(transport, asyncio.WriteTransport) or transport.is_closing():
            raise aiosmtplib.SMTPServerDisconnected("connection lost while sending the message")
        now = transport.get_write_buffer_size()
        if now == 0:
            return
        if left < 0 or now < left:
            left, since = now, loop.time()
        elif loop.time() - since >= timeout:
            raise TimeoutError(f"no progress in {timeout:g} s")
        await asyncio.sleep(_PROGRESS_SECONDS)


def _transparent(data: bytes) -> bytes:
    """`data` as sent after DATA: CRLF line ends, dots doubled, "." last (RFC 5321 §4.5.2)."""
    crlf = data.count(b"\r\n")
    if crlf != data.count(b"\n") or crlf != data.count(b"\r"):  # not CRLF throughout
        data = _LINE_END.sub(b"\r\n", data)
    data += b"" if data.endswith(b"\r\n") else b"\r\n"
    data = data.replace(b"\n.", b"\n..")  # every line starts after a LF now
    return (b"." if data.startswith(b".") else b"") + data + b".\r\n"
