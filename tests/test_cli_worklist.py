"""`dunmail worklist` on the example ledger, with a broken promise, a payment claim and a reply
filed for a person put in the store the way the daemon records them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from test_cli import dunmail, site  # noqa: F401 - `site` is a fixture

from daemon.core.records import (
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    InboundMessage,
)
from daemon.shell.store import Store

SEEN = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def test_the_call_list_names_who_to_call_why_and_how_to_reach_them(site: Path) -> None:  # noqa: F811
    config = str(site / "config.yaml")
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    with Store.open(site / "state") as store:
        store.put_followups(
            [
                FollowUp(
                    "<p1@c1001.example>#promise",
                    "C1001",
                    FollowUpKind.PROMISE,
                    date(2026, 11, 6),
                    ("INV-26-1012",),
                    SEEN,
                    status=FollowUpStatus.SENT,
                ),
                FollowUp(
                    "<p2@c1002.example>#payment_check",
                    "C1002",
                    FollowUpKind.PAYMENT_CHECK,
                    date(2026, 11, 9),
                    ("INV-26-1105",),
                    SEEN,
                ),
            ]
        )
        store.put_inbound(
            [
                InboundMessage(
                    "<r@c1003.example>", "INBOX", 7, 41, SEEN, "C1003", "other", flagged=True
                )
            ]
        )

    listed = dunmail("worklist", "--config", config, "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {row["customer"]: row for row in json.loads(listed.stdout)}
    assert set(rows) == {"C1001", "C1002", "C1003"}
    assert [why["reason"] for why in rows["C1001"]["why"]] == ["broken promise"]
    assert [why["reason"] for why in rows["C1002"]["why"]] == [
        "payment claim awaiting verification"
    ]
    assert [why["reason"] for why in rows["C1003"]["why"]] == ["a reply waits for a person"]
    assert rows["C1001"]["contact"] == {
        "name": "Dana Whitfield",
        "phone": "+1 212-555-0143",
        "fax": "+1 212-555-0199",
        "email": "dwhitfield@example.com",
    }
    assert rows["C1001"]["open_balance"]["USD"] == "34670.50"
    days = [row["oldest_days_overdue"] for row in json.loads(listed.stdout)]
    assert days == sorted(days, reverse=True)
    assert all(row["next_action"] for row in rows.values())

    table = dunmail("worklist", "--config", config)
    assert table.returncode == 0, table.stderr
    assert "Northwind Traders" in table.stdout
    assert "broken promise" in table.stdout


def test_no_state_is_one_line_and_a_fresh_import_has_nobody_to_call(site: Path) -> None:  # noqa: F811
    config = str(site / "config.yaml")
    missing = dunmail("worklist", "--config", config, "--json")
    assert missing.returncode == 3
    assert missing.stderr.count("\n") == 1 and "no dunmail state" in missing.stderr
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    listed = dunmail("worklist", "--config", config, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
