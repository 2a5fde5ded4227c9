# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002, SIM108, SIM118
# Message text is kept one paragraph a line, as a mail client hands it over, with the typographic
# dashes, apostrophes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 86: `h86-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Stagehand Crew & Staffing, an agency that
supplies event crew, stewards, bar staff and riggers, after it sent an overdue-invoice reminder.
The new text of each message is written by hand below. The script adds only what a mail client
or a mail server would add: the quoted reminder in the client's layout and language, headers,
MIME structure, charsets and transfer encodings, and the machine parts of delivery reports.

Run it from anywhere: it writes next to itself, deterministically (no clock, no randomness
beyond a fixed seed), parses every file back and prints the count table.
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
from decimal import Decimal
from email import charset as cs
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
PREFIX = "h86"
SEED = "stagehand-holdout86-20270830"
AR_NAME = "Stagehand Accounts Receivable"
AR_ADDR = "receivables@stagehand-crew.example"
AR_DOMAIN = "stagehand-crew.example"
UK = timezone(timedelta(hours=1))  # British Summer Time, late August to late September 2027
CET = timezone(timedelta(hours=2))  # Central European Summer Time, same period
FIRST_DAY, LAST_DAY = date(2027, 8, 30), date(2027, 9, 24)

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
LABEL_KEYS = (
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
# Which label fields each intent may fill (invoice_refs and note are open to every intent).
FIELDS_FOR: dict[str, set[str]] = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "dispute": set(),
    "payment_plan": set(),
    "invoice_request": set(),
    "wrong_contact": {"new_contact"},
    "unsubscribe": set(),
    "auto_reply": {"return_date"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
    "other": set(),
}

# --------------------------------------------------------------------------------------------
# Locale tables (client boilerplate: attribution lines, header blocks, signatures)
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR = {
    "en": "On {wda}, {d} {moa} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {moa} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {moa} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# separator line, From, Sent, To, Subject, label separator, Sent format
OUTLOOK_BLOCK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{dd} {mol} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wdl}, {d}. {mol} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wdl} {d} {mol} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wdl}, {d} de {mol} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wdl} {d} {mol} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wdl} {d} {mol} {y} {HH}:{mm}",
    ),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG = {
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
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
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Stagehand Crew & Staffing",
    "de": "Überfällige Rechnung {inv} – Stagehand Crew & Staffing",
    "fr": "Facture {inv} échue – Stagehand Crew & Staffing",
    "es": "Factura vencida {inv} – Stagehand Crew & Staffing",
    "nl": "Vervallen factuur {inv} – Stagehand Crew & Staffing",
    "it": "Fattura scaduta {inv} – Stagehand Crew & Staffing",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below is still unpaid, although its due date has passed:\n\n"
        "Invoice:  {inv}\nFor:      {job}\nDue:      {due}\nBalance:  {amt}\n\n"
        "If it is already on its way, thank you – a quick reply with the payment date and your reference helps us match it. If something on the invoice looks wrong, or you need a copy, just reply to this e-mail and one of the team will pick it up.\n\n"
        "Many thanks,\n\nAccounts Receivable\nStagehand Crew & Staffing Ltd\nUnit 9, Canal Wharf Business Park, Leeds\nreceivables@stagehand-crew.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unserer Buchhaltung ist die folgende Rechnung trotz abgelaufener Zahlungsfrist noch offen:\n\n"
        "Rechnung:    {inv}\nLeistung:    {job}\nFällig am:   {due}\nOffen:       {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, vielen Dank – teilen Sie uns dann gern kurz Datum und Verwendungszweck mit, damit wir sie zuordnen können. Ist an der Rechnung etwas unklar oder benötigen Sie eine Kopie, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nForderungsmanagement\nStagehand Crew & Staffing Ltd\nreceivables@stagehand-crew.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n’est pas encore réglée alors que son échéance est passée :\n\n"
        "Facture :     {inv}\nPrestation :  {job}\nÉchéance :    {due}\nSolde dû :    {amt}\n\n"
        "Si le règlement est déjà en cours, merci – une courte réponse avec la date et la référence du virement nous aidera à le rapprocher. Si quelque chose vous semble inexact ou s’il vous faut une copie, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService recouvrement\nStagehand Crew & Staffing Ltd\nreceivables@stagehand-crew.example"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente aunque ya ha vencido:\n\n"
        "Factura:      {inv}\nConcepto:     {job}\nVencimiento:  {due}\nPendiente:    {amt}\n\n"
        "Si el pago ya está en camino, gracias; le agradeceremos que nos indique la fecha y la referencia para poder conciliarlo. Si ve algún error en la factura o necesita una copia, basta con responder a este correo.\n\n"
        "Un saludo cordial,\n\nDepartamento de Cobros\nStagehand Crew & Staffing Ltd\nreceivables@stagehand-crew.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet betaald, terwijl de vervaldatum verstreken is:\n\n"
        "Factuur:      {inv}\nBetreft:      {job}\nVervaldatum:  {due}\nOpenstaand:   {amt}\n\n"
        "Is de betaling al onderweg, dan alvast bedankt – laat u ons even de datum en het kenmerk weten, dan kunnen we haar koppelen. Klopt er iets niet aan de factuur of heeft u een kopie nodig, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nStagehand Crew & Staffing Ltd\nreceivables@stagehand-crew.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura, benché la scadenza sia passata:\n\n"
        "Fattura:    {inv}\nServizio:   {job}\nScadenza:   {due}\nImporto:    {amt}\n\n"
        "Se il pagamento è già stato disposto, grazie: una breve risposta con data e riferimento del bonifico ci aiuta ad abbinarlo. Se qualcosa nella fattura non torna o vi serve una copia, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nStagehand Crew & Staffing Ltd\nreceivables@stagehand-crew.example"
    ),
}
DEFAULT_JOB = {
    "en": "event crew",
    "de": "Veranstaltungspersonal",
    "fr": "personnel événementiel",
    "es": "personal para eventos",
    "nl": "evenementenpersoneel",
    "it": "personale per eventi",
}
DUE_FORMAT = {
    "en": "{d} {mol} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
NOT_IN_LATIN1 = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}
NOT_IN_CP1252 = {"\u202f": "\u00a0"}
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------
# Small helpers: dates, amounts, ids, text shaping
# --------------------------------------------------------------------------------------------


def date_parts(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a client's date format may need, in the client's language."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wdl": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mol": MONTHS[loc].split()[mo],
        "moa": MONTHS_ABBR[loc].split()[mo],
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


def render(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the date pieces of `dt` and any extra fields."""
    return template.format(**date_parts(loc, dt), **extra)


def money(lang: str, value: Decimal) -> str:
    """An amount written the way the reminder writes it for that language."""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        return f"£{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', NBSP)},{cents}{NBSP}€"
    dotted = f"{groups.replace(',', '.')},{cents}"
    return f"€ {dotted}" if lang in {"nl", "it"} else f"{dotted} €"


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key: every id and boundary is derived from it."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    """The Message-ID the reminder went out with."""
    return f"<dunmail.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would generate."""
    raw = digest(key, "reply")
    domain = addr.split("@")[1]
    if style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'exo', 26)}@{b32(key, 'host', 7)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@{domain}>"


def for_charset(text: str, charset: str) -> str:
    """Replace what a client in that charset could not have sent (only in quoted reminders)."""
    table = (
        NOT_IN_LATIN1
        if charset == "iso-8859-1"
        else NOT_IN_CP1252
        if charset == "windows-1252"
        else {}
    )
    for bad, good in table.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    """Plain-text quoting with '> ' the way most clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Lines of text as HTML with <br> breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    """Paragraphs (blank-line separated) as <p> elements."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def word_paras(text: str) -> str:
    """Lines of text as Word's MsoNormal paragraphs."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, prefix: str = "", width: int = 72) -> list[str]:
    """RFC 3676 format=flowed lines: soft breaks keep a trailing space, quotes repeat '>'."""
    out: list[str] = []
    for line in text.split("\n"):
        if not prefix and (line.startswith((" ", "From ", ">"))):
            line = " " + line  # space-stuffing
        if not line.strip():
            out.append(prefix.rstrip(" "))
            continue
        if len(prefix) + len(line) <= width or " " not in line:
            out.append(f"{prefix}{line}")
            continue
        words = line.split(" ")
        current = ""
        for word in words:
            candidate = f"{current}{word} "
            if current and len(prefix) + len(candidate) > width:
                out.append(prefix + current)
                current = f"{word} "
            else:
                current = candidate
        out.append(prefix + current.rstrip(" "))
    return out


# --------------------------------------------------------------------------------------------
# One hand-written message
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    """A message written by a person or sent by a customer's system, with its labels.

    `body` is the new text only. `inv`, `amt` and `job` describe the reminder being answered
    (derived from the key when left empty). `rto` is the address the reminder went to when it is
    not the sender's own. `threaded` is False for notices that do not answer the reminder.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""
    job: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    rto: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        """The invoice number the reminder was about."""
        return self.inv or allocated_invoice(self.key)

    @property
    def amount(self) -> Decimal:
        """The reminder's open balance."""
        if self.amt:
            return Decimal(self.amt)
        n = int.from_bytes(digest(self.key, "amt")[:4], "big")
        return Decimal(420 + n % 3900) + Decimal("0.50") * (n % 2)


_ALLOCATED: dict[str, str] = {}


def allocated_invoice(key: str) -> str:
    """A distinct invoice number for a reminder whose number the new text does not mention.

    Numbers are drawn from the summer range by hashing the key, skipping every number already
    taken (written numbers first), so no two customers share an invoice.
    """
    if not _ALLOCATED:
        taken = {m.inv for m in MAILS if m.inv}
        taken |= {ref for m in MAILS for ref in m.labels.get("invoice_refs", [])}  # type: ignore[attr-defined]
        keys = [m.key for m in MAILS if not m.inv] + [b.key for b in BOUNCES]
        for k in sorted(keys, key=lambda x: digest(x, "inv")):
            n = 200 + int.from_bytes(digest(k, "inv")[:4], "big") % 290
            while f"SC-2027-{n:04d}" in taken:
                n = 200 + (n - 199) % 290
            taken.add(f"SC-2027-{n:04d}")
            _ALLOCATED[k] = f"SC-2027-{n:04d}"
    return _ALLOCATED[key]


def lab(*refs: str, note: str | None = None, **fields: str | None) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in the given charset and transfer encoding (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # fails loudly if hand-written text does not fit the declared charset
    chs = cs.Charset(charset)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    chs.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chs)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject", b_words: bool = False) -> str:
    """A header value as the client encodes it: RFC 2047 words when it is not plain ASCII.

    `b_words` forces base64 encoded-words, as Gmail writes them; otherwise the shorter form wins.
    """
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    chs = cs.Charset(enc)
    if b_words:
        chs.header_encoding = cs.BASE64
    return Header(value, chs, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8", b_words: bool = False) -> str:
    """A From/To mailbox with the display name encoded when it needs to be."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From', b_words)} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain part and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# The quoted reminder, as each client lays it out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_sent(reply: datetime) -> datetime:
    """The reminder left a working day (or more) before the reply, shortly after 8:00 UTC."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    utc = datetime(day.year, day.month, day.day, 8, 1 + day.day % 9, 27, tzinfo=UTC)
    return utc.astimezone(reply.tzinfo)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line in the customer's language."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: Decimal, job: str, sent: datetime) -> str:
    """The reminder's body; the due date is a little over two weeks before it was sent."""
    due = render(DUE_FORMAT[lang], lang, sent - timedelta(days=17))
    return REMINDER_BODY[lang].format(
        inv=inv, job=job or DEFAULT_JOB[lang], due=due, amt=money(lang, amount)
    )


def make_quote(m: Mail) -> Quote:
    """What the reply quotes, already reduced to what the reply's charset can carry."""
    sent = reminder_sent(m.dt)
    text = reminder_text(m.lang, m.invoice, m.amount, m.job, sent)
    subject = reminder_subject(m.lang, m.invoice)
    to = m.rto or (f"{m.who[0]} <{m.who[1]}>" if m.who[0] else m.who[1])
    return Quote(
        for_charset(text, m.charset),
        for_charset(subject, m.charset),
        sent,
        m.lang,
        for_charset(to, m.charset),
    )


def outlook_lines(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject lines for the quoted reminder."""
    _, frm, sent, to, subj, sep, sent_fmt = OUTLOOK_BLOCK[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(sent_fmt, q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def word_document(m: Mail, q: Quote, body_html: str) -> str:
    """Outlook desktop HTML: Word markup with the grey top-border divider before the quote."""
    sep = OUTLOOK_BLOCK[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[m.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    block = "\n".join([OUTLOOK_BLOCK[q.loc][0], *outlook_lines(q)])
    return text_part(f"{m.body}\n\n{block}\n\n{q.text}\n", "plain", m.charset, m.cte)


def style_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop HTML mail: multipart/alternative with Word markup."""
    plain = "\n".join([m.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", m.charset, m.cte),
        text_part(word_document(m, q, word_paras(m.body)), "html", m.charset, m.cte),
    )


def style_html_only(m: Mail, q: Quote) -> Message:
    """An Outlook message that went out as text/html alone."""
    return text_part(word_document(m, q, word_paras(m.body)), "html", m.charset, m.cte)


def style_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with the localised download line."""
    block = "\n".join(outlook_lines(q))
    text = f"{m.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the sender's language."""
    return render(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(m: Mail, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote container."""
    attr = gmail_attribution(q)
    plain = f"{m.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", m.charset, m.cte), text_part(markup, "html", m.charset, m.cte)
    )


def style_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    return text_part(
        f"{m.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n", "plain", m.charset, m.cte
    )


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    attr = apple_attribution(q)
    plain = f"{m.body}\n\n{attr}\n\n{quoted(q.text)}\n\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_text(m.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paras(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", m.charset, m.cte), text_part(markup, "html", m.charset, m.cte)
    )


def style_iphone(m: Mail, q: Quote) -> Message:
    """iPhone Mail: localised signature, then the attribution inside the quote."""
    text = f"{m.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def style_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution line, flowed '>' quoting."""
    attr = render(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    lines = [*flowed(m.body), "", *flowed(attr), *flowed(q.text, prefix="> ")]
    part = text_part("\n".join(lines) + "\n", "plain", m.charset, m.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(m: Mail, q: Quote) -> Message:
    """Automatic notices and system advices: plain text, nothing quoted."""
    del q
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def style_notice_html(m: Mail, q: Quote) -> Message:
    """An Exchange automatic reply: plain and a bare HTML version, nothing quoted."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paras(m.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(m.body + "\n", "plain", m.charset, m.cte),
        text_part(markup, "html", m.charset, m.cte),
    )


STYLES: dict[str, Callable[[Mail, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android", "notice_html"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {"gmail": "000000000000", "apple": "Apple-Mail=_"}


def reply_subject(m: Mail, q: Quote) -> str:
    """The subject the client puts on the reply (or the hand-written one)."""
    if m.subject:
        return m.subject.format(rsub=q.subject)
    if m.intent == "auto_reply":
        return AUTO_PREFIX[m.lang] + q.subject
    return (OUTLOOK_RE[m.lang] if m.style in OUTLOOK_FAMILY else "Re: ") + q.subject


def with_attachment(m: Mail, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the attached file, when there is one."""
    if m.attach is None:
        return body
    name, data = m.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (or an enclosed message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries shaped like the client's own."""
    if style in OUTLOOK_FAMILY:
        prefix = "_000_"
    else:
        prefix = BOUNDARY_STYLE.get(style, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = (
            digest(key, f"boundary{n}").hex()[:12]
            if style == "gmail"
            else b32(key, f"boundary{n}", 24)
        )
        part.set_boundary(prefix + tail)


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


def build_mail(m: Mail) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = make_quote(m)
    msg = with_attachment(m, STYLES[m.style](m, q))
    gmail = m.style in {"gmail", "gmail_plain"}
    msg["From"] = mailbox(*m.who, m.charset, gmail)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(m, q), m.charset, "Subject", gmail)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m.key, m.style, m.who[1])
    if m.threaded:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    extra: list[tuple[str, str]] = []
    if m.style in OUTLOOK_FAMILY:
        extra += [
            ("Thread-Topic", encoded_header(q.subject, m.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(m.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(m.style, ()), *m.headers]:
        msg[name] = value
    return finalize(msg, m.key, m.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
PROOF_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca Online - justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Mail(
        "ps-en-paid-one-word",
        "payment_sent",
        "en",
        ("Gary Pugh", "gary@pughpromotions.example"),
        "2027-09-07 07:52 +0100",
        "iphone",
        "Paid.",
        lab(note="one-word reply; no date given"),
        inv="SC-2027-0264",
        amt="780.00",
        job="4 bar staff – Pugh's Summer Social, 17 July",
    ),
    Mail(
        "ps-en-remittance-advice",
        "payment_sent",
        "en",
        ("Northgate Arena Group – Accounts Payable", "ap.noreply@northgate-arena.example"),
        "2027-09-03 18:41 +0100",
        "notice",
        "NORTHGATE ARENA GROUP PLC\nAccounts Payable Shared Service Centre\n\nREMITTANCE ADVICE\n\nSupplier:        STAGEHAND CREW & STAFFING LTD\nSupplier no.:    V-204417\nPayment date:    03/09/2027\nPayment method:  BACS\nPayment number:  0000488215\n\nYour invoice     Invoice date    Gross amount          Paid\nSC-2027-0287     09/07/2027          1,944.00      1,944.00\nSC-2027-0301     16/07/2027            816.50        816.50\n\nTotal paid:  GBP 2,760.50\n\nFunds should reach your account within two working days. Please send remittance queries to the AP helpdesk, quoting the payment number above. This mailbox is not monitored.",
        lab(
            "SC-2027-0287",
            "SC-2027-0301",
            paid_date="2027-09-03",
            payment_reference="0000488215",
            amount="2760.50",
            currency="GBP",
            note="AP-system remittance advice, not a reply; it quotes nothing; the total of both invoices is the amount paid",
        ),
        subject="Remittance Advice - Northgate Arena Group - Payment 0000488215",
        cte="7bit",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-en-rambling-wednesday",
        "payment_sent",
        "en",
        ("Imogen Hale", "i.hale@calderbrook-uni.example"),
        "2027-09-10 16:22 +0100",
        "outlook_html",
        "Hi there,\n\nSorry, I meant to reply to this earlier in the week and it's been one of those weeks – freshers' fair set-up, two open days, and our finance system decided to migrate itself over the weekend, so nobody could raise anything until Tuesday afternoon. I did chase it though, because your team were brilliant for us at graduation and the last thing I wanted was you waiting on us.\n\nAnyway, long story short: Procurement have confirmed to me that it went out on Wednesday with the rest of that week's supplier batch. They didn't give me a reference but it should show as CALDERBROOK UNI on your statement.\n\nIf for some reason it hasn't landed by the middle of next week, let me know and I'll go back to them.\n\nAlso – are you doing the winter graduation in December? I'll be in touch about numbers.\n\nBest wishes,\nImogen\n\nImogen Hale\nEvents & Conferencing Manager\nCalderbrook University",
        lab(
            paid_date="2027-09-08",
            note="long reply with the point buried in the middle; 'Wednesday' is past, the Wednesday before Fri 10 Sept",
        ),
        inv="SC-2027-0279",
        amt="2215.00",
        job="stewards and ushers – summer graduation, 19–21 July",
    ),
    Mail(
        "ps-de-zahlungsavis",
        "payment_sent",
        "de",
        (
            "Rheinhallen Messe GmbH – Kreditorenbuchhaltung",
            "zahlungsavis@rheinhallen-messe.example",
        ),
        "2027-09-08 06:15 +0200",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nwir haben folgende Zahlung an Sie veranlasst:\n\nZahlungsbeleg:   2000184533\nBuchungsdatum:   07.09.2027\nKreditor:        70031855  Stagehand Crew & Staffing Ltd\n\nIhre Rechnung    Rechnungsdatum     Betrag EUR    Skonto    Zahlbetrag EUR\nSC-2027-0342     21.07.2027           3.180,00      0,00          3.180,00\n\nSumme Zahlbetrag:                                                 3.180,00\n\nDie Gutschrift auf Ihrem Konto erfolgt in der Regel innerhalb von ein bis zwei Bankarbeitstagen.\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten an diese Adresse werden nicht bearbeitet.",
        lab(
            "SC-2027-0342",
            paid_date="2027-09-07",
            payment_reference="2000184533",
            amount="3180.00",
            currency="EUR",
            note="SAP payment advice, not a reply; the posting date is the payment date",
        ),
        subject="Zahlungsavis Nr. 2000184533 / Rheinhallen Messe GmbH",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        threaded=False,
    ),
    Mail(
        "ps-fr-paid-send-copy",
        "payment_sent",
        "fr",
        ("Camille Roux", "camille.roux@agence-lumen.example"),
        "2027-09-14 10:37 +0200",
        "gmail",
        "Bonjour,\n\nLe virement est parti vendredi dernier (réf. VIR-LUM-88213), vous devriez l’avoir reçu à l’heure qu’il est.\n\nPar contre notre comptable ne retrouve plus la facture SC-2027-0356 dans ses pièces : pourriez-vous nous en renvoyer une copie en PDF pour son rapprochement ?\n\nMerci d’avance et bonne journée,\n\nCamille Roux\nChargée de production – Agence Lumen",
        lab(
            "SC-2027-0356",
            paid_date="2027-09-10",
            payment_reference="VIR-LUM-88213",
            note="paid, plus a copy wanted for the accountant's records: the payment claim decides; 'vendredi dernier' from Tue 14 Sept",
        ),
        inv="SC-2027-0356",
        job="régie plateau – séminaire Lumen, 8 juillet",
    ),
    Mail(
        "ps-fr-mobile-ce-matin",
        "payment_sent",
        "fr",
        ("Julien M", "julien.marchetti@hotmail.fr"),
        "2027-09-02 09:48 +0200",
        "iphone",
        "c regle ce matin par virement, desole pour le retard\nJulien",
        lab(
            paid_date="2027-09-02",
            note="mobile shorthand without accents; 'ce matin' is the message date",
        ),
        rto="contact@julienmarchetti-events.example",
    ),
    Mail(
        "ps-es-ayer-justificante",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "marta.ibanez@sonora-producciones.example"),
        "2027-09-16 12:05 +0200",
        "gmail",
        "Hola:\n\nOs confirmo que ayer por la tarde hicimos la transferencia de 1.312,40 € correspondiente a la factura SC-2027-0371. Os adjunto el justificante del banco.\n\nUn saludo,\nMarta Ibáñez\nAdministración · Sonora Producciones",
        lab(
            "SC-2027-0371",
            paid_date="2027-09-15",
            amount="1312.40",
            currency="EUR",
            note="proof of transfer attached",
        ),
        inv="SC-2027-0371",
        amt="1312.40",
        attach=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Mail(
        "ps-es-ayuntamiento-formal",
        "payment_sent",
        "es",
        ("Intervención – Ayuntamiento de Valdeluna", "intervencion@valdeluna.example"),
        "2027-09-01 13:10 +0200",
        "outlook",
        "Estimados señores:\n\nEn relación con su comunicación sobre la factura SC-2027-0331, relativa al servicio de auxiliares de control en las Fiestas Patronales, les informamos de que dicha factura fue reconocida y abonada mediante transferencia bancaria con fecha 30 de agosto de 2027, número de operación contable 220270004512.\n\nRogamos comprueben su cuenta y, en caso de no constar el ingreso, se pongan en contacto con esta Intervención indicando el número de operación.\n\nAtentamente,\n\nRosario Gallego Puente\nTécnica de Intervención\nAyuntamiento de Valdeluna",
        lab(
            "SC-2027-0331",
            paid_date="2027-08-30",
            payment_reference="220270004512",
            note="public body, very formal; the accounting operation number is the reference",
        ),
        inv="SC-2027-0331",
        job="auxiliares de control – Fiestas Patronales, 22–25 de julio",
        charset="iso-8859-1",
    ),
    Mail(
        "ps-nl-gisteren-android",
        "payment_sent",
        "nl",
        ("Bas Verhoef", "bas@podiumbouw-zwolle.example"),
        "2027-09-22 07:31 +0200",
        "android",
        "is gisteren overgemaakt, excuus voor de vertraging. gr Bas",
        lab(paid_date="2027-09-21", note="'gisteren' from Wed 22 Sept"),
    ),
    Mail(
        "ps-nl-betaalrun-kenmerk",
        "payment_sent",
        "nl",
        ("Ingrid Smit", "administratie@zomerpodium.example"),
        "2027-09-06 11:12 +0200",
        "thunderbird",
        "Goedemorgen,\n\nFactuur SC-2027-0398 is vrijdag 3 september voldaan via onze betaalrun. Het bedrag van € 2.095,50 is overgemaakt onder kenmerk 0091 2238 4410.\n\nZou u uw herinnering willen laten vervallen?\n\nMet vriendelijke groet,\n\nIngrid Smit\nFinanciële administratie\nStichting Zomerpodium",
        lab(
            "SC-2027-0398",
            paid_date="2027-09-03",
            payment_reference="0091 2238 4410",
            amount="2095.50",
            currency="EUR",
        ),
        inv="SC-2027-0398",
        amt="2095.50",
        cte="8bit",
    ),
    Mail(
        "ps-it-trn-stamattina",
        "payment_sent",
        "it",
        ("Giulia Conti", "amministrazione@villaverdi-congressi.example"),
        "2027-09-03 11:26 +0200",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che il bonifico a saldo della fattura SC-2027-0383 è stato disposto questa mattina. Vi riportiamo il TRN per le vostre verifiche: 1101272460461875.\n\nRestiamo a disposizione.\n\nCordiali saluti\n\nGiulia Conti\nUfficio Amministrazione\nVilla Verdi Centro Congressi",
        lab(
            "SC-2027-0383",
            paid_date="2027-09-03",
            payment_reference="1101272460461875",
            note="'questa mattina' is the message date",
        ),
        inv="SC-2027-0383",
        job="hostess e guardaroba – congresso medico, 1–3 luglio",
    ),
    Mail(
        "ps-it-fatto",
        "payment_sent",
        "it",
        ("Davide Sartori", "dsartori.eventi@gmail.com"),
        "2027-09-21 22:47 +0200",
        "iphone",
        "fatto",
        lab(note="one-word 'done' in answer to the reminder; no date"),
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pp-en-approved-thursday-run",
        "promise_to_pay",
        "en",
        ("Martin Cole", "m.cole@brightwater-cc.example"),
        "2027-09-13 09:58 +0100",
        "outlook_html",
        "Good morning,\n\nI can confirm SC-2027-0293 has been approved and added to Thursday's payment run, so the funds should be with you by the end of the week.\n\nKind regards\n\nMartin Cole\nFinance Assistant\nBrightwater Conference Centre",
        lab(
            "SC-2027-0293",
            promised_date="2027-09-16",
            note="past tense 'approved and added' announces a future payment; the run day (Thu 16 Sept) is the promised date",
        ),
        inv="SC-2027-0293",
        amt="1380.00",
    ),
    Mail(
        "pp-en-conditional-end-of-month",
        "promise_to_pay",
        "en",
        ("Kofi Mensah", "kofi@afterglowfest.example"),
        "2027-09-08 23:14 +0100",
        "gmail_plain",
        "Hi both\n\nSorry for going quiet. Short version: the ticketing company hang on to our money until 30 days after the event so we won't see it till the end of the month. The moment it lands you're first on the list, full amount, no messing about.\n\nYour lads were brilliant on the build by the way, the riggers especially.\n\nKofi",
        lab(
            promised_date="2027-09-30",
            note="conditional on the ticketing payout; 'the end of the month' → 30 Sept",
        ),
        job="riggers and build crew – Afterglow Festival, 5–9 August",
        amt="4120.00",
    ),
    Mail(
        "pp-en-not-yet-next-thursday",
        "promise_to_pay",
        "en",
        ("Sandra Flynn", "accounts@flynn-hospitality.example"),
        "2027-09-02 15:03 +0100",
        "outlook",
        "Hi,\n\nNot yet I'm afraid – it missed this week's run because it was still waiting for sign-off. It'll go out next Thursday with the rest of the suppliers.\n\nSandra",
        lab(
            promised_date="2027-09-09",
            note="'not yet' followed by a promise; 'next Thursday' written on Thu 2 Sept → 9 Sept",
        ),
    ),
    Mail(
        "pp-de-kw38",
        "promise_to_pay",
        "de",
        ("Thomas Brandl", "t.brandl@alpenland-events.example"),
        "2027-09-09 14:20 +0200",
        "outlook",
        "Guten Tag,\n\ndanke für die Erinnerung. Die Rechnung SC-2027-0347 über 2.340,00 € ist geprüft und zur Zahlung in KW 38 eingeplant.\n\nMit freundlichen Grüßen\nThomas Brandl\nBuchhaltung\nAlpenland Events GmbH",
        lab(
            "SC-2027-0347",
            promised_date="2027-09-20",
            amount="2340.00",
            currency="EUR",
            note="'KW 38' → Monday of ISO week 38",
        ),
        inv="SC-2027-0347",
        amt="2340.00",
        charset="windows-1252",
    ),
    Mail(
        "pp-de-person-out-of-office-subject",
        "promise_to_pay",
        "de",
        ("Katrin Vogt", "k.vogt@vogt-eventtechnik.example"),
        "2027-09-09 19:40 +0200",
        "iphone",
        "Hallo,\n\nich bin gerade im Urlaub und hab Ihre Mail nur zufällig auf dem Handy gesehen. Ich kümmere mich gleich am Montag um die Überweisung, wenn ich wieder im Büro bin.\n\nViele Grüße\nKatrin Vogt",
        lab(
            promised_date="2027-09-13",
            note="written by a person on holiday; the subject says 'Out of Office' but this is no auto-reply; Monday after Thu 9 Sept",
        ),
        subject="Out of Office – Re: {rsub}",
    ),
    Mail(
        "pp-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Sophie Delmas", "comptabilite@congres-valrive.example"),
        "2027-09-07 11:02 +0200",
        "outlook_html",
        "Bonjour,\n\nNous avons bien pris note de votre relance. La facture SC-2027-0361 sera réglée fin de mois, conformément à nos conditions habituelles de paiement fournisseurs.\n\nCordialement,\n\nSophie Delmas\nService comptabilité\nCentre des Congrès de Valrive",
        lab("SC-2027-0361", promised_date="2027-09-30", note="'fin de mois' → 30 Sept"),
        inv="SC-2027-0361",
    ),
    Mail(
        "pp-es-finales-de-mes",
        "promise_to_pay",
        "es",
        ("Jorge Castaño", "jcastano@grupo-marea.example"),
        "2027-09-09 17:45 +0200",
        "outlook",
        "Buenas tardes:\n\nDisculpad el retraso. Tenemos la factura aprobada y la pagaremos a finales de mes, cuando salga la remesa de proveedores.\n\nSaludos,\nJorge Castaño\nDpto. Financiero – Grupo Marea Eventos",
        lab(promised_date="2027-09-30", note="'a finales de mes' → 30 Sept"),
    ),
    Mail(
        "pp-es-caps-manana",
        "promise_to_pay",
        "es",
        ("Paco Ruiz", "paco@beachclubelfaro.example"),
        "2027-09-22 21:03 +0200",
        "iphone",
        "PERDON SE ME PASO. MAÑANA A PRIMERA HORA LO PAGO",
        lab(promised_date="2027-09-23", note="all caps from a phone; 'mañana' from Wed 22 Sept"),
        job="camareros y barra – fiesta de fin de temporada, 31 de julio",
    ),
    Mail(
        "pp-nl-over-twee-weken",
        "promise_to_pay",
        "nl",
        ("Mark de Groot", "mark@degrootlive.example"),
        "2027-09-01 10:25 +0200",
        "gmail",
        "Hoi,\n\nKlopt, die staat nog open. We wachten zelf nog op de afrekening van de gemeente voor het stadsfestival en die komt binnen twee weken. Dus uiterlijk over twee weken betalen we jullie.\n\nGroet,\nMark",
        lab(promised_date="2027-09-15", note="'over twee weken' → message date + 14 days"),
    ),
    Mail(
        "pp-nl-volgende-week-dinsdag",
        "promise_to_pay",
        "nl",
        ("Femke Jansen", "crediteuren@evenementenhalnoord.example"),
        "2027-09-16 09:15 +0200",
        "outlook",
        "Goedemorgen,\n\nUw factuur SC-2027-0402 is akkoord en wordt volgende week dinsdag met de reguliere betaalrun voldaan.\n\nMet vriendelijke groet,\n\nFemke Jansen\nCrediteurenadministratie\nEvenementenhal Noord",
        lab(
            "SC-2027-0402",
            promised_date="2027-09-21",
            note="'volgende week dinsdag' from Thu 16 Sept",
        ),
        inv="SC-2027-0402",
    ),
    Mail(
        "pp-it-entro-fine-mese",
        "promise_to_pay",
        "it",
        ("Luca Ferraro", "luca.ferraro@festivaldellago.example"),
        "2027-09-10 16:30 +0200",
        "thunderbird",
        "Ciao,\n\nsì lo so, siamo in ritardo. Il comitato ha approvato il pagamento ieri sera: il bonifico partirà entro fine mese, appena rientrano i contributi della Regione.\n\nUn saluto\nLuca",
        lab(
            promised_date="2027-09-30",
            note="'approvato ieri' is the approval, the payment is still to come; 'entro fine mese' → 30 Sept",
        ),
        cte="8bit",
    ),
    Mail(
        "pp-it-15-09-distinta",
        "promise_to_pay",
        "it",
        ("Paola Mancini", "contabilita.fornitori@fieraportoreale.example"),
        "2027-09-06 10:10 +0200",
        "outlook",
        "Gentili Signori,\n\nla fattura in oggetto risulta registrata e sarà pagata il 15/09 con la distinta fornitori di metà mese.\n\nDistinti saluti\n\nPaola Mancini\nContabilità Fornitori\nFiera di Portoreale S.p.A.",
        lab(
            promised_date="2027-09-15",
            note="'15/09' in the Italian day/month order; 'la fattura in oggetto' names no number",
        ),
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Mail(
        "di-en-caps-stewards",
        "dispute",
        "en",
        ("Dean Whitlock", "dean@whitlock-motorsport-events.example"),
        "2027-09-02 18:20 +0100",
        "iphone",
        "WE ONLY HAD 4 STEWARDS ON THE GATE NOT 6. TWO NEVER SHOWED. NOT PAYING FOR STAFF WE DIDNT GET CHECK YOUR OWN SIGN IN SHEETS",
        lab(note="all caps, no punctuation at the end; headcount billed is contested"),
        inv="SC-2027-0271",
        amt="1026.00",
        job="6 gate stewards – Whitlock Track Day, 24 July",
    ),
    Mail(
        "di-en-part-paid-overtime",
        "dispute",
        "en",
        ("Helen Marsh", "helen.marsh@meridianlive.example"),
        "2027-09-06 12:40 +0100",
        "outlook",
        "Hi,\n\nWe've paid the agreed crew days on SC-2027-0312 (£1,560.00 went out on Friday) but we're not paying the overtime line. The Sunday load-out was booked as a 10-hour call and our PO says so; nobody on our side authorised the extra 14 hours, and the timesheets you've attached aren't signed by our production manager.\n\nPlease send a credit note for the overtime, or signed timesheets if you think we've got this wrong.\n\nThanks,\nHelen\n\nHelen Marsh\nProduction Accountant | Meridian Live Ltd",
        lab(
            "SC-2027-0312",
            note="part paid, the rest contested: dispute wins over the payment claim",
        ),
        inv="SC-2027-0312",
        amt="1889.00",
        job="load-in/load-out crew – Meridian arena tour, Leeds, 16–18 July",
        charset="windows-1252",
        headers=(NO_AUTO_RESPONSE,),
    ),
    Mail(
        "di-en-not-paid-because",
        "dispute",
        "en",
        ("Rachel Obi", "rachel@riversidejazz.example"),
        "2027-09-15 20:05 +0100",
        "gmail",
        "Hi,\n\nTo be clear, we have NOT paid this and won't be paying it in full. Two of the bar staff you sent for the Riverside Jazz weekend had clearly never worked a bar before – couldn't pour a pint or work the till – and the venue manager took them off the bar on the Saturday afternoon. We ended up with a queue halfway down the field.\n\nI'm happy to pay for the people who did the job. Send me a revised invoice for those and I'll settle it the same day.\n\nRachel Obi\nRiverside Jazz Weekend",
        lab(
            note="negated payment with the reason; the revised-invoice request and conditional payment are secondary"
        ),
        job="8 bar staff – Riverside Jazz Weekend, 23–25 July",
    ),
    Mail(
        "di-de-doppelt-berechnet",
        "dispute",
        "de",
        ("Andrea Köhler – Kulturamt Lindenau", "kulturamt@lindenau.example"),
        "2027-09-14 10:45 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung SC-2027-0377 können wir nicht anweisen. Sie betrifft denselben Auf- und Abbau zum Lindenauer Stadtfest (10. und 11.07.2027), der Ihnen bereits mit der Rechnung SC-2027-0351 in voller Höhe vergütet wurde. Es handelt sich offensichtlich um eine Doppelberechnung.\n\nWir bitten um Stornierung der Rechnung SC-2027-0377 und um eine kurze Bestätigung.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nAndrea Köhler\nKulturamt der Stadt Lindenau",
        lab(
            "SC-2027-0377",
            "SC-2027-0351",
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="SC-2027-0377",
        charset="windows-1252",
    ),
    Mail(
        "di-de-stundensatz-rahmenvertrag",
        "dispute",
        "de",
        ("Jörg Albers", "j.albers@nordlicht-veranstaltungstechnik.example"),
        "2027-09-20 08:55 +0200",
        "thunderbird",
        "Moin,\n\nin der Rechnung SC-2027-0388 sind die Rigger mit 42 € die Stunde abgerechnet. Laut unserem Rahmenvertrag vom März gelten 36 € netto, daran hat sich nichts geändert. Bei 64 Stunden sind das 384 € zu viel.\n\nSchickt mir bitte eine korrigierte Rechnung, dann geht das sofort raus.\n\nGruß\nJörg Albers",
        lab(
            "SC-2027-0388",
            note="rate disagreement against a framework contract; payment only after correction",
        ),
        inv="SC-2027-0388",
        amt="3198.72",
        job="Rigging – Open-Air Kiel, 16.–18.07.",
        cte="8bit",
    ),
    Mail(
        "di-fr-hotesses-retard",
        "dispute",
        "fr",
        ("Nathalie Berger", "achats@expo-ouest.example"),
        "2027-09-08 15:12 +0200",
        "outlook",
        "Bonjour,\n\nNous contestons la facture SC-2027-0364. Les six hôtesses d’accueil prévues pour l’ouverture du salon le 3 juillet sont arrivées avec près de deux heures de retard, alors que le bon de commande précisait une prise de poste à 7 h 30. Nous avons dû mobiliser notre propre personnel pour accueillir les exposants.\n\nNous ne réglerons pas les heures facturées pour cette matinée. Merci de nous faire parvenir un avoir correspondant.\n\nCordialement,\n\nNathalie Berger\nResponsable des achats\nExpo Ouest Organisation",
        lab("SC-2027-0364"),
        inv="SC-2027-0364",
        charset="windows-1252",
    ),
    Mail(
        "di-fr-trois-jours-montage",
        "dispute",
        "fr",
        ("Thomas Leclerc", "thomas@lescoulisses-salle.example"),
        "2027-09-17 14:33 +0200",
        "gmail",
        "Salut,\n\nIl y a un souci sur votre facture : vous nous comptez 3 jours de montage alors que tout était monté en 2 jours. Le 3e jour vos gars n’étaient même pas là, j’étais sur place, je peux te le garantir.\n\nVous êtes sûrs de vos chiffres ? On ne va pas payer une journée qui n’a pas été faite.\n\nThomas",
        lab(note="informal; the question is rhetorical, the days billed are contested"),
        job="montage scène – 3 jours, 12–14 juillet",
    ),
    Mail(
        "di-es-once-camareros",
        "dispute",
        "es",
        ("Alberto Serrano", "aserrano@catering-olivar.example"),
        "2027-09-10 09:40 +0200",
        "android",
        "Buenos días,\n\nNo vamos a pagar esta factura hasta que nos expliquéis por qué aparecen 11 camareros cuando en la boda del 10 de julio trabajaron 8. Tenemos las hojas de firmas.\n\nAlberto",
        lab(note="refusal to pay until the headcount is explained"),
        job="11 camareros – boda en Finca El Olivar, 10 de julio",
    ),
    Mail(
        "di-nl-annulering",
        "dispute",
        "nl",
        ("Sanne Bakker", "financien@havenfestival.example"),
        "2027-09-13 13:20 +0200",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij gaan niet akkoord met factuur SC-2027-0405. U brengt annuleringskosten in rekening voor twaalf stewards, terwijl wij de inzet op 2 juli schriftelijk hebben geannuleerd, ruim drie weken voor het evenement. Volgens uw eigen voorwaarden is annuleren tot 14 dagen vooraf kosteloos.\n\nWij verzoeken u de factuur te crediteren.\n\nMet vriendelijke groet,\n\nSanne Bakker\nFinanciën – Stichting Havenfestival",
        lab("SC-2027-0405", note="cancellation fee contested"),
        inv="SC-2027-0405",
        job="annuleringskosten – 12 stewards, 26 juli",
    ),
    Mail(
        "di-nl-rambling-stewards",
        "dispute",
        "nl",
        ("Joost van Dijk", "joost@vandijkproducties.example"),
        "2027-09-20 22:10 +0200",
        "apple",
        "Hoi,\n\nEven een uitgebreider antwoord, want ik krijg nu de derde herinnering en ik denk dat er bij jullie iets door elkaar loopt. We hebben dit jaar drie klussen met jullie gedaan: de bedrijfsdag in juni, de bruiloft op het landgoed begin juli en het tuinfeest van 17 juli. De eerste twee zijn allang betaald, dat kan ik je zo laten zien als je wilt, en ik ben eerlijk gezegd ook heel tevreden over hoe dat liep.\n\nMaar deze laatste factuur klopt gewoon niet. Op zaterdag zouden er vier stewards komen voor de parkeerplaats en er kwamen er twee, waarvan eentje om half negen alweer weg moest. Mijn zwager heeft toen de rest van de avond auto's staan inparkeren. Toch staan er op de factuur vier man voor de hele avond.\n\nDus nee, die betalen we zo niet. Stuur maar een aangepaste factuur voor wat er echt gewerkt is, dan regel ik het.\n\nGroet,\nJoost",
        lab(note="long reply; two other jobs paid, the latest invoice contested"),
        job="4 stewards parkeren – tuinfeest, 17 juli",
    ),
    Mail(
        "di-it-divisa",
        "dispute",
        "it",
        ("Francesca Bellini", "eventi@grandhotellidoazzurro.example"),
        "2027-09-09 12:15 +0200",
        "outlook",
        "Buongiorno,\n\ncontestiamo la fattura SC-2027-0411. Per la cena di gala del 17 luglio avevamo richiesto personale di sala in divisa nera, come da conferma d’ordine; quattro dei dieci camerieri si sono presentati in jeans e scarpe da ginnastica e abbiamo potuto impiegarli solo in cucina.\n\nNon possiamo riconoscere la tariffa di sala per queste quattro persone. Attendiamo una nota di credito.\n\nCordiali saluti\n\nFrancesca Bellini\nResponsabile Eventi\nGrand Hotel Lido Azzurro",
        lab("SC-2027-0411"),
        inv="SC-2027-0411",
        charset="windows-1252",
    ),
    Mail(
        "di-it-ore-fogli-presenza",
        "dispute",
        "it",
        ("Marco Rinaldi", "marco.rinaldi@rinaldiallestimenti.example"),
        "2027-09-23 11:05 +0200",
        "gmail",
        "Buongiorno,\n\nin fattura SC-2027-0419 ci sono 120 ore di montaggio, ma dai fogli presenza firmati dal vostro caposquadra ne risultano 96. Vi giro i fogli appena li ritrovo in ufficio.\n\nAttendiamo una nota di credito per le 24 ore di differenza, la parte restante la paghiamo senza problemi.",
        lab(
            "SC-2027-0419",
            note="hours contested; the offer to pay the rest is secondary; no signature",
        ),
        inv="SC-2027-0419",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pl-en-hardship-monthly",
        "payment_plan",
        "en",
        ("Lee Brannigan", "lee@meadowlarkfestival.example"),
        "2027-08-31 20:45 +0100",
        "gmail_plain",
        "Hi,\n\nI'll be straight with you. Meadowlark got called off on the Saturday because of the storm and we've had to refund most of the weekend tickets. The insurers are still arguing about it and we're skint until they pay out.\n\nI'm not trying to dodge it, your crew turned up and did the work. Could we do £400 a month until it's cleared? I can start on the 1st of October.\n\nCheers\nLee",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        amt="2640.00",
        job="site crew and stewards – Meadowlark Festival, 30 July–1 August",
    ),
    Mail(
        "pl-en-part-now-rest-october",
        "payment_plan",
        "en",
        ("Priya Nair", "priya@lanternweddings.example"),
        "2027-09-15 17:20 +0100",
        "apple",
        "Hi,\n\nI've just paid £1,000 towards SC-2027-0323 and I'll clear the remaining £1,150 by the end of October, once the deposits for the autumn weddings have come in. Hope that works – shout if not.\n\nPriya",
        lab("SC-2027-0323", note="part paid today, balance later: payment_plan, not payment_sent"),
        inv="SC-2027-0323",
        amt="2150.00",
    ),
    Mail(
        "pl-en-council-extension",
        "payment_plan",
        "en",
        ("Gareth Pryce", "events@ashcombe-dc.example"),
        "2027-09-20 11:30 +0100",
        "outlook_html",
        "Dear Sir or Madam,\n\nThank you for your reminder about invoice SC-2027-0299 (stewarding, Ashcombe Summer Fair).\n\nThe fair is part-funded by an external grant and the second tranche has not yet been released to the Council. I would therefore like to request an extension of 30 days to the payment terms for this invoice. The invoice itself is not in question and has been approved by the budget holder.\n\nI would be grateful if you could confirm that this is acceptable.\n\nYours faithfully,\n\nGareth Pryce\nEvents and Culture Officer\nAshcombe District Council",
        lab(
            "SC-2027-0299",
            note="more time asked by a public body; the invoice is explicitly not contested",
        ),
        inv="SC-2027-0299",
        job="stewarding – Ashcombe Summer Fair, 17 July",
    ),
    Mail(
        "pl-de-drei-raten-android",
        "payment_plan",
        "de",
        ("Nico Hartmann", "nico@hartmann-clubkultur.example"),
        "2027-09-03 23:50 +0200",
        "android",
        "Hi, ist mir grad echt unangenehm aber wir kriegen das nicht auf einmal gestemmt. Geht das in 3 Raten a 1.000 €? Die erste könnte ich nächsten Freitag überweisen. LG Nico",
        lab(note="instalments proposed late at night from a phone; 'a' for 'à'"),
        amt="3000.00",
    ),
    Mail(
        "pl-de-haelfte-jetzt",
        "payment_plan",
        "de",
        ("Birgit Lorenz", "b.lorenz@lorenz-messebau.example"),
        "2027-09-17 15:05 +0200",
        "gmail",
        "Guten Tag,\n\nwir überweisen heute 50 % des Rechnungsbetrags. Die andere Hälfte folgt, sobald unser Endkunde die Schlussrechnung für den Messestand beglichen hat – erfahrungsgemäß in vier bis sechs Wochen.\n\nIch hoffe, das ist für Sie in Ordnung.\n\nFreundliche Grüße\nBirgit Lorenz\nGeschäftsführung – Lorenz Messebau GmbH",
        lab(note="half now, half when their own customer pays: payment_plan"),
    ),
    Mail(
        "pl-fr-trois-mensualites",
        "payment_plan",
        "fr",
        ("Hervé Garnier", "tresorier@festival-troisrivieres.example"),
        "2027-09-06 18:02 +0200",
        "outlook",
        "Madame, Monsieur,\n\nJe vous écris en qualité de trésorier de l'association. Notre édition 2027 s'est soldée par un déficit important en raison de la météo, et nous ne sommes pas en mesure de régler la facture SC-2027-0368 en une seule fois.\n\nNous vous proposons un paiement en trois mensualités égales, à compter du 15 octobre. Pourriez-vous nous indiquer si cet échelonnement vous convient ?\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nHervé Garnier\nTrésorier - Festival des Trois Rivières",
        lab("SC-2027-0368", note="very formal; hardship and three instalments"),
        inv="SC-2027-0368",
        charset="iso-8859-1",
    ),
    Mail(
        "pl-fr-moitie-iphone",
        "payment_plan",
        "fr",
        ("Manon Petit", "manon.petit@lagrangeauxfetes.example"),
        "2027-09-22 12:14 +0200",
        "iphone",
        "Bonjour, est-ce qu’on pourrait payer la moitié maintenant et le reste fin octobre ? La trésorerie est un peu juste après l’été. Merci ! Manon",
        lab(note="half now, the rest at the end of October: payment_plan"),
    ),
    Mail(
        "pl-es-dos-plazos",
        "payment_plan",
        "es",
        ("Sonia Prieto", "sprieto@congresosatlantico.example"),
        "2027-09-07 10:20 +0200",
        "outlook",
        "Buenos días:\n\nLes escribo en relación con la factura SC-2027-0337. Por un desfase de tesorería tras el verano, les proponemos abonarla en dos plazos: el 50 % la semana que viene y el resto a finales de octubre.\n\nQuedamos a la espera de su conformidad.\n\nUn saludo,\n\nSonia Prieto\nAdministración – Congresos Atlántico",
        lab("SC-2027-0337"),
        inv="SC-2027-0337",
    ),
    Mail(
        "pl-es-rambling-600-al-mes",
        "payment_plan",
        "es",
        ("Quique Moral", "quique@festivalsolymar.example"),
        "2027-09-13 01:12 +0200",
        "gmail",
        "Hola, qué tal\n\nPerdonad que no haya contestado antes a ninguno de los correos, ha sido un verano de locos. El festival salió bien en cuanto a público pero el patrocinador principal se echó atrás dos semanas antes y lo tuvimos que cubrir todo nosotros, así que ahora mismo vamos pagando a los proveedores como podemos, por orden, y sin dejar a nadie tirado.\n\nCon vosotros quería proponeros una cosa: ¿os parece bien si os vamos pagando 600 € cada mes hasta terminar? Sé que no es lo ideal pero es lo que puedo asumir sin hundirme. Si necesitáis que lo firmemos o algo, sin problema.\n\nY lo de siempre: vuestro equipo de seguridad, de diez.\n\nUn abrazo,\nQuique",
        lab(note="long reply; the monthly-instalment proposal is in the middle"),
        amt="3450.00",
        job="seguridad y control de accesos – Festival Sol y Mar, 16–18 de julio",
    ),
    Mail(
        "pl-nl-vier-termijnen",
        "payment_plan",
        "nl",
        ("Wouter Kramer", "w.kramer@kramerevents.example"),
        "2027-09-10 14:40 +0200",
        "outlook_html",
        "Beste,\n\nWij willen graag een betalingsregeling treffen voor factuur SC-2027-0395. Ons voorstel: vier maandelijkse termijnen van € 520, de eerste op 1 oktober.\n\nKunt u laten weten of dat akkoord is?\n\nMet vriendelijke groet,\n\nWouter Kramer\nKramer Events B.V.",
        lab("SC-2027-0395"),
        inv="SC-2027-0395",
        amt="2080.00",
    ),
    Mail(
        "pl-it-tre-rate",
        "payment_plan",
        "it",
        ("Sara Galli", "sara.galli@cascinaeventi.example"),
        "2027-09-16 19:30 +0200",
        "iphone",
        "Buonasera, possiamo pagare in 3 rate mensili? Questo mese purtroppo siamo scoperti. Grazie, Sara",
        lab(),
    ),
    Mail(
        "pl-it-proroga-60-giorni",
        "payment_plan",
        "it",
        ("Enrico Valli", "amministrazione@proloco-valmarina.example"),
        "2027-09-01 09:32 +0200",
        "outlook",
        "Spett.le Stagehand Crew & Staffing,\n\ncon riferimento al Vostro sollecito relativo alla fattura SC-2027-0381, Vi comunichiamo che il contributo regionale destinato alla manifestazione non è ancora stato erogato.\n\nChiediamo pertanto una proroga di 60 giorni del termine di pagamento, fermo restando che l'importo non è in discussione.\n\nRingraziando per la disponibilità, porgiamo distinti saluti.\n\nEnrico Valli\nAmministrazione\nConsorzio Pro Loco Valmarina",
        lab("SC-2027-0381", note="more time asked; amount explicitly not contested"),
        inv="SC-2027-0381",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-po-rejected",
        "invoice_request",
        "en",
        ("Tom Reeves", "ap.queries@haldenhospitality.example"),
        "2027-09-01 14:55 +0100",
        "outlook",
        "Hello,\n\nThis invoice was rejected by our system because it doesn't quote a valid purchase order. All supplier invoices must show a Halden PO number, otherwise they can't be processed.\n\nThe PO for this booking is 4500128863. Once you send us a reissued invoice quoting it, we'll pay it in the next run.\n\nRegards,\nTom Reeves\nAccounts Payable | Halden Hospitality Group",
        lab(
            note="a reissued invoice with the PO is needed before paying; the payment is conditional on it"
        ),
        rto="invoices@haldenhospitality.example",
    ),
    Mail(
        "ir-en-never-received-pa",
        "invoice_request",
        "en",
        ("Chloe Barker", "chloe.barker@forgeconferences.example"),
        "2027-09-09 11:11 +0100",
        "gmail",
        "Hi,\n\nI've had a look and I can't find this invoice anywhere – I don't think it ever reached us (it may have gone to our old accounts address). Could you send me a copy, along with the signed booking confirmation, and I'll put it in front of Richard to approve?\n\nThank you,\nChloe\n\nChloe Barker\nPA to the Managing Director\nForge Conferences Ltd",
        lab(note="invoice never received; a copy is asked for before approval"),
    ),
    Mail(
        "ir-en-bank-details-letterhead",
        "invoice_request",
        "en",
        ("Janet Okoro", "supplierpayments@harrowfield.gov.example"),
        "2027-09-21 10:02 +0100",
        "outlook_html",
        "Dear Supplier,\n\nBefore we can release payment of SC-2027-0316 we need to verify your bank details. Following a number of attempted mandate frauds, the Council no longer accepts bank details supplied by e-mail.\n\nPlease send your bank details on company letterhead, signed by a director, together with a recent bank statement header, to the address below. We will then telephone your office on a known number to confirm them before the first payment is made.\n\nYours faithfully,\n\nJanet Okoro\nSupplier Payments Team\nHarrowfield Borough Council\nCivic Centre, Market Street, Harrowfield",
        lab("SC-2027-0316", note="verified bank details needed before paying; nothing contested"),
        inv="SC-2027-0316",
        job="stewards – Harrowfield Mela, 11 July",
    ),
    Mail(
        "ir-de-ust-id-fehlt",
        "invoice_request",
        "de",
        ("Stefanie Maurer", "rechnungspruefung@messe-suedwest.example"),
        "2027-09-15 13:37 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung SC-2027-0372 können wir in der vorliegenden Form leider nicht bearbeiten. Es fehlen Ihre Umsatzsteuer-Identifikationsnummer sowie der Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers.\n\nBitte senden Sie uns eine korrigierte Rechnung; der Betrag selbst ist unstrittig. Nach Eingang wird die Rechnung umgehend zur Zahlung freigegeben.\n\nMit freundlichen Grüßen\n\nStefanie Maurer\nRechnungsprüfung\nMesse Südwest GmbH",
        lab(
            "SC-2027-0372", note="reissue with VAT details; the amount is explicitly not contested"
        ),
        inv="SC-2027-0372",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "ir-de-stundenzettel-verein",
        "invoice_request",
        "de",
        ("Lukas Brenner", "lukas@kollektiv-freiluft.example"),
        "2027-09-07 16:48 +0200",
        "gmail",
        "Hallo zusammen,\n\nkönnt ihr mir bitte die Stundenzettel zu SC-2027-0362 schicken? Unser Kassenwart will die vor der Überweisung sehen, das ist bei uns im Verein so Vorschrift. Sobald ich die hab, geb ich die Rechnung frei.\n\nDanke & Gruß\nLukas",
        lab("SC-2027-0362", note="timesheets wanted before release; not contested"),
        inv="SC-2027-0362",
    ),
    Mail(
        "ir-fr-chorus-pro",
        "invoice_request",
        "fr",
        ("Mairie de Belcastel-sur-Orne – Finances", "finances@belcastel.example"),
        "2027-09-02 11:48 +0200",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance concernant la facture SC-2027-0353.\n\nNous vous rappelons qu’en tant que collectivité territoriale, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. Votre facture nous a été transmise par courriel et n’a donc pas pu être mise en paiement.\n\nNous vous invitons à la déposer sur Chorus Pro en indiquant le numéro d’engagement 2027-EJ-00418. Le délai de paiement courra à compter de ce dépôt.\n\nCordialement,\n\nLe service des finances\nMairie de Belcastel-sur-Orne",
        lab(
            "SC-2027-0353",
            note="public body: the invoice must be resubmitted through the e-invoicing portal",
        ),
        inv="SC-2027-0353",
        job="agents d’accueil – fête de la musique, 21 juin",
        charset="windows-1252",
    ),
    Mail(
        "ir-fr-jamais-recu",
        "invoice_request",
        "fr",
        ("Élodie Marchand", "elodie@studio-capucine.example"),
        "2027-09-20 08:20 +0200",
        "iphone",
        "Bonjour, je n’ai jamais reçu cette facture ?? Vous pouvez me la renvoyer svp, je la passe en paiement dès réception. Élodie",
        lab(note="never received; payment promised only on receipt of the copy, with no date"),
    ),
    Mail(
        "ir-es-pedido-cif",
        "invoice_request",
        "es",
        ("Raúl Domínguez", "compras@hotelescostablanca.example"),
        "2027-09-14 09:05 +0200",
        "outlook",
        "Buenos días:\n\nPara poder tramitar el pago necesitamos que nos emitan de nuevo la factura SC-2027-0374 indicando nuestro número de pedido (PO-77312) y el CIF correcto, que es A-99123456 y no el que figura en la factura.\n\nEn cuanto la recibamos, entrará en la siguiente remesa.\n\nSaludos cordiales,\nRaúl Domínguez\nCompras – Hoteles Costa Blanca",
        lab("SC-2027-0374", note="reissue with order number and tax id; not contested"),
        inv="SC-2027-0374",
        charset="windows-1252",
    ),
    Mail(
        "ir-es-extracto",
        "invoice_request",
        "es",
        ("Nuria Vidal", "nuria@lacaseta-eventos.example"),
        "2027-09-23 16:30 +0200",
        "gmail",
        "Hola!\n\nMe podéis mandar un extracto de cuenta con todo lo que tenemos pendiente? Es que me llegan recordatorios de varias facturas y ya no se cuáles están pagadas y cuáles no. Así lo cuadro con el banco y pago lo que falte de una vez.\n\nGracias!!\nNuria",
        lab(note="statement of account; 'no se' for 'no sé' is the writer's"),
    ),
    Mail(
        "ir-nl-peppol",
        "invoice_request",
        "nl",
        ("Kees Mulder", "facturen@zuiderveen.example"),
        "2027-09-08 10:44 +0200",
        "outlook",
        "Geachte leverancier,\n\nFactuur SC-2027-0391 kunnen wij helaas niet in behandeling nemen. De gemeente accepteert sinds 1 januari alleen nog e-facturen in UBL-formaat via het Peppol-netwerk, met vermelding van het inkoopordernummer.\n\nWilt u de factuur opnieuw indienen via Peppol, onder vermelding van inkoopordernummer 4700023981? Na ontvangst wordt de factuur binnen de betaaltermijn voldaan.\n\nMet vriendelijke groet,\n\nKees Mulder\nTeam Crediteuren\nGemeente Zuiderveen",
        lab("SC-2027-0391", note="public body: e-invoice resubmission with the order number"),
        inv="SC-2027-0391",
        cte="b64",
    ),
    Mail(
        "ir-nl-urenbriefjes",
        "invoice_request",
        "nl",
        ("Eva Hendriks", "eva@hendriksevenementen.example"),
        "2027-09-17 09:30 +0200",
        "gmail_plain",
        "Hallo,\n\nVoordat we betalen wil ik graag een kopie van de getekende urenbriefjes van zaterdag 10 juli. Onze opdrachtgever vraagt die op, anders kunnen wij het ook niet doorbelasten.\n\nAls ik die heb, zet ik de betaling direct klaar.\n\nGroeten,\nEva Hendriks",
        lab(note="signed timesheets wanted before paying; not contested"),
        job="bediening en bar – bedrijfsfeest, 10 juli",
    ),
    Mail(
        "ir-it-cig-mancante",
        "invoice_request",
        "it",
        ("Chiara Fontana", "amministrazione@teatronuovocastelverde.example"),
        "2027-09-13 15:18 +0200",
        "html_only",
        "Buongiorno,\n\nla fattura SC-2027-0414 non riporta il codice CIG, obbligatorio per i pagamenti degli enti pubblici, né il nostro codice fiscale. Vi chiediamo di riemetterla indicando il CIG Z4A3B2C1D0 e il codice fiscale 80012345678.\n\nAppena ricevuta la fattura corretta provvederemo al pagamento.\n\nCordiali saluti\n\nChiara Fontana\nUfficio Amministrativo\nTeatro Nuovo di Castelverde",
        lab("SC-2027-0414", note="public body: reissue with the tender code; HTML-only message"),
        inv="SC-2027-0414",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-left-forwarded-gmail",
        "wrong_contact",
        "en",
        ("Natalie Shaw", "natshaw.events@gmail.com"),
        "2027-09-03 19:20 +0100",
        "gmail",
        "Hi,\n\nI left Halcyon Events at the end of July – my old work email is still forwarding to my personal one, which is how I got this. For anything about their invoices please contact accounts@halcyon-events.example.\n\nThanks,\nNat",
        lab(
            new_contact="accounts@halcyon-events.example",
            note="former employee replying from a free-mail address the reminder was forwarded to",
        ),
        rto="natalie.shaw@halcyon-events.example",
    ),
    Mail(
        "wc-en-redirect-lookalike",
        "wrong_contact",
        "en",
        ("Pemberton Venues – Finance", "accounts@pemberton-venues-uk.example"),
        "2027-09-09 07:02 +0100",
        "outlook_html",
        "Dear Sir/Madam,\n\nPlease be advised that our accounts function has moved to an external provider with immediate effect. Kindly update your records and direct all future statements, reminders and remittance correspondence for this account to pemberton.ap.services@gmail.com.\n\nDo not send further correspondence to this address as it will no longer be monitored.\n\nRegards,\nFinance Department",
        lab(
            new_contact="pemberton.ap.services@gmail.com",
            note="phishing-like: sent from a look-alike domain, asks to redirect collection mail to a free-mail address; labelled by what it asks, a person must verify before any contact is changed",
        ),
        rto="accounts@pembertonvenues.example",
        headers=(("Reply-To", "pemberton.ap.services@gmail.com"),),
    ),
    Mail(
        "wc-en-wrong-callum",
        "wrong_contact",
        "en",
        ("Callum Reid", "callum@reidsound.example"),
        "2027-09-14 12:48 +0100",
        "iphone",
        "Think you've got the wrong Callum mate – I'm a freelance sound engineer, never booked crew off you in my life. Might be Callum at Ridgeway Events?",
        lab(note="wrong person altogether; a company name is no address, so no new_contact"),
    ),
    Mail(
        "wc-de-kreditoren",
        "wrong_contact",
        "de",
        ("Sabine Roth", "s.roth@eventhaus-nordhafen.example"),
        "2027-09-10 08:35 +0200",
        "outlook_html",
        "Guten Morgen,\n\nich bin für Rechnungen nicht zuständig, ich betreue nur die Projektplanung. Bitte richten Sie Rechnungen und Zahlungserinnerungen künftig an unsere Kreditorenbuchhaltung: kreditoren@eventhaus-nordhafen.example.\n\nViele Grüße\nSabine Roth",
        lab(new_contact="kreditoren@eventhaus-nordhafen.example"),
    ),
    Mail(
        "wc-fr-cabinet-cc-mixed-case",
        "wrong_contact",
        "fr",
        ("Pierre Aubry", "pierre@lehangar14.example"),
        "2027-09-06 09:52 +0200",
        "gmail",
        "Bonjour,\n\nJe ne gère pas les paiements moi-même, c’est notre cabinet comptable qui s’en occupe. Je les mets en copie : merci d’adresser vos relances directement à Compta.LeHangar14@Morel-Expertise.example.\n\nBonne journée,\nPierre Aubry\nLe Hangar 14",
        lab(
            new_contact="compta.lehangar14@morel-expertise.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Cabinet Morel Expertise <Compta.LeHangar14@Morel-Expertise.example>"),),
    ),
    Mail(
        "wc-fr-direction-technique",
        "wrong_contact",
        "fr",
        ("Hélène Garcia", "technique@theatre-arcades.example"),
        "2027-09-21 11:15 +0200",
        "outlook",
        "Bonjour,\n\nCette adresse est celle de la direction technique ; nous ne traitons pas les factures. Pour toute question de règlement, merci d'écrire au service administratif : admin@theatre-arcades.example.\n\nCordialement,\n\nHélène Garcia\nDirection technique - Théâtre des Arcades",
        lab(new_contact="admin@theatre-arcades.example"),
        charset="iso-8859-1",
    ),
    Mail(
        "wc-es-produccion-android",
        "wrong_contact",
        "es",
        ("Iván Torres", "ivan@produccioneslumbre.example"),
        "2027-09-02 18:10 +0200",
        "android",
        "Hola, yo soy de producción, las facturas las lleva administración: admin@produccioneslumbre.example. Escribidles a ellos. Saludos",
        lab(new_contact="admin@produccioneslumbre.example"),
    ),
    Mail(
        "wc-es-ya-no-trabajo",
        "wrong_contact",
        "es",
        ("Carmen Soler", "carmen.soler@nuevaescena.example"),
        "2027-09-15 10:50 +0200",
        "gmail",
        "Hola,\n\nYa no trabajo en Eventos Atalaya desde junio; me ha llegado vuestro correo porque todavía me reenvían algunos mensajes. Para temas de pagos escribid a Lucía Pardo, lpardo@eventosatalaya.example, que es quien lleva ahora la contabilidad.\n\nUn saludo,\nCarmen",
        lab(new_contact="lpardo@eventosatalaya.example"),
        rto="csoler@eventosatalaya.example",
    ),
    Mail(
        "wc-nl-alleen-planning",
        "wrong_contact",
        "nl",
        ("Rick Visser", "rick@paviljoendeduinen.example"),
        "2027-09-07 14:05 +0200",
        "outlook",
        "Hallo,\n\nVerkeerd adres, ik doe alleen de planning. Facturen en herinneringen graag naar onze administratie: boekhouding@paviljoendeduinen.example\n\nGroet,\nRick",
        lab(new_contact="boekhouding@paviljoendeduinen.example"),
    ),
    Mail(
        "wc-nl-adres-niet-meer-in-gebruik",
        "wrong_contact",
        "nl",
        ("Stichting Het Park", "info@festivalhetpark.example"),
        "2027-09-13 09:05 +0200",
        "notice",
        "Dit e-mailadres is sinds 1 september niet meer in gebruik en wordt niet gelezen.\n\nVoor facturen en betalingen: financien@stichtinghetpark.example\nVoor programmering en pers: info@stichtinghetpark.example\n\nUw bericht is niet doorgestuurd.",
        lab(
            new_contact="financien@stichtinghetpark.example",
            note="automatic 'address no longer in use' notice naming the billing address: wrong_contact, not auto_reply; the invoices address is the one that counts",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-it-non-sono-il-referente",
        "wrong_contact",
        "it",
        ("Roberto Galli", "r.galli@arenadelmare.example"),
        "2027-09-08 17:00 +0200",
        "outlook_html",
        "Buonasera,\n\nnon sono io il referente per la parte amministrativa. Vi prego di scrivere a amministrazione@arenadelmare.example, che gestisce tutti i pagamenti ai fornitori.\n\nCordiali saluti\nRoberto Galli\nDirettore di produzione",
        lab(new_contact="amministrazione@arenadelmare.example"),
    ),
    Mail(
        "wc-it-ufficio-tecnico",
        "wrong_contact",
        "it",
        ("Ufficio tecnico", "tecnico@auditoriumsanfelice.example"),
        "2027-09-22 10:25 +0200",
        "thunderbird",
        "Buongiorno,\n\nquesto indirizzo è dell'ufficio tecnico, qui le fatture non le vediamo proprio. Per i pagamenti dovete rivolgervi alla dott.ssa Ferri in contabilità: contabilita@auditoriumsanfelice.example.\n\nSaluti\nMauro",
        lab(new_contact="contabilita@auditoriumsanfelice.example"),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-promise-but-stop",
        "unsubscribe",
        "en",
        ("Steve Carter", "steve@cartermarquees.example"),
        "2027-09-16 16:50 +0100",
        "outlook",
        "I spoke to your colleague Dave on Monday and agreed we'd pay on the 24th. That still stands.\n\nWhat doesn't need to happen is another automated reminder every other day. Take this address off your reminder list please – if you need me, ring me.\n\nSteve Carter\nOperations Director\nCarter Marquees & Events",
        lab(note="a dated promise plus a request to stop the reminders: unsubscribe wins"),
        charset="windows-1252",
    ),
    Mail(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Vanessa Doyle", "company.secretary@albionexhibitions.example"),
        "2027-09-13 15:20 +0100",
        "html_only",
        "Dear Sirs,\n\nWe refer to your recent e-mails regarding invoice SC-2027-0308.\n\nThis matter has been passed to our solicitors, Hartley Prowse LLP. All further correspondence concerning this invoice must be directed to them, quoting their reference HP/CDR/4471, and not to this company or any member of our staff.\n\nYours faithfully,\n\nVanessa Doyle\nCompany Secretary\nAlbion Exhibitions Ltd",
        lab(
            "SC-2027-0308",
            note="'deal with our solicitors' with no address → unsubscribe; HTML-only message",
        ),
        inv="SC-2027-0308",
    ),
    Mail(
        "un-en-stop-paid-cash",
        "unsubscribe",
        "en",
        ("Dazza", "darren.kettle77@gmail.com"),
        "2027-09-04 01:33 +0100",
        "gmail",
        "stop emailing me i paid cash to your supervisor on the night ask him",
        lab(note="no punctuation; a stop request plus a payment claim: unsubscribe wins"),
        amt="264.00",
        job="2 bar staff – private party, 24 July",
    ),
    Mail(
        "un-de-nur-postweg",
        "unsubscribe",
        "de",
        ("Dr. Wolfgang Seidel", "w.seidel@seidel-kongress.example"),
        "2027-09-08 09:12 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, uns keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in Rechnungsangelegenheiten wünschen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\n\nDr. Wolfgang Seidel\nGeschäftsführer\nSeidel Kongressorganisation GmbH",
        lab(note="post only → unsubscribe"),
        charset="windows-1252",
    ),
    Mail(
        "un-de-hoeren-sie-auf",
        "unsubscribe",
        "de",
        ("Frank Neumann", "f.neumann@neumann-buehnenbau.example"),
        "2027-09-20 17:02 +0200",
        "iphone",
        "Hören Sie endlich auf, mir jeden zweiten Tag zu schreiben!! Die Rechnung ist bezahlt, fragen Sie Ihre eigene Buchhaltung.",
        lab(note="stop request plus a payment claim without date: unsubscribe wins"),
    ),
    Mail(
        "un-fr-retirez-moi",
        "unsubscribe",
        "fr",
        ("François Lemaire", "f.lemaire@lesnuitsdufort.example"),
        "2027-09-09 20:30 +0200",
        "iphone",
        "Merci de me retirer de vos envois. Je ne suis plus gérant de la société depuis juillet.",
        lab(
            note="remove-me plus 'no longer in charge' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Mail(
        "un-es-dejen-de-enviar",
        "unsubscribe",
        "es",
        ("Beatriz Navarro", "bea.navarro@terrazalaola.example"),
        "2027-09-10 13:40 +0200",
        "gmail",
        "Dejen de enviarme correos, por favor. Ya hablé con su compañero por teléfono y quedamos en que pago el día 30.",
        lab(note="stop request plus a dated promise: unsubscribe wins"),
    ),
    Mail(
        "un-es-burofax",
        "unsubscribe",
        "es",
        ("Asesoría Jurídica – Grupo Hostelero Sierra", "juridico@gruposierra.example"),
        "2027-09-21 12:25 +0200",
        "outlook",
        "Muy Sres. nuestros:\n\nLes comunicamos que, a partir de esta fecha, cualquier comunicación relativa a reclamaciones de pago deberá remitirse por burofax o por correo certificado a nuestro domicilio social. No se atenderán requerimientos enviados por correo electrónico.\n\nAtentamente,\n\nAsesoría Jurídica\nGrupo Hostelero Sierra, S.A.",
        lab(note="registered post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Mail(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Daan", "daan@daansfoodtrucks.example"),
        "2027-09-03 08:02 +0200",
        "iphone",
        "Graag afmelden voor deze mails, dank",
        lab(),
    ),
    Mail(
        "un-nl-advocaat",
        "unsubscribe",
        "nl",
        ("Directie Feestfabriek", "directie@feestfabriek.example"),
        "2027-09-14 16:15 +0200",
        "outlook",
        "Geachte heer, mevrouw,\n\nWij verzoeken u vriendelijk doch dringend alle verdere communicatie over deze vordering te richten aan onze advocaat, mr. L. de Wit van De Wit Advocaten te Utrecht, en niet langer rechtstreeks contact met ons op te nemen.\n\nHoogachtend,\n\nDirectie Feestfabriek B.V.",
        lab(note="'only through our lawyer', no address → unsubscribe"),
    ),
    Mail(
        "un-it-promessa-e-basta-solleciti",
        "unsubscribe",
        "it",
        ("Alessandro Greco", "a.greco@grecoeventi.example"),
        "2027-09-07 18:45 +0200",
        "gmail",
        "Buonasera,\n\nvi prego di non inviare più solleciti via e-mail: pagheremo come concordato con il vostro commerciale. Grazie.\n\nAlessandro Greco",
        lab(note="undated promise plus a stop request: unsubscribe wins"),
    ),
    Mail(
        "un-it-cancellatemi-typo",
        "unsubscribe",
        "it",
        ("Simona", "simona.r@trattoriadelponte.example"),
        "2027-09-17 13:05 +0200",
        "iphone",
        "cancellatemi dalla vostra mailig list grazie",
        lab(note="typo 'mailig'; no capitals or punctuation"),
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-bank-holiday",
        "auto_reply",
        "en",
        ("Harbour Lights Venue – Accounts", "accounts@harbourlightsvenue.example"),
        "2027-08-30 09:06 +0100",
        "notice_html",
        "Thank you for your email. The office is closed today for the August bank holiday and reopens on Tuesday 31 August, when we will respond to your message.\n\nHarbour Lights Venue – Accounts",
        lab(
            return_date="2027-08-31",
            note="UK summer bank holiday (Mon 30 Aug); the stated reopening day",
        ),
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
    ),
    Mail(
        "ar-en-ap-ticket",
        "auto_reply",
        "en",
        ("Beacon Leisure AP Helpdesk", "aphelp@beaconleisure.example"),
        "2027-09-06 09:07 +0100",
        "notice",
        "Hello,\n\nThanks for contacting the Beacon Leisure Accounts Payable helpdesk. Your request has been logged as ticket #AP-58213 and assigned to the supplier queries team.\n\nOur current response time is 5 working days. Please keep the ticket number in the subject line of any follow-up so that your message is added to the same case.\n\nThis is an automated message – please do not reply to it.",
        lab(note="ticket-system acknowledgement without a return date; only X-Autoreply marks it"),
        subject="[Ticket #AP-58213] {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Mail(
        "ar-en-annual-leave-until",
        "auto_reply",
        "en",
        ("Owen Griffiths", "owen@griffiths-events.example"),
        "2027-09-08 09:10 +0100",
        "notice",
        "Hi,\n\nI'm on annual leave until Friday 17 September with limited access to email. For anything urgent please contact bookings@griffiths-events.example.\n\nOwen",
        lab(
            return_date="2027-09-17",
            note="'until X' → X itself; no auto-reply header at all; a colleague's address does not set new_contact",
        ),
        subject="Out of office: {rsub}",
    ),
    Mail(
        "ar-de-bis-einschliesslich",
        "auto_reply",
        "de",
        ("Petra Wendt", "p.wendt@konferenzzentrum-amsee.example"),
        "2027-09-02 09:05 +0200",
        "notice_html",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 10.09.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 13.09.2027, bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an buchhaltung@konferenzzentrum-amsee.example.\n\nMit freundlichen Grüßen\nPetra Wendt",
        lab(return_date="2027-09-13", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-de-messe",
        "auto_reply",
        "de",
        ("Bühnenwerk GmbH", "info@buehnenwerk.example"),
        "2027-09-20 10:03 +0200",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nvom 20. bis 24.09. ist unser gesamtes Team auf der Messe in Köln. E-Mails werden in dieser Zeit nur eingeschränkt bearbeitet. Ab dem 27.09. sind wir wieder regulär für Sie da.\n\nIhr Team der Bühnenwerk GmbH",
        lab(return_date="2027-09-27", note="trade-fair absence; only X-Autoreply marks it"),
        charset="iso-8859-1",
        headers=(X_AUTOREPLY,),
    ),
    Mail(
        "ar-fr-absente-inclus",
        "auto_reply",
        "fr",
        ("Aurélie Fabre", "a.fabre@domainedeschenes.example"),
        "2027-08-31 10:06 +0200",
        "notice",
        "Bonjour,\n\nJe suis absente jusqu’au vendredi 3 septembre inclus et serai de retour le lundi 6 septembre. Votre message sera traité à mon retour.\n\nBien à vous,\nAurélie Fabre\nDomaine des Chênes – Réceptions & séminaires",
        lab(return_date="2027-09-06", note="the stated day back wins over 'jusqu'au … inclus'"),
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-accuse-reception",
        "auto_reply",
        "fr",
        ("Groupe Evenia – Comptabilité fournisseurs", "fournisseurs@evenia.example"),
        "2027-09-15 10:04 +0200",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, qui a été transmis au service comptabilité fournisseurs. Il sera traité dans un délai de 5 jours ouvrés.\n\nCeci est un message automatique, merci de ne pas y répondre.",
        lab(note="receipt acknowledgement without a date; only 'Precedence: auto_reply' marks it"),
        subject="Accusé de réception : {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Mail(
        "ar-es-hasta-el-20",
        "auto_reply",
        "es",
        ("Cristina Méndez", "cmendez@palaciocongresosmiramar.example"),
        "2027-09-08 09:04 +0200",
        "notice",
        "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 20 de septiembre, sin acceso al correo. Para asuntos urgentes pueden llamar a la centralita del Palacio de Congresos.\n\nUn saludo,\nCristina Méndez",
        lab(return_date="2027-09-20", note="'hasta X' → X itself"),
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-tot-en-met",
        "auto_reply",
        "nl",
        ("Lotte Peeters", "lotte@evenementenbureau-kade.example"),
        "2027-08-31 09:05 +0200",
        "notice",
        "Dank voor je bericht. Ik ben met vakantie tot en met vrijdag 3 september. Vanaf maandag 6 september ben ik weer aanwezig en reageer ik zo snel mogelijk.\n\nLotte Peeters\nEvenementenbureau De Kade",
        lab(return_date="2027-09-06", note="the day back wins over 'tot en met'"),
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-poppodium-no-headers",
        "auto_reply",
        "nl",
        ("Poppodium De Kelder", "info@poppodiumdekelder.example"),
        "2027-09-14 09:06 +0200",
        "notice",
        "Bedankt voor je mail!\n\nWe lezen alles, maar door het drukke festivalseizoen kan het tot drie werkdagen duren voordat je antwoord krijgt.\n\nTeam Poppodium De Kelder",
        lab(
            note="venue autoresponder without Auto-Submitted or any other auto header; no return date"
        ),
        subject="Re: {rsub}",
    ),
    Mail(
        "ar-it-rientro-lunedi",
        "auto_reply",
        "it",
        ("Valentina Rizzo", "v.rizzo@villaaurora-eventi.example"),
        "2027-09-13 09:05 +0200",
        "notice",
        "Gentile mittente,\n\nsarò assente fino a venerdì 17 settembre compreso. Rientrerò in ufficio lunedì 20 settembre e risponderò al più presto.\n\nCordiali saluti\nValentina Rizzo",
        lab(return_date="2027-09-20", note="the stated day back wins over 'fino a … compreso'"),
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-it-chiusura-ferie",
        "auto_reply",
        "it",
        ("Castello di Montebruno – Amministrazione", "amministrazione@castellomontebruno.example"),
        "2027-08-30 10:05 +0200",
        "notice",
        "Gli uffici del Castello di Montebruno sono chiusi per la pausa estiva dal 9 agosto al 3 settembre. Riapriremo regolarmente lunedì 6 settembre.\n\nLe e-mail ricevute in questo periodo saranno lette alla riapertura.",
        lab(
            return_date="2027-09-06",
            note="summer closure; the reopening day; only X-Autoreply marks it",
        ),
        charset="iso-8859-1",
        headers=(X_AUTOREPLY,),
    ),
]

OTHER = [
    Mail(
        "ot-en-did-we-not-pay",
        "other",
        "en",
        ("Jess Turner", "jess@kestrelbrewery.example"),
        "2027-09-01 11:50 +0100",
        "gmail",
        "Hi,\n\nDid we not pay this?? I was sure Mike sorted all the summer invoices in one go before he went on holiday. I'll ask him when he's back but can you check your end in the meantime?\n\nJess",
        lab(
            note="asks whether it was paid: no payment claim, no commitment, no document asked for"
        ),
        job="bar staff – Kestrel Taproom beer festival, 24 July",
    ),
    Mail(
        "ot-en-booking-enquiry",
        "other",
        "en",
        ("Hannah Blake", "hannah@blakeandbloom.example"),
        "2027-09-17 10:28 +0100",
        "apple",
        "Morning!\n\nQuick one while I have you – are you able to do 12 waiting staff and 4 bar staff for a wedding at Elmstead Hall on Saturday 4 December? Evening reception, roughly 5pm till 1am. If so could you send me a quote?\n\nThanks,\nHannah",
        lab(note="new booking enquiry in the reminder thread; nothing about the invoice"),
    ),
    Mail(
        "ot-en-pa-passed-on",
        "other",
        "en",
        ("Margaret Ellis", "m.ellis@okafor-group.example"),
        "2027-09-22 14:10 +0100",
        "outlook_html",
        "Good afternoon,\n\nThank you for your email. I have passed this to Mr Okafor, who authorises all supplier payments, and he will be in touch with you directly.\n\nKind regards,\n\nMargaret Ellis\nExecutive Assistant to Daniel Okafor\nOkafor Group Events",
        lab(note="passed on internally: not a new contact and not a promise"),
        headers=(NO_AUTO_RESPONSE,),
    ),
    Mail(
        "ot-de-insolvenz",
        "other",
        "de",
        ("Rüdiger Hahn", "r.hahn@hahn-eventservice.example"),
        "2027-09-06 15:30 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen leider mitteilen, dass das Amtsgericht am 01.09.2027 die vorläufige Insolvenzverwaltung über das Vermögen der Hahn Eventservice GmbH angeordnet hat. Zahlungen an Gläubiger dürfen wir derzeit nicht mehr leisten.\n\nBitte melden Sie Ihre Forderung beim vorläufigen Insolvenzverwalter an; dessen Kontaktdaten entnehmen Sie bitte dem Beschluss, den wir Ihnen auf Wunsch gern zusenden.\n\nMit freundlichen Grüßen\nRüdiger Hahn\nGeschäftsführer",
        lab(
            note="insolvency notice: no dispute, no plan, no address to switch to; a person must file the claim"
        ),
        charset="iso-8859-1",
    ),
    Mail(
        "ot-de-schau-mir-das-an",
        "other",
        "de",
        ("Tobias Krüger", "tobias@kruegerkonzerte.example"),
        "2027-09-16 09:33 +0200",
        "gmail",
        "Hallo,\n\ndanke für den Hinweis. Ich schau mir das an, sobald ich wieder im Büro bin, und melde mich.\n\nGruß\nTobias",
        lab(note="acknowledgement; 'melde mich' is no promise to pay"),
    ),
    Mail(
        "ot-fr-bien-recu",
        "other",
        "fr",
        ("Karim Benali", "karim@festival-saintmarc.example"),
        "2027-09-03 17:45 +0200",
        "iphone",
        "Bien reçu.",
        lab(note="bare acknowledgement"),
    ),
    Mail(
        "ot-fr-bravo-equipe",
        "other",
        "fr",
        ("Claire Dubois", "claire.dubois@agence-festa.example"),
        "2027-09-13 16:08 +0200",
        "gmail",
        "Bonjour,\n\nMerci pour le message. J’en profite pour vous dire que l’équipe envoyée pour le séminaire de juillet était vraiment top, nos clients nous en parlent encore.\n\nPour la facture, je vois avec la compta cette semaine et je reviens vers vous.\n\nBelle journée,\nClaire",
        lab(
            note="praise, and 'je vois avec la compta … je reviens vers vous' is no commitment to pay"
        ),
    ),
    Mail(
        "ot-es-no-estaba-pagado",
        "other",
        "es",
        ("Manuel Ortega", "mortega@bodegasriomayor.example"),
        "2027-09-08 12:30 +0200",
        "outlook",
        "Buenos días,\n\n¿Esto no estaba ya pagado? Juraría que lo pagamos el 15/07 junto con lo de la feria. Lo consulto con contabilidad y les digo algo.\n\nUn saludo,\nManuel Ortega",
        lab(
            note="question whether it was paid; the date belongs to a belief, not to a payment claim"
        ),
        charset="windows-1252",
    ),
    Mail(
        "ot-es-cambio-denominacion",
        "other",
        "es",
        ("Brisa Live – Administración", "administracion@brisalive.example"),
        "2027-09-20 10:45 +0200",
        "notice",
        "Estimados proveedores:\n\nLes informamos de que, con efecto 1 de octubre de 2027, Eventos Brisa, S.L. pasa a denominarse Brisa Live, S.L. El CIF, la dirección fiscal y los datos de contacto no cambian.\n\nLes rogamos que a partir de esa fecha emitan sus facturas a nombre de la nueva denominación social.\n\nAtentamente,\nDepartamento de Administración",
        lab(
            note="circular to all suppliers about a change of company name, not a reply; contact details unchanged"
        ),
        subject="Cambio de denominación social – Eventos Brisa, S.L.",
        threaded=False,
    ),
    Mail(
        "ot-nl-doorgestuurd-boekhouder",
        "other",
        "nl",
        ("Petra de Vries", "petra@devriesfeesten.example"),
        "2027-09-09 11:22 +0200",
        "outlook",
        "Hallo,\n\nBericht ontvangen, ik stuur het door naar onze boekhouder. Die doet bij ons de betalingen.\n\nGroet,\nPetra de Vries",
        lab(note="passed on internally, no address: other, not wrong_contact"),
    ),
    Mail(
        "ot-nl-oke-helder",
        "other",
        "nl",
        ("Jeroen", "jeroen@jeroenbakkerlicht.example"),
        "2027-09-23 07:45 +0200",
        "iphone",
        "Oké, helder.",
        lab(note="bare acknowledgement; no commitment"),
    ),
    Mail(
        "ot-it-giro-al-titolare",
        "other",
        "it",
        ("Elena Moretti", "segreteria@agriturismoilpoggio.example"),
        "2027-09-14 10:12 +0200",
        "outlook",
        "Buongiorno,\n\nricevuto, grazie. Giro la mail al titolare, che rientra la prossima settimana.\n\nElena Moretti\nSegreteria – Agriturismo Il Poggio",
        lab(
            note="written by a person; the owner's return is not an auto-reply and nothing is promised"
        ),
    ),
]

MAILS = [
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
# Delivery reports: machine skeletons, human-readable parts written one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder that went to `rcpt` in the recipient's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    build: str
    note: str | None = None
    rlang: str = ""

    @property
    def dt(self) -> datetime:
        """When the report was generated, in the reporting server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        """The language the reminder was written in."""
        return self.rlang or self.lang

    @property
    def inv(self) -> str:
        """The invoice the returned reminder was about."""
        return allocated_invoice(self.key)

    @property
    def sent(self) -> datetime:
        """When the reminder left Stagehand's server."""
        return self.dt - timedelta(minutes=2, seconds=41)

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.reminder_lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as it left, as returned inside some reports."""
        amount = Decimal(500 + int.from_bytes(digest(self.key, "amt")[:4], "big") % 3000)
        text = reminder_text(self.reminder_lang, self.inv, amount, "", self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent.astimezone(UK))
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        mime_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", diag_type: str = "smtp"
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: {b32(b.key, 'queue', 10)}\nArrival-Date: {format_datetime(b.sent)}\n"
    if not mta.startswith("mail.stagehand"):
        per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the returned reminder's header block."""
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    found = re.search(r"@([\w.-]+)", sender)
    host = found.group(1) if found else AR_DOMAIN
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def exchange_notice(
    *, charset: str, lead: str, detail: str, action: str, admin: str, server: str, diag: str
) -> Message:
    """The human-readable alternative of an Exchange Online non-delivery report."""
    plain = f"{lead}\n\n{detail}\n\n{action}\n\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;font-size:16px;color:#333">'
        f"<p><b>{html.escape(lead)}</b></p><p>{html_text(detail)}</p><p>{html_text(action)}</p>"
        f'</td></tr></table><br><p style="font-size:14px"><b>{html.escape(admin)}</b></p>'
        f"<p>{html.escape(server)}</p><p>{html_text(diag)}</p></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"), text_part(markup, "html", charset, "qp")
    )


EXCHANGE_FROM = "Microsoft Outlook <postmaster@stagehandcrew.onmicrosoft.example>"


def bounce_postfix_domain(b: Bounce) -> Message:
    """Postfix on Stagehand's own server: the customer's domain no longer resolves."""
    domain = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mail.stagehand-crew.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service\n"
        f"    error for name={domain} type=MX: Host not found\n"
    )
    parts = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mail.stagehand-crew.example",
            "failed",
            f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found",
            diag_type="X-Postfix",
        ),
        returned_headers(b),
    )
    subparts = cast("list[Message]", parts.get_payload())  # multipart: a list of parts
    subparts[0].add_header("Content-Description", "Notification")
    subparts[1].add_header("Content-Description", "Delivery report")
    subparts[2].add_header("Content-Description", "Undelivered Message Headers")
    return finish(
        b,
        parts,
        "MAILER-DAEMON@mail.stagehand-crew.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail_unknown(b: Bounce) -> Message:
    """qmail at the customer's host, non-MIME, with the reminder copied below the line."""
    returned = b.reminder().as_string().rstrip("\n") + "\n"
    text = (
        "Hi. This is the qmail-send program at mx2.lanehosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28815 invoked from network); {format_datetime(b.sent)}\n"
        f"{returned}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx2.lanehosting.example", "failure notice")


def bounce_exim_delay(b: Bounce) -> Message:
    """An Exim delay warning in plain text (older Exim, no delivery-status part)."""
    exim_id = f"1r{b32(b.key, 'exim', 4)}-000Kq7-3F"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay.stagehand-crew.example.\n\n"
        f"The message identifier is:     {exim_id}\n"
        f"The subject of the message is: {for_charset(b.subject(), 'iso-8859-1')}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.rcpt.split('@')[1]} [203.0.113.58]\n"
        "    Delay reason: SMTP error from remote mail server after RCPT TO:\n"
        f"    <{b.rcpt}>: 421 4.4.1 Connection timed out, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = Message()
    msg.set_payload(text)
    extra = (("X-Failed-Recipients", b.rcpt),)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.stagehand-crew.example>",
        f"Warning: message {exim_id} delayed 24 hours",
        extra,
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online, German: recipient not found (5.1.10)."""
    domain = b.rcpt.split("@")[1]
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_notice(
        charset="utf-8",
        lead=f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.",
        detail=f"{b.rcpt} wurde bei {domain} nicht gefunden.",
        action="Erforderliche Aktion des Absenders: Überprüfen Sie die Empfängeradresse auf Tippfehler und senden Sie die Nachricht erneut. Falls die Adresse stimmt, wenden Sie sich auf anderem Weg an den Empfänger; möglicherweise existiert das Postfach nicht mehr.",
        admin="Diagnoseinformationen für Administratoren:",
        server="Generierender Server: FR4P281MB3362.DEUP281.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    parts = report(
        human,
        delivery_status(b, "FR4P281MB3362.DEUP281.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    )
    return finish(b, parts, EXCHANGE_FROM, f"Unzustellbar: {b.subject()}")


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German mail provider's delay report (connection dropped, 4.4.2), multipart/report."""
    human = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx.postdienst-web.example.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte bisher nicht zugestellt werden. Die Verbindung zum "
        "Mailserver des Empfängers wurde während der Übertragung mehrfach unterbrochen "
        "(421 4.4.2 Connection dropped).\n\n"
        "Sie müssen nichts weiter unternehmen. Wir versuchen die Zustellung in regelmäßigen "
        "Abständen erneut, längstens vier Tage lang. Gelingt sie in dieser Zeit nicht, erhalten "
        "Sie eine weitere Nachricht.\n\n"
        f"Betreff: {for_charset(b.subject(), 'iso-8859-1')}\n"
    )
    parts = report(
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "mx.postdienst-web.example",
            "delayed",
            "421 4.4.2 Connection dropped",
            f"mx.{b.rcpt.split('@')[1]}",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        parts,
        "Mail Delivery System <MAILER-DAEMON@mx.postdienst-web.example>",
        "Zustellung verzögert: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_exchange_fr_policy(b: Bounce) -> Message:
    """Exchange Online, French: the recipient group accepts internal senders only (5.7.1)."""
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = exchange_notice(
        charset="utf-8",
        lead=f"Votre message n’a pas pu être remis à {b.rcpt}.",
        detail=f"Le groupe {b.rcpt} n’accepte que les messages provenant de personnes de son organisation ou figurant dans sa liste d’expéditeurs autorisés, et votre adresse n’en fait pas partie.",
        action="Action requise de l’expéditeur : demandez au propriétaire du groupe de vous ajouter à la liste des expéditeurs autorisés, ou contactez le destinataire par un autre moyen.",
        admin="Informations de diagnostic pour les administrateurs :",
        server="Serveur de génération : PR3P264MB1874.FRAP264.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nLe serveur distant a retourné « {diag} »",
    )
    parts = report(
        human,
        delivery_status(b, "PR3P264MB1874.FRAP264.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    )
    return finish(b, parts, EXCHANGE_FROM, f"Non remis : {b.subject()}")


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's notice: mailbox full, delivery retried (4.2.2)."""
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Messagerie Ouest.\n\n"
        f"Votre message à destination de {b.rcpt} n’a pas encore pu être distribué : "
        "la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur : 452 4.2.2 Boîte aux lettres pleine / mailbox full\n\n"
        "Nous tenterons à nouveau de le distribuer pendant 72 heures. Vous recevrez un nouvel avis "
        "si la distribution échoue définitivement.\n\n"
        "Le service Messagerie Ouest\n"
    )
    parts = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "smtp-out.messagerie-ouest.example",
            "delayed",
            "452 4.2.2 Boite aux lettres pleine / mailbox full",
            f"mx.{b.rcpt.split('@')[1]}",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        parts,
        "MAILER-DAEMON@smtp-out.messagerie-ouest.example",
        "Avis de retard de distribution",
    )


def gmail_notice(paragraphs: list[str]) -> Message:
    """The human-readable alternative of a Gmail delivery report."""
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, Spanish interface: address not found (5.1.1)."""
    human = gmail_notice(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
            "Más información en https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-9c1d7e0f2b3si118843266b.412 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return finish(
        b,
        parts,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online, Spanish: delivery delayed (4.4.7)."""
    diag = "451 4.4.7 Message delayed; el servidor remoto no responde"
    human = exchange_notice(
        charset="utf-8",
        lead=f"La entrega a {b.rcpt} se está retrasando.",
        detail=f"Asunto: {b.subject()}\n\nEl mensaje todavía no se ha entregado. Seguiremos intentándolo durante 46 horas más; si no es posible entregarlo, recibirá otra notificación.",
        action="No es necesario que haga nada.",
        admin="Información de diagnóstico para administradores:",
        server="Servidor de generación: DB9P195MB1410.EURP195.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nEl servidor remoto ha devuelto '{diag}'",
    )
    parts = report(
        human,
        delivery_status(b, "DB9P195MB1410.EURP195.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    )
    return finish(b, parts, EXCHANGE_FROM, f"Retrasado: {b.subject()}")


def bounce_provider_nl_unknown(b: Bounce) -> Message:
    """A Dutch provider: user unknown, with the full returned message (message/rfc822)."""
    human = (
        "Dit is het mailsysteem van smtp.nlmailhost.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Het oorspronkelijke "
        "bericht zit als bijlage bij deze melding.\n\n"
        f"<{b.rcpt}>: de server van de ontvanger meldt: 550 5.1.1 <{b.rcpt}>: "
        "onbekende gebruiker / user unknown\n\n"
        "Controleer het adres en probeer het opnieuw, of neem op een andere manier contact op met de ontvanger.\n"
    )
    parts = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "smtp.nlmailhost.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: user unknown",
            f"mx1.{b.rcpt.split('@')[1]}",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        parts,
        "Mail Delivery System <MAILER-DAEMON@smtp.nlmailhost.example>",
        "Onbestelbaar bericht",
    )


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian relay: temporarily refused by greylisting (4.7.1), retry scheduled."""
    human = (
        "Questo è un messaggio automatico del server relay.postaweb-italia.example.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato: il server del "
        "destinatario lo ha rifiutato temporaneamente per una regola antispam (greylisting).\n\n"
        "Risposta del server: 451 4.7.1 Greylisted, please try again later\n\n"
        "Non è necessaria alcuna azione da parte tua: il sistema riproverà automaticamente l'invio "
        "nei prossimi quattro giorni. Riceverai un altro avviso solo se la consegna non andrà a buon fine.\n"
    )
    parts = report(
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(
            b,
            "relay.postaweb-italia.example",
            "delayed",
            "451 4.7.1 Greylisted, please try again later",
            f"mx.{b.rcpt.split('@')[1]}",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        parts,
        "Sistema di consegna posta <mailer-daemon@relay.postaweb-italia.example>",
        "Avviso di ritardo nella consegna del messaggio",
    )


def bounce_quota_it(b: Bounce) -> Message:
    """An Italian provider's single-part notice: mailbox over quota, reported with 552 5.2.2."""
    rem = b.reminder()
    text = (
        "Gentile utente,\n\n"
        "il messaggio indicato sotto non è stato consegnato perché la casella del destinatario "
        "ha esaurito lo spazio disponibile.\n\n"
        f"Destinatario: {b.rcpt}\n"
        "Errore: 552 5.2.2 Quota exceeded - casella piena\n\n"
        "Il destinatario potrà ricevere nuovi messaggi solo dopo aver liberato spazio nella "
        "propria casella: puoi provare a inviarlo di nuovo più tardi.\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {for_charset(b.subject(), 'iso-8859-1')}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mx.provider-posta.example",
        "Messaggio non consegnato: casella piena",
        (("X-Failed-Recipients", b.rcpt),),
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_domain": bounce_postfix_domain,
    "qmail_unknown": bounce_qmail_unknown,
    "exim_delay": bounce_exim_delay,
    "exchange_de": bounce_exchange_de,
    "provider_de_delay": bounce_provider_de_delay,
    "exchange_fr_policy": bounce_exchange_fr_policy,
    "provider_fr_full": bounce_provider_fr_full,
    "gmail_es": bounce_gmail_es,
    "exchange_es_delay": bounce_exchange_es_delay,
    "provider_nl_unknown": bounce_provider_nl_unknown,
    "greylist_it": bounce_greylist_it,
    "quota_it": bounce_quota_it,
}

BOUNCES = [
    Bounce(
        "bo-en-domain-gone",
        "en",
        "hard",
        "5.4.4",
        "accounts@foxgloveevents.example",
        "2027-09-01 09:04 +0100",
        "postfix_domain",
        "Postfix DSN from Stagehand's own server: the customer's domain no longer resolves",
    ),
    Bounce(
        "bo-en-qmail-unknown",
        "en",
        "hard",
        "5.1.1",
        "bookings@lanesidebarn.example",
        "2027-09-07 09:06 +0100",
        "qmail_unknown",
        "qmail notice, not MIME, with the reminder copied below the line",
    ),
    Bounce(
        "bo-en-exim-delay",
        "en",
        "soft",
        "4.4.1",
        "finance@tollgatetheatre.example",
        "2027-09-15 09:12 +0100",
        "exim_delay",
        "Exim delay warning in plain text; the code is in the delay reason",
    ),
    Bounce(
        "bo-de-exchange-unknown",
        "de",
        "hard",
        "5.1.10",
        "rechnungen@tonhalle-weissenfels.example",
        "2027-09-02 10:05 +0200",
        "exchange_de",
    ),
    Bounce(
        "bo-de-provider-delay",
        "de",
        "soft",
        "4.4.2",
        "info@zeltverleih-brandt.example",
        "2027-09-21 13:40 +0200",
        "provider_de_delay",
        "provider delay report in German",
    ),
    Bounce(
        "bo-fr-exchange-policy",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@groupe-altitude.example",
        "2027-09-09 10:06 +0200",
        "exchange_fr_policy",
        "rejected by the recipient group's sender policy: permanent",
    ),
    Bounce(
        "bo-fr-provider-full",
        "fr",
        "soft",
        "4.2.2",
        "contact@guinguette-du-lac.example",
        "2027-09-16 11:20 +0200",
        "provider_fr_full",
        "mailbox full, delivery retried",
    ),
    Bounce(
        "bo-es-gmail-unknown",
        "es",
        "hard",
        "5.1.1",
        "produccion.vientosur@gmail.com",
        "2027-09-03 10:04 +0200",
        "gmail_es",
        "Gmail report in Spanish for a free-mail customer address",
    ),
    Bounce(
        "bo-es-exchange-delay",
        "es",
        "soft",
        "4.4.7",
        "administracion@salasdelpuerto.example",
        "2027-09-22 14:35 +0200",
        "exchange_es_delay",
    ),
    Bounce(
        "bo-nl-provider-unknown",
        "nl",
        "hard",
        "5.1.1",
        "info@feestzaaldehoeve.example",
        "2027-09-10 10:07 +0200",
        "provider_nl_unknown",
        "full returned message as message/rfc822",
    ),
    Bounce(
        "bo-it-greylisting",
        "it",
        "soft",
        "4.7.1",
        "amministrazione@cantinevalleverde.example",
        "2027-09-14 10:09 +0200",
        "greylist_it",
        "temporary policy refusal (greylisting): soft",
    ),
    Bounce(
        "bo-it-quota",
        "it",
        "soft",
        "5.2.2",
        "info@masseriailfaro.example",
        "2027-09-24 10:11 +0200",
        "quota_it",
        "mailbox full reported with a 5.x code: soft, the code is kept; single-part notice",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^SC-2027-\d{4}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def mail_label(m: Mail) -> dict[str, object]:
    """The label row of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": m.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in m.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(m.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = m.lang
    label["note"] = m.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_mail_labels(m: Mail, label: dict[str, object]) -> None:
    """Shape and consistency of one hand-written message's labels."""
    where = m.key
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= FIELDS_FOR[m.intent]:
        raise SystemExit(
            f"{where}: fields {sorted(filled - FIELDS_FOR[m.intent])} do not belong to {m.intent}"
        )
    offset = m.dt.utcoffset()
    if offset != (UK if m.lang == "en" else CET).utcoffset(None):
        raise SystemExit(f"{where}: {m.lang} sender with offset {offset}")
    if not FIRST_DAY <= m.dt.date() <= LAST_DAY:
        raise SystemExit(f"{where}: date {m.dt.date()} out of range")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if not ISO_DATE.match(str(value)):
            raise SystemExit(f"{where}: {name} {value!r} is not ISO")
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > m.dt.date():
            raise SystemExit(f"{where}: paid in the future")
        if name != "paid_date" and day < m.dt.date():
            raise SystemExit(f"{where}: {name} before the message")
    if label["amount"] is not None and (
        not AMOUNT.match(str(label["amount"])) or label["currency"] not in {"GBP", "EUR"}
    ):
        raise SystemExit(f"{where}: bad amount/currency")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{where}: amount and currency go together")
    for ref in label["invoice_refs"]:  # type: ignore[attr-defined]
        if not INVOICE.match(ref) or ref[-4:] not in m.body:
            raise SystemExit(f"{where}: invoice ref {ref} not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in m.body.lower()
    ):
        raise SystemExit(f"{where}: new_contact must be lower case and written in the new text")
    if m.intent == "wrong_contact" and "@" in m.body and contact is None:
        raise SystemExit(f"{where}: an address is named but new_contact is empty")


def check_bounce_label(b: Bounce) -> None:
    """Shape of one bounce label."""
    if b.kind not in {"hard", "soft"} or not STATUS.match(b.status):
        raise SystemExit(f"{b.key}: bad bounce kind or status")
    if b.kind == "hard" and not b.status.startswith("5."):
        raise SystemExit(f"{b.key}: a hard bounce needs a 5.x.x status")
    if (
        b.dt.utcoffset() != (UK if b.lang == "en" else CET).utcoffset(None)
        or not FIRST_DAY <= b.dt.date() <= LAST_DAY
    ):
        raise SystemExit(f"{b.key}: date or offset")


def squash(text: str) -> str:
    """Text without whitespace, for finding hand-written text inside wrapped or marked-up parts."""
    return re.sub(r"\s+", "", html.unescape(text))


def check_parsed(name: str, data: bytes, needle: str, rcpt: str | None) -> None:
    """Parse a written file back: headers decode, every text part decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key in part.keys():
            value = part[key]
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header {key} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text" and not part.is_multipart():
            texts.append(part.get_content())
    if "=?" in str(msg["Subject"]) or "=?" in str(msg["From"]):
        raise SystemExit(f"{name}: header not decoded")
    joined = squash("\n".join(texts))
    if needle and squash(needle) not in joined:
        raise SystemExit(f"{name}: hand-written text not found after decoding")
    if rcpt and rcpt not in "\n".join(texts) + data.decode("ascii", "replace"):
        raise SystemExit(f"{name}: failed recipient not in the report")


def needle_of(m: Mail) -> str:
    """A stretch of the hand-written text that must survive encoding (first line, trimmed)."""
    return m.body.split("\n")[0][:40]


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as in the README."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, and an even spread of languages within each intent."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        if sum(row) != 12 or row[0] != 3 or max(row[1:]) - min(row[1:]) > 1:
            raise SystemExit(f"uneven counts for {intent}: {row}")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[i, lang] for i in INTENTS) != total:
            raise SystemExit(f"{lang}: expected {total}")
    for label in labels:
        if list(label) != ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]:
            raise SystemExit(f"{label['file']}: label keys out of order")


def file_order(keys: list[str]) -> list[str]:
    """Keys in file order: sorted by a seeded hash, so a file name says nothing about its label."""
    return sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}:{k}".encode()).hexdigest())


def describe(msg: Message, style: str) -> tuple[str, str, set[str], set[str]]:
    """Coverage facts of one message: client style, top-level type, charsets, encodings."""
    charsets = {
        str(p.get_content_charset())
        for p in msg.walk()
        if p.get_content_maintype() == "text" and p.get_content_charset()
    }
    ctes = {
        str(p["Content-Transfer-Encoding"]).lower()
        for p in msg.walk()
        if p["Content-Transfer-Encoding"]
    }
    return style, msg.get_content_type(), charsets, ctes


def write_all() -> tuple[list[dict[str, object]], list[tuple[str, str, set[str], set[str]]]]:
    """Build, write and check every file; return the labels in file order and coverage facts."""
    items: dict[str, tuple[Message, dict[str, object], str, str | None, str]] = {}
    for m in MAILS:
        label = mail_label(m)
        check_mail_labels(m, label)
        items[m.key] = (build_mail(m), label, needle_of(m), None, m.style)
    for b in BOUNCES:
        check_bounce_label(b)
        items[b.key] = (BOUNCE_BUILDERS[b.build](b), bounce_label(b), "", b.rcpt, "bounce")
    if len(items) != len(MAILS) + len(BOUNCES):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    coverage = []
    for number, key in enumerate(file_order(list(items)), start=1):
        msg, label, needle, rcpt, style = items[key]
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_parsed(name, data, needle, rcpt)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
        coverage.append(describe(msg, style))
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, coverage


def main() -> int:
    """Rebuild the corpus and print the count table and a coverage summary."""
    labels, coverage = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print("styles:", dict(sorted(Counter(c[0] for c in coverage).items())))
    print("top-level types:", dict(sorted(Counter(c[1] for c in coverage).items())))
    print("charsets:", dict(sorted(Counter(x for c in coverage for x in c[2]).items())))
    print("transfer encodings:", dict(sorted(Counter(x for c in coverage for x in c[3]).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
