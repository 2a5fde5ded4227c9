"""classify on replies whose object or subject is understood, and on a few families beside them.

A reply to a reminder leaves the money unsaid: "Wired on Tuesday.", "should reach you by
Thursday", "kümmere mich morgen drum", "ce sera réglé lundi". A break the sender's office takes
("nach den Feiertagen", "après les fêtes", "na de bouwvak") is a time the payment is set for. A
colleague who hands the reminder to someone away is a person, not an auto-responder. Work owed
under a service contract or a warranty, a smaller order, a cancelled booking contest the bill.
Every sentence is written for this test; near misses keep their own intent.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_classify_families import assert_reads, verdict

from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, REQUEST = Intent.DISPUTE, Intent.INVOICE_REQUEST
AUTO, OTHER = Intent.AUTO_REPLY, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # The verb of paying alone, or the money as its unsaid subject.
    ("en", "Wired on Tuesday!", PAID),
    ("en", "Remitted this morning. Could you confirm it landed and send a receipt?", PAID),
    ("en", "Your invoice was collected by direct debit on the 3rd.", PAID),
    ("en", "Our standing order went out on Wednesday as usual.", PAID),
    ("en", "Should reach you by Thursday.", PROMISE),
    ("en", "will be with you early next week", PROMISE),
    ("en", "The cheque is going in the post on Monday.", PROMISE),
    ("en", "We can settle it on the 14th when our client pays us.", PROMISE),
    ("de", "Kümmere mich morgen früh drum.", PROMISE),
    ("de", "Dann haben Sie es spätestens Mittwoch.", PROMISE),
    ("fr", "C'est programmé pour le 12.", PROMISE),
    ("fr", "Ce sera viré lundi, promis.", PROMISE),
    ("es", "La transferencia sale el jueves.", PROMISE),
    ("es", "Me ocupo mañana a primera hora.", PROMISE),
    # A break the sender's office takes, as the time of a payment.
    ("de", "Wir überweisen gleich nach der Inventur.", PROMISE),
    ("de", "Bezahlen wir zwischen den Jahren.", PROMISE),
    ("fr", "Nous réglons après les congés de fin d'année.", PROMISE),
    ("nl", "Wij maken het na de bouwvak over, eerder lukt niet.", PROMISE),
    ("nl", "We betalen in februari.", PROMISE),
    # A colleague hands the reminder on to someone away: a person wrote it.
    (
        "en",
        "Priya is on leave till the 6th - I've put this on her desk for when she's back.",
        OTHER,
    ),
    ("de", "Frau Kern ist bis Montag im Urlaub, ich leite es ihr dann weiter.", OTHER),
    ("fr", "M. Roux est en congé jusqu'au 4, je lui ferai suivre votre message.", OTHER),
    ("es", "La gerente está fuera hasta el día 9; se lo dejo en cuanto vuelva.", OTHER),
    ("it", "La signora Bassi è in ferie fino al 10, le inoltro la mail al suo rientro.", OTHER),
    ("nl", "Mijn collega is deze week afwezig, ik zet het op haar bureau.", OTHER),
    # Work owed under a contract, a smaller order, a cancelled booking: the bill is contested.
    ("en", "That repair should have been included in our maintenance plan.", DISPUTE),
    ("en", "We just asked for ten, you've billed us for twenty.", DISPUTE),
    ("en", "The day rate you put down wasn't what we agreed on the phone.", DISPUTE),
    ("en", "That session was cancelled a month ago.", DISPUTE),
    ("en", "The fee was supposed to be 450 flat.", DISPUTE),
    ("de", "Die Reparatur fällt unter die Gewährleistung.", DISPUTE),
    ("fr", "Le remplacement est compris dans notre abonnement.", DISPUTE),
    ("nl", "Die reparatie hoort bij het servicecontract.", DISPUTE),
    ("it", "L'intervento è coperto dalla garanzia.", DISPUTE),
]

NEAR_MISSES: list[tuple[str, str, Intent]] = [
    # "I'll look into it and get back to you" commits to no payment
    ("de", "Ich kümmere mich drum und gebe Ihnen morgen Bescheid.", OTHER),
    # the payment is for a day to come, not made
    ("en", "It'll be taken by direct debit on the 1st.", PROMISE),
    # an invoice already reissued asks for nothing
    ("en", "It was reissued on Monday, payment goes out Friday.", PROMISE),
    # "se lo paso a mi socio" hands the mail on; the payment beside it is promised
    ("es", "Se lo paso a mi socio y lo transferimos el lunes.", PROMISE),
    # a first-person absence is still an absence
    ("en", "Out of the office until Monday 30 November, with limited access to email.", AUTO),
    # a receipt asked for before anything was paid is a request
    ("en", "Could you send a receipted copy of the invoice for our files?", REQUEST),
]


# Each sentence once bare and once above our quoted reminder, in turn.
READINGS = [(row, at % 2 == 1) for at, row in enumerate(ROWS + NEAR_MISSES)]


@pytest.mark.parametrize(("index", "reading"), list(enumerate(READINGS)))
def test_reads(index: int, reading: tuple[tuple[str, str, Intent], bool]) -> None:
    row, quoted = reading
    assert_reads(row, index, quoted=quoted)


@pytest.mark.parametrize(
    ("body", "language", "day"),
    [
        ("Wir zahlen in KW 3.", "de", date(2027, 1, 18)),
        ("Should reach you by Thursday.", "en", date(2026, 11, 26)),
        ("C'est programmé pour le 12.", "fr", date(2026, 12, 12)),
    ],
)
def test_the_day_of_an_understood_promise(body: str, language: str, day: date) -> None:
    got = verdict(body, language)
    assert got.intent is PROMISE, got.reasons
    assert got.facts.date == day
