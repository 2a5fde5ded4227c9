# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Each paragraph of hand-written text sits on one source line, as a mail client sends it, with
# the typographic dashes, apostrophes and spaces that people and their clients really type.
"""Build held-out reply corpus 144: `h144-NNN.eml` files and `labels.jsonl`.

Every message is something that could land in the receivables mailbox of Harrowgate
Translation & Subtitling after it sent an overdue reminder: a customer's reply, an automatic
reply, a ticket acknowledgement, an accounts-payable notice or a delivery-failure report.

The new text of each message is written by hand below. The script adds only what a mail client
or a mail server would add: the quoted reminder in the client's layout and language, headers,
MIME structure, charsets and transfer encodings. It writes next to itself, deterministically
(fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock), parses
every file back and prints the count table.
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout144-20320112"
PREFIX = "h144"
AR_NAME = "Harrowgate Receivables"
AR_ADDR = "receivables@harrowgate-subtitles.example"
AR_DOMAIN = "harrowgate-subtitles.example"
NBSP = "\u00a0"
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2032, 1, 12)
LAST_DAY = date(2032, 2, 6)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
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
LABEL_KEYS = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# Which label fields each intent may fill (everything else stays null).
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

# --------------------------------------------------------------------------------------------
# Locale tables
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
# Outlook desktop: the separator line of a plain-text reply, the header labels and the date.
OUTLOOK_ORIGINAL = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_DATE = {
    "en": "{wd}, {d} {month} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{wd} {d} {month} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{wd} {d} {month} {y} {HH}:{MM}",
    "it": "{wd} {d} {month} {y} {HH}:{MM}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
ANDROID_FOOTER = {
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
# Characters a Latin-1 client cannot send, and what it sends instead.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered (Harrowgate's own text, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} vervallen",
    "it": "Sollecito di pagamento: fattura {inv} scaduta",
}
BANK_LINE = "IBAN GB47 EXMP 6083 7140 2199 87, BIC EXMPGB2L"
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that invoice {inv} for {amt} was due for payment on {due} and is still unpaid.\n\n"
        "  Invoice:   {inv}\n"
        "  Issued:    {issued}\n"
        "  Due:       {due}\n"
        "  Balance:   {amt}\n\n"
        "If payment is already on its way, please ignore this message, or reply with the date and reference so that we can match it. If something is wrong with the invoice, just reply to this e-mail and we will look into it.\n\n"
        "Bank details: Harrowgate Translation & Subtitling Ltd, sort code 60-83-71, account 40219987, "
        + BANK_LINE
        + ".\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "nach unseren Unterlagen ist die Rechnung {inv} über {amt} seit dem {due} fällig und noch nicht beglichen.\n\n"
        "  Rechnung:        {inv}\n"
        "  Rechnungsdatum:  {issued}\n"
        "  Fällig am:       {due}\n"
        "  Offener Betrag:  {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, betrachten Sie diese E-Mail bitte als gegenstandslos oder nennen Sie uns kurz Datum und Referenz. Bei Fragen zur Rechnung antworten Sie einfach auf diese Nachricht.\n\n"
        "Bankverbindung: Harrowgate Translation & Subtitling Ltd, " + BANK_LINE + "\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour.\n\n"
        "  Facture :          {inv}\n"
        "  Date d'émission :  {issued}\n"
        "  Échéance :         {due}\n"
        "  Solde dû :         {amt}\n\n"
        "Si le règlement est déjà parti, merci de ne pas tenir compte de ce message ou de nous indiquer la date et la référence du virement. Pour toute question sur cette facture, il suffit de répondre à ce courriel.\n\n"
        "Coordonnées bancaires : Harrowgate Translation & Subtitling Ltd, " + BANK_LINE + "\n\n"
        "Cordialement,\n\n"
        "Service comptabilité clients\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Según nuestros registros, la factura {inv} por importe de {amt} venció el {due} y sigue pendiente de pago.\n\n"
        "  Factura:            {inv}\n"
        "  Fecha de emisión:   {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amt}\n\n"
        "Si ya ha realizado el pago, le rogamos que ignore este mensaje o nos indique la fecha y la referencia de la transferencia. Si tiene cualquier consulta sobre la factura, basta con responder a este correo.\n\n"
        "Datos bancarios: Harrowgate Translation & Subtitling Ltd, " + BANK_LINE + "\n\n"
        "Atentamente,\n\n"
        "Departamento de cobros\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\n"
        "Volgens onze administratie is factuur {inv} van {amt} op {due} vervallen en nog niet betaald.\n\n"
        "  Factuur:       {inv}\n"
        "  Factuurdatum:  {issued}\n"
        "  Vervaldatum:   {due}\n"
        "  Openstaand:    {amt}\n\n"
        "Heeft u de betaling al gedaan, dan kunt u dit bericht als niet verzonden beschouwen of ons de datum en het kenmerk laten weten. Vragen over de factuur? Beantwoord dan gewoon deze e-mail.\n\n"
        "Bankgegevens: Harrowgate Translation & Subtitling Ltd, " + BANK_LINE + "\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri registri risulta che la fattura {inv} di {amt}, scaduta il {due}, non è ancora stata saldata.\n\n"
        "  Fattura:          {inv}\n"
        "  Data emissione:   {issued}\n"
        "  Scadenza:         {due}\n"
        "  Importo dovuto:   {amt}\n\n"
        "Se ha già provveduto al pagamento, consideri nullo il presente avviso oppure ci comunichi data e riferimento del bonifico. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Coordinate bancarie: Harrowgate Translation & Subtitling Ltd, " + BANK_LINE + "\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\n"
        "Harrowgate Translation & Subtitling Ltd\n"
        "receivables@harrowgate-subtitles.example | +44 113 496 0712"
    ),
}
REMINDER_DATE = {
    "en": "{d} {month} {y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{d} {month} {y}",
    "it": "{dd}/{mm}/{y}",
}


def date_words(lang: str, moment: datetime | date) -> dict[str, str]:
    """Every piece of a date or time a template may ask for, in `lang`."""
    hour, minute = (moment.hour, moment.minute) if isinstance(moment, datetime) else (0, 0)
    return {
        "wd": WEEKDAYS[lang].split()[moment.weekday()],
        "wda": WEEKDAYS_ABBR[lang].split()[moment.weekday()],
        "month": MONTHS[lang].split()[moment.month - 1],
        "mon": MONTHS_ABBR[lang].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(hour),
        "HH": f"{hour:02d}",
        "MM": f"{minute:02d}",
    }


def render(template: str, lang: str, moment: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of `moment` and any extra fields."""
    return template.format(**date_words(lang, moment), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder writes it in `lang` (`amount` is a plain decimal string)."""
    units, cents = amount.split(".")
    groups = [units[max(i - 3, 0) : i] for i in range(len(units), 0, -3)][::-1]
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        return f"{NBSP.join(groups)},{cents}{NBSP}{symbol}"
    if lang in {"nl", "it"}:
        return f"{symbol} {'.'.join(groups)},{cents}"
    return f"{'.'.join(groups)},{cents} {symbol}"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of text it cannot encode."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so that ids and boundaries never change."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """Upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    """The Message-ID Harrowgate's system gave the reminder a message answers."""
    return f"<dun.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def parse_when(when: str) -> datetime:
    """Parse "YYYY-MM-DD HH:MM +ZZZZ"."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def quote_plain(text: str) -> str:
    """Prefix every line with "> ", the way most clients quote."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per blank-line separated paragraph."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Word's MsoNormal paragraphs, one per line, with &nbsp; for blank lines."""
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, stuffing added."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content.removeprefix(" ")
        if content == "-- ":
            out.append(">" * depth + content)
            continue
        content = content.rstrip(" ")
        prefix = ">" * depth
        if not content:
            out.append(prefix)
            continue
        pieces = textwrap.wrap(
            content, width=width - depth, break_long_words=False, break_on_hyphens=False
        )
        for n, piece in enumerate(pieces):
            soft = " " if n < len(pieces) - 1 else ""
            stuffed = " " + piece if depth or piece.startswith((" ", ">", "From ")) else piece
            out.append(prefix + stuffed + soft)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def make_charset(name: str, cte: str) -> cs.Charset:
    """A Charset that encodes bodies the way the sending client does."""
    charset = cs.Charset(name)
    # None (8bit or 7bit) sends the body as it is; the stubs only allow an int here.
    charset.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    """One text/* part; refuses text that the declared charset cannot carry."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client sends it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To value with the display name encoded as the client would."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return f"{Header(name, charset).encode()} <{addr}>"


def alternative(plain: str, markup: str, charset: str, cte: str) -> MIMEMultipart:
    """multipart/alternative with a text and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def headers_last(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    for child in children:
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending software's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        raw = digest(key, f"boundary{n}")
        if prefix == "apple":
            h = raw.hex().upper()
            boundary = f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        elif prefix == "gmail":
            boundary = "0000000000" + raw.hex()[:18]
        elif prefix == "outlook":
            boundary = f"_00{n}_{token(key, f'b{n}', 40)}_"
        else:
            boundary = f"----=_Part_{int.from_bytes(raw[:3], 'big')}_{int.from_bytes(raw[3:7], 'big')}.{int.from_bytes(raw[7:13], 'big')}"
        part.set_boundary(boundary)


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------

NOTICE_STYLES = frozenset({"notice", "notice_html"})
OUTLOOK_STYLES = frozenset({"outlook", "outlook_html", "html_only", "android"})


def lab(refs: Sequence[str] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """The label fields of a message beyond intent and language."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, with the client that sent it."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amt: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    reply: bool = True
    rto: tuple[str, str] = ("", "")

    @property
    def dt(self) -> datetime:
        """When the message was sent, in the sender's own offset."""
        return parse_when(self.when)

    @property
    def uk(self) -> bool:
        """UK senders write in GMT in January and February; everyone else in CET."""
        return self.dt.utcoffset() == timedelta(0)

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.uk else "EUR"

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang


@dataclass(frozen=True)
class Reminder:
    """The reminder a reply answers, as Harrowgate's system sent it."""

    key: str
    lang: str
    inv: str
    amt: str
    currency: str
    sent: datetime
    to: tuple[str, str]

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    def dates(self) -> tuple[date, date]:
        """Invoice and due date: 30-day terms for last year's invoices, 14 days for this year's."""
        spread = digest(self.key, "terms")[0]
        year = 2000 + int(self.inv[-2:])
        if year == self.sent.year:
            due = self.sent.date() - timedelta(days=4 + spread % 3)
            issued = due - timedelta(days=14)
        else:
            due = self.sent.date() - timedelta(days=8 + spread % 12)
            issued = due - timedelta(days=30)
        if issued.year != year:
            raise ValueError(f"{self.key}: invoice {self.inv} would be dated {issued}")
        return issued, due

    def text(self) -> str:
        """The reminder's body."""
        issued, due = self.dates()
        form = REMINDER_DATE[self.lang]
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            amt=money(self.amt, self.currency, self.lang),
            issued=render(form, self.lang, issued),
            due=render(form, self.lang, due),
        )

    def message(self) -> Message:
        """The reminder as a whole message (returned inside some bounces)."""
        msg = text_part(self.text(), "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = mailbox(*self.to, "utf-8")
        msg["Subject"] = encoded_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        headers_last(msg)
        return msg


def reminder_for(r: Reply) -> Reminder:
    """The reminder `r` answers: sent shortly before an automatic notice, or on an earlier working day."""
    if r.style in NOTICE_STYLES:
        sent = r.dt.astimezone(UK) - timedelta(minutes=1 + digest(r.key, "lag")[0] % 3)
    else:
        day = r.dt.astimezone(UK).date() - timedelta(days=1 + digest(r.key, "lag")[0] % 2)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        sent = datetime(
            day.year, day.month, day.day, 8, 30, digest(r.key, "sec")[0] % 50, tzinfo=UK
        )
    return Reminder(
        r.key,
        r.reminder_lang,
        r.inv,
        r.amt,
        r.currency,
        sent,
        r.rto if r.rto[1] else r.who,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it: in the sender's zone and locale."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def quoted(r: Reply) -> Quoted:
    """What the reply quotes, already adjusted to the reply's charset."""
    rem = reminder_for(r)
    text, subject = rem.text(), rem.subject
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    name, addr = rem.to
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    if r.charset == "iso-8859-1":
        to = latin1(to)
    return Quoted(text, subject, rem.sent.astimezone(r.dt.tzinfo), r.lang, to)


def outlook_lines(q: Quoted) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block of an Outlook reply, as (label, value) pairs."""
    frm, sent, to, subj, _ = OUTLOOK_FIELDS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(OUTLOOK_DATE[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quoted) -> str:
    """The header block as plain text."""
    sep = OUTLOOK_FIELDS[q.lang][4]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_lines(q))


def word_html(r: Reply, q: Quoted) -> str:
    """Outlook's Word-generated HTML: the reply, the divider div, the header block, the reminder."""
    sep = OUTLOOK_FIELDS[q.lang][4].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_lines(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def gmail_attribution(q: Quoted) -> str:
    """Gmail's "On … wrote:" line in the sender's language."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    text = f"{r.body}\n\n{OUTLOOK_ORIGINAL[q.lang]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, HTML: multipart/alternative with Word markup."""
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_html(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    text = f"{r.body}\n\n{ANDROID_FOOTER[q.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail: multipart/alternative, the reminder in a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_plain(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: "> " quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_plain(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_plain(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quoted) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quote_plain(apple_attribution(q) + chr(10) * 2 + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: attribution without the address; format=flowed when it writes UTF-8."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attribution}\n{quote_plain(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quoted | None) -> Message:
    """An automatic notice: plain text that quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quoted | None) -> Message:
    """An automatic notice sent as text and HTML."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        f'{r.charset}"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        f"{html_paragraphs(r.body)}\n</body></html>\n"
    )
    return alternative(r.body + "\n", markup, r.charset, r.cte)


QUOTING_STYLES: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
}
NOTICE_BUILDERS: dict[str, Callable[[Reply, Quoted | None], Message]] = {
    "notice": style_notice,
    "notice_html": style_notice_html,
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{lang}"),
    ),
}
BOUNDARY_STYLE = {
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "outlook": "outlook",
    "outlook_html": "outlook",
    "html_only": "outlook",
    "android": "outlook",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID in the shape the sending client or system uses, derived from the key."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES:
        host = f"{'LO2P265' if r.uk else 'AM9PR08'}MB{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        region = "GBRP265" if r.uk else "EURPRD08"
        return f"<{host}{token(r.key, 'ms', 24)}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{token(r.key, 'notice', 20).lower()}.{int.from_bytes(raw[:4], 'big')}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    """The subject: the client's reply prefix on the reminder's subject, unless set by hand."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.style in OUTLOOK_STYLES else "Re: "
    return prefix + q.subject


def with_attachment(body: Message, attach: tuple[str, bytes] | None) -> Message:
    """Wrap a body and a PDF in multipart/mixed, when there is an attachment."""
    if attach is None:
        return body
    name, data = attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def finalize(msg: Message, key: str, boundary_style: str) -> Message:
    """Order the headers, trim inner MIME-Version lines and fix the boundaries."""
    headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, boundary_style)
    return msg


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    q = quoted(r)
    if r.style in NOTICE_BUILDERS:
        body = NOTICE_BUILDERS[r.style](r, q)
    else:
        body = QUOTING_STYLES[r.style](r, q)
    msg = with_attachment(body, r.attach)
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.reply:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.style in OUTLOOK_STYLES:
        extra += [
            ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in CLIENT_HEADERS.get(r.style, ()):
        extra.append((name, value.format(lang=CONTENT_LANGUAGE[r.lang])))
    for name, value in [*extra, *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, BOUNDARY_STYLE.get(r.style, "part"))


# --------------------------------------------------------------------------------------------
# Delivery-failure reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A report that a reminder to `rcpt` could not be delivered (yet)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    rname: str
    when: str
    inv: str
    amt: str
    builder: str
    delay_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """When the report was generated."""
        return parse_when(self.when)

    @property
    def reminder(self) -> Reminder:
        """The reminder that failed, in the recipient's language and currency."""
        currency = "GBP" if self.lang == "en" else "EUR"
        sent = self.dt.astimezone(UK) - timedelta(minutes=self.delay_minutes)
        return Reminder(
            self.key,
            self.lang,
            self.inv,
            self.amt,
            currency,
            sent,
            (self.rname, self.rcpt),
        )

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def ds_block(lines: Sequence[str]) -> Message:
    """One header block of a message/delivery-status part."""
    return message_from_bytes(("\n".join(lines) + "\n").encode())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str = "",
    remote: str = "",
    received_from: str = "",
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    arrival = format_datetime(b.reminder.sent.astimezone(b.dt.tzinfo))
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if received_from:
        per_message.append(f"Received-From-MTA: dns; {received_from}")
    per_message.append(f"Arrival-Date: {arrival}")
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        per_recipient.append(f"Remote-MTA: dns; {remote}")
    if diagnostic:
        per_recipient.append(f"Diagnostic-Code: smtp; {diagnostic}")
    per_recipient.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([ds_block(per_message), ds_block(per_recipient)])
    return part


def returned_headers(b: Bounce) -> Message:
    """The failed reminder's headers as text/rfc822-headers."""
    text = "".join(
        f"{k}: {v}\n"
        for k, v in b.reminder.message().items()
        if k not in {"Content-Transfer-Encoding", "MIME-Version", "Content-Type"}
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """The whole failed reminder as message/rfc822."""
    return MIMEMessage(b.reminder.message())


def report(*parts: Message) -> MIMEMultipart:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def exchange_human(text: str, charset: str = "utf-8") -> MIMEMultipart:
    """Office 365's human-readable part: the same text as plain and as simple HTML."""
    paragraphs = text.split("\n\n")
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset='
        f'{charset}">\n</head>\n<body>\n'
        "<div style=\"font-family:'Segoe UI',sans-serif;font-size:11pt;color:#212121\">\n"
        f'<p style="font-size:16pt;color:#C00000"><b>{html.escape(paragraphs[0], quote=False)}</b></p>\n'
        + "".join(f"<p>{html_text(p)}</p>\n" for p in paragraphs[1:])
        + "</div>\n</body>\n</html>\n"
    )
    return alternative(text + "\n", markup, charset, "qp")


def exchange_host(b: Bounce, region: str) -> str:
    """A server name in Office 365's style."""
    n = int.from_bytes(digest(b.key, "host")[:2], "big") % 9000 + 1000
    return f"{region[:3]}P{n % 300 + 100}MB{n}.{region}.PROD.OUTLOOK.COM"


def bounce_sendmail_host_unknown(b: Bounce) -> tuple[Message, str, str]:
    """A forwarding relay (Sendmail) that finds the recipient's domain gone."""
    relay = "relay.fwdmail-north.example"
    human = (
        f"The original message was received at {format_datetime(b.reminder.sent)}\n"
        "from mail-sor-f65.google.com [209.85.220.65]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.2 Host unknown (Name server: {b.domain}: host not found))\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host unknown (Name server: {b.domain}: host not found)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, relay, "failed", received_from="mail-sor-f65.google.com"),
        returned_headers(b),
    )
    return (
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail_user_unknown(b: Bounce) -> tuple[Message, str, str]:
    """qmail's plain, non-MIME failure notice with the message copied below it."""
    original = b.reminder.message().as_string()
    text = (
        "Hi. This is the qmail-send program at mx.ashgrovehosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.73 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 198.51.100.73.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <receivables@harrowgate-subtitles.example>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.reminder.sent)}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return msg, "MAILER-DAEMON@mx.ashgrovehosting.example", "failure notice"


def bounce_gmail_delay(b: Bounce) -> tuple[Message, str, str]:
    """Gmail's delay notice for a reminder sent through Google."""
    lines = [
        "** Message delayed **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        f"The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx1.{b.domain}. 198.51.100.20: timed out]",
    ]
    markup = (
        "<html><body>\n"
        + "".join(f"<p>{html.escape(x, quote=False)}</p>\n" for x in lines)
        + "</body></html>\n"
    )
    msg = report(
        alternative("\n\n".join(lines) + "\n", markup, "utf-8", "qp"),
        delivery_status(
            b,
            "googlemail.com",
            "delayed",
            f"The recipient server did not accept our requests to connect. [mx1.{b.domain}. 198.51.100.20: timed out]",
            f"mx1.{b.domain}",
            "mail-sor-f41.google.com",
        ),
        returned_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_o365_de_policy(b: Bounce) -> tuple[Message, str, str]:
    """Office 365 in German: a transport rule of the recipient's organisation refuses the mail."""
    host = exchange_host(b, "DEUP281")
    diag = "550 5.7.1 Delivery not authorized, message refused"
    text = (
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.\n\n"
        "Die Organisation des Empfängers lässt Nachrichten an diese Adresse nur von freigegebenen Absendern zu. Ihre Adresse gehört nicht dazu, deshalb wurde die Nachricht abgewiesen.\n\n"
        "Wie behebe ich das Problem?\n"
        "Bitten Sie den Empfänger auf einem anderen Weg, Ihre Adresse als zugelassenen Absender eintragen zu lassen, und senden Sie die Nachricht danach erneut.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {host}\n\n"
        f"{b.rcpt}\n"
        f"Remoteserver hat '{diag}' zurückgegeben."
    )
    msg = report(
        exchange_human(text),
        delivery_status(b, host, "failed", diag),
        returned_message(b),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.reminder.subject}",
    )


def bounce_exim_de_full(b: Bounce) -> tuple[Message, str, str]:
    """A German hosting company's Exim, localised: delay warning because the mailbox is full."""
    text = (
        "Diese Nachricht wurde automatisch vom Mailserver mail.kaiserhost.example erstellt.\n\n"
        "Ihre Nachricht konnte einem Empfänger seit mehr als 24 Stunden nicht zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        "    Postfach voll: Das Postfach des Empfängers hat sein Speicherlimit erreicht.\n"
        f"    SMTP-Fehler nach RCPT TO:<{b.rcpt}>: 452 4.2.2 Mailbox full\n\n"
        "Sie müssen nichts unternehmen. Der Server versucht die Zustellung weiter. Gelingt sie innerhalb von vier Tagen nicht, erhalten Sie eine Fehlermeldung, und die Nachricht geht an Sie zurück.\n\n"
        f"Betreff der Nachricht: {b.reminder.subject}\n"
        f"Datum der Nachricht:   {format_datetime(b.reminder.sent)}\n"
        "Nachrichten-ID:        1vQ7Za-0003Hk-8P\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return (
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.kaiserhost.example>",
        "Warnung: Nachricht 1vQ7Za-0003Hk-8P seit 24 Stunden nicht zugestellt",
    )


def bounce_o365_fr_unknown(b: Bounce) -> tuple[Message, str, str]:
    """Office 365 in French: the recipient address does not exist."""
    host = exchange_host(b, "FRAP264")
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    text = (
        f"Votre message n'a pas pu être remis à {b.rcpt}, car cette adresse est introuvable ou n'accepte pas de courrier.\n\n"
        "Comment résoudre ce problème ?\n"
        "Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, joignez le destinataire par un autre moyen pour obtenir son adresse actuelle.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {host}\n\n"
        f"{b.rcpt}\n"
        f"Le serveur distant a retourné « {diag} »"
    )
    msg = report(
        exchange_human(text),
        delivery_status(b, host, "failed", diag),
        returned_headers(b),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.reminder.subject}",
    )


def bounce_provider_fr_full(b: Bounce) -> tuple[Message, str, str]:
    """A French mail provider's single-part notice in ISO-8859-1: mailbox over quota."""
    rem = b.reminder
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.mailo-pro.example.\n\n"
        "Votre message n'a pas pu être délivré : la boîte aux lettres du destinataire a dépassé la taille autorisée.\n\n"
        f"    Destinataire : {b.rcpt}\n"
        "    Réponse du serveur distant : 552 5.2.2 Quota dépassé (mailbox full)\n\n"
        "Vous pouvez réessayer plus tard ou prévenir votre correspondant par un autre moyen.\n\n"
        "------ En-têtes du message d'origine ------\n"
        f"From: {AR_NAME} <{AR_ADDR}>\n"
        f"To: {b.rcpt}\n"
        f"Subject: {latin1(rem.subject)}\n"
        f"Date: {format_datetime(rem.sent)}\n"
        f"Message-ID: {reminder_msgid(b.key)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return (
        msg,
        "Service de messagerie <mailer-daemon@smtp.mailo-pro.example>",
        "Message non délivré : boîte aux lettres pleine",
    )


def bounce_provider_es_unknown(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish hosting company's RFC 3464 report: the mailbox does not exist."""
    mta = "correo.alojamientoiberico.example"
    human = (
        f"Este es un mensaje generado automáticamente por el servidor de correo {mta}.\n\n"
        "No ha sido posible entregar su mensaje a los siguientes destinatarios. Se trata de un error permanente y no se volverá a intentar.\n\n"
        f"<{b.rcpt}>: el buzón no existe.\n"
        f"    El servidor remoto respondió: 550 5.1.1 <{b.rcpt}>: User unknown\n\n"
        "Se adjuntan las cabeceras del mensaje original.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, mta, "failed", f"550 5.1.1 <{b.rcpt}>: User unknown", f"mx.{b.domain}"),
        returned_headers(b),
    )
    return (
        msg,
        f"Sistema de entrega de correo <MAILER-DAEMON@{mta}>",
        "Mensaje no entregado: dirección desconocida",
    )


def bounce_o365_es_delay(b: Bounce) -> tuple[Message, str, str]:
    """Office 365 in Spanish: delivery delayed."""
    host = exchange_host(b, "EURP195")
    diag = "451 4.4.7 Message delayed; the destination server did not respond in time"
    text = (
        "La entrega está retrasada para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.reminder.subject}\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo durante 1 día y 18 horas más y le avisaremos si no es posible entregarlo en ese plazo.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {host}\n"
        f"Destinatario: {b.rcpt}\n"
        f"Error del servidor remoto: '{diag}'"
    )
    msg = report(
        exchange_human(text),
        delivery_status(b, host, "delayed", diag),
        returned_headers(b),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Retrasado: {b.reminder.subject}",
    )


def bounce_provider_nl_delay(b: Bounce) -> tuple[Message, str, str]:
    """A Dutch provider's plain delay notice: the recipient's server does not answer."""
    rem = b.reminder
    text = (
        "Dit is een automatisch bericht van de mailserver mail.polderhosting.example.\n\n"
        "Uw bericht aan de onderstaande ontvanger kon nog niet worden afgeleverd, omdat de ontvangende server niet reageert. We proberen het de komende drie dagen opnieuw; u hoeft zelf niets te doen.\n\n"
        f"  Ontvanger:      {b.rcpt}\n"
        "  Status:         4.4.1 (verbinding verlopen)\n"
        f"  Eerste poging:  {format_datetime(rem.sent.astimezone(b.dt.tzinfo))}\n"
        f"  Onderwerp:      {rem.subject}\n\n"
        "Lukt het niet binnen drie dagen, dan krijgt u een definitieve foutmelding.\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return (
        msg,
        "Mailserver Polderhosting <postmaster@mail.polderhosting.example>",
        "Vertraagde bezorging: uw bericht is nog niet afgeleverd",
    )


def bounce_o365_it_disabled(b: Bounce) -> tuple[Message, str, str]:
    """Office 365 in Italian: the mailbox has been disabled."""
    host = exchange_host(b, "EURP193")
    diag = "550 5.2.1 Mailbox disabled, not accepting messages"
    text = (
        f"Il messaggio non è stato recapitato a {b.rcpt}: la cassetta postale del destinatario è stata disattivata e non accetta più messaggi.\n\n"
        "Come posso risolvere il problema?\n"
        "Contatta il destinatario in un altro modo per sapere a quale indirizzo scrivere.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {host}\n\n"
        f"{b.rcpt}\n"
        f"Il server remoto ha restituito '{diag}'"
    )
    msg = report(
        exchange_human(text),
        delivery_status(b, host, "failed", diag),
        returned_message(b),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Recapito non riuscito: {b.reminder.subject}",
    )


def bounce_provider_it_policy(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider's RFC 3464 report: a temporary policy refusal (greylisting)."""
    mta = "mx.retecloud.example"
    diag = f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Policy restriction, try again later"
    human = (
        f"Questo è un messaggio automatico del server {mta}.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è stato ancora consegnato: il server del destinatario lo ha rifiutato temporaneamente per motivi di policy antispam (greylisting).\n\n"
        f"Risposta del server remoto: {diag}\n\n"
        "I tentativi di consegna proseguiranno automaticamente per i prossimi cinque giorni. Non è necessario inviare di nuovo il messaggio.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, mta, "delayed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    )
    return (
        msg,
        f"Postmaster <postmaster@{mta}>",
        "Avviso: consegna del messaggio rimandata",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], tuple[Message, str, str]]] = {
    "sendmail_host_unknown": bounce_sendmail_host_unknown,
    "qmail_user_unknown": bounce_qmail_user_unknown,
    "gmail_delay": bounce_gmail_delay,
    "o365_de_policy": bounce_o365_de_policy,
    "exim_de_full": bounce_exim_de_full,
    "o365_fr_unknown": bounce_o365_fr_unknown,
    "provider_fr_full": bounce_provider_fr_full,
    "provider_es_unknown": bounce_provider_es_unknown,
    "o365_es_delay": bounce_o365_es_delay,
    "provider_nl_delay": bounce_provider_nl_delay,
    "o365_it_disabled": bounce_o365_it_disabled,
    "provider_it_policy": bounce_provider_it_policy,
}


def build_bounce(b: Bounce) -> Message:
    """The full report: body from its builder, envelope headers added here."""
    msg, sender, subject = BOUNCE_BUILDERS[b.builder](b)
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "part")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca Online - justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-oneword",
        "payment_sent",
        "en",
        ("Danny Okafor", "danny.okafor.films@gmail.com"),
        "2032-01-16 18:42 +0000",
        "iphone",
        "Paid.",
        lab(note="one word from a phone; no date given"),
        inv="HTS/1838/31",
        amt="640.00",
    ),
    Reply(
        "ps-en-done",
        "payment_sent",
        "en",
        ("Rosie Tranter", "rosie@tranterdocs.example"),
        "2032-01-24 10:17 +0000",
        "gmail_plain",
        "done",
        lab(note="lower-case one-word answer to the reminder: the payment is made; no date"),
        inv="HTS/1899/31",
        amt="1150.00",
    ),
    Reply(
        "ps-en-rambling",
        "payment_sent",
        "en",
        ("Jonty Featherstone", "jonty@lanternfishfilms.example"),
        "2032-01-21 23:48 +0000",
        "outlook_html",
        "Hi there,\n\n"
        "Apologies for the radio silence – we’ve been in the edit for the Berlin premiere since before Christmas and I’ve basically been living in a dark room in Soho. Good news is the cut is locked, the festival has the DCP and everyone who’s seen it loved the subtitles, especially the scene in reel 2 where the grandmother swears in Yoruba and you somehow made it funny in German as well. Please pass that on to whoever did it.\n\n"
        "Less good news: we’re going to need Spanish and Portuguese for the Latin American sales agent, probably by mid-March, so I’ll send a proper brief once I know the delivery specs. Can you hold some capacity for us?\n\n"
        "Re the invoice – Martin in our office paid it on Monday along with the grade, so it should be with you already. If it hasn’t turned up let me know and I’ll chase him.\n\n"
        "Right, back to the edit.\n\n"
        "Jonty\n\n"
        "Jonty Featherstone\n"
        "Producer | Lanternfish Films\n"
        "07700 900418",
        lab(
            paid_date="2032-01-19",
            note="the payment is buried in the third paragraph; 'Monday' is the Monday before Wed 21 Jan",
        ),
        inv="HTS/1907/31",
        amt="2880.00",
    ),
    Reply(
        "ps-de-avis",
        "payment_sent",
        "de",
        (
            "Nordwelle Rundfunk GmbH – Kreditorenbuchhaltung",
            "zahlungsavis@nordwelle-rundfunk.example",
        ),
        "2032-01-27 06:15 +0100",
        "notice",
        "ZAHLUNGSAVIS\n\n"
        "Sehr geehrte Geschäftspartnerin, sehr geehrter Geschäftspartner,\n\n"
        "wir haben heute folgende Zahlung an Sie veranlasst:\n\n"
        "Zahlungsempfänger:   Harrowgate Translation & Subtitling Ltd\n"
        "Lieferantennummer:   70031822\n"
        "Zahlungsbeleg:       2000148832\n"
        "Zahlungsdatum:       27.01.2032\n"
        "Zahlweg:             SEPA-Überweisung\n\n"
        "Ihre Rechnung     Rechnungsdatum      Betrag EUR   Skonto EUR   Zahlbetrag EUR\n"
        "HTS/1921/31       09.12.2031            3.570,00         0,00         3.570,00\n"
        "HTS/1933/31       15.12.2031              476,00         0,00           476,00\n"
        "                                                    Summe            4.046,00\n\n"
        "Der Betrag wird Ihrem Konto in den nächsten Tagen gutgeschrieben.\n\n"
        "Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
        "Nordwelle Rundfunk GmbH · Kreditorenbuchhaltung · Hafenstraße 12 · 26122 Oldenburg",
        lab(
            ("HTS/1921/31", "HTS/1933/31"),
            paid_date="2032-01-27",
            payment_reference="2000148832",
            amount="4046.00",
            currency="EUR",
            note="payment advice from the customer's ERP (Auto-Submitted: auto-generated, quotes nothing); the amount is the total of both invoices",
        ),
        inv="HTS/1921/31",
        amt="3570.00",
        subject="Zahlungsavis 2000148832 – Nordwelle Rundfunk GmbH",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        reply=False,
    ),
    Reply(
        "ps-fr-copie",
        "payment_sent",
        "fr",
        ("Claire Vasseur", "c.vasseur@editions-precarre.example"),
        "2032-01-13 14:03 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Le virement a été effectué le 8 janvier (référence VIR-PC-20320108-03), vous devriez donc l’avoir reçu.\n\n"
        "En revanche, je n’ai jamais eu la facture elle-même : pourriez-vous m’en renvoyer un exemplaire en PDF ? Notre expert-comptable en a besoin pour la clôture.\n\n"
        "Bien cordialement,\n\n"
        "Claire Vasseur\n"
        "Assistante de direction\n"
        "Éditions du Pré Carré",
        lab(
            paid_date="2032-01-08",
            payment_reference="VIR-PC-20320108-03",
            note="paid, and asks for a copy for the accountant: the payment claim wins, a copy is not needed before paying",
        ),
        inv="HTS/1861/31",
        amt="1320.00",
    ),
    Reply(
        "ps-fr-sansaccents",
        "payment_sent",
        "fr",
        ("Yanis Benali", "yanis.benali.prod@gmail.com"),
        "2032-01-26 08:51 +0100",
        "iphone",
        "regle ce matin par virement, desole pour le retard\nYanis",
        lab(
            paid_date="2032-01-26",
            note="no accents, from a phone; 'ce matin' is the day of the message",
        ),
        inv="HTS/1958/31",
        amt="455.00",
    ),
    Reply(
        "ps-es-justificante",
        "payment_sent",
        "es",
        ("Marta Iglesias", "marta.iglesias@cierzoaudiovisual.example"),
        "2032-01-22 12:30 +0100",
        "gmail",
        "Hola:\n\nHecho. Os acabo de hacer la transferencia, os adjunto el justificante.\n\nUn saludo,\nMarta",
        lab(
            paid_date="2032-01-22",
            note="'Hecho' plus the bank's proof attached as a PDF; 'acabo de' is the day of the message",
        ),
        inv="HTS/1884/31",
        amt="980.00",
        attach=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-es-hospital",
        "payment_sent",
        "es",
        ("Hospital Comarcal de Valdeluz – Tesorería", "tesoreria@hcvaldeluz.example"),
        "2032-01-29 11:05 +0100",
        "outlook",
        "Estimados señores:\n\n"
        "En relación con su recordatorio, les comunicamos que con fecha 27/01/2032 se ha ordenado la transferencia correspondiente a la factura HTS/1950/31, por importe de 3.025,00 EUR.\n\n"
        "Referencia de la operación: TRF-2032-004417.\n\n"
        "La demora se ha debido a la tramitación del expediente de gasto, que requería la conformidad del servicio de Admisión.\n\n"
        "Atentamente,\n\n"
        "Lucía Prieto Garrido\n"
        "Unidad de Tesorería\n"
        "Hospital Comarcal de Valdeluz",
        lab(
            ("HTS/1950/31",),
            paid_date="2032-01-27",
            payment_reference="TRF-2032-004417",
            amount="3025.00",
            currency="EUR",
            note="a transfer ordered by the bank is a payment sent",
        ),
        inv="HTS/1950/31",
        amt="3025.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-hoor",
        "payment_sent",
        "nl",
        ("Sanne", "sanne@filmhuisdezolder.example"),
        "2032-01-19 16:20 +0100",
        "gmail_plain",
        "is betaald hoor\n\nSanne",
        lab(note="informal, no capitals; no date"),
        inv="HTS/1893/31",
        amt="310.00",
    ),
    Reply(
        "ps-nl-vorigeweek",
        "payment_sent",
        "nl",
        ("Pieter van Leeuwen", "p.vanleeuwen@vlierboom-uitgevers.example"),
        "2032-02-03 09:40 +0100",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Wij hebben deze factuur vorige week donderdag al voldaan: € 845,00 onder vermelding van factuurnummer HTS/1968/31. Mogelijk heeft uw herinnering de betaling gekruist.\n\n"
        "Met vriendelijke groet,\n\n"
        "Pieter van Leeuwen\n"
        "Financiële administratie\n"
        "Uitgeverij Vlierboom",
        lab(
            ("HTS/1968/31",),
            paid_date="2032-01-29",
            amount="845.00",
            currency="EUR",
            note="'vorige week donderdag' from Tue 3 Feb is Thu 29 Jan",
        ),
        inv="HTS/1968/31",
        amt="845.00",
        cte="8bit",
    ),
    Reply(
        "ps-it-ieri",
        "payment_sent",
        "it",
        ("Giulia Romano", "giulia@cortilerici.example"),
        "2032-01-14 07:58 +0100",
        "iphone",
        "Pagato ieri sera dal conto del festival, scusate il ritardo!\nGiulia",
        lab(paid_date="2032-01-13", note="'ieri' is the day before the message"),
        inv="HTS/1849/31",
        amt="720.00",
    ),
    Reply(
        "ps-it-studiolegale",
        "payment_sent",
        "it",
        ("Studio Legale Ferraris Conti", "amministrazione@ferrarisconti.example"),
        "2032-02-02 15:22 +0100",
        "outlook_html",
        "Spettabile Harrowgate Translation & Subtitling,\n\n"
        "facciamo seguito al Vostro sollecito per comunicarVi che in data odierna abbiamo disposto il bonifico a saldo della fattura HTS/1979/31, per l’importo di € 612,50.\n\n"
        "TRN: 0306932504117842481160011600IT\n\n"
        "Distinti saluti\n\n"
        "Dott.ssa Elena Conti\n"
        "Studio Legale Ferraris Conti\n"
        "Via Santo Stefano 18 – 40125 Bologna",
        lab(
            ("HTS/1979/31",),
            paid_date="2032-02-02",
            payment_reference="0306932504117842481160011600IT",
            amount="612.50",
            currency="EUR",
            note="very formal; 'in data odierna' is the day of the message",
        ),
        inv="HTS/1979/31",
        amt="612.50",
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-apsystem",
        "promise_to_pay",
        "en",
        (
            "Calderbrook Health Trust Accounts Payable",
            "ap.noreply@calderbrook-health.example",
        ),
        "2032-01-20 05:31 +0000",
        "notice",
        "INVOICE STATUS NOTIFICATION\n\n"
        "Supplier:          HARROWGATE TRANSLATION & SUBTITLING LTD (supplier no. 100488)\n"
        "Invoice number:    HTS/1987/31\n"
        "Invoice date:      04/12/2031\n"
        "Invoice amount:    GBP 4,150.00\n"
        "PO number:         CHT-PO-2291734\n\n"
        "Status:            APPROVED - SCHEDULED FOR PAYMENT\n"
        "Payment date:      30/01/2032\n"
        "Payment method:    BACS\n\n"
        "This notification was generated automatically by the Trust's purchase-to-pay system. Please do not reply to this message; the mailbox is not monitored. For queries, quote your supplier number and contact the Supplier Helpdesk through the supplier portal.\n\n"
        "Calderbrook Health Trust - Finance Shared Services",
        lab(
            ("HTS/1987/31",),
            promised_date="2032-01-30",
            amount="4150.00",
            currency="GBP",
            note="automatic AP status notice: 'approved' is past, the payment date is in the future",
        ),
        inv="HTS/1987/31",
        amt="4150.00",
        subject="Invoice status update: HTS/1987/31 - Approved for payment",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        cte="7bit",
        reply=False,
    ),
    Reply(
        "pp-en-outofoffice-subject",
        "promise_to_pay",
        "en",
        ("Harriet Lowe", "harriet.lowe@quillstonebooks.example"),
        "2032-01-23 13:10 +0000",
        "iphone",
        "Hi, I’m out of office till Monday so apologies for the slow reply. I’ve asked Gemma in accounts to put this through with the supplier payments next Thursday, she has the invoice.\n\nHarriet",
        lab(
            promised_date="2032-01-29",
            note="a person typing from her phone with 'out of office' in the subject; not an auto-reply; 'next Thursday' from Fri 23 Jan is Thu 29 Jan",
        ),
        inv="HTS/1922/31",
        amt="1685.00",
        subject="Out of office till Mon – {rsub}",
    ),
    Reply(
        "pp-en-court-run",
        "promise_to_pay",
        "en",
        ("Amir Rahman", "amir.rahman@wrcourts-interpreting.example"),
        "2032-01-13 11:26 +0000",
        "outlook_html",
        "Good morning,\n\n"
        "Thank you for your email. I can confirm that your invoice was approved by the cost centre manager yesterday afternoon and has been added to Friday’s BACS run, so you should see the funds early next week.\n\n"
        "Kind regards,\n\n"
        "Amir Rahman\n"
        "Finance Officer\n"
        "West Riding Court Interpreting Services",
        lab(
            promised_date="2032-01-16",
            note="past tense ('approved', 'added') announcing Friday's payment run, Fri 16 Jan; the arrival 'early next week' is not the payment date",
        ),
        inv="HTS/1845/31",
        amt="396.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-kw",
        "promise_to_pay",
        "de",
        ("Katrin Albers", "k.albers@sonnenberg-filmverleih.example"),
        "2032-01-21 10:44 +0100",
        "outlook",
        "Guten Tag,\n\n"
        "die Rechnung HTS 1944/31 ist inzwischen sachlich geprüft und freigegeben. Sie wird in KW 5 mit unserem nächsten Zahlungslauf überwiesen.\n\n"
        "Freundliche Grüße\n"
        "Katrin Albers\n"
        "Buchhaltung\n"
        "Sonnenberg Filmverleih GmbH",
        lab(
            ("HTS/1944/31",),
            promised_date="2032-01-26",
            note="'KW 5' is 26 Jan-1 Feb 2032, resolved to its Monday as 'next week' is; 'HTS 1944/31' normalised",
        ),
        inv="HTS/1944/31",
        amt="2210.00",
    ),
    Reply(
        "pp-de-nochnicht",
        "promise_to_pay",
        "de",
        ("Thomas Reinholz", "reinholz@studio-wellenreiter.example"),
        "2032-01-26 17:55 +0100",
        "android",
        "Hallo,\n\n"
        "nein, bezahlt ist die noch nicht, da haben Sie recht. Unser Chef ist bis Mittwoch auf Dreh in Südtirol und muss jede Überweisung selbst freigeben. Ich lege sie ihm Donnerstag früh hin, spätestens Freitag ist das Geld raus.\n\n"
        "Gruß\n"
        "Thomas Reinholz",
        lab(
            promised_date="2032-01-30",
            note="'noch nicht' admits it is unpaid; 'spätestens Freitag' after Mon 26 Jan is Fri 30 Jan",
        ),
        inv="HTS/1937/31",
        amt="1470.00",
    ),
    Reply(
        "pp-fr-findemois",
        "promise_to_pay",
        "fr",
        (
            "Service facturier – CH de Saint-Aubin-des-Prés",
            "facturier@ch-saintaubin.example",
        ),
        "2032-01-15 09:12 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Votre facture HTS/1870/31 a bien été mandatée. Compte tenu des délais de traitement du comptable public, le paiement interviendra en fin de mois.\n\n"
        "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.\n\n"
        "Le service facturier\n"
        "Centre hospitalier de Saint-Aubin-des-Prés",
        lab(
            ("HTS/1870/31",),
            promised_date="2032-01-31",
            note="'mandatée' (payment order issued) is past; 'en fin de mois' is the last day of January",
        ),
        inv="HTS/1870/31",
        amt="2640.00",
    ),
    Reply(
        "pp-es-finalesdemes",
        "promise_to_pay",
        "es",
        ("Nacho Ferrer", "nacho@cinesierraalta.example"),
        "2032-02-03 19:02 +0100",
        "gmail",
        "Hola,\n\n"
        "Perdonad el retraso, estamos esperando a que la Diputación nos ingrese la subvención de la última edición. En cuanto entre, que nos han dicho que será a finales de mes, os pagamos la factura entera.\n\n"
        "Un abrazo,\n"
        "Nacho Ferrer\n"
        "Dirección de producción\n"
        "Festival de Cine de Sierra Alta",
        lab(
            promised_date="2032-02-29",
            note="conditional on a grant but a dated promise of the whole amount; 'a finales de mes' in February 2032 is the 29th (leap year)",
        ),
        inv="HTS/0038/32",
        amt="1200.00",
    ),
    Reply(
        "pp-es-dia15",
        "promise_to_pay",
        "es",
        ("Beatriz Ortega", "administracion@marea-alta.example"),
        "2032-01-13 10:20 +0100",
        "outlook",
        "Buenos días:\n\n"
        "La tenemos prevista para el día 15, que es cuando hacemos los pagos a proveedores.\n\n"
        "Saludos,\n"
        "Beatriz Ortega\n"
        "Administración – Editorial Marea Alta",
        lab(promised_date="2032-01-15", note="'el día 15' from Tue 13 Jan"),
        inv="HTS/1852/31",
        amt="890.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-tweeweken",
        "promise_to_pay",
        "nl",
        ("Joost Brouwer", "joost@deltadocs.example"),
        "2032-01-14 15:35 +0100",
        "gmail",
        "Hoi,\n\n"
        "Excuses, deze is bij ons tussen wal en schip geraakt door de wisseling van penningmeester. Ik heb hem nu goedgekeurd en hij wordt over twee weken betaald, we doen de betalingen per twee weken in één batch.\n\n"
        "Groet,\n"
        "Joost\n"
        "Deltadocs",
        lab(
            promised_date="2032-01-28",
            note="'over twee weken' from Wed 14 Jan; Dutch reply to an English reminder",
        ),
        inv="HTS/1866/31",
        amt="1575.00",
        rlang="en",
    ),
    Reply(
        "pp-nl-vrijdag",
        "promise_to_pay",
        "nl",
        ("Bas Kuipers", "bas.kuipers@omroepwestkust.example"),
        "2032-01-20 21:14 +0100",
        "iphone",
        "gaat vrijdag de deur uit sorry voor de vertraging",
        lab(
            promised_date="2032-01-23",
            note="no punctuation, from a phone; 'vrijdag' after Tue 20 Jan",
        ),
        inv="HTS/1903/31",
        amt="2060.00",
    ),
    Reply(
        "pp-it-finemese",
        "promise_to_pay",
        "it",
        ("Francesca Lodi", "f.lodi@ginestra-editore.example"),
        "2032-01-19 12:48 +0100",
        "gmail_plain",
        "Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo entro fine mese.\n\nCordiali saluti\nFrancesca Lodi\nCasa Editrice Ginestra",
        lab(
            promised_date="2032-01-31",
            note="'entro fine mese' is the last day of January",
        ),
        inv="HTS/1911/31",
        amt="1340.00",
    ),
    Reply(
        "pp-it-distinta",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "m.bellini@aosanliborio.example"),
        "2032-02-05 11:30 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "Vi informiamo che la fattura in oggetto è stata liquidata ieri ed è stata inserita nella distinta di pagamento del 13/02.\n\n"
        "Cordiali saluti\n\n"
        "Marco Bellini\n"
        "U.O.C. Gestione Economico-Finanziaria\n"
        "Azienda Ospedaliera San Liborio",
        lab(
            promised_date="2032-02-13",
            note="'liquidata' (approved for payment) is past; the money goes out with the batch of 13/02",
        ),
        inv="HTS/0045/32",
        amt="3180.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-notpaid",
        "dispute",
        "en",
        ("Sophie Marchetti", "sophie@brightwater-post.example"),
        "2032-01-15 16:40 +0000",
        "outlook_html",
        "Hi,\n\n"
        "We have NOT paid this, and to be honest I’m surprised to get a reminder. The subtitle files for Harbour Lights went back to you on 5 January with a list of problems: the English SDH file drifts out of sync by about two seconds from 00:41:00 onwards, and the Welsh file stops at event 612 of 655. Nobody has come back to us.\n\n"
        "We’ll happily pay once we have corrected files that pass QC. Until then please put this invoice on hold.\n\n"
        "Sophie Marchetti\n"
        "Post-Production Supervisor\n"
        "Brightwater Post",
        lab(
            note="emphatic negation with the reason (faulty deliverables); payment only after a fix"
        ),
        inv="HTS/1876/31",
        amt="3460.00",
    ),
    Reply(
        "di-en-halfpaid",
        "dispute",
        "en",
        ("Nadia Okonjo", "accounts@fenwicklowe.example"),
        "2032-01-19 10:02 +0000",
        "outlook",
        "Hello,\n\n"
        "Two invoices came through for the Manchester book fair job. HTS/1890/31 (the catalogue translation) was paid on 6 January. HTS/1891/31 charges for two interpreters for a full day on 28 November, but only one interpreter turned up and she left at 1.30pm. We are not paying HTS/1891/31 as it stands. Please send a credit note or a corrected invoice for half a day, one interpreter, and we will settle it promptly.\n\n"
        "Regards,\n"
        "Nadia Okonjo\n"
        "Accounts Assistant\n"
        "Fenwick & Lowe Publishers",
        lab(
            ("HTS/1890/31", "HTS/1891/31"),
            note="one invoice paid, the reminded one contested: dispute wins over the payment claim",
        ),
        inv="HTS/1891/31",
        amt="1380.00",
    ),
    Reply(
        "di-en-solicitors",
        "dispute",
        "en",
        ("Eleanor Pryce", "e.pryce@ashdownpryce.example"),
        "2032-01-28 12:15 +0000",
        "outlook_html",
        "Dear Sirs\n\n"
        "Your invoice HTS/1929/31\n\n"
        "We refer to your e-mail of 27 January.\n\n"
        "The certified translation of the Polish witness statements was commissioned on the express basis that it would be delivered by 10 December 2031 for a hearing listed on 12 December. It was delivered on 15 December. The hearing proceeded without it and our client was put to the cost of an adjournment application.\n\n"
        "On 6 January our Ms Green agreed with your project manager by telephone that the invoice would be reduced by £540.00 to reflect the late delivery. No credit note has been received. We do not accept that the sum claimed is due, and we will pay the reduced balance on receipt of a corrected invoice.\n\n"
        "Yours faithfully\n\n"
        "Eleanor Pryce\n"
        "Partner\n"
        "Ashdown Pryce LLP",
        lab(
            ("HTS/1929/31",),
            note="formal letter from a law-firm customer; the payment of a reduced balance is conditional on an agreed credit",
        ),
        inv="HTS/1929/31",
        amt="1860.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-de-woerter",
        "dispute",
        "de",
        ("Henrike Lassen", "lassen@verlag-eichhorn.example"),
        "2032-01-16 09:20 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung können wir so nicht begleichen. Abgerechnet werden 14.200 Wörter, das Manuskript hat nach unserer Zählung (Word, ohne Literaturverzeichnis, wie im Angebot vereinbart) aber nur 11.850 Wörter. Bitte prüfen Sie die Zählung und schicken Sie uns eine berichtigte Rechnung.\n\n"
        "Mit freundlichen Grüßen\n"
        "Henrike Lassen\n"
        "Lektorat\n"
        "Verlag Eichhorn & Söhne",
        lab(note="the word count is contested: dispute, although a corrected invoice is asked for"),
        inv="HTS/1917/31",
        amt="2982.00",
        cte="8bit",
    ),
    Reply(
        "di-de-doppelt",
        "dispute",
        "de",
        (
            "Klinikum Lindenhof – Rechnungsprüfung",
            "rechnungspruefung@klinikum-lindenhof.example",
        ),
        "2032-02-04 14:05 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die in Ihrer Erinnerung genannte Rechnung HTS/1812/31 betrifft denselben Dolmetschereinsatz (Station 4B, 19.11.2031) wie Ihre Rechnung HTS/1766/31, die wir am 12.12.2031 vollständig bezahlt haben. Es handelt sich offenbar um eine Doppelberechnung. Wir bitten um Stornierung.\n\n"
        "Mit freundlichen Grüßen\n"
        "i. A. Monika Stahl\n"
        "Rechnungsprüfung\n"
        "Klinikum Lindenhof",
        lab(
            ("HTS/1812/31", "HTS/1766/31"),
            note="one assignment billed twice; the payment mentioned is of the other invoice",
        ),
        inv="HTS/1812/31",
        amt="540.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-assermentee",
        "dispute",
        "fr",
        ("Julien Morel", "j.morel@morel-avocats.example"),
        "2032-01-12 18:30 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je ne réglerai pas cette facture en l’état. La traduction assermentée de l’acte de naissance comportait deux erreurs (le prénom de la mère, et l’année : 1987 au lieu de 1978), et le greffe l’a refusée. J’ai dû la faire refaire en urgence par un autre traducteur.\n\n"
        "Je vous remercie d’annuler cette facture.\n\n"
        "Julien Morel\n"
        "Avocat au barreau de Lyon",
        lab(note="errors in a sworn translation; cancellation asked"),
        inv="HTS/1833/31",
        amt="380.00",
    ),
    Reply(
        "di-fr-tarif",
        "dispute",
        "fr",
        ("Inès Garnier", "prod@lunerousse.example"),
        "2032-01-28 11:11 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Le devis que nous avions signé en octobre prévoyait un tarif de 8,50 € la minute pour le sous-titrage, or la facture HTS/1912/31 est calculée à 11 € la minute. Merci de vérifier et de nous adresser une facture rectifiée.\n\n"
        "Nous réglerons dès réception.\n\n"
        "Cordialement,\n"
        "Inès Garnier\n"
        "Chargée de production\n"
        "Productions Lune Rousse",
        lab(
            ("HTS/1912/31",),
            note="rate contested against the signed quote; the payment on receipt of a corrected invoice is conditional",
        ),
        inv="HTS/1912/31",
        amt="1815.00",
        charset="windows-1252",
    ),
    Reply(
        "di-es-interprete",
        "dispute",
        "es",
        ("Rocío Santamaría", "rsantamaria@ortegaserrano-abogados.example"),
        "2032-01-30 13:47 +0100",
        "outlook",
        "Buenas tardes:\n\n"
        "No hemos abonado la factura porque el servicio no se prestó completo. La intérprete acudió a la primera sesión del juicio, el 2 de diciembre, pero no se presentó a la segunda, el día 3, y tuvimos que buscar a otra persona a última hora. Nos facturan las dos jornadas.\n\n"
        "Quedamos a la espera de una factura rectificativa por una sola jornada.\n\n"
        "Un saludo,\n"
        "Rocío Santamaría\n"
        "Bufete Ortega & Serrano",
        lab(note="negated payment with the reason: half the service was not delivered"),
        inv="HTS/1926/31",
        amt="1140.00",
    ),
    Reply(
        "di-nl-vasteprijs",
        "dispute",
        "nl",
        ("mr. M. van Dijk", "m.vandijk@vandijkbrouwer.example"),
        "2032-01-27 10:30 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "Voor de vertaling van de processtukken is per e-mail van 3 november een vaste prijs van € 2.400,- excl. btw afgesproken. Uw factuur HTS/1902/31 komt uit op € 3.150,-. Het verschil kunnen wij niet plaatsen; wij betalen deze factuur niet voordat dat is rechtgezet.\n\n"
        "Met vriendelijke groet,\n\n"
        "mr. M. van Dijk\n"
        "Advocatenkantoor Van Dijk & Brouwer",
        lab(("HTS/1902/31",), note="fixed price agreed, more invoiced"),
        inv="HTS/1902/31",
        amt="3150.00",
    ),
    Reply(
        "di-nl-helft",
        "dispute",
        "nl",
        ("Lotte Meijer", "lotte.meijer@gmail.com"),
        "2032-01-31 11:02 +0100",
        "iphone",
        "de eerste helft heb ik al betaald de rest komt pas als aflevering 4 en 5 goed zijn want daar klopt de timing van de ondertitels nog steeds niet",
        lab(
            note="no punctuation; half paid, the rest withheld over a quality problem: dispute over the payment claim"
        ),
        inv="HTS/1941/31",
        amt="2200.00",
    ),
    Reply(
        "di-it-urgenza",
        "dispute",
        "it",
        ("Paolo Gatti", "amministrazione@doppiaggiriviera.example"),
        "2032-01-22 09:55 +0100",
        "html_only",
        "Buongiorno,\n\n"
        "non possiamo saldare la fattura così com’è: è stata applicata una maggiorazione urgenza del 30% che non era prevista nel preventivo e che nessuno da parte nostra ha mai approvato. I tempi di consegna erano quelli standard.\n\n"
        "Vi chiediamo di emettere una nota di credito per la maggiorazione; il resto lo paghiamo subito dopo.\n\n"
        "Cordiali saluti\n"
        "Paolo Gatti\n"
        "Doppiaggi Riviera Srl",
        lab(note="surcharge not agreed; HTML-only message"),
        inv="HTS/1935/31",
        amt="2457.00",
    ),
    Reply(
        "di-it-maiordinato",
        "dispute",
        "it",
        ("Sara Fabbri", "info@cinetecavalmarecchia.example"),
        "2032-01-19 16:08 +0100",
        "gmail",
        "Salve,\n\n"
        "noi questo servizio non l’abbiamo mai ordinato. La rassegna di novembre non prevedeva sottotitoli in inglese e non abbiamo nessun ordine a vostro nome. Probabilmente la fattura è stata intestata all’ente sbagliato: per noi non è dovuta.\n\n"
        "Sara Fabbri\n"
        "Cineteca Valmarecchia",
        lab(note="denies ever ordering the work: liability contested, not a wrong contact"),
        inv="HTS/1889/31",
        amt="960.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-monthly",
        "payment_plan",
        "en",
        ("Mags Holloway", "mags.holloway@gmail.com"),
        "2032-01-18 21:30 +0000",
        "gmail",
        "Hi,\n\n"
        "I’m really sorry about this. The honest position is that the film didn’t get the distribution deal we were counting on and I’m personally on the hook for the post costs, including yours. I’m not going to disappear and I want to clear it, but I can’t do £1,760 in one go.\n\n"
        "Could I pay £250 a month from February until it’s done? I can set up a standing order on the 1st if that helps.\n\n"
        "Mags",
        lab(
            note="hardship and monthly instalments proposed; plan dates and amounts are not labelled"
        ),
        inv="HTS/1872/31",
        amt="1760.00",
    ),
    Reply(
        "pl-en-partnow",
        "payment_plan",
        "en",
        ("Kieran Walsh", "kieran@skiptondocfest.example"),
        "2032-01-29 15:00 +0000",
        "apple",
        "Hi,\n\n"
        "I’ve just sent £1,000 towards this by bank transfer (ref SDF KW 1000). The remaining £1,150 will follow by the end of February once our sponsor’s second instalment lands – I’ll let you know when it goes.\n\n"
        "Thanks for bearing with us.\n\n"
        "Kieran Walsh\n"
        "Festival Manager\n"
        "Skipton Documentary Festival",
        lab(
            note="part paid today, the rest by the end of February: payment_plan, not payment_sent"
        ),
        inv="HTS/1931/31",
        amt="2150.00",
    ),
    Reply(
        "pl-en-60days",
        "payment_plan",
        "en",
        ("Dev Sharma", "dev@hollowtreeanimation.example"),
        "2032-01-14 11:12 +0000",
        "gmail_plain",
        "Hi there\n\n"
        "any chance we could have another 60 days on this one? our co-production money from the Irish side hasnt landed yet and cash is tight till it does. Happy to sign somethign if you need it in writing.\n\n"
        "cheers\n"
        "Dev",
        lab(note="more time asked; typos, no capitals"),
        inv="HTS/1858/31",
        amt="3900.00",
    ),
    Reply(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Jens Harms", "kasse@kurzfilm-emsland.example"),
        "2032-01-20 19:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "als kleiner Verein ohne feste Förderung können wir den Betrag von 2.380,00 € derzeit nicht auf einmal aufbringen. Wir möchten Sie daher um Ratenzahlung bitten: drei Monatsraten zu je 793,33 €, beginnend am 1. Februar.\n\n"
        "Für Ihr Verständnis danken wir Ihnen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jens Harms\n"
        "Kassenwart, Kurzfilmfestival Emsland e. V.",
        lab(note="three monthly instalments asked by a small association"),
        inv="HTS/1908/31",
        amt="2380.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-de-teilbetrag",
        "payment_plan",
        "de",
        ("Ole Petersen", "ole@petersen-doku.example"),
        "2032-01-23 14:25 +0100",
        "apple",
        "Hallo zusammen,\n\n"
        "500 Euro habe ich eben überwiesen. Den Rest (1.340 €) schaffe ich bis Ende Februar, vorher kommt leider kein Geld vom Sender rein.\n\n"
        "Viele Grüße\n"
        "Ole",
        lab(note="part paid now, the rest by the end of February: payment_plan"),
        inv="HTS/1946/31",
        amt="1840.00",
    ),
    Reply(
        "pl-fr-echelonner",
        "payment_plan",
        "fr",
        ("Amandine Roux", "tresorerie@rencontres-brenne.example"),
        "2032-01-12 10:15 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Notre association traverse une période difficile : la subvention régionale a été réduite de moitié cette année. Serait-il possible d’échelonner le règlement de cette facture en trois mensualités, de février à avril ?\n\n"
        "Je vous remercie par avance de votre compréhension.\n\n"
        "Amandine Roux\n"
        "Trésorière\n"
        "Rencontres du cinéma de Brenne",
        lab(note="three monthly instalments asked; hardship"),
        inv="HTS/1863/31",
        amt="1950.00",
    ),
    Reply(
        "pl-fr-delai",
        "payment_plan",
        "fr",
        ("Romain Lefèvre", "romain.lefevre.realisation@gmail.com"),
        "2032-01-22 22:10 +0100",
        "gmail_plain",
        "Bonsoir,\n\n"
        "Je sais que je suis en retard. Je vous demande juste un délai de trente jours de plus : la région doit me verser l’aide à la post-production après le dépôt du film, normalement courant février. Dès que je l’ai, je vous règle tout d’un coup.\n\n"
        "Bien à vous,\n"
        "Romain Lefèvre",
        lab(
            note="more time asked; 'courant février' cannot be pinned to a day and is not labelled for a plan anyway"
        ),
        inv="HTS/1939/31",
        amt="2475.00",
    ),
    Reply(
        "pl-es-dosplazos",
        "payment_plan",
        "es",
        ("Javier Núñez", "contabilidad@alcazarfilms.example"),
        "2032-01-26 12:00 +0100",
        "outlook",
        "Buenos días:\n\n"
        "¿Sería posible abonar esta factura en dos plazos, la mitad en febrero y la otra mitad en marzo? Estamos a la espera de cobrar de dos salas y vamos justos de tesorería.\n\n"
        "Si les parece bien, confírmenmelo y preparo la primera transferencia.\n\n"
        "Saludos cordiales,\n"
        "Javier Núñez\n"
        "Contabilidad – Alcázar Films S.L.",
        lab(note="two instalments asked"),
        inv="HTS/1923/31",
        amt="4280.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-largo",
        "payment_plan",
        "es",
        ("Pilar Domínguez", "pilar.dominguez.docs@gmail.com"),
        "2032-01-17 20:05 +0100",
        "gmail",
        "Hola, buenas tardes.\n\n"
        "Os escribo yo directamente porque la productora somos básicamente mi socio y yo. Diciembre fue un desastre: se nos cayó la coproducción con la tele autonómica, mi socio estuvo de baja tres semanas y el documental se ha retrasado a primavera. Vuestro trabajo fue estupendo, eso que conste, y no es que no queramos pagar.\n\n"
        "Lo que os propongo es ir pagando 300 euros al mes hasta cubrir la factura, empezando el 5 de febrero. Si necesitáis que lo pongamos por escrito de alguna forma, decídmelo.\n\n"
        "Gracias por la paciencia,\n"
        "Pilar Domínguez",
        lab(note="the instalment proposal comes at the end of a long explanation"),
        inv="HTS/1856/31",
        amt="1500.00",
    ),
    Reply(
        "pl-nl-regeling",
        "payment_plan",
        "nl",
        ("Femke de Graaf", "femke@studio-graafschap.example"),
        "2032-02-03 08:55 +0100",
        "apple",
        "Goedemorgen,\n\n"
        "Zouden we voor deze factuur een betalingsregeling kunnen treffen? Ik denk aan vier maandelijkse termijnen van € 480,-, te beginnen eind februari. Door een uitgestelde opdracht van een omroep is er op dit moment weinig ruimte.\n\n"
        "Ik hoor graag of dat akkoord is.\n\n"
        "Met vriendelijke groet,\n"
        "Femke de Graaf\n"
        "Studio Graafschap",
        lab(note="four monthly instalments asked"),
        inv="HTS/0052/32",
        amt="1920.00",
    ),
    Reply(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Roberto Sala", "segreteria@lanternamagica-ass.example"),
        "2032-01-28 10:25 +0100",
        "thunderbird",
        "Buongiorno,\n\n"
        "vi scriviamo per chiedere la possibilità di rateizzare l'importo della fattura in quattro rate mensili. L'associazione attende ancora il contributo comunale dell'anno scorso e al momento non abbiamo la liquidità per saldare in un'unica soluzione.\n\n"
        "Restiamo in attesa di un vostro riscontro.\n\n"
        "Roberto Sala\n"
        "Tesoriere\n"
        "Associazione Culturale Lanterna Magica",
        lab(note="four instalments asked; Thunderbird in ISO-8859-1 (not flowed)"),
        inv="HTS/1948/31",
        amt="2600.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-meta",
        "payment_plan",
        "it",
        ("Chiara Vitale", "chiara@vitalefilm.example"),
        "2032-02-06 18:20 +0100",
        "iphone",
        "Ho appena fatto un bonifico per metà, il resto entro fine marzo. Scusate, periodo difficile",
        lab(note="half paid now, the rest by the end of March: payment_plan, not payment_sent"),
        inv="HTS/0049/32",
        amt="1480.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po",
        "invoice_request",
        "en",
        ("Lauren Pike", "supplier.accounts@channelmeridian.example"),
        "2032-02-02 09:48 +0000",
        "outlook",
        "Hello,\n\n"
        "We can’t process this one – there is no purchase order number on the invoice and our system rejects anything without one. Please reissue it quoting PO 4500771236 and send it back to this address. Once it has the PO on it, it will go into the next payment run.\n\n"
        "Regards\n"
        "Lauren Pike\n"
        "Supplier Accounts, Channel Meridian Broadcasting",
        lab(note="a PO on the invoice is needed before paying; the payment is conditional on it"),
        inv="HTS/0041/32",
        amt="5400.00",
    ),
    Reply(
        "ir-en-bankletter",
        "invoice_request",
        "en",
        ("Tom Ridley", "t.ridley@moorgateuniversitypress.example"),
        "2032-01-22 14:14 +0000",
        "html_only",
        "Hi,\n\n"
        "Thanks for the reminder. The invoice itself is fine, but we can’t pay you yet: you’re a new supplier on our system and our fraud controls need your bank details on company letterhead, signed by a director. We don’t accept bank details from the body of an email, I’m afraid.\n\n"
        "If you can send that over I’ll get you set up and paid straight away.\n\n"
        "Best wishes,\n"
        "Tom Ridley\n"
        "Finance Assistant\n"
        "Moorgate University Press",
        lab(note="signed bank details needed before paying, amount accepted; HTML-only message"),
        inv="HTS/1913/31",
        amt="780.00",
    ),
    Reply(
        "ir-en-statement",
        "invoice_request",
        "en",
        ("Claire Donnelly", "accounts@holbeckmedia.example"),
        "2032-01-30 10:05 +0000",
        "apple",
        "Morning,\n\n"
        "Could you send me a full statement of our account please? We’ve had a lot of invoices from you over the autumn for the series and I’d like to reconcile them all in one go before I pay anything, as I think one or two may already have gone.\n\n"
        "Thanks\n"
        "Claire",
        lab(
            note="statement of account before paying; 'one or two may have gone' is neither a claim nor a dispute"
        ),
        inv="HTS/1952/31",
        amt="1125.00",
    ),
    Reply(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("Amtsgericht Nordheide – Verwaltung", "verwaltung@ag-nordheide.example"),
        "2032-01-15 08:40 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung liegt uns nur als PDF vor. Als Behörde dürfen wir Rechnungen ausschließlich im Format XRechnung über das Rechnungseingangsportal entgegennehmen (Leitweg-ID 03-45117-0001-77). Bitte reichen Sie die Rechnung dort erneut ein; die Zahlung erfolgt dann im regulären Verfahren.\n\n"
        "Mit freundlichen Grüßen\n"
        "Im Auftrag\n"
        "Weber\n"
        "Amtsgericht Nordheide – Verwaltungsabteilung",
        lab(
            note="a public body needs the invoice as an e-invoice before paying; German reply to an English reminder"
        ),
        inv="HTS/1843/31",
        amt="690.00",
        rlang="en",
    ),
    Reply(
        "ir-de-nichterhalten",
        "invoice_request",
        "de",
        ("Markus Feld", "markus.feld@feldmedia.example"),
        "2032-01-19 13:33 +0100",
        "gmail",
        "Hallo,\n\nmir liegt zu der Nummer keine Rechnung vor, weder per Post noch per Mail. Können Sie sie mir bitte noch mal schicken? Dann überweise ich zeitnah.\n\nDanke und Gruß\nMarkus Feld",
        lab(note="never received the invoice; the payment is conditional on it"),
        inv="HTS/1905/31",
        amt="415.00",
    ),
    Reply(
        "ir-fr-bonrib",
        "invoice_request",
        "fr",
        ("Nathalie Perrin", "n.perrin@cc-valdebrisse.example"),
        "2032-01-27 09:30 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Pour que notre service comptable puisse mettre cette facture en paiement, il nous faut une facture mentionnant le numéro de bon de commande (BC 2031-04562) ainsi qu’un RIB à votre nom. Pourriez-vous nous les transmettre ?\n\n"
        "Cordialement,\n"
        "Nathalie Perrin\n"
        "Direction de la culture\n"
        "Communauté de communes du Val de Brisse",
        lab(note="purchase-order number and bank details needed before paying"),
        inv="HTS/1938/31",
        amt="2300.00",
    ),
    Reply(
        "ir-fr-renvoyer",
        "invoice_request",
        "fr",
        ("Léa Fontaine", "lea@pointvirgule-prod.example"),
        "2032-01-14 17:50 +0100",
        "iphone",
        "Bonjour, je ne retrouve pas cette facture dans nos mails, vous pouvez me la renvoyer svp ? Merci !",
        lab(note="asks for the invoice again, from a phone"),
        inv="HTS/1868/31",
        amt="525.00",
    ),
    Reply(
        "ir-es-cif",
        "invoice_request",
        "es",
        ("Andrea Castillo", "facturacion@lavelaproducciones.example"),
        "2032-01-21 12:20 +0100",
        "outlook_html",
        "Buenos días:\n\n"
        "La factura viene a nombre de La Vela Producciones pero con el CIF antiguo (B-12345678), que ya no es válido desde la fusión. Para poder contabilizarla y pagarla necesitamos que nos la emitan de nuevo con el CIF B-87654321 y el domicilio fiscal de Calle Mayor 14, Zaragoza. El importe está bien.\n\n"
        "Gracias,\n"
        "Andrea Castillo\n"
        "Facturación - La Vela Producciones",
        lab(note="reissue with the new tax number; the amount is accepted, so not a dispute"),
        inv="HTS/1919/31",
        amt="1735.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-desglose",
        "invoice_request",
        "es",
        ("Quique Sanz", "quique.sanz.films@gmail.com"),
        "2032-01-25 12:40 +0100",
        "android",
        "hola, me podeis mandar el desglose de esta factura? no se a q corresponde exactamente, creo q lo del corto ya os lo pague",
        lab(
            note="asks for the breakdown; the payment mentioned is of another job (the short film); abbreviations, no accents"
        ),
        inv="HTS/1927/31",
        amt="350.00",
    ),
    Reply(
        "ir-nl-ordernummer",
        "invoice_request",
        "nl",
        ("R. Bakker", "crediteuren@oosterlicht-zh.example"),
        "2032-01-29 10:10 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Facturen zonder ordernummer kunnen wij helaas niet in behandeling nemen. Wij verzoeken u de factuur opnieuw in te dienen met vermelding van ordernummer 7410-22983. Na ontvangst wordt de factuur binnen onze normale betaaltermijn voldaan.\n\n"
        "Met vriendelijke groet,\n\n"
        "R. Bakker\n"
        "Crediteurenadministratie\n"
        "Ziekenhuis Oosterlicht",
        lab(note="an order number is needed before paying"),
        inv="HTS/1955/31",
        amt="1260.00",
    ),
    Reply(
        "ir-nl-kopie",
        "invoice_request",
        "nl",
        ("Wouter Dekker", "wouter@beeldenstorm-media.example"),
        "2032-01-16 15:45 +0100",
        "gmail",
        "Hallo,\n\nDeze factuur hebben we nooit ontvangen, vandaar. Kun je een kopie naar dit adres sturen? Dan zet ik hem meteen klaar voor betaling.\n\nGroet,\nWouter",
        lab(note="never received, copy asked; payment follows the copy"),
        inv="HTS/1871/31",
        amt="585.00",
    ),
    Reply(
        "ir-it-cig",
        "invoice_request",
        "it",
        ("Andrea Pini", "cultura@comune-montecalvo.example"),
        "2032-01-20 11:00 +0100",
        "outlook_html",
        "Gentili signori,\n\n"
        "in riferimento al Vostro sollecito, Vi segnaliamo che la fattura è priva del codice CIG, obbligatorio per i pagamenti della pubblica amministrazione. Vi preghiamo di inviarci una nuova fattura che riporti il CIG B4A1C22E07; la liquidazione avverrà nei termini di legge dopo la ricezione.\n\n"
        "Distinti saluti\n\n"
        "Andrea Pini\n"
        "Ufficio Cultura – Comune di Montecalvo",
        lab(note="a public body needs the tender code on the invoice before paying"),
        inv="HTS/1909/31",
        amt="1830.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Hannah Price", "hannah.price@northmoorpictures.example"),
        "2032-01-13 08:15 +0000",
        "outlook_html",
        "Hi,\n\n"
        "I left Northmoor Pictures at the end of November and only have access to this inbox for another week or so. Please send anything about invoices to accounts@northmoorpictures.example – that inbox is looked after by their finance manager, Paul.\n\n"
        "Best,\n"
        "Hannah",
        lab(
            new_contact="accounts@northmoorpictures.example",
            note="has left the company; names the right mailbox",
        ),
        inv="HTS/1839/31",
        amt="2040.00",
    ),
    Reply(
        "wc-en-pa",
        "wrong_contact",
        "en",
        ("Olivia Grant", "olivia.grant@quaysidebooks.example"),
        "2032-01-22 16:30 +0000",
        "outlook",
        "Hello,\n\n"
        "I’m PA to the managing director, so this has come to the wrong person. Invoices are handled by our finance team at Finance.Team@QuaysideBooks.example – I’ve copied them in. Could you resend it there?\n\n"
        "Many thanks,\n"
        "Olivia Grant\n"
        "PA to Richard Quayle, Managing Director\n"
        "Quayside Books",
        lab(
            new_contact="finance.team@quaysidebooks.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="HTS/1914/31",
        amt="1195.00",
        headers=(("Cc", "Finance Team <Finance.Team@QuaysideBooks.example>"),),
    ),
    Reply(
        "wc-en-wrongbradford",
        "wrong_contact",
        "en",
        ("Gary Pollard", "hello@bradfordfilmclub.example"),
        "2032-01-26 19:05 +0000",
        "gmail",
        "Hi, I think you’ve got the wrong Bradford. We’re a volunteer film club that shows old westerns in a church hall, we’ve never ordered subtitles from anyone. Maybe you mean the film festival?\n\n"
        "Gary (club secretary)",
        lab(note="wrong organisation altogether; no new address"),
        inv="HTS/1942/31",
        amt="260.00",
    ),
    Reply(
        "wc-de-kanzlei",
        "wrong_contact",
        "de",
        ("Lena Vogt", "lena.vogt@kanzlei-brandt-richter.example"),
        "2032-01-14 09:05 +0100",
        "outlook_html",
        "Guten Morgen,\n\n"
        "ich bin Rechtsanwaltsfachangestellte und für Zahlungen nicht zuständig. Bitte richten Sie Rechnungen und Erinnerungen künftig an unsere Buchhaltung: buchhaltung@kanzlei-brandt-richter.example.\n\n"
        "Ich habe Ihre E-Mail dorthin weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Lena Vogt\n"
        "Kanzlei Brandt Richter Rechtsanwälte",
        lab(new_contact="buchhaltung@kanzlei-brandt-richter.example"),
        inv="HTS/1847/31",
        amt="830.00",
    ),
    Reply(
        "wc-fr-monteuse",
        "wrong_contact",
        "fr",
        ("Camille Duret", "camille.duret.montage@gmail.com"),
        "2032-01-17 12:12 +0100",
        "gmail_plain",
        "Bonjour,\n\n"
        "Je crois qu'il y a erreur : je suis la monteuse du film, pas la production. Ce sont les Films du Chardon qui gèrent les factures, écrivez plutôt à compta@filmsduchardon.example.\n\n"
        "Bonne journée,\n"
        "Camille",
        lab(
            new_contact="compta@filmsduchardon.example",
            note="freelance editor, not the customer; names the producer's address",
        ),
        inv="HTS/1882/31",
        amt="1410.00",
    ),
    Reply(
        "wc-fr-fiduciaire",
        "wrong_contact",
        "fr",
        ("Sylvie Lemaire", "s.lemaire@cabinet-lemaire.example"),
        "2032-02-03 16:40 +0100",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Depuis le 1er janvier, la comptabilité du cabinet est tenue par un cabinet d'expertise comptable extérieur. Je vous remercie d'adresser désormais vos factures et relances à l'adresse suivante : fournisseurs@fiduciaire-delorme.example, en rappelant notre nom.\n\n"
        "Bien cordialement,\n\n"
        "Sylvie Lemaire\n"
        "Cabinet Lemaire & Associés",
        lab(
            new_contact="fournisseurs@fiduciaire-delorme.example",
            note="accounts moved to an outside firm",
        ),
        inv="HTS/0036/32",
        amt="920.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-yanotrabajo",
        "wrong_contact",
        "es",
        ("Carlos Vidal", "cvidal@tramontanafilms.example"),
        "2032-01-12 11:45 +0100",
        "android",
        "Hola,\n\n"
        "Ya no trabajo en Tramontana Films desde octubre; me siguen llegando estos correos porque todavía no han cerrado mi cuenta. Para cualquier tema de facturas escriban a administracion@tramontanafilms.example.\n\n"
        "Saludos,\n"
        "Carlos Vidal",
        lab(new_contact="administracion@tramontanafilms.example"),
        inv="HTS/1835/31",
        amt="2750.00",
    ),
    Reply(
        "wc-es-autonoma",
        "wrong_contact",
        "es",
        ("Elena Ruiz", "elena.ruiz.interprete@gmail.com"),
        "2032-01-29 08:30 +0100",
        "iphone",
        "Buenos días, creo que se han equivocado de destinataria. Soy intérprete autónoma y una vez trabajé para ustedes como subcontratada, pero esa factura no es mía ni de ningún cliente mío. Revisen el contacto, por favor.",
        lab(
            note="a freelance interpreter who once worked for Harrowgate; not the customer; no new address"
        ),
        inv="HTS/1953/31",
        amt="610.00",
    ),
    Reply(
        "wc-nl-programmeur",
        "wrong_contact",
        "nl",
        ("Daan Hoekstra", "daan@docnoord.example"),
        "2032-01-21 14:00 +0100",
        "gmail",
        "Hallo,\n\nIk ben programmeur bij Doc Noord, met facturen heb ik niks te maken. Wil je dit sturen naar onze administratie, administratie@docnoord.example? Die regelen het.\n\nGroet,\nDaan",
        lab(new_contact="administratie@docnoord.example"),
        inv="HTS/1918/31",
        amt="1050.00",
    ),
    Reply(
        "wc-nl-ssc",
        "wrong_contact",
        "nl",
        ("M. Jansen", "m.jansen@lindenwaard.example"),
        "2032-01-15 10:50 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Sinds 1 januari worden de facturen van de gemeente Lindenwaard verwerkt door het Shared Service Centre Regio Oost. Herinneringen en facturen kunt u sturen naar facturen@ssc-regio-oost.example. Dit adres wordt niet meer gebruikt voor crediteurenzaken.\n\n"
        "Met vriendelijke groet,\n\n"
        "M. Jansen\n"
        "Team Financiën, gemeente Lindenwaard",
        lab(
            new_contact="facturen@ssc-regio-oost.example",
            note="a municipality's invoices moved to a shared service centre",
        ),
        inv="HTS/1850/31",
        amt="3340.00",
    ),
    Reply(
        "wc-it-redazione",
        "wrong_contact",
        "it",
        ("Valentina Russo", "redazione@edizioniilfaro.example"),
        "2032-01-16 12:05 +0100",
        "gmail",
        "Buongiorno,\n\nquesta è la casella della redazione, non ci occupiamo di pagamenti. Per le fatture vi prego di scrivere ad amministrazione@edizioniilfaro.example.\n\nGrazie,\nValentina Russo\nRedazione – Edizioni Il Faro",
        lab(
            new_contact="amministrazione@edizioniilfaro.example",
            note="Italian reply to an English reminder",
        ),
        inv="HTS/1862/31",
        amt="745.00",
        rlang="en",
    ),
    Reply(
        "wc-it-collega",
        "wrong_contact",
        "it",
        ("Giorgio Marini", "giorgio.marini@neribassi.example"),
        "2032-01-28 18:45 +0100",
        "apple",
        "Buonasera,\n\n"
        "dal 1° gennaio non lavoro più presso lo Studio Associato Neri Bassi. La parte amministrativa ora la segue il collega Luca Ferri, l.ferri@neribassi.example: vi chiedo di rivolgervi a lui per questa fattura.\n\n"
        "Un saluto,\n"
        "Giorgio Marini",
        lab(
            new_contact="l.ferri@neribassi.example",
            note="written by a person who has left: a colleague's address in a human reply is the new contact",
        ),
        inv="HTS/1947/31",
        amt="1290.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-stop",
        "unsubscribe",
        "en",
        ("Terry Gault", "terry.gault.camera@gmail.com"),
        "2032-01-20 07:12 +0000",
        "iphone",
        "STOP",
        lab(note="one word, capitals"),
        inv="HTS/1881/31",
        amt="480.00",
    ),
    Reply(
        "un-en-promise-stop",
        "unsubscribe",
        "en",
        ("Neil Baxter", "neil@baxterpictures.example"),
        "2032-01-29 12:40 +0000",
        "outlook_html",
        "This is the fourth reminder in three weeks. I told your colleague on the phone that it will be paid on Friday and it will be. Please stop emailing me about it – I don’t need a countdown.\n\n"
        "Neil Baxter\n"
        "Baxter Pictures",
        lab(
            note="a dated promise plus 'stop emailing me': unsubscribe wins, so no promised date is labelled"
        ),
        inv="HTS/1951/31",
        amt="2310.00",
    ),
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Rebecca Lyle", "rebecca.lyle@tidemarkmedia.example"),
        "2032-02-04 15:55 +0000",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "As you are aware, there is an unresolved disagreement about the scope of the work covered by this invoice. We have instructed Carver Hollis Solicitors to deal with the matter on our behalf. Please direct all further correspondence about it to them and do not contact our staff directly.\n\n"
        "Yours faithfully,\n\n"
        "Rebecca Lyle\n"
        "Company Secretary\n"
        "Tidemark Media Ltd",
        lab(
            note="'deal with our solicitors' (no address) → unsubscribe; it beats the disagreement it mentions"
        ),
        inv="HTS/0040/32",
        amt="4620.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "un-de-post",
        "unsubscribe",
        "de",
        ("Helmut Brandes", "h.brandes@brandes-synchron.example"),
        "2032-01-12 14:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten Sie, uns Mahnungen und Zahlungserinnerungen ausschließlich per Post an unsere Geschäftsadresse zu senden. E-Mails dieser Art werden bei uns nicht mehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Helmut Brandes\n"
        "Geschäftsführer\n"
        "Brandes Synchron GmbH",
        lab(note="post only"),
        inv="HTS/1836/31",
        amt="1980.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-caps",
        "unsubscribe",
        "de",
        ("Uwe Kessler", "uwe.kessler.kamera@gmail.com"),
        "2032-01-24 23:05 +0100",
        "android",
        "ICH HABE DIE RECHNUNG LÄNGST BEZAHLT. HÖREN SIE ENDLICH AUF MIR STÄNDIG MAILS ZU SCHICKEN!!!",
        lab(note="all capitals: stop request plus a payment claim; unsubscribe wins"),
        inv="HTS/1932/31",
        amt="365.00",
    ),
    Reply(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Frédéric Blanc", "f.blanc@videosud-postprod.example"),
        "2032-01-22 17:15 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Compte tenu du litige en cours, je vous demande de cesser tout envoi de relances à mon attention. Toute correspondance relative à cette facture devra désormais être adressée à notre avocate, Maître Hélène Roche, du cabinet Roche & Valette.\n\n"
        "Cordialement,\n"
        "Frédéric Blanc\n"
        "Gérant – Vidéo Sud Post-production",
        lab(
            note="stop plus 'write to our lawyer' (no address): unsubscribe beats the dispute it mentions"
        ),
        inv="HTS/1916/31",
        amt="2890.00",
    ),
    Reply(
        "un-es-dejen",
        "unsubscribe",
        "es",
        ("Álvaro Medina", "alvaro.medina.sonido@gmail.com"),
        "2032-01-13 21:50 +0100",
        "gmail",
        "Por favor, dejen de enviarme estos correos. No tengo ninguna relación con su empresa y no pienso seguir recibiéndolos. Den de baja esta dirección.",
        lab(
            note="stop request from someone who says he is not the customer: unsubscribe beats wrong_contact"
        ),
        inv="HTS/1848/31",
        amt="270.00",
    ),
    Reply(
        "un-es-burofax",
        "unsubscribe",
        "es",
        ("Marisa Cano", "mcano@fundacionfotograma.example"),
        "2032-02-06 10:35 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Les rogamos que a partir de ahora cualquier comunicación relativa a deudas o reclamaciones nos la hagan llegar únicamente por correo postal certificado a la sede de la Fundación (Paseo de la Ribera 22, 50003 Zaragoza). No atenderemos reclamaciones por correo electrónico.\n\n"
        "Atentamente,\n"
        "Marisa Cano\n"
        "Gerencia – Fundación Fotograma",
        lab(note="post only"),
        inv="HTS/0047/32",
        amt="1650.00",
    ),
    Reply(
        "un-nl-uitschrijven",
        "unsubscribe",
        "nl",
        ("Kees van den Berg", "kees.vandenberg.foto@gmail.com"),
        "2032-01-20 07:40 +0100",
        "iphone",
        "Uitschrijven.",
        lab(note="one word"),
        inv="HTS/1897/31",
        amt="190.00",
    ),
    Reply(
        "un-nl-advocaat",
        "unsubscribe",
        "nl",
        ("Ingrid Mulder", "directie@filmbureaumulder.example"),
        "2032-02-02 11:20 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "Ik verzoek u met klem om te stoppen met het sturen van herinneringen. Wij betwisten deze factuur en hebben de zaak overgedragen aan onze advocaat, mr. R. de Wit van De Wit Advocaten. Verdere communicatie uitsluitend via haar kantoor.\n\n"
        "Met vriendelijke groet,\n"
        "Ingrid Mulder\n"
        "Filmbureau Mulder",
        lab(note="stop, contested and 'only through our lawyer': unsubscribe beats dispute"),
        inv="HTS/0043/32",
        amt="2725.00",
    ),
    Reply(
        "un-it-cartaceo",
        "unsubscribe",
        "it",
        ("Alessandro Greco", "a.greco@grecofilm.example"),
        "2032-01-21 09:25 +0100",
        "gmail_plain",
        "Buongiorno,\n\nvi chiedo di cancellare questo indirizzo dalle vostre comunicazioni automatiche. Riceviamo già la corrispondenza cartacea e queste mail non servono.\n\nAlessandro Greco",
        lab(note="remove this address, paper mail is enough: unsubscribe"),
        inv="HTS/1906/31",
        amt="1080.00",
    ),
    Reply(
        "un-it-basta",
        "unsubscribe",
        "it",
        ("Federica Costa", "federica.costa@marefestival.example"),
        "2032-01-30 22:40 +0100",
        "iphone",
        "Basta con questi solleciti per favore, ne arriva uno ogni tre giorni. Pagheremo quando la Regione ci liquida il contributo, ve l’ho già spiegato al telefono. Non scriveteci più per questa fattura.",
        lab(note="stop request with an undated, conditional promise: unsubscribe"),
        inv="HTS/1959/31",
        amt="1760.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-leave",
        "auto_reply",
        "en",
        ("Fiona McLeod", "f.mcleod@riversidearts.example"),
        "2032-01-12 08:31 +0000",
        "notice",
        "Thank you for your email. I’m on annual leave and will be back in the office on Monday 26 January. I won’t be checking emails while I’m away.\n\n"
        "For anything urgent, please contact the box office team at boxoffice@riversidearts.example.\n\n"
        "Fiona",
        lab(
            return_date="2032-01-26",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        inv="HTS/1834/31",
        amt="950.00",
        subject=AUTO_REPLY_PREFIX["en"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        cte="b64",
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Nordlys Film Festival Finance", "finance-support@nordlysfilmfest.example"),
        "2032-01-14 09:32 +0100",
        "notice_html",
        "Hello,\n\n"
        "Thank you for contacting Nordlys Finance Support. This is an automated response to let you know that we have received your email and a ticket has been created.\n\n"
        "Ticket reference: FIN-48213\nQueue: Supplier Payments\n\n"
        "A member of the team will respond within 3 working days. Please keep the ticket reference in the subject line of any further emails about this query.\n\n"
        "Nordlys Film Festival ApS - Finance, Copenhagen",
        lab(
            note="ticket acknowledgement in English from a Danish festival (central-European time, invoiced in euros); no return date"
        ),
        inv="HTS/1851/31",
        amt="2120.00",
        subject="[FIN-48213] Re: {rsub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "Zendesk Mailer")),
    ),
    Reply(
        "ar-en-filming",
        "auto_reply",
        "en",
        ("Ben Carter", "ben@carterdocs.example"),
        "2032-01-29 08:31 +0000",
        "notice",
        "Hi, I'm filming abroad until 2 February with very patchy signal. I'll reply properly when I'm back.\n\nBen",
        lab(
            return_date="2032-02-02",
            note="'until X' → X itself; only X-Autoreply, no Auto-Submitted",
        ),
        inv="HTS/1960/31",
        amt="1340.00",
        subject="Auto: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        cte="7bit",
    ),
    Reply(
        "ar-de-erreichbar",
        "auto_reply",
        "de",
        ("Dr. Anja Seidel", "a.seidel@klinikum-lindenhof.example"),
        "2032-01-19 09:31 +0100",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 30.01.2032, nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ab Montag, 02.02.2032, bin ich wieder für Sie erreichbar.\n\n"
        "Ihre Nachricht wird nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Anja Seidel\n"
        "Leitung Patientenservice",
        lab(
            return_date="2032-02-02",
            note="'wieder erreichbar ab' Monday 2 Feb wins over 'bis einschließlich' 30 Jan",
        ),
        inv="HTS/1898/31",
        amt="1635.00",
        subject=AUTO_REPLY_PREFIX["de"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "ar-de-eingang",
        "auto_reply",
        "de",
        (
            "Rechnungseingang Nordwelle Rundfunk",
            "rechnungseingang@nordwelle-rundfunk.example",
        ),
        "2032-01-14 09:33 +0100",
        "notice",
        "Guten Tag,\n\n"
        "Ihre E-Mail ist in unserem zentralen Rechnungseingang eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie in den nächsten zehn Arbeitstagen von Rückfragen ab.\n\n"
        "Diese Nachricht wurde automatisch erstellt.\n\n"
        "Nordwelle Rundfunk GmbH\n"
        "Kreditorenbuchhaltung",
        lab(note="receipt acknowledgement with only 'Precedence: auto_reply'; no return date"),
        inv="HTS/1853/31",
        amt="2890.00",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-absente",
        "auto_reply",
        "fr",
        ("Agnès Dumont", "agnes.dumont@imagesdailleurs.example"),
        "2032-01-13 09:31 +0100",
        "notice",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu’au vendredi 16 janvier inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le lundi 19 janvier.\n\n"
        "Pour toute urgence : accueil@imagesdailleurs.example\n\n"
        "Agnès Dumont\n"
        "Administratrice – Festival Images d’Ailleurs",
        lab(
            return_date="2032-01-19",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        inv="HTS/1846/31",
        amt="760.00",
        subject=AUTO_REPLY_PREFIX["fr"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        cte="b64",
    ),
    Reply(
        "ar-fr-ticket",
        "auto_reply",
        "fr",
        (
            "Groupe Télé Horizon – Comptabilité fournisseurs",
            "fournisseurs@telehorizon.example",
        ),
        "2032-01-22 09:34 +0100",
        "notice_html",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, enregistré sous le numéro 20320122-0457. Notre équipe Comptabilité fournisseurs le traitera dans un délai de cinq jours ouvrés.\n\n"
        "Merci de ne pas répondre à ce message automatique.\n\n"
        "Groupe Télé Horizon – Centre de services partagés",
        lab(note="ticket acknowledgement; no return date"),
        inv="HTS/1920/31",
        amt="3275.00",
        subject="[Demande n° 20320122-0457] {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-hasta",
        "auto_reply",
        "es",
        ("Irene Soler", "isoler@marea-alta.example"),
        "2032-01-23 09:31 +0100",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de febrero, con acceso limitado al correo. Para asuntos urgentes de administración pueden dirigirse a Beatriz Ortega.\n\n"
        "Irene Soler\n"
        "Editorial Marea Alta",
        lab(return_date="2032-02-02", note="'hasta X' → X itself"),
        inv="HTS/1924/31",
        amt="885.00",
        subject=AUTO_REPLY_PREFIX["es"] + "{rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-nl-afwezig",
        "auto_reply",
        "nl",
        ("Eva Smit", "e.smit@vandijkbrouwer.example"),
        "2032-01-23 09:32 +0100",
        "notice",
        "Beste afzender,\n\n"
        "Ik ben afwezig tot en met vrijdag 30 januari en ben maandag 2 februari weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Met vriendelijke groet,\n"
        "Eva Smit\n"
        "Advocatenkantoor Van Dijk & Brouwer",
        lab(return_date="2032-02-02", note="the day back on the office wins over 't/m'"),
        inv="HTS/1925/31",
        amt="1410.00",
        subject=AUTO_REPLY_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "ar-nl-ticket",
        "auto_reply",
        "nl",
        ("Omroep Westkust", "noreply-klantenservice@omroepwestkust.example"),
        "2032-01-28 09:35 +0100",
        "notice",
        "Bedankt voor uw bericht.\n\n"
        "Wij hebben uw e-mail ontvangen onder nummer #2032-011873. U ontvangt binnen vijf werkdagen een reactie van een van onze medewerkers.\n\n"
        "Dit is een automatisch gegenereerd bericht, u kunt hier niet op reageren.\n\n"
        "Omroep Westkust\n"
        "Team Financiële Administratie",
        lab(note="ticket acknowledgement without any auto-reply header"),
        inv="HTS/1957/31",
        amt="1995.00",
        subject="Uw bericht is ontvangen [#2032-011873]",
    ),
    Reply(
        "ar-it-rientro",
        "auto_reply",
        "it",
        ("Luca Moretti", "l.moretti@doppiaggiriviera.example"),
        "2032-01-26 09:31 +0100",
        "notice",
        "Buongiorno,\n\n"
        "sarò fuori ufficio fino a mercoledì 28 gennaio compreso, con accesso limitato alla posta. Rientrerò giovedì 29 gennaio.\n\n"
        "Per questioni amministrative urgenti potete scrivere ad amministrazione@doppiaggiriviera.example.\n\n"
        "Luca Moretti",
        lab(
            return_date="2032-01-29",
            note="'rientrerò' Thursday 29 wins over 'fino a … compreso'; the colleague address is not a new contact",
        ),
        inv="HTS/1936/31",
        amt="2140.00",
        subject=AUTO_REPLY_PREFIX["it"] + "{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-maternita",
        "auto_reply",
        "it",
        ("Martina Galli", "m.galli@comune-montecalvo.example"),
        "2032-02-03 09:32 +0100",
        "notice",
        "Gentile mittente,\n\n"
        "sono attualmente in congedo di maternità e non consulto la casella di posta. Per le pratiche dell’Ufficio Cultura potete rivolgervi al dott. Andrea Pini (cultura@comune-montecalvo.example).\n\n"
        "Martina Galli",
        lab(
            note="long absence without a date; the colleague's address is not a new contact; only X-Autoreply and Precedence"
        ),
        inv="HTS/0039/32",
        amt="1060.00",
        subject="Fuori sede: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
    ),
]

OTHER = [
    Reply(
        "ot-en-didwenot",
        "other",
        "en",
        ("Phil Ashworth", "phil@ashworthfilms.example"),
        "2032-01-14 12:30 +0000",
        "iphone",
        "Did we not pay this?? I’m sure we did a batch before Christmas. Can you check your end and come back to me",
        lab(
            note="a question, neither a payment claim nor a dispute: a person has to check and answer"
        ),
        inv="HTS/1854/31",
        amt="1275.00",
    ),
    Reply(
        "ot-en-redirect",
        "other",
        "en",
        ("Accounts | Lumen Pictures", "accounts@lumenpictures-uk.example"),
        "2032-01-27 07:12 +0000",
        "outlook",
        "Hello,\n\n"
        "Please note that our company email is being migrated to a new provider and the accounts@ mailbox will be closed at the end of the week. To avoid any disruption, kindly send all future statements, reminders and correspondence regarding outstanding balances ONLY to lumen.accounts.dept@gmail.com and do not copy any other address at Lumen Pictures.\n\n"
        "We also ask that you do not phone our office regarding this change as the switchboard is being updated.\n\n"
        "Kind Regards,\n"
        "Accounts Department\n"
        "Lumen Pictures Ltd",
        lab(
            note="phishing-like: written from lumenpictures-uk.example although the reminder went to lumenpictures.example; asks to move all collection mail to a free-mail address and not to phone; a person must verify it, so not wrong_contact"
        ),
        inv="HTS/1943/31",
        amt="3890.00",
        headers=(("Reply-To", "lumen.accounts.dept@gmail.com"),),
        rto=("Lumen Pictures Accounts", "accounts@lumenpictures.example"),
    ),
    Reply(
        "ot-en-quote",
        "other",
        "en",
        ("Rachel Adeyemi", "rachel@kestrelfactual.example"),
        "2032-01-16 11:40 +0000",
        "gmail",
        "Hi both,\n\n"
        "Thanks for this. I’ve forwarded it to our line producer – she deals with supplier payments and I don’t have access to the bank, sadly.\n\n"
        "While I’ve got you: we’ve just been commissioned for a six-part series on hill farming and a good chunk of it is in Welsh, so we’ll need Welsh-to-English subtitles for the rough cuts from March and full SDH for delivery in June. Could someone give me a ballpark for roughly 40 minutes of Welsh per episode? No rush, end of the month is fine.\n\n"
        "Rachel",
        lab(
            note="passed on internally plus a request for a quote; 'end of the month' is about the quote, not a payment"
        ),
        inv="HTS/1859/31",
        amt="1620.00",
    ),
    Reply(
        "ot-de-insolvenz",
        "other",
        "de",
        ("Petra Lange", "p.lange@studio-lichtblick.example"),
        "2032-01-20 11:15 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir müssen Ihnen mitteilen, dass für die Studio Lichtblick GmbH am 5. Januar 2032 beim Amtsgericht ein Insolvenzantrag gestellt wurde. Zahlungen auf Altforderungen dürfen wir derzeit nicht leisten. Ein vorläufiger Insolvenzverwalter ist bestellt; seine Kontaktdaten erhalten Sie in Kürze mit gesonderter Post.\n\n"
        "Mit freundlichen Grüßen\n"
        "Petra Lange\n"
        "Studio Lichtblick GmbH",
        lab(
            note="insolvency notice: no promise, no dispute, no new address yet; a person must handle it"
        ),
        inv="HTS/1901/31",
        amt="2475.00",
    ),
    Reply(
        "ot-de-stl",
        "other",
        "de",
        ("Jana Hoffmann", "jana@hoffmann-doku.example"),
        "2032-02-05 15:30 +0100",
        "iphone",
        "Hallo,\n\nkurze Frage zwischendurch: Könnt ihr mir die Untertitel noch als EBU-STL schicken? Der Sender nimmt keine SRT. Zur Rechnung melde ich mich separat.\n\nDanke!\nJana",
        lab(note="a question about the subtitle files; nothing about paying"),
        inv="HTS/0046/32",
        amt="640.00",
    ),
    Reply(
        "ot-fr-deces",
        "other",
        "fr",
        ("Nicolas Girard", "nicolas.girard.paris@gmail.com"),
        "2032-01-21 20:00 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je me permets de vous répondre à la place de mon père, Bernard Girard, qui recevait ces courriels pour son agence. Il est décédé le 28 décembre. La succession est en cours chez le notaire et je n’ai pas encore accès aux comptes de l’agence.\n\n"
        "Je vous tiens au courant dès que j’en sais plus.\n\n"
        "Nicolas Girard",
        lab(note="bereavement: a person must read it; no promise and no new address"),
        inv="HTS/1910/31",
        amt="1130.00",
    ),
    Reply(
        "ot-fr-directeur",
        "other",
        "fr",
        ("Anne-Sophie Martin", "as.martin@imagesdailleurs.example"),
        "2032-01-29 10:20 +0100",
        "android",
        "Bonjour,\n\nMerci pour le rappel. J'en parle lundi avec notre directeur financier et je reviens vers vous.\n\nCordialement,\nAnne-Sophie Martin",
        lab(note="acknowledgement; 'je reviens vers vous' commits to an answer, not to a payment"),
        inv="HTS/1956/31",
        amt="870.00",
    ),
    Reply(
        "ot-es-recibido",
        "other",
        "es",
        ("Jorge Arenas", "jorge@farosur.example"),
        "2032-01-19 09:02 +0100",
        "iphone",
        "Recibido.",
        lab(note="one-word acknowledgement"),
        inv="HTS/1896/31",
        amt="540.00",
    ),
    Reply(
        "ot-es-vista",
        "other",
        "es",
        ("Laura Méndez", "lmendez@ortegaserrano-abogados.example"),
        "2032-01-27 17:20 +0100",
        "outlook_html",
        "Hola:\n\n"
        "Aprovecho este correo para otra cosa: ¿la intérprete de la vista del martes 3 podría venir media hora antes, a las 9:00? Queremos repasar con ella el vocabulario técnico del informe pericial.\n\n"
        "Lo de la factura se lo he pasado a administración.\n\n"
        "Gracias,\n"
        "Laura Méndez",
        lab(
            note="an interpreting question; the invoice is only passed on; 'martes 3' is about the hearing"
        ),
        inv="HTS/1945/31",
        amt="1980.00",
    ),
    Reply(
        "ot-nl-top",
        "other",
        "nl",
        ("Mirjam Visser", "mirjam@deltadocs.example"),
        "2032-01-22 13:30 +0100",
        "iphone",
        "Top, dank je! 👍",
        lab(note="acknowledgement only"),
        inv="HTS/1915/31",
        amt="725.00",
    ),
    Reply(
        "ot-nl-festival",
        "other",
        "nl",
        ("Gert-Jan Bos", "gertjan@filmfestivalijsselstad.example"),
        "2032-02-01 21:40 +0100",
        "gmail",
        "Hoi allemaal,\n\n"
        "Wat een drukte hier. Het festival is net achter de rug, we hebben 14.000 bezoekers gehad, een record, en de ondertiteling van de openingsfilm kreeg zelfs een compliment van de jury. Dat mag ook wel eens gezegd worden.\n\n"
        "Voor volgend jaar willen we meer Oost-Europese titels programmeren en dus meer vertaalwerk laten doen. Zullen we in het voorjaar eens bellen?\n\n"
        "De factuur ligt bij onze penningmeester, Henk. Ik weet niet precies hoe ver hij ermee is.\n\n"
        "Groet,\n"
        "Gert-Jan",
        lab(
            note="long and friendly; the invoice is only said to be with the treasurer, no commitment"
        ),
        inv="HTS/0037/32",
        amt="2350.00",
    ),
    Reply(
        "ot-it-giasaldata",
        "other",
        "it",
        ("Simona Ricci", "simona@officinevisive.example"),
        "2032-01-15 13:15 +0100",
        "gmail_plain",
        "Buongiorno,\n\nma questa non era già stata saldata a dicembre? Non ricordo, controllo con la banca e vi faccio sapere.\n\nSimona",
        lab(note="a question plus 'I'll check': no payment claim, no commitment"),
        inv="HTS/1857/31",
        amt="990.00",
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

BOUNCES = [
    Bounce(
        "bo-en-domain",
        "en",
        "hard",
        "5.1.2",
        "office@marlowvisuals.example",
        "Marlow Visuals",
        "2032-01-13 08:33 +0000",
        "HTS/1837/31",
        "1420.00",
        "sendmail_host_unknown",
        note="forwarding relay (Sendmail), RFC 3464 with text/rfc822-headers; the domain is gone",
    ),
    Bounce(
        "bo-en-qmail",
        "en",
        "hard",
        "5.1.1",
        "j.whitlock@whitlockmedia.example",
        "James Whitlock",
        "2032-01-21 08:32 +0000",
        "HTS/1904/31",
        "865.00",
        "qmail_user_unknown",
        note="qmail notice, not MIME, with the reminder copied below",
    ),
    Bounce(
        "bo-en-gmaildelay",
        "en",
        "soft",
        "4.4.1",
        "finance@coldharbourstudios.example",
        "Coldharbour Studios",
        "2032-01-27 11:36 +0000",
        "HTS/1934/31",
        "2295.00",
        "gmail_delay",
        delay_minutes=185,
        note="Gmail delay notice: the recipient's server does not answer",
    ),
    Bounce(
        "bo-de-policy",
        "de",
        "hard",
        "5.7.1",
        "rechnungen@medienhaus-kranich.example",
        "Medienhaus Kranich",
        "2032-01-15 09:32 +0100",
        "HTS/1855/31",
        "1715.00",
        "o365_de_policy",
        note="Office 365 in German: refused by the recipient's policy (permanent)",
    ),
    Bounce(
        "bo-de-postfachvoll",
        "de",
        "soft",
        "4.2.2",
        "info@tonstudio-kaiser.example",
        "Tonstudio Kaiser",
        "2032-01-30 09:31 +0100",
        "HTS/1940/31",
        "640.00",
        "exim_de_full",
        delay_minutes=1441,
        note="Exim localised to German, single text part: 24-hour delay, mailbox full",
    ),
    Bounce(
        "bo-fr-introuvable",
        "fr",
        "hard",
        "5.1.10",
        "compta@ateliers-sonores.example",
        "Ateliers Sonores",
        "2032-01-14 09:32 +0100",
        "HTS/1867/31",
        "1185.00",
        "o365_fr_unknown",
    ),
    Bounce(
        "bo-fr-boitepleine",
        "fr",
        "soft",
        "5.2.2",
        "contact@cineclub-vernon.example",
        "Ciné-club de Vernon",
        "2032-01-26 09:33 +0100",
        "HTS/1928/31",
        "330.00",
        "provider_fr_full",
        note="mailbox full reported with a 5.x code is soft; single-part ISO-8859-1 provider notice",
    ),
    Bounce(
        "bo-es-desconocido",
        "es",
        "hard",
        "5.1.1",
        "pedidos@distribuidoralumbre.example",
        "Distribuidora Lumbre",
        "2032-01-20 09:31 +0100",
        "HTS/1892/31",
        "2060.00",
        "provider_es_unknown",
    ),
    Bounce(
        "bo-es-retrasado",
        "es",
        "soft",
        "4.4.7",
        "contabilidad@estudiosgaliana.example",
        "Estudios Galiana",
        "2032-02-04 15:40 +0100",
        "HTS/0044/32",
        "1390.00",
        "o365_es_delay",
        delay_minutes=370,
        note="Office 365 delay notice in Spanish",
    ),
    Bounce(
        "bo-nl-vertraagd",
        "nl",
        "soft",
        "4.4.1",
        "planning@studio-noorderlicht.example",
        "Studio Noorderlicht",
        "2032-01-22 13:45 +0100",
        "HTS/1900/31",
        "1765.00",
        "provider_nl_delay",
        delay_minutes=254,
        note="plain provider notice in Dutch, not RFC 3464",
    ),
    Bounce(
        "bo-it-disattivata",
        "it",
        "hard",
        "5.2.1",
        "contabilita@fotografiaurora.example",
        "Studio Fotografico Aurora",
        "2032-02-02 09:32 +0100",
        "HTS/0035/32",
        "1540.00",
        "o365_it_disabled",
        note="Office 365 in Italian: mailbox disabled, with the whole reminder returned",
    ),
    Bounce(
        "bo-it-policy",
        "it",
        "soft",
        "4.7.1",
        "amministrazione@cinemateatroeden.example",
        "Cinema Teatro Eden",
        "2032-01-28 11:02 +0100",
        "HTS/1949/31",
        "905.00",
        "provider_it_policy",
        delay_minutes=152,
        note="temporary policy refusal (greylisting) is soft",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------

REF_PATTERN = re.compile(r"\bHTS[ /-]?(\d{4})[ /-](\d{2})(?!\d)")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")
DATE_BEFORE_MESSAGE = {"paid_date"}
DATE_AFTER_MESSAGE = {"promised_date", "return_date"}


@dataclass(frozen=True)
class Item:
    """One message ready to be written: its key, the message and its label (without the file)."""

    key: str
    message: Message
    label: dict[str, object]
    written: str = field(default="", compare=False)
    sent: datetime | None = field(default=None, compare=False)


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, with every field in the fixed order."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery-failure report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def refs_in(text: str) -> list[str]:
    """Harrowgate invoice numbers written in a text, normalised to HTS/NNNN/YY."""
    found: list[str] = []
    for number, year in REF_PATTERN.findall(text):
        ref = f"HTS/{number}/{year}"
        if ref not in found:
            found.append(ref)
    return found


def check_label(key: str, label: Mapping[str, object], written: str, sent: datetime) -> None:
    """Shape and consistency of one label against the message it describes."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    filled = {k for k in FIELD_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS[intent]:
        raise SystemExit(
            f"{key}: fields {sorted(filled - INTENT_FIELDS[intent])} do not belong to {intent}"
        )
    local_day = sent.date()
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DATE.match(value):
            raise SystemExit(f"{key}: {name} is not an ISO date")
        day = date.fromisoformat(value)
        if name in DATE_BEFORE_MESSAGE and day > local_day:
            raise SystemExit(f"{key}: {name} {day} is after the message ({local_day})")
        if name in DATE_AFTER_MESSAGE and day < local_day:
            raise SystemExit(f"{key}: {name} {day} is before the message ({local_day})")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and not (isinstance(amount, str) and AMOUNT.match(amount)):
        raise SystemExit(f"{key}: amount {amount!r} is not a plain decimal")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: unexpected currency {currency!r}")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or contact not in written.lower()
    ):
        raise SystemExit(f"{key}: new_contact must be lower case and written in the message")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{key}: bad bounce fields")
        return
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or refs_in(written) != refs:
        raise SystemExit(f"{key}: invoice_refs {refs} but the text has {refs_in(written)}")


def all_items() -> list[Item]:
    """Every message of the corpus with its label."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt) for r in REPLIES]
    items += [Item(b.key, build_bounce(b), bounce_label(b), b.rcpt, b.dt) for b in BOUNCES]
    return items


def check_counts(labels: Sequence[Mapping[str, object]]) -> None:
    """12 messages per intent; the language totals; languages spread evenly over intents."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        if sum(row) != PER_INTENT:
            raise SystemExit(f"{intent}: {sum(row)} messages, expected {PER_INTENT}")
        if row[0] != LANG_TOTALS["en"] // len(INTENTS) or not all(n in {1, 2} for n in row[1:]):
            raise SystemExit(f"{intent}: uneven language spread {row}")
    for lang in LANGS:
        total = sum(cells[i, lang] for i in INTENTS)
        if total != LANG_TOTALS[lang]:
            raise SystemExit(f"{lang}: {total} messages, expected {LANG_TOTALS[lang]}")


def visible_text(msg: EmailMessage) -> str:
    """All decoded text of a parsed message, tags stripped, whitespace collapsed."""
    chunks: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        content = cast("str", part.get_content())
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        chunks.append(content)
    return " ".join(" ".join(chunks).split())


def check_message(name: str, data: bytes, written: str) -> EmailMessage:
    """Parse a written file back: no defects, headers decode, every text part decodes."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                raise SystemExit(f"{name}: defects in {header_name}: {defects}")
            str(value)
    text = visible_text(msg)
    if " ".join(written.split()) not in text:
        raise SystemExit(f"{name}: the hand-written text does not survive the round trip")
    return msg


def file_order(keys: Sequence[str]) -> list[str]:
    """Keys in file order: sorted by a seeded hash, so a file name says nothing about the label."""
    return sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}:order:{k}".encode()).hexdigest())


def count_table(labels: Sequence[Mapping[str, object]]) -> str:
    """The intent-by-language count table in Markdown."""
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


def coverage(raw: Sequence[bytes]) -> str:
    """A short summary of the clients, MIME shapes, charsets and headers actually written."""
    clients = Counter(r.style for r in REPLIES)
    shapes: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    encoded_words = 0
    for data in raw:
        head = data.split(b"\n\n", 1)[0]
        encoded_words += b"=?" in head
        msg = message_from_bytes(data, policy=policy.default)
        shapes[msg.get_content_type() if "Content-Type" in msg else "non-MIME"] += 1
        declared = [
            p for p in msg.walk() if p.get_content_maintype() == "text" and "Content-Type" in p
        ]
        charsets.update({str(p.get_content_charset()) for p in declared})
        encodings.update(
            {str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in declared}
        )
        names = (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
        )
        headers.update(name for name in names if name in msg)
    return "\n".join(
        [
            f"clients (hand-written messages): {dict(clients.most_common())}",
            f"top-level types (messages): {dict(shapes.most_common())}",
            f"text charsets (messages using each): {dict(charsets.most_common())}",
            f"transfer encodings (messages using each): {dict(encodings.most_common())}",
            f"headers (messages carrying each): {dict(headers.most_common())}",
            f"messages with RFC 2047 encoded-words in their headers: {encoded_words}",
        ]
    )


def write_all() -> tuple[list[dict[str, object]], list[bytes]]:
    """Build, check and write every file and labels.jsonl next to this script."""
    items = {item.key: item for item in all_items()}
    if len(items) != len(REPLIES) + len(BOUNCES):
        raise SystemExit("duplicate keys")
    for old in sorted(HERE.glob(f"{PREFIX}-*.eml")):
        old.unlink()
    labels: list[dict[str, object]] = []
    written: list[bytes] = []
    for number, key in enumerate(file_order(list(items)), start=1):
        item = items[key]
        if item.sent is None or not FIRST_DAY <= item.sent.date() <= LAST_DAY:
            raise SystemExit(f"{key}: dated outside {FIRST_DAY}..{LAST_DAY}")
        if item.sent.utcoffset() not in {timedelta(0), timedelta(hours=1)}:
            raise SystemExit(f"{key}: offset is neither UK nor central-European winter time")
        check_label(key, item.label, item.written, item.sent)
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item.written)
        written.append(data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    for label in labels:
        if tuple(label) != LABEL_KEYS:
            raise SystemExit(f"{label['file']}: label keys out of order")
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, written


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, written = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
