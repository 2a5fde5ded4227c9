# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Each message's new text is written on one line per paragraph, as a mail client sends it, with
# the typographic quotes and dashes people really type.
"""Build held-out reply corpus 142: `h142-NNN.eml` and `labels.jsonl`, next to this script.

Every message could arrive in the receivables mailbox of Elmstead Veterinary Laboratory after it
sent an overdue reminder. The new text of every message and its labels are written by hand below.
The script only adds what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings, and the
machine parts of delivery reports. It is deterministic: fixed seed, fixed boundaries, Message-IDs
derived from each message's key, and no clock. Each file is parsed back as a check, and the
count table is printed.
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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout142-7f3a"
PREFIX = "h142"
AR_NAME = "Accounts Receivable"
AR_ADDR = "ar@elmstead-vetlab.example"
AR_DOMAIN = "elmstead-vetlab.example"
AR_MTA = "mail.elmstead-vetlab.example"
FIRST_DAY = date(2031, 12, 1)
LAST_DAY = date(2031, 12, 24)

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
LABEL_ORDER = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")
# Which fields each intent may fill; every other field stays null.
ALLOWED: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12

# --------------------------------------------------------------------------------------------
# Time: UK senders on UK civil time, everyone else on central-European time
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (EU and UK clocks change on it)."""
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(utc: datetime) -> bool:
    """EU rule, also followed by the UK: summer time from 01:00 UTC on the last Sunday of March
    until 01:00 UTC on the last Sunday of October."""
    year = utc.year
    start = datetime.combine(last_sunday(year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(last_sunday(year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return start <= utc < end


def zone_for(region: str, local: datetime) -> timezone:
    """The offset a sender in `region` ("uk" or "cet") shows for a naive local time."""
    base = timedelta(hours=0 if region == "uk" else 1)
    guess = (local - base).replace(tzinfo=UTC)
    return timezone(base + (timedelta(hours=1) if summer_time(guess) else timedelta(0)))


def local_time(text: str, region: str) -> datetime:
    """'2031-12-03 10:14' as an aware datetime in the sender's own offset."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=zone_for(region, naive))


def in_region(moment: datetime, region: str) -> datetime:
    """The same instant as a clock in `region` shows it."""
    utc = moment.astimezone(UTC)
    base = timedelta(hours=0 if region == "uk" else 1)
    offset = base + (timedelta(hours=1) if summer_time(utc) else timedelta(0))
    return utc.astimezone(timezone(offset))


# --------------------------------------------------------------------------------------------
# Locale tables for the quoting clients
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
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
DAY_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines, as each client writes them in each language.
GMAIL_LINE = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_LINE = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_LINE = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
# Outlook's header block: separator line, From, Sent, To, Subject, the colon as typed there.
OUTLOOK_BLOCK = {
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
OUTLOOK_SENT = {
    "en": "{dd} {ml} {y} {HH}:{MM}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_AUTO = {
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
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
CONTENT_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (written for this corpus, in each customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Herinnering – factuur {inv} staat open",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "According to our records the invoice below is now past its due date:\n\n"
        "  Invoice:   {inv}\n  Issued:    {issued}\n  Due:       {due}\n  Balance:   {amount}\n\n"
        "Please arrange payment at your earliest convenience. If you have already paid, let us know the date and your payment reference so that we can match it. If anything on the invoice looks wrong, simply reply to this e-mail.\n\n"
        "With thanks,\n\n"
        "Accounts Receivable\nElmstead Veterinary Laboratory\nUnit 7, Greyfriars Science Park, Elmstead\n01632 960214 · ar@elmstead-vetlab.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "  Rechnungsnummer:  {inv}\n  Rechnungsdatum:   {issued}\n  Fällig seit:      {due}\n  Offener Betrag:   {amount}\n\n"
        "Wir bitten Sie, den Betrag in den nächsten Tagen zu überweisen. Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, teilen Sie uns bitte Datum und Verwendungszweck mit. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nElmstead Veterinary Laboratory"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  N° de facture :    {inv}\n  Date d'émission :  {issued}\n  Échéance :         {due}\n  Montant dû :       {amount}\n\n"
        "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais. Si le paiement a déjà été effectué, merci de nous en communiquer la date et la référence. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nElmstead Veterinary Laboratory"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la siguiente factura figura como pendiente de pago en nuestra contabilidad:\n\n"
        "  Factura:            {inv}\n  Fecha de emisión:   {issued}\n  Vencimiento:        {due}\n  Importe pendiente:  {amount}\n\n"
        "Le agradeceríamos que realizara el pago a la mayor brevedad. Si ya lo ha abonado, indíquenos por favor la fecha y la referencia de la transferencia. Para cualquier consulta sobre la factura puede responder a este mismo correo.\n\n"
        "Un saludo cordial,\n\n"
        "Departamento de Cobros\nElmstead Veterinary Laboratory"
    ),
    "nl": (
        "Beste klant,\n\n"
        "In onze administratie staat de onderstaande factuur nog als onbetaald geregistreerd:\n\n"
        "  Factuurnummer:  {inv}\n  Factuurdatum:   {issued}\n  Vervaldatum:    {due}\n  Openstaand:     {amount}\n\n"
        "Wilt u het bedrag zo snel mogelijk overmaken? Heeft u al betaald, laat ons dan de datum en het betalingskenmerk weten, dan koppelen wij de betaling. Vragen over de factuur? Beantwoord gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nElmstead Veterinary Laboratory"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre verifiche contabili la fattura indicata di seguito risulta ancora da saldare:\n\n"
        "  Fattura n.:       {inv}\n  Data emissione:   {issued}\n  Scadenza:         {due}\n  Importo dovuto:   {amount}\n\n"
        "La invitiamo a provvedere al pagamento quanto prima. Se il pagamento è già stato disposto, Le chiediamo di comunicarci data e riferimento del bonifico. Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nElmstead Veterinary Laboratory"
    ),
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_SWAPS = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "·": "-",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount the way the reminder prints it for a customer in `lang`."""
    units, cents = f"{Decimal(amount):,.2f}".split(".")
    sep = "," if lang == "en" else ("\u00a0" if lang == "fr" else ".")
    grouped = units.replace(",", sep)
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {grouped},{cents}"
    return f"{grouped},{cents}\u00a0{symbol}" if lang == "fr" else f"{grouped},{cents} {symbol}"


def fit(text: str, charset: str) -> str:
    """What a client that only has `charset` makes of the reminder (Latin-1 lacks – and €)."""
    if charset.lower() in {"iso-8859-1", "latin-1"}:
        for bad, good in LATIN1_SWAPS.items():
            text = text.replace(bad, good)
    return text


def stamp(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    wd, mo = moment.weekday(), moment.month - 1
    values = {
        "wl": DAY_NAMES[lang][wd],
        "wa": DAY_ABBR[lang][wd],
        "ml": MONTH_NAMES[lang].split()[mo],
        "ma": MONTH_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
    }
    return template.format(**values, **extra)


# --------------------------------------------------------------------------------------------
# Keys, hashes and identifiers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (the only source of 'randomness')."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, n: int, upper: bool = True) -> str:
    """A base32 token of length n."""
    text = base64.b32encode(digest(key, salt)).decode().rstrip("=")[:n]
    return text if upper else text.lower()


def number(key: str, salt: str, low: int, high: int) -> int:
    """A stable integer in [low, high]."""
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low + 1)


def uuid_like(key: str, salt: str) -> str:
    """A UUID-shaped string, upper case, as Apple clients write them."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-A{h[17:20]}-{h[20:32]}"


def reminder_id(key: str) -> str:
    """Message-ID of the reminder this message answers."""
    return f"<dm.{token(key, 'reminder', 18, upper=False)}@{AR_DOMAIN}>"


def reply_id(key: str, client: str, addr: str, uk: bool) -> str:
    """Message-ID shaped like the sending client's."""
    domain = addr.rsplit("@", 1)[1]
    if client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(key, "gm")).decode().rstrip("=")[:42]
        return f"<CA{tail[:2].upper()}{tail[2:]}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        host = f"{'LO2P265MB' if uk else 'AM9PR03MB'}{number(key, 'host', 1000, 9999)}"
        return f"<{host}{digest(key, 'ms').hex()[:21].upper()}@{host}.{'GBRP265' if uk else 'EURPRD03'}.PROD.OUTLOOK.COM>"
    if client in {"apple", "apple_html", "iphone"}:
        return f"<{uuid_like(key, 'apple')}@{domain}>"
    if client == "thunderbird":
        return f"<{uuid_like(key, 'tb').lower()}@{domain}>"
    return f"<{token(key, 'notice', 20, upper=False)}.{number(key, 'n', 10000, 99999)}@{domain}>"


def order_key(key: str) -> str:
    """The shuffle: files are numbered by this hash of the key, so a name says nothing."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


# --------------------------------------------------------------------------------------------
# MIME building blocks (compat32 Message, transfer encoding done here by hand)
# --------------------------------------------------------------------------------------------


def encode_body(text: str, charset: str, cte: str) -> str:
    """The payload as it travels: QP, base64, 8bit (raw bytes kept via surrogateescape) or 7bit."""
    raw = text.encode(charset)
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "7bit":
        return raw.decode("ascii")
    raise ValueError(cte)


CTE_NAME = {
    "qp": "quoted-printable",
    "base64": "base64",
    "8bit": "8bit",
    "7bit": "7bit",
}


def text_part(text: str, subtype: str, charset: str, cte: str, flowed: bool = False) -> Message:
    """A single text part with its charset and transfer encoding."""
    part = Message()
    params = f'; charset="{charset}"' + ("; format=flowed" if flowed else "")
    part["Content-Type"] = f"text/{subtype}{params}"
    part["Content-Transfer-Encoding"] = CTE_NAME[cte]
    part.set_payload(encode_body(text, charset, cte))
    return part


def multipart(subtype: str, parts: list[Message], extra: str = "") -> Message:
    """A multipart container; its boundary is set later, from the message key."""
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}{extra}"
    for part in parts:
        outer.attach(part)
    return outer


def header_value(value: str, charset: str, name: str = "Subject", b64: bool = False) -> str:
    """A header as a client encodes it: RFC 2047 encoded words once it leaves ASCII.

    Exchange and Gmail write UTF-8 headers as B words; the others, and every Latin-1 or
    windows-1252 header, use Q.
    """
    if value.isascii():
        return value
    try:
        value.encode(charset)
        chosen = charset
    except UnicodeEncodeError:
        chosen = "utf-8"
    words = email_charset.Charset(chosen)
    words.header_encoding = email_charset.BASE64 if b64 and chosen == "utf-8" else email_charset.QP
    return Header(value, words, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, b64: bool = False) -> str:
    """A From/To value, with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From', b64)} <{addr}>"


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries in the sending client's own shape."""
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(containers):
        salt = f"boundary{n}"
        if style in {"gmail", "gmail_plain"}:
            boundary = f"000000000000{digest(key, salt).hex()[:16]}"
        elif style in OUTLOOK_FAMILY:
            boundary = f"_00{n}_{token(key, salt, 24)}_"
        elif style in {"apple", "apple_html", "iphone"}:
            boundary = f"Apple-Mail={uuid_like(key, salt)}"
        else:
            boundary = f"----=_Part_{number(key, salt, 100000, 999999)}_{number(key, salt + 'b', 10**8, 10**9 - 1)}.{number(key, salt + 'c', 10**12, 10**13 - 1)}"
        part.set_boundary(boundary)


def content_headers_last(msg: Message, version: str = "1.0") -> None:
    """MIME-Version, Content-Type and Content-Transfer-Encoding go below the envelope headers."""
    saved = [
        (n, msg[n]) for n in ("Content-Type", "Content-Transfer-Encoding") if msg[n] is not None
    ]
    for n, _ in saved:
        del msg[n]
    del msg["MIME-Version"]
    if saved:
        msg["MIME-Version"] = version
    for n, v in saved:
        msg[n] = v


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------

Labels = Mapping[str, object]


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One message written by a person or sent by a customer's system, with its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Labels
    inv: str
    amount: str
    currency: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    days: int = 1
    region: str = ""
    attachment: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def zone(self) -> str:
        """UK senders write English here; everyone else is on central-European time."""
        return self.region or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return local_time(self.when, self.zone)

    @property
    def money_code(self) -> str:
        """The invoice currency: pounds for UK customers, euros for the rest."""
        return self.currency or ("GBP" if self.zone == "uk" else "EUR")


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    to: str


def reminder_sent(reply: datetime, days: int) -> datetime:
    """Reminders leave at about half past eight UK time on a working day before the reply."""
    day = reply.astimezone(UTC).date() - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    naive = datetime.combine(day, datetime.min.time()).replace(
        hour=8, minute=30 + day.day % 9, second=12
    )
    return naive.replace(tzinfo=zone_for("uk", naive))


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date (30 days' terms): numbers 0380-0810 were issued through October 2031."""
    issued = date(2031, 10, 1) + timedelta(days=(int(inv[-4:]) - 380) * 26 // 430)
    return issued, issued + timedelta(days=30)


def reminder_subject(lang: str, inv: str) -> str:
    """Subject line of the reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str) -> str:
    """Body of the reminder, in the customer's language."""
    issued, due = invoice_dates(inv)
    show = DATE_STYLE[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=show.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
        due=show.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
        amount=money(amount, currency, lang),
    )


def make_quote(r: Reply) -> Quote:
    """What the reply quotes: the reminder in the sender's language and charset."""
    sent = in_region(reminder_sent(r.dt, r.days), r.zone)
    if sent >= r.dt:
        raise SystemExit(f"{r.key}: reply is older than the reminder it answers")
    subject = fit(reminder_subject(r.lang, r.inv), r.charset)
    text = fit(reminder_text(r.lang, r.inv, r.amount, r.money_code), r.charset)
    name, addr = r.sender
    return Quote(subject, text, sent, f"{name} <{addr}>" if name else addr)


# --------------------------------------------------------------------------------------------
# Text helpers for the quoting layouts
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """Plain-text quoting with '> '."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def as_html_lines(text: str) -> str:
    """Lines joined with <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def as_html_paras(text: str) -> str:
    """Paragraphs as <div> blocks, as webmail writes them."""
    return "\n".join(f"<div>{as_html_lines(p)}</div><div><br></div>" for p in text.split("\n\n"))


def as_word_paras(text: str) -> str:
    """Word's MsoNormal paragraphs, one per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flow_line(line: str, width: int, prefix: str) -> list[str]:
    """RFC 3676 format=flowed: soft breaks end in a space, stuffing where needed."""
    if line == "-- ":
        return [prefix + line]  # the signature separator keeps its space
    if not prefix and (line.startswith((" ", ">", "From "))):
        line = " " + line
    if len(prefix) + len(line) <= width or " " not in line.strip():
        return [prefix + line.rstrip(" ")]
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current}{word} "
        if current and len(prefix) + len(candidate) - 1 > width:
            out.append(prefix + current)
            current = f"{word} "
        else:
            current = candidate
    out.append(prefix + current.rstrip(" "))
    return out


def flowed(text: str, prefix: str = "", width: int = 72) -> str:
    """A whole text in format=flowed, optionally quoted."""
    lines: list[str] = []
    for line in text.split("\n"):
        if prefix and not line:
            lines.append(prefix.rstrip())
        else:
            lines.extend(flow_line(line, width, prefix))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_rows(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of Outlook's header block."""
    _, frm, sent, to, subj, _ = OUTLOOK_BLOCK[r.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, stamp(OUTLOOK_SENT[r.lang], r.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_plain_block(r: Reply, q: Quote) -> str:
    """Header block as text."""
    colon = OUTLOOK_BLOCK[r.lang][5]
    return "\n".join(f"{label}{colon} {value}" for label, value in outlook_rows(r, q))


def outlook_html_block(r: Reply, q: Quote) -> str:
    """Header block as Outlook's HTML writes it."""
    colon = OUTLOOK_BLOCK[r.lang][5]
    return "<br>\n".join(
        f"<b>{html.escape(label)}{colon}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_rows(r, q)
    )


def word_document(r: Reply, q: Quote) -> str:
    """The HTML Outlook desktop sends: Word markup, a divider div above the quoted header."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{as_word_paras(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{outlook_html_block(r, q)}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{as_word_paras(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain text: the localised '-----Original Message-----' block."""
    sep = OUTLOOK_BLOCK[r.lang][0]
    body = f"{r.text}\n\n{sep}\n{outlook_plain_block(r, q)}\n\n{q.text}\n"
    return text_part(body, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML: multipart/alternative with Word markup."""
    plain = f"{r.text}\n\n{outlook_plain_block(r, q)}\n\n{q.text}\n"
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte),
            text_part(word_document(r, q), "html", r.charset, r.cte),
        ],
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message that went out as HTML only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, signature line, underscores, then the header block."""
    rule = "_" * 32
    plain = f"{r.text}\n\n{ANDROID_SIG[r.lang]}\n{rule}\n{outlook_plain_block(r, q)}\n\n{q.text}\n"
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        f'<div dir="auto">{as_html_lines(r.text)}</div>\n'
        '<div dir="auto"><br></div>\n'
        f'<div id="ms-outlook-mobile-signature" dir="auto">{html.escape(ANDROID_SIG[r.lang])}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{outlook_html_block(r, q)}</font>\n'
        "<div>&nbsp;</div></div>\n"
        f"<div>{as_html_paras(q.text)}</div>\n</body>\n</html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, "base64"),
            text_part(markup, "html", r.charset, "base64"),
        ],
    )


def gmail_attribution(r: Reply, q: Quote) -> str:
    """Gmail's attribution line."""
    return stamp(GMAIL_LINE[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, the quote in a gmail_quote blockquote."""
    attribution = gmail_attribution(r, q)
    plain = f"{r.text}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{as_html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attribution, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{as_html_paras(q.text)}</blockquote></div>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ],
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    body = f"{r.text}\n\n{gmail_attribution(r, q)}\n\n{quoted(q.text)}\n"
    return text_part(body, "plain", r.charset, r.cte)


def apple_attribution(r: Reply, q: Quote) -> str:
    """Apple Mail's attribution line."""
    return stamp(APPLE_LINE[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    body = f"{r.text}\n\n{apple_attribution(r, q)}\n\n{quoted(q.text)}\n"
    return text_part(body, "plain", r.charset, r.cte)


def client_apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    attribution = apple_attribution(r, q)
    plain = f"{r.text}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{as_html_paras(r.text)}"
        f'<div><br><blockquote type="cite"><div>{html.escape(attribution, quote=False)}</div><br>'
        f"<div>{as_html_paras(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ],
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the whole quote marked with '>'."""
    body = f"{r.text}\n\n{IPHONE_SIG[r.lang]}\n\n{quoted(apple_attribution(r, q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(body, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, 8bit, quoted lines re-flowed under the attribution."""
    line = stamp(THUNDERBIRD_LINE[r.lang], r.lang, q.sent, name=AR_NAME)
    body = f"{flowed(r.text)}\n\n{line}\n{flowed(q.text, prefix='> ')}\n\n"
    return text_part(body, "plain", r.charset, r.cte, flowed=r.charset.lower() == "utf-8")


def client_notice(r: Reply, q: Quote | None) -> Message:
    """Automatic notices and payment advices quote nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
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
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
APPLE_VERSION = "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
IPHONE_VERSION = "1.0 (1.0)"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject as the client builds it (or as written by hand, '{s}' being the reminder's)."""
    if r.subject:
        return r.subject.format(s=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_extras(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """Headers Exchange adds to messages from Outlook."""
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic", b64=True)),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANG[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANG[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body and a PDF in multipart/mixed when the sender attached something."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    pdf = Message()
    pdf["Content-Type"] = f'application/pdf; name="{name}"'
    pdf["Content-Description"] = name
    pdf["Content-Disposition"] = f'attachment; filename="{name}"; size={len(data)}'
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(data).decode("ascii"))
    return multipart("mixed", [body, pdf])


def build_reply(r: Reply) -> Message:
    """The whole message for a Reply spec."""
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    b64 = r.client in OUTLOOK_FAMILY or r.client.startswith("gmail")
    msg["From"] = mailbox(*r.sender, r.charset, b64)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for name, value in r.headers:
        if name == "Cc":
            msg["Cc"] = value
    msg["Subject"] = header_value(reply_subject(r, q), r.charset, b64=b64)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_id(r.key, r.client, r.sender[1], r.zone == "uk")
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extras = outlook_extras(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extras, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        if name != "Cc":
            msg[name] = value
    version = {
        "apple": APPLE_VERSION,
        "apple_html": APPLE_VERSION,
        "iphone": IPHONE_VERSION,
    }.get(r.client, "1.0")
    content_headers_last(msg, version)
    set_boundaries(msg, r.key, r.client)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"3 0 obj\n<< /Producer (Banca Online - Justificante) >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Tamsin Lyle", "tamsin@lylehouseracing.example"),
        "2031-12-02 07:12",
        "iphone",
        "done",
        lab(note="one-word 'done' under an overdue reminder read as paid; no date given"),
        inv="EVL/2031/0388",
        amount="642.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "University of Northmoor – Accounts Payable",
            "ap.remittances@northmoor-uni.example",
        ),
        "2031-12-04 02:17",
        "notice",
        "REMITTANCE ADVICE\n\nThis is an automatically generated message from the University of Northmoor finance system. Please do not reply to this address.\n\nSupplier:            ELMSTEAD VETERINARY LABORATORY LTD\nSupplier number:     100734\nPayment date:        04/12/2031\nPayment method:      BACS\nPayment reference:   NMU-PAY-418825\n\nOur document   Invoice date   Your reference        Amount GBP\n1900318822     01/10/2031     EVL/2031/0381             412.50\n1900319406     03/10/2031     EVL/2031/0417           1,284.60\n1900321177     20/10/2031     EVL/CN/2031/0012          -50.00\n                                                  ------------\nTotal paid                                            1,647.10\n\nFunds should reach your account within three working days. Queries about this payment to ap.queries@northmoor-uni.example, quoting the payment reference.",
        lab(
            ("EVL/2031/0381", "EVL/2031/0417"),
            paid_date="2031-12-04",
            payment_reference="NMU-PAY-418825",
            amount="1647.10",
            currency="GBP",
            note="AP remittance advice, quotes nothing; the amount is the total paid after a credit note, whose number is not an invoice reference",
        ),
        inv="EVL/2031/0417",
        amount="1284.60",
        subject="Remittance Advice - Payment NMU-PAY-418825",
        charset="us-ascii",
        cte="7bit",
        headers=(("X-Mailer", "Unit4 ERP Notification Service"),),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rachel Okafor", "rachel.okafor@hollinsrowe-vets.example"),
        "2031-12-11 14:36",
        "outlook_html",
        "Hi,\n\nWe paid this one on Tuesday by card over the phone – I spoke to Dev in your office and he took the £918.40 there and then. Could you send me a receipted copy of EVL/2031/0526 for our records please? Our auditors are in next week and I need it on file.\n\nMany thanks,\nRachel\n\nRachel Okafor\nPractice Manager\nHollins & Rowe Veterinary Surgeons\n01632 960533",
        lab(
            ("EVL/2031/0526",),
            paid_date="2031-12-09",
            amount="918.40",
            currency="GBP",
            note="paid (Tuesday before Thursday 11 December) plus a request for a receipted copy: the payment claim wins",
        ),
        inv="EVL/2031/0526",
        amount="918.40",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Birgit Hallmann", "b.hallmann@pferdeklinik-elbaue.example"),
        "2031-12-08 10:25",
        "outlook",
        "Guten Morgen,\n\nerledigt – die Überweisung ist am Freitag rausgegangen, müsste also spätestens morgen bei Ihnen sein. Als Verwendungszweck haben wir die Rechnungsnummer angegeben.\n\nViele Grüße\nBirgit Hallmann\nPferdeklinik Elbaue – Verwaltung",
        lab(
            paid_date="2031-12-05",
            note="'am Freitag' is past: the Friday before Monday 8 December",
        ),
        inv="EVL/2031/0604",
        amount="2418.90",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        (
            "Vetalliance - Comptabilité fournisseurs",
            "ne-pas-repondre@vetalliance.example",
        ),
        "2031-12-10 05:40",
        "notice",
        "AVIS DE PAIEMENT\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n\nFournisseur :            ELMSTEAD VETERINARY LABORATORY (F004127)\nDate de paiement :       10/12/2031\nMode de règlement :      Virement SEPA\nRéférence du virement :  VAL-SEPA-20311210-0066\n\nPièces réglées :\n  EVL/2031/0698    du 20/10/2031    2 310,00 EUR\n  EVL/2031/0702    du 20/10/2031      840,00 EUR\n\nMontant total réglé :    3 150,00 EUR\n\nPour toute question sur ce règlement, écrivez au service fournisseurs : fournisseurs@vetalliance.example",
        lab(
            ("EVL/2031/0698", "EVL/2031/0702"),
            paid_date="2031-12-10",
            payment_reference="VAL-SEPA-20311210-0066",
            amount="3150.00",
            currency="EUR",
            note="payment advice from the customer's AP system; the amount is the total of both invoices",
        ),
        inv="EVL/2031/0698",
        amount="2310.00",
        subject="Avis de paiement n° VAL-SEPA-20311210-0066",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Pauline Géraud", "p.geraud@harasdesbrumes.example"),
        "2031-12-16 10:05",
        "gmail",
        "Bonjour,\n\nC'est réglé depuis vendredi, par virement. Vous devriez l'avoir reçu à l'heure qu'il est ; si ce n'est pas le cas, dites-le-moi et je relance la banque.\n\nPauline Géraud\nHaras des Brumes",
        lab(
            paid_date="2031-12-12",
            note="'depuis vendredi': paid on the Friday before Tuesday 16 December",
        ),
        inv="EVL/2031/0731",
        amount="564.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Jordi Puig", "jordi@granjapuig.example"),
        "2031-12-10 19:40",
        "iphone",
        "Ya está pagada, la transferencia la hice el lunes. Si no os ha llegado decídmelo y lo miro con el banco",
        lab(paid_date="2031-12-08", note="'el lunes' is past: Monday 8 December"),
        inv="EVL/2031/0655",
        amount="389.50",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Marta Ibáñez Ruiz", "administracion@clinicalosalmendros.example"),
        "2031-12-02 11:20",
        "outlook_html",
        "Buenos días:\n\nCreo que hay un error: esta factura no está pendiente. La pagamos el 28/11 por transferencia, junto con la EVL/2031/0455, por un total de 1.376,20 €. Le adjunto el justificante del banco.\n\nUn saludo,\n\nMarta Ibáñez\nAdministración – Clínica Veterinaria Los Almendros",
        lab(
            ("EVL/2031/0455",),
            paid_date="2031-11-28",
            amount="1376.20",
            currency="EUR",
            note="'no está pendiente' denies the debt because it was paid; one transfer for two invoices, only 0455 written in the new text; bank proof attached as a PDF",
        ),
        inv="EVL/2031/0461",
        amount="702.80",
        attachment=("Justificante_transferencia_28-11-2031.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Henk Bosman", "henk@bosman-melkvee.example"),
        "2031-12-04 11:02",
        "thunderbird",
        "Goedemorgen,\n\nHet bedrag van € 486,75 is vanochtend overgemaakt via de app van de bank, met factuurnummer EVL/2031/0612 erbij als omschrijving. Excuses voor de late betaling, het was hier druk met de verbouwing van de stal.\n\nGroet,\nHenk Bosman\nMelkveebedrijf Bosman, Nijbroek",
        lab(
            ("EVL/2031/0612",),
            paid_date="2031-12-04",
            amount="486.75",
            currency="EUR",
            note="'vanochtend' is the message date",
        ),
        inv="EVL/2031/0612",
        amount="486.75",
        cte="8bit",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Sanne van den Berg", "sannevdberg.paardentandarts@gmail.com"),
        "2031-12-13 09:15",
        "gmail",
        "Hoi, is gistern betaald. sorry voor de vertraging!\nSanne",
        lab(
            paid_date="2031-12-12",
            note="typo 'gistern' (gisteren): the day before Saturday 13 December",
        ),
        inv="EVL/2031/0688",
        amount="215.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Laura Benedetti", "amministrazione@vetferrarisconti.example"),
        "2031-12-04 09:48",
        "outlook",
        "Buongiorno,\n\nvi informiamo che in data 03/12/2031 abbiamo disposto il bonifico a saldo della fattura EVL/2031/0579, per un importo di EUR 1.045,00.\nTRN: 0306909612345678480034500IT\n\nRestiamo a disposizione per eventuali chiarimenti.\n\nCordiali saluti\nLaura Benedetti\nAmministrazione\nStudio Associato Veterinario Ferraris-Conti",
        lab(
            ("EVL/2031/0579",),
            paid_date="2031-12-03",
            payment_reference="0306909612345678480034500IT",
            amount="1045.00",
            currency="EUR",
        ),
        inv="EVL/2031/0579",
        amount="1045.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Gianni Roversi", "gianni.roversi@libero.it"),
        "2031-12-07 08:31",
        "iphone",
        "Pagata ieri sera. Scusate il ritardo\n\nGianni",
        lab(paid_date="2031-12-06", note="'ieri sera' from Sunday 7 December"),
        inv="EVL/2031/0640",
        amount="880.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Dr Hannah Pryce", "hannah@pryceequinevets.example"),
        "2031-12-09 13:22",
        "iphone",
        "Hi, I'm on leave with patchy signal but saw this come through. I sign off all our lab invoices so nobody else can pay it – I'll do it the day I'm back, Monday 15th. Sorry for the hassle.\n\nHannah",
        lab(
            promised_date="2031-12-15",
            note="written by a person on leave; the subject reads like an auto-reply but the body promises payment on Monday 15 December",
        ),
        inv="EVL/2031/0562",
        amount="1130.25",
        subject="Out of office - back 15th",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Gareth Lloyd", "gareth.lloyd@wexcombe-wildlife.example"),
        "2031-12-09 10:47",
        "outlook_html",
        "Good morning,\n\nThanks for the nudge. This was held up waiting for sign-off from our head of veterinary services, but it was approved yesterday and has gone into Friday's payment run, so you should see the £2,730.00 on Monday at the latest.\n\nRegards,\nGareth Lloyd\nFinance Officer\nWexcombe Wildlife Park",
        lab(
            promised_date="2031-12-12",
            amount="2730.00",
            currency="GBP",
            note="past tense ('approved', 'has gone into') for a payment still to be made; the date is Friday's run (12 December), not the Monday arrival",
        ),
        inv="EVL/2031/0577",
        amount="2730.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Bill Hedley", "billhedley.coldharbour@gmail.com"),
        "2031-12-06 21:48",
        "gmail_plain",
        "Evening,\n\nSorry I have not got back to you sooner its been a nightmare here. We had the TB test on the Tuesday and two reactors so the whole herd is shut down again until the retest in 60 days, and on top of that the young lad who does the milking broke his wrist so I have been doing both milkings myself and the paperwork has just piled up on the kitchen table. Your bloods were for the calves with the scour back in September and Mr Ashworth was happy with what came back so thank you for that, quick turnaround too. Anyway I know its overdue. The milk cheque comes in at the end of the month and I will pay you in full then, I have written it on the calendar. If theres a problem with that ring the house after 8 in the evening.\n\nBill Hedley\nColdharbour Farm",
        lab(
            promised_date="2031-12-31",
            note="the promise is buried in a long message; 'the end of the month' → 31 December",
        ),
        inv="EVL/2031/0533",
        amount="356.40",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Thomas Reuter", "t.reuter@zoo-lindenau.example"),
        "2031-12-03 15:10",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung lag zur sachlichen Prüfung bei unserer Zootierärztin und ist inzwischen freigegeben. Die Zahlung ist für KW 51 eingeplant.\n\nMit freundlichen Grüßen\ni. A. Thomas Reuter\nRechnungswesen\nZoo Lindenau gGmbH",
        lab(promised_date="2031-12-15", note="'KW 51' → Monday of ISO week 51"),
        inv="EVL/2031/0489",
        amount="1964.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Monika Schäfer", "kreiskasse@landkreis-ostheide.example"),
        "2031-12-08 11:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung wurde vom Veterinäramt sachlich und rechnerisch richtig gezeichnet und liegt zur Anweisung vor. Die Auszahlung erfolgt mit dem Zahllauf am 18.12.2031.\n\nBitte beachten Sie, dass die Kreiskasse Zahlungen nur zu festen Zahlterminen leistet.\n\nMit freundlichen Grüßen\nIm Auftrag\nMonika Schäfer\nKreiskasse Landkreis Ostheide",
        lab(promised_date="2031-12-18", note="public body's fixed payment run"),
        inv="EVL/2031/0521",
        amount="745.60",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Marchand", "secretariat@clinique-tilleuls.example"),
        "2031-12-11 17:55",
        "android",
        "Bonjour,\nLe paiement partira en fin de mois avec nos autres fournisseurs, comme d'habitude.\nBonne soirée\nSophie",
        lab(
            promised_date="2031-12-31",
            note="'en fin de mois' → the last day of December",
        ),
        inv="EVL/2031/0619",
        amount="478.30",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Alejandro Ferrer", "alejandro@yeguadamonteluz.example"),
        "2031-12-11 20:10",
        "iphone",
        "Todavía no, lo siento. La semana que viene sin falta, estamos esperando a que nos paguen la venta de un potro.\n\nAlejandro",
        lab(
            promised_date="2031-12-15",
            note="'todavía no' only says it is not paid yet; 'la semana que viene' → Monday of next week",
        ),
        inv="EVL/2031/0627",
        amount="1540.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Inmaculada Serrano Gil", "gestion.economica@vet.valdeloma-uni.example"),
        "2031-12-03 12:30",
        "outlook",
        "Buenos días:\n\nLe informo de que la factura ya está contabilizada y validada por el departamento. Al tratarse de un organismo público, el pago se realiza a través de la tesorería de la universidad; la propuesta de pago está incluida en la remesa del día 15, por lo que lo recibirán en los días posteriores.\n\nAtentamente,\n\nInmaculada Serrano Gil\nUnidad de Gestión Económica\nFacultad de Veterinaria – Universidad de Valdeloma",
        lab(promised_date="2031-12-15", note="'la remesa del día 15' → 15 December"),
        inv="EVL/2031/0502",
        amount="2875.50",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marloes Kuipers", "administratie@dierenkliniekdevaart.example"),
        "2031-12-01 14:20",
        "gmail",
        "Goedemiddag,\n\nExcuses, deze is erdoorheen geglipt omdat onze boekhouder een tijd ziek is geweest. Ik zorg dat hij over twee weken betaald wordt, samen met de factuur van november.\n\nMet vriendelijke groet,\nMarloes Kuipers\nDierenkliniek De Vaart",
        lab(
            promised_date="2031-12-15",
            note="'over twee weken' → fourteen days after Monday 1 December",
        ),
        inv="EVL/2031/0441",
        amount="612.90",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Gerrit Jan Mulder", "info@stoeterijheidehoeve.example"),
        "2031-12-05 16:40",
        "outlook",
        "Hallo,\n\nIk maak het volgende week donderdag over, dan is de verkoop van de veulens rond.\n\nGroeten,\nGerrit Jan Mulder\nStoeterij Heidehoeve",
        lab(
            promised_date="2031-12-11",
            note="'volgende week donderdag' from Friday 5 December → Thursday 11 December",
        ),
        inv="EVL/2031/0548",
        amount="830.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Marco Tessari", "info@agricolailpoggio.example"),
        "2031-12-02 18:05",
        "gmail_plain",
        "Buonasera,\nmi scuso per il ritardo. Provvediamo al pagamento entro fine mese, appena incassiamo i contributi della PAC.\nSaluti\nMarco Tessari\nAz. Agr. Il Poggio",
        lab(
            promised_date="2031-12-31",
            note="'entro fine mese' → 31 December; the subsidy is the reason, the deadline is given",
        ),
        inv="EVL/2031/0463",
        amount="296.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Elena Marchetti", "amministrazione@bioparcovaldora.example"),
        "2031-12-17 10:30",
        "apple_html",
        "Buongiorno,\n\nabbiamo ricevuto il sollecito. L'importo di € 3.412,80 verrà pagato lunedì prossimo con bonifico, insieme alle altre fatture di dicembre.\n\nUn cordiale saluto,\nElena Marchetti\nUfficio Amministrativo – Bioparco di Valdora",
        lab(
            promised_date="2031-12-22",
            amount="3412.80",
            currency="EUR",
            note="'lunedì prossimo' from Wednesday 17 December → Monday 22 December",
        ),
        inv="EVL/2031/0752",
        amount="3412.80",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Fiona McAllister", "fiona@glenmorrie-vets.example"),
        "2031-12-03 09:12",
        "gmail",
        "Hello,\n\nWe have NOT paid this and won't be paying it as it stands. The histopathology on the mass from 'Bramble' (our ref GM-2231) was never reported – your courier collected the pot on 23 September and after three weeks of chasing we were told the sample couldn't be found. We had to ask the owner to consent to a second procedure.\n\nI'm not prepared to pay for a test that was never done. Please cancel the invoice or issue a credit note.\n\nFiona McAllister BVM&S MRCVS\nGlenmorrie Veterinary Practice",
        lab(
            note="negated payment ('have NOT paid') with the reason: the sample was lost, the test never done"
        ),
        inv="EVL/2031/0471",
        amount="88.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Chris Dunmore", "accounts@fenwickequine.example"),
        "2031-12-05 15:30",
        "outlook",
        "Hi,\n\nEVL/2031/0544 (the bloods) was paid last Friday, you should have that.\n\n0551 we're not paying. It's £95 for a courier collection on 25 September that never happened – the driver didn't turn up, we rang your office twice and in the end one of our vets drove the samples over herself. Please take the collection charge off and reissue.\n\nThanks\nChris Dunmore\nFenwick Equine Hospital",
        lab(
            ("EVL/2031/0544", "EVL/2031/0551"),
            note="one invoice paid, the other disputed: dispute wins; '0551' is a short form",
        ),
        inv="EVL/2031/0551",
        amount="95.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Dr Imogen Hale", "imogen.hale@ravensmere-zoo.example"),
        "2031-12-15 16:02",
        "html_only",
        "Dear Accounts team,\n\nI am writing about invoice EVL/2031/0633 for the post-mortem examinations on our two red pandas and the Bactrian camel calf.\n\nUnder the agreement we signed with Elmstead in March, necropsies on species in a European breeding programme are charged at the conservation rate of £185 per case. The invoice applies your standard commercial rate of £340 per case, so we have been overcharged by £465.00 in total.\n\nWe are happy to pay once the invoice has been corrected. I have copied our finance manager, and we can send you a copy of the agreement if your records do not show it.\n\nYours sincerely,\n\nDr Imogen Hale\nHead of Veterinary Services\nRavensmere Zoological Gardens",
        lab(
            ("EVL/2031/0633",),
            note="contract-rate dispute; payment offered only against a corrected invoice; HTML-only",
        ),
        inv="EVL/2031/0633",
        amount="1020.00",
        headers=(("Cc", "Paul Kerrigan <finance@ravensmere-zoo.example>"),),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Anke Brandt", "praxis@tierarzt-brandt.example"),
        "2031-12-02 18:44",
        "thunderbird",
        "Guten Abend,\n\ndie Rechnung EVL/2031/0472 betrifft dieselbe PCR-Untersuchung (Katze „Mimi“, Einsendung vom 18.09.) wie die Rechnung EVL/2031/0466, die wir bereits am 12.11. bezahlt haben. Sie haben die Untersuchung also doppelt berechnet.\n\nBitte stornieren Sie die 0472.\n\nMit freundlichen Grüßen\nAnke Brandt",
        lab(
            ("EVL/2031/0472", "EVL/2031/0466"),
            note="duplicate billing; the payment mentioned is of the first invoice, not this one",
        ),
        inv="EVL/2031/0472",
        amount="64.50",
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Claudia Krämer", "reitstall.sonnenhof@web.de"),
        "2031-12-14 19:33",
        "iphone",
        "Hallo wir haben bei Ihnen nie etwas in Auftrag gegeben die Blutprobe von unserem Pferd hat unser Tierarzt eingeschickt und der hat uns das schon komplett in Rechnung gestellt wir zahlen das nicht doppelt\nGruß C. Krämer",
        lab(
            note="contests owing the money at all (the vet already billed her); no punctuation; not a change of address"
        ),
        inv="EVL/2031/0683",
        amount="142.00",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Jean-Luc Bertin", "gaec.preshauts@orange.fr"),
        "2031-12-08 08:20",
        "outlook",
        "Bonjour,\n\nJe conteste le montant de cette facture. Les 40 coproscopies de septembre sont facturées 14,50 EUR l'unité, alors que votre devis de juin indique 9,80 EUR pour les analyses de mélange. Je veux bien payer, mais au bon prix.\n\nMerci de m'envoyer une facture rectifiée.\n\nJean-Luc Bertin\nGAEC des Prés Hauts",
        lab(
            note="price disagreement against a quote; the corrected invoice asked for is secondary"
        ),
        inv="EVL/2031/0593",
        amount="580.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Dr Romain Lefebvre", "direction@cliniqueduparc-vet.example"),
        "2031-12-18 12:15",
        "gmail",
        "Bonjour,\n\nNous avons reçu les résultats de la biochimie dix jours après le prélèvement, alors que vous annoncez 48 h, et deux des cinq tubes portaient la mention « hémolysé – ininterprétable ». Nous avons dû refaire les prises de sang à nos frais.\n\nIl n'est pas question de régler cette facture tant que ce point n'est pas réglé. Merci de me rappeler.\n\nDr Romain Lefebvre",
        lab(note="turnaround and sample-quality complaint; refuses to pay until it is sorted out"),
        inv="EVL/2031/0761",
        amount="236.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Pilar Domínguez", "info@granjalaencina.example"),
        "2031-12-09 13:40",
        "gmail_plain",
        "Hola,\n\nNo vamos a pagar esta factura hasta que nos aclaren por qué nos cobran seis análisis de agua cuando solo enviamos tres muestras. Ya se lo dije por teléfono a una compañera suya en noviembre y me contestaron que lo revisaban.\n\nPilar Domínguez\nGranja Escuela La Encina",
        lab(note="billed for six tests, sent three samples; payment withheld"),
        inv="EVL/2031/0566",
        amount="318.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jan-Willem Hoekstra", "info@schapenhouderijtveld.example"),
        "2031-12-10 09:05",
        "outlook_html",
        "Goedemorgen,\n\nDe factuur klopt niet. U rekent twaalf bloedmonsters voor het zwoegerziekte-onderzoek, maar wij hebben er acht ingestuurd (zie ook het inzendformulier). Het verschil is € 148,00.\n\nWilt u een creditnota sturen voor de vier monsters die niet van ons zijn? Dan betalen we de rest direct.\n\nMet vriendelijke groet,\nJan-Willem Hoekstra\nSchapenhouderij 't Veld",
        lab(note="quantity dispute; the rest is paid only after a credit note"),
        inv="EVL/2031/0645",
        amount="444.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ilse de Graaf", "crediteurenadministratie@lingestad-uni.example"),
        "2031-12-04 14:50",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij hebben factuur EVL/2031/0590 niet betaald, omdat de korting van 12% uit de raamovereenkomst (contractnummer LU-2030-0457) niet is toegepast. Wij verzoeken u een gecorrigeerde factuur te sturen; tot die tijd staat de factuur geblokkeerd in ons systeem.\n\nMet vriendelijke groet,\nIlse de Graaf\nCrediteurenadministratie\nUniversiteit Lingestad",
        lab(
            ("EVL/2031/0590",),
            note="framework discount not applied; invoice blocked until corrected",
        ),
        inv="EVL/2031/0590",
        amount="3260.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paolo Ruggeri", "p.ruggeri@vetsanrocco.example"),
        "2031-12-12 19:20",
        "android",
        "Buonasera, in fattura ci sono un profilo tiroideo completo e un esame delle urine che non abbiamo mai richiesto: sul modulo di accettazione era barrato solo l'emocromo. Non paghiamo esami non richiesti, mandatemi una fattura corretta.\nPaolo Ruggeri",
        lab(note="billed for tests never requested"),
        inv="EVL/2031/0667",
        amount="97.40",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Francesca Alfieri", "segreteria@scuderia-alfieri.example"),
        "2031-12-22 10:10",
        "outlook_html",
        "Buongiorno,\n\nla fattura degli esami antidoping (EVL/2031/0803) l'abbiamo saldata venerdì. Contestiamo invece la EVL/2031/0810: ci avete addebitato il ritiro urgente festivo, ma il ritiro è stato fatto giovedì 25 settembre, un normale giorno feriale. La maggiorazione di € 120,00 non è dovuta.\n\nVi chiediamo di emettere una nota di credito per la differenza.\n\nDistinti saluti,\nFrancesca Alfieri\nScuderia Alfieri – Segreteria",
        lab(
            ("EVL/2031/0803", "EVL/2031/0810"),
            note="one invoice paid, a surcharge on the other contested: dispute",
        ),
        inv="EVL/2031/0810",
        amount="265.00",
        charset="windows-1252",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Janet Pengelly", "janet.pengelly@hotmail.co.uk"),
        "2031-12-01 20:15",
        "apple",
        "Dear Sir/Madam\n\nI am so sorry this is still outstanding. My husband was taken into hospital in October and I have been running the smallholding on my own, money is very tight until his sick pay comes through. Would it be possible to pay £60 a month until it is cleared? I can set up a standing order from January.\n\nYours faithfully\nJanet Pengelly\nTregarrow Smallholding",
        lab(note="hardship; asks to pay £60 a month"),
        inv="EVL/2031/0430",
        amount="318.75",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Ollie Brennan", "ollie@brennanracing.example"),
        "2031-12-12 17:05",
        "gmail",
        "Hi there\n\nSent £1,000 across this afternoon and I'll clear the other £1,146.80 by mid January once the owners' fees come in. Hope that's ok, it's been a slow autumn for winners.\n\nOllie",
        lab(note="part paid today, the rest by mid-January → payment_plan, not payment_sent"),
        inv="EVL/2031/0599",
        amount="2146.80",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Sam Whitlock", "sam@whitlockequine.example"),
        "2031-12-17 11:40",
        "thunderbird",
        "Hi,\n\nCould I ask for a bit more time on this one? A couple of big clients haven't paid me yet and cash flow over Christmas is tight. If I could have until the end of January I'd be very grateful – I'll settle everything in one go then.\n\nBest wishes,\nSam\n\n-- \nSam Whitlock BVSc MRCVS\nWhitlock Equine – ambulatory horse vet",
        lab(
            note="asks for more time (to the end of January), then one payment: more time is a payment plan"
        ),
        inv="EVL/2031/0704",
        amount="1268.00",
        cte="8bit",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Martin Brückner", "info@hof-brueckner.example"),
        "2031-12-02 10:15",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nnach dem Ausbruch der Blauzungenkrankheit in unserem Bestand im Herbst ist unsere Liquidität derzeit stark eingeschränkt. Wir möchten Sie daher um eine Ratenzahlung bitten: drei Monatsraten zu je 412,00 EUR, beginnend am 15.01.2032.\n\nFür Ihr Entgegenkommen wären wir Ihnen sehr dankbar.\n\nMit freundlichen Grüßen\nMartin Brückner\nHof Brückner GbR",
        lab(note="formal instalment request; the plan's dates are not labelled"),
        inv="EVL/2031/0458",
        amount="1236.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Ute Berger", "kasse@katzenhilfe-rheinaue.example"),
        "2031-12-18 21:02",
        "gmail",
        "Hallo liebes Elmstead-Team,\n\nwir sind ein kleiner Tierschutzverein und die vielen FIV/FeLV-Tests im Herbst haben unsere Kasse ziemlich geleert. Ich habe heute die Hälfte (310,25 €) überwiesen. Den Rest schaffen wir hoffentlich Ende Januar, wenn die Spenden aus der Weihnachtsaktion da sind.\n\nIst das in Ordnung?\n\nHerzliche Grüße\nUte Berger\nKassenwartin, Katzenhilfe Rheinaue e.V.",
        lab(note="half paid today, the rest at the end of January → payment_plan"),
        inv="EVL/2031/0712",
        amount="620.50",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Élodie Renaud", "elodie@ecuries-renaud.example"),
        "2031-12-05 14:25",
        "apple",
        "Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? Nous traversons une période difficile avec la fermeture du centre équestre pendant les travaux. Je peux faire un premier virement le 19 décembre, puis un en janvier et un en février.\n\nMerci d'avance pour votre compréhension,\nÉlodie Renaud\nÉcuries Renaud",
        lab(note="three instalments; the first date belongs to the plan and is not labelled"),
        inv="EVL/2031/0557",
        amount="945.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Nathalie Perrin", "comptabilite@parc-lacombe.example"),
        "2031-12-15 11:30",
        "outlook_html",
        "Bonjour,\n\nSuite à la baisse de fréquentation de cet automne, nous sollicitons un délai de paiement supplémentaire de 60 jours pour cette facture. Nous nous engageons à la régler au plus tard mi-février.\n\nRestant à votre disposition,\nNathalie Perrin\nComptabilité – Parc animalier de la Combe",
        lab(note="asks for 60 more days; 'mi-février' is part of the request, not a promise"),
        inv="EVL/2031/0726",
        amount="1810.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Luis Cabrera", "gerencia@vetarrabal.example"),
        "2031-12-10 12:00",
        "outlook",
        "Buenos días:\n\nLes escribo para preguntarles si sería posible fraccionar el pago de esta factura en dos plazos: la mitad ahora en diciembre y la otra mitad en enero. Hemos tenido un trimestre complicado con la apertura de la segunda clínica.\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\nLuis Cabrera\nGerente – Clínica Veterinaria Arrabal",
        lab(note="two instalments"),
        inv="EVL/2031/0649",
        amount="1492.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Rocío Fuentes", "rocio.herradora@gmail.com"),
        "2031-12-01 13:15",
        "iphone",
        "Hola puedo pagar la mitad ahora y el resto a finales de mes? Es que este mes voy muy justa\nGracias\nRocío",
        lab(
            note="half now, the rest 'a finales de mes': payment_plan; mobile, hardly any punctuation"
        ),
        inv="EVL/2031/0437",
        amount="240.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wim Jansen", "penningmeester@kinderboerderijdehooiberg.example"),
        "2031-12-16 09:40",
        "outlook",
        "Goedemorgen,\n\nAls stichting draaien wij volledig op vrijwilligers en giften, en het bedrag van deze factuur kunnen wij niet in één keer opbrengen. Zouden wij een betalingsregeling kunnen treffen van vier maandelijkse termijnen, te beginnen in januari?\n\nMet vriendelijke groet,\nWim Jansen\nPenningmeester Stichting Kinderboerderij De Hooiberg",
        lab(note="four monthly instalments"),
        inv="EVL/2031/0716",
        amount="392.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Giovanni Morelli", "cascinamorelli@gmail.com"),
        "2031-12-04 21:30",
        "gmail",
        "Buonasera,\nvorrei chiedervi la possibilità di rateizzare l'importo in tre rate mensili, da gennaio a marzo. Quest'anno con il prezzo del latte così basso siamo in difficoltà e preferisco pagare a rate piuttosto che farvi aspettare senza dire niente.\nGrazie e saluti\nGiovanni Morelli\nCascina Morelli",
        lab(note="three monthly instalments"),
        inv="EVL/2031/0584",
        amount="1122.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Dott. Stefano Colombo", "dsv.amministrazione@unicastelfranco.example"),
        "2031-12-18 09:25",
        "outlook",
        "Gentili,\n\ncon la presente si comunica che, a causa della chiusura dell'esercizio finanziario, il Dipartimento non è in grado di procedere al pagamento della fattura in oggetto entro il 2031. Si chiede pertanto una proroga del termine di pagamento al 28 febbraio 2032; la liquidazione avverrà sui fondi del nuovo esercizio.\n\nCordiali saluti\nDott. Stefano Colombo\nSegreteria Amministrativa – Dipartimento di Scienze Veterinarie\nUniversità degli Studi di Castelfranco",
        lab(
            note="formal request to move the due date to 28 February: more time → payment_plan, no promised date"
        ),
        inv="EVL/2031/0737",
        amount="4380.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Priya Natarajan", "ap@marlowevetgroup.example"),
        "2031-12-08 10:20",
        "outlook_html",
        "Hello,\n\nWe can't process EVL/2031/0497 as it doesn't quote a purchase order number – our system rejects any supplier invoice without one. Please reissue it with PO 4500187263 on it and send it to this mailbox. Once we have it, it'll be paid in the next weekly run.\n\nKind regards,\nPriya Natarajan\nAccounts Payable | Marlowe Veterinary Group",
        lab(
            ("EVL/2031/0497",),
            note="needs a reissue with a PO before paying; the payment promised is conditional on it",
        ),
        inv="EVL/2031/0497",
        amount="1587.35",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Lucy Harman", "reception@brookfield-vets.example"),
        "2031-12-04 12:48",
        "android",
        "Hi, we've got no record of this invoice at all – could you email a copy over? Thanks, Lucy (reception, Brookfield Vets)",
        lab(note="never received the invoice; asks for a copy"),
        inv="EVL/2031/0512",
        amount="176.20",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Mark Ellison", "supplier.payments@kingsbridge-uni.example"),
        "2031-12-11 15:00",
        "outlook",
        "Dear Sir/Madam,\n\nBefore we can release payment we need two things from you:\n\n1. A statement of account showing all open items for the School of Veterinary Medicine (our customer number with you is KBU-0077).\n2. Your bank details confirmed on company letterhead and signed. Our supplier record was flagged in our annual fraud check and payments to you are on hold until it has been re-verified.\n\nPlease send both to this address quoting our reference SP/31/1142.\n\nYours faithfully,\n\nMark Ellison\nSupplier Payments Team\nUniversity of Kingsbridge",
        lab(note="statement of account and bank details on letterhead before payment is released"),
        inv="EVL/2031/0623",
        amount="5240.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Winkler", "rechnungseingang@kesselbach.example"),
        "2031-12-03 13:35",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir nur elektronische Rechnungen im Format XRechnung oder ZUGFeRD (ab Profil EN 16931) verarbeiten. Die uns vorliegende PDF-Rechnung EVL/2031/0508 konnte daher nicht gebucht werden.\n\nBitte übermitteln Sie die Rechnung erneut im richtigen Format an rechnungseingang@kesselbach.example und geben Sie dabei unsere Leitweg-ID 09184123-ZOO-47 an. Die Zahlung erfolgt dann umgehend.\n\nMit freundlichen Grüßen\nPetra Winkler\nZentraler Rechnungseingang\nStadt Kesselbach – Eigenbetrieb Zoo",
        lab(
            ("EVL/2031/0508",),
            note="public body needs an e-invoice in its format before paying; the address named is the sender's own",
        ),
        inv="EVL/2031/0508",
        amount="2210.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Dr. Lukas Hartmann", "hartmann@kleintierpraxis-hartmann.example"),
        "2031-12-15 08:55",
        "gmail_plain",
        "Guten Morgen,\n\num welche Untersuchungen geht es hier eigentlich? Auf der Rechnung steht nur „Diagnostik September, Sammelrechnung“. Ich brauche eine Einzelaufstellung mit Patientennamen und Einsendedatum, sonst kann ich das weder prüfen noch an die Tierhalter weiterberechnen.\n\nGruß\nL. Hartmann",
        lab(
            note="asks what the invoice covers and for an itemised list; the amount is not contested"
        ),
        inv="EVL/2031/0692",
        amount="731.80",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Roux", "compta@vet-martinroux.example"),
        "2031-12-02 16:10",
        "outlook",
        "Bonjour,\n\nNous souhaitons régler cette facture mais nous n'avons pas vos coordonnées bancaires. Pourriez-vous nous transmettre un RIB au nom d'Elmstead Veterinary Laboratory ?\n\nCordialement,\nIsabelle Roux\nCabinet vétérinaire Martin & Roux",
        lab(note="needs bank details to pay"),
        inv="EVL/2031/0476",
        amount="408.00",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Karim Benali", "service.facturier@env-lorvalle.example"),
        "2031-12-17 14:45",
        "outlook_html",
        "Madame, Monsieur,\n\nEn tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur la plateforme Chorus Pro. La facture EVL/2031/0741 nous a été adressée par courriel et ne peut donc pas être mise en paiement.\n\nMerci de la déposer sur Chorus Pro en indiquant le code service FACT-ENV et le numéro d'engagement juridique 0042318977. Le délai de paiement courra à compter de la date de dépôt.\n\nCordialement,\nKarim Benali\nService facturier – École nationale vétérinaire de Lorvalle",
        lab(
            ("EVL/2031/0741",),
            note="public body: the invoice must be filed on its e-invoicing portal before payment",
        ),
        inv="EVL/2031/0741",
        amount="1675.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Montse Vidal", "facturas@cgsierraalta.example"),
        "2031-12-05 10:40",
        "outlook",
        "Buenos días:\n\nLa factura está emitida a nombre de uno de nuestros socios y no de la cooperativa, y así no la podemos contabilizar. ¿Nos la pueden volver a emitir a nombre de Cooperativa Ganadera Sierra Alta, S. Coop., CIF F12345678, con la misma dirección?\n\nEn cuanto la recibamos la pasamos al pago.\n\nGracias,\nMontse Vidal\nAdministración",
        lab(note="reissue to the right legal entity; amount not contested"),
        inv="EVL/2031/0535",
        amount="964.00",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Paco Herrera", "pacoherrera.vet@gmail.com"),
        "2031-12-20 11:05",
        "gmail",
        "buenas, me podeis reenviar la factura? no la encuentro por ningun lado. gracias\nPaco",
        lab(note="no accents or capitals; asks for the invoice again"),
        inv="EVL/2031/0709",
        amount="184.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Eline Verhoeven", "eline@verhoeven-dressuur.example"),
        "2031-12-11 20:30",
        "thunderbird",
        "Goedenavond,\n\nMijn paard is verzekerd en de verzekeraar vergoedt het bloedonderzoek, maar dan moeten ze zowel de factuur als de uitslagen hebben. Zou u mij van allebei een kopie kunnen mailen? Dan betaal ik meteen als de vergoeding binnen is.\n\nGroetjes,\nEline Verhoeven",
        lab(
            note="copies of the invoice and results for the insurer; the payment depends on them: invoice_request"
        ),
        inv="EVL/2031/0651",
        amount="268.50",
        cte="8bit",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Annemiek Postma", "administratie@geitenwei.example"),
        "2031-12-22 11:18",
        "gmail",
        "Hallo,\n\nWij zien in onze boekhouding drie facturen van jullie staan en ik weet niet zeker welke nu nog open staat. Kunnen jullie een rekeningoverzicht sturen met alle facturen en betalingen van dit jaar?\n\nGroet,\nAnnemiek Postma\nMelkgeitenbedrijf De Geitenwei",
        lab(note="statement of account"),
        inv="EVL/2031/0779",
        amount="352.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberta Galli", "amministrazione@villaserena-vet.example"),
        "2031-12-09 09:30",
        "html_only",
        "Buongiorno,\n\nla fattura che ci avete mandato via e-mail per noi non è valida ai fini fiscali: ci serve la fattura elettronica trasmessa tramite SDI. Il nostro codice destinatario è KRRH6B9. Vi preghiamo di riemetterla in formato elettronico; appena la riceviamo la mettiamo in pagamento.\n\nCordiali saluti\nRoberta Galli\nAmministrazione – Clinica Veterinaria Villa Serena S.r.l.",
        lab(
            note="needs an e-invoice through the national exchange system before paying; HTML-only"
        ),
        inv="EVL/2031/0631",
        amount="1290.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Kerry Walsh", "kerry.walsh@marlowevetgroup.example"),
        "2031-12-02 09:35",
        "outlook",
        "Morning,\n\nI'm the practice manager at the Abbotsford branch – we don't pay suppliers locally any more, everything goes through head office since the Marlowe takeover. Please send this and any future reminders to purchase.ledger@marlowevetgroup.example.\n\nThanks\nKerry",
        lab(new_contact="purchase.ledger@marlowevetgroup.example"),
        inv="EVL/2031/0448",
        amount="289.90",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Hollybank Veterinary Centre", "office@hollybank-vets.example"),
        "2031-12-16 03:14",
        "outlook_html",
        "Hello,\n\nPlease be advised that our accounts department has moved to a new system. Kindly update your records and direct all statements, reminders and correspondence to our new dedicated email hollybankvets.accounts@gmail.com with immediate effect. This address will no longer be monitored.\n\nPlease do not call the practice regarding this matter as our phone lines are being upgraded.\n\nRegards,\nAccounts Department",
        lab(
            new_contact="hollybankvets.accounts@gmail.com",
            note="reads like a mailbox-takeover scam (3 a.m., no name, free-mail target, 'do not call'); labelled on what it asks: wrong_contact with the named address, to be verified by a person before anything changes",
        ),
        inv="EVL/2031/0694",
        amount="1455.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Ben Adeyemi", "ben.adeyemi.vet@gmail.com"),
        "2031-12-07 10:22",
        "gmail",
        "Hi,\n\nI think you've got the wrong person. I did a few months' locum work at Riverside Vets in the summer and must have put my own email on a submission form, but I haven't worked there since August and have nothing to do with their accounts. I'm afraid I don't know who does the paying there now.\n\nBen",
        lab(note="wrong person, no new address given"),
        inv="EVL/2031/0517",
        amount="74.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Sabine Lorenz", "s.lorenz@gestuet-eichenried.example"),
        "2031-12-10 08:50",
        "outlook",
        "Guten Morgen,\n\nich bin seit 1. Dezember nicht mehr für die Buchhaltung des Gestüts zuständig. Bitte wenden Sie sich künftig an meine Nachfolgerin, Frau Katja Berger: K.Berger@Gestuet-Eichenried.example\n\nDanke und viele Grüße\nSabine Lorenz",
        lab(
            new_contact="k.berger@gestuet-eichenried.example",
            note="successor's address written in mixed case, labelled in lower case",
        ),
        inv="EVL/2031/0660",
        amount="1186.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bertrand de Villiers", "contact@harasduvaldorne.example"),
        "2031-12-12 11:00",
        "gmail",
        "Bonjour,\n\nCette adresse est celle de l'accueil du haras, je ne m'occupe pas de la comptabilité. Nos factures sont traitées par notre cabinet d'expertise comptable, merci de leur écrire directement : haras.valdorne@cabinet-lemoine-expertise.example\n\nCordialement,\nBertrand de Villiers",
        lab(new_contact="haras.valdorne@cabinet-lemoine-expertise.example"),
        inv="EVL/2031/0663",
        amount="2040.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Chantal Morel", "secretariat.parasito@univ-brevanne.example"),
        "2031-12-01 15:40",
        "outlook_html",
        "Bonjour,\n\nLe laboratoire ne gère pas lui-même ses factures. Merci d'adresser vos relances au service facturier de l'université, sfact-fournisseurs@univ-brevanne.example, en rappelant le numéro du bon de commande.\n\nBien cordialement,\nChantal Morel\nSecrétariat – Laboratoire de parasitologie\nUniversité de Brévanne",
        lab(new_contact="sfact-fournisseurs@univ-brevanne.example"),
        inv="EVL/2031/0426",
        amount="690.00",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Navas", "reservas@ecuestrelospinares.example"),
        "2031-12-04 17:25",
        "iphone",
        "Hola, este correo es el de reservas de clases, aquí no vemos nada de facturas. Eso lo lleva mi hermano Álvaro, escribidle a alvaro.navas@ecuestrelospinares.example\nUn saludo\nCarmen",
        lab(new_contact="alvaro.navas@ecuestrelospinares.example"),
        inv="EVL/2031/0503",
        amount="415.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("María José Campos", "mjcampos78@yahoo.es"),
        "2031-12-13 12:40",
        "iphone",
        "Buenas, creo que se han equivocado de dirección. No tengo ninguna clínica ni animales, soy profesora de instituto. Será alguien con un correo parecido al mío.",
        lab(note="a stranger with a similar address; no new contact"),
        inv="EVL/2031/0676",
        amount="133.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Joost Verbeek", "j.verbeek@dierenartsenpraktijkdelinde.example"),
        "2031-12-08 16:05",
        "outlook_html",
        "Goedemiddag,\n\nIk werk sinds 1 december niet meer bij Dierenartsenpraktijk De Linde en lees deze mailbox alleen deze week nog. Facturen en herinneringen kunt u voortaan sturen naar administratie@dierenartsenpraktijkdelinde.example.\n\nMet vriendelijke groet,\nJoost Verbeek",
        lab(new_contact="administratie@dierenartsenpraktijkdelinde.example"),
        inv="EVL/2031/0569",
        amount="512.40",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Ria Kamphuis", "info@zorgboerderijhetkampje.example"),
        "2031-12-17 10:00",
        "gmail",
        "Hoi,\n\nDeze mail kwam bij mij binnen, maar ik ben de zorgcoördinator. Onze boekhouding zit op Boekhouding@ZorgboerderijHetKampje.example, die heb ik in de cc gezet.\n\nGroetjes,\nRia",
        lab(
            new_contact="boekhouding@zorgboerderijhetkampje.example",
            note="address written in mixed case and also copied in Cc",
        ),
        inv="EVL/2031/0747",
        amount="198.00",
        headers=(("Cc", "Boekhouding@ZorgboerderijHetKampje.example"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alberto Sala", "alberto@scuderiamonteverde.example"),
        "2031-12-16 07:50",
        "iphone",
        "Buongiorno, i pagamenti della scuderia li gestisce lo studio del commercialista, scrivete a studio.ferri@commercialisti-ferri.example che ci pensano loro.\nAlberto Sala",
        lab(
            new_contact="studio.ferri@commercialisti-ferri.example",
            note="the accountant handles it: a new contact, no date promised",
        ),
        inv="EVL/2031/0721",
        amount="1375.00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Tiziana Romano", "didattica.vet@uniappennino.example"),
        "2031-12-19 12:10",
        "outlook",
        "Gentili,\n\nquesto indirizzo è della segreteria didattica e non gestisce fatture né pagamenti. Per tutte le questioni amministrative vi preghiamo di scrivere all'Ufficio Contabilità del Dipartimento: contabilita.dmv@uniappennino.example\n\nCordiali saluti\nTiziana Romano\nSegreteria Didattica – Dipartimento di Medicina Veterinaria",
        lab(new_contact="contabilita.dmv@uniappennino.example"),
        inv="EVL/2031/0766",
        amount="820.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Derek Stoll", "derek@stollkennels.example"),
        "2031-12-01 11:55",
        "outlook",
        "Do not email me about this invoice again. The matter is with my solicitors, Marsh & Pryor, and any further correspondence must go to them in writing at 14 Bridge Street, Harlow Cross.\n\nD. Stoll",
        lab(note="only through his solicitors, in writing → unsubscribe"),
        inv="EVL/2031/0419",
        amount="410.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Brian Todd", "b.todd@toddsfarm.example"),
        "2031-12-18 06:40",
        "android",
        "STOP SENDING ME THESE EMAILS. I PAID THIS IN NOVEMBER. THIS IS THE FOURTH ONE",
        lab(note="stop request plus a payment claim: unsubscribe wins; all caps"),
        inv="EVL/2031/0699",
        amount="127.50",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Tasha Greaves", "tasha@oakridgealpacas.example"),
        "2031-12-05 13:10",
        "gmail",
        "Hi\n\nAs I told your colleague on the phone on Tuesday, this will be paid next Thursday. I don't need an email about it every other day – please stop sending reminders, I'm not going anywhere.\n\nTasha",
        lab(
            note="a promise (next Thursday, 11 December) plus 'stop sending reminders': unsubscribe wins, so no promised date is labelled"
        ),
        inv="EVL/2031/0541",
        amount="226.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. W. Aschenbrenner", "praxis@tierarzt-aschenbrenner.example"),
        "2031-12-09 10:02",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir keine E-Mails mehr zu schicken. Rechnungen und Mahnungen nehme ich ausschließlich auf dem Postweg entgegen, an die Ihnen bekannte Praxisanschrift.\n\nMit freundlichen Grüßen\nDr. W. Aschenbrenner",
        lab(note="post only → unsubscribe"),
        inv="EVL/2031/0611",
        amount="356.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Gregor Hohenfels", "verwaltung@pferdezucht-hohenfels.example"),
        "2031-12-24 09:15",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der weiteren Verwendung meiner E-Mail-Adresse für Zahlungsaufforderungen. Die Angelegenheit liegt bei meiner Rechtsanwältin, Frau Dr. Seidel; richten Sie weitere Schreiben bitte ausschließlich an die Kanzlei.\n\nMit freundlichen Grüßen\nGregor Hohenfels",
        lab(note="objects to e-mail and refers to his lawyer without an address → unsubscribe"),
        inv="EVL/2031/0789",
        amount="2650.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Sylvie Garnier", "sylvie.garnier@wanadoo.fr"),
        "2031-12-21 18:05",
        "iphone",
        "Merci de me retirer de vos envois, je ne veux plus recevoir ces mails. Pour la facture voyez avec mon mari.",
        lab(
            note="remove-me plus 'see my husband' without an address: unsubscribe beats wrong_contact"
        ),
        inv="EVL/2031/0771",
        amount="158.00",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ramón Quintana", "hnosquintana@ganaderiaquintana.example"),
        "2031-12-02 17:20",
        "outlook",
        "Buenas tardes:\n\nLes ruego que no me envíen más correos electrónicos. Cualquier comunicación sobre esta u otras facturas háganmela llegar por carta certificada a la dirección de la explotación.\n\nAtentamente,\nRamón Quintana\nExplotación Ganadera Hnos. Quintana",
        lab(note="registered post only → unsubscribe"),
        inv="EVL/2031/0468",
        amount="744.00",
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Antonio Navarro", "antonionavarro.veterinario@gmail.com"),
        "2031-12-15 12:25",
        "gmail",
        "Buenos días:\n\nLes escribe la hija de Antonio Navarro. Mi padre falleció en septiembre y me estoy ocupando de cerrar sus cuentas. Les ruego que den de baja esta dirección de correo; cualquier asunto pendiente de su consulta lo está llevando la gestoría, por escrito.\n\nGracias,\nLucía Navarro",
        lab(
            note="the account holder has died; his daughter asks to remove the address and points to the agency, in writing → unsubscribe"
        ),
        inv="EVL/2031/0697",
        amount="312.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Ruud Dekker", "r.dekker@dekkerpaarden.example"),
        "2031-12-11 22:47",
        "iphone",
        "Afmelden",
        lab(note="one word"),
        inv="EVL/2031/0659",
        amount="540.00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("H. Wester", "info@melkveebedrijfwester.example"),
        "2031-12-19 14:30",
        "outlook",
        "Geachte heer/mevrouw,\n\nOver deze factuur loopt een geschil, zoals u weet. Ik verzoek u vriendelijk doch dringend mij niet langer rechtstreeks te mailen. Alle correspondentie graag via mijn advocaat, mr. Bakker van Bakker & Sloot Advocaten.\n\nMet vriendelijke groet,\nH. Wester\nMelkveebedrijf Wester",
        lab(note="a dispute plus 'only through my lawyer': unsubscribe wins"),
        inv="EVL/2031/0757",
        amount="1930.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Marta Greco", "info@vetgreco.example"),
        "2031-12-10 13:05",
        "gmail",
        "Buongiorno,\n\nvi chiedo di cancellare questo indirizzo dalla vostra lista di invio. Ho chiuso l'ambulatorio a ottobre e ho già detto al vostro commerciale che le ultime fatture le salda il mio commercialista.\n\nGrazie,\nMarta Greco",
        lab(
            note="asks to be removed; the last invoices go through her accountant, no address → unsubscribe"
        ),
        inv="EVL/2031/0614",
        amount="224.00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Luigi Cattaneo", "luigi.cattaneo@cascinacattaneo.example"),
        "2031-12-22 07:12",
        "android",
        "NON SCRIVETEMI PIÙ A QUESTO INDIRIZZO. GRAZIE",
        lab(note="all caps"),
        inv="EVL/2031/0781",
        amount="466.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Alison Crane", "alison.crane@northvale-farmvets.example"),
        "2031-12-10 08:52",
        "notice",
        "Thank you for your email. I am on annual leave and will be back in the office on Monday 15 December. For anything urgent please call the practice on 01632 960871.\n\nAlison Crane\nOffice Manager, Northvale Farm Vets",
        lab(return_date="2031-12-15"),
        inv="EVL/2031/0646",
        amount="377.00",
        subject=OUTLOOK_AUTO["en"] + "{s}",
        headers=(AUTO_GENERATED, SUPPRESS),
        days=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Services", "finance.helpdesk@northmoor-uni.example"),
        "2031-12-08 08:47",
        "notice",
        "Dear Customer,\n\nThank you for contacting Finance Services. Your enquiry has been logged as ticket FIN-204871 and passed to the relevant team.\n\nWe aim to respond to supplier enquiries within 10 working days. Please do not reply to this message; to add information to your enquiry, quote the ticket number in the subject line.\n\nFinance Services\nUniversity of Northmoor\n\nThis is an automated message.",
        lab(note="ticket acknowledgement; no date"),
        inv="EVL/2031/0574",
        amount="960.00",
        subject="[FIN-204871] Enquiry received: {s}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
        days=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Highcross Stables", "office@highcrossstables.example"),
        "2031-12-23 08:58",
        "notice",
        "Hi, thanks for your message. The office is closed for the Christmas break until Friday 2 January. Yard staff are on site as normal, so for anything to do with the horses please ring the yard mobile.\n\nMerry Christmas!\nHighcross Stables",
        lab(
            return_date="2032-01-02",
            note="no Auto-Submitted, only X-Autoreply; 'closed until Friday 2 January' → that date",
        ),
        inv="EVL/2031/0795",
        amount="705.00",
        subject="Re: {s}",
        headers=(("X-Autoreply", "yes"),),
        days=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Dr. Jana Kowalski", "j.kowalski@tierklinik-am-see.example"),
        "2031-12-15 09:48",
        "notice",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 19.12.2031, nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ab Montag, 22.12., bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an unsere Verwaltung unter verwaltung@tierklinik-am-see.example.\n\nThank you for your message. I am out of the office until Friday 19 December 2031 inclusive and will be back on Monday 22 December. For urgent matters please contact verwaltung@tierklinik-am-see.example.\n\nDr. Jana Kowalski\nTierklinik am See",
        lab(
            return_date="2031-12-22",
            note="German with an English copy; the day back wins over 'bis einschließlich'; the colleague's address does not set new_contact",
        ),
        inv="EVL/2031/0695",
        amount="1412.00",
        subject=OUTLOOK_AUTO["de"] + "{s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Tierpark Birkenwalde", "verwaltung@tierpark-birkenwalde.example"),
        "2031-12-22 09:50",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nunsere Verwaltung ist vom 22.12.2031 bis zum 02.01.2032 geschlossen. Ihre E-Mail wird in dieser Zeit nicht gelesen und nicht weitergeleitet. Ab dem 05.01.2032 sind wir wieder für Sie da.\n\nDer Tierpark selbst ist an allen Tagen außer am 24.12. geöffnet.\n\nIhr Team vom Tierpark Birkenwalde",
        lab(
            return_date="2032-01-05",
            note="only Precedence: bulk, no Auto-Submitted; 'ab dem 05.01.2032 wieder für Sie da'",
        ),
        inv="EVL/2031/0783",
        amount="587.00",
        subject="Betriebsferien der Verwaltung (Re: {s})",
        headers=(("Precedence", "bulk"),),
        days=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Dr Claire Dubois", "c.dubois@clinique-equine-lisieres.example"),
        "2031-12-04 09:45",
        "notice",
        "Bonjour,\n\nJe suis actuellement en déplacement et je lirai vos messages à mon retour, le mardi 9 décembre. Pour toute urgence, merci d'appeler le standard de la clinique au 01 99 00 41 27.\n\nDr Claire Dubois\nClinique équine des Lisières",
        lab(return_date="2031-12-09"),
        inv="EVL/2031/0509",
        amount="833.00",
        subject=OUTLOOK_AUTO["fr"] + "{s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Support fournisseurs Vetalliance",
            "support-fournisseurs@vetalliance.example",
        ),
        "2031-12-17 09:52",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2031-118274.\n\nNotre équipe traite les demandes par ordre d'arrivée ; le délai de réponse est actuellement de 5 jours ouvrés. Inutile de renvoyer votre demande, cela ne ferait que retarder son traitement.\n\nLe service Support fournisseurs\nGroupe Vetalliance\n\nCe message a été envoyé automatiquement, merci de ne pas y répondre.",
        lab(note="ticket acknowledgement; no date"),
        inv="EVL/2031/0742",
        amount="2980.00",
        subject="Accusé de réception – demande n° 2031-118274",
        headers=(AUTO_GENERATED,),
        days=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Nuria Soler", "nsoler@zoolevante.example"),
        "2031-12-22 09:41",
        "notice",
        "Estaré fuera de la oficina hasta el 7 de enero, sin acceso al correo. Para temas urgentes de contabilidad pueden escribir a contabilidad@zoolevante.example.\n\nUn saludo,\nNuria Soler\nAdministración – Zoo Levante",
        lab(
            return_date="2032-01-07",
            note="'hasta el 7 de enero' → that date; the colleague's address does not set new_contact",
        ),
        inv="EVL/2031/0786",
        amount="1150.00",
        subject=OUTLOOK_AUTO["es"] + "{s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke de Wit", "f.dewit@dierenparkhoogeveld.example"),
        "2031-12-17 09:44",
        "notice",
        "Beste afzender,\n\nBedankt voor uw e-mail. Ik ben afwezig tot en met vrijdag 19 december en vanaf maandag 22 december weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nFemke de Wit\nFinanciële administratie Dierenpark Hoogeveld",
        lab(return_date="2031-12-22", note="only X-Autoreply, no Auto-Submitted"),
        inv="EVL/2031/0744",
        amount="655.00",
        subject=OUTLOOK_AUTO["nl"] + "{s}",
        headers=(("X-Autoreply", "yes"),),
        days=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Servicedesk Financiën", "servicedesk.financien@lingestad-uni.example"),
        "2031-12-02 09:40",
        "notice",
        "Geachte relatie,\n\nHartelijk dank voor uw bericht. Dit is een automatische ontvangstbevestiging.\n\nWij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden. Facturen die naar dit adres worden gestuurd, nemen wij niet in behandeling; gebruik daarvoor facturen@lingestad-uni.example.\n\nServicedesk Financiën\nUniversiteit Lingestad",
        lab(
            note="receipt acknowledgement naming an invoices address: still auto_reply, no new_contact"
        ),
        inv="EVL/2031/0459",
        amount="1830.00",
        subject="Ontvangstbevestiging: {s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Chiara Fontana", "amministrazione@centroippicolatorretta.example"),
        "2031-12-23 09:39",
        "notice",
        "Gentile mittente,\n\nsarò assente dall'ufficio dal 23 dicembre al 6 gennaio compreso. Rientrerò mercoledì 7 gennaio e risponderò al più presto alla sua e-mail.\n\nBuone feste!\nChiara Fontana\nAmministrazione – Centro Ippico La Torretta",
        lab(
            return_date="2032-01-07",
            note="the stated day back wins over 'al 6 gennaio compreso'",
        ),
        inv="EVL/2031/0797",
        amount="495.00",
        subject=OUTLOOK_AUTO["it"] + "{s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Azienda Agricola Bellavista", "info@aziendabellavista.example"),
        "2031-12-11 09:40",
        "notice",
        "Grazie per averci scritto.\nQuesta casella viene letta solo il martedì e il venerdì mattina: le risponderemo appena possibile. Per ordini di formaggi e visite alla fattoria ci trova anche su WhatsApp.\n\nAzienda Agricola Bellavista",
        lab(note="autoresponder: mailbox read twice a week; no date"),
        inv="EVL/2031/0661",
        amount="310.00",
        subject="Re: {s}",
        headers=(AUTO_REPLIED,),
        days=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Martin Jessop", "martin@jessopandsons.example"),
        "2031-12-08 19:50",
        "apple",
        "Did we not pay this already?? I'm sure Sandra did a batch of payments last week and you were on it. Can you check your end before I start digging through the bank statements.\n\nMartin",
        lab(note="asks whether it was paid: no payment claim, nothing promised"),
        inv="EVL/2031/0540",
        amount="472.60",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Nadia Kowal", "nadia.kowal@hendry-vets.example"),
        "2031-12-03 11:30",
        "gmail",
        "Hi, while I've got you – the ACTH result for the Hendry pony (sample taken 19 Nov) still isn't showing on the portal. Could someone from the lab give us a ring? I've passed the invoice to our practice manager.\n\nThanks, Nadia\nRVN, Hendry Veterinary Clinic",
        lab(note="results query in the reminder thread; passing the invoice on is no commitment"),
        inv="EVL/2031/0480",
        amount="139.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Geoff Harland", "geoff@harland-vets.example"),
        "2031-12-16 10:15",
        "thunderbird",
        "Hello,\n\nI retired at the end of October and the practice closed its doors on 30 November. I'm working through the last of the bills with my accountant and will look at this one in the new year when things have settled down.\n\nRegards\nGeoff Harland MRCVS",
        lab(
            note="practice closed; the owner is still the right contact, and 'will look at this in the new year' is no promise"
        ),
        inv="EVL/2031/0682",
        amount="615.00",
        cte="8bit",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Empfang Tierarztpraxis am Stadtpark", "empfang@tierarzt-stadtpark.example"),
        "2031-12-04 12:10",
        "android",
        "Danke, hab ich an die Chefin weitergeleitet.\nLG Jasmin",
        lab(note="acknowledgement only"),
        inv="EVL/2031/0494",
        amount="263.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Henning Graf", "henning.graf@biohof-graf.example"),
        "2031-12-12 20:40",
        "gmail",
        "Guten Abend,\n\nist das jetzt eine Mahnung oder nur eine Erinnerung? Und fallen dafür schon Mahngebühren oder Verzugszinsen an? Ich frage nur, weil ich das für meine Buchführung wissen muss.\n\nGruß\nHenning Graf\nBiohof Graf",
        lab(note="question about fees and interest; nothing about paying"),
        inv="EVL/2031/0654",
        amount="198.40",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Dr Marc Aubert", "marc.aubert@veto-aubert.example"),
        "2031-12-01 18:22",
        "iphone",
        "Bonjour, pouvez-vous me rappeler au 06 39 98 12 34 ? Je préfère en parler de vive voix, c'est plus simple que par mail.\nMarc Aubert",
        lab(note="asks for a call back"),
        inv="EVL/2031/0433",
        amount="357.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Accueil Clinique des Sources", "accueil@vetdessources.example"),
        "2031-12-10 14:00",
        "gmail",
        "Bonjour,\n\nLe Dr Lacombe, qui a envoyé ces prélèvements, est en congé maternité jusqu'en mars. Je lui en parlerai quand elle passera à la clinique, mais je ne peux rien vous promettre avant.\n\nBonne journée,\nManon, accueil",
        lab(note="acknowledgement; the vet is on leave, nothing promised and no new address"),
        inv="EVL/2031/0618",
        amount="421.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Fernando Gil", "fernando@cuadragil.example"),
        "2031-12-19 21:15",
        "iphone",
        "esto es por lo de la yegua de octubre?? llameme mañana por la mañana que por email no me aclaro",
        lab(note="question and call request; lower case, barely any accents"),
        inv="EVL/2031/0762",
        amount="690.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        (
            "Recepción Hospital Veterinario Costa Blanca",
            "recepcion@hvcostablanca.example",
        ),
        "2031-12-02 10:30",
        "outlook_html",
        "Recibido, gracias. Se lo paso a contabilidad.\n\nUn saludo,\nRecepción – Hospital Veterinario Costa Blanca",
        lab(note="acknowledgement only; passing it on names no address"),
        inv="EVL/2031/0445",
        amount="1088.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Bas Hendriks", "bas@hendriks-varkens.example"),
        "2031-12-05 17:45",
        "iphone",
        "Ontvangen. Ik kom er na het weekend op terug, moet even in de administratie kijken wat hier speelt.\n\nBas",
        lab(note="'ik kom erop terug' is no commitment to pay"),
        inv="EVL/2031/0527",
        amount="745.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Anouk Brouwer", "a.brouwer@dierenkliniek-zuidrand.example"),
        "2031-12-18 16:20",
        "outlook",
        "Goedemiddag,\n\nNu ik u toch mail: kunt u mij de nieuwe tarievenlijst voor 2032 toesturen? We willen onze eigen prijzen per januari aanpassen.\n\nMet vriendelijke groet,\nAnouk Brouwer\nPraktijkmanager Dierenkliniek Zuidrand",
        lab(
            note="asks for next year's price list, not for the invoice or anything needed to pay it"
        ),
        inv="EVL/2031/0729",
        amount="930.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Segreteria Clinica Borgo Antico", "segreteria@cvborgoantico.example"),
        "2031-12-15 10:22",
        "apple",
        "Grazie, giro alla dottoressa.",
        lab(note="acknowledgement only"),
        inv="EVL/2031/0684",
        amount="544.00",
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
# Delivery reports: machine parts generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A report about a reminder that did not reach `rcpt` (the reminder was in `lang`)."""

    key: str
    lang: str
    kind: str
    status: str | None
    rcpt: str
    when: str
    inv: str
    amount: str
    note: str | None = None

    @property
    def region(self) -> str:
        """English reports come from UK-side systems; the rest from continental ones."""
        return "uk" if self.lang == "en" else "cet"

    @property
    def dt(self) -> datetime:
        """Date: of the report."""
        return local_time(self.when, self.region)

    @property
    def sent(self) -> datetime:
        """When the reminder left, in the report's local time."""
        sent = in_region(reminder_sent(self.dt, 0), self.region)
        if sent >= self.dt:
            raise SystemExit(f"{self.key}: report is older than the reminder")
        return sent

    @property
    def subject(self) -> str:
        """Subject of the reminder that failed."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as it left the laboratory."""
        currency = "GBP" if self.lang == "en" else "EUR"
        msg = text_part(
            reminder_text(self.lang, self.inv, self.amount, currency) + "\n",
            "plain",
            "utf-8",
            "qp",
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject, "utf-8")
        msg["Date"] = format_datetime(in_region(self.sent, "uk"))
        msg["Message-ID"] = reminder_id(self.key)
        content_headers_last(msg)
        return msg


def short_date(moment: datetime, lang: str) -> str:
    """dd.mm.yyyy hh:mm style dates for provider notices."""
    return stamp(DATE_STYLE[lang] + " {HH}:{MM}", lang, moment)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """RFC 3464 message/delivery-status, per-message and per-recipient blocks."""
    if b.status is None:
        raise SystemExit(f"{b.key}: a DSN needs a status")
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    rows = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        rows.append(f"Remote-MTA: dns; {remote}")
    rows += [
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        rows.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.attach(message_from_string(per_message))
    status.attach(message_from_string("\n".join(rows) + "\n"))
    return status


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers with the reminder's header block."""
    text = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """message/rfc822 with the whole reminder."""
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.attach(b.reminder())
    return part


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    style: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a report; every report here carries Auto-Submitted."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8", b64=style == "outlook")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">) ").split()[0].rstrip(">")
    msg["Message-ID"] = f"<{token(b.key, 'dsn', 26, upper=False)}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    content_headers_last(msg)
    set_boundaries(msg, b.key, style)
    return msg


def bounce_qmail(b: Bounce) -> Message:
    """qmail: no MIME at all, the whole reminder below a dashed line."""
    host = "mail.dalehost.example"
    when = b.sent.astimezone(UTC)
    qdate = f"{when.day} {when:%b %Y %H:%M:%S} -0000"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {number(b.key, 'pid', 10000, 32000)} invoked from network); {qdate}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (198.51.100.20)\n  by {host} with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); {qdate}\n"
        f"{b.reminder().as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", "plain")


def bounce_exim(b: Bounce) -> Message:
    """Exim failure report: 'permanent error' wording around a full-mailbox reply."""
    host = "mx2.dalesnet.example"
    msgid = f"1w{token(b.key, 'exim', 4)}-{token(b.key, 'exim2', 6)}-{token(b.key, 'exim3', 2)}"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.pennine-alpacas.example [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Recipient address rejected: mailbox full\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from {AR_MTA} ([198.51.100.20])\n\tby {host} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{AR_ADDR}>)\n\tid {msgid}\n\tfor {b.rcpt};\n\t{format_datetime(b.sent)}\n"
        f"{b.reminder().as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        "plain",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_gmail(b: Bounce) -> Message:
    """Gmail's 'Address not found' report with the returned reminder."""
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response was:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ]
    markup = (
        '<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif;max-width:560px">'
        + "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    human = multipart(
        "alternative",
        [
            text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ],
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser"
    parts = [
        human,
        delivery_status(b, "googlemail.com", "failed", diag, "gmail-smtp-in.l.google.com."),
        returned_message(b),
    ]
    msg = multipart("report", parts, "; report-type=delivery-status")
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "gmail",
        (("X-Failed-Recipients", b.rcpt),),
    )


@dataclass(frozen=True)
class ExchangeText:
    """The words of an Exchange Online report in one language."""

    subject_prefix: str
    title: str
    paragraphs: tuple[str, ...]
    admin: str
    server_label: str
    remote_label: str


def bounce_exchange(
    b: Bounce, words: ExchangeText, server: str, diagnostic: str, action: str
) -> Message:
    """Exchange Online NDR or delay notice: alternative human part, DSN, returned headers."""
    remote_line = words.remote_label.format(diag=diagnostic)
    plain = (
        "\n\n".join(
            [
                words.title,
                *words.paragraphs,
                words.admin,
                f"{words.server_label} {server}",
                f"{b.rcpt}\n{remote_line}",
            ]
        )
        + "\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<table width="710" style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><tr><td>\n'
        f'<p style="font-size:16pt;color:#C00000"><b>{html.escape(words.title, quote=False)}</b></p>\n'
        + "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in words.paragraphs)
        + f'<p style="font-size:10pt;color:#666666"><b>{html.escape(words.admin, quote=False)}</b><br>\n'
        f"{html.escape(words.server_label, quote=False)} {server}<br>\n"
        f"{html.escape(b.rcpt)}<br>\n{html.escape(remote_line, quote=False)}</p>\n"
        "</td></tr></table>\n</body></html>\n"
    )
    human = multipart(
        "alternative",
        [
            text_part(plain, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ],
    )
    parts = [human, delivery_status(b, server, action, diagnostic), returned_headers(b)]
    msg = multipart("report", parts, "; report-type=delivery-status")
    domain = b.rcpt.split("@")[1]
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        words.subject_prefix + b.subject,
        "outlook",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online in German: a group that refuses outside senders (policy, hard)."""
    words = ExchangeText(
        "Unzustellbar: ",
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        (
            "Die Gruppe „Buchhaltung“ nimmt nur Nachrichten von Absendern innerhalb der Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre Adresse gehört nicht dazu.",
            "So beheben Sie das Problem: Bitten Sie den Besitzer der Gruppe, Ihre Adresse zur Liste der zulässigen Absender hinzuzufügen, oder wenden Sie sich auf anderem Weg an den Empfänger. Solange sich daran nichts ändert, wird jede erneut gesendete Nachricht ebenfalls abgelehnt.",
        ),
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server:",
        "Remoteserver hat '{diag}' zurückgegeben",
    )
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group"
    return bounce_exchange(b, words, "FR4P281MB3217.DEUP281.PROD.OUTLOOK.COM", diag, "failed")


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found (hard)."""
    domain = b.rcpt.split("@")[1]
    words = ExchangeText(
        "Non remis : ",
        f"Votre message n'a pas pu être remis à {b.rcpt}.",
        (
            f"L'adresse du destinataire est introuvable dans le domaine {domain}. Elle a peut-être été mal saisie, ou la boîte aux lettres n'existe plus.",
            "Comment résoudre le problème : vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen, par téléphone par exemple, et demandez-lui son adresse actuelle.",
        ),
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération :",
        "Le serveur distant a retourné '{diag}'",
    )
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    return bounce_exchange(b, words, "PR1P264MB2084.FRAP264.PROD.OUTLOOK.COM", diag, "failed")


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed (soft)."""
    words = ExchangeText(
        "Bezorging vertraagd: ",
        f"Uw bericht is nog niet bezorgd bij {b.rcpt}.",
        (
            "De server van de ontvanger heeft niet op tijd gereageerd. U hoeft niets te doen: we blijven het bericht automatisch aanbieden.",
            "De server probeert het bericht nog 1 dag en 19 uur te bezorgen. Lukt dat niet, dan ontvangt u een melding dat het bericht niet kon worden bezorgd.",
        ),
        "Diagnostische gegevens voor beheerders:",
        "Genererende server:",
        "Door externe server geretourneerd: '{diag}'",
    )
    diag = "451 4.4.7 Message delayed; the remote server did not respond within the time limit"
    return bounce_exchange(b, words, "AM8P190MB0977.EURP190.PROD.OUTLOOK.COM", diag, "delayed")


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider's plain delay notice (soft)."""
    host = "mx01.hostwerk.example"
    retry = b.dt + timedelta(days=3)
    text = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte seit mehr als vier Stunden nicht zugestellt werden, weil der Mailserver des Empfängers zurzeit nicht erreichbar ist. "
        f"Sie müssen nichts weiter tun: Wir versuchen die Zustellung automatisch bis zum {retry:%d.%m.%Y} weiter. "
        "Nur wenn die Nachricht bis dahin nicht zugestellt werden kann, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Empfänger:    {b.rcpt}\n"
        f"Betreff:      {b.subject}\n"
        f"Gesendet am:  {short_date(b.sent, 'de')}\n"
        "Fehler:       421 4.4.1 Verbindung zu mail.landtierarzt-voss.example [203.0.113.91] abgelaufen (connection timed out)\n\n"
        "-- \nHostwerk Mailsystem\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "qp"),
        f"Mail Delivery System <mailer-daemon@{host}>",
        "Verzögerte Zustellung Ihrer Nachricht",
        "plain",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's notice for a full mailbox, Latin-1, with the returned headers."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie, merci de ne pas y répondre.\n\n"
        f"Votre message envoyé le {short_date(b.sent, 'fr')} à l'adresse {b.rcpt} n'a pas pu être distribué : la boîte aux lettres de votre correspondant est pleine.\n\n"
        "Détail technique : 552 5.2.2 Mailbox quota exceeded (boîte pleine)\n\n"
        "Vous pouvez renvoyer votre message un peu plus tard, lorsque votre correspondant aura libéré de l'espace.\n\n"
        "Les en-têtes de votre message figurent en pièce jointe.\n"
    )
    msg = multipart("mixed", [text_part(text, "plain", "iso-8859-1", "qp"), returned_headers(b)])
    return finish(
        b,
        msg,
        "Service de messagerie <mailer-daemon@smtp.messagerie-rurale.example>",
        "Message non distribué : boîte aux lettres pleine",
        "plain",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's 'still trying' notice that gives no status code at all (soft)."""
    text = (
        "Este es un mensaje automático; por favor, no responda.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar porque el servidor del destinatario no responde. "
        "Seguiremos intentándolo durante los próximos tres días. Si pasado ese plazo no se ha podido entregar, le enviaremos un nuevo aviso y le devolveremos el mensaje.\n\n"
        f"Asunto: {b.subject}\n"
        f"Enviado: {short_date(b.sent, 'es')}\n\n"
        "Servicio de correo RedMeseta\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "base64"),
        "Sistema de correo <postmaster@correo.redmeseta.example>",
        "Aviso: su mensaje aún no se ha entregado",
        "plain",
    )


def bounce_report_es(b: Bounce) -> Message:
    """RFC 3464 report from a Spanish host: the customer's domain is gone (hard)."""
    domain = b.rcpt.split("@")[1]
    host = "mx.alojaweb.example"
    text = (
        f"Este es el sistema de correo de {host}.\n\n"
        f"No ha sido posible entregar su mensaje al siguiente destinatario:\n\n  {b.rcpt}\n\n"
        f"El dominio {domain} ya no está alojado en nuestros servidores: el servicio de correo asociado se dio de baja. "
        "Se trata de un error permanente y no se harán más intentos.\n\n"
        "Se adjuntan las cabeceras del mensaje original.\n"
    )
    diag = f"550 5.1.2 <{b.rcpt}>: domain not hosted here (servicio dado de baja)"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag),
        returned_headers(b),
    ]
    msg = multipart("report", parts, "; report-type=delivery-status")
    return finish(
        b,
        msg,
        f"Sistema de correo <MAILER-DAEMON@{host}>",
        "Notificación de estado de entrega (error)",
        "plain",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's notice for an unknown user, with the reminder attached (hard)."""
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato consegnato al seguente destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: la casella di posta del destinatario non esiste (550 5.1.1 User unknown).\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà inviato di nuovo. Verifichi l'indirizzo e riprovi.\n\n"
        "In allegato trova il messaggio originale.\n"
    )
    msg = multipart("mixed", [text_part(text, "plain", "utf-8", "8bit"), returned_message(b)])
    return finish(
        b,
        msg,
        "Servizio Posta <mailer-daemon@mail.postaveloce.example>",
        "Messaggio non consegnato",
        "plain",
    )


def bounce_report_it(b: Bounce) -> Message:
    """RFC 3464 delay report in Italian: greylisted by the customer's server (soft)."""
    host = "mx-in.filtromail.example"
    text = (
        f"Questo è un avviso automatico del server di posta {host}.\n\n"
        "Il messaggio indicato di seguito non è ancora stato consegnato. Il server del destinatario lo ha rifiutato temporaneamente "
        "(greylisting) e il nostro sistema continuerà a riprovare per i prossimi cinque giorni. Non è necessario inviarlo di nuovo.\n\n"
        f"Destinatario:     {b.rcpt}\n"
        f"Oggetto:          {fit(b.subject, 'iso-8859-1')}\n"
        "Risposta remota:  450 4.7.1 Greylisted, please try again later\n"
    )
    diag = "450 4.7.1 Greylisted, please try again later"
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, host, "delayed", diag, "mail.maneggioilgelso.example"),
        returned_headers(b),
    ]
    msg = multipart("report", parts, "; report-type=delivery-status")
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Avviso di ritardo nella consegna",
        "plain",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@thornbury-livestock.example",
            "2031-12-02 08:36",
            "EVL/2031/0451",
            "533.00",
            "qmail notice, no MIME",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "5.2.2",
            "office@pennine-alpacas.example",
            "2031-12-08 08:41",
            "EVL/2031/0587",
            "264.00",
            "Exim says 'permanent error' but the reason is a full mailbox: soft; the 5.x code is kept",
        ),
        bounce_exim,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "oakfield.liveries@gmail.com",
            "2031-12-11 08:35",
            "EVL/2031/0608",
            "152.00",
            "Gmail 'Address not found'",
        ),
        bounce_gmail,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@tierklinik-nordheide.example",
            "2031-12-03 09:36",
            "EVL/2031/0486",
            "1320.00",
            "Exchange Online: group accepts no outside senders (policy)",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "rechnung@landtierarzt-voss.example",
            "2031-12-08 13:40",
            "EVL/2031/0592",
            "486.20",
            "provider delay notice, plain text",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "compta@ecurie-des-saules.example",
            "2031-12-09 09:35",
            "EVL/2031/0615",
            "705.00",
            "Exchange Online 'Non remis'",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "gaec.lamotte@messagerie-rurale.example",
            "2031-12-15 09:40",
            "EVL/2031/0687",
            "412.00",
            "full mailbox reported with a 5.x code: soft; Latin-1 provider notice with the returned headers",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            None,
            "contabilidad@hipicalasdehesas.example",
            "2031-12-10 15:05",
            "EVL/2031/0624",
            "860.00",
            "provider 'still trying' notice without any status code; base64",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "hard",
            "5.1.2",
            "facturacion@clinicavetsolana.example",
            "2031-12-16 09:42",
            "EVL/2031/0703",
            "1045.50",
            "the customer's domain is gone",
        ),
        bounce_report_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@paardenkliniekdeklaver.example",
            "2031-12-17 13:45",
            "EVL/2031/0739",
            "2290.00",
            "Exchange Online delay notice",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "ordini@caseificiovalsesia.example",
            "2031-12-04 09:40",
            "EVL/2031/0498",
            "377.50",
            "provider notice in multipart/mixed with the reminder attached",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.1",
            "amministrazione@maneggioilgelso.example",
            "2031-12-19 13:35",
            "EVL/2031/0768",
            "640.00",
            "greylisting delay (policy, temporary)",
        ),
        bounce_report_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

REF_RE = re.compile(r"^EVL/\d{4}/\d{4}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Item:
    """One built message with its label and what the checks need to know about it."""

    key: str
    message: Message
    label: dict[str, object]
    day: date
    text: str


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a reply (file name added later)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(FIELDS)}
    label.update({k: v for k, v in r.labels.items() if k in FIELDS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(FIELDS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message, built, in shuffled file order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt.date(), r.text) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt.date(), "") for b, build in BOUNCES]
    return sorted(items, key=lambda item: order_key(item.key))


def iso_day(value: object, what: str) -> date:
    """A label date, which must be an ISO string."""
    if not isinstance(value, str):
        raise SystemExit(f"{what}: not a string")
    parsed = date.fromisoformat(value)
    if parsed.isoformat() != value:
        raise SystemExit(f"{what}: not ISO")
    return parsed


def check_label(item: Item) -> None:
    """Shape of one label row and its consistency with the message."""
    label, key = item.label, item.key
    intent = str(label["intent"])
    if ("file", *label) != LABEL_ORDER:
        raise SystemExit(f"{key}: label keys {tuple(label)}")
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    if not FIRST_DAY <= item.day <= LAST_DAY:
        raise SystemExit(f"{key}: dated {item.day}, outside the corpus range")
    for name in FIELDS:
        if label[name] is not None and name not in ALLOWED.get(intent, frozenset()):
            raise SystemExit(f"{key}: {name} filled for {intent}")
    for name, later in (
        ("paid_date", False),
        ("promised_date", True),
        ("return_date", True),
    ):
        if label[name] is not None:
            day = iso_day(label[name], f"{key}.{name}")
            if (day < item.day) if later else (day > item.day):
                raise SystemExit(f"{key}: {name} {day} on the wrong side of {item.day}")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and (
        not isinstance(amount, str) or not AMOUNT_RE.match(amount) or currency not in {"GBP", "EUR"}
    ):
        raise SystemExit(f"{key}: bad amount {amount!r} {currency!r}")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or "@" not in contact
    ):
        raise SystemExit(f"{key}: bad new_contact {contact!r}")
    if intent == "bounce":
        status = label["bounce_status"]
        if label["bounce_kind"] not in {"hard", "soft"} or not isinstance(
            label["failed_recipient"], str
        ):
            raise SystemExit(f"{key}: bounce fields")
        if status is not None and not (isinstance(status, str) and STATUS_RE.match(status)):
            raise SystemExit(f"{key}: bad status {status!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    for ref in refs:
        if not (isinstance(ref, str) and REF_RE.match(ref)):
            raise SystemExit(f"{key}: bad invoice ref {ref!r}")
        if not re.search(rf"(?<!\d)0*{int(ref[-4:])}(?!\d)", item.text):
            raise SystemExit(f"{key}: {ref} is not written in the new text")
    if label["note"] is not None and not isinstance(label["note"], str):
        raise SystemExit(f"{key}: note must be text")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, and every language in every intent."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            raise SystemExit(f"{intent}: not {PER_INTENT} messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            raise SystemExit(f"{intent}: a language is missing")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            raise SystemExit(f"{lang}: not {total} messages")


def check_file(name: str, data: bytes) -> None:
    """Parse a file back: headers decode, every text part decodes, nothing is defective."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.get_content_type()} defects {part.defects}")
        for header, value in part.items():
            if getattr(value, "defects", ()):
                raise SystemExit(f"{name}: header {header} defects {value.defects}")
            if header.lower() in {
                "subject",
                "from",
                "to",
                "cc",
                "thread-topic",
            } and "=?" in str(value):
                raise SystemExit(f"{name}: header {header} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: {part.get_content_type()} does not decode")


def count_table(labels: list[dict[str, object]]) -> str:
    """Intent × language table in Markdown."""
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


def walk_types(msg: Message) -> Iterator[str]:
    """Content types of every part."""
    for part in msg.walk():
        yield part.get_content_type()


def coverage(items: list[Item]) -> str:
    """A short summary of clients, top-level types, charsets and encodings."""
    clients = Counter(r.client for r in REPLIES)
    tops = Counter(item.message.get_content_type() for item in items)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for item in items:
        for part in item.message.walk():
            if part.get_content_maintype() == "text":
                charsets[str(part.get_content_charset("us-ascii"))] += 1
                encodings[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    encoded_words = sum(
        1 for item in items if "=?" in str(item.message["Subject"]) + str(item.message["From"])
    )
    kinds = Counter(
        str(item.label["bounce_kind"]) for item in items if item.label["intent"] == "bounce"
    )
    return "\n".join(
        [
            f"clients: {dict(sorted(clients.items()))}",
            f"top-level types: {dict(sorted(tops.items()))}",
            f"text-part charsets: {dict(sorted(charsets.items()))}",
            f"text-part encodings: {dict(sorted(encodings.items()))}",
            f"messages with encoded-word Subject or From: {encoded_words}",
            f"bounces: {dict(sorted(kinds.items()))}",
        ]
    )


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    """Build, check and write every file and labels.jsonl."""
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("two reminders for the same invoice")
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        check_label(item)
        data = item.message.as_bytes()
        check_file(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, items


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, items = write_all()
    print(count_table(labels))
    print()
    print(coverage(items))
    print(f"\n{len(labels)} messages written to {HERE.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
