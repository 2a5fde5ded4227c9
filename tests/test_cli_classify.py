"""`dunmail classify` as a user meets it: real processes on .eml files, a Maildir and stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROMISE = (
    "From: Jane <jane@customer.example>\nTo: ar@us.example\nSubject: Re: Invoice INV-42\n"
    "Date: Wed, 18 Nov 2026 10:00:00 +0100\nMessage-ID: <a@customer.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\nWe will pay on December 1.\n"
)
PAID = (
    "From: Hans <hans@kunde.example>\nTo: ar@us.example\nSubject: AW: Rechnung\n"
    "Date: Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <b@kunde.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\nWir haben gestern 1.234,56 EUR überwiesen.\n"
)


def dunmail(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUNMAIL_")}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "daemon", "classify", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )


def rows(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode().splitlines()]


def test_eml_files_as_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(PROMISE)
    (tmp_path / "b.eml").write_text(PAID)
    result = dunmail(str(tmp_path / "a.eml"), str(tmp_path / "b.eml"), "--json")
    assert result.returncode == 0, result.stderr
    first, second = rows(result.stdout)
    assert first["intent"] == "promise_to_pay"
    assert first["promised_date"] == "2026-12-01"  # resolved against the message's Date header
    assert first["invoice_refs"] == ["INV-42"]
    assert second["intent"] == "payment_sent"
    assert (second["paid_date"], second["amount"], second["currency"]) == (
        "2026-11-22",
        "1234.56",
        "EUR",
    )
    assert set(first) >= {"file", "confidence", "return_date", "bounce_kind", "language", "reasons"}


def test_maildir_folder(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "cur" / "1.host:2,S").write_text(PROMISE)
    (tmp_path / "new" / "2.host").write_text(PAID)
    result = dunmail(str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    assert [row["intent"] for row in rows(result.stdout)] == ["promise_to_pay", "payment_sent"]


def test_stdin_and_table() -> None:
    result = dunmail("-", stdin=PROMISE.encode())
    assert result.returncode == 0, result.stderr
    assert b"promise_to_pay" in result.stdout and b"2026-12-01" in result.stdout


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff\xfe not a mail", b"Subject: =?x?Q?=ff?=\n\n"])
def test_garbage_on_stdin_is_classified_not_fatal(garbage: bytes) -> None:
    result = dunmail("-", "--json", stdin=garbage)
    assert result.returncode == 0, result.stderr
    assert rows(result.stdout)[0]["intent"] == "other"


def test_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = dunmail(str(tmp_path / "nope.eml"))
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
