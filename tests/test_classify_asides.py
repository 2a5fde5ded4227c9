"""classify when a reply's point sits beside words that would mislead a rule.

Each family came from a miss on a corpus measured as it arrived: a French disclaimer's "par
erreur", a phone "extension", a W-9 the sender will send us, a rhetorical "doch ...?!", a dot
inside an address that cut a clause in two, a portal's "this mailbox is not monitored" footer
under a rejection, a Spanish "que conteste" read as French, a new enquiry the model read as a
contest. Every sentence here is new; near misses keep their own intent.
"""

from __future__ import annotations

import pytest
from test_classify_families import TODAY, assert_reads

from daemon.core.classify import classify
from daemon.core.mail_parse import parse_mail
from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUB, AUTO, OTHER = Intent.UNSUBSCRIBE, Intent.AUTO_REPLY, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # A rhetorical "doch"/"toch" before "?!" asserts.
    ("de", "Das haben wir doch letzte Woche schon überwiesen?!", PAID),
    ("nl", "Die is toch allang betaald?!", PAID),
    # Payment held back until something arrives.
    ("nl", "We houden deze nota aan tot de keuringsrapporten er zijn.", DISPUTE),
    # A "pagó" or "está" written without its accent.
    ("es", "Eso ya se pago hace dos semanas, revisad el banco.", PAID),
    ("es", "Ya estan pagadas las dos, desde el lunes.", PAID),
    # A paper the sender gives is no paper asked for; the promise beside it stands.
    (
        "en",
        "Our buyer may send you a W-9 form, just ignore it. The invoice is approved and the "
        "cheque goes out on the 3rd.",
        PROMISE,
    ),
    # "extension 2210" is a telephone, not more time.
    (
        "en",
        "I'm on annual leave until 4 January. For urgent orders ring the warehouse on "
        "extension 2210.",
        AUTO,
    ),
    ("en", "Is there any chance of an extension to the end of January?", PLAN),
    # Outside counsel and "do not contact our staff": stop writing.
    (
        "en",
        "We contest this invoice. From now on address everything to our external counsel "
        "and do not contact our staff directly.",
        UNSUB,
    ),
    # A new enquiry is new business for a person, not a contest.
    ("en", "Could you quote us for another 12 pallets, and is the blue one back in stock?", OTHER),
    ("de", "Können Sie uns ein Angebot für 20 weitere Stück machen?", OTHER),
    ("fr", "Pouvez-vous nous faire un devis pour une deuxième armoire ?", OTHER),
    # A deposit already paid, not one offered.
    ("fr", "L'acompte versé en septembre couvrait une partie de cette facture, non ?", OTHER),
    # A stop scoped to goods never received contests them.
    (
        "en",
        "We have not paid because half the order never arrived. Stop chasing me for items we "
        "never received.",
        DISPUTE,
    ),
    # A list to be taken off is a stop, asked as a question or not.
    ("nl", "Kunt u dit adres uit uw klantenbestand halen? Ik ben de schoonmaker.", UNSUB),
    ("fr", "Merci de retirer mon adresse de votre fichier clients.", UNSUB),
    # "didn't we pay?" beside "not in the office to check" is a person asking.
    ("en", "Didn't we pay this in October? I'm not in the office to check until Monday.", OTHER),
    # A Spanish "conteste" (reply) is no French "conteste" (contest).
    ("es", "Perdone que conteste tarde: la transferencia salió ayer por la tarde.", PAID),
    # Two instalments asked for, with the first offered at once.
    ("es", "Si nos dejáis, la pagamos en dos veces: una parte hoy y el resto el día 30.", PLAN),
    # A colleague who will speak to the one away about it.
    ("it", "Il responsabile è in trasferta, ne parlo con lui appena torna lunedì.", OTHER),
    ("fr", "Ma collègue est en congé cette semaine, je lui en parlerai à son retour.", OTHER),
    # Parental leave is an absence.
    ("nl", "Ik ben met zwangerschapsverlof tot 1 april. Voor facturen: admin@bakker.example", AUTO),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_reads(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


def _automatic(body: str, subject: str) -> bytes:
    return (
        "From: Rechnungseingang <no-reply@portal.customer.example>\r\n"
        "To: ar@northwind-supply.example\r\n"
        f"Subject: {subject}\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\n"
        "Auto-Submitted: auto-replied\r\nMessage-ID: <auto-7@portal.customer.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


AUTOMATIC: list[tuple[str, str, Intent, str]] = [
    # a portal's rejection above its "not monitored" footer asks for the invoice again
    (
        "Invoice INV-2026-0412 was rejected: the purchase order reference is missing.\n"
        "Please resubmit the invoice through the supplier portal quoting a valid PO.\n\n"
        "This mailbox is not monitored; replies are not read.",
        "Invoice rejected",
        REQUEST,
        "",
    ),
    # a retired mailbox, its address written with dots, and the one that replaces it
    (
        "Das Postfach einkauf@stadtwerke-lenz.example ist seit dem 01.11.2026 stillgelegt.\n"
        "Rechnungen bitte an kreditoren@stadtwerke-lenz.example.",
        "Automatische Antwort",
        WRONG,
        "kreditoren@stadtwerke-lenz.example",
    ),
    (
        "Dit adres wordt niet langer gelezen. Facturen: crediteuren@havenbedrijf.example",
        "Automatisch antwoord",
        WRONG,
        "crediteuren@havenbedrijf.example",
    ),
    # a portal's rejection that says it was automatically generated asks all the same
    (
        "Your invoice INV-2026-0412 was rejected. Reason: no valid order reference.\n"
        "Please resubmit it with the PO issued by the ordering site.\n\n"
        "This is an automatically generated message. Please do not reply.",
        "Invoice rejected",
        REQUEST,
        "",
    ),
    # a French ticket receipt, its number between "demande" and "enregistrée"
    (
        "Votre demande n° 88-2041 a bien été enregistrée.\nNous accusons réception de votre "
        "message. Pour la compléter, utilisez le portail fournisseurs.",
        "Demande enregistrée",
        AUTO,
        "",
    ),
]


@pytest.mark.parametrize(("body", "subject", "intent", "contact"), AUTOMATIC)
def test_an_automatic_message(body: str, subject: str, intent: Intent, contact: str) -> None:
    got = classify(parse_mail(_automatic(body, subject)), today=TODAY)
    assert got.intent is intent, got.reasons
    assert got.facts.new_contact == contact


def test_a_french_disclaimer_and_formal_closing_are_not_the_reply() -> None:
    body = (
        "Le virement de la facture a été exécuté ce matin.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
        "Ce courriel et ses éventuelles pièces jointes sont confidentiels. S'il vous est "
        "parvenu par erreur, merci de le détruire."
    )
    assert_reads(("fr", body, PAID), 0, quoted=False)
