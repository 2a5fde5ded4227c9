"""Real servers for the integration tests: a private Dovecot, an aiosmtpd sink, TLS material.

Everything here listens on 127.0.0.1 only and is started and stopped by the fixtures in
``tests/conftest.py``. Nothing here may reach another host or rely on a system-wide service.
"""

from __future__ import annotations

import socket
from contextlib import ExitStack

LOOPBACK = "127.0.0.1"


def free_ports(count: int = 1) -> list[int]:
    """Return ``count`` distinct ports that were free on loopback a moment ago.

    All sockets stay bound until every port is picked, so the ports differ from one another.
    Another process can still take one before our server binds it; callers that cannot bind
    port 0 themselves retry on that error.
    """
    with ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind((LOOPBACK, 0))
            ports.append(int(sock.getsockname()[1]))
        return ports
