"""The plan at scale: 100,000 open invoices of 20,000 customers (and 10,000 of 2,000).

For each size, `make_ledger.py` writes a realistic export and its contacts, the export is synced
into a fresh store (as the daemon's first pass does), and then a new process, as a restarted
daemon would, opens the store (load), plans the reminders due now (plan), and reports its peak
resident memory. Times are the best of three runs of each step in that process, each run on a
freshly opened store: `plan_s` is the first plan after opening (a daemon that just started),
`plan_warm_s` the next one on the same store (every later cycle of a running daemon). Prints
human lines, then one JSON object as the last line.
Nothing is asserted: figures only.

Run: `python bench/plan.py` (about a minute), or `make bench`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from make_ledger import write  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.planning import StorePlanner  # noqa: E402
from daemon.shell import ledger_file  # noqa: E402
from daemon.shell.store import Store  # noqa: E402
from daemon.sync import sync_ledger  # noqa: E402

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # a Monday, 10:00 in New York
SIZES = {"100k": (100_000, 20_000), "10k": (10_000, 2_000)}
RUNS = 3
CONFIG = """\
company:
  legal_name: Example Widgets Inc.
  from_address: Example Widgets Accounts Receivable <ar@example.com>
  phone: +1 555 0100
  payment_options:
    - label: Bank transfer
      details: "IBAN DE89 3704 0044 0532 0130 00"
smtp:
  host: 127.0.0.1
  port: 2525
  tls: none
ledger:
  path: ledger.csv
  contacts_path: contacts.csv
  default_currency: USD
schedule:
  timezone: America/New_York
  holidays: {country: US}
state:
  directory: state
"""


def build(directory: Path, invoices: int, customers: int) -> Path:
    """The site: config, export, contacts, and the store synced from them; the config's path."""
    write(directory, invoices=invoices, customers=customers, today=NOW.date())
    config_path = directory / "config.yaml"
    config_path.write_text(CONFIG, encoding="utf-8")
    config = load_config(config_path)
    parsed = ledger_file.read_ledger(config.ledger)
    with Store.open(directory / "state") as store:
        sync_ledger(store, parsed, now=NOW, source="ledger.csv")
    return config_path


def measure(config_path: Path) -> dict[str, float]:
    """In this process: load the store, plan; best of RUNS each; the peak RSS after the first
    load and plan (later rounds reuse memory the allocator kept, or add to it)."""
    config = load_config(config_path)
    loads, plans, warm, due, rss = [], [], [], 0, 0
    for _ in range(RUNS):
        started = time.perf_counter()
        store = Store.open(config_path.parent / "state", readonly=True)
        loads.append(time.perf_counter() - started)
        planner = StorePlanner.for_config(config, store)
        started = time.perf_counter()
        plan = planner.plan(NOW)
        plans.append(time.perf_counter() - started)
        started = time.perf_counter()
        planner.plan(NOW)
        warm.append(time.perf_counter() - started)
        due = len(plan.reminders)
        store.close()
        rss = rss or peak_rss_mb()
    return {
        "load_s": round(min(loads), 3),
        "plan_s": round(min(plans), 3),
        "plan_warm_s": round(min(warm), 3),
        "reminders_planned": due,
        "rss_mb": rss,
    }


def peak_rss_mb() -> int:
    """This process image's peak resident memory (VmHWM). Not ru_maxrss: Linux carries that
    over from the parent through fork and exec, and the parent built the store."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child's job
    arguments = parser.parse_args()
    if arguments.measure is not None:
        print(json.dumps(measure(arguments.measure)))
        return
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="dunmail-bench-plan-") as temp:
        for label, (invoices, customers) in SIZES.items():
            started = time.perf_counter()
            config_path = build(Path(temp) / label, invoices, customers)
            built = time.perf_counter() - started
            child = subprocess.run(
                [sys.executable, __file__, "--measure", str(config_path)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            print(
                f"{label}: {invoices:,} invoices, {customers:,} customers: load "
                f"{figures['load_s']} s, plan {figures['plan_s']} s (then "
                f"{figures['plan_warm_s']} s) "
                f"({figures['reminders_planned']:,} reminders due), peak RSS "
                f"{figures['rss_mb']} MB (export written and synced in {built:.1f} s)"
            )
            for key in ("plan_s", "plan_warm_s", "load_s", "rss_mb"):
                result[f"{key}_{label}"] = figures[key]
            result[f"reminders_planned_{label}"] = figures["reminders_planned"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
