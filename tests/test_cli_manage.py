"""The collectors' write commands from the command line: alone, and while the daemon owns the store.

With no daemon running a command takes the store's lock itself; while one runs (here: this test
process holding the store, as the daemon does) it is handed over through the spool and the CLI
prints the daemon's result, so the store never has two writers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_cli import dunmail, site  # noqa: F401 - `site` is a fixture

from daemon.config.loader import load_config
from daemon.core.records import EventKind, FollowUpKind, SequenceStatus
from daemon.manual_apply import apply_spooled
from daemon.shell.spool import CommandSpool
from daemon.shell.store import Store


def imported(site: Path) -> str:  # noqa: F811
    config = str(site / "config.yaml")
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    return config


def test_a_call_and_the_actions_are_recorded_with_who_did_them(site: Path) -> None:  # noqa: F811
    config = imported(site)
    promised = (datetime.now(UTC) + timedelta(days=7)).date().isoformat()
    called = dunmail(
        "log-call", "bluegill", "--outcome", "promise", "--date", promised,
        "--note", "Marcus: check run", "--config", config,
    )  # fmt: skip
    assert called.returncode == 0, called.stderr
    assert "Bluegill Software LLC (C1002): call: promise to pay" in called.stderr
    assert dunmail("pause", "C1003", "--until", "2099-02-01", "--config", config).returncode == 0
    assert dunmail("dispute", "C1004", "INV-26-1150", "--config", config).returncode == 0
    with Store.open(site / "state", readonly=True) as store:
        (promise,) = store.followups(customer_id="C1002").values()
        bluegill = store.sequence("C1002")
        cascade = store.sequence("C1003")
        mesa = store.sequence("C1004")
        history = store.history()
    assert promise.kind is FollowUpKind.PROMISE and str(promise.due) >= promised
    assert bluegill is not None and bluegill.status is SequenceStatus.PAUSED
    assert cascade is not None and cascade.status is SequenceStatus.PAUSED
    assert mesa is not None and mesa.disputed_invoices == ("INV-26-1150",)
    call = next(e for e in history if e.kind is EventKind.CALL_LOGGED)
    assert call.data["note"] == "Marcus: check run" and call.data["by"]
    shown = json.loads(dunmail("history", "C1002", "--config", config, "--json").stdout)
    assert any(e["kind"] == "call_logged" for e in shown["events"])

    set_by_hand = dunmail(
        "contact", "C1006", "ap@lonestar.example", "--name", "Rosa Diaz", "--config", config
    )
    assert set_by_hand.returncode == 0, set_by_hand.stderr
    ledger = site / "ledger.csv"  # the next export (one more row) knows nothing of it
    ledger.write_text(ledger.read_text() + ledger.read_text().splitlines()[1].replace(
        "INV-26-1012", "INV-26-1999") + "\n")  # fmt: skip
    assert dunmail("import", str(ledger), "--config", config).returncode == 0
    with Store.open(site / "state", readonly=True) as store:
        primary = [c for c in store.customer_contacts("C1006") if c.primary]
    assert [(c.email, c.first_name) for c in primary] == [("ap@lonestar.example", "Rosa")]

    wrong = dunmail("pay", "C1002", "INV-NOPE", "--config", config)
    assert wrong.returncode == 2 and "not an open invoice of C1002: INV-NOPE" in wrong.stderr
    bad = dunmail("log-call", "C1002", "--outcome", "maybe", "--config", config)
    assert bad.returncode == 2 and "not one of promise, sent" in bad.stderr


def test_while_the_daemon_owns_the_store_the_command_goes_through_it(site: Path) -> None:  # noqa: F811
    config = imported(site)
    loaded = load_config(Path(config))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "STATE_DIR"))}
    with Store.open(site / "state") as store:  # what the running daemon holds
        cli = subprocess.Popen(
            [sys.executable, "-m", "daemon", "exclude", "C1005", "--note", "legal", "--config",
             config],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        spool = CommandSpool(site / "state")
        deadline = time.monotonic() + 30
        while not spool.pending() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert store.sequence("C1005") is None  # nothing written behind the daemon's back
        assert apply_spooled(store, loaded, datetime.now(UTC)) == 1  # the daemon's next pass
        _, stderr = cli.communicate(timeout=30)
        assert cli.returncode == 0, stderr
        assert "Harbor Point Medical Group, P.C. (C1005): excluded by" in stderr
        state = store.sequence("C1005")
        assert state is not None and state.status is SequenceStatus.STOPPED
        assert spool.pending() == []  # carried out once
        assert apply_spooled(store, loaded, datetime.now(UTC)) == 0
