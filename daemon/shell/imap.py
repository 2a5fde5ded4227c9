"""The AR mailbox over IMAP (imapclient): the Sent folder, folders of our own, APPEND, lookups.

One job: carry out mailbox operations and report failures as `MailboxError`, one readable line
without the password. It must not decide anything about the mail it touches (the core does), and
no imapclient, imaplib, ssl or socket exception may leave it.

Two parts, so the IDLE watcher can share the first: `ImapConnection` holds the settings and opens
a logged-in connection (TLS per config, RFC 3501 §6.2.1 STARTTLS or RFC 8314 implicit TLS);
`ImapMailbox` owns one such connection and runs operations on it, reconnecting once when the
connection was dropped.

Threads: imapclient is blocking and not thread-safe, so one thread owns one connection. Use an
`ImapMailbox` from a single thread; the event loop uses `AsyncMailbox`, which runs every call on
one dedicated worker thread, in order, so the loop never blocks on the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import re
import ssl
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from daemon.config.servers import ImapConfig
from daemon.errors import DunmailError
from daemon.shell.tls import client_context, describe_tls_error, find_tls_error

T = TypeVar("T")

SENT = b"\\Sent"  # RFC 6154; imapclient 4.1.0 exports it only from imapclient.imapclient
_SEARCH_BATCH = 50  # Message-IDs per SEARCH: keeps the command line short (RFC 7162 §4: 8 kB)
_FETCH_BATCH = 500
_ID_FIELD = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"  # PEEK: do not set \Seen (RFC 3501 §6.4.5)
_ID_KEY = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
_APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]", re.IGNORECASE)  # RFC 4315 §3
# A connection that died or timed out; worth one reconnect. (ssl.SSLError is an OSError.)
_DROPPED = (IMAPClientAbortError, OSError)


class MailboxError(DunmailError):
    """An IMAP operation failed; the message is one line and never holds the password."""


@dataclass(frozen=True, slots=True)
class ImapConnection:
    """How to reach and log in to the mailbox; `open()` gives a fresh connection each call."""

    host: str
    port: int
    tls: str  # "implicit", "starttls" or "none" (config allows "none" only to loopback)
    username: str
    password: str = field(repr=False)
    timeout: float
    sent_folder: str | None = None  # configured name; None: find the \Sent folder
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)  # reused

    @classmethod
    def from_config(cls, config: ImapConfig, password: str | None) -> ImapConnection:
        """The settings of `config`; TlsSetupError when its `ca_file` cannot be loaded."""
        if config.username is None:
            raise MailboxError("imap.username is not set: IMAP needs a login")
        context = None
        if config.tls != "none":
            context = client_context(validate_certs=config.validate_certs, ca_file=config.ca_file)
        return cls(
            host=config.host,
            port=config.port,
            tls=config.tls,
            username=config.username,
            password=password or "",
            timeout=config.timeout_seconds,
            sent_folder=config.folders.sent,
            ssl_context=context,
        )

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def open(self) -> Any:
        """A connected, secured, logged-in `imapclient.IMAPClient`; MailboxError otherwise."""
        client = None
        try:
            client = imapclient.IMAPClient(
                self.host,
                port=self.port,
                ssl=self.tls == "implicit",
                ssl_context=self.ssl_context,
                timeout=self.timeout,  # connect and every read
            )
            if self.tls == "starttls":
                client.starttls(self.ssl_context)  # before LOGIN: never send the password in clear
            client.login(self.username, self.password)
        except LoginError as error:
            _logout(client)
            raise MailboxError(
                self.clean(f"login to {self.where} as {self.username!r} refused: {error}")
            ) from None  # the LoginError adds nothing to this line
        except (IMAPClientError, OSError) as error:
            _logout(client)
            raise self.error("connect", error) from error
        return client

    def error(self, what: str, error: BaseException) -> MailboxError:
        """`error` from imapclient, imaplib, ssl or a socket as one line about `what`."""
        tls = find_tls_error(error)
        if tls is not None:
            text = f"{what}: {describe_tls_error(tls, section='imap', where=self.where)}"
        elif isinstance(error, _DROPPED):
            reason = str(error) or type(error).__name__
            text = f"{what}: connection to {self.where} failed or was lost ({reason})"
        else:
            text = f"{what}: the server said: {error}"
        return MailboxError(self.clean(text))

    def clean(self, text: str) -> str:
        """One line; the password replaced, should a server or library ever echo it."""
        text = " ".join(text.split())
        return text.replace(self.password, "***") if self.password else text


class ImapMailbox:
    """Operations on one IMAP connection, opened on first use. Not thread-safe: one owner."""

    def __init__(self, connection: ImapConnection) -> None:
        self._connection = connection
        self._client: Any = None
        self._sent: str | None = connection.sent_folder

    def connect(self) -> None:
        """Open the connection now (start-up checks) instead of on the first operation."""
        self._ensure_client()

    def close(self) -> None:
        """LOGOUT (RFC 3501 §6.1.3); a connection already broken is just dropped."""
        client, self._client = self._client, None
        _logout(client)

    def sent_folder(self) -> str:
        """`imap.folders.sent` if configured, else the folder marked \\Sent (RFC 6154).

        Without SPECIAL-USE, imapclient falls back to common names ("Sent", "Sent Items", ...).
        """
        if self._sent is None:
            found = self._run("find the Sent folder", lambda c: c.find_special_folder(SENT))
            if found is None:
                raise MailboxError(
                    f"no folder on {self._connection.where} is marked \\Sent (RFC 6154 "
                    "SPECIAL-USE): set imap.folders.sent"
                )
            self._sent = str(found)
        return self._sent

    def ensure_folder(self, name: str) -> str:
        """The folder `name` ("/" separates levels: "AR/Quarantine"), created if missing.

        Returns its server-side name, written with the server's hierarchy separator and inside
        its personal namespace (RFC 2342; e.g. "INBOX." on some servers). A new folder is
        subscribed so mail clients show it (RFC 3501 §6.3.6).
        """
        parts = [part for part in name.split("/") if part]
        if not parts:
            raise ValueError(f"not a folder name: {name!r}")
        return self._run(f"create folder {name!r}", partial(_ensure, parts=parts))

    def append(
        self, folder: str, raw: bytes, flags: Iterable[str | bytes] = (), *, when: datetime
    ) -> int | None:
        """Store `raw` (CRLF line ends) in `folder`; its UID when the server has UIDPLUS.

        `when` (timezone-aware) becomes the INTERNALDATE (RFC 3501 §6.3.11). When the
        connection drops mid-APPEND, the message may have been stored anyway, so the second
        attempt first looks for its Message-ID and does not store it twice.
        """
        if when.tzinfo is None:
            raise ValueError("append() needs a timezone-aware `when`")
        put = partial(_append, folder=folder, raw=raw, flags=tuple(flags), when=when)
        return self._run(f"append to {folder!r}", put, retry=partial(put, look_first=True))

    def find_message_ids(self, folders: Iterable[str], message_ids: Iterable[str]) -> set[str]:
        """Those of `message_ids` ("<id@host>" or "id@host") present in any of `folders`.

        SEARCH HEADER is a substring match (RFC 3501 §6.4.4), so each hit's header is fetched
        and compared exactly; what is returned are the strings as given.
        """
        given: dict[str, list[str]] = {}
        for text in message_ids:
            given.setdefault(_bare(text), []).append(text)
        # A msg-id is ASCII (RFC 5322 §3.6.4); anything else cannot be in a header SEARCH.
        pending, found = [bare for bare in given if bare and bare.isascii()], set[str]()
        for folder in folders:
            if not pending:
                break
            search = partial(_uids_by_id, folder=folder, bare_ids=pending)
            found |= self._run(f"search {folder!r}", search).keys()
            pending = [bare for bare in pending if bare not in found]
        return {text for bare in found for text in given[bare]}

    # -- connection management ---------------------------------------------------------------

    def _ensure_client(self) -> Any:
        if self._client is None:
            self._client = self._connection.open()
        return self._client

    def _run(
        self,
        what: str,
        operation: Callable[[Any], T],
        *,
        retry: Callable[[Any], T] | None = None,
    ) -> T:
        """`operation` on the connection; after a drop, once more (`retry`) on a fresh one."""
        try:
            return operation(self._ensure_client())
        except _DROPPED:
            self._drop()  # dead, or a reply half read: neither can be resumed
        except IMAPClientError as error:  # a NO or BAD: the connection itself is fine
            raise self._connection.error(what, error) from error
        try:
            client = self._ensure_client()
        except MailboxError as error:
            lost = f"{what}: the connection was lost and reconnecting failed: {error}"
            raise MailboxError(lost) from error.__cause__
        try:
            return (retry or operation)(client)
        except _DROPPED as error:
            self._drop()
            raise self._connection.error(what, error) from error
        except IMAPClientError as error:
            raise self._connection.error(what, error) from error

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(IMAPClientError, OSError):  # already gone
                client.shutdown()


class AsyncMailbox:
    """The event loop's face of an `ImapMailbox`: ``await box.call(ImapMailbox.sent_folder)``.

    Every call runs on one dedicated worker thread, in order, so the loop never waits on the
    network and only that thread touches the connection. A cancelled call still finishes on
    the worker (a blocking call cannot be interrupted); the next one waits for it.
    """

    def __init__(self, mailbox: ImapMailbox) -> None:
        self._mailbox = mailbox
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dunmail-imap")

    async def call(self, operation: Callable[[ImapMailbox], T]) -> T:
        """`operation(mailbox)` on the worker, e.g. ``lambda box: box.append(...)``."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, operation, self._mailbox)

    async def close(self) -> None:
        """Log out on the worker, then let the worker thread end."""
        try:
            await self.call(ImapMailbox.close)
        finally:
            self._worker.shutdown(wait=False)


# -- operations (each runs on the owning thread, given the live client) ----------------------


def _ensure(client: Any, *, parts: Sequence[str]) -> str:
    prefix, separator = _hierarchy(client)
    if len(parts) > 1 and not separator:
        raise IMAPClientError("the server has no folder hierarchy (no separator)")
    name = (separator or "/").join(parts)
    if prefix and not name.startswith(prefix) and name.upper() != "INBOX":
        name = prefix + name
    if not client.folder_exists(name):
        try:
            # RFC 3501 §6.3.3: the server creates the superior levels it needs.
            client.create_folder(name)
        except IMAPClientError:
            if not client.folder_exists(name):  # someone else may just have created it
                raise
        client.subscribe_folder(name)
    return name


def _hierarchy(client: Any) -> tuple[str, str]:
    """The personal namespace prefix and hierarchy separator, as the server states them."""
    if client.has_capability("NAMESPACE"):
        personal = client.namespace().personal  # RFC 2342
        if personal:
            prefix, separator = personal[0]
            return str(prefix), str(separator or "")
    listing = client.list_folders("", "")  # RFC 3501 §6.3.8: LIST "" "" names the separator
    separator = listing[0][1] if listing else None
    if isinstance(separator, bytes):
        separator = separator.decode("ascii")
    return "", str(separator or "")


def _append(
    client: Any,
    *,
    folder: str,
    raw: bytes,
    flags: tuple[str | bytes, ...],
    when: datetime,
    look_first: bool = False,
) -> int | None:
    """APPEND; with `look_first`, only if no message with the same Message-ID is there yet."""
    message_id = min(_ids_in(raw), default="") if look_first else ""
    present = _uids_by_id(client, folder, [message_id]) if message_id else {}
    if present:
        return max(present[message_id])
    reply = client.append(folder, raw, flags=flags, msg_time=when)
    match = _APPENDUID.search(reply if isinstance(reply, bytes) else str(reply).encode())
    return int(match[1]) if match else None


def _uids_by_id(client: Any, folder: str, bare_ids: Sequence[str]) -> dict[str, list[int]]:
    """Which of `bare_ids` are in `folder`, each with its UIDs (exact header match)."""
    client.select_folder(folder, readonly=True)  # EXAMINE: flags stay as they are
    wanted, found = set(bare_ids), dict[str, list[int]]()
    for batch in _batches(list(bare_ids), _SEARCH_BATCH):
        terms = [term for bare in batch for term in ("HEADER", "Message-ID", bare)]
        # Prefix notation (RFC 3501 §6.4.4): OR OR a b c matches any of a, b, c.
        uids = client.search(["OR"] * (len(batch) - 1) + terms)
        for uid_batch in _batches(sorted(uids), _FETCH_BATCH):
            for uid, data in client.fetch(uid_batch, [_ID_FIELD]).items():
                for bare in _ids_in(data.get(_ID_KEY, b"")) & wanted:
                    found.setdefault(bare, []).append(int(uid))
    return found


def _ids_in(header: bytes) -> set[str]:
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header)
    return {_bare(str(value)) for value in parsed.get_all("Message-ID", [])}


def _bare(message_id: str) -> str:
    """ "<id@host>" and " id@host " alike as "id@host" (RFC 5322 §3.6.4 msg-id)."""
    text = "".join(message_id.split())
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


def _batches(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    return (items[start : start + size] for start in range(0, len(items), size))


def _logout(client: Any) -> None:
    if client is None:
        return
    try:
        client.logout()
    except (IMAPClientError, OSError):
        with contextlib.suppress(IMAPClientError, OSError):
            client.shutdown()
