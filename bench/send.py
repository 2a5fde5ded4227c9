"""Benchmark of the send pipeline against raw aiosmtplib, both to one local SMTP sink.

Builds a synthetic ledger (CUSTOMERS customers, each with one to three overdue invoices, one in
five German) in a store in a temp dir. Against an aiosmtpd sink running in a SEPARATE process (a
server that does not share the client's CPU), it then times:

- pipeline: `Outbound.record_due` + `send_ready` as `run --once` does them (plan, durable PENDING
  records, last-moment recheck, compose, SENDING records, SMTP, SENT records + history), with
  `outbound.connections: CONNECTIONS`, acceptance copy on, `max_per_minute` out of the way;
- raw: the very bytes the pipeline sent, with bare aiosmtplib over one reused connection and the
  same envelope (customer + acceptance copy), right after each pipeline run;
- what the acceptance copy costs (one more RCPT per message): raw and pipeline without it;
- ROUNDS rounds of these, alternating, the best run of each kind counting (so that a burst of
  other load on the machine spoils one run, not the ratio);
- the pipeline with the default `outbound.connections` (1).

Stage timings come from thin wrappers around the pipeline's seams: the planner, `prepare` (the
last-moment recheck and the composer), the composer alone, the store's write methods (encoding,
journal append, fdatasync) and the sender's `send`. The synchronous stages run on the event loop,
so they add up; SMTP is shown as the time with at least one transaction in flight, and summed
over transactions (which overlap when several connections are busy).

Prints human-readable lines, then as the LAST line one JSON object (for scripts and CI logs).
Run: `make bench` (or `python bench/send.py` with dunmail importable); about two minutes. The ratio
needs a quiet machine: the pipeline keeps both processes busy at once, so other load hurts it
more than the raw run, which alternates between them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import aiosmtplib

from daemon import outbound as outbound_module
from daemon.composer import CompiledTemplates
from daemon.config.schema import Config
from daemon.core.records import Contact, Customer, Invoice, OutboxStatus
from daemon.outbound import CycleReport, Outbound
from daemon.shell.clock import SystemClock
from daemon.shell.pdf_files import PdfFiles
from daemon.shell.smtp import SmtpSender
from daemon.shell.store import Store

CUSTOMERS = 2_000
CONNECTIONS = 4  # outbound.connections for the main pipeline run
ROUNDS = 3  # pipeline and raw runs, alternating; the best of each counts
NOW = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)  # a Tuesday, inside the send window
SENDER = "ar@example.com"
LOOPBACK = "127.0.0.1"
P = ParamSpec("P")
T = TypeVar("T")


# -- the sink, in its own process ------------------------------------------------------------


class _CountingHandler:
    """Accepts everything, keeps nothing but counts (as cheap as a server can be)."""

    def __init__(self) -> None:
        self.messages = 0
        self.recipients = 0

    async def handle_DATA(self, _server: object, _session: object, envelope: Any) -> str:
        self.messages += 1
        self.recipients += len(envelope.rcpt_tos)
        return "250 2.0.0 OK: queued"


def run_sink() -> None:
    """`python bench/send.py --sink`: print the port, serve until stdin closes, print counts."""
    from aiosmtpd.controller import Controller  # noqa: PLC0415 - only the sink process needs it

    handler = _CountingHandler()
    for _attempt in range(5):
        # Controller(port=0) does not work (it then probes port 0): pick a free port first.
        with socket.socket() as probe:
            probe.bind((LOOPBACK, 0))
            port = int(probe.getsockname()[1])
        controller = Controller(handler, hostname=LOOPBACK, port=port, decode_data=False)
        try:
            controller.start()
        except OSError:
            controller.loop.close()
            continue
        break
    else:
        raise SystemExit("no free port for the sink")
    print(port, flush=True)
    started = time.process_time()
    sys.stdin.read()  # the benchmark closes our stdin when it is done
    controller.stop()
    counts = {"messages": handler.messages, "recipients": handler.recipients}
    print(json.dumps({**counts, "cpu_s": round(time.process_time() - started, 3)}), flush=True)


@contextlib.contextmanager
def sink_process() -> Iterator[tuple[int, dict[str, float]]]:
    """A sink in a child process: yields its port and, after the block, what it received."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, __file__, "--sink"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    received: dict[str, float] = {}
    try:
        port = int(child.stdout.readline())
        yield port, received
    finally:
        child.stdin.close()
        received.update(json.loads(child.stdout.readline() or "{}"))
        child.wait(timeout=10)


# -- the ledger --------------------------------------------------------------------------------


def bench_config(port: int, state: Path, *, connections: int, acceptance_copy: bool) -> Config:
    return Config.model_validate(
        {
            "company": {
                "legal_name": "Example Widgets Inc.",
                "from_address": f"Example Widgets Accounts Receivable <{SENDER}>",
                "reply_to": f"Example Widgets Accounts Receivable <{SENDER}>",
                "phone": "+1 555 0100",
                "email": SENDER,
                "website": "https://www.example.com",
                "payment_options": [
                    {"label": "Bank transfer", "details": "IBAN DE89 3704 0044 0532 0130 00"},
                    {"label": "Card", "details": "Use the pay link next to each invoice."},
                ],
            },
            "smtp": {"host": LOOPBACK, "port": port, "tls": "none"},
            "schedule": {"timezone": "UTC"},
            "outbound": {
                "max_per_minute": 1_000_000,
                "acceptance_copy": acceptance_copy,
                "connections": connections,
            },
            "state": {"directory": str(state)},
        }
    )


def ledger(count: int) -> tuple[list[Customer], list[Contact], list[Invoice]]:
    """`count` customers (one in five German), one contact each, 1-3 invoices all overdue."""
    customers, contacts, invoices = [], [], []
    for n in range(count):
        cid = f"C{n:05d}"
        german = n % 5 == 0
        name = f"Customer {n} GmbH" if german else f"Customer {n} Inc."
        language, country = ("de", "DE") if german else ("en", "US")
        customers.append(Customer(cid, name, language=language, country=country))
        email = f"ap{n}@customer{n}.example"
        contacts.append(Contact(cid, email, "Alex", f"Payer{n}", primary=True))
        for k in range(1 + n % 3):
            due = NOW.date() - timedelta(days=2 + (n + k) % 5)  # overdue: the first step is due
            amount = Decimal(f"{100 + (n * 37 + k) % 9_000}.{n % 100:02d}")
            invoices.append(
                Invoice(
                    number=f"INV-{n:05d}-{k}",
                    customer_id=cid,
                    issue_date=due - timedelta(days=30),
                    due_date=due,
                    amount=amount,
                    balance=amount,
                    currency="EUR" if german else "USD",
                    po_number=f"PO-{n:05d}",
                    pay_link=f"https://pay.example.com/i/INV-{n:05d}-{k}",
                )
            )
    return customers, contacts, invoices


def fill(store: Store, count: int) -> None:
    customers, contacts, invoices = ledger(count)
    with store.transaction():
        store.put_customers(customers)
        store.put_invoices(invoices)
        for contact in contacts:
            store.replace_contacts(contact.customer_id, [contact])


# -- stage timings -----------------------------------------------------------------------------


@dataclass
class Stages:
    """Seconds spent in each stage, and how often it was entered (outermost calls only)."""

    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    _depth: dict[str, int] = field(default_factory=dict)
    _in_flight: int = 0
    _busy_since: float = 0.0

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.calls[stage] = self.calls.get(stage, 0) + 1

    @contextlib.contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        depth = self._depth.get(stage, 0)
        self._depth[stage] = depth + 1
        started = time.perf_counter()
        try:
            yield
        finally:
            self._depth[stage] = depth
            if depth == 0:
                self.add(stage, time.perf_counter() - started)

    def wrap(self, stage: str, function: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(function)
        def timed(*args: P.args, **kwargs: P.kwargs) -> T:
            with self.timing(stage):
                return function(*args, **kwargs)

        return timed

    def wrap_send(self, function: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
        """`smtp`: summed over transactions; `smtp in flight`: while any is under way."""

        @functools.wraps(function)
        async def timed(*args: P.args, **kwargs: P.kwargs) -> T:
            started = time.perf_counter()
            if self._in_flight == 0:
                self._busy_since = started
            self._in_flight += 1
            try:
                return await function(*args, **kwargs)
            finally:
                ended = time.perf_counter()
                self._in_flight -= 1
                self.add("smtp", ended - started)
                if self._in_flight == 0:
                    self.add("smtp in flight", ended - self._busy_since)

        return timed


@contextlib.contextmanager
def instrumented(
    outbound: Outbound, store: Store, sender: SmtpSender, stages: Stages
) -> Iterator[None]:
    """Time the pipeline's seams: planner, prepare, composer, store writes, SMTP."""
    outbound.planner.plan = stages.wrap("plan", outbound.planner.plan)  # type: ignore[method-assign]
    outbound.prepare = stages.wrap("prepare", outbound.prepare)  # type: ignore[method-assign]
    seams = vars(outbound_module)  # the composer as `daemon.outbound` calls it
    render = seams["render"]
    seams["render"] = stages.wrap("compose", render)
    for name in ("put_outbox", "put_sequence", "append_history"):
        setattr(store, name, stages.wrap("store writes", getattr(store, name)))
    transaction = store.transaction

    @contextlib.contextmanager
    def timed_transaction() -> Iterator[None]:
        with stages.timing("store writes"), transaction():
            yield

    store.transaction = timed_transaction  # type: ignore[method-assign]
    sender.send = stages.wrap_send(sender.send)  # type: ignore[assignment]
    try:
        yield
    finally:
        seams["render"] = render


# -- the runs ----------------------------------------------------------------------------------


@dataclass
class PipelineRun:
    seconds: float
    cpu_seconds: float
    report: CycleReport
    stages: Stages
    rendered: list[tuple[str, bytes]]  # (recipient, bytes) of each sent message

    def rate(self, count: int) -> float:
        return count / self.seconds


async def run_pipeline(
    port: int, state: Path, count: int, *, connections: int = CONNECTIONS, copy: bool = True
) -> PipelineRun:
    config = bench_config(port, state, connections=connections, acceptance_copy=copy)
    templates = CompiledTemplates.for_config(config)
    with Store.open(state) as store:
        fill(store, count)
        sender = SmtpSender(
            config.smtp,
            None,
            max_per_minute=config.outbound.max_per_minute,
            clock=SystemClock(),
            connections=config.outbound.connections,
        )
        outbound = Outbound(
            config, store, sender=sender, templates=templates, pdfs=PdfFiles.for_config(config)
        )
        stages, report = Stages(), CycleReport()
        with instrumented(outbound, store, sender, stages):
            started, cpu = time.perf_counter(), time.process_time()
            with stages.timing("record_due"):
                outbound.record_due(NOW, report)
            with stages.timing("send_ready"):
                await outbound.send_ready(NOW, report)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        await sender.close()
        sent = store.outbox(OutboxStatus.SENT)
        rendered = [(item.recipient, outbound.rendered[mid]) for mid, item in sent.items()]
    if len(rendered) != count:
        raise SystemExit(f"only {len(rendered)} of {count} reminders were sent: {report.line()}")
    return PipelineRun(seconds, cpu, report, stages, rendered)


async def run_raw(
    port: int, messages: list[tuple[str, bytes]], *, copy: bool = True
) -> tuple[float, float]:
    """(seconds, CPU seconds) for `messages` over one reused aiosmtplib connection."""
    client = aiosmtplib.SMTP(hostname=LOOPBACK, port=port)
    await client.connect()
    started, cpu = time.perf_counter(), time.process_time()
    for recipient, data in messages:
        await client.sendmail(SENDER, [recipient, SENDER] if copy else [recipient], data)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    await client.quit()
    return seconds, cpu


# -- report ------------------------------------------------------------------------------------


def stage_table(run: PipelineRun, count: int) -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for stage, seconds in run.stages.seconds.items():
        calls = run.stages.calls[stage]
        per_message = seconds * 1000 / count
        table[stage] = {"ms_per_msg": round(per_message, 4), "calls": calls}
        print(f"  {stage:<15} {seconds:7.3f} s  {per_message:6.3f} ms/msg  ({calls} calls)")
    return table


@dataclass
class Results:
    pipeline: list[PipelineRun]  # acceptance copy on, CONNECTIONS connections
    raw: list[tuple[float, float]]  # (seconds, CPU seconds), acceptance copy on
    no_copy: list[PipelineRun]
    raw_one_rcpt: list[tuple[float, float]]
    default: PipelineRun  # one connection
    sink: dict[str, float]


async def measure(root: Path, count: int) -> Results:
    """ROUNDS rounds of each run, alternating, so that a burst of other load on this machine
    spoils one run of each kind, not a ratio."""
    pipeline, raw, no_copy, raw_one_rcpt = [], [], [], []
    with sink_process() as (port, received):
        # Warm-up: imports, template and locale caches, the sink's first sessions.
        await run_raw(port, (await run_pipeline(port, root / "warm-up", 50)).rendered)
        for n in range(ROUNDS):
            pipeline.append(await run_pipeline(port, root / f"pipeline-{n}", count))
            raw.append(await run_raw(port, pipeline[-1].rendered))
            raw_one_rcpt.append(await run_raw(port, pipeline[-1].rendered, copy=False))
            no_copy.append(await run_pipeline(port, root / f"no-copy-{n}", count, copy=False))
        default = await run_pipeline(port, root / "default", count, connections=1)
    return Results(pipeline, raw, no_copy, raw_one_rcpt, default, received)


def summary(results: Results, count: int) -> dict[str, Any]:
    best = min(results.pipeline, key=lambda run: run.seconds)
    raw_seconds, raw_cpu = min(results.raw)
    pipeline_rate, raw_rate = best.rate(count), count / raw_seconds
    one_rcpt_rate = count / min(results.raw_one_rcpt)[0]
    no_copy_rate = max(run.rate(count) for run in results.no_copy)
    default_rate, ratio = results.default.rate(count), pipeline_rate / raw_rate
    print(f"{count} reminders to a sink in a separate process; {os.cpu_count()} CPUs")
    print(
        f"pipeline, {CONNECTIONS} connections: {pipeline_rate:.1f} msg/s at best (rounds: "
        f"{', '.join(f'{run.rate(count):.1f}' for run in results.pipeline)}), client CPU "
        f"{best.cpu_seconds * 1000 / count:.3f} ms/msg ({best.report.line()}); stages:"
    )
    stages = stage_table(best, count)
    print(
        f"raw aiosmtplib, one connection: {raw_rate:.1f} msg/s at best (rounds: "
        f"{', '.join(f'{count / r[0]:.1f}' for r in results.raw)}), client CPU "
        f"{raw_cpu * 1000 / count:.3f} ms/msg"
    )
    print(
        f"acceptance copy (a second RCPT per message): raw {one_rcpt_rate:.1f} -> {raw_rate:.1f} "
        f"msg/s, pipeline {no_copy_rate:.1f} -> {pipeline_rate:.1f} msg/s"
    )
    print(f"pipeline, 1 connection (the default): {default_rate:.1f} msg/s")
    sink = results.sink
    print(f"sink: {sink}")
    print(f"target: pipeline/raw >= 0.85: {ratio:.3f}")
    return {
        "messages": count,
        "connections": CONNECTIONS,
        "pipeline_msgs_per_s": round(pipeline_rate, 1),
        "raw_msgs_per_s": round(raw_rate, 1),
        "ratio": round(ratio, 3),
        "pipeline_1_connection_msgs_per_s": round(default_rate, 1),
        "ratio_1_connection": round(default_rate / raw_rate, 3),
        "raw_one_rcpt_msgs_per_s": round(one_rcpt_rate, 1),
        "pipeline_no_copy_msgs_per_s": round(no_copy_rate, 1),
        "acceptance_copy_cost_raw_pct": round(100 * (1 - raw_rate / one_rcpt_rate), 1),
        "acceptance_copy_cost_pipeline_pct": round(100 * (1 - pipeline_rate / no_copy_rate), 1),
        "pipeline_rounds_msgs_per_s": [round(run.rate(count), 1) for run in results.pipeline],
        "raw_rounds_msgs_per_s": [round(count / r[0], 1) for r in results.raw],
        "pipeline_cpu_ms_per_msg": round(best.cpu_seconds * 1000 / count, 3),
        "raw_cpu_ms_per_msg": round(raw_cpu * 1000 / count, 3),
        "commits_per_msg": round(best.stages.calls.get("store writes", 0) / count, 3),
        "sink_cpu_ms_per_msg": round(sink.get("cpu_s", 0) * 1000 / sink["messages"], 3),
        "stages": stages,
    }


def main() -> None:
    if sys.argv[1:] == ["--sink"]:
        run_sink()
        return
    with tempfile.TemporaryDirectory(prefix="dunmail-bench-") as temp:
        results = asyncio.run(measure(Path(temp), CUSTOMERS))
    print(json.dumps(summary(results, CUSTOMERS)))


if __name__ == "__main__":
    main()
