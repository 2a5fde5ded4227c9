"""classify on payments said by their means, promises said in the present, and absences said
in few words.

"Done via iDEAL", "per Online-Banking gemacht", "lo hicimos por SPEI": the deed and its means
say the money moved. A present that names a day to come promises ("le virement part vendredi",
"pago la settimana prossima"). A past written without its accent ("ya lo pague") is still a
past. An emoji ends a sentence; a German "doch" or a Dutch "toch" before a question mark asserts
unless the sentence ends in doubt. A first-person absence in German ("bin krankgeschrieben",
"bin bis Freitag auf Montage") is an absence, a colleague away ("er ist auf Montage") is not.
Every sentence is written for this test; near misses keep their own intent.
"""

from __future__ import annotations

import pytest
from test_classify_families import assert_reads

from daemon.core.verdict import Intent

PAID, PROMISE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY
DISPUTE, PLAN = Intent.DISPUTE, Intent.PAYMENT_PLAN
REQUEST, AUTO = Intent.INVOICE_REQUEST, Intent.AUTO_REPLY
UNSUBSCRIBE, OTHER = Intent.UNSUBSCRIBE, Intent.OTHER

ROWS: list[tuple[str, str, Intent]] = [
    # the deed done, the means named
    ("en", "Sent via BACS on Monday, reference HX-77.", PAID),
    ("en", "Our bookkeeper wired the entire balance this morning.", PAID),
    ("en", "My wife put a cheque in the post yesterday.", PAID),
    ("de", "Hab das am Montag per Online-Banking erledigt.", PAID),
    ("nl", "Gisteravond via Tikkie gedaan, zie je het?", PAID),
    ("nl", "Op 4/12 overgemaakt, met het factuurnummer erbij.", PAID),
    ("es", "Lo hicimos el jueves por transferencia, folio 55120.", PAID),
    ("es", "ya le deposite el martes en el banco", PAID),
    ("es", "La factura salió en la remesa de pagos del día 3.", PAID),
    ("it", "gia pagato ieri con il bonifico, controllate", PAID),
    ("it", "L'abbiamo fatta con la carta sul vostro portale martedì.", PAID),
    ("it", "Il pagamento c'è già stato la settimana scorsa.", PAID),
    # an emoji ends a sentence; "doch" and "toch" assert
    ("nl", "Maandag al via de bank betaald 🙂 bewijs nodig?", PAID),
    ("de", "Das hab ich doch letzte Woche überwiesen?", PAID),
    # a present naming a day to come
    ("fr", "Le virement part lundi avec les autres fournisseurs.", PROMISE),
    ("fr", "Je vous envoie le chèque en fin de semaine.", PROMISE),
    ("it", "Pago la settimana prossima, promesso.", PROMISE),
    ("it", "Metto il bonifico in pagamento per venerdì.", PROMISE),
    ("es", "A fin de mes queda pagado todo.", PROMISE),
    ("nl", "Hij gaat na de kerstdagen als eerste de deur uit.", PROMISE),
    ("nl", "Ik zet hem klaar voor de betaalrun van vrijdag.", PROMISE),
    ("nl", "Wij zullen deze factuur uiterlijk de 20e voldoen.", PROMISE),
    ("en", "It'll be in the batch that goes on the 15th.", PROMISE),
    ("en", "Booked for Thu 10/12, you'll see it then.", PROMISE),
    ("en", "Released to next week's payment run.", PROMISE),
    ("en", "Acme Ltd has scheduled a payment to you for Monday.", PROMISE),
    ("fr", "Vous serez payés dès que la vente du fonds de commerce sera signée.", PROMISE),
    # a reduced amount offered, a little time asked
    ("de", "Wäre ein Nachlass drin? Sagen wir 1.800 statt 2.200 und wir zahlen sofort.", PLAN),
    ("de", "brauch noch ein bisschen zeit, das geld ist grad knapp", PLAN),
    # an invoice to be made out again
    ("de", "Die Rechnung muss auf die GmbH lauten, bitte neu ausstellen.", REQUEST),
    ("nl", "Kunt u de factuur aanpassen en opnieuw sturen?", REQUEST),
    ("fr", "Il nous faudrait une version en français de la facture.", REQUEST),
    ("it", "È intestata a me e non alla ditta, me la rifate?", REQUEST),
    ("en", "Is there a version of the invoice with our PO on it?", REQUEST),
    # a first-person absence in few words
    ("de", "Bin bis 12.01. auf Messe, danach wieder erreichbar.", AUTO),
    ("de", "Ich bin krankgeschrieben und ab Montag wieder da.", AUTO),
    ("en", "I am on compassionate leave until 4 January.", AUTO),
    ("nl", "Ik ben met verlof tot maart. Voor facturen kunt u mailen naar Els.", AUTO),
    # a misspelt stop still stops
    ("en", "STOP EMAILNG ME, we paid this already.", UNSUBSCRIBE),
]

NEAR_MISSES: list[tuple[str, str, Intent]] = [
    # "Sent from my phone" is a signature, not a payment
    ("en", "Will pay Friday.\n\nSent via my mobile", PROMISE),
    # a doubt is no claim
    ("nl", "Volgens mij hebben we die toch al betaald of niet?", OTHER),
    ("en", "I thought we paid this?", OTHER),
    # a colleague away, spoken to, is a person's message
    (
        "de",
        "Mein Chef ist bis Freitag auf Montage, ich spreche ihn an, sobald er zurück ist.",
        OTHER,
    ),
    # the sender's own bank changed is no fraud warning; the promise stands
    ("fr", "Nous avons changé de banque, le virement partira lundi.", PROMISE),
    # stop dunning for a credited invoice is no unsubscribe
    (
        "fr",
        "Facture annulée par votre avoir, merci de ne plus nous relancer pour ce montant.",
        DISPUTE,
    ),
    # the price contested stays a dispute
    ("de", "Sie haben 12 statt 10 Stunden abgerechnet.", DISPUTE),
    # the post's "give it a few more days" asks for no time
    ("en", "The cheque went out Friday, please give it a few more days before chasing.", PAID),
]

READINGS = [(row, at % 2 == 1) for at, row in enumerate(ROWS + NEAR_MISSES)]


@pytest.mark.parametrize(("index", "reading"), list(enumerate(READINGS)))
def test_reads(index: int, reading: tuple[tuple[str, str, Intent], bool]) -> None:
    row, quoted = reading
    assert_reads(row, index, quoted=quoted)
