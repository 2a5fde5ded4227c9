# ruff: noqa: E501, RUF001
# The hand-written message text keeps one paragraph a line, as mail clients send it, and keeps
# the typographic dashes, quotes and apostrophes that people and their clients really type.
"""Build held-out reply corpus 33: the files h33-NNN.eml and labels.jsonl.

Every message lands in the receivables mailbox of Casa Serena Home Care after an overdue
reminder. The new text of each message is written by hand in this file. The script adds only
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically (fixed seed, fixed boundaries, Message-IDs derived from keys, no clock).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h33"
SEED: Final = 33_2026_1123
AR_NAME: Final = "Casa Serena Receivables"
AR_ADDR: Final = "receivables@casaserena-care.example"
AR_DOMAIN: Final = "casaserena-care.example"
CET: Final = timezone(timedelta(hours=1))
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
FIRST_DAY: Final = date(2026, 11, 23)
LAST_DAY: Final = date(2026, 12, 18)
PER_INTENT: Final = 12


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the project's label format."""

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
    """What a careful reader extracts from the new text of a reply."""

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
    """One hand-written message that answers (or reacts to) an overdue reminder."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    sent: str
    client: str
    text: str
    facts: Facts = field(default_factory=Facts)
    inv: str = ""
    amt: str = ""
    cur: str = ""
    locale: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def loc(self) -> str:
        return self.locale or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def amount(self) -> str:
        return self.amt or default_amount(self.key)

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.lang == "en" else "EUR")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the notice's language."""

    key: str
    lang: str
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    sent: str
    mta: str
    age: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_dt(self) -> datetime:
        """When the reminder left Casa Serena, on the sending office's clock."""
        home = UTC if self.lang == "en" else CET
        return (self.dt - timedelta(minutes=self.age)).astimezone(home)


# --------------------------------------------------------------------------------------------
# Locale tables for the clients' own text (attribution lines, dividers, signatures)
# --------------------------------------------------------------------------------------------

DAY_NAMES: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR: Final = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "en-US": "On {dab}, {mab} {d}, {y} at {h}:{MM} {ampm} {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en": "On {d} {mab} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "en": "{dd} {mon} {y} {HH}:{MM}",
    "de": "{day}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{day} {d} {mon} {y} {HH}:{MM}",
    "es": "{day}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{day} {d} {mon} {y} {HH}:{MM}",
    "it": "{day} {d} {mon} {y} {HH}:{MM}",
}
# divider line, From, Sent, To, Subject, and what follows a label
OUTLOOK_WORDS: Final = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SAMSUNG_WORDS: Final = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mo}/{y} {HH}:{MM}",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mo}.{yy} {HH}:{MM}",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mo}/{y} {HH}:{MM}",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{mo}/{yy} {H}:{MM}",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mo}-{y} {HH}:{MM}",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mo}/{yy} {HH}:{MM}",
    ),
}
IPHONE_SIG: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG: Final = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Casa Serena sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue reminder: invoice {inv}",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel : facture {inv} en attente de règlement",
    "es": "Recordatorio de pago: factura {inv}",
    "nl": "Betalingsherinnering: factuur {inv}",
    "it": "Sollecito di pagamento: fattura {inv}",
}
REMINDER_BODY: Final = {
    "en": (
        "Dear client,\n\n"
        "According to our records the following invoice for home-care services is still unpaid:\n\n"
        "Invoice number: {inv}\nCare period: October 2026\nAmount outstanding: {amt}\nPayment was due on: 16/11/2026\n\n"
        "If you have paid in the meantime, thank you, and please disregard this reminder. If anything about the invoice is unclear, or if you would like to talk about how to pay, simply reply to this message and our team will get back to you.\n\n"
        "Kind regards,\n\nReceivables Team\nCasa Serena Home Care\nreceivables@casaserena-care.example"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "nach unseren Unterlagen ist folgende Rechnung für Leistungen der häuslichen Pflege noch offen:\n\n"
        "Rechnungsnummer: {inv}\nLeistungszeitraum: Oktober 2026\nOffener Betrag: {amt}\nFällig seit: 16.11.2026\n\n"
        "Falls Sie inzwischen überwiesen haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten. Bei Rückfragen zur Rechnung oder zu Zahlungsmöglichkeiten antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nIhr Team Forderungsmanagement\nCasa Serena Home Care"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous relative aux prestations d'aide et de soins à domicile n'a pas encore été réglée :\n\n"
        "N° de facture : {inv}\nPériode : octobre 2026\nMontant restant dû : {amt}\nÉchéance : 16/11/2026\n\n"
        "Si votre règlement nous est parvenu entre-temps, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel. Pour toute question sur cette facture ou sur les modalités de paiement, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService Recouvrement\nCasa Serena Home Care"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Le recordamos que la siguiente factura por servicios de atención domiciliaria sigue pendiente de pago:\n\n"
        "N.º de factura: {inv}\nPeriodo: octubre de 2026\nImporte pendiente: {amt}\nVencimiento: 16/11/2026\n\n"
        "Si ya ha realizado el pago, le damos las gracias y le rogamos que no tenga en cuenta este aviso. Si tiene cualquier duda sobre la factura o sobre la forma de pago, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nDepartamento de Cobros\nCasa Serena Home Care"
    ),
    "nl": (
        "Geachte cliënt,\n\n"
        "Volgens onze administratie is de onderstaande factuur voor thuiszorg nog niet voldaan:\n\n"
        "Factuurnummer: {inv}\nZorgperiode: oktober 2026\nOpenstaand bedrag: {amt}\nVervaldatum: 16-11-2026\n\n"
        "Heeft u het bedrag inmiddels overgemaakt, dan danken wij u hartelijk en kunt u deze herinnering als niet verzonden beschouwen. Heeft u vragen over de factuur of over de betaling, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nTeam Debiteurenbeheer\nCasa Serena Home Care"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre verifiche risulta ancora da saldare la seguente fattura per i servizi di assistenza domiciliare:\n\n"
        "Fattura n.: {inv}\nPeriodo: ottobre 2026\nImporto da saldare: {amt}\nScadenza: 16/11/2026\n\n"
        "Se nel frattempo ha già provveduto al pagamento, La ringraziamo e La preghiamo di non considerare il presente sollecito. Per qualsiasi chiarimento sulla fattura o sulle modalità di pagamento è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nCasa Serena Home Care"
    ),
}
LATIN1_SWAPS: Final = {"€": "EUR", "–": "-", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, money, dates, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    return int.from_bytes(digest(key, salt)[:4], "big")


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def default_invoice(key: str) -> str:
    return f"CS-2026-{4100 + number(key, 'inv') % 800}"


def default_amount(key: str) -> str:
    cents = number(key, "cents") % 20 * 5
    return f"{600 + number(key, 'amt') % 1900}.{cents:02d}"


def money(amount: str, *, currency: str, lang: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    local = grouped.replace(",", " " if lang == "fr" else ".") + "," + cents
    return f"€ {local}" if lang in {"nl", "it"} else f"{local} €"


def date_words(loc: str, when: datetime) -> dict[str, str]:
    lang = loc[:2]
    return {
        "day": DAY_NAMES[lang].split()[when.weekday()],
        "dab": DAY_ABBR[lang].split()[when.weekday()],
        "mon": MONTH_NAMES[lang].split()[when.month - 1],
        "mab": MONTH_ABBR[lang].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "h": str((when.hour + 11) % 12 + 1),
        "MM": f"{when.minute:02d}",
        "ampm": "AM" if when.hour < 12 else "PM",
    }


def render(template: str, *, loc: str, when: datetime, name: str = AR_NAME) -> str:
    return template.format(**date_words(loc, when), name=name, addr=AR_ADDR)


def latin1(text: str) -> str:
    for wide, narrow in LATIN1_SWAPS.items():
        text = text.replace(wide, narrow)
    return text


def fit(text: str, charset: str) -> str:
    """What a client limited to Latin-1 makes of the quoted reminder."""
    return latin1(text) if charset == "iso-8859-1" else text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str, *, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_text(block)}</{tag}>" for block in text.split("\n\n"))


def word_paras(text: str) -> str:
    lines = (html.escape(line, quote=False) or "<o:p>&nbsp;</o:p>" for line in text.split("\n"))
    return "\n".join(f'<p class="MsoNormal">{line}</p>' for line in lines)


def reminder_dt(r: Reply) -> datetime:
    """The reminder left Casa Serena on a working day before the reply, after ten."""
    if not r.threaded or r.client in NOTICE_CLIENTS:
        return r.dt - timedelta(minutes=2 + number(r.key, "lag") % 5)
    day = r.dt.astimezone(CET) - timedelta(days=1 + number(r.key, "days") % 2)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = number(r.key, "minute") % 50
    return day.replace(hour=10, minute=minute, second=17).astimezone(r.dt.tzinfo)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# Charset.body_encoding values; any other value (0 here) means "7bit or 8bit, as the text needs".
ENCODINGS: Final = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": 0, "7bit": 0}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    text.encode(charset)  # the hand-written text must fit the declared charset
    part = MIMENonMultipart("text", subtype)
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = ENCODINGS[cte]
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encode_header(value: str, *, charset: str, name: str = "Subject") -> str:
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset=charset, name='From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    for name in (
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
    ):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool) -> None:
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + digest(key, f"boundary-{n}").hex()[:24])


def seal(msg: Message, *, key: str, prefix: str) -> Message:
    move_mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# Mail clients: what each one wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    when: datetime
    loc: str
    to: str

    @property
    def lang(self) -> str:
        return self.loc[:2]


def make_quote(r: Reply) -> Quote:
    rlang = r.lang
    amount = money(r.amount, currency=r.currency, lang=rlang)
    text = REMINDER_BODY[rlang].format(inv=r.invoice, amt=amount)
    subject = REMINDER_SUBJECT[rlang].format(inv=r.invoice)
    name, addr = r.sender
    return Quote(
        text=fit(text, r.charset),
        subject=fit(subject, r.charset),
        when=reminder_dt(r),
        loc=r.loc,
        to=f"{name} <{addr}>" if name else addr,
    )


def outlook_lines(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_WORDS[q.lang]
    stamp = render(OUTLOOK_SENT[q.lang], loc=q.loc, when=q.when)
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{stamp}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_WORDS[q.lang][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{sep.rstrip()}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{word_paras(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}</p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def gmail_attr(q: Quote) -> str:
    return render(GMAIL_ATTR[q.loc], loc=q.loc, when=q.when)


def apple_attr(q: Quote) -> str:
    return render(APPLE_ATTR[q.lang], loc=q.loc, when=q.when)


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, charset=r.charset, cte=cte or r.cte)


def rich(r: Reply, markup: str, *, cte: str = "") -> Message:
    return text_part(markup, subtype="html", charset=r.charset, cte=cte or r.cte)


def client_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_WORDS[q.lang][0], *outlook_lines(q)])
    return plain(r, f"{r.text}\n\n{block}\n\n{q.text}\n")


def client_outlook_html(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q))
    return alternative(plain(r, f"{r.text}\n\n{block}\n\n{q.text}\n"), rich(r, word_html(r, q)))


def client_html_only(r: Reply, q: Quote) -> Message:
    return rich(r, word_html(r, q))


def client_owa(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q))
    head = html_text(block)
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">{html_text(r.text)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div>\n</div>\n'
        f'<div class="BodyFragment">{html_paras(q.text, tag="div")}</div>\n</body>\n</html>\n'
    )
    text = f"{r.text}\n\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return alternative(plain(r, text), rich(r, markup))


def client_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q))
    return plain(
        r, f"{r.text}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n", cte="b64"
    )


def gmail_markup(r: Reply, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_text(r.text)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(gmail_attr(q))}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text, tag='div')}</blockquote></div>\n"
    )


def client_gmail(r: Reply, q: Quote) -> Message:
    text = f"{r.text}\n\n{gmail_attr(q)}\n\n{quoted(q.text)}\n"
    return alternative(plain(r, text), rich(r, gmail_markup(r, q)))


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.text}\n\n{gmail_attr(q)}\n\n{quoted(q.text)}\n")


def client_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.text}\n\n{apple_attr(q)}\n\n{quoted(q.text)}\n")


def client_apple_html(r: Reply, q: Quote) -> Message:
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{html_text(r.text)}<br><div><br>'
        f'<blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>{html_paras(q.text, tag="div")}</blockquote></div></body></html>\n'
    )
    return alternative(client_apple(r, q), rich(r, markup))


def client_iphone(r: Reply, q: Quote) -> Message:
    tail = quoted(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.text}\n\n{IPHONE_SIG[q.lang]}\n\n{tail}\n")


def thunderbird_attr(q: Quote) -> str:
    return render(THUNDERBIRD_ATTR[q.lang], loc=q.loc, when=q.when)


def flowed(r: Reply, part: Message) -> Message:
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_thunderbird(r: Reply, q: Quote) -> Message:
    return flowed(r, plain(r, f"{r.text}\n\n{thunderbird_attr(q)}\n{quoted(q.text)}\n"))


def client_inline(r: Reply, q: Quote) -> Message:
    """Answers between quoted lines; the text carries its own quotes and an [[ATTR]] slot."""
    return flowed(r, plain(r, r.text.replace("[[ATTR]]", thunderbird_attr(q)) + "\n"))


def client_samsung(r: Reply, q: Quote) -> Message:
    sig, rule, frm, when, to, subj, sep, stamp = SAMSUNG_WORDS[q.lang]
    shown = render(stamp, loc=q.loc, when=q.when) + f" (GMT{q.when.strftime('%z')[:3]}:00)"
    head = [
        rule,
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}> ",
        f"{when}{sep}{shown} ",
        f"{to}{sep}{q.to} ",
        f"{subj}{sep}{q.subject} ",
    ]
    text = f"{r.text}\n\n\n\n{sig}\n\n\n" + "\n".join(head) + f"\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body dir="auto">'
        f'<div dir="auto">{html_text(r.text)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{html_text(chr(10).join(head))}</div>'
        f"{html_paras(q.text, tag='div')}</body></html>\n"
    )
    return alternative(plain(r, text, cte="b64"), rich(r, markup, cte="b64"))


def client_webde(r: Reply, q: Quote) -> Message:
    stamp = render("{day}, {dd}. {mon} {y} um {HH}:{MM} Uhr", loc=q.loc, when=q.when)
    head = f'Gesendet: {stamp}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {q.to}\nBetreff: {q.subject}'
    return plain(r, f"{r.text}\n \n \n\n{head}\n\n{q.text}\n")


def client_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return plain(r, r.text + "\n")


def notice_markup(r: Reply) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{html_paras(r.text)}\n</body></html>\n'
    )


def client_notice_html(r: Reply, q: Quote) -> Message:
    return alternative(client_none(r, q), rich(r, notice_markup(r)))


def client_notice_html_only(r: Reply, q: Quote) -> Message:
    del q
    return rich(r, notice_markup(r))


CLIENTS: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "owa": client_owa,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "inline": client_inline,
    "samsung": client_samsung,
    "webde": client_webde,
    "none": client_none,
    "notice_html": client_notice_html,
    "notice_html_only": client_notice_html_only,
}
OUTLOOK_CLIENTS: Final = frozenset({"outlook", "outlook_html", "html_only", "owa", "android"})
NOTICE_CLIENTS: Final = frozenset({"none", "notice_html", "notice_html_only"})
THUNDERBIRD_AGENT: Final = "Mozilla Thunderbird"
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_AGENT),),
    "inline": (("User-Agent", THUNDERBIRD_AGENT),),
    "webde": (("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")),
}
BOUNDARY_PREFIX: Final = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
    "outlook_html": "_000_",
    "owa": "_000_",
}


def message_id(r: Reply) -> str:
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = token(r.key, "host", 12)
        return f"<{token(r.key, 'mid', 32)}@{host}.eurprd0{raw[0] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{r.dt.strftime('%Y%m%d%H%M%S')}.{raw.hex()[:12]}@email.android.com>"
    if r.client == "webde":
        return f"<trinity-{raw.hex()[:8]}-{raw.hex()[8:12]}-{raw.hex()[12:16]}-{raw.hex()[16:28]}-{number(r.key, 'ms')}@3c-app-webde-bs{raw[1] % 60:02d}>"
    return f"<{raw.hex()[:16]}.{raw.hex()[16:28]}@{domain}>"


def reminder_id(key: str) -> str:
    return f"<{token(key, 'reminder', 20).lower()}.reminder@{AR_DOMAIN}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.replace("{rsub}", q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_CLIENTS and r.threaded else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    prefix = BOUNDARY_PREFIX.get(r.client, "------------")
    return seal(msg, key=r.key, prefix=prefix)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final = (
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Colin Ashworth", "colin.ashworth@ashworth-joinery.example"),
        sent="2026-11-25 19:02 +0000",
        client="iphone",
        text="Paid.",
        facts=Facts(note="one-word claim in answer to the reminder; no date given"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=("Bev Latham", "bev.latham@lathamfamily.example"),
        sent="2026-12-08 13:47 +0000",
        client="samsung",
        text="done",
        facts=Facts(
            note="lower-case 'done' answering an overdue reminder means paid; no date given"
        ),
    ),
    Reply(
        key="ps-en-wire",
        intent="payment_sent",
        lang="en",
        sender=("Diane Pryce-Holbrook", "dpryceholbrook@gmail.com"),
        sent="2026-12-03 21:40 -0500",
        client="gmail",
        locale="en-US",
        inv="CS-2026-4620",
        amt="1412.80",
        text="Hello,\n\nI'm Eleanor Pryce's daughter – I look after Mom's bills from here in Connecticut, and I'm sorry this one slipped. Your first email went straight to my spam folder.\n\nI sent £1,412.80 by international wire this afternoon for invoice CS-2026-4620. My bank's confirmation number is 20261203-4471. They told me it can take one to two business days to reach you because of the currency conversion.\n\nIf there's anything else open on Mom's account, please tell me and I'll take care of it right away.\n\nThank you all for looking after her so well.\n\nDiane",
        facts=Facts(
            paid="2026-12-03",
            ref="20261203-4471",
            amount="1412.80",
            currency="GBP",
            refs=("CS-2026-4620",),
            note="written in the evening in US Eastern time: 'this afternoon' is 3 Dec in the sender's zone, already 4 Dec in UTC",
        ),
    ),
    Reply(
        key="ps-de-avis",
        intent="payment_sent",
        lang="de",
        sender=("Pflegekasse Rheinauen – Zahlungsverkehr", "zahlungsavis@pk-rheinauen.example"),
        sent="2026-12-02 05:31 +0100",
        client="notice_html",
        threaded=False,
        subject="Zahlungsavis Nr. 2026-118374 – Casa Serena Home Care",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        inv="CS-2026-4533",
        amt="2184.60",
        text="Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nZahlungsdatum: 02.12.2026\nAvis-Nummer: 2026-118374\nEmpfänger: Casa Serena Home Care\nIBAN Empfänger: DE** **** **** **** **71 42\nVerwendungszweck: ZA 2026-118374 / CS-2026-4533\n\nRechnung CS-2026-4533 vom 31.10.2026 – Rechnungsbetrag 2.184,60 EUR – Abzug 0,00 EUR – Zahlbetrag 2.184,60 EUR\n\nSumme Zahlbetrag: 2.184,60 EUR\n\nBitte gleichen Sie die Zahlung mit Ihren offenen Posten ab. Rückfragen richten Sie bitte unter Angabe der Avis-Nummer an unsere Leistungsabrechnung.\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten an diese Adresse werden nicht gelesen.",
        facts=Facts(
            paid="2026-12-02",
            ref="2026-118374",
            amount="2184.60",
            currency="EUR",
            refs=("CS-2026-4533",),
            note="machine payment advice with Auto-Submitted: auto-generated is payment_sent; its 'replies are not read' line does not make it wrong_contact",
        ),
    ),
    Reply(
        key="ps-de-betreuerin",
        intent="payment_sent",
        lang="de",
        sender=("Sabine Vogt-Rehm", "s.vogt-rehm@betreuung-vogt.example"),
        sent="2026-11-30 10:20 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CS-2026-4419",
        amt="1318.75",
        text="Sehr geehrte Damen und Herren,\n\nals gerichtlich bestellte Betreuerin von Herrn Walter Krämer (Az. 12 XVII 318/24) teile ich Ihnen mit, dass die Rechnung CS-2026-4419 in Höhe von 1.318,75 € am 27. vom Betreuungskonto überwiesen wurde.\n\nDie Verzögerung bitte ich zu entschuldigen: Für diese Auszahlung war die Genehmigung des Betreuungsgerichts nötig, die erst letzte Woche bei mir eingegangen ist.\n\nMit freundlichen Grüßen\n\nSabine Vogt-Rehm\nBerufsbetreuerin\nBetreuungsbüro Vogt\nKaiserstraße 41 · 53113 Bonn",
        facts=Facts(
            paid="2026-11-27",
            amount="1318.75",
            currency="EUR",
            refs=("CS-2026-4419",),
            note="'am 27.' without a month is the 27th before the message (27 Nov); legal guardian paying from the client's account",
        ),
    ),
    Reply(
        key="ps-fr-absente",
        intent="payment_sent",
        lang="fr",
        sender=("Hélène Marchetti", "helene.marchetti@marchetti-archi.example"),
        sent="2026-12-10 08:55 +0100",
        client="iphone",
        subject="Absente du bureau cette semaine – Re: {rsub}",
        inv="CS-2026-4650",
        amt="1046.20",
        text="Bonjour,\n\nJe suis en congé toute la semaine mais je suis tombée sur votre relance en regardant mes mails. J'ai fait le virement ce matin depuis l'appli de la banque, 1 046,20 €, avec le numéro de facture en libellé.\n\nDésolée pour le retard, avec le déménagement de ma mère j'ai complètement oublié.\n\nBonne journée,\nHélène Marchetti",
        facts=Facts(
            paid="2026-12-10",
            amount="1046.20",
            currency="EUR",
            note="the subject says she is out of the office, but a person writes that the transfer was made this morning",
        ),
    ),
    Reply(
        key="ps-fr-mutuelle",
        intent="payment_sent",
        lang="fr",
        sender=("Karine Delaunay", "k.delaunay@mutuelle-hirondelle.example"),
        sent="2026-12-07 11:03 +0100",
        client="outlook_html",
        inv="CS-2026-4577",
        amt="873.40",
        text="Madame, Monsieur,\n\nPour faire suite à votre relance, nous vous confirmons que la facture CS-2026-4577 a été réglée par virement le 4 décembre 2026, pour un montant de 873,40 €. Le virement porte la référence VIR-MH-58112.\n\nNous vous remercions de bien vouloir mettre à jour votre compte client et restons à votre disposition pour tout complément d'information.\n\nCordialement,\n\nKarine Delaunay\nGestionnaire prestations – Pôle aide à domicile\nMutuelle Hirondelle\n12, rue des Tanneurs – 37000 Tours\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. La Mutuelle Hirondelle décline toute responsabilité au titre de ce message s'il a été altéré ou falsifié.",
        facts=Facts(
            paid="2026-12-04",
            ref="VIR-MH-58112",
            amount="873.40",
            currency="EUR",
            refs=("CS-2026-4577",),
        ),
    ),
    Reply(
        key="ps-es-viernes",
        intent="payment_sent",
        lang="es",
        sender=("Javi Ortega", "javiortega.m@gmail.com"),
        sent="2026-12-01 22:10 +0100",
        client="android",
        text="Hola buenas,\n\nya esta pagado, hice la transferencia el viernes pasado desde la cuenta de mi madre (Carmen Ortega Ruiz). Si todavia no os ha llegado decidmelo y miro con el banco pero deberia estar ya\n\nUn saludo\nJavi",
        facts=Facts(
            paid="2026-11-27", note="no accents; 'el viernes pasado' from Tue 1 Dec is Fri 27 Nov"
        ),
    ),
    Reply(
        key="ps-es-ayuntamiento",
        intent="payment_sent",
        lang="es",
        sender=("Mercedes Alcántara Ruiz", "malcantara@villanuevadelpinar.example"),
        sent="2026-12-10 12:30 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="CS-2026-4588",
        amt="1962.00",
        text="Buenos días:\n\nEn relación con su recordatorio, les comunicamos que la Intervención municipal tramitó el pago de la factura CS-2026-4588, correspondiente al Servicio de Ayuda a Domicilio del mes de octubre, mediante transferencia de fecha 9 de diciembre de 2026.\n\nImporte: 1.962,00 EUR\nN.º de operación: 2026/OP/004518\n\nLes rogamos que comprueben el cobro en su cuenta y, en su caso, den de baja el recordatorio.\n\nAtentamente,\n\nMercedes Alcántara Ruiz\nTécnica de Servicios Sociales\nAyuntamiento de Villanueva del Pinar\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación. Sus datos personales son tratados por el Ayuntamiento conforme al Reglamento (UE) 2016/679.",
        facts=Facts(
            paid="2026-12-09",
            ref="2026/OP/004518",
            amount="1962.00",
            currency="EUR",
            refs=("CS-2026-4588",),
            note="municipal social services; 'den de baja el recordatorio' asks to close the reminder, it is not an unsubscribe",
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Ruud Brinkman", "ruud@brinkman-schilders.example"),
        sent="2026-12-15 07:48 +0100",
        client="iphone",
        text="Is gisteren overgemaakt.\n\nGr Ruud",
        facts=Facts(paid="2026-12-14", note="'gisteren' is the day before Tue 15 Dec"),
    ),
    Reply(
        key="ps-it-lunedi",
        intent="payment_sent",
        lang="it",
        sender=("Donatella Sereni", "donatella.sereni@studiosereni.example"),
        sent="2026-12-03 23:14 +0100",
        client="gmail",
        text="Buonasera,\n\nscusate se rispondo solo adesso ma sono state due settimane terribili. La mamma è caduta di nuovo in bagno martedì scorso, per fortuna niente di rotto, ma il medico vuole che qualcuno resti con lei anche la notte almeno per un po', quindi vorrei capire se è possibile aggiungere qualche notte a partire da gennaio (ne parlo con la coordinatrice, non vi preoccupate). Volevo anche dirvi che Giulia, l'operatrice del mattino, è davvero bravissima, la mamma la adora e le ha pure preparato la torta per l'onomastico.\n\nPer la fattura comunque il bonifico l'ho fatto lunedì dal conto cointestato, quindi dovrebbe già risultarvi. Se non lo vedete fatemi sapere che chiamo la banca.\n\nPoi un'altra cosa: a Natale saremo tutti a Bologna da mia sorella e la mamma viene con noi, quindi dal 24 al 27 le visite si possono sospendere.\n\nGrazie di tutto e buona serata,\nDonatella",
        facts=Facts(
            paid="2026-11-30",
            note="long message about the care that buries the payment claim; 'lunedì' is the Monday before Thu 3 Dec",
        ),
    ),
    Reply(
        key="ps-it-amministratore",
        intent="payment_sent",
        lang="it",
        sender=("Avv. Paolo Ginestri", "p.ginestri@studiolegaleginestri.example"),
        sent="2026-12-16 15:20 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CS-2026-4866",
        amt="2410.00",
        text="Gentili Signori,\n\nin qualità di amministratore di sostegno della sig.ra Adele Bonfanti, Vi comunico che in data odierna è stato disposto il bonifico a saldo della fattura n. CS-2026-4866 per l'importo di € 2.410,00 (CRO 62018844703).\n\nVi prego di indirizzare le prossime fatture direttamente al mio studio, all'attenzione della segreteria.\n\nDistinti saluti\n\nAvv. Paolo Ginestri\nStudio Legale Ginestri\nVia Marsala 18 – 20121 Milano\n\nLe informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente alla persona o all'ente sopra indicati. È vietato ai soggetti diversi dai destinatari qualsiasi uso, copia o diffusione.",
        facts=Facts(
            paid="2026-12-16",
            ref="62018844703",
            amount="2410.00",
            currency="EUR",
            refs=("CS-2026-4866",),
            note="a lawyer acting as support administrator pays ('in data odierna'); not a 'talk to our lawyer' message, and no new address",
        ),
    ),
)

PROMISE_TO_PAY: Final = (
    Reply(
        key="ptp-en-run",
        intent="promise_to_pay",
        lang="en",
        sender=("Marcus Fielding", "marcus.fielding@northgate-mutual.example"),
        sent="2026-12-02 14:36 +0000",
        client="outlook_html",
        inv="CS-2026-4694",
        amt="2240.00",
        text="Good afternoon,\n\nThank you for the reminder. I can confirm that invoice CS-2026-4694 has been approved by our clinical team and released to Finance; it will be included in Friday's payment run.\n\nPlease allow two working days after that for the funds to clear.\n\nKind regards,\n\nMarcus Fielding\nProvider Payments Officer\nNorthgate Mutual Health\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northgate Mutual Health is a trading name of Northgate Mutual Assurance Ltd, registered in England and Wales.",
        facts=Facts(
            promised="2026-12-04",
            refs=("CS-2026-4694",),
            note="'approved' and 'released to Finance' are past tense, but the money goes in Friday's run (Fri 4 Dec after Wed 2 Dec)",
        ),
    ),
    Reply(
        key="ptp-en-salary",
        intent="promise_to_pay",
        lang="en",
        sender=("Liam Doherty", "liam.doherty@doherty-electrical.example"),
        sent="2026-12-09 12:18 +0000",
        client="gmail_plain",
        text="Hi,\n\nSorry, it's been chaos since we moved Dad into the downstairs room. I'll pay this in full on the 15th when I get paid – can't do it before then I'm afraid.\n\nCheers,\nLiam",
        facts=Facts(promised="2026-12-15"),
    ),
    Reply(
        key="ptp-en-arranged",
        intent="promise_to_pay",
        lang="en",
        sender=("Margaret Ellison", "m.ellison@ellison-home.example"),
        sent="2026-12-06 17:25 +0000",
        client="thunderbird",
        amt="1120.40",
        text="Dear Sir or Madam,\n\nI have arranged for the transfer of £1,120.40 to go out next Friday, which is when my pension is paid in. I hope that is satisfactory.\n\nYours faithfully,\n\nMargaret Ellison (Mrs)",
        facts=Facts(
            promised="2026-12-11",
            amount="1120.40",
            currency="GBP",
            note="'I have arranged' announces a future transfer; 'next Friday' from Sun 6 Dec is 11 Dec",
        ),
    ),
    Reply(
        key="ptp-de-kw",
        intent="promise_to_pay",
        lang="de",
        sender=("Jörg Hänsel", "joerg.haensel@haensel-steuer.example"),
        sent="2026-12-02 16:05 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CS-2026-4502",
        text="Hallo zusammen,\n\ndie Rechnung CS-2026-4502 für meine Mutter habe ich gesehen. Ich bin diese Woche auf Dienstreise und komme nicht ans Onlinebanking, die Zahlung erfolgt in KW 50.\n\nViele Grüße\nJörg Hänsel",
        facts=Facts(
            promised="2026-12-07",
            refs=("CS-2026-4502",),
            note="'in KW 50' (7–13 Dec 2026) is dated to the Monday of that week, as 'nächste Woche' is",
        ),
    ),
    Reply(
        key="ptp-de-rente",
        intent="promise_to_pay",
        lang="de",
        sender=("Renate Pohl", "renate.pohl@pohl-privat.example"),
        sent="2026-12-08 19:22 +0100",
        client="webde",
        text="Guten Abend,\n\nmeine Mutter bekommt ihre Rente immer erst zur Monatsmitte. Ich überweise den offenen Betrag am 15., sobald das Geld auf ihrem Konto ist.\n\nFreundliche Grüße\nRenate Pohl",
        facts=Facts(
            promised="2026-12-15",
            note="'am 15.' from 8 Dec is 15 Dec; the pension condition does not remove the date",
        ),
    ),
    Reply(
        key="ptp-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Gérard Lemoine", "gerard.lemoine@lemoine-fils.example"),
        sent="2026-12-01 09:40 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        text="Bonjour,\n\nJe réglerai cette facture en fin de mois, dès que la pension de réversion de ma mère aura été versée. Je vous remercie de votre patience.\n\nCordialement,\nG. Lemoine",
        facts=Facts(
            promised="2026-12-31", note="'en fin de mois' is the last day of the message's month"
        ),
    ),
    Reply(
        key="ptp-fr-mandat",
        intent="promise_to_pay",
        lang="fr",
        sender=("Nadia Benali", "n.benali@ccas-staubin.example"),
        sent="2026-12-11 10:12 +0100",
        client="owa",
        inv="CS-2026-4730",
        text="Bonjour,\n\nLe mandat correspondant à la facture CS-2026-4730 a été émis et transmis au comptable public le 9 décembre. Le paiement sera effectué par la Trésorerie le vendredi 18 décembre.\n\nBien cordialement,\n\nNadia Benali\nService comptabilité\nCCAS de Saint-Aubin-sur-Loire",
        facts=Facts(
            promised="2026-12-18",
            refs=("CS-2026-4730",),
            note="municipal social services; 'le mandat a été émis' is past tense, the Treasury pays on 18 Dec",
        ),
    ),
    Reply(
        key="ptp-es-semana",
        intent="promise_to_pay",
        lang="es",
        sender=("Rocío Jiménez", "rocio.jimenez@jimenez-abogados.example"),
        sent="2026-11-27 18:03 +0100",
        client="iphone",
        text="Perdonad, se me había pasado por completo. Lo pago la semana que viene sin falta.\n\nRocío",
        facts=Facts(
            promised="2026-11-30",
            note="'la semana que viene' from Fri 27 Nov is the Monday of the next week",
        ),
    ),
    Reply(
        key="ptp-es-tutela",
        intent="promise_to_pay",
        lang="es",
        sender=("Ignacio Prats Villalonga", "iprats@fundacionalmenara.example"),
        sent="2026-12-14 11:45 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CS-2026-4815",
        amt="1540.00",
        text="Estimados señores:\n\nComo entidad tutora de D. Anselmo Quiroga Peña, les informamos de que el pago de la factura CS-2026-4815, por importe de 1.540,00 €, ha quedado programado para el próximo día 22, fecha en la que se liquidan los pagos a proveedores de la persona tutelada.\n\nQuedamos a su disposición para cualquier aclaración.\n\nUn saludo cordial,\n\nIgnacio Prats Villalonga\nÁrea Económica\nFundación Tutelar Almenara",
        facts=Facts(
            promised="2026-12-22",
            amount="1540.00",
            currency="EUR",
            refs=("CS-2026-4815",),
            note="guardianship foundation; 'ha quedado programado' is past tense for a payment on the coming 22nd",
        ),
    ),
    Reply(
        key="ptp-nl-pgb",
        intent="promise_to_pay",
        lang="nl",
        sender=("Annemiek van Dalen", "annemiek.vandalen@vandalen-praktijk.example"),
        sent="2026-12-09 20:30 +0100",
        client="apple",
        text="Beste meneer/mevrouw,\n\nHet persoonsgebonden budget van mijn vader komt deze maand later binnen dan normaal. Zodra het er is maak ik de factuur over, in ieder geval uiterlijk 18 december.\n\nMet vriendelijke groet,\nAnnemiek van Dalen",
        facts=Facts(
            promised="2026-12-18",
            note="condition with a deadline: the deadline is the promised date",
        ),
    ),
    Reply(
        key="ptp-nl-betaalrun",
        intent="promise_to_pay",
        lang="nl",
        sender=("Frank Meijer", "f.meijer@bewindvoering-dekoning.example"),
        sent="2026-12-10 09:15 +0100",
        client="outlook",
        inv="CS-2026-4759",
        text="Goedemorgen,\n\nNamens mijn cliënt, mevrouw J. Oosterhuis, bevestig ik dat factuur CS-2026-4759 is goedgekeurd. Het bedrag gaat mee in de betaalrun van aanstaande woensdag.\n\nMet vriendelijke groet,\n\nFrank Meijer\nBewindvoerder\nBewindvoering De Koning\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en informeer de afzender.",
        facts=Facts(
            promised="2026-12-16",
            refs=("CS-2026-4759",),
            note="'goedgekeurd' is not a payment; 'aanstaande woensdag' from Thu 10 Dec is 16 Dec",
        ),
    ),
    Reply(
        key="ptp-it-distinta",
        intent="promise_to_pay",
        lang="it",
        sender=("Luisa Mancuso", "l.mancuso@comune.sanvitale.example"),
        sent="2026-11-24 10:50 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="CS-2026-4312",
        text="Buongiorno,\n\ncon riferimento al Vostro sollecito, si comunica che la liquidazione della fattura n. CS-2026-4312 è stata approvata con determina dirigenziale n. 412 del 20/11/2026. Il pagamento verrà effettuato con la distinta di fine mese.\n\nCordiali saluti\n\nLuisa Mancuso\nUfficio Amministrativo - Servizi Sociali\nComune di San Vitale",
        facts=Facts(
            promised="2026-11-30",
            refs=("CS-2026-4312",),
            note="'è stata approvata' is past tense; the payment goes with the end-of-month batch (30 Nov)",
        ),
    ),
)

DISPUTE: Final = (
    Reply(
        key="dis-en-notpaid",
        intent="dispute",
        lang="en",
        sender=("Karen Whitlock", "karen.whitlock@whitlock-design.example"),
        sent="2026-11-23 20:14 +0000",
        client="gmail",
        text="I have NOT paid this and I'm not going to until someone explains it.\n\nThree of the visits on this invoice – 6, 13 and 20 October – never happened. Nobody turned up, Dad missed his evening insulin check twice and I had to drive over from Leeds. I rang your office every time and was told it would be 'noted'. Now you're billing us for them.\n\nTake those three visits off and I'll pay the rest. Until then I'm not paying a penny.\n\nKaren Whitlock",
        facts=Facts(
            note="negated payment with the reason: visits billed that never happened; the payment of the rest is conditional"
        ),
    ),
    Reply(
        key="dis-en-weekend",
        intent="dispute",
        lang="en",
        sender=("Hugh Penrose", "hugh.penrose@penrose-partners.example"),
        sent="2026-12-09 11:02 +0000",
        client="outlook",
        inv="CS-2026-4745",
        text="Hello,\n\nTwo things. 4702 was paid on Monday by bank transfer, so that one should now be clear.\n\nCS-2026-4745 is wrong, though. Every visit in October has been charged at the weekend rate (£31.50 an hour) when all of them were on weekdays and should be £24.00 an hour. Please send a corrected invoice and I'll settle it promptly.\n\nRegards,\nHugh Penrose",
        facts=Facts(
            refs=("CS-2026-4702", "CS-2026-4745"),
            note="a payment claim for one invoice and a rate dispute on another: dispute wins; '4702' is a short form of CS-2026-4702",
        ),
    ),
    Reply(
        key="dis-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Priya Natarajan", "priya.natarajan@caledonian-health.example"),
        sent="2026-12-15 15:40 +0000",
        client="outlook_html",
        inv="CS-2026-4790",
        text="Dear Receivables Team,\n\nWe will not be paying invoice CS-2026-4790. It covers the same member, the same care package and the same period (1–31 October) as CS-2026-4421, which we settled in full on 12 November.\n\nPlease cancel CS-2026-4790 and confirm by credit note.\n\nKind regards,\n\nPriya Natarajan\nClaims Handler, Home & Community Care\nCaledonian Health Insurance\n\nCaledonian Health Insurance Ltd is registered in Scotland. This email is confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell us.",
        facts=Facts(
            refs=("CS-2026-4790", "CS-2026-4421"),
            note="insurer: duplicate of an invoice already settled; the 12 Nov payment is of the other invoice",
        ),
    ),
    Reply(
        key="dis-de-inline",
        intent="dispute",
        lang="de",
        sender=("Thomas Reuter", "thomas.reuter@reuter-ingenieure.example"),
        sent="2026-11-26 21:08 +0100",
        client="inline",
        inv="CS-2026-4391",
        amt="1642.20",
        text="[[ATTR]]\n> Rechnungsnummer: CS-2026-4391\n> Leistungszeitraum: Oktober 2026\n> Offener Betrag: 1.642,20 €\n\nAbgerechnet sind 42 Einsatzstunden. Laut den Leistungsnachweisen, die Ihre Mitarbeiterinnen bei meinem Vater abzeichnen lassen, waren es im Oktober 31 Stunden. Die Kopien liegen mir vor.\n\n> Falls Sie inzwischen überwiesen haben, danken wir Ihnen und bitten Sie,\n> dieses Schreiben als gegenstandslos zu betrachten.\n\nNein, überwiesen habe ich nicht. Ich zahle, sobald eine korrigierte Rechnung über die tatsächlich geleisteten Stunden vorliegt.\n\nThomas Reuter",
        facts=Facts(
            note="inline reply between quoted lines; hours billed versus hours signed for; the invoice number appears only in quoted lines"
        ),
    ),
    Reply(
        key="dis-fr-hopital",
        intent="dispute",
        lang="fr",
        sender=("Françoise Garnier", "francoise.garnier@garnier-immobilier.example"),
        sent="2026-12-04 14:22 +0100",
        client="apple",
        inv="CS-2026-4602",
        text="Bonjour,\n\nJe suis surprise de recevoir cette relance. La facture CS-2026-4602 comprend des passages du 5 au 19 octobre, alors que ma mère était hospitalisée pendant toute cette période. Aucune auxiliaire n'est venue chez elle, et pour cause.\n\nJe vous avais d'ailleurs prévenus par téléphone dès son admission. Merci de rectifier la facture en retirant ces deux semaines ; je réglerai le reste dès réception.\n\nFrançoise Garnier",
        facts=Facts(
            refs=("CS-2026-4602",),
            note="service billed during a hospital stay; the payment of the rest is conditional",
        ),
    ),
    Reply(
        key="dis-fr-tierspayant",
        intent="dispute",
        lang="fr",
        sender=("Patrick Roux", "patrick.roux@roux-transports.example"),
        sent="2026-12-14 18:51 +0100",
        client="android",
        text="bonjour\n\nc est deja regle par la mutuelle en tiers payant, vous avez facture deux fois la meme chose : une fois a la mutuelle et une fois a nous. on ne paiera pas une deuxieme fois, merci de regulariser\n\nP. Roux",
        facts=Facts(
            note="no accents; double billing (the insurer already paid under third-party payment): dispute, not payment_sent"
        ),
    ),
    Reply(
        key="dis-es-baja",
        intent="dispute",
        lang="es",
        sender=("Alberto Sanz Medina", "alberto.sanz@sanzmedina.example"),
        sent="2026-11-30 13:05 +0100",
        client="gmail",
        inv="CS-2026-4366",
        text="Buenas tardes:\n\nNo vamos a pagar esta factura. El servicio de mi padre se dio de baja el 30 de septiembre, como les comuniqué por escrito, y tengo el correo de confirmación de su coordinadora. La factura CS-2026-4366 es de octubre, cuando ya no había ningún servicio.\n\nLes ruego que la anulen.\n\nAlberto Sanz",
        facts=Facts(
            refs=("CS-2026-4366",),
            note="billing after the service was cancelled; 'se dio de baja' is about the care service, not an unsubscribe",
        ),
    ),
    Reply(
        key="dis-es-tarifa",
        intent="dispute",
        lang="es",
        sender=("Lucía Ferrer", "lucia.ferrer@ferrer-gestoria.example"),
        sent="2026-12-16 10:27 +0100",
        client="owa",
        inv="CS-2026-4840",
        text="Hola,\n\nRevisando la factura CS-2026-4840 veo que se ha aplicado una tarifa de 24,00 €/hora, cuando en el contrato que firmó mi tía en marzo figura 21,50 €/hora para el servicio de lunes a viernes. No hemos recibido ninguna comunicación de subida de tarifas.\n\nPagaremos en cuanto recibamos la factura corregida con la tarifa del contrato.\n\nSaludos,\nLucía Ferrer",
        facts=Facts(
            refs=("CS-2026-4840",),
            note="rate differs from the contract; the payment is conditional on a corrected invoice",
        ),
    ),
    Reply(
        key="dis-nl-nacht",
        intent="dispute",
        lang="nl",
        sender=("Koen Verhoeven", "koen.verhoeven@verhoeven-it.example"),
        sent="2026-12-03 12:44 +0100",
        client="gmail",
        text="Goedemiddag,\n\nEr klopt iets niet aan deze factuur. Er staan twaalf nachtdiensten op, maar mijn vader krijgt alleen zorg overdag, drie ochtenden per week. Er is bij hem nog nooit iemand 's nachts geweest.\n\nIk betaal de factuur niet voordat dit rechtgezet is. Kunt u een nieuwe factuur sturen met alleen de dagzorg?\n\nGroet,\nKoen Verhoeven",
        facts=Facts(
            note="night shifts billed that were never worked; the request for a new invoice is part of the dispute"
        ),
    ),
    Reply(
        key="dis-nl-indicatie",
        intent="dispute",
        lang="nl",
        sender=("Ilse Brouwer", "i.brouwer@deltazorg-verzekeringen.example"),
        sent="2026-12-08 14:10 +0100",
        client="outlook_html",
        inv="CS-2026-4524",
        text="Geachte heer, mevrouw,\n\nNaar aanleiding van uw herinnering het volgende. Factuur CS-2026-4524 bevat 9 uur wijkverpleging per week, terwijl de afgegeven indicatie maximaal 6 uur per week toestaat. Het deel binnen de indicatie hebben wij op 4 december betaald. De uren boven de indicatie vergoeden wij niet.\n\nWij verzoeken u voor het meerdere een creditnota te sturen.\n\nMet vriendelijke groet,\n\nIlse Brouwer\nMedewerker Declaratieservice\nDelta Zorg Verzekeringen\n\nAan dit bericht kunnen geen rechten worden ontleend.",
        facts=Facts(
            refs=("CS-2026-4524",),
            note="insurer paid the hours within the authorisation and refuses the rest: dispute wins for the disputed part",
        ),
    ),
    Reply(
        key="dis-it-accessi",
        intent="dispute",
        lang="it",
        sender=("Marco Bellandi", "marco.bellandi@bellandi-costruzioni.example"),
        sent="2026-12-01 17:33 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="CS-2026-4477",
        text="Buongiorno,\n\nnella fattura CS-2026-4477 risultano 20 accessi infermieristici per il mese di ottobre, ma dal diario assistenziale che tenete a casa di mia madre ne risultano 16, tutti firmati dall'infermiera. Gli altri quattro non ci sono stati.\n\nVi chiedo di verificare e di emettere una nota di credito per la differenza. Fino ad allora la fattura resta in sospeso.\n\nSaluti\nMarco Bellandi",
        facts=Facts(
            refs=("CS-2026-4477",),
            note="nurse visits billed versus visits recorded in the care diary",
        ),
    ),
    Reply(
        key="dis-it-letto",
        intent="dispute",
        lang="it",
        sender=("Giovanna Rizzo", "giovanna.rizzo@rizzo-farmacia.example"),
        sent="2026-12-17 09:58 +0100",
        client="iphone",
        text="Buongiorno, il letto articolato e il materasso antidecubito li avete ritirati voi il 2 novembre, c'è anche la bolla di ritiro firmata dal vostro autista. Perché ci fatturate il noleggio per tutto novembre? Non pago un mese di noleggio per un letto che non avevamo più.\n\nGiovanna Rizzo",
        facts=Facts(note="equipment rental billed after the pick-up; the question is rhetorical"),
    ),
)

PAYMENT_PLAN: Final = (
    Reply(
        key="pp-en-pension",
        intent="payment_plan",
        lang="en",
        sender=("Albert Quinn", "albert.quinn@quinn-online.example"),
        sent="2026-11-24 10:41 +0000",
        client="html_only",
        charset="windows-1252",
        text="Dear Sirs\n\nI recieved your letter about the money I owe. I am 87 years old and on the state pension and a small works pension, I can not pay it all in one go. Could I pay you £100 a month untill it is cleared. I have allways paid my way and dont want any trouble.\n\nYours sincerely\n\nAlbert Quinn",
        facts=Facts(
            note="elderly client, with typos, asks for monthly instalments; plan amounts are not labelled"
        ),
    ),
    Reply(
        key="pp-en-housesale",
        intent="payment_plan",
        lang="en",
        sender=("Sarah Okonjo", "sarah.okonjo@okonjo-consulting.example"),
        sent="2026-12-07 09:12 +0000",
        client="owa",
        text="Hello,\n\nI'm writing about my mother's account (Mrs Patience Okonjo). Her care is being paid for from the sale of her house, which is due to complete in the middle of January. Would you be able to hold off until the end of January? We can then pay everything that's outstanding in one go.\n\nMany thanks,\nSarah Okonjo",
        facts=Facts(
            note="asks for more time until a house sale completes: a request, not a dated commitment"
        ),
    ),
    Reply(
        key="pp-en-settlement",
        intent="payment_plan",
        lang="en",
        sender=("Gareth Lloyd", "gareth.lloyd@lloyd-plumbing.example"),
        sent="2026-12-14 16:58 +0000",
        client="gmail_plain",
        text="Hi,\n\nI'll be honest with you. Dad's savings are almost gone and the council funding doesn't start until his assessment in February. Would you accept £600 as full and final settlement of this invoice? I can pay that this week.\n\nGareth",
        facts=Facts(
            note="offers a reduced amount as full settlement: payment_plan, despite 'I can pay that this week'"
        ),
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Ursula Bachmann", "ursula.bachmann@bachmann-hof.example"),
        sent="2026-11-27 11:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        text="Sehr geehrte Damen und Herren,\n\nleider kann ich den Betrag derzeit nicht auf einmal begleichen, da im Haus meiner Mutter im Oktober die Heizung ersetzt werden musste. Wäre es möglich, die Rechnung in drei Monatsraten zu bezahlen, beginnend im Dezember?\n\nFür Ihr Verständnis bedanke ich mich im Voraus.\n\nMit freundlichen Grüßen\nUrsula Bachmann",
    ),
    Reply(
        key="pp-de-teilzahlung",
        intent="payment_plan",
        lang="de",
        sender=("Klaus-Dieter Wendt", "kd.wendt@wendt-metallbau.example"),
        sent="2026-12-11 18:40 +0100",
        client="gmail",
        inv="CS-2026-4680",
        amt="1420.40",
        text="Guten Abend,\n\nich habe heute 500,00 € überwiesen. Den Rest von 920,40 € kann ich erst im Januar zahlen, wenn die Nachzahlung der Pflegekasse da ist. Ich hoffe, das ist für Sie in Ordnung.\n\nGruß\nK.-D. Wendt",
        facts=Facts(note="part paid today, the rest in January: payment_plan, not payment_sent"),
    ),
    Reply(
        key="pp-fr-echelonner",
        intent="payment_plan",
        lang="fr",
        sender=("Monique Perrin", "monique.perrin@perrin-famille.example"),
        sent="2026-12-02 15:05 +0100",
        client="apple_html",
        amt="1284.00",
        text="Madame, Monsieur,\n\nMa mère ne touche que le minimum vieillesse et je l'aide comme je peux, mais je ne suis pas en mesure de régler 1 284,00 € en une seule fois. Serait-il possible d'étaler le paiement sur quatre mois ? Je peux commencer dès ce mois-ci.\n\nEn vous remerciant par avance de votre compréhension,\n\nMonique Perrin",
        facts=Facts(note="hardship and a request to spread the payment over four months"),
    ),
    Reply(
        key="pp-es-fraccionar",
        intent="payment_plan",
        lang="es",
        sender=("Pilar Navarro", "pilar.navarro@navarro-asesores.example"),
        sent="2026-12-03 10:15 +0100",
        client="gmail",
        text="Buenos días:\n\nLes escribo por la factura de mi madre. Este mes nos ha coincidido con la cuota del centro de día y vamos muy justos. ¿Sería posible fraccionar el pago en tres mensualidades?\n\nMuchas gracias por su comprensión.\n\nPilar Navarro",
    ),
    Reply(
        key="pp-es-aplazamiento",
        intent="payment_plan",
        lang="es",
        sender=("Begoña Etxeberria", "betxeberria@arroyoclaro.example"),
        sent="2026-12-15 13:20 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        text="Buenos días:\n\nSoy la trabajadora social de referencia de D.ª Visitación Moreno Gil. La usuaria tiene reconocido el grado II de dependencia y está pendiente de que la Comunidad resuelva la prestación económica vinculada al servicio, que cubrirá buena parte de sus facturas.\n\nLes solicitamos un aplazamiento de 60 días de la factura pendiente mientras se resuelve el expediente. La familia no puede asumir el importe en este momento.\n\nAtentamente,\n\nBegoña Etxeberria\nTrabajadora Social - Servicios Sociales de Atención Primaria\nAyuntamiento de Arroyo Claro",
        facts=Facts(
            note="municipal social worker asks for a 60-day deferral on the client's behalf"
        ),
    ),
    Reply(
        key="pp-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        sender=("Henk Jansen", "h.jansen@jansen-loodgieters.example"),
        sent="2026-11-30 19:55 +0100",
        client="iphone",
        text="Goedenavond,\n\nIk kan de factuur niet in één keer betalen. Mag ik in termijnen betalen, bijvoorbeeld 150 euro per maand? Mijn vrouw heeft sinds september zorg nodig en de kosten lopen hard op.\n\nGroet,\nHenk Jansen",
    ),
    Reply(
        key="pp-nl-bewind",
        intent="payment_plan",
        lang="nl",
        sender=("Sanne de Graaf", "s.degraaf@bewindhuis-zuid.example"),
        sent="2026-12-16 11:05 +0100",
        client="outlook",
        charset="windows-1252",
        text="Geachte heer/mevrouw,\n\nSinds 1 december ben ik door de kantonrechter benoemd tot beschermingsbewindvoerder van de heer P. Smits. Ik breng op dit moment zijn schulden in kaart; er loopt een aanvraag voor schuldhulpverlening bij de gemeente.\n\nGraag stel ik een betalingsregeling voor van € 75 per maand, ingaande januari. Wilt u tot die tijd verdere invorderingsmaatregelen aanhouden?\n\nMet vriendelijke groet,\n\nSanne de Graaf\nBeschermingsbewindvoerder\nBewindhuis Zuid",
        facts=Facts(note="court-appointed administrator proposes a monthly arrangement"),
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Franco Pellegrini", "franco.pellegrini@pellegrini-auto.example"),
        sent="2026-12-07 12:30 +0100",
        client="gmail",
        text="Buongiorno,\n\nsono il figlio della signora Ida Pellegrini. Con l'importo di questa fattura sommato alle altre spese del mese non riusciamo a saldare tutto insieme. Sarebbe possibile rateizzare in sei rate mensili? Se serve passo in ufficio a firmare qualcosa.\n\nGrazie\nFranco Pellegrini",
    ),
    Reply(
        key="pp-it-dilazione",
        intent="payment_plan",
        lang="it",
        sender=("Teresa Cavallo", "teresa.cavallo@cavallo-tessuti.example"),
        sent="2026-12-18 09:25 +0100",
        client="android",
        text="Buongiorno,\n\nmia madre è ancora in attesa che l'INPS le riconosca l'indennità di accompagnamento, la domanda è stata fatta a settembre. Vi chiedo gentilmente una dilazione di un paio di mesi: appena arriva l'indennità (con gli arretrati) salderemo tutto.\n\nCordialmente\nTeresa Cavallo",
        facts=Facts(
            note="asks for a deferral until a benefit arrives; 'salderemo tutto' has no date and depends on the deferral"
        ),
    ),
)

INVOICE_REQUEST: Final = (
    Reply(
        key="ir-en-copy",
        intent="invoice_request",
        lang="en",
        sender=("Tom Baverstock", "tom.baverstock@baverstock-arch.example"),
        sent="2026-11-26 08:30 +0000",
        client="apple",
        text="Morning,\n\nWe've never actually had the invoice for Dad's October care – this reminder is the first we've heard of it. Could you email me a copy and I'll get it sorted?\n\nThanks,\nTom",
        facts=Facts(
            note="never received the invoice; 'I'll get it sorted' has no date and waits for the copy"
        ),
    ),
    Reply(
        key="ir-en-itemised",
        intent="invoice_request",
        lang="en",
        sender=("Deborah Finch", "deborah.finch@albioncare-assurance.example"),
        sent="2026-12-04 10:05 +0000",
        client="outlook_html",
        inv="CS-2026-4618",
        text="Dear Casa Serena,\n\nBefore we can process CS-2026-4618 we need an itemised invoice showing each visit date, the care code for each visit and our pre-authorisation number (PA-55102). The invoice we received only shows a monthly total, which our system will reject.\n\nPlease send the itemised version to this address and we will pay within our standard 14 days.\n\nRegards,\n\nDeborah Finch\nProvider Claims\nAlbion Care Assurance",
        facts=Facts(
            refs=("CS-2026-4618",),
            note="insurer needs an itemised invoice with its authorisation number; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        sender=("Janet Morley", "janet.morley@morley-hair.example"),
        sent="2026-12-17 14:12 +0000",
        client="iphone",
        text="Didn't we already pay this one?? I'm sure my brother set up a standing order in the summer. Can you send me a statement of everything billed and paid since August so I can check it against Mum's bank account.\n\nJanet",
        facts=Facts(
            note="a question about payment plus a statement request: invoice_request; nobody claims to have paid"
        ),
    ),
    Reply(
        key="ir-de-aktenzeichen",
        intent="invoice_request",
        lang="de",
        sender=("Petra Ostermann", "p.ostermann@lindenfeld.example"),
        sent="2026-12-01 13:48 +0100",
        client="outlook_html",
        inv="CS-2026-4455",
        text="Sehr geehrte Damen und Herren,\n\ndie Rechnung CS-2026-4455 kann von uns erst angewiesen werden, wenn sie unser Aktenzeichen (50.2-HzP-1187/26) trägt und ihr die vom Leistungsberechtigten unterschriebenen Leistungsnachweise für Oktober beigefügt sind. Bitte reichen Sie die Unterlagen nach.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Ostermann\nSozialamt – Hilfe zur Pflege\nStadt Lindenfeld",
        facts=Facts(
            refs=("CS-2026-4455",),
            note="municipal office needs its file number and the signed care records before paying",
        ),
    ),
    Reply(
        key="ir-de-iban",
        intent="invoice_request",
        lang="de",
        sender=("Heinz Brückner", "heinz.brueckner@brueckner-privat.example"),
        sent="2026-12-10 10:02 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        text="Guten Tag,\n\nich würde die Rechnung gern bezahlen, aber auf dem Schreiben, das meine Frau bekommen hat, steht keine Bankverbindung. Bitte teilen Sie mir Ihre IBAN mit.\n\nMit freundlichem Gruß\nHeinz Brückner",
        facts=Facts(note="asks for bank details before paying"),
    ),
    Reply(
        key="ir-fr-attestation",
        intent="invoice_request",
        lang="fr",
        sender=("Bernard Chevalier", "bernard.chevalier@chevalier-notaires.example"),
        sent="2026-11-25 16:32 +0100",
        client="outlook",
        text="Bonjour,\n\nAvant de régler, j'aurais besoin de la facture détaillée (dates et durées des interventions) ainsi que de l'attestation fiscale pour le crédit d'impôt au titre des services à la personne. Mon comptable me les réclame.\n\nJe vous remercie par avance.\n\nBernard Chevalier",
        facts=Facts(note="asks for the detailed invoice and the tax certificate before paying"),
    ),
    Reply(
        key="ir-fr-courrier",
        intent="invoice_request",
        lang="fr",
        sender=("Jacqueline Morel", "jacqueline.morel@morel-couture.example"),
        sent="2026-12-08 11:17 +0100",
        client="gmail",
        text="Bonjour,\n\nJe n'ai jamais reçu cette facture. Pourriez-vous me l'envoyer par courrier à mon domicile ? Je n'ai pas d'imprimante et je préfère garder une copie papier pour mes comptes.\n\nMerci d'avance,\nJacqueline Morel",
        facts=Facts(
            note="asks for a paper copy of an invoice she never received; not a 'post only' stop request"
        ),
    ),
    Reply(
        key="ir-es-nif",
        intent="invoice_request",
        lang="es",
        sender=("Manuel Cortés", "manuel.cortes@cortes-carpinteria.example"),
        sent="2026-12-02 12:55 +0100",
        client="gmail_plain",
        inv="CS-2026-4561",
        text="Hola,\n\nAntes de pagar la CS-2026-4561 necesitaría que la emitieran a nombre de mi padre, con su NIF, porque la pusieron a mi nombre y así no nos sirve para la deducción por dependencia. El importe está bien.\n\nGracias,\nManuel Cortés",
        facts=Facts(
            refs=("CS-2026-4561",),
            note="reissue in the client's own name for a tax deduction; amount not contested",
        ),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        sender=("Marloes Kuipers", "marloes.kuipers@kuipers-fysio.example"),
        sent="2026-12-01 21:40 +0100",
        client="gmail",
        text="Hallo,\n\nKunt u mij een kopie van de factuur mailen? Het origineel ligt bij mijn moeder en ik kan het niet vinden. Graag ook een specificatie van de uren per week, dan kan ik het declareren bij de verzekering.\n\nAlvast bedankt,\nMarloes Kuipers",
    ),
    Reply(
        key="ir-nl-beschikking",
        intent="invoice_request",
        lang="nl",
        sender=("Dennis Akkerman", "d.akkerman@westerkoog.example"),
        sent="2026-12-14 14:25 +0100",
        client="outlook_html",
        inv="CS-2026-4768",
        text="Geachte heer/mevrouw,\n\nOp factuur CS-2026-4768 ontbreekt het beschikkingsnummer van de cliënt. Zonder dit nummer kan onze crediteurenadministratie de factuur niet verwerken. Wilt u een aangepaste factuur sturen met beschikkingsnummer WMO-2026-03342? Het bedrag zelf is akkoord.\n\nMet vriendelijke groet,\n\nDennis Akkerman\nMedewerker Financiën Sociaal Domein\nGemeente Westerkoog",
        facts=Facts(
            refs=("CS-2026-4768",),
            note="municipality needs its decision number on the invoice; the amount is accepted",
        ),
    ),
    Reply(
        key="ir-it-copia",
        intent="invoice_request",
        lang="it",
        sender=("Silvana Greco", "silvana.greco@greco-assicurazioni.example"),
        sent="2026-11-23 18:20 +0100",
        client="iphone",
        text="Salve, mi potete rimandare la fattura? Non la trovo più, credo sia finita tra le carte di mio padre. Appena la ricevo pago.\n\nSilvana Greco",
        facts=Facts(note="'appena la ricevo pago' waits for the copy: invoice_request, no date"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Fabio Lanza", "f.lanza@comune.roccalta.example"),
        sent="2026-12-09 11:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        text="Buongiorno,\n\nVi informiamo che la fattura da Voi inviata in formato PDF non può essere liquidata: le pubbliche amministrazioni possono pagare solo fatture elettroniche trasmesse tramite il Sistema di Interscambio. Vi preghiamo di emettere la fattura elettronica indicando il codice univoco ufficio UF7K2Q e il CIG Z4A3B0C1D2.\n\nDistinti saluti\n\nFabio Lanza\nServizio Ragioneria\nComune di Roccalta",
        facts=Facts(
            note="public body needs an e-invoice through its exchange system with its office code: a document request, not a dispute"
        ),
    ),
)

WRONG_CONTACT: Final = (
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Harlow Health Partners", "providerbilling@harlowhealth.example"),
        sent="2026-12-03 09:11 +0000",
        client="none",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="This mailbox is no longer monitored.\n\nFrom 1 December 2026 all invoices, statements and payment queries from home-care providers should be sent to claims.homecare@harlowhealth.example. Messages sent to this address will not be read or forwarded.\n\nHarlow Health Partners – Provider Billing",
        facts=Facts(
            contact="claims.homecare@harlowhealth.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-estate",
        intent="wrong_contact",
        lang="en",
        sender=("Philip Arkwright", "philip.arkwright@arkwright-farms.example"),
        sent="2026-12-10 15:30 +0000",
        client="outlook_html",
        text="Dear Sir/Madam,\n\nI am sorry to tell you that my mother, Dorothy Arkwright, died on 2 December. Thank you to all the carers who looked after her; they were very kind to her.\n\nHer estate is being administered by our solicitor, Rachel Okafor of Byrne & Okafor. Please send this invoice and any final account to her at r.okafor@byrneokafor-law.example and she will settle it from the estate.\n\nRegards,\nPhilip Arkwright",
        facts=Facts(
            contact="r.okafor@byrneokafor-law.example",
            note="bereavement; the estate's solicitor is named with an address as the right contact, not a hostile 'talk to our lawyer'; 'she will settle it' is the solicitor's business, no date",
        ),
    ),
    Reply(
        key="wc-en-neighbour",
        intent="wrong_contact",
        lang="en",
        sender=("Sheila Markham", "sheila.markham@markham-cottage.example"),
        sent="2026-11-30 11:05 +0000",
        client="gmail",
        text="Hello,\n\nI think you've got the wrong person. I'm Mrs Tullett's neighbour – I only set up her email for her and look at it now and then. I don't deal with her money at all.\n\nHer son Graham looks after her bills. His email is graham.tullett@gmail.com\n\nBest wishes,\nSheila Markham",
        facts=Facts(
            contact="graham.tullett@gmail.com",
            note="a neighbour who reads the client's mail names the son",
        ),
    ),
    Reply(
        key="wc-de-betreuer",
        intent="wrong_contact",
        lang="de",
        sender=("Claudia Fink", "c.fink@betreuungsverein-mitte.example"),
        sent="2026-11-24 14:40 +0100",
        client="outlook",
        charset="windows-1252",
        text="Sehr geehrte Damen und Herren,\n\nich bin seit dem 1. November nicht mehr Betreuerin von Frau Hildegard Albers. Die Betreuung hat Herr Dietmar Sänger übernommen. Bitte wenden Sie sich wegen der offenen Rechnung an ihn: d.saenger@betreuungsbuero-saenger.example\n\nMit freundlichen Grüßen\nClaudia Fink\nBetreuungsverein Mitte e.V.",
        facts=Facts(
            contact="d.saenger@betreuungsbuero-saenger.example",
            note="the legal guardian has changed",
        ),
    ),
    Reply(
        key="wc-de-zustaendig",
        intent="wrong_contact",
        lang="de",
        sender=("Markus Seidel", "markus.seidel@pk-rheinauen.example"),
        sent="2026-12-15 09:47 +0100",
        client="owa",
        text="Guten Tag,\n\nfür Leistungen der häuslichen Krankenpflege ist nicht die Pflegekasse zuständig, sondern die Krankenkasse der Versicherten. Ihre Rechnung ist bei mir falsch gelandet. Bitte reichen Sie sie direkt bei der Krankenkasse ein.\n\nFreundliche Grüße\nMarkus Seidel\nPflegekasse Rheinauen – Leistungsabteilung",
        facts=Facts(note="wrong addressee; the right body is named without an address"),
    ),
    Reply(
        key="wc-fr-mutuelle",
        intent="wrong_contact",
        lang="fr",
        sender=("Sophie Lambert", "s.lambert@mutuelle-hirondelle.example"),
        sent="2026-11-27 10:22 +0100",
        client="outlook_html",
        text="Bonjour,\n\nJe ne suis plus en charge des dossiers d'aide à domicile depuis la réorganisation de notre service. Merci d'adresser désormais vos relances et factures à gestion.domicile@mutuelle-hirondelle.example.\n\nBonne journée,\n\nSophie Lambert\nMutuelle Hirondelle",
        facts=Facts(
            contact="gestion.domicile@mutuelle-hirondelle.example",
            note="the address is followed by a full stop, which is not part of it",
        ),
    ),
    Reply(
        key="wc-fr-inconnu",
        intent="wrong_contact",
        lang="fr",
        sender=("Julien Moreau", "julien.moreau@moreau-velos.example"),
        sent="2026-12-16 22:05 +0100",
        client="gmail_plain",
        text="Bonsoir, vous vous etes trompes d'adresse. Je ne connais pas de Mme Dufresne et je n'ai jamais eu affaire a une societe d'aide a domicile. Verifiez vos fichiers svp.\n\nJ. Moreau",
        facts=Facts(note="wrong recipient altogether, no new address; no accents"),
    ),
    Reply(
        key="wc-es-buzon",
        intent="wrong_contact",
        lang="es",
        sender=("Gestoría Robles", "info@gestoriarobles.example"),
        sent="2026-12-04 09:03 +0100",
        client="none",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Esta dirección de correo ya no está operativa y los mensajes que llegan a ella no se leen.\n\nPara cualquier asunto de facturación o cobros de nuestros clientes, escriba a clientes@gestoriarobles.example.\n\nGracias.",
        facts=Facts(
            contact="clientes@gestoriarobles.example",
            note="automatic 'address no longer in use' notice naming the new address",
        ),
    ),
    Reply(
        key="wc-es-cuidadora",
        intent="wrong_contact",
        lang="es",
        sender=("Marisol Quispe", "marisol.quispe@gmail.com"),
        sent="2026-12-12 16:40 +0100",
        client="android",
        text="Hola, soy Marisol, la cuidadora interna de doña Amparo. Yo no llevo los pagos, solo le leo el correo porque ella no ve bien. Los pagos los lleva su sobrino Andrés Villar, su correo es andres.villar@villarasesores.example. Ya le reenvié su mensaje.\n\nSaludos",
        facts=Facts(
            contact="andres.villar@villarasesores.example",
            note="live-in carer names the nephew; forwarding the message is not a payment action",
        ),
    ),
    Reply(
        key="wc-nl-bewindvoerder",
        intent="wrong_contact",
        lang="nl",
        sender=("Erik Dijkstra", "erik.dijkstra@dijkstra-bouw.example"),
        sent="2026-12-07 13:15 +0100",
        client="gmail",
        text="Goedemiddag,\n\nMijn moeder woont sinds oktober in een verpleeghuis en ik beheer haar geldzaken niet meer. Sinds de uitspraak van de kantonrechter regelt haar bewindvoerder alles. U kunt de factuur sturen naar mevrouw Van Leeuwen: administratie@bewindvoering-hollandsduin.example.\n\nMet vriendelijke groet,\nErik Dijkstra",
        facts=Facts(contact="administratie@bewindvoering-hollandsduin.example"),
    ),
    Reply(
        key="wc-it-casella",
        intent="wrong_contact",
        lang="it",
        sender=("Comune di San Vitale", "servizisociali@comune.sanvitale.example"),
        sent="2026-12-09 10:01 +0100",
        client="none",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Gentile mittente,\n\nquesta casella di posta non è più presidiata. Dal 1° dicembre 2026 le fatture e le comunicazioni amministrative relative ai servizi sociali devono essere inviate esclusivamente all'indirizzo protocollo.sociale@comune.sanvitale.example.\n\nI messaggi inviati a questo indirizzo non verranno letti né inoltrati.\n\nComune di San Vitale – Settore Servizi alla Persona",
        facts=Facts(
            contact="protocollo.sociale@comune.sanvitale.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address",
        ),
    ),
    Reply(
        key="wc-it-fratello",
        intent="wrong_contact",
        lang="it",
        sender=("Chiara Ferraris", "chiara.ferraris@ferraris-studio.example"),
        sent="2026-11-25 13:30 +0100",
        client="iphone",
        text="Buongiorno, i pagamenti per il papà non li seguo io ma mio fratello Stefano. Scrivete a lui: stefano.ferraris@ferraris-impianti.example Grazie\n\nChiara",
        facts=Facts(contact="stefano.ferraris@ferraris-impianti.example"),
    ),
)

UNSUBSCRIBE: Final = (
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        sender=("Dennis Harrow", "dennis.harrow@harrow-mail.example"),
        sent="2026-11-26 12:02 +0000",
        client="outlook",
        text="Please stop sending me emails about my account. I do not deal with bills by email and I have asked for this before. All correspondence should come by post to my home address, which you already have.\n\nD. Harrow",
        facts=Facts(note="stop e-mailing, post only"),
    ),
    Reply(
        key="un-en-bereaved",
        intent="unsubscribe",
        lang="en",
        sender=("Alison Pryor", "alison.pryor@pryor-studio.example"),
        sent="2026-12-11 08:20 +0000",
        client="iphone",
        text="My father died last week. Please stop sending these emails to his address – I'm the one reading them now and it's really upsetting. Take this address off your list.\n\nAlison",
        facts=Facts(note="bereavement with a stop request and no new contact: unsubscribe"),
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Roger Blythe", "roger.blythe@blythe-motors.example"),
        sent="2026-12-16 17:44 +0000",
        client="gmail",
        text="This is the fourth reminder this month and frankly it's harassment. My mother is 91. Do not email her or me again. Any further communication goes through our solicitors, who have the whole file.\n\nR. Blythe",
        facts=Facts(
            note="irritated stop request; 'through our solicitors' without an address: unsubscribe"
        ),
    ),
    Reply(
        key="un-de-widerspruch",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Ingrid Hoffmann", "ingrid.hoffmann@praxis-hoffmann.example"),
        sent="2026-12-01 08:05 +0100",
        client="outlook",
        charset="iso-8859-1",
        text="Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen. Schriftverkehr zur Pflege meines Vaters bitte ausschließlich per Post an die Ihnen bekannte Anschrift.\n\nMit freundlichen Grüßen\nDr. Ingrid Hoffmann",
        facts=Facts(note="formal objection to the use of the address; post only"),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Bernd Kowalski", "bernd.kowalski@kowalski-dach.example"),
        sent="2026-12-14 20:33 +0100",
        client="gmail_plain",
        text="Wir zahlen nicht für Einsätze, die nie stattgefunden haben, das habe ich Ihrer Pflegedienstleitung schon zweimal erklärt. Ich verbitte mir weitere E-Mails dieser Art. Ab sofort läuft alles nur noch schriftlich über unseren Anwalt.\n\nB. Kowalski",
        facts=Facts(
            note="dispute plus a stop request and 'only through our lawyer': unsubscribe beats dispute"
        ),
    ),
    Reply(
        key="un-fr-poste",
        intent="unsubscribe",
        lang="fr",
        sender=("Yvette Bertrand", "yvette.bertrand@bertrand-fleurs.example"),
        sent="2026-11-30 15:48 +0100",
        client="thunderbird",
        text="Bonjour,\n\nMerci de ne plus m'écrire à cette adresse électronique. Je souhaite recevoir vos factures et vos courriers uniquement par la poste, à mon domicile.\n\nCordialement,\nYvette Bertrand",
        facts=Facts(note="stop e-mailing, post only"),
    ),
    Reply(
        key="un-fr-court",
        intent="unsubscribe",
        lang="fr",
        sender=("Thierry Vasseur", "t.vasseur@vasseur-elec.example"),
        sent="2026-12-09 07:31 +0100",
        client="android",
        text="Ne plus m'envoyer de mails. Merci.",
        facts=Facts(note="one-line stop request"),
    ),
    Reply(
        key="un-es-abogado",
        intent="unsubscribe",
        lang="es",
        sender=("Carmen Lozano", "carmen.lozano@lozano-opticos.example"),
        sent="2026-12-04 17:10 +0100",
        client="outlook_html",
        charset="windows-1252",
        text="Buenas tardes:\n\nLes ruego que dejen de enviarme correos. A partir de ahora, cualquier comunicación relativa a mi padre deberá dirigirse a nuestro abogado, D. Ramón Ceballos, que ya tiene toda la documentación.\n\nCarmen Lozano",
        facts=Facts(note="'through our lawyer', named but without an address: unsubscribe"),
    ),
    Reply(
        key="un-es-lista",
        intent="unsubscribe",
        lang="es",
        sender=("Francisco Gil", "paco.gil@gilhermanos.example"),
        sent="2026-12-17 12:06 +0100",
        client="iphone",
        text="No quiero recibir mas correos suyos. Borren mi direccion de su lista por favor.",
        facts=Facts(note="no accents"),
    ),
    Reply(
        key="un-nl-post",
        intent="unsubscribe",
        lang="nl",
        sender=("Gerda Postma", "gerda.postma@postma-boerderij.example"),
        sent="2026-11-24 16:15 +0100",
        client="apple",
        text="Goedemiddag,\n\nWilt u mij geen e-mails meer sturen? Ik lees mijn mail bijna nooit en heb liever alles per post.\n\nVriendelijke groet,\nGerda Postma",
        facts=Facts(note="stop e-mailing, post preferred"),
    ),
    Reply(
        key="un-nl-nooitklant",
        intent="unsubscribe",
        lang="nl",
        sender=("Wim Bakker", "wim.bakker@bakker-tuinen.example"),
        sent="2026-12-15 21:02 +0100",
        client="gmail",
        text="Haal mij alsjeblieft van jullie mailinglijst. Ik heb nooit zorg bij jullie afgenomen en ik weet niet hoe jullie aan mijn adres komen.\n\nWim",
        facts=Facts(note="remove-me plus 'never a client': unsubscribe beats wrong_contact"),
    ),
    Reply(
        key="un-it-diffida",
        intent="unsubscribe",
        lang="it",
        sender=("Sergio Mantovani", "sergio.mantovani@mantovani-consulenze.example"),
        sent="2026-12-07 18:12 +0100",
        client="outlook",
        charset="windows-1252",
        text="Spett.le Casa Serena,\n\nVi diffido dal contattarmi ulteriormente a questo indirizzo e-mail. Per qualsiasi comunicazione relativa alla posizione di mia madre rivolgetevi al nostro legale, che Vi contatterà a breve.\n\nSergio Mantovani",
        facts=Facts(
            note="formal warning to stop e-mailing; 'talk to our lawyer' without an address"
        ),
    ),
)

AUTO_REPLY: Final = (
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        sender=("Claire Donnelly", "claire.donnelly@caledonian-health.example"),
        sent="2026-12-08 10:14 +0000",
        client="none",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Thank you for your email. I am on annual leave and will be back in the office on Monday 14 December. Your message will not be forwarded; for urgent claims queries please call the Provider Helpline.\n\nClaire Donnelly\nClaims Handler – Caledonian Health Insurance",
        facts=Facts(back="2026-12-14"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Albion Care Assurance – Provider Support", "support@albioncare-assurance.example"),
        sent="2026-11-27 10:07 +0000",
        client="notice_html",
        subject="Re: {rsub} [Ticket PS-448120]",
        headers=(("X-Ticket-ID", "PS-448120"), ("Precedence", "bulk")),
        text="Hello,\n\nThank you for contacting Albion Care Assurance Provider Support. This is an automated message to confirm that we have received your email and opened ticket PS-448120.\n\nA member of our team will respond within 5 working days. Please keep the ticket number in the subject line of any further emails about this matter.\n\nProvider Support Team",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-family",
        intent="auto_reply",
        lang="en",
        sender=("Nicola Brennan", "nicola.brennan@brennan-photo.example"),
        sent="2026-12-10 10:09 +0000",
        client="none",
        headers=(("X-Autoreply", "yes"),),
        text="Hi, thanks for your message. I'm away visiting family and won't be checking email until I'm back on the 21st. If it's about Mum's care please ring my brother on the usual number.\n\nNicola",
        facts=Facts(
            back="2026-12-21",
            note="autoresponder without Auto-Submitted and with a plain 'Re:' subject; 'back on the 21st' from 10 Dec",
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        sender=("Katrin Lorenz", "katrin.lorenz@pk-rheinauen.example"),
        sent="2026-12-14 10:06 +0100",
        client="none",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich befinde mich bis zum 18.12.2026 im Urlaub und bin ab Montag, dem 21.12.2026, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brandt (k.brandt@pk-rheinauen.example).\n\nMit freundlichen Grüßen\nKatrin Lorenz\nPflegekasse Rheinauen",
        facts=Facts(
            back="2026-12-21",
            note="the stated day back wins over 'bis zum 18.12.'; the colleague's address is not a new contact",
        ),
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        sender=("Isabelle Fournier", "i.fournier@ccas-staubin.example"),
        sent="2026-11-24 10:11 +0100",
        client="none",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        text="Bonjour,\n\nJe suis absente jusqu'au vendredi 4 décembre inclus et serai de retour le lundi 7 décembre. Votre message sera traité à mon retour.\n\nPour toute urgence concernant un dossier d'aide à domicile, vous pouvez contacter l'accueil du CCAS.\n\nIsabelle Fournier\nCCAS de Saint-Aubin-sur-Loire",
        facts=Facts(
            back="2026-12-07", note="the stated day back wins over 'jusqu'au 4 décembre inclus'"
        ),
    ),
    Reply(
        key="ar-fr-accuse",
        intent="auto_reply",
        lang="fr",
        sender=("Mutuelle Hirondelle", "ne-pas-repondre@mutuelle-hirondelle.example"),
        sent="2026-12-15 09:34 +0100",
        client="notice_html",
        subject="Accusé de réception – demande n° 2026-DEM-771904",
        headers=(AUTO_REPLIED,),
        text="Bonjour,\n\nNous accusons bonne réception de votre message, enregistré sous le numéro 2026-DEM-771904.\n\nVotre demande sera traitée par nos services dans un délai de 10 jours ouvrés. Inutile de nous renvoyer votre message : chaque nouvel envoi crée une nouvelle demande et rallonge le délai de traitement.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nMutuelle Hirondelle – Relations adhérents et partenaires",
        facts=Facts(
            note="ticket acknowledgement; 'merci de ne pas y répondre' does not make it wrong_contact"
        ),
    ),
    Reply(
        key="ar-es-vacaciones",
        intent="auto_reply",
        lang="es",
        sender=("Elena Varela", "evarela@fundacionalmenara.example"),
        sent="2026-12-02 10:04 +0100",
        client="none",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Hola:\n\nEstoy de vacaciones y me reincorporo el miércoles 9 de diciembre. Durante mi ausencia no tendré acceso al correo.\n\nPara asuntos urgentes, pueden escribir a administracion@fundacionalmenara.example.\n\nUn saludo,\nElena Varela",
        facts=Facts(
            back="2026-12-09", note="the colleagues' mailbox in an auto-reply is not a new contact"
        ),
    ),
    Reply(
        key="ar-es-acuse",
        intent="auto_reply",
        lang="es",
        sender=("Seguros Horizonte Salud", "prestaciones@horizontesalud.example"),
        sent="2026-12-11 10:20 +0100",
        client="notice_html_only",
        charset="iso-8859-1",
        subject="Hemos recibido su correo [Ref. HS-2026-118402]",
        headers=(NO_AUTO_RESPONSE,),
        text="Estimado proveedor:\n\nHemos recibido su correo electrónico. Nuestro equipo de prestaciones lo revisará y le responderá lo antes posible, en un plazo máximo de 72 horas laborables.\n\nEste buzón se atiende de lunes a viernes, de 8:00 a 15:00.\n\nSeguros Horizonte Salud - Departamento de Prestaciones",
        facts=Facts(
            note="receipt acknowledgement without Auto-Submitted, HTML only; no return date"
        ),
    ),
    Reply(
        key="ar-nl-verlof",
        intent="auto_reply",
        lang="nl",
        sender=("Lotte Vermeulen", "l.vermeulen@deltazorg-verzekeringen.example"),
        sent="2026-11-25 10:05 +0100",
        client="none",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Beste afzender,\n\nIk ben met zwangerschapsverlof tot en met 1 maart 2027. Uw e-mail wordt niet doorgestuurd.\n\nVoor vragen over zorgdeclaraties kunt u mailen naar declaraties@deltazorg-verzekeringen.example.\n\nMet vriendelijke groet,\nLotte Vermeulen",
        facts=Facts(
            back="2027-03-01",
            note="leave 'tot en met' a date with no day back stated: that date itself; the team address is not a new contact",
        ),
    ),
    Reply(
        key="ar-nl-deeltijd",
        intent="auto_reply",
        lang="nl",
        sender=("Marieke Hoekstra", "m.hoekstra@westerkoog.example"),
        sent="2026-12-14 10:12 +0100",
        client="none",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Goedemorgen,\n\nBedankt voor uw bericht. Ik werk op maandag en dinsdag niet. Woensdag ben ik er weer en dan neem ik uw e-mail in behandeling.\n\nMet vriendelijke groet,\nMarieke Hoekstra\nGemeente Westerkoog, Team Wmo",
        facts=Facts(back="2026-12-16", note="part-time worker: 'woensdag' after Mon 14 Dec"),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        sender=("Roberta Galli", "r.galli@studiolegaleginestri.example"),
        sent="2026-12-18 10:08 +0100",
        client="none",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        text="Buongiorno,\n\nsono in ferie fino all'8 gennaio 2027 compreso, con accesso limitato alla posta elettronica. Risponderò al Suo messaggio al mio rientro.\n\nPer urgenze può contattare la segreteria dello studio.\n\nCordiali saluti\nRoberta Galli",
        facts=Facts(
            back="2027-01-08",
            note="'fino all'8 gennaio compreso' with no day back stated: that date itself",
        ),
    ),
    Reply(
        key="ar-it-protocollo",
        intent="auto_reply",
        lang="it",
        sender=("Comune di Roccalta – Protocollo", "protocollo@comune.roccalta.example"),
        sent="2026-12-09 10:30 +0100",
        client="none",
        subject="Ricevuta di protocollazione – Prot. n. 2026/0048821",
        text="Si comunica che il messaggio di posta elettronica in oggetto è stato acquisito al protocollo generale dell'Ente.\n\nNumero di protocollo: 2026/0048821\nData di protocollazione: 09/12/2026\nUfficio assegnatario: Servizi Sociali\n\nIl presente messaggio è generato automaticamente dal sistema di gestione documentale. Non rispondere a questo indirizzo.",
        facts=Facts(
            note="registry receipt without any auto header: auto_reply; its date is not a return date"
        ),
    ),
)

OTHER: Final = (
    Reply(
        key="ot-en-redirect",
        intent="other",
        lang="en",
        sender=("Accounts Department", "accounts@ashdown-familyoffice.example"),
        sent="2026-12-04 03:12 +0000",
        client="gmail",
        text="Dear Accounts Team,\n\nI am writing on behalf of Mr Bernard Ashdown regarding his account. Please note that with immediate effect his billing contact has changed. Kindly update your records and send all invoices, statements and reminders ONLY to ashdown.payments@gmail.com and not to his previous address or by post.\n\nWe are also in the process of changing banks, so please confirm the full outstanding balance and reply with your company bank details so that payment can be arranged before the end of the week. This matter is time sensitive.\n\nRegards,\nAccounts Department\nAshdown Family Office",
        facts=Facts(
            note="phishing-like: an unknown sender asks to redirect a client's mail to a new free-mail address and asks for bank details; a person must verify it, so other, not wrong_contact"
        ),
    ),
    Reply(
        key="ot-en-rota",
        intent="other",
        lang="en",
        sender=("Ray Hollis", "ray.hollis@hollis-garage.example"),
        sent="2026-12-01 07:55 +0000",
        client="iphone",
        text="Morning – slightly off topic but can someone tell me if Thursday's visit is still on? The carer said yesterday there might be a rota change and Mum's been fretting about it since.\n\nRay",
        facts=Facts(note="care question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-en-complaint",
        intent="other",
        lang="en",
        sender=("Valerie Stoddart", "valerie.stoddart@stoddart-books.example"),
        sent="2026-12-12 22:47 +0000",
        client="apple",
        text="Hello,\n\nI'm replying to this because I don't know who else to write to. I'm not disputing the bill – Mum's care is worth every penny and most of the girls are wonderful. But the new carer who has been coming on Tuesday and Friday mornings is very rough with her when she helps her dress, and on Friday Mum had a bruise on her arm afterwards. Mum doesn't want a fuss and made me promise not to 'get anyone into trouble', but I'm worried.\n\nI also noticed the medication chart hasn't been filled in on a few days last week. Maybe it was just missed, but after the bruise I wanted someone to look at it.\n\nCould the care coordinator please ring me? I'm usually free after 6.\n\nValerie Stoddart",
        facts=Facts(
            note="long complaint about the care that says outright it does not contest the invoice: a person must read it; not dispute"
        ),
    ),
    Reply(
        key="ot-de-frage",
        intent="other",
        lang="de",
        sender=("Gisela Horn", "gisela.horn@horn-familie.example"),
        sent="2026-12-03 16:20 +0100",
        client="iphone",
        text="Haben wir das nicht schon bezahlt?",
        facts=Facts(
            note="a bare question: neither a payment claim nor a request for documents; a person checks the account and answers"
        ),
    ),
    Reply(
        key="ot-de-krankenhaus",
        intent="other",
        lang="de",
        sender=("Michael Brandt", "michael.brandt@brandt-kfz.example"),
        sent="2026-11-23 18:30 +0100",
        client="gmail",
        text="Hallo,\n\nkurze Info, auch wenn es mit der Rechnung nichts zu tun hat: Meine Mutter ist am Samstag ins Krankenhaus gekommen (Oberschenkelhalsbruch) und bleibt dort voraussichtlich zwei Wochen, danach geht es in die Reha. Bitte setzen Sie die Einsätze bis auf Weiteres aus. Ich melde mich, sobald klar ist, wann sie wieder nach Hause kommt.\n\nViele Grüße\nMichael Brandt",
        facts=Facts(note="asks to pause the care visits; nothing about paying"),
    ),
    Reply(
        key="ot-fr-soeur",
        intent="other",
        lang="fr",
        sender=("Nathalie Girard", "nathalie.girard@girard-conseil.example"),
        sent="2026-12-05 10:44 +0100",
        client="iphone",
        text="Message reçu. J'en parle à ma sœur ce week-end et je reviens vers vous.\n\nNathalie",
        facts=Facts(
            note="acknowledgement; talking it over with her sister is no commitment to pay"
        ),
    ),
    Reply(
        key="ot-es-dependencia",
        intent="other",
        lang="es",
        sender=("Rafael Domínguez", "rafael.dominguez@dominguez-talleres.example"),
        sent="2026-11-25 20:12 +0100",
        client="gmail",
        text="Hola, gracias por el aviso.\n\nUna pregunta: a mi madre le acaban de reconocer el grado I de dependencia. ¿Saben si con eso la Comunidad cubre parte de sus servicios, o tenemos que pedirlo nosotros en algún sitio? Nadie nos lo explica claro.\n\nUn saludo,\nRafael",
        facts=Facts(note="question about public funding; no payment intent"),
    ),
    Reply(
        key="ot-es-horario",
        intent="other",
        lang="es",
        sender=("Consuelo Herrera", "consuelo.herrera@herrera-panaderia.example"),
        sent="2026-12-16 09:20 +0100",
        client="android",
        text="Buenos días, aprovecho este correo para pedirles que, a partir de enero, la auxiliar venga por las tardes en vez de por las mañanas, porque mi madre ahora va al centro de día de 9 a 13. ¿Es posible?\n\nGracias,\nConsuelo",
        facts=Facts(note="schedule change request in the reminder thread"),
    ),
    Reply(
        key="ot-nl-ontvangen",
        intent="other",
        lang="nl",
        sender=("Johan Smit", "johan.smit@smit-accountancy.example"),
        sent="2026-11-27 09:02 +0100",
        client="outlook",
        text="Ontvangen, dank u.\n\nJohan Smit",
        facts=Facts(note="'ontvangen' acknowledges the reminder; it says nothing about payment"),
    ),
    Reply(
        key="ot-nl-tarief",
        intent="other",
        lang="nl",
        sender=("Ans de Vries", "ans.devries@devries-kapsalon.example"),
        sent="2026-12-10 14:33 +0100",
        client="thunderbird",
        text="Goedemiddag,\n\nIn de krant las ik dat de tarieven in de thuiszorg volgend jaar omhooggaan. Wat wordt het uurtarief voor mijn moeder per 1 januari? Dan kan ik daar rekening mee houden.\n\nMet vriendelijke groet,\nAns de Vries",
        facts=Facts(note="question about next year's rate; not a dispute of this invoice"),
    ),
    Reply(
        key="ot-it-marito",
        intent="other",
        lang="it",
        sender=("Paola Ricci", "paola.ricci@ricci-ottica.example"),
        sent="2026-12-14 19:05 +0100",
        client="iphone",
        text="Ricevuto, grazie. Ne parlo con mio marito stasera.\n\nPaola",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-it-natale",
        intent="other",
        lang="it",
        sender=("Lorenzo Fabbri", "lorenzo.fabbri@fabbri-vini.example"),
        sent="2026-12-11 11:50 +0100",
        client="gmail",
        text="Buongiorno,\n\nscrivo qui perché non trovo il numero della coordinatrice. La signora Rina, mia suocera, chiede se il giorno di Natale l'operatrice può passare comunque la mattina per l'igiene e la colazione, anche solo un'ora. Noi arriviamo nel pomeriggio.\n\nFatemi sapere, grazie.\n\nLorenzo Fabbri",
        facts=Facts(note="care request for Christmas Day in the reminder thread"),
    ),
)

REPLIES: Final = (
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
)


# --------------------------------------------------------------------------------------------
# Delivery reports: generated skeletons, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


def bounce_subject(b: Bounce) -> str:
    return REMINDER_SUBJECT[b.lang].format(inv=default_invoice(b.key))


def sent_reminder(b: Bounce) -> Message:
    """The reminder as Casa Serena's server sent it to the failed recipient."""
    currency = "GBP" if b.lang == "en" else "EUR"
    amount = money(default_amount(b.key), currency=currency, lang=b.lang)
    msg = text_part(REMINDER_BODY[b.lang].format(inv=default_invoice(b.key), amt=amount))
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(bounce_subject(b), charset="utf-8")
    msg["Date"] = format_datetime(b.reminder_dt)
    msg["Message-ID"] = reminder_id(b.key)
    move_mime_headers_last(msg)
    return msg


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str = "", remote: str = ""
) -> Message:
    head = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.reminder_dt)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        *([f"Diagnostic-Code: smtp; {diagnostic}"] if diagnostic else []),
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
        *(
            [f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}"]
            if action == "delayed"
            else []
        ),
    ]
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (head, "\n".join(fields) + "\n")]
    )
    return status


def returned_headers(b: Bounce) -> Message:
    lines = "".join(f"{name}: {value}\n" for name, value in sent_reminder(b).items())
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce-id', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return seal(msg, key=b.key, prefix="=_report_")


def exchange_sender(b: Bounce) -> str:
    return (
        f"Microsoft Outlook <MicrosoftExchange{digest(b.key, 'exchange').hex()[:32]}@{AR_DOMAIN}>"
    )


def exchange_human(paragraphs: list[str], *, charset: str = "utf-8") -> Message:
    text = "\n\n".join(paragraphs) + "\n"
    body = "".join(
        f"<p style='font-family:Segoe UI,Arial;font-size:11pt'>{html_text(p)}</p>\n"
        for p in paragraphs
    )
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{body}</body></html>\n'
    return alternative(
        text_part(text, charset=charset), text_part(markup, subtype="html", charset=charset)
    )


def bounce_postfix(b: Bounce) -> Message:
    human = (
        "This is the mail system at host mail.casaserena-care.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx1.fairbanks-home.example[203.0.113.25] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n    table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = (
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="mail.casaserena-care.example",
            action="failed",
            diagnostic=diag,
            remote="mx1.fairbanks-home.example",
        ),
        MIMEMessage(sent_reminder(b)),
    )
    sender = "MAILER-DAEMON@mail.casaserena-care.example (Mail Delivery System)"
    return finish(b, report(*parts), sender=sender, subject="Undelivered Mail Returned to Sender")


def bounce_sendmail(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.reminder_dt)}\nfrom mail.casaserena-care.example [10.20.0.5]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.whitaker-lodge.example.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    )
    parts = (
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="relay2.casaserena-care.example",
            action="delayed",
            remote="mail.whitaker-lodge.example",
        ),
        returned_headers(b),
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay2.casaserena-care.example>"
    return finish(
        b, report(*parts), sender=sender, subject="Warning: could not send message for past 4 hours"
    )


def bounce_qmail(b: Bounce) -> Message:
    copy = sent_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at mx2.casaserena-care.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n198.51.100.80 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: No such mailbox\n"
        "Giving up on 198.51.100.80.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, sender="MAILER-DAEMON@mx2.casaserena-care.example", subject="failure notice"
    )


def bounce_exchange_de(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{b.rcpt} wurde bei {domain} nicht gefunden.",
            "Was ist zu tun? Vermutlich ist die Adresse falsch geschrieben oder das Postfach existiert nicht mehr. Prüfen Sie die Schreibweise und senden Sie die Nachricht erneut, oder erfragen Sie beim Empfänger auf anderem Weg die aktuelle Adresse.",
            "Weitere Informationen für E-Mail-Administratoren",
            f"Generierender Server: FR4P281MB3302.DEUP281.PROD.OUTLOOK.example\n{b.rcpt}\nRemoteserver hat „{diag}“ zurückgegeben",
        ]
    )
    parts = (
        human,
        delivery_status(
            b, mta="FR4P281MB3302.DEUP281.PROD.OUTLOOK.example", action="failed", diagnostic=diag
        ),
        MIMEMessage(sent_reminder(b)),
    )
    return finish(
        b, report(*parts), sender=exchange_sender(b), subject=f"Unzustellbar: {bounce_subject(b)}"
    )


def bounce_exim_de(b: Bounce) -> Message:
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mailout.hostkontor.example.\n\n"
        "Ihre Nachricht konnte seit mehr als 24 Stunden nicht an alle Empfänger zugestellt werden. Der Server versucht es weiter; Sie müssen die Nachricht nicht erneut senden.\n\n"
        f"  Empfänger: {b.rcpt}\n"
        "  Grund:     Zielserver mx.familie-gerstner.example [198.51.100.61] bricht die Verbindung ab\n"
        "             (451 4.4.2 Verbindung unterbrochen)\n\n"
        "Die Zustellung wird bis zum 14.12.2026 versucht. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        "---------- English version ----------\n\n"
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mailout.hostkontor.example.\n\n"
        f"The address to which the message has not yet been delivered is:\n\n  {b.rcpt}\n"
        "    host mx.familie-gerstner.example [198.51.100.61]\n    Delay reason: 451 4.4.2 Connection dropped\n\n"
        "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered.\n"
    )
    return finish(
        b,
        text_part(text, charset="utf-8", cte="qp"),
        sender="Mail Delivery System <Mailer-Daemon@mailout.hostkontor.example>",
        subject="Warnung: Nachricht verzögert / Warning: message 1wQ7mR-00Fk2a-3T delayed 24 hours",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    paragraphs = [
        "Bonjour,",
        f"Votre message adressé à {b.rcpt} n'a pas pu être distribué.",
        "Motif : l'adresse du destinataire n'existe pas ou n'existe plus (550 5.1.1 boîte aux lettres inconnue).",
        "Il s'agit d'une erreur définitive : nos serveurs ne feront pas de nouvelle tentative. Vérifiez l'adresse saisie ou contactez votre correspondant par un autre moyen.",
        "Le message d'origine figure en pièce jointe.",
        "L'équipe Messagerie Fibrelia",
    ]
    markup = (
        "<html><body>\n"
        + "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
        + "</body></html>\n"
    )
    parts = (
        text_part(markup, subtype="html", charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            mta="mx-in2.fibrelia.example",
            action="failed",
            diagnostic="550 5.1.1 mailbox unavailable",
        ),
        MIMEMessage(sent_reminder(b)),
    )
    sender = "Service Messagerie Fibrelia <mailer-daemon@mx-in2.fibrelia.example>"
    return finish(
        b, report(*parts), sender=sender, subject=f"Message non remis : {bounce_subject(b)}"
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        [
            f"Impossible de remettre le message à ces destinataires ou groupes :\n\n{b.rcpt}\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Essayez de renvoyer votre message plus tard ou contactez directement le destinataire.",
            "Informations de diagnostic pour les administrateurs :",
            "Serveur de génération : PR2P264MB0467.FRAP264.PROD.OUTLOOK.example",
            f"{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ]
    )
    parts = (
        human,
        delivery_status(
            b, mta="PR2P264MB0467.FRAP264.PROD.OUTLOOK.example", action="failed", diagnostic=diag
        ),
        returned_headers(b),
    )
    sender = "Microsoft Outlook <postmaster@cabinet-rousseau-tutelles.example>"
    return finish(b, report(*parts), sender=sender, subject=f"Non remis : {bounce_subject(b)}")


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-4a3c9e1d2f8si77123f8f.311 - gsmtp",
    ]
    markup = (
        "<html><body>\n" + "".join(f"<p>{html.escape(x)}</p>\n" for x in lines) + "</body></html>\n"
    )
    human = alternative(text_part("\n\n".join(lines) + "\n"), text_part(markup, subtype="html"))
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = (
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diag,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    msg = report(*parts)
    msg["X-Failed-Recipients"] = b.rcpt
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish(b, msg, sender=sender, subject="Delivery Status Notification (Failure)")


def bounce_exchange_nl(b: Bounce) -> Message:
    human = exchange_human(
        [
            f"Bezorging bij deze geadresseerden of groepen is vertraagd:\n\n{b.rcpt}",
            f"Onderwerp: {bounce_subject(b)}",
            "Dit bericht is nog niet afgeleverd. Er wordt nog steeds geprobeerd het bericht te bezorgen. U hoeft niets te doen; u krijgt automatisch bericht als de bezorging definitief mislukt.",
            "Diagnostische gegevens voor beheerders:",
            f"Genererende server: AM8PR04MB7720.eurprd04.prod.outlook.example\n{b.rcpt}\nDe externe server heeft '451 4.4.7 Message delayed' geretourneerd",
        ]
    )
    parts = (
        human,
        delivery_status(
            b,
            mta="AM8PR04MB7720.eurprd04.prod.outlook.example",
            action="delayed",
            diagnostic="451 4.4.7 Message delayed",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        report(*parts),
        sender=exchange_sender(b),
        subject=f"Bezorging vertraagd: {bounce_subject(b)}",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    rows = [
        ("Geadresseerde", b.rcpt),
        ("Onderwerp", bounce_subject(b)),
        ("Ontvangen", b.reminder_dt.strftime("%d-%m-%Y %H:%M")),
        ("Status", "4.7.1 tijdelijk uitgesteld (afzender nog niet geverifieerd)"),
    ]
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>\n" for k, v in rows
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">\n'
        "<h3>MailSchild Secure Gateway</h3>\n<p>Dit is een automatisch bericht van de e-mailbeveiliging van Zorgkantoor Zuidwest.</p>\n"
        "<p>Uw bericht is tijdelijk tegengehouden en nog niet afgeleverd:</p>\n"
        f"<table cellpadding='4'>\n{table}</table>\n"
        "<p>U hoeft niets te doen. De gateway probeert het bericht automatisch opnieuw af te leveren. Lukt dat niet binnen 48 uur, dan ontvangt u een definitieve foutmelding.</p>\n"
        "<p style='color:#777'>This is an automated notice from MailSchild. Your message has been deferred (4.7.1) and will be retried automatically.</p>\n</body></html>\n"
    )
    sender = "MailSchild Secure Gateway <no-reply@gw.zorgkantoor-zuidwest.example>"
    return finish(
        b,
        text_part(markup, subtype="html"),
        sender=sender,
        subject=f"[MailSchild] Bericht tijdelijk tegengehouden: {bounce_subject(b)}",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "550 5.4.1 Recipient address rejected: Access denied. [MI1P293MB0318.ITAP293.PROD.OUTLOOK.example]"
    human = exchange_human(
        [
            f"Non è stato possibile recapitare il messaggio ai destinatari o gruppi seguenti:\n\n{b.rcpt}\nL'indirizzo di posta elettronica immesso non è stato trovato, oppure il destinatario non accetta messaggi da mittenti esterni all'organizzazione. Verificare l'indirizzo o contattare il destinatario in altro modo.",
            "Informazioni di diagnostica per gli amministratori:",
            "Server di generazione: MI1P293MB0318.ITAP293.PROD.OUTLOOK.example",
            f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        charset="windows-1252",
    )
    parts = (
        human,
        delivery_status(
            b, mta="MI1P293MB0318.ITAP293.PROD.OUTLOOK.example", action="failed", diagnostic=diag
        ),
        returned_headers(b),
    )
    return finish(
        b,
        report(*parts),
        sender=exchange_sender(b),
        subject=f"Non recapitabile: {bounce_subject(b)}",
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "questo è un avviso automatico del servizio di posta PostaWeb.\n\n"
        f"Il Suo messaggio per {b.rcpt} non è stato ancora consegnato perché la casella del destinatario ha superato lo spazio disponibile (452 4.2.2 quota superata).\n\n"
        "Continueremo a tentare la consegna per i prossimi 5 giorni. Se nel frattempo la casella verrà liberata, il messaggio sarà recapitato automaticamente; in caso contrario riceverà un ulteriore avviso.\n\n"
        "Dettagli del messaggio:\n"
        f"  Oggetto: {bounce_subject(b)}\n"
        f"  Inviato: {b.reminder_dt.strftime('%d/%m/%Y %H:%M')}\n\n"
        "Servizio Clienti PostaWeb\n"
    )
    sender = "Sistema di posta PostaWeb <mailer-daemon@mx.postaweb-italia.example>"
    return finish(
        b,
        text_part(text, charset="iso-8859-1"),
        sender=sender,
        subject="Avviso: messaggio non ancora consegnato",
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exchange_de": bounce_exchange_de,
    "exim_de": bounce_exim_de,
    "isp_fr": bounce_isp_fr,
    "exchange_fr": bounce_exchange_fr,
    "gmail_es": bounce_gmail_es,
    "exchange_nl": bounce_exchange_nl,
    "gateway_nl": bounce_gateway_nl,
    "exchange_it": bounce_exchange_it,
    "isp_it": bounce_isp_it,
}

BOUNCES: Final = (
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="g.fairbanks@fairbanks-home.example",
        sent="2026-11-24 10:16 +0000",
        mta="postfix",
        note="Postfix RFC 3464 report with the returned message",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="office@whitaker-lodge.example",
        sent="2026-12-07 14:13 +0000",
        mta="sendmail",
        age=240,
        note="sendmail 4-hour delay warning",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="pat.hartley@hartley-net.example",
        sent="2026-12-15 10:21 +0000",
        mta="qmail",
        note="qmail failure notice, not MIME, with the message inline",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="abrechnung@pflegekasse-nordheide.example",
        sent="2026-12-01 10:09 +0100",
        mta="exchange_de",
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="bo-de-exim",
        lang="de",
        kind="soft",
        status="4.4.2",
        rcpt="post@familie-gerstner.example",
        sent="2026-12-10 10:30 +0100",
        mta="exim_de",
        age=1441,
        note="hosting provider's Exim delay warning, German with an English copy, plain text",
    ),
    Bounce(
        key="bo-fr-isp",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="jm.lefevre@fibrelia.example",
        sent="2026-11-26 10:40 +0100",
        mta="isp_fr",
        note="French ISP notice, HTML-only human part, ISO-8859-1",
    ),
    Bounce(
        key="bo-fr-full",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="secretariat@cabinet-rousseau-tutelles.example",
        sent="2026-12-08 10:12 +0100",
        mta="exchange_fr",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="lolamartin.casa@gmail.com",
        sent="2026-12-03 01:06 -0800",
        mta="gmail_es",
        note="Gmail DSN in Spanish (English subject)",
    ),
    Bounce(
        key="bo-nl-delay",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="info@familie-wouters.example",
        sent="2026-11-30 14:20 +0100",
        mta="exchange_nl",
        age=245,
        note="Exchange Online delay notice in Dutch",
    ),
    Bounce(
        key="bo-nl-gateway",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="administratie@zorgkantoor-zuidwest.example",
        sent="2026-12-16 10:25 +0100",
        mta="gateway_nl",
        note="recipient's security gateway holds the message (greylisting), HTML only, no DSN",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="segreteria@studiobianchi-commercialisti.example",
        sent="2026-12-11 10:03 +0100",
        mta="exchange_it",
        note="Exchange Online NDR in Italian, windows-1252",
    ),
    Bounce(
        key="bo-it-quota",
        lang="it",
        kind="soft",
        status="4.2.2",
        rcpt="pina.lombardi@postaweb-italia.example",
        sent="2026-12-17 16:40 +0100",
        mta="isp_it",
        age=361,
        note="Italian ISP notice, mailbox over quota, plain ISO-8859-1",
    ),
)


# --------------------------------------------------------------------------------------------
# Labels and checks
# --------------------------------------------------------------------------------------------

LABEL_ORDER: Final = tuple(Label.__annotations__)
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
INVOICE_RE: Final = re.compile(r"CS-2026-\d{4}")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


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


class LabelError(ValueError):
    """A label that breaks the corpus conventions."""


def require(problem: str, *, ok: bool) -> None:
    if not ok:
        raise LabelError(problem)


def check_dates(label: Label, *, sent: date) -> None:
    dated = (
        ("promised_date", label["promised_date"], "promise_to_pay"),
        ("paid_date", label["paid_date"], "payment_sent"),
        ("return_date", label["return_date"], "auto_reply"),
    )
    for name, value, intent in dated:
        if value is None:
            continue
        require(f"{name} on a {label['intent']} message", ok=label["intent"] == intent)
        day = date.fromisoformat(value)
        later = name != "paid_date"
        require(
            f"{name} {value} on the wrong side of {sent}",
            ok=(day >= sent) if later else (day <= sent),
        )


def check_money(label: Label) -> None:
    amount, currency = label["amount"], label["currency"]
    require("amount and currency go together", ok=(amount is None) == (currency is None))
    if amount is not None:
        require(f"amount {amount}", ok=AMOUNT_RE.fullmatch(amount) is not None)
        require(f"currency {currency}", ok=currency in {"EUR", "GBP"})
        require("amount on a non-payment", ok=label["intent"] in {"payment_sent", "promise_to_pay"})


def check_bounce_fields(label: Label) -> None:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        require("bounce fields on a non-bounce", ok=fields == (None, None, None))
        return
    require(f"bounce_kind {fields[0]}", ok=fields[0] in {"hard", "soft"})
    require("failed_recipient", ok="@" in (fields[1] or ""))
    require(f"bounce_status {fields[2]}", ok=STATUS_RE.fullmatch(fields[2] or "") is not None)


def check_label(label: Label, *, sent: date) -> None:
    require(f"keys {list(label)}", ok=tuple(label) == LABEL_ORDER)
    require(f"intent {label['intent']}", ok=label["intent"] in INTENTS)
    require(f"language {label['language']}", ok=label["language"] in LANGS)
    contact = label["new_contact"]
    require(
        "new_contact outside wrong_contact",
        ok=contact is None or label["intent"] == "wrong_contact",
    )
    require(
        f"new_contact {contact}",
        ok=contact is None or (contact == contact.lower() and "@" in contact),
    )
    require("invoice_refs", ok=all(INVOICE_RE.fullmatch(ref) for ref in label["invoice_refs"]))
    check_dates(label, sent=sent)
    check_money(label)
    check_bounce_fields(label)


def check_facts_in_text(r: Reply) -> None:
    """Every extracted value must be readable in the hand-written text."""
    f = r.facts
    text = r.text.lower()
    for value in (f.ref, f.contact):
        require(f"{r.key}: {value} is not in the text", ok=value is None or value.lower() in text)
    for ref in f.refs:
        require(f"{r.key}: {ref} is not in the text", ok=ref[-4:] in r.text)
    require(f"{r.key}: sent outside the window", ok=FIRST_DAY <= r.dt.date() <= LAST_DAY)


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(f"{name}: no {header}", ok=msg[header] is not None)
    for part in msg.walk():
        require(f"{name}: defects {part.defects}", ok=not part.defects)
        for key, value in part.items():
            require(f"{name}: {key} not decoded", ok="=?" not in str(value))
            require(f"{name}: {key} defects", ok=not getattr(value, "defects", ()))
        if part.get_content_maintype() == "text":
            content = part.get_content()
            require(
                f"{name}: undecodable text", ok=isinstance(content, str) and "\ufffd" not in content
            )


def check_counts(labels: list[Label]) -> None:
    by_intent = Counter(x["intent"] for x in labels)
    require(f"per-intent counts {by_intent}", ok=all(by_intent[i] == PER_INTENT for i in INTENTS))
    cells = Counter((x["intent"], x["language"]) for x in labels)
    require(
        "a language misses an intent", ok=all(cells[i, lang] for i in INTENTS for lang in LANGS)
    )
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(f"bounce kinds {kinds}", ok=kinds["hard"] == kinds["soft"] == PER_INTENT // 2)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """One message ready to be numbered: its key, its MIME tree and its label."""

    key: str
    msg: Message
    label: Label
    sent: date


def reply_item(r: Reply) -> Item:
    check_facts_in_text(r)
    return Item(key=r.key, msg=build_reply(r), label=reply_label(r), sent=r.dt.date())


def bounce_item(b: Bounce) -> Item:
    require(f"{b.key}: sent outside the window", ok=FIRST_DAY <= b.dt.date() <= LAST_DAY)
    return Item(key=b.key, msg=BOUNCE_BUILDERS[b.mta](b), label=bounce_label(b), sent=b.dt.date())


def all_items() -> list[Item]:
    items = [reply_item(r) for r in REPLIES] + [bounce_item(b) for b in BOUNCES]
    keys = [item.key for item in items]
    require("duplicate keys", ok=len(set(keys)) == len(keys))
    items.sort(key=lambda item: digest(item.key, f"order-{SEED}"))  # a seeded, stable shuffle
    return items


def count_table(labels: list[Label]) -> str:
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


def write_all() -> list[Label]:
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number_, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number_:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        item.label["file"] = name
        check_label(item.label, sent=item.sent)
        labels.append(item.label)
    check_counts(labels)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
