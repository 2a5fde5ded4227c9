"""classify on payments that wait for a document, value dates, and words that only look like
something else.

Each family came from a miss on a corpus measured as it arrived: a payment that waits for our
purchase-order number on the invoice needs a document first (an invoice request); a payment
advice whose value date is today is a payment made, one a week ahead a promise; "I'm sure we
paid" beside a statement asked for is the statement; a stop said at length ("I will not answer
your e-mails, all correspondence by registered post"); "got back to you" is no return of goods;
a notice about invoices in general ("current invoices will be processed as usual") promises
nothing, nor does an automatic answer saying how a firm pays ("payments every Tuesday"); a
sender who put our letter in a colleague's tray names no new contact. Every sentence here is
new; near misses keep their own intent.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.classify_scope import awaited_document, sentence_after, sentence_before
from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUBSCRIBE, OTHER = Intent.UNSUBSCRIBE, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # a payment waiting for a document on the invoice
    ("en", "We'll release payment as soon as the invoice quotes our PO number.", REQUEST),
    ("de", "Wir überweisen, sobald die Rechnung unseren Bestellbezug enthält.", REQUEST),
    ("fr", "Nous réglerons dès que la facture mentionnera notre bon de commande.", REQUEST),
    ("es", "Pagaremos cuando la factura incluya nuestro número de pedido.", REQUEST),
    ("nl", "We maken het over zodra de factuur ons inkoopordernummer vermeldt.", REQUEST),
    ("it", "Saldiamo non appena riceviamo la fattura corretta.", REQUEST),
    ("en", "We'll pay on the 30th. Our PO number for next time is 88120.", PROMISE),
    ("en", "We will pay once our own customer has paid us.", PROMISE),
    # value dates
    ("de", "Wir haben die Zahlung angewiesen. Die Zahlung erfolgt mit Valuta 20.11.2026.", PAID),
    ("de", "Wir haben die Zahlung angewiesen. Die Zahlung erfolgt mit Valuta 04.12.2026.", PROMISE),
    # a payment believed, and a statement asked for
    (
        "en",
        "Surely this was paid? I'm sure Priya paid your October invoices. Can you send me a"
        " statement so I can check?",
        REQUEST,
    ),
    ("en", "We paid it on Monday by BACS, reference 55120.", PAID),
    ("de", "Haben wir die nicht schon bezahlt? Ich glaube, die ging im Mai raus.", OTHER),
    ("nl", "Hebben we die niet al betaald? Volgens mij is die in mei overgemaakt.", OTHER),
    ("es", "¿No lo habíamos pagado ya? Creo que se transfirió en mayo.", OTHER),
    ("de", "Die Zahlung ging am 4. Mai per Überweisung raus, Referenz 7781.", PAID),
    # stops said at length
    ("fr", "Je vous prie de cesser immédiatement vos relances par courriel.", UNSUBSCRIBE),
    ("fr", "Toute correspondance devra m'être adressée par courrier recommandé.", UNSUBSCRIBE),
    ("nl", "Ik reageer niet meer op jullie mails.", UNSUBSCRIBE),
    ("en", "I will no longer reply to your reminders. Letters only from now.", UNSUBSCRIBE),
    ("en", "I'll pay what's left, but please only write to me by post from now on.", UNSUBSCRIBE),
    # words that only look like a contest or a plan
    ("en", "Sorry I haven't got back to you, we paid it by card this morning.", PAID),
    ("en", "The damaged crates got sent back on Tuesday, please credit us.", DISPUTE),
    ("en", "That one needs my sign-off and I can only do that from the office.", OTHER),
    ("en", "We can only do it in three instalments, sorry.", PLAN),
    ("nl", "Lopende facturen worden gewoon verwerkt.", OTHER),
    ("en", "I've put it in Mrs Adeyemi's tray, she does the accounts when she's in.", OTHER),
    # an AP mailbox's automatic answer says how its firm pays, not when ours is paid
    (
        "en",
        "This is an automated reply. Supplier invoices are paid every Friday once approved.",
        Intent.AUTO_REPLY,
    ),
    (
        "nl",
        "Automatisch antwoord: wij betalen leveranciers wekelijks op donderdag.",
        Intent.AUTO_REPLY,
    ),
    (
        "fr",
        "Réponse automatique : les paiements sont effectués tous les mardis.",
        Intent.AUTO_REPLY,
    ),
    (
        "en",
        "This is an automated reply. Your invoice 4471 is scheduled for payment on 27 November.",
        PROMISE,
    ),
    # what is left of a sum, with a full stop inside its number
    (
        "es",
        "Hoy hemos transferido 800,00 €. El resto, 1.250,00 €, lo abonaremos a finales de mes.",
        PLAN,
    ),
    # stops said beside a promise, a footer that is no payment, a routine that is no contest
    ("nl", "Ik betaal maandag, maar stop met die wekelijkse mails.", UNSUBSCRIBE),
    ("en", "Please do not send further reminders about this account by email.", UNSUBSCRIBE),
    ("es", "Dadme de baja de vuestra lista, ya no llevo las cuentas.", UNSUBSCRIBE),
    (
        "en",
        "Acme has scheduled a payment of £900 for 27 November. This email was sent by PayHub.",
        PROMISE,
    ),
    ("en", "We only got back from holiday on Sunday; we'll pay the balance on the 27th.", PROMISE),
    ("it", "Si è rotta la caldaia del ristorante, ma il bonifico l'ho fatto lunedì scorso.", PAID),
    # a present that promises, and one right after an event
    ("fr", "Je lance le virement d'ici jeudi.", PROMISE),
    ("de", "Gleich nach Ostern, wenn ich zurück bin, überweise ich den Betrag.", PROMISE),
    ("es", "He dejado programada la transferencia de la factura FX-118 para el día 30.", PROMISE),
    ("it", "Mi servono il nome e l'indirizzo della vostra banca, poi pago.", REQUEST),
    ("de", "Ich behalte den Betrag ein, bis die zerkratzte Tür ersetzt ist.", DISPUTE),
    # a person under an absence subject; a feeling that a payment was made; a lawyer's stop
    ("en", "I'm away this week, so ignore my subject line. Can you resend the statement?", REQUEST),
    ("es", "¿Me mandan un extracto? Tengo la sensación de que alguna ya la pagamos.", REQUEST),
    (
        "es",
        "Les ruego que no vuelvan a dirigirse a mi representada; todo a este despacho.",
        UNSUBSCRIBE,
    ),
    ("fr", "Pourriez-vous nous accorder un délai jusqu'à fin août ?", PLAN),
    ("nl", "Na de zomer betaal ik alles in één keer.", PROMISE),
    ("nl", "Het bedrag staat sinds maandag op jullie rekening.", PAID),
    ("nl", "Ik werk hier sinds maart niet meer.", WRONG),
    ("es", "Hecho\n\nObtener Outlook para Android", PAID),
    # payments and refusals said plainly
    ("nl", "De betaling is vandaag met de weekbatch verstuurd.", PAID),
    ("fr", "c regle depuis hier par virement", PAID),
    ("nl", "Ik betaal deze nota dus niet, de schade is niet hersteld.", DISPUTE),
    ("nl", "Ik betaal het niet later dan vrijdag.", PROMISE),
    ("fr", "Notre société n'a jamais mandaté ce cabinet pour cette mission.", DISPUTE),
    ("de", "Sie haben uns dafür am 3. November eine Gutschrift über 200 EUR erteilt.", DISPUTE),
    ("de", "Eine Kopie der Gutschrift schicke ich Ihnen gern, sie kam am 3. November.", OTHER),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_condition(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


@pytest.mark.parametrize(
    ("clause", "document"),
    [
        ("we pay as soon as the invoice shows our PO number", "PO number"),
        ("wir zahlen, sobald die korrigierte Rechnung da ist", "korrigierte Rechnung"),
        ("we pay once our client pays us", None),
        ("our PO number is 4471 and we pay on Friday", None),  # no awaited event before it
    ],
)
def test_the_document_a_payment_waits_for(clause: str, document: str | None) -> None:
    assert awaited_document(clause) == document


def test_a_clause_widens_to_its_sentence_across_a_number() -> None:
    text = "Paid 800 € today. The rest, 1.250,00 €, we pay on the 30th, as agreed. Thanks"
    rest = "The rest, 1.250,00 €, we pay on the 30th"
    assert sentence_before(text, " we pay on the 30th") == rest
    assert sentence_after(text, "The rest") == f"{rest}, as agreed"
    assert sentence_after(text, "not there") == "not there"
