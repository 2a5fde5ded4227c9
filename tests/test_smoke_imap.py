"""Smoke tests proving the private Dovecot speaks the IMAP the daemon relies on.

They drive imapclient against the server directly (the daemon's IMAP adapter is tested
elsewhere): LOGIN, APPEND, SEARCH, FETCH, keywords, MOVE (RFC 6851), IDLE (RFC 2177), LMTP
delivery, special-use folders (RFC 6154) and TLS.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import imapclient
import pytest
from imapclient.imapclient import ARCHIVE, SENT
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.tls import TlsMode

pytestmark = pytest.mark.imap

DISPUTE = b"$AR-Dispute"


def _message(subject: str, *, body: str = "Please find invoice INV-1042 attached.\n") -> bytes:
    message = EmailMessage()
    message["From"] = "Customer <customer@example.test>"
    message["To"] = "ar@example.test"
    message["Subject"] = subject
    message["Date"] = "Mon, 02 Jun 2025 09:00:00 +0000"
    message["Message-ID"] = f"<{subject.replace(' ', '-').lower()}@example.test>"
    message.set_content(body)
    return message.as_bytes(policy=policy.SMTP)  # CRLF line ends, as IMAP APPEND expects


def _append(client: imapclient.IMAPClient, subject: str, folder: str = "INBOX") -> int:
    client.append(folder, _message(subject))
    client.select_folder(folder)
    uids = client.search(["HEADER", "Subject", subject])
    assert len(uids) == 1
    return int(uids[0])


def test_append_search_and_fetch(imap_account: ImapAccount) -> None:
    client = imap_account.connect()
    raw = _message("Invoice INV-1042")
    client.append("INBOX", raw)
    client.append("INBOX", _message("Unrelated"))
    client.select_folder("INBOX")

    uids = client.search(["SUBJECT", "INV-1042"])
    assert len(uids) == 1
    fields = "BODY.PEEK[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"
    fetched = client.fetch(uids, ["RFC822", fields])[uids[0]]

    assert fetched[b"RFC822"] == raw
    headers = BytesParser(policy=policy.default).parsebytes(
        fetched[b"BODY[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"], headersonly=True
    )
    assert headers["Subject"] == "Invoice INV-1042"
    assert headers["Message-ID"] == "<invoice-inv-1042@example.test>"


def test_custom_keyword_store_and_search(imap_account: ImapAccount) -> None:
    client = imap_account.connect()
    uid = _append(client, "Disputed invoice")
    _append(client, "Paid invoice")
    select = client.select_folder("INBOX")
    assert rb"\*" in select[b"PERMANENTFLAGS"]  # the server accepts new keywords

    client.add_flags([uid], [DISPUTE, imapclient.FLAGGED])

    assert client.search(["KEYWORD", DISPUTE.decode()]) == [uid]
    assert DISPUTE in client.get_flags([uid])[uid]


def test_move_into_created_folder(imap_account: ImapAccount) -> None:
    client = imap_account.connect()
    # Read, not assumed: with maildir's default layout the separator is ".".
    separator = client.namespace().personal[0][1]
    folder = f"AR{separator}Disputes"
    client.create_folder(folder)
    uid = _append(client, "Move me")

    client.move([uid], folder)

    assert client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"] == 1
    assert client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"] == 0


def test_idle_sees_append_from_another_connection(imap_account: ImapAccount) -> None:
    watcher = imap_account.connect()
    writer = imap_account.connect()
    watcher.select_folder("INBOX")
    watcher.idle()
    seen: list[tuple[object, ...]] = []
    try:
        writer.append("INBOX", _message("Reply while idling"))
        # Dovecot reports after ~0.5 s; the bound only stops a hang.
        deadline = time.monotonic() + 10.0
        while (1, b"EXISTS") not in seen and time.monotonic() < deadline:
            seen.extend(watcher.idle_check(timeout=1.0))
    finally:
        watcher.idle_done()
    assert (1, b"EXISTS") in seen


def test_lmtp_delivery_lands_in_inbox(imap_account: ImapAccount) -> None:
    imap_account.deliver(_message("Delivered over LMTP"))

    client = imap_account.connect()
    client.select_folder("INBOX", readonly=True)
    assert len(client.search(["SUBJECT", "Delivered over LMTP"])) == 1


def test_lmtp_refuses_unknown_user(dovecot: PrivateDovecot) -> None:
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        dovecot.deliver("nobody-here", _message("Lost"))
    [(code, _text)] = refused.value.recipients.values()
    assert code == 550


def test_reset_gives_an_empty_mailbox(imap_account: ImapAccount) -> None:
    client = imap_account.connect()
    _append(client, "Left over")
    imap_account.close()

    imap_account.server.reset_mailbox(imap_account.user)

    client = imap_account.connect()
    status = client.select_folder("INBOX")
    assert status[b"EXISTS"] == 0
    assert status[b"UIDNEXT"] == 1


def test_select_reports_uid_state_and_special_use(imap_account: ImapAccount) -> None:
    client = imap_account.connect()
    status = client.select_folder("INBOX")
    assert status[b"UIDVALIDITY"] > 0
    assert status[b"UIDNEXT"] >= 1
    assert client.find_special_folder(SENT) == "Sent"
    assert client.find_special_folder(ARCHIVE) == "Archive"


@pytest.mark.parametrize("mode", [TlsMode.IMPLICIT, TlsMode.STARTTLS])
def test_tls_verified_against_test_ca(imap_account: ImapAccount, mode: TlsMode) -> None:
    client = imap_account.connect(mode=mode)
    assert client.select_folder("INBOX")[b"EXISTS"] == 0


def test_implicit_tls_without_test_ca_fails(dovecot: PrivateDovecot) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        dovecot.client("ar", mode=TlsMode.IMPLICIT, ssl_context=ssl.create_default_context())
