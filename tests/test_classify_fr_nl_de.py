"""classify in French, Dutch and German: one table per language on a fixed date.

The sentences are written for this test (not taken from the corpus): each tense, negation,
condition and mixed-intent case an AP clerk writes, in several registers and regional variants.
A dispute, unsubscribe or payment-plan reply must never read as a payment or a promise.
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
UNSUB, OTHER, AUTO = Intent.UNSUBSCRIBE, Intent.OTHER, Intent.AUTO_REPLY


def verdict(body: str, *, subject: str = "Re: INV-2026-0412", headers: str = "") -> Verdict:
    """`body` as the new text of an RFC 5322 reply to our reminder, classified on `TODAY`."""
    raw = (
        "From: Client <compta@client.example>\r\nTo: ar@northwind-supply.example\r\n"
        f"Subject: {subject}\r\nDate: Fri, 20 Nov 2026 10:00:00 +0100\r\n"
        "Message-ID: <reply-1@client.example>\r\nIn-Reply-To: <reminder-1@northwind.example>\r\n"
        f"{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
    return classify(parse_mail(raw.encode()), today=TODAY)


FRENCH = [
    ("Bonjour, nous avons réglé la facture par virement le 18 novembre.", PAID),
    ("Le virement a été émis ce matin, référence VIR-2026-5531.", PAID),
    ("La facture est soldée depuis le 12/11.", PAID),
    ("Je vous ai envoyé un chèque de 450 € lundi dernier.", PAID),
    ("Déjà payé !", PAID),
    ("C'est réglé depuis hier, vous trouverez l'avis de virement en pièce jointe.", PAID),
    ("Le montant a été prélevé sur notre compte le 19/11.", PAID),
    ("Cette facture a été acquittée par carte bancaire.", PAID),
    ("Nous allons régler cette facture la semaine prochaine.", PROMISE),
    ("Le paiement sera effectué à l'échéance du 30 novembre.", PROMISE),
    ("Je ferai le virement vendredi.", PROMISE),
    ("Votre facture est validée et sera mise en paiement le 5 décembre.", PROMISE),
    ("Le règlement interviendra d'ici la fin du mois.", PROMISE),
    ("On vous règle ça mardi sans faute.", PROMISE),
    ("Si tout va bien, nous paierons lundi.", PROMISE),
    ("Nous n'avons pas payé car la marchandise est arrivée endommagée.", DISPUTE),
    ("Le prix unitaire ne correspond pas au devis accepté.", DISPUTE),
    ("Nous contestons cette facture : les travaux ne sont toujours pas terminés.", DISPUTE),
    ("Nous n'avons jamais reçu les pièces commandées.", DISPUTE),
    ("Vous nous avez facturé deux fois la même livraison.", DISPUTE),
    ("Nous attendons toujours l'avoir promis pour les articles retournés.", DISPUTE),
    ("Nous ne réglerons pas cette facture, la prestation n'a jamais été réalisée.", DISPUTE),
    ("Nous avons payé la facture 0398 mais la 0399 est erronée.", DISPUTE),
    ("Serait-il possible de payer en quatre mensualités ?", PLAN),
    ("Pourriez-vous nous accorder un délai supplémentaire de deux mois ?", PLAN),
    ("Nous pouvons verser 300 € par mois à partir de janvier.", PLAN),
    ("Nous réglons la moitié maintenant et le solde en janvier, si vous êtes d'accord.", PLAN),
    ("Vu notre trésorerie, nous ne pouvons pas tout payer ce mois-ci.", PLAN),
    ("Pourriez-vous nous renvoyer la facture au format PDF ?", REQUEST),
    ("Merci d'indiquer notre numéro de bon de commande sur la facture.", REQUEST),
    ("Les factures doivent être déposées sur le portail Chorus Pro.", REQUEST),
    ("Nous n'avons jamais reçu cette facture.", REQUEST),
    ("Je ne suis pas la bonne personne, merci d'écrire à compta@autre.example.", WRONG),
    ("Madame Leroy a quitté l'entreprise en octobre.", WRONG),
    ("Je ne m'occupe plus des factures fournisseurs.", WRONG),
    ("Nous n'avons jamais été clients chez vous.", WRONG),
    ("Merci de ne plus m'écrire à cette adresse.", UNSUB),
    ("Retirez-moi de votre liste de diffusion.", UNSUB),
    ("Ce dossier est désormais entre les mains de notre avocat.", UNSUB),
    ("Je ne souhaite plus recevoir vos relances par courriel.", UNSUB),
    ("Nous avons payé. Cessez de nous envoyer ces rappels.", UNSUB),
    ("Merci pour votre message, bonne journée.", OTHER),
    ("Pouvez-vous me donner vos horaires d'ouverture en décembre ?", OTHER),
]

DUTCH = [
    ("Wij hebben de factuur gisteren overgemaakt.", PAID),
    ("Het bedrag is op 18 november voldaan.", PAID),
    ("Al betaald hoor!", PAID),
    ("Ik heb het openstaande bedrag net overgeboekt.", PAID),
    ("De overschrijving werd uitgevoerd op 19/11.", PAID),
    ("Factuur betaald via iDEAL, zie bijgaand betaalbewijs.", PAID),
    ("De betaling is vorige week de deur uit gegaan.", PAID),
    ("Wij zullen de factuur volgende week betalen.", PROMISE),
    ("Ik maak het bedrag morgen over.", PROMISE),
    ("De factuur wordt op 4 december voldaan.", PROMISE),
    ("We gaan het eind van de maand overmaken.", PROMISE),
    ("De betaling staat ingepland voor vrijdag.", PROMISE),
    ("Zodra de directeur tekent, betalen we uiterlijk dinsdag.", PROMISE),
    ("De factuur gaat mee in de eerstvolgende betaalrun.", PROMISE),
    ("Wij hebben niet betaald omdat de levering beschadigd was.", DISPUTE),
    ("Het gefactureerde bedrag klopt niet met de offerte.", DISPUTE),
    ("De bestelde onderdelen zijn nooit aangekomen.", DISPUTE),
    ("Wij betwisten deze factuur.", DISPUTE),
    ("U heeft ons dubbel gefactureerd voor dezelfde levering.", DISPUTE),
    ("Wij wachten nog op de creditnota voor de geretourneerde artikelen.", DISPUTE),
    ("Er zijn slechts 18 van de 25 dozen geleverd.", DISPUTE),
    ("Deze factuur betalen wij niet, de werkzaamheden zijn niet afgerond.", DISPUTE),
    ("Kunnen wij een betalingsregeling treffen?", PLAN),
    ("Is het mogelijk om in drie termijnen te betalen?", PLAN),
    ("Wij vragen twee maanden uitstel van betaling.", PLAN),
    ("Ik kan 150 euro per maand afbetalen.", PLAN),
    ("We betalen nu de helft en de rest in januari.", PLAN),
    ("Door financiële problemen kunnen we niet alles in één keer voldoen.", PLAN),
    ("Kunt u ons een kopie van de factuur sturen?", REQUEST),
    ("Wij hebben nooit een factuur ontvangen.", REQUEST),
    ("Graag een gecorrigeerde factuur met ons inkoopordernummer.", REQUEST),
    ("Facturen ontvangen wij voortaan alleen via Peppol.", REQUEST),
    ("Zonder ordernummer kunnen wij de factuur niet verwerken.", REQUEST),
    ("U heeft het verkeerde e-mailadres, wij kennen uw bedrijf niet.", WRONG),
    ("Mevrouw De Vries is niet meer werkzaam bij ons bedrijf.", WRONG),
    ("Daar ga ik niet over, stuur het naar administratie@klant.example.", WRONG),
    ("Wij zijn nooit klant bij u geweest.", WRONG),
    ("Graag afmelden voor deze e-mails.", UNSUB),
    ("Ik wil geen herinneringen meer ontvangen.", UNSUB),
    ("Dit dossier ligt bij onze advocaat.", UNSUB),
    ("Verwijder mij uit uw mailinglijst, de factuur is al betaald.", UNSUB),
    ("Bedankt voor uw bericht.", OTHER),
    ("Zijn jullie open tussen kerst en oud en nieuw?", OTHER),
]

GERMAN = [
    ("Wir haben die Rechnung am 18.11. überwiesen.", PAID),
    ("Der Betrag wurde gestern angewiesen.", PAID),
    ("Die Zahlung ist bereits erfolgt, Valuta 19.11.2026.", PAID),
    ("Bezahlt!", PAID),
    ("Die Überweisung ging letzte Woche raus.", PAID),
    ("Rechnung beglichen am 17.11., Beleg anbei.", PAID),
    ("Wir überwiesen den Betrag bereits am Montag.", PAID),
    ("Der Betrag wurde per Lastschrift eingezogen.", PAID),
    ("Ich habe die Zahlung heute veranlasst.", PAID),
    ("Wir werden den offenen Betrag nächste Woche überweisen.", PROMISE),
    ("Die Rechnung wird mit dem nächsten Zahlungslauf beglichen.", PROMISE),
    ("Wir zahlen bis Ende des Monats.", PROMISE),
    ("Den Betrag überweisen wir am Donnerstag.", PROMISE),
    ("Die Rechnung ist zur Zahlung freigegeben und wird am 4.12. ausgeführt.", PROMISE),
    ("Die Zahlung erfolgt spätestens zum 15.12.", PROMISE),
    ("Sobald die Freigabe da ist, überweisen wir noch diese Woche.", PROMISE),
    ("Wir haben nicht bezahlt, weil die Ware beschädigt ankam.", DISPUTE),
    ("Der berechnete Preis entspricht nicht dem Angebot.", DISPUTE),
    ("Die bestellten Teile sind bis heute nicht bei uns eingetroffen.", DISPUTE),
    ("Wir widersprechen dieser Rechnung.", DISPUTE),
    ("Die Montage wurde doppelt berechnet.", DISPUTE),
    ("Wir warten noch auf die Gutschrift für die Retoure.", DISPUTE),
    ("Es wurden nur 40 statt 50 Stück geliefert.", DISPUTE),
    ("Rechnung 0398 ist bezahlt, die 0399 ist aber falsch berechnet.", DISPUTE),
    ("Wäre eine Zahlung in drei Monatsraten möglich?", PLAN),
    ("Wir bitten um Stundung bis Ende Januar.", PLAN),
    ("Können wir die Hälfte jetzt und den Rest im Februar zahlen?", PLAN),
    ("Wegen eines Liquiditätsengpasses können wir derzeit nicht den vollen Betrag zahlen.", PLAN),
    ("Könnten Sie uns das Zahlungsziel um 30 Tage verlängern?", PLAN),
    ("Bitte senden Sie uns die Rechnung erneut als PDF.", REQUEST),
    ("Die Rechnung liegt uns leider nicht vor.", REQUEST),
    ("Ohne Bestellnummer können wir die Rechnung nicht buchen.", REQUEST),
    ("Bitte laden Sie die Rechnung in unser Lieferantenportal hoch.", REQUEST),
    ("Wie lautet Ihre IBAN?", REQUEST),
    ("Dafür bin ich nicht zuständig, bitte wenden Sie sich an buchhaltung@kunde.example.", WRONG),
    ("Herr Maier ist nicht mehr in unserem Unternehmen tätig.", WRONG),
    ("Sie haben die falsche E-Mail-Adresse erwischt.", WRONG),
    ("Wir sind kein Kunde von Ihnen, hier muss eine Verwechslung vorliegen.", WRONG),
    ("Bitte nehmen Sie meine Adresse aus Ihrem Verteiler.", UNSUB),
    ("Ich möchte keine E-Mails mehr von Ihnen erhalten.", UNSUB),
    ("Die Angelegenheit liegt bei unserer Anwaltskanzlei.", UNSUB),
    ("Schreiben Sie uns künftig nur noch per Post.", UNSUB),
    ("Vielen Dank für die Info.", OTHER),
    ("Haben Sie zwischen den Jahren geöffnet?", OTHER),
]


@pytest.mark.parametrize(("body", "intent"), FRENCH)
def test_french(body: str, intent: Intent) -> None:
    assert verdict(body, subject="RE : Rappel facture INV-2026-0412").intent is intent


@pytest.mark.parametrize(("body", "intent"), DUTCH)
def test_dutch(body: str, intent: Intent) -> None:
    assert verdict(body, subject="Antw: Betalingsherinnering INV-2026-0412").intent is intent


@pytest.mark.parametrize(("body", "intent"), GERMAN)
def test_german(body: str, intent: Intent) -> None:
    assert verdict(body, subject="AW: Zahlungserinnerung INV-2026-0412").intent is intent


# Replies that mix a payment word with a refusal, a plan or an opt-out: whatever else they are,
# they are never a payment made or promised.
NEVER_MONEY = [
    "Nous avons payé la première facture mais nous contestons la seconde.",
    "Nous paierons en trois fois à partir de janvier.",
    "Nous vous paierons dès que la marchandise endommagée aura été remplacée.",
    "Nous ne payerons pas tant que l'avoir n'est pas émis.",
    "Nous avons viré un acompte de 500 € aujourd'hui, le reste suivra en janvier.",
    "Wij hebben betaald, maar alleen voor de geleverde dozen; de rest betwisten wij.",
    "Wij zullen betalen zodra de beschadigde goederen vervangen zijn.",
    "Wij maken vandaag 200 euro over en de rest in twee termijnen.",
    "De factuur is betaald. Stop met het sturen van herinneringen.",
    "Wir haben bezahlt. Bitte schicken Sie keine Mahnungen mehr.",
    "Wir überweisen die erste Rate am 1. Dezember, den Rest in zwei Monatsraten.",
    "Wir werden erst zahlen, wenn die fehlenden Teile geliefert sind; bisher kam nur die Hälfte.",
    "Den Differenzbetrag zahlen wir nicht, der Rest ist überwiesen.",
    "Wir zahlen nicht, solange die Mängel nicht behoben sind.",
    "Nous avons déjà payé cette facture en octobre, vous nous la facturez une deuxième fois.",
    "We hebben vandaag 500 euro overgemaakt, de rest volgt in januari.",
    "Wir haben heute 1.000 EUR angewiesen, den Rest zahlen wir in zwei Raten.",
    "We zullen pas betalen als de kapotte onderdelen vervangen zijn.",
    "Wir werden die Rechnung erst begleichen, wenn die Mängel behoben sind.",
]


@pytest.mark.parametrize("body", NEVER_MONEY)
def test_disputes_plans_and_opt_outs_are_never_money(body: str) -> None:
    assert verdict(body).intent not in (PAID, PROMISE)


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Wir haben noch nicht bezahlt.", OTHER),  # negated past: no claim
        ("Falls die Zahlung noch nicht eingegangen ist, melden Sie sich bitte.", OTHER),
        ("Wij hebben het nog niet overgemaakt.", OTHER),
        ("Nous n'avons pas encore réglé cette facture.", OTHER),
        ("Si le virement n'est pas arrivé, dites-le-nous.", OTHER),
        ("Als de betaling niet is aangekomen, laat het ons weten.", OTHER),
    ],
)
def test_negated_or_conditional_payment_is_no_payment(body: str, intent: Intent) -> None:
    assert verdict(body).intent is intent


@pytest.mark.parametrize(
    ("subject", "body", "intent"),
    [
        (
            "Abwesenheitsnotiz",
            "Ich bin bis zum 30.11. im Urlaub und danach wieder erreichbar.",
            AUTO,
        ),
        ("Réponse automatique", "Je suis absente jusqu'au 2 décembre inclus.", AUTO),
        ("Automatisch antwoord", "Ik ben met vakantie tot en met 1 december.", AUTO),
        (
            "Automatisch antwoord: INV-2026-0412",
            "Deze mailbox wordt niet meer gelezen. Mail voortaan naar ap@nieuw.example.",
            WRONG,
        ),
        (
            "Réponse automatique : INV-2026-0412",
            "Cette adresse n'est plus consultée, écrivez à factures@nouveau.example.",
            WRONG,
        ),
    ],
)
def test_automatic_replies(subject: str, body: str, intent: Intent) -> None:
    headers = "Auto-Submitted: auto-replied\r\n"
    assert verdict(body, subject=subject, headers=headers).intent is intent
