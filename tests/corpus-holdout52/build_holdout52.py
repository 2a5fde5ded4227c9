# ruff: noqa: E501, RUF001
# Message text is kept one paragraph to a line, as a mail client sends it, with the typographic
# dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 52: `h52-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Cobalt Lab Supplies after it sent an overdue
reminder. The new text of each message is written by hand below; the code only adds what a mail
client or a mail server would add: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. Output goes next to this file and is
deterministic (fixed seed, fixed boundaries, Message-IDs derived from each message's key).
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
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr
from functools import partial
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 52_20261123
PREFIX: Final = "h52"
AR_NAME: Final = "Cobalt Lab Supplies Receivables"
AR_ADDR: Final = "receivables@cobaltlabsupplies.example"
AR_DOMAIN: Final = "cobaltlabsupplies.example"
AR_TZ: Final = timezone(timedelta(hours=1))
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


class Facts(TypedDict, total=False):
    """What a message states, as labelled (only the fields that are not null)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    refs: list[str]
    note: str


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


LABEL_KEYS: Final = tuple(Label.__annotations__)


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients and the reminder template print in each language)
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
# "us" is English as a US-configured client writes it; "en" is the UK/Irish layout.
GMAIL_ATTR: Final = {
    "us": "On {wda}, {mona} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "us": "On {monl} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {monl} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final = {
    "us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class HeaderLabels:
    """The labels of a forwarded-header block (Outlook, Samsung Email)."""

    frm: str
    sent: str
    to: str
    subject: str
    sep: str = ": "


OUTLOOK_LABELS: Final = {
    "en": HeaderLabels("From", "Sent", "To", "Subject"),
    "de": HeaderLabels("Von", "Gesendet", "An", "Betreff"),
    "fr": HeaderLabels("De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderLabels("De", "Enviado el", "Para", "Asunto"),
    "nl": HeaderLabels("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": HeaderLabels("Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_ORIGINAL: Final = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
SAMSUNG_LABELS: Final = {
    "en": HeaderLabels("From", "Date", "To", "Subject"),
    "de": HeaderLabels("Von", "Datum", "An", "Betreff"),
    "fr": HeaderLabels("De", "Date", "À", "Objet", " : "),
    "es": HeaderLabels("De", "Fecha", "Para", "Asunto"),
    "nl": HeaderLabels("Van", "Datum", "Aan", "Onderwerp"),
    "it": HeaderLabels("Da", "Data", "A", "Oggetto"),
}
SAMSUNG_ORIGINAL: Final = {
    "en": "-------- Original message --------",
    "de": "-------- Ursprüngliche Nachricht --------",
    "fr": "-------- Message d'origine --------",
    "es": "-------- Mensaje original --------",
    "nl": "-------- Oorspronkelijk bericht --------",
    "it": "-------- Messaggio originale --------",
}
SIGNATURES: Final = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
    "outlook_ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Télécharger Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Cobalt Lab Supplies sent (quoted by the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date:\n\n"
        "  Invoice:             {inv}\n"
        "  Invoice date:        12 October 2026\n"
        "  Due date:            11 November 2026\n"
        "  Amount outstanding:  {amt}\n\n"
        "If payment is already on its way, thank you – a short reply with the payment date helps us match it on our side. If something about the invoice is not right, reply to this message and we will look into it.\n\n"
        "Best regards,\n\n"
        "Accounts Receivable\n"
        "Cobalt Lab Supplies\n"
        "receivables@cobaltlabsupplies.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen ist:\n\n"
        "  Rechnungsnummer:  {inv}\n"
        "  Rechnungsdatum:   12.10.2026\n"
        "  Fällig seit:      11.11.2026\n"
        "  Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\n"
        "Cobalt Lab Supplies"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  Facture n° :          {inv}\n"
        "  Date de facture :     12/10/2026\n"
        "  Date d'échéance :     11/11/2026\n"
        "  Montant restant dû :  {amt}\n\n"
        "Si le règlement est déjà en cours, merci de ne pas tenir compte de ce rappel ; une réponse indiquant la date du paiement nous aidera toutefois à le rapprocher. En cas de désaccord sur la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\n"
        "Cobalt Lab Supplies"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "  N.º de factura:     {inv}\n"
        "  Fecha de emisión:   12/10/2026\n"
        "  Vencimiento:        11/11/2026\n"
        "  Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le agradeceremos que nos indique la fecha para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\n"
        "Cobalt Lab Supplies"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "  Factuurnummer:      {inv}\n"
        "  Factuurdatum:       12-10-2026\n"
        "  Vervaldatum:        11-11-2026\n"
        "  Openstaand bedrag:  {amt}\n\n"
        "Heeft u de betaling al in gang gezet, dan danken wij u hartelijk; laat u ons wel even weten op welke datum, dan kunnen wij de betaling sneller koppelen. Klopt er iets niet aan de factuur, beantwoord dan dit bericht.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\n"
        "Cobalt Lab Supplies"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "  Fattura n.:          {inv}\n"
        "  Data fattura:        12/10/2026\n"
        "  Scadenza:            11/11/2026\n"
        "  Importo da saldare:  {amt}\n\n"
        "Se ha già provveduto al pagamento, La ringraziamo e Le chiediamo di comunicarci la data del bonifico per agevolare la riconciliazione. Per eventuali contestazioni sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\n"
        "Cobalt Lab Supplies"
    ),
}
LATIN1_FIXES: Final = {"–": "-", "€": "EUR", "’": "'", "\u202f": " ", "…": "..."}
CURRENCY_SIGN: Final = {"EUR": "€", "GBP": "£", "USD": "$"}
NBSP: Final = "\u00a0"


# --------------------------------------------------------------------------------------------
# Specs: one hand-written message, one bounce
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Mail:
    """A hand-written message: who sent it, when, with which client, and what it states.

    `client` names the layout (see CLIENTS). `loc` is the client's display language when it
    differs from `lang` ("us" for a US-configured English client). `rlang` is the language
    of the reminder being answered when it is not the customer's. `reply=False` marks a
    message that is not a reply (AP-system advices, some notices): no In-Reply-To, no quote.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    facts: Facts = field(default_factory=Facts)
    inv: str = "CLS-204417"
    amount: str = "1284.60"
    cur: str = "EUR"
    loc: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: str = ""
    reply: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def ui(self) -> str:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`, built by `build`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    build: Callable[[Bounce], Message]
    note: str | None = None
    lag: int = 0
    inv: str = "CLS-204417"
    amount: str = "1284.60"
    cur: str = "EUR"

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Cobalt's server (before the report)."""
        minutes = self.lag or 4 + len(self.rcpt) % 9
        return (self.dt - timedelta(minutes=minutes)).astimezone(AR_TZ)

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)


# --------------------------------------------------------------------------------------------
# Formatting helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a client's date layout may use, in the client's language."""
    lang = "en" if loc == "us" else loc
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "wdl": WEEKDAYS[lang].split()[wd],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "monl": MONTHS[lang].split()[mo],
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


def localized(template: str, *, loc: str, dt: datetime, name: str = "", addr: str = "") -> str:
    return template.format(**date_fields(loc, dt), name=name, addr=addr)


def base_lang(loc: str) -> str:
    return "en" if loc == "us" else loc


def money(amount: str, *, cur: str, lang: str) -> str:
    """An amount as the reminder template prints it in `lang`."""
    whole, cents = amount.split(".")
    groups = f"{int(whole):,}"
    sign = CURRENCY_SIGN[cur]
    if lang == "en":
        return f"{sign}{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', NBSP)},{cents}{NBSP}{sign}"
    dotted = f"{groups.replace(',', '.')},{cents}"
    if lang in {"de", "es"}:
        return f"{dotted} {sign}"
    return f"{sign} {dotted}"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fits_charset(text: str, charset: str) -> str:
    """The text as a client using `charset` would send it."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    """Gmail and Apple Mail: one div a line, an empty line is <div><br></div>."""
    rows = (html.escape(line, quote=False) or "<br>" for line in text.split("\n"))
    return "\n".join(f"<div>{row}</div>" for row in rows)


def mso_paragraphs(text: str) -> str:
    rows = (html.escape(line, quote=False) or "&nbsp;" for line in text.split("\n"))
    return "\n".join(f'<p class="MsoNormal">{row}<o:p></o:p></p>' for row in rows)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER: Final = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    """A text part encoded the way the client would (raises if the text does not fit)."""
    raw = text.encode(charset)
    if cte in {"7bit", "8bit"}:
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    cset = email_charset.Charset(charset)
    cset.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cset)
    return part


def header_value(value: str, *, charset: str, name: str = "Subject") -> str:
    """A header value as a mail client writes it: RFC 2047 words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset=charset, name='From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def mixed(parts: list[Message]) -> Message:
    outer = MIMEMultipart("mixed")
    for part in parts:
        outer.attach(part)
    return outer


def pdf_part(name: str, key: str) -> Message:
    """A small stand-in PDF (its content is not part of the corpus text)."""
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + b"% "
        + digest(key, "pdf").hex().encode()
        + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    part = MIMEApplication(body, "pdf", name=name)
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            yield from (p for p in payload if isinstance(p, Message))


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: Final = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook": "_000_",
    "thunderbird": "------------",
    "mta": "=_",
}


def set_boundaries(msg: Message, *, key: str, family: str) -> None:
    prefix = BOUNDARY_STYLE.get(family, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


def finish(msg: Message, *, key: str, family: str) -> Message:
    headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, family=family)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, as the replying client sees it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder a reply answers, in the client's terms."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str
    charset: str


def reminder_text(lang: str, *, inv: str, amount: str, cur: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=money(amount, cur=cur, lang=lang))


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 18).lower()}.ar@{AR_DOMAIN}>"


def reminder_sent(m: Mail) -> datetime:
    """The reminder left a few working days before the reply, early in Cobalt's morning."""
    day = m.dt.astimezone(AR_TZ) - timedelta(days=1 + digest(m.key, "lag")[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 5 + digest(m.key, "minute")[0] % 50
    return day.replace(hour=8, minute=minute, second=digest(m.key, "s")[0] % 60).astimezone(
        m.dt.tzinfo
    )


def make_quote(m: Mail) -> Quote:
    lang = m.reminder_lang
    text = reminder_text(lang, inv=m.inv, amount=m.amount, cur=m.cur)
    subject = REMINDER_SUBJECT[lang].format(inv=m.inv)
    to = (
        mailbox(m.sender[0], m.sender[1])
        if m.sender[0].isascii()
        else f"{m.sender[0]} <{m.sender[1]}>"
    )
    return Quote(
        text=fits_charset(text, m.charset),
        subject=fits_charset(subject, m.charset),
        sent=reminder_sent(m),
        loc=m.ui,
        to=to,
        charset=m.charset,
    )


def header_block(q: Quote, *, labels: HeaderLabels, when: str) -> list[str]:
    return [
        f"{labels.frm}{labels.sep}{AR_NAME} <{AR_ADDR}>",
        f"{labels.sent}{labels.sep}{when}",
        f"{labels.to}{labels.sep}{q.to}",
        f"{labels.subject}{labels.sep}{q.subject}",
    ]


def outlook_block(q: Quote) -> list[str]:
    when = localized(OUTLOOK_SENT[q.loc], loc=q.loc, dt=q.sent)
    return header_block(q, labels=OUTLOOK_LABELS[base_lang(q.loc)], when=when)


def samsung_block(q: Quote) -> list[str]:
    offset = q.sent.strftime("%z")
    when = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    return header_block(q, labels=SAMSUNG_LABELS[base_lang(q.loc)], when=when)


def attribution(table: dict[str, str], q: Quote) -> str:
    line = localized(table[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)
    return fits_charset(line, q.charset)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(m: Mail, text: str) -> Message:
    return text_part(text, charset=m.charset, cte=m.cte)


def markup(m: Mail, text: str) -> Message:
    return text_part(text, subtype="html", charset=m.charset, cte=m.cte)


def word_document(m: Mail, q: Quote, *, divider: bool) -> str:
    """Outlook desktop HTML: Word markup, the grey rule above the reply header."""
    labels = OUTLOOK_LABELS[base_lang(q.loc)]
    names = (labels.frm, labels.sent, labels.to, labels.subject)
    rows = [line.split(labels.sep, 1)[1] for line in outlook_block(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(n)}{html.escape(labels.sep.rstrip())}</b> {html.escape(v)}"
        for n, v in zip(names, rows, strict=True)
    )
    rule = (
        "border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"
        if divider
        else "border:none"
    )
    lang = CONTENT_LANGUAGE[m.ui].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18 {mso-style-type:personal-reply; color:windowtext;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(m.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f'<div style="{rule}">\n<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_text(m: Mail, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_ORIGINAL[base_lang(q.loc)], *outlook_block(q)])
    return plain(m, f"{m.text}\n\n{block}\n\n{q.text}\n")


def client_outlook_html(m: Mail, q: Quote) -> Message:
    text = "\n".join([m.text, "", *outlook_block(q), "", q.text, ""])
    return alternative(plain(m, text), markup(m, word_document(m, q, divider=True)))


def client_outlook_html_only(m: Mail, q: Quote) -> Message:
    return markup(m, word_document(m, q, divider=True))


def client_owa(m: Mail, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([m.text, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(m.text)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n{html_paragraphs(q.text)}\n'
        "</span></font></div>\n</body></html>\n"
    )
    return alternative(plain(m, text), markup(m, page))


def client_outlook_ios(m: Mail, q: Quote) -> Message:
    sig = SIGNATURES["outlook_ios"][base_lang(q.loc)]
    block = "\n".join(outlook_block(q))
    text = f"{m.text}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, charset=m.charset, cte="b64")


def gmail_quote_html(attr: str, q: Quote) -> str:
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def client_gmail(m: Mail, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q)
    text = f"{m.text}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = f'<div dir="ltr">{html_divs(m.text)}</div><br>{gmail_quote_html(attr, q)}'
    return alternative(plain(m, text), markup(m, page))


def client_gmail_text(m: Mail, q: Quote) -> Message:
    return plain(m, f"{m.text}\n\n{attribution(GMAIL_ATTR, q)}\n{quote_lines(q.text)}\n")


def client_apple(m: Mail, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q)
    text = f"{m.text}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={m.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(m.text)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div></body></html>\n"
    )
    return alternative(plain(m, text), markup(m, page))


def client_iphone(m: Mail, q: Quote) -> Message:
    sig = SIGNATURES["iphone"][base_lang(q.loc)]
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return plain(m, f"{m.text}\n\n{sig}\n\n{quoted}\n")


def client_thunderbird(m: Mail, q: Quote) -> Message:
    attr = attribution(THUNDERBIRD_ATTR, q)
    part = plain(m, f"{m.text}\n\n{attr}\n{quote_lines(q.text)}\n")
    if m.charset == "utf-8":
        part.set_param("format", "flowed")
        part.set_param("delsp", "yes")
    return part


def client_samsung(m: Mail, q: Quote) -> Message:
    sig = SIGNATURES["samsung"][base_lang(q.loc)]
    head = [SAMSUNG_ORIGINAL[base_lang(q.loc)], *samsung_block(q)]
    text = "\n".join([m.text, "", "", "", sig, "", *head, "", q.text, ""])
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head><body>'
        f'<div dir="auto">{html_lines(m.text)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html_lines(chr(10).join(head))}</div></div>'
        f"{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(plain(m, text), markup(m, page))


INLINE_MARK: Final = re.compile(r"^\[\[(\d+)\]\]$")


def interleave(text: str, quoted: list[str]) -> str:
    """Inline replies: a line `[[n]]` stands for paragraph n of the reminder, `>`-quoted."""
    lines = []
    for line in text.split("\n"):
        mark = INLINE_MARK.match(line)
        lines.append(quote_lines(quoted[int(mark.group(1))]) if mark else line)
    return "\n".join(lines)


def client_inline(m: Mail, q: Quote) -> Message:
    attr = attribution(THUNDERBIRD_ATTR, q)
    return plain(m, f"{attr}\n{interleave(m.text, q.text.split(chr(10) * 2))}\n")


def client_notice(m: Mail, q: Quote) -> Message:
    del q  # automatic notices and AP-system mails quote nothing
    return plain(m, m.text + "\n")


def client_notice_html(m: Mail, q: Quote) -> Message:
    del q
    return markup(m, m.text)


CLIENTS: Final[dict[str, Callable[[Mail, Quote], Message]]] = {
    "outlook_text": client_outlook_text,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "gmail_text": client_gmail_text,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "samsung": client_samsung,
    "inline": client_inline,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
FAMILY: Final = {
    "outlook_text": "outlook",
    "outlook_html": "outlook",
    "outlook_html_only": "outlook",
    "owa": "outlook",
    "outlook_ios": "outlook",
    "gmail": "gmail",
    "gmail_text": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "thunderbird": "thunderbird",
    "inline": "thunderbird",
    "samsung": "samsung",
    "notice": "notice",
    "notice_html": "notice",
}
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook_text": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
}


EXO_HOSTS_EU: Final = ("AM9PR04MB", "DB9PR02MB", "PAXPR07MB", "VI1PR03MB", "DU2PR08MB", "FR4P281MB")
EXO_HOSTS_US: Final = ("BN7PR11MB", "CH3PR12MB", "SA1PR02MB", "MW4PR17MB")


def message_id(m: Mail) -> str:
    family = FAMILY[m.client]
    raw = digest(m.key, "message-id")
    domain = m.sender[1].split("@")[1]
    if family == "gmail":
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if family == "outlook":
        us = m.ui == "us"
        prefixes = EXO_HOSTS_US if us else EXO_HOSTS_EU
        host = f"{prefixes[raw[0] % len(prefixes)]}{raw[1] * 37 % 10000:04d}"
        region = "namprd" if us else "eurprd"
        return f"<{host}{b32(m.key, 'local', 10)}@{host}.{region}{raw[2] % 9 + 1:02d}.prod.outlook.com>"
    if family == "apple":
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if family == "samsung":
        return f"<{raw.hex()[:10]}.{raw.hex()[10:18]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reply_subject(m: Mail, q: Quote) -> str:
    if m.subject:
        return m.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[base_lang(q.loc)] if FAMILY[m.client] == "outlook" else "Re: "
    return prefix + q.subject


def outlook_headers(m: Mail, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(m.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, charset=m.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", ", ".join(dict.fromkeys((CONTENT_LANGUAGE[m.ui], "en-US")))),
        ("Content-Language", CONTENT_LANGUAGE[m.ui]),
        ("X-MS-Has-Attach", "yes" if m.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(m: Mail, body: Message) -> Message:
    return mixed([body, pdf_part(m.attach, m.key)]) if m.attach else body


def build_mail(m: Mail) -> Message:
    q = make_quote(m)
    msg = with_attachment(m, CLIENTS[m.client](m, q))
    msg["From"] = mailbox(*m.sender, charset=m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_value(reply_subject(m, q), charset=m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = message_id(m)
    if m.reply:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    extra = outlook_headers(m, q) if FAMILY[m.client] == "outlook" and m.reply else []
    for name, value in [*extra, *CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finish(msg, key=m.key, family=FAMILY[m.client])


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


def original_reminder(b: Bounce) -> Message:
    """The reminder as Cobalt's server sent it."""
    text = reminder_text(b.rlang, inv=b.inv, amount=b.amount, cur=b.cur)
    msg = text_part(text)
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_value(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    headers_last(msg)
    return msg


def reminder_headers(b: Bounce) -> Message:
    rem = original_reminder(b)
    lines = "".join(f"{k}: {v}\n" for k, v in rem.items() if k != "Content-Transfer-Encoding")
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


@dataclass(frozen=True, kw_only=True)
class Status:
    """The per-recipient fields of a delivery-status report."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""
    diag_type: str = "smtp"


def delivery_status(b: Bounce, s: Status) -> Message:
    per_message = f"Reporting-MTA: dns; {s.mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {s.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {s.remote}"] if s.remote else []),
        f"Diagnostic-Code: {s.diag_type}; {s.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if s.action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(fields) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def dsn_envelope(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'dsn', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, key=b.key, family="mta")


def bounce_postfix(b: Bounce) -> Message:
    remote = "mx.harlowe-bioscience.example"
    reply = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        "This is the mail system at host mail.cobaltlabsupplies.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.71] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    status = Status(
        mta="mail.cobaltlabsupplies.example", action="failed", diagnostic=reply, remote=remote
    )
    parts = [
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(b, status),
        returned_message(b),
    ]
    return dsn_envelope(
        b,
        report(parts),
        sender="MAILER-DAEMON@mail.cobaltlabsupplies.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    rem = original_reminder(b)
    text = (
        "Hi. This is the qmail-send program at mx1.millbrook-academy.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{rem.as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return dsn_envelope(
        b, msg, sender="MAILER-DAEMON@mx1.millbrook-academy.example", subject="failure notice"
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        "from mail.cobaltlabsupplies.example [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.tristate-water.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    status = Status(
        mta="relay.tristate-water.example",
        action="delayed",
        diagnostic="Connection timed out with exch01.tristate-water.example",
        diag_type="X-Unix",
    )
    parts = [
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(b, status),
        reminder_headers(b),
    ]
    return dsn_envelope(
        b,
        report(parts),
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.tristate-water.example>",
        subject="Warning: could not send message for past 4 hours",
    )


@dataclass(frozen=True, kw_only=True)
class NdrText:
    """The localized human-readable part of an Exchange non-delivery or delay report."""

    lead: str
    advice: str
    admin: str
    server: str
    returned: str
    charset: str = "utf-8"


def exchange_human(b: Bounce, t: NdrText) -> Message:
    text = f"{t.lead}\n\n{t.advice}\n\n\n{t.admin}\n\n{t.server}\n\n{b.rcpt}\n{t.returned}\n"
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={t.charset}"></head><body>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
        f'<tr><td style="font-size:16px;color:#000000;padding:12px 0">{html.escape(t.lead, quote=False)}</td></tr>'
        f'<tr><td style="font-size:14px;color:#000000;padding:8px 0">{html.escape(t.advice, quote=False)}</td></tr></table>\n'
        f'<p style="font-size:12px;color:#666666"><b>{html.escape(t.admin, quote=False)}</b></p>\n'
        f'<p style="font-size:12px;color:#666666">{html.escape(t.server, quote=False)}<br>{html.escape(b.rcpt, quote=False)}<br>{html.escape(t.returned, quote=False)}</p>\n'
        "</body></html>\n"
    )
    return alternative(
        text_part(text, charset=t.charset, cte="qp"),
        text_part(page, subtype="html", charset=t.charset, cte="qp"),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    host = "EXCH02.institut-hydrobiologie.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    t = NdrText(
        lead=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        advice="Die E-Mail-Adresse wurde in der Organisation des Empfängers nicht gefunden. Prüfen Sie die Schreibweise der Adresse oder wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie um eine gültige Adresse.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {host}",
        returned=f"Remoteserver hat '{diag}' zurückgegeben",
    )
    status = Status(mta=host, action="failed", diagnostic=diag)
    parts = [exchange_human(b, t), delivery_status(b, status), reminder_headers(b)]
    return dsn_envelope(
        b,
        report(parts),
        sender="postmaster@institut-hydrobiologie.example",
        subject=f"Unzustellbar: {b.subject}",
    )


def bounce_exim_de_delay(b: Bounce) -> Message:
    first = b.sent.astimezone(b.dt.tzinfo)
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden nicht an\n"
        "alle Empfänger zugestellt werden. Sie liegt weiterhin in der Warteschlange\n"
        "von mx2.cobaltlabsupplies.example.\n\n"
        "  Nachrichten-ID:  1wB7kR-004Tq9-3L\n"
        f"  Betreff:         {latin1_safe(b.subject)}\n"
        f"  Gesendet am:     {format_datetime(first)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        "    Server mail.elbtal-biotech.example [192.0.2.118]\n"
        "    Grund der Verzögerung: SMTP-Fehler nach RCPT TO:\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Sie müssen nichts unternehmen. Das System versucht die Zustellung weiter\n"
        "und meldet sich erneut, falls die Nachricht endgültig nicht zugestellt\n"
        "werden kann.\n"
    )
    msg = text_part(text, charset="iso-8859-1", cte="qp")
    return dsn_envelope(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mx2.cobaltlabsupplies.example>",
        subject="Warnung: Nachricht 1wB7kR-004Tq9-3L seit 24 Stunden nicht zugestellt",
    )


def gmail_human(lines: list[str]) -> Message:
    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    return alternative(text_part("\n\n".join(lines) + "\n"), text_part(page, subtype="html"))


def bounce_gmail_fr(b: Bounce) -> Message:
    human = gmail_human(
        [
            "** Adresse introuvable **",
            f"Votre message n'a pas été distribué à {b.rcpt}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.",
            "En savoir plus : https://support.google.com/mail/?p=NoSuchUser",
            "Voici la réponse du serveur distant :",
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43b3c0f1a2esi8812345f8f.211 - gsmtp",
        ]
    )
    status = Status(
        mta="mx.google.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    msg = report([human, delivery_status(b, status), reminder_headers(b)])
    msg["X-Failed-Recipients"] = b.rcpt
    return dsn_envelope(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )


def bounce_isp_fr_full(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        "Ce message vous est adressé automatiquement par le service de messagerie Hébergement Rhône.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire a atteint son quota de stockage.\n\n"
        "Nous continuerons à tenter la distribution pendant 5 jours. Si la boîte n'a pas été vidée d'ici là, le message vous sera retourné.\n\n"
        "Détail technique : 452 4.2.2 Mailbox over quota\n\n"
        "-- \nLe service messagerie\n"
    )
    status = Status(
        mta="mx.hebergement-rhone.example",
        action="delayed",
        diagnostic="452 4.2.2 Mailbox over quota",
    )
    parts = [
        text_part(human, charset="iso-8859-1", cte="qp"),
        delivery_status(b, status),
        reminder_headers(b),
    ]
    return dsn_envelope(
        b,
        report(parts),
        sender="Service messagerie <postmaster@mx.hebergement-rhone.example>",
        subject=f"Distribution retardée : {b.subject}",
    )


def bounce_relay_es(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    human = (
        "Este es el sistema de correo de relay-es.cobaltlabsupplies.example.\n\n"
        "Lamentamos informarle de que su mensaje no se ha podido entregar a uno o\n"
        "más destinatarios. Se adjunta el mensaje original.\n\n"
        "Si necesita ayuda, escriba a postmaster e incluya este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={domain} type=MX: Host not found\n\n"
        "    (El dominio del destinatario no existe: error permanente, no se\n"
        "    volverá a intentar la entrega.)\n"
    )
    status = Status(
        mta="relay-es.cobaltlabsupplies.example",
        action="failed",
        diagnostic=f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found",
        diag_type="X-Postfix",
    )
    parts = [
        text_part(human, charset="utf-8", cte="8bit"),
        delivery_status(b, status),
        returned_message(b),
    ]
    return dsn_envelope(
        b,
        report(parts),
        sender="MAILER-DAEMON@relay-es.cobaltlabsupplies.example (Sistema de entrega de correo)",
        subject="Correo no entregado devuelto al remitente",
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    host = "SRVEXC01.hospital-valdelamar.example"
    diag = "451 4.4.7 Message delayed"
    t = NdrText(
        lead=f"Su mensaje para {b.rcpt} todavía no se ha entregado.",
        advice="El servidor de destino no ha respondido. Seguiremos intentándolo y le avisaremos si no conseguimos entregarlo. No tiene que hacer nada.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {host}",
        returned=f"El servidor remoto devolvió '{diag}'",
        charset="windows-1252",
    )
    status = Status(mta=host, action="delayed", diagnostic=diag)
    parts = [exchange_human(b, t), delivery_status(b, status), reminder_headers(b)]
    return dsn_envelope(
        b,
        report(parts),
        sender="postmaster@hospital-valdelamar.example",
        subject=f"Entrega retrasada: {b.subject}",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht van MailSchild Secure Gateway.\n\n"
        f"Uw bericht aan {b.rcpt} is door onze gateway ontvangen, maar kon nog niet worden doorgestuurd naar de interne mailserver van de ontvanger. Die server is op dit moment niet bereikbaar (onderhoud).\n\n"
        f"Onderwerp: {b.subject}\n"
        "Status: 4.3.2 (tijdelijk probleem, systeem accepteert geen berichten)\n\n"
        "De gateway probeert het bericht de komende 72 uur opnieuw af te leveren. U hoeft het bericht niet opnieuw te versturen.\n\n"
        "MailSchild – Waterschap Groote Polder\n"
    )
    status = Status(
        mta="gw01.mailschild.groote-polder.example",
        action="delayed",
        diagnostic="432 4.3.2 System not accepting network messages",
        remote="mail.groote-polder.example",
    )
    parts = [
        text_part(text, charset="utf-8", cte="b64"),
        delivery_status(b, status),
        reminder_headers(b),
    ]
    return dsn_envelope(
        b,
        report(parts),
        sender="MailSchild Gateway <no-reply@gw01.mailschild.groote-polder.example>",
        subject="Vertraagde bezorging van uw bericht",
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = (
        "Gentile mittente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} non può essere consegnato: la casella di destinazione è stata disattivata e non accetta più posta.\n\n"
        "Errore restituito: 550 5.2.1 Mailbox disabled / casella disabilitata\n\n"
        "Si tratta di un errore permanente: il sistema non effettuerà ulteriori tentativi. In allegato trova il messaggio originale.\n\n"
        "Servizio Posta Elettronica - PostaVeloce.example\n"
    )
    body = mixed([text_part(text, charset="iso-8859-1", cte="qp"), returned_message(b)])
    return dsn_envelope(
        b,
        body,
        sender="Mail Delivery System <mailer-daemon@smtp-in.postaveloce.example>",
        subject="Notifica di mancato recapito",
    )


def bounce_exchange_it_full(b: Bounce) -> Message:
    host = "MAILSRV3.istituto-zooprofilattico-adriatico.example"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    t = NdrText(
        lead=f"Impossibile recapitare il messaggio a {b.rcpt}.",
        advice="La cassetta postale del destinatario è piena e al momento non può ricevere messaggi. Riprovare a inviare il messaggio più tardi oppure contattare il destinatario in altro modo.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {host}",
        returned=f"Il server remoto ha restituito '{diag}'",
    )
    status = Status(mta=host, action="failed", diagnostic=diag)
    parts = [exchange_human(b, t), delivery_status(b, status), reminder_headers(b)]
    return dsn_envelope(
        b,
        report(parts),
        sender="postmaster@istituto-zooprofilattico-adriatico.example",
        subject=f"Non recapitabile: {b.subject}",
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")

ARIBA_ADVICE: Final = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#32363a">\n'
    '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#0a6ed1;color:#ffffff;padding:10px 14px;font-size:16px">SAP Business Network</td></tr>\n'
    '<tr><td style="padding:14px">\n'
    "<p>Northfield State University has sent a remittance advice to Cobalt Lab Supplies.</p>\n"
    '<table cellpadding="4" cellspacing="0" style="font-size:13px">\n'
    "<tr><td><b>Remittance ID</b></td><td>NSU-PAY-0041877</td></tr>\n"
    "<tr><td><b>Payment Date</b></td><td>12/04/2026</td></tr>\n"
    "<tr><td><b>Payment Method</b></td><td>ACH</td></tr>\n"
    "<tr><td><b>Net Amount</b></td><td>$4,812.50 USD</td></tr>\n"
    "</table>\n"
    "<p><b>Invoices included in this payment</b></p>\n"
    '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">\n'
    "<tr><th>Invoice #</th><th>Invoice Date</th><th>Gross</th><th>Discount</th><th>Net</th></tr>\n"
    "<tr><td>CLS-204388</td><td>10/05/2026</td><td>$3,528.00</td><td>$0.00</td><td>$3,528.00</td></tr>\n"
    "<tr><td>CLS-204417</td><td>10/12/2026</td><td>$1,284.50</td><td>$0.00</td><td>$1,284.50</td></tr>\n"
    "</table>\n"
    "<p>Funds are normally available one to two business days after the payment date, depending on your bank.</p>\n"
    '<p style="color:#6a6d70;font-size:11px">This message was sent automatically by SAP Business Network on behalf of Northfield State University. Replies to this address are not monitored. For questions about this payment, contact Accounts Payable at ap-help@northfield-state.example.</p>\n'
    "</td></tr></table>\n</body></html>\n"
)
JAGGAER_ADVICE: Final = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    '<body style="font-family:Verdana,sans-serif;font-size:12px">\n'
    '<div style="border-bottom:3px solid #7a1f3d;padding-bottom:6px;font-size:15px;color:#7a1f3d">Université de Valmont – Plateforme achats</div>\n'
    "<p>Madame, Monsieur,</p>\n"
    "<p>Nous vous informons qu'un paiement a été émis en votre faveur par l'agence comptable de l'Université de Valmont.</p>\n"
    '<table cellpadding="3" style="font-size:12px">\n'
    "<tr><td>N° de paiement :</td><td><b>VIR-2026-118734</b></td></tr>\n"
    "<tr><td>Date d'émission :</td><td>07/12/2026</td></tr>\n"
    "<tr><td>Mode de règlement :</td><td>Virement SEPA</td></tr>\n"
    "<tr><td>Montant total :</td><td><b>3 540,00 EUR</b></td></tr>\n"
    "</table>\n"
    "<p>Détail des factures réglées :</p>\n"
    '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:12px">\n'
    "<tr><th>Facture</th><th>Date</th><th>Montant</th></tr>\n"
    "<tr><td>CLS-204502</td><td>05/10/2026</td><td>2 890,00 EUR</td></tr>\n"
    "<tr><td>CLS-204519</td><td>09/10/2026</td><td>650,00 EUR</td></tr>\n"
    "</table>\n"
    "<p>Le délai de mise à disposition des fonds dépend de votre banque (en général deux à trois jours ouvrés).</p>\n"
    '<p style="color:#888888;font-size:10px">Ce message est généré automatiquement par la plateforme JAGGAER de l\'université. Merci de ne pas y répondre.</p>\n'
    "</body></html>\n"
)

PAYMENT_SENT: Final = [
    Mail(
        key="ps-en-ariba",
        intent="payment_sent",
        lang="en",
        sender=(
            "Northfield State University via SAP Business Network",
            "ordersender-prod@ansmtp.ariba.example",
        ),
        when="2026-12-04 06:12 -0500",
        client="notice_html",
        loc="us",
        text=ARIBA_ADVICE,
        subject="Remittance Advice from Northfield State University (Remittance ID NSU-PAY-0041877)",
        headers=(AUTO_GENERATED,),
        reply=False,
        facts=Facts(
            paid_date="2026-12-04",
            payment_reference="NSU-PAY-0041877",
            amount="4812.50",
            currency="USD",
            refs=["CLS-204388", "CLS-204417"],
            note="AP-system payment advice (Auto-Submitted: auto-generated); 12/04/2026 is US order; the net amount covers both invoices",
        ),
        amount="1284.50",
        cur="USD",
    ),
    Mail(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Imogen Hartley", "i.hartley@pennine-uni.example"),
        when="2026-11-30 19:48 +0000",
        client="iphone",
        text="Paid.",
        inv="CLS-204129",
        amount="642.00",
        cur="GBP",
        facts=Facts(note="one word answering an overdue reminder: a payment claim without a date"),
    ),
    Mail(
        key="ps-en-check",
        intent="payment_sent",
        lang="en",
        sender=("Rosa Delgado", "rdelgado@lakeshore-usd.example"),
        when="2026-12-03 10:22 -0600",
        client="outlook_text",
        loc="us",
        text="Good morning,\n\nCheck #10482 for $612.35 was mailed Tuesday to the remit-to address printed on your invoice. It pays invoice CLS-204266 (PO 27-00318, chemistry department consumables).\n\nPlease allow 7–10 business days for delivery by mail. If it hasn't reached you by the 18th, let me know and I'll stop payment and reissue.\n\nThank you,\n\nRosa Delgado\nAccounts Payable\nLakeshore Unified School District\nBusiness Services | 2200 Harbor Road\n(555) 014-2290",
        inv="CLS-204266",
        amount="612.35",
        cur="USD",
        charset="windows-1252",
        facts=Facts(
            paid_date="2026-12-01",
            payment_reference="10482",
            amount="612.35",
            currency="USD",
            refs=["CLS-204266"],
            note="check number as the reference; 'Tuesday' is the Tuesday before Thu 3 Dec; 'by the 18th' is not a payment date",
        ),
    ),
    Mail(
        key="ps-de-erledigt",
        intent="payment_sent",
        lang="de",
        sender=("Dr. Katrin Albers", "katrin.albers@mikrobio.uni-hochfeld.example"),
        when="2026-12-08 14:05 +0100",
        client="outlook_html",
        text="Erledigt.\n\nMit freundlichen Grüßen\nKatrin Albers\n\n--\nDr. Katrin Albers\nLaborleitung AG Molekulare Mikrobiologie\nInstitut für Mikrobiologie und Hygiene\nUniversität Hochfeld\nTel. +49 555 1289-4412",
        inv="CLS-204506",
        amount="377.90",
        facts=Facts(note="'Erledigt.' answering a payment reminder claims payment; no date"),
    ),
    Mail(
        key="ps-fr-jaggaer",
        intent="payment_sent",
        lang="fr",
        sender=("Université de Valmont – Achats", "noreply@valmont.jaggaer.example"),
        when="2026-12-07 18:30 +0100",
        client="notice_html",
        text=JAGGAER_ADVICE,
        subject="Avis de paiement n° VIR-2026-118734 – Université de Valmont",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        reply=False,
        facts=Facts(
            paid_date="2026-12-07",
            payment_reference="VIR-2026-118734",
            amount="3540.00",
            currency="EUR",
            refs=["CLS-204502", "CLS-204519"],
            note="AP-system payment advice in HTML only; the total covers both invoices",
        ),
    ),
    Mail(
        key="ps-fr-mandat",
        intent="payment_sent",
        lang="fr",
        sender=("Laurence Picard", "l.picard@ch-saint-aubin.example"),
        when="2026-12-03 11:02 +0100",
        client="outlook_html",
        text="Bonjour,\n\nVotre facture CLS-204377 a été mandatée le 1er décembre. Le dossier est désormais entre les mains du comptable public (trésorerie hospitalière), qui procédera au virement ; comptez une dizaine de jours avant réception des fonds.\n\nJe vous précise que nous n'avons aucune prise sur les délais de la trésorerie.\n\nCordialement,\n\nLaurence Picard\nBureau des mandatements – Direction des finances\nCentre hospitalier de Saint-Aubin\nTél. : 05 55 01 27 40",
        inv="CLS-204377",
        amount="968.40",
        facts=Facts(
            paid_date="2026-12-01",
            refs=["CLS-204377"],
            note="public hospital: the payment order (mandat) is issued and out of the customer's hands, so paid on the mandate date",
        ),
    ),
    Mail(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ferrer", "lucia.ferrer@genomika-labs.example"),
        when="2026-12-09 12:47 +0100",
        client="gmail",
        text="Hola,\n\nDisculpad el retraso. Esta mañana hemos hecho la transferencia de 2.150,00 € correspondiente a la factura CLS-204590; os adjunto el justificante. La referencia de la orden es 2026120900731.\n\nUn saludo,\nLucía\n\n--\nLucía Ferrer\nOffice Manager · Genómika Labs\nC/ de la Ciencia 14, 28660 Boadilla del Monte",
        inv="CLS-204590",
        amount="2150.00",
        attach="Justificante_transferencia_CLS-204590.pdf",
        facts=Facts(
            paid_date="2026-12-09",
            payment_reference="2026120900731",
            amount="2150.00",
            currency="EUR",
            refs=["CLS-204590"],
            note="'esta mañana' is the message date; proof of transfer attached",
        ),
    ),
    Mail(
        key="ps-es-viernes",
        intent="payment_sent",
        lang="es",
        sender=("Paco Navarro", "fnavarro@fundacion-hsanrafael.example"),
        when="2026-12-01 09:15 +0100",
        client="iphone",
        text="buenos dias, esto ya se pago el viernes pasado, mirad bien porq el pago os llega de la cuenta de la fundacion y no del hospital, por eso igual no lo encontrais\n\nsaludos\nPaco",
        inv="CLS-204298",
        amount="455.80",
        facts=Facts(
            paid_date="2026-11-27",
            note="no accents; 'el viernes pasado' is the Friday before Tue 1 Dec",
        ),
    ),
    Mail(
        key="ps-nl-kenmerk",
        intent="payment_sent",
        lang="nl",
        sender=("Anouk de Wit", "crediteuren@wb-rijnlandoost.example"),
        when="2026-12-03 10:40 +0100",
        client="outlook_html",
        text="Geachte heer, mevrouw,\n\nFactuur CLS-204455 is op 2 december jl. aan u overgemaakt.\n\nBetalingskenmerk: 2026-0448127\nBedrag: € 1.937,40\n\nWij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\n\nAnouk de Wit\nCrediteurenadministratie\nWaterbedrijf Rijnland-Oost\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.",
        inv="CLS-204455",
        amount="1937.40",
        facts=Facts(
            paid_date="2026-12-02",
            payment_reference="2026-0448127",
            amount="1937.40",
            currency="EUR",
            refs=["CLS-204455"],
        ),
    ),
    Mail(
        key="ps-nl-voldaan",
        intent="payment_sent",
        lang="nl",
        sender=("Bas Hoekstra", "b.hoekstra@csg-de-vaart.example"),
        when="2026-11-24 21:12 +0100",
        client="iphone",
        text="Is al voldaan hoor",
        inv="CLS-204160",
        amount="236.90",
        facts=Facts(note="one-liner: 'voldaan' means settled; no date"),
    ),
    Mail(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        sender=("Giulia Bertoni", "amministrazione@labalimenti-parma.example"),
        when="2026-12-10 09:31 +0100",
        client="outlook_text",
        text="Buongiorno,\n\nvi informiamo che ieri abbiamo disposto il bonifico a saldo della fattura 204611, importo € 864,00.\nCRO: 1101263440123456\n\nDistinti saluti\n\nGiulia Bertoni\nUfficio Amministrazione\nLaboratorio Analisi Alimenti Parma S.r.l.\nTel. 0521 555 018",
        inv="CLS-204611",
        amount="864.00",
        charset="windows-1252",
        facts=Facts(
            paid_date="2026-12-09",
            payment_reference="1101263440123456",
            amount="864.00",
            currency="EUR",
            refs=["CLS-204611"],
            note="'204611' normalised to CLS-204611; 'ieri' is the day before Thu 10 Dec",
        ),
    ),
    Mail(
        key="ps-it-carta",
        intent="payment_sent",
        lang="it",
        sender=("Matteo Rinaldi", "matteo@neurolab-torino.example"),
        when="2026-12-02 16:20 +0100",
        client="gmail_text",
        text="Ciao,\nl'ho pagata con la carta aziendale dal vostro portale clienti lunedì, mi è arrivata anche la mail di conferma (transazione PX-88213). Magari il vostro gestionale non si è ancora aggiornato?\n\nMatteo",
        inv="CLS-204344",
        amount="318.90",
        facts=Facts(
            paid_date="2026-11-30",
            payment_reference="PX-88213",
            note="card payment on the portal; 'lunedì' is the Monday before Wed 2 Dec",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Mail(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        sender=("Marcus Lee", "mlee@tidewaterbio.example"),
        when="2026-12-10 17:40 -0800",
        client="owa",
        loc="us",
        text="Hi there,\n\nApologies – this one sat in our approval queue while our controller was out. It was approved this afternoon and is scheduled for tomorrow's check run, so the check goes out then.\n\nThanks for your patience,\nMarcus\n\nMarcus Lee | Finance & Operations\nTidewater Biosciences, Inc.",
        inv="CLS-204536",
        amount="2975.00",
        cur="USD",
        facts=Facts(
            promised_date="2026-12-11",
            note="past-tense 'approved' and 'scheduled' describe a future check; 'tomorrow' in the sender's time zone is Fri 11 Dec (in UTC the message is already dated the 11th)",
        ),
    ),
    Mail(
        key="pp-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        sender=("Helen Marsh", "helen.marsh@calder.ac.example"),
        when="2026-12-10 22:15 +0000",
        client="outlook_ios",
        subject="Out of office (quick reply) – RE: {rsub}",
        text="Hi,\n\nI'm on leave until the new year, but I saw this on my phone and didn't want it to sit. The research office released the grant funds yesterday, so I've now approved your invoice on our finance system and it has been picked up for the next supplier payment run, which is Tuesday 15 December.\n\nBest wishes,\nHelen\n\nHelen Marsh\nGrants Administrator, School of Biosciences",
        inv="CLS-204338",
        amount="1118.00",
        cur="GBP",
        facts=Facts(
            promised_date="2026-12-15",
            note="a person's reply whose subject says 'out of office': labelled by what it says; 'released', 'approved', 'picked up' are past, the payment is on the 15th",
        ),
    ),
    Mail(
        key="pp-en-warrant",
        intent="promise_to_pay",
        lang="en",
        sender=("Dale Kowalski", "dkowalski@prairiecreekwater.example"),
        when="2026-11-24 15:05 -0600",
        client="outlook_html",
        loc="us",
        text="Hi,\n\nThanks for the reminder, and sorry this has dragged on. A bit of background so you know what's going on at our end: we switched ERP systems on November 1st and a whole batch of October vendor invoices got stuck in the conversion – yours was one of them. On top of that our finance director has been out on medical leave, and with Thanksgiving this week half the office is gone from Wednesday noon. I also had to re-enter your vendor record because the new system didn't carry over your remit-to address, so if our purchasing folks send you a W-9 request, please just ignore it, I already have your form on file.\n\nThe good news: I re-keyed the invoice this morning and it has been added to the warrant list the board approves at its December 3 meeting. Warrants are printed and mailed the following Monday, so you'll have a check in the mail on December 7.\n\nAlso – unrelated – your driver left the last delivery of sample bottles at the wrong gate again (the wastewater plant, not the lab). Could you put a note on our account?\n\nDale Kowalski\nUtility Billing & Finance\nPrairie Creek Water District\n(555) 013-7741",
        inv="CLS-204201",
        amount="1746.20",
        cur="USD",
        facts=Facts(
            promised_date="2026-12-07",
            note="the promise is buried in a long reply; the board meeting on 3 Dec is a step before the check, mailed Mon 7 Dec",
        ),
    ),
    Mail(
        key="pp-de-kw50",
        intent="promise_to_pay",
        lang="de",
        sender=("Renate Vogel", "r.vogel@verwaltung.hs-lindenau.example"),
        when="2026-12-02 08:47 +0100",
        client="thunderbird",
        text="Sehr geehrte Damen und Herren,\n\ndie Rechnung CLS-204490 ist inzwischen sachlich und rechnerisch geprüft und für den Zahllauf in KW 50 vorgesehen.\n\nMit freundlichen Grüßen\nRenate Vogel\n\n-- \nHochschule Lindenau\nDezernat Finanzen - Kreditorenbuchhaltung",
        inv="CLS-204490",
        amount="587.35",
        charset="iso-8859-1",
        facts=Facts(
            promised_date="2026-12-07",
            refs=["CLS-204490"],
            note="'KW 50' is pinned to its Monday (7 Dec), as a week is for 'next week'",
        ),
    ),
    Mail(
        key="pp-de-am15",
        intent="promise_to_pay",
        lang="de",
        sender=("Jonas Brückner", "jonas@cellwerk-leipzig.example"),
        when="2026-12-03 13:20 +0100",
        client="gmail",
        text="Hallo zusammen,\n\nsorry, das ist bei uns im Umzugschaos untergegangen. Wir überweisen am 15., da kommt die nächste Tranche von unserem Investor rein.\n\nViele Grüße\nJonas\n\n--\nJonas Brückner\nCo-Founder & CFO | Cellwerk GmbH",
        inv="CLS-204512",
        amount="3410.00",
        facts=Facts(
            promised_date="2026-12-15",
            note="'am 15.' after Thu 3 Dec is 15 Dec; the investor tranche is a reason, the promise stands",
        ),
    ),
    Mail(
        key="pp-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Nathalie Roussel", "n.roussel@labo-eaux-garonne.example"),
        when="2026-11-26 17:55 +0100",
        client="iphone",
        text="Bonjour,\n\nLe règlement partira en fin de mois avec ceux des autres fournisseurs.\n\nBonne soirée,\nNathalie Roussel\nLaboratoire départemental des eaux de Garonne",
        inv="CLS-204248",
        amount="712.80",
        facts=Facts(promised_date="2026-11-30", note="'en fin de mois' written on 26 Nov: 30 Nov"),
    ),
    Mail(
        key="pp-es-lunes",
        intent="promise_to_pay",
        lang="es",
        sender=("Alberto Ruiz", "aruiz@biomarin-vigo.example"),
        when="2026-12-03 19:08 +0100",
        client="samsung",
        text="Perdona el retraso, se me había pasado por completo. El lunes que viene sin falta os hago la transferencia.\n\nAlberto",
        inv="CLS-204520",
        amount="1290.00",
        facts=Facts(promised_date="2026-12-07", note="'el lunes que viene' after Thu 3 Dec"),
    ),
    Mail(
        key="pp-es-remesa",
        intent="promise_to_pay",
        lang="es",
        sender=("Mercedes Ortega Lozano", "mortega@hospitalcostadelsol.example"),
        when="2026-12-11 10:02 +0100",
        client="outlook_text",
        text="Buenos días:\n\nLes informamos de que la factura CLS-204561 ya ha sido conformada por el servicio y la hemos incluido en la remesa de pagos del día 18.\n\nAtentamente,\n\nMercedes Ortega Lozano\nUnidad de Gestión Económica – Anatomía Patológica\nHospital Costa del Sol\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine.",
        inv="CLS-204561",
        amount="1873.25",
        facts=Facts(
            promised_date="2026-12-18",
            refs=["CLS-204561"],
            note="past tense 'la hemos incluido' announces the payment run of the 18th",
        ),
    ),
    Mail(
        key="pp-nl-volgendeweek",
        intent="promise_to_pay",
        lang="nl",
        sender=("Sanne Verhoeven", "sanne.verhoeven@umc-lindenhout.example"),
        when="2026-11-25 11:11 +0100",
        client="gmail",
        text="Hoi,\n\nExcuses, de factuur lag nog bij de projectleider voor akkoord. Dat akkoord is er inmiddels, de betaling volgt volgende week.\n\nGroet,\nSanne Verhoeven\nLabmanager afdeling Pathologie",
        inv="CLS-204185",
        amount="623.10",
        facts=Facts(
            promised_date="2026-11-30", note="'volgende week' on Wed 25 Nov: Monday 30 Nov"
        ),
    ),
    Mail(
        key="pp-nl-donderdag",
        intent="promise_to_pay",
        lang="nl",
        sender=("Erik Jansen", "e.jansen@aquadelta-lab.example"),
        when="2026-12-14 08:20 +0100",
        client="gmail_text",
        text="Goedemorgen,\n\nstaat klaar voor de betaalrun van donderag, dan hebben jullie m eind van de week binnen.\n\ngr Erik",
        inv="CLS-204577",
        amount="412.00",
        facts=Facts(
            promised_date="2026-12-17", note="typo 'donderag'; the Thursday after Mon 14 Dec"
        ),
    ),
    Mail(
        key="pp-it-entro20",
        intent="promise_to_pay",
        lang="it",
        sender=("Federica Colombo", "f.colombo@vetlab-lombardia.example"),
        when="2026-12-04 15:30 +0100",
        client="outlook_html",
        text="Gentili signori,\n\nin riferimento al Vostro sollecito, Vi confermiamo che provvederemo al saldo della fattura n. CLS-204477 entro il 20 dicembre p.v.\n\nCordiali saluti\n\nFederica Colombo\nUfficio Contabilità Fornitori\nVetLab Lombardia S.p.A.\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo.",
        inv="CLS-204477",
        amount="2046.00",
        facts=Facts(promised_date="2026-12-20", refs=["CLS-204477"]),
    ),
    Mail(
        key="pp-it-determina",
        intent="promise_to_pay",
        lang="it",
        sender=("Antonio Esposito", "antonio.esposito@asl-collinare.example"),
        when="2026-12-09 12:12 +0100",
        client="owa",
        text="Buongiorno,\n\nla fattura in oggetto è stata liquidata con determina dirigenziale n. 1874 del 3 dicembre e trasmessa al Servizio Bilancio per l'emissione del mandato. Il pagamento verrà effettuato entro fine mese.\n\nCordiali saluti\nAntonio Esposito\nUOC Gestione Economico-Finanziaria\nAzienda Sanitaria Locale Collinare",
        inv="CLS-204380",
        amount="1560.00",
        facts=Facts(
            promised_date="2026-12-31",
            note="'liquidata con determina' is an approval, not a payment; 'entro fine mese' on 9 Dec: 31 Dec",
        ),
    ),
]

DISPUTE: Final = [
    Mail(
        key="dp-en-notpaid",
        intent="dispute",
        lang="en",
        sender=("Sarah Bennett", "sarah.bennett@ashworth-pathology.example"),
        when="2026-11-23 10:18 +0000",
        client="outlook_html",
        text="Good morning,\n\nWe have NOT paid this invoice because the goods never arrived. The order (our PO 7700412, 20 packs of charged adhesive slides) was never delivered to pathology goods-in, and your courier's tracking shows it \"delivered\" to a building on the site that isn't ours.\n\nPlease either send proof of delivery signed by one of our staff or cancel the invoice. We are not in a position to pay for goods we have not received.\n\nKind regards,\n\nSarah Bennett\nLaboratory Manager, Cellular Pathology\nAshworth General Hospital\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Ashworth General Hospital accepts no liability for any damage caused by viruses transmitted by this e-mail.",
        inv="CLS-204152",
        amount="864.00",
        cur="GBP",
        facts=Facts(note="negated payment with the reason: goods not received"),
    ),
    Mail(
        key="dp-en-tender",
        intent="dispute",
        lang="en",
        sender=("Ciara Byrne", "ciara.byrne@ucwestport.example"),
        when="2026-12-10 15:44 +0000",
        client="gmail",
        text="Hi,\n\nTwo separate things here.\n\nCLS-204310 was paid on 20 November by EFT (our ref UCW-44172), so that one should already be cleared on your side.\n\nCLS-204417 is a different story: it charges €46.00 a box for the 0.2 ml PCR strip tubes, but our tender price with you is €38.20. Please send a credit note for the difference and we'll pay the corrected balance straight away.\n\nThanks,\nCiara\n\nCiara Byrne\nResearch Finance Officer\nUniversity College Westport",
        inv="CLS-204417",
        amount="1146.00",
        facts=Facts(
            refs=["CLS-204310", "CLS-204417"],
            note="one invoice reported paid, the one reminded about disputed on price: dispute wins for the disputed part",
        ),
    ),
    Mail(
        key="dp-en-notech",
        intent="dispute",
        lang="en",
        sender=("Tom Reyes", "treyes@greatlakesfoodlab.example"),
        when="2026-12-11 17:02 -0500",
        client="gmail_text",
        loc="us",
        text="Seriously?\n\nYour field tech never showed up to calibrate our balances and pipettes. We rescheduled twice, blocked off the lab both times, and nobody came and nobody called. We are not paying $1,380 for a calibration visit that did not happen.\n\nGet the visit done (or cancel the invoice) before you send us another reminder.\n\nTom Reyes\nQA Manager\nGreat Lakes Food Testing Laboratory",
        inv="CLS-204545",
        amount="1380.00",
        cur="USD",
        facts=Facts(note="service not performed; irritated; the amount named is the one refused"),
    ),
    Mail(
        key="dp-de-bruch",
        intent="dispute",
        lang="de",
        sender=("Michael Hartmann", "m.hartmann@lebensmittellabor-nord.example"),
        when="2026-12-01 09:30 +0100",
        client="outlook_text",
        text="Guten Morgen,\n\ndie Rechnung ist uns bekannt, wir haben sie aber bewusst zurückgestellt: Von der Lieferung vom 13.11. kamen 3 der 12 Kartons Petrischalen zerbrochen bei uns an. Fotos und Lieferschein haben wir am 16.11. an Ihren Kundenservice geschickt, die Reklamation läuft dort unter RK-55120.\n\nBitte schicken Sie uns eine Gutschrift für die beschädigten Kartons oder eine korrigierte Rechnung. Den Rest zahlen wir dann sofort.\n\nMit freundlichen Grüßen\n\nMichael Hartmann\nLaborleiter\nLebensmittellabor Nord GmbH",
        inv="CLS-204402",
        amount="1124.40",
        charset="windows-1252",
        facts=Facts(note="damaged goods; payment of the rest is conditional on a credit note"),
    ),
    Mail(
        key="dp-de-fremdbestellung",
        intent="dispute",
        lang="de",
        sender=("Prof. Dr. Anja Seidel", "anja.seidel@zellbiologie.uni-rheinau.example"),
        when="2026-12-14 11:48 +0100",
        client="apple",
        text="Guten Tag,\n\ndie auf der Rechnung angegebene Bestellnummer 4500118822 gehört nicht zu unserem Lehrstuhl, und wir haben bei Ihnen auch keine Zentrifugenrotoren bestellt. Ich vermute eine Verwechslung mit einer anderen Arbeitsgruppe.\n\nBitte klären Sie das und stornieren Sie die Rechnung uns gegenüber.\n\nViele Grüße\nAnja Seidel",
        inv="CLS-204598",
        amount="2210.00",
        facts=Facts(
            note="'not our order': contests the invoice itself, so dispute, not wrong_contact"
        ),
    ),
    Mail(
        key="dp-fr-quantite",
        intent="dispute",
        lang="fr",
        sender=("Céline Marchand", "c.marchand@biopole-angers.example"),
        when="2026-11-25 14:12 +0100",
        client="outlook_html",
        text="Bonjour,\n\nNous ne pouvons pas régler cette facture en l'état : elle porte sur 20 flacons de milieu de culture alors que seuls 12 nous ont été livrés (bon de livraison BL-88412 ; les 8 autres étaient annoncés en reliquat et ne sont jamais arrivés).\n\nMerci de nous adresser une facture rectificative correspondant aux 12 flacons reçus.\n\nCordialement,\n\nCéline Marchand\nResponsable plateforme - Biopôle Angers",
        inv="CLS-204217",
        amount="1480.00",
        charset="iso-8859-1",
        facts=Facts(note="billed quantity above the delivered quantity"),
    ),
    Mail(
        key="dp-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Hugo Lefèvre", "h.lefevre@labo-agroalim-rennes.example"),
        when="2026-12-15 10:05 +0100",
        client="thunderbird",
        text="Bonjour,\n\nCette facture n'a plus lieu d'être : elle a été annulée par l'avoir AV-2026-0311 que vous nous avez envoyé le 12 novembre, à la suite du retour des cônes défectueux. J'ai l'avoir sous les yeux.\n\nMerci de mettre à jour notre compte client et de ne plus nous relancer pour cette facture.\n\nCordialement,\nHugo Lefèvre\nGestionnaire administratif et financier",
        inv="CLS-204281",
        amount="395.00",
        facts=Facts(
            note="already credited; 'ne plus nous relancer pour cette facture' is about this invoice, not a request to stop e-mail"
        ),
    ),
    Mail(
        key="dp-es-precio",
        intent="dispute",
        lang="es",
        sender=("Raquel Gil", "raquelgil.labs@gmail.com"),
        when="2026-12-07 13:40 +0100",
        client="gmail",
        text="hola, el precio q aparece en la factura no es el del presupuesto. nos pasasteis 189€ la caja de puntas con filtro y nos cobrais 214€, x 6 cajas es bastante diferencia. hasta q no nos mandeis la factura corregida no la podemos pagar\n\nraquel",
        inv="CLS-204555",
        amount="1284.00",
        facts=Facts(note="price above the quotation; no accents, text-speak"),
    ),
    Mail(
        key="dp-nl-dubbel",
        intent="dispute",
        lang="nl",
        sender=("Wendy Smit", "w.smit@voedsellab-zeeland.example"),
        when="2026-12-16 09:05 +0100",
        client="inline",
        text="[[1]]\n\n[[2]]\n\nVolgens ons is deze factuur dubbel. Dezelfde levering (pakbon 771023, 15 dozen monsterpotjes) is al gefactureerd op CLS-204233, en die hebben wij op 19 november betaald.\n\n[[3]]\n\nWilt u deze factuur crediteren?\n\nMet vriendelijke groet,\n\nWendy Smit\nFinanciële administratie\nVoedsellab Zeeland B.V.",
        inv="CLS-204604",
        amount="845.50",
        facts=Facts(
            refs=["CLS-204233"],
            note="duplicate billing answered inline; the payment mentioned is of the earlier invoice",
        ),
    ),
    Mail(
        key="dp-nl-certificaten",
        intent="dispute",
        lang="nl",
        sender=("Joost van Dam", "j.vandam@medlab-utrecht-oost.example"),
        when="2026-12-17 14:30 +0100",
        client="owa",
        text="Beste,\n\nDe kalibratie van onze pipetten is op 24 november uitgevoerd, maar wij hebben de kalibratiecertificaten nog steeds niet ontvangen. Zonder certificaten kunnen wij de pipetten volgens onze ISO 15189-procedures niet vrijgeven voor gebruik.\n\nWij houden de factuur daarom aan tot de certificaten binnen zijn. Zodra we ze hebben, wordt de factuur direct betaald.\n\nMet vriendelijke groet,\nJoost van Dam\nKwaliteitsfunctionaris Medisch Laboratorium",
        inv="CLS-204570",
        amount="1920.00",
        facts=Facts(
            note="payment withheld until the missing certificates arrive: dispute, not a promise"
        ),
    ),
    Mail(
        key="dp-it-nonarrivata",
        intent="dispute",
        lang="it",
        sender=("Luca Ferri", "luca.ferri@biogenetica-pisa.example"),
        when="2026-11-24 18:26 +0100",
        client="iphone",
        text="Buonasera, la merce non e mai arrivata, lo abbiamo gia segnalato 2 volte al vostro servizio clienti. Come facciamo a pagare una cosa che non abbiamo ricevuto?? Fateci sapere\n\nLuca",
        inv="CLS-204174",
        amount="739.20",
        facts=Facts(note="goods not received; missing accents"),
    ),
    Mail(
        key="dp-it-reso",
        intent="dispute",
        lang="it",
        sender=("Elena Marino", "elena.marino@ospedale-sangiorgio.example"),
        when="2026-12-18 10:44 +0100",
        client="outlook_html_only",
        text="Buongiorno,\n\nVi ricordiamo che i reagenti della fornitura fatturata (lotto 23K118, consegnato già scaduto) sono stati resi il 20 novembre con DDT di reso n. 118/R, come concordato con il Vostro agente di zona.\n\nSiamo in attesa della relativa nota di credito: fino ad allora la fattura resta sospesa.\n\nCordiali saluti\n\nDott.ssa Elena Marino\nLaboratorio di Patologia Clinica\nOspedale San Giorgio",
        inv="CLS-204366",
        amount="1012.00",
        facts=Facts(note="goods returned, credit note awaited; HTML-only message"),
    ),
]

PAYMENT_PLAN: Final = [
    Mail(
        key="pl-en-bridge",
        intent="payment_plan",
        lang="en",
        sender=("Priya Raman", "priya@helixforge.example"),
        when="2026-11-30 11:25 -0500",
        client="gmail",
        loc="us",
        text="Hi,\n\nThanks for the nudge, and apologies. We're a small team between funding rounds, and cash is tight until our bridge financing closes in January.\n\nWould you be OK with us paying $2,000 now and the remaining $1,480 in mid-January? If that works I can send the first part this week.\n\nBest,\nPriya\n\nPriya Raman\nCo-founder & COO, HelixForge Bio",
        inv="CLS-204302",
        amount="3480.00",
        cur="USD",
        facts=Facts(
            note="part now, rest later, asked as a question; plan amounts and dates are not labelled"
        ),
    ),
    Mail(
        key="pl-en-school",
        intent="payment_plan",
        lang="en",
        sender=("Owen Pryce", "o.pryce@ysgol-brynmor.example"),
        when="2026-12-15 15:58 +0000",
        client="thunderbird",
        text="Hello,\n\nI'm the science technician at Brynmor High. The invoice is for the microscopes we bought for the new lab, and it has come in well over what was left in this year's department budget.\n\nWould it be possible to split it into three monthly payments starting in January, when our new budget allocation comes through? I'd rather be upfront about it than leave it sitting.\n\nMany thanks,\nOwen Pryce\nSenior Science Technician",
        inv="CLS-204480",
        amount="934.60",
        cur="GBP",
    ),
    Mail(
        key="pl-en-extension",
        intent="payment_plan",
        lang="en",
        sender=("Linda Osei", "losei@cascadia-state.example"),
        when="2026-12-02 13:47 -0800",
        client="apple",
        loc="us",
        text="Hello,\n\nI'm writing about the above invoice for the Cheng lab. I want to explain where things stand, because I know it's past due and I don't want you to think it's being ignored.\n\nThe purchase was charged to Dr. Cheng's NSF award, whose current budget period ended on September 30. The continuation funding has been approved by the program officer, but the agency hasn't processed the amendment yet, and until it does, our sponsored projects system won't let us charge anything new to the award. I also asked the department whether it could cover the cost from discretionary funds in the meantime, but the chair would rather wait for the amendment than move costs back and forth, which I understand.\n\nWe expect the amendment in January, but federal timelines being what they are, I can't promise a date. Would you be able to give us until the end of February to settle this invoice? If the funds come through sooner, we'll pay sooner.\n\nThank you for bearing with us,\n\nLinda Osei\nSponsored Projects Administrator\nCollege of Natural Sciences, Cascadia State University",
        inv="CLS-204411",
        amount="5620.00",
        cur="USD",
        facts=Facts(
            note="request for more time buried in a long explanation; 'end of February' is asked for, not promised"
        ),
    ),
    Mail(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Lea Hoffmann", "lea.hoffmann@proteonix.example"),
        when="2026-12-09 10:20 +0100",
        client="gmail",
        rlang="en",
        text="Hallo,\n\nich antworte mal auf Deutsch, ich hoffe, das passt. Wir sind ein junges Start-up und gerade in einer finanziell ziemlich angespannten Phase, weil sich eine Förderzusage verzögert.\n\nWäre es möglich, den offenen Betrag in drei Monatsraten zu begleichen, die erste Rate noch im Dezember? Die Raten würden wir per Dauerauftrag einrichten.\n\nViele Grüße\nLea Hoffmann\nProteonix GmbH",
        inv="CLS-204509",
        amount="4260.00",
        facts=Facts(note="German reply to an English reminder"),
    ),
    Mail(
        key="pl-de-nachlass",
        intent="payment_plan",
        lang="de",
        sender=("Thomas Krüger", "t.krueger@schuelerlabor-havelland.example"),
        when="2026-11-27 12:40 +0100",
        client="outlook_html",
        text="Sehr geehrte Damen und Herren,\n\nwir sind ein gemeinnütziger Verein, der Schülerlabore für die Schulen im Landkreis betreibt. Die Rechnung übersteigt leider deutlich das, was uns nach dem Wegfall einer Landesförderung in diesem Jahr noch zur Verfügung steht.\n\nKönnten Sie uns beim Betrag etwas entgegenkommen? Wir könnten 1.000 € sofort überweisen, wenn Sie uns den Rest erlassen. Alternativ wären wir für eine Zahlung in zwei Teilen dankbar.\n\nMit freundlichen Grüßen\nThomas Krüger\nVorstand, Schülerlabor Havelland e.V.",
        inv="CLS-204230",
        amount="1350.00",
        facts=Facts(note="hardship: asks for a reduced amount or two parts; nothing is contested"),
    ),
    Mail(
        key="pl-fr-echeancier",
        intent="payment_plan",
        lang="fr",
        sender=("Julien Perrin", "j.perrin@cytolys.example"),
        when="2026-12-04 09:50 +0100",
        client="outlook_html",
        text="Bonjour,\n\nNous avons bien reçu votre relance. Notre trésorerie est un peu tendue en cette fin d'année, dans l'attente du versement d'une subvention régionale.\n\nSerait-il possible d'étaler le règlement sur trois mois (décembre, janvier, février), à raison de 920 € par mois ? Nous pouvons vous faire parvenir un échéancier signé si besoin.\n\nBien cordialement,\n\nJulien Perrin\nDirecteur administratif et financier\nCytolys SAS",
        inv="CLS-204498",
        amount="2760.00",
    ),
    Mail(
        key="pl-fr-college",
        intent="payment_plan",
        lang="fr",
        sender=("Sophie Garnier", "gestion@college-les-tilleuls.example"),
        when="2026-12-16 16:05 +0100",
        client="gmail",
        text="Bonjour,\n\nJe suis la gestionnaire du collège Les Tilleuls. Notre budget de fonctionnement 2026 est épuisé et la dotation 2027 ne nous sera versée par le Département qu'en février.\n\nNous ne sommes pas en mesure de régler la totalité avant cette date. Pourrions-nous vous verser 150 € par mois à partir de janvier, puis le solde à réception de la dotation ?\n\nJe vous remercie de votre compréhension.\n\nSophie Garnier\nGestionnaire – Collège Les Tilleuls",
        inv="CLS-204583",
        amount="1180.00",
        facts=Facts(note="school's hardship; monthly amounts then the balance"),
    ),
    Mail(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Jordi Puig", "jpuig@neurocat-bio.example"),
        when="2026-11-26 12:35 +0100",
        client="outlook_text",
        text="Hola,\n\nEstamos esperando el cobro de un proyecto europeo y ahora mismo no podemos asumir el pago completo de la factura.\n\n¿Os parecería bien que la pagáramos en dos plazos, la mitad ahora y la otra mitad a finales de enero?\n\nGracias de antemano,\n\nJordi Puig\nResponsable de Administración\nNeuroCat Biotech S.L.",
        inv="CLS-204242",
        amount="3120.00",
    ),
    Mail(
        key="pl-es-prorroga",
        intent="payment_plan",
        lang="es",
        sender=("Carmen Delgado", "secretaria@ies-lasdunas.example"),
        when="2026-12-17 11:15 +0000",
        client="thunderbird",
        text="Buenos días:\n\nLe escribo desde la secretaría del IES Las Dunas. La factura corresponde al material de laboratorio de Biología, pero la partida de este trimestre ya está agotada y no recibimos los fondos de la Consejería hasta enero.\n\n¿Nos podrían dar de plazo hasta el 15 de enero? En cuanto entren los fondos, la pagamos.\n\nMuchas gracias y un saludo,\n\nCarmen Delgado\nSecretaria - IES Las Dunas (Las Palmas)",
        inv="CLS-204592",
        amount="645.00",
        charset="iso-8859-1",
        facts=Facts(
            note="asks for more time until 15 Jan: a request, not a commitment, so no promised_date; Canary Islands time"
        ),
    ),
    Mail(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        sender=("Daan Mulder", "daan@organoid-factory.example"),
        when="2026-12-08 13:33 +0100",
        client="outlook_html",
        text="Beste mensen van Cobalt,\n\nEerlijk is eerlijk: we lopen als startup op dit moment tegen een krappe kaspositie aan, omdat een investeringsronde later sluit dan gepland.\n\nZouden we een betalingsregeling kunnen treffen, bijvoorbeeld in vier maandelijkse termijnen van € 1.220? Dan kunnen we de eerste termijn nog deze maand voldoen.\n\nMet vriendelijke groet,\nDaan Mulder\nOperations Manager, Organoid Factory B.V.",
        inv="CLS-204541",
        amount="4880.00",
    ),
    Mail(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Silvia Greco", "amministrazione@centroanalisi-felsina.example"),
        when="2026-12-01 11:45 +0100",
        client="outlook_text",
        text="Buongiorno,\n\ncon riferimento al Vostro sollecito, Vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili di pari importo, a partire da gennaio 2027, a causa di un momentaneo ritardo negli incassi da parte del Servizio Sanitario Regionale.\n\nRestiamo in attesa di un Vostro riscontro.\n\nDistinti saluti\nSilvia Greco\nAmministrazione - Centro Analisi Felsina S.r.l.",
        inv="CLS-204308",
        amount="2400.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        key="pl-it-acconto",
        intent="payment_plan",
        lang="it",
        sender=("Davide Conti", "davide.conti@startbio-napoli.example"),
        when="2026-12-11 17:30 +0100",
        client="gmail",
        text="Buonasera,\n\nvi scrivo con un po' di imbarazzo: è un periodo difficile e non riusciamo a saldare tutto subito. Abbiamo appena fatto un bonifico di 500 € come acconto; il resto pensavamo di versarlo a gennaio, anche in due volte se per voi va bene.\n\nGrazie per la pazienza,\nDavide Conti\nStartBio Napoli",
        inv="CLS-204566",
        amount="1900.00",
        facts=Facts(note="part paid now and the rest later: payment_plan, not payment_sent"),
    ),
]

INVOICE_REQUEST: Final = [
    Mail(
        key="ir-en-w9",
        intent="invoice_request",
        lang="en",
        sender=("Angela Brooks", "angela.brooks@chesapeake-university.example"),
        when="2026-11-23 14:20 -0500",
        client="outlook_html",
        loc="us",
        text="Hello,\n\nWe can't release payment on this invoice yet. Our vendor file for Cobalt Lab Supplies has no current IRS Form W-9, and the remit-to name on your invoices doesn't match the name we have on record.\n\nPlease send a signed W-9 (dated within the last 12 months) to this address. Once Vendor Maintenance has updated the record, the invoice will go out on the next ACH run.\n\nRegards,\nAngela Brooks\nAccounts Payable – Vendor Maintenance\nChesapeake University",
        inv="CLS-204140",
        amount="2235.00",
        cur="USD",
        facts=Facts(
            note="tax form needed before payment; the 'next ACH run' depends on it and has no date"
        ),
    ),
    Mail(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        sender=("Gareth Lloyd", "gareth.lloyd@pennant-biotech.example"),
        when="2026-12-04 09:55 +0000",
        client="inline",
        text="[[1]]\n\nWe've no record of this invoice at all – it never made it to our accounts inbox.\n\n[[2]]\n\nCould you resend it, ideally with the delivery note, and I'll get it processed?\n\nCheers,\nGareth",
        inv="CLS-204465",
        amount="518.40",
        cur="GBP",
        facts=Facts(note="never received, please resend; answered inline below the quoted lines"),
    ),
    Mail(
        key="ir-en-bankform",
        intent="invoice_request",
        lang="en",
        sender=("Deborah Clarke", "deborah.clarke@northgate-hospitals.example"),
        when="2026-12-07 11:05 +0000",
        client="outlook_html",
        attach="Supplier_Bank_Details_Verification_Form.pdf",
        text="Dear Supplier,\n\nThank you for your reminder. Following a rise in payment-diversion fraud, our Trust can only pay suppliers whose bank details have been verified.\n\nBefore we can release payment of this invoice, please complete the attached bank details verification form, have it signed by a director and return it on company letterhead. We will also call your office on a number we already hold to confirm the details.\n\nKind regards,\n\nDeborah Clarke\nSupplier Finance Team\nNorthgate Hospitals NHS Trust\n\nThis email and any files transmitted with it are confidential. If you are not the intended recipient, any reading, printing, storage, disclosure, copying or any other action taken in respect of this email is prohibited and may be unlawful.",
        inv="CLS-204529",
        amount="1672.90",
        cur="GBP",
        facts=Facts(note="bank details must be verified before payment; form attached"),
    ),
    Mail(
        key="ir-de-nochmal",
        intent="invoice_request",
        lang="de",
        sender=("Petra Schulz", "buchhaltung@wasserverband-elbaue.example"),
        when="2026-12-10 10:30 +0100",
        client="outlook_text",
        text="Guten Tag,\n\neine Rechnung mit dieser Nummer liegt uns nicht vor. Bitte senden Sie sie uns noch einmal zu, am besten zusammen mit dem Lieferschein, damit wir sie der Bestellung zuordnen können.\n\nMit freundlichen Grüßen\nPetra Schulz\nBuchhaltung\nWasserverband Elbaue",
        inv="CLS-204550",
        amount="692.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        key="ir-de-bestellnummer",
        intent="invoice_request",
        lang="de",
        sender=("Sebastian Wolf", "sebastian.wolf@uniklinik-auental.example"),
        when="2026-11-30 15:15 +0100",
        client="owa",
        text="Sehr geehrte Damen und Herren,\n\nIhre Rechnung CLS-204270 können wir nicht buchen, da weder unsere Bestellnummer noch die Kostenstelle angegeben ist. Bitte stellen Sie die Rechnung mit der Bestellnummer 4100098765 und der Kostenstelle 8120 (Institut für Pathologie) neu aus und senden Sie sie uns zu.\n\nNach Eingang der korrigierten Rechnung erfolgt die Zahlung im nächsten Zahllauf.\n\nMit freundlichen Grüßen\nSebastian Wolf\nKreditorenbuchhaltung\nUniversitätsklinikum Auental",
        inv="CLS-204270",
        amount="3145.50",
        facts=Facts(
            refs=["CLS-204270"],
            note="reissue with PO number and cost centre; the amount is not contested",
        ),
    ),
    Mail(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Manon Dubois", "manon@vitaldiag.example"),
        when="2026-12-02 10:12 +0100",
        client="gmail",
        text="Bonjour,\n\nPour pouvoir effectuer le virement, notre banque nous demande votre RIB au format PDF (avec le cachet de la société si possible). Pourriez-vous nous l'envoyer ? Nous paierons dès réception.\n\nMerci d'avance,\nManon Dubois\nOffice manager – VitalDiag",
        inv="CLS-204444",
        amount="860.00",
        facts=Facts(note="bank details needed first; 'dès réception' has no date"),
    ),
    Mail(
        key="ir-fr-chorus",
        intent="invoice_request",
        lang="fr",
        sender=("Olivier Lambert", "olivier.lambert@univ-meridienne.example"),
        when="2026-12-15 14:02 +0100",
        client="outlook_html",
        text="Bonjour,\n\nEn tant qu'établissement public, l'université ne peut traiter que les factures déposées sur Chorus Pro. Votre facture nous a été envoyée par courriel et ne peut donc pas être mise en paiement.\n\nMerci de la déposer sur Chorus Pro avec les références suivantes :\n- SIRET : 130 021 987 00018\n- Code service : LABO-CHIMIE\n- N° d'engagement juridique : 2300145876\n\nElle sera traitée dès sa réception sur la plateforme.\n\nCordialement,\n\nOlivier Lambert\nService facturier – Agence comptable\nUniversité Méridienne",
        inv="CLS-204575",
        amount="1295.00",
        facts=Facts(note="public body: the invoice must be filed on its e-invoicing portal first"),
    ),
    Mail(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        sender=("Iván Moreno", "ivan.moreno@cryobank-sevilla.example"),
        when="2026-11-27 13:03 +0100",
        client="samsung",
        rlang="en",
        text="Hola, no nos consta esta factura. ¿Nos la podéis reenviar a este correo? Gracias\n\nIván",
        inv="CLS-204258",
        amount="980.00",
        facts=Facts(note="Spanish reply to an English reminder"),
    ),
    Mail(
        key="ir-es-face",
        intent="invoice_request",
        lang="es",
        sender=("Rosa Martín", "rmartin@hu-riberamar.example"),
        when="2026-12-14 09:40 +0100",
        client="outlook_text",
        text="Buenos días:\n\nLe recordamos que, como proveedor de la Administración, las facturas a este hospital deben presentarse a través de FACe (Punto General de Entrada de Facturas Electrónicas). No podemos tramitar facturas recibidas por correo electrónico.\n\nCódigos DIR3:\nOficina contable: A01004466\nÓrgano gestor: A01004466\nUnidad tramitadora: GE0012345\n\nUna vez registrada en FACe, se tramitará el pago en el plazo legal.\n\nAtentamente,\nRosa Martín\nUnidad de Facturación\nHospital Universitario Riberamar\n\nCONFIDENCIALIDAD: Este correo electrónico y, en su caso, cualquier fichero anexo contienen información confidencial. Si usted no es el destinatario, le informamos de que su uso, copia o distribución están prohibidos.",
        inv="CLS-204586",
        amount="2458.00",
        charset="windows-1252",
        facts=Facts(
            note="public hospital: the invoice must be filed electronically before it can be paid"
        ),
    ),
    Mail(
        key="ir-nl-overzicht",
        intent="invoice_request",
        lang="nl",
        sender=("Ingrid Bakker", "i.bakker@lyceum-vechtstreek.example"),
        when="2026-11-26 15:40 +0100",
        client="gmail",
        text="Beste,\n\nIk verlies een beetje het overzicht over wat er bij jullie nog openstaat en wat al betaald is. Kunnen jullie mij een rekeningoverzicht sturen met alle openstaande facturen van onze school? Dan loop ik het na en maken we het in één keer in orde.\n\nGroetjes,\nIngrid Bakker\nAdministratie Lyceum Vechtstreek",
        inv="CLS-204205",
        amount="347.25",
        facts=Facts(
            note="statement of account; 'in één keer in orde maken' has no date and depends on the statement"
        ),
    ),
    Mail(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        sender=("Marco de Groot", "crediteuren@waterschap-dommelvallei.example"),
        when="2026-12-11 10:10 +0100",
        client="outlook_html",
        text="Geachte leverancier,\n\nUw factuur CLS-204560 is door ons systeem afgekeurd omdat het inkoopordernummer ontbreekt. Facturen zonder geldig inkoopordernummer (beginnend met 4500) kunnen wij niet verwerken.\n\nWilt u de factuur opnieuw indienen met inkoopordernummer 4500231187? Na ontvangst wordt de factuur binnen onze normale betaaltermijn voldaan.\n\nMet vriendelijke groet,\n\nMarco de Groot\nTeam Crediteuren\nWaterschap Dommelvallei",
        inv="CLS-204560",
        amount="1566.00",
        facts=Facts(
            refs=["CLS-204560"], note="reissue with a PO number; the amount is not contested"
        ),
    ),
    Mail(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Paola Ricci", "ragioneria@univ-valtellina.example"),
        when="2026-12-03 12:25 +0100",
        client="outlook_text",
        text="Gentile fornitore,\n\nla fattura in oggetto non risulta pervenuta tramite il Sistema di Interscambio. Come previsto per le pubbliche amministrazioni, la fattura va emessa in formato elettronico e trasmessa via SdI con le seguenti indicazioni:\n\n- Codice Univoco Ufficio: UF7Q2K\n- CIG: Z4A3B1C2D9\n- regime di scissione dei pagamenti (split payment)\n\nNon appena ricevuta la fattura elettronica corretta, procederemo con il pagamento.\n\nCordiali saluti\nPaola Ricci\nUfficio Ragioneria - Università della Valtellina",
        inv="CLS-204424",
        amount="1830.00",
        charset="windows-1252",
        facts=Facts(
            note="Italian public body: electronic invoice through SdI needed before payment"
        ),
    ),
]

WRONG_CONTACT: Final = [
    Mail(
        key="wc-en-leftlab",
        intent="wrong_contact",
        lang="en",
        sender=("Jide Okafor", "jokafor@heartland-univ.example"),
        when="2026-12-01 08:40 -0600",
        client="gmail",
        loc="us",
        text="Hi,\n\nI left the Morrison lab in September and moved to a different department, so I'm no longer the right person for this. The lab manager who handles their orders and invoices is now Dana Whitfield – Dana.Whitfield@heartland-univ.example.\n\nBest,\nJide",
        inv="CLS-204318",
        amount="875.00",
        cur="USD",
        facts=Facts(
            new_contact="dana.whitfield@heartland-univ.example",
            note="address written in mixed case; labelled in lower case",
        ),
    ),
    Mail(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Lab Purchasing", "labpurchasing@riverside-rmc.example"),
        when="2026-12-08 02:14 -0500",
        client="notice",
        loc="us",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="This mailbox is no longer monitored.\n\nLaboratory purchasing has moved to the Supply Chain shared service center. For invoices, statements and payment status, please email ap.invoices@riverside-rmc.example or call (555) 010-4480, option 2.\n\nMessages sent to this address are not forwarded and will be deleted.\n\nRiverside Regional Medical Center",
        inv="CLS-204515",
        amount="1904.00",
        cur="USD",
        facts=Facts(
            new_contact="ap.invoices@riverside-rmc.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact",
        ),
    ),
    Mail(
        key="wc-en-lookalike",
        intent="wrong_contact",
        lang="en",
        sender=("Brightwell Biologics Accounts", "accounts@brightwell-bio.example"),
        when="2026-12-15 07:52 +0000",
        client="outlook_html_only",
        text="Dear Valued Supplier,\n\nPlease be advised that, due to an ongoing internal audit, our accounts payable function has been moved to a new team. With immediate effect all invoices, statements and payment correspondence should be directed ONLY to our new finance mailbox: brightwellbio.finance@gmail.com\n\nKindly update your records accordingly and do not send further correspondence to the old address as it will no longer be checked. Please also send a copy of all open invoices and your latest statement of account to the new mailbox at your earliest convenience.\n\nBest Regards,\nAccounts Department\nBrightwell Biologics Ltd",
        inv="CLS-204588",
        amount="2890.00",
        cur="GBP",
        facts=Facts(
            new_contact="brightwellbio.finance@gmail.com",
            note="phishing-like request from a look-alike domain to redirect mail to a free-mail box; labelled by what it asks, checking it is a human step",
        ),
    ),
    Mail(
        key="wc-de-einkauf",
        intent="wrong_contact",
        lang="de",
        sender=("Dr. Felix Braun", "felix.braun@virologie.klinikum-sonnenberg.example"),
        when="2026-11-24 13:05 +0100",
        client="outlook_text",
        text="Guten Tag,\n\nich bin Laborleiter und habe die Ware bestellt, mit Rechnungen und Zahlungen habe ich aber nichts zu tun. Die Rechnungsbearbeitung läuft bei uns zentral über den Einkauf: einkauf-rechnungen@klinikum-sonnenberg.example. Bitte wenden Sie sich direkt dorthin.\n\nFreundliche Grüße\nFelix Braun",
        inv="CLS-204190",
        amount="458.00",
        facts=Facts(new_contact="einkauf-rechnungen@klinikum-sonnenberg.example"),
    ),
    Mail(
        key="wc-fr-retraite",
        intent="wrong_contact",
        lang="fr",
        sender=("Bernard Mercier", "bernard.mercier@lycee-pasteur-vichy.example"),
        when="2026-12-02 18:44 +0100",
        client="gmail",
        text="Bonjour,\n\nJ'ai pris ma retraite fin octobre et je ne m'occupe plus des commandes du laboratoire de SVT. Merci de vous adresser désormais à ma collègue, Mme Ortiz, gestionnaire du lycée : intendance@lycee-pasteur-vichy.example\n\nBonne continuation,\nBernard Mercier",
        inv="CLS-204436",
        amount="276.40",
        facts=Facts(new_contact="intendance@lycee-pasteur-vichy.example"),
    ),
    Mail(
        key="wc-fr-nonconsultee",
        intent="wrong_contact",
        lang="fr",
        sender=("Secrétariat Biochimie", "secretariat.biochimie@univ-armor.example"),
        when="2026-12-09 08:03 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        text="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er novembre 2026.\n\nPour toute question relative aux factures et aux paiements du laboratoire, merci d'écrire désormais à : gestion-biochimie@univ-armor.example\n\nVotre message n'a pas été transmis.\n\nLe secrétariat",
        inv="CLS-204539",
        amount="1188.00",
        facts=Facts(
            new_contact="gestion-biochimie@univ-armor.example",
            note="automatic notice that the address is no longer read, naming the new one",
        ),
    ),
    Mail(
        key="wc-es-administracion",
        intent="wrong_contact",
        lang="es",
        sender=("Marta Serrano", "marta.serrano@lab-microbiologia.univ-levante.example"),
        when="2026-11-30 12:20 +0100",
        client="iphone",
        text="Hola, esta cuenta es del laboratorio, yo no llevo pagos. Las facturas las gestiona la Administración del departamento: admin.microbiologia@univ-levante.example. Escribidles a ellos directamente.\n\nUn saludo,\nMarta",
        inv="CLS-204290",
        amount="512.00",
        facts=Facts(new_contact="admin.microbiologia@univ-levante.example"),
    ),
    Mail(
        key="wc-es-equivocado",
        intent="wrong_contact",
        lang="es",
        sender=("Laboratorio Dental Sonrisa", "labsonrisa.valencia@gmail.com"),
        when="2026-12-04 17:10 +0100",
        client="gmail",
        text="Buenas tardes:\n\nCreo que se han equivocado de destinatario. Somos un laboratorio dental de Valencia y nunca hemos comprado nada a Cobalt Lab Supplies; supongo que nos confunden con otro laboratorio de nombre parecido.\n\nUn saludo",
        inv="CLS-204463",
        amount="389.90",
        facts=Facts(note="wrong recipient altogether; no new address"),
    ),
    Mail(
        key="wc-nl-crediteuren",
        intent="wrong_contact",
        lang="nl",
        sender=("Pieter Vos", "p.vos@nanolab.tu-maasdelta.example"),
        when="2026-12-03 09:27 +0100",
        client="outlook_html",
        rlang="en",
        text="Beste,\n\nIk ben de onderzoeker die de bestelling heeft geplaatst, maar facturen worden bij ons centraal verwerkt door de crediteurenadministratie. Wilt u de herinnering sturen naar crediteuren@tu-maasdelta.example? Zij kunnen ook de betaalstatus voor u nagaan.\n\nMet vriendelijke groet,\nDr. Pieter Vos\nNanolab, TU Maasdelta",
        inv="CLS-204434",
        amount="1764.00",
        facts=Facts(
            new_contact="crediteuren@tu-maasdelta.example",
            note="Dutch reply to an English reminder",
        ),
    ),
    Mail(
        key="wc-nl-opvolger",
        intent="wrong_contact",
        lang="nl",
        sender=("Lotte Hendriks", "l.hendriks@drinkwaterlab-nijmegen.example"),
        when="2026-12-16 07:48 +0100",
        client="outlook_ios",
        text="Goedemorgen,\n\nIk werk sinds 1 december niet meer bij het lab; deze mail kwam nog via mijn oude account binnen. Kunt u voortaan contact opnemen met mijn opvolger, Marloes Jansen (m.jansen@drinkwaterlab-nijmegen.example)?\n\nSucces,\nLotte",
        inv="CLS-204599",
        amount="622.00",
        facts=Facts(new_contact="m.jansen@drinkwaterlab-nijmegen.example"),
    ),
    Mail(
        key="wc-it-economato",
        intent="wrong_contact",
        lang="it",
        sender=("Marco Galli", "marco.galli@istituto-oncologico-ligure.example"),
        when="2026-12-07 16:22 +0100",
        client="outlook_text",
        text="Gentili,\n\nsono il responsabile del laboratorio di biologia molecolare: mi occupo degli ordini ma non dei pagamenti, che sono gestiti dall'Ufficio Economato. Vi prego di inoltrare il sollecito a economato@istituto-oncologico-ligure.example, che potrà darvi indicazioni sullo stato della fattura.\n\nCordiali saluti\nDott. Marco Galli",
        inv="CLS-204521",
        amount="1145.00",
        charset="windows-1252",
        facts=Facts(new_contact="economato@istituto-oncologico-ligure.example"),
    ),
    Mail(
        key="wc-it-pec",
        intent="wrong_contact",
        lang="it",
        sender=("Chiara Fontana", "c.fontana@agenzia-ambiente-marche.example"),
        when="2026-12-17 10:58 +0100",
        client="thunderbird",
        text="Buongiorno,\n\nle fatture e i solleciti non vanno inviati al mio indirizzo personale. L'Agenzia riceve la corrispondenza amministrativa solo tramite PEC all'indirizzo Protocollo.Generale@PEC.Agenzia-Ambiente-Marche.example: vi prego di utilizzare quello.\n\nCordiali saluti\nChiara Fontana\nServizio Laboratorio - Sede di Ancona",
        inv="CLS-204607",
        amount="978.60",
        facts=Facts(
            new_contact="protocollo.generale@pec.agenzia-ambiente-marche.example",
            note="certified-mail (PEC) address written in mixed case; labelled in lower case",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Mail(
        key="us-en-pi",
        intent="unsubscribe",
        lang="en",
        sender=("Rachel Stein", "rstein@front-range-univ.example"),
        when="2026-11-25 21:33 -0700",
        client="gmail_text",
        loc="us",
        text="Stop emailing me about invoices. I'm a PI, not accounts payable, and I've told your sales rep this twice. Take this address off whatever list generates these.\n\nR. Stein",
        inv="CLS-204211",
        amount="1530.00",
        cur="USD",
        facts=Facts(
            note="stop request from the wrong person without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Mail(
        key="us-en-mailonly",
        intent="unsubscribe",
        lang="en",
        sender=("Brenda Fox", "bfox@cedarvalley-water.example"),
        when="2026-12-02 10:10 -0600",
        client="outlook_html",
        loc="us",
        text="Good morning,\n\nPlease remove this email address from your mailing list. Under district policy we do not accept invoices, statements or collection notices by email. All correspondence must be sent by U.S. mail to:\n\nCedar Valley Water District\nAttn: Accounts Payable\nPO Box 4418\nCedar Valley, IA 50099\n\nThank you,\nBrenda Fox\nFinance Clerk",
        inv="CLS-204445",
        amount="409.75",
        cur="USD",
        facts=Facts(note="post only"),
    ),
    Mail(
        key="us-en-counsel",
        intent="unsubscribe",
        lang="en",
        sender=("Gregory Hall", "ghall@meridian-genomics.example"),
        when="2026-12-14 16:45 -0500",
        client="outlook_text",
        loc="us",
        text="To whom it may concern,\n\nMeridian Genomics disputes the charges on this invoice in their entirety, as you have been told previously.\n\nGoing forward, all communication regarding this account must be directed to our outside counsel, Hargrove & Pell LLP (attention: Ms. Naomi Pell). Do not contact Meridian employees about this matter by email or telephone.\n\nGregory Hall\nGeneral Counsel\nMeridian Genomics, Inc.",
        inv="CLS-204412",
        amount="8640.00",
        cur="USD",
        facts=Facts(
            note="'talk to our lawyer' together with a dispute: unsubscribe beats dispute; the counsel has no address"
        ),
    ),
    Mail(
        key="us-de-verteiler",
        intent="unsubscribe",
        lang="de",
        sender=("Ursula Becker", "u.becker@gymnasium-am-weinberg.example"),
        when="2026-12-08 11:35 +0100",
        client="outlook_html",
        text="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie diese Adresse aus Ihrem Verteiler. Rechnungen und Mahnungen schicken Sie bitte ausschließlich per Post an das Schulsekretariat, Am Weinberg 3, 55555 Rebstadt.\n\nMit freundlichen Grüßen\nU. Becker",
        inv="CLS-204532",
        amount="184.00",
        charset="iso-8859-1",
        facts=Facts(note="post only"),
    ),
    Mail(
        key="us-de-laengstbezahlt",
        intent="unsubscribe",
        lang="de",
        sender=("Frank Lehmann", "frank.lehmann@gmx.de"),
        when="2026-12-16 20:05 +0100",
        client="gmail",
        text="Unterlassen Sie bitte weitere Mahnungen per E-Mail!! Die Rechnung ist längst bezahlt, das habe ich Ihrer Kollegin schon am Telefon gesagt. Ich möchte von Ihnen keine Mails mehr bekommen.\n\nF. Lehmann",
        inv="CLS-204540",
        amount="264.60",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Mail(
        key="us-fr-stop",
        intent="unsubscribe",
        lang="fr",
        sender=("Isabelle Fournier", "i.fournier@clinique-des-cedres.example"),
        when="2026-11-27 08:15 +0100",
        client="iphone",
        text="STOP. Merci de retirer mon adresse de vos envois automatiques.",
        inv="CLS-204256",
        amount="640.00",
    ),
    Mail(
        key="us-es-dejen",
        intent="unsubscribe",
        lang="es",
        sender=("Javier Castro", "jcastro@agroanalitica-murcia.example"),
        when="2026-12-01 13:50 +0100",
        client="thunderbird",
        text="Por favor, dejen de enviarme correos a esta dirección. No quiero recibir más comunicaciones de su empresa por este medio.\n\nJavier Castro",
        inv="CLS-204327",
        amount="330.00",
        charset="iso-8859-1",
    ),
    Mail(
        key="us-es-abogado",
        intent="unsubscribe",
        lang="es",
        sender=("Elena Vidal", "evidal@biotec-levante.example"),
        when="2026-12-10 12:05 +0100",
        client="outlook_html",
        text="Muy señores míos:\n\nLes comunico que este asunto ha sido trasladado a nuestros servicios jurídicos. A partir de ahora, cualquier comunicación relativa a esta factura deberá dirigirse exclusivamente a nuestro abogado, D. Ricardo Salas, del despacho Salas & Ibarra Abogados.\n\nLes ruego que se abstengan de seguir enviando recordatorios a esta dirección.\n\nAtentamente,\nElena Vidal\nDirectora Financiera",
        inv="CLS-204562",
        amount="6980.00",
        facts=Facts(note="only through our lawyer, no address: unsubscribe"),
    ),
    Mail(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Kees", "kees.dekker@hotmail.com"),
        when="2026-12-05 10:02 +0100",
        client="gmail_text",
        text="Graag afmelden voor deze mails.",
        inv="CLS-204470",
        amount="98.50",
    ),
    Mail(
        key="us-nl-post",
        intent="unsubscribe",
        lang="nl",
        sender=("Yvonne Peters", "y.peters@roc-ijsselland.example"),
        when="2026-11-30 14:25 +0100",
        client="outlook_text",
        text="Geachte heer/mevrouw,\n\nWij verzoeken u vriendelijk geen betalingsherinneringen meer naar dit e-mailadres te sturen. Correspondentie over facturen ontvangen wij uitsluitend per post op ons postadres: Postbus 1202, 8000 AA Zwolle (t.a.v. Financiële Administratie).\n\nMet vriendelijke groet,\nYvonne Peters",
        inv="CLS-204280",
        amount="742.30",
        facts=Facts(note="post only"),
    ),
    Mail(
        key="us-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Roberto Marchetti", "roberto.marchetti@libero.it"),
        when="2026-11-23 19:40 +0100",
        client="iphone",
        text="Cancellatemi dalla vostra lista, grazie",
        inv="CLS-204131",
        amount="156.00",
    ),
    Mail(
        key="us-it-diffida",
        intent="unsubscribe",
        lang="it",
        sender=("Giorgio Bianchi", "g.bianchi@diagnostica-salento.example"),
        when="2026-12-15 18:20 +0100",
        client="outlook_html",
        text="Spett.le Cobalt Lab Supplies,\n\nVi diffidiamo dall'inviare ulteriori solleciti a questo indirizzo. La questione relativa alla fornitura è stata affidata al nostro legale, Avv. Francesca De Luca, al quale dovrete rivolgervi per qualsiasi comunicazione.\n\nDistinti saluti\nGiorgio Bianchi\nAmministratore Unico\nDiagnostica Salento S.r.l.",
        inv="CLS-204580",
        amount="4320.00",
        charset="windows-1252",
        facts=Facts(note="formal notice to stop, only through the lawyer: unsubscribe"),
    ),
]

AUTO_REPLY: Final = [
    Mail(
        key="ar-en-conference",
        intent="auto_reply",
        lang="en",
        sender=("Jennifer Alvarez", "jalvarez@keystone-biologics.example"),
        when="2026-12-09 04:02 -0500",
        client="notice",
        loc="us",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Thank you for your email. I am out of the office at a conference and will be returning on Monday, December 14. I will have limited access to email while I'm away.\n\nFor urgent purchasing matters, please contact procurement@keystone-biologics.example.\n\nJennifer Alvarez\nLab Operations Manager",
        inv="CLS-204547",
        amount="733.00",
        cur="USD",
        facts=Facts(
            return_date="2026-12-14",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Mail(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("AP Shared Services", "apsupport@meridia-health.example"),
        when="2026-11-27 09:31 -0500",
        client="notice",
        loc="us",
        subject="REQ0048812 – We have received your request",
        headers=(AUTO_REPLIED,),
        text="Hello,\n\nThank you for contacting Accounts Payable Shared Services. Your email has been logged as request REQ0048812.\n\nShort description: Vendor email – payment reminder\nAssignment group: AP – Vendor Inquiries\nState: New\n\nA member of our team will respond within 3 business days. Please keep the request number in the subject line if you write to us again about this matter; replying to this message updates the existing request.\n\nAP Shared Services\nMeridia Health System",
        inv="CLS-204229",
        amount="1205.00",
        cur="USD",
        facts=Facts(note="ticket acknowledgement; 'within 3 business days' is not a return date"),
    ),
    Mail(
        key="ar-en-annualleave",
        intent="auto_reply",
        lang="en",
        sender=("Mark Dawson", "mark.dawson@stmargarets-pathology.example"),
        when="2026-12-18 16:31 +0000",
        client="notice",
        subject="Out of Office: {rsub}",
        text="I am on annual leave from Friday 18 December and will be back in the laboratory on Monday 4 January 2027.\n\nPathology stores queries: please contact the stores team on extension 4471.\nInvoice and payment queries: please contact the Trust's Accounts Payable department directly.\n\nMerry Christmas!\nMark",
        inv="CLS-204609",
        amount="355.00",
        cur="GBP",
        facts=Facts(
            return_date="2027-01-04",
            note="out-of-office without Auto-Submitted or any other automation header",
        ),
    ),
    Mail(
        key="ar-de-abwesend",
        intent="auto_reply",
        lang="de",
        sender=("Sandra Keller", "s.keller@biozentrum-auental.example"),
        when="2026-11-30 08:14 +0100",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 04.12.2026 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an das Laborsekretariat: labor-sekretariat@biozentrum-auental.example\n\nMit freundlichen Grüßen\nSandra Keller",
        inv="CLS-204286",
        amount="815.00",
        facts=Facts(
            return_date="2026-12-04",
            note="'bis einschließlich X' with no day back stated: X itself, as for 'until X'",
        ),
    ),
    Mail(
        key="ar-de-ticket",
        intent="auto_reply",
        lang="de",
        sender=("Service Desk Finanzen", "servicedesk-finanzen@stadtwerke-weidenau.example"),
        when="2026-12-14 07:05 +0100",
        client="notice",
        subject="[Ticket#2026121410000187] Eingangsbestätigung: {rsub}",
        headers=(
            ("Precedence", "bulk"),
            ("X-Loop", "servicedesk-finanzen@stadtwerke-weidenau.example"),
        ),
        text="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wurde unter der Ticketnummer 2026121410000187 erfasst.\n\nWir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Bitte lassen Sie die Ticketnummer im Betreff stehen, wenn Sie uns zu diesem Vorgang erneut schreiben.\n\nIhr Service Desk Finanzen\nStadtwerke Weidenau – Wasserversorgung\n\nDiese Nachricht wurde automatisch erstellt.",
        inv="CLS-204574",
        amount="2290.00",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted (Precedence: bulk only)"),
    ),
    Mail(
        key="ar-fr-retour14",
        intent="auto_reply",
        lang="fr",
        sender=("Émilie Rousseau", "emilie.rousseau@institut-vaccins-lyon.example"),
        when="2026-12-07 07:45 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        text="Bonjour,\n\nJe suis absente du 7 au 11 décembre inclus et serai de retour le lundi 14 décembre. Je traiterai votre message à mon retour.\n\nPour toute urgence concernant les commandes, vous pouvez joindre le secrétariat au 04 72 00 18 35.\n\nCordialement,\nÉmilie Rousseau",
        inv="CLS-204524",
        amount="1417.00",
        facts=Facts(return_date="2026-12-14"),
    ),
    Mail(
        key="ar-fr-maternite",
        intent="auto_reply",
        lang="fr",
        sender=("Claire Bonnet", "claire.bonnet@labo-biomed-nantes.example"),
        when="2026-12-03 10:11 +0100",
        client="notice",
        subject="Absente : {rsub}",
        headers=(AUTO_REPLIED,),
        cte="b64",
        text="Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 15 février 2027. Pendant mon absence, les questions relatives à la facturation sont traitées par le service comptabilité du laboratoire.\n\nMerci de votre compréhension.\nClaire Bonnet",
        inv="CLS-204447",
        amount="590.00",
        facts=Facts(return_date="2027-02-15", note="'jusqu'au X' → X itself"),
    ),
    Mail(
        key="ar-es-festivo",
        intent="auto_reply",
        lang="es",
        sender=("Pablo Herrero", "pherrero@centro-genomico-aragon.example"),
        when="2026-12-04 14:30 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Hola:\n\nEstaré fuera de la oficina hasta el martes 8 de diciembre (festivo). Me reincorporo el miércoles 9 y responderé a su mensaje lo antes posible.\n\nUn saludo,\nPablo Herrero\nCentro Genómico de Aragón",
        inv="CLS-204513",
        amount="960.00",
        facts=Facts(return_date="2026-12-09", note="the stated day back wins over 'hasta'"),
    ),
    Mail(
        key="ar-nl-tm",
        intent="auto_reply",
        lang="nl",
        sender=("Femke Visser", "f.visser@hogeschool-deltaland.example"),
        when="2026-11-23 09:02 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nFemke Visser\nLaboratoriumcoördinator",
        inv="CLS-204122",
        amount="271.00",
        facts=Facts(
            return_date="2026-11-30", note="'vanaf maandag 30 november' wins over 't/m vrijdag 27'"
        ),
    ),
    Mail(
        key="ar-nl-ziek",
        intent="auto_reply",
        lang="nl",
        sender=("Ruud Mertens", "r.mertens@zuiveringslab-brabant.example"),
        when="2026-12-10 13:13 +0100",
        client="notice",
        subject="Afwezig: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        cte="b64",
        text="Goedendag,\n\nVanwege ziekte ben ik voorlopig afwezig. Uw bericht wordt niet automatisch doorgestuurd; voor dringende zaken kunt u bellen met het algemene nummer van het laboratorium.\n\nMet vriendelijke groet,\nRuud Mertens",
        inv="CLS-204548",
        amount="488.00",
        facts=Facts(note="sick leave without a return date; X-Autoreply but no Auto-Submitted"),
    ),
    Mail(
        key="ar-it-chiusura",
        intent="auto_reply",
        lang="it",
        sender=("Laboratorio Analisi Acque Trentine", "info@lab-acque-trentine.example"),
        when="2026-12-18 12:00 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Gentile cliente,\n\nil laboratorio resterà chiuso per le festività dal 21 dicembre 2026 all'8 gennaio 2027 compreso. Le attività riprenderanno regolarmente lunedì 11 gennaio 2027; le e-mail ricevute durante la chiusura saranno lette da quella data.\n\nAuguriamo a tutti buone feste.\nLaboratorio Analisi Acque Trentine",
        inv="CLS-204612",
        amount="642.50",
        facts=Facts(
            return_date="2027-01-11",
            note="holiday closure; the reopening day wins over the end of the closure",
        ),
    ),
    Mail(
        key="ar-it-ticket",
        intent="auto_reply",
        lang="it",
        sender=("Helpdesk Fornitori", "helpdesk.fornitori@policlinico-adriatico.example"),
        when="2026-11-26 10:45 +0100",
        client="notice",
        subject="[Ticket #F-2026-07731] Presa in carico: {rsub}",
        headers=(AUTO_REPLIED,),
        text="Gentile fornitore,\n\nla Sua richiesta è stata registrata con il numero F-2026-07731 e assegnata all'ufficio competente. Riceverà una risposta entro 5 giorni lavorativi.\n\nPer eventuali integrazioni risponda a questa e-mail senza modificare l'oggetto.\n\nHelpdesk Fornitori\nPoliclinico Adriatico",
        inv="CLS-204215",
        amount="1733.40",
        facts=Facts(note="ticket acknowledgement"),
    ),
]

OTHER: Final = [
    Mail(
        key="ot-en-alreadypaid",
        intent="other",
        lang="en",
        sender=("Nick Harding", "nick@tynesidefoodlab.example"),
        when="2026-12-09 12:40 +0000",
        client="iphone",
        text="Didn't we pay this already? I'm sure I signed it off last month.",
        inv="CLS-204526",
        amount="287.50",
        cur="GBP",
        facts=Facts(note="a question, not a payment claim; 'signed it off' is an approval"),
    ),
    Mail(
        key="ot-en-quote",
        intent="other",
        lang="en",
        sender=("Kim Nguyen", "knguyen@appalachianfoodsafety.example"),
        when="2026-12-02 14:12 -0500",
        client="gmail",
        loc="us",
        text="Hi,\n\nQuick unrelated question while I have you – can you send me a quote for next year's calibration contract? We have 14 single-channel pipettes, 3 multichannels and two analytical balances. Ideally one visit in February and one in August.\n\nThanks!\nKim",
        inv="CLS-204453",
        amount="690.00",
        cur="USD",
        facts=Facts(note="quote request in the reminder thread; nothing about the invoice"),
    ),
    Mail(
        key="ot-en-merger",
        intent="other",
        lang="en",
        sender=("Aisling Murphy", "aisling.murphy@stbrendans-lab.example"),
        when="2026-12-15 11:20 +0000",
        client="outlook_html",
        text="Hello,\n\nJust to let you know that from 1 January 2027 St Brendan's Laboratory Services becomes part of the Western Health Partnership. Our VAT number, company name and bank details will change, and new supplier set-up forms will follow from the Partnership's procurement team in the coming weeks.\n\nRegards,\nAisling Murphy\nLaboratory Services Manager",
        inv="CLS-204579",
        amount="1440.00",
        facts=Facts(note="merger notice: no new contact, no commitment, nothing requested"),
    ),
    Mail(
        key="ot-de-intern",
        intent="other",
        lang="de",
        sender=("Stefan Richter", "stefan.richter@labor-richter.example"),
        when="2026-11-26 16:48 +0100",
        client="gmail",
        text="Hallo,\n\ndanke für den Hinweis. Ich kläre das intern mit unserer Buchhaltung und melde mich dann wieder bei Ihnen.\n\nGruß\nStefan Richter",
        inv="CLS-204245",
        amount="538.00",
        facts=Facts(note="acknowledgement without any commitment"),
    ),
    Mail(
        key="ot-de-umzug",
        intent="other",
        lang="de",
        sender=("Melanie Schäfer", "m.schaefer@institut-pflanzengenetik.example"),
        when="2026-12-11 13:55 +0100",
        client="outlook_text",
        text="Sehr geehrte Damen und Herren,\n\nzur Info: Unser Institut zieht im Januar in den Neubau auf dem Campus Nord um. Ab dem 11.01.2027 bitte alle Lieferungen an folgende Adresse:\n\nInstitut für Pflanzengenetik\nWarenannahme, Gebäude N4\nCampusallee 12\n55555 Auental\n\nBis zum 08.01. nehmen wir am alten Standort noch Lieferungen an.\n\nMit freundlichen Grüßen\nMelanie Schäfer\nInstitutsverwaltung",
        inv="CLS-204568",
        amount="1290.40",
        cte="b64",
        facts=Facts(
            note="delivery address change; nothing about the invoice, the e-mail contact stays"
        ),
    ),
    Mail(
        key="ot-fr-etalonnage",
        intent="other",
        lang="fr",
        sender=("Antoine Girard", "a.girard@labo-geosciences-leman.example"),
        when="2026-12-08 09:33 +0100",
        client="thunderbird",
        rlang="en",
        text="Bonjour,\n\nUne question sans rapport avec la facture : le certificat d'étalonnage de notre balance analytique (n° de série B-22871) indique une validité jusqu'au 30 novembre. L'étalonnage de renouvellement est-il déjà planifié de votre côté, ou faut-il que je passe une nouvelle commande ?\n\nMerci,\nAntoine Girard",
        inv="CLS-204535",
        amount="760.00",
        facts=Facts(note="French reply to an English reminder; calibration question"),
    ),
    Mail(
        key="ot-fr-jeregarde",
        intent="other",
        lang="fr",
        sender=("Yasmine Haddad", "y.haddad@biolab-provence.example"),
        when="2026-12-11 12:20 +0100",
        client="iphone",
        text="Bonjour,\n\nReçu, je regarde ça avec notre comptable en début de semaine prochaine.\n\nYasmine",
        inv="CLS-204569",
        amount="1102.00",
        facts=Facts(
            note="'je regarde ça' is no commitment to pay; the relative date is not a promised date"
        ),
    ),
    Mail(
        key="ot-es-proyecto",
        intent="other",
        lang="es",
        sender=("Beatriz Romero", "b.romero@instituto-biomedicina-valencia.example"),
        when="2026-12-02 10:55 +0100",
        client="outlook_ios",
        text="Hola,\n\nSi es la factura de las puntas de pipeta de octubre, esa la paga el proyecto europeo y tengo que preguntar a la gestora del proyecto cómo va el tema. En cuanto sepa algo te digo.\n\nBeatriz",
        inv="CLS-204459",
        amount="845.00",
        facts=Facts(note="conditional, no commitment: someone must follow up"),
    ),
    Mail(
        key="ot-es-llamar",
        intent="other",
        lang="es",
        sender=("Manuel Ortiz", "mortiz@laboratorio-ortiz.example"),
        when="2026-12-16 17:42 +0100",
        client="thunderbird",
        text="Buenas tardes:\n\nPrefiero hablar de esto por teléfono, que por correo nos vamos a liar. ¿Me puede llamar alguien de su departamento mañana por la mañana? Mi móvil es el 600 555 214.\n\nGracias,\nManuel Ortiz",
        inv="CLS-204593",
        amount="1520.00",
        charset="iso-8859-1",
        facts=Facts(note="asks for a call back"),
    ),
    Mail(
        key="ot-nl-levering",
        intent="other",
        lang="nl",
        sender=("Noor El Amrani", "noor@celltherapeutics-ams.example"),
        when="2026-12-07 15:25 +0100",
        client="gmail",
        text="Hoi,\n\nLos hiervan: kunnen jullie onze bestelling van vorige week (de 50 ml centrifugebuizen, order 88213) nog voor de kerst leveren? We hebben ze nodig voor een experiment in week 52.\n\nGroet,\nNoor",
        inv="CLS-204527",
        amount="930.00",
        facts=Facts(note="delivery question about another order; nothing about the invoice"),
    ),
    Mail(
        key="ot-nl-kerstvakantie",
        intent="other",
        lang="nl",
        sender=("Jeroen Kok", "j.kok@het-baken-college.example"),
        when="2026-12-18 15:02 +0100",
        client="iphone",
        text="Hoi, de school is vanaf vandaag dicht voor de kerstvakantie. Ik kijk er na de vakantie naar.\n\nJeroen",
        inv="CLS-204601",
        amount="214.00",
        facts=Facts(
            note="'I'll look at it after the holidays' is no commitment to pay; written by a person, not an auto-reply"
        ),
    ),
    Mail(
        key="ot-it-giro",
        intent="other",
        lang="it",
        sender=("Valentina Moretti", "v.moretti@genomica-umbra.example"),
        when="2026-11-25 11:37 +0100",
        client="gmail",
        text="Buongiorno,\n\nricevuto, giro la mail alla dott.ssa Ferri che segue gli ordini del nostro gruppo.\n\nBuona giornata,\nValentina",
        inv="CLS-204196",
        amount="612.00",
        facts=Facts(note="passing it on without an address is not a new contact"),
    ),
]

MAILS: Final = [
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

BOUNCES: Final = [
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="lab.orders@harlowe-bioscience.example",
        when="2026-11-24 08:21 +0100",
        rlang="en",
        build=bounce_postfix,
        cur="GBP",
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="purchasing@millbrook-academy.example",
        when="2026-12-01 02:37 -0500",
        rlang="en",
        build=bounce_qmail,
        cur="USD",
        note="qmail failure notice, not MIME; the status is the '#5.1.1' in the text",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="labsupplies@tristate-water.example",
        when="2026-12-09 07:14 -0500",
        rlang="en",
        build=bounce_sendmail_delay,
        lag=250,
        cur="USD",
        note="sendmail four-hour delay warning",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="bestellungen@institut-hydrobiologie.example",
        when="2026-11-27 08:40 +0100",
        rlang="de",
        build=bounce_exchange_de,
    ),
    Bounce(
        key="bo-de-exim",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="einkauf@elbtal-biotech.example",
        when="2026-12-04 08:55 +0100",
        rlang="de",
        build=bounce_exim_de_delay,
        lag=1450,
        note="German plain-text delay warning after 24 hours of greylisting deferrals",
    ),
    Bounce(
        key="bo-fr-gmail",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="labo.analyses.castres@gmail.com",
        when="2026-12-03 08:31 +0100",
        rlang="fr",
        build=bounce_gmail_fr,
        note="Gmail report with a French human-readable part",
    ),
    Bounce(
        key="bo-fr-quota",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="intendance@lycee-des-garrigues.example",
        when="2026-12-14 11:02 +0100",
        rlang="fr",
        build=bounce_isp_fr_full,
        lag=45,
        note="hosting provider's delay notice, mailbox over quota",
    ),
    Bounce(
        key="bo-es-dominio",
        lang="es",
        kind="hard",
        status="5.4.4",
        rcpt="compras@clinica-sanfermin.example",
        when="2026-11-30 08:18 +0100",
        rlang="es",
        build=bounce_relay_es,
        note="recipient domain not found; localized Postfix template in 8bit UTF-8",
    ),
    Bounce(
        key="bo-es-exchange",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="suministros@hospital-valdelamar.example",
        when="2026-12-10 13:20 +0100",
        rlang="es",
        build=bounce_exchange_es_delay,
        lag=245,
        note="Exchange delay report in Spanish, windows-1252",
    ),
    Bounce(
        key="bo-nl-gateway",
        lang="nl",
        kind="soft",
        status="4.3.2",
        rcpt="inkoop@groote-polder.example",
        when="2026-12-17 10:05 +0100",
        rlang="nl",
        build=bounce_gateway_nl,
        lag=70,
        note="security gateway queued the message: its internal server is down",
    ),
    Bounce(
        key="bo-it-disattivata",
        lang="it",
        kind="hard",
        status="5.2.1",
        rcpt="laboratorio.rossi@postaveloce.example",
        when="2026-12-07 08:44 +0100",
        rlang="it",
        build=bounce_isp_it,
        note="provider notice in multipart/mixed, mailbox disabled",
    ),
    Bounce(
        key="bo-it-piena",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="acquisti@istituto-zooprofilattico-adriatico.example",
        when="2026-12-15 09:12 +0100",
        rlang="it",
        build=bounce_exchange_it_full,
        note="mailbox full reported with a 5.x code: soft (README rule), the code is kept",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def mail_label(m: Mail, name: str) -> Label:
    f = m.facts
    return Label(
        file=name,
        intent=m.intent,
        promised_date=f.get("promised_date"),
        paid_date=f.get("paid_date"),
        return_date=f.get("return_date"),
        payment_reference=f.get("payment_reference"),
        amount=f.get("amount"),
        currency=f.get("currency"),
        new_contact=f.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.get("refs", [])),
        language=m.lang,
        note=f.get("note"),
    )


def bounce_label(b: Bounce, name: str) -> Label:
    return Label(
        file=name,
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


@dataclass(frozen=True)
class Built:
    """One message ready to be numbered: its key, bytes and how to label it."""

    key: str
    data: bytes
    label: Callable[[str], Label]


def build_all() -> list[Built]:
    items = [Built(m.key, build_mail(m).as_bytes(), partial(mail_label, m)) for m in MAILS]
    items += [Built(b.key, b.build(b).as_bytes(), partial(bounce_label, b)) for b in BOUNCES]
    return items


ISO_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^CLS-\d{6}$")
EMAIL: Final = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$")
STATUS: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
DATE_KEYS: Final = ("promised_date", "paid_date", "return_date")
BOUNCE_KEYS: Final = ("bounce_kind", "failed_recipient", "bounce_status")


def check_fields(label: Label) -> list[str]:
    """Shape problems of one label (an empty list when it is well formed)."""
    problems = [
        f"date {k}" for k in DATE_KEYS if (v := label[k]) is not None and not ISO_DAY.match(v)
    ]
    if (amount := label["amount"]) is not None and not AMOUNT.match(amount):
        problems.append("amount")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if (contact := label["new_contact"]) is not None and not EMAIL.match(contact):
        problems.append("new_contact")
    problems += [f"ref {r}" for r in label["invoice_refs"] if not INVOICE.match(r)]
    is_bounce = label["intent"] == "bounce"
    if any((label[k] is not None) != is_bounce for k in BOUNCE_KEYS):
        problems.append("bounce fields")
    if is_bounce and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not STATUS.match(str(label["bounce_status"]))
    ):
        problems.append("bounce kind or status")
    return problems


def check_label(label: Label) -> None:
    if tuple(label) != LABEL_KEYS:
        raise SystemExit(f"{label['file']}: label keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{label['file']}: unknown intent or language")
    if problems := check_fields(label):
        raise SystemExit(f"{label['file']}: {', '.join(problems)}")


def check_header(name: str, header: str, value: object) -> None:
    if getattr(value, "defects", ()):
        raise SystemExit(f"{name}: defect in {header}")
    if "=?" in str(value):
        raise SystemExit(f"{name}: {header} not decoded")


def mime_parts(part: EmailMessage) -> Iterator[EmailMessage]:
    """Every MIME part, without the field blocks inside a delivery-status part."""
    yield part
    if part.get_content_type() == "message/delivery-status":
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, EmailMessage):
                yield from mime_parts(sub)


def check_message(name: str, data: bytes) -> None:
    """Parse the message back: headers decode, every text part decodes, no defects."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in mime_parts(msg):
        if part.defects:
            raise SystemExit(f"{name}: {part.defects}")
        for header, value in part.items():
            check_header(name, header, value)
        if part.get_content_maintype() == "text" and not part.get_content().strip():
            raise SystemExit(f"{name}: empty text part")
    day = msg["Date"].datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{name}: dated {day}")


def check_specs() -> None:
    """The hand-written text: distinct, and every labelled invoice number written in it."""
    texts = [m.text for m in MAILS]
    if len(set(texts)) != len(texts):
        raise SystemExit("two messages share their text")
    for m in MAILS:
        missing = [r for r in m.facts.get("refs", []) if r[4:] not in m.text]
        if missing:
            raise SystemExit(f"{m.key}: invoice refs not in the text: {missing}")
        if (contact := m.facts.get("new_contact")) and contact not in m.text.lower():
            raise SystemExit(f"{m.key}: new_contact not in the text")


def check_counts(labels: list[Label]) -> None:
    intents = Counter(x["intent"] for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"intent counts {dict(intents)}")
    cells = {(x["intent"], x["language"]) for x in labels}
    if len(cells) != len(INTENTS) * len(LANGS):
        raise SystemExit("some language does not cover every intent")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        raise SystemExit(f"bounces {dict(kinds)}")


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
    check_specs()
    items = build_all()
    if len({item.key for item in items}) != len(items):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: digest(item.key, f"order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_message(name, item.data)
        (HERE / name).write_bytes(item.data)
        label = item.label(name)
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
