"""The reply model: what it reads, how it is trained and loaded, and that it is deterministic."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from daemon.core.classify import classify
from daemon.core.classify_guess import dateless, overrides
from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.mail_parse import parse_mail
from daemon.core.reply_model import FORMAT, QUESTION, Guess, features, load_model, shipped_model
from daemon.core.verdict import Intent
from daemon.train_model import DEVELOPMENT, UNSEEN, default_sources, digest, samples, train

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


def test_features_fold_case_accents_and_numbers_and_read_pairs_and_pieces() -> None:
    read = features("Überweisung 4711 erledigt?")
    assert read[:5] == ["uberweisung", "#", "erledigt", "uberweisung_#", "#_erledigt"]
    assert "~ ube" in read and "~ung " in read  # four-letter pieces, padded
    assert not [name for name in read if name.startswith("~") and "#" in name]  # too short
    assert read[-1] == QUESTION
    assert len(read) == len(set(read))  # each once
    assert features("") == []
    # a typo shares most pieces with the word it misspells
    typo, word = set(features("uberwiesn")), set(features("überwiesen"))
    assert len(typo & word) >= 4


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
        {"bias": [0.0]},
        {"weights": {"paid": [0.0]}},
    ],
)
def test_a_model_of_the_wrong_shape_is_refused(change: dict[str, object]) -> None:
    data = {**train(SAMPLES), **change}
    with pytest.raises(ValueError, match="reply model"):
        load_model(data)


def test_the_shipped_model_was_trained_on_the_replies_in_the_repository() -> None:
    """`python -m daemon.train_model` rebuilds daemon/core/reply_model.json from the development
    corpora and tests/training/; the file in the repository must come from the replies there
    now (its fingerprint), not from older or other ones. The unseen corpora never train it."""
    shipped = json.loads((ROOT / "daemon" / "core" / "reply_model.json").read_text("utf-8"))
    sources = default_sources()
    assert len([source for source in sources if source.suffix == ".jsonl"]) >= 16
    replies = [found for source in sources for found in samples(source)]
    assert shipped["trained_on"] == digest(replies)
    assert not {source.name for source in sources} & set(UNSEEN)
    assert not set(DEVELOPMENT) & set(UNSEEN)
    model = shipped_model()
    assert model is not None and Intent.DISPUTE in model.intents


def test_the_model_reads_what_no_rule_does_with_a_low_confidence() -> None:
    raw = (
        b"From: a@customer.example\r\nTo: ar@us.example\r\nSubject: Re: invoice\r\n"
        b"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hiya, done via the app earlier, should show tomorrow x\r\n"
    )
    verdict = classify(parse_mail(raw), today=date(2026, 11, 23))
    assert "trained model" in verdict.reasons[0]
    assert verdict.intent is Intent.PAYMENT_SENT
    assert verdict.confidence < 0.8  # below the policies' default min_confidence


PLAIN = "transfer done this morning"
CONTEST = {Cue.CONTESTED: Hit(Cue.CONTESTED, "en", "dispute", "no dispute here")}


def test_the_model_never_reads_money_beside_a_contest() -> None:
    assert overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, {}, PLAIN)
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, CONTEST, PLAIN)
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.99), None, CONTEST, PLAIN)
    assert overrides(Guess(Intent.INVOICE_REQUEST, 0.99), None, CONTEST, PLAIN)


def test_the_model_never_turns_a_contest_a_plan_or_a_stop_into_money() -> None:
    for ruled in (Intent.DISPUTE, Intent.PAYMENT_PLAN, Intent.UNSUBSCRIBE):
        assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.99), ruled, {}, LONG)
        assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), ruled, {}, LONG)


def test_the_model_reads_money_over_other_money_a_request_or_a_contact_only_when_sure() -> None:
    # a remittance advice saying "funds should reach you" reports a payment made
    for ruled in (Intent.PROMISE_TO_PAY, Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT):
        assert overrides(Guess(Intent.PAYMENT_SENT, 0.95), ruled, {}, LONG)
        assert not overrides(Guess(Intent.PAYMENT_SENT, 0.85), ruled, {}, LONG)
        assert not overrides(Guess(Intent.PAYMENT_SENT, 0.95), ruled, CONTEST, LONG)
    assert overrides(Guess(Intent.PROMISE_TO_PAY, 0.95), Intent.PAYMENT_SENT, {}, LONG)
    hedged = "the transfer for the October invoice would have been made if we had the approval"
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.99), Intent.PAYMENT_SENT, {}, hedged)


def test_the_model_never_argues_with_a_stop_a_bounce_or_an_automatic_reply() -> None:
    for ruled in (Intent.UNSUBSCRIBE, Intent.BOUNCE, Intent.AUTO_REPLY):
        assert not overrides(Guess(Intent.DISPUTE, 0.99), ruled, {}, LONG)
        assert not overrides(Guess(Intent.OTHER, 0.99), ruled, {}, LONG)
    assert not overrides(Guess(Intent.BOUNCE, 0.99), None, {}, LONG)


LONG = "the transfer for the October invoice was made this morning from our main account"


def test_a_suspected_contest_outweighs_money_the_rules_read_at_a_lower_probability() -> None:
    assert overrides(Guess(Intent.DISPUTE, 0.65), Intent.PAYMENT_SENT, {}, LONG)
    assert overrides(Guess(Intent.PAYMENT_PLAN, 0.65), Intent.PROMISE_TO_PAY, {}, LONG)
    assert not overrides(Guess(Intent.INVOICE_REQUEST, 0.65), Intent.PAYMENT_SENT, {}, LONG)
    assert overrides(Guess(Intent.INVOICE_REQUEST, 0.85), Intent.PAYMENT_SENT, {}, LONG)
    assert not overrides(Guess(Intent.DISPUTE, 0.5), Intent.PAYMENT_SENT, {}, LONG)
    assert not overrides(Guess(Intent.INVOICE_REQUEST, 0.55), None, {}, PLAIN)
    assert overrides(Guess(Intent.INVOICE_REQUEST, 0.65), None, {}, PLAIN)
    # money where no rule read anything needs a surer model: booked, it stops the chase
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.65), None, {}, PLAIN)
    assert overrides(Guess(Intent.PAYMENT_SENT, 0.75), None, {}, PLAIN)


def test_the_model_argues_with_a_rule_only_over_a_reply_long_enough_to_weigh() -> None:
    assert not overrides(Guess(Intent.DISPUTE, 0.99), Intent.PAYMENT_SENT, {}, PLAIN)
    assert overrides(Guess(Intent.DISPUTE, 0.99), Intent.PAYMENT_SENT, {}, LONG)
    assert overrides(Guess(Intent.DISPUTE, 0.99), None, {}, PLAIN)  # nothing to argue with


def test_the_model_hands_a_rule_reading_to_a_person_only_when_sure() -> None:
    # "other" over an intent costs no mail: a person reads the reply
    assert overrides(Guess(Intent.OTHER, 0.95), Intent.DISPUTE, {}, LONG)
    assert overrides(Guess(Intent.OTHER, 0.95), Intent.PAYMENT_SENT, {}, LONG)
    assert not overrides(Guess(Intent.OTHER, 0.85), Intent.WRONG_CONTACT, {}, LONG)
    assert not overrides(Guess(Intent.OTHER, 0.99), Intent.WRONG_CONTACT, {}, PLAIN)  # too short


def test_the_model_never_argues_with_a_deliberate_other() -> None:
    assert not overrides(Guess(Intent.DISPUTE, 0.99), Intent.OTHER, {}, LONG)
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), Intent.OTHER, {}, LONG)


def test_a_promise_without_a_day_stands_only_when_the_model_is_sure() -> None:
    assert dateless(Guess(Intent.PROMISE_TO_PAY, 0.97))
    assert not dateless(Guess(Intent.PROMISE_TO_PAY, 0.9))


def test_an_absence_or_a_stop_in_words_alone_needs_a_surer_model() -> None:
    for intent in (Intent.AUTO_REPLY, Intent.UNSUBSCRIBE):
        assert not overrides(Guess(intent, 0.65), None, {}, PLAIN)
        assert overrides(Guess(intent, 0.85), None, {}, PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "Why is this here",
        "our director passed away last month",
        "we changed bank, the new IBAN is on the letter",
        "Wir haben die Bank gewechselt.",
        "Did we not pay this already?",
        "have we paid this one?",
    ],
)
def test_the_model_leaves_deaths_bank_changes_and_why_questions_to_a_person(text: str) -> None:
    assert not overrides(Guess(Intent.WRONG_CONTACT, 0.99), None, {}, text)
    assert not overrides(Guess(Intent.DISPUTE, 0.99), None, {}, text)


def test_hedges_are_read_in_the_senders_language_and_a_promise_may_wait_for_a_day() -> None:
    # Dutch "als" is "if", German "als" is "as"
    german = "Wir überweisen den Betrag als Sammelzahlung am Freitag."
    assert overrides(Guess(Intent.PROMISE_TO_PAY, 0.9), None, {}, german, language="de")
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.9), None, {}, german, language="nl")
    # "as soon as" is a time, "if" a doubt
    soon = "We will pay as soon as the funds clear on Monday"
    assert overrides(Guess(Intent.PROMISE_TO_PAY, 0.9), None, {}, soon, language="en")
    maybe = "We will pay if the funds clear on Monday"
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.9), None, {}, maybe, language="en")
    paid = "Paid as soon as we got your invoice"
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.9), None, {}, paid, language="en")


def test_a_question_for_bank_details_is_still_read() -> None:
    assert overrides(Guess(Intent.INVOICE_REQUEST, 0.99), None, {}, "What is your IBAN?")


@pytest.mark.parametrize(
    "text",
    [
        "we have not paid this yet",
        "if we paid twice, refund us",
        "was it paid?",
        "noch nicht bezahlt",
    ],
)
def test_the_model_never_reads_money_beside_not_if_or_a_question(text: str) -> None:
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, {}, text)


@pytest.mark.parametrize(
    "text",
    [
        "We sent the transfer on Tuesday, ref 4471. Could you check on your side?",
        "Wij hebben op 19 november gepind aan de kassa. Kijkt u het even na?",
        "We have not ignored your reminders. Our treasurer wired the full amount on the 3rd.",
        "Not sure why this shows as overdue. The wire went out on 17 November.",
    ],
)
def test_a_question_or_a_not_that_says_nothing_of_the_payment_leaves_it_standing(
    text: str,
) -> None:
    assert overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, {}, text)


@pytest.mark.parametrize(
    "text",
    [
        "We sent it on Tuesday. Or did we not pay it after all?",
        "Hola, ¿no les llegó el pago? Lo hicimos el martes.",
        "Our treasurer has not paid it. Sorry about the wait.",
        "The invoice is fine. If the bank paid it twice, let us know.",
    ],
)
def test_a_question_or_a_not_about_the_payment_still_holds_it_back(text: str) -> None:
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, {}, text)


def test_a_promise_may_say_first_that_the_money_has_not_gone_yet() -> None:
    declined = "Nog niet betaald, klopt"
    hits = {Cue.DECLINED: Hit(Cue.DECLINED, "nl", "niet betaald", declined)}
    text = f"{declined}. Uiterlijk 15 december staat het op jullie rekening."
    assert overrides(Guess(Intent.PROMISE_TO_PAY, 0.95), None, hits, text, language="nl")
    # "not paid yet" is no payment made, and says nothing of one to come on its own terms
    assert not overrides(Guess(Intent.PAYMENT_SENT, 0.99), None, hits, text, language="nl")
    german = "Noch nicht bezahlt, stimmt. Aber morgen früh mach ich's."
    assert overrides(Guess(Intent.PROMISE_TO_PAY, 0.95), None, {}, german, language="de")
    # a refusal is no "not yet": it still stops a promise
    refused = "We have not paid and we will not pay until it is fixed on Friday."
    refusal = {Cue.DECLINED: Hit(Cue.DECLINED, "en", "not paid", refused)}
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.95), None, refusal, refused)
    # a negation in the promise's own clause still hedges it
    hedged = "Not paid yet. We cannot pay it before the 15th."
    assert not overrides(Guess(Intent.PROMISE_TO_PAY, 0.95), None, {}, hedged, language="en")


def test_an_absence_or_a_stop_heard_in_words_alone_argues_with_no_rule() -> None:
    for intent in (Intent.AUTO_REPLY, Intent.UNSUBSCRIBE):
        assert not overrides(Guess(intent, 0.99), Intent.DISPUTE, {}, LONG)
        assert not overrides(Guess(intent, 0.99), Intent.PAYMENT_SENT, {}, LONG)
