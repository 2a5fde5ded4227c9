"""The IMAP inbox adapter against the private Dovecot: no mocks.

Each test checks one behaviour: new messages in UID order fetched with PEEK (RFC 3501 §6.4.5, no
\\Seen), `skip_keyword`, truncation of big messages, filing in batches (one UID STORE per flag
set, one MOVE per target, RFC 6851; COPY + UID EXPUNGE without MOVE, RFC 4315) into folders
created with the server's separator, idempotent re-filing, UIDVALIDITY changes, waiting with IDLE
(RFC 2177) for mail delivered over LMTP, quick shutdown, a cut connection and a server restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest
from inbox_helpers import fetch, subjects
from servers.dovecot import ImapAccount, PrivateDovecot
from servers.relay import CuttableRelay
from test_imap import WithoutMove, connection, messages_in

from daemon.shell.imap_connection import ImapConnection, MailboxError
from daemon.shell.imap_inbox import ImapInbox
from daemon.shell.inbox import Backoff, Batch, Filing

PROCESSED = "$AR-Processed"


def reply(number: int, *, body: str = "I paid invoice INV-1042 yesterday.\n") -> bytes:
    message = EmailMessage()
    message["From"] = "customer@example.test"
    message["To"] = "ar@example.test"
    message["Subject"] = f"Re: Reminder {number}"
    message["Message-ID"] = f"<reply-{number}@example.test>"
    message.set_content(body)
    return message.as_bytes(policy=policy.SMTP)


def inbox_for(
    server: PrivateDovecot, *, port: int | None = None, kind: type[ImapConnection] = ImapConnection
) -> ImapInbox:
    settings: dict[str, Any] = {} if port is None else {"port": port}
    return ImapInbox(connection(server, kind=kind, **settings), idle_seconds=60, poll_seconds=1)


@pytest.fixture
def inbox(imap_account: ImapAccount) -> Iterator[ImapInbox]:
    box = inbox_for(imap_account.server)
    yield box
    box.close()


@pytest.fixture
def relay(dovecot: PrivateDovecot) -> Iterator[CuttableRelay]:
    proxy = CuttableRelay(dovecot.imap_port)
    yield proxy
    proxy.close()


# -- fetching ----------------------------------------------------------------------------------


def test_fetch_new_returns_delivered_mail_in_uid_order_without_setting_seen(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    for number in (1, 2, 3):
        imap_account.deliver(reply(number))

    batch = fetch(inbox)

    assert [message.uid for message in batch.messages] == [1, 2, 3]
    assert subjects(batch) == ["Re: Reminder 1", "Re: Reminder 2", "Re: Reminder 3"]
    assert batch.uidvalidity > 0 and not batch.more
    first = batch.messages[0]
    assert first.folder == "INBOX" and first.uidvalidity == batch.uidvalidity
    assert first.raw.endswith(b"I paid invoice INV-1042 yesterday.\r\n")
    assert (first.size, first.truncated, first.flags) == (len(first.raw), False, frozenset())
    assert first.internal_date is not None and first.internal_date.tzinfo is not None
    assert all(flags == frozenset() for _id, flags in messages_in(imap_account, "INBOX"))


def test_fetch_new_continues_after_uid_in_batches_of_limit(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    for number in range(1, 6):
        imap_account.deliver(reply(number))

    first = fetch(inbox, limit=2)
    second = fetch(inbox, after_uid=2, uidvalidity=first.uidvalidity, limit=2)
    rest = fetch(inbox, after_uid=4, uidvalidity=first.uidvalidity, limit=2)
    # "5:*" still names the last message (RFC 3501 §6.4.8); it must not come back.
    nothing = fetch(inbox, after_uid=5, uidvalidity=first.uidvalidity)

    assert [(m.uid, first.more) for m in first.messages] == [(1, True), (2, True)]
    assert [m.uid for m in second.messages] == [3, 4] and second.more
    assert [m.uid for m in rest.messages] == [5] and not rest.more
    assert nothing.messages == () and not nothing.more


def test_fetch_new_leaves_out_messages_with_the_skip_keyword(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    for number in (1, 2, 3):
        imap_account.deliver(reply(number))
    client = imap_account.connect()
    client.select_folder("INBOX")
    client.add_flags([2], [PROCESSED])

    batch = fetch(inbox, skip_keyword=PROCESSED)
    everything = fetch(inbox)

    assert [message.uid for message in batch.messages] == [1, 3]
    assert everything.messages[1].flags == frozenset({PROCESSED})


def test_a_message_above_the_cap_comes_back_truncated_with_its_header(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    big = reply(1, body="overdue statement line\n" * 40_000)  # about 1 MB
    imap_account.deliver(big)
    imap_account.deliver(reply(2))

    batch = fetch(inbox, max_bytes=100_000)

    large, small = batch.messages
    assert large.truncated and large.size >= len(big) > 900_000
    head, _blank, body = large.raw.partition(b"\r\n\r\n")
    assert head.endswith(big.split(b"\r\n\r\n", 1)[0])  # LMTP put its trace fields on top
    assert body.startswith(b"overdue statement line\r\n")
    assert 262_144 < len(large.raw) < 270_000  # header + the first 256 KiB of the body
    assert not small.truncated and small.raw.endswith(b"yesterday.\r\n")


def test_a_missing_folder_gives_an_empty_batch(inbox: ImapInbox) -> None:
    assert fetch(inbox, "AR/Resume") == Batch("AR/Resume", 0, (), more=False)


def test_a_quiet_folder_that_is_not_selected_costs_one_status(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = inbox_for(imap_account.server, port=relay.port)
    box.connect()
    imap_account.deliver(reply(1))
    resume = fetch(box, "Archive")  # exists, empty
    inbox = fetch(box)  # INBOX is selected now
    sent_before = len(relay.commands)

    again = fetch(box, "Archive", after_uid=0, uidvalidity=resume.uidvalidity)
    box.close()

    assert again.messages == () and len(inbox.messages) == 1
    assert b" STATUS " in relay.commands[sent_before:]
    assert b"SELECT" not in relay.commands[sent_before:]


def test_a_changed_uidvalidity_gives_every_message_again(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    client = imap_account.connect()
    client.create_folder("AR/Resume")
    client.append("AR/Resume", reply(1))
    client.append("AR/Resume", reply(2))
    before = fetch(inbox, "AR/Resume")
    # Deleted and created again: new UIDVALIDITY (RFC 3501 §2.3.1.1), and Dovecot disconnects
    # sessions that had it selected, so the inbox reconnects too.
    client.delete_folder("AR/Resume")
    client.create_folder("AR/Resume")
    client.append("AR/Resume", reply(3))

    after = fetch(inbox, "AR/Resume", after_uid=2, uidvalidity=before.uidvalidity)

    assert after.uidvalidity not in (0, before.uidvalidity)
    assert subjects(after) == ["Re: Reminder 3"]


# -- filing ------------------------------------------------------------------------------------


def test_file_flags_and_moves_in_batches_into_new_folders(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = inbox_for(imap_account.server, port=relay.port)
    for number in range(1, 6):
        imap_account.deliver(reply(number))
    batch = fetch(box)
    filings = [
        Filing(1, add_flags=(PROCESSED,)),
        Filing(2, add_flags=(PROCESSED,), move_to="AR/Disputes"),
        Filing(3, add_flags=(PROCESSED, "\\Flagged"), move_to="AR/Disputes"),
        Filing(4, move_to="AR/Needs action"),
    ]
    sent_before = len(relay.commands)

    box.file("INBOX", batch.uidvalidity, filings)
    box.file("INBOX", batch.uidvalidity, filings)  # after a crash: harmless
    box.close()

    sent = bytes(relay.commands[sent_before:])
    assert sent.count(b" UID STORE ") == 4  # one per distinct flag set, twice
    assert sent.count(b" UID MOVE ") == 4  # one per target, twice (the second finds nothing)
    client = imap_account.connect()
    separator = client.namespace().personal[0][1]
    subscribed = {name for _flags, _sep, name in client.list_sub_folders()}
    assert {f"AR{separator}Disputes", f"AR{separator}Needs action"} <= subscribed
    processed = frozenset({PROCESSED.encode()})
    assert messages_in(imap_account, "INBOX") == [
        ("<reply-1@example.test>", processed),
        ("<reply-5@example.test>", frozenset()),
    ]
    assert messages_in(imap_account, "AR/Disputes") == [
        ("<reply-2@example.test>", processed),
        ("<reply-3@example.test>", processed | {b"\\Flagged"}),
    ]
    assert messages_in(imap_account, "AR/Needs action") == [("<reply-4@example.test>", frozenset())]


@pytest.mark.parametrize("kind", [ImapConnection, WithoutMove])
def test_filing_into_a_folder_deleted_since_creates_it_again(
    imap_account: ImapAccount, kind: type[ImapConnection], caplog: pytest.LogCaptureFixture
) -> None:
    box = inbox_for(imap_account.server, kind=kind)
    imap_account.deliver(reply(1))
    imap_account.deliver(reply(2))
    batch = fetch(box)
    box.file("INBOX", batch.uidvalidity, [Filing(1, move_to="AR/Disputes")])
    client = imap_account.connect()
    client.delete_folder(f"AR{client.namespace().personal[0][1]}Disputes")  # a collector did

    with caplog.at_level(logging.WARNING, logger="dunmail.imap"):
        box.file("INBOX", batch.uidvalidity, [Filing(2, move_to="AR/Disputes")])
    box.close()

    assert messages_in(imap_account, "AR/Disputes") == [("<reply-2@example.test>", frozenset())]
    assert messages_in(imap_account, "INBOX") == []
    assert "AR/Disputes was deleted on the server: creating it again" in caplog.text


def test_a_watched_folder_deleted_since_is_created_again_when_next_ensured(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    inbox.ensure_folders(["AR/Resume"])
    client = imap_account.connect()
    name = f"AR{client.namespace().personal[0][1]}Resume"
    client.delete_folder(name)

    assert fetch(inbox, "AR/Resume").uidvalidity == 0  # gone: the caller is told
    inbox.ensure_folders(["AR/Resume"])
    assert client.folder_exists(name)


def test_file_with_a_stale_uidvalidity_does_nothing(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    imap_account.deliver(reply(1))
    batch = fetch(inbox)

    inbox.file("INBOX", batch.uidvalidity + 1, [Filing(1, ("\\Flagged",), "AR/Disputes")])

    assert messages_in(imap_account, "INBOX") == [("<reply-1@example.test>", frozenset())]


def test_file_without_move_copies_once_even_when_a_copy_was_left_behind(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    box = inbox_for(imap_account.server, port=relay.port, kind=WithoutMove)
    for number in (1, 2):
        imap_account.deliver(reply(number))
    batch = fetch(box)
    # A previous run copied message 1 and died before the EXPUNGE.
    client = imap_account.connect()
    client.create_folder("AR/Disputes")
    client.select_folder("INBOX")
    client.copy([1], "AR/Disputes")

    filings = [Filing(1, move_to="AR/Disputes"), Filing(2, move_to="AR/Disputes")]
    box.file("INBOX", batch.uidvalidity, filings)
    box.file("INBOX", batch.uidvalidity, filings)
    box.close()

    assert [mid for mid, _flags in messages_in(imap_account, "AR/Disputes")] == [
        "<reply-1@example.test>",
        "<reply-2@example.test>",
    ]
    assert messages_in(imap_account, "INBOX") == []
    assert b" MOVE " not in relay.commands and b" UID EXPUNGE " in relay.commands


# -- waiting -----------------------------------------------------------------------------------


def deliver_later(account: ImapAccount, raw: bytes, delay: float) -> threading.Thread:
    def run() -> None:
        time.sleep(delay)
        account.deliver(raw)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_wait_returns_soon_after_a_delivery(inbox: ImapInbox, imap_account: ImapAccount) -> None:
    imap_account.deliver(reply(1))
    batch = fetch(inbox)
    delivery = deliver_later(imap_account, reply(2), 1.0)

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=threading.Event())
    elapsed = time.monotonic() - started
    delivery.join()

    assert elapsed < 10
    new = fetch(inbox, after_uid=1, uidvalidity=batch.uidvalidity)
    assert [message.uid for message in new.messages] == [2]


def test_wait_returns_at_once_for_mail_that_came_before_it(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    fetch(inbox)
    imap_account.deliver(reply(1))  # after the fetch, before the IDLE: no EXISTS will tell

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=threading.Event())

    assert time.monotonic() - started < 5


def test_wait_returns_when_stop_is_set(inbox: ImapInbox) -> None:
    fetch(inbox)
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()

    started = time.monotonic()
    inbox.wait("INBOX", timeout=20, stop=stop)

    assert time.monotonic() - started < 5
    assert fetch(inbox).messages == ()  # the connection is still usable: IDLE was ended


def test_wait_ends_at_the_timeout(inbox: ImapInbox) -> None:
    fetch(inbox)
    started = time.monotonic()
    inbox.wait("INBOX", timeout=1.0, stop=threading.Event())
    assert 0.9 < time.monotonic() - started < 5


def test_wait_returns_promptly_when_the_connection_is_cut(
    imap_account: ImapAccount, relay: CuttableRelay, caplog: pytest.LogCaptureFixture
) -> None:
    box = inbox_for(imap_account.server, port=relay.port)
    fetch(box)
    threading.Timer(0.5, relay.cut).start()

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="dunmail.imap"):
        box.wait("INBOX", timeout=20, stop=threading.Event())
    elapsed = time.monotonic() - started
    imap_account.deliver(reply(1))
    batch = fetch(box)  # reconnects
    box.close()

    assert elapsed < 10
    assert [message.uid for message in batch.messages] == [1]
    assert relay.accepted == 2
    assert any("reconnecting" in record.getMessage() for record in caplog.records)


# -- reconnecting ------------------------------------------------------------------------------


def remittances(count: int) -> list[bytes]:
    """Replies of about 10 KB each, so a cut after a few KB falls inside a message."""
    advice = "Remittance advice: INV-1042 paid in full by bank transfer.\n" * 170
    return [reply(n, body=advice) for n in range(1, count + 1)]


def test_a_connection_cut_inside_a_fetched_message_is_fetched_again_whole(
    imap_account: ImapAccount, relay: CuttableRelay, caplog: pytest.LogCaptureFixture
) -> None:
    sent = remittances(5)
    for raw in sent:
        imap_account.deliver(raw)
    box = inbox_for(imap_account.server, port=relay.port)
    relay.cut_during(b"BODY.PEEK[]", 4000)  # inside the first message's literal

    with caplog.at_level(logging.WARNING, logger="dunmail.imap"):
        batch = fetch(box)
    box.close()

    assert (relay.cuts, relay.accepted) == (1, 2)  # cut once, reconnected once
    assert [message.uid for message in batch.messages] == [1, 2, 3, 4, 5]
    for message, raw in zip(batch.messages, sent, strict=True):
        assert not message.truncated and len(message.raw) == message.size
        assert message.raw.endswith(raw.split(b"\r\n\r\n", 1)[1])  # every byte of the body
    assert any("reconnecting" in record.getMessage() for record in caplog.records)


def test_a_fetch_cut_twice_fails_in_one_line_and_the_next_fetch_gets_everything(
    imap_account: ImapAccount, relay: CuttableRelay
) -> None:
    for raw in remittances(3):
        imap_account.deliver(raw)
    box = inbox_for(imap_account.server, port=relay.port)
    relay.cut_during(b"BODY.PEEK[]", 4000, times=2)  # the retry on a new connection too

    with pytest.raises(MailboxError) as failed:
        fetch(box)
    batch = fetch(box)
    box.close()

    message = str(failed.value)
    assert "fetch new mail from 'INBOX'" in message and "\n" not in message
    assert relay.cuts == 2
    assert [m.uid for m in batch.messages] == [1, 2, 3]
    assert all(not m.truncated and len(m.raw) == m.size for m in batch.messages)


def test_a_server_restart_is_survived(
    imap_account: ImapAccount, dovecot: PrivateDovecot, caplog: pytest.LogCaptureFixture
) -> None:
    pauses: list[float] = []
    box = ImapInbox(
        connection(dovecot),
        idle_seconds=60,
        poll_seconds=1,
        reconnect=Backoff(first=0.5, cap=60),
        sleep=pauses.append,
        random=lambda: 0.5,
    )
    imap_account.deliver(reply(1))
    first = fetch(box)
    imap_account.close()  # the helper connections would be cut too

    dovecot.halt()
    try:
        with caplog.at_level(logging.WARNING, logger="dunmail.imap"), pytest.raises(MailboxError):
            fetch(box, after_uid=1, uidvalidity=first.uidvalidity)
        box.wait("INBOX", timeout=20, stop=threading.Event())  # the backoff: 0.5 * 0.5 s
        with pytest.raises(MailboxError):
            fetch(box, after_uid=1, uidvalidity=first.uidvalidity)
        box.wait("INBOX", timeout=20, stop=threading.Event())  # 1.0 * 0.5 s
    finally:
        dovecot.resume()
    imap_account.deliver(reply(2))

    second = fetch(box, after_uid=1, uidvalidity=first.uidvalidity)
    box.close()

    assert subjects(second) == ["Re: Reminder 2"]
    assert sum(pauses) == pytest.approx(0.25 + 0.5)
    failed = [r.getMessage() for r in caplog.records if "attempt" in r.getMessage()]
    assert len(failed) == 2 and all("\n" not in line for line in failed)
    assert box.failures == 0


def test_backoff_doubles_to_its_cap_with_full_jitter() -> None:
    backoff = Backoff(first=0.5, cap=60)
    assert [backoff.ceiling(attempt) for attempt in (0, 1, 2, 3, 8, 9, 50)] == [
        0.0,
        0.5,
        1.0,
        2.0,
        60.0,
        60.0,
        60.0,
    ]
    assert backoff.delay(3, 0.25) == 0.5
    assert backoff.delay(3, 0.0) == 0.0


# -- throughput --------------------------------------------------------------------------------


def test_fetching_500_small_messages_takes_few_round_trips(
    inbox: ImapInbox, imap_account: ImapAccount
) -> None:
    client = imap_account.connect()
    client.multiappend("INBOX", [reply(number) for number in range(500)])

    started = time.monotonic()
    batch = fetch(inbox, limit=500)
    elapsed = time.monotonic() - started

    assert len(batch.messages) == 500 and not batch.more
    assert elapsed < 5  # a few hundred milliseconds here; per-message round trips take seconds
