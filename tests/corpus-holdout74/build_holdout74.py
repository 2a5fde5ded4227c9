# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 74: `h74-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Aurora Event Catering after it sent an overdue
reminder. The new text of each message is written by hand below. The script adds only what a mail
client or a mail server would add: the quoted reminder (in the client's layout and language),
headers, MIME structure, charsets and transfer encodings, and the machine parts of bounces.
It writes next to itself, deterministically (no clock, no random module: fixed seed string).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "aurora-holdout74-seed-20270510"
PREFIX: Final = "h74"
AR_NAME: Final = "Aurora Receivables"
AR_ADDR: Final = "receivables@aurora-catering.example"
AR_DOMAIN: Final = "aurora-catering.example"
LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final = (
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
FIRST_DAY: Final = date(2027, 5, 10)
LAST_DAY: Final = date(2027, 6, 4)
PER_INTENT: Final = 12


# --------------------------------------------------------------------------------------------
# Labels and specs
# --------------------------------------------------------------------------------------------


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from the new text (all optional)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message answering a reminder, with its client and its labels."""

    key: str
    intent: str
    lang: str
    name: str
    addr: str
    when: str
    client: str
    body: str
    inv: str
    owed: str
    cur: str = "EUR"
    facts: Facts = field(default_factory=Facts)
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    ago: int = 2
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def loc(self) -> str:
        """The client's locale: US English when the sender sits west of the Atlantic."""
        offset = self.dt.utcoffset() or timedelta(0)
        if self.lang == "en":
            return "en-US" if offset < timedelta(0) else "en-GB"
        return self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder that was sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    owed: str
    build: Callable[[Bounce], Message]
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines as each client writes them, per locale.
GMAIL_ATTR: Final = {
    "en-GB": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {wda}, {mona} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en-GB": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {mona} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{mm}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR: Final = {
    "en-GB": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "en-GB": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "en-US": "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, separator
OUTLOOK_LABELS: Final = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
# divider, From, Date, To, Subject (Samsung Email)
SAMSUNG_LABELS: Final = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_RE: Final = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
SIGS: Final = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
    "ios_outlook": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS herunterladen",
        "fr": "Télécharger Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
}
LATIN1_FIXES: Final = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}
CURRENCY_SIGN: Final = {"EUR": "€", "GBP": "£", "USD": "US$"}
NBSP: Final = "\u00a0"
AURORA_TZ: Final = timezone(timedelta(hours=2))


# --------------------------------------------------------------------------------------------
# The reminder Aurora sent (its wording, per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Aviso de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} is vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below has passed its due date and is still open:\n\n"
        "Invoice: {inv}\nInvoice date: {issued}\nDue date: {due}\nAmount outstanding: {amt}\n\n"
        "If you have already paid, thank you – please send us the payment date and reference so that we can match it. If something on the invoice does not look right, just reply to this e-mail and we will look into it.\n\n"
        "With kind regards,\n\nReceivables team\nAurora Event Catering\n{addr}"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist:\n\n"
        "Rechnung: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen – nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nAurora Event Catering\n{addr}"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance et n'a pas encore été réglée :\n\n"
        "Facture : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci – pourriez-vous nous indiquer sa date et sa référence afin que nous puissions le rapprocher ? Si un élément de la facture vous paraît inexact, il suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService clients – comptabilité\nAurora Event Catering\n{addr}"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente:\n\n"
        "Factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya ha realizado el pago, muchas gracias; indíquenos la fecha y la referencia para que podamos conciliarlo. Si algo de la factura no le parece correcto, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nDepartamento de cobros\nAurora Event Catering\n{addr}"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "Factuur: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor – laat u ons de betaaldatum en het kenmerk weten, dan kunnen wij de betaling koppelen. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nAurora Event Catering\n{addr}"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri archivi la fattura indicata qui sotto risulta scaduta e non ancora saldata:\n\n"
        "Fattura: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se ha già provveduto al pagamento la ringraziamo, e le chiediamo di comunicarci data e riferimento così da poterlo abbinare. Se qualcosa nella fattura non la convince, risponda pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nAurora Event Catering\n{addr}"
    ),
}
DATE_STYLE: Final = {
    "en": "{d} {mon} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def base_lang(loc: str) -> str:
    return loc.split("-", maxsplit=1)[0]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = base_lang(loc)
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def render(template: str, *, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_sent(reply_dt: datetime, days_before: int) -> datetime:
    """Aurora's reminder run: a working day before the reply, 08:30 Amsterdam time."""
    aurora = reply_dt.astimezone(AURORA_TZ)
    day = aurora - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + day.day % 5, second=0)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def money(amount: str, cur: str, lang: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = CURRENCY_SIGN[cur]
    if lang == "en":
        return f"{sign}{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}{sign}"
    dotted = grouped.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{dotted},{cents} {sign}"
    return f"{sign} {dotted},{cents}"


def downgrade(text: str, charset: str) -> str:
    """What a Latin-1 client does to characters it cannot send."""
    if charset not in {"iso-8859-1", "us-ascii"}:
        return text
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

ENCODINGS: Final = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part as the client encodes it; fails loudly if the text does not fit the charset."""
    text.encode(charset)
    codec = cs.Charset(charset)
    codec.body_encoding = ENCODINGS[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, charset: str, *, name: str = "Subject") -> str:
    """RFC 2047 encoding when the value is not ASCII, in the client's charset if it fits."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, name='From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an attached message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    for child in children:
        strip_inner_versions(child, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: Final = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
    "outlook": "_000_",
    "mta": "=_report_",
}


def fix_boundaries(msg: Message, *, key: str, family: str) -> None:
    prefix = BOUNDARY_STYLE.get(family, "------------")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + token(key, f"boundary{n}", 24))


def finalize(msg: Message, *, key: str, family: str) -> Message:
    content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    fix_boundaries(msg, key=key, family=family)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder and the client layouts around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str

    @property
    def lang(self) -> str:
        return base_lang(self.loc)


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(*, lang: str, inv: str, amount: str, sent: datetime) -> str:
    due = sent - timedelta(days=11)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=render(DATE_STYLE[lang], loc=lang, dt=issued),
        due=render(DATE_STYLE[lang], loc=lang, dt=due),
        amt=amount,
        addr=AR_ADDR,
    )


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.dt, r.ago).astimezone(r.dt.tzinfo)
    lang = r.reminder_lang
    text = reminder_text(lang=lang, inv=r.inv, amount=money(r.owed, r.cur, lang), sent=sent)
    return Quote(
        text=downgrade(text, r.charset),
        subject=downgrade(reminder_subject(lang, r.inv), r.charset),
        sent=sent,
        loc=r.loc,
        to=f"{r.name} <{r.addr}>" if r.name else r.addr,
    )


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.lang]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.loc], loc=q.loc, dt=q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's Word HTML with the grey divider above the quoted header block."""
    sep = OUTLOOK_LABELS[q.lang][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{sep.rstrip()}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_block(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{q.lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt">{head}<o:p></o:p></span></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.lang][0], *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    sep = OUTLOOK_LABELS[q.lang][5]
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{sep.rstrip()}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def gmail_attr(q: Quote) -> str:
    return render(GMAIL_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return render(APPLE_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{SIGS['iphone'][q.lang]}\n\n{quoted}\n")


def flow_line(line: str, width: int = 72) -> list[str]:
    """RFC 3676: a long line becomes soft-broken lines, each ending in a space."""
    match = re.match(r"^(>+ ?)?", line)
    prefix = match.group(0) if match else ""
    words = line[len(prefix) :].split(" ")
    out, current = [], ""
    for word in words:
        if current and len(prefix) + len(current) + len(word) > width:
            out.append(prefix + current)
            current = ""
        current += word + " "
    out.append(prefix + current.rstrip(" "))
    return out


def flowed(text: str) -> str:
    if text.strip() == "--":
        return text
    return "\n".join(chunk for line in text.split("\n") for chunk in flow_line(line))


def thunderbird_part(r: Reply, text: str) -> Message:
    """Thunderbird sends UTF-8 as format=flowed; legacy charsets as fixed lines."""
    if r.charset != "utf-8":
        return plain(r, text)
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = render(TB_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME)
    return thunderbird_part(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answering between the quoted paragraphs: [[qN]] marks paragraph N."""
    attr = render(TB_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME)
    text = r.body
    for n, para in enumerate(q.text.split("\n\n")):
        text = text.replace(f"[[q{n}]]", quote_lines(para))
    if "[[q" in text:
        raise SystemExit(f"{r.key}: unknown quote marker")
    return thunderbird_part(r, f"{attr}\n{text}\n")


def mobile_outlook(r: Reply, q: Quote, sig: str) -> Message:
    block = "\n".join(outlook_block(q))
    return plain(r, f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n", cte="b64")


def style_android(r: Reply, q: Quote) -> Message:
    return mobile_outlook(r, q, SIGS["android"][q.lang])


def style_ios_outlook(r: Reply, q: Quote) -> Message:
    return mobile_outlook(r, q, SIGS["ios_outlook"][q.lang])


def style_samsung(r: Reply, q: Quote) -> Message:
    divider, frm, when, to, subj = SAMSUNG_LABELS[q.lang]
    offset = q.sent.strftime("%z")
    stamp = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = [
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{when}: {stamp} ",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]
    sig = SIGS["samsung"][q.lang]
    text = "\n".join([r.body, "", "", "", sig, "", "", divider, *block, "", q.text, ""])
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(divider)}</div>'
        f"<div>{'<br>'.join(html.escape(x) for x in block)}</div><br></div>"
        f"{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(
        plain(r, text, cte="b64"), text_part(page, subtype="html", charset=r.charset, cte="b64")
    )


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(plain(r, r.body + "\n"), markup(r, page))


def table_html(block: str) -> str:
    """Lines with ' | ' become a table; other paragraphs stay paragraphs."""
    rows = [line.split(" | ") for line in block.split("\n")]
    head = "".join(f'<th align="left">{html.escape(c)}</th>' for c in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:]
    )
    return f'<table border="1" cellpadding="4" cellspacing="0"><tr>{head}</tr>{body}</table>'


def style_advice(r: Reply, q: Quote) -> Message:
    """A payables system's HTML-only payment advice."""
    del q
    blocks = [
        table_html(b) if " | " in b else f"<p>{html_lines(b)}</p>" for b in r.body.split("\n\n")
    ]
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"><title>Payment advice</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )
    return markup(r, page)


STYLES: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "ios_outlook": style_ios_outlook,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "advice": style_advice,
}
OUTLOOK_FAMILY: Final = {"outlook", "outlook_html", "html_only", "owa", "android", "ios_outlook"}
FAMILY: Final = {
    **dict.fromkeys(OUTLOOK_FAMILY, "outlook"),
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "samsung": "samsung",
}
THUNDERBIRD_UA: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.1"
)
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.500.181)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "inline": (("User-Agent", THUNDERBIRD_UA),),
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.addr.rsplit("@", 1)[1]
    family = FAMILY.get(r.client, "")
    if family == "gmail":
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if family == "outlook":
        return f"<{token(r.key, 'ms', 28)}@{token(r.key, 'host', 8)}.eurprd0{raw[0] % 9 + 1}.prod.outlook.com>"
    if family == "apple":
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if family == "samsung":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.replace("{orig}", q.subject)
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_RE[r.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    region = "en-GB" if r.lang == "en" else f"{r.lang}-{r.lang.upper()}"
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{region}, en-US"),
        ("Content-Language", region),
    ]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = STYLES[r.client](r, q)
    msg["From"] = mailbox(r.name, r.addr, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, family=FAMILY.get(r.client, "other"))


# --------------------------------------------------------------------------------------------
# Bounces: generated machine parts, hand-written human-readable parts
# --------------------------------------------------------------------------------------------

RELAY: Final = "mail-out1.aurora-catering.example"
RELAY_IP: Final = "198.51.100.27"


def rcpt_domain(b: Bounce) -> str:
    return b.rcpt.rsplit("@", 1)[1]


def sent_of(b: Bounce) -> datetime:
    """When Aurora sent the reminder: minutes before a failure, hours before a delay notice."""
    before = timedelta(hours=4, minutes=7) if b.status.startswith("4") else timedelta(minutes=3)
    return (b.dt - before).astimezone(AURORA_TZ)


def reminder_of(b: Bounce) -> Message:
    """The reminder as Aurora sent it."""
    lang, inv = b.rlang, b.inv
    text = reminder_text(lang=lang, inv=inv, amount=money(b.owed, "EUR", lang), sent=sent_of(b))
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent_of(b))
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "Aurora Collections 3.4"
    content_headers_last(msg)
    return msg


def reminder_subject_of(b: Bounce, charset: str = "utf-8") -> str:
    return downgrade(reminder_subject(b.rlang, b.inv), charset)


def delivery_status(b: Bounce, *, mta: str, diagnostic: str, remote: str = "") -> Message:
    action = "delayed" if b.status.startswith("4") else "failed"
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(sent_of(b))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(sent_of(b) + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return status


def returned_headers(b: Bounce) -> Message:
    original = reminder_of(b)
    text = "".join(f"{k}: {v}\n" for k, v in original.items() if not k.startswith("Content-"))
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(parts: Sequence[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    host: str,
    extra: Sequence[tuple[str, str]] = (),
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, key=b.key, family="mta")


def bounce_postfix(b: Bounce) -> Message:
    host = f"mx.{rcpt_domain(b)}"
    local = b.rcpt.split("@")[0]
    human = (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f'<{b.rcpt}>: unknown user: "{local}"\n'
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=host, diagnostic=f'550 5.1.1 <{b.rcpt}>: unknown user: "{local}"'),
        MIMEMessage(reminder_of(b)),
    ]
    sender = f"MAILER-DAEMON@{host} (Mail Delivery System)"
    return finish_bounce(
        b, report(parts), sender=sender, subject="Undelivered Mail Returned to Sender", host=host
    )


def bounce_qmail(b: Bounce) -> Message:
    host = f"mail.{rcpt_domain(b)}"
    copy = reminder_of(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(sent_of(b))}\n"
        f"Received: from {RELAY} (HELO {RELAY}) ({RELAY_IP})\n  by {host} with SMTP; {format_datetime(sent_of(b))}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = f"MAILER-DAEMON@{host}"
    return finish_bounce(b, msg, sender=sender, subject="failure notice", host=host)


def bounce_sendmail(b: Bounce) -> Message:
    host = f"smtp.{rcpt_domain(b)}"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(sent_of(b))}\n"
        f"from {RELAY} [{RELAY_IP}]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mailstore.{rcpt_domain(b)}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=host,
            diagnostic="451 4.4.1 reply: read error from mailstore",
            remote=f"mailstore.{rcpt_domain(b)}",
        ),
        returned_headers(b),
    ]
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
    subject = "Warning: could not send message for past 4 hours"
    return finish_bounce(b, report(parts), sender=sender, subject=subject, host=host)


EXCHANGE_SENDER: Final = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aurora-catering.example>"
)


def exchange_page(*, lines: Sequence[str], charset: str) -> Message:
    """An Exchange NDR's human part: the same paragraphs as text and as HTML."""
    text = "\n\n".join(lines) + "\n"
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
        "<body>\n<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px\">\n"
        + "\n".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "\n</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def exchange_report(
    b: Bounce, *, lines: Sequence[str], diagnostic: str, subject: str, remote: str = ""
) -> Message:
    server = f"AM8PR02MB{int.from_bytes(digest(b.key, 'srv')[:2], 'big') % 9000 + 1000}.eurprd02.prod.outlook.com"
    parts = [
        exchange_page(lines=lines, charset="utf-8"),
        delivery_status(b, mta=server, diagnostic=diagnostic, remote=remote),
        returned_headers(b),
    ]
    return finish_bounce(
        b, report(parts), sender=EXCHANGE_SENDER, subject=subject, host="aurora-catering.example"
    )


def bounce_exchange_de(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    lines = [
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        f"{local} wurde bei {domain} nicht gefunden.",
        "Aktion erforderlich: Empfänger\nUnbekannter Empfänger",
        "So beheben Sie das Problem: Die Nachricht konnte nicht zugestellt werden, weil die E-Mail-Adresse des Empfängers nicht gefunden wurde. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn um seine aktuelle Adresse.",
        "Weitere Informationen für E-Mail-Administratoren",
        f"Der Remoteserver hat '{diag}' zurückgegeben.",
    ]
    subject = f"Unzustellbar: {reminder_subject_of(b)}"
    return exchange_report(
        b,
        lines=lines,
        diagnostic=diag,
        subject=subject,
        remote=f"{domain.replace('.', '-')}.mail.protection.outlook.com",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    diag = "451 4.4.7 Message delayed; remote server did not respond in time"
    lines = [
        f"La remise à ces destinataires ou groupes est différée :\n\n{b.rcpt}",
        f"Objet : {reminder_subject_of(b)}",
        "Ce message n'a pas encore été remis. Nous allons continuer d'essayer de le remettre.",
        "Le serveur tentera de remettre ce message pendant encore 1 jour 19 heures et 52 minutes. Vous serez averti si le message ne peut pas être remis d'ici là.",
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : AM8PR02MB4471.eurprd02.prod.outlook.com\nDernière erreur de l'hôte distant : {diag}",
    ]
    subject = f"Remise différée : {reminder_subject_of(b)}"
    return exchange_report(b, lines=lines, diagnostic=diag, subject=subject)


def bounce_exchange_nl(b: Bounce) -> Message:
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    lines = [
        f"Uw bericht kan niet worden bezorgd bij de volgende ontvangers of groepen:\n\n{b.rcpt}",
        "Het e-mailadres dat u hebt opgegeven, kan niet worden gevonden. Controleer het adres van de ontvanger op typefouten en verstuur het bericht opnieuw. Lukt het dan nog niet, neem dan op een andere manier contact op met de ontvanger.",
        "Diagnostische gegevens voor beheerders:",
        f"Genererende server: EXCH02.{rcpt_domain(b)}\n\n{b.rcpt}\n{diag}",
    ]
    subject = f"Onbestelbaar: {reminder_subject_of(b)}"
    return exchange_report(b, lines=lines, diagnostic=diag, subject=subject)


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    lines = [
        f"Impossibile recapitare il messaggio a questi destinatari o gruppi:\n\n{b.rcpt}",
        "La cassetta postale del destinatario è piena e al momento non può ricevere messaggi. Riprova più tardi oppure contatta il destinatario in altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        f"Server di generazione: DB9PR08MB6630.eurprd08.prod.outlook.com\n\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    ]
    subject = f"Non recapitabile: {reminder_subject_of(b)}"
    return exchange_report(b, lines=lines, diagnostic=diag, subject=subject)


def bounce_provider_de(b: Bounce) -> Message:
    host = "mx02.rheinnetz-mail.example"
    retry = sent_of(b) + timedelta(days=3)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailsystems von Rheinnetz.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte bisher nicht zugestellt werden: Das Postfach des Empfängers ist voll.\n\n"
        f"Betreff:  {reminder_subject_of(b, 'iso-8859-1')}\n"
        f"Gesendet: {sent_of(b):%d.%m.%Y %H:%M} Uhr\n"
        f"Antwort des Zielservers: 452 4.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n\n"
        f"Dies ist noch kein endgültiger Fehler. Wir versuchen die Zustellung weiter bis zum {retry:%d.%m.%Y %H:%M} Uhr. "
        "Erst wenn sie bis dahin nicht gelingt, erhalten Sie eine weitere Nachricht. Sie müssen Ihre E-Mail nicht noch einmal senden.\n\n"
        "Ihr Rheinnetz Mail-Team\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    sender = f"Mail-System Rheinnetz <mailer-daemon@{host}>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Zustellung verzögert: Postfach des Empfängers voll",
        host=host,
    )


def bounce_provider_fr(b: Bounce) -> Message:
    host = "smtp.hebergia.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est le système de messagerie de {host}.\n\n"
        "Nous sommes au regret de vous informer que votre message n'a pas pu être distribué à l'adresse suivante :\n\n"
        f"    {b.rcpt}\n"
        "    Motif : cette boîte aux lettres n'existe pas\n"
        f"    Réponse du serveur distant : 550 5.1.1 <{b.rcpt}> : Recipient address rejected: User unknown\n\n"
        "Il s'agit d'une erreur définitive : le message ne sera pas renvoyé. Vérifiez l'orthographe de l'adresse ou joignez votre correspondant par un autre moyen.\n\n"
        "Vous trouverez votre message d'origine en pièce jointe.\n\n"
        "-- \nLe service de messagerie Hebergia\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"))
    outer.attach(MIMEMessage(reminder_of(b)))
    sender = f"Service de messagerie <MAILER-DAEMON@{host}>"
    return finish_bounce(
        b, outer, sender=sender, subject="Échec de distribution du message", host=host
    )


def bounce_gmail_es(b: Bounce) -> Message:
    domain = rcpt_domain(b)
    lines = [
        "** El mensaje no se ha entregado todavía **",
        f"Se ha producido un problema temporal al entregar tu mensaje a {b.rcpt}. Gmail volverá a intentarlo durante 44 horas más. Te avisaremos si no se puede entregar en ese plazo.",
        "La respuesta ha sido:",
        f"DNS Error: DNS type 'mx' lookup of {domain} responded with code SERVFAIL Domain name not found: {domain}",
    ]
    text = "\n\n".join(lines) + "\n"
    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    parts = [
        alternative(
            text_part(text, subtype="plain", charset="utf-8", cte="qp"),
            text_part(page, subtype="html", charset="utf-8", cte="qp"),
        ),
        delivery_status(
            b,
            mta="mx.google.com",
            diagnostic=f"DNS Error: DNS type 'mx' lookup of {domain} responded with code SERVFAIL",
        ),
        returned_headers(b),
    ]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish_bounce(
        b,
        report(parts),
        sender=sender,
        subject="Delivery Status Notification (Delay)",
        host="mx.google.com",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    host = "gw1.veiligmailen.example"
    text = (
        "Dit is een automatisch bericht van de e-mailbeveiliging van Aurora Event Catering (VeiligMailen Gateway).\n\n"
        "Uw bericht is nog niet afgeleverd. De ontvangende server heeft de aflevering tijdelijk geweigerd; de gateway probeert het automatisch opnieuw.\n\n"
        f"Ontvanger:   {b.rcpt}\n"
        f"Onderwerp:   {reminder_subject_of(b)}\n"
        f"Verzonden:   {sent_of(b):%d-%m-%Y %H:%M}\n"
        "Status:      4.7.1 (tijdelijk geweigerd, greylisting)\n"
        f"Antwoord:    451 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "U hoeft niets te doen. Als het bericht binnen 48 uur niet kan worden afgeleverd, ontvangt u een definitieve melding.\n"
    )
    parts = [
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta=host,
            diagnostic=f"451 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted",
            remote=f"mx.{rcpt_domain(b)}",
        ),
        returned_headers(b),
    ]
    sender = f"VeiligMailen Gateway <noreply-dsn@{host}>"
    return finish_bounce(
        b,
        report(parts),
        sender=sender,
        subject="Bezorging vertraagd: bericht nog niet afgeleverd",
        host=host,
    )


def bounce_exim_it(b: Bounce) -> Message:
    host = "smtp-out3.retecasa.example"
    copy = reminder_of(b).as_string()
    text = (
        "Questo messaggio è stato generato automaticamente dal sistema di posta.\n\n"
        "Un messaggio che hai inviato non è stato recapitato a uno o più destinatari. Si tratta di un errore permanente. "
        "Di seguito l'indirizzo che non è stato possibile raggiungere:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{rcpt_domain(b)} [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: utente inesistente / user unknown\n\n"
        "------ Segue una copia del messaggio, intestazioni comprese. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from [{RELAY_IP}] (helo={RELAY})\n\tby {host} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.98)\n\t(envelope-from <{AR_ADDR}>)\n\tid 1uQx7K-00CmRt-2f\n\tfor {b.rcpt}; {format_datetime(sent_of(b))}\n"
        f"{copy}"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    sender = f"Mail Delivery System <Mailer-Daemon@{host}>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Messaggio non recapitato: restituzione al mittente",
        host=host,
        extra=[("X-Failed-Recipients", b.rcpt)],
    )


BOUNCES: Final = [
    Bounce(
        key="bo-en-postfix",
        inv="AEC-27-203",
        owed="3180.00",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="events@harrowgate-hall.example",
        when="2027-05-11 07:34 +0100",
        rlang="en",
        build=bounce_postfix,
        note="recipient's Postfix: RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bo-en-qmail",
        inv="AEC-27-261",
        owed="2495.00",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@tidewaterfestival.example",
        when="2027-05-19 07:33 +0100",
        rlang="en",
        build=bounce_qmail,
        note="qmail 'failure notice', not MIME; the status is only in '(#5.1.1)'",
    ),
    Bounce(
        key="bo-en-sendmail",
        inv="AEC-27-311",
        owed="1730.00",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="finance@northfoldacademy.example",
        when="2027-05-25 12:40 +0100",
        rlang="en",
        build=bounce_sendmail,
        note="sendmail 4-hour warning: delayed, still retrying",
    ),
    Bounce(
        key="bo-de-exchange",
        inv="AEC-27-225",
        owed="4260.00",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungswesen@kanzlei-voss-berger.example",
        when="2027-05-13 08:33 +0200",
        rlang="de",
        build=bounce_exchange_de,
    ),
    Bounce(
        key="bo-de-provider",
        inv="AEC-27-323",
        owed="1915.00",
        lang="de",
        kind="soft",
        status="4.2.2",
        rcpt="familie.brandt@rheinnetz-mail.example",
        when="2027-05-27 12:44 +0200",
        rlang="de",
        build=bounce_provider_de,
        note="localized provider notice, mailbox full, delivery still being retried",
    ),
    Bounce(
        key="bo-fr-provider",
        inv="AEC-27-238",
        owed="2870.00",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="tresorier@amicale-laique-vernon.example",
        when="2027-05-17 08:35 +0200",
        rlang="fr",
        build=bounce_provider_fr,
        note="French provider notice in multipart/mixed, not RFC 3464",
    ),
    Bounce(
        key="bo-fr-exchange",
        inv="AEC-27-392",
        owed="6340.00",
        lang="fr",
        kind="soft",
        status="4.4.7",
        rcpt="comptabilite@domaine-des-aulnes.example",
        when="2027-06-01 12:51 +0200",
        rlang="fr",
        build=bounce_exchange_fr,
        note="Exchange 'Remise différée' delay notice",
    ),
    Bounce(
        key="bo-es-gmail",
        inv="AEC-27-287",
        owed="9875.00",
        lang="es",
        kind="soft",
        status="4.4.3",
        rcpt="pagos@festivalsonoramar.example",
        when="2027-05-21 13:02 +0200",
        rlang="es",
        build=bounce_gmail_es,
        note="Gmail delay notice in Spanish (DNS failure at the recipient's domain)",
    ),
    Bounce(
        key="bo-nl-exchange",
        inv="AEC-27-220",
        owed="1560.00",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="crediteuren@zorggroep-lindehof.example",
        when="2027-05-12 08:36 +0200",
        rlang="nl",
        build=bounce_exchange_nl,
    ),
    Bounce(
        key="bo-nl-gateway",
        inv="AEC-27-396",
        owed="3725.00",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="info@trouwlocatie-deoudepastorie.example",
        when="2027-06-03 12:48 +0200",
        rlang="nl",
        build=bounce_gateway_nl,
        note="outbound security gateway: greylisting delay",
    ),
    Bounce(
        key="bo-it-exim",
        inv="AEC-27-280",
        owed="2190.00",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="eventi@cantinabellaria.example",
        when="2027-05-20 08:39 +0200",
        rlang="it",
        build=bounce_exim_it,
        note="provider's localized Exim notice, single text part with the message inline",
    ),
    Bounce(
        key="bo-it-exchange",
        inv="AEC-27-374",
        owed="1480.00",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="amministrazione@liceo-galvani-imola.example",
        when="2027-05-31 08:37 +0200",
        rlang="it",
        build=bounce_exchange_it,
        note="mailbox full reported with a 5.x code: soft (README rule), the code is kept",
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        name="Jess Arkwright",
        addr="jess.arkwright@gmail.com",
        when="2027-05-12 21:47 +0100",
        client="iphone",
        body="done",
        inv="AEC-27-214",
        owed="2340.00",
        cur="GBP",
        facts=Facts(note="one word answering an overdue reminder: paid; no date given"),
    ),
    Reply(
        key="ps-en-advice",
        intent="payment_sent",
        lang="en",
        name="Halvorsen Group Payables",
        addr="ap-noreply@payables.halvorsen-group.example",
        when="2027-05-20 05:12 +0100",
        client="advice",
        subject="Remittance advice – payment 4400917733 – Aurora Event Catering",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Halvorsen P2P Payables 11.2")),
        body="Remittance advice\n\nPayer: Halvorsen Group Ltd\nPayee: Aurora Event Catering\nSupplier no.: V-20817\nPayment date: 20/05/2027\nPayment method: Bank transfer (SEPA)\nPayment reference: 4400917733\n\nDocument no. | Your invoice | Invoice date | Amount (EUR)\n5100048812 | AEC-27-288 | 14/04/2027 | 6,812.50\n5100048840 | AEC-27-301 | 19/04/2027 | 1,204.00\n\nTotal paid: EUR 8,016.50\n\nThis advice was generated automatically by the Halvorsen Group payables system. Replies to this address are not read. For queries about this payment please quote the payment reference and write to ap.queries@halvorsen-group.example.",
        inv="AEC-27-288",
        owed="6812.50",
        facts=Facts(
            paid="2027-05-20",
            ref="4400917733",
            amount="8016.50",
            currency="EUR",
            refs=("AEC-27-288", "AEC-27-301"),
            note="AP system's HTML-only payment advice (Auto-Submitted: auto-generated); the amount is the total paid; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-ooo-subject",
        intent="payment_sent",
        lang="en",
        name="Olivia Pryce",
        addr="olivia.pryce@hartwellrowe.example",
        when="2027-05-25 08:20 +0100",
        client="ios_outlook",
        subject="Out of office (sort of) – RE: {orig}",
        body="Hi,\n\nI'm on leave this week, hence the subject line, but I saw this come in. I released the transfer for the launch dinner before I left on Friday: £3,960.00, our reference HRT-BACS-0521. It can take a working day to show on your side.\n\nIf anything else comes up please copy in my colleague Sam, as I won't be checking mail again until next Tuesday.\n\nBest,\nOlivia\n\nOlivia Pryce | Events Lead\nHartwell & Rowe LLP",
        inv="AEC-27-262",
        owed="3960.00",
        cur="GBP",
        facts=Facts(
            paid="2027-05-21",
            ref="HRT-BACS-0521",
            amount="3960.00",
            currency="GBP",
            note="a person writing, with 'out of office' in the subject: not an auto-reply; 'Friday' is past, Fri 21 May",
        ),
    ),
    Reply(
        key="ps-de-bezahlt",
        intent="payment_sent",
        lang="de",
        name="Tobias Reinhardt",
        addr="t.reinhardt@reinhardt-eventlogistik.example",
        when="2027-05-18 16:02 +0200",
        client="android",
        body="Bezahlt.",
        inv="AEC-27-228",
        owed="1875.00",
        facts=Facts(note="one word; no date"),
    ),
    Reply(
        key="ps-de-foerderverein",
        intent="payment_sent",
        lang="de",
        name="Annette Köhler",
        addr="kasse@foerderverein-lindenhof.example",
        when="2027-05-18 10:14 +0200",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung AEC-27-233 über 2.145,60 EUR haben wir bereits am Freitag, 14.05., überwiesen. Die Zahlung müsste inzwischen bei Ihnen eingegangen sein, bitte prüfen Sie das noch einmal.\n\nBei dieser Gelegenheit: Das Büfett beim Sommerfest war hervorragend, die Eltern schwärmen heute noch davon.\n\nMit freundlichen Grüßen\nAnnette Köhler\nKassenwartin\nFörderverein Gymnasium am Lindenhof e. V.",
        inv="AEC-27-233",
        owed="2145.60",
        facts=Facts(paid="2027-05-14", amount="2145.60", currency="EUR", refs=("AEC-27-233",)),
    ),
    Reply(
        key="ps-fr-parents",
        intent="payment_sent",
        lang="fr",
        name="Dominique Faure",
        addr="dominique.faure@faure-famille.example",
        when="2027-05-22 09:31 +0200",
        client="apple",
        body="Bonjour,\n\nNous avons fait le virement hier soir depuis l'application de notre banque : 3 150 € pour le solde du mariage de notre fille Camille. Il devrait apparaître sur votre compte lundi ou mardi.\n\nEncore merci à toute l'équipe, le dîner était parfait.\n\nBien à vous,\nDominique et Hélène Faure",
        inv="AEC-27-239",
        owed="3150.00",
        facts=Facts(
            paid="2027-05-21",
            amount="3150.00",
            currency="EUR",
            note="the bride's parents paying; 'hier soir' is Fri 21 May",
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        name="Mathilde Royer",
        addr="m.royer@cabinet-royer-associes.example",
        when="2027-05-27 14:05 +0200",
        client="outlook_html",
        charset="windows-1252",
        body="Bonjour,\n\nLe chèque n° 0004417 de 1 860,00 € a été posté lundi en lettre suivie, en règlement de la facture AEC-27-256.\n\nPar ailleurs, pourriez-vous nous envoyer vos tarifs pour un cocktail dînatoire d'une centaine de personnes fin septembre ? Nous aimerions renouveler l'expérience.\n\nBien cordialement,\n\nMathilde Royer\nAssistante de direction\nCabinet Royer & Associés\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.",
        inv="AEC-27-256",
        owed="1860.00",
        facts=Facts(
            paid="2027-05-24",
            ref="0004417",
            amount="1860.00",
            currency="EUR",
            refs=("AEC-27-256",),
            note="cheque posted on Monday 24 May: sent; the price question for a new event is secondary",
        ),
    ),
    Reply(
        key="ps-es-festival",
        intent="payment_sent",
        lang="es",
        name="Íñigo Larrañaga",
        addr="administracion@bilbosoinufest.example",
        when="2027-06-02 11:48 +0200",
        client="outlook_html",
        body="Buenos días:\n\nOs hicimos la transferencia el viernes pasado por el importe total de la factura AEC-27-402, 12.480,00 €. La referencia de la operación es 2027052800193.\n\nSi todavía no os aparece, decídnoslo y pedimos el justificante al banco.\n\nUn saludo,\n\nÍñigo Larrañaga\nAdministración – Bilbo Soinu Fest\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        inv="AEC-27-402",
        owed="12480.00",
        facts=Facts(
            paid="2027-05-28",
            ref="2027052800193",
            amount="12480.00",
            currency="EUR",
            refs=("AEC-27-402",),
            note="'el viernes pasado' from Wed 2 June is Fri 28 May",
        ),
    ),
    Reply(
        key="ps-nl-exact",
        intent="payment_sent",
        lang="nl",
        name="Kroon & Visser Evenementen B.V.",
        addr="noreply@mailing.exactonline.example",
        when="2027-05-19 07:45 +0200",
        client="notice_html",
        subject="Betaalspecificatie Kroon & Visser Evenementen B.V. – 19-05-2027",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Exact Online")),
        body="Geachte relatie,\n\nVandaag hebben wij de volgende betaling aan u verricht:\n\nUw factuurnummer: AEC-27-267\nOmschrijving: catering personeelsfeest 24 april\nBedrag: € 5.430,25\n\nTotaal betaald: € 5.430,25\nBetalingskenmerk: 1000 2027 0519 0042\nUitvoeringsdatum: 19-05-2027\n\nDit bericht is automatisch verstuurd vanuit Exact Online namens Kroon & Visser Evenementen B.V. Vragen over deze betaling? Neem contact op met onze administratie via administratie@kroonvisser.example.\n\nMet vriendelijke groet,\nKroon & Visser Evenementen B.V.",
        inv="AEC-27-267",
        owed="5430.25",
        facts=Facts(
            paid="2027-05-19",
            ref="1000 2027 0519 0042",
            amount="5430.25",
            currency="EUR",
            refs=("AEC-27-267",),
            note="Exact Online payment run notice (auto-generated); the administration address is for questions, not a new contact",
        ),
    ),
    Reply(
        key="ps-nl-venue",
        intent="payment_sent",
        lang="nl",
        name="Marloes Hendriks",
        addr="marloes@landgoed-heerlijkheid.example",
        when="2027-05-31 14:22 +0200",
        client="gmail",
        body="Hallo,\n\nNamens het bruidspaar De Wit – Jansen hebben wij vandaag het openstaande bedrag van factuur 319 overgemaakt (€ 2.975,00). Wij verrekenen dit zelf met het paar via de zaalhuur.\n\nGroet,\nMarloes Hendriks\nEvenementen – Landgoed De Heerlijkheid",
        inv="AEC-27-319",
        owed="2975.00",
        facts=Facts(
            paid="2027-05-31",
            amount="2975.00",
            currency="EUR",
            refs=("AEC-27-319",),
            note="a venue paying on the couple's behalf; 'factuur 319' is a short form of AEC-27-319",
        ),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        name="Chiara Montanari",
        addr="amministrazione@villaserena-eventi.example",
        when="2027-05-13 11:05 +0200",
        client="thunderbird",
        cte="8bit",
        body="Buongiorno,\n\nvi informiamo che in data odierna abbiamo disposto il bonifico di € 1.740,00 a saldo della fattura AEC-27-245 (TRN 0306927145887201).\n\nCordiali saluti\n\nChiara Montanari\nUfficio amministrativo\nVilla Serena Eventi S.r.l.",
        inv="AEC-27-245",
        owed="1740.00",
        facts=Facts(
            paid="2027-05-13",
            ref="0306927145887201",
            amount="1740.00",
            currency="EUR",
            refs=("AEC-27-245",),
        ),
    ),
    Reply(
        key="ps-it-ieri",
        intent="payment_sent",
        lang="it",
        name="Davide Ferri",
        addr="davide.ferri88@libero.it",
        when="2027-06-01 08:12 +0200",
        client="iphone",
        body="gia pagato ieri sera con bonifico istantaneo, controllate pure\nDavide",
        inv="AEC-27-380",
        owed="1290.00",
        facts=Facts(
            paid="2027-05-31",
            note="missing accent ('gia'); 'ieri sera' from Tue 1 June is Mon 31 May",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pr-en-pacific",
        intent="promise_to_pay",
        lang="en",
        name="Megan Torres",
        addr="mtorres@lumenforge.example",
        when="2027-05-31 21:50 -0700",
        client="outlook_html",
        ago=3,
        body="Hi,\n\nSorry this one slipped. Our controller signed off on it this afternoon, so the wire for AEC-27-377 (EUR 9,850.00) will go out tomorrow morning our time. I'll forward the bank confirmation once it's released.\n\nThanks for your patience,\nMegan\n\nMegan Torres\nSenior Manager, Events & Experiences\nLumenForge Inc.",
        inv="AEC-27-377",
        owed="9850.00",
        facts=Facts(
            promised="2027-06-01",
            amount="9850.00",
            currency="EUR",
            refs=("AEC-27-377",),
            note="'tomorrow' from Mon 31 May 21:50 Pacific is Tue 1 June (already 1 June in UTC, which would wrongly give 2 June); 'signed off' is past, the wire is future",
        ),
    ),
    Reply(
        key="pr-en-quickbooks",
        intent="promise_to_pay",
        lang="en",
        name="Brightwater Schools Trust via QuickBooks",
        addr="quickbooks@notification.quickbooks.example",
        when="2027-05-21 10:03 +0100",
        client="notice_html",
        subject="Brightwater Schools Trust has scheduled a payment to Aurora Event Catering",
        threaded=False,
        headers=(AUTO_GENERATED,),
        body="Hi Aurora Event Catering,\n\nBrightwater Schools Trust has scheduled a payment to you.\n\nAmount: £1,480.00\nPayment method: Bank transfer\nScheduled to arrive: 28 May 2027\nBill: AEC-27-296\n\nMemo from Brightwater Schools Trust: Leavers' ball catering – thank you!\n\nThe money will be sent to the bank account Brightwater Schools Trust has on file for you. If you have questions about this payment, please contact Brightwater Schools Trust directly.\n\nThis email was sent by QuickBooks on behalf of Brightwater Schools Trust. Please do not reply.",
        inv="AEC-27-296",
        owed="1480.00",
        cur="GBP",
        facts=Facts(
            promised="2027-05-28",
            amount="1480.00",
            currency="GBP",
            refs=("AEC-27-296",),
            note="automatic QuickBooks notice of a scheduled payment: a promise for the stated day, not a payment sent",
        ),
    ),
    Reply(
        key="pr-en-rambling",
        intent="promise_to_pay",
        lang="en",
        name="Aisling Byrne",
        addr="aislingandconor@gmail.com",
        when="2027-05-27 22:14 +0100",
        client="gmail",
        body="Hi there!!\n\nOh god I'm so sorry, this completely went over our heads. We only got back from the honeymoon on Sunday (Lisbon – highly recommend) and we're still wading through about four hundred emails and a mountain of thank-you cards.\n\nCan I just say again how amazing the food was on the day?? Everyone is STILL talking about the lamb, and my nana, who has never once in her life complimented anyone's cooking, asked for seconds of the pavlova. Conor's uncle wants to know if you do christenings, I said I'd ask. And the girl who did the bar – Róisín I think? – was an absolute star when the rain came in.\n\nAnyway the long and the short of it is we'll pay the balance (€2,610) on the 4th when Conor's wages go in. Is that OK? If it's a problem let me know and we'll figure something out.\n\nThanks a million,\nAisling x",
        inv="AEC-27-352",
        owed="2610.00",
        facts=Facts(
            promised="2027-06-04",
            amount="2610.00",
            currency="EUR",
            note="long reply with the promise buried in the fourth paragraph; 'the 4th' after Thu 27 May is Fri 4 June",
        ),
    ),
    Reply(
        key="pr-de-kw21",
        intent="promise_to_pay",
        lang="de",
        name="Thomas Albrecht",
        addr="t.albrecht@albrecht-messebau.example",
        when="2027-05-19 15:37 +0200",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="Hallo,\n\ndie Zahlung ist für KW 21 eingeplant.\n\nGruß\nT. Albrecht\n\nAlbrecht Messebau GmbH\nAm Güterbahnhof 7\nGeschäftsführer: Thomas Albrecht, Sabine Albrecht\nAmtsgericht Kassel HRB 99871",
        inv="AEC-27-259",
        owed="4310.00",
        facts=Facts(
            promised="2027-05-24",
            note="'KW 21' is the ISO week of 24–30 May 2027; like 'next week' it resolves to its Monday; 'eingeplant' announces a future payment",
        ),
    ),
    Reply(
        key="pr-de-pfingsten",
        intent="promise_to_pay",
        lang="de",
        name="Ulrike Sommer",
        addr="ulrike.sommer@web.de",
        when="2027-05-12 19:26 +0200",
        client="gmail",
        body="Liebes Aurora-Team,\n\nentschuldigen Sie bitte die Verspätung! Unsere Kassiererin ist gerade im Urlaub, deshalb hängt die Überweisung noch. Wir zahlen den Restbetrag gleich nach Pfingsten, versprochen.\n\nHerzliche Grüße\nUlrike Sommer\nKirchenchor St. Marien – Festausschuss",
        inv="AEC-27-231",
        owed="980.00",
        facts=Facts(
            note="'nach Pfingsten' (Whitsun is 16–17 May) cannot be pinned to a day: promise without a date"
        ),
    ),
    Reply(
        key="pr-fr-debut-juin",
        intent="promise_to_pay",
        lang="fr",
        name="Sébastien Marchal",
        addr="s.marchal@comite-fetes-saint-aubin.example",
        when="2027-05-18 10:52 +0200",
        client="thunderbird",
        cte="8bit",
        body="Bonjour,\n\nNous avons bien reçu votre relance. Le comité procédera au règlement début juin, dès que la subvention municipale nous aura été versée.\n\nCordialement,\n\nSébastien Marchal\nTrésorier – Comité des fêtes de Saint-Aubin",
        inv="AEC-27-247",
        owed="1320.00",
        facts=Facts(
            note="'début juin' is not a day, and the payment waits for a grant: promise without a date"
        ),
    ),
    Reply(
        key="pr-es-lunes",
        intent="promise_to_pay",
        lang="es",
        name="Nuria Castells",
        addr="nuria@festivalmarinada.example",
        when="2027-05-26 18:03 +0200",
        client="samsung",
        body="Hola! Os lo pagamos el lunes que viene sin falta, en cuanto nos liquiden las entradas. Perdonad el retraso 🙏\nNuria",
        inv="AEC-27-358",
        owed="4760.00",
        facts=Facts(
            promised="2027-05-31", note="'el lunes que viene' from Wed 26 May is Mon 31 May"
        ),
    ),
    Reply(
        key="pr-es-programada",
        intent="promise_to_pay",
        lang="es",
        name="Lucía Domínguez",
        addr="ldominguez@grupo-alcor.example",
        when="2027-05-17 12:40 +0200",
        client="outlook_html",
        charset="windows-1252",
        body="Buenos días:\n\nLa factura AEC-27-281 ya está aprobada y programada en la remesa de pagos del día 28.\n\nUn saludo,\n\nLucía Domínguez\nCuentas a pagar | Grupo Alcor\n\nEste mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida.",
        inv="AEC-27-281",
        owed="3590.00",
        facts=Facts(
            promised="2027-05-28",
            refs=("AEC-27-281",),
            note="past participles ('aprobada y programada') announce a payment on the 28th",
        ),
    ),
    Reply(
        key="pr-nl-volgende-week",
        intent="promise_to_pay",
        lang="nl",
        name="Sanne de Groot",
        addr="sannedegroot@gmail.com",
        when="2027-05-20 20:11 +0200",
        client="iphone",
        body="Hoi! Sorry, deze week zit ik even krap. Ik maak het volgende week over.\nGroetjes Sanne",
        inv="AEC-27-305",
        owed="640.00",
        facts=Facts(promised="2027-05-24", note="'volgende week' → Monday of next week"),
    ),
    Reply(
        key="pr-nl-borg",
        intent="promise_to_pay",
        lang="nl",
        name="Jeroen Bakker",
        addr="jeroen@bakkerenbakker.example",
        when="2027-05-15 11:30 +0200",
        client="gmail",
        body="Goedemorgen,\n\nWe zijn het niet vergeten hoor. Zodra we de borg van de feestzaal terug hebben, betalen we het restant in één keer. De zaal heeft beloofd dat die binnen twee weken wordt teruggestort.\n\nGroeten,\nJeroen en Fleur",
        inv="AEC-27-243",
        owed="1580.00",
        facts=Facts(
            note="payment promised for when the deposit is refunded; 'binnen twee weken' is the venue's refund, not a payment date"
        ),
    ),
    Reply(
        key="pr-it-fine-mese",
        intent="promise_to_pay",
        lang="it",
        name="Giorgio Lombardi",
        addr="g.lombardi@lombardi-consulting.example",
        when="2027-05-10 09:40 +0200",
        client="outlook",
        body="Buongiorno,\n\nconfermo che provvederemo al saldo entro fine mese.\n\nCordiali saluti\nGiorgio Lombardi\nLombardi Consulting S.r.l.",
        inv="AEC-27-208",
        owed="3420.00",
        facts=Facts(promised="2027-05-31", note="'entro fine mese' → last day of May"),
    ),
    Reply(
        key="pr-it-consiglio",
        intent="promise_to_pay",
        lang="it",
        name="Paola Gentile",
        addr="segreteria@fondazione-girasole.example",
        when="2027-05-28 16:20 +0200",
        client="outlook_html",
        body="Gentili signori,\n\nil pagamento della cena di gala deve essere approvato dal consiglio direttivo, che si riunisce giovedì 3 giugno. Il tesoriere mi ha assicurato che disporrà il bonifico il giorno stesso, subito dopo la riunione.\n\nCi scusiamo per il ritardo e vi ringraziamo ancora per la splendida serata.\n\nCordiali saluti,\nPaola Gentile\nSegreteria – Fondazione Il Girasole ONLUS",
        inv="AEC-27-364",
        owed="5260.00",
        facts=Facts(
            promised="2027-06-03",
            note="transfer promised for the day of the board meeting ('il giorno stesso')",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="di-en-not-paid",
        intent="dispute",
        lang="en",
        name="Rachel Nwosu",
        addr="rachel.nwosu@quaymark-partners.example",
        when="2027-05-11 13:18 +0100",
        client="outlook_html",
        body="Hello,\n\nTo be clear, we have NOT paid AEC-27-198, and we won't be paying it as it stands. Half of the hired equipment never arrived at the venue: no patio heaters, no second bar unit and only six of the twelve poseur tables. My team spent the first hour of the reception borrowing furniture from the hotel.\n\nWe're happy to pay for what was actually delivered once you send a corrected invoice.\n\nRegards,\nRachel Nwosu\nOffice & Events Manager\nQuaymark Partners LLP\n\nThis email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Quaymark Partners LLP is a limited liability partnership registered in England and Wales.",
        inv="AEC-27-198",
        owed="6240.00",
        cur="GBP",
        facts=Facts(
            refs=("AEC-27-198",),
            note="negated payment with the reason (equipment never delivered); the corrected-invoice request is secondary",
        ),
    ),
    Reply(
        key="di-en-covers",
        intent="dispute",
        lang="en",
        name="David Whitcombe",
        addr="bursar@stcolumbas-school.example",
        when="2027-05-26 16:40 +0100",
        client="inline",
        cte="8bit",
        body="[[q2]]\n\nThat figure is wrong. The invoice charges for 180 covers. Our final numbers, confirmed by email on 28 April, were 152, and that is what your staff served on the night. The deposit we paid in March covered the first 100, so on our sums the balance should be a good deal lower.\n\n[[q3]]\n\nWe haven't paid, for the reason above. Please check and reissue; we'll settle promptly once the numbers are right.\n\nYours sincerely,\nDavid Whitcombe\nBursar, St Columba's School",
        inv="AEC-27-344",
        owed="5940.00",
        cur="GBP",
        facts=Facts(
            note="inline reply; wrong quantity; 'the deposit we paid' is an earlier payment, not a payment of this invoice"
        ),
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        name="Graham Lister",
        addr="graham@listerandsons-events.example",
        when="2027-06-04 10:05 +0100",
        client="thunderbird",
        cte="8bit",
        body="This is the third time I've had to explain this.\n\nWe paid AEC-27-244 in full on 7 May. AEC-27-251 is the same corporate lunch billed twice – same date, same 60 covers, same menu. We are not paying it, and I'd appreciate it if someone actually read this before the next reminder goes out.\n\nGraham Lister",
        inv="AEC-27-251",
        owed="1710.00",
        cur="GBP",
        facts=Facts(
            refs=("AEC-27-244", "AEC-27-251"),
            note="duplicate billing; the payment mentioned is of the other invoice; irritated tone",
        ),
    ),
    Reply(
        key="di-de-personal",
        intent="dispute",
        lang="de",
        name="Katrin Weiß",
        addr="k.weiss@weiss-immobilien.example",
        when="2027-05-10 11:22 +0200",
        client="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nbei unserem Firmenjubiläum am 24. April waren statt der vereinbarten vier Servicekräfte nur zwei vor Ort. Die Getränke mussten sich die Gäste zeitweise selbst holen, was uns vor unseren Kunden ziemlich blamiert hat.\n\nDen Personalanteil der Rechnung AEC-27-221 (4 × 8 Stunden) werden wir daher nicht bezahlen, solange Sie uns keine korrigierte Rechnung schicken. Das Essen selbst war einwandfrei.\n\nMit freundlichen Grüßen\n\nKatrin Weiß\nAssistenz der Geschäftsführung\nWeiß Immobilien GmbH & Co. KG",
        inv="AEC-27-221",
        owed="4380.00",
        facts=Facts(
            refs=("AEC-27-221",),
            note="service not delivered as booked; 'we won't pay until corrected'",
        ),
    ),
    Reply(
        key="di-fr-gateau",
        intent="dispute",
        lang="fr",
        name="Laura Benoit",
        addr="laura.benoit.mariage@gmail.com",
        when="2027-05-13 20:47 +0200",
        client="iphone",
        body="Bonsoir,\n\nJe suis surprise de recevoir une relance. Je vous ai appelés le lendemain du mariage : la pièce montée est arrivée écrasée d'un côté et nous n'avons pas pu la présenter. On nous avait promis un geste, nous n'avons jamais rien reçu.\n\nNous ne réglerons pas la ligne « pièce montée » (480 €) tant que ce n'est pas résolu. Le reste sera payé.\n\nLaura",
        inv="AEC-27-229",
        owed="3890.00",
        facts=Facts(
            note="damaged goods; 'le reste sera payé' has no date and the dispute drives the action"
        ),
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        name="Pierre-Yves Garnier",
        addr="py.garnier@solvance-conseil.example",
        when="2027-05-21 09:12 +0200",
        client="outlook",
        charset="windows-1252",
        body="Bonjour,\n\nCette facture ne correspond à aucune commande de notre part. Notre séminaire du 15 avril a été annulé dès le mois de mars, et l'acompte nous a été restitué par votre avoir AV-27-014 du 22 mars.\n\nMerci d'annuler la facture AEC-27-263 ; ces relances n'ont pas lieu d'être.\n\nCordialement,\nPierre-Yves Garnier\nResponsable des services généraux\nSolvance Conseil",
        inv="AEC-27-263",
        owed="2250.00",
        facts=Facts(
            refs=("AEC-27-263",),
            note="cancelled event, already credited; asks to cancel the invoice, not to stop all mail",
        ),
    ),
    Reply(
        key="di-es-precio",
        intent="dispute",
        lang="es",
        name="Marina Soler",
        addr="marina.soler@amigosdelmuseo.example",
        when="2027-05-25 10:30 +0200",
        client="gmail",
        body="Hola:\n\nEn la factura AEC-27-333 nos cobráis el menú a 68 € por persona, pero el presupuesto que firmamos en febrero era de 62 € (os lo reenvío si hace falta). Son 95 comensales, así que la diferencia no es pequeña.\n\nPor favor, revisadla y mandadnos una factura corregida; en cuanto la tengamos, la pagamos.\n\nGracias,\nMarina Soler\nAsociación Amigos del Museo",
        inv="AEC-27-333",
        owed="6460.00",
        facts=Facts(
            refs=("AEC-27-333",),
            note="price disputed against a signed quote; the payment is conditional on a corrected invoice",
        ),
    ),
    Reply(
        key="di-es-carpas",
        intent="dispute",
        lang="es",
        name="Raúl Ortega",
        addr="produccion@vendimiarock.example",
        when="2027-06-01 13:15 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Hola,\n\nLa parte del catering ya os la hemos pagado (transferencia del 20 de mayo). Lo que no vamos a pagar es el alquiler de las carpas: llegaron con dos días de retraso y tuvimos que alquilar otras a última hora. Eso ya está hablado con vuestro comercial, Álvaro, que nos dijo que lo abonaríais.\n\nUn saludo\nRaúl Ortega\nProducción - Vendimia Rock",
        inv="AEC-27-391",
        owed="8925.00",
        facts=Facts(
            note="part paid, part contested: the dispute wins for the contested part, so no paid_date"
        ),
    ),
    Reply(
        key="di-nl-glazen",
        intent="dispute",
        lang="nl",
        name="Bart Mulder",
        addr="b.mulder@mulder-bouw.example",
        when="2027-05-19 09:05 +0200",
        client="outlook_html",
        body="Goedemorgen,\n\nOp factuur AEC-27-272 rekent u 46 gebroken glazen door (€ 184,00). Wij hebben na afloop alles zelf gecontroleerd en heel teruggegeven; uw chauffeur heeft de kratten ook zonder opmerkingen meegenomen.\n\nDit bedrag betalen wij niet. Graag ontvangen wij een gecorrigeerde factuur, dan betalen wij de rest direct.\n\nMet vriendelijke groet,\n\nBart Mulder\nMulder Bouw B.V.",
        inv="AEC-27-272",
        owed="3156.00",
        facts=Facts(
            refs=("AEC-27-272",),
            note="contested breakage charge; the rest is paid only after a correction",
        ),
    ),
    Reply(
        key="di-nl-niet-ons",
        intent="dispute",
        lang="nl",
        name="Ingrid Smit",
        addr="financien@kunstroute-oost.example",
        when="2027-05-27 15:44 +0200",
        client="gmail_plain",
        body="Beste meneer/mevrouw,\n\nDeze factuur kunnen wij niet plaatsen. Wij hebben bij Aurora geen opdracht gegeven voor een diner op 8 mei en er staat ook geen ordernummer van ons op. Volgens mij hoort deze factuur bij een andere organisatie.\n\nWilt u dit uitzoeken en de factuur intrekken?\n\nMet vriendelijke groet,\nIngrid Smit\npenningmeester Stichting Kunstroute Oost",
        inv="AEC-27-342",
        owed="2780.00",
        facts=Facts(note="'not our order' from a known customer: contests the invoice"),
    ),
    Reply(
        key="di-it-servizio",
        intent="dispute",
        lang="it",
        name="Roberto Fabbri",
        addr="roberto.fabbri@studiofabbri.example",
        when="2027-05-17 18:30 +0200",
        client="apple",
        body="Buonasera,\n\nvi scrivo come padre della sposa. Al matrimonio di sabato 8 maggio il servizio è iniziato con più di un'ora di ritardo, il primo è arrivato freddo e al tavolo degli sposi mancavano due portate. Ne avevo già parlato con il vostro responsabile di sala quella sera stessa.\n\nNon intendiamo saldare l'intero importo finché non ne avremo discusso e non ci avrete proposto una riduzione.\n\nCordiali saluti\nRoberto Fabbri",
        inv="AEC-27-236",
        owed="7450.00",
        facts=Facts(
            note="service complaint and refusal to pay in full: dispute, not a hardship request for a reduced amount"
        ),
    ),
    Reply(
        key="di-it-refusi",
        intent="dispute",
        lang="it",
        name="Sara Conti",
        addr="saraconti.eventi@gmail.com",
        when="2027-06-03 12:02 +0200",
        client="android",
        body="salve la fattura e sbagliata, avevamo detto 120 persone non 140 e il dj non era compreso!! mandatemi quella giusta e pago subito",
        inv="AEC-27-394",
        owed="6860.00",
        facts=Facts(
            note="typos, missing accent ('e sbagliata'); wrong quantity; the conditional payment is secondary"
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pp-en-charity",
        intent="payment_plan",
        lang="en",
        name="Helen Carver",
        addr="treasurer@riverside-hospice-friends.example",
        when="2027-05-13 11:25 +0100",
        client="outlook",
        body="Dear Aurora,\n\nThank you for your reminder, and I'm sorry for the delay. I'm afraid the spring gala raised a good deal less than we had hoped, and our reserves are very stretched this quarter.\n\nWould it be possible to pay £1,000 now and the remaining £1,450 in two monthly instalments, at the end of June and the end of July? I appreciate this isn't what we agreed and I'd be very grateful for your understanding.\n\nWith best wishes,\nHelen Carver\nHon. Treasurer, Friends of Riverside Hospice\nRegistered charity no. 1187734",
        inv="AEC-27-219",
        owed="2450.00",
        cur="GBP",
        facts=Facts(note="hardship and instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        key="pp-en-split",
        intent="payment_plan",
        lang="en",
        name="Kayleigh Morgan",
        addr="kayleigh.morgan93@gmail.com",
        when="2027-05-29 12:48 +0100",
        client="samsung",
        body="can we split it in 3? x",
        inv="AEC-27-366",
        owed="1890.00",
        cur="GBP",
        facts=Facts(note="one line asking for instalments"),
    ),
    Reply(
        key="pp-en-more-time",
        intent="payment_plan",
        lang="en",
        name="Tom Beaumont",
        addr="tom@beaumont-live.example",
        when="2027-06-02 17:20 +0100",
        client="gmail",
        body="Hi,\n\nI know this is overdue, and I'm not disputing any of it – the launch went brilliantly. The problem is that our own client hasn't paid us for the event yet and I can't front the full amount.\n\nCould you give us until the end of June? If that's not possible, could we do half now and half when we're paid?\n\nCheers,\nTom Beaumont\nBeaumont Live Ltd",
        inv="AEC-27-381",
        owed="7200.00",
        cur="GBP",
        facts=Facts(
            note="asks for more time or a split; 'until the end of June' is requested, not promised, so no promised_date"
        ),
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        name="Jana Hoffmann",
        addr="jana.hoffmann.hochzeit@gmail.com",
        when="2027-05-11 21:05 +0200",
        client="gmail",
        cte="b64",
        body="Hallo liebes Aurora-Team,\n\nerst mal noch einmal danke für das wunderschöne Essen auf unserer Hochzeit! Leider ist am Ende alles deutlich teurer geworden als geplant, und wir schaffen den Restbetrag gerade nicht auf einmal.\n\nWäre es möglich, ihn in drei Raten zu zahlen, jeweils zum Monatsanfang (Juni, Juli, August)?\n\nViele Grüße\nJana & Felix",
        inv="AEC-27-216",
        owed="3270.00",
    ),
    Reply(
        key="pp-de-entgegenkommen",
        intent="payment_plan",
        lang="de",
        name="Martin Kruse",
        addr="m.kruse@hafenfest-openair.example",
        when="2027-05-24 10:41 +0200",
        client="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nwie Sie wissen, mussten wir den zweiten Festivaltag wegen der Unwetterwarnung absagen. Ihre Leistungen stellen wir nicht in Frage – Ihr Team war vor Ort und hatte alles vorbereitet.\n\nUns fehlen aber die Einnahmen eines kompletten Tages. Wir möchten Sie deshalb fragen, ob Sie uns beim Betrag entgegenkommen können. 60 % könnten wir sofort überweisen, über den Rest würden wir gern mit Ihnen sprechen.\n\nMit freundlichen Grüßen\n\nMartin Kruse\nKaufmännische Leitung\nHafenfest Open Air GmbH",
        inv="AEC-27-362",
        owed="11840.00",
        facts=Facts(
            note="asks for a reduced amount without contesting the service: payment_plan, not dispute"
        ),
    ),
    Reply(
        key="pp-fr-echelonner",
        intent="payment_plan",
        lang="fr",
        name="Christine Lemaire",
        addr="c.lemaire@ecole-saint-joseph-lille.example",
        when="2027-05-12 14:15 +0200",
        client="outlook",
        charset="windows-1252",
        body="Madame, Monsieur,\n\nNous avons bien reçu votre relance concernant le repas de la kermesse. Notre budget de fin d'année étant très contraint, serait-il possible d'échelonner le règlement en trois fois, en juin, juillet et août ?\n\nDans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\nChristine Lemaire\nGestionnaire – École Saint-Joseph",
        inv="AEC-27-242",
        owed="2670.00",
    ),
    Reply(
        key="pp-fr-sans-accents",
        intent="payment_plan",
        lang="fr",
        name="Karim Haddad",
        addr="karim.haddad75@gmail.com",
        when="2027-05-30 23:10 +0200",
        client="iphone",
        body="bonsoir, on a eu des frais imprevus avec l'hospitalisation de ma mere et on ne peut pas tout payer maintenant. est ce qu'on peut payer 300 euros par mois ? desole pour le retard\nKarim",
        inv="AEC-27-369",
        owed="1950.00",
        facts=Facts(note="hardship and monthly instalments; typed without accents"),
    ),
    Reply(
        key="pp-es-aplazar",
        intent="payment_plan",
        lang="es",
        name="Beatriz Navarro",
        addr="bnavarro@ampa-colegio-arcoiris.example",
        when="2027-05-19 09:50 +0200",
        client="outlook_html",
        body="Buenos días:\n\nOs escribimos desde el AMPA en relación con la factura de la fiesta de fin de curso. La subvención del ayuntamiento con la que contábamos para pagarla todavía no ha llegado.\n\n¿Sería posible aplazar el pago hasta el 30 de junio? Si no, podríamos pagar ahora la mitad y el resto en cuanto recibamos la subvención.\n\nMuchas gracias por vuestra comprensión.\n\nBeatriz Navarro\nTesorera – AMPA Colegio Arcoíris",
        inv="AEC-27-297",
        owed="2340.00",
        facts=Facts(note="asks to postpone: 30 June is requested, not promised"),
    ),
    Reply(
        key="pp-es-plazos",
        intent="payment_plan",
        lang="es",
        name="Jorge Medina",
        addr="jorgemedinaruiz@gmail.com",
        when="2027-05-14 18:30 +0200",
        client="gmail",
        body="Hola,\n\nHoy os hemos transferido 2.000 €. El resto, 1.850 €, os lo pagaríamos en dos plazos, uno a finales de junio y otro a finales de julio, si os parece bien. La boda se nos fue un poco de presupuesto...\n\nUn abrazo,\nJorge y Elena",
        inv="AEC-27-226",
        owed="3850.00",
        facts=Facts(
            note="part paid today plus instalments for the rest → payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pp-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        name="Wendy Jacobs",
        addr="wendy@jacobs-bloemsierkunst.example",
        when="2027-05-18 13:28 +0200",
        client="outlook_html",
        body="Goedemiddag,\n\nHet is op dit moment voor ons lastig om het hele bedrag in één keer te voldoen. Zou het mogelijk zijn om in vier termijnen te betalen, bijvoorbeeld vier keer € 712,50 per maand, te beginnen in juni?\n\nIk hoor graag of dat akkoord is.\n\nMet vriendelijke groet,\nWendy Jacobs\nJacobs Bloemsierkunst",
        inv="AEC-27-274",
        owed="2850.00",
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        name="Elena Ricci",
        addr="dsga@liceo-volta-como.example",
        when="2027-05-31 10:05 +0200",
        client="outlook",
        body="Gentili signori,\n\nin riferimento alla fattura per il buffet della festa di fine anno, vi chiediamo se sia possibile rateizzare l'importo in quattro rate mensili a partire da giugno. I fondi del contributo volontario delle famiglie ci verranno accreditati solo in autunno.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nElena Ricci\nDSGA – Liceo Scientifico A. Volta",
        inv="AEC-27-371",
        owed="2980.00",
    ),
    Reply(
        key="pp-it-tempo",
        intent="payment_plan",
        lang="it",
        name="Giulia Ferraro",
        addr="marcoegiulia.sposi@gmail.com",
        when="2027-05-20 22:40 +0200",
        client="iphone",
        body="Ciao! Scusate tanto, con le spese del viaggio di nozze siamo un po' in difficoltà. Potremmo avere un mese in più per il saldo? Non vogliamo assolutamente sparire, è solo una questione di tempi 🙏\nGiulia",
        inv="AEC-27-285",
        owed="2120.00",
        facts=Facts(note="asks for more time; no commitment"),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        name="Priya Raman",
        addr="priya.raman@meridian-analytics.example",
        when="2027-05-10 10:12 +0100",
        client="owa",
        body="Hi,\n\nWe don't appear to have received AEC-27-209 – it isn't in our AP inbox or on the supplier portal. Could you resend a copy to this address? Once I have it I'll get it approved.\n\nThanks,\nPriya\n\nPriya Raman\nFinance Operations Analyst\nMeridian Analytics Ltd",
        inv="AEC-27-209",
        owed="2860.00",
        cur="GBP",
        facts=Facts(refs=("AEC-27-209",), note="never received, please resend; nothing contested"),
    ),
    Reply(
        key="ir-en-po-portal",
        intent="invoice_request",
        lang="en",
        name="Lewis Grant",
        addr="lewis.grant@calderbank-energy.example",
        when="2027-05-21 14:55 +0100",
        client="gmail",
        body="Hello,\n\nOur AP team can't process this one – every invoice has to come through the supplier portal and quote a purchase order number. The PO for the summer party is 4500221987.\n\nIf you could upload it to the portal with that PO on it, it'll be paid on our normal terms.\n\nBest regards,\nLewis Grant\nFacilities Coordinator, Calderbank Energy",
        inv="AEC-27-293",
        owed="4375.00",
        cur="GBP",
        facts=Facts(
            note="needs a PO number and a portal upload before paying; the portal is not a new contact"
        ),
    ),
    Reply(
        key="ir-en-w8",
        intent="invoice_request",
        lang="en",
        name="Jordan Ellis",
        addr="jellis@brightpath-health.example",
        when="2027-05-25 09:14 -0400",
        client="outlook_html",
        body="Hello,\n\nThanks for the reminder. Before we can release payment to a foreign vendor, our AP department needs a completed W-8BEN-E on file, and we don't have one for Aurora yet. If you can send it over this week, we'll pay by Friday.\n\nBest,\nJordan Ellis\nExecutive Assistant to the CEO\nBrightPath Health, Inc.\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. Any unauthorized review, use, disclosure or distribution is prohibited.",
        inv="AEC-27-336",
        owed="6150.00",
        facts=Facts(
            note="a tax form is needed first; 'we'll pay by Friday' is conditional on it, so no promised_date"
        ),
    ),
    Reply(
        key="ir-de-adresse",
        intent="invoice_request",
        lang="de",
        name="Dr. Stefan Lorenz",
        addr="s.lorenz@praxis-lorenz-partner.example",
        when="2027-05-26 08:50 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Guten Morgen,\n\ndie Rechnung ist auf mich persönlich ausgestellt. Die Praxisfeier läuft aber über die Praxis. Bitte stellen Sie die Rechnung neu auf die Lorenz & Partner Zahnärzte PartG, Lindenallee 14, aus, mit ausgewiesener Umsatzsteuer. Dann geht sie sofort in die Zahlung.\n\nMit freundlichen Grüßen\nDr. Stefan Lorenz",
        inv="AEC-27-338",
        owed="3120.00",
        facts=Facts(note="reissue to another billing name with VAT shown; amount not contested"),
    ),
    Reply(
        key="ir-de-bank",
        intent="invoice_request",
        lang="de",
        name="Sabine Krämer",
        addr="buchhaltung@autohaus-kraemer.example",
        when="2027-06-01 11:36 +0200",
        client="gmail",
        body="Sehr geehrte Damen und Herren,\n\naus Sicherheitsgründen überweisen wir an neue Lieferanten nur, wenn uns die Bankverbindung schriftlich bestätigt wurde. Bitte senden Sie uns Ihre IBAN auf Ihrem Briefpapier mit Unterschrift (ein PDF genügt).\n\nVielen Dank und freundliche Grüße\nSabine Krämer\nBuchhaltung – Autohaus Krämer",
        inv="AEC-27-372",
        owed="2640.00",
        facts=Facts(note="bank details requested before paying"),
    ),
    Reply(
        key="ir-fr-jamais-recue",
        intent="invoice_request",
        lang="fr",
        name="Julie Perrin",
        addr="julie.perrin@atelier-perrin.example",
        when="2027-05-11 15:02 +0200",
        client="gmail",
        body="Bonjour,\n\nNous n'avons jamais reçu cette facture, ni par mail ni par courrier. Pourriez-vous nous la renvoyer ? Je la transmets à notre comptable dès réception.\n\nMerci d'avance,\nJulie Perrin",
        inv="AEC-27-212",
        owed="1480.00",
        facts=Facts(
            note="never received, please resend; passing it to the accountant is not a new contact"
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        name="Nathalie Giraud",
        addr="compta@ville-sainte-maxence.example",
        when="2027-06-03 09:44 +0200",
        client="outlook_html",
        charset="windows-1252",
        body="Bonjour,\n\nNous avons plusieurs factures Aurora pour les cérémonies du printemps et nous ne savons plus très bien lesquelles ont été mandatées. Pourriez-vous nous adresser un relevé de compte à jour, avec le détail des factures et des règlements reçus ?\n\nCordialement,\n\nNathalie Giraud\nService finances – Mairie de Sainte-Maxence",
        inv="AEC-27-389",
        owed="1930.00",
        facts=Facts(note="statement of account"),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        name="Alberto Rey",
        addr="alberto.rey@penalosalamos.example",
        when="2027-05-17 17:20 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Buenas tardes:\n\nLa factura está a mi nombre, pero quien paga es la peña. Necesitamos que nos la emitáis a nombre de la Peña Recreativa Los Álamos, con nuestro CIF G12345678, porque si no el banco no nos deja pagarla con la cuenta de la asociación.\n\nEn cuanto nos llegue la nueva, la pagamos.\n\nSaludos,\nAlberto Rey",
        inv="AEC-27-282",
        owed="1760.00",
        facts=Facts(
            note="reissue to the association with its tax number; the conditional payment is secondary"
        ),
    ),
    Reply(
        key="ir-es-desglose",
        intent="invoice_request",
        lang="es",
        name="Carmen Villalba",
        addr="carmen.villalba@gmail.com",
        when="2027-05-28 19:55 +0200",
        client="iphone",
        body="Hola, me podéis mandar el desglose? no sé a qué corresponde este importe, pensaba que ya estaba todo pagado con la señal\nGracias",
        inv="AEC-27-375",
        owed="860.00",
        facts=Facts(
            note="asks what the amount is for and for the breakdown; 'pensaba que ya estaba pagado' is a belief, not a payment claim or a dispute"
        ),
    ),
    Reply(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        name="Ruud Verbeek",
        addr="r.verbeek@havenbedrijf-noordkade.example",
        when="2027-05-13 10:30 +0200",
        client="outlook_html",
        body="Goedemorgen,\n\nOnze crediteurenadministratie kan facturen zonder inkoopordernummer niet verwerken. Wilt u de factuur opnieuw sturen met ons inkoopordernummer IO-2027-0418 erop? Dan wordt hij binnen de normale termijn betaald.\n\nMet vriendelijke groet,\n\nRuud Verbeek\nFacilitair coördinator\nHavenbedrijf Noordkade",
        inv="AEC-27-253",
        owed="3480.00",
        facts=Facts(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        name="Femke Willems",
        addr="femke.willems@gmail.com",
        when="2027-06-04 08:58 +0200",
        client="inline",
        cte="8bit",
        body="[[q0]]\n\nHoi,\n\n[[q2]]\n\nKunnen jullie nog een kopie van deze factuur sturen? Die van april is bij ons kwijtgeraakt bij de verhuizing. Dan betaal ik hem deze week nog.\n\nGroetjes,\nFemke",
        inv="AEC-27-398",
        owed="720.00",
        facts=Facts(
            note="inline reply; a copy is needed first and 'deze week nog' depends on it, so no promise is labelled"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Francesca Greco",
        addr="f.greco@grecoimpianti.example",
        when="2027-05-19 12:12 +0200",
        client="outlook_html",
        body="Buongiorno,\n\nper poter procedere al pagamento abbiamo bisogno della fattura elettronica tramite SDI: quella in PDF che ci avete mandato non è valida ai fini fiscali. Il nostro codice destinatario è M5UXCR1.\n\nGrazie, cordiali saluti\n\nFrancesca Greco\nAmministrazione – Greco Impianti S.p.A.",
        inv="AEC-27-278",
        owed="4120.00",
        facts=Facts(note="an e-invoice through SDI is needed before paying"),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-sister",
        intent="wrong_contact",
        lang="en",
        name="Becky Ashdown",
        addr="becky.ashdown@gmail.com",
        when="2027-05-16 10:40 +0100",
        client="iphone",
        body="Hi, I'm the bride's sister, I only helped with the booking! The invoice needs to go to my brother-in-law Tom, tom.ashdown@gmail.com. Thanks x",
        inv="AEC-27-234",
        owed="2980.00",
        cur="GBP",
        facts=Facts(contact="tom.ashdown@gmail.com"),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        name="Halden Leisure Accounts",
        addr="accounts@halden-leisure.example",
        when="2027-05-20 15:02 +0100",
        client="outlook",
        subject="RE: {orig} - UPDATE OF RECORDS",
        body="Dear Supplier,\n\nKindly update your records. Our accounts payable department has migrated to a new secure mailbox and this address will be closed shortly. Please send all future invoices, statements and reminders ONLY to accounts.payable-halden@securemail-portal.example and confirm to us once this change is done.\n\nPlease also note that our banking details will be changing soon; you will receive a separate notification.\n\nRegards,\nAccounts Payable\nHalden Leisure Group",
        inv="AEC-27-279",
        owed="5200.00",
        cur="GBP",
        facts=Facts(
            contact="accounts.payable-halden@securemail-portal.example",
            note="phishing-like request to redirect mail to an outside domain: a contact change by intent, but a person must verify it before anything is switched",
        ),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        name="Brightside Events",
        addr="events@brightside-events.example",
        when="2027-05-12 08:41 +0100",
        client="notice",
        ago=0,
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED,),
        body="Thank you for your email.\n\nPlease note that this mailbox is no longer monitored. For invoices, statements and payment queries please write to finance@brightside-events.example. For event enquiries please use hello@brightside-events.example.\n\nBrightside Events Ltd",
        inv="AEC-27-215",
        owed="1640.00",
        cur="GBP",
        facts=Facts(
            contact="finance@brightside-events.example",
            note="automatic 'no longer monitored' notice naming the finance address: wrong_contact (README rule); the enquiries address is not for invoices",
        ),
    ),
    Reply(
        key="wc-de-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        name="Lena Fischer",
        addr="l.fischer@messe-consult-nord.example",
        when="2027-05-31 09:18 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Guten Morgen,\n\nich bin nur noch bis Ende dieser Woche im Haus und betreue die Veranstaltungsabrechnung schon seit April nicht mehr. Bitte wenden Sie sich an Frau Keller aus der Buchhaltung: buchhaltung@messe-consult-nord.example.\n\nViele Grüße\nLena Fischer",
        inv="AEC-27-368",
        owed="2290.00",
        facts=Facts(
            contact="buchhaltung@messe-consult-nord.example",
            note="a person leaving the company, not an auto-reply",
        ),
    ),
    Reply(
        key="wc-de-cc",
        intent="wrong_contact",
        lang="de",
        name="Markus Brandl",
        addr="m.brandl@stadtwerke-talheim.example",
        when="2027-05-18 13:05 +0200",
        client="gmail",
        cc="Kreditoren Stadtwerke <Kreditoren@Stadtwerke-Talheim.example>",
        body="Guten Tag,\n\nRechnungen und Zahlungserinnerungen bitte künftig nicht an mich, sondern direkt an unsere Kreditorenbuchhaltung: Kreditoren@Stadtwerke-Talheim.example (in Kopie). Dort wird die Rechnung dann auch freigegeben.\n\nFreundliche Grüße\nMarkus Brandl\nReferent Unternehmenskommunikation\nStadtwerke Talheim",
        inv="AEC-27-266",
        owed="3820.00",
        facts=Facts(
            contact="kreditoren@stadtwerke-talheim.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-fr-photographe",
        intent="wrong_contact",
        lang="fr",
        name="Antoine Mercier",
        addr="contact@antoinemercier-photo.example",
        when="2027-05-14 12:20 +0200",
        client="gmail",
        body="Bonjour,\n\nJe pense qu'il y a une erreur : je suis le photographe du mariage Dubois-Lambert, pas le marié ! Je n'ai pas leurs coordonnées de facturation, voyez directement avec eux.\n\nBonne journée,\nAntoine Mercier\nPhotographe",
        inv="AEC-27-241",
        owed="2760.00",
        facts=Facts(note="wrong person, no new address"),
    ),
    Reply(
        key="wc-fr-boite-fermee",
        intent="wrong_contact",
        lang="fr",
        name="Domaine de la Roche Fleurie",
        addr="contact@domaine-rochefleurie.example",
        when="2027-06-02 09:14 +0200",
        client="notice",
        ago=0,
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        body="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er mai 2027. Pour toute question relative à la facturation, merci d'écrire désormais à comptabilite@domaine-rochefleurie.example.\n\nL'équipe du Domaine de la Roche Fleurie",
        inv="AEC-27-385",
        owed="5140.00",
        facts=Facts(
            contact="comptabilite@domaine-rochefleurie.example",
            note="automatic notice: mailbox no longer read, new address named",
        ),
    ),
    Reply(
        key="wc-es-planner",
        intent="wrong_contact",
        lang="es",
        name="Alba Prieto",
        addr="hola@albaprieto-weddings.example",
        when="2027-05-24 11:10 +0200",
        client="gmail",
        cte="b64",
        body="¡Hola!\n\nSoy la wedding planner de Lucía y Andrés, no la clienta 😊 La factura la paga la familia de la novia; escribid directamente a su madre, Carmen Ruiz: carmenruiz.benitez@gmail.com.\n\nUn beso,\nAlba",
        inv="AEC-27-348",
        owed="6980.00",
        facts=Facts(contact="carmenruiz.benitez@gmail.com"),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        name="Manuel Ibáñez",
        addr="manuel@bodegasibanez.example",
        when="2027-05-13 16:45 +0200",
        client="outlook",
        body="Buenas tardes,\n\nTodo lo relativo a facturas y pagos nos lo lleva la gestoría. Por favor, dirigíos a administracion@gestoria-montalvo.example, que ellos se encargan.\n\nSaludos\nManuel Ibáñez\nBodegas Ibáñez",
        inv="AEC-27-254",
        owed="3390.00",
        facts=Facts(contact="administracion@gestoria-montalvo.example"),
    ),
    Reply(
        key="wc-nl-locatie",
        intent="wrong_contact",
        lang="nl",
        name="Dennis van Leeuwen",
        addr="dennis@kasteel-ravenhorst.example",
        when="2027-05-26 10:26 +0200",
        client="owa",
        body="Goedemorgen,\n\nIk ben de locatiemanager van Kasteel Ravenhorst; wij hebben het zomerconcert alleen gefaciliteerd. De factuur moet naar de organisator zelf, Stichting Zomerconcerten Utrecht, t.a.v. de penningmeester: penningmeester@zomerconcerten-utrecht.example.\n\nMet vriendelijke groet,\n\nDennis van Leeuwen\nLocatiemanager | Kasteel Ravenhorst",
        inv="AEC-27-351",
        owed="4590.00",
        facts=Facts(
            contact="penningmeester@zomerconcerten-utrecht.example",
            note="the venue redirects to the organiser",
        ),
    ),
    Reply(
        key="wc-it-associazione",
        intent="wrong_contact",
        lang="it",
        name="Luca Bernardi",
        addr="luca.bernardi@gmail.com",
        when="2027-05-11 19:30 +0200",
        client="gmail",
        body="Buonasera,\n\nda gennaio non mi occupo più degli eventi per l'associazione. Per le fatture scrivete alla segreteria: segreteria@prolocovaldarno.example.\n\nSaluti,\nLuca Bernardi",
        inv="AEC-27-217",
        owed="1580.00",
        facts=Facts(contact="segreteria@prolocovaldarno.example"),
    ),
    Reply(
        key="wc-it-dentista",
        intent="wrong_contact",
        lang="it",
        name="Studio Dentistico Ruggeri",
        addr="info@studioruggeri.example",
        when="2027-05-28 15:12 +0200",
        client="thunderbird",
        cte="8bit",
        body="Buongiorno,\n\ncredo abbiate sbagliato indirizzo: questo è uno studio dentistico, non abbiamo mai organizzato eventi con voi.\n\nCordiali saluti\nSegreteria Studio Ruggeri",
        inv="AEC-27-360",
        owed="990.00",
        facts=Facts(
            note="wrong recipient altogether, no new address; not a customer contesting an order"
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-solicitor",
        intent="unsubscribe",
        lang="en",
        name="Simon Hale",
        addr="simon@halecreative.example",
        when="2027-05-25 16:35 +0100",
        client="outlook",
        body="Stop emailing me about this. The matter is with our solicitors, Marsh Ellery LLP, and all further correspondence should go through them.\n\nSimon Hale",
        inv="AEC-27-340",
        owed="8450.00",
        cur="GBP",
        facts=Facts(
            note="'go through our solicitors' without an address → unsubscribe (README rule), not wrong_contact"
        ),
    ),
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        name="Margaret Doyle",
        addr="mdoyle@kilbride-golfclub.example",
        when="2027-05-12 11:02 +0100",
        client="outlook_html",
        body="Good morning,\n\nThe club does not deal with invoices or statements by email. Please send all correspondence by post to the Club Secretary, Kilbride Golf Club, and remove this address from your mailing list.\n\nKind regards,\nMargaret Doyle\nClub Administrator",
        inv="AEC-27-218",
        owed="2150.00",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-en-stop-paid",
        intent="unsubscribe",
        lang="en",
        name="Nick Ferreira",
        addr="nick@ferreira-av.example",
        when="2027-05-17 07:55 +0100",
        client="iphone",
        body="Please stop sending these. It was paid on the 14th, check your account.",
        inv="AEC-27-224",
        owed="1260.00",
        cur="GBP",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce, so no paid_date"
        ),
    ),
    Reply(
        key="un-de-trauzeuge",
        intent="unsubscribe",
        lang="de",
        name="Philipp Wagner",
        addr="philipp.wagner@wagner-familie.example",
        when="2027-05-21 18:12 +0200",
        client="gmail",
        body="Hallo,\n\nbitte nehmen Sie mich aus Ihrem Verteiler und schreiben Sie mir zu dieser Rechnung nicht mehr. Ich war nur Trauzeuge und habe beim Buchen geholfen, mit der Bezahlung habe ich nichts zu tun.\n\nGruß\nPhilipp Wagner",
        inv="AEC-27-277",
        owed="3650.00",
        facts=Facts(
            note="remove me plus 'not my business' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        name="Gérard Fontaine",
        addr="g.fontaine@notaires-fontaine.example",
        when="2027-05-20 11:48 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Madame, Monsieur,\n\nJe vous prie de ne plus m'adresser de courriels. Toute correspondance relative à cette facture devra désormais m'être adressée par courrier postal, à l'adresse de l'étude.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nMe Gérard Fontaine",
        inv="AEC-27-273",
        owed="1840.00",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-fr-arretez",
        intent="unsubscribe",
        lang="fr",
        name="Sandrine Morel",
        addr="sandrine.morel44@gmail.com",
        when="2027-05-31 20:06 +0200",
        client="android",
        body="ARRÊTEZ de m'envoyer ces relances svp. Je vous ai déjà dit au téléphone que c'était réglé avec ma sœur.",
        inv="AEC-27-370",
        owed="1120.00",
        facts=Facts(
            note="stop request in capitals; 'réglé avec ma sœur' does not change the label"
        ),
    ),
    Reply(
        key="un-es-abogado",
        intent="unsubscribe",
        lang="es",
        name="Fernando Gil",
        addr="fgil@gil-arquitectos.example",
        when="2027-05-26 12:25 +0200",
        client="gmail",
        body="Dejad de escribirme. Este asunto está ya en manos de nuestro abogado y cualquier comunicación tendrá que ser a través de él.\n\nFernando Gil",
        inv="AEC-27-349",
        owed="5380.00",
        facts=Facts(note="'talk to our lawyer' with no address → unsubscribe"),
    ),
    Reply(
        key="un-es-baja",
        intent="unsubscribe",
        lang="es",
        name="Eva Martín",
        addr="eva.martin@inmobiliaria-solana.example",
        when="2027-05-14 09:20 +0200",
        client="outlook_html",
        rlang="en",
        body="Buenos días,\n\nPor favor, dadme de baja de vuestros envíos. Ya no me encargo de los eventos de la empresa y no quiero seguir recibiendo estos correos.\n\nGracias.\nEva Martín",
        inv="AEC-27-255",
        owed="2730.00",
        facts=Facts(
            note="Spanish reply to an English reminder; stop request from someone who no longer handles this, no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-nl-mailinglijst",
        intent="unsubscribe",
        lang="nl",
        name="Pieter Dekker",
        addr="p.dekker@dekker-installatietechniek.example",
        when="2027-06-01 16:40 +0200",
        client="gmail",
        body="Goedemiddag,\n\nWilt u mij uit uw mailinglijst halen? Ik ben niet de juiste persoon voor deze factuur en krijg deze herinnering nu al voor de derde keer.\n\nGroet,\nPieter Dekker",
        inv="AEC-27-373",
        owed="1990.00",
        facts=Facts(note="remove me plus 'not the right person', no new address → unsubscribe"),
    ),
    Reply(
        key="un-nl-post",
        intent="unsubscribe",
        lang="nl",
        name="Hanneke Bos",
        addr="administratie@scouting-deruyter.example",
        when="2027-05-11 20:15 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Geachte heer/mevrouw,\n\nOnze vereniging handelt facturen en herinneringen uitsluitend per post af. Wilt u ons voortaan niet meer mailen en alle correspondentie naar ons postadres sturen?\n\nMet vriendelijke groet,\nHanneke Bos\nPenningmeester",
        inv="AEC-27-213",
        owed="890.00",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-it-avvocato",
        intent="unsubscribe",
        lang="it",
        name="Alessandro Villa",
        addr="a.villa@villa-tessuti.example",
        when="2027-05-27 10:18 +0200",
        client="html_only",
        body="Spett.le Aurora Event Catering,\n\nvi invito a cancellare il mio indirizzo dai vostri invii. Per qualsiasi comunicazione relativa alla fattura in oggetto vogliate rivolgervi al nostro legale, avv. Marta Colombo.\n\nDistinti saluti\nAlessandro Villa\nVilla Tessuti S.p.A.",
        inv="AEC-27-357",
        owed="9240.00",
        facts=Facts(note="HTML-only; stop plus 'our lawyer' without an address"),
    ),
    Reply(
        key="un-it-basta",
        intent="unsubscribe",
        lang="it",
        name="Gianni Russo",
        addr="gianni.russo@gmail.com",
        when="2027-05-10 13:47 +0200",
        client="iphone",
        body="Basta con queste mail per favore, ho già pagato tutto la settimana scorsa",
        inv="AEC-27-206",
        owed="1370.00",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-until",
        intent="auto_reply",
        lang="en",
        name="Charlotte Evans",
        addr="charlotte.evans@pemberton-law.example",
        when="2027-05-27 09:12 +0100",
        client="notice_html",
        ago=0,
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Thank you for your message. I am out of the office until Tuesday 1 June with limited access to email.\n\nFor urgent matters please contact reception on 020 7946 0321.\n\nCharlotte Evans\nPractice Manager\nPemberton Law",
        inv="AEC-27-355",
        owed="2620.00",
        cur="GBP",
        facts=Facts(back="2027-06-01", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        name="Greenway Festivals Support",
        addr="support@greenwayfestivals.example",
        when="2027-05-18 09:03 +0100",
        client="notice",
        ago=0,
        subject="[Ticket #58213] Re: {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        body="Hello,\n\nThanks for getting in touch. Your request has been received and a ticket has been created with the reference #58213.\n\nOne of our team will get back to you within 2 working days. Please keep the ticket number in the subject line if you reply.\n\nGreenway Festivals – Supporter Care\n\n--\nThis is an automated message.",
        inv="AEC-27-270",
        owed="3100.00",
        cur="GBP",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-honeymoon",
        intent="auto_reply",
        lang="en",
        name="Ben & Zara",
        addr="benandzara2027@gmail.com",
        when="2027-05-14 16:20 +0100",
        client="notice",
        cte="b64",
        ago=0,
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        body="Hi! We're on our honeymoon and properly offline 🌴 We'll be back on 7 June and will reply to everything then.\n\nBen & Zara",
        inv="AEC-27-230",
        owed="3480.00",
        cur="GBP",
        facts=Facts(back="2027-06-07", note="Gmail vacation responder"),
    ),
    Reply(
        key="ar-de-ab-montag",
        intent="auto_reply",
        lang="de",
        name="Sandra Becker",
        addr="s.becker@becker-steuerberatung.example",
        when="2027-05-17 08:41 +0200",
        client="notice_html",
        charset="iso-8859-1",
        ago=0,
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 21.05.2027, nicht im Büro. Ab Montag, 24.05., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0221 555 0187.\n\nMit freundlichen Grüßen\nSandra Becker",
        inv="AEC-27-249",
        owed="1690.00",
        facts=Facts(
            back="2027-05-24",
            note="'ab Montag, 24.05. wieder erreichbar' wins over 'bis einschließlich 21.05.'",
        ),
    ),
    Reply(
        key="ar-de-ticket",
        intent="auto_reply",
        lang="de",
        name="Eventhalle Nordstern Kundenservice",
        addr="service@eventhalle-nordstern.example",
        when="2027-05-20 08:47 +0200",
        client="notice",
        ago=0,
        subject="Ihre Anfrage ist eingegangen [#2027-0520-0117]",
        headers=(AUTO_REPLIED,),
        body="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Nummer 2027-0520-0117 erfasst.\n\nWir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns so schnell wie möglich bei Ihnen. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhr Team der Eventhalle Nordstern",
        inv="AEC-27-286",
        owed="5710.00",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        name="Isabelle Rousseau",
        addr="i.rousseau@groupe-alteris.example",
        when="2027-05-18 08:44 +0200",
        client="notice_html",
        ago=0,
        subject="Réponse automatique : {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Bonjour,\n\nJe suis absente du 17 au 28 mai inclus, sans accès à ma messagerie. Je serai de retour le lundi 31 mai.\n\nPour toute urgence, vous pouvez joindre l'accueil au 01 99 00 42 17.\n\nCordialement,\nIsabelle Rousseau",
        inv="AEC-27-265",
        owed="2980.00",
        facts=Facts(
            back="2027-05-31", note="'de retour le lundi 31 mai' wins over 'du 17 au 28 mai inclus'"
        ),
    ),
    Reply(
        key="ar-fr-salon",
        intent="auto_reply",
        lang="fr",
        name="Atelier Floral Capucine",
        addr="bonjour@atelier-capucine.example",
        when="2027-05-31 08:40 +0200",
        client="notice",
        ago=0,
        subject="Re: {orig}",
        body="Merci pour votre message !\n\nToute l'équipe est sur le salon Mariage & Réception jusqu'au 4 juin. Nous traiterons votre demande dès notre retour à l'atelier.\n\nÀ très vite,\nL'équipe Capucine 🌸",
        inv="AEC-27-378",
        owed="1340.00",
        facts=Facts(
            back="2027-06-04",
            note="autoresponder without any auto header; 'jusqu'au 4 juin' → that date itself",
        ),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        name="Pablo Serrano",
        addr="pserrano@serrano-abogados.example",
        when="2027-05-20 08:52 +0200",
        client="notice_html",
        ago=0,
        subject="Respuesta automática: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 26 de mayo, con acceso limitado al correo. Para cualquier asunto urgente, puede escribir a mi compañera Elena Ortiz (eortiz@serrano-abogados.example).\n\nUn saludo,\nPablo Serrano",
        inv="AEC-27-283",
        owed="2210.00",
        facts=Facts(
            back="2027-05-26",
            note="'hasta X' → X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-es-48h",
        intent="auto_reply",
        lang="es",
        name="Hotel Miramar Sitges",
        addr="reservas@hotelmiramar-sitges.example",
        when="2027-05-11 08:39 +0200",
        client="notice",
        ago=0,
        subject="Re: {orig}",
        headers=(("Precedence", "auto_reply"),),
        body="Gracias por escribirnos.\n\nHemos recibido su mensaje y le responderemos en un plazo máximo de 48 horas laborables.\n\nAtentamente,\nEquipo de Reservas – Hotel Miramar Sitges",
        inv="AEC-27-211",
        owed="4870.00",
        facts=Facts(
            note="acknowledgement without Auto-Submitted (only Precedence: auto_reply); no return date"
        ),
    ),
    Reply(
        key="ar-nl-verlof",
        intent="auto_reply",
        lang="nl",
        name="Mirjam Koster",
        addr="m.koster@koster-accountants.example",
        when="2027-05-26 08:46 +0200",
        client="notice_html",
        ago=0,
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Dank voor uw bericht.\n\nIk ben met verlof en vanaf woensdag 2 juni weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nMirjam Koster",
        inv="AEC-27-345",
        owed="1870.00",
        facts=Facts(back="2027-06-02"),
    ),
    Reply(
        key="ar-nl-pinksteren",
        intent="auto_reply",
        lang="nl",
        name="Partycentrum De Molen",
        addr="info@partycentrum-demolen.example",
        when="2027-05-17 08:37 +0200",
        client="notice",
        ago=0,
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        body="Bedankt voor uw e-mail!\n\nIn verband met Tweede Pinksterdag is ons kantoor vandaag gesloten. Vanaf dinsdag 18 mei staan wij weer voor u klaar.\n\nHartelijke groet,\nPartycentrum De Molen",
        inv="AEC-27-246",
        owed="2560.00",
        facts=Facts(back="2027-05-18", note="Whit Monday closure; back the next day"),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        name="Valentina Marchetti",
        addr="v.marchetti@marchetti-eventi.example",
        when="2027-05-24 08:58 +0200",
        client="notice_html",
        ago=0,
        subject="Risposta automatica: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Buongiorno,\n\nsono in ferie fino a venerdì 28 maggio compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 31 maggio.\n\nPer urgenze potete contattare l'ufficio al numero 051 555 0192.\n\nCordiali saluti\nValentina Marchetti",
        inv="AEC-27-331",
        owed="2480.00",
        facts=Facts(
            back="2027-05-31",
            note="'rientrerò lunedì 31 maggio' wins over 'fino a venerdì 28 compreso'",
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-didnt-we",
        intent="other",
        lang="en",
        name="Hannah Cole",
        addr="hannah.cole@coleandfinch.example",
        when="2027-05-19 12:37 +0100",
        client="iphone",
        body="Hang on, didn't we pay this already? I'm sure Mark sorted it before the event. Can you check your end?\n\nHannah",
        inv="AEC-27-276",
        owed="1980.00",
        cur="GBP",
        facts=Facts(
            note="a question whether it was paid, not a claim that it was: a person checks and answers"
        ),
    ),
    Reply(
        key="ot-en-board",
        intent="other",
        lang="en",
        name="Alan Pritchard",
        addr="alan.pritchard@stmarys-harwood.example",
        when="2027-05-17 14:48 +0100",
        client="outlook",
        body="Dear Aurora team,\n\nThank you for your email. I'll raise this with the other trustees after the board meeting and come back to you.\n\nWith every blessing,\nAlan Pritchard\nChair of Trustees, St Mary's Harwood Restoration Fund",
        inv="AEC-27-250",
        owed="2340.00",
        cur="GBP",
        facts=Facts(
            note="'after the board meeting' is when it will be discussed, not a commitment to pay"
        ),
    ),
    Reply(
        key="ot-en-tasting",
        intent="other",
        lang="en",
        name="Sophie Lang",
        addr="sophie@langevents.example",
        when="2027-05-28 11:30 +0100",
        client="gmail",
        body="Hi both,\n\nQuick one while I have you – can you confirm the tasting date for the Hallworth wedding in September? The couple have suggested either 15 or 17 June. Also, do you still do the vegan canapé selection from last year's menu? Two of the bridesmaids are vegan.\n\nThanks!\nSophie\n\nSophie Lang | Lang Events\nWeddings & Private Parties",
        inv="AEC-27-363",
        owed="1450.00",
        cur="GBP",
        facts=Facts(note="event question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-weitergeleitet",
        intent="other",
        lang="de",
        name="Jörg Neumann",
        addr="j.neumann@neumann-maschinenbau.example",
        when="2027-05-12 10:09 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Guten Tag,\n\ndanke für den Hinweis, ich habe Ihre E-Mail an unseren Geschäftsführer weitergeleitet.\n\nMit freundlichen Grüßen\nJörg Neumann\nEmpfang",
        inv="AEC-27-222",
        owed="2860.00",
        facts=Facts(
            note="acknowledgement; forwarding internally is no new contact and no commitment"
        ),
    ),
    Reply(
        key="ot-de-rezept",
        intent="other",
        lang="de",
        name="Miriam Schulz",
        addr="miriam.schulz@gmail.com",
        when="2027-05-22 17:50 +0200",
        client="iphone",
        body="Hallo ihr Lieben, danke nochmal für alles, die Hochzeit war ein Traum! 🥰 Eine Frage: Könnt ihr uns das Rezept für die Holunder-Limonade verraten? Die Gäste fragen alle danach.\nLiebe Grüße, Miriam",
        inv="AEC-27-275",
        owed="3120.00",
        facts=Facts(note="thanks and a question; nothing about paying"),
    ),
    Reply(
        key="ot-fr-on-regarde",
        intent="other",
        lang="fr",
        name="Élodie Caron",
        addr="elodie.caron@gmail.com",
        when="2027-05-27 13:21 +0200",
        client="gmail",
        body="Bonjour,\n\nBien reçu, je regarde ça avec mon mari ce week-end et je reviens vers vous.\n\nÉlodie",
        inv="AEC-27-350",
        owed="2490.00",
        facts=Facts(note="acknowledgement; 'je reviens vers vous' is no commitment to pay"),
    ),
    Reply(
        key="ot-es-cena",
        intent="other",
        lang="es",
        name="Ramón Vidal",
        addr="rvidal@vidal-asociados.example",
        when="2027-05-19 17:08 +0200",
        client="html_only",
        body="Hola,\n\nAprovecho el correo: ¿me confirmáis si la cena de empresa del viernes 11 de junio sigue en pie para 40 personas? Y si es posible cambiar el segundo plato por una opción de pescado para cuatro de ellos.\n\nGracias,\nRamón Vidal\nVidal & Asociados",
        inv="AEC-27-290",
        owed="1760.00",
        facts=Facts(note="HTML-only; question about a coming event, the invoice is not addressed"),
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        name="Paula Herrero",
        addr="paula.herrero@gmail.com",
        when="2027-06-02 09:59 +0200",
        client="iphone",
        body="Recibido 👍",
        inv="AEC-27-383",
        owed="980.00",
        facts=Facts(note="acknowledgement with an emoji; not a payment claim"),
    ),
    Reply(
        key="ot-nl-overleden",
        intent="other",
        lang="nl",
        name="Esther Brouwer",
        addr="e.brouwer@brouwer-thuis.example",
        when="2027-05-25 19:45 +0200",
        client="gmail",
        body="Geachte heer/mevrouw,\n\nIk schrijf u namens mijn vader, Henk Brouwer. Hij is op 2 mei plotseling overleden, kort na zijn zeventigste verjaardag, waarvoor u de catering heeft verzorgd. Ik probeer samen met mijn broer zijn administratie op orde te krijgen en weet eerlijk gezegd nog niet hoe we dit gaan afhandelen.\n\nKunt u mij bellen om te bespreken hoe we verder moeten? Mijn nummer is 06 1234 5678.\n\nMet vriendelijke groet,\nEsther Brouwer",
        inv="AEC-27-335",
        owed="1640.00",
        facts=Facts(
            note="the customer has died and his daughter writes for the estate: nothing promised, contested or redirected; a person should call"
        ),
    ),
    Reply(
        key="ot-nl-phishing",
        intent="other",
        lang="nl",
        name="Rik Janssen",
        addr="rik@janssen-fietsen.example",
        when="2027-05-13 14:20 +0200",
        client="gmail_plain",
        rlang="en",
        body="Wie zijn jullie? Ik heb nooit iets bij Aurora besteld en ken jullie niet. Is dit phishing? Ik klik nergens op voordat iemand mij belt.\n\nRik Janssen\nJanssen Fietsen",
        inv="AEC-27-252",
        owed="1180.00",
        facts=Facts(
            note="Dutch reply to an English reminder; suspicion, a person should call; not treated as a dispute"
        ),
    ),
    Reply(
        key="ot-it-giro",
        intent="other",
        lang="it",
        name="Federica Galli",
        addr="f.galli@galli-arredamenti.example",
        when="2027-05-14 09:27 +0200",
        client="outlook",
        body="Buongiorno,\n\nricevuto, giro alla mia collega dell'amministrazione.\n\nSaluti\nFederica Galli",
        inv="AEC-27-258",
        owed="2040.00",
        facts=Facts(note="acknowledgement; passing it on internally is no new contact"),
    ),
    Reply(
        key="ot-it-preventivo",
        intent="other",
        lang="it",
        name="Anna Moretti",
        addr="anna.moretti82@gmail.com",
        when="2027-06-01 21:12 +0200",
        client="gmail",
        body="Buonasera,\n\nma il preventivo per la comunione di Matteo ce lo mandate? Ve l'avevo chiesto a fine aprile e non ho più saputo niente. La festa è il 27 giugno, una cinquantina di persone.\n\nGrazie\nAnna",
        inv="AEC-27-379",
        owed="1130.00",
        facts=Facts(note="asks for a quote for a new event"),
    ),
]

REPLIES: Final = [
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
# Labels, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """One message ready to be numbered: its key, the built message, its label and new text."""

    key: str
    msg: Message
    label: Label
    text: str
    inv: str


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
    return Label(
        file="",
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


def all_items() -> list[Item]:
    items = [
        Item(key=r.key, msg=build_reply(r), label=reply_label(r), text=r.body, inv=r.inv)
        for r in REPLIES
    ]
    items += [
        Item(key=b.key, msg=b.build(b), label=bounce_label(b), text=b.rcpt, inv=b.inv)
        for b in BOUNCES
    ]
    return items


ISO_DAY: Final = re.compile(r"^2027-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^AEC-27-(\d{3})$")
CURRENCIES: Final = {"EUR", "GBP", "USD"}
# Which intent a field belongs to (any other intent leaves it null).
FIELD_OWNER: Final = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "payment_reference": "payment_sent",
    "return_date": "auto_reply",
    "new_contact": "wrong_contact",
    "bounce_kind": "bounce",
    "failed_recipient": "bounce",
    "bounce_status": "bounce",
}


def fail(key: str, problem: str) -> None:
    raise SystemExit(f"{key}: {problem}")


def optional_fields(label: Label) -> dict[str, str | None]:
    return {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "payment_reference": label["payment_reference"],
        "new_contact": label["new_contact"],
        "bounce_kind": label["bounce_kind"],
        "failed_recipient": label["failed_recipient"],
        "bounce_status": label["bounce_status"],
    }


def check_owners(item: Item) -> None:
    for name, value in optional_fields(item.label).items():
        if value is not None and FIELD_OWNER[name] != item.label["intent"]:
            fail(item.key, f"{name} set on a {item.label['intent']} message")
        if name.endswith("_date") and value is not None and not ISO_DAY.match(value):
            fail(item.key, f"bad {name} {value!r}")
        if name.endswith("_date") and value is not None:
            date.fromisoformat(value)


def check_money(item: Item) -> None:
    label = item.label
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(item.key, "amount and currency go together")
    if amount is not None and (not AMOUNT.match(amount) or currency not in CURRENCIES):
        fail(item.key, f"bad amount {amount!r} {currency!r}")
    if amount is not None and label["intent"] not in {"payment_sent", "promise_to_pay"}:
        fail(item.key, "amount on an intent that carries none")


def check_refs(item: Item) -> None:
    for ref in item.label["invoice_refs"]:
        match = INVOICE.match(ref)
        if match is None or (ref not in item.text and match.group(1) not in item.text):
            fail(item.key, f"invoice ref {ref!r} is not in the new text")


def check_contact(item: Item) -> None:
    contact = item.label["new_contact"]
    if contact is None:
        return
    if contact != contact.lower() or "@" not in contact or contact not in item.text.lower():
        fail(item.key, f"bad new_contact {contact!r}")


def check_bounce(item: Item) -> None:
    label = item.label
    if label["intent"] != "bounce":
        return
    if label["bounce_kind"] not in {"hard", "soft"} or not label["failed_recipient"]:
        fail(item.key, "bounce without kind or recipient")
    status = label["bounce_status"] or ""
    if not re.match(r"^[45]\.\d{1,3}\.\d{1,3}$", status) or status not in item.msg.as_string():
        fail(item.key, f"bad bounce status {status!r}")


def check_label(item: Item) -> None:
    if item.label["intent"] not in INTENTS or item.label["language"] not in LANGS:
        fail(item.key, "unknown intent or language")
    check_owners(item)
    check_money(item)
    check_refs(item)
    check_contact(item)
    check_bounce(item)


def check_dates_in_window(items: Sequence[Item]) -> None:
    for item in items:
        sent = datetime.strptime(str(item.msg["Date"]), "%a, %d %b %Y %H:%M:%S %z").date()
        if not FIRST_DAY <= sent <= LAST_DAY:
            fail(item.key, f"dated {sent}, outside the corpus window")


def check_balance(items: Sequence[Item]) -> None:
    cells = Counter((i.label["intent"], i.label["language"]) for i in items)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            fail(intent, "needs exactly 12 messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            fail(intent, "a language does not cover this intent")
    kinds = Counter(i.label["bounce_kind"] for i in items if i.label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail("bounce", f"needs 6 hard and 6 soft, has {dict(kinds)}")


def check_unique(items: Sequence[Item]) -> None:
    columns = {
        "key": [i.key for i in items],
        "text": [i.text for i in items],
        "reminded invoice": [i.inv for i in items],
    }
    for what, values in columns.items():
        if len(set(values)) != len(values):
            fail("corpus", f"duplicate {what}")


def strict_text(part: Message) -> None:
    """Every text part must decode in its declared charset, without replacement."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise SystemExit("text part without a byte payload")
    payload.decode(part.get_content_charset() or "us-ascii")


def check_parsed(name: str, data: bytes) -> None:
    """Parse the bytes back the way a reader would: headers, text parts, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for header, value in msg.items():
        if getattr(value, "defects", ()):
            fail(name, f"defects in {header}: {value.defects}")
        str(value)
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects in {part.get_content_type()}: {part.defects}")
        if part.get_content_maintype() == "text":
            strict_text(part)
            str(part.get_content())


def ordered(items: list[Item]) -> list[Item]:
    """The seeded shuffle: order by a keyed hash, so a file name says nothing about its label."""
    return sorted(items, key=lambda item: digest(item.key, "order"))


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_corpus(items: Sequence[Item]) -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_parsed(name, data)
        (HERE / name).write_bytes(data)
        labels.append({**item.label, "file": name})
    lines = [json.dumps(label, ensure_ascii=False) for label in labels]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return labels


def main() -> int:
    items = all_items()
    check_unique(items)
    for item in items:
        check_label(item)
    check_dates_in_window(items)
    check_balance(items)
    labels = write_corpus(ordered(items))
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
