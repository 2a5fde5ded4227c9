"""The classifier over the measured replies (`tests/replies-measured/`), never trained on.

Each file was written by another hand and read as a reply body mailed the way a customer sends
it (`daemon.train_model.reply_mail`). Floors are the figures measured with the rule families
their stop requests led to, less a small margin; the safety rule has none: no dispute, stop
request or plea for a payment plan may be read as money paid or promised.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from daemon.core.classify import classify
from daemon.core.mail_parse import parse_mail
from daemon.core.verdict import Intent
from daemon.train_model import default_sources, reply_mail

MEASURED = Path(__file__).resolve().parent / "replies-measured"
# Each file's figure now less a point (they were 93.8, 95.1, 90.1, 94.1, 92.6, 90.4, 95.7 and
# 93.8 % as they arrived; 96.6, 96.0, 92.9, 95.7, 93.8, 95.7, 96.9 and 96.0 % now).
FLOORS = {
    "manufacturing.jsonl": 0.95,
    "utilities_telecom.jsonl": 0.95,
    "retail_chains.jsonl": 0.92,
    "transport.jsonl": 0.94,
    "wellness.jsonl": 0.93,
    "architects.jsonl": 0.94,
    "printing_events.jsonl": 0.96,
    "insurance_realestate.jsonl": 0.95,
}
MONEY = (Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY)
CONTESTS = (Intent.DISPUTE, Intent.UNSUBSCRIBE, Intent.PAYMENT_PLAN)


def read(name: str) -> Counter[str]:
    """How many replies of `name` were read right, and how many contests were read as money."""
    counts: Counter[str] = Counter()
    for line in (MEASURED / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        mail = parse_mail(reply_mail(row["text"], row["language"]))
        truth = Intent(row["intent"])
        assert mail.date is not None
        found = classify(mail, today=mail.date.date()).intent
        counts["replies"] += 1
        counts["right"] += found is truth
        counts["unsafe"] += truth in CONTESTS and found in MONEY
    return counts


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_measured_replies_are_read_mostly_right_and_never_unsafely(name: str) -> None:
    counts = read(name)
    assert counts["replies"] == 324
    assert counts["right"] / counts["replies"] >= FLOORS[name], (name, counts)
    assert counts["unsafe"] == 0, (name, counts)


def test_every_measured_file_has_a_floor_and_none_trains_the_model() -> None:
    assert {path.name for path in MEASURED.glob("*.jsonl")} == set(FLOORS)
    assert not {source.name for source in default_sources()} & set(FLOORS)
