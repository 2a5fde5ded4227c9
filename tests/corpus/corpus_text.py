"""The fixed text of the reply corpus: locale tables and the reminder Northwind sends.

Message text is kept unwrapped (one paragraph a line), as a mail client would send it.
"""

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
MON_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
DAY_ABBR = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue ({co})",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig ({co})",
    "fr": "Rappel de paiement : facture {inv} en retard ({co})",
    "es": "Recordatorio de pago: factura {inv} vencida ({co})",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen ({co})",
    "it": "Sollecito di pagamento: fattura {inv} scaduta ({co})",
}

REMINDER_BODY = {
    "en": """Dear {co} team,

This is a friendly reminder that invoice {inv} of {idate}, {amount}, due {due}, is {days} days overdue. Please arrange payment by {payby}.

If you have already paid, please disregard this message or reply with the payment date and reference so we can match it. If something about the invoice is not right, just reply to this email and we will look into it.

Kind regards,

Accounts Receivable
Northwind Supply Co.
ar@northwind-supply.example | +1 (555) 014-2200""",
    "de": """Sehr geehrte Damen und Herren,

wir möchten Sie freundlich daran erinnern, dass die Rechnung {inv} vom {idate} über {amount}, fällig am {due}, seit {days} Tagen überfällig ist. Bitte überweisen Sie den Betrag bis zum {payby}.

Sollten Sie bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos oder teilen Sie uns Zahlungsdatum und Referenz mit. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Northwind Supply Co.
ar@northwind-supply.example""",
    "fr": """Madame, Monsieur,

Nous vous rappelons que la facture {inv} du {idate}, d'un montant de {amount}, échue le {due}, est en retard de {days} jours. Merci de procéder au règlement avant le {payby}.

Si vous avez déjà réglé cette facture, merci de ne pas tenir compte de ce message ou de nous communiquer la date et la référence du paiement. Pour toute question sur la facture, répondez simplement à cet e-mail.

Cordialement,

Service Comptabilité Clients
Northwind Supply Co.
ar@northwind-supply.example""",
    "es": """Estimados señores:

Les recordamos que la factura {inv} del {idate}, por importe de {amount}, con vencimiento el {due}, lleva {days} días vencida. Les rogamos que realicen el pago antes del {payby}.

Si ya han realizado el pago, ignoren este mensaje o respóndannos con la fecha y la referencia del pago para poder conciliarlo. Si hay algún problema con la factura, respondan a este correo.

Atentamente,

Departamento de Cobros
Northwind Supply Co.
ar@northwind-supply.example""",
    "nl": """Geachte heer, mevrouw,

Graag herinneren wij u eraan dat factuur {inv} van {idate} ter waarde van {amount}, vervallen op {due}, inmiddels {days} dagen over de betaaltermijn is. Wij verzoeken u vriendelijk het bedrag vóór {payby} te voldoen.

Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen of ons de betaaldatum en referentie laten weten. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Northwind Supply Co.
ar@northwind-supply.example""",
    "it": """Gentili Signori,

vi ricordiamo che la fattura {inv} del {idate}, di importo {amount}, con scadenza il {due}, risulta scaduta da {days} giorni. Vi preghiamo di provvedere al pagamento entro il {payby}.

Se avete già effettuato il pagamento, vi preghiamo di ignorare questo messaggio oppure di comunicarci data e riferimento del bonifico. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Northwind Supply Co.
ar@northwind-supply.example""",
}

OUTLOOK_LABELS = {  # From, Sent, To, Subject, original-message line
    "en": ("From:", "Sent:", "To:", "Subject:", "-----Original Message-----"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "-----Message d'origine-----"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "-----Mensaje original-----"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "-----Oorspronkelijk bericht-----"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "-----Messaggio originale-----"),
}

MOBILE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}

REPLY_PREFIX = {  # Outlook localises the prefix; most other clients always write "Re:"
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}

CONTENT_LANGUAGE = {  # Outlook's Content-Language header
    "en": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
WORD_LANG = {"en": "EN-US", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
