"""A TCP relay in front of the private Dovecot, whose connections a test cuts.

One job: pass bytes both ways unchanged between a real client and the real server on 127.0.0.1,
and cut connections the ways a NAT timeout, a restart or a dying link does:

- `cut()` shuts every connection at once;
- with `cut_on_reply` set, a server reply containing it is swallowed and every connection cut:
  the server did the work, the client never hears so;
- `cut_during(command, after_bytes)` arms one cut in mid-answer: the next time a client sends a
  line holding `command`, only `after_bytes` bytes of the server's answer get through before
  that connection is closed (a FETCH cut inside a message literal, say). `cuts` counts them.

`client_bytes_per_second` slows what clients send to that rate (a slow uplink); 0 stops it
altogether (a link that hangs), None (the default) passes it at full speed. With `hang_after`
set, the link hangs once a client line holding it has gone through (after "DATA", say).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from . import LOOPBACK

_SLICE_SECONDS = 0.05  # a throttled relay reads this much of a second's worth at a time
_RECEIVE_BUFFER = 256 * 1024


@dataclass
class _Connection:
    client: socket.socket
    upstream: socket.socket
    cut_after: int | None = None  # bytes of the server's answer still let through, once armed

    def shut(self) -> None:
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class CuttableRelay:
    """Relays 127.0.0.1:`port` (free, chosen here) to Dovecot's `port`."""

    def __init__(self, port: int, *, source: str = LOOPBACK) -> None:
        # Where new connections go; a test may point it at another server between connections.
        self.target: tuple[str, int] = (LOOPBACK, port)
        self._source = (source, 0)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # A fixed receive buffer, inherited by each accepted socket (and so set before the
        # handshake): autotuning would let a hung relay swallow tens of megabytes unread.
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _RECEIVE_BUFFER)
        self._listener.bind((LOOPBACK, 0))
        self._listener.listen()
        self._listener.settimeout(0.05)
        self.port = int(self._listener.getsockname()[1])
        self.accepted = 0
        self.cuts = 0
        self.cut_on_reply: bytes | None = None
        self.commands = bytearray()  # everything the client sent
        self.client_bytes_per_second: float | None = None
        self.hang_after: bytes | None = None
        self._armed: list[tuple[bytes, int]] = []
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._closing = threading.Event()
        self._spawn(self._accept)

    def cut_during(self, command: bytes, after_bytes: int, *, times: int = 1) -> None:
        """Cut the answers to the next `times` client lines holding `command` after
        `after_bytes` bytes each."""
        with self._lock:
            self._armed += [(command, after_bytes)] * times

    def cut(self) -> None:
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closing.set()
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            client.settimeout(None)
            upstream = socket.create_connection(self.target, source_address=self._source)
            self._sockets += [client, upstream]
            self.accepted += 1
            connection = _Connection(client, upstream)
            self._spawn(self._commands, connection)
            self._spawn(self._replies, connection)

    def _commands(self, connection: _Connection) -> None:
        source, target = connection.client, connection.upstream
        with contextlib.suppress(OSError):
            while not self._closing.is_set():
                rate = self.client_bytes_per_second
                if rate == 0:  # hung: read nothing, so the client's buffers fill up
                    time.sleep(_SLICE_SECONDS)
                    continue
                data = source.recv(65536 if rate is None else max(1, int(rate * _SLICE_SECONDS)))
                if not data:
                    break
                self.commands += data
                self._arm(connection, data)
                target.sendall(data)
                if self.hang_after is not None and self.hang_after in data:
                    self.client_bytes_per_second, self.hang_after = 0, None
                elif rate is not None:
                    time.sleep(len(data) / rate)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)

    def _arm(self, connection: _Connection, data: bytes) -> None:
        with self._lock:
            for index, (command, after_bytes) in enumerate(self._armed):
                if command in data and connection.cut_after is None:
                    connection.cut_after = after_bytes
                    del self._armed[index]
                    return

    def _replies(self, connection: _Connection) -> None:
        source, target = connection.upstream, connection.client
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if self.cut_on_reply is not None and self.cut_on_reply in data:
                    self.cut()
                    return
                left = connection.cut_after
                if left is not None and len(data) >= left:
                    target.sendall(data[:left])
                    with self._lock:
                        self.cuts += 1
                    connection.shut()
                    return
                if left is not None:
                    connection.cut_after = left - len(data)
                target.sendall(data)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
