"""How to reach the AR mailbox over IMAP (imapclient): settings, a logged-in connection, errors.

One job: open a connected, secured, logged-in `imapclient.IMAPClient` (RFC 3501 §6.2.1 STARTTLS
or RFC 8314 implicit TLS, per config) and turn what imapclient, imaplib, ssl or a socket raise into
a `MailboxError`: one readable line, never the password. It must not run mailbox operations
(`daemon.shell.imap` does) nor keep a connection: every `open()` gives a fresh one to whoever owns
it, the `ImapMailbox` or an IDLE watcher.
"""

from __future__ import annotations

import contextlib
import ssl
from dataclasses import dataclass, field
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from daemon.config.servers import ImapConfig
from daemon.errors import DunmailError
from daemon.shell.tls import client_context, describe_tls_error, find_tls_error

# A connection that died or timed out; worth one reconnect. (ssl.SSLError is an OSError.)
DROPPED = (IMAPClientAbortError, OSError)


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
            logout(client)
            raise MailboxError(
                self.clean(f"login to {self.where} as {self.username!r} refused: {error}")
            ) from None  # the LoginError adds nothing to this line
        except (IMAPClientError, OSError) as error:
            logout(client)
            raise self.error("connect", error) from error
        return client

    def error(self, what: str, error: BaseException) -> MailboxError:
        """`error` from imapclient, imaplib, ssl or a socket as one line about `what`."""
        tls = find_tls_error(error)
        if tls is not None:
            text = f"{what}: {describe_tls_error(tls, section='imap', where=self.where)}"
        elif isinstance(error, DROPPED):
            reason = str(error) or type(error).__name__
            text = f"{what}: connection to {self.where} failed or was lost ({reason})"
        else:
            text = f"{what}: the server said: {error}"
        return MailboxError(self.clean(text))

    def clean(self, text: str) -> str:
        """One line; the password replaced, should a server or library ever echo it."""
        text = " ".join(text.split())
        return text.replace(self.password, "***") if self.password else text


def logout(client: Any) -> None:
    """LOGOUT (RFC 3501 §6.1.3); a connection already broken is just shut down."""
    if client is None:
        return
    try:
        client.logout()
    except (IMAPClientError, OSError):
        with contextlib.suppress(IMAPClientError, OSError):
            client.shutdown()
