"""A payment withheld for a fault the reply names contests the bill, in each language.

The clause reader cuts "we have not paid because …" at "because", so the reason is read with the
refusal by `daemon.core.classify_withheld`. Reasons about money, paperwork or an approval still
to come are no fault and keep their own reading.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.classify_lexicon import Cue
from daemon.core.classify_withheld import withheld_for_fault
from daemon.core.verdict import Intent

DISPUTE, REQUEST = Intent.DISPUTE, Intent.INVOICE_REQUEST

FAULTS: list[tuple[str, str]] = [
    ("en", "We haven't paid because two of the chairs you delivered arrived cracked."),
    ("en", "Not paid yet, as the second coat of paint was never done."),
    ("de", "Wir haben nicht bezahlt, weil die Hälfte der Teile beschädigt war."),
    (
        "de",
        "Noch nicht überwiesen, weil der Monteur nur einen Tag da war. Die Anlage läuft bis heute"
        " nicht.",
    ),
    ("fr", "Nous n'avons pas réglé parce que la pompe livrée est défectueuse."),
    ("es", "No lo hemos pagado porque el pedido llegó incompleto y faltan dos cajas."),
    ("it", "Non abbiamo pagato perché il lavoro non è mai stato terminato."),
    ("nl", "We hebben niet betaald omdat de lamp bij levering al kapot was."),
]

NO_FAULT: list[tuple[str, str]] = [
    # paperwork: an invoice asked for
    ("en", "We haven't paid because we never received the invoice."),
    ("de", "Nicht bezahlt, weil die Rechnung nie bei uns angekommen ist."),
    # money: the sender's own customer, the sender's cash
    ("fr", "Pas encore payé parce que notre client ne nous a jamais réglé."),
    ("es", "No hemos pagado porque nos falta liquidez este mes."),
    # an approval of our own still to come
    ("de", "Noch nicht bezahlt, weil die Freigabe vom Abteilungsleiter fehlte."),
    # a reason that names no fault
    ("nl", "We hebben nog niet betaald omdat de boekhouder op vakantie is."),
    # the payment made, not withheld
    ("it", "Abbiamo pagato ieri perché la scadenza era vicina."),
]


@pytest.mark.parametrize(("language", "body"), FAULTS)
def test_a_payment_withheld_for_a_fault_is_found(language: str, body: str) -> None:
    hit = withheld_for_fault(body)
    assert hit is not None, body
    assert hit.cue is Cue.DISPUTE
    assert hit.language == language
    assert hit.phrase in body


@pytest.mark.parametrize(("language", "body"), NO_FAULT)
def test_a_reason_that_is_no_fault_is_left_alone(language: str, body: str) -> None:
    assert withheld_for_fault(body) is None, (language, body)


@pytest.mark.parametrize(("index", "row"), list(enumerate((*FAULTS,))))
def test_the_reply_reads_as_a_dispute(index: int, row: tuple[str, str]) -> None:
    language, body = row
    assert_reads((language, body, DISPUTE), index, quoted=index % 2 == 0)


def test_an_invoice_never_received_is_still_asked_for() -> None:
    body = "We haven't paid because we never received the invoice. Could you resend it?"
    assert_reads(("en", body, REQUEST), 0, quoted=True)
