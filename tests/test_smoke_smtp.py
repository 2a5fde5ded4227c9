"""Smoke tests proving the aiosmtpd sink behaves like the servers the daemon will meet.

They drive aiosmtplib (and stdlib smtplib for the threaded sink) directly: delivery with its
envelope, AUTH, STARTTLS and implicit TLS against the test CA, injected 4xx/5xx replies, and relay
into the private Dovecot over LMTP.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

import aiosmtplib
import pytest
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.smtp import Credentials, SmtpSink, ThreadedSmtpSink, scripted
from servers.tls import TlsMaterial, TlsMode

pytestmark = pytest.mark.smtp

SENDER = "ar@dunmail.example"
CUSTOMER = "customer@example.test"
LOGIN = Credentials("dunmail", "s3cret")


def _reminder(
    subject: str = "Reminder: invoice INV-1042 is overdue", to: str = CUSTOMER
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Accounts Receivable <{SENDER}>"
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = "<reminder-1@dunmail.example>"
    message.set_content("Dear customer,\n\ninvoice INV-1042 (1 250,00 €) is 14 days overdue.\n")
    return message


async def test_message_arrives_intact(smtp_sink: SmtpSink) -> None:
    await aiosmtplib.send(
        _reminder(),
        hostname=smtp_sink.host,
        port=smtp_sink.port,
        sender="bounces@dunmail.example",
        recipients=[CUSTOMER, "copy@example.test"],
    )

    [received] = smtp_sink.messages
    assert received.mail_from == "bounces@dunmail.example"
    assert received.rcpt_tos == (CUSTOMER, "copy@example.test")
    assert received.message["Subject"] == "Reminder: invoice INV-1042 is overdue"
    assert received.message["Message-ID"] == "<reminder-1@dunmail.example>"
    body = received.message.get_body(("plain",))
    assert body is not None
    assert "1 250,00 €" in body.get_content()
    assert b"\r\n\r\n" in received.raw
    assert received.auth_user is None


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
async def test_auth_accepts_the_right_password(mechanism: str) -> None:
    async with (
        SmtpSink(auth=LOGIN) as sink,
        aiosmtplib.SMTP(hostname=sink.host, port=sink.port) as client,
    ):
        await client.ehlo()
        login = client.auth_plain if mechanism == "PLAIN" else client.auth_login
        response = await login(LOGIN.user, LOGIN.password)
        assert response.code == 235
        await client.send_message(_reminder())
    assert sink.messages[0].auth_user == LOGIN.user


async def test_auth_rejects_a_wrong_password() -> None:
    async with SmtpSink(auth=LOGIN) as sink:
        with pytest.raises(aiosmtplib.SMTPAuthenticationError) as error:
            await aiosmtplib.send(
                _reminder(),
                hostname=sink.host,
                port=sink.port,
                username=LOGIN.user,
                password="wrong",
            )
    assert error.value.code == 535
    assert sink.messages == []


async def test_starttls_verified_against_test_ca(tls_material: TlsMaterial) -> None:
    async with SmtpSink(mode=TlsMode.STARTTLS, tls=tls_material, auth=LOGIN) as sink:
        await aiosmtplib.send(
            _reminder(),
            hostname=sink.host,
            port=sink.port,
            start_tls=True,
            tls_context=tls_material.client_context(),
            username=LOGIN.user,
            password=LOGIN.password,
        )
    assert len(sink.messages) == 1


async def test_starttls_refuses_self_signed_certificate_without_ca(
    tls_material: TlsMaterial,
) -> None:
    async with SmtpSink(mode=TlsMode.STARTTLS, tls=tls_material) as sink:
        with pytest.raises(ssl.SSLCertVerificationError):
            await aiosmtplib.send(_reminder(), hostname=sink.host, port=sink.port, start_tls=True)
    assert sink.messages == []


async def test_implicit_tls_verified_against_test_ca(tls_material: TlsMaterial) -> None:
    async with SmtpSink(mode=TlsMode.IMPLICIT, tls=tls_material, auth=LOGIN) as sink:
        await aiosmtplib.send(
            _reminder(),
            hostname=sink.host,
            port=sink.port,
            use_tls=True,
            tls_context=tls_material.client_context(),
            username=LOGIN.user,
            password=LOGIN.password,
        )
    assert sink.messages[0].auth_user == LOGIN.user


@pytest.mark.parametrize(
    "status", ["451 4.3.0 try later", "550 5.1.1 no such user"], ids=["451", "550"]
)
async def test_injected_rcpt_status_surfaces_with_its_code(
    smtp_sink: SmtpSink, status: str
) -> None:
    smtp_sink.on_rcpt = lambda address: status if address == CUSTOMER else None

    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        await aiosmtplib.send(_reminder(), hostname=smtp_sink.host, port=smtp_sink.port)

    [recipient] = refused.value.recipients
    assert recipient.code == int(status[:3])
    assert recipient.recipient == CUSTOMER
    assert smtp_sink.messages == []


async def test_injected_data_status_then_success(smtp_sink: SmtpSink) -> None:
    smtp_sink.on_data = scripted("451 4.3.0 try later")

    with pytest.raises(aiosmtplib.SMTPDataError) as error:
        await aiosmtplib.send(_reminder(), hostname=smtp_sink.host, port=smtp_sink.port)
    assert error.value.code == 451
    await aiosmtplib.send(_reminder(), hostname=smtp_sink.host, port=smtp_sink.port)

    assert len(smtp_sink.messages) == 1


async def test_relay_lands_in_dovecot_mailbox(imap_account: ImapAccount) -> None:
    async with SmtpSink(relay_lmtp=imap_account.server.lmtp_address) as sink:
        await aiosmtplib.send(
            _reminder(to=imap_account.address), hostname=sink.host, port=sink.port
        )

    client = imap_account.connect()
    client.select_folder("INBOX", readonly=True)
    [uid] = client.search(["HEADER", "Message-ID", "<reminder-1@dunmail.example>"])
    raw = client.fetch([uid], ["RFC822"])[uid][b"RFC822"]
    assert b"invoice INV-1042 is overdue" in raw
    assert sink.messages[0].rcpt_tos == (imap_account.address,)


async def test_relay_passes_on_lmtp_refusal(dovecot: PrivateDovecot) -> None:
    async with SmtpSink(relay_lmtp=dovecot.lmtp_address) as sink:
        with pytest.raises(aiosmtplib.SMTPDataError) as error:
            await aiosmtplib.send(
                _reminder(to="ghost@example.test"), hostname=sink.host, port=sink.port
            )
    assert error.value.code == 550
    assert sink.messages == []


def test_threaded_sink_serves_synchronous_clients(smtp_sink_thread: ThreadedSmtpSink) -> None:
    with smtplib.SMTP(smtp_sink_thread.host, smtp_sink_thread.port, timeout=10) as client:
        client.send_message(_reminder())

    [received] = smtp_sink_thread.messages
    assert received.rcpt_tos == (CUSTOMER,)
    assert received.message["Subject"] == "Reminder: invoice INV-1042 is overdue"


def test_threaded_sink_with_implicit_tls_and_auth(tls_material: TlsMaterial) -> None:
    with (
        ThreadedSmtpSink(mode=TlsMode.IMPLICIT, tls=tls_material, auth=LOGIN) as sink,
        smtplib.SMTP_SSL(
            sink.host, sink.port, context=tls_material.client_context(), timeout=10
        ) as client,
    ):
        client.login(LOGIN.user, LOGIN.password)
        client.send_message(_reminder())
    assert sink.messages[0].auth_user == LOGIN.user
