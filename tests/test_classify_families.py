"""classify on informal replies: the families of wrong contact, payment sent and invoice request.

The replies are written for this test (not taken from any corpus) in the voice of restaurants,
cafés, hotels and small trades answering from a phone: slang, missing apostrophes, typos,
abbreviations, regional forms, and the same families in German, French, Spanish, Dutch and Italian.
Each reply is a whole RFC 5322 message, with or without the reminder quoted below it. Near misses
must keep their own intent: a doubt is no payment, a request with a promise is a request, a new
IBAN from the customer changes no contact.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.core.classify import classify
from daemon.core.classify_regex import factor_boundaries
from daemon.core.mail_parse import parse_mail
from daemon.core.verdict import Intent, Verdict

TODAY = date(2026, 11, 20)  # a Friday

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUB, OTHER = Intent.UNSUBSCRIBE, Intent.OTHER

# The reminder we sent, in the customer's language, quoted under about half of the replies.
REMINDERS = {
    "en": "Invoice INV-2026-0412 for GBP 480.00 was due on 30 October 2026 and is still open.\n"
    "Please arrange payment or reply if something is wrong.",
    "de": "Die Rechnung INV-2026-0412 über 480,00 EUR war am 30.10.2026 fällig, sie ist offen.\n"
    "Bitte überweisen Sie den Betrag oder antworten Sie uns.",
    "fr": "La facture INV-2026-0412 de 480,00 EUR était due le 30/10/2026 et reste impayée.\n"
    "Merci de procéder au règlement ou de nous répondre.",
    "es": "La factura INV-2026-0412 de 480,00 EUR vencía el 30/10/2026 y sigue pendiente.\n"
    "Le rogamos que realice el pago o nos responda.",
    "nl": "Factuur INV-2026-0412 van EUR 480,00 vervaldag 30-10-2026 staat nog open.\n"
    "Wilt u het bedrag overmaken of ons antwoorden?",
    "it": "La fattura INV-2026-0412 di 480,00 EUR scadeva il 30/10/2026 ed è ancora aperta.\n"
    "Vi preghiamo di effettuare il pagamento o di risponderci.",
}
_SENDERS = ("Sam <sam@thegreenfork.example>", "Café Rosa <rosa@caferosa.example>")


def reply(body: str, language: str = "en", *, quoted: bool = False, index: int = 0) -> bytes:
    """`body` as an RFC 5322 reply to our reminder, the reminder `quoted` below it or not."""
    below = ""
    if quoted:
        lines = "\n".join(f"> {line}" for line in REMINDERS[language].splitlines())
        below = (
            f"\n\nOn Thu, 19 Nov 2026 at 09:02, Northwind AR <ar@northwind-supply.example>"
            f" wrote:\n{lines}"
        )
    raw = (
        f"From: {_SENDERS[index % 2]}\r\nTo: ar@northwind-supply.example\r\n"
        "Subject: Re: INV-2026-0412\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\n"
        f"Message-ID: <r{index}@customer.example>\r\n"
        "In-Reply-To: <reminder-1@northwind-supply.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}{below}\r\n"
    )
    return raw.replace("\r\n", "\n").encode()


def verdict(body: str, language: str = "en", *, quoted: bool = False, index: int = 0) -> Verdict:
    return classify(parse_mail(reply(body, language, quoted=quoted, index=index)), today=TODAY)


WRONG_CONTACT_EN = [
    "the accountant does all that now: mike@brightbooks.example",
    "not me mate, try the office",
    "we've changed bookkeeper, its sarah@numbersltd.example now",
    "send it to head office",
    "I'm just the chef, no idea about any of this",
    "wrong email",
    "this is my personal email, please use accounts@thegreenfork.example",
    "the business was sold in the summer",
    "New owners since October.",
    "please update your records to billing@harbourcafe.example",
    "Our bookkeeper handles all that - jo.smith.books@gmail.com",
    "Wrong person sorry",
    "uve got the wrong guy",
    "my partner does the books, kate@gmail.com",
    "pls send to accounts@thegreenfork.example",
    "Not the right email for invoices, use invoices@harbourcafe.example",
    "I'm only the manager, the owner pays the bills",
    "We sold the restaurant in September",
    "Under new management since 1st Oct",
    "I no longer own the business",
    "ask our accountants, they deal with all of it",
    "fwd it to my accountant pls dave@daveaccounts.example",
    "Contact head office in Leeds please",
    "im just a waiter here",
    "Please direct invoices to our accounts dept",
    "Can you send these to the office instead",
    "Please update your records, our new email is accounts@rosaandco.example",
    "The café changed hands in August",
    "This went to the kitchen email. Finance is finance@grandhotel.example",
    "the lad who ordered doesnt work here anymore",
    "we have an accountant now, email her on claire.books@outlook.com",
    "wrong emial address",
    "This is a personal account, I don't run the pub any more",
    "Mike left in the summer, try reception",
    "Accounts are handled by our head office in Bristol",
    "my accountant sorts all the bills, try her at anna.k@hotmail.com",
    "Nothing to do with me, I'm the sous chef",
    "We took over the lease in November, previous owners had this account",
    "Please forward to our head office in Manchester",
    "wrong inbox mate",
    "this address is just for bookings",
    "talk to the office they do the accounts",
    "the pub was sold last month",
    "i'm only the cleaner",
    "the bookkeeper looks after all of that",
    "all invoices go to our accountant now",
]

PAID_EN = [
    "sorted",
    "Sorted!",
    "done it this morning",
    "bank says it went yesterday",
    "our bookkeeper paid it friday",
    "it's been paid",
    "its been paid",
    "cheque's been posted",
    "transfer done",
    "should be with you by now",
    "See attached confirmation from the bank app",
    "paid in full via BACS",
    "cleared on our side",
    "All paid up now",
    "Just paid it",
    "paid it last nite",
    "payed yesterday",
    "I payed it on monday",
    "Transfered it this morning",
    "money's gone out",
    "Sent the money over yesterday",
    "Did the transfer on Tuesday",
    "Settled it this morning",
    "Paid this off on the 12th",
    "Its gone through now",
    "The payment went through on Monday",
    "Just done a bank transfer for the full amount",
    "Screenshot of the payment attached",
    "transfer confirmation attached",
    "Paid by card over the phone yesterday",
    "the money left our account on the 17th",
    "Already sorted this, check your account",
    "Ive paid it",
    "pd 18/11",
    "our accountant paid all the outstanding invoices last week",
    "paid via paypal",
    "bank transfer went thru this morning",
    "paid yesterday via bank app",
    "all squared up",
    "dun it this morning",
    "I transferred it last night",
    "payment went through this morning, screenshot attached",
    "we've paid mate",
    "money was sent on tuesday",
    "the cheque went off on monday",
    "Bank confirms it's gone",
    "it should have reached you by now",
    "the wife paid it last week",
]

REQUEST_EN = [
    "what's this for?",
    "which order is this",
    "can't find this invoice",
    "need the invoice with our VAT number on it",
    "send the statement",
    "what's your bank details",
    "we need a proper tax invoice",
    "please resend, the link doesn't work",
    "our system needs a PO",
    "whats this for",
    "What is this invoice for??",
    "which delivery is this for",
    "cant find it anywhere, can u send again",
    "Can you send me a copy",
    "dont have this invoice on file",
    "Could you send us a statement of account",
    "Need your bank details to pay",
    "what are ur bank details",
    "Can't open the link",
    "the link has expired, can you send the invoice as a PDF",
    "Please put our PO number on the invoice",
    "The invoice needs to be made out to the company, not to me",
    "Can I get an itemised bill",
    "Send me the invoice and I'll pay today",
    "Which invoice is this? we've got a few",
    "No idea what this relates to",
    "haven't had an invoice for this",
    "never got the invoice",
    "need a VAT receipt for our books",
    "could you email over the invoice pls",
    "Please attach the invoice, there was nothing attached",
    "sort code and account number please?",
    "what account do I pay into",
    "whats this invoice for??",
    "which job is this",
    "cant see any invoice attached",
    "can you send a statement please",
    "where do i pay this",
    "we need an invoice with the company name on it",
    "link's broken, can u email the pdf",
    "need a PO number before we can pay",
    "Our accounts software wont accept it without a purchase order number",
]

WRONG_CONTACT_OTHER = [
    ("de", "Dafür ist unser Steuerberater zuständig: buchhaltung@kanzlei-meier.example"),
    ("de", "Falsche Adresse, bitte an die Zentrale schicken."),
    ("de", "Ich bin nur der Koch."),
    ("de", "Das Restaurant wurde im Sommer verkauft."),
    ("de", "Das ist meine private E-Mail-Adresse, bitte an info@hotel-sonne.example."),
    ("de", "Das macht alles unser Buchhalter."),
    ("de", "Neue Inhaber seit Oktober."),
    ("fr", "C'est notre comptable qui s'occupe de ça : cabinet@compta-dupont.example"),
    ("fr", "Mauvaise adresse, voyez avec le siège."),
    ("fr", "Je suis juste le cuisinier."),
    ("fr", "Le restaurant a été vendu en septembre."),
    ("fr", "Je ne suis que le serveur."),
    ("fr", "C'est mon adresse perso, écrivez à compta@bistrot.example"),
    ("es", "Eso lo lleva la gestoría: info@gestoria-lopez.example"),
    ("es", "Yo solo soy el cocinero."),
    ("es", "Se ha vendido el negocio."),
    ("es", "Dirección equivocada, escriban a la oficina central."),
    ("es", "El bar se traspasó en verano."),
    ("es", "Es mi correo personal, manden las facturas a admin@barpepe.example"),
    ("nl", "Dat doet onze boekhouder: info@boekhouding-jansen.example"),
    ("nl", "Verkeerd adres, stuur het naar het hoofdkantoor."),
    ("nl", "Ik ben maar de kok."),
    ("nl", "De zaak is verkocht, nieuwe eigenaren sinds oktober."),
    ("nl", "Ik ben alleen de ober."),
    ("nl", "Dit is mijn privémail, graag naar administratie@eetcafe.example"),
    ("it", "Se ne occupa il nostro commercialista: studio@commercialista-rossi.example"),
    ("it", "Indirizzo sbagliato, scrivete alla sede."),
    ("it", "Sono solo il cuoco."),
    ("it", "L'attività è stata venduta, nuovi proprietari da ottobre."),
    ("it", "Il locale è stato venduto."),
    ("it", "Questa è la mia mail personale, scrivete a amministrazione@trattoria.example"),
]

PAID_OTHER = [
    ("de", "Erledigt, ist heute raus."),
    ("de", "Hab's gestern überwiesen."),
    ("de", "Schon erledigt, gestern überwiesen."),
    ("de", "Ist schon bezahlt."),
    ("de", "Überweisung ist raus."),
    ("de", "Unser Buchhalter hat am Freitag gezahlt."),
    ("fr", "C'est fait ce matin."),
    ("fr", "Virement fait hier."),
    ("fr", "Notre comptable l'a payée vendredi."),
    ("fr", "Paiement effectué hier."),
    ("fr", "Le chèque est parti."),
    ("fr", "c'est payé"),
    ("es", "Ya está hecha la transferencia."),
    ("es", "Pagado ayer."),
    ("es", "Nuestro contable lo pagó el viernes."),
    ("es", "Ya lo pagó mi socio."),
    ("es", "Ya se pagó."),
    ("es", "Transferencia hecha esta mañana."),
    ("nl", "Is geregeld."),
    ("nl", "Gisteren overgemaakt."),
    ("nl", "Onze boekhouder heeft het vrijdag betaald."),
    ("nl", "Gisteren betaald."),
    ("nl", "Al betaald hoor."),
    ("nl", "Overboeking is gedaan."),
    ("it", "Fatto stamattina."),
    ("it", "Bonifico fatto ieri."),
    ("it", "Il nostro commercialista l'ha pagata venerdì."),
    ("it", "Pagato ieri."),
    ("it", "È stato pagato."),
    ("it", "Già saldato."),
]

REQUEST_OTHER = [
    ("de", "Wofür ist das?"),
    ("de", "Ich finde die Rechnung nicht, bitte nochmal schicken."),
    ("de", "Bitte eine Rechnung mit unserer USt-IdNr."),
    ("de", "Wie ist Ihre Bankverbindung?"),
    ("de", "Worum geht es hier?"),
    ("de", "Der Link funktioniert nicht."),
    ("fr", "C'est pour quoi ?"),
    ("fr", "Je ne trouve pas cette facture."),
    ("fr", "Pouvez-vous m'envoyer le relevé de compte ?"),
    ("fr", "Il me faut une facture avec notre numéro de TVA."),
    ("fr", "Le lien a expiré, pouvez-vous renvoyer la facture ?"),
    ("fr", "Le lien ne marche pas."),
    ("es", "¿De qué es esto?"),
    ("es", "No encuentro esta factura."),
    ("es", "Necesito la factura con nuestro CIF."),
    ("es", "¿Cuál es su número de cuenta?"),
    ("es", "¿A qué corresponde esta factura?"),
    ("es", "El enlace no funciona."),
    ("nl", "Waar is dit voor?"),
    ("nl", "Ik kan deze factuur niet vinden."),
    ("nl", "Graag een factuur met ons btw-nummer."),
    ("nl", "Wat is jullie rekeningnummer?"),
    ("nl", "Welke bestelling is dit?"),
    ("nl", "De link werkt niet."),
    ("it", "Di cosa si tratta?"),
    ("it", "Non trovo questa fattura."),
    ("it", "Serve la fattura con la nostra partita IVA."),
    ("it", "Qual è il vostro IBAN?"),
    ("it", "A cosa si riferisce?"),
    ("it", "Il link non funziona."),
]

# Near misses: close to the three families in words, another intent in meaning.
NEAR_MISSES = [
    ("en", "I thought it was paid?", OTHER),
    ("en", "who are you?", OTHER),
    ("en", "Send me the invoice and I'll pay today", REQUEST),
    ("en", "we changed bank, new IBAN attached", OTHER),
    ("en", "Has this been paid?", OTHER),
    ("en", "Did we pay this?", OTHER),
    ("en", "Thanks, noted", OTHER),
    ("en", "Got it, will look into it", OTHER),
    ("en", "I'll pay it tomorrow", PROMISE),
    ("en", "will transfer it monday", PROMISE),
    ("en", "I'll ask the accountant", OTHER),
    ("en", "Not sorted yet, will do it friday", PROMISE),
    ("en", "The goods were never delivered so not paying", DISPUTE),
    ("en", "Stop emailing me", UNSUB),
    ("en", "Can we pay in 3 instalments", PLAN),
    ("en", "we haven't paid yet", OTHER),
    ("en", "havent had a chance to pay it yet sorry", OTHER),
    ("en", "Thanks for the invoice, all good", OTHER),
    ("en", "ok cheers", OTHER),
    ("en", "Who is this from?", OTHER),
    ("en", "Merry Christmas to all the team!", OTHER),
    ("en", "Please call me on 07700 900123", OTHER),
    ("en", "We changed bank, please note our new IBAN on the attached letter", OTHER),
    ("en", "The accountant will pay it on Monday", PROMISE),
    ("en", "Our bookkeeper will sort it next week", PROMISE),
    ("en", "I'm the owner, what do you need?", OTHER),
    ("en", "not paid, the delivery was short and nobody came to fix it", DISPUTE),
    ("en", "cheque bounced? I'll check with the bank", OTHER),
    ("en", "Is it sorted on your end?", OTHER),
    ("en", "Can I pay half now and the rest in January?", PLAN),
    ("en", "This is spam, remove me from your list", UNSUB),
    ("en", "I'm not sure if the office paid this, I'll check", OTHER),
    ("en", "ok thanks", OTHER),
    ("en", "ill get it paid monday", PROMISE),
    ("en", "What is this regarding?", OTHER),
    ("en", "Who are you and what is this for?", OTHER),
    ("en", "Sorry, wrong email, ignore my previous message", OTHER),
    ("en", "As long as the owner approves it today, it goes out with Friday's BACS run", PROMISE),
    ("de", "Ist das schon bezahlt?", OTHER),
    ("de", "Wir haben die Bank gewechselt, neue IBAN anbei.", OTHER),
    ("fr", "Je pensais que c'était payé ?", OTHER),
    ("fr", "Envoyez-moi la facture et je paie aujourd'hui.", REQUEST),
    ("es", "¿Quién es usted?", OTHER),
    ("nl", "Is dit al betaald?", OTHER),
    ("it", "Pensavo fosse già pagato?", OTHER),
]

ROWS = (
    [("en", body, WRONG) for body in WRONG_CONTACT_EN]
    + [("en", body, PAID) for body in PAID_EN]
    + [("en", body, REQUEST) for body in REQUEST_EN]
    + [(lang, body, WRONG) for lang, body in WRONG_CONTACT_OTHER]
    + [(lang, body, PAID) for lang, body in PAID_OTHER]
    + [(lang, body, REQUEST) for lang, body in REQUEST_OTHER]
)


def assert_reads(row: tuple[str, str, Intent], index: int, *, quoted: bool) -> None:
    """The reply in `row` (language, body, intent), with or without our reminder quoted."""
    language, body, expected = row
    got = verdict(body, language, quoted=quoted, index=index)
    assert got.intent is expected, (body, got.reasons)


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_family(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


@pytest.mark.parametrize(("index", "row"), list(enumerate(NEAR_MISSES)))
def test_near_miss(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 0)


def test_redirect_names_the_free_mail_address() -> None:
    got = verdict("my partner does the books, kate@gmail.com")
    assert got.intent is WRONG
    assert got.facts.new_contact == "kate@gmail.com"


def test_enough_rows() -> None:
    english = sum(1 for language, _, _ in ROWS if language == "en")
    assert len(ROWS) >= 150 and english >= 90 and len(NEAR_MISSES) >= 30


@pytest.mark.parametrize(
    ("source", "factored"),
    [
        (r"\bpaid|\bsettled|x|\bsent", r"\b(?:paid|settled)|x|\b(?:sent)"),
        (r"(?:\ba|\bb)|(?:c|\bd)", r"\b(?:a|b)|c|\b(?:d)"),
        (r"(?:\ba)?|\b[)|(]x", r"(?:\ba)?|\b(?:[)|(]x)"),
        (r"(?:\ba)(?:\bb)|\bc", r"(?:\ba)(?:\bb)|\b(?:c)"),
    ],
)
def test_factor_boundaries_keeps_the_alternatives_in_order(source: str, factored: str) -> None:
    assert factor_boundaries(source) == factored
