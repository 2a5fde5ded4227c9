# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and accents people really type.
"""Build held-out reply corpus 128: `h128-NNN.eml` files and `labels.jsonl`.

Every message could reach the receivables mailbox of Wrenfield Solar Installations after it
sent an overdue reminder. The new text of each message is written by hand below. The script
adds only what a mail client or a mail server would add: the quoted reminder (in the client's
layout and the sender's language), headers, MIME structure, charsets and transfer encodings.
Run it from anywhere; it writes beside itself, deterministically, and checks what it wrote.
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
from email import charset as cs
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h128"
SEED = 20310707
AR_NAME = "Wrenfield Solar Accounts"
AR_ADDR = "receivables@wrenfield-solar.example"
AR_DOMAIN = "wrenfield-solar.example"
UK = timezone(timedelta(hours=1))  # British Summer Time
CE = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY = date(2031, 7, 7)
LAST_DAY = date(2031, 8, 1)
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
# Which label fields each intent may fill (all others stay null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The one language of each intent that has a single message (the others have two; en has three).
SINGLE = {
    "payment_sent": "de",
    "promise_to_pay": "fr",
    "dispute": "es",
    "payment_plan": "nl",
    "invoice_request": "it",
    "wrong_contact": "de",
    "unsubscribe": "fr",
    "auto_reply": "es",
    "bounce": "nl",
    "other": "it",
}

Label = dict[str, str | list[str] | None]

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
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# (separator line, From, Sent, To, Subject, label separator)
OUTLOOK_LABELS = {
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
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_PREFIX = {
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} staat nog open",
    "it": "Sollecito di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "This is a reminder that the invoice below has passed its due date and we have not yet received payment.\n\n"
        "    Invoice number:   {inv}\n"
        "    Invoice date:     {issued}\n"
        "    Due date:         {due}\n"
        "    Balance due:      {amt}\n\n"
        "If you have already paid, thank you – please let us know the date and your payment reference so that we can allocate it. If you have a question about the work or the invoice, just reply to this e-mail and we will get back to you.\n\n"
        "Kind regards\n\n"
        "Accounts Receivable\nWrenfield Solar Installations Ltd\nUnit 7, Millbrook Business Park, Leominster HR6 0QL\nTel. 01632 960 274"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen wurde:\n\n"
        "    Rechnungsnummer:  {inv}\n"
        "    Rechnungsdatum:   {issued}\n"
        "    Fällig am:        {due}\n"
        "    Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Verwendungszweck. Bei Fragen zur Rechnung oder zur Anlage antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nWrenfield Solar Installations Ltd"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée à son échéance :\n\n"
        "    Facture n° :      {inv}\n"
        "    Date :            {issued}\n"
        "    Échéance :        {due}\n"
        "    Montant dû :      {amt}\n\n"
        "Si votre règlement est déjà parti, nous vous en remercions et vous prions de nous indiquer sa date et sa référence. Pour toute question sur la facture ou sur l'installation, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nWrenfield Solar Installations Ltd"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Le recordamos que la factura que se detalla a continuación ha vencido y todavía no nos consta su pago:\n\n"
        "    Número de factura:  {inv}\n"
        "    Fecha de emisión:   {issued}\n"
        "    Vencimiento:        {due}\n"
        "    Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le agradecemos que nos indique la fecha y la referencia para poder conciliarlo. Para cualquier consulta sobre la factura o la instalación, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nWrenfield Solar Installations Ltd"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum inmiddels is verstreken:\n\n"
        "    Factuurnummer:    {inv}\n"
        "    Factuurdatum:     {issued}\n"
        "    Vervaldatum:      {due}\n"
        "    Openstaand:       {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk en horen graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Vragen over de factuur of de installatie? Beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nWrenfield Solar Installations Ltd"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "le ricordiamo che la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "    Numero fattura:   {inv}\n"
        "    Data fattura:     {issued}\n"
        "    Scadenza:         {due}\n"
        "    Importo dovuto:   {amt}\n\n"
        "Se ha già effettuato il pagamento, la ringraziamo e le chiediamo di comunicarci data e riferimento, così da poterlo registrare. Per qualsiasi domanda sulla fattura o sull'impianto è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nWrenfield Solar Installations Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,140.00",
    "de": "2.140,00 €",
    "fr": "2\u00a0140,00 €",
    "es": "2.140,00 €",
    "nl": "€ 2.140,00",
    "it": "€ 2.140,00",
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
INVOICE_ZERO = date(2031, 4, 20)  # issue date of WSI-2031-0300
# What a Latin-1 client makes of characters its charset lacks.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message sent back to the receivables mailbox, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Label = field(default_factory=dict)
    inv: str = ""  # set only when the writer quotes the reminder's own number
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The message's own Date, with the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> Label:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    label: Label = dict(fields)
    label["invoice_refs"] = list(refs)
    label["note"] = note
    return label


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Pieces of a date, spelt for locale `loc`."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wdl": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "monl": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
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
    """Fill a locale date template."""
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime) -> datetime:
    """The reminder left the UK mailbox shortly after nine on the working day before the reply."""
    day = reply.astimezone(UK) - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(hour=9, minute=1 + day.day % 9, second=17 + day.day)
    return sent.astimezone(reply.tzinfo)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for one message and one purpose."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """Stable upper-case token."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder this message answers."""
    return f"<reminder.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str, lang: str) -> str:
    """Message-ID shaped like the sending client's own."""
    domain = addr.split("@")[1]
    raw = digest(key, "msgid")
    if style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        zone = "GBRP265" if lang == "en" else "EURP195"
        return f"<{b32(key, 'ms', 26)}@{b32(key, 'host', 10)}.{zone}.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def latin1_safe(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Quote with '> ' the way Gmail, Apple Mail and Thunderbird do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text as HTML with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text as HTML paragraphs."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """Encode text as RFC 3676 format=flowed: soft breaks end in a space, stuffing where needed."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        prefix = ">" * depth + " " if depth else ""
        chunks: list[str] = []
        room = width - len(prefix)
        while len(content) > room:
            cut = content.rfind(" ", 1, room)
            if cut <= 0:
                cut = content.find(" ", room)
                if cut < 0:
                    break
            chunks.append(content[: cut + 1])
            content = content[cut + 1 :]
        chunks.append(content)
        for chunk in chunks:
            if not chunk:
                out.append(">" * depth)  # an empty line must not end in a space
                continue
            if not depth and chunk.startswith((" ", ">", "From ")):
                chunk = " " + chunk
            out.append(prefix + chunk)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit (or 7bit when the text is ASCII): no encoding
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
        enc = charset
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From/To value with the display name encoded the client's way."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# The quoted reminder, in each client's layout
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """Subject line of the reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date of an invoice: about three invoices a day, 30 days' terms."""
    issued = INVOICE_ZERO + timedelta(days=round((int(inv[-4:]) - 300) * 0.3))
    return issued, issued + timedelta(days=30)


def reminder_text(lang: str, inv: str, amt: str) -> str:
    """Body of the reminder."""
    issued, due = invoice_dates(inv)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=amt or DEFAULT_AMOUNT[lang],
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
    )


def make_quote(r: Reply) -> Quote:
    """What the reply's client quotes; a Latin-1 client loses what its charset lacks."""
    inv = invoice_of(r.key)
    text = reminder_text(r.lang, inv, r.amt)
    subject = reminder_subject(r.lang, inv)
    name, addr = r.who
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    if r.charset == "iso-8859-1":
        text, subject, to = latin1_safe(text), latin1_safe(subject), latin1_safe(to)
    return Quote(text, subject, reminder_time(r.dt), r.lang, to)


def outlook_block(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject header block."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header block."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, localised 'Original Message' block."""
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML with its plain-text alternative."""
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook sending only the HTML part."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, localised signature, underscore divider."""
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail multipart/alternative with the gmail_quote block."""
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode, '>' quoting."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attr(q: Quote) -> str:
    """Apple Mail / iOS attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, 8bit, attribution without the address."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, "8bit")
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """Automatic notices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.41)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client sends: a reply prefix, or the writer's own subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """Exchange's own headers on Outlook-family messages."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    topic = r.subject.format(rsub=q.subject) if r.subject else q.subject
    return [
        ("Thread-Topic", header_text(topic, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with a PDF when the writer attached one."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast(list[Message], part.get_payload()):
            strip_inner_versions(sub, top=enclosed)


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries shaped like the client's."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        token = b32(key, f"boundary{n}", 24)
        if style in OUTLOOK_FAMILY:
            token += "_"
        elif style == "gmail":
            token = digest(key, f"boundary{n}").hex()[:16]
        part.set_boundary(prefix + token)


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1], r.lang)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Owen Beddoes", "owen@beddoes-agri.example"),
        "2031-07-08 07:12 +0100",
        "outlook",
        "Paid.\n\nOwen Beddoes\nDirector\nBeddoes Agricultural Contractors Ltd\nTel: 01632 960 518 | Mob: 07700 900 384\n\nRegistered in England and Wales No. 08812733. Registered office: Lower Ffrith Barn, Kington HR5 3LT.\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. We do not accept liability for any loss or damage caused by software viruses. Please consider the environment before printing this e-mail.",
        lab(note="one word above a long signature and disclaimer; no date given"),
        amt="£1,876.40",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Helen Marsh", "h.marsh@staidans-primary.example"),
        "2031-07-14 09:47 +0100",
        "outlook_html",
        "Good morning,\n\nApologies – I have been out of the office since 30 June (jury service, of all things) and have only just worked through my inbox. I paid invoice 0388 this morning through the county's online system, £2,140.00 by BACS, so it should reach you in a day or two.\n\nKind regards,\n\nHelen Marsh\nSchool Business Manager\nSt Aidan's C of E Primary School",
        lab(
            ("WSI-2031-0388",),
            paid_date="2031-07-14",
            amount="2140.00",
            currency="GBP",
            note="a person whose subject line says 'Out of office' writes that she paid this morning; not an auto_reply",
        ),
        inv="WSI-2031-0388",
        subject="Out of office",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Kestrel Packaging Group AP", "ap-noreply@kestrelpackaging.example"),
        "2031-07-17 06:03 +0100",
        "none",
        "REMITTANCE ADVICE\n\nTo:            Wrenfield Solar Installations Ltd\nSupplier no.:  V-204417\nFrom:          Kestrel Packaging Group plc, Accounts Payable\nPayment date:  17/07/2031\nMethod:        BACS\nPayment ref.:  KPG-PAY-0073125\n\nDocument      Your ref.        Doc. date      Amount GBP\n5100293381    WSI-2031-0352    06/05/2031       4,860.00\n5100293902    WSI-2031-0409    23/05/2031       1,215.50\n                               Total paid       6,075.50\n\nThe amount above will be credited to the bank account we hold on file for you within 2 working days.\n\nThis message was generated automatically. Replies to this address are not read. For queries please contact ap.queries@kestrelpackaging.example quoting your supplier number.",
        lab(
            ("WSI-2031-0352", "WSI-2031-0409"),
            paid_date="2031-07-17",
            payment_reference="KPG-PAY-0073125",
            amount="6075.50",
            currency="GBP",
            note="AP-system remittance advice carrying Auto-Submitted: auto-generated; a payment sent, not an auto_reply",
        ),
        subject="Remittance advice - Kestrel Packaging Group plc - KPG-PAY-0073125",
        charset="iso-8859-1",
        headers=(
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "SAP NetWeaver 7.50"),
        ),
        threaded=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kröger", "kroeger.hof@web.de"),
        "2031-07-10 20:14 +0200",
        "iphone",
        "erledigt\n\nLG S. Kröger",
        lab(note="one word: 'erledigt' answering a reminder means paid; no date"),
        amt="1.356,00 €",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Mathilde Roux", "mathilde.roux.lyon@gmail.com"),
        "2031-07-16 10:02 +0200",
        "gmail",
        "Bonjour,\n\nLe virement est parti ce matin depuis mon appli bancaire, vous devriez le recevoir d'ici deux ou trois jours ouvrés. Désolée pour le retard, nous étions en vacances chez mes beaux-parents et je n'avais pas vu votre message.\n\nBonne journée,\nMathilde Roux",
        lab(paid_date="2031-07-16"),
        amt="2\u00a0480,00 €",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        (
            "Mairie de Saint-Vérand – Comptabilité",
            "comptabilite@mairie-saintverand.example",
        ),
        "2031-07-11 14:35 +0200",
        "outlook_html",
        "Bonjour,\n\nPour information, le mandat n° 2031-000482 correspondant à votre facture WSI-2031-0379 (entretien des panneaux de l'école et de la salle des fêtes) a été émis le 9 juillet et transmis au Service de Gestion Comptable. Le virement sera effectué par la trésorerie dans les délais habituels ; nous n'avons plus la main sur la date de paiement effective.\n\nCordialement,\n\nNadine Faure\nSecrétariat de mairie – comptabilité\nMairie de Saint-Vérand",
        lab(
            ("WSI-2031-0379",),
            paid_date="2031-07-09",
            payment_reference="2031-000482",
            note="French public body: the payment mandate was issued on 9 July and passed to the public accountant; the payment is out of the town hall's hands, like a transfer already instructed",
        ),
        inv="WSI-2031-0379",
        amt="6\u00a0912,00 €",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Paco Lara", "paco.lara@bodegaslara.example"),
        "2031-07-10 21:40 +0200",
        "iphone",
        "ya esta pagado lo hice ayer por transferencia",
        lab(paid_date="2031-07-09", note="no punctuation, no accents; 'ayer' is 9 July"),
        amt="3.095,00 €",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rocío Marín", "administracion@coopsanisidro.example"),
        "2031-07-22 09:15 +0200",
        "outlook",
        "Buenos días:\n\nLes confirmamos que la transferencia de 5.240,00 EUR correspondiente a su factura WSI-2031-0376 se ordenó el viernes 18 de julio desde nuestra cuenta de Caja Rural. Referencia de la operación: 0049-7731-88.\n\nAprovecho para pedirles una copia del certificado de garantía del inversor, que no la encontramos en la documentación que nos dejaron.\n\nUn saludo,\n\nRocío Marín\nAdministración\nCooperativa Agrícola San Isidro",
        lab(
            ("WSI-2031-0376",),
            paid_date="2031-07-18",
            payment_reference="0049-7731-88",
            amount="5240.00",
            currency="EUR",
            note="payment confirmed plus a request for a warranty certificate: payment_sent",
        ),
        inv="WSI-2031-0376",
        amt="5.240,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Gerrit van Dijk", "info@vandijk-melkvee.example"),
        "2031-07-23 08:05 +0200",
        "gmail_plain",
        "Hoi,\n\nIs gisteren betaald hoor. Kunnen jullie wel nog even een kopie van de factuur mailen? Die is bij ons kwijtgeraakt en de boekhouder wil alles compleet hebben voor de btw-aangifte.\n\nGroet,\nGerrit van Dijk\nMaatschap Van Dijk",
        lab(
            paid_date="2031-07-22",
            note="paid, and asks for a copy of the invoice: payment_sent",
        ),
        amt="€ 1.640,00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Henk Bosman", "henk@bosman-metaal.example"),
        "2031-07-21 12:30 +0200",
        "android",
        "BETAALD OP 18/7. GR HENK",
        lab(
            paid_date="2031-07-18",
            note="all caps from a phone; 18/7 is the Friday before",
        ),
        amt="€ 4.310,00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Lucia Ferraresi", "lucia@agriturismocasalvento.example"),
        "2031-07-17 19:22 +0200",
        "gmail",
        "Buonasera,\n\nscusate se rispondo solo ora ma qui è stata una settimana infernale, prima la grandinata di domenica che per fortuna sui pannelli non ha fatto danni (anzi ditelo al vostro tecnico che aveva ragione lui sull'inclinazione), poi gli ospiti tedeschi arrivati con due giorni di anticipo e la lavastoviglie della cucina che si è rotta proprio il giorno del pranzo per la comunione di mia nipote. Mio marito dice che devo smettere di raccontare tutto a tutti, ma vabbè.\n\nComunque il bonifico di 2.760 euro l'ho fatto lunedì dalla banca, il CRO è 1203456789012, se non vi risulta fatemi sapere. Ah, e l'app del monitoraggio adesso funziona benissimo, grazie a Marco che mi ha richiamata.\n\nUn caro saluto a tutti\nLucia",
        lab(
            paid_date="2031-07-14",
            payment_reference="1203456789012",
            amount="2760.00",
            currency="EUR",
            note="rambling reply, the payment is buried in the second paragraph; 'lunedì' is Mon 14 July",
        ),
        amt="€ 2.760,00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        (
            "Ufficio Amministrazione – Carpenterie Zanella",
            "amministrazione@carpenteriezanella.example",
        ),
        "2031-07-25 11:48 +0200",
        "thunderbird",
        "Buongiorno,\n\nvi confermiamo che il pagamento della fattura WSI-2031-0402 è stato eseguito in data odierna con bonifico SEPA, importo € 8.130,50. In allegato trovate la contabile della banca.\n\nDistinti saluti\n\nChiara Zanella\nUfficio Amministrazione\nCarpenterie Zanella S.r.l.",
        lab(
            ("WSI-2031-0402",),
            paid_date="2031-07-25",
            amount="8130.50",
            currency="EUR",
            note="bank receipt attached as a PDF",
        ),
        inv="WSI-2031-0402",
        amt="€ 8.130,50",
        attach=("contabile_bonifico_WSI-2031-0402.pdf", FAKE_PDF),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Tom Fairley", "accounts.payable@brightwater-trust.example"),
        "2031-07-15 11:26 +0100",
        "outlook",
        "Hello,\n\nThank you for your email. This invoice has now been approved by the academy and added to Friday's payment run. Funds normally clear with suppliers on the following working day.\n\nRegards\n\nTom Fairley\nFinance Assistant (Accounts Payable)\nBrightwater Academy Trust",
        lab(
            promised_date="2031-07-18",
            note="past tense ('has been approved … added to Friday's payment run') announces a payment on Fri 18 July",
        ),
        amt="£3,608.00",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dan Whitcombe", "dan.whitcombe@gmail.com"),
        "2031-07-11 17:51 +0100",
        "gmail",
        "Hi there,\n\nReally sorry about this, it's been a mad few weeks with the house move and it completely slipped my mind. I'll transfer the £1,480 next Thursday when I get paid.\n\nThanks for your patience,\nDan",
        lab(
            promised_date="2031-07-17",
            amount="1480.00",
            currency="GBP",
            note="'next Thursday' written on a Friday: Thu 17 July",
        ),
        amt="£1,480.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Ravi Chandran", "ravi@chandranprint.example"),
        "2031-07-24 18:03 +0100",
        "iphone",
        "not yet sorry - it'll go on the 15th with the other suppliers",
        lab(
            promised_date="2031-08-15",
            note="'not yet' then a promise; 'the 15th' written on 24 July is 15 August",
        ),
        amt="£958.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Petra Lindner", "kreditoren@stadtwerke-ahrensfelde.example"),
        "2031-07-23 10:41 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung wurde inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem Zahllauf in KW 34.\n\nMit freundlichen Grüßen\ni. A. Petra Lindner\nKreditorenbuchhaltung\nStadtwerke Ahrensfelde GmbH",
        lab(
            promised_date="2031-08-18",
            note="'KW 34' (ISO week 34 of 2031) pinned to its Monday, 18 August, as 'next week' is pinned to Monday",
        ),
        amt="7.265,00 €",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jörg Wendt", "j.wendt@wendt-landtechnik.example"),
        "2031-07-26 10:11 +0200",
        "android",
        "hallo, hab die rechnung grad erst gesehn, sorry. überweis das am mittwoch wenn ich wieder im büro bin\ngruß jörg",
        lab(
            promised_date="2031-07-30",
            note="typos, no capitals; the Wednesday after Sat 26 July",
        ),
        amt="1.190,00 €",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Bernard Chauvet", "gaec.troischenes@orange.fr"),
        "2031-07-21 08:37 +0200",
        "outlook",
        "Bonjour,\n\nNous réglerons votre facture fin de mois, comme convenu avec M. Bertin le jour de la mise en service. La paie du lait tombe le 25 et nous payons nos fournisseurs juste après.\n\nSalutations,\nBernard Chauvet\nGAEC des Trois Chênes",
        lab(promised_date="2031-07-31", note="'fin de mois' = 31 July"),
        amt="3\u00a0870,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Inés Calvo", "ines.calvo@fincaelromeral.example"),
        "2031-07-18 13:20 +0200",
        "iphone",
        "Hola! Lo tendréis a finales de mes sin falta, estamos esperando a cobrar la cosecha de cereal. Perdonad el retraso 🙏",
        lab(promised_date="2031-07-31", note="'a finales de mes' = 31 July"),
        amt="2.975,00 €",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Marta Gil Serrano", "intervencion@villanuevadelcampo.example"),
        "2031-07-21 12:05 +0200",
        "html_only",
        "Estimados señores:\n\nEn relación con su correo, les informamos de que la factura WSI-2031-0366 fue aprobada por la Junta de Gobierno Local en la sesión celebrada el pasado 17 de julio, y está previsto su abono mediante transferencia el próximo 5 de agosto.\n\nAtentamente,\n\nMarta Gil Serrano\nIntervención Municipal\nAyuntamiento de Villanueva del Campo",
        lab(
            ("WSI-2031-0366",),
            promised_date="2031-08-05",
            note="past tense 'fue aprobada' is the approval; the payment is scheduled for 5 August; HTML only",
        ),
        inv="WSI-2031-0366",
        amt="9.875,40 €",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Femke Jansen", "femke@kwekerijjansen.example"),
        "2031-07-15 16:44 +0200",
        "gmail",
        "Hallo,\n\nExcuses voor de vertraging. Wij betalen over twee weken, dan is de uitbetaling van de energiesubsidie binnen. Ik hoop dat dat akkoord is.\n\nMet vriendelijke groet,\nFemke Jansen\nKwekerij Jansen",
        lab(
            promised_date="2031-07-29",
            note="'over twee weken' = 14 days after Tue 15 July",
        ),
        amt="€ 5.420,00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Annemiek de Groot", "administratie@obsderegenboog.example"),
        "2031-07-21 09:58 +0200",
        "outlook_html",
        "Goedemorgen,\n\nUw factuur ligt nog ter goedkeuring bij het bestuursbureau. Zodra die binnen is, gaat hij mee in de betaalrun; de betaling staat voorlopig ingepland op 15/08.\n\nMet vriendelijke groet,\n\nAnnemiek de Groot\nAdministratie\nOBS De Regenboog",
        lab(
            promised_date="2031-08-15",
            note="'15/08' in the Dutch day/month order is 15 August; the pending sign-off does not change the planned date",
        ),
        amt="€ 3.912,40",
        charset="windows-1252",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Stefania Orlandi", "amministrazione@cantinavaldaso.example"),
        "2031-07-16 15:12 +0200",
        "outlook",
        "Buongiorno,\n\nin riferimento al vostro sollecito, provvederemo al saldo entro fine mese.\n\nCordiali saluti\n\nRag. Stefania Orlandi\nAmministrazione\nCantina Sociale Valdaso Soc. Coop.",
        lab(promised_date="2031-07-31", note="'entro fine mese' = by 31 July"),
        amt="€ 4.050,00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Mauro Pellegrini", "mauro.pellegrini@postacasa.example"),
        "2031-07-29 22:47 +0200",
        "iphone",
        "ok pago venerdì, scusate il ritardo",
        lab(promised_date="2031-08-01", note="phone brevity; Friday after Tue 29 July"),
        amt="€ 780,00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Claire Hobbs", "c.hobbs@hobbsandlane-print.example"),
        "2031-07-09 15:20 +0100",
        "outlook_html",
        "Hi,\n\nWe paid £3,200.00 against this invoice on 27 June, which covers the panels, the battery and the fitting as quoted. The remaining £640.00 is for scaffolding, and we are not paying that: your quote Q-1187 said access equipment was included, and nobody told us otherwise before the job started.\n\nPlease send a credit note for the £640 and confirm the account is then clear.\n\nThanks,\nClaire Hobbs\nFinance Manager\nHobbs & Lane Printers Ltd",
        lab(note="part paid, the rest disputed: dispute wins over the payment claim"),
        amt="£3,840.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Rhys Morgan", "rhys@cwmdulaisfarm.example"),
        "2031-07-22 06:48 +0100",
        "gmail_plain",
        "We have NOT paid because the inverter has been tripping out every afternoon since the day you fitted it and your engineer still hasn't been back, three weeks after he said he would. No payment until it works. I've rung your office twice.\n\nRhys Morgan\nCwm Dulais Farm",
        lab(note="negated payment with the reason: faulty installation"),
        amt="£5,312.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Margaret Ellery", "m.ellery@marchesmail.example"),
        "2031-07-27 20:31 +0100",
        "apple",
        "Dear Sir or Madam,\n\nI have had your letter, or rather your email, about the invoice, and I thought I had better write properly rather than just ring, because I have rung before and I never seem to get the same person twice.\n\nFirst of all I want to say that the two young men who did the installation were very polite and my husband enjoyed chatting to them about the cricket. The panels look very smart and the neighbours have all been round to look. The little screen in the hall is a bit beyond me but my grandson has shown me how to read it.\n\nHowever, when my son went up into the loft on the Sunday after, he found that three of the roof tiles on the back slope are cracked, and one has slipped, and there is now a damp patch on the bedroom ceiling after the rain we had. He is sure it was done when the rails were put on. I sent photographs to the email address on the paperwork on 3 July but nobody has replied.\n\nSo I do not think I should be paying the full amount until someone has come and put the roof right. I am happy to pay for the panels once that is done.\n\nYours faithfully,\nMargaret Ellery",
        lab(note="long, polite letter; the dispute (roof damage) sits in the last paragraphs"),
        amt="£6,950.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Gemeinde Oberried – Kämmerei", "kaemmerei@gemeinde-oberried.example"),
        "2031-07-10 11:02 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung WSI-2031-0372 können wir in dieser Form nicht begleichen. Laut Ihrem Angebot vom 14.03.2031 und unserem Auftrag waren 24 Module für das Dach der Grundschule vorgesehen. Abgerechnet wurden 24 Module, montiert sind laut Abnahmeprotokoll jedoch nur 22. Außerdem ist die Gerüststellung doppelt aufgeführt.\n\nWir bitten um Prüfung und um Zusendung einer korrigierten Rechnung.\n\nMit freundlichen Grüßen\nThomas Reuter\nKämmerei\nGemeinde Oberried",
        lab(
            ("WSI-2031-0372",),
            note="billed quantity disagrees with the acceptance record; the corrected-invoice request follows from the dispute",
        ),
        inv="WSI-2031-0372",
        amt="14.380,00 €",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Frank Albers", "f.albers@albers-backwaren.example"),
        "2031-07-29 07:15 +0200",
        "iphone",
        "Die Rechnung habt ihr doppelt geschickt!! 0374 und 0384 sind beide für dieselbe Wartung am 12. Mai. Bezahlt haben wir die erste schon. Bitte die zweite stornieren.",
        lab(
            ("WSI-2031-0374", "WSI-2031-0384"),
            note="duplicate billing; the payment mentioned is of the first invoice, not of this one",
        ),
        inv="WSI-2031-0384",
        amt="612,00 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Julien Masson", "julien.masson@fromageriemasson.example"),
        "2031-07-15 14:09 +0200",
        "gmail",
        "Bonjour,\n\nNous contestons cette facture. La batterie installée n'est pas le modèle prévu au devis : nous avions commandé un stockage de 13,5 kWh et c'est un modèle de 10 kWh qui a été posé (je peux vous envoyer la photo de la plaque si besoin). La facture, elle, reprend bien le prix du 13,5 kWh.\n\nMerci de revenir vers nous avec une solution avant toute nouvelle relance.\n\nJulien Masson\nFromagerie Masson – Gérant",
        lab(note="wrong equipment billed at the price of the ordered one"),
        amt="11\u00a0450,00 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Sylvie Bonnet", "sylvie.bonnet@courriel-fr.example"),
        "2031-07-24 17:52 +0200",
        "thunderbird",
        "Bonjour,\n\nNon, nous n'avons pas payé, et c'est volontaire : l'attestation Consuel n'a toujours pas été obtenue, donc l'installation n'est pas raccordée et ne produit rien depuis bientôt deux mois. Votre technicien devait repasser début juillet pour corriger le défaut de mise à la terre signalé par l'inspecteur, nous l'attendons encore.\n\nNous réglerons quand l'installation sera conforme et mise en service, pas avant.\n\nSylvie et Marc Bonnet",
        lab(
            note="negated payment; the work is incomplete and payment waits for it to be put right"
        ),
        amt="9\u00a0640,00 €",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Jordi Puig", "jordi@taller-puig.example"),
        "2031-07-14 10:33 +0200",
        "outlook",
        "Buenos días,\n\nNo estamos conformes con esta factura. El presupuesto que aceptamos en marzo era de 7.850,00 € + IVA por la instalación completa, y ahora nos facturan 8.420,00 € + IVA sin que nadie nos haya comunicado ningún trabajo adicional. Hasta que no nos expliquen la diferencia o nos envíen una factura rectificativa no vamos a tramitar el pago.\n\nSaludos,\nJordi Puig\nTaller Mecànic Puig, S.L.",
        lab(
            note="price above the accepted quote; the corrected-invoice request is part of the dispute"
        ),
        amt="10.188,20 €",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Wouter Kramer", "wouter@kramerbouw.example"),
        "2031-07-18 12:14 +0200",
        "android",
        "Factuur 0398 hebben we gewoon betaald, maar deze (0412) klopt niet. Er staat een servicebezoek op van 9 juni, er is die dag niemand bij ons geweest. Graag crediteren.",
        lab(
            ("WSI-2031-0398", "WSI-2031-0412"),
            note="one invoice paid, this one disputed: dispute",
        ),
        inv="WSI-2031-0412",
        amt="€ 385,00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("R. Hoekstra", "financien@spowaterland.example"),
        "2031-07-08 14:40 +0200",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij hebben geen opdracht gegeven voor de jaarlijkse inspectie die op deze factuur in rekening wordt gebracht. In het onderhoudscontract (artikel 4) staat dat elke inspectie vooraf schriftelijk wordt afgestemd, en dat is niet gebeurd. Wij betalen deze factuur daarom niet.\n\nMet vriendelijke groet,\n\nR. Hoekstra\nController\nStichting Primair Onderwijs Waterland",
        lab(note="work not ordered under the contract"),
        amt="€ 1.180,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paolo Rinaldi", "p.rinaldi@oleificiorinaldi.example"),
        "2031-07-11 09:36 +0200",
        "gmail",
        "Buongiorno,\n\ncontestiamo l'importo della fattura. Il contratto firmato a marzo prevedeva la fine lavori entro il 30 aprile, con una penale dello 0,5% per ogni settimana di ritardo; l'impianto è stato collaudato il 12 giugno, cioè sei settimane dopo. Ci aspettiamo quindi una nota di credito pari alla penale (3%) prima di procedere con il pagamento.\n\nDistinti saluti\nPaolo Rinaldi\nOleificio Rinaldi",
        lab(note="late-completion penalty claimed against the invoice"),
        amt="€ 18.600,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Giovanna Russo", "giovanna.russo73@gmail.com"),
        "2031-07-30 13:02 +0200",
        "iphone",
        "Scusate ma come mai mi fatturate di nuovo la manutenzione? L'ho già pagata a maggio, era la fattura WSI-2031-0298. Non pago due volte la stessa cosa",
        lab(
            ("WSI-2031-0298",),
            note="duplicate-billing complaint put as a question; the payment mentioned is of the earlier invoice",
        ),
        amt="€ 240,00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Steve Tranter", "steve@tranter-coldstore.example"),
        "2031-07-16 13:12 +0100",
        "gmail",
        "Hi,\n\nI'll be straight with you. We lost our biggest storage contract in May and cash is very tight at the moment. I'm not trying to dodge the bill, the system is working well and it's saving us a fortune on the chillers.\n\nCould we pay it off at £750 a month, starting at the end of this month? I can set up a standing order today if that works for you.\n\nCheers,\nSteve Tranter\nTranter Cold Storage",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        amt="£7,420.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Sue Pritchard", "accounts@ledburyjoinery.example"),
        "2031-07-25 16:40 +0100",
        "outlook",
        "Good afternoon,\n\nI've sent £1,000.00 today by bank transfer and will send the remaining £1,160.00 at the end of next month once our main customer has paid us.\n\nRegards,\nSue Pritchard\nAccounts\nLedbury Joinery Ltd",
        lab(note="part payment now and the rest later: payment_plan, not payment_sent"),
        amt="£2,160.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Tom Gwilliam", "tom@gwilliamfarm.example"),
        "2031-07-19 07:05 +0100",
        "iphone",
        "Any chance of another 6 weeks on this? Lambs dont go till end of August, moneys tight till then. Will pay in full then, promise",
        lab(
            note="asks for more time; 'will pay in full then' belongs to the extension request, so payment_plan"
        ),
        amt="£2,485.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Heike Brandt", "buchhaltung@brandt-metallbau.example"),
        "2031-07-09 10:15 +0200",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Zahlungsausfalls bei einem unserer Kunden ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um eine Ratenzahlung bitten: drei Monatsraten zu je 3.213,33 EUR, die erste zum 01.08.2031.\n\nBitte teilen Sie uns mit, ob Sie damit einverstanden sind.\n\nMit freundlichen Grüßen\nHeike Brandt\nBuchhaltung\nBrandt Metallbau GmbH & Co. KG",
        lab(note="three monthly instalments proposed"),
        amt="9.640,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Ulrich Vogt", "ulrich.vogt@netzpost.example"),
        "2031-07-31 19:26 +0200",
        "thunderbird",
        "Guten Abend,\n\nich muss Sie leider um einen Zahlungsaufschub bitten. Meine Frau ist seit Juni krankgeschrieben und wir haben gerade nur ein Einkommen. Wäre es möglich, die Rechnung bis Ende Oktober zu stunden? Ab November kann ich auch gern in Teilbeträgen zahlen, wenn Ihnen das lieber ist.\n\nMit freundlichen Grüßen\nUlrich Vogt",
        lab(note="hardship, deferral to the end of October or instalments"),
        amt="6.780,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Camille Petit", "camille@gitedesgrandschamps.example"),
        "2031-07-12 11:48 +0200",
        "iphone",
        "Bonjour, serait-il possible de régler en 3 fois ? Août, septembre, octobre. La saison a mal commencé avec la météo et la trésorerie est serrée. Merci de votre compréhension",
        lab(note="three instalments asked for"),
        amt="4\u00a0590,00 €",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Laurent Girard", "l.girard@menuiserie-girard.example"),
        "2031-07-28 09:20 +0200",
        "gmail_plain",
        "Bonjour,\n\nJe vous fais un virement de 1 500 € aujourd'hui et je règle le solde, soit 2 700 €, fin août. Je sais que c'est en retard, désolé, un gros chantier ne nous a toujours pas payés.\n\nCordialement,\nLaurent Girard\nMenuiserie Girard",
        lab(note="part now and the balance at the end of August: payment_plan"),
        amt="4\u00a0200,00 €",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Nuria Ferrer", "nuria.ferrer@correo-casa.example"),
        "2031-07-20 21:15 +0200",
        "gmail",
        "Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad en septiembre, cuando cobremos la paga extra. Si os parece bien os hago la primera transferencia mañana mismo.\n\nGracias,\nNuria",
        lab(note="two instalments proposed; the first transfer is conditional on agreement"),
        amt="3.480,00 €",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Antonio Jiménez", "antonio@granjajimenez.example"),
        "2031-07-08 19:57 +0200",
        "android",
        "Buenas tardes. Os escribo porque la granizada del mes pasado nos ha destrozado media cosecha de melocotón y el seguro todavía no ha pagado nada. No quiero dejar de pagar, las placas funcionan de maravilla, pero ahora mismo no puedo hacer frente a la factura entera. ¿Podemos hablarlo y hacerlo en varios pagos? Llamadme al 600 000 123 cuando queráis.\nAntonio",
        lab(note="hardship (hail), asks to pay in several payments"),
        amt="7.960,00 €",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Petra Smit", "p.smit@smit-transport.example"),
        "2031-07-17 15:05 +0200",
        "outlook",
        "Goedemiddag,\n\nWij zouden graag een betalingsregeling treffen voor deze factuur. Ons voorstel is om vanaf augustus elke maand € 600,- over te maken tot het bedrag voldaan is. Kunt u laten weten of u hiermee akkoord gaat?\n\nMet vriendelijke groet,\n\nPetra Smit\nSmit Transport B.V.",
        lab(note="monthly arrangement proposed"),
        amt="€ 3.350,00",
        charset="windows-1252",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Elena Colombo", "amministrazione@tessituracolombo.example"),
        "2031-07-14 12:20 +0200",
        "outlook_html",
        "Buongiorno,\n\na seguito del rallentamento degli ordini di questi mesi vi chiediamo la possibilità di rateizzare l'importo in quattro rate mensili di pari importo, con scadenza a fine agosto, settembre, ottobre e novembre.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nElena Colombo\nTessitura Colombo S.p.A.",
        lab(note="four monthly instalments"),
        amt="€ 12.480,00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Salvatore Grasso", "salvo@grassoedilizia.example"),
        "2031-07-26 09:41 +0200",
        "iphone",
        "Buongiorno vi mando 1000 euro lunedì e il resto a settembre quando riparte il lavoro, va bene??",
        lab(note="part on Monday, the rest in September: payment_plan"),
        amt="€ 2.650,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Jade Collins", "ap@hartwellfoods.example"),
        "2031-07-10 08:52 +0100",
        "outlook_html",
        "Dear Supplier,\n\nWe are unable to process invoice WSI-2031-0373 because it does not quote a valid Hartwell purchase order number. All invoices must show the PO issued for the work, otherwise our system rejects them automatically.\n\nOnce you send us a copy of the invoice with PO 4500118822 on it, we will pay it in the next available payment run.\n\nKind regards\n\nJade Collins\nAccounts Payable Team\nHartwell Foods plc",
        lab(
            ("WSI-2031-0373",),
            note="conditional payment: the invoice must be reissued with the PO number first; the amount is not contested",
        ),
        inv="WSI-2031-0373",
        amt="£11,236.80",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priya Sharma", "priya.sharma@marchesmail.example"),
        "2031-07-13 12:30 +0100",
        "iphone",
        "Hi, can you resend the invoice as a PDF? The link in your last email just gives an error on my phone. Thanks",
        lab(),
        amt="£1,095.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Creditor Payments Team", "creditor.payments@norbridge-council.example"),
        "2031-07-31 14:17 +0100",
        "outlook",
        "Good afternoon,\n\nYour invoice cannot be paid yet because Wrenfield Solar Installations Ltd is not set up as a supplier on our finance system. Please complete the supplier set-up form on our website (Business > Selling to the council) and return it with a bank letter confirming your account details. This is a fraud-prevention requirement and we cannot make an exception.\n\nOnce the account is live, the invoice will be paid under our 30-day terms.\n\nRegards,\n\nCreditor Payments Team\nNorbridge Council",
        lab(note="supplier set-up and a bank letter are needed before paying; nothing contested"),
        amt="£4,995.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Landratsamt Hohenstein – Rechnungseingang",
            "rechnungseingang@lra-hohenstein.example",
        ),
        "2031-07-09 13:24 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung WSI-2031-0364 liegt uns nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber dürfen wir nur elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 08-1234567-89 an. Erst danach kann die Rechnung bearbeitet und angewiesen werden.\n\nMit freundlichen Grüßen\nIm Auftrag\nSandra Maier\nSachgebiet Haushalt und Rechnungseingang",
        lab(
            ("WSI-2031-0364",),
            note="public body needs the invoice as an e-invoice through its portal",
        ),
        inv="WSI-2031-0364",
        amt="5.930,00 €",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Markus Heller", "markus@heller-fleischwaren.example"),
        "2031-07-18 16:33 +0200",
        "gmail",
        "Hallo,\n\nbevor wir zahlen können, brauchen wir noch das Inbetriebnahmeprotokoll und die Netzanmeldung für die Anlage. Unser Steuerberater will außerdem eine Rechnung, auf der die Umsatzsteuer getrennt ausgewiesen ist – auf Ihrer steht nur der Bruttobetrag.\n\nSchicken Sie uns das bitte zusammen, dann geht die Zahlung sofort raus.\n\nGruß\nMarkus Heller",
        lab(note="documents and a VAT-itemised invoice needed before paying"),
        amt="4.165,00 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Service des finances", "finances@cc-valdeloue.example"),
        "2031-07-17 10:07 +0200",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance. Toutefois, la facture WSI-2031-0431 ne nous est jamais parvenue par Chorus Pro. Les factures adressées aux collectivités doivent obligatoirement être déposées sur ce portail (SIRET de la collectivité : 200 041 762 00015, code service : TECH). Aucun paiement ne peut être effectué sur la base d'une facture reçue par courriel.\n\nNous vous remercions de procéder au dépôt dans les meilleurs délais.\n\nCordialement,\n\nService des finances\nCommunauté de communes du Val de Loue",
        lab(
            ("WSI-2031-0431",),
            note="public body: the invoice must be filed on its e-invoicing portal",
        ),
        inv="WSI-2031-0431",
        amt="3\u00a0216,00 €",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hélène Dubois", "helene.dubois@cabinet-dubois-kine.example"),
        "2031-07-23 18:45 +0200",
        "apple",
        "Bonjour,\n\nPourriez-vous me renvoyer la facture au nom de la SELARL et non à mon nom personnel ? Mon comptable ne peut pas la passer en charges sinon. Je la règle dès que je l'ai.\n\nBonne soirée,\nHélène Dubois",
        lab(note="reissue in the company's name before paying; the amount is not contested"),
        amt="1\u00a0845,00 €",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Laura Sánchez", "lsanchez@hotelmiramar-cadiz.example"),
        "2031-07-15 11:11 +0200",
        "gmail_plain",
        "Hola,\n\nLa factura viene con el CIF de la antigua sociedad (B-11223344). Desde enero somos Miramar Hoteles 2030 S.L., CIF B-72345678. ¿Nos podéis hacer una rectificativa con los datos correctos? En cuanto la tengamos la pasamos a pago.\n\nUn saludo,\nLaura Sánchez\nAdministración – Hotel Miramar",
        lab(note="corrected tax details needed before paying"),
        amt="6.210,00 €",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Tesorería GAL", "tesoreria@gal-levante.example"),
        "2031-07-29 09:03 +0200",
        "outlook",
        "Buenos días,\n\nPara dar de alta su cuenta bancaria en nuestro sistema necesitamos un certificado de titularidad emitido por su banco. Por motivos de seguridad no aceptamos altas ni cambios de cuentas comunicados solo por correo electrónico. Cuando recibamos el certificado, la factura entrará en la siguiente remesa de pagos.\n\nAtentamente,\n\nTesorería\nGrupo Agroalimentario Levante",
        lab(note="bank-account certificate needed before paying"),
        amt="15.740,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne Visser", "crediteuren@vanleeuwenverpakkingen.example"),
        "2031-07-08 09:40 +0200",
        "outlook_html",
        "Geachte leverancier,\n\nWij kunnen uw factuur WSI-2031-0362 helaas niet verwerken, omdat er geen inkoopordernummer op vermeld staat. Wilt u de factuur opnieuw indienen met ons ordernummer PO-31-0912? Facturen zonder geldig PO-nummer worden door ons systeem automatisch afgekeurd.\n\nMet vriendelijke groet,\n\nSanne Visser\nCrediteurenadministratie\nVan Leeuwen Verpakkingen B.V.",
        lab(("WSI-2031-0362",), note="reissue with the PO number, amount not contested"),
        inv="WSI-2031-0362",
        amt="€ 8.745,00",
        headers=(XARS,),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Kees Dekker", "kees.dekker@thuismail.example"),
        "2031-07-22 20:10 +0200",
        "thunderbird",
        "Goedenavond,\n\nWaar is deze factuur eigenlijk voor? De installatie heb ik vorig jaar al helemaal betaald en ik heb sindsdien niets meer besteld. Kunt u mij laten weten om welke werkzaamheden het gaat, met de datum erbij?\n\nGroet,\nKees Dekker",
        lab(note="asks what the invoice is for and for the details; not yet contesting it"),
        amt="€ 295,00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Comune di Castelvetro – Ragioneria", "ragioneria@comune-castelvetro.example"),
        "2031-07-11 10:49 +0200",
        "outlook",
        "Spett.le ditta,\n\ncon riferimento al sollecito in oggetto si comunica che la fattura n. WSI-2031-0360 non può essere accettata in quanto trasmessa via posta elettronica. Ai sensi della normativa vigente le fatture nei confronti della Pubblica Amministrazione devono essere emesse esclusivamente in formato elettronico tramite il Sistema di Interscambio (SdI), indicando il codice univoco ufficio UF7QX2 e il CIG Z8A3B0C1D2.\n\nSi resta in attesa della fattura elettronica per procedere alla liquidazione.\n\nDistinti saluti\n\nIl Responsabile del Servizio Finanziario\nDott.ssa Anna Maria Ricci",
        lab(
            ("WSI-2031-0360",),
            note="public body needs an electronic invoice through the national exchange system",
        ),
        inv="WSI-2031-0360",
        amt="€ 21.350,00",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Dave Pearce", "caretaker@hillsidecommunitycentre.example"),
        "2031-07-09 16:22 +0100",
        "iphone",
        "Hi, this is the caretaker's email, I don't deal with any of the money side. The bills go to the treasurer, Jean Holloway - jean.holloway@hillsidecommunitycentre.example. I'll mention it to her when I see her Thursday but best to email her direct.\nDave",
        lab(new_contact="jean.holloway@hillsidecommunitycentre.example"),
        amt="£1,320.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@harlow-engineering.example"),
        "2031-07-23 15:58 +0100",
        "outlook",
        "Hello,\n\nPlease be advised that our accounts department is moving to a new email system. With immediate effect kindly update your records and send all invoices, statements and payment reminders for Harlow Engineering Ltd to harlowengineering.accounts@gmail.com only. Do not use this address or copy any other staff, as this mailbox will be closed shortly.\n\nWe also kindly request an updated copy of our account statement to the new address.\n\nThank you for your cooperation.\nAccounts Department",
        lab(
            new_contact="harlowengineering.accounts@gmail.com",
            note="phishing-like request to send all collection mail to a free-mail address (the Reply-To points there too); labelled with what the message asks, a person should verify by phone before changing anything",
        ),
        amt="£8,460.00",
        headers=(("Reply-To", "harlowengineering.accounts@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Lucy Barker", "lucy.barker@okafor-holdings.example"),
        "2031-07-21 11:35 +0100",
        "outlook_html",
        "Dear Wrenfield team,\n\nI am Mr Okafor's personal assistant. He has asked me to let you know that invoices for the installation at his home in Bromyard are handled by his accountants, Pemberton & Lowe, and should be sent to Ms Fiona Lowe at f.lowe@pembertonlowe.example. I have copied her in.\n\nKind regards,\nLucy Barker\nPA to Mr Chidi Okafor",
        lab(
            new_contact="f.lowe@pembertonlowe.example",
            note="assistant redirecting to the accountants, copied in Cc",
        ),
        amt="£12,870.00",
        headers=(("Cc", "Fiona Lowe <f.lowe@pembertonlowe.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lena Wirth", "info@hofmann-metallbau.example"),
        "2031-07-14 09:12 +0200",
        "gmail",
        "Guten Morgen,\n\nFrau Scholz ist seit Anfang Juli nicht mehr in unserem Unternehmen. Für Rechnungen und Zahlungen ist ab sofort Herr Demir zuständig, bitte schreiben Sie ihm direkt an a.demir@hofmann-metallbau.example.\n\nFreundliche Grüße\nLena Wirth\nEmpfang / Zentrale",
        lab(new_contact="a.demir@hofmann-metallbau.example"),
        amt="2.735,00 €",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        (
            "Transports Lacoste – Agence de Périgueux",
            "perigueux@transports-lacoste.example",
        ),
        "2031-07-16 08:55 +0200",
        "outlook_html",
        "Bonjour,\n\nVous écrivez à l'agence de Périgueux, qui ne gère ni les factures ni les paiements. Toute la comptabilité fournisseurs est centralisée au siège : merci d'adresser vos relances à fournisseurs@transports-lacoste.example.\n\nCordialement,\nAgence de Périgueux",
        lab(new_contact="fournisseurs@transports-lacoste.example"),
        amt="5\u00a0120,00 €",
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Pierre Lemoine", "pierre.lemoine56@gmail.com"),
        "2031-07-19 10:30 +0200",
        "gmail_plain",
        "Bonjour,\n\nJe pense que vous vous trompez de destinataire : je n'ai jamais fait installer de panneaux solaires et je ne connais pas votre société. Il doit y avoir une erreur dans l'adresse e-mail.\n\nCordialement,\nP. Lemoine",
        lab(note="wrong recipient altogether, no new address"),
        amt="1\u00a0960,00 €",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Comunidad de Regantes Vega Alta", "secretaria@regantesvegaalta.example"),
        "2031-07-15 09:01 +0200",
        "none",
        "Este buzón ha dejado de estar operativo el 30 de junio de 2031 y los mensajes que recibe no se leen.\n\nPara facturas, pagos y cualquier asunto administrativo, escriba a administracion@regantesvegaalta.example.\n\nGracias.",
        lab(
            new_contact="administracion@regantesvegaalta.example",
            note="automatic 'mailbox no longer in use' notice naming the address to use: wrong_contact",
        ),
        amt="4.480,00 €",
        subject=AUTO_PREFIX["es"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("José Manuel Ortega", "jmortega@asesoriaortega.example"),
        "2031-07-24 19:40 +0200",
        "iphone",
        "Buenas, yo ya no llevo la contabilidad de Bodegas Hermanos Lozano, desde junio se la lleva la Gestoría Ruiz. Escribidles a administracion@gestoriaruiz.example. Un saludo",
        lab(new_contact="administracion@gestoriaruiz.example"),
        amt="2.310,00 €",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("J. Verhoeven", "directie@obskompas.example"),
        "2031-07-10 13:48 +0200",
        "outlook",
        "Goedemiddag,\n\nDit is het adres van de schooldirectie; wij betalen zelf geen facturen. Alle facturen lopen via het bestuursbureau van onze stichting. Wilt u de herinnering doorsturen naar Crediteuren@Stichting-Eemland.example?\n\nMet vriendelijke groet,\n\nJ. Verhoeven\nDirecteur OBS 't Kompas",
        lab(
            new_contact="crediteuren@stichting-eemland.example",
            note="address written in mixed case, labelled in lower case",
        ),
        amt="€ 2.980,00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Mehmet Yilmaz", "m.yilmaz@bakkerijyilmaz.example"),
        "2031-07-30 12:14 +0200",
        "gmail",
        "Hallo,\n\nWij huren dit pand alleen, de panelen op het dak zijn van de eigenaar, Vastgoed Brink. Wij hebben niets bij jullie besteld en krijgen deze mails dus ten onrechte. Neem contact op met de verhuurder, hun e-mailadres heb ik niet.\n\nGroet,\nMehmet Yilmaz\nBakkerij Yilmaz",
        lab(note="the landlord is named but no address is given"),
        amt="€ 640,00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Federica Conti", "federica.conti@agriturismoilpoggio.example"),
        "2031-07-17 15:48 +0200",
        "gmail_plain",
        "Buongiorno,\n\nnon mi occupo più dell'amministrazione dell'agriturismo, da luglio seguo solo le prenotazioni. Per fatture e pagamenti scrivete a Roberto all'indirizzo amministrazione@agriturismoilpoggio.example, che vi risponde lui.\n\nGrazie e buona giornata\nFederica",
        lab(new_contact="amministrazione@agriturismoilpoggio.example"),
        amt="€ 1.730,00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Ufficio Protocollo", "protocollo@bonificapianuraveronese.example"),
        "2031-07-28 10:22 +0200",
        "html_only",
        "Gentili signori,\n\nil presente indirizzo è riservato alla protocollazione degli atti in entrata e non è abilitato alla gestione dei pagamenti. Per solleciti e questioni relative alle fatture vi invitiamo a scrivere all'Ufficio Ragioneria: ragioneria@bonificapianuraveronese.example.\n\nCordiali saluti\nUfficio Protocollo\nConsorzio di Bonifica Pianura Veronese",
        lab(new_contact="ragioneria@bonificapianuraveronese.example", note="HTML only"),
        amt="€ 6.340,00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Karen Doyle", "karendoyle1968@gmail.com"),
        "2031-07-18 21:12 +0100",
        "iphone",
        "I've already told your office I'll pay it when the insurance pays out for the barn roof, which should be next month. Stop emailing me every other day, it's harassment. If you need me, write to me.",
        lab(note="undated promise plus 'stop emailing': unsubscribe beats the promise"),
        amt="£4,120.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Rebecca Hartley", "r.hartley@ashdownhartley.example"),
        "2031-07-24 15:03 +0100",
        "outlook_html",
        "Dear Sirs\n\nMr and Mrs J. Calloway – 4 Orchard Rise, Tenbury Wells\nYour invoice WSI-2031-0394\n\nWe are instructed by Mr and Mrs Calloway in connection with the above invoice and the installation works to which it relates.\n\nPlease direct all further correspondence on this matter to this firm, quoting our reference RH/CAL/0731. Our clients have asked that you do not contact them directly, whether by e-mail or otherwise.\n\nYours faithfully\n\nRebecca Hartley\nPartner\nAshdown Hartley LLP",
        lab(
            ("WSI-2031-0394",),
            note="solicitors instructed, do not contact the clients: 'talk to our lawyer' → unsubscribe",
        ),
        inv="WSI-2031-0394",
        amt="£9,760.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("G. Lloyd", "glloyd1949@marchesmail.example"),
        "2031-07-11 10:04 +0100",
        "apple",
        "Dear Sirs,\n\nI do not conduct my financial affairs by e-mail. Please send any statement of account to my home address by post, as agreed when the system was fitted, and remove this e-mail address from your records.\n\nG. Lloyd",
        lab(note="post only → unsubscribe"),
        amt="£3,150.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Reinhard Kuhn", "r.kuhn@kuhn-landhandel.example"),
        "2031-07-15 12:00 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns künftig keine Mahnungen oder Erinnerungen per E-Mail mehr zu schicken. Schriftverkehr in Rechnungsangelegenheiten bitte ausschließlich per Post an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nReinhard Kuhn\nKuhn Landhandel e.K.",
        lab(note="post only → unsubscribe"),
        amt="3.040,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Birgit Hauser", "birgit.hauser@hauser-hofladen.example"),
        "2031-07-22 18:26 +0200",
        "gmail",
        "Guten Tag,\n\ndie Angelegenheit liegt inzwischen bei unserem Anwalt, Herrn Rechtsanwalt Dr. Seidel. Bitte richten Sie alles Weitere an ihn und schicken Sie uns keine weiteren Zahlungserinnerungen.\n\nBirgit Hauser",
        lab(note="'our lawyer handles it' with no address → unsubscribe"),
        amt="5.580,00 €",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Noémie Garnier", "noemie.garnier@courriel-fr.example"),
        "2031-07-14 22:03 +0200",
        "iphone",
        "STOP",
        lab(note="one word: STOP"),
        amt="890,00 €",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Alberto Ruiz", "alberto.ruiz@correo-casa.example"),
        "2031-07-27 11:34 +0200",
        "android",
        "Dejad de mandarme correos, por favor. Ya hablé con vuestro comercial y quedamos en que pagaría en septiembre. No hace falta que me lo recordéis cada semana.",
        lab(note="promise without a day plus 'stop e-mailing': unsubscribe wins"),
        amt="2.870,00 €",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Dirección General", "direccion@conservascantabrico.example"),
        "2031-07-30 13:30 +0200",
        "outlook_html",
        "Muy señores nuestros:\n\nLes rogamos que se abstengan de enviar nuevas comunicaciones a esta dirección de correo. Cualquier reclamación relativa a la factura deberá dirigirse por escrito a nuestros abogados, Navarro & Vidal Abogados, que ya tienen conocimiento del asunto.\n\nAtentamente,\n\nDirección General\nConservas del Cantábrico, S.A.",
        lab(note="very formal: no more e-mail, write to our lawyers → unsubscribe"),
        amt="13.990,00 €",
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Jeroen Bakker", "jeroen.bakker@thuismail.example"),
        "2031-07-20 14:12 +0200",
        "gmail_plain",
        "Haal dit adres alsjeblieft van jullie verzendlijst. Ik wil deze mails niet meer ontvangen.",
        lab(),
        amt="€ 1.210,00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("A. van der Berg", "directie@vdberg-tuinbouw.example"),
        "2031-07-11 11:55 +0200",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij communiceren over deze kwestie voortaan uitsluitend via onze advocaat, mr. S. de Wit van De Wit Advocaten. Wij verzoeken u vriendelijk doch dringend geen e-mails meer naar dit adres te sturen.\n\nHoogachtend,\n\nA. van der Berg\nDirecteur\nTuinbouwbedrijf Van der Berg",
        lab(note="only through our lawyer → unsubscribe"),
        amt="€ 16.420,00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberta Fontana", "roberta.fontana@postacasa.example"),
        "2031-07-16 08:12 +0200",
        "iphone",
        "HO GIÀ PAGATO. Smettetela di scrivermi, è la quarta mail in due settimane.",
        lab(note="payment claim plus a stop request, in capitals: unsubscribe wins"),
        amt="€ 1.520,00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("La Segreteria", "segreteria@icverga-catania.example"),
        "2031-07-09 11:40 +0200",
        "outlook",
        'Spett.le Wrenfield Solar,\n\nsi chiede di non inviare ulteriori comunicazioni di carattere amministrativo a questo indirizzo di posta ordinaria. Eventuali solleciti dovranno pervenire esclusivamente a mezzo raccomandata A/R all\'indirizzo della sede legale.\n\nDistinti saluti\nLa Segreteria\nIstituto Comprensivo "G. Verga"',
        lab(note="registered post only → unsubscribe"),
        amt="€ 3.980,00",
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sian Roberts", "sian.roberts@marcherhomes.example"),
        "2031-07-14 09:05 +0100",
        "none",
        "Thank you for your email. I am on annual leave until Friday 25 July with no access to email.\n\nFor anything urgent relating to invoices or payments, please contact my colleague Priya Nair on priya.nair@marcherhomes.example or 01632 960 711.\n\nKind regards,\nSian Roberts\nFinance Officer, Marcher Homes",
        lab(
            return_date="2031-07-25",
            note="'until X' → X itself; the colleague's address does not set new_contact",
        ),
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Wexcombe Group Accounts Payable", "apsupport@wexcombegroup.example"),
        "2031-07-22 10:31 +0100",
        "none",
        "Dear Sender,\n\nThank you for contacting Wexcombe Group Accounts Payable. Your email has been received and logged as case AP-553201.\n\nOur team aims to respond to all supplier queries within 5 working days. Please do not reply to this message, as this will create a new case. You can check the status of your invoices at any time on our supplier portal.\n\nWexcombe Group Shared Services",
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[AP-553201] {rsub}",
        cte="b64",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("St Michael's Primary School Office", "office@stmichaels-leominster.example"),
        "2031-07-28 07:40 +0100",
        "none",
        "Thank you for your email. The school office is now closed for the summer holidays and emails are not being monitored.\n\nWe will reopen on Monday 1 September 2031 and will respond to your message then.\n\nHave a lovely summer.\nSt Michael's Primary School",
        lab(return_date="2031-09-01"),
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Andreas Keßler", "a.kessler@kessler-kunststoff.example"),
        "2031-07-21 08:14 +0200",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 1. August 2031 im Urlaub und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ab Montag, dem 4. August, bin ich wieder für Sie erreichbar.\n\nIhre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.\n\nMit freundlichen Grüßen\nAndreas Keßler",
        lab(
            return_date="2031-08-04",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
        subject=AUTO_PREFIX["de"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Bäckerei Sommer", "info@baeckerei-sommer.example"),
        "2031-07-30 06:02 +0200",
        "none",
        "Liebe Kundinnen und Kunden, liebe Geschäftspartner,\n\nunsere Backstube und das Büro sind vom 28.07. bis 15.08.2031 wegen Betriebsferien geschlossen. Ihre E-Mail wird in dieser Zeit nicht bearbeitet.\n\nVielen Dank für Ihr Verständnis!\nIhr Team der Bäckerei Sommer",
        lab(
            return_date="2031-08-15",
            note="closed 'bis 15.08.' with no day back named: 'until X' → X itself",
        ),
        subject="Betriebsferien",
        charset="iso-8859-1",
        headers=(AUTO,),
        threaded=False,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Moreau", "i.moreau@domaine-moreau.example"),
        "2031-07-17 10:20 +0200",
        "none",
        "Bonjour,\n\nJe suis absente du 14 au 25 juillet inclus, sans accès à ma messagerie. Je reprendrai vos messages à mon retour, le lundi 28 juillet.\n\nPour toute urgence, vous pouvez joindre le domaine au 03 80 00 00 00.\n\nCordialement,\nIsabelle Moreau",
        lab(return_date="2031-07-28"),
        subject=AUTO_PREFIX["fr"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Service Fournisseurs – Groupe Vallorcine",
            "fournisseurs@groupe-vallorcine.example",
        ),
        "2031-07-25 14:02 +0200",
        "none",
        "Bonjour,\n\nNous accusons bonne réception de votre message, enregistré sous le numéro FRN-2031-18842.\n\nNotre équipe comptabilité fournisseurs le traitera dans un délai de 72 heures ouvrées. Merci de conserver ce numéro pour toute correspondance ultérieure.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService Fournisseurs – Groupe Vallorcine",
        lab(note="ticket acknowledgement, no return date"),
        subject="[Demande n°FRN-2031-18842] {rsub}",
        cte="b64",
        headers=(("Auto-Submitted", "auto-generated"),),
        threaded=False,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Huerta La Esperanza", "pedidos@huertalaesperanza.example"),
        "2031-07-09 19:33 +0200",
        "none",
        "¡Gracias por escribirnos!\n\nEstamos en plena campaña de recolección y no podemos atender el correo todos los días. Le contestaremos lo antes posible. Si su consulta es un pedido de fruta, puede llamarnos por las mañanas.\n\nHuerta La Esperanza",
        lab(
            note="autoresponder without Auto-Submitted or any other automatic header; no return date"
        ),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Linda Mulder", "linda.mulder@zorgcentrumdelinde.example"),
        "2031-07-28 11:45 +0200",
        "none",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 8 augustus en lees mijn e-mail in die periode niet. Vanaf maandag 11 augustus ben ik weer aanwezig.\n\nVoor dringende financiële zaken kunt u bellen met de receptie van Zorgcentrum De Linde.\n\nMet vriendelijke groet,\nLinda Mulder",
        lab(
            return_date="2031-08-11",
            note="'vanaf maandag 11 augustus' wins over 'tot en met 8 augustus'",
        ),
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Energiecoöperatie Zonnedijk", "info@zonnedijk.example"),
        "2031-07-11 16:08 +0200",
        "none",
        "Beste relatie,\n\nBedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en onder ticketnummer 2031071110000427 geregistreerd.\n\nEen van onze vrijwilligers neemt zo snel mogelijk contact met u op. Houd er rekening mee dat dit in de zomermaanden wat langer kan duren.\n\nMet vriendelijke groet,\nEnergiecoöperatie Zonnedijk",
        lab(note="ticket acknowledgement carrying only Precedence"),
        subject="[Ticket#2031071110000427] RE: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Marco Bellini", "m.bellini@bellinimeccanica.example"),
        "2031-07-31 09:10 +0200",
        "none",
        "Buongiorno,\n\nsarò assente dall'ufficio fino al 22 agosto compreso, con accesso limitato alla posta elettronica. Per questioni amministrative potete rivolgervi all'ufficio contabilità allo 0522 000000.\n\nCordiali saluti\nMarco Bellini",
        lab(
            return_date="2031-08-22",
            note="'fino al 22 agosto compreso' → that date (until rule)",
        ),
        subject=AUTO_PREFIX["it"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Frantoio Del Monte", "info@frantoiodelmonte.example"),
        "2031-07-30 15:30 +0200",
        "none",
        "Gentile cliente,\n\nvi informiamo che i nostri uffici resteranno chiusi per ferie dal 28 luglio al 22 agosto. Riapriremo lunedì 25 agosto e risponderemo a tutte le e-mail in ordine di arrivo.\n\nBuone vacanze!\nFrantoio Del Monte",
        lab(
            return_date="2031-08-25",
            note="the reopening day wins over the end of the closure",
        ),
        subject="Chiusura estiva",
        headers=(AUTO,),
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nick Garrod", "n.garrod@garrodtimber.example"),
        "2031-07-08 13:17 +0100",
        "android",
        "did we not pay this already?? Sharon can you check. Thought it went out with the June batch",
        lab(
            note="a question and an internal request to check; no payment claim a ledger could use"
        ),
        amt="£2,715.00",
        headers=(("Cc", "Sharon Pike <sharon@garrodtimber.example>"),),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Pat Ashworth", "pat.ashworth@gmail.com"),
        "2031-07-19 17:40 +0100",
        "gmail",
        "Hello,\n\nThis is Pat's daughter, Jenny. Mum is in hospital at the moment after a fall and I'm just keeping an eye on her emails. I'll make sure she sees this when she's home, hopefully next week.\n\nJenny",
        lab(note="a relative reading the customer's mail; no commitment and no new contact"),
        amt="£1,140.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Will Barton", "will@bartonsbrewery.example"),
        "2031-08-01 10:05 +0100",
        "gmail_plain",
        "Morning,\n\nWhile I've got you - the battery has been sitting at 0% on the app since Tuesday and the inverter is showing a grid fault code (F23 I think). Could someone from the service side give me a ring on 07700 900 612? We're running the bottling line off grid power at the moment.\n\nWill",
        lab(note="service request in the reminder thread, nothing about the invoice"),
        amt="£3,460.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Monika Beck", "monika.beck@netzpost.example"),
        "2031-07-12 09:55 +0200",
        "iphone",
        "Hab ich an meinen Mann weitergeleitet, der kümmert sich um sowas. Gruß M. Beck",
        lab(note="passed on to her husband without an address: no new contact, no commitment"),
        amt="1.870,00 €",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Tobias Wagner", "tobias@wagner-holzbau.example"),
        "2031-07-16 14:22 +0200",
        "apple",
        "Hallo zusammen,\n\nkurze Frage nebenbei: Haben Sie unsere Anlage schon im Marktstammdatenregister eingetragen, oder müssen wir das selbst machen? Der Netzbetreiber hat uns angeschrieben und will die MaStR-Nummer haben, sonst wird die Einspeisevergütung nicht ausgezahlt.\n\nGruß\nTobias Wagner\nWagner Holzbau",
        lab(note="registration question in the reminder thread"),
        amt="8.215,00 €",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Antoine Leroy", "a.leroy@ecole-stjoseph-dole.example"),
        "2031-07-07 11:03 +0200",
        "android",
        "Bien reçu, merci.\n\nA. Leroy",
        lab(note="acknowledgement without any commitment"),
        amt="4\u00a0275,00 €",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Martine Gauthier", "secretariat@mairie-lurcy.example"),
        "2031-07-18 15:40 +0200",
        "thunderbird",
        "Bonjour,\n\nJ'ai bien transmis votre relance à M. le Maire. Le conseil municipal se réunit le 24 juillet et la question de l'installation de la salle polyvalente est à l'ordre du jour ; je reviendrai vers vous après la séance.\n\nCordialement,\nMartine Gauthier\nSecrétaire de mairie",
        lab(note="a coming council meeting is not a promise to pay"),
        amt="7\u00a0430,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Carmen Ortiz", "carmen@panaderiaortiz.example"),
        "2031-07-21 08:50 +0200",
        "iphone",
        "Recibido. Se lo paso a mi socio, que es quien lleva las cuentas.",
        lab(note="passed on to a partner without an address: no new contact, no commitment"),
        amt="1.265,00 €",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Miguel Ángel Torres", "matorres@campingelpinar.example"),
        "2031-07-10 12:40 +0200",
        "gmail",
        "Hola,\n\nAprovecho vuestro correo para preguntaros si nos podéis pasar presupuesto para ampliar la instalación con otras 12 placas en la cubierta del edificio de recepción, y si la batería que tenemos admitiría un segundo módulo.\n\nUn saludo,\nMiguel Ángel Torres\nCamping El Pinar",
        lab(note="sales enquiry in the reminder thread"),
        amt="6.045,00 €",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Sandra de Boer", "sandra@deboer-hoveniers.example"),
        "2031-07-25 09:30 +0200",
        "gmail_plain",
        "Goedemorgen,\n\nIs deze mail echt van jullie? Vorige maand kregen we een bericht dat op jullie leek, met het verzoek om naar een ander rekeningnummer te betalen, en dat bleek nep. Ik wil graag eerst telefonisch bevestigd krijgen dat dit klopt voordat ik iets doe.\n\nGroet,\nSandra de Boer\nDe Boer Hoveniers",
        lab(note="fears fraud and wants a call; not a request for documents"),
        amt="€ 2.095,00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Ruud Peters", "ruud@peters-bloembollen.example"),
        "2031-07-29 16:12 +0200",
        "outlook_html",
        "Beste mensen,\n\nEven ter info: wij zijn per 1 juli verhuisd. Ons nieuwe postadres is Veldweg 14, 2181 AB Hillegom. Het e-mailadres blijft hetzelfde.\n\nMet vriendelijke groet,\nRuud Peters\nPeters Bloembollen",
        lab(note="postal address change; the e-mail contact stays the same"),
        amt="€ 3.720,00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Davide Longo", "davide.longo@longoceramiche.example"),
        "2031-07-23 12:05 +0200",
        "gmail",
        "Buongiorno,\n\nma questa non l'avevamo già pagata a giugno? Controllo con la banca e vi faccio sapere.\n\nDavide",
        lab(
            note="asks whether it was paid and will check; neither a payment claim nor a commitment"
        ),
        amt="€ 2.380,00",
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


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in the notice's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """Date of the report."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def subject(self) -> str:
        """Subject of the reminder that failed."""
        return reminder_subject(self.lang, invoice_of(self.key))

    def reminder(self, sent: datetime | None = None) -> Message:
        """The reminder as the receivables mailbox sent it."""
        when = (sent or self.dt - timedelta(minutes=2)).astimezone(UK)  # sent from the UK office
        msg = text_part(reminder_text(self.lang, invoice_of(self.key), ""), "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject, "utf-8")
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    arrival: datetime | None = None,
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    arrived = arrival or b.dt - timedelta(minutes=2)
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(arrived)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(arrived + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce, sent: datetime | None = None) -> Message:
    """The failed reminder's header block as text/rfc822-headers."""
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder(sent).items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
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
    auto: bool = True,
    extra: tuple[tuple[str, str], ...] = (),
    style: str = "bounce",
) -> Message:
    """Envelope headers of a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, style)


def ndr_alternative(lines: list[str], charset: str = "utf-8") -> Message:
    """Human-readable part of an Exchange or Gmail report: plain and HTML."""
    plain = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Segoe UI">{html.escape(lines[0], quote=False)}</font></b></p>'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines[1:])
        + "</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


EXCHANGE = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@wrenfield-solar.example>"
)


def bounce_postfix(b: Bounce) -> Message:
    """Postfix DSN: user unknown, RFC 3464 with text/rfc822-headers."""
    domain = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mail.wrenfield-solar.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. The headers of the message are attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mail.{domain}[203.0.113.61] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, "mail.wrenfield-solar.example", "failed", diag, f"mail.{domain}"),
        returned_headers(b),
    ]
    msg = report(parts)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mail.wrenfield-solar.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail failure notice: no MIME, the returned message inline, no Auto-Submitted."""
    sent = b.dt - timedelta(minutes=1)
    original = b.reminder(sent)
    gen = BytesIO()
    BytesGenerator(gen, mangle_from_=False).flatten(original)
    returned = gen.getvalue().decode("ascii").rstrip("\n") + "\n"
    text = (
        "Hi. This is the qmail-send program at mail.wrenfield-solar.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.87 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>... No such user here\n"
        "Giving up on 198.51.100.87.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 21733 invoked by uid 1004); {sent.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')} -0000\n"
        + returned
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mail.wrenfield-solar.example",
        "failure notice",
        auto=False,
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim delay warning, single-part plain text."""
    sent = b.dt - timedelta(hours=24, minutes=1)
    domain = b.rcpt.split("@")[1]
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mail.wrenfield-solar.example.\n\n"
        "The message identifier is:     1uZk3L-0007Qa-2b\n"
        f"The subject of the message is: {b.subject}\n"
        f"The date of the message is:    {format_datetime(sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{domain} [198.51.100.140]\n"
        "    Delay reason: SMTP error from remote mail server after end of data:\n"
        "    451 4.4.1 Next hop not responding, message deferred\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.wrenfield-solar.example>",
        "Warning: message 1uZk3L-0007Qa-2b delayed 24 hours",
    )


def bounce_exchange(
    b: Bounce,
    subject_prefix: str,
    lines: list[str],
    action: str,
    diag: str,
    server: str,
) -> Message:
    """Office 365 report: localised human part, delivery-status, returned headers."""
    parts = [
        ndr_alternative(lines),
        delivery_status(b, server, action, diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE, subject_prefix + b.subject)


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Office 365 in German: rejected by the recipient's policy."""
    server = "FR4P281MB3390.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.7.1 <{b.rcpt}>: Recipient address rejected: Access denied by policy (external senders not permitted)"
    lines = [
        "Ihre Nachricht hat die folgenden Empfänger oder Gruppen nicht erreicht:",
        f"{b.rcpt}",
        "Die Organisation des Empfängers nimmt von Ihrer Adresse keine Nachrichten an. Möglicherweise dürfen nur interne Absender an diese Adresse schreiben. Wenden Sie sich auf anderem Weg an den Empfänger.",
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: {server}",
        f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    ]
    return bounce_exchange(b, "Unzustellbar: ", lines, "failed", diag, server)


def bounce_provider_de_full(b: Bounce) -> Message:
    """German hosting provider, RFC 3464: mailbox full, will retry."""
    human = (
        "Dies ist eine automatische Nachricht des Mailservers mx2.alpenhost-mail.example.\n\n"
        "Ihre E-Mail konnte dem folgenden Empfänger bisher nicht zugestellt werden, weil sein Postfach\n"
        "die Speichergrenze erreicht hat:\n\n"
        f"    {b.rcpt}\n\n"
        "Wir versuchen die Zustellung in regelmäßigen Abständen weiter. Gelingt sie innerhalb von\n"
        "vier Tagen nicht, erhalten Sie eine weitere Nachricht. Sie müssen im Moment nichts tun.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    diag = "452 4.2.2 Mailbox full: quota exceeded"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx2.alpenhost-mail.example",
            "delayed",
            diag,
            "mailstore3.alpenhost-mail.example",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx2.alpenhost-mail.example>",
        "Zustellung verzögert: Postfach des Empfängers voll",
    )


def bounce_exchange_fr_domain(b: Bounce) -> Message:
    """Office 365 in French: the recipient's domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    server = "PR3P192MB0811.EURP192.PROD.OUTLOOK.COM"
    diag = f"550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={domain}]"
    lines = [
        "Votre message n'a pas pu être remis à ces destinataires ou groupes :",
        f"{b.rcpt}",
        f"Le domaine {domain} est introuvable : il n'existe pas ou n'existe plus. Vérifiez l'orthographe de l'adresse ou contactez le destinataire par un autre moyen.",
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : {server}",
        f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
    ]
    return bounce_exchange(b, "Non remis : ", lines, "failed", diag, server)


def bounce_provider_fr_full(b: Bounce) -> Message:
    """French provider notice, single plain part: mailbox over quota."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Le message « {b.subject} » envoyé à {b.rcpt} n'a pas pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        f"Détail technique : 552 5.2.2 <{b.rcpt}> Quota exceeded (mailbox full)\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pouvez renvoyer votre message plus tard.\n\n"
        "-- \nLe service de messagerie\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Service de messagerie <postmaster@relais.messagerie-pme.example>",
        "Message non distribué : boîte pleine",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: address not found, the returned message enclosed."""
    lines = [
        "No se ha encontrado la dirección",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. e9-20020a05600c4b8900b0041c2b1f0si2231477wmp.44 - gsmtp",
    ]
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        ndr_alternative(lines),
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        extra=(("X-Failed-Recipients", b.rcpt),),
        style="gmail",
    )


def bounce_hosting_es_greylist(b: Bounce) -> Message:
    """Spanish hosting relay, RFC 3464: greylisted, still trying."""
    human = (
        "Este es un aviso automático del servidor de correo smtp.nubehosting.example.\n\n"
        f"Su mensaje para {b.rcpt} todavía no ha podido entregarse. El servidor del destinatario lo ha rechazado de forma temporal por su política antispam (lista gris).\n\n"
        "Seguiremos intentando la entrega durante los próximos días. No es necesario que vuelva a enviar el mensaje.\n"
    )
    diag = "451 4.7.1 Greylisting in effect, please try again later"
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b, "smtp.nubehosting.example", "delayed", diag, "mx." + b.rcpt.split("@")[1]
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Sistema de entrega de correo <MAILER-DAEMON@smtp.nubehosting.example>",
        "Aviso: entrega retrasada",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Office 365 in Dutch: delivery delayed."""
    server = "AS8P190MB1442.EURP190.PROD.OUTLOOK.COM"
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    lines = [
        "De bezorging bij deze geadresseerden of groepen is vertraagd:",
        f"{b.rcpt}",
        f"Onderwerp: {b.subject}",
        "Dit bericht is nog niet bezorgd. Er wordt opnieuw geprobeerd het te bezorgen. U hoeft niets te doen; als de bezorging definitief mislukt, krijgt u een nieuw bericht.",
        "Diagnostische gegevens voor beheerders:",
        f"Genererende server: {server}",
        f"{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
    ]
    return bounce_exchange(b, "Vertraagd: ", lines, "delayed", diag, server)


def bounce_provider_it_unknown(b: Bounce) -> Message:
    """Italian provider notice, single plain part, with the message inline."""
    text = (
        "Messaggio generato automaticamente dal sistema di posta.\n\n"
        "Il messaggio seguente non è stato recapitato al destinatario indicato.\n\n"
        f"Destinatario: {b.rcpt}\n"
        f"Motivo: l'indirizzo non esiste presso il server di destinazione (550 5.1.1 <{b.rcpt}>: utente sconosciuto)\n\n"
        "Si tratta di un errore permanente: il sistema non effettuerà altri tentativi.\n\n"
        "----- Messaggio originale -----\n"
        f"Da: {AR_NAME} <{AR_ADDR}>\nA: {b.rcpt}\nOggetto: {b.subject}\n\n"
        + reminder_text(b.lang, invoice_of(b.key), "")
        + "\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Sistema di posta <mailer-daemon@smtp.postaimpresa.example>",
        f"Mancato recapito: {b.subject}",
    )


def bounce_exchange_it_full(b: Bounce) -> Message:
    """Office 365 in Italian: mailbox full (5.2.2, soft)."""
    server = "MI1P293MB0520.ITAP293.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    lines = [
        "Il recapito ai destinatari o ai gruppi seguenti non è riuscito:",
        f"{b.rcpt}",
        "La cassetta postale del destinatario è piena e al momento non può ricevere messaggi. Riprova più tardi o contatta il destinatario in altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        f"Server di generazione: {server}",
        f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    ]
    return bounce_exchange(b, "Non recapitabile: ", lines, "failed", diag, server)


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@tewkesburyfabrication.example",
            "2031-07-08 09:04 +0100",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@kingtonfarmsupplies.example",
            "2031-07-15 09:03 +0100",
            "qmail notice: plain, non-MIME, no Auto-Submitted",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "admin@ross-orchards.example",
            "2031-07-29 09:04 +0100",
            "Exim delay warning, plain text",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "einkauf@morgenstern-agrar.example",
            "2031-07-10 10:06 +0200",
            "permanent policy rejection (internal senders only): hard",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@hofladen-wiesengrund.example",
            "2031-07-23 10:05 +0200",
            "mailbox full, still retrying",
        ),
        bounce_provider_de_full,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.4.310",
            "compta@ferme-des-saules.example",
            "2031-07-16 10:04 +0200",
            "the recipient's domain no longer exists",
        ),
        bounce_exchange_fr_domain,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "gerant@camping-les-tilleuls.example",
            "2031-07-30 10:07 +0200",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "administracion@olivareselcerro.example",
            "2031-07-09 10:03 +0200",
            "Gmail report in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "compras@quesosdelavega.example",
            "2031-07-24 10:09 +0200",
            "temporary policy deferral (greylisting)",
        ),
        bounce_hosting_es_greylist,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@kassenbouw-vanrijn.example",
            "2031-07-18 14:05 +0200",
            "Office 365 delay notice in Dutch",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "info@caseificiovalle.example",
            "2031-07-14 10:04 +0200",
            "provider notice in Italian with the message inline",
        ),
        bounce_provider_it_unknown,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "5.2.2",
            "ufficio.tecnico@comune-sanfelice.example",
            "2031-07-31 10:05 +0200",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_it_full,
    ),
]


def assign_invoices() -> dict[str, str]:
    """The reminder's invoice number for every message.

    A writer who quotes the reminder's own number fixes it; every other message gets an unused
    number, in date order, so that no number is shared by two customers.
    """
    fixed = {r.key: r.inv for r in REPLIES if r.inv}
    written = set(fixed.values())
    for r in REPLIES:
        refs = r.labels.get("invoice_refs") or []
        written.update(refs if isinstance(refs, list) else [])
    pool = iter(f"WSI-2031-{n:04d}" for n in range(300, 441) if f"WSI-2031-{n:04d}" not in written)
    pending = sorted(
        [(r.dt, r.key) for r in REPLIES if not r.inv] + [(b.dt, b.key) for b, _ in BOUNCES]
    )
    return {**fixed, **{key: next(pool) for _, key in pending}}


INVOICES = assign_invoices()


def invoice_of(key: str) -> str:
    """The invoice number of the reminder that message `key` answers or bounced."""
    return INVOICES[key]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    """The full label of a hand-written message."""
    label: Label = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Label:
    """The full label of a delivery report."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One message ready to be written."""

    key: str
    msg: Message
    label: Label
    when: datetime
    text: str  # the hand-written new text, for the label checks


def all_items() -> list[Item]:
    """Every message with its label, in a hash order that says nothing about the label."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt, r.body) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt, "") for b, build in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}/{item.key}".encode()).hexdigest(),
    )


def serialise(msg: Message) -> bytes:
    """The message as bytes, LF line ends, no From-mangling."""
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False).flatten(msg)
    return out.getvalue()


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^WSI-2031-\d{4}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_message(name: str, data: bytes) -> None:
    """Parse the file back: headers decode, every text part decodes, no defects anywhere."""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if len(line) > 998:
            raise SystemExit(f"{name}: line {number} longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header {key} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode cleanly")


def check_label(name: str, label: Label, when: datetime, text: str) -> None:
    """Shape of one label, and consistency with the message it describes."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent, lang = label["intent"], label["language"]
    if not isinstance(intent, str) or intent not in INTENTS:
        raise SystemExit(f"{name}: bad intent {intent}")
    if not isinstance(lang, str) or lang not in LANGS:
        raise SystemExit(f"{name}: bad language {lang}")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        value = label[key]
        if value is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            if not ISO_DATE.match(value):
                raise SystemExit(f"{name}: {key} {value} is not ISO")
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if isinstance(amount, str) and not AMOUNT.match(amount):
        raise SystemExit(f"{name}: amount {amount}")
    if currency is not None and currency not in {"GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {currency}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact.lower() not in text.lower()
    ):
        raise SystemExit(f"{name}: new_contact {contact} not in the text or not lower case")
    if intent == "bounce":
        status = label["bounce_status"]
        if (
            label["bounce_kind"] not in {"hard", "soft"}
            or not isinstance(status, str)
            or not STATUS.match(status)
        ):
            raise SystemExit(f"{name}: bounce fields")
        if status.startswith("4") and label["bounce_kind"] != "soft":
            raise SystemExit(f"{name}: a 4.x.x status is soft")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in refs:
        if not INVOICE.match(ref) or ref[-4:] not in text:
            raise SystemExit(f"{name}: invoice ref {ref} not written in the new text")
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        raise SystemExit(f"{name}: date {when} out of range")
    offset = when.utcoffset()
    if offset != (timedelta(hours=1) if lang == "en" else timedelta(hours=2)):
        raise SystemExit(f"{name}: offset {offset} wrong for {lang}")


def check_counts(labels: list[Label]) -> None:
    """12 per intent; en 30 and 18 for each other language, spread as evenly as possible."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else 1 if SINGLE[intent] == lang else 2
            if cells[intent, lang] != want:
                raise SystemExit(f"count {intent}/{lang} is {cells[intent, lang]}, want {want}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def check_invoices() -> None:
    """Each invoice number belongs to one customer, and every reminder follows its due date."""
    owners: dict[str, set[str]] = {}
    for r in REPLIES:
        refs = r.labels.get("invoice_refs") or []
        for inv in {invoice_of(r.key), *(refs if isinstance(refs, list) else [])}:
            owners.setdefault(inv, set()).add(r.who[1])
        if invoice_dates(invoice_of(r.key))[1] >= reminder_time(r.dt).date():
            raise SystemExit(f"{r.key}: reminder before the due date")
    for b, _ in BOUNCES:
        owners.setdefault(invoice_of(b.key), set()).add(b.rcpt)
        if invoice_dates(invoice_of(b.key))[1] >= b.dt.date():
            raise SystemExit(f"{b.key}: reminder before the due date")
    shared = {inv: who for inv, who in owners.items() if len(who) > 1}
    if shared:
        raise SystemExit(f"invoice numbers shared between customers: {shared}")


def count_table(labels: list[Label]) -> str:
    """The intent × language table, as in the README."""
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


def write_all() -> list[Label]:
    """Write every file beside this script and check it."""
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = serialise(item.msg)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label: Label = {"file": name, **item.label}
        check_label(name, label, item.when, item.text)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check, print the count table."""
    check_invoices()
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
