"""`dunmail doctor`'s look at the SMTP server: connect, secure, log in; send nothing.

One job: open one connection the way the sender does (implicit TLS, or STARTTLS required, RFC
3207/8314) in separate steps, so each step passes or fails on its own line with the reason, then
QUIT. The password never appears in a line.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass

import aiosmtplib

from daemon.config.servers import SmtpConfig
from daemon.shell.tls import client_context, describe_tls_error, find_tls_error


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    ok: bool
    detail: str


async def probe_smtp(config: SmtpConfig, password: str | None) -> list[Step]:
    where = f"{config.host}:{config.port}"
    context = (
        client_context(validate_certs=config.validate_certs, ca_file=config.ca_file)
        if config.tls != "none"
        else None
    )
    client = aiosmtplib.SMTP(
        hostname=config.host,
        port=config.port,
        timeout=config.timeout_seconds,
        use_tls=config.tls == "implicit",
        start_tls=False,  # done below, as its own step
        tls_context=context,
    )
    steps: list[Step] = []

    def clean(text: str) -> str:
        text = " ".join(text.split())
        return text.replace(password, "***") if password else text

    def failed(name: str, error: BaseException) -> list[Step]:
        tls = find_tls_error(error)
        why = describe_tls_error(tls, section="smtp", where=where) if tls else str(error)
        return [*steps, Step(name, False, clean(why or type(error).__name__))]

    try:
        await client.connect()
    except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
        return failed("SMTP connect", exc)
    try:
        greeting = "implicit TLS" if config.tls == "implicit" else "plain"
        steps.append(Step("SMTP connect", True, f"{where} answered ({greeting})"))
        if config.tls == "starttls":
            try:
                await client.starttls()
            except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as exc:
                return failed("TLS", exc)
        if config.tls == "none":
            steps.append(Step("TLS", True, "off (tls: none, this host only)"))
        else:
            info = client.get_transport_info("ssl_object")
            version = info.version() if isinstance(info, ssl.SSLObject) else "TLS"
            checked = "certificate verified" if config.validate_certs else "certificate NOT checked"
            steps.append(Step("TLS", config.validate_certs, f"{version}, {checked}"))
        if config.username is None:
            steps.append(Step("SMTP AUTH", True, "no login configured (a relay)"))
        else:
            try:
                await client.login(config.username, password or "")
            except (aiosmtplib.SMTPException, OSError) as exc:
                return failed("SMTP AUTH", exc)
            steps.append(Step("SMTP AUTH", True, f"logged in as {config.username}"))
        return steps
    finally:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
