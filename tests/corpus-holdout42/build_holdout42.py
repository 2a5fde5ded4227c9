# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 42: `h42-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Alpenhof Outdoor (mountain equipment and hut
rental) after it sent an overdue reminder. The new text of each message is written by hand in
this file; the code only adds what a mail client or a mail server would add: the quoted reminder
in the client's layout and language, headers, MIME structure, charsets and transfer encodings.
Run it with python3 from anywhere: it writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypeAlias, TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout42-20261123"
PREFIX = "h42"
AR_NAME = "Alpenhof Outdoor Receivables"
AR_ADDR = "receivables@alpenhof-outdoor.example"
AR_DOMAIN = "alpenhof-outdoor.example"
INNSBRUCK = timezone(timedelta(hours=1))
# A message whose headers may be set from RFC 2047 `Header` objects (compat32 folds them well).
Mail: TypeAlias = "Message[str, str | Header]"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)

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
Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Charset = Literal["utf-8", "iso-8859-1", "windows-1252", "us-ascii"]
Cte = Literal["qp", "b64", "8bit", "7bit"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "gmail_inline",
    "apple",
    "apple_html",
    "iphone",
    "thunderbird",
    "thunderbird_inline",
    "thunderbird_bottom",
    "samsung",
    "notice",
    "notice_alt",
    "notice_html",
]
BounceKind = Literal["hard", "soft"]

INTENTS: tuple[Intent, ...] = (
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
LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
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


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Specs: one hand-written reply, or one delivery report
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a customer (or their system), with its labels.

    `inv`, `billed` and `cur` describe the reminder being answered. The label fields
    (`promised` ... `contact`, `refs`) hold what the new text says, resolved against `when`.
    """

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: Client
    body: str
    inv: str
    billed: str
    cur: str = "EUR"
    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None
    charset: Charset = "utf-8"
    cte: Cte = "qp"
    us: bool = False
    subject: str = ""
    threaded: bool = True
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    attach: str = ""
    sent_to: str = ""
    lag: int = 1

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `mta` names the builder."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    mta: str
    inv: str
    billed: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print, not what the customers wrote)
# --------------------------------------------------------------------------------------------

DAYS = {
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
MONTHS = {
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

# Attribution lines. Fields come from `stamp()`.
GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{MM}, {who} wrote:",
    "en-us": "On {wd}, {mon} {d}, {y} at {h}:{MM}\u202f{ampm} {who} wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {who}:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MM}, {who} a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{MM}, {who_paren} escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{MM} schreef {who}:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{MM} {who} ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {who} wrote:",
    "en-us": "On {mon} {d}, {y}, at {h}:{MM}\u202f{ampm}, {who} wrote:",
    "de": "Am {d}.{m}.{y} um {HH}:{MM} schrieb {who}:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {who} a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {who} escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {who} het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {who} ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "en-us": "On {m}/{d}/{y} {h}:{MM} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook's header block: separator, From, Sent, To, Subject, the text between label and value
OUTLOOK_BLOCK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{dd} {month} {y} {HH}:{MM}",
    "en-us": "{day}, {month} {d}, {y} {h}:{MM} {ampm}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
OUTLOOK_SENT_LONG = {
    "en": "{day}, {d} {month} {y} {HH}:{MM}:{SS}",
    "en-us": "{day}, {month} {d}, {y} {h}:{MM}:{SS} {ampm}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}:{SS}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}:{SS}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}:{SS}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}:{SS}",
    "it": "{day} {d} {month} {y} {HH}:{MM}:{SS}",
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG = {
    "ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
}
OUTLOOK_MOBILE_LINK = {"ios": "https://aka.ms/o0ukef", "android": "https://aka.ms/AAb9ysg"}
SAMSUNG = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem/meiner Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
    ),
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-AT",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Alpenhof sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the following invoice is now past its due date:\n\n"
        "    Invoice number:   {inv}\n    Invoice date:     {issued}\n    Due date:         {due}\n    Amount due:       {amt}\n\n"
        "If you have already paid, thank you – please reply with the payment date and reference so that we can match it to your account. If you have a question about the invoice, simply reply to this e-mail.\n\n"
        "Kind regards\n\n"
        "Accounts Receivable\nAlpenhof Outdoor GmbH · Mountain equipment & hut rental\nInnrain 52, 6020 Innsbruck, Austria\nreceivables@alpenhof-outdoor.example · +43 512 000 418"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung noch offen ist:\n\n"
        "    Rechnungsnummer:  {inv}\n    Rechnungsdatum:   {issued}\n    Fällig am:        {due}\n    Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Referenz. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nAlpenhof Outdoor GmbH · Bergsportausrüstung & Hüttenvermietung\nInnrain 52, 6020 Innsbruck, Österreich"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    N° de facture :   {inv}\n    Date :            {issued}\n    Échéance :        {due}\n    Montant dû :      {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous en communiquer la date et la référence afin que nous puissions l'affecter. Pour toute question sur cette facture, il vous suffit de répondre à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nAlpenhof Outdoor GmbH · Matériel de montagne & location de refuges\nInnrain 52, 6020 Innsbruck, Autriche"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura está vencida y pendiente de pago:\n\n"
        "    N.º de factura:     {inv}\n    Fecha de emisión:   {issued}\n    Vencimiento:        {due}\n    Importe pendiente:  {amt}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder conciliarlo. Si tienen cualquier duda sobre la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nAlpenhof Outdoor GmbH · Material de montaña y alquiler de refugios\nInnrain 52, 6020 Innsbruck (Austria)"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "    Factuurnummer:   {inv}\n    Factuurdatum:    {issued}\n    Vervaldatum:     {due}\n    Openstaand:      {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk en horen wij graag de betaaldatum en het betalingskenmerk, zodat wij de betaling kunnen verwerken. Heeft u vragen over deze factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nAlpenhof Outdoor GmbH · Bergsportuitrusting & hutverhuur\nInnrain 52, 6020 Innsbruck, Oostenrijk"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli risulta ancora aperta la seguente fattura:\n\n"
        "    Fattura n.:        {inv}\n    Data fattura:      {issued}\n    Scadenza:          {due}\n    Importo dovuto:    {amt}\n\n"
        "Se ha già provveduto al pagamento, La ringraziamo e Le chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti\n\n"
        "Ufficio Contabilità Clienti\nAlpenhof Outdoor GmbH · Attrezzatura da montagna e noleggio rifugi\nInnrain 52, 6020 Innsbruck (Austria)"
    ),
}
# What a Latin-1 client does with characters it cannot send
LATIN1_FALLBACK = {
    "€": "EUR",
    "–": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
}
CURRENCY_SIGN = {"EUR": "€", "GBP": "£", "USD": "$"}
DATE_FORMAT = {
    "en": "{d} {month} {y}",
    "en-us": "{month} {d}, {y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def loc_key(lang: Lang, *, us: bool) -> str:
    return "en-us" if us and lang == "en" else lang


def stamp(lang: Lang, when: datetime) -> dict[str, str]:
    """Every piece of a date a client might print, in the client's language."""
    day, month = when.weekday(), when.month - 1
    return {
        "day": DAYS[lang].split()[day],
        "wd": DAYS_SHORT[lang].split()[day],
        "month": MONTHS[lang].split()[month],
        "mon": MONTHS_SHORT[lang].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "h": str((when.hour - 1) % 12 + 1),
        "MM": f"{when.minute:02d}",
        "SS": f"{when.second:02d}",
        "ampm": "AM" if when.hour < 12 else "PM",
    }


def money(lang: Lang, *, amount: str, cur: str, us: bool) -> str:
    """An amount as the reminder prints it for this customer."""
    value = float(amount)
    english = f"{value:,.2f}"
    continental = english.replace(",", "_").replace(".", ",").replace("_", ".")
    sign = CURRENCY_SIGN.get(cur, cur + " ")
    if lang == "en":
        return f"{'US' if us and cur == 'USD' else ''}{sign}{english}"
    if lang == "fr":
        return continental.replace(".", "\u00a0") + "\u00a0" + sign.strip()
    if lang in {"nl", "it"}:
        return f"{sign.strip()} {continental}"
    return f"{continental} {sign.strip()}"


def latin1(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: Charset) -> str:
    """Client-side replacement of characters the chosen charset cannot carry."""
    return latin1(text) if charset in {"iso-8859-1", "us-ascii"} else text


def quoted(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str, *, tag: str = "div") -> str:
    return "\n".join(f"<{tag}>{html_text(p)}</{tag}>" for p in text.split("\n\n"))


def mso(text: str) -> str:
    """Word's HTML: one MsoNormal paragraph per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def wrap_flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, stuffed lines get a leading space."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw if raw == "-- " else raw.rstrip(" ")
        depth = len(line) - len(line.lstrip(">"))
        prefix, rest = (line[:depth] + " ", line[depth:].lstrip(" ")) if depth else ("", line)
        if not depth and (rest.startswith((" ", "From ")) or rest.startswith(">")):
            rest = " " + rest
        while len(prefix) + len(rest) > width and " " in rest[: width - len(prefix)]:
            cut = rest.rfind(" ", 0, width - len(prefix))
            out.append(prefix + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(prefix + rest if rest or not depth else prefix.rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def blank() -> Mail:
    """An empty message or part whose headers accept `Header` objects."""
    return Message()


def encoded_payload(data: bytes, cte: Cte) -> tuple[str, str]:
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        return "7bit", data.decode("ascii")
    return "8bit", data.decode("ascii", "surrogateescape")


def text_part(text: str, *, subtype: str, charset: Charset, cte: Cte, params: str = "") -> Mail:
    """A leaf text part; raises if the hand-written text does not fit the charset."""
    if not text.endswith("\n"):
        text += "\n"
    name, payload = encoded_payload(text.encode(charset), cte)
    part = blank()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = name
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: Iterable[Mail], *, boundary: str, extra: str = "") -> Mail:
    outer = blank()
    outer["Content-Type"] = f'multipart/{subtype};{extra} boundary="{boundary}"'
    for part in parts:
        outer.attach(part)
    return outer


def pdf_part(filename: str, key: str) -> Mail:
    body = (
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"% " + digest(key, "pdf").hex().encode() + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    part = blank()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(body).decode("ascii"))
    return part


def header_value(value: str, charset: Charset) -> str | Header:
    """A header as the client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    wanted = "utf-8" if charset == "us-ascii" else charset
    try:
        value.encode(wanted)
    except UnicodeEncodeError:
        wanted = "utf-8"
    return Header(value, wanted)


def mailbox(name: str, addr: str, charset: Charset) -> str:
    if not name:
        return addr
    wanted = "utf-8" if charset == "us-ascii" else charset
    return formataddr((name, addr), charset=wanted)


def assemble(headers: Iterable[tuple[str, str | Header]], body: Mail, *, mime: bool = True) -> Mail:
    """Put the envelope headers above the body's MIME headers, as clients write them."""
    content = body.items()
    for name in {name for name, _ in content}:
        del body[name]
    for name, value in headers:
        body[name] = value
    if mime and "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    for name, value in content:
        body[name] = value
    return body


# --------------------------------------------------------------------------------------------
# The reminder being answered, seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_sent(when: datetime, *, lag: int, key: str) -> datetime:
    """When Alpenhof's reminder went out: `lag` working days before, or minutes before if 0."""
    jitter = digest(key, "sent")
    if lag == 0:
        return (when - timedelta(minutes=1 + jitter[0] % 4, seconds=jitter[1] % 60)).astimezone(
            INNSBRUCK
        )
    day = when.astimezone(INNSBRUCK).date() - timedelta(days=lag)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(
        day.year, day.month, day.day, 8, 20 + jitter[2] % 40, jitter[3] % 60, tzinfo=INNSBRUCK
    )


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: Lang, *, inv: str, billed: str, cur: str, sent: datetime, us: bool) -> str:
    issued = sent.date() - timedelta(days=44)
    due = issued + timedelta(days=30)
    shape = DATE_FORMAT[loc_key(lang, us=us)]

    def show(day: date) -> str:
        at = datetime(day.year, day.month, day.day, tzinfo=INNSBRUCK)
        return shape.format(**stamp(lang, at))

    amt = money(lang, amount=billed, cur=cur, us=us)
    return REMINDER_BODY[lang].format(inv=inv, issued=show(issued), due=show(due), amt=amt)


def reminder_msgid(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: Lang
    loc: str
    to: str


def quote_of(r: Reply) -> Quote:
    sent = reminder_sent(r.dt, lag=r.lag, key=r.key)
    text = reminder_text(r.lang, inv=r.inv, billed=r.billed, cur=r.cur, sent=sent, us=r.us)
    return Quote(
        text=for_charset(text, r.charset),
        subject=for_charset(reminder_subject(r.lang, r.inv), r.charset),
        sent=sent.astimezone(r.dt.tzinfo),
        lang=r.lang,
        loc=loc_key(r.lang, us=r.us),
        to=r.sent_to or r.addr,
    )


def ar_who() -> str:
    return f"{AR_NAME} <{AR_ADDR}>"


def attribution(table: dict[str, str], q: Quote) -> str:
    return table[q.loc].format(
        **stamp(q.lang, q.sent), who=ar_who(), who_paren=f"{AR_NAME} (<{AR_ADDR}>)", name=AR_NAME
    )


def outlook_rows(q: Quote, *, seconds: bool = False) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_BLOCK[q.lang]
    shape = (OUTLOOK_SENT_LONG if seconds else OUTLOOK_SENT)[q.loc]
    return [
        (frm, ar_who()),
        (sent, shape.format(**stamp(q.lang, q.sent))),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_text(q: Quote, *, seconds: bool = False) -> str:
    sep = OUTLOOK_BLOCK[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q, seconds=seconds))


def outlook_html_rows(q: Quote, *, seconds: bool = False) -> str:
    sep = OUTLOOK_BLOCK[q.lang][5].rstrip()
    return "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q, seconds=seconds)
    )


def inline_text(body: str, q: Quote) -> str:
    """Expand [[q:N]] / [[q:N-M]] into quoted paragraphs of the reminder."""
    paras = q.text.split("\n\n")

    def expand(match: re.Match[str]) -> str:
        first = int(match.group(1))
        last = int(match.group(2) or first)
        return quoted("\n\n".join(paras[first : last + 1]))

    return re.sub(r"\[\[q:(\d+)(?:-(\d+))?\]\]", expand, body)


# --------------------------------------------------------------------------------------------
# Client layouts: each returns the body (a leaf or a multipart) of one reply
# --------------------------------------------------------------------------------------------


def boundary(r: Reply, n: int, style: str) -> str:
    raw = token(r.key, f"boundary{n}", 26)
    shapes = {
        "outlook": f"_00{n}_{raw[:20]}EURP192PRD_",
        "gmail": f"000000000000{raw[:16].lower()}",
        "apple": f"Apple-Mail={raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:24]}",
        "samsung": f"--_com.samsung.android.email_{raw[:14].lower()}",
    }
    return shapes.get(style, f"------------{raw[:24]}")


def leaf(r: Reply, text: str, *, subtype: str = "plain", params: str = "") -> Mail:
    text = for_charset(text, r.charset)
    return text_part(text, subtype=subtype, charset=r.charset, cte=r.cte, params=params)


def alternative(r: Reply, text: str, markup: str, style: str) -> Mail:
    parts = [leaf(r, text), leaf(r, markup, subtype="html")]
    return multipart("alternative", parts, boundary=boundary(r, 0, style))


def render_outlook(r: Reply) -> Mail:
    q = quote_of(r)
    text = f"{r.body}\n\n{OUTLOOK_BLOCK[q.lang][0]}\n{outlook_text(q)}\n\n{q.text}\n"
    return leaf(r, text)


def word_document(r: Reply, q: Quote) -> str:
    lang_tag = CONTENT_LANGUAGE[r.lang].upper() if not r.us else "EN-US"
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face {font-family:"Aptos";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
        f'<body lang="{lang_tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_html_rows(q)}</p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n</div>\n</body>\n</html>\n"
    )


def render_outlook_html(r: Reply) -> Mail:
    q = quote_of(r)
    text = f"{r.body}\n\n{outlook_text(q)}\n\n{q.text}\n"
    return alternative(r, text, word_document(r, q), "outlook")


def render_outlook_html_only(r: Reply) -> Mail:
    return leaf(r, word_document(r, quote_of(r)), subtype="html")


def divrplyfwdmsg(q: Quote, *, seconds: bool) -> str:
    return (
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_rows(q, seconds=seconds)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paras(q.text)}</div>\n"
    )


def render_owa(r: Reply) -> Mail:
    q = quote_of(r)
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_text(q, seconds=True)}\n\n{q.text}\n"
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_paras(r.body)}\n</div>\n{divrplyfwdmsg(q, seconds=True)}</body>\n</html>\n"
    )
    return alternative(r, text, markup, "outlook")


def render_outlook_mobile(r: Reply, platform: str) -> Mail:
    q = quote_of(r)
    sig, link = OUTLOOK_MOBILE_SIG[platform][r.lang], OUTLOOK_MOBILE_LINK[platform]
    text = f"{r.body}\n\n{sig}<{link}>\n{'_' * 32}\n{outlook_text(q, seconds=True)}\n\n{q.text}\n"
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{html_text(r.body)}</div>\n<div dir="auto"><br>\n</div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="auto">{html.escape(sig)}</div></div>\n'
        f"{divrplyfwdmsg(q, seconds=True)}</body>\n</html>\n"
    )
    return alternative(r, text, markup, "outlook")


def render_outlook_ios(r: Reply) -> Mail:
    return render_outlook_mobile(r, "ios")


def render_outlook_android(r: Reply) -> Mail:
    return render_outlook_mobile(r, "android")


def render_gmail(r: Reply) -> Mail:
    q = quote_of(r)
    attr = attribution(GMAIL_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup, "gmail")


def render_gmail_plain(r: Reply) -> Mail:
    q = quote_of(r)
    return leaf(r, f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quoted(q.text)}\n")


def render_gmail_inline(r: Reply) -> Mail:
    q = quote_of(r)
    return leaf(r, f"{attribution(GMAIL_ATTR, q)}\n\n{inline_text(r.body, q)}\n")


def render_apple(r: Reply) -> Mail:
    q = quote_of(r)
    return leaf(r, f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quoted(q.text)}\n")


def render_apple_html(r: Reply) -> Mail:
    q = quote_of(r)
    attr = attribution(APPLE_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{html_paras(r.body)}'
        f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"{html_paras(q.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup, "apple")


def render_iphone(r: Reply) -> Mail:
    q = quote_of(r)
    quote = quoted(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return leaf(r, f"{r.body}\n\n{IPHONE_SIG[r.lang]}\n\n{quote}\n")


def flowed(r: Reply, text: str) -> Mail:
    return leaf(r, wrap_flowed(text), params="; format=flowed")


def render_thunderbird(r: Reply) -> Mail:
    q = quote_of(r)
    return flowed(r, f"{r.body}\n\n{attribution(TB_ATTR, q)}\n{quoted(q.text)}\n")


def render_thunderbird_inline(r: Reply) -> Mail:
    q = quote_of(r)
    return flowed(r, f"{attribution(TB_ATTR, q)}\n{inline_text(r.body, q)}\n")


def render_thunderbird_bottom(r: Reply) -> Mail:
    q = quote_of(r)
    return flowed(r, f"{attribution(TB_ATTR, q)}\n{quoted(q.text)}\n\n{r.body}\n")


def render_samsung(r: Reply) -> Mail:
    q = quote_of(r)
    sig, sep, frm, when, to, subj = SAMSUNG[r.lang]
    offset = q.sent.strftime("%z")
    fields = stamp(q.lang, q.sent)
    shown = {
        "de": "{dd}.{mm}.{yy}",
        "en-us": "{m}/{d}/{yy}",
    }.get(q.loc, "{dd}/{mm}/{y}").format(**fields)
    rows = [
        (frm, ar_who()),
        (when, f"{shown} {fields['HH']}:{fields['MM']} (GMT{offset[:3]}:{offset[3:]})"),
        (to, q.to),
        (subj, q.subject),
    ]
    head = "\n".join(f"{label}: {value} " for label, value in rows)
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{sep}\n{head}\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_text(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(sep)}</div>'
        + "".join(
            f"<div>{html.escape(label)}: {html.escape(value)} </div>" for label, value in rows
        )
        + f"</div><br>{html_paras(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup, "samsung")


def render_notice(r: Reply) -> Mail:
    return leaf(r, r.body)


def render_notice_alt(r: Reply) -> Mail:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">{html_paras(r.body, tag="p")}</body></html>\n'
    )
    return alternative(r, r.body, markup, "other")


def render_notice_html(r: Reply) -> Mail:
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        f'<title>{html.escape(r.subject)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:13px;color:#222">\n{r.body}\n</body></html>\n'
    )
    return leaf(r, markup, subtype="html")


RENDER: dict[Client, Callable[[Reply], Mail]] = {
    "outlook": render_outlook,
    "outlook_html": render_outlook_html,
    "outlook_html_only": render_outlook_html_only,
    "owa": render_owa,
    "outlook_ios": render_outlook_ios,
    "outlook_android": render_outlook_android,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "gmail_inline": render_gmail_inline,
    "apple": render_apple,
    "apple_html": render_apple_html,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "thunderbird_inline": render_thunderbird_inline,
    "thunderbird_bottom": render_thunderbird_bottom,
    "samsung": render_samsung,
    "notice": render_notice,
    "notice_alt": render_notice_alt,
    "notice_html": render_notice_html,
}
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios", "outlook_android"}
)


# --------------------------------------------------------------------------------------------
# Reply headers and the finished reply
# --------------------------------------------------------------------------------------------


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.replace("{orig}", q.subject)
    if r.client.startswith("notice"):
        raise ValueError(f"{r.key}: a notice needs its own subject")
    prefix = OUTLOOK_PREFIX[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.addr.split("@")[1]
    if r.client.startswith("gmail"):
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{('AM9', 'DB8', 'VI1', 'PA4')[raw[0] % 4]}PR07MB{1000 + raw[1] * 31:04d}"
        return f"<{host}{raw.hex()[:24].upper()}@{host}.eurprd07.prod.outlook.com>"
    if r.client.startswith(("apple", "iphone", "thunderbird")):
        h = raw.hex()
        uid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        return f"<{uid if r.client.startswith('thunderbird') else uid.upper()}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:20]}@email.android.com>"
    return f"<{raw.hex()[:28]}@{domain}>"


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str | Header]]:
    if r.client in OUTLOOK_FAMILY:
        lang = "en-US" if r.us else CONTENT_LANGUAGE[r.lang]
        return [
            ("Thread-Topic", header_value(q.subject, r.charset)),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client.startswith("apple"):
        return [
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ]
    if r.client == "iphone":
        return [("X-Mailer", "iPhone Mail (22C152)"), ("Mime-Version", "1.0 (1.0)")]
    if r.client.startswith("thunderbird"):
        agent = (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"
        )
        return [("User-Agent", agent), ("Content-Language", CONTENT_LANGUAGE[r.lang])]
    if r.client == "samsung":
        return [("Importance", "normal"), ("X-Priority", "3")]
    return []


def with_attachment(r: Reply, body: Mail) -> Mail:
    if not r.attach:
        return body
    parts = [body, pdf_part(r.attach, r.key)]
    style = "outlook" if r.client in OUTLOOK_FAMILY else "other"
    outer = multipart("mixed", parts, boundary=boundary(r, 1, style))
    outer.preamble = "This is a multi-part message in MIME format."
    return outer


def build_reply(r: Reply) -> Mail:
    q = quote_of(r)
    body = with_attachment(r, RENDER[r.client](r))
    seconds = digest(r.key, "seconds")[0] % 60
    headers: list[tuple[str, str | Header]] = [
        ("From", mailbox(r.name, r.addr, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
    ]
    if r.cc is not None:
        headers.append(("Cc", mailbox(*r.cc, r.charset)))
    headers += [
        ("Subject", header_value(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.dt + timedelta(seconds=seconds))),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    headers += [*client_headers(r, q), *r.headers]
    return assemble(headers, body)


# --------------------------------------------------------------------------------------------
# Delivery reports: skeletons are generated, the human-readable text is written per MTA
# --------------------------------------------------------------------------------------------


def bounce_reminder(b: Bounce, *, hours: int) -> Mail:
    """The reminder as Alpenhof sent it to the failed recipient."""
    sent = b.dt.astimezone(INNSBRUCK) - timedelta(
        hours=hours, minutes=2 + digest(b.key, "q")[0] % 9
    )
    text = reminder_text(b.lang, inv=b.inv, billed=b.billed, cur="EUR", sent=sent, us=False)
    headers: list[tuple[str, str | Header]] = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", b.rcpt),
        ("Subject", header_value(reminder_subject(b.lang, b.inv), "utf-8")),
        ("Date", format_datetime(sent)),
        ("Message-ID", reminder_msgid(b.key)),
    ]
    return assemble(headers, text_part(text, subtype="plain", charset="utf-8", cte="qp"))


def rfc822(inner: Mail) -> Mail:
    part = blank()
    part["Content-Type"] = "message/rfc822"
    part.attach(inner)
    return part


def rfc822_headers(inner: Mail) -> Mail:
    head = inner.as_string().split("\n\n", 1)[0] + "\n"
    return text_part(head, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of one RFC 3464 report."""

    reporting: str
    action: str
    diagnostic: str
    remote: str = ""
    hours: int = 0
    diag_type: str = "smtp"


def delivery_status(b: Bounce, d: Dsn) -> Mail:
    arrival = b.dt - timedelta(hours=d.hours, minutes=1)
    per_message = blank()
    per_message["Reporting-MTA"] = f"dns; {d.reporting}"
    per_message["Arrival-Date"] = format_datetime(arrival)
    per_rcpt = blank()
    per_rcpt["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_rcpt["Action"] = d.action
    per_rcpt["Status"] = b.status
    if d.remote:
        per_rcpt["Remote-MTA"] = f"dns; {d.remote}"
    per_rcpt["Diagnostic-Code"] = f"{d.diag_type}; {d.diagnostic}"
    per_rcpt["Last-Attempt-Date"] = format_datetime(b.dt)
    if d.action == "delayed":
        per_rcpt["Will-Retry-Until"] = format_datetime(arrival + timedelta(days=5))
    part = blank()
    part["Content-Type"] = "message/delivery-status"
    part.attach(per_message)
    part.attach(per_rcpt)
    return part


def bounce_boundary(b: Bounce, n: int) -> str:
    return f"{token(b.key, f'bb{n}', 10)}.{digest(b.key, f'bt{n}')[0] * 40013}/{b.dt:%Y%m%d}"


def report(b: Bounce, parts: list[Mail]) -> Mail:
    return multipart(
        "report", parts, boundary=bounce_boundary(b, 0), extra=" report-type=delivery-status;"
    )


def finish_bounce(
    b: Bounce,
    body: Mail,
    *,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    mime: bool = True,
) -> Mail:
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    headers: list[tuple[str, str | Header]] = [
        ("Return-Path", "<>"),
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", header_value(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{token(b.key, 'bounce', 22)}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    return assemble(headers, body, mime=mime)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

AP_ADVICE_HTML = """<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>
<p style="font-size:16px"><b>NORTHFIELD ACADEMY</b><br>Business Office &ndash; Accounts Payable<br>1200 Lakeview Road, Northfield, IL 60093</p>
<p><b>PAYMENT ADVICE</b></p>
<p>Vendor: ALPENHOF OUTDOOR GMBH<br>Vendor ID: V-20931</p>
<p>The following payment has been issued to your account on file. Please allow 1&ndash;2 business days for ACH funds to be credited.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td>Payment Number</td><td>0000418821</td></tr>
<tr><td>Payment Date</td><td>12/03/2026</td></tr>
<tr><td>Payment Method</td><td>ACH</td></tr>
<tr><td>Payment Amount</td><td>$2,460.00 USD</td></tr>
</table>
<p>&nbsp;</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Invoice Number</th><th>Invoice Date</th><th>Description</th><th>Amount Paid</th></tr>
<tr><td>AO-26-03982</td><td>10/19/2026</td><td>EQUIPMENT RENTAL - ALPS TRIP GR 11</td><td>$2,460.00</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td><b>$2,460.00</b></td></tr>
</table>
<p style="font-size:11px;color:#666">This is an automated message from an unmonitored mailbox. Please do not reply to this e-mail. For payment questions contact the Business Office at (847) 555-0142.</p>
</td></tr></table>"""

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        us=True,
        name="Rob Kessler",
        addr="rob.kessler@pinecrestskiclub.example",
        when="2026-12-01 07:52 -0700",
        client="outlook_ios",
        cte="b64",
        inv="AO-26-03917",
        billed="1980.00",
        cur="USD",
        body="Paid.",
        note="one-word claim from a phone: payment_sent with no date, reference or amount",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        us=True,
        name="Northfield Academy Accounts Payable",
        addr="ap-noreply@northfield-academy.example",
        when="2026-12-03 16:05 -0600",
        client="notice_html",
        threaded=False,
        subject="Payment Advice - Northfield Academy - Payment 0000418821",
        headers=(AUTO_GENERATED, ("X-Mailer", "PayFlow AP Notifications 9.2")),
        inv="AO-26-03982",
        billed="2460.00",
        cur="USD",
        body=AP_ADVICE_HTML,
        paid="2026-12-03",
        ref="0000418821",
        amount="2460.00",
        currency="USD",
        refs=("AO-26-03982",),
        note="AP-system payment advice, HTML only, Auto-Submitted: auto-generated, not a reply; its 'unmonitored mailbox, do not reply' footer does not make it wrong_contact; US date 12/03/2026",
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        us=True,
        name="Dana Whitfield",
        addr="dwhitfield@boulder-creek-hs.example",
        when="2026-11-30 08:05 -0700",
        client="gmail",
        inv="AO-26-03946",
        billed="1870.00",
        cur="USD",
        body="Hi,\n\nCheck #2291 for $1,870.00 went out in Wednesday's mail, right before we closed for Thanksgiving. With the holiday and the international post it may take a while to reach you. If it still hasn't arrived by the 15th, let me know and I'll put a stop on it and reissue.\n\nThanks,\nDana Whitfield\nAthletics Office Manager\nBoulder Creek High School",
        paid="2026-11-25",
        ref="2291",
        amount="1870.00",
        currency="USD",
        note="check already mailed on the Wednesday before Mon 30 Nov; 'by the 15th' is a follow-up date, not a promise",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        name="Alpenrose Hotels Kreditorenbuchhaltung",
        addr="zahlungsavis@alpenrose-hotels.example",
        when="2026-12-01 06:12 +0100",
        client="notice",
        charset="iso-8859-1",
        threaded=False,
        subject="Zahlungsavis 2000041187 / Alpenhof Outdoor GmbH",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        inv="AO-26-04210",
        billed="1516.84",
        body="ZAHLUNGSAVIS\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nZahlungsbeleg-Nr.:        2000041187\nZahlungsdatum:            01.12.2026\nZahlweg:                  SEPA-Überweisung\nIhre Kreditoren-Nr.:      70044812\n\nBelegdatum  Ihre Rechnung     Betrag EUR   Skonto EUR   Zahlbetrag EUR\n28.10.2026  AO-26-04210         1.516,84        30,34         1.486,50\n\nSumme Zahlbetrag:                                               1.486,50\n\nDiese Nachricht wurde maschinell erstellt. Antworten an diese Adresse werden nicht bearbeitet.\n\nAlpenrose Hotels GmbH · Zentrale Buchhaltung · Hauptstraße 9 · 87561 Oberstdorf",
        paid="2026-12-01",
        ref="2000041187",
        amount="1486.50",
        currency="EUR",
        refs=("AO-26-04210",),
        note="SAP payment advice (Auto-Submitted: auto-generated, not a reply); the amount is what was paid after a deducted Skonto, not the invoice total",
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        name="Andreas Gruber",
        addr="andi@bergschule-gruber.example",
        when="2026-12-10 19:48 +0100",
        client="iphone",
        inv="AO-26-04171",
        billed="640.00",
        body="Erledigt, ist gestern raus.\nGruß Andi",
        paid="2026-12-09",
        note="one-liner; 'erledigt' plus 'gestern raus' is a payment sent on Wed 9 Dec",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        name="Sophie Marchetti",
        addr="gestion.0740123x@ac-grenoble.example",
        when="2026-12-04 10:37 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04033",
        billed="2340.00",
        body="Bonjour,\n\nJe vous informe que le mandat correspondant à la facture AO-26-04033 a été émis le 2 décembre et transmis à l’agent comptable (mandat n° 2026-1187, montant 2 340,00 €). Le virement est exécuté par l’agence comptable ; comptez en général une dizaine de jours avant réception sur votre compte.\n\nBien cordialement,\n\nSophie Marchetti\nAdjointe gestionnaire\nCollège Jean-Moulin – Annecy",
        paid="2026-12-02",
        ref="2026-1187",
        amount="2340.00",
        currency="EUR",
        refs=("AO-26-04033",),
        note="public school: the payment order (mandat) has left the school on 2 Dec; the public accountant's transfer follows, nothing more is promised",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        name="Thomas Pellegrin",
        addr="thomas.pellegrin.guide@gmail.com",
        when="2026-12-08 21:14 +0100",
        client="gmail_plain",
        inv="AO-26-04246",
        billed="780.00",
        body="c est regle depuis vendredi, virement de 780 euros ref VIR88213\nmerci de verifier avant de relancer\nThomas",
        paid="2026-12-04",
        ref="VIR88213",
        amount="780.00",
        currency="EUR",
        note="no accents or capitals; 'depuis vendredi' written on Tue 8 Dec = Fri 4 Dec",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        name="Lucía Ferrer",
        addr="administracion@cumbrenorte.example",
        when="2026-11-25 12:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        attach="Justificante_transferencia_AO-26-03877.pdf",
        inv="AO-26-03877",
        billed="3912.40",
        body="Buenos días:\n\nLes confirmamos que ayer se ordenó la transferencia de la factura AO-26-03877 por importe de 3.912,40 EUR. Adjuntamos el justificante bancario.\n\nRogamos disculpen el retraso: este mes hemos cambiado de programa de contabilidad y se nos quedaron varios pagos atrás.\n\nUn saludo,\n\nLucía Ferrer\nAdministración\nViajes Cumbre Norte, S.L.\nC/ Uría 31, 33003 Oviedo",
        paid="2026-11-24",
        amount="3912.40",
        currency="EUR",
        refs=("AO-26-03877",),
        note="transfer ordered 'ayer' (Tue 24 Nov); proof attached as a PDF",
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        name="Iker Etxeberria",
        addr="iker@mendizale-aralar.example",
        when="2026-12-09 18:02 +0100",
        client="gmail",
        inv="AO-26-04109",
        billed="415.00",
        body="Hola,\n\nLo pagamos con tarjeta en vuestra web el día 3, ¿no os ha llegado? El número de operación que me dio el TPV es 504918. Si hace falta os mando una captura del extracto.\n\nUn saludo,\nIker\nTesorero – Mendizale Taldea Aralar",
        paid="2026-12-03",
        ref="504918",
        note="card payment stated as fact, followed by a question; the question does not make it other",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        name="Marloes van Dijk",
        addr="penningmeester@scouting-sintjoris.example",
        when="2026-12-02 15:20 +0100",
        client="apple",
        inv="AO-26-04119",
        billed="645.00",
        body="Goedemiddag,\n\nIk heb zojuist via de betaallink onderaan uw factuur met creditcard betaald: € 645,00, transactienummer 7Q2K-88410. Ik hoop dat het goed is gegaan, de bevestiging kwam pas na een paar minuten binnen.\n\nMet vriendelijke groet,\n\nMarloes van Dijk\nPenningmeester Scouting Sint-Joris, Zeist",
        paid="2026-12-02",
        ref="7Q2K-88410",
        amount="645.00",
        currency="EUR",
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        name="Jeroen Bakker",
        addr="j.bakker@dalton-amersfoort.example",
        when="2026-12-15 22:41 +0100",
        client="gmail",
        inv="AO-26-04060",
        billed="5320.00",
        body="Beste mensen van Alpenhof,\n\nExcuses voor mijn late reactie, het is hier een drukke periode met rapportvergaderingen en de kerstmarkt van school. Ik wilde jullie eigenlijk al weken mailen om te zeggen hoe goed de skiweek in oktober is bevallen. De leerlingen hebben het nog steeds over de hut en over Stefan, die ons de eerste dag uitlegde hoe de lawinepiepers werken. Twee leerlingen willen nu zelfs gaan klimmen, dus dat is een mooi resultaat.\n\nWat minder was: bij het ophalen van de ski's op zaterdag moesten we bijna een uur wachten omdat de bus van een andere groep ervoor stond. Geen ramp, maar misschien iets om volgend jaar beter te plannen, want we willen graag terugkomen, waarschijnlijk in dezelfde week.\n\nO ja, over jullie herinnering: de factuur is vorige week donderdag overgemaakt door onze financiële administratie, dat heb ik vanochtend nagevraagd. Het kan zijn dat er alleen ons schoolnummer in de omschrijving staat in plaats van het factuurnummer, daar hebben ze een handje van.\n\nHartelijke groet, en alvast fijne feestdagen,\n\nJeroen Bakker\nDocent LO / reisleider wintersportweek\nDalton College Amersfoort",
        paid="2026-12-10",
        note="long rambling reply; the payment is buried in the third paragraph; 'vorige week donderdag' from Tue 15 Dec = Thu 10 Dec",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        name="Chiara Dallapiccola",
        addr="amministrazione@hotel-larici.example",
        when="2026-12-14 11:05 +0100",
        client="outlook_html",
        inv="AO-26-04051",
        billed="1120.00",
        body="Buongiorno,\n\nvi confermo che in data odierna abbiamo disposto il bonifico a saldo della fattura AO-26-04051, importo € 1.120,00, CRO 47012839551.\n\nCordiali saluti\n\nChiara Dallapiccola\nAmministrazione – Hotel Larici\nVia Dolomiti di Brenta 18, 38086 Madonna di Campiglio (TN)\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR) ogni utilizzo non autorizzato è vietato.",
        paid="2026-12-14",
        ref="47012839551",
        amount="1120.00",
        currency="EUR",
        refs=("AO-26-04051",),
        note="'in data odierna' = the message date; legal disclaimer below the signature",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        name="Hannah Pryce",
        addr="hannah.pryce@summittrails.example",
        when="2026-12-07 10:18 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04184",
        billed="4215.00",
        body="Hi,\n\nApologies for the delay on this one. It was signed off by our MD on Friday and has been released into Thursday’s BACS run, so the funds should be with you by the end of the week.\n\nKind regards,\n\nHannah Pryce\nAccounts Assistant\nSummit Trails Tours Ltd\nUnit 7, Mintsfeet Business Park, Kendal, Cumbria\n\nSummit Trails Tours Ltd is registered in England and Wales, company no. 08812345. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. We do not accept liability for any viruses.",
        promised="2026-12-10",
        note="past-tense 'signed off … released into Thursday's BACS run' announces a future payment: promise for Thu 10 Dec (the run, not the arrival)",
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        us=True,
        name="Gary Olsen",
        addr="gary.olsen.tnc@gmail.com",
        when="2026-11-23 22:37 -0700",
        client="gmail_plain",
        inv="AO-26-03889",
        billed="960.00",
        cur="USD",
        body="Sorry, this slipped through the cracks after our board meeting. I'll mail the check tomorrow morning on my way to work.\n\nGary Olsen\nTreasurer, Timberline Nordic Club",
        promised="2026-11-24",
        note="sent late on Mon 23 Nov in Mountain time (already Tuesday in UTC and in Innsbruck): 'tomorrow' is Tue 24 Nov",
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        name="Siobhán Kelly",
        addr="bursar@stbrigids-college.example",
        when="2026-11-28 11:02 +0000",
        client="iphone",
        inv="AO-26-03935",
        billed="2780.00",
        body="Hi there,\n\nI’m out of the office today but wanted to get back to you. This will be paid next Friday with our other December suppliers – our payments only go out on Fridays.\n\nSiobhán\nBursar’s Office, St Brigid’s College",
        promised="2026-12-04",
        note="'next Friday' written on Sat 28 Nov = Fri 4 Dec; 'out of the office today' in a human reply is not an auto-reply",
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        name="Birgit Hofstätter",
        addr="verwaltung@brg-kufstein.example",
        when="2026-12-02 11:47 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-04158",
        billed="3360.00",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung AO-26-04158 (Wintersportwoche 3b/3c) wurde von der Direktion freigegeben und liegt zur Zahlung bei der Bildungsdirektion. Die Überweisung erfolgt in KW 50.\n\nMit freundlichen Grüßen\n\nBirgit Hofstätter\nSchulverwaltung\nBG/BRG Kufstein",
        promised="2026-12-07",
        refs=("AO-26-04158",),
        note="'freigegeben' is past tense but the transfer is still to come; 'KW 50' resolves to its Monday, 7 Dec, as 'next week' resolves to Monday",
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        name="Markus Eder",
        addr="m.eder@alpinschule-eder.example",
        when="2026-12-10 07:55 +0100",
        client="iphone",
        subject="Out of Office bis 14.12. – Re: {orig}",
        inv="AO-26-04266",
        billed="890.00",
        body="Servus,\n\nbin grad im Urlaub, hab Ihre Mail aber gesehen. Ich überweis den Betrag am 15., da bin ich wieder im Büro und komm ans Onlinebanking.\n\nSchöne Grüße\nMarkus Eder",
        promised="2026-12-15",
        note="written by a person although the subject says 'Out of Office'; 'am 15.' = 15 Dec",
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        name="Claire Dufresne",
        addr="compta@altitude-voyages.example",
        when="2026-12-03 14:26 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04097",
        billed="6480.00",
        body="Bonjour,\n\nNous avons bien pris note de votre relance. Cette facture sera réglée fin de mois par virement, avec nos autres fournisseurs montagne.\n\nCordialement,\n\nClaire Dufresne\nComptabilité fournisseurs\nAltitude Voyages SAS – 12, quai Saint-Vincent, 69001 Lyon",
        promised="2026-12-31",
        note="'fin de mois' written on 3 Dec = 31 Dec",
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        name="Julien Roux",
        addr="julien.roux.guide@gmail.com",
        when="2026-11-27 19:33 +0100",
        client="iphone",
        inv="AO-26-03961",
        billed="540.00",
        body="bonjour\nje vous fais le virement des que l agence m a payé mes courses de novembre, normalement le 10. desolé pour le retard\njulien",
        promised="2026-12-10",
        note="conditional promise with a date; 'le 10' written on 27 Nov = 10 Dec; lower case and missing accents",
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        name="Marta Iglesias",
        addr="marta.iglesias@colegio-sanlorenzo.example",
        when="2026-11-27 13:10 +0100",
        client="outlook_android",
        cte="b64",
        inv="AO-26-03902",
        billed="2150.00",
        body="Buenas tardes:\n\nDisculpen la demora. Lo abonamos a final de mes, cuando se pasen al cobro las cuotas de las familias del viaje de esquí.\n\nSaludos cordiales,\nMarta Iglesias\nAdministración – Colegio San Lorenzo",
        promised="2026-11-30",
        note="'a final de mes' written on Fri 27 Nov = Mon 30 Nov, not the end of December",
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        name="Jordi Puig",
        addr="jpuig@pirineu-aventura.example",
        when="2026-12-07 09:30 +0100",
        client="outlook",
        charset="windows-1252",
        inv="AO-26-04302",
        billed="1745.00",
        body="Hola,\n\nLa factura AO-26-04302 ya está contabilizada y aprobada; se pagará en la remesa de transferencias del día 15, que es la que hacemos a mitad de mes.\n\nSaludos,\n\nJordi Puig\nDpto. Financiero\nPirineu Aventura, S.L.\nAv. Sant Jordi 4, 25720 Bellver de Cerdanya (Lleida)",
        promised="2026-12-15",
        refs=("AO-26-04302",),
        note="'ya está aprobada' (past) with 'se pagará … día 15' (future): promise for 15 Dec",
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        name="Willem de Groot",
        addr="w.degroot@bergsportreizen-noord.example",
        when="2026-12-02 16:45 +0100",
        client="thunderbird_inline",
        inv="AO-26-04075",
        billed="3890.00",
        body="[[q:0-1]]\n\nDank voor de herinnering, die klopt.\n\n[[q:2]]\n\nIk heb de factuur vandaag klaargezet. De betaling gaat volgende week vrijdag de deur uit, samen met de rest van onze crediteuren.\n\n[[q:3]]\n\nMet vriendelijke groet,\nWillem de Groot\nBergsportreizen Noord B.V.",
        promised="2026-12-11",
        note="inline reply; 'klaargezet' (past) prepares a future payment; 'volgende week vrijdag' from Wed 2 Dec = Fri 11 Dec",
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        name="Davide Moser",
        addr="davide.moser@sciclub-valdifassa.example",
        when="2026-12-04 17:20 +0100",
        client="gmail",
        inv="AO-26-04136",
        billed="1275.00",
        body="Buonasera,\n\nmi scuso per il ritardo, il consiglio direttivo si è riunito solo ieri sera. Il pagamento verrà effettuato entro venerdì 18 dicembre.\n\nSaluti,\nDavide Moser\nTesoriere – Sci Club Val di Fassa",
        promised="2026-12-18",
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        name="Elena Ferrari",
        addr="e.ferrari@viaggialpini.example",
        when="2026-12-11 12:14 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-03998",
        billed="2870.00",
        body="Buongiorno,\n\nho già dato disposizione alla banca: il bonifico per la fattura AO-26-03998 partirà con data esecuzione lunedì 21 dicembre, per l’intero importo di € 2.870,00.\n\nCordiali saluti\nElena Ferrari\nUfficio Amministrazione\nViaggi Alpini S.r.l.",
        promised="2026-12-21",
        amount="2870.00",
        currency="EUR",
        refs=("AO-26-03998",),
        note="past tense 'ho già dato disposizione' schedules a transfer executed on Mon 21 Dec: promise, not payment_sent",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        name="Craig Fraser",
        addr="craig@glenmore-outdoorcentre.example",
        when="2026-11-24 09:40 +0000",
        client="outlook",
        charset="windows-1252",
        inv="AO-26-03871",
        billed="1632.00",
        body="We have NOT paid this because half the crampons never arrived. We ordered 24 pairs for the winter skills courses and 12 pairs turned up. I rang your warehouse on the 10th and was told the rest were on back order.\n\nEither send the other 12 pairs or send us a corrected invoice for what we actually received. Until then this invoice is on hold.\n\nCraig Fraser\nCentre Manager\nGlenmore Outdoor Centre",
        note="capitalised negation ('NOT paid') with the reason: short delivery",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        us=True,
        name="Laura Chen",
        addr="laura.chen@troop412-evanston.example",
        when="2026-12-03 20:15 -0600",
        client="gmail",
        inv="AO-26-03344",
        billed="1150.00",
        cur="USD",
        body="Hello,\n\nAO-26-03310 was paid on November 20 (check #1177).\n\nAO-26-03344 is a different story. That's the hut weekend we cancelled on September 2, more than 30 days out, which under your terms means no charge. I have your confirmation of the cancellation if you need it. We won't be paying that one.\n\nLaura Chen\nTreasurer, Scouts BSA Troop 412",
        refs=("AO-26-03310", "AO-26-03344"),
        note="one invoice paid, the reminded one contested (cancelled booking): dispute wins, no payment fields",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        name="Ian Marsh",
        addr="ian.marsh@peakventures.example",
        when="2026-12-10 16:52 +0000",
        client="owa",
        inv="AO-26-04415",
        billed="1380.00",
        body="This is the third reminder I've had for an invoice you have ALREADY billed twice.\n\nAO-26-04402 and AO-26-04415 are the same rental: same dates (14–21 Nov), same 20 sleeping bags, same delivery to the Kogelalm hut. We paid AO-26-04402 in full on 30 November. AO-26-04415 is a duplicate. Cancel it, please, and check your system before sending another one of these.\n\nIan Marsh\nOperations, Peak Ventures Ltd",
        refs=("AO-26-04402", "AO-26-04415"),
        note="duplicate billing, irritated; the payment mentioned is of the other invoice; 'check your system before sending another' is not a stop request",
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        name="Tobias Wallner",
        addr="office@bergfuehrer-zillertal.example",
        when="2026-11-30 08:31 +0100",
        client="outlook_html",
        inv="AO-26-03908",
        billed="1240.00",
        body="Guten Morgen,\n\nwir haben die Rechnung bewusst noch nicht bezahlt. Von den zehn gemieteten LVS-Geräten haben drei beim Gruppencheck am ersten Kurstag keinen Empfang angezeigt; wir mussten kurzfristig Ersatz bei einem Sportgeschäft im Tal leihen (Beleg liegt vor).\n\nBitte schreiben Sie uns für die drei Geräte eine Gutschrift und verrechnen Sie die Ersatzmiete. Sobald die korrigierte Rechnung da ist, überweisen wir sofort.\n\nMit freundlichen Grüßen\nTobias Wallner\nBergführerbüro Zillertal",
        note="negation with a reason (faulty avalanche transceivers); payment conditional on a credit note",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        name="Petra Lindner",
        addr="kasse@bergsteigergruppe-inntal.example",
        when="2026-12-11 10:02 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="AO-26-03790",
        billed="720.00",
        body="Hallo,\n\nzu AO-26-03790 haben Sie uns doch am 12.11. schon eine Gutschrift über den vollen Betrag geschickt (GS-26-0412), weil die Hütte wegen des Wasserschadens gar nicht belegt werden konnte. Warum kommt jetzt eine Mahnung? Für uns ist die Sache erledigt.\n\nViele Grüße\nPetra Lindner\nKassiererin, Bergsteigergruppe Inntal e.V.",
        refs=("AO-26-03790",),
        note="already credited; 'erledigt' here means settled by the credit note, not paid",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        name="Nadia Benali",
        addr="tresorerie@randonneurs-vercors.example",
        when="2026-12-01 18:07 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04017",
        billed="2304.00",
        body="Bonsoir,\n\nLe tarif appliqué sur cette facture ne correspond pas au devis que vous nous aviez envoyé le 3 septembre : 24 € par nuitée et par personne au lieu des 18 € convenus, soit 576 € de trop pour nos 16 participants sur 6 nuits.\n\nMerci de nous adresser une facture rectifiée ; nous la réglerons dès réception.\n\nCordialement,\nNadia Benali\nTrésorière – Les Randonneurs du Vercors",
        note="price differs from the quote; the corrected-invoice request and the conditional payment are secondary",
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        name="Bertrand Morel",
        addr="b.morel@lycee-lesglieres.example",
        when="2026-11-25 07:58 +0100",
        client="apple",
        inv="AO-26-03884",
        billed="1890.00",
        body="Bonjour,\n\nJe conteste cette facture. Le matériel (skis, chaussures, casques) devait être livré au chalet le samedi 14 novembre au matin ; il est arrivé le lundi 16 à 17 h, alors que nos élèves étaient repartis la veille. Nous avons dû tout louer sur place chez un loueur de la station.\n\nNous ne paierons pas une location dont nous n’avons pas pu profiter.\n\nBertrand Morel\nProfesseur d’EPS, organisateur du séjour\nLycée Les Glières",
        note="service not delivered in time",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        name="Rafael Ortega",
        addr="secretaria@clubalpino-guadarrama.example",
        when="2026-12-15 17:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-04421",
        billed="860.00",
        body="Buenas tardes:\n\nEsta factura no es nuestra. El pedido que figura en ella (PO-7781) no corresponde a ningún pedido del club: este año no hemos alquilado tiendas ni hornillos, solo reservamos el refugio en agosto, y esa factura está pagada desde septiembre.\n\nPor favor, revisen a qué cliente corresponde y anúlenla.\n\nAtentamente,\nRafael Ortega\nSecretario – Club Alpino Guadarrama",
        note="not our order; the payment mentioned is of an earlier invoice",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        name="Anouk Visser",
        addr="a.visser@stedelijk-lyceum.example",
        when="2026-12-14 12:03 +0100",
        client="outlook_html",
        inv="AO-26-04083",
        billed="4375.00",
        body="Geachte heer, mevrouw,\n\nOp de factuur staan 25 paar ski’s en 25 paar schoenen, maar wij hebben er 19 gehuurd. Dat staat ook zo op de afleverbon die uw chauffeur op 26 oktober heeft laten aftekenen. Zes leerlingen hadden hun eigen materiaal bij zich.\n\nWilt u een gecorrigeerde factuur sturen voor 19 sets? Dan zorgen wij dat die snel betaald wordt.\n\nMet vriendelijke groet,\nAnouk Visser\nTeamleider bovenbouw, Stedelijk Lyceum Enschede",
        note="wrong quantity; the corrected invoice and payment that follow are conditional",
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        name="Ruud Hendriks",
        addr="ruud.hendriks.scouting@gmail.com",
        when="2026-12-18 20:55 +0100",
        client="gmail",
        inv="AO-26-04130",
        billed="1860.00",
        body="Hallo,\n\nWe betalen pas als de borg verrekend is. Jullie hebben de € 500 borg voor de Plattenalm na afloop in oktober nog steeds niet teruggestort, terwijl de hut volgens de beheerder keurig is achtergelaten. En nu komt er een herinnering voor het volle bedrag?\n\nTrek de borg eraf, stuur een nieuwe factuur en dan maken we het verschil over.\n\nGroet,\nRuud Hendriks\nStam Vuurvogels, Scouting Zwolle",
        note="'we betalen pas als …' contests the balance (deposit not offset); the payment is conditional",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        name="Giulia Conti",
        addr="viaggi@liceo-galilei-tn.example",
        when="2026-12-02 13:26 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-03955",
        billed="1050.00",
        body="Gentili signori,\n\nin merito alla fattura in oggetto vi segnalo che delle 30 paia di ciaspole noleggiate per l'uscita del 6 novembre, 5 sono state consegnate con gli attacchi rotti e non sono state utilizzate. I ragazzi interessati hanno dovuto rinunciare all'escursione.\n\nChiediamo pertanto l'emissione di una nota di credito per le 5 paia inutilizzabili. Il resto verrà saldato appena ricevuta la nota di credito.\n\nDistinti saluti\nGiulia Conti\nReferente uscite didattiche – Liceo Scientifico G. Galilei, Trento",
        note="damaged goods; payment of the rest depends on a credit note",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        name="Marco Bertolini",
        addr="marco.bertolini.guida@gmail.com",
        when="2026-11-23 21:12 +0100",
        client="gmail_plain",
        inv="AO-26-03598",
        billed="380.00",
        body="ciao, questa fattura e un doppione della AO-26-03561 che vi ho gia pagato a ottobre, stesso noleggio stessi giorni. controllate per favore\nMarco",
        refs=("AO-26-03561",),
        note="duplicate billing; missing accents ('e', 'gia'); the payment mentioned is of the other invoice",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        name="Fiona MacLeod",
        addr="fiona.macleod@dunmore-scouts.example",
        when="2026-12-08 19:20 +0000",
        client="gmail",
        inv="AO-26-04002",
        billed="1240.00",
        cur="GBP",
        body="Hi,\n\nI’m really sorry about this. Our fundraising for the autumn hut trip fell well short of what we’d hoped and we simply don’t have the full £1,240 in the account right now. Would you accept £250 a month from January until it’s cleared? I can set up a standing order as soon as you confirm.\n\nFiona MacLeod\nGroup Scout Leader, 14th Dunmore Scout Group",
        note="monthly instalments on hardship grounds; plan dates and amounts are not labelled",
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        name="Janet Obi",
        addr="janet.obi@brightpaths-youth.example",
        when="2026-11-26 11:44 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-03929",
        billed="3050.00",
        body="Dear Accounts team,\n\nWe are a small youth charity and the Alps trip in October was funded mostly by a grant that has since been cut by a third. I am writing to ask, in all honesty, whether you could reduce the balance on this invoice given our circumstances. We could pay €2,000 of the €3,050 straight away if you were able to accept that as full settlement.\n\nI appreciate this is a big ask and I am happy to talk it through on the phone.\n\nWith thanks and best wishes,\n\nJanet Obi\nProgramme Director\nBright Paths Youth Trust\nRegistered charity no. 1180417",
        note="asks for a reduced settlement on hardship grounds; the offered sum depends on acceptance, so it is neither a promise nor a dispute",
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        us=True,
        name="Mike Donnelly",
        addr="mdonnelly@lakeside-mountainguides.example",
        when="2026-12-14 13:02 -0500",
        client="samsung",
        inv="AO-26-04115",
        billed="2240.00",
        cur="USD",
        body="Can we have until after the holidays on this one? Cash is tight until the January course deposits come in. Not trying to dodge it, just need a few weeks.\n\nMike",
        note="a request for more time, not a commitment; 'after the holidays' could not be pinned to a date anyway",
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        name="Lena Brandstätter",
        addr="jugend@bergfreunde-hall.example",
        when="2026-12-09 20:10 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="AO-26-04144",
        billed="2160.00",
        body="Liebes Alpenhof-Team,\n\ndie Rechnung für die Hüttentour im Oktober ist für unsere Jugendgruppe auf einmal leider nicht zu stemmen, weil ein Sponsor kurzfristig abgesprungen ist. Wäre es möglich, den Betrag in drei Monatsraten zu je 720 EUR zu begleichen, beginnend im Januar?\n\nVielen Dank für Ihr Verständnis und liebe Grüße\nLena Brandstätter\nJugendreferentin, Bergfreunde Hall",
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        name="Stefan Huber",
        addr="buchhaltung@huber-bergreisen.example",
        when="2026-11-30 15:32 +0100",
        client="outlook",
        inv="AO-26-03976",
        billed="1390.00",
        body="Sehr geehrte Damen und Herren,\n\nwir haben heute eine Teilzahlung von 500,00 € überwiesen. Den Restbetrag von 890,00 € würden wir gerne Mitte Januar begleichen, wenn die Anzahlungen für die Wintersaison eingegangen sind. Ist das für Sie in Ordnung?\n\nMit freundlichen Grüßen\nStefan Huber\nHuber Bergreisen GmbH",
        note="part paid today, the rest asked for in January: payment_plan; the part payment is not labelled",
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        name="Hélène Giraud",
        addr="presidence@foyerrural-chartreuse.example",
        when="2026-12-14 10:50 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04151",
        billed="1725.00",
        body="Bonjour,\n\nNotre association traverse une période difficile : la subvention de la commune pour le séjour neige n’a toujours pas été versée et notre trésorerie est à sec. Serait-il possible d’étaler le règlement de cette facture sur trois mois (décembre, janvier, février) ?\n\nNous tenons à honorer notre dette et vous remercions par avance de votre compréhension.\n\nHélène Giraud\nPrésidente du Foyer rural de Chartreuse",
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        name="Ana Beltrán",
        addr="ampa@ceip-riosella.example",
        when="2026-12-10 09:15 +0100",
        client="iphone",
        inv="AO-26-04206",
        billed="2980.00",
        body="Hola, buenos días:\n\nSomos el AMPA que organizó la semana blanca de octubre. ¿Sería posible fraccionar el pago en dos plazos, la mitad en enero y la otra mitad en febrero? Varias familias todavía no han pagado su parte y no queremos adelantar el dinero de otras actividades.\n\nMuchas gracias,\nAna Beltrán\nTesorera AMPA CEIP Río Sella",
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        name="Xavier Roca",
        addr="xavier@guiasdelpirineo.example",
        when="2026-12-07 23:08 +0100",
        client="gmail_plain",
        inv="AO-26-04026",
        billed="3140.00",
        body="Hola, ¿qué tal?\n\nPrimero de todo, perdonad que no haya contestado antes. Este otoño ha sido complicado: empezamos la temporada con tres semanas de retraso porque no nevaba, se nos cancelaron dos grupos de Barcelona y encima a mi socio se le rompió la furgoneta en pleno puerto. No os cuento esto para dar pena, sino para que entendáis por qué vamos justos.\n\nEl material que nos alquilasteis funcionó genial y los clientes quedaron muy contentos, que conste. La idea es seguir trabajando con vosotros la próxima temporada.\n\nLo que os quería pedir es si nos podéis dar un poco más de margen con esta factura. Si os parece bien, os la iríamos pagando en partes conforme entren las reservas de enero, y en marzo como muy tarde estaría todo saldado.\n\nUn abrazo,\nXavier Roca\nGuías del Pirineo",
        note="long rambling hardship story; the request for more time and instalments comes in the third paragraph",
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        name="Henk Mulder",
        addr="penningmeester@sv-desneeuwuil.example",
        when="2026-12-03 21:03 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04041",
        billed="1290.00",
        body="Beste heer/mevrouw,\n\nAls vereniging hebben wij dit jaar minder leden dan verwacht en de contributie is nog niet volledig binnen. Is het mogelijk een betalingsregeling af te spreken, bijvoorbeeld in drie maandelijkse termijnen van € 430?\n\nMet sportieve groet,\nHenk Mulder\nPenningmeester Skivereniging De Sneeuwuil",
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        name="Sanne Jansen",
        addr="sanne@jansen-groepsreizen.example",
        when="2026-11-27 14:20 +0100",
        client="gmail",
        inv="AO-26-03968",
        billed="2560.00",
        body="Hoi,\n\nZouden we uitstel van betaling kunnen krijgen tot eind januari? Onze grootste klant betaalt zelf pas na de kerst en we willen niet rood staan. Als dat niet kan, hoor ik het graag, dan zoeken we een andere oplossing.\n\nGroetjes,\nSanne Jansen\nJansen Groepsreizen",
        note="asks for a deferral to a date; the date is requested, not promised, so promised_date stays null",
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        name="Roberto Fontana",
        addr="tesoreria@gev-valsassina.example",
        when="2026-11-24 18:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-03893",
        billed="1960.00",
        body="Buonasera,\n\nsiamo un’associazione di volontari e quest’anno le iscrizioni al corso di scialpinismo sono state molto inferiori al previsto. Vi chiediamo se è possibile rateizzare l’importo in quattro rate mensili, da gennaio ad aprile.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nRoberto Fontana\nTesoriere – Gruppo Escursionisti Valsassina",
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        name="Francesca Rinaldi",
        addr="direzione@albergo-paradiso-livigno.example",
        when="2026-12-16 09:05 +0100",
        client="apple_html",
        inv="AO-26-04259",
        billed="3420.00",
        body="Buongiorno,\n\nsarebbe possibile pagare metà dell’importo adesso e il saldo a fine stagione, verso metà aprile? La stagione è partita in ritardo e la liquidità di dicembre è quella che è.\n\nFatemi sapere, grazie.\n\nFrancesca Rinaldi\nAlbergo Paradiso – Livigno",
        note="half now, half in April, asked as a question: payment_plan, nothing paid or promised",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        us=True,
        name="Karen Wu",
        addr="kwu@alpine-explorers.example",
        when="2026-12-04 11:22 -0800",
        client="owa",
        inv="AO-26-04093",
        billed="5870.00",
        cur="USD",
        body="Hi,\n\nWe don't have this invoice in our system at all – I suspect it went to one of our trip leaders instead of AP. Could you resend it as a PDF to invoices@alpine-explorers.example? Our AP platform only picks up invoices sent to that address, and once it's in there it will go out with our next payment cycle.\n\nThanks,\nKaren Wu\nAccounts Payable Specialist\nAlpine Explorers Inc.",
        note="asks for the invoice to be resent to the AP intake address; the writer is the AP contact herself, so not wrong_contact and new_contact stays null",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        us=True,
        name="Tom Reyes",
        addr="treyes@lincolnwood-sd74.example",
        when="2026-12-01 14:35 -0600",
        client="outlook_html",
        inv="AO-26-03999",
        billed="4120.00",
        cur="USD",
        body="Good afternoon,\n\nBefore our district can release payment to a foreign vendor, we need a completed IRS Form W-8BEN-E on file for Alpenhof Outdoor GmbH. Could you please fill one out and send it back together with a copy of the invoice? As soon as both are in our system we can process the payment.\n\nThank you,\n\nTom Reyes\nAccounts Payable, Business Services\nLincolnwood School District 74\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information protected by federal and state law. Any unauthorized review, use, disclosure or distribution is prohibited.",
        note="tax form needed before payment; 'as soon as … we can process the payment' is not a promise",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        name="Sarah Pennington",
        addr="accounts@whitmore-grammar.example",
        when="2026-11-25 09:12 +0000",
        client="outlook",
        charset="windows-1252",
        inv="AO-26-03921",
        billed="2690.00",
        cur="GBP",
        body="Good morning,\n\nOur finance system has rejected this invoice because it doesn’t show our purchase order number. Please could you reissue it quoting PO 4500018823? Nothing wrong with the amount, it just can’t be paid without the PO on it.\n\nMany thanks,\nSarah Pennington\nFinance Officer, Whitmore Grammar School",
        note="reissue with a PO number; amount explicitly not contested",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        name="Wolfgang Reiter",
        addr="w.reiter@reiter-touristik.example",
        when="2026-12-16 10:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04377",
        billed="2895.00",
        body="Sehr geehrte Damen und Herren,\n\nbevor wir die Zahlung freigeben können, benötigen wir eine Bestätigung Ihrer Bankverbindung. Die IBAN auf Ihrer Rechnung AO-26-04377 weicht von der ab, die in unserem Kreditorenstamm hinterlegt ist (endend auf 4471).\n\nAus Sicherheitsgründen bitten wir um eine schriftliche Bestätigung auf Ihrem Firmenbriefpapier, unterschrieben von der Geschäftsführung. Alternativ genügt ein Rückruf unter der uns bekannten Telefonnummer.\n\nMit freundlichen Grüßen\nWolfgang Reiter\nFinanzbuchhaltung\n\nReiter Touristik GmbH & Co. KG · Ludwigstraße 21 · 83278 Traunstein\nSitz Traunstein, Registergericht Traunstein HRA 4417\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        refs=("AO-26-04377",),
        note="bank-details confirmation needed before payment",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        name="Marc Lefebvre",
        addr="marc.lefebvre@mjc-bellegarde.example",
        when="2026-11-23 15:47 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="AO-26-03854",
        billed="965.00",
        body="Bonjour,\n\nNous n'avons jamais reçu cette facture, ni par courrier ni par mail. Pourriez-vous nous la renvoyer en PDF ? Je la transmettrai aussitôt au trésorier pour paiement.\n\nMerci d'avance,\nMarc Lefebvre\nCoordinateur activités jeunesse - MJC de Bellegarde",
        note="never received, resend; passing it to the treasurer is neither a new contact nor a dated promise",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        name="Isabelle Roussel",
        addr="agence-comptable@lycee-champollion.example",
        when="2026-12-17 11:08 +0100",
        client="outlook_html",
        inv="AO-26-04488",
        billed="3615.00",
        body="Bonjour,\n\nNotre établissement étant un organisme public, nous ne pouvons régler que les factures déposées sur Chorus Pro. Votre facture AO-26-04488 nous a été adressée uniquement par courriel : merci de la déposer sur le portail en indiquant notre SIRET et le numéro d’engagement juridique EJ-2026-0318.\n\nDès qu’elle apparaîtra dans Chorus Pro, le mandatement pourra être fait.\n\nCordialement,\nIsabelle Roussel\nAgence comptable – Lycée Champollion, Grenoble",
        refs=("AO-26-04488",),
        note="public body: the invoice must be resubmitted through Chorus Pro with a commitment number",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        name="Pilar Navarro",
        addr="secretaria@ies-picosdeeuropa.example",
        when="2026-12-14 12:30 +0100",
        client="gmail",
        inv="AO-26-04199",
        billed="2475.00",
        body="Buenos días:\n\nPara poder tramitar el pago necesitamos que la factura vaya a nombre del instituto y no del profesor que hizo la reserva. Los datos son: IES Picos de Europa, NIF S3300417J, Avenida de Covadonga 12, 33550 Cangas de Onís (Asturias).\n\n¿Nos la pueden reenviar corregida? El importe está bien.\n\nUn saludo,\nPilar Navarro\nSecretaría – IES Picos de Europa",
        note="reissue to the school's legal name and tax number; amount not contested",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        name="Luismi Montes",
        addr="luismi.montes.bcn@gmail.com",
        when="2026-12-16 22:10 +0100",
        client="iphone",
        inv="AO-26-04367",
        billed="310.00",
        body="¿Me reenviáis la factura? No la encuentro por ningún lado",
        note="one-line request for a copy",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        name="Ingrid Smit",
        addr="administratie@tirolerhof-nl.example",
        when="2026-12-08 09:44 +0100",
        client="owa",
        inv="AO-26-04228",
        billed="1830.00",
        body="Goedemorgen,\n\nWij raken het overzicht een beetje kwijt: er staan bij ons drie betalingen aan Alpenhof in september en oktober, maar ik kan niet goed zien welke facturen daarmee voldaan zijn. Kunt u ons een rekeningoverzicht sturen met alle openstaande en betaalde facturen van dit jaar?\n\nDan kijken we daarna meteen wat er nog openstaat.\n\nMet vriendelijke groet,\nIngrid Smit\nAdministratie Hotel Tirolerhof",
        note="statement of account request; the earlier payments are not a claim that this invoice was paid",
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        name="Koen Peeters",
        addr="koen.peeters@bergwijzer.example",
        when="2026-11-26 16:10 +0100",
        client="gmail_inline",
        inv="AO-26-04188",
        billed="740.00",
        body="[[q:0-2]]\n\nWelke factuur is dit juist? Ik vind AO-26-04188 nergens terug in onze boekhouding. Kan u mij een kopie sturen? Dan bekijk ik het.\n\nKoen Peeters\nBergwijzer vzw\n\n[[q:3]]",
        refs=("AO-26-04188",),
        note="Flemish inline reply below the quoted invoice table; asks for a copy without contesting it",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        name="Sara Colombo",
        addr="amministrazione@montagnaviva-tour.example",
        when="2026-11-30 10:01 +0100",
        client="outlook_html",
        inv="AO-26-03941",
        billed="2210.00",
        body="Buongiorno,\n\nla fattura che ci avete inviato riporta la partita IVA della nostra vecchia società, che è stata fusa in Montagna Viva Tour S.r.l. a luglio. Per poterla registrare e pagare ci serve una fattura riemessa con i dati corretti: P.IVA IT02418870223, codice destinatario M5UXCR1.\n\nL’importo va bene, si tratta solo dell’intestazione.\n\nCordiali saluti\nSara Colombo\nUfficio amministrativo – Montagna Viva Tour S.r.l.",
        note="reissue with the correct VAT number; amount not contested",
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        name="Paolo Greco",
        addr="p.greco@scuolasci-monterosa.example",
        when="2026-12-18 08:40 +0100",
        client="iphone",
        inv="AO-26-04392",
        billed="1540.00",
        body="Buongiorno, potete mandarmi copia della fattura e un estratto conto aggiornato? Da noi non risulta niente in sospeso ma voglio controllare con il commercialista.\nGrazie\nPaolo Greco",
        note="'non risulta niente in sospeso' is doubt, not a dispute or a payment claim: asks for documents",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        name="Alan Whitcombe",
        addr="alan.whitcombe@kestrel-mc.example",
        when="2026-11-29 20:48 +0000",
        client="gmail",
        cc=("Gwen Price", "treasurer@kestrel-mc.example"),
        inv="AO-26-03914",
        billed="3275.00",
        body="Hello,\n\nThanks for the reminder, though I think it has come to the wrong person. I organised the Stubai week for the club, so my name will have been on the booking, and I can tell you everyone had a fantastic time – the boots were a huge improvement on what we had last year, and the hut warden was brilliant with the beginners.\n\nI don't handle any of the club's money, though. Invoices go to our treasurer, Gwen Price, at treasurer@kestrel-mc.example, and I've copied her in so she has it.\n\nBest wishes,\nAlan Whitcombe\nMeets Secretary, Kestrel Mountaineering Club",
        contact="treasurer@kestrel-mc.example",
        note="long friendly reply; the redirect comes in the second paragraph and the treasurer is also in Cc",
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        name="Harrington Travel Accounts",
        addr="accounts@harringtontravel.example",
        when="2026-12-09 09:03 +0000",
        client="notice",
        lag=0,
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-04470",
        billed="1915.00",
        body="Thank you for your email.\n\nPlease note that this mailbox is no longer monitored. Harrington Travel’s finance team has moved to a shared service centre, and supplier queries, statements and remittance requests should now be sent to supplierqueries@harrington-group.example.\n\nEmails sent to this address will not be read or forwarded.\n\nHarrington Travel Ltd",
        contact="supplierqueries@harrington-group.example",
        note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        name="Harrow Vale School Finance",
        addr="finance@harrowvale-schools.example",
        sent_to="finance@harrowvale-school.example",
        when="2026-12-17 07:12 +0000",
        client="owa",
        headers=(("Reply-To", "harrowvale.accounts@gmail.com"),),
        inv="AO-26-04481",
        billed="3980.00",
        cur="GBP",
        body="Dear Supplier,\n\nPlease be advised that with immediate effect our finance office has moved to a new e-mail system. All invoices, statements, reminders and remittance correspondence must now be sent to harrowvale.accounts@gmail.com only. Do not use any previous address as it is no longer in service.\n\nKindly confirm by return once your records have been updated, and send a copy of the outstanding invoice together with your current bank details so that we can process payment today.\n\nRegards,\nFinance Office\nHarrow Vale School",
        contact="harrowvale.accounts@gmail.com",
        note="phishing-like redirect: lookalike sender domain (-schools vs -school), free-mail Reply-To and target; the label records what the message asks for, checking it is the collector's job; the document request is secondary",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        name="Klaus Obermeier",
        addr="obermeier.klaus@gmail.com",
        when="2026-12-05 11:30 +0100",
        client="gmail_plain",
        inv="AO-26-04121",
        billed="1185.00",
        body="Grüß Gott,\n\nich bin seit der Jahreshauptversammlung im Oktober nicht mehr Kassier des Skiclubs. Das Amt hat Frau Sabine Kellner übernommen, bitte schicken Sie Rechnungen und Mahnungen künftig an kassier@skiclub-wildschoenau.example.\n\nIch habe ihr Ihre Mail auch schon weitergeleitet.\n\nMit freundlichen Grüßen\nKlaus Obermeier",
        contact="kassier@skiclub-wildschoenau.example",
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        name="Verena Pichler",
        addr="rezeption@hotel-sonnblick-kaprun.example",
        when="2026-11-26 14:14 +0100",
        client="outlook_html",
        inv="AO-26-03950",
        billed="2730.00",
        body="Sehr geehrte Damen und Herren,\n\ndiese Adresse ist die Rezeption unseres Hauses, Rechnungen werden hier nicht bearbeitet. Die Buchhaltung für alle unsere Hotels sitzt in der Zentrale in Salzburg; bitte wenden Sie sich direkt dorthin, telefonisch unter +43 662 000 417, Durchwahl 30.\n\nFreundliche Grüße\nVerena Pichler\nRezeption\nHotel Sonnblick ****",
        note="names the right department and a phone number but no address: new_contact null",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        name="Anne-Sophie Blanc",
        addr="as.blanc@cordee-aravis.example",
        when="2026-12-11 18:20 +0100",
        client="apple",
        inv="AO-26-04274",
        billed="860.00",
        body="Bonsoir,\n\nJe ne suis plus trésorière de la Cordée des Aravis depuis septembre. C’est désormais Pierre Vidal qui s’occupe des règlements : pierre.vidal@cordee-aravis.example.\n\nBonne soirée,\nAnne-Sophie Blanc",
        contact="pierre.vidal@cordee-aravis.example",
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        name="Montagne & Découverte",
        addr="compta@montagne-decouverte.example",
        when="2026-12-15 08:00 +0100",
        client="notice",
        lag=0,
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        inv="AO-26-04512",
        billed="1460.00",
        body="Bonjour,\n\nCette adresse n’est plus consultée depuis le 1er décembre 2026. Pour toute question relative aux factures et aux paiements, merci d’écrire désormais à fournisseurs@montagne-decouverte.example.\n\nVotre message n’a pas été transmis.\n\nMontagne & Découverte",
        contact="fournisseurs@montagne-decouverte.example",
        note="automatic 'no longer read' notice naming the new address: wrong_contact",
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        name="Álvaro Méndez",
        addr="alvaro.mendez@ies-sierranevada.example",
        when="2026-11-24 17:55 +0100",
        client="outlook_ios",
        cte="b64",
        inv="AO-26-03866",
        billed="2045.00",
        body="Hola,\n\nYo solo soy el profesor que organizó el viaje, no llevo los pagos. Eso lo gestiona la secretaría del instituto: secretaria@ies-sierranevada.example. Os agradecería que les escribierais directamente a ellos.\n\nGracias,\nÁlvaro",
        contact="secretaria@ies-sierranevada.example",
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        name="Carmen Vidal",
        addr="carmen@hostal-elpuerto-benasque.example",
        when="2026-12-02 10:40 +0100",
        client="gmail",
        cc=("Gestoría Ruiz", "Pagos@Gestoria-Ruiz.example"),
        inv="AO-26-04013",
        billed="1320.00",
        body="Buenos días:\n\nLes pongo en copia a nuestra gestoría, que es quien lleva todos los pagos a proveedores: Pagos@Gestoria-Ruiz.example. A partir de ahora, por favor, envíen las facturas y los avisos directamente a esa dirección.\n\nUn saludo,\nCarmen Vidal\nHostal El Puerto – Benasque",
        contact="pagos@gestoria-ruiz.example",
        note="address written in mixed case (labelled in lower case) and copied in Cc",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        name="Pieter Vos",
        addr="info@skiclub-alpendal.example",
        when="2026-12-16 13:00 +0100",
        client="thunderbird_bottom",
        inv="AO-26-04459",
        billed="1095.00",
        body="Hallo,\n\nDit is het algemene info-adres van de skiclub, dat lezen we maar eens per week. Facturen en herinneringen graag naar onze penningmeester: penningmeester@skiclub-alpendal.example.\n\nGroet,\nPieter Vos\nSecretaris Skiclub Alpendal",
        contact="penningmeester@skiclub-alpendal.example",
        note="bottom-posted below the full quoted reminder",
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        name="Mirjam de Wit",
        addr="info@mondzorg-leidscherijn.example",
        when="2026-11-23 10:15 +0100",
        client="outlook",
        charset="windows-1252",
        inv="AO-26-03842",
        billed="590.00",
        body="Goedemorgen,\n\nU heeft deze mail naar het verkeerde adres gestuurd. Wij zijn een tandartspraktijk in Utrecht en hebben nooit iets bij Alpenhof gehuurd. Waarschijnlijk is er bij het invoeren van het e-mailadres een tikfout gemaakt.\n\nMet vriendelijke groet,\nMirjam de Wit\nPraktijkmanager, Mondzorg Leidsche Rijn",
        note="not a customer at all; no new address",
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        name="Luca Pedrotti",
        addr="luca.pedrotti@ic-rovereto-est.example",
        when="2026-12-17 16:22 +0100",
        client="gmail",
        inv="AO-26-04447",
        billed="1680.00",
        body="Buongiorno,\n\nnon sono più io il referente per i viaggi d’istruzione: da quest’anno se ne occupa direttamente la segreteria. Per fatture e pagamenti scrivete ad amministrazione@ic-rovereto-est.example.\n\nCordiali saluti\nLuca Pedrotti",
        contact="amministrazione@ic-rovereto-est.example",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        us=True,
        name="",
        addr="jrhikingclub.treasurer@gmail.com",
        when="2026-12-12 09:41 -0500",
        client="iphone",
        inv="AO-26-04286",
        billed="520.00",
        cur="USD",
        body="Unsubscribe",
        note="one word, no display name",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        name="Geoffrey Hale",
        addr="g.hale@hale-mountainholidays.example",
        when="2026-12-01 12:05 +0000",
        client="outlook",
        charset="windows-1252",
        inv="AO-26-03990",
        billed="1455.00",
        body="Please stop emailing me about this account. I do not accept correspondence about invoices by e-mail. Any further communication should be sent by post to our registered office at 4 Mill Yard, Keswick, Cumbria.\n\nG. Hale\nDirector",
        note="post only",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        name="Debbie Walsh",
        addr="debbie.walsh@northern-snowsports.example",
        when="2026-12-09 17:33 +0000",
        client="gmail_inline",
        inv="AO-26-04215",
        billed="870.00",
        body="[[q:0-3]]\n\nWe paid this on the 2nd. Check your bank before you send these.\n\nAnd take me off whatever list this is. I'm a volunteer coach, not the club accountant, and I've had four of these now. I don't want any more.\n\nDebbie",
        note="inline reply mixing a payment claim, 'not the club accountant' (no new address) and a stop request: unsubscribe beats all but bounce, so no payment fields",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        name="Reinhard Schaller",
        addr="r.schaller@schaller-busreisen.example",
        when="2026-12-14 08:55 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04333",
        billed="2120.00",
        body="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie unsere Adresse aus Ihrem E-Mail-Verteiler für Mahnungen. Schriftverkehr in Rechnungsangelegenheiten wünschen wir ausschließlich per Post an unsere Geschäftsadresse.\n\nHochachtungsvoll\nR. Schaller\nSchaller Busreisen e.K.",
        note="remove from the list, post only",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        name="Dr. Gerhard Amann",
        addr="g.amann@amann-alpinreisen.example",
        when="2026-12-04 16:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-03867",
        billed="4480.00",
        body="Sehr geehrte Damen und Herren,\n\nwir verweisen auf unser Schreiben vom 6. November. Die Angelegenheit liegt inzwischen bei unserem Rechtsanwalt, Kanzlei Dr. Moser & Partner, Anichstraße 12, 6020 Innsbruck. Richten Sie weitere Schreiben bitte ausschließlich dorthin und sehen Sie von E-Mails an uns ab.\n\nMit freundlichen Grüßen\nDr. Gerhard Amann\nGeschäftsführer",
        note="'talk to our lawyer' (a postal address, no e-mail) plus stop e-mailing: unsubscribe, not wrong_contact",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        name="Patrick Gauthier",
        addr="patrick.gauthier74@gmail.com",
        when="2026-11-29 10:12 +0100",
        client="gmail_plain",
        inv="AO-26-03937",
        billed="690.00",
        body="Merci de retirer mon adresse de vos envois. Je ne souhaite plus recevoir de courriels de votre part.\n\nP. Gauthier",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        name="Sylvie Marchand",
        addr="direction@vars-aventure.example",
        when="2026-12-16 11:49 +0100",
        client="iphone",
        inv="AO-26-04340",
        billed="1210.00",
        body="STOP. Je ne veux plus recevoir ces relances automatiques sur cette adresse. Si vous avez un souci, appelez-moi.\n\nSylvie Marchand",
        note="'appelez-moi' does not soften the stop request",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        name="Joaquín Salas",
        addr="gerencia@albergue-monteperdido.example",
        when="2026-12-07 13:22 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-04164",
        billed="1380.00",
        body="Sres. de Alpenhof:\n\nLes ruego que dejen de enviar correos a esta dirección. Cualquier comunicación relativa a esta factura deberá hacerse por burofax a nuestro domicilio social.\n\nAtentamente,\nJoaquín Salas\nGerente",
        note="post only (burofax)",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        name="Nuria Campos",
        addr="nuria@aventuras-montsec.example",
        when="2026-12-17 19:26 +0100",
        client="gmail",
        inv="AO-26-04355",
        billed="1640.00",
        body="Esta factura está mal y se lo dijimos por teléfono hace un mes: nos cobran dos días de alquiler que no usamos.\n\nNo quiero recibir más correos automáticos. A partir de ahora hablen con nuestro abogado, que ya tiene toda la documentación.\n\nNuria Campos\nAventuras Montsec",
        note="dispute plus a stop request and 'talk to our lawyer': unsubscribe beats dispute",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        name="Bram Koster",
        addr="bramkoster.ski@gmail.com",
        when="2026-12-18 07:30 +0100",
        client="outlook_android",
        cte="b64",
        inv="AO-26-04462",
        billed="455.00",
        body="Graag afmelden voor deze mails. Ik wil ze niet meer ontvangen.\n\nBram",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        name="Giorgio Valentini",
        addr="giorgio@valentini-viaggi.example",
        when="2026-11-26 09:03 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        inv="AO-26-03931",
        billed="2045.00",
        body="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista di invio. Non desidero ricevere ulteriori e-mail di sollecito.\n\nDistinti saluti\nGiorgio Valentini",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        name="Sandro Zanella",
        addr="s.zanella@zanella-trekking.example",
        when="2026-12-14 22:18 +0100",
        client="gmail_plain",
        inv="AO-26-04318",
        billed="985.00",
        body="per qualsiasi cosa rivolgetevi al nostro avvocato, avv. Lorenzi di Belluno. non scrivete piu a questo indirizzo\nS. Zanella",
        note="'talk to our lawyer' without an address, plus stop writing; missing accent in 'piu'",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        name="Claire Hughes",
        addr="c.hughes@dovedale-academy.example",
        when="2026-11-25 09:30 +0000",
        client="notice",
        lag=0,
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-03880",
        billed="2355.00",
        cur="GBP",
        body="Thank you for your email. I am out of the office on a school residential until Monday 30 November with no access to email. If your message is urgent, please contact the school office on 01632 960 418.\n\nKind regards,\nClaire Hughes\nTrips & Visits Coordinator",
        back="2026-11-30",
        note="'until Monday 30 November' → that date itself",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        name="Ridgeline Adventure Travel Support",
        addr="support@ridgeline-adventures.example",
        when="2026-12-08 14:02 +0000",
        client="notice_alt",
        lag=0,
        subject="[Ticket #48213] {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        inv="AO-26-04235",
        billed="1710.00",
        body="Hi there,\n\nThanks for getting in touch! This is an automated message to let you know we've received your email. Your ticket number is #48213.\n\nOne of our team will get back to you within 2 working days. You can reply to this email to add more information to your ticket.\n\nRidgeline Adventure Travel – Customer Care",
        note="ticket acknowledgement without Auto-Submitted (X-Autoreply and Precedence only)",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        name="St Columba's High School",
        addr="office@stcolumbas-high.example",
        when="2026-12-18 15:40 +0000",
        client="notice",
        lag=0,
        subject="Auto: {orig}",
        headers=(AUTO_REPLIED,),
        inv="AO-26-04503",
        billed="3190.00",
        cur="GBP",
        body="The school office is now closed for the Christmas holidays. We reopen on Tuesday 5 January 2027 and will reply to your message then.\n\nWe wish you a very happy Christmas and a peaceful new year.\n\nSt Columba's High School",
        back="2027-01-05",
        note="holiday closure; the reopening day is the return date",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        name="Monika Strasser",
        addr="buchhaltung@strasser-reisen.example",
        when="2026-12-07 09:05 +0100",
        client="notice",
        lag=0,
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-04298",
        billed="1590.00",
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin vom 07.12. bis einschließlich 11.12.2026 nicht im Büro. Ab Montag, dem 14.12., bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Hager (j.hager@strasser-reisen.example).\n\nMit freundlichen Grüßen\nMonika Strasser",
        back="2026-12-14",
        note="the stated day back wins over 'bis einschließlich'; a colleague's address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        name="Florian Kofler",
        addr="florian@kofler-bergfuehrer.example",
        when="2026-11-25 10:11 +0100",
        client="notice",
        lag=0,
        subject="Abwesenheit: {orig}",
        inv="AO-26-03896",
        billed="620.00",
        body="Servus und danke für deine Nachricht!\n\nIch bin gerade auf Expedition am Cho Oyu und habe bis Anfang Jänner so gut wie keinen Empfang. Ab dem 11. Jänner 2027 bin ich wieder im Büro und melde mich dann.\n\nBerg Heil\nFlorian Kofler\nStaatlich geprüfter Berg- und Skiführer",
        back="2027-01-11",
        note="vacation responder without Auto-Submitted; Austrian 'Jänner'; the stated day back wins over the vague 'bis Anfang Jänner'",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        name="Caroline Faure",
        addr="c.faure@alpes-evasion.example",
        when="2026-12-14 08:02 +0100",
        client="notice",
        lag=0,
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-04455",
        billed="2265.00",
        body="Bonjour,\n\nJe suis absente du 14 au 18 décembre inclus. Je traiterai votre message à mon retour, le lundi 21 décembre.\n\nPour toute urgence concernant la facturation, vous pouvez joindre le standard au 04 79 00 00 00.\n\nCordialement,\nCaroline Faure",
        back="2026-12-21",
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        name="Service client Neige & Cimes",
        addr="service-client@neige-et-cimes.example",
        when="2026-12-03 16:30 +0100",
        client="notice_alt",
        lag=0,
        subject="[Dossier 2026-118734] Accusé de réception",
        headers=(AUTO_REPLIED,),
        inv="AO-26-04066",
        billed="1185.00",
        body="Bonjour,\n\nNous avons bien reçu votre message et l’avons enregistré sous le numéro de dossier 2026-118734.\n\nNotre équipe vous répondra dans un délai de 72 heures ouvrées. Merci de conserver ce numéro dans l’objet de vos prochains échanges.\n\nL’équipe Neige & Cimes",
        note="ticket acknowledgement; '72 heures ouvrées' is no return date",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        name="Beatriz Solís",
        addr="bsolis@turismoactivo-gredos.example",
        when="2026-12-02 11:15 +0100",
        client="notice",
        charset="iso-8859-1",
        lag=0,
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-04233",
        billed="1345.00",
        body="Gracias por su mensaje.\n\nEstaré fuera de la oficina por vacaciones y me incorporo el lunes 14 de diciembre. Durante mi ausencia no tendré acceso al correo electrónico.\n\nUn saludo,\nBeatriz Solís",
        back="2026-12-14",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        name="Esther van Leeuwen",
        addr="e.vanleeuwen@reisbureau-hoogland.example",
        when="2026-11-23 10:00 +0100",
        client="notice",
        lag=0,
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="AO-26-04012",
        billed="980.00",
        body="Dank voor uw bericht.\n\nIk ben afwezig tot en met vrijdag 27 november en lees in die periode mijn e-mail niet. Uw bericht wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nEsther van Leeuwen",
        back="2026-11-27",
        note="'tot en met X' is 'until X', resolved to X itself; 'not forwarded' does not make it wrong_contact",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        name="Klantenservice SneeuwReizen",
        addr="klantenservice@sneeuwreizen.example",
        when="2026-12-10 12:44 +0100",
        client="notice_alt",
        lag=0,
        subject="Re: {orig} [#20931]",
        headers=(AUTO_REPLIED,),
        inv="AO-26-04311",
        billed="2090.00",
        body="Beste relatie,\n\nBedankt voor je e-mail. We hebben je bericht ontvangen onder ticketnummer #20931. Een van onze medewerkers neemt binnen twee werkdagen contact met je op.\n\nDit is een automatisch gegenereerd bericht.\n\nTeam SneeuwReizen",
        note="ticket acknowledgement with a plain 'Re:' subject",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        name="Hotel Stella Alpina",
        addr="info@stellaalpina-cervinia.example",
        when="2026-12-01 08:30 +0100",
        client="notice",
        lag=0,
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
        inv="AO-26-04010",
        billed="2780.00",
        body="Gentile cliente,\n\nla ringraziamo per il suo messaggio. L’hotel è chiuso per lavori di ristrutturazione fino al 17 dicembre; la segreteria riprenderà servizio venerdì 18 dicembre e le risponderà al più presto.\n\nCordiali saluti\nHotel Stella Alpina",
        back="2026-12-18",
        note="the day the office resumes wins over 'fino al 17'",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        name="Matteo Sartori",
        addr="matteo@guidasartori.example",
        when="2026-11-28 07:50 +0100",
        client="notice",
        cte="8bit",
        lag=0,
        subject="Re: {orig}",
        inv="AO-26-03972",
        billed="450.00",
        body="Risposta automatica: sono in montagna con un gruppo e senza copertura telefonica. Leggerò la posta al mio rientro.\n\nMatteo Sartori – Guida alpina",
        note="no return date, no Auto-Submitted header, plain 'Re:' subject; 8-bit body",
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        name="Brian Keane",
        addr="brian.keane@ridgeway-outdoor.example",
        when="2026-12-15 10:02 +0000",
        client="outlook_ios",
        cte="b64",
        inv="AO-26-04329",
        billed="1260.00",
        body="Didn't we pay this already? I thought Carol sorted all the Alpenhof ones in October. Will check when I'm back at my desk.\n\nBrian",
        note="a question whether it was paid: no payment claim, no dispute, no commitment; a person answers it",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        name="Priya Nair",
        addr="priya.nair@horizon-schoolstravel.example",
        when="2026-11-30 13:15 +0000",
        client="gmail",
        inv="AO-26-03948",
        billed="2050.00",
        body="Noted, thanks – our finance team has it.\n\nWhile I have you: do you still rent avalanche transceivers and probes as a set? We have a group of 14 going to the Sellrain valley in February and I'd like a quote.\n\nBest,\nPriya Nair\nTrips Coordinator, Horizon Schools Travel",
        note="acknowledgement plus a sales question; 'our finance team has it' is neither a new contact nor a commitment",
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        name="Mark Tennant",
        addr="mark.tennant@ashgrove-college.example",
        when="2026-12-03 16:47 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04049",
        billed="1820.00",
        cur="GBP",
        body="Jen – is this the Easter trip one or the February half-term one? Can you check it against the trip budget before we pay anything?\n\nTa,\nM",
        note="internal note to a colleague sent to the supplier by mistake; no claim, dispute or commitment",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        name="Sabine Koch",
        addr="s.koch@skischule-arlberg-west.example",
        when="2026-11-25 12:40 +0100",
        client="iphone",
        inv="AO-26-03912",
        billed="990.00",
        body="Danke für die Info, ich kläre das intern und melde mich dann bei Ihnen.\n\nSabine Koch",
        note="acknowledgement; 'melde mich' is no payment commitment",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        name="Jean-Luc Perrin",
        addr="jlperrin@perrin-montagne.example",
        when="2026-11-27 17:02 +0100",
        client="gmail",
        inv="AO-26-03958",
        billed="1515.00",
        body="Bonjour,\n\nPouvez-vous me rappeler au 06 39 98 41 27 ? Je préfère en parler de vive voix, c’est un peu compliqué à expliquer par mail.\n\nJean-Luc Perrin",
        note="asks for a call without saying why",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        name="Agnès Leroy",
        addr="secretariat@college-stexupery-gap.example",
        when="2026-12-08 14:05 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="AO-26-04180",
        billed="2370.00",
        body="Bonjour,\n\nNotre gestionnaire est en arrêt maladie jusqu'à nouvel ordre. Je transmettrai votre message à son retour ou à la personne qui assurera son remplacement.\n\nCordialement,\nAgnès Leroy\nSecrétariat de direction, Collège Saint-Exupéry",
        note="written by a person, not an auto-reply; no return date and no new contact",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        name="Javier Molina",
        addr="jmolina@clubmontana-cuenca.example",
        when="2026-12-04 19:48 +0100",
        client="iphone",
        inv="AO-26-04069",
        billed="760.00",
        body="Recibido, gracias. Se lo paso a Tesorería.\n\nJavier",
        note="acknowledgement; passing it on is not a new contact",
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        name="Elena Ruiz",
        addr="elena.ruiz@montanayvalle.example",
        when="2026-12-14 11:30 +0100",
        client="gmail",
        inv="AO-26-04241",
        billed="1425.00",
        body="Hola:\n\nAprovecho este correo para preguntaros otra cosa: a uno de nuestros guías se le quedó un piolet (Grivel, mango azul, con las iniciales D.M. grabadas) en vuestro almacén de Innsbruck al devolver el material el 21 de noviembre. ¿Lo tenéis por ahí? Si es así, ¿podríais enviarlo con el próximo pedido?\n\nLa factura la mira nuestra gestora esta semana.\n\nGracias,\nElena Ruiz\nMontaña y Valle, Guías",
        note="lost-property question; 'la mira nuestra gestora esta semana' is no commitment to pay",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        name="Tim Verhoeven",
        addr="tim@verhoeven-outdoor.example",
        when="2026-12-11 16:58 +0100",
        client="outlook_android",
        cte="b64",
        inv="AO-26-04280",
        billed="830.00",
        body="Ontvangen. Ik kijk er na het weekend naar.\n\nTim",
        note="future tense 'ik kijk ernaar' is not a payment commitment",
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        name="Linda Dekker",
        addr="linda.dekker@ksg-hoorn.example",
        when="2026-11-24 20:20 +0100",
        client="apple",
        inv="AO-26-03875",
        billed="3960.00",
        body="Goedenavond,\n\nEven los van deze herinnering, die ik heb doorgezet naar onze administratie: kunnen we de Plattenalm voor de voorjaarsvakantie van 2027 (20 t/m 27 februari) al reserveren? We komen met ongeveer 30 leerlingen en 4 begeleiders.\n\nHartelijke groet,\nLinda Dekker\nCoördinator buitenlandse reizen, KSG Hoorn",
        note="booking question; passing the reminder on is not a new contact",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        name="Alessandro Bianchi",
        addr="a.bianchi@guide-dolomitiest.example",
        when="2026-12-07 18:15 +0100",
        client="iphone",
        inv="AO-26-04176",
        billed="675.00",
        body="Ricevuto, giro al commercialista e vi faccio sapere.\nAlessandro",
        note="acknowledgement; the accountant is not named with an address",
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        name="Cristina Moretti",
        addr="c.moretti@ist-valsugana.example",
        when="2026-12-16 10:44 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="AO-26-04353",
        billed="1905.00",
        body="Buongiorno,\n\nvi ho già risposto la settimana scorsa a questa stessa mail, non avete ricevuto la mia risposta? Vi prego di controllare e di farmi sapere, altrimenti ve la rimando.\n\nCordiali saluti\nCristina Moretti\nSegreteria amministrativa",
        note="refers to an earlier answer without saying what it was",
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
# The delivery reports, one builder per MTA; the human-readable text is written out per report
# --------------------------------------------------------------------------------------------

POSTFIX_SENDER = "MAILER-DAEMON@mail.alpenhof-outdoor.example (Mail Delivery System)"
EXO_SENDER = "Microsoft Outlook <postmaster@alpenhofoutdoor.onmicrosoft.example>"
EXO_HOST = "VI1P192MB0417.EURP192.PROD.OUTLOOK.example"


def plain(text: str, charset: Charset = "us-ascii", cte: Cte = "7bit") -> Mail:
    return text_part(text, subtype="plain", charset=charset, cte=cte)


def human_alt(b: Bounce, text: str, *, charset: Charset = "utf-8") -> Mail:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{html_paras(text, tag="p")}</body></html>'
    )
    parts = [
        plain(text, charset, "qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    ]
    return multipart("alternative", parts, boundary=bounce_boundary(b, 1))


def bounce_postfix_delay(b: Bounce) -> Mail:
    human = (
        "This is the mail system at host mail.alpenhof-outdoor.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mx1.fernhill-prep.example[198.51.100.23]:25:\n    Connection timed out\n"
    )
    dsn = Dsn(
        reporting="mail.alpenhof-outdoor.example",
        action="delayed",
        diagnostic="connect to mx1.fernhill-prep.example[198.51.100.23]:25: Connection timed out",
        hours=4,
        diag_type="X-Postfix",
    )
    parts = [
        plain(human),
        delivery_status(b, dsn),
        rfc822_headers(bounce_reminder(b, hours=4)),
    ]
    return finish_bounce(
        b, report(b, parts), sender=POSTFIX_SENDER, subject="Delayed Mail (still being retried)"
    )


def bounce_sendmail(b: Bounce) -> Mail:
    received = format_datetime((b.dt - timedelta(minutes=3)).astimezone(UTC))
    human = (
        f"The original message was received at {received}\nfrom mail.alpenhof-outdoor.example [203.0.113.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to exch01.oakfield-school.example.:\n"
        f">>> RCPT To:<{b.rcpt}>\n<<< 550 5.1.1 <{b.rcpt}>... User unknown\n550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    dsn = Dsn(
        reporting="mail.oakfield-school.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>... User unknown",
        remote="exch01.oakfield-school.example",
    )
    parts = [plain(human), delivery_status(b, dsn), rfc822(bounce_reminder(b, hours=0))]
    return finish_bounce(
        b,
        report(b, parts),
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mail.oakfield-school.example>",
        subject="Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Mail:
    copy = bounce_reminder(b, hours=0).as_string()
    text = (
        "Hi. This is the qmail-send program at mx.cragside-climbing.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <receivables@alpenhof-outdoor.example>\n"
        "Received: (qmail 30417 invoked from network); 8 Dec 2026 10:12:40 -0000\n"
        f"{copy}"
    )
    body = blank()
    body.set_payload(text)
    return finish_bounce(
        b,
        body,
        sender="MAILER-DAEMON@mx.cragside-climbing.example",
        subject="failure notice",
        mime=False,
    )


def bounce_exchange_de(b: Bounce) -> Mail:
    user, domain = b.rcpt.split("@")
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{user} wurde bei {domain} nicht gefunden.\n\n"
        "Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n"
        "Die Nachricht wurde nicht zugestellt, weil die E-Mail-Adresse des Empfängers im Zielsystem nicht gefunden wurde. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n"
        f"Statuscode: 550 5.1.10\nGenerierender Server: {EXO_HOST}\n"
        f"Empfängeradresse: {b.rcpt}\nAbsenderadresse: {AR_ADDR}"
    )
    dsn = Dsn(
        reporting=EXO_HOST,
        action="failed",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        remote="mx.sv-zugspitzblick.example",
    )
    parts = [
        human_alt(b, text),
        delivery_status(b, dsn),
        rfc822_headers(bounce_reminder(b, hours=0)),
    ]
    subject = "Unzustellbar: " + reminder_subject("de", b.inv)
    return finish_bounce(b, report(b, parts), sender=EXO_SENDER, subject=subject)


def bounce_exim_de(b: Bounce) -> Mail:
    sent = bounce_reminder(b, hours=25)
    human = (
        "Diese Nachricht wurde automatisch von der Mail-Software des Providers Bergnetz erstellt.\n\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden nicht an\nalle Empfänger zugestellt werden.\n\n"
        f"Betreff der Nachricht: {reminder_subject('de', b.inv)}\n"
        f"Datum der Nachricht:   {sent['Date']}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n    Grund: Das Postfach des Empfängers ist voll (452 4.2.2 Mailbox full)\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung wird noch einige Tage weiter\nversucht, und diese Warnung kann sich wiederholen. Erst wenn alle Versuche\nscheitern, erhalten Sie die Nachricht als unzustellbar zurück.\n"
    )
    dsn = Dsn(
        reporting="mx2.bergnetz.example",
        action="delayed",
        diagnostic="452 4.2.2 Mailbox full",
        remote="mbox3.bergnetz.example",
        hours=25,
    )
    parts = [plain(human, "utf-8", "qp"), delivery_status(b, dsn), rfc822_headers(sent)]
    return finish_bounce(
        b,
        report(b, parts),
        sender="Mail Delivery System <Mailer-Daemon@mx2.bergnetz.example>",
        subject="Warnung: Nachricht noch nicht zugestellt",
        extra=(("X-Mailer", "Exim 4.98"),),
    )


def bounce_exchange_fr(b: Bounce) -> Mail:
    text = (
        f"Votre message n'a pas pu être remis à {b.rcpt}.\n\n"
        "Le serveur de messagerie du destinataire a refusé l'adresse : cette boîte aux lettres n'existe pas.\n\n"
        "Comment résoudre le problème\n"
        "Vérifiez l'orthographe de l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen (par téléphone, par exemple) et demandez-lui sa nouvelle adresse.\n\n"
        "Informations supplémentaires pour les administrateurs de messagerie\n"
        f"Code d'état : 550 5.1.1\nServeur de génération : {EXO_HOST}\n"
        "Le serveur distant a retourné « 550 5.1.1 <"
        + b.rcpt
        + ">: Recipient address rejected: User unknown »"
    )
    dsn = Dsn(
        reporting=EXO_HOST,
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
        remote="mx1.ascm-montagne.example",
    )
    parts = [human_alt(b, text), delivery_status(b, dsn), rfc822(bounce_reminder(b, hours=0))]
    subject = "Non remis : " + reminder_subject("fr", b.inv)
    return finish_bounce(b, report(b, parts), sender=EXO_SENDER, subject=subject)


def bounce_exchange_es_delay(b: Bounce) -> Mail:
    text = (
        "La entrega del mensaje se ha retrasado.\n\n"
        f"Todavía no se ha podido entregar el mensaje a este destinatario:\n\n{b.rcpt}\n\n"
        "Office 365 seguirá intentando entregarlo durante 1 día, 18 horas y 42 minutos. Si no lo consigue, recibirá un aviso de que no se ha podido entregar. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Información de diagnóstico para administradores:\n"
        f"Servidor de generación: {EXO_HOST}\n"
        "El servidor remoto devolvió «400 4.4.7 Message delayed»"
    )
    dsn = Dsn(reporting=EXO_HOST, action="delayed", diagnostic="400 4.4.7 Message delayed", hours=6)
    parts = [
        human_alt(b, text),
        delivery_status(b, dsn),
        rfc822_headers(bounce_reminder(b, hours=6)),
    ]
    subject = "Entrega retrasada: " + reminder_subject("es", b.inv)
    return finish_bounce(b, report(b, parts), sender=EXO_SENDER, subject=subject)


def bounce_isp_es_full(b: Bounce) -> Mail:
    text = (
        "Este es un mensaje automático del servidor de correo correo.telered.example.\n\n"
        f"No ha sido posible entregar su mensaje al siguiente destinatario:\n\n    {b.rcpt}\n\n"
        "Motivo: el buzón del destinatario está lleno (552 5.2.2 cuota de almacenamiento superada).\n\n"
        "El destinatario no podrá recibir correo hasta que libere espacio en su buzón. Puede volver a enviar el mensaje más adelante.\n\n"
        "Se adjunta una copia de su mensaje.\n"
    )
    parts = [plain(text, "iso-8859-1", "qp"), rfc822(bounce_reminder(b, hours=0))]
    body = multipart("mixed", parts, boundary=bounce_boundary(b, 0))
    return finish_bounce(
        b,
        body,
        sender="Servicio de correo TeleRed <mailer-daemon@correo.telered.example>",
        subject="Mensaje no entregado: buzón lleno",
    )


def bounce_gmail_nl(b: Bounce) -> Mail:
    text = (
        "** Adres niet gevonden **\n\n"
        f"Je bericht is niet bezorgd bij {b.rcpt} omdat het adres niet is gevonden of geen e-mail kan ontvangen.\n\n"
        "Ga naar https://support.google.com/mail/?p=NoSuchUser voor meer informatie.\n\n"
        "Het antwoord van de externe server was:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b8e1a0c2f17si402911a12.88 - gsmtp"
    )
    dsn = Dsn(
        reporting="googlemail.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist. 41be03b00d2f7-b8e1a0c2f17si402911a12.88 - gsmtp",
        remote="aspmx.l.google.com",
    )
    parts = [human_alt(b, text), delivery_status(b, dsn), rfc822(bounce_reminder(b, hours=0))]
    return finish_bounce(
        b,
        report(b, parts),
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )


def bounce_gateway_nl(b: Bounce) -> Mail:
    sent = bounce_reminder(b, hours=1)
    text = (
        "Uw e-mail is tijdelijk vastgehouden\n\n"
        f"Afzender: {AR_ADDR}\nOntvanger: {b.rcpt}\nOnderwerp: {reminder_subject('nl', b.inv)}\nOntvangen: {sent['Date']}\n\n"
        "Het e-mailbeveiligingssysteem van de ontvanger heeft dit bericht tijdelijk vastgehouden voor een aanvullende controle (451 4.7.1 reputatie van de afzender wordt gecontroleerd). Het bericht wordt automatisch opnieuw aangeboden; u hoeft het niet opnieuw te versturen.\n\n"
        "Is het bericht binnen 48 uur niet afgeleverd, dan ontvangt u een nieuwe melding.\n\n"
        "MailVeilig Secure Gateway – dit is een automatisch bericht"
    )
    return finish_bounce(
        b,
        human_alt(b, text),
        sender="MailVeilig Gateway <noreply@mailveilig-gateway.example>",
        subject="Bericht vastgehouden: " + reminder_subject("nl", b.inv),
        extra=(("X-MailVeilig-Status", "deferred"),),
    )


def bounce_exchange_it(b: Bounce) -> Mail:
    text = (
        f"Impossibile recapitare il messaggio a {b.rcpt}.\n\n"
        "La cassetta postale del destinatario è stata disattivata e al momento non può ricevere messaggi.\n\n"
        "Come risolvere il problema\n"
        "Contatta il destinatario con un altro mezzo e chiedigli un indirizzo di posta elettronica attivo, poi invia di nuovo il messaggio.\n\n"
        "Ulteriori informazioni per gli amministratori della posta elettronica\n"
        f"Codice di stato: 550 5.2.1\nServer di generazione: {EXO_HOST}\n"
        "Il server remoto ha restituito '550 5.2.1 Mailbox disabled, not accepting messages'"
    )
    dsn = Dsn(
        reporting=EXO_HOST,
        action="failed",
        diagnostic="550 5.2.1 Mailbox disabled, not accepting messages",
        remote="mx.istitutoalberghiero-bormio.example",
    )
    parts = [
        human_alt(b, text),
        delivery_status(b, dsn),
        rfc822_headers(bounce_reminder(b, hours=0)),
    ]
    subject = "Non recapitabile: " + reminder_subject("it", b.inv)
    return finish_bounce(b, report(b, parts), sender=EXO_SENDER, subject=subject)


def bounce_isp_it_delay(b: Bounce) -> Mail:
    sent = bounce_reminder(b, hours=12)
    human = (
        "Questo è un messaggio automatico del sistema di posta di Posta Alpina.\n\n"
        f"Il messaggio seguente non è stato ancora recapitato al destinatario:\n\n    {b.rcpt}\n\n"
        f"Oggetto: {reminder_subject('it', b.inv)}\nInviato: {sent['Date']}\n\n"
        "Motivo: il server del destinatario non risponde (connessione scaduta).\n\n"
        "Il sistema continuerà a tentare il recapito per i prossimi 4 giorni. Non è necessario inviare di nuovo il messaggio: riceverà un nuovo avviso solo se il recapito non andrà a buon fine.\n"
    )
    dsn = Dsn(
        reporting="mx.postaalpina.example",
        action="delayed",
        diagnostic="connection timed out",
        remote="mail.rifugio-sassolungo.example",
        hours=12,
    )
    parts = [plain(human, "utf-8", "8bit"), delivery_status(b, dsn), rfc822_headers(sent)]
    return finish_bounce(
        b,
        report(b, parts),
        sender="Sistema di posta <mailer-daemon@mx.postaalpina.example>",
        subject="Avviso: messaggio non ancora recapitato",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Mail]] = {
    "postfix_delay": bounce_postfix_delay,
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exchange_de": bounce_exchange_de,
    "exim_de": bounce_exim_de,
    "exchange_fr": bounce_exchange_fr,
    "exchange_es_delay": bounce_exchange_es_delay,
    "isp_es_full": bounce_isp_es_full,
    "gmail_nl": bounce_gmail_nl,
    "gateway_nl": bounce_gateway_nl,
    "exchange_it": bounce_exchange_it,
    "isp_it_delay": bounce_isp_it_delay,
}

BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="trips@fernhill-prep.example",
        when="2026-11-30 14:26 +0100",
        mta="postfix_delay",
        inv="AO-26-03986",
        billed="2610.00",
        note="Postfix delay warning (RFC 3464, Action: delayed) with the returned headers only",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="bursar@oakfield-school.example",
        when="2026-12-03 09:41 +0100",
        mta="sendmail",
        inv="AO-26-04047",
        billed="3045.00",
        note="sendmail DSN from the recipient's side, full returned message",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@cragside-climbing.example",
        when="2026-12-08 11:12 +0100",
        mta="qmail",
        inv="AO-26-04249",
        billed="540.00",
        note="qmail non-MIME failure notice, status only as '(#5.1.1)'",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="kassa@sv-zugspitzblick.example",
        when="2026-11-24 08:47 +0100",
        mta="exchange_de",
        inv="AO-26-03863",
        billed="1175.00",
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.2.2",
        rcpt="huettenwart@bergsteigerdorf-ginzling.example",
        when="2026-12-15 10:05 +0100",
        mta="exim_de",
        inv="AO-26-04371",
        billed="830.00",
        note="Exim delay warning with a provider's German text; mailbox full, still being retried",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="tresorier@ascm-montagne.example",
        when="2026-12-01 09:22 +0100",
        mta="exchange_fr",
        inv="AO-26-04004",
        billed="1390.00",
        note="Exchange Online NDR in French",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="reservas@refugio-goriz.example",
        when="2026-12-09 15:33 +0100",
        mta="exchange_es_delay",
        inv="AO-26-04253",
        billed="980.00",
        note="Exchange Online delay notice in Spanish",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="5.2.2",
        rcpt="contabilidad@albergue-lospicos.example",
        when="2026-11-26 09:58 +0100",
        mta="isp_es_full",
        inv="AO-26-03905",
        billed="1265.00",
        note="provider notice in Spanish, multipart/mixed without a delivery-status part; mailbox full is soft even with a 5.x code",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="administratie@devalkschool.example",
        when="2026-12-04 09:16 +0100",
        mta="gmail_nl",
        inv="AO-26-04101",
        billed="2145.00",
        note="Gmail bounce with Dutch text under an English subject",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="financien@bergsportclub-twente.example",
        when="2026-12-17 10:31 +0100",
        mta="gateway_nl",
        inv="AO-26-04476",
        billed="615.00",
        note="security gateway hold notice in Dutch, HTML and text, no delivery-status part; the message is still being retried",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.2.1",
        rcpt="segreteria@istitutoalberghiero-bormio.example",
        when="2026-12-11 09:07 +0100",
        mta="exchange_it",
        inv="AO-26-04295",
        billed="1730.00",
        note="Exchange Online NDR in Italian; disabled mailbox",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.1",
        rcpt="ordini@rifugio-sassolungo.example",
        when="2026-11-27 21:40 +0100",
        mta="isp_it_delay",
        inv="AO-26-03963",
        billed="705.00",
        note="Italian provider delay notice, 8-bit body",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, file: str) -> Label:
    return Label(
        file=file,
        intent=r.intent,
        promised_date=r.promised,
        paid_date=r.paid,
        return_date=r.back,
        payment_reference=r.ref,
        amount=r.amount,
        currency=r.currency,
        new_contact=r.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(r.refs),
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
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


@dataclass(frozen=True, kw_only=True)
class Item:
    """One message of the corpus before it gets its shuffled file name."""

    key: str
    when: datetime
    message: Mail
    reply: Reply | None = None
    bounce: Bounce | None = None

    def label(self, file: str) -> Label:
        if self.reply is not None:
            return reply_label(self.reply, file)
        if self.bounce is not None:
            return bounce_label(self.bounce, file)
        raise ValueError(f"{self.key}: neither a reply nor a bounce")


def all_items() -> list[Item]:
    items = [Item(key=r.key, when=r.dt, message=build_reply(r), reply=r) for r in REPLIES]
    items += [
        Item(key=b.key, when=b.dt, message=BOUNCE_BUILDERS[b.mta](b), bounce=b) for b in BOUNCES
    ]
    return items


def shuffled(items: list[Item]) -> list[Item]:
    """A fixed order derived from the seed and each key: a file name says nothing about intent."""
    return sorted(items, key=lambda item: digest(item.key, "order"))


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DAY = re.compile(r"20\d\d-\d\d-\d\d")
AMOUNT = re.compile(r"\d+\.\d\d")
INVOICE = re.compile(r"AO-26-\d{5}")
STATUS = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
ONLY_FOR: dict[str, Intent] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "new_contact": "wrong_contact",
}


def check_message(name: str, data: bytes) -> None:
    """Parse back as a reader would: headers decoded, every text part decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", ()) or "=?" in str(value):
                raise SystemExit(f"{name}: header {key} not cleanly decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: a text part does not decode")


def label_problems(label: Label) -> Iterable[str]:
    """Everything wrong with the shape of one label (nothing, when it is right)."""
    if tuple(label) != LABEL_KEYS:
        yield "keys out of order"
    values = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "new_contact": label["new_contact"],
    }
    for field_name, value in values.items():
        if value is not None and label["intent"] != ONLY_FOR[field_name]:
            yield f"{field_name} set on {label['intent']}"
    for day in (label["promised_date"], label["paid_date"], label["return_date"]):
        if day is not None and (not ISO_DAY.fullmatch(day) or date.fromisoformat(day).year < 2026):
            yield f"bad date {day}"
    yield from money_problems(label)
    yield from bounce_problems(label)
    if any(not INVOICE.fullmatch(ref) for ref in label["invoice_refs"]):
        yield "bad invoice ref"
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        yield "new_contact must be a lower-case address"


def money_problems(label: Label) -> Iterable[str]:
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        yield "amount and currency go together"
    if amount is not None and not AMOUNT.fullmatch(amount):
        yield f"bad amount {amount}"
    if amount is not None and label["intent"] not in {"payment_sent", "promise_to_pay"}:
        yield "amount on an intent without a payment"
    if label["payment_reference"] is not None and label["intent"] != "payment_sent":
        yield "payment_reference on an intent without a payment"


def bounce_problems(label: Label) -> Iterable[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        if any(value is not None for value in fields):
            yield "bounce fields on a reply"
        return
    status = label["bounce_status"]
    if None in fields or status is None or not STATUS.fullmatch(status):
        yield "incomplete bounce fields"
    elif label["bounce_kind"] == "hard" and status.startswith("4."):
        yield "a 4.x.x status cannot be a hard bounce"


def check_labels(labels: list[Label], items: list[Item]) -> None:
    for label, item in zip(labels, items, strict=True):
        problems = list(label_problems(label))
        local_day = item.when.date()
        if not FIRST_DAY <= local_day <= LAST_DAY:
            problems.append(f"dated {local_day}, outside the corpus window")
        if problems:
            raise SystemExit(f"{label['file']} ({item.key}): {'; '.join(problems)}")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    per_intent = Counter(x["intent"] for x in labels)
    per_lang = Counter(x["language"] for x in labels)
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    wanted_langs: dict[Lang, int] = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
    errors = [f"{i}: {per_intent[i]} messages" for i in INTENTS if per_intent[i] != 12]
    errors += [f"{i}/{lang} empty" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    errors += [
        f"{lang}: {per_lang[lang]}" for lang, n in wanted_langs.items() if per_lang[lang] != n
    ]
    if kinds["hard"] != 6 or kinds["soft"] != 6:
        errors.append(f"bounce kinds {dict(kinds)}")
    if errors:
        raise SystemExit("count check failed: " + ", ".join(errors))


def check_specs() -> None:
    keys = [r.key for r in REPLIES] + [b.key for b in BOUNCES]
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(keys)) != len(keys) or len(set(invoices)) != len(invoices):
        raise SystemExit("duplicate keys or reminder invoice numbers")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    check_specs()
    items = shuffled(all_items())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(item.label(name))
    check_labels(labels, items)
    check_counts(labels)
    lines = [json.dumps(label, ensure_ascii=False) + "\n" for label in labels]
    (HERE / "labels.jsonl").write_text("".join(lines), encoding="utf-8")
    return labels


def main() -> int:
    labels = write_all()
    sys.stdout.write(count_table(labels) + "\n")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
