# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# The hand-written text keeps one paragraph per line, as a mail client sends it, with the
# typographic punctuation people actually type.
"""Build held-out reply corpus 135: `h135-NNN.eml` and `labels.jsonl`, next to this script.

Every message answers (or reacts to) an overdue-invoice reminder sent by the accounts team of
Thistledown Stage & Sound Hire. The new text of each message is written by hand in this file. The
script only adds what a mail client or mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. Bounce skeletons
(delivery-status fields, returned headers) are generated; their human-readable parts are written
out one by one. The output is deterministic: fixed seed, fixed boundaries, Message-IDs derived
from each message's key, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 1352031
PREFIX = "h135"
FIRST_DAY = date(2031, 9, 22)
LAST_DAY = date(2031, 10, 17)

AR_NAME = "Thistledown Accounts"
AR_ADDR = "accounts@thistledown-hire.example"
AR_DOMAIN = "thistledown-hire.example"

# British Summer Time and Central European Summer Time both run until 26 October 2031.
UK_TZ = timezone(timedelta(hours=1))
CE_TZ = timezone(timedelta(hours=2))

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
LABEL_ORDER = (
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
# The label fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12

# --------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, attributions and quote headers
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR_GMAIL = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
MONTH_ABBR_APPLE = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

GMAIL_ATTRIBUTION = {
    "en": "On {dabbr}, {d} {mgmail} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dabbr}, {d}. {mgmail} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dabbr} {d} {mgmail} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dabbr}, {d} {mgmail} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dabbr} {d} {mgmail} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dabbr} {d} {mgmail} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mapple} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mapple} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mapple} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mapple} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mapple} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{dname}, {d} {mname} {y} {HH}:{MM}",
    "de": "{dname}, {d}. {mname} {y} {HH}:{MM}",
    "fr": "{dname} {d} {mname} {y} {HH}:{MM}",
    "es": "{dname}, {d} de {mname} de {y} {H}:{MM}",
    "nl": "{dname} {d} {mname} {y} {HH}:{MM}",
    "it": "{dname} {d} {mname} {y} {HH}:{MM}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised words Outlook puts around a quoted message."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply: str
    auto: str


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
# The reminder that every message answers (dunmail's wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Aviso de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} staat open",
    "it": "Promemoria di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Just a reminder that the invoice below is now past its due date:\n\n"
        "    Invoice {inv}    dated {issued}    due {due}    {amount}\n\n"
        "If you've already paid, thank you, and please let us know the date so we can mark it off. If something about the hire or the invoice isn't right, reply to this email and we'll look into it.\n\n"
        "Payment by bank transfer to Thistledown Stage & Sound Hire Ltd, sort code 40-11-62, account 73015548, quoting the invoice number.\n\n"
        "Best wishes,\n\n"
        "Accounts\nThistledown Stage & Sound Hire Ltd\nUnit 7, Coldwell Road Industrial Estate\naccounts@thistledown-hire.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie daran erinnern, dass die folgende Rechnung inzwischen fällig ist:\n\n"
        "    Rechnung {inv}    vom {issued}    fällig am {due}    {amount}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Stimmt etwas mit der Rechnung oder der Vermietung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Bankverbindung: Thistledown Stage & Sound Hire Ltd, IBAN GB71 XBNK 4011 6273 0155 48, BIC XBNKGB2L. Bitte geben Sie die Rechnungsnummer an.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\nThistledown Stage & Sound Hire Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    Facture {inv}    du {issued}    échéance {due}    {amount}\n\n"
        "Si le paiement est déjà parti, merci de nous indiquer sa date afin que nous puissions le rapprocher. Si quelque chose ne va pas dans la facture ou la location, répondez simplement à ce message.\n\n"
        "Règlement par virement : Thistledown Stage & Sound Hire Ltd, IBAN GB71 XBNK 4011 6273 0155 48, BIC XBNKGB2L, en rappelant le numéro de facture.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\nThistledown Stage & Sound Hire Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    Factura {inv}    fecha {issued}    vencimiento {due}    {amount}\n\n"
        "Si el pago ya está en camino, muchas gracias; indíquenos la fecha y lo anotaremos. Si hay algún problema con la factura o con el alquiler, conteste a este correo y lo revisaremos.\n\n"
        "Transferencia a Thistledown Stage & Sound Hire Ltd, IBAN GB71 XBNK 4011 6273 0155 48, BIC XBNKGB2L, indicando el número de factura.\n\n"
        "Un saludo,\n\n"
        "Contabilidad\nThistledown Stage & Sound Hire Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de vervaldatum van onderstaande factuur verstreken:\n\n"
        "    Factuur {inv}    datum {issued}    vervaldatum {due}    {amount}\n\n"
        "Heeft u al betaald, dan danken wij u en horen we graag de betaaldatum. Klopt er iets niet aan de factuur of de verhuur, antwoord dan op deze e-mail.\n\n"
        "Betalen kan naar Thistledown Stage & Sound Hire Ltd, IBAN GB71 XBNK 4011 6273 0155 48, BIC XBNKGB2L, onder vermelding van het factuurnummer.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nThistledown Stage & Sound Hire Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che la fattura qui sotto risulta scaduta:\n\n"
        "    Fattura {inv}    del {issued}    scadenza {due}    {amount}\n\n"
        "Se avete già pagato vi ringraziamo e vi chiediamo di indicarci la data del pagamento. In caso di problemi con la fattura o con il noleggio, basta rispondere a questa e-mail.\n\n"
        "Bonifico a Thistledown Stage & Sound Hire Ltd, IBAN GB71 XBNK 4011 6273 0155 48, BIC XBNKGB2L, indicando il numero di fattura.\n\n"
        "Cordiali saluti,\n\n"
        "Amministrazione\nThistledown Stage & Sound Hire Ltd"
    ),
}
REMINDER_DATE = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}


def money(amount: str, lang: str) -> str:
    """An amount such as "1240.00" the way the reminder prints it in `lang`."""
    whole, cents = amount.split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        return f"£{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', ' ')},{cents} EUR"
    dotted = f"{groups.replace(',', '.')},{cents}"
    return f"EUR {dotted}" if lang in {"nl", "it"} else f"{dotted} EUR"


# --------------------------------------------------------------------------------------------
# Specs: labels, replies and notices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The intent-specific fields of a label, the invoice numbers in the new text and a note."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message sent to the accounts mailbox, with its labels.

    `client` names the mail client (and so the quoting layout); "notice" quotes nothing.
    `when` is the sender's local time; UK senders use BST, everybody else CEST.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    label: Label = field(default_factory=Label)
    inv: str = "TSH 0400-31"
    amount: str = "1000.00"
    charset: str = "utf-8"
    cte: str = ""
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    uk: bool | None = None
    days_before: int = 2

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on the message date."""
        in_uk = self.lang == "en" if self.uk is None else self.uk
        return UK_TZ if in_uk else CE_TZ

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def encoding(self) -> str:
        """The transfer encoding, defaulting to what the client usually picks."""
        if self.cte:
            return self.cte
        return {"android": "b64", "thunderbird": "8bit"}.get(self.client, "qp")


# --------------------------------------------------------------------------------------------
# Ids, dates and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int, alphabet: str = "b32") -> str:
    """A stable token of length `n` derived from a key."""
    raw = digest(key, salt)
    if alphabet == "hex":
        return raw.hex()[:n]
    return base64.b32encode(raw).decode()[:n]


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder being answered."""
    return f"<dunmail.{token(key, 'reminder', 16, 'hex')}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    raw = digest(r.key, "msgid")
    domain = r.sender[1].split("@")[1]
    if r.client.startswith("gmail"):
        return "<CA" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42] + "@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        server = f"AS8P195MB{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        return f"<{server}{raw.hex()[2:12].upper()}@{server}.EURP195.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{token(r.key, 'notice', 20).lower()}.{raw.hex()[:8]}@{domain}>"


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out: a working day before the reply, early morning UK time."""
    day = r.dt.astimezone(UK_TZ).date() - timedelta(days=r.days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 30 + digest(r.key, "minute")[0] % 25
    return datetime(
        day.year,
        day.month,
        day.day,
        8,
        minute,
        digest(r.key, "s")[0] % 60,
        tzinfo=UK_TZ,
    )


def date_words(dt: datetime, lang: str) -> dict[str, str]:
    """Every piece of a date a client template may need, in `lang`."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "dname": DAY_NAMES[lang].split()[wd],
        "dabbr": DAY_ABBR[lang].split()[wd],
        "mname": MONTH_NAMES[lang].split()[mo],
        "mgmail": MONTH_ABBR_GMAIL[lang].split()[mo],
        "mapple": MONTH_ABBR_APPLE[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
        "SS": f"{dt.second:02d}",
    }


def quote_lines(text: str) -> str:
    """Quote every line with "> ", the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape a line of text for HTML."""
    return html.escape(text, quote=False)


def word_paragraphs(text: str) -> str:
    """Text as Outlook's Word editor writes it: one MsoNormal paragraph per line."""
    rows = []
    for line in text.split("\n"):
        inner = html_text(line) if line else "<o:p>&nbsp;</o:p>"
        rows.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(rows)


def div_lines(text: str) -> str:
    """Text as Gmail and Outlook for Android write it: one div per line, `<br>` for blank lines."""
    return "".join(
        f"<div>{html_text(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def br_paragraphs(text: str) -> str:
    """Quoted plain text rendered as HTML paragraphs."""
    paragraphs = text.split("\n\n")
    return "".join(
        "<p>" + "<br>\n".join(html_text(x) for x in p.split("\n")) + "</p>\n" for p in paragraphs
    )


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end with a space, quotes use ">"."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if depth and body.startswith(" "):
            body = body[1:]
        prefix = ">" * depth + " " if depth else ""
        if not depth and body.startswith((" ", "From ", ">")):
            body = " " + body
        if body != "-- ":
            body = body.rstrip(" ")
        lead = body[: len(body) - len(body.lstrip(" "))]
        words = re.findall(r"\S+ *", body[len(lead) :])
        room = width - len(prefix)
        chunks: list[str] = []
        current = lead
        for word in words:
            if current.strip() and len(current) + len(word.rstrip()) > room:
                chunks.append(current)
                current = ""
            current += word
        chunks.append(current.rstrip(" ") if body != "-- " else current)
        out.extend(prefix + chunk for chunk in chunks)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding a client would choose."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    encoder = email_charset.Charset(charset)
    # 7bit and 8bit mean no transfer encoding, which the stubs cannot express (None)
    encoder.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, encoder)
    del part["MIME-Version"]
    return part


def multipart(subtype: str, parts: list[Message], **params: str) -> Message:
    """A multipart container (boundaries are fixed later)."""
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}"
    for name, value in params.items():
        outer.set_param(name.replace("_", "-"), value)
    for part in parts:
        outer.attach(part)
    return outer


def encoded_words(value: str, charset: str, header: str = "Subject", b64: bool = False) -> str:
    """A header value as the client encodes it: RFC 2047 encoded words when it is not ASCII.

    Gmail and Outlook for Android write "B" (base64) words; the other clients write "Q".
    """
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    codec = email_charset.Charset(enc)
    codec.header_encoding = email_charset.BASE64 if b64 else email_charset.QP
    return Header(value, codec, header_name=header).encode()


def mailbox(
    name: str,
    addr: str,
    charset: str = "utf-8",
    header: str = "From",
    b64: bool = False,
) -> str:
    """A From/To/Cc value, with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, charset, header, b64)} <{addr}>"


def plain_mailbox(name: str, addr: str) -> str:
    """A mailbox as a client shows it inside a quoted header block."""
    return f"{name} <{addr}>" if name else addr


def walk_parts(msg: Message) -> Iterator[Message]:
    """Every part of a message, the message included."""
    yield msg
    payload = msg.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                yield from walk_parts(sub)


def finalize(
    msg: Message,
    headers: list[tuple[str, str]],
    key: str,
    boundary_style: str,
    mime_first: bool = False,
) -> Message:
    """Put the envelope headers on top of the MIME headers and fix the boundaries."""
    mime = [
        (name, value)
        for name, value in msg.items()
        if name.lower().startswith(("content-", "mime-version"))
    ]
    for name, _ in mime:
        del msg[name]
    mime = [(n, v) for n, v in mime if n.lower() != "mime-version"]
    if mime_first:
        msg["MIME-Version"] = "1.0"
    for name, value in headers:
        msg[name] = value
    if not mime_first and mime:
        msg["MIME-Version"] = "1.0"
    for name, value in mime:
        msg[name] = value
    containers = [p for p in walk_parts(msg) if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(containers):
        part.set_boundary(boundary(key, n, boundary_style))
    return msg


def boundary(key: str, n: int, style: str) -> str:
    """A fixed boundary shaped like the client's own."""
    if style == "gmail":
        return "0000000000" + token(key, f"b{n}", 18, "hex")
    if style == "outlook":
        return f"_00{n}_{token(key, f'b{n}', 30)}_"
    if style == "apple":
        h = digest(key, f"b{n}").hex().upper()
        return f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"----=_Part_{n}_{token(key, f'b{n}', 20, 'hex')}"


# --------------------------------------------------------------------------------------------
# The reminder as the replying client sees it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """The reminder being answered, as shown in the sender's client and time zone."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_text(lang: str, inv: str, amount: str, sent: datetime) -> str:
    """The reminder body dunmail sent for `inv`."""
    due = sent.date() - timedelta(days=10)
    issued = due - timedelta(days=14)
    fmt = REMINDER_DATE[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(fmt),
        due=due.strftime(fmt),
        amount=money(amount, lang),
    )


def view_of(r: Reply) -> View:
    """What the reply quotes: the reminder in the sender's language and local time."""
    sent = reminder_sent(r)
    return View(
        text=reminder_text(r.lang, r.inv, r.amount, sent),
        subject=REMINDER_SUBJECT[r.lang].format(inv=r.inv),
        sent=sent.astimezone(r.tz),
        lang=r.lang,
        to=plain_mailbox(*r.sender),
    )


def outlook_rows(v: View, seconds: bool = False) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of Outlook's quote header."""
    w = OUTLOOK_WORDS[v.lang]
    sent = OUTLOOK_DATE[v.lang].format(**date_words(v.sent, v.lang))
    if seconds:
        sent += f":{v.sent.second:02d}"
    return [
        (w.sender, plain_mailbox(AR_NAME, AR_ADDR)),
        (w.sent, sent),
        (w.to, v.to),
        (w.subject, v.subject),
    ]


def outlook_block(v: View, seconds: bool = False) -> str:
    """Outlook's quote header as plain text."""
    colon = OUTLOOK_WORDS[v.lang].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_rows(v, seconds))


def attribution(table: dict[str, str], v: View) -> str:
    """An attribution line ("On … wrote:") in the client's and sender's format."""
    return table[v.lang].format(**date_words(v.sent, v.lang), name=AR_NAME, addr=AR_ADDR)


def word_html(r: Reply, v: View) -> str:
    """The HTML Outlook's Word editor produces for a reply."""
    w = OUTLOOK_WORDS[v.lang]
    head = "<br>\n".join(
        f"<b>{html_text(label)}{html_text(w.colon.rstrip())}</b> {html_text(value)}"
        for label, value in outlook_rows(v)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Aptos";}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(v.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Client layouts: each wraps the hand-written text and the quoted reminder
# --------------------------------------------------------------------------------------------


def client_outlook(r: Reply, v: View) -> Message:
    """Outlook desktop, plain text: the localised "Original Message" block, no ">" quoting."""
    w = OUTLOOK_WORDS[v.lang]
    body = f"{r.text}\n\n{w.divider}\n{outlook_block(v)}\n\n{v.text}\n"
    return text_part(body, "plain", r.charset, r.encoding)


def client_outlook_html(r: Reply, v: View) -> Message:
    """Outlook desktop, HTML: Word markup with the E1E1E1 divider, plus the text alternative."""
    plain = f"{r.text}\n\n{outlook_block(v)}\n\n{v.text}\n"
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.encoding),
            text_part(word_html(r, v), "html", r.charset, r.encoding),
        ],
    )


def client_html_only(r: Reply, v: View) -> Message:
    """An Outlook message that carries only the HTML part."""
    return text_part(word_html(r, v), "html", r.charset, r.encoding)


def client_android(r: Reply, v: View) -> Message:
    """Outlook for Android: base64 parts, the localised download line, a divRplyFwdMsg header."""
    sig = ANDROID_SIGNATURE[v.lang]
    block = outlook_block(v, seconds=True)
    plain = f"{r.text}\n\n{sig}\n{'_' * 32}\n{block}\n\n{v.text}\n"
    w = OUTLOOK_WORDS[v.lang]
    head = "<br>\n".join(
        f"<b>{html_text(label)}{html_text(w.colon.rstrip())}</b> {html_text(value)}"
        for label, value in outlook_rows(v, seconds=True)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        '<body>\n<div dir="auto" style="font-family: Aptos, sans-serif; font-size: 12pt;">'
        f"{div_lines(r.text)}</div>\n"
        f'<div dir="auto"><br></div><div dir="auto">{html_text(sig)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
        f"<div>{br_paragraphs(v.text)}</div>\n</body>\n</html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, "b64"),
            text_part(markup, "html", r.charset, "b64"),
        ],
    )


def client_gmail(r: Reply, v: View) -> Message:
    """Gmail (web or app): multipart/alternative with a gmail_quote blockquote."""
    attr = attribution(GMAIL_ATTRIBUTION, v)
    plain = f"{r.text}\n\n{attr}\n\n{quote_lines(v.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html_text(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{br_paragraphs(v.text)}</blockquote></div>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.encoding),
            text_part(markup, "html", r.charset, r.encoding),
        ],
    )


def client_gmail_plain(r: Reply, v: View) -> Message:
    """Gmail in plain-text mode: the attribution line and ">" quoting, one text part."""
    body = f"{r.text}\n\n{attribution(GMAIL_ATTRIBUTION, v)}\n\n{quote_lines(v.text)}\n"
    return text_part(body, "plain", r.charset, r.encoding)


def client_apple(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac, plain text."""
    body = f"{r.text}\n\n{attribution(APPLE_ATTRIBUTION, v)}\n\n{quote_lines(v.text)}\n"
    return text_part(body, "plain", r.charset, r.encoding)


def client_apple_html(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac with its HTML alternative (blockquote type=cite)."""
    attr = attribution(APPLE_ATTRIBUTION, v)
    plain = f"{r.text}\n\n{attr}\n\n{quote_lines(v.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.text)}<div><br><blockquote type="cite"><div>{html_text(attr)}</div><br>'
        f"<div>{br_paragraphs(v.text)}</div></blockquote></div><br></body></html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.encoding),
            text_part(markup, "html", r.charset, r.encoding),
        ],
    )


def client_iphone(r: Reply, v: View) -> Message:
    """iPhone Mail: the localised "Sent from my iPhone", then the quoted attribution and reminder."""
    quoted = quote_lines(f"{attribution(APPLE_ATTRIBUTION, v)}\n\n{v.text}")
    body = f"{r.text}\n\n{IPHONE_SIGNATURE[v.lang]}\n\n{quoted}\n"
    return text_part(body, "plain", r.charset, r.encoding)


def client_thunderbird(r: Reply, v: View) -> Message:
    """Thunderbird: format=flowed plain text, attribution directly above the quote."""
    body = flowed(f"{r.text}\n\n{attribution(THUNDERBIRD_ATTRIBUTION, v)}\n{quote_lines(v.text)}\n")
    part = text_part(body, "plain", r.charset, r.encoding)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, v: View) -> Message:
    """Automatic notices (auto-replies, tickets, payment advices) quote nothing."""
    del v
    return text_part(r.text + "\n", "plain", r.charset, r.encoding)


CLIENTS: dict[str, Callable[[Reply, View], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(r: Reply, v: View) -> str:
    """The Subject the client puts on the reply (or the sender's own)."""
    if r.subject:
        return r.subject.format(orig=v.subject, re=OUTLOOK_WORDS[r.lang].reply)
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_WORDS[r.lang].reply + v.subject
    return "Re: " + v.subject


def build_reply(r: Reply) -> tuple[Message, str]:
    """The finished message and its intended (decoded) Subject."""
    v = view_of(r)
    body = CLIENTS[r.client](r, v)
    subject = reply_subject(r, v)
    b64 = r.client in {"gmail", "gmail_plain", "android"}
    headers: list[tuple[str, str]] = [
        ("From", mailbox(*r.sender, r.charset, "From", b64)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
    ]
    if r.cc:
        headers.append(("Cc", mailbox(*r.cc, r.charset, "Cc")))
    headers += [
        ("Subject", encoded_words(subject, r.charset, "Subject", b64)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.client != "notice" or r.intent != "payment_sent":  # payment advices start a new thread
        headers += [
            ("In-Reply-To", reminder_msgid(r.key)),
            ("References", reminder_msgid(r.key)),
        ]
    if r.client in OUTLOOK_FAMILY:
        index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        headers += [
            ("Thread-Topic", encoded_words(v.subject, r.charset, "Thread-Topic", b64)),
            ("Thread-Index", index),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ]
    headers += [*CLIENT_HEADERS.get(r.client, ()), *r.headers]
    style = (
        "gmail"
        if r.client.startswith("gmail")
        else "apple"
        if r.client.startswith("apple")
        else "outlook"
        if r.client in OUTLOOK_FAMILY
        else "part"
    )
    return finalize(body, headers, r.key, style, mime_first=r.client.startswith("gmail")), subject


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Callum Reid", "callum.reid.sound@gmail.com"),
        "2031-09-23 21:47",
        "gmail",
        "done",
        Label(
            note="one lowercase word in answer to a reminder that asks to be told about payment; read as paid, no date"
        ),
        inv="TSH 0436-31",
        amount="320.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Halvergate Events Group plc", "ap-noreply@halvergate-group.example"),
        "2031-09-26 06:12",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Payer:         Halvergate Events Group plc - Accounts Payable\n"
        "Payee:         THISTLEDOWN STAGE & SOUND HIRE LTD\n"
        "Supplier ID:   V0048813\n"
        "Payment date:  26/09/2031\n"
        "Method:        BACS\n"
        "Payment ref:   HEG-PAY-0928114\n\n"
        "Your ref        Doc date      Gross GBP\n"
        "TSH 0388-31     14/08/2031     2,460.00\n"
        "TSH 0402-31     21/08/2031       915.50\n"
        "                              ---------\n"
        "Total paid                     3,375.50\n\n"
        "Funds should reach your account within two working days.\n\n"
        "This advice was generated automatically by our payables system. Replies to this address are not read. For queries please write to supplier.queries@halvergate-group.example quoting your supplier ID.",
        Label(
            paid_date="2031-09-26",
            payment_reference="HEG-PAY-0928114",
            amount="3375.50",
            currency="GBP",
            refs=("TSH 0388-31", "TSH 0402-31"),
            note="automated AP remittance advice with Auto-Submitted; the amount is the total of both invoices; the queries address is not a new contact",
        ),
        inv="TSH 0388-31",
        charset="us-ascii",
        cte="7bit",
        subject="Remittance advice - payment HEG-PAY-0928114",
        headers=(AUTO_GENERATED, ("X-Mailer", "Halvergate P2P Payables 9.4")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Megan Tillotson", "megan@wharfedalefolkfest.example"),
        "2031-10-01 08:15",
        "iphone",
        "Hi both,\n\nI'm technically on leave this week (hence the subject line) but your reminder popped up on my phone and I didn't want it hanging over us. Just paid TSH 0451-31 from the business app, £1,180.00 to the account on your invoice. Reference should say WFF TSH0451.\n\nShout if it hasn't turned up by Friday.\n\nMegan\nWharfedale Folk Festival",
        Label(
            paid_date="2031-10-01",
            payment_reference="WFF TSH0451",
            amount="1180.00",
            currency="GBP",
            refs=("TSH 0451-31",),
            note="a person writing, although the subject says out of office; 'just paid' on the message date",
        ),
        inv="TSH 0451-31",
        amount="1180.00",
        subject="Out of office this week - but paid!",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Heike Dornbusch", "gemeindebuero@ev-kirche-sankt-markus.example"),
        "2031-09-23 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung TSH 0433-31 über 1.240,00 € (Beschallung Gemeindefest) wurde am 19.09.2031 überwiesen. Die Zahlung lief über die Kasse des Kirchenkreises, deshalb steht im Verwendungszweck vermutlich nur „KG St. Markus Gemeindefest“ und nicht Ihre Rechnungsnummer. Bitte ordnen Sie den Betrag entsprechend zu.\n\nMit freundlichen Grüßen\nim Auftrag\n\nHeike Dornbusch\nGemeindebüro\nEv. Kirchengemeinde St. Markus",
        Label(
            paid_date="2031-09-19",
            amount="1240.00",
            currency="EUR",
            refs=("TSH 0433-31",),
            note="paid through the church district's treasury; the guessed transfer text is not a payment reference",
        ),
        inv="TSH 0433-31",
        amount="1240.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Guérin", "intendance@lycee-jean-moulin-vienne.example"),
        "2031-10-02 14:30",
        "gmail",
        "Bonjour,\n\nLe virement a été mis en paiement hier par l'agence comptable du lycée. Comptez deux ou trois jours : les paiements passent par le Trésor public et ce n'est jamais très rapide.\n\nBien à vous,\n\nNathalie Guérin\nGestionnaire – Lycée Jean-Moulin",
        Label(
            paid_date="2031-10-01",
            note="'mis en paiement hier': the transfer has left the school; paid the day before the message",
        ),
        inv="TSH 0478-31",
        amount="860.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Julien Marchetti", "julien@domaine-des-trois-chenes.example"),
        "2031-10-06 11:02",
        "apple_html",
        "Bonjour,\n\nRéglé ce matin par virement, 1 380 €.\n\nEn revanche pouvez-vous me renvoyer la facture en PDF ? Je ne la retrouve plus et mon expert-comptable me la réclame pour la clôture.\n\nMerci,\nJulien",
        Label(
            paid_date="2031-10-06",
            amount="1380.00",
            currency="EUR",
            note="paid, plus a request for a copy of the invoice for the accountant: the payment is made, so the copy request is secondary",
        ),
        inv="TSH 0484-31",
        amount="1380.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Benavente", "rocio.faros@gmail.com"),
        "2031-09-30 23:10",
        "gmail_plain",
        "hola ya esta pagado lo hizo nuestra gestora el viernes pasado en cuanto me mande el justificante te lo reenvio\nrocio (los faros nocturnos)",
        Label(
            paid_date="2031-09-26",
            note="no punctuation or accents; 'el viernes pasado' before Tue 30 Sep",
        ),
        inv="TSH 0446-31",
        amount="750.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Grupo Alcarria Eventos - Cuentas a pagar", "pagos@grupoalcarria.example"),
        "2031-10-08 07:45",
        "notice",
        "AVISO DE PAGO\n\n"
        "Ordenante:       GRUPO ALCARRIA EVENTOS, S.L. (CIF B19654321)\n"
        "Beneficiario:    THISTLEDOWN STAGE & SOUND HIRE LTD\n"
        "Fecha de pago:   08.10.2031\n"
        "Forma de pago:   Transferencia SEPA\n"
        "N.º de orden:    2031100800173\n\n"
        "Factura          Fecha fra.    Importe EUR\n"
        "TSH 0467-31      02.09.2031       4.312,80\n\n"
        "Total pagado: 4.312,80 EUR\n\n"
        "Este aviso se ha generado automáticamente desde nuestro sistema de pagos. Por favor, no responda a este mensaje.",
        Label(
            paid_date="2031-10-08",
            payment_reference="2031100800173",
            amount="4312.80",
            currency="EUR",
            refs=("TSH 0467-31",),
            note="automated payment advice from the customer's ERP",
        ),
        inv="TSH 0467-31",
        charset="iso-8859-1",
        subject="Aviso de pago / Remittance advice 2031100800173",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sander Visser", "sander@podiumbouwvisser.example"),
        "2031-10-08 12:03",
        "iphone",
        "Betaald.",
        Label(note="one word; no date"),
        inv="TSH 0493-31",
        amount="540.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Hanneke de Groot", "penningmeester@jazzaandedijk.example"),
        "2031-10-10 16:20",
        "thunderbird",
        "Hallo,\n\nExcuses! Ik dacht echt dat deze al weg was, maar hij bleek nog tussen de klaargezette betalingen in de bankapp te staan. Zojuist alsnog verstuurd: € 685,00 met omschrijving TSH 0490-31.\n\nGroet,\nHanneke de Groot\npenningmeester Stichting Jazz aan de Dijk",
        Label(
            paid_date="2031-10-10",
            amount="685.00",
            currency="EUR",
            refs=("TSH 0490-31",),
            note="'zojuist alsnog verstuurd' on the message date; the transfer description is the invoice number, not a separate reference",
        ),
        inv="TSH 0490-31",
        amount="685.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Marco Ferretti", "ragazzidelmolo.band@libero.it"),
        "2031-10-14 13:20",
        "android",
        "PAGATO IERI CON BONIFICO ISTANTANEO, TRN 0306917344210051. SCUSATE IL RITARDO\nMARCO",
        Label(
            paid_date="2031-10-13",
            payment_reference="0306917344210051",
            note="all caps from a phone; 'ieri' before Tue 14 Oct",
        ),
        inv="TSH 0503-31",
        amount="420.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        (
            "Comune di Valmorina - Ufficio Ragioneria",
            "ragioneria@comune.valmorina.example",
        ),
        "2031-09-26 11:40",
        "outlook",
        "Spett.le Thistledown Stage & Sound Hire,\n\nin riscontro al Vostro sollecito, si comunica che per la fattura TSH 0429-31 di euro 2.150,00 (service audio e luci per la Festa patronale) è stato emesso il mandato di pagamento n. 1873 in data 24/09/2031, regolarmente trasmesso al Tesoriere comunale.\n\nL'accredito avverrà secondo i tempi tecnici dell'istituto tesoriere.\n\nDistinti saluti\n\nIl Responsabile del Servizio Finanziario\ndott.ssa Lucia Bertolini",
        Label(
            paid_date="2031-09-24",
            payment_reference="1873",
            amount="2150.00",
            currency="EUR",
            refs=("TSH 0429-31",),
            note="very formal public body: the payment order was issued and handed to the council's treasurer, so it is out of the council's hands",
        ),
        inv="TSH 0429-31",
        amount="2150.00",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Gemma Oduya", "accounts.payable@brackenridge-su.example"),
        "2031-09-23 11:26",
        "outlook_html",
        "Hi,\n\nThanks for the nudge. This one was approved for Friday's payment run, so it should be with you early next week.\n\nKind regards,\nGemma\n\nGemma Oduya | Accounts Payable Assistant\nBrackenridge Students' Union",
        Label(
            promised_date="2031-09-26",
            note="'approved for Friday's run': past tense announcing a payment on Fri 26 Sep",
        ),
        inv="TSH 0444-31",
        amount="1925.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Owen Pritchard", "owen@lantern-parade.example"),
        "2031-09-24 16:05",
        "gmail",
        "Hi there,\n\nNot paid yet, sorry, I know it's late. We're waiting on the second instalment of our Arts Council grant, which lands at the end of the month, and yours is the first bill that gets paid out of it. So you'll have it by the 30th.\n\nThanks for bearing with us,\nOwen\nLantern Parade CIC",
        Label(
            promised_date="2031-09-30",
            note="'not paid yet' followed by a promise tied to a grant, with a firm day (the 30th)",
        ),
        inv="TSH 0448-31",
        amount="2640.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Kit Amberley", "kit@thesaltmarshband.example"),
        "2031-10-06 01:14",
        "gmail_plain",
        "Hey!! So sorry for the radio silence, it's been a mad few weeks. We've been on the road since the Whitby show, the van died outside Carlisle (alternator apparently, £600 we didn't have), our drummer got covid and we had to get a dep in for three nights who didn't know half the set, and I've basically been living on service station sandwiches. Not an excuse, just context lol.\n\nAnyway the promoter settles the tour with us on thursday and I'll pay you the whole lot that afternoon, promise. The three wedges you sorted for us at short notice literally saved the Hebden gig btw so thank you for that.\n\nCheers\nKit x",
        Label(
            promised_date="2031-10-09",
            note="rambling reply with the promise buried in the second paragraph; sent just after midnight on Monday, so 'thursday' is 9 Oct",
        ),
        inv="TSH 0458-31",
        amount="1150.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Kreditorenbuchhaltung Rheinhallen", "kreditoren@rheinhallen-messe.example"),
        "2031-10-02 09:12",
        "outlook",
        "Guten Tag,\n\ndie Rechnung TSH 0472-31 ist inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem Zahllauf in KW 41.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Kwiatkowski\nKreditorenbuchhaltung\nRheinhallen Messe & Event GmbH",
        Label(
            promised_date="2031-10-06",
            refs=("TSH 0472-31",),
            note="'Zahllauf in KW 41' is pinned to the Monday of ISO week 41, as 'next week' is; 'freigegeben' is past tense for a future payment",
        ),
        inv="TSH 0472-31",
        amount="3870.00",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Petersen", "jens.petersen@gmx.de"),
        "2031-10-03 18:40",
        "iphone",
        "Moin, sorry, ist mir komplett durchgerutscht. Ich überweis das nächsten Donnerstag, dann ist das Geld vom Stadtfest endlich auf dem Vereinskonto.\nGruß Jens",
        Label(
            promised_date="2031-10-09",
            note="'nächsten Donnerstag' written on Friday 3 Oct (a public holiday): the coming Thursday",
        ),
        inv="TSH 0475-31",
        amount="640.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        (
            "Service comptable – Agence Lumière & Cie",
            "compta@agence-lumiere-cie.example",
        ),
        "2031-10-09 15:02",
        "outlook_html",
        "Bonjour,\n\nNous avons bien reçu votre relance. La facture TSH 0497-31 sera réglée en fin de mois, avec l'ensemble de nos paiements fournisseurs.\n\nCordialement,\n\nIsabelle Fontaine\nService comptable\nAgence Lumière & Cie – Événementiel",
        Label(
            promised_date="2031-10-31",
            refs=("TSH 0497-31",),
            note="'en fin de mois' → last day of the month",
        ),
        inv="TSH 0497-31",
        amount="2280.00",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        (
            "Tesorería Iglesia Evangélica Betel",
            "tesoreria@iglesiabetel-valencia.example",
        ),
        "2031-09-22 20:31",
        "iphone",
        "Buenas noches, todavía no lo hemos pagado, pero lo pagamos a finales de mes sin falta. Disculpen la demora, el tesorero ha estado de viaje.\nUn saludo,\nEsther",
        Label(
            promised_date="2031-09-30",
            note="'todavía no' then 'a finales de mes' → last day of September",
        ),
        inv="TSH 0426-31",
        amount="480.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Álvaro Quintana", "alvaro@eventosmarearoja.example"),
        "2031-10-02 10:48",
        "gmail",
        "Hola,\n\nOs lo pagamos el 15, que es cuando hacemos la remesa de proveedores. Perdonad el retraso, este mes se nos ha juntado todo.\n\nUn saludo,\nÁlvaro Quintana\nMarea Roja Eventos",
        Label(promised_date="2031-10-15", note="'el 15' → the next 15th"),
        inv="TSH 0471-31",
        amount="1760.00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marieke Hoekstra", "marieke@dorpsfeestoosterwolde.example"),
        "2031-09-30 20:15",
        "thunderbird",
        "Hoi,\n\nNog niet betaald, sorry! De betaling volgt over twee weken, zodra de subsidie van de gemeente binnen is. Die is toegezegd maar nog niet overgemaakt.\n\nGroetjes,\nMarieke\nStichting Dorpsfeest Oosterwolde",
        Label(
            promised_date="2031-10-14",
            note="'nog niet betaald' then 'over twee weken' → 14 days after the message; stated, not asked, so a promise rather than a plan",
        ),
        inv="TSH 0463-31",
        amount="1320.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("R. Bakker", "crediteuren@schouwburgzuid.example"),
        "2031-10-13 09:55",
        "outlook",
        "Goedemorgen,\n\nFactuur TSH 0509-31 staat ingepland voor de betaalrun van aanstaande vrijdag.\n\nMet vriendelijke groet,\n\nRuud Bakker\nCrediteurenadministratie\nSchouwburg Zuid",
        Label(
            promised_date="2031-10-17",
            refs=("TSH 0509-31",),
            note="'staat ingepland' for Friday: a scheduled payment is a promise",
        ),
        inv="TSH 0509-31",
        amount="2975.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        (
            "Segreteria Parrocchiale San Michele",
            "segreteria@parrocchiasanmichele-lucca.example",
        ),
        "2031-10-01 10:10",
        "gmail",
        "Buongiorno,\n\nci scusiamo per il ritardo. Il parroco ha già firmato, provvederemo al saldo entro fine mese.\n\nCordiali saluti\nAnna Pieri\nSegreteria parrocchiale",
        Label(promised_date="2031-10-31", note="'entro fine mese' → last day of October"),
        inv="TSH 0469-31",
        amount="980.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide Mancuso", "davide@dmproduzioni.example"),
        "2031-10-10 18:22",
        "apple",
        "Ciao,\nil bonifico parte il 15/10 insieme a quelli degli altri fornitori. Grazie per la pazienza!\nDavide",
        Label(promised_date="2031-10-15", note="'15/10' in the Italian day/month order"),
        inv="TSH 0499-31",
        amount="1430.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Andrew Hollis", "a.hollis@staidansacademy.example"),
        "2031-09-29 13:40",
        "outlook_html",
        "Good afternoon,\n\nWe paid £1,640.00 against TSH 0415-31 last Tuesday – that covers the PA, the lighting and the delivery, as quoted.\n\nThe remaining £380.00 is for technician overtime and we won't be paying it. Your technician left site at 10.25pm; our licence has a 10pm curfew and the show finished at 9.45pm, so there was no overtime to be worked. Please send a credit note for that line.\n\nRegards,\n\nAndrew Hollis\nSchool Business Manager\nSt Aidan's Academy",
        Label(
            refs=("TSH 0415-31",),
            note="part paid and the rest disputed: dispute wins over the payment claim",
        ),
        inv="TSH 0415-31",
        amount="2020.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Priya Raman", "priya@brightwaterevents.example"),
        "2031-09-24 09:18",
        "gmail",
        "Hi,\n\nWe have NOT paid this because half the stage deck arrived with broken leg clamps and we had to hire replacement decking from another supplier on the day, at our own cost. I emailed photos to Rob on the 12th and have heard nothing back.\n\nUntil someone deals with that properly, this invoice is on hold.\n\nPriya Raman\nBrightwater Events",
        Label(note="negated payment with the reason: faulty equipment"),
        inv="TSH 0431-31",
        amount="3480.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Events Team – Westbrook District Council", "events@westbrook-dc.example"),
        "2031-10-02 14:55",
        "outlook",
        "Hello,\n\nTSH 0486-31 looks like a duplicate of TSH 0398-31, which we paid on 22 August (our remittance 7741093). Same event (Westbrook Food Festival), same kit list, same amount.\n\nPlease cancel 0486 and confirm.\n\nThanks\nLauren Webb\nEvents Officer, Westbrook District Council",
        Label(
            refs=("TSH 0486-31", "TSH 0398-31"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="TSH 0486-31",
        amount="1895.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Martina Kessler", "sekretariat@gymnasium-am-wall.example"),
        "2031-09-23 12:14",
        "html_only",
        "Sehr geehrte Damen und Herren,\n\ndie oben genannte Rechnung werden wir in dieser Form nicht begleichen.\n\nBei unserer Abiturfeier am 5. September ist der Empfänger der Funkmikrofone zweimal ausgefallen, einmal mitten in der Rede des Schulleiters. Ihr Techniker hat das vor Ort bestätigt. Wir bitten daher um eine Gutschrift über den Posten „Funkstrecken (4 × 45,00 €)“ und um Zusendung einer korrigierten Rechnung.\n\nMit freundlichen Grüßen\n\nDr. Martina Kessler\nOberstudiendirektorin\nGymnasium am Wall",
        Label(
            note="faulty equipment; the corrected-invoice request follows from the dispute; HTML-only"
        ),
        inv="TSH 0437-31",
        amount="1460.00",
        cte="b64",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Hauke Jansen", "kasse@segelclub-foerde.example"),
        "2031-10-08 19:30",
        "thunderbird",
        'Moin,\n\nim Angebot vom Juli standen 890 EUR netto, auf der Rechnung sind es jetzt 1.090 EUR. Die 200 EUR für "Anlieferung am Wochenende" waren nie abgesprochen, das Fest war an einem Samstag und das wussten Sie vorher.\n\nBitte korrigieren Sie die Rechnung, dann überweisen wir umgehend.\n\nGruß\nHauke Jansen\nKassenwart Segelclub Förde e.V.',
        Label(note="price differs from the quote; payment after a correction is secondary"),
        inv="TSH 0488-31",
        amount="1090.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Gérard Lemoine", "president@cdf-saint-aubin.example"),
        "2031-09-22 17:45",
        "outlook",
        "Madame, Monsieur,\n\nNous contestons cette facture. La prestation du 6 septembre a été annulée par courriel le 28 août, soit neuf jours avant la date prévue, et vos conditions générales prévoient une annulation sans frais jusqu'à sept jours avant l'événement.\n\nNous vous remercions d'annuler cette facture et de nous adresser l'avoir correspondant.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nGérard Lemoine\nPrésident du Comité des fêtes de Saint-Aubin",
        Label(note="cancelled booking invoiced anyway"),
        inv="TSH 0424-31",
        amount="1150.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Yanis Belkacem", "yanis.b.mix@gmail.com"),
        "2031-10-10 00:37",
        "gmail_plain",
        "euh non.\non a jamais reçu les deux lyres, c'est pour ça qu'on vous a rendu que le reste. je vais pas payer du matos que j'ai pas eu. vérifiez votre bon de sortie\n\nYanis",
        Label(note="informal, lowercase: items never received"),
        inv="TSH 0492-31",
        amount="610.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Lucía Sarmiento", "luciaydaniboda@gmail.com"),
        "2031-10-15 22:05",
        "iphone",
        "Hola! Os escribo por lo de la factura. Antes de nada, el sonido en la boda estuvo genial y Iván, el técnico, fue un encanto, todos los invitados preguntaron quién había puesto las luces del jardín 😊\n\nPero la factura pone tres días de alquiler y la boda fue solo el sábado. El equipo se quedó hasta el lunes porque vosotros no podíais recogerlo el domingo, no porque lo usáramos nosotros. Así que los dos días de más no los vamos a pagar. Si nos mandáis la factura con un solo día la pagamos enseguida.\n\nUn beso,\nLucía",
        Label(
            note="long friendly reply; the objection to two extra hire days is the point; the conditional payment is secondary"
        ),
        inv="TSH 0505-31",
        amount="1740.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Bram Jacobs", "bram@feestzaaldekroon.example"),
        "2031-09-25 08:05",
        "android",
        "Deze factuur klopt niet. Er staan 6 moving heads op, wij hebben er 4 gehad (staat ook zo op de pakbon die jullie chauffeur heeft getekend). Het verschil betalen we niet.\n\nBram",
        Label(note="billed for more fixtures than delivered"),
        inv="TSH 0439-31",
        amount="1280.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Fleur van Dijk", "f.vandijk@zomerparkfeest.example"),
        "2031-10-07 15:33",
        "gmail",
        "Hallo,\n\nHet bedrag voor de geluidsset hebben we vorige week al overgemaakt (€ 1.150,00). De € 240,00 schoonmaakkosten betwisten we: het podium was bij het ophalen gewoon schoon, jullie eigen crew heeft het afgetekend. Foto's kan ik sturen.\n\nKunnen jullie die regel van de factuur halen?\n\nGroet,\nFleur van Dijk\nZomerparkfeest",
        Label(note="part paid and the cleaning charge disputed: dispute"),
        inv="TSH 0481-31",
        amount="1390.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Associazione Culturale Il Sipario", "info@ilsipario-teatro.example"),
        "2031-10-13 10:20",
        "outlook",
        "Buongiorno,\n\ncontestiamo l’addebito di € 560,00 per il mixer “danneggiato”. Il mixer ci è stato consegnato con il fader del canale 3 già rotto, e lo avevamo fatto presente al vostro tecnico durante il montaggio (c’era anche il nostro direttore di scena).\n\nNon pagheremo questa voce. Il resto della fattura verrà saldato appena ci manderete la fattura corretta.\n\nDistinti saluti\nChiara Longo\nAssociazione Culturale Il Sipario",
        Label(
            note="damage charge contested; paying the rest after a corrected invoice is secondary"
        ),
        inv="TSH 0501-31",
        amount="1840.00",
        charset="windows-1252",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Roberto Gallo", "roberto@gallo-eventi.example"),
        "2031-09-25 17:10",
        "iphone",
        "Buonasera,\nla TSH 0455-31 è un doppione della TSH 0441-31, che abbiamo già pagato il 5 settembre. Stesso evento, stesse voci. Potete annullarla?\nRoberto",
        Label(
            refs=("TSH 0455-31", "TSH 0441-31"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="TSH 0455-31",
        amount="2090.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Niamh Costello", "niamh@brackenfellfestival.example"),
        "2031-09-23 10:40",
        "gmail",
        "Hi,\n\nI'll be honest with you. The festival lost money this year: it rained solidly on the Saturday and we ended up refunding half the day tickets. I can't pay the £4,800 in one go without putting next year's site deposit at risk.\n\nCould we do £800 a month starting in October? I'd set up a standing order the day you agree, and you're welcome to hold me to it.\n\nSorry, this isn't a message I like sending.\n\nNiamh Costello\nDirector, Brackenfell Festival",
        Label(note="hardship and monthly instalments; plan amounts are not labelled"),
        inv="TSH 0420-31",
        amount="4800.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Revd Paul Ashworth", "vicar@stmaryhexley.example"),
        "2031-10-06 12:15",
        "iphone",
        "Hello, I've paid £500 this morning from the church account. The balance will follow on the 31st when the harvest appeal money is banked. Hope that's ok. Paul",
        Label(note="part paid now and the rest on a later date → payment_plan, not payment_sent"),
        inv="TSH 0474-31",
        amount="1260.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Daz Mobile Disco", "dazzamobiledisco@gmail.com"),
        "2031-10-14 23:58",
        "gmail_plain",
        "hi mate could i have another 30 days on this one cash is tight till the xmas party bookings start paying deposits will def clear it then cheers daz",
        Label(
            note="asks for more time, no punctuation: payment_plan; the 30 days are asked for, not promised"
        ),
        inv="TSH 0507-31",
        amount="450.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        (
            "Förderverein Dorfkultur Ebersbach e.V.",
            "vorstand@dorfkultur-ebersbach.example",
        ),
        "2031-09-29 16:00",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nnachdem unser Sommerfest im August wegen Unwetter abgebrochen werden musste, fehlen uns die Einnahmen aus dem Getränkeverkauf. Wir möchten die Rechnung selbstverständlich vollständig bezahlen, bitten aber um Ratenzahlung: drei Raten zu je 700,00 €, jeweils zum 15. der Monate Oktober, November und Dezember.\n\nWäre das für Sie in Ordnung?\n\nMit freundlichen Grüßen\nBrigitte Sauer\n1. Vorsitzende",
        Label(note="instalments with hardship; instalment dates are not labelled"),
        inv="TSH 0435-31",
        amount="2100.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Tobias Wendt", "tobias.wendt@gmx.de"),
        "2031-10-16 20:47",
        "thunderbird",
        "Hallo zusammen,\n\nich überweise heute die Hälfte (1.025 €) und den Rest Ende Oktober, wenn die Sponsorengelder vom Skatepark-Jam da sind. Ich hoffe, das geht so in Ordnung.\n\nGrüße\nTobias",
        Label(note="half now, the rest at the end of the month → payment_plan"),
        inv="TSH 0510-31",
        amount="2050.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Claire Dubreuil", "claire.dubreuil@evenementiel-azur.example"),
        "2031-10-14 09:35",
        "gmail",
        "Bonjour,\n\nSerait-il possible d'échelonner le règlement en trois fois ? Notre trésorerie est tendue depuis l'annulation d'un gros séminaire client en septembre. Je peux faire un premier virement dès vendredi, puis les deux suivants fin novembre et fin décembre.\n\nMerci d'avance pour votre compréhension.\n\nClaire Dubreuil\nÉvénementiel Azur",
        Label(
            note="three instalments asked for; the first transfer date is part of the plan, not a promise"
        ),
        inv="TSH 0506-31",
        amount="5400.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("APE école Les Tilleuls", "ape.lestilleuls@gmail.com"),
        "2031-09-24 21:12",
        "apple",
        "Bonsoir,\n\nL'association des parents d'élèves ne peut pas régler toute la facture tout de suite : nos comptes se renflouent surtout avec le marché de Noël. Nous vous proposons de verser 300 € maintenant et le solde (612 €) juste après le marché, mi-décembre.\n\nEst-ce que cela vous conviendrait ?\n\nBien cordialement,\nSophie Marchal, trésorière de l'APE",
        Label(note="part now, balance after the Christmas market"),
        inv="TSH 0440-31",
        amount="912.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Javi Ortega", "javi@lostiburones.example"),
        "2031-10-03 14:02",
        "iphone",
        "¿Podemos pagarlo en dos veces? La mitad ahora y la otra mitad a finales de noviembre. Vamos justos después de la gira.",
        Label(note="two payments asked for; mobile brevity"),
        inv="TSH 0477-31",
        amount="1060.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        (
            "Administración Hotel Mirador del Júcar",
            "administracion@hotelmiradorjucar.example",
        ),
        "2031-10-13 12:30",
        "outlook_html",
        "Estimados señores:\n\nLes escribimos en relación con la factura de referencia. Debido al cierre temporal de nuestro salón de eventos por unas obras imprevistas, nuestra tesorería se ha visto seriamente afectada este trimestre.\n\nPor ello, les solicitamos un aplazamiento de sesenta días o, si lo prefieren, el pago en tres mensualidades a partir de noviembre.\n\nQuedamos a la espera de su respuesta.\n\nAtentamente,\n\nPilar Navarro Gil\nDepartamento de Administración\nHotel Mirador del Júcar",
        Label(note="formal request for more time or three instalments"),
        inv="TSH 0500-31",
        amount="3150.00",
        cte="b64",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wouter Smit", "wouter@smitpartyverhuur.example"),
        "2031-10-01 13:15",
        "gmail_plain",
        "Hoi,\n\nKunnen we het in drie termijnen doen? Het eerste deel kan ik deze week nog overmaken, de rest in november en december. Het is een rustig najaar bij ons.\n\nGroet,\nWouter",
        Label(note="three instalments asked for"),
        inv="TSH 0480-31",
        amount="2430.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("ASD Pallavolo Riviera", "segreteria@pallavoloriviera.example"),
        "2031-09-25 11:05",
        "outlook",
        "Buongiorno,\n\nsiamo un'associazione sportiva dilettantistica e la fattura per il service della festa di fine stagione pesa parecchio sul nostro bilancio. Vi chiediamo la cortesia di poterla rateizzare in quattro rate mensili, da ottobre a gennaio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nElisa Moretti\nSegreteria ASD Pallavolo Riviera",
        Label(note="four monthly instalments asked for"),
        inv="TSH 0443-31",
        amount="1600.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Francesco Esposito", "f.esposito@matrimonidelsud.example"),
        "2031-10-07 17:50",
        "gmail",
        "Ciao,\noggi ho fatto un bonifico di 400 euro, il resto ve lo mando entro fine novembre. Scusate ma è un periodo così.\nFrancesco",
        Label(note="part paid today, the rest by the end of November → payment_plan"),
        inv="TSH 0485-31",
        amount="1150.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Tom Lavery", "ap.invoices@northgate-broadcasting.example"),
        "2031-09-25 10:02",
        "outlook_html",
        "Hello,\n\nWe can't pay this as it stands: invoices without a valid purchase order number are rejected automatically by our system. The PO for this job is 4500218831. Please reissue the invoice quoting it and we'll pay it in the next run once it's through.\n\nRegards,\nTom Lavery\nAccounts Payable\nNorthgate Broadcasting Ltd",
        Label(
            note="payment depends on a reissue with the PO number: invoice_request, not a promise"
        ),
        inv="TSH 0445-31",
        amount="6120.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Sue Platt", "bookings@holmfirthvillagehall.example"),
        "2031-10-13 18:22",
        "iphone",
        "Hi, can you send me the actual invoice? I've never seen it and I can't tell what it's for from this. Sue",
        Label(note="asks for the invoice and what it is for; nothing contested"),
        inv="TSH 0508-31",
        amount="380.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Rachel Ng", "procurement@eastmarch-uni.example"),
        "2031-10-08 14:10",
        "outlook",
        "Dear Thistledown Accounts,\n\nThank you for your reminder. We have not been able to pay this invoice because your company is not yet set up as a supplier on our new finance system. To complete the set-up we need:\n\n1. a copy of the invoice addressed to the University of Eastmarch, School of Music;\n2. your bank details on company letterhead, signed by a director.\n\nOnce we have both, payment will be released in the following weekly run.\n\nYours sincerely,\n\nRachel Ng\nProcurement Services\nUniversity of Eastmarch",
        Label(
            note="'have not been able to pay' explained by missing documents, nothing contested: invoice_request"
        ),
        inv="TSH 0483-31",
        amount="2760.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Stadt Lindenau – Kulturamt", "kulturamt@lindenau.example"),
        "2031-09-30 10:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung liegt uns bisher nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber dürfen wir Rechnungen ausschließlich als XRechnung über das Rechnungseingangsportal annehmen. Bitte reichen Sie die Rechnung dort erneut ein und geben Sie dabei unsere Leitweg-ID 14-0562-73 sowie die Bestellnummer KA-2031-077 an.\n\nNach Eingang der E-Rechnung wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\nKerstin Vogt\nStadt Lindenau, Kulturamt",
        Label(
            note="public body needs an e-invoice with its routing ID and order number before paying"
        ),
        inv="TSH 0457-31",
        amount="4380.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Sebastian Krüger", "basti.krueger@gmx.de"),
        "2031-10-16 07:58",
        "iphone",
        "Hi, könnt ihr mir die Rechnung nochmal schicken? Find die nirgends mehr. Danke! Basti",
        Label(note="asks for a copy"),
        inv="TSH 0511-31",
        amount="290.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Céline Roux", "celine.roux@mairie-lavaur-sur-orb.example"),
        "2031-09-22 14:40",
        "thunderbird",
        "Bonjour,\n\nJe ne retrouve pas la facture TSH 0459-31 dans nos dossiers. Pourriez-vous me la renvoyer, accompagnée d'un relevé de compte ? Je la transmettrai au service financier dès réception.\n\nCordialement,\nCéline Roux\nService culture – Mairie de Lavaur-sur-Orb",
        Label(refs=("TSH 0459-31",), note="copy and statement of account requested"),
        inv="TSH 0459-31",
        amount="1540.00",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Pascal Hébert", "p.hebert@theatre-des-quais.example"),
        "2031-10-15 11:18",
        "outlook",
        "Bonjour,\n\nAvant de pouvoir procéder au paiement, notre service comptable a besoin de votre RIB sur papier à en-tête : vous êtes un nouveau fournisseur chez nous et un IBAN britannique ne passe pas sans justificatif. Pouvez-vous nous le faire parvenir ?\n\nMerci,\nPascal Hébert\nAdministrateur – Théâtre des Quais",
        Label(note="bank details on letterhead needed before paying"),
        inv="TSH 0504-31",
        amount="2210.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Vidal", "administracion@festivaldelpuerto.example"),
        "2031-09-26 12:05",
        "gmail",
        "Buenos días:\n\nPara poder contabilizar y pagar la factura necesitamos que la emitan a nombre de nuestra razón social completa, «Asociación Cultural Festival del Puerto», con el CIF G12345678 y la dirección fiscal (Calle Mayor 14, 12100 Castellón). La que tenemos va a nombre del festival y así la gestoría no la acepta.\n\nGracias,\nNuria Vidal",
        Label(note="reissue with the legal name and tax ID; the amount is not contested"),
        inv="TSH 0449-31",
        amount="3960.00",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Manuel Rey", "manuel.rey@bodegasreyfuentes.example"),
        "2031-10-14 19:40",
        "iphone",
        "¿De qué es esta factura? No me suena de nada. Mándame el detalle por favor.",
        Label(note="asks what the charge is and for the detail: invoice_request"),
        inv="TSH 0502-31",
        amount="540.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Ingrid Mulder", "i.mulder@congrescentrum-ijsselstad.example"),
        "2031-10-02 11:45",
        "outlook_html",
        "Goedemiddag,\n\nWij kunnen deze factuur niet verwerken, omdat ons inkoopordernummer ontbreekt. Facturen zonder ordernummer worden door ons systeem automatisch afgekeurd. Het juiste nummer is PO-31-04418. Wilt u de factuur opnieuw uitreiken met dit nummer erop? Dan nemen wij hem mee in de eerstvolgende betaalrun.\n\nMet vriendelijke groet,\nIngrid Mulder\nFinanciële administratie\nCongrescentrum IJsselstad",
        Label(note="reissue with the PO number; payment conditional on it"),
        inv="TSH 0473-31",
        amount="7250.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Jeroen Peeters", "jeroen@kamerkoorcantate.example"),
        "2031-10-06 21:10",
        "thunderbird",
        "Beste,\n\nKunnen jullie een kopie sturen waarop de btw apart vermeld staat? Onze boekhouder heeft dat nodig voor de subsidieverantwoording. Dan betaal ik hem meteen.\n\nGroet,\nJeroen Peeters\npenningmeester Kamerkoor Cantate",
        Label(note="needs a copy with VAT shown before paying"),
        inv="TSH 0494-31",
        amount="710.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Giulia Ricci", "amministrazione@festivaljazzvalsesia.example"),
        "2031-09-24 15:15",
        "gmail",
        "Buongiorno,\n\nla fattura non ci risulta arrivata tramite SdI. Per poterla pagare ci serve il file XML della fattura elettronica, oppure una fattura con il nostro codice destinatario M5UXCR1. Potete rimandarcela?\n\nGrazie,\nGiulia Ricci\nAmministrazione – Festival Jazz Valsesia",
        Label(note="e-invoice needed before payment"),
        inv="TSH 0452-31",
        amount="2860.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Ollie Nash", "ollie.nash.drums@gmail.com"),
        "2031-09-24 14:30",
        "iphone",
        "Hiya, im just the drummer! Invoices go to our management, accounts@bluefoxartists.example – they deal with all the money stuff. Cheers, Ollie",
        Label(new_contact="accounts@bluefoxartists.example"),
        inv="TSH 0456-31",
        amount="830.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("D. Markham", "d.markham@corrinsvenues.example"),
        "2031-10-07 04:12",
        "outlook",
        "Dear Supplier,\n\nPlease be informed that our Accounts Payable function has been migrated to a new shared service centre with immediate effect. Kindly update your records and direct ALL future statements, reminders and payment correspondence to our new dedicated mailbox: remittance-team@corrins-venues-finance.example\n\nDo not send further correspondence to this address as it will no longer be monitored. We also request you to confirm by return the outstanding balance and your current bank details for verification purpose.\n\nRegards,\nD. Markham\nFinance Department",
        Label(
            new_contact="remittance-team@corrins-venues-finance.example",
            note="reads like a redirection scam (lookalike domain, sent at 4am, asks for bank details); the request is still to write to another mailbox, so wrong_contact with that address, and a person should check it before anything changes",
        ),
        inv="TSH 0482-31",
        amount="1970.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("School Office", "office@moorcroftprimary.example"),
        "2031-09-29 11:00",
        "outlook",
        "Good morning,\n\nMrs Clarke, who booked the sound system for our summer fair, left the school in July. Anything to do with invoices should now go to our finance officer, Mr Devlin, at finance@moorcroftprimary.example.\n\nKind regards\nSchool Office\nMoorcroft Primary School",
        Label(new_contact="finance@moorcroftprimary.example"),
        inv="TSH 0430-31",
        amount="560.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Laura Schubert", "laura.schubert@eventwerk-leipzig.example"),
        "2031-09-25 09:50",
        "gmail",
        "Guten Morgen,\n\nich bin seit dem 1. September nicht mehr bei Eventwerk, die Mail landet nur noch zufällig bei mir, weil das Postfach weitergeleitet wird. Für Rechnungen ist jetzt die Buchhaltung zuständig: buchhaltung@eventwerk-leipzig.example\n\nViele Grüße\nLaura Schubert",
        Label(new_contact="buchhaltung@eventwerk-leipzig.example"),
        inv="TSH 0447-31",
        amount="2340.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Vasseur", "bernard.vasseur56@gmail.com"),
        "2031-10-01 19:05",
        "gmail_plain",
        "Bonsoir,\nVous faites erreur, je suis un particulier et je n'ai jamais rien loué chez vous. Vous devez avoir une faute dans l'adresse mail. Merci de corriger.\nB. Vasseur",
        Label(note="wrong recipient altogether, no new address"),
        inv="TSH 0476-31",
        amount="940.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Aurélie Besson", "aurelie@lesnuitsduchateau.example"),
        "2031-10-10 10:25",
        "outlook_html",
        "Bonjour,\n\nDepuis septembre, c'est notre cabinet comptable qui gère toutes nos factures fournisseurs. Je le mets en copie : Compta@Cabinet-Mercier-Associes.example. Merci de lui adresser directement vos relances à l'avenir.\n\nBonne journée,\nAurélie Besson\nLes Nuits du Château",
        Label(
            new_contact="compta@cabinet-mercier-associes.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="TSH 0496-31",
        amount="3320.00",
        cc=("Cabinet Mercier & Associés", "Compta@Cabinet-Mercier-Associes.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Secretaría CEIP Cervantes", "secretaria@ceipcervantes-alcala.example"),
        "2031-10-09 12:40",
        "outlook",
        "Buenos días:\n\nEste correo es de la secretaría del colegio. La fiesta de fin de curso la organizó el AMPA, que es quien contrató el equipo y quien tiene que pagar. Su correo es ampa.cervantes.alcala@gmail.com.\n\nUn saludo",
        Label(new_contact="ampa.cervantes.alcala@gmail.com"),
        inv="TSH 0442-31",
        amount="690.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Jorge Lozano", "jorge@bandamunicipal-elda.example"),
        "2031-10-13 21:15",
        "iphone",
        "Yo ya no llevo las cuentas de la banda. Ahora las lleva Nerea: Nerea.Tesoreria@bandamunicipal-elda.example. Escribidle a ella",
        Label(
            new_contact="nerea.tesoreria@bandamunicipal-elda.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="TSH 0498-31",
        amount="1210.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Festivalpark De Brink", "info@festivalparkdebrink.example"),
        "2031-09-23 08:37",
        "notice",
        "Dit e-mailadres wordt niet meer gelezen.\n\nFacturen, herinneringen en andere financiële post graag voortaan naar crediteuren@festivalparkdebrink.example. Voor boekingen kunt u terecht bij boekingen@festivalparkdebrink.example.\n\nFestivalpark De Brink",
        Label(
            new_contact="crediteuren@festivalparkdebrink.example",
            note="automatic 'this address is no longer read' notice naming the finance address → wrong_contact; the bookings address is not the one for invoices",
        ),
        inv="TSH 0434-31",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Lotte Verbeek", "lotte@podiumhuiszwolle.example"),
        "2031-10-15 16:45",
        "gmail",
        "Hoi,\n\nIk ben de verkeerde persoon hiervoor, ik doe alleen de techniek en de planning. Geldzaken gaan via Joost: joost@podiumhuiszwolle.example. Ik heb je mail al naar hem doorgestuurd.\n\nGroet,\nLotte",
        Label(new_contact="joost@podiumhuiszwolle.example"),
        inv="TSH 0489-31",
        amount="1680.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Biglietteria Teatro Comunale", "biglietteria@teatrocomunalefiora.example"),
        "2031-09-25 16:30",
        "outlook",
        "Buongiorno,\n\nquesto indirizzo è quello della biglietteria, non gestiamo i pagamenti ai fornitori. Per le fatture dovete scrivere all'ufficio amministrativo: amministrazione@teatrocomunalefiora.example.\n\nCordiali saluti\nBiglietteria Teatro Comunale di Fiora",
        Label(new_contact="amministrazione@teatrocomunalefiora.example"),
        inv="TSH 0438-31",
        amount="2480.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Sergio Fabbri", "sergio.fabbri@libero.it"),
        "2031-10-14 08:20",
        "thunderbird",
        "Buongiorno, non faccio più parte della Pro Loco da giugno e non so chi segua adesso la parte amministrativa. Vi conviene chiamare il comune. Saluti",
        Label(note="no longer involved and no new address"),
        inv="TSH 0495-31",
        amount="870.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Gary Millward", "gary@millwardfunfairs.example"),
        "2031-10-01 07:12",
        "iphone",
        "STOP EMAILING ME ABOUT THIS. I HAVE TOLD YOUR OFFICE THREE TIMES IT IS WITH MY SOLICITOR. ANY MORE AND I WILL REPORT IT AS HARASSMENT",
        Label(note="all caps; stop e-mailing plus 'with my solicitor'"),
        inv="TSH 0427-31",
        amount="2190.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Hannah Feld", "hannah@feldandfinch-weddings.example"),
        "2031-10-09 13:05",
        "gmail",
        "Hi,\n\nI've already told Mark I'll pay this on the 20th and I will. Please stop sending me a reminder every three days, it really isn't helping and it's starting to feel like harassment.\n\nHannah",
        Label(
            note="promise for the 20th plus a request to stop the reminders: unsubscribe beats the promise"
        ),
        inv="TSH 0479-31",
        amount="1540.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Jonathan Pryce", "j.pryce@hartiganpryce-law.example"),
        "2031-10-13 15:20",
        "outlook_html",
        "Dear Sirs\n\nInvoice TSH 0462-31 – Quayside Community Arts CIC\n\nWe act for Quayside Community Arts CIC in connection with the above invoice, which our client disputes. Please address all further correspondence on this matter to the writer and do not contact our client directly, whether by email, telephone or otherwise.\n\nYours faithfully\n\nJonathan Pryce\nPartner\nHartigan Pryce LLP",
        Label(
            refs=("TSH 0462-31",),
            note="solicitor: 'do not contact our client directly' → unsubscribe; the dispute mentioned and the lawyer's address do not change the label",
        ),
        inv="TSH 0462-31",
        amount="3650.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Mayer Bühnenbau GmbH", "info@mayer-buehnenbau.example"),
        "2031-09-26 10:45",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie unsere Adresse aus Ihrem E-Mail-Mahnverteiler. Schriftverkehr in dieser Angelegenheit bitte ausschließlich per Post an unsere Geschäftsadresse, z. Hd. der Geschäftsführung.\n\nMit freundlichen Grüßen\nMayer Bühnenbau GmbH\nGeschäftsführung",
        Label(note="post only → unsubscribe"),
        inv="TSH 0432-31",
        amount="5120.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Rüdiger Hahn", "r.hahn@gmx.de"),
        "2031-10-14 22:30",
        "thunderbird",
        "Hören Sie auf, mir zu schreiben. Die Sache liegt bei meinem Anwalt, von dem hören Sie.\n\nR. Hahn",
        Label(note="stop writing + 'with my lawyer' without an address"),
        inv="TSH 0487-31",
        amount="760.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Mathilde Perrin", "mathilde.perrin.spectacles@gmail.com"),
        "2031-09-29 20:02",
        "iphone",
        "Merci de ne plus m'écrire à cette adresse, c'est ma boîte perso. Je réglerai quand la mairie m'aura remboursée.",
        Label(note="stop writing here, with a vague conditional promise: unsubscribe"),
        inv="TSH 0453-31",
        amount="430.00",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carlos Medina", "carlos@medinaproducciones.example"),
        "2031-09-24 18:30",
        "gmail",
        "Por favor, dejen de mandarme correos con esto. Lo hablaré directamente con vuestro comercial cuando vuelva de Londres.\n\nCarlos",
        Label(note="stop e-mailing; talking to the salesperson later is no commitment"),
        inv="TSH 0454-31",
        amount="2570.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Inmaculada Sanz", "isanz@salonesalameda.example"),
        "2031-10-16 09:10",
        "html_only",
        "Buenos días:\n\nNo vuelvan a escribirnos por correo electrónico sobre esta factura. A partir de ahora cualquier comunicación deberá hacerse por burofax a nuestro domicilio social.\n\nInmaculada Sanz\nGerencia – Salones de Celebraciones La Alameda",
        Label(note="registered post (burofax) only → unsubscribe; HTML-only"),
        inv="TSH 0491-31",
        amount="4090.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        (
            "Directiesecretariaat Evenementenhal Noord",
            "secretariaat@evenementenhalnoord.example",
        ),
        "2031-09-30 14:15",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij verzoeken u ons geen betalingsherinneringen meer per e-mail te sturen. Correspondentie over deze kwestie uitsluitend per post, ter attentie van de directie.\n\nHoogachtend,\nDirectiesecretariaat Evenementenhal Noord",
        Label(note="post only → unsubscribe"),
        inv="TSH 0428-31",
        amount="3380.00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Kees Brouwer", "kees@keesverhuurt.example"),
        "2031-10-10 17:03",
        "iphone",
        "Afmelden",
        Label(note="one word: 'afmelden' = unsubscribe"),
        inv="TSH 0512-31",
        amount="350.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Paolo Conti", "p.conti@conti-eventi.example"),
        "2031-10-06 12:00",
        "outlook",
        "Buongiorno,\n\nvi prego di non inviare più solleciti a questo indirizzo. Per qualsiasi comunicazione relativa a questa fattura rivolgetevi al nostro legale, l'avv. Tommaso Greco, che vi contatterà a breve.\n\nPaolo Conti",
        Label(note="stop + 'talk to our lawyer' (no address) → unsubscribe"),
        inv="TSH 0465-31",
        amount="1990.00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Luca", "luca.dj.pesaro@libero.it"),
        "2031-10-15 23:40",
        "android",
        "basta mail!!! vi ho gia detto che pago appena posso, non scrivetemi piu",
        Label(note="stop e-mailing, no accents; 'pago appena posso' is no date"),
        inv="TSH 0513-31",
        amount="520.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Fiona Grant", "fiona.grant@caledonianconferences.example"),
        "2031-10-02 08:34",
        "notice",
        "Thank you for your email. I am out of the office until Friday 3 October with no access to email, and back on Monday 6 October.\n\nFor anything urgent please contact events@caledonianconferences.example.\n\nFiona",
        Label(
            return_date="2031-10-06",
            note="'back on Monday 6 October' wins over 'until Friday 3 October'; the colleague's address is not a new contact",
        ),
        inv="TSH 0460-31",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Orbis Leisure Finance Shared Services", "fss-helpdesk@orbisleisure.example"),
        "2031-09-29 08:33",
        "notice",
        "This is an automated acknowledgement.\n\nYour email to Finance Shared Services has been logged as case FSS-481223. A member of the Accounts Payable team will respond within 5 working days. Please keep the case number in the subject line of any further emails about this matter.\n\nPlease do not reply to this message.\n\nOrbis Leisure Group – Finance Shared Services",
        Label(note="ticket acknowledgement with only Precedence: bulk; no date"),
        inv="TSH 0464-31",
        subject="[FSS-481223] Case logged: {orig}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Martin Doyle", "martin@doyleproductions.example"),
        "2031-10-13 08:40",
        "notice",
        "Hi, thanks for your message. I'm at a trade show in Frankfurt until Wednesday 15th October and checking email only now and then. I'll reply properly when I'm back.\n\nMartin Doyle\nDoyle Productions",
        Label(
            return_date="2031-10-15",
            note="'until X' → X itself; carries only X-Autoreply",
        ),
        inv="TSH 0514-31",
        subject="Re: {orig}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Petra Lindner", "p.lindner@messe-sued-events.example"),
        "2031-09-29 08:35",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 29.09. bis einschließlich 03.10.2031 nicht im Büro. Ab Montag, dem 06.10., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 089 4411 2030.\n\nMit freundlichen Grüßen\nPetra Lindner",
        Label(
            return_date="2031-10-06",
            note="'ab Montag, dem 06.10., wieder erreichbar' wins over 'bis einschließlich 03.10.'",
        ),
        inv="TSH 0450-31",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Kreditorenservice Bergland Gruppe",
            "kreditorenservice@bergland-gruppe.example",
        ),
        "2031-10-08 08:41",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer KS-2031-118734 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; die Bearbeitungszeit beträgt derzeit bis zu zehn Arbeitstage.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nKreditorenservice der Bergland Gruppe",
        Label(note="ticket acknowledgement; no date"),
        inv="TSH 0468-31",
        subject="Eingangsbestätigung [Vorgang KS-2031-118734] {orig}",
        headers=(AUTO_GENERATED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Émilie Caron", "e.caron@espace-congres-lille.example"),
        "2031-10-07 09:40",
        "notice",
        "Bonjour,\n\nJe suis en congé jusqu'au vendredi 10 octobre inclus et serai de retour le lundi 13 octobre. Pendant mon absence, vous pouvez écrire à comptabilite@espace-congres-lille.example.\n\nCordialement,\nÉmilie Caron",
        Label(
            return_date="2031-10-13",
            note="the stated day back; the colleague's address is not a new contact",
        ),
        inv="TSH 0470-31",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Service Fournisseurs – Groupe Hexagone Spectacles",
            "fournisseurs@hexagone-spectacles.example",
        ),
        "2031-09-24 09:41",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro de demande 20310924-0457. Un gestionnaire vous répondra sous 48 heures ouvrées.\n\nMerci de ne pas répondre à ce courriel automatique.\n\nLe service Fournisseurs\nGroupe Hexagone Spectacles",
        Label(note="ticket acknowledgement; '48 heures ouvrées' is no return date"),
        inv="TSH 0425-31",
        subject="[Demande n° 20310924-0457] Accusé de réception",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Montero", "bmontero@congresosmediterraneo.example"),
        "2031-09-25 09:36",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de octubre, sin acceso al correo. Para cualquier asunto urgente, pueden llamar al 963 555 010.\n\nUn saludo,\nBeatriz Montero",
        Label(return_date="2031-10-01", note="'hasta X' → X itself"),
        inv="TSH 0461-31",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Sanne Willems", "s.willems@theaterhetbolwerk.example"),
        "2031-09-23 08:40",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 26 september en vanaf maandag 29 september weer bereikbaar. Uw bericht wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nSanne Willems",
        Label(return_date="2031-09-29", note="the stated day back wins over 'tot en met'"),
        inv="TSH 0423-31",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Café De Harmonie", "info@cafedeharmonie-deventer.example"),
        "2031-10-03 09:02",
        "notice",
        "Hoi! Bedankt voor je mail 🎶\n\nWe lezen alles, maar in het festivalseizoen kan het even duren voordat we reageren. Gaat het over een boeking? Kijk dan eerst even op onze website. Voor optredens en technische riders kun je terecht bij onze programmeur.\n\nTeam De Harmonie",
        Label(note="venue autoresponder with no auto headers at all; no date"),
        inv="TSH 0466-31",
        subject="Re: {orig}",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Greco", "v.greco@fieramarche-eventi.example"),
        "2031-10-13 09:38",
        "notice",
        "Grazie per il messaggio. Sarò fuori ufficio fino a venerdì 17 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 20 ottobre.\n\nPer urgenze amministrative potete rivolgervi a contabilita@fieramarche-eventi.example.\n\nValentina Greco",
        Label(
            return_date="2031-10-20",
            note="the stated day back wins over 'fino a … compreso'",
        ),
        inv="TSH 0515-31",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Ufficio Amministrazione - Coop. Spettacoli Adriatico",
            "amministrazione@spettacoliadriatico.example",
        ),
        "2031-10-06 08:37",
        "notice",
        "Questa è una risposta automatica.\n\nAbbiamo ricevuto la vostra e-mail. L'ufficio amministrativo risponde alle richieste dei fornitori il martedì e il giovedì: vi contatteremo al più presto.\n\nCooperativa Spettacoli Adriatico",
        Label(
            note="acknowledgement with X-Autoreply and Precedence only; weekdays of office hours are no return date"
        ),
        inv="TSH 0422-31",
        subject="Re: {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Linda Marsh", "linda@littleboroughcarnival.example"),
        "2031-09-24 12:40",
        "iphone",
        "Did we not pay this already?? I'm sure Jo payed everything after the carnival. Can you check your end and let me know",
        Label(note="a question whether it was paid, not a payment claim; a person must check"),
        inv="TSH 0418-31",
        amount="1120.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Rachel Ellery", "office@stcuthbertsminster.example"),
        "2031-10-02 10:20",
        "apple_html",
        "Hello,\n\nI've passed this on to our treasurer.\n\nWhile I have you: are you free to do our carol service on Sunday 14 December? Same set-up as last year, plus two extra radio mics for the readers. Could you send me a quote?\n\nMany thanks,\nRachel\nParish Administrator, St Cuthbert's Minster",
        Label(note="passed on internally (no new contact) plus a new booking enquiry"),
        inv="TSH 0419-31",
        amount="780.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Dean Okafor", "chair@hillcrestpta.example"),
        "2031-10-13 21:30",
        "gmail_plain",
        "Hi,\n\nThanks for this. I'll raise it at the PTA committee meeting on Thursday and get back to you after that.\n\nDean Okafor\nChair, Hillcrest PTA",
        Label(note="a date for a meeting, not for a payment; no commitment"),
        inv="TSH 0516-31",
        amount="640.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Anja Roth", "anja.roth@tsv-gruenwald.example"),
        "2031-10-01 17:20",
        "iphone",
        "Danke für die Info, ich leite das an unseren Kassenwart weiter.\n\nAnja",
        Label(note="acknowledgement; passing it on internally is not a new contact"),
        inv="TSH 0421-31",
        amount="990.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Florian Weiß", "f.weiss@kulturscheune-odenwald.example"),
        "2031-10-17 11:05",
        "apple",
        "Hallo,\n\nhaben wir die nicht schon im September bezahlt? Ich meine, ich hätte die Überweisung selbst gemacht. Ich schau heute abend nochmal ins Konto und melde mich.\n\nGruß\nFlorian",
        Label(note="unsure whether it was paid: a question, not a payment claim"),
        inv="TSH 0417-31",
        amount="1450.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Marc Delattre", "marc.delattre@harmonie-douai.example"),
        "2031-09-25 18:15",
        "outlook",
        "Bonjour,\n\nBien reçu. Je vois ça avec notre président à son retour de vacances et je reviens vers vous.\n\nCordialement,\nMarc Delattre\nSecrétaire – Harmonie municipale de Douai",
        Label(note="acknowledgement without commitment"),
        inv="TSH 0416-31",
        amount="1270.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Léa Fournier", "lea@collectif-bruit-blanc.example"),
        "2031-10-08 11:50",
        "gmail",
        "Salut,\n\nPetite question qui n'a rien à voir avec la facture : est-ce que vous auriez retrouvé notre rallonge DMX de 20 m ? On pense l'avoir laissée dans un de vos flight cases au démontage. Elle a un scotch jaune au bout.\n\nMerci !\nLéa",
        Label(note="lost-cable question in the reminder thread"),
        inv="TSH 0517-31",
        amount="820.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Marta Coro Gospel", "marta.coro.gospel@gmail.com"),
        "2031-09-26 09:12",
        "iphone",
        "Vale 👍",
        Label(note="'okay' with an emoji; neither a payment claim nor a promise"),
        inv="TSH 0414-31",
        amount="360.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Castro", "elena@academiadanzaritmo.example"),
        "2031-10-07 13:25",
        "gmail",
        "Hola,\n\nOs informo de que la academia de baile cerró definitivamente en agosto. Estoy intentando poner en orden todas las cuentas pendientes con la gestoría y ya os diré algo cuando sepa cómo queda todo.\n\nElena Castro",
        Label(note="business closed; the owner writes, nothing is promised"),
        inv="TSH 0413-31",
        amount="1590.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Erik Hendriks", "e.hendriks@harmoniekorpsstjoris.example"),
        "2031-10-16 20:15",
        "outlook",
        "Bericht ontvangen. Ik bespreek het maandag met de penningmeester en laat het u weten.\n\nErik Hendriks\nsecretaris",
        Label(note="acknowledgement; Monday is a meeting, not a payment date"),
        inv="TSH 0518-31",
        amount="2040.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Daan", "daan.oogstfeest@gmail.com"),
        "2031-09-30 10:10",
        "gmail_plain",
        "hoi, hebben jullie nog een kabelhaspel van ons? die is blijven staan na het oogstfeest in de loods. groetjes daan",
        Label(note="question about equipment left behind"),
        inv="TSH 0412-31",
        amount="470.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("don Alberto Ferri", "parroco@parrocchiasantamaria-cervia.example"),
        "2031-09-22 19:00",
        "gmail",
        "Ricevuto, grazie. Ne parlo con il consiglio per gli affari economici e vi faccio sapere.\n\ndon Alberto",
        Label(note="acknowledgement only"),
        inv="TSH 0411-31",
        amount="1350.00",
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `lang`.

    `when` is the notice's local time; `after` is how long after the reminder it was written.
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    after: timedelta
    inv: str
    amount: str
    note: str | None = None

    @property
    def tz(self) -> timezone:
        """The notice's UTC offset (UK for English notices, CEST otherwise)."""
        return UK_TZ if self.lang == "en" else CE_TZ

    @property
    def dt(self) -> datetime:
        """The notice's Date."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def sent(self) -> datetime:
        """When the reminder went out, UK time."""
        return (self.dt - self.after).astimezone(UK_TZ)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def subject(self) -> str:
        """The subject of the reminder that failed."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as dunmail sent it."""
        msg = text_part(
            reminder_text(self.lang, self.inv, self.amount, self.sent),
            "plain",
            "utf-8",
            "qp",
        )
        headers = [
            ("From", formataddr((AR_NAME, AR_ADDR))),
            ("To", self.rcpt),
            ("Subject", encoded_words(self.subject(), "utf-8")),
            ("Date", format_datetime(self.sent)),
            ("Message-ID", reminder_msgid(self.key)),
        ]
        return finalize(msg, headers, self.key, "part")


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    per_message["Arrival-Date"] = format_datetime(b.sent)
    recipient = Message()
    recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    recipient["Action"] = action
    recipient["Status"] = b.status
    if remote:
        recipient["Remote-MTA"] = f"dns; {remote}"
    recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
    recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        recipient["Will-Retry-Until"] = format_datetime(b.sent + timedelta(days=3))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, recipient])
    return part


def rfc822_headers(b: Bounce) -> Message:
    """The returned reminder's header block as text/rfc822-headers."""
    reminder = b.reminder()
    text = "".join(
        f"{name}: {value}\n"
        for name, value in reminder.items()
        if not name.lower().startswith("content-transfer")
    )
    part = Message()
    part["Content-Type"] = "text/rfc822-headers"
    part.set_payload(text)
    return part


def rfc822(b: Bounce) -> Message:
    """The whole returned reminder as message/rfc822."""
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.set_payload([b.reminder()])
    return part


def raw_reminder(b: Bounce) -> str:
    """The returned reminder as text, headers and encoded body, for notices that inline it."""
    return b.reminder().as_string()


def human(text: str, charset: str = "utf-8", with_html: bool = False) -> Message:
    """The human-readable part of a report, optionally with an HTML twin."""
    plain = text_part(text, "plain", charset, "qp")
    if not with_html:
        return plain
    body = "".join(
        f"<p>{'<br>'.join(html_text(x) for x in p.split(chr(10)))}</p>\n"
        for p in text.strip().split("\n\n")
    )
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{body}</body></html>\n'
    return multipart("alternative", [plain, text_part(markup, "html", charset, "qp")])


def report(parts: list[Message]) -> Message:
    """A multipart/report of type delivery-status."""
    return multipart("report", parts, report_type="delivery-status")


def notice_headers(
    b: Bounce, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> list[tuple[str, str]]:
    """The headers every bounce carries."""
    found = re.search(r"@([\w.-]+)", sender)
    host = found.group(1) if found else AR_DOMAIN
    return [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_words(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{token(b.key, 'bounce', 26).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]


def bounce_gmail_domain(b: Bounce) -> Message:
    """Gmail: the recipient's domain no longer exists (hard, 5.1.2)."""
    text = (
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
        "The response was:\n\n"
        f"DNS Error: 61870023 DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}\n"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN"
    msg = report(
        [
            human(text, with_html=True),
            delivery_status(b, "googlemail.com", "failed", diag),
            rfc822_headers(b),
        ]
    )
    headers = notice_headers(
        b,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )
    return finalize(msg, headers, b.key, "gmail", mime_first=True)


def bounce_qmail_policy(b: Bounce) -> Message:
    """qmail: the remote server refuses mail from outside by policy (hard, 5.7.1); no MIME."""
    text = (
        "Hi. This is the qmail-send program at mx3.hostfarm-uk.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.58 does not like recipient.\n"
        f"Remote host said: 550 5.7.1 <{b.rcpt}>: Recipient address rejected: mail from external senders is not accepted for this mailbox\n"
        "Giving up on 203.0.113.58.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 89); {b.sent.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')} -0000\n"
        f"{raw_reminder(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return finalize(
        msg,
        notice_headers(b, "MAILER-DAEMON@mx3.hostfarm-uk.example", "failure notice"),
        b.key,
        "part",
    )


def bounce_exim_unknown(b: Bounce) -> Message:
    """Exim: the remote server does not know the user (hard, 5.1.1); plain text with a full copy."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [198.51.100.140]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: no such user here\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"{raw_reminder(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    headers = notice_headers(
        b,
        "Mail Delivery System <Mailer-Daemon@out2.hostfarm-uk.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )
    return finalize(msg, headers, b.key, "part")


def office365(
    b: Bounce,
    *,
    postmaster: str,
    prefix: str,
    text: str,
    mta: str,
    action: str,
    diag: str,
    returned: Message,
) -> Message:
    """An Exchange Online report: human part (text and HTML), delivery-status, returned message."""
    msg = report([human(text, with_html=True), delivery_status(b, mta, action, diag), returned])
    headers = notice_headers(
        b,
        f"Microsoft Outlook <{postmaster}>",
        prefix + b.subject(),
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )
    return finalize(msg, headers, b.key, "outlook")


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online in German: recipient not found (hard, 5.1.10)."""
    mta = "FR3P281MB1447.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    local = b.rcpt.split("@")[0]
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{local} wurde in {b.domain} nicht gefunden.\n\n"
        "So beheben Sie das Problem\n"
        "Die Adresse ist vermutlich falsch geschrieben, oder das Postfach existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Bleibt der Fehler bestehen, wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {mta}\n\n"
        f"{b.rcpt}\n"
        f"Remoteserver hat '{diag}' zurückgegeben\n"
    )
    return office365(
        b,
        postmaster=f"postmaster@{b.domain}",
        prefix="Unzustellbar: ",
        text=text,
        mta=mta,
        action="failed",
        diag=diag,
        returned=rfc822_headers(b),
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online in French: access denied (hard, 5.4.1), with the message attached."""
    mta = "PR2P264MB0719.FRAP264.PROD.OUTLOOK.COM"
    diag = f"550 5.4.1 Recipient address rejected: Access denied. [{mta}]"
    text = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        "L'adresse n'existe pas dans l'annuaire de l'organisation du destinataire, ou celle-ci n'accepte pas les messages venant de l'extérieur.\n\n"
        "Comment résoudre le problème\n"
        "Contactez le destinataire par un autre moyen, par téléphone par exemple, et demandez-lui une adresse valide.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {mta}\n\n"
        f"{b.rcpt}\n"
        f"Le serveur distant a renvoyé « {diag} »\n"
    )
    return office365(
        b,
        postmaster=f"postmaster@{b.domain}",
        prefix="Non remis : ",
        text=text,
        mta=mta,
        action="failed",
        diag=diag,
        returned=rfc822(b),
    )


def bounce_o365_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: mailbox full (soft by the corpus rule, code 5.2.2)."""
    mta = "MAD1P191MB0342.EURP191.PROD.OUTLOOK.COM"
    diag = f"552 5.2.2 Mailbox quota exceeded for {b.rcpt}"
    text = (
        f"No se pudo entregar el mensaje a {b.rcpt}.\n\n"
        "El buzón del destinatario está lleno y ahora no admite más mensajes. Vuelva a enviarlo más tarde o avise al destinatario por otra vía.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {mta}\n\n"
        f"{b.rcpt}\n"
        f"El servidor remoto devolvió '{diag}'\n"
    )
    return office365(
        b,
        postmaster=f"postmaster@{b.domain}",
        prefix="No se puede entregar: ",
        text=text,
        mta=mta,
        action="failed",
        diag=diag,
        returned=rfc822_headers(b),
    )


def bounce_o365_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed by a DNS failure (soft, 4.4.0)."""
    mta = "AM8P190MB0923.EURP190.PROD.OUTLOOK.COM"
    diag = "451 4.4.0 DNS query failed. The error was: DNS query failed with error: ServerFailure"
    sent = b.sent.astimezone(CE_TZ)
    text = (
        f"De bezorging van uw bericht bij {b.rcpt} is vertraagd.\n\n"
        "Er wordt nog geprobeerd het bericht te bezorgen; u hoeft niets te doen. Lukt het binnen twee dagen niet, dan ontvangt u een melding dat het bericht niet is bezorgd.\n\n"
        f"Onderwerp: {b.subject()}\n"
        f"Verzonden: {sent.strftime('%d-%m-%Y %H:%M')}\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Genererende server: {mta}\n\n"
        f"{b.rcpt}\n"
        f"De externe server heeft '{diag}' geretourneerd\n"
    )
    return office365(
        b,
        postmaster=f"postmaster@{AR_DOMAIN}",
        prefix="Bezorging vertraagd: ",
        text=text,
        mta=mta,
        action="delayed",
        diag=diag,
        returned=rfc822_headers(b),
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German relay's plain-text warning in ISO-8859-1: the remote server times out (soft, 4.4.1)."""
    rem = b.reminder()
    until = (b.sent + timedelta(days=3)).astimezone(CE_TZ)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers relay2.kundenmail-nord.example.\n\n"
        "Ihre Nachricht konnte dem folgenden Empfänger noch nicht zugestellt werden:\n\n"
        f"    {b.rcpt}\n\n"
        f"Grund: Der Mailserver des Empfängers (mx.{b.domain}) antwortet nicht.\n"
        "       421 4.4.1 Verbindung zeitüberschritten (connection timed out)\n\n"
        f"Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden. Wir versuchen die Zustellung weiter bis {until.strftime('%d.%m.%Y, %H:%M')} Uhr. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        "--- Kopfzeilen Ihrer Nachricht ---\n"
        + "".join(
            f"{name}: {rem[name]}\n" for name in ("From", "To", "Subject", "Date", "Message-ID")
        )
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    headers = notice_headers(
        b,
        "Mail Delivery System <mailer-daemon@relay2.kundenmail-nord.example>",
        "Warnung: Zustellung Ihrer Nachricht verzögert",
    )
    return finalize(msg, headers, b.key, "part")


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's notice in multipart/mixed with the message attached: mailbox full (soft, 4.2.2)."""
    text = (
        "Bonjour,\n\n"
        "Ce message vous est envoyé automatiquement par le serveur de messagerie mx2.hebergement-pro.example.\n\n"
        "Votre message pour le destinataire ci-dessous n'a pas encore pu être distribué :\n\n"
        f"  {b.rcpt}\n"
        "  Motif : boîte aux lettres pleine (452 4.2.2 Mailbox full)\n\n"
        "Nous réessaierons pendant quatre jours. Si la boîte reste pleine, le message vous sera retourné. Vous n'avez rien à faire pour l'instant.\n\n"
        "Votre message est joint à cet avis.\n"
    )
    msg = multipart("mixed", [text_part(text, "plain", "utf-8", "qp"), rfc822(b)])
    headers = notice_headers(
        b,
        "Service de messagerie <mailer-daemon@mx2.hebergement-pro.example>",
        "Message en attente : boîte du destinataire pleine",
    )
    return finalize(msg, headers, b.key, "part")


def bounce_postfix_es(b: Bounce) -> Message:
    """Postfix with a Spanish template: greylisting keeps the message queued (soft, 4.7.1)."""
    host = "correo.alojamientos-levante.example"
    text = (
        f"Este es el sistema de correo del servidor {host}.\n\n"
        "####################################################################\n"
        "# ESTO ES SOLO UN AVISO. NO HACE FALTA QUE VUELVA A ENVIAR EL MENSAJE. #\n"
        "####################################################################\n\n"
        "Su mensaje no se ha podido entregar durante 4,0 horas.\n"
        "Se seguirá intentando hasta que tenga 5,0 días de antigüedad.\n\n"
        "Si necesita ayuda, escriba a postmaster.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[192.0.2.81] said: 451 4.7.1\n"
        "    Greylisted, please try again later (in reply to RCPT TO command)\n"
    )
    diag = "451 4.7.1 Greylisted, please try again later"
    msg = report(
        [
            human(text),
            delivery_status(b, host, "delayed", diag, f"mx.{b.domain}"),
            rfc822_headers(b),
        ]
    )
    headers = notice_headers(
        b,
        f"MAILER-DAEMON@{host} (Sistema de entrega de correo)",
        "Correo retrasado (se sigue reintentando)",
    )
    return finalize(msg, headers, b.key, "part")


def bounce_provider_it_disabled(b: Bounce) -> Message:
    """An Italian webmail provider's single-part notice with the message inline: mailbox disabled (hard, 5.2.1)."""
    rem = b.reminder()
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato recapitato al seguente indirizzo:\n\n"
        f"    {b.rcpt}\n\n"
        "Il server del destinatario ha risposto:\n"
        "    550 5.2.1 Casella disattivata / mailbox disabled\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà più inviato. Verifica l'indirizzo oppure contatta il destinatario con un altro mezzo.\n\n"
        "=== Copia del messaggio originale ===\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject()}\nDate: {rem['Date']}\n\n"
        f"{reminder_text(b.lang, b.inv, b.amount, b.sent)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    headers = notice_headers(
        b,
        "Servizio Posta <mailer-daemon@smtp.postaweb-italia.example>",
        "Notifica di mancato recapito",
    )
    return finalize(msg, headers, b.key, "part")


def bounce_provider_it_ratelimit(b: Bounce) -> Message:
    """An Italian provider's delay report: the remote server rate-limits us (soft, 4.7.0)."""
    text = (
        "Questo è un avviso automatico: non è necessario rispedire il messaggio.\n\n"
        f"Il messaggio per {b.rcpt} è ancora in coda. Il server di destinazione ha rifiutato temporaneamente la consegna perché riceve troppi messaggi dal nostro sistema (421 4.7.0 troppe connessioni, riprovare più tardi).\n\n"
        "Ritenteremo in automatico per i prossimi tre giorni e ti avviseremo solo se la consegna dovesse fallire definitivamente.\n\n"
        "Postmaster – mx.cloudposta-italia.example\n"
    )
    diag = "421 4.7.0 Too many connections from your host, try again later"
    msg = report(
        [
            human(text),
            delivery_status(b, "mx.cloudposta-italia.example", "delayed", diag, f"mx1.{b.domain}"),
            rfc822_headers(b),
        ]
    )
    headers = notice_headers(
        b,
        "Postmaster <postmaster@mx.cloudposta-italia.example>",
        "Avviso di ritardo nella consegna",
    )
    return finalize(msg, headers, b.key, "part")


MINUTES = timedelta(minutes=3)
BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.2",
            "bookings@paperlanternclub.example",
            "2031-09-22 08:44",
            MINUTES,
            "TSH 0519-31",
            "860.00",
            "domain no longer exists; Gmail DSN",
        ),
        bounce_gmail_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.7.1",
            "office@pennineroadcrew.example",
            "2031-09-24 08:52",
            MINUTES,
            "TSH 0520-31",
            "1430.00",
            "policy rejection reported by qmail, no MIME",
        ),
        bounce_qmail_policy,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "hello@theoldcornexchange.example",
            "2031-10-06 08:39",
            MINUTES,
            "TSH 0521-31",
            "2250.00",
            "Exim failure report in plain text with a full copy of the reminder",
        ),
        bounce_exim_unknown,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "technik@stadthalle-wendelstein.example",
            "2031-09-30 09:41",
            MINUTES,
            "TSH 0522-31",
            "3120.00",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "kasse@schuetzenverein-hollfeld.example",
            "2031-10-08 13:45",
            timedelta(hours=4, minutes=8),
            "TSH 0523-31",
            "780.00",
            "German relay warning in ISO-8859-1, plain text",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.4.1",
            "regie@lavapeur-cafeconcert.example",
            "2031-09-25 09:37",
            MINUTES,
            "TSH 0524-31",
            "1690.00",
            "Exchange Online in French with the message attached",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "contact@guinguette-des-berges.example",
            "2031-10-14 10:12",
            timedelta(hours=1, minutes=40),
            "TSH 0525-31",
            "620.00",
            "French host notice in multipart/mixed, not RFC 3464",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "5.2.2",
            "reservas@masiaelolivar.example",
            "2031-10-01 09:38",
            MINUTES,
            "TSH 0526-31",
            "2380.00",
            "mailbox full reported with a 5.x code: soft by the corpus rule, the code is kept",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "info@chiringuitolaola.example",
            "2031-10-09 13:40",
            timedelta(hours=4, minutes=2),
            "TSH 0527-31",
            "940.00",
            "Postfix delay warning with a Spanish template; greylisting",
        ),
        bounce_postfix_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.0",
            "administratie@sporthal-dewielen.example",
            "2031-10-13 14:35",
            timedelta(hours=5),
            "TSH 0528-31",
            "1810.00",
            "Exchange Online delay notice",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "segreteria@prolocomontebello.example",
            "2031-09-29 09:36",
            MINUTES,
            "TSH 0529-31",
            "1070.00",
            "disabled mailbox; single-part Italian notice with the reminder inline",
        ),
        bounce_provider_it_disabled,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.0",
            "amministrazione@sagradelcastagno.example",
            "2031-10-16 12:05",
            timedelta(hours=2, minutes=30),
            "TSH 0530-31",
            "1560.00",
            "rate limiting: a temporary policy refusal",
        ),
        bounce_provider_it_ratelimit,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """One finished message with its label and what the parse-back check should find."""

    key: str
    msg: Message
    label: dict[str, object]
    subject: str
    new_text: str


def empty_label(intent: str, lang: str, note: str | None) -> dict[str, object]:
    """A label with every field null, in the corpus key order."""
    label: dict[str, object] = dict.fromkeys(LABEL_ORDER)
    label.update(intent=intent, invoice_refs=[], language=lang, note=note)
    del label["file"]
    return label


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written reply or notice."""
    label = empty_label(r.intent, r.lang, r.label.note)
    for name in (
        "promised_date",
        "paid_date",
        "return_date",
        "payment_reference",
        "amount",
        "currency",
        "new_contact",
    ):
        label[name] = getattr(r.label, name)
    label["invoice_refs"] = list(r.label.refs)
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label = empty_label("bounce", b.lang, b.note)
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    return label


def build_all() -> list[Built]:
    """Every message of the corpus, in spec order."""
    items: list[Built] = []
    for r in REPLIES:
        msg, subject = build_reply(r)
        items.append(Built(r.key, msg, reply_label(r), subject, r.text))
    for b, build in BOUNCES:
        items.append(Built(b.key, build(b), bounce_label(b), "", ""))
    return items


def file_order(key: str) -> str:
    """The sort key that numbers the files: a seeded hash, so a name says nothing about a label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^TSH \d{4}-\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def fail(name: str, problem: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"{name}: {problem}")


def check_label(name: str, label: dict[str, object], item: Built, sent: date) -> None:
    """Shape and consistency of one label."""
    if list(label) != list(LABEL_ORDER):
        fail(name, f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS[intent]
    for key in LABEL_ORDER[2:12]:
        if key not in allowed and label[key] is not None:
            fail(name, f"{key} is set for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DATE.match(value):
            fail(name, f"{key} {value!r}")
        day = date.fromisoformat(str(value))
        if key == "paid_date" and day > sent:
            fail(name, "paid after the message date")
        if key in {"promised_date", "return_date"} and day < sent:
            fail(name, f"{key} before the message date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency go together")
    if amount is not None and (
        not isinstance(amount, str) or not AMOUNT.match(amount) or currency not in {"GBP", "EUR"}
    ):
        fail(name, f"amount {amount!r} {currency!r}")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str)
        or contact != contact.lower()
        or contact not in item.new_text.lower()
    ):
        fail(name, f"new_contact {contact!r} not in the new text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs is not a list")
    for ref in cast("list[object]", refs):
        if (
            not isinstance(ref, str)
            or not INVOICE.match(ref)
            or ref.split()[1][:4] not in item.new_text
        ):
            fail(name, f"invoice ref {ref!r} not in the new text")
    if intent == "bounce":
        kind, status, rcpt = (
            label["bounce_kind"],
            str(label["bounce_status"]),
            label["failed_recipient"],
        )
        if kind not in {"hard", "soft"} or not STATUS.match(status) or not isinstance(rcpt, str):
            fail(name, "bounce fields")
        if kind == "hard" and not status.startswith("5."):
            fail(name, "a hard bounce needs a 5.x.x status")
        if status.startswith("4.") and kind != "soft":
            fail(name, "a 4.x.x status is soft")


def unfold_ids(data: bytes) -> bytes:
    """Keep Message-IDs on one line, as mail clients write them, however long the domain."""
    return re.sub(rb"(?m)^(Message-ID:) *\n +<", rb"\1 <", data)


def check_parse(name: str, data: bytes, item: Built) -> date:
    """Parse the file back as a mail reader would; return the message's local date."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(name, "did not parse as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    texts = 0
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                fail(name, f"header {header_name} defects {value.defects}")
            if "=?" in str(value):
                fail(name, f"header {header_name} not decoded")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "text part did not decode cleanly")
            texts += 1
    if not texts:
        fail(name, "no text part")
    if item.subject and str(msg["Subject"]) != item.subject:
        fail(name, f"subject decodes to {str(msg['Subject'])!r}")
    if item.new_text:
        first = next(line for line in item.new_text.split("\n") if line.strip())
        bodies = [str(p.get_content()) for p in msg.walk() if p.get_content_type() == "text/plain"]
        markup = [
            html.unescape(str(p.get_content()))
            for p in msg.walk()
            if p.get_content_type() == "text/html"
        ]
        if not any(first[:40] in b.replace(" \n", " ") for b in bodies + markup):
            fail(name, "the hand-written text is missing after decoding")
    when = msg["Date"].datetime
    if not isinstance(when, datetime) or when.utcoffset() not in {
        timedelta(hours=1),
        timedelta(hours=2),
    }:
        fail(name, "bad Date")
    day = cast("datetime", when).date()
    if not FIRST_DAY <= day <= LAST_DAY:
        fail(name, f"date {day} out of range")
    return day


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the agreed language totals, every language in every intent."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            fail("counts", f"{intent} does not have {PER_INTENT} messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            fail("counts", f"{intent} misses a language")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            fail("counts", f"{lang} does not have {total} messages")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        fail("counts", "an invoice number is reminded twice")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(items: list[Built]) -> str:
    """A short summary of the formats, for the README."""
    top = Counter(item.msg.get_content_type() for item in items)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for item in items:
        found = {
            str(p.get_content_charset())
            for p in walk_parts(item.msg)
            if p.get_content_maintype() == "text" and p.get_content_charset()
        }
        charsets.update(found)
        encodings.update(
            {
                str(p["Content-Transfer-Encoding"]).lower()
                for p in walk_parts(item.msg)
                if p["Content-Transfer-Encoding"]
            }
        )
    clients = Counter(r.client for r in REPLIES)
    headers = Counter(
        name
        for item in items
        for name in item.msg
        if name
        in {
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "In-Reply-To",
            "Cc",
        }
    )
    encoded = sum(
        1
        for item in items
        if any(
            "=?" in str(v)
            for k, v in item.msg.items()
            if k in {"Subject", "From", "Cc", "Thread-Topic"}
        )
    )
    return "\n".join(
        [
            f"top-level types: {dict(sorted(top.items()))}",
            f"clients: {dict(sorted(clients.items()))}",
            f"charsets (messages): {dict(sorted(charsets.items()))}",
            f"transfer encodings (messages): {dict(sorted(encodings.items()))}",
            f"headers (messages): {dict(sorted(headers.items()))}",
            f"RFC 2047 encoded Subject/From/Cc/Thread-Topic: {encoded}",
        ]
    )


def main() -> int:
    """Rebuild every file next to this script, check it, and print the count table."""
    items = sorted(build_all(), key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = unfold_ids(item.msg.as_bytes())
        day = check_parse(name, data, item)
        label: dict[str, object] = {"file": name, **item.label}
        check_label(name, label, item, day)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
