"""`dunmail doctor`'s look at the IMAP mailbox: log in, IDLE, folders, keywords; change nothing.

One job: with the service's own connection settings, report on separate lines whether the login
works, the server offers IDLE (RFC 2177; else the service polls), the inbox and the collectors'
folders exist (the service creates missing ones), and the inbox accepts our keywords (RFC 3501
PERMANENTFLAGS with "\\*"). Nothing is stored, moved or expunged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from imapclient.exceptions import IMAPClientError

from daemon.shell import imap_commands
from daemon.shell.imap_connection import ImapConnection, MailboxError, logout
from daemon.shell.smtp_probe import Step


def probe_imap(connection: ImapConnection, inbox: str, folders: Iterable[str]) -> list[Step]:
    try:
        client: Any = connection.open()
    except MailboxError as exc:
        return [Step("IMAP login", False, str(exc))]
    steps = [Step("IMAP login", True, f"{connection.where} as {connection.username}")]
    try:
        capabilities = {c.decode().upper() for c in client.capabilities()}
        idle = "IDLE" in capabilities
        steps.append(
            Step("IDLE", True, "offered" if idle else "not offered: the service polls instead")
        )
        prefix, separator = imap_commands.hierarchy(client)
        names = {name for _flags, _delim, name in client.list_folders()}
        wanted = list(folders)
        missing = [
            f
            for f in wanted
            if imap_commands.folder_name(f.split("/"), prefix=prefix, separator=separator)
            not in names
        ]
        found = f"{inbox} and {len(wanted) - len(missing)} of {len(wanted)} AR folders exist"
        detail = found + (f"; the service creates {', '.join(missing)}" if missing else "")
        steps.append(Step("folders", inbox in names, detail if inbox in names else f"no {inbox}"))
        # PERMANENTFLAGS is empty on a read-only EXAMINE (RFC 3501 6.3.2), so SELECT; nothing is
        # stored, and LOGOUT (not CLOSE) ends it, so nothing is expunged either (RFC 3501 6.4.2).
        selected = client.select_folder(inbox)
        permanent = [f.decode() if isinstance(f, bytes) else str(f)
                     for f in selected.get(b"PERMANENTFLAGS", ())]  # fmt: skip
        keywords = "\\*" in permanent
        refused = f"the inbox does not accept new keywords (PERMANENTFLAGS {' '.join(permanent)})"
        steps.append(
            Step("keywords", keywords, "the inbox accepts new keywords" if keywords else refused)
        )
    except (IMAPClientError, OSError) as exc:
        steps.append(Step("IMAP", False, str(connection.error("check", exc))))
    finally:
        logout(client)
    return steps
