"""`dunmail doctor` against a real SMTP server (STARTTLS and AUTH) and the private Dovecot.

Every check is one line, pass or fail with its reason; the exit code says whether all passed.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from outbound_world import Row, dunmail_argv, dunmail_env, write_config, write_ledger
from servers.dovecot import PrivateDovecot
from servers.smtp import Credentials, ThreadedSmtpSink
from servers.tls import TlsMaterial, TlsMode

LOGIN = Credentials("ar-sender", "s3nd-secret")


@pytest.fixture
def sink(tls_material: TlsMaterial) -> Iterator[ThreadedSmtpSink]:
    with ThreadedSmtpSink(auth=LOGIN, mode=TlsMode.STARTTLS, tls=tls_material) as server:
        yield server


def site(directory: Path, smtp_port: int, dovecot: PrivateDovecot, tls: TlsMaterial) -> Path:
    write_ledger(directory / "ledger.csv", [
        Row("US1", "Acme Hardware Inc.", "", "America/New_York", "en", "US", "Pat", "Doe",
            "ap@acme.test", "+1 555 0101", "", "A-1", "2026-09-20", "2026-10-20", "10.00",
            "10.00", "USD"),
    ])  # fmt: skip
    (directory / "smtp-password").write_text(LOGIN.password)
    config = write_config(directory, smtp_port=smtp_port, dovecot=dovecot)
    text = config.read_text().replace(
        "  tls: none\n  timeout_seconds: 10\nimap:",
        f"  tls: starttls\n  username: {LOGIN.user}\n  password_file: smtp-password\n"
        f"  ca_file: {tls.ca_cert}\n  timeout_seconds: 10\nimap:",
    )
    config.write_text(text)
    return config


def doctor(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        dunmail_argv("doctor", "--config", str(config)),
        capture_output=True, text=True, env=dunmail_env(), timeout=60, check=False,
    )  # fmt: skip


def lines(ran: subprocess.CompletedProcess[str]) -> dict[str, str]:
    found = {}
    for line in ran.stdout.splitlines():
        mark, _, rest = line.partition("  ")
        name, _, detail = rest.strip().partition("  ")
        found[name.strip()] = f"{mark} {detail.strip()}"
    return found


def test_a_working_installation_passes_every_check(
    tmp_path: Path, sink: ThreadedSmtpSink, dovecot: PrivateDovecot, tls_material: TlsMaterial
) -> None:
    ran = doctor(site(tmp_path, sink.port, dovecot, tls_material))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    found = lines(ran)
    assert found["config"].startswith("pass")
    assert found["SMTP connect"].startswith("pass")
    assert found["TLS"].startswith("pass TLSv1.") and "certificate verified" in found["TLS"]
    assert found["SMTP AUTH"] == f"pass logged in as {LOGIN.user}"
    assert found["IMAP login"].startswith("pass")
    assert found["IDLE"] == "pass offered"
    assert found["folders"].startswith("pass INBOX and")
    assert found["keywords"] == "pass the inbox accepts new keywords"
    assert found["ledger"].startswith("pass") and found["ledger age"].startswith("pass")
    assert not sink.messages  # nothing was sent


def test_each_failure_is_one_line_with_its_reason(
    tmp_path: Path, sink: ThreadedSmtpSink, dovecot: PrivateDovecot, tls_material: TlsMaterial
) -> None:
    config = site(tmp_path, sink.port, dovecot, tls_material)
    (tmp_path / "smtp-password").write_text("wrong")
    (tmp_path / "imap-password").write_text("wrong")
    three_days_ago = time.time() - 3 * 86400
    os.utime(tmp_path / "ledger.csv", (three_days_ago, three_days_ago))
    ran = doctor(config)
    assert ran.returncode == 1
    found = lines(ran)
    assert found["TLS"].startswith("pass")
    assert found["SMTP AUTH"].startswith("FAIL") and "wrong" not in found["SMTP AUTH"]
    assert found["IMAP login"].startswith("FAIL") and "refused" in found["IMAP login"]
    assert found["ledger age"].startswith("FAIL written 3 days ago")
    assert "3 check(s) failed: SMTP AUTH, IMAP login, ledger age" in ran.stderr
