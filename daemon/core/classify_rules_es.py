"""Spanish reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for Spanish, Iberian and Latin-American. Tense comes from the verb: the
pretérito perfecto ("hemos pagado"), the indefinido ("pagamos ayer", "se abonó"), the passive
("fue transferida") and "ya está pagada" are done; the futuro ("pagaremos", "se abonará"), the
perífrasis ("vamos a transferir"), a schedule ("programado para el 15") and a present with a
time ahead ("te lo deposito el lunes") are promises. Word families live in
`daemon.core.classify_rules_es_words`. Data only; `daemon.core.classify_lexicon` searches.
"""

from __future__ import annotations

from daemon.core import classify_rules_es_words as words
from daemon.core import classify_rules_eu_casual as casual
from daemon.core.classify_lexicon import named_lexicon

_UNSUBSCRIBE = words.alt(
    # a lawyer's "no vuelvan a dirigirse directamente a mi representada"
    r"\bno (?:vuelvan|vuelva|volváis) a (?:dirigirse|dirigiros|contactar|escribir)\b"
    r"|\b(?:remitirse|dirigirse|remitirlas?) a (?:este|nuestro) despacho\b|"
    r"\b(?:nuestro|nuestros|al|a nuestro) despacho de abogados|\babsténganse de (?:contactar|escribir"
    r"|enviar)",
    # not "den de baja el recordatorio" (withdraw the reminder: it was paid)
    r"\b(?:dar|den|dé|denme|dennos|darme|darnos|dame|danos|darse|des|doy|damos|dadme|dadnos"
    r"|dadle) de baja"
    r"(?! (?:el|la|este|esta|dicho|dicha) (?:recordatorio|aviso|reclamación|requerimiento|cargo"
    r"|factura|deuda))",
    r"\bbaja (?:de|en) (?:su|sus|la|las|esta|vuestra) " + words.LIST,
    r"\b(?:borr|bórr|elimin|elimín|quit|quít|saqu|sáqu|sac|excl|retir|retír)\w*\b[^.]{0,30}\bde (?:su|sus|la"
    r"|las|vuestra|vuestras|esta|este|nuestra) " + words.LIST,
    r"\bdej(?:en|e|ad|a|ar) de (?:enviar|escribir|contactar|mandar|molestar|llamar|insistir)",
    r"\bno (?:me |nos )?(?:sigan|siga|vuelvan a|vuelva a|continúen) (?:mandando|enviando"
    r"|escribiendo|contactando|molestando|mandar|enviar|escribir|contactar|molestar)",
    r"\bno (?:me |nos )?(?:escriban|escriba|contacten|contacte|envíen|envíe|manden|mande"
    r"|escribáis|contactéis|enviéis|mandéis)\b"
    r"(?: \w+){0,2}? más",
    r"\bno (?:quiero|queremos|deseo|deseamos) (?:recibir|seguir recibiendo)(?: \w+){0,3}? (?:más )?"
    + words.MAIL,
    r"\b(?:no más|basta (?:ya )?de) " + words.MAIL,
    # a GDPR request: "que supriman esta dirección de correo de sus bases de datos"
    r"\bsupriman? (?:esta|mi|nuestra|dicha) dirección|\bdejen de utilizar(?:la|lo)?\b",
    r"\bno (?:quiero|queremos|deseo|deseamos) recibir (?:ninguno|ninguna|nada) m[aá]s\b",
    # "no quiero recibir ni un correo más"
    r"\bno (?:\w+ ){1,3}?ni (?:un|una|un solo|una sola) (?:correo|mensaje|e-?mail|recordatorio|aviso)\b[^.]{0,12}"
    r"\bmás\b",
    r"\b(?:favor de |por favor )?ya no (?:me |nos )?(?:env[ií]\w*|mand\w*|escrib\w*|remit\w*)"
    r" (?:más )?" + words.MAIL,
    r"\b(?:solo|sólo|únicamente|solamente|exclusivamente) (?:por|mediante|a través de|vía)"
    r" (?:correo (?:postal|certificado|ordinario)|carta|escrito|burofax|vía postal)",
    r"\b(?:comunicaci[oó]n|correspondencia|notificaci[oó]n|reclamaci[oó]n)\w*\b[^.]{0,60}\bpor"
    r" (?:correo (?:postal|certificado|ordinario)|carta|escrito|burofax|vía postal)",
    r"\b(?:nuestro|nuestros|nuestra|mi) (?:abogad[oa]s?|letrad[oa]s?|departamento (?:legal"
    r"|jurídico)|asesor(?:ía)? (?:legal|jurídic[oa])|servicios jurídicos|bufete)",
    r"\bacoso\b|\bacosando|\bvía judicial",
)

_DISPUTE = words.alt(
    # a doubt about the bill: "no creo que la factura sea correcta"
    r"\bno (?:creo|creemos|pienso|pensamos|me parece|nos parece) que (?:\w+ ){0,4}?(?:factura"
    r"|importe|precio|total|cargo|cobro|cantidad)s? (?:\w+ ){0,3}?(?:sea|sean|esté|estén|está"
    r"|es) (?:correct|bien|exact|just)",
    # part paid, the rest refused: "el resto no, porque el sonido falló"
    r"\bel resto,? no\b(?! (?:lo )?(?:podemos|puedo|podré|podremos)\b)",
    # "ni pienso pagar" (not paid for a fault: daemon.core.classify_withheld)
    r"\b(?:ni|no) pienso pagar\b",
    # a refusal of a charge: "ese concepto no lo voy a pagar"
    r"\bno (?:lo|la|los|las) (?:voy|vamos|pienso|pensamos) a (?:pagar|abonar|aceptar)\b"
    r"|\bno (?:pienso|pensamos) pagar\b",
    # paying the part not contested contests the rest
    r"\b(?:parte|importe|monto|cantidad|partidas?) no (?:discutid|disputad|controvertid|impugnad"
    r"|reclamad)[oa]s?\b",
    r"\blo que (?:firmamos|acordamos|pactamos|contratamos|cerramos) (?:fueron|fue|era|eran)\b",
    # replace it or credit it: "o la reponéis o nos la abonáis"
    r"\b(?:la|lo|las|los) (?:reponéis|repongan|reponen|cambiáis|cambien|sustituís|sustituyan)\b"
    r"|\bnos (?:la|lo|las|los) (?:abonáis|abonen|descontáis|descuenten)\b",
    # a refusal, or payment held back until something is put right
    # ("no podemos pagar" alone says it cannot be paid now: a plan; with "la" it refuses the bill)
    # ("todavía no lo pagamos" is not yet; "no lo pagamos con tarjeta, sino por SPEI" says how)
    r"(?<!todavía )(?<!todavia )(?<!aún )(?<!aun )"
    r"\bno (?:(?:la |lo |las |los |se la |se lo )?(?:vamos a pagar|pagaremos|pagamos|vamos a abonar"
    r"|abonaremos)|(?:la|lo|las|los) podemos pagar)\b(?! (?:todavía|aún|hoy|ahora|este mes"
    r"|hasta (?:el |fin|final|principios|\d)|ya\b))(?![^.;]{0,50}\bsino\b)",
    r"\bhasta que no\b[^.]{0,60}\b(?:arregl|corrij|repar|llegue|entregu|repong|abon|emitan|envíen"
    r"|manden)\w*",
    r"\bdisput|\bdisconform|(?<!la )(?<!su )(?<!esta )(?<!vuestra )(?<!tu )(?<!su escrito de )(?<!vuestro escrito de )(?<!su carta de )(?<!su correo de )\breclamaci[oó]n"
    r"|\breclamamos|\breclamo\b(?! (?:al|a mi|a nuestro|con el) banco)|\bimpugn|\bobjeci[oó]n"
    # Spanish forms only ("discrepancy" is English's), not "en caso de (alguna) discrepancia"
    r"|(?<!alguna )(?<!de )\bdiscrepancias?\b|\bdiscrep(?:o|amos|an)\b",
    r"\brechaz(?:amos|o|ada|ado) (?:la|esta|esa|su|dicha) factura",
    r"\bno (?:estamos|estoy) (?:de acuerdo|conformes?)",
    r"\bno (?:reconocemos|reconozco|aceptamos|acepto) (?:la|esta|esa|este|ese|el|dicha|dicho"
    r"|su|los|las)\b",
    rf"\b{words.AMOUNT}\b[^.]{{0,30}}?\b(?:es|está|son|están|parece|parecen|viene|vienen|figura"
    rf"|aparece|sale|estaba)?\s*{words.WRONG}",
    rf"\b(?:erróne|incorrect|equivocad)[oa]s? (?:el |la |los |las )?{words.AMOUNT}",
    r"\b(?:la|el) (?:n[º°.]?\s?)?\d+ (?:está|es|viene) (?:mal\b|incorrect|erróne|equivocad)",
    r"\b(?:hay|existe|tiene|contiene) (?:un |algún )?error|\berror en (?:la|el|los|las)\b",
    r"\bno (?:coincide|coinciden|cuadra|cuadran)|\bno (?:se )?corresponden? (?:con|a) (?!mi\b|mí\b)"
    r"|\bno nos corresponde",
    r"\bno (?:es|son|era|eran) (?:lo|el|la|los|las) (?:\w+ )?(?:que (?:acordamos|pactamos"
    r"|pedimos|pedí|solicitamos|encargamos|contratamos|nos (?:ofrecieron|cotizaron|indicaron"
    r"|dijeron))|acordad|pactad|presupuestad|cotizad)",
    r"\bmal (?:calculad|facturad|cobrad|aplicad)[oa]s?|\b(?:calculad|facturad|cobrad)[oa]s?"
    r" (?:mal|de más|en exceso|incorrectamente|erróneamente)",
    r"\b(?:no|nunca) (?:se )?(?:nos )?(?:aplic\w*|respet\w*|incluy\w*) (?:el |la )?(?:descuento"
    r"|precio|tarifa|acuerdo|rebaja)",
    r"\bdescuento\b[^.]{0,30}\bno (?:se )?(?:ha |han )?(?:aplicad|aplicó|incluid|respetad)",
    r"\b(?:cobr|factur|carg)(?:aron|ó|ado|ada|ados|adas|an|a|ando)\b [^.]{0,30}\b(?:cuando"
    r" (?:solo )?(?:fueron|eran|son|se hicieron)|en (?:lugar|vez) de)\b|\bno (?:tiene|tienen|han tenido) en cuenta",
    r"\b(?:cobr|factur|carg)\w+ (?:dos veces|por duplicado|de más|doble|por error|en exceso)"
    r"|\bcobro (?:indebido"
    r"|duplicado|doble)|\bpor duplicado|\bduplicad(?:a|as|os)\b"
    # "un duplicado de la factura" is a copy; "está duplicado" a double charge.
    r"|\b(?:est[áa]n?|viene|vienen|aparece|aparecen|sale|salen) duplicad[oa]s?\b",
    rf"\b(?:no|nunca) (?:hemos |he )?(?:recibido|recibimos|recibí|llegó|llegaron|ha llegado"
    r"|han llegado|nos llegó|nos llegaron|nos ha llegado"
    rf"|nos han llegado) (?:\w+ ){{0,2}}?{words.GOODS}",
    rf"\b{words.GOODS}\b[^.]{{0,40}}?\b(?:no|nunca)\b(?: nos| se| ha| han| sido| lo| la){{0,3}}"
    r" (?:llegad\w*|lleg[oó]|llegaron|recibid\w*|entregad\w*|entreg[oó]|entregaron|realizad\w*"
    r"|realiz[oó]|prestad\w*|prest[oó]|complet\w*|termin\w*|instal\w*|hech\w*|hizo|funcion\w*)",
    r"\bdañad|\bdefectuos|\bestropead|\ben mal estado|\bno funcionan?\b|\bdeteriorad"
    r"|\b(?:roto|rotos|rota|rotas|agrietad\w*|abollad\w*|mojad\w*)\b|\bmala calidad"
    # a warranty claimed, not its certificate asked for ("una copia del certificado de garantía")
    r"|(?<!certificado de )(?<!certificados de )(?<!documento de )(?<!tarjeta de )\bgarantía(?!\s*\?)",
    r"\bincomplet|\bfalta(?:n|ban|ba)? (?:\w+ )?(?:piezas|unidades|artículos|productos|cajas"
    r"|bultos|material|repuestos)|\bsolo (?:recibimos|llegaron|llegó|nos llegaron|hemos recibido)",
    r"\b(?:no|nunca) (?:lo |la |los |las )?(?:hemos |he )?(?:pedimos|pedido|encargamos|encargado"
    r"|solicitamos|contratamos|contratado|autorizamos|autorizado|firmamos)\b",
    r"\bno es nuestr[oa]|\bno (?:es|son) (?:nuestr|de nosotros)",
    rf"\b(?:devolvimos|hemos devuelto|devolví|he devuelto|devolveremos|vamos a devolver)"
    rf" (?:\w+ ){{0,2}}?{words.GOODS}|\b{words.GOODS}\b[^.]{{0,20}}\b(?:fue|fueron|ha sido"
    r"|han sido) devuelt",
    r"\b(?:cancelamos|hemos cancelado|cancelé|he cancelado|anulamos|hemos anulado|se canceló"
    r"|fue cancelad[oa]) (?:\w+ ){0,2}?(?:pedido|orden|evento|servicio|contrato|reserva"
    r"|suscripción|encargo|compra)",
    r"\bya (?:fue |ha sido |se )?(?:reembolsad|anulad|rectificad)",
    r"\bnota de (?:crédito|abono)|\bfactura rectificativa",
    r"\bno (?:la |lo |les )?(?:(?:vamos a|voy a|pensamos|pienso|queremos) (?:pagar|abonar)(?:la"
    r"|lo)?|pagaremos|abonaremos) (?:esta|esa|una|un|unos|unas|algo|ninguna|dicha|este|ese|nada|por)\b",
    rf"\b{words.GOODS}\b (?:que )?(?:falta|faltan|pendientes? de (?:entrega|envío))\b",
    r"\bno (?:la |lo |les )?(?:vamos a|voy a|pensamos|pienso|podemos|pagaremos|abonaremos"
    r"|pagamos)\b[^.]{0,40}\b(?:hasta que|mientras (?:no|que))",
    r"\bnos negamos a|\bme niego a|\bretenemos el pago|\bretendremos|\bpago (?:retenido"
    r"|bloqueado|suspendido)|\bhemos (?:bloqueado|retenido|suspendido) el pago|\bno procede"
    r" (?:el|la|esta|este|dicho|dicha|su)\b|\bno habría cargo|\bsin (?:cargo|coste|costo)\b"
    r"|\bno (?:les? )?debemos (?:nada|esta|ese|este|dicho|dicha|ningún|ninguna)",
)

_PLAN = words.alt(
    r"\bsi (?:lo |la |nos lo |os lo )?(?:dejamos|dejáis|dejan|deja|rebajáis|rebajan|rebaja)\b"
    r"[^.]{0,20}\d",
    r"\bparcialidades\b|\bpagos (?:quincenales|semanales|mensuales)|\ben (?:dos|tres|cuatro|varios)"
    r" pagos\b",
    r"\bplan de pagos?|\bacuerdo de pagos?|(?<!según )(?<!según el )(?<!según su )(?<!según nuestro )\bcalendario de pagos|\ba plazos|\bpor plazos",
    r"\ben (?:dos|tres|cuatro|cinco|seis|diez|doce|\d+|varios|varias|algunos|pequeños|pequeñas)"
    r" (?:cuotas|plazos|pagos|partes|mensualidades|abonos|entregas|veces)\b|\ben (?:cuotas|plazos"
    r"|mensualidades)\b|\bfraccion",
    r"\bpagos? (?:parcial|fraccionad|mensual|semanal|a cuenta)|\bentregas? a cuenta",
    r"\baplaz|\bpospon|\bposterg|\bprorrog|\bprórroga|\b(?:ampliar|extender|alargar) (?:el )?plazo",
    r"\bmás (?:tiempo|plazo)|\bun poco de (?:tiempo|margen|plazo)|\bunos días (?:más|de margen)"
    r"|\bunas semanas más|\bun par de semanas más",
    r"\b(?:la|una) mitad (?:ahora|hoy|este mes|esta semana|ya)|\buna parte (?:ahora|hoy|este mes"
    r"|esta semana|ya)|\bla otra mitad\b|\bel resto (?:el|en|a|la|más|para|cuando|dentro)|\blo que (?:falta|resta"
    r"|queda) (?:el|en|a|la|más|para|cuando)",
    r"\bdificultades (?:económicas|financieras|de (?:liquidez|tesorería|pago|caja))|\bproblemas"
    r" (?:económicos|financieros|de (?:liquidez|tesorería|caja|flujo))|\b(?:falta de|sin)"
    r" liquidez|\bmal momento|\bmomento (?:difícil|complicado|delicado)|\bsituación (?:económica )?"
    r"(?:difícil|complicada|delicada|crítica)|\bmala racha|\bconcurso de acreedores"
    r"|\bflujo de caja|\bnos (?:está|esta) costando",
    r"\b(?:\d[\d.,]*\s?(?:€|euros?|eur|dólares|pesos|usd)|[$€]\s?\d[\d.,]*) (?:al|por|cada)"
    r" (?:mes|semana|quincena)\b|\bmensualmente|\bcada mes hasta",
    r"\bcomo pago (?:total|final|único|completo)|\buna quita\b|\b(?:un|algún) descuento"
    r"|\buna rebaja"
    r"|\b(?:rebajar|reducir) (?:el|la) (?:importe|deuda|monto|cantidad)",
    r"\bno (?:podemos|puedo|podremos|podré|vamos a poder|nos es posible|estamos en condiciones de)"
    r"(?: \w+){0,2}? (?:pagar|abonar|cubrir|liquidar|hacer frente)\w*(?: \w+){0,3}? (?:tod[oa]"
    r"|la totalidad|el total|completo|entero|entera|de golpe|de una vez|ahora|de momento|por ahora"
    r"|en este momento|este mes|esta semana|a tiempo|en la fecha|antes|hasta)",
    r"\bno (?:podemos|puedo) (?:pagar|abonar)\w*\s*$|\bno nos alcanza|\bno (?:tenemos|hay)"
    r" (?:fondos|liquidez|dinero)",
)

_REQUEST = words.alt(
    rf"\b{words.ASK}\b[^.?!]{{0,40}}?\b{words.DOC}|\bfalta(?:n)? (?:el |la |los |las |un "
    rf"|una )?{words.DOC}",
    r"\b(?:nos|me) (?:la|lo|las|los) (?:pueden|podrían|puede|podría|pudieran|puedes|podrías)"
    r" (?:reenviar|enviar|mandar|volver a enviar|remitir|hacer llegar|pasar)",
    r"\b(?:reenv|env|mand|remit)\w*(?:nosla|mela|noslo|melo|noslas|melas)\b",
    r"\b(?:no|nunca) (?:hemos |he |nos )?(?:recibido|recibimos|tenemos|encontramos|encuentro"
    r"|localizamos|consta|tengo|llegó|ha llegado)\b[^.]{0,25}?\b(?:factura|copia|documento)",
    r"\bno (?:tenemos|tengo) (?:registrada|constancia|registro)|\bla factura no (?:nos )?(?:ha"
    r" llegado|llegó|consta|aparece|figura)|\bno (?:nos )?(?:aparece|figura|consta) (?:la|esta"
    r"|dicha) factura",
    r"\bsin (?:el |la |un |una )?(?:número de pedido|orden de compra|oc\b|factura|pedido)",
    # "¿me dices qué factura es?": which invoice it is, before anything else
    r"\b(?:qu[eé]|cu[aá]l) factura (?:es|era|ser[ií]a)\b|\bde qu[eé] factura (?:se trata|hablan|habláis"
    r"|me hablas)",
    r"\bcuál es (?:su|el|la|vuestro|vuestra) (?:iban|número de cuenta|cuenta|swift|clabe)"
    r"|\b(?:a|en) qué cuenta|\bdónde (?:debemos|podemos|hay que) (?:pagar|transferir|depositar)",
    r"\bportal de proveedores|\ba través (?:de|del) (?:nuestro )?portal|\bfactura (?:corregida"
    r"|rectificada|actualizada|nueva|correcta)|\bnueva factura|\breemit|\bvolver a emitir",
    rf"\bquedamos a la espera de(?:l| la| los| las| su| sus)? (?:\w+ )?{words.DOC}",
)

_WRONG_CONTACT = words.alt(
    r"\bno soy (?:yo )?(?:la persona|el|la|quien)\b(?: \w+){0,2}? (?:adecuad|correct|indicad"
    r"|responsable|encargad|que (?:lleva|se encarga|gestiona))",
    r"\bpersona (?:equivocada|incorrecta)|\b(?:contacto|destinatario|correo|dirección|email)"
    r" (?:equivocad|incorrect|errad)|\bse (?:han|ha) equivocado de (?:persona|empresa"
    r"|destinatario|dirección|correo|cliente)",
    rf"\b(?:yo )?no (?:llevo|gestiono|manejo|tramito|me encargo de|me ocupo de|soy"
    rf" responsable de) (?:los |las |el |la )?{words.JOB}|\bno me (?:encargo|ocupo|corresponde)",
    r"\bno es (?:de )?mi (?:área|competencia|departamento|responsabilidad|función)",
    r"\b(?:ya )?no (?:hago|hace|formo|forma) parte de (?:la|esa|esta|su|vuestra|nuestra)"
    r" (?:empresa|compañía|organización|equipo|firma|oficina)"
    r"|\b(?:el|la) (?:correo|dirección|email|e-mail|contacto) (?:correct[oa]|buen[oa]|indicad[oa]"
    r"|adecuad[oa]|que (?:deben|debe) usar) (?:es|será)\b",
    r"\bya no (?:trabaj\w*|es responsable|soy responsable|forma parte|formo parte|pertenece"
    r"|llevo|lleva|me encargo|se encarga|soy el|soy la)|\bya no (?:estoy|está) en (?:el|este|ese"
    r"|la|esta|nuestra) (?:departamento|área|puesto|cargo|empresa|compañía|oficina|sección)",
    r"\b(?:dejó|ha dejado|dejé|he dejado) (?:la empresa|la compañía|el puesto|de trabajar)"
    r"|\bse (?:ha )?jubil|\bestá jubilad",
    r"\b(?:es|será) quien (?:se encarga|lleva|gestiona)|\b(?:se encarga|lleva|gestiona"
    rf"|se ocupa) (?:de )?(?:los |las )?{words.JOB}",
    r"\bno (?:somos|soy) (?:su |sus )?client|\bno (?:tenemos|tengo) (?:ninguna )?relación"
    r"|\bnunca hemos (?:sido clientes|trabajado con|comprado)",
    r"\blo (?:gestiona|lleva|maneja|tramita|ve) (?:mi|nuestra|nuestro|el|la|otra|otro)\b",
)

_REDIRECT = words.alt(
    # "le he pasado su correo a contabilidad" passes it on: a new contact only beside an address
    r"\b(?:he|hemos|le he|les he|le hemos|les hemos) (?:reenviado|trasladado|pasado) (?:su|el"
    r"|este|esta)\b|\b(?:le |les )?(?:reenvío|paso|traslado) (?:su|el|este|tu) (?:correo"
    r"|mensaje|email|e-mail)",
    r"\b(?:escrib|contact|dirij|dirí|envi|enví|mand|remit|reenv)\w*\b[^.]{0,40}\b(?:a|al|con)\b"
    r"[^.]{0,40}(?:@|contabilidad|administración|departamento|compras|tesorería|compañer|colega"
    r"|cuentas)",
    r"\bus(?:en|e|ar) (?:esa|esta|la siguiente|la nueva|mi nueva|nuestra nueva) dirección"
    r"|\bnueva dirección|\bnuevo correo|\bpongo en copia|\ben copia\b|\bcc\b",
    r"\b(?:a partir de ahora|de ahora en adelante|en adelante|en lo sucesivo)\b",
)

_PAID = words.alt(
    rf"\b(?:hemos|he|ha|han|habíamos|había|haber|habiendo)\b[^.]{{0,25}}?\b{words.PAID_PART}\b",
    # "esto ya se pago el viernes pasado": a past "pagó" written without its accent
    r"\bya se (?:pago|transfirio|abono|ingreso|liquido)\b(?! (?:\w+ )?(?:el|la|en) (?:próxim|proxim"
    r"|semana que|mes que))|\bya (?:esta|estan) (?:pagad|abonad|transferid|liquidad)[oa]s?\b",
    # done again, to the right account: "hoy la he vuelto a hacer a la cuenta nueva", "volví a
    # mandar el pago"
    r"\b(?:la|lo|las|los) (?:he|hemos|ha|han) vuelto a (?:hacer|mandar|enviar|transferir|pagar"
    r"|ordenar|emitir|realizar)\b|\b(?:he|hemos|ha|han) vuelto a (?:hacer|mandar"
    rf"|enviar|realizar|ordenar|emitir) (?:el |la |los |las )?{words.MONEY}\b"
    r"|\b(?:he|hemos|ha|han) vuelto a (?:pagar|transferir)|\b(?:volví|volvimos) a (?:pagar|transferir"
    rf"|hacer|mandar|enviar|realizar|ordenar) (?:el |la |los |las )?{words.MONEY}\b",
    # "el dinero salió de nuestra cuenta", "la transferencia ya salió el viernes"
    r"\b(?:el dinero|la transferencia|el pago|el importe|la orden de pago|el giro)\b[^.]{0,30}"
    r"\b(?:sali[óo]|ha salido)\b|\b(?:sali[óo]|ha salido) de (?:la|nuestra|mi) cuenta\b",
    r"\b(?:hemos|he|ha|han|habíamos|había|haber|habiendo|se ha"
    rf"|se han)\b(?: \w+){{0,2}}? {words.DONE_PART}"
    rf"(?: \w+){{0,2}}? {words.MONEY}\b",
    rf"\b{words.MONEY}\b[^.]{{0,30}}?\b(?:fue|fueron|ha sido|han sido|está|están|quedó|quedaron"
    r"|queda"
    rf"|se ha|se han)?\s*(?:ya |totalmente |completamente )?{words.PAID_PART}\b",
    rf"\b{words.PAYMENT}\b[^.]{{0,30}}?\b(?:fue|fueron|ha sido|han sido|se ha|se han|se|ya se)"
    rf" (?:ya )?(?:{words.DONE_PART}|{words.DONE_PRET}|{words.PAID_PRET})\b",
    rf"\b{words.PAYMENT} (?:ya )?{words.DONE_PART}\b|^\s*(?:ya )?{words.PAID_PART}\b",
    rf"^\s*(?:ya )?{words.DONE_PART} (?:\w+ ){{0,2}}?{words.PAYMENT}\b",
    rf"\b{words.PAYMENT}\b[^.]{{0,30}}?\b(?:la|lo) (?:{words.DONE_PRET}|hemos {words.DONE_PART})\b",
    r"\b(?:cancelad[oa]s?|cancelamos|canceló|cancelé)\b[^.]{0,40}\b(?:mediante|con|por|vía)"
    r" (?:transferencia|cheque|depósito|spei|tarjeta|efectivo|consignación)",
    rf"\b(?:fue|fueron|ha sido|han sido|está|están|quedó|quedaron|ya) (?:ya |totalmente )?"
    rf"{words.PAID_PART}\b",
    rf"\b{words.PAID_PRET}\b(?![^.]{{0,40}}?\b{words.LATER})",
    # (a date set between commas: "tesorería ordenó ayer, 24/04, la transferencia")
    rf"\b{words.DONE_PRET} (?:\w+ |\w+, \d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?, ){{0,2}}?"
    rf"{words.MONEY}\b(?![^.]{{0,40}}?\b{words.LATER})",
    rf"\bse (?:les? |nos |te |lo |la )?(?:{words.PAID_PRET}"
    rf"|{words.DONE_PRET} (?:\w+ ){{0,2}}?{words.MONEY}\b)",
    r"\bse (?:efectuó|abonó|pagó|liquidó|transfirió)\b(?! (?:la|el|los|las) (?:entrega|envío"
    r"|pedido|instalación|servicio|reparación|trabajo))",
    r"\b(?:hemos|he|se ha|se) procedido (?:al|a la|a) (?:pago|abono|transferencia|liquidación"
    r"|pagar|abonar|transferir)",
    r"\bya (?:está|quedó)(?: hecho| listo| resuelto| todo)?\s*$",
    r"\b(?:acabo|acabamos) de (?:mandar|enviar|transferir|pagar|pasar|ingresar|abonar|hacer (?:el|la)"
    r" (?:pago|transferencia|bizum|ingreso))",
    rf"\b{words.PAYMENT}\b[^.]{{0,20}}\b(?:salió|se fue|se envió|partió|se ejecutó|se procesó)\b",
    # "Hecho, transferido hoy": a bare participle with a day that has come.
    rf"\b{words.PAID_PART} (?:hoy|ayer|anoche|esta mañana|esta tarde|el (?:lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo)(?: pasado)?)\b",
    r"\b(?:aviso|confirmación|comprobante|justificante) de (?:pago|transferencia|remesa|depósito"
    r"|ingreso)|\baviso de remesa",
    r"\b(?:adjunt\w*|anexo|remitimos|les? (?:paso|mando|envío)|(?:hemos|he) (?:enviado|mandado))"
    r"\b[^.]{0,20}(?:comprobante|justificante|soporte|recibo)",
    r"\b(?:ya )?(?:nos |lo |la )?(?:cobraron|cargaron|han cobrado|han cargado|cobró|cargó)\b"
    r"[^.]{0,40}\b(?:domicili|cuenta|recibo|tarjeta)",
)

_PROMISE = words.alt(
    rf"\b{words.PAY_FUT}\b",
    # the present of a day to come: "me dicen que la pagan el viernes 11" (not "la pago mi
    # socio el lunes", an unaccented "pagó")
    r"\b(?:la|lo|las|los|se|os la|os lo|se la|se lo) (?:paga|pagan|abona|abonan|liquida"
    r"|liquidan|transfiere|transfieren|ingresa|ingresan)\b"
    r"(?: \w+){0,3}? (?:el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|\d)|mañana"
    r"|pasado mañana|esta semana|la semana que viene|la próxima semana|a (?:final|fin|finales)"
    r" de(?: este)? mes|antes del?)\b",
    # "la semana que viene lo tenéis pagado": the present of a day to come
    r"(?<!ya )\b(?:lo|la) (?:tienes|tenéis|tienen|tendrás|tendréis|tendrán) (?:pagad[oa]"
    r"|ingresad[oa]|transferid[oa])\b",
    r"\b(?:dej[eé]|dejamos|he dejado|hemos dejado|tengo|tenemos|está|queda) (?:ya )?programad[oa]s?"
    r" (?:[\w-]+ ){0,6}?para (?:el|este|mañana|final)\b",
    rf"\b{words.DO_FUT}\b(?: \w+){{0,3}}? {words.MONEY}\b",
    rf"\b{words.MONEY}\b[^.]{{0,30}}?\b(?:{words.DO_FUT}|se (?:{words.DO_FUT}|{words.PAY_FUT})"
    r"|(?:será|serán|quedará"
    rf"|quedarán|estará|estarán) (?:\w+ )?(?:{words.PAID_PART}|{words.DONE_PART}|list[oa]s?"
    r"|disponibles?))\b",
    rf"\bse (?:les? |lo |la )?{words.PAY_FUT}"
    rf"|\bse (?:les? )?{words.DO_FUT} (?:\w+ ){{0,3}}?{words.MONEY}\b",
    rf"\b(?:será|serán|quedará|quedarán|estará|estarán) (?:\w+ )?{words.PAID_PART}",
    rf"\b(?:vamos|voy|va|van) a\b[^.]{{0,40}}?\b{words.PAY_VERB}{words.INF}",
    rf"\b(?:estaremos|estaré|estará|estarán) (?:\w+ )?{words.PAY_VERB}(?:ando|iendo)\b",
    rf"\b(?:vamos|voy|va|van) a\b[^.]{{0,20}}?\b(?:hacer|realizar|efectuar|enviar|mandar|ordenar"
    rf"|emitir|tramitar|procesar|proceder|programar)\w*\b(?: \w+){{0,3}}? {words.MONEY}\b",
    r"\b(?:tenemos (?:previsto|pensado|planeado|programado)|prevemos|pensamos|planeamos|esperamos"
    r"(?: poder)?|contamos con|intentaremos|procuraremos|nos comprometemos a|me comprometo a"
    r"|quedamos en|nuestra intención es|tengo pensado)\b[^.]{0,30}?\b" + words.PAY_VERB + words.INF,
    r"\bse (?:programó|agendó|planificó|dejó programad[oa])\b|\b(?:programamos|agendamos"
    rf"|planificamos|programé|agendé) (?:\w+ ){{0,2}}?{words.PAYMENT}\b",
    r"\b(?:programad|previst|agendad|planificad|calendarizad)[oa]s? (?:para|el|en)\b"
    r"|\b(?:hemos|he|tenemos) (?:programado|agendado|previsto|planificado)\b",
    rf"\b{words.PAYMENT}\b[^.]{{0,30}}\b(?:programad|previst|agendad|planificad|aprobad)[oa]s?\b",
    # "está previsto su abono mediante transferencia el próximo 5 de agosto"
    r"\b(?:está|están|queda|quedan) (?:previst|programad|planificad|agendad)[oa]s? (?:su |el |la"
    rf" |los |las )?{words.PAYMENT}\b",
    r"\b(?:aprobad[oa]s?|autorizad[oa]s?) para (?:el |su )?pago|\bincluid[oa]s? en (?:la|el)"
    r" (?:próxim[oa] )?(?:remesa|pago|lote|corrida|ciclo|relación)",
    r"\bpróxim[oa] (?:remesa|pago a proveedores|corrida|lote|ciclo|relación de pagos|fecha de"
    r" pago)|\bremesa del (?:lunes|martes|miércoles|jueves|viernes|día|\d)|\bpago a proveedores"
    r" del",
    r"\bsin falta\b|\ba más tardar\b|\b(?:te|se|les?) lo prometo|\bprometemos|\bprometido",
    # "a finales de mes lo tienes", "irá el 20 de diciembre"
    r"\b(?:lo|la) (?:tendrás|tendrán|tendrá|tendréis)\b(?![^.?]*\?)"
    r"|\b(?:a finales|a fin|a primeros|el (?:lunes|martes|miércoles|jueves|viernes)|mañana"
    r"|la (?:semana|próxima)|antes del?|para el)\b[^.?]{0,30}\b(?:lo|la) (?:tienes|tienen"
    r"|tiene)\b(?![^.?]*\?)"
    r"|\b(?:irá|irán|saldrá|saldrán) (?:el|los|la) (?:\d|lunes|martes|miércoles|jueves|viernes"
    r"|próxim)",
    rf"\b{words.PAY_PRESENT}\b[^.]{{0,40}}?\b{words.LATER}"
    rf"|\b{words.LATER}\b[^.]{{0,20}}?\b{words.PAY_PRESENT}\b",
    words.CLITIC_PRESENT,
    rf"^\s*(?:yo )?(?:pago|deposito|transfiero)\b[^.]{{0,30}}?\b{words.LATER}",
    # "el cheque sale mañana", "me encargo el lunes": the present of a day to come
    rf"\b{words.PAYMENT}\b[^.?]{{0,20}}?\b(?:sale|salen)\b[^.?]{{0,20}}?\b{words.LATER}"
    rf"|\bme (?:encargo|ocupo)\b[^.?]{{0,20}}?\b{words.LATER}",
    r"\bpued(?:en|e) (?:pasar|cargar|girar|presentar) (?:el |los |al )?(?:recibo|cargo|cobro)"
    r"|\bautorizamos (?:el )?(?:cargo|adeudo|cobro|débito)",
)

_SUSPECT = words.alt(
    # new bank details announced by mail: a person verifies them (payment-redirection fraud)
    r"\bnuev[oa]s? (?:iban|cuenta bancaria|datos bancarios|número de cuenta)"
    # (the sender's own change is no redirect: "he cambiado de banco, ¿me mandáis la cuenta?")
    r"|\b(?:iban|cuenta|número de cuenta) (?:distint[oa]|diferente)|(?<!\bhe )(?<!\bhemos )"
    r"\bcambiado de (?:banco|cuenta)|\bdatos bancarios (?:han )?cambiado",
    r"\bphishing|\bsuplantaci[oó]n|\bintento de (?:fraude|estafa)|\b(?:correo|mensaje|e-mail|email)"
    r" (?:fraudulento|falso|sospechoso)|\bsupuestamente (?:de|enviad[oa]|en nombre)",
    r"\b(?:es|son) (?:este|esta|esto) (?:correo |mensaje |recordatorio |aviso )?(?:realmente )?"
    r"(?:legítim[oa]|auténtic[oa]|real|de ustedes)\b(?! [a-záéíóúñ])",
)
_ABSENT = words.alt(
    r"\btrabajo (?:solo |solamente |únicamente )?(?:los )?(?:lunes|martes|miércoles|jueves|viernes"
    r"|a tiempo parcial|media jornada)|\bsolo (?:leo|reviso|consulto) (?:el|mi) correo",
    r"\bfuera de (?:la )?oficina|\bde vacaciones|\bausente|\bestaré (?:de vuelta|fuera|ausente"
    r"|de viaje|disponible)|\bregresaré|\bvolveré (?:a la oficina|el|a estar)",
    r"\bme (?:reincorporo|incorporo|incorporaré|reincorporaré)|\bde regreso el|\b(?:estoy|está"
    r"|me encuentro|se encuentra) de (?:baja|permiso|licencia|viaje)",
    r"\bbaja (?:médica|por maternidad|por paternidad|laboral)|\brespuesta automática|\bmensaje"
    r" automático|\bacceso (?:limitado|restringido)|\bsin acceso al correo|\bde viaje",
    r"\bpermiso de (?:maternidad|paternidad)",
)

_TICKET = words.alt(
    r"\bhemos recibido su (?:mensaje|correo|solicitud|consulta|email|e-mail|petición)",
    r"\bsu (?:mensaje|solicitud|correo|consulta|petición) (?:ha sido|fue) (?:recibid|registrad)",
    r"\bnúmero de (?:ticket|caso|incidencia|solicitud)|\bno responda a este (?:mensaje|correo)",
    r"\ble(?:s)? (?:responderemos|contestaremos) (?:en breve|a la mayor brevedad|lo antes posible)",
)

_GONE = words.alt(
    r"\b(?:buzón|dirección|cuenta|correo)\b[^.]{0,40}\bya no (?:está (?:en uso|activ\w*|operativ"
    r"\w*|disponible)|se (?:utiliza|revisa|usa|atiende|consulta|monitoriza)|es (?:válid|operativ)"
    r"|existe)",
    r"\b(?:buzón|dirección|cuenta|correo)\b[^.]{0,40}\b(?:ha|han) dejado de (?:estar (?:operativ"
    r"|activ|en uso|disponible)|funcionar|utilizarse|usarse|ser (?:válid|operativ))",
    r"\bya no (?:trabaja|forma parte|presta servicio)|\b(?:dejó|ha dejado) (?:de trabajar|la"
    r" empresa)|\b(?:buzón|dirección) (?:desactivad|inactiv|dad[oa] de baja)",
)

LEXICON = named_lexicon("es", words, vars(), casual.ES)
