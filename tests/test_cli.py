"""The `dunmail` command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.config.starter import STARTER_CONFIG

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def dunmail(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUNMAIL_", "STATE_DIR"))}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "daemon", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
        check=False,
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the example config and ledger, with its own state directory."""
    for name in ("config.yaml", "ledger.csv", "contacts.csv"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    return tmp_path


def digest_tree(directory: Path) -> dict[str, str]:
    """Every store file's digest (the lock file holds the last writer's pid, not state)."""
    return {
        str(path.relative_to(directory)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != "dunmail.lock"
    }


def bad_ledger(site: Path) -> Path:
    lines = (site / "ledger.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2026-", "2026/", 1)  # line 4: an invoice date in another format
    lines[7] = lines[7].replace(",USD,", ",US Dollar,", 1)  # line 8: not a currency code
    path = site / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_version() -> None:
    result = dunmail("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("dunmail ")


def test_unknown_command_is_a_usage_error() -> None:
    assert dunmail("frobnicate").returncode == 2


def test_check_passes_on_the_example_config(site: Path) -> None:
    result = dunmail("check", "--config", str(site / "config.yaml"))
    assert result.returncode == 0, result.stderr
    assert "templates in de, en render" in result.stderr
    assert "ledger.csv: 30 invoices, 12 customers" in result.stderr


def test_check_names_file_line_and_key_of_every_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "company:\n"
        "  legal_name: Acme\n"
        "  from_address: Acme <ar@example.com>\n"
        "smtp:\n"
        "  host: localhost\n"
        "  tls: sometimes\n"
        "cadences:\n"
        "  default:\n"
        "    steps:\n"
        "      - offset: soon\n"
        "        template: first\n",
        encoding="utf-8",
    )
    result = dunmail("check", "--config", str(bad))
    assert result.returncode == 2
    assert "bad.yaml:6: smtp.tls:" in result.stderr
    assert "bad.yaml:10: cadences.default.steps[0].offset:" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_a_template_typo_by_file(site: Path) -> None:
    templates = site / "templates"
    shutil.copytree(Path(__file__).resolve().parent.parent / "templates", templates)
    first = templates / "en" / "first.txt"
    first.write_text(first.read_text().replace("{{ pay_by }}", "{{ pay_bye }}"))
    config = site / "config.yaml"
    config.write_text(config.read_text() + "templates:\n  directory: templates\n")
    result = dunmail("check", "--config", str(config))
    assert result.returncode == 2
    assert "en/first: cannot render with sample data: 'pay_bye' is undefined" in result.stderr


def test_missing_config_is_an_input_error(tmp_path: Path) -> None:
    result = dunmail("check", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "nope.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = dunmail("--debug", "check", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_import_then_listings(site: Path) -> None:
    config = str(site / "config.yaml")
    imported = dunmail("import", str(site / "ledger.csv"), "--config", config, "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["added"] == 30

    status = json.loads(dunmail("status", "--config", config, "--json").stdout)
    assert status["ledger"]["open_invoices"] == 30
    assert status["tables"]["customers"] == 12

    customers = json.loads(dunmail("customers", "--config", config, "--json").stdout)
    assert len(customers) == 12
    days = [row["oldest_days_overdue"] for row in customers]
    assert days == sorted(days, reverse=True)  # most overdue first: who to call first

    invoices = json.loads(
        dunmail("invoices", "--config", config, "--customer", "C1001", "--json").stdout
    )
    assert {inv["customer_id"] for inv in invoices} == {"C1001"}
    table = dunmail("invoices", "--config", config)
    assert table.returncode == 0
    assert "INV-26-1012" in table.stdout


def test_import_with_bad_rows_changes_nothing(site: Path) -> None:
    config = str(site / "config.yaml")
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    before = digest_tree(site / "state")

    result = dunmail("import", str(bad_ledger(site)), "--config", config)
    assert result.returncode == 2
    assert "bad.csv:4: " in result.stderr
    assert "bad.csv:8: " in result.stderr
    assert "nothing imported" in result.stderr
    assert digest_tree(site / "state") == before


def test_skip_bad_rows_imports_the_good_ones(site: Path) -> None:
    config = str(site / "config.yaml")
    result = dunmail("import", str(bad_ledger(site)), "--config", config, "--skip-bad-rows")
    assert result.returncode == 0, result.stderr
    assert "skipped bad.csv:4:" in result.stderr
    status = json.loads(dunmail("status", "--config", config, "--json").stdout)
    assert status["ledger"]["open_invoices"] == 28


def test_dry_run_writes_nothing(site: Path) -> None:
    config = str(site / "config.yaml")
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    before = digest_tree(site / "state")
    ledger = site / "ledger.csv"
    ledger.write_text("".join(ledger.read_text().splitlines(keepends=True)[:-2]))
    result = dunmail("import", str(ledger), "--config", config, "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["closed_removed"] == 2
    assert digest_tree(site / "state") == before


@pytest.fixture
def writer_holding_the_lock(site: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that owns the state directory, as a running daemon would."""
    script = (
        "import sys, time\n"
        "from daemon.shell.store import Store\n"
        "store = Store.open(__import__('pathlib').Path(sys.argv[1]))\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(site / "state")], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "ready"
    yield holder
    holder.kill()
    holder.wait()
    holder.stdout.close()


def test_second_writer_is_refused_but_readers_work(
    site: Path, writer_holding_the_lock: subprocess.Popen[str]
) -> None:
    config = str(site / "config.yaml")
    result = dunmail("import", str(site / "ledger.csv"), "--config", config)
    assert result.returncode == 3
    assert str(writer_holding_the_lock.pid) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dunmail("status", "--config", config).returncode == 0


def test_init_writes_a_valid_starter_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    assert dunmail("init", str(target)).returncode == 0
    assert target.read_text() == STARTER_CONFIG
    config = load_config(target)
    assert config.smtp.password_credential == "smtp"
    again = dunmail("init", str(target))
    assert again.returncode == 2
    assert "already exists" in again.stderr


def test_an_export_without_invoices_is_refused_unless_allowed(site: Path) -> None:
    config = str(site / "config.yaml")
    assert dunmail("import", str(site / "ledger.csv"), "--config", config).returncode == 0
    before = digest_tree(site / "state")
    empty = site / "empty.csv"
    empty.write_text((site / "ledger.csv").read_text().splitlines()[0] + "\n")

    refused = dunmail("import", str(empty), "--config", config)
    assert refused.returncode == 2
    assert "would close all 30 open invoices" in refused.stderr
    assert digest_tree(site / "state") == before

    allowed = dunmail("import", str(empty), "--config", config, "--allow-empty", "--json")
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["closed_removed"] == 30


def test_an_unreadable_export_is_not_rescued_by_skipping_rows(site: Path) -> None:
    broken = site / "broken.csv"
    broken.write_text("number;amount\nA-1;10\n", encoding="utf-8")
    result = dunmail(
        "import", str(broken), "--config", str(site / "config.yaml"), "--skip-bad-rows"
    )
    assert result.returncode == 2
    assert "broken.csv:1:" in result.stderr
    assert "Traceback" not in result.stderr
