"""The SMTP adapter against a real aiosmtpd sink in the test's event loop: no mocks.

Each test checks one behaviour: TLS modes verified against the test CA, AUTH, connection reuse and
reconnection (counted at the sink), several connections used side by side, how each injected
server reply maps to SENT / RETRY / REJECTED, the partial acceptance of a reminder and its
acceptance copy, timeouts, connections lost before and after the content (only the latter
`maybe_accepted`), dot transparency, and pacing on an injected clock (no timing assertions).
"""

from __future__ import annotations

import asyncio
import email.policy
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session
from servers import free_ports
from servers.relay import CuttableRelay
from servers.smtp import Credentials, SmtpSink, scripted
from servers.tls import TlsMaterial, TlsMode, create_tls_material

from daemon.config.servers import SmtpConfig
from daemon.core.retry import Outcome
from daemon.shell.clock import SystemClock
from daemon.shell.smtp import RateLimit, SendResult, SmtpSender
from daemon.shell.tls import TlsSetupError

pytestmark = pytest.mark.smtp

SENDER = "bounces@dunmail.example"
CUSTOMER = "customer@example.test"
AR_COPY = "ar@dunmail.example"  # the envelope-only acceptance copy
LOGIN = Credentials("dunmail", "s3cret-Pa55")


class Sink(SmtpSink):
    """The fixture sink, also counting connections, able to leave DATA unanswered, and to drop
    the connection at RCPT, at DATA (instead of its 354) or once the content has arrived."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.connections: list[SMTP] = []
        self.stall_data = False
        self.stalled = asyncio.Event()  # set once a DATA is left unanswered
        self.drop_at: str | None = None  # "RCPT", "DATA" or "content"

    async def handle_MAIL(
        self, server: SMTP, _session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if server not in self.connections:
            self.connections.append(server)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.drop_at == "RCPT":
            await _drop(server)
        if self.drop_at == "DATA":
            answer = server.push

            async def drop_instead_of_354(status: Any) -> None:  # str or bytes
                await (_drop(server) if status[:3] in ("354", b"354") else answer(status))

            # aiosmtpd has no hook between DATA and its 354; this session's push is the seam.
            server.push = drop_instead_of_354  # type: ignore[method-assign]
        return await super().handle_RCPT(server, session, envelope, address, options)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.stall_data:
            self.stalled.set()
            await asyncio.Event().wait()  # never answers; stop() cancels this
        if self.drop_at == "content":
            await _drop(server)
        return await super().handle_DATA(server, session, envelope)

    def drop_connections(self) -> None:
        for connection in self.connections:
            if connection.transport is not None:
                connection.transport.close()


async def _drop(server: SMTP) -> None:
    """Close the session's connection without a reply; aiosmtpd then cancels its handler."""
    assert server.transport is not None
    server.transport.close()
    await asyncio.Event().wait()


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 1000.0

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.seconds, UTC)

    def monotonic(self) -> float:
        return self.seconds


@pytest.fixture
async def sink() -> AsyncIterator[Sink]:
    server = Sink()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def reminder(number: int = 1) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Accounts Receivable <ar@dunmail.example>"
    message["To"] = CUSTOMER
    message["Subject"] = f"Reminder {number}: invoice INV-1042 is overdue"
    message["Message-ID"] = f"<reminder-{number}@dunmail.example>"
    message.set_content("Dear customer,\n\ninvoice INV-1042 (1 250,00 €) is 14 days overdue.\n")
    return message


def config(server: SmtpSink, **settings: Any) -> SmtpConfig:
    settings.setdefault("tls", "none")
    settings.setdefault("timeout_seconds", 5.0)
    settings.setdefault("port", server.port)  # or a relay's, in front of it
    return SmtpConfig(host=server.host, **settings)


def sender_for(
    server: SmtpSink,
    password: str | None = None,
    *,
    per_minute: int = 1000,
    connections: int = 1,
    **settings: Any,
) -> SmtpSender:
    return SmtpSender(
        config(server, **settings),
        password,
        max_per_minute=per_minute,
        clock=SystemClock(),
        connections=connections,
    )


async def send(
    sender: SmtpSender, number: int = 1, to: tuple[str, ...] = (CUSTOMER,)
) -> SendResult:
    return await sender.send(reminder(number), sender=SENDER, recipients=to)


# -- transport security and login ------------------------------------------------------------


async def test_plain_to_loopback_sends_the_message_as_given(sink: Sink) -> None:
    smtp = sender_for(sink)
    message = reminder()
    result = await smtp.send(message, sender=SENDER, recipients=[CUSTOMER, AR_COPY])
    await smtp.close()

    assert (result.outcome, result.code) == (Outcome.SENT, 250)
    assert result.accepted == (CUSTOMER, AR_COPY)
    [received] = sink.messages
    assert (received.mail_from, received.rcpt_tos) == (SENDER, (CUSTOMER, AR_COPY))
    assert received.raw == message.as_bytes(policy=email.policy.SMTP)
    assert "Bcc" not in received.message


@pytest.mark.parametrize("mode", [TlsMode.STARTTLS, TlsMode.IMPLICIT])
async def test_tls_verified_against_the_test_ca_with_auth(
    tls_material: TlsMaterial, mode: TlsMode
) -> None:
    async with Sink(mode=mode, tls=tls_material, auth=LOGIN) as server:
        smtp = sender_for(
            server, LOGIN.password, tls=str(mode), username=LOGIN.user, ca_file=tls_material.ca_cert
        )
        result = await send(smtp)
        await smtp.close()
    assert result.outcome is Outcome.SENT
    assert server.messages[0].auth_user == LOGIN.user


@pytest.mark.parametrize("mode", [TlsMode.STARTTLS, TlsMode.IMPLICIT])
async def test_unverifiable_certificate_is_a_configuration_rejection(
    tls_material: TlsMaterial, mode: TlsMode
) -> None:
    async with Sink(mode=mode, tls=tls_material) as server:
        smtp = sender_for(server, tls=str(mode))  # no ca_file: the test CA is not trusted
        result = await send(smtp)
        await smtp.close()
    assert (result.outcome, result.code, result.config_error) == (Outcome.REJECTED, None, True)
    assert result.detail.startswith("connect: certificate of 127.0.0.1:")
    assert "smtp.ca_file" in result.detail
    assert server.messages == []


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("starttls", "STARTTLS"), ("implicit", "smtp.tls and smtp.port")],
    ids=["starttls-not-offered", "implicit-on-plain-port"],
)
async def test_tls_mode_the_server_does_not_speak_is_a_configuration_rejection(
    sink: Sink, tls_material: TlsMaterial, mode: str, expected: str
) -> None:
    smtp = sender_for(sink, tls=mode, ca_file=tls_material.ca_cert)
    result = await send(smtp)
    await smtp.close()
    assert (result.outcome, result.config_error) == (Outcome.REJECTED, True)
    assert result.detail.startswith("connect: ")
    assert expected in result.detail
    assert sink.messages == []


async def test_a_certificate_that_changes_between_connections_stops_sending_until_trusted(
    tls_material: TlsMaterial, tmp_path: Path
) -> None:
    """Mid-run the server presents a certificate from another CA (a misconfigured renewal, or
    someone in the middle): refused as a configuration problem, nothing sent in clear text or
    to that server, and sending resumes once the trusted certificate is back."""
    stranger = create_tls_material(tmp_path / "other-ca")
    async with (
        Sink(mode=TlsMode.STARTTLS, tls=tls_material) as trusted,
        Sink(mode=TlsMode.STARTTLS, tls=stranger) as impostor,
    ):
        relay = CuttableRelay(trusted.port)
        smtp = sender_for(
            trusted,
            port=relay.port,
            tls="starttls",
            ca_file=tls_material.ca_cert,
            max_messages_per_connection=1,  # a new connection, and handshake, per message
        )
        try:
            first = await send(smtp, 1)
            relay.target = (impostor.host, impostor.port)
            refused = await send(smtp, 2)
            relay.target = (trusted.host, trusted.port)
            again = await send(smtp, 2)
        finally:
            await smtp.close()
            relay.close()
    assert (first.outcome, again.outcome) == (Outcome.SENT, Outcome.SENT)
    assert (refused.outcome, refused.config_error, refused.maybe_accepted) == (
        Outcome.REJECTED,
        True,
        False,
    )
    assert refused.detail.startswith("connect: certificate of 127.0.0.1:")
    assert impostor.messages == []
    assert b"MAIL FROM" not in bytes(relay.commands)  # never in clear text, to either server
    assert [str(m.message["Message-ID"]) for m in trusted.messages] == [
        "<reminder-1@dunmail.example>",
        "<reminder-2@dunmail.example>",
    ]


@pytest.mark.parametrize(("stage", "maybe"), [("RCPT", False), ("content", True)])
async def test_a_tls_session_lost_mid_transaction_is_retried(
    tls_material: TlsMaterial, stage: str, maybe: bool
) -> None:
    """The TLS connection dies: before the content, a plain retry; after it, perhaps accepted
    (the caller looks for the acceptance copy before sending again)."""
    server = Sink(mode=TlsMode.STARTTLS, tls=tls_material)
    async with server:
        smtp = sender_for(server, tls="starttls", ca_file=tls_material.ca_cert)
        server.drop_at = stage
        lost = await send(smtp, 1)
        server.drop_at = None
        after = await send(smtp, 2)
        await smtp.close()
    assert (lost.outcome, lost.code, lost.maybe_accepted) == (Outcome.RETRY, None, maybe)
    assert (after.outcome, after.maybe_accepted) == (Outcome.SENT, False)
    assert len(server.connections) == 2


def test_unreadable_ca_file_fails_at_start_up(tmp_path: Path) -> None:
    settings = {"host": "mail.example.com", "ca_file": tmp_path / "missing.pem"}
    with pytest.raises(TlsSetupError, match="cannot load CA file"):
        SmtpSender(SmtpConfig(**settings), None, max_per_minute=60, clock=SystemClock())


async def test_wrong_password_is_rejected_with_535_and_not_shown() -> None:
    wrong = "hunter2-wrong"
    async with Sink(auth=LOGIN) as server:
        smtp = sender_for(server, wrong, username=LOGIN.user)
        result = await send(smtp)
        await smtp.close()
    assert (result.outcome, result.code, result.config_error) == (Outcome.REJECTED, 535, True)
    assert wrong not in result.detail
    assert "\n" not in result.detail
    assert server.messages == []


async def test_refused_port_is_retried() -> None:
    [port] = free_ports(1)
    smtp = SmtpSender(
        SmtpConfig(host="127.0.0.1", port=port, tls="none", timeout_seconds=5.0),
        None,
        max_per_minute=60,
        clock=SystemClock(),
    )
    result = await smtp.send(reminder(), sender=SENDER, recipients=[CUSTOMER])
    assert (result.outcome, result.code, result.maybe_accepted) == (Outcome.RETRY, None, False)
    assert result.detail.startswith("connect:")


# -- one connection, reused and renewed ------------------------------------------------------


async def test_many_messages_share_one_connection(sink: Sink) -> None:
    smtp = sender_for(sink, max_messages_per_connection=None)
    results = [await send(smtp, number) for number in range(20)]
    await smtp.close()
    assert {result.outcome for result in results} == {Outcome.SENT}
    assert len(sink.messages) == 20
    assert len(sink.connections) == 1


async def test_max_messages_per_connection_opens_a_new_one(sink: Sink) -> None:
    smtp = sender_for(sink, max_messages_per_connection=3)
    for number in range(7):
        assert (await send(smtp, number)).outcome is Outcome.SENT
    await smtp.close()
    assert len(sink.connections) == 3  # 3 + 3 + 1


async def test_reconnects_after_the_server_dropped_the_connection(sink: Sink) -> None:
    smtp = sender_for(sink)
    assert (await send(smtp, 1)).outcome is Outcome.SENT

    sink.drop_connections()  # the client has not noticed yet when it sends again

    assert (await send(smtp, 2)).outcome is Outcome.SENT
    await smtp.close()
    assert len(sink.connections) == 2
    assert [m.message["Message-ID"] for m in sink.messages] == [
        "<reminder-1@dunmail.example>",
        "<reminder-2@dunmail.example>",
    ]


async def test_rendered_bytes_go_out_exactly_as_given(sink: Sink) -> None:
    smtp = sender_for(sink)
    data = reminder().as_bytes(policy=email.policy.SMTP)
    result = await smtp.send(data, sender=SENDER, recipients=[CUSTOMER, AR_COPY])
    await smtp.close()
    assert result.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.raw == data


async def test_several_connections_carry_transactions_side_by_side(sink: Sink) -> None:
    smtp = sender_for(sink, connections=3, max_messages_per_connection=None)
    results = await asyncio.gather(*(send(smtp, number) for number in range(10)))
    await smtp.close()
    assert {result.outcome for result in results} == {Outcome.SENT}
    assert len(sink.messages) == 10
    assert len(sink.connections) == 3  # no more than asked for, each reused


async def test_one_connection_takes_concurrent_sends_in_turn(sink: Sink) -> None:
    smtp = sender_for(sink, max_messages_per_connection=None)
    results = await asyncio.gather(*(send(smtp, number) for number in range(5)))
    await smtp.close()
    assert {result.outcome for result in results} == {Outcome.SENT}
    assert len(sink.connections) == 1
    expected = [f"<reminder-{number}@dunmail.example>" for number in range(5)]
    assert [m.message["Message-ID"] for m in sink.messages] == expected


async def test_a_send_cancelled_mid_transaction_leaves_no_half_used_connection(
    sink: Sink,
) -> None:
    smtp = sender_for(sink)
    sink.stall_data = True  # the content went out; the reply never comes
    stalled = asyncio.ensure_future(send(smtp, 1))
    await sink.stalled.wait()
    stalled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stalled
    sink.stall_data = False
    # Straight to a fresh connection: the interrupted one is not tried (and timed out) first.
    after = await asyncio.wait_for(send(smtp, 2), timeout=2.5)  # the reply timeout is 5 s
    await smtp.close()
    assert after.outcome is Outcome.SENT
    assert len(sink.connections) == 2


def test_connections_must_be_at_least_one() -> None:
    settings = SmtpConfig(host="127.0.0.1", port=2525, tls="none")
    with pytest.raises(ValueError, match="at least 1"):
        SmtpSender(settings, None, max_per_minute=60, clock=SystemClock(), connections=0)


# -- what the server's replies mean ----------------------------------------------------------


async def test_451_on_rcpt_is_retried_and_the_connection_stays_usable(sink: Sink) -> None:
    smtp = sender_for(sink)
    sink.on_rcpt = scripted("451 4.3.0 try later")

    first = await send(smtp, 1)
    second = await send(smtp, 2)
    await smtp.close()

    assert (first.outcome, first.code) == (Outcome.RETRY, 451)
    assert first.refused == {CUSTOMER: (451, "4.3.0 try later")}
    assert first.accepted == ()
    assert second.outcome is Outcome.SENT
    assert len(sink.connections) == 1


@pytest.mark.parametrize("status", ["452 4.2.2 mailbox full, try later", "452 4.5.3 too many"])
async def test_452_at_rcpt_is_retried_and_the_connection_stays_usable(
    sink: Sink, status: str
) -> None:
    """RFC 5321 §4.2.5: 4yz is transient; nothing of the message went out, not even our copy."""
    smtp = sender_for(sink)
    sink.on_rcpt = scripted(status)

    first = await send(smtp, 1, to=(CUSTOMER, AR_COPY))
    second = await send(smtp, 2, to=(CUSTOMER, AR_COPY))
    await smtp.close()

    assert (first.outcome, first.code, first.maybe_accepted) == (Outcome.RETRY, 452, False)
    assert first.accepted == () and status[4:] in first.detail
    assert second.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.message["Message-ID"] == reminder(2)["Message-ID"]
    assert len(sink.connections) == 1


async def test_421_at_rcpt_is_retried_on_a_new_connection(sink: Sink) -> None:
    """421 closes the session (RFC 5321 §3.8): the message is retried, the next goes out on a
    new connection."""
    smtp = sender_for(sink)
    sink.on_rcpt = scripted("421 4.3.2 closing")

    first = await send(smtp, 1, to=(CUSTOMER, AR_COPY))
    second = await send(smtp, 2, to=(CUSTOMER, AR_COPY))
    await smtp.close()

    assert (first.outcome, first.maybe_accepted) == (Outcome.RETRY, False)
    assert first.accepted == ()
    assert second.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.message["Message-ID"] == reminder(2)["Message-ID"]
    assert len(sink.connections) == 2


async def test_421_after_the_content_is_retried_never_taken_for_accepted(sink: Sink) -> None:
    """421 in reply to the end of DATA: the server did not take the message (RFC 5321 §3.8)."""
    smtp = sender_for(sink)
    sink.on_data = scripted("421 4.3.2 shutting down")

    first = await send(smtp, 1, to=(CUSTOMER, AR_COPY))
    second = await send(smtp, 2, to=(CUSTOMER, AR_COPY))
    await smtp.close()

    assert (first.outcome, first.code, first.maybe_accepted) == (Outcome.RETRY, 421, False)
    assert first.accepted == ()
    assert second.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.message["Message-ID"] == reminder(2)["Message-ID"]


async def test_a_refused_addressee_sends_nothing_not_even_the_copy(sink: Sink) -> None:
    """The acceptance copy proves acceptance *for the addressee*: alone, it must not go out."""
    smtp = sender_for(sink)
    sink.on_rcpt = lambda address: "550 5.1.1 no such user" if address == CUSTOMER else None

    result = await send(smtp, to=(CUSTOMER, AR_COPY))
    assert (result.outcome, result.code) == (Outcome.REJECTED, 550)
    assert result.refused == {CUSTOMER: (550, "5.1.1 no such user")}
    assert result.accepted == ()
    assert result.outcome_for(CUSTOMER) is Outcome.REJECTED
    assert CUSTOMER in result.detail
    assert sink.messages == []

    sink.on_rcpt = None  # the session was reset (RSET), not left mid-transaction
    again = await send(smtp, to=(CUSTOMER, AR_COPY))
    await smtp.close()
    assert again.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.rcpt_tos == (CUSTOMER, AR_COPY)


async def test_a_temporarily_refused_addressee_is_retried_without_a_copy(sink: Sink) -> None:
    smtp = sender_for(sink)
    sink.on_rcpt = lambda address: "451 4.3.0 try later" if address == CUSTOMER else None
    result = await send(smtp, to=(CUSTOMER, AR_COPY))
    await smtp.close()
    assert (result.outcome, result.code) == (Outcome.RETRY, 451)
    assert sink.messages == []


async def test_554_on_data_is_rejected(sink: Sink) -> None:
    smtp = sender_for(sink)
    sink.on_data = scripted("554 5.7.1 message refused as spam")
    result = await send(smtp, to=(CUSTOMER, AR_COPY))
    await smtp.close()
    assert (result.outcome, result.code, result.maybe_accepted) == (Outcome.REJECTED, 554, False)
    assert result.accepted == ()
    assert result.detail == "DATA: 554 5.7.1 message refused as spam"
    assert sink.messages == []


async def test_stalled_data_reply_times_out_as_retry_then_reconnects(sink: Sink) -> None:
    smtp = sender_for(sink, timeout_seconds=5, data_reply_timeout_seconds=0.3)
    sink.stall_data = True

    stalled = await send(smtp, 1)
    sink.stall_data = False
    after = await send(smtp, 2)
    await smtp.close()

    assert (stalled.outcome, stalled.code, stalled.maybe_accepted) == (Outcome.RETRY, None, True)
    assert stalled.detail.startswith("DATA: no reply from 127.0.0.1:")
    assert " in 0.3 s;" in stalled.detail
    assert "may have accepted" in stalled.detail
    assert (after.outcome, after.maybe_accepted) == (Outcome.SENT, False)
    assert len(sink.connections) == 2  # a timed-out connection is not reused


def big_reminder(megabytes: int) -> EmailMessage:
    """A reminder with a large statement attached (base64: a third more on the wire, under the
    sink's 32 MB limit), far more than the kernel's socket buffers hold."""
    message = reminder()
    message.add_attachment(
        bytes(range(256)) * (megabytes * 4096),
        maintype="application",
        subtype="pdf",
        filename="statement.pdf",
    )
    return message


async def test_a_slow_link_longer_than_the_timeout_still_delivers_the_whole_message(
    sink: Sink,
) -> None:
    """RFC 5321 §4.5.3.2.5: a timeout per block sent, not for the whole message. At 4 MB/s,
    16 MB take four seconds against a one-second timeout, and never stop making progress."""
    relay = CuttableRelay(sink.port)
    relay.client_bytes_per_second = 4_000_000
    smtp = sender_for(sink, port=relay.port, timeout_seconds=1)
    message = big_reminder(12)
    try:
        result = await smtp.send(message, sender=SENDER, recipients=[CUSTOMER])
    finally:
        await smtp.close()
        relay.close()
    assert (result.outcome, result.maybe_accepted) == (Outcome.SENT, False), result.detail
    [received] = sink.messages
    [attached] = received.message.iter_attachments()
    assert attached.get_content() == next(message.iter_attachments()).get_content()


async def test_a_link_that_hangs_mid_message_is_retried_never_taken_for_accepted(
    sink: Sink,
) -> None:
    relay = CuttableRelay(sink.port)
    smtp = sender_for(sink, port=relay.port, timeout_seconds=0.5, data_reply_timeout_seconds=5)
    relay.hang_after = b"DATA\r\n"  # the 354 comes back; then not one byte more gets through
    try:
        hung = await smtp.send(big_reminder(16), sender=SENDER, recipients=[CUSTOMER])
        relay.client_bytes_per_second = None
        after = await send(smtp, 2)
    finally:
        await smtp.close()
        relay.close()
    assert (hung.outcome, hung.maybe_accepted) == (Outcome.RETRY, False)
    assert hung.detail.startswith("DATA content: the message made no progress to 127.0.0.1:")
    assert hung.detail.endswith(" in 0.5 s")
    assert (after.outcome, after.maybe_accepted) == (Outcome.SENT, False)
    assert [str(m.message["Message-ID"]) for m in sink.messages] == ["<reminder-2@dunmail.example>"]


async def test_connection_lost_after_the_content_may_have_been_accepted(sink: Sink) -> None:
    smtp = sender_for(sink)
    sink.drop_at = "content"  # the sink has the whole message, the client never hears back

    lost = await send(smtp, 1)
    sink.drop_at = None
    after = await send(smtp, 2)
    await smtp.close()

    assert (lost.outcome, lost.code, lost.maybe_accepted) == (Outcome.RETRY, None, True)
    assert lost.detail.startswith("DATA: connection to 127.0.0.1:")
    assert lost.detail.endswith("; the server may have accepted the message")
    assert lost.accepted == ()
    assert (after.outcome, after.maybe_accepted) == (Outcome.SENT, False)
    assert len(sink.connections) == 2


@pytest.mark.parametrize("stage", ["RCPT", "DATA"])
async def test_connection_lost_before_the_content_cannot_have_been_accepted(
    sink: Sink, stage: str
) -> None:
    smtp = sender_for(sink)
    sink.drop_at = stage  # at RCPT, or at DATA instead of the 354 that invites the content

    lost = await send(smtp)
    await smtp.close()

    assert (lost.outcome, lost.code, lost.maybe_accepted) == (Outcome.RETRY, None, False)
    assert lost.detail.startswith(f"{stage} TO:" if stage == "RCPT" else "DATA:")
    assert "may have accepted" not in lost.detail
    assert sink.messages == []


async def test_lines_starting_with_a_dot_arrive_intact(sink: Sink) -> None:
    smtp = sender_for(sink)
    message = reminder()
    # A lone "." would end the data early unless doubled on the wire (RFC 5321 §4.5.2).
    message.set_content("Amounts due:\n.\n..50 EUR\n.signature\n")

    result = await smtp.send(message, sender=SENDER, recipients=[CUSTOMER])
    await smtp.close()

    assert result.outcome is Outcome.SENT
    [received] = sink.messages
    assert received.raw == message.as_bytes(policy=email.policy.SMTP)


# -- pacing ----------------------------------------------------------------------------------


def test_rate_limit_allows_at_most_the_limit_in_any_minute() -> None:
    clock = FakeClock()
    start = clock.seconds
    limit = RateLimit(5, clock)
    sent: list[float] = []  # a greedy sender for ten minutes, waiting only as told
    while clock.seconds + (wait := limit.wait_seconds()) < start + 600:
        clock.seconds += wait
        limit.take()
        sent.append(clock.seconds - start)

    assert sent[:6] == [0, 0, 0, 0, 0, 60]  # a burst up to the limit, then a wait
    assert len(sent) == 50
    busiest = max(sum(1 for other in sent if at <= other < at + 60) for at in sent)
    assert busiest == 5  # never more in any 60 s window, also right after a burst


async def test_sender_waits_for_the_rate_limit_on_the_injected_clock(sink: Sink) -> None:
    clock = FakeClock()
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.seconds += seconds

    arrivals: list[float] = []

    def arrived(_message: object) -> None:
        arrivals.append(clock.seconds)

    sink.on_data = arrived
    smtp = SmtpSender(config(sink), None, max_per_minute=3, clock=clock, sleep=fake_sleep)
    for number in range(7):
        assert (await send(smtp, number)).outcome is Outcome.SENT
    await smtp.close()

    start = 1000.0
    assert [at - start for at in arrivals] == [0, 0, 0, 60, 60, 60, 120]
    assert slept == [60.0, 60.0]


async def test_the_rate_limit_counts_every_connection_together(sink: Sink) -> None:
    clock = FakeClock()

    async def fake_sleep(seconds: float) -> None:
        clock.seconds += seconds

    arrivals: list[float] = []

    def arrived(_message: object) -> None:
        arrivals.append(clock.seconds)

    sink.on_data = arrived
    smtp = SmtpSender(
        config(sink), None, max_per_minute=3, clock=clock, sleep=fake_sleep, connections=3
    )
    results = await asyncio.gather(*(send(smtp, number) for number in range(7)))
    await smtp.close()

    assert {result.outcome for result in results} == {Outcome.SENT}
    # Never more than 3 in any minute across the three connections (a per-connection limit
    # would let all 7 through at once). Arrival is stamped when the sink reads DATA, which on a
    # loaded machine may come after another lane already slept: compare windows, not instants.
    times = sorted(at - 1000.0 for at in arrivals)
    assert len(times) == 7
    assert all(later - earlier >= 60 for earlier, later in zip(times, times[3:], strict=False))
    assert times[0] == 0 and times[-1] >= 120
