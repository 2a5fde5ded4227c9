"""A small world for the inbound tests: a customer with an overdue invoice, replies, folders.

Builds on `outbound_world` (config, ledger); reads and writes the private Dovecot's folders with
plain imapclient, as a customer's mail server or a collector's mail client would.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from outbound_world import AR, Row, folder_message_ids, write_config, write_ledger
from servers.dovecot import PrivateDovecot, close_client

CUSTOMER = "ap@acme.test"
# Monday 23 November 2026, 10:00 in New York: inside the send window.
MONDAY = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
_counter = itertools.count(1)


def ledger_rows() -> list[Row]:
    acme = ("Acme Hardware Inc.", "", "America/New_York", "en", "US", "Pat", "Doe")
    return [
        Row("US1", *acme, CUSTOMER, "+1 555 0101", "",
            "A-100", "2026-09-20", "2026-10-20", "1250.00", "1250.00", "USD"),
        Row("US1", *acme, CUSTOMER, "+1 555 0101", "",
            "A-101", "2026-09-25", "2026-10-25", "300.00", "300.00", "USD"),
    ]  # fmt: skip


def make_site(
    directory: Path, *, smtp_port: int, dovecot: PrivateDovecot | None, extra: str = ""
) -> Path:
    write_ledger(directory / "ledger.csv", ledger_rows())
    return write_config(
        directory, smtp_port=smtp_port, dovecot=dovecot, acceptance_wait_seconds=0, extra=extra
    )


def reply(
    text: str,
    *,
    in_reply_to: str = "",
    sender: str = CUSTOMER,
    to: str = AR,
    subject: str = "Re: Payment reminder",
    message_id: str | None = None,
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Pat Doe <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(MONDAY)
    message["Message-ID"] = message_id or f"<reply-{next(_counter)}@acme.test>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in headers:
        message[name] = value
    message.set_content(text)
    return bytes(message)


def append(dovecot: PrivateDovecot, folder: str, raw: bytes, flags: Iterable[str] = ()) -> None:
    client = dovecot.client("ar")
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, raw, flags=tuple(flags))
    finally:
        close_client(client)


def flags_in(dovecot: PrivateDovecot, folder: str) -> dict[str, set[str]]:
    """Message-ID -> flags and keywords of every message in `folder` (empty if none)."""
    client = dovecot.client("ar")
    try:
        if not client.folder_exists(folder):
            return {}
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        if not uids:
            return {}
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        found = {}
        for data in fetched.values():
            header = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().strip()
            message_id = header.partition(":")[2].strip()
            found[message_id] = {f.decode() if isinstance(f, bytes) else f for f in data[b"FLAGS"]}
        return found
    finally:
        close_client(client)


def move(dovecot: PrivateDovecot, message_id: str, source: str, target: str) -> None:
    """What a collector does in a mail client: drag a message into another folder."""
    client = dovecot.client("ar")
    try:
        if not client.folder_exists(target):
            client.create_folder(target)
        client.select_folder(source)
        uids = client.search(["HEADER", "Message-ID", message_id])
        assert uids, f"{message_id} not in {source}"
        client.move(uids, target)
    finally:
        close_client(client)


def strip_keywords(dovecot: PrivateDovecot, folder: str, keywords: Iterable[str]) -> None:
    client = dovecot.client("ar")
    try:
        client.select_folder(folder)
        uids = client.search("ALL")
        if uids:
            client.remove_flags(uids, list(keywords))
    finally:
        close_client(client)


__all__ = ["AR", "folder_message_ids"]
