# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and accents people and their clients really type.
"""Build held-out reply corpus 21: `h21-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder from the receivables desk of
Harbour Marine Supplies, a chandlery, rigging and boat-servicing business. The customers are
marinas, fishing businesses, sailing clubs and private boat owners. The new text of each message
is written by hand below. The script adds only what a mail client or a mail server would add: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings, and the machine parts of delivery reports. Run it from anywhere: it writes
next to itself, deterministically (fixed seed, fixed boundaries and Message-IDs, no clock).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h21"
SEED = 20261123
AR_NAME = "Harbour Marine Accounts"
AR_ADDR = "accounts@harbourmarine-supplies.example"
AR_DOMAIN = "harbourmarine-supplies.example"
RELAY = "relay.harbourmarine-supplies.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
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
# Locale tables: what the mail clients print around a reply
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail on the web: "On Mon, Nov 30, 2026 at 9:12 AM Name <addr> wrote:"
GMAIL_ATTR = {
    "en": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# The Gmail apps on phones print a shorter, comma-separated line.
GMAIL_APP_ATTR = {
    "en": "On {wds}, {d} {mons} {y}, {HH}:{mm} {name}, <{addr}> wrote:",
    "de": "{name} <{addr}> schrieb am {wds}., {d}. {mons} {y}, {HH}:{mm}:",
    "fr": "Le {wds}. {d} {mons} {y}, {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y}, {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {wds} {d} {mons} {y} {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il {wds} {d} {mons} {y}, {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {mons} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
YAHOO_ATTR = {
    "en": "On {wdl}, {d} {monl} {y} at {HH}:{mm}:{ss} {tzn}, {name} <{addr}> wrote:",
    "de": "Am {wdl}, {d}. {monl} {y} um {HH}:{mm}:{ss} {tzn} hat {name} <{addr}> Folgendes geschrieben:",
    "fr": "Le {wdl} {d} {monl} {y} à {HH}:{mm}:{ss} {tzn}, {name} <{addr}> a écrit :",
    "es": "El {wdl}, {d} de {monl} de {y}, {HH}:{mm}:{ss} {tzn}, {name} <{addr}> escribió:",
    "nl": "Op {wdl} {d} {monl} {y} om {HH}:{mm}:{ss} {tzn} schreef {name} <{addr}>:",
    "it": "In {wdl} {d} {monl} {y}, {HH}:{mm}:{ss} {tzn}, {name} <{addr}> ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
MAC_SENT = {
    "en": "{wdl}, {d} {monl} {y} at {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} um {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} à {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y}, {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} om {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} alle ore {HH}:{mm}",
}
# separator line, From, Sent, To, Subject, label/value separator, Date (Mac and Samsung)
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": ", "Date"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": ", "Datum"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : ", "Date"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": ", "Fecha"),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "Datum",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": ", "Data"),
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
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
SAMSUNG_HEAD = {
    "en": "-------- Original message --------",
    "de": "-------- Ursprüngliche Nachricht --------",
    "fr": "-------- Message d'origine --------",
    "es": "-------- Mensaje original --------",
    "nl": "-------- Oorspronkelijk bericht --------",
    "it": "-------- Messaggio originale --------",
}

# --------------------------------------------------------------------------------------------
# The reminder (Harbour Marine's own text, in six languages)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago vencido – factura {inv}",
    "nl": "Betaling vervallen – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below is now past its due date:\n\n"
        "    Invoice no.:    {inv}\n    Invoice date:   {issued}\n    Due date:       {due}\n    Balance due:    {amt}\n\n"
        "If you have paid in the last few days, thank you – our messages have probably crossed. Otherwise we would be grateful for settlement by bank transfer, quoting the invoice number. Should anything on the invoice look wrong, let us know by return and we will look into it straight away.\n\n"
        "Best regards,\n\nAccounts Receivable\nHarbour Marine Supplies Ltd\nChandlery · Rigging · Engine & Boat Servicing\nUnit 7, Slipway Road, Port Halden PH4 2QT\n+44 1632 960775"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen und bereits fällig:\n\n"
        "    Rechnungsnummer:  {inv}\n    Rechnungsdatum:   {issued}\n    Fällig seit:      {due}\n    Offener Betrag:   {amt}\n\n"
        "Falls Sie in den letzten Tagen bereits überwiesen haben, haben sich unsere Schreiben vermutlich überschnitten – vielen Dank. Andernfalls bitten wir um Ausgleich per Überweisung unter Angabe der Rechnungsnummer. Sollte an der Rechnung etwas nicht stimmen, geben Sie uns bitte kurz per Antwort Bescheid.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nHarbour Marine Supplies Ltd\nUnit 7, Slipway Road, Port Halden PH4 2QT"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous est échue et reste à régler :\n\n"
        "    N° de facture :   {inv}\n    Date :            {issued}\n    Échéance :        {due}\n    Montant dû :      {amt}\n\n"
        "Si votre règlement est parti ces derniers jours, nos courriers se sont sans doute croisés et nous vous en remercions. Dans le cas contraire, nous vous remercions de procéder au virement en rappelant le numéro de facture. Une erreur sur la facture ? Signalez-la-nous simplement en réponse.\n\n"
        "Bien cordialement,\n\nService comptabilité clients\nHarbour Marine Supplies Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    N.º de factura:     {inv}\n    Fecha:              {issued}\n    Vencimiento:        {due}\n    Importe pendiente:  {amt}\n\n"
        "Si ya han realizado el pago en los últimos días, les damos las gracias y les rogamos que no tengan en cuenta este aviso. En caso contrario, les agradeceríamos que efectuaran la transferencia indicando el número de factura. Si hay algo incorrecto en la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nDepartamento de cobros\nHarbour Marine Supplies Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze boekhouding is de onderstaande factuur inmiddels vervallen:\n\n"
        "    Factuurnummer:   {inv}\n    Factuurdatum:    {issued}\n    Vervaldatum:     {due}\n    Openstaand:      {amt}\n\n"
        "Heeft u de afgelopen dagen al betaald, dan hebben onze berichten elkaar waarschijnlijk gekruist. Zo niet, dan verzoeken wij u het bedrag over te maken onder vermelding van het factuurnummer. Klopt er iets niet aan de factuur, laat het ons dan weten door op dit bericht te reageren.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nHarbour Marine Supplies Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "    Fattura n.:       {inv}\n    Data fattura:     {issued}\n    Scadenza:         {due}\n    Importo dovuto:   {amt}\n\n"
        "Se avete pagato negli ultimi giorni, vi ringraziamo e vi preghiamo di non considerare questo avviso. In caso contrario, vi chiediamo di provvedere tramite bonifico indicando il numero di fattura. Se qualcosa nella fattura non vi torna, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nHarbour Marine Supplies Ltd"
    ),
}
DATE_FORMAT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_FIXES = {"–": "-", "—": "-", "€": "EUR", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder, when it differs from the reply
    loc: str = ""  # language of the mail client, when it differs from the reply
    inv: str = ""  # the invoice the reminder was about ("" = derived from the key)
    amt: str = ""  # the amount in the reminder ("" = derived from the key)
    subject: str = ""  # a subject the client or the writer chose; {rsub} is the reminder's
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    lag: int = 0  # minutes after the reminder (automatic answers); 0 = days later
    to: str = ""  # the address it was sent to, when it is not the receivables mailbox

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or derived_invoice(self.key)


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids, amounts and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big")


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def derived_invoice(key: str) -> str:
    return f"HM26-{1400 + number(key, 'invoice') % 7300:05d}"


def tz_name(dt: datetime) -> str:
    return "GMT" if dt.utcoffset() == timedelta(0) else "CET"


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "wdl": WEEKDAYS_LONG[loc].split()[wd],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "monl": MONTHS_LONG[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tzn": tz_name(dt),
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(key: str, reply: datetime, lag: int) -> datetime:
    """When the reminder went out, in the reader's time zone.

    The receivables run starts at 08:30 UK time on a working day, one to three working days
    before a person answers. Automatic answers follow it by `lag` minutes.
    """
    if lag:
        return reply - timedelta(minutes=lag, seconds=17)
    day = reply.astimezone(UTC).date()
    for _ in range(1 + number(key, "lagdays") % 3):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    sent = datetime(
        day.year, day.month, day.day, 8, 30 + number(key, "minute") % 25, 41, tzinfo=UTC
    )
    tz = reply.tzinfo or UTC
    return sent.astimezone(tz)


def invoice_dates(key: str, lang: str) -> tuple[str, str]:
    issued = date(2026, 10, 1) + timedelta(days=number(key, "issued") % 20)
    due = issued + timedelta(days=30)
    fmt_ = DATE_FORMAT[lang]
    return (
        fmt_.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
        fmt_.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
    )


def money(lang: str, cents: int, currency: str) -> str:
    units, rest = divmod(cents, 100)
    grouped = f"{units:,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{rest:02d}"
    dotted = grouped.replace(",", ".")
    if lang == "fr":
        return f"{grouped.replace(',', ' ')},{rest:02d} €"
    if lang in {"de", "es"}:
        return f"{dotted},{rest:02d} €"
    return f"€ {dotted},{rest:02d}"


def derived_amount(key: str, lang: str) -> str:
    cents = 14_500 + number(key, "amount") % 390_000
    return money(lang, cents, "GBP" if lang == "en" else "EUR")


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_divs(text: str) -> str:
    return "\n".join(
        f"<div>{html.escape(line, quote=False) if line else '<br>'}</div>"
        for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks keep a trailing space, quotes keep their depth."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        prefix = ">" * depth
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
            prefix += " "
        if line == "-- " or len(line) <= width:
            out.append(line if line == "-- " else line.rstrip(" "))
            continue
        pieces = textwrap.wrap(
            content, width - len(prefix), break_long_words=False, break_on_hyphens=False
        )
        out.extend(prefix + piece + " " for piece in pieces[:-1])
        out.append(prefix + pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: none
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject", enc: str = "") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    name_ = charset
    try:
        value.encode(name_)
    except UnicodeEncodeError:
        name_ = "utf-8"
    chs = cs.Charset(name_)
    if enc:
        chs.header_encoding = cs.BASE64 if enc == "b" else cs.QP
    return Header(value, chs, header_name=name).encode()


def address(name: str, addr: str, charset: str, enc: str = "") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From', enc)} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "gmail_app": "000000000000",
    "apple": "Apple-Mail=_",
    "apple_html": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
    "yahoo": "----=_Part_",
    "thunderbird": "------------",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_NextPart_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(key: str, lang: str, inv: str, amt: str) -> str:
    issued, due = invoice_dates(key, lang)
    return REMINDER_BODY[lang].format(
        inv=inv, issued=issued, due=due, amt=amt or derived_amount(key, lang)
    )


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 20).lower()}.dunning@{AR_DOMAIN}>"


def make_quote(r: Reply) -> Quote:
    subject = reminder_subject(r.reminder_lang, r.invoice)
    text = reminder_body(r.key, r.reminder_lang, r.invoice, r.amt)
    if r.charset not in {"utf-8", "windows-1252"}:
        subject, text = latin1_safe(subject), latin1_safe(text)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    sent = reminder_time(r.key, r.dt, r.lag)
    return Quote(text, subject, sent, r.client_lang, to)


def original_reminder(key: str, lang: str, to: str, when: datetime) -> Message:
    """The reminder as Harbour Marine's dunning run sent it (returned inside bounces)."""
    inv = derived_invoice(key)
    msg = text_part(reminder_body(key, lang, inv, ""), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8", enc="q")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "HMS Receivables 4.2"
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(
    q: Quote, sent_format: dict[str, str] = OUTLOOK_SENT, date_label: bool = False
) -> list[str]:
    _, frm, sent, to, subj, sep, dlabel = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{dlabel if date_label else sent}{sep}{fmt(sent_format[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def attribution(table: dict[str, str], q: Quote) -> str:
    return fmt(table[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_block(q)
    )
    lang = {"en": "EN-GB"}.get(r.lang, r.lang.upper())
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n--></style>\n"
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    sep = OUTLOOK_LABELS[q.loc][5]
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}:</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_outlook_mac(r: Reply, q: Quote) -> Message:
    block = outlook_block(q, MAC_SENT, date_label=True)
    text = "\n".join([r.body, "", *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f'<b><span style="font-size:12.0pt;color:black">{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())} </span></b>'
        f'<span style="font-size:12.0pt;color:black">{html.escape(line.split(sep, 1)[1])}</span>'
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
        '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<div id="mail-editor-reference-message-container">\n'
        '<div class="MsoNormal" style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}</p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def gmail_markup(body: str, attr: str, quoted: str) -> str:
    return (
        f'<div dir="ltr">{html_lines(body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(quoted)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return alternative(r, text, gmail_markup(r.body, attr, q.text))


def style_gmail_app(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_APP_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = gmail_markup(r.body, attr, q.text).replace('<div dir="ltr">', '<div dir="auto">', 1)
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    text = f"{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        '<br class="Apple-interchange-newline"><div>'
        f"{html_divs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def samsung_block(q: Quote) -> list[str]:
    _, frm, _, to, subj, sep, dlabel = OUTLOOK_LABELS[q.loc]
    offset = "GMT+00:00" if tz_name(q.sent) == "GMT" else "GMT+01:00"
    when = fmt("{dd}/{mo}/{y} {HH}:{mm}", q.loc, q.sent) + f" ({offset})"
    if q.loc == "de":
        when = fmt("{dd}.{mo}.{y} {HH}:{mm}", q.loc, q.sent) + f" ({offset})"
    return [
        SAMSUNG_HEAD[q.loc],
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{dlabel}{sep}{when}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    block = samsung_block(q)
    text = "\n".join([r.body, "", "", "", SAMSUNG_SIG[q.loc], "", *block, "", q.text, ""])
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{SAMSUNG_SIG[q.loc]}</div></div>'
        '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        + "".join(f"<div>{html.escape(line)}</div>" for line in block)
        + f"</div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_yahoo(r: Reply, q: Quote) -> Message:
    attr = attribution(YAHOO_ATTR, q)
    text = f"{r.body}\n\n\n{attr}\n\n\n{q.text}\n"
    markup = (
        '<html><head></head><body><div class="ydpa1c2e9b8yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        f'<div dir="ltr" data-setdir="false">{html_lines(r.body)}</div><div><br></div></div>'
        '<div id="yahoo_quoted_8841207733" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
        f"<div>{html.escape(attr)}</div><div><br></div><div><br></div>"
        f"<div>{html_paragraphs(q.text)}</div></div></div></body></html>\n"
    )
    return alternative(r, text, markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset == "utf-8":
        part = text_part(flowed(text), "plain", r.charset, "8bit")
        part.set_param("format", "flowed")
        return part
    return text_part(text, "plain", r.charset, r.cte)


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    part = text_part(flowed(text, 76), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(r, r.body + "\n", markup)


def style_advice_html(r: Reply, q: Quote) -> Message:
    """A payables system's remittance advice: the hand-written body is already HTML."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mac": style_outlook_mac,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_app": style_gmail_app,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "yahoo": style_yahoo,
    "thunderbird": style_thunderbird,
    "roundcube": style_roundcube,
    "none": style_none,
    "none_html": style_none_html,
    "advice_html": style_advice_html,
    "advice_plain": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android", "outlook_mac"}
UNTHREADED = {"advice_html", "advice_plain"}  # sent on its own, not as an answer to the reminder
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "yahoo": (("X-Mailer", "WebService/1.1.22941 YMailNorrin"),),
    "outlook_mac": (("User-Agent", "Microsoft-MacOutlook/16.92.24120731"),),
}


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "reply")
    h = raw.hex().upper()
    if r.style in {"gmail", "gmail_app", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 28)}@{b32(r.key, 'host', 8)}.EURPRD09.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "apple_html", "iphone"}:
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return other_msgid(r, raw, domain)


def other_msgid(r: Reply, raw: bytes, domain: str) -> str:
    """Message-IDs of the phone, webmail and desktop clients outside Google, Microsoft, Apple."""
    if r.style == "samsung":
        return f"<{raw.hex()[:10]}.{raw.hex()[10:20]}@email.android.com>"
    if r.style == "yahoo":
        return f"<{number(r.key, 'y1') % 10**9}.{number(r.key, 'y2') % 10**7}.{int(r.dt.timestamp()) * 1000 - 1000 * r.dt.second + number(r.key, 'y3') % 60000}@mail.yahoo.com>"
    if r.style == "roundcube":
        return f"<{raw.hex()[:32]}@{domain}>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_FAMILY and r.style != "outlook_mac":
        return OUTLOOK_RE[q.loc] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic", "b")),
        ("Thread-Index", index),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    enc = "b" if r.style in OUTLOOK_FAMILY else ""
    msg["Return-Path"] = f"<{r.who[1]}>"
    msg["From"] = address(*r.who, r.charset, enc)
    msg["To"] = r.to or formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset, "Subject", enc)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.style not in UNTHREADED:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Graham Tulloch", "gtulloch.sailing@gmail.com"),
        "2026-11-24 18:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one word in answer to an overdue reminder: a payment claim without a date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Westerly Point Marina – Payables", "ap-noreply@westerlypoint-marina.example"),
        "2026-12-04 06:15 +0000",
        "advice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance Advice</title></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt;color:#222222">\n'
        "<p><b>WESTERLY POINT MARINA LTD</b><br>Accounts Payable · Marina Office, Westerly Point, Port Halden PH7 1AB</p>\n"
        "<p>Supplier: Harbour Marine Supplies Ltd<br>Supplier account: HARB004</p>\n"
        '<h3 style="font-size:12pt;margin:14px 0 6px 0">REMITTANCE ADVICE</h3>\n'
        '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><td>Payment run</td><td>PR-2026-1147</td></tr>\n"
        "<tr><td>Payment date</td><td>04/12/2026</td></tr>\n"
        "<tr><td>Payment method</td><td>BACS</td></tr>\n"
        "<tr><td>Payment reference</td><td>WPM0041187</td></tr>\n"
        "</table>\n<br>\n"
        '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><th>Your invoice</th><th>Invoice date</th><th>Gross</th><th>Discount</th><th>Paid</th></tr>\n"
        '<tr><td>HM26-03381</td><td>09/10/2026</td><td align="right">2,412.80</td><td align="right">0.00</td><td align="right">2,412.80</td></tr>\n'
        '<tr><td>HM26-03409</td><td>14/10/2026</td><td align="right">356.00</td><td align="right">0.00</td><td align="right">356.00</td></tr>\n'
        '<tr><td colspan="4"><b>Total paid (GBP)</b></td><td align="right"><b>2,768.80</b></td></tr>\n'
        "</table>\n"
        "<p>This advice was produced automatically by our payables system. Funds normally reach the payee's account within two working days. Please do not reply to this address; queries about this payment to payables@westerlypoint-marina.example.</p>\n"
        "</body></html>\n",
        lab(
            ("HM26-03381", "HM26-03409"),
            paid_date="2026-12-04",
            payment_reference="WPM0041187",
            amount="2768.80",
            currency="GBP",
            note="payables-system remittance advice, HTML only, sent on its own (no In-Reply-To) with Auto-Submitted: auto-generated; the queries address is not a new contact",
        ),
        inv="HM26-03381",
        subject="Remittance Advice – Westerly Point Marina Ltd – Payment Run PR-2026-1147",
        headers=(AUTO_GEN, ("X-Mailer", "LedgerBridge AP 9.3")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Kevin Rowe", "kevin@rowecrabbing.example"),
        "2026-12-09 20:41 +0000",
        "samsung",
        "done",
        lab(note="'done' in answer to an overdue reminder read as paid; no date"),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Dr. Henning Carstens", "h.carstens@segelclub-schlei.example"),
        "2026-11-26 21:05 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung HM26-05520 über 1.940,00 EUR (Kranen und Winterlager der Vereinsboote) habe ich gestern als Kassenwart freigegeben, die Überweisung vom Vereinskonto ist ausgeführt.\n\nBitte entschuldigen Sie die Verspätung - im Ehrenamt bleibt manches etwas länger liegen.\n\nMit freundlichen Grüßen\nHenning Carstens\nKassenwart, Segelclub Schlei e.V.\n\n-- \nSegelclub Schlei e.V. · Hafenweg 3 · Vereinsregister VR 2231",
        lab(("HM26-05520",), paid_date="2026-11-25", amount="1940.00", currency="EUR"),
        inv="HM26-05520",
        amt="1.940,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Kreditorenbuchhaltung FG Nordstrand", "zahlungsavis@fg-nordstrand.example"),
        "2026-12-01 07:02 +0100",
        "advice_plain",
        "ZAHLUNGSAVIS Nr. 2026-00731\n\nFischereigenossenschaft Nordstrand eG\nKreditorenbuchhaltung\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie ausgeführt:\n\nIhre Rechnung     Datum          Betrag EUR    Skonto EUR    Zahlbetrag EUR\nHM26-04788        08.10.2026       3.118,40          0,00          3.118,40\n\nSumme                                                              3.118,40\n\nAusführungsdatum:   01.12.2026\nZahlungsreferenz:   FGN-ZA-2026-00731\nEmpfängerbank:      laut Ihren hinterlegten Stammdaten\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten an diese Adresse werden nicht gelesen.",
        lab(
            ("HM26-04788",),
            paid_date="2026-12-01",
            payment_reference="FGN-ZA-2026-00731",
            amount="3118.40",
            currency="EUR",
            note="payment advice from the customer's payables system, plain text, unthreaded, Auto-Submitted: auto-generated",
        ),
        inv="HM26-04788",
        subject="Zahlungsavis 2026-00731 – Harbour Marine Supplies Ltd",
        cte="8bit",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Claire Le Goff", "claire.legoff@armor-mail.example"),
        "2026-12-01 19:36 +0100",
        "apple",
        "Bonsoir,\n\nJ'ai fait le virement de 642,00 € ce matin depuis mon compte, avec le numéro de facture dans le libellé. Désolée pour le retard, j'étais persuadée que c'était prélevé automatiquement comme l'an dernier pour l'hivernage.\n\nBonne soirée,\nClaire Le Goff\n(voilier « Alizé II », ponton C)",
        lab(paid_date="2026-12-01", amount="642.00", currency="EUR"),
        amt="642,00 €",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Nathalie Riou", "capitainerie@port-saintaubrec.example"),
        "2026-11-25 10:48 +0100",
        "outlook_html",
        "Bonjour,\n\nNous ne vous devons plus rien sur ce dossier : la facture HM26-06032 a été réglée le 20 novembre, en même temps que celle de septembre, par un virement unique de 4 275,60 €. Nous pouvons vous renvoyer l'avis d'opéré sur simple demande.\n\nMerci de vérifier vos encaissements avant de nous relancer.\n\nCordialement,\n\nNathalie Riou\nCapitainerie – Port de plaisance de Saint-Aubrec\nQuai des Hirondelles\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.",
        lab(
            ("HM26-06032",),
            paid_date="2026-11-20",
            amount="4275.60",
            currency="EUR",
            note="negative wording ('ne vous devons plus rien') around a past payment; one transfer paid two invoices, so the amount is the transfer's",
        ),
        inv="HM26-06032",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Club Náutico Punta Galea – Administración", "administracion@cnpuntagalea.example"),
        "2026-12-15 12:20 +0100",
        "outlook_html",
        "Buenos días:\n\nOs confirmamos que la transferencia de esta factura se hizo el viernes pasado desde la cuenta del club. Adjuntamos el justificante del banco.\n\nUn saludo,\n\nIñaki Etxeberria\nAdministración\nClub Náutico Punta Galea\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        lab(
            paid_date="2026-12-11",
            note="'el viernes pasado' from Tue 15 Dec; bank proof attached as a PDF",
        ),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Manuel Otero", "motero@pesqueraotero.example"),
        "2026-11-27 07:55 +0100",
        "android",
        "Buenas, ya os lo pagué ayer por transferencia. La referencia que me dio el banco es 2026112600187453.\nManuel Otero\nPesquera Otero e Hijos",
        lab(paid_date="2026-11-26", payment_reference="2026112600187453"),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Jeroen Bakker", "jeroen.bakker@zeemeeuw-zeilen.example"),
        "2026-11-30 08:44 +0100",
        "thunderbird",
        "Goedemorgen,\n\nIk heb donderdag 26 november € 418,75 overgemaakt, met het factuurnummer in de omschrijving. Kunt u even nakijken of het bij u binnen is? Anders ga ik er bij de bank achteraan.\n\nMet vriendelijke groet,\nJeroen Bakker\n(eigenaar van de 'Zeemeeuw', box 14, jachthaven Lemmerdijk)",
        lab(
            paid_date="2026-11-26",
            amount="418.75",
            currency="EUR",
            note="a payment claim followed by a question whether it arrived; Dutch reply to an English reminder",
        ),
        rlang="en",
        amt="€418.75",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Marjolein Smit", "administratie@jachthaven-dewaterlinie.example"),
        "2026-12-03 16:10 +0100",
        "outlook",
        "Beste heer/mevrouw,\n\nDeze factuur is vandaag meegenomen in onze betaalbatch. Het betalingskenmerk is 2026-1203-0042.\n\nMet vriendelijke groet,\n\nMarjolein Smit\nFinanciële administratie\nJachthaven De Waterlinie B.V.",
        lab(
            paid_date="2026-12-03",
            payment_reference="2026-1203-0042",
            note="included in today's payment batch: the payment has gone out today; Dutch text from an English-language Outlook",
        ),
        loc="en",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Marco Ferrandi", "tesoreria@cvpuntabianca.example"),
        "2026-12-10 11:32 +0100",
        "gmail",
        "Buongiorno,\n\nvi informiamo che ieri abbiamo disposto il bonifico di € 1.275,00 a saldo della fattura HM26-05871 (TRN 0306909421573125480020500IT). In allegato la contabile.\n\nCordiali saluti\n\nMarco Ferrandi\nTesoriere – Circolo Velico Punta Bianca ASD",
        lab(
            ("HM26-05871",),
            paid_date="2026-12-09",
            payment_reference="0306909421573125480020500IT",
            amount="1275.00",
            currency="EUR",
        ),
        inv="HM26-05871",
        amt="€ 1.275,00",
        attach=("contabile_bonifico.pdf", FAKE_PDF),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Alastair Greig", "alastair.greig@kintyre-mail.example"),
        "2026-11-26 13:07 +0000",
        "gmail",
        "Hi,\n\nApologies, I know this is late. I've sold the RIB and the buyer's transfer should clear on Monday – I'll settle your invoice the same day.\n\nRegards,\nAlastair",
        lab(
            promised_date="2026-11-30",
            note="event promise: paid the day the sale money clears, Monday after Thu 26 Nov",
        ),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Linda Hocking", "accounts@trevosebayfishing.example"),
        "2026-12-08 09:22 +0000",
        "outlook_html",
        "Morning,\n\nNo, this hasn't been paid yet – sorry, it was stuck waiting for the skipper's sign-off. It's approved now and will go out in Friday's payment run.\n\nKind regards\n\nLinda Hocking\nOffice Manager\nTrevose Bay Fishing Ltd\nThe Fish Quay, Porthkennack\n\nTrevose Bay Fishing Ltd is registered in England and Wales, company no. 09876543. This email and any files sent with it are confidential and intended only for the addressee.",
        lab(
            promised_date="2026-12-11",
            note="'hasn't been paid yet' is a negation without a complaint; Friday after Tue 8 Dec",
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Rob Tiller", "robtiller@tillermail.example"),
        "2026-12-02 22:14 +0000",
        "iphone",
        "Hi, the insurers have accepted the claim for the storm damage but haven't paid out yet. As soon as their money lands I'll clear your bill in full. Rob",
        lab(note="promise conditional on an insurance payout; no date"),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Birgit Lorenzen", "kasse@wsv-elbufer.example"),
        "2026-11-30 17:48 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Wassersportverein Elbufer wird die Rechnung begleichen, sobald die Zuschüsse des Landessportbundes auf unserem Konto eingegangen sind. Erfahrungsgemäß ist das Mitte Dezember der Fall.\n\nWir bitten um etwas Geduld.\n\nMit freundlichen Grüßen\nBirgit Lorenzen\nSchatzmeisterin\nWassersportverein Elbufer e.V.\n\nVereinsregister VR 1187 · Vorstand: Ole Brandt, Birgit Lorenzen",
        lab(note="promise tied to a grant payout; 'Mitte Dezember' cannot be pinned to a day"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Stefan Kühl", "stefan.kuehl@posteo-mail.example"),
        "2026-12-10 19:30 +0100",
        "iphone",
        "Hallo, sorry, ist mir durchgerutscht. Ich überweise am Montag, wenn das Gehalt da ist.\nGruß Stefan Kühl\n(Motorboot „Seeschwalbe“)",
        lab(promised_date="2026-12-14", note="'am Montag' after Thu 10 Dec"),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Yann Kerbrat", "yann.kerbrat@breizhmail.example"),
        "2026-12-02 12:41 +0100",
        "gmail_app",
        "Bonjour,\n\nJe passerai régler au comptoir du chantier samedi matin, par carte. Je dois de toute façon venir récupérer le moteur.\n\nYann",
        lab(promised_date="2026-12-05", note="pays in person on Saturday after Wed 2 Dec"),
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Armement Le Bihan", "compta@armement-lebihan.example"),
        "2026-11-23 15:05 +0100",
        "owa",
        "Bonjour,\n\nLe règlement partira à la fin de la semaine prochaine, après la vente de la marée à la criée.\n\nCordialement,\nSolène Le Bihan\nArmement Le Bihan – Comptabilité",
        lab(
            promised_date="2026-12-04",
            note="'fin de la semaine prochaine' from Mon 23 Nov read as the Friday of next week",
        ),
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Pesquerías Arousa S.L.", "contabilidad@pesqueriasarousa.example"),
        "2026-12-01 10:15 +0100",
        "outlook",
        "Buenos días,\n\nLa factura ya está aprobada. La pagaremos el día 10, junto con el resto de proveedores del mes.\n\nSaludos,\nBeatriz Lema\nContabilidad – Pesquerías Arousa S.L.",
        lab(promised_date="2026-12-10"),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Anja Hoekstra", "anja.hoekstra@visserij-hoekstra.example"),
        "2026-11-30 10:02 +0100",
        "gmail_plain",
        "Goedemorgen,\n\nMijn man zit op zee en komt pas vrijdag 4 december weer binnen. Hij doet de betalingen, dus dan wordt het meteen geregeld.\n\nGroet,\nAnja Hoekstra\nVisserijbedrijf Hoekstra",
        lab(
            promised_date="2026-12-04",
            note="written by a person, not an auto-reply; paid the day the skipper is back in port",
        ),
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("Jachthaven Het Anker", "boekhouding@jachthaven-hetanker.example"),
        "2026-12-07 14:26 +0100",
        "roundcube",
        "Geachte heer, mevrouw,\n\nUw factuur is goedgekeurd en ingepland voor betaling op 17-12-2026.\n\nMet vriendelijke groet,\n\nR. Veenstra\nBoekhouding Jachthaven Het Anker\n-- \nJachthaven Het Anker · Havenkade 21 · KvK 12345678",
        lab(promised_date="2026-12-17"),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Sanna", "giulia.sanna@sardamail.example"),
        "2026-11-24 20:03 +0100",
        "iphone",
        "Buonasera, scusate il ritardo, pago entro venerdì.\nGiulia Sanna",
        lab(promised_date="2026-11-27", note="'entro venerdì' (by Friday) after Tue 24 Nov"),
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Elena Ferraro", "amministrazione@nauticaferraro.example"),
        "2026-12-03 11:50 +0100",
        "outlook_html",
        "Buongiorno,\n\nla fattura in oggetto è stata inserita nella distinta di pagamento del 15 dicembre.\n\nCordiali saluti\n\nElena Ferraro\nUfficio Amministrazione\nNautica Ferraro S.r.l. – Noleggio e charter\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di avvisare il mittente.",
        lab(
            promised_date="2026-12-15",
            note="past tense 'è stata inserita' describes a payment scheduled for the 15th",
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Callum Reid", "skipper@fv-morningstar.example"),
        "2026-11-27 06:48 +0000",
        "gmail_plain",
        "We haven't paid and we won't be paying until the liferaft actually comes back. It went to you for its service at the start of October, you said two weeks, and we still don't have it. We can't sail without it.\n\nCallum Reid\nFV Morning Star",
        lab(
            note="'haven't paid ... won't be paying until' with a reason: the serviced liferaft never came back"
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Dan Mercer", "dan.mercer@kestrelquaymarina.example"),
        "2026-11-25 14:33 +0000",
        "outlook_html",
        "Hi,\n\nHM26-02954 was paid on the 20th in our usual BACS run, so please take it off your list.\n\nHM26-03017 is a different story. It bills 9 hours of labour for the raw-water impeller change on our workboat, and your engineer was on board for just over two hours – I signed his job sheet myself. Please reissue it with the correct labour and I'll get it approved.\n\nThanks,\nDan Mercer\nMarina Manager, Kestrel Quay Marina\n\nKestrel Quay Marina Ltd, registered in England No. 07654321. Confidentiality notice: this email is intended for the named recipient only.",
        lab(
            ("HM26-02954", "HM26-03017"),
            note="one invoice reported paid, another disputed over labour hours: dispute wins for the disputed part, no payment fields",
        ),
        inv="HM26-03017",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Helen Aske", "hon.treasurer@porthaldensc.example"),
        "2026-12-14 19:55 +0000",
        "thunderbird",
        "Dear Harbour Marine,\n\nThe antifouling line on this invoice is for 12 club keelboats. Only 9 were done – the other three were withdrawn from the lift-out, as I told your yard office in my email of 2 October. Could you please issue a credit note for the three boats that weren't touched? We'll pay the rest once it arrives.\n\nWith best wishes,\nHelen Aske\nHon. Treasurer, Port Halden Sailing Club\n\n-- \nPort Halden Sailing Club · The Clubhouse, Esplanade · Registered charity no. 1100987",
        lab(note="charged for work not done; paying the rest after a credit note is secondary"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Marina Travemünder Bucht GmbH", "verwaltung@marina-tbucht.example"),
        "2026-12-02 10:12 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung HM26-05177 enthält die Position »Riggcheck Mast inkl. Bericht« über 480,00 EUR. Diesen Auftrag haben wir nie erteilt, beauftragt war ausschließlich der Austausch der Wanten. Bitte korrigieren Sie die Rechnung; bis dahin ist sie bei uns zur Zahlung gesperrt.\n\nMit freundlichen Grüßen\n\ni. A. Sven Matthiesen\nVerwaltung\nMarina Travemünder Bucht GmbH\nRegistergericht HRB 9911 · Geschäftsführer: Jens Ohlsen",
        lab(("HM26-05177",), note="an invoice line for work that was never ordered"),
        inv="HM26-05177",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Frank Albers", "frank.albers@albers-charter.example"),
        "2026-12-08 16:05 +0100",
        "gmail",
        "Hallo zusammen,\n\nlaut Ihrem Angebot AN-2026-318 war für den Motorservice an der „Nordlicht“ ein Festpreis von 2.450,00 € vereinbart. Berechnet haben Sie 2.986,50 €. Den vereinbarten Betrag überweise ich gern, die Differenz von 536,50 € zahle ich nicht.\n\nBitte schicken Sie mir eine korrigierte Rechnung.\n\nViele Grüße\nFrank Albers\nAlbers Yachtcharter",
        lab(
            note="fixed-price quote against the invoiced amount; the offer to pay the agreed part does not make it a promise"
        ),
        amt="2.986,50 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Hervé Quéméner", "herve.quemener@voile-iroise.example"),
        "2026-12-04 18:22 +0100",
        "apple_html",
        "Bonjour,\n\nVotre facture mentionne le remplacement de deux winchs de génois, alors qu'un seul a été changé : celui de tribord a simplement été révisé, et c'est d'ailleurs ce qu'indique le bon d'intervention signé par votre technicien.\n\nMerci de rectifier la facture, je la réglerai dès réception.\n\nCordialement,\nHervé Quéméner",
        lab(
            note="a part billed as replaced that was only serviced; paying on receipt of a corrected invoice is secondary"
        ),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Ramón Castro", "ramon@pescadoscastro.example"),
        "2026-12-09 08:17 +0100",
        "iphone",
        "La bomba de achique que nos instalasteis dejó de funcionar a los tres días. Hasta que no vengáis a repararla no pagamos nada de esta factura.\nRamón",
        lab(note="faulty installation; refusal to pay until it is repaired"),
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Marta Vidal", "administracion@varadero-calablanca.example"),
        "2026-11-30 13:40 +0100",
        "outlook_html",
        "Hola,\n\nHemos pagado la parte del material de la factura HM26-04490 (1.215,00 €), pero la mano de obra no la aceptamos: el presupuesto hablaba de 6 horas y nos facturáis 11. Enviadnos una factura rectificativa por la diferencia.\n\nUn saludo,\n\nMarta Vidal\nAdministración\nVaradero Cala Blanca S.L.",
        lab(
            ("HM26-04490",),
            note="materials reported paid, labour hours disputed: dispute wins for the disputed part, no payment fields",
        ),
        inv="HM26-04490",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Wouter de Groot", "wouter@zeilschool-degroot.example"),
        "2026-12-16 09:50 +0100",
        "gmail",
        "Goedemorgen,\n\nDeze factuur is dubbel. Dezelfde winterstalling van onze vier Valken staat ook op HM26-04102, en die hebben we in november al betaald.\n\nWilt u deze factuur crediteren?\n\nGroet,\nWouter de Groot\nZeilschool De Groot",
        lab(
            ("HM26-04102",), note="duplicate billing; the payment mentioned is of the other invoice"
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Lotte Vermeulen", "lotte.vermeulen@polder-mail.example"),
        "2026-12-11 12:02 +0100",
        "android",
        "Wij hebben niet betaald omdat de nieuwe fok nog steeds niet geleverd is. Eerst de fok, dan het geld.\nLotte Vermeulen",
        lab(note="negated payment with the reason: the sail was never delivered"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Segreteria CN Tigullio", "segreteria@cntigullio.example"),
        "2026-11-23 12:30 +0100",
        "outlook",
        "Buongiorno,\n\ncontestiamo la fattura in oggetto: il rimessaggio invernale delle derive sociali è compreso nel contratto annuale del circolo (art. 4), quindi non andava fatturato a parte.\n\nVi chiediamo di annullarla o di emettere nota di credito.\n\nDistinti saluti\nLa segreteria\nCircolo Nautico Tigullio ASD",
        lab(note="work already covered by the annual contract"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Paolo Russo", "paolo.russo@russopesca.example"),
        "2026-12-17 07:40 +0100",
        "gmail_plain",
        "Buongiorno,\nnon abbiamo pagato perché dopo il vostro tagliando il motore del peschereccio perde olio dal paraolio posteriore. Il vostro tecnico deve tornare a sistemare il lavoro, poi paghiamo.\nPaolo Russo",
        lab(note="'non abbiamo pagato perché' with a workmanship complaint"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Neil Ashworth", "neil.ashworth@ashworth-home.example"),
        "2026-11-24 21:10 +0000",
        "gmail",
        "Hello,\n\nIs there any way I could pay this off at £150 a month? I was made redundant in October and I'm trying hard to hang on to the boat. I can set up a standing order from the 1st of December if that works for you.\n\nThanks,\nNeil Ashworth\n(Curlew, mooring 22)",
        lab(
            note="monthly instalments asked as a question; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Gary Trethewey", "gary@tretheweyshellfish.example"),
        "2026-12-07 17:02 +0000",
        "outlook",
        "Hi,\n\nI've sent £1,000 today towards this and the remaining £1,480.40 will follow at the end of January once the pots are back in and we're landing again.\n\nCheers\nGary\nTrethewey Shellfish",
        lab(note="part payment now, the rest later: payment_plan, not payment_sent"),
        amt="£2,480.40",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Moira Galbraith", "treasurer@loch-arden-yc.example"),
        "2026-12-03 10:30 +0000",
        "outlook_html",
        "Dear Sir or Madam,\n\nAt last night's meeting the committee of Loch Arden Yacht Club agreed to ask whether you would accept payment of this invoice in three instalments, in December, January and February. Our income from berthing fees arrives at the start of the season and the winter months are always tight.\n\nIf that is acceptable, please let me know the amounts you would like and I will arrange standing orders.\n\nYours faithfully,\n\nMoira Galbraith\nHonorary Treasurer\nLoch Arden Yacht Club\nScottish charity SC041234",
        lab(note="a club committee asks for three instalments"),
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Jörg Petersen", "joerg.petersen@petersen-kutter.example"),
        "2026-12-01 20:18 +0100",
        "thunderbird",
        "Moin,\n\nkönnen wir die Summe in vier Monatsraten zu je 500 € begleichen? Die erste Rate würde ich am 15.12. überweisen, danach jeweils zum 15. des Monats.\n\nDie Krabbensaison war dieses Jahr schlecht, ich bitte um Verständnis.\n\nGruß\nJörg Petersen\nKutter „Gesine“",
        lab(note="instalment proposal; the first instalment date is not a promised_date"),
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Anne-Sophie Morel", "as.morel@morel-famille.example"),
        "2026-12-08 21:47 +0100",
        "iphone",
        "Bonsoir, est-ce que je peux vous régler ça en plusieurs mensualités, 200 € par mois à partir de janvier ? Les frais d'hivernage tombent en même temps que la taxe foncière cette année… Merci de votre compréhension.\nA.-S. Morel",
        lab(),
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Pêcheries du Raz – Comptabilité", "compta@pecheries-duraz.example"),
        "2026-12-14 11:06 +0100",
        "owa",
        "Bonjour,\n\nNous avons viré 500 € aujourd'hui à titre d'acompte. Le solde suivra en janvier, dès que la campagne de coquilles nous aura été payée par la criée.\n\nCordialement,\nGwenaël Tanguy\nPêcheries du Raz",
        lab(note="down payment today and the balance in January: payment_plan"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Lucía Barreiro", "lbarreiro@correo-ria.example"),
        "2026-11-26 17:15 +0100",
        "gmail",
        "Hola,\n\n¿Me dejaríais fraccionarlo? Os podría pasar 300 € esta semana y lo que queda en enero, cuando cobre la extra. Este mes voy muy justa entre el amarre y el seguro del barco.\n\nGracias,\nLucía",
        lab(),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Real Club Marítimo del Sur", "tesoreria@rcmaritimosur.example"),
        "2026-12-10 13:20 +0100",
        "outlook_html",
        "Estimados señores:\n\nLa junta directiva del club nos ha autorizado a proponerles el siguiente calendario para saldar la factura:\n\n- 800,00 € el 20 de diciembre\n- 800,00 € el 20 de enero\n- el resto el 20 de febrero\n\nQuedamos a la espera de su conformidad.\n\nAtentamente,\n\nJosé Antonio Prieto\nTesorero\nReal Club Marítimo del Sur",
        lab(note="a dated schedule; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Bram Kuiper", "bram.kuiper@kuiper-thuis.example"),
        "2026-12-02 07:31 +0100",
        "iphone",
        "Goedemorgen, is het mogelijk om dit in termijnen te betalen? Bijvoorbeeld € 250 per maand. Groet, Bram Kuiper",
        lab(),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Visserijbedrijf J. de Vries & Zn.", "kantoor@devries-visserij.example"),
        "2026-11-23 11:40 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij stellen voor het openstaande bedrag in drie gelijke delen te voldoen: de eerste termijn op 1 december, de tweede op 1 januari en de laatste op 1 februari. Graag ontvangen wij uw bevestiging.\n\nMet vriendelijke groet,\nJ. de Vries\nVisserijbedrijf J. de Vries & Zn.",
        lab(),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Salvatore Greco", "salvatore.greco@grecopesca.example"),
        "2026-12-04 06:50 +0100",
        "android",
        "Buongiorno, possiamo rateizzare in 4 rate mensili? La stagione è andata malissimo. Grazie\nSalvatore Greco",
        lab(),
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Lorenzo Bassi", "lorenzo.bassi@bassi-vela.example"),
        "2026-12-16 18:35 +0100",
        "thunderbird",
        "Buonasera,\n\noggi ho versato un acconto di 600 euro sulla fattura; il saldo lo verso entro fine gennaio, quando incasso i noleggi di dicembre.\n\nSpero vada bene.\nLorenzo Bassi",
        lab(note="down payment today, balance by the end of January: payment_plan"),
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Pete Gilham", "pete.gilham@gilham-family.example"),
        "2026-11-25 12:55 +0000",
        "iphone",
        "Hi – I can't find this invoice anywhere. Can you send me a copy so I can see what it's for before I pay it? I had the mast down in the spring but I thought that was all settled.\n\nPete",
        lab(
            note="asks for a copy to see what it covers; 'thought that was all settled' is neither a payment claim nor a dispute; English reply to a French reminder"
        ),
        rlang="fr",
        loc="en",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Sophie Kendal", "purchase.ledger@harbourgate-marinas.example"),
        "2026-12-01 11:18 +0000",
        "outlook_html",
        "Good morning,\n\nOur AP system rejected invoice HM26-03562 on arrival because it didn't carry a purchase order number, which is why it hasn't been paid. Could you please reissue it as a PDF quoting PO HGM-PO-7713? Once we have it, it will go into the next payment run.\n\nMany thanks,\n\nSophie Kendal\nPurchase Ledger\nHarbourgate Marinas Group\n\nHarbourgate Marinas Group plc · Registered office: Lock House, Basin Road · Registered in England 04455667\nThis message may contain confidential information. If you are not the intended recipient, please delete it and let the sender know.",
        lab(
            ("HM26-03562",),
            note="reissue with a PO number, amount not contested; 'the next payment run' is not a dated promise",
        ),
        inv="HM26-03562",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Fiona Baird", "secretary@eastvoe-boatclub.example"),
        "2026-12-11 15:02 +0000",
        "html_only",
        "Hello,\n\nCould you send us a statement of the club's account covering April to November? Our treasurer is preparing the accounts for the AGM and we can't match your reminder to anything on our side.\n\nKind regards,\nFiona Baird\nSecretary, East Voe Boat Club",
        lab(note="statement of account; HTML-only Outlook message"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Claudia Wendt", "buchhaltung@yachtservice-wendt.example"),
        "2026-11-24 09:40 +0100",
        "outlook",
        "Guten Morgen,\n\ndie Rechnung selbst ist bei uns nie angekommen, wir haben nur diese Zahlungserinnerung erhalten. Bitte senden Sie uns die Rechnung als PDF an diese Adresse, dann wird sie umgehend geprüft.\n\nMit freundlichen Grüßen\nClaudia Wendt\nBuchhaltung\nYachtservice Wendt GmbH",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Matthias Rehder", "m.rehder@rehder-segeln.example"),
        "2026-12-15 08:05 +0100",
        "gmail",
        "Guten Tag,\n\nbevor ich die Rechnung HM26-05214 anweise: Können Sie mir bitte eine Aufstellung der Arbeitsstunden und des verbauten Materials schicken? Auf der Rechnung steht nur „Winterservice pauschal“.\n\nDanke und Gruß\nMatthias Rehder",
        lab(
            ("HM26-05214",),
            note="asks for the breakdown before paying, without contesting the amount",
        ),
        inv="HM26-05214",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Cercle Nautique de Porz-Meur", "tresorier@cn-porzmeur.example"),
        "2026-12-07 10:25 +0100",
        "owa",
        "Bonjour,\n\nPourriez-vous nous renvoyer cette facture établie au nom de l'association (Cercle Nautique de Porz-Meur) et non au nom de notre président, avec notre numéro de TVA intracommunautaire FR 12 345678901 ? Le montant n'est pas en cause, mais notre expert-comptable ne peut pas l'enregistrer en l'état.\n\nBien cordialement,\nPhilippe Nédélec\nTrésorier",
        lab(note="reissue in the club's name, amount not contested: invoice_request"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Marc Daniel", "marc.daniel@iroise-mail.example"),
        "2026-11-30 18:50 +0100",
        "iphone",
        "Bonjour, je ne retrouve pas cette facture, ni par courrier ni par mail. Pouvez-vous me la renvoyer svp ? Merci. M. Daniel",
        lab(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Soler", "nuria@velerossoler.example"),
        "2026-12-03 16:44 +0100",
        "gmail",
        "Hola,\n\n¿Nos podéis mandar un duplicado de la factura y el albarán de entrega firmado? Necesitamos los dos documentos para poder pasarla a pago.\n\nGracias,\nNuria Soler\nVeleros Soler",
        lab(),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pesquera Hermanos Lago", "oficina@pesquera-hermanoslago.example"),
        "2026-12-17 12:10 +0100",
        "outlook_html",
        "Buenos días:\n\nLa factura está emitida a nombre del patrón, Andrés Lago, y no de la empresa. ¿Podéis rehacerla a nombre de Pesquera Hermanos Lago, S.L., CIF B-36999999? Con la factura correcta la pagamos sin problema.\n\nUn saludo,\n\nCarmen Lago\nOficina – Pesquera Hermanos Lago, S.L.",
        lab(
            note="reissue to the company, amount not contested; paying afterwards is not a dated promise"
        ),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Henk Postma", "henk.postma@postma-thuis.example"),
        "2026-12-09 14:12 +0100",
        "apple",
        "Goedemiddag,\n\nKunt u mij een kopie van de factuur sturen? Ik heb alleen deze herinnering ontvangen en weet niet precies waar het om gaat; de boot heeft dit jaar twee keer bij u op de helling gestaan.\n\nMet vriendelijke groet,\nHenk Postma",
        lab(),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Ufficio Amministrazione Marina di Levante", "amministrazione@portolevante.example"),
        "2026-11-26 10:00 +0100",
        "outlook",
        "Buongiorno,\n\nper poter procedere con le verifiche contabili vi chiediamo di inviarci l'estratto conto aggiornato della nostra posizione, con il dettaglio delle fatture aperte e dei pagamenti ricevuti.\n\nCordiali saluti\n\nUfficio Amministrazione\nPorto Turistico Marina di Levante S.p.A.",
        lab(note="statement of account"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Davide Conti", "davide.conti@contiyachting.example"),
        "2026-12-14 09:15 +0100",
        "gmail",
        "Buongiorno,\n\nnon ci risulta arrivata la fattura elettronica tramite SDI, per questo non l'abbiamo ancora registrata. Potete reinviarla con il nostro codice destinatario M5UXCR1? Appena arriva la mettiamo in pagamento.\n\nGrazie\nDavide Conti\nConti Yachting S.r.l.",
        lab(note="the e-invoice never reached the customer's exchange system; resend request"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Tony Marsh", "sailingsec@blackwater-sc.example"),
        "2026-11-23 19:20 +0000",
        "gmail",
        "Hi,\n\nI'm the club's sailing secretary – I only deal with race entries and the dinghy park. Anything to do with invoices is for our treasurer, Jill Hammond: treasurer@blackwater-sc.example. I haven't forwarded this one, so please resend it to her.\n\nTony",
        lab(new_contact="treasurer@blackwater-sc.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts – Solway Leisure Boats", "accounts@solwayleisureboats.example"),
        "2026-12-16 16:58 +0000",
        "outlook_html",
        "Dear Harbour Marine,\n\nPlease be advised that our accounts department has moved to a new email platform. With immediate effect all invoices, statements and reminders must be sent to accounts.solwayleisure@gmail.com only, as this address will be closed at the end of the week.\n\nPlease also note that our company bank details have changed. The updated details for any credits or refunds are in the attached letter. Kindly confirm by return once your records have been updated.\n\nRegards\nAccounts Department\nSolway Leisure Boats Ltd",
        lab(
            new_contact="accounts.solwayleisure@gmail.com",
            note="phishing-like redirect to a free-mail address (Reply-To points there too) with a bank-details change; labelled by what it asks, a person must verify before the contact is changed",
        ),
        headers=(("Reply-To", "accounts.solwayleisure@gmail.com"),),
        attach=("Bank_Details_Change_Notice.pdf", FAKE_PDF),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Mike Pascoe", "mike@pascoe-charters.example"),
        "2026-12-01 08:36 +0000",
        "gmail",
        "Morning,\n\nCopying in Jo Pascoe who does our books now – Jo@PascoeBookkeeping.example. Please send invoices and reminders to her from now on, she'll sort this one out.\n\nMike\nPascoe Charters",
        lab(
            new_contact="jo@pascoebookkeeping.example",
            note="new address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Jo Pascoe <Jo@PascoeBookkeeping.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Reinhard Brüggemann", "r.brueggemann@sv-moewenhaken.example"),
        "2026-12-09 11:14 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nich bin seit der Jahreshauptversammlung im Oktober nicht mehr Kassenwart des Segelvereins. Bitte wenden Sie sich in allen Rechnungsangelegenheiten an meine Nachfolgerin, Frau Inken Jessen: kasse@sv-moewenhaken.example.\n\nMit freundlichen Grüßen\nReinhard Brüggemann",
        lab(new_contact="kasse@sv-moewenhaken.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Petra Sommer", "petra.sommer@sommer-hof.example"),
        "2026-11-27 13:25 +0100",
        "gmail_plain",
        "Hallo,\n\nda muss eine Verwechslung vorliegen. Ich habe weder ein Boot noch jemals etwas bei Ihnen bestellt – wir betreiben einen Reiterhof im Binnenland. Bitte prüfen Sie die Adresse.\n\nPetra Sommer",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Sylvie Guéguen", "s.gueguen@port-lannerec.example"),
        "2026-12-02 14:40 +0100",
        "outlook",
        "Bonjour,\n\nDepuis le 1er novembre, la comptabilité du port est gérée par ma collègue Annaïg Le Roux. Vos factures et relances sont à envoyer à compta@port-lannerec.example ; cette boîte-ci n'est plus suivie pour les fournisseurs.\n\nCordialement,\nSylvie Guéguen",
        lab(new_contact="compta@port-lannerec.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Chantier Naval Le Floch", "contact@chantier-lefloch.example"),
        "2026-12-08 09:36 +0100",
        "none",
        "Bonjour,\n\nCette adresse n'est plus consultée. Pour toute question administrative ou comptable, merci d'écrire désormais à administration@chantier-lefloch.example.\n\nChantier Naval Le Floch",
        lab(
            new_contact="administration@chantier-lefloch.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact (README rule)",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
        lag=3,
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Joaquín Ferrer", "joaquin@ferrer-nautica.example"),
        "2026-11-25 17:02 +0100",
        "gmail_app",
        "Hola,\n\nLas facturas nos las lleva la gestoría. Mandádselas a ellos directamente, por favor: administracion@gestoria-maresme.example\n\nSaludos,\nJoaquín",
        lab(new_contact="administracion@gestoria-maresme.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Elena Sáez", "elena.saez@correo-levante.example"),
        "2026-12-12 10:30 +0100",
        "iphone",
        "Buenos días. Este es mi correo personal; el barco y la empresa son de mi hermano Luis. Escribidle a él a luis.saez@saez-pesca.example, yo no tengo nada que ver con esta factura.\nElena",
        lab(new_contact="luis.saez@saez-pesca.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Gerrit Dijkstra", "secretaris@wsv-krommetjalk.example"),
        "2026-12-04 20:05 +0100",
        "outlook_mac",
        "Goedenavond,\n\nIk ben de secretaris van de watersportvereniging; facturen lopen via onze penningmeester. Wilt u deze herinnering sturen naar penningmeester@wsv-krommetjalk.example?\n\nMet vriendelijke groet,\nGerrit Dijkstra\nSecretaris WSV De Kromme Tjalk",
        lab(new_contact="penningmeester@wsv-krommetjalk.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Ilse Mulder", "ilse@jachthavendekreek.example"),
        "2026-12-15 13:33 +0100",
        "gmail",
        "Hoi,\n\nWil je facturen en herinneringen voortaan naar Facturen@JachthavenDeKreek.example sturen? Dit adres gebruik ik alleen voor de havenplanning en ik kijk er soms dagen niet in.\n\nGroetjes,\nIlse\nJachthaven De Kreek",
        lab(
            new_contact="facturen@jachthavendekreek.example",
            note="mixed-case address labelled in lower case",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Nino Caruso", "officina@marinadicapobello.example"),
        "2026-11-30 16:12 +0100",
        "iphone",
        "Salve, io sono il meccanico e non mi occupo di pagamenti. Scrivete all'amministrazione: amministrazione@marinadicapobello.example\nNino",
        lab(new_contact="amministrazione@marinadicapobello.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "us-en-1",
        "unsubscribe",
        "en",
        ("Derek Spall", "derek.spall@spall-home.example"),
        "2026-11-30 07:12 +0000",
        "gmail_plain",
        "Paid it on Friday. Now take me off whatever mailing list this is – I don't want automated emails chasing me every week.\n\nD. Spall",
        lab(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; no payment fields"
        ),
    ),
    Reply(
        "us-en-2",
        "unsubscribe",
        "en",
        ("Company Secretary", "cosec@medwayfishingcoop.example"),
        "2026-12-04 10:00 +0000",
        "outlook",
        "Dear Sirs,\n\nPlease stop sending reminders to this address. The co-operative deals with supplier accounts in writing only: letters to our office at 3 Netloft Quay, addressed to the Company Secretary.\n\nYours faithfully,\n\nR. Okonkwo\nCompany Secretary\nMedway Fishing Co-operative Ltd",
        lab(note="'by post only' → unsubscribe (README rule); Outlook sends windows-1252"),
        charset="windows-1252",
    ),
    Reply(
        "us-en-3",
        "unsubscribe",
        "en",
        ("Shaun Kelly", "shaunkelly@kelly-boats.example"),
        "2026-12-10 12:48 +0000",
        "iphone",
        "Take me off this list. Your invoice is wrong anyway and I've told your yard three times.",
        lab(note="removal request plus a complaint: unsubscribe beats dispute"),
    ),
    Reply(
        "us-de-1",
        "unsubscribe",
        "de",
        ("Hafenmeisterei Neuhafen", "hafenmeister@neuhafen-marina.example"),
        "2026-12-07 08:20 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie keine Mahnungen mehr an diese E-Mail-Adresse. Sie ist ausschließlich für Liegeplatzanfragen vorgesehen. Rechnungen und Mahnungen nehmen wir nur noch schriftlich per Post entgegen.\n\nMit freundlichen Grüßen\nHafenmeisterei Neuhafen",
        lab(note="no more e-mail, post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "us-de-2",
        "unsubscribe",
        "de",
        ("Uwe Harms", "uwe.harms@harms-netz.example"),
        "2026-11-25 06:30 +0100",
        "android",
        "Abmelden.",
        lab(note="one-word opt-out"),
    ),
    Reply(
        "us-fr-1",
        "unsubscribe",
        "fr",
        ("Isabelle Corre", "isabelle.corre@corre-famille.example"),
        "2026-12-11 20:15 +0100",
        "gmail",
        "Bonsoir,\n\nMerci de me retirer de vos envois automatiques. Je ne souhaite plus recevoir ce type de message par e-mail.\n\nI. Corre",
        lab(),
    ),
    Reply(
        "us-es-1",
        "unsubscribe",
        "es",
        ("Cofradía de Pescadores San Telmo", "secretaria@cofradia-santelmo.example"),
        "2026-12-02 11:30 +0100",
        "outlook_html",
        "Buenos días:\n\nLes rogamos que dejen de enviar recordatorios de pago a esta dirección. Cualquier comunicación sobre facturas debe remitirse por carta certificada a la sede de la cofradía.\n\nAtentamente,\n\nSecretaría\nCofradía de Pescadores San Telmo",
        lab(note="no more e-mail, registered letters only → unsubscribe"),
    ),
    Reply(
        "us-es-2",
        "unsubscribe",
        "es",
        ("Álvaro Méndez", "alvaro.mendez@mendez-mar.example"),
        "2026-12-16 22:05 +0100",
        "iphone",
        "Dejad de escribirme. Ya os dije por teléfono que la factura está pagada y que además está mal hecha. No quiero más correos vuestros.",
        lab(note="stop request plus a payment claim and a complaint: unsubscribe wins"),
    ),
    Reply(
        "us-nl-1",
        "unsubscribe",
        "nl",
        ("Ruud van Leeuwen", "ruud.vanleeuwen@leeuwen-online.example"),
        "2026-11-24 19:44 +0100",
        "gmail_app",
        "Graag afmelden. Ik wil geen herinneringen meer per e-mail ontvangen.\n\nRuud",
        lab(),
    ),
    Reply(
        "us-nl-2",
        "unsubscribe",
        "nl",
        ("Charterbedrijf Noorderzon", "info@charter-noorderzon.example"),
        "2026-12-14 15:20 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij verzoeken u op grond van de AVG ons e-mailadres uit uw bestand te verwijderen en ons geen e-mails meer te sturen. Alle correspondentie over deze factuur verloopt voortaan via onze advocaat, mr. E. Boersma.\n\nMet vriendelijke groet,\nDirectie Charterbedrijf Noorderzon",
        lab(
            note="removal under privacy law and 'only through our lawyer' without an address → unsubscribe"
        ),
    ),
    Reply(
        "us-it-1",
        "unsubscribe",
        "it",
        ("Franco Deiana", "franco.deiana@deiana-casa.example"),
        "2026-11-26 09:09 +0100",
        "gmail_plain",
        "Vi prego di cancellarmi dalla vostra mailing list. Grazie.",
        lab(),
    ),
    Reply(
        "us-it-2",
        "unsubscribe",
        "it",
        ("Cantiere Azzurro S.r.l.", "cantiereazzurro@pec-azzurro.example"),
        "2026-12-09 12:00 +0100",
        "outlook",
        "Spett.le Harbour Marine Supplies,\n\nvi diffidiamo dal continuare a inviare solleciti a questo indirizzo di posta certificata, che non è abilitato a ricevere comunicazioni commerciali. Per qualsiasi questione scriveteci per raccomandata A/R.\n\nDistinti saluti\nCantiere Azzurro S.r.l.",
        lab(note="stop e-mailing, registered post only → unsubscribe"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Ben Carver", "ben.carver@saltmarsh-marina.example"),
        "2026-11-30 08:48 +0000",
        "none",
        "Thank you for your email. I'm on our stand at the boat show until Wednesday 2 December and will only read email in the evenings.\n\nFor anything urgent about berthing, please contact my colleague Sue Hartley on sue.hartley@saltmarsh-marina.example or call the marina office.\n\nBen Carver\nGeneral Manager, Saltmarsh Marina",
        lab(
            return_date="2026-12-02",
            note="'until X' → X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        lag=1,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Kingsbridge Haven Marina Office", "office@kingsbridgehaven.example"),
        "2026-12-01 08:41 +0000",
        "none_html",
        "Hello,\n\nThe marina office is closed this week for our annual winter maintenance. We reopen on Monday 7 December at 9am.\n\nIn an emergency on the pontoons please call the duty berthing master on channel 80 or on 01632 960884.\n\nKingsbridge Haven Marina",
        lab(return_date="2026-12-07"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        lag=2,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Solent Point Marina Support", "support@solentpoint-marina.example"),
        "2026-12-08 08:53 +0000",
        "none",
        "Hello, and thanks for writing to Solent Point Marina.\n\nYour request has been logged as ticket SP-22871. Our office staff normally answer within two working days; please keep the ticket number in the subject line if you write again.\n\nThis is an automated message – please do not reply to it.",
        lab(note="ticket acknowledgement, no date"),
        subject="[Ticket #SP-22871] {rsub}",
        headers=(AUTO_GEN, ("X-Mailer", "HelpHarbor Desk 3.8")),
        lag=4,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Kerstin Voß", "k.voss@bootswerft-voss.example"),
        "2026-11-27 09:37 +0100",
        "none",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4. Dezember, nicht im Büro. Ab Montag, 7. Dezember, bin ich wieder für Sie erreichbar.\n\nIhre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nKerstin Voß\nBootswerft Voß",
        lab(return_date="2026-12-07", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
        lag=1,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Loïc Prigent", "l.prigent@sellerie-prigent.example"),
        "2026-11-24 09:40 +0100",
        "none_html",
        "Bonjour,\n\nEn formation toute la semaine, je n'ai pas accès à ma messagerie jusqu'au vendredi 27 novembre inclus. Votre message sera traité à mon retour au bureau, le lundi 30 novembre.\n\nCordialement,\nLoïc Prigent",
        lab(return_date="2026-11-30", note="the stated day back wins over 'jusqu'au … inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        lag=1,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Capitainerie Port-Bihan", "capitainerie@port-bihan.example"),
        "2026-12-10 09:50 +0100",
        "none",
        "Bonjour,\n\nVotre message a bien été reçu par la capitainerie. En basse saison, le bureau est ouvert du mardi au samedi de 9 h à 12 h ; nous vous répondrons dans les meilleurs délais.\n\nLa capitainerie de Port-Bihan",
        lab(note="receipt acknowledgement with only Precedence: auto_reply; no return date"),
        subject="Accusé de réception – Capitainerie de Port-Bihan",
        headers=(("Precedence", "auto_reply"),),
        lag=5,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Jordi Puig", "jordi.puig@nauticapuig.example"),
        "2026-12-03 09:45 +0100",
        "none",
        "Hola,\n\nNo estoy en la tienda hasta el lunes 14 de diciembre y no miro el correo.\n\nSi es urgente, llamad al taller.\n\nJordi Puig\nNáutica Puig",
        lab(return_date="2026-12-14", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
        lag=1,
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Astilleros Bermeo Txiki", "oficina@astilleros-bermeotxiki.example"),
        "2026-12-18 09:39 +0100",
        "none_html",
        "Buenos días:\n\nNuestras oficinas permanecerán cerradas por vacaciones de Navidad del 19 de diciembre al 6 de enero, ambos incluidos. Volveremos a atenderles el jueves 7 de enero de 2027.\n\nFelices fiestas.\n\nAstilleros Bermeo Txiki",
        lab(return_date="2027-01-07", note="Christmas closure; the stated day back wins"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
        lag=1,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke Bos", "f.bos@zeilmakerij-bos.example"),
        "2026-12-02 09:35 +0100",
        "none",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer op kantoor.\n\nVoor dringende zaken kunt u de werkplaats bellen.\n\nMet vriendelijke groet,\nFemke Bos",
        lab(return_date="2026-12-14", note="'vanaf' (the day back) wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        lag=1,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Havenkantoor Jachthaven Ganzenhoek", "havenkantoor@jachthaven-ganzenhoek.example"),
        "2026-11-26 09:38 +0100",
        "none",
        "Bedankt voor uw bericht!\n\nIn de wintermaanden is het havenkantoor alleen op dinsdag en donderdag bemand. Wij beantwoorden uw e-mail zo snel mogelijk.\n\nJachthaven Ganzenhoek",
        lab(note="marina autoresponder without Auto-Submitted; no return date"),
        subject="Bedankt voor uw bericht",
        lag=2,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Chiara Lombardi", "c.lombardi@lombardimarine.example"),
        "2026-11-30 09:42 +0100",
        "none",
        "Buongiorno,\n\nsarò fuori ufficio da lunedì 30 novembre a venerdì 4 dicembre. Rientro in ufficio lunedì 7 dicembre.\n\nPer urgenze potete contattare il centralino.\n\nChiara Lombardi\nLombardi Marine",
        lab(return_date="2026-12-07"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        lag=1,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Segreteria CV Capo Sereno", "segreteria@cvcaposereno.example"),
        "2026-12-17 09:44 +0100",
        "none_html",
        "Gentile socio, gentile fornitore,\n\nla segreteria del circolo resterà chiusa per le festività natalizie da sabato 19 dicembre. Riapriremo lunedì 11 gennaio 2027.\n\nLe e-mail ricevute in questo periodo verranno lette alla riapertura.\n\nSegreteria – Circolo della Vela Capo Sereno",
        lab(
            return_date="2027-01-11",
            note="holiday closure of a sailing club's office; the reopening day",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
        lag=1,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Julia Fenwick", "julia.fenwick@fenwick-home.example"),
        "2026-12-07 18:30 +0000",
        "gmail",
        "Hello,\n\nBefore I pay anything: last week I got a letter, supposedly from you, saying your bank details have changed and asking me to pay into a new account with a different bank. It looked a bit odd. Is that genuine? I'd rather speak to someone on the phone before I send any money.\n\nJulia Fenwick\n(Moonraker, winter storage bay 6)",
        lab(
            note="question about a bank-details change letter (possible fraud); no commitment, a person must answer"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Karen Penrose", "karen@penrose-fishing.example"),
        "2026-11-23 14:15 +0000",
        "bottom",
        "Noted – I'll mention it to Jim when he's back in on the tide tonight.\n\nKaren",
        lab(note="acknowledgement, passing it on; bottom-posted below the quote"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Brian Leckie", "brian.leckie58@yahoo.co.uk"),
        "2026-12-15 11:20 +0000",
        "yahoo",
        "Hello,\n\nI'm afraid the boat sank at her mooring in the October gale. I'm still waiting to hear whether the insurers will pay for anything and I haven't got my head round the paperwork yet. I'll be in touch when I know more.\n\nBrian Leckie",
        lab(note="bad news and 'I'll be in touch' without any commitment to pay: other"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Anke Thiessen", "a.thiessen@kutterverein-nordmole.example"),
        "2026-12-03 13:10 +0100",
        "owa",
        "Hallo,\n\ndanke für die Info. Ich leite das an unseren Vorstand weiter, der trifft sich nächste Woche.\n\nViele Grüße\nAnke Thiessen\nGeschäftsstelle Kutterverein Nordmole",
        lab(note="acknowledgement; passing it to the board is neither a promise nor a new contact"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Lars Brodersen", "lars.brodersen@brodersen-mail.example"),
        "2026-12-16 17:25 +0100",
        "gmail_app",
        "Hallo, haben Sie zwischen den Jahren geöffnet? Ich müsste noch zwei Dosen Antifouling und Zinkanoden für die Welle abholen.\nGruß Lars",
        lab(note="opening hours and an order in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Monique Le Du", "monique.ledu@chantier-ledu.example"),
        "2026-11-26 15:00 +0100",
        "outlook",
        "Bonjour,\n\nLe chantier est fermé depuis le décès de mon mari en septembre. Je ne sais pas encore ce qui est dû ni à qui ; c'est le notaire qui s'occupe de la succession et je lui transmets votre courrier.\n\nMonique Le Du",
        lab(
            note="bereavement; the notary is named without an address, so not wrong_contact; a person should answer"
        ),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Guillaume Tréguer", "g.treguer@treguer-peche.example"),
        "2026-12-09 08:05 +0100",
        "gmail",
        "Bonjour,\n\nPouvez-vous me rappeler au 06 12 34 56 78 ? Je préfère en parler de vive voix, c'est plus simple.\n\nGuillaume Tréguer",
        lab(note="callback request that does not say what about"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Xabier Arana", "xabier@arana-barcos.example"),
        "2026-12-01 18:40 +0100",
        "gmail_app",
        "Hola, una pregunta: ¿tenéis en stock ánodos de zinc para un Volvo D2-40? Necesitaría dos antes del puente.\nGracias\nXabier",
        lab(note="stock question in the reminder thread"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Rosa Camacho", "rosa.camacho@camacho-casa.example"),
        "2026-11-27 12:00 +0100",
        "iphone",
        "Recibido, gracias.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Klaas Zwart", "klaas@zwart-kotter.example"),
        "2026-12-08 10:45 +0100",
        "outlook",
        "Goedemorgen,\n\nPer 1 december zijn wij gestopt met het visserijbedrijf en de kotter is verkocht aan een rederij in Denemarken. Ik wilde het u even laten weten.\n\nMet vriendelijke groet,\nKlaas Zwart",
        lab(
            note="business stopped and vessel sold; the writer is still the customer and says nothing about paying"
        ),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Roberta Pinna", "segreteria@lnpalmaverde.example"),
        "2026-12-11 10:20 +0100",
        "owa",
        "Buongiorno,\n\nricevuto, lo giro al presidente del circolo che si occupa dei pagamenti.\n\nSaluti\nRoberta Pinna\nSegreteria",
        lab(note="acknowledgement; passing it on without an address is not wrong_contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Vittorio Sala", "vittorio.sala@sala-famiglia.example"),
        "2026-12-04 21:02 +0100",
        "gmail_plain",
        "Buonasera,\nho ricevuto questa mail ma il vostro nome non mi dice niente. Come faccio a sapere che non è una truffa? Mandatemi un numero fisso da chiamare.\nV. Sala",
        lab(
            note="suspicion and a request for a phone number; neither a denial of the debt nor a request for the invoice"
        ),
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
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    age: int = 3  # minutes between the reminder leaving and the report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.age, seconds=21)

    def reminder(self) -> Message:
        return original_reminder(self.key, self.rlang, self.rcpt, self.sent)

    def subject(self) -> str:
        return reminder_subject(self.rlang, derived_invoice(self.key))


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourmarine-supplies.example>"


def ds_part(per_message: list[str], per_recipient: list[str]) -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, markup: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8", enc="q")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def arrival(b: Bounce) -> str:
    return f"Arrival-Date: {format_datetime(b.sent)}"


def bounce_qmail_hard(b: Bounce) -> Message:
    """qmail's classic plain-text failure notice, with the whole message below it."""
    stamp = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    text = (
        "Hi. This is the qmail-send program at mx1.bluefinchcharters.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {stamp}\n"
        f"Received: from {RELAY} (HELO {RELAY}) (198.51.100.17)\n"
        f"  by mx1.bluefinchcharters.example with SMTP; {stamp}\n" + b.reminder().as_string() + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx1.bluefinchcharters.example", "failure notice")


def bounce_gmail_disabled(b: Bounce) -> Message:
    lines = [
        "** Message not delivered **",
        f"Your message couldn't be delivered to {b.rcpt} because the account you tried to reach is disabled.",
        "Learn more here: https://support.google.com/mail/?p=DisabledUser",
        "The response was:",
        "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 4fb4d7f45d1cf-5d3f0a1c2b3si7712345a12.412 - gsmtp",
    ]
    markup = (
        '<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">'
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</div></body></html>\n"
    )
    diag = "550-5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser"
    parts = [
        human_alternative("\n\n".join(lines) + "\n", markup),
        ds_part(
            [
                "Reporting-MTA: dns; googlemail.com",
                f"Received-From-MTA: dns; {AR_ADDR}",
                arrival(b),
            ],
            [
                f"Final-Recipient: rfc822; {b.rcpt}",
                "Action: failed",
                f"Status: {b.status}",
                "Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.27, the server for the domain gmail.com.)",
                f"Diagnostic-Code: smtp; {diag}",
                f"Last-Attempt-Date: {format_datetime(b.dt)}",
            ],
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    host = "mail." + b.rcpt.split("@")[1]
    text = (
        f"This is the mail system at host {RELAY}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to\n    {host}[203.0.113.58]:25: Connection timed out\n"
    )
    parts = [
        described(text_part(text, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            ds_part(
                [
                    f"Reporting-MTA: dns; {RELAY}",
                    "X-Postfix-Queue-ID: 4fQz7m2xYJz1RrK",
                    f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                    arrival(b),
                ],
                [
                    f"Final-Recipient: rfc822; {b.rcpt}",
                    f"Original-Recipient: rfc822;{b.rcpt}",
                    "Action: delayed",
                    f"Status: {b.status}",
                    f"Diagnostic-Code: X-Postfix; connect to {host}[203.0.113.58]:25: Connection timed out",
                    f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}",
                ],
            ),
            "Delivery report",
        ),
        described(returned_headers(b), "Undelivered Message Headers"),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{RELAY} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_m365_de(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in relay recipient table"
    )
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{local} wurde bei {domain} nicht gefunden.\n\n"
        "Harbour Marine Accounts    Office 365    " + domain + "\n"
        "Aktion erforderlich                       Empfänger\n\n"
        "Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n\n"
        "Die Adresse ist vermutlich falsch geschrieben oder existiert nicht mehr. Prüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut. Besteht das Problem weiter, erreichen Sie den Empfänger vielleicht telefonisch und können ihn nach der richtigen Adresse fragen.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n\n"
        f"Der Remoteserver hat »{diag}« gemeldet.\n\n"
        "Nachrichtenhops\n"
        f"HOP  ZEIT (UTC)           VON                                  AN\n"
        f"1    {b.sent.astimezone(UTC):%d.%m.%Y %H:%M:%S}  LO2P265MB5120.GBRP265.PROD.OUTLOOK.example  LO2P265MB5120.GBRP265.PROD.OUTLOOK.example\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" style="color:#333333;font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;font-size:16px">'
        f'<tr><td style="font-size:20px;color:#c00000">Ihre Nachricht an {html.escape(b.rcpt)} konnte nicht zugestellt werden.</td></tr>'
        f"<tr><td><b>{html.escape(local)}</b> wurde bei {html.escape(domain)} nicht gefunden.</td></tr>"
        '<tr><td style="background-color:#c00000;color:#ffffff;padding:4px">Aktion erforderlich</td></tr>'
        "<tr><td>Unbekannter Empfänger</td></tr>"
        '<tr><td style="font-size:17px;font-weight:600">So beheben Sie das Problem</td></tr>'
        "<tr><td>Die Adresse ist vermutlich falsch geschrieben oder existiert nicht mehr. Prüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut.</td></tr>"
        '<tr><td style="font-size:15px;font-weight:600">Weitere Informationen für E-Mail-Administratoren</td></tr>'
        f"<tr><td>Der Remoteserver hat »{html.escape(diag)}« gemeldet.</td></tr>"
        "</table></body></html>\n"
    )
    parts = [
        human_alternative(text, markup),
        ds_part(
            [
                "Reporting-MTA: dns;LO2P265MB5120.GBRP265.PROD.OUTLOOK.example",
                "Received-From-MTA: dns;LO2P265MB5120.GBRP265.PROD.OUTLOOK.example",
                arrival(b),
            ],
            [
                f"Original-Recipient: rfc822;{b.rcpt}",
                f"Final-Recipient: rfc822;{b.rcpt}",
                "Action: failed",
                f"Status: {b.status}",
                f"Remote-MTA: dns;mx.{domain}",
                f"Diagnostic-Code: smtp;{diag}",
            ],
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Unzustellbar: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")),
    )


def bounce_provider_de_delay(b: Bounce) -> Message:
    host = "mail." + b.rcpt.split("@")[1]
    until = (b.sent + timedelta(days=3)).strftime("%d.%m.%Y")
    text = (
        "Automatische Benachrichtigung von mx02.strandnetz-hosting.example\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte seit mehr als vier Stunden nicht zugestellt werden. Der Zielserver {host} hat die Verbindung während der Übertragung mehrfach abgebrochen.\n\n"
        f"Dies ist nur eine Warnung. Sie müssen die Nachricht nicht erneut senden: Wir versuchen die Zustellung weiter, längstens bis zum {until}. Scheitert sie endgültig, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "Technische Details:\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Status:     {b.status} (Verbindung abgebrochen)\n"
        f"  Antwort:    421 {b.status} {host} Error: timeout exceeded\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        ds_part(
            [
                "Reporting-MTA: dns; mx02.strandnetz-hosting.example",
                f"Received-From-MTA: dns; {RELAY}",
                arrival(b),
            ],
            [
                f"Final-Recipient: rfc822; {b.rcpt}",
                "Action: delayed",
                f"Status: {b.status}",
                f"Remote-MTA: dns; {host}",
                f"Diagnostic-Code: smtp; 421 {b.status} {host} Error: timeout exceeded",
                f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=3))}",
            ],
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx02.strandnetz-hosting.example>",
        f"Warnung: Zustellung verzögert – {b.subject()}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Le serveur mx.mer-et-ports.example vous adresse cet avis automatique.\n\n"
        "Le destinataire ci-dessous a refusé votre courriel. Cette adresse est inconnue chez nous : inutile de renvoyer le message tel quel.\n\n"
        f"  Destinataire : {b.rcpt}\n"
        "  Motif : cette boîte aux lettres n'existe pas (550 5.1.1 User unknown)\n\n"
        "Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen. Vous trouverez votre courriel en pièce jointe.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        ds_part(
            [
                "Reporting-MTA: dns; mx.mer-et-ports.example",
                f"Received-From-MTA: dns; {RELAY}",
                arrival(b),
            ],
            [
                f"Final-Recipient: rfc822; {b.rcpt}",
                "Action: failed",
                f"Status: {b.status}",
                f"Diagnostic-Code: smtp; 550 5.1.1 <{b.rcpt}>... User unknown",
                f"Last-Attempt-Date: {format_datetime(b.dt)}",
            ],
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Service de messagerie <MAILER-DAEMON@mx.mer-et-ports.example>",
        f"Message non remis : {b.subject()}",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A single-part Latin-1 notice: no delivery-status part, only prose and headers."""
    rem = b.reminder()
    text = (
        f"Votre message pour {b.rcpt} n'a pas encore pu être distribué.\n\n"
        f"La boîte aux lettres du destinataire est pleine (452 {b.status} Mailbox full). Nous tenterons une nouvelle distribution pendant 72 heures ; aucune action n'est nécessaire de votre part pour l'instant. Si la boîte reste pleine au-delà de ce délai, le message vous sera retourné.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Postmaster <postmaster@mailpeche.example>",
        "Avis de non-remise temporaire",
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    host = "mail." + b.rcpt.split("@")[1]
    diag = "451 4.7.1 Greylisted, please try again later"
    head = f"La entrega se ha retrasado para estos destinatarios o grupos:\n\n{b.rcpt}"
    reason = (
        f"Asunto: {b.subject()}\n\n"
        "Todavía no se ha entregado este mensaje. Seguiremos intentándolo y le avisaremos si la entrega no es posible. No es necesario que haga nada."
    )
    admin = "Información de diagnóstico para administradores:"
    server = "Servidor de generación: AM8P190MB0977.EURP190.PROD.OUTLOOK.example"
    detail = f"{b.rcpt}\nRespuesta del servidor remoto {host}: '{diag}'"
    text = f"{head}\n\n{reason}\n\n{admin}\n\n{server}\n\n{detail}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(head)}</font></b></p>'
        f"<p>{html_lines(reason)}</p><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><p>{html_lines(detail)}</p></body></html>\n"
    )
    parts = [
        human_alternative(text, markup),
        ds_part(
            ["Reporting-MTA: dns;AM8P190MB0977.EURP190.PROD.OUTLOOK.example", arrival(b)],
            [
                f"Final-Recipient: rfc822;{b.rcpt}",
                "Action: delayed",
                f"Status: {b.status}",
                f"Remote-MTA: dns;{host}",
                f"Diagnostic-Code: smtp;{diag}",
                f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}",
            ],
        ),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Entrega retrasada: {b.subject()}")


def bounce_provider_nl_html(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Verdana,sans-serif;font-size:12px">\n'
        '<h2 style="color:#b00000;font-size:16px">Uw bericht kon niet worden afgeleverd</h2>\n'
        f"<p>Uw e-mail aan <b>{html.escape(b.rcpt)}</b> is niet bezorgd. Het domein <b>{html.escape(domain)}</b> is bij ons niet (meer) actief, dus er is geen mailbox om het bericht in af te leveren.</p>\n"
        "<p>Dit is een permanente fout; het bericht wordt niet opnieuw verzonden. Neem op een andere manier contact op met de ontvanger.</p>\n"
        '<table cellpadding="3" style="font-size:12px">\n'
        f"<tr><td>Ontvanger:</td><td>{html.escape(b.rcpt)}</td></tr>\n"
        f"<tr><td>Foutcode:</td><td>550 {b.status} domain not active</td></tr>\n"
        f"<tr><td>Onderwerp:</td><td>{html.escape(b.subject())}</td></tr>\n"
        f"<tr><td>Verzonden:</td><td>{html.escape(format_datetime(b.sent))}</td></tr>\n"
        "</table>\n"
        '<p style="color:#777777">Polderpost Hosting – deze melding is automatisch aangemaakt.</p>\n'
        "</body></html>\n"
    )
    return finish(
        b,
        text_part(markup, "html", "utf-8", "qp"),
        "Postmaster Polderpost <postmaster@mx1.polderpost-hosting.example>",
        f"Onbestelbaar: {b.subject()}",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    host = "mail." + b.rcpt.split("@")[1]
    diag = "421 4.3.2 Service not available, closing transmission channel"
    head = f"De bezorging aan de volgende geadresseerde loopt vertraging op:\n\n{b.rcpt}"
    reason = (
        f"Onderwerp: {b.subject()}\n\n"
        "Dit bericht is nog niet bezorgd. We blijven het proberen en laten het u weten als het bericht niet kan worden bezorgd. U hoeft niets te doen."
    )
    admin = "Diagnostische gegevens voor beheerders:"
    server = "Genererende server: DB8PR09MB4471.eurprd09.prod.outlook.example"
    detail = f"{b.rcpt}\nAntwoord van de externe server {host}: '{diag}'"
    text = f"{head}\n\n{reason}\n\n{admin}\n\n{server}\n\n{detail}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(head)}</font></b></p>'
        f"<p>{html_lines(reason)}</p><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><p>{html_lines(detail)}</p></body></html>\n"
    )
    parts = [
        human_alternative(text, markup),
        ds_part(
            ["Reporting-MTA: dns;DB8PR09MB4471.eurprd09.prod.outlook.example", arrival(b)],
            [
                f"Final-Recipient: rfc822;{b.rcpt}",
                "Action: delayed",
                f"Status: {b.status}",
                f"Remote-MTA: dns;{host}",
                f"Diagnostic-Code: smtp;{diag}",
                f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}",
            ],
        ),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Vertraagd: {b.subject()}")


def bounce_provider_it(b: Bounce) -> Message:
    text = (
        "Avviso automatico da mx2.tirrenomail.example.\n\n"
        "La tua e-mail è stata rifiutata dal server del destinatario e non verrà ritentata.\n\n"
        f"Destinatario: {b.rcpt}\n"
        f"Errore: 550 {b.status} <{b.rcpt}>: casella inesistente / mailbox unavailable\n\n"
        "In allegato trovi la tua e-mail così come l'abbiamo ricevuta.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "8bit"),
        ds_part(
            [
                "Reporting-MTA: dns; mx2.tirrenomail.example",
                f"Received-From-MTA: dns; {RELAY}",
                arrival(b),
            ],
            [
                f"Final-Recipient: rfc822; {b.rcpt}",
                "Action: failed",
                f"Status: {b.status}",
                f"Diagnostic-Code: smtp; 550 {b.status} <{b.rcpt}>: mailbox unavailable",
            ],
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx2.tirrenomail.example>",
        "Messaggio non consegnato",
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    diag = f"552 {b.status} Mailbox full: quota exceeded"
    text = (
        "Gentile utente,\n\n"
        f"non è stato possibile consegnare il tuo messaggio a {b.rcpt}: la casella di posta del destinatario è piena e ha superato lo spazio disponibile.\n\n"
        f"Risposta del server: {diag}\n\n"
        "Il messaggio non è stato consegnato. Potrai riprovare più tardi, quando il destinatario avrà liberato spazio, oppure contattarlo in un altro modo.\n\n"
        "Servizio Posta - Ligurnet\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        ds_part(
            ["Reporting-MTA: dns; smtp.ligurnet.example", arrival(b)],
            [
                f"Final-Recipient: rfc822; {b.rcpt}",
                "Action: failed",
                f"Status: {b.status}",
                "Remote-MTA: dns; mx.ligurnet.example",
                f"Diagnostic-Code: smtp; {diag}",
            ],
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster Ligurnet <postmaster@smtp.ligurnet.example>",
        "Notifica di mancata consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "skipper@bluefinchcharters.example",
            "2026-11-24 08:52 +0000",
            "en",
            note="qmail plain-text failure notice with the whole message below it; not RFC 3464",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.2.1",
            "tom.pengelly.boats@gmail.com",
            "2026-12-02 08:47 +0000",
            "en",
            note="Gmail DSN: disabled account",
        ),
        bounce_gmail_disabled,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "office@kestrelcove-moorings.example",
            "2026-12-11 12:51 +0000",
            "en",
            age=241,
            note="Postfix delay warning (Action: delayed) with the returned headers",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "kasse@segelverein-luv.example",
            "2026-11-26 09:44 +0100",
            "de",
            note="Microsoft 365 NDR in German with the original message attached",
        ),
        bounce_m365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.2",
            "info@bootswerft-haller.example",
            "2026-12-07 13:35 +0100",
            "de",
            age=244,
            note="German hosting provider's delay report from its inbound MX",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "capitainerie@port-kerlann.example",
            "2026-12-03 09:47 +0100",
            "fr",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "armement.morvan@mailpeche.example",
            "2026-12-14 10:10 +0100",
            "fr",
            age=38,
            note="single-part ISO-8859-1 notice, mailbox full; no delivery-status part",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.7.1",
            "administracion@cofradia-sanvicente.example",
            "2026-12-09 14:02 +0100",
            "es",
            age=270,
            note="Exchange delay notice in Spanish (greylisting)",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.2",
            "havenmeester@wsv-deblauwereiger.example",
            "2026-11-30 09:41 +0100",
            "nl",
            note="HTML-only provider notice, not RFC 3464: the domain is no longer hosted",
        ),
        bounce_provider_nl_html,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.3.2",
            "boekhouding@rederij-walvisch.example",
            "2026-12-16 13:40 +0100",
            "nl",
            age=245,
            note="Exchange delay notice in Dutch",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "segreteria@circolovelico-levante.example",
            "2026-12-10 09:50 +0100",
            "it",
            note="Italian provider DSN with the original message attached",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "5.2.2",
            "info@pescaturismo-ligure.example",
            "2026-12-17 09:49 +0100",
            "it",
            note="mailbox full reported as a failure with a 5.x code: soft (README rule), the code is kept",
        ),
        bounce_provider_it_full,
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


def check_spec(key: str, when: datetime, label: Mapping[str, object]) -> None:
    """Catch slips in the hand-written specs before anything is written."""
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        raise SystemExit(f"{key}: dated {when:%Y-%m-%d}, outside the corpus window")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is not None:
            date.fromisoformat(str(value))
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or any(
        not (len(ref) == 10 and ref.startswith("HM26-") and ref[5:].isdigit()) for ref in refs
    ):
        raise SystemExit(f"{key}: invoice_refs must be HM26-NNNNN")
    contact = label["new_contact"]
    if contact is not None and str(contact) != str(contact).lower():
        raise SystemExit(f"{key}: new_contact must be lower case")
    if label["currency"] is not None and label["amount"] is None:
        raise SystemExit(f"{key}: currency without amount")


KEY_INTENT = {
    "ps": "payment_sent",
    "pr": "promise_to_pay",
    "di": "dispute",
    "pp": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "us": "unsubscribe",
    "ar": "auto_reply",
    "ot": "other",
}


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items: list[tuple[str, Message, dict[str, object]]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_spec(r.key, r.dt, label)
        if KEY_INTENT[r.key[:2]] != r.intent or f"-{r.lang}-" not in r.key:
            raise SystemExit(f"{r.key}: key does not match intent or language")
        items.append((r.key, build_reply(r), label))
    for b, build in BOUNCES:
        label = bounce_label(b)
        check_spec(b.key, b.dt, label)
        items.append((b.key, build(b), label))
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


def check_counts(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        missing = [lang for lang in LANGS if not cells[intent, lang]]
        if missing:
            raise SystemExit(f"{intent}: no message in {missing}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


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
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
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
