# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# The hand-written text below keeps one paragraph per line, as a mail client sends it, with the
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 132: the `h132-NNN.eml` files and `labels.jsonl`.

Every message could land in the credit-control mailbox of Ironbridge Forklift Hire after an
overdue reminder went out. The new text of each message is written by hand in this file. The
script adds only what a mail client or a mail server would add: the quoted reminder (in the
client's layout and language), headers, MIME structure, charsets and transfer encodings, and the
machine parts of delivery reports. It writes next to itself, deterministically (no clock, no
randomness beyond fixed hashes), parses every file back and checks the labels.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import cache
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout132-20310811"
PREFIX = "h132"
AR_NAME = "Ironbridge Credit Control"
AR_ADDR = "credit.control@ironbridge-forklift.example"
AR_DOMAIN = "ironbridge-forklift.example"
UK = timezone(timedelta(hours=1))  # British Summer Time
CE = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY = date(2031, 8, 11)
LAST_DAY = date(2031, 9, 5)
LANGS = ("en", "de", "fr", "es", "nl", "it")
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
LABEL_KEYS = (
    "file",
    "intent",
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
    "invoice_refs",
    "language",
    "note",
)
# Fields each intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, tuple[str, ...]] = {
    "payment_sent": ("paid_date", "payment_reference", "amount", "currency"),
    "promise_to_pay": ("promised_date", "amount", "currency"),
    "auto_reply": ("return_date",),
    "wrong_contact": ("new_contact",),
    "bounce": ("bounce_kind", "failed_recipient", "bounce_status"),
}
# How many messages of each intent each language gets (en, de, fr, es, nl, it).
EXPECTED: dict[str, tuple[int, ...]] = {
    "payment_sent": (3, 2, 2, 2, 2, 1),
    "promise_to_pay": (3, 2, 2, 2, 1, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 1, 2, 2, 2),
    "invoice_request": (3, 1, 2, 2, 2, 2),
    "wrong_contact": (3, 2, 2, 2, 2, 1),
    "unsubscribe": (3, 2, 2, 2, 1, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 1, 2, 2, 2),
    "other": (3, 1, 2, 2, 2, 2),
}

# --------------------------------------------------------------------------------------------
# Locale tables: what the clients print around the new text
# --------------------------------------------------------------------------------------------

DAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised words of an Outlook reply header block."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str
    auto_prefix: str


OUTLOOK_WORDS = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "RE: ",
        "Automatic reply: ",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
        "Automatische Antwort: ",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "RE : ",
        "Réponse automatique : ",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "RE: ",
        "Respuesta automática: ",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
        "Automatisch antwoord: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "R: ",
        "Risposta automatica: ",
    ),
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

# --------------------------------------------------------------------------------------------
# The reminder that the customers answer (what dunmail sent, per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue: invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\nAccording to our records the invoice below is now overdue:\n\n"
        "Invoice number: {inv}\nInvoice date: {issued}\nDue date: {due}\nBalance: {amount}\nDescription: {svc}\n\n"
        "If you have paid it in the last few days, thank you – please ignore this reminder. If not, please pay to the bank account shown on the invoice and quote the invoice number as your reference.\n\n"
        "If something on the invoice is not right, reply to this e-mail and we will look into it.\n\n"
        "Kind regards,\n\nCredit Control\nIronbridge Forklift Hire Ltd\nTel. 01632 960 417"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nnach unseren Unterlagen ist die folgende Rechnung noch offen:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFällig am: {due}\nOffener Betrag: {amount}\nLeistung: {svc}\n\n"
        "Sollten Sie die Zahlung in den letzten Tagen veranlasst haben, betrachten Sie diese Erinnerung bitte als gegenstandslos. Andernfalls bitten wir um Überweisung auf das in der Rechnung genannte Konto unter Angabe der Rechnungsnummer.\n\n"
        "Bei Rückfragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nForderungsmanagement\nIronbridge Forklift Hire Ltd"
    ),
    "fr": (
        "Madame, Monsieur,\n\nSauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\n"
        "N° de facture : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant dû : {amount}\nObjet : {svc}\n\n"
        "Si votre règlement a été effectué ces derniers jours, merci de ne pas tenir compte de ce message. Dans le cas contraire, nous vous remercions de procéder au virement sur le compte indiqué sur la facture, en rappelant son numéro.\n\n"
        "Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Cordialement,\n\nService Recouvrement\nIronbridge Forklift Hire Ltd"
    ),
    "es": (
        "Estimado cliente:\n\nSegún nuestros registros, la siguiente factura se encuentra vencida y pendiente de pago:\n\n"
        "N.º de factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amount}\nConcepto: {svc}\n\n"
        "Si ya ha realizado el pago en los últimos días, le rogamos que ignore este aviso. En caso contrario, le agradeceríamos que efectuara la transferencia a la cuenta indicada en la factura, indicando su número como referencia.\n\n"
        "Si hay algún problema con la factura, responda a este correo y lo revisaremos.\n\n"
        "Atentamente,\n\nDepartamento de Cobros\nIronbridge Forklift Hire Ltd"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\nVolgens onze administratie staat de onderstaande factuur nog open:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amount}\nOmschrijving: {svc}\n\n"
        "Heeft u de afgelopen dagen al betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag over te maken naar het rekeningnummer op de factuur, onder vermelding van het factuurnummer.\n\n"
        "Klopt er iets niet aan de factuur? Beantwoord dan deze e-mail, dan zoeken wij het uit.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nIronbridge Forklift Hire Ltd"
    ),
    "it": (
        "Gentile Cliente,\n\ndai nostri archivi risulta ancora insoluta la seguente fattura:\n\n"
        "Numero fattura: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amount}\nDescrizione: {svc}\n\n"
        "Se ha già provveduto al pagamento negli ultimi giorni, La preghiamo di non tenere conto del presente sollecito. In caso contrario, La invitiamo a effettuare il bonifico sul conto indicato in fattura, riportando il numero della fattura nella causale.\n\n"
        "Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nIronbridge Forklift Hire Ltd"
    ),
}
# What the invoice was for: 0 forklift, 1 reach truck, 2 pallet truck, 3 inspection, 4 training, 5 repair.
SERVICES = {
    "en": (
        "Counterbalance forklift hire (2.5 t) – monthly rental",
        "Reach truck hire – monthly rental",
        "Electric pallet truck hire – monthly rental",
        "LOLER thorough examination",
        "Forklift operator training course",
        "Breakdown call-out and repair",
    ),
    "de": (
        "Miete Frontstapler (2,5 t) – Monatsmiete",
        "Miete Schubmaststapler – Monatsmiete",
        "Miete Elektro-Hubwagen – Monatsmiete",
        "UVV-Prüfung Flurförderzeuge",
        "Staplerfahrer-Schulung",
        "Störungseinsatz und Reparatur",
    ),
    "fr": (
        "Location chariot frontal (2,5 t) – loyer mensuel",
        "Location chariot à mât rétractable – loyer mensuel",
        "Location transpalette électrique – loyer mensuel",
        "Vérification générale périodique (VGP)",
        "Formation cariste",
        "Dépannage et réparation",
    ),
    "es": (
        "Alquiler carretilla contrapesada (2,5 t) – cuota mensual",
        "Alquiler carretilla retráctil – cuota mensual",
        "Alquiler transpaleta eléctrica – cuota mensual",
        "Revisión periódica de seguridad",
        "Curso de formación de carretilleros",
        "Asistencia por avería y reparación",
    ),
    "nl": (
        "Huur heftruck (2,5 t) – maandhuur",
        "Huur reachtruck – maandhuur",
        "Huur elektrische palletwagen – maandhuur",
        "Periodieke keuring heftrucks",
        "Heftruckcursus",
        "Storingsdienst en reparatie",
    ),
    "it": (
        "Noleggio carrello elevatore frontale (2,5 t) – canone mensile",
        "Noleggio carrello retrattile – canone mensile",
        "Noleggio transpallet elettrico – canone mensile",
        "Verifica periodica attrezzature di sollevamento",
        "Corso di formazione per carrellisti",
        "Intervento di assistenza e riparazione",
    ),
}
# What a Latin-1 client makes of the characters it cannot send.
LATIN1_FALLBACK = {
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "€": "EUR",
    "\u202f": " ",
}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, so that ids and boundaries never change between runs."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def token(key: str, salt: str, length: int) -> str:
    """A stable base32 token derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `when` is local time with the sender's offset. `inv`, `amt` and `svc` describe the invoice the
    quoted reminder was about (derived from the key unless the text refers to them). `rlang` is
    the reminder's language when it differs from the reply's, `loc` the client's locale when it
    differs. `days_before` is how many working days before the reply the reminder went out (0:
    minutes before, for automatic answers).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""
    loc: str = ""
    inv: str = ""
    amt: str = ""
    cur: str = ""
    svc: int = -1
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    thread: bool = True
    bottom: bool = False
    days_before: int = 1

    @property
    def dt(self) -> datetime:
        """The Date of the message, with seconds that a clock would have added."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=number(self.key, "seconds", 60))

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or invoice_numbers()[self.key]

    @property
    def amount(self) -> str:
        if self.amt:
            return self.amt
        return f"{240 + number(self.key, 'amount', 3900)}.{number(self.key, 'cents', 20) * 5:02d}"

    @property
    def currency(self) -> str:
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(hours=1) else "EUR"

    @property
    def service(self) -> int:
        return self.svc if self.svc >= 0 else number(self.key, "service", 6)


# --------------------------------------------------------------------------------------------
# Dates, amounts and text helpers
# --------------------------------------------------------------------------------------------


def date_words(loc: str, dt: datetime) -> dict[str, str]:
    """The pieces a client uses to print a date in its locale."""
    return {
        "wds": DAYS_SHORT[loc].split()[dt.weekday()],
        "wdl": DAYS_LONG[loc].split()[dt.weekday()],
        "mons": MONTHS_SHORT[loc].split()[dt.month - 1],
        "monl": MONTHS_LONG[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_words(loc, dt), **extra)


INVOICE_DATE = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang`."""
    whole, cents = amount.split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        return f"{chr(0x202F).join(groups)},{cents}{chr(0x202F)}{symbol}"
    if lang in {"nl", "it"}:
        return f"{symbol} {'.'.join(groups)},{cents}"
    return f"{'.'.join(groups)},{cents} {symbol}"


def sendable(text: str, charset: str) -> str:
    """Generated text (the quoted reminder) as a client in `charset` would send it."""
    if charset == "iso-8859-1":
        for bad, good in LATIN1_FALLBACK.items():
            text = text.replace(bad, good)
    elif charset == "windows-1252":
        text = text.replace("\u202f", "\xa0")
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quote marks lead, lines space-stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        chunks: list[str] = []
        while len(content) > width:
            cut = content.rfind(" ", 0, width)
            if cut <= 0:
                cut = content.find(" ", width)
                if cut == -1:
                    break
            chunks.append(content[: cut + 1])
            content = content[cut + 1 :]
        chunks.append(content)
        for chunk in chunks:
            if depth:
                out.append(">" * depth + (" " + chunk if chunk else ""))
            elif chunk.startswith((" ", ">", "From ")):
                out.append(" " + chunk)
            else:
                out.append(chunk)
    return "\n".join(out)


def unflowed(text: str) -> str:
    """Undo `flowed` (used only to check what a flowed-aware reader shows)."""
    out: list[str] = []
    pending: tuple[int, str] | None = None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:].removeprefix(" ")
        if pending is not None and pending[0] == depth:
            content = pending[1] + content
        elif pending is not None:
            out.append(">" * pending[0] + (" " if pending[0] else "") + pending[1])
        pending = None
        if content.endswith(" ") and content != "-- ":
            pending = (depth, content)
            continue
        out.append(">" * depth + (" " if depth and content else "") + content)
    if pending is not None:
        out.append(">" * pending[0] + (" " if pending[0] else "") + pending[1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit or 7bit: the text goes as it is
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox, with the display name encoded as the client would."""
    if not name:
        return addr
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (and a returned message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in cast(list[Message], part.get_payload()):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPES = {
    "gmail": "000000000000{t}",
    "outlook": "_000_{t}_",
    "apple": "Apple-Mail={t}",
    "report": "{t}.1786{n}/mail",
}


def fix_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries, shaped like the ones the client or server would generate."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        t = token(key, f"boundary{n}", 24)
        part.set_boundary(BOUNDARY_SHAPES[shape].format(t=t, n=f"{number(key, 'b', 999999):06d}"))


def finalize(msg: Message, key: str, shape: str) -> Message:
    content_headers_last(msg)
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(
    lang: str, key: str, inv: str, amount: str, currency: str, svc: int, sent: datetime
) -> str:
    """The reminder's body as dunmail sent it."""
    issued = sent - timedelta(days=40 + number(key, "issued", 18))
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=fmt(INVOICE_DATE[lang], lang, issued),
        due=fmt(INVOICE_DATE[lang], lang, due),
        amount=money(amount, currency, lang),
        svc=SERVICES[lang][svc],
    )


def reminder_sent(key: str, answered: datetime, days_before: int) -> datetime:
    """When the reminder went out (UK time): a working day before, just after nine."""
    if days_before == 0:
        return (answered - timedelta(minutes=1 + number(key, "lag", 2))).astimezone(UK)
    day = answered.astimezone(UK).date()
    left = days_before
    while left:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return datetime(
        day.year,
        day.month,
        day.day,
        9,
        1 + number(key, "minute", 9),
        number(key, "sec", 60),
        tzinfo=UK,
    )


def reminder_msgid(key: str) -> str:
    return f"<dunmail.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_message(
    lang: str, key: str, to: str, inv: str, amount: str, currency: str, sent: datetime
) -> Message:
    """The reminder as a whole message (returned inside delivery reports)."""
    text = reminder_text(lang, key, inv, amount, currency, number(key, "service", 6), sent)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "dunmail"
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.key, r.dt, r.days_before)
    text = reminder_text(r.reminder_lang, r.key, r.invoice, r.amount, r.currency, r.service, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    shown = sent.astimezone(r.dt.tzinfo)
    return Quote(
        sendable(text, r.charset),
        sendable(subject, r.charset),
        shown,
        r.client_lang,
        f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1],
    )


def outlook_block(q: Quote) -> list[str]:
    w = OUTLOOK_WORDS[q.loc]
    return [
        f"{w.sender}{w.colon}{AR_NAME} <{AR_ADDR}>",
        f"{w.sent}{w.colon}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{w.to}{w.colon}{q.to}",
        f"{w.subject}{w.colon}{q.subject}",
    ]


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's Word-generated HTML, with the grey divider above the quoted header."""
    w = OUTLOOK_WORDS[q.loc]
    labels = (w.sender, w.sent, w.to, w.subject)
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(w.colon.rstrip())}</b> {html.escape(line.split(w.colon, 1)[1])}"
        for label, line in zip(labels, outlook_block(q), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_WORDS[q.loc].divider, *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: both alternatives in base64, the localised 'Get Outlook' line."""
    block = outlook_block(q)
    sig = ANDROID_SIGNATURE[q.loc]
    plain = f"{r.body}\n\n{sig}\n{'_' * 32}\n" + "\n".join(block) + f"\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(OUTLOOK_WORDS[q.loc].colon, 1)[0])}:</b> {html.escape(line.split(OUTLOOK_WORDS[q.loc].colon, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{html_lines(r.body)}</div>\n<div dir="auto"><br></div>\n'
        f'<div id="ms-outlook-mobile-signature"><div dir="auto">{html.escape(sig)}</div></div>\n'
        '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div></div>\n'
        f"<div>{html_paragraphs(q.text)}</div>\n</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = fmt(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = fmt(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = fmt(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    attr = fmt(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    quoted = quote_lines(f"{attr}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    quoted = f"{attr}\n{quote_lines(q.text)}"
    text = f"{quoted}\n\n{r.body}\n" if r.bottom else f"{r.body}\n\n{quoted}\n"
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    del q  # notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
STYLE_BOUNDARY = {"gmail": "gmail", "apple": "apple", "iphone": "apple"}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{token(r.key, 'ms', 26)}@{token(r.key, 'host', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(r.key, 'n', 99999)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject, inv=r.invoice)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_WORDS[q.loc].reply_prefix + q.subject
    return "Re: " + q.subject


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.style in OUTLOOK_FAMILY:
        extra += [
            ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    shape = STYLE_BOUNDARY.get(r.style, "outlook" if r.style in OUTLOOK_FAMILY else "report")
    return finalize(msg, r.key, shape)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gpryce.plant@gmail.com"),
        "2031-08-12 07:48 +0100",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Northgate Logistics AP", "ap-noreply@northgate-logistics.example"),
        "2031-08-14 06:15 +0100",
        "none",
        "REMITTANCE ADVICE\n\nNorthgate Logistics Group plc\nAccounts Payable Shared Service Centre\n\nSupplier:        IRONBRIDGE FORKLIFT HIRE LTD\nSupplier no.:    0041187\nPayment date:    14/08/2031\nPayment method:  BACS\nPayment ref:     NLG-PAY-5530291\n\nDocument      Your ref        Doc date       Amount GBP\n5100738812    IFH/31/00417    03/07/2031       1,512.00\n5100739020    IFH/31/00452    10/07/2031         386.40\n                              Total            1,898.40\n\nThis is an automatically generated message. Please do not reply to this mailbox. For queries contact ap.queries@northgate-logistics.example quoting your supplier number.",
        lab(
            ("IFH/31/00417", "IFH/31/00452"),
            note="AP-system remittance advice, quotes nothing; the amount is the total of both lines",
            paid_date="2031-08-14",
            payment_reference="NLG-PAY-5530291",
            amount="1898.40",
            currency="GBP",
        ),
        subject="Remittance advice NLG-PAY-5530291",
        charset="us-ascii",
        cte="7bit",
        headers=(AUTO_GENERATED, XARS),
        thread=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rob Whitlock", "rob.whitlock@hollinscrossbrewing.example"),
        "2031-08-19 16:32 +0100",
        "gmail",
        "Hi there,\n\nSorry it's taken me a while to get back to you, it's been absolute chaos here since the start of the month. The canning line has been down twice, half the team are off on holiday and the reach truck we've got from you is about the only thing in the building that has worked properly all summer, so credit where it's due. Darren was great when he came out to look at it in July as well, please pass that on.\n\nAnyway, re the invoice: I chased it with Bev in the office, who does the supplier payments on a Thursday, and she says it went out with last week's batch along with the malt and the water rates, so you should have it by now. If it hasn't turned up let me know and I'll get her to dig out the remittance.\n\nWhile I've got you, can someone give me a ring about keeping the truck into October? We'll need it for the Christmas run.\n\nCheers\nRob Whitlock\nProduction Manager\nHollins Cross Brewing Co.",
        lab(
            note="point buried in a long reply; payments go out on Thursdays and it went with last week's batch: Thu 14 Aug",
            paid_date="2031-08-14",
        ),
        svc=1,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Rheinhafen Umschlag Kreditoren", "zahlungsavis@rheinhafen-umschlag.example"),
        "2031-08-13 05:40 +0200",
        "none",
        "Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung zu Ihren Gunsten veranlasst:\n\nZahlungsempfänger:         Ironbridge Forklift Hire Ltd\nIhre Lieferantennummer:    70021455\nZahlungsbeleg:             2000318847\nZahlweg:                   SEPA-Überweisung\nBuchungsdatum:             13.08.2031\n\nBeleg-Nr.    Ihre Rechnung    Re.-Datum     Brutto      Skonto    Zahlbetrag\n5105522107   IFH/31/00388     27.06.2031    2.318,40    0,00        2.318,40\n5105522391   IFH/31/00402     01.07.2031      764,26    0,00          764,26\n\nSumme EUR                                                          3.082,66\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.\nRückfragen an: kreditoren@rheinhafen-umschlag.example",
        lab(
            ("IFH/31/00388", "IFH/31/00402"),
            note="automatic payment advice from the customer's ERP; the payment document number is the reference",
            paid_date="2031-08-13",
            payment_reference="2000318847",
            amount="3082.66",
            currency="EUR",
        ),
        subject="Zahlungsavis Nr. 2000318847",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        thread=False,
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jens Albers", "j.albers@albers-getraenke.example"),
        "2031-08-21 19:02 +0200",
        "iphone",
        "Erledigt.",
        lab(note="one word ('done') answering a payment reminder: paid; no date"),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Vasseur", "n.vasseur@materiaux-vasseur.example"),
        "2031-08-12 09:41 +0200",
        "apple",
        "Bonjour,\n\nLe règlement de la facture IFH/31/00503 (1 276,80 €) est parti par virement le vendredi 8 août. Référence de l'opération : VIR-0808-77412.\n\nJe pense que nos messages se sont croisés.\n\nCordialement,\n\nNathalie Vasseur\nComptabilité fournisseurs\nMatériaux Vasseur & Fils – Villefranche-sur-Saône",
        lab(
            ("IFH/31/00503",),
            paid_date="2031-08-08",
            payment_reference="VIR-0808-77412",
            amount="1276.80",
            currency="EUR",
        ),
        inv="IFH/31/00503",
        amt="1276.80",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Pierre-Yves Le Gall", "py.legall@entrepots-legall.example"),
        "2031-08-13 17:05 +0200",
        "thunderbird",
        "Bonjour,\n\nEuh… on ne l'a pas déjà réglée, celle-là ? J'ai sous les yeux notre relevé bancaire : virement de 642,00 € à votre ordre le 5 août, avec le numéro de facture en libellé. Vous ne l'avez pas reçu de votre côté ?\n\nBien à vous,\n\n-- \nPierre-Yves Le Gall\nGérant – Entrepôts Le Gall SARL\nZA de Kerbriant, 29200 Brest",
        lab(
            note="phrased as a question, but it states a transfer seen on the bank statement on 5 Aug",
            paid_date="2031-08-05",
            amount="642.00",
            currency="EUR",
        ),
        amt="642.00",
        cte="8bit",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Iglesias", "administracion@transportes-iglesias.example"),
        "2031-08-20 10:22 +0200",
        "gmail",
        "Hola, buenos días:\n\nLa transferencia salió ayer por la tarde: 1.950,00 €, referencia 0049-TRF-883120. Suele tardar un día hábil en llegar, así que como muy tarde mañana la tendréis en cuenta.\n\nPerdonad el retraso, agosto está siendo una locura con media plantilla de vacaciones.\n\nUn saludo,\nMarta Iglesias\nAdministración\nTransportes Iglesias Hnos., S.L.",
        lab(
            note="'ayer' from Wed 20 Aug",
            paid_date="2031-08-19",
            payment_reference="0049-TRF-883120",
            amount="1950.00",
            currency="EUR",
        ),
        amt="1950.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Paco Ruiz", "pacoruiz.obras@gmail.com"),
        "2031-08-18 21:14 +0200",
        "iphone",
        "ya esta pagado lo hizo mi mujer el jueves desde el banco",
        lab(
            note="no punctuation or accents; 'el jueves' is past: Thu 14 Aug before Mon 18 Aug",
            paid_date="2031-08-14",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Els de Wit", "crediteuren@koelhuis-maasvlakte.example"),
        "2031-08-18 14:05 +0200",
        "outlook_html",
        "Goedemiddag,\n\nFactuur IFH/31/00612 is op vrijdag 15 augustus jl. voldaan, samen met IFH/31/00598. Het totaalbedrag van € 3.140,25 is overgemaakt onder betalingskenmerk 2031-0815-004417.\n\nMocht u de betaling niet terugzien, laat het ons dan weten.\n\nMet vriendelijke groet,\n\nEls de Wit\nCrediteurenadministratie\nKoelhuis Maasvlakte B.V.",
        lab(
            ("IFH/31/00612", "IFH/31/00598"),
            note="one transfer for two invoices; the amount is the total",
            paid_date="2031-08-15",
            payment_reference="2031-0815-004417",
            amount="3140.25",
            currency="EUR",
        ),
        inv="IFH/31/00612",
        amt="2318.75",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Bram Peeters", "bram@peeters-bouwmaterialen.example"),
        "2031-08-27 08:12 +0200",
        "android",
        "Is gisteren overgeschreven, zou vandaag of morgen op jullie rekening moeten staan. Excusses voor de vertraging, we zaten met bouwverlof.\n\nKunnen jullie de factuur nog eens mailen? Onze boekhouder vindt hem niet terug en heeft hem nodig voor de btw-aangifte.\n\nBram",
        lab(
            note="Belgian Dutch ('overgeschreven', 'bouwverlof'), with a typo; paid yesterday (Wed 27 Aug) plus a copy for the bookkeeper: the copy is not a condition of paying, so the payment claim wins",
            paid_date="2031-08-26",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Ferraresi", "amministrazione@birrificio-valtrebbia.example"),
        "2031-08-25 11:30 +0200",
        "gmail_plain",
        "Buongiorno,\n\nvi confermo che stamattina abbiamo disposto il bonifico per la fattura in oggetto, importo 987,60 euro, CRO 0306911244718852.\n\nCi scusiamo per il ritardo, siamo rimasti chiusi per ferie fino a venerdì scorso.\n\nCordiali saluti\n\nGiulia Ferraresi\nUfficio amministrazione\nBirrificio Valtrebbia s.r.l.",
        lab(
            note="transfer ordered this morning; the invoice number is only in the subject, so no refs",
            paid_date="2031-08-25",
            payment_reference="0306911244718852",
            amount="987.60",
            currency="EUR",
        ),
        amt="987.60",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Karen Doyle", "purchaseledger@castlefordbm.example"),
        "2031-08-12 11:20 +0100",
        "outlook_html",
        "Hi,\n\nThanks for the reminder. IFH/31/00431 (£2,204.16) has now been approved by the branch and released for Friday's BACS run, so it should reach you early next week.\n\nKind regards,\n\nKaren Doyle\nPurchase Ledger Assistant\nCastleford Builders Merchants Ltd\nTel: 01632 960 582",
        lab(
            ("IFH/31/00431",),
            note="past tense ('approved', 'released') announcing a future payment; the date is Friday's run, not the arrival",
            promised_date="2031-08-15",
            amount="2204.16",
            currency="GBP",
        ),
        inv="IFH/31/00431",
        amt="2204.16",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Sian Hughes", "sian.hughes@valleycashandcarry.example"),
        "2031-08-20 13:47 +0100",
        "android",
        "Hi, I'm actually off this week but saw this come through on my phone. I can't get into the banking from here so I'll pay it first thing when I'm back in on Tuesday (Monday's the bank holiday). Sorry for the wait.\n\nSian",
        lab(
            note="a person writing, although the subject says 'out of office'; back on Tuesday after the 25 Aug bank holiday",
            promised_date="2031-08-26",
        ),
        subject="Out of office this week - re invoice {inv}",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Dave Marsh", "dave@marshscaffolding.example"),
        "2031-08-15 17:58 +0100",
        "gmail_plain",
        "Hi mate\n\nSorry been flat out. Money's tight till the council pays us for the school job but that's due Wednesday so I'll pay you next Thursday. You have my word on that.\n\nDave\nMarsh Scaffolding",
        lab(
            note="'next Thursday' written on a Friday: Thu 21 Aug; the reason is not a condition",
            promised_date="2031-08-21",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Heike Brandt", "h.brandt@brandt-baustoffe.example"),
        "2031-08-12 14:10 +0200",
        "outlook",
        "Guten Tag,\n\ndie Rechnung IFH/31/00541 wurde von unserer Niederlassungsleitung freigegeben und ist für den Zahllauf in KW 34 vorgemerkt.\n\nMit freundlichen Grüßen\n\nHeike Brandt\nBuchhaltung\nBrandt Baustoffe GmbH\nIndustriestraße 12 · 49078 Osnabrück",
        lab(
            ("IFH/31/00541",),
            note="'freigegeben' is past, the payment is future; a calendar week resolves to its Monday (KW 34 = 18-24 Aug)",
            promised_date="2031-08-18",
        ),
        inv="IFH/31/00541",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Tobias Reuter", "t.reuter@reuter-lagertechnik.example"),
        "2031-08-28 08:35 +0200",
        "gmail",
        "Hallo zusammen,\n\nbin erst seit Montag aus dem Urlaub zurück und arbeite noch den Stapel ab. Die Rechnung geht spätestens Mittwoch nächster Woche raus, versprochen.\n\nViele Grüße\nTobias",
        lab(
            note="'Mittwoch nächster Woche' from Thu 28 Aug: Wed 3 Sep",
            promised_date="2031-09-03",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Corinne Bastide", "compta.fournisseurs@logistique-rhodanienne.example"),
        "2031-08-13 10:02 +0200",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance du 12 août concernant la facture IFH/31/00557.\n\nCelle-ci a été validée et sera réglée par virement fin de mois, conformément à nos conditions habituelles de paiement.\n\nNous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nCorinne Bastide\nComptabilité fournisseurs\nLogistique Rhodanienne SAS",
        lab(
            ("IFH/31/00557",),
            note="'fin de mois' resolves to the last day of the month",
            promised_date="2031-08-31",
        ),
        inv="IFH/31/00557",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim.benali.transport@gmail.com"),
        "2031-09-02 20:41 +0200",
        "iphone",
        "Bonsoir, désolé pour le retard. Je fais le virement le 15, dès que mes clients m'ont payé. Karim",
        lab(note="'le 15' after 2 Sep: 15 Sep", promised_date="2031-09-15"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lorena Castro", "lcastro@almacenes-delsur.example"),
        "2031-08-21 16:15 +0200",
        "outlook",
        "Buenas tardes:\n\nLes confirmo que la factura está contabilizada y se abonará a finales de mes, junto con el resto de pagos a proveedores.\n\nDisculpen las molestias.\n\nAtentamente,\n\nLorena Castro\nDpto. de Administración\nAlmacenes del Sur, S.A.",
        lab(
            note="'a finales de mes' resolves to the last day of the month",
            promised_date="2031-08-31",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Javier Moreno", "javier@moreno-reformas.example"),
        "2031-08-28 22:03 +0200",
        "iphone",
        "perdon se me paso completamente, la pago el lunes sin falta",
        lab(note="'el lunes' from Thu 28 Aug: Mon 1 Sep", promised_date="2031-09-01"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne Kuipers", "s.kuipers@kuipers-expeditie.example"),
        "2031-08-20 09:18 +0200",
        "apple",
        "Goedemorgen,\n\nExcuses, de factuur was blijven liggen tijdens de vakantieperiode. Hij staat nu klaar en gaat over twee weken mee in onze vaste betaalrun.\n\nMet vriendelijke groet,\nSanne Kuipers\nKuipers Expeditie B.V.",
        lab(note="'over twee weken' from Wed 20 Aug: 3 Sep", promised_date="2031-09-03"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Roberto Colombo", "r.colombo@colombo-logistica.example"),
        "2031-09-03 10:40 +0200",
        "outlook",
        "Buongiorno,\n\nabbiamo ricevuto il vostro sollecito. Vi confermo che la fattura è stata inserita in distinta e provvederemo al saldo entro fine mese.\n\nDistinti saluti\n\nRoberto Colombo\nResponsabile amministrativo\nColombo Logistica S.p.A.",
        lab(
            note="'entro fine mese' resolves to the last day of the month",
            promised_date="2031-09-30",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Bernardi", "luca.bernardi@edilbernardi.example"),
        "2031-08-18 12:22 +0200",
        "android",
        "Ciao, scusate ma sono in ferie e non ho con me il token della banca. Rientro il 25 e faccio subito il bonifico.\n\nLuca",
        lab(
            note="a person on holiday, not an auto-reply; the payment is promised for the day back",
            promised_date="2031-08-25",
        ),
    ),
]

DISPUTE = [
    Reply(
        "ds-en-1",
        "dispute",
        "en",
        ("Lee Carver", "lee.carver@carverdistribution.example"),
        "2031-08-12 10:05 +0100",
        "outlook",
        "Morning,\n\nWe have NOT paid this and won't be until it's put right. The truck went off hire on 18 July – your driver collected it and I've got his signature on the collection note – but you've charged us for the whole of July. That's 13 days we didn't have it.\n\nSend me a credit note for the difference and I'll get the rest paid same day.\n\nLee Carver\nWarehouse Manager\nCarver Distribution Ltd",
        lab(
            note="negated payment with the reason: billed after the off-hire date; the offer to pay the rest is conditional"
        ),
        svc=0,
    ),
    Reply(
        "ds-en-2",
        "dispute",
        "en",
        ("Amira Haddad", "amira.haddad@kestrelfoodservice.example"),
        "2031-08-19 15:20 +0100",
        "gmail",
        "Hi,\n\nJust to split this out: IFH/31/00478 went in full on Friday, so that one's done. IFH/31/00481 though is for a LOLER exam on truck FL-2207, which we sent back to you in May, so we won't be paying that one – there's no way it was examined at our site in June.\n\nCan you have a look and cancel it?\n\nThanks,\nAmira\nAccounts Assistant, Kestrel Foodservice",
        lab(
            ("IFH/31/00478", "IFH/31/00481"),
            note="one invoice paid, the other disputed: dispute wins over the payment claim",
        ),
        inv="IFH/31/00481",
        svc=3,
    ),
    Reply(
        "ds-en-3",
        "dispute",
        "en",
        ("Mark Fenton", "mark.fenton@hallamfreight.example"),
        "2031-08-27 16:44 +0100",
        "html_only",
        "Hello,\n\nI'm querying this invoice before anyone here pays it. We booked the two-day counterbalance course for four of our operatives on 21–22 July. On day one your instructor arrived at ten past eleven, so we lost most of the morning, and on day two only the theory test got done because the truck you sent for the practical had a flat battery. Two of the lads still haven't had their certificates.\n\nI'm not paying the full course fee for a day and a half of training. Please get your training manager to call me so we can agree a reduced figure, and send the certificates.\n\nRegards,\n\nMark Fenton\nSite Operations Manager\nHallam Freight Services Ltd",
        lab(note="HTML-only message; service not delivered as booked, asks for a reduced figure"),
        svc=4,
    ),
    Reply(
        "ds-de-1",
        "dispute",
        "de",
        ("Carsten Vogel", "c.vogel@vogel-logistik.example"),
        "2031-08-14 11:35 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie mit der o. g. Rechnung berechneten Reparaturkosten für die beschädigte Gabelzinke (Position 2, 486,00 EUR) erkennen wir nicht an. Der Schaden war bereits bei der Anlieferung vorhanden und ist im Übergabeprotokoll vom 02.06.2031 vermerkt, das Ihr Fahrer mit unterschrieben hat.\n\nDen unstrittigen Teilbetrag von 1.120,00 EUR haben wir heute überwiesen. Bitte senden Sie uns über den Restbetrag eine Gutschrift.\n\nMit freundlichen Grüßen\n\nCarsten Vogel\nLeiter Lager und Versand\nVogel Logistik GmbH",
        lab(
            note="undisputed part paid today, one line disputed: dispute wins over the payment claim"
        ),
        amt="1606.00",
        svc=0,
        charset="iso-8859-1",
    ),
    Reply(
        "ds-de-2",
        "dispute",
        "de",
        ("Anja Lorenz", "anja.lorenz@brauerei-lorenz.example"),
        "2031-08-22 09:12 +0200",
        "thunderbird",
        "Hallo,\n\ndie Rechnung IFH/31/00529 ist doppelt: Die UVV-Prüfung für unsere beiden Stapler wurde uns schon mit IFH/31/00502 berechnet, und die ist längst bezahlt. Bitte stornieren.\n\nGruß aus der Brauerei\nAnja Lorenz",
        lab(
            ("IFH/31/00529", "IFH/31/00502"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="IFH/31/00529",
        svc=3,
        cte="8bit",
    ),
    Reply(
        "ds-fr-1",
        "dispute",
        "fr",
        ("Julien Marchand", "j.marchand@marchand-negoce.example"),
        "2031-08-18 14:30 +0200",
        "gmail",
        "Bonjour,\n\nLe tarif convenu pour le transpalette électrique était de 380 € HT par mois, pas 460 € comme sur votre facture. C'est écrit noir sur blanc dans le devis signé en mars (je peux vous le renvoyer si besoin).\n\nMerci de nous envoyer une facture rectifiée ; nous réglerons à réception.\n\nJulien Marchand\nMarchand Négoce Matériaux",
        lab(
            note="price disagreement with the quote; the corrected invoice and the payment depend on it"
        ),
        amt="552.00",
        svc=2,
    ),
    Reply(
        "ds-fr-2",
        "dispute",
        "fr",
        ("Sébastien Roux", "seb.roux@roux-demenagements.example"),
        "2031-08-25 07:55 +0200",
        "iphone",
        "NON. Le chariot est tombé en panne au bout de trois jours et votre technicien n'est venu qu'une semaine après. On ne paiera pas un mois de location pour une machine qui est restée à l'arrêt la moitié du temps.\n\nSéb",
        lab(note="angry, partly in capitals; breakdown and slow repair"),
        svc=0,
    ),
    Reply(
        "ds-es-1",
        "dispute",
        "es",
        ("Óscar Ferrer", "oscar.ferrer@ferrer-logistica.example"),
        "2031-08-13 12:48 +0200",
        "android",
        "No vamos a pagar esta factura hasta que nos abonéis los días que la carretilla estuvo parada. Estuvo averiada del 7 al 16 de julio, tenemos los partes firmados por vuestro técnico.\n\nÓscar Ferrer\nJefe de almacén",
        lab(note="negated payment with the reason: downtime not credited"),
        svc=0,
    ),
    Reply(
        "ds-nl-1",
        "dispute",
        "nl",
        ("Wouter Jansen", "w.jansen@jansen-distributie.example"),
        "2031-08-15 15:25 +0200",
        "outlook",
        "Goedemiddag,\n\nWij hebben deze factuur bewust niet betaald. Bij het afsluiten van het huurcontract voor 12 maanden is afgesproken dat de jaarlijkse keuring inbegrepen zou zijn. Dat staat ook in de offerte van uw collega Ryan van 4 februari.\n\nGraag ontvangen wij een creditnota.\n\nMet vriendelijke groet,\n\nWouter Jansen\nJansen Distributie B.V.",
        lab(note="not paid on purpose: the inspection was included in the contract"),
        svc=3,
        charset="iso-8859-1",
    ),
    Reply(
        "ds-nl-2",
        "dispute",
        "nl",
        ("Fenna Bakker", "fenna@bakker-versgroothandel.example"),
        "2031-09-01 10:10 +0200",
        "gmail_plain",
        "Hoi,\n\nWaar is deze factuur voor? We hebben in juli helemaal niets van jullie gehuurd, de palletwagen is eind juni teruggegaan en toen is alles afgerekend. Dit klopt dus niet.\n\nFenna Bakker\nBakker Versgroothandel",
        lab(
            note="opens like 'what is this for', but denies the service: dispute; Dutch reply to an English reminder"
        ),
        rlang="en",
        svc=2,
    ),
    Reply(
        "ds-it-1",
        "dispute",
        "it",
        ("Marina Greco", "m.greco@grecotrasporti.example"),
        "2031-08-26 15:50 +0200",
        "outlook_html",
        "Spett.le Ironbridge Forklift Hire,\n\ncon riferimento al Vostro sollecito, contestiamo formalmente la fattura n. IFH/31/00588. Il corso di formazione per carrellisti previsto per il 14 luglio è stato annullato da Voi il giorno stesso e non è mai stato recuperato, nonostante le nostre ripetute richieste.\n\nVi chiediamo pertanto l'annullamento della fattura mediante nota di credito.\n\nDistinti saluti\n\nMarina Greco\nUfficio Amministrazione\nGreco Trasporti S.r.l.",
        lab(
            ("IFH/31/00588",),
            note="very formal; course cancelled by the supplier, credit note asked",
        ),
        inv="IFH/31/00588",
        svc=4,
    ),
    Reply(
        "ds-it-2",
        "dispute",
        "it",
        ("Fabio Marini", "fabio.marini@marini-ingrosso.example"),
        "2031-09-04 18:20 +0200",
        "gmail",
        "Ciao,\n\nho controllato la fattura con il contaore del retrattile: voi fatturate 212 ore di utilizzo extra, ma il contaore alla riconsegna segnava 1.846 ore e alla consegna 1.702, quindi sono 144. La differenza non la paghiamo.\n\nFatemi sapere\nFabio",
        lab(
            note="hour-meter disagreement; only the difference is refused, which is still a dispute"
        ),
        svc=1,
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Gemma Holt", "gemma@holtpalletcarriers.example"),
        "2031-08-13 21:30 +0100",
        "gmail",
        "Hi,\n\nI'll be honest with you, it's been a rough few months. I lost my biggest contract in June and I'm only just keeping the wagon on the road. I can't clear £2,940 in one go.\n\nWould you accept £500 a month by standing order from the 1st of September until it's cleared? I'm not trying to dodge it, I just need a bit of breathing space.\n\nThanks,\nGemma Holt\nHolt Pallet Carriers",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        amt="2940.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Steve Barlow", "accounts@barlowtimber.example"),
        "2031-08-26 10:55 +0100",
        "outlook",
        "Hi,\n\nWe've sent £1,000 across this morning and will clear the balance of £1,215.30 by the end of the month, once a couple of our own customers have paid up. Hope that's OK.\n\nRegards\nSteve Barlow\nBarlow Timber & Sheet Materials",
        lab(note="part paid now, the rest later: payment_plan, not payment_sent"),
        amt="2215.30",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Priya Raman", "creditor.payments@westmoor-council.example"),
        "2031-08-21 11:05 +0100",
        "outlook_html",
        "Dear Credit Control,\n\nI am writing on behalf of Westmoor District Council regarding the above invoice for equipment hire at our Highways Depot.\n\nThe Council moved to a new finance system on 1 August and supplier payments have been delayed while the migration is completed. I would be grateful if you could allow us an additional 30 days to settle this invoice. We expect normal payment runs to resume in September.\n\nPlease accept our apologies for the inconvenience.\n\nYours faithfully,\n\nPriya Raman\nCreditor Payments Officer\nFinance and Resources\nWestmoor District Council",
        lab(note="a public body asks for more time: payment_plan"),
        headers=(XARS,),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Matthias Wendt", "m.wendt@wendt-hallenbau.example"),
        "2031-08-19 13:45 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines Forderungsausfalls bei einem unserer Großkunden ist unsere Liquidität derzeit angespannt. Wir möchten Ihnen daher vorschlagen, den offenen Betrag von 4.860,00 € in drei Monatsraten zu je 1.620,00 € zu begleichen, jeweils zum 15. eines Monats, beginnend am 15.09.2031.\n\nÜber eine kurze Bestätigung würden wir uns freuen.\n\nMit freundlichen Grüßen\n\nMatthias Wendt\nGeschäftsführer\nWendt Hallenbau GmbH",
        lab(note="three monthly instalments; the first instalment date is not a promised date"),
        amt="4860.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Ute Schäfer", "ute.schaefer@schaefer-moebellager.example"),
        "2031-08-29 17:10 +0200",
        "apple",
        "Hallo,\n\nkönnten Sie uns bis Ende September Zeit geben? Wir hatten Anfang des Monats einen Wasserschaden in der Halle, der Betrieb steht teilweise still und die Versicherung zahlt erst, wenn der Gutachter da war.\n\nDanke für Ihr Verständnis!\nUte Schäfer",
        lab(note="asks for more time because of hardship: payment_plan, not a promise"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Hélène Garnier", "h.garnier@garnier-btp.example"),
        "2031-08-20 09:50 +0200",
        "outlook",
        "Bonjour,\n\nSuite à votre relance, serait-il possible d'échelonner le règlement de cette facture en trois mensualités (septembre, octobre, novembre) ? Nous traversons une période difficile depuis l'arrêt d'un gros chantier cet été.\n\nDans l'attente de votre retour,\n\nHélène Garnier\nGarnier BTP",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rosa Delgado", "rdelgado@delgado-materiales.example"),
        "2031-08-14 13:02 +0200",
        "gmail_plain",
        "Hola,\n\n¿Sería posible pagar la factura en dos plazos? Podríamos hacer la mitad ahora y la otra mitad a mediados de septiembre, cuando cobremos la obra de Alcalá.\n\nQuedo a la espera.\n\nRosa Delgado\nDelgado Materiales de Construcción",
        lab(note="two instalments proposed; the first half is offered, not sent"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Toni Serrano", "toni.serrano.transportes@gmail.com"),
        "2031-08-30 10:40 +0200",
        "iphone",
        "ahora mismo no llego a pagarlo todo. te hago 300 esta semana y el resto en octubre vale? es que agosto ha sido malisimo",
        lab(note="mobile, no capitals or accents; part now, the rest in October"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Dennis Mulder", "d.mulder@mulder-transport.example"),
        "2031-08-25 10:30 +0200",
        "outlook_html",
        "Goedemorgen,\n\nWij zouden graag een betalingsregeling treffen voor het openstaande bedrag. Ons voorstel is € 600 per maand gedurende zes maanden, met een eerste termijn op 1 september.\n\nKunt u laten weten of dit akkoord is?\n\nMet vriendelijke groet,\n\nDennis Mulder\nMulder Transport & Opslag",
        lab(),
        amt="3600.00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Joost van Dijk", "joost@vandijk-bouw.example"),
        "2031-08-13 18:22 +0200",
        "thunderbird",
        "Beste,\n\nVanwege de bouwvak ligt ons werk nog stil tot 25 augustus en komt er even niets binnen. Zouden we de factuur in twee delen mogen betalen: de helft eind augustus en de rest eind september?\n\nGroet,\nJoost van Dijk\nVan Dijk Bouw",
        lab(note="bottom-posted below the quoted reminder; two halves proposed"),
        charset="iso-8859-1",
        bottom=True,
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paolo Rinaldi", "p.rinaldi@rinaldi-costruzioni.example"),
        "2031-08-27 11:15 +0200",
        "outlook",
        "Buongiorno,\n\nin riferimento al sollecito, Vi chiediamo cortesemente una dilazione di 60 giorni sul pagamento della fattura. Il cantiere di Pavia è fermo da luglio per un contenzioso con il committente e al momento non abbiamo incassi.\n\nRestiamo a disposizione per concordare le modalità.\n\nCordiali saluti\nPaolo Rinaldi\nRinaldi Costruzioni S.r.l.",
        lab(
            note="asks for 60 more days: payment_plan; the dispute is with their own client, not with the invoice"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Simone Galli", "simone.galli@galli-traslochi.example"),
        "2031-09-05 08:40 +0200",
        "android",
        "Buongiorno, riesco a fare 500 euro adesso e il resto in due rate a ottobre e novembre, va bene? Grazie\n\nSimone",
        lab(note="part now plus two instalments, offered as a question"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Joanne Pike", "ap.invoices@tarrantretail.example"),
        "2031-08-11 15:40 +0100",
        "outlook_html",
        "Good afternoon,\n\nWe are unable to process IFH/31/00409 as it does not quote a valid purchase order number. Our system automatically rejects supplier invoices without one.\n\nOnce you reissue the invoice with PO 4500187723 on it and send it to this mailbox, it will go into the next payment run.\n\nKind regards,\n\nJoanne Pike\nAccounts Payable\nTarrant Retail Group plc\n\nThis mailbox is monitored Monday to Friday, 9am–5pm.",
        lab(
            ("IFH/31/00409",),
            note="payment conditional on a reissued invoice with a PO; the amount is not contested",
        ),
        inv="IFH/31/00409",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Nicky Shaw", "nicky@shawsgardencentre.example"),
        "2031-08-16 09:12 +0100",
        "iphone",
        "Hi what is this actually for? We had a pallet truck off you back in the spring but I thought that was all paid. Can you send me a breakdwon of what it covers please\n\nNicky",
        lab(
            note="asks what the charge covers and for a breakdown, without contesting it; typo kept"
        ),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Tom Ellery", "tom.ellery@harrowgate-borough.example"),
        "2031-09-02 14:30 +0100",
        "gmail",
        "Hello,\n\nThe depot team have passed me your reminder. I can see the invoice but I can't pay it yet: Ironbridge isn't set up as a supplier on our system, and before we can add you we need a completed new supplier form and a letter on your headed paper confirming your bank details. I'll send the form over separately.\n\nOnce both are back with us, payment is usually made within 10 working days.\n\nBest wishes,\n\nTom Ellery\nFinance Officer (Payables)\nHarrowgate Borough Council",
        lab(note="public body needs supplier set-up and bank details on letterhead before paying"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Hoffmann", "p.hoffmann@hoffmann-spedition.example"),
        "2031-08-18 10:48 +0200",
        "outlook",
        "Guten Tag,\n\nuns liegt zur Rechnung IFH/31/00664 nur Ihre Zahlungserinnerung vor, die Rechnung selbst ist hier nie eingegangen. Außerdem benötigen wir für die Freigabe den vom Werkstattmeister abgezeichneten Servicebericht zum Reparatureinsatz.\n\nBitte senden Sie uns beides als PDF, dann geben wir die Zahlung umgehend frei.\n\nFreundliche Grüße\nPetra Hoffmann\nRechnungsprüfung\nHoffmann Spedition GmbH & Co. KG",
        lab(
            ("IFH/31/00664",),
            note="invoice never received and a signed service report needed before release",
        ),
        inv="IFH/31/00664",
        svc=5,
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@fontaine-distribution.example"),
        "2031-08-14 11:25 +0200",
        "gmail",
        "Bonjour,\n\nPourriez-vous m'envoyer un relevé de compte à jour ? Nous avons plusieurs factures ouvertes chez vous (location, VGP, dépannage) et je n'arrive pas à faire le rapprochement avec nos paiements de juillet.\n\nMerci d'avance,\nAurélie Fontaine\nFontaine Distribution",
        lab(note="statement of account requested"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Service des finances", "finances@mairie-saintaubin.example"),
        "2031-08-21 14:05 +0200",
        "outlook_html",
        "Madame, Monsieur,\n\nNous ne pouvons pas donner suite à votre relance : la facture IFH/31/00581 ne nous est jamais parvenue par le portail Chorus Pro, seul canal accepté pour les factures adressées aux collectivités publiques.\n\nNous vous remercions de la déposer sur Chorus Pro en mentionnant notre numéro d'engagement juridique 2031-EJ-000781 et le code service TECH-VOIRIE. Le mandatement interviendra dans le délai global de paiement de 30 jours à compter de sa réception.\n\nCordialement,\n\nLe service des finances\nMairie de Saint-Aubin-sur-Loire",
        lab(
            ("IFH/31/00581",),
            note="public body: the invoice must be filed through the e-invoicing portal before it can be paid",
        ),
        inv="IFH/31/00581",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Vidal", "cvidal@vidal-ceramica.example"),
        "2031-08-12 12:20 +0200",
        "outlook",
        "Buenos días:\n\nNo podemos contabilizar la factura porque figura a nombre de Cerámicas Vidal, S.L., con el CIF antiguo. Desde enero la sociedad es Vidal Cerámica Industrial, S.L., CIF B-87412093.\n\nPor favor, emitan una nueva factura con los datos correctos y la pagamos en cuanto la recibamos.\n\nUn saludo,\nCarmen Vidal\nContabilidad",
        lab(note="reissue with the new company name and tax id; amount not contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Raúl Navarro", "raul@cerveceria-lacomarca.example"),
        "2031-08-23 11:45 +0200",
        "iphone",
        "Hola, no me ha llegado ninguna factura vuestra, solo este aviso. Me la podeis mandar? Gracias",
        lab(note="never got the invoice, only the reminder"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Lotte Visser", "lotte.visser@visser-tuinhout.example"),
        "2031-08-19 14:55 +0200",
        "gmail_plain",
        "Hallo,\n\nKunnen jullie een kopie van de factuur sturen, samen met het keuringsrapport van de heftrucks? Zonder rapport keurt onze controller de factuur niet goed en blijft hij hangen.\n\nBedankt!\nLotte Visser\nVisser Tuinhout B.V.",
        lab(note="copy of the invoice and the inspection report needed for approval"),
        svc=3,
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Erik Smit", "e.smit@smit-havenlogistiek.example"),
        "2031-09-04 09:30 +0200",
        "outlook_html",
        "Goedemorgen,\n\nOp uw factuur staat een ander IBAN dan het rekeningnummer dat bij ons in de administratie staat. Gezien de vele fraudegevallen betalen wij pas als u telefonisch of per brief op briefpapier bevestigt welk rekeningnummer juist is.\n\nZodra we die bevestiging hebben, wordt de factuur direct voldaan.\n\nMet vriendelijke groet,\n\nErik Smit\nFinanciële administratie\nSmit Havenlogistiek B.V.",
        lab(note="bank details must be confirmed before paying: invoice_request"),
        charset="windows-1252",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Comune di Borgo Valsesia – Ragioneria",
            "ragioneria@comune-borgovalsesia.example",
        ),
        "2031-08-28 12:10 +0200",
        "html_only",
        "Spett.le Ditta,\n\nin riscontro al Vostro sollecito, si comunica che la fattura n. IFH/31/00602 non può essere liquidata in quanto priva del codice CIG e del riferimento alla determina di impegno, obbligatori per i pagamenti della Pubblica Amministrazione.\n\nSi invita pertanto a trasmettere una nuova fattura riportante il CIG Z8C3F1A2B4 e la determina n. 212/2031. Il pagamento avverrà nei termini di legge dal ricevimento.\n\nDistinti saluti\n\nIl Responsabile del Servizio Finanziario\nComune di Borgo Valsesia",
        lab(
            ("IFH/31/00602",),
            note="HTML-only; public body needs a reissued invoice with its tender code",
        ),
        inv="IFH/31/00602",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Chiara Fontana", "chiara.fontana@fontana-magazzini.example"),
        "2031-09-01 09:05 +0200",
        "gmail_plain",
        "Buongiorno,\n\npotete mandarmi copia della fattura e del DDT di consegna del transpallet? Non li trovo da nessuna parte, credo siano andati persi durante le ferie.\n\nGrazie mille\nChiara",
        lab(note="copy of the invoice and the delivery note"),
        svc=2,
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Hannah Cole", "hannahcole84@gmail.com"),
        "2031-08-11 19:20 +0100",
        "gmail_plain",
        "Hi,\n\nThis has come to my personal email – I left Brackenfield Storage at the end of June, so I can't help with it. Their accounts team are on accounts.payable@brackenfield-storage.example.\n\nHannah",
        lab(
            note="former employee's private address",
            new_contact="accounts.payable@brackenfield-storage.example",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Fiona Marsh", "f.marsh@pellowtransport.example"),
        "2031-08-22 16:58 +0100",
        "outlook",
        "Dear Sir/Madam,\n\nPlease be advised that with immediate effect all correspondence regarding our account, including statements and reminders, should be sent to our new remittance address: pellowtransport.remit@gmail.com\n\nThe address you have written to is being decommissioned as part of a system upgrade and will no longer be monitored. Kindly update your records and confirm once done.\n\nRegards,\nFiona Marsh\nFinance Department\nPellow Transport Ltd",
        lab(
            note="reads like a redirection scam (free-mail address, urgency, 'confirm once done'); the intent is still a change of contact, which a person must verify before using it",
            new_contact="pellowtransport.remit@gmail.com",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Grace Adeyemi", "grace.adeyemi@okafor-distribution.example"),
        "2031-08-28 12:35 +0100",
        "outlook_html",
        "Good afternoon,\n\nI'm Mr Okafor's PA and this reminder has been sent to his address. He doesn't handle supplier payments – could you please direct this and any future correspondence to our Financial Controller, Ruth Benning (Ruth.Benning@Okafor-Distribution.example), whom I've copied in.\n\nMany thanks,\n\nGrace Adeyemi\nPA to the Managing Director\nOkafor Distribution Ltd",
        lab(
            note="an assistant redirects; the address is written in mixed case and copied in Cc (labelled in lower case)",
            new_contact="ruth.benning@okafor-distribution.example",
        ),
        headers=(("Cc", "Ruth Benning <Ruth.Benning@Okafor-Distribution.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Stefan Krüger", "s.krueger@nordlicht-logistik.example"),
        "2031-08-15 09:40 +0200",
        "outlook_html",
        "Guten Morgen,\n\ndie Niederlassung Bremen ist für Kreditorenanfragen nicht zuständig. Sämtliche Eingangsrechnungen und Mahnungen werden zentral in Hamburg bearbeitet. Bitte richten Sie diese und künftige Zahlungserinnerungen an kreditoren@nordlicht-logistik.example.\n\nMit freundlichen Grüßen\nStefan Krüger\nNiederlassungsleiter Bremen\nNordlicht Logistik GmbH",
        lab(
            note="branch redirects to head-office payables",
            new_contact="kreditoren@nordlicht-logistik.example",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Monika Weber", "monika.weber.hh@gmail.com"),
        "2031-08-24 10:05 +0200",
        "iphone",
        "Sie haben die falsche Adresse. Ich bin Privatperson und habe noch nie einen Gabelstapler gemietet.",
        lab(note="not a customer at all; no new address"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Gérard Lefèvre", "gerard.lefevre@transports-lefevre.example"),
        "2031-08-19 18:10 +0200",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité de l'entreprise depuis mon départ à la retraite en juin ; c'est mon fils qui a repris. Merci d'écrire désormais à compta@transports-lefevre.example.\n\nBien cordialement,\nGérard Lefèvre",
        lab(new_contact="compta@transports-lefevre.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Claire Dubois", "claire.dubois@brasserie-du-canal.example"),
        "2031-09-03 16:20 +0200",
        "apple",
        "Bonjour,\n\nCe n'est pas la bonne adresse pour les factures : notre comptabilité est externalisée chez le cabinet Morel & Associés. Merci d'adresser vos relances à factures@morel-associes.example, ils s'occupent des règlements.\n\nBonne journée,\nClaire Dubois\nBrasserie du Canal",
        lab(
            note="outsourced bookkeeping firm named as the contact",
            new_contact="factures@morel-associes.example",
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Beatriz Soler", "recepcion@grupo-ortega-logistica.example"),
        "2031-08-12 10:35 +0200",
        "outlook",
        "Buenos días:\n\nLe informo de que el Sr. Ortega ya no forma parte de la empresa. Para cualquier tema de facturación, por favor diríjanse a contabilidad@grupo-ortega-logistica.example.\n\nUn saludo,\nBeatriz Soler\nRecepción",
        lab(new_contact="contabilidad@grupo-ortega-logistica.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Diego Campos", "diego.campos@almacenes-campos.example"),
        "2031-08-27 13:15 +0200",
        "android",
        "Hola, creo que os habéis equivocado de persona, yo soy el jefe de almacén y no llevo los pagos. Quien lo lleva es Lucía Méndez, lucia.mendez@almacenes-campos.example\n\nDiego",
        lab(new_contact="lucia.mendez@almacenes-campos.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ingrid Hendriks", "info@vdberg-logistics.example"),
        "2031-08-14 11:00 +0200",
        "outlook",
        "Goedemorgen,\n\nDit is ons algemene infoadres; facturen en aanmaningen worden hier niet verwerkt. Wilt u deze en toekomstige herinneringen sturen naar crediteuren@vdberg-logistics.example?\n\nMet vriendelijke groet,\nIngrid Hendriks\nReceptie",
        lab(
            note="general mailbox redirects to payables",
            new_contact="crediteuren@vdberg-logistics.example",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Koen Claes", "koen.claes@bakkerij-claes.example"),
        "2031-09-02 07:15 +0200",
        "gmail_plain",
        "Goedemorgen,\n\nIk denk dat u zich vergist van adres. Ik ben zaakvoerder van een bakkerij in Lokeren en heb nooit iets bij jullie gehuurd of gekocht.\n\nKoen Claes",
        lab(note="wrong recipient altogether (Belgian Dutch); no new address"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandro Ricci", "a.ricci@ricci-impianti.example"),
        "2031-08-20 14:40 +0200",
        "outlook_html",
        "Buongiorno,\n\nvi segnalo che questo è l'indirizzo dell'ufficio tecnico. Per la contabilità fornitori dovete scrivere a fornitori@ricci-impianti.example, che gestisce i pagamenti.\n\nCordiali saluti\nAlessandro Ricci\nUfficio Tecnico – Ricci Impianti S.r.l.",
        lab(new_contact="fornitori@ricci-impianti.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Kev Dunn", "kevdunn.haulage@gmail.com"),
        "2031-08-26 18:45 +0100",
        "iphone",
        "You'll get your money on the 29th like I told your colleague on the phone. Now stop emailing me every other day, it's harassment.\n\nKev",
        lab(note="a promise (the 29th) plus a stop request: unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Catherine Ashworth", "c.ashworth@ashworthlyle-law.example"),
        "2031-08-20 12:30 +0100",
        "outlook_html",
        "Dear Sirs\n\nOur client: Dunmore Plant & Storage Ltd\n\nWe act for the above-named company in relation to the account referred to in your e-mail below.\n\nPlease direct all further correspondence concerning this matter to us, in writing, at our office address (Ashworth Lyle LLP, 14 Chancery Court, Leeds), quoting reference CA/DUN/2207. Please do not contact our client directly.\n\nYours faithfully\n\nCatherine Ashworth\nPartner\nAshworth Lyle LLP",
        lab(
            note="solicitors: correspondence in writing to the firm only → unsubscribe (talk to our lawyer, post only)"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Ray Bolton", "raybolton1962@gmail.com"),
        "2031-08-13 08:02 +0100",
        "gmail_plain",
        "STOP SENDING ME THESE. THE TRUCK WENT BACK IN MAY AND I PAID EVERY PENNY. THIS IS THE FOURTH ONE.",
        lab(note="all caps; a stop request with a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Klaus Wiegand", "k.wiegand@wiegand-kuehllogistik.example"),
        "2031-08-19 16:10 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir widersprechen hiermit der Zusendung von Zahlungserinnerungen per E-Mail an diese Adresse. Schriftverkehr zu offenen Posten richten Sie bitte ausschließlich per Post an unsere Geschäftsanschrift.\n\nMit freundlichen Grüßen\n\nDr. Klaus Wiegand\nGeschäftsführung\nWiegand Kühllogistik GmbH",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("RAin Jana Falk", "falk@kanzlei-falk-partner.example"),
        "2031-09-01 11:25 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass uns die Firma Heller Lagertechnik e. K. mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat; eine ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.\n\nWir bitten Sie, jede weitere unmittelbare Kontaktaufnahme mit unserer Mandantin zu unterlassen und Ihre Korrespondenz in dieser Angelegenheit ausschließlich an unsere Kanzlei zu richten.\n\nMit freundlichen Grüßen\n\nJana Falk\nRechtsanwältin\nFalk & Partner Rechtsanwälte mbB",
        lab(note="the customer's lawyer writes: talk to our lawyer → unsubscribe, no new_contact"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Thierry Morin", "thierry.morin@morin-transports.example"),
        "2031-08-22 19:30 +0200",
        "iphone",
        "Je l'ai déjà dit à votre collègue au téléphone : je paie le 10 septembre. Arrêtez de m'envoyer un mail tous les deux jours, ça ne changera rien.",
        lab(note="a dated promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Agnès Perrin", "a.perrin@sodilog-ouest.example"),
        "2031-08-28 09:15 +0200",
        "outlook",
        "Madame, Monsieur,\n\nConformément à notre procédure interne, nous vous prions de ne plus adresser de relances par courrier électronique. Toute réclamation relative à nos comptes doit désormais nous être envoyée par courrier, à l'attention de la direction administrative et financière.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nAgnès Perrin\nDirectrice administrative et financière\nSodilog Ouest SAS",
        lab(note="post only → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manuel Herrera", "mherrera@herrera-construcciones.example"),
        "2031-08-25 17:40 +0200",
        "gmail",
        "Buenas tardes,\n\nLes ruego que dejen de enviarme correos sobre esta factura. El asunto está en manos de nuestro abogado, D. Ignacio Prieto, y cualquier comunicación deberá hacerse a través de él.\n\nManuel Herrera",
        lab(note="stop plus 'through our lawyer', no address → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Nuria Pons", "nuria.pons.bcn@gmail.com"),
        "2031-09-04 21:50 +0200",
        "iphone",
        "No me escribáis más a este correo por favor",
        lab(note="mobile brevity"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Mark de Vries", "mark@devries-opslag.example"),
        "2031-08-18 20:20 +0200",
        "gmail",
        "Haal mij alsjeblieft van jullie mailinglijst. Dit is al de derde herinnering voor een factuur die allang betaald is.\n\nMark",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giorgio Esposito", "g.esposito@esposito-autotrasporti.example"),
        "2031-08-29 10:50 +0200",
        "outlook",
        "Spett.le Ironbridge Forklift Hire,\n\nVi diffidiamo dal continuare a inviare solleciti a questo indirizzo. Ogni comunicazione relativa alla fattura in oggetto dovrà essere indirizzata esclusivamente al nostro legale, avv. Francesca De Luca del Foro di Napoli.\n\nDistinti saluti\nGiorgio Esposito\nEsposito Autotrasporti S.r.l.",
        lab(note="formal notice: only through our lawyer → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Davide Conti", "davide.conti@conti-logistica.example"),
        "2031-08-16 09:30 +0200",
        "android",
        "Toglietemi da questa lista per favore, non sono io che mi occupo di queste cose",
        lab(
            note="remove me plus 'not the right person' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitfield", "sarah.whitfield@meridian-coldstore.example"),
        "2031-08-13 09:06 +0100",
        "none",
        "Thank you for your email. I am out of the office on annual leave until Thursday 28 August and will have no access to email.\n\nFor anything urgent relating to the purchase ledger please contact Mandy Lewis on mandy.lewis@meridian-coldstore.example or 01632 960 771.\n\nSarah Whitfield\nFinance Manager, Meridian Cold Store Ltd",
        lab(
            note="'until X' → X itself; a colleague's address in an auto-reply does not set new_contact",
            return_date="2031-08-28",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Brightwater Homes AP Helpdesk", "ap-helpdesk@brightwater-homes.example"),
        "2031-08-19 09:12 +0100",
        "none",
        "Thank you for contacting the Brightwater Homes Accounts Payable helpdesk.\n\nYour request has been logged under reference AP-448812. A member of the team will respond within 5 working days. Please keep the reference in the subject line if you need to write to us again about this query.\n\nThis is an automated message – please do not reply to it.",
        lab(note="ticket acknowledgement; no return date"),
        subject="[AP-448812] {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Fenwick Pallet Services", "office@fenwickpallets.example"),
        "2031-08-22 09:05 +0100",
        "none",
        "Thanks for your email.\n\nOur office is closed from Friday 22nd August for the bank holiday weekend and we'll be back at our desks on Tuesday 26th August. We'll get back to you then.\n\nFenwick Pallet Services",
        lab(
            note="no Auto-Submitted, only Precedence; the day back is stated",
            return_date="2031-08-26",
        ),
        headers=(("Precedence", "auto_reply"),),
        days_before=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Hahn", "b.hahn@hahn-getraenkelogistik.example"),
        "2031-08-11 10:06 +0200",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 11.08. bis einschließlich 29.08.2031 im Urlaub und ab Montag, dem 01.09.2031, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale.\n\nMit freundlichen Grüßen\nBirgit Hahn",
        lab(
            note="'wieder im Büro ab' wins over 'bis einschließlich'",
            return_date="2031-09-01",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Holzhandlung Keller", "info@holz-keller.example"),
        "2031-08-14 10:04 +0200",
        "none",
        "Guten Tag,\n\nvielen Dank für Ihre E-Mail. Unser Betrieb befindet sich vom 11. bis 22. August in den Betriebsferien. Ab Montag, dem 25. August, sind wir wieder für Sie da.\n\nIhre Holzhandlung Keller",
        lab(
            note="only X-Autoreply, no Auto-Submitted; company closure",
            return_date="2031-08-25",
        ),
        headers=(("X-Autoreply", "yes"),),
        charset="iso-8859-1",
        days_before=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Caron", "i.caron@caron-emballages.example"),
        "2031-08-18 10:03 +0200",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 25 août inclus, de retour le mardi 26 août. Pendant mon absence, vos messages ne seront pas transférés.\n\nPour toute urgence, merci de contacter le standard.\n\nCordialement,\nIsabelle Caron",
        lab(
            note="the stated day back wins over 'jusqu'au … inclus'",
            return_date="2031-08-26",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Brasserie des Monts", "contact@brasserie-des-monts.example"),
        "2031-08-12 10:05 +0200",
        "none",
        "Bonjour,\n\nMerci pour votre message. La brasserie est fermée pour congés annuels du 4 au 24 août inclus. Nous traiterons votre demande dès notre retour, à partir du 25/08.\n\nL'équipe de la Brasserie des Monts",
        lab(note="annual closure; '25/08' is the day back", return_date="2031-08-25"),
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        charset="iso-8859-1",
        cte="8bit",
        days_before=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Ruiz", "eruiz@logistica-levante.example"),
        "2031-08-20 10:04 +0200",
        "none",
        "Hola:\n\nEstoy de vacaciones y no volveré a la oficina hasta el 3 de septiembre. Durante mi ausencia no tendré acceso al correo.\n\nPara asuntos urgentes de facturación pueden escribir a administracion@logistica-levante.example.\n\nUn saludo,\nElena Ruiz",
        lab(
            note="'no volveré hasta el 3' is the day back; the colleague address does not set new_contact",
            return_date="2031-09-03",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Bos", "p.bos@bos-versdistributie.example"),
        "2031-08-15 10:03 +0200",
        "none",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 29 augustus. Vanaf dinsdag 2 september ben ik weer op kantoor; maandag 1 september werk ik niet.\n\nUw bericht wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nPieter Bos",
        lab(
            note="the stated day back (Tue 2 Sep) wins over 't/m vrijdag 29 augustus'",
            return_date="2031-09-02",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Servicedesk Financiën RSS", "servicedesk.finance@rss-logistics.example"),
        "2031-09-03 10:07 +0200",
        "none",
        "Geachte relatie,\n\nWij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder ticketnummer FIN-20831.\n\nWij streven ernaar u binnen drie werkdagen een inhoudelijke reactie te geven. Vermeld bij verdere correspondentie altijd het ticketnummer.\n\nDit is een automatisch gegenereerd bericht.",
        lab(note="ticket acknowledgement with only Precedence: bulk; no return date"),
        subject="Uw bericht is ontvangen [FIN-20831]",
        headers=(("Precedence", "bulk"),),
        thread=False,
        days_before=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Francesca Moretti", "f.moretti@moretti-distribuzione.example"),
        "2031-08-12 10:05 +0200",
        "none",
        "Buongiorno,\n\nsono in ferie fino a venerdì 22 agosto compreso e rientrerò in ufficio lunedì 25 agosto. Durante la mia assenza la posta non verrà letta né inoltrata.\n\nPer urgenze amministrative potete rivolgervi al centralino.\n\nCordiali saluti\nFrancesca Moretti",
        lab(note="the stated day back wins", return_date="2031-08-25"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Birrificio Lago Nero", "amministrazione@birrificiolagonero.example"),
        "2031-08-13 10:06 +0200",
        "none",
        "Gentile cliente,\n\nl'ufficio amministrativo è chiuso per la pausa estiva fino al 29/08. Le richieste pervenute in questo periodo saranno evase alla riapertura, in ordine di arrivo.\n\nGrazie per la comprensione.\nBirrificio Lago Nero",
        lab(
            note="only X-Autoreply; 'fino al 29/08' → that date itself",
            return_date="2031-08-29",
        ),
        headers=(("X-Autoreply", "yes"),),
        charset="windows-1252",
        days_before=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Bev Atkins", "office@moorsidejoinery.example"),
        "2031-08-15 11:10 +0100",
        "gmail_plain",
        "Hi, did we not pay this one already?? I'm sure I saw it go out with the July payments. Can you check at your end and let me know\n\nBev",
        lab(note="a question, not a payment claim: a person has to check the account"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Craig Penrose", "craig.penrose@penrose-agri.example"),
        "2031-08-21 07:20 +0100",
        "android",
        "Never mind the invoice for a minute – the reach truck you've got with us is leaking hydraulic oil from the mast again, same as last month. Can you get an engineer out today or tomorrow? It's parked up until then.\n\nCraig",
        lab(note="breakdown report in the reminder thread; nothing about paying"),
        svc=1,
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Katarzyna Nowak", "k.nowak@heller-group-ssc.example"),
        "2031-08-27 13:40 +0200",
        "outlook",
        "Hello,\n\nWe have received your reminder and forwarded it to the accountant responsible for Heller Logistik GmbH. Please note that due to the holiday season our response time is currently around 10 working days.\n\nBest regards,\nKatarzyna Nowak\nAP Specialist\nHeller Group Shared Services, Wrocław",
        lab(
            note="written by a person at a shared service centre; acknowledgement only; English reply to a German reminder"
        ),
        rlang="de",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Frank Ziegler", "f.ziegler@ziegler-agrarhandel.example"),
        "2031-08-25 15:33 +0200",
        "gmail",
        "Hallo,\n\ndanke für den Hinweis, habe es an unsere Buchhaltung weitergegeben. Die melden sich dann bei Ihnen.\n\nÜbrigens: Könnten Sie uns für Oktober noch einen zweiten Stapler anbieten? Zur Ernte wird es bei uns immer eng.\n\nGruß\nFrank Ziegler",
        lab(note="acknowledgement plus a hire enquiry; passing it on is not a new contact"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Girard", "laurent.girard@girard-materiaux.example"),
        "2031-08-14 21:05 +0200",
        "iphone",
        "Bonsoir, je suis en vacances jusqu'à la fin du mois, je regarde ça à mon retour. Laurent",
        lab(note="a person, not an auto-reply; 'je regarde ça' is no commitment to pay"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Mélanie Robin", "m.robin@robin-logistique.example"),
        "2031-08-29 11:45 +0200",
        "thunderbird",
        "Bonjour,\n\nJe profite de votre message pour une question : comment fait-on pour résilier le contrat de location du chariot ? Nous n'en aurons plus besoin à partir d'octobre, l'entrepôt de Saint-Priest ferme. Y a-t-il un préavis à respecter ?\n\nMerci,\n\nMélanie Robin\nResponsable logistique\nRobin Logistique",
        lab(note="bottom-posted; contract question unrelated to the invoice"),
        svc=0,
        cte="8bit",
        bottom=True,
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Pilar Gómez", "pilar.gomez@gomez-distribuciones.example"),
        "2031-08-13 13:30 +0200",
        "apple",
        "Recibido, gracias. Se lo paso a mi jefe, que es quien firma los pagos, y ya os dirá algo.\n\nPilar",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Andrés Vega", "andres.vega@vega-transportes.example"),
        "2031-09-05 09:25 +0200",
        "gmail_plain",
        "Buenos días,\n\n¿Me puede llamar alguien? Prefiero hablar esto por teléfono. Tienen mi móvil en la ficha de cliente, estoy disponible hasta las dos.\n\nAndrés Vega",
        lab(note="asks for a call; nothing said about the invoice itself"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Sven Hermans", "sven.hermans@hermans-tegelhandel.example"),
        "2031-08-21 16:50 +0200",
        "iphone",
        "Ik kijk er morgen even naar",
        lab(note="'I'll look at it tomorrow' is not a promise to pay"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Ilse Verbeek", "ilse@verbeek-vers.example"),
        "2031-08-28 10:20 +0200",
        "gmail",
        "Goedemorgen,\n\nVoordat we het over de factuur hebben: de palletwagen die op 31 juli opgehaald zou worden, staat nog steeds bij ons in de hal. Komt er nog iemand voor? Anders lopen de huurdagen toch gewoon door?\n\nGroetjes,\nIlse Verbeek",
        lab(note="collection question; does not contest this invoice"),
        svc=2,
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Marco Ferri", "marco.ferri@ferri-logistica.example"),
        "2031-08-19 12:05 +0200",
        "iphone",
        "Ricevuto, grazie. Giro all'amministrazione.",
        lab(note="acknowledgement; forwarding internally is not a new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Sara Lombardi", "s.lombardi@lombardi-ceramiche.example"),
        "2031-09-02 15:15 +0200",
        "outlook_html",
        "Buongiorno,\n\nma questa fattura non era già stata pagata? Ci risulta un bonifico a vostro favore di fine luglio, però non sono sicura che fosse per questa. Verifico con la banca e vi faccio sapere.\n\nSaluti\nSara Lombardi\nUfficio contabilità",
        lab(note="unsure whether it was paid; checking, no claim and no promise"),
        charset="windows-1252",
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
# Delivery reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` `sent_before` minutes earlier."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    sent_before: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=number(self.key, "seconds", 60))

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.sent_before, seconds=17)).astimezone(UK)

    @property
    def invoice(self) -> str:
        return invoice_numbers()[self.key]

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        amount = f"{240 + number(self.key, 'amount', 3900)}.{number(self.key, 'cents', 20) * 5:02d}"
        currency = "GBP" if self.rlang == "en" and not self.rcpt.endswith("@gmail.com") else "EUR"
        return reminder_message(
            self.rlang, self.key, self.rcpt, self.invoice, amount, currency, self.sent
        )

    def raw_reminder(self) -> str:
        """The returned message as a non-MIME bounce copies it: the raw bytes, all ASCII."""
        return self.reminder().as_bytes().decode("ascii")


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    per_message["Arrival-Date"] = format_datetime(b.sent.astimezone(b.dt.tzinfo))
    per_recipient = Message()
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote:
        per_recipient["Remote-MTA"] = f"dns; {remote}"
    per_recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        per_recipient["Will-Retry-Until"] = format_datetime(
            (b.sent + timedelta(days=2)).astimezone(b.dt.tzinfo)
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *extra: tuple[str, str],
    auto: bool = True,
    shape: str = "report",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, shape)


def exchange_human(
    lang: str, *, head: str, body: str, admin: str, server: str, diag: str
) -> Message:
    """The human-readable alternative of an Exchange Online report, in the tenant's language."""
    plain = f"{head}\n\n{body}\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body lang="{CONTENT_LANGUAGE[lang]}">\n'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(head)}</font></b></p>\n'
        f'<div><font size="2" face="Tahoma">{html_paragraphs(body)}</font></div>\n'
        f"<p><b>{html.escape(admin)}</b></p>\n<p>{html.escape(server)}</p>\n<p>{html_lines(diag)}</p>\n</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def bounce_qmail(b: Bounce) -> Message:
    """qmail's plain failure notice (no MIME), with the message copied below the line."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Hi. This is the qmail-send program at mail.ironbridge-forklift.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28117 invoked by uid 1003); {b.sent.astimezone(UTC):%d %b %Y %H:%M:%S} -0000\n"
        + b.raw_reminder()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mail.ironbridge-forklift.example",
        "failure notice",
        auto=False,
    )


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim's plain 'Mail delivery failed' report: mailbox over quota."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mx1.hartley-joinery.example [192.0.2.87]\n"
        "    SMTP error from remote mail server after end of data:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox quota exceeded, try again later\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        "Received: from dunmail by mail.ironbridge-forklift.example with local (Exim 4.98)\n"
        f"\t(envelope-from <{AR_ADDR}>)\n\tid 1uQx7K-0004Zb-1F\n"
        f"\tfor {b.rcpt}; {format_datetime(b.sent)}\n" + b.raw_reminder()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.ironbridge-forklift.example>",
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_gmail(b: Bounce) -> Message:
    """Gmail's report for an address that does not exist."""
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response from the remote server was:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-7d1e2f3a4b5si1234567ab.412 - gsmtp",
    ]
    markup = (
        "<html><body>\n"
        + "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "\n</body></html>\n"
    )
    human = alternative(
        text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_postfix_de(b: Bounce) -> Message:
    """A German hosting provider's Postfix report with a translated explanation."""
    text = (
        "Dies ist das Mailsystem auf mx02.hallo-hosting.example.\n\n"
        "Ihre Nachricht konnte leider an einen oder mehrere Empfänger nicht zugestellt\n"
        "werden. Es handelt sich um einen dauerhaften Fehler; die Zustellung wird nicht\n"
        "erneut versucht.\n\n"
        "Bei Fragen wenden Sie sich bitte an postmaster@hallo-hosting.example und fügen\n"
        "Sie diesen Fehlerbericht bei.\n\n"
        "                   Das Mailsystem\n\n"
        f"<{b.rcpt}>: Das Postfach existiert nicht.\n"
        f"    Antwort des Zielservers: 550 5.1.1 <{b.rcpt}>:\n"
        "    Recipient address rejected: User unknown in local recipient table\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, "mx02.hallo-hosting.example", "failed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mx02.hallo-hosting.example (Mail Delivery System)",
        "Unzustellbar: Ihre Nachricht wurde zurückgesandt",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    diag = "451 4.4.7 Message delayed; Zielserver antwortet nicht"
    human = exchange_human(
        "de",
        head=f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
        body=f"Betreff: {b.subject()}\n\nDiese Nachricht wurde noch nicht zugestellt. Das System versucht weiterhin, sie zuzustellen.\n\nDer Server versucht noch 1 Tag und 20 Stunden lang, die Nachricht zuzustellen. Falls die Zustellung bis dahin nicht gelingt, erhalten Sie eine weitere Benachrichtigung. Sie müssen nichts unternehmen.",
        admin="Diagnoseinformationen für Administratoren:",
        server="Generierender Server: FR3P281MB1742.DEUP281.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nRemoteserver hat „{diag}“ zurückgegeben",
    )
    msg = report(
        human,
        delivery_status(b, "FR3P281MB1742.DEUP281.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        EXCHANGE_SENDER.format(domain="moser-getraenke.example"),
        f"Zustellung verzögert: {b.subject()}",
        shape="outlook",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's own notice: one Latin-1 text part in 8 bits, no delivery-status."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie mail.hebergement-azur.example.\n\n"
        f"Votre message du {b.sent.astimezone(CE):%d/%m/%Y} à {b.sent.astimezone(CE):%H:%M} n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (quota dépassé).\n"
        "Code retourné : 452 4.2.2 Mailbox full\n\n"
        "Le serveur retentera la livraison pendant 72 heures. Si la boîte du destinataire n'a pas été libérée d'ici là, le message vous sera retourné définitivement.\n\n"
        f"Objet du message : {b.subject()}\n\n"
        "-- \nHébergement Azur - service technique\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Service de messagerie <postmaster@mail.hebergement-azur.example>",
        "Message non délivré : boîte aux lettres pleine",
    )


def bounce_exchange_es(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        "es",
        head=f"No se pudo entregar a estos destinatarios o grupos:\n\n{b.rcpt}",
        body="No se ha encontrado la dirección de correo electrónico que escribió. Compruebe la dirección del destinatario e intente reenviar el mensaje. Si el problema continúa, póngase en contacto con su departamento de soporte técnico.",
        admin="Información de diagnóstico para administradores:",
        server="Servidor de generación: MR2P264MB0815.FRAP264.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    )
    msg = report(
        human,
        delivery_status(b, "MR2P264MB0815.FRAP264.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        EXCHANGE_SENDER.format(domain="grupo-saez.example"),
        f"No se puede entregar: {b.subject()}",
        shape="outlook",
    )


def bounce_provider_es_delay(b: Bounce) -> Message:
    text = (
        "Este es un mensaje generado automáticamente por el servidor de correo smtp.redhosting.example.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "El servidor de destino cerró la conexión durante el envío (4.4.2). Seguiremos intentándolo durante los próximos 4 días; no es necesario que vuelva a enviar el mensaje.\n\n"
        "Si la entrega sigue fallando, recibirá un nuevo aviso.\n"
    )
    diag = "421 4.4.2 mail.ferreteria-mora.example: connection dropped during DATA"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "smtp.redhosting.example",
            "delayed",
            diag,
            "mail.ferreteria-mora.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Servicio de correo <postmaster@smtp.redhosting.example>",
        "Aviso de retraso en la entrega de correo",
    )


def bounce_exchange_nl_policy(b: Bounce) -> Message:
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient"
    human = exchange_human(
        "nl",
        head=f"Kan niet worden bezorgd bij deze geadresseerden of groepen:\n\n{b.rcpt}",
        body="Uw bericht is niet bezorgd omdat de organisatie van de geadresseerde alleen berichten van goedgekeurde afzenders accepteert. Neem op een andere manier contact op met de geadresseerde en vraag of uw adres aan de lijst met toegestane afzenders kan worden toegevoegd.",
        admin="Diagnostische gegevens voor beheerders:",
        server="Genererende server: AM8PR09MB6620.eurprd09.prod.outlook.example",
        diag=f"{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
    )
    msg = report(
        human,
        delivery_status(b, "AM8PR09MB6620.eurprd09.prod.outlook.example", "failed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        EXCHANGE_SENDER.format(domain="dekroon-groothandel.example"),
        f"Onbestelbaar: {b.subject()}",
        shape="outlook",
    )


def bounce_provider_nl_greylist(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht van mailrelay.netzorg.example.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft de aflevering tijdelijk geweigerd:\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Dit is een tijdelijke weigering op grond van het beleid van de ontvanger. Wij proberen het bericht de komende 48 uur opnieuw af te leveren. U hoeft niets te doen.\n\n"
        f"Onderwerp: {b.subject()}\n"
        f"Verzonden: {b.sent.astimezone(CE):%d-%m-%Y %H:%M}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mailrelay.netzorg.example>",
        "Bericht nog niet afgeleverd (vertraagd)",
    )


def bounce_provider_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il messaggio da lei inviato non è stato recapitato al destinatario indicato di seguito, perché la casella di posta non esiste sul nostro server:\n\n"
        f"    {b.rcpt}\n\n"
        "Errore permanente: 550 5.1.1 Utente sconosciuto (user unknown)\n\n"
        "Verifichi che l'indirizzo sia scritto correttamente. Non verranno effettuati ulteriori tentativi di consegna.\n\n"
        "Servizio Posta – mx.ligurianet.example\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Utente sconosciuto / user unknown"
    msg = report(
        text_part(text, "plain", "windows-1252", "qp"),
        delivery_status(b, "mx.ligurianet.example", "failed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx.ligurianet.example>",
        "Messaggio non recapitabile",
    )


def bounce_exchange_it_delay(b: Bounce) -> Message:
    diag = "451 4.4.1 Connection timed out"
    human = exchange_human(
        "it",
        head=f"Il recapito a questi destinatari o gruppi è in ritardo:\n\n{b.rcpt}",
        body=f"Oggetto: {b.subject()}\n\nIl messaggio non è stato ancora recapitato. Verranno effettuati altri tentativi.\n\nIl server continuerà a tentare il recapito per altre 18 ore. Riceverai una notifica se il messaggio non potrà essere recapitato entro questo termine.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server="Server di generazione: MI0P293MB0457.ITAP293.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    )
    msg = report(
        human,
        delivery_status(b, "MI0P293MB0457.ITAP293.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        EXCHANGE_SENDER.format(domain="magazzini-rossetti.example"),
        f"Recapito ritardato: {b.subject()}",
        shape="outlook",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.2",
            "office@penninepallets.example",
            "2031-08-11 09:07 +0100",
            "en",
            note="qmail failure notice, no MIME; the domain no longer exists",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "5.2.2",
            "stores@hartley-joinery.example",
            "2031-08-20 09:05 +0100",
            "en",
            sent_before=1,
            note="Exim report, no MIME; mailbox over quota is soft even with a 5.x code",
        ),
        bounce_exim_quota,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "jhaworth.haulage@gmail.com",
            "2031-08-27 10:06 +0200",
            "en",
            note="Gmail report with text/rfc822-headers",
        ),
        bounce_gmail,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "lager@kessler-spedition.example",
            "2031-08-13 10:06 +0200",
            "de",
            note="Postfix report with a German explanation",
        ),
        bounce_postfix_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.7",
            "einkauf@moser-getraenke.example",
            "2031-08-19 14:10 +0200",
            "de",
            sent_before=246,
            note="Exchange Online delay report in German",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "compta@emballages-provence.example",
            "2031-08-18 10:20 +0200",
            "fr",
            sent_before=16,
            note="provider notice in French, one Latin-1 8-bit part, no delivery-status; mailbox full",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.10",
            "facturas@grupo-saez.example",
            "2031-08-26 10:05 +0200",
            "es",
            note="Exchange Online report in Spanish",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "pedidos@ferreteria-mora.example",
            "2031-09-02 14:30 +0200",
            "es",
            sent_before=265,
            note="provider delay report in Spanish",
        ),
        bounce_provider_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.7.1",
            "facturen@dekroon-groothandel.example",
            "2031-08-14 10:08 +0200",
            "nl",
            note="policy rejection (approved senders only), permanent: hard",
        ),
        bounce_exchange_nl_policy,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.7.1",
            "administratie@tuincentrum-deheide.example",
            "2031-08-29 11:40 +0200",
            "nl",
            sent_before=93,
            note="provider notice in Dutch, plain text; temporary policy refusal (greylisting)",
        ),
        bounce_provider_nl_greylist,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "contabilita@edilnord-brescia.example",
            "2031-09-01 10:06 +0200",
            "it",
            note="provider report in Italian, windows-1252 text part",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.1",
            "ordini@magazzini-rossetti.example",
            "2031-08-22 16:20 +0200",
            "it",
            sent_before=374,
            note="Exchange Online delay report in Italian",
        ),
        bounce_exchange_it_delay,
    ),
]


@cache
def invoice_numbers() -> dict[str, str]:
    """Invoice numbers for the reminders whose text names none: stable, and never one in use."""
    taken = {r.inv for r in REPLIES if r.inv}
    taken |= {ref for r in REPLIES for ref in re.findall(r"IFH/31/\d{5}", r.body)}
    table: dict[str, str] = {}
    keys = sorted([r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES])
    for key in keys:
        n = 300 + number(key, "invoice", 700)
        while f"IFH/31/{n:05d}" in taken:
            n = 300 + (n - 299) % 700
        table[key] = f"IFH/31/{n:05d}"
        taken.add(table[key])
    return table


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One finished message with its label (the `file` key is added when it is numbered)."""

    key: str
    msg: Message
    label: dict[str, object]
    when: datetime
    new_text: str
    html_only: bool


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = dict.fromkeys(LABEL_KEYS[1:])
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["intent"] = r.intent
    label["invoice_refs"] = list(cast(list[str], r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = dict.fromkeys(LABEL_KEYS[1:])
    label.update(
        intent="bounce",
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )
    return label


def all_items() -> list[Item]:
    items = [
        Item(r.key, build_reply(r), reply_label(r), r.dt, r.body, r.style == "html_only")
        for r in REPLIES
    ]
    items += [Item(b.key, build(b), bounce_label(b), b.dt, "", False) for b, build in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Number the files by a seeded hash of each key, so a name says nothing about the label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:file:{item.key}".encode()).hexdigest(),
    )


def fail(name: str, problem: str) -> None:
    raise SystemExit(f"{name}: {problem}")


def decoded_texts(msg: EmailMessage, name: str) -> list[tuple[str, str]]:
    """(content type, decoded text) of every text part; any defect is an error."""
    texts: list[tuple[str, str]] = []
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects} in {part.get_content_type()}")
        for header, value in part.items():
            if getattr(value, "defects", None):
                fail(
                    name,
                    f"header {header} has defects {getattr(value, 'defects', None)}",
                )
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, f"{ctype} does not decode cleanly")
            text = cast(str, content)
            if part.get_param("format") == "flowed":
                text = unflowed(text)
            texts.append((ctype, text))
        elif ctype == "message/delivery-status":
            blocks = cast(list[Message], part.get_payload())
            texts.append(
                (
                    ctype,
                    "".join(f"{k}: {v}\n" for block in blocks for k, v in block.items()),
                )
            )
    return texts


def check_message(name: str, data: bytes, item: Item) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    if msg.defects:
        fail(name, f"defects {msg.defects}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    if "=?" in str(msg["Subject"]) or "=?" in str(msg["From"]):
        fail(name, "an encoded word was not decoded")
    when = item.when
    if not FIRST_DAY <= when.date() <= LAST_DAY or when.utcoffset() not in {
        timedelta(hours=1),
        timedelta(hours=2),
    }:
        fail(name, f"date {when} outside the corpus range or offsets")
    texts = decoded_texts(msg, name)
    label = item.label
    if label["intent"] == "bounce":
        blob = "\n".join(text for _, text in texts)
        if str(label["failed_recipient"]) not in blob or str(label["bounce_status"]) not in blob:
            fail(name, "failed recipient or status missing from the report")
        return
    if item.html_only:
        markup = next(text for ctype, text in texts if ctype == "text/html")
        if any(html.escape(line, quote=False) not in markup for line in item.new_text.split("\n")):
            fail(name, "the new text is missing from the HTML")
    elif not any(ctype == "text/plain" and item.new_text in text for ctype, text in texts):
        fail(name, "the new text is missing from the plain text")


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
INVOICE = re.compile(r"^IFH/31/\d{5}$")


def check_label(item: Item) -> None:
    label, name = item.label, item.key
    if tuple(label) != LABEL_KEYS[1:]:
        fail(name, f"label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, ())
    for key in LABEL_KEYS[2:12]:
        if label[key] is not None and key not in allowed:
            fail(name, f"{key} filled for {intent}")
    day = item.when.date()
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DAY.match(value):
            fail(name, f"{key} is not an ISO date")
        when = date.fromisoformat(str(value))
        if (key == "paid_date" and when > day) or (key != "paid_date" and when < day):
            fail(name, f"{key} {when} is on the wrong side of the message date {day}")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(name, "amount and currency go together")
    if label["amount"] is not None and (
        not AMOUNT.match(str(label["amount"])) or label["currency"] not in {"GBP", "EUR"}
    ):
        fail(name, "bad amount or currency")
    text = item.new_text
    for key in ("payment_reference", "new_contact"):
        value = label[key]
        if value is not None and str(value).lower() not in text.lower():
            fail(name, f"{key} not in the new text")
    if (
        label["new_contact"] is not None
        and str(label["new_contact"]) != str(label["new_contact"]).lower()
    ):
        fail(name, "new_contact must be lower case")
    refs = cast(list[str], label["invoice_refs"])
    for ref in refs:
        if not INVOICE.match(ref) or ref not in text:
            fail(name, f"invoice ref {ref} not normalised or not in the new text")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            fail(name, "bad bounce fields")
        if str(label["bounce_status"]).startswith("4") and label["bounce_kind"] != "soft":
            fail(name, "a 4.x.x status is soft")
        if not label["failed_recipient"]:
            fail(name, "no failed recipient")


def count_table(labels: list[dict[str, object]]) -> str:
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
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_counts(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, expected in EXPECTED.items():
        got = tuple(cells[intent, lang] for lang in LANGS)
        if got != expected:
            raise SystemExit(f"{intent}: counts {got}, expected {expected}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def write_all() -> list[dict[str, object]]:
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(keys) != 120:
        raise SystemExit("keys must be 120 and unique")
    for item in items:
        check_label(item)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **{k: item.label[k] for k in LABEL_KEYS[1:]}})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    charsets = Counter(r.charset for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(f"clients: {dict(sorted(styles.items()))}")
    print(f"reply charsets: {dict(sorted(charsets.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
