"""The reply model: what it reads, how it is trained and loaded, and that it is deterministic."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from daemon.core.classify import classify
from daemon.core.classify_guess import trusted as _trusted
from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.mail_parse import parse_mail
from daemon.core.reply_model import FORMAT, Guess, features, load_model, shipped_model, train
from daemon.core.verdict import Intent
from daemon.train_model import DEVELOPMENT, build

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = [
    ("We paid the invoice yesterday by bank transfer.", Intent.PAYMENT_SENT),
    ("Payment went out this morning, reference 4471.", Intent.PAYMENT_SENT),
    ("The transfer was sent on Monday.", Intent.PAYMENT_SENT),
    ("Please send me a copy of the invoice.", Intent.INVOICE_REQUEST),
    ("Could you send the invoice copy again?", Intent.INVOICE_REQUEST),
    ("We need a copy of the statement before paying.", Intent.INVOICE_REQUEST),
    ("The goods arrived damaged, we will not pay.", Intent.DISPUTE),
    ("The price on the invoice is wrong.", Intent.DISPUTE),
]


def test_features_fold_case_accents_and_numbers_and_pair_words() -> None:
    assert features("Überweisung 4711 erledigt") == [
        "uberweisung",
        "#",
        "erledigt",
        "uberweisung_#",
        "#_erledigt",
    ]
    assert features("") == []


def test_a_trained_model_guesses_the_intent_of_a_new_sentence() -> None:
    model = load_model(train(SAMPLES, min_count=1))
    paid = model.guess("we paid it by transfer")
    assert paid is not None and paid.intent is Intent.PAYMENT_SENT
    request = model.guess("send a copy of the invoice please")
    assert request is not None and request.intent is Intent.INVOICE_REQUEST
    assert 0.0 < request.probability <= 1.0


def test_a_text_with_no_known_word_gets_no_guess() -> None:
    assert load_model(train(SAMPLES, min_count=1)).guess("zzz qqq") is None


def test_training_is_deterministic_and_plain_json() -> None:
    first = json.dumps(train(SAMPLES), sort_keys=True)
    assert first == json.dumps(train(list(SAMPLES)), sort_keys=True)
    data = json.loads(first)
    assert data["format"] == FORMAT
    assert all(len(row) == len(data["intents"]) for row in data["weights"].values())


def test_rare_features_are_left_out() -> None:
    data = train(SAMPLES, min_count=2)
    assert "damaged" not in data["weights"]  # in one sample only
    assert "invoice" in data["weights"]


@pytest.mark.parametrize(
    "change",
    [
        {"format": 99},
        {"priors": [0.0]},
        {"weights": {"paid": [0.0]}},
    ],
)
def test_a_model_of_the_wrong_shape_is_refused(change: dict[str, object]) -> None:
    data = {**train(SAMPLES), **change}
    with pytest.raises(ValueError, match="reply model"):
        load_model(data)


def test_the_shipped_model_is_what_the_development_corpora_train() -> None:
    """`python -m daemon.train_model` rebuilds daemon/core/reply_model.json from the corpora;
    the file in the repository must be that output, not a stale or hand-edited one."""
    shipped = (ROOT / "daemon" / "core" / "reply_model.json").read_text(encoding="utf-8")
    assert shipped == build([ROOT / "tests" / name for name in DEVELOPMENT])
    assert "corpus-holdout4" not in DEVELOPMENT  # the unseen set never trains it
    model = shipped_model()
    assert model is not None and Intent.DISPUTE in model.intents


def test_the_tie_breaker_reads_what_no_rule_does_with_a_low_confidence() -> None:
    raw = (
        b"From: a@customer.example\r\nTo: ar@us.example\r\nSubject: Re: invoice\r\n"
        b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hiya, done via the app earlier, should show tomorrow x\r\n"
    )
    verdict = classify(parse_mail(raw), today=date(2026, 11, 23))
    assert "trained model" in verdict.reasons[0]
    assert verdict.intent is Intent.PAYMENT_SENT
    assert verdict.confidence < 0.8  # below the policies' default min_confidence


def test_the_tie_breaker_never_reads_money_beside_a_contest() -> None:
    contest = {Cue.CONTESTED: Hit(Cue.CONTESTED, "en", "dispute", "no dispute here")}
    plain = "transfer done this morning"
    assert _trusted(Guess(Intent.PAYMENT_SENT, 0.99), {}, plain)
    assert not _trusted(Guess(Intent.PAYMENT_SENT, 0.99), contest, plain)
    assert not _trusted(Guess(Intent.PROMISE_TO_PAY, 0.99), contest, plain)
    assert _trusted(Guess(Intent.INVOICE_REQUEST, 0.99), contest, plain)
    assert not _trusted(Guess(Intent.INVOICE_REQUEST, 0.5), {}, plain)
    assert not _trusted(Guess(Intent.OTHER, 0.99), {}, plain)
    assert not _trusted(Guess(Intent.AUTO_REPLY, 0.99), {}, plain)  # headers and notices tell


@pytest.mark.parametrize(
    "text",
    [
        "we have not paid this yet",
        "if we paid twice, refund us",
        "was it paid?",
        "noch nicht bezahlt",
    ],
)
def test_the_tie_breaker_never_reads_money_beside_not_if_or_a_question(text: str) -> None:
    assert not _trusted(Guess(Intent.PAYMENT_SENT, 0.99), {}, text)
