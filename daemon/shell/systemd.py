"""sd_notify(3) over `$NOTIFY_SOCKET`: readiness, status, watchdog; a few lines of stdlib.

Outside systemd (no `$NOTIFY_SOCKET`) every call is a no-op, so the service runs the same by hand.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Mapping


class Notifier:
    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        # An address starting with "@" names a Linux abstract socket: the "@" stands for a NUL byte.
        self._address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        watched = usec.isdigit() and (not pid or pid == str(os.getpid()))
        self.watchdog_seconds: float | None = int(usec) / 1_000_000 if watched else None

    @property
    def enabled(self) -> bool:
        return bool(self._address)

    def send(self, **fields: str) -> None:
        if not self._address:
            return
        payload = "\n".join(f"{key.upper()}={value}" for key, value in fields.items())
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            try:
                sock.sendto(payload.encode(), self._address)
            except OSError:
                # systemd gone or socket unreachable: notification is advisory, never fatal.
                return

    def ready(self, status: str = "") -> None:
        self.send(ready="1", status=status) if status else self.send(ready="1")

    def status(self, text: str) -> None:
        self.send(status=text)

    def reloading(self) -> None:
        # MONOTONIC_USEC lets systemd >= 253 match RELOADING=1 with the reload it asked for.
        self.send(reloading="1", monotonic_usec=str(time.monotonic_ns() // 1000))

    def stopping(self) -> None:
        self.send(stopping="1")

    def watchdog(self) -> None:
        self.send(watchdog="1")
