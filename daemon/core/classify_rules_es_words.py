"""Spanish word families shared by the cues of `daemon.core.classify_rules_es`.

One job: regular-expression fragments for the Spanish lexicon (scope markers, verb families in
their tenses, the nouns a payment, a delivery or a document is named by), Iberian and Latin-American
usage alike. Data only; it must not search text or decide anything.
"""

from __future__ import annotations


def alt(*parts: str) -> str:
    """One alternation of regular-expression sources, each kept whole."""
    return "|".join(f"(?:{part})" for part in parts)


# "sin falta" and "sin problema" affirm; "non" guards Italian text read with this lexicon.
NEG = (
    r"\b(?:no|non|nunca|jamás|jamas|ningún|ninguna|ninguno|ni|tampoco|nada)\b"
    r"|\bsin\b(?! falta| problema| duda| demora| más)"
)
COND = (
    r"\b(?:si|cuando|en cuanto|una vez (?:que|recibid\w*)|tan pronto|siempre que|siempre y cuando"
    r"|en caso de|a menos que|salvo que|apenas|luego de que|después de que|hasta que"
    r"|con tal de que|en el momento en que|a condición de)\b"
)
# Futuro, perífrasis and modals; "esta mañana" is the past morning, not tomorrow.
FUTURE = (
    r"\b(?:vamos a|voy a|va a|van a|será|serán|podremos|podríamos|podría|podrían|debemos"
    r"|deberíamos|tenemos que|hay que|próximo|próxima|que viene|luego|más adelante)\b"
    r"|\bdespués\b(?! de)"
    r"|(?<!esta )(?<!la )(?<!por )\bmañana\b"
    r"|\w+(?:aré|eré|iré|aremos|eremos|iremos|ará|erá|irá|arán|erán|irán)\b"
    r"|\w+(?:aríamos|eríamos|iríamos|arían|erían|irían)\b|¿"
)
# Participles that alone say the money moved, and those that need a payment noun beside them.
PAID_PART = (
    r"(?:pagad|abonad|transferid|ingresad|depositad|liquidad|saldad|consignad|satisfech|cubiert)"
    r"[oa]s?"
)
DONE_PART = (
    r"(?:realizad|efectuad|hech|enviad|mandad|ordenad|emitid|cursad|procesad|tramitad|girad"
    r"|ejecutad|lanzad)[oa]s?"
)
# Preterite (indefinido) forms: 1st person singular and plural, 3rd person.
PAID_PRET = (
    r"(?:pagamos|pagué|pagó|pagaron|abonamos|aboné|abonó|abonaron|transferimos|transferí"
    r"|transfirió|transfirieron|ingresamos|ingresé|ingresó|depositamos|deposité|depositó"
    r"|depositaron|liquidamos|liquidé|liquidó|saldamos|saldé|saldó|consignamos|consigné|consignó"
    r"|giramos|giré|giró|giraron)"
)
DONE_PRET = (
    r"(?:hicimos|hice|hizo|realizamos|realicé|realizó|efectuamos|efectué|efectuó|enviamos|envié"
    r"|envió|mandamos|mandé|mandó|ordenamos|ordené|ordenó|cursamos|emitimos|emitió|procesamos"
    r"|procesó|tramitamos|tramitó|ejecutamos|ejecutó|lanzamos)"
)
PAY_VERB = r"(?:pag|abon|transfer|deposit|ingres|liquid|sald|consign|gir|cubr)"
PAY_FUT = (
    r"(?:pagaremos|abonaremos|transferiremos|depositaremos|ingresaremos|liquidaremos|saldaremos"
    r"|consignaremos|giraremos|pagaré|abonaré|transferiré|depositaré|ingresaré|liquidaré|saldaré"
    r"|consignaré|pagará|pagarán|abonará|abonarán|transferirá|depositará|liquidará|saldará)"
)
DO_FUT = (
    r"(?:haremos|haré|hará|harán|realizaremos|realizaré|realizará|efectuaremos|efectuaré"
    r"|efectuará|enviaremos|enviaré|enviará|mandaremos|mandaré|mandará|ordenaremos|ordenaré"
    r"|ordenará|emitiremos|emitirá|procesaremos|procesará|tramitaremos|tramitará|procederemos"
    r"|procederé|procederá|cursaremos|lanzaremos|tendrán|tendrá|recibirán|recibirá|llegará"
    r"|saldrá|saldrán)"
)
# Present tense used for the near future: "te lo deposito el lunes", "pagamos mañana".
PAY_PRESENT = (
    r"(?:pagamos|abonamos|transferimos|depositamos|ingresamos|liquidamos|saldamos|consignamos"
    r"|deposito|transfiero|liquido|(?:hacemos|realizamos|efectuamos"
    r"|mandamos|enviamos|ordenamos|hago|realizo|mando|envío|paso) (?:\w+ ){0,2}?(?:pago|"
    r"transferencia|depósito|ingreso|abono|giro))"
)
CLITIC_PRESENT = (
    r"\b(?:te|se|le|les|os)\s+(?:lo|la|los|las)\s+(?:pago|deposito|depósito|transfiero|abono"
    r"|ingreso|liquido|mando|envío|paso|hago llegar|cubro)\b"
    # "se lo paso a mi socio" hands the mail on, it pays nothing
    r"(?! a (?:(?:mi|mis|nuestr[oa]s?|la|el|los|las|su|sus) )?(?:socio|socia|jef[ea]|contador|contable"
    r"|gestor|gestoría|compañer|responsable|departamento|asesor|administra|marido|mujer|espos[oa]"
    r"|pareja|herman[oa]|hij[oa]|padre|madre|secretari[oa]|tesorer[oa]|tesorería|encargad[oa]"
    r"|president[ea]|junta|oficina|financier[oa]|finanzas|dueñ[oa]|titular|contabilidad"
    r"|administración|tesorería|doctor[a]?|médic[oa]|director[a]?|gerente|abogad[oa])"
    r"| (?:cuando|en cuanto|apenas|nada más) (?:vuelva|regrese|llegue"
    r"|se incorpore)| a su (?:vuelta|regreso))"
    r"|\b(?:te|le|les|os) (?:pago"
    r"|deposito|transfiero|abono|liquido)\b"
)
# A time ahead of the message: the present above is then a promise, not a payment.
LATER = (
    r"(?:mañana|próxim\w*|que viene|entrante|sin falta|a más tardar|a (?:fin|finales) de"
    r"|antes de(?:l)?|el día \d|esta (?:misma )?semana|este mes|dentro de|en (?:\d+|dos|tres"
    r"|unos|un par de) días|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)"
    r"(?! pasado)|luego|después|más adelante)"
)
# What is paid with; "pagaré" is also the promissory note.
MONEY = (
    r"(?:pagos?|transferencias?|depósitos?|deposito|ingresos?|abonos?|importe|cheques?|giros?"
    r"|remesas?|facturas?|saldo|recibos?|total|monto|dinero|fondos|cantidad|adeudo|spei|bizum"
    r"|pagaré|domiciliación|consignación|orden de pago)"
)
PAYMENT = (
    r"(?:pagos?|transferencias?|depósitos?|deposito|ingresos?|abonos?|cheques?|giros?|remesas?"
    r"|spei|bizum|consignación|orden de pago)"
)
GOODS = (
    r"(?:mercancía|mercancias|mercaderías?|mercancia|productos?|artículos?|pedidos?|entregas?"
    r"|envíos?|material(?:es)?|equipos?|piezas|repuestos|servicios?|trabajos?|paquetes?"
    r"|montaje|instalación|reparación|mantenimiento|obra|cajas|bultos|unidades|lote)"
)
DOC = (
    r"(?:copia|duplicado|factura|pdf|xml|cfdi|estado de cuenta|extracto|desglose|detalle"
    r"|número de pedido|orden de compra|oc\b|pedido de compra|albar[aá]n|remito|nota de entrega"
    r"|guía de remisión|datos bancarios|iban|swift|bic\b|clabe|cuenta bancaria|número de cuenta"
    r"|certificado|formulario|alta de proveedor|nif|cif|rfc|datos fiscales|constancia"
    r"|factura electrónica|complemento de pago|comprobante fiscal|boleta|contrato|presupuesto)"
)
# Verbs that ask for something: imperative, infinitive, "can you", "we need".
ASK = (
    r"(?:envi(?:ar|en|e|arnos|arme|ennos|enme)|envíen|envíe|envíennos|envíenme|envíanos|envíame"
    r"|mánd(?:enos|eme|anos|ame)|mandar(?:nos|me)?|manden|reenvi\w*|reenví\w*|remitir(?:nos|me)?"
    r"|remitan|remítan\w*|facilit\w*|proporcion\w*|hacer(?:nos|me)? llegar|hágan(?:nos|me) llegar"
    r"|compartir(?:nos)?|compartan|necesit\w*|requer\w*|requier\w*|precis\w*|solicit\w*|pedimos"
    r"|pido|nos hace falta|quisiéramos|agradeceríamos|agradecería|emit(?:ir|an|a)|corr(?:egir"
    r"|ijan)|pás(?:enme|ennos|ame|anos)|pasar(?:me|nos)|(?:me|nos) (?:pasas|pasan|pasa|mandan|mandas"
    r"|manda|envían|envías|envía|reenvían|reenvías)"
    # vosotros: "mandadme", "enviadnos", "pasadme", "reenviádmela"
    r"|(?:mand|envi|pas|reenvi|remit|fac?ilit)[aáií]d(?:me|nos|mel[ao]s?|nosl[ao]s?))"
)
# Nouns and endings the cues of the main module combine.
AMOUNT = (
    r"(?:importe|precio|precios|cantidad|cantidades|factura|cargo|total|monto|tarifa|cálculo|iva"
    r"|descuento|unidades|horas|cifra|suma|cobro|partida)"
)
INF = r"(?:ar|ir)(?:la|lo|las|los|le|les|se|sela|selo)?\b"
WRONG = r"(?:mal\b|equivocad|erróne|incorrect|excesiv|inflad|demasiado alt|más alt)"
LIST = r"(?:lista|listas|base|bases|envíos|mailing|registro|sistema|distribución|contactos)"
MAIL = r"(?:correos|mensajes|recordatorios|emails|e-mails|comunicaciones|avisos|notificaciones)"
JOB = (
    r"(?:pagos|facturas|facturación|cobros|contabilidad|tesorería|proveedores|cuentas|compras"
    r"|este tema|ese tema|esto|eso|esta cuenta|administración)"
)
