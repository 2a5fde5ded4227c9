# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph to a line, as a mail client sends it, with the typographic
# dashes, quotes and accents people really type.
"""Build held-out reply corpus 102: `h102-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Pennant Pest Control after it sent an
overdue-invoice reminder. The new text of each message is written out by hand below. The script
adds only what a mail client or a mail server would add: the quoted reminder (in the client's
layout and the sender's language), headers, MIME structure, charsets and transfer encodings.

Run it from anywhere: it rewrites every file beside itself, deterministically (fixed seed, fixed
boundaries, Message-IDs derived from each message's key, no clock), parses every file back,
checks the labels and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h102"
SEED = 102_2028_1120
AR_NAME = "Pennant Pest Control Accounts"
AR_ADDR = "accounts@pennant-pest.example"
AR_DOMAIN = "pennant-pest.example"
FIRST_DAY = date(2028, 11, 20)
LAST_DAY = date(2028, 12, 15)

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
KEY_PREFIX = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "d": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "ar": "auto_reply",
    "b": "bounce",
    "ot": "other",
}
FIELD_KEYS = (
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
LABEL_ORDER = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

Labels = dict[str, object]


# --------------------------------------------------------------------------------------------
# Time zones: the UK and central Europe, with the EU daylight-saving rule
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (the EU switches clocks on the last Sundays of March and October)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def utc_offset(zone: str, local: datetime) -> timezone:
    """UTC offset of a local wall-clock time in the UK ("uk") or central Europe ("cet")."""
    standard = {"uk": 0, "cet": 1}[zone]
    summer_from = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(
        hours=1
    )
    summer_to = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(
        hours=1
    )
    as_utc = local - timedelta(hours=standard)
    summer = summer_from <= as_utc < summer_to
    return timezone(timedelta(hours=standard + int(summer)))


def local_time(when: str, zone: str, key: str) -> datetime:
    """`when` ("YYYY-MM-DD HH:MM", local wall clock) as an aware datetime, with seconds from the key."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    seconds = digest(key, "seconds")[0] % 60
    return naive.replace(second=seconds, tzinfo=utc_offset(zone, naive))


# --------------------------------------------------------------------------------------------
# Ids and hashes
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key (all ids, boundaries and file numbers come from it)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def hexid(key: str, salt: str, length: int) -> str:
    """Hex characters derived from a key."""
    return digest(key, salt).hex()[:length]


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers (or bounces)."""
    return f"<ppc-dun.{hexid(key, 'reminder', 20)}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    "de": (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
    "it": (
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
}
WEEKDAYS_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
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

# Gmail: "On <weekday>, <date> at <time>, <name> <addr> wrote:" as each locale words it.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# Separator line of the plain-text layout, then the labels From, Sent, To, Subject and the colon.
OUTLOOK_WORDS = {
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
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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


def date_words(lang: str, when: datetime) -> dict[str, str]:
    """Fields for the attribution and header templates, in the client's language."""
    return {
        "wd": WEEKDAYS[lang][when.weekday()],
        "wda": WEEKDAYS_ABBR[lang][when.weekday()],
        "mon": MONTHS[lang].split()[when.month - 1],
        "mona": MONTHS_ABBR[lang].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": (
        "Overdue invoice {inv} – Pennant Pest Control",
        "Second reminder: invoice {inv} remains unpaid",
    ),
    "de": (
        "Überfällige Rechnung {inv} – Pennant Pest Control",
        "2. Zahlungserinnerung: Rechnung {inv} noch offen",
    ),
    "fr": (
        "Facture {inv} échue – Pennant Pest Control",
        "Deuxième relance : facture {inv} toujours impayée",
    ),
    "es": (
        "Factura {inv} vencida – Pennant Pest Control",
        "Segundo aviso: la factura {inv} sigue pendiente",
    ),
    "nl": (
        "Vervallen factuur {inv} – Pennant Pest Control",
        "Tweede herinnering: factuur {inv} staat nog open",
    ),
    "it": (
        "Fattura {inv} scaduta – Pennant Pest Control",
        "Secondo sollecito: fattura {inv} ancora da saldare",
    ),
}
REMINDER_LEAD = {
    "en": (
        "According to our records the invoice below is now past its due date and has not yet been paid:",
        "We wrote to you recently about the invoice below. It remains unpaid, and we would be grateful if you could settle it within 7 days:",
    ),
    "de": (
        "nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht beglichen:",
        "wir hatten Sie bereits an die folgende Rechnung erinnert. Sie ist weiterhin offen; bitte begleichen Sie sie innerhalb von 7 Tagen:",
    ),
    "fr": (
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance et n'a pas encore été réglée :",
        "Nous vous avons récemment écrit au sujet de la facture ci-dessous, qui reste impayée. Nous vous remercions de bien vouloir la régler sous 7 jours :",
    ),
    "es": (
        "Según nuestros registros, la factura que figura a continuación ha vencido y todavía no consta como pagada:",
        "Hace unos días le escribimos sobre la factura que figura a continuación. Sigue pendiente de pago y le agradeceríamos que la abonara en un plazo de 7 días:",
    ),
    "nl": (
        "Volgens onze administratie is onderstaande factuur vervallen en nog niet betaald:",
        "Wij schreven u onlangs over onderstaande factuur. Deze staat nog steeds open; wij verzoeken u het bedrag binnen 7 dagen te voldoen:",
    ),
    "it": (
        "dalle nostre registrazioni risulta che la fattura sotto indicata è scaduta e non ancora pagata:",
        "le abbiamo scritto di recente in merito alla fattura sotto indicata, che risulta ancora insoluta. La preghiamo di provvedere al saldo entro 7 giorni:",
    ),
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n{lead}\n\n    Invoice {inv}    due {due}    amount {amt}\n\n"
        "Payment can be made by bank transfer quoting the invoice number. If you have paid in the last few days, thank you, and please let us know the payment date so that we can allocate it. If you have a query about the work or the invoice, reply to this e-mail and we will look into it.\n\n"
        "Kind regards,\n\nAccounts Department\nPennant Pest Control Ltd\nPest control · Bird proofing · Rodent surveys · 24h call-out\naccounts@pennant-pest.example · 0161 496 0732"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n{lead}\n\n    Rechnung {inv}    fällig am {due}    Betrag {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Falls Sie die Zahlung in den letzten Tagen bereits veranlasst haben, danken wir Ihnen und bitten um kurze Mitteilung des Zahlungsdatums. Bei Rückfragen zum Einsatz oder zur Rechnung antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nBuchhaltung\nPennant Pest Control\naccounts@pennant-pest.example"
    ),
    "fr": (
        "Madame, Monsieur,\n\n{lead}\n\n    Facture {inv}    échéance {due}    montant {amt}\n\n"
        "Le règlement peut être effectué par virement en rappelant le numéro de facture. Si vous avez réglé ces derniers jours, nous vous en remercions et vous prions de nous indiquer la date du paiement afin que nous puissions le rapprocher. Pour toute question sur l'intervention ou la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nPennant Pest Control\naccounts@pennant-pest.example"
    ),
    "es": (
        "Estimado/a cliente:\n\n{lead}\n\n    Factura {inv}    vencimiento {due}    importe {amt}\n\n"
        "Puede abonarla mediante transferencia bancaria indicando el número de factura. Si ya la ha pagado en los últimos días, le damos las gracias y le rogamos que nos indique la fecha del pago para poder conciliarlo. Si tiene alguna duda sobre el servicio o la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nDepartamento de Administración\nPennant Pest Control\naccounts@pennant-pest.example"
    ),
    "nl": (
        "Geachte klant,\n\n{lead}\n\n    Factuur {inv}    vervaldatum {due}    bedrag {amt}\n\n"
        "U kunt het bedrag overmaken onder vermelding van het factuurnummer. Heeft u de afgelopen dagen al betaald, dan danken wij u daarvoor en horen wij graag de betaaldatum, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de werkzaamheden of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nPennant Pest Control\naccounts@pennant-pest.example"
    ),
    "it": (
        "Gentile cliente,\n\n{lead}\n\n    Fattura {inv}    scadenza {due}    importo {amt}\n\n"
        "Il pagamento può essere effettuato tramite bonifico indicando il numero della fattura. Se ha già provveduto al pagamento negli ultimi giorni, la ringraziamo e le chiediamo di comunicarci la data del pagamento, così da poterlo abbinare. Per qualsiasi domanda sull'intervento o sulla fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Amministrazione\nPennant Pest Control\naccounts@pennant-pest.example"
    ),
}
DUE_FORMAT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a client limited to ISO-8859-1 puts in place of characters it cannot send.
LATIN1_REPLACEMENTS = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def money(lang: str, amount: str, currency: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    sep = " " if lang == "fr" else "."
    figure = f"{grouped.replace(',', sep)},{cents}"
    return f"€ {figure}" if lang in {"nl", "it"} else f"{figure} €"


def latin1(text: str) -> str:
    """Text as an ISO-8859-1 client would send it."""
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def reminder_stage(key: str) -> int:
    """First (0) or second (1) reminder, fixed per message."""
    return 1 if digest(key, "stage")[0] % 3 == 0 else 0


def reminder_subject(lang: str, inv: str, key: str) -> str:
    """Subject line of the reminder."""
    return REMINDER_SUBJECT[lang][reminder_stage(key)].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, key: str, sent: datetime) -> str:
    """Body of the reminder in the customer's language."""
    stage = reminder_stage(key)
    due = (sent - timedelta(days=(10, 24)[stage])).date()
    due_text = DUE_FORMAT[lang].format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year)
    return REMINDER_BODY[lang].format(
        lead=REMINDER_LEAD[lang][stage],
        inv=inv,
        due=due_text,
        amt=money(lang, amount, currency),
    )


def reminder_sent(reply: datetime, key: str, same_day: bool) -> datetime:
    """When the reminder went out, in UTC: a few minutes before an automatic answer, otherwise
    on an earlier working day a little after nine."""
    if same_day:
        return (reply - timedelta(minutes=2 + digest(key, "lag")[0] % 4)).astimezone(UTC)
    day = reply.astimezone(UTC).date() - timedelta(days=1 + digest(key, "days")[0] % 2)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 1 + digest(key, "minute")[0] % 9
    return datetime(day.year, day.month, day.day, 9, minute, 11, tzinfo=UTC)


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def t(*lines: str) -> str:
    """Join hand-written lines into one message text."""
    return "\n".join(lines)


def quoted(text: str) -> str:
    """Prefix every line with '>' the way Gmail, Apple Mail and Thunderbird quote."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(rows)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks end in a space, quote depth is kept per line."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content.removeprefix(" ")
            lead = ">" * depth + " "
        else:
            lead = ""
            if content.startswith((" ", "From ", ">")):
                content = " " + content
        content = content.rstrip(" ")
        if not content:
            out.append(">" * depth)
            continue
        if len(lead) + len(content) <= 78:
            out.append(lead + content)
            continue
        current = ""
        for word in content.split(" "):
            if current and len(lead) + len(current) + 1 + len(word) > width:
                out.append(f"{lead}{current} ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(lead + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part in `charset` with the transfer encoding `cte` (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    if cte == "qp":
        chosen.body_encoding = email_charset.QP
    elif cte == "b64":
        chosen.body_encoding = email_charset.BASE64
    else:
        chosen.body_encoding = None  # type: ignore[assignment]  # None means 7bit or 8bit, chosen from the bytes
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, charset: str, field: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 in the message charset when it fits, else UTF-8."""
    if value.isascii():
        return value
    for name in (charset, "utf-8"):
        try:
            value.encode(name)
        except UnicodeEncodeError:
            continue
        return Header(value, name, header_name=field).encode()
    raise ValueError(value)


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox, the display name RFC 2047-encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset)


def move_content_headers_last(msg: Message) -> None:
    """Put MIME-Version and the Content-* headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosing = part.get_content_type() == "message/rfc822"
        for sub in cast(list[Message], part.get_payload()):
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=enclosing)


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook": "_000_",
    "bounce": "----=_NextPart_",
    "notice": "----=_Part_",
}


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    """Deterministic boundaries shaped like the sending software's own."""
    prefix = BOUNDARY_STYLE[family]
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(parts):
        tail = (
            hexid(key, f"boundary{number}", 16)
            if family == "gmail"
            else b32(key, f"boundary{number}", 26)
        )
        part.set_boundary(prefix + tail)


def finalize(msg: Message, key: str, family: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# Replies and notices written by people or by the customer's own systems
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One message from a customer (or a customer's system): its text, client and labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    zone: str
    client: str
    body: str
    labels: Labels
    inv: str
    amount: str
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: str = ""
    cc: str = ""
    threaded: bool = True
    markup: str = ""

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return local_time(self.when, self.zone, self.key)

    @property
    def currency(self) -> str:
        """Currency of the invoice being chased."""
        return "GBP" if self.zone == "uk" else "EUR"


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None) -> Labels:
    """Label fields besides intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    recipient: str


NOTICE_CLIENTS = {"notice", "notice_html"}


def make_quote(r: Reply) -> Quote:
    """The reminder this reply answers, in the sender's language and local time."""
    sent = reminder_sent(r.dt, r.key, same_day=r.client in NOTICE_CLIENTS)
    shown = sent.astimezone(r.dt.tzinfo)
    text = reminder_text(r.lang, r.inv, r.amount, r.currency, r.key, sent)
    subject = reminder_subject(r.lang, r.inv, r.key)
    if r.charset == "iso-8859-1":
        text = latin1(text)
    name, addr = r.sender
    recipient = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, shown, r.lang, recipient)


def body_subject(r: Reply, q: Quote) -> str:
    """The reminder subject as it appears inside the body (a Latin-1 client drops what it cannot send)."""
    return latin1(q.subject) if r.charset == "iso-8859-1" else q.subject


def outlook_rows(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header, localised."""
    _, frm, sent, to, subj, _ = OUTLOOK_WORDS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, OUTLOOK_SENT[q.lang].format(**date_words(q.lang, q.sent))),
        (to, q.recipient),
        (subj, body_subject(r, q)),
    ]


def outlook_block(r: Reply, q: Quote) -> str:
    """Outlook's plain-text reply header."""
    colon = OUTLOOK_WORDS[q.lang][5]
    return "\n".join(f"{label}{colon} {value}" for label, value in outlook_rows(r, q))


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider and the quoted reminder."""
    colon = OUTLOOK_WORDS[q.lang][5]
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(r, q)
    )
    divider = "#E1E1E1" if digest(r.key, "divider")[0] % 2 else "#B5C4DF"
    lang = OUTLOOK_LANG[r.lang].split("-")[0].upper() if r.lang != "en" else "EN-GB"
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f'<div style="border:none;border-top:solid {divider} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    text = f"{r.body}\n\n{OUTLOOK_WORDS[q.lang][0]}\n{outlook_block(r, q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup and the divider div."""
    text = f"{r.body}\n\n{outlook_block(r, q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML without a plain alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, with its localised signature line."""
    text = (
        f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{outlook_block(r, q)}\n\n{q.text}\n"
    )
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's attribution line in the client's language."""
    return GMAIL_ATTRIBUTION[q.lang].format(
        **date_words(q.lang, q.sent), name=AR_NAME, addr=AR_ADDR
    )


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, the HTML quote in a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the client's language."""
    return APPLE_ATTRIBUTION[q.lang].format(
        **date_words(q.lang, q.sent), name=AR_NAME, addr=AR_ADDR
    )


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution line directly above the quote."""
    attribution = THUNDERBIRD_ATTRIBUTION[q.lang].format(**date_words(q.lang, q.sent), name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attribution}\n{quoted(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: its own text only, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as multipart/alternative (Exchange auto-replies, AP systems)."""
    del q
    markup = r.markup or (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:rgb(0,0,0)">'
        f"{html_paragraphs(r.body)}</div></body></html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
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
    "notice_html": client_notice_html,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.1)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{lang}"),
    ),
}
BOUNDARY_FAMILY = {
    "gmail": "gmail",
    "apple": "apple",
    "iphone": "apple",
} | dict.fromkeys(OUTLOOK_CLIENTS, "outlook")


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject: header of a reply (or the notice's own subject, which may embed the reminder's)."""
    original = body_subject(r, q)
    if r.subject:
        return r.subject.format(rsub=original)
    prefix = OUTLOOK_PREFIX[r.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + original


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.sender[1].split("@")[1]
    if r.client.startswith("gmail"):
        tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS or r.client == "notice_html":
        server = (
            f"{'LO2P265' if r.zone == 'uk' else 'AS8PR04'}MB{1000 + digest(r.key, 'm')[0] * 31}"
        )
        return f"<{server}{hexid(r.key, 'ms', 24).upper()}@{server}.{'gbrp265' if r.zone == 'uk' else 'eurprd04'}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = hexid(r.key, "apple", 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if r.client == "thunderbird":
        h = hexid(r.key, "tb", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    return f"<{hexid(r.key, 'notice', 24)}.{digest(r.key, 'x')[0]}@{domain}>"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Outlook and Exchange put on a reply."""
    return [
        ("Thread-Topic", encode_header(body_subject(r, q), r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{OUTLOOK_LANG[r.lang]}, en-US"),
        ("Content-Language", OUTLOOK_LANG[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
    ]


FAKE_PDF = b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


def with_pdf(body: Message, filename: str) -> Message:
    """Wrap a reply in multipart/mixed with a (placeholder) PDF attachment."""
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf", name=filename)
    pdf.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete RFC 5322 message for one reply or notice."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    if r.attach:
        msg = with_pdf(msg, r.attach)
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value.format(lang=OUTLOOK_LANG[r.lang]) if "{lang}" in value else value
    return finalize(msg, r.key, BOUNDARY_FAMILY.get(r.client, "notice"))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

AP_ADVICE_TEXT = t(
    "REMITTANCE ADVICE",
    "",
    "Payer:           Halewood Distribution plc, Accounts Payable, Unit 9 Kestrel Park, Warrington WA5 3XL",
    "Payee:           Pennant Pest Control Ltd",
    "Payment date:    24/11/2028",
    "Payment method:  BACS",
    "Payment number:  2000418865",
    "",
    "Your invoice    Our document    Invoice date    Amount GBP",
    "PPC/30388       5100772314      02/10/2028        1,140.00",
    "PPC/30417       5100779021      16/10/2028          380.40",
    "                                                ----------",
    "Total paid                                        1,520.40",
    "",
    "The amount above will reach the bank account we hold for you within 2 working days.",
    "This mailbox is not monitored. Please send any queries to ap.queries@halewood-distribution.example quoting the payment number.",
)
AP_ADVICE_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
    '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
    "<h3>REMITTANCE ADVICE</h3>\n"
    '<table cellpadding="2">\n'
    "<tr><td>Payer:</td><td>Halewood Distribution plc, Accounts Payable, Unit 9 Kestrel Park, Warrington WA5 3XL</td></tr>\n"
    "<tr><td>Payee:</td><td>Pennant Pest Control Ltd</td></tr>\n"
    "<tr><td>Payment date:</td><td>24/11/2028</td></tr>\n"
    "<tr><td>Payment method:</td><td>BACS</td></tr>\n"
    "<tr><td>Payment number:</td><td>2000418865</td></tr>\n"
    "</table><br>\n"
    '<table border="1" cellspacing="0" cellpadding="3">\n'
    "<tr><th>Your invoice</th><th>Our document</th><th>Invoice date</th><th>Amount GBP</th></tr>\n"
    '<tr><td>PPC/30388</td><td>5100772314</td><td>02/10/2028</td><td align="right">1,140.00</td></tr>\n'
    '<tr><td>PPC/30417</td><td>5100779021</td><td>16/10/2028</td><td align="right">380.40</td></tr>\n'
    '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>1,520.40</b></td></tr>\n'
    "</table>\n"
    "<p>The amount above will reach the bank account we hold for you within 2 working days.<br>\n"
    "This mailbox is not monitored. Please send any queries to ap.queries@halewood-distribution.example quoting the payment number.</p>\n"
    "</body></html>\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gaz", "gaz.wheatsheaf@gmail.com"),
        "2028-11-22 21:47",
        "uk",
        "iphone",
        "done",
        lab(note="one-word reply to an overdue reminder, read as paid; no day given"),
        "PPC/30409",
        "216.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Halewood Distribution AP", "ap-noreply@halewood-distribution.example"),
        "2028-11-24 06:12",
        "uk",
        "notice_html",
        AP_ADVICE_TEXT,
        lab(
            ("PPC/30388", "PPC/30417"),
            paid_date="2028-11-24",
            payment_reference="2000418865",
            amount="1520.40",
            currency="GBP",
            note="AP-system remittance advice that quotes nothing; the amount is the total paid for both invoices; the queries address is not a new contact",
        ),
        "PPC/30417",
        "380.40",
        subject="Remittance advice - payment 2000418865 - Pennant Pest Control Ltd",
        headers=(("Auto-Submitted", "auto-generated"),),
        threaded=False,
        markup=AP_ADVICE_HTML,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Claire Ashworth", "c.ashworth@marlowgreenhousing.example"),
        "2028-11-28 08:15",
        "uk",
        "android",
        t(
            "Morning,",
            "",
            "Ignore the subject line, I'm on leave this week but still keeping an eye on things. I've just gone into the banking app and pushed 30452 through – £642.00, our reference MGH-112807. Sorry it sat there so long, it was waiting for a second approver and she's been off.",
            "",
            "Claire",
            "",
            "Claire Ashworth",
            "Finance Officer | Marlow Green Housing",
        ),
        lab(
            ("PPC/30452",),
            paid_date="2028-11-28",
            payment_reference="MGH-112807",
            amount="642.00",
            currency="GBP",
            note="written by a person: 'out of office' is only in the subject; released in the banking app this morning = paid on the message date",
        ),
        "PPC/30452",
        "642.00",
        subject="Out of office this week - {rsub}",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kötter", "s.koetter@hv-lindner.example"),
        "2028-11-27 10:32",
        "cet",
        "outlook_html",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Rechnung PPC/30466 (Rattenbekämpfung Objekt Lindenstraße 12, Kellerräume) haben wir am 23.11.2028 überwiesen; die Wertstellung bei Ihnen dürfte am 24.11. gewesen sein. Die 1.071,00 EUR kamen vom Treuhandkonto der WEG Lindenstraße 12, deshalb taucht unser Firmenname auf dem Kontoauszug vermutlich nicht auf.",
            "",
            "Bitte prüfen Sie Ihren Zahlungseingang noch einmal und ordnen Sie die Zahlung manuell zu.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "i. A. Sabine Kötter",
            "Objektbuchhaltung",
            "Hausverwaltung Lindner GmbH",
            "Schillerstraße 8 · 90402 Nürnberg",
        ),
        lab(
            ("PPC/30466",),
            paid_date="2028-11-23",
            amount="1071.00",
            currency="EUR",
            note="the transfer date (23 Nov) is the payment date, not the value date (24 Nov)",
        ),
        "PPC/30466",
        "1071.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Guérin", "gestion@college-jeanmoulin-pessac.example"),
        "2028-11-29 14:05",
        "cet",
        "thunderbird",
        t(
            "Bonjour,",
            "",
            "La facture PPC/30471 (dératisation de la demi-pension, intervention du 12 octobre) a été mise en paiement ce jour par l'agence comptable. Référence du virement : VIR-2028-11-4412. Les fonds devraient vous parvenir sous 48 à 72 heures.",
            "",
            "Nous vous prions de nous excuser pour ce retard, lié au changement de logiciel comptable de l'établissement.",
            "",
            "Cordialement,",
            "",
            "Nathalie Guérin",
            "Secrétaire d'intendance",
            "Collège Jean-Moulin – Pessac",
        ),
        lab(
            ("PPC/30471",),
            paid_date="2028-11-29",
            payment_reference="VIR-2028-11-4412",
            note="'mise en paiement ce jour' by the school's accounting agent = paid on the message date",
        ),
        "PPC/30471",
        "534.00",
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Julien Fabre", "julienfabre.resto@gmail.com"),
        "2028-12-04 22:10",
        "cet",
        "gmail_plain",
        t(
            "bonsoir",
            "c regle depuis vendredi, j'ai fait le virement depuis mon compte perso par erreur donc vous verrez le nom FABRE J et pas le nom du resto. dsl pour le retard",
            "julien",
        ),
        lab(
            paid_date="2028-12-01",
            note="no accents, SMS style; 'depuis vendredi' on Mon 4 Dec = Fri 1 Dec; the payer's name is not a payment reference",
        ),
        "PPC/30484",
        "288.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "administracion@hotelmiramar-sitges.example"),
        "2028-11-23 09:41",
        "cet",
        "outlook",
        t(
            "Buenos días:",
            "",
            "Les adjuntamos el justificante de la transferencia realizada ayer por importe de 1.452,00 € correspondiente a la factura PPC/30480 (tratamiento contra chinches, habitaciones 204 a 212).",
            "",
            "Rogamos actualicen su registro.",
            "",
            "Un saludo,",
            "",
            "Marta Ibáñez",
            "Administración",
            "Hotel Miramar Sitges",
        ),
        lab(
            ("PPC/30480",),
            paid_date="2028-11-22",
            amount="1452.00",
            currency="EUR",
            note="proof of transfer attached; 'ayer' = Wed 22 Nov",
        ),
        "PPC/30480",
        "1452.00",
        charset="windows-1252",
        attach="justificante_transferencia_PPC30480.pdf",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rocío Benítez", "barelfaro.cadiz@gmail.com"),
        "2028-12-04 11:20",
        "cet",
        "iphone",
        t(
            "Hola, se pagó el día 30 por transferencia. Eso sí, mándenme una copia de la factura porque la gestoría dice que no la tiene y me la pide para cerrar el trimestre.",
            "",
            "Rocío",
            "Bar El Faro",
        ),
        lab(
            paid_date="2028-11-30",
            note="paid but send a copy: the payment claim wins; the copy is for the books, not a condition for paying",
        ),
        "PPC/30497",
        "165.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ruud Verhoef", "ruud@bakkerijverhoef.example"),
        "2028-11-23 16:02",
        "cet",
        "gmail_plain",
        t("Is dinsdag al overgemaakt, staat het er nog niet op?", "", "Gr Ruud"),
        lab(
            paid_date="2028-11-21",
            note="the question only checks receipt; the claim is a transfer on Tue 21 Nov",
        ),
        "PPC/30455",
        "198.50",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Bosman", "crediteuren@woonstede-zwolle.example"),
        "2028-12-01 10:10",
        "cet",
        "outlook_html",
        t(
            "Geachte heer/mevrouw,",
            "",
            "Naar aanleiding van uw herinnering laten wij u weten dat factuur PPC/30493 is meegenomen in onze betaalrun van donderdag 30 november. Het bedrag van € 2.178,00 is onder betalingskenmerk 1100-2028-48817 naar uw rekening overgemaakt.",
            "",
            "Mocht de betaling over enkele dagen nog niet zijn bijgeschreven, dan horen wij dat graag.",
            "",
            "Met vriendelijke groet,",
            "",
            "Ingrid Bosman",
            "Crediteurenadministratie",
            "Woonstede – Zwolle",
        ),
        lab(
            ("PPC/30493",),
            paid_date="2028-11-30",
            payment_reference="1100-2028-48817",
            amount="2178.00",
            currency="EUR",
            note="housing corporation's payment run already made on Thu 30 Nov",
        ),
        "PPC/30493",
        "2178.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Rinaldi Amministrazioni", "studio@rinaldi-condomini.example"),
        "2028-11-28 09:05",
        "cet",
        "apple",
        t(
            "Spett.le Pennant Pest Control,",
            "",
            "con la presente si comunica che in data 27/11/2028 è stato disposto il bonifico di € 488,00 a saldo della Vs. fattura PPC/30502, relativa alla disinfestazione dei locali cantina del Condominio Via Mazzini 14.",
            "",
            "TRN: 1101283041127743IT",
            "",
            "Distinti saluti",
            "",
            "Rag. Paolo Rinaldi",
            "Amministratore di condominio",
        ),
        lab(
            ("PPC/30502",),
            paid_date="2028-11-27",
            payment_reference="1101283041127743IT",
            amount="488.00",
            currency="EUR",
            note="very formal condominium administrator; 'disposto il bonifico' = transfer ordered",
        ),
        "PPC/30502",
        "488.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Trattoria Da Gino", "trattoriadagino@gmail.com"),
        "2028-12-06 13:22",
        "cet",
        "android",
        t(
            "GIA PAGATO IERI CON BONIFICO ISTANTANEO CONTROLLATE BENE PRIMA DI SCRIVERE",
            "",
            "GINO",
        ),
        lab(paid_date="2028-12-05", note="all caps, no punctuation; 'ieri' = Tue 5 Dec"),
        "PPC/30511",
        "230.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Accounts Payable – Vliet Logistics", "ap@vlietlogistics.example"),
        "2028-11-22 11:05",
        "cet",
        "outlook_html",
        t(
            "Dear Sir/Madam,",
            "",
            "Thank you for your reminder. Invoice PPC/30425 has been approved by the site manager and has been included in Friday's payment run. Funds normally reach the supplier one working day after the run.",
            "",
            "Kind regards,",
            "",
            "Sanne de Graaf",
            "Accounts Payable",
            "Vliet Logistics B.V. | Waalhaven Zuidzijde 40 | 3089 JH Rotterdam",
        ),
        lab(
            ("PPC/30425",),
            promised_date="2028-11-24",
            note="past tense announcing a future payment: Friday's run after Wed 22 Nov; English writer in the Netherlands, so CET",
        ),
        "PPC/30425",
        "3840.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dev Rathore", "dev.rathore.lettings@gmail.com"),
        "2028-11-21 20:14",
        "uk",
        "gmail_plain",
        t(
            "Hi there",
            "",
            "Yes I know it's late. The council owe me three months of housing benefit on two of the flats and until that comes through I'm stretched. As soon as it lands I'll pay you in full, they've promised it by the end of the month.",
            "",
            "Thanks for sorting the mice at number 14 so quickly by the way, the tenants are happy.",
            "",
            "Dev",
        ),
        lab(
            promised_date="2028-11-30",
            note="conditional promise of the whole amount with an expected day ('by the end of the month' = 30 Nov); no request for more time",
        ),
        "PPC/30433",
        "375.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Nikos Papadakis", "nikos@theolivegrovebistro.example"),
        "2028-12-01 23:38",
        "uk",
        "outlook",
        t(
            "Hi,",
            "",
            "Sorry I didn't get back to you sooner, it's been a mad couple of weeks. We had the EHO in on the 17th (all fine, they were actually impressed with the bait station plan your guy left, so thanks for that), then the walk-in fridge packed up on the Saturday night of our busiest weekend and we had to bin about £900 of stock. On top of that the head chef has handed his notice in and I've been on the pass most nights, which is why I'm only looking at emails now at nearly midnight.",
            "",
            "The other thing is our bookkeeper only comes in two days a week and she's the one who sets up supplier payments, and she's been off with her back. I did try the online banking myself but I'm not allowed to add a new payee, and apparently you're set up under your old trading name so it wouldn't match anyway.",
            "",
            "Anyway I've spoken to her tonight, she's back next Thursday and will pay you first thing. Really sorry for the hassle.",
            "",
            "Cheers,",
            "Nikos",
            "The Olive Grove Bistro",
        ),
        lab(
            promised_date="2028-12-07",
            note="long reply with the point in the last paragraph; 'next Thursday' written on Fri 1 Dec = Thu 7 Dec",
        ),
        "PPC/30448",
        "540.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Franz Huber", "f.huber@huber-getraenke.example"),
        "2028-12-04 14:20",
        "cet",
        "outlook",
        t(
            "Hallo,",
            "",
            "die Rechnung ist freigegeben und für unseren Zahllauf in KW 50 vorgesehen. Früher geht es leider nicht, der Zahllauf ist bei uns nur alle zwei Wochen.",
            "",
            "Gruß",
            "Franz Huber",
            "Huber Getränke GmbH - Lager Rosenheim",
        ),
        lab(
            promised_date="2028-12-11",
            note="'KW 50' is the week of 11-15 Dec; a week resolves to its Monday, as 'next week' does",
        ),
        "PPC/30539",
        "690.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Lemaire", "sophie.lemaire.boulangerie@gmail.com"),
        "2028-11-24 07:12",
        "cet",
        "iphone",
        t(
            "Bonjour",
            "Je vous règle ça fin de mois, promis. Là on attend le paiement d'une grosse commande d'un comité d'entreprise.",
            "Bonne journée",
            "Sophie",
        ),
        lab(promised_date="2028-11-30", note="'fin de mois' written on 24 Nov = 30 Nov"),
        "PPC/30459",
        "312.00",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Élise Marchand", "e.marchand@delorme-avocats.example"),
        "2028-12-05 16:48",
        "cet",
        "outlook_html",
        t(
            "Madame, Monsieur,",
            "",
            "Maître Delorme m'a chargée de vous informer que le règlement de la facture PPC/30547 interviendra au plus tard le 15 décembre, par virement.",
            "",
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
            "",
            "Élise Marchand",
            "Assistante de Maître Hélène Delorme",
            "Delorme Avocats – 14, cours Pierre-Puget – 13006 Marseille",
        ),
        lab(
            ("PPC/30547",),
            promised_date="2028-12-15",
            note="a lawyer's assistant writing for her employer, who is the customer",
        ),
        "PPC/30547",
        "420.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Javier Lozano", "javi@casalozano-tapas.example"),
        "2028-11-27 12:30",
        "cet",
        "gmail",
        t(
            "Hola,",
            "",
            "Lo pagamos a finales de mes, que es cuando hacemos todos los pagos a proveedores. Lo tengo apuntado.",
            "",
            "Un saludo,",
            "Javi",
            "Casa Lozano",
        ),
        lab(promised_date="2028-11-30", note="'a finales de mes' on 27 Nov = 30 Nov"),
        "PPC/30463",
        "275.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer Soler", "administracion@colegiosanignacio-valencia.example"),
        "2028-12-07 10:02",
        "cet",
        "outlook",
        t(
            "Estimados señores:",
            "",
            "Les informamos de que la factura PPC/30519 será abonada mediante transferencia bancaria el próximo día 15, fecha en la que el colegio realiza los pagos a proveedores.",
            "",
            "Atentamente,",
            "",
            "Lucía Ferrer Soler",
            "Administración",
            "Colegio San Ignacio",
        ),
        lab(
            ("PPC/30519",),
            promised_date="2028-12-15",
            note="'el próximo día 15' on 7 Dec = 15 Dec",
        ),
        "PPC/30519",
        "1210.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Henk Jansen", "penningmeester@buurthuisdekempen.example"),
        "2028-11-29 19:25",
        "cet",
        "gmail",
        t(
            "Goedenavond,",
            "",
            "Excuus voor de vertraging. Wij zijn een vrijwilligersorganisatie en de penningmeester (ik dus) was een paar weken uit de roulatie. Ik maak het bedrag over twee weken over, dan is ook de subsidie van de gemeente binnen.",
            "",
            "Met vriendelijke groet,",
            "Henk Jansen",
            "penningmeester Buurthuis De Kempen",
        ),
        lab(
            promised_date="2028-12-13",
            note="'over twee weken' = 14 days after Wed 29 Nov",
        ),
        "PPC/30474",
        "310.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Kees van der Linden", "kees.vanderlinden@gmail.com"),
        "2028-12-11 07:55",
        "cet",
        "iphone",
        "nog niet, morgen overmaken sorry vergeten",
        lab(
            promised_date="2028-12-12",
            note="'nog niet' (not yet) then a promise; mobile brevity; 'morgen' = Tue 12 Dec",
        ),
        "PPC/30561",
        "145.00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Magazzini Ferraro Srl", "amministrazione@magazziniferraro.example"),
        "2028-12-06 15:40",
        "cet",
        "thunderbird",
        t(
            "Buongiorno,",
            "",
            "ci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese, insieme agli altri fornitori.",
            "",
            "Cordiali saluti",
            "Anna Esposito",
            "Ufficio amministrativo",
        ),
        lab(promised_date="2028-12-31", note="'entro fine mese' on 6 Dec = 31 Dec"),
        "PPC/30553",
        "960.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide Conti", "d.conti@logisticaconti.example"),
        "2028-11-30 11:18",
        "cet",
        "outlook_html",
        t(
            "Buongiorno,",
            "",
            "il pagamento è già stato programmato per il 15/12 con la distinta fornitori. Se servisse anticiparlo fatemi sapere, ma per noi sarebbe complicato.",
            "",
            "Saluti,",
            "Davide Conti",
            "Logistica Conti S.r.l. – Piacenza",
        ),
        lab(
            promised_date="2028-12-15",
            note="'è già stato programmato' is past tense for a payment still to come; 15/12 is day/month",
        ),
        "PPC/30488",
        "1680.00",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Rachel Dunmore", "rachel.dunmore@harbourkitchens.example"),
        "2028-11-23 15:12",
        "uk",
        "gmail",
        t(
            "Hi,",
            "",
            "Just so we're clear where things stand: PPC/30533 (the routine October visit) was paid last week. PPC/30541 we're querying. Your technician was on site at our Canal Street kitchen for about 20 minutes on 3 November – I've checked the CCTV – and the invoice charges 2.5 hours of labour plus a call-out fee. It wasn't an emergency either, it was booked a week in advance.",
            "",
            "Send us a corrected invoice for the time actually spent and we'll pay that.",
            "",
            "Thanks,",
            "Rachel Dunmore",
            "Operations Manager, Harbour Kitchens",
        ),
        lab(
            ("PPC/30533", "PPC/30541"),
            note="one invoice paid, the other contested: dispute wins; the corrected invoice follows from the dispute",
        ),
        "PPC/30541",
        "336.00",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Tony Marsh", "tony@marshandsonsbutchers.example"),
        "2028-11-30 17:05",
        "uk",
        "outlook",
        t(
            "We have NOT paid this and we won't be paying it until the problem is actually fixed. Three visits now and we're still finding droppings in the back store every morning. Your lad put more bait down and said it would be sorted within a fortnight. It isn't.",
            "",
            "I'm not paying £450 for a service that hasn't worked. Get someone out here who knows what they're doing and then we'll talk.",
            "",
            "Tony Marsh",
            "Marsh & Sons Family Butchers",
        ),
        lab(note="negated payment with the reason: the work itself is contested"),
        "PPC/30521",
        "450.00",
        charset="windows-1252",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Okafor, Grace", "grace.okafor@northmere.gov.example"),
        "2028-12-06 10:41",
        "uk",
        "outlook_html",
        t(
            "Dear Pennant Pest Control,",
            "",
            "Invoice PPC/30560 – bird proofing, Block C, Fenwick Road depot",
            "",
            "The works were ordered against your quotation Q-7712 at £1,850.00 + VAT. The invoice is for £2,460.00 + VAT. No variation was requested or approved by the Council, and the purchase order (NBC-PO-558120) was raised for the quoted amount only.",
            "",
            "The invoice has therefore been placed on hold in our finance system. Please issue a credit note for the difference, or a replacement invoice for the quoted amount, and payment will then be released in line with our standard terms.",
            "",
            "Yours faithfully,",
            "",
            "Grace Okafor",
            "Facilities Contracts Officer",
            "Northmere Borough Council",
        ),
        lab(
            ("PPC/30560",),
            note="charge above the accepted quotation: dispute, although a corrected invoice would be paid",
        ),
        "PPC/30560",
        "2952.00",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Mehmet Yıldız", "info@kebabhaus-yildiz.example"),
        "2028-11-21 13:50",
        "cet",
        "gmail",
        t(
            "Guten Tag,",
            "",
            "den Notdiensteinsatz vom 14.11. haben wir nicht beauftragt. Ihr Techniker wurde vom Bäcker nebenan gerufen, weil der Ratten im Hof gesehen hat. Der Hof gehört zu seinem Mietbereich, nicht zu unserem. Warum das auf unsere Rechnung gebucht wurde, verstehe ich nicht.",
            "",
            "Bitte stornieren Sie die Rechnung.",
            "",
            "Mit freundlichen Grüßen",
            "Mehmet Yıldız",
            "Kebabhaus Yıldız, Köln-Ehrenfeld",
        ),
        lab(note="call-out ordered by someone else; cancellation asked"),
        "PPC/30429",
        "385.00",
        cte="b64",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Jürgen Wolff", "kreditoren@spedition-wolff.example"),
        "2028-12-08 09:27",
        "cet",
        "outlook_html",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Leistung aus Rechnung PPC/30578 (Taubenabwehr Rampe 3, Einsatz vom 02.11.2028) wurde uns bereits mit Rechnung PPC/30389 berechnet und von uns am 20.11. bezahlt. Es handelt sich um eine Doppelberechnung.",
            "",
            "Wir bitten um eine Gutschrift über 1.240,00 € und um kurze Bestätigung.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Jürgen Wolff",
            "Kreditorenbuchhaltung",
            "Spedition Wolff GmbH & Co. KG",
        ),
        lab(
            ("PPC/30578", "PPC/30389"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        "PPC/30578",
        "1240.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Thierry Vasseur", "direction@hotel-lesremparts.example"),
        "2028-12-05 18:20",
        "cet",
        "apple",
        t(
            "Bonjour,",
            "",
            "Je profite de votre relance pour faire un point, parce que cette année a été assez compliquée pour nous. Nous avons rouvert en avril après les travaux de façade, la saison a été correcte mais le personnel a beaucoup tourné et j'ai moi-même repris une partie de la comptabilité, d'où un certain retard dans le traitement de vos courriers, je vous prie de m'en excuser.",
            "",
            "Concernant votre technicien, rien à redire sur son attitude, il a été ponctuel et très aimable avec l'équipe. Nous avons d'ailleurs apprécié le rapport détaillé envoyé après la visite des combles.",
            "",
            "En revanche, pour la pose des filets anti-pigeons côté cour, les oiseaux sont revenus dès la semaine suivante : les filets ne sont pas tendus jusqu'à la gouttière et ils passent par-dessous. Nous ne réglerons donc pas cette facture tant que la pose n'aura pas été reprise correctement. J'ai des photos si besoin.",
            "",
            "Pour le reste, nous souhaitons évidemment continuer à travailler avec vous l'an prochain.",
            "",
            "Bien cordialement,",
            "",
            "Thierry Vasseur",
            "Directeur – Hôtel Les Remparts, Saint-Malo",
        ),
        lab(
            note="long rambling reply; the refusal to pay for faulty netting is buried in the third paragraph"
        ),
        "PPC/30528",
        "1380.00",
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Pilar Navarro", "pilar.navarro@navarrofrutas.example"),
        "2028-11-20 12:15",
        "cet",
        "gmail_plain",
        t(
            "Buenos días,",
            "",
            "No reconocemos esta factura. Dimos de baja el contrato de mantenimiento en junio (tengo el correo de confirmación de su compañero Andrés) y desde entonces no ha venido nadie de su empresa a la nave. No vamos a pagar un servicio que no se ha prestado.",
            "",
            "Saludos,",
            "Pilar Navarro",
            "Navarro Frutas – Mercavalencia",
        ),
        lab(note="contract cancelled in June; service not rendered"),
        "PPC/30402",
        "396.00",
    ),
    Reply(
        "d-es-2",
        "dispute",
        "es",
        ("Ángel Ruiz", "angel.ruiz@residenciaelpinar.example"),
        "2028-12-12 13:05",
        "cet",
        "outlook",
        t(
            "Buenas tardes:",
            "",
            "Hemos abonado hoy 300,00 € de la factura PPC/30566, que corresponden a la primera visita. La segunda visita que aparece facturada (240,00 €) no se realizó: el técnico llamó para decir que venía el día 24 y no se presentó, y nadie nos ha vuelto a llamar.",
            "",
            "Por favor, emitan un abono por esa parte.",
            "",
            "Un saludo,",
            "",
            "Ángel Ruiz",
            "Mantenimiento – Residencia El Pinar",
        ),
        lab(
            ("PPC/30566",),
            note="part paid today and the rest contested: dispute over the payment claim, and not a payment plan",
        ),
        "PPC/30566",
        "540.00",
        charset="windows-1252",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Fatima El Amrani", "fatima@lunchroomdezon.example"),
        "2028-12-13 14:44",
        "cet",
        "iphone",
        t(
            "Hallo, deze factuur klopt niet. De monteur zou op 4 december langskomen voor de controle maar is nooit geweest, wij waren de hele dag open. Die voorrijkosten betalen we dus niet.",
            "",
            "Groetjes Fatima",
        ),
        lab(note="visit charged but never made"),
        "PPC/30583",
        "95.00",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Martijn Visser", "m.visser@daltonschooldeakker.example"),
        "2028-11-27 15:30",
        "cet",
        "thunderbird",
        t(
            "Beste mensen,",
            "",
            "In ons onderhoudscontract (looptijd 2027-2029) staat dat spoedmeldingen onder schooltijd inbegrepen zijn. De melding van 6 november (muizen in de personeelskeuken) viel daar gewoon onder. Wij zien daarom geen reden om deze factuur van € 285,00 te betalen.",
            "",
            "Kunt u de factuur crediteren?",
            "",
            "Met vriendelijke groet,",
            "Martijn Visser",
            "Facilitair coördinator, Daltonschool De Akker",
        ),
        lab(note="charge contested under the maintenance contract"),
        "PPC/30451",
        "285.00",
        cte="8bit",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Francesca Bellini", "f.bellini@hotelbelvedere-como.example"),
        "2028-11-24 10:12",
        "cet",
        "outlook",
        t(
            "Buongiorno,",
            "",
            "come mai ci avete fatturato due volte lo stesso intervento? La fattura PPC/30445 riporta la derattizzazione del 19 ottobre, che era già compresa nella PPC/30392 pagata a fine ottobre.",
            "",
            "Attendo una nota di credito.",
            "",
            "Cordiali saluti",
            "Francesca Bellini",
            "Amministrazione – Hotel Belvedere, Como",
        ),
        lab(
            ("PPC/30445", "PPC/30392"),
            note="question form, but it contests a duplicate charge; the payment mentioned is of the other invoice",
        ),
        "PPC/30445",
        "720.00",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Salvatore Greco", "pasticceriagreco@gmail.com"),
        "2028-12-14 09:40",
        "cet",
        "gmail",
        t(
            "Buongiorno",
            "non paghiamo finché non viene rifatto il trattamento, le blatte in laboratorio ci sono ancora, le vediamo tutte le sere dietro al forno. Il vostro tecnico aveva detto che col gel sarebbero sparite in 10 giorni, ne sono passati 25.",
            "Mandate qualcuno e poi ne riparliamo",
            "Salvatore Greco",
        ),
        lab(note="refuses to pay until the treatment is redone"),
        "PPC/30590",
        "260.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Bev Hollis", "bevs.cafe.redcar@gmail.com"),
        "2028-11-20 15:48",
        "uk",
        "iphone",
        t(
            "Hiya, I know this is overdue and I'm not ignoring you. Trade's been dead since they dug the road up outside in September, some days I'm taking £60. Could I pay you £50 a week till it's cleared? I'll start this Friday. I don't want to lose the contract, you've been good to us.",
            "",
            "Bev",
        ),
        lab(
            note="weekly instalments; the first instalment day belongs to the plan and is not labelled"
        ),
        "PPC/30398",
        "420.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Jonathan Pryce", "finance@stcolumbashousing.example"),
        "2028-11-29 12:02",
        "uk",
        "outlook_html",
        t(
            "Dear Accounts Team,",
            "",
            "Thank you for the reminder regarding PPC/30470.",
            "",
            "We are a small charity and our quarterly grant from the county council is not due until mid-January. We would like to propose paying half (£1,230.00) now and the remaining £1,230.00 once the grant has been received, by 31 January at the latest.",
            "",
            "If this is acceptable, please let me know and I will arrange the first payment this week.",
            "",
            "Kind regards,",
            "",
            "Jonathan Pryce",
            "Finance Manager",
            "St Columba's Housing Trust",
        ),
        lab(("PPC/30470",), note="half now, the rest after a grant: payment_plan"),
        "PPC/30470",
        "2460.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Lee Carter", "carterskennels@gmail.com"),
        "2028-12-08 18:30",
        "uk",
        "gmail_plain",
        "sent £200 today, will send the rest over the next couple of months if thats ok, been a rough year with the vet bills\nlee",
        lab(note="part payment now plus the rest later → payment_plan, not payment_sent"),
        "PPC/30557",
        "600.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Birgit Neumann", "buchhaltung@hotel-seeblick-ruegen.example"),
        "2028-11-22 09:50",
        "cet",
        "outlook",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "vielen Dank für Ihre Erinnerung. Als Saisonbetrieb haben wir in den Wintermonaten kaum Einnahmen, und die Rechnung für die Taubenabwehr am Dach ist höher ausgefallen als eingeplant.",
            "",
            "Wäre es möglich, den Betrag in drei Monatsraten zu je 630,00 € zu begleichen, beginnend am 15. Dezember? Für eine kurze Bestätigung wären wir dankbar.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Birgit Neumann",
            "Hotel Seeblick, Binz",
        ),
        lab(note="three monthly instalments proposed"),
        "PPC/30421",
        "1890.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Uwe Brandt", "uwe.brandt.tischlerei@gmail.com"),
        "2028-12-12 20:05",
        "cet",
        "gmail",
        t(
            "Hallo zusammen,",
            "",
            "können wir die Zahlung auf Januar verschieben? Zwei große Kunden haben noch nicht bezahlt und ich muss im Dezember Löhne und Weihnachtgeld stemmen. Im Januar ist das dann kein Problem.",
            "",
            "Danke und Gruß",
            "Uwe Brandt",
            "Tischlerei Brandt",
        ),
        lab(note="asks for more time with no day fixed: payment_plan; typo kept"),
        "PPC/30569",
        "340.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Claire Dubois-Renaud", "c.duboisrenaud@ehpad-lesglycines.example"),
        "2028-11-30 14:22",
        "cet",
        "outlook_html",
        t(
            "Madame, Monsieur,",
            "",
            "Nous accusons réception de votre relance concernant la facture PPC/30486.",
            "",
            "Compte tenu de contraintes budgétaires en cette fin d'exercice, serait-il possible d'échelonner ce règlement en trois mensualités de 588,00 €, la première en décembre ? Nous restons bien entendu attachés à la bonne exécution de notre contrat.",
            "",
            "Dans l'attente de votre retour, nous vous prions d'agréer nos salutations distinguées.",
            "",
            "Claire Dubois-Renaud",
            "Responsable administrative et financière",
            "EHPAD Les Glycines",
        ),
        lab(("PPC/30486",), note="formal request for three monthly instalments"),
        "PPC/30486",
        "1764.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Sergio Campos", "sergio@almacenescampos.example"),
        "2028-12-05 11:35",
        "cet",
        "gmail",
        t(
            "Buenos días,",
            "",
            "¿Podríamos pagarla en dos plazos? La mitad ahora, antes del puente, y la otra mitad a mediados de enero. Diciembre se nos complica con las pagas extra.",
            "",
            "Quedo a la espera.",
            "",
            "Sergio Campos",
            "Almacenes Campos, Zaragoza",
        ),
        lab(note="two instalments proposed"),
        "PPC/30545",
        "1120.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Carmen Molina", "panaderiamolina@gmail.com"),
        "2028-11-21 21:10",
        "cet",
        "iphone",
        "Hola, perdonad, estamos pasando una racha muy mala, mi marido ha estado de baja dos meses y la panadería casi no da. Necesito un poco más de tiempo para pagar, no me olvido. Gracias por la paciencia",
        lab(note="hardship and a request for more time without a date: payment_plan"),
        "PPC/30431",
        "185.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Erik de Boer", "erik@deboerkinderopvang.example"),
        "2028-12-04 08:47",
        "cet",
        "outlook",
        t(
            "Goedemorgen,",
            "",
            "Wij hebben op dit moment helaas niet de ruimte om het volledige bedrag in één keer te voldoen. Kunnen we een betalingsregeling afspreken van EUR 250 per maand? De eerste termijn zou dan eind december kunnen.",
            "",
            "Ik hoor graag of dit akkoord is.",
            "",
            "Met vriendelijke groet,",
            "Erik de Boer",
            "Kinderopvang De Boer",
        ),
        lab(note="monthly instalments; the first instalment's timing is part of the plan"),
        "PPC/30509",
        "1050.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Priya Ramdin", "priya@toko-ramdin.example"),
        "2028-12-14 12:12",
        "cet",
        "android",
        t(
            "Hoi, ik maak vandaag € 400 over en de rest begin januari als de feestdagen voorbij zijn. Is dat goed?",
            "",
            "Priya",
            "Toko Ramdin",
        ),
        lab(note="part now, the rest in January → payment_plan"),
        "PPC/30588",
        "820.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Giorgio Marchetti", "amministrazione@agriturismoilcasale.example"),
        "2028-11-23 17:25",
        "cet",
        "outlook_html",
        t(
            "Gentili signori,",
            "",
            "in riferimento alla fattura PPC/30440 vi chiediamo se sia possibile rateizzare l'importo in quattro rate mensili da € 360,00, a partire da dicembre. La stagione si è chiusa peggio del previsto e preferiremmo non accumulare ritardi con i fornitori.",
            "",
            "Restiamo in attesa di un vostro riscontro.",
            "",
            "Cordiali saluti",
            "Giorgio Marchetti",
            "Agriturismo Il Casale – Montepulciano",
        ),
        lab(("PPC/30440",), note="four monthly instalments proposed"),
        "PPC/30440",
        "1440.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Marco Santoro", "marco.santoro.bar@gmail.com"),
        "2028-12-09 10:30",
        "cet",
        "gmail_plain",
        "Ciao, vi verso 500 euro adesso e il resto entro fine gennaio, spero vada bene. Se c'è qualche problema chiamatemi al 347 555 0192.\nMarco - Bar Santoro",
        lab(note="part now, the rest by the end of January → payment_plan"),
        "PPC/30562",
        "980.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Hollingworth, Amy", "amy.hollingworth@greystonefoods.example"),
        "2028-11-21 14:03",
        "uk",
        "outlook_html",
        t(
            "Hello,",
            "",
            "We can't pay PPC/30423 as it stands – it doesn't carry a purchase order number, and our system rejects non-PO invoices automatically. The PO for your Q4 contract at the Leyland depot is 4500-88213.",
            "",
            "Please re-issue the invoice quoting that PO and send it to this address. Once it has matched we will pay it on the next run.",
            "",
            "Thanks,",
            "Amy Hollingworth",
            "Accounts Payable | Greystone Foods Ltd",
        ),
        lab(
            ("PPC/30423",),
            note="payment conditional on a reissue with the PO; the amount is not contested: invoice_request",
        ),
        "PPC/30423",
        "1596.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Mrs J. Akintola", "bursar@stbedesprimary.example"),
        "2028-12-04 13:15",
        "uk",
        "thunderbird",
        t(
            "Good afternoon,",
            "",
            "Before our finance team can pay this, could you please send a copy of the invoice together with the service report for the visit? The copy we received was addressed to the previous headteacher, and finance need the report to show that the work was carried out on school premises.",
            "",
            "Many thanks,",
            "",
            "Mrs J. Akintola",
            "School Business Manager",
            "St Bede's Catholic Primary School",
        ),
        lab(note="a copy and the service report are needed before paying; nothing contested"),
        "PPC/30513",
        "295.00",
        cte="8bit",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Hannah Whitfield", "h.whitfield@cranleighsolicitors.example"),
        "2028-12-11 09:55",
        "uk",
        "gmail",
        t(
            "Dear Sirs,",
            "",
            "Thank you for your email. As a firm we are required to verify the bank details of any new supplier before making a first payment. Could you please send your account details on headed paper, signed by a director, or confirm them by letter to our office?",
            "",
            "Once they have been verified we will settle the invoice.",
            "",
            "Kind regards,",
            "",
            "Hannah Whitfield",
            "PA to Simon Cranleigh",
            "Cranleigh & Co Solicitors",
        ),
        lab(note="bank details must be confirmed before the first payment"),
        "PPC/30571",
        "168.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Kämmerei Stadt Meersburg", "kaemmerei@meersburg-stadt.example"),
        "2028-11-20 10:05",
        "cet",
        "outlook",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "Ihre Rechnung PPC/30405 kann von uns nicht bearbeitet werden, da sie als PDF per E-Mail eingegangen ist. Als öffentlicher Auftraggeber nehmen wir nur noch elektronische Rechnungen im Format XRechnung über das Rechnungseingangsportal an. Bitte reichen Sie die Rechnung dort unter Angabe unserer Leitweg-ID 08435063-MEERS-47 erneut ein.",
            "",
            "Nach Eingang der XRechnung wird die Zahlung umgehend angewiesen.",
            "",
            "Mit freundlichen Grüßen",
            "Im Auftrag",
            "",
            "Thomas Kern",
            "Stadtkämmerei Meersburg",
        ),
        lab(
            ("PPC/30405",),
            note="public body needs the invoice as an XRechnung before paying",
        ),
        "PPC/30405",
        "746.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Anja Krüger", "anja@cafe-kruemel.example"),
        "2028-12-05 17:40",
        "cet",
        "gmail",
        t(
            "Hallo,",
            "",
            "die Rechnung finde ich bei uns nirgends, weder in der Post noch im Postfach. Können Sie sie mir bitte noch mal schicken? Dann überweise ich sofort.",
            "",
            "Viele Grüße",
            "Anja Krüger",
            "Café Krümel",
        ),
        lab(note="a copy is needed before paying"),
        "PPC/30550",
        "189.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Karim Benali", "finances@ville-lunel.example"),
        "2028-12-01 09:20",
        "cet",
        "outlook_html",
        t(
            "Bonjour,",
            "",
            "Votre facture PPC/30495 nous a été transmise par courriel, ce qui ne nous permet pas de la traiter. Les factures adressées aux collectivités doivent être déposées sur Chorus Pro.",
            "",
            "Merci de bien vouloir la déposer en indiquant le SIRET de la commune et le numéro d'engagement juridique EJ-2028-00417. Le mandatement interviendra dès réception.",
            "",
            "Cordialement,",
            "",
            "Karim Benali",
            "Service des finances",
            "Mairie de Lunel",
        ),
        lab(
            ("PPC/30495",),
            note="town hall needs the invoice on its e-invoicing portal before paying",
        ),
        "PPC/30495",
        "1320.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Léa Garnier", "lea.garnier.traiteur@gmail.com"),
        "2028-11-26 10:30",
        "cet",
        "iphone",
        t(
            "Bonjour, vous pouvez me renvoyer un RIB svp ? Je n'arrive pas à le retrouver et je voudrais faire le virement. Merci",
            "Léa",
        ),
        lab(note="needs the bank details to pay: invoice_request"),
        "PPC/30461",
        "240.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Pascual", "contabilidad@grupo-lavid.example"),
        "2028-11-28 12:50",
        "cet",
        "outlook",
        t(
            "Buenos días:",
            "",
            "Necesitamos que nos reenvíen la factura PPC/30477 con nuestra razón social y CIF actuales (Grupo La Vid, S.L., B-26512847). La que tenemos está emitida a nombre de Bodegas La Vid, que se fusionó con el grupo en verano, y no podemos contabilizarla así.",
            "",
            "En cuanto recibamos la factura corregida, procederemos al pago.",
            "",
            "Un saludo,",
            "",
            "Nuria Pascual",
            "Contabilidad – Grupo La Vid",
        ),
        lab(
            ("PPC/30477",),
            note="reissue to the new legal name; the amount is not contested",
        ),
        "PPC/30477",
        "930.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Tim Hendriks", "t.hendriks@koelhuis-venlo.example"),
        "2028-12-06 07:40",
        "cet",
        "android",
        t(
            "Goedemorgen, kunnen jullie de factuur opnieuw sturen met ons inkoopordernummer erop (PO 77120-431)? Zonder PO kan de crediteurenafdeling hem niet inboeken en dus ook niet betalen.",
            "",
            "Groet,",
            "Tim Hendriks",
            "Koelhuis Venlo",
        ),
        lab(note="pays once the PO is on the invoice: invoice_request"),
        "PPC/30552",
        "1275.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Mirjam Smit", "mirjam.smit@vvelindenhof.example"),
        "2028-12-13 20:20",
        "cet",
        "gmail_plain",
        t(
            "Goedenavond,",
            "",
            "Kunt u mij een specificatie van deze factuur sturen? Ik zie niet welke bezoeken er in rekening zijn gebracht en het bestuur wil dat weten voordat we betalen.",
            "",
            "Met vriendelijke groet,",
            "Mirjam Smit",
            "Penningmeester VvE Lindenhof",
        ),
        lab(note="asks for a breakdown before paying; nothing contested"),
        "PPC/30580",
        "654.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberta Galli", "acquisti@caseificiovalpadana.example"),
        "2028-11-22 12:45",
        "cet",
        "outlook",
        t(
            "Buongiorno,",
            "",
            "la fattura PPC/30427 ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare ci serve la fattura elettronica trasmessa tramite SdI, con il nostro codice destinatario M5UXCR1. La copia in PDF non ha valore fiscale.",
            "",
            "Appena la riceviamo la mettiamo in pagamento.",
            "",
            "Cordiali saluti",
            "Roberta Galli",
            "Ufficio Acquisti - Caseificio Valpadana",
        ),
        lab(
            ("PPC/30427",),
            note="needs the electronic invoice through SdI before paying",
        ),
        "PPC/30427",
        "1100.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Elena Ricci", "elena.ricci@ristorantelapiazzetta.example"),
        "2028-12-15 11:05",
        "cet",
        "gmail",
        t(
            "Buongiorno,",
            "",
            "mi può mandare l'estratto conto aggiornato? Non mi tornano i conti con i pagamenti che abbiamo fatto da settembre e prima di pagare vorrei capire cosa risulta ancora aperto.",
            "",
            "Grazie",
            "Elena Ricci",
        ),
        lab(note="statement of account before paying; nothing contested yet"),
        "PPC/30594",
        "410.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Fenwick Facilities Accounts", "fenwickfacilities.accounts@gmail.com"),
        "2028-11-30 03:14",
        "uk",
        "gmail",
        t(
            "Dear Supplier,",
            "",
            "Please be informed that our accounts department is migrating to a new system and the old mailbox will be closed. Kindly update your records and direct all future correspondence, statements and payment reminders for this account to fenwick.ap.dept@gmail.com ONLY with immediate effect.",
            "",
            "Do not send further emails to the previous address as they will not be received.",
            "",
            "Regards,",
            "Accounts Department",
            "Fenwick Facilities Management",
        ),
        lab(
            new_contact="fenwick.ap.dept@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address; the intent is wrong_contact with the named address, and whether it is genuine is for a person to check",
        ),
        "PPC/30491",
        "1875.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Paul Meredith", "paul.meredith@brackleyfoods.example"),
        "2028-11-20 11:30",
        "uk",
        "outlook",
        t(
            "Hi,",
            "",
            "I moved over to the group procurement team in October so I no longer look after supplier payments for the Brackley site. Could you please send this and any future reminders to our shared accounts payable inbox, payables@brackleyfoods.example, and someone there will pick it up.",
            "",
            "Thanks,",
            "Paul",
        ),
        lab(new_contact="payables@brackleyfoods.example"),
        "PPC/30400",
        "1032.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Stan Kowalski", "sitemanager@ashgroveacademy.example"),
        "2028-12-07 07:05",
        "uk",
        "iphone",
        t(
            "Morning, I'm just the site manager, I don't deal with any of the money side. You want the business manager Mrs Okonjo – Bursar@AshgroveAcademy.example",
            "",
            "Stan",
        ),
        lab(
            new_contact="bursar@ashgroveacademy.example",
            note="address written in mixed case, labelled in lower case",
        ),
        "PPC/30555",
        "310.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Markus Engel", "m.engel@reinhardt-immobilien.example"),
        "2028-11-24 15:15",
        "cet",
        "outlook_html",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "ich bin seit dem 1. November nicht mehr für die Objekte in der Südstadt zuständig. Bitte richten Sie Zahlungserinnerungen und Rechnungen künftig ausschließlich an unsere Kreditorenbuchhaltung: kreditoren@reinhardt-immobilien.example.",
            "",
            "Ihre Nachricht habe ich nicht weitergeleitet.",
            "",
            "Mit freundlichen Grüßen",
            "Markus Engel",
        ),
        lab(new_contact="kreditoren@reinhardt-immobilien.example"),
        "PPC/30438",
        "512.00",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Sepp Brandl", "sepp@metzgerei-brandl.example"),
        "2028-12-11 06:40",
        "cet",
        "gmail",
        t(
            "Servus,",
            "",
            "um die Rechnungen kümmert sich meine Frau, schreibt bitte an Buchhaltung@Metzgerei-Brandl.example, die hab ich euch in CC gesetzt.",
            "",
            "Sepp Brandl",
        ),
        lab(
            new_contact="buchhaltung@metzgerei-brandl.example",
            note="mixed-case address, also copied in Cc",
        ),
        "PPC/30563",
        "278.00",
        cc="Buchhaltung Brandl <Buchhaltung@Metzgerei-Brandl.example>",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Marc Olivier", "marc.olivier@residence-lesacacias.example"),
        "2028-12-02 10:15",
        "cet",
        "apple",
        t(
            "Bonjour,",
            "",
            "Je ne suis que le président bénévole du conseil syndical, ce n'est pas moi qui règle les factures de la copropriété. C'est le syndic qui gère : Cabinet Morel, gestion@cabinet-morel-syndic.example. Merci de leur adresser directement vos relances.",
            "",
            "Cordialement,",
            "Marc Olivier",
        ),
        lab(new_contact="gestion@cabinet-morel-syndic.example"),
        "PPC/30506",
        "880.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Jeanne Roussel", "jeanne.roussel56@gmail.com"),
        "2028-11-25 11:50",
        "cet",
        "gmail_plain",
        t(
            "Bonjour,",
            "",
            "Je pense que vous vous êtes trompés d'adresse. Je suis une particulière, je n'ai aucune entreprise et je n'ai jamais fait appel à vos services. Il doit y avoir une autre Jeanne Roussel parmi vos clients.",
            "",
            "Bonne journée",
        ),
        lab(note="wrong recipient altogether, no new address"),
        "PPC/30457",
        "356.00",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Suministros Ortega", "pedidos@suministros-ortega.example"),
        "2028-12-01 09:08",
        "cet",
        "notice",
        t(
            "Este buzón ya no se revisa.",
            "",
            "Desde el 1 de noviembre de 2028 las facturas, los recordatorios de pago y cualquier consulta de administración deben enviarse a administracion@suministros-ortega.example. Los mensajes recibidos en esta dirección no se reenvían.",
            "",
            "Suministros Ortega, S.L.",
        ),
        lab(
            new_contact="administracion@suministros-ortega.example",
            note="automatic notice that the mailbox is no longer read, naming the address to use: wrong_contact",
        ),
        "PPC/30501",
        "615.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Bas Mulder", "bas@muldertransport.example"),
        "2028-11-21 08:25",
        "cet",
        "gmail",
        t(
            "Hoi,",
            "",
            "Ik doe hier alleen de planning, facturen gaan bij ons via de administratie. Wil je ze voortaan naar administratie@muldertransport.example sturen? Dan komt het goed.",
            "",
            "Groet,",
            "Bas",
        ),
        lab(new_contact="administratie@muldertransport.example"),
        "PPC/30419",
        "495.00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Yvonne Bakker", "receptie@zorgcentrumdelinde.example"),
        "2028-12-08 13:35",
        "cet",
        "outlook_html",
        t(
            "Geachte heer/mevrouw,",
            "",
            "Uw herinnering is bestemd voor mevrouw De Wit, maar zij is sinds 1 december niet meer bij ons werkzaam. Voor facturen en herinneringen kunt u contact opnemen met de financiële administratie via crediteuren@zorgcentrumdelinde.example.",
            "",
            "Met vriendelijke groet,",
            "",
            "Yvonne Bakker",
            "Receptie Zorgcentrum De Linde",
        ),
        lab(new_contact="crediteuren@zorgcentrumdelinde.example"),
        "PPC/30574",
        "730.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Luca Ferri", "luca.ferri@studioferri-amministrazioni.example"),
        "2028-11-27 16:10",
        "cet",
        "thunderbird",
        t(
            "Buongiorno,",
            "",
            "dal 1° ottobre non sono più l'amministratore del Condominio Parco Verde. Il nuovo amministratore è lo Studio Marchi, a cui ho già consegnato tutta la documentazione: studiomarchi.condomini@studiomarchi.example. Vi prego di indirizzare a loro i solleciti.",
            "",
            "Cordiali saluti",
            "Rag. Luca Ferri",
        ),
        lab(new_contact="studiomarchi.condomini@studiomarchi.example"),
        "PPC/30468",
        "615.00",
        cte="8bit",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Rosa", "rosa.cucina77@gmail.com"),
        "2028-12-13 15:05",
        "cet",
        "iphone",
        "Io sono la cuoca queste cose non le seguo. Scrivete all'ufficio acquisti acquisti@osteriadelponte.example che vi rispondono loro",
        lab(
            new_contact="acquisti@osteriadelponte.example",
            note="no punctuation to speak of",
        ),
        "PPC/30585",
        "198.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Mandy Groves", "mandy@grovesnursery.example"),
        "2028-11-27 19:20",
        "uk",
        "iphone",
        t(
            "I've already told your office on the phone I'll pay it on the 15th when my customers have paid me. Please stop sending me these emails every other day, it's borderline harassment. Take this address off your list.",
            "",
            "Mandy",
        ),
        lab(
            note="promise ('the 15th') plus stop emailing: unsubscribe beats everything but bounce, so no date is labelled"
        ),
        "PPC/30465",
        "265.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Richard Greaves", "richard@greavesproperty.example"),
        "2028-12-04 16:05",
        "uk",
        "html_only",
        t(
            "Dear Sirs,",
            "",
            "I refer to your e-mails regarding invoice PPC/30517, which is disputed in its entirety for the reasons set out in my letter of 9 November.",
            "",
            "This matter is now in the hands of our solicitors, Hartley & Vine LLP. All further correspondence must be directed to them and not to me or any member of my staff. I will not respond to further e-mails on this subject.",
            "",
            "Yours faithfully,",
            "",
            "Richard Greaves",
            "Director, Greaves Property Holdings Ltd",
        ),
        lab(
            ("PPC/30517",),
            note="only through our solicitors, no address given: unsubscribe beats the dispute; HTML-only",
        ),
        "PPC/30517",
        "2280.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Margaret Ellis", "office@stmichaelsparish-kendal.example"),
        "2028-11-23 10:40",
        "uk",
        "thunderbird",
        t(
            "Dear Pennant,",
            "",
            "The parish council has asked me to let suppliers know that we are no longer able to deal with accounts by e-mail. Please send all invoices, statements and reminders by post to the Parish Office, Church Lane, Kendal, and remove this address from your mailing list.",
            "",
            "The treasurer meets monthly and will deal with your invoice at the next meeting.",
            "",
            "With thanks,",
            "Margaret Ellis",
            "Parish Administrator",
        ),
        lab(note="post only → unsubscribe; 'at the next meeting' has no day"),
        "PPC/30442",
        "185.00",
        cte="8bit",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerhard Vogel", "g.vogel@ev-kita-sonnenhof.example"),
        "2028-11-28 11:22",
        "cet",
        "outlook",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "bitte nehmen Sie diese E-Mail-Adresse aus Ihrem Verteiler. Rechnungen und Mahnungen nehmen wir ausschließlich auf dem Postweg entgegen, wie in unserem Rahmenvertrag vereinbart.",
            "",
            "Mit freundlichen Grüßen",
            "Gerhard Vogel",
            "Ev. Kindertagesstätte Sonnenhof",
        ),
        lab(note="remove me, post only"),
        "PPC/30481",
        "412.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Ralf Schuster", "ralf.schuster@schuster-bau.example"),
        "2028-12-09 22:47",
        "cet",
        "android",
        "HÖREN SIE AUF MIR STÄNDIG ZU SCHREIBEN. DIE SACHE LIEGT BEI MEINEM ANWALT, ALLES WEITERE NUR NOCH ÜBER IHN.",
        lab(note="all caps; stop writing + only through my lawyer → unsubscribe"),
        "PPC/30559",
        "1460.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Morvan", "patrick.morvan29@gmail.com"),
        "2028-12-06 08:55",
        "cet",
        "gmail",
        t(
            "Bonjour,",
            "",
            "Merci de ne plus m'écrire à cette adresse, c'est ma boîte perso. Je ne veux plus recevoir vos mails.",
            "",
            "P. Morvan",
        ),
        lab(note="stop request; no other address given"),
        "PPC/30549",
        "230.00",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Bernard Bertin", "sci.lestilleuls@gestion-bertin.example"),
        "2028-11-22 14:30",
        "cet",
        "outlook_html",
        t(
            "Madame, Monsieur,",
            "",
            "Je vous informe que je ne répondrai plus à vos courriels concernant ce dossier. Toute correspondance devra désormais être adressée par lettre recommandée à notre conseil, Maître Anne Lefort, avocate au barreau de Nantes.",
            "",
            "Veuillez cesser tout envoi de courriel à cette adresse.",
            "",
            "Bernard Bertin",
            "Gérant de la SCI Les Tilleuls",
        ),
        lab(note="only through our lawyer, by registered post: unsubscribe"),
        "PPC/30424",
        "1650.00",
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Antonio Gil", "antoniogil.taller@gmail.com"),
        "2028-12-01 12:40",
        "cet",
        "iphone",
        "No me escriban más por favor, ya le dije a su compañera por teléfono que lo pago en enero. Cada dos días un correo, ya está bien.",
        lab(note="stop request wins over the promise ('en enero' has no day anyway)"),
        "PPC/30500",
        "320.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Francisco Herrera", "gerencia@inmocostadorada.example"),
        "2028-12-14 10:25",
        "cet",
        "outlook",
        t(
            "Muy señores míos:",
            "",
            "Les ruego que dejen de enviar correos electrónicos a esta dirección. Cualquier comunicación relativa a esta factura deberá remitirse por burofax a nuestro domicilio social.",
            "",
            "Atentamente,",
            "",
            "Francisco Herrera",
            "Gerente – Inmobiliaria Costa Dorada",
        ),
        lab(note="burofax (registered post) only → unsubscribe"),
        "PPC/30589",
        "990.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Willem Dijkstra", "willem.dijkstra.bloemen@gmail.com"),
        "2028-11-26 13:10",
        "cet",
        "gmail_plain",
        "Afmelden graag. Ik wil geen mails meer van jullie op dit adres.",
        lab(),
        "PPC/30460",
        "175.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giuseppe Lombardi", "g.lombardi@lombardi-carni.example"),
        "2028-11-29 18:05",
        "cet",
        "outlook",
        t(
            "Vi prego di non inviare più e-mail a questo indirizzo. Abbiamo già pagato tutto a ottobre e questi solleciti continui sembrano spam. Se avete bisogno di qualcosa scrivete per posta.",
            "",
            "Giuseppe Lombardi",
        ),
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        "PPC/30483",
        "540.00",
        cte="b64",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Alessia B.", "alessia.b.1990@gmail.com"),
        "2028-12-12 23:12",
        "cet",
        "iphone",
        "CANCELLATEMI",
        lab(note="one word, all caps: remove me"),
        "PPC/30568",
        "120.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Lindqvist", "s.lindqvist@fernleafhotels.example"),
        "2028-11-29 09:06",
        "uk",
        "notice_html",
        t(
            "Thank you for your email. I am out of the office until Monday 4 December with very limited access to email.",
            "",
            "For anything relating to supplier invoices please contact the finance team on 0161 496 0188. Urgent pest sightings at any of our hotels should be reported to the duty manager on site.",
            "",
            "Sarah Lindqvist",
            "Group Purchasing Manager, Fernleaf Hotels",
        ),
        lab(return_date="2028-12-04", note="'until X' → X itself"),
        "PPC/30472",
        "1120.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Kestrel FM Supplier Helpdesk", "supplierhelp@kestrelfm.example"),
        "2028-12-05 09:04",
        "uk",
        "notice",
        t(
            "This is an automated response. Please do not reply to this email.",
            "",
            "Your message has been received by the Kestrel FM Supplier Helpdesk and logged as ticket SH-448213. A member of the accounts payable team will review it and respond within 5 working days.",
            "",
            "To add information to this ticket, reply keeping the ticket number in the subject line.",
            "",
            "Kestrel FM Ltd – Supplier Helpdesk",
        ),
        lab(note="ticket-system acknowledgement, no return date"),
        "PPC/30540",
        "2210.00",
        subject="[Ticket #SH-448213] {rsub}",
        headers=(("Auto-Submitted", "auto-generated"),),
        threaded=False,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Oakfield Primary School Office", "office@oakfieldprimary.example"),
        "2028-11-24 09:10",
        "uk",
        "notice",
        "Thank you for your email. Oakfield Primary School is closed today and on Monday 27 November for staff training. The school office will reopen on Tuesday 28 November and we will respond to your message then.",
        lab(
            return_date="2028-11-28",
            note="no Auto-Submitted, only Precedence: auto_reply; the day the office reopens",
        ),
        "PPC/30443",
        "265.00",
        subject="Re: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Hartmann", "c.hartmann@baeckerei-hartmann.example"),
        "2028-11-27 10:03",
        "cet",
        "notice_html",
        t(
            "Guten Tag,",
            "",
            "vielen Dank für Ihre Nachricht. Ich bin vom 27.11. bis einschließlich 08.12.2028 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 11.12., bin ich wieder für Sie da.",
            "",
            "In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0851 555 2231.",
            "",
            "Mit freundlichen Grüßen",
            "Claudia Hartmann",
            "Bäckerei Hartmann GmbH",
        ),
        lab(
            return_date="2028-12-11",
            note="'ab Montag, dem 11.12.' wins over 'bis einschließlich 08.12.'",
        ),
        "PPC/30464",
        "520.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Servicecenter Wohnbau Nordstadt", "service@wohnbau-nordstadt.example"),
        "2028-12-12 09:04",
        "cet",
        "notice",
        t(
            "Sehr geehrte Damen und Herren,",
            "",
            "Ihre E-Mail ist bei uns eingegangen und wurde unter der Vorgangsnummer 2028-114872 erfasst. Wir bearbeiten Ihr Anliegen so schnell wie möglich. Bitte geben Sie bei Rückfragen stets die Vorgangsnummer an.",
            "",
            "Dies ist eine automatisch erzeugte Nachricht.",
            "",
            "Ihr Servicecenter",
            "Wohnbau Nordstadt eG",
        ),
        lab(note="ticket acknowledgement with only X-Autoreply"),
        "PPC/30567",
        "1830.00",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Valérie Chevalier", "v.chevalier@groupe-saveurs.example"),
        "2028-11-30 09:07",
        "cet",
        "notice_html",
        t(
            "Bonjour,",
            "",
            "Je suis absente du bureau jusqu'au lundi 4 décembre. Pendant mon absence, vos messages ne seront pas transférés.",
            "",
            "Pour toute question urgente concernant les factures fournisseurs, merci de contacter le service comptabilité au 04 72 55 18 30.",
            "",
            "Cordialement,",
            "Valérie Chevalier",
        ),
        lab(return_date="2028-12-04", note="'jusqu'au X' → X itself"),
        "PPC/30487",
        "760.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Comptabilité Transports Girard", "compta@transports-girard.example"),
        "2028-12-07 10:02",
        "cet",
        "notice",
        t(
            "Ceci est un message automatique.",
            "",
            "Votre message a bien été reçu par le service comptabilité des Transports Girard. Il sera traité dans les meilleurs délais. Merci de ne pas répondre à ce courriel.",
        ),
        lab(note="acknowledgement with no automatic header at all"),
        "PPC/30556",
        "980.00",
        subject="Accusé de réception : {rsub}",
        threaded=False,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Raquel Santos", "rsantos@distribuciones-santos.example"),
        "2028-12-05 09:15",
        "cet",
        "notice_html",
        t(
            "Hola:",
            "",
            "Estaré fuera de la oficina del 5 al 10 de diciembre, coincidiendo con el puente. Volveré el lunes 11 y responderé a su correo lo antes posible.",
            "",
            "Para asuntos urgentes puede escribir a administracion@distribuciones-santos.example.",
            "",
            "Un saludo,",
            "Raquel Santos",
        ),
        lab(
            return_date="2028-12-11",
            note="the stated day back; a colleague's address in an auto-reply does not set new_contact",
        ),
        "PPC/30543",
        "640.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Clínica Veterinaria Los Olivos", "recepcion@vetlosolivos.example"),
        "2028-11-25 16:30",
        "cet",
        "notice",
        t(
            "Gracias por escribirnos.",
            "",
            "Nuestro horario de atención administrativa es de lunes a viernes de 9:00 a 14:00. Hemos recibido su mensaje y le responderemos en cuanto sea posible.",
            "",
            "Clínica Veterinaria Los Olivos",
        ),
        lab(note="office-hours autoresponder with only X-Autoreply and a plain 'Re:' subject"),
        "PPC/30458",
        "205.00",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        charset="windows-1252",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lotte Vermeulen", "l.vermeulen@groenrijk-kwekerij.example"),
        "2028-12-11 10:05",
        "cet",
        "notice_html",
        t(
            "Beste afzender,",
            "",
            "Ik ben met zwangerschapsverlof tot half maart 2029. Uw bericht wordt niet doorgestuurd. Voor vragen over facturen en betalingen kunt u terecht bij mijn collega Dennis Kok via crediteuren@groenrijk-kwekerij.example.",
            "",
            "Met vriendelijke groet,",
            "Lotte Vermeulen",
        ),
        lab(
            note="'half maart' cannot be pinned to a day; the colleague's address does not set new_contact"
        ),
        "PPC/30570",
        "1150.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Chiara Romano", "c.romano@pastificioromano.example"),
        "2028-12-04 09:05",
        "cet",
        "notice_html",
        t(
            "Buongiorno,",
            "",
            "sarò assente dall'ufficio fino a venerdì 8 dicembre compreso, con accesso limitato alla posta. Rientrerò lunedì 11 dicembre.",
            "",
            "Per urgenze amministrative potete contattare il centralino allo 0521 555 740.",
            "",
            "Cordiali saluti",
            "Chiara Romano",
        ),
        lab(
            return_date="2028-12-11",
            note="the stated day back wins over 'fino a venerdì 8 compreso'",
        ),
        "PPC/30531",
        "870.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Ufficio Amministrazione Hotel Miravalle",
            "amministrazione@hotelmiravalle-merano.example",
        ),
        "2028-11-21 09:06",
        "cet",
        "notice",
        t(
            "Gentile cliente,",
            "",
            "la sua e-mail è stata ricevuta dal nostro ufficio amministrativo. Le risponderemo entro 48 ore lavorative.",
            "",
            "Questo messaggio è stato generato automaticamente.",
        ),
        lab(note="receipt acknowledgement with only Precedence: bulk"),
        "PPC/30420",
        "455.00",
        subject="Conferma di ricezione - {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Karen Blythe", "karen@blythecarehomes.example"),
        "2028-11-22 10:20",
        "uk",
        "gmail_plain",
        t(
            "Did we not pay this already?? I'm sure Dave did a batch of supplier payments at the end of October and you were on it. I'm not in the office till Tuesday so can't check the bank.",
            "",
            "Karen",
        ),
        lab(
            note="asking whether it was paid is no payment claim; someone has to check the ledger and answer"
        ),
        "PPC/30414",
        "780.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Mick Doyle", "mick@doylesyard.example"),
        "2028-12-05 07:18",
        "uk",
        "iphone",
        "Can your lad come a bit earlier next visit? We open the gates at 6.30 and the bait boxes by the skips got moved by the council bin men, he'll need to put them back where they were",
        lab(note="service question in the reminder thread; nothing about the invoice"),
        "PPC/30537",
        "360.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Finch, Deborah", "deborah.finch@westford.gov.example"),
        "2028-12-14 15:50",
        "uk",
        "outlook_html",
        t(
            "Hello,",
            "",
            "Thank you – I have passed this on to our payments team, who will respond separately.",
            "",
            "While I have you: our pest control contract for the three leisure centres expires at the end of March. Could someone from your sales side get in touch about a renewal quotation? We will need it by the end of January to get it through procurement.",
            "",
            "Regards,",
            "Deborah Finch",
            "Procurement Officer, Westford County Council",
        ),
        lab(
            note="passing the reminder on internally is no commitment; the rest is a sales enquiry"
        ),
        "PPC/30587",
        "1180.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Lisa Becker", "lisa.becker@pizzeria-da-toni.example"),
        "2028-11-30 12:40",
        "cet",
        "iphone",
        "Danke, hab ich an den Chef weitergeleitet.",
        lab(note="acknowledgement only; forwarding internally names no new contact"),
        "PPC/30492",
        "215.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Oliver Stein", "o.stein@stein-lagertechnik.example"),
        "2028-12-07 11:25",
        "cet",
        "html_only",
        t(
            "Guten Tag,",
            "",
            "ist diese E-Mail echt? Wir hatten letztes Jahr gefälschte Rechnungen im Namen eines Dienstleisters, seitdem sind wir vorsichtig. Ihre Absenderadresse ist bei uns in den Stammdaten nicht hinterlegt.",
            "",
            "Ich rufe morgen bei Ihnen in der Zentrale an und kläre das telefonisch.",
            "",
            "Mit freundlichen Grüßen",
            "Oliver Stein",
            "Stein Lagertechnik GmbH",
        ),
        lab(
            note="doubts the e-mail is genuine and will call; no position on the invoice; HTML-only"
        ),
        "PPC/30554",
        "1290.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Hervé Lambert", "herve.lambert@lambert-primeurs.example"),
        "2028-11-23 18:45",
        "cet",
        "outlook",
        t(
            "Bonjour,",
            "",
            "Pouvez-vous me rappeler au 06 12 55 48 71 ? Je préfère en parler de vive voix, il y a plusieurs choses à voir sur ce dossier.",
            "",
            "Hervé Lambert",
        ),
        lab(note="call-me request with no stated position on the invoice"),
        "PPC/30444",
        "470.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Camille Perrin", "camille.perrin@agence-perrin-events.example"),
        "2028-12-12 09:50",
        "cet",
        "gmail",
        t(
            "Bonjour,",
            "",
            "Petite question au passage : la visite de contrôle de décembre est-elle toujours prévue le 19 ? Nous avons un séminaire ce jour-là et il faudrait la décaler d'une semaine.",
            "",
            "Merci,",
            "Camille",
        ),
        lab(note="scheduling question; nothing about the invoice"),
        "PPC/30565",
        "198.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Encarna López", "encarna.lopez.bar@gmail.com"),
        "2028-11-28 17:25",
        "cet",
        "iphone",
        "Hola, ¿me podéis llamar? No entiendo nada de esto, las cuentas del bar las lleva mi marido y está ingresado en el hospital desde hace dos semanas. Mi teléfono es el 655 555 213.",
        lab(note="a person has to call; no position on paying"),
        "PPC/30478",
        "245.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Óscar Prieto", "oscar.prieto@prietolimpiezas.example"),
        "2028-12-13 13:05",
        "cet",
        "gmail_plain",
        "Vale, gracias.",
        lab(note="acknowledgement without any commitment"),
        "PPC/30579",
        "350.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Sandra Meijer", "s.meijer@meijer-verpakkingen.example"),
        "2028-12-01 14:15",
        "cet",
        "outlook",
        t(
            "Goedemiddag,",
            "",
            "Wij zijn per 1 december verhuisd naar een nieuw bedrijfspand aan de Industrieweg 44 in Oss. Moet het contract voor de muizenbestrijding worden aangepast, of lopen de controles gewoon door op het nieuwe adres? En wie kan ik daarvoor bellen?",
            "",
            "Met vriendelijke groet,",
            "Sandra Meijer",
            "Meijer Verpakkingen",
        ),
        lab(note="contract question after a move; nothing about the invoice"),
        "PPC/30498",
        "560.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerrit Pos", "secretaris@tennisvereniging-deslag.example"),
        "2028-11-24 21:40",
        "cet",
        "thunderbird",
        t(
            "Beste heer/mevrouw,",
            "",
            "Ontvangen. Ik leg het maandag voor aan onze penningmeester, die gaat over de betalingen.",
            "",
            "Met sportieve groet,",
            "Gerrit Pos",
            "secretaris TV De Slag",
        ),
        lab(note="acknowledgement; passing it to the treasurer on Monday is no promise to pay"),
        "PPC/30456",
        "225.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Federica Moretti", "federica@gelateriamoretti.example"),
        "2028-12-02 11:30",
        "cet",
        "gmail",
        t(
            "Buongiorno,",
            "",
            "grazie per la segnalazione, verifico con il commercialista e vi faccio sapere.",
            "",
            "Federica",
        ),
        lab(note="checking with the accountant: no commitment to pay or to a date"),
        "PPC/30507",
        "190.00",
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
# Bounces: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`, in `lang` (the reminder was in `lang` too)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    builder: str
    inv: str
    amount: str
    lag_minutes: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """Date: of the report."""
        return local_time(self.when, self.zone, self.key)

    @property
    def sent(self) -> datetime:
        """When the reminder left Pennant's server (in UTC)."""
        return (self.dt - timedelta(minutes=self.lag_minutes)).astimezone(UTC).replace(second=11)

    @property
    def reminder_lang(self) -> str:
        """Language of the bounced reminder."""
        return self.lang

    def subject(self) -> str:
        """Subject of the bounced reminder."""
        return reminder_subject(self.reminder_lang, self.inv, self.key)

    def reminder(self) -> Message:
        """The reminder as Pennant sent it."""
        currency = "GBP" if self.zone == "uk" else "EUR"
        text = reminder_text(
            self.reminder_lang, self.inv, self.amount, currency, self.key, self.sent
        )
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        move_content_headers_last(msg)
        return msg

    def reminder_source(self) -> str:
        """The reminder as raw text, the way servers paste it below a plain notice."""
        return self.reminder().as_string()


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464) for one recipient."""
    per_message = f"Reporting-MTA: dns; {mta}\nX-Original-Message-ID: {reminder_msgid(b.key)}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def rfc822_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part: the returned reminder's header block only."""
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def ndr_human(lang: str, plain: str, charset: str = "utf-8") -> Message:
    """The human-readable part of an Exchange Online report: plain text plus a simple HTML rendering."""
    blocks = plain.split("\n\n")
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body lang="{lang}"><div style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:11pt">'
        f'<p><b><font color="#c00000" size="4">{html_text(blocks[0])}</font></b></p>'
        + "".join(f"<p>{html_text(block)}</p>" for block in blocks[1:])
        + "</div></body></html>\n"
    )
    return alternative(
        text_part(plain + "\n", "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    threaded: bool = False,
) -> Message:
    """Envelope headers of a bounce (Exchange reports also point back at the reminder)."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{hexid(b.key, 'bounce', 24)}.{b32(b.key, 'b2', 6)}@{host}>"
    if threaded:
        msg["In-Reply-To"] = reminder_msgid(b.key)
        msg["References"] = reminder_msgid(b.key)
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def bounce_sendmail(b: Bounce) -> Message:
    """Sendmail DSN, user unknown, with the whole reminder returned."""
    domain = b.rcpt.split("@")[1]
    human = t(
        f"The original message was received at {format_datetime(b.sent)}",
        "from localhost [127.0.0.1]",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        f"<{b.rcpt}>",
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)",
        "",
        "   ----- Transcript of session follows -----",
        f"... while talking to mx1.{domain}.:",
        f">>> RCPT To:<{b.rcpt}>",
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown",
        f"550 5.1.1 <{b.rcpt}>... User unknown",
        "",
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "relay.pennant-pest.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            f"mx1.{domain}",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@relay.pennant-pest.example>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send failure notice: not MIME at all, the reminder pasted below a marker line."""
    domain = b.rcpt.split("@")[1]
    text = t(
        "Hi. This is the qmail-send program at mx2.pennant-pest.example.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        f"<{b.rcpt}>:",
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)",
        "",
        "--- Below this line is a copy of the message.",
        "",
        f"Return-Path: <{AR_ADDR}>",
        f"Received: (qmail 20417 invoked by uid 1002); {format_datetime(b.sent)}",
        b.reminder_source(),
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx2.pennant-pest.example", "failure notice")


def bounce_exim(b: Bounce) -> Message:
    """Exim failure report in plain text: the remote mailbox is over quota."""
    domain = b.rcpt.split("@")[1]
    text = t(
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        f"  {b.rcpt}",
        f"    host mail.{domain} [203.0.113.58]",
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:",
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full, quota exceeded",
        "",
        "------ This is a copy of the message, including all the headers. ------",
        "",
        f"Return-path: <{AR_ADDR}>",
        f"Received: from [10.20.0.14] (helo=crm01.pennant-pest.example) by mail-out.pennant-pest.example with esmtpa (Exim 4.98) id 1tQ4xZ-00071b-3K for {b.rcpt}; {format_datetime(b.sent)}",
        b.reminder_source(),
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail-out.pennant-pest.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def exchange_sender(b: Bounce) -> str:
    """The postmaster address an Exchange Online tenant reports from."""
    return f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>"


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online, German: recipient not found (5.1.10)."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = t(
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        "",
        f"Die E-Mail-Adresse {b.rcpt} wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr.",
        "",
        "So beheben Sie das Problem: Überprüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Tritt der Fehler wieder auf, wenden Sie sich auf anderem Weg an den Empfänger und erfragen Sie die richtige Adresse.",
        "",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: FR4P281MB3127.DEUP281.PROD.OUTLOOK.COM",
        b.rcpt,
        f"Remoteserver hat '{diag}' zurückgegeben.",
    )
    msg = report(
        ndr_human("de", human),
        delivery_status(b, "FR4P281MB3127.DEUP281.PROD.OUTLOOK.COM", "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        exchange_sender(b),
        f"Unzustellbar: {b.subject()}",
        (("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")),
        threaded=True,
    )


def bounce_relay_de_delay(b: Bounce) -> Message:
    """German-language delay report from Pennant's continental relay (4.4.1)."""
    domain = b.rcpt.split("@")[1]
    retry = b.dt + timedelta(days=2)
    human = t(
        "Dies ist eine automatisch erzeugte Benachrichtigung des Mailservers relay-fra.pennant-pest.example.",
        "",
        f"Ihre Nachricht an <{b.rcpt}> konnte bisher nicht zugestellt werden. Der Zielserver ist seit mehr als 4 Stunden nicht erreichbar. Wir versuchen die Zustellung weiter bis zum {retry:%d.%m.%Y}, {retry:%H:%M} Uhr.",
        "",
        "Sie müssen nichts weiter tun. Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Nachricht.",
        "",
        f"Grund: connect to mx.{domain}[198.51.100.23]:25: Connection timed out",
        "",
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relay-fra.pennant-pest.example",
            "delayed",
            f"connect to mx.{domain}[198.51.100.23]:25: Connection timed out",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@relay-fra.pennant-pest.example>",
        "Zustellung verzögert – Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online, French: rejected by the recipient's policy (5.7.1)."""
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = t(
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        "",
        "Le destinataire n'accepte pas les messages d'expéditeurs extérieurs à son organisation, ou votre adresse n'est pas autorisée à lui écrire.",
        "",
        "Comment résoudre ce problème : contactez le destinataire par un autre moyen et demandez-lui d'autoriser votre adresse, ou demandez à son administrateur de modifier la stratégie de remise.",
        "",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération : PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
        b.rcpt,
        f"Le serveur distant a renvoyé « {diag} ».",
    )
    msg = report(
        ndr_human("fr", human),
        delivery_status(b, "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM", "failed", diag),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        exchange_sender(b),
        f"Non remis : {b.subject()}",
        (("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", "")),
        threaded=True,
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French hosting provider's plain notice: mailbox over quota, delivery will be retried."""
    text = t(
        "Bonjour,",
        "",
        "Ce message vous est adressé automatiquement par le service de messagerie.",
        "",
        f"Votre message pour <{b.rcpt}> n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.",
        "",
        "Réponse du serveur : 452 4.2.2 Mailbox over quota",
        "",
        "Nous réessaierons la distribution pendant 72 heures. Si la boîte n'a pas été vidée d'ici là, votre message vous sera retourné.",
        "",
        f"Objet du message : {b.subject()}",
        f"Date d'envoi : {b.sent.astimezone(b.dt.tzinfo):%d/%m/%Y %H:%M}",
        "",
        "Le service de messagerie",
    )
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Service de messagerie <postmaster@messagerie-pro.example>",
        "Message non délivré temporairement",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, Spanish interface: address not found (5.1.1)."""
    blocks = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. a640c23a62f3a-aa6b1d2e9c4si7730166b.112 - gsmtp",
    ]
    plain = "\n\n".join(blocks) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in blocks) + "</body></html>\n"
    )
    msg = report(
        alternative(
            text_part(plain, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ),
        delivery_status(
            b,
            "mx.google.com",
            "failed",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "gmail-smtp-in.l.google.com",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_es_delay(b: Bounce) -> Message:
    """Exchange Online, Spanish: delivery delayed (4.4.7)."""
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    human = t(
        "La entrega se ha retrasado para estos destinatarios o grupos:",
        "",
        b.rcpt,
        "",
        f"Asunto: {b.subject()}",
        "",
        "Este mensaje aún no se ha entregado. Seguiremos intentándolo.",
        "",
        "El servidor seguirá intentando entregar el mensaje durante 1 día, 19 horas y 56 minutos. Recibirá una notificación si no se puede entregar en ese tiempo.",
        "",
        "Información de diagnóstico para administradores:",
        "Servidor de generación: DB9P194MB1377.EURP194.PROD.OUTLOOK.COM",
        f"Último error: {diag}",
    )
    msg = report(
        ndr_human("es", human),
        delivery_status(b, "DB9P194MB1377.EURP194.PROD.OUTLOOK.COM", "delayed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <postmaster@pennant-pest.example>",
        f"Entrega retrasada: {b.subject()}",
        (("Content-Language", "es-ES"),),
        threaded=True,
    )


def bounce_o365_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch: recipient address rejected (5.4.1)."""
    diag = "550 5.4.1 Recipient address rejected: Access denied."
    human = t(
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.",
        "",
        "Het domein van de ontvanger accepteert geen berichten voor dit adres. Het adres bestaat mogelijk niet meer of is verkeerd getypt.",
        "",
        "Oplossing: controleer het adres en probeer het opnieuw. Lukt dat niet, neem dan op een andere manier contact op met de ontvanger.",
        "",
        "Diagnostische gegevens voor beheerders:",
        "Genererende server: AM8P191MB1120.EURP191.PROD.OUTLOOK.COM",
        b.rcpt,
        f"Externe server retourneerde '{diag}'",
    )
    msg = report(
        ndr_human("nl", human),
        delivery_status(b, "AM8P191MB1120.EURP191.PROD.OUTLOOK.COM", "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        exchange_sender(b),
        f"Onbestelbaar: {b.subject()}",
        (("Content-Language", "nl-NL"), ("X-MS-Exchange-Message-Is-Ndr", "")),
        threaded=True,
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch hosting provider's plain notice in ISO-8859-1: greylisted, will retry (4.7.1)."""
    text = t(
        "Dit is een automatisch bericht van de mailserver.",
        "",
        f"Uw bericht aan <{b.rcpt}> is nog niet afgeleverd. De ontvangende server weigert het bericht voorlopig:",
        "",
        "    451 4.7.1 Greylisted, please try again in 5 minutes",
        "",
        "Dit is een tijdelijke fout. Wij proberen het bericht de komende 3 dagen opnieuw af te leveren. U hoeft zelf niets te doen; lukt het niet, dan krijgt u opnieuw bericht.",
        "",
        f"Onderwerp: {latin1(b.subject())}",
    )
    msg = text_part(text + "\n", "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mailsysteem <postmaster@mailhosting-nl.example>",
        "Vertraagde aflevering van uw bericht",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's RFC 3464 delay report: mailbox full (4.2.2)."""
    human = t(
        "Questo è un messaggio generato automaticamente dal sistema di posta.",
        "",
        f"Il messaggio inviato a <{b.rcpt}> non è stato ancora consegnato perché la casella del destinatario è piena.",
        "",
        "Il sistema ritenterà la consegna nei prossimi 2 giorni. Non è necessario inviare di nuovo il messaggio.",
        "",
        "Risposta del server remoto:",
        "452 4.2.2 Casella piena / Mailbox full",
        "",
    )
    domain = b.rcpt.split("@")[1]
    msg = report(
        text_part(human, "plain", "iso-8859-1", "8bit"),
        delivery_status(
            b,
            "mx.posta-aziende.example",
            "delayed",
            "452 4.2.2 Casella piena / Mailbox full",
            f"mx.{domain}",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.posta-aziende.example>",
        "Avviso di mancata consegna temporanea",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exim": bounce_exim,
    "o365_de": bounce_o365_de,
    "relay_de_delay": bounce_relay_de_delay,
    "o365_fr": bounce_o365_fr,
    "provider_fr": bounce_provider_fr,
    "gmail_es": bounce_gmail_es,
    "o365_es_delay": bounce_o365_es_delay,
    "o365_nl": bounce_o365_nl,
    "provider_nl": bounce_provider_nl,
    "provider_it": bounce_provider_it,
}

BOUNCES = [
    Bounce(
        "b-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@harlowcoldstore.example",
        "2028-11-20 09:07",
        "uk",
        "sendmail",
        "PPC/30412",
        "1482.00",
        note="Sendmail DSN, user unknown, whole reminder returned",
    ),
    Bounce(
        "b-en-2",
        "en",
        "hard",
        "5.1.2",
        "office@stortford-bakehouse.example",
        "2028-11-23 09:05",
        "uk",
        "qmail",
        "PPC/30426",
        "318.00",
        note="qmail notice, not MIME; the domain no longer exists",
    ),
    Bounce(
        "b-en-3",
        "en",
        "soft",
        "5.2.2",
        "j.barlow@barlowandsonsdairy.example",
        "2028-12-06 09:12",
        "uk",
        "exim",
        "PPC/30544",
        "726.00",
        note="Exim plain-text failure for a full mailbox: soft although the code is 5.x (mailbox full is soft); the code is kept",
    ),
    Bounce(
        "b-de-1",
        "de",
        "hard",
        "5.1.10",
        "rechnungen@gasthof-zur-linde-toelz.example",
        "2028-11-28 10:04",
        "cet",
        "o365_de",
        "PPC/30473",
        "455.00",
    ),
    Bounce(
        "b-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@baeckerei-sommer-kassel.example",
        "2028-11-29 14:05",
        "cet",
        "relay_de_delay",
        "PPC/30479",
        "238.00",
        lag_minutes=243,
        note="delay report (Action: delayed) with text/rfc822-headers",
    ),
    Bounce(
        "b-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@clinique-saint-roch.example",
        "2028-12-04 10:06",
        "cet",
        "o365_fr",
        "PPC/30535",
        "1960.00",
        note="rejected by the recipient's delivery policy with a permanent 5.7.1: hard",
    ),
    Bounce(
        "b-fr-2",
        "fr",
        "soft",
        "4.2.2",
        "contact@boulangerie-ducasse.example",
        "2028-12-08 16:20",
        "cet",
        "provider_fr",
        "PPC/30558",
        "204.00",
        lag_minutes=377,
        note="provider notice in plain text; mailbox full, still retrying",
    ),
    Bounce(
        "b-es-1",
        "es",
        "hard",
        "5.1.1",
        "restaurantelaolivera.gerencia@gmail.com",
        "2028-11-24 10:05",
        "cet",
        "gmail_es",
        "PPC/30439",
        "290.00",
        note="Gmail report in Spanish",
    ),
    Bounce(
        "b-es-2",
        "es",
        "soft",
        "4.4.7",
        "compras@conservas-delcantabrico.example",
        "2028-11-30 11:04",
        "cet",
        "o365_es_delay",
        "PPC/30489",
        "1345.00",
        lag_minutes=124,
    ),
    Bounce(
        "b-nl-1",
        "nl",
        "hard",
        "5.4.1",
        "facturen@hoveniersbedrijf-vandam.example",
        "2028-12-11 09:05",
        "cet",
        "o365_nl",
        "PPC/30564",
        "512.00",
    ),
    Bounce(
        "b-nl-2",
        "nl",
        "soft",
        "4.7.1",
        "info@fietsenmakerij-kuipers.example",
        "2028-12-14 09:09",
        "cet",
        "provider_nl",
        "PPC/30586",
        "187.50",
        lag_minutes=6,
        note="temporary policy deferral (greylisting): soft",
    ),
    Bounce(
        "b-it-1",
        "it",
        "soft",
        "4.2.2",
        "amministrazione@panificiobianchi.example",
        "2028-11-21 09:10",
        "cet",
        "provider_it",
        "PPC/30432",
        "275.00",
        lag_minutes=5,
        note="RFC 3464 delay report; body part in 8-bit ISO-8859-1",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Labels:
    """The label object of a reply, keys in the corpus order (without the file name)."""
    label: Labels = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Labels:
    """The label object of a bounce."""
    label: Labels = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One built message with its key, labels and the text its labels must be checked against."""

    key: str
    message: Message
    label: Labels
    new_text: str
    local: datetime


def all_items() -> list[Item]:
    """Every message of the corpus, in key order of the source."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt) for r in REPLIES]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.builder](b), bounce_label(b), b.rcpt, b.dt) for b in BOUNCES
    ]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file number says nothing about the label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}/{item.key}".encode()).hexdigest(),
    )


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
REF = re.compile(r"^PPC/\d{5}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_label(item: Item) -> None:
    """Shape of one label: keys, the fields the intent may fill, value formats, refs in the new text."""
    label = item.label
    prefix, lang = item.key.split("-")[:2]
    where = item.key
    if list(label) != list(LABEL_ORDER[1:]):
        raise SystemExit(f"{where}: label keys out of order")
    intent = str(label["intent"])
    if KEY_PREFIX[prefix] != intent or label["language"] != lang:
        raise SystemExit(f"{where}: key does not match intent/language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in FIELD_KEYS:
        value = label[name]
        if value is not None and name not in allowed:
            raise SystemExit(f"{where}: {name} is filled for {intent}")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{where}: {name} is not a string")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if isinstance(value, str):
            if not ISO_DAY.match(value):
                raise SystemExit(f"{where}: {name} is not ISO")
            day = date.fromisoformat(value)
            if name == "paid_date" and day > item.local.date():
                raise SystemExit(f"{where}: paid after the message date")
            if name != "paid_date" and day < item.local.date():
                raise SystemExit(f"{where}: {name} before the message date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{where}: amount and currency go together")
    if isinstance(amount, str) and not AMOUNT.match(amount):
        raise SystemExit(f"{where}: bad amount {amount}")
    if currency not in (None, "GBP", "EUR"):
        raise SystemExit(f"{where}: bad currency")
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact.lower() not in item.new_text.lower()
    ):
        raise SystemExit(f"{where}: new_contact not normalised or not in the text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{where}: invoice_refs is not a list")
    for ref in refs:
        if not isinstance(ref, str) or not REF.match(ref) or ref[4:] not in item.new_text:
            raise SystemExit(f"{where}: bad invoice ref {ref}")
    bounce_ok = label["bounce_kind"] in {"hard", "soft"} and STATUS.match(
        str(label["bounce_status"])
    )
    if intent == "bounce" and not bounce_ok:
        raise SystemExit(f"{where}: bad bounce fields")
    if label["note"] is not None and not isinstance(label["note"], str):
        raise SystemExit(f"{where}: note is not a string")


def check_invoices() -> None:
    """Each reminder is about its own invoice, and a number named in a reply belongs to no other customer."""
    chased = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(chased)) != len(chased):
        raise SystemExit("two messages chase the same invoice")
    owner = {r.inv: r.key for r in REPLIES} | {b.inv: b.key for b in BOUNCES}
    for r in REPLIES:
        refs = cast(list[str], r.labels.get("invoice_refs", []))
        for ref in refs:
            if owner.get(ref, r.key) != r.key:
                raise SystemExit(f"{r.key}: {ref} is another customer's invoice")


def check_counts(labels: list[Labels]) -> None:
    """12 messages per intent, the language totals of the brief, 6 hard and 6 soft bounces."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if len(labels) != 120 or any(intents[i] != 12 for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts are off: {dict(intents)} {dict(langs)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(not 1 <= cells[i, lang] <= 3 for i in INTENTS for lang in LANGS):
        raise SystemExit("every language must cover every intent, evenly")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds are off: {dict(kinds)}")


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a file back: required headers, no defects anywhere, every text part decodes."""
    parsed = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            raise SystemExit(f"{name}: no {header}")
    when = parsed["Date"]
    stamp = getattr(when, "datetime", None)
    if (
        not isinstance(stamp, datetime)
        or stamp != item.local
        or stamp.utcoffset() != item.local.utcoffset()
        or not FIRST_DAY <= stamp.date() <= LAST_DAY
    ):
        raise SystemExit(f"{name}: Date header is off")
    for part in parsed.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header {header_name} has defects")
        if part.get_content_maintype() == "text" and (part is parsed or "Content-Type" in part):
            content = cast(str, part.get_content())
            if "\ufffd" in content:
                raise SystemExit(f"{name}: text does not decode cleanly")
    if item.label["intent"] != "bounce":
        texts = [
            cast(str, p.get_content())
            for p in parsed.walk()
            if p.get_content_type() == "text/plain"
        ]
        first = item.new_text.split("\n")[0].strip()
        if (
            not any(first in " ".join(text.replace(" \n", " ").split()) for text in texts)
            and not item.message.get_content_type() == "text/html"
        ):
            raise SystemExit(f"{name}: the new text is not in the plain part")


def count_table(labels: list[Labels]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Labels]:
    """Build, check and write every file and labels.jsonl; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for item in items:
        check_label(item)
    check_invoices()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Labels] = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
