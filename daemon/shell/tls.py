"""Client-side TLS for the mail adapters: one `ssl.SSLContext` per server, built once and reused.

One job: turn a server section's ``validate_certs`` and ``ca_file`` into a context, and say in
one line why a handshake failed. It must not connect anywhere. Building a context loads the
system trust store (~30 ms); reusing one makes each new connection cheap (STARTTLS ~7 ms instead
of ~38 ms), so adapters build theirs at start-up.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from daemon.errors import StartupError


class TlsSetupError(StartupError):
    """The configured CA file cannot be loaded: a setup problem, reported before any connection."""


def client_context(*, validate_certs: bool, ca_file: Path | None) -> ssl.SSLContext:
    """A client context: the system's trusted CAs plus `ca_file`; verification on by default.

    `ca_file` adds a private CA to the system store rather than replacing it, so the same
    setting works for a company CA and for a public one. ``validate_certs: false`` turns off
    both the chain and the host-name check (RFC 6125): an explicit opt-out for test rigs.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    # RFC 8996 deprecates TLS 1.0 and 1.1.
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as error:
            reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or error
            raise TlsSetupError(f"cannot load CA file {ca_file}: {reason}") from error
    if not validate_certs:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def find_tls_error(error: BaseException) -> ssl.SSLError | None:
    """The TLS error behind `error` (libraries wrap it: aiosmtplib in SMTPConnectError), or None.

    A TLS EOF or close-notify is a dropped connection, not a TLS problem, so it is not returned.
    """
    seen: BaseException | None = error
    for _ in range(10):  # cause chains are short; the bound only guards against a cycle
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLError) and not isinstance(
            seen, ssl.SSLEOFError | ssl.SSLZeroReturnError
        ):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def describe_tls_error(error: ssl.SSLError, *, section: str, where: str) -> str:
    """One line: what failed and which setting to look at. A certificate is a setup problem."""
    if isinstance(error, ssl.SSLCertVerificationError):
        why = error.verify_message or error.reason or "not trusted"
        return (
            f"certificate of {where} failed verification ({why}): a configuration problem; "
            f"set {section}.ca_file to the CA that signed it or fix the server's certificate"
        )
    reason = error.reason or type(error).__name__
    return (
        f"TLS handshake with {where} failed ({reason}): check {section}.tls and {section}.port "
        "(implicit TLS on a STARTTLS port, or the reverse, fails like this)"
    )
