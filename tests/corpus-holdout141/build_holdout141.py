# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and accents people and their clients really type.
"""Build held-out reply corpus 141: `h141-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue reminder sent by the receivables mailbox of
Northcote Office Furniture Refurbishment. The new text of each message is written by hand below.
The script adds only what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings. Run it
from anywhere: it rewrites every file beside itself, deterministically, then parses each one back
and checks the labels.
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "corpus-holdout141/2031"
FILE_PREFIX = "h141"
AR_NAME = "Northcote Accounts Receivable"
AR_ADDR = "finance@northcote-refurb.example"
AR_DOMAIN = "northcote-refurb.example"
FIRST_DAY = date(2031, 11, 24)
LAST_DAY = date(2031, 12, 19)
UK_ZONE = timezone(timedelta(0))  # GMT: British Summer Time ended on 26 October 2031
CE_ZONE = timezone(timedelta(hours=1))  # CET: summer time ended on 26 October 2031
ZONES = {"+0000": UK_ZONE, "+0100": CE_ZONE}

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
# Which fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "wrong_contact": frozenset({"new_contact"}),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The planned spread: intent -> counts in LANGS order.
PLAN: dict[str, tuple[int, ...]] = {
    "payment_sent": (3, 1, 2, 2, 2, 2),
    "promise_to_pay": (3, 2, 1, 2, 2, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 2, 2, 1, 2),
    "invoice_request": (3, 2, 2, 2, 2, 1),
    "wrong_contact": (3, 1, 2, 2, 2, 2),
    "unsubscribe": (3, 2, 1, 2, 2, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 2, 2, 1, 2),
    "other": (3, 2, 2, 2, 2, 1),
}

# --------------------------------------------------------------------------------------------
# Locale tables
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
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
    "en": "{dl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words a localised Outlook puts around a quoted message."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply: str
    auto: str
    android: str
    body_lang: str


OUTLOOK = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ":",
        "RE: ",
        "Automatic reply: ",
        "Get Outlook for Android",
        "EN-GB",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ":",
        "AW: ",
        "Automatische Antwort: ",
        "Outlook für Android herunterladen",
        "DE",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " :",
        "RE : ",
        "Réponse automatique : ",
        "Télécharger Outlook pour Android",
        "FR",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ":",
        "RE: ",
        "Respuesta automática: ",
        "Obtener Outlook para Android",
        "ES",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ":",
        "RE: ",
        "Automatisch antwoord: ",
        "Outlook voor Android downloaden",
        "NL",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ":",
        "R: ",
        "Risposta automatica: ",
        "Scarica Outlook per Android",
        "IT",
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

# --------------------------------------------------------------------------------------------
# The reminder every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice NOF {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung NOF {inv} überfällig",
    "fr": "Rappel de paiement – facture NOF {inv} échue",
    "es": "Recordatorio de pago – factura NOF {inv} vencida",
    "nl": "Betalingsherinnering – factuur NOF {inv} vervallen",
    "it": "Promemoria di pagamento – fattura NOF {inv} scaduta",
}
REMINDER_BODY = {
    "en": """Hello,

We're writing about the invoice below, which is now past its due date:

   Invoice NOF {inv}   dated 20/10/2031   due 19/11/2031   amount {amt}

If payment is already on its way, thank you – please let us know the date and reference so we can match it. If something about the work or the invoice isn't right, reply to this e-mail and we'll look into it.

Many thanks,

Accounts Receivable
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example | 0161 496 0732""",
    "de": """Guten Tag,

für die folgende Rechnung ist das Zahlungsziel inzwischen überschritten:

   Rechnung NOF {inv}   vom 20.10.2031   fällig am 19.11.2031   Betrag {amt}

Falls Sie bereits überwiesen haben, vielen Dank – teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Stimmt etwas mit den Arbeiten oder der Rechnung nicht, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Debitorenbuchhaltung
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example""",
    "fr": """Bonjour,

Nous nous permettons de vous rappeler que la facture ci-dessous est arrivée à échéance :

   Facture NOF {inv}   du 20/10/2031   échéance 19/11/2031   montant {amt}

Si le règlement est déjà parti, merci – pourriez-vous nous indiquer la date et la référence du virement afin que nous puissions le rapprocher ? En cas de problème avec la prestation ou la facture, répondez simplement à ce courriel.

Bien cordialement,

Service comptabilité clients
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example""",
    "es": """Buenos días:

Le escribimos en relación con la factura indicada a continuación, cuyo plazo de pago ya ha vencido:

   Factura NOF {inv}   fecha 20/10/2031   vencimiento 19/11/2031   importe {amt}

Si el pago ya está en camino, gracias; indíquenos la fecha y la referencia para poder identificarlo. Si hay algún problema con el trabajo realizado o con la factura, responda a este correo y lo revisaremos.

Un saludo,

Cuentas por cobrar
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example""",
    "nl": """Goedendag,

De onderstaande factuur heeft de vervaldatum inmiddels overschreden:

   Factuur NOF {inv}   datum 20-10-2031   vervaldatum 19-11-2031   bedrag {amt}

Is de betaling al onderweg, dan danken wij u hartelijk; wilt u ons de datum en het kenmerk laten weten, zodat wij de betaling kunnen koppelen? Klopt er iets niet aan het werk of de factuur, antwoord dan gewoon op deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example""",
    "it": """Buongiorno,

vi scriviamo in merito alla fattura indicata qui sotto, che risulta scaduta:

   Fattura NOF {inv}   del 20/10/2031   scadenza 19/11/2031   importo {amt}

Se il pagamento è già stato disposto vi ringraziamo, e vi chiediamo di indicarci data e riferimento del bonifico per poterlo abbinare. Se c'è qualche problema con il lavoro svolto o con la fattura, rispondete pure a questa e-mail.

Cordiali saluti,

Ufficio crediti
Northcote Office Furniture Refurbishment Ltd
finance@northcote-refurb.example""",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {
    "–": "-",
    "€ ": "EUR ",
    " €": " EUR",
    "€": "EUR ",
    "’": "'",
    "…": "...",
}


def money(amount: str, lang: str, currency: str) -> str:
    """The amount as the reminder prints it in `lang`."""
    whole, cents = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + f"{grouped}.{cents}"
    grouped = grouped.replace(",", " " if lang == "fr" else ".")
    if lang in {"de", "fr", "es"}:
        return f"{grouped},{cents} €"
    return f"€ {grouped},{cents}"


def latin1(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as a Latin-1 mail client would."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Specs: labels, replies, bounces
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The label fields of a reply beyond intent and language."""

    refs: tuple[str, ...] = ()
    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    note: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The label fields under their JSON names."""
        return {
            "promised_date": self.promised,
            "paid_date": self.paid,
            "return_date": self.back,
            "payment_reference": self.ref,
            "amount": self.amount,
            "currency": self.currency,
            "new_contact": self.contact,
            "bounce_kind": None,
            "failed_recipient": None,
            "bounce_status": None,
        }


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    inv: str
    body: str
    label: Label
    amt: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    tz: str = ""
    threaded: bool = True

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def zone(self) -> str:
        """UK senders write in GMT, everyone else in CET, unless stated."""
        return self.tz or ("+0000" if self.lang == "en" else "+0100")

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return local_time(self.when, self.zone, self.key)

    @property
    def currency(self) -> str:
        """The reminder's currency: pounds for UK customers, euros on the continent."""
        return "GBP" if self.zone == "+0000" else "EUR"

    @property
    def reminder_amount(self) -> str:
        """The reminder's amount: as written, or a stable made-up one."""
        if self.amt:
            return self.amt
        raw = int.from_bytes(digest(self.key, "amount")[:4], "big")
        return f"{180 + raw % 3900}.{(raw // 7) % 20 * 5:02d}"


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    tz: str
    inv: str
    rlang: str
    minutes_after: int
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting server's zone."""
        return local_time(self.when, self.tz, self.key)

    @property
    def sent(self) -> datetime:
        """When the reminder left Northcote."""
        return (self.dt - timedelta(minutes=self.minutes_after)).astimezone(UK_ZONE)

    @property
    def currency(self) -> str:
        """Pounds for a UK address, euros otherwise."""
        return "GBP" if self.rlang == "en" else "EUR"

    def reminder(self) -> Message:
        """The reminder as Northcote sent it."""
        amount = f"{400 + int.from_bytes(digest(self.key, 'amount')[:2], 'big') % 2000}.00"
        return original_reminder(
            self.rlang, self.rcpt, self.sent, self.key, self.inv, amount, self.currency
        )

    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)


def local_time(when: str, zone: str, key: str) -> datetime:
    """`YYYY-MM-DD HH:MM` in the given zone, with seconds that depend only on the key."""
    base = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[zone])
    return base + timedelta(seconds=digest(key, "seconds")[0] % 60)


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """A stable upper-case token for ids and boundaries."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def date_words(loc: str, when: datetime) -> dict[str, str]:
    """The pieces of a date that attribution templates use."""
    return {
        "dl": DAY_NAMES[loc][when.weekday()],
        "da": DAY_ABBR[loc][when.weekday()],
        "ml": MONTH_NAMES[loc].split()[when.month - 1],
        "ma": MONTH_ABBR[loc].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def fill(template: str, loc: str, when: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_words(loc, when), **extra)


def quote_lines(text: str) -> str:
    """Quote with `>` as mail clients do (an empty line becomes a bare `>`)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Lines of text as HTML with `<br>`."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str, tag: str = "div") -> str:
    """Paragraphs of text as HTML blocks."""
    return f"<{tag}><br></{tag}>\n".join(
        f"<{tag}>{html_text(p)}</{tag}>\n" for p in text.split("\n\n")
    )


def mso_paragraphs(text: str, lang: str) -> str:
    """Text as Word's `MsoNormal` paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal"><span lang="{lang}">{inner}</span></p>')
    return "\n".join(out)


def flowed(text: str, width: int = 74) -> str:
    """Wrap long lines with soft breaks (RFC 3676 format=flowed), keeping `> ` quote prefixes."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = "> " if line.startswith("> ") else ""
        rest = line[len(prefix) :].rstrip(" ")
        if not prefix and rest.startswith((" ", "From ")):
            rest = " " + rest  # space-stuffing
        current = ""
        for word in rest.split(" "):
            if current.strip() and len(prefix) + len(current) + len(word) > width:
                out.append(prefix + current)
                current = ""
            current += word + " "
        out.append(prefix + current[:-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset with the transfer encoding the client would choose."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    else:
        charset.body_encoding = None  # type: ignore[assignment]  # 8bit: the stubs say int, the library takes None
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part, encoded; raises if the text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """`Name <addr>` with the name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Put MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    """The direct children of a multipart or message/rfc822 part."""
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for child in payload:
                if isinstance(child, Message):
                    yield child


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    enclosed = part.get_content_type() == "message/rfc822"
    for child in subparts(part):
        drop_inner_versions(child, top=enclosed)


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Deterministic boundaries shaped like the client's own."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        raw = digest(key, f"boundary-{n}")
        if family == "gmail":
            boundary = "000000000000" + raw.hex()[:16]
        elif family == "apple":
            h = raw.hex().upper()
            boundary = f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        elif family == "outlook":
            boundary = f"_00{n}_{token(key, f'ob{n}', 20)}PROD_"
        else:
            boundary = f"{raw.hex()[:10]}.{int.from_bytes(raw[5:9], 'big')}/{token(key, 'host', 6).lower()}"
        part.set_boundary(boundary)


def finish(msg: Message, key: str, family: str) -> Message:
    """Last touches shared by every message."""
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder's subject, text, time and addressee."""

    subject: str
    text: str
    sent: datetime
    loc: str
    to: str


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 16).lower()}.{token(key, 'queue', 8)}@mail.{AR_DOMAIN}>"


def reminder_sent(r: Reply) -> datetime:
    """The reminder left on the working day before the reply, around half past eight UK time."""
    day = r.dt.date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    raw = digest(r.key, "reminder-time")
    utc = datetime(day.year, day.month, day.day, 8, 30 + raw[0] % 14, raw[1] % 60, tzinfo=UK_ZONE)
    return utc.astimezone(r.dt.tzinfo)


def make_quote(r: Reply) -> Quote:
    """The reminder `r` answers, in its own language, as the client will quote it."""
    lang = r.reminder_lang
    subject = REMINDER_SUBJECT[lang].format(inv=r.inv)
    text = REMINDER_BODY[lang].format(inv=r.inv, amt=money(r.reminder_amount, lang, r.currency))
    if r.charset == "iso-8859-1":
        subject, text = latin1(subject), latin1(text)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(subject, text, reminder_sent(r), r.lang, to)


def original_reminder(
    lang: str, to: str, sent: datetime, key: str, inv: str, amount: str, currency: str
) -> Message:
    """The reminder as Northcote's system sent it (returned inside bounces)."""
    text = REMINDER_BODY[lang].format(inv=inv, amt=money(amount, lang, currency))
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encoded_header(REMINDER_SUBJECT[lang].format(inv=inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    move_content_headers_last(msg)
    return msg


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject block of the quoted reminder."""
    w = OUTLOOK[q.loc]
    return [
        (w.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, fill(OUTLOOK_SENT[q.loc], q.loc, q.sent)),
        (w.to, q.to),
        (w.subject, q.subject),
    ]


def outlook_plain_block(q: Quote) -> str:
    """The header block as plain text."""
    colon = OUTLOOK[q.loc].colon
    return "\n".join(f"{label}{colon} {value}" for label, value in outlook_rows(q))


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised Original Message separator."""
    text = f"{r.body}\n\n{OUTLOOK[q.loc].original}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header."""
    w = OUTLOOK[q.loc]
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(w.colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{w.body_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body, w.body_lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text, w.body_lang)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML as multipart/alternative."""
    plain = f"{r.body}\n\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with the localised download line."""
    w = OUTLOOK[q.loc]
    text = f"{r.body}\n\n{w.android}\n{'_' * 32}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the sender's language."""
    return fill(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    rich = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode, quoting with `>`."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return fill(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a `cite` blockquote."""
    attribution = apple_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    rich = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_blocks(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div>'
        f'<br class="Apple-interchange-newline">{html_blocks(q.text)}</blockquote></div></body></html>\n'
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: plain text, localised signature, the whole quote behind `>`."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution right above the quote."""
    attribution = fill(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_advice(r: Reply, q: Quote) -> Message:
    """An accounts-payable system's advice: plain text plus a preformatted HTML copy."""
    del q
    rich = (
        f'<html><head><meta charset="{r.charset}"></head><body>'
        f'<pre style="font-family:Consolas,monospace;font-size:10pt">{html.escape(r.body, quote=False)}</pre>'
        "</body></html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
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
    "advice": client_advice,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_FAMILY = {
    "gmail": "gmail",
    "apple": "apple",
    "outlook_html": "outlook",
    "advice": "bounce",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = f"{token(r.key, 'mshost', 4)}P{raw[0] % 300:03d}MB{raw[1] * 20 + raw[2] % 20:04d}"
        return (
            f"<{host}{token(r.key, 'msid', 24)}@{host}.EURP{raw[3] % 300:03d}.PROD.OUTLOOK.EXAMPLE>"
        )
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{int.from_bytes(raw[10:14], 'big')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK[q.loc].reply if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """Wrap the hand-written text of `r` the way its client would send it."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.client in OUTLOOK_CLIENTS:
        extra = [
            ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            (
                "Accept-Language",
                "en-GB, en-US" if r.lang == "en" else f"{r.lang}-{r.lang.upper()}, en-GB",
            ),
            (
                "Content-Language",
                f"{r.lang}-{'GB' if r.lang == 'en' else r.lang.upper()}",
            ),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(
        msg,
        r.key,
        BOUNDARY_FAMILY.get(r.client, "outlook" if r.client in OUTLOOK_CLIENTS else "bounce"),
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

XARS = ("X-Auto-Response-Suppress", "All")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Priya Raman", "priya.raman@theloomworkspace.example"),
        "2031-12-01 09:42",
        "outlook_html",
        "50417",
        """Hi there,

This went out by BACS on Friday – our remittance ref is LOOM-PAY-0091843 and it covers NOF 50417 in full. It should be showing on your side by now, but shout if not.

Thanks,
Priya

Priya Raman
Operations Manager | The Loom Workspace
14 Dyer Street, Leeds""",
        Label(
            refs=("50417",),
            paid="2031-11-28",
            ref="LOOM-PAY-0091843",
            note="'on Friday' is the Friday before Mon 1 Dec",
        ),
        amt="1284.60",
        headers=(XARS,),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan.whitlock.design@gmail.com"),
        "2031-11-25 18:07",
        "iphone",
        "50390",
        "Paid.",
        Label(note="one-word payment claim; no date"),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        (
            "Harrowgate Insurance plc - Accounts Payable",
            "ap.noreply@harrowgate-insurance.example",
        ),
        "2031-12-04 06:15",
        "advice",
        "50388",
        """REMITTANCE ADVICE

Payer:              Harrowgate Insurance plc, Accounts Payable
Payee:              Northcote Office Furniture Refurbishment Ltd
Supplier number:    0040127
Payment date:       03/12/2031
Payment method:     Faster Payment
Payment reference:  2000418832

Document      Your reference     Amount (GBP)
5100938812    NOF 50388              2,140.00
5100938947    NOF 50412                365.50
                                 ------------
Total paid                           2,505.50

This advice was produced automatically by our payment system. Please do not reply to this address. Queries to supplier.queries@harrowgate-insurance.example, quoting the payment reference.""",
        Label(
            refs=("50388", "50412"),
            paid="2031-12-03",
            ref="2000418832",
            amount="2505.50",
            currency="GBP",
            note="AP-system payment advice, quotes nothing; the queries address is not a new contact",
        ),
        subject="Remittance advice 2000418832 - Harrowgate Insurance plc",
        headers=(AUTO_GENERATED, XARS),
        threaded=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Köhler", "s.koehler@brandt-oehlke-recht.example"),
        "2031-12-02 11:20",
        "outlook",
        "50446",
        """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Brandt teile ich Ihnen mit, dass die Rechnung NOF 50446 über 3.412,80 EUR am 28.11.2031 überwiesen wurde. Die Auftragsreferenz unserer Bank lautet 5523018847.

Sollte der Betrag bei Ihnen noch nicht eingegangen sein, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Sabine Köhler
Sekretariat Dr. Brandt
Brandt & Oehlke Rechtsanwälte PartG mbB
Ballindamm 17, 20095 Hamburg""",
        Label(
            refs=("50446",),
            paid="2031-11-28",
            ref="5523018847",
            amount="3412.80",
            currency="EUR",
            note="a law firm's assistant writing for the partner",
        ),
        amt="3412.80",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Claire Morvan", "economat@lycee-sainte-anne-vannes.example"),
        "2031-12-09 08:05",
        "gmail",
        "50463",
        """Bonjour,

Le virement a été passé hier soir depuis le compte de l'établissement, vous devriez le voir arriver d'ici jeudi.

Bien à vous,

Claire Morvan
Économe – Lycée Sainte-Anne, Vannes""",
        Label(
            paid="2031-12-08",
            note="'hier soir' = Mon 8 Dec; 'd'ici jeudi' is when the money should arrive, not a promise",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Julien Fabre", "julien@fabre-architecture.example"),
        "2031-11-27 19:33",
        "iphone",
        "50401",
        """Bonsoir,
Réglé par chèque le 21 novembre (n° 0004127), il a dû se croiser avec votre relance.
Par contre pouvez-vous m'envoyer la facture acquittée ? Mon comptable la réclame.
Merci
Julien""",
        Label(
            paid="2031-11-21",
            ref="0004127",
            note="paid, plus a request for a receipted copy: the payment claim wins; the cheque number is the reference",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ortega", "lucia.ortega@espaciocolmena.example"),
        "2031-12-04 13:12",
        "android",
        "50478",
        "Hola, hecho. Transferencia enviada esta mañana, 1.918,40 €.\nSaludos\nLucía",
        Label(paid="2031-12-04", amount="1918.40", currency="EUR"),
        amt="1918.40",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Marta Beltrán Ruiz", "intervencion@torrecilladelmonte.example"),
        "2031-12-10 12:48",
        "outlook_html",
        "50502",
        """Estimados señores:

En relación con su correo de recordatorio, y antes de nada, les pido disculpas por el retraso en contestar: estas semanas coinciden con el cierre del ejercicio presupuestario y con la auditoría de la Cámara de Cuentas, y el departamento está bajo mínimos. Aprovecho también para comentarles que desde Servicios Generales están muy satisfechos con el tapizado de las sillas del salón de plenos, que ha quedado impecable, y que probablemente les pidan presupuesto para las butacas de la biblioteca el año que viene.

En cuanto a la factura NOF 50502, les informo de que fue aprobada por Decreto de Alcaldía el 24 de noviembre y de que la Tesorería municipal ordenó la transferencia el pasado 5 de diciembre, con número de operación 2031/ORD/004518. En nuestro sistema consta como pagada, por lo que deberían tenerla ya en su cuenta.

Si no fuera así, les ruego que me lo indiquen para revisarlo con Tesorería.

Atentamente,

Marta Beltrán Ruiz
Intervención General
Ayuntamiento de Torrecilla del Monte""",
        Label(
            refs=("50502",),
            paid="2031-12-05",
            ref="2031/ORD/004518",
            note="long formal reply from a town hall with the payment buried in the second paragraph; the approval date is not the payment date",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ingrid van Dam", "administratie@obs-dewilgenhoek.example"),
        "2031-12-10 14:26",
        "thunderbird",
        "50470",
        """Goedemiddag,

Wij hebben factuur NOF 50470 gisteren voldaan via de bank. Het betalingskenmerk is 3017 4420 9981 0034.

Met vriendelijke groet,
Ingrid van Dam
Administratie OBS De Wilgenhoek""",
        Label(
            refs=("50470",),
            paid="2031-12-09",
            ref="3017 4420 9981 0034",
            note="primary school office",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Kees Verhoef", "kees.verhoef@gmail.com"),
        "2031-12-03 00:40",
        "gmail_plain",
        "50457",
        "net betaald 845 euro groet kees",
        Label(
            paid="2031-12-03",
            amount="845.00",
            currency="EUR",
            note="no capitals or punctuation; 'net' = just now, sent at 00:40 local time, so the day is 3 Dec in the sender's zone (still 2 Dec in UTC)",
        ),
        amt="845.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Lombardi", "segreteria@studiolegalerinaldi.example"),
        "2031-12-02 10:03",
        "apple",
        "50429",
        """Buongiorno,

vi confermo che il bonifico di € 2.306,00 a saldo della fattura NOF 50429 è stato eseguito ieri, 1° dicembre. CRO 0306 9112 4478 5521.

Cordiali saluti
Chiara Lombardi
Segreteria – Studio Legale Rinaldi""",
        Label(
            refs=("50429",),
            paid="2031-12-01",
            ref="0306 9112 4478 5521",
            amount="2306.00",
            currency="EUR",
        ),
        amt="2306.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Giorgio Bassi", "giorgio@hubnavigli.example"),
        "2031-11-28 17:51",
        "iphone",
        "50392",
        "Fatto",
        Label(note="one word, 'done', answering a payment reminder; no date"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Gemma Clough", "g.clough@fennickbrothers.example"),
        "2031-12-09 16:40",
        "outlook",
        "50433",
        """Hi,

Just so you're not left hanging while I'm away – I'm out of the office from Friday until the 5th of January and I'm the only one here who can release payments.

I've approved NOF 50433 and it's been queued for Thursday's payment run, so it should be with you Thursday or Friday at the latest.

If anything goes wrong while I'm off, Mark Denby on 0113 496 0251 can look into it.

Thanks,
Gemma

Gemma Clough
Finance Officer
Fennick Brothers Ltd""",
        Label(
            refs=("50433",),
            promised="2031-12-11",
            note="a person's reply whose subject says 'out of office'; past-tense 'approved … queued for Thursday's run' announces a payment on Thu 11 Dec",
        ),
        subject="Out of office from Friday - NOF 50433",
        charset="windows-1252",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Rhiannon Pryce", "rhiannon.physio@gmail.com"),
        "2031-12-03 21:15",
        "gmail_plain",
        "50441",
        "Not paid yet sorry, it's been a mad few weeks. I'll do it on the 15th when I get paid, promise x",
        Label(
            promised="2031-12-15",
            note="'not yet' followed by a dated promise; 'the 15th' = 15 Dec",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Sue Maddox", "bursar@stcuthbertsprimary.example"),
        "2031-12-12 15:02",
        "iphone",
        "50486",
        "Hi, sorry for the delay on this. Governors sign off the payments list on Wednesday so it'll go out next Thursday.\nSue",
        Label(promised="2031-12-18", note="'next Thursday' written on Fri 12 Dec = 18 Dec"),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Jens Albrecht", "j.albrecht@albrecht-werbetechnik.example"),
        "2031-12-10 07:58",
        "android",
        "50491",
        "Moin, Rechnung ist freigegeben und geht in KW 51 raus.\nGruß Jens",
        Label(
            promised="2031-12-15",
            note="'KW 51' = ISO week 15–21 Dec 2031, pinned to its Monday as 'next week' is",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Ralf Dörfler", "r.doerfler@bad-lindenau.example"),
        "2031-12-05 10:30",
        "outlook_html",
        "50520",
        """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung vom gestrigen Tag. Zum Hintergrund: Die Aufarbeitung der Bürostühle im Bürgerbüro und im Standesamt wurde seinerzeit über das Hauptamt beauftragt, die Rechnung ist jedoch zunächst bei der Schulverwaltung gelandet, weil dort gleichzeitig der Auftrag für die Grundschule am Lindenplatz lief. Von dort wurde sie erst Mitte November an uns weitergeleitet, was die Verzögerung erklärt. Die sachliche und rechnerische Prüfung ist zwischenzeitlich erfolgt, Beanstandungen gibt es keine.

Die Rechnung NOF 50520 über 4.870,00 EUR wird mit dem nächsten Zahllauf am 17.12.2031 angewiesen.

Für künftige Rechnungen wäre es hilfreich, wenn Sie als Rechnungsempfänger direkt die Kämmerei angeben.

Mit freundlichen Grüßen
Im Auftrag

Ralf Dörfler
Stadt Bad Lindenau
Kämmerei / Stadtkasse""",
        Label(
            refs=("50520",),
            promised="2031-12-17",
            amount="4870.00",
            currency="EUR",
            note="long municipal reply with the point buried; the hint about the invoice addressee is not a wrong contact",
        ),
        amt="4870.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Agnès Leroux", "a.leroux@agence-papillote.example"),
        "2031-11-27 12:10",
        "iphone",
        "50398",
        "Bonjour, on vous règle fin de mois comme d'habitude. Bonne journée, Agnès",
        Label(
            promised="2031-11-30",
            note="'fin de mois' written on 27 Nov = 30 Nov, the calendar month end (a Sunday)",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Jorge Navarro", "administracion@colegiosanjorge-zgz.example"),
        "2031-12-11 09:37",
        "gmail",
        "50499",
        """Buenos días:

Disculpen el retraso. La factura ya está validada por dirección y se abonará a finales de mes, junto con el resto de proveedores.

Un saludo,
Jorge Navarro
Administración – Colegio San Jorge""",
        Label(promised="2031-12-31", note="school; 'a finales de mes' = 31 Dec"),
        cte="b64",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Nuria Campos", "nuria@gestoriacampos.example"),
        "2031-12-02 20:44",
        "iphone",
        "50436",
        "Hola! Los 2.760 € os los paso el día 15 sin falta, que es cuando cobramos nosotros. Gracias por la paciencia",
        Label(
            promised="2031-12-15",
            amount="2760.00",
            currency="EUR",
            note="'el día 15' = 15 Dec",
        ),
        amt="2760.00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marloes Jansen", "m.jansen@jansenvastgoedbeheer.example"),
        "2031-12-01 11:05",
        "outlook",
        "50415",
        """Goedemorgen,

Excuses voor de vertraging. De factuur staat ingepland en wordt over twee weken overgemaakt.

Met vriendelijke groet,
Marloes Jansen
Jansen Vastgoedbeheer B.V.""",
        Label(promised="2031-12-15", note="'over twee weken' from Mon 1 Dec = 15 Dec"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        (
            "Crediteurenadministratie Van Rossum Groep",
            "crediteuren@vanrossumgroep.example",
        ),
        "2031-12-08 05:30",
        "advice",
        "50407",
        """BETAALADVIES

Geachte leverancier,

De onderstaande facturen zijn goedgekeurd en opgenomen in de betaalrun van 15-12-2031.

Leveranciersnummer:  210577
Naam:                Northcote Office Furniture Refurbishment Ltd

Factuurnummer   Factuurdatum   Bedrag
NOF 50407       20-10-2031     € 1.652,00
NOF 50419       22-10-2031     €   311,25
Totaal                         € 1.963,25

Dit bericht is automatisch aangemaakt. Antwoorden op dit bericht worden niet gelezen.""",
        Label(
            refs=("50407", "50419"),
            promised="2031-12-15",
            amount="1963.25",
            currency="EUR",
            note="AP-system advice announcing a scheduled payment run; quotes nothing",
        ),
        subject="Betaaladvies - betaling gepland 15-12-2031",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Federica Sala", "federica.sala@coworkingcorte.example"),
        "2031-12-04 15:20",
        "gmail",
        "50480",
        "Buongiorno, la fattura è in pagamento, la saldiamo entro fine mese.\nGrazie, buona giornata\nFederica",
        Label(promised="2031-12-31", note="'entro fine mese' = 31 Dec"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Paolo Ferrante", "amministrazione@ferrantelogistica.example"),
        "2031-12-09 11:46",
        "outlook",
        "50493",
        """Buongiorno,

il pagamento della fattura NOF 50493 è stato autorizzato stamattina e partirà con la distinta di venerdì 12.

Cordiali saluti
Paolo Ferrante
Ferrante Logistica S.r.l.""",
        Label(
            refs=("50493",),
            promised="2031-12-12",
            note="past-tense authorisation announcing a payment on Fri 12 Dec",
        ),
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Olivia Marsh", "o.marsh@cardewlaw.example"),
        "2031-11-26 10:12",
        "outlook_html",
        "50377",
        """Hello,

To be clear, we have NOT paid NOF 50377 and won't be paying it as it stands. The six boardroom chairs came back in navy instead of the charcoal wool we signed off on the sample card, and two of them already have the piping coming away.

I raised this with your workshop on the 14th and haven't had a reply. Please arrange for someone to come and look at them – until that's sorted the invoice is on hold.

Regards,

Olivia Marsh
Office Manager
Cardew & Lyle LLP""",
        Label(
            refs=("50377",),
            note="negated payment with the reason: wrong fabric and poor workmanship",
        ),
        headers=(XARS,),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Ben Okafor", "ben.okafor@slatehousestudios.example"),
        "2031-12-02 14:30",
        "gmail",
        "50399",
        """Hi,

We've paid 50371 (the desk refurb) but 50399 is for 14 chairs and your team only took 11 away – we counted them out. Can you correct it to 11 and send a new one? We'll pay that straight away.

Cheers,
Ben""",
        Label(
            refs=("50371", "50399"),
            note="one invoice paid, the quantity on the other contested: dispute; short numbers normalised",
        ),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Hattie Greaves", "hattie@thesawmillcowork.example"),
        "2031-12-15 22:47",
        "apple",
        "50508",
        """Hi all,

Sorry it's taken me a while to get back to you, it's been chaos here – we've just taken on the top floor of the building next door and I've been up to my eyes in contractors and wifi engineers. Huge thanks by the way for turning the reupholstered booths round so quickly, the members love them and at least three people have asked who did them, so expect some calls.

On the invoice – most of it is fine, but the clearance on the third floor was billed as a full day and your two lads had finished and gone by half eleven. The quote said half a day for anything under four hours. So I don't think we should be paying the full-day rate on that line, can you take another look and send me a revised one?

Happy to pay the rest as soon as that's sorted.

Have a lovely Christmas if I don't speak to you before!

Hattie

Hattie Greaves
Founder, The Sawmill""",
        Label(
            note="long chatty reply with the point buried: one line contested against the quote; the revised invoice and the conditional payment follow from it"
        ),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Thomas Weidner", "t.weidner@weidner-partner-steuer.example"),
        "2031-11-28 09:15",
        "outlook",
        "50466",
        """Sehr geehrte Damen und Herren,

die Rechnung NOF 50466 können wir in dieser Form nicht begleichen. In Ihrem Angebot vom 2. September waren für das Neubeziehen der Besucherstühle 38,00 € je Stuhl vereinbart; berechnet haben Sie 52,00 €. Bei 16 Stühlen ergibt das eine Differenz von 224,00 € netto.

Bitte senden Sie uns eine korrigierte Rechnung auf Basis des Angebots.

Mit freundlichen Grüßen
Thomas Weidner
Weidner & Partner Steuerberatungsgesellschaft""",
        Label(
            refs=("50466",),
            note="price differs from the quote; the corrected-invoice request follows from the dispute",
        ),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Dennis Kowalski", "dennis.kowalski@gmx.de"),
        "2031-12-08 19:20",
        "iphone",
        "50474",
        "hallo, die zwei schreibtische wackeln imer noch genauso wie vorher obwohl die angeblich repariert wurden. zahlen tun wir erst wenn das in ordnung is\ngruß dennis",
        Label(note="typos and no capitals; payment held back because the repair did not work"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Nathalie Guérin", "finances@mairie-saintaubin-orne.example"),
        "2031-12-03 15:40",
        "outlook_html",
        "50438",
        """Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture NOF 50438.

Nous contestons cette facture. L'enlèvement du mobilier de l'ancienne école, prévu le 6 novembre, n'a pas eu lieu : vos équipes ne se sont pas présentées et la commune a dû faire appel en urgence à une autre entreprise. La prestation facturée n'a donc pas été exécutée.

Nous vous prions d'annuler cette facture et de nous adresser un avoir.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Nathalie Guérin
Responsable du service des finances
Mairie de Saint-Aubin-sur-Orne""",
        Label(refs=("50438",), note="town hall: the clearance billed never happened"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Thomas Ricard", "thomas.ricard@studio-ricard.example"),
        "2031-12-16 08:52",
        "gmail_plain",
        "50512",
        """Bonjour,

C'est quoi ces 180 € de « frais de déplacement » ? Ce n'était pas dans le devis et personne ne nous en a parlé. Je paie le reste mais pas ça.

Thomas""",
        Label(
            note="a question that contests a charge missing from the quote: dispute, not invoice_request"
        ),
        amt="1460.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raúl Domínguez", "rdominguez@domingueztraducciones.example"),
        "2031-12-17 10:25",
        "thunderbird",
        "50515",
        """Buenos días,

Pagamos la mitad de la factura NOF 50515 en cuanto se entregaron las sillas, como acordamos. La otra mitad no la vamos a pagar hasta que vengan a arreglar las dos sillas a las que se les rompió el mecanismo de elevación a la semana de usarlas.

Les he llamado tres veces. Espero noticias.

Raúl Domínguez""",
        Label(refs=("50515",), note="half paid, the rest withheld over a defect: dispute"),
        amt="1240.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Femke Bos", "f.bos@studiokade.example"),
        "2031-11-24 13:30",
        "outlook_html",
        "50459",
        """Hallo,

NOF 50455 en NOF 50459 zijn precies dezelfde factuur: allebei twaalf stoelen opnieuw bekleed, zelfde datum, zelfde bedrag. Wij hebben maar één keer twaalf stoelen laten doen. De eerste hebben we op 3 november betaald, deze tweede betalen we dus niet.

Kunnen jullie hem crediteren?

Groet,
Femke Bos
Studio Kade""",
        Label(
            refs=("50455", "50459"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Henk de Wit", "henk@dewitinstallatie.example"),
        "2031-12-11 07:12",
        "android",
        "50489",
        "WE BETALEN NIET. DE BUREAUS ZIJN MET KRASSEN EN EEN KAPOTTE LADE TERUGGEKOMEN. FOTO'S HEB IK VORIGE WEEK AL GESTUURD.\nHENK",
        Label(note="all caps; damage claim"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Silvia Marchetti", "s.marchetti@marchettieditore.example"),
        "2031-11-25 16:08",
        "outlook",
        "50385",
        """Buongiorno,

la fattura NOF 50385 non è corretta. Il noleggio delle otto postazioni era fino al 31 ottobre e le scrivanie sono state ritirate dal vostro corriere il 30/10 (abbiamo la bolla firmata). Ci avete invece addebitato anche tutto novembre.

Attendiamo una nota di credito per il mese di novembre.

Cordiali saluti
Silvia Marchetti
Marchetti Editore""",
        Label(refs=("50385",), note="furniture rental billed past the return date"),
        charset="windows-1252",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Roberto Esposito", "dsga@icdantealighieri-caserta.example"),
        "2031-12-18 12:00",
        "gmail",
        "50524",
        """Buongiorno,

scusate se rispondo solo ora ma con gli scrutini del primo quadrimestre alle porte e la segreteria ridotta a due persone per via delle malattie non riesco a stare dietro a tutto. Colgo l'occasione per dirvi che i docenti sono contenti delle sedie ricondizionate, sono molto più comode di quelle vecchie e la preside vorrebbe valutare lo stesso lavoro anche per l'aula magna l'anno prossimo.

Detto questo, sulla fattura c'è un problema: ci sono state consegnate 20 sedie e non 24 come risulta in fattura. Noi paghiamo le 20 che abbiamo ricevuto, per le altre 4 mandateci una nota di credito oppure consegnatele.

Buone feste a tutti
Roberto Esposito
DSGA – Istituto Comprensivo Dante Alighieri""",
        Label(note="long reply from a school with the point buried: short delivery"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Jade Holloway", "jade@hollowayhairstudio.example"),
        "2031-11-24 20:10",
        "gmail_plain",
        "50362",
        "Hi, is there any chance I could split this into three? I can do £400 now and then the rest over January and February. December is always slow for me. Thanks, Jade",
        Label(note="split with a part offered now: payment_plan, not payment_sent"),
        amt="1640.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Andrew Pike", "finance@riversidecommunityhub.example"),
        "2031-12-09 11:25",
        "outlook_html",
        "50475",
        """Dear Accounts team,

Thank you for your patience with this. I'm afraid our quarterly grant payment from the county has been delayed and won't now arrive until February, which has left us very short over the winter.

We don't dispute the invoice at all – the refurbished desks have made a real difference to the volunteers' office – but we can't clear it in one go at the moment. Would you accept £300 a month from January until it's paid off? I can set up a standing order as soon as you confirm.

With apologies and best wishes,

Andrew Pike
Treasurer, Riverside Community Hub""",
        Label(note="hardship at a charity with a monthly instalment offer"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Mike Tanner", "mike@tannerdesignbuild.example"),
        "2031-12-16 12:40",
        "iphone",
        "50521",
        "Just sent £1,000 towards NOF 50521. Balance of £840 will follow by 16 Jan if that's ok. Cheers Mike",
        Label(
            refs=("50521",),
            note="part paid now with the balance later: payment_plan, not payment_sent",
        ),
        amt="1840.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Ursula Hahn", "u.hahn@hahn-immobilien.example"),
        "2031-12-01 16:05",
        "thunderbird",
        "50409",
        """Sehr geehrte Damen und Herren,

wäre es möglich, die Rechnung NOF 50409 in drei Monatsraten zu begleichen? Das Jahresende ist bei uns leider finanziell sehr angespannt. Die erste Rate könnten wir noch im Dezember überweisen.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Ursula Hahn
Hahn Immobilien GmbH""",
        Label(refs=("50409",)),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Lars Petersen", "lars.petersen@petersen-eventtechnik.example"),
        "2031-12-17 13:33",
        "gmail",
        "50517",
        """Hallo zusammen,

ehrlich gesagt kann ich die Rechnung gerade nicht bezahlen, zwei große Kunden sind mit ihren Zahlungen im Verzug. Könnten Sie mir bis Ende Januar Aufschub geben? Dann ist das Geld sicher da.

Viele Grüße
Lars Petersen""",
        Label(note="asks for more time, until the end of January: payment_plan, not a promise"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sandrine Blanc", "s.blanc@cabinet-blanc-avocats.example"),
        "2031-12-04 09:50",
        "outlook",
        "50450",
        """Bonjour,

Serait-il possible d'échelonner le règlement de la facture NOF 50450 en quatre mensualités, à compter de janvier ? Nous avons eu plusieurs gros investissements cette année et notre trésorerie de fin d'année est tendue.

Je vous remercie par avance de votre compréhension.

Sandrine Blanc
Cabinet Blanc Avocats""",
        Label(refs=("50450",)),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Karim Haddad", "karim.haddad@hotmail.fr"),
        "2031-12-12 18:22",
        "iphone",
        "50497",
        "Bonjour je vous vire 500 € aujourd'hui et le reste le 15/01 si ça vous va. Merci",
        Label(note="part today, the rest on 15/01: payment_plan; plan dates are not labelled"),
        amt="1380.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Marina Soler", "marina@solerypastor.example"),
        "2031-11-26 12:14",
        "gmail",
        "50381",
        """Hola,

¿Podriamos pagar esta factura en dos plazos? Uno ahora en diciembre y el otro a mediados de enero. Nos vendria muy bien.

Gracias y un saludo,
Marina""",
        Label(note="missing accents as typed"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Francisco Javier Ramos", "fjramos@academiaidiomasramos.example"),
        "2031-12-15 10:05",
        "outlook_html",
        "50506",
        """Estimados señores:

Les escribo con cierta incomodidad. La academia está atravesando un trimestre muy complicado: hemos perdido dos convenios con empresas y las matrículas de otoño han caído casi a la mitad.

No pretendemos dejar de pagar la factura, que es correcta, pero les rogaría que nos concedieran un aplazamiento de 60 días o, si lo prefieren, que nos permitieran pagarla en tres plazos mensuales a partir de enero.

Quedo a la espera de su respuesta.

Atentamente,
Francisco Javier Ramos
Director – Academia de Idiomas Ramos""",
        Label(note="hardship; deferral or instalments"),
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Sanne Visser", "sanne@vissercoaching.example"),
        "2031-12-05 14:48",
        "apple",
        "50444",
        """Hoi,

Zou ik deze factuur in drie termijnen mogen betalen? December is krap en ik wil het wel netjes afhandelen.

Groetjes,
Sanne Visser
Visser Coaching""",
        Label(),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Luca Moretti", "luca.moretti@morettiarchitetti.example"),
        "2031-12-03 08:40",
        "android",
        "50432",
        "Buongiorno, possiamo rateizzare in 3 rate mensili? Fine anno pesante. Fatemi sapere\nLuca",
        Label(),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Anna Ricci", "anna.ricci@riccigrafica.example"),
        "2031-12-18 17:10",
        "thunderbird",
        "50522",
        """Buonasera,

vi abbiamo appena fatto un bonifico di € 1.000,00 come acconto sulla fattura NOF 50522. Il saldo di € 1.650,00 ve lo versiamo entro fine gennaio, appena incassiamo dai nostri clienti.

Spero vada bene.
Anna Ricci
Ricci Grafica""",
        Label(
            refs=("50522",),
            note="part paid now, the rest by the end of January: payment_plan",
        ),
        amt="2650.00",
        charset="windows-1252",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Carla Mendes", "ap.queries@brookfieldretailgroup.example"),
        "2031-11-26 08:47",
        "outlook_html",
        "50384",
        """Good morning,

We are unable to process NOF 50384 as it does not quote a purchase order number. Our system automatically rejects supplier invoices without a valid PO.

Please reissue the invoice quoting PO 4500219873 and send it to this mailbox. Once we receive it, it will be paid in line with our standard terms.

Kind regards,

Carla Mendes
Accounts Payable Team
Brookfield Retail Group plc""",
        Label(
            refs=("50384",),
            note="payment conditional on a reissue with the PO; the PO number is not an invoice number",
        ),
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Ashby", "tom@ashbyandcolettings.example"),
        "2031-12-08 12:30",
        "iphone",
        "50453",
        "Can you send me your bank details again please, our system says they've changed and I'm not paying anything until I've checked. Tom",
        Label(note="bank details to be confirmed before paying; nothing contested"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Karen Bellamy", "office@hollinsgreenacademy.example"),
        "2031-11-28 13:55",
        "thunderbird",
        "50396",
        """Hello,

I can't find this invoice anywhere on our system and it wasn't in the post tray either. Could you send a copy, along with the collection note for the chairs, so I can get it signed off?

Many thanks,
Karen Bellamy
School Business Manager
Hollins Green Academy""",
        Label(),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Katrin Vogel", "k.vogel@lindqvist-consulting.example"),
        "2031-12-04 14:12",
        "outlook",
        "50431",
        """Guten Tag,

bitte senden Sie uns die Rechnung NOF 50431 noch einmal zu, und zwar mit unserer Bestellnummer (BE-2031-0877) und Ihrer USt-IdNr. Ohne diese Angaben darf unsere Buchhaltung die Rechnung nicht freigeben.

Danke und viele Grüße
Katrin Vogel
Lindqvist Consulting GmbH""",
        Label(
            refs=("50431",),
            note="reissue with an order number and VAT number; amount not contested",
        ),
        cte="8bit",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Florian Brenner", "florian.brenner@brenner-fotostudio.example"),
        "2031-12-15 17:04",
        "gmail",
        "50505",
        """Hallo,

ich blicke bei Ihren Rechnungen langsam nicht mehr durch. Können Sie mir bitte einen Kontoauszug mit allen offenen Posten schicken? Dann überweise ich alles auf einmal.

Gruß
Florian Brenner""",
        Label(note="statement of account before paying; nothing contested"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Marchand", "comptabilite@cc-valdesevre.example"),
        "2031-12-02 10:18",
        "html_only",
        "50420",
        """Bonjour,

En tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro. La facture NOF 50420 nous a été adressée uniquement par courriel et n'a donc pas pu être mise en paiement.

Merci de la déposer sur Chorus Pro en indiquant le numéro d'engagement EJ 2031-00412 ; le paiement interviendra ensuite dans le délai légal.

Cordialement,

Isabelle Marchand
Service comptabilité
Communauté de communes du Val de Sèvre""",
        Label(
            refs=("50420",),
            note="public body needs the invoice through its e-invoicing portal; HTML-only",
        ),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Élodie Perrin", "elodie.perrin@perrin-kine.example"),
        "2031-11-25 07:48",
        "iphone",
        "50369",
        "Bonjour, je n'ai jamais reçu cette facture, vous pouvez me la renvoyer svp ? Merci",
        Label(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Pilar Sánchez", "psanchez@sanchezasesores.example"),
        "2031-12-09 13:02",
        "outlook",
        "50468",
        """Buenas tardes:

La factura NOF 50468 está emitida a mi nombre y no a nombre de la sociedad, así que no la podemos contabilizar. ¿Pueden emitirla de nuevo a nombre de Sánchez Asesores, S.L., CIF B-12345678? El importe es correcto.

Gracias,
Pilar Sánchez""",
        Label(
            refs=("50468",),
            note="reissue in the company's name; the amount is accepted",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Molina", "tesoreria@molinahermanos.example"),
        "2031-12-18 09:25",
        "gmail",
        "50519",
        """Buenos días,

Para poder dar de alta su cuenta en nuestro sistema de pagos necesitamos un certificado de titularidad bancaria emitido por su banco. En cuanto lo recibamos, tramitamos el pago.

Saludos,
Sergio Molina
Tesorería – Molina Hermanos""",
        Label(note="bank-ownership certificate needed before paying"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Bart Mulder", "b.mulder@westerzijl.example"),
        "2031-12-11 15:15",
        "outlook_html",
        "50483",
        """Geachte heer, mevrouw,

Wij kunnen factuur NOF 50483 helaas niet in behandeling nemen. Als overheidsorganisatie ontvangen wij facturen uitsluitend als e-factuur, met vermelding van ons inkoopordernummer.

Wilt u de factuur opnieuw indienen met inkoopordernummer 31-004417? Na ontvangst wordt deze binnen de betalingstermijn voldaan.

Met vriendelijke groet,

Bart Mulder
Team Crediteuren
Gemeente Westerzijl""",
        Label(
            refs=("50483",),
            note="municipality: e-invoice with the order number, then payment",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Rik Smit", "rik@smitenzonen.example"),
        "2031-11-27 16:42",
        "android",
        "50394",
        "Welke factuur is dit? Ik zie hier niks van terug. Stuur even een kopie aub",
        Label(note="'which invoice is this' plus a copy request"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Marta Conti", "amministrazione@contiserramenti.example"),
        "2031-12-05 11:31",
        "outlook",
        "50448",
        """Buongiorno,

nella fattura NOF 50448 manca la nostra partita IVA e la ragione sociale non è quella corretta (siamo Conti Serramenti S.r.l., non Conti Infissi). Ce la potete riemettere con i dati giusti? Appena arriva la registriamo e la paghiamo.

Grazie, cordiali saluti
Marta Conti
Conti Serramenti S.r.l.""",
        Label(
            refs=("50448",),
            note="reissue with the right company details, payment to follow; nothing contested",
        ),
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lauren", "reception@pellingtonmedical.example"),
        "2031-11-24 11:02",
        "outlook",
        "50359",
        """Hi, this is the reception inbox, I don't deal with invoices. Please send anything to do with payments to accounts@pellingtonmedical.example and they'll sort it.

Thanks,
Lauren
Reception – Pellington Medical Centre""",
        Label(contact="accounts@pellingtonmedical.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Kestrel Legal", "office@kestrellegal.example"),
        "2031-12-10 09:12",
        "gmail_plain",
        "50471",
        """Dear Sir/Madam,

Please be advised that with immediate effect all correspondence relating to outstanding invoices, including reminders and statements, should be sent to our new accounts office at kestrel.accounts.dept@gmail.com and not to this address. Kindly update your records accordingly and confirm once done.

Regards
Accounts Office
Kestrel Legal""",
        Label(
            contact="kestrel.accounts.dept@gmail.com",
            note="reads like an attempt to redirect collection mail (free-mail address, no named person); labelled for what it asks, a person should check by phone before changing records",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Gavin Shaw", "gavin.shaw@shaw-traductions.example"),
        "2031-12-16 16:20",
        "gmail",
        "50510",
        """Hi – I think you've got the wrong Gavin Shaw. I'm a freelance translator in Lyon and I've never ordered anything from you. Might be worth checking the address you have on file.

Gavin""",
        Label(
            note="wrong recipient altogether, no new address; English reply to a French reminder, sender in Lyon (CET)"
        ),
        rlang="fr",
        tz="+0100",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Monika Schuster", "m.schuster@kaiser-gebaeudetechnik.example"),
        "2031-12-03 10:40",
        "outlook_html",
        "50427",
        """Guten Tag,

ich bin seit dem 1. Oktober nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte richten Sie Rechnungen und Zahlungserinnerungen künftig an buchhaltung@kaiser-gebaeudetechnik.example, dort werden sie bearbeitet.

Freundliche Grüße
Monika Schuster
Kaiser Gebäudetechnik GmbH - Personalabteilung""",
        Label(contact="buchhaltung@kaiser-gebaeudetechnik.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Hugo Lambert", "hugo.lambert@lambert-conseil.example"),
        "2031-11-28 11:11",
        "gmail",
        "50403",
        """Bonjour,

Je ne m'occupe plus de la comptabilité depuis la rentrée, c'est désormais notre cabinet comptable qui gère les factures fournisseurs : compta@cabinet-roussel-expertise.example. Merci de leur écrire directement.

Cordialement,
Hugo Lambert""",
        Label(contact="compta@cabinet-roussel-expertise.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Le Quai Coworking", "contact@lequai-coworking.example"),
        "2031-12-08 09:39",
        "notice",
        "50461",
        """Bonjour,

Cette adresse n'est plus consultée depuis le 1er décembre 2031. Pour toute question administrative ou de facturation, merci d'écrire à administration@lequai-coworking.example.

Ce message est envoyé automatiquement.""",
        Label(
            contact="administration@lequai-coworking.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact, not auto_reply",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Clínica Dental Arroyo", "recepcion@clinicadentalarroyo.example"),
        "2031-11-26 17:30",
        "android",
        "50386",
        "Hola, esto es recepción, aquí no llevamos las facturas. Escriban a administracion@clinicadentalarroyo.example por favor. Gracias",
        Label(contact="administracion@clinicadentalarroyo.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Elena Prieto", "eprieto@grupotalavera.example"),
        "2031-12-12 12:05",
        "outlook_html",
        "50494",
        """Buenos días:

Les pongo en copia a nuestro departamento de contabilidad, que es quien gestiona los pagos a proveedores. Por favor, a partir de ahora diríjanse a Contabilidad@GrupoTalavera.example para cualquier tema de facturas.

Un saludo,
Elena Prieto
Recursos Humanos – Grupo Talavera""",
        Label(
            contact="contabilidad@grupotalavera.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Contabilidad@GrupoTalavera.example"),),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Joost Peeters", "joost.peeters@peetersarchitecten.example"),
        "2031-12-02 09:58",
        "gmail_plain",
        "50424",
        """Goedemorgen,

Ik werk vanaf volgende week niet meer bij Peeters Architecten. Facturen graag naar mijn collega Lotte, lotte.vermeulen@peetersarchitecten.example, zij regelt het verder.

Succes,
Joost""",
        Label(contact="lotte.vermeulen@peetersarchitecten.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Wilma Kuipers", "wilma@kuipersenvandijk.example"),
        "2031-12-17 14:50",
        "outlook",
        "50513",
        """Beste mensen,

Ik krijg deze herinnering, maar ik denk dat er bij jullie iets mis is gegaan. Ik ben de office manager en heb destijds de opdracht voor het opknappen van de vergaderstoelen gegeven, dus het is logisch dat mijn naam bij jullie bekend is. Maar sinds de fusie in september loopt alle inkoop en crediteurenadministratie via ons hoofdkantoor in Zwolle, en daar hebben ze ook de goedgekeurde offerte.

Ik heb dit bericht niet doorgestuurd, want dan raakt het weer zoek. Willen jullie de factuur en eventuele herinneringen voortaan rechtstreeks naar crediteuren@kuipersgroep-zwolle.example sturen?

Met vriendelijke groet,
Wilma Kuipers
Office manager""",
        Label(
            contact="crediteuren@kuipersgroep-zwolle.example",
            note="long reply with the new address at the end",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Davide Romano", "davide.romano@romanoeventi.example"),
        "2031-11-25 12:30",
        "iphone",
        "50374",
        "Salve, non sono la persona giusta, io mi occupo degli eventi. Scrivete a amministrazione@romanoeventi.example",
        Label(contact="amministrazione@romanoeventi.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Giulia Santoro", "segreteria@notaioferri.example"),
        "2031-12-11 10:44",
        "outlook_html",
        "50485",
        """Gentili signori,

la dott.ssa Ferri non segue più la parte amministrativa dello studio. Per fatture e solleciti vi preghiamo di scrivere alla nostra contabilità: contabilita@notaioferri.example.

Cordiali saluti
Giulia Santoro
Segreteria - Studio Notarile Ferri""",
        Label(contact="contabilita@notaioferri.example", note="a notary's assistant"),
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Craig Dunmore", "craig@dunmoreplumbing.example"),
        "2031-12-01 07:35",
        "android",
        "50414",
        "I'll pay it at the end of the month like I told your colleague on the phone. Now stop emailing me every two days, it's not helping.",
        Label(note="promise plus a stop request: unsubscribe beats promise_to_pay"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Philippa Grant", "p.grant@grantmorrisondesign.example"),
        "2031-12-05 15:55",
        "outlook_html",
        "50423",
        """Dear Sirs,

This matter has been passed to our solicitors, Hartley Pryce LLP, who will be in touch with you in due course. Please do not contact me or any member of staff directly about this account again.

Yours faithfully,

Philippa Grant
Managing Director
Grant Morrison Design Ltd""",
        Label(note="'our solicitors will be in touch', no address given: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Leanne", "leanne.cartwright82@gmail.com"),
        "2031-12-14 10:02",
        "gmail",
        "50501",
        "unsubscribe",
        Label(note="one word, Sunday morning"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Werner Haas", "w.haas@haas-druckerei.example"),
        "2031-11-27 09:22",
        "outlook",
        "50387",
        """Sehr geehrte Damen und Herren,

wir bitten darum, uns in dieser Sache nicht mehr per E-Mail anzuschreiben. Schriftverkehr bitte ausschließlich auf dem Postweg an unsere Geschäftsadresse.

Mit freundlichen Grüßen
Werner Haas
Druckerei Haas e.K.""",
        Label(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Timo Berger", "timo.berger@gmx.de"),
        "2031-12-15 21:48",
        "android",
        "50503",
        "HÖREN SIE AUF MIR STÄNDIG MAILS ZU SCHICKEN. ICH MELDE MICH WENN ICH SO WEIT BIN",
        Label(note="all caps; 'I'll get in touch when I'm ready' is no commitment"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Chevalier", "b.chevalier@chevalier-assurances.example"),
        "2031-12-09 10:10",
        "apple",
        "50477",
        """Bonjour,

Merci de ne plus m'écrire à cette adresse. J'ai pris ma retraite et je ne m'occupe plus de rien au cabinet.

B. Chevalier""",
        Label(
            note="stop request from someone no longer involved, no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Óscar Vidal", "oscar@vidalfotografia.example"),
        "2031-11-28 16:20",
        "gmail_plain",
        "50400",
        "Dejen de escribirme, por favor. Ya he hablado con su comercial y sabe perfectamente lo que hay.",
        Label(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Laura Herrera", "juridico@herrerainmobiliaria.example"),
        "2031-12-16 13:10",
        "outlook_html",
        "50509",
        """Muy señores nuestros:

Les comunicamos que no atenderemos reclamaciones de pago por correo electrónico. Cualquier comunicación relativa a esta factura deberá remitirse por burofax a nuestro domicilio social.

Atentamente,
Laura Herrera
Asesoría Jurídica – Grupo Herrera Inmobiliaria""",
        Label(note="post only (burofax)"),
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Marco de Groot", "marco@degrootdesign.example"),
        "2031-12-04 12:00",
        "iphone",
        "50435",
        "Afmelden",
        Label(note="one word"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Eva Hendriks", "eva@hendriksvertalingen.example"),
        "2031-12-18 08:35",
        "gmail",
        "50516",
        "Stop alsjeblieft met mailen, we hebben al lang betaald. Ik ga echt niet elke week reageren.\n\nEva",
        Label(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Franco Galli", "f.galli@galliimpianti.example"),
        "2031-12-02 16:30",
        "outlook",
        "50426",
        """Spett.le ditta,

vi invitiamo a non inviare più comunicazioni via e-mail a questo indirizzo. Eventuali solleciti dovranno pervenirci esclusivamente a mezzo raccomandata A/R presso la nostra sede.

Distinti saluti
Franco Galli
Galli Impianti S.n.c.""",
        Label(note="registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Marco Serra", "marco.serra@serracostruzioni.example"),
        "2031-12-17 19:05",
        "iphone",
        "50514",
        "Non scriveteci più. La questione è in mano al nostro avvocato, vi contatterà lui.",
        Label(note="'talk to our lawyer' with no address: unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "au-en-1",
        "auto_reply",
        "en",
        ("Hannah Whitcombe", "h.whitcombe@mossleyengineering.example"),
        "2031-12-01 08:31",
        "notice",
        "50416",
        """Thank you for your email. I am out of the office until Monday 8 December with limited access to email. For anything urgent please contact the finance team on 0161 496 0584.

Kind regards,
Hannah Whitcombe""",
        Label(back="2031-12-08", note="'until X' → X"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "au-en-2",
        "auto_reply",
        "en",
        ("Accounts Payable Helpdesk", "ap.helpdesk@northgatehealthtrust.example"),
        "2031-12-03 08:34",
        "notice",
        "50430",
        """This is an automated response – please do not reply.

Your email has been received by the Accounts Payable Helpdesk and logged under reference AP-0088213. Please quote this reference in any further correspondence.

We aim to respond to all supplier queries within 5 working days. Payment status can also be checked through the supplier portal.

Northgate Health Services Trust – Accounts Payable""",
        Label(note="ticket acknowledgement with only X-Autoreply"),
        subject="[AP-0088213] {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "au-en-3",
        "auto_reply",
        "en",
        ("Finance Services", "finance.services@kirkholme-council.example"),
        "2031-12-11 08:40",
        "notice",
        "50479",
        """Thank you for contacting Kirkholme Borough Council Finance Services.

This mailbox is monitored Monday to Friday, 9am to 5pm, and we will reply within 10 working days. If your enquiry is about a payment to a supplier, please make sure you have included the invoice number and our purchase order number.

Please note that the Council offices will close for the Christmas period from 24 December and reopen on 2 January.

Finance Services
Kirkholme Borough Council""",
        Label(
            note="council autoresponder with only Precedence; the mailbox is staffed now, so the Christmas reopening is no return date"
        ),
        subject="Thank you for contacting Kirkholme Borough Council",
        headers=(("Precedence", "bulk"),),
        threaded=False,
    ),
    Reply(
        "au-de-1",
        "auto_reply",
        "de",
        ("Stefan Krüger", "s.krueger@krueger-mediendesign.example"),
        "2031-12-02 09:45",
        "notice",
        "50418",
        """Vielen Dank für Ihre Nachricht.

Vom 01.12. bis 05.12.2031 bin ich auf Geschäftsreise und lese meine E-Mails nur unregelmäßig. Ab Montag, dem 08.12., bin ich wieder im Büro.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Anja Pohl (a.pohl@krueger-mediendesign.example).

Mit freundlichen Grüßen
Stefan Krüger""",
        Label(
            back="2031-12-08",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "au-de-2",
        "auto_reply",
        "de",
        ("Steuerkanzlei Lenz", "info@steuerkanzlei-lenz.example"),
        "2031-12-19 09:35",
        "notice",
        "50523",
        """Sehr geehrte Damen und Herren,

unsere Kanzlei ist vom 19.12.2031 bis einschließlich 02.01.2032 geschlossen. Ab Montag, dem 05.01.2032, sind wir wieder für Sie da.

Ihre E-Mail wird in dieser Zeit nicht weitergeleitet.

Frohe Weihnachten und einen guten Rutsch!
Ihr Team der Steuerkanzlei Lenz""",
        Label(
            back="2032-01-05",
            note="holiday closure; the stated day back wins over 'bis einschließlich'",
        ),
        subject="Betriebsferien - {rsub}",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
    ),
    Reply(
        "au-fr-1",
        "auto_reply",
        "fr",
        ("Camille Dubois", "camille.dubois@atelier-dubois-design.example"),
        "2031-12-04 09:33",
        "notice",
        "50434",
        """Bonjour,

Je suis absente jusqu'au mercredi 10 décembre inclus. Je serai de retour le jeudi 11 décembre et traiterai votre message à ce moment-là.

Pour toute urgence : 01 23 45 67 89.

Cordialement,
Camille Dubois""",
        Label(
            back="2031-12-11",
            note="only X-Autoreply; the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Absence du bureau",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "au-fr-2",
        "auto_reply",
        "fr",
        ("Service Fournisseurs Groupe Altéa", "fournisseurs@groupe-altea.example"),
        "2031-12-16 09:36",
        "notice",
        "50496",
        """Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro de demande 45821.

Notre équipe le traitera dans les meilleurs délais. Merci de ne pas répondre à ce courriel ; pour compléter votre demande, utilisez le portail fournisseurs en rappelant ce numéro.

Service Fournisseurs
Groupe Altéa""",
        Label(note="ticket acknowledgement"),
        subject="[Demande n° 45821] Accusé de réception",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "au-es-1",
        "auto_reply",
        "es",
        ("Beatriz Romero", "bromero@romeroyasociados.example"),
        "2031-12-05 09:38",
        "notice",
        "50447",
        """Gracias por su mensaje.

Estaré fuera de la oficina hasta el martes 9 de diciembre, sin acceso al correo. Para asuntos urgentes, pueden llamar al 910 000 123.

Un saludo,
Beatriz Romero""",
        Label(back="2031-12-09", note="'hasta X' → X"),
        subject="Respuesta automática: {rsub}",
        charset="iso-8859-1",
        cte="8bit",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "au-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Bakker", "p.bakker@bakkerbouwadvies.example"),
        "2031-11-26 09:34",
        "notice",
        "50395",
        """Beste afzender,

Ik ben tot en met vrijdag 28 november afwezig en vanaf maandag 1 december weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Pieter Bakker""",
        Label(back="2031-12-01"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "au-nl-2",
        "auto_reply",
        "nl",
        ("Fysiotherapie Het Anker", "info@fysiohetanker.example"),
        "2031-12-09 09:41",
        "notice",
        "50467",
        """Bedankt voor uw e-mail!

Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren. Voor het maken of verzetten van een afspraak kunt u ons het beste bellen.

Team Fysiotherapie Het Anker""",
        Label(note="practice autoresponder without any automatic-message header"),
        subject="Bedankt voor uw bericht",
        threaded=False,
    ),
    Reply(
        "au-it-1",
        "auto_reply",
        "it",
        ("Elisa Fontana", "e.fontana@fontanacommercialisti.example"),
        "2031-12-10 09:35",
        "notice",
        "50484",
        """Buongiorno,

sono in ferie fino a venerdì 12 dicembre compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 15 dicembre.

Cordiali saluti
Elisa Fontana""",
        Label(back="2031-12-15"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "au-it-2",
        "auto_reply",
        "it",
        ("Stefano Colombo", "acquisti@tessituracolombo.example"),
        "2031-11-27 09:33",
        "notice",
        "50393",
        """Gentile mittente,

sono fuori sede per una fiera fino al 1° dicembre. Rientrerò in ufficio martedì 2 dicembre. Per questioni amministrative urgenti potete scrivere a amministrazione@tessituracolombo.example.

Grazie,
Stefano Colombo""",
        Label(
            back="2031-12-02",
            note="only Precedence: auto_reply; the stated day back wins; a colleague's address is not a new contact",
        ),
        subject="Fuori sede: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Rob Featherstone", "rob@featherstonejoinery.example"),
        "2031-11-25 10:50",
        "iphone",
        "50372",
        "did we not pay this already? thought claire sorted it last month",
        Label(note="a question, not a payment claim; a person should check the ledger"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Amira Hassan", "amira.hassan@quaysidecowork.example"),
        "2031-12-08 13:14",
        "outlook",
        "50460",
        "Thanks – I've passed this on to our finance team.\n\nAmira",
        Label(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Nadia Kowalczyk", "nadia@brightpathtutors.example"),
        "2031-12-17 11:36",
        "gmail",
        "50511",
        """Hi,

While I have you – we're taking on the unit next door in January and will need another 8 desks and chairs. Do you rent those out short-term, or would it work out cheaper to buy refurbished? Could someone give me a ring?

Thanks,
Nadia""",
        Label(note="sales enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Claudia Neumann", "c.neumann@neumann-logopaedie.example"),
        "2031-12-01 12:40",
        "html_only",
        "50411",
        """Guten Tag,

bevor ich irgendetwas überweise: Ist diese E-Mail echt? Wir hatten im Oktober schon eine gefälschte Rechnung mit geänderter Bankverbindung. Bitte rufen Sie mich unter der Nummer an, die Sie aus unserem Auftrag haben.

Claudia Neumann""",
        Label(note="suspicion; wants a call, asks for no document and contests nothing; HTML-only"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Jürgen Vogt", "j.vogt@vogt-ingenieure.example"),
        "2031-12-12 08:20",
        "outlook",
        "50490",
        "Danke, habe ich an unseren Geschäftsführer weitergeleitet. Er meldet sich.\n\nJ. Vogt",
        Label(note="acknowledgement; German reply to an English reminder"),
        rlang="en",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Manon Girard", "manon.girard@espace-lumen.example"),
        "2031-12-10 17:18",
        "android",
        "50482",
        "Bonjour, j'en profite : est-ce que vos équipes pourraient passer récupérer les anciennes chaises jeudi prochain ? Merci, Manon",
        Label(note="collection question in the reminder thread"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Pascale Renaud", "p.renaud@renaud-impressions.example"),
        "2031-11-28 15:05",
        "outlook_html",
        "50389",
        """Madame, Monsieur,

Nous vous informons que la société Renaud Impressions a été placée en redressement judiciaire par jugement du tribunal de commerce de Nantes du 18 novembre 2031.

Conformément à la procédure, nous ne pouvons procéder à aucun règlement des factures antérieures à cette date. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné dans le jugement, dans un délai de deux mois à compter de la publication au BODACC.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pascale Renaud
Gérante""",
        Label(
            note="insolvency notice: no payment possible, the claim must be filed with the court-appointed representative; a person must act on it"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Carlos Ibáñez", "carlos@ibanezdeco.example"),
        "2031-12-04 19:45",
        "iphone",
        "50473",
        "Recibido, lo miro el lunes con mi socio",
        Label(note="acknowledgement; looking at it on Monday is no commitment to pay"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Irene Castillo", "irene@castilloeventos.example"),
        "2031-12-01 10:30",
        "gmail",
        "50408",
        """Hola,

Aprovecho el correo para preguntaros una cosa: ¿alquiláis sillas y mesas para eventos de un día? Tenemos una jornada de empresa el 22 de enero y necesitaríamos unas 60 sillas.

Gracias,
Irene Castillo""",
        Label(note="rental enquiry; nothing about the invoice"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ruud Hoekstra", "r.hoekstra@hoekstra-advocaten.example"),
        "2031-12-15 09:10",
        "apple",
        "50504",
        """Goedemorgen,

Zijn jullie tussen kerst en oud en nieuw bereikbaar? We willen in die week de oude archiefkasten laten ophalen, nu het kantoor toch leeg is.

Groet,
Ruud Hoekstra""",
        Label(note="clearance question from a law office"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerard Smits", "gerard@smitsreclamebureau.example"),
        "2031-11-24 16:40",
        "thunderbird",
        "50366",
        """Goedemiddag,

Even ter informatie: ons bureau is per 1 november gesloten en de BV wordt op dit moment afgewikkeld door onze accountant. Ik ben op dit adres nog wel bereikbaar.

Met vriendelijke groet,
Gerard Smits""",
        Label(
            note="business closed; the owner stays reachable and names no one else, nothing promised"
        ),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Valeria Costa", "valeria.costa@costadesignstudio.example"),
        "2031-12-16 14:55",
        "gmail",
        "50507",
        "Buongiorno, ma questa non l'avevamo già pagata a novembre? Mi fate sapere? Grazie\nValeria",
        Label(note="asks whether it was paid; not a payment claim"),
        cte="b64",
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    diag_type: str = "smtp",
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string(block) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the returned reminder's header block."""
    text = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    part = MIMENonMultipart("text", "rfc822-headers")
    part.set_payload(text)
    part["Content-Transfer-Encoding"] = "7bit"
    return part


def returned_message(b: Bounce) -> Message:
    """message/rfc822: the whole returned reminder."""
    return MIMEMessage(b.reminder())


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    auto: bool = True,
    charset: str = "utf-8",
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, "bounce")


def exchange_human(paragraphs: list[str], charset: str = "utf-8") -> Message:
    """The readable part of an Exchange/Office 365 report, plain and HTML."""
    plain = "\n\n".join(paragraphs) + "\n"
    head, *rest = paragraphs
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        '<div style="font-family:Segoe UI,Frutiger,Tahoma,Helvetica,Arial,sans-serif;font-size:16px">'
        f'<p style="font-size:20px;color:#C00000"><b>{html_text(head)}</b></p>'
        + "".join(f"<p>{html_text(p)}</p>" for p in rest)
        + "</div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"), text_part(rich, "html", charset, "qp")
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the customer's relay: non-MIME, the reminder copied below a line."""
    sent = b.sent
    text = (
        "Hi. This is the qmail-send program at mx1.ashgrovedental.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {sent:%d %b %Y %H:%M:%S} -0000\n"
        f"Received: from mail.{AR_DOMAIN} (198.51.100.17)\n"
        f"  by mx1.ashgrovedental.example with SMTP; {sent:%d %b %Y %H:%M:%S} -0000\n"
        + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b, msg, "MAILER-DAEMON@mx1.ashgrovedental.example", "failure notice", auto=False
    )


def bounce_sendmail_domain(b: Bounce) -> Message:
    """Northcote's own sendmail: the customer's domain no longer exists (RFC 3464)."""
    sent = b.sent
    human = (
        f"The original message was received at {format_datetime(sent)}\n"
        f"from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        "    (reason: 550 Host unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host unknown (Name server: quarrybankstudios.example: host not found)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            f"mail.{AR_DOMAIN}",
            "failed",
            "550 5.1.2 Host unknown (Name server: quarrybankstudios.example: host not found)",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@mail.{AR_DOMAIN}>",
        "Returned mail: see transcript for details",
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """The hosting relay's Exim warns that a greylisting server keeps deferring."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "Your message has been held on the outgoing relay smtp.fellside-hosting.example for more\n"
        "than 24 hours because the receiving server keeps asking us to try again later.\n"
        "Nothing needs doing yet: we will keep trying and tell you if we have to give up.\n\n"
        f"  Message subject: {latin1(b.subject())}\n"
        f"  Sent:            {format_datetime(b.sent)}\n"
        f"  Recipient:       {b.rcpt}\n"
        "  Last reply:      451 4.7.1 Greylisted, please try again later\n"
        "                   (host mx.lowtherprint.example [203.0.113.58])\n\n"
        "Fellside Hosting - Mail Operations\n"
    )
    msg = Message()
    msg.set_payload(text)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@smtp.fellside-hosting.example>",
        "Warning: message 1wQ7rT-0004Hk-9L delayed 24 hours",
    )


def bounce_o365_de(b: Bounce) -> Message:
    """The customer's Office 365 tenant, in German: recipient not found."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "FR3P281MB0452.DEUP281.PROD.OUTLOOK.EXAMPLE"
    human = exchange_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Die E-Mail-Adresse wurde in der Organisation des Empfängers nicht gefunden. Vielleicht ist sie falsch geschrieben oder existiert nicht mehr.",
            "Was können Sie tun?\nPrüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich auf anderem Weg an den Empfänger.",
            f"Diagnoseinformationen für Administratoren:\nGenerierender Server: {server}\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben.",
        ]
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_message(b))
    return finish_bounce(
        b,
        msg,
        "Microsoft Outlook <postmaster@wagner-zahntechnik.example>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German host's own plain notice: mailbox over quota, still retrying."""
    sent = b.sent.astimezone(CE_ZONE)
    text = (
        "Dies ist eine automatisch erstellte Nachricht des Mailservers mx.webpost-hosting.example.\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers voll ist (452 4.2.2 Mailbox over quota).\n\n"
        "Wir versuchen die Zustellung weiter bis zum 06.12.2031. Sie müssen die Nachricht nicht erneut senden. Ist die Zustellung bis dahin nicht möglich, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff der Nachricht: {latin1(b.subject())}\n"
        f"Gesendet: {sent:%d.%m.%Y %H:%M}\n\n"
        "webpost Hosting – Technischer Support\n"
    )
    msg = text_part(latin1(text), "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Mailer-Daemon <mailer-daemon@mx.webpost-hosting.example>",
        "Zustellung verzögert: Postfach des Empfängers voll",
        charset="iso-8859-1",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """The customer's Office 365 tenant, in French: the group takes internal senders only."""
    diag = "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]"
    server = "PR1P264MB2113.FRAP264.PROD.OUTLOOK.EXAMPLE"
    human = exchange_human(
        [
            f"Votre message n'a pas pu être remis à {b.rcpt}.",
            "Le groupe comptabilite n'accepte que les messages des personnes de son organisation ou des expéditeurs autorisés, et votre adresse n'en fait pas partie.",
            "Que faire ?\nContactez le propriétaire du groupe, ou demandez au destinataire une autre adresse à laquelle écrire.",
            f"Informations de diagnostic pour les administrateurs :\nServeur à l'origine de l'erreur : {server}\n{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        ]
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_message(b))
    return finish_bounce(
        b,
        msg,
        "Microsoft Outlook <postmaster@groupe-rivesud.example>",
        f"Non remis : {b.subject()}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's notice in multipart/mixed: mailbox full (552 5.2.2)."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique de notre serveur de messagerie.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas pu être distribué : la boîte aux lettres du destinataire a atteint sa taille maximale (552 5.2.2 quota dépassé).\n\n"
        "Vous pourrez le renvoyer plus tard, lorsque le destinataire aura libéré de l'espace, ou le joindre par un autre moyen.\n\n"
        "Vous trouverez ci-joint une copie de votre message.\n\n"
        "Le service de messagerie Hexanet\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(returned_message(b))
    return finish_bounce(
        b,
        outer,
        "Service de messagerie <postmaster@mail.hexanet-fr.example>",
        "Message non distribué : boîte aux lettres pleine",
    )


def bounce_o365_es(b: Bounce) -> Message:
    """The customer's Office 365 tenant, in Spanish: recipient unknown."""
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    server = "DB8P191MB0611.EURP191.PROD.OUTLOOK.EXAMPLE"
    human = exchange_human(
        [
            f"No se pudo entregar su mensaje a {b.rcpt}.",
            "La dirección de correo no existe en la organización del destinatario. Puede que esté mal escrita o que ya no sea válida.",
            "Cómo solucionarlo\nCompruebe la dirección y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otro medio.",
            f"Información de diagnóstico para administradores:\nServidor de generación: {server}\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        ]
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        "Microsoft Outlook <postmaster@construccionesbaeza.example>",
        f"No se puede entregar: {b.subject()}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: delivery delayed, still trying."""
    paragraphs = [
        "** Entrega retrasada **",
        f"Hay un problema temporal con la entrega de tu mensaje a {b.rcpt}. Gmail seguirá intentándolo durante 44 horas más. Te avisaremos si no se puede entregar de forma definitiva.",
        "Respuesta del servidor remoto:",
        "421 4.4.1 Connection timed out. Lo volveremos a intentar más tarde.",
    ]
    plain = "\n\n".join(paragraphs) + "\n"
    rich = (
        "<html><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(rich, "html", "utf-8", "qp")
    )
    msg = report(
        human,
        delivery_status(
            b,
            "mx.google.com",
            "delayed",
            "421 4.4.1 Connection timed out",
            "mail.hotelsolymar-cadiz.example",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Aviso de estado de la entrega (retraso)",
    )


def bounce_o365_nl(b: Bounce) -> Message:
    """The customer's Exchange, in Dutch: delivery delayed."""
    diag = "451 4.4.7 Message delayed"
    server = "EXCH02.vandenbergaccountants.example"
    human = exchange_human(
        [
            "De bezorging van uw bericht is vertraagd.",
            f"Uw bericht aan {b.rcpt} is nog niet bezorgd. Er wordt automatisch opnieuw geprobeerd het bericht te bezorgen; u hoeft niets te doen.",
            f"Er wordt nog tot {b.dt + timedelta(days=2):%d-%m-%Y %H:%M} geprobeerd het bericht te bezorgen. Lukt dat niet, dan ontvangt u een melding dat de bezorging is mislukt.",
            f"Diagnostische gegevens voor beheerders:\nServer die dit bericht heeft gegenereerd: {server}\n{b.rcpt}\nOpmerking van de externe server: {diag}",
        ]
    )
    msg = report(human, delivery_status(b, server, "delayed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        "Microsoft Outlook <postmaster@vandenbergaccountants.example>",
        f"Bezorging vertraagd: {b.subject()}",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's single-part notice: mailbox disabled."""
    rem = b.reminder()
    text = (
        "Questo è un messaggio automatico del server di posta mx.postaitalia-web.example.\n\n"
        f"Il messaggio inviato a {b.rcpt} non è stato consegnato in modo definitivo: la casella del destinatario risulta disattivata.\n\n"
        "Risposta del server: 550 5.2.1 casella disattivata / mailbox disabled\n\n"
        "Di seguito le intestazioni del messaggio originale.\n\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish_bounce(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.postaitalia-web.example>",
        "Mancata consegna del messaggio",
    )


def bounce_report_it(b: Bounce) -> Message:
    """An Italian relay's RFC 3464 delay report."""
    text = (
        "Gentile utente,\n\n"
        f"il messaggio indirizzato a {b.rcpt} è ancora in coda sul nostro server: il server di destinazione segnala spazio di archiviazione insufficiente (452 4.3.1 Insufficient system storage).\n\n"
        "Il sistema continuerà a tentare la consegna per altri 4 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        "Servizio di posta NuvolaMail\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relay.nuvolamail.example",
            "delayed",
            "452 4.3.1 Insufficient system storage",
            "mx.clinicavillarosa.example",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Postmaster <postmaster@relay.nuvolamail.example>",
        "Notifica di ritardo nella consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "reception@ashgrovedental.example",
            "2031-11-24 08:41",
            "+0000",
            "50358",
            "en",
            4,
            "qmail notice, not MIME: accepted by the relay, then no such mailbox",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "accounts@quarrybankstudios.example",
            "2031-12-02 08:34",
            "+0000",
            "50425",
            "en",
            1,
            "domain gone (host unknown); sendmail RFC 3464 report with text/rfc822-headers",
        ),
        bounce_sendmail_domain,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.7.1",
            "office@lowtherprint.example",
            "2031-12-10 08:40",
            "+0000",
            "50481",
            "en",
            24 * 60 + 2,
            "plain-text relay warning: greylisting policy deferral, still retrying",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnung@wagner-zahntechnik.example",
            "2031-11-26 09:37",
            "+0100",
            "50383",
            "de",
            1,
            "Office 365 in German, full message returned",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "kanzlei@notariat-reuter.example",
            "2031-12-03 13:40",
            "+0100",
            "50449",
            "de",
            245,
            "German provider notice, plain ISO-8859-1: mailbox full, still retrying",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.7.1",
            "comptabilite@groupe-rivesud.example",
            "2031-12-05 09:35",
            "+0100",
            "50452",
            "fr",
            1,
            "Office 365 in French: permanent policy rejection (the group accepts internal senders only)",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "cabinet.morel@hexanet-fr.example",
            "2031-12-15 09:39",
            "+0100",
            "50500",
            "fr",
            2,
            "mailbox full reported with a 5.x code: soft, the code is kept; provider notice in multipart/mixed",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "facturas@construccionesbaeza.example",
            "2031-11-27 09:36",
            "+0100",
            "50397",
            "es",
            1,
            "Office 365 in Spanish",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.1",
            "admin@hotelsolymar-cadiz.example",
            "2031-12-11 13:36",
            "+0100",
            "50487",
            "es",
            243,
            "Gmail delay notice in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "administratie@vandenbergaccountants.example",
            "2031-12-17 13:33",
            "+0100",
            "50518",
            "nl",
            242,
            "Exchange delay notice in Dutch",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "studio.bianchi@postaitalia-web.example",
            "2031-12-09 09:38",
            "+0100",
            "50476",
            "it",
            1,
            "Italian provider notice, single text part: mailbox disabled",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.3.1",
            "acquisti@clinicavillarosa.example",
            "2031-12-18 12:40",
            "+0100",
            "50525",
            "it",
            188,
            "Italian relay delay report (RFC 3464)",
        ),
        bounce_report_it,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, numbering, output and checks
# --------------------------------------------------------------------------------------------


def normalise_ref(number: str) -> str:
    """Invoice numbers in the `NOF NNNNN` form."""
    return f"NOF {number}"


def reply_label(r: Reply) -> dict[str, object]:
    """The JSON label of a reply (without the file name)."""
    return {
        "intent": r.intent,
        **r.label.fields(),
        "invoice_refs": [normalise_ref(n) for n in r.label.refs],
        "language": r.lang,
        "note": r.label.note,
    }


def bounce_label(b: Bounce) -> dict[str, object]:
    """The JSON label of a bounce (without the file name)."""
    fields: dict[str, str | None] = dict.fromkeys(FIELD_KEYS)
    fields.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    return {
        "intent": "bounce",
        **fields,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


@dataclass(frozen=True)
class Item:
    """One built message with its label and what to check it against."""

    key: str
    msg: Message
    label: dict[str, object]
    day: date
    new_text: str


def all_items() -> list[Item]:
    """Every message, built."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt.date(), r.body) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt.date(), "") for b, build in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about its label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def visible_text(msg: Message) -> str:
    """All decoded text of a parsed message, tags stripped, whitespace collapsed."""
    chunks: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        text = payload.decode(part.get_content_charset() or "us-ascii")
        if part.get_content_subtype() == "html":
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        chunks.append(text)
    return " ".join(" ".join(chunks).split())


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a file back: headers decode, text parts decode, no defects, the new text is there."""
    parsed = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in parsed.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header, value in part.items():
            header_defects = getattr(value, "defects", ())
            if header_defects:
                raise SystemExit(f"{name}: header {header} defects {header_defects}")
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                raise SystemExit(f"{name}: text part did not decode to str")
    sent = getattr(parsed["Date"], "datetime", None)
    if not isinstance(sent, datetime) or sent.date() != item.day:
        raise SystemExit(f"{name}: Date does not match the spec")
    if item.new_text:
        wanted = " ".join(item.new_text.split("\n")[0].split())[:40]
        if wanted not in visible_text(parsed):
            raise SystemExit(f"{name}: the hand-written text is missing: {wanted!r}")


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_label(label: dict[str, object], item: Item) -> None:
    """Shape and consistency of one label."""
    name = str(label["file"])
    if tuple(label) != LABEL_KEYS:
        raise SystemExit(f"{name}: label keys out of order")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in FIELD_KEYS:
        value = label[key]
        if value is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            if not ISO_DAY.match(value):
                raise SystemExit(f"{name}: {key} not ISO")
            day = date.fromisoformat(value)
            if (key == "paid_date" and day > item.day) or (key != "paid_date" and day < item.day):
                raise SystemExit(
                    f"{name}: {key} {value} on the wrong side of the message date {item.day}"
                )
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if isinstance(amount, str) and not re.fullmatch(r"\d+\.\d{2}", amount):
        raise SystemExit(f"{name}: amount {amount!r}")
    if currency not in (None, "GBP", "EUR"):
        raise SystemExit(f"{name}: currency {currency!r}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or contact.count("@") != 1):
        raise SystemExit(f"{name}: new_contact {contact!r}")
    if intent == "bounce":
        status, kind = str(label["bounce_status"]), label["bounce_kind"]
        if not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", status) or kind not in (
            "hard",
            "soft",
        ):
            raise SystemExit(f"{name}: bounce fields")
        if status.startswith("4") and kind != "soft":
            raise SystemExit(f"{name}: a 4.x status is soft")
        if not label["failed_recipient"]:
            raise SystemExit(f"{name}: no failed recipient")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in refs:
        if not re.fullmatch(r"NOF \d{5}", str(ref)) or str(ref)[4:] not in item.new_text:
            raise SystemExit(f"{name}: invoice ref {ref!r} not in the new text")


KEY_PREFIX = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "di": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "au": "auto_reply",
    "ot": "other",
}


def check_specs() -> None:
    """Keys, invoice numbers and dates across the whole set."""
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        dupes = sorted(n for n, c in Counter(invoices).items() if c > 1)
        raise SystemExit(f"reminded invoice numbers repeat: {dupes}")
    for r in REPLIES:
        prefix, lang, _ = r.key.split("-")
        if KEY_PREFIX[prefix] != r.intent or lang != r.lang or r.client not in CLIENTS:
            raise SystemExit(f"{r.key}: key, intent, language or client do not agree")
        if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
            raise SystemExit(f"{r.key}: date out of range")
    for b, _ in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
            raise SystemExit(f"{b.key}: date out of range")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, in Markdown."""
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
    """The set must match the planned spread exactly."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, counts in PLAN.items():
        for lang, wanted in zip(LANGS, counts, strict=True):
            if cells[intent, lang] != wanted:
                raise SystemExit(
                    f"{intent}/{lang}: {cells[intent, lang]} messages, planned {wanted}"
                )
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, planned 120")


def write_all() -> list[dict[str, object]]:
    """Build, write and check every file; return the labels in file order."""
    check_specs()
    items = sorted(all_items(), key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{FILE_PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        label: dict[str, object] = {"file": name, **item.label}
        check_label(label, item)
        labels.append(label)
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
