"""A private Dovecot 2.3 (IMAP + LMTP) for the integration tests.

It writes its own ``dovecot.conf`` (the text comes from ``dovecot_conf``) into a fresh temp dir, so
nothing is read from /etc/dovecot and the distribution's dovecot service is neither needed nor
touched. It runs ``dovecot -F`` in a new session on free loopback ports and stops that whole
process group. It must never listen beyond 127.0.0.1, nor leave files or processes behind after
``stop()``.

Root and non-root runs differ: as root, mail access runs as nobody, so the tree lives outside
pytest's base temp dir (mode 0700, which nobody cannot traverse) with the mail in a nobody-owned
0700 dir. As a normal user ("rootless") every process runs as that user.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import imapclient
from imapclient.exceptions import IMAPClientError

from . import LOOPBACK, free_ports
from .dovecot_conf import render_config
from .tls import TlsMaterial, TlsMode

DEFAULT_USERS: Mapping[str, str] = {"ar": "ar-secret", "collector": "collector-secret"}
MAIL_DOMAIN = "example.test"

# SIGTERM to the master alone takes 1-6 s; the whole group dies at once and tests lose nothing.
_STOP_GRACE = 0.5
# A free port can be taken between picking it and Dovecot binding it.
_START_ATTEMPTS = 3


class DovecotStartError(RuntimeError):
    """Dovecot did not come up; the message carries the tail of its log."""


def find_dovecot() -> str | None:
    """Path of the dovecot binary, also looking in the sbin dirs a normal user's PATH lacks."""
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/local/sbin", "/usr/sbin", "/sbin"])
    return shutil.which("dovecot", path=search)


class PrivateDovecot:
    """One Dovecot instance on free loopback ports, with a passwd-file of users and optional TLS."""

    host = LOOPBACK

    def __init__(
        self,
        binary: str,
        *,
        users: Mapping[str, str] = DEFAULT_USERS,
        tls: TlsMaterial | None = None,
        start_timeout: float = 10.0,
        quota_kb: int | None = None,
    ) -> None:
        if any(":" in entry or "\n" in entry for pair in users.items() for entry in pair):
            raise ValueError("passwd-file entries must not contain ':' or newlines")
        self.binary = binary
        self.users = dict(users)
        self.tls = tls
        self.start_timeout = start_timeout
        self.quota_kb = quota_kb  # each user's folders but INBOX (see dovecot_conf)
        self.imap_port = self.lmtp_port = 0
        self.imaps_port: int | None = None
        self._root: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._resets = itertools.count()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Write the config, start Dovecot, wait for its greetings (DovecotStartError if none)."""
        self._root = Path(tempfile.mkdtemp(prefix="dunmail-dovecot-"))
        try:
            # Internal users (dovecot, nobody) use sockets under base_dir: keep it traversable.
            self._root.chmod(0o755)
            self._write_files()
            self._launch_until_bound()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the whole process group (SIGTERM, SIGKILL after a short grace), remove the files."""
        self._kill()
        root, self._root = self._root, None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)

    def halt(self) -> None:
        """Stop the processes but keep the mail, ports and config: the first half of a restart."""
        self._kill()

    def resume(self) -> None:
        """Start again after `halt()` on the same ports with the same mail, as a restart would."""
        self._launch()

    def __enter__(self) -> PrivateDovecot:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- helpers for tests -------------------------------------------------------------------

    @property
    def lmtp_address(self) -> tuple[str, int]:
        return (self.host, self.lmtp_port)

    @staticmethod
    def address(user: str) -> str:
        """The e-mail address that LMTP delivers to ``user``."""
        return f"{user}@{MAIL_DOMAIN}"

    def client(
        self,
        user: str,
        *,
        mode: TlsMode = TlsMode.PLAIN,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 10.0,
    ) -> imapclient.IMAPClient:
        """A logged-in IMAPClient for ``user``.

        TLS modes verify the server against the test CA unless ``ssl_context`` says otherwise.
        """
        context = ssl_context
        if mode is not TlsMode.PLAIN and context is None:
            if self.tls is None:
                raise ValueError("this Dovecot was started without TLS material")
            context = self.tls.client_context()
        implicit = mode is TlsMode.IMPLICIT
        client = imapclient.IMAPClient(
            self.host,
            port=self.imaps_port if implicit else self.imap_port,
            ssl=implicit,
            ssl_context=context,
            timeout=timeout,
        )
        try:
            if mode is TlsMode.STARTTLS:
                client.starttls(context)
            client.login(user, self.users[user])
        except BaseException:
            close_client(client)
            raise
        return client

    def deliver(self, user: str, raw: bytes, *, sender: str = f"sender@{MAIL_DOMAIN}") -> None:
        """Deliver one message to ``user``'s INBOX over LMTP, as an MTA would.

        One recipient per transaction: LMTP sends one DATA reply per recipient (RFC 2033 4.2)
        and stdlib smtplib.LMTP reads only one.
        """
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=10) as lmtp:
            lmtp.sendmail(sender, [self.address(user)], raw)

    def reset_mailbox(self, user: str) -> None:
        """Give ``user`` an empty mailbox (special-use folders only, UIDs from 1).

        Renaming the home dir away is atomic, so the next login or delivery finds no home and
        Dovecot creates a fresh one. Callers must have logged out their connections first, so no
        imap process still writes into the old tree. UIDVALIDITY comes from the clock in seconds:
        it may repeat when two resets fall within one second.
        """
        home = self._require_root() / "mail" / user
        if home.exists():
            grave = home.with_name(f".reset-{user}-{next(self._resets)}")
            home.rename(grave)
            shutil.rmtree(grave, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of Dovecot's log and of its console output (config errors go there)."""
        if self._root is None:
            return "(no log: Dovecot was not started)"
        parts = []
        for name in ("console.log", "dovecot.log"):
            path = self._root / name
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                parts.append(f"--- {name} ---\n" + "\n".join(text))
        return "\n".join(parts) or "(Dovecot wrote no log)"

    # -- internals ---------------------------------------------------------------------------

    def _require_root(self) -> Path:
        if self._root is None:
            raise RuntimeError("PrivateDovecot is not started")
        return self._root

    def _write_files(self) -> None:
        root = self._require_root()
        (root / "state").mkdir()
        users = "".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self.users.items())
        (root / "users").write_text(users, encoding="utf-8")
        (root / "users").chmod(0o600)
        mail = root / "mail"
        mail.mkdir(mode=0o700)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(mail, nobody.pw_uid, nobody.pw_gid)
        if self.tls is not None:
            # Copied into our own tree: the config process must read them whatever the mode of
            # pytest's temp dir.
            (root / "tls").mkdir(mode=0o700)
            shutil.copyfile(self.tls.cert, root / "tls" / "server.pem")
            shutil.copyfile(self.tls.key, root / "tls" / "server.key")

    def _pick_ports(self) -> None:
        self.imap_port, self.lmtp_port, imaps = free_ports(3)
        self.imaps_port = imaps if self.tls is not None else None

    def _render_config(self) -> str:
        return render_config(
            self._require_root(),
            host=self.host,
            imap_port=self.imap_port,
            imaps_port=self.imaps_port,
            lmtp_port=self.lmtp_port,
            tls=self.tls is not None,
            quota_kb=self.quota_kb,
        )

    def _launch_until_bound(self) -> None:
        for attempt in range(1, _START_ATTEMPTS + 1):
            self._pick_ports()
            config = self._render_config()
            (self._require_root() / "dovecot.conf").write_text(config, encoding="utf-8")
            try:
                self._launch()
                return
            except DovecotStartError as error:
                self._kill()
                if attempt == _START_ATTEMPTS or "Address already in use" not in str(error):
                    raise

    def _launch(self) -> None:
        root = self._require_root()
        with (root / "console.log").open("ab") as console:
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(root / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                # Its own process group, so stop() can signal every child at once.
                start_new_session=True,
            )
        deadline = time.monotonic() + self.start_timeout
        self._await_greeting(self.imap_port, b"* OK", deadline)
        self._await_greeting(self.lmtp_port, b"220 ", deadline)

    def _await_greeting(self, port: int, greeting: bytes, deadline: float) -> None:
        while True:
            process = self._process
            if process is None or process.poll() is not None:
                raise DovecotStartError(f"dovecot exited during start-up\n{self.log_tail()}")
            try:
                with socket.create_connection((self.host, port), timeout=1.0) as sock:
                    if sock.recv(256).startswith(greeting):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise DovecotStartError(f"no greeting on port {port} in time\n{self.log_tail()}")
            time.sleep(0.01)

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _terminate_group(process)


def close_client(client: imapclient.IMAPClient) -> None:
    """LOGOUT, or drop the socket when the connection is already broken (no ResourceWarning)."""
    try:
        client.logout()
    except (IMAPClientError, OSError):
        with contextlib.suppress(OSError):
            client.shutdown()


class ImapAccount:
    """One user's mailbox for one test: opens logged-in connections, closes them all afterwards."""

    def __init__(self, server: PrivateDovecot, user: str) -> None:
        self.server = server
        self.user = user
        self.password = server.users[user]
        self.address = server.address(user)
        self._clients: list[imapclient.IMAPClient] = []

    def connect(self, *, mode: TlsMode = TlsMode.PLAIN) -> imapclient.IMAPClient:
        client = self.server.client(self.user, mode=mode)
        self._clients.append(client)
        return client

    def deliver(self, raw: bytes) -> None:
        self.server.deliver(self.user, raw)

    def close(self) -> None:
        clients, self._clients = self._clients, []
        for client in clients:
            close_client(client)


def _terminate_group(process: subprocess.Popen[bytes]) -> None:
    pgid = process.pid  # start_new_session made the master the leader of its own group
    _signal_group(pgid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=_STOP_GRACE)
    # Children may outlive the master; the group id still names them.
    _signal_group(pgid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 2.0
    while _group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.01)


def _signal_group(pgid: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signum)


def _group_alive(pgid: int) -> bool:
    """True while a process of the group still runs.

    Zombies do not count: children orphaned by the SIGKILLed master wait for init to reap them,
    which can take seconds, yet they hold no port or file any more.
    """
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after its ")".
            state, _ppid, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
            if int(pgrp) == pgid and state not in ("Z", "X"):
                return True
    return False
