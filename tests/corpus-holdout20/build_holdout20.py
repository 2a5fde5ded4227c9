# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 20: `h20-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Granary Bakery Wholesale after an overdue
reminder (subject "Payment overdue", en dash, "invoice GB26-NNNNN"). The new text of each message is written by
hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically, and never reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261123
PREFIX = "h20"
AR_NAME = "Granary Receivables"
AR_ADDR = "receivables@granary-wholesale.example"
AR_DOMAIN = "granary-wholesale.example"
AR_MX = "mx1.granary-wholesale.example"
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

# --------------------------------------------------------------------------------------------
# Locale data
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
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# Attribution lines, one table per client family.
GMAIL_ON = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ON = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {ma} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ON = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ON = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
# Outlook's reply header block: separator, From, Sent, To, Subject, label separator, date layout.
OUTLOOK_BLOCK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{wl}, {d} {ml} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wl}, {d}. {ml} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wl} {d} {ml} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wl}, {d} de {ml} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wl} {d} {ml} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wl} {d} {ml} {y} {HH}:{mm}",
    ),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
OUTLOOK_FWD = {"en": "FW: ", "de": "WG: ", "fr": "TR : ", "es": "RV: ", "nl": "FW: ", "it": "I: "}
IPHONE_SENT = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_OUTLOOK = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
GALAXY_SENT = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Samsung Email: separator, From, Date, To, Subject.
GALAXY_BLOCK = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
GMAIL_FWD = {
    "en": ("---------- Forwarded message ---------", "From"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von"),
    "fr": ("---------- Forwarded message ---------", "De"),
    "es": ("---------- Forwarded message ---------", "De"),
    "nl": ("---------- Doorgestuurd bericht ---------", "Van"),
    "it": ("---------- Forwarded message ---------", "Da"),
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
# The reminder Granary Bakery Wholesale sends (what the replies quote)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago vencido – factura {inv}",
    "nl": "Betaling achterstallig – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below is now past its due date:\n\n"
        "  Invoice {inv}  |  dated {issued}  |  due {due}  |  {amt}\n\n"
        "If you have already sent payment, thank you – please let us know the date and your payment reference so we can allocate it. If anything about the delivery or the invoice needs correcting, just reply to this e-mail.\n\n"
        "With thanks,\n\n"
        "Accounts Receivable\nGranary Bakery Wholesale\nUnit 7, Millbrook Business Park\nTel. 01632 960 514"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung trotz überschrittenem Zahlungsziel noch offen:\n\n"
        "  Rechnung {inv}  |  vom {issued}  |  fällig am {due}  |  {amt}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können. Stimmt etwas mit der Lieferung oder der Rechnung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nGranary Bakery Wholesale"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous a dépassé sa date d'échéance :\n\n"
        "  Facture {inv}  |  émise le {issued}  |  échéance {due}  |  {amt}\n\n"
        "Si le paiement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Si la livraison ou la facture pose problème, répondez simplement à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nGranary Bakery Wholesale"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "  Factura {inv}  |  fecha {issued}  |  vencimiento {due}  |  {amt}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder asignarlo. Si hay algún problema con la entrega o con la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de cobros\nGranary Bakery Wholesale"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze boekhouding is de betalingstermijn van onderstaande factuur verstreken:\n\n"
        "  Factuur {inv}  |  datum {issued}  |  vervaldatum {due}  |  {amt}\n\n"
        "Heeft u al betaald, dan horen wij graag de betaaldatum en het betalingskenmerk, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de levering of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nGranary Bakery Wholesale"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta che la fattura indicata di seguito ha superato la data di scadenza:\n\n"
        "  Fattura {inv}  |  emessa il {issued}  |  scadenza {due}  |  {amt}\n\n"
        "Se il pagamento è già stato effettuato, vi ringraziamo e vi chiediamo di comunicarci data e riferimento, così da poterlo abbinare. Se ci sono problemi con la consegna o con la fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nGranary Bakery Wholesale"
    ),
}
# What a client that cannot send a character writes instead (ISO-8859-1 has no dash or euro).
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


def amount_text(amount: str, currency: str, loc: str) -> str:
    """An amount as the reminder prints it in the reader's language."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    if loc == "en":
        symbol = {"GBP": "£", "EUR": "€"}[currency]
        return f"{symbol}{','.join(groups)}.{cents}"
    sep = "\u00a0" if loc == "fr" else "."
    number = f"{sep.join(groups)},{cents}"
    if loc in {"nl", "it"}:
        return f"€ {number}"
    return f"{number}\u00a0€" if loc == "fr" else f"{number} €"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `client` names the layout (see CLIENTS). `rlang` is the reminder's language when it differs
    from the reply's, `loc` the client's interface language when it differs. `issued` is the
    invoice date shown in the quoted reminder (by default 35 days before the reply).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amount: str = ""
    currency: str = ""
    issued: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    henc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None
    threaded: bool = True
    to: str = ""
    quoted_to: str = ""

    @property
    def header_enc(self) -> str:
        """Gmail and Outlook write UTF-8 headers in base64, the others in quoted-printable."""
        if self.henc:
            return self.henc
        return (
            "b"
            if self.charset == "utf-8" and self.client in GMAIL_CLIENTS | OUTLOOK_CLIENTS
            else "q"
        )

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def ui(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or invoice_of(self.key)

    @property
    def money(self) -> tuple[str, str]:
        currency = self.currency or ("GBP" if self.reminder_lang == "en" else "EUR")
        if self.amount:
            return self.amount, currency
        cents = 9000 + int.from_bytes(digest(self.key, "amount")[:3], "big") % 210000
        return f"{cents // 100}.{cents % 100:02d}", currency


_INVOICES: dict[str, str] = {}


def invoice_of(key: str) -> str:
    """The invoice a reminder was about, when the text does not name it: unique in the corpus."""
    if not _INVOICES:
        used = {inv for r in REPLIES for inv in re.findall(r"GB26-\d{5}", r.text + r.inv)}
        keys = [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]
        for k in keys:
            number = 40300 + int.from_bytes(digest(k, "inv")[:2], "big") % 1700
            while f"GB26-{number:05d}" in used:
                number += 1
            used.add(f"GB26-{number:05d}")
            _INVOICES[k] = f"GB26-{number:05d}"
    return _INVOICES[key]


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, ids, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def date_parts(loc: str, dt: datetime) -> dict[str, str]:
    return {
        "wl": DAY_NAMES[loc].split()[dt.weekday()],
        "wa": DAY_ABBR[loc].split()[dt.weekday()],
        "ml": MONTH_NAMES[loc].split()[dt.month - 1],
        "ma": MONTH_ABBR[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_parts(loc, dt), **extra)


def numeric_date(loc: str, dt: datetime) -> str:
    return fmt(NUMERIC_DATE[loc], loc, dt)


def reminder_sent(reply: datetime) -> datetime:
    """Reminders go out on working days, early in the morning, before the reply."""
    day = reply - timedelta(days=1 if reply.hour >= 12 else 2)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=6, minute=30 + day.day % 20, second=day.day + 7)


def reminder_msgid(key: str) -> str:
    return f"<dunning.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def codec_of(charset: str) -> str:
    return {"latin1-lie": "windows-1252", "ascii-lie": "iso-8859-1"}.get(charset, charset)


def fits(text: str, charset: str) -> str:
    """Make material the client inserts (quotes, subjects) fit the charset it writes in."""
    codec = codec_of(charset)
    out = []
    for ch in text:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LATIN1_SUBSTITUTES[ch])
    return "".join(out)


def quote(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_br(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{html_br(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    return "\n".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def mso_paras(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>'
        if line
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, width: int = 76) -> str:
    """Encode plain text as format=flowed (RFC 3676): soft breaks end in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        prefix, body = line[:depth], line[depth:]
        if depth and body.startswith(" "):
            body = body[1:]
        if body.startswith((" ", ">", "From ")) or (depth and body):
            body = " " + body  # space-stuffing
        if body == "-- ":
            out.append(prefix + body)
            continue
        while len(prefix) + len(body) > width and " " in body[1:width]:
            cut = body.rfind(" ", 1, width - len(prefix))
            if cut <= 0:
                break
            out.append(prefix + body[: cut + 1])
            body = body[cut + 1 :]
            if depth:
                body = " " + body
        out.append((prefix + body).rstrip(" ") if body.strip() == "" else prefix + body.rstrip(" "))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str, *, params: str = "") -> Message:
    """A text part encoded by hand, the way the client does it.

    `latin1-lie` is Outlook's classic: Windows-1252 bytes (curly quotes, euro sign) labelled
    ISO-8859-1. `ascii-lie` is an old client sending 8-bit Latin-1 labelled us-ascii.
    """
    data = text.encode(codec_of(charset))
    declared = {"latin1-lie": "iso-8859-1", "ascii-lie": "us-ascii"}.get(charset, charset)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{declared}"{params}'
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        name = "base64"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        name = "8bit"
    else:
        payload = data.decode("ascii")  # raises if the text is not 7-bit
        name = "7bit"
    part["Content-Transfer-Encoding"] = name
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], **params: str) -> Message:
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}"
    for name, value in params.items():
        outer.set_param(name.replace("_", "-"), value)
    for part in parts:
        outer.attach(part)
    return outer


def binary_part(
    maintype: str, subtype: str, filename: str, data: bytes, *, inline: bool = False
) -> Message:
    part = Message()
    part["Content-Type"] = f'{maintype}/{subtype}; name="{filename}"'
    part["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def rfc822_part(inner: Message) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.set_payload([inner])
    return part


def encode_header(value: str, charset: str, enc: str = "q", name: str = "Subject") -> str:
    """An unstructured header as the client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    value = fits(value, charset)
    if value.isascii():
        return value
    codec = codec_of(charset)
    chs = cs.Charset(codec)
    chs.header_encoding = cs.QP if enc == "q" else cs.BASE64
    return Header(value, chs, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, enc, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder as seen by the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder being answered: its text and header data in the client's terms."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to_name: str
    to_addr: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str, issued: datetime) -> str:
    due = issued + timedelta(days=21)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=amount_text(amount, currency, lang),
        issued=numeric_date(lang, issued),
        due=numeric_date(lang, due),
    )


def issued_of(r: Reply) -> datetime:
    if r.issued:
        return datetime.strptime(r.issued + " 00:00 " + r.when[-5:], "%Y-%m-%d %H:%M %z")
    return (r.dt - timedelta(days=35)).replace(hour=0, minute=0)


def quoted_of(r: Reply) -> Quoted:
    amount, currency = r.money
    text = reminder_body(r.reminder_lang, r.invoice, amount, currency, issued_of(r))
    subject = reminder_subject(r.reminder_lang, r.invoice)
    sent = reminder_sent(r.dt)
    to_addr = r.quoted_to or r.who[1]
    name = fits(r.who[0], r.charset)
    return Quoted(fits(text, r.charset), fits(subject, r.charset), sent, r.ui, name, to_addr)


def to_line(q: Quoted) -> str:
    return f"{q.to_name} <{q.to_addr}>" if q.to_name else q.to_addr


def outlook_lines(q: Quoted) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _, layout = OUTLOOK_BLOCK[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(layout, q.loc, q.sent)),
        (to, to_line(q)),
        (subj, q.subject),
    ]


def outlook_text_block(q: Quoted) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_lines(q))


def outlook_html_block(q: Quoted) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5].rstrip()
    return "<br>\n".join(
        f"<b>{esc(label)}{esc(sep)}</b> {esc(value)}" for label, value in outlook_lines(q)
    )


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def word_document(r: Reply, q: Quoted, body_html: str) -> str:
    charset = {"latin1-lie": "iso-8859-1"}.get(r.charset, r.charset)
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_html_block(q)}<o:p></o:p></p>\n'
        "</div>\n</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paras(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def outlook_plain(r: Reply, q: Quoted) -> Message:
    block = OUTLOOK_BLOCK[q.loc][0] + "\n" + outlook_text_block(q)
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def outlook_rich(r: Reply, q: Quoted) -> Message:
    plain = f"{r.text}\n\n{outlook_text_block(q)}\n\n{q.text}\n"
    markup = word_document(r, q, mso_paras(r.text))
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)],
    )


def outlook_html_only(r: Reply, q: Quoted) -> Message:
    return text_part(word_document(r, q, mso_paras(r.text)), "html", r.charset, r.cte)


def outlook_web(r: Reply, q: Quoted) -> Message:
    plain = f"{r.text}\n\n{'_' * 32}\n{outlook_text_block(q)}\n\n{q.text}\n"
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_br(r.text)}</div>\n"
        '<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_block(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paras(q.text)}</div>\n</body>\n</html>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)],
    )


def outlook_android(r: Reply, q: Quoted) -> Message:
    text = (
        f"{r.text}\n\n{ANDROID_OUTLOOK[q.loc]}\n{'_' * 32}\n{outlook_text_block(q)}\n\n{q.text}\n"
    )
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quoted) -> str:
    return fmt(GMAIL_ON[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail_rich(r: Reply, q: Quoted) -> Message:
    attr = gmail_attr(q)
    plain = f"{r.text}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)],
    )


def gmail_plain(r: Reply, q: Quoted) -> Message:
    return text_part(f"{r.text}\n\n{gmail_attr(q)}\n\n{quote(q.text)}\n", "plain", r.charset, r.cte)


def gmail_bottom(r: Reply, q: Quoted) -> Message:
    return text_part(f"{gmail_attr(q)}\n\n{quote(q.text)}\n\n{r.text}\n", "plain", r.charset, r.cte)


def gmail_forward(r: Reply, q: Quoted) -> Message:
    """The customer forwards the reminder to someone else and copies receivables in."""
    head, frm = GMAIL_FWD[q.loc]
    when = fmt(
        {
            "en": "{wa}, {d} {ma} {y} at {HH}:{mm}",
            "de": "{wa}, {d}. {ma} {y} um {HH}:{mm} Uhr",
            "nl": "{wa} {d} {ma} {y} om {HH}:{mm}",
        }.get(q.loc, "{wa} {d} {ma} {y} {HH}:{mm}"),
        q.loc,
        q.sent,
    )
    block = f"{head}\n{frm}: {AR_NAME} <{AR_ADDR}>\nDate: {when}\nSubject: {q.subject}\nTo: <{q.to_addr}>\n"
    plain = f"{r.text}\n\n{block}\n\n{q.text}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.text)}<br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html_br(block.rstrip())}<br></div><br><br>'
        f"{html_paras(q.text)}</div></div>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)],
    )


def apple_attr(q: Quoted) -> str:
    return fmt(APPLE_ON[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_rich(r: Reply, q: Quoted) -> Message:
    attr = apple_attr(q)
    plain = f"{r.text}\n\n{attr}\n\n{quote(q.text)}\n\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.text)}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
        f"<div><div>{html_paras(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)],
    )


def iphone_text(r: Reply, q: Quoted) -> str:
    return (
        f"{r.text}\n\n{IPHONE_SENT[q.loc]}\n\n{quote(apple_attr(q) + chr(10) + chr(10) + q.text)}\n"
    )


def iphone_plain(r: Reply, q: Quoted) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def iphone_rich(r: Reply, q: Quoted) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_br(r.text)}</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature">'
        f'<div dir="ltr">{IPHONE_SENT[q.loc]}</div><div dir="ltr"><br><blockquote type="cite">{esc(apple_attr(q))}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{html_paras(q.text)}</div></blockquote></div></body></html>\n'
    )
    return multipart(
        "alternative",
        [
            text_part(iphone_text(r, q), "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ],
    )


def thunderbird_plain(r: Reply, q: Quoted) -> Message:
    attr = fmt(THUNDERBIRD_ON[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.text}\n\n{attr}\n{quote(q.text)}\n")
    return text_part(text, "plain", r.charset, r.cte, params="; format=flowed")


def thunderbird_rich(r: Reply, q: Quoted) -> Message:
    attr = fmt(THUNDERBIRD_ON[q.loc], q.loc, q.sent, name=AR_NAME)
    plain = flowed(f"{r.text}\n\n{attr}\n{quote(q.text)}\n")
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
        f"    {html_paras(r.text)}\n"
        f'    <div class="moz-cite-prefix">{esc(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{reminder_msgid(r.key)[1:-1]}">\n{html_paras(q.text)}\n    </blockquote>\n'
        "  </body>\n</html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte, params="; format=flowed"),
            text_part(markup, "html", r.charset, r.cte),
        ],
    )


def galaxy_block(q: Quoted) -> list[str]:
    head, frm, date, to, subj = GALAXY_BLOCK[q.loc]
    offset = q.sent.utcoffset() or timedelta()
    zone = (
        f"(GMT{'+' if offset >= timedelta() else '-'}{int(offset.total_seconds() // 3600):02d}:00)"
    )
    return [
        head,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{date}: {numeric_date(q.loc, q.sent)} {q.sent:%H:%M} {zone} ",
        f"{to}: {to_line(q)} ",
        f"{subj}: {q.subject} ",
    ]


def galaxy(r: Reply, q: Quoted) -> Message:
    block = galaxy_block(q)
    plain = f"{r.text}\n\n\n\n{GALAXY_SENT[q.loc]}\n\n\n" + "\n".join(block) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_br(r.text)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{esc(GALAXY_SENT[q.loc])}</div></div>'
        '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
        + "</div><div>".join(esc(line) for line in block)
        + f"</div><div><br></div></div>{html_paras(q.text)}</body></html>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", r.charset, "b64"), text_part(markup, "html", r.charset, "b64")],
    )


def roundcube(r: Reply, q: Quoted) -> Message:
    attr = fmt(ROUNDCUBE_ON[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.text}\n\n{attr}\n{quote(q.text)}\n")
    return text_part(text, "plain", r.charset, r.cte, params="; format=flowed")


def no_quote(r: Reply, q: Quoted) -> Message:
    del q  # automatic notices and system mail quote nothing
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


def no_quote_html(r: Reply, q: Quoted) -> Message:
    del q  # the text is already a whole HTML document
    return text_part(r.text, "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": outlook_plain,
    "outlook_html": outlook_rich,
    "outlook_html_only": outlook_html_only,
    "owa": outlook_web,
    "outlook_android": outlook_android,
    "gmail": gmail_rich,
    "gmail_plain": gmail_plain,
    "gmail_bottom": gmail_bottom,
    "gmail_forward": gmail_forward,
    "apple": apple_rich,
    "iphone": iphone_plain,
    "iphone_html": iphone_rich,
    "thunderbird": thunderbird_plain,
    "thunderbird_html": thunderbird_rich,
    "galaxy": galaxy,
    "roundcube": roundcube,
    "auto": no_quote,
    "auto_html": no_quote_html,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_android"}
GMAIL_CLIENTS = {"gmail", "gmail_plain", "gmail_bottom", "gmail_forward"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (("User-Agent", "Mozilla Thunderbird"),),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "gmail_forward": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "galaxy": "--_com.samsung.android.email_",
    "thunderbird_html": "------------",
}


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in GMAIL_CLIENTS:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        box = f"{b32(r.key, 'box', 4)}PR0{raw[0] % 9 + 1}MB{1000 + raw[1] * 31 % 9000}"
        return f"<{box}{raw.hex()[:20].upper()}@{box}.eurprd0{raw[2] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client.startswith("thunderbird"):
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    if r.client == "galaxy":
        return f"<{raw.hex()[:16]}.{int.from_bytes(raw[8:11], 'big')}@email.android.com>"
    return f"<{raw.hex()[:32]}@{domain}>"


def received(key: str, helo: str, when: datetime, ip: int, envelope_to: str = AR_ADDR) -> str:
    queue_id = b32(key, "queue", 11)
    arrived = when + timedelta(seconds=4 + digest(key, "delay")[0] % 50)
    return (
        f"from {helo} ({helo} [203.0.113.{ip}])\n\tby {AR_MX} (Postfix) with ESMTPS id {queue_id}\n"
        f"\tfor <{envelope_to}>; {format_datetime(arrived)}"
    )


def sending_host(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    n = digest(r.key, "host")[0]
    if r.client in GMAIL_CLIENTS:
        return f"mail-ed1-f{n % 90 + 10}.google.com"
    if r.client in OUTLOOK_CLIENTS:
        return f"mail-db{n % 9}eur0{n % 5 + 2}on20{n % 90 + 10}.outbound.protection.outlook.com"
    return f"mail.{domain}"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client == "gmail_forward":
        return "Fwd: " + q.subject
    prefix = OUTLOOK_RE[q.loc] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_extras(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    topic = q.subject
    return [
        ("Thread-Topic", encode_header(topic, r.charset, r.header_enc, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, ctype, data = r.attach
    main, sub = ctype.split("/")
    return multipart("mixed", [body, binary_part(main, sub, name, data)])


MIME_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def arrange(msg: Message, headers: list[tuple[str, str]]) -> Message:
    """Put the transport and client headers above the MIME headers, as they arrive."""
    mime = [(k, v) for k, v in msg.items() if k in MIME_HEADERS[1:]]
    for name in {k for k, _ in msg.items()}:
        del msg[name]
    version = [("MIME-Version", "1.0")] if mime else []
    for name, value in [*headers, *version, *mime]:
        msg[name] = value
    return msg


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the sending software's own."""
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in OUTLOOK_CLIENTS else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        if style in OUTLOOK_CLIENTS:
            tail = f"{b32(key, f'b{n}', 28)}_"
        elif style.startswith("gmail"):
            tail = hexid(key, f"b{n}", 16)
        else:
            tail = b32(key, f"b{n}", 24)
        part.set_boundary(prefix + tail)


def build_reply(r: Reply) -> Message:
    q = quoted_of(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    top = [
        ("Return-Path", f"<{r.who[1]}>"),
        ("Received", received(r.key, sending_host(r), r.dt, 10 + digest(r.key, "ip")[0] % 200)),
    ]
    main = [
        ("From", mailbox(r.who[0], r.who[1], r.charset, r.header_enc)),
        ("To", r.to or formataddr((AR_NAME, AR_ADDR))),
        ("Subject", encode_header(reply_subject(r, q), r.charset, r.header_enc)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        main += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    extra = outlook_extras(r, q) if r.client in OUTLOOK_CLIENTS else []
    arrange(msg, [*top, *main, *extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers])
    set_boundaries(msg, r.key, r.client)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432"
    "ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9"
)

REMITTANCE_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance Advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#000000">
<table width="640" cellpadding="4" cellspacing="0" border="0">
<tr><td><b>HOLLINS FAMILY SUPERMARKETS LTD</b><br>Accounts Payable, 3 Ferrier Way, Ashcombe</td><td align="right"><b>REMITTANCE ADVICE</b></td></tr>
</table>
<p>Supplier: Granary Bakery Wholesale (vendor no. 300418)<br>
Payment date: 27.11.2026<br>
Payment method: BACS<br>
Payment document: 0000781245</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th align="left">Your reference</th><th align="left">Document date</th><th align="left">Our document</th><th align="right">Gross GBP</th><th align="right">Deduction</th><th align="right">Paid GBP</th></tr>
<tr><td>GB26-40388</td><td>16.10.2026</td><td>5105528810</td><td align="right">1,212.40</td><td align="right">0.00</td><td align="right">1,212.40</td></tr>
<tr><td>GB26-40417</td><td>21.10.2026</td><td>5105531177</td><td align="right">684.00</td><td align="right">0.00</td><td align="right">684.00</td></tr>
<tr><td>CN-2231</td><td>23.10.2026</td><td>5105532093</td><td align="right">-96.00</td><td align="right">0.00</td><td align="right">-96.00</td></tr>
<tr><td colspan="5" align="right"><b>Total paid</b></td><td align="right"><b>1,800.40</b></td></tr>
</table>
<p>The amount will be credited to your bank account within 2 working days.</p>
<p style="font-size:8pt;color:#666666">This advice was generated automatically. Please do not reply to this e-mail. Queries about this payment: supplier.queries@hollinsfamily.example, quoting the payment document number.</p>
</body>
</html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan@morningglorycafe.example"),
        "2026-11-24 07:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one-word payment claim; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Hollins Family Supermarkets – Accounts Payable", "ap-noreply@hollinsfamily.example"),
        "2026-11-27 05:14 +0000",
        "auto_html",
        REMITTANCE_HTML,
        lab(
            ("GB26-40388", "GB26-40417"),
            paid_date="2026-11-27",
            payment_reference="0000781245",
            amount="1800.40",
            currency="GBP",
            note="AP-system remittance advice, HTML only, not a reply; the credit note is not an invoice; the queries address is not a new contact",
        ),
        subject="Remittance Advice 0000781245 – Granary Bakery Wholesale",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver Application Server 7.50")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Ravi Mehta", "ravi@kingsgatehotel.example"),
        "2026-12-08 22:41 +0000",
        "galaxy",
        "done",
        lab(note="'done' in answer to an overdue reminder: payment_sent, no date"),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Petra Sommerfeld", "buchhaltung@hotel-lindenhof-wendorf.example"),
        "2026-11-24 10:31 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung GB26-41102 über 2.316,80 € haben wir bereits am 20.11.2026 überwiesen, unsere Zahlungsreferenz lautet ZV-2026-11-0387. Offenbar haben sich Zahlung und Erinnerung überschnitten.\n\nMit freundlichen Grüßen\n\nPetra Sommerfeld\nBuchhaltung\n\nHotel Lindenhof GmbH & Co. KG\nLindenallee 12 · Wendorf\nSitz: Wendorf · Registergericht Wendorf HRA 5521 · Geschäftsführung: Tobias Rehm",
        lab(
            ("GB26-41102",),
            paid_date="2026-11-20",
            payment_reference="ZV-2026-11-0387",
            amount="2316.80",
            currency="EUR",
        ),
        inv="GB26-41102",
        amount="2316.80",
        issued="2026-10-14",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Léa Fontaine", "lea@cafedesartisans.example"),
        "2026-11-30 08:55 +0100",
        "gmail",
        "Bonjour,\n\nC'est réglé depuis vendredi, par virement (réf. VIR-CDA-8841). Vous devriez déjà l'avoir reçu.\n\nBonne journée,\nLéa\nCafé des Artisans",
        lab(
            paid_date="2026-11-27",
            payment_reference="VIR-CDA-8841",
            note="'depuis vendredi' is the Friday before Monday 30 Nov",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Martine Roussel", "m.roussel@delaunay-traiteur.example"),
        "2026-12-04 14:20 +0100",
        "outlook",
        "Bonjour,\n\nNous vous confirmons le règlement de la facture GB26-40951, d'un montant de 1 047,60 €, par chèque n° 4402187 posté ce jour.\n\nAvec nos excuses pour ce retard,\n\nMartine Roussel\nComptabilité – Delaunay Traiteur Événements\n12, rue des Tanneurs – Villebrune",
        lab(
            ("GB26-40951",),
            paid_date="2026-12-04",
            payment_reference="4402187",
            amount="1047.60",
            currency="EUR",
            note="a cheque posted today is a payment sent; the cheque number is the reference; Windows-1252",
        ),
        inv="GB26-40951",
        amount="1047.60",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Nuria Castaño", "administracion@hotelplayaserena.example"),
        "2026-12-03 12:47 +0100",
        "outlook_html",
        "Buenos días:\n\nLes informamos de que hoy hemos realizado la transferencia de 3.150,00 € correspondiente a las facturas GB26-41230 y GB26-41244. Adjuntamos el justificante bancario.\n\nUn saludo,\n\nNuria Castaño\nDepartamento de Administración\nHotel Playa Serena ***\nPaseo Marítimo 48 – Costa Lenta",
        lab(
            ("GB26-41230", "GB26-41244"),
            paid_date="2026-12-03",
            amount="3150.00",
            currency="EUR",
            note="one transfer for two invoices, proof attached as a PDF",
        ),
        inv="GB26-41230",
        amount="1890.00",
        attach=("justificante_transferencia_GB26-41230.pdf", "application/pdf", TINY_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Quique", "quique@cafeterialaesquina.example"),
        "2026-12-10 19:33 +0100",
        "iphone",
        "Pagado el lunes. Revisadlo porfa\n\nQuique",
        lab(paid_date="2026-12-07", note="'el lunes' in the past: Monday 7 Dec, before Thu 10 Dec"),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Versmarkt Hoekstra – Crediteurenadministratie", "crediteuren@versmarkthoekstra.example"),
        "2026-12-01 05:40 +0100",
        "auto",
        "BETALINGSADVIES\n\nLeverancier  : Granary Bakery Wholesale (crediteurnr. 70215)\nBetaaldatum  : 01-12-2026\nBetaalwijze  : SEPA-overboeking\nBetalingsnr. : 5100093321\n\nFactuurnr.      Factuurdatum      Bedrag\nGB26-41377      23-10-2026        €   1.322,75\nGB26-41391      30-10-2026        €     761,40\n                                  ------------\nTotaal                            €   2.084,15\n\nDit bericht is automatisch aangemaakt. Vragen over deze betaling? Bel de crediteurenadministratie.",
        lab(
            ("GB26-41377", "GB26-41391"),
            paid_date="2026-12-01",
            payment_reference="5100093321",
            amount="2084.15",
            currency="EUR",
            note="AP-system payment advice in ISO-8859-15, not a reply",
        ),
        subject="Betalingsadvies 5100093321",
        threaded=False,
        charset="iso-8859-15",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Anouk Vermeulen", "anouk@koffiehuisdebeuk.example"),
        "2026-11-26 09:20 +0100",
        "gmail",
        "Hoi,\n\nHeb het vanochtend overgemaakt, sorry! De factuur lag onder een stapel post.\n\nGroetjes,\nAnouk\nKoffiehuis De Beuk",
        lab(paid_date="2026-11-26", note="'vanochtend' is the message date"),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Cooperativa Mensa Serena – Amministrazione", "amministrazione@coopmensaserena.example"),
        "2026-12-03 11:05 +0100",
        "outlook",
        "Buongiorno,\n\ncon la presente comunichiamo che in data 02/12/2026 è stato disposto il bonifico a saldo della fattura GB26-41466, importo Euro 1.486,20, TRN 0306924981173501.\n\nDistinti saluti\n\nUfficio Amministrazione\nCooperativa Sociale Mensa Serena\nServizio di refezione scolastica\nP.IVA 01234560789",
        lab(
            ("GB26-41466",),
            paid_date="2026-12-02",
            payment_reference="0306924981173501",
            amount="1486.20",
            currency="EUR",
            note="'è stato disposto il bonifico': the transfer was instructed, so paid",
        ),
        inv="GB26-41466",
        amount="1486.20",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Matteo Sala", "matteo@barcentrale-lugo.example"),
        "2026-12-15 08:02 +0100",
        "outlook_android",
        "Fatto ieri, controllate pure.\nMatteo",
        lab(paid_date="2026-12-14", note="'fatto' (done) with 'ieri': paid the day before"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Karen Ashworth", "k.ashworth@brookfieldacademy.example"),
        "2026-11-26 14:12 +0000",
        "outlook_html",
        "Hi,\n\nThanks for your patience with this one. Our finance office can only release supplier payments once the funds from the local authority clear, which should be on Monday. I've flagged your invoice as first in the queue, so it will go out on Monday afternoon.\n\nKind regards,\n\nKaren Ashworth\nCatering Manager\nBrookfield Academy – part of the Valewood Learning Trust\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Valewood Learning Trust is a charitable company limited by guarantee, registered in England and Wales.",
        lab(
            promised_date="2026-11-30",
            note="event promise: paid once the council funds clear on Monday (Thu 26 Nov → Mon 30 Nov)",
        ),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Castlemere Hotel Group – Supplier Payments", "ap-notifications@castlemerehotels.example"),
        "2026-11-25 03:10 +0000",
        "auto",
        "Dear Supplier,\n\nThis is an automated notification from the Castlemere Hotel Group supplier payment system.\n\nThe following invoice has been approved and is scheduled for payment:\n\n  Supplier:            Granary Bakery Wholesale (ID S-004187)\n  Invoice number:      GB26-41020\n  Invoice amount:      GBP 936.50\n  Scheduled pay date:  04/12/2026\n  Payment method:      BACS\n\nFunds normally reach the supplier's bank account one working day after the scheduled pay date.\n\nPlease do not reply to this message. This mailbox is not monitored.",
        lab(
            ("GB26-41020",),
            promised_date="2026-12-04",
            amount="936.50",
            currency="GBP",
            note="automated AP notice of a scheduled payment: a promise, not a payment advice and not an auto-reply",
        ),
        subject="Payment scheduled – Castlemere Hotel Group – 1 invoice",
        threaded=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Sophie Turnbull", "sophie@nettleandthyme.example"),
        "2026-12-01 20:05 +0000",
        "gmail_plain",
        "Hi,\n\nNot paid yet I'm afraid – November was really quiet. I'll transfer the full amount on the 11th once the Christmas market takings are in.\n\nSophie\nNettle & Thyme",
        lab(
            promised_date="2026-12-11",
            note="negated past ('not paid yet') plus a dated future payment",
        ),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Sven Hollmann", "s.hollmann@hollmann-catering.example"),
        "2026-12-02 09:48 +0100",
        "thunderbird",
        "Hallo,\n\nwir überweisen den Betrag, sobald die Zahlung unseres Großkunden eingegangen ist - voraussichtlich Mitte Dezember. Ich melde mich, wenn es raus ist.\n\nGruß\nSven Hollmann\nHollmann Catering & Events",
        lab(note="conditional promise; 'voraussichtlich Mitte Dezember' cannot be pinned to a day"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Rainer Albers", "r.albers@albers-frischemarkt.example"),
        "2026-12-09 18:22 +0100",
        "iphone",
        "Geht morgen raus.\nGruß R. Albers",
        lab(promised_date="2026-12-10", note="'geht morgen raus' (goes out tomorrow) is a promise"),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Claire Vasseur", "c.vasseur@hotel-lesremparts.example"),
        "2026-12-02 10:15 +0100",
        "outlook_html",
        "Bonjour,\n\nLe règlement de la facture GB26-41511 est programmé pour le 15 décembre, lors de notre prochaine campagne de paiements fournisseurs.\n\nCordialement,\n\nClaire Vasseur\nResponsable administrative\nHôtel Les Remparts ****\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        lab(("GB26-41511",), promised_date="2026-12-15"),
        inv="GB26-41511",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Rocío", "rocio@cafeteriaelpatio.example"),
        "2026-11-24 16:40 +0100",
        "iphone",
        "Perdona, se me pasó por completo. Te lo pago el viernes sin falta 🙏",
        lab(promised_date="2026-11-27", note="'el viernes' after Tue 24 Nov"),
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        (
            "Comedores Escolares Altamira – Administración",
            "administracion@comedoresaltamira.example",
        ),
        "2026-12-04 13:02 +0100",
        "outlook",
        "Buenas tardes:\n\nLes confirmamos que la factura GB26-41602 está conformada y se abonará en la remesa de pagos del día 21 de diciembre.\n\nAtentamente,\n\nDepartamento de Administración\nComedores Escolares Altamira, S.L.\n\nEste mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su borrado.",
        lab(
            ("GB26-41602",),
            promised_date="2026-12-21",
            note="'está conformada' (approved) and paid in the run of the 21st: a promise",
        ),
        inv="GB26-41602",
        charset="iso-8859-1",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Bram Kuipers", "bram@lunchcafedekade.example"),
        "2026-12-08 15:30 +0100",
        "roundcube",
        "Hallo,\n\nIk betaal zodra het geld van de kerstcatering binnen is, uiterlijk vrijdag 18 december.\n\nGroet,\nBram\n-- \nLunchcafé De Kade | Kadestraat 3",
        lab(
            promised_date="2026-12-18",
            note="event promise with a latest date: the date is labelled",
        ),
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("Crediteurenadministratie Hotel Duinzicht", "crediteuren@hotelduinzicht.example"),
        "2026-11-26 11:10 +0100",
        "outlook",
        "Goedemorgen,\n\nDe factuur is goedgekeurd en gaat mee in de betaalrun van volgende week dinsdag.\n\nMet vriendelijke groet,\n\nIngrid Bos\nCrediteurenadministratie\nHotel Duinzicht B.V.",
        lab(promised_date="2026-12-01", note="'volgende week dinsdag' → Tuesday of next week"),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Marchetti", "giulia@pasticceriailglicine.example"),
        "2026-12-03 17:44 +0100",
        "gmail",
        "Buonasera,\n\nvi pago lunedì, appena mi accreditano gli incassi del POS. Scusate il ritardo.\n\nGiulia\nPasticceria Il Glicine",
        lab(
            promised_date="2026-12-07",
            note="event promise tied to a named day (Thu 3 Dec → Mon 7 Dec)",
        ),
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Lorenza Pini", "amministrazione@hotelbelvedere-arco.example"),
        "2026-11-23 12:30 +0100",
        "owa",
        "Buongiorno,\n\nprovvederemo al saldo entro fine mese.\n\nCordiali saluti\nLorenza Pini\nAmministrazione – Hotel Belvedere",
        lab(promised_date="2026-11-30", note="'entro fine mese' → last day of the month"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Gemma Hartley", "gemma@cornerstonecafe.example"),
        "2026-11-23 10:02 +0000",
        "outlook",
        "Hello,\n\nWe have NOT paid this because the goods never arrived. The order for Friday 16 October (40 bloomers, 6 trays of croissants) didn’t turn up and we ended up buying bread from the cash & carry. I rang your office that morning and was told it would be credited.\n\nPlease cancel GB26-40672 or send us a credit note.\n\nGemma Hartley\nCornerstone Café",
        lab(
            ("GB26-40672",),
            note="negated payment with the reason: the goods never arrived; Windows-1252 apostrophe in a part labelled ISO-8859-1",
        ),
        inv="GB26-40672",
        charset="latin1-lie",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Marlowe House Hotel – Accounts Payable", "payables@marlowehousehotel.example"),
        "2026-11-25 15:36 +0000",
        "outlook_html",
        "Good afternoon,\n\nGB26-40810 was paid on 20 November (our ref. MHH-55120).\n\nGB26-40835 however is not correct. We were charged for 40 sourdough loaves on the delivery of 12 October but only 24 arrived – the driver's note was signed for 24. Please issue a credit note for the 16 missing loaves and we will settle the balance.\n\nRegards,\n\nTamsin Greaves\nAccounts Payable\nMarlowe House Hotel\n\nMarlowe House Hotel Ltd is registered in England & Wales. This message may contain confidential information. If you are not the intended recipient please delete it and notify the sender.",
        lab(
            ("GB26-40810", "GB26-40835"),
            note="one invoice paid, the other short-delivered: dispute wins for the disputed part; the payment fields are not labelled",
        ),
        inv="GB26-40835",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Neil Garside", "neil@garsidesfoodstores.example"),
        "2026-12-08 08:47 +0000",
        "gmail",
        "Morning,\n\nThe invoice has the all-butter croissants at £0.62 each. Our agreed price since September is £0.54, confirmed by Rachel in your sales team. That's £38.40 over across the 480 we took.\n\nI'll pay as soon as you reissue it at the contract price.\n\nNeil Garside\nStore Manager, Garside's Food Stores",
        lab(note="contract-price disagreement; payment is conditional on a corrected invoice"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Birgit Lohmann", "b.lohmann@lohmann-partyservice.example"),
        "2026-11-27 11:20 +0100",
        "outlook_html",
        "Guten Tag,\n\ndie 300 Laugenbrötchen, die am 20.10. geliefert wurden, waren bei Anlieferung bereits schimmelig (Foto anbei). Wir haben die Ware nicht verwendet und Ihren Fahrer noch am selben Tag informiert.\n\nDiesen Posten werden wir nicht bezahlen. Bitte schicken Sie uns eine Gutschrift.\n\nMit freundlichen Grüßen\nBirgit Lohmann\nLohmann Partyservice GmbH",
        lab(note="spoiled goods, photo attached"),
        attach=("IMG_4471.jpg", "image/jpeg", TINY_JPEG),
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Mensa Gesamtschule Am Rosengarten", "mensa@gs-rosengarten.example"),
        "2026-12-01 13:15 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nauf der Rechnung GB26-41288 berechnen Sie uns 24 Pfandkisten zu je 6,50 EUR. Alle Kisten wurden Ihrem Fahrer bei den Lieferungen im Oktober zurückgegeben, die Rückgabe ist auf den Lieferscheinen quittiert.\n\nWir bitten um Korrektur der Rechnung. Den übrigen Betrag überweisen wir nach Erhalt der korrigierten Rechnung.\n\nMit freundlichen Grüßen\nHeike Brandt\nMensaleitung",
        lab(
            ("GB26-41288",),
            note="school canteen charged a deposit for returned crates; payment of the rest is conditional",
        ),
        inv="GB26-41288",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Hôtel du Lac – Comptabilité", "comptabilite@hoteldulac-vallon.example"),
        "2026-11-30 16:02 +0100",
        "outlook",
        "Bonjour,\n\nNous avons été facturés deux fois pour la même livraison du 9 octobre : factures GB26-40701 et GB26-40719. La première a été réglée le 6 novembre, la seconde est un doublon.\n\nMerci de l'annuler et de nous adresser un avoir.\n\nCordialement,\nService comptabilité\nHôtel du Lac",
        lab(
            ("GB26-40701", "GB26-40719"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
        inv="GB26-40719",
        charset="windows-1252",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Julien Marais", "julien@lecomptoirdumarche.example"),
        "2026-12-09 12:10 +0100",
        "gmail",
        "Bonjour,\n\nJe ne paierai pas cette facture tant que l'avoir promis par votre commercial pour les baguettes brûlées du 2 novembre n'aura pas été déduit. Il m'avait dit que ce serait fait sur la facture suivante.\n\nJulien\nLe Comptoir du Marché",
        lab(note="refuses to pay until a promised credit note is deducted"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Supermercados Olmedo – Cuentas a pagar", "cuentasapagar@supermercadosolmedo.example"),
        "2026-12-02 10:40 +0100",
        "outlook_html",
        "Buenos días:\n\nNo hemos pagado la factura GB26-41190 porque la mercancía del 21 de octubre llegó a las 11:40, fuera del horario de recepción de la tienda, y el encargado la rechazó. Consta así en el albarán firmado.\n\nSolicitamos la anulación de la factura.\n\nSaludos cordiales,\n\nAlberto Sanz\nCuentas a pagar – Supermercados Olmedo",
        lab(("GB26-41190",), note="negated payment with the reason: the delivery was refused"),
        inv="GB26-41190",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Petra de Wit", "p.dewit@hoteldeheerlijkheid.example"),
        "2026-12-10 09:25 +0100",
        "outlook_html",
        "Goedemorgen,\n\nOp factuur GB26-41530 staat per levering een bezorgtoeslag van € 35,00. Die toeslag is nooit met ons afgesproken; in onze overeenkomst staat gratis bezorging vanaf € 150 per levering.\n\nWij betalen het factuurbedrag minus de toeslagen zodra we een gecorrigeerde factuur hebben.\n\nMet vriendelijke groet,\n\nPetra de Wit\nInkoop & administratie\nHotel De Heerlijkheid",
        lab(("GB26-41530",), note="delivery surcharge never agreed; part payment is conditional"),
        inv="GB26-41530",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Fleur", "fleur@taartenenthee.example"),
        "2026-11-24 21:05 +0100",
        "iphone",
        "Hoi, van die levering waren 8 van de 12 appeltaarten kapot, ingedeukte dozen. Heb foto's aan jullie chauffeur laten zien. Die betaal ik dus niet, stuur maar een nieuwe factuur zonder die taarten.\nFleur",
        lab(note="damaged goods; the reissue asked for leaves the damaged items out, so dispute"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Comune di Valmarena – Servizio Refezione", "refezione@comune-valmarena.example"),
        "2026-11-26 12:15 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura GB26-40977 non è corretta: il pane fresco è stato fatturato con IVA al 10% anziché al 4%. Si chiede pertanto l'emissione di una nota di credito e di una nuova fattura con l'aliquota corretta.\n\nFino ad allora la fattura non potrà essere liquidata.\n\nDistinti saluti\nUfficio Servizio Refezione Scolastica\nComune di Valmarena",
        lab(
            ("GB26-40977",),
            note="wrong VAT rate: the amount is contested, so dispute rather than invoice_request",
        ),
        inv="GB26-40977",
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Davide Conti", "davide.conti@hotelilfaro.example"),
        "2026-12-11 10:50 +0100",
        "gmail",
        "Buongiorno,\n\nabbiamo pagato solo una parte della fattura: 20 cornetti della consegna del 3 novembre erano schiacciati e li abbiamo restituiti al vostro autista. Il resto l'abbiamo saldato ieri con bonifico.\n\nAttendiamo la nota di credito per i cornetti resi.\n\nDavide Conti\nHotel Il Faro",
        lab(note="part paid, part disputed: dispute wins; the payment fields are not labelled"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Marcus Reid", "marcus@thesteamroomcafe.example"),
        "2026-12-02 11:30 +0000",
        "iphone_html",
        "Hi, things are tight after the roadworks outside shut us for 3 weeks. Could we pay this off at £150 a week until it's cleared? First one this Friday if that works for you.\n\nMarcus\nThe Steam Room",
        lab(note="weekly instalments proposed; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Hollie Dunn", "hollie@dunnandco-catering.example"),
        "2026-11-30 13:14 +0000",
        "gmail",
        "Hello,\n\nWe've had two large events cancelled at short notice and we're still waiting for the venue deposits to come back. Can we pay half now and the other half in mid-January?\n\nSorry to ask – we've always paid on time before.\n\nHollie Dunn\nDunn & Co. Catering",
        lab(note="half now and the rest later: payment_plan"),
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Graham Fielding", "g.fielding@st-aidans-school.example"),
        "2026-12-14 09:40 +0000",
        "outlook",
        "Dear Sir or Madam,\n\nIs it possible to spread the £2,340.00 over three monthly payments? Our catering budget is allocated monthly and this invoice would take us over for December.\n\nIf so, please let me know what you need from us to set it up.\n\nRegards\n\nGraham Fielding\nSchool Business Manager\nSt Aidan's Primary School",
        lab(note="a question asking for instalments is a payment_plan request"),
        amount="2340.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Markus Eberle", "verwaltung@hotel-sonnhalde.example"),
        "2026-12-03 15:05 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\naufgrund der Renovierung unseres Restaurants ist unsere Liquidität derzeit angespannt. Wir schlagen vor, den offenen Betrag von 3.840,00 € in vier Monatsraten zu je 960,00 € zu begleichen, beginnend am 15.12.2026.\n\nBitte bestätigen Sie uns kurz, ob Sie einverstanden sind.\n\nMit freundlichen Grüßen\n\nMarkus Eberle\nVerwaltung\nHotel Sonnhalde",
        lab(note="four monthly instalments; plan dates and amounts are not labelled"),
        amount="3840.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Lena Körber", "lena@kaffeeklatsch-koerber.example"),
        "2026-12-16 20:11 +0100",
        "gmail_plain",
        "Hallo, kann ich das in zwei Teilen zahlen? Die Hälfte jetzt, den Rest Anfang Januar. Danke & LG Lena",
        lab(note="half now, the rest in early January"),
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Nicolas Berthier", "n.berthier@berthier-receptions.example"),
        "2026-11-27 10:28 +0100",
        "outlook_html",
        "Bonjour,\n\nSuite à l'annulation de plusieurs prestations de fin d'année, serait-il possible d'échelonner le règlement de cette facture en trois fois (décembre, janvier et février) ?\n\nDans l'attente de votre retour,\n\nNicolas Berthier\nGérant – Berthier Réceptions",
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Karim Haddad", "karim@epicerie-dubeffroi.example"),
        "2026-12-07 19:50 +0100",
        "iphone",
        "Bonsoir, je vous propose de payer 200 € chaque vendredi jusqu'à ce que ce soit soldé. Ça vous va ?\nKarim",
        lab(note="weekly instalments; French reply to an English reminder"),
        rlang="en",
        currency="EUR",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Hotel Miramar Norte – Administración", "admin@hotelmiramarnorte.example"),
        "2026-12-01 12:20 +0100",
        "outlook",
        "Buenos días:\n\nLes proponemos abonar el importe pendiente en dos plazos: el 50 % el 15 de diciembre y el resto el 15 de enero.\n\nQuedamos a la espera de su conformidad.\n\nUn saludo,\nMarisa Ortega\nAdministración",
        lab(note="two dated instalments: a plan, not a promise of the whole amount"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Toni Ferrer", "toni.cafebar@gmail.com"),
        "2026-12-17 22:15 +0100",
        "galaxy",
        "¿Puedo pagarlo en tres veces? Ahora mismo no llego, en enero se normaliza.",
        lab(note="Spanish text from a phone with an English interface"),
        loc="en",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Jeroen van Loon", "administratie@supermarktvanloon.example"),
        "2026-12-09 14:45 +0100",
        "owa",
        "Beste,\n\nKunnen we een betalingsregeling treffen voor deze factuur? Wij stellen voor het bedrag in drie gelijke termijnen te betalen, de eerste nog deze maand.\n\nMet vriendelijke groet,\n\nJeroen van Loon\nSupermarkt Van Loon",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Sara Lombardi", "sara@barlapiazzetta.example"),
        "2026-11-25 18:30 +0100",
        "galaxy",
        "Buonasera,\n\npossiamo rateizzare? Vi posso dare 300 euro al mese finché non è saldato, a partire da dicembre.\n\nGrazie\nSara – Bar La Piazzetta",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Anna Ferrante", "amministrazione@ricevimentiferrante.example"),
        "2026-12-04 09:15 +0100",
        "outlook_html",
        "Buongiorno,\n\nin considerazione del periodo, vi proponiamo il seguente piano di rientro: metà dell'importo entro il 18 dicembre e il saldo entro il 29 gennaio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nAnna Ferrante\nRicevimenti Ferrante srl",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Accounts Payable | Ellingham Spa Hotel", "ap@ellinghamspahotel.example"),
        "2026-11-23 11:47 +0000",
        "outlook_html",
        "Hello,\n\nWe don't have this invoice on our system. Please send a copy with our purchase order number 4500223187 shown on it – our system rejects invoices without a PO.\n\nMany thanks,\n\nLauren Pike\nPurchase Ledger\nEllingham Spa Hotel\n\nPlease consider the environment before printing this email.",
        lab(note="a copy with a PO number; the amount is not contested"),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Imogen Clarke", "imogen@foxgloveandfern.example"),
        "2026-12-01 16:03 +0000",
        "apple",
        "Hi,\n\nI don't recognise this amount – we normally spend about half that a month with you. Which deliveries does it cover? Could you send me the invoice with the delivery dates on it?\n\nThanks,\nImogen\nFoxglove & Fern",
        lab(
            note="asks which deliveries are billed and for the detail: invoice_request, nothing is contested yet; could be read as the start of a dispute"
        ),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Priya Nair", "p.nair@northfieldschools.example"),
        "2026-12-10 10:05 +0000",
        "outlook",
        "Good morning,\n\nCould you please send us a statement of account covering all four of our school kitchens, together with copies of the signed delivery notes for October? We need them to reconcile before the end of term.\n\nKind regards\n\nPriya Nair\nFinance Officer\nNorthfield Schools Partnership",
        lab(note="statement of account and delivery notes"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Johanna Wendt", "info@cafe-wendt.example"),
        "2026-12-02 08:40 +0100",
        "gmail",
        "Guten Morgen,\n\ndie Rechnung GB26-41305 ist bei uns nie angekommen. Können Sie sie uns bitte noch einmal als PDF schicken?\n\nDanke und viele Grüße\nJohanna Wendt\nCafé Wendt",
        lab(("GB26-41305",)),
        inv="GB26-41305",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Jörg Petersen", "j.petersen@schulverpflegung-nord.example"),
        "2026-11-30 14:00 +0100",
        "outlook",
        "Hallo,\n\nkönnen Sie uns bitte die Lieferscheine zu dieser Rechnung schicken? Unsere Schulküchen finden sie nicht, und ohne Lieferscheine kann die Rechnung nicht freigegeben werden.\n\nGruß\nJörg Petersen\nSchulverpflegung Kreis Nord",
        lab(note="old client: 8-bit Latin-1 body labelled us-ascii"),
        charset="ascii-lie",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Aurélie Chaput", "direction@hoteldestilleuls.example"),
        "2026-12-07 11:35 +0100",
        "outlook_html",
        "Bonjour,\n\nPouvez-vous nous renvoyer cette facture au nom de la SAS Hôtel des Tilleuls, et non de l'ancien exploitant, en y faisant figurer notre numéro de TVA intracommunautaire FR 00 123456789 ? Le montant n'est pas en cause, notre expert-comptable ne peut simplement pas l'enregistrer en l'état.\n\nMerci d'avance,\n\nAurélie Chaput\nDirection – Hôtel des Tilleuls",
        lab(note="reissue to the right legal entity with a VAT number, amount not contested"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Manon Leroy", "manon@laptitecantine.example"),
        "2026-11-25 13:25 +0100",
        "iphone",
        "Bonjour, je ne retrouve pas cette facture, vous pouvez me la renvoyer ? Merci\nManon",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Pilar Navarro", "pilar@cafeteriaelmirador.example"),
        "2026-12-11 17:02 +0100",
        "apple",
        "Hola,\n\n¿Me podéis mandar un extracto de cuenta con todas las facturas pendientes? Es para cuadrarlo con la gestoría antes de fin de año.\n\nGracias,\nPilar",
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("CEIP Los Almendros – Secretaría", "secretaria@ceiplosalmendros.example"),
        "2026-12-15 10:20 +0100",
        "outlook",
        "Buenos días:\n\nPara poder tramitar el pago del comedor necesitamos que la factura se presente en formato electrónico a través de FACe, indicando los códigos DIR3 del centro (oficina contable, órgano gestor y unidad tramitadora). La factura en papel o en PDF no se puede tramitar.\n\nUn saludo,\nSecretaría del CEIP Los Almendros",
        lab(
            note="school canteen: the invoice must be resubmitted through the public e-invoicing hub"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne Hendriks", "s.hendriks@grandcafedehaven.example"),
        "2026-11-26 08:15 +0100",
        "outlook_android",
        "Goedemorgen, kunt u de factuur opnieuw sturen met ons inkoopordernummer PO-77310 erop? Zonder PO-nummer wordt hij automatisch afgekeurd door ons systeem.\n\nGroet, Sanne",
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Wim Jansen", "wim@broodjesbarjansen.example"),
        "2026-12-16 11:42 +0100",
        "thunderbird_html",
        "Goedemiddag,\n\nIk kan deze factuur niet thuisbrengen. Kunt u de pakbonnen meesturen van de leveringen die erop staan?\n\nMet vriendelijke groet,\nWim Jansen\nBroodjesbar Jansen",
        lab(note="cannot place the invoice and asks for the delivery notes: invoice_request"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Ufficio acquisti – Hotel Dolomiti Blu", "acquisti@hoteldolomitiblu.example"),
        "2026-12-03 09:55 +0100",
        "gmail",
        "Buongiorno,\n\npotete inviarci copia della fattura GB26-41422? Non ci risulta pervenuta tramite SDI.\n\nGrazie e buona giornata\nUfficio acquisti\nHotel Dolomiti Blu",
        lab(("GB26-41422",)),
        inv="GB26-41422",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jamie Holt", "jamie.holt@thequaysidehotel.example"),
        "2026-11-24 15:48 +0000",
        "iphone",
        "I'm the head chef, I don't deal with invoices. Send it to our accounts team at payables@thequaysidehotel.example\n\nJamie",
        lab(new_contact="payables@thequaysidehotel.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Tessa Morgan", "tessamorgan.bakes@gmail.com"),
        "2026-11-27 12:30 +0000",
        "gmail",
        "Hi,\n\nI sold the café last month and the new owners took the account over with it, so please contact them instead: Accounts@BeanAndBloomCafe.example\n\nAll the best,\nTessa",
        lab(
            new_contact="accounts@beanandbloomcafe.example",
            note="address written in mixed case, labelled in lower case; free-mail persona",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Alan Briggs", "alan.briggs1958@gmail.com"),
        "2026-12-04 19:12 +0000",
        "gmail_bottom",
        "I think you have the wrong email address. I'm a retired teacher, I've never run a café or ordered anything from a bakery.\n\nAlan Briggs",
        lab(note="wrong recipient altogether, no new address; bottom-posted"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Thomas Reuter", "t.reuter@hotel-kastanienhof.example"),
        "2026-12-08 10:40 +0100",
        "owa",
        "Guten Tag,\n\nich bin seit dem 1. November nicht mehr im Haus tätig. Für Rechnungen ist jetzt Frau Kessler zuständig: a.kessler@hotel-kastanienhof.example\n\nFreundliche Grüße\nThomas Reuter",
        lab(
            new_contact="a.kessler@hotel-kastanienhof.example",
            note="German reply to an English reminder",
        ),
        rlang="en",
        currency="EUR",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Pascal Giraud", "cuisine.centrale@montreval.example"),
        "2026-11-30 09:12 +0100",
        "outlook",
        "Bonjour,\n\nVous écrivez à la cuisine centrale, nous ne gérons pas les paiements. Les factures de la restauration scolaire sont traitées par le service finances de la mairie : finances.restauration@montreval.example\n\nCordialement,\nPascal Giraud\nChef de cuisine",
        lab(
            new_contact="finances.restauration@montreval.example",
            note="school catering: the town hall pays",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Élodie Garnier", "elodie@lafabriqueacafe.example"),
        "2026-12-14 15:20 +0100",
        "gmail",
        "Bonjour,\n\nJe mets en copie notre cabinet comptable, qui gère désormais nos règlements fournisseurs. Merci de lui adresser vos relances à l'avenir : Cabinet.Morel@Morel-Expertise.example\n\nBonne journée,\nÉlodie Garnier\nLa Fabrique à Café",
        lab(
            new_contact="cabinet.morel@morel-expertise.example",
            note="address in mixed case and copied in Cc, labelled in lower case",
        ),
        headers=(("Cc", "Cabinet Morel <Cabinet.Morel@Morel-Expertise.example>"),),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Laura Gil", "laura.gil@hotelsolymar.example"),
        "2026-12-03 12:15 +0100",
        "gmail_plain",
        "Ya no trabajo en el hotel desde octubre. Escriban a administracion@hotelsolymar.example, allí les atenderán.\nLaura",
        lab(new_contact="administracion@hotelsolymar.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Trigo Limpio Cafetería", "pedidos@trigolimpio-cafe.example"),
        "2026-11-25 06:50 +0100",
        "auto",
        "Este buzón ya no está activo y los mensajes que recibe no se leen.\n\nPara facturas, pagos y reclamaciones escriba a contabilidad@trigolimpio-cafe.example. Para pedidos, utilice la aplicación de pedidos.\n\nGracias.",
        lab(
            new_contact="contabilidad@trigolimpio-cafe.example",
            note="automatic 'mailbox no longer active' notice naming the new address: wrong_contact (holdout2 README rule)",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Mark Dekker", "filiaal12@buurtsuperdenhoorn.example"),
        "2026-12-02 13:20 +0100",
        "outlook_html",
        "Goedemiddag,\n\nU mailt naar de filiaalmanager van vestiging 12. Facturen en betalingen lopen via ons hoofdkantoor: crediteurenadministratie@buurtsuperdenhoorn.example. Ik heb uw mail niet doorgestuurd.\n\nMet vriendelijke groet,\nMark Dekker\nFiliaalmanager Buurtsuper Den Hoorn – vestiging 12",
        lab(
            new_contact="crediteurenadministratie@buurtsuperdenhoorn.example",
            note="supermarket branch; head office pays",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Eva Postma", "eva@eetcafehetanker.example"),
        "2026-12-17 10:05 +0100",
        "gmail_forward",
        "Hoi Marco,\n\nZie hieronder, kun jij dit oppakken? Ik heb Granary in de cc gezet.\n\n@Granary: Marco Smit doet voortaan onze administratie. Wilt u herinneringen en facturen voortaan naar hem sturen (marco@smitadministratie.example)?\n\nGroet,\nEva",
        lab(
            new_contact="marco@smitadministratie.example",
            note="the reminder forwarded to the bookkeeper with receivables in Cc",
        ),
        to="Marco Smit <marco@smitadministratie.example>",
        headers=(("Cc", "Granary Receivables <receivables@granary-wholesale.example>"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Paola Ferri", "p.ferri@studioferri-consulenze.example"),
        "2026-11-26 10:30 +0100",
        "gmail_plain",
        "Buongiorno,\n\nlo Studio non segue più la contabilità del Bar Centrale da ottobre. Vi prego di scrivere direttamente al titolare, sig. Nardi: nardi.barcentrale@gmail.com\n\nCordiali saluti\nPaola Ferri\nStudio Ferri Consulenze",
        lab(
            new_contact="nardi.barcentrale@gmail.com",
            note="the former accountant names the owner's free-mail address",
        ),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Luca Bruni", "cucina@hotellestelle.example"),
        "2026-12-10 14:35 +0100",
        "iphone",
        "Questa è la mail della cucina, le fatture non passano da qui. Scrivete all'ufficio acquisti: acquisti@hotellestelle.example\nLuca",
        lab(new_contact="acquisti@hotellestelle.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Debbie Walsh", "debbie@teaandtoast-cafe.example"),
        "2026-11-23 16:10 +0000",
        "outlook_html_only",
        "Please remove this address from your mailing list.\n\nD. Walsh",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Chris Moran", "chris@moransdeli.example"),
        "2026-12-07 09:35 +0000",
        "gmail",
        "We paid this on Friday. Please stop sending these automated emails, it's the third one this week and it's getting ridiculous.\n\nChris Moran\nMoran's Deli & Café",
        lab(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; no paid_date labelled"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Frank Ellis", "frank@ellisfoodhall.example"),
        "2026-12-15 07:05 +0000",
        "gmail_plain",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Kurt Wagner", "k.wagner@wagner-feinkostmarkt.example"),
        "2026-11-26 16:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie diese E-Mail-Adresse aus Ihrem Verteiler. Schriftverkehr zu Rechnungen bitte ausschließlich per Post an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nKurt Wagner\nWagner Feinkost & Markt",
        lab(note="'post only' → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Nina Brauer", "nina@eiscafe-brauer.example"),
        "2026-12-11 23:12 +0100",
        "iphone",
        "Abmelden",
        lab(note="one word"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Isabelle Moreau", "isabelle.moreau.perso@gmail.com"),
        "2026-12-02 21:05 +0100",
        "apple",
        "Bonsoir,\n\nMerci de ne plus envoyer ces relances sur mon adresse personnelle. La facture a été réglée par la comptabilité du restaurant scolaire, et je ne souhaite plus être contactée ici.\n\nIsabelle Moreau",
        lab(note="stop request plus a payment claim: unsubscribe wins; no new address given"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manolo Prieto", "manolo@barelcruce.example"),
        "2026-11-27 13:40 +0100",
        "iphone",
        "Dejen de mandarme correos. El pan de la última semana llegó duro y ya se lo dije al repartidor, no pienso pagar eso.",
        lab(note="stop request plus a complaint: unsubscribe beats dispute"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Cafetería Nube", "hola@cafeterianube.example"),
        "2026-12-16 12:00 +0100",
        "thunderbird",
        "Por favor, darme de baja de esta lista de correo.\n\nGracias.",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Linda Smits", "linda@hotelaandegracht.example"),
        "2026-12-01 10:22 +0100",
        "owa",
        "Graag dit e-mailadres uitschrijven voor deze berichten.\n\nLinda Smits",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Koen de Graaf", "koen@snackbardemolen.example"),
        "2026-12-09 17:50 +0100",
        "gmail_plain",
        "Haal ons van jullie mailinglijst af aub, we nemen sinds september niks meer bij jullie af.",
        lab(note="stop request from a former customer"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Supermercato Il Melograno – Direzione", "direzione@supermercatoilmelograno.example"),
        "2026-11-24 12:50 +0100",
        "outlook",
        "Buongiorno,\n\nvi chiediamo di non inviare più solleciti a questo indirizzo di posta elettronica. Per le comunicazioni ufficiali utilizzate esclusivamente la nostra casella PEC, che trovate nella visura camerale.\n\nDistinti saluti\nLa Direzione",
        lab(
            note="official mail only by certified e-mail (PEC), no address given: unsubscribe, like 'post only'"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Chiara Esposito", "chiara@caffetteriailportico.example"),
        "2026-12-18 08:20 +0100",
        "iphone",
        "Cancellatemi dalla mailing list, grazie.",
    ),
]

SCHOOL_CLOSED_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Thank you for your message.</p>
<p>The school is now closed for the Christmas holidays and reopens on <b>Monday 4 January 2027</b>. This mailbox will not be checked during the closure.</p>
<p>Merry Christmas and a happy New Year from everyone at Oakridge Primary School.</p>
<p style="color:#1f5f3a"><b>Oakridge Primary School</b><br>School Office</p>
</div></body></html>
"""

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Helen Forsyth", "h.forsyth@pennywellhotel.example"),
        "2026-11-27 08:05 +0000",
        "auto",
        "Thank you for your email. I am out of the office until Wednesday 2 December with limited access to email. For anything urgent please call reception.\n\nHelen Forsyth\nFinance Manager, Pennywell Hotel",
        lab(return_date="2026-12-02", note="'until X' → X itself (date policy)"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Seabright Hotels Accounts Payable", "apsupport@seabrighthotels.example"),
        "2026-12-08 06:51 +0000",
        "auto",
        "Hello,\n\nThank you for contacting Seabright Hotels Accounts Payable. Your query has been logged as case AP-0093341.\n\nWe aim to respond to all supplier queries within 5 working days. Please keep the case number in the subject line of any further emails about this matter.\n\nSeabright Hotels – Shared Services",
        lab(note="ticket acknowledgement, no return date"),
        subject="[AP-0093341] We've received your email",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Oakridge Primary School Office", "office@oakridgeprimary.example"),
        "2026-12-18 15:30 +0000",
        "auto_html",
        SCHOOL_CLOSED_HTML,
        lab(
            return_date="2027-01-04",
            note="school holiday closure, HTML only; the reopening day is the return date",
        ),
        subject="Out of Office: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Sabine Keller", "s.keller@keller-gastroservice.example"),
        "2026-12-01 09:03 +0100",
        "auto",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4.12., nicht im Büro. Ab Montag, 7.12., bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Selin Yilmaz (s.yilmaz@keller-gastroservice.example).\n\nSabine Keller\nKeller Gastro-Service",
        lab(
            return_date="2026-12-07",
            note="the stated day back wins over 'bis einschließlich'; the colleague's address does not set new_contact",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Buchhaltung Hotel Alpenrose", "buchhaltung@hotel-alpenrose-tal.example"),
        "2026-11-30 07:12 +0100",
        "auto",
        "Guten Tag,\n\nIhre E-Mail ist bei uns eingegangen und wird von unserer Buchhaltung bearbeitet. Bitte haben Sie Verständnis, dass die Bearbeitung bis zu drei Werktage dauern kann.\n\nDies ist eine automatisch erzeugte Nachricht.\n\nHotel Alpenrose",
        lab(note="receipt acknowledgement, no return date"),
        subject="Eingangsbestätigung: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Chloé Lambert", "chloe.lambert@traiteur-lambert.example"),
        "2026-11-24 07:40 +0100",
        "auto",
        "Bonjour,\n\nJe suis en congés et serai de retour le mardi 1er décembre. Votre message ne sera pas transféré.\n\nPour toute urgence concernant les commandes, merci d'appeler l'atelier.\n\nChloé Lambert\nTraiteur Lambert",
        lab(return_date="2026-12-01"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        cte="b64",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Sophie Renaud", "compta@hotelbellevue-plage.example"),
        "2026-12-08 06:44 +0100",
        "auto",
        "Bonjour,\n\nJe suis absente du 7 au 11 décembre inclus. Votre message sera traité à mon retour.\n\nCordialement,\nSophie Renaud\nComptabilité – Hôtel Bellevue",
        lab(
            return_date="2026-12-11",
            note="'du 7 au 11 décembre inclus' with no day back: the end date itself, as for 'until X' (date policy); a webmail vacation responder with its own subject",
        ),
        subject="Absente du 7 au 11 décembre",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Javier Molina", "jmolina@supermercadosmolina.example"),
        "2026-12-09 08:10 +0100",
        "auto",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo.\n\nPara asuntos urgentes de pagos a proveedores, llamen a la centralita.\n\nJavier Molina\nSupermercados Molina",
        lab(return_date="2026-12-14", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Verhoeven", "j.verhoeven@cateringverhoeven.example"),
        "2026-11-25 11:02 +0100",
        "auto",
        "Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 27 november en weer aanwezig op maandag 30 november. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nJoost Verhoeven\nCatering Verhoeven",
        lab(return_date="2026-11-30", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Crediteuren FreshPoint Supermarkten", "facturen@freshpoint-supermarkten.example"),
        "2026-12-14 00:03 +0100",
        "auto",
        "Geachte leverancier,\n\nBedankt voor uw e-mail. Facturen, herinneringen en vragen over betalingen worden uitsluitend behandeld via ons leveranciersportaal. Berichten aan dit adres worden niet gelezen.\n\nMet vriendelijke groet,\nCrediteurenadministratie FreshPoint Supermarkten",
        lab(
            note="automatic supplier-portal notice; no e-mail address is named, so not wrong_contact"
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Roberto Gallo", "roberto@gallobanqueting.example"),
        "2026-11-23 09:30 +0100",
        "auto",
        "Sono fuori ufficio fino a venerdì 27 novembre, con accesso limitato alla posta. Risponderò al mio rientro.\n\nRoberto Gallo\nGallo Banqueting",
        lab(return_date="2026-11-27", note="'fino a X' → X itself"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Cooperativa Il Girasole", "info@coopilgirasole.example"),
        "2026-12-17 12:40 +0100",
        "auto",
        "Gentile mittente,\n\ngli uffici della cooperativa resteranno chiusi dal 24 dicembre al 6 gennaio. Riprenderemo l'attività giovedì 7 gennaio 2027.\n\nLe richieste ricevute durante la chiusura saranno evase in ordine di arrivo.\n\nCooperativa Il Girasole\nRistorazione scolastica",
        lab(
            return_date="2027-01-07",
            note="holiday closure; the stated day back wins over 'al 6 gennaio'",
        ),
        subject="Risposta automatica: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Kestrel Bay Hotel Accounts", "accounts@kestre1bayhotel.example"),
        "2026-12-03 04:12 +0000",
        "outlook_html",
        "Dear Supplier,\n\nPlease be advised that our accounts payable department has migrated to a new system. Kindly redirect all future statements, invoices and reminders to kestrelbay.accounts.dept@gmail.com with immediate effect.\n\nAs part of this update we also need you to re-confirm your bank details on company letterhead before any further payments can be released. Outstanding invoices are on hold until we receive this.\n\nKind regards,\n\nAccounts Department\nKestrel Bay Hotel",
        lab(
            note="phishing-like: look-alike sender domain (digit 1 for l), redirect to a free-mail address and a bank-detail request; a person must verify by phone, so other rather than wrong_contact"
        ),
        quoted_to="accounts@kestrelbayhotel.example",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Ben Archer", "ben@archerscoffee-amsterdam.example"),
        "2026-11-25 17:10 +0100",
        "iphone",
        "Thanks for letting me know. I'll have a look tonight.\n\nBen",
        lab(
            note="acknowledgement without a commitment to pay; English reply to a Dutch reminder from an English-language phone"
        ),
        rlang="nl",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Lucy Hammond", "lucy@thesaltedcaramel.example"),
        "2026-11-30 11:48 +0000",
        "gmail",
        "Hi,\n\nI'm a bit confused – I thought we set up a direct debit with you back in the summer? Has it not been collecting? Nothing has gone out to Granary since August according to our bank.\n\nLucy",
        lab(
            note="question about a direct debit; no payment is claimed, a person checks the mandate"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Ralf Schütte", "r.schuette@schuette-kantinen.example"),
        "2026-12-07 08:30 +0100",
        "outlook",
        "Guten Morgen,\n\nwir haben letzte Woche ein Schreiben auf Ihrem Briefpapier erhalten, wonach sich Ihre Bankverbindung geändert hat (neue IBAN bei einer Bank in Litauen). Ist das korrekt? Bevor wir die offenen Rechnungen überweisen, möchten wir das bitte telefonisch mit Ihnen abklären.\n\nMit freundlichen Grüßen\nRalf Schütte\nSchütte Kantinen & Schulverpflegung GmbH",
        lab(
            note="the customer got a suspicious bank-change letter and asks before paying; a person must call back: other, not promise_to_pay"
        ),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Uwe Lindner", "uwe@bistro-bahnhof-west.example"),
        "2026-11-25 13:02 +0100",
        "gmail_plain",
        "Danke, ist angekommen. Gebe ich weiter.\nUwe",
        lab(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Sandrine Petit", "sandrine@salondethe-lacerise.example"),
        "2026-12-10 16:20 +0100",
        "gmail",
        "Bien reçu. Au passage, est-ce que vous livrez le 24 au matin ? Il nous faudrait 60 mini-viennoiseries et 10 pains de campagne en plus de la commande habituelle.\n\nSandrine\nSalon de thé La Cerise",
        lab(note="'bien reçu' plus an order question; nothing about paying"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Thierry Blanc", "thierry@brasserielegrandcerf.example"),
        "2026-12-16 14:05 +0100",
        "iphone",
        "Je suis en vacances jusqu'à la fin de la semaine, je regarde ça à mon retour.\nThierry",
        lab(
            note="written by a person on holiday, not an auto-reply; 'I'll look at it when I'm back' is no commitment to pay"
        ),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Beatriz Romero", "beatriz@cafeterialaalameda.example"),
        "2026-11-24 09:12 +0100",
        "outlook_android",
        "Recibido, gracias.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Fernando Ruiz", "fernando@cafeteriapolo.example"),
        "2026-12-14 18:40 +0100",
        "gmail_plain",
        "Buenas tardes,\n\nLes comunico que cerramos la cafetería a finales de octubre por jubilación. Ya no tenemos actividad.\n\nUn saludo,\nFernando Ruiz",
        lab(note="business closed; the owner writes himself, no new contact, nothing about paying"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Sem Bakker", "sem@koffiebarmokka.example"),
        "2026-12-04 10:55 +0100",
        "iphone",
        "Top, dank je!",
        lab(note="thanks only; not a payment claim"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Federica Russo", "f.russo@hotelsanmarco-lido.example"),
        "2026-12-01 12:05 +0100",
        "owa",
        "Ricevuto, giro all'amministrazione.\n\nFederica Russo\nReception – Hotel San Marco",
        lab(note="acknowledgement; forwarding internally names no new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Alessio Greco", "alessio@panineriagreco.example"),
        "2026-12-14 11:10 +0100",
        "gmail_plain",
        "Ciao, avete anche il pane di farro? Lo vorrei aggiungere all'ordine di giovedì.\nAlessio",
        lab(note="order question in the reminder thread"),
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
# Bounces: machine skeletons (delivery-status fields, returned messages) are generated; the
# human-readable notices are written out one by one.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Granary's server (delay reports come hours later)."""
        hours = 4 if self.kind == "soft" and self.status.startswith("4") else 0
        return self.dt - timedelta(hours=hours, minutes=2, seconds=17)

    @property
    def inv(self) -> str:
        return invoice_of(self.key)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    @property
    def local(self) -> str:
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def reminder_message(b: Bounce) -> Message:
    """The reminder exactly as Granary's dunning run sent it."""
    cents = 12000 + int.from_bytes(digest(b.key, "amount")[:3], "big") % 180000
    currency = "GBP" if b.rlang == "en" else "EUR"
    issued = (b.sent - timedelta(days=33)).replace(hour=0, minute=0, second=0)
    text = reminder_body(b.rlang, b.inv, f"{cents // 100}.{cents % 100:02d}", currency, issued)
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    return arrange(
        msg,
        [
            ("From", formataddr((AR_NAME, AR_ADDR))),
            ("To", b.rcpt),
            ("Subject", encode_header(b.subject, "utf-8", "q")),
            ("Date", format_datetime(b.sent)),
            ("Message-ID", reminder_msgid(b.key)),
            ("X-Mailer", "Granary Dunning 3.2"),
        ],
    )


def reminder_raw(b: Bounce) -> str:
    return reminder_message(b).as_bytes().decode("ascii")


def reminder_headers(b: Bounce) -> str:
    return reminder_raw(b).split("\n\n", 1)[0] + "\n"


def rfc822_headers_part(b: Bounce) -> Message:
    part = Message()
    part["Content-Type"] = "text/rfc822-headers"
    part.set_payload(reminder_headers(b))
    return part


def delivery_status(
    b: Bounce,
    reporting: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    received_from: str = "",
    diag_type: str = "smtp",
    retry_days: int = 5,
) -> Message:
    head = [f"Reporting-MTA: dns; {reporting}"]
    if received_from:
        head.append(f"Received-From-MTA: dns; {received_from}")
    head.append(f"Arrival-Date: {format_datetime(b.sent)}")
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return part


def returned_message(b: Bounce) -> Message:
    return rfc822_part(reminder_message(b))


def report(parts: list[Message]) -> Message:
    return multipart("report", parts, report_type="delivery-status")


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    host: str,
    extra: tuple[tuple[str, str], ...] = (),
    style: str = "bounce",
) -> Message:
    headers = [
        ("Return-Path", "<>"),
        ("Received", received(b.key, host, b.dt, 60 + digest(b.key, "ip")[0] % 120)),
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(subject, "utf-8", "q")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    arrange(msg, headers)
    set_boundaries(msg, b.key, style)
    return msg


def bounce_exim_failed(b: Bounce) -> Message:
    host = "smtp.granary-wholesale.example"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [198.51.100.61]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from dunning.granary-wholesale.example ([192.0.2.15])\n\tby {host} with esmtpsa (Exim 4.98)\n"
        f"\tid 1wB7cQ-0004Rt-1K\n\tfor {b.rcpt}; {format_datetime(b.sent)}\n" + reminder_raw(b)
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        host=host,
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mail.granary-wholesale.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.24 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Mailbox does not exist\n"
        "Giving up on 198.51.100.24.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 89); {format_datetime(b.sent)}\n" + reminder_raw(b)
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@{host}", "failure notice", host=host)


def bounce_sendmail_warning(b: Bounce) -> Message:
    host = "relay.granary-wholesale.example"
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from dunning.granary-wholesale.example [192.0.2.15]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n"
        ">>> RCPT To:<" + b.rcpt + ">\n"
        "<<< 421 4.4.1 Connection timed out, please try again later\n"
        f"<{b.rcpt}>... Deferred: 421 4.4.1 Connection timed out, please try again later\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            host,
            "delayed",
            "421 4.4.1 Connection timed out, please try again later",
            remote=f"mx.{b.domain}",
            received_from="dunning.granary-wholesale.example",
        ),
        rfc822_headers_part(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        "Warning: could not send message for past 4 hours",
        host=host,
    )


M365_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@granary-wholesale.example>"


def m365_notice(lines: list[str], title: str, charset: str = "utf-8") -> Message:
    """The newer Exchange Online NDR: a short plain part and a styled HTML part."""
    plain = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:16pt;color:#000000;font-weight:bold">{esc(title)}</p>'
        + "".join(f'<p style="font-size:11pt">{html_br(line)}</p>' for line in lines[1:])
        + "</div></body></html>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", charset, "qp"), text_part(markup, "html", charset, "qp")],
    )


def bounce_m365_de(b: Bounce) -> Message:
    server = "FR3P281MB2214.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    title = f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden."
    human = m365_notice(
        [
            title,
            f"{b.local} wurde bei {b.domain} nicht gefunden.",
            "Aktion erforderlich: Unbekannte An-Adresse",
            "So beheben Sie das Problem: Die Adresse ist eventuell falsch geschrieben, oder es gibt sie nicht mehr. Prüfen Sie die Adresse des Empfängers, oder erkundigen Sie sich auf anderem Weg nach seiner aktuellen E-Mail-Adresse, und senden Sie die Nachricht erneut.",
            f"Weitere Informationen für Administratoren\nGenerierender Server: {server}\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        title,
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_message(b)]
    return finish_bounce(
        b,
        report(parts),
        M365_SENDER,
        f"Unzustellbar: {b.subject}",
        host=server.lower(),
        style="owa",
    )


def bounce_relay_de(b: Bounce) -> Message:
    host = "relay02.hostnetz-mail.example"
    text = (
        f"Dies ist eine automatische Nachricht des Mailservers {host}.\n\n"
        "##############################################################\n"
        "#  DIES IST NUR EINE WARNUNG. SIE MÜSSEN NICHTS NEU SENDEN.  #\n"
        "##############################################################\n\n"
        "Ihre Nachricht konnte bisher nicht zugestellt werden. Der Zielserver war über mehrere Stunden nicht erreichbar. "
        "Wir versuchen die Zustellung weiter, bis die Nachricht 5 Tage alt ist.\n\n"
        f"<{b.rcpt}>: Verbindung zu mail.{b.domain}[198.51.100.90]:25 nach Zeitüberschreitung abgebrochen (4.4.1)\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            host,
            "delayed",
            f"connect to mail.{b.domain}[198.51.100.90]:25: Connection timed out",
            remote=f"mail.{b.domain}",
            diag_type="X-Postfix",
        ),
        rfc822_headers_part(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Verzögerte Zustellung: Ihre Nachricht wurde noch nicht zugestellt",
        host=host,
    )


def gmail_notice(lines: list[str]) -> Message:
    plain = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px;font-family:Roboto,Arial,sans-serif">'
        + "".join(
            f'<tr><td style="font-size:14px;padding-bottom:16px">{html_br(line)}</td></tr>'
            for line in lines
        )
        + "</table></body></html>\n"
    )
    return multipart(
        "alternative",
        [text_part(plain, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")],
    )


GMAIL_DAEMON = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def bounce_gmail_fr(b: Bounce) -> Message:
    diag = "550-5.2.1 The email account that you tried to reach is disabled."
    human = gmail_notice(
        [
            "** Message non distribué **",
            f"Votre message n'a pas pu être distribué à {b.rcpt}, car le compte de ce destinataire a été désactivé.",
            "En savoir plus : https://support.google.com/mail/?p=DisabledUser",
            "Réponse du serveur distant :",
            "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser a640c23a62f3a-ab7e2c1d5f0si2817745366b.412 - gsmtp",
        ]
    )
    parts = [
        human,
        delivery_status(b, "googlemail.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        rfc822_headers_part(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        GMAIL_DAEMON,
        "Delivery Status Notification (Failure)",
        host="mail-sor-f69.google.com",
        extra=(("X-Failed-Recipients", b.rcpt),),
        style="gmail",
    )


def bounce_hoster_fr(b: Bounce) -> Message:
    host = "mx-out.hebergeur-alize.example"
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie hebergeur-alize.example.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire ci-dessous, car sa boîte aux lettres est pleine :\n\n"
        f"    {b.rcpt}\n"
        "    Code retour : 452 4.2.2 Over quota\n\n"
        "Nous réessaierons automatiquement pendant 72 heures. Si la remise échoue définitivement, vous recevrez un nouvel avis.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nSubject: {fits(b.subject, 'iso-8859-1')}\n"
        f"Date: {format_datetime(b.sent)}\nMessage-ID: {reminder_msgid(b.key)}\n"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        f"Service de messagerie <postmaster@{host}>",
        "Message retardé : boîte aux lettres du destinataire pleine",
        host=host,
    )


def bounce_m365_es(b: Bounce) -> Message:
    server = "MAD1P195MB1187.EURP195.PROD.OUTLOOK.COM"
    diag = f"550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}] [{server}]"
    title = f"Tu mensaje para {b.rcpt} no se ha podido entregar."
    human = m365_notice(
        [
            title,
            f"No se ha encontrado el dominio {b.domain}.",
            "Acción necesaria: dominio del destinatario inexistente",
            "Cómo solucionarlo: es posible que el dominio esté mal escrito o que ya no exista. Comprueba la dirección del destinatario y vuelve a enviar el mensaje. Si el problema continúa, ponte en contacto con el destinatario por otro medio.",
            f"Más información para administradores\nServidor de generación: {server}\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        ],
        title,
    )
    parts = [human, delivery_status(b, server, "failed", diag), rfc822_headers_part(b)]
    return finish_bounce(
        b,
        report(parts),
        M365_SENDER,
        f"No se puede entregar: {b.subject}",
        host=server.lower(),
        style="owa",
    )


def bounce_greylist_es(b: Bounce) -> Message:
    host = "correo.alojamientosur.example"
    text = (
        f"Este es un mensaje automático del servidor {host}.\n\n"
        "Su mensaje todavía no se ha podido entregar a:\n\n"
        f"  {b.rcpt}\n\n"
        "El servidor de destino ha respondido:\n"
        f"  450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "No es necesario que haga nada: seguiremos intentando la entrega durante los próximos 5 días.\n\n"
        f"Asunto del mensaje original: {b.subject}\n"
        f"Fecha del mensaje original: {format_datetime(b.sent)}\n"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "utf-8", "qp"),
        f"Sistema de correo <mailer-daemon@{host}>",
        "Aviso: mensaje retrasado",
        host=host,
    )


def bounce_postfix_nl(b: Bounce) -> Message:
    host = "smtp.mailhosting-lagelanden.example"
    text = (
        f"Dit is het mailsysteem van {host}.\n\n"
        "Uw bericht kon helaas niet worden afgeleverd bij een of meer ontvangers.\n"
        "Het bericht is hieronder bijgevoegd.\n\n"
        "Neem voor hulp contact op met de postmaster en stuur dit rapport mee.\n\n"
        "                   Het mailsysteem\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={b.domain} type=MX: Host not found\n"
    )
    parts = [
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            host,
            "failed",
            f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found",
            diag_type="X-Postfix",
        ),
        returned_message(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar bericht geretourneerd",
        host=host,
    )


def bounce_gmail_nl(b: Bounce) -> Message:
    diag = "452-4.2.2 The recipient's inbox is out of storage space."
    human = gmail_notice(
        [
            "** Bezorging vertraagd **",
            f"Er is een tijdelijk probleem bij het bezorgen van je bericht aan {b.rcpt}: de inbox van de ontvanger heeft geen opslagruimte meer. Gmail probeert het nog 44 uur. Je krijgt bericht als de bezorging definitief mislukt.",
            "Meer informatie: https://support.google.com/mail/?p=OverQuotaTemp",
            "Antwoord van de externe server:",
            "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43611f0c2a8si7712345f8f.33 - gsmtp",
        ]
    )
    parts = [
        human,
        delivery_status(
            b, "googlemail.com", "delayed", diag, remote="gmail-smtp-in.l.google.com", retry_days=2
        ),
        rfc822_headers_part(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        GMAIL_DAEMON,
        "Delivery Status Notification (Delay)",
        host="mail-sor-f41.google.com",
        style="gmail",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = f"EXCH01.{b.domain}"
    diag = "550 5.2.2 STOREDRV.Deliver; mailbox full"
    head = "Impossibile recapitare il messaggio ai seguenti destinatari o gruppi:"
    reason = "La cassetta postale del destinatario è piena e al momento non può accettare messaggi. Riprovare più tardi o contattare direttamente il destinatario."
    admin = "Informazioni di diagnostica per gli amministratori:"
    plain = f"{head}\n\n{b.rcpt}\n{reason}\n\n{admin}\n\nServer di generazione: {server}\n\n{b.rcpt}\n#{diag} ##\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{esc(head)}</font></b></p>'
        f'<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:{b.rcpt}">{b.rcpt}</a><br>{esc(reason)}</font></p>'
        f'<p><font color="#808080" size="2" face="Tahoma"><b>{esc(admin)}</b><br><br>Server di generazione: {server}<br><br>'
        f"{b.rcpt}<br>#{esc(diag)} ##</font></p></body></html>\n"
    )
    human = multipart(
        "alternative",
        [
            text_part(plain, "plain", "iso-8859-1", "qp"),
            text_part(markup, "html", "iso-8859-1", "qp"),
        ],
    )
    parts = [human, delivery_status(b, server.lower(), "failed", diag), returned_message(b)]
    return finish_bounce(
        b,
        report(parts),
        f"postmaster@{b.domain}",
        f"Recapito non riuscito: {b.subject}",
        host=f"mail.{b.domain}",
        style="owa",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@oakleafcafe.example",
            "2026-11-23 06:41 +0000",
            "en",
            "Exim failure notice, plain text with the whole message inline, not RFC 3464",
        ),
        bounce_exim_failed,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "kitchen.office@stmaryscatholicprimary.example",
            "2026-12-02 06:49 +0000",
            "en",
            "qmail bounce, no MIME at all",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "accounts@thelanternhotel.example",
            "2026-12-10 10:47 +0000",
            "en",
            "Sendmail four-hour warning, RFC 3464 delayed",
        ),
        bounce_sendmail_warning,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@hotel-am-stadtpark.example",
            "2026-11-26 06:38 +0100",
            "de",
            "Exchange Online NDR in German with the returned message",
        ),
        bounce_m365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "kantine@gesamtschule-nordstadt.example",
            "2026-12-15 11:02 +0100",
            "de",
            "German relay delay warning, RFC 3464 delayed",
        ),
        bounce_relay_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.2.1",
            "cafe.latartine@gmail.com",
            "2026-12-03 06:44 +0100",
            "fr",
            "Gmail DSN in French: disabled account; free-mail persona",
        ),
        bounce_gmail_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "compta@traiteur-vasseur.example",
            "2026-11-30 10:51 +0100",
            "fr",
            "French host's plain-text notice, mailbox full, ISO-8859-1, not RFC 3464",
        ),
        bounce_hoster_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.4.310",
            "pagos@hotelmirasierra.example",
            "2026-12-07 06:36 +0100",
            "es",
            "Exchange Online NDR in Spanish: the recipient's domain does not exist",
        ),
        bounce_m365_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "admin@supermercadoslaplaza.example",
            "2026-12-11 10:58 +0100",
            "es",
            "greylisting notice in Spanish, plain text, not RFC 3464",
        ),
        bounce_greylist_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.4.4",
            "facturen@lunchroomdekroon.example",
            "2026-12-16 06:45 +0100",
            "nl",
            "Postfix DSN with a Dutch template: domain not found",
        ),
        bounce_postfix_nl,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.2.2",
            "broodjeszaak.vink@gmail.com",
            "2026-12-04 10:40 +0100",
            "nl",
            "Gmail delay notice in Dutch: recipient's inbox full; free-mail persona",
        ),
        bounce_gmail_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "5.2.2",
            "ordini@barpasticceriaaurora.example",
            "2026-12-09 06:52 +0100",
            "it",
            "mailbox full reported with a 5.x code: soft (README rule), the code is kept; Exchange NDR in Italian",
        ),
        bounce_exchange_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def check_labels(labels: list[dict[str, object]]) -> None:
    """The corpus promises: 12 per intent, every language in every intent, 6 hard + 6 soft."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    if any(per_intent[i] != 12 for i in INTENTS) or len(labels) != 120:
        raise SystemExit(f"intent counts off: {dict(per_intent)}")
    cells = {(str(x["intent"]), str(x["language"])) for x in labels}
    missing = [(i, lang) for i in INTENTS for lang in LANGS if (i, lang) not in cells]
    if missing:
        raise SystemExit(f"empty intent/language cells: {missing}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds off: {dict(kinds)}")
    for x in labels:
        for name in ("promised_date", "paid_date", "return_date"):
            value = x[name]
            if value is not None:
                datetime.strptime(str(value), "%Y-%m-%d")
        for ref in x["invoice_refs"] if isinstance(x["invoice_refs"], list) else []:
            if not (
                str(ref).startswith("GB26-") and len(str(ref)) == 10 and str(ref)[5:].isdigit()
            ):
                raise SystemExit(f"bad invoice ref {ref!r}")
        contact = x["new_contact"]
        if contact is not None and str(contact) != str(contact).lower():
            raise SystemExit(f"new_contact not lower case: {contact}")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    date = msg["Date"].datetime
    if (
        not datetime(2026, 11, 23, tzinfo=date.tzinfo)
        <= date
        < datetime(2026, 12, 19, tzinfo=date.tzinfo)
    ):
        raise SystemExit(f"{name}: date {date} outside the corpus window")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


def count_table(labels: list[dict[str, object]]) -> str:
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


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
