"""Throwaway TLS material for the test servers: a private CA and one server certificate.

The certificate names ``localhost`` and ``127.0.0.1`` so clients verify the hostname as well as
the chain. It is made with the ``openssl`` command-line tool (a dependency of dovecot-core, and
present on Debian images): the standard library cannot create certificates, and the tests take
no extra Python dependency for it.

This module must never touch the system trust store: only contexts built from ``TlsMaterial``
trust the test CA.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# EC keys take a millisecond or two; RSA 2048 costs ~100 ms per key for nothing a test needs.
_KEY_ARGS = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
_DAYS = "30"

# What the leaf needs to pass strict X.509 checks (Python 3.13 turns VERIFY_X509_STRICT on).
_LEAF_EXTENSIONS = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = {san}
"""


class TlsMode(StrEnum):
    """How a test server (and the client talking to it) protects a connection."""

    PLAIN = "plain"
    STARTTLS = "starttls"  # RFC 3207 (SMTP) / RFC 3501 6.2.1 (IMAP): upgrade after the greeting
    IMPLICIT = "implicit"  # RFC 8314: TLS from the first byte (smtps, imaps)


class TlsToolMissingError(RuntimeError):
    """The ``openssl`` command is not installed, so no test certificate can be made."""


@dataclass(frozen=True, slots=True)
class TlsMaterial:
    """Paths of a test CA and a server certificate signed by it, plus ready-made SSL contexts."""

    ca_cert: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        """A server-side context presenting the test certificate."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts the test CA and nothing else."""
        return ssl.create_default_context(cafile=str(self.ca_cert))


def create_tls_material(
    directory: Path,
    *,
    dns_names: tuple[str, ...] = ("localhost",),
    ip_addresses: tuple[str, ...] = ("127.0.0.1",),
) -> TlsMaterial:
    """Create a CA and a server certificate for the given names in ``directory``."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise TlsToolMissingError("the `openssl` command is not installed")
    directory.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = directory / "ca.pem", directory / "ca.key"
    cert, key, csr = directory / "server.pem", directory / "server.key", directory / "server.csr"
    extensions = directory / "server.ext"
    san = ", ".join([f"DNS:{name}" for name in dns_names] + [f"IP:{ip}" for ip in ip_addresses])
    extensions.write_text(_LEAF_EXTENSIONS.format(san=san), encoding="ascii")

    _run(openssl, "req", "-x509", *_KEY_ARGS, "-keyout", ca_key, "-out", ca_cert, "-days", _DAYS,
         "-subj", "/CN=dunmail test CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
    _run(openssl, "req", "-new", *_KEY_ARGS, "-keyout", key, "-out", csr,
         "-subj", f"/CN={dns_names[0] if dns_names else ip_addresses[0]}")  # fmt: skip
    _run(openssl, "x509", "-req", "-in", csr, "-CA", ca_cert, "-CAkey", ca_key,
         "-set_serial", "2", "-days", _DAYS, "-extfile", extensions, "-out", cert)  # fmt: skip
    return TlsMaterial(ca_cert=ca_cert, cert=cert, key=key)


def _run(*argv: str | Path) -> None:
    result = subprocess.run([str(arg) for arg in argv], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv[:3]))} failed: {result.stderr.strip()}")
