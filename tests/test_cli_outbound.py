"""`dunmail run / plan / simulate / preview` as a user meets them: real processes, the example site.

`plan`, `simulate` and `preview` must write nothing to the state directory; `run --once --now`
sends exactly what `plan --at` showed for that moment, through a real SMTP sink, after which
`plan` shows nothing due for those customers.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from outbound_world import EXAMPLES, dunmail
from servers.smtp import ThreadedSmtpSink

AT = "2026-11-23T10:00"  # a Monday, 10:00 in New York (the example company's zone)
SENT_AT = "2026-11-23T15:00:00+00:00"
# Due at AT: everyone whose 09:00 window has opened (not Denver's C1004, not Los Angeles' C1003).
DUE_AT = {
    "C1001": "dwhitfield@example.com",
    "C1002": "ap@example.com",
    "C1005": "eoconnor@example.com",
    "C1006": "lgarza@example.com",
    "D2001": "buchhaltung@example.de",  # the primary contact from contacts.csv
    "D2002": "kreditoren@example.de",
    "D2003": "k.petersen@example.de",
    "D2004": "m.schaefer@example.de",
    "D2005": "a.gruber@example.de",
    "D2006": "o.bennett@example.de",
}


def copy_examples(directory: Path) -> Path:
    """A copy of the example config, ledger and contacts (just written, as by an exporter)."""
    for name in ("config.yaml", "ledger.csv", "contacts.csv"):
        shutil.copy(EXAMPLES / name, directory / name)
    return directory


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_examples(tmp_path)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example ledger imported once: the commands reading it must leave it as it is."""
    site = copy_examples(tmp_path_factory.mktemp("imported"))
    result = dunmail("import", "--config", str(site / "config.yaml"), str(site / "ledger.csv"))
    assert result.returncode == 0, result.stderr
    return site


def digest(directory: Path) -> dict[str, str]:
    """Every state file's digest (the lock file holds the last writer's pid, not state)."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != "dunmail.lock"
    }


def json_of(*args: str) -> Any:
    result = dunmail(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def table_rows(text: str) -> dict[str, list[str]]:
    """The first line of each row of a printed table, by its first cell."""
    rows = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split("│")]
        if len(cells) > 2 and cells[1]:  # a continuation line leaves the first cell empty
            rows[cells[1]] = cells[2:-1]
    return rows


def one_line_error(*args: str) -> str:
    """Run a command that must fail with exit 2 and one line on stderr; return that line."""
    result = dunmail(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- plan ----------------------------------------------------------------------------------


def test_plan_shows_the_due_reminders_and_writes_nothing(imported: Path) -> None:
    config = str(imported / "config.yaml")
    before = digest(imported / "state")

    table = dunmail("plan", "--config", config, "--at", AT)
    assert table.returncode == 0, table.stderr
    assert "Would send at 2026-11-23T10:00:00-05:00" in table.stdout
    rows = table_rows(table.stdout)  # customer -> email, step, invoices, local time, reason
    assert {customer: row[0] for customer, row in rows.items()} == DUE_AT
    assert rows["C1001"][1:4] == ["first", "INV-26-1012, INV-26-1188", "2026-11-23 10:00 EST"]
    assert rows["D2001"][1:4] == ["first", "INV-26-1040, INV-26-1215", "2026-11-23 16:00 CET"]

    payload = json_of("plan", "--config", config, "--at", AT)
    assert payload["at"] == "2026-11-23T10:00:00-05:00"
    assert {row["customer"]: row["email"] for row in payload["send"]} == DUE_AT
    sends = {row["customer"]: row for row in payload["send"]}
    assert {row["send_at"] for row in sends.values()} == {SENT_AT}
    assert {row["step"] for row in sends.values()} == {"first"}  # first contacts, however old
    northwind = sends["C1001"]
    assert northwind["invoices"] == ["INV-26-1012", "INV-26-1188"]  # INV-26-1302: not yet due
    assert (northwind["language"], northwind["local_time"]) == ("en", "2026-11-23 10:00 EST")
    assert northwind["pay_by"] == "2026-11-30"
    german = sends["D2001"]
    assert (german["language"], german["local_time"]) == ("de", "2026-11-23 16:00 CET")
    assert sends["C1002"]["invoices"] == ["INV-26-1105", "INV-26-1240", "INV-26-1325"]
    assert (payload["retry"], payload["skipped"]) == ([], [])

    assert digest(imported / "state") == before


# -- simulate ------------------------------------------------------------------------------


def test_simulate_gives_the_timeline_and_writes_nothing(imported: Path) -> None:
    config = str(imported / "config.yaml")
    before = digest(imported / "state")

    rows = json_of("simulate", "--config", config, "--from", "2026-11-23", "--to", "2026-12-18")
    assert len(rows) == 36
    assert rows == sorted(rows, key=lambda row: row["send_at"])
    # Every customer owes something long overdue and hears from us for the first time: the
    # friendliest overdue step opens, and the tone firms up one step at a time at the cadence's
    # own spacing (first +1d, second +10d, final +25d: 9 and 15 days apart), never in a burst.
    for customer in {row["customer"] for row in rows}:
        steps = [r["step"] for r in rows if r["customer"] == customer]
        assert steps == ["first", "second", "final"], customer
    northwind = [(r["step"], r["local_time"]) for r in rows if r["customer"] == "C1001"]
    assert northwind == [
        ("first", "2026-11-23 09:00 EST"),
        ("second", "2026-12-02 09:00 EST"),
        ("final", "2026-12-17 09:00 EST"),
    ]
    assert all(r["local_time"].endswith("CET") for r in rows if r["customer"].startswith("D2"))
    # Never two emails to one address on one local day.
    days = [(r["email"], r["local_time"][:10]) for r in rows]
    assert len(days) == len(set(days))

    table = dunmail("simulate", "--config", config, "--from", "2026-11-23", "--to", "2026-11-24")
    assert table.returncode == 0, table.stderr
    first_two_days = [r for r in rows if r["local_time"] < "2026-11-25"]
    assert f"Reminders from 2026-11-23 to 2026-11-24 ({len(first_two_days)})" in table.stdout
    for row in first_two_days:
        assert row["customer"] in table.stdout
    assert one_line_error(
        "simulate", "--config", config, "--from", "2026-12-31", "--to", "2026-11-23"
    ) == ("--to: must not be before --from")

    assert digest(imported / "state") == before


# -- preview -------------------------------------------------------------------------------


def test_preview_renders_the_next_reminder_and_writes_nothing(imported: Path) -> None:
    config = str(imported / "config.yaml")
    before = digest(imported / "state")
    html = imported / "preview.html"

    result = dunmail("preview", "C1001", "--config", config, "--at", AT, "--html", str(html))
    assert result.returncode == 0, result.stderr
    head, _, text = result.stdout.partition("\n\n")
    headers = dict(line.split(": ", 1) for line in head.splitlines())
    assert headers["From"] == "Example Widgets Accounts Receivable <ar@example.com>"
    assert headers["To"] == "Dana Whitfield <dwhitfield@example.com>"
    assert headers["Subject"] == "Payment reminder: overdue invoices (Northwind Traders Inc.)"
    assert headers["Date"] == "Mon, 23 Nov 2026 15:00:00 +0000"
    assert headers["Message-ID"].endswith("@example.com>")
    assert "In-Reply-To" not in headers  # nothing sent before: a new thread
    assert "INV-26-1012 | Jun 10, 2026 | Aug 9, 2026 | $18,450.00 | $18,450.00 | 106" in text
    assert "INV-26-1188 | Aug 28, 2026 | Oct 27, 2026 | $7,320.50 | $3,320.50 | 27" in text
    assert "INV-26-1302" not in text  # not due yet
    assert "Total open: $21,770.50" in text
    assert "payment by Nov 30, 2026" in text
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "INV-26-1012" in page and "$21,770.50" in page

    german = dunmail("preview", "D2001", "--config", config, "--at", AT)
    assert german.returncode == 0, german.stderr
    assert "Subject: Zahlungserinnerung: überfällige Rechnungen (Müller & Söhne GmbH)" in (
        german.stdout
    )
    assert "Offen gesamt: 27.620,00\xa0€" in german.stdout
    assert "bis zum 30.11.2026" in german.stdout

    # A step forced with --step lists what that step would: a final notice the overdue invoices.
    final = dunmail("preview", "C1001", "--config", config, "--at", AT, "--step", "final")
    assert final.returncode == 0, final.stderr
    assert "Subject: Final notice: overdue invoices (Northwind Traders Inc.)" in final.stdout
    assert "INV-26-1012 |" in final.stdout and "INV-26-1188 |" in final.stdout
    assert "INV-26-1302" not in final.stdout  # due Dec 14: not in an overdue notice
    assert "$21,770.50 in total" in final.stdout

    assert digest(imported / "state") == before


KEY_ACCOUNTS = """\
cadences:
  default:
    steps:
      - {offset: "-3d", template: pre_due}
      - {offset: "+1d", template: first}
      - {offset: "+10d", template: second}
      - {offset: "+25d", template: final, repeat_every: 7d, repeat_max: 3}
  key:
    steps:
      - {offset: "+1d", template: first}
      - {name: final, offset: "+30d", template: second}
"""


def test_preview_of_a_step_uses_the_customers_own_cadence(imported: Path) -> None:
    """Key accounts get a gentler text at their "final" step: preview shows that one."""
    text = (imported / "config.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "assignments:\n", "assignments:\n  rules:\n    - {tags: [key-account], cadence: key}\n"
    )
    config = imported / "key.yaml"
    config.write_text(text + KEY_ACCOUNTS, encoding="utf-8")

    key = dunmail("preview", "C1001", "--config", str(config), "--at", AT, "--step", "final")
    assert key.returncode == 0, key.stderr
    assert "Subject: Second reminder: overdue invoices (Northwind Traders Inc.)" in key.stdout
    other = dunmail("preview", "C1002", "--config", str(config), "--at", AT, "--step", "final")
    assert other.returncode == 0, other.stderr
    assert "Subject: Final notice: overdue invoices (Bluegill Software LLC)" in other.stdout


def test_preview_of_an_unknown_customer_or_step_is_a_one_line_error(imported: Path) -> None:
    config = str(imported / "config.yaml")
    before = digest(imported / "state")
    assert one_line_error("preview", "C9999", "--config", config, "--at", AT) == (
        "C9999: no such customer in the store"
    )
    assert one_line_error("preview", "C1001", "--config", config, "--step", "fourth") == (
        "--step: no step 'fourth'; cadence steps: final, first, pre_due, second"
    )
    # Nothing comes due in the next three days: no courtesy note to show.
    assert one_line_error(
        "preview", "C1001", "--config", config, "--at", AT, "--step", "pre_due"
    ) == ("C1001: nothing coming due by 2026-11-26 on 2026-11-23 for a pre_due reminder to list")
    assert digest(imported / "state") == before


# -- run -----------------------------------------------------------------------------------


def test_run_once_sends_what_plan_showed_then_nothing_is_due(
    site: Path, smtp_sink_thread: ThreadedSmtpSink
) -> None:
    """Straight after the export is written: `run --once` waits for it, imports it, sends."""
    config = site / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("port: 2525", f"port: {smtp_sink_thread.port}"), "utf-8")

    result = dunmail("run", "--config", str(config), "--once", "--now", AT)
    assert result.returncode == 0, result.stderr
    assert "ok: cycle at 2026-11-23T10:00:00-05:00: 10 planned, 10 sent" in result.stderr

    # 10:00 on a Monday is past the collectors' 08:00 digest: it goes out too, once.
    everything = smtp_sink_thread.messages
    (digest,) = [m for m in everything if m.rcpt_tos == ("collections@example.com",)]
    assert str(digest.message["Subject"]).startswith("Collections digest 2026-11-23")
    received = [m for m in everything if m is not digest]
    assert sorted(m.rcpt_tos for m in received) == sorted(
        (email, "ar@example.com") for email in DUE_AT.values()
    )
    assert all(m.mail_from == "ar@example.com" for m in everything)
    assert len({m.message["Message-ID"] for m in received}) == 10

    payload = json_of("plan", "--config", str(config), "--at", AT)
    assert payload["send"] == payload["retry"] == []
    later = json_of("plan", "--config", str(config), "--at", "2026-11-23T16:00")
    assert not {row["customer"] for row in later["send"]} & set(DUE_AT)  # one a day
    assert {row["customer"] for row in later["send"]} == {"C1003", "C1004"}


def test_now_without_once_is_a_usage_error(site: Path) -> None:
    line = one_line_error("run", "--config", str(site / "config.yaml"), "--now", AT)
    assert line == "--now: only makes sense with --once"
    assert not (site / "state").exists()
