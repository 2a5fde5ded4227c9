"""classify on commitments said by events and fronted words, and on stops said at length.

Each family came from a miss on a corpus measured as it arrived: a payment hung on an event is a
promise ("as soon as the grant is drawn down", "quand la CARPA m'aura versé les fonds"); a debit
to come ("it leaves our account on Monday", "on a single payment to be made by the end of the
quarter"); a firm promise followed by a check on the remit-to address; a German present with its
day ("die Stadtkasse zahlt gesammelt zum 15.03.") and a fronted participle denied at the end
("bezahlt ist die Rechnung noch nicht"); a sentence wrapped at 72 columns; a stop said as "post
only" at length or as a referral to the lawyer; and words that only look like a contest, a plan
or a departure; a payment said in passing ("went in Monday's mail", "ist rausgegangen", "c'est
parti", "ya quedó el pago"). Every sentence here is new; near misses keep their own intent.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUBSCRIBE, OTHER = Intent.UNSUBSCRIBE, Intent.OTHER
AUTO = Intent.AUTO_REPLY

ROWS: list[tuple[str, str, Intent]] = [
    # a payment hung on an event commits to it
    (
        "en",
        "We'll settle in full once the council releases our grant, no date yet I'm afraid.",
        PROMISE,
    ),
    ("fr", "La facture sera réglée dès que notre client nous aura payés.", PROMISE),
    ("es", "En cuanto cobremos la certificación de obra, os hacemos la transferencia.", PROMISE),
    ("en", "We're waiting on our client to pay us, can you hold off a few weeks?", PLAN),
    ("de", "Sobald die Versicherung zahlt, überweisen wir Ihnen alles.", PROMISE),
    ("fr", "Dès que le maître d'ouvrage m'a réglé, je vous vire le solde.", PROMISE),
    ("es", "No lo hemos pagado aún, pero lo haremos en cuanto cobremos la subvención.", PROMISE),
    ("it", "Non appena avrò venduto il furgone salderò tutto in una volta.", PROMISE),
    # a debit to come, a payment to be made
    ("en", "The transfer leaves our account on Thursday.", PROMISE),
    ("en", "All three invoices are on one payment to be made by the end of the quarter.", PROMISE),
    ("en", "I'll be out of the office until Monday, sorry.", AUTO),
    # a firm promise, then a check on where the money goes
    (
        "en",
        "Approved, it goes out in Friday's check run. Could you confirm the remit-to address?",
        PROMISE,
    ),
    ("en", "Could you confirm your bank details? Then it goes out in Friday's run.", REQUEST),
    # German present with its day; a fronted participle denied at the end
    ("de", "Die Gemeindekasse überweist gesammelt zum 20.", PROMISE),
    ("de", "Ab Montag sitz ich wieder am Schreibtisch und überweis das als Erstes.", PROMISE),
    ("de", "Überwiesen ist das noch nicht, die Freigabe fehlt.", OTHER),
    ("it", "Pago giovedi, promesso.", PROMISE),
    # a payment said in passing
    ("en", "Cheque 55120 for $640.00 went in yesterday's mail.", PAID),
    ("de", "Der Betrag ist gestern Morgen per E-Banking rausgegangen.", PAID),
    ("de", "Die Zahlung ist noch nicht raus.", OTHER),
    ("fr", "C'est parti hier par virement, référence 7781.", PAID),
    ("es", "Ya quedó la transferencia, clave de rastreo 0038.", PAID),
    ("nl", "De betaalopdracht is maandag ingediend.", PAID),
    ("it", "Il bonifico l'ha fatto mia sorella dal suo conto.", PAID),
    # a stop said at length, or as a referral to the lawyer
    (
        "en",
        "I don't handle invoices by email. Anything about this account should go by post.",
        UNSUBSCRIBE,
    ),
    (
        "de",
        "Die Sache liegt jetzt bei unserem Anwalt, wenden Sie sich bitte nur an ihn.",
        UNSUBSCRIBE,
    ),
    (
        "en",
        "Do not send any further correspondence to this address, Mr Hale has left the company.",
        WRONG,
    ),
    # words that only look like a contest, a plan or a departure
    ("de", "Heute per Überweisung bezahlt; die Rechnung lag bei uns im falschen Ordner.", PAID),
    (
        "fr",
        "Elle sera mise en paiement fin avril, selon notre délai de paiement habituel.",
        PROMISE,
    ),
    (
        "en",
        "A customer's insolvency has left a hole in our cash flow; could we have 60 more days?",
        PLAN,
    ),
    ("en", "Anything regarding this account should be sent to our head office.", OTHER),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_commitments_and_stops(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)
