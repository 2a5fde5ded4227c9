"""The reply model: what it reads, how it is trained and loaded, and that it is deterministic."""

from __future__ import annotations

import json

import pytest

from daemon.core.reply_model import FORMAT, features, load_model, train
from daemon.core.verdict import Intent

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
