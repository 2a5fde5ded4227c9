"""classify's shared logic: clause scope, conditions, deferrals, questions, the safety net,
automatic replies, fact choice. Sentences written for these rules, not taken from the corpus."""

from __future__ import annotations

import re
from datetime import date

import pytest
from plain_reply import DATE, plain_reply

from daemon.core.classify import classify
from daemon.core.classify_lexicon import lowercase_literals
from daemon.core.classify_scope import clauses
from daemon.core.mail import Mail
from daemon.core.verdict import Intent, Verdict

TODAY = date(2026, 11, 20)  # a Friday


def mail(body: str, *, subject: str = "Re: Invoice 42 is overdue", headers: str = "") -> Mail:
    return plain_reply(body, subject=subject, headers=headers, date=DATE)


def verdict(body: str, **kwargs: str) -> Verdict:
    return classify(mail(body, **kwargs), today=TODAY)


def texts(text: str) -> list[str]:
    return [clause.text.strip() for clause in clauses(text)]


def test_dutch_maar_before_a_number_is_only_not_but() -> None:
    assert texts("er zijn er maar 22 geleverd") == ["er zijn er maar 22 geleverd"]
    assert texts("wij betalen maar de levering is laat") == ["wij betalen", "de levering is laat"]


@pytest.mark.parametrize(
    "text", ["Zahlung zu Rechnung Nr. 4711 ist erfolgt", "Ref. 12 paid", "fatt. n. 33 pagata"]
)
def test_a_dot_after_an_abbreviation_does_not_end_the_clause(text: str) -> None:
    assert texts(text) == [text]


def test_a_sentence_end_still_ends_the_clause() -> None:
    assert texts("We paid. No dispute") == ["We paid", "No dispute"]


@pytest.mark.parametrize(
    "body",
    [
        "Payé\n\nEnvoyé de mon iPhone",
        "Betaald\n\nVerstuurd vanaf mijn iPhone",
        "Pagado\n\nEnviado desde mi iPhone",
        "Bezahlt\n\nVon meinem iPhone gesendet",
        "Paid\n\nSent from my Galaxy",
        "Done\n\nGet Outlook for iOS",
        "Pagato\n\nInviato da iPhone",
    ],
)
def test_one_word_replies_above_a_mobile_signature_are_payments(body: str) -> None:
    assert verdict(body).intent is Intent.PAYMENT_SENT


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Invoice 42 - please send a copy of the invoice",
        "Automatische Antwort: Rechnungskopie",
        "Réponse automatique : copie de la facture",
        "Respuesta automática: copia de la factura",
    ],
)
def test_an_auto_reply_subject_is_not_read_as_the_senders_words(subject: str) -> None:
    body = "I am out of the office until December 1 with limited access to email."
    result = verdict(body, subject=subject)
    assert result.intent is Intent.AUTO_REPLY
    assert result.facts.date == date(2026, 12, 1)


def test_an_unmonitored_mailbox_outweighs_the_absence_notice() -> None:
    body = (
        "I am out of the office. This mailbox is no longer monitored, please write to "
        "ap@customer.example."
    )
    result = verdict(body, headers="Auto-Submitted: auto-replied\n")
    assert result.intent is Intent.WRONG_CONTACT
    assert result.facts.new_contact == "ap@customer.example"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("[Request received] Invoice 42 - send a copy of the invoice", "We will get back to you."),
        ("Re: Invoice 42", "Your request #12345 has been received. Please send the invoice copy."),
        ("Ticket created: Invoice 42 missing PO number", "Ticket #881 has been created."),
    ],
)
def test_a_ticket_receipt_is_an_auto_reply(subject: str, body: str) -> None:
    assert verdict(body, subject=subject).intent is Intent.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "No pagaremos un trabajo que no se terminó.",
        "We won't pay for work that wasn't finished.",
    ],
)
def test_a_negation_does_not_reach_into_a_relative_clause(body: str) -> None:
    assert verdict(body).intent is Intent.DISPUTE


@pytest.mark.parametrize(
    "body",
    [
        "Cuando nos paguen, les pagamos.",
        "When our client pays us, we'll pay you.",
        "We'll pay when we get paid by our client.",
        "As soon as our customer pays us we'll settle.",
    ],
)
def test_a_payment_hung_on_an_awaited_event_is_a_promise_without_a_day(body: str) -> None:
    # a promise "commits to pay on or by a future date or event"
    result = verdict(body)
    assert result.intent is Intent.PROMISE_TO_PAY
    assert result.facts.date is None


@pytest.mark.parametrize(
    "body",
    [
        "We're waiting on our client to pay us, can you hold off a few weeks?",
        "We can't pay until our client pays us.",
    ],
)
def test_waiting_for_the_senders_own_money_without_a_commitment_asks_for_time(body: str) -> None:
    assert verdict(body).intent is Intent.PAYMENT_PLAN


def test_a_condition_with_a_named_day_is_still_a_promise() -> None:
    result = verdict("If the director signs this week, it will go out with Tuesday's payment run.")
    assert result.intent is Intent.PROMISE_TO_PAY


def test_a_paid_and_promise_message_needs_a_future_date_for_a_promise() -> None:
    past = verdict("We paid the first invoice last week, the second will be paid too.")
    assert past.intent is Intent.PAYMENT_SENT
    future = verdict("We paid the first invoice and the second will be paid on December 4.")
    assert future.intent is Intent.PROMISE_TO_PAY
    assert future.facts.date == date(2026, 12, 4)


def test_a_part_paid_and_the_rest_promised_is_a_plan() -> None:
    # The corpus policy: a partial payment now plus the rest later is a payment plan, never a
    # promise of the whole (tests/corpus/README.md, "Mixed intents").
    for body in (
        "We paid part of it last week, the rest will be paid too.",
        "We paid part of it and the rest will be paid on December 4.",
    ):
        assert verdict(body).intent is Intent.PAYMENT_PLAN


def test_a_new_address_put_in_cc_counts_as_the_new_contact() -> None:
    body = "I'm not the right person, copying our AP team ap@customer.example."
    result = verdict(body, headers="Cc: ap@customer.example\n")
    assert result.intent is Intent.WRONG_CONTACT
    assert result.facts.new_contact == "ap@customer.example"


def test_a_date_in_a_condition_is_not_the_promised_one() -> None:
    body = "As long as the CFO signs off today it'll go out with Thursday's ACH batch."
    result = verdict(body)
    assert result.intent is Intent.PROMISE_TO_PAY
    assert result.facts.date == date(2026, 11, 26)


def test_dates_are_read_in_the_senders_locale() -> None:
    result = verdict("Wir haben die Rechnung am 03.11. bezahlt.")
    assert result.intent is Intent.PAYMENT_SENT
    assert result.facts.date == date(2026, 11, 3)


def test_the_amount_of_the_cue_clause_comes_first() -> None:
    body = "The invoice was for 1,200.00 EUR. We transferred the payment of 800.00 EUR today."
    assert str(verdict(body).facts.amount) == "800.00"


@pytest.mark.parametrize(
    "body",
    [
        "We paid the invoice, but we don't agree with the freight charge and dispute it.",
        "We sent the payment. Not disputing it, though we are not happy with the quality issue.",
    ],
)
def test_a_payment_beside_a_contest_is_never_booked(body: str) -> None:
    assert verdict(body).intent not in (Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY)


def test_a_resolved_contest_leaves_the_payment() -> None:
    body = "The damaged parts were replaced, so we paid the invoice today."
    assert verdict(body).intent is Intent.PAYMENT_SENT
    unresolved = "The damaged parts were not replaced yet, but we paid the invoice today."
    assert verdict(unresolved).intent is Intent.DISPUTE


@pytest.mark.parametrize("body", ["I thought we paid this?", "Didn't we pay this already?"])
def test_a_question_about_a_payment_is_no_payment(body: str) -> None:
    assert verdict(body).intent is Intent.OTHER


def test_a_question_after_a_payment_claim_keeps_the_claim() -> None:
    assert verdict("We sent it on Monday, have you received it?").intent is Intent.PAYMENT_SENT


@pytest.mark.parametrize(
    ("source", "lowered"),
    [
        (r"\bACH\W+Trace", r"\bach\W+trace"),  # escapes keep their case: \W is not \w
        (r"[A-Z]\S\B\D", r"[a-z]\S\B\D"),
        (r"(?P<Value>X)(?P=Value)", r"(?P<Value>x)(?P=Value)"),  # group names as they are
        (r"Verwendungszweck\u2019", r"verwendungszweck\u2019"),
    ],
)
def test_rules_are_lowered_for_lowered_text_without_touching_escapes(
    source: str, lowered: str
) -> None:
    assert lowercase_literals(source) == lowered


def test_a_lowered_rule_finds_what_the_case_blind_one_finds() -> None:
    rule = r"\bWire (?:Transfer|TRF)\b[^.]{0,20}\bSENT\W"
    blind = re.compile(rule, re.IGNORECASE)
    fast = re.compile(lowercase_literals(rule))
    for text in ("wire transfer was sent.", "WIRE TRF SENT!", "Wire Transferred sent", "wiresent"):
        assert [m.span() for m in blind.finditer(text)] == [
            m.span() for m in fast.finditer(text.lower())
        ]
