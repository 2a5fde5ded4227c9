"""The bad-mail run of `make faults`: mutated corpus mail through the daemon's whole inbound path.

Each case takes a message of the labelled corpus, makes half of them answer a reminder the
customer really got (their address, In-Reply-To), and breaks it, seeded: cut short, bytes
flipped, a lying or unknown charset, nested a hundred-odd times in message/rfc822, a header of
100,000 lines, a 30 MB part, lines dropped or boundaries repeated. Each is delivered into the
AR Maildir and read by the daemon's own inbox loop (`Inbound.poll`): read, correlated,
classified, decided, committed to the store and filed. Nothing may escape, every message must
be read and recorded (the inbox cursor passes it), none may be quarantined (that is a crash the
loop caught), and each case must stay under SECONDS_PER_MESSAGE and the process under
PEAK_MEMORY_MB. The figures are printed, the last line as JSON. Run:
`python tests/faults/fuzz.py [--cases N] [--seed S]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(TESTS), str(TESTS.parent)]

from inbound_world import CUSTOMER, MONDAY, make_site  # noqa: E402
from servers.smtp import ThreadedSmtpSink  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.inbound import Inbound  # noqa: E402
from daemon.service import Service  # noqa: E402
from daemon.shell.clock import FixedClock  # noqa: E402
from daemon.shell.store import Store  # noqa: E402

CORPUS = TESTS / "corpus"
_CHARSET = re.compile(rb'charset="?[^;\s"]*"?', re.IGNORECASE)
_CHARSETS = (b"utf-7", b"x-unknown-8bit", b"iso-2022-jp", b"utf-16", b"", b"utf-8\x00", b"big5")


def _cut(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def _flip(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _charset(raw: bytes, rng: random.Random) -> bytes:
    """Every charset label replaced by a wrong or unknown one (or none added where none is)."""
    label = rng.choice(_CHARSETS)
    if _CHARSET.search(raw):
        return _CHARSET.sub(lambda _found: b"charset=" + label, raw)
    return raw.replace(b"\n\n", b"\nContent-Type: text/plain; charset=" + label + b"\n\n", 1)


def _nest(raw: bytes, rng: random.Random) -> bytes:
    for depth in range(rng.randint(50, 150)):
        raw = (
            f"From: wrapper{depth}@example.test\nSubject: Fwd\nContent-Type: message/rfc822\n\n"
        ).encode() + raw
    return raw


def _long_header(raw: bytes, _rng: random.Random) -> bytes:
    junk = b"".join(b"X-Junk-%d: %d\n" % (n, n) for n in range(100_000))
    return junk + raw


def _huge_part(_raw: bytes, _rng: random.Random) -> bytes:
    body = (b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQy" * 2 + b"\n") * 390_000  # about 30 MB
    return (
        b"From: ap@customer.example\nSubject: Re: Invoice\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"Paid yesterday, statement attached.\n--b\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + body + b"--b--\n"
    )


def _lines(raw: bytes, rng: random.Random) -> bytes:
    lines = raw.split(b"\n")
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(lines))
        if rng.random() < 0.5:
            del lines[at]
        else:
            lines.insert(at, rng.choice([b"--", b"--b", b"", b" folded", b"From x", b":"]))
        if not lines:
            break
    return b"\n".join(lines)


# (name, mutation, weight): the 30 MB and 100,000-line cases are few, the cheap ones many
MUTATIONS: tuple[tuple[str, Callable[[bytes, random.Random], bytes], int], ...] = (
    ("cut", _cut, 30), ("flip", _flip, 30), ("charset", _charset, 15), ("nest", _nest, 5),
    ("lines", _lines, 20), ("long_header", _long_header, 1), ("huge_part", _huge_part, 1),
)  # fmt: skip


# Bounds per message and for the whole process, checked (not only printed): far above what the
# run measures (0.5 s for the 100,000-line header, about 430 MB at the peak), so that only a
# blow-up, not a busy machine, can break them.
SECONDS_PER_MESSAGE = 5.0
PEAK_MEMORY_MB = 1536


class _Site:
    """A dunmail site whose inbox is a Maildir: the daemon's own inbound path runs on each
    message (read, correlate, classify, decide, one store commit, filing), in this process."""

    def __init__(self, directory: Path, smtp_port: int) -> None:
        self.maildir = directory / "mail"
        for part in ("cur", "new", "tmp"):
            (self.maildir / part).mkdir(parents=True)
        self.config = make_site(
            directory, smtp_port=smtp_port, dovecot=None, extra="maildir:\n  path: mail\n"
        )
        # The service the run reads with, an hour after the customer's reminder (`start`).
        self.service = Service(
            self.config, load_config(self.config), clock=FixedClock(MONDAY + timedelta(hours=1))
        )
        self.ours = ""  # the Message-ID of the reminder half the broken replies answer

    async def start(self) -> Inbound:
        """Send the customer a reminder, then start the service an hour later."""
        await Service(self.config, load_config(self.config), clock=FixedClock(MONDAY)).run_once()
        with Store.open(self.config.parent / "state", readonly=True) as store:
            [sent] = store.outbox().values()
        self.ours = sent.message_id
        self.service.startup()
        inbound = self.service.inbound
        assert inbound is not None
        return inbound

    def last_read(self) -> int:
        """The last UID of the inbox the daemon has read and recorded (its cursor)."""
        store = self.service.store
        assert store is not None
        cursor = store.cursor("INBOX")
        return cursor.last_uid if cursor is not None else 0

    def deliver(self, number: int, raw: bytes) -> Path:
        path = self.maildir / "new" / f"1764000000.M{number}P1.fuzz"
        path.write_bytes(raw)
        return path

    def quarantined(self) -> int:
        folder = self.maildir / ".AR.Quarantine"
        return sum(1 for part in ("cur", "new") for _ in (folder / part).glob("*"))

    def replies_recorded(self) -> int:
        with Store.open(self.config.parent / "state", readonly=True) as store:
            return len(store.inbound_messages())


_THREAD = re.compile(rb"^(?:From|In-Reply-To|References):.*\n(?:[ \t].*\n)*", re.I | re.M)


def _answering(raw: bytes, ours: str, rng: random.Random) -> bytes:
    """Half the messages answer our reminder from the customer's address, before breaking."""
    if rng.random() < 0.5:
        head, blank, body = raw.partition(b"\n\n")
        head = _THREAD.sub(b"", head + b"\n").rstrip(b"\n")
        return f"From: Pat Doe <{CUSTOMER}>\nIn-Reply-To: {ours}\n".encode() + head + blank + body
    return raw


async def _inbound_run(site: _Site, plan: list[str], rng: random.Random) -> dict[str, object]:
    sources = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]
    mutate = {name: function for name, function, _ in MUTATIONS}
    crashes: list[str] = []
    slowest: dict[str, float] = dict.fromkeys(mutate, 0.0)
    counts: dict[str, int] = dict.fromkeys(mutate, 0)
    unread = filed = over_time = 0
    inbound = await site.start()
    try:
        for number, name in enumerate(plan):
            raw = _answering(rng.choice(sources), site.ours, rng)
            path = site.deliver(number, mutate[name](raw, rng))
            before = site.last_read()
            started = time.perf_counter()
            try:
                await inbound.poll()
            except Exception as error:  # what the run is looking for: nothing may escape
                crashes.append(f"case {number} ({name}): {type(error).__name__}: {error}"[:300])
            seconds = time.perf_counter() - started
            slowest[name] = max(slowest[name], seconds)
            over_time += seconds > SECONDS_PER_MESSAGE
            unread += site.last_read() <= before  # not read, or read and not recorded
            filed += not path.exists()  # moved to a folder or flagged (a reply we matched)
            counts[name] += 1
    finally:
        await site.service.shutdown()
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KiB on Linux
    return {
        "fuzz_cases": len(plan),
        "crashes": len(crashes),
        "crash_examples": crashes[:5],
        "unread": unread,
        "filed": filed,
        "quarantined": site.quarantined(),
        "replies_recorded": site.replies_recorded(),
        "fuzz_kinds": counts,
        "slowest_seconds": {name: round(seconds, 3) for name, seconds in slowest.items()},
        "peak_memory_mb": peak,
        "over_time": over_time,
        "over_memory": peak > PEAK_MEMORY_MB,
    }


def fuzz_run(cases: int, seed: int) -> dict[str, object]:
    """Each broken message through the daemon's whole inbound path; the figures, checked."""
    rng = random.Random(seed)
    names = [name for name, _, _ in MUTATIONS]
    weights = [weight for _, _, weight in MUTATIONS]
    # the two big cases are always there, whatever the draw
    plan = ["long_header", "huge_part", *rng.choices(names, weights, k=max(0, cases - 2))]
    with (
        tempfile.TemporaryDirectory(prefix="dunmail-fuzz-") as directory,
        ThreadedSmtpSink() as sink,
    ):
        site = _Site(Path(directory), sink.port)
        logging.disable(logging.ERROR)  # quarantines are counted, not printed one by one
        try:
            return asyncio.run(_inbound_run(site, plan, rng))
        finally:
            logging.disable(logging.NOTSET)


def passed(result: dict[str, object]) -> bool:
    return (
        result["crashes"] == 0
        and result["unread"] == 0
        and result["quarantined"] == 0
        and result["over_time"] == 0
        and not result["over_memory"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261102)
    arguments = parser.parse_args()
    result = fuzz_run(arguments.cases, arguments.seed)
    print(json.dumps(result))
    raise SystemExit(0 if passed(result) else 1)


if __name__ == "__main__":
    main()
