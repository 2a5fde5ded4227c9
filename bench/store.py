"""Benchmark of the state store: durable single-invoice commits at 1k/10k/100k invoices, load time.

Builds stores of synthetic invoices (one customer per ten invoices) in a temp dir, then times
`put_invoices([one changed invoice])` — a full durable commit: encode, journal append, fdatasync —
over a few hundred commits per size (the sizes take turns, commit by commit), the open (load) time
of each store and the snapshot sizes.
As a baseline it times TinyDB's stock JSONStorage + CachingMiddleware updating one document of a
10k-document table, in memory and with the flush that would make it durable.

Prints human-readable lines, then as the LAST line one JSON object (for scripts and CI logs).
Run: `make bench` (or `python bench/store.py` with dunmail importable); about ten seconds.
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import JSONStorage

from daemon.core.records import Customer, Invoice
from daemon.shell.store import Store

COMMITS = 500
SIZES = (1_000, 10_000, 100_000)
LOADS: dict[int, float] = {}  # seconds to open each store
SNAPSHOT_MB: dict[int, float] = {}
BASELINE_DOCS = 10_000
BASELINE_FLUSHES = 15


def synthetic_invoices(count: int) -> list[Invoice]:
    start = date(2024, 1, 1)
    return [
        Invoice(
            number=f"INV-{n:07d}",
            customer_id=f"C{n // 10:06d}",
            issue_date=start + timedelta(days=n % 300),
            due_date=start + timedelta(days=n % 300 + 30),
            amount=Decimal(f"{1000 + n % 9000}.{n % 100:02d}"),
            balance=Decimal(f"{1000 + n % 9000}.{n % 100:02d}"),
            currency="EUR",
            po_number=f"PO-{n:06d}",
            terms="net 30",
            pdf_path=f"invoices/INV-{n:07d}.pdf",
            pay_link=f"https://pay.example.com/i/INV-{n:07d}",
        )
        for n in range(count)
    ]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def timed(action: Callable[[], object]) -> float:
    """Seconds taken by `action()`."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def build(root: Path, count: int) -> tuple[Path, list[Invoice]]:
    """A closed store of `count` invoices; prints its build and load times and snapshot size."""
    state = root / f"store-{count}"
    invoices = synthetic_invoices(count)
    customers = [Customer(f"C{n:06d}", f"Customer {n}") for n in range(count // 10 + 1)]
    started = time.perf_counter()
    with Store.open(state) as store, store.transaction():
        store.put_customers(customers)
        store.put_invoices(invoices)
    built = time.perf_counter() - started
    load = timed(lambda: Store.open(state).close())  # close compacts nothing: journal is empty
    LOADS[count] = load
    SNAPSHOT_MB[count] = (state / "store.json").stat().st_size / 1e6
    print(
        f"{count:>7} invoices: built in {built:5.2f} s, opens in {load:6.3f} s, "
        f"snapshot {SNAPSHOT_MB[count]:5.1f} MB"
    )
    return state, invoices


def bench_commits(stores: dict[int, tuple[Path, list[Invoice]]]) -> dict[int, list[float]]:
    """Milliseconds per durable one-invoice commit, for every size.

    The sizes take turns, commit by commit, so that drift in the disk's fdatasync latency (it
    dominates a commit) hits every size alike instead of skewing their ratio.
    """
    opened = {count: Store.open(state) for count, (state, _) in stores.items()}
    samples: dict[int, list[float]] = {count: [] for count in stores}
    try:
        for i in range(COMMITS):
            for count, store in opened.items():
                invoices = stores[count][1]
                changed = dataclasses.replace(invoices[(i * 7919) % count], balance=Decimal(i))
                started = time.perf_counter()
                store.put_invoices([changed])
                samples[count].append((time.perf_counter() - started) * 1000)
    finally:
        for store in opened.values():
            store.close()
    for count, ms in samples.items():
        print(
            f"{count:>7} invoices: commit p50 {statistics.median(ms):.3f} ms, "
            f"p95 {percentile(ms, 0.95):.3f} ms, max {max(ms):.3f} ms over {COMMITS} commits"
        )
    return samples


def bench_tinydb_baseline(root: Path) -> dict[str, float]:
    """Stock TinyDB: JSONStorage behind CachingMiddleware, one-document updates."""
    db = TinyDB(root / "baseline.json", storage=CachingMiddleware(JSONStorage))  # type: ignore[no-untyped-call]
    cache: Any = db.storage
    table = db.table("invoices")
    docs = [{"number": f"INV-{n:07d}", "balance": "1.00", "n": n} for n in range(BASELINE_DOCS)]
    table.insert_multiple(docs)
    cache.flush()
    in_memory, durable = [], []
    for n in range(100):
        started = time.perf_counter()
        table.update({"balance": str(n)}, doc_ids=[n % BASELINE_DOCS + 1])
        in_memory.append(time.perf_counter() - started)
    for n in range(BASELINE_FLUSHES):
        started = time.perf_counter()
        table.update({"n": -n}, doc_ids=[n % BASELINE_DOCS + 1])
        cache.flush()  # what makes the update durable: the whole file, rewritten and fsynced
        durable.append(time.perf_counter() - started)
    db.close()
    result = {
        "update_ms": statistics.median(in_memory) * 1000,
        "flush_ms": statistics.median(durable) * 1000,
    }
    print(
        f"TinyDB JSONStorage+CachingMiddleware, {BASELINE_DOCS} docs: one update "
        f"{result['update_ms']:.3f} ms in memory, {result['flush_ms']:.1f} ms with flush (durable)"
    )
    return result


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dunmail-bench-") as temp:
        root = Path(temp)
        stores = {count: build(root, count) for count in SIZES}
        samples = bench_commits(stores)
        baseline = bench_tinydb_baseline(root)
    p50 = {count: statistics.median(ms) for count, ms in samples.items()}
    summary: dict[str, Any] = {}
    for count, label in zip(SIZES, ("1k", "10k", "100k"), strict=True):
        summary[f"commit_ms_p50_{label}"] = round(p50[count], 4)
        summary[f"commit_ms_p95_{label}"] = round(percentile(samples[count], 0.95), 4)
    summary |= {
        "commit_ratio_100k_1k": round(p50[100_000] / p50[1_000], 3),
        "load_s_100k": round(LOADS[100_000], 3),
        "snapshot_mb_100k": round(SNAPSHOT_MB[100_000], 1),
        "tinydb_caching_update_ms_10k": round(baseline["update_ms"], 4),
        "tinydb_caching_flush_ms_10k": round(baseline["flush_ms"], 3),
        "tinydb_durable_over_ours_10k": round(baseline["flush_ms"] / p50[10_000], 1),
        "tinydb_update_over_ours_10k": round(baseline["update_ms"] / p50[10_000], 2),
    }
    print(
        f"targets: commit p50 <= 2 ms ({summary['commit_ms_p50_100k']} at 100k), "
        f"100k/1k <= 1.5 ({summary['commit_ratio_100k_1k']}), load <= 2 s "
        f"({summary['load_s_100k']}); stock TinyDB durable update is "
        f"{summary['tinydb_durable_over_ours_10k']}x slower at 10k"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
