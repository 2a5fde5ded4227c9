# ruff: noqa: E501, RUF001
# Every message text below is kept one paragraph a line, as a mail client sends it, with the
# typographic dashes, apostrophes and quotation marks that people and their clients type.
"""Build held-out reply corpus 16: `h16-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder sent by the receivables team of
Cobalt Lab Instruments, a supplier of laboratory equipment and calibration services. The new text
of each message is hand-written below. The script adds only what a mail client or a mail server
would add: the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings, and the machine parts of delivery reports. It writes next to
itself, deterministically: fixed seed, fixed boundaries, Message-IDs derived from each key, no
clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
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
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h16"
SEED = 20261216
AR_NAME = "Cobalt Accounts Receivable"
AR_ADDR = "receivables@cobalt-lab.example"
AR_DOMAIN = "cobalt-lab.example"
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
INVOICE_RE = re.compile(r"^CL26-\d{5}$")

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_ABBR = {
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

# Attribution lines, one table per client family.
GMAIL_ATTR = {
    "en": "On {a}, {d} {b} {Y} at {H}:{M}, {name} <{addr}> wrote:",
    "de": "Am {a}, {d}. {b} {Y} um {H}:{M} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {a} {d} {b} {Y} à {H}:{M}, {name} <{addr}> a écrit :",
    "es": "El {a}, {d} {b} {Y} a las {h}:{M}, {name} (<{addr}>) escribió:",
    "nl": "Op {a} {d} {b} {Y} om {H}:{M} schreef {name} <{addr}>:",
    "it": "Il giorno {a} {d} {b} {Y} alle ore {H}:{M} {name} <{addr}> ha scritto:",
}
GMAIL_MOBILE_ATTR = {
    "en": "On {a}, {d} {b} {Y}, {H}:{M} {name}, <{addr}> wrote:",
    "de": "{name} <{addr}> schrieb am {a}, {d}. {b} {Y}, {H}:{M}:",
    "fr": "Le {a} {d} {b} {Y}, {H}:{M}, {name} <{addr}> a écrit :",
    "es": "El {a}, {d} {b} {Y}, {h}:{M}, {name} <{addr}> escribió:",
    "nl": "Op {a} {d} {b} {Y} {H}:{M} schreef {name} <{addr}>:",
    "it": "Il {a} {d} {b} {Y}, {H}:{M} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {b} {Y}, at {H}:{M}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{Y} um {H}:{M} schrieb {name} <{addr}>:",
    "fr": "Le {d} {b} {Y} à {H}:{M}, {name} <{addr}> a écrit :",
    "es": "El {d} {b} {Y}, a las {h}:{M}, {name} <{addr}> escribió:",
    "nl": "Op {d} {b} {Y} om {H}:{M} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {b} {Y}, alle ore {H}:{M}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mm}/{Y} {H}:{M}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {H}:{M} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{Y} à {H}:{M}, {name} a écrit :",
    "es": "El {d}/{mm}/{y} a las {h}:{M}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{Y} om {H}:{M} schreef {name}:",
    "it": "Il {dd}/{mm}/{Y} {H}:{M}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {Y}-{mm}-{dd} {H}:{M}, {name} wrote:",
    "de": "Am {Y}-{mm}-{dd} {H}:{M}, schrieb {name}:",
    "fr": "Le {Y}-{mm}-{dd} {H}:{M}, {name} a écrit :",
    "es": "El {Y}-{mm}-{dd} {H}:{M}, {name} escribió:",
    "nl": "Op {Y}-{mm}-{dd} {H}:{M}, schreef {name}:",
    "it": "Il {Y}-{mm}-{dd} {H}:{M} {name} ha scritto:",
}
# Outlook header block: separator line, From, Sent, To, Subject, label separator, date layout.
OUTLOOK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{A}, {d} {B} {Y} {H}:{M}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{A}, {d}. {B} {Y} {H}:{M}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{A} {d} {B} {Y} {H}:{M}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{A}, {d} de {B} de {Y} {h}:{M}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{A} {d} {B} {Y} {H}:{M}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{A} {d} {B} {Y} {H}:{M}",
    ),
}
# Outlook for Mac: From, Date, To, Subject, date layout.
OUTLOOK_MAC = {
    "en": ("From", "Date", "To", "Subject", "{A}, {d} {B} {Y} at {H}:{M}"),
    "de": ("Von", "Datum", "An", "Betreff", "{A}, {d}. {B} {Y} um {H}:{M}"),
    "fr": ("De", "Date", "À", "Objet", "{A} {d} {B} {Y} à {H}:{M}"),
    "es": ("De", "Fecha", "Para", "Asunto", "{A}, {d} de {B} de {Y}, {h}:{M}"),
    "nl": ("Van", "Datum", "Aan", "Onderwerp", "{A} {d} {B} {Y} om {H}:{M}"),
    "it": ("Da", "Data", "A", "Oggetto", "{A} {d} {B} {Y} alle ore {H}:{M}"),
}
# Samsung Email: separator, From, Date, To, Subject, signature.
SAMSUNG = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Originalnachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "Envoyé depuis mon Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "Inviato dal mio Galaxy",
    ),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Cobalt sends (quoted in replies, returned in bounces)
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
        "According to our records the following invoice is now past its due date:\n\n"
        "    Invoice no.    {inv}\n"
        "    Invoice date   16/10/2026\n"
        "    Due date       15/11/2026\n"
        "    Amount due     {amt}\n\n"
        "If you have already paid, thank you – please reply with the payment date and your reference so that we can allocate it. If something on the invoice is wrong or missing, reply to this e-mail and we will put it right.\n\n"
        "Best regards,\n\n"
        "Accounts Receivable\nCobalt Lab Instruments\nUnit 7, Meridian Science Park\nreceivables@cobalt-lab.example · +44 1632 960 271"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung inzwischen fällig und noch nicht ausgeglichen:\n\n"
        "    Rechnungsnr.     {inv}\n"
        "    Rechnungsdatum   16.10.2026\n"
        "    Fällig am        15.11.2026\n"
        "    Offener Betrag   {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Ist an der Rechnung etwas unklar oder fehlerhaft, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nCobalt Lab Instruments"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance et n'a pas encore été réglée :\n\n"
        "    Facture n°     {inv}\n"
        "    Date           16/10/2026\n"
        "    Échéance       15/11/2026\n"
        "    Montant dû     {amt}\n\n"
        "Si le règlement est déjà parti, merci de nous communiquer sa date et sa référence pour que nous puissions le rapprocher. Si la facture comporte une erreur, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Recouvrement clients\nCobalt Lab Instruments"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "    N.º de factura      {inv}\n"
        "    Fecha               16/10/2026\n"
        "    Vencimiento         15/11/2026\n"
        "    Importe pendiente   {amt}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nCobalt Lab Instruments"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet betaald:\n\n"
        "    Factuurnummer   {inv}\n"
        "    Factuurdatum    16-10-2026\n"
        "    Vervaldatum     15-11-2026\n"
        "    Openstaand      {amt}\n\n"
        "Heeft u al betaald, dan horen wij graag de betaaldatum en uw kenmerk, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nCobalt Lab Instruments"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre registrazioni la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "    Fattura n.       {inv}\n"
        "    Data             16/10/2026\n"
        "    Scadenza         15/11/2026\n"
        "    Importo dovuto   {amt}\n\n"
        "Se il pagamento è già stato effettuato, vi preghiamo di comunicarci data e riferimento per consentirci l'abbinamento. In caso di errori nella fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nCobalt Lab Instruments"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,418.00",
    "de": "3.126,50 €",
    "fr": "1 874,00 €",
    "es": "2.305,80 €",
    "nl": "€ 1.642,75",
    "it": "€ 2.780,00",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"', "„": '"'}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: sender, date, client layout, text and labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = "CL26-04417"
    amt: str = ""
    rlang: str = ""  # language of the reminder being answered, when it differs
    loc: str = ""  # language of the mail client's own strings, when it differs
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    bad = [r for r in refs if not INVOICE_RE.match(r)]
    if bad:
        raise ValueError(f"invoice refs not normalised: {bad}")
    return {**fields, "invoice_refs": sorted(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "A": DAYS[loc].split()[wd],
        "a": DAYS_ABBR[loc].split()[wd],
        "B": MONTHS[loc].split()[mo],
        "b": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mm": f"{dt.month:02d}",
        "Y": str(dt.year),
        "y": f"{dt.year % 100:02d}",
        "H": f"{dt.hour:02d}",
        "h": str(dt.hour),
        "M": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime) -> datetime:
    """Reminders go out on the working day before the reply, shortly after eight."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + day.day % 11, second=5 + day.day)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<dun.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    """Apple Mail and Gmail write one <div> a line, with <br> for empty lines."""
    return "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks keep a trailing space; lines are space-stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"(>+) ?", line)
        quote = match.group(1) if match else ""
        content = line[match.end() :] if match else line
        prefix = quote + " " if quote else ""
        if content == "-- ":
            out.append(prefix + content)
            continue
        content = content.rstrip(" ")
        if not content:
            out.append(quote)
            continue
        if not quote and content.startswith((" ", "From ")):
            content = " " + content
        if len(prefix + content) <= width:
            out.append(prefix + content)
            continue
        current = ""
        for word in content.split(" "):
            if current and len(prefix + current + word) > width:
                out.append(prefix + current)
                current = ""
            current += word + " "
        out.append(prefix + current.rstrip(" "))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: none
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


# How each client writes encoded words: (charset case, Q or B).
HEADER_STYLE = {
    "gmail": ("upper", "b"),
    "gmail_plain": ("upper", "b"),
    "gmail_mobile": ("upper", "b"),
    "bottom": ("upper", "b"),
    "apple": ("lower", "q"),
    "apple_html": ("lower", "q"),
    "iphone": ("lower", "q"),
    "iphone_html": ("lower", "q"),
    "thunderbird": ("upper", "q"),
    "thunderbird_html": ("upper", "q"),
    "samsung": ("upper", "b"),
    "roundcube": ("upper", "q"),
}


def encode_header(value: str, charset: str, style: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 encoded words when it is not ASCII)."""
    if value.isascii():
        return value
    case, mode = HEADER_STYLE.get(style, ("lower", "b"))
    enc = charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    if enc != "utf-8":
        mode = "q"
    ch = cs.Charset(enc)
    ch.header_encoding = cs.BASE64 if mode == "b" else cs.QP
    text = Header(value, ch, header_name=name).encode()
    label = enc.upper() if case == "upper" else enc
    if enc == "windows-1252":
        label = "Windows-1252"
    return re.sub(
        r"=\?[^?]+\?([bq])\?", lambda m: f"=?{label}?{m.group(1).upper()}?", text, flags=re.I
    )


def address(name: str, addr: str, charset: str, style: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, style, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """MIME headers go below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPE: dict[str, Callable[[str, int], str]] = {
    "outlook": lambda k, n: f"_00{n}_{b32(k, f'b{n}', 28)}_",
    "gmail": lambda k, n: f"0000000000{digest(k, f'b{n}').hex()[:18]}",
    "apple": lambda k, n: (
        f"Apple-Mail={b32(k, f'b{n}', 8)}-{b32(k, f'c{n}', 4)}-{b32(k, f'd{n}', 4)}-{b32(k, f'e{n}', 12)}"
    ),
    "thunderbird": lambda k, n: f"------------{b32(k, f'b{n}', 24)}",
    "samsung": lambda k, n: (
        f"--_com.samsung.android.email_{int.from_bytes(digest(k, f'b{n}')[:6], 'big')}"
    ),
    "roundcube": lambda k, n: f"=_{digest(k, f'b{n}').hex()[:32]}",
    "mta": lambda k, n: (
        f"{b32(k, f'b{n}', 10)}.{int.from_bytes(digest(k, f'c{n}')[:4], 'big')}/mx.{AR_DOMAIN}"
    ),
    "system": lambda k, n: (
        f"----=_Part_{n}_{int.from_bytes(digest(k, f'b{n}')[:4], 'big')}.{int.from_bytes(digest(k, f'c{n}')[:6], 'big')}"
    ),
}


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    shape = BOUNDARY_SHAPE[family]
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(shape(key, n))


def finalize(msg: Message, key: str, family: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str, charset: str = "utf-8") -> str:
    text = REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])
    return latin1_safe(text) if charset in {"iso-8859-1", "iso-8859-15"} else text


def original_reminder(lang: str, to: str, when: datetime, key: str, inv: str) -> Message:
    """The reminder exactly as Cobalt's reminder tool sent it."""
    msg = text_part(reminder_text(lang, inv, ""), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encode_header(reminder_subject(lang, inv), "utf-8", "system")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Cobalt AR reminders 3.2"
    content_headers_last(msg)
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
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset in {"iso-8859-1", "iso-8859-15"}:
        subject = latin1_safe(subject)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    text = reminder_text(r.reminder_lang, r.inv, r.amt, r.charset)
    return Quote(text, subject, reminder_time(r.dt), r.client_lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _, layout = OUTLOOK[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(layout, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}<o:p></o:p></span></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode: the localised '-----Original Message-----' block."""
    text = f"{r.body}\n\n{OUTLOOK[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    """Outlook on the web: the reply sits above `divRplyFwdMsg`."""
    rows = outlook_rows(q)
    sep = OUTLOOK[q.loc][5]
    text = "\n".join([r.body, "", "_" * 32, *(f"{k}{sep}{v}" for k, v in rows), "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(k)}{html.escape(sep.rstrip())}</b>&nbsp;{html.escape(v)}" for k, v in rows
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_outlook_mac(r: Reply, q: Quote) -> Message:
    frm, date, to, subj, layout = OUTLOOK_MAC[q.loc]
    rows = [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (date, fmt(layout, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]
    text = "\n".join([r.body, "", *(f"{k}: {v}" for k, v in rows), "", q.text, ""])
    head = "<br>\n".join(
        f'<span style="font-weight:bold">{html.escape(k)}: </span>{html.escape(v)}' for k, v in rows
    )
    markup = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body lang="EN-US" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container"><div class="MsoNormal" style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">{head}</span></p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div></div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, localised 'Get Outlook for Android', a rule, the header block."""
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_quote_html(attr: str, q: Quote) -> str:
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = f'<div dir="ltr">{html_divs(r.body)}</div><br>' + gmail_quote_html(attr, q)
    return alternative(r, text, markup)


def style_gmail_mobile(r: Reply, q: Quote) -> Message:
    """The Gmail app: `dir="auto"` and the app's own attribution line."""
    attr = fmt(GMAIL_MOBILE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = f'<div dir="auto">{html_lines(r.body)}</div><br>' + gmail_quote_html(attr, q)
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    """A bottom-posted reply under the quote."""
    attr = fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{attr}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_markup(r: Reply, q: Quote, sig: str) -> str:
    sig_html = (
        f'<div dir="ltr"><br><div dir="ltr">{html.escape(sig)}</div></div>' if sig else "<br>"
    )
    return (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">{html_divs(r.body)}'
        f'{sig_html}<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div></body></html>\n"
    )


def style_apple_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return alternative(r, text, apple_markup(r, q, ""))


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    return alternative(r, iphone_text(r, q), apple_markup(r, q, IPHONE_SIG[q.loc]))


def thunderbird_attr(q: Quote) -> str:
    return fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_lines(q.text)}\n"
    mid = reminder_msgid(r.key)[1:-1]
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        "  </head>\n  <body>\n"
        f"    <p>{html_lines(r.body)}</p>\n"
        f'    <div class="moz-cite-prefix">{html.escape(thunderbird_attr(q))}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{html.escape(mid)}">\n'
        f'      <pre class="moz-quote-pre" wrap="">{html.escape(q.text, quote=False)}</pre>\n'
        "    </blockquote>\n  </body>\n</html>\n"
    )
    return alternative(r, text, markup)


def style_samsung(r: Reply, q: Quote) -> Message:
    sep, frm, date, to, subj, sig = SAMSUNG[q.loc]
    when = f"{q.sent.day:02d}.{q.sent.month:02d}.{q.sent.year % 100:02d} {q.sent.hour:02d}:{q.sent.minute:02d}"
    if q.loc != "de":
        when = f"{q.sent.day:02d}/{q.sent.month:02d}/{q.sent.year} {q.sent.hour:02d}:{q.sent.minute:02d}"
    offset = q.sent.strftime("%z")
    when += f" (GMT{offset[:3]}:{offset[3:]})"
    rows = [(frm, f"{AR_NAME} <{AR_ADDR}>"), (date, when), (to, q.to), (subj, q.subject)]
    text = "\n".join(
        [r.body, "", "", "", sig, "", sep, *(f"{k}: {v} " for k, v in rows), "", q.text, ""]
    )
    head = "".join(f"<div>{html.escape(k)}: {html.escape(v)} </div>" for k, v in rows)
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html.escape(sep)}</div>{head}<div><br></div></div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and new messages quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: HTML only, nothing quoted."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
        '<body dir="ltr">\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
        f"{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


def table_html(text: str) -> str:
    """Remittance advices: runs of lines with '|' become a table, other paragraphs stay paragraphs."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all("|" in line for line in lines):
            rows = []
            for n, line in enumerate(lines):
                tag = "th" if n == 0 else "td"
                cells = "".join(
                    f'<{tag} style="border:1px solid #999;padding:2px 6px">{html.escape(c.strip())}</{tag}>'
                    for c in line.split("|")
                )
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">'
                + "".join(rows)
                + "</table>"
            )
        else:
            out.append(f'<p style="font-family:Arial;font-size:10pt">{html_lines(block)}</p>')
    return (
        '<html><head><meta charset="utf-8"></head><body>\n' + "\n".join(out) + "\n</body></html>\n"
    )


def style_system_html(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", table_html(r.body))


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mac": style_outlook_mac,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_mobile": style_gmail_mobile,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "roundcube": style_roundcube,
    "none": style_none,
    "notice_html": style_notice_html,
    "system_html": style_system_html,
}
OUTLOOK_FAMILY = {
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "outlook_mac",
    "android",
    "notice_html",
}
FAMILY = {
    **dict.fromkeys(OUTLOOK_FAMILY, "outlook"),
    **dict.fromkeys(("gmail", "gmail_mobile", "gmail_plain", "bottom"), "gmail"),
    **dict.fromkeys(("apple", "apple_html", "iphone", "iphone_html"), "apple"),
    **dict.fromkeys(("thunderbird", "thunderbird_html"), "thunderbird"),
    "samsung": "samsung",
    "roundcube": "roundcube",
    "none": "system",
    "system_html": "system",
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "outlook_mac": (("User-Agent", "Microsoft-MacOutlook/16.92.24120731"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (("User-Agent", "Mozilla Thunderbird"),),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
}


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    family = FAMILY[r.style]
    if family == "gmail":
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if family == "outlook":
        server = f"{b32(r.key, 'host', 3)}P{250 + raw[0] % 40}MB{1000 + int.from_bytes(raw[1:3], 'big') % 9000}"
        return f"<{server}{b32(r.key, 'ms', 12)}@{server}.EURP{250 + raw[0] % 40}.PROD.OUTLOOK.COM>"
    if family == "apple":
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if family == "samsung":
        return f"<{int.from_bytes(raw[:5], 'big')}.{int.from_bytes(raw[5:8], 'big')}.{raw[8:12].hex()}@email.android.com>"
    if family == "roundcube":
        return f"<{raw.hex()[:32]}@{domain}>"
    return f"<{raw.hex()[:12]}.{raw.hex()[12:24]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    if r.style == "samsung" and q.loc == "de":
        prefix = "AW: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, r.style, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset, r.style)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, r.style)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.threaded else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, FAMILY[r.style])


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


def tiny_pdf(title: str) -> bytes:
    """A minimal, valid-looking PDF standing in for a scanned bank advice."""
    return (
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"4 0 obj<</Title(" + title.encode("ascii") + b")>>endobj\n"
        b"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n"
    )


PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Nadia Okafor", "nadia@halden-bio.example"),
        "2026-11-24 18:52 +0000",
        "iphone",
        "Paid.",
        lab(
            note="one word, past tense, in answer to an overdue reminder: payment_sent with no date"
        ),
        inv="CL26-04391",
        amt="£1,150.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Ardmoor University Accounts Payable", "ap-remittance@ardmoor-university.example"),
        "2026-11-27 06:14 +0000",
        "system_html",
        "REMITTANCE ADVICE\n\n"
        "Ardmoor University – Finance Directorate, Accounts Payable\nSupplier: COBALT LAB INSTRUMENTS LTD (supplier no. 104772)\nPayment date: 27/11/2026\nPayment method: BACS\nPayment number: 2000418823\n\n"
        "Your invoice | Invoice date | Our PO | Amount GBP\nCL26-04355 | 02/10/2026 | 4100238817 | 1,236.00\nCL26-04357 | 06/10/2026 | 4100239154 | 2,418.00\nTotal paid | | | 3,654.00\n\n"
        "Funds should reach your account within three working days. This mailbox is not monitored; please send any query about this payment to the Accounts Payable helpdesk, quoting the payment number.\n\n"
        "Ardmoor University is an exempt charity. This message was generated automatically by the University's finance system.",
        lab(
            ("CL26-04355", "CL26-04357"),
            paid_date="2026-11-27",
            payment_reference="2000418823",
            amount="3654.00",
            currency="GBP",
            note="AP-system remittance advice, not a reply in the thread; the amount is the total paid for both invoices",
        ),
        subject="Remittance advice 2000418823 – Ardmoor University",
        cte="b64",
        headers=(AUTO_GENERATED, ("X-Mailer", "Finance Self-Service Notifications")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Tom Reddy", "tomreddy.greyfield@gmail.com"),
        "2026-12-09 21:17 +0000",
        "gmail_mobile",
        "done",
        lab(note="lower-case 'done' answering a payment reminder: paid, no date"),
        inv="CL26-04468",
        amt="£612.50",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Universität Lindenau - Zahlungsverkehr", "zahlungsavis@uni-lindenau.example"),
        "2026-11-25 05:30 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben folgende Zahlung an Sie veranlasst:\n\n"
        "Zahlungsdatum:      24.11.2026\nZahlungsnummer:     7103385\nIhre Kreditorennr.: 80017745\n\n"
        "Ihre Rechnung   Rechnungsdatum   Betrag EUR   Skonto   Zahlbetrag\n"
        "CL26-04402      16.10.2026         4.212,40     0,00     4.212,40\n"
        "CL26-04403      16.10.2026           318,00     0,00       318,00\n"
        "Summe                                                    4.530,40\n\n"
        "Die Gutschrift auf Ihrem Konto erfolgt in der Regel innerhalb von 1-2 Bankarbeitstagen.\n\n"
        "Diese E-Mail wurde maschinell erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n\n"
        "Universität Lindenau\nDezernat Finanzen - Zahlungsverkehr",
        lab(
            ("CL26-04402", "CL26-04403"),
            paid_date="2026-11-24",
            payment_reference="7103385",
            amount="4530.40",
            currency="EUR",
            note="ERP payment advice (Zahlungsavis) in Latin-1; the amount is the sum paid",
        ),
        subject="Zahlungsavis 7103385 - Universität Lindenau",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Martin Brandt", "m.brandt@labor-brandt.example"),
        "2026-12-02 00:48 +0100",
        "samsung",
        "Erledigt, ist gestern raus.\n\nGruß\nM. Brandt",
        lab(
            paid_date="2026-12-01",
            note="sent just after midnight: 'gestern' is Tue 1 Dec in the sender's time zone (it would be 30 Nov in UTC)",
        ),
        inv="CL26-04431",
        amt="1.096,20 €",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Camille Roussel", "camille.roussel@neoptera-tx.example"),
        "2026-11-30 15:22 +0100",
        "gmail",
        "Bonjour,\n\nToutes mes excuses pour le retard : le virement de 1 874,00 € a été passé ce matin depuis notre compte professionnel. Vous devriez le recevoir d'ici mercredi. Libellé : NEOPTERA CL26-04428.\n\nBonne fin de journée,\n\nCamille Roussel\nOffice manager – Néoptera Thérapeutiques\nPépinière Bio-Sud, 14 allée des Tilleuls, 34990 Valmont-sur-Lise",
        lab(
            ("CL26-04428",),
            paid_date="2026-11-30",
            amount="1874.00",
            currency="EUR",
            note="'ce matin' is the message date; the transfer label is not a payment reference",
        ),
        inv="CL26-04428",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Hélène Marchal", "comptabilite@labalim-controle.example"),
        "2026-12-04 11:05 +0100",
        "thunderbird",
        "Bonjour,\n\nVeuillez trouver ci-joint l'avis d'opéré de notre banque pour le règlement de votre facture CL26-04375, exécuté le 26/11/2026.\n\nCordialement,\n\n-- \nHélène Marchal\nComptabilité fournisseurs\nLabAlim Contrôle SAS – laboratoire d'analyses agroalimentaires\n2 rue des Vergers, 72410 Saint-Aulde",
        lab(
            ("CL26-04375",),
            paid_date="2026-11-26",
            note="bank advice attached as a PDF; the text gives the execution date",
        ),
        inv="CL26-04375",
        attach=("avis_operation_CL26-04375.pdf", tiny_pdf("Avis d'opere")),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Javier Ortega Sanz", "jortega@agroanalitica-duero.example"),
        "2026-11-25 12:30 +0100",
        "outlook",
        "Buenos días:\n\nOs confirmo que la transferencia de 1.845,00 EUR se ordenó el viernes pasado desde nuestra cuenta. Si todavía no os ha llegado, decídmelo y lo reclamo al banco.\n\nUn saludo,\n\nJavier Ortega Sanz\nAdministración\nLaboratorio Agroanalítico del Duero, S.L.\nPolígono La Vega, nave 3 · 47830 Torrelobos",
        lab(
            paid_date="2026-11-20",
            amount="1845.00",
            currency="EUR",
            note="'el viernes pasado' from Wed 25 Nov is Fri 20 Nov; a transfer already ordered counts as sent",
        ),
        inv="CL26-04410",
        amt="1.845,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Unidad de Tesorería HUV", "tesoreria@hu-valdeolmos.example"),
        "2026-12-03 09:12 +0100",
        "owa",
        "Estimados señores:\n\nLes informamos de que la factura CL26-04389 se incluyó en la remesa de confirming del 1 de diciembre y ha quedado abonada con esa fecha. Importe pagado: 2.305,80 €. Referencia de la orden de pago: OP-26-118342.\n\nAtentamente,\n\nUnidad de Tesorería\nDirección Económico-Financiera\nHospital Universitario de Valdeolmos\n\nEste mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        lab(
            ("CL26-04389",),
            paid_date="2026-12-01",
            payment_reference="OP-26-118342",
            amount="2305.80",
            currency="EUR",
        ),
        inv="CL26-04389",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Pieter de Vries", "pieter@voedsellab-noord.example"),
        "2026-12-10 08:35 +0100",
        "iphone",
        "Is vanochtend overgemaakt, € 1.642,75. Sorry voor de vertraging!\n\nGr. Pieter",
        lab(paid_date="2026-12-10", amount="1642.75", currency="EUR"),
        inv="CL26-04471",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Crediteurenadministratie UvO", "crediteuren@uni-oostwold.example"),
        "2026-12-07 14:03 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nVolgens onze administratie is factuur CL26-04433 op 1 december 2026 betaald in de wekelijkse betaalrun, onder betalingskenmerk 2026-BR-48-0192. Kunt u nagaan of het bedrag van € 3.980,00 bij u is binnengekomen? Mogelijk is het bij u op een andere factuur geboekt.\n\nMet vriendelijke groet,\n\nTeam Crediteurenadministratie\nFinancial Services Centre\nUniversiteit van Oostwold\n\nDe informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan en informeer de afzender.",
        lab(
            ("CL26-04433",),
            paid_date="2026-12-01",
            payment_reference="2026-BR-48-0192",
            amount="3980.00",
            currency="EUR",
            note="phrased as a question, but it states a payment made",
        ),
        inv="CL26-04433",
        amt="€ 3.980,00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Luca Ferraresi", "l.ferraresi@vireon-pharma.example"),
        "2026-12-15 17:40 +0100",
        "android",
        "Buonasera,\nil bonifico è partito ieri pomeriggio, CRO 26348715502, importo € 2.780,00.\nScusate il ritardo, avevamo un problema con la firma digitale sull'home banking.\n\nLuca Ferraresi\nCFO – Vireon Pharma S.r.l.",
        lab(
            paid_date="2026-12-14",
            payment_reference="26348715502",
            amount="2780.00",
            currency="EUR",
            note="Italian reply to an English reminder, from an English-language Outlook app",
        ),
        inv="CL26-04488",
        amt="€2,780.00",
        rlang="en",
        loc="en",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Eleanor Pryce", "e.pryce@wexbridge-uni.example"),
        "2026-12-03 16:48 +0000",
        "outlook",
        "Dear Accounts team,\n\nApologies – this one is stuck behind our grant drawdown. The research council money is due in the grant account on Monday, and once the funds clear on Monday I'll pay you the same day from the project code.\n\nBest wishes,\nEleanor\n\nDr Eleanor Pryce\nSenior Lecturer, School of Biosciences\nWexbridge University\nTel: 01632 960 588",
        lab(
            promised_date="2026-12-07",
            note="event promise: payment on the day the funds clear, Monday 7 Dec (the message is Thu 3 Dec)",
        ),
        inv="CL26-04412",
        amt="£1,488.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Priya Natarajan", "ap.team@castlemere-hospitals.example"),
        "2026-11-30 11:20 +0000",
        "outlook_html",
        "Good morning,\n\nThank you for your reminder. Invoice CL26-04395 has now been matched to the goods receipt and approved. It will be paid in our next BACS run on Thursday 10 December for the full amount of £6,732.00.\n\nKind regards\n\nPriya Natarajan\nAccounts Payable Officer\nCastlemere Hospitals – Finance Shared Services\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Views expressed in this message are not necessarily those of Castlemere Hospitals.",
        lab(
            ("CL26-04395",),
            promised_date="2026-12-10",
            amount="6732.00",
            currency="GBP",
            note="'approved' is past, the payment is future: promise",
        ),
        inv="CL26-04395",
        amt="£6,732.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Sam Whitlock", "sam@kinnear-therapeutics.example"),
        "2026-12-11 19:03 +0000",
        "gmail",
        "Hi there,\n\nSorry for the silence. Honest answer: we're waiting on the second tranche of our seed round, which is due to close before Christmas. As soon as it lands we'll clear CL26-04449 in full – it's top of the list.\n\nThanks for bearing with us,\nSam\n\n--\nSam Whitlock | Co-founder & COO\nKinnear Therapeutics\nBioHub Incubator, Lab 12, Kinnear Road",
        lab(
            ("CL26-04449",),
            note="event promise with no day: 'before Christmas' cannot be pinned to a date",
        ),
        inv="CL26-04449",
        amt="£2,960.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Dr. Katrin Albers", "k.albers@albers-analytik.example"),
        "2026-12-01 13:55 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für den Hinweis, die Rechnung war bei uns während der Urlaubszeit liegen geblieben. Wir überweisen den offenen Betrag bis spätestens 11.12.2026.\n\nMit freundlichen Grüßen\n\nDr. Katrin Albers\nGeschäftsführerin\n\nAlbers Analytik GmbH - Lebensmittel- und Wasseruntersuchungen\nAm Kesselgraben 9, 49611 Nordhausen-Ems\nSitz der Gesellschaft: Nordhausen-Ems, Amtsgericht Osterwald HRB 20417\nGeschäftsführerin: Dr. Katrin Albers",
        lab(promised_date="2026-12-11"),
        inv="CL26-04419",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Thomas Kessler", "thomas.kessler@klinikum-hohenfels.example"),
        "2026-11-30 08:17 +0100",
        "owa",
        "Guten Morgen,\n\ndie Rechnung CL26-04380 liegt derzeit zur Freigabe bei der Laborleitung. Sobald sie im Workflow freigegeben ist, geht sie in unseren nächsten Zahllauf am Mittwoch.\n\nFreundliche Grüße\nThomas Kessler\n\nKlinikum Hohenfels gGmbH\nZentralbereich Finanzen – Kreditorenbuchhaltung",
        lab(
            ("CL26-04380",),
            promised_date="2026-12-02",
            note="payment tied to an approval and the next run on Wednesday (Mon 30 Nov → Wed 2 Dec)",
        ),
        inv="CL26-04380",
        amt="5.870,00 €",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Mathieu Lenoir", "mathieu.lenoir@laboratoire-ceralis.example"),
        "2026-11-25 17:31 +0100",
        "apple",
        "Bonjour,\n\nBien noté. Je n'ai pas pu faire le virement ce mois-ci, le paiement sera effectué la semaine prochaine.\n\nCordialement,\nMathieu Lenoir\nLaboratoire Céralis – analyses céréalières",
        lab(
            promised_date="2026-11-30",
            note="'la semaine prochaine' → Monday of next week; the past 'n'ai pas pu' is not a payment",
        ),
        inv="CL26-04399",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Nathalie Béguin", "nathalie.beguin@univ-saint-aubrac.example"),
        "2026-12-08 10:10 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nLa facture CL26-04440 a bien été reçue sur Chorus Pro et le service fait a été constaté par le laboratoire. Le paiement interviendra au plus tard le 15 décembre, date de notre prochaine mise en paiement.\n\nBien cordialement,\n\nNathalie Béguin\nGestionnaire financière – Service facturier\nDirection des affaires financières\nUniversité de Saint-Aubrac",
        lab(("CL26-04440",), promised_date="2026-12-15"),
        inv="CL26-04440",
        amt="2 216,40 €",
        cte="b64",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Villalba", "marta@biolactis.example"),
        "2026-12-09 13:40 +0100",
        "iphone",
        "Hola, lo pagamos el lunes sin falta. Perdonad el retraso.\n\nMarta",
        lab(promised_date="2026-12-14", note="'el lunes' after Wed 9 Dec is Mon 14 Dec"),
        inv="CL26-04474",
        amt="980,00 €",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Rocío Fernández", "administracion@lab-cantabro.example"),
        "2026-11-27 12:02 +0100",
        "outlook",
        "Buenos días:\n\nDisculpen el retraso. La factura CL26-04398 ya está aprobada e irá en la remesa de pagos del próximo viernes, junto con el resto de proveedores.\n\nSaludos cordiales,\n\nRocío Fernández\nDpto. de Administración\nLaboratorio Cántabro de Alimentos, S.A.",
        lab(
            ("CL26-04398",),
            promised_date="2026-12-04",
            note="'el próximo viernes' written on a Friday (27 Nov) is Fri 4 Dec",
        ),
        inv="CL26-04398",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Joost Hendriks", "joost@hendriks-voedselanalyse.example"),
        "2026-12-17 16:20 +0100",
        "gmail_plain",
        "Hoi,\n\nKomt goed, ik maak het morgen over. Had hem over het hoofd gezien.\n\nGroet,\nJoost",
        lab(promised_date="2026-12-18"),
        inv="CL26-04505",
        amt="€ 735,00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Moretti", "amministrazione@laboratorio-moretti.example"),
        "2026-11-26 11:45 +0100",
        "outlook",
        "Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo della fattura CL26-04421 entro venerdì 4 dicembre.\n\nCordiali saluti\n\nFrancesca Moretti\nUfficio Amministrazione\nLaboratorio Moretti Analisi Alimentari S.r.l.\nVia dei Mulini 18, 42039 Borgo Tresinaro\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questa e-mail per errore, vi preghiamo di avvisare il mittente e di cancellarla.",
        lab(("CL26-04421",), promised_date="2026-12-04"),
        inv="CL26-04421",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("UOC Bilancio AO Valtrebbia", "bilancio@ao-valtrebbia.example"),
        "2026-12-14 09:30 +0100",
        "thunderbird",
        "Gentili signori,\n\nvi comunichiamo che la fattura CL26-04385 è stata liquidata in data 10/12/2026 e sarà pagata con il prossimo mandato, la cui emissione è prevista per il 21 dicembre.\n\nDistinti saluti\n\n-- \nUfficio Liquidazione Fatture\nUOC Bilancio e Contabilità\nAzienda Ospedaliera Valtrebbia",
        lab(
            ("CL26-04385",),
            promised_date="2026-12-21",
            note="'liquidata' (approved for payment, past) is not a payment; the mandate on 21 Dec is",
        ),
        inv="CL26-04385",
        amt="€ 4.118,00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Hamid Rahimi", "h.rahimi@ardmoor-university.example"),
        "2026-11-24 10:02 +0000",
        "thunderbird",
        "Hello,\n\nTo be clear: we have NOT paid this invoice, because the goods never arrived. The refrigerated centrifuge on our order 4100239201 was due at the Chemistry Building goods-in on 3 November. Stores have no record of it and nobody here has seen it.\n\nPlease send me a tracking reference and a signed proof of delivery, or cancel CL26-04406. Until then we will not be paying it.\n\nRegards,\n\n-- \nHamid Rahimi\nLaboratory Manager, Department of Chemistry\nArdmoor University",
        lab(
            ("CL26-04406",), note="negated payment with the reason (goods never delivered): dispute"
        ),
        inv="CL26-04406",
        amt="£7,940.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Grace Liddell", "grace.liddell@kestrel-analytical.example"),
        "2026-12-01 15:37 +0000",
        "outlook_html",
        "Hi,\n\nTwo invoices here, so to keep them apart:\n\nCL26-04359 (October service visit) was paid on 13 November, our ref KA-PAY-2291.\n\nCL26-04417 is wrong. It bills 24 pipette calibrations at £38.00 each, but your engineer only calibrated 16 on the day – the other 8 were out with our field team and he said he would come back for them, which hasn't happened. Please send a credit note for the 8 or a corrected invoice and we'll pay it straight away.\n\nThanks,\nGrace\n\nGrace Liddell\nQuality Manager\nKestrel Analytical Ltd – Food & Water Testing",
        lab(
            ("CL26-04359", "CL26-04417"),
            note="one invoice paid, the other disputed: dispute wins; the payment fields are left empty because the payment is of the other invoice",
        ),
        amt="£912.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Liam O'Connell", "liam.oconnell@stcolmans-hospital.example"),
        "2026-12-16 12:12 +0000",
        "outlook",
        "Hello,\n\nWe're holding this invoice. CL26-04497 charges list price for the two benchtop incubators, but we bought them under the national framework agreement (lot 3, laboratory equipment), which gives us 12% off list. Our PO quotes the framework reference.\n\nThe correct total is €4,276.80, not €4,860.00. Please issue a credit note for the difference or a replacement invoice.\n\nRegards,\nLiam O'Connell\nProcurement Officer – Laboratory Medicine\nSt Colman's University Hospital\n\n*****\nThis e-mail and any files sent with it are confidential. If you are not the intended recipient, please notify the sender and delete it. Any views expressed are the author's own.\n*****",
        lab(
            ("CL26-04497",),
            note="price dispute against a framework discount; both amounts in the text are the disputed figures, not a payment",
        ),
        inv="CL26-04497",
        amt="€4,860.00",
        charset="windows-1252",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Jana Vogt", "jana.vogt@wessel-lebensmittellabor.example"),
        "2026-12-04 09:58 +0100",
        "outlook_html",
        "Guten Tag,\n\nzur Rechnung CL26-04415: Die Kalibrierung unserer Analysenwaagen wurde am 29.10. durchgeführt, die Kalibrierscheine liegen uns aber bis heute nicht vor. Zwei der vier Scheine, die wir als Entwurf bekommen haben, tragen außerdem falsche Seriennummern.\n\nOhne korrekte Kalibrierscheine ist die Leistung für uns nicht vollständig erbracht, unsere Akkreditierung verlangt sie. Wir zahlen die Rechnung, sobald uns die richtigen Dokumente vorliegen.\n\nMit freundlichen Grüßen\nJana Vogt\nQualitätsmanagementbeauftragte\nWessel Lebensmittellabor GmbH\n\nWessel Lebensmittellabor GmbH · Industriestraße 31 · 26219 Wesselbrück\nAmtsgericht Oldenbrück HRB 118204 · Geschäftsführer: Henning Wessel",
        lab(
            ("CL26-04415",),
            note="payment withheld because part of the service (correct certificates) is missing: dispute, not invoice_request; the conditional payment is secondary",
        ),
        inv="CL26-04415",
        amt="1.240,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Stefan Maurer", "s.maurer@kreiskliniken-auental.example"),
        "2026-11-23 14:25 +0100",
        "roundcube",
        "Hallo,\n\nder CO2-Inkubator aus Ihrer Rechnung CL26-04377 kam mit eingedrückter Tür und defekter Dichtung bei uns an. Das haben wir am 06.11. bei Ihrem Service gemeldet (Vorgang SR-26-3317), bis heute ohne Rückmeldung. Das Gerät ist so nicht nutzbar.\n\nSolange kein Ersatz geliefert wird oder eine Gutschrift vorliegt, werden wir die Rechnung nicht begleichen.\n\nGruß\nStefan Maurer\n\n-- \nZentrallabor – Gerätemanagement\nKreiskliniken Auental",
        lab(("CL26-04377",), note="goods delivered damaged: dispute"),
        inv="CL26-04377",
        amt="8.640,00 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Sophie Garnier", "sophie.garnier@lyrebio.example"),
        "2026-12-02 14:10 +0100",
        "gmail",
        "Bonjour,\n\nIl y a une erreur : la facture CL26-04460 reprend exactement la même prestation que la CL26-04336 (qualification IQ/OQ de l'autoclave, bon de commande LB-2026-077), que nous avons réglée le 9 octobre. C'est un doublon, merci de l'annuler.\n\nBien à vous,\nSophie Garnier\nResponsable administrative et financière\nLyreBio SAS",
        lab(
            ("CL26-04336", "CL26-04460"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="CL26-04460",
        amt="2 650,00 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Jean-Baptiste Morel", "jb.morel@chu-valmont.example"),
        "2026-12-10 16:05 +0100",
        "outlook",
        "Bonjour,\n\nNous contestons cette facture. La visite de maintenance préventive du 5 novembre sur nos trois centrifugeuses n'a jamais eu lieu : votre technicien ne s'est pas présenté et personne ne nous a prévenus. Nous n'avons signé aucun bon d'intervention.\n\nMerci d'annuler la facture ou de nous proposer une nouvelle date ; elle ne sera réglée qu'une fois l'intervention réalisée.\n\nCordialement,\n\nJean-Baptiste Morel\nCadre de santé – Laboratoire de biochimie\nCentre hospitalier universitaire de Valmont",
        lab(note="service never performed: dispute"),
        inv="CL26-04452",
        amt="1 380,00 €",
        charset="windows-1252",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Andrés Castillo", "andres.castillo@lactoquimia.example"),
        "2026-12-14 11:30 +0100",
        "outlook_mac",
        "Hola,\n\nRevisando la factura CL26-04480 veo que nos habéis cobrado 145,00 € de transporte y 60,00 € de embalaje. En vuestra oferta OF-26-0912 el transporte venía incluido y el embalaje no aparece por ningún lado.\n\nEsos 205,00 € no los vamos a pagar. Mandadnos una factura rectificativa con el importe correcto y la pagamos.\n\nUn saludo,\nAndrés Castillo\nDirector técnico\nLactoquimia Laboratorios, S.L.",
        lab(
            ("CL26-04480",),
            note="charges outside the quote contested; payment of the corrected invoice is conditional",
        ),
        inv="CL26-04480",
        amt="3.415,00 €",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Femke Bakker", "f.bakker@foodsafe-lab.example"),
        "2026-11-26 13:14 +0100",
        "outlook",
        "Goedemiddag,\n\nDeze factuur betalen wij niet. De twee pH-meters op factuur CL26-04392 hebben wij op 9 november teruggestuurd omdat het verkeerde type was geleverd (retourbon RMA-20961). Uw collega van de binnendienst heeft toen een creditnota toegezegd, maar die hebben we nog steeds niet ontvangen.\n\nGraag de creditnota zo snel mogelijk, dan kunnen we het dossier sluiten.\n\nMet vriendelijke groet,\n\nFemke Bakker\nInkoop & Administratie\nFoodSafe Lab B.V.",
        lab(
            ("CL26-04392",),
            note="goods returned, credit note awaited; Dutch reply to an English reminder from an English-language Outlook",
        ),
        inv="CL26-04392",
        amt="€1,178.00",
        rlang="en",
        loc="en",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Verhoeven", "r.verhoeven@zuidkust-ziekenhuis.example"),
        "2026-12-08 10:47 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nHet bedrag voor de kalibratie zelf (€ 640,00) hebben wij op 20 november voldaan. De voorrijkosten van € 185,00 op dezelfde factuur betwisten wij: in ons servicecontract is afgesproken dat die inbegrepen zijn. Wij verzoeken u dit deel te crediteren.\n\nMet vriendelijke groet,\n\nRuud Verhoeven\nKlinisch Chemisch Laboratorium\nZuidkust Ziekenhuis\n\nAan dit bericht kunnen geen rechten worden ontleend.",
        lab(
            note="part of the invoice paid, the rest disputed: dispute wins for the disputed part; payment fields not filled",
        ),
        inv="CL26-04442",
        amt="€ 825,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Giorgio Bellini", "g.bellini@nutrilab-emilia.example"),
        "2026-12-17 10:20 +0100",
        "gmail",
        "Buongiorno,\n\nla bilancia che ci avete consegnato non è quella ordinata: avevamo chiesto una semimicro con risoluzione 0,01 mg (vostra offerta n. 2026-0815) e ci è arrivata un'analitica da 0,1 mg. L'abbiamo già segnalato al vostro commerciale il 2 dicembre.\n\nNon possiamo pagare la fattura CL26-04501 finché lo strumento non viene sostituito.\n\nSaluti,\nGiorgio Bellini\nResponsabile di laboratorio – NutriLab Emilia",
        lab(("CL26-04501",), note="wrong instrument delivered"),
        inv="CL26-04501",
        amt="€ 5.390,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Silvia Rinaldi", "s.rinaldi@biotecnica-adriatica.example"),
        "2026-11-27 15:50 +0100",
        "outlook",
        "Gentili signori,\n\nla fattura in oggetto riporta un importo di EUR 1.950,00 per il servizio di taratura, mentre il vostro preventivo n. P-26-0733, da noi accettato, indicava EUR 1.620,00. Vi chiediamo di emettere nota di credito per la differenza.\n\nDistinti saluti\n\nSilvia Rinaldi\nAmministrazione - Biotecnica Adriatica S.r.l.\n\nAVVISO DI RISERVATEZZA: questo messaggio è destinato unicamente alla persona o società indicata e può contenere informazioni riservate. Ne è vietata ogni diffusione non autorizzata.",
        lab(note="price higher than the accepted quote; the invoice is named only in the subject"),
        inv="CL26-04424",
        amt="€ 1.950,00",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Oliver Frost", "oliver.frost@tessellate-bio.example"),
        "2026-11-23 17:45 +0000",
        "gmail",
        "Hi,\n\nThanks for the nudge. We're a team of six and our Series A doesn't close until February, so cash is very tight. Could we pay the £3,120.00 in three monthly instalments of £1,040.00, starting on 15 December? I can set up the standing order today if that works for you.\n\nBest,\nOliver\n\nOliver Frost\nCEO, Tessellate Bio Ltd",
        lab(note="instalments proposed; plan dates and amounts are not labelled"),
        inv="CL26-04368",
        amt="£3,120.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Bev Marsh", "accounts@marshfield-labs.example"),
        "2026-12-07 09:40 +0000",
        "outlook",
        "Morning,\n\nWe can pay half of CL26-04437 now and the balance in the second week of January, when our biggest client settles with us. Would that be acceptable? If so I'll send the first half today.\n\nRegards\nBev Marsh\nOffice Manager\nMarshfield Food Testing Laboratories\n12 Tanyard Lane, Marshfield Green",
        lab(
            ("CL26-04437",),
            note="part payment now plus the rest later, asked as a question: payment_plan, no payment made yet",
        ),
        inv="CL26-04437",
        amt="£1,724.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Karen Doyle", "k.doyle@wexbridge-uni.example"),
        "2026-12-15 13:22 +0000",
        "owa",
        "Dear Cobalt team,\n\nThe PI's grant only has £2,000 left in this financial period. Could we pay £2,000 now against CL26-04453 and the remaining £1,386.50 from the new budget once it opens on 1 February? I'd need your agreement in writing for our finance office.\n\nKind regards,\nKaren Doyle\nResearch Grants Administrator\nFaculty of Life Sciences, Wexbridge University",
        lab(
            ("CL26-04453",),
            note="split across two budget periods; the February date is a plan date, not a promise",
        ),
        inv="CL26-04453",
        amt="£3,386.50",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Heike Sommer", "buchhaltung@sommer-labordiagnostik.example"),
        "2026-12-02 11:11 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Zahlungsausfalls bei einem unserer Auftraggeber ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um eine Ratenzahlung bitten: drei Monatsraten zu je 1.042,17 EUR, die erste Rate am 15.12.2026.\n\nFür Ihr Verständnis bedanken wir uns.\n\nMit freundlichen Grüßen\nHeike Sommer\nBuchhaltung\nSommer Labordiagnostik e.K.",
        lab(note="instalments; the first instalment date is a plan date, not a promised_date"),
        inv="CL26-04414",
        amt="3.126,51 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Jonas Peters", "jonas.peters@heliogen-bio.example"),
        "2026-12-16 18:30 +0100",
        "thunderbird",
        "Hallo zusammen,\n\nkönnen wir die Rechnung CL26-04466 in zwei Teilen zahlen? 1.500 € noch diese Woche, den Rest Mitte Januar, wenn die nächste Fördermittelrate des Landes eingegangen ist.\n\nViele Grüße\nJonas Peters\n\n-- \nHeliogen Bio GmbH\nGründerzentrum Lindenau, Labor 2.14",
        lab(("CL26-04466",)),
        inv="CL26-04466",
        amt="2.870,00 €",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Amandine Petit", "a.petit@vercors-analyses.example"),
        "2026-11-24 14:00 +0100",
        "outlook_html",
        "Bonjour,\n\nSuite à votre relance, je me permets de vous demander un échéancier : nous pourrions régler cette facture en quatre mensualités de 468,50 €, de décembre à mars. Merci de me dire si cela vous convient.\n\nCordialement,\n\nAmandine Petit\nAssistante de direction\nLaboratoire Vercors Analyses",
        lab(),
        inv="CL26-04393",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Nuria Soler", "nuria.soler@genomica-levante.example"),
        "2026-12-04 12:48 +0100",
        "gmail",
        "Hola,\n\n¿Podríamos fraccionar el pago de la factura CL26-04429 en tres plazos? Estamos a la espera de una subvención y ahora mismo no podemos asumir el importe completo de golpe. Os propongo un primer pago a finales de diciembre y los otros dos en enero y febrero.\n\nGracias y un saludo,\nNuria Soler\nGenómica Levante S.L. – Gestión administrativa",
        lab(("CL26-04429",)),
        inv="CL26-04429",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Pedro Ruiz", "pedro.ruiz.lab@gmail.com"),
        "2026-12-18 08:05 +0100",
        "android",
        "Buenos días. Ahora mismo no puedo pagarlo entero. Puedo ir pagando 300 € cada semana hasta completarlo, empezando el lunes. Si os parece bien me decís.\n\nPedro Ruiz\nLaboratorio Ruiz – análisis de aguas y alimentos",
        lab(
            note="weekly instalments starting Monday: payment_plan; the start date is not a promised_date"
        ),
        inv="CL26-04503",
        amt="1.480,00 €",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Sanne Mulder", "administratie@mulder-microbiologie.example"),
        "2026-11-27 10:00 +0100",
        "outlook",
        "Goedemorgen,\n\nWij willen graag een betalingsregeling treffen voor factuur CL26-04401. Ons voorstel: € 500,- per maand vanaf januari, tot het volledige bedrag is voldaan. Kunt u laten weten of u hiermee akkoord gaat?\n\nMet vriendelijke groet,\nSanne Mulder\nMulder Microbiologie B.V.",
        lab(("CL26-04401",)),
        inv="CL26-04401",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Bas Jansen", "bas@proteoform.example"),
        "2026-12-10 15:05 +0100",
        "apple_html",
        "Hallo,\n\nIs het mogelijk om deze factuur in twee termijnen te betalen? De helft nu en de andere helft eind januari. We zitten tussen twee financieringsrondes in.\n\nGroet,\nBas Jansen\nProteoform Labs",
        lab(),
        inv="CL26-04476",
        amt="€ 2.340,00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Davide Conti", "d.conti@enolab-collina.example"),
        "2026-12-03 12:15 +0100",
        "outlook",
        "Buongiorno,\n\nvi scrivo per chiedere la possibilità di rateizzare l'importo della fattura CL26-04418 in tre rate mensili a partire da gennaio. La vendemmia ci ha lasciato parecchi crediti ancora da incassare.\n\nResto in attesa di un vostro riscontro.\n\nCordiali saluti\nDavide Conti\nEnolab Collina – Laboratorio enologico",
        lab(("CL26-04418",)),
        inv="CL26-04418",
        charset="windows-1252",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Lombardi", "chiara@cellvia.example"),
        "2026-12-11 17:55 +0100",
        "iphone",
        "Buonasera, possiamo pagare 1.000 euro adesso e il saldo a fine gennaio? Fatemi sapere. Grazie\nChiara",
        lab(note="part payment now plus the rest later, as a question → payment_plan"),
        inv="CL26-04483",
        amt="€ 2.100,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Accounts Payable", "accounts.payable@ardmoor-university.example"),
        "2026-11-25 13:30 +0000",
        "html_only",
        "Dear Supplier,\n\nWe have no record of invoice CL26-04423 on our system. Please send a copy of the invoice as a PDF to invoices@ardmoor-university.example, quoting a valid Ardmoor purchase order number (these start with 41). Invoices sent to individual members of staff are not processed.\n\nKind regards,\n\nAccounts Payable Team\nFinance Directorate\nArdmoor University",
        lab(
            ("CL26-04423",),
            note="HTML-only; the address is where the copy of the invoice should go, not a new contact for reminders",
        ),
        inv="CL26-04423",
        amt="£845.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Megan Hughes", "megan.hughes@castlemere-hospitals.example"),
        "2026-12-14 10:44 +0000",
        "outlook_html",
        "Hello,\n\nOur system rejected CL26-04462 because it doesn't quote a purchase order. The order was raised on PO CMH-PO-0098812 – could you reissue the invoice with that number on it and send it to me? The amount is fine, it just needs the PO to go through.\n\nThanks,\nMegan Hughes\nPathology Business Support\nCastlemere Hospitals",
        lab(("CL26-04462",), note="reissue with a PO number, amount not contested"),
        inv="CL26-04462",
        amt="£1,302.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Ravi Menon", "ravi@quillon-labs.example"),
        "2026-12-17 12:01 +0000",
        "gmail_plain",
        "Hi – what is this for? We don't recognise CL26-04511 and I can't find a PO for it. Could you send me the invoice and whatever it relates to (quote, delivery note)?\n\nRavi",
        lab(
            ("CL26-04511",),
            note="asks what the charge is and for the paperwork; English reply to a German reminder in a German Gmail",
        ),
        inv="CL26-04511",
        amt="2.190,00 €",
        rlang="de",
        loc="de",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Lindner", "petra.lindner@institut-roeder.example"),
        "2026-12-09 09:25 +0100",
        "outlook",
        "Guten Morgen,\n\ndie Rechnung CL26-04444 liegt uns nicht vor. Bitte senden Sie uns eine Kopie als PDF zusammen mit dem Lieferschein bzw. dem Servicebericht an diese Adresse, damit wir sie der Bestellung zuordnen können.\n\nVielen Dank und freundliche Grüße\n\nPetra Lindner\nInstitut Röder für Lebensmittelsicherheit\nEinkauf / Rechnungsprüfung",
        lab(("CL26-04444",)),
        inv="CL26-04444",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Karim Haddad", "karim.haddad@univ-bellerive.example"),
        "2026-11-23 10:30 +0100",
        "owa",
        "Bonjour,\n\nEn tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro. La facture CL26-04372 nous a été envoyée par courriel uniquement et n'a donc pas été enregistrée. Merci de la déposer sur la plateforme en indiquant notre SIRET et le numéro d'engagement juridique 2100458731.\n\nCordialement,\nKarim Haddad\nService facturier – Direction des affaires financières\nUniversité de Bellerive",
        lab(
            ("CL26-04372",),
            note="asks for the invoice to be resubmitted through the public e-invoicing portal",
        ),
        inv="CL26-04372",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Laure Dubois", "compta@nutrivia-labo.example"),
        "2026-12-11 14:42 +0100",
        "thunderbird",
        "Bonjour,\n\nPourriez-vous nous envoyer un relevé de compte à jour ? Nous avons plusieurs factures Cobalt en cours et j'aimerais faire le rapprochement avant la clôture de l'exercice.\n\nMerci d'avance,\nLaure Dubois\nComptabilité - Nutrivia Laboratoire",
        lab(note="statement of account request"),
        inv="CL26-04485",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Lucía Navarro", "lucia.navarro@hc-valdenoria.example"),
        "2026-12-01 12:20 +0100",
        "outlook_html",
        "Buenos días:\n\nLes recordamos que, como administración pública, solo podemos tramitar facturas electrónicas presentadas a través de FACe con los códigos DIR3 del hospital (oficina contable, órgano gestor y unidad tramitadora). La factura CL26-04390 llegó en papel y no puede registrarse.\n\nLes rogamos que la emitan de nuevo por FACe. En cuanto entre en el registro contable seguirá el trámite ordinario de pago.\n\nAtentamente,\n\nLucía Navarro\nUnidad de Gestión Económica\nHospital Comarcal de Valdenoria",
        lab(
            ("CL26-04390",),
            note="reissue through the public e-invoicing hub; payment follows the normal process, no date",
        ),
        inv="CL26-04390",
        cte="b64",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Irene Campos", "irene@kombulab.example"),
        "2026-12-16 19:10 +0100",
        "iphone",
        "Hola, no sé a qué corresponde esta factura. ¿Me podéis mandar el detalle (qué equipo o servicio es y cuándo se hizo)? Así la paso a contabilidad.\n\nIrene",
        lab(note="asks what the charge is and for the detail"),
        inv="CL26-04495",
        amt="640,00 €",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Marloes Visser", "m.visser@noordelijk-voedsellab.example"),
        "2026-11-30 09:50 +0100",
        "outlook_html",
        "Goedemorgen,\n\nWij kunnen factuur CL26-04408 niet verwerken omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw uitreiken met ordernummer PO-NVL-26-1187? Aan het bedrag zelf verandert niets.\n\nMet vriendelijke groet,\nMarloes Visser\nNoordelijk Voedsellab – Crediteurenadministratie",
        lab(("CL26-04408",), note="reissue with a PO number, amount not contested"),
        inv="CL26-04408",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Tim Smit", "t.smit@biocentrum-waalstad.example"),
        "2026-12-15 11:05 +0100",
        "gmail",
        "Beste,\n\nKunt u mij een kopie van de factuur sturen, samen met het kalibratierapport van de pipetten? Onze afdeling financiën wil die bij de factuur hebben voordat ze betalen. Ik kan beide niet meer terugvinden in mijn mail.\n\nAlvast bedankt,\nTim Smit\nLabcoördinator – Biocentrum Waalstad",
        lab(note="copy of the invoice and the calibration report; nothing contested"),
        inv="CL26-04490",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberta Sala", "roberta.sala@asl-valpadana.example"),
        "2026-12-07 10:35 +0100",
        "owa",
        "Buongiorno,\n\nla fattura CL26-04426 non ci risulta pervenuta tramite il Sistema di Interscambio. Trattandosi di ente pubblico, possiamo accettare solo fatture elettroniche con il nostro codice univoco ufficio UF7KQ2, che trovate anche nell'ordine. Vi preghiamo di riemetterla tramite SdI.\n\nCordiali saluti\nRoberta Sala\nS.C. Gestione Economico-Finanziaria\nASL Valpadana",
        lab(("CL26-04426",), note="reissue through the national e-invoicing exchange"),
        inv="CL26-04426",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Paolo Ricci", "paolo.ricci@ricci-laboratori.example"),
        "2026-11-24 16:16 +0100",
        "gmail_plain",
        "Buonasera,\n\nmi potete mandare un estratto conto aggiornato con tutte le fatture aperte? Dai nostri conti alcune risultano già pagate e vorrei capire dove sono le differenze.\n\nGrazie\nPaolo Ricci",
        lab(note="statement of account; 'some already look paid' names no payment"),
        inv="CL26-04388",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Fiona McBride", "f.mcbride@wexbridge-uni.example"),
        "2026-11-26 08:55 +0000",
        "iphone",
        "Hi, I moved to another university in September so this isn't mine to deal with any more. The department office handles our supplier invoices: biosci-office@wexbridge-uni.example\n\nFiona",
        lab(new_contact="biosci-office@wexbridge-uni.example"),
        inv="CL26-04397",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Josh Kemp", "josh@pellucid-pharma.example"),
        "2026-12-08 13:13 +0000",
        "gmail",
        "Hi,\n\nI'm the lab manager and don't handle payments. Our accounts are done by an outsourced bookkeeper – please send this and any future reminders to Lorna at lorna@brightledger-accounts.example (cc'd).\n\nCheers,\nJosh",
        lab(
            new_contact="lorna@brightledger-accounts.example",
            note="the new address is in the text and in Cc",
        ),
        inv="CL26-04456",
        headers=(("Cc", "Lorna Fairley <lorna@brightledger-accounts.example>"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Helen Baird", "h.baird@greyfield-foodlab.example"),
        "2026-12-18 11:50 +0000",
        "outlook",
        "Hello,\n\nI've moved over to the quality team and no longer look after supplier accounts. From now on please send statements and reminders to our new finance manager, Duncan Ross – Duncan.Ross@Greyfield-FoodLab.example. I've copied him in.\n\nRegards,\nHelen\n\nHelen Baird\nQuality Lead, Greyfield Food Laboratory",
        lab(
            new_contact="duncan.ross@greyfield-foodlab.example",
            note="address written in mixed case in the text and the Cc; labelled in lower case",
        ),
        inv="CL26-04508",
        headers=(("Cc", "Duncan Ross <Duncan.Ross@Greyfield-FoodLab.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Andrea Krüger", "andrea.krueger@uni-lindenau.example"),
        "2026-12-03 10:02 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich bin seit dem 1. November nicht mehr am Institut für Biochemie tätig und kann Ihnen daher nicht weiterhelfen. Für Rechnungen des Instituts ist jetzt Frau Yilmaz im Sekretariat zuständig: sekretariat.biochemie@uni-lindenau.example\n\nMit freundlichen Grüßen\nAndrea Krüger",
        lab(new_contact="sekretariat.biochemie@uni-lindenau.example"),
        inv="CL26-04411",
        charset="windows-1252",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Michael Hahn", "michael.hahn@klinikum-hohenfels.example"),
        "2026-12-14 15:40 +0100",
        "outlook_html",
        "Guten Tag,\n\nRechnungen bearbeitet bei uns nicht das Labor, sondern die Zentrale Kreditorenbuchhaltung. Ich habe Ihre Mail dorthin weitergeleitet (in Kopie). Bitte richten Sie Zahlungserinnerungen künftig direkt an kreditoren@klinikum-hohenfels.example.\n\nMit freundlichen Grüßen\nMichael Hahn\nLeitender MTL, Institut für Laboratoriumsmedizin\n\nKlinikum Hohenfels gGmbH · Sitz: Hohenfels · Amtsgericht Lindenburg HRB 7702\nGeschäftsführung: Dr. Ursula Brenner, Frank Oltmanns",
        lab(new_contact="kreditoren@klinikum-hohenfels.example"),
        inv="CL26-04493",
        amt="2.045,00 €",
        headers=(("Cc", "Kreditorenbuchhaltung <kreditoren@klinikum-hohenfels.example>"),),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Élodie Fabre", "elodie.fabre@univ-bellerive.example"),
        "2026-11-24 09:12 +0100",
        "gmail",
        "Bonjour,\n\nJe ne fais plus partie du laboratoire depuis la fin de mon contrat en octobre. Merci d'adresser vos relances à la gestionnaire de l'unité, Mme Leroy : gestion.umr-bioprot@univ-bellerive.example\n\nBonne journée,\nÉlodie Fabre",
        lab(new_contact="gestion.umr-bioprot@univ-bellerive.example"),
        inv="CL26-04383",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Vincent Caron", "commercial@aquila-analyses.example"),
        "2026-12-15 15:15 +0100",
        "outlook",
        "Bonjour,\n\nVous écrivez au service commercial, qui ne gère pas les paiements fournisseurs. Pour toute question de facturation, contactez notre comptabilité à l'adresse fournisseurs@aquila-analyses.example.\n\nCordialement,\nVincent Caron\nAquila Analyses - Service commercial",
        lab(new_contact="fournisseurs@aquila-analyses.example"),
        inv="CL26-04492",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Díaz", "carmen.diaz@hu-valdeolmos.example"),
        "2026-11-30 13:05 +0100",
        "outlook_html",
        "Buenas tardes:\n\nEsta dirección es del laboratorio de Microbiología; nosotros no gestionamos facturas ni pagos. Por favor, dirijan sus reclamaciones de pago a la Unidad de Proveedores: proveedores@hu-valdeolmos.example\n\nUn saludo,\nCarmen Díaz\nTécnica de laboratorio – Servicio de Microbiología\nHospital Universitario de Valdeolmos",
        lab(new_contact="proveedores@hu-valdeolmos.example"),
        inv="CL26-04404",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("José Manuel Prieto", "jmprieto@ferreteria-prieto.example"),
        "2026-12-10 12:12 +0100",
        "apple",
        "Buenos días,\n\nCreo que se han equivocado de destinatario. Esto es una ferretería: nunca hemos comprado material de laboratorio ni conocemos a su empresa.\n\nSaludos,\nJosé Manuel Prieto",
        lab(note="not a customer at all; no new address"),
        inv="CL26-04477",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van Dijk", "l.vandijk@uni-oostwold.example"),
        "2026-12-02 12:30 +0100",
        "outlook",
        "Beste,\n\nFacturen en herinneringen kunt u beter niet naar mij persoonlijk sturen. Bij de universiteit moet alles naar facturen@uni-oostwold.example, anders komt het niet in het systeem terecht.\n\nGroet,\nLotte van Dijk\nSecretariaat Biomedische Wetenschappen",
        lab(new_contact="facturen@uni-oostwold.example"),
        inv="CL26-04427",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Erik Smits", "erik.smits@aquatest-lab.example"),
        "2026-12-17 09:18 +0100",
        "iphone",
        "Ik werk hier per vandaag niet meer. Mijn collega Nadia Bouzid neemt het over: n.bouzid@aquatest-lab.example\n\nErik",
        lab(new_contact="n.bouzid@aquatest-lab.example"),
        inv="CL26-04498",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Giuseppe Ferri", "g.ferri@labalimentare-ferri.example"),
        "2026-12-09 11:00 +0100",
        "thunderbird",
        "Buongiorno,\n\nsono in pensione da fine ottobre e questa casella verrà chiusa a breve. Per le fatture rivolgetevi a mio figlio Andrea, che ora segue l'amministrazione: andrea.ferri@labalimentare-ferri.example\n\nSaluti\nGiuseppe Ferri",
        lab(new_contact="andrea.ferri@labalimentare-ferri.example"),
        inv="CL26-04470",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Ben Tyler", "b.tyler@ardmoor-university.example"),
        "2026-12-01 11:30 +0000",
        "android",
        "Please stop emailing me about this. I'm a PhD student – I signed for one delivery in October. I have nothing to do with your invoices.",
        lab(note="stop request without a new address: unsubscribe, not wrong_contact"),
        inv="CL26-04406",
        amt="£7,940.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Rachel Stone", "rachel.stone@stone-dairylab.example"),
        "2026-12-04 14:22 +0000",
        "outlook",
        "Please remove this address from your reminder emails. We paid CL26-04405 on 2 December and I've had three of these since.\n\nRachel Stone\nDirector, Stone Dairy Laboratory",
        lab(
            ("CL26-04405",),
            note="stop request plus a payment claim: unsubscribe wins over payment_sent",
        ),
        inv="CL26-04405",
        amt="£1,095.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("TC Lab", "tc-lab@wexbridge-uni.example"),
        "2026-12-11 10:10 +0000",
        "outlook_html",
        "Hello,\n\nThis is a shared lab inbox read by about thirty people. Please take it off your reminder list – finance doesn't monitor it and nobody here can approve payments.\n\nTC Lab, Level 3\nWexbridge University",
        lab(note="take a shared inbox off the list, no new address"),
        inv="CL26-04457",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Frank Wolter", "f.wolter@wolter-pharma.example"),
        "2026-11-25 19:40 +0100",
        "gmail",
        "Nehmen Sie mich bitte sofort aus Ihrem Mahnverteiler. Die Rechnung ist ohnehin falsch, das weiß Ihr Vertrieb seit Wochen. Weitere Mails dieser Art landen im Spam.\n\nF. Wolter",
        lab(note="stop request plus a dispute: unsubscribe beats dispute"),
        inv="CL26-04386",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("", "info@mikrobio-ost.example"),
        "2026-12-16 07:31 +0100",
        "roundcube",
        "ABMELDEN",
        lab(note="one word"),
        inv="CL26-04494",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Pauline Girard", "pauline.girard@chu-valmont.example"),
        "2026-12-07 12:40 +0100",
        "iphone",
        "Merci de ne plus m'envoyer ces relances, je suis interne en biologie et je n'ai aucune responsabilité dans les paiements du service.\n\nP. Girard",
        lab(note="stop request, no new address"),
        inv="CL26-04452",
        amt="1 380,00 €",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("", "contact@oenolab-bordelais.example"),
        "2026-12-18 09:09 +0100",
        "outlook",
        "STOP\n\nDésinscrivez cette adresse de vos envois automatiques.",
        lab(),
        inv="CL26-04509",
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Alberto Gil", "alberto@asesoria-gil.example"),
        "2026-11-23 16:50 +0100",
        "outlook",
        "Buenas tardes:\n\nEsta asesoría dejó de llevar la contabilidad de Laboratorios Brisamar en junio. Les ruego que dejen de enviarnos recordatorios de pago a esta dirección.\n\nAtentamente,\nAlberto Gil\nAsesoría Gil – Asesores fiscales y contables",
        lab(
            note="former adviser asks to stop, names no new address: unsubscribe beats wrong_contact"
        ),
        inv="CL26-04367",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Ana Belén Ruiz", "anabelenruiz.lab@gmail.com"),
        "2026-12-14 22:05 +0100",
        "gmail_mobile",
        "No me escribáis más a este correo, es personal. Ya os lo dije por teléfono.",
        lab(),
        inv="CL26-04479",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Sander Kok", "s.kok@kok-diagnostics.example"),
        "2026-12-09 17:00 +0100",
        "bottom",
        "Graag afmelden voor deze automatische herinneringen. Wij hebben een eigen betaalcyclus en reageren niet op mailings.\n\nSander Kok\nKok Diagnostics",
        lab(note="bottom-posted under the quoted reminder"),
        inv="CL26-04469",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Elena Costa", "elena.costa@unipontevecchio.example"),
        "2026-11-27 09:40 +0100",
        "android",
        "Toglietemi da questa lista per favore, non sono io che pago le fatture del dipartimento.\nElena Costa",
        lab(note="remove me, no new address"),
        inv="CL26-04394",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Federico Marchetti", "f.marchetti@biosintesi-marche.example"),
        "2026-12-10 18:18 +0100",
        "html_only",
        "Spett.le Cobalt Lab Instruments,\n\nai sensi degli artt. 17 e 21 del Regolamento (UE) 2016/679 mi oppongo all'ulteriore utilizzo del mio indirizzo e-mail personale per l'invio di solleciti e ne chiedo la cancellazione dalle vostre liste. Eventuali comunicazioni amministrative vanno inviate alla società tramite PEC.\n\nDistinti saluti\nFederico Marchetti",
        lab(
            note="GDPR objection to further e-mails; 'send formal notices to the company by certified mail' names no address"
        ),
        inv="CL26-04475",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Simon Hale", "simon.hale@kinnear-therapeutics.example"),
        "2026-11-27 08:43 +0000",
        "notice_html",
        "Thank you for your email. I am away at a conference and will be back in the office on Monday 30 November, with limited access to email until then.\n\nFor anything urgent about laboratory operations, please call the main office.",
        lab(return_date="2026-11-30"),
        inv="CL26-04396",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "financehelp@ardmoor-university.example"),
        "2026-12-08 08:41 +0000",
        "none",
        "Thank you for contacting the Finance Helpdesk.\n\nYour enquiry has been logged with reference INC0412398. A member of the team will respond within five working days. Please quote this reference in any further correspondence.\n\nThis is an automated message – please do not reply.",
        lab(note="ticket acknowledgement"),
        inv="CL26-04463",
        subject="Your enquiry has been logged – INC0412398 [{rsub}]",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Accounts Payable", "ap.team@castlemere-hospitals.example"),
        "2026-12-18 08:44 +0000",
        "notice_html",
        "Thank you for your message.\n\nThe Accounts Payable office is closed for the holiday period from Saturday 19 December 2026 to Sunday 3 January 2027 inclusive. We will respond to your email when the office reopens on Monday 4 January 2027. Payment runs continue as scheduled.\n\nSeason's greetings,\nAccounts Payable, Castlemere Hospitals",
        lab(
            return_date="2027-01-04",
            note="holiday closure; the reopening day wins over the inclusive end date",
        ),
        inv="CL26-04510",
        amt="£3,075.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Hoffmann", "b.hoffmann@uni-lindenau.example"),
        "2026-12-01 08:41 +0100",
        "notice_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin derzeit im Urlaub. Ab dem 07.12.2026 bin ich wieder im Haus und beantworte Ihre E-Mail dann so bald wie möglich.\n\nIn dringenden Fällen wenden Sie sich bitte an das Sekretariat des Instituts, Tel. 05151 88-2210.\n\nMit freundlichen Grüßen\nBirgit Hoffmann",
        lab(return_date="2026-12-07"),
        inv="CL26-04420",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Kreditorenbuchhaltung", "kreditoren@kreiskliniken-auental.example"),
        "2026-11-24 08:42 +0100",
        "none",
        "Dies ist eine automatisch erzeugte Eingangsbestätigung.\n\nIhre Nachricht ist bei der Kreditorenbuchhaltung der Kreiskliniken Auental eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab; wir melden uns, falls Klärungsbedarf besteht.\n\nBitte antworten Sie nicht auf diese E-Mail.",
        lab(note="receipt acknowledgement, no return date"),
        inv="CL26-04381",
        subject="Eingangsbestätigung: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Claire Vasseur", "claire.vasseur@lyrebio.example"),
        "2026-11-26 08:43 +0100",
        "notice_html",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 1er décembre. Votre message sera traité à mon retour.\n\nCordialement,\nClaire Vasseur",
        lab(return_date="2026-12-01"),
        inv="CL26-04400",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Julie Perrin", "julie.perrin@univ-saint-aubrac.example"),
        "2026-12-10 08:44 +0100",
        "none",
        "Bonjour,\n\nJe suis en congé maternité jusqu'en mars 2027. Pour toute question relative aux commandes ou aux factures du laboratoire, merci de contacter Thomas Brun (thomas.brun@univ-saint-aubrac.example).\n\nJulie Perrin",
        lab(
            note="back in a month with no day: no return_date; a colleague's address in an auto-reply does not set new_contact"
        ),
        inv="CL26-04472",
        subject="Absente – congé maternité",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Marina Serrano", "mserrano@lab-cantabro.example"),
        "2026-12-04 08:40 +0100",
        "notice_html",
        "Gracias por su mensaje.\n\nEstoy de vacaciones y me incorporo el lunes 14 de diciembre. Durante mi ausencia no revisaré el correo. Para temas de facturación pueden llamar al 942 000 118.\n\nUn saludo,\nMarina Serrano",
        lab(return_date="2026-12-14"),
        inv="CL26-04434",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Kim de Boer", "k.deboer@zuidkust-ziekenhuis.example"),
        "2026-11-24 08:42 +0100",
        "notice_html",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer bereikbaar. Uw bericht wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nKim de Boer",
        lab(return_date="2026-11-30", note="'weer bereikbaar vanaf' wins over 'tot en met'"),
        inv="CL26-04384",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Financial Services Centre", "facturen@uni-oostwold.example"),
        "2026-12-15 08:43 +0100",
        "none",
        "Geachte leverancier,\n\nBedankt voor uw e-mail. Wij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden. Facturen die naar dit adres worden gestuurd, worden automatisch in ons systeem ingelezen; u hoeft ze niet nogmaals te sturen.\n\nFinancial Services Centre – Universiteit van Oostwold",
        lab(note="receipt acknowledgement without Auto-Submitted"),
        inv="CL26-04486",
        subject="Ontvangstbevestiging – {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Marco Bassi", "marco.bassi@vireon-pharma.example"),
        "2026-11-30 08:40 +0100",
        "notice_html",
        "Buongiorno,\n\nsarò fuori ufficio fino a mercoledì 2 dicembre compreso, con accesso limitato alla posta. Rientrerò giovedì 3 dicembre.\n\nPer urgenze amministrative potete scrivere a amministrazione@vireon-pharma.example.\n\nCordiali saluti\nMarco Bassi",
        lab(
            return_date="2026-12-03",
            note="the stated day back wins; the colleague address does not set new_contact",
        ),
        inv="CL26-04382",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Protocollo AO Valtrebbia", "protocollo@ao-valtrebbia.example"),
        "2026-12-16 08:42 +0100",
        "none",
        "Messaggio generato automaticamente.\n\nLa Sua comunicazione è stata ricevuta dall'Ufficio Protocollo e sarà assegnata all'ufficio competente. Il numero di protocollo Le verrà comunicato con una successiva e-mail.\n\nSi prega di non rispondere a questo messaggio.",
        lab(note="receipt acknowledgement"),
        inv="CL26-04496",
        subject="Conferma di ricezione: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nadia Okafor", "nadia.okafor@haldenbio-finance.example"),
        "2026-12-02 06:41 +0000",
        "none",
        "Hello,\n\nPlease be advised that our company is moving to a new finance platform. Effective immediately, all statements, reminders and correspondence regarding our account must be sent to finance.haldenbio@gmail.com only. Our old addresses will no longer be monitored.\n\nKindly also confirm by return the full list of open invoices with amounts, and do not call our office until the migration is complete.\n\nRegards,\nNadia Okafor\nCEO, Halden Biotherapeutics",
        lab(
            note="phishing-like redirect: lookalike sending domain, free-mail address, urgency, 'do not call'; a person must verify by phone, so not wrong_contact",
        ),
        subject="Change of correspondence address – Halden Biotherapeutics",
        headers=(("Reply-To", "finance.haldenbio@gmail.com"),),
        threaded=False,
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Dr Aisha Bello", "a.bello@castlemere-hospitals.example"),
        "2026-11-23 12:40 +0000",
        "iphone_html",
        "While I have you – could you quote us for on-site calibration of 40 pipettes in January? And do you still lend a replacement balance while ours is in for service?\n\nAisha",
        lab(note="sales and service question in the reminder thread; nothing about the invoice"),
        inv="CL26-04370",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Graham Lowe", "graham.lowe@tessellate-bio.example"),
        "2026-12-14 16:30 +0000",
        "apple_html",
        "Hello,\n\nFor your records: Tessellate Bio has been acquired by Meridale Therapeutics. The deal completes on 31 December, after which our supplier accounts will move to Meridale's finance team. We'll send the new invoicing details in January.\n\nBest regards,\nGraham Lowe\nHead of Operations, Tessellate Bio Ltd",
        lab(
            note="change of ownership announced; no new address yet and nothing about paying, so a person reads it"
        ),
        inv="CL26-04368",
        amt="£3,120.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Buchhaltung Albers Analytik", "buchhaltung@albers-analytlk.example"),
        "2026-12-09 07:12 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines Wechsels unserer Hausbank bitten wir Sie, ab sofort alle Erstattungen und Gutschriften ausschließlich auf unser neues Konto zu überweisen:\n\nKontoinhaber: Albers Analytik GmbH\nIBAN: DE68 0000 9999 0044 1772 00\nBIC: QZVBDEF1XXX\n\nDen Restbetrag aus Ihrer Rechnungskorrektur (418,60 EUR) überweisen Sie bitte bis Freitag. Eine telefonische Bestätigung der Änderung ist leider nicht möglich, da unsere Buchhaltung gerade umzieht.\n\nMit freundlichen Grüßen\nBuchhaltung\nAlbers Analytik GmbH",
        lab(
            note="phishing-like request to pay a credit to new bank details, from a lookalike domain ('analytlk'); no AR intent applies and a person must verify",
        ),
        subject="Neue Bankverbindung - Albers Analytik GmbH",
        charset="iso-8859-1",
        threaded=False,
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Olivier Lambert", "o.lambert@biocapteurs-lambert.example"),
        "2026-12-01 18:02 +0100",
        "apple",
        "Bonsoir,\n\nJe vous informe que la société a été placée en redressement judiciaire le 20 novembre. Je ne suis plus autorisé à régler des factures antérieures à cette date : les créances doivent être déclarées auprès du mandataire judiciaire désigné par le tribunal, dont vous recevrez les coordonnées par courrier.\n\nCordialement,\nOlivier Lambert\nPrésident – Biocapteurs Lambert SAS",
        lab(
            note="insolvency proceedings: no payment and no contact address; a person has to file the claim"
        ),
        inv="CL26-04378",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Marion Chevalier", "marion.chevalier@laboratoire-ceralis.example"),
        "2026-12-16 11:20 +0100",
        "gmail",
        "Bonjour,\n\nPetite question au passage : le contrat d'étalonnage que nous avons signé pour 2027 comprend-il le raccordement COFRAC des thermomètres, ou faut-il le commander à part ?\n\nMerci,\nMarion Chevalier\nResponsable qualité – Laboratoire Céralis",
        lab(note="service-contract question in the reminder thread"),
        inv="CL26-04491",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Raúl Medina", "raul.medina@aguas-valdoro.example"),
        "2026-11-24 13:30 +0100",
        "outlook_mac",
        "Hola,\n\nAprovecho el correo para comentaros que el espectrofotómetro que nos calibrasteis en octubre da el error E-17 al arrancar desde hace una semana. ¿Podéis mandar a alguien a mirarlo o nos llamáis para ver qué hacemos?\n\nGracias,\nRaúl Medina\nLaboratorio Aguas del Valdoro",
        lab(
            note="technical support request; the invoice is not contested and payment is not refused"
        ),
        inv="CL26-04379",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Beatriz Romero", "b.romero@genomica-levante.example"),
        "2026-12-11 09:45 +0100",
        "outlook_html",
        "Recibido, gracias.\n\nBeatriz",
        lab(note="acknowledgement only"),
        inv="CL26-04487",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Anouk Willems", "a.willems@biocentrum-waalstad.example"),
        "2026-12-04 15:00 +0100",
        "thunderbird_html",
        "Beste,\n\nEven ter info: ons lab verhuist per 4 januari naar het nieuwe gebouw. Het afleveradres voor leveringen en servicebezoeken wordt dan Kanaaldijk 112, 6541 ZW Waalstad. Het factuuradres blijft hetzelfde.\n\nGroet,\nAnouk Willems",
        lab(
            note="delivery-address change; the billing contact stays the same and nothing is said about paying"
        ),
        inv="CL26-04461",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Daan Vermeulen", "daan@proteoform.example"),
        "2026-12-17 13:13 +0100",
        "iphone",
        "Ontvangen, wordt opgepakt.\n\nDaan",
        lab(note="acknowledgement; 'will be dealt with' is not a promise to pay"),
        inv="CL26-04499",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefania Vitale", "s.vitale@asl-valpadana.example"),
        "2026-12-02 10:30 +0100",
        "outlook_html",
        "Buongiorno, ricevo e giro all'ufficio competente.\n\nCordiali saluti\nStefania Vitale\nLaboratorio Analisi – ASL Valpadana",
        lab(note="acknowledgement; passing it on names no contact"),
        inv="CL26-04436",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Lorenzo De Luca", "lorenzo.deluca@cellvia.example"),
        "2026-12-18 12:00 +0100",
        "gmail",
        "Buongiorno,\n\nvi informo che dal 1° gennaio 2027 Cellvia S.r.l. sarà incorporata in Nexomed Bio S.p.A. Vi chiediamo di intestare a Nexomed Bio le fatture emesse da quella data; i dati fiscali completi vi arriveranno dal nostro ufficio acquisti.\n\nCordiali saluti\nLorenzo De Luca\nCellvia S.r.l.",
        lab(note="billing entity changes for future invoices; nothing about this invoice"),
        inv="CL26-04483",
        amt="€ 2.100,00",
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
# Delivery reports: machine skeletons, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder to `rcpt` (the reminder was written in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    delay_minutes: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay_minutes)).replace(second=12)

    @property
    def local(self) -> str:
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key, self.inv)

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)


def dsn(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    received_from: str = "",
    queue_id: str = "",
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if queue_id:
        per_message.append(f"X-Postfix-Queue-ID: {queue_id}")
    if received_from:
        per_message.append(f"Received-From-MTA: dns; {received_from}")
    per_message.append(f"Arrival-Date: {format_datetime(b.sent)}")
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    extra: tuple[tuple[str, str], ...] = (),
    family: str = "mta",
) -> Message:
    body_headers = [(k, v) for k, v in msg.items()]
    for k in {k for k, _ in body_headers}:
        del msg[k]
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8", "mta")
    msg["Date"] = format_datetime(b.dt)
    host = re.split(r"[\s>]", sender.rsplit("@", 1)[1], maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for k, v in [*extra, *body_headers]:
        msg[k] = v
    return finalize(msg, b.key, family)


def sendmail_hard(b: Bounce) -> Message:
    arrival = format_datetime(b.sent.astimezone(b.sent.tzinfo), usegmt=False)
    human = (
        f"The original message was received at {arrival}\n"
        "from relay1.cobalt-lab.example [198.51.100.17]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mail.{b.domain}.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            "mx2.cobalt-lab.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote=f"mail.{b.domain}",
            received_from="relay1.cobalt-lab.example",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <MAILER-DAEMON@mx2.cobalt-lab.example>",
        "Returned mail: see transcript for details",
    )


def qmail_hard(b: Bounce) -> Message:
    copy = b.reminder().as_string()
    stamp = b.sent.strftime("%d %b %Y %H:%M:%S").lstrip("0")
    text = (
        "Hi. This is the qmail-send program at mail.cobalt-lab.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.25 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 203.0.113.25.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked by uid 1004); {stamp} -0000\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mail.cobalt-lab.example", "failure notice")


def google_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(
            f'<p style="font-family:Google Sans,Roboto,Arial,sans-serif">{html.escape(x)}</p>'
            for x in lines
        )
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def gmail_delay(b: Bounce) -> Message:
    diag = f"452 4.2.2 <{b.rcpt}>: mailbox over quota, try again later"
    human = google_human(
        [
            "** Delivery delayed **",
            f"Your message to {b.rcpt} hasn't been delivered yet because the recipient's inbox is out of storage space. We'll keep trying for a while and let you know if it still can't be delivered.",
            "The response from the remote server was:",
            diag,
        ]
    )
    parts = [
        human,
        dsn(b, "googlemail.com", "delayed", diag, remote=f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        family="gmail",
    )


def gmail_es_hard(b: Bounce) -> Message:
    diag = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: buzón inexistente"
    human = google_human(
        [
            "** Dirección inexistente **",
            f"No hemos podido entregar tu mensaje a {b.rcpt}: el servidor de destino indica que esa cuenta no existe.",
            "Comprueba que la dirección no tenga erratas ni espacios de más y vuelve a intentarlo.",
            "Respuesta del servidor remoto:",
            diag,
        ]
    )
    parts = [
        human,
        dsn(b, "googlemail.com", "failed", diag, remote=f"mx1.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        extra=(("X-Failed-Recipients", b.rcpt),),
        family="gmail",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The localised strings of a modern Exchange Online non-delivery report."""

    subject: str
    title: str
    explanation: str
    action: str
    fix: str
    admin: str
    server: str
    remote: str
    headers: str
    diag: str
    report_action: str


EXCHANGE_TEXT = {
    "bo-de-1": ExchangeText(
        subject="Unzustellbar: ",
        title="Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
        explanation="{local} wurde bei {domain} nicht gefunden.",
        action="Aktion erforderlich – Empfänger: Unbekannte Adresse",
        fix="So beheben Sie das Problem\nDie Adresse ist vermutlich falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Schreibweise und senden Sie die Nachricht erneut. Stimmt die Adresse, fragen Sie den Empfänger auf anderem Weg nach einer gültigen Adresse.",
        admin="Weitere Informationen für E-Mail-Administratoren",
        server="Generierender Server",
        remote="Vom Remoteserver zurückgegeben:",
        headers="Nachrichtenkopfzeilen der ursprünglichen Nachricht",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        report_action="failed",
    ),
    "bo-es-2": ExchangeText(
        subject="No se puede entregar: ",
        title="Su mensaje para {rcpt} no se pudo entregar.",
        explanation="El buzón de {local} está lleno y ahora mismo no admite más mensajes.",
        action="Acción necesaria – Destinatario: buzón lleno",
        fix="Cómo solucionarlo\nEl destinatario tiene que liberar espacio en su buzón. Pruebe a enviar el mensaje de nuevo más tarde o avise al destinatario por otro medio.",
        admin="Más información para administradores de correo electrónico",
        server="Servidor de generación",
        remote="Devuelto por el servidor remoto:",
        headers="Encabezados del mensaje original",
        diag="550 5.2.2 STOREDRV.Deliver; recipient mailbox is full, quota exceeded",
        report_action="failed",
    ),
    "bo-it-1": ExchangeText(
        subject="Non recapitabile: ",
        title="Impossibile recapitare il messaggio a {rcpt}.",
        explanation="Il dominio {domain} non accetta messaggi per questo indirizzo: il destinatario non esiste oppure non riceve posta dall'esterno.",
        action="Azione richiesta – Destinatario: indirizzo rifiutato",
        fix="Come risolvere il problema\nVerificare che l'indirizzo sia scritto correttamente e riprovare. Se l'indirizzo è giusto, contattare il destinatario con un altro mezzo e chiedere un indirizzo valido.",
        admin="Ulteriori informazioni per gli amministratori di posta elettronica",
        server="Server di generazione",
        remote="Restituito dal server remoto:",
        headers="Intestazioni del messaggio originale",
        diag="550 5.4.1 Recipient address rejected: Access denied. [DB8EUR05FT019.eop-eur05.prod.protection.outlook.example]",
        report_action="failed",
    ),
    "bo-nl-2": ExchangeText(
        subject="Bezorging vertraagd: ",
        title="Het bezorgen van uw bericht aan {rcpt} is vertraagd.",
        explanation="Uw bericht staat nog in de wachtrij omdat de ontvangende server niet reageert. Exchange blijft het proberen tot {until}; lukt het dan nog niet, dan krijgt u een nieuw bericht.",
        action="U hoeft niets te doen",
        fix="",
        admin="Meer informatie voor e-mailbeheerders",
        server="Genererende server",
        remote="Laatste fout:",
        headers="Kopteksten van het oorspronkelijke bericht",
        diag="451 4.4.7 Message delayed; the remote server did not respond",
        report_action="delayed",
    ),
}
EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cobalt-lab.example>"
)


def exchange_ndr(b: Bounce) -> Message:
    t = EXCHANGE_TEXT[b.key]
    server = f"{b32(b.key, 'srv', 4)}PR0{len(b.key)}MB{int.from_bytes(digest(b.key, 'n')[:2], 'big')}.EURPRD0{len(b.lang)}.PROD.OUTLOOK.example"
    until = (b.sent + timedelta(days=2)).strftime("%d-%m-%Y %H:%M")
    fill = {"rcpt": b.rcpt, "local": b.local, "domain": b.domain, "until": until}
    title, explanation = t.title.format(**fill), t.explanation.format(**fill)
    head_lines = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    text = "\n\n".join(
        x
        for x in (
            title,
            explanation,
            t.action,
            t.fix,
            t.admin,
            f"{t.server}: {server}\n{b.rcpt}\n{t.remote} '{t.diag}'",
            f"{t.headers}:\n\n{head_lines}",
        )
        if x
    )
    fix_html = "".join(f"<p>{html.escape(x)}</p>" for x in t.fix.split("\n")) if t.fix else ""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:17pt;color:#666666">{html.escape(title)}</p>'
        f'<p style="font-size:10pt">{html.escape(explanation)}</p>'
        f'<table style="background-color:#F2F2F2;width:100%"><tr><td style="font-size:10pt;padding:8px">{html.escape(t.action)}</td></tr></table>'
        f"{fix_html}"
        f'<p style="font-size:12pt;font-weight:bold;margin-top:20px">{html.escape(t.admin)}</p>'
        f'<p style="font-size:9pt">{html.escape(t.server)}: {html.escape(server)}<br>{html.escape(b.rcpt)}<br>'
        f"{html.escape(t.remote)} '{html.escape(t.diag)}'</p>"
        f'<p style="font-size:9pt;font-weight:bold">{html.escape(t.headers)}:</p>'
        f'<pre style="font-size:8pt">{html.escape(head_lines)}</pre>'
        "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    parts = [alt, dsn(b, server, t.report_action, t.diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, t.subject + b.subject(), family="outlook")


def greylist_de(b: Bounce) -> Message:
    rem = b.reminder()
    until = (b.sent + timedelta(days=4)).strftime("%d.%m.%Y, %H:%M Uhr")
    text = (
        "Dies ist eine Warnung des Mailservers mail.webhost-rhein.example.\n\n"
        f"Ihre Nachricht an\n\n  {b.rcpt}\n\n"
        f"liegt seit vier Stunden in der Warteschlange. Der Zielserver mx.{b.domain} nimmt sie vorläufig nicht an:\n\n"
        "  451 4.7.1 Greylisted, please try again later\n\n"
        f"Weitere Zustellversuche laufen automatisch bis {until}. Eine erneute Sendung ist nicht nötig; erst wenn die Zustellung endgültig scheitert, bekommen Sie eine weitere Nachricht.\n\n"
        f"Betreff:    {latin1_safe(b.subject())}\n"
        f"Gesendet:   {rem['Date']}\n"
        f"Message-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Mail Delivery System <MAILER-DAEMON@mail.webhost-rhein.example>",
        "Warnung: Nachricht noch nicht zugestellt",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def postfix_fr_delay(b: Bounce) -> Message:
    diag = f"452 4.2.2 <{b.rcpt}>: Boîte aux lettres pleine / Mailbox full"
    human = (
        "Ceci est le système de messagerie de l'hôte smtp.cobalt-lab.example.\n\n"
        "######################################################################\n"
        "# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER LE MESSAGE. #\n"
        "######################################################################\n\n"
        "Votre message n'a pas encore pu être remis à l'un de ses destinataires\n"
        "après 4 heures de tentatives. Le système réessaiera pendant encore 5 jours.\n\n"
        "                   Le système de messagerie\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[192.0.2.71] said: {diag} (in reply to RCPT TO\n"
        "    command)\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        dsn(
            b,
            "smtp.cobalt-lab.example",
            "delayed",
            diag,
            remote=f"mx.{b.domain}",
            queue_id="4dN7qR2xWkz3Jb",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "MAILER-DAEMON@smtp.cobalt-lab.example (Mail Delivery System)",
        "Courrier retardé (nouvelles tentatives en cours)",
    )


def polderhost_nl_hard(b: Bounce) -> Message:
    text = (
        "Beste gebruiker,\n\n"
        f"Uw e-mail kon niet worden afgeleverd bij de volgende ontvanger:\n\n    {b.rcpt}\n\n"
        "De ontvangende mailserver meldt dat dit adres niet bestaat:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Dit is een permanente fout; er volgen geen nieuwe pogingen. Controleer het adres of neem op een andere manier contact op met de ontvanger.\n\n"
        "Het oorspronkelijke bericht vindt u in de bijlage.\n\n"
        "-- \nMailservice Polderhost\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Postmaster <postmaster@relay.polderhost.example>",
        f"Onbestelbaar bericht: {b.subject()}",
    )


def postaweb_it_soft(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA\n\n"
        f"Il server di posta del destinatario ha rifiutato temporaneamente il messaggio per {b.rcpt}:\n\n"
        "    451 4.3.2 Sistema temporaneamente non disponibile, riprovare più tardi\n\n"
        "Nuovi tentativi verranno effettuati automaticamente nelle prossime 72 ore. Se la consegna non riuscirà, riceverà un ulteriore avviso; non è necessario inviare di nuovo il messaggio.\n\n"
        "Dettagli del messaggio:\n"
        f"  Oggetto:      {latin1_safe(b.subject())}\n"
        f"  Data:         {rem['Date']}\n"
        f"  Destinatario: {b.rcpt}\n\n"
        "PostaWeb Italia - Servizio di posta per le imprese\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Servizio Posta <mailer-daemon@relay.postaweb-italia.example>",
        "Avviso di ritardo nella consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "purchasing@pelham-foodscience.example",
            "2026-11-23 08:47 +0000",
            "en",
            "CL26-04369",
        ),
        sendmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "finance@brackenridge-labs.example",
            "2026-12-07 08:46 +0000",
            "en",
            "CL26-04445",
            note="qmail plain-text failure notice, not RFC 3464",
        ),
        qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "qa.office@brightwater-foodlab.example",
            "2026-12-15 12:40 +0000",
            "en",
            "CL26-04489",
            delay_minutes=245,
            note="delay notice for a full mailbox",
        ),
        gmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@praxislabor-seidel.example",
            "2026-11-30 08:39 +0100",
            "de",
            "CL26-04374",
        ),
        exchange_ndr,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "labor@mikrobio-ost.example",
            "2026-12-08 12:51 +0100",
            "de",
            "CL26-04458",
            delay_minutes=240,
            note="greylisting delay warning, plain text",
        ),
        greylist_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "achats@armor-analyses.example",
            "2026-12-03 12:44 +0100",
            "fr",
            "CL26-04416",
            delay_minutes=242,
            note="Postfix delay report with a French template",
        ),
        postfix_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "facturas@lab-ruiz-hermanos.example",
            "2026-11-26 08:41 +0100",
            "es",
            "CL26-04387",
        ),
        gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "suministros@hc-valdenoria.example",
            "2026-12-10 08:44 +0100",
            "es",
            "CL26-04478",
            note="mailbox full reported with a 5.x code: soft (README rule); the code is kept",
        ),
        exchange_ndr,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "boekhouding@degraaf-labs.example",
            "2026-12-01 08:38 +0100",
            "nl",
            "CL26-04425",
            note="provider notice in multipart/mixed with the returned message",
        ),
        polderhost_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@zeeland-voedsellab.example",
            "2026-12-16 12:45 +0100",
            "nl",
            "CL26-04500",
            delay_minutes=241,
        ),
        exchange_ndr,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.4.1",
            "acquisti@farmalab-tirreno.example",
            "2026-11-25 08:42 +0100",
            "it",
            "CL26-04409",
        ),
        exchange_ndr,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.3.2",
            "amministrazione@caseificio-labtest.example",
            "2026-12-17 13:02 +0100",
            "it",
            "CL26-04504",
            delay_minutes=243,
            note="provider delay notice in Latin-1 plain text",
        ),
        postaweb_it_soft,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
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


KEY_PREFIX = {
    "payment_sent": "ps",
    "promise_to_pay": "pp",
    "dispute": "di",
    "payment_plan": "pl",
    "invoice_request": "ir",
    "wrong_contact": "wc",
    "unsubscribe": "un",
    "auto_reply": "ar",
    "other": "ot",
}


def check_specs() -> None:
    """Catch slips in the hand-written specs before anything is written."""
    for r in REPLIES:
        if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
            raise SystemExit(f"{r.key}: bad intent, language or style")
        if not r.key.startswith(f"{KEY_PREFIX[r.intent]}-{r.lang}-"):
            raise SystemExit(f"{r.key}: key does not match intent {r.intent} and language {r.lang}")
        if not ("2026-11-23" <= r.when[:10] <= "2026-12-18"):
            raise SystemExit(f"{r.key}: date out of range")
        if not INVOICE_RE.match(r.inv):
            raise SystemExit(f"{r.key}: bad invoice number {r.inv}")
    for b, _ in BOUNCES:
        if b.kind != ("hard" if b.status.startswith("5") and b.status != "5.2.2" else "soft"):
            raise SystemExit(f"{b.key}: kind does not match status")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    str(msg["Subject"])
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
    check_specs()
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
