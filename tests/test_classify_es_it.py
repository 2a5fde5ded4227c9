"""classify in Spanish and Italian: one table per language over every intent, on a fixed date.

The sentences are written for these tests (not taken from the corpus): tenses (pretérito
perfecto / indefinido / futuro / perífrasis; passato prossimo / futuro / presente for the near
future), formal and informal registers, Iberian and Latin-American usage, negation, conditions
and mixed intents. A dispute, an unsubscribe or a plan must never read as a payment or a promise.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.core.classify import classify
from daemon.core.mail_parse import parse_mail
from daemon.core.verdict import Intent, Verdict

TODAY = date(2026, 11, 20)  # a Friday
PAID, PROMISE, DISPUTE = Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY, Intent.DISPUTE
PLAN, REQUEST, WRONG = Intent.PAYMENT_PLAN, Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT
UNSUBSCRIBE, AUTO, OTHER = Intent.UNSUBSCRIBE, Intent.AUTO_REPLY, Intent.OTHER
_UNSAFE = {PAID, PROMISE}


def message(body: str, *, language: str, subject: str = "Re: Factura INV-2026-0042") -> bytes:
    """An RFC 5322 reply from a customer to our reminder, in UTF-8 plain text."""
    return (
        "From: Cliente <ap@cliente.example>\r\n"
        "To: ar@northwind-supply.example\r\n"
        f"Subject: {subject}\r\n"
        "Date: Fri, 20 Nov 2026 10:15:00 +0100\r\n"
        "Message-ID: <test-es-it@cliente.example>\r\n"
        "In-Reply-To: <REMINDER0000000000000@northwind-supply.example>\r\n"
        f"Content-Language: {language}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def read(body: str, language: str, **headers: str) -> Verdict:
    return classify(parse_mail(message(body, language=language, **headers)), today=TODAY)


SPANISH: list[tuple[str, Intent]] = [
    # payment_sent: perfecto, indefinido, passive, impersonal, "ya", remittance wording
    ("Les comunico que hemos abonado la factura esta mañana.", PAID),
    ("Ya te lo pagué ayer por la tarde, revisa tu cuenta.", PAID),
    ("La transferencia se realizó el martes pasado desde el BBVA.", PAID),
    ("El importe fue transferido el 16/11 con referencia TR-88412.", PAID),
    ("Ya está pagada, les adjunto el justificante.", PAID),
    ("Buenas, le hicimos el depósito por SPEI el lunes pasado.", PAID),
    ("Pago realizado. Disculpen la demora.", PAID),
    ("Hemos procedido al pago de la factura mediante transferencia SEPA.", PAID),
    ("Ya consignamos el valor total en su cuenta de Bancolombia.", PAID),
    ("Ya pagado.", PAID),
    # promise_to_pay: futuro, perífrasis, present with a day ahead, schedules
    ("Saldaremos la factura antes de fin de mes.", PROMISE),
    ("Vamos a transferir el importe el próximo martes.", PROMISE),
    ("Te lo deposito el lunes sin falta.", PROMISE),
    ("El pago está programado para el día 30.", PROMISE),
    ("Se abonará en la remesa del viernes 4 de diciembre.", PROMISE),
    ("Perdona el retraso, mañana hacemos la transferencia.", PROMISE),
    ("Tenemos previsto pagarla la semana que viene.", PROMISE),
    ("La factura quedará liquidada el 15 de diciembre.", PROMISE),
    ("Pagamos el día 10, te lo prometo.", PROMISE),
    ("Procederemos al pago en cuanto lo apruebe el gerente.", PROMISE),
    # dispute, including negation in front of a payment verb
    ("No hemos pagado todavía porque la mercancía llegó dañada.", DISPUTE),
    ("El importe facturado es incorrecto, el precio pactado era 12 € la unidad.", DISPUTE),
    ("Nos han cobrado dos veces el mismo servicio.", DISPUTE),
    ("El pedido nunca nos llegó, así que no vamos a pagar esta factura.", DISPUTE),
    ("Faltan piezas en la entrega y dos cajas venían rotas.", DISPUTE),
    ("No estamos de acuerdo con el cargo por transporte.", DISPUTE),
    ("Pagamos la INV-2026-0040, pero la 0042 no corresponde a nuestro pedido.", DISPUTE),
    ("Devolvimos el material la semana pasada, esperamos la nota de crédito.", DISPUTE),
    # payment_plan
    ("¿Sería posible pagarla en tres cuotas mensuales?", PLAN),
    ("Estamos con problemas de liquidez, necesitamos un poco más de tiempo.", PLAN),
    ("Podemos abonar la mitad ahora y el resto en enero.", PLAN),
    ("Solicitamos un aplazamiento de 30 días para esta factura.", PLAN),
    ("No podemos pagar la totalidad este mes, pero pagaremos una parte.", PLAN),
    # invoice_request
    ("¿Me pueden reenviar la factura en PDF? No la encuentro.", REQUEST),
    ("Necesitamos el número de orden de compra para poder tramitarla.", REQUEST),
    ("No tenemos constancia de esta factura, envíennos una copia por favor.", REQUEST),
    ("Para pagar necesito el CFDI y el XML, ¿me los mandan?", REQUEST),
    # wrong_contact
    ("Yo no me encargo de los pagos, escriban a tesoreria@cliente-nuevo.example.", WRONG),
    ("Carmen ya no trabaja en la empresa desde octubre.", WRONG),
    ("Creo que se han equivocado de persona, no somos clientes suyos.", WRONG),
    # unsubscribe, including with a payment claim
    ("Por favor, denme de baja de su lista de correos.", UNSUBSCRIBE),
    ("Dejen de escribirme, cualquier asunto por burofax a nuestro abogado.", UNSUBSCRIBE),
    ("Ya lo pagamos hace semanas. No me sigan mandando recordatorios.", UNSUBSCRIBE),
    # auto_reply and other
    ("Estoy fuera de la oficina hasta el 30 de noviembre con acceso limitado al correo.", AUTO),
    ("Gracias por el aviso, lo reviso y les comento.", OTHER),
    ("Si ya hemos pagado, disculpen las molestias.", OTHER),
    ("Todavía no hemos pagado esta factura.", OTHER),
    # mixed intents and scope: a plan or a dispute outranks the money words beside it
    ("Transferimos 500 euros hoy y el resto el mes que viene.", PLAN),
    ("Les abonaremos 1.000 € al mes hasta saldar la deuda.", PLAN),
    ("Les transferimos solo 800 € porque dos unidades llegaron defectuosas.", DISPUTE),
    ("No pagaremos una factura por un trabajo que no se terminó.", DISPUTE),
    ("Pagaremos solo cuando nos llegue el material que falta.", DISPUTE),
    ("Si nos envían la factura corregida, la pagamos enseguida.", REQUEST),
    ("Cuando hagamos el pago se lo confirmaremos.", OTHER),
    ("Mediante la presente les informamos que se ha ordenado la transferencia.", PAID),
    ("Estimados, el pago de la fra. INV-2026-0042 se efectuó el 17 de noviembre.", PAID),
    ("Estamos esperando la aprobación del director y luego la pagamos.", PROMISE),
    ("Nos facturaron 40 horas cuando fueron 25.", DISPUTE),
]

ITALIAN: list[tuple[str, Intent]] = [
    # payment_sent: passato prossimo, passive, "già", remittance wording
    ("Vi confermo che abbiamo saldato la fattura stamattina.", PAID),
    ("Ho fatto il bonifico ieri sera dalla banca online.", PAID),
    ("Il pagamento è stato disposto il 17/11, CRO 0303 1234 5678.", PAID),
    ("La fattura risulta già pagata da noi.", PAID),
    ("Già saldato, trovate la contabile in allegato.", PAID),
    ("Il bonifico è partito martedì scorso.", PAID),
    ("Abbiamo provveduto al pagamento tramite RiBa.", PAID),
    ("Già pagato.", PAID),
    # promise_to_pay: futuro, passive future, present for the near future, schedules
    ("Salderemo entro fine mese, scusate il ritardo.", PROMISE),
    ("Il bonifico verrà effettuato lunedì prossimo.", PROMISE),
    ("Paghiamo il 15 come d'accordo.", PROMISE),
    ("La fattura è stata messa in pagamento per il 30 novembre.", PROMISE),
    ("Provvederemo al saldo con la prossima distinta.", PROMISE),
    ("Faccio il bonifico domani mattina, promesso.", PROMISE),
    ("Contiamo di pagare la prossima settimana.", PROMISE),
    ("La pago venerdì senza fallo.", PROMISE),
    ("Sarà saldata entro il 10 dicembre.", PROMISE),
    # dispute, including negation in front of a payment verb
    ("Non abbiamo ancora pagato perché la merce è arrivata danneggiata.", DISPUTE),
    ("Contestiamo la fattura: il prezzo unitario non corrisponde all'offerta.", DISPUTE),
    ("Ci avete fatturato due volte la stessa consegna.", DISPUTE),
    ("L'intervento tecnico non è mai stato eseguito.", DISPUTE),
    ("Non pagheremo finché non riceviamo la nota di credito.", DISPUTE),
    ("Mancano tre colli e due articoli sono difettosi.", DISPUTE),
    ("Non abbiamo mai ordinato questo materiale.", DISPUTE),
    ("Abbiamo pagato la 0040, ma la 0042 è sbagliata nell'importo.", DISPUTE),
    # payment_plan
    ("Possiamo pagare in tre rate mensili?", PLAN),
    ("Siamo in difficoltà di liquidità, ci servirebbe una proroga di 30 giorni.", PLAN),
    ("Vi versiamo un acconto adesso e il resto entro gennaio.", PLAN),
    ("Chiediamo una dilazione del pagamento fino a febbraio.", PLAN),
    ("Non riusciamo a pagare tutto subito, è un periodo nero.", PLAN),
    # invoice_request
    ("Potete rimandarci la fattura in formato PDF?", REQUEST),
    ("La fattura non ci risulta pervenuta sul cassetto fiscale.", REQUEST),
    ("Per procedere ci serve il numero d'ordine e il DDT.", REQUEST),
    ("Non abbiamo mai ricevuto la fattura, inviatecene una copia.", REQUEST),
    # wrong_contact
    ("Non mi occupo io della contabilità, scrivete a amministrazione@cliente.example.", WRONG),
    ("Il sig. Bianchi non lavora più con noi.", WRONG),
    ("Avete sbagliato destinatario, non siamo vostri clienti.", WRONG),
    # unsubscribe, including with a payment claim
    ("Vi prego di rimuovere il mio indirizzo dalla vostra lista.", UNSUBSCRIBE),
    ("Smettetela di mandarmi questi solleciti.", UNSUBSCRIBE),
    ("D'ora in poi ogni comunicazione solo per raccomandata al nostro avvocato.", UNSUBSCRIBE),
    ("Abbiamo già pagato. Non scriveteci più.", UNSUBSCRIBE),
    # auto_reply and other
    ("Sono fuori ufficio fino al 27 novembre, rientrerò lunedì 30.", AUTO),
    ("Grazie, verifico con l'amministrazione e vi faccio sapere.", OTHER),
    ("Se abbiamo già pagato, ignorate pure.", OTHER),
    ("Non abbiamo ancora pagato.", OTHER),
    # mixed intents and scope: a plan or a dispute outranks the money words beside it
    ("Vi paghiamo 500 euro al mese fino a estinzione del debito.", PLAN),
    ("Riusciamo a pagare solo metà adesso, il resto a gennaio.", PLAN),
    ("Abbiamo pagato solo una parte perché due pezzi erano rotti.", DISPUTE),
    ("La fornitura non è stata completata, quindi non pagheremo.", DISPUTE),
    ("Ho già pagato tutto, cancellate il mio indirizzo email.", UNSUBSCRIBE),
    ("Quando pagheremo vi avviseremo.", OTHER),
    ("Vi comunichiamo di aver disposto il pagamento in data odierna.", PAID),
    ("Dovremmo riuscire a pagare entro venerdì.", PROMISE),
    ("Vi confermiamo l'avvenuto pagamento.", PAID),
    ("Ci sono due righe fatturate per errore.", DISPUTE),
    ("Manca il codice CIG, senza non possiamo pagare.", REQUEST),
]


@pytest.mark.parametrize(("body", "intent"), SPANISH)
def test_spanish(body: str, intent: Intent) -> None:
    result = read(body, "es")
    assert result.intent is intent, result.reasons


@pytest.mark.parametrize(("body", "intent"), ITALIAN)
def test_italian(body: str, intent: Intent) -> None:
    result = read(body, "it", subject="Re: Fattura INV-2026-0042")
    assert result.intent is intent, result.reasons


def test_tables_are_large_and_cover_every_intent() -> None:
    for table in (SPANISH, ITALIAN):
        assert len(table) >= 40
        assert {intent for _, intent in table} == set(Intent) - {Intent.BOUNCE}


@pytest.mark.parametrize(
    ("body", "language"),
    [(body, "es") for body, intent in SPANISH if intent in (DISPUTE, UNSUBSCRIBE, PLAN)]
    + [(body, "it") for body, intent in ITALIAN if intent in (DISPUTE, UNSUBSCRIBE, PLAN)],
)
def test_no_contested_reply_reads_as_money(body: str, language: str) -> None:
    """The safety rule: a dispute, an unsubscribe or a plan is never a payment or a promise."""
    assert read(body, language).intent not in _UNSAFE


@pytest.mark.parametrize(
    ("body", "language", "intent", "day"),
    [
        ("Pagamos el viernes pasado.", "es", PAID, date(2026, 11, 13)),
        ("Pagaremos el viernes.", "es", PROMISE, date(2026, 11, 27)),
        ("Abbiamo pagato ieri.", "it", PAID, date(2026, 11, 19)),
        ("Pagheremo lunedì.", "it", PROMISE, date(2026, 11, 23)),
    ],
)
def test_tense_sets_intent_and_date(body: str, language: str, intent: Intent, day: date) -> None:
    result = read(body, language)
    assert (result.intent, result.facts.date) == (intent, day), result.reasons


@pytest.mark.parametrize(
    ("body", "intent", "day"),
    [
        # "-amos" / "-imos" is present and preterite at once: a day to come makes it a promise.
        ("Se la liquidamos a principios de diciembre, ahora mismo no llegamos.", PROMISE, None),
        ("Os lo ingresamos el viernes que viene.", PROMISE, date(2026, 11, 27)),
        ("Lo transferimos el 2 de diciembre.", PROMISE, date(2026, 12, 2)),
        # The same form with a day gone by, or with "ya" / "hemos", is a payment made.
        ("Lo liquidamos el 16 de noviembre por transferencia.", PAID, date(2026, 11, 16)),
        ("Ya lo transferimos el martes.", PAID, date(2026, 11, 17)),
    ],
)
def test_spanish_present_with_a_day_to_come_promises(body: str, intent: Intent, day: date) -> None:
    verdict = classify(parse_mail(message(body, language="es")), today=TODAY)
    assert verdict.intent is intent, verdict.reasons
    if day is not None:
        assert verdict.facts.date == day


def test_spanish_going_to_pay_stays_a_promise_beside_ya() -> None:
    body = "Ya vamos a pagarla el lunes, perdone el retraso."
    verdict = classify(parse_mail(message(body, language="es")), today=TODAY)
    assert verdict.intent is PROMISE, verdict.reasons
