"""classify on the families of the corpora measured as they came in after holdout145.

Each family in sentences written for this test: a question whether a payment of a named day did
not arrive says the payment was made; a board ("notre conseil d'administration") is no lawyer; a
holiday named after "na" is a day to pay on; an Italian present with a date ("pago il 15/04") is a
promise; more days or visits billed than worked, and "knock a day off", contest the bill; a copy
asked for the books named the sentence before does not outweigh a payment; a solicitor's "direct
all correspondence to the writer" and "do not contact him directly" stop the reminders; a time of
the day one is reachable is no absence; "bewusst nicht bezahlt" and rework asked for contest the
work; one who has passed our reminder to someone away is a person, and a reported "la facture
serait réglée fin de mois" a promise; a fraud the sender once fell for is no doubt about this
mail; "le délai de paiement" of the treasury asks for no time, nor "il resto a info@…"; a public
body's payment order gone to its treasury is paid; a quote for new work is no document asked for;
"I'll pass it on to whoever handles payments" names no other contact and promises nothing; a
report or a certificate is a document. From the six after those (holdout152 to holdout157):
"donc" inside a verb's words ("je ne réglerai donc pas") starts no clause; a deposit to be
refunded asks for no plan; English "cancelled" is no Italian "cancellate"; "su escrito de
reclamación" is our letter, not a complaint; correspondence "by post" stops the e-mails; a
payment set up "to go next Thursday" is a promise; one who was away, or who will look at this
invoice on return, is a person; "unserer Kanzlei" as a place is no lawyer; a date's dots do not
hide a transfer gone out; "één keer per maand" is a firm's routine; a report the board wants to
see first is a document; "your Mr Okafor brought it back" returns nothing; "quelques jours de
plus" that transfers take asks for no time; a plan with the sum agreed contests nothing; proof
attached outweighs "volgens mij"; "invoices are only paid once approved" is a rule, not a
payment. Near misses keep their own intent.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, WRONG = Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUB, AUTO, OTHER = Intent.UNSUBSCRIBE, Intent.AUTO_REPLY, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # a question after a payment of a named day
    ("es", "¿No os ha llegado el ingreso del martes? Lo hicimos por el total.", PAID),
    ("en", "Did you not receive our BACS payment of the 9th? It showed as sent here.", PAID),
    ("de", "Ist unsere Zahlung vom 12. bei Ihnen nicht eingegangen?", PAID),
    ("fr", "Vous n'avez pas reçu notre virement du 3 mars ?", PAID),
    ("nl", "Is onze betaling van maandag niet aangekomen?", PAID),
    ("it", "Non vi è arrivato il bonifico di venerdì?", PAID),
    # a board is no lawyer
    (
        "fr",
        "La facture a été payée le 4 février ; le retard venait de notre conseil"
        " d'administration, qui valide les dépenses.",
        PAID,
    ),
    # a holiday to pay after
    ("nl", "We maken het bedrag over na Pinksteren, de directeur moet nog tekenen.", PROMISE),
    # an Italian present with its day
    ("it", "Salve, pago il 20/06, mi scuso per il ritardo.", PROMISE),
    # more billed than worked
    (
        "en",
        "You've put four days on the invoice but the crew were there mon and tue only.",
        DISPUTE,
    ),
    ("en", "Knock the extra visit off and send it again please.", DISPUTE),
    ("en", "The fitters were only on site for one day, not the two you charged.", DISPUTE),
    # paid, and a copy for the books asked the sentence after
    (
        "it",
        "La fattura è stata pagata il 3 con bonifico. Per la nostra contabilità ci serve una"
        " copia con la partita IVA corretta. Potete rimandarcela?",
        PAID,
    ),
    (
        "en",
        "We paid this on the 2nd by bank transfer. For our accounts we need a copy showing our"
        " new address. Could you resend it?",
        PAID,
    ),
    # a solicitor's letter
    (
        "en",
        "We are instructed by Mrs Pell. Please direct any further correspondence to the"
        " writer and do not contact her directly.",
        UNSUB,
    ),
    # rework, a payment withheld on purpose
    (
        "de",
        "Wir haben die Rechnung bewusst nicht bezahlt, die Heizung läuft immer noch nicht.",
        DISPUTE,
    ),
    ("de", "Bitte vereinbaren Sie einen Termin zur Nachbesserung der Fugen.", DISPUTE),
    # a colleague passed it to someone away, who promised
    (
        "fr",
        "Madame Roux est en congé jusqu'à lundi, je lui ai transmis votre message. Elle m'a"
        " assuré que la facture serait payée à la fin du mois.",
        PROMISE,
    ),
    # a public body's payment order gone to the treasury
    (
        "fr",
        "Le mandat de paiement a été émis le 2 mai et transmis au comptable public.",
        PAID,
    ),
    # a report asked for before signing off
    (
        "en",
        "Could you email the inspection report? Our trustees want it before they approve.",
        REQUEST,
    ),
    # (holdout152 to holdout157)
    ("fr", "Vous m'avez facturé un stage annulé. Je ne réglerai donc pas cette facture.", DISPUTE),
    ("en", "Please send any further correspondence about this account by post.", UNSUB),
    ("en", "I've set the payment up in the bank to go next Thursday.", PROMISE),
    ("en", "Sorry, I was out of the office all last week. It will be paid this Friday.", PROMISE),
    ("de", "Laut Kontoauszug ist am 18.06. eine Überweisung über 1.356,00 € rausgegangen.", PAID),
    ("nl", "Deze factuur gaat mee in de betaalronde; we betalen één keer per maand.", PROMISE),
    (
        "en",
        "Paid by cheque on Monday. Since your Mr Hale brought it back from the workshop the"
        " piano sounds lovely.",
        PAID,
    ),
    (
        "fr",
        "Réglée par virement le 30/07 ; les virements vers l'étranger prennent quelques jours"
        " de plus.",
        PAID,
    ),
    (
        "nl",
        "Het bedrag klopt, de verbouwing loopt nog steeds niet op schema, maar kunnen we het in"
        " twee keer betalen, de helft nu en de rest in oktober?",
        PLAN,
    ),
    (
        "nl",
        "Is dit niet al betaald? Volgens mij wel, op 28 juli. Het betaalbewijs zit in de bijlage.",
        PAID,
    ),
    ("de", "Bitte schicken Sie alles nur noch mit der Post.", UNSUB),
]

NEAR_MISSES: list[tuple[str, str, Intent]] = [
    # asked whether we paid: a person looks
    ("en", "Did we not pay this one already?", OTHER),
    # our lawyer all the same
    ("fr", "Merci de vous adresser désormais à notre conseil, Maître Vidal.", UNSUB),
    # a day off to take, not one billed
    ("en", "I'll take a day off next week and pay it then.", PROMISE),
    # reachable at a time: asks for a call
    ("de", "Rufen Sie mich bitte an, ich bin ab 16 Uhr erreichbar.", OTHER),
    # away until a day: an absence
    ("de", "Ich bin ab dem 14.04. wieder erreichbar.", AUTO),
    # a fraud feared now
    ("en", "Is this a fake invoice? We have never dealt with you.", OTHER),
    # time asked for, in so many words
    ("fr", "Nous sollicitons un délai de paiement de deux mois.", PLAN),
    # the rest later: a plan
    ("it", "Metà adesso e il resto a fine mese, se per voi va bene.", PLAN),
    # a quote asked for beside a payment: the payment
    (
        "fr",
        "Réglé par virement le 3 mai. Au passage, pouvez-vous nous envoyer un devis pour l'élagage"
        " du tilleul ?",
        PAID,
    ),
    # not my job, and no hand-on: the wrong contact
    ("it", "Non mi occupo io dei pagamenti, se ne occupa la signora Rossi.", WRONG),
    # forwarded by the sender: nothing to change
    ("en", "Thanks, I'll pass it on to whoever handles payments.", OTHER),
    ("it", "Ricevuto, lo giro a chi si occupa dei pagamenti.", OTHER),
    # a balance sent on a day is paid
    ("it", "Il saldo è partito venerdì con bonifico istantaneo.", PAID),
    # queued for payment once corrected: the papers come first, and nothing is handed on
    (
        "es",
        "La emitisteis sin nuestro CIF. En cuanto nos llegue corregida, la pasamos a pago.",
        REQUEST,
    ),
    # (holdout152 to holdout157)
    ("nl", "Kunnen we 200 euro per maand betalen?", PLAN),
    ("de", "Wenden Sie sich bitte an unsere Kanzlei.", UNSUB),
    ("en", "We brought the damaged frames back to your depot on Tuesday.", DISPUTE),
    ("es", "Les enviamos nuestra reclamación por el género dañado.", DISPUTE),
]


@pytest.mark.parametrize(("index", "row"), list(enumerate(ROWS)))
def test_family(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 1)


@pytest.mark.parametrize(("index", "row"), list(enumerate(NEAR_MISSES)))
def test_near_miss(index: int, row: tuple[str, str, Intent]) -> None:
    assert_reads(row, index, quoted=index % 2 == 0)
