"""The IMAP adapter against the private Dovecot: no mocks.

Each test checks one behaviour: the Sent folder found by SPECIAL-USE (RFC 6154), APPEND with the
UID from UIDPLUS (RFC 4315), exact Message-ID lookups despite SEARCH's substring match, MOVE by
Message-ID (RFC 6851, and COPY + UID EXPUNGE where a server lacks it), folders created with the
server's separator, TLS verified against the test CA, reconnecting after a cut connection (through
a relay the test can cut) without storing or moving anything twice, and login errors without the
password.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.relay import CuttableRelay
from servers.tls import TlsMaterial, TlsMode

from daemon.config.servers import ImapConfig
from daemon.shell.imap import AsyncMailbox, ImapConnection, ImapMailbox, MailboxError

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def raw_message(message_id: str, subject: str = "Reminder: INV-1042") -> bytes:
    message = EmailMessage()
    message["From"] = "ar@dunmail.example"
    message["To"] = "customer@example.test"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content("invoice INV-1042 is overdue\n")
    return message.as_bytes(policy=policy.SMTP)


def connection(
    server: PrivateDovecot,
    password: str | None = None,
    *,
    kind: type[ImapConnection] = ImapConnection,
    **settings: Any,
) -> ImapConnection:
    settings.setdefault("host", server.host)
    settings.setdefault("tls", "none")
    settings.setdefault("port", server.imap_port)
    config = ImapConfig(username="ar", timeout_seconds=5.0, **settings)
    return kind.from_config(config, server.users["ar"] if password is None else password)


class WithoutMove(ImapConnection):
    """The same Dovecot as a client sees a server without MOVE (RFC 6851), as many still are."""

    def open(self) -> Any:
        client = super().open()
        offers = client.has_capability
        client.has_capability = lambda name: name.upper() != "MOVE" and offers(name)
        return client


def messages_in(account: ImapAccount, folder: str) -> list[tuple[str, frozenset[bytes]]]:
    """Every message in `folder` as (Message-ID, flags), duplicates included, by UID."""
    client = account.connect()
    client.select_folder(folder, readonly=True)
    uids = client.search()
    fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]", "FLAGS"]) if uids else {}
    return [
        (
            fetched[uid][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip(),
            frozenset(fetched[uid][b"FLAGS"]) - {b"\\Recent"},  # a session flag (RFC 3501)
        )
        for uid in sorted(fetched)
    ]


@pytest.fixture
def mailbox(imap_account: ImapAccount) -> Iterator[ImapMailbox]:
    box = ImapMailbox(connection(imap_account.server))
    yield box
    box.close()


@pytest.fixture
def relay(dovecot: PrivateDovecot) -> Iterator[CuttableRelay]:
    proxy = CuttableRelay(dovecot.imap_port)
    yield proxy
    proxy.close()


# -- folders ---------------------------------------------------------------------------------


def test_sent_folder_found_by_special_use(mailbox: ImapMailbox) -> None:
    assert mailbox.sent_folder() == "Sent"


def test_configured_sent_folder_wins(imap_account: ImapAccount) -> None:
    box = ImapMailbox(connection(imap_account.server, folders={"sent": "Archive"}))
    assert box.sent_folder() == "Archive"
    box.close()


def test_ensure_folder_creates_with_the_servers_separator(
    mailbox: ImapMailbox, imap_account: ImapAccount
) -> None:
    created = mailbox.ensure_folder("AR/Quarantine")
    again = mailbox.ensure_folder("AR/Quarantine")

    client = imap_account.connect()
    separator = client.namespace().personal[0][1]
    assert created == again == f"AR{separator}Quarantine"
    assert client.folder_exists(created)
    assert any(name == created for _flags, _sep, name in client.list_sub_folders())


# -- append and lookups ----------------------------------------------------------------------


def test_append_returns_the_uid_and_keeps_flags_and_date(
    mailbox: ImapMailbox, imap_account: ImapAccount
) -> None:
    raw = raw_message("<reminder-1@dunmail.example>")
    uid = mailbox.append("Sent", raw, [b"\\Seen"], when=WHEN)

    client = imap_account.connect()
    client.select_folder("Sent", readonly=True)
    assert client.search() == [uid]
    fetched = client.fetch([uid], ["RFC822", "FLAGS", "INTERNALDATE"])[uid]
    assert fetched[b"RFC822"] == raw
    assert b"\\Seen" in fetched[b"FLAGS"]
    assert fetched[b"INTERNALDATE"].astimezone(UTC) == WHEN


def test_find_message_ids_matches_exactly(mailbox: ImapMailbox, imap_account: ImapAccount) -> None:
    mailbox.append("Sent", raw_message("<reminder-1@dunmail.example>"), when=WHEN)
    mailbox.append("INBOX", raw_message("<reminder-2@dunmail.example>"), when=WHEN)
    # A near miss: SEARCH HEADER is a substring match, so the server reports this one too.
    mailbox.append("Sent", raw_message("<old-reminder-3@dunmail.example.org>"), when=WHEN)
    client = imap_account.connect()
    client.select_folder("Sent", readonly=True)
    assert len(client.search(["HEADER", "Message-ID", "reminder-3@dunmail.example"])) == 1

    found = mailbox.find_message_ids(
        ["Sent", "INBOX"],
        [
            "<reminder-1@dunmail.example>",
            "reminder-2@dunmail.example",  # brackets are optional
            "<reminder-3@dunmail.example>",
            "<never-sent@dunmail.example>",
        ],
    )
    assert found == {"<reminder-1@dunmail.example>", "reminder-2@dunmail.example"}


def test_find_message_ids_in_batches(mailbox: ImapMailbox) -> None:
    for number in range(0, 120, 12):
        mailbox.append("Sent", raw_message(f"<r-{number}@dunmail.example>"), when=WHEN)
    wanted = [f"<r-{number}@dunmail.example>" for number in range(120)]  # three SEARCHes

    found = mailbox.find_message_ids(["Sent"], wanted)

    assert found == set(wanted[::12])


# -- moving by Message-ID -------------------------------------------------------------------

SEEN = b"\\Seen"
FLAGGED = b"\\Flagged"


def test_move_message_ids_moves_to_sent_with_seen_set(
    mailbox: ImapMailbox, imap_account: ImapAccount
) -> None:
    mailbox.append("INBOX", raw_message("<copy-1@dunmail.example>"), [FLAGGED], when=WHEN)
    mailbox.append("INBOX", raw_message("<copy-2@dunmail.example>"), when=WHEN)
    mailbox.append("INBOX", raw_message("<customer-reply@example.test>"), when=WHEN)

    moved = mailbox.move_message_ids(
        "INBOX", "Sent", ["<copy-1@dunmail.example>", "copy-2@dunmail.example"]
    )

    assert moved == {"<copy-1@dunmail.example>", "copy-2@dunmail.example"}
    assert messages_in(imap_account, "Sent") == [
        ("<copy-1@dunmail.example>", frozenset({FLAGGED, SEEN})),  # added, not replaced
        ("<copy-2@dunmail.example>", frozenset({SEEN})),
    ]
    assert messages_in(imap_account, "INBOX") == [("<customer-reply@example.test>", frozenset())]


def test_move_message_ids_leaves_absent_ids_and_near_misses_alone(
    mailbox: ImapMailbox, imap_account: ImapAccount
) -> None:
    # A near miss: SEARCH HEADER is a substring match, so the server reports this one too.
    mailbox.append("INBOX", raw_message("<old-copy-3@dunmail.example.org>"), when=WHEN)

    moved = mailbox.move_message_ids(
        "INBOX", "Sent", ["<copy-3@dunmail.example>", "<never-arrived@dunmail.example>"]
    )

    assert moved == set()
    assert messages_in(imap_account, "Sent") == []
    assert messages_in(imap_account, "INBOX") == [
        ("<old-copy-3@dunmail.example.org>", frozenset())  # not even marked \Seen
    ]


def test_move_message_ids_to_a_folder_that_already_has_the_message(
    mailbox: ImapMailbox, imap_account: ImapAccount
) -> None:
    mailbox.append("Sent", raw_message("<filed@dunmail.example>"), [SEEN], when=WHEN)
    mailbox.append("INBOX", raw_message("<filed@dunmail.example>"), when=WHEN)

    moved = mailbox.move_message_ids("INBOX", "Sent", ["<filed@dunmail.example>"])

    assert moved == {"<filed@dunmail.example>"}
    assert messages_in(imap_account, "Sent") == [("<filed@dunmail.example>", frozenset({SEEN}))]
    assert messages_in(imap_account, "INBOX") == []


def test_move_message_ids_without_move_copies_and_expunges_only_those(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = ImapMailbox(connection(imap_account.server, port=relay.port, kind=WithoutMove))
    box.append("INBOX", raw_message("<copy-1@dunmail.example>"), when=WHEN)
    # Marked for deletion by someone else: UID EXPUNGE (RFC 4315) must not remove it.
    box.append("INBOX", raw_message("<someone-elses@example.test>"), [b"\\Deleted"], when=WHEN)

    moved = box.move_message_ids("INBOX", "Sent", ["<copy-1@dunmail.example>"])
    box.close()

    assert moved == {"<copy-1@dunmail.example>"}
    assert messages_in(imap_account, "Sent") == [("<copy-1@dunmail.example>", frozenset({SEEN}))]
    assert [message_id for message_id, _flags in messages_in(imap_account, "INBOX")] == [
        "<someone-elses@example.test>"
    ]
    assert b" UID COPY " in relay.commands
    assert b" UID EXPUNGE " in relay.commands
    assert b" MOVE " not in relay.commands


@pytest.mark.parametrize("kind", [ImapConnection, WithoutMove], ids=["move", "copy-expunge"])
def test_move_whose_reply_was_lost_is_not_done_twice(
    imap_account: ImapAccount, relay: CuttableRelay, kind: type[ImapConnection]
) -> None:
    box = ImapMailbox(connection(imap_account.server, port=relay.port, kind=kind))
    box.append("INBOX", raw_message("<copy-1@dunmail.example>"), when=WHEN)
    relay.cut_on_reply = b"[COPYUID "  # copied or moved, but the connection dies before we hear it

    moved = box.move_message_ids("INBOX", "Sent", ["<copy-1@dunmail.example>"])
    box.close()

    assert moved == {"<copy-1@dunmail.example>"}
    assert messages_in(imap_account, "Sent") == [("<copy-1@dunmail.example>", frozenset({SEEN}))]
    assert messages_in(imap_account, "INBOX") == []
    assert relay.accepted == 2


# -- TLS, reconnection, login ----------------------------------------------------------------


@pytest.mark.parametrize("mode", [TlsMode.IMPLICIT, TlsMode.STARTTLS])
def test_tls_verified_against_the_test_ca(
    imap_account: ImapAccount, tls_material: TlsMaterial, mode: TlsMode
) -> None:
    server = imap_account.server
    port = server.imaps_port if mode is TlsMode.IMPLICIT else server.imap_port
    box = ImapMailbox(connection(server, tls=str(mode), port=port, ca_file=tls_material.ca_cert))
    assert box.sent_folder() == "Sent"
    box.close()


def test_implicit_tls_refused_without_the_test_ca(imap_account: ImapAccount) -> None:
    server = imap_account.server
    box = ImapMailbox(connection(server, tls="implicit", port=server.imaps_port))
    with pytest.raises(MailboxError) as error:
        box.connect()
    assert str(error.value).startswith("connect: certificate of 127.0.0.1:")
    assert "imap.ca_file" in str(error.value)
    assert isinstance(error.value.__cause__, ssl.SSLCertVerificationError)


def test_reconnects_once_after_the_connection_was_cut(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = ImapMailbox(connection(imap_account.server, port=relay.port))
    box.append("Sent", raw_message("<before-cut@dunmail.example>"), when=WHEN)

    relay.cut()

    uid = box.append("Sent", raw_message("<after-cut@dunmail.example>"), when=WHEN)
    found = box.find_message_ids(
        ["Sent"], ["<before-cut@dunmail.example>", "<after-cut@dunmail.example>"]
    )
    box.close()
    assert uid == 2  # stored once, not twice
    assert len(found) == 2
    assert relay.accepted == 2


def test_append_whose_reply_was_lost_is_not_stored_twice(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = ImapMailbox(connection(imap_account.server, port=relay.port))
    box.connect()
    relay.cut_on_reply = b"[APPENDUID "  # stored, but the connection dies before we hear it

    uid = box.append("Sent", raw_message("<reply-lost@dunmail.example>"), when=WHEN)
    box.close()

    client = imap_account.connect()
    client.select_folder("Sent", readonly=True)
    assert client.search() == [uid] == [1]
    assert relay.accepted == 2


def test_clear_error_when_the_reconnect_fails(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = ImapMailbox(connection(imap_account.server, port=relay.port))
    box.connect()
    relay.close()  # cut, and nothing listens any more

    with pytest.raises(MailboxError) as error:
        box.sent_folder()
    box.close()
    text = str(error.value)
    assert text.startswith("find the Sent folder: the connection was lost and reconnecting failed")
    assert f"127.0.0.1:{relay.port}" in text
    assert "\n" not in text


def test_wrong_password_is_a_mailbox_error_without_the_password(dovecot: PrivateDovecot) -> None:
    # Dovecot delays every later login from an address that failed one (auth penalty, seconds),
    # so this failure comes from an address of its own: Linux routes all of 127/8 to loopback.
    relay = CuttableRelay(dovecot.imap_port, source="127.0.0.2")
    wrong = "hunter2-wrong"
    box = ImapMailbox(connection(dovecot, wrong, port=relay.port))
    with pytest.raises(MailboxError) as error:
        box.connect()
    relay.close()
    text = str(error.value)
    assert "login" in text
    assert "'ar'" in text
    assert wrong not in text
    assert wrong not in repr(error.value)
    assert wrong not in repr(connection(dovecot, wrong))


async def test_async_facade_runs_calls_on_its_own_thread(imap_account: ImapAccount) -> None:
    box = AsyncMailbox(ImapMailbox(connection(imap_account.server)))
    folder = await box.call(ImapMailbox.sent_folder)
    raw = raw_message("<async@dunmail.example>")
    uid = await box.call(lambda mailbox: mailbox.append(folder, raw, when=WHEN))
    found = await box.call(
        lambda mailbox: mailbox.find_message_ids([folder], ["<async@dunmail.example>"])
    )
    thread = await box.call(lambda _mailbox: threading.current_thread().name)
    await box.close()
    assert (folder, uid, found) == ("Sent", 1, {"<async@dunmail.example>"})
    assert thread.startswith("dunmail-imap")
    assert thread != threading.current_thread().name
