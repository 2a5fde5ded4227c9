"""The bad-mail run of `make faults`: mutated corpus mail through reading and classifying.

Each case takes a message of the labelled corpus and breaks it, seeded: cut short, bytes
flipped, a lying or unknown charset, nested a hundred-odd times in message/rfc822, a header of
100,000 lines, a 30 MB part, lines dropped or boundaries repeated. Each is read (`parse_mail`)
and classified (`classify`) as the daemon reads a reply. Neither may raise, and each case's time
and the process's memory are measured: the figures are printed, the last line as JSON. Run:
`python tests/faults/fuzz.py [--cases N] [--seed S]`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS.parent))

from daemon.core.classify import classify  # noqa: E402
from daemon.core.mail_parse import parse_mail  # noqa: E402

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


def fuzz_run(cases: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    sources = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]
    names = [name for name, _, _ in MUTATIONS]
    weights = [weight for _, _, weight in MUTATIONS]
    crashes: list[str] = []
    slowest: dict[str, float] = dict.fromkeys(names, 0.0)
    counts: dict[str, int] = dict.fromkeys(names, 0)
    # the two big cases are always there, whatever the draw
    plan = ["long_header", "huge_part", *rng.choices(names, weights, k=max(0, cases - 2))]
    mutate = {name: function for name, function, _ in MUTATIONS}
    for number, name in enumerate(plan):
        raw = mutate[name](rng.choice(sources), rng)
        started = time.perf_counter()
        try:
            mail = parse_mail(raw)
            classify(mail, today=mail.date.date() if mail.date else date(2026, 11, 2))
        except Exception as error:  # what the run is looking for: nothing may raise
            crashes.append(f"case {number} ({name}): {type(error).__name__}: {error}"[:300])
        slowest[name] = max(slowest[name], time.perf_counter() - started)
        counts[name] += 1
    return {
        "fuzz_cases": len(plan),
        "crashes": len(crashes),
        "crash_examples": crashes[:5],
        "fuzz_kinds": counts,
        "slowest_seconds": {name: round(seconds, 3) for name, seconds in slowest.items()},
        # ru_maxrss is in kilobytes on Linux: the peak of the whole process
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261102)
    arguments = parser.parse_args()
    result = fuzz_run(arguments.cases, arguments.seed)
    print(json.dumps(result))
    raise SystemExit(1 if result["crashes"] else 0)


if __name__ == "__main__":
    main()
