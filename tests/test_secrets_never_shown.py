"""A password never shows: not on the terminal, not in `--debug` tracebacks, not in the state.

`dunmail --debug run --once` is run against a real SMTP server (aiosmtpd, AUTH required) and the
private Dovecot, each given a wrong password the test knows: both logins fail, dunmail says so,
and neither password appears in its output or in any file it wrote. A right password that
works must not show either.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from outbound_world import AR, Row, dunmail_argv, dunmail_env, write_config, write_ledger
from servers.dovecot import PrivateDovecot
from servers.smtp import Credentials, ThreadedSmtpSink

NOW = "2026-11-02T09:00:00-05:00"  # a Monday morning in New York: the sending window is open
SMTP_RIGHT = "smtp-right-Jq7vX2-pass"
SMTP_WRONG = "smtp-wrong-Pz4kR9-pass"
IMAP_WRONG = "imap-wrong-Lm3tW8-pass"


def _site(tmp_path: Path, port: int, dovecot: PrivateDovecot) -> Path:
    config = write_config(tmp_path, smtp_port=port, dovecot=dovecot)
    text = config.read_text(encoding="utf-8").replace(
        "smtp:\n  host: 127.0.0.1\n",
        "smtp:\n  host: 127.0.0.1\n  username: ar\n  password_env: DUNMAIL_SMTP_PASSWORD\n",
    )
    config.write_text(text, encoding="utf-8")
    row = Row("K1", "Customer K1 Ltd.", "", "America/New_York", "en", "US", "Alex", "K1",
              "ap@k1.test", "", "", "INV-K1", "2026-09-01", "2026-10-01", "500.00", "500.00",
              "USD")  # fmt: skip
    write_ledger(tmp_path / "ledger.csv", [row])
    return config


def _run(config: Path, smtp_password: str) -> str:
    env = dunmail_env() | {"DUNMAIL_SMTP_PASSWORD": smtp_password}
    argv = dunmail_argv("--debug", "run", "--config", str(config), "--once", "--now", NOW)
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)
    return done.stdout + done.stderr


def _written(directory: Path) -> bytes:
    """Every file under `directory` (the state, logs and journal dunmail keeps) but the secret."""
    return b"".join(
        path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != "imap-password"
    )


def test_wrong_passwords_are_reported_without_being_shown(
    tmp_path: Path, dovecot: PrivateDovecot
) -> None:
    with ThreadedSmtpSink(auth=Credentials("ar", SMTP_RIGHT)) as sink:
        config = _site(tmp_path, sink.port, dovecot)
        (tmp_path / "imap-password").write_text(IMAP_WRONG + "\n", encoding="utf-8")
        output = _run(config, SMTP_WRONG)
        assert sink.messages == []
    assert "535" in output or "authentic" in output.lower(), output  # it says what is wrong
    for secret in (SMTP_WRONG, IMAP_WRONG, SMTP_RIGHT):
        assert secret not in output
        assert secret.encode() not in _written(tmp_path)


def test_a_working_password_is_not_shown_either(tmp_path: Path, dovecot: PrivateDovecot) -> None:
    with ThreadedSmtpSink(auth=Credentials("ar", SMTP_RIGHT)) as sink:
        config = _site(tmp_path, sink.port, dovecot)
        output = _run(config, SMTP_RIGHT)
        sent = [m for m in sink.messages if m.rcpt_tos != (AR,)]
        assert [m.auth_user for m in sent] == ["ar"], output  # the login worked: mail went out
    password = dovecot.users["ar"]
    for secret in (SMTP_RIGHT, password):
        assert secret not in output
        assert secret.encode() not in _written(tmp_path)
