"""Schema of the mail server sections: `smtp:` (outbound) and `imap:` or `maildir:` (inbound).

Transport security defaults to on. Plain text (`tls: none`) is refused for anything but the local
host unless `allow_insecure: true` says it is deliberate. Passwords are references (`SecretRef`),
resolved by the shell at startup.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import Field, field_validator, model_validator

from daemon.config.base import Section
from daemon.config.fields import ConfigPath, Host, Line, fail, located
from daemon.config.secrets import SecretRef

Tls = Literal["starttls", "implicit", "none"]
Port = Annotated[int, Field(ge=1, le=65535)]
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# The usual port for each kind of transport security; `port:` left out picks from here.
SMTP_PORTS: dict[str, int] = {"starttls": 587, "implicit": 465, "none": 25}
IMAP_PORTS: dict[str, int] = {"implicit": 993, "starttls": 143, "none": 143}

# RFC 2177: a server may drop an IDLE after 30 minutes; re-issue it well before (29 min = 1740 s).
IDLE_LIMIT_SECONDS = 1740


def _default_port(data: Any, ports: dict[str, int], default_tls: str) -> Any:
    if isinstance(data, dict) and "port" not in data:
        tls = data.get("tls", default_tls)
        if tls in ports:
            return {**data, "port": ports[tls]}
    return data


class _Server(SecretRef):
    host: Host
    port: Port
    tls: Tls
    allow_insecure: bool = False  # permit `tls: none` to a host other than this machine
    username: Line | None = None  # null: no login (e.g. a local relay)
    validate_certs: bool = True  # check the server's certificate and host name
    ca_file: ConfigPath | None = None  # extra CA bundle (PEM) for a private CA
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _secure(self) -> Self:
        problems = []
        if self.tls == "none" and self.host not in LOCAL_HOSTS and not self.allow_insecure:
            problems.append(
                (
                    ("tls",),
                    f'"none" sends the password and the mail in clear text; it is only allowed '
                    f"for {', '.join(sorted(LOCAL_HOSTS))} unless allow_insecure: true",
                )
            )
        if self.has_secret and self.username is None:
            problems.append((("username",), "a password is configured but no username"))
        if problems:
            raise located(problems)
        return self


class SmtpConfig(_Server):
    """Outbound: the submission server reminders are sent through."""

    port: Port = 587  # default: 587 with starttls, 465 with implicit, 25 with none
    tls: Tls = "starttls"
    max_messages_per_connection: int | None = Field(default=50, ge=1)  # null: no limit
    save_to_sent: bool = True  # append a copy to the IMAP Sent folder (ignored without imap)
    # The wait for the server's verdict once the whole message is sent: RFC 5321 §4.5.3.2.6
    # asks for 10 minutes, since a server scanning a large attachment must not be cut off
    # (which leaves a reminder perhaps sent). `timeout_seconds` bounds every other wait.
    data_reply_timeout_seconds: float = Field(default=600.0, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _port_for_tls(cls, data: Any) -> Any:
        return _default_port(data, SMTP_PORTS, "starttls")


class ImapFolders(Section):
    inbox: Line = "INBOX"  # where customers' replies arrive
    sent: Line | None = None  # null: the folder marked \Sent (RFC 6154 SPECIAL-USE)


class ImapConfig(_Server):
    """Inbound: the AR mailbox whose replies are read and classified."""

    port: Port = 993  # default: 993 with implicit, 143 with starttls or none
    tls: Tls = "implicit"
    folders: ImapFolders = ImapFolders()
    idle_seconds: int = Field(default=1500, gt=0)  # re-issue IDLE this often
    poll_seconds: float = Field(default=60.0, gt=0)  # when the server lacks IDLE
    # A larger message is read only in part (its header and the start of its text): a 30 MB
    # attachment is never downloaded to classify a reply.
    max_message_mb: float = Field(default=10.0, gt=0)

    @field_validator("idle_seconds")
    @classmethod
    def _idle_limit(cls, value: int) -> int:
        if value >= IDLE_LIMIT_SECONDS:
            fail(
                f"must be less than {IDLE_LIMIT_SECONDS}: servers may drop an IDLE after "
                "29 minutes (RFC 2177)"
            )
        return value

    @model_validator(mode="before")
    @classmethod
    def _port_for_tls(cls, data: Any) -> Any:
        return _default_port(data, IMAP_PORTS, "implicit")


class MaildirConfig(Section):
    """Inbound without IMAP: a local Maildir that an MDA delivers the AR mailbox into."""

    path: ConfigPath
    poll_seconds: float = Field(default=1.0, gt=0)  # how often new mail is looked for
    max_message_mb: float = Field(default=10.0, gt=0)  # larger: only its head is read
    # Our own acceptance copies (outbound.acceptance_copy) are moved here out of the inbox, as
    # with IMAP they go to Sent; null: they stay in the inbox.
    sent_folder: Line | None = "Sent"
