#!/usr/bin/env python3
"""Build the dunmail reply corpus: tests/corpus/reply-NNNN.eml + labels.jsonl.

The text of every message is hand-written in tests/corpus/source/*.txt. This
script only wraps that text into realistic RFC 5322 messages (quoting the
reminder the customer replies to, picking the MIME structure, charset and
transfer encoding of the sending client) and writes the labels.

Run:  python tests/corpus/build.py      (deterministic; rewrites the corpus)

Source format (see source/*.txt): a block starts with a line
    === key=value key="value with spaces" ...
and its body (the customer's new text, signature included) runs to the next
"===" line. A body line "[[Q]]" marks where the quoted reminder goes
(bottom-posting / inline replies); without it the quote follows the new text.
Lines starting with "#" before the first block of a file are comments.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shlex
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from decimal import Decimal
from email import message_from_bytes, policy
from pathlib import Path
from typing import TypedDict

from bounce_builders import build_bounce
from corpus_common import Spec, parse_date
from mime_builders import build_human

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
SEED = 20261123

INTENTS = [
    "payment_sent",
    "promise_to_pay",
    "dispute",
    "payment_plan",
    "invoice_request",
    "wrong_contact",
    "unsubscribe",
    "auto_reply",
    "bounce",
    "other",
]
LANGS = ["en", "de", "fr", "es", "nl", "it"]

# ---------------------------------------------------------------- date policy


WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
DAY = dt.timedelta(days=1)


def monday_after(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=7 - d.weekday())


def next_weekday(m: re.Match[str], d: dt.date) -> dt.date:
    """Bare weekday / "next Friday": next such day strictly after the message date."""
    return d + DAY * ((WEEKDAYS[m[0]] - d.weekday()) % 7 or 7)


def weekday_next_week(m: re.Match[str], d: dt.date) -> dt.date:
    """A weekday of next week ("Tuesday next week", "end of next week" = fri)."""
    return monday_after(d) + DAY * WEEKDAYS[m[1]]


def this_friday(_m: re.Match[str], d: dt.date) -> dt.date:
    """ "This week" / "end of the week": Friday of the current week (or next if past)."""
    return d + DAY * ((4 - d.weekday()) % 7)


def day_of_month(m: re.Match[str], d: dt.date) -> dt.date:
    """ "The 15th": next such day of month on/after the message date."""
    n = int(m[1])
    y, mo = d.year, d.month
    while True:
        try:
            cand = dt.date(y, mo, n)
        except ValueError:  # no such day this month
            pass
        else:
            if cand >= d:
                return cand
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1


def end_of_month(_m: re.Match[str], d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - DAY


def end_of_next_month(_m: re.Match[str], d: dt.date) -> dt.date:
    y, mo = d.year + (d.month == 12), d.month % 12 + 1
    nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
    return nxt - DAY


def last_weekday(m: re.Match[str], d: dt.date) -> dt.date:
    """ "On Friday" said of the past: latest such day strictly before."""
    return d - DAY * ((d.weekday() - WEEKDAYS[m[1]]) % 7 or 7)


REL_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], dt.date]]] = [
    (re.compile("|".join(WEEKDAYS)), next_weekday),
    (re.compile(r"nextweek-([^-]*).*"), weekday_next_week),
    (re.compile("nextweek"), lambda _m, d: monday_after(d)),  # "next week": its Monday
    (re.compile("thisweek"), this_friday),
    (re.compile(r"day(\d+)"), day_of_month),
    (re.compile("eom"), end_of_month),  # end of (this) month
    (re.compile("eonm"), end_of_next_month),
    (re.compile(r"\+(\d+)"), lambda m, d: d + DAY * int(m[1])),  # "tomorrow" = +1, "in 2 weeks"
    (re.compile(r"-(\d+)"), lambda m, d: d - DAY * int(m[1])),  # "yesterday" = -1 (paid dates)
    (re.compile(r"last-(\w\w\w)"), last_weekday),
]


def resolve(expr: str | None, msg_date: dt.date) -> str | None:
    """Resolve a label date. ISO dates pass through; "rel:..." follows the README policy."""
    if not expr or expr == "null":
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", expr):
        return expr
    if expr.startswith("rel:"):
        for pattern, rule in REL_RULES:
            if m := pattern.fullmatch(expr[4:]):
                return rule(m, msg_date).isoformat()
    raise ValueError(f"bad date expr {expr!r}")


# ---------------------------------------------------------------- source parsing


def parse_block_line(line: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The fields of a `=== key=value ...` line, and its `h:Header=value` extra headers."""
    meta: dict[str, str] = {}
    headers: list[tuple[str, str]] = []
    for tok in shlex.split(line[4:]):
        k, _, v = tok.partition("=")
        if k.startswith("h:"):
            headers.append((k[2:], v))
        else:
            meta[k] = v
    return meta, headers


def parse_sources() -> list[Spec]:
    specs: list[Spec] = []
    bodies: list[list[str]] = []
    for path in sorted(SOURCE.glob("*.txt")):
        body: list[str] | None = None
        for ln in path.read_text(encoding="utf-8").split("\n"):
            if ln.startswith("=== "):
                meta, headers = parse_block_line(ln)
                specs.append(Spec(meta=meta, src=f"{path.name}:{len(specs)}", headers=headers))
                body = []
                bodies.append(body)
            elif body is not None:
                body.append(ln)
    for spec, lines in zip(specs, bodies, strict=True):
        spec.body = "\n".join(lines).strip("\n")
    return specs


INV_RE = re.compile(r"\bINV[-\s]?2026[-\s/]?(\d{4})\b", re.IGNORECASE)


def refs_of(text: str) -> list[str]:
    seen = []
    for m in INV_RE.finditer(text):
        v = f"INV-2026-{m.group(1)}"
        if v not in seen:
            seen.append(v)
    return seen


# ---------------------------------------------------------------- labels


class Label(TypedDict):
    """One line of labels.jsonl, in file order."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


def make_label(name: str, spec: Spec, new_text: str) -> Label:
    m = spec.meta
    d = parse_date(m["date"]).date()
    intent = m["intent"]
    assert intent in INTENTS, spec.src
    assert m["lang"] in LANGS, spec.src
    if m.get("refs"):
        refs = m["refs"].split(",")
    else:
        refs = [] if m.get("refs") == "" else refs_of(new_text)
    bounce = intent == "bounce"
    lab = Label(
        file=name,
        intent=intent,
        promised_date=resolve(m.get("promised"), d),
        paid_date=resolve(m.get("paid"), d),
        return_date=resolve(m.get("ret"), d),
        payment_reference=m.get("ref") or None,
        amount=m.get("amount") or None,
        currency=m.get("currency") or None,
        new_contact=(m.get("contact") or "").lower() or None,
        bounce_kind=m.get("bkind") if bounce else None,
        failed_recipient=m.get("rcpt", "").lower() if bounce else None,
        bounce_status=m.get("status") if bounce else None,
        invoice_refs=refs,
        language=m["lang"],
        note=m.get("note") or None,
    )
    if bounce:
        assert lab["bounce_kind"] in ("hard", "soft"), spec.src
    if intent == "promise_to_pay":
        assert lab["promised_date"] or m.get("promised") == "null", spec.src
    if lab["amount"]:
        Decimal(lab["amount"])
    return lab


def main() -> int:
    specs = parse_sources()
    r = random.Random(SEED)
    order = list(range(len(specs)))
    r.shuffle(order)
    for old in HERE.glob("reply-*.eml"):
        old.unlink()
    labels = []
    for n, idx in enumerate(order, 1):
        spec = specs[idx]
        name = f"reply-{n:04d}.eml"
        if spec.meta["intent"] == "bounce" and "bfmt" in spec.meta:
            data, new_text = build_bounce(spec), ""
        else:
            data, new_text = build_human(spec)
        (HERE / name).write_bytes(data)
        labels.append(make_label(name, spec, new_text))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return verify(labels)


def verify(labels: list[Label]) -> int:
    files = sorted(p.name for p in HERE.glob("reply-*.eml"))
    listed = [lab["file"] for lab in labels]
    assert sorted(listed) == files and len(set(listed)) == len(listed), (
        "labels.jsonl must list every file once"
    )
    earliest = dt.datetime(2026, 11, 20, tzinfo=dt.UTC) - dt.timedelta(hours=14)
    latest = dt.datetime(2026, 12, 6, tzinfo=dt.UTC)
    for name in files:
        data = (HERE / name).read_bytes()
        msg = message_from_bytes(data, policy=policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[k], f"{name}: missing {k}"
        d = msg["Date"].datetime
        assert earliest <= d <= latest, (name, d)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes transfer encoding and charset
        assert not msg.defects, (name, msg.defects)
    table: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for lab in labels:
        table[lab["intent"]][lab["language"]] += 1
    print(f"{'intent':<16}" + "".join(f"{lg:>5}" for lg in LANGS) + "  total")
    for it in INTENTS:
        row = table[it]
        print(f"{it:<16}" + "".join(f"{row[lg]:>5}" for lg in LANGS) + f"  {sum(row.values()):>5}")
    tot = Counter(lab["language"] for lab in labels)
    print(f"{'total':<16}" + "".join(f"{tot[lg]:>5}" for lg in LANGS) + f"  {len(labels):>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
