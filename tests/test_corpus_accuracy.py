"""The classifier over the labelled corpora in the repository, as `dunmail classify` reads them.

Each corpus was written by a different hand. `tests/corpus` is the development set the rules were
written against. The held-out corpora were each measured untouched when they arrived, and then
used to find the phrasing families the rules lacked (each fixed as a family, with sentences of its
own in tests/test_classify_*.py), which makes them development sets too:
`tests/corpus-holdout` (measured untouched before this table was kept), `-holdout2` (90.8 %),
`-holdout3` (85.8 %), `-holdout5` (76.7 %), `-holdout6` (77.5 %), `-holdout7` (85.8 %),
`-holdout8` (78.3 %), `-holdout11` (90.0 %) and `-holdout13` (90.0 %).
`tests/corpus-holdout4` (78.3 % untouched) has never been used to change a rule: its floor is
what generalisation is held to. Its figure, with
those of holdout5 and holdout6 as they arrived, was used once: to decide that the trained
tie-breaker helps; how sure it must be was then chosen leaving one development corpus out at a
time. `tests/corpus-holdout9`, `-holdout10` and `-holdout12` arrived last and were only ever
measured (86.7 %, 82.5 % and 88.3 % as they came).
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
def later() -> dict[str, dict[str, Any]]:
    """The held-out corpora since used for development, by name."""
    return {name: score(TESTS / name) for name in LATER_FLOORS}


@pytest.fixture(scope="module")
def unseen() -> dict[str, Any]:
    return score(TESTS / "corpus-holdout4")


@pytest.fixture(scope="module")
def newest() -> dict[str, dict[str, Any]]:
    """The corpora written last, never used to change a rule or train the model."""
    return {name: score(TESTS / name) for name in NEWEST_FLOORS}


def test_the_second_development_corpus_is_read_right(holdout: dict[str, Any]) -> None:
    assert holdout["count"] >= 100
    assert holdout["accuracy"] >= HOLDOUT_FLOOR


def test_the_later_development_corpora_are_read_right(later: dict[str, dict[str, Any]]) -> None:
    for name, result in later.items():
        assert result["count"] >= 100, name
        assert result["accuracy"] >= LATER_FLOORS[name], (name, result["accuracy"])


def test_a_corpus_no_rule_was_tuned_on_is_read_mostly_right(unseen: dict[str, Any]) -> None:
    assert unseen["count"] >= 100
    assert unseen["accuracy"] >= UNSEEN_FLOOR


def test_the_newest_corpora_no_rule_has_seen_are_read_mostly_right(
    newest: dict[str, dict[str, Any]],
) -> None:
    for name, result in newest.items():
        assert result["count"] >= 100, name
        assert result["accuracy"] >= NEWEST_FLOORS[name], (name, result["accuracy"])
        assert result["unsafe"] == [], name


def test_no_contest_is_ever_read_as_money(
    development: dict[str, Any],
    holdout: dict[str, Any],
    later: dict[str, dict[str, Any]],
    unseen: dict[str, Any],
) -> None:
    assert development["unsafe"] == []
    assert len(holdout["unsafe"]) <= HOLDOUT_UNSAFE_AT_MOST
    assert [name for name, result in later.items() if result["unsafe"]] == []
    assert unseen["unsafe"] == []


# Measured (bench/classify.py): development 100 %, held out 100 % with no unsafe reading. The
# held-out set has since been used to find the phrasing families it missed (a return of goods read
# as a payment, a part payment with the rest promised read as a promise, among others), so its
# figure no longer measures generalisation; tests/test_classify_general.py holds the families.
DEVELOPMENT_FLOOR = 0.99
HOLDOUT_FLOOR = 0.98
HOLDOUT_UNSAFE_AT_MOST = 0
# Measured now (bench/classify.py), after the families each corpus revealed were added; the
# model is trained on these corpora too, so they no longer measure generalisation.
LATER_FLOORS = {
    "corpus-holdout2": 0.98,
    "corpus-holdout3": 0.98,
    "corpus-holdout5": 0.96,
    "corpus-holdout6": 0.98,
    "corpus-holdout7": 0.97,
    "corpus-holdout8": 0.95,
    "corpus-holdout11": 0.97,
    "corpus-holdout13": 0.98,
    "corpus-holdout15": 0.96,
    "corpus-holdout17": 0.99,
    "corpus-holdout19": 0.95,
    "corpus-holdout21": 0.96,
    # written this session: 97.5 % and 94.2 % as they came, no unsafe reading; holdout23 had one
    # (a part refused, "o la reponéis o nos la abonáis") once the model was retrained, before
    # its families were added
    "corpus-holdout22": 0.99,
    "corpus-holdout23": 0.98,
    # written by four more hands, measured untouched as they came: holdout29 92.5 % (its
    # families were added first, so the other three met them too), then holdout28 95.0 %,
    # holdout30 96.7 % and holdout31 95.8 %; no unsafe reading in any
    "corpus-holdout28": 0.97,
    "corpus-holdout29": 0.99,
    "corpus-holdout30": 0.98,
    "corpus-holdout31": 0.98,
    # four more, measured untouched as they came: holdout32 93.3 % (its families added first),
    # holdout33 92.5 %, holdout35 93.3 % and holdout34 95.8 %; no unsafe reading in any
    "corpus-holdout32": 0.98,
    "corpus-holdout33": 0.97,
    "corpus-holdout34": 0.98,
    "corpus-holdout35": 0.97,
    # six more by new hands, measured untouched as they came (families from the earlier ones
    # added before the later ones arrived): holdout36 98.3 %, holdout37 97.5 %, holdout38
    # 97.5 %, holdout39 95.8 %, holdout40 96.7 %, holdout41 95.0 %; no unsafe reading in any
    "corpus-holdout36": 0.98,
    "corpus-holdout37": 0.97,
    "corpus-holdout38": 0.97,
    "corpus-holdout39": 0.97,
    "corpus-holdout40": 0.98,
    "corpus-holdout41": 0.98,
    # six more by new hands, measured untouched as they came (holdout48 came last: 96.7 % with
    # and without the families of the other five): holdout48 96.7 %, holdout49 92.5 %,
    # holdout50 96.7 %, holdout51 96.7 %, holdout52 95.0 % (one unsafe reading: an invoice held
    # back till certificates come read as a promise, before its families) and holdout53 98.3 %
    "corpus-holdout48": 0.98,
    "corpus-holdout49": 0.97,
    "corpus-holdout50": 0.98,
    "corpus-holdout51": 0.98,
    "corpus-holdout52": 0.99,
    "corpus-holdout53": 0.99,
    # six more by new hands, measured untouched as they came: holdout54 98.3 %, holdout55 97.5 %
    # (one unsafe reading: a misspelt "STOP EMAILNG ME" beside "we paid" read as a payment),
    # holdout56 96.7 %, holdout57 96.7 %, holdout58 96.7 % and holdout59 95.0 %
    "corpus-holdout54": 0.98,
    "corpus-holdout55": 0.99,
    "corpus-holdout56": 0.98,
    "corpus-holdout57": 0.98,
    "corpus-holdout58": 0.98,
    "corpus-holdout59": 0.98,
    # six more by new hands, measured untouched as they came: holdout60 96.7 %, holdout61
    # 95.0 %, holdout62 95.8 %, holdout63 94.2 % (one unsafe reading: "do not send any further
    # correspondence to this address ... should be sent by post" read as a promise, before its
    # families), holdout64 96.7 % and holdout65 97.5 %
    "corpus-holdout60": 0.99,
    "corpus-holdout61": 0.98,
    "corpus-holdout62": 0.99,
    "corpus-holdout63": 0.99,
    "corpus-holdout64": 0.99,
    "corpus-holdout65": 0.99,
    # six more, measured untouched as they came: holdout66 96.7 %, holdout67 95.8 %, holdout68
    # 99.2 %, holdout69 93.3 % (an Italian delay notice read as an absence), holdout70 98.3 % and
    # holdout71 99.2 % (97.1 % together, no unsafe reading)
    "corpus-holdout66": 0.99,
    "corpus-holdout67": 0.99,
    "corpus-holdout68": 0.99,
    "corpus-holdout69": 0.99,
    "corpus-holdout70": 0.99,
    "corpus-holdout71": 0.99,
    # six more, measured untouched as they came: holdout72 95.0 % (one unsafe reading: "ik betaal
    # vrijdag, maar stop met die dagelijkse mails" read as a promise), holdout73 95.8 % (one:
    # part paid and "el resto, 1.740,00 €, lo abonaremos" read as a promise, the number's full
    # stop taken for a sentence's end), holdout74 96.7 %, holdout75 96.7 %, holdout76 94.2 %
    # (one: "do not send any further correspondence about our account by email" read as a
    # promise) and holdout77 96.7 % (95.8 % together)
    "corpus-holdout72": 0.99,
    "corpus-holdout73": 0.98,
    "corpus-holdout74": 0.99,
    "corpus-holdout75": 0.99,
    "corpus-holdout76": 0.98,
    "corpus-holdout77": 0.99,
    # six more, measured untouched as they came: holdout78 98.3 %, holdout79 95.8 %, holdout80
    # 98.3 %, holdout81 97.5 %, holdout82 97.5 % and holdout83 95.0 % (97.1 % together, no
    # unsafe reading)
    "corpus-holdout78": 0.99,
    "corpus-holdout79": 0.99,
    "corpus-holdout80": 0.99,
    "corpus-holdout81": 0.99,
    "corpus-holdout82": 0.99,
    "corpus-holdout83": 0.99,
    # twelve more, measured untouched as they came: holdout84 96.7 %, holdout85 93.3 %, holdout86
    # 95.8 % (one unsafe reading: "wir überweisen heute 50 %, die andere Hälfte folgt, sobald
    # ..." read as a promise), holdout87 95.8 %, holdout88 98.3 %, holdout89 91.7 % (one:
    # "quitadlo de la factura y os la pago" read as a promise), holdout90 97.5 % (one: "eerst
    # komen herstellen dan betaal ik"), holdout91 97.5 % (one: "eerst netjes rechthangen, dan
    # betalen we"), holdout92 96.7 %, holdout93 94.2 %, holdout94 96.7 % and holdout95 95.8 %
    # (95.8 % together)
    "corpus-holdout84": 0.99,
    "corpus-holdout85": 0.99,
    "corpus-holdout86": 0.99,
    "corpus-holdout87": 0.99,
    "corpus-holdout88": 0.99,
    "corpus-holdout89": 0.98,
    "corpus-holdout90": 0.98,
    "corpus-holdout91": 0.98,
    "corpus-holdout92": 0.97,
    "corpus-holdout93": 0.97,
    "corpus-holdout94": 0.97,
    "corpus-holdout95": 0.98,
    # six more, measured untouched as they came: holdout96 97.5 %, holdout97 95.8 %, holdout98
    # 92.5 % (two unsafe readings: "je vous ai viré 800 €, le solde à la rentrée" read as paid,
    # "ho pagato la parte delle luci, il resto no perché ..." read as paid), holdout99 95.8 %,
    # holdout100 96.7 % and holdout101 95.8 % (two: "Könnten Sie mir die Rechnung bis Mitte
    # Januar stunden?" and "the other £842.60 will have to wait" read as promises; 95.7 %
    # together)
    "corpus-holdout96": 0.98,
    "corpus-holdout97": 0.97,
    "corpus-holdout98": 0.97,
    "corpus-holdout99": 0.97,
    "corpus-holdout100": 0.97,
    "corpus-holdout101": 0.98,
    # six more, measured untouched as they came: holdout102 99.2 %, holdout103 96.7 %, holdout104
    # 98.3 %, holdout105 99.2 %, holdout106 100 % and holdout107 97.5 % (98.5 % together, no
    # unsafe reading)
    "corpus-holdout102": 0.98,
    "corpus-holdout103": 0.97,
    "corpus-holdout104": 0.98,
    "corpus-holdout105": 0.98,
    "corpus-holdout106": 0.98,
    "corpus-holdout107": 0.98,
    # five more, measured untouched as they came: holdout108 95.8 %, holdout109 98.3 %,
    # holdout110 98.3 %, holdout112 98.3 % and holdout113 97.5 % (97.7 % together, no unsafe
    # reading)
    "corpus-holdout108": 0.98,
    "corpus-holdout109": 0.98,
    "corpus-holdout110": 0.98,
    "corpus-holdout112": 0.98,
    "corpus-holdout113": 0.97,
    # one more, measured untouched as it came: 95.8 % (no unsafe reading)
    "corpus-holdout111": 0.97,
    # six more, measured untouched as they came: holdout114 97.5 %, holdout115 99.2 %, holdout116
    # 99.2 %, holdout117 97.5 %, holdout118 95.8 % and holdout119 100 % (98.2 % together; one
    # "not paid because the work came back without ..." read as a promise, through "before any
    # more reminders go out")
    "corpus-holdout114": 0.98,
    "corpus-holdout115": 0.98,
    "corpus-holdout116": 0.98,
    "corpus-holdout117": 0.98,
    "corpus-holdout118": 0.98,
    "corpus-holdout119": 0.98,
    # six more, measured untouched as they came: holdout120 96.7 %, holdout121 94.2 %, holdout122
    # 99.2 %, holdout123 99.2 %, holdout124 98.3 % and holdout125 95.0 % (97.1 % together; one
    # promise beside a misspelt "smettetela di mandarmi" read as money)
    "corpus-holdout120": 0.98,
    "corpus-holdout121": 0.98,
    "corpus-holdout122": 0.98,
    "corpus-holdout123": 0.98,
    "corpus-holdout124": 0.98,
    "corpus-holdout125": 0.98,
    # two written to the hardest families, measured untouched as they came: automatic mail
    # (bounces in disguise, auto-replies, notices) 86.7 %, money sent against money promised
    # 83.3 %; no unsafe reading
    "corpus-holdout126": 0.95,
    "corpus-holdout127": 0.94,
    # six more, measured untouched as they came: holdout128 95.0 %, holdout129 99.2 %,
    # holdout130 94.2 %, holdout131 95.8 %, holdout132 96.7 % and holdout133 98.3 % (96.5 %
    # together); no unsafe reading
    "corpus-holdout128": 0.97,
    "corpus-holdout129": 0.98,
    "corpus-holdout130": 0.97,
    "corpus-holdout131": 0.98,
    "corpus-holdout132": 0.98,
    "corpus-holdout133": 0.98,
    # six more, measured untouched as they came: holdout134 96.7 %, holdout135 98.3 %,
    # holdout136 98.3 %, holdout137 99.2 %, holdout138 97.5 % and holdout139 98.3 % (98.1 %
    # together); no unsafe reading
    "corpus-holdout134": 0.98,
    "corpus-holdout135": 0.98,
    "corpus-holdout136": 0.98,
    "corpus-holdout137": 0.98,
    "corpus-holdout138": 0.98,
    "corpus-holdout139": 0.98,
    # six more, measured untouched as they came: holdout140 96.7 %, holdout141 97.5 %,
    # holdout142 98.3 %, holdout143 97.5 %, holdout144 94.2 % and holdout145 98.3 % (97.1 %
    # together); two unsafe readings: a council asking to "allow us until" its meeting read as a
    # promise through "payment is normally made within five days", and "un délai de trente jours
    # de plus" read as a promise through "dès que je l'ai, je vous règle tout"
    "corpus-holdout140": 0.97,
    "corpus-holdout141": 0.97,
    "corpus-holdout142": 0.97,
    "corpus-holdout143": 0.97,
    "corpus-holdout144": 0.94,
    "corpus-holdout145": 0.97,
    # six more, measured untouched as they came: holdout146 97.5 %, holdout147 98.3 %,
    # holdout148 96.7 %, holdout149 99.2 %, holdout150 97.5 % and holdout151 96.7 % (97.6 %
    # together); no unsafe reading
    "corpus-holdout146": 0.97,
    "corpus-holdout147": 0.97,
    "corpus-holdout148": 0.97,
    "corpus-holdout149": 0.97,
    "corpus-holdout150": 0.97,
    "corpus-holdout151": 0.97,
    # six more, measured untouched as they came: holdout152 98.3 %, holdout153 95.8 %,
    # holdout154 95.8 %, holdout155 98.3 %, holdout156 95.8 % and holdout157 95.8 % (96.7 %
    # together); no unsafe reading
    "corpus-holdout152": 0.97,
    "corpus-holdout153": 0.97,
    "corpus-holdout154": 0.97,
    "corpus-holdout155": 0.97,
    "corpus-holdout156": 0.96,
    "corpus-holdout157": 0.97,
}
# Measured on tests/corpus-holdout4, never tuned on: 78.3 % (94 of 120) as it arrived, 83.3 % after
# the families holdout5 to holdout11 revealed and the trained tie-breaker, 90.0 % once a logistic
# model (trained also on tests/training/) read beside the rules, 87.5 % with twice the training
# replies (the development sets chose that model; this one only measures), 88.3 % once hedges
# were read in the sender's language and a promise could wait for a time ("as soon as"); no
# unsafe reading; 90.8 % once a promise could say "not paid yet" first, an address alone
# pointed elsewhere, and six more training files (written by new hands) trained the model;
# 92.5 % once the model could overrule a rule into other money or into "other" when sure
# (chosen on corpora measured before they developed anything, and on training files left out
# one at a time) and four more training files trained it; 95.0 % once a question or a "not"
# that names no payment left a claim standing and seven more training files trained it.
# Most misses are read as "other", which a person then sees.
UNSEEN_FLOOR = 0.94
# Written after the rules and the model they are measured on: holdout9 86.7 %, holdout10 82.5 %
# and holdout12 88.3 % as they came; 90.8 %, 83.3 % and 88.3 % with the rules and the naive Bayes
# tie-breaker; 91.7 %, 91.7 % and 95.8 % with the logistic model beside the rules. No unsafe
# reading in any.
#
# holdout14, 16, 18 and 20 were written by four more hands after this session's model and rules:
# 93.3 %, 91.7 %, 92.5 % and 91.7 % as they came; 94.2 %, 92.5 %, 93.3 % and 92.5 % once the
# families of holdout15, holdout17 and holdout19 (written with them, used to develop) were added;
# with this session's families and training files (from holdout22, holdout23 and six new
# training files; none of these corpora's misses read): 93.3 %, 91.7 %, 95.8 %, 95.0 %, 92.5 %,
# 93.3 % and 92.5 % for holdout9 to holdout20; with the model's wider say (see UNSEEN_FLOOR):
# 95.0 %, 95.0 %, 97.5 %, 95.0 %, 93.3 %, 93.3 % and 92.5 %.
# Later: with questions and negations that name no payment leaving a claim standing, and seven
# more training files (2,268 replies by new hands), 96.7 %, 96.7 %, 97.5 %, 95.8 %, 95.8 %,
# 92.5 % and 94.2 % for holdout9 to holdout20, and 94.2 %, 94.2 %, 92.5 % and 94.2 % for
# holdout24 to holdout27 (1,367 of the 1,440 unseen replies; 1,368 with the model before the
# seven files, which moved one reply each way in six corpora). Then, with the families of
# holdout28 to holdout35 and the model trained on them too: 95.8 %, 96.7 %, 97.5 %, 97.5 %,
# 95.8 %, 94.2 %, 94.2 % for holdout9 to holdout20 and 95.0 %, 94.2 %, 92.5 %, 94.2 % for
# holdout24 to holdout27 (1,371 of 1,440). Never a miss read.
NEWEST_FLOORS = {
    "corpus-holdout9": 0.95,
    "corpus-holdout10": 0.95,
    "corpus-holdout12": 0.97,
    "corpus-holdout14": 0.95,
    "corpus-holdout16": 0.93,
    "corpus-holdout18": 0.92,
    "corpus-holdout20": 0.92,
    # written by four more hands after this session's rules and model, never read since:
    # 95.8 %, 94.2 %, 91.7 % and 92.5 % as they came
    "corpus-holdout24": 0.94,
    "corpus-holdout25": 0.94,
    "corpus-holdout26": 0.91,
    "corpus-holdout27": 0.92,
    # six more by new hands, written after the rules and model of commit "six more held-out
    # corpora (holdout36 to holdout41)", never read since: 95.8 %, 95.8 %, 96.7 %, 96.7 %,
    # 95.8 % and 95.8 % as they came (96.1 % together), no unsafe reading
    "corpus-holdout42": 0.95,
    "corpus-holdout43": 0.95,
    "corpus-holdout44": 0.96,
    "corpus-holdout45": 0.96,
    # (holdout46 one lower since "do not send any further correspondence to this address" reads
    # as a stop, as another corpus labels it, where this one labels its reply a wrong contact)
    "corpus-holdout46": 0.94,
    "corpus-holdout47": 0.95,
}
