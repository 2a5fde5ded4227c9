"""classify on families of phrasing, not on single sentences: one table row per variant.

Each family is a way customers say something that the per-language tables once missed: a verb
whose particle comes late ("sent the lot back"), a part payment with the rest promised, a ticket
system that routes a request, an AP system's "do not reply" under a payment advice, a person who
moved to another role, plural or unreadable documents, a doubt that the reminder is genuine, the
French passive future, Swiss German spelling. The sentences are written for this test, in several
languages and registers, and none is taken from a corpus. Two families are safety guards: a
return of goods and a part payment with the rest to come must never read as money paid or promised.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.core.classify import classify
from daemon.core.mail_parse import parse_mail
from daemon.core.verdict import Intent, Verdict

TODAY = date(2026, 11, 20)  # a Friday

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
OTHER, AUTO = Intent.OTHER, Intent.AUTO_REPLY
MONEY = {PAID, PROMISE}


def verdict(body: str, *, subject: str = "RE: Invoice INV-2026-0412 is overdue", headers: str = "",
            sender: str = "Sam Buyer <sam@customer.example>") -> Verdict:  # fmt: skip
    """`body` as the new text of a reply to our reminder (quoted below it), on `TODAY`."""
    raw = (
        f"From: {sender}\nTo: ar@northwind-supply.example\nSubject: {subject}\n"
        "Date: Fri, 20 Nov 2026 10:00:00 +0100\nMessage-ID: <r-1@customer.example>\n"
        f"{headers}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{body}\n\nOn Thu, Nov 19, 2026 at 9:02 AM Northwind AR <ar@northwind-supply.example>"
        " wrote:\n> Invoice INV-2026-0412 is overdue. If you have already paid, ignore this.\n"
    )
    return classify(parse_mail(raw.encode()), today=TODAY)


# Safety guard: goods sent back, with the particle after the object, an RMA, a credit awaited.
RETURNS = [
    "We shipped the whole order back to you last month.",
    "Those units went faulty so we posted them all back on the 3rd.",
    "I sent everything back in September, you should have a record of it.",
    "We couriered the two pallets back to your depot weeks ago.",
    "Returned under RMA 7731, please cancel the invoice.",
    "This should have been credited when the parts came back to you.",
    "We're still waiting for the credit on the returned motors.",
    "Mailed the spare kit back on Monday with the return label you gave us.",
]


@pytest.mark.parametrize("body", RETURNS)
def test_goods_sent_back_are_a_dispute_never_a_payment(body: str) -> None:
    assert verdict(body).intent is DISPUTE


# Not a return: the particle belongs to a reply, a document or money.
NOT_RETURNS = [
    ("We sent the payment on Monday, please get back to me if it hasn't arrived.", PAID),
    ("I sent the signed form back yesterday, can you send the invoice again?", REQUEST),
]


@pytest.mark.parametrize(("body", "intent"), NOT_RETURNS)
def test_a_late_back_that_returns_no_goods(body: str, intent: Intent) -> None:
    assert verdict(body).intent is intent


# Safety guard: part paid (or being paid) now, the rest promised later, in six languages.
PART_PAYMENTS = [
    "We've transferred $800 this morning and will pay the remaining $1,200 by 15 January.",
    "Sent half today; the rest will follow at the end of next month.",
    "Paid EUR 500 yesterday and we'll settle the remainder in January.",
    "Wir haben heute 500 EUR überwiesen, den Restbetrag werden wir im Januar zahlen.",
    "Nous avons viré 400 € ce matin, le solde sera réglé le 15 janvier.",
    "Hemos pagado 300 euros hoy y el resto lo pagaremos en enero.",
    "Wij hebben vandaag 250 euro betaald, het resterende bedrag wordt in januari betaald.",
    "Abbiamo pagato 600 euro oggi, il saldo rimanente sarà pagato a gennaio.",
]


@pytest.mark.parametrize("body", PART_PAYMENTS)
def test_a_part_payment_with_the_rest_to_come_is_a_plan(body: str) -> None:
    result = verdict(body)
    assert result.intent is PLAN
    assert result.intent not in MONEY


# A sum written out is what was sent: "$950", "EUR 1.200", "300 dollars".
AMOUNTS = [
    ("We sent $950 by wire this morning.", PAID),
    ("I've transferred EUR 1,200 to your account today.", PAID),
    ("Mailed 300 dollars in a cheque on Tuesday.", PAID),
]


@pytest.mark.parametrize(("body", "intent"), AMOUNTS)
def test_an_amount_is_money_sent(body: str, intent: Intent) -> None:
    assert verdict(body).intent is intent


# A ticket system routes the request to the department in charge: an acknowledgement.
AUTO_HEADERS = "Auto-Submitted: auto-generated\n"
TICKETS = [
    (
        "Your request has been logged under ticket number 88120 and forwarded to the"
        " responsible team. We will get back to you.",
        "[Case 88120] Request received",
    ),
    (
        "Ihre Nachricht wurde unter der Vorgangsnummer 4412 erfasst und an die zuständige"
        " Abteilung weitergeleitet.",
        "[Vorgang 4412] Eingangsbestätigung",
    ),
    (
        "Votre demande a bien été enregistrée sous le numéro de dossier 5521 et transmise au"
        " service concerné.",
        "[Dossier 5521] Accusé de réception",
    ),
]


@pytest.mark.parametrize(("body", "subject"), TICKETS)
def test_a_ticket_routed_internally_is_an_auto_reply(body: str, subject: str) -> None:
    assert verdict(body, subject=subject, headers=AUTO_HEADERS).intent is AUTO


def test_a_ticket_naming_a_new_address_is_still_a_wrong_contact() -> None:
    body = (
        "Your message has been received. This mailbox is no longer monitored; please write to"
        " payables@customer.example instead."
    )
    result = verdict(body, subject="Automatic reply: Invoice overdue", headers=AUTO_HEADERS)
    assert result.intent is WRONG
    assert result.facts.new_contact == "payables@customer.example"


# An AP system's payment advice ends with "do not reply": the advice is what counts.
ADVICES = [
    "Remittance advice. Payment of USD 2,310.00 has been sent for invoice INV-2026-0412."
    " This is an automated message, please do not reply to this email.",
    "Zahlungsavis: Die Überweisung über 1.200,00 EUR wurde ausgeführt. Bitte antworten Sie"
    " nicht auf diese automatisch erstellte Nachricht.",
    "Aviso de pago: se ha realizado la transferencia de 980,00 EUR. Mensaje generado"
    " automáticamente, no responda a este correo.",
]


@pytest.mark.parametrize("body", ADVICES)
def test_a_machine_payment_advice_with_no_reply_boilerplate_is_a_payment(body: str) -> None:
    subject = "Payment notification 7781"
    result = verdict(body, subject=subject, headers=AUTO_HEADERS, sender="AP <noreply@ap.example>")
    assert result.intent is PAID


# The person moved on: "not with X anymore", "moved over to", "they handle payments now".
MOVED_ON = [
    "I'm not with the purchasing office any more, please email finance@customer.example.",
    "She's not at the Leeds branch anymore. Try ap@customer.example instead.",
    "I moved over to the warehouse team in the summer; Priya in AP deals with this.",
    "I've been transferred to the Toronto plant, so these aren't mine to pay.",
    "Please send those to payables@customer.example going forward, they handle all supplier"
    " invoices now.",
    "Send everything to invoices@customer.example from now on.",
]


@pytest.mark.parametrize("body", MOVED_ON)
def test_a_person_who_moved_on_is_a_wrong_contact(body: str) -> None:
    assert verdict(body).intent is WRONG


def test_a_system_move_is_not_a_person_moving() -> None:
    result = verdict("We moved to a new ERP system last month, so the payment will go out Friday.")
    assert result.intent is PROMISE


# Requests for documents: plural copies, "reply with", no record, attachments lost or unreadable.
REQUESTS = [
    "Can you send me copies of both invoices please?",
    "Could you email over copies of the October statements?",
    "Please reply with an itemised invoice showing the PO number.",
    "Kindly respond with a copy of the invoice and the delivery note.",
    "We have no record of this invoice, please resend it.",
    "Our migration lost all the attachments, could you resend the invoice?",
    "The attachments never came through on our side.",
    "The PDF is corrupted and won't open, can you send the invoice again?",
    "The file you sent seems damaged, please resend the invoice as a PDF.",
    "The attachment is blank when I open it, can you resend?",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_a_request_for_documents(body: str) -> None:
    assert verdict(body).intent is REQUEST


def test_damaged_goods_beside_a_request_stay_a_dispute() -> None:
    body = "Half the boxes arrived damaged. Please send a corrected invoice for the rest."
    assert verdict(body).intent is DISPUTE


# Indian and formal English: "not as per the PO", "not in line with the quotation".
NOT_AS_AGREED = [
    "The rates billed are not as per the agreed purchase order.",
    "Kindly note the invoice value is not as per our quotation, please revise.",
    "The unit price is not in line with the contract, hence payment is on hold.",
    "Quantity charged is not per PO, request you to issue a credit note.",
]


@pytest.mark.parametrize("body", NOT_AS_AGREED)
def test_a_bill_not_as_agreed_is_a_dispute(body: str) -> None:
    assert verdict(body).intent is DISPUTE


# A doubt that the reminder is genuine goes to a person, whatever else the reply says.
DOUBTS = [
    "Is this email genuine? The invoice number doesn't match anything we have.",
    "This looks like a phishing attempt to me, I'll call your office to check.",
    "We got a message supposedly from your accounts team with new bank details. Please call"
    " me before we pay anything.",
    "Is this really from you? The sender address is not one we know.",
    "Ist diese E-Mail echt? Die Rechnungsnummer kennen wir nicht.",
    "Nous avons reçu un e-mail soi-disant de votre service comptable, est-ce authentique ?",
    "Recibimos un correo supuestamente de ustedes con otra cuenta bancaria, ¿es legítimo?",
    "Is deze mail wel echt? We kennen dit factuurnummer niet.",
    "Abbiamo ricevuto una mail sospetta con nuove coordinate bancarie, è autentica?",
]


@pytest.mark.parametrize("body", DOUBTS)
def test_a_doubt_that_the_reminder_is_genuine_is_for_a_person(body: str) -> None:
    assert verdict(body).intent is OTHER


def test_an_honest_really_is_no_doubt() -> None:
    assert verdict("Das ist echt ärgerlich, wir zahlen am Freitag.").intent is PROMISE


# French passive future: "sera fait / réalisé / transmis".
FRENCH_FUTURE = [
    "Le virement sera fait mardi prochain.",
    "Le paiement sera réalisé le 3 décembre.",
    "L'ordre de virement sera transmis à notre banque vendredi.",
]


@pytest.mark.parametrize("body", FRENCH_FUTURE)
def test_the_french_passive_future_is_a_promise(body: str) -> None:
    assert verdict(body, subject="RE: Facture INV-2026-0412").intent is PROMISE


# Swiss German spelling: "Rächnig", "schicke", "gaht ... use".
SWISS = [
    ("Chönd Sie mir d Rächnig bitte nomal schicke?", REQUEST),
    ("Mir händ kei Rechnig becho, chönd Sie die no schicke?", REQUEST),
    ("D Zahlig gaht am Friitig use.", PROMISE),
    ("Das gaht nächscht Wuche use, merci für d Geduld.", PROMISE),
]


@pytest.mark.parametrize(("body", "intent"), SWISS)
def test_swiss_german_spelling(body: str, intent: Intent) -> None:
    assert verdict(body, subject="AW: Rechnung INV-2026-0412").intent is intent


# The payment seen from the creditor's side, a bare weekday, a named day's batch of payments.
ENGLISH_PROMISES = [
    "Our controller will push the payment through on Tuesday.",
    "It's approved, you should see the funds on the 2nd.",
    "The transfer will be in your account by Thursday.",
    "It's on the list for Wednesday's payments.",
    "We can pay it Friday.",
]


@pytest.mark.parametrize("body", ENGLISH_PROMISES)
def test_an_english_promise_in_other_words(body: str) -> None:
    assert verdict(body).intent is PROMISE


# What a bill is for, a document the creditor may have, paperwork sent over.
ENGLISH_REQUESTS = [
    "Which invoice is this one for? Nothing matches on our side.",
    "Could you tell me what these charges relate to?",
    "Do you have a copy of the signed delivery docket?",
    "Can you send over the paperwork for this order?",
]


@pytest.mark.parametrize("body", ENGLISH_REQUESTS)
def test_an_english_request_in_other_words(body: str) -> None:
    assert verdict(body).intent is REQUEST


def test_and_with_its_own_subject_ends_the_reach_of_a_not() -> None:
    body = "We don't know your company and we are wary of phishing, so we'll call first."
    assert verdict(body).intent is OTHER


def test_a_swiss_month_end_is_the_promised_day() -> None:
    result = verdict("D Rächnig gaht bis Ände Monet use.", subject="AW: Rechnung INV-2026-0412")
    assert result.intent is PROMISE
    assert result.facts.date == date(2026, 11, 30)
