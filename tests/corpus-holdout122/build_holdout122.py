# ruff: noqa: C901, E501, PLR0912, PLR0917, RET504, RUF001, W291
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 122: `h122-NNN.eml` files and `labels.jsonl`.

Every message reacts to an overdue-invoice reminder from the credit-control mailbox of
Northgate Lab Supplies. The new text of each message is written by hand below. The code only
adds what a mail client or a mail server would add around it: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings.

Run `python3 build_holdout122.py` from anywhere. Every file is rebuilt next to this script,
deterministically: fixed seed, fixed boundaries, Message-IDs derived from each message's key,
and no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 1220331
PREFIX = "h122"
CREDIT_NAME = "Credit Control"
CREDIT_ADDR = "credit@northgate-labsupply.example"
OWN_DOMAIN = "northgate-labsupply.example"
FIRST_DAY = date(2031, 3, 3)
LAST_DAY = date(2031, 3, 28)

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
ALL_KEYS = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
# Which label fields may be filled for which intent (only the winning intent's fields).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "payment_reference", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"NLS-20[23]\d{5}")


def text(block: str) -> str:
    """A hand-written block as typed: common indentation and the outer blank lines removed."""
    return textwrap.dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# Time: UK and central-European offsets with the EU/UK summer-time rule
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a 31-day month (March or October)."""
    end = date(year, month, 31)
    return end - timedelta(days=(end.weekday() + 1) % 7)


def summer_time(moment: datetime) -> bool:
    """True between 01:00 UTC on the last Sunday of March and of October (UK and EU alike)."""
    start = datetime.combine(last_sunday(moment.year, 3), time(1), tzinfo=UTC)
    end = datetime.combine(last_sunday(moment.year, 10), time(1), tzinfo=UTC)
    return start <= moment.astimezone(UTC) < end


def zone(naive: datetime, uk: bool) -> timezone:
    """The sender's offset for a local wall-clock time: GMT/BST in the UK, CET/CEST elsewhere."""
    base = 0 if uk else 1
    probe = (naive - timedelta(hours=base)).replace(tzinfo=UTC)
    return timezone(timedelta(hours=base + int(summer_time(probe))))


def local(when: str, uk: bool) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as the sender's local time and attach the right offset."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=zone(naive, uk))


def in_zone(moment: datetime, uk: bool) -> datetime:
    """The same instant on a UK or a central-European clock."""
    hours = (0 if uk else 1) + int(summer_time(moment))
    return moment.astimezone(timezone(timedelta(hours=hours)))


# --------------------------------------------------------------------------------------------
# Hashes: everything "random" is derived from the message key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt) + digest(key, salt + "+")).decode()[:size]


def hexa(key: str, salt: str, size: int) -> str:
    return (digest(key, salt) + digest(key, salt + "+")).hex()[:size]


def uuid_like(key: str, salt: str) -> str:
    h = hexa(key, salt, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


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

# Gmail web, reply attribution line.
GMAIL_ATTR = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
# Thunderbird: short numeric dates in the locale's own order.
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
# Outlook desktop: the reply header block (marker, From, Sent, To, Subject, separator).
OUTLOOK_BLOCK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{dd} {ml} {y} {HH}:{MM}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}",
}
ANDROID_SENT = {
    "en": "{wl}, {ml} {d}, {y} {h12}:{MM}:{SS} {ampm}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}:{SS}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}:{SS}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
}
ANDROID_SIGNATURE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def clock(moment: datetime, lang: str) -> dict[str, str]:
    """Every piece of a date a client may print, in the client's language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wl": WEEKDAYS[lang].split()[wd],
        "wa": WEEKDAYS_ABBR[lang].split()[wd],
        "ml": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
        "SS": f"{moment.second:02d}",
        "h12": str((moment.hour + 11) % 12 + 1),
        "ampm": "AM" if moment.hour < 12 else "PM",
    }


def stamp(template: str, moment: datetime, lang: str, **extra: str) -> str:
    return template.format(**clock(moment, lang), **extra)


# --------------------------------------------------------------------------------------------
# The reminder every message reacts to
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Northgate Lab Supplies",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """
        Dear Customer,

        According to our records the invoice below is now overdue:

            Invoice:   {inv}
            Issued:    {issued}
            Due:       {due}
            Amount:    {amount}

        If you have already paid, thank you – please disregard this reminder. If not, we would be grateful if you could arrange payment or let us know when we can expect it. If anything on the invoice looks wrong, simply reply to this email and we will look into it.

        Kind regards,

        Credit Control
        Northgate Lab Supplies Ltd
        """,
    "de": """
        Sehr geehrte Damen und Herren,

        nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht beglichen:

            Rechnung:    {inv}
            Datum:       {issued}
            Fällig am:   {due}
            Betrag:      {amount}

        Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, diese Erinnerung als gegenstandslos zu betrachten. Andernfalls bitten wir um Ausgleich oder um eine kurze Nachricht, wann wir mit der Zahlung rechnen können. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Credit Control
        Northgate Lab Supplies Ltd
        """,
    "fr": """
        Madame, Monsieur,

        Sauf erreur de notre part, la facture suivante reste impayée à ce jour :

            Facture :    {inv}
            Date :       {issued}
            Échéance :   {due}
            Montant :    {amount}

        Si vous avez déjà procédé au règlement, merci de ne pas tenir compte de ce message. Dans le cas contraire, nous vous remercions de bien vouloir régulariser la situation ou de nous indiquer la date de paiement prévue. Pour toute question sur cette facture, il vous suffit de répondre à ce message.

        Cordialement,

        Service Recouvrement
        Northgate Lab Supplies Ltd
        """,
    "es": """
        Estimado cliente:

        Según nuestros registros, la siguiente factura está vencida y pendiente de pago:

            Factura:       {inv}
            Fecha:         {issued}
            Vencimiento:   {due}
            Importe:       {amount}

        Si ya ha realizado el pago, le rogamos que disculpe este recordatorio. En caso contrario, le agradeceríamos que procediera al pago o nos indicara cuándo podemos esperarlo. Si hay algún problema con la factura, basta con responder a este correo.

        Atentamente,

        Departamento de Cobros
        Northgate Lab Supplies Ltd
        """,
    "nl": """
        Geachte klant,

        Volgens onze administratie staat de volgende factuur nog open, terwijl de vervaldatum is verstreken:

            Factuur:       {inv}
            Datum:         {issued}
            Vervaldatum:   {due}
            Bedrag:        {amount}

        Heeft u al betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag over te maken of ons te laten weten wanneer wij de betaling kunnen verwachten. Klopt er iets niet aan de factuur? Beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Debiteurenbeheer
        Northgate Lab Supplies Ltd
        """,
    "it": """
        Gentile cliente,

        dai nostri archivi risulta ancora aperta la seguente fattura, già scaduta:

            Fattura:    {inv}
            Data:       {issued}
            Scadenza:   {due}
            Importo:    {amount}

        Se ha già provveduto al pagamento, La preghiamo di non considerare questo messaggio. In caso contrario, Le chiediamo di effettuare il pagamento o di comunicarci quando possiamo attenderlo. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio Crediti
        Northgate Lab Supplies Ltd
        """,
}
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters outside ISO-8859-1 when it quotes the reminder.
LATIN1_FALLBACK = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "œ": "oe",
    "Œ": "OE",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        symbol = {"GBP": "£", "EUR": "€"}.get(currency)
        return f"{symbol}{grouped}.{cents}" if symbol else f"{currency} {grouped}.{cents}"
    grouped = grouped.replace(",", " " if lang == "fr" else ".")
    symbol = "€" if currency == "EUR" else currency
    if lang in {"nl", "it"}:
        return f"{symbol} {grouped},{cents}"
    return f"{grouped},{cents} {symbol}"


def degrade(value: str, charset: str) -> str:
    """The text as a client limited to `charset` would send it."""
    if charset in {"iso-8859-1", "us-ascii"}:
        for bad, good in LATIN1_FALLBACK.items():
            value = value.replace(bad, good)
    return value


@dataclass(frozen=True)
class Reminder:
    """One reminder as Northgate's collection system sent it."""

    key: str
    lang: str
    inv: str
    amount: str
    currency: str
    to: str
    sent: datetime

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def msgid(self) -> str:
        return f"<dun.{hexa(self.key, 'reminder', 20)}.{self.inv.lower()}@{OWN_DOMAIN}>"

    def body(self) -> str:
        due = self.sent.date() - timedelta(days=9 + number(self.key, "due", 19))
        issued = due - timedelta(days=30)
        fmt = NUMERIC_DATE[self.lang]
        return text(REMINDER_BODY[self.lang]).format(
            inv=self.inv,
            issued=stamp(fmt, datetime.combine(issued, time()), self.lang),
            due=stamp(fmt, datetime.combine(due, time()), self.lang),
            amount=money(self.amount, self.currency, self.lang),
        )

    def message(self) -> Message:
        """The reminder as it left Northgate (returned inside some bounces)."""
        msg = assemble(
            [
                ("From", formataddr((CREDIT_NAME, CREDIT_ADDR))),
                ("To", self.to),
                ("Subject", encode_header(self.subject, "utf-8")),
                ("Date", format_datetime(self.sent)),
                ("Message-ID", self.msgid),
            ],
            text_part(self.body() + "\n", "plain", "utf-8", "qp"),
        )
        return msg


def reminder_sent(key: str, reply: datetime, working_days: int) -> datetime:
    """When the reminder went out, on Northgate's (UK) clock.

    `working_days` = 0 means the reply was automatic: the reminder left a few minutes earlier.
    Otherwise the reminder went out that many working days before, a little after nine.
    """
    if working_days == 0:
        moment = reply - timedelta(minutes=1 + number(key, "lag", 4), seconds=number(key, "s", 50))
        return in_zone(moment, uk=True)
    day = reply.astimezone(UTC).date()
    left = working_days
    while left:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    naive = datetime.combine(day, time(9, 1 + number(key, "min", 14), number(key, "sec", 60)))
    return naive.replace(tzinfo=zone(naive, uk=True))


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encode_body(body: str, charset: str, cte: str) -> tuple[str, str]:
    """The payload as ASCII text (or surrogate-escaped 8-bit) and its Content-Transfer-Encoding."""
    data = body.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii"), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii"), "base64"
    if cte in {"8bit", "7bit"}:
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit body with 8-bit characters")
        return data.decode("ascii", "surrogateescape"), "7bit" if data.isascii() else "8bit"
    raise ValueError(f"unknown transfer encoding {cte}")


def text_part(
    body: str,
    subtype: str,
    charset: str,
    cte: str,
    *,
    flowed: bool = False,
    label: str = "",
) -> Message:
    """A single text/* part; `label` is how the client spells the charset name."""
    payload, cte_name = encode_body(body, charset, cte)
    part = Message()
    params = f'; charset="{label or charset}"'
    if flowed:
        params += "; format=flowed"
    part["Content-Type"] = f"text/{subtype}{params}"
    part["Content-Transfer-Encoding"] = cte_name
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: Sequence[Message], boundary: str, params: str = "") -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype};{params} boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def assemble(headers: Sequence[tuple[str, str]], body: Message, *, mime: bool = True) -> Message:
    """Put the envelope headers above the body's own, then MIME-Version, as clients do.

    The body is reused in place, so an 8-bit payload keeps its raw bytes.
    """
    own = body.items()
    for name in dict.fromkeys(name for name, _ in own):
        del body[name]
    for name, value in headers:
        body[name] = value
    if mime:
        body["MIME-Version"] = "1.0"
    for name, value in own:
        body[name] = value
    return body


def header_charset(value: str, charset: str, b64: bool) -> Charset:
    """The charset a client would pick for an encoded word, and Q or B encoding."""
    name = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(name)
    except UnicodeEncodeError:
        name = "utf-8"
    chosen = Charset(name)
    chosen.header_encoding = BASE64 if b64 and name == "utf-8" else QP
    return chosen


def encode_header(value: str, charset: str, name: str = "Subject", *, b64: bool = False) -> str:
    """A header value as a client encodes it: RFC 2047 when it is not plain ASCII.

    Exchange tends to write UTF-8 encoded words in base64, most other clients in Q.
    """
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset, b64), header_name=name).encode()


def address(name: str, addr: str, charset: str, *, b64: bool = False) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return (
        f"{Header(name, header_charset(name, charset, b64), header_name='From').encode()} <{addr}>"
    )


def quote(body: str) -> str:
    """Plain-text quoting with '>'."""
    return "\n".join(f"> {line}" if line else ">" for line in body.split("\n"))


def flowed(body: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken after a space, quote markers repeated."""
    out: list[str] = []
    for line in body.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        marker = re.match(r">+ ?", line)
        prefix = marker.group(0) if marker else ""
        rest = line[len(prefix) :].rstrip(" ")
        if not prefix and rest.startswith((" ", "From ", ">")):
            prefix = " "  # space-stuffing
        while len(prefix) + len(rest) > width:
            cut = rest.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                cut = rest.find(" ", width - len(prefix))
                if cut == -1:
                    break
            out.append(prefix + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(prefix + rest)
    return "\n".join(out)


def html_text(body: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in body.split("\n"))


def html_paragraphs(body: str) -> str:
    return "\n".join(f"<div>{html_text(p)}</div><div><br></div>" for p in body.split("\n\n"))


def word_paragraphs(body: str) -> str:
    lines = []
    for line in body.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}{"<o:p></o:p>" if line else ""}</p>')
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The hand-set label fields of one message; `refs` are invoice numbers in its new text."""

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
class Mail:
    """One hand-written message from a customer (a person, or their system).

    `when` is the sender's wall-clock time; `client` picks the layout that wraps `body`;
    `lag` is the number of working days since the reminder (0: an automatic answer);
    `addressee` is whom the reminder was addressed to when someone else answers it.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    inv: str
    amount: str
    label: Label = Label()
    currency: str = ""
    uk: bool | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    addressee: tuple[str, str] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    lag: int = 1
    threaded: bool = True

    @property
    def in_uk(self) -> bool:
        """UK senders write on UK time; everyone else on central-European time."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def dt(self) -> datetime:
        return local(self.when, self.in_uk).replace(second=number(self.key, "second", 60))

    @property
    def reminder_currency(self) -> str:
        return self.currency or ("GBP" if self.in_uk else "EUR")

    def reminder(self) -> Reminder:
        name, addr = self.addressee or self.who
        to = (
            formataddr((name, addr))
            if name.isascii()
            else formataddr((name, addr), charset="utf-8")
        )
        sent = reminder_sent(self.key, self.dt, self.lag)
        return Reminder(
            self.key, self.lang, self.inv, self.amount, self.reminder_currency, to, sent
        )


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    body: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(m: Mail, reminder: Reminder) -> Quote:
    name, addr = m.addressee or m.who
    return Quote(
        body=degrade(reminder.body(), m.charset),
        subject=degrade(reminder.subject, m.charset),
        sent=in_zone(reminder.sent, m.in_uk),
        lang=m.lang,
        to=f"{name} <{addr}>" if name else addr,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------

OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android", "exchange_notice"})


def outlook_lines(q: Quote, sent_format: dict[str, str]) -> list[str]:
    _, frm, sent, to, subject, sep = OUTLOOK_BLOCK[q.lang]
    return [
        f"{frm}{sep}{CREDIT_NAME} <{CREDIT_ADDR}>",
        f"{sent}{sep}{stamp(sent_format[q.lang], q.sent, q.lang)}",
        f"{to}{sep}{q.to}",
        f"{subject}{sep}{q.subject}",
    ]


def word_html(m: Mail, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply divider and the header block."""
    _, frm, sent, to, subject, sep = OUTLOOK_BLOCK[q.lang]
    values = (
        f"{CREDIT_NAME} <{CREDIT_ADDR}>",
        stamp(OUTLOOK_SENT[q.lang], q.sent, q.lang),
        q.to,
        q.subject,
    )
    rows = "<br>\n".join(
        f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(value, quote=False)}"
        for label, value in zip((frm, sent, to, subject), values, strict=True)
    )
    return "\n".join(
        [
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
            "<head>",
            f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">',
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
            "<style><!--",
            "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}",
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}',
            'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}',
            "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}",
            "div.WordSection1 {page:WordSection1;}",
            "--></style>",
            "</head>",
            f'<body lang="{HTML_LANG[m.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">',
            word_paragraphs(m.body),
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            f'<p class="MsoNormal">{rows}<o:p></o:p></p>',
            "</div>",
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            word_paragraphs(q.body),
            "</div>",
            "</body>",
            "</html>",
            "",
        ]
    )


def wrap_attribution(line: str, width: int = 78) -> str:
    """Gmail's plain-text part breaks a long attribution line at the last space that fits."""
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width)
    return line[:cut] + "\n" + line[cut + 1 :]


def gmail_attribution(q: Quote) -> str:
    return stamp(GMAIL_ATTR[q.lang], q.sent, q.lang, name=CREDIT_NAME, addr=CREDIT_ADDR)


def apple_attribution(q: Quote) -> str:
    return stamp(APPLE_ATTR[q.lang], q.sent, q.lang, name=CREDIT_NAME, addr=CREDIT_ADDR)


def charset_label(m: Mail) -> str:
    """Gmail and Apple spell UTF-8 in capitals; Outlook writes Windows-1252 with a capital W."""
    if m.charset == "utf-8" and m.client in {
        "gmail",
        "gmail_plain",
        "apple",
        "apple_html",
        "iphone",
    }:
        return "UTF-8"
    if m.charset == "windows-1252":
        return "Windows-1252"
    return m.charset


def plain(m: Mail, body: str, *, cte: str = "", flow: bool = False) -> Message:
    return text_part(body, "plain", m.charset, cte or m.cte, flowed=flow, label=charset_label(m))


def markup(m: Mail, body: str) -> Message:
    return text_part(body, "html", m.charset, m.cte, label=charset_label(m))


def client_outlook(m: Mail, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_BLOCK[q.lang][0], *outlook_lines(q, OUTLOOK_SENT)])
    return plain(m, f"{m.body}\n\n{block}\n\n{q.body}\n")


def client_outlook_html(m: Mail, q: Quote) -> Message:
    alt = "\n".join([m.body, "", *outlook_lines(q, OUTLOOK_SENT), "", q.body, ""])
    return multipart("alternative", [plain(m, alt), markup(m, word_html(m, q))], "x")


def client_html_only(m: Mail, q: Quote) -> Message:
    return markup(m, word_html(m, q))


def client_android(m: Mail, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q, ANDROID_SENT))
    body = f"{m.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.body}\n"
    return plain(m, body, cte="b64")


def client_gmail(m: Mail, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    alt = f"{m.body}\n\n{wrap_attribution(attribution)}\n\n{quote(q.body)}\n"
    rich = (
        f'<div dir="ltr">{html_text(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.body)}</blockquote></div>\n"
    )
    return multipart("alternative", [plain(m, alt), markup(m, rich)], "x")


def client_gmail_plain(m: Mail, q: Quote) -> Message:
    return plain(m, f"{m.body}\n\n{wrap_attribution(gmail_attribution(q))}\n\n{quote(q.body)}\n")


def client_apple(m: Mail, q: Quote) -> Message:
    return plain(m, f"{m.body}\n\n{apple_attribution(q)}\n\n{quote(q.body)}\n")


def client_apple_html(m: Mail, q: Quote) -> Message:
    attribution = apple_attribution(q)
    rich = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_text(m.body)}<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        f'<div>{html.escape(attribution, quote=False)}</div><br class="Apple-interchange-newline">'
        f"<div>{html_paragraphs(q.body)}</div></blockquote></div><br></body></html>\n"
    )
    return multipart("alternative", [client_apple(m, q), markup(m, rich)], "x")


def client_iphone(m: Mail, q: Quote) -> Message:
    quoted = quote(f"{apple_attribution(q)}\n\n{q.body}")
    return plain(m, f"{m.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n")


def client_thunderbird(m: Mail, q: Quote) -> Message:
    attribution = stamp(THUNDERBIRD_ATTR[q.lang], q.sent, q.lang, name=CREDIT_NAME)
    return plain(m, flowed(f"{m.body}\n\n{attribution}\n{quote(q.body)}\n"), flow=True)


def client_notice(m: Mail, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(m, m.body + "\n")


CLIENTS: dict[str, Callable[[Mail, Quote], Message]] = {
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
    "exchange_notice": client_notice,
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D82)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0",
        ),
    ),
}


def message_id(key: str, client: str, addr: str, uk: bool) -> str:
    """A Message-ID shaped like the sending client's, derived from the message key."""
    domain = addr.split("@")[1]
    if client in OUTLOOK_FAMILY:
        serial = 1000 + number(key, "host", 9000)
        if uk:
            host = f"LO{2 + number(key, 'lo', 6)}P265MB{serial}"
            return f"<{host}{b32(key, 'ms', 32)}@{host}.GBRP265.PROD.OUTLOOK.COM>"
        pod = 1 + number(key, "pod", 9)
        host = f"AM{number(key, 'am', 9)}PR0{pod}MB{serial}"
        return f"<{host}{b32(key, 'ms', 32)}@{host}.eurprd0{pod}.prod.outlook.com>"
    if client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(key, "gmail") + digest(key, "gmail+")).decode()
        return f"<CA{tail[:50]}@mail.gmail.com>"
    if client in {"apple", "apple_html", "iphone"}:
        return f"<{uuid_like(key, 'apple').upper()}@{domain}>"
    if client == "thunderbird":
        return f"<{uuid_like(key, 'thunderbird')}@{domain}>"
    return f"<{hexa(key, 'notice', 24)}.{number(key, 'pid', 99999)}@mail.{domain}>"


def boundary(key: str, style: str, index: int, host: str = "localhost") -> str:
    """Boundaries shaped like the generating software's own."""
    salt = f"boundary{index}"
    if style in {"gmail", "gmail_plain", "google"}:
        return "000000000000" + hexa(key, salt, 16)
    if style in OUTLOOK_FAMILY or style == "exchange":
        return f"_00{index}_{b32(key, salt, 36)}_"
    if style in {"apple", "apple_html"}:
        return "Apple-Mail=_" + uuid_like(key, salt).upper()
    if style == "postfix":
        return f"{hexa(key, salt, 10).upper()}.{1900000000 + number(key, salt, 99999999)}/{host}"
    return f"----=_Part_{number(key, salt, 999999)}_{number(key, salt + 'b', 99999999)}.{1900000000000 + number(key, salt + 'c', 999999999)}"


def set_boundaries(msg: Message, key: str, style: str, host: str = "localhost") -> None:
    containers = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for index, part in enumerate(containers):
        part.set_boundary(boundary(key, style, index, host))


def reply_subject(m: Mail, q: Quote) -> str:
    if m.subject:
        return m.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.lang] if m.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def thread_index(key: str) -> str:
    return base64.b64encode(digest(key, "thread")[:22]).decode()


def build_mail(m: Mail) -> Message:
    reminder = m.reminder()
    q = make_quote(m, reminder)
    body = CLIENTS[m.client](m, q)
    outlook = m.client in OUTLOOK_FAMILY
    head: list[tuple[str, str]] = [
        ("From", address(*m.who, m.charset, b64=outlook)),
        ("To", formataddr((CREDIT_NAME, CREDIT_ADDR))),
    ]
    head += [(name, value) for name, value in m.headers if name == "Cc"]
    head.append(("Subject", encode_header(reply_subject(m, q), m.charset, b64=outlook)))
    if outlook and m.threaded:
        head.append(
            (
                "Thread-Topic",
                encode_header(q.subject, m.charset, "Thread-Topic", b64=True),
            )
        )
        head.append(("Thread-Index", thread_index(m.key)))
    head.append(("Date", format_datetime(m.dt)))
    head.append(("Message-ID", message_id(m.key, m.client, m.who[1], m.in_uk)))
    if m.threaded:
        head += [("In-Reply-To", reminder.msgid), ("References", reminder.msgid)]
    if outlook:
        head += [
            ("Content-Language", CONTENT_LANGUAGE[m.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    head += CLIENT_HEADERS.get(m.client, ())
    head += [(name, value) for name, value in m.headers if name != "Cc"]
    if m.client in {"gmail", "gmail_plain"}:  # Gmail puts MIME-Version first
        msg = assemble([("MIME-Version", "1.0"), *head], body, mime=False)
    else:
        msg = assemble(head, body)
    set_boundaries(msg, m.key, m.client)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")

PAYMENT_SENT = [
    Mail(
        "ps-en-oneword",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth@prycewatertesting.example"),
        "2031-03-08 07:52",
        "iphone",
        "Paid.",
        "NLS-20310118",
        "214.80",
        Label(note="one word in answer to the reminder; no date given"),
        lag=2,
    ),
    Mail(
        "ps-en-remittance",
        "payment_sent",
        "en",
        ("PVT Accounts Payable", "ap.noreply@pennine-valley-nhs.example"),
        "2031-03-13 06:14",
        "notice",
        text("""
            REMITTANCE ADVICE

            Payer:         Pennine Valley NHS Foundation Trust
            Supplier:      NORTHGATE LAB SUPPLIES LTD
            Supplier no:   40021877
            Payment ref:   PVT-BACS-0074412
            Payment date:  13/03/2031
            Method:        BACS

            Invoice No        Invoice Date     Gross (GBP)
            NLS-20310112      09/01/2031          1,842.00
            NLS-20310139      16/01/2031            356.40
                                               -----------
            Total paid                            2,198.40

            Funds should reach your account within three working days of the payment date.

            This mailbox is not monitored. For payment queries please contact the Trust's Procure-to-Pay team quoting your supplier number.
            """),
        "NLS-20310112",
        "1842.00",
        Label(
            paid_date="2031-03-13",
            payment_reference="PVT-BACS-0074412",
            amount="2198.40",
            currency="GBP",
            refs=("NLS-20310112", "NLS-20310139"),
            note="AP-system remittance advice; quotes nothing; the invoice numbers in the advice are listed and the amount is the total paid",
        ),
        charset="us-ascii",
        cte="7bit",
        subject="Remittance Advice - Pennine Valley NHS FT - Payment PVT-BACS-0074412",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-en-buried",
        "payment_sent",
        "en",
        ("Dr Helen Marsh", "h.marsh@wexcombe-uni.example"),
        "2031-03-10 16:41",
        "outlook_html",
        text("""
            Hi there,

            Apologies for the slow reply – it has been quite a week. We're in the middle of moving the whole teaching lab from the old Hadley building into the new wing, half our glassware is still in crates, and the university has just switched finance systems, so nobody can find anything. I spent most of this morning on the phone to Estates about a fume cupboard that still hasn't been commissioned.

            Anyway, I chased this with our faculty finance officer on Friday and she confirmed the transfer went out on the 6th, together with a batch of other supplier payments that had got stuck in the changeover. So it should already be with you – if it isn't, let me know and I'll ask her for the remittance.

            While I have you: the service visit for our benchtop centrifuge was supposed to be last Thursday and nobody turned up. Could someone from your service desk ring me to rebook? Extension 4471 is best.

            Many thanks,
            Helen

            Dr Helen Marsh
            Teaching Laboratories Manager
            School of Life Sciences, Wexcombe University
            """),
        "NLS-20310094",
        "3460.00",
        Label(
            paid_date="2031-03-06",
            note="the payment is buried in a long reply; 'the 6th' is past (Thu 6 Mar); the service-visit request is secondary",
        ),
        charset="windows-1252",
        lag=3,
    ),
    Mail(
        "ps-de-swiss",
        "payment_sent",
        "de",
        ("Beatrice Känzig", "b.kaenzig@aquaanalytik-rhein.example"),
        "2031-03-12 10:27",
        "outlook",
        text("""
            Grüezi

            Besten Dank für die Erinnerung. Die Rechnung NLS-20310205 über CHF 2'418.75 haben wir heute mit unserem Zahlungslauf beglichen (Zahlungsauftrag 88-1137-0425). Je nach Bank dauert die Gutschrift ein bis zwei Arbeitstage.

            Freundliche Grüsse

            Beatrice Känzig
            Finanzen & Administration
            Aquaanalytik Rhein AG
            Uferweg 12, 4057 Basel
            """),
        "NLS-20310205",
        "2418.75",
        Label(
            paid_date="2031-03-12",
            payment_reference="88-1137-0425",
            amount="2418.75",
            currency="CHF",
            refs=("NLS-20310205",),
            note="Swiss customer: apostrophe thousands separator and CHF; 'heute' is the message date",
        ),
        currency="CHF",
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "ps-fr-copy",
        "payment_sent",
        "fr",
        ("Sandrine Morel", "s.morel@vallon-agro.example"),
        "2031-03-05 14:18",
        "gmail",
        text("""
            Bonjour,

            Cette facture a été réglée par virement le 28 février (référence VIR-VALLON-0228-07), je pense que nos messages se sont croisés.

            Par contre, pourriez-vous me renvoyer la facture NLS 20310061 en PDF ? L'exemplaire reçu par courrier a pris l'eau dans notre boîte aux lettres et notre expert-comptable en a besoin pour la clôture.

            Merci d'avance et bonne journée,

            Sandrine Morel
            Service comptabilité
            Laboratoire Vallon Agroalimentaire
            """),
        "NLS-20310061",
        "1127.50",
        Label(
            paid_date="2031-02-28",
            payment_reference="VIR-VALLON-0228-07",
            refs=("NLS-20310061",),
            note="paid, plus a request for a copy of the invoice: the payment claim wins; 'NLS 20310061' normalised",
        ),
    ),
    Mail(
        "ps-fr-cematin",
        "payment_sent",
        "fr",
        ("Julien Roux", "julien.roux@labo-roux-oenologie.example"),
        "2031-03-19 12:03",
        "iphone",
        "Virement fait ce matin. Désolé pour le retard !",
        "NLS-20310231",
        "398.40",
        Label(
            paid_date="2031-03-19",
            note="mobile brevity; 'ce matin' is the message date",
        ),
        lag=2,
    ),
    Mail(
        "ps-es-hospital",
        "payment_sent",
        "es",
        ("María José Cordero Vidal", "mj.cordero@hus-telmo.example"),
        "2031-03-11 09:44",
        "outlook_html",
        text("""
            Estimados señores:

            En relación con su recordatorio, les comunicamos que con fecha 10/03/2031 se ha efectuado el pago por transferencia bancaria de las facturas NLS-20310151 y NLS-20310164, por un importe total de 3.107,20 €. La referencia de la orden de pago es OP-2031-004518.

            Les rogamos que, en adelante, remitan sus facturas únicamente al buzón facturas.proveedores@hus-telmo.example para agilizar su tramitación.

            Atentamente,

            María José Cordero Vidal
            Unidad de Contabilidad de Proveedores
            Hospital Universitario San Telmo
            """),
        "NLS-20310151",
        "1992.40",
        Label(
            paid_date="2031-03-10",
            payment_reference="OP-2031-004518",
            amount="3107.20",
            currency="EUR",
            refs=("NLS-20310151", "NLS-20310164"),
            note="payment of two invoices; the mailbox named for future invoices does not change the intent",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Mail(
        "ps-es-viernes",
        "payment_sent",
        "es",
        ("Lucía Ortega", "lucia.ortega.calidad@gmail.com"),
        "2031-03-18 22:37",
        "gmail_plain",
        text("""
            Hola!! ya está pagado, lo hice el viernes pasado desde la app del banco. Perdona el retraso, he estado toda la semana fuera con un cliente y no miraba el correo

            Un saludo
            Lucía
            """),
        "NLS-20310199",
        "265.30",
        Label(
            paid_date="2031-03-14",
            note="'el viernes pasado' written on Tue 18 Mar = Fri 14 Mar; free-mail persona",
        ),
        lag=2,
    ),
    Mail(
        "ps-nl-advice",
        "payment_sent",
        "nl",
        (
            "Universiteit Oostland - Crediteuren",
            "noreply-crediteuren@uni-oostland.example",
        ),
        "2031-03-20 05:30",
        "notice",
        text("""
            Betaalspecificatie

            Geachte leverancier,

            Hierbij ontvangt u de specificatie van onze betaling. Het onderstaande bedrag is op 20-03-2031 overgemaakt naar uw rekening.

            Leveranciersnummer:  200188
            Betalingskenmerk:    BTL-2031-031977

            Factuurnummer     Factuurdatum     Bedrag
            NLS-20310172      21-01-2031       € 1.306,25
            NLS-20310190      24-01-2031       €   412,00
            NLS-20310211      29-01-2031       €    88,90
            Totaal                             € 1.807,15

            Dit bericht is automatisch verzonden; u kunt er niet op antwoorden. Vragen over deze betaling kunt u mailen naar crediteurenadministratie@uni-oostland.example onder vermelding van uw leveranciersnummer.
            """),
        "NLS-20310172",
        "1306.25",
        Label(
            paid_date="2031-03-20",
            payment_reference="BTL-2031-031977",
            amount="1807.15",
            currency="EUR",
            refs=("NLS-20310172", "NLS-20310190", "NLS-20310211"),
            note="AP-system payment advice covering three invoices; quotes nothing",
        ),
        subject="Betaalspecificatie Universiteit Oostland – BTL-2031-031977",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-nl-gedaan",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@dierenkliniekdewit.example"),
        "2031-03-25 15:52",
        "android",
        "Gedaan 👍 vanmiddag €486,20 overgemaakt. Groet, Sanne",
        "NLS-20310260",
        "486.20",
        Label(
            paid_date="2031-03-25",
            amount="486.20",
            currency="EUR",
            note="'vanmiddag' is the message date",
        ),
    ),
    Mail(
        "ps-it-mandato",
        "payment_sent",
        "it",
        (
            "Università di Valdarno - Contabilità",
            "noreply.contabilita@univaldarno.example",
        ),
        "2031-03-06 07:10",
        "notice",
        text("""
            Gentile fornitore,

            si comunica che in data 05/03/2031 è stato emesso il mandato di pagamento n. 1184 a favore di NORTHGATE LAB SUPPLIES LTD, trasmesso all'Istituto Cassiere ed eseguito in pari data.

            Documenti pagati:
              Fattura NLS-20300988 del 12/12/2030    importo EUR 2.740,00

            Importo del mandato: EUR 2.740,00
            Modalità: bonifico SEPA
            CRO/TRN: 88130064215

            Questa comunicazione è generata automaticamente. Per informazioni rivolgersi all'Ufficio Contabilità Fornitori indicando il numero del mandato.
            """),
        "NLS-20300988",
        "2740.00",
        Label(
            paid_date="2031-03-05",
            payment_reference="88130064215",
            amount="2740.00",
            currency="EUR",
            refs=("NLS-20300988",),
            note="university accounting system's payment-order notice; the bank reference (CRO/TRN) is the payment reference",
        ),
        charset="iso-8859-1",
        cte="8bit",
        subject="Comunicazione emissione mandato di pagamento n. 1184/2031",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-it-fatto",
        "payment_sent",
        "it",
        ("Marco Bellini", "m.bellini@birrificiovaltorta.example"),
        "2031-03-21 18:47",
        "iphone",
        "fatto",
        "NLS-20310248",
        "173.60",
        Label(note="one word ('done') in answer to a reminder: paid; no date"),
        lag=3,
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pp-en-friday-run",
        "promise_to_pay",
        "en",
        ("Debbie Clarke", "ap@hollinsroe.example"),
        "2031-03-18 11:20",
        "outlook_html",
        text("""
            Good morning,

            Thank you for your email. Invoice NLS-20310143 for £1,203.36 has been approved and is in Friday's payment run, so the funds should be with you early next week.

            Kind regards

            Debbie Clarke
            Accounts Payable
            Hollins & Roe Food Testing Ltd
            """),
        "NLS-20310143",
        "1203.36",
        Label(
            promised_date="2031-03-21",
            amount="1203.36",
            currency="GBP",
            refs=("NLS-20310143",),
            note="past tense ('has been approved') announcing a future payment; Friday's run after Tue 18 Mar = Fri 21 Mar",
        ),
        charset="windows-1252",
    ),
    Mail(
        "pp-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Sam Ellery", "sam@brightwaterbio.example"),
        "2031-03-07 17:05",
        "iphone",
        text("""
            Hi - I'm off until next Thursday so replying from my phone. Nothing wrong with the invoice, it just needs my sign-off and I can't do that remotely. I'll approve it next Thursday when I'm back and it'll go out the same day.

            Sam
            """),
        "NLS-20310102",
        "1580.00",
        Label(
            promised_date="2031-03-13",
            note="a person writing, although the subject says out of office; 'next Thursday' from Fri 7 Mar = Thu 13 Mar",
        ),
        subject="Out of office till Thurs - {rsub}",
        lag=2,
    ),
    Mail(
        "pp-en-the15th",
        "promise_to_pay",
        "en",
        ("Nadia Bell", "accounts@castlegate-vetlab.example"),
        "2031-03-24 10:02",
        "gmail_plain",
        text("""
            Hi,

            Thanks for the nudge. We pay suppliers once a month on the 15th and this one just missed this month's run, so it'll be paid on the 15th. Sorry it's a bit late.

            Nadia Bell
            Practice Accounts
            Castlegate Veterinary Laboratory
            """),
        "NLS-20310177",
        "642.00",
        Label(
            promised_date="2031-04-15",
            note="'the 15th' written on Mon 24 Mar: the next 15th is 15 Apr (this month's run has passed)",
        ),
    ),
    Mail(
        "pp-de-kw13",
        "promise_to_pay",
        "de",
        ("Tobias Wendland", "t.wendland@uni-leinfeld.example"),
        "2031-03-14 13:36",
        "outlook_html",
        text("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Die Rechnung NLS-20310155 wurde sachlich und rechnerisch geprüft und ist zur Zahlung in KW 13 vorgesehen.

            Mit freundlichen Grüßen
            Im Auftrag

            Tobias Wendland
            Universität Leinfeld
            Dezernat Finanzen – Rechnungsstelle
            """),
        "NLS-20310155",
        "3918.00",
        Label(
            promised_date="2031-03-24",
            refs=("NLS-20310155",),
            note="'KW 13' of 2031 runs Mon 24 – Sun 30 Mar: the Monday of that week; 'geprüft' is approval, not payment",
        ),
        lag=3,
    ),
    Mail(
        "pp-de-nochnicht",
        "promise_to_pay",
        "de",
        ("Jannik Auer", "j.auer@kernwerk-bio.example"),
        "2031-03-19 07:48",
        "iphone",
        "nein noch nicht bezahlt, sorry – ist mir durchgerutscht. geht freitag raus\n\nJannik",
        "NLS-20310222",
        "1540.00",
        Label(
            promised_date="2031-03-21",
            note="negation ('noch nicht bezahlt') followed by a promise; Friday after Wed 19 Mar = Fri 21 Mar",
        ),
    ),
    Mail(
        "pp-fr-findemois",
        "promise_to_pay",
        "fr",
        ("Nathalie Perrin", "n.perrin@biolia-cosmetiques.example"),
        "2031-03-06 15:12",
        "outlook",
        text("""
            Bonjour,

            Votre facture NLS-20310071 a bien été validée par notre service achats. Elle sera réglée fin de mois, comme l'ensemble de nos factures fournisseurs.

            Cordialement,

            Nathalie Perrin
            Comptabilité fournisseurs
            Biolia Cosmétiques SAS
            """),
        "NLS-20310071",
        "754.80",
        Label(
            promised_date="2031-03-31",
            refs=("NLS-20310071",),
            note="'fin de mois' = 31 Mar; 'validée' is approval, not payment",
        ),
        charset="windows-1252",
        lag=2,
    ),
    Mail(
        "pp-es-finales",
        "promise_to_pay",
        "es",
        ("Pau Ferrer", "pau@neurogenesilabs.example"),
        "2031-03-12 19:24",
        "gmail",
        text("""
            Hola,

            Sí, la tenemos pendiente, perdonad. La pagaremos a finales de mes, cuando nos ingresen el segundo tramo de la subvención (ya está concedida, solo falta la transferencia).

            Gracias por la paciencia,
            Pau

            --
            Pau Ferrer
            COO · Neurogènesi Labs
            """),
        "NLS-20310127",
        "2260.00",
        Label(
            promised_date="2031-03-31",
            note="'a finales de mes' = 31 Mar; the grant is already awarded, so this is a dated promise, not a request for more time",
        ),
        lag=2,
    ),
    Mail(
        "pp-es-remesa",
        "promise_to_pay",
        "es",
        ("Rocío Lázaro", "administracion@agroebro-labs.example"),
        "2031-03-17 12:55",
        "outlook",
        text("""
            Buenos días:

            Les confirmo que la factura NLS-20310133 ya está conformada y se incluirá en la remesa de pagos del 04/04.

            Un saludo,

            Rocío Lázaro
            Administración
            Laboratorios Agroalimentarios del Ebro, S.L.
            """),
        "NLS-20310133",
        "1468.35",
        Label(
            promised_date="2031-04-04",
            refs=("NLS-20310133",),
            note="'04/04' is day/month in Spanish = 4 Apr 2031; 'conformada' is approval, not payment",
        ),
        charset="iso-8859-1",
    ),
    Mail(
        "pp-nl-tweeweken",
        "promise_to_pay",
        "nl",
        ("Maarten Hendriks", "maarten@fytolab-twente.example"),
        "2031-03-06 16:40",
        "gmail",
        text("""
            Hoi,

            Klopt, die staat nog open. Ik zit deze en volgende week vol met audits, maar ik maak het bedrag over twee weken over. Excuses voor de vertraging!

            Groet,
            Maarten
            """),
        "NLS-20310084",
        "925.00",
        Label(
            promised_date="2031-03-20",
            note="'over twee weken' from Thu 6 Mar = Thu 20 Mar",
        ),
    ),
    Mail(
        "pp-nl-donderdag",
        "promise_to_pay",
        "nl",
        ("Ingrid Maas", "crediteuren@waterlabzeeland.example"),
        "2031-03-24 09:31",
        "outlook",
        text("""
            Goedemorgen,

            Factuur NLS-20310239 is goedgekeurd en staat ingepland voor de betaalrun van aanstaande donderdag.

            Met vriendelijke groet,

            Ingrid Maas
            Crediteurenadministratie
            Stichting Waterlab Zeeland
            """),
        "NLS-20310239",
        "1187.45",
        Label(
            promised_date="2031-03-27",
            refs=("NLS-20310239",),
            note="'ingepland' (scheduled) announces a future payment; 'aanstaande donderdag' from Mon 24 Mar = Thu 27 Mar",
        ),
        charset="windows-1252",
    ),
    Mail(
        "pp-it-finemese",
        "promise_to_pay",
        "it",
        ("Chiara Galvani", "amministrazione@galvanirossi-lab.example"),
        "2031-03-10 11:08",
        "gmail",
        text("""
            Buongiorno,

            avete ragione, ci era sfuggita. La saldiamo entro fine mese insieme alle altre fatture fornitori.

            Cordiali saluti
            Chiara Galvani
            Amministrazione – Laboratorio Analisi Galvani & Rossi
            """),
        "NLS-20310109",
        "612.40",
        Label(promised_date="2031-03-31", note="'entro fine mese' = by 31 Mar"),
        lag=2,
    ),
    Mail(
        "pp-it-decimo",
        "promise_to_pay",
        "it",
        ("Luca Monti", "l.monti@genomica-adriatica.example"),
        "2031-03-26 17:22",
        "apple_html",
        text("""
            Buonasera,

            la fattura è stata approvata ieri dal nostro CFO. Il bonifico partirà il 10/04, data del nostro prossimo giro pagamenti.

            Un saluto,
            Luca

            Luca Monti
            Office & Operations
            Genomica Adriatica S.r.l.
            """),
        "NLS-20310266",
        "2034.90",
        Label(
            promised_date="2031-04-10",
            note="'10/04' is day/month = 10 Apr; 'approvata ieri' is approval, not payment",
        ),
    ),
]

DISPUTE = [
    Mail(
        "d-en-split",
        "dispute",
        "en",
        ("Simon Reeve", "s.reeve@aldercroft-analytical.example"),
        "2031-03-04 14:50",
        "outlook_html",
        text("""
            Hello,

            We paid NLS-20310140 (the consumables) last week, so that one should be clear.

            NLS-20310141 is a different matter. That's the £480 call-out for the analytical balance. Your engineer didn't turn up on the booked day, we rebooked, he came on the 20th, spent twenty minutes on it and the balance still drifts. We're not paying a call-out fee for a visit that didn't fix anything. Please either credit it or send someone who can sort it out.

            Regards,
            Simon

            Simon Reeve
            Laboratory Director
            Aldercroft Analytical Ltd
            """),
        "NLS-20310141",
        "480.00",
        Label(
            refs=("NLS-20310140", "NLS-20310141"),
            note="paid one invoice, disputes the other (this reminder's): dispute wins over the payment claim",
        ),
    ),
    Mail(
        "d-en-not-paid",
        "dispute",
        "en",
        ("Dr Priya Nair", "p.nair@kingsbridge-college.example"),
        "2031-03-17 09:12",
        "outlook",
        text("""
            Hi,

            We have NOT paid this because the order was wrong. We ordered 1000 µl filter tips (10 racks) and received 200 µl tips. I reported it to your customer service on 24 February and was told a collection would be arranged. Nobody has collected them and the correct tips haven't arrived either.

            I'm happy to pay once the right tips are here and the wrong ones have gone back. Until then please put the invoice on hold.

            Priya

            Dr Priya Nair
            Senior Technician, Department of Chemistry
            Kingsbridge College
            """),
        "NLS-20310168",
        "296.40",
        Label(
            note="negated payment with the reason (wrong goods); the conditional payment is secondary"
        ),
        charset="windows-1252",
        lag=2,
    ),
    Mail(
        "d-en-typos",
        "dispute",
        "en",
        ("Kev Doyle", "kev.doyle.brewing@gmail.com"),
        "2031-03-22 21:14",
        "gmail_plain",
        "hi i only orderd 1 box of the nitrile gloves not 4 you have charged me for 4 and i only got 1 so the invoice is wrong  im not paying for gloves i never got send me a proper invoice for the 1 box and ill pay that straight away\nkev",
        "NLS-20310219",
        "118.00",
        Label(
            note="no punctuation, typos; billed for goods not ordered or received; the corrected-invoice request is secondary"
        ),
        lag=4,
    ),
    Mail(
        "d-de-bruch",
        "dispute",
        "de",
        ("Kathrin Bödeker", "k.boedeker@li-weser.example"),
        "2031-03-05 11:02",
        "outlook_html",
        text("""
            Sehr geehrte Damen und Herren,

            die Lieferung zu Rechnung NLS-20310066 ist bei uns mit zwei gebrochenen Messkolben (250 ml, Klasse A) und einem gesprungenen Exsikkator angekommen. Wir haben das am 12.02. per Mail an Ihren Kundenservice gemeldet und Fotos geschickt, eine Antwort haben wir bis heute nicht.

            Solange keine Gutschrift oder Ersatzlieferung vorliegt, zahlen wir die Rechnung nicht. Den unstrittigen Teil überweisen wir gern, sobald Sie uns eine korrigierte Rechnung schicken.

            Mit freundlichen Grüßen

            Kathrin Bödeker
            Einkauf
            Lebensmittelinstitut Weser GmbH
            """),
        "NLS-20310066",
        "1386.00",
        Label(
            refs=("NLS-20310066",),
            note="damaged goods; the corrected invoice and the conditional payment of the rest are secondary",
        ),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "d-de-doppelt",
        "dispute",
        "de",
        ("Dr. Henrike Albers", "labor@praxislabor-albers.example"),
        "2031-03-20 18:30",
        "thunderbird",
        text("""
            Guten Tag,

            die Rechnung NLS-20310188 ist identisch mit NLS-20310176 (gleiche Positionen, gleicher Lieferschein 558213, gleicher Betrag). Die 176 haben wir am 28.02. bezahlt. Sie haben uns die Lieferung also zweimal berechnet. Bitte stornieren Sie die 188.

            Mit freundlichen Grüßen
            H. Albers

            -- 
            Praxislabor Dr. Albers
            Labormedizin · Mikrobiologie
            """),
        "NLS-20310188",
        "342.70",
        Label(
            refs=("NLS-20310188", "NLS-20310176"),
            note="duplicate billing; the payment mentioned is of the other invoice; '176'/'188' are short forms of numbers already listed",
        ),
        cte="8bit",
    ),
    Mail(
        "d-fr-contrat",
        "dispute",
        "fr",
        ("Dr Étienne Garnier", "e.garnier@lam-hautbois.example"),
        "2031-03-07 10:45",
        "outlook",
        text("""
            Madame, Monsieur,

            Nous contestons la facture NLS-20310079. La maintenance préventive annuelle de notre automate est comprise dans le contrat de service signé en septembre 2030 (contrat n° CS-2030-118), dont le forfait a été réglé en totalité à la signature. Cette intervention n'a donc pas à être facturée en sus.

            Je vous remercie de bien vouloir émettre un avoir et me le faire parvenir.

            Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

            Dr Étienne Garnier
            Biologiste responsable
            Laboratoire d'analyses médicales Hautbois
            """),
        "NLS-20310079",
        "1290.00",
        Label(
            refs=("NLS-20310079",),
            note="billed for work included in a prepaid service contract; very formal",
        ),
        charset="windows-1252",
        lag=3,
    ),
    Mail(
        "d-fr-perime",
        "dispute",
        "fr",
        ("Claire Dumas", "qualite@fromagerie-hautjura.example"),
        "2031-03-13 08:55",
        "gmail",
        text("""
            Bonjour,

            Nous n'avons pas réglé cette facture car les milieux de culture livrés (boîtes de Petri pré-coulées, lot 2401-B) avaient une date de péremption au 20 février, soit trois jours après la livraison. Nous ne pouvons pas les utiliser pour nos analyses accréditées.

            Je vous ai renvoyé le bon de livraison annoté le 19/02. Merci de nous proposer un remplacement ou un avoir ; nous réglerons ensuite ce qui est dû.

            Bien cordialement,
            Claire Dumas
            Responsable qualité – Laboratoire
            Fromagerie coopérative du Haut-Jura
            """),
        "NLS-20310124",
        "587.20",
        Label(note="negated payment with the reason (short-dated goods)"),
        lag=2,
    ),
    Mail(
        "d-es-rotas",
        "dispute",
        "es",
        ("Íñigo Lavín", "inigo@bodegaslavin.example"),
        "2031-03-14 13:17",
        "iphone",
        "Buenas, no vamos a pagar hasta que nos abonéis las 6 probetas que llegaron rotas, ya os mandé fotos hace 3 semanas y nadie contesta. Cuando llegue el abono pagamos el resto sin problema",
        "NLS-20310146",
        "842.60",
        Label(note="negation with a conditional payment after a credit note: dispute"),
        lag=2,
    ),
    Mail(
        "d-nl-prijs",
        "dispute",
        "nl",
        ("Femke Bakker", "inkoop@aqualab-noordzee.example"),
        "2031-03-11 14:06",
        "gmail",
        text("""
            Beste,

            Op factuur NLS-20310117 zijn de pipetten tegen de lijstprijs gefactureerd. Volgens onze raamovereenkomst (looptijd 2030–2032) krijgen wij 15% korting op alle pipetten en tips. Het verschil is € 317,70.

            Wilt u een creditnota sturen voor het verschil, of een gecorrigeerde factuur? Daarna betalen we direct.

            Met vriendelijke groet,
            Femke Bakker
            Inkoop
            Aquacultuur Lab Noordzee B.V.
            """),
        "NLS-20310117",
        "2118.00",
        Label(
            refs=("NLS-20310117",),
            note="price disputed against a framework agreement; payment after correction is secondary",
        ),
    ),
    Mail(
        "d-nl-niet",
        "dispute",
        "nl",
        ("Jeroen Smit", "jeroen@groentelab-westland.example"),
        "2031-03-26 20:11",
        "apple",
        text("""
            Hallo,

            Deze is NIET betaald omdat de levering niet compleet was: van de 12 dozen kweekbuisjes zijn er 8 gekomen. Op de pakbon staat 12, de doos zat gewoon halfvol. Stuur de ontbrekende 4 dozen of pas de factuur aan, dan betalen we.

            Groet,
            Jeroen Smit
            Groentelab Westland
            """),
        "NLS-20310245",
        "671.50",
        Label(note="negated payment with the reason (short delivery)"),
        lag=2,
    ),
    Mail(
        "d-it-ore",
        "dispute",
        "it",
        ("Dott.ssa Paola Ricci", "p.ricci@cdv-emiliano.example"),
        "2031-03-04 16:28",
        "html_only",
        text("""
            Buongiorno,

            contestiamo la fattura NLS-20310058. Il vostro tecnico è rimasto da noi circa un'ora per la taratura delle bilance, ma ci è stata addebitata una giornata intera di intervento (8 ore) più la trasferta. Sul rapportino firmato risultano le ore 9:30 – 10:40.

            Vi chiediamo di riemettere la fattura con le ore effettive. Fino ad allora la fattura resta sospesa.

            Cordiali saluti

            Dott.ssa Paola Ricci
            Centro Diagnostico Veterinario Emiliano
            """),
        "NLS-20310058",
        "960.00",
        Label(refs=("NLS-20310058",), note="hours billed contested; HTML-only message"),
    ),
    Mail(
        "d-it-rotti",
        "dispute",
        "it",
        ("Stefano Zanetti", "laboratorio@caseificiomontebaldo.example"),
        "2031-03-27 12:40",
        "iphone",
        "Buongiorno, la prima fattura (NLS-20310229) l'abbiamo pagata la settimana scorsa, questa invece no perché metà dei becher sono arrivati rotti. Ho mandato le foto al vostro commerciale. Fateci sapere come procedete",
        "NLS-20310254",
        "394.00",
        Label(
            refs=("NLS-20310229",),
            note="paid the other invoice, disputes this one; only the other invoice's number is written in the new text",
        ),
        lag=2,
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pl-en-runway",
        "payment_plan",
        "en",
        ("Mira Chandra", "mira@tessellatebio.example"),
        "2031-03-05 20:46",
        "gmail",
        text("""
            Hi,

            Honest answer: we're between funding rounds and cash is tight until the seed extension closes, which our investors are saying will be in May. I don't want to go quiet on you, you've been great to work with.

            Could we pay this off at £1,000 a month? I can set up the first one for 1 April and the balance would be cleared by August. If you need it faster, tell me what works and I'll see what I can do.

            Best,
            Mira

            Mira Chandra
            Co-founder & CEO, Tessellate Bio
            """),
        "NLS-20310052",
        "4860.00",
        Label(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        lag=2,
    ),
    Mail(
        "pl-en-part-now",
        "payment_plan",
        "en",
        ("Jo Whitfield", "jo@whitfieldhoney.example"),
        "2031-03-15 09:36",
        "iphone",
        "Morning, I've just sent £300 from my phone and I'll send the rest at the end of the month when my own customers have paid me. Hope that's ok. Jo",
        "NLS-20310157",
        "612.00",
        Label(
            note="part paid now and the rest at the end of the month → payment_plan, not payment_sent"
        ),
    ),
    Mail(
        "pl-en-budget",
        "payment_plan",
        "en",
        ("Graham Pettit", "g.pettit@northmoor-cc.example"),
        "2031-03-20 12:15",
        "outlook_html",
        text("""
            Dear Credit Control,

            I'm writing about invoice NLS-20310193. I'm afraid our laboratory budget for this financial year is fully committed, and I've been told I cannot raise any further payments until next year's budget is released on 1 April.

            Would you be able to give us until the end of April to settle this? I appreciate it is already overdue and I'm sorry for the inconvenience. There is no issue with the goods or the invoice itself.

            Yours sincerely,

            Graham Pettit
            Laboratory Business Manager
            Public Analyst's Laboratory, Northmoor County Council
            """),
        "NLS-20310193",
        "7420.00",
        Label(
            refs=("NLS-20310193",),
            note="public body asking for more time; the end-of-April date is part of the request, not a promise",
        ),
        charset="windows-1252",
        lag=3,
    ),
    Mail(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Ole Hasenkamp", "ole@brauerei-hasenkamp.example"),
        "2031-03-09 19:58",
        "gmail_plain",
        text("""
            Hallo,

            ich weiß, die Rechnung ist überfällig. Der Winter war bei uns schwach und der neue Gärtank hat mehr gekostet als geplant. Könnten wir die 2.850 € in drei Monatsraten zahlen, also jeweils 950 € zum 1. April, 1. Mai und 1. Juni? Wenn das für Sie in Ordnung ist, richte ich die Daueraufträge gleich ein.

            Viele Grüße
            Ole Hasenkamp
            Brauerei Hasenkamp – Qualitätslabor
            """),
        "NLS-20310097",
        "2850.00",
        Label(note="three monthly instalments proposed; written on a Sunday"),
        lag=3,
    ),
    Mail(
        "pl-de-teilzahlung",
        "payment_plan",
        "de",
        ("Dr. Nina Sommerfeld", "praxis@tierarzt-sommerfeld.example"),
        "2031-03-25 13:04",
        "android",
        "Hallo, ich überweise heute 1.000 € und den Rest Ende April, wenn die Quartalsabrechnung da ist. Geht das so? LG Nina Sommerfeld",
        "NLS-20310247",
        "1736.40",
        Label(note="part payment today and the rest later → payment_plan, not payment_sent"),
    ),
    Mail(
        "pl-fr-etaler",
        "payment_plan",
        "fr",
        ("Manon Lefèvre", "manon@atelier-seve.example"),
        "2031-03-12 21:30",
        "apple",
        text("""
            Bonsoir,

            Je suis désolée pour ce retard. Mon activité est encore petite et ce mois-ci a été très difficile (un gros client m'a lâchée en février). Serait-il possible d'étaler le paiement sur trois mois, à raison de 380 € par mois à partir du 5 avril ?

            Merci de votre compréhension,
            Manon Lefèvre
            Atelier Sève – cosmétiques naturels
            """),
        "NLS-20310121",
        "1140.00",
        Label(note="hardship and three monthly instalments"),
        lag=2,
    ),
    Mail(
        "pl-fr-grele",
        "payment_plan",
        "fr",
        ("Philippe Ferrand", "philippe@domaine-ferrand.example"),
        "2031-03-18 18:52",
        "outlook_html",
        text("""
            Bonsoir Madame, Monsieur,

            Je me permets de vous répondre un peu longuement, car je vous dois une explication. Nous sommes clients de Northgate depuis l'installation de notre petit laboratoire en 2027 et nous avons toujours payé à l'heure, vous pourrez le vérifier. Seulement voilà : la grêle de l'été dernier nous a pris près de la moitié de la récolte, l'assurance n'a toujours pas versé l'indemnité, et la banque nous fait attendre pour le prêt de trésorerie. Entre-temps il faut bien payer les saisonniers et les fournisseurs de bouteilles, qui eux ne patientent pas.

            Je ne conteste absolument pas votre facture, le matériel est parfait et nous l'utilisons tous les jours pour le suivi des fermentations. Ce que je voudrais vous demander, c'est de pouvoir la régler en plusieurs fois : un premier versement de 1 000 € d'ici le 31 mars, puis le solde en deux fois, fin avril et fin mai. Si cela ne vous convient pas, dites-moi ce qui serait possible de votre côté.

            En vous remerciant par avance de votre compréhension,

            Philippe Ferrand
            Domaine Ferrand – vignerons en Val de Loire
            """),
        "NLS-20310170",
        "3306.00",
        Label(
            note="long reply with the request buried; instalments with dates are a plan, not a promise; nothing is contested"
        ),
        charset="windows-1252",
        lag=3,
    ),
    Mail(
        "pl-es-plazos",
        "payment_plan",
        "es",
        ("Sergio Aranda", "sergio@clinicadentalaranda.example"),
        "2031-03-07 13:45",
        "gmail_plain",
        text("""
            Hola,

            ¿Podríamos pagarla en dos plazos? La mitad a primeros de la semana que viene y la otra mitad a finales de abril. Estamos de obras en la clínica y vamos justos de tesorería este trimestre.

            Gracias,
            Sergio Aranda
            """),
        "NLS-20310086",
        "1580.00",
        Label(note="two instalments; the relative dates belong to the plan and are not labelled"),
    ),
    Mail(
        "pl-es-aplazar",
        "payment_plan",
        "es",
        ("Amparo Nieto", "laboratorio@vegaalta-coop.example"),
        "2031-03-21 10:18",
        "apple",
        text("""
            Buenos días,

            Les escribo porque necesitaríamos un poco más de margen para esta factura. La cooperativa cobra las liquidaciones de la campaña de cítricos a mediados de abril y hasta entonces no tenemos liquidez. ¿Sería posible aplazar el pago hasta el 30 de abril?

            Muchas gracias y disculpen las molestias.

            Amparo Nieto
            Responsable de laboratorio
            Cooperativa Agrícola Vega Alta
            """),
        "NLS-20310215",
        "2675.50",
        Label(note="asks to postpone: payment_plan; the date in the request is not a promise"),
        lag=2,
    ),
    Mail(
        "pl-nl-regeling",
        "payment_plan",
        "nl",
        ("Wouter Jansen", "wouter@honingraat-imkerij.example"),
        "2031-03-17 20:05",
        "thunderbird",
        text("""
            Goedenavond,

            Is het mogelijk om voor deze factuur een betalingsregeling te treffen? Ik zou het in vier maandelijkse termijnen van € 365 willen betalen, de eerste op 1 april. Het gaat op dit moment financieel wat minder, maar ik wil het netjes oplossen.

            Met vriendelijke groet,
            Wouter Jansen

            -- 
            De Honingraat – imkerij en honinglab
            """),
        "NLS-20310161",
        "1460.00",
        Label(note="instalments requested"),
        lag=3,
    ),
    Mail(
        "pl-it-meta",
        "payment_plan",
        "it",
        ("Giovanni Bartoli", "g.bartoli@enolab-valdelsa.example"),
        "2031-03-11 09:50",
        "gmail",
        text("""
            Buongiorno,

            possiamo pagare metà subito e metà entro fine aprile? Questo mese abbiamo avuto parecchie spese impreviste per la nuova linea di imbottigliamento. Se vi va bene, faccio il primo bonifico già domani.

            Grazie
            Giovanni Bartoli
            Laboratorio Enologico Valdelsa
            """),
        "NLS-20310115",
        "1924.00",
        Label(note="half now and half by the end of April → payment_plan"),
    ),
    Mail(
        "pl-it-dilazione",
        "payment_plan",
        "it",
        ("Dott. Andrea Colombo", "amministrazione@vetcolomboneri.example"),
        "2031-03-27 11:36",
        "outlook",
        text("""
            Spett.le Northgate Lab Supplies,

            con la presente Vi chiediamo cortesemente una dilazione di 60 giorni per il pagamento della fattura in oggetto, a causa di un ritardo negli incassi da parte di alcuni enti pubblici nostri clienti. Restiamo a disposizione per concordare eventualmente un pagamento in due rate.

            Distinti saluti

            Dott. Andrea Colombo
            Studio Veterinario Associato Colombo & Neri
            """),
        "NLS-20310251",
        "2310.00",
        Label(
            note="formal request for 60 more days; the invoice is only referred to as 'in oggetto'"
        ),
        charset="iso-8859-1",
        lag=2,
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-po",
        "invoice_request",
        "en",
        ("Fiona Gallagher", "ap-queries@thamesreach.example"),
        "2031-03-04 10:05",
        "outlook_html",
        text("""
            Dear Supplier,

            We have been unable to process invoice NLS-20310047 as it does not quote a valid Thamesreach purchase order number. In line with our No PO, No Pay policy, please reissue the invoice quoting PO 4500-118742 and send it to invoices@thamesreach.example. Once we receive the corrected invoice it will be paid in the next available payment run.

            Kind regards,

            Fiona Gallagher
            Accounts Payable Shared Service
            Thamesreach University
            """),
        "NLS-20310047",
        "2316.50",
        Label(
            refs=("NLS-20310047",),
            note="conditional payment: reissue with a PO first; the invoices mailbox is where to send it, not a new contact",
        ),
        headers=(SUPPRESS,),
    ),
    Mail(
        "ir-en-bankcheck",
        "invoice_request",
        "en",
        ("Eva Kuipers", "accounts.payable@veldkamp-bio.example"),
        "2031-03-19 11:47",
        "gmail",
        text("""
            Hello,

            Thanks for the reminder. Your invoice is approved on our side, but our payment system flagged that the bank account printed on it differs from the one we have on file for you. Before we can release anything we need to verify the new details: could you please send a letter on Northgate letterhead, signed by a director, confirming the IBAN and account name? We will also call your office on the number in our vendor file.

            Sorry for the extra step – we had two fraud attempts this year.

            Best regards,
            Eva Kuipers
            Accounts Payable
            Veldkamp Biosciences B.V.
            """),
        "NLS-20310208",
        "3145.00",
        Label(
            note="needs verified bank details before paying, not contesting; English from a Dutch company (CET)"
        ),
        uk=False,
        currency="EUR",
        lag=2,
    ),
    Mail(
        "ir-en-resend",
        "invoice_request",
        "en",
        ("Mark Fenwick", "mark@fenwickdentallab.example"),
        "2031-03-27 19:31",
        "iphone",
        "cant find this one anywhere can u resend it thx",
        "NLS-20310241",
        "158.90",
        Label(note="mobile brevity, no punctuation"),
    ),
    Mail(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("Andrea Wiesner", "rechnungseingang@landeslabor-westmark.example"),
        "2031-03-10 08:40",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            die von Ihnen angemahnte Rechnung NLS-20310091 liegt uns nicht in einer verarbeitbaren Form vor. Als öffentlicher Auftraggeber können wir nur elektronische Rechnungen im Format XRechnung annehmen, die über das Rechnungseingangsportal des Landes eingereicht werden. Bitte geben Sie dabei die Leitweg-ID 05-A1172-38 an.

            Nach Eingang der XRechnung wird die Zahlung umgehend angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Andrea Wiesner

            Landeslabor Westmark
            Zentrale Rechnungseingangsstelle
            """),
        "NLS-20310091",
        "4275.00",
        Label(
            refs=("NLS-20310091",),
            note="public body needs an e-invoice (XRechnung) before paying; not contesting",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
        lag=2,
    ),
    Mail(
        "ir-de-wofuer",
        "invoice_request",
        "de",
        ("Dennis Krüger", "dennis@zahnlabor-krueger.example"),
        "2031-03-21 16:15",
        "gmail",
        text("""
            Hallo,

            wofür ist die Rechnung? Ich finde bei uns keine Bestellung über den Betrag. Können Sie mir bitte den Lieferschein oder die Auftragsbestätigung schicken, dann kläre ich das intern.

            Gruß
            Dennis Krüger
            Zahnlabor Krüger
            """),
        "NLS-20310217",
        "486.95",
        Label(note="asks what the charge is for and for the delivery note; not contesting it"),
        lag=2,
    ),
    Mail(
        "ir-fr-chorus",
        "invoice_request",
        "fr",
        ("Sophie Lemaire", "service.facturier@univ-sarthe-loire.example"),
        "2031-03-11 10:22",
        "outlook_html",
        text("""
            Madame, Monsieur,

            Nous faisons suite à votre relance concernant la facture NLS-20310110.

            Conformément à la réglementation applicable aux établissements publics, nous ne pouvons traiter que les factures déposées sur la plateforme Chorus Pro. Nous vous remercions de bien vouloir y déposer votre facture en indiquant le numéro d'engagement juridique 2100458731 ainsi que le code service DAF-LABO. La mise en paiement interviendra dès son intégration dans notre système.

            Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

            Sophie Lemaire
            Service facturier – Direction des affaires financières
            Université de Sarthe-Loire
            """),
        "NLS-20310110",
        "2980.00",
        Label(
            refs=("NLS-20310110",),
            note="public body needs the invoice on its e-invoicing platform before paying",
        ),
        lag=3,
    ),
    Mail(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Clément Giraud", "clement.giraud@prothese-giraud.example"),
        "2031-03-25 08:12",
        "iphone",
        "Bonjour, pouvez-vous m'envoyer votre RIB ? Je n'arrive pas à le retrouver et je fais le virement dès réception. Merci",
        "NLS-20310255",
        "215.40",
        Label(note="bank details needed before paying; the conditional transfer is not a payment"),
    ),
    Mail(
        "ir-es-cif",
        "invoice_request",
        "es",
        ("Begoña Castro", "administracion@ctmar.example"),
        "2031-03-06 12:30",
        "outlook",
        text("""
            Buenos días:

            Hemos recibido su recordatorio, pero no podemos contabilizar la factura NLS-20310073 porque figura el CIF de nuestra antigua sociedad (B36123456). Desde enero nuestra razón social es Centro Tecnológico del Mar, S.L., CIF B27654321. Les ruego que nos envíen una factura rectificada con los datos correctos y la pagaremos en el siguiente vencimiento.

            Saludos cordiales,

            Begoña Castro
            Departamento de Administración
            Centro Tecnológico del Mar, S.L.
            """),
        "NLS-20310073",
        "1750.00",
        Label(
            refs=("NLS-20310073",),
            note="reissue with the new company details; the amount is not contested",
        ),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "ir-es-extracto",
        "invoice_request",
        "es",
        ("Elena Lorente", "elena@farmacialorente.example"),
        "2031-03-26 18:05",
        "gmail",
        text("""
            Hola,

            Me he liado un poco con las facturas de este trimestre: creo que alguna la pagamos dos veces y otra ninguna. ¿Me podéis mandar un extracto de cuenta con todo lo pendiente y lo pagado desde enero? Así lo cuadro y pago lo que falte.

            Gracias,
            Elena
            """),
        "NLS-20310258",
        "327.10",
        Label(
            note="statement of account requested; the uncertainty about payments is not a dispute"
        ),
        lag=2,
    ),
    Mail(
        "ir-nl-inkooporder",
        "invoice_request",
        "nl",
        ("Ruud Verbeek", "crediteuren@devaart-zkh.example"),
        "2031-03-13 14:44",
        "outlook_html",
        text("""
            Geachte heer/mevrouw,

            Wij kunnen factuur NLS-20310138 niet verwerken omdat ons inkoopordernummer ontbreekt. Graag ontvangen wij de factuur opnieuw, met vermelding van ordernummer 7100385521, via facturen@devaart-zkh.example. Na ontvangst wordt de factuur binnen onze normale betaaltermijn voldaan.

            Met vriendelijke groet,

            Ruud Verbeek
            Crediteurenadministratie
            Ziekenhuis De Vaart
            """),
        "NLS-20310138",
        "1849.30",
        Label(
            refs=("NLS-20310138",),
            note="reissue with a PO number before payment; the invoices mailbox is not a new contact",
        ),
        lag=2,
    ),
    Mail(
        "ir-nl-nooitontvangen",
        "invoice_request",
        "nl",
        ("Kees van Leeuwen", "kees.vanleeuwen.advies@gmail.com"),
        "2031-03-08 11:20",
        "gmail_plain",
        text("""
            Hallo,

            Kunnen jullie de factuur nog een keer sturen? Ik heb hem nooit ontvangen, waarschijnlijk is hij naar mijn oude kantooradres gegaan. Dan betaal ik hem meteen.

            Groeten,
            Kees van Leeuwen
            """),
        "NLS-20310099",
        "209.00",
        Label(
            note="never received the invoice; conditional payment after the copy; free-mail persona on a Saturday"
        ),
    ),
    Mail(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Federica Marchetti", "f.marchetti@serravalle-lab.example"),
        "2031-03-17 15:08",
        "outlook_html",
        text("""
            Gentili Signori,

            in riferimento al vostro sollecito, vi informiamo che la fattura NLS-20310162 non ci risulta pervenuta tramite il Sistema di Interscambio. Per poterla registrare e pagare abbiamo bisogno della fattura elettronica con il nostro codice destinatario M5UXCR1 (in alternativa, all'indirizzo PEC amministrazione@pec.serravalle-lab.example).

            Distinti saluti

            Federica Marchetti
            Ufficio Amministrazione
            Laboratorio Analisi Chimiche Serravalle S.p.A.
            """),
        "NLS-20310162",
        "2655.00",
        Label(
            refs=("NLS-20310162",),
            note="e-invoice through the national exchange needed before paying; the PEC address is a delivery channel, not a new contact",
        ),
        charset="iso-8859-1",
        lag=2,
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-pa",
        "wrong_contact",
        "en",
        ("Louise Carter", "l.carter@porthaven-ims.example"),
        "2031-03-03 15:30",
        "outlook_html",
        text("""
            Good afternoon,

            I'm Professor Hale's PA and I'm afraid I don't deal with invoices – I think the reminder has gone to the address on the original order. Please send this and any future invoices to our Purchase Ledger team at purchase.ledger@porthaven-ims.example, who will be able to help.

            Best wishes,

            Louise Carter
            PA to Professor Alan Hale
            Porthaven Institute of Marine Science
            """),
        "NLS-20310039",
        "1075.00",
        Label(
            new_contact="purchase.ledger@porthaven-ims.example",
            note="assistant redirecting to the purchase ledger",
        ),
    ),
    Mail(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Becky Lloyd", "becky@oakmerebrewing.example"),
        "2031-03-12 13:58",
        "iphone",
        "Hi Dave left us back in January so his inbox isnt really checked anymore, I just happened to see this. Accounts are done by Lisa now - lisa@oakmerebrewing.example\n\nBecky",
        "NLS-20310131",
        "287.40",
        Label(
            new_contact="lisa@oakmerebrewing.example",
            note="the addressee has left; a colleague answers and names the new contact",
        ),
        addressee=("Dave Pearce", "dave@oakmerebrewing.example"),
        lag=2,
    ),
    Mail(
        "wc-en-redirect",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@harlowe-diagnostics.example"),
        "2031-03-24 08:03",
        "html_only",
        text("""
            Dear Sir/Madam,

            Please be advised that due to an internal restructure our accounts mailbox is being decommissioned with immediate effect. Kindly update your records and direct all statements, reminders and remittance correspondence for our account to harlowe.diagnostics.accounts@gmail.com going forward. Do not send further correspondence to this address or to any of our staff directly as it will not be processed.

            We also ask that you confirm by return once your records have been updated.

            Regards,
            Accounts Department
            Harlowe Diagnostics Ltd
            """),
        "NLS-20310236",
        "1912.00",
        Label(
            new_contact="harlowe.diagnostics.accounts@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address (Reply-To points there too); literally a change of contact, so wrong_contact, but a person must verify it before anything is changed",
        ),
        charset="windows-1252",
        headers=(("Reply-To", "harlowe.diagnostics.accounts@gmail.com"),),
        lag=2,
    ),
    Mail(
        "wc-de-sekretariat",
        "wrong_contact",
        "de",
        ("Monika Brandt", "sekretariat.pharmbio@hs-elbtal.example"),
        "2031-03-17 10:50",
        "outlook",
        text("""
            Guten Morgen,

            ich bin nur im Sekretariat und habe mit Rechnungen nichts zu tun. Bitte wenden Sie sich an unsere Kreditorenbuchhaltung: kreditoren@hs-elbtal.example. Dort wird auch die Zahlung veranlasst.

            Freundliche Grüße
            Monika Brandt
            Sekretariat Institut für Pharmazeutische Biologie
            Hochschule Elbtal
            """),
        "NLS-20310165",
        "1122.00",
        Label(new_contact="kreditoren@hs-elbtal.example"),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "wc-fr-parti",
        "wrong_contact",
        "fr",
        ("Thomas Picard", "thomas.picard.perso@gmail.com"),
        "2031-03-09 12:10",
        "gmail",
        text("""
            Bonjour,

            Je ne fais plus partie de BioNova Diagnostics depuis fin janvier, et cette adresse est mon adresse personnelle (je l'avais donnée pour une commande à l'époque, erreur de ma part). Je n'ai pas les coordonnées du service comptable actuel, désolé.

            Bonne continuation,
            Thomas Picard
            """),
        "NLS-20310100",
        "448.00",
        Label(note="former employee's personal address; no new address given"),
        lag=3,
    ),
    Mail(
        "wc-fr-boite",
        "wrong_contact",
        "fr",
        ("Laboratoire Océalis - Administration", "administration@ocealis-labo.example"),
        "2031-03-14 09:01",
        "notice",
        text("""
            Bonjour,

            Cette adresse n'est plus consultée depuis le 1er mars 2031. Pour toute question relative à la facturation ou aux paiements, merci d'écrire désormais à comptabilite@ocealis-labo.example.

            Ce message est envoyé automatiquement.
            """),
        "NLS-20310149",
        "1033.00",
        Label(
            new_contact="comptabilite@ocealis-labo.example",
            note="automatic 'no longer read' notice naming a new address: wrong_contact, not auto_reply",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "wc-es-personal",
        "wrong_contact",
        "es",
        ("Javier Ruiz", "javi.ruiz.quimica@gmail.com"),
        "2031-03-04 23:05",
        "gmail_plain",
        "Hola, este es mi correo personal, ya no trabajo en Laboratorios Quimisur desde diciembre. Escribid a administracion@quimisur.example que son los que llevan los pagos. Un saludo",
        "NLS-20310056",
        "734.20",
        Label(
            new_contact="administracion@quimisur.example",
            note="former employee; free-mail persona",
        ),
    ),
    Mail(
        "wc-es-copia",
        "wrong_contact",
        "es",
        ("Alberto Gil", "a.gil@grupo-nutrialba.example"),
        "2031-03-20 10:33",
        "outlook_html",
        text("""
            Buenos días,

            Yo llevo el laboratorio, pero los pagos no pasan por mí. Les pongo en copia a Marta Iglesias, de Contabilidad, que es quien gestiona las facturas de proveedores; por favor, diríjanse a ella a partir de ahora.

            Un saludo,

            Alberto Gil
            Jefe de Laboratorio
            Grupo Nutrialba
            """),
        "NLS-20310196",
        "1236.80",
        Label(
            new_contact="marta.iglesias@grupo-nutrialba.example",
            note="the new contact is named in the text and her address is only in Cc",
        ),
        charset="windows-1252",
        headers=(("Cc", "Marta Iglesias <marta.iglesias@grupo-nutrialba.example>"),),
        lag=2,
    ),
    Mail(
        "wc-nl-mixedcase",
        "wrong_contact",
        "nl",
        ("Lotte Visser", "l.visser@umc-oost.example"),
        "2031-03-06 12:22",
        "android",
        "Hoi, ik ben analist op het lab en heb niks met facturen te maken. Die moeten naar Crediteuren@UMC-Oost.example. Succes!",
        "NLS-20310076",
        "2412.60",
        Label(
            new_contact="crediteuren@umc-oost.example",
            note="address written in mixed case; labelled in lower case",
        ),
    ),
    Mail(
        "wc-nl-anderebedrijf",
        "wrong_contact",
        "nl",
        ("Henk van Dijk", "info@tandtechniekvandijk.example"),
        "2031-03-21 11:40",
        "gmail",
        text("""
            Goedemorgen,

            U heeft de verkeerde Van Dijk. Wij zijn een tandtechnisch laboratorium in Deventer en hebben nooit iets bij Northgate besteld. Volgens mij bedoelt u Van Dijk Lab Services, maar hun mailadres heb ik niet.

            Met vriendelijke groet,
            Henk van Dijk
            Tandtechnisch Laboratorium Van Dijk
            """),
        "NLS-20310224",
        "578.00",
        Label(
            note="wrong company altogether, no new address; 'never ordered' here is not a dispute"
        ),
        lag=2,
    ),
    Mail(
        "wc-it-anagrafica",
        "wrong_contact",
        "it",
        ("Ing. Matteo Riva", "m.riva@acquelario.example"),
        "2031-03-07 14:25",
        "outlook",
        text("""
            Buongiorno,

            vi segnalo che questo indirizzo è quello del responsabile tecnico del laboratorio e non dell'amministrazione. Per solleciti e fatture l'indirizzo corretto è amministrazione@acquelario.example; vi prego di aggiornare la vostra anagrafica.

            Cordiali saluti

            Ing. Matteo Riva
            Responsabile Laboratorio
            Acque del Lario S.p.A.
            """),
        "NLS-20310082",
        "1645.00",
        Label(new_contact="amministrazione@acquelario.example"),
        charset="windows-1252",
        lag=2,
    ),
    Mail(
        "wc-it-pensione",
        "wrong_contact",
        "it",
        ("Rosanna De Luca", "r.deluca@unimontecorvo.example"),
        "2031-03-26 12:16",
        "iphone",
        "Buongiorno, il prof. Ferri è in pensione da gennaio e la sua mail la leggo io per la segreteria. Per il laboratorio adesso la referente è la dott.ssa Giulia Conti, giulia.conti@unimontecorvo.example, le giro anche il vostro messaggio. Saluti Rosanna De Luca",
        "NLS-20310262",
        "865.50",
        Label(
            new_contact="giulia.conti@unimontecorvo.example",
            note="the addressee has retired; the secretary names the new contact and also forwards the message",
        ),
        addressee=("Prof. Carlo Ferri", "c.ferri@unimontecorvo.example"),
        lag=2,
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-stop-promise",
        "unsubscribe",
        "en",
        ("Rob Tanner", "rob@tannerenviro.example"),
        "2031-03-11 17:44",
        "gmail_plain",
        text("""
            This is the fourth one of these in ten days. Yes, we know it's overdue, and it'll be paid on the 28th with everything else. Please stop emailing us about it and take us off these automated reminders. If you need something, ring the office.

            Rob Tanner
            Director, Tanner Environmental Ltd
            """),
        "NLS-20310126",
        "845.00",
        Label(note="a dated promise plus 'stop emailing': unsubscribe wins over the promise"),
    ),
    Mail(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Hannah Fairley", "h.fairley@fairleymoss.example"),
        "2031-03-19 16:20",
        "outlook_html",
        text("""
            Dear Sirs

            Our client: Quenby Scientific Ltd
            Your reference: NLS-20310173

            We act for Quenby Scientific Ltd, to whom your email below was addressed. Our client disputes that the sum claimed is due and we will write to you separately setting out its position.

            In the meantime, please direct all further communication about this matter to this firm, marked for my attention, and do not contact our client directly.

            Yours faithfully

            Hannah Fairley
            Partner
            Fairley Moss LLP
            """),
        "NLS-20310173",
        "5638.00",
        Label(
            refs=("NLS-20310173",),
            note="solicitors: no direct contact with the client → unsubscribe, which beats the dispute; the firm is not a new billing contact",
        ),
        addressee=("Quenby Scientific Accounts", "accounts@quenby-scientific.example"),
        lag=4,
    ),
    Mail(
        "un-en-caps",
        "unsubscribe",
        "en",
        ("Pete Holt", "pete.holt.labs@gmail.com"),
        "2031-03-27 06:51",
        "android",
        "UNSUBSCRIBE",
        "NLS-20310250",
        "96.00",
        Label(note="one word, all caps"),
        lag=2,
    ),
    Mail(
        "un-de-post",
        "unsubscribe",
        "de",
        ("Dr. Rainer Keil", "r.keil@ib-keil.example"),
        "2031-03-05 09:15",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            ich bitte Sie, mir Mahnungen und Zahlungserinnerungen künftig ausschließlich auf dem Postweg zuzusenden. E-Mails dieser Art werden von mir nicht mehr bearbeitet. Meine Anschrift entnehmen Sie bitte Ihren Unterlagen.

            Hochachtungsvoll
            Dr. Rainer Keil
            Ingenieurbüro für Umweltanalytik
            """),
        "NLS-20310064",
        "512.00",
        Label(note="post only → unsubscribe; very formal"),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "un-de-anwalt",
        "unsubscribe",
        "de",
        ("Sven Hoppe", "s.hoppe@vitalis-labor.example"),
        "2031-03-24 17:02",
        "outlook_html",
        text("""
            Sehr geehrte Damen und Herren,

            in dieser Angelegenheit haben wir Rechtsanwalt Dr. Ulrich Bergmann, Kanzlei Bergmann & Pohl, mandatiert. Bitte richten Sie jede weitere Korrespondenz zu dieser Forderung ausschließlich an ihn und sehen Sie von weiteren E-Mails an uns ab.

            Mit freundlichen Grüßen
            Sven Hoppe
            Geschäftsführer
            Vitalis Nährstofflabor GmbH
            """),
        "NLS-20310232",
        "3870.00",
        Label(note="only through our lawyer, no address given → unsubscribe"),
        lag=3,
    ),
    Mail(
        "un-fr-arretez",
        "unsubscribe",
        "fr",
        ("Karim Benali", "karim.brasse@gmail.com"),
        "2031-03-16 22:48",
        "iphone",
        "Arrêtez de m'envoyer ces mails tous les 3 jours svp. Je sais que je vous dois de l'argent, je paierai quand je pourrai, en ce moment c'est compliqué. Merci de ne plus m'écrire",
        "NLS-20310153",
        "274.30",
        Label(note="stop e-mailing plus hardship: unsubscribe wins; written on a Sunday night"),
        lag=3,
    ),
    Mail(
        "un-es-baja",
        "unsubscribe",
        "es",
        ("Rafael Medina", "rafael@asesoriamedina.example"),
        "2031-03-13 13:10",
        "gmail",
        text("""
            Buenas tardes,

            Les ruego que den de baja esta dirección de sus envíos automáticos. Ya he hablado por teléfono con su compañera sobre esta factura y no necesito recibir más recordatorios por correo.

            Atentamente,
            Rafael Medina
            """),
        "NLS-20310129",
        "158.00",
        Label(note="remove me from the automatic reminders"),
        cte="b64",
    ),
    Mail(
        "un-es-abogados",
        "unsubscribe",
        "es",
        ("Ana Belén Soto", "gerencia@labclinico-albarracin.example"),
        "2031-03-26 10:05",
        "outlook",
        text("""
            Muy señores míos:

            Les comunicamos que este asunto ha sido trasladado a nuestro despacho de abogados, Herrera & Quintana Abogados. Cualquier comunicación relativa a esta reclamación deberá dirigirse a ellos a partir de este momento. Les rogamos que no vuelvan a ponerse en contacto con nosotros por correo electrónico.

            Atentamente,

            Ana Belén Soto
            Gerencia
            Laboratorio Clínico Albarracín, S.L.
            """),
        "NLS-20310244",
        "2944.00",
        Label(note="through our lawyers only, no address → unsubscribe"),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "un-nl-lijst",
        "unsubscribe",
        "nl",
        ("Bram Koster", "bram.koster92@gmail.com"),
        "2031-03-10 21:20",
        "gmail_plain",
        "Haal mij alsjeblieft van jullie mailinglijst. Ik wil deze mails niet meer ontvangen.",
        "NLS-20310106",
        "64.50",
        Label(note="free-mail persona"),
    ),
    Mail(
        "un-nl-elkedag",
        "unsubscribe",
        "nl",
        ("Marloes Dekker", "marloes@dekker-bodem.example"),
        "2031-03-19 08:25",
        "thunderbird",
        text("""
            Goedemorgen,

            We betalen deze factuur, dat is nooit de vraag geweest. Maar ik krijg nu elke dag een herinnering en dat is echt niet nodig. Stop alstublieft met deze automatische mails; als er iets is, bel me gewoon.

            Marloes Dekker
            Dekker Bodemonderzoek
            """),
        "NLS-20310183",
        "1093.00",
        Label(note="undated 'we will pay' plus 'stop these mails': unsubscribe"),
        cte="8bit",
    ),
    Mail(
        "un-it-raccomandata",
        "unsubscribe",
        "it",
        ("Dott. Giorgio Moretti", "farmacia.moretti@farmaciamoretti.example"),
        "2031-03-18 12:00",
        "outlook",
        text("""
            Spettabile ditta,

            vi invito a non inviare più comunicazioni di carattere amministrativo a questo indirizzo di posta elettronica. Eventuali solleciti dovranno pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede.

            Distinti saluti
            Dott. Giorgio Moretti
            """),
        "NLS-20310169",
        "1012.00",
        Label(note="registered post only → unsubscribe"),
        charset="iso-8859-1",
        lag=2,
    ),
    Mail(
        "un-it-cancellatemi",
        "unsubscribe",
        "it",
        ("Sara Pellegrini", "sara@erboristeria-pellegrini.example"),
        "2031-03-22 10:42",
        "android",
        "cancellatemi dalla vostra lista per favore",
        "NLS-20310226",
        "132.80",
        Label(note="mobile brevity, lower case; written on a Saturday"),
        lag=3,
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-until",
        "auto_reply",
        "en",
        ("Claire Hughes", "c.hughes@ashgrove-labs.example"),
        "2031-03-07 09:12",
        "exchange_notice",
        text("""
            Thank you for your email. I am out of the office until Monday 17 March with limited access to email. If your message is urgent, please call the main office.

            Claire Hughes
            Finance Officer, Ashgrove Laboratories
            """),
        "NLS-20310089",
        "530.00",
        Label(return_date="2031-03-17", note="'until X' → X itself"),
        charset="windows-1252",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Finance Service Desk", "financehelp@thamesreach.example"),
        "2031-03-25 09:04",
        "notice",
        text("""
            Dear customer,

            Thank you for contacting the Finance Service Desk. Your enquiry has been logged with reference FSD-2031-55821.

            We aim to respond to all enquiries within five working days. If you need to add information, please reply to this message and keep the reference in the subject line.

            This is an automated message.

            Finance Service Desk
            Thamesreach University
            """),
        "NLS-20310240",
        "377.25",
        Label(note="ticket-system acknowledgement; only X-Autoreply, no Auto-Submitted"),
        charset="us-ascii",
        cte="7bit",
        subject="[FSD-2031-55821] Your enquiry has been logged: {rsub}",
        headers=(X_AUTOREPLY,),
        lag=0,
    ),
    Mail(
        "ar-en-leave",
        "auto_reply",
        "en",
        ("Nick Osei", "nick.osei@corvidtx.example"),
        "2031-03-20 14:31",
        "notice",
        text("""
            Hi,

            I'm on annual leave and back on Tuesday 1 April. I won't be checking email while I'm away.

            For anything to do with orders or invoices please contact Amira in Finance at finance@corvidtx.example.

            Thanks,
            Nick
            """),
        "NLS-20310198",
        "1264.00",
        Label(
            return_date="2031-04-01",
            note="a colleague's address in an auto-reply does not set new_contact; only Precedence: bulk, no Auto-Submitted",
        ),
        subject="Out of Office: {rsub}",
        headers=(("Precedence", "bulk"),),
        lag=0,
    ),
    Mail(
        "ar-de-bis",
        "auto_reply",
        "de",
        ("Claudia Reimann", "c.reimann@mvz-nordstadt.example"),
        "2031-03-12 14:02",
        "exchange_notice",
        text("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 21.03.2031, nicht im Büro. Ab Montag, 24.03.2031, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.

            Mit freundlichen Grüßen
            Claudia Reimann
            Buchhaltung
            MVZ Labor Nordstadt
            """),
        "NLS-20310137",
        "2088.00",
        Label(
            return_date="2031-03-24",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-de-ticket",
        "auto_reply",
        "de",
        (
            "Klinikverbund Südheide - Rechnungseingang",
            "rechnungseingang@kv-suedheide.example",
        ),
        "2031-03-04 10:17",
        "notice",
        text("""
            Guten Tag,

            vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Vorgangsnummer RE-2031-04562 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

            Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

            Klinikverbund Südheide
            Zentraler Rechnungseingang
            """),
        "NLS-20310048",
        "1675.80",
        Label(note="ticket acknowledgement; only Precedence: auto_reply"),
        subject="[#RE-2031-04562] Ihre Anfrage wurde erfasst",
        headers=(("Precedence", "auto_reply"),),
        lag=0,
    ),
    Mail(
        "ar-fr-absente",
        "auto_reply",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@cosmetolab-provence.example"),
        "2031-03-10 08:00",
        "exchange_notice",
        text("""
            Bonjour,

            Je suis absente jusqu'au vendredi 14 mars inclus. Je serai de retour le lundi 17 mars et traiterai votre message à mon retour.

            Cordialement,
            Aurélie Fontaine
            """),
        "NLS-20310103",
        "845.60",
        Label(
            return_date="2031-03-17",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-fr-accuse",
        "auto_reply",
        "fr",
        (
            "Comptabilité fournisseurs - CH de Belvèze",
            "comptabilite.fournisseurs@ch-belveze.example",
        ),
        "2031-03-21 11:26",
        "notice",
        text("""
            Madame, Monsieur,

            Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par le service de la comptabilité fournisseurs.

            Nous vous rappelons que les factures doivent être déposées sur Chorus Pro ; les factures transmises par courriel ne sont pas prises en compte.

            Ceci est un message automatique, merci de ne pas y répondre.
            """),
        "NLS-20310213",
        "1518.00",
        Label(
            note="automatic acknowledgement; its generic reminder about the invoicing platform does not make it an invoice request"
        ),
        charset="iso-8859-1",
        subject="Accusé de réception : {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-es-fallas",
        "auto_reply",
        "es",
        ("Laboratorio Químico Levante", "info@labquimicolevante.example"),
        "2031-03-17 09:00",
        "notice",
        text("""
            Estimado cliente:

            Nuestras oficinas permanecerán cerradas del 15 al 19 de marzo con motivo de las Fallas. Retomaremos la actividad el jueves 20 de marzo y responderemos a su mensaje lo antes posible.

            Gracias por su comprensión.

            Laboratorio Químico Levante
            """),
        "NLS-20310154",
        "690.00",
        Label(
            return_date="2031-03-20",
            note="local holiday closure; the day activity resumes; only X-Autoreply",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(X_AUTOREPLY,),
        lag=0,
    ),
    Mail(
        "ar-nl-afwezig",
        "auto_reply",
        "nl",
        ("Esther Willems", "e.willems@kiemkracht-zaadlab.example"),
        "2031-03-05 10:40",
        "exchange_notice",
        text("""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 14 maart. Vanaf maandag 17 maart ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Esther Willems
            """),
        "NLS-20310063",
        "412.50",
        Label(return_date="2031-03-17", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-nl-ziek",
        "auto_reply",
        "nl",
        ("Yvonne Peeters", "administratie@dap-hetveen.example"),
        "2031-03-26 15:15",
        "notice",
        text("""
            Bedankt voor uw bericht. Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet doorgestuurd en wordt na mijn terugkeer behandeld. Voor dringende zaken kunt u de praktijk bellen.

            Met vriendelijke groet,
            Yvonne Peeters
            Administratie Dierenartsenpraktijk Het Veen
            """),
        "NLS-20310253",
        "358.90",
        Label(note="no return date given"),
        subject="Afwezig: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-it-fino",
        "auto_reply",
        "it",
        ("Silvia Marchi", "s.marchi@oleificiosabino.example"),
        "2031-03-18 08:30",
        "exchange_notice",
        text("""
            Buongiorno,

            sarò fuori ufficio fino al 25 marzo con accesso limitato alla posta. Per questioni urgenti potete scrivere a laboratorio@oleificiosabino.example.

            Cordiali saluti
            Silvia Marchi
            """),
        "NLS-20310171",
        "728.40",
        Label(
            return_date="2031-03-25",
            note="'fino al X' → X itself; the colleague address does not set new_contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=0,
    ),
    Mail(
        "ar-it-presaincarico",
        "auto_reply",
        "it",
        ("Amministrazione Villa Serena", "amministrazione@villaserena-cdc.example"),
        "2031-03-13 16:44",
        "notice",
        text("""
            Gentile mittente,

            la sua e-mail è stata ricevuta dall'Ufficio Amministrazione e sarà presa in carico dal primo operatore disponibile. Non è necessario inviare ulteriori solleciti.

            Messaggio generato automaticamente, si prega di non rispondere.
            """),
        "NLS-20310144",
        "1967.00",
        Label(note="receipt acknowledgement; only X-Autoreply"),
        charset="iso-8859-1",
        cte="8bit",
        subject="Presa in carico: {rsub}",
        headers=(X_AUTOREPLY,),
        lag=0,
    ),
]

OTHER = [
    Mail(
        "o-en-didwe",
        "other",
        "en",
        ("Lisa Mortimer", "l.mortimer@redfern-college.example"),
        "2031-03-06 13:28",
        "android",
        "Did we not pay this already? Thought finance had done it",
        "NLS-20310081",
        "372.60",
        Label(note="a question, not a payment claim: a person must check the ledger"),
        lag=2,
    ),
    Mail(
        "o-en-passedon",
        "other",
        "en",
        ("Tom Bradley", "t.bradley@elmfield-academy.example"),
        "2031-03-14 11:11",
        "outlook",
        text("""
            Hi,

            Thanks – I've passed this on to our business manager, who looks after payments.

            Tom Bradley
            Science Technician
            Elmfield Academy
            """),
        "NLS-20310150",
        "205.50",
        Label(note="acknowledgement; passing it on without an address is not a new contact"),
        charset="windows-1252",
        lag=2,
    ),
    Mail(
        "o-en-genuine",
        "other",
        "en",
        ("Margaret Ashworth", "office@oldmillcheese.example"),
        "2031-03-26 14:37",
        "apple",
        text("""
            Hello,

            Before I do anything with this – is it genuine? We've had three fake invoice emails in the last month, one of them using a real supplier's name, and I don't recognise this invoice number. Could someone ring me on the office number so I can check?

            Margaret Ashworth
            Office Manager
            Old Mill Cheese Company
            """),
        "NLS-20310263",
        "328.75",
        Label(note="fraud suspicion; a person should call; not a request for documents"),
    ),
    Mail(
        "o-de-weitergeleitet",
        "other",
        "de",
        ("Florian Maier", "f.maier@maier-qualitaetslabor.example"),
        "2031-03-07 16:55",
        "iphone",
        "Hab ich an die Buchhaltung weitergeleitet.",
        "NLS-20310088",
        "623.00",
        Label(note="forwarded internally, nothing more"),
    ),
    Mail(
        "o-de-angebot",
        "other",
        "de",
        ("Carina Lehmann", "c.lehmann@biosens-analytik.example"),
        "2031-03-19 10:06",
        "apple",
        text("""
            Hallo,

            kurze Frage nebenbei, weil ich gerade Ihre Mail sehe: Können Sie uns ein Angebot über 20 Packungen Rundfilter (Ø 90 mm, qualitativ) und 5 Spritzflaschen à 500 ml schicken? Unser Bestand ist fast aufgebraucht.

            Viele Grüße
            Carina Lehmann
            BioSens Analytik UG (haftungsbeschränkt)
            """),
        "NLS-20310186",
        "1015.00",
        Label(note="a quotation request in the reminder thread; nothing about the invoice"),
        lag=2,
    ),
    Mail(
        "o-fr-recu",
        "other",
        "fr",
        ("Nicolas Vidal", "n.vidal@vidal-analyses.example"),
        "2031-03-12 17:33",
        "android",
        "Bien reçu.",
        "NLS-20310120",
        "448.60",
        Label(note="acknowledgement only"),
    ),
    Mail(
        "o-fr-commande",
        "other",
        "fr",
        ("Hélène Marchand", "h.marchand@labo-eaux-valdorge.example"),
        "2031-03-24 14:20",
        "thunderbird",
        text("""
            Bonjour,

            Je profite de votre message pour vous demander où en est notre commande n° CDE-31-0412 du 3 mars (cuves de spectrophotomètre et embouts 5 ml). Nous n'avons rien reçu et nos stocks sont presque à zéro. Pouvez-vous me donner une date de livraison ?

            Merci,
            Hélène Marchand
            Laboratoire des Eaux du Val d'Orge
            """),
        "NLS-20310233",
        "1390.00",
        Label(note="delivery question about another order; nothing about this invoice"),
        cte="8bit",
        lag=2,
    ),
    Mail(
        "o-es-recibido",
        "other",
        "es",
        ("Diego Herrera", "d.herrera@bioanalitica-sur.example"),
        "2031-03-05 18:22",
        "android",
        "Recibido. Lo paso a administración.",
        "NLS-20310069",
        "512.90",
        Label(note="acknowledgement; passing it on is not a new contact"),
    ),
    Mail(
        "o-es-contrato",
        "other",
        "es",
        ("Marina Sáez", "m.saez@controllacteo-norte.example"),
        "2031-03-27 17:48",
        "thunderbird",
        text("""
            Hola,

            Aprovecho para escribiros porque llevo semanas queriendo hacerlo. Como sabéis, a finales de año cambiamos el HPLC y desde entonces el contrato de mantenimiento que tenemos con vosotros cubre un equipo que ya no existe. Además, en abril se jubila Ramón, que era quien coordinaba las visitas técnicas, y a partir de entonces lo llevará Nuria desde calidad.

            Me gustaría que alguien de vuestro servicio técnico viniera a vernos para revisar qué equipos deberían entrar en el contrato nuevo (las balanzas, los dos baños termostáticos y el liofilizador, sobre todo) y que nos preparéis una oferta. Si puede ser antes de Semana Santa, mejor, porque luego tenemos auditoría.

            Ya me decís.
            Un saludo,
            Marina Sáez
            Directora técnica
            Laboratorio de Control Lácteo del Norte
            """),
        "NLS-20310257",
        "980.00",
        Label(
            note="long reply about the service contract; nothing about the invoice or paying it; the colleague taking over technical visits is not a billing contact",
        ),
        lag=3,
    ),
    Mail(
        "o-nl-nepfactuur",
        "other",
        "nl",
        ("Pieter Bos", "pieter@bos-waterbehandeling.example"),
        "2031-03-14 20:05",
        "iphone",
        "Is dit een echte factuur? Ik vertrouw het niet helemaal, we krijgen de laatste tijd veel nepfacturen. Bel me even op kantoor",
        "NLS-20310148",
        "467.00",
        Label(note="fraud suspicion; a person should call"),
        lag=3,
    ),
    Mail(
        "o-nl-albetaald",
        "other",
        "nl",
        ("Anouk Vermeulen", "anouk@vermeulen-cosmeticslab.example"),
        "2031-03-28 09:40",
        "outlook_html",
        text("""
            Goedemorgen,

            Hebben wij deze niet al betaald? Ik meende dat Joost dat vorige week had gedaan, maar ik kan het zo snel niet terugvinden.

            Groet,
            Anouk Vermeulen
            Office manager
            """),
        "NLS-20310268",
        "754.00",
        Label(note="question ('did we not pay this?'), not a payment claim"),
        charset="windows-1252",
        lag=2,
    ),
    Mail(
        "o-it-giro",
        "other",
        "it",
        ("Paolo Ferraro", "p.ferraro@labtecnico-ferraro.example"),
        "2031-03-20 15:02",
        "gmail_plain",
        "Grazie, giro all'ufficio acquisti.",
        "NLS-20310201",
        "289.40",
        Label(note="acknowledgement; passing it on is not a new contact"),
        lag=2,
    ),
]

MAILS: list[Mail] = [
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
    """A delivery report about a reminder sent to `rcpt`.

    `lang` is the language of the notice (and of the customer the reminder went to);
    `delay` is how long after the reminder the notice was written.
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amount: str
    build: Callable[[Bounce], Message]
    uk: bool = False
    delay: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return local(self.when, self.uk).replace(second=number(self.key, "second", 60))

    def reminder(self) -> Reminder:
        sent = in_zone(
            self.dt - self.delay - timedelta(seconds=number(self.key, "lag", 40)),
            uk=True,
        )
        currency = "GBP" if self.lang == "en" else "EUR"
        return Reminder(self.key, self.lang, self.inv, self.amount, currency, self.rcpt, sent)


def rfc_date(moment: datetime) -> str:
    return format_datetime(moment)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    diag_type: str = "smtp",
) -> Message:
    """An RFC 3464 message/delivery-status part: one per-message and one per-recipient block."""
    arrival = b.reminder().sent
    per_message = [
        ("Reporting-MTA", f"dns; {mta}"),
        ("Arrival-Date", rfc_date(in_zone(arrival, b.uk))),
    ]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        per_recipient.append(("Remote-MTA", f"dns; {remote}"))
    per_recipient.append(("Diagnostic-Code", f"{diag_type}; {diagnostic}"))
    per_recipient.append(("Last-Attempt-Date", rfc_date(b.dt)))
    if action == "delayed":
        per_recipient.append(
            ("Will-Retry-Until", rfc_date(in_zone(arrival + timedelta(days=5), b.uk)))
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        part.attach(block)
    return part


def returned_headers(b: Bounce) -> Message:
    original = b.reminder().message()
    lines = "".join(
        f"{name}: {value}\n"
        for name, value in original.items()
        if not name.startswith(("Content-", "MIME"))
    )
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.attach(b.reminder().message())
    return part


def inline_headers(b: Bounce) -> str:
    """The reminder's headers as plain text, as some providers paste them into the notice."""
    original = b.reminder().message()
    keep = ("From", "To", "Subject", "Date", "Message-ID")
    return "".join(f"{name}: {original[name]}\n" for name in keep)


def bare(body: str) -> Message:
    """A body with no MIME headers at all (old-style notices)."""
    body.encode("ascii")
    part = Message()
    part.set_payload(body)
    return part


def human_alternative(body: str, charset: str = "utf-8") -> Message:
    rich = (
        "<html><head></head><body>"
        + "".join(
            f'<p style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">{html_text(p)}</p>'
            for p in body.split("\n\n")
        )
        + "</body></html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(body + "\n", "plain", charset, "qp"),
            text_part(rich, "html", charset, "qp"),
        ],
        "x",
    )


def finish(
    b: Bounce,
    body: Message,
    sender: str,
    subject: str,
    style: str,
    extra: Sequence[tuple[str, str]] = (),
    *,
    mime: bool = True,
) -> Message:
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    head = [
        ("From", sender),
        ("To", CREDIT_ADDR),
        ("Subject", encode_header(subject, "utf-8")),
        ("Date", rfc_date(b.dt)),
        ("Message-ID", f"<{hexa(b.key, 'bounce', 28)}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    msg = assemble(head, body, mime=mime)
    set_boundaries(msg, b.key, style, host)
    return msg


def report(parts: Sequence[Message]) -> Message:
    return multipart("report", parts, "x", ' report-type="delivery-status";')


def bounce_gmail_domain(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    human = text(f"""
        ** Address not found **

        Your message wasn't delivered to {b.rcpt} because the domain {domain} couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}
        """)
    status = delivery_status(
        b,
        "googlemail.com",
        "failed",
        f"DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN",
        diag_type="X-Gmail",
    )
    body = report([human_alternative(human), status, returned_headers(b)])
    reminder = b.reminder()
    extra = [
        ("X-Failed-Recipients", b.rcpt),
        ("References", reminder.msgid),
        ("In-Reply-To", reminder.msgid),
    ]
    return finish(
        b,
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "google",
        extra,
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mx1." + b.rcpt.split("@")[1]
    original = b.reminder().message().as_string()
    body = (
        text(f"""
            Hi. This is the qmail-send program at {host}.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <{b.rcpt}>:
            Sorry, no mailbox here by that name. (#{b.status})

            --- Below this line is a copy of the message.
            """)
        + f"\n\nReturn-Path: <{CREDIT_ADDR}>\nReceived: (qmail {10000 + number(b.key, 'pid', 89999)} invoked from network); {rfc_date(b.reminder().sent)}\n"
        + original
    )
    return finish(b, bare(body), f"MAILER-DAEMON@{host}", "failure notice", "plain", mime=False)


def bounce_postfix_delay(b: Bounce) -> Message:
    gateway = "gw." + b.rcpt.split("@")[1]
    inner = "mail01." + b.rcpt.split("@")[1]
    human = text(f"""
        This is the mail system at host {gateway}.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: connect to {inner}[192.0.2.31]:25:
            Connection timed out
        """)
    status = delivery_status(
        b,
        gateway,
        "delayed",
        f"connect to {inner}[192.0.2.31]:25: Connection timed out",
        diag_type="X-Postfix",
    )
    body = report(
        [
            text_part(human + "\n", "plain", "us-ascii", "7bit"),
            status,
            returned_headers(b),
        ]
    )
    return finish(
        b,
        body,
        f"MAILER-DAEMON@{gateway} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
        "postfix",
    )


def exchange_sender(b: Bounce) -> str:
    return f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>"


def exchange_server(b: Bounce, region: str, forest: str) -> str:
    return f"{region}MB{1000 + number(b.key, 'srv', 9000)}.{forest}.PROD.OUTLOOK.COM"


def bounce_exchange_de(b: Bounce) -> Message:
    server = exchange_server(b, "FR3P281", "DEUP281")
    human = text(f"""
        Ihre Nachricht hat {b.rcpt} nicht erreicht.

        {b.rcpt} wurde nicht gefunden. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Falls das Problem bestehen bleibt, erreicht der Empfänger keine E-Mails unter dieser Adresse mehr; fragen Sie ihn auf anderem Weg (zum Beispiel telefonisch) nach seiner aktuellen Adresse.

        Diagnoseinformationen für Administratoren:

        Generierender Server: {server}

        {b.rcpt}
        Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" zurückgegeben.
        """)
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    body = report(
        [
            human_alternative(human),
            delivery_status(b, server, "failed", diag),
            returned_headers(b),
        ]
    )
    subject = "Unzustellbar: " + b.reminder().subject
    extra = [("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return finish(b, body, exchange_sender(b), subject, "exchange", extra)


def bounce_exim_de(b: Bounce) -> Message:
    reminder = b.reminder()
    first = in_zone(reminder.sent, uk=False)
    human = (
        text(f"""
        Diese Nachricht wurde automatisch vom Mailsystem erstellt.
        Bitte antworten Sie nicht darauf.

        Ihre Nachricht konnte bisher nicht an alle Empfänger zugestellt werden.
        Das System versucht es weiter; Sie müssen die Nachricht nicht erneut senden.

          {b.rcpt}
            Grund: 452 4.2.2 Postfach des Empfängers ist voll (Speicherplatz überschritten)
            Erster Zustellversuch: {first:%d.%m.%Y %H:%M}
            Weitere Versuche bis: {first + timedelta(days=4):%d.%m.%Y %H:%M}

        Kopfzeilen der Nachricht:

        """)
        + "\n\n"
        + inline_headers(b)
        + "\n-- \nHostwerk Mailsystem\n"
    )
    return finish(
        b,
        text_part(human, "plain", "utf-8", "8bit"),
        "Mail Delivery System <Mailer-Daemon@mx.hostwerk.example>",
        "Warnung: Nachricht noch nicht zugestellt",
        "plain",
        [("X-Mailer", "Exim 4.98"), ("Precedence", "bulk")],
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    server = exchange_server(b, "PR1P264", "FRAP264")
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = text(f"""
        Votre message n'a pas pu être remis à {b.rcpt}.

        La boîte aux lettres du destinataire est pleine et ne peut plus recevoir de messages pour le moment. Essayez de renvoyer votre message plus tard, ou contactez directement le destinataire.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : {server}

        {b.rcpt}
        Le serveur distant a retourné « {diag} »
        """)
    body = report(
        [
            human_alternative(human),
            delivery_status(b, server, "failed", diag),
            returned_headers(b),
        ]
    )
    subject = "Non remis : " + b.reminder().subject
    extra = [("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return finish(b, body, exchange_sender(b), subject, "exchange", extra)


def bounce_provider_fr(b: Bounce) -> Message:
    human = text(f"""
        Bonjour,

        Ceci est un message automatique du service de messagerie. Votre message n'a pas pu être délivré au destinataire ci-dessous.

        Destinataire : {b.rcpt}
        Motif : refus du serveur destinataire pour raison de sécurité (politique anti-spam du domaine)
        Réponse du serveur : 550 5.7.1 Message rejete : expediteur non autorise par la politique du domaine

        Le message d'origine est joint à cet avis. Il est inutile de le renvoyer tel quel ; nous vous conseillons de contacter le destinataire par un autre moyen.

        Le service de messagerie
        """)
    body = multipart(
        "mixed",
        [text_part(human + "\n", "plain", "iso-8859-1", "qp"), returned_message(b)],
        "x",
    )
    subject = "Message non délivré : " + b.reminder().subject
    return finish(
        b,
        body,
        "Service de messagerie <mailer-daemon@mail.messagerie-pro.example>",
        subject,
        "plain",
    )


def bounce_provider_es(b: Bounce) -> Message:
    human = (
        text(f"""
        Este es un mensaje generado automáticamente por el sistema de correo.

        No ha sido posible entregar su mensaje al siguiente destinatario:

            {b.rcpt}

        Motivo: la cuenta de correo no existe en este servidor.
        Respuesta del servidor: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table

        Se trata de un error permanente; no se realizarán más intentos.

        ------ Cabeceras del mensaje original ------

        """)
        + "\n\n"
        + inline_headers(b)
    )
    subject = "Mensaje no entregado: " + b.reminder().subject
    return finish(
        b,
        text_part(human, "plain", "iso-8859-1", "qp"),
        "Sistema de correo <MAILER-DAEMON@correo.hostiberia.example>",
        subject,
        "plain",
        [("X-Failed-Recipients", b.rcpt)],
    )


def bounce_postfix_es(b: Bounce) -> Message:
    mx = "mx2." + b.rcpt.split("@")[1]
    diag = (
        "451 4.7.1 Servicio no disponible temporalmente por la politica local, intentelo mas tarde"
    )
    human = text(f"""
        Este es el sistema de correo de {mx}.

        AVISO: su mensaje todavía no se ha podido entregar. No es necesario que lo vuelva a enviar: seguiremos intentándolo durante 5 días.

        Si necesita ayuda, escriba a postmaster e incluya este informe.

        <{b.rcpt}>: el servidor de destino ha aplazado la entrega:
            {diag}
        """)
    status = delivery_status(b, mx, "delayed", diag, remote="lmtp." + b.rcpt.split("@")[1])
    body = report([text_part(human + "\n", "plain", "utf-8", "qp"), status, returned_headers(b)])
    return finish(
        b,
        body,
        f"MAILER-DAEMON@{mx} (Sistema de correo)",
        "Aviso de retraso en la entrega (seguimos intentándolo)",
        "postfix",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    server = exchange_server(b, "AM8P190", "EURP190")
    sent = in_zone(b.reminder().sent, uk=False)
    human = text(f"""
        Bezorging is vertraagd bij de volgende ontvangers of groepen:

        {b.rcpt}

        Het bezorgen van uw bericht duurt langer dan verwacht. Er wordt nog steeds geprobeerd het bericht te bezorgen; u hoeft het niet opnieuw te verzenden.

        Diagnostische gegevens voor beheerders:

        Server die dit bericht heeft gegenereerd: {server}

        Het bericht is verzonden op: {sent:%d-%m-%Y %H:%M:%S}
        Servergegevens: 451 4.4.7 Message delayed
        """)
    body = report(
        [
            human_alternative(human),
            delivery_status(b, server, "delayed", "451 4.4.7 Message delayed"),
            returned_headers(b),
        ]
    )
    subject = "Bezorging vertraagd: " + b.reminder().subject
    extra = [("Content-Language", "nl-NL"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return finish(b, body, exchange_sender(b), subject, "exchange", extra)


def bounce_provider_it(b: Bounce) -> Message:
    body = (
        text(f"""
        Questo e' un messaggio automatico del sistema di posta.

        Il messaggio da lei inviato non e' stato recapitato al seguente destinatario:

          {b.rcpt}

        Motivo: casella di posta inesistente (utente sconosciuto)
        Risposta del server remoto: 550 5.1.1 <{b.rcpt}>: user unknown

        L'errore e' permanente: il messaggio non verra' ulteriormente inoltrato.

        ----- Intestazioni del messaggio originale -----

        """)
        + "\n\n"
        + inline_headers(b)
    )
    return finish(
        b,
        bare(body),
        "Mail Delivery System <mailer-daemon@smtp.reteposta.example>",
        "Messaggio non recapitato",
        "plain",
        mime=False,
    )


def bounce_provider_it_delay(b: Bounce) -> Message:
    mx = "mx.ilcloudmail.example"
    diag = "421 4.4.2 Connessione interrotta dal server remoto"
    human = text(f"""
        Gentile utente,

        il messaggio da lei inviato a {b.rcpt} non è ancora stato consegnato: il server del destinatario non risponde correttamente e la consegna è stata rimandata.

        Il sistema ritenterà automaticamente per i prossimi 5 giorni. Non è necessario inviare di nuovo il messaggio; se la consegna non andrà a buon fine riceverà un ulteriore avviso.

        Dettagli tecnici: {diag}

        Servizio Posta
        """)
    status = delivery_status(b, mx, "delayed", diag, remote="mail." + b.rcpt.split("@")[1])
    body = report([text_part(human + "\n", "plain", "utf-8", "qp"), status, returned_headers(b)])
    return finish(
        b,
        body,
        "Servizio Posta <postmaster@mx.ilcloudmail.example>",
        "Avviso: consegna del messaggio ritardata",
        "plain",
    )


BOUNCES: list[Bounce] = [
    Bounce(
        "b-en-gmail-domain",
        "en",
        "hard",
        "5.1.2",
        "lab.manager@crestmoor-bio.example",
        "2031-03-04 09:07",
        "NLS-20310042",
        "726.00",
        bounce_gmail_domain,
        uk=True,
        note="domain gone: DNS lookup failed; Gmail DSN with text/rfc822-headers",
    ),
    Bounce(
        "b-en-qmail",
        "en",
        "hard",
        "5.1.1",
        "j.norris@halewoodlabs.example",
        "2031-03-11 09:20",
        "NLS-20310125",
        "318.40",
        bounce_qmail,
        uk=True,
        note="non-MIME qmail notice with the message copied below",
    ),
    Bounce(
        "b-en-postfix-delay",
        "en",
        "soft",
        "4.4.1",
        "accounts@ferncliffe-labs.example",
        "2031-03-18 13:10",
        "NLS-20310180",
        "1490.00",
        bounce_postfix_delay,
        uk=True,
        delay=timedelta(hours=4, minutes=3),
        note="Postfix delay warning from the customer's gateway (Action: delayed)",
    ),
    Bounce(
        "b-de-exchange",
        "de",
        "hard",
        "5.1.10",
        "rechnung@labor-steinfeld.example",
        "2031-03-06 09:41",
        "NLS-20310077",
        "1212.00",
        bounce_exchange_de,
        note="Office 365 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "b-de-exim-delay",
        "de",
        "soft",
        "4.2.2",
        "info@brennerei-vogelsang.example",
        "2031-03-14 11:05",
        "NLS-20310142",
        "455.00",
        bounce_exim_de,
        delay=timedelta(hours=25, minutes=2),
        note="Exim delay warning with a German template: mailbox full, still retrying",
    ),
    Bounce(
        "b-fr-exchange-full",
        "fr",
        "soft",
        "5.2.2",
        "compta@labo-carnot.example",
        "2031-03-20 15:48",
        "NLS-20310194",
        "863.20",
        bounce_exchange_fr,
        note="mailbox full reported with a 5.x code: soft; the code is kept",
    ),
    Bounce(
        "b-fr-provider-policy",
        "fr",
        "hard",
        "5.7.1",
        "direction@fromagerie-lanoix.example",
        "2031-03-25 10:12",
        "NLS-20310243",
        "539.00",
        bounce_provider_fr,
        note="provider notice in multipart/mixed with the returned message; permanent policy rejection",
    ),
    Bounce(
        "b-es-provider",
        "es",
        "hard",
        "5.1.1",
        "pedidos@quesosdelaribera.example",
        "2031-03-10 12:31",
        "NLS-20310105",
        "390.75",
        bounce_provider_es,
        note="single-part provider notice in ISO-8859-1 with the original headers pasted in",
    ),
    Bounce(
        "b-es-postfix-delay",
        "es",
        "soft",
        "4.7.1",
        "facturacion@bioaragon.example",
        "2031-03-21 16:20",
        "NLS-20310216",
        "2145.00",
        bounce_postfix_es,
        delay=timedelta(hours=5, minutes=12),
        note="delivery deferred by the recipient's local policy; still retrying",
    ),
    Bounce(
        "b-nl-exchange-delay",
        "nl",
        "soft",
        "4.4.7",
        "kwaliteit@zuivellab-friesland.example",
        "2031-03-27 12:14",
        "NLS-20310265",
        "1178.60",
        bounce_exchange_nl,
        delay=timedelta(hours=4, minutes=1),
        note="Office 365 'Bezorging vertraagd' delay report",
    ),
    Bounce(
        "b-it-provider",
        "it",
        "hard",
        "5.1.1",
        "ordini@salumificio-bertani.example",
        "2031-03-05 09:48",
        "NLS-20310059",
        "612.00",
        bounce_provider_it,
        note="non-MIME Italian provider notice, ASCII apostrophes for accents",
    ),
    Bounce(
        "b-it-delay",
        "it",
        "soft",
        "4.4.2",
        "laboratorio@acetaiabonfanti.example",
        "2031-03-17 19:30",
        "NLS-20310159",
        "684.30",
        bounce_provider_it_delay,
        delay=timedelta(hours=6, minutes=20),
        note="provider delay notice in Italian (multipart/report, Action: delayed)",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

Entry = dict[str, object]


@dataclass(frozen=True)
class Built:
    """One finished message with its label and what the checks need to know about it."""

    key: str
    msg: Message
    label: Entry
    new_text: str
    threaded: bool
    uk: bool


def mail_label(m: Mail) -> Entry:
    entry: Entry = {"intent": m.intent}
    entry.update(dict.fromkeys(LABEL_KEYS))
    for name in LABEL_KEYS:
        value = getattr(m.label, name, None)
        if value is not None:
            entry[name] = value
    entry["invoice_refs"] = list(m.label.refs)
    entry["language"] = m.lang
    entry["note"] = m.label.note
    return entry


def bounce_label(b: Bounce) -> Entry:
    entry: Entry = {"intent": "bounce"}
    entry.update(dict.fromkeys(LABEL_KEYS))
    entry.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    entry.update(invoice_refs=[], language=b.lang, note=b.note)
    return entry


def build_all() -> list[Built]:
    built = [Built(m.key, build_mail(m), mail_label(m), m.body, m.threaded, m.in_uk) for m in MAILS]
    built += [Built(b.key, b.build(b), bounce_label(b), "", True, b.uk) for b in BOUNCES]
    keys = [item.key for item in built]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return built


def file_order(key: str) -> str:
    """File numbers follow a seeded hash of the key, so a file name says nothing about its label."""
    return hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()


def fail(name: str, problem: str) -> None:
    raise SystemExit(f"{name}: {problem}")


def check_parsed(name: str, data: bytes, item: Built) -> None:
    """Parse the file back with the modern policy: no defects, every header and text part decodes."""
    parsed = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            fail(name, f"no {header}")
    visible: list[str] = []
    for part in parsed.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", None):
                fail(
                    name,
                    f"header {header_name} has defects {getattr(value, 'defects', None)}",
                )
            visible.append(str(value))
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "text part did not decode cleanly")
            visible.append(content)
    sent = parsed["Date"].datetime
    if not isinstance(sent, datetime) or not FIRST_DAY <= sent.date() <= LAST_DAY:
        fail(name, f"date {sent} outside the corpus range")
    expected = timedelta(hours=(0 if item.uk else 1) + int(summer_time(sent)))
    if sent.utcoffset() != expected:
        fail(name, f"offset {sent.utcoffset()} but the sender's zone gives {expected}")
    intent = item.label["intent"]
    if item.threaded and intent != "bounce" and parsed["In-Reply-To"] is None:
        fail(name, "reply without In-Reply-To")
    if intent == "bounce" and parsed["Auto-Submitted"] is None:
        fail(name, "bounce without Auto-Submitted")
    refs = cast(list[str], item.label["invoice_refs"])
    for ref in refs:
        if ref[4:] not in re.sub(r"\D", "", item.new_text) and ref[4:] not in item.new_text:
            fail(name, f"{ref} is not written in the new text")
    contact = item.label["new_contact"]
    if isinstance(contact, str) and contact not in "\n".join(visible).lower():
        fail(name, f"{contact} does not appear in the message")


def check_label(entry: Entry) -> None:
    name = str(entry["file"])
    if tuple(entry) != ALL_KEYS:
        fail(name, f"label keys {tuple(entry)}")
    intent = str(entry["intent"])
    if intent not in INTENTS or entry["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        value = entry[key]
        if value is not None and key not in allowed:
            fail(name, f"{key} is filled for {intent}")
        if value is not None and not isinstance(value, str):
            fail(name, f"{key} is not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = entry[key]
        if isinstance(value, str):
            date.fromisoformat(value)
    amount, currency = entry["amount"], entry["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency go together")
    if isinstance(amount, str) and not re.fullmatch(r"\d+\.\d{2}", amount):
        fail(name, f"amount {amount}")
    if isinstance(currency, str) and currency not in {"GBP", "EUR", "CHF"}:
        fail(name, f"currency {currency}")
    contact = entry["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or "@" not in contact):
        fail(name, f"new_contact {contact}")
    if intent == "bounce":
        if entry["bounce_kind"] not in {"hard", "soft"} or entry["failed_recipient"] is None:
            fail(name, "bounce fields")
        if not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", str(entry["bounce_status"])):
            fail(name, f"bounce status {entry['bounce_status']}")
    refs = entry["invoice_refs"]
    if not isinstance(refs, list) or len(set(refs)) != len(refs):
        fail(name, "invoice_refs")
    for ref in cast(list[object], refs):
        if not isinstance(ref, str) or not INVOICE_RE.fullmatch(ref):
            fail(name, f"invoice ref {ref}")


def check_counts(labels: Sequence[Entry]) -> None:
    by_intent = Counter(str(x["intent"]) for x in labels)
    by_lang = Counter(str(x["language"]) for x in labels)
    if any(by_intent[i] != PER_INTENT for i in INTENTS) or len(labels) != PER_INTENT * len(INTENTS):
        raise SystemExit(f"intent counts {dict(by_intent)}")
    if dict(by_lang) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(by_lang)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS[1:]]
        if cells[intent, "en"] != 3 or sorted(row) != [1, 2, 2, 2, 2]:
            raise SystemExit(f"{intent}: languages not spread evenly ({row})")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: Sequence[Entry]) -> str:
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


def write_all() -> list[Entry]:
    items = sorted(build_all(), key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Entry] = []
    for index, item in enumerate(items, start=1):
        name = f"{PREFIX}-{index:03d}.eml"
        data = item.msg.as_bytes()
        entry: Entry = {"file": name, **item.label}
        check_label(entry)
        check_parsed(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append(entry)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for entry in labels:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    table = count_table(labels)
    print(table)
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    readme = HERE / "README.md"
    if readme.exists() and table not in readme.read_text(encoding="utf-8"):
        print("warning: the count table in README.md is out of date", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
