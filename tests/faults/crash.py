"""The crash run of `make faults`: dunmail killed with SIGKILL again and again while it sends.

A real aiosmtpd sink and the private Dovecot, a ledger of EMAILS customers each owing one
overdue invoice, and `dunmail run --once` started over and over, each run killed (SIGKILL) at a
seeded random moment: half of the kills at an SMTP step of a seeded transaction (the addressee's
RCPT, after the content, after acceptance), half after a seeded random delay, wherever the process
is then (starting, reading the ledger, planning, sending, recording). Each run is a few minutes
after the last, so a message that may have been accepted is settled by its acceptance copy. After
KILLS kills, runs go on unkilled until nothing is left to send.

Meanwhile customers answer: before each run a few replies to reminders already delivered land in
the AR inbox ("we paid this yesterday"), so kills also fall while replies are read and filed.

It then checks what a customer would see: every due reminder delivered exactly once (counted by
Message-ID at the sink, and by addressee), the same Message-IDs in Sent and in the store, the
store opening, and every reply handled exactly once (one history record per reply's Message-ID).
The last line printed is one JSON object. Run: `make faults`, or
`python tests/faults/crash.py [--emails N] [--kills K] [--replies R] [--seed S]`.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(TESTS), str(TESTS.parent)]

from outbound_world import (  # noqa: E402
    AR,
    Row,
    dunmail_argv,
    dunmail_env,
    folder_message_ids,
    write_config,
    write_ledger,
)
from servers.dovecot import PrivateDovecot, find_dovecot  # noqa: E402
from servers.smtp import ReceivedMessage, ThreadedSmtpSink  # noqa: E402
from servers.tls import create_tls_material  # noqa: E402

from daemon.core.records import EventKind, OutboxStatus  # noqa: E402
from daemon.shell.store import Store  # noqa: E402

T0 = datetime.fromisoformat("2026-11-02T09:00:00-05:00")  # a Monday, 09:00 in New York
STEP = timedelta(minutes=3)  # between runs: past the 120 s acceptance wait
STAGES = ("rcpt", "data", "accepted")
RETRY_LATER = "451 4.3.0 try again later"


class Killer:
    """The sink's hooks, and a timer: SIGKILL the running dunmail at the chosen moment."""

    def __init__(self, dovecot: PrivateDovecot, sink: ThreadedSmtpSink) -> None:
        self.dovecot, self.sink = dovecot, sink
        self.process: subprocess.Popen[str] | None = None
        self.at: tuple[int, str] | None = None  # (transaction, stage) of this run
        self.transactions = 0
        self.kills = 0
        self.lock = threading.Lock()
        sink.on_rcpt = self.rcpt
        sink.on_data = self.data

    def rcpt(self, address: str) -> str | None:
        if address == AR:
            return None
        self.transactions += 1
        number = self.transactions
        if self.at == (number, "rcpt") and self.kill():
            return RETRY_LATER
        return None

    def data(self, message: ReceivedMessage) -> str | None:
        number = self.transactions
        if self.at == (number, "data") and self.kill():
            return RETRY_LATER
        if AR in message.rcpt_tos:  # the acceptance copy, as the AR mailbox's MTA would
            self.dovecot.deliver("ar", message.raw, sender=message.mail_from)
        self.sink.messages.append(message)
        if self.at == (number, "accepted"):
            self.kill()
        return "250 2.0.0 OK: queued"

    def kill(self) -> bool:
        with self.lock:  # the timer's thread and the sink's may both try
            process = self.process
            if process is None or process.poll() is not None:
                return False
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            self.kills += 1
            return True


def _site(directory: Path, emails: int, port: int, dovecot: PrivateDovecot) -> Path:
    config = write_config(directory, smtp_port=port, dovecot=dovecot)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("outbound:\n", "outbound:\n  max_per_minute: 100000\n"))
    write_ledger(directory / "ledger.csv", [_row(n) for n in range(emails)])
    return config


def _row(n: int) -> Row:
    """Customer `n`, owing one invoice long overdue: due at T0."""
    return Row(f"K{n:05}", f"Customer {n} Ltd.", "", "America/New_York", "en", "US", "Alex",
               f"K{n:05}", f"ap@k{n:05}.test", "", "", f"INV-{n:05}", "2026-09-01", "2026-10-01",
               "500.00", "500.00", "USD")  # fmt: skip


def _run(config: Path, now: datetime, killer: Killer, delay: float | None) -> int:
    """One `dunmail run --once` at `now`; killed by the hooks, or after `delay` seconds."""
    argv = dunmail_argv("run", "--config", str(config), "--once", "--now", now.isoformat())
    killer.transactions = 0
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=dunmail_env()
    )
    killer.process = process
    timer = threading.Timer(delay, killer.kill) if delay is not None else None
    if timer is not None:
        timer.start()
    try:
        _, err = process.communicate(timeout=600)
    finally:
        if timer is not None:
            timer.cancel()
        killer.process = None
    if process.returncode not in (0, -signal.SIGKILL):
        print(err[-2000:], file=sys.stderr)
    return process.returncode


def _reply(delivered: ReceivedMessage, number: int) -> tuple[str, bytes]:
    """A customer's answer to the reminder `delivered`, in its thread: (Message-ID, bytes)."""
    addressee = next(r for r in delivered.rcpt_tos if r != AR)
    original = str(delivered.message["Message-ID"])
    message_id = f"<reply-{number}@{addressee.partition('@')[2]}>"
    raw = (
        f"From: Accounts Payable <{addressee}>\r\nTo: {AR}\r\n"
        f"Subject: Re: {delivered.message['Subject']}\r\n"
        f"Date: Mon, 02 Nov 2026 10:00:00 -0500\r\nMessage-ID: {message_id}\r\n"
        f"In-Reply-To: {original}\r\nReferences: {original}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello, we paid this yesterday by bank transfer, reference TR-{number:05}.\r\n"
    )
    return message_id, raw.encode()


class Replies:
    """The stream of replies: a few more land in the AR inbox before each run."""

    def __init__(self, dovecot: PrivateDovecot, sink: ThreadedSmtpSink, total: int) -> None:
        self.dovecot, self.sink, self.total = dovecot, sink, total
        self.sent: list[str] = []  # Message-IDs of the replies delivered, in order
        self.answered: set[str] = set()

    def deliver(self, count: int) -> None:
        for message in list(self.sink.messages):
            if len(self.sent) >= self.total or count <= 0:
                return
            original = str(message.message["Message-ID"])
            if message.rcpt_tos == (AR,) or original in self.answered:
                continue
            self.answered.add(original)
            message_id, raw = _reply(message, len(self.sent) + 1)
            self.dovecot.deliver("ar", raw, sender=next(r for r in message.rcpt_tos if r != AR))
            self.sent.append(message_id)
            count -= 1


def crash_run(emails: int, kills: int, replies: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        binary = find_dovecot()
        if binary is None:
            raise SystemExit("dovecot is not installed: run `make system-deps`")
        tls = create_tls_material(root / "tls")
        with PrivateDovecot(binary, tls=tls) as dovecot, ThreadedSmtpSink() as sink:
            killer = Killer(dovecot, sink)
            stream = Replies(dovecot, sink, replies)
            per_run = -(-replies // max(1, kills))  # ceiling: the stream ends with the kills
            site = root / "site"
            site.mkdir()
            config = _site(site, emails, sink.port, dovecot)
            now, runs, started = T0, 0, time.monotonic()
            while killer.kills < kills:
                stream.deliver(per_run)
                before = killer.kills
                if rng.random() < 0.5:
                    left = emails - len(_deliveries(sink))
                    killer.at = (rng.randint(1, max(1, min(left, 50))), rng.choice(STAGES))
                    _run(config, now, killer, None)
                else:
                    killer.at = None
                    _run(config, now, killer, rng.uniform(0.3, 3.5))
                killer.at = None
                runs += 1
                now += STEP
                streamed = len(stream.sent) >= min(replies, emails)
                if killer.kills == before and streamed and _settled(site, emails, stream.sent):
                    break  # all was done before the kill came: nothing is left to kill
            stream.deliver(replies)  # the rest of the stream, for the runs that are not killed
            unkilled = 0
            while not _settled(site, emails, stream.sent) and unkilled < 20:
                if _run(config, now, killer, None) != 0:
                    raise SystemExit(f"an unkilled run failed at {now.isoformat()}")
                now, runs, unkilled = now + STEP, runs + 1, unkilled + 1
            return _verdict(
                site, sink, dovecot, stream.sent,
                emails=emails, kills=killer.kills, runs=runs, started=started,
            )  # fmt: skip


def _deliveries(sink: ThreadedSmtpSink) -> Counter[str]:
    return Counter(str(m.message["Message-ID"]) for m in sink.messages if m.rcpt_tos != (AR,))


def _all_sent(site: Path, emails: int) -> bool:
    state = site / "state"
    if not state.exists():
        return False
    with Store.open(state, readonly=True) as store:
        items = store.outbox().values()
        return sum(item.status is OutboxStatus.SENT for item in items) == emails


def _settled(site: Path, emails: int, replies: list[str]) -> bool:
    """Every reminder sent and every reply handled."""
    if not _all_sent(site, emails):
        return False
    with Store.open(site / "state", readonly=True) as store:
        return all(
            (message := store.inbound(reply)) is not None and message.handled_at is not None
            for reply in replies
        )


def _verdict(
    site: Path,
    sink: ThreadedSmtpSink,
    dovecot: PrivateDovecot,
    replies: list[str],
    *,
    emails: int,
    kills: int,
    runs: int,
    started: float,
) -> dict[str, object]:
    deliveries = _deliveries(sink)
    addressees = Counter(r for m in sink.messages for r in m.rcpt_tos if r != AR)
    with Store.open(site / "state") as store:  # the writer opens it after the last kill
        outbox = {item.customer_id: item for item in store.outbox().values()}
        handled = Counter(
            str(event.data.get("message_id", ""))
            for event in store.history()
            if event.kind is EventKind.REPLY_HANDLED
        )
    sent = Counter(folder_message_ids(dovecot, "Sent"))
    due = {f"ap@k{n:05}.test" for n in range(emails)}
    once = [a for a in due if addressees[a] == 1]
    recorded = {item.message_id for item in outbox.values() if item.status is OutboxStatus.SENT}
    return {
        "kills": kills,
        "runs": runs,
        "emails_due": emails,
        "delivered_once": len(once),
        "duplicates": sum(count - 1 for count in addressees.values() if count > 1)
        + sum(count - 1 for count in deliveries.values() if count > 1),
        "lost": len(due - set(addressees)),
        "sent_folder_matches": sorted(sent) == sorted(deliveries) and set(sent) == recorded,
        "replies": len(replies),
        "replies_handled_once": sum(handled[reply] == 1 for reply in replies),
        "store_records": len(outbox),  # read from the store the writer opened after the kills
        "seconds": round(time.monotonic() - started),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261102)
    arguments = parser.parse_args()
    result = crash_run(arguments.emails, arguments.kills, arguments.replies, arguments.seed)
    ok = (
        result["duplicates"] == 0
        and result["lost"] == 0
        and result["delivered_once"] == arguments.emails
        and result["sent_folder_matches"]
        and result["replies_handled_once"] == result["replies"]
    )
    print(json.dumps(result))
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
