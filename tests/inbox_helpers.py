"""Helpers shared by the tests of the two `Inbox` adapters (IMAP and Maildir)."""

from __future__ import annotations

from daemon.shell.inbox import Batch, Inbox


def fetch(inbox: Inbox, folder: str = "INBOX", **options: object) -> Batch:
    """`fetch_new` with everything from UID 1, at most 100 messages of up to 1 MB."""
    settings: dict[str, object] = {
        "after_uid": 0,
        "uidvalidity": None,
        "limit": 100,
        "max_bytes": 1_000_000,
    }
    settings.update(options)
    return inbox.fetch_new(folder, **settings)  # type: ignore[arg-type]


def subjects(batch: Batch) -> list[str]:
    return [
        line.split(b":", 1)[1].strip().decode()
        for message in batch.messages
        for line in message.raw.splitlines()
        if line.startswith(b"Subject:")
    ]
