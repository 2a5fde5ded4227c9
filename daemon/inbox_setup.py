"""Builds the inbox loop from the config: an IMAP or a Maildir inbox, tied to the outbound side.

One job: choose and construct the `Inbox` adapter (`imap:` or `maildir:`), read its password,
and give the loop what it borrows from the outbound side (the Sent folder's name, filing late
acceptance copies, new Message-IDs). Nothing here reads mail or decides anything.
"""

from __future__ import annotations

import os

from daemon.config.schema import Config
from daemon.config.secrets import resolve_secret
from daemon.errors import ConfigError, StartupError
from daemon.inbound import Inbound
from daemon.mailer import Mailer
from daemon.notices import NoticeSender
from daemon.shell.clock import Clock
from daemon.shell.imap import ImapConnection, ImapMailbox
from daemon.shell.imap_inbox import ImapInbox
from daemon.shell.inbox import Inbox
from daemon.shell.maildir_inbox import MaildirInbox
from daemon.shell.store import Store


def build_inbound(config: Config, store: Store, clock: Clock, mailer: Mailer) -> Inbound | None:
    """The inbox loop for `config`, or None when no inbound mailbox is configured."""
    inbox = _inbox(config)
    if inbox is None:
        return None
    mailbox = mailer.recovery.mailbox
    inbox_folder = config.imap.folders.inbox if config.imap is not None else "INBOX"
    sent_folder = None
    file_late_copies = None
    if mailbox is not None:
        box = mailbox

        async def sent_folder_name() -> str | None:
            return await box.call(ImapMailbox.sent_folder)

        async def move_to_sent(message_ids: list[str]) -> None:
            await box.call(lambda b: b.move_message_ids(inbox_folder, b.sent_folder(), message_ids))

        sent_folder, file_late_copies = sent_folder_name, move_to_sent
    return Inbound(
        config,
        store,
        clock,
        inbox,
        sent_folder=sent_folder,
        file_late_copies=file_late_copies,
        new_message_id=mailer.outbound.new_message_id,
        calendar=mailer.outbound.planner.calendar,
        notify=NoticeSender(mailer.outbound).notify,
        own_copies_to=config.maildir.sent_folder if config.maildir is not None else None,
    )


def _inbox(config: Config) -> Inbox | None:
    if config.maildir is not None:
        return MaildirInbox(config.maildir.path, poll_seconds=config.maildir.poll_seconds)
    if config.imap is None:
        return None
    try:
        password = resolve_secret(config.imap, environ=os.environ, section="imap")
    except ConfigError as exc:
        raise StartupError("; ".join(exc.lines())) from exc
    connection = ImapConnection.from_config(config.imap, password)
    return ImapInbox(
        connection,
        idle_seconds=config.imap.idle_seconds,
        poll_seconds=config.imap.poll_seconds,
    )
