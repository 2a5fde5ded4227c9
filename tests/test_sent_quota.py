"""The Sent folder over quota: reminders still go out, the refusal is said, copies follow later.

A private Dovecot of its own runs with the quota plugin (every folder but INBOX counts), and the
AR mailbox's Sent folder starts nearly full, as a mailbox nobody archived for years. Its APPEND
then answers "NO [OVERQUOTA]" (RFC 5530 §3); once a collector frees space, the copies are filed,
each once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from outbound_world import (
    at,
    folder_message_ids,
    overdue_ledger,
    write_config,
    write_ledger,
)
from servers.dovecot import PrivateDovecot, close_client
from servers.smtp import ThreadedSmtpSink
from service_world import eventually

from daemon.config.loader import load_config
from daemon.core.records import OutboxStatus
from daemon.service import Service
from daemon.shell.clock import FixedClock

T0 = at("2026-11-02T09:00:00-05:00")  # a Monday, 09:00 in New York: the window opens
CUSTOMERS = ("K1", "K2", "K3")
QUOTA_KB = 100
FILLER_ID = "<old-statements@example.test>"


@pytest.fixture(scope="module")
def tight_dovecot(dovecot_binary: str) -> Iterator[PrivateDovecot]:
    with PrivateDovecot(dovecot_binary, quota_kb=QUOTA_KB) as server:
        yield server


def fill_sent(dovecot: PrivateDovecot) -> None:
    """One old message that leaves less room in Sent than any reminder needs."""
    message = EmailMessage()
    message["From"] = "ar@example.test"
    message["Subject"] = "Statements, 2019"
    message["Message-ID"] = FILLER_ID
    # 16 bytes a line once stored with CRLF; about 3 KB left over, less than a reminder.
    message.set_content("statement line\n" * ((QUOTA_KB * 1024 - 3072) // 16))
    client = dovecot.client("ar")
    try:
        client.append("Sent", message.as_bytes())
    finally:
        close_client(client)


def free_sent(dovecot: PrivateDovecot) -> None:
    """A collector deletes the old message for good."""
    client = dovecot.client("ar")
    try:
        client.select_folder("Sent")
        client.delete_messages(client.search(["HEADER", "Message-ID", FILLER_ID]))
        client.expunge()
    finally:
        close_client(client)


async def test_sent_over_quota_delays_the_copies_not_the_reminders(
    tmp_path: Path, tight_dovecot: PrivateDovecot, caplog: pytest.LogCaptureFixture
) -> None:
    tight_dovecot.reset_mailbox("ar")
    fill_sent(tight_dovecot)
    with ThreadedSmtpSink() as sink:
        config = write_config(tmp_path, smtp_port=sink.port, dovecot=tight_dovecot)
        text = config.read_text(encoding="utf-8")
        # No acceptance copies: the Sent copy is an APPEND of what was sent (a MOVE of the
        # server's copy out of the INBOX does not count against the quota).
        text = text.replace("outbound:\n", "outbound:\n  acceptance_copy: false\n")
        text = text.replace(
            "  default_currency: USD\n", "  default_currency: USD\n  poll_seconds: 0.05\n"
        )
        config.write_text(text, encoding="utf-8")
        write_ledger(tmp_path / "ledger.csv", overdue_ledger(CUSTOMERS))
        service = Service(config, load_config(config), clock=FixedClock(T0))
        running = asyncio.create_task(service.run())
        try:
            with caplog.at_level(logging.ERROR):
                await eventually(lambda: "Sent copies not filed yet" in caplog.text)
            assert "OVERQUOTA" in caplog.text
            assert len(sink.messages) == len(CUSTOMERS)  # the reminders went out regardless
            store = service.store
            assert store is not None
            outbox = store.outbox().values()
            assert [(i.status, i.filed) for i in outbox] == [(OutboxStatus.SENT, False)] * 3
            assert folder_message_ids(tight_dovecot, "Sent") == [FILLER_ID]

            free_sent(tight_dovecot)
            await eventually(lambda: len(folder_message_ids(tight_dovecot, "Sent")) == 3)
            await eventually(lambda: all(i.filed for i in store.outbox().values()))
            assert not running.done()
        finally:
            service.request_stop()
            await asyncio.wait_for(running, 30)
    sent = {str(m.message["Message-ID"]) for m in sink.messages}
    assert sorted(folder_message_ids(tight_dovecot, "Sent")) == sorted(sent)  # each once
