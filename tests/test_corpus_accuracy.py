"""The classifier over the labelled corpora in the repository, as `dunmail classify` reads them.

`tests/corpus` is the development set the rules were checked against; `tests/corpus-holdout` was
written separately, and its misses were later analysed to find the phrasing families the rules
lacked (each fixed as a family, with sentences of its own in tests/test_classify_general.py), so
it is a second development set now. `tests/corpus-holdout2` was written by yet another hand after
that, measured once untouched (90.8 %), and then used the same way: a third development set.
`tests/corpus-holdout3` was written by a fourth hand that saw neither the rules nor the other
corpora, and has never been used to change a rule: its floor is what generalisation is held to.
Floors are the measured figures less a small margin (bench/classify.py prints the real ones);
the safety rule has no margin: a dispute, an unsubscribe or a request for a payment plan must
never be read as money paid or promised, or dunmail would go quiet on a customer who needs a
person.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from daemon.cli_classify import describe

TESTS = Path(__file__).resolve().parent
UNSAFE = {"dispute", "unsubscribe", "payment_plan"}
MONEY = {"payment_sent", "promise_to_pay"}


def score(folder: Path) -> dict[str, Any]:
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines()]
    right, unsafe, by_language = 0, [], Counter[str]()
    for label in labels:
        row = describe(label["file"], (folder / label["file"]).read_bytes())
        if row["intent"] == label["intent"]:
            right += 1
            by_language[label["language"]] += 1
        elif label["intent"] in UNSAFE and row["intent"] in MONEY:
            unsafe.append(label["file"])
    return {"accuracy": right / len(labels), "unsafe": unsafe, "count": len(labels)}


@pytest.fixture(scope="module")
def development() -> dict[str, Any]:
    return score(TESTS / "corpus")


@pytest.fixture(scope="module")
def holdout() -> dict[str, Any]:
    return score(TESTS / "corpus-holdout")


def test_the_development_corpus_is_read_right(development: dict[str, Any]) -> None:
    assert development["count"] >= 200
    assert development["accuracy"] >= DEVELOPMENT_FLOOR


@pytest.fixture(scope="module")
def third() -> dict[str, Any]:
    return score(TESTS / "corpus-holdout2")


@pytest.fixture(scope="module")
def unseen() -> dict[str, Any]:
    return score(TESTS / "corpus-holdout3")


def test_the_second_development_corpus_is_read_right(holdout: dict[str, Any]) -> None:
    assert holdout["count"] >= 100
    assert holdout["accuracy"] >= HOLDOUT_FLOOR


def test_the_third_development_corpus_is_read_right(third: dict[str, Any]) -> None:
    assert third["count"] >= 100
    assert third["accuracy"] >= THIRD_FLOOR


def test_a_corpus_no_rule_was_tuned_on_is_read_mostly_right(unseen: dict[str, Any]) -> None:
    assert unseen["count"] >= 100
    assert unseen["accuracy"] >= UNSEEN_FLOOR


def test_no_contest_is_ever_read_as_money(
    development: dict[str, Any],
    holdout: dict[str, Any],
    third: dict[str, Any],
    unseen: dict[str, Any],
) -> None:
    assert development["unsafe"] == []
    assert len(holdout["unsafe"]) <= HOLDOUT_UNSAFE_AT_MOST
    assert third["unsafe"] == []
    assert unseen["unsafe"] == []


# Measured (bench/classify.py): development 100 %, held out 100 % with no unsafe reading. The
# held-out set has since been used to find the phrasing families it missed (a return of goods read
# as a payment, a part payment with the rest promised read as a promise, among others), so its
# figure no longer measures generalisation; tests/test_classify_general.py holds the families.
DEVELOPMENT_FLOOR = 0.99
HOLDOUT_FLOOR = 0.98
HOLDOUT_UNSAFE_AT_MOST = 0
# tests/corpus-holdout2, measured untouched at 90.8 % (109 of 120), now a development set too.
THIRD_FLOOR = 0.92
# Measured on tests/corpus-holdout3, never tuned on: 85.8 % (103 of 120), no unsafe reading;
# most misses are read as "other", which a person then sees.
UNSEEN_FLOOR = 0.85
