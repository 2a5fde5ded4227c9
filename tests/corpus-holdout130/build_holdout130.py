# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Hand-written text is kept one paragraph to a line, the way a mail client sends it, with the
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 130: `h130-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) a payment reminder sent by the receivables mailbox of
Bellweather Weather Stations & Calibration. The new text of each message is written by hand
below. The script only adds what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings, and
the machine parts of delivery reports. Run it from anywhere: it rewrites the corpus next to
itself, deterministically, parses every file back and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader, DateHeader
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout130-2031"
PREFIX = "h130"
AR_NAME = "Bellweather Accounts"
AR_ADDR = "ar@bellweather-cal.example"
AR_DOMAIN = "bellweather-cal.example"
UK = timezone(timedelta(hours=1))  # British Summer Time in July and August
CE = timezone(timedelta(hours=2))  # Central European Summer Time in July and August
FIRST_DAY = date(2031, 7, 21)
LAST_DAY = date(2031, 8, 15)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
INTENTS = (
    "payment_sent",
    "promise_to_pay",
    "dispute",
    "payment_plan",
    "invoice_request",
    "wrong_contact",
    "unsubscribe",
    "auto_reply",
    "bounce",
    "other",
)
FIELDS = (
    "promised_date",
    "paid_date",
    "return_date",
    "payment_reference",
    "amount",
    "currency",
    "new_contact",
    "bounce_kind",
    "failed_recipient",
    "bounce_status",
)
# Which label fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
Label = dict[str, object]


def txt(block: str) -> str:
    """A hand-written block: indentation of the source removed, outer blank lines dropped."""
    return textwrap.dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# Locale tables (mail-client strings and date formats)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
ANDROID_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}:{SS}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}:{SS}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}:{SS}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
}
# (separator line, From, Sent, To, Subject, label suffix)
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ":"),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ":",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " :"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ":"),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ":",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ":"),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
DATE_FORMAT = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
# Characters a client has to replace when its charset cannot carry them.
FALLBACK = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "£": "GBP ",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "·": "-",
    "\u202f": " ",
    "\xa0": " ",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered (Bellweather's own template, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """
        Hello,

        Our records show the following invoice as unpaid past its due date:

          Invoice:  {inv}
          For:      {item}
          Issued:   {issued}
          Due:      {due}
          Amount:   {amt}

        If you have already paid, thank you – please reply with the payment date so we can match it. If anything on the invoice looks wrong, or you need more time, just reply to this email and we will sort it out with you.

        Kind regards

        Accounts Receivable
        Bellweather Weather Stations & Calibration Ltd
        Unit 7, Ridgeway Business Park, Marlcombe
        """,
    "de": """
        Guten Tag,

        nach unseren Unterlagen ist die folgende Rechnung noch offen, obwohl das Zahlungsziel bereits überschritten ist:

          Rechnung:    {inv}
          Leistung:    {item}
          Datum:       {issued}
          Fällig am:   {due}
          Betrag:      {amt}

        Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Sollte an der Rechnung etwas nicht stimmen oder benötigen Sie mehr Zeit, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        Debitorenbuchhaltung
        Bellweather Weather Stations & Calibration Ltd
        """,
    "fr": """
        Bonjour,

        Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée :

          Facture :    {inv}
          Objet :      {item}
          Émise le :   {issued}
          Échéance :   {due}
          Montant :    {amt}

        Si le règlement est déjà parti, merci de nous indiquer sa date afin que nous puissions le rapprocher. Pour toute question sur cette facture ou sur les délais, il vous suffit de répondre à ce message.

        Bien cordialement,

        Service comptabilité clients
        Bellweather Weather Stations & Calibration Ltd
        """,
    "es": """
        Buenos días:

        Según nuestros datos, la siguiente factura sigue pendiente de pago y ya ha superado su fecha de vencimiento:

          Factura:       {inv}
          Concepto:      {item}
          Fecha:         {issued}
          Vencimiento:   {due}
          Importe:       {amt}

        Si ya han realizado el pago, se lo agradecemos; indíquennos la fecha para poder conciliarlo. Si hay algún error en la factura o necesitan más plazo, respondan a este correo y lo vemos con ustedes.

        Un saludo,

        Departamento de Cobros
        Bellweather Weather Stations & Calibration Ltd
        """,
    "nl": """
        Goedendag,

        Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de vervaldatum al verstreken is:

          Factuur:       {inv}
          Omschrijving:  {item}
          Datum:         {issued}
          Vervaldatum:   {due}
          Bedrag:        {amt}

        Heeft u al betaald, dan danken wij u hartelijk; laat u ons de betaaldatum weten, dan kunnen wij de betaling koppelen. Klopt er iets niet aan de factuur of heeft u meer tijd nodig, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Debiteurenbeheer
        Bellweather Weather Stations & Calibration Ltd
        """,
    "it": """
        Buongiorno,

        dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:

          Fattura:      {inv}
          Descrizione:  {item}
          Data:         {issued}
          Scadenza:     {due}
          Importo:      {amt}

        Se avete già effettuato il pagamento vi ringraziamo e vi chiediamo di indicarci la data, così da poterlo abbinare. Se qualcosa nella fattura non torna o vi serve più tempo, rispondete pure a questa e-mail.

        Cordiali saluti,

        Ufficio Crediti
        Bellweather Weather Stations & Calibration Ltd
        """,
}
# What the invoice was for, in the reminder's language: en, de, fr, es, nl, it.
ITEMS: dict[str, tuple[str, str, str, str, str, str]] = {
    "cal": (
        "Annual on-site calibration and certificates",
        "Jährliche Vor-Ort-Kalibrierung inkl. Zertifikate",
        "Étalonnage annuel sur site et certificats",
        "Calibración anual in situ y certificados",
        "Jaarlijkse kalibratie op locatie incl. certificaten",
        "Taratura annuale in sito e certificati",
    ),
    "aws": (
        "Automatic weather station – supply and installation",
        "Automatische Wetterstation – Lieferung und Montage",
        "Station météo automatique – fourniture et pose",
        "Estación meteorológica automática – suministro e instalación",
        "Automatisch weerstation – levering en installatie",
        "Stazione meteo automatica – fornitura e installazione",
    ),
    "vine": (
        "Vineyard sensors (leaf wetness, frost, soil) – supply and installation",
        "Weinbergsensoren (Blattnässe, Frost, Boden) – Lieferung und Montage",
        "Capteurs de vignoble (humectation, gel, sol) – fourniture et pose",
        "Sensores de viñedo (humectación, helada, suelo) – suministro e instalación",
        "Wijngaardsensoren (bladnat, vorst, bodem) – levering en installatie",
        "Sensori per vigneto (bagnatura, gelo, suolo) – fornitura e installazione",
    ),
    "air": (
        "Air quality monitor (PM2.5/NO2) – supply and commissioning",
        "Luftqualitätsmessstation (PM2,5/NO2) – Lieferung und Inbetriebnahme",
        "Station de mesure de la qualité de l'air (PM2,5/NO2) – fourniture et mise en service",
        "Estación de calidad del aire (PM2,5/NO2) – suministro y puesta en marcha",
        "Luchtkwaliteitsmeter (PM2,5/NO2) – levering en inbedrijfstelling",
        "Centralina qualità dell'aria (PM2,5/NO2) – fornitura e messa in servizio",
    ),
    "vis": (
        "Visibility sensor and ceilometer – installation",
        "Sichtweitensensor und Ceilometer – Montage",
        "Visibilimètre et télémètre de nuages – installation",
        "Visibilímetro y ceilómetro – instalación",
        "Zichtmeter en wolkenhoogtemeter – installatie",
        "Visibilimetro e ceilometro – installazione",
    ),
    "repair": (
        "Repair visit and replacement parts",
        "Reparatureinsatz und Ersatzteile",
        "Intervention de dépannage et pièces",
        "Visita de reparación y repuestos",
        "Reparatiebezoek en onderdelen",
        "Intervento di riparazione e ricambi",
    ),
    "data": (
        "Logger connectivity and data portal – annual subscription",
        "Datenlogger-Anbindung und Datenportal – Jahresabo",
        "Connexion enregistreur et portail de données – abonnement annuel",
        "Conectividad del registrador y portal de datos – suscripción anual",
        "Dataloggerverbinding en dataportaal – jaarabonnement",
        "Connettività datalogger e portale dati – abbonamento annuale",
    ),
    "soil": (
        "Soil moisture probes – supply and installation",
        "Bodenfeuchtesonden – Lieferung und Montage",
        "Sondes d'humidité du sol – fourniture et pose",
        "Sondas de humedad del suelo – suministro e instalación",
        "Bodemvochtsensoren – levering en installatie",
        "Sonde di umidità del suolo – fornitura e installazione",
    ),
    "solar": (
        "Pyranometer calibration (solar monitoring)",
        "Kalibrierung Pyranometer (Solarmessung)",
        "Étalonnage de pyranomètres (mesure solaire)",
        "Calibración de piranómetros (medición solar)",
        "Kalibratie pyranometers (zonnemeting)",
        "Taratura piranometri (misura solare)",
    ),
    "snow": (
        "Snow depth sensor and summit station service",
        "Schneehöhensensor und Wartung Gipfelstation",
        "Capteur de hauteur de neige et entretien de la station sommitale",
        "Sensor de espesor de nieve y mantenimiento de la estación de cumbre",
        "Sneeuwhoogtesensor en onderhoud bergstation",
        "Sensore di altezza neve e manutenzione stazione in quota",
    ),
    "frost": (
        "Frost warning sensors – supply and installation",
        "Frostwarnsensoren – Lieferung und Montage",
        "Capteurs d'alerte gel – fourniture et pose",
        "Sensores de alerta de heladas – suministro e instalación",
        "Vorstwaarschuwingssensoren – levering en installatie",
        "Sensori di allerta gelate – fornitura e installazione",
    ),
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as Bellweather's reminder prints it in the given language."""
    value = Decimal(amount)
    units, cents = f"{value:.2f}".split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    symbol = {"GBP": "£", "EUR": "€"}.get(currency, currency + " ")
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    sep = "\xa0" if lang == "fr" else "."
    number = f"{sep.join(groups)},{cents}"
    code = {"GBP": "£", "EUR": "€"}.get(currency, currency)
    if lang in {"nl", "it"}:
        return f"{code} {number}"
    return f"{number}\xa0{code}" if lang == "fr" else f"{number} {code}"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message from a customer's side, with its labels."""

    key: str
    intent: str
    lang: str
    frm: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Label
    inv: str
    amt: str
    cur: str = "EUR"
    item: str = "cal"
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    days: int = 1
    issued: str = ""
    in_reply: bool = True
    rlang: str = ""

    @property
    def dt(self) -> datetime:
        """The message's own date, in the sender's zone."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=digest(self.key, "sec")[0] % 60)

    @property
    def reminder_lang(self) -> str:
        """Language of the reminder being answered (the sender's own, unless stated)."""
        return self.rlang or self.lang


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> Label:
    """Label fields for the winning intent; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """Stable bytes derived from a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Stable upper-case base32 characters derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def date_fields(lang: str, when: datetime) -> dict[str, str]:
    """Every piece a localised date pattern may use."""
    weekday, month = when.weekday(), when.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "mona": MONTHS_ABBR[lang].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "MM": f"{when.minute:02d}",
        "SS": f"{when.second:02d}",
    }


def render(pattern: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a localised date pattern (plus any extra fields)."""
    return pattern.format(**date_fields(lang, when), **extra)


def reminder_sent(reply: datetime, days: int, key: str) -> datetime:
    """The reminder left Bellweather on a working day before the reply, around half past eight."""
    if days == 0:  # an automatic answer: the reminder arrived a moment earlier
        return (
            reply
            - timedelta(minutes=1 + digest(key, "rem")[0] % 4, seconds=digest(key, "rs")[0] % 50)
        ).astimezone(UK)
    day = reply.astimezone(UK) - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(
        hour=8, minute=20 + digest(key, "rem")[0] % 25, second=digest(key, "rs")[0] % 60
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<rem.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def codec(charset: str) -> str:
    """The Python codec for a MIME charset name."""
    return {"us-ascii": "ascii"}.get(charset, charset)


def fits(text: str, charset: str) -> str:
    """Text the client generated itself, with characters its charset lacks replaced."""
    out = []
    for char in text:
        try:
            char.encode(codec(charset))
        except UnicodeEncodeError:
            out.append(FALLBACK[char])
        else:
            out.append(char)
    return "".join(out)


def quote(text: str) -> str:
    """Quote every line with '>' the way mail clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 76) -> str:
    """Wrap text as RFC 3676 format=flowed (soft breaks end in a space, quotes stay quoted)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw if raw == "-- " else raw.rstrip(" ")
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content.removeprefix(" ")
            lead = ">" * depth + " "
        else:
            lead = ""
        if depth and not content:
            out.append(">" * depth)
            continue
        if line == "-- " or len(lead) + len(content) <= width:
            pieces = [content]
        else:
            pieces = []
            room = width - len(lead)
            while len(content) > room:
                cut = content.rfind(" ", 0, room)
                if cut <= 0:
                    cut = content.find(" ", room)
                    if cut < 0:
                        break
                pieces.append(content[: cut + 1])
                content = content[cut + 1 :]
            pieces.append(content)
        for piece in pieces:
            stuffed = not depth and piece.startswith((" ", "From ", ">"))
            out.append(lead + piece if depth else " " + piece if stuffed else piece)
    return "\n".join(out)


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain text as one <div> a line, as webmail editors produce."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False) if line else '<br>'}</div>"
        for line in text.split("\n")
    )


def mso_lines(text: str) -> str:
    """Plain text as Word paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = (
            html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "<o:p>&nbsp;</o:p>"
        )
        out.append(
            f"<p class=MsoNormal>{inner}<o:p></o:p></p>"
            if line
            else f"<p class=MsoNormal>{inner}</p>"
        )
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (the text must fit the charset)."""
    text.encode(codec(charset))
    chosen = email_charset.Charset(charset)
    if cte == "qp":
        chosen.body_encoding = email_charset.QP
    elif cte == "b64":
        chosen.body_encoding = email_charset.BASE64
    else:
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, charset: str, name: str) -> str:
    """A header as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    use = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(codec(use))
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, use, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From-style address with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    use = charset if charset not in {"us-ascii"} else "utf-8"
    try:
        name.encode(codec(use))
    except UnicodeEncodeError:
        use = "utf-8"
    return f"{Header(name, use).encode()} <{addr}>"


def plain_address(name: str, addr: str) -> str:
    """An address as a client prints it inside a quoted header block."""
    return f"{name} <{addr}>" if name else addr


MIME_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def tidy(msg: Message, root: bool = True) -> None:
    """Put MIME headers after the envelope headers and keep MIME-Version only at the top."""
    saved = [(name, value) for name, value in msg.items() if name in MIME_HEADERS]
    for name in MIME_HEADERS:
        del msg[name]
    if root and saved and not any(name == "MIME-Version" for name, _ in saved):
        saved.insert(0, ("MIME-Version", "1.0"))
    saved.sort(key=lambda pair: MIME_HEADERS.index(pair[0]))
    for name, value in saved:
        if name == "MIME-Version" and not root:
            continue
        msg[name] = value
    payload = msg.get_payload()
    if isinstance(payload, list):
        inner_root = msg.get_content_type() == "message/rfc822"
        for part in payload:
            if isinstance(part, Message):
                tidy(part, root=inner_root)


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the ones the client or server would make."""
    multiparts = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = b32(key, f"boundary{n}", 26)
        if style == "gmail":
            boundary = "0000000000" + digest(key, f"gb{n}").hex()[:18]
        elif style in {"apple", "iphone"}:
            raw = digest(key, f"ab{n}").hex().upper()
            boundary = f"Apple-Mail=_{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:32]}"
        elif style == "outlook":
            boundary = f"_000_{token}_"
        else:
            boundary = f"----=_Part_{digest(key, f'pb{n}').hex()[:8]}.{token[:14]}"
        part.set_boundary(boundary)


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the customer's client shows it."""

    subject: str
    text: str
    sent: datetime
    lang: str
    to_line: str


def reminder_text(
    lang: str, inv: str, amt: str, cur: str, item: str, sent: datetime, issued: str
) -> str:
    """The reminder body as Bellweather sent it."""
    issue_day = date.fromisoformat(issued) if issued else (sent - timedelta(days=47)).date()
    due_day = issue_day + timedelta(days=30)
    fmt = DATE_FORMAT[lang]
    return txt(REMINDER_BODY[lang]).format(
        inv=inv,
        item=ITEMS[item][LANGS.index(lang)],
        issued=render(fmt, lang, datetime.combine(issue_day, datetime.min.time())),
        due=render(fmt, lang, datetime.combine(due_day, datetime.min.time())),
        amt=money(amt, cur, lang),
    )


def quoted_reminder(r: Reply) -> Quoted:
    """What the reply quotes, converted to the reply's charset and the sender's clock."""
    lang = r.reminder_lang
    sent = reminder_sent(r.dt, r.days, r.key).astimezone(r.dt.tzinfo)
    text = reminder_text(lang, r.inv, r.amt, r.cur, r.item, sent, r.issued)
    subject = REMINDER_SUBJECT[lang].format(inv=r.inv)
    return Quoted(
        fits(subject, r.charset),
        fits(text, r.charset),
        sent,
        r.lang,
        fits(plain_address(*r.frm), r.charset),
    )


def outlook_rows(q: Quoted, android: bool = False) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block of an Outlook reply, labelled in the client's language."""
    _, frm, sent, to, subj, suffix = OUTLOOK_LABELS[q.lang]
    pattern = ANDROID_SENT[q.lang] if android else OUTLOOK_SENT[q.lang]
    return [
        (frm + suffix, f"{AR_NAME} <{AR_ADDR}>"),
        (sent + suffix, render(pattern, q.lang, q.sent)),
        (to + suffix, q.to_line),
        (subj + suffix, q.subject),
    ]


def rows_text(rows: list[tuple[str, str]]) -> str:
    """The header block as plain text lines."""
    return "\n".join(f"{label} {value}" for label, value in rows)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def client_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, localised '-----Original Message-----' block."""
    separator = OUTLOOK_LABELS[q.lang][0]
    text = f"{r.body}\n\n{separator}\n{rows_text(outlook_rows(q))}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook's Word-generated HTML with the grey divider above the quoted reminder."""
    head = "<br>\n".join(
        f"<b>{html.escape(label).replace(' :', '&nbsp;:')}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_lines(r.body)}\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f"<p class=MsoNormal>{head}<o:p></o:p></p>\n</div>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        f"{mso_lines(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop HTML mail: multipart/alternative, Word markup, divider div."""
    plain = f"{r.body}\n\n{rows_text(outlook_rows(q))}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook message sent as text/html only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: both parts base64, localised 'Get Outlook for Android'."""
    rows = outlook_rows(q, android=True)
    signature = ANDROID_SIGNATURE[q.lang]
    plain = f"{r.body}\n\n{signature}\n{'_' * 32}\n{rows_text(rows)}\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in rows
    )
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body>\n<div dir="auto">{html_text(r.body)}</div>\n<div dir="auto"><br></div>\n'
        f'<div dir="auto">{html.escape(signature)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n<div>{html_text(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def gmail_line(q: Quoted) -> str:
    """Gmail's attribution line in the sender's language."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail HTML mail: multipart/alternative with the gmail_quote block."""
    attribution = gmail_line(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_blocks(r.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(f"{r.body}\n\n{gmail_line(q)}\n\n{quote(q.text)}\n", "plain", r.charset, r.cte)


def apple_line(q: Quoted) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac: multipart/alternative, cite blockquote."""
    attribution = apple_line(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_blocks(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div><br>'
        f"<div><div>{html_text(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, q: Quoted) -> Message:
    """Mail on an iPhone: plain text, localised signature, attribution inside the quote."""
    quoted = quote(f"{apple_line(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: format=flowed plain text with the attribution right above the quote."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attribution}\n{quote(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quoted) -> Message:
    """An automatic notice: the text alone, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_exchange(r: Reply, q: Quoted) -> Message:
    """An Exchange automatic reply: plain and HTML renderings, nothing quoted."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt; color:rgb(0,0,0)">\n'
        f"{html_blocks(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_notice_html(r: Reply, q: Quoted) -> Message:
    """A system notice whose hand-written body is already HTML."""
    del q
    return text_part(r.body + "\n", "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_exchange": client_notice_exchange,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android", "notice_exchange"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{lang}"),
    ),
}
BOUNDARY_STYLE = {
    "gmail": "gmail",
    "apple": "apple",
    "outlook_html": "outlook",
    "android": "outlook",
    "notice_exchange": "outlook",
}


def reply_msgid(r: Reply) -> str:
    """Message-ID in the shape the sender's client or system produces."""
    domain = r.frm[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "+")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'srv', 6)}.{domain}>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{b32(r.key, 'n', 6).lower()}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    """The Subject line: the client's reply prefix, or what the sender or system typed."""
    if r.subject:
        return r.subject.format(rsub=REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv))
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_REPLY_PREFIX[q.lang] + REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv)
    return "Re: " + REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv)


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    q = quoted_reminder(r)
    msg = CLIENTS[r.client](r, q)
    subject = reply_subject(r, q)
    msg["From"] = mailbox(*r.frm, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR)) if r.in_reply else AR_ADDR
    msg["Subject"] = header_value(subject, r.charset, "Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.in_reply:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = header_value(
            REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv),
            r.charset,
            "Thread-Topic",
        )
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Accept-Language"] = f"{CONTENT_LANGUAGE[r.lang]}, en-US"
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = ""
    for name, value in CLIENT_HEADERS.get(r.client, ()):
        msg[name] = value.format(lang=CONTENT_LANGUAGE[r.lang])
    for name, value in r.headers:
        msg[name] = value
    tidy(msg)
    set_boundaries(msg, r.key, BOUNDARY_STYLE.get(r.client, "part"))
    return msg


AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        key="ps-en-ap-advice",
        intent="payment_sent",
        lang="en",
        frm=(
            "Fenmoor District Council – Accounts Payable",
            "ap.remittances@fenmoor-dc.example",
        ),
        when="2031-07-24 06:12 +0100",
        client="notice",
        charset="us-ascii",
        cte="7bit",
        in_reply=False,
        subject="Remittance Advice - Payment FDC-PAY-0072415",
        headers=(("X-Mailer", "FinanceHub Remittance Service 4.2"),),
        inv="BWC/0398/31",
        amt="1872.00",
        cur="GBP",
        item="air",
        body=txt("""
            FENMOOR DISTRICT COUNCIL
            Finance Shared Service - Accounts Payable

            REMITTANCE ADVICE

            Supplier:        BELLWEATHER WEATHER STATIONS & CALIBRATION LTD
            Supplier no.:    S104877
            Payment date:    24/07/2031
            Payment method:  BACS
            Payment ref:     FDC-PAY-0072415

            Your invoice     Our doc no.    Invoice date    Amount (GBP)
            BWC/0398/31      5100238841     03/06/2031          1,872.00
            BWC/0421/31      5100239017     17/06/2031            436.80
                                                            ------------
            Total paid                                          2,308.80

            Funds should reach your account within 3 working days.

            This mailbox is not monitored. For queries please call the Finance Helpdesk on 01632 960700 quoting your supplier number.
            """),
        labels=lab(
            ("BWC/0398/31", "BWC/0421/31"),
            paid_date="2031-07-24",
            payment_reference="FDC-PAY-0072415",
            amount="2308.80",
            currency="GBP",
            note="AP-system remittance advice, quotes nothing; 'this mailbox is not monitored' is about the council's sender address, not a change of contact",
        ),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        frm=("Hugo Ashdown", "hugo.ashdown@gmail.com"),
        when="2031-07-29 19:48 +0100",
        client="iphone",
        inv="BWC/0424/31",
        amt="960.00",
        cur="GBP",
        item="vine",
        body="done",
        labels=lab(note="one-word reply to a payment reminder, read as 'paid'; no date"),
    ),
    Reply(
        key="ps-en-gliding-treasurer",
        intent="payment_sent",
        lang="en",
        frm=("Malcolm Trewin", "treasurer@wolds-gliding.example"),
        when="2031-08-05 21:15 +0100",
        client="thunderbird",
        cte="8bit",
        days=3,
        inv="BWC/0433/31",
        amt="648.00",
        cur="GBP",
        item="cal",
        body=txt("""
            Hello,

            Apologies for the slow reply. I only took over as treasurer at the AGM at the end of June and I'm still finding my way round the club's bank mandate and the pile of paperwork Derek left me, most of which seems to live in a biscuit tin in the clubhouse.

            On the weather station: the members are very pleased with it, especially the wind readings at the launch point, which have already stopped at least one nasty crosswind launch. Somebody asked whether the anemometer by the winch should be covered up over the winter or left as it is. If you could let me know that would be grand.

            Anyway, to your email. I sent the £648.00 for invoice 433 on Saturday from the club account, it should show up at your end as WOLDS GC BWC433. I'd have done it sooner but we need two signatories and Pam was away at the Nationals.

            Could you also tell me when the calibration is due next year so I can put it in the diary for the committee?

            Best wishes,

            --\x20
            Malcolm Trewin
            Hon. Treasurer, Wolds Gliding Club
            """),
        labels=lab(
            ("BWC/0433/31",),
            paid_date="2031-08-02",
            payment_reference="WOLDS GC BWC433",
            amount="648.00",
            currency="GBP",
            note="long reply with the payment in the third paragraph; 'on Saturday' is the Saturday before Tue 5 Aug; '433' is a short form of BWC/0433/31",
        ),
    ),
    Reply(
        key="ps-de-wrong-reference",
        intent="payment_sent",
        lang="de",
        frm=("Katrin Mohr", "k.mohr@weingut-mohr-albrecht.example"),
        when="2031-07-21 10:05 +0200",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="BWC/0402/31",
        amt="1190.00",
        item="vine",
        body=txt("""
            Hallo zusammen,

            die Zahlung ist am Freitag rausgegangen, allerdings mit der falschen Rechnungsnummer im Verwendungszweck (BWC/0377/31 statt BWC/0402/31). Bitte ordnen Sie die 1.190,00 EUR entsprechend zu.

            Viele Grüße aus Deidesheim

            Katrin Mohr
            Weingut Mohr-Albrecht
            Weinstraße 14 · 67146 Deidesheim
            """),
        labels=lab(
            ("BWC/0377/31", "BWC/0402/31"),
            paid_date="2031-07-18",
            amount="1190.00",
            currency="EUR",
            note="'am Freitag' is the Friday before Mon 21 Jul; the transfer carried the wrong invoice number as its reference, so both numbers are listed and no payment reference is set",
        ),
    ),
    Reply(
        key="ps-fr-regle-ce-matin",
        intent="payment_sent",
        lang="fr",
        frm=("Élodie Bassereau", "elodie@domaine-bassereau.example"),
        when="2031-07-31 11:20 +0200",
        client="gmail",
        inv="BWC/0416/31",
        amt="1425.00",
        item="vine",
        body=txt("""
            Bonjour,

            Réglé ce matin par virement, référence DOMB-0731.

            Bonne journée,
            Élodie Bassereau
            Domaine Bassereau – Meursault
            """),
        labels=lab(paid_date="2031-07-31", payment_reference="DOMB-0731"),
    ),
    Reply(
        key="ps-fr-aeroclub-treasurer",
        intent="payment_sent",
        lang="fr",
        frm=("Bernard Guillot", "secretariat@aeroclub-valdesaone.example"),
        when="2031-07-23 18:42 +0200",
        client="android",
        inv="BWC/0395/31",
        amt="540.00",
        item="cal",
        body=txt("""
            Bonjour,

            Je croyais que c'était réglé depuis longtemps, alors j'ai appelé notre trésorier : le virement de 540,00 € est bien parti le 16 juillet depuis le compte de l'aéroclub, avec le libellé « AC VAL DE SAONE BALISE ». Il a dû arriver chez vous entre-temps. Pouvez-vous vérifier de votre côté ?

            Cordialement,
            Bernard Guillot
            Secrétaire – Aéroclub du Val de Saône
            """),
        labels=lab(
            paid_date="2031-07-16",
            payment_reference="AC VAL DE SAONE BALISE",
            amount="540.00",
            currency="EUR",
            note="ends with a question, but the transfer and its date are stated",
        ),
    ),
    Reply(
        key="ps-es-pasado-viernes",
        intent="payment_sent",
        lang="es",
        frm=("Administración Bodegas Larrea", "administracion@bodegaslarrea.example"),
        when="2031-07-30 09:35 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="BWC/0415/31",
        amt="2210.00",
        item="vine",
        body=txt("""
            Buenos días:

            Os confirmamos que la factura BWC/0415/31 se abonó el pasado viernes por transferencia desde nuestra cuenta habitual. Si necesitáis el justificante, decídmelo y os lo reenvío.

            Un saludo,

            Nerea Larrea
            Dpto. de Administración
            Bodegas Larrea, S.L. – Haro (La Rioja)
            """),
        labels=lab(
            ("BWC/0415/31",),
            paid_date="2031-07-25",
            note="'el pasado viernes' written on Wed 30 Jul",
        ),
    ),
    Reply(
        key="ps-es-aviso-de-pago",
        intent="payment_sent",
        lang="es",
        frm=(
            "Servicio de Tesorería – Universidad del Levante Interior",
            "no-reply.tesoreria@uli.example",
        ),
        when="2031-08-01 07:40 +0200",
        client="notice_html",
        in_reply=False,
        subject="Aviso de pago a proveedor – Orden de transferencia TR-2031-118834",
        inv="BWC/0419/31",
        amt="3150.00",
        item="air",
        body=txt("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body style="font-family:Arial,sans-serif;font-size:10pt">
            <p><b>UNIVERSIDAD DEL LEVANTE INTERIOR</b><br>Vicegerencia de Asuntos Económicos – Servicio de Tesorería</p>
            <p><b>AVISO DE PAGO</b></p>
            <p>Estimado proveedor:</p>
            <p>Le informamos de que la Universidad ha ordenado a su favor la transferencia que se detalla a continuación.</p>
            <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
            <tr><td>Proveedor</td><td>BELLWEATHER WEATHER STATIONS &amp; CALIBRATION LTD</td></tr>
            <tr><td>Fecha valor</td><td>01/08/2031</td></tr>
            <tr><td>Referencia de la transferencia</td><td>TR-2031-118834</td></tr>
            </table>
            <br>
            <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
            <tr><th>Nº factura</th><th>Fecha factura</th><th>Importe</th></tr>
            <tr><td>BWC/0419/31</td><td>10/06/2031</td><td align="right">3.150,00 €</td></tr>
            <tr><td colspan="2"><b>Total transferido</b></td><td align="right"><b>3.150,00 €</b></td></tr>
            </table>
            <p style="color:#666666;font-size:8pt">Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección de correo.</p>
            </body></html>
            """),
        labels=lab(
            ("BWC/0419/31",),
            paid_date="2031-08-01",
            payment_reference="TR-2031-118834",
            amount="3150.00",
            currency="EUR",
            note="university AP payment advice, HTML only; the transfer is ordered with today's value date",
        ),
    ),
    Reply(
        key="ps-nl-paid-send-copy",
        intent="payment_sent",
        lang="nl",
        frm=("Ingrid Bakker", "i.bakker@fruitteeltbakker.example"),
        when="2031-08-04 14:03 +0200",
        client="gmail_plain",
        inv="BWC/0408/31",
        amt="835.00",
        item="frost",
        body=txt("""
            Hoi,

            Deze is op 28 juli betaald. Kunnen jullie me wel nog een kopie van de factuur mailen? Ik kan hem nergens meer vinden en de boekhouder vraagt erom.

            Groet,
            Ingrid
            """),
        labels=lab(
            paid_date="2031-07-28",
            note="paid, plus a request for a copy for the bookkeeper: the payment claim is what matters for collection",
        ),
    ),
    Reply(
        key="ps-nl-question-tag",
        intent="payment_sent",
        lang="nl",
        frm=("Jeroen Smits", "jeroen@boomkwekerijsmits.example"),
        when="2031-08-11 07:58 +0200",
        client="iphone",
        inv="BWC/0427/31",
        amt="415.00",
        item="data",
        body="al betaald toch? bij ons staat ie op 7/8 afgeschreven",
        labels=lab(
            paid_date="2031-08-07",
            note="a payment claim with a question tag; '7/8' is 7 August in Dutch usage",
        ),
    ),
    Reply(
        key="ps-it-mandato-comune",
        intent="payment_sent",
        lang="it",
        frm=(
            "Comune di Valsorda - Servizio Finanziario",
            "ragioneria@comune.valsorda.example",
        ),
        when="2031-07-31 12:10 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="BWC/0390/31",
        amt="2745.00",
        item="air",
        body=txt("""
            Buongiorno,

            si comunica che la fattura BWC/0390/31 è stata pagata con mandato n. 1843, quietanzato dal Tesoriere in data 29/07/2031, per l'importo di Euro 2.745,00.

            Distinti saluti

            Servizio Finanziario
            Comune di Valsorda
            """),
        labels=lab(
            ("BWC/0390/31",),
            paid_date="2031-07-29",
            payment_reference="1843",
            amount="2745.00",
            currency="EUR",
            note="public-body payment order already cashed by the treasurer; the order number is the reference",
        ),
    ),
    Reply(
        key="ps-it-fatto",
        intent="payment_sent",
        lang="it",
        frm=("Stefano Rivetti", "stefano@cantinarivetti.example"),
        when="2031-08-09 08:31 +0200",
        client="iphone",
        inv="BWC/0431/31",
        amt="690.00",
        item="vine",
        body="Fatto ieri sera 👍",
        labels=lab(
            paid_date="2031-08-08",
            note="'fatto' (done) in answer to a payment reminder; Saturday message, so Friday",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-fridays-run",
        intent="promise_to_pay",
        lang="en",
        frm=("Accounts Payable – University of Westmarch", "ap@westmarch.ac.example"),
        when="2031-07-22 15:47 +0100",
        client="outlook_html",
        headers=(SUPPRESS,),
        inv="BWC/0405/31",
        amt="4860.00",
        cur="GBP",
        item="air",
        body=txt("""
            Dear Bellweather,

            Thank you for your email. Invoice BWC/0405/31 (£4,860.00) has now been approved by the School of Geography and has been released for payment in Friday's BACS run.

            Please allow 2-3 working days for the funds to clear.

            Kind regards,

            Danielle Okoro
            Accounts Payable Officer
            Finance Operations | University of Westmarch
            Payment runs take place every Tuesday and Friday.
            """),
        labels=lab(
            ("BWC/0405/31",),
            promised_date="2031-07-25",
            amount="4860.00",
            currency="GBP",
            note="past tense ('approved', 'released') describing a future payment run; Friday after Tue 22 Jul",
        ),
    ),
    Reply(
        key="pr-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        frm=("Rob Kettering", "rob@ketteringfarms.example"),
        when="2031-08-13 20:22 +0100",
        client="iphone",
        subject="Out of office",
        inv="BWC/0436/31",
        amt="1150.00",
        cur="GBP",
        item="soil",
        body=txt("""
            Hi, I'm actually on holiday until Monday 18th but saw this come through. Completely slipped my mind before I left, sorry. I'll pay it the day I'm back.

            Rob
            """),
        labels=lab(
            promised_date="2031-08-18",
            note="a person typed 'Out of office' as the subject; the body is a human promise for the day he is back",
        ),
    ),
    Reply(
        key="pr-en-next-thursday",
        intent="promise_to_pay",
        lang="en",
        frm=("Mette Kjærgaard", "mekj@jutland-tech.example"),
        when="2031-08-01 10:18 +0200",
        client="outlook",
        headers=(SUPPRESS,),
        inv="BWC/0414/31",
        amt="2975.00",
        item="solar",
        body=txt("""
            Dear Sir or Madam,

            The invoice has not been paid yet, as it was waiting for approval from the project manager, who has been on summer holiday. It was approved this morning and will be paid next Thursday.

            We apologise for the delay.

            Best regards

            Mette Kjærgaard
            Finance Officer, Department of Energy Technology
            Jutland Institute of Technology
            """),
        labels=lab(
            promised_date="2031-08-07",
            note="'not paid yet' followed by a promise; English from a Danish sender; 'next Thursday' written on a Friday is 7 Aug",
        ),
    ),
    Reply(
        key="pr-de-kw34",
        intent="promise_to_pay",
        lang="de",
        frm=("Kreiskasse Landkreis Mittelhaar", "kreiskasse@lk-mittelhaar.example"),
        when="2031-08-11 08:52 +0200",
        client="outlook",
        charset="iso-8859-1",
        issued="2031-06-19",
        inv="BWC/0423/31",
        amt="3840.00",
        item="air",
        body=txt("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung BWC/0423/31 vom 19.06.2031 liegt uns sachlich und rechnerisch geprüft vor. Die Zahlung ist für die KW 34 vorgesehen.

            Mit freundlichen Grüßen
            Im Auftrag

            S. Wendland
            Kreiskasse
            Landratsamt Mittelhaar
            Schloßplatz 3 · 86999 Mittelhaar
            """),
        labels=lab(
            ("BWC/0423/31",),
            promised_date="2031-08-18",
            note="'KW 34' is ISO week 34 (18–24 Aug 2031); a week resolves to its Monday, as 'next week' does",
        ),
    ),
    Reply(
        key="pr-de-swiss-holiday",
        intent="promise_to_pay",
        lang="de",
        frm=("Reto Caduff", "r.caduff@pizalv-bergbahnen.example"),
        when="2031-08-01 07:55 +0200",
        client="apple",
        inv="BWC/0418/31",
        amt="2380.00",
        cur="CHF",
        item="snow",
        body=txt("""
            Grüezi

            Ich bin noch bis Dienstag in den Ferien und habe hier keinen Zugriff aufs E-Banking. Am Mittwoch bin ich wieder im Büro und überweise den Betrag dann als Erstes.

            Freundliche Grüsse
            Reto Caduff
            Leiter Finanzen, Bergbahnen Piz Alv AG
            """),
        labels=lab(
            promised_date="2031-08-06",
            note="a person writing from holiday, not an auto-reply; Wednesday after Fri 1 Aug; Swiss spelling, CHF invoice",
        ),
    ),
    Reply(
        key="pr-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        frm=("Claire Dumontet", "c.dumontet@chateau-lamothe-bellet.example"),
        when="2031-08-07 16:30 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="BWC/0428/31",
        amt="1860.00",
        item="vine",
        body=txt("""
            Bonjour,

            Votre relance est bien arrivée. Les factures fournisseurs sont réglées par notre cabinet comptable en une seule fois, en fin de mois : la vôtre partira donc fin août avec les autres.

            Bien cordialement,

            Claire Dumontet
            Assistante de direction
            Château Lamothe-Bellet
            """),
        labels=lab(
            promised_date="2031-08-31",
            note="'fin de mois' / 'fin août' resolves to the last day of the month (a Sunday)",
        ),
    ),
    Reply(
        key="pr-es-finales-de-mes",
        intent="promise_to_pay",
        lang="es",
        frm=("Paco Ibáñez", "paco@fincaibanez.example"),
        when="2031-07-23 13:10 +0200",
        client="iphone",
        inv="BWC/0412/31",
        amt="480.00",
        item="aws",
        body=txt("""
            Hola, lo pago a finales de mes que es cuando me paga la cooperativa la cosecha. Disculpa el retraso
            Paco
            """),
        labels=lab(promised_date="2031-07-31", note="'a finales de mes' → last day of July"),
    ),
    Reply(
        key="pr-es-caps-lunes",
        intent="promise_to_pay",
        lang="es",
        frm=("JAVIER ORTUÑO", "javi.ortuno82@hotmail.es"),
        when="2031-08-07 22:05 +0200",
        client="android",
        inv="BWC/0430/31",
        amt="395.00",
        item="repair",
        body="PERDONA SE ME PASO. EL LUNES TE LO INGRESO SIN FALTA",
        labels=lab(
            promised_date="2031-08-11",
            note="all caps, no accents, from a phone; Monday after Thu 7 Aug",
        ),
    ),
    Reply(
        key="pr-nl-nog-niet-twee-weken",
        intent="promise_to_pay",
        lang="nl",
        frm=("Willem Hoogendoorn", "penningmeester@golfclubzandven.example"),
        when="2031-07-23 11:40 +0200",
        client="thunderbird",
        cte="8bit",
        inv="BWC/0406/31",
        amt="1275.00",
        item="aws",
        body=txt("""
            Goedemorgen,

            Dat klopt, hij is nog niet betaald. Betalingen boven de duizend euro moeten bij ons langs een tweede handtekening en onze voorzitter zit in Frankrijk. Over twee weken is hij terug en dan maak ik het bedrag direct over.

            Met vriendelijke groet,

            Willem Hoogendoorn
            Penningmeester Golfclub Het Zandven
            """),
        labels=lab(
            promised_date="2031-08-06",
            note="'nog niet betaald' then a promise; 'over twee weken' from Wed 23 Jul",
        ),
    ),
    Reply(
        key="pr-nl-be-betalingslijst",
        intent="promise_to_pay",
        lang="nl",
        frm=("Financiële dienst gemeente Dommelbeek", "financien@dommelbeek.example"),
        when="2031-08-05 14:25 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="BWC/0420/31",
        amt="2650.00",
        item="air",
        body=txt("""
            Goedemiddag,

            Uw factuur BWC/0420/31 werd goedgekeurd door het college van burgemeester en schepenen in zitting van 4 augustus en werd opgenomen in de betalingslijst van 14/08.

            Met vriendelijke groeten

            An Verhaeghe
            Financiële dienst – gemeente Dommelbeek
            """),
        labels=lab(
            ("BWC/0420/31",),
            promised_date="2031-08-14",
            note="Belgian Dutch; the past tense ('werd goedgekeurd … opgenomen') describes a future payment list",
        ),
    ),
    Reply(
        key="pr-it-entro-fine-mese",
        intent="promise_to_pay",
        lang="it",
        frm=("Giulia Ferrero", "giulia@cascinaferrero.example"),
        when="2031-07-28 10:02 +0200",
        client="gmail",
        inv="BWC/0410/31",
        amt="1520.00",
        item="vine",
        body=txt("""
            Buongiorno,
            scusate il ritardo, a luglio siamo sommersi tra trattamenti in vigna e turisti in cantina. Provvediamo al bonifico entro fine mese.
            Un saluto
            Giulia

            Cascina Ferrero – Azienda Agricola
            Neive (CN)
            """),
        labels=lab(promised_date="2031-07-31", note="'entro fine mese' → last day of July"),
    ),
    Reply(
        key="pr-it-liquidata",
        intent="promise_to_pay",
        lang="it",
        frm=(
            "Ufficio Contabilità Fornitori - Università di Pianalto",
            "contabilita.fornitori@unipianalto.example",
        ),
        when="2031-08-01 11:47 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0411/31",
        amt="3100.00",
        item="air",
        body=txt("""
            Gentili Signori,

            la fattura in oggetto è stata liquidata dal Dipartimento di Scienze della Terra ed è stata inserita nella distinta di pagamento del 14/08/2031.

            Cordiali saluti

            dott.ssa Marina Colombo
            Ufficio Contabilità Fornitori
            Università degli Studi di Pianalto
            """),
        labels=lab(
            promised_date="2031-08-14",
            note="'liquidata' is the Italian public-accounts approval step, not a payment; the payment list is dated 14/08; the invoice is named only as 'in oggetto'",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-paid-part-callout",
        intent="dispute",
        lang="en",
        frm=("Sarah Penhaligon", "s.penhaligon@thornbury-academies.example"),
        when="2031-07-25 12:33 +0100",
        client="outlook_html",
        headers=(("Cc", "Gareth Lloyd <g.lloyd@thornbury-academies.example>"),),
        inv="BWC/0407/31",
        amt="1020.00",
        cur="GBP",
        item="cal",
        body=txt("""
            Hello,

            We paid £780.00 of this on 14 July, which covers the annual calibration of the two school weather stations. We have not paid the remaining £240.00, which is the call-out charge for your engineer's visit on 2 July.

            That visit was to fix a fault with the data logger that was caused during the calibration in June, so we don't think we should be paying for it. I have copied in our site manager, who was there on both days.

            Please can you cancel the call-out charge and send us a credit note.

            Many thanks,

            Sarah Penhaligon
            Business Manager
            Thornbury Academies Trust
            """),
        labels=lab(note="part paid and the rest contested: dispute wins over the payment claim"),
    ),
    Reply(
        key="di-en-not-paid-rain-gauge",
        intent="dispute",
        lang="en",
        frm=("Charlie Fanshawe", "clerk@marshgaterace.example"),
        when="2031-08-04 07:15 +0100",
        client="iphone",
        inv="BWC/0425/31",
        amt="1890.00",
        cur="GBP",
        item="aws",
        body=txt("""
            We have NOT paid this and wont be untill the rain gauge is sorted. It's been reading roughly double since it went in, 31mm on Friday according to your kit and the going was nowhere near that. I've had to go back to the old manual gauge for the going reports. Get someone out to look at it please.

            Charlie Fanshawe
            Clerk of the Course
            """),
        labels=lab(note="negated payment with the reason: faulty equipment"),
    ),
    Reply(
        key="di-en-rambling-probes",
        intent="dispute",
        lang="en",
        frm=("Dr Aled Pritchard", "a.pritchard@cuu.ac.example"),
        when="2031-08-13 16:50 +0100",
        client="gmail",
        days=6,
        inv="BWC/0437/31",
        amt="3360.00",
        cur="GBP",
        item="cal",
        body=txt("""
            Hi,

            Sorry, this has been sitting in my inbox while I was at the summer school and then the field campaign overran by a week (the usual story, the weather was either too good or too bad for what we needed).

            I've been through BWC/0437/31 with our technician this afternoon and a few things don't add up. The invoice charges for calibrating six temperature/humidity probes at £560 each, but only four probes went back to you in May – the other two were still on the mast up on the ridge and are still there now, I can send you a photo if that helps. The serial numbers on the invoice also don't match the certificates you sent: the certificates are for HMP-2201 to 2204, the invoice lists 2201 to 2206.

            So as far as we're concerned the right figure is 4 x £560 = £2,240, not £3,360. Can you check with your lab and send a revised invoice for the four? Once that arrives I'll push it through our system quickly.

            Also, unrelated, but the department moves to a new building in September so the delivery address for anything physical will change – I'll send that separately.

            Cheers,
            Aled

            Dr Aled Pritchard
            Lab Manager, School of Earth & Environmental Sciences
            Cambrian Uplands University
            """),
        labels=lab(
            ("BWC/0437/31",),
            note="long reply; two of six probes contested; the revised-invoice request and the conditional payment follow from the dispute",
        ),
    ),
    Reply(
        key="di-de-hubsteiger",
        intent="dispute",
        lang="de",
        frm=(
            "Verkehrslandeplatz Hohenried GmbH",
            "buchhaltung@flugplatz-hohenried.example",
        ),
        when="2031-07-22 09:40 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0403/31",
        amt="5420.00",
        item="vis",
        body=txt("""
            Sehr geehrte Damen und Herren,

            der o. g. Rechnung widersprechen wir hiermit. Laut Ihrem Angebot Nr. A-2031-118 vom 03.03.2031 war die Montage des Sichtweitensensors einschließlich Hubarbeitsbühne zum Pauschalpreis vereinbart. Die zusätzlich berechneten 14 Stunden Hubsteiger (1.260,00 EUR) wurden von uns weder beauftragt noch abgezeichnet.

            Bitte senden Sie uns eine Gutschrift über diesen Betrag. Den unstrittigen Teil begleichen wir nach Eingang der Gutschrift.

            Mit freundlichen Grüßen

            i. A. Jürgen Attenberger
            Verkehrslandeplatz Hohenried GmbH
            """),
        labels=lab(
            note="formal objection to an extra charge; the conditional payment of the rest does not change the intent"
        ),
    ),
    Reply(
        key="di-de-rahmenvertrag",
        intent="dispute",
        lang="de",
        frm=("Dr. Henrike Sailer", "h.sailer@ifam-solarfeld.example"),
        when="2031-07-29 17:20 +0200",
        client="apple",
        inv="BWC/0409/31",
        amt="3420.00",
        item="solar",
        body=txt("""
            Guten Tag,

            in der Rechnung sind für die Kalibrierung der zwölf Pyranometer 285 € pro Stück angesetzt. Laut unserem Rahmenvertrag, der noch bis Ende 2032 läuft, gilt aber ein Preis von 240 € pro Gerät. Bitte korrigieren Sie die Rechnung entsprechend, vorher können wir sie nicht freigeben.

            Beste Grüße
            Henrike Sailer
            Institut für Agrarmeteorologie, Solarmessfeld Nord
            """),
        labels=lab(note="price disagreement against a framework contract"),
    ),
    Reply(
        key="di-fr-visibilimetre",
        intent="dispute",
        lang="fr",
        frm=(
            "Direction – Aérodrome de Saint-Aurin",
            "direction@aerodrome-saintaurin.example",
        ),
        when="2031-07-28 14:12 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="BWC/0404/31",
        amt="6480.00",
        item="vis",
        body=txt("""
            Madame, Monsieur,

            Nous contestons la facture BWC/0404/31. Le visibilimètre installé le 12 mai n'a jamais fonctionné de manière fiable : il affiche régulièrement des visibilités inférieures à 800 m par temps clair, ce qui a provoqué à plusieurs reprises des messages erronés sur notre station automatique. Trois demandes d'intervention ont été ouvertes auprès de votre support (n° 5521, 5538 et 5602), sans résolution à ce jour.

            Nous ne procéderons à aucun règlement tant que l'équipement ne sera pas conforme au cahier des charges.

            Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Patrick Lemaire
            Directeur de l'aérodrome
            """),
        labels=lab(
            ("BWC/0404/31",),
            note="faulty equipment; support ticket numbers are not invoice numbers",
        ),
    ),
    Reply(
        key="di-fr-virement-partiel",
        intent="dispute",
        lang="fr",
        frm=("Sophie Marchetti", "s.marchetti@cc-hautes-combes.example"),
        when="2031-08-06 10:44 +0200",
        client="gmail",
        inv="BWC/0422/31",
        amt="1650.00",
        item="air",
        body=txt("""
            Bonjour,

            Nous avons viré 1 200,00 € le 31 juillet, ce qui correspond à la fourniture et à la pose des deux capteurs de qualité de l'air, conformément au bon de commande.

            En revanche, les 450,00 € de « frais de déplacement » ne figuraient ni sur votre devis ni sur notre bon de commande, nous ne les réglerons donc pas. Merci de nous adresser un avoir.

            Cordialement,

            Sophie Marchetti
            Service finances – Communauté de communes des Hautes-Combes
            """),
        labels=lab(
            note="partial transfer made and the rest contested: dispute over the payment claim"
        ),
    ),
    Reply(
        key="di-es-estacion-sin-datos",
        intent="dispute",
        lang="es",
        frm=("Íñigo Mendizábal", "inigo@txakolimendizabal.example"),
        when="2031-07-24 19:30 +0200",
        client="apple",
        charset="windows-1252",
        inv="BWC/0396/31",
        amt="2890.00",
        item="vine",
        body=txt("""
            Hola,

            La estación que nos instalasteis en la viña de arriba sigue sin mandar datos desde el primer día. Ya lo hablé dos veces con vuestro técnico y me dijo que era cosa de la cobertura, pero el router de la caseta de al lado tiene cobertura de sobra.

            Hasta que no funcione no vamos a pagar la factura. Si queréis cobrarla, venid a arreglarla.

            Íñigo Mendizábal
            Txakoli Mendizábal – Getaria
            """),
        labels=lab(note="refusal to pay until a faulty installation works"),
    ),
    Reply(
        key="di-nl-twee-van-drie",
        intent="dispute",
        lang="nl",
        frm=("Maarten Dekker", "m.dekker@akkerbouwdekker.example"),
        when="2031-07-31 09:05 +0200",
        client="thunderbird",
        cte="8bit",
        inv="BWC/0413/31",
        amt="1470.00",
        item="soil",
        body=txt("""
            Goedemorgen,

            Op de factuur staan drie bodemvochtsensoren van € 490 per stuk, maar er zijn er maar twee geleverd en geplaatst. De derde zou volgens uw monteur "na de oogst" komen, maar die hebben we nooit gezien.

            Ik betaal graag de twee die er staan, maar dan wil ik eerst een gecorrigeerde factuur.

            Met vriendelijke groet,
            Maarten Dekker
            Akkerbouwbedrijf Dekker, Biddinghuizen
            """),
        labels=lab(note="short delivery; the corrected-invoice request follows from the dispute"),
    ),
    Reply(
        key="di-nl-be-btw-verlegd",
        intent="dispute",
        lang="nl",
        frm=("Lies Van den Broeck", "crediteuren@hogeschool-scheldeland.example"),
        when="2031-08-12 15:30 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0432/31",
        amt="2592.00",
        item="cal",
        body=txt("""
            Geachte,

            Op uw factuur werd 20% Britse btw aangerekend (EUR 432,00). Dat is niet correct: het gaat om een dienst aan een btw-plichtige instelling in België, waarvoor de btw verlegd is naar de afnemer. Ons btw-nummer staat op de bestelbon.

            Gelieve deze factuur te crediteren en een nieuwe factuur op te maken van EUR 2.160,00 zonder btw, met de vermelding "btw verlegd". Het bedrag exclusief btw betwisten wij niet.

            Met vriendelijke groeten,

            Lies Van den Broeck
            Dienst Crediteuren
            Hogeschool Scheldeland
            """),
        labels=lab(
            note="contests the VAT part of the amount and asks for a credit note: dispute, not invoice_request"
        ),
    ),
    Reply(
        key="di-it-pagata-una-doppia",
        intent="dispute",
        lang="it",
        frm=(
            "Amministrazione Consorzio Agrimeteo Po",
            "amministrazione@consorzio-agripo.example",
        ),
        when="2031-07-23 10:15 +0200",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="BWC/0401/31",
        amt="1380.00",
        item="cal",
        body=txt("""
            Buongiorno,

            la fattura BWC/0388/31 è stata regolarmente pagata il 30 giugno. La BWC/0401/31 invece non è corretta: vi è fatturata di nuovo la taratura dell'anemometro della stazione di Brescello, già compresa nella BWC/0388/31. Vi chiediamo di emettere nota di credito.

            Cordiali saluti
            Ufficio Amministrazione
            Consorzio Agrimeteo Po
            """),
        labels=lab(
            ("BWC/0388/31", "BWC/0401/31"),
            note="one invoice paid, the reminded one contested as a duplicate charge",
        ),
    ),
    Reply(
        key="di-it-tecnico-mai-visto",
        intent="dispute",
        lang="it",
        frm=("Marco Bellandi", "marco.ilpoggio@libero.it"),
        when="2031-07-26 12:40 +0200",
        client="iphone",
        inv="BWC/0393/31",
        amt="320.00",
        item="repair",
        body=txt("""
            scusate ma questa non la paghiamo. il tecnico doveva venire il 10 luglio e non si è mai visto, lo abbiamo aspettato tutta la matina. la stazione è ancora ferma
            Marco
            """),
        labels=lab(note="lower case from a phone; billed for a visit that did not happen"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-three-instalments",
        intent="payment_plan",
        lang="en",
        frm=("Jo Whitlock", "treasurer@estuarysailing.example"),
        when="2031-07-21 19:05 +0100",
        client="gmail",
        inv="BWC/0392/31",
        amt="2760.00",
        cur="GBP",
        item="aws",
        body=txt("""
            Hi,

            Thanks for the reminder, and sorry – I know this is late. We're a volunteer-run club and the new weather station was bought on the strength of a community lottery grant, which has now been delayed until the autumn.

            Would you be willing to let us pay in three monthly instalments of £920, starting at the end of August? I can set up a standing order as soon as you say yes.

            Best wishes,
            Jo Whitlock
            Hon. Treasurer, Estuary Sailing Club
            """),
        labels=lab(note="instalments proposed; plan dates and amounts are not labelled"),
    ),
    Reply(
        key="pp-en-part-now",
        intent="payment_plan",
        lang="en",
        frm=("Tom Ellery", "tomellery.farming@gmail.com"),
        when="2031-08-07 08:20 +0100",
        client="gmail_plain",
        inv="BWC/0434/31",
        amt="1340.00",
        cur="GBP",
        item="soil",
        body="Morning, I can do £500 today and the rest when the wheat money comes in, should be end of the month. Hope thats ok\nTom",
        labels=lab(note="part now, rest later → payment_plan, not payment_sent or promise_to_pay"),
    ),
    Reply(
        key="pp-en-airfield-hardship",
        intent="payment_plan",
        lang="en",
        frm=("Graham Moss", "graham@moss-aviation.example"),
        when="2031-07-29 22:41 +0100",
        client="apple",
        days=4,
        inv="BWC/0397/31",
        amt="4150.00",
        cur="GBP",
        item="vis",
        body=txt("""
            Hello,

            I owe you an explanation rather than silence. In May our main tenant, the flying school, went into administration owing us three months' rent, and since then I've been juggling the fuel bill, the business rates and the insurance renewal, which is due again next month. The weather station and the cloud base sensor are the best thing we've bought in years and I've no intention of not paying for them.

            What I can't do is pay the whole £4,150 in one go at the moment. If you can give me until the end of October, I'll pay it off in whatever chunks you think reasonable – I'd rather agree something I can stick to than promise a date and miss it.

            Regards,
            Graham Moss
            Moss Aviation Ltd – Fenholt Airfield
            """),
        labels=lab(note="hardship and a request for more time, in a long message"),
    ),
    Reply(
        key="pp-de-monatsraten",
        intent="payment_plan",
        lang="de",
        frm=("Weingut Schäfer-Lindner", "info@schaefer-lindner.example"),
        when="2031-07-30 11:15 +0200",
        client="outlook_html",
        inv="BWC/0399/31",
        amt="2400.00",
        item="vine",
        body=txt("""
            Guten Tag,

            wir hatten dieses Jahr massive Hagelschäden in zwei Lagen, und die Versicherung hat noch nicht gezahlt. Wäre es möglich, die Rechnung in vier Monatsraten zu je 600,00 € zu begleichen, beginnend zum 01.09.?

            Über eine kurze Rückmeldung würden wir uns freuen.

            Mit freundlichen Grüßen
            Tobias Lindner
            """),
        labels=lab(),
    ),
    Reply(
        key="pp-de-erste-rate",
        intent="payment_plan",
        lang="de",
        frm=("Hannes Brückner", "kasse@lsv-hochrhoen.example"),
        when="2031-08-08 14:02 +0200",
        client="thunderbird",
        charset="iso-8859-15",
        cte="8bit",
        inv="BWC/0426/31",
        amt="1780.00",
        item="cal",
        body=txt("""
            Hallo,

            wir überweisen heute 800 € als erste Rate. Den Rest (980 €) schaffen wir Mitte September, wenn die Mitgliedsbeiträge fürs zweite Halbjahr eingegangen sind. Ich hoffe, das ist so in Ordnung.

            Gruß
            Hannes Brückner
            Kassenwart LSV Hochrhön e.V.
            """),
        labels=lab(note="a first instalment today and the rest in mid-September → payment_plan"),
    ),
    Reply(
        key="pp-fr-echeancier-mairie",
        intent="payment_plan",
        lang="fr",
        frm=("Mairie de Saint-Genest-les-Prés", "comptabilite@mairie-stgenest.example"),
        when="2031-08-04 09:20 +0200",
        client="outlook",
        charset="windows-1252",
        inv="BWC/0417/31",
        amt="3600.00",
        item="aws",
        body=txt("""
            Madame, Monsieur,

            Notre budget d'investissement 2031 ayant été voté tardivement, nous ne sommes pas en mesure de régler cette facture en une seule fois. Serait-il possible de convenir d'un échéancier en trois versements mensuels de 1 200 €, à partir de septembre ?

            Dans l'attente de votre accord, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

            Françoise Rivaud
            Secrétaire de mairie
            """),
        labels=lab(),
    ),
    Reply(
        key="pp-fr-premier-virement",
        intent="payment_plan",
        lang="fr",
        frm=("Lucas Perrot", "lucas@maraichage-perrot.example"),
        when="2031-08-02 07:05 +0200",
        client="iphone",
        inv="BWC/0429/31",
        amt="860.00",
        item="aws",
        body="Bonjour, je peux vous faire un premier virement de 300 € cette semaine et le reste en septembre quand les marchés auront repris. Ça vous va ?\nLucas",
        labels=lab(note="part this week, the rest in September"),
    ),
    Reply(
        key="pp-es-dos-plazos",
        intent="payment_plan",
        lang="es",
        frm=("Lucía Fernández", "lucia.fernandez@bodegavaldeduero.example"),
        when="2031-07-22 12:00 +0200",
        client="gmail",
        inv="BWC/0394/31",
        amt="3240.00",
        item="vine",
        body=txt("""
            Hola,

            ¿Sería posible pagar la factura en dos plazos? La mitad ahora, a finales de julio, y la otra mitad a mediados de septiembre, después de la vendimia.

            Gracias y un saludo,
            Lucía Fernández
            Bodega Valdeduero
            """),
        labels=lab(),
    ),
    Reply(
        key="pp-es-regantes-granizo",
        intent="payment_plan",
        lang="es",
        frm=(
            "Comunidad de Regantes de Valdecañas",
            "secretaria@regantesvaldecanas.example",
        ),
        when="2031-08-11 13:45 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="BWC/0435/31",
        amt="5100.00",
        item="aws",
        body=txt("""
            Buenas tardes:

            Les escribo en nombre de la Junta de Gobierno. Como sabrán por las noticias, la granizada de junio destrozó buena parte de la cosecha de la zona y muchos comuneros todavía no han podido pagar la derrama de este año, así que la tesorería de la Comunidad está bajo mínimos.

            No tenemos ningún problema con la factura, y las estaciones funcionan perfectamente, pero necesitaríamos algo más de margen. ¿Podrían concedernos un aplazamiento hasta diciembre, o fraccionar el importe en varios pagos? Lo que ustedes vean más razonable.

            Atentamente,

            María Jesús Calvo
            Secretaria - Comunidad de Regantes de Valdecañas
            """),
        labels=lab(
            note="hardship; asks for a deferral or instalments, the invoice itself is not contested"
        ),
    ),
    Reply(
        key="pp-nl-drie-termijnen",
        intent="payment_plan",
        lang="nl",
        frm=("Erik Lindeboom", "info@lindehoeve-camping.example"),
        when="2031-07-26 21:10 +0200",
        client="android",
        inv="BWC/0400/31",
        amt="1180.00",
        item="aws",
        body=txt("""
            Hallo, kunnen we dit in 3 termijnen doen? Het is hoogseizoen en al het geld zit nu in het nieuwe sanitairgebouw. Dan betaal ik eind augustus, eind september en eind oktober elk een derde.
            Gr Erik
            """),
        labels=lab(),
    ),
    Reply(
        key="pp-it-tre-rate",
        intent="payment_plan",
        lang="it",
        frm=("Agriturismo Le Querce", "info@agriturismolequerce.example"),
        when="2031-07-30 17:40 +0200",
        client="gmail",
        inv="BWC/0391/31",
        amt="1650.00",
        item="aws",
        body=txt("""
            Buonasera,
            sarebbe possibile rateizzare l'importo in tre rate mensili da 550 €? Agosto per noi è il mese più pesante per le spese e preferiremmo non lasciare la fattura in sospeso.
            Grazie mille
            Paola Benedetti
            Agriturismo Le Querce
            """),
        labels=lab(),
    ),
    Reply(
        key="pp-it-saldo-vendemmia",
        intent="payment_plan",
        lang="it",
        frm=("Davide Zanin", "davide@vignezanin.example"),
        when="2031-08-12 19:20 +0200",
        client="iphone",
        inv="BWC/0438/31",
        amt="1240.00",
        item="vine",
        body="Ciao, vi mando 500 euro adesso e il saldo a fine settembre dopo la vendemmia. Ok?\nDavide",
        labels=lab(note="part now, the balance after the harvest"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-no-po-no-pay",
        intent="invoice_request",
        lang="en",
        frm=(
            "Creditor Payments – Haldon County Council",
            "creditor.payments@haldon-cc.example",
        ),
        when="2031-07-24 11:02 +0100",
        client="outlook",
        charset="windows-1252",
        headers=(SUPPRESS,),
        inv="BWC/0440/31",
        amt="7240.00",
        cur="GBP",
        item="air",
        body=txt("""
            Dear Supplier,

            We are unable to process invoice BWC/0440/31 as it does not quote a valid Haldon County Council purchase order number. Under our No PO, No Pay policy, invoices without a purchase order are returned unpaid.

            Please obtain the PO number from your contact in Environmental Health and resubmit the invoice to this mailbox. Once we receive a compliant invoice it will be paid within our 30-day terms.

            Regards,

            Creditor Payments Team
            Haldon County Council
            """),
        labels=lab(
            ("BWC/0440/31",),
            note="payment conditional on a reissue quoting a PO; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-copy-and-certs",
        intent="invoice_request",
        lang="en",
        frm=("Priya Raman", "p.raman@northmoor.ac.example"),
        when="2031-08-06 14:40 +0100",
        client="gmail",
        inv="BWC/0452/31",
        amt="1120.00",
        cur="GBP",
        item="cal",
        body=txt("""
            Hi there,

            could you send me a copy of the invoice along with the calibration certificates for the two barometers? I can't find either and our finance team won't release payment until the certs are attached to the purchase record.

            Thanks,
            Priya

            Priya Raman
            Senior Technician, Atmospheric Physics
            Northmoor University
            """),
        labels=lab(note="documents needed before payment is released"),
    ),
    Reply(
        key="ir-en-verify-bank-details",
        intent="invoice_request",
        lang="en",
        frm=("Martin Doyle", "finance@kelseyharbour.example"),
        when="2031-07-28 10:25 +0100",
        client="outlook_html",
        inv="BWC/0443/31",
        amt="3980.00",
        cur="GBP",
        item="aws",
        body=txt("""
            Good morning,

            Before we can pay this we need to verify your bank details. We've had two attempted supplier-impersonation frauds this year, so our policy is that bank details are confirmed on a signed letter on company letterhead or by a call-back to a number we already hold.

            Could you please send a signed letter with your account details, or ask someone to call our finance office on 01632 960884? As soon as that's done the payment will be released.

            Kind regards,

            Martin Doyle
            Finance Officer
            Kelsey Harbour Authority
            """),
        labels=lab(note="bank-detail verification needed before paying"),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        frm=(
            "Stadt Lindenhausen – Rechnungseingang",
            "rechnungseingang@lindenhausen.example",
        ),
        when="2031-07-31 13:55 +0200",
        client="html_only",
        inv="BWC/0441/31",
        amt="4410.00",
        item="air",
        body=txt("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung BWC/0441/31 liegt uns nur als PDF vor. Als öffentlicher Auftraggeber dürfen wir ausschließlich elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal des Landes ein und geben Sie dabei unsere Leitweg-ID 08-1234500-41 an.

            Nach Eingang der XRechnung wird der Betrag innerhalb der vereinbarten Frist angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Petra Schwarz
            Stadtkasse Lindenhausen
            """),
        labels=lab(
            ("BWC/0441/31",),
            note="e-invoice resubmission required before payment; HTML-only Outlook message",
        ),
    ),
    Reply(
        key="ir-de-op-liste",
        intent="invoice_request",
        lang="de",
        frm=("Monika Fendt", "m.fendt@kanzlei-fendt.example"),
        when="2031-08-12 09:12 +0200",
        client="apple",
        charset="iso-8859-1",
        inv="BWC/0456/31",
        amt="920.00",
        item="vine",
        body=txt("""
            Guten Morgen,

            wir betreuen die Buchhaltung des Weinguts Sonnenberg. Diese Rechnung ist bei uns nicht gebucht, wir haben sie nie erhalten. Könnten Sie uns bitte eine Kopie schicken, und gleich eine aktuelle Offene-Posten-Liste dazu? Dann gleichen wir das ab und veranlassen die Zahlung.

            Freundliche Grüße
            Monika Fendt
            Steuerkanzlei Fendt
            """),
        labels=lab(
            note="accountant asks for a copy and a statement of open items before paying; nothing contested"
        ),
    ),
    Reply(
        key="ir-fr-chorus-pro",
        intent="invoice_request",
        lang="fr",
        frm=(
            "Service facturier – Université Rhône-Pilat",
            "service.facturier@univ-rhonepilat.example",
        ),
        when="2031-07-22 10:30 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0439/31",
        amt="2780.00",
        item="solar",
        body=txt("""
            Bonjour,

            Nous accusons réception de votre relance. Toutefois, votre facture ne nous est jamais parvenue par le circuit réglementaire : les factures adressées aux établissements publics doivent être déposées sur le portail Chorus Pro, avec notre SIRET (199 912 345 00018) et le numéro d'engagement juridique figurant sur le bon de commande (EJ 2100045871).

            Dès que la facture sera déposée sur Chorus Pro, elle sera traitée dans le délai global de paiement de 30 jours.

            Cordialement,

            Service facturier
            Université Rhône-Pilat
            """),
        labels=lab(
            note="written by a person despite 'nous accusons réception'; the invoice must be resubmitted through the public portal"
        ),
    ),
    Reply(
        key="ir-fr-rib-coupe",
        intent="invoice_request",
        lang="fr",
        frm=("Hélène Roux", "helene@mas-des-garrigues.example"),
        when="2031-08-08 17:05 +0200",
        client="gmail",
        inv="BWC/0458/31",
        amt="740.00",
        item="aws",
        body=txt("""
            Bonjour,

            Je veux bien payer mais le RIB en bas de votre facture est coupé à l'impression, il manque la fin de l'IBAN. Vous pouvez me le renvoyer ?

            Merci,
            Hélène
            Mas des Garrigues
            """),
        labels=lab(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-es-face-dir3",
        intent="invoice_request",
        lang="es",
        frm=(
            "Intervención – Ayuntamiento de Villanueva del Cierzo",
            "intervencion@villanuevadelcierzo.example",
        ),
        when="2031-07-23 12:20 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="BWC/0442/31",
        amt="3560.00",
        item="air",
        body=txt("""
            Buenos días:

            En relación con su correo, le informamos de que en el registro contable de facturas de este Ayuntamiento no consta ninguna factura suya. Las facturas dirigidas a las Administraciones Públicas deben presentarse en formato electrónico a través del punto general de entrada FACe, indicando los códigos DIR3 de oficina contable, órgano gestor y unidad tramitadora (L01509876 en los tres casos).

            Una vez presentada, se tramitará su pago en el plazo legal.

            Atentamente,

            Intervención Municipal
            Ayuntamiento de Villanueva del Cierzo
            """),
        labels=lab(note="e-invoice through the public portal required before payment"),
    ),
    Reply(
        key="ir-es-mandame-la-factura",
        intent="invoice_request",
        lang="es",
        frm=("Rafa Olivares", "rafa.olivares.campo@gmail.com"),
        when="2031-08-03 21:30 +0200",
        client="iphone",
        days=2,
        inv="BWC/0450/31",
        amt="560.00",
        item="aws",
        body="mandame la factura otra vez que no la encuentro y te la pago",
        labels=lab(note="copy requested before paying; no punctuation or accents"),
    ),
    Reply(
        key="ir-nl-peppol",
        intent="invoice_request",
        lang="nl",
        frm=(
            "Team Crediteuren Waterschap Lage Peel",
            "crediteuren@waterschaplagepeel.example",
        ),
        when="2031-07-21 13:18 +0200",
        client="outlook",
        inv="BWC/0444/31",
        amt="6125.00",
        item="aws",
        body=txt("""
            Geachte heer/mevrouw,

            Uw factuur is bij ons niet in behandeling genomen. Het waterschap verwerkt uitsluitend e-facturen die via het Peppol-netwerk worden aangeleverd; pdf-facturen per e-mail worden automatisch afgewezen. Wilt u de factuur opnieuw indienen via Peppol, onder vermelding van ons ordernummer 4700023918?

            Met vriendelijke groet,

            Team Crediteuren
            Waterschap Lage Peel
            """),
        labels=lab(note="resubmission through the e-invoicing network with an order number"),
    ),
    Reply(
        key="ir-nl-welke-factuur",
        intent="invoice_request",
        lang="nl",
        frm=("Sanne de Groot", "administratie@obsdewindroos.example"),
        when="2031-08-13 11:11 +0200",
        client="gmail_plain",
        inv="BWC/0459/31",
        amt="385.00",
        item="data",
        body=txt("""
            Hallo,

            Welke factuur is dit precies? Ik kan hem niet vinden in ons systeem. Kunt u de pdf nog een keer sturen, dan leg ik hem bij de directeur neer voor akkoord.

            Groeten,
            Sanne de Groot
            Administratie OBS De Windroos
            """),
        labels=lab(note="school office asks for the PDF to get it approved"),
    ),
    Reply(
        key="ir-it-sdi-codice-univoco",
        intent="invoice_request",
        lang="it",
        frm=(
            "Comune di Borgo Lavezzo - Ragioneria",
            "ragioneria@comune.borgolavezzo.example",
        ),
        when="2031-08-14 10:40 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0461/31",
        amt="2950.00",
        item="aws",
        body=txt("""
            Spett.le Ditta,

            in riscontro al Vostro sollecito, si comunica che la fattura BWC/0461/31 non risulta pervenuta tramite il Sistema di Interscambio. Questo Ente non può accettare fatture in formato cartaceo o PDF.

            Si invita pertanto a trasmettere la fattura elettronica tramite SdI, indicando il codice univoco ufficio UF7K2Q e il CIG Z4A3B1C2D5 riportato nella determina di affidamento.

            Distinti saluti

            Il Responsabile del Servizio Finanziario
            Rag. Carla Pellegrini
            """),
        labels=lab(
            ("BWC/0461/31",),
            note="electronic invoice through the exchange system required before payment",
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-stood-down",
        intent="wrong_contact",
        lang="en",
        frm=("Nigel Barraclough", "nigel.barraclough@gmail.com"),
        when="2031-07-24 20:30 +0100",
        client="gmail_plain",
        inv="BWC/0445/31",
        amt="455.00",
        cur="GBP",
        item="cal",
        body=txt("""
            Hello,

            I stood down as treasurer of the Pennine Moorland Heritage Trust at the end of June, so I'm afraid I can't deal with this any more. The new treasurer is Alison Greaves - alison.greaves@pennine-moorland.example. I've forwarded your email to her but you'll want to update your records.

            Regards
            Nigel
            """),
        labels=lab(new_contact="alison.greaves@pennine-moorland.example"),
    ),
    Reply(
        key="wc-en-redirect-suspicious",
        intent="wrong_contact",
        lang="en",
        frm=("Accounts Department", "accounts@harrowdene-estates.example"),
        when="2031-08-12 16:58 +0100",
        client="outlook_html",
        inv="BWC/0460/31",
        amt="2230.00",
        cur="GBP",
        item="aws",
        body=txt("""
            Dear Sir/Madam,

            Please be advised that with immediate effect our accounts payable function has been outsourced. Kindly direct all correspondence relating to outstanding invoices, statements and reminders to our new processing centre at harrowdene.ap.processing@outlook-mail.example and remove this address from your records, as it will no longer be monitored.

            Kindly confirm by return once your records have been updated.

            Regards,
            Accounts Department
            Harrowdene Estates
            """),
        labels=lab(
            new_contact="harrowdene.ap.processing@outlook-mail.example",
            note="reads like a redirection attempt (urgency, outside domain, asks for confirmation); labelled by what it says, but a person should verify before changing records",
        ),
    ),
    Reply(
        key="wc-en-groundsman",
        intent="wrong_contact",
        lang="en",
        frm=("Dave Pike", "dave.pike@hollinsworthschool.example"),
        when="2031-07-25 13:02 +0100",
        client="iphone",
        inv="BWC/0446/31",
        amt="610.00",
        cur="GBP",
        item="data",
        body="not me mate, i just look after the weather station on the roof. try the bursar, finance@hollinsworthschool.example",
        labels=lab(new_contact="finance@hollinsworthschool.example"),
    ),
    Reply(
        key="wc-de-nur-technik",
        intent="wrong_contact",
        lang="de",
        frm=("Lukas Obermaier", "l.obermaier@skigebiet-grubenalm.example"),
        when="2031-07-30 08:40 +0200",
        client="outlook",
        charset="windows-1252",
        headers=(("Cc", "Buchhaltung Grubenalm <buchhaltung@skigebiet-grubenalm.example>"),),
        inv="BWC/0447/31",
        amt="1960.00",
        item="snow",
        body=txt("""
            Guten Morgen,

            ich bin bei uns nur für die Technik zuständig (Schneehöhensensoren, Wetterstation am Gipfel). Rechnungen und Mahnungen schicken Sie bitte an unsere Buchhaltung unter buchhaltung@skigebiet-grubenalm.example – die Kollegin habe ich in Kopie gesetzt.

            Schöne Grüße vom Berg
            Lukas Obermaier
            Betriebsleitung Technik, Skigebiet Grubenalm
            """),
        labels=lab(
            new_contact="buchhaltung@skigebiet-grubenalm.example",
            note="Austrian sender; the new address is also copied in Cc",
        ),
    ),
    Reply(
        key="wc-fr-ancien-tresorier",
        intent="wrong_contact",
        lang="fr",
        frm=("Jean-Marc Pellerin", "jm.pellerin@free.fr"),
        when="2031-07-28 18:10 +0200",
        client="thunderbird",
        cte="8bit",
        inv="BWC/0448/31",
        amt="520.00",
        item="aws",
        body=txt("""
            Bonsoir,

            Je ne suis plus trésorier du Club d'astronomie et de météo de la Vallée depuis l'assemblée générale de mars. Merci d'adresser vos courriers à la nouvelle trésorière, Mme Nadia Belkacem : tresorerie@astrometeo-vallee.example

            Bien à vous,
            Jean-Marc Pellerin
            """),
        labels=lab(new_contact="tresorerie@astrometeo-vallee.example"),
    ),
    Reply(
        key="wc-fr-particulier",
        intent="wrong_contact",
        lang="fr",
        frm=("Gérard Fauconnet", "g.fauconnet@mailo-perso.example"),
        when="2031-08-06 12:30 +0200",
        client="android",
        inv="BWC/0455/31",
        amt="1340.00",
        item="aws",
        body=txt("""
            Bonjour,

            Il doit y avoir une erreur : je suis un particulier et je n'ai jamais rien commandé chez vous. Vous devez me confondre avec le camping Fauconnet, qui n'a rien à voir avec moi.

            Cordialement
            G. Fauconnet
            """),
        labels=lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-es-cuenta-pedidos",
        intent="wrong_contact",
        lang="es",
        frm=("Pedidos – Viveros Almenara", "pedidos@viverosalmenara.example"),
        when="2031-07-25 10:10 +0200",
        client="outlook_html",
        inv="BWC/0449/31",
        amt="1320.00",
        item="frost",
        body=txt("""
            Buenos días:

            Esta cuenta solo se utiliza para pedidos y no la revisa nadie de contabilidad. Para cualquier tema de facturas y pagos, escriban por favor a administracion@viverosalmenara.example.

            Gracias,
            Rocío
            Viveros Almenara
            """),
        labels=lab(new_contact="administracion@viverosalmenara.example"),
    ),
    Reply(
        key="wc-es-ya-no-trabajo",
        intent="wrong_contact",
        lang="es",
        frm=("Álvaro Prieto", "alvaroprieto.enologo@gmail.com"),
        when="2031-08-04 17:55 +0200",
        client="gmail_plain",
        inv="BWC/0451/31",
        amt="2480.00",
        item="vine",
        body=txt("""
            Hola,

            Dejé Bodegas Monteabrego en mayo, ya no trabajo allí y no tengo acceso a nada de la administración. Llamad directamente a la bodega, porque no sé quién lleva ahora las facturas.

            Suerte,
            Álvaro
            """),
        labels=lab(note="left the company; no new address given"),
    ),
    Reply(
        key="wc-nl-met-pensioen",
        intent="wrong_contact",
        lang="nl",
        frm=("Henk Jansen", "h.jansen@gemeente-maasbroek.example"),
        when="2031-07-22 09:50 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="BWC/0453/31",
        amt="2200.00",
        item="air",
        body=txt("""
            Goedemorgen,

            Ik ben per 1 juli met pensioen en lees deze mailbox alleen nog bij uitzondering. Mijn opvolger bij team Inkoop is Joyce de Vries, j.devries@gemeente-maasbroek.example. Zij kan u verder helpen met deze factuur.

            Met vriendelijke groet,
            Henk Jansen
            """),
        labels=lab(
            new_contact="j.devries@gemeente-maasbroek.example",
            note="written by the retired employee himself, not an auto-reply",
        ),
    ),
    Reply(
        key="wc-nl-verkeerde-gemeente",
        intent="wrong_contact",
        lang="nl",
        frm=(
            "Afdeling Financiën gemeente Heerdervelde",
            "financien@heerdervelde.example",
        ),
        when="2031-08-14 15:20 +0200",
        client="outlook",
        inv="BWC/0462/31",
        amt="3180.00",
        item="air",
        body=txt("""
            Geachte heer, mevrouw,

            Wij hebben nooit een luchtkwaliteitsmeter bij u besteld. Vermoedelijk is deze herinnering bedoeld voor de gemeente Heerdeveen; die namen worden wel vaker verward. Hun contactgegevens vindt u op hun website.

            Met vriendelijke groet,

            Afdeling Financiën
            Gemeente Heerdervelde
            """),
        labels=lab(note="wrong organisation; the right one is named but no address is given"),
    ),
    Reply(
        key="wc-it-studio-non-segue-piu",
        intent="wrong_contact",
        lang="it",
        frm=("Francesca Moretti", "studio@morettiassociati.example"),
        when="2031-07-21 16:35 +0200",
        client="gmail",
        inv="BWC/0454/31",
        amt="880.00",
        item="aws",
        body=txt("""
            Buongiorno,

            il nostro studio non segue più la contabilità dell'Azienda Agricola Valbruna dal 30 giugno. Vi preghiamo di rivolgervi direttamente all'azienda, all'indirizzo amministrazione@aziendavalbruna.example.

            Cordiali saluti
            Dott.ssa Francesca Moretti
            Studio Moretti & Associati – Commercialisti
            """),
        labels=lab(new_contact="amministrazione@aziendavalbruna.example"),
    ),
    Reply(
        key="wc-it-mixed-case-cc",
        intent="wrong_contact",
        lang="it",
        frm=("Luca Bernardi", "l.bernardi@osservatorio-monteverde.example"),
        when="2031-08-07 11:25 +0200",
        client="outlook",
        charset="windows-1252",
        cte="8bit",
        headers=(("Cc", "Segreteria.Amministrativa@Fondazione-Monteverde.example"),),
        inv="BWC/0457/31",
        amt="1430.00",
        item="cal",
        body=txt("""
            Buongiorno,

            io mi occupo solo della parte scientifica dell'osservatorio. Per fatture e pagamenti il riferimento è la segreteria amministrativa della Fondazione, che metto in copia: Segreteria.Amministrativa@Fondazione-Monteverde.example

            Saluti,
            Luca Bernardi
            """),
        labels=lab(
            new_contact="segreteria.amministrativa@fondazione-monteverde.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-promise-but-stop",
        intent="unsubscribe",
        lang="en",
        frm=("Kevin Marsh", "kevin@marshagri.example"),
        when="2031-08-05 13:40 +0100",
        client="android",
        inv="BWC/0463/31",
        amt="1560.00",
        cur="GBP",
        item="soil",
        body="I told your colleague on the phone last week it will be paid on the 15th. That's the third of these emails since. Please stop emailing me about it, I don't need a reminder every two days.",
        labels=lab(
            note="promise plus 'stop emailing': unsubscribe wins, so the promised date is not labelled"
        ),
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        frm=("Eleanor Hartley", "e.hartley@pemburyvance-law.example"),
        when="2031-07-28 16:05 +0100",
        client="outlook_html",
        headers=(SUPPRESS,),
        inv="BWC/0464/31",
        amt="8750.00",
        cur="GBP",
        item="vis",
        body=txt("""
            Dear Sirs,

            We act for Brackenfield Aero Services Ltd in connection with your invoice and the related installation works at Brackenfield Airfield.

            Our client disputes liability for the sums claimed. Please direct all further correspondence on this matter to this firm and do not contact our client directly.

            Yours faithfully,

            Eleanor Hartley
            Associate
            Pembury Vance LLP

            This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Pembury Vance LLP is a limited liability partnership registered in England and Wales.
            """),
        labels=lab(
            note="solicitors: 'do not contact our client directly' → unsubscribe, which beats the dispute"
        ),
    ),
    Reply(
        key="un-en-post-only-parish",
        intent="unsubscribe",
        lang="en",
        frm=("Clerk to Ashcombe Parish Council", "clerk@ashcombe-pc.example"),
        when="2031-07-23 10:55 +0100",
        client="thunderbird",
        cte="8bit",
        inv="BWC/0465/31",
        amt="380.00",
        cur="GBP",
        item="aws",
        body=txt("""
            Dear Sir or Madam,

            The Council does not deal with invoices or statements by email. All invoices must be sent by post to the Clerk at the address below so that they can be presented at the monthly meeting and approved by two councillors. Please remove this email address from your reminder list.

            Yours faithfully,

            Mrs J. Ridley
            Clerk to the Council
            Ashcombe Parish Council
            The Old School Room, Church Lane, Ashcombe
            """),
        labels=lab(note="post only and 'remove this address'"),
    ),
    Reply(
        key="un-de-nur-post",
        intent="unsubscribe",
        lang="de",
        frm=("Forstbetriebsgemeinschaft Hochwald e.V.", "info@fbg-hochwald.example"),
        when="2031-08-04 10:10 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="BWC/0466/31",
        amt="1730.00",
        item="aws",
        body=txt("""
            Sehr geehrte Damen und Herren,

            wir bitten darum, uns künftig keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in Rechnungsangelegenheiten bitte ausschließlich per Post an unsere Geschäftsstelle.

            Mit freundlichen Grüßen
            Forstbetriebsgemeinschaft Hochwald e.V.
            Geschäftsstelle
            """),
        labels=lab(note="post only"),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        frm=("Ralf Kessler", "ralf.kessler@gmx.de"),
        when="2031-08-09 11:30 +0200",
        client="android",
        inv="BWC/0467/31",
        amt="2100.00",
        item="repair",
        body="Hören Sie endlich auf, mich jeden zweiten Tag zu mahnen!! Die Sache liegt bei meinem Anwalt, der meldet sich bei ihnen. Bis dahin keine Mails mehr.",
        labels=lab(note="stop e-mailing, the matter is with a lawyer"),
    ),
    Reply(
        key="un-fr-avocate",
        intent="unsubscribe",
        lang="fr",
        frm=("Yannick Le Goff", "gerance@meteolittoral.example"),
        when="2031-08-14 17:15 +0200",
        client="html_only",
        charset="iso-8859-1",
        inv="BWC/0468/31",
        amt="3890.00",
        item="vis",
        body=txt("""
            Madame, Monsieur,

            Je vous demande de cesser toute relance par courriel concernant cette facture. Le dossier a été confié à notre conseil, Maître Anne-Sophie Kerbrat, avocate à Quimper, qui prendra contact avec vous.

            Salutations,
            Yannick Le Goff
            Gérant - SARL Météo Littoral Services
            """),
        labels=lab(
            note="stop e-mailing, lawyer named without an address; HTML-only Outlook message"
        ),
    ),
    Reply(
        key="un-es-correo-personal",
        intent="unsubscribe",
        lang="es",
        frm=("Carmen Soler", "carmen@familiasoler-vidal.example"),
        when="2031-07-25 20:15 +0200",
        client="gmail",
        inv="BWC/0469/31",
        amt="430.00",
        item="aws",
        body=txt("""
            Buenas noches:

            Os pedí hace meses que no usarais mi correo personal para los temas de la finca. Cualquier cosa, por carta a la dirección de la finca. No me mandéis más correos a esta dirección, por favor.

            Carmen Soler
            """),
        labels=lab(note="letters only, no more e-mail"),
    ),
    Reply(
        key="un-es-rgpd",
        intent="unsubscribe",
        lang="es",
        frm=("José Antonio Ruiz", "ja.ruiz@cortijolasnieves.example"),
        when="2031-08-12 12:05 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="BWC/0470/31",
        amt="1290.00",
        item="frost",
        body=txt("""
            Muy señores míos:

            En virtud del artículo 21 del Reglamento (UE) 2016/679, me opongo al tratamiento de mi dirección de correo electrónico para el envío de recordatorios y comunicaciones comerciales, y les solicito que la supriman de sus listas de envío.

            Atentamente,
            José Antonio Ruiz
            """),
        labels=lab(note="data-protection objection to being e-mailed"),
    ),
    Reply(
        key="un-nl-haal-van-lijst",
        intent="unsubscribe",
        lang="nl",
        frm=("Bas van Leeuwen", "bas.vanleeuwen@kpnmail-thuis.example"),
        when="2031-07-22 21:05 +0200",
        client="iphone",
        inv="BWC/0471/31",
        amt="290.00",
        item="data",
        body="Haal dit adres aub van jullie lijst, ik zit niet meer bij de zweefvliegclub en krijg elke week die mails",
        labels=lab(
            note="remove-me plus 'no longer at the club' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-nl-avg-klacht",
        intent="unsubscribe",
        lang="nl",
        frm=("Marloes Verbeek", "marloes@weidevogelmeetnet.example"),
        when="2031-08-15 09:45 +0200",
        client="gmail",
        inv="BWC/0472/31",
        amt="650.00",
        item="aws",
        body=txt("""
            Beste,

            Ik heb deze factuur vorige maand al betaald en krijg desondanks nog steeds herinneringen. Ik wil vanaf nu geen e-mails meer van jullie ontvangen. Verwijder mijn adres uit jullie systeem, anders dien ik een klacht in bij de toezichthouder.

            Marloes Verbeek
            Stichting Weidevogelmeetnet
            """),
        labels=lab(note="payment claim plus 'no more e-mails': unsubscribe wins"),
    ),
    Reply(
        key="un-it-caps-commercialista",
        intent="unsubscribe",
        lang="it",
        frm=("Gianni Ferraris", "gianni@ferraris-frutta.example"),
        when="2031-07-21 18:50 +0200",
        client="iphone",
        inv="BWC/0473/31",
        amt="740.00",
        item="frost",
        body="NON SCRIVETEMI PIÙ. PER QUALSIASI COSA PARLATE CON IL MIO COMMERCIALISTA",
        labels=lab(note="all caps; stop writing, talk to my accountant (no address)"),
    ),
    Reply(
        key="un-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        frm=("Elena Gatti", "elena.gatti@bbcollinefiorite.example"),
        when="2031-08-13 14:20 +0200",
        client="gmail",
        inv="BWC/0474/31",
        amt="350.00",
        item="data",
        body=txt("""
            Buongiorno,

            vi chiedo cortesemente di cancellare il mio indirizzo dalla vostra lista: ho chiuso il B&B a maggio e la stazione meteo l'ho già restituita al vostro tecnico.

            Grazie
            Elena Gatti
            """),
        labels=lab(note="remove me; business closed"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-until-monday",
        intent="auto_reply",
        lang="en",
        frm=("Fiona McAllister", "f.mcallister@strathannan-estates.example"),
        when="2031-07-28 08:52 +0100",
        client="notice_exchange",
        subject=AUTO_REPLY_PREFIX["en"] + "{rsub}",
        headers=(AUTO, SUPPRESS),
        inv="BWC/0475/31",
        amt="1540.00",
        cur="GBP",
        item="aws",
        days=0,
        body=txt("""
            Thank you for your email. I am out of the office until Monday 4 August with limited access to email. For anything urgent, please contact the estate office on 01632 960321.

            Fiona McAllister
            Estate Manager, Strathannan Estates
            """),
        labels=lab(return_date="2031-08-04", note="'until Monday 4 August' → that date"),
    ),
    Reply(
        key="ar-en-helpdesk-ticket",
        intent="auto_reply",
        lang="en",
        frm=("Westmarch Finance Helpdesk", "financehelp@westmarch.ac.example"),
        when="2031-07-22 08:41 +0100",
        client="notice",
        subject="[FIN-204117] {rsub}",
        headers=(AUTO_GENERATED,),
        inv="BWC/0476/31",
        amt="2310.00",
        cur="GBP",
        item="data",
        days=0,
        body=txt("""
            This is an automated message - please do not reply.

            Thank you for contacting the Finance Helpdesk. Your enquiry has been logged with reference FIN-204117 and assigned to the Accounts Payable queue.

            We aim to respond to supplier enquiries within 5 working days. To add information to this enquiry, reply to this message keeping the reference in the subject line.

            Finance Operations
            University of Westmarch
            """),
        labels=lab(note="helpdesk ticket acknowledgement, no return date"),
    ),
    Reply(
        key="ar-en-nl-xautoreply",
        intent="auto_reply",
        lang="en",
        frm=("Pieter van Os", "p.vanos@kempenlandairport.example"),
        when="2031-07-21 09:40 +0200",
        client="notice",
        rlang="nl",
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        inv="BWC/0477/31",
        amt="5860.00",
        item="vis",
        days=0,
        body=txt("""
            Thank you for your message. I am on annual leave from 19 July up to and including 8 August and will be back in the office on Monday 11 August. Your email will not be forwarded. For urgent finance matters please contact finance@kempenlandairport.example.

            Kind regards,
            Pieter van Os
            """),
        labels=lab(
            return_date="2031-08-11",
            note="English auto-reply to a Dutch reminder; only X-Autoreply, no Auto-Submitted; the colleague's address is not a new contact",
        ),
    ),
    Reply(
        key="ar-de-wieder-ab",
        intent="auto_reply",
        lang="de",
        frm=("Andrea Huber", "a.huber@stadtwerke-isarau.example"),
        when="2031-07-29 09:05 +0200",
        client="notice_exchange",
        charset="iso-8859-1",
        subject=AUTO_REPLY_PREFIX["de"] + "{rsub}",
        headers=(AUTO, SUPPRESS),
        inv="BWC/0478/31",
        amt="4120.00",
        item="air",
        days=0,
        body=txt("""
            Vielen Dank für Ihre Nachricht.

            Ich bin vom 28.07. bis einschließlich 15.08.2031 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, den 18.08., bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.

            Mit freundlichen Grüßen
            Andrea Huber
            Stadtwerke Isarau - Energie & Umwelt
            """),
        labels=lab(
            return_date="2031-08-18",
            note="'ab Montag, den 18.08.' wins over 'bis einschließlich 15.08.'",
        ),
    ),
    Reply(
        key="ar-de-betriebsferien",
        intent="auto_reply",
        lang="de",
        frm=("Weingut Kronenhof", "info@weingut-kronenhof.example"),
        when="2031-08-05 09:30 +0200",
        client="notice",
        subject="Betriebsferien - {rsub}",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
        inv="BWC/0479/31",
        amt="980.00",
        item="frost",
        days=0,
        body=txt("""
            Liebe Kundinnen und Kunden,

            unser Weingut ist vom 28. Juli bis 8. August in den Betriebsferien. In dieser Zeit sind Büro und Vinothek geschlossen. Ab dem 11. August sind wir wieder persönlich für Sie da.

            Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

            Herzliche Grüße
            Familie Kronenberger
            Weingut Kronenhof
            """),
        labels=lab(
            return_date="2031-08-11",
            note="holiday closure notice with Precedence and X-Autoreply but no Auto-Submitted",
        ),
    ),
    Reply(
        key="ar-fr-de-retour",
        intent="auto_reply",
        lang="fr",
        frm=("Camille Girard", "c.girard@sivom-hautes-vernes.example"),
        when="2031-07-24 09:15 +0200",
        client="notice",
        subject=AUTO_REPLY_PREFIX["fr"] + "{rsub}",
        headers=(AUTO,),
        inv="BWC/0480/31",
        amt="2260.00",
        item="snow",
        days=0,
        body=txt("""
            Bonjour,

            Je suis en congés et serai de retour le mercredi 13 août. Pendant mon absence, vous pouvez contacter Thomas Perrin (t.perrin@sivom-hautes-vernes.example) pour toute question urgente.

            Cordialement,
            Camille Girard
            """),
        labels=lab(
            return_date="2031-08-13",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-fr-ticket-universite",
        intent="auto_reply",
        lang="fr",
        frm=(
            "Assistance Finances – Université Rhône-Pilat",
            "assistance-finances@univ-rhonepilat.example",
        ),
        when="2031-08-08 09:07 +0200",
        client="notice",
        subject="[Ticket#2031080810000417] Accusé de réception : {rsub}",
        headers=(AUTO_GENERATED,),
        inv="BWC/0481/31",
        amt="1890.00",
        item="solar",
        days=0,
        body=txt("""
            Bonjour,

            Votre message a bien été reçu par l'assistance de la Direction des finances. Il a été enregistré sous le numéro de ticket 2031080810000417 et sera traité par un gestionnaire dans les meilleurs délais.

            Merci de conserver ce numéro dans l'objet de vos prochains échanges.

            Ceci est un message automatique, merci de ne pas y répondre.
            """),
        labels=lab(note="ticket acknowledgement, no return date"),
    ),
    Reply(
        key="ar-es-cerrado-vacaciones",
        intent="auto_reply",
        lang="es",
        frm=("Bodega Cerro Alto", "info@bodegacerroalto.example"),
        when="2031-08-04 09:20 +0200",
        client="notice",
        subject="Re: {rsub}",
        inv="BWC/0482/31",
        amt="1710.00",
        item="vine",
        days=0,
        body=txt("""
            Gracias por escribirnos.

            Del 1 al 15 de agosto la bodega permanece cerrada por vacaciones. Volvemos el lunes 18 de agosto y responderemos a todos los correos por orden de llegada.

            Bodega Cerro Alto
            """),
        labels=lab(
            return_date="2031-08-18",
            note="holiday autoresponder with a plain 'Re:' subject and no automatic-mail headers at all",
        ),
    ),
    Reply(
        key="ar-nl-tm-vanaf",
        intent="auto_reply",
        lang="nl",
        frm=("Ellen Brouwer", "e.brouwer@waterschapdelfzande.example"),
        when="2031-07-23 09:10 +0200",
        client="notice_exchange",
        subject=AUTO_REPLY_PREFIX["nl"] + "{rsub}",
        headers=(AUTO, SUPPRESS),
        inv="BWC/0483/31",
        amt="3370.00",
        item="aws",
        days=0,
        body=txt("""
            Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 15 augustus. Vanaf maandag 18 augustus ben ik weer aanwezig.

            Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met het algemene nummer van het waterschap.

            Met vriendelijke groet,
            Ellen Brouwer
            """),
        labels=lab(
            return_date="2031-08-18",
            note="'vanaf maandag 18 augustus' wins over 't/m vrijdag 15 augustus'",
        ),
    ),
    Reply(
        key="ar-nl-ontvangstbevestiging",
        intent="auto_reply",
        lang="nl",
        frm=("Loonbedrijf Hendriks", "info@loonbedrijfhendriks.example"),
        when="2031-08-14 08:58 +0200",
        client="notice",
        subject="Ontvangstbevestiging",
        headers=(("Precedence", "auto_reply"),),
        inv="BWC/0484/31",
        amt="760.00",
        item="soil",
        days=0,
        body=txt("""
            Bedankt voor uw e-mail!

            Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen twee werkdagen te antwoorden. In het oogstseizoen kan dat helaas wat langer duren.

            Met vriendelijke groet,
            Loonbedrijf Hendriks
            """),
        labels=lab(note="receipt acknowledgement with only a Precedence header, no return date"),
    ),
    Reply(
        key="ar-it-ferie-agosto",
        intent="auto_reply",
        lang="it",
        frm=(
            "Cantina Colline Ventose",
            "amministrazione@cantinacollineventose.example",
        ),
        when="2031-08-08 10:02 +0200",
        client="notice",
        subject=AUTO_REPLY_PREFIX["it"] + "{rsub}",
        headers=(AUTO,),
        inv="BWC/0485/31",
        amt="1260.00",
        item="vine",
        days=0,
        body=txt("""
            Gentile cliente,

            gli uffici amministrativi resteranno chiusi per ferie dall'8 al 22 agosto compresi. Riapriremo lunedì 25 agosto.

            Per urgenze tecniche in vigneto fate riferimento al numero di reperibilità indicato sul nostro sito.

            Cordiali saluti
            Cantina Colline Ventose
            """),
        labels=lab(
            return_date="2031-08-25",
            note="the stated reopening day wins over the closure range",
        ),
    ),
    Reply(
        key="ar-it-protocollo",
        intent="auto_reply",
        lang="it",
        frm=("Protocollo Comune di Valsorda", "protocollo@comune.valsorda.example"),
        when="2031-07-24 08:47 +0200",
        client="notice",
        subject="Ricevuta di protocollazione - Prot. n. 0012874/2031",
        headers=(AUTO_GENERATED,),
        inv="BWC/0486/31",
        amt="2090.00",
        item="air",
        days=0,
        body=txt("""
            Si comunica che il messaggio in oggetto è stato acquisito al protocollo generale dell'Ente con il numero 0012874 in data 24/07/2031 e assegnato all'Area Economico-Finanziaria per gli adempimenti di competenza.

            Il presente messaggio è generato automaticamente dal sistema di gestione documentale. Si prega di non rispondere.
            """),
        labels=lab(
            note="municipal registry receipt; the date is the filing date, not a return date"
        ),
    ),
]

OTHER = [
    Reply(
        key="ot-en-did-we-not-pay",
        intent="other",
        lang="en",
        frm=("Chloe Adeyemi", "chloe@brightwellvineyard.example"),
        when="2031-07-31 16:20 +0100",
        client="gmail",
        inv="BWC/0487/31",
        amt="1780.00",
        cur="GBP",
        item="vine",
        body=txt("""
            Hi,

            did we not pay this already? I'm sure Mark did a batch of supplier payments before he went on paternity leave and I thought yours was in it. Could you check your end and let me know? I don't have access to the bank until he's back.

            Thanks
            Chloe
            """),
        labels=lab(note="a question, not a payment claim"),
    ),
    Reply(
        key="ot-en-sensor-stuck",
        intent="other",
        lang="en",
        frm=("Tess Holloway", "tess@hollowayhillvineyard.example"),
        when="2031-08-02 10:05 +0100",
        client="iphone",
        inv="BWC/0488/31",
        amt="1280.00",
        cur="GBP",
        item="vine",
        body="Morning - while you're on, the humidity sensor on the lower block has been stuck on 100% since the storm last week, which makes our disease model useless. Can someone come out and look at it?\n\nTess",
        labels=lab(note="service request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-en-acquired",
        intent="other",
        lang="en",
        frm=("Rachel Osei", "r.osei@greenacre-turf.example"),
        when="2031-08-08 11:45 +0100",
        client="apple",
        charset="windows-1252",
        inv="BWC/0489/31",
        amt="2120.00",
        cur="GBP",
        item="soil",
        body=txt("""
            Hello,

            Just to let you know that Greenacre Turf was acquired by Agrivale Group on 1 July. All open supplier balances are being reviewed as part of the handover, and the new finance team will be in touch with suppliers directly over the next few weeks.

            I’m still here for now, so if you need anything in the meantime please let me know.

            Rachel Osei
            Office Manager
            """),
        labels=lab(
            note="change of ownership; no new address, no commitment, and the writer is still there"
        ),
    ),
    Reply(
        key="ot-de-weitergeben",
        intent="other",
        lang="de",
        frm=("Tanja Reuter", "t.reuter@segelclub-ammerbucht.example"),
        when="2031-07-23 15:15 +0200",
        client="gmail_plain",
        inv="BWC/0490/31",
        amt="870.00",
        item="aws",
        body=txt("""
            Hallo,

            danke für den Hinweis. Ich gebe das an unseren Kassenwart weiter, der ist aber gerade auf dem Wasser (Regattawoche). Er meldet sich.

            Gruß Tanja
            """),
        labels=lab(note="passed on to a person with no address given; no commitment"),
    ),
    Reply(
        key="ot-de-wann-kommt-techniker",
        intent="other",
        lang="de",
        frm=("Prof. Dr. Matthias Kühn", "matthias.kuehn@hs-albvorland.example"),
        when="2031-08-15 10:30 +0200",
        client="outlook_html",
        days=4,
        inv="BWC/0491/31",
        amt="1190.00",
        item="data",
        body=txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung habe ich an unsere Haushaltsabteilung weitergegeben.

            Eine andere Frage: Wann kommt eigentlich Ihr Techniker zur Jahreskalibrierung der Messstation auf dem Dach? Wir hatten schon im Juni um einen Termin gebeten und seitdem nichts gehört. Ohne gültige Kalibrierung können wir die Daten für unser Projekt nicht verwenden.

            Mit freundlichen Grüßen
            Matthias Kühn
            """),
        labels=lab(
            note="invoice handed on internally without a commitment; the real content is a scheduling question"
        ),
    ),
    Reply(
        key="ot-fr-bien-recu",
        intent="other",
        lang="fr",
        frm=("Noémie Castel", "n.castel@observatoire-causses.example"),
        when="2031-07-22 11:02 +0200",
        client="gmail_plain",
        inv="BWC/0492/31",
        amt="1040.00",
        item="cal",
        body="Bien reçu.",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="ot-fr-pas-deja-regle",
        intent="other",
        lang="fr",
        frm=("Isabelle Darrieux", "compta@vignoblesdarrieux.example"),
        when="2031-08-11 14:50 +0200",
        client="outlook",
        charset="windows-1252",
        inv="BWC/0493/31",
        amt="2140.00",
        item="vine",
        body=txt("""
            Bonjour,

            Ce n’est pas déjà réglé ? Il me semblait que notre expert-comptable s’en était occupé avant les vacances. Je lui pose la question et je reviens vers vous.

            Isabelle Darrieux
            Vignobles Darrieux
            """),
        labels=lab(note="a question and a promise to come back, not a payment claim"),
    ),
    Reply(
        key="ot-es-se-lo-paso",
        intent="other",
        lang="es",
        frm=("Marta Aguirre", "marta@finca-aguirre.example"),
        when="2031-07-24 20:40 +0200",
        client="iphone",
        inv="BWC/0494/31",
        amt="610.00",
        item="frost",
        body="Recibido, se lo paso a mi padre que es el que lleva las cuentas de la finca",
        labels=lab(note="passed on within the family; no address, no commitment"),
    ),
    Reply(
        key="ot-es-no-lo-habiamos-pagado",
        intent="other",
        lang="es",
        frm=("Jordi Puig", "jordi@masiapuig.example"),
        when="2031-08-13 12:30 +0200",
        client="gmail",
        inv="BWC/0495/31",
        amt="930.00",
        item="aws",
        body=txt("""
            Hola,

            ¿Esta no la habíamos pagado ya? Me suena que sí, junto con la del mantenimiento, pero no estoy seguro. Revisadlo, por favor, y me decís.

            Jordi
            """),
        labels=lab(note="unsure question about payment, not a claim"),
    ),
    Reply(
        key="ot-nl-fusie",
        intent="other",
        lang="nl",
        frm=("Ruud van der Linden", "administratie@vanderlinden-kassen.example"),
        when="2031-08-01 10:40 +0200",
        client="outlook_html",
        inv="BWC/0496/31",
        amt="2480.00",
        item="frost",
        body=txt("""
            Goedemorgen,

            Ter informatie: per 1 augustus zijn wij gefuseerd met Kwekerij De Zonnehoek. Graag alle nieuwe facturen op naam van Zonnelinden Kassen B.V., zelfde adres. Openstaande posten van vóór de fusie worden nog gewoon door ons afgehandeld.

            Met vriendelijke groet,
            Ruud van der Linden
            """),
        labels=lab(note="merger and new billing name; same contact, no commitment on this invoice"),
    ),
    Reply(
        key="ot-nl-ik-kijk-ernaar",
        intent="other",
        lang="nl",
        frm=("Kees Mulder", "kees@mulderakkerbouw.example"),
        when="2031-07-29 17:05 +0200",
        client="android",
        inv="BWC/0497/31",
        amt="1150.00",
        item="soil",
        body="Ok, ik kijk ernaar.",
        labels=lab(note="no commitment"),
    ),
    Reply(
        key="ot-it-preventivo",
        intent="other",
        lang="it",
        frm=("Sara Colombo", "sara@golfclubvaldolmo.example"),
        when="2031-08-05 09:55 +0200",
        client="gmail_plain",
        inv="BWC/0498/31",
        amt="1320.00",
        item="aws",
        body=txt("""
            Buongiorno,
            ricevuto. Già che ci siamo: ci potete mandare un preventivo per un secondo sensore di bagnatura fogliare per il green della 9?
            Sara
            """),
        labels=lab(note="acknowledgement plus a request for a quote; nothing about paying"),
    ),
]

REPLIES = [
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
]

# --------------------------------------------------------------------------------------------
# Delivery reports: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amt: str
    cur: str = "EUR"
    item: str = "cal"
    delay: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """Date of the report, in the reporting server's zone."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=digest(self.key, "sec")[0] % 60)

    @property
    def sent(self) -> datetime:
        """When Bellweather sent the reminder (UK time)."""
        return (self.dt - self.delay).astimezone(UK)

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as Bellweather sent it."""
        text = reminder_text(self.rlang, self.inv, self.amt, self.cur, self.item, self.sent, "")
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject, "utf-8", "Subject")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        tidy(msg)
        return msg


def status_part(
    b: Bounce,
    *,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    received_from: str = "",
    retry_days: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if received_from:
        per_message.append(f"Received-From-MTA: dns; {received_from}")
    per_message.append(f"Arrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}")
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        per_recipient.append(
            f"Will-Retry-Until: {format_datetime(b.sent.astimezone(b.dt.tzinfo) + timedelta(days=retry_days))}"
        )
    blocks = [
        message_from_bytes(("\n".join(lines) + "\n").encode())
        for lines in (per_message, per_recipient)
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    for block in blocks:
        part.attach(block)
    return part


def headers_part(b: Bounce, received: str = "") -> Message:
    """A text/rfc822-headers part with the returned reminder's header block."""
    lines = [f"Return-Path: <{AR_ADDR}>"]
    if received:
        lines.append(received)
    lines += [
        f"{name}: {value}"
        for name, value in b.reminder().items()
        if name != "Content-Transfer-Encoding"
    ]
    return text_part("\n".join(lines) + "\n", "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    auto: bool = True,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Top-level headers of a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", 1)[0].split(" ", 1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    tidy(msg)
    set_boundaries(msg, b.key, "part")
    return msg


def bounce_sendmail(b: Bounce) -> Message:
    """Sendmail DSN from the recipient's host: user unknown."""
    arrived = format_datetime(b.sent.astimezone(b.dt.tzinfo))
    human = (
        f"The original message was received at {arrived}\n"
        "from mail.bellweather-cal.example [192.0.2.61]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    return finish(
        b,
        report(
            text_part(human, "plain", "us-ascii", "7bit"),
            status_part(
                b,
                mta="mx.marlbrook-farm.example",
                received_from="mail.bellweather-cal.example",
                action="failed",
                diagnostic=f"550 5.1.1 <{b.rcpt}>... User unknown",
            ),
            headers_part(b),
        ),
        "Mail Delivery Subsystem <MAILER-DAEMON@mx.marlbrook-farm.example>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    """Failure notice from qmail, not MIME: the recipient's domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    queued = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    copy = b.reminder().as_bytes(policy=OUTPUT_POLICY).decode("ascii")
    text = (
        "Hi. This is the qmail-send program at relay.bellweather-cal.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 18342 invoked by uid 1004); {queued}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@relay.bellweather-cal.example",
        "failure notice",
        auto=False,
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail relay: delivery delayed, connection timed out."""
    domain = b.rcpt.split("@")[1]
    lines = [
        "** Message not delivered yet **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        f"The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.{domain}. 203.0.113.77: timed out]",
    ]
    human = alternative(
        text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
        text_part(
            "<html><body>"
            + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
            + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        ),
    )
    return finish(
        b,
        report(
            human,
            status_part(
                b,
                mta="googlemail.com",
                action="delayed",
                diagnostic=f"The recipient server did not accept our requests to connect. [mail.{domain}. 203.0.113.77: timed out]",
                retry_days=2,
            ),
            headers_part(b),
        ),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The human-readable part of an Exchange Online report, in one language."""

    head: str
    reason: str
    action_title: str
    action: str
    admin: str
    server: str
    returned: str


def bounce_exchange(
    b: Bounce,
    words: ExchangeText,
    *,
    diagnostic: str,
    host: str,
    subject_prefix: str,
    charset: str = "utf-8",
) -> Message:
    """Exchange Online report from the recipient's organisation."""
    text = (
        f"{words.head}\n\n{words.reason}\n\n{words.action_title}\n{words.action}\n\n"
        f"{words.admin}\n\n{words.server}\n\n{b.rcpt}\n{words.returned.format(diag=diagnostic)}\n"
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n<body>\n'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n"
        f'<p style="font-size:15pt;color:#C00000"><b>{html.escape(words.head)}</b></p>\n'
        f"<p>{html.escape(words.reason)}</p>\n"
        f'<p style="font-weight:600;font-size:12pt">{html.escape(words.action_title)}</p>\n<p>{html.escape(words.action)}</p>\n'
        f'<p style="color:#666666"><b>{html.escape(words.admin)}</b></p>\n'
        f'<p style="color:#666666">{html.escape(words.server)}</p>\n'
        f'<p style="color:#666666">{html.escape(b.rcpt)}<br>{html.escape(words.returned.format(diag=diagnostic))}</p>\n'
        "</div>\n</body>\n</html>\n"
    )
    human = alternative(
        text_part(text, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )
    domain = b.rcpt.split("@")[1]
    return finish(
        b,
        report(
            human,
            status_part(b, mta=host, action="failed", diagnostic=diagnostic),
            headers_part(b),
        ),
        f"Microsoft Outlook <postmaster@{domain}>",
        f"{subject_prefix}{b.subject}",
        extra=(
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", CONTENT_LANGUAGE[b.lang]),
        ),
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online, German: rejected by the recipient organisation's policy."""
    host = "FR3P281MB2216.DEUP281.PROD.OUTLOOK.example"
    words = ExchangeText(
        head=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        reason="Die Organisation des Empfängers hat eine Richtlinie, die Nachrichten von Ihrer Domäne nicht annimmt.",
        action_title="Was Sie tun können",
        action="Erreichen Sie den Empfänger auf einem anderen Weg, zum Beispiel telefonisch, und bitten Sie ihn, seinen E-Mail-Administrator zu informieren.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {host}",
        returned="Remoteserver hat '{diag}' zurückgegeben",
    )
    return bounce_exchange(
        b,
        words,
        diagnostic="550 5.7.1 Delivery not authorized, message refused: sender domain blocked by recipient policy",
        host=host,
        subject_prefix="Unzustellbar: ",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Message:
    """Exchange Online, French: recipient not found."""
    host = "PA4P190MB1122.EURP190.PROD.OUTLOOK.example"
    domain = b.rcpt.split("@")[1]
    words = ExchangeText(
        head=f"Votre message à {b.rcpt} n'a pas pu être remis.",
        reason=f"L'adresse {b.rcpt} est introuvable sur {domain}.",
        action_title="Action requise",
        action="Vérifiez l'adresse du destinataire, corrigez-la si nécessaire et renvoyez le message. Si le problème persiste, contactez votre support informatique.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {host}",
        returned="Le serveur distant a retourné « {diag} »",
    )
    return bounce_exchange(
        b,
        words,
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        host=host,
        subject_prefix="Non remis : ",
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    """Exchange Online, Spanish: the mailbox is full (soft, although the code is 5.x)."""
    host = "MR1P264MB3310.FRAP264.PROD.OUTLOOK.example"
    words = ExchangeText(
        head=f"Su mensaje para {b.rcpt} no se pudo entregar.",
        reason="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
        action_title="Qué puede hacer",
        action="Vuelva a enviar el mensaje más tarde o póngase en contacto con el destinatario por otro medio.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor generador: {host}",
        returned="El servidor remoto devolvió '{diag}'",
    )
    return bounce_exchange(
        b,
        words,
        diagnostic="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        host=host,
        subject_prefix="No se puede entregar: ",
        charset="iso-8859-1",
    )


def bounce_exchange_nl_unknown(b: Bounce) -> Message:
    """Exchange Online, Dutch: the recipient mailbox does not exist."""
    host = "AS8PR07MB7590.eurprd07.prod.outlook.example"
    words = ExchangeText(
        head=f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.",
        reason="Het e-mailadres bestaat niet in de organisatie waarnaar u het bericht hebt verzonden.",
        action_title="Wat u kunt doen",
        action="Controleer of het adres juist is gespeld en verzend het bericht opnieuw. Neem anders op een andere manier contact op met de geadresseerde.",
        admin="Diagnostische gegevens voor beheerders:",
        server=f"Genererende server: {host}",
        returned="De externe server heeft '{diag}' geretourneerd",
    )
    return bounce_exchange(
        b,
        words,
        diagnostic="550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
        host=host,
        subject_prefix="Onbestelbaar: ",
    )


def bounce_exim_de_greylist(b: Bounce) -> Message:
    """A hosting provider's Exim with a German delay template: greylisting."""
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 4 Stunden nicht an alle\n"
        "Empfänger zugestellt werden.\n\n"
        "Nachrichten-ID:   1wQk7B-0003Zs-4T\n"
        f"Betreff:          {fits(b.subject, 'iso-8859-1')}\n"
        f"Gesendet am:      {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        "    Server: mail.weingut-brenner.example [198.51.100.37]\n"
        "    Grund: 451 4.7.1 Greylisting aktiv, bitte später erneut versuchen\n\n"
        "Sie müssen nichts unternehmen. Das System versucht die Zustellung weiterhin\n"
        "und benachrichtigt Sie, falls sie endgültig scheitert.\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Mail Delivery System <Mailer-Daemon@mx2.weinbergnet-hosting.example>",
        "Warnung: Nachricht noch nicht zugestellt",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_backup_mx_fr(b: Bounce) -> Message:
    """A French backup MX: delivery delayed, connection dropped."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Bonjour,\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué. Le serveur du destinataire (mail.{domain}) a interrompu la connexion à plusieurs reprises (4.4.2).\n\n"
        "Nous continuerons à essayer pendant 5 jours. Inutile de renvoyer votre message.\n\n"
        "-- \nService messagerie – Hébergement Alpin\n"
    )
    return finish(
        b,
        report(
            text_part(text, "plain", "utf-8", "qp"),
            status_part(
                b,
                mta="mx-secours.hebergement-alpin.example",
                action="delayed",
                diagnostic="421 4.4.2 Connection dropped by remote host",
                remote=f"mail.{domain}",
                retry_days=5,
            ),
            headers_part(b),
        ),
        "Service messagerie <postmaster@mx-secours.hebergement-alpin.example>",
        f"Avis de retard de distribution : {b.subject}",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's plain notice: user unknown, headers of the original inline."""
    rem = b.reminder()
    original = "".join(
        f"{name}: {value}\n"
        for name, value in rem.items()
        if not name.startswith(("Content-", "MIME-"))
    )
    text = (
        "Este es un mensaje automático del servidor de correo correo.servidoresiberia.example.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. El error es permanente y no se realizarán más intentos.\n\n"
        f"<{b.rcpt}>: el usuario no existe en este servidor\n"
        f"    Respuesta del servidor remoto: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "--- Cabeceras del mensaje original ---\n\n"
        f"{original}"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "MAILER-DAEMON@correo.servidoresiberia.example (Sistema de entrega de correo)",
        f"Mensaje no entregado: {b.subject}",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's notice in multipart/mixed with the original attached: no such mailbox."""
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ci hai affidato non è stato recapitato al destinatario indicato:\n\n"
        f"    {b.rcpt}\n"
        "    Motivo: casella inesistente (550 5.1.1 user unknown)\n\n"
        "L'errore è permanente. Il messaggio originale è allegato a questa notifica.\n\n"
        "Servizio Posta – PostaItalica\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Mail Delivery System <mailer-daemon@smtp.postaitalica.example>",
        "Notifica di mancato recapito",
    )


def bounce_full_it(b: Bounce) -> Message:
    """An Italian server's RFC 3464 delay report: mailbox full."""
    text = (
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato perché la casella del destinatario è piena (452 4.2.2 Mailbox full).\n\n"
        "Il sistema riproverà automaticamente per i prossimi 4 giorni. Se la casella non verrà liberata entro quel termine, riceverai un avviso di mancata consegna.\n\n"
        "Postmaster - mail.cantinaterrerosse.example\n"
    )
    return finish(
        b,
        report(
            text_part(text, "plain", "iso-8859-1", "qp"),
            status_part(
                b,
                mta="mail.cantinaterrerosse.example",
                action="delayed",
                diagnostic="452 4.2.2 Mailbox full",
                retry_days=4,
            ),
            headers_part(b),
        ),
        "Postmaster <postmaster@mail.cantinaterrerosse.example>",
        f"Consegna ritardata: {b.subject}",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@marlbrook-farm.example",
            when="2031-07-22 08:34 +0100",
            rlang="en",
            inv="BWC/0380/31",
            amt="1260.00",
            cur="GBP",
            item="soil",
            note="Sendmail DSN with text/rfc822-headers",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="bo-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.2",
            rcpt="office@tidewell-marina.example",
            when="2031-07-30 08:41 +0100",
            rlang="en",
            inv="BWC/0381/31",
            amt="2940.00",
            cur="GBP",
            item="aws",
            note="qmail notice, not MIME, no Auto-Submitted; the domain no longer exists",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-gmail-delay",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="bursar@kingsmead-prep.example",
            when="2031-08-07 12:30 +0100",
            rlang="en",
            inv="BWC/0382/31",
            amt="720.00",
            cur="GBP",
            item="data",
            delay=timedelta(hours=4),
            note="Gmail relay delay notice",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            key="bo-de-exchange-policy",
            lang="de",
            kind="hard",
            status="5.7.1",
            rcpt="einkauf@hochschule-nordheide.example",
            when="2031-08-01 10:12 +0200",
            rlang="de",
            inv="BWC/0383/31",
            amt="3310.00",
            item="air",
            note="rejected by the recipient's policy",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            key="bo-de-exim-greylist",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="info@weingut-brenner.example",
            when="2031-08-11 13:45 +0200",
            rlang="de",
            inv="BWC/0384/31",
            amt="1150.00",
            item="vine",
            delay=timedelta(hours=4, minutes=20),
            note="Exim delay warning with a German template, plain text, not RFC 3464",
        ),
        bounce_exim_de_greylist,
    ),
    (
        Bounce(
            key="bo-fr-exchange-unknown",
            lang="fr",
            kind="hard",
            status="5.1.10",
            rcpt="compta@domaine-des-cretes.example",
            when="2031-07-24 10:40 +0200",
            rlang="fr",
            inv="BWC/0385/31",
            amt="1980.00",
            item="vine",
        ),
        bounce_exchange_fr_unknown,
    ),
    (
        Bounce(
            key="bo-fr-backup-mx-delay",
            lang="fr",
            kind="soft",
            status="4.4.2",
            rcpt="mairie@saint-vidal-des-monts.example",
            when="2031-08-12 11:20 +0200",
            rlang="fr",
            inv="BWC/0386/31",
            amt="2450.00",
            item="aws",
            delay=timedelta(hours=26),
            note="backup MX delay report",
        ),
        bounce_backup_mx_fr,
    ),
    (
        Bounce(
            key="bo-es-provider-unknown",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="facturas@olivaresdelsur.example",
            when="2031-07-29 10:05 +0200",
            rlang="es",
            inv="BWC/0387/31",
            amt="640.00",
            item="aws",
            note="provider notice in Spanish, single text/plain part, 8bit",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            key="bo-es-exchange-full",
            lang="es",
            kind="soft",
            status="5.2.2",
            rcpt="administracion@cooperativaelpinar.example",
            when="2031-08-06 09:52 +0200",
            rlang="es",
            inv="BWC/0389/31",
            amt="2870.00",
            item="frost",
            note="mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_es_full,
    ),
    (
        Bounce(
            key="bo-nl-exchange-unknown",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="facturen@zeilschooldewadden.example",
            when="2031-07-31 09:48 +0200",
            rlang="nl",
            inv="BWC/0378/31",
            amt="990.00",
            item="aws",
        ),
        bounce_exchange_nl_unknown,
    ),
    (
        Bounce(
            key="bo-it-provider-mixed",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="ordini@enotecasanvitale.example",
            when="2031-07-25 09:36 +0200",
            rlang="it",
            inv="BWC/0379/31",
            amt="580.00",
            item="data",
            note="provider notice in multipart/mixed with the original attached",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            key="bo-it-mailbox-full",
            lang="it",
            kind="soft",
            status="4.2.2",
            rcpt="ufficio@cantinaterrerosse.example",
            when="2031-08-13 14:10 +0200",
            rlang="it",
            inv="BWC/0376/31",
            amt="1870.00",
            item="vine",
            delay=timedelta(hours=5),
            note="RFC 3464 delay report in Italian",
        ),
        bounce_full_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

OUTPUT_POLICY = policy.compat32.clone(linesep="\n", mangle_from_=False, max_line_length=998)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^BWC/(\d{4})/31$")
ADDRESS = re.compile(r"^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+$")


def reply_label(r: Reply) -> Label:
    """The label line of a hand-written message (without the file name)."""
    label: Label = {"intent": r.intent}
    label.update(dict.fromkeys(FIELDS))
    label.update({name: value for name, value in r.labels.items() if name in FIELDS})
    label["invoice_refs"] = r.labels["invoice_refs"]
    label["language"] = r.lang
    label["note"] = r.labels["note"]
    return label


def bounce_label(b: Bounce) -> Label:
    """The label line of a delivery report (without the file name)."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELDS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One corpus entry before numbering."""

    key: str
    message: Message
    label: Label
    local_day: date
    text: str = field(repr=False, default="")


def all_items() -> list[Item]:
    """Every message with its label."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt.date(), r.body) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt.date()) for b, build in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:order:{item.key}".encode()).hexdigest(),
    )


def check_label(item: Item) -> None:
    """Shape of one label: only the winning intent's fields, ISO dates, decimal amounts."""
    label = item.label
    problems: list[str] = []
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in FIELDS:
        if label[name] is not None and name not in allowed:
            problems.append(f"{name} set for {intent}")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is not None and not (isinstance(value, str) and ISO_DATE.match(value)):
            problems.append(f"{name} not ISO")
    if (
        isinstance(label["paid_date"], str)
        and date.fromisoformat(label["paid_date"]) > item.local_day
    ):
        problems.append("paid_date after the message")
    for name in ("promised_date", "return_date"):
        value = label[name]
        if isinstance(value, str) and date.fromisoformat(value) < item.local_day:
            problems.append(f"{name} before the message")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency must come together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        problems.append("amount not a plain decimal")
    if label["currency"] not in {None, "GBP", "EUR", "CHF"}:
        problems.append("currency not ISO")
    for name in ("new_contact", "failed_recipient"):
        value = label[name]
        if value is not None and not ADDRESS.match(str(value)):
            problems.append(f"{name} not a lower-case address")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not re.match(r"^[45]\.\d+\.\d+$", str(label["bounce_status"]))
    ):
        problems.append("bounce fields")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        problems.append("invoice_refs not a list")
    else:
        for ref in refs:
            match = INVOICE.match(str(ref))
            if not match or match.group(1).lstrip("0") not in item.text:
                problems.append(f"invoice ref {ref} not normalised or not in the new text")
    if isinstance(label["new_contact"], str) and label["new_contact"] not in item.text.lower():
        problems.append("new_contact not in the new text")
    if problems:
        raise SystemExit(f"{item.key}: " + "; ".join(problems))


def check_message(name: str, data: bytes) -> None:
    """Parse a file back with the default policy: headers and every text part must decode cleanly."""
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    sent = cast(DateHeader, msg["Date"]).datetime
    if not isinstance(sent, datetime) or sent.utcoffset() not in {
        UK.utcoffset(None),
        CE.utcoffset(None),
    }:
        raise SystemExit(f"{name}: Date is not in UK or central-European summer time")
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        raise SystemExit(f"{name}: Date outside {FIRST_DAY} … {LAST_DAY}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for value in part.values():
            if isinstance(value, BaseHeader) and value.defects:
                raise SystemExit(f"{name}: header defects {value.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode")


def check_counts(labels: list[Label]) -> None:
    """12 messages per intent; the agreed language totals; every cell as even as possible."""
    intents = Counter(str(label["intent"]) for label in labels)
    langs = Counter(str(label["language"]) for label in labels)
    if any(intents[intent] != 12 for intent in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts: {dict(intents)} {dict(langs)}")
    cells = Counter((str(label["intent"]), str(label["language"])) for label in labels)
    for intent in INTENTS:
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            raise SystemExit(f"uneven spread for {intent}")
    kinds = Counter(str(label["bounce_kind"]) for label in labels if label["intent"] == "bounce")
    if kinds["hard"] < 5 or kinds["soft"] < 5:
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    """The intent-by-language table, as Markdown."""
    cells = Counter((str(label["intent"]), str(label["language"])) for label in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    """Write every .eml file and labels.jsonl next to this script."""
    items = file_order(all_items())
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("an invoice number is reminded twice")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(item)
        data = item.message.as_bytes(policy=OUTPUT_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(label["bounce_kind"]) for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
