# ruff: noqa: E501, RUF001, RUF002
# The hand-written messages keep one paragraph per line, as mail clients send them, with the
# typographic dashes, quotes and apostrophes that people and their clients actually type.
"""Build the fifteenth held-out reply corpus: `h15-NNN.eml` files and `labels.jsonl`.

Each message is something the receivables mailbox of Brightwater Pool & Spa Services could receive
after an overdue reminder ("Payment overdue – invoice BW26-NNNNN"): a customer's reply, an
automatic answer or a delivery-failure report. The new text of every message is written by hand
below. The script only adds what a mail client or a mail server adds: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings. It writes
next to itself, deterministically, and never reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h15"
SEED = 20261123
AR_NAME = "Brightwater Accounts Receivable"
AR_ADDR = "accounts.receivable@brightwater-poolspa.example"
AR_DOMAIN = "brightwater-poolspa.example"
AR_MX = "mx1.brightwater-poolspa.example"
AR_RELAY = "relay.brightwater-poolspa.example"
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
# Calendar words and client strings, per locale
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
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
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# Gmail (web and app), "On … wrote:" in the client's language.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {moa} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {moa} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
APPLE_ATTRIBUTION = {
    "en": "On {d} {moa} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTRIBUTION = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
# Outlook's header block: separator line, From, Sent, To, Subject, and the label separator.
OUTLOOK_BLOCK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {mol} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {mol} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {mol} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {mol} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {mol} {y} {HH}:{mm}",
    "it": "{wdl} {d} {mol} {y} {HH}:{mm}",
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_FORWARD_PREFIX = {
    "en": "FW: ",
    "de": "WG: ",
    "fr": "TR : ",
    "es": "RV: ",
    "nl": "FW: ",
    "it": "I: ",
}
# Samsung Email on Android: its own signature and header block.
SAMSUNG_SIGNATURE = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé de mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
SAMSUNG_BLOCK = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_IOS_SIGNATURE = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}

# --------------------------------------------------------------------------------------------
# The overdue reminder that every reply answers
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
        "This is a reminder from Brightwater Pool & Spa Services that the invoice below is past its due date:\n\n"
        "    Invoice:       {inv}\n    Invoice date:  {issued}\n    Due date:      {due}\n    Amount due:    {amt}\n\n"
        "If you have paid in the last few days, thank you, and please disregard this email or reply with the payment date so that we can match it. If anything about the invoice or the work is not right, reply and tell us – a member of our accounts team reads every reply.\n\n"
        "Best regards,\n\n"
        "Accounts Receivable\nBrightwater Pool & Spa Services\nPool maintenance · Spa and hot tub installation\n"
        "accounts.receivable@brightwater-poolspa.example · 0161 496 0732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung von Brightwater Pool & Spa Services inzwischen fällig ist:\n\n"
        "    Rechnung:        {inv}\n    Rechnungsdatum:  {issued}\n    Fällig am:       {due}\n    Offener Betrag:  {amt}\n\n"
        "Falls Sie in den letzten Tagen bezahlt haben, danken wir Ihnen und bitten Sie, diese E-Mail zu ignorieren oder uns kurz das Zahlungsdatum mitzuteilen. Stimmt etwas mit der Rechnung oder den ausgeführten Arbeiten nicht, antworten Sie bitte einfach auf diese Nachricht – jede Antwort wird von unserer Buchhaltung gelesen.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nBrightwater Pool & Spa Services"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous de Brightwater Pool & Spa Services est arrivée à échéance :\n\n"
        "    Facture :          {inv}\n    Date de facture :  {issued}\n    Échéance :         {due}\n    Montant dû :       {amt}\n\n"
        "Si vous avez effectué le paiement ces derniers jours, merci : ne tenez pas compte de ce message ou indiquez-nous la date du règlement afin que nous puissions le rapprocher. Si la facture ou l'intervention pose problème, répondez simplement à ce message ; notre service comptable lit chaque réponse.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nBrightwater Pool & Spa Services"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura de Brightwater Pool & Spa Services ha superado su fecha de vencimiento:\n\n"
        "    Factura:            {inv}\n    Fecha de factura:   {issued}\n    Vencimiento:        {due}\n    Importe pendiente:  {amt}\n\n"
        "Si ha realizado el pago en los últimos días, se lo agradecemos: no tenga en cuenta este correo o indíquenos la fecha del pago para poder conciliarlo. Si hay algún problema con la factura o con el trabajo realizado, responda a este mensaje; nuestro departamento de cobros lee todas las respuestas.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nBrightwater Pool & Spa Services"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Graag herinneren wij u eraan dat de onderstaande factuur van Brightwater Pool & Spa Services de vervaldatum heeft overschreden:\n\n"
        "    Factuur:       {inv}\n    Factuurdatum:  {issued}\n    Vervaldatum:   {due}\n    Openstaand:    {amt}\n\n"
        "Heeft u de afgelopen dagen betaald, dan danken wij u en kunt u deze e-mail negeren, of laat u ons de betaaldatum weten zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur of aan de uitgevoerde werkzaamheden, beantwoord dan gewoon dit bericht; onze debiteurenadministratie leest elke reactie.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nBrightwater Pool & Spa Services"
    ),
    "it": (
        "Buongiorno,\n\n"
        "le ricordiamo che la seguente fattura di Brightwater Pool & Spa Services risulta scaduta:\n\n"
        "    Fattura:         {inv}\n    Data fattura:    {issued}\n    Scadenza:        {due}\n    Importo dovuto:  {amt}\n\n"
        "Se ha effettuato il pagamento negli ultimi giorni, la ringraziamo e la preghiamo di non considerare questa e-mail oppure di indicarci la data del pagamento, così da poterlo abbinare. Se qualcosa non torna nella fattura o nell'intervento eseguito, risponda semplicemente a questo messaggio: il nostro ufficio crediti legge ogni risposta.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nBrightwater Pool & Spa Services"
    ),
}
# What a Latin-1 client does to the reminder's characters that Latin-1 lacks.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(value: str, currency: str, loc: str) -> str:
    """An amount as the reminder (or a customer in that locale) writes it."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if currency == "GBP":
        return f"£{grouped}.{cents}"
    if currency == "CHF":
        swiss = grouped.replace(",", "'")
        return f"CHF {swiss}.{cents}"
    if loc == "en":
        return f"€{grouped}.{cents}"
    if loc == "fr":
        return f"{grouped.replace(',', ' ')},{cents} €"
    dotted = grouped.replace(",", ".")
    if loc in {"de", "es"}:
        return f"{dotted},{cents} €"
    return f"€ {dotted},{cents}"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big") % modulo


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

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
    cur: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None
    forward_to: tuple[str, str] | None = None
    same_day: bool = False

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or f"BW26-{40000 + number(self.key, 'invoice', 2000)}"

    @property
    def amount(self) -> str:
        return (
            self.amt
            or f"{140 + number(self.key, 'amount', 2600)}.{number(self.key, 'cents', 20) * 5:02d}"
        )

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.lang == "en" else "EUR")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def latin1(self) -> bool:
        return self.charset == "iso-8859-1"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_words(loc: str, dt: datetime) -> dict[str, str]:
    return {
        "wdl": DAY_NAMES[loc][dt.weekday()],
        "wda": DAY_ABBR[loc][dt.weekday()],
        "mol": MONTH_NAMES[loc].split()[dt.month - 1],
        "moa": MONTH_ABBR[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def render(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_words(loc, dt), **extra)


def numeric_date(loc: str, dt: datetime) -> str:
    return render(NUMERIC_DATE[loc], loc, dt)


def reminder_sent(key: str, reply: datetime, same_day: bool) -> datetime:
    """When the reminder left Brightwater (UTC), seen in the replier's time zone.

    Reminders go out on working days shortly after eight; automatic answers come back minutes
    later, people answer a day or more later.
    """
    if same_day:
        return reply - timedelta(minutes=2 + number(key, "lag", 9))
    day = (reply - timedelta(days=1 + number(key, "days", 2))).astimezone(UTC)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(hour=8, minute=number(key, "minute", 50), second=number(key, "second", 60))
    return sent.astimezone(reply.tzinfo)


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def div_lines(text: str) -> str:
    """Gmail and Samsung write one <div> per line."""
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def mso_paras(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part in the given charset and transfer encoding."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    codec = cs.Charset(charset)
    codec.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: sent as is
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def encoded_word(value: str, charset: str, style: str, name: str = "Subject") -> str:
    """A header value the way the client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = "iso-8859-1" if charset == "iso-8859-1" else charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    codec = cs.Charset(enc)
    codec.header_encoding = cs.BASE64 if style in OUTLOOK_FAMILY else cs.QP
    text = Header(value, codec, header_name=name).encode()
    if style in {"gmail", "gmail_plain", "bottom"}:
        return text.replace("=?utf-8?q?", "=?UTF-8?Q?")
    if style in OUTLOOK_FAMILY:
        return text.replace(f"=?{enc}?b?", f"=?{enc}?B?")
    return text


def mailbox(name: str, addr: str, charset: str, style: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_word(name, charset, style, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def top_only_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                top_only_versions(sub, top=part.get_content_type() == "message/rfc822")


def assemble(body: Message, head: list[tuple[str, str]]) -> Message:
    """Put the envelope and message headers above the MIME headers, as mail arrives."""
    order = {"mime-version": 0, "content-type": 1, "content-transfer-encoding": 2}
    mime = sorted(
        ((k, v) for k, v in body.items() if k.lower().startswith(("mime-", "content-"))),
        key=lambda kv: order.get(kv[0].lower(), 3),
    )
    for k in {k for k, _ in mime}:
        del body[k]
    for k, v in head:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in mime:
        if k != "MIME-Version":
            body[k] = v
    top_only_versions(body)
    return body


def own_multiparts(part: Message) -> list[Message]:
    """The multiparts of this message, not those of a message enclosed in it."""
    if not part.is_multipart() or part.get_content_maintype() == "message":
        return []
    found = [part]
    for sub in part.get_payload():
        if isinstance(sub, Message):
            found += own_multiparts(sub)
    return found


def set_boundaries(msg: Message, make: Callable[[int], str]) -> None:
    for n, part in enumerate(own_multiparts(msg)):
        part.set_boundary(make(n))


def qid(key: str) -> str:
    return b32(key, "queue", 12)


def received(key: str, helo: str, ip: str, when: datetime) -> str:
    return (
        f"from {helo} ({helo} [{ip}]) by {AR_MX} (Postfix) with ESMTPS id {qid(key)} "
        f"for <{AR_ADDR}>; {format_datetime((when + timedelta(seconds=3 + number(key, 'transit', 40))).astimezone(UTC))}"
    )


def doc_ip(key: str) -> str:
    block = ("192.0.2", "198.51.100", "203.0.113")[number(key, "net", 3)]
    return f"{block}.{1 + number(key, 'host', 250)}"


# --------------------------------------------------------------------------------------------
# The reminder as the customer's client shows it, and as Brightwater sent it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, key: str, *, inv: str, amt: str, cur: str, sent: datetime) -> str:
    issued = sent - timedelta(days=40 + number(key, "issued", 25))
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=numeric_date(lang, issued),
        due=numeric_date(lang, due),
        amt=money(amt, cur, lang),
    )


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def sent_reminder(lang: str, key: str, *, rcpt: str, inv: str, amt: str, when: datetime) -> Message:
    """The reminder as it left Brightwater: text and HTML, returned inside some bounces."""
    text = reminder_body(
        lang, key, inv=inv, amt=amt, cur="EUR" if lang != "en" else "GBP", sent=when
    )
    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a36">'
        f"{html_paras(text)}</body></html>\n"
    )
    msg = alternative(
        text_part(text, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )
    head = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", rcpt),
        ("Subject", encoded_word(reminder_subject(lang, inv), "utf-8", "reminder")),
        ("Date", format_datetime(when.astimezone(UTC))),
        ("Message-ID", reminder_msgid(key)),
        ("Reply-To", AR_ADDR),
    ]
    msg = assemble(msg, head)
    set_boundaries(msg, lambda n: f"=_bw_{b32(key, f'reminder{n}', 20).lower()}")
    return msg


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.key, r.dt, r.same_day)
    text = reminder_body(
        r.reminder_lang, r.key, inv=r.invoice, amt=r.amount, cur=r.currency, sent=sent
    )
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.latin1:
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, sent, r.client_lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_BLOCK[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_head_html(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5]
    rows = []
    for line in outlook_lines(q):
        label, value = line.split(sep, 1)
        rows.append(f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}")
    return "<br>\n".join(rows)


def word_html(r: Reply, q: Quote) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{content_language(r)}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paras(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{outlook_head_html(q)}<o:p></o:p></p>\n'
        "</div>\n"
        f"{mso_paras(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_BLOCK[q.loc][0], *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def reply_fwd_div(q: Quote) -> str:
    return (
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_head_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment">{html_paras(q.text)}</div>\n'
    )


def style_owa(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.body, "", "_" * 32, *outlook_lines(q), "", q.text, ""])
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.body)}</div>\n{reply_fwd_div(q)}</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_IOS_SIGNATURE[q.loc]
    plain = "\n".join([r.body, "", sig, "_" * 32, *outlook_lines(q), "", q.text, ""])
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="ltr"><div dir="ltr" style="font-family: Aptos, sans-serif; font-size: 12pt;">{html_text(r.body)}</div></div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="ltr">{html.escape(sig)}</div></div>\n'
        f"{reply_fwd_div(q)}</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"), text_part(markup, "html", r.charset, "b64")
    )


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attribution(q)
    plain = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    plain = f"{gmail_attribution(q)}\n\n{quoted(q.text)}\n\n{r.body}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attribution(q)
    plain = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        f'<br class="Apple-interchange-newline"><div>{html_paras(q.text)}</div></blockquote></div><br></body></html>\n'
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted(apple_attribution(q) + chr(10) * 2 + q.text)}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def samsung_lines(q: Quote) -> list[str]:
    sep_line, frm, date, to, subj, sep = SAMSUNG_BLOCK[q.loc]
    offset = q.sent.strftime("%z")
    stamp = f"{numeric_date(q.loc, q.sent)} {q.sent:%H:%M} (GMT{offset[:3]}:{offset[3:]})"
    return [
        sep_line,
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}> ",
        f"{date}{sep}{stamp} ",
        f"{to}{sep}{q.to} ",
        f"{subj}{sep}{q.subject} ",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG_SIGNATURE[q.loc]
    block = samsung_lines(q)
    plain = "\n".join([r.body, "", "", sig, "", "", *block, "", q.text, ""])
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{div_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        '<div dir="auto"><br></div><div dir="auto"><br></div>'
        '<div align="left" dir="auto" style="font-size:100%;color:#000000">'
        + "".join(f"<div>{html.escape(line)}</div>" for line in block)
        + f"</div>{html_paras(q.text)}</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quoted(q.text)}\n", "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    if r.charset == "utf-8":
        part.set_param("delsp", "no")
    return part


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = render(ROUNDCUBE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quoted(q.text)}\n", "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_ios": style_outlook_ios,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "thunderbird": style_thunderbird,
    "roundcube": style_roundcube,
    "none": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "outlook_ios"}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{lang}"),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
BOUNDARY_SHAPES: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda k, n: "000000000000" + digest(k, f"b{n}").hex()[:16],
    "gmail_plain": lambda k, n: "000000000000" + digest(k, f"b{n}").hex()[:16],
    "apple": lambda k, n: "Apple-Mail=_" + apple_uuid(k, f"b{n}"),
    "samsung": lambda k, n: f"--_com.samsung.android.email_{number(k, f'b{n}', 10**15)}",
    "thunderbird": lambda k, n: "------------" + b32(k, f"b{n}", 24),
    "roundcube": lambda k, n: "=_" + digest(k, f"b{n}").hex()[:32],
}


def content_language(r: Reply) -> str:
    return dict(r.headers).get("Content-Language", CONTENT_LANGUAGE[r.lang])


def apple_uuid(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def boundary(style: str, key: str, n: int) -> str:
    shape = BOUNDARY_SHAPES.get(style)
    if shape is not None:
        return shape(key, n)
    if style in OUTLOOK_FAMILY:
        return f"_00{n}_{b32(key, f'b{n}', 26)}_"
    return f"----=_Part_{number(key, f'b{n}', 10**6)}_{number(key, f'c{n}', 10**9)}"


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(digest(r.key, "mid")).decode().rstrip("=")[:42]
        return f"<CA+{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = b32(r.key, "host", 10)
        return f"<{b32(r.key, 'mid', 32)}@{host}.eurprd0{1 + number(r.key, 'pod', 8)}.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        return f"<{apple_uuid(r.key, 'mid')}@{domain}>"
    if r.style == "samsung":
        return f"<{digest(r.key, 'mid').hex()[:20]}.{number(r.key, 'n', 10**5)}@email.android.com>"
    if r.style == "thunderbird":
        return f"<{apple_uuid(r.key, 'mid').lower()}@{domain}>"
    return f"<{digest(r.key, 'mid').hex()[:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.forward_to is not None:
        return OUTLOOK_FORWARD_PREFIX[q.loc] + q.subject
    prefix = OUTLOOK_REPLY_PREFIX[q.loc] if r.style in OUTLOOK_FAMILY - {"outlook_ios"} else "Re: "
    return prefix + q.subject


def relay_host(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    if domain == "gmail.com":
        return f"mail-wr1-f{40 + number(r.key, 'relay', 60)}.google.com"
    return f"mail.{domain}"


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if r.style in OUTLOOK_FAMILY:
        out += [
            ("Thread-Topic", encoded_word(q.subject, r.charset, r.style, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", content_language(r)),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in STYLE_HEADERS.get(r.style, ()):
        out.append((name, value.format(lang=content_language(r))))
    return out


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, subtype, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part: Message = (
        MIMEImage(data, subtype) if subtype in {"png", "jpeg"} else MIMEApplication(data, subtype)
    )
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    body = with_attachment(r, STYLES[r.style](r, q))
    name, addr = r.who
    arrival = r.dt
    head: list[tuple[str, str]] = [
        ("Return-Path", f"<{addr}>"),
        ("Delivered-To", AR_ADDR),
        ("Received", received(r.key, relay_host(r), doc_ip(r.key), arrival)),
        ("From", mailbox(name, addr, r.charset, r.style)),
    ]
    if r.forward_to is None:
        head.append(("To", formataddr((AR_NAME, AR_ADDR))))
    else:
        head += [("To", mailbox(*r.forward_to, r.charset, r.style)), ("Cc", AR_ADDR)]
    head += [
        ("Subject", encoded_word(reply_subject(r, q), r.charset, r.style)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    threaded = (
        r.style != "none" or "{rsub}" in r.subject
    )  # notices that quote the subject thread too
    if r.forward_to is None and threaded:
        head += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    custom = [(k, v) for k, v in r.headers if k != "Content-Language"]
    msg = assemble(body, [*head, *client_headers(r, q), *custom])
    set_boundaries(msg, lambda n: boundary(r.style, r.key, n))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
BANK_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    b"1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"trailer <</Size 3 /Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Lloyd", "gareth.lloyd58@gmail.com"),
        "2026-11-24 19:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one-word claim in answer to the reminder: payment_sent, no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Thornbury Hotels AP", "ap-remittance@thornburyhotels.example"),
        "2026-12-04 06:31 +0000",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Thornbury Hotels Group plc – Shared Services Centre, Accounts Payable\n"
        "Unit 7, Harrowgate Business Park, Leicester\n\n"
        "To:               Brightwater Pool & Spa Services Ltd\n"
        "Supplier number:  V-0038815\n"
        "Payment number:   4400918372\n"
        "Payment date:     04/12/2026\n"
        "Payment method:   BACS (Faster Payment)\n\n"
        "Your ref.     Document date   Site                            Amount\n"
        "BW26-41187    19/10/2026      The Thornbury, Bath          £2,416.80\n"
        "BW26-41302    02/11/2026      Thornbury Lakeside, Keswick    £388.50\n"
        "                                                        -----------\n"
        "                              Total paid                   £2,805.30\n\n"
        "Funds should reach your account within 2 working days. Please quote the payment number on any query to apqueries@thornburyhotels.example.\n\n"
        "This message was generated automatically by our payables system. Replies to this address are not monitored.",
        lab(
            ("BW26-41187", "BW26-41302"),
            paid_date="2026-12-04",
            payment_reference="4400918372",
            amount="2805.30",
            currency="GBP",
            note="remittance advice from the hotel group's AP system, with Auto-Submitted: payment_sent, not auto_reply; the amount is the total paid for both invoices",
        ),
        subject="Remittance advice – payment 4400918372",
        headers=(AUTO_GEN, ("X-Mailer", "Payables Notification Service 4.2")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Mel Ashby", "mel@thestablesgym.example"),
        "2026-12-08 13:47 +0000",
        "samsung",
        "done",
        lab(note="lower-case 'done' in answer to the overdue reminder read as 'paid'; no date"),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jürgen Pohl", "j.pohl@pohl-haus.example"),
        "2026-11-30 08:52 +0100",
        "gmail",
        "Guten Morgen,\n\ndie Rechnung BW26-40871 habe ich am Freitag überwiesen, 1.285,00 €. Das Geld müsste inzwischen bei Ihnen sein, bitte schauen Sie noch einmal nach.\n\nViele Grüße\nJürgen Pohl",
        lab(
            ("BW26-40871",),
            paid_date="2026-11-27",
            amount="1285.00",
            currency="EUR",
            note="'am Freitag' in the past tense: the Friday before Mon 30 Nov",
        ),
        inv="BW26-40871",
        amt="1285.00",
        cte="b64",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Claudia Imboden", "buchhaltung@berghotel-sonnalp.example"),
        "2026-12-07 14:05 +0100",
        "outlook",
        "Grüezi\n\nWir haben Ihre Rechnung BW26-41035 heute mit Valuta 07.12.2026 zur Zahlung angewiesen:\n\nBetrag: CHF 3'912.40\nZahlungsreferenz: ZA-2026-1187\nZahlungsart: Banküberweisung\n\nEntschuldigen Sie die Verzögerung, die Rechnung war während der Revision unserer Wellnessanlage liegen geblieben.\n\nFreundliche Grüsse\n\nClaudia Imboden\nFinanzen & Administration\nBerghotel Sonnalp AG\nDorfstrasse 18, 3920 Zermatt",
        lab(
            ("BW26-41035",),
            paid_date="2026-12-07",
            payment_reference="ZA-2026-1187",
            amount="3912.40",
            currency="CHF",
            note="Swiss hotel: amount written CHF 3'912.40; instructed today with today's value date is a payment sent",
        ),
        inv="BW26-41035",
        amt="3912.40",
        cur="CHF",
        charset="iso-8859-1",
        headers=(("Content-Language", "de-CH"),),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Guérin", "compta@camping-lesoyats.example"),
        "2026-12-09 11:20 +0100",
        "outlook_html",
        "Bonjour,\n\nLe virement de 2 460,00 € correspondant à la facture BW26-41410 a été émis ce matin. Référence de l'opération : VIR-OYA-88213.\n\nIl devrait apparaître sur votre compte d'ici 48 heures.\n\nCordialement,\n\nNathalie Guérin\nService comptabilité\nCamping Les Oyats ****\nRoute de la Plage – 85160 Saint-Jean-de-Monts\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur et de le supprimer.",
        lab(
            ("BW26-41410",),
            paid_date="2026-12-09",
            payment_reference="VIR-OYA-88213",
            amount="2460.00",
            currency="EUR",
        ),
        inv="BW26-41410",
        amt="2460.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Didier Lambert", "didier.lambert@lambert-vandevelde.example"),
        "2026-12-01 20:41 +0100",
        "thunderbird",
        "Bonsoir,\n\nJe vous ai réglé hier par virement, 640,00 euros, avec la communication structurée +++090/4127/71852+++ indiquée sur la facture.\n\nPourriez-vous me confirmer la bonne réception ? C'est la deuxième fois que je reçois un rappel alors que je paie toujours dans les délais.\n\nBien à vous,\nDidier Lambert",
        lab(
            paid_date="2026-11-30",
            payment_reference="+++090/4127/71852+++",
            amount="640.00",
            currency="EUR",
            note="Belgian structured communication is the payment reference; 'hier' from Tue 1 Dec; the complaint is not a stop request",
        ),
        amt="640.00",
        charset="iso-8859-1",
        cte="8bit",
        headers=(("Content-Language", "fr-BE"),),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Yeray Santana", "administracion@bungalowscostadorada.example"),
        "2026-12-07 09:30 +0000",
        "outlook_html",
        "Buenos días:\n\nLa transferencia se hizo el pasado jueves, día 3, por importe de 1.870,50 €. Les adjunto el justificante del banco.\n\nSaludos cordiales,\n\nYeray Santana\nAdministración\nBungalows Costa Dorada – Maspalomas, Gran Canaria\nTel. 928 000 411",
        lab(
            paid_date="2026-12-03",
            amount="1870.50",
            currency="EUR",
            note="proof of transfer attached; the invoice number is only in the attachment's file name, so invoice_refs is empty; Canary Islands time (+0000)",
        ),
        inv="BW26-41122",
        amt="1870.50",
        attach=("justificante_BW26-41122.pdf", "pdf", BANK_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Raúl Ortega", "raul.ortega@gimnasiovitalia.example"),
        "2026-11-25 10:03 +0100",
        "outlook",
        "Hola,\n\nEsta factura está pagada desde el 20 de noviembre, no entiendo por qué os sigue apareciendo como pendiente. Revisadlo, por favor: la transferencia salió de nuestra cuenta ese mismo día.\n\nUn saludo,\n\nRaúl Ortega\nGerente – Gimnasio Vitalia Chamberí",
        lab(
            paid_date="2026-11-20",
            note="past payment with a complaint; nothing about the invoice is contested and nothing asks to stop",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Monique Verbeek", "m.verbeek@vakantieparkdeheidebloem.example"),
        "2026-12-03 13:10 +0100",
        "outlook_html",
        "Goedemiddag,\n\nFactuur BW26-40996 is op 26 november voldaan, € 3.105,75, betalingskenmerk 5520 8813 0047. Wellicht is de betaling nog niet gekoppeld omdat onze bank het factuurnummer niet in de omschrijving heeft meegestuurd.\n\nMet vriendelijke groet,\n\nMonique Verbeek\nFinanciële administratie\nVakantiepark De Heidebloem\nHeidelaan 4, Bathmen\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per vergissing ontvangen, verwijder het dan en stel de afzender op de hoogte.",
        lab(
            ("BW26-40996",),
            paid_date="2026-11-26",
            payment_reference="5520 8813 0047",
            amount="3105.75",
            currency="EUR",
        ),
        inv="BW26-40996",
        amt="3105.75",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Kees Brouwer", "keesbrouwer@gmail.com"),
        "2026-12-11 18:03 +0100",
        "iphone",
        "Is gisteren betaald hoor.\n\nKees",
        lab(paid_date="2026-12-10", note="'gisteren' from Fri 11 Dec"),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Francesca Rinaldi", "amministrazione@hotellidoazzurro.example"),
        "2026-12-14 10:02 +0100",
        "outlook_html",
        "Buongiorno,\n\ncon la presente vi confermiamo che in data odierna è stato disposto il bonifico a saldo della fattura BW26-41208, per un importo di € 2.290,00.\nCRO: 12874471260\n\nDistinti saluti,\n\nFrancesca Rinaldi\nUfficio Amministrazione\nHotel Lido Azzurro ***\nLungomare Marconi 52 – Riccione (RN)\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), se avete ricevuto questa e-mail per errore vi preghiamo di eliminarla e di darcene comunicazione.",
        lab(
            ("BW26-41208",),
            paid_date="2026-12-14",
            payment_reference="12874471260",
            amount="2290.00",
            currency="EUR",
            note="'in data odierna' is the message date",
        ),
        inv="BW26-41208",
        amt="2290.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Lorraine Fitch", "lorrainefitch@gmail.com"),
        "2026-12-02 23:40 -0500",
        "iphone",
        "So sorry, this completely slipped my mind – we're in Florida until February. I'll pay it tomorrow morning first thing when I'm on the laptop.\n\nLorraine",
        lab(
            promised_date="2026-12-03",
            note="'tomorrow' counts from the sender's own date, Wed 2 Dec at -0500, although it is already 3 Dec in UTC",
        ),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Owen Pritchard", "owen@penybryn-leisurepark.example"),
        "2026-12-10 15:22 +0000",
        "gmail",
        "Hi,\n\nApologies for the delay on BW26-41390. We're waiting on a large group booking deposit, and once the funds clear on Monday I'll release your payment the same day.\n\nThanks for your patience,\n\nOwen Pritchard\nFinance Manager\nPen-y-Bryn Leisure Park",
        lab(
            ("BW26-41390",),
            promised_date="2026-12-14",
            note="event promise: paid the day the funds clear, which is Monday 14 Dec",
        ),
        inv="BW26-41390",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Sophie Marsh", "sophie.marsh@pulsefitnessclubs.example"),
        "2026-12-15 11:48 +0000",
        "owa",
        "Hi there,\n\nThe invoice was signed off by our area manager yesterday, so it will go out on our next BACS run, which is Thursday 17th. It will be the full £1,962.00.\n\nKind regards,\nSophie Marsh\nFinance Assistant | Pulse Fitness Clubs",
        lab(
            promised_date="2026-12-17",
            amount="1962.00",
            currency="GBP",
            note="'signed off yesterday' is past, the payment itself is future: promise",
        ),
        amt="1962.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Krämer", "s.kraemer@waldhotel-eichenhain.example"),
        "2026-12-09 09:37 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung BW26-41263 liegt derzeit bei unserer Direktion zur Freigabe; die Zahlung erfolgt spätestens am 15.12.2026.\n\nMit freundlichen Grüßen\n\nSabine Krämer\nBuchhaltung\nWaldhotel Eichenhain GmbH\nAm Eichenhain 3 · 34497 Korbach\nGeschäftsführer: Dr. Martin Hessler · Amtsgericht Korbach HRB 4471\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
        lab(("BW26-41263",), promised_date="2026-12-15"),
        inv="BW26-41263",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Tobias Wenzel", "tobias.wenzel@wenzel-home.example"),
        "2026-11-26 19:55 +0100",
        "samsung",
        "Hallo, sorry, hab's total verschwitzt. Überweise das Geld nächste Woche, sobald mein Gehalt drauf ist.\n\nGruß Tobias",
        lab(
            promised_date="2026-11-30",
            note="'nächste Woche' → Monday of next week (README rule); the salary condition does not move the date",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Véronique Castaing", "v.castaing@hoteldugolfe-arcachon.example"),
        "2026-12-04 16:12 +0100",
        "outlook_html",
        "Bonjour,\n\nLe règlement sera effectué par virement le 18 décembre, date de notre prochaine campagne de paiement fournisseurs.\n\nBien cordialement,\n\nVéronique Castaing\nResponsable administrative et financière\nHôtel du Golfe **** – Arcachon",
        lab(promised_date="2026-12-18"),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Martine Roux", "martine.roux@roux-villa.example"),
        "2026-12-16 08:05 +0100",
        "iphone",
        "Bonjour,\n\nJe suis en vacances à l'étranger et je n'ai pas accès à mon application bancaire. Je m'en occupe dès mon retour, début janvier.\n\nCordialement,\nMartine Roux",
        lab(note="'début janvier' cannot be pinned to a day: promise without a date"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lucia@crossboxdelta.example"),
        "2026-12-14 12:30 +0100",
        "gmail_plain",
        "Hola,\n\n¿Os parece bien si lo pagamos el viernes? Es el día que nos entran las cuotas de los socios y así no nos quedamos en descubierto.\n\nGracias y perdón por el retraso,\nLucía\nCrossBox Delta – Valencia",
        lab(
            promised_date="2026-12-18",
            note="promise phrased as a question; 'el viernes' after Mon 14 Dec",
        ),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Jeroen Bakker", "j.bakker@recreatieparkhetvennegoor.example"),
        "2026-12-16 10:44 +0100",
        "outlook",
        "Goedemorgen,\n\nDe betaling van factuur BW26-41502 staat ingepland voor dinsdag 22 december. Excuses voor de vertraging; door de overstap naar een nieuw boekhoudpakket lopen we wat achter.\n\nMet vriendelijke groet,\n\nJeroen Bakker\nRecreatiepark Het Vennegoor",
        lab(("BW26-41502",), promised_date="2026-12-22"),
        inv="BW26-41502",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Ingrid Smits", "ingrid.smits@smitsthuis.example"),
        "2026-11-23 21:15 +0100",
        "apple",
        "Hallo,\n\nHet was me helemaal ontschoten, sorry. Ik betaal het morgen.\n\nGroet,\nIngrid",
        lab(promised_date="2026-11-24", note="'morgen' from Mon 23 Nov"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Paolo Ferri", "p.ferri@grandhotelvillaaurora.example"),
        "2026-12-11 15:40 +0100",
        "owa",
        "Buonasera,\n\nla fattura BW26-41377 è stata inserita nella distinta di pagamento del 21 dicembre.\n\nCordiali saluti,\nPaolo Ferri\nContabilità fornitori – Grand Hotel Terme Villa Aurora",
        lab(
            ("BW26-41377",),
            promised_date="2026-12-21",
            note="'è stata inserita' is past, the payment run is future: promise",
        ),
        inv="BW26-41377",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Stefano Bellini", "stefano.bellini@bellini-casa.example"),
        "2026-12-03 18:20 +0100",
        "gmail",
        "Salve,\n\nappena l'assicurazione ci liquida il rimborso per i danni della grandinata alla copertura della piscina vi saldiamo tutto. Dovrebbe essere questione di qualche settimana.\n\nSaluti,\nStefano Bellini",
        lab(note="event promise without a date: paid when the insurer pays out"),
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        "dispute",
        "en",
        ("Helen Carver", "helen.carver@carverfamily.example"),
        "2026-11-27 17:05 +0000",
        "gmail",
        "Hello,\n\nWe have NOT paid because the heat pump on this invoice was never installed. Your engineer came once in October, said the unit was on back order, and we haven't heard a word since.\n\nI'm not paying £2,350 for a box that's still sitting in your warehouse. Please cancel the invoice or tell me when the installation will actually happen.\n\nHelen Carver",
        lab(note="negated payment with the reason: the work was never done"),
        amt="2350.00",
    ),
    Reply(
        "dp-en-2",
        "dispute",
        "en",
        ("Andrew Keane", "andrew.keane@thecliffhotel-cornwall.example"),
        "2026-12-02 12:18 +0000",
        "outlook_html",
        "Good afternoon,\n\nBW26-40712 was paid on 20 November. BW26-40788, however, charges us again for the November spa and pool service, which was already on 40712. We won't be paying 40788 – please credit it and confirm.\n\nRegards,\n\nAndrew Keane\nFinancial Controller\nThe Cliff Hotel & Spa, Porthcrane, Cornwall\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. The Cliff Hotel Ltd, registered in England and Wales no. 04417720.",
        lab(
            ("BW26-40712", "BW26-40788"),
            note="one invoice paid, the other bills the same service again: dispute wins for the disputed part; 40712 and 40788 are short forms",
        ),
        inv="BW26-40788",
    ),
    Reply(
        "dp-en-3",
        "dispute",
        "en",
        ("Darren Holt", "darren@ironworksgym.example"),
        "2026-11-30 07:58 +0000",
        "outlook_ios",
        "The pool was left green after your technician's visit on the 12th and we had to shut it for two days while our own staff sorted it. We're not paying for a service that cost us two days of closures. Call me on 07700 900418.\n\nDarren",
        lab(note="service quality complaint with refusal to pay"),
    ),
    Reply(
        "dp-de-1",
        "dispute",
        "de",
        ("Markus Lehner", "m.lehner@kurhotel-bergblick.example"),
        "2026-12-08 14:22 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nlaut Ihrem Angebot AN-2026-118 vom 2. September war die Jahreswartung unserer Saunalandschaft mit pauschal 1.450,00 € netto vereinbart. In der Rechnung BW26-41077 berechnen Sie 1.890,00 € netto zuzüglich Anfahrt.\n\nBitte senden Sie uns eine korrigierte Rechnung über den vereinbarten Betrag. Den Differenzbetrag werden wir nicht begleichen.\n\nMit freundlichen Grüßen\n\nMarkus Lehner\nTechnischer Leiter\nKurhotel Bergblick",
        lab(
            ("BW26-41077",),
            note="price above the quote; the corrected-invoice request is part of the dispute",
        ),
        inv="BW26-41077",
        charset="windows-1252",
    ),
    Reply(
        "dp-de-2",
        "dispute",
        "de",
        ("Hannelore Brandt", "h.brandt@brandt-wohnen.example"),
        "2026-12-01 19:33 +0100",
        "thunderbird",
        "Guten Abend,\n\nbei der Montage der neuen Poolabdeckung am 3. November hat Ihr Monteur die Führungsschiene an der Beckenkante beschädigt. Das habe ich ihm noch am selben Tag gezeigt, er hat Fotos gemacht und gesagt, Sie würden sich melden.\n\nGemeldet hat sich niemand. Solange der Schaden nicht behoben ist, zahle ich die Rechnung nicht.\n\nMit freundlichen Grüßen\nHannelore Brandt",
        lab(note="damage during installation; payment withheld until it is repaired"),
    ),
    Reply(
        "dp-fr-1",
        "dispute",
        "fr",
        ("Patrick Lemoine", "direction@camping-lepinsec.example"),
        "2026-11-26 10:15 +0100",
        "outlook",
        "Bonjour,\n\nNous contestons la facture BW26-40934. L'hivernage de nos trois bassins est compris dans le contrat d'entretien annuel signé en mars (article 4), que nous réglons déjà par prélèvement mensuel.\n\nMerci d'annuler cette facture ou de nous adresser un avoir.\n\nCordialement,\n\nPatrick Lemoine\nDirecteur – Camping Le Pin Sec ***",
        lab(("BW26-40934",), note="service already covered by the annual contract"),
        inv="BW26-40934",
    ),
    Reply(
        "dp-es-1",
        "dispute",
        "es",
        ("Carmen Ruiz Beltrán", "direccion@hotelbahiaazul.example"),
        "2026-12-10 13:05 +0100",
        "gmail",
        "Buenas tardes:\n\nEl importe no cuadra. En la factura nos cobran 12 horas de mano de obra por la reparación del jacuzzi exterior, pero según el parte de trabajo firmado por nuestro jefe de mantenimiento el técnico estuvo 4 horas.\n\nLes pido que revisen la factura y nos manden una nueva con las horas reales. Hasta entonces la dejamos retenida.\n\nSaludos,\nCarmen Ruiz Beltrán\nHotel Bahía Azul – Dirección",
        lab(
            note="hours billed against the signed work sheet; a new invoice is asked for as part of the dispute"
        ),
    ),
    Reply(
        "dp-es-2",
        "dispute",
        "es",
        ("Javi Morales", "javi@boxfitsevilla.example"),
        "2026-11-23 08:40 +0100",
        "iphone",
        "No hemos pagado ni vamos a pagar hasta que alguien venga a mirar la bomba de calor de la piscina, que sigue sin funcionar desde vuestra «reparación» de octubre. Tenemos a los socios quejándose del agua fría todos los días.\n\nJavi",
        lab(note="negated payment with the reason: faulty repair"),
    ),
    Reply(
        "dp-nl-1",
        "dispute",
        "nl",
        ("Sandra Hoekstra", "inkoop@parkdewaterlelie.example"),
        "2026-12-14 09:12 +0100",
        "outlook_html",
        "Goedemorgen,\n\nOp factuur BW26-41455 staan 20 emmers chloortabletten van 5 kg, maar er zijn er op 24 november maar 12 afgeleverd. De pakbon is door onze medewerker afgetekend met de opmerking ‘12 ontvangen’.\n\nGraag een creditnota voor de 8 emmers die wij niet hebben ontvangen. Het bedrag voor de geleverde 12 emmers maken wij over zodra de correctie binnen is.\n\nMet vriendelijke groet,\nSandra Hoekstra\nInkoop & administratie\nVakantiepark De Waterlelie",
        lab(
            ("BW26-41455",),
            note="short delivery; payment of the rest is conditional on the credit note",
        ),
        inv="BW26-41455",
    ),
    Reply(
        "dp-nl-2",
        "dispute",
        "nl",
        ("Wim Peeters", "wim.peeters@peeters-vandamme.example"),
        "2026-12-05 10:20 +0100",
        "gmail",
        "Goeiedag,\n\nIk begrijp deze factuur niet. De lekkende zandfilter is in september onder garantie vervangen, dat heeft uw technieker mij zelf gezegd. Waarom moet ik daar nu € 486 voor betalen?\n\nIk betaal dit niet zolang niemand mij kan uitleggen waarom de garantie niet geldt.\n\nVriendelijke groeten,\nWim Peeters",
        lab(
            note="warranty repair invoiced; Flemish reply to a French reminder; the question is part of the refusal, not an invoice request",
        ),
        amt="486.00",
        rlang="fr",
        headers=(("Content-Language", "nl-BE"),),
    ),
    Reply(
        "dp-it-1",
        "dispute",
        "it",
        ("Giulia Marchetti", "g.marchetti@hotelpanoramadolomiti.example"),
        "2026-12-09 16:30 +0100",
        "html_only",
        "Buongiorno,\n\nla fattura BW26-41150 riporta 6 interventi di manutenzione sulla piscina coperta nel mese di ottobre, mentre dai rapportini firmati dal nostro personale ne risultano solo 4 (2, 9, 16 e 23 ottobre).\n\nVi chiediamo di verificare e di emettere una nota di credito per i 2 interventi non effettuati.\n\nCordiali saluti,\nGiulia Marchetti\nUfficio Acquisti – Hotel Panorama Dolomiti",
        lab(("BW26-41150",), note="visits billed that the signed reports do not show"),
        inv="BW26-41150",
    ),
    Reply(
        "dp-it-2",
        "dispute",
        "it",
        ("Roberto Esposito", "roberto.esposito@espositocasa.example"),
        "2026-11-28 11:15 +0100",
        "samsung",
        "Buongiorno, l'acconto del 40% l'ho pagato a settembre, il saldo no: i lavori sulla vasca idromassaggio non sono finiti. Manca ancora il rivestimento in pietra e la centralina non è collegata. Quando avrete finito il lavoro pagherò il resto.\n\nRoberto Esposito",
        lab(
            note="deposit paid, balance withheld because the work is unfinished: dispute over the payment claim and the conditional promise",
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Rachel Dunn", "accounts@sandyholmeholidaypark.example"),
        "2026-12-01 14:10 +0000",
        "outlook_html",
        "Dear Brightwater team,\n\nOur season finished early this year after the flooding in September and cash is tight until bookings for 2027 open in February.\n\nCould we pay the £6,480.00 in four monthly instalments of £1,620.00, starting on 31 December? I can set up a standing order as soon as you agree.\n\nKind regards,\n\nRachel Dunn\nAccounts Manager\nSandy Holme Holiday Park\nRegistered office: Sandy Holme Lane, Skegness",
        lab(note="four instalments proposed; plan dates and amounts are not labelled"),
        amt="6480.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Maureen Dobbs", "mo.dobbs@dobbsfamily.example"),
        "2026-11-25 15:32 +0000",
        "bottom",
        "Dear Sir or Madam,\n\nI am a pensioner and the bill for the hot tub repair has come at a bad time. Would you accept £150 a month until it is cleared? I can pay the first £150 on the 1st of December.\n\nYours faithfully,\nMaureen Dobbs (Mrs)",
        lab(
            note="bottom-posted; monthly amounts with a first date are still a plan, whose dates are not labelled",
        ),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Callum Reid", "callum@reidstrengthclub.example"),
        "2026-12-11 10:05 +0000",
        "gmail",
        "Hi,\n\nI've just sent £1,000 towards this by bank transfer. Could we clear the remaining £1,480 at £500 a month from January? Membership renewals are slow this time of year.\n\nCheers,\nCallum Reid\nReid Strength Club, Dundee",
        lab(
            note="part paid now plus monthly amounts for the rest: payment_plan, not payment_sent, so no paid_date",
        ),
        amt="2480.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Thomas Reiter", "t.reiter@alpenhof-reiter.example"),
        "2026-12-10 11:00 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\naufgrund der Renovierung unseres Wellnessbereichs ist unsere Liquidität derzeit angespannt. Wir schlagen daher vor, den offenen Betrag von 3.600,00 EUR in drei Monatsraten zu je 1.200,00 EUR zu begleichen, die erste Rate zum 15.01.2027.\n\nWir bitten um eine kurze Bestätigung, ob Sie damit einverstanden sind.\n\nMit freundlichen Grüßen\n\nThomas Reiter\nGeschäftsführung\nHotel Alpenhof Reiter",
        lab(),
        amt="3600.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Alain Chappuis", "alain.chappuis@chappuis-vevey.example"),
        "2026-12-07 20:12 +0100",
        "apple",
        "Bonsoir,\n\nJe n'ai pas tout compris de votre message en allemand, mais je suppose qu'il s'agit de la facture pour la remise en service du spa. Serait-il possible de la régler en trois fois ? Je peux verser un premier tiers à la fin du mois.\n\nAvec mes meilleures salutations,\nAlain Chappuis",
        lab(
            note="French reply to a German reminder (Switzerland); 'en trois fois' asks for instalments"
        ),
        amt="1740.00",
        cur="CHF",
        rlang="de",
        headers=(("Content-Language", "fr-CH"),),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Sylvie Marchand", "sylvie.marchand@domainedeslavandes.example"),
        "2026-12-02 09:25 +0100",
        "outlook_html",
        "Bonjour,\n\nSuite à notre échange téléphonique avec M. Hartley, nous vous proposons l'échéancier suivant pour le solde de 3 000,00 € :\n- 1 000,00 € le 15 décembre 2026 ;\n- 1 000,00 € le 15 janvier 2027 ;\n- 1 000,00 € le 15 février 2027.\n\nMerci de nous confirmer votre accord par retour de mail.\n\nCordialement,\n\nSylvie Marchand\nGérante – Domaine des Lavandes, camping & spa",
        lab(note="dated schedule: the plan's dates are not a promised_date"),
        amt="3000.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Sergio Navarro", "sergio@fitzonealicante.example"),
        "2026-11-30 12:45 +0100",
        "thunderbird",
        "Buenos días,\n\n¿Sería posible fraccionar el pago en seis meses? Abrimos el segundo centro en septiembre y vamos muy justos de tesorería. Si nos dan el visto bueno, empezamos a pagar en enero.\n\nUn saludo,\nSergio Navarro\nFitZone Alicante",
        lab(),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Pilar Domínguez", "pdominguez@hotelsierranevada-spa.example"),
        "2026-12-17 13:35 +0100",
        "outlook",
        "Buenas tardes:\n\nLes proponemos abonar la deuda pendiente de 2.750,00 € mediante pagos semanales de 500 €, cada viernes, hasta saldarla. El primer pago sería este viernes 18.\n\nQuedamos a la espera de su conformidad.\n\nAtentamente,\n\nPilar Domínguez\nAdministración\nHotel Sierra Nevada & Spa",
        lab(
            note="weekly payments from Friday 18: a plan, and its first date is not a promised_date"
        ),
        amt="2750.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Marloes de Graaf", "marloes.degraaf@degraafthuis.example"),
        "2026-12-04 21:30 +0100",
        "iphone",
        "Hallo,\n\nKan ik dit bedrag in termijnen betalen? Bijvoorbeeld 3 keer € 415 per maand. Het komt nu even slecht uit met de feestdagen.\n\nGroetjes,\nMarloes de Graaf",
        lab(),
        amt="1245.00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Erik Jansen", "financien@bungalowparkdekempen.example"),
        "2026-11-24 15:50 +0100",
        "html_only",
        "Goedemiddag,\n\nZoals telefonisch besproken met uw collega willen wij graag een betalingsregeling treffen voor de openstaande facturen. Ons voorstel is om het totaalbedrag gespreid over de maanden januari tot en met april te voldoen, telkens rond de 20e van de maand.\n\nKunt u ons een schriftelijk voorstel sturen dat wij kunnen ondertekenen?\n\nMet vriendelijke groet,\n\nErik Jansen\nFinanciën – Bungalowpark De Kempen",
        lab(note="asks for the plan in writing: still payment_plan, not invoice_request"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Lorenzo Galli", "amministrazione@hotelvillaserena-lazise.example"),
        "2026-12-15 10:10 +0100",
        "outlook",
        "Buongiorno,\n\nin seguito alla chiusura stagionale della struttura vi chiediamo la possibilità di rateizzare l'importo di € 4.200,00 in tre rate mensili da € 1.400,00, a partire da gennaio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti,\nLorenzo Galli\nAmministrazione – Hotel Villa Serena",
        lab(),
        amt="4200.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Romano", "chiara.romano@romano-home.example"),
        "2026-12-12 17:45 +0100",
        "gmail",
        "Ciao, posso pagare metà adesso e l'altra metà a fine gennaio? Con le spese di Natale sono un po' in difficoltà.\n\nGrazie mille,\nChiara",
        lab(note="half now and half later, asked as a question"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Graham Whitley", "graham.whitley@whitley-casa.example"),
        "2026-12-03 10:18 +0100",
        "iphone",
        "Hi, sorry, my Spanish isn't up to much. I don't recognise this invoice – could you send me a copy in English and tell me which visit it's for? I thought the pool maintenance was paid quarterly by direct debit.\n\nGraham",
        lab(
            note="English reply to a Spanish reminder from a homeowner in Spain; asks for a copy and what it is for without contesting it",
        ),
        rlang="es",
        cur="EUR",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priya Nair", "priya.nair@harbourviewhotels.example"),
        "2026-11-27 09:40 +0000",
        "outlook_html",
        "Good morning,\n\nWe are unable to process invoice BW26-41244 as it does not quote a purchase order number. All supplier invoices must show a valid PO before they can be paid.\n\nPlease reissue the invoice showing PO 4500217731 and reply to this email with the new copy attached. Once received it will go into the next payment run.\n\nMany thanks,\n\nPriya Nair\nAccounts Payable Officer\nHarbourview Hotels Group\n\nHarbourview Hotels Group Ltd is registered in England and Wales, company number 08812265. This message is intended only for the addressee and may contain confidential information.",
        lab(
            ("BW26-41244",),
            note="reissue with a PO number; 'the next payment run' after the reissue is not a dated promise",
        ),
        inv="BW26-41244",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Natalie Price", "natalie.price@activelifeleisure.example"),
        "2026-12-16 14:00 +0000",
        "html_only",
        "Hi,\n\nOur auditors have asked for a statement of account from each of our main suppliers as at 30 November. Could you please send one over for Active Life Leisure (all four sites)?\n\nThanks,\nNatalie Price\nGroup Finance Officer\nActive Life Leisure",
        lab(note="statement of account request; HTML-only message"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Albrecht", "petra.albrecht@albrecht-home.example"),
        "2026-11-24 18:22 +0100",
        "gmail",
        "Hallo,\n\ndie Rechnung ist bei mir nie angekommen, weder per Post noch per E-Mail. Können Sie sie mir bitte als PDF schicken? Dann überweise ich sofort.\n\nViele Grüße\nPetra Albrecht",
        lab(note="invoice never received; paying 'then' depends on the copy: invoice_request"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Kathrin Vogt", "k.vogt@seehotel-am-ufer.example"),
        "2026-12-04 10:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nfür den Vorsteuerabzug benötigen wir eine Rechnung, auf der unsere USt-IdNr. DE 318 552 907 sowie der Leistungszeitraum angegeben sind. Beides fehlt auf der Rechnung BW26-41098.\n\nBitte senden Sie uns eine entsprechend ergänzte Rechnung; der Betrag selbst ist in Ordnung.\n\nMit freundlichen Grüßen\nKathrin Vogt\nRechnungswesen\nSeehotel am Ufer GmbH & Co. KG",
        lab(("BW26-41098",), note="corrected invoice for VAT details; the amount is not contested"),
        inv="BW26-41098",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Julien Perrin", "julien.perrin@moovefit-clubs.example"),
        "2026-12-01 11:05 +0100",
        "owa",
        "Bonjour,\n\nPourriez-vous nous transmettre les bons d'intervention correspondant à la facture BW26-41019 ? Notre comptable en a besoin avant de valider le paiement.\n\nMerci d'avance,\nJulien Perrin\nResponsable de club – Moove Fit Lyon Part-Dieu",
        lab(("BW26-41019",), note="asks for the supporting work orders"),
        inv="BW26-41019",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Bernard Fabre", "bernard.fabre@fabre-villa.example"),
        "2026-11-25 20:48 +0100",
        "roundcube",
        "Bonsoir,\n\nJe n'ai jamais reçu cette facture. Pouvez-vous me l'envoyer en pièce jointe, avec le détail des produits facturés ?\n\nMerci,\nBernard Fabre",
        lab(),
        cte="8bit",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Marta Esteve", "administracion@campingmarblau.example"),
        "2026-12-09 12:20 +0100",
        "outlook",
        "Buenos días:\n\nDesde el 1 de octubre el camping lo explota una nueva sociedad, Mar Blau Turisme, S.L. (CIF B-01234567), y la factura BW26-41322 está emitida a nombre de la anterior. Nuestro banco no nos deja pagar facturas que no estén a nombre de la sociedad.\n\n¿Pueden anularla y emitir una nueva con los datos correctos? En cuanto la tengamos, la pagamos.\n\nGracias,\n\nMarta Esteve\nAdministración - Càmping Mar Blau",
        lab(("BW26-41322",), note="reissue to the new legal entity; the amount is not contested"),
        inv="BW26-41322",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Antonio Gil", "antoniogil62@gil-familia.example"),
        "2026-12-14 19:10 +0100",
        "iphone",
        "¿De qué es esta factura? No me suena haber pedido nada este año.\n\nAntonio",
        lab(note="asks what the invoice is for; doubt, not a claim that it is wrong"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Femke van Dijk", "f.vandijk@hotelduinzicht.example"),
        "2026-12-08 08:55 +0100",
        "owa",
        "Goedemorgen,\n\nKunt u ons een kopie van factuur BW26-41170 sturen, samen met de werkbon van het onderhoud aan de sauna's? Onze directeur wil die zien voordat hij de betaling fiatteert.\n\nMet vriendelijke groet,\n\nFemke van Dijk\nAdministratie\nHotel Duinzicht, Noordwijk",
        lab(("BW26-41170",)),
        inv="BW26-41170",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elena Fontana", "e.fontana@hotelcastelloborgo.example"),
        "2026-11-30 11:45 +0100",
        "outlook_html",
        "Buongiorno,\n\nnon ci risulta pervenuta la fattura elettronica BW26-40962 sul Sistema di Interscambio. Vi chiediamo di trasmetterla tramite SDI indicando il nostro codice destinatario X7QPL2T, altrimenti non possiamo registrarla né pagarla.\n\nCordiali saluti,\nElena Fontana\nAmministrazione – Hotel Castello del Borgo",
        lab(
            ("BW26-40962",),
            note="asks for the electronic invoice through the Italian exchange system",
        ),
        inv="BW26-40962",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Marco Testa", "marco.testa@testa-villa.example"),
        "2026-12-17 21:05 +0100",
        "thunderbird",
        "Buonasera, non trovo più la fattura, me la potete rimandare? Grazie.\n\nMarco Testa",
        lab(),
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Dominic Shaw", "dom.shaw.personal@gmail.com"),
        "2026-11-30 19:42 +0000",
        "gmail",
        "Hi,\n\nThis has come through to my personal address – I left the Harbour Lights Hotel at the end of October. My successor is Ruth Okafor, ruth.okafor@harbourlightshotel.example, and she will be able to help.\n\nBest,\nDominic",
        lab(new_contact="ruth.okafor@harbourlightshotel.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Neil Ashworth", "neil.ashworth@ashworth-home.example"),
        "2026-12-07 08:15 +0000",
        "gmail_plain",
        "You've got the wrong person. I don't have a pool or a hot tub, I live in a second-floor flat. Please check your records, someone must have given you the wrong email address.\n\nNeil Ashworth",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Tom Reilly", "leeds.manager@corefitclubs.example"),
        "2026-12-03 16:25 +0000",
        "outlook_html",
        "Hi,\n\nI'm the club manager at CoreFit Leeds and I can't authorise payments. Invoices for all our clubs are handled centrally by head office – please send this to payables@corefitclubs.example (copied in).\n\nThanks,\nTom Reilly\nClub Manager | CoreFit Leeds\n\nCONFIDENTIALITY: This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it.",
        lab(
            new_contact="payables@corefitclubs.example",
            note="the same address is copied in Cc in mixed case; labelled in lower case",
        ),
        headers=(("Cc", "CoreFit Payables <Payables@CoreFitClubs.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jana Wolff", "rezeption@parkhotel-lindenhof.example"),
        "2026-11-25 11:30 +0100",
        "outlook",
        "Guten Tag,\n\nFrau Kessler ist seit Oktober nicht mehr in unserem Haus beschäftigt, ihre E-Mails werden an die Rezeption weitergeleitet. Für Rechnungen und Mahnungen wenden Sie sich bitte künftig an buchhaltung@parkhotel-lindenhof.example.\n\nFreundliche Grüße\nJana Wolff\nRezeption – Parkhotel Lindenhof",
        lab(new_contact="buchhaltung@parkhotel-lindenhof.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Rüdiger Hahn", "ruediger.hahn@hahn-privat.example"),
        "2026-12-10 12:05 +0100",
        "apple",
        "Guten Tag,\n\ndas Haus in der Birkenstraße 12 samt Pool habe ich im August verkauft. Die Wartung im Oktober hat der neue Eigentümer beauftragt, nicht ich. Bitte wenden Sie sich an ihn – seine E-Mail-Adresse habe ich leider nicht.\n\nMit freundlichen Grüßen\nRüdiger Hahn",
        lab(note="house sold; the new owner is mentioned without an address"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Domaine des Pins", "contact@domainedespins-camping.example"),
        "2026-12-01 08:12 +0100",
        "none",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er novembre 2026. Merci d'adresser désormais vos factures et courriers à comptabilite@domainedespins-camping.example.\n\nL'équipe du Domaine des Pins",
        lab(
            new_contact="comptabilite@domainedespins-camping.example",
            note="automatic 'address no longer read' notice naming the new address: wrong_contact (README rule), not auto_reply",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
        same_day=True,
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Hervé Dubois", "h.dubois@hotellesalizes-biarritz.example"),
        "2026-12-11 10:35 +0100",
        "outlook_html",
        "Bonjour,\n\nJe suis le directeur technique de l'hôtel et je ne m'occupe pas des paiements. Notre comptabilité est tenue par un cabinet extérieur : merci d'écrire directement à Mme Leroy, cabinet.leroy@expertise-leroy.example, qui a toutes nos factures.\n\nCordialement,\nHervé Dubois\nDirecteur technique – Hôtel Les Alizés",
        lab(new_contact="cabinet.leroy@expertise-leroy.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Camping Río Verde", "reservas@campingrioverde.example"),
        "2026-11-26 11:50 +0100",
        "gmail",
        "Buenos días:\n\nEsta dirección es solo para reservas y no tenemos acceso a la contabilidad. Para cualquier tema de facturas o pagos escriban, por favor, a administracion@campingrioverde.example.\n\nUn saludo,\nRecepción – Camping Río Verde",
        lab(new_contact="administracion@campingrioverde.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Laura Cabrera", "recepcion@hotellasdunas-cadiz.example"),
        "2026-12-15 09:20 +0100",
        "outlook",
        "Marta, te reenvío esto que ha llegado a recepción. Lo llevas tú, ¿verdad? Pongo en copia a Brightwater para que a partir de ahora te escriban directamente a ti (marta.gil@hotellasdunas-cadiz.example).\n\nGracias,\nLaura\nRecepción – Hotel Las Dunas",
        lab(
            new_contact="marta.gil@hotellasdunas-cadiz.example",
            note="forwarded to the bookkeeper with the supplier in Cc, asking the supplier to write to her from now on",
        ),
        forward_to=("Marta Gil", "marta.gil@hotellasdunas-cadiz.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Bas Vermeulen", "bas@sportcentrumdeboog.example"),
        "2026-12-02 07:45 +0100",
        "outlook_ios",
        "Ik werk sinds 1 november niet meer bij Sportcentrum De Boog. Stuur facturen en herinneringen voortaan naar financien@sportcentrumdeboog.example.\n\nGroet, Bas",
        lab(new_contact="financien@sportcentrumdeboog.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Annelies Jansen", "annelies.jansen@jansen-thuis.example"),
        "2026-12-13 14:02 +0100",
        "iphone",
        "Mijn man regelt alle rekeningen voor het zwembad. Wilt u het naar hem mailen? Zijn adres is p.jansen72@gmail.com\n\nAnnelies",
        lab(new_contact="p.jansen72@gmail.com"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Hotel Mirabella Amministrazione", "amministrazione@hotelmirabella-sorrento.example"),
        "2026-12-04 13:13 +0100",
        "gmail",
        "Gentili fornitori,\n\nvi informiamo che, a seguito di un cambio del nostro sistema di posta, l'indirizzo attuale verrà disattivato a breve. Vi preghiamo pertanto di aggiornare i vostri archivi e di inviare da oggi tutta la corrispondenza amministrativa, comprese fatture e solleciti, esclusivamente a amministrazione.hotelmirabella@gmail.com.\n\nVi chiediamo inoltre di non contattare la reception per questa pratica.\n\nCordiali saluti,\nUfficio Amministrazione\nHotel Mirabella",
        lab(
            new_contact="amministrazione.hotelmirabella@gmail.com",
            note="reads like mail-redirection fraud (free-mail address, 'do not call reception'); labelled by what it asks, and a person must confirm by phone before the contact is changed",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Karen Whitfield", "karen.whitfield@whitfield-home.example"),
        "2026-11-23 12:40 +0000",
        "gmail_plain",
        "Take me off your mailing list. I never signed a contract with Brightwater and I'm not paying for a hot tub service I never ordered. Any more of these and I'll report you.\n\nK Whitfield",
        lab(note="stop request plus a denial of the order: unsubscribe beats dispute"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("", "jmcallister@mcallister-house.example"),
        "2026-12-09 22:14 +0000",
        "iphone",
        "STOP",
        lab(note="one word, no display name"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Philip Osborne", "p.osborne@osborne-consult.example"),
        "2026-12-14 09:02 +0000",
        "thunderbird",
        "To whom it may concern,\n\nUnder the UK GDPR I am withdrawing any consent to be contacted at this email address and asking you to stop sending emails to it. Correspondence about my account should be sent by post to my home address, which you hold.\n\nRegards,\nPhilip Osborne",
        lab(note="data-protection objection plus 'by post only': unsubscribe"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Frank Bergmann", "frank.bergmann@bergmann-pool.example"),
        "2026-12-03 20:30 +0100",
        "gmail",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Die Rechnung ist längst bezahlt, und ich möchte keine Mails mehr von Ihnen bekommen.\n\nF. Bergmann",
        lab(
            note="stop request plus a payment claim: unsubscribe wins; German reply to an English reminder"
        ),
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Gerd Maurer", "g.maurer@hotel-kurhaus-seeblick.example"),
        "2026-11-27 14:48 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns keine Zahlungserinnerungen mehr per E-Mail zu schicken. Schriftverkehr zu offenen Posten nehmen wir ausschließlich per Post an unsere Verwaltung entgegen.\n\nMit freundlichen Grüßen\nGerd Maurer\nVerwaltungsleiter – Hotel Kurhaus Seeblick",
        lab(note="'by post only' → unsubscribe"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Gilles Mercier", "gilles.mercier@mercier-residence.example"),
        "2026-12-08 18:00 +0100",
        "roundcube",
        "Monsieur, Madame,\n\nJe vous demande de cesser de m'envoyer ces courriels. Ce dossier est désormais entre les mains de mon avocat, Maître Aubry, qui prendra contact avec vous par courrier.\n\nGilles Mercier",
        lab(note="stop request; the lawyer is named without an address"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Rosa Blanco", "rosa.blanco@blanco-hogar.example"),
        "2026-11-29 11:22 +0100",
        "iphone",
        "Dejen de escribirme, por favor. Esto ya lo hablé por teléfono con su compañero la semana pasada.\n\nRosa",
        lab(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Iván Castro", "ivan.castro@powerhousegym-bilbao.example"),
        "2026-12-16 17:30 +0100",
        "gmail",
        "Hola,\n\nNo quiero recibir más recordatorios por correo electrónico. Si tienen algo que decirme, llámenme al 600 000 318.\n\nIván Castro\nPowerhouse Gym Bilbao",
        lab(note="no more email, phone only → unsubscribe"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Ruud Kok", "ruudkok@kok-familie.example"),
        "2026-12-05 09:48 +0100",
        "samsung",
        "Afmelden",
        lab(note="one-word Dutch 'unsubscribe'"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("R. van Leeuwen", "directie@vakantieparkzonnedauw.example"),
        "2026-12-17 11:10 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nWij wensen geen herinneringen meer per e-mail te ontvangen. De factuur wordt door ons betwist en de verdere afhandeling loopt via onze advocaat.\n\nHoogachtend,\n\nR. van Leeuwen\nDirectie Vakantiepark Zonnedauw",
        lab(note="stop request plus a dispute handled by a lawyer: unsubscribe beats dispute"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giorgio Conti", "giorgio.conti@conti-casa.example"),
        "2026-11-24 13:05 +0100",
        "iphone",
        "Cancellatemi dalla vostra lista, grazie.",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Direzione Hotel Belvedere", "direzione@hotelbelvedere-stresa.example"),
        "2026-12-10 09:15 +0100",
        "outlook",
        "Spettabile ditta,\n\nvi invitiamo a non inviare più solleciti a questo indirizzo e-mail. Ogni comunicazione relativa alla vostra posizione dovrà pervenirci esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti,\nLa Direzione\nHotel Belvedere",
        lab(note="registered post only → unsubscribe"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Simon Carter", "simon.carter@lakelandspahotel.example"),
        "2026-12-02 08:09 +0000",
        "none",
        "Thank you for your email. I am out of the office until Monday 7 December with no access to email.\n\nFor anything urgent please ring the hotel on 01632 960552 and ask for the duty manager.\n\nSimon Carter\nGeneral Manager, Lakeland Spa Hotel",
        lab(return_date="2026-12-07", note="'until X' → X itself (README rule)"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        same_day=True,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("HealthHub Support", "support@healthhubleisure.example"),
        "2026-12-08 08:20 +0000",
        "none",
        "Hello,\n\nThank you for contacting HealthHub Member & Supplier Services. Your case number is HH-0091822.\n\nA member of our team will respond within 3 working days. Please keep the case number in the subject line of any reply so that we can keep your conversation together.\n\nHealthHub Leisure – Support Centre\nThis mailbox is monitored Monday to Friday, 9am to 5pm.",
        lab(note="ticket acknowledgement; no date"),
        subject="[Case HH-0091822] {rsub}",
        headers=(AUTO_GEN, ("X-Ticket-ID", "HH-0091822")),
        same_day=True,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Fiona Gallagher", "fiona.gallagher@glenmorehouse-hotel.example"),
        "2026-12-08 08:31 +0000",
        "none",
        "Hi, thanks for your message. I'm currently on annual leave, returning Wednesday 16th December. In my absence please contact reception@glenmorehouse-hotel.example for anything urgent.\n\nFiona\n\n(This is an automated response.)",
        lab(
            return_date="2026-12-16",
            note="auto-reply with a plain 'Re:' subject and only X-Autoreply; a colleague's address does not set new_contact",
        ),
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        cur="EUR",
        same_day=True,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Neumann", "c.neumann@fitnesspark-neumann.example"),
        "2026-11-30 08:40 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nvom 30.11. bis einschließlich 04.12.2026 bin ich nicht im Büro. Ab Montag, dem 07.12.2026, bin ich wieder für Sie da.\n\nIhre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie unser Studio-Team unter 0511 000 4471.\n\nMit freundlichen Grüßen\nClaudia Neumann\nFitnesspark Neumann",
        lab(return_date="2026-12-07", note="the stated day back wins over 'bis einschließlich'"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
        same_day=True,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Alpengasthof Gamskar", "info@alpengasthof-gamskar.example"),
        "2026-11-24 09:05 +0100",
        "none",
        "Grüß Gott!\n\nUnser Haus ist bis 17. Dezember in Betriebsurlaub. Ab dem 18. Dezember sind wir wieder persönlich für Sie erreichbar und beantworten Ihre Nachricht so rasch wie möglich.\n\nHerzliche Grüße aus dem Zillertal\nFamilie Egger\nAlpengasthof Gamskar",
        lab(return_date="2026-12-18", note="'ab dem 18.' wins over 'bis 17.'; Austrian ski hotel"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
        same_day=True,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Céline Morel", "celine.morel@aquaforme-clubs.example"),
        "2026-11-26 08:15 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au vendredi 4 décembre. Votre message sera traité à mon retour.\n\nPour toute demande urgente concernant la facturation, vous pouvez joindre l'accueil du club au 04 00 00 27 15.\n\nCéline Morel\nAquaForme Clubs – Administration",
        lab(return_date="2026-12-04", note="'jusqu'au X' → X itself (README rule)"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        same_day=True,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Camping La Clairière", "accueil@camping-laclairiere.example"),
        "2026-12-15 08:05 +0100",
        "none",
        "Bonjour,\n\nLe camping est fermé pour la saison d'hiver et nos bureaux sont fermés jusqu'au 3 janvier 2027. Nous traiterons votre message à partir du lundi 4 janvier 2027.\n\nBonnes fêtes de fin d'année !\nL'équipe du Camping La Clairière",
        lab(
            return_date="2027-01-04",
            note="winter closure; the day mail is handled again wins over 'jusqu'au 3 janvier'; only Precedence: bulk marks it as automatic",
        ),
        subject="Fermeture annuelle – Camping La Clairière",
        headers=(("Precedence", "bulk"),),
        same_day=True,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Nuria Vidal", "nuria.vidal@hotelcostabrava-spa.example"),
        "2026-12-09 08:25 +0100",
        "none",
        "Gracias por su mensaje.\n\nEstaré de vacaciones del 9 al 18 de diciembre, ambos inclusive. Me reincorporaré el lunes 21 de diciembre.\n\nPara asuntos urgentes pueden dirigirse a recepción.\n\nNuria Vidal\nDepartamento Financiero - Hotel Costa Brava & Spa",
        lab(return_date="2026-12-21"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
        same_day=True,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Vakantiepark Duinrand", "info@vakantieparkduinrand.example"),
        "2026-12-03 08:40 +0100",
        "none",
        "Beste gast, beste relatie,\n\nBedankt voor uw e-mail! Wij streven ernaar binnen twee werkdagen te reageren. Voor boekingen kunt u het snelst terecht op onze website.\n\nZonnige groet,\nTeam Vakantiepark Duinrand",
        lab(note="holiday-park autoresponder without Auto-Submitted; no date"),
        subject="Bedankt voor uw bericht",
        same_day=True,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Lotte Visser", "l.visser@wellnessresortdemolen.example"),
        "2026-11-27 08:21 +0100",
        "none",
        "Goedendag,\n\nIk ben tot 2 december niet op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nLotte Visser\nWellnessresort De Molen",
        lab(return_date="2026-12-02", note="'tot X' → X itself (README rule)"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        same_day=True,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Alessandra Moretti", "a.moretti@palestraolimpo.example"),
        "2026-12-04 08:35 +0100",
        "none",
        "Buongiorno,\n\nsono fuori sede per un corso di formazione. Rientro previsto: lunedì 14 dicembre.\n\nPer urgenze potete contattare la segreteria allo 02 0000 3381.\n\nAlessandra Moretti\nPalestra Olimpo – Amministrazione",
        lab(return_date="2026-12-14"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        same_day=True,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Amministrazione Resort Le Querce", "amministrazione@resortlequerce.example"),
        "2026-12-16 08:50 +0100",
        "none",
        "Gentile fornitore,\n\nla sua e-mail è stata ricevuta dall'Ufficio Amministrazione e verrà evasa entro 5 giorni lavorativi. Non è necessario inviare ulteriori solleciti.\n\nResort Le Querce - Amministrazione",
        lab(note="receipt acknowledgement; no date"),
        subject="Conferma di ricezione: {rsub}",
        headers=(AUTO_GEN,),
        charset="iso-8859-1",
        same_day=True,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Accounts – Seacliff Holiday Village", "accounts@seacliffholidayvillage.example"),
        "2026-12-11 09:52 +0000",
        "outlook_html",
        "Dear Supplier,\n\nPlease note that our company bank details have changed following a change of banking provider. Our new details are:\n\nAccount name: Seacliff Holiday Village Ltd\nSort code: 40-17-22\nAccount number: 31558409\n\nKindly update your records and refund the £420.00 credit balance on our account to the new details today. Please do not telephone the office as our lines are being upgraded this week; confirm by reply to this email only.\n\nRegards,\nAccounts Department\nSeacliff Holiday Village",
        lab(
            note="phishing-like request to change bank details and send money out; no AR intent fits, and a person must verify by phone",
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Margaret Pryce", "margaret.pryce@prycefamily.example"),
        "2026-12-05 10:40 +0000",
        "iphone",
        "Good morning. Is there a way to pay by card over the phone? I don't use online banking and my son normally does it for me but he's away.\n\nMargaret Pryce",
        lab(note="question about the means of payment, no commitment or date; a person answers"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("James Thornton", "james.thornton@thornton-lodge.example"),
        "2026-12-17 12:10 +0000",
        "gmail",
        "Thanks for the reminder. While I have you – when is the winter closing visit for the pool booked in? Nobody has been in touch and the cover is still off.\n\nJames",
        lab(note="service question; 'thanks for the reminder' is neither a claim nor a promise"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Sven Richter", "s.richter@fitwerk-richter.example"),
        "2026-12-02 15:00 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir haben das Studio zum 30.11.2026 geschlossen, die Gesellschaft befindet sich in Liquidation. Der Liquidator wird sich wegen aller offenen Forderungen schriftlich bei Ihnen melden.\n\nMit freundlichen Grüßen\nSven Richter\nFitwerk Richter GmbH i. L.",
        lab(
            note="gym closed and in liquidation; no address for the liquidator and nothing promised"
        ),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Ulrike Hoffmann", "ulrike.hoffmann@hoffmann-garten.example"),
        "2026-12-14 11:35 +0100",
        "roundcube",
        "Guten Tag,\n\nist diese Mail echt? Letzte Woche kam schon eine angeblich von Ihnen, mit einer neuen Bankverbindung in Litauen. Bevor ich irgendetwas überweise, hätte ich gern einen Rückruf unter 0171 0000 582.\n\nU. Hoffmann",
        lab(
            note="asks whether the reminder is genuine after a fake bank-details mail; a person calls back"
        ),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Sophie Garnier", "sophie.garnier@garnier-maison.example"),
        "2026-11-30 12:02 +0100",
        "iphone",
        "Bien reçu, merci.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Laurent Bouvier", "l.bouvier@residencelespins.example"),
        "2026-12-03 14:40 +0100",
        "owa",
        "Bonjour,\n\nAvant de traiter ce point, pourriez-vous nous dire où en est la proposition de renouvellement du contrat d'entretien pour 2027 ? Nous attendons votre devis depuis octobre.\n\nCordialement,\nLaurent Bouvier\nRésidence de vacances Les Pins",
        lab(note="question about next year's contract; nothing about this invoice itself"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Óscar Prieto", "oscar@prietogym.example"),
        "2026-12-09 16:50 +0100",
        "gmail_plain",
        "Ok, recibido. Se lo paso a mi socio.\n\nÓscar",
        lab(note="acknowledgement; passing it on to a partner gives no new contact"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Sanz", "elena.sanz@sanz-chalet.example"),
        "2026-11-27 19:25 +0100",
        "samsung",
        "Hola, aprovecho para preguntar: ¿el técnico puede venir el martes en vez del jueves para la revisión de la depuradora? El jueves no hay nadie en casa.\n\nGracias,\nElena",
        lab(note="rescheduling a maintenance visit; nothing about the invoice"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Hans de Vries", "hans@devries-sportschool.example"),
        "2026-12-04 16:58 +0100",
        "bottom",
        "Dank voor de herinnering. Ik kijk er na het weekend even naar.\n\nHans\nSportschool De Vries",
        lab(note="'I'll look at it after the weekend' is no commitment to pay"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Davide Russo", "davide.russo@russo-villa.example"),
        "2026-11-25 10:30 +0100",
        "apple",
        "Buongiorno, colgo l'occasione per chiedervi se fate anche la manutenzione delle saune finlandesi. Ne abbiamo appena installata una in giardino.\n\nGrazie,\nDavide Russo",
        lab(note="sales question in the reminder thread"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Federica Lombardi", "f.lombardi@campingilfaro.example"),
        "2026-12-18 09:40 +0100",
        "outlook_ios",
        "Ricevuto, grazie. Buone feste!\n\nFederica",
        lab(note="acknowledgement only"),
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
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    build: Callable[[Bounce], Message]
    lag: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Brightwater's relay (UTC)."""
        return (
            self.dt - timedelta(minutes=self.lag, seconds=number(self.key, "s", 50))
        ).astimezone(UTC)

    @property
    def invoice(self) -> str:
        return f"BW26-{40000 + number(self.key, 'invoice', 2000)}"

    def reminder(self) -> Message:
        amount = f"{150 + number(self.key, 'amount', 2400)}.{number(self.key, 'cents', 20) * 5:02d}"
        return sent_reminder(
            self.rlang, self.key, rcpt=self.rcpt, inv=self.invoice, amt=amount, when=self.sent
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def dsn(per_message: list[str], per_recipient: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def header_copy(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    return alternative(
        text_part(plain, "plain", charset, cte), text_part(markup, "html", charset, cte)
    )


def finish(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    host: str,
    msgid: str,
    extra: tuple[tuple[str, str], ...] = (),
    date: str = "",
) -> Message:
    head = [
        ("Return-Path", "<>"),
        ("Delivered-To", AR_ADDR),
        ("Received", received(b.key, host, doc_ip(b.key), b.dt)),
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_word(subject, "utf-8", "bounce")),
        ("Date", date or format_datetime(b.dt)),
        ("Message-ID", msgid),
        *extra,
    ]
    if msg.get_content_type() == "text/plain" and "Content-Type" not in msg:
        for k, v in head:  # a non-MIME notice: plain headers, no MIME-Version
            msg[k] = v
        return msg
    return assemble(msg, head)


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def mta_boundary(b: Bounce, host: str) -> Callable[[int], str]:
    return lambda n: f"{b32(b.key, f'q{n}', 11)}.{epoch(b.dt)}/{host}"


def bounce_sendmail_hard(b: Bounce) -> Message:
    remote = f"mx.{b.domain}"
    diag = f"550 5.1.1 <{b.rcpt}>... User unknown"
    human = (
        f"The original message was received at {format_datetime(b.sent, usegmt=True)}\n"
        "from app02.brightwater-poolspa.example [10.20.4.17]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: {diag})\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {remote}.:\n>>> RCPT To:<{b.rcpt}>\n<<< {diag}\n{diag}\n"
    )
    status = dsn(
        [
            f"Reporting-MTA: dns; {AR_RELAY}",
            "Received-From-MTA: DNS; app02.brightwater-poolspa.example",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Final-Recipient: RFC822; {b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            f"Remote-MTA: DNS; {remote}",
            f"Diagnostic-Code: SMTP; {diag}",
            f"Last-Attempt-Date: {format_datetime(b.dt)}",
        ],
    )
    msg = report(text_part(human, "plain", "us-ascii", "7bit"), status, MIMEMessage(b.reminder()))
    stamp = b.dt.astimezone(UTC).strftime("%Y%m%d%H%M")
    out = finish(
        b,
        msg,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{AR_RELAY}>",
        subject="Returned mail: see transcript for details",
        host=AR_RELAY,
        msgid=f"<{stamp}.{b32(b.key, 'mid', 14)}@{AR_RELAY}>",
        extra=(AUTO,),
    )
    set_boundaries(out, mta_boundary(b, AR_RELAY))
    return out


def qmail_date(dt: datetime) -> str:
    utc = dt.astimezone(UTC)
    return f"{utc.day} {utc:%b %Y %H:%M:%S} -0000"


def bounce_qmail_hard(b: Bounce) -> Message:
    host = f"mail.{b.domain}"
    pid = 20000 + number(b.key, "pid", 9000)
    copy = (
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {pid} invoked from network); {qmail_date(b.sent)}\n"
        f"Received: from {AR_RELAY} (HELO {AR_RELAY}) ({doc_ip(b.key + 'relay')})\n"
        f"  by {host} with ESMTPS; {qmail_date(b.sent)}\n" + b.reminder().as_string()
    )
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#{b.status})\n\n"
        "--- Below this line is a copy of the message.\n\n" + copy
    )
    msg = Message()
    msg.set_payload(text)
    stamp = b.dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host}",
        subject="failure notice",
        host=host,
        msgid=f"<{stamp}.{pid + 4}.qmail@{host}>",
        date=qmail_date(b.dt),
    )


def bounce_gmail_fr_hard(b: Bounce) -> Message:
    response = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    lines = [
        "** Adresse introuvable **",
        f"Votre message n'a pas été distribué à {b.rcpt}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
        "Plus d'informations : https://support.google.com/mail/?p=NoSuchUser",
        "La réponse du serveur distant était :",
        response,
    ]
    markup = (
        '<html>\n<head></head>\n<body>\n<table cellpadding="0" cellspacing="0" width="100%" style="font-family:Google Sans,Roboto,sans-serif">\n'
        + "".join(f'<tr><td style="padding:8px 0">{html.escape(x)}</td></tr>\n' for x in lines)
        + "</table>\n</body>\n</html>\n"
    )
    status = dsn(
        [
            "Reporting-MTA: dns; googlemail.com",
            "Received-From-MTA: dns; accounts.receivable@brightwater-poolspa.example",
            f"Arrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}",
            f"X-Original-Message-ID: {reminder_msgid(b.key)}",
        ],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            f"Remote-MTA: dns; mx.{b.domain}. ({doc_ip(b.key)}, the server for the domain {b.domain}.)",
            f"Diagnostic-Code: smtp; {response}",
            f"Last-Attempt-Date: {format_datetime(b.dt)}",
        ],
    )
    msg = report(
        human_alternative("\n\n".join(lines) + "\n", markup, "utf-8", "qp"), status, header_copy(b)
    )
    mid = digest(b.key, "gmr").hex()
    out = finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        host=f"mail-sor-f{41 + number(b.key, 'sor', 50)}.google.com",
        msgid=f"<{mid[:8]}.{mid[8:16]}.{mid[16:22]}.{mid[22:26]}.GMR@mx.google.com>",
        extra=(("X-Failed-Recipients", b.rcpt), AUTO),
    )
    set_boundaries(out, lambda n: "000000000000" + digest(b.key, f"g{n}").hex()[:16])
    return out


def bounce_provider_es_hard(b: Bounce) -> Message:
    rem = b.reminder()
    host = "correo.hostingmediterraneo.example"
    text = (
        f"Este es un mensaje generado automáticamente por el servidor de correo {host}.\n\n"
        "No ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n"
        f"  {b.rcpt}\n"
        f"  Motivo: la cuenta de correo está desactivada (550 {b.status} Mailbox disabled, account suspended by administrator).\n"
        "  Por favor, elimine esta dirección de sus listas de distribución.\n\n"
        "Se trata de un error permanente; no se realizarán más intentos.\n\n"
        "--- Cabeceras del mensaje original ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        sender=f"Servicio de correo <mailer-daemon@{host}>",
        subject=f"Mensaje no entregado: {b.subject()}",
        host=host,
        msgid=f"<ndr.{b32(b.key, 'mid', 16).lower()}@{host}>",
        extra=(AUTO, ("X-Failed-Recipients", b.rcpt)),
    )


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwater-poolspa.example>"


def exchange_markup(title: str, paragraphs: list[str], admin: str, charset: str) -> str:
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
        '<body>\n<table style="background-color:white;width:548px;max-width:548px;font-family:Segoe UI,Frutiger,Arial,sans-serif">\n'
        f'<tr><td style="font-size:20px;color:#C00000;padding:16px 10px">{html.escape(title)}</td></tr>\n'
        + "".join(
            f'<tr><td style="font-size:15px;padding:6px 10px">{html_text(p)}</td></tr>\n'
            for p in paragraphs
        )
        + f'</table>\n<br>\n<div style="font-family:Consolas,monospace;font-size:13px">{html_text(admin)}</div>\n</body>\n</html>\n'
    )


def exchange_report(
    b: Bounce,
    *,
    title: str,
    paragraphs: list[str],
    admin: str,
    server: str,
    diag: str,
    returned: Message,
) -> Message:
    plain = "\n\n".join([title, *paragraphs, admin]) + "\n"
    human = human_alternative(
        plain, exchange_markup(title, paragraphs, admin, "utf-8"), "utf-8", "b64"
    )
    status = dsn(
        [
            f"Reporting-MTA: dns;{server}",
            f"Received-From-MTA: dns;{server}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Original-Recipient: rfc822;{b.rcpt}",
            f"Final-Recipient: rfc822;{b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            f"Diagnostic-Code: smtp;{diag}",
        ],
    )
    return report(human, status, returned)


def exchange_finish(b: Bounce, msg: Message, subject: str) -> Message:
    guid = apple_uuid(b.key, "xguid").lower()
    out = finish(
        b,
        msg,
        sender=EXCHANGE_SENDER,
        subject=subject,
        host="mail-am6eur05.outbound.brightwater-poolspa.example",
        msgid=f"<{apple_uuid(b.key, 'xmid')}@{b32(b.key, 'xhost', 8)}.eurprd05.prod.outlook.com>",
        extra=(
            AUTO,
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", CONTENT_LANGUAGE[b.lang]),
        ),
    )
    set_boundaries(out, lambda n: f"_{n}_{guid}_")
    return out


def bounce_exchange_nl_hard(b: Bounce) -> Message:
    server = "DB9PR02MB7043.eurprd02.prod.outlook.example"
    diag = "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"
    admin = (
        f"Diagnostische gegevens voor beheerders:\n\nGenererende server: {server}\n\n{b.rcpt}\n"
        f"Antwoord van de externe server: '{diag}'"
    )
    msg = exchange_report(
        b,
        title="Uw bericht is niet bezorgd",
        paragraphs=[
            f"Uw bericht aan {b.rcpt} kon niet worden bezorgd. Het domein {b.domain} bestaat niet of kan niet worden gevonden.",
            f"Onderwerp: {b.subject()}",
            "Wat kunt u doen?\nControleer of het e-mailadres goed is gespeld. Klopt het adres, neem dan op een andere manier contact op met de geadresseerde, bijvoorbeeld telefonisch, en vraag of het e-maildomein nog in gebruik is.",
        ],
        admin=admin,
        server=server,
        diag=diag,
        returned=MIMEMessage(b.reminder()),
    )
    return exchange_finish(b, msg, f"Onbestelbaar: {b.subject()}")


def bounce_exchange_de_full(b: Bounce) -> Message:
    server = "FR4P281MB3312.DEUP281.PROD.OUTLOOK.example"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; [Stage: DeliverMessage]"
    admin = (
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\n"
        f"Vom Remoteserver zurückgegeben: '{diag}'"
    )
    msg = exchange_report(
        b,
        title="Ihre Nachricht wurde nicht zugestellt",
        paragraphs=[
            f"Ihre Nachricht hat {b.rcpt} nicht erreicht, weil das Postfach des Empfängers voll ist.",
            "Was können Sie tun?\nSenden Sie die Nachricht später noch einmal, oder bitten Sie den Empfänger auf anderem Weg, in seinem Postfach Platz zu schaffen.",
        ],
        admin=admin,
        server=server,
        diag=diag,
        returned=header_copy(b),
    )
    return exchange_finish(b, msg, f"Unzustellbar: {b.subject()}")


def bounce_postfix_it_hard(b: Bounce) -> Message:
    host = "mx.postaitalia-hosting.example"
    diag = (
        f"550 {b.status} Messaggio rifiutato: la casella accetta posta solo da mittenti autorizzati"
    )
    text = (
        f"Questo è il sistema di posta dell'host {host}.\n\n"
        "Il messaggio allegato non è stato consegnato a uno o più destinatari.\n\n"
        f"<{b.rcpt}>: il server del destinatario ha rifiutato il messaggio:\n    {diag}\n\n"
        "Si tratta di un errore permanente. Per assistenza scrivete a postmaster@postaitalia-hosting.example allegando questa notifica.\n"
    )
    status = dsn(
        [
            f"Reporting-MTA: dns; {host}",
            f"X-Postfix-Queue-ID: {qid(b.key + 'pf')}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            f"Original-Recipient: rfc822;{b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            f"Remote-MTA: dns; mail.{b.domain}",
            f"Diagnostic-Code: smtp; {diag}",
        ],
    )
    msg = report(text_part(text, "plain", "utf-8", "qp"), status, MIMEMessage(b.reminder()))
    out = finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host} (Sistema di posta)",
        subject="Notifica di mancato recapito",
        host=host,
        msgid=f"<{b32(b.key, 'mid', 20).lower()}@{host}>",
        extra=(AUTO,),
    )
    set_boundaries(out, mta_boundary(b, host))
    return out


def bounce_postfix_delay(b: Bounce) -> Message:
    remote = f"mx.{b.domain}"
    reason = f"connect to {remote}[{doc_ip(b.key + 'mx')}]:25: Connection timed out"
    text = (
        f"This is the mail system at host {AR_RELAY}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: {reason}\n"
    )
    status = dsn(
        [
            f"Reporting-MTA: dns; {AR_RELAY}",
            f"X-Postfix-Queue-ID: {qid(b.key + 'pf')}",
            f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            f"Original-Recipient: rfc822;{b.rcpt}",
            "Action: delayed",
            f"Status: {b.status}",
            f"Diagnostic-Code: X-Postfix; {reason}",
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}",
        ],
    )
    msg = report(text_part(text, "plain", "us-ascii", "7bit"), status, header_copy(b))
    out = finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{AR_RELAY} (Mail Delivery System)",
        subject="Delayed Mail (still being retried)",
        host=AR_RELAY,
        msgid=f"<{qid(b.key + 'dly')}@{AR_RELAY}>",
        extra=(AUTO,),
    )
    set_boundaries(out, mta_boundary(b, AR_RELAY))
    return out


def bounce_greylist_fr(b: Bounce) -> Message:
    host = "smtp.routage-pro.example"
    sent = b.sent.astimezone(b.dt.tzinfo)
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du service de messagerie {host}.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        f"Le serveur du destinataire a répondu : 451 {b.status} Greylisting in action, please come back later\n\n"
        "Il s'agit d'une erreur temporaire. Nous continuerons à essayer de distribuer le message pendant 5 jours ; vous n'avez rien à faire pour l'instant.\n\n"
        f"Objet du message : {b.subject()}\n"
        f"Date d'envoi : {sent:%d/%m/%Y %H:%M}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "8bit"),
        sender=f"Postmaster <postmaster@{host}>",
        subject="Avis de retard de distribution",
        host=host,
        msgid=f"<delay.{b32(b.key, 'mid', 18).lower()}@{host}>",
        extra=(AUTO,),
    )


def bounce_provider_es_delay(b: Bounce) -> Message:
    host = "correo.nubeiberica.example"
    local = b.dt.tzinfo
    retry = (b.sent + timedelta(days=4)).astimezone(local)
    text = (
        "Aviso de retraso en la entrega\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha entregado.\n\n"
        f"Motivo: el servidor de destino mx.{b.domain} no responde (451 {b.status} tiempo de espera agotado).\n\n"
        f"No tiene que hacer nada. Seguiremos intentándolo hasta el {retry:%d/%m/%Y} a las {retry:%H:%M}; si para entonces no se ha podido entregar, le enviaremos otro aviso.\n\n"
        f"Asunto: {b.subject()}\n"
        f"Enviado: {b.sent.astimezone(local):%d/%m/%Y %H:%M}\n"
    )
    status = dsn(
        [f"Reporting-MTA: dns; {host}", f"Arrival-Date: {format_datetime(b.sent)}"],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: delayed",
            f"Status: {b.status}",
            f"Remote-MTA: dns; mx.{b.domain}",
            f"Diagnostic-Code: smtp; 451 {b.status} Connection timed out",
            f"Will-Retry-Until: {format_datetime(retry)}",
        ],
    )
    msg = report(text_part(text, "plain", "utf-8", "qp"), status, header_copy(b))
    out = finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host} (Sistema de entrega de correo)",
        subject="Aviso de retraso en la entrega",
        host=host,
        msgid=f"<{b32(b.key, 'mid', 20).lower()}@{host}>",
        extra=(AUTO,),
    )
    set_boundaries(out, lambda n: f"=_nube_{digest(b.key, f'n{n}').hex()[:24]}")
    return out


def bounce_provider_nl_delay(b: Bounce) -> Message:
    host = "mail.hostingnoord.example"
    text = (
        f"Dit is een automatisch gegenereerd bericht van {host}.\n\n"
        "Uw bericht is nog niet afgeleverd bij de volgende ontvanger:\n\n"
        f"  {b.rcpt}\n\n"
        f"De ontvangende server meldde: 452 {b.status} Insufficient system storage\n\n"
        "Wij proberen het bericht de komende 4 dagen opnieuw af te leveren. U hoeft niets te doen. Lukt het niet, dan ontvangt u een nieuw bericht.\n\n"
        f"Onderwerp: {b.subject()}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "qp"),
        sender=f"Mail Delivery System <MAILER-DAEMON@{host}>",
        subject="Waarschuwing: bericht nog niet afgeleverd",
        host=host,
        msgid=f"<{b32(b.key, 'mid', 20).lower()}@{host}>",
        extra=(AUTO,),
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    host = "mail.webhostingitalia.example"
    text = (
        "Gentile cliente,\n\n"
        f"il messaggio allegato, indirizzato a {b.rcpt}, non è stato ancora consegnato perché la casella del destinatario è piena (452 {b.status} Mailbox full).\n\n"
        "Il sistema riproverà automaticamente nelle prossime 72 ore. Se la casella non verrà liberata entro questo termine, riceverà una notifica di mancata consegna definitiva.\n\n"
        "Servizio Posta - webhostingitalia.example\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    out = finish(
        b,
        outer,
        sender=f"Servizio Posta <postmaster@{host}>",
        subject="Avviso: consegna ritardata",
        host=host,
        msgid=f"<{b32(b.key, 'mid', 20).lower()}@{host}>",
        extra=(AUTO,),
    )
    set_boundaries(out, lambda n: f"----=_NextPart_{digest(b.key, f'i{n}').hex()[:20]}")
    return out


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "office@willowbankcottages.example",
        "2026-11-30 08:14 +0000",
        "en",
        bounce_sendmail_hard,
        note="Sendmail RFC 3464 report with the whole returned message",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "bookings@thebathhouse-gym.example",
        "2026-12-07 09:03 +0000",
        "en",
        bounce_qmail_hard,
        lag=1,
        note="qmail-style non-MIME failure notice; the status only appears as '(#5.1.1)'",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.4.1",
        "info@brambleberryhotel.example",
        "2026-12-09 12:20 +0000",
        "en",
        bounce_postfix_delay,
        lag=245,
        note="Postfix delay warning ('still being retried')",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "soft",
        "5.2.2",
        "buchhaltung@thermenresort-auental.example",
        "2026-12-03 09:44 +0100",
        "de",
        bounce_exchange_de_full,
        note="mailbox full reported with a 5.x code: soft (README rule), the code is kept",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.1",
        "gestion@campinglesrochers.example",
        "2026-12-02 00:11 -0800",
        "fr",
        bounce_gmail_fr_hard,
        lag=1,
        note="Gmail report in French with an English subject; dated in Pacific time",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.7.1",
        "reservation@residencelesmouettes.example",
        "2026-11-25 13:30 +0100",
        "fr",
        bounce_greylist_fr,
        lag=300,
        note="non-standard French delay notice (greylisting), single text part",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.2.1",
        "info@hostalsolmar.example",
        "2026-12-11 10:26 +0100",
        "es",
        bounce_provider_es_hard,
        note="disabled mailbox, permanent; the notice's 'remove this address from your lists' does not make it an unsubscribe: bounce wins",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.7",
        "contabilidad@aparthotelbrisamar.example",
        "2026-12-17 10:40 +0100",
        "es",
        bounce_provider_es_delay,
        lag=1440,
        note="Spanish provider delay report (RFC 3464)",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "hard",
        "5.4.4",
        "administratie@campingdeboshoek.example",
        "2026-12-14 09:08 +0100",
        "nl",
        bounce_exchange_nl_hard,
        note="Exchange 'Onbestelbaar', nonexistent domain",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "soft",
        "4.3.1",
        "info@fitnessclubdewieken.example",
        "2026-12-08 15:05 +0100",
        "nl",
        bounce_provider_nl_delay,
        lag=360,
        note="Dutch provider warning, single text part, no delivery-status",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.7.1",
        "direzione@agriturismolerondini.example",
        "2026-12-16 11:02 +0100",
        "it",
        bounce_postfix_it_hard,
        note="policy rejection 5.7.1 is permanent: hard",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "info@campingpinetamare.example",
        "2026-12-01 09:35 +0100",
        "it",
        bounce_provider_it_full,
        lag=180,
        note="Italian provider delay notice in multipart/mixed, mailbox full with a 4.x code",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, consistency checks, output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(r.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_reply(r: Reply, label: Mapping[str, object]) -> None:
    """Labels that contradict the hand-written text are caught here, not by the classifier."""
    problems = []
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        problems.append("unknown intent, language or style")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None and datetime.strptime(
            str(value), "%Y-%m-%d"
        ).date() > r.dt.date() + timedelta(days=180):
            problems.append(f"{key} too far out")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    refs = label["invoice_refs"]
    assert isinstance(refs, list)
    for ref in refs:
        if str(ref)[5:] not in r.body:
            problems.append(f"{ref} is not in the text")
    written = {
        "BW26-" + r.body[i + 5 : i + 10]
        for i in range(len(r.body))
        if r.body.startswith("BW26-", i)
    }
    attachment_name = r.attach[0] if r.attach else ""
    if not written <= set(refs) and not all(w in attachment_name for w in written - set(refs)):
        problems.append(f"invoice numbers {sorted(written)} not all labelled")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in r.body.lower()
    ):
        problems.append("new_contact must be lower case and written in the text")
    if problems:
        raise SystemExit(f"{r.key}: " + "; ".join(problems))


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = []
    for r in REPLIES:
        label = reply_label(r)
        check_reply(r, label)
        items.append((r.key, build_reply(r), label))
    items += [(b.key, b.build(b), bounce_label(b)) for b in BOUNCES]
    return items


def check_message(name: str, data: bytes, label: Mapping[str, object]) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes the transfer encoding and the charset
    if label["intent"] == "bounce" and str(label["failed_recipient"]).encode() not in data:
        raise SystemExit(f"{name}: the failed recipient is not in the report")
    dated = (
        datetime.strptime(str(msg["Date"]).replace(" -0000", " +0000"), "%a, %d %b %Y %H:%M:%S %z")
        if "," in str(msg["Date"])
        else None
    )
    if (
        label["intent"] != "bounce"
        and dated is not None
        and not "2026-11-23" <= f"{dated:%Y-%m-%d}" <= "2026-12-18"
    ):
        raise SystemExit(f"{name}: dated outside the corpus window")


def count_table(labels: list[dict[str, object]]) -> str:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    lines = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data, label)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
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
