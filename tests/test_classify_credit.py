"""classify on payments that net one of our credit notes, and payments named with their sum.

An AP advice or a reply that pays an invoice "less credit note CN-0871", lists the credit note
with a minus, or offsets it and transfers the rest reports money sent: the credit note is settled
business, not a contest. A credit note that settled the whole invoice ("already credited with
GS-077, nothing is open"), a credit still awaited, or a contest beside the netting stays a
dispute. "Bonifico di 912 € fatto oggi": a payment named with its sum and its participle is paid.
Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.classify_credit import credit_applied
from daemon.core.verdict import Intent

PAID, DISPUTE = Intent.PAYMENT_SENT, Intent.DISPUTE

ROWS: list[tuple[str, str, Intent]] = [
    # a credit note netted by a payment
    (
        "en",
        "Payment advice: INV-5521 1,400.00; Credit note CN-77 -150.00; paid 1,250.00 by BACS.",
        PAID,
    ),
    ("en", "Transferred £1,250 yesterday, that's the invoice less your credit note CN-77.", PAID),
    ("de", "Wir haben gestern 1.250 € überwiesen, abzüglich Ihrer Gutschrift GS-77.", PAID),
    ("es", "Hemos transferido 1.250 € hoy: la factura menos la nota de crédito NC-77.", PAID),
    (
        "nl",
        "De creditnota is verrekend en het restant van € 1.250 hebben we gisteren overgemaakt.",
        PAID,
    ),
    ("it", "Bonifico di 1.250 € eseguito ieri, al netto della nota di credito NC-77.", PAID),
    # a credit that settled it all, one awaited, or a contest beside the netting
    (
        "en",
        "This was settled with credit note CN-77 in October, nothing is owed. Paid in full.",
        DISPUTE,
    ),
    (
        "en",
        "We paid on Monday but are still waiting for the credit note for the broken lamp.",
        DISPUTE,
    ),
    (
        "en",
        "Paid less credit note CN-77 for the returns, but the desks arrived scratched.",
        DISPUTE,
    ),
    ("de", "Die Rechnung wurde mit Ihrer Gutschrift verrechnet, der Posten ist erledigt.", DISPUTE),
    # a payment named with its sum
    ("fr", "Virement de 1 250 € fait ce matin.", PAID),
    ("es", "Transferencia de 640 € hecha el lunes.", PAID),
    ("nl", "Overboeking van 640 euro gisteren gedaan.", PAID),
    ("it", "Bonifico di 640 € fatto oggi.", PAID),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_credit_and_sum_replies(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


def test_a_credit_note_number_is_no_minus() -> None:
    assert credit_applied("Credit note CN-1182 was issued by your colleague.") is None


def test_the_netting_runs_to_the_end_of_its_clause() -> None:
    text = "Paid, less credit note CN-7 (£8.00) for the returns, as agreed."
    assert credit_applied(text) == (6, text.index(" as agreed"))
