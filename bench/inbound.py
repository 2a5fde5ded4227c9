"""How fast replies are noticed, acted on and filed while the service runs against real Dovecot.

A private Dovecot (the test suite's) holds the AR mailbox; the store has CUSTOMERS customers,
each with an overdue invoice and one reminder sent. `dunmail run` (the real `Service`, in this
process, on the wall clock) watches the inbox with IDLE while this script appends replies that
thread to those reminders, as a customer's mail server would deliver them:

- latency: PACED replies, one every PACE seconds; for each, the time from the end of its APPEND
  to the end of the IMAP STORE/MOVE that filed it for the collectors (p50, p95);
- throughput: BURST replies in one MULTIAPPEND (RFC 3502); messages handled per second from
  their arrival to the last one filed.

Replies are a mix of intents (promises, payment claims, disputes, questions), so the figures
include classification, the store commits and the filing moves. The last line printed is one
JSON object. Run: `make bench` or `python bench/inbound.py`; about a minute.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the private Dovecot the tests use

from servers.dovecot import PrivateDovecot, close_client, find_dovecot  # noqa: E402

from daemon import inbound as inbound_module  # noqa: E402
from daemon.config.loader import load_config  # noqa: E402
from daemon.core.message import new_message_id  # noqa: E402
from daemon.core.records import (  # noqa: E402
    Contact,
    Customer,
    Invoice,
    OutboxItem,
    OutboxStatus,
)
from daemon.service import Service  # noqa: E402
from daemon.shell.store import Store  # noqa: E402

CUSTOMERS = 500
PACED = 200
PACE = 0.05  # seconds between two paced replies
BURST = 400
TEXTS = (
    "We will pay on {day}.",
    "Payment was sent yesterday, check number 10{n}.",
    "We dispute this invoice: the goods never arrived.",
    "Could you tell me who I should talk to about this?",
    "Thanks, noted. We are looking into it.",
)


def config_text(imap_port: int, password_file: Path) -> str:
    return (
        "company:\n"
        "  legal_name: Bench Widgets Inc.\n"
        "  from_address: Bench AR <ar@example.test>\n"
        "smtp:\n"
        "  host: 127.0.0.1\n"
        "  port: 9\n"  # never used: nothing is due
        "  tls: none\n"
        "imap:\n"
        "  host: 127.0.0.1\n"
        f"  port: {imap_port}\n"
        "  tls: none\n"
        "  username: ar\n"
        f"  password_file: {password_file.name}\n"
        "schedule:\n"
        "  timezone: America/New_York\n"
        "ledger:\n"
        "  poll_seconds: 3600\n"
        "state:\n"
        "  directory: state\n"
    )


def fill(store: Store) -> list[str]:
    """Customers with an invoice not yet due (so nothing is sent) and one reminder sent each."""
    sent, today = [], date.today()
    with store.transaction():
        for n in range(CUSTOMERS):
            cid = f"C{n:05d}"
            store.put_customers([Customer(cid, f"Customer {n}")])
            store.replace_contacts(cid, [Contact(cid, f"ap{n}@customer{n}.example", primary=True)])
            due = today + timedelta(days=90)
            amount = Decimal("100.00")
            store.put_invoices([Invoice(f"INV-{n:05d}", cid, today, due, amount, amount, "USD")])
            message_id = new_message_id("example.test")
            at = datetime.now(UTC)
            store.put_outbox(
                [
                    OutboxItem(
                        message_id, cid, f"ap{n}@customer{n}.example", "first",
                        (f"INV-{n:05d}",), at, status=OutboxStatus.SENT, sent_at=at, filed=True,
                    )
                ]
            )  # fmt: skip
            sent.append(message_id)
    return sent


def reply(n: int, thread: str, tag: str) -> tuple[str, bytes]:
    message = EmailMessage()
    message["From"] = f"ap{n}@customer{n}.example"
    message["To"] = "ar@example.test"
    message["Subject"] = f"Re: Invoice INV-{n:05d}"
    message["Message-ID"] = message_id = f"<{tag}-{n}@customer{n}.example>"
    message["In-Reply-To"] = thread
    message["References"] = thread
    day = (date.today() + timedelta(days=3)).isoformat()
    message.set_content(TEXTS[n % len(TEXTS)].format(day=day, n=n) + "\n\nPat\n")
    return message_id, bytes(message)


class Stamps:
    """When each reply was appended and when the STORE/MOVE that filed it returned."""

    def __init__(self) -> None:
        self.appended: dict[str, float] = {}
        self.filed: dict[str, float] = {}
        self.pending: list[str] = []

    def instrument(self) -> None:
        apply = inbound_module.apply_outcomes
        file = inbound_module.Inbound._file

        def apply_and_note(store: Any, outcomes: Any, now: Any, **kw: Any) -> None:
            self.pending = [o.record.message_id for o in outcomes]
            apply(store, outcomes, now, **kw)

        async def file_and_stamp(inbound: Any, *args: Any) -> None:
            await file(inbound, *args)
            done = time.monotonic()
            for message_id in self.pending:
                self.filed.setdefault(message_id, done)

        inbound_module.apply_outcomes = apply_and_note
        setattr(inbound_module.Inbound, "_file", file_and_stamp)  # noqa: B010 - instrumenting


def append_paced(server: PrivateDovecot, threads: list[str], stamps: Stamps) -> None:
    client = server.client("ar")
    try:
        for n in range(PACED):
            message_id, raw = reply(n, threads[n % len(threads)], "paced")
            client.append("INBOX", raw)
            stamps.appended[message_id] = time.monotonic()
            time.sleep(PACE)
    finally:
        close_client(client)


def append_burst(server: PrivateDovecot, threads: list[str], stamps: Stamps) -> float:
    client = server.client("ar")
    try:
        batch = [reply(n, threads[n % len(threads)], "burst") for n in range(BURST)]
        client.multiappend("INBOX", [raw for _, raw in batch])
        landed = time.monotonic()
        for message_id, _ in batch:
            stamps.appended[message_id] = landed
        return landed
    finally:
        close_client(client)


async def wait_for(ids: list[str], stamps: Stamps, timeout: float) -> None:
    end = time.monotonic() + timeout
    while any(i not in stamps.filed for i in ids) and time.monotonic() < end:
        await asyncio.sleep(0.02)


async def measure(server: PrivateDovecot, site: Path, threads: list[str]) -> dict[str, Any]:
    stamps = Stamps()
    stamps.instrument()
    service = Service(site, load_config(site))
    running = asyncio.create_task(service.run())
    while service.inbound is None or service.inbound.handled < 0:
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)  # first pass done; the watcher is in IDLE

    paced = threading.Thread(target=append_paced, args=(server, threads, stamps))
    paced.start()
    await asyncio.to_thread(paced.join)
    paced_ids = [i for i in stamps.appended if i.startswith("<paced-")]
    await wait_for(paced_ids, stamps, 60)

    landed = await asyncio.to_thread(append_burst, server, threads, stamps)
    burst_ids = [i for i in stamps.appended if i.startswith("<burst-")]
    await wait_for(burst_ids, stamps, 120)
    service.request_stop()
    await asyncio.wait_for(running, 60)

    latencies = sorted(stamps.filed[i] - stamps.appended[i] for i in paced_ids if i in stamps.filed)
    last = max(stamps.filed.get(i, landed) for i in burst_ids)
    burst_done = sum(1 for i in burst_ids if i in stamps.filed)
    return {
        "replies": len(paced_ids) + len(burst_ids),
        "paced_filed": len(latencies),
        "burst_filed": burst_done,
        "reply_to_flag_p50_s": round(statistics.median(latencies), 3),
        "reply_to_flag_p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 3),
        "reply_to_flag_max_s": round(latencies[-1], 3),
        "inbound_msgs_per_s": round(burst_done / max(last - landed, 1e-9), 1),
    }


def main() -> None:
    binary = find_dovecot()
    if binary is None:
        sys.exit("dovecot is not installed: run `make system-deps`")
    with PrivateDovecot(binary) as server, tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        secret = site / "imap-password"
        secret.write_text(server.users["ar"], encoding="utf-8")
        secret.chmod(0o600)
        config = site / "config.yaml"
        config.write_text(config_text(server.imap_port, secret), encoding="utf-8")
        with Store.open(site / "state") as store:
            threads = fill(store)
        results = asyncio.run(measure(server, config, threads))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
