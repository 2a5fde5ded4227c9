# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and spaces people and their clients really type.
"""Build held-out reply corpus 40: `h40-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Tidewater Marine (moorings, winter storage,
repairs) after it sent an overdue reminder. The new text of each message is written by hand below.
This script adds only what a mail client or a mail server would add: the quoted reminder in the
client's layout and the sender's language, headers, MIME structure, charsets and transfer
encodings, and the machine parts of delivery reports. It writes next to itself, deterministically
(fixed seed, boundaries and Message-IDs derived from each message's key, no clock), parses every
message back as a check and prints the count table.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Literal, TypedDict, get_args

HERE = Path(__file__).resolve().parent
SEED = "tidewater-holdout40-seed-7f3a"
PREFIX = "h40"
AR_NAME = "Tidewater Marine Accounts"
AR_ADDR = "receivables@tidewater-marine.example"
AR_DOMAIN = "tidewater-marine.example"
MX_HOST = "mx1.tidewater-marine.example"

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
LocKey = Literal["en", "en_us", "de", "fr", "es", "nl", "it"]
Intent = Literal[
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
]
Cte = Literal["qp", "b64", "8bit"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_htmlonly",
    "owa",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "apple",
    "apple_html",
    "iphone",
    "iphone_html",
    "thunderbird",
    "thunderbird_top",
    "thunderbird_inline",
    "samsung",
    "notice",
    "notice_html",
]
LANGS: tuple[Lang, ...] = get_args(Lang)
INTENTS: tuple[Intent, ...] = get_args(Intent)
INVOICE_RE = re.compile(r"TW-26-\d{4}")
STATUS_RE = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
REPLY_PREFIX_RE = re.compile(r"^(?:(?:RE|AW|R) ?: )+", re.IGNORECASE)


class Facts(TypedDict, total=False):
    """The extracted fields a message carries, beyond intent and language."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


class Label(TypedDict):
    """One line of labels.jsonl (same keys, same order as holdout2)."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_KEYS = tuple(Label.__annotations__)

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


def _with_us(table: dict[Lang, str]) -> dict[LocKey, str]:
    """The same table for every locale, with US English equal to English."""
    out: dict[LocKey, str] = {"en_us": table["en"]}
    for lang, value in table.items():
        out[lang] = value
    return out


WEEKDAYS: dict[LocKey, tuple[str, ...]] = {
    "en": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "en_us": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _words("lunes martes miércoles jueves viernes sábado domingo"),
    "nl": _words("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "it": _words("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
}
WEEKDAYS_ABBR: dict[LocKey, tuple[str, ...]] = {
    "en": _words("Mon Tue Wed Thu Fri Sat Sun"),
    "en_us": _words("Mon Tue Wed Thu Fri Sat Sun"),
    "de": _words("Mo. Di. Mi. Do. Fr. Sa. So."),
    "fr": _words("lun. mar. mer. jeu. ven. sam. dim."),
    "es": _words("lun mar mié jue vie sáb dom"),
    "nl": _words("ma di wo do vr za zo"),
    "it": _words("lun mar mer gio ven sab dom"),
}
MONTHS: dict[LocKey, tuple[str, ...]] = {
    "en": _words(
        "January February March April May June July August September October November December"
    ),
    "en_us": _words(
        "January February March April May June July August September October November December"
    ),
    "de": _words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "fr": _words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "es": _words(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "nl": _words(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
    ),
}
MONTHS_ABBR: dict[LocKey, tuple[str, ...]] = {
    "en": _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "en_us": _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "de": _words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": _words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "es": _words("ene feb mar abr may jun jul ago sept oct nov dic"),
    "nl": _words("jan feb mrt apr mei jun jul aug sep okt nov dec"),
    "it": _words("gen feb mar apr mag giu lug ago set ott nov dic"),
}

GMAIL_ATTR: dict[LocKey, str] = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {wd}, {mon} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[LocKey, str] = {
    "en": "On {d} {mon} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {mon} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {d}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: dict[LocKey, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en_us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# divider line, then the labels of From, Sent, To, Subject
OUTLOOK_LABELS: dict[LocKey, tuple[str, str, str, str, str]] = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "en_us": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_SENT: dict[LocKey, str] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "en_us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_RE = _with_us(
    {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
)
CONTENT_LANGUAGE: dict[LocKey, str] = {
    "en": "en-IE",
    "en_us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_SIG = _with_us(
    {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    }
)
ANDROID_OUTLOOK_SIG = _with_us(
    {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    }
)
SAMSUNG_SIG = _with_us(
    {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    }
)
# divider, then the labels of From, Date, To, Subject, then the date layout
SAMSUNG_BLOCK: dict[LocKey, tuple[str, str, str, str, str, str]] = {
    "en": (
        "-------- Original message --------",
        "From:",
        "Date:",
        "To:",
        "Subject:",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{gmt})",
    ),
    "en_us": (
        "-------- Original message --------",
        "From:",
        "Date:",
        "To:",
        "Subject:",
        "{mo}/{dd}/{y} {h12}:{mm} {ampm} (GMT{gmt})",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von:",
        "Datum:",
        "An:",
        "Betreff:",
        "{dd}.{mo}.{yy} {HH}:{mm} (GMT{gmt})",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De :",
        "Date :",
        "À :",
        "Objet :",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{gmt})",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De:",
        "Fecha:",
        "Para:",
        "Asunto:",
        "{dd}/{mo}/{yy} {H}:{mm} (GMT{gmt})",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van:",
        "Datum:",
        "Aan:",
        "Onderwerp:",
        "{dd}-{mo}-{y} {HH}:{mm} (GMT{gmt})",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da:",
        "Data:",
        "A:",
        "Oggetto:",
        "{dd}/{mo}/{yy} {HH}:{mm} (GMT{gmt})",
    ),
}
HTML_LANG = _with_us({"en": "EN-IE", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"})

# --------------------------------------------------------------------------------------------
# The reminder Tidewater Marine sent (in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} is vervallen",
    "it": "Sollecito di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY: dict[Lang, str] = {
    "en": "Hello,\n\nThis is a friendly reminder that the invoice below is now past its due date:\n\nInvoice:   {inv}\nFor:       {service}\nAmount:    {amount}\nDue:       {due}\n\nIf payment is already on its way, thank you, and please disregard this message. Otherwise we would be grateful if you could settle the balance, or simply reply to this e-mail if anything is unclear.\n\nKind regards,\n\nAccounts Receivable\nTidewater Marine\nMoorings · Winter storage · Repairs",
    "de": "Guten Tag,\n\nnach unseren Unterlagen ist die folgende Rechnung noch offen:\n\nRechnung:   {inv}\nLeistung:   {service}\nBetrag:     {amount}\nFällig am:  {due}\n\nFalls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, diese Erinnerung als gegenstandslos zu betrachten. Andernfalls bitten wir um Ausgleich des offenen Betrags. Bei Rückfragen antworten Sie einfach auf diese E-Mail.\n\nFreundliche Grüße\n\nDebitorenbuchhaltung\nTidewater Marine\nLiegeplätze · Winterlager · Reparaturen",
    "fr": "Bonjour,\n\nSauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\nFacture :   {inv}\nObjet :     {service}\nMontant :   {amount}\nÉchéance :  {due}\n\nSi vous avez déjà effectué le règlement, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Dans le cas contraire, merci de procéder au paiement ou de répondre à ce courriel pour toute question.\n\nCordialement,\n\nService comptabilité clients\nTidewater Marine\nAnneaux · Hivernage · Réparations",
    "es": "Buenos días:\n\nSegún nuestros registros, la siguiente factura sigue pendiente de pago:\n\nFactura:      {inv}\nConcepto:     {service}\nImporte:      {amount}\nVencimiento:  {due}\n\nSi ya han realizado el pago, les damos las gracias y les rogamos que ignoren este recordatorio. En caso contrario, les agradeceríamos que abonaran el importe pendiente o que respondieran a este correo si tienen cualquier duda.\n\nUn saludo,\n\nDepartamento de Cobros\nTidewater Marine\nAmarres · Invernaje · Reparaciones",
    "nl": "Beste klant,\n\nVolgens onze administratie staat de onderstaande factuur nog open:\n\nFactuur:       {inv}\nOmschrijving:  {service}\nBedrag:        {amount}\nVervaldatum:   {due}\n\nHeeft u de betaling al gedaan, dan danken wij u hartelijk en kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het openstaande bedrag te voldoen of op deze e-mail te reageren als u vragen heeft.\n\nMet vriendelijke groet,\n\nDebiteurenadministratie\nTidewater Marine\nLigplaatsen · Winterstalling · Reparaties",
    "it": "Gentile cliente,\n\ndai nostri archivi risulta ancora aperta la seguente fattura:\n\nFattura:      {inv}\nDescrizione:  {service}\nImporto:      {amount}\nScadenza:     {due}\n\nSe ha già provveduto al pagamento, La ringraziamo e La preghiamo di non tenere conto di questo sollecito. In caso contrario, Le chiediamo di saldare l'importo dovuto o di rispondere a questa e-mail per qualsiasi chiarimento.\n\nCordiali saluti,\n\nUfficio Crediti\nTidewater Marine\nOrmeggi · Rimessaggio · Riparazioni",
}
DUE_LAYOUT: dict[Lang, str] = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# thousands separator, decimal separator, layout
MONEY: dict[Lang, tuple[str, str, str]] = {
    "en": (",", ".", "€{n}"),
    "de": (".", ",", "{n} €"),
    "fr": ("\u202f", ",", "{n} €"),
    "es": (".", ",", "{n} €"),
    "nl": (".", ",", "€ {n}"),
    "it": (".", ",", "€ {n}"),
}
SERVICES: dict[str, tuple[str, dict[Lang, str]]] = {
    "berth": (
        "2480.00",
        {
            "en": "Annual berth 2026/27",
            "de": "Jahresliegeplatz 2026/27",
            "fr": "Place de port annuelle 2026/27",
            "es": "Amarre anual 2026/27",
            "nl": "Jaarligplaats 2026/27",
            "it": "Posto barca annuale 2026/27",
        },
    ),
    "storage": (
        "1860.00",
        {
            "en": "Winter storage ashore 2026/27",
            "de": "Winterlager an Land 2026/27",
            "fr": "Hivernage à terre 2026/27",
            "es": "Invernaje en tierra 2026/27",
            "nl": "Winterstalling op de wal 2026/27",
            "it": "Rimessaggio invernale a terra 2026/27",
        },
    ),
    "haulout": (
        "645.00",
        {
            "en": "Lift-out, pressure wash and chocking",
            "de": "Auskranen, Unterwasserschiff reinigen, Aufbocken",
            "fr": "Mise à terre, nettoyage haute pression et calage",
            "es": "Varada, limpieza a presión y calzado",
            "nl": "Uit het water halen, hogedrukreinigen en opbokken",
            "it": "Alaggio, lavaggio a pressione e invasatura",
        },
    ),
    "engine": (
        "1132.40",
        {
            "en": "Engine service and winterisation",
            "de": "Motorservice und Einwinterung",
            "fr": "Révision et hivernage moteur",
            "es": "Revisión e invernaje del motor",
            "nl": "Motoronderhoud en winterklaar maken",
            "it": "Tagliando e invernaggio motore",
        },
    ),
    "repair": (
        "2975.60",
        {
            "en": "GRP repair and gelcoat work",
            "de": "GFK-Reparatur und Gelcoatarbeiten",
            "fr": "Réparation stratifié et gelcoat",
            "es": "Reparación de fibra y gelcoat",
            "nl": "Polyesterreparatie en gelcoatwerk",
            "it": "Riparazione vetroresina e gelcoat",
        },
    ),
    "antifoul": (
        "1389.00",
        {
            "en": "Antifouling, two coats",
            "de": "Antifouling, zwei Anstriche",
            "fr": "Antifouling, deux couches",
            "es": "Antifouling, dos manos",
            "nl": "Antifouling, twee lagen",
            "it": "Antivegetativa, due mani",
        },
    ),
    "crane": (
        "3150.00",
        {
            "en": "Club crane day – lift-out of members' boats",
            "de": "Vereinskrantag – Auskranen der Mitgliedsboote",
            "fr": "Journée de grutage du club – mise à terre des bateaux",
            "es": "Jornada de grúa del club – varada de embarcaciones",
            "nl": "Verenigingskraandag – uit het water halen ledenboten",
            "it": "Giornata gru del circolo – alaggio barche dei soci",
        },
    ),
    "slipway": (
        "4418.24",
        {
            "en": "Slipway, hull survey and anodes",
            "de": "Slipanlage, Rumpfbegutachtung und Anoden",
            "fr": "Slipway, expertise de coque et anodes",
            "es": "Rampa, inspección de casco y ánodos",
            "nl": "Helling, rompinspectie en anodes",
            "it": "Scalo, ispezione scafo e anodi",
        },
    ),
    "sprayhood": (
        "1565.00",
        {
            "en": "Supply and fitting of new sprayhood",
            "de": "Lieferung und Montage neue Sprayhood",
            "fr": "Fourniture et pose d'une capote de descente",
            "es": "Suministro y montaje de capota",
            "nl": "Levering en montage nieuwe buiskap",
            "it": "Fornitura e montaggio nuova cappottina",
        },
    ),
}
# what a client writing in an 8-bit charset makes of characters that charset lacks
DOWNGRADE = {"€": "EUR", "–": "-", "’": "'", "\u202f": "\u00a0", "·": "-"}

# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def gmt_offset(when: datetime) -> str:
    offset = when.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stamp(template: str, when: datetime, loc: LocKey, **extra: str) -> str:
    """Fill a date layout in the given locale ({wd} {d} {mon} {HH} … plus any extra fields)."""
    wd, mo = when.weekday(), when.month - 1
    fields = {
        "wd": WEEKDAYS_ABBR[loc][wd],
        "wdl": WEEKDAYS[loc][wd],
        "mon": MONTHS_ABBR[loc][mo],
        "monl": MONTHS[loc][mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
        "h12": str((when.hour + 11) % 12 + 1),
        "ampm": "AM" if when.hour < 12 else "PM",
        "gmt": gmt_offset(when),
    }
    return template.format(**fields, **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def number(key: str, salt: str, span: int) -> int:
    return int.from_bytes(digest(key, salt)[:4], "big") % span


def money(amount: str, lang: Lang) -> str:
    thousands, decimal, layout = MONEY[lang]
    units, cents = amount.split(".")
    grouped = f"{int(units):,}".replace(",", thousands)
    return layout.format(n=f"{grouped}{decimal}{cents}")


def downgrade(text: str, charset: str) -> str:
    """The quoted text as a client writing in `charset` sends it."""
    for bad, good in DOWNGRADE.items():
        try:
            bad.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def div_lines(text: str) -> str:
    """Gmail and Samsung markup: one <div> a line, <br> for blank lines."""
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flow_line(line: str) -> list[str]:
    """One line as format=flowed text (RFC 3676): soft breaks end in a space."""
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    prefix = ""
    if depth:
        prefix = ">" * depth + " "
        content = content.removeprefix(" ")
    elif content.startswith((" ", "From ")):
        content = " " + content
    width = 72 - len(prefix)
    if content == "-- " or len(content) <= width:
        return [prefix + content]
    pieces = textwrap.wrap(content, width=width, break_long_words=False, break_on_hyphens=False)
    return [prefix + piece + " " for piece in pieces[:-1]] + [prefix + pieces[-1]]


def flowed(text: str) -> str:
    return "\n".join(out for line in text.split("\n") for out in flow_line(line))


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

BODY_ENCODING: dict[Cte, int] = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    data = text.encode(charset)  # raises if the hand-written text does not fit the charset
    encoding = BODY_ENCODING.get(cte)
    if encoding is None:  # 8bit: the raw bytes, as the client sends them
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(data.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "7bit" if data.isascii() else "8bit"
        return part
    body_charset = email_charset.Charset(charset)
    body_charset.body_encoding = encoding
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, *, charset: str, name: str) -> str:
    """A header value as a mail client writes it (RFC 2047 words when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset=charset, name='From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    enclosing = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        strip_inner_versions(sub, top=enclosing)


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    for n, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


def finalize(msg: Message, *, key: str, boundary_prefix: str) -> Message:
    move_mime_headers_last(msg)
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    strip_inner_versions(msg, top=True)
    fix_boundaries(msg, key=key, prefix=boundary_prefix)
    return msg


def received(*, key: str, host: str, when: datetime) -> str:
    ip = f"203.0.113.{10 + number(key, 'ip', 200)}"
    queue_id = b32(key, "queue", 12)
    arrived = format_datetime((when + timedelta(seconds=3 + number(key, "s", 40))).astimezone(UTC))
    return (
        f"from {host} ({host} [{ip}])\n\tby {MX_HOST} (Postfix) with ESMTPS id {queue_id}\n"
        f"\tfor <{AR_ADDR}>; {arrived}"
    )


# --------------------------------------------------------------------------------------------
# Replies: one hand-written message with its labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `subject` is a template over the reminder's subject (`{subject}`); without it the client's
    own reply prefix is used. `thread` replaces the subject of the message being answered.
    `rto` is the reminder's recipient when it differs from the sender. `rdays` is how many
    working days before the reply the reminder went out. In `thunderbird_inline` bodies, a
    line `[[N]]` stands for the reminder's paragraph N, quoted.
    """

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    refs: tuple[str, ...] = ()
    note: str | None = None
    inv: str = ""
    service: str = "storage"
    amount: str = ""
    loc: LocKey | None = None
    subject: str = ""
    thread: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    markup: str = ""
    rto: str = ""
    rdays: int = 1
    threaded: bool = True
    attachment: str = ""

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def locale(self) -> LocKey:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or f"TW-26-{4100 + number(self.key, 'invoice', 880)}"

    @property
    def domain(self) -> str:
        return self.sender[1].split("@")[1]


@dataclass(frozen=True)
class Quoted:
    """The message being answered, as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    loc: LocKey
    to: str


def reminder_sent(reply_time: datetime, *, key: str, days: int) -> datetime:
    """The reminder run: a working day `days` before the reply's local date, about 08:30 Irish time."""
    day = reply_time.date()
    for _ in range(days):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    return datetime.combine(day, time(8, 30 + number(key, "run", 20), 7), tzinfo=UTC)


def due_date(inv: str) -> datetime:
    return datetime.combine(date(2026, 10, 16), time(0), tzinfo=UTC) + timedelta(
        days=int(inv[-4:]) % 27
    )


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(*, lang: Lang, inv: str, service: str, amount: str) -> str:
    default_amount, names = SERVICES[service]
    return REMINDER_BODY[lang].format(
        inv=inv,
        service=names[lang],
        amount=money(amount or default_amount, lang),
        due=stamp(DUE_LAYOUT[lang], due_date(inv), lang),
    )


def make_quote(r: Reply) -> Quoted:
    subject = reminder_subject(r.lang, r.invoice)
    if r.thread:
        subject = r.thread.format(subject=subject)
    text = reminder_text(lang=r.lang, inv=r.invoice, service=r.service, amount=r.amount)
    subject, text = downgrade(subject, r.charset), downgrade(text, r.charset)
    sent = reminder_sent(r.dt, key=r.key, days=r.rdays).astimezone(r.dt.tzinfo)
    to = r.rto or (f"{r.sender[0]} <{r.sender[1]}>" if r.sender[0] else r.sender[1])
    return Quoted(text, subject, sent, r.locale, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup_part(r: Reply, markup: str, *, cte: Cte | None = None) -> Message:
    return text_part(markup, subtype="html", charset=r.charset, cte=cte or r.cte)


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    _, frm, sent, to, subject = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, stamp(OUTLOOK_SENT[q.loc], q.sent, q.loc)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(q: Quoted) -> str:
    return "\n".join(f"{label} {value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quoted) -> str:
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        f'<body lang="{HTML_LANG[r.locale]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quoted) -> Message:
    divider = OUTLOOK_LABELS[q.loc][0]
    return plain(r, f"{r.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n")


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup_part(r, word_html(r, q)))


def client_outlook_htmlonly(r: Reply, q: Quoted) -> Message:
    return markup_part(r, word_html(r, q))


def client_owa(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_lines(r.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def client_outlook_android(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{ANDROID_OUTLOOK_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return plain(r, text, cte="b64")


def gmail_attr(q: Quoted) -> str:
    return stamp(GMAIL_ATTR[q.loc], q.sent, q.loc, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quoted) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def apple_attr(q: Quoted) -> str:
    return stamp(APPLE_ATTR[q.loc], q.sent, q.loc, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quoted) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n\n")


def client_apple_html(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q), quote=False)}</div><br>'
        f"{html_paragraphs(q.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def iphone_text(r: Reply, q: Quoted) -> str:
    return (
        f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quote_lines(apple_attr(q) + chr(10) * 2 + q.text)}\n"
    )


def client_iphone(r: Reply, q: Quoted) -> Message:
    return plain(r, iphone_text(r, q))


def client_iphone_html(r: Reply, q: Quoted) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q), quote=False)}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(plain(r, iphone_text(r, q)), markup_part(r, markup))


def thunderbird_attr(q: Quoted) -> str:
    return stamp(THUNDERBIRD_ATTR[q.loc], q.sent, q.loc, name=AR_NAME)


def flowed_part(r: Reply, text: str) -> Message:
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird's default: the reply goes below the quote."""
    return flowed_part(r, f"{thunderbird_attr(q)}\n{quote_lines(q.text)}\n\n{r.body}\n")


def client_thunderbird_top(r: Reply, q: Quoted) -> Message:
    return flowed_part(r, f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_lines(q.text)}\n")


def inline_body(body: str, q: Quoted) -> str:
    paragraphs = q.text.split("\n\n")
    lines = [
        quote_lines(paragraphs[int(line[2:-2])]) if re.fullmatch(r"\[\[\d+\]\]", line) else line
        for line in body.split("\n")
    ]
    return "\n".join(lines)


def client_thunderbird_inline(r: Reply, q: Quoted) -> Message:
    return flowed_part(r, f"{thunderbird_attr(q)}\n{inline_body(r.body, q)}\n")


def client_samsung(r: Reply, q: Quoted) -> Message:
    divider, frm, sent, to, subject, layout = SAMSUNG_BLOCK[q.loc]
    rows = [
        f"{frm} {AR_NAME} <{AR_ADDR}> ",
        f"{sent} {stamp(layout, q.sent, q.loc)} ",
        f"{to} {q.to} ",
        f"{subject} {q.subject} ",
    ]
    sig = SAMSUNG_SIG[q.loc]
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{divider}\n" + "\n".join(rows) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{div_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{sig}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{divider}</div>'
        + "".join(f"<div>{html.escape(row.strip(), quote=False)}</div>" for row in rows)
        + f"<div><br></div>{html_paragraphs(q.text)}</div></body></html>\n"
    )
    return alternative(plain(r, text, cte="b64"), markup_part(r, markup, cte="b64"))


def client_notice(r: Reply, q: Quoted) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def client_notice_html(r: Reply, q: Quoted) -> Message:
    del q
    markup = r.markup or (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f"<body>{html_paragraphs(r.body)}</body></html>\n"
    )
    return alternative(plain(r, r.body + "\n"), markup_part(r, markup))


CLIENTS: dict[Client, Callable[[Reply, Quoted], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_htmlonly": client_outlook_htmlonly,
    "owa": client_owa,
    "outlook_android": client_outlook_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "iphone_html": client_iphone_html,
    "thunderbird": client_thunderbird,
    "thunderbird_top": client_thunderbird_top,
    "thunderbird_inline": client_thunderbird_inline,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_htmlonly", "owa", "outlook_android"}
)
GMAIL_FAMILY: frozenset[Client] = frozenset({"gmail", "gmail_plain"})
APPLE_FAMILY: frozenset[Client] = frozenset({"apple", "apple_html", "iphone", "iphone_html"})
THUNDERBIRD_FAMILY: frozenset[Client] = frozenset(
    {"thunderbird", "thunderbird_top", "thunderbird_inline"}
)
FREEMAIL_HOSTS = {
    "gmail.com": "mail-ej1-f{n}.google.com",
    "gmx.de": "mout.gmx.net",
    "libero.it": "smtp-out{n}.libero.it",
}


def thread_topic(subject: str) -> str:
    """Outlook's Thread-Topic: the subject without reply prefixes."""
    return REPLY_PREFIX_RE.sub("", subject)


def client_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    if r.client in OUTLOOK_FAMILY:
        return [
            (
                "Thread-Topic",
                encode_header(thread_topic(q.subject), charset=r.charset, name="Thread-Topic"),
            ),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.locale]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.locale]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client in {"apple", "apple_html"}:
        return [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    if r.client in {"iphone", "iphone_html"}:
        return [("X-Mailer", "iPhone Mail (22C161)")]
    if r.client in THUNDERBIRD_FAMILY:
        return [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANGUAGE[r.locale]),
        ]
    return []


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    if r.client in GMAIL_FAMILY or (r.client == "notice" and r.domain == "gmail.com"):
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'ms-host', 4)}PR0{number(r.key, 'pr', 9) + 1}MB{number(r.key, 'mb', 9000) + 1000}"
        return f"<{host}{b32(r.key, 'ms-id', 24)}@{host}.eurprd0{number(r.key, 'eu', 9) + 1}.prod.outlook.com>"
    if r.client in APPLE_FAMILY:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{r.domain}>"
    if r.client in THUNDERBIRD_FAMILY:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{r.domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:12]}.{number(r.key, 'sam', 99999):05d}@email.android.com>"
    return f"<{b32(r.key, 'notice', 20).lower()}@mail.{r.domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(subject=q.subject)
    prefix = OUTLOOK_RE[r.locale] if r.client in OUTLOOK_FAMILY else "Re: "
    if q.subject.lower().startswith(prefix.strip().lower()):
        return q.subject
    return prefix + q.subject


def sending_host(r: Reply) -> str:
    template = FREEMAIL_HOSTS.get(r.domain)
    if template:
        return template.format(n=40 + number(r.key, "host", 20))
    return f"smtp.{r.domain}"


FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    if not r.attachment:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
    outer.attach(pdf)
    return outer


def boundary_prefix(client: Client) -> str:
    if client in GMAIL_FAMILY:
        return "000000000000"
    if client in APPLE_FAMILY:
        return "Apple-Mail=_"
    if client in OUTLOOK_FAMILY:
        return "_000_"
    if client == "samsung":
        return "--_com.samsung.android.email_"
    return "------------"


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["Return-Path"] = f"<{r.sender[1]}>"
    msg["Received"] = received(key=r.key, host=sending_host(r), when=r.dt)
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r, q), charset=r.charset, name="Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        reminder_id = f"<{b32(r.key, 'reminder', 22).lower()}@{AR_DOMAIN}>"
        msg["In-Reply-To"] = reminder_id
        msg["References"] = reminder_id
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, boundary_prefix=boundary_prefix(r.client))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

AP_ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betalingsadvies</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>Geachte leverancier,</p>
<p>Hierbij ontvangt u een betalingsadvies voor de onderstaande betaling.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F3B5C;color:#FFFFFF"><th align="left">Uw factuurnummer</th><th align="left">Factuurdatum</th><th align="right">Bedrag</th></tr>
<tr><td>TW-26-4492</td><td>02-11-2026</td><td align="right">&euro; 5.612,75</td></tr>
<tr><td colspan="2"><b>Totaal betaald</b></td><td align="right"><b>&euro; 5.612,75</b></td></tr>
</table>
<p>Betaaldatum: 04-12-2026<br>Betalingskenmerk: 1000 2612 0400 7731<br>Begunstigde rekening: IBAN eindigend op 4417</p>
<p style="color:#666666;font-size:8pt">Dit bericht is automatisch gegenereerd door het betaalsysteem van Veerdienst Noorderhaven B.V. Reacties op dit adres worden niet gelezen. Vragen over betalingen kunt u stellen via crediteuren@noorderhaven-veer.example.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        key="ps-en-ooo-subject",
        intent="payment_sent",
        lang="en",
        sender=("Declan Moran", "declan.moran@moranfabrication.example"),
        when="2026-12-07 08:52 +0000",
        client="outlook",
        thread="RE: Out of Office: {subject}",
        rdays=3,
        service="berth",
        inv="TW-26-4431",
        body="Hi,\n\nJust back after a fortnight away and saw this sitting in the thread. I’ve paid it this morning from the business account – €2,480.00, reference MORAN BERTH 26/27.\n\nSorry it ran over. My out-of-office told you I was away, but obviously that doesn’t pay the bill!\n\nDeclan\n\nDeclan Moran\nMoran Fabrication Ltd\nUnit 4, Ballinrea Business Park",
        facts={
            "paid_date": "2026-12-07",
            "payment_reference": "MORAN BERTH 26/27",
            "amount": "2480.00",
            "currency": "EUR",
        },
        note="a person writing in the thread of his own out-of-office: the subject says 'Out of Office', the text reports a payment made this morning",
    ),
    Reply(
        key="ps-en-paid-dot",
        intent="payment_sent",
        lang="en",
        sender=("Helen Crowe", "treasurer@lowwatersc.example"),
        when="2026-12-03 19:48 +0000",
        client="gmail",
        service="crane",
        body="Paid.\n\n--\nHelen Crowe\nHon. Treasurer, Lowwater Sailing Club\nThe club office is open Tuesday and Thursday mornings only.\n\nThis e-mail and any attachment are confidential and intended for the addressee only. If you have received it in error, please tell the sender and delete it. Lowwater Sailing Club CLG is a company limited by guarantee.",
        note="one word above a long signature; no date or reference",
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=("Rory Fitz", "rory.fitz@gmail.com"),
        when="2026-11-27 22:16 +0000",
        client="iphone",
        service="haulout",
        body="done",
        note="lowercase one-word 'done' under an overdue reminder: paid, no date",
    ),
    Reply(
        key="ps-de-kassenwart",
        intent="payment_sent",
        lang="de",
        sender=("Jürgen Kaltenbach", "kasse@svwendtorf.example"),
        when="2026-12-10 18:31 +0100",
        client="thunderbird_top",
        charset="iso-8859-1",
        cte="8bit",
        service="crane",
        inv="TW-26-4460",
        amount="1245.80",
        rdays=2,
        body="Sehr geehrte Damen und Herren,\n\ndie Zahlung für den Krantag wurde gestern von unserem Vereinskonto angewiesen (1.245,80 EUR, Verwendungszweck TW-26-4460). Bitte prüfen Sie den Zahlungseingang in den nächsten Tagen.\n\nDie Verzögerung bitten wir zu entschuldigen - bei uns unterschreiben zwei Vorstandsmitglieder, und einer war bis letzte Woche auf Törn.\n\nMit seglerischen Grüßen\n\n-- \nJürgen Kaltenbach\nKassenwart\nSeglervereinigung Wendtorf e.V.",
        facts={"paid_date": "2026-12-09", "amount": "1245.80", "currency": "EUR"},
        refs=("TW-26-4460",),
        note="'angewiesen' (released at the bank) yesterday: payment sent on Wed 9 Dec",
    ),
    Reply(
        key="ps-fr-sans-accents",
        intent="payment_sent",
        lang="fr",
        sender=("Gwen Le Bihan", "gwen.lebihan@iroise-bateaux.example"),
        when="2026-11-30 07:41 +0100",
        client="samsung",
        service="storage",
        body="bonjour\nc est regle depuis vendredi par virement\ngwen",
        facts={"paid_date": "2026-11-27"},
        note="no accents; 'depuis vendredi' on Mon 30 Nov is Fri 27 Nov",
    ),
    Reply(
        key="ps-fr-compta-charter",
        intent="payment_sent",
        lang="fr",
        sender=("Comptabilité – Glénan Croisières", "compta@glenan-croisieres.example"),
        when="2026-12-03 11:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        service="engine",
        inv="TW-26-4409",
        amount="3960.00",
        body="Bonjour,\n\nNous vous confirmons le règlement de la facture TW-26-4409 par virement SEPA émis le 2 décembre, pour un montant de 3 960,00 €.\nRéférence de l’opération : 2026120200388411.\n\nNous vous remercions de bien vouloir lettrer ce paiement sur notre compte.\n\nBien cordialement,\n\nSolène Marrec\nService comptabilité\nGlénan Croisières SAS – 14 quai des Thoniers – 29900 Concarneau\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d’en avertir immédiatement l’expéditeur et de le détruire.",
        facts={
            "paid_date": "2026-12-02",
            "payment_reference": "2026120200388411",
            "amount": "3960.00",
            "currency": "EUR",
        },
        refs=("TW-26-4409",),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Administración Cofradía San Telmo", "administracion@cofradiasantelmo.example"),
        when="2026-12-01 10:05 +0100",
        client="outlook",
        service="haulout",
        inv="TW-26-4478",
        amount="2118.40",
        attachment="Justificante_transferencia_TW-26-4478.pdf",
        body="Buenos días:\n\nLes adjuntamos el justificante de la transferencia realizada hoy por importe de 2.118,40 €, correspondiente a la factura TW-26-4478 (varada y limpieza del «Nuevo Amanecer»).\n\nDisculpen el retraso; estábamos pendientes de la firma del patrón mayor.\n\nAtentamente,\n\nMaite Uriarte\nAdministración\nCofradía de Pescadores San Telmo",
        facts={"paid_date": "2026-12-01", "amount": "2118.40", "currency": "EUR"},
        refs=("TW-26-4478",),
        note="proof of transfer attached as a PDF; 'hoy' is the message date",
    ),
    Reply(
        key="ps-es-tarjeta",
        intent="payment_sent",
        lang="es",
        sender=("Álvaro Quintana", "alvaroquintana.vela@gmail.com"),
        when="2026-12-14 13:27 +0100",
        client="gmail_plain",
        service="antifoul",
        body="Hola,\n\nYa está pagado. Lo pagué el sábado con tarjeta desde vuestra web, me salió el mensaje de pago correcto y todo. Número de autorización 736251.\n\nSi no os aparece me decís.\n\nÁlvaro",
        facts={"paid_date": "2026-12-12", "payment_reference": "736251"},
        note="card payment on the website; 'el sábado' on Mon 14 Dec is Sat 12 Dec",
    ),
    Reply(
        key="ps-nl-betaaladvies",
        intent="payment_sent",
        lang="nl",
        sender=(
            "Veerdienst Noorderhaven – Crediteuren",
            "noreply-crediteuren@noorderhaven-veer.example",
        ),
        when="2026-12-04 06:12 +0100",
        client="notice_html",
        threaded=False,
        subject="Betalingsadvies Veerdienst Noorderhaven B.V. – 04-12-2026",
        markup=AP_ADVICE_HTML,
        headers=(AUTO_GENERATED, ("X-Mailer", "PayRun AP 7.2"), ("Precedence", "bulk")),
        body="Geachte leverancier,\n\nHierbij ontvangt u een betalingsadvies voor de onderstaande betaling.\n\nUw factuurnummer: TW-26-4492\nFactuurdatum: 02-11-2026\nBedrag: € 5.612,75\nTotaal betaald: € 5.612,75\n\nBetaaldatum: 04-12-2026\nBetalingskenmerk: 1000 2612 0400 7731\nBegunstigde rekening: IBAN eindigend op 4417\n\nDit bericht is automatisch gegenereerd door het betaalsysteem van Veerdienst Noorderhaven B.V. Reacties op dit adres worden niet gelezen. Vragen over betalingen kunt u stellen via crediteuren@noorderhaven-veer.example.",
        facts={
            "paid_date": "2026-12-04",
            "payment_reference": "1000 2612 0400 7731",
            "amount": "5612.75",
            "currency": "EUR",
        },
        refs=("TW-26-4492",),
        note="AP-system payment advice with Auto-Submitted: auto-generated; it reports a payment, so payment_sent, not auto_reply; the questions address is not a new contact",
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Bas Verhoeven", "bas@verhoeven-installatie.example"),
        when="2026-12-16 21:05 +0100",
        client="iphone",
        service="storage",
        body="Hoi, is gisteren overgemaakt hoor. Was het door de verbouwing helemaal vergeten, excuus!\n\nGroet, Bas",
        facts={"paid_date": "2026-12-15"},
    ),
    Reply(
        key="ps-it-trn",
        intent="payment_sent",
        lang="it",
        sender=("Chiara Benvenuti", "amministrazione@velaliguria-charter.example"),
        when="2026-11-26 12:40 +0100",
        client="outlook",
        service="repair",
        inv="TW-26-4415",
        amount="2760.00",
        body="Buongiorno,\n\nvi confermiamo che in data odierna abbiamo disposto il bonifico a saldo della fattura TW-26-4415, importo € 2.760,00.\nTRN: 0512626330041977\n\nRestiamo a disposizione per qualsiasi verifica.\n\nCordiali saluti\n\nChiara Benvenuti\nUfficio Amministrazione\nVela Liguria Charter S.r.l.",
        facts={
            "paid_date": "2026-11-26",
            "payment_reference": "0512626330041977",
            "amount": "2760.00",
            "currency": "EUR",
        },
        refs=("TW-26-4415",),
    ),
    Reply(
        key="ps-it-ieri-sera",
        intent="payment_sent",
        lang="it",
        sender=("Franco Serra", "franco.serra@libero.it"),
        when="2026-12-05 09:18 +0100",
        client="samsung",
        service="storage",
        body="Buongiorno, ho fatto il bonifico ieri sera dall'app della banca, vi dovrebbe arrivare lunedì o martedì perché era già tardi.\nSaluti\nFranco Serra",
        facts={"paid_date": "2026-12-04"},
        note="paid yesterday (Fri 4 Dec); the expected arrival on Monday is not a promise",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-payment-run",
        intent="promise_to_pay",
        lang="en",
        sender=("Priya Nair", "accounts@westwindcharters.example"),
        when="2026-11-24 15:02 +0000",
        client="outlook_html",
        service="engine",
        body="Hi there,\n\nThanks for the nudge. This one has been approved and will go out in Friday’s payment run.\n\nBest regards,\nPriya\n\nPriya Nair\nAccounts Assistant | Westwind Charters\nT: 021 000 4471",
        facts={"promised_date": "2026-11-27"},
        note="'approved' is past, but the payment itself is Friday's run (Fri 27 Nov)",
    ),
    Reply(
        key="pp-en-scheduled",
        intent="promise_to_pay",
        lang="en",
        sender=("Tom Ashdown", "tom.ashdown@ashdownsurveys.example"),
        when="2026-12-09 10:33 +0000",
        client="gmail",
        service="storage",
        amount="1980.00",
        body="Hi,\n\nI've set up the transfer for €1,980 as a scheduled payment on the 15th - that's when the charter deposits come through from the agency. You should see it a day or so after.\n\nThanks,\nTom",
        facts={"promised_date": "2026-12-15", "amount": "1980.00", "currency": "EUR"},
        note="past tense 'I've set up' describes a future-dated payment: promise for the 15th",
    ),
    Reply(
        key="pp-en-us-tomorrow",
        intent="promise_to_pay",
        lang="en",
        loc="en_us",
        sender=("Bill Hendricks", "bill.hendricks@gmail.com"),
        when="2026-12-10 21:45 -0500",
        client="gmail",
        service="storage",
        body="Hi folks,\n\nSorry about this. I'm back in Annapolis and didn't realize the storage invoice was still open. I'll wire it tomorrow morning first thing when the bank opens.\n\nBill Hendricks\ns/v Second Wind",
        facts={"promised_date": "2026-12-11"},
        note="'tomorrow' from the sender's local date (Thu 10 Dec, UTC-5); in UTC the message is already dated 11 Dec",
    ),
    Reply(
        key="pp-de-kw50",
        intent="promise_to_pay",
        lang="de",
        sender=("Anke Brodersen", "buchhaltung@reederei-hallig.example"),
        when="2026-12-03 14:10 +0100",
        client="outlook",
        service="slipway",
        inv="TW-26-4437",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung TW-26-4437 ist freigegeben und wird in KW 50 mit unserem nächsten Zahlungslauf beglichen.\n\nMit freundlichen Grüßen\n\nAnke Brodersen\nFinanzbuchhaltung\nReederei Hallig GmbH & Co. KG\nHafenstraße 12 · 25849 Hallighafen\n\nSitz der Gesellschaft: Hallighafen · Registergericht: Amtsgericht Husum HRA 4471 HU\nPersönlich haftende Gesellschafterin: Reederei Hallig Verwaltungs-GmbH · Geschäftsführer: Hauke Petersen",
        facts={"promised_date": "2026-12-07"},
        refs=("TW-26-4437",),
        note="'in KW 50' → Monday of ISO week 50 (7 Dec), like 'next week'; 'freigegeben' is approval, not payment",
    ),
    Reply(
        key="pp-de-am-15",
        intent="promise_to_pay",
        lang="de",
        sender=("Timo Reinke", "timo.reinke@gmx.de"),
        when="2026-11-30 19:02 +0100",
        client="iphone",
        service="haulout",
        body="Hallo, überweise ich am 15., da kommt mein Gehalt. Sorry für die Verspätung!\nGruß Timo",
        facts={"promised_date": "2026-12-15"},
        note="'am 15.' written on 30 Nov → 15 Dec",
    ),
    Reply(
        key="pp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Coopérative Maritime du Guilvinec", "gestion@cm-guilvinec.example"),
        when="2026-11-24 09:47 +0100",
        client="outlook_html",
        service="slipway",
        inv="TW-26-4402",
        body="Bonjour,\n\nBien reçu votre relance. Le règlement de la facture TW-26-4402 sera effectué fin de mois, comme pour l’ensemble de nos fournisseurs.\n\nCordialement,\n\nYannick Stéphan\nGestionnaire administratif\nCoopérative Maritime du Guilvinec",
        facts={"promised_date": "2026-11-30"},
        refs=("TW-26-4402",),
        note="'fin de mois' → the last day of the message's month",
    ),
    Reply(
        key="pp-es-proximo-viernes",
        intent="promise_to_pay",
        lang="es",
        sender=("Nuria Ferrer", "nuria@balearsail.example"),
        when="2026-12-05 11:20 +0100",
        client="outlook_android",
        service="berth",
        body="Hola,\n\nPerdonad, con el cierre de temporada se nos ha pasado. Lo pagamos el próximo viernes sin falta.\n\nUn saludo,\nNuria\nBalear Sail Charter",
        facts={"promised_date": "2026-12-11"},
        note="'el próximo viernes' written on Sat 5 Dec → Fri 11 Dec, the first Friday after the message",
    ),
    Reply(
        key="pp-es-manana",
        intent="promise_to_pay",
        lang="es",
        sender=("Iñaki Etxeberria", "inaki@etxeberria-arrantza.example"),
        when="2026-12-17 23:10 +0100",
        client="iphone",
        service="slipway",
        body="Mañana a primera hora hago la transferencia, que hoy ha sido un día de locos en el puerto. Perdón.",
        facts={"promised_date": "2026-12-18"},
    ),
    Reply(
        key="pp-nl-volgende-week",
        intent="promise_to_pay",
        lang="nl",
        sender=("Penningmeester WSV De Hoorn", "penningmeester@wsvdehoorn.example"),
        when="2026-11-25 20:14 +0100",
        client="outlook_android",
        service="crane",
        body="Goedenavond,\n\nExcuses voor de vertraging. Volgende week wordt de factuur betaald, na goedkeuring in de bestuursvergadering van maandag.\n\nMet vriendelijke groet,\nMarleen de Wit\nPenningmeester WSV De Hoorn",
        facts={"promised_date": "2026-11-30"},
        note="'volgende week' → Monday of next week (30 Nov)",
    ),
    Reply(
        key="pp-nl-staat-klaar",
        intent="promise_to_pay",
        lang="nl",
        sender=("Erik Zwart", "erik@zwartjachtcharter.example"),
        when="2026-12-03 16:25 +0100",
        client="gmail",
        service="antifoul",
        body="Hallo,\n\nDe betaling staat klaar in de bank en gaat de 10e de deur uit, dan zijn de charterinkomsten van november binnen.\n\nGroet,\nErik Zwart\nZwart Jachtcharter",
        facts={"promised_date": "2026-12-10"},
        note="'staat klaar' (queued) is not sent; the money leaves on the 10th",
    ),
    Reply(
        key="pp-it-entro-20",
        intent="promise_to_pay",
        lang="it",
        sender=("Circolo Velico Punta Bianca – Tesoreria", "tesoreria@cvpuntabianca.example"),
        when="2026-11-30 11:05 +0100",
        client="outlook_htmlonly",
        service="crane",
        inv="TW-26-4426",
        body="Gentili signori,\n\nin riferimento al vostro sollecito, vi comunichiamo che provvederemo al saldo della fattura TW-26-4426 entro il 20 dicembre p.v.\n\nDistinti saluti\n\nIl Tesoriere\nGiorgio Landini\nCircolo Velico Punta Bianca A.S.D.",
        facts={"promised_date": "2026-12-20"},
        refs=("TW-26-4426",),
    ),
    Reply(
        key="pp-it-assicurazione",
        intent="promise_to_pay",
        lang="it",
        sender=("Marco Pisani", "marco.pisani@pisanipesca.example"),
        when="2026-12-08 17:40 +0100",
        client="apple",
        service="slipway",
        body="Buonasera,\n\nla fattura la paghiamo appena l'assicurazione ci liquida il sinistro del peschereccio. Il perito ci ha detto che il bonifico arriva entro venerdì 11, quindi se tutto va bene venerdì stesso saldiamo anche voi.\n\nSaluti\nMarco Pisani\nPisani Pesca soc. coop.",
        facts={"promised_date": "2026-12-11"},
        note="conditional promise; the day given is Fri 11 Dec",
    ),
]

DISPUTE = [
    Reply(
        key="d-en-gelcoat",
        intent="dispute",
        lang="en",
        sender=("Fiona Harte", "fiona.harte@hartelaw.example"),
        when="2026-11-25 16:40 +0000",
        client="outlook_html",
        service="haulout",
        inv="TW-26-4412",
        body="Hello,\n\nI’m not paying this until someone explains the damage to Curlew. When she was lifted out on the 6th, the travel hoist strap took a strip of gelcoat off the port quarter – about 40 cm, right down to the laminate. Photos went to Niall in the yard office the same day and I’ve heard nothing since.\n\nI’m happy to settle the lift-out once the repair has been agreed and done at your cost. Until then, please put the invoice on hold.\n\nRegards,\nFiona Harte",
        note="damage done during the service; the conditional offer to pay later is secondary",
    ),
    Reply(
        key="d-en-not-paid-never-arrived",
        intent="dispute",
        lang="en",
        sender=("Graham Lowry", "graham@lowrymarine-ni.example"),
        when="2026-12-14 09:12 +0000",
        client="gmail",
        service="sprayhood",
        inv="TW-26-4466",
        body="Morning,\n\nWe have NOT paid TW-26-4466 because the sprayhood it's for never arrived. Your yard told us in October it was on back order from the canvas maker, and that's the last we heard. You can't bill for something that isn't on the boat.\n\nSend the invoice again once it's fitted.\n\nGraham Lowry",
        refs=("TW-26-4466",),
        note="negated payment with the reason: the goods never arrived",
    ),
    Reply(
        key="d-en-rambling-crane-day",
        intent="dispute",
        lang="en",
        sender=("Martin Cleary", "treasurer@ballyhaysc.example"),
        when="2026-12-04 22:05 +0000",
        client="thunderbird_top",
        cte="8bit",
        service="crane",
        rdays=4,
        body="Hi,\n\nSorry for the slow reply – it's been a mad few weeks here. We had the AGM on the 21st, which went on until nearly midnight because of the row about the new dinghy park, and then half the committee went down with the flu. I'm only now getting through the club inbox.\n\nAnyway, thanks to your lads for the crane day. It went well considering the weather, and the members were very complimentary about the new cradles. The barbecue afterwards was a great success too, although we ran out of burgers by three o'clock.\n\nOn the invoice: it's for fourteen lifts but only eleven boats came out on the day. Kittiwake, Sundowner and the Flying Fifteen all stayed in because the wind got up in the afternoon and your foreman called it off before they were done – they're now booked for January and I assume will be billed then. So we're being charged for three lifts that didn't happen. Can you reissue it for the eleven and I'll get it approved at the next committee meeting?\n\nAlso, would it be possible to get a quote for next year's crane day early? The committee likes to set the budget in February.\n\nAll the best for Christmas,\n\n-- \nMartin Cleary\nHon. Treasurer\nBallyhay Sailing Club",
        note="long reply; the point, buried in the third paragraph, is three of fourteen lifts billed but not done",
    ),
    Reply(
        key="d-de-vertragspreis",
        intent="dispute",
        lang="de",
        sender=("Katrin Mohr", "k.mohr@ostsee-yachtcharter.example"),
        when="2026-12-01 10:18 +0100",
        client="outlook_html",
        service="berth",
        inv="TW-26-4448",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung TW-26-4448 können wir so nicht begleichen. Laut unserem Liegeplatzvertrag vom März 2025 beträgt die Jahresmiete für den Platz an Steg C 2.150,00 €; Sie berechnen 2.480,00 €. Eine Preiserhöhung wurde uns nicht angekündigt.\n\nBitte senden Sie uns eine korrigierte Rechnung. Den vertraglich vereinbarten Betrag überweisen wir umgehend nach Eingang.\n\nMit freundlichen Grüßen\n\nKatrin Mohr\nBuchhaltung\n\nOstsee Yachtcharter GmbH\nAm Yachthafen 3 · 24376 Schleimünde\nGeschäftsführerin: Ute Behrens · Amtsgericht Flensburg HRB 8812 FL\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        refs=("TW-26-4448",),
        note="price disagrees with the contract; paying the agreed amount later is conditional",
    ),
    Reply(
        key="d-de-motor-springt-nicht",
        intent="dispute",
        lang="de",
        sender=("Holger Brandt", "holger.brandt@brandt-steuer.example"),
        when="2026-11-27 17:55 +0100",
        client="gmail",
        charset="iso-8859-1",
        service="engine",
        body='Hallo,\n\ndie Rechnung für die Motorwartung zahle ich erst, wenn der Motor wieder läuft. Seit Ihr Mechaniker an dem Volvo gearbeitet hat, springt er nicht mehr an, und beim letzten Startversuch lief Diesel in die Bilge. Ich habe das am 18.11. telefonisch gemeldet, passiert ist bisher nichts.\n\nBitte melden Sie sich, wann jemand an Bord kommt.\n\nHolger Brandt\nSY "Möwe"',
        note="payment withheld until the faulty service is put right",
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Isabelle Corre", "i.corre@rade-location.example"),
        when="2026-12-09 14:30 +0100",
        client="owa",
        service="antifoul",
        inv="TW-26-4440",
        body="Bonjour,\n\nCette facture n’est plus due : elle a été annulée par l’avoir AV-26-0112 que votre collègue Mme Kerjean nous a adressé le 12 novembre, suite à l’erreur sur la longueur du bateau. Le bon montant a été refacturé sous le numéro TW-26-4458, que nous avons réglé.\n\nMerci de mettre à jour notre compte et de ne plus nous relancer pour la TW-26-4440.\n\nCordialement,\nIsabelle Corre\nRade Location Nautique",
        refs=("TW-26-4440", "TW-26-4458"),
        note="already credited: dispute; the payment mentioned is of the replacement invoice",
    ),
    Reply(
        key="d-fr-jamais-commande",
        intent="dispute",
        lang="fr",
        sender=("Philippe Gaudin", "philippe.gaudin@cabinet-gaudin.example"),
        when="2026-11-23 18:12 +0100",
        client="apple",
        service="engine",
        body="Bonjour,\n\nJe tombe des nues : je n’ai jamais commandé de révision moteur. Mon bateau est en hivernage chez vous, point. J’avais bien précisé au chantier que c’est mon mécanicien habituel qui s’occupe du moteur.\n\nJe ne paierai donc pas cette facture. Merci de l’annuler.\n\nPhilippe Gaudin",
        note="service never ordered",
    ),
    Reply(
        key="d-es-siete-meses",
        intent="dispute",
        lang="es",
        sender=("José Manuel Rial", "jmrial@rialnautica.example"),
        when="2026-12-10 12:50 +0100",
        client="thunderbird_inline",
        charset="iso-8859-1",
        cte="8bit",
        service="berth",
        inv="TW-26-4451",
        body="Buenos días:\n\n[[2]]\n\nAquí está el problema. Nos cobran el amarre de los doce meses, cuando el barco entró en su puerto el 1 de mayo; es decir, siete meses. No vamos a pagar meses en los que no tuvimos el amarre.\n\n[[3]]\n\nQuedamos a la espera de la factura rectificativa por los siete meses.\n\nSaludos cordiales,\n\n-- \nJosé Manuel Rial\nRial Náutica, S.L.",
        note="inline reply under the quoted invoice lines: twelve months billed for seven",
    ),
    Reply(
        key="d-nl-prive-opdracht",
        intent="dispute",
        lang="nl",
        sender=("Hans Bakker", "secretaris@zvdegeul.example"),
        when="2026-12-15 10:02 +0100",
        client="gmail",
        service="repair",
        body="Goedemorgen,\n\nDeze factuur klopt niet. Hij staat op naam van de zeilvereniging, maar de reparatie aan de Valk was een privéopdracht van ons lid, de heer Jansen, en niet van de vereniging. Dat hebben wij destijds ook zo aan uw werf doorgegeven.\n\nWij betalen deze factuur dus niet. Wilt u hem op naam van de heer Jansen zetten?\n\nMet vriendelijke groet,\nHans Bakker\nSecretaris ZV De Geul",
        note="not our order: the invoice is contested; another debtor is named but no address",
    ),
    Reply(
        key="d-nl-kraanbeurt-dubbel",
        intent="dispute",
        lang="nl",
        sender=("Linda Hoekstra", "administratie@hoekstravisserij.example"),
        when="2026-12-11 09:35 +0100",
        client="outlook",
        service="slipway",
        inv="TW-26-4456",
        body="Goedemorgen,\n\nFactuur TW-26-4455 hebben we vorige week betaald. Maar deze, 4456, klopt niet: de kraanbeurt voor de UK-218 staat er twee keer op, op 3 en op 4 november, terwijl de kotter maar één keer uit het water is geweest.\n\nGraag een gecorrigeerde factuur, dan betalen we die direct.\n\nMet vriendelijke groet,\nLinda Hoekstra\nVisserijbedrijf Hoekstra",
        refs=("TW-26-4455", "TW-26-4456"),
        note="one invoice paid, this one disputed (a lift billed twice): dispute wins for the disputed part; '4456' is short for TW-26-4456",
    ),
    Reply(
        key="d-it-non-pago",
        intent="dispute",
        lang="it",
        sender=("Stefano Rossetti", "stefano.rossetti@rossettiarredi.example"),
        when="2026-12-02 20:45 +0100",
        client="iphone",
        service="engine",
        body="NON pago un bel niente finché la barca non è a posto!! Il motore perde ancora olio come prima del vostro cosiddetto tagliando e il vostro meccanico non risponde al telefono da tre settimane. Prima sistemate, poi parliamo di soldi.",
        note="irritation; the service was not done properly",
    ),
    Reply(
        key="d-it-doppione",
        intent="dispute",
        lang="it",
        sender=("Elena Marchi", "contabilita@marchi-charter.example"),
        when="2026-12-14 11:30 +0100",
        client="outlook_html",
        service="storage",
        inv="TW-26-4463",
        body="Buongiorno,\n\nla fattura TW-26-4463 è un doppione: lo stesso rimessaggio invernale dello «Scirocco» ci è già stato fatturato con la TW-26-4302 del 15 ottobre, regolarmente pagata il 30 ottobre.\n\nVi chiediamo di annullarla con nota di credito.\n\nCordiali saluti\n\nElena Marchi\nUfficio contabilità – Marchi Charter S.r.l.",
        refs=("TW-26-4302", "TW-26-4463"),
        note="duplicate billing; the payment mentioned is of the earlier invoice",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-500-a-month",
        intent="payment_plan",
        lang="en",
        sender=("Sean Daly", "sean.daly@dalyfishing.example"),
        when="2026-12-07 06:15 +0000",
        client="iphone",
        service="slipway",
        body="Hi, sorry I know this is overdue. Its been a desperate season, the boat was tied up most of September with the gearbox and the quota's cut again. Could I pay it off at 500 a month from January? I'm not trying to dodge it I just dont have it in one go.\nSean",
        note="hardship plus monthly instalments; typos kept",
    ),
    Reply(
        key="pl-en-end-of-january",
        intent="payment_plan",
        lang="en",
        sender=("Claire Beckett", "office@emeraldcoastcharters.example"),
        when="2026-12-01 12:12 +0000",
        client="gmail",
        service="berth",
        body="Hi,\n\nWould it be possible to have until the end of January for this one? Our bookings don't pick up until February and cash is tight over the winter. We've always paid in full and intend to do so again, we just need a bit more time.\n\nMany thanks,\nClaire Beckett\nOffice Manager\nEmerald Coast Charters",
        note="asks for more time; the date asked for is not a promise",
    ),
    Reply(
        key="pl-en-reduction",
        intent="payment_plan",
        lang="en",
        sender=("Alan Pryce", "alan.pryce@prycepartnership.example"),
        when="2026-12-17 15:48 +0000",
        client="outlook_html",
        service="repair",
        body="Dear Sir or Madam,\n\nBefore I settle this, I wonder whether you would consider a reduction. The repair itself was done well, but Halcyon was meant to be back in the water for the autumn series and missed it by a fortnight, which cost me my entry fee and a crew weekend.\n\nWould you accept €2,500 in full settlement? If so, I can pay it this week.\n\nYours faithfully,\nAlan Pryce",
        note="asks for a reduced amount without contesting the work: payment_plan; paying 'this week' depends on acceptance",
    ),
    Reply(
        key="pl-de-drei-raten",
        intent="payment_plan",
        lang="de",
        sender=("Sabine Kühn", "sabine.kuehn@kuehn-praxis.example"),
        when="2026-12-16 19:20 +0100",
        client="outlook",
        service="repair",
        body="Guten Abend,\n\nleider ist die Osmose-Reparatur deutlich teurer geworden als gedacht, und seit der Trennung von meinem Mann muss ich die Kosten für das Boot allein tragen. Wäre es möglich, die Rechnung in drei Monatsraten zu begleichen, beginnend im Januar?\n\nFür Ihr Verständnis wäre ich sehr dankbar.\n\nMit freundlichen Grüßen\nSabine Kühn",
        note="hardship and three monthly instalments",
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        lang="de",
        sender=("Jens Carstensen", "j.carstensen@faehre-amrumbank.example"),
        when="2026-11-23 11:00 +0100",
        client="outlook_html",
        service="slipway",
        body="Sehr geehrte Damen und Herren,\n\nwir bitten um Stundung der Rechnung bis zum 28.02.2027. Unser Fährbetrieb ruht von November bis März, und die Einnahmen der Saison sind durch die Werftzeit der „Amrumbank II“ weitgehend aufgebraucht.\n\nSelbstverständlich sind wir bereit, eine schriftliche Zahlungsvereinbarung zu unterzeichnen.\n\nMit freundlichen Grüßen\n\nJens Carstensen\nKaufmännische Leitung\nFährgesellschaft Amrumbank mbH",
        note="deferral request to a named date: payment_plan; promised_date stays null",
    ),
    Reply(
        key="pl-fr-trois-fois",
        intent="payment_plan",
        lang="fr",
        sender=("Hélène Marchand", "helene.marchand@atelier-marchand.example"),
        when="2026-12-11 21:30 +0100",
        client="gmail",
        service="storage",
        body="Bonsoir,\n\nDésolée pour ce retard. Serait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 620 € le 5 janvier, puis la même somme début février et début mars.\n\nMerci d’avance pour votre compréhension,\nHélène Marchand",
        note="instalment proposal; plan dates and amounts are not labelled",
    ),
    Reply(
        key="pl-fr-coquille",
        intent="payment_plan",
        lang="fr",
        sender=("Armement Le Goff", "armement.legoff@legoff-peche.example"),
        when="2026-12-16 08:40 +0100",
        client="outlook",
        charset="windows-1252",
        cte="b64",
        service="slipway",
        body="Bonjour,\n\nNous avons bien reçu votre relance. Nous ne contestons pas la facture, mais la saison de la coquille a été très mauvaise et deux de nos bateaux sont restés à quai en novembre pour avarie.\n\nNous vous proposons de solder la somme en quatre mensualités de 1 104,56 €, la première fin janvier. Si cela vous convient, merci de nous adresser un échéancier que nous vous retournerons signé.\n\nSalutations distinguées,\n\nRonan Le Goff\nArmement Le Goff",
        note="hardship, invoice not contested, four monthly instalments",
    ),
    Reply(
        key="pl-es-dos-pagos",
        intent="payment_plan",
        lang="es",
        sender=("Carmen Vidal", "cvidal@vidalyachting.example"),
        when="2026-12-15 13:05 +0100",
        client="outlook_android",
        service="berth",
        body="Hola,\n\n¿Podríamos fraccionar la factura en dos pagos? La mitad ahora en diciembre y la otra mitad a mediados de enero. Nos ha coincidido con el pago del seguro de la flota.\n\nGracias,\nCarmen Vidal\nVidal Yachting",
    ),
    Reply(
        key="pl-es-descuento",
        intent="payment_plan",
        lang="es",
        sender=("Paco Moreno", "pacomoreno.llaut@gmail.com"),
        when="2026-11-30 22:40 +0100",
        client="gmail_plain",
        service="storage",
        body="Buenas noches,\n\nLes escribo porque estoy pasando una racha muy mala: me quedé sin trabajo en verano y tengo el barco en venta. ¿Habría alguna posibilidad de que me hicieran un descuento en el invernaje, o al menos de pagarlo poco a poco?\n\nUn saludo y gracias,\nPaco Moreno",
        note="hardship; asks for a discount or to pay bit by bit",
    ),
    Reply(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        sender=("Ruud Koster", "ruud.koster@kosterbouw.example"),
        when="2026-12-17 12:05 +0100",
        client="iphone",
        service="storage",
        amount="1800.00",
        body="Hallo, kan ik dit in 4 termijnen van € 450 betalen? De winterstalling en de motorbeurt vallen dit jaar samen en dat is even te veel in één keer. Eerste termijn kan direct na jullie akkoord.\nGroet Ruud",
    ),
    Reply(
        key="pl-it-dilazione",
        intent="payment_plan",
        lang="it",
        sender=("Andrea Colombo", "a.colombo@colombo-nautica.example"),
        when="2026-11-24 10:25 +0100",
        client="outlook",
        charset="windows-1252",
        service="repair",
        body="Buongiorno,\n\na causa di un ritardo negli incassi da parte di alcuni nostri clienti, Vi chiediamo cortesemente una dilazione di 60 giorni sul pagamento della fattura in oggetto.\n\nRingraziando per la disponibilità, porgiamo distinti saluti.\n\nAndrea Colombo\nColombo Nautica S.r.l.",
    ),
    Reply(
        key="pl-it-meta-gennaio",
        intent="payment_plan",
        lang="it",
        sender=("Luca Ferraro", "luca.ferraro@studioferraro-ing.example"),
        when="2026-12-03 18:00 +0100",
        client="thunderbird",
        service="antifoul",
        body="Buonasera,\n\nposso pagare metà adesso e metà a gennaio? Se mi confermate, faccio il primo bonifico domani.\n\nGrazie\nLuca Ferraro",
        note="a question proposing half now and half in January; nothing paid yet, and 'domani' depends on the answer",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-never-got-it",
        intent="invoice_request",
        lang="en",
        sender=("Niamh O'Sullivan", "niamh@osullivandesign.example"),
        when="2026-12-02 08:55 +0000",
        client="gmail",
        service="storage",
        body="Hi,\n\nThis is the first I've seen of this – the original invoice never reached me. It may have gone to my old work address. Could you resend it and I'll get it paid?\n\nThanks,\nNiamh",
        note="never received; asks for a copy without contesting it; 'I'll get it paid' has no date",
    ),
    Reply(
        key="ir-en-po-number",
        intent="invoice_request",
        lang="en",
        sender=("Accounts Payable – Skerry Ferries", "ap@skerryferries.example"),
        when="2026-11-26 13:14 +0000",
        client="outlook_html",
        service="slipway",
        inv="TW-26-4397",
        body="Good afternoon,\n\nWe are unable to process invoice TW-26-4397 as it does not quote a valid purchase order number. All supplier invoices must reference a Skerry Ferries PO.\n\nPlease reissue the invoice quoting PO 4500118723 and send it to this address.\n\nKind regards,\nAccounts Payable Team\nSkerry Ferries Ltd\n\nThis message is intended only for the named recipient. If you are not the intended recipient, please notify the sender and delete it. Skerry Ferries Ltd, registered in Ireland No. 448120.",
        refs=("TW-26-4397",),
        note="reissue with a PO number; amount not contested",
    ),
    Reply(
        key="ir-en-verify-bank",
        intent="invoice_request",
        lang="en",
        sender=("Victoria Hale", "victoria@halecharter.example"),
        when="2026-12-14 11:45 +0000",
        client="outlook",
        service="berth",
        body="Hello,\n\nBefore we pay this I need to confirm your bank details. We had an attempted invoice fraud last month with a supplier whose 'new account' turned out to be fake, so our policy is now to verify by phone. Could someone in your accounts team call me on 01 555 0147, or send the details on headed paper?\n\nThanks,\nVictoria Hale\nFinance, Hale Charter Co.",
        note="needs the bank details confirmed before paying",
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        sender=("Gemeinde Langeneß – Fährbetrieb", "rechnungseingang@faehre-langeness.example"),
        when="2026-12-04 09:15 +0100",
        client="outlook",
        service="slipway",
        inv="TW-26-4419",
        body="Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir Rechnungen nur noch im Format XRechnung über unser Eingangsportal annehmen. Die uns als PDF übermittelte Rechnung TW-26-4419 konnte deshalb nicht verbucht werden.\n\nBitte reichen Sie die Rechnung erneut als XRechnung ein und geben Sie dabei die Leitweg-ID 01058099-FAEHRE-27 an.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nBirte Hansen\nKämmerei",
        refs=("TW-26-4419",),
        note="e-invoice (XRechnung) needed before payment",
    ),
    Reply(
        key="ir-de-kopie",
        intent="invoice_request",
        lang="de",
        sender=("Oliver Stein", "o.stein@stein-immobilien.example"),
        when="2026-12-08 07:50 +0100",
        client="iphone",
        service="haulout",
        body="Moin, ich finde die Rechnung nicht mehr. Können Sie mir bitte eine Kopie schicken? Dann überweise ich sofort.\n\nOliver Stein",
        note="copy needed; 'dann sofort' depends on receiving it",
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        sender=("Comptabilité fournisseurs", "fournisseurs@vedettes-iroise.example"),
        when="2026-12-07 10:40 +0100",
        client="outlook_html",
        service="slipway",
        body="Bonjour,\n\nAfin de rapprocher nos écritures, pourriez-vous nous adresser un relevé de compte détaillé au 30 novembre 2026 ? Nous constatons plusieurs écarts entre vos relances et notre grand livre.\n\nAvec nos remerciements,\n\nService comptabilité fournisseurs\nVedettes de l’Iroise",
        note="statement of account",
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Bertrand Lemoine", "b.lemoine@lemoine-voile.example"),
        when="2026-11-27 14:05 +0100",
        client="gmail",
        service="antifoul",
        body="Bonjour,\n\nJe veux bien régler, mais vos coordonnées bancaires ne figurent ni sur la facture ni dans votre mail. Pouvez-vous m'envoyer un RIB ?\n\nMerci,\nBertrand Lemoine",
        note="bank details needed before paying",
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        sender=("Cooperativa del Mar de Barbate", "admin@coopmarbarbate.example"),
        when="2026-12-09 09:25 +0100",
        client="outlook",
        charset="iso-8859-1",
        service="haulout",
        body="Buenos días:\n\nPara poder contabilizar la factura necesitamos que la emitan a nombre de la cooperativa, con nuestro CIF F11223344, y no a nombre del patrón. Les agradeceríamos que nos enviaran la factura corregida a esta misma dirección.\n\nEl importe está conforme.\n\nUn saludo,\nRocío Márquez\nAdministración",
        note="reissue to the right legal entity with its tax number; the amount is accepted, so not a dispute",
    ),
    Reply(
        key="ir-es-no-me-ha-llegado",
        intent="invoice_request",
        lang="es",
        sender=("Javier Lasa", "javierlasa@lasaabogados.example"),
        when="2026-11-26 20:10 +0100",
        client="iphone",
        service="storage",
        body="Hola, a mí no me ha llegado ninguna factura. ¿Me la podéis reenviar? Gracias.",
    ),
    Reply(
        key="ir-nl-btw-inkoopnummer",
        intent="invoice_request",
        lang="nl",
        sender=("Crediteurenadministratie", "facturen@rederij-stormvogel.example"),
        when="2026-12-01 14:50 +0100",
        client="outlook",
        service="slipway",
        body="Geachte heer/mevrouw,\n\nWij verzoeken u de factuur opnieuw toe te sturen met vermelding van ons btw-nummer NL812334455B01 en het inkoopordernummer IO-26-0318. Zonder deze gegevens kunnen wij de factuur niet in behandeling nemen.\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nRederij Stormvogel B.V.",
        note="reissue with VAT and purchase-order numbers",
    ),
    Reply(
        key="ir-nl-specificatie",
        intent="invoice_request",
        lang="nl",
        sender=("Jeroen Smit", "penningmeester@zcdekrabbe.example"),
        when="2026-12-16 11:11 +0100",
        client="gmail",
        service="repair",
        body="Hallo,\n\nKunnen jullie een specificatie van de uren en materialen meesturen voor de reparatie aan de clubboot? Zonder uitsplitsing krijg ik het niet door de kascommissie.\n\nBedankt,\nJeroen Smit\nPenningmeester ZC De Krabbe",
        note="breakdown needed for approval; not contesting the amount",
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Amministrazione Nautica Tirreno", "amministrazione@nauticatirreno.example"),
        when="2026-12-17 10:05 +0100",
        client="outlook_html",
        service="engine",
        body="Buongiorno,\n\nnon abbiamo ricevuto la fattura elettronica tramite SDI: ci è arrivato solo il PDF allegato alla mail, che per noi non ha valore fiscale. Vi chiediamo di emetterla tramite Sistema di Interscambio con codice destinatario M5UXCR1.\n\nAppena la riceviamo la mettiamo in pagamento.\n\nCordiali saluti\n\nSilvia Greco\nAmministrazione – Nautica Tirreno S.r.l.",
        note="Italian e-invoice through SDI needed before payment",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-sold-the-boat",
        intent="wrong_contact",
        lang="en",
        sender=("Peter Lyons", "peter.lyons@lyonsveterinary.example"),
        when="2026-11-24 18:30 +0000",
        client="gmail",
        service="berth",
        body="Hi,\n\nI sold Marlin in August. The new owner, Mark Pelling, took over the mooring from 1 September and was supposed to let you know. Any invoices since then are his: mark.pelling@pellingarchitects.example\n\nRegards,\nPeter Lyons",
        facts={"new_contact": "mark.pelling@pellingarchitects.example"},
        note="boat sold; the new owner is the right contact",
    ),
    Reply(
        key="wc-en-no-longer-monitored",
        intent="wrong_contact",
        lang="en",
        sender=("Kittiwake Ferries Accounts", "accounts@kittiwakeferries.example"),
        when="2026-12-09 09:03 +0000",
        client="notice",
        rdays=0,
        subject="Automatic reply: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="slipway",
        body="This mailbox is no longer monitored.\n\nKittiwake Ferries has moved to a new finance system. Please send all invoices, statements and remittance queries to finance@kittiwakeferries.example.\n\nMessages sent to this address will not be read or forwarded.",
        facts={"new_contact": "finance@kittiwakeferries.example"},
        note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact, not auto_reply",
    ),
    Reply(
        key="wc-en-just-the-skipper",
        intent="wrong_contact",
        lang="en",
        sender=("Jake Murtagh", "skipper@sv-gannet.example"),
        when="2026-12-12 14:20 +0000",
        client="iphone",
        service="engine",
        body="Hi, I’m just the skipper, I don’t handle any of the money side. Invoices go to the charter office, not me.\nJake",
        note="not the right person; no address given",
    ),
    Reply(
        key="wc-de-kassenwart-nachfolger",
        intent="wrong_contact",
        lang="de",
        sender=("Wolfgang Ebert", "w.ebert@ebert-elektro.example"),
        when="2026-12-18 10:10 +0100",
        client="apple_html",
        service="crane",
        headers=(("Cc", "Dirk Ahlers <Kasse@SC-Steinhude.example>"),),
        body="Guten Tag,\n\nich bin seit der Jahreshauptversammlung im Oktober nicht mehr Kassenwart des Segelclubs Steinhuder Meer. Bitte richten Sie Rechnungen und Mahnungen künftig an meinen Nachfolger, Herrn Dirk Ahlers: Kasse@SC-Steinhude.example\n\nIch habe ihn in Kopie gesetzt.\n\nViele Grüße\nWolfgang Ebert",
        facts={"new_contact": "kasse@sc-steinhude.example"},
        note="address written in mixed case and copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-fr-ancienne-tresoriere",
        intent="wrong_contact",
        lang="fr",
        sender=("Annick Le Roux", "annick.leroux@leroux-immo.example"),
        when="2026-12-10 12:00 +0100",
        client="gmail",
        service="crane",
        body="Bonjour,\n\nJe ne suis plus trésorière du Club Nautique de la Baie depuis septembre. Merci d'adresser vos factures à la nouvelle trésorière : tresorerie@cnbaie.example.\n\nBonne journée,\nAnnick Le Roux",
        facts={"new_contact": "tresorerie@cnbaie.example"},
    ),
    Reply(
        key="wc-fr-adresse-plus-consultee",
        intent="wrong_contact",
        lang="fr",
        sender=("Kerbiriou Croisières", "contact@kerbiriou-croisieres.example"),
        when="2026-11-30 09:57 +0100",
        client="notice",
        rdays=0,
        subject="Re: {subject}",
        service="berth",
        body="Bonjour,\n\nCette adresse n’est plus consultée. Pour toute demande concernant Kerbiriou Croisières, merci de nous appeler au 02 98 00 41 17, du lundi au vendredi de 9 h à 12 h.\n\nCe message vous est adressé automatiquement.",
        note="automatic no-longer-read notice without Auto-Submitted and without a new address: wrong_contact, new_contact null",
    ),
    Reply(
        key="wc-es-ultima-semana",
        intent="wrong_contact",
        lang="es",
        sender=("Marta Sanz", "marta.sanz@nauticalevante.example"),
        when="2026-11-27 16:35 +0100",
        client="outlook_android",
        service="berth",
        body="Buenas tardes:\n\nEsta es mi última semana en Náutica Levante. Para temas de facturación escriban a contabilidad@nauticalevante.example, que es quien lleva ahora los pagos a proveedores.\n\nUn saludo,\nMarta Sanz",
        facts={"new_contact": "contabilidad@nauticalevante.example"},
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        sender=("Reservas Charter Baleares", "reservas@charterbaleares.example"),
        when="2026-12-07 09:40 +0100",
        client="outlook_html",
        service="berth",
        body="Buenos días:\n\nEsta dirección es solo para reservas; aquí no gestionamos pagos. Las facturas de la empresa las lleva nuestra gestoría: por favor, envíenlas a pagos@gestoriamarin.example y ellos se encargan.\n\nGracias,\nEquipo de Reservas\nCharter Baleares",
        facts={"new_contact": "pagos@gestoriamarin.example"},
    ),
    Reply(
        key="wc-nl-phishing-redirect",
        intent="wrong_contact",
        lang="nl",
        sender=("Financiële Administratie", "administratie@noorderhaven-veerdienst.example"),
        when="2026-12-15 15:55 +0100",
        client="outlook",
        service="slipway",
        rto="Veerdienst Noorderhaven <boekhouding@noorderhaven-veer.example>",
        body="Geachte relatie,\n\nIn verband met een interne audit is ons e-mailadres gewijzigd. Wij verzoeken u vriendelijk alle facturen, herinneringen en overige correspondentie met onmiddellijke ingang uitsluitend te versturen naar: crediteuren.noorderhaven@gmail.com\n\nHet oude adres wordt binnenkort opgeheven. Graag ontvangen wij per omgaande ook een overzicht van alle openstaande posten.\n\nMet vriendelijke groet,\n\nFinanciële Administratie",
        facts={"new_contact": "crediteuren.noorderhaven@gmail.com"},
        note="phishing-like: look-alike sender domain and a free-mail address; the label records the redirect the message asks for, which a person must verify before acting",
    ),
    Reply(
        key="wc-nl-schipper-kantoor",
        intent="wrong_contact",
        lang="nl",
        sender=("Klaas Dekker", "schipper@uk42-dekker.example"),
        when="2026-12-02 05:50 +0100",
        client="gmail_plain",
        service="slipway",
        body="Goedemorgen,\n\nIk ben de schipper van de UK-42, ik doe niks met de rekeningen. Die gaan naar ons kantoor: administratie@dekkervisserij.example. Stuur het daar maar heen.\n\nKlaas",
        facts={"new_contact": "administratie@dekkervisserij.example"},
    ),
    Reply(
        key="wc-it-commercialista",
        intent="wrong_contact",
        lang="it",
        sender=("Giulia Bruni", "giulia.bruni@brunidesign.example"),
        when="2026-11-25 13:10 +0100",
        client="iphone",
        service="storage",
        body="Buongiorno, non me ne occupo io: tutte le fatture della barca le gestisce il mio commercialista, dott. Ferri. Scrivete a studio.ferri@studioferri-commercialisti.example, grazie.\nGiulia Bruni",
        facts={"new_contact": "studio.ferri@studioferri-commercialisti.example"},
    ),
    Reply(
        key="wc-it-ufficio-tecnico",
        intent="wrong_contact",
        lang="it",
        sender=("Roberto Galli", "ufficiotecnico@gallitrasporti.example"),
        when="2026-12-11 11:50 +0100",
        client="outlook",
        service="engine",
        body="Buongiorno,\n\nquesto indirizzo è dell'ufficio tecnico e non gestiamo i pagamenti. Per fatture e solleciti scrivete all'ufficio amministrativo, amministrazione@gallitrasporti.example, che vi risponderà.\n\nCordiali saluti\nRoberto Galli\nUfficio tecnico – Galli Trasporti Marittimi",
        facts={"new_contact": "amministrazione@gallitrasporti.example"},
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="u-en-post-only",
        intent="unsubscribe",
        lang="en",
        sender=("Richard Vane", "r.vane@vaneconsulting.example"),
        when="2026-11-26 17:05 +0000",
        client="outlook",
        service="berth",
        body="Third one of these this month. Stop emailing me. I deal with correspondence by post only and you have my address.\n\nR. Vane",
        note="irritation; stop e-mailing, post only",
    ),
    Reply(
        key="u-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Karen Doyle", "karen.doyle@doylehomes.example"),
        when="2026-12-14 16:30 +0000",
        client="gmail",
        service="repair",
        body="This matter is now with our solicitors, Harrow & Pine, who will be in touch in due course. Please do not contact me directly about it again.\n\nKaren Doyle",
        note="'talk to our solicitors', no address: unsubscribe",
    ),
    Reply(
        key="u-en-unsubscribe-paid",
        intent="unsubscribe",
        lang="en",
        sender=("Mike Tierney", "mike@tierneyboats.example"),
        when="2026-12-18 08:05 +0000",
        client="iphone",
        service="haulout",
        body="Unsubscribe. And for the record it was paid last week.",
        note="stop request plus a payment claim: unsubscribe beats everything but bounce",
    ),
    Reply(
        key="u-de-verteiler",
        intent="unsubscribe",
        lang="de",
        sender=("Petra Lindner", "petra.lindner@gmx.de"),
        when="2026-12-02 12:45 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        service="storage",
        body="Hallo,\n\nbitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich habe mein Boot schon vor zwei Jahren verkauft und bekomme trotzdem ständig Ihre Mails.\n\nDanke\nPetra Lindner",
        note="remove-me from a former customer with no new contact: unsubscribe beats wrong_contact; bottom-posted",
    ),
    Reply(
        key="u-de-dsgvo",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Matthias Vogel", "m.vogel@vogel-partner.example"),
        when="2026-12-17 09:00 +0100",
        client="outlook_html",
        service="berth",
        body="Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Zusendungen Ihres Unternehmens. Bitte löschen Sie diese Adresse aus Ihren Systemen und bestätigen Sie mir die Löschung schriftlich.\n\nMit freundlichen Grüßen\nDr. Matthias Vogel\n\nVogel & Partner Rechtsanwälte mbB\nDiese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht.",
        note="GDPR objection to e-mail use",
    ),
    Reply(
        key="u-fr-recommande",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Luc Perrot", "jl.perrot@perrot-associes.example"),
        when="2026-12-08 20:20 +0100",
        client="apple",
        charset="windows-1252",
        service="repair",
        body="Madame, Monsieur,\n\nJe vous prie de cesser de m’envoyer ces courriels. Je conteste cette facture et vous ferai connaître ma position par lettre recommandée avec accusé de réception, seul mode de correspondance que j’accepterai désormais.\n\nJean-Luc Perrot",
        note="stop e-mailing + contest + post only: unsubscribe beats dispute",
    ),
    Reply(
        key="u-es-abogado",
        intent="unsubscribe",
        lang="es",
        sender=("Ramón Castillo", "ramon.castillo@castilloyhijos.example"),
        when="2026-11-25 11:15 +0100",
        client="outlook",
        service="slipway",
        body="Dejen de escribirme. Cualquier comunicación sobre este asunto, a través de nuestro abogado, D. Julián Ibarra.\n\nRamón Castillo",
        note="only through our lawyer, no address: unsubscribe",
    ),
    Reply(
        key="u-es-mayusculas",
        intent="unsubscribe",
        lang="es",
        sender=("Toni Ferrá", "tonif@ferracanarias.example"),
        when="2026-12-03 23:30 +0000",
        client="iphone",
        service="storage",
        body="NO QUIERO RECIBIR MÁS CORREOS SUYOS. BÓRRENME DE SU LISTA.",
        note="all caps; Canary Islands time (UTC+0)",
    ),
    Reply(
        key="u-nl-uitschrijven",
        intent="unsubscribe",
        lang="nl",
        sender=("Anouk Visser", "anouk.visser@vissercoaching.example"),
        when="2026-11-23 20:40 +0100",
        client="gmail",
        service="haulout",
        body="Graag uitschrijven. Ik krijg deze mails inmiddels elke week.\n\nAnouk",
    ),
    Reply(
        key="u-nl-alleen-per-post",
        intent="unsubscribe",
        lang="nl",
        sender=("Botterstichting Harlingen", "info@botterstichting-harlingen.example"),
        when="2026-12-08 10:30 +0100",
        client="outlook",
        service="berth",
        body="Geachte heer/mevrouw,\n\nWij ontvangen correspondentie over facturen voortaan uitsluitend per post, op ons postadres: Postbus 112, 8860 AC Harlingen. Wilt u ons e-mailadres hiervoor niet langer gebruiken?\n\nMet vriendelijke groet,\nnamens het bestuur,\nG. Hofstra, secretaris",
        note="post only",
    ),
    Reply(
        key="u-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Paola Russo", "paola.russo@russoviaggi.example"),
        when="2026-11-27 10:50 +0100",
        client="outlook_htmlonly",
        service="storage",
        body="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalle vostre liste di invio. Non desidero ricevere ulteriori comunicazioni via e-mail.\n\nGrazie\nPaola Russo",
        note="HTML-only Outlook message",
    ),
    Reply(
        key="u-it-smettetela",
        intent="unsubscribe",
        lang="it",
        sender=("Sandro", "sandro.marini@libero.it"),
        when="2026-12-13 22:15 +0100",
        client="samsung",
        service="antifoul",
        body="smettetela di scrivermi ogni due giorni, ho capito. paghero quando potro, non mandate piu mail",
        note="stop e-mailing plus a vague undated promise: unsubscribe wins; no accents",
    ),
]

AUTO_REPLY = [
    Reply(
        key="a-en-until-monday",
        intent="auto_reply",
        lang="en",
        sender=("Ciara Flynn", "ciara.flynn@flynnmarine.example"),
        when="2026-12-03 09:04 +0000",
        client="notice",
        rdays=0,
        subject="Automatic reply: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="engine",
        body="Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For anything urgent, please call the office on 021 000 1188.\n\nCiara",
        facts={"return_date": "2026-12-07"},
        note="'until Monday 7 December' → that date",
    ),
    Reply(
        key="a-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Solent Yacht Holdings Support", "support@solentyacht.example"),
        when="2026-11-24 08:51 +0000",
        client="notice_html",
        rdays=0,
        subject="[Request #88213] Re: {subject}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        service="berth",
        body="Hello,\n\nThank you for contacting Solent Yacht Holdings. Your message has been logged as request #88213 and passed to the relevant team.\n\nWe aim to respond to all enquiries within two working days. Please keep the request number in the subject line of any further correspondence.\n\nThis is an automated message – please do not reply to it.",
        note="ticket acknowledgement without Auto-Submitted; no return date",
    ),
    Reply(
        key="a-en-at-sea",
        intent="auto_reply",
        lang="en",
        sender=("Ollie Brennan", "ollie.brennan@gmail.com"),
        when="2026-11-30 08:55 +0000",
        client="notice",
        rdays=0,
        subject="Away on a delivery",
        headers=(AUTO_REPLIED,),
        service="storage",
        body="Hi,\n\nI'm at sea on a yacht delivery to Antigua with only sat-phone email, so I won't see this properly until I'm back on 14th December.\n\nCheers,\nOllie",
        facts={"return_date": "2026-12-14"},
        note="Gmail vacation responder with its own subject",
    ),
    Reply(
        key="a-de-ab-montag",
        intent="auto_reply",
        lang="de",
        sender=("Kerstin Albers", "k.albers@albers-yachtservice.example"),
        when="2026-11-30 09:51 +0100",
        client="notice",
        rdays=0,
        subject="Automatische Antwort: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="antifoul",
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin vom 30.11. bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 07.12., bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an info@albers-yachtservice.example.\n\nMit freundlichen Grüßen\nKerstin Albers",
        facts={"return_date": "2026-12-07"},
        note="'ab Montag, dem 07.12.' is the day back; a colleague address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="a-de-ticket",
        intent="auto_reply",
        lang="de",
        sender=("Service-Center Weserfähren", "service@weserfaehren.example"),
        when="2026-12-16 09:55 +0100",
        client="notice",
        rdays=0,
        charset="iso-8859-1",
        subject="[Ticket#2026121610000437] Eingangsbestätigung: {subject}",
        headers=(AUTO_GENERATED, ("X-OTRS-Loop", "true")),
        service="slipway",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer 2026121610000437 erfasst und an die zuständige Abteilung weitergeleitet.\n\nWir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Bitte haben Sie Verständnis dafür, dass dies in der Vorweihnachtszeit einige Tage dauern kann.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhr Service-Center\nWeserfähren GmbH",
        note="ticket acknowledgement (Auto-Submitted: auto-generated); no return date",
    ),
    Reply(
        key="a-fr-retour-14",
        intent="auto_reply",
        lang="fr",
        sender=("Sophie Guillou", "s.guillou@croisieres-morbihan.example"),
        when="2026-12-07 09:58 +0100",
        client="notice",
        rdays=0,
        charset="windows-1252",
        subject="Réponse automatique : {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="berth",
        body="Bonjour,\n\nJe suis absente du 7 au 11 décembre inclus. Je serai de retour le lundi 14 décembre et traiterai votre message à mon retour.\n\nPour toute urgence, vous pouvez joindre l’agence au 02 97 00 12 40.\n\nCordialement,\nSophie Guillou",
        facts={"return_date": "2026-12-14"},
        note="the stated day back wins over the absence range",
    ),
    Reply(
        key="a-fr-fermeture-annuelle",
        intent="auto_reply",
        lang="fr",
        sender=("Voiles d'Armor", "contact@voilesdarmor.example"),
        when="2026-12-18 10:12 +0100",
        client="notice",
        rdays=0,
        subject="Fermeture annuelle – Voiles d'Armor",
        service="storage",
        body="Bonjour,\n\nVoiles d’Armor est en fermeture annuelle jusqu’au 4 janvier 2027. Votre message sera traité dès la réouverture.\n\nBonnes fêtes de fin d’année à tous !\n\nL’équipe Voiles d’Armor",
        facts={"return_date": "2027-01-04"},
        note="autoresponder with no Auto-Submitted or other marker; 'jusqu'au 4 janvier' → that date itself",
    ),
    Reply(
        key="a-es-vuelvo-lunes",
        intent="auto_reply",
        lang="es",
        sender=("Lucía Navarro", "lucia@navarrocharter.example"),
        when="2026-12-09 09:55 +0100",
        client="notice",
        rdays=0,
        subject="Re: {subject}",
        headers=(AUTO_REPLIED,),
        service="berth",
        body="Hola:\n\nEstoy fuera de la oficina del 9 al 13 de diciembre y no podré consultar el correo. Vuelvo el lunes 14.\n\nPara reservas, escribid a reservas@navarrocharter.example.\n\nUn saludo,\nLucía",
        facts={"return_date": "2026-12-14"},
        note="'vuelvo el lunes 14' is the day back; the bookings address does not set new_contact",
    ),
    Reply(
        key="a-nl-tot-en-met",
        intent="auto_reply",
        lang="nl",
        sender=("Marieke Jonker", "m.jonker@jonkerjachtbouw.example"),
        when="2026-11-24 09:50 +0100",
        client="notice",
        rdays=0,
        cte="b64",
        subject="Automatisch antwoord: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="repair",
        body="Goedendag,\n\nIk ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nMarieke Jonker",
        facts={"return_date": "2026-11-30"},
        note="'tot en met' the 27th, back on the 30th: the day back",
    ),
    Reply(
        key="a-nl-ticket",
        intent="auto_reply",
        lang="nl",
        sender=("Klantenservice Texelse Botenverhuur", "klantenservice@texelboten.example"),
        when="2026-12-04 10:05 +0100",
        client="notice_html",
        rdays=0,
        subject="[#20461] Ontvangen: {subject}",
        headers=(AUTO_REPLIED,),
        service="haulout",
        body="Beste afzender,\n\nBedankt voor uw bericht. We hebben uw vraag ontvangen en er een ticket voor aangemaakt (#20461). Een van onze medewerkers neemt zo snel mogelijk contact met u op, meestal binnen drie werkdagen.\n\nMet vriendelijke groet,\nKlantenservice Texelse Botenverhuur",
        note="ticket acknowledgement; no return date",
    ),
    Reply(
        key="a-it-fino-a-mercoledi",
        intent="auto_reply",
        lang="it",
        sender=("Davide Conti", "d.conti@contiyachting.example"),
        when="2026-12-07 09:52 +0100",
        client="notice",
        rdays=0,
        subject="Risposta automatica: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
        service="engine",
        body="Gentile mittente,\n\nsarò fuori ufficio fino a mercoledì 9 dicembre, con accesso limitato alla posta. Per urgenze amministrative potete scrivere a m.rinaldi@contiyachting.example.\n\nCordiali saluti\nDavide Conti",
        facts={"return_date": "2026-12-09"},
        note="'fino a mercoledì 9 dicembre' → that date itself; a colleague address does not set new_contact",
    ),
    Reply(
        key="a-it-maternita",
        intent="auto_reply",
        lang="it",
        sender=("Federica Moretti", "f.moretti@moretticharter.example"),
        when="2026-11-26 10:20 +0100",
        client="notice",
        rdays=0,
        subject="Risposta automatica: {subject}",
        headers=(AUTO_REPLIED,),
        service="storage",
        body="Buongiorno,\n\nsono in congedo di maternità fino alla primavera del 2027. Durante la mia assenza, per questioni amministrative rivolgetevi all'ufficio: amministrazione@moretticharter.example.\n\nGrazie\nFederica Moretti",
        note="leave without a fixed return date; the office address does not set new_contact",
    ),
]

OTHER = [
    Reply(
        key="o-en-didnt-we-pay",
        intent="other",
        lang="en",
        sender=("Emma Clarke", "emma@clarkehomewares.example"),
        when="2026-12-10 14:25 +0000",
        client="thunderbird_inline",
        cte="8bit",
        service="storage",
        body="Hi,\n\n[[2]]\n\n[[3]]\n\nDidn't we pay this already? I'm fairly sure my husband did a transfer for the storage back in October, before he went away. I'll ask him when he's back.\n\nEmma",
        note="asks whether it was paid: not a payment claim, no document requested; inline under the quoted lines",
    ),
    Reply(
        key="o-en-yard-request",
        intent="other",
        lang="en",
        sender=("Dave Hurley", "dave.hurley@hurleyplumbing.example"),
        when="2026-11-23 12:40 +0000",
        client="iphone",
        service="storage",
        body="Hi lads, while I have ye, can ye put Saoirse back in on the 19th of March instead of the 1st? Going to be away the first week. Also the cover on the port side is flapping again, someone might tie it down if their passing. Cheers Dave",
        note="yard request in the reminder thread, nothing about the invoice; Hiberno-English and typos kept",
    ),
    Reply(
        key="o-en-ring-me",
        intent="other",
        lang="en",
        sender=("Gerry Ward", "gerry.ward@wardagri.example"),
        when="2026-12-15 10:10 +0000",
        client="outlook",
        service="haulout",
        body="Hello,\n\nIs this the same invoice Niall and I talked about on the phone last Monday? He said he'd look into it and come back to me and I haven't heard anything. Can someone ring me please, 086 000 3321. I'd rather sort it out on the phone.\n\nGerry Ward",
        note="call-back request about an earlier conversation",
    ),
    Reply(
        key="o-de-vorstand",
        intent="other",
        lang="de",
        sender=("Frank Petersen", "f.petersen@petersen-holzbau.example"),
        when="2026-11-24 12:30 +0100",
        client="outlook_android",
        service="crane",
        body="Danke für die Info. Ich kläre das mit unserem Vorstand und melde mich dann bei Ihnen.\n\nGruß\nFrank Petersen",
        note="acknowledgement without a commitment",
    ),
    Reply(
        key="o-de-nachlass",
        intent="other",
        lang="de",
        sender=("Christiane Wolff", "christiane.wolff@wolff-architektur.example"),
        when="2026-12-09 16:00 +0100",
        client="outlook",
        charset="iso-8859-1",
        service="berth",
        body='Sehr geehrte Damen und Herren,\n\nich schreibe Ihnen im Namen meines Vaters, Herrn Gerhard Wolff, dem die Segelyacht "Albatros" gehört. Mein Vater ist Anfang November verstorben. Ich kümmere mich gemeinsam mit meinem Bruder um den Nachlass; der Erbschein liegt aber noch nicht vor.\n\nIch wollte Sie zunächst nur informieren, damit Ihre Erinnerungen nicht ins Leere laufen. Sobald der Erbschein da ist, melde ich mich wegen des Liegeplatzes und der offenen Beträge.\n\nMit freundlichen Grüßen\nChristiane Wolff',
        note="the customer has died; a person must read it; no commitment, no request",
    ),
    Reply(
        key="o-fr-comptable",
        intent="other",
        lang="fr",
        sender=("Marc Tanguy", "marc.tanguy@tanguy-menuiserie.example"),
        when="2026-12-04 12:10 +0100",
        client="iphone_html",
        service="storage",
        body="C’est noté, je regarde ça avec mon comptable et je reviens vers vous.\nMarc",
        note="acknowledgement; no commitment",
    ),
    Reply(
        key="o-fr-capitainerie",
        intent="other",
        lang="fr",
        sender=("Delphine Aubry", "delphine.aubry@aubry-conseil.example"),
        when="2026-12-15 18:45 +0100",
        client="gmail",
        service="storage",
        body="Bonsoir,\n\nJe profite de votre mail pour vous signaler que personne ne répond jamais au numéro de la capitainerie. J'ai essayé quatre fois cette semaine pour savoir si mon bateau pouvait être remis à l'eau avant Pâques plutôt qu'en mai. Pourriez-vous transmettre ma demande au bon service ?\n\nMerci,\nDelphine Aubry",
        note="yard question in the reminder thread; nothing about the invoice",
    ),
    Reply(
        key="o-es-socio",
        intent="other",
        lang="es",
        sender=("Gonzalo Pardo", "gonzalo@pardoypardo.example"),
        when="2026-12-01 19:00 +0100",
        client="outlook_android",
        service="berth",
        body="Recibido. Lo hablo con mi socio esta semana y os digo algo.\n\nGonzalo",
        note="acknowledgement; 'os digo algo' is no commitment to pay",
    ),
    Reply(
        key="o-es-tarifas-2027",
        intent="other",
        lang="es",
        sender=("Begoña Ugarte", "begona.ugarte@ugartepesca.example"),
        when="2026-12-17 12:25 +0100",
        client="thunderbird",
        service="slipway",
        body="Hola:\n\nAprovecho para preguntar: ¿las tarifas de varadero para 2027 se mantienen? Queremos planificar ya las varadas de los tres barcos antes de la costera del bonito.\n\nUn saludo,\n\n-- \nBegoña Ugarte\nArmadora – Ugarte Pesca",
        note="price question for next year, bottom-posted; nothing about the invoice",
    ),
    Reply(
        key="o-nl-duim",
        intent="other",
        lang="nl",
        sender=("Sanne de Groot", "sanne.degroot@degrootyachting.example"),
        when="2026-11-28 10:05 +0100",
        client="iphone",
        service="haulout",
        body="Ontvangen, dank je 👍",
        note="acknowledgement only; not a payment claim",
    ),
    Reply(
        key="o-nl-ziekenhuis",
        intent="other",
        lang="nl",
        sender=("Henk Mulder", "henk.mulder@muldertransport.example"),
        when="2026-12-14 20:55 +0100",
        client="gmail",
        service="storage",
        body="Beste mensen,\n\nIk heb drie weken in het ziekenhuis gelegen en zie nu pas jullie mails. Ik kijk er volgende week naar als ik weer een beetje op de been ben.\n\nGroet,\nHenk Mulder",
        note="'ik kijk er volgende week naar' is no commitment to pay and no request",
    ),
    Reply(
        key="o-it-marito",
        intent="other",
        lang="it",
        sender=("Laura Vitale", "laura.vitale@vitaleottica.example"),
        when="2026-12-16 09:45 +0100",
        client="apple",
        service="storage",
        body="Buongiorno, ricevuto, grazie. Della barca si occupa mio marito: gli giro la mail stasera.\nLaura Vitale",
        note="acknowledgement; passing it to her husband is not a new contact",
    ),
]

REPLIES: list[Reply] = [
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
# Delivery reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------

TW_RELAY = "smtp-out.tidewater-marine.example"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder (in `lang`) sent to `rcpt` `delay` before the report."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    delay: timedelta
    service: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - self.delay).astimezone(UTC)

    @property
    def inv(self) -> str:
        return f"TW-26-{4100 + number(self.key, 'invoice', 880)}"

    @property
    def subject(self) -> str:
        return reminder_subject(self.lang, self.inv)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    @property
    def reminder_id(self) -> str:
        return f"<{b32(self.key, 'reminder', 22).lower()}@{AR_DOMAIN}>"


def reminder_message(b: Bounce) -> Message:
    """The reminder as Tidewater Marine sent it (returned inside reports)."""
    text = reminder_text(lang=b.lang, inv=b.inv, service=b.service, amount="")
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(b.subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = b.reminder_id
    move_mime_headers_last(msg)
    return msg


def returned_headers(b: Bounce) -> Message:
    block = "".join(
        f"{name}: {value}\n"
        for name, value in reminder_message(b).items()
        if name != "Content-Transfer-Encoding"
    )
    return text_part(block, subtype="rfc822-headers", charset="us-ascii", cte="8bit")


def returned_message(b: Bounce) -> Message:
    part = MIMEMessage(reminder_message(b))
    part["Content-Description"] = "Undelivered Message"
    return part


def delivery_status(
    b: Bounce, *, mta: str, diagnostic: str, remote: str = "", extra: tuple[str, ...] = ()
) -> Message:
    action = "delayed" if b.status.startswith("4") else "failed"
    per_message = [f"Reporting-MTA: dns; {mta}", *extra, f"Arrival-Date: {format_datetime(b.sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    blocks: list[Message | str] = [
        message_from_bytes(("\n".join(lines) + "\n").encode())
        for lines in (per_message, per_recipient)
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def notice_alternative(paragraphs: list[str], *, charset: str = "utf-8") -> Message:
    """A report's human-readable part as text and HTML (first paragraph as the heading)."""
    text = "\n\n".join(paragraphs) + "\n"
    head, *rest = paragraphs
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:16pt;color:#C00000"><b>{html.escape(head, quote=False)}</b></p>'
        + "".join(f"<p>{html_lines(p)}</p>" for p in rest)
        + "</body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, auto: str = "", charset: str = "utf-8"
) -> Message:
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Return-Path"] = "<>"
    msg["Received"] = received(key=b.key, host=host, when=b.dt)
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, charset=charset, name="Subject")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{b32(b.key, 'report', 24).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = auto
    return finalize(msg, key=b.key, boundary_prefix="=_report_")


def bounce_postfix(b: Bounce) -> Message:
    remote = f"mx.{b.domain}"
    human = (
        f"This is the mail system at host {TW_RELAY}.\n\n"
        "Your message could not be delivered to one or more recipients.\n"
        "The returned message is attached below.\n\n"
        "If you need help, forward this report to the Tidewater Marine IT\n"
        "desk. You can delete your own text from the attached message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.25] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    notice = text_part(human, subtype="plain", charset="us-ascii", cte="8bit")
    notice["Content-Description"] = "Notification"
    status = delivery_status(
        b,
        mta=TW_RELAY,
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote=remote,
        extra=("X-Postfix-Queue-ID: 4dR2kW0Lq7z3xNb", f"X-Postfix-Sender: rfc822; {AR_ADDR}"),
    )
    status["Content-Description"] = "Delivery report"
    msg = report(notice, status, returned_message(b))
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{TW_RELAY} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        auto="auto-replied",
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    human = notice_alternative(
        [
            "** Message not delivered yet **",
            f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 22 more hours. You'll be notified if the delivery fails permanently.",
            "The response was:",
            f"The recipient server did not accept our requests to connect. [mail.{b.domain}. 198.51.100.61: timed out]",
        ]
    )
    status = delivery_status(
        b,
        mta="googlemail.com",
        diagnostic="The recipient server did not accept our requests to connect.",
        remote=f"mail.{b.domain}",
    )
    msg = report(human, status, returned_headers(b))
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)",
        auto="auto-replied",
    )


def bounce_qmail_quota(b: Bounce) -> Message:
    host = "mail.westcork-net.example"
    copy = reminder_message(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "The user's mailbox is over the allowed quota (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice")


def bounce_exchange_de(b: Bounce) -> Message:
    server = "FR3P281MB1742.DEUP281.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = notice_alternative(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{b.rcpt.split('@')[0]} wurde bei {b.domain} nicht gefunden.",
            "So beheben Sie das Problem",
            "Die Adresse ist eventuell falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus der automatischen Vervollständigung übernommen haben, löschen Sie den Eintrag dort und geben Sie die Adresse vollständig neu ein.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}\n{b.rcpt}\nRemote-Server hat '{diag}' zurückgegeben",
        ]
    )
    msg = report(human, delivery_status(b, mta=server, diagnostic=diag), returned_headers(b))
    return finish(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Unzustellbar: {b.subject}",
        auto="auto-replied",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = "DB9PR07MB8841.eurprd07.prod.outlook.example"
    diag = "451 4.4.7 Message delayed: remote server did not respond"
    human = notice_alternative(
        [
            "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:",
            b.rcpt,
            f"Betreff: {b.subject}",
            "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.",
            "Der Server versucht noch 1 Tag und 19 Stunden lang, die Nachricht zuzustellen. Gelingt das in diesem Zeitraum nicht, erhalten Sie eine weitere Benachrichtigung.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}\n{b.rcpt}\nRemote-Server hat '{diag}' zurückgegeben",
        ]
    )
    msg = report(human, delivery_status(b, mta=server, diagnostic=diag), returned_headers(b))
    return finish(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{AR_DOMAIN}>",
        subject=f"Übermittlung verzögert: {b.subject}",
        auto="auto-replied",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    host = "mx2.armor-telecom.example"
    original = "".join(
        f"{name}: {value}\n"
        for name, value in reminder_message(b).items()
        if name in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur de messagerie {host}.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : adresse inconnue. Le serveur du destinataire a répondu :\n"
        f"    550 5.1.1 <{b.rcpt}> : boîte aux lettres inexistante\n\n"
        "Aucune nouvelle tentative ne sera effectuée. Vérifiez l'orthographe de l'adresse avant de renvoyer votre message.\n\n"
        "------ En-têtes du message d'origine ------\n"
        f"{original}"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    return finish(
        b,
        msg,
        sender=f"{encode_header('Service Messagerie Armor Télécom', charset='utf-8', name='From')} <postmaster@armor-telecom.example>",
        subject=f"Message non remis : {b.subject}",
    )


def bounce_exim_fr_delay(b: Bounce) -> Message:
    host = "mx-secours.hebergement-rance.example"
    text = (
        "Ce message a été généré automatiquement par le logiciel de distribution du courrier.\n\n"
        "Un message que vous avez envoyé n'a toujours pas pu être remis à un ou plusieurs destinataires "
        f"après plus de 24 heures d'attente sur {host}.\n\n"
        "Identifiant du message : 1vRt4K-0003Qz-8H\n"
        f"Objet du message :      {b.subject}\n"
        f"Date du message :       {format_datetime(b.sent)}\n\n"
        "Adresse non encore remise :\n\n"
        f"  {b.rcpt}\n"
        f"    Délai dépassé lors de la connexion à mail.{b.domain} [198.51.100.90] : Connection timed out\n"
        "    Code d'état : 4.4.1\n\n"
        "Aucune action n'est nécessaire de votre part pour l'instant. Le serveur poursuivra ses tentatives "
        "jusqu'à 4 jours après l'envoi ; s'il n'y parvient pas, vous recevrez un nouvel avis.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject="Avertissement : message 1vRt4K-0003Qz-8H retardé de 24 heures",
        auto="auto-replied",
    )


def bounce_sendmail_es(b: Bounce) -> Message:
    host = "relay2.costasur-net.example"
    human = (
        f"El mensaje original se recibió el {format_datetime(b.sent)}\n"
        f"desde {TW_RELAY} [203.0.113.5]\n\n"
        "   ----- Las siguientes direcciones han tenido errores fatales permanentes -----\n"
        f"<{b.rcpt}>\n"
        "    (motivo: 550 Host desconocido)\n\n"
        "   ----- Transcripción de la sesión -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host desconocido (servidor de nombres: {b.domain}: el host no existe)\n"
    )
    status = delivery_status(
        b,
        mta=host,
        diagnostic="550 5.1.2 Host unknown (Name server: host not found)",
        extra=(f"Received-From-MTA: DNS; {TW_RELAY}",),
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"), status, returned_message(b)
    )
    return finish(
        b,
        msg,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        subject="Correo devuelto: consulte la transcripción para más detalles",
        auto="auto-generated (failure)",
    )


def bounce_postfix_es_delay(b: Bounce) -> Message:
    host = "mx3.ondaazul-telecom.example"
    human = (
        f"Este es el sistema de correo del servidor {host}.\n\n"
        "AVISO: ESTO ES SOLO UNA NOTIFICACIÓN. NO ES NECESARIO VOLVER A ENVIAR EL MENSAJE.\n\n"
        "Su mensaje no se ha podido entregar en las últimas 4 horas.\n"
        "El sistema seguirá intentándolo durante 5 días.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: host mail.{b.domain}[198.51.100.130] said:\n"
        f"    450 4.2.1 <{b.rcpt}>: Mailbox temporarily disabled (in reply to RCPT TO\n"
        "    command)\n"
    )
    status = delivery_status(
        b,
        mta=host,
        diagnostic=f"450 4.2.1 <{b.rcpt}>: Mailbox temporarily disabled",
        remote=f"mail.{b.domain}",
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="8bit"), status, returned_headers(b)
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host} (Sistema de entrega de correo)",
        subject="Aviso de retraso en la entrega (se sigue intentando)",
        auto="auto-replied",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    sent_local = b.sent.astimezone(b.dt.tzinfo)
    human = notice_alternative(
        [
            "Uw bericht kon niet worden afgeleverd",
            f"Het bericht dat u op {stamp('{d} {monl} {y} om {HH}:{mm}', sent_local, 'nl')} verstuurde aan {b.rcpt}, is geweigerd door de e-mailbeveiliging van de ontvanger.",
            f"Reden: het adres bestaat niet in de adreslijst van het domein {b.domain}.\nTechnische melding: 550 5.1.1 Recipient address rejected: not found in directory",
            "Controleer het e-mailadres en verstuur uw bericht opnieuw. Neem bij twijfel telefonisch contact op met de ontvanger.",
            f"Afzender: {AR_ADDR}\nOnderwerp: {b.subject}\nReferentie: MS-7Q2K-88F1-4D0A",
            f"Dit is een automatisch bericht van MailSchild E-mailbeveiliging namens {b.domain}. U kunt op dit bericht niet antwoorden.",
        ]
    )
    return finish(
        b,
        human,
        sender="MailSchild E-mailbeveiliging <no-reply@gw1.mailschild.example>",
        subject=f"Niet afgeleverd: {b.subject}",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "PA4P190MB1126.EURP190.PROD.OUTLOOK.example"
    diag = "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00027A6C.eurprd04.prod.outlook.example]"
    human = notice_alternative(
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            f"Il sistema di posta di {b.domain} ha rifiutato il messaggio: l'indirizzo non esiste oppure non è abilitato a ricevere posta dall'esterno.",
            "Come risolvere il problema",
            "Verificare che l'indirizzo sia scritto correttamente e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il destinatario con un altro mezzo e chiedergli di segnalare il problema al proprio amministratore di posta.",
            "Informazioni di diagnostica per gli amministratori:",
            f"Server di generazione: {server}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ]
    )
    msg = report(human, delivery_status(b, mta=server, diagnostic=diag), returned_headers(b))
    return finish(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non recapitabile: {b.subject}",
        auto="auto-replied",
    )


def bounce_isp_it_delay(b: Bounce) -> Message:
    host = "smtp.tirrenonet.example"
    sent_local = b.sent.astimezone(b.dt.tzinfo)
    text = (
        f"Questo è un messaggio automatico del server {host}.\n\n"
        f"Il messaggio da Lei inviato il {stamp('{dd}/{mo}/{y} alle {HH}:{mm}', sent_local, 'it')} al seguente indirizzo:\n\n"
        f"    {b.rcpt}\n\n"
        "non è ancora stato recapitato: il server del destinatario al momento non risulta raggiungibile "
        "(errore temporaneo nella risoluzione DNS, codice 4.4.3).\n\n"
        "Non è necessario inviare di nuovo il messaggio. Il sistema effettuerà altri tentativi nei prossimi "
        "3 giorni; se la consegna non andrà a buon fine riceverà un ulteriore avviso.\n\n"
        f"Oggetto del messaggio: {b.subject}\n"
        f"Identificativo: {b.reminder_id}\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return finish(
        b,
        msg,
        sender=f"Sistema di posta Tirreno Net <mailer-daemon@{host}>",
        subject="Avviso: messaggio non ancora recapitato",
        charset="iso-8859-1",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="b-en-postfix-unknown",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="skipper@oysterhavencharters.example",
            when="2026-11-24 08:37 +0000",
            delay=timedelta(minutes=2),
            service="berth",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="b-en-gmail-delay",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="ops@bluewaterferries.example",
            when="2026-12-02 09:47 +0000",
            delay=timedelta(hours=25),
            service="slipway",
            note="Gmail delay notice: still being retried",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            key="b-en-qmail-quota",
            lang="en",
            kind="soft",
            status="5.2.2",
            rcpt="hannah.kiely@westcork-net.example",
            when="2026-12-08 08:36 +0000",
            delay=timedelta(minutes=3),
            service="storage",
            note="qmail calls it permanent, but a full mailbox is soft (corpus rule); the code is kept; plain text without MIME headers",
        ),
        bounce_qmail_quota,
    ),
    (
        Bounce(
            key="b-de-exchange-unknown",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@yachtcharter-schlei.example",
            when="2026-11-26 09:33 +0100",
            delay=timedelta(minutes=1),
            service="berth",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="b-de-exchange-delay",
            lang="de",
            kind="soft",
            status="4.4.7",
            rcpt="info@segelschule-ahoi.example",
            when="2026-12-11 14:20 +0100",
            delay=timedelta(hours=5),
            service="haulout",
            note="Exchange delay notice in German",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            key="b-fr-isp-unknown",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="armement@pecheurs-audierne.example",
            when="2026-12-04 09:40 +0100",
            delay=timedelta(minutes=4),
            service="slipway",
            note="non-standard provider notice, one text part with the original headers",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="b-fr-exim-delay",
            lang="fr",
            kind="soft",
            status="4.4.1",
            rcpt="contact@croisieres-rance.example",
            when="2026-12-15 09:52 +0100",
            delay=timedelta(hours=24, minutes=20),
            service="berth",
            note="localised Exim delay warning on a backup MX, plain text",
        ),
        bounce_exim_fr_delay,
    ),
    (
        Bounce(
            key="b-es-sendmail-host",
            lang="es",
            kind="hard",
            status="5.1.2",
            rcpt="oficina@nauticalboran.example",
            when="2026-11-30 09:44 +0100",
            delay=timedelta(minutes=3),
            service="antifoul",
            note="sendmail report with a localised human part: the recipient's domain does not exist",
        ),
        bounce_sendmail_es,
    ),
    (
        Bounce(
            key="b-es-postfix-delay",
            lang="es",
            kind="soft",
            status="4.2.1",
            rcpt="administracion@pesqueraondarroa.example",
            when="2026-12-16 13:40 +0100",
            delay=timedelta(hours=4, minutes=10),
            service="slipway",
            note="Postfix delay report with a localised human part",
        ),
        bounce_postfix_es_delay,
    ),
    (
        Bounce(
            key="b-nl-gateway-unknown",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="financien@wsv-eemmond.example",
            when="2026-12-07 09:38 +0100",
            delay=timedelta(minutes=1),
            service="crane",
            note="security-gateway notice, not RFC 3464, no Auto-Submitted",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="b-it-exchange-denied",
            lang="it",
            kind="hard",
            status="5.4.1",
            rcpt="segreteria@velamaremma.example",
            when="2026-12-03 09:35 +0100",
            delay=timedelta(minutes=1),
            service="crane",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="b-it-isp-delay",
            lang="it",
            kind="soft",
            status="4.4.3",
            rcpt="info@pescatorilivornesi.example",
            when="2026-12-10 15:05 +0100",
            delay=timedelta(hours=5, minutes=30),
            service="slipway",
            note="provider delay notice in Italian, ISO-8859-1",
        ),
        bounce_isp_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, file: str) -> Label:
    f = r.facts
    return Label(
        file=file,
        intent=r.intent,
        promised_date=f.get("promised_date"),
        paid_date=f.get("paid_date"),
        return_date=f.get("return_date"),
        payment_reference=f.get("payment_reference"),
        amount=f.get("amount"),
        currency=f.get("currency"),
        new_contact=f.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=sorted(r.refs),
        language=r.lang,
        note=r.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
    return Label(
        file=file,
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt.lower(),
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


@dataclass(frozen=True)
class Item:
    """One message to write: its key, how to build it, and how to label it under a file name."""

    key: str
    build: Callable[[], Message]
    label: Callable[[str], Label]


def reply_item(r: Reply) -> Item:
    return Item(r.key, lambda: build_reply(r), lambda file: reply_label(r, file))


def bounce_item(b: Bounce, builder: Callable[[Bounce], Message]) -> Item:
    return Item(b.key, lambda: builder(b), lambda file: bounce_label(b, file))


def all_items() -> list[Item]:
    items = [reply_item(r) for r in REPLIES] + [bounce_item(b, f) for b, f in BOUNCES]
    keys = [item.key for item in items]
    duplicates = sorted(k for k, n in Counter(keys).items() if n > 1)
    if duplicates:
        raise SystemExit(f"duplicate keys: {duplicates}")
    # a keyed shuffle: the file number says nothing about the intent
    return sorted(items, key=lambda item: digest(item.key, "order"))


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def walk_parts(part: Message, parent: str = "") -> Iterator[tuple[Message, str]]:
    yield part, parent
    for sub in subparts(part):
        yield from walk_parts(sub, part.get_content_type())


def header_problems(part: Message) -> list[str]:
    problems = []
    for name, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            problems.append(f"header {name}: {[type(d).__name__ for d in value.defects]}")
        if "=?" in str(value):
            problems.append(f"header {name} not decoded: {value!s}")
    return problems


def text_problems(part: Message, parent: str) -> list[str]:
    if part.get_content_maintype() != "text" or parent == "message/delivery-status":
        return []
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ["text part without a payload"]
    try:
        payload.decode(part.get_content_charset() or "us-ascii")
    except (UnicodeDecodeError, LookupError) as exc:
        return [f"text part not decodable: {exc}"]
    return []


def check_message(name: str, data: bytes) -> None:
    """Parse the message back as a reader would, and fail on any defect."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for part, parent in walk_parts(msg):
        problems += [f"defect {type(d).__name__}" for d in part.defects]
        problems += header_problems(part)
        problems += text_problems(part, parent)
    if problems:
        raise SystemExit(f"{name}: {problems}")


def is_day(value: str | None) -> bool:
    if value is None:
        return True
    return bool(ISO_DAY_RE.fullmatch(value)) and date.fromisoformat(value).year in {2026, 2027}


def field_owner_problems(label: Label) -> list[str]:
    owners: dict[str, set[Intent]] = {
        "promised_date": {"promise_to_pay"},
        "paid_date": {"payment_sent"},
        "return_date": {"auto_reply"},
        "payment_reference": {"payment_sent"},
        "amount": {"payment_sent", "promise_to_pay"},
        "currency": {"payment_sent", "promise_to_pay"},
        "new_contact": {"wrong_contact"},
        "bounce_kind": {"bounce"},
        "failed_recipient": {"bounce"},
        "bounce_status": {"bounce"},
    }
    values: dict[str, object] = dict(label)
    return [
        f"{key} set on {label['intent']}"
        for key, intents in owners.items()
        if values[key] is not None and label["intent"] not in intents
    ]


def value_problems(label: Label) -> list[str]:
    problems = []
    dates = (label["promised_date"], label["paid_date"], label["return_date"])
    if not all(is_day(d) for d in dates):
        problems.append(f"bad date in {dates}")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.fullmatch(label["amount"]):
        problems.append(f"bad amount {label['amount']}")
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        problems.append(f"bad new_contact {contact}")
    refs = label["invoice_refs"]
    if refs != sorted(set(refs)) or not all(INVOICE_RE.fullmatch(x) for x in refs):
        problems.append(f"bad invoice_refs {refs}")
    return problems


def bounce_problems(label: Label) -> list[str]:
    if label["intent"] != "bounce":
        return []
    status = label["bounce_status"] or ""
    soft = status.startswith("4") or status == "5.2.2"
    problems = [] if STATUS_RE.fullmatch(status) else [f"bad status {status}"]
    if label["bounce_kind"] != ("soft" if soft else "hard"):
        problems.append(f"kind {label['bounce_kind']} does not fit status {status}")
    if not label["failed_recipient"]:
        problems.append("no failed recipient")
    return problems


def check_label(label: Label) -> None:
    problems = [] if tuple(label) == LABEL_KEYS else [f"keys {tuple(label)}"]
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    problems += field_owner_problems(label) + value_problems(label) + bounce_problems(label)
    if problems:
        raise SystemExit(f"{label['file']}: {problems}")


def check_counts(labels: list[Label]) -> None:
    per_intent = Counter(x["intent"] for x in labels)
    cells = Counter((x["intent"], x["language"]) for x in labels)
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    problems = [f"{i}: {per_intent[i]}" for i in INTENTS if per_intent[i] != 12]
    problems += [f"{i}/{lang} empty" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if len(labels) != 120:
        problems.append(f"{len(labels)} messages")
    if problems:
        raise SystemExit(f"counts: {problems}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(all_items(), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.build().as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label(name)
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
