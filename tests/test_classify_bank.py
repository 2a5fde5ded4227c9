"""classify on replies wary of a change of our bank details.

A payer who heard that our account changed and asks for written proof before paying ("confirm
the IBAN on your letterhead", "schriftlich bestätigen", "un RIB signé") needs a document: an
invoice request, even when it also tells of a fake letter. A call-back alone, a letter on "your
letterhead" merely received, or the sender's own new account ("refund it to our new account")
is for a person to read: other. Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.classify_bank import bank_proof
from daemon.core.verdict import Intent

REQUEST, OTHER = Intent.INVOICE_REQUEST, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # written proof asked for, beside a fraud story
    (
        "en",
        "We had a phishing scare. Before paying, please confirm your IBAN on headed paper.",
        REQUEST,
    ),
    (
        "de",
        "Angeblich von Ihnen kam eine neue IBAN. Bitte bestätigen Sie die Bankverbindung"
        " schriftlich, erst dann zahlen wir.",
        REQUEST,
    ),
    (
        "fr",
        "On nous a signalé un nouvel IBAN, ça sent l'arnaque. Envoyez-nous un RIB signé avant"
        " tout virement.",
        REQUEST,
    ),
    (
        "es",
        "Tras un intento de estafa, necesitamos el número de cuenta confirmado por escrito.",
        REQUEST,
    ),
    (
        "nl",
        "Er kwam een mail over een nieuw rekeningnummer, dat vertrouwen we niet. Stuur a.u.b."
        " een bankbevestiging op briefpapier.",
        REQUEST,
    ),
    (
        "it",
        "Abbiamo subito un tentativo di frode: mandateci le coordinate bancarie su carta"
        " intestata, firmata.",
        REQUEST,
    ),
    # a call-back alone, a letter merely received, the sender's own account
    (
        "en",
        "Someone emailed, supposedly from you, saying your bank details changed. Please ring me"
        " on 01632 960111 before we pay.",
        OTHER,
    ),
    (
        "en",
        "We received a letter on what looks like your letterhead saying your sort code changed."
        " Is that genuine?",
        OTHER,
    ),
    (
        "en",
        "Our bank details have changed. Please refund the overpayment to our new account, signed"
        " confirmation attached.",
        OTHER,
    ),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_bank_detail_replies(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


def test_bank_proof_names_the_account_words() -> None:
    assert bank_proof("Bitte bestätigen Sie die neue IBAN schriftlich.") == "IBAN"


def test_bank_proof_ignores_the_account_the_sender_holds() -> None:
    text = "Please confirm in writing the bank account you have on file for us."
    assert bank_proof(text) is None
