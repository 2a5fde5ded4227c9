# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# The messages are kept one paragraph per source line, as a mail client would send them,
# including the curly quotes, dashes and symbols that people and their clients really type.
"""Build held-out reply corpus 100: `h100-NNN.eml` and `labels.jsonl`, next to this script.

Kestrel Courier Services (same-day couriers, pallet delivery, warehousing) sends overdue
reminders from its receivables mailbox. Every message below could arrive in that mailbox in
answer to one: customer replies, out-of-office notices, ticket acknowledgements, an accounts
payable remittance advice, and delivery-status reports.

The new text of each message is written by hand in this file. The code adds only what a mail
client or a mail server adds: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. The build is deterministic (fixed
seed, boundaries and Message-IDs derived from each message's key, no clock). Every file is
parsed back and checked, and the count table is printed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 20280925
PREFIX = "h100"
AR_NAME = "Kestrel Courier Services"
AR_ADDR = "invoices@kestrel-courier.example"
AR_DOMAIN = "kestrel-courier.example"
FIRST_DAY = date(2028, 9, 25)
LAST_DAY = date(2028, 10, 20)
# British Summer Time and Central European Summer Time both end on 29 October 2028,
# so every message in the set is sent under summer time.
ZONES = {"uk": timezone(timedelta(hours=1)), "ce": timezone(timedelta(hours=2))}

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# Only the winning intent's own fields may be filled.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
DATE_KEYS = ("promised_date", "paid_date", "return_date")


# ------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, quote headers and signatures per language
# ------------------------------------------------------------------------------------------

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

# Gmail's attribution line ({name} and {addr} are the reminder's sender).
GMAIL_INTRO = {
    "en": "On {a}, {d} {b} {Y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {a}, {d}. {b} {Y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {a} {d} {b} {Y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {a}, {d} {b} {Y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {a} {d} {b} {Y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {a} {d} {b} {Y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_INTRO = {
    "en": "On {d} {b3} {Y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{Y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {b} {Y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {b} {Y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {b} {Y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {b} {Y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_INTRO = {
    "en": "On {dd}/{mm}/{Y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{Y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mm}/{y} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{Y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
WEBMAIL_INTRO = {
    "en": "On {Y}-{mm}-{dd} {HH}:{MM}, {name} wrote:",
    "de": "Am {Y}-{mm}-{dd} {HH}:{MM}, schrieb {name}:",
    "fr": "Le {Y}-{mm}-{dd} {HH}:{MM}, {name} a écrit :",
    "es": "El {Y}-{mm}-{dd} {HH}:{MM}, {name} escribió:",
    "nl": "Op {Y}-{mm}-{dd} {HH}:{MM}, schreef {name}:",
    "it": "Il {Y}-{mm}-{dd} {HH}:{MM} {name} ha scritto:",
}
OUTLOOK_WHEN = {
    "en": "{D} {B} {Y} {HH}:{MM}",
    "de": "{A}, {d}. {B} {Y} {HH}:{MM}",
    "fr": "{A} {d} {B} {Y} {HH}:{MM}",
    "es": "{A}, {d} de {B} de {Y} {H}:{MM}",
    "nl": "{A} {d} {B} {Y} {HH}:{MM}",
    "it": "{A} {d} {B} {Y} {HH}:{MM}",
}
# separator line, then the labels of the From, Sent, To and Subject lines, and what follows a label
OUTLOOK_HEAD = {
    "en": ("-----Original Message-----", ("From", "Sent", "To", "Subject"), ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
    ),
    "fr": ("-----Message d'origine-----", ("De", "Envoyé", "À", "Objet"), " : "),
    "es": ("-----Mensaje original-----", ("De", "Enviado el", "Para", "Asunto"), ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
    ),
    "it": ("-----Messaggio originale-----", ("Da", "Inviato", "A", "Oggetto"), ": "),
}
OUTLOOK_PREFIX = {
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
IPHONE_LINE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_LINE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}


# ------------------------------------------------------------------------------------------
# The reminder that every reply answers (Kestrel's own text, one version per language)
# ------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Kestrel Courier Services",
    "de": "Zahlungserinnerung Rechnung {inv} – Kestrel Courier Services",
    "fr": "Rappel : facture {inv} échue – Kestrel Courier Services",
    "es": "Aviso de factura vencida {inv} – Kestrel Courier Services",
    "nl": "Betalingsherinnering factuur {inv} – Kestrel Courier Services",
    "it": "Promemoria fattura scaduta {inv} – Kestrel Courier Services",
}
REMINDER_TEXT = {
    "en": """Hello,

Our ledger shows the invoice below as unpaid and past its due date:

  Invoice         {inv}
  Invoice date    {issued}
  Due date        {due}
  Balance         {amount}

Please pay by bank transfer to Kestrel Courier Services Ltd, sort code 20-45-77, account 41882093, quoting the invoice number. If the money is already on its way, thank you – a quick reply with the payment date saves you further reminders. If something on the invoice doesn’t look right, just reply to this email and we’ll look into it.

Kind regards

Receivables Team
Kestrel Courier Services Ltd
Hangar 3, Barton Airfield Business Park, Manchester
0161 496 0732 | invoices@kestrel-courier.example""",
    "de": """Guten Tag,

in unserer Buchhaltung ist die folgende Rechnung nach Fälligkeit noch offen:

  Rechnung        {inv}
  Rechnungsdatum  {issued}
  Fällig am       {due}
  Offener Betrag  {amount}

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto: IBAN GB71 KSTR 2045 7741 8820 93, BIC KSTRGB2M. Falls die Zahlung schon unterwegs ist, vielen Dank – eine kurze Antwort mit dem Zahlungsdatum erspart Ihnen weitere Erinnerungen. Stimmt an der Rechnung etwas nicht, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Kestrel Courier Services Ltd
invoices@kestrel-courier.example""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture ci-dessous n'est pas réglée alors que son échéance est passée :

  Facture         {inv}
  Date            {issued}
  Échéance        {due}
  Solde dû        {amount}

Merci d'effectuer le virement au profit de Kestrel Courier Services Ltd (IBAN GB71 KSTR 2045 7741 8820 93, BIC KSTRGB2M) en rappelant le numéro de facture. Si le paiement est déjà en cours, merci – une courte réponse avec la date du règlement nous évitera de vous relancer. Si un élément de la facture vous semble inexact, répondez simplement à ce message.

Cordialement,

Service recouvrement
Kestrel Courier Services Ltd
invoices@kestrel-courier.example""",
    "es": """Buenos días:

En nuestra contabilidad consta como pendiente la siguiente factura, cuyo vencimiento ya ha pasado:

  Factura         {inv}
  Fecha           {issued}
  Vencimiento     {due}
  Importe         {amount}

Les rogamos que realicen la transferencia a Kestrel Courier Services Ltd (IBAN GB71 KSTR 2045 7741 8820 93, BIC KSTRGB2M) indicando el número de factura. Si el pago ya está en curso, gracias – basta con una breve respuesta con la fecha del pago para que no reciban más avisos. Si algo de la factura no es correcto, respondan a este correo y lo revisaremos.

Un saludo,

Departamento de cobros
Kestrel Courier Services Ltd
invoices@kestrel-courier.example""",
    "nl": """Goedendag,

Volgens onze administratie staat onderstaande factuur nog open, terwijl de vervaldatum is verstreken:

  Factuur         {inv}
  Factuurdatum    {issued}
  Vervaldatum     {due}
  Openstaand      {amount}

Wilt u het bedrag overmaken naar Kestrel Courier Services Ltd (IBAN GB71 KSTR 2045 7741 8820 93, BIC KSTRGB2M) onder vermelding van het factuurnummer? Is de betaling al onderweg, dan alvast bedankt – een kort antwoord met de betaaldatum voorkomt verdere herinneringen. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Kestrel Courier Services Ltd
invoices@kestrel-courier.example""",
    "it": """Buongiorno,

dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:

  Fattura         {inv}
  Data fattura    {issued}
  Scadenza        {due}
  Importo dovuto  {amount}

Vi chiediamo di effettuare il bonifico a favore di Kestrel Courier Services Ltd (IBAN GB71 KSTR 2045 7741 8820 93, BIC KSTRGB2M) indicando il numero della fattura. Se il pagamento è già stato disposto, grazie – basta una breve risposta con la data del pagamento per non ricevere altri solleciti. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.

Cordiali saluti,

Ufficio crediti
Kestrel Courier Services Ltd
invoices@kestrel-courier.example""",
}
DATE_STYLE = {"en": "{dd}/{mm}/{Y}", "de": "{dd}.{mm}.{Y}", "nl": "{dd}-{mm}-{Y}"}
# What a Latin-1 client does to characters that ISO-8859-1 lacks when it quotes the reminder.
LATIN1_SWAPS = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


# ------------------------------------------------------------------------------------------
# Message specifications
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message that could land in the receivables mailbox, with its labels.

    `client` picks the layout (see CLIENTS); "notice" quotes nothing. `refs` are the invoice
    numbers the sender wrote, already normalised; `fields` are the winning intent's fields.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    fields: Mapping[str, str] = field(default_factory=dict)
    refs: tuple[str, ...] = ()
    note: str | None = None
    zone: str = ""
    rlang: str = ""
    inv: str = ""
    amount: str = ""
    currency: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, ...] = ()
    threaded: bool | None = None
    days_before: int = 0
    rcpt: str = ""

    @property
    def text(self) -> str:
        """The hand-written text without the newlines that frame it in this file."""
        return self.body.strip("\n")

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset: UK senders in BST, everybody else in CEST."""
        return ZONES[self.zone or ("uk" if self.lang == "en" else "ce")]

    @property
    def dt(self) -> datetime:
        """The message's own Date, in the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered (usually the sender's own)."""
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        """The invoice named in the reminder."""
        return self.inv or invoice_for(self.key)

    @property
    def balance(self) -> str:
        """The reminder's balance as a decimal string."""
        return self.amount or balance_for(self.key)

    @property
    def money(self) -> str:
        """The reminder's currency: sterling for UK customers, euro for everybody else."""
        return self.currency or ("GBP" if self.tz == ZONES["uk"] else "EUR")

    @property
    def is_thread(self) -> bool:
        """Whether the message carries In-Reply-To and References."""
        return not self.client.startswith("notice") if self.threaded is None else self.threaded


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    lang: str
    text: str
    subject: str
    sent: datetime
    to: str


# ------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, amounts, text
# ------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key; every identifier in the set is derived from one."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def invoice_for(key: str) -> str:
    """A stable invoice number for a message whose text names none."""
    return f"KC-204{int.from_bytes(digest(key, 'inv')[:4], 'big') % 10000:04d}"


def balance_for(key: str) -> str:
    """A stable balance (decimal string) for a message whose text names none."""
    cents = 9500 + int.from_bytes(digest(key, "amount")[:4], "big") % 240000
    return f"{cents // 100}.{cents % 100:02d}"


def token(
    key: str,
    salt: str,
    length: int,
    alphabet: str = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
) -> str:
    """A stable pseudo-random token over `alphabet`."""
    number = int.from_bytes(digest(key, salt), "big")
    out = []
    for _ in range(length):
        number, rest = divmod(number, len(alphabet))
        out.append(alphabet[rest])
    return "".join(out)


def parts_of(lang: str, when: datetime) -> dict[str, str]:
    """Format fields for the locale tables."""
    return {
        "A": DAY_NAMES[lang][when.weekday()],
        "a": DAY_ABBR[lang][when.weekday()],
        "B": MONTH_NAMES[lang].split()[when.month - 1],
        "b": MONTH_ABBR[lang].split()[when.month - 1],
        "b3": MONTH_NAMES[lang].split()[when.month - 1][:3],
        "D": f"{when.day:02d}",
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mm": f"{when.month:02d}",
        "Y": str(when.year),
        "y": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "MM": f"{when.minute:02d}",
    }


def render(template: str, lang: str, when: datetime, **more: str) -> str:
    """Fill a locale template with the parts of a date."""
    return template.format(**parts_of(lang, when), **more)


def working_days_back(when: datetime, days: int) -> datetime:
    """Step back `days` working days (reminders only go out Monday to Friday)."""
    day = when
    while days > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def money_text(lang: str, amount: str, currency: str) -> str:
    """An amount written the way the reminder's language writes it."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', ' ')},{cents} {symbol}"
    dotted = f"{grouped.replace(',', '.')},{cents}"
    return f"{symbol} {dotted}" if lang in {"nl", "it"} else f"{dotted} {symbol}"


def latin1(text: str) -> str:
    """The text as a Latin-1 client would send it."""
    for wide, narrow in LATIN1_SWAPS.items():
        text = text.replace(wide, narrow)
    return text


def quoted(text: str) -> str:
    """Quote every line with '>' the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text for HTML and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """One <div> per line, with an empty line kept as <div><br></div> (Gmail and Apple style)."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def word_paragraphs(text: str) -> str:
    """Word's MsoNormal paragraphs, one per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(
            f'<p class="MsoNormal"><span style="font-size:11.0pt">{inner}<o:p></o:p></span></p>'
        )
    return "\n".join(rows)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed text: long lines are soft-broken with a trailing space."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)", line)
        lead = match.group(1) if match else ""
        content = line[len(lead) :]
        if lead == "" and (content.startswith((" ", "From ")) and content.strip()):
            content = " " + content  # space-stuffing
        if len(lead) + len(content) <= width or " " not in content.strip():
            out.append(lead + content)
            continue
        pieces = textwrap.wrap(
            content,
            width - len(lead),
            break_long_words=False,
            break_on_hyphens=False,
            replace_whitespace=False,
        )
        out.extend(f"{lead}{piece} " for piece in pieces[:-1])
        out.append(lead + pieces[-1])
    return "\n".join(out)


def normalise_ref(raw: str) -> str:
    """An invoice number as written ('kc 2041177', '2041177') in the KC-NNNNNNN form."""
    digits = re.sub(r"\D", "", raw)
    if len(digits) != 7:
        raise ValueError(f"not an invoice number: {raw!r}")
    return f"KC-{digits}"


# ------------------------------------------------------------------------------------------
# MIME building blocks
# ------------------------------------------------------------------------------------------


def make_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset object whose body encoding is the one the client would use."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    else:
        charset.body_encoding = None  # type: ignore[assignment]  # the documented "no encoding"
    return charset


def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    """A single text/* part in the given charset and transfer encoding."""
    text.encode(charset)  # raise early if the hand-written text does not fit the charset
    if charset == "us-ascii":
        cte = "7bit"
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded_header(value: str, charset: str, field_name: str = "Subject") -> str:
    """An RFC 2047 encoded-word header value, as clients send non-ASCII headers."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=field_name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def plain_mailbox(name: str, addr: str) -> str:
    """A mailbox as it is shown in a quoted header block."""
    return f"{name} <{addr}>" if name else addr


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Fixed multipart boundaries, shaped like the ones the client or server produces."""
    containers = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for index, part in enumerate(containers):
        salt = f"boundary-{index}"
        if shape == "gmail":
            boundary = "0000000000" + token(key, salt, 18, "0123456789abcdef")
        elif shape == "outlook":
            boundary = "_00" + str(index) + "_" + token(key, salt, 30) + "_"
        elif shape == "apple":
            boundary = "Apple-Mail=_" + "-".join(
                token(key, f"{salt}-{n}", size, "0123456789ABCDEF")
                for n, size in enumerate((8, 4, 4, 4, 12))
            )
        else:
            boundary = (
                "----=_Part_"
                + token(key, salt, 6, "0123456789")
                + "_"
                + token(key, salt + "x", 9, "0123456789")
            )
        part.set_boundary(boundary)


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """MIMEBase puts MIME-Version on every part; keep it only at the top of a message."""
    if not top and "MIME-Version" in part:
        del part["MIME-Version"]
    payload = part.get_payload()
    if isinstance(payload, list):
        nested = part.get_content_type() == "message/rfc822"
        for sub in payload:
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=nested)


def content_headers_last(msg: Message) -> None:
    """Put MIME-Version and the Content-* headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


# ------------------------------------------------------------------------------------------
# Replies: the quoted reminder and each client's layout
# ------------------------------------------------------------------------------------------


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out: a weekday morning before the reply, from Manchester."""
    back = r.days_before or 1 + digest(r.key, "days")[0] % 3
    when = working_days_back(r.dt.astimezone(ZONES["uk"]), back)
    return when.replace(
        hour=9,
        minute=1 + digest(r.key, "minute")[0] % 9,
        second=digest(r.key, "second")[0] % 60,
    )


def reminder_body(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's text in one language."""
    due = working_days_back(sent, 8 + sent.day % 11)
    issued = due - timedelta(days=30)
    style = DATE_STYLE.get(lang, "{dd}/{mm}/{Y}")
    return REMINDER_TEXT[lang].format(
        inv=inv,
        issued=render(style, lang, issued),
        due=render(style, lang, due),
        amount=money_text(lang, amount, currency),
    )


def make_quote(r: Reply) -> Quote:
    """The reminder as seen from the replying client (its time shown in the sender's zone)."""
    sent = reminder_sent(r)
    text = reminder_body(r.reminder_lang, r.invoice, r.balance, r.money, sent)
    subject = REMINDER_SUBJECT[r.reminder_lang].format(inv=r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return Quote(r.lang, text, subject, sent.astimezone(r.tz), r.rcpt or plain_mailbox(*r.sender))


def outlook_lines(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject block above a quoted message."""
    _, labels, sep = OUTLOOK_HEAD[q.lang]
    values = (
        plain_mailbox(AR_NAME, AR_ADDR),
        render(OUTLOOK_WHEN[q.lang], q.lang, q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{sep}{value}" for label, value in zip(labels, values, strict=True)]


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's Word-generated HTML with the grey divider above the quoted header."""
    _, labels, sep = OUTLOOK_HEAD[q.lang]
    values = [line.split(sep, 1)[1] for line in outlook_lines(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip(labels, values, strict=True)
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#467886; text-decoration:underline;}}
span.EmailStyle20 {{mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{HTML_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{word_paragraphs(r.text)}
<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>
<div id="mail-editor-reference-message-container">
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">{head}<o:p></o:p></span></p>
</div>
{word_paragraphs(q.text)}
</div>
</div>
</div>
</body>
</html>
"""


def outlook_plain(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode, with the localised 'Original Message' separator."""
    block = "\n".join([OUTLOOK_HEAD[q.lang][0], *outlook_lines(q)])
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: multipart/alternative, Word markup."""
    plain = "\n".join([r.text, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def outlook_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def outlook_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.text}\n\n{ANDROID_LINE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_intro(q: Quote) -> str:
    """Gmail's attribution line."""
    return render(GMAIL_INTRO[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail_html(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, the reminder inside a gmail_quote blockquote."""
    intro = gmail_intro(q)
    plain = f"{r.text}\n\n{intro}\n\n{quoted(q.text)}\n"
    rich = (
        f'<div dir="ltr">{html_blocks(r.text)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(intro)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{html_blocks(q.text)}</div>\n</blockquote></div>\n'
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting below the attribution line."""
    return text_part(
        f"{r.text}\n\n{gmail_intro(q)}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_intro(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_INTRO[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_plain(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.text}\n\n{apple_intro(q)}\n\n{quoted(q.text)}\n\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    plain = f"{r.text}\n\n{apple_intro(q)}\n\n{quoted(q.text)}\n\n"
    rich = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_blocks(r.text)}"
        '<div><br><blockquote type="cite">'
        f'<div>{html.escape(apple_intro(q))}</div><br class="Apple-interchange-newline">'
        f"<div><div>{html_blocks(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature line, then the quoted attribution and reminder."""
    text = f"{r.text}\n\n{IPHONE_LINE[q.lang]}\n\n{quoted(apple_intro(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution line right above the quote."""
    intro = render(THUNDERBIRD_INTRO[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.text}\n\n{intro}\n{quoted(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def webmail_html_only(r: Reply, q: Quote) -> Message:
    """A webmail client that sends HTML only, quoting in a bordered blockquote."""
    intro = render(WEBMAIL_INTRO[q.lang], q.lang, q.sent, name=AR_NAME)
    rich = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
        '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
        f"<p>{html_text(r.text)}</p>\n"
        f'<p id="reply-intro">{html.escape(intro)}</p>\n'
        '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
        f'<div class="pre" style="margin: 0; padding: 0; font-family: monospace">{html_text(q.text)}</div>\n'
        "</blockquote>\n</body></html>\n"
    )
    return text_part(rich, "html", r.charset, r.cte)


def notice(r: Reply, q: Quote) -> Message:
    """An automatic notice or advice: the text alone, quoting nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


def notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as multipart/alternative (ticket systems, AP platforms)."""
    del q
    rich = (
        '<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">\n'
        + "\n".join(f"<p>{html_text(block)}</p>" for block in r.text.split("\n\n"))
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(r.text + "\n", "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": outlook_plain,
    "outlook_html": outlook_html,
    "outlook_html_only": outlook_html_only,
    "android": outlook_android,
    "gmail": gmail_html,
    "gmail_plain": gmail_plain,
    "apple": apple_plain,
    "apple_html": apple_html,
    "iphone": iphone,
    "thunderbird": thunderbird,
    "webmail_html_only": webmail_html_only,
    "notice": notice,
    "notice_html": notice_html,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "outlook_html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 140.3.0"),),
    "webmail_html_only": (("User-Agent", "Roundcube Webmail/1.7.2"),),
}


def reply_message_id(r: Reply) -> str:
    """A Message-ID derived from the key, shaped like the client's own."""
    domain = r.sender[1].split("@", 1)[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CAK{token(r.key, 'mid', 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        return f"<{token(r.key, 'mid', 24)}@{token(r.key, 'host', 10)}.GBRP265.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "apple_html", "iphone"}:
        hexa = token(r.key, "mid", 32, "0123456789ABCDEF")
        return f"<{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}@{domain}>"
    return f"<{token(r.key, 'mid', 20, '0123456789abcdef')}.{token(r.key, 'mid2', 6, '0123456789')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject: the client's reply prefix, or a message's own subject template."""
    if r.subject:
        return r.subject.format(s=q.subject)
    if r.client in OUTLOOK_CLIENTS:
        return OUTLOOK_PREFIX[q.lang] + q.subject
    return "Re: " + q.subject


def build_reply(r: Reply) -> Message:
    """A complete reply or notice, ready to serialise."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR)
    for cc in r.cc:
        msg["Cc"] = cc
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.is_thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in OUTLOOK_CLIENTS:
        msg["Thread-Topic"] = encoded_header(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(b"\x01" + digest(r.key, "thread")[:21]).decode()
        msg["Content-Language"] = {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        msg[name] = value
    content_headers_last(msg)
    drop_inner_versions(msg)
    shape = (
        "gmail"
        if r.client.startswith("gmail")
        else "outlook"
        if r.client in OUTLOOK_CLIENTS
        else "apple"
        if r.client.startswith("apple")
        else "other"
    )
    set_boundaries(msg, r.key, shape)
    return msg


# ==========================================================================================
# The hand-written messages
# ==========================================================================================

AUTO = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dave Kirwan", "dave.kirwan77@gmail.com"),
        "2028-09-26 18:47",
        "iphone",
        """
Paid.
""",
        note="one word from a phone; no day given",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Harrow & Lisle Retail Group – Accounts Payable",
            "ap-noreply@harrowlisle.example",
        ),
        "2028-10-02 06:14",
        "notice",
        """
REMITTANCE ADVICE

Payer:     Harrow & Lisle Retail Group plc, Accounts Payable Shared Service Centre
Supplier:  Kestrel Courier Services Ltd (supplier no. 300187)

Payment number:  0004417821
Payment date:    02/10/2028
Payment method:  BACS
Currency:        GBP

Your invoice   Invoice date   Gross amount   Deductions   Amount paid
KC-2040318     14/08/2028           412.80         0.00        412.80
KC-2041177     29/08/2028         1,096.50         0.00      1,096.50

Total paid:  1,509.30

Funds should reach your account within three working days. Please do not reply to this message. Queries about this payment should be sent to supplier.queries@harrowlisle.example quoting the payment number.

This message was generated automatically by our payments system.
""",
        fields={
            "paid_date": "2028-10-02",
            "payment_reference": "0004417821",
            "amount": "1509.30",
            "currency": "GBP",
        },
        refs=("KC-2040318", "KC-2041177"),
        note="accounts payable remittance advice, machine-generated (Auto-Submitted: auto-generated) and quoting nothing; the total of both invoices is the amount paid",
        inv="KC-2041177",
        amount="1096.50",
        subject="Remittance advice – payment 0004417821 – Kestrel Courier Services Ltd",
        headers=(("Auto-Submitted", "auto-generated"),),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rachel Okafor", "rachel@okafor-botanicals.example"),
        "2028-10-09 10:32",
        "gmail_plain",
        """
Hi,

Sorry for going quiet, I was out of office all last week (trade show in Birmingham) and your reminders were sitting unread in my inbox.

I've paid KC-2043318 this morning by card – rang your office and Priya took the payment over the phone. She said a receipt would follow by email.

Thanks,
Rachel

Rachel Okafor
Okafor Botanicals
""",
        fields={"paid_date": "2028-10-09"},
        refs=("KC-2043318",),
        note="written by a person: 'out of office' in the subject explains the silence, it is not an auto-reply; paid by card this morning",
        inv="KC-2043318",
        subject="Out of office last week – KC-2043318",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jens Albers", "j.albers@albers-outdoor.example"),
        "2028-10-05 14:08",
        "outlook",
        """
Hallo,

die Überweisung über 1.318,40 EUR ist gestern rausgegangen, Verwendungszweck KC-2042093. Müsste heute oder morgen bei Ihnen gutgeschrieben sein.

Gruß
Jens Albers

Albers Outdoor-Versand e.K.
Hafenstraße 12
24103 Kiel
""",
        fields={"paid_date": "2028-10-04", "amount": "1318.40", "currency": "EUR"},
        refs=("KC-2042093",),
        note="'gestern' is the day before Thu 5 Oct; the transfer text is the invoice number, not a payment reference",
        inv="KC-2042093",
        amount="1318.40",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Marchetti", "h.marchetti@labo-rhodanien.example"),
        "2028-10-06 16:55",
        "outlook_html",
        """
Bonjour,

Je vous prie de nous excuser pour ce retard, et pour le silence qui a suivi vos deux premiers courriels. Le laboratoire a déménagé fin août de Villeurbanne vers nos nouveaux locaux de Vaulx-en-Velin et, pendant trois semaines, nous avons fonctionné avec la moitié de l’équipe administrative et sans accès au logiciel de comptabilité (la migration a pris bien plus longtemps que prévu, évidemment). Une partie du courrier fournisseurs est d’ailleurs restée dans des cartons jusqu’à la semaine dernière.

Au passage, vos chauffeurs ont été parfaits pendant le transfert des congélateurs, je tenais à le dire.

Pour la facture KC-2041786 : notre comptable a finalement passé le règlement le 2 octobre, par virement, référence 2810-0417-LBR. Vous devriez l’avoir reçu depuis. Si ce n’est pas le cas, dites-le-moi et je relancerai la banque.

Nous aurons par ailleurs besoin de vos services pour deux transferts d’échantillons par semaine à partir de novembre ; je reviendrai vers votre service commercial à ce sujet.

Bien cordialement,

Hélène Marchetti
Directrice administrative
Laboratoire Rhodanien d’Analyses
""",
        fields={"paid_date": "2028-10-02", "payment_reference": "2810-0417-LBR"},
        refs=("KC-2041786",),
        note="long message; the payment comes only after two paragraphs about the move",
        inv="KC-2041786",
        amount="2864.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali.pro@gmail.com"),
        "2028-10-12 19:21",
        "android",
        """
Bonjour, c'est réglé depuis lundi.
Karim
""",
        fields={"paid_date": "2028-10-09"},
        note="'réglé depuis lundi': paid on the Monday of the same week (9 Oct)",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "administracion@ceramicasolmedo.example"),
        "2028-10-02 12:40",
        "gmail",
        """
Hola:

La KC-2041902 ya está pagada, la transferencia salió el jueves 28/09 por 734,15 €.

Eso sí, ¿nos podéis mandar una copia de la factura a nombre de Cerámicas Olmedo S.L.? La que nos llegó iba a nombre de mi compañero Álvaro y así la gestoría no nos la acepta.

Gracias,
Marta Ibáñez
Administración – Cerámicas Olmedo
""",
        fields={"paid_date": "2028-09-28", "amount": "734.15", "currency": "EUR"},
        refs=("KC-2041902",),
        note="paid, plus a request for a corrected copy for the books: the payment claim wins",
        inv="KC-2041902",
        amount="734.15",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Toni Ferrer", "toni@ferrerfotografia.example"),
        "2028-10-10 22:04",
        "iphone",
        """
hola ya esta pagado lo hice el viernes por transferencia perdona el retraso

toni
""",
        fields={"paid_date": "2028-10-06"},
        note="no punctuation or accents; 'el viernes' is the Friday before Tue 10 Oct",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Gemeente Zuiderveen – Team Crediteuren", "crediteuren@zuiderveen.example"),
        "2028-10-03 11:17",
        "outlook_html",
        """
Geachte heer, mevrouw,

In antwoord op uw herinnering van 2 oktober jl. delen wij u mee dat factuur KC-2043561 op 27 september 2028 door ons is voldaan. Het bedrag van € 2.145,00 is overgemaakt onder betalingskenmerk 1100 2883 4471 0092.

De vertraging werd veroorzaakt doordat de factuur niet was voorzien van ons verplichtingennummer. Wij verzoeken u dit nummer (V-2028-00871) voortaan op al uw facturen aan de gemeente te vermelden.

Met vriendelijke groet,

Team Crediteuren
Gemeente Zuiderveen
Postbus 150, 7900 AD Zuiderveen
""",
        fields={
            "paid_date": "2028-09-27",
            "payment_reference": "1100 2883 4471 0092",
            "amount": "2145.00",
            "currency": "EUR",
        },
        refs=("KC-2043561",),
        note="municipality's accounts payable; the request about future invoices is secondary",
        inv="KC-2043561",
        amount="2145.00",
        charset="windows-1252",
        days_before=1,
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Sanne de Vries", "sanne@mandjesenmeer.example"),
        "2028-09-29 15:40",
        "thunderbird",
        """
Hoi,

We hebben het vandaag overgemaakt, sorry voor de vertraging. Onze boekhouder was twee weken op vakantie en ik kan zelf niet bij de zakelijke rekeing.

Als het maandag nog niet binnen is hoor ik het graag.

Groetjes,
Sanne – Mandjes & Meer
""",
        fields={"paid_date": "2028-09-29"},
        note="typo ('rekeing'); paid today",
        cte="8bit",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        (
            "Segreteria Studio Legale Ferraris",
            "segreteria@studiolegaleferraris.example",
        ),
        "2028-10-04 10:25",
        "apple",
        """
Gentili Signori,

con riferimento al Vostro sollecito, Vi comunichiamo che in data 3 ottobre 2028 abbiamo disposto il bonifico di € 780,00 a saldo della fattura KC-2042650 (CRO 0306928100312345).

Restiamo a disposizione per ogni chiarimento.

Distinti saluti

Segreteria
Studio Legale Ferraris
Corso Vittorio Emanuele II, 61 – 10128 Torino
""",
        fields={
            "paid_date": "2028-10-03",
            "payment_reference": "0306928100312345",
            "amount": "780.00",
            "currency": "EUR",
        },
        refs=("KC-2042650",),
        note="a transfer already ordered ('disposto il bonifico') is a payment sent; the CRO is the payment reference",
        inv="KC-2042650",
        amount="780.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Luca Mancini", "luca@mancini-ricambi.example"),
        "2028-10-17 08:12",
        "android",
        """
Fatto ieri sera dall'home banking 👍
Luca
""",
        fields={"paid_date": "2028-10-16"},
        note="'fatto' answering a reminder means paid; 'ieri sera' is Mon 16 Oct",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Accounts Payable – University of Northmoor", "ap@northmoor-uni.example"),
        "2028-10-10 09:40",
        "outlook_html",
        """
Dear Kestrel Receivables,

Thank you for your email. Invoice KC-2042288 was approved by the budget holder in the School of Chemistry yesterday and has been released for Friday’s payment run. Funds normally reach suppliers two working days after the run.

If you have any further queries, please quote our supplier number 60021874.

Kind regards,

Accounts Payable
Finance Directorate
University of Northmoor
""",
        fields={"promised_date": "2028-10-13"},
        refs=("KC-2042288",),
        note="past tense ('was approved', 'has been released') announcing Friday's run: a promise dated the run day, not the day funds arrive",
        inv="KC-2042288",
        amount="1150.20",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Bev Lomax", "bev@lomaxvintage.example"),
        "2028-10-04 21:36",
        "gmail",
        """
Hi there,

Really sorry about this, I know it’s overdue and I did mean to sort it last week. It’s been a bit of a nightmare month – Mum had her hip done and I’ve been driving back and forth to Stockport every other day, and then the sideboard your lads delivered to the customer in Harrogate came back because she’d measured her alcove wrong (not your fault, your driver was lovely about it and carried it back up the ramp). So I’ve had a refund to do as well and the shop account is a bit thin until the Etsy payout comes through.

Anyway – the payout lands on the 15th and I’ll pay your invoice that day, all of it, not in bits. If you’d rather I did a card payment over the phone just say and I’ll ring.

Thanks for being patient,
Bev
Lomax Vintage Interiors
""",
        fields={"promised_date": "2028-10-15"},
        note="long and chatty; the promise is buried in the last paragraph; 'the 15th' is 15 Oct",
        inv="KC-2043017",
        amount="268.40",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("GARY PRICE", "gary.price.removals@hotmail.co.uk"),
        "2028-10-06 07:02",
        "iphone",
        """
NOT PAID YET, WILL SORT IT NEXT THURSDAY WHEN IM BACK IN THE YARD
GARY
""",
        fields={"promised_date": "2028-10-12"},
        note="all caps; 'not paid yet' then a promise; sent on a Friday, so 'next Thursday' is 12 Oct however it is read",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Petra Schönfeld", "p.schoenfeld@bergmann-elektronik.example"),
        "2028-10-05 13:20",
        "outlook_html",
        """
Sehr geehrte Damen und Herren,

die Rechnung KC-2043015 wurde inzwischen sachlich und rechnerisch geprüft und freigegeben. Sie ist für unseren Zahllauf in KW 42 eingeplant.

Mit freundlichen Grüßen

Petra Schönfeld
Kreditorenbuchhaltung
Bergmann Elektronik GmbH
""",
        fields={"promised_date": "2028-10-16"},
        refs=("KC-2043015",),
        note="approval in the past tense announcing a payment run; 'KW 42' is pinned to the Monday of that week (16 Oct), as 'next week' is",
        inv="KC-2043015",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Murat Yıldız", "murat@yildiz-feinkost.example"),
        "2028-09-28 17:45",
        "gmail",
        """
Hallo,

ich weiß, ist überfällig. Wir haben noch nicht bezahlt, weil Amazon unsere Auszahlung zwei Wochen zurückgehalten hat. Die kommt laut Seller Central am 13.10., ich überweise Ihnen den vollen Betrag dann am 16.10. Versprochen.

Viele Grüße
Murat Yıldız
Yıldız Feinkost Versand
""",
        fields={"promised_date": "2028-10-16"},
        note="negation first ('noch nicht bezahlt'), then a dated promise; 13.10. is when the marketplace pays him, 16.10. is the promise",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Garnier", "contact@garnier-ceramique.example"),
        "2028-10-11 12:03",
        "iphone",
        """
Bonjour,
Pas encore payé, désolée, je vous règle ça fin de mois sans faute.
Sophie G.
""",
        fields={"promised_date": "2028-10-31"},
        note="'pas encore' then 'fin de mois': the last day of October",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Javier Montoya", "jmontoya@montoya-rius.example"),
        "2028-09-28 18:10",
        "outlook",
        """
Buenas tardes:

Disculpen el retraso. La factura está conformada y el pago saldrá el lunes que viene sin falta; esta semana ha sido imposible porque el socio que firma las transferencias estaba en juicio en Valencia.

Saludos cordiales,

Javier Montoya
Montoya & Rius Abogados
""",
        fields={"promised_date": "2028-10-02"},
        note="law firm; 'el lunes que viene' said on Thu 28 Sep is 2 Oct",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Prieto", "lucia@bioanalitica-prieto.example"),
        "2028-10-18 11:30",
        "gmail",
        """
Hola, buenos días.

Todavía no la hemos pagado, lo siento. Estamos esperando el cobro de un proyecto grande del hospital y, en cuanto entre, os pagamos. En cualquier caso contad con el pago a finales de mes como muy tarde.

Un saludo,
Lucía Prieto
Bioanalítica Prieto
""",
        fields={"promised_date": "2028-10-31"},
        note="conditional on a client's payment, with 'a finales de mes' as the latest date: a promise dated 31 Oct",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Pieter Jansen", "pieter@jansen-fietsonderdelen.example"),
        "2028-10-02 09:58",
        "outlook",
        """
Goedemorgen,

Excuses, deze is blijven liggen. Ik maak het bedrag over twee weken over, dan heeft onze grote klant van september betaald en hebben we weer wat ruimte.

Met vriendelijke groet,
Pieter Jansen
Jansen Fietsonderdelen B.V.
""",
        fields={"promised_date": "2028-10-16"},
        note="'over twee weken' from Mon 2 Oct is 16 Oct",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Kevin", "kevin_vd_berg@hotmail.com"),
        "2028-10-19 20:14",
        "iphone",
        """
ik maak hem morgen over ok? was ff vergeten sorry
""",
        fields={"promised_date": "2028-10-20"},
        note="lowercase chat spelling ('ff' = even); 'morgen' is Fri 20 Oct",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Conti", "amministrazione@conti-arredi.example"),
        "2028-10-09 15:22",
        "outlook_html",
        """
Buongiorno,

la fattura non è ancora stata pagata perché aspettavamo il DDT firmato dal cliente finale, che ci è arrivato solo venerdì. Ora è tutto in ordine: provvederemo al pagamento entro fine mese.

Cordiali saluti
Francesca Conti
Ufficio Amministrazione – Conti Arredi S.r.l.
""",
        fields={"promised_date": "2028-10-31"},
        note="'non è ancora stata pagata' with the reason, then 'entro fine mese' = 31 Oct",
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Roberto Galli", "r.galli@galli-farmaceutici.example"),
        "2028-09-26 16:05",
        "thunderbird",
        """
Buongiorno,

la fattura KC-2040977 è stata autorizzata ieri ed è già inserita nella distinta di pagamento di venerdì.

Saluti,
Roberto Galli
Contabilità fornitori – Galli Farmaceutici S.p.A.
""",
        fields={"promised_date": "2028-09-29"},
        refs=("KC-2040977",),
        note="past tense ('è stata autorizzata', 'è già inserita') announcing Friday's payment list: a promise for Fri 29 Sep",
        inv="KC-2040977",
        cte="8bit",
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        "dispute",
        "en",
        ("Eleanor Whitcombe", "e.whitcombe@whitcombe-frayne.example"),
        "2028-09-27 14:50",
        "outlook",
        """
Dear Sirs,

Invoice KC-2041560

We have NOT paid this invoice and do not intend to do so until the matter below is resolved.

On 6 September we booked a dedicated same-day run to deliver a bundle of documents to the County Court at Preston for filing before 4 pm. Your booking confirmation gave a delivery time of 2.15 pm. The bundle was delivered at 4.40 pm, after the court office had closed, and we had to apply for an extension at our client’s expense. Your driver told our trainee that he had been given a second collection in Wigan on the way.

We paid for a dedicated vehicle and an urgent service and received neither. We ask you to cancel the invoice in full.

Yours faithfully,

Eleanor Whitcombe
Partner
Whitcombe Frayne LLP
""",
        refs=("KC-2041560",),
        note="very formal; 'NOT paid' with the reason (a late court run) is a dispute",
        inv="KC-2041560",
        amount="486.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "dp-en-2",
        "dispute",
        "en",
        ("Tom Ashworth", "tom@brewbox-subscriptions.example"),
        "2028-10-11 11:05",
        "gmail",
        """
Hi,

We've paid the storage part of KC-2043402 (£640) this morning, but we're not paying the other £312. That's 26 "failed delivery" charges at £12 each for the 19th and 20th of September and they're wrong. I've checked a dozen of them with the customers and they were all in – one has a doorbell camera that shows nobody came to the door. Looks like the van just didn't do half the round.

Can you take those off and send a credit note? Happy to send the list of order numbers.

Cheers
Tom Ashworth
Brewbox
""",
        refs=("KC-2043402",),
        note="paid part and disputed the rest: the dispute wins over the payment claim",
        inv="KC-2043402",
        amount="952.00",
    ),
    Reply(
        "dp-en-3",
        "dispute",
        "en",
        ("Dr Anita Rao", "anita.rao@northmoor-pathology.example"),
        "2028-10-16 13:47",
        "outlook_html",
        """
Hello,

I’m afraid we will be querying this invoice rather than paying it.

The temperature-controlled run on 21 September (Ashby Clinic to our Central Laboratory) arrived with the cool box at 19°C instead of 2–8°C. The data logger printout is attached to our incident report 28-5517. Eleven patient samples had to be rejected and the patients recalled for repeat bloods.

Under our service agreement a run that breaks the cold chain is not chargeable. Please raise a credit note for the £228.50 charged for that run. The other items on the invoice are fine and will be paid once the credit note is received.

Regards,

Dr Anita Rao
Laboratory Operations Manager
Northmoor Pathology Service
""",
        note="cold-chain failure on one run; the rest is payable only after a credit note, still a dispute",
        inv="KC-2043790",
        amount="1874.30",
    ),
    Reply(
        "dp-de-1",
        "dispute",
        "de",
        ("Stefan Kühn", "s.kuehn@kuehn-sportversand.example"),
        "2028-10-04 10:12",
        "outlook_html",
        """
Guten Tag,

wir haben die Rechnung KC-2042566 geprüft und können sie so nicht bezahlen. Berechnet sind für September 14 Palettenstellplätze, wir hatten aber seit dem 1. September nur noch 9 Paletten bei Ihnen im Lager. Die übrigen fünf haben Ihre Fahrer am 31. August in unser neues Lager nach Neumünster gebracht – der Lieferschein ist von Ihrem Disponenten unterschrieben.

Bitte korrigieren Sie die Rechnung auf 9 Stellplätze. Den korrigierten Betrag überweisen wir dann umgehend.

Mit freundlichen Grüßen
Stefan Kühn
Kühn Sportversand GmbH
""",
        refs=("KC-2042566",),
        note="storage charged for 14 pallet spaces instead of 9; payment only after correction",
        inv="KC-2042566",
        charset="windows-1252",
    ),
    Reply(
        "dp-de-2",
        "dispute",
        "de",
        ("Anja Roth", "anja.roth@roth-kanzlei.example"),
        "2028-10-13 08:31",
        "iphone",
        """
Guten Morgen,

die Fahrt vom 12.09. ist bei Ihnen doppelt abgerechnet: einmal mit KC-2042117 (bereits bezahlt) und nochmal mit KC-2043140. Das ist dieselbe Abholung beim Landgericht, gleiche Uhrzeit, gleicher Fahrer. Bitte stornieren Sie die zweite Rechnung.

Gruß
Anja Roth
Kanzlei Roth & Partner
""",
        refs=("KC-2042117", "KC-2043140"),
        note="duplicate billing; the payment mentioned is of the other invoice",
        inv="KC-2043140",
    ),
    Reply(
        "dp-fr-1",
        "dispute",
        "fr",
        ("Nadia Haddad", "contact@bijoux-nadia.example"),
        "2028-09-29 10:44",
        "gmail_plain",
        """
Bonjour,

Je ne paierai pas cette facture tant que je n'ai pas de réponse pour le colis du 12 septembre. Votre suivi indique « livré » mais ma cliente ne l'a jamais reçu, personne n'a signé et il n'y a aucune photo. J'ai déjà dû la rembourser (180 €).

J'ai écrit deux fois au service client, sans réponse. Merci de voir ça avec vos livreurs avant de me relancer.

Nadia Haddad
Bijoux Nadia – créations en argent
""",
        note="parcel shown as delivered but never received; refusal to pay rests on it",
    ),
    Reply(
        "dp-fr-2",
        "dispute",
        "fr",
        ("Claire Duval", "c.duval@duval-lefort-avocats.example"),
        "2028-10-17 15:15",
        "outlook",
        """
Madame, Monsieur,

Nous contestons la ligne « temps d'attente - 2 h 00 » de la facture KC-2043688. Le coursier est arrivé au tribunal judiciaire de Nanterre à 10 h 40 et en est reparti à 11 h 05 : il a donc attendu 25 minutes, ce que confirme la feuille de route qu'il a fait signer à notre collaboratrice.

Nous vous remercions de nous adresser une facture rectifiée. Le reste de la facture n'appelle pas d'observation de notre part.

Bien cordialement,

Claire Duval
Assistante juridique
Duval Lefort Avocats
""",
        refs=("KC-2043688",),
        note="waiting time contested; the corrected-invoice request follows from the dispute",
        inv="KC-2043688",
        charset="iso-8859-1",
    ),
    Reply(
        "dp-es-1",
        "dispute",
        "es",
        ("Ricardo Sáez", "compras@saez-vinos.example"),
        "2028-10-05 09:30",
        "outlook_html",
        """
Buenos días:

No vamos a pagar la factura KC-2042871 hasta que se resuelva la incidencia del palé que entregaron en Logroño el 18 de septiembre. Llegó con el film roto y 22 botellas rotas; lo anotamos en el albarán del conductor y mandamos fotos ese mismo día a su departamento de incidencias (ref. INC-55102).

Si descuentan el valor de la mercancía dañada (396 €), pagaremos el resto.

Atentamente,

Ricardo Sáez
Departamento de Compras
Bodegas Sáez Hermanos
""",
        refs=("KC-2042871",),
        note="damaged pallet; payment of the rest is conditional on a deduction",
        inv="KC-2042871",
        amount="1240.00",
    ),
    Reply(
        "dp-nl-1",
        "dispute",
        "nl",
        ("Ilse Verbeek", "ilse@verbeek-laboratorium.example"),
        "2028-09-25 14:02",
        "apple",
        """
Beste mensen,

Op factuur KC-2040844 staat een brandstoftoeslag van 14%. Die staat nergens in onze raamovereenkomst van januari; daarin liggen de tarieven vast tot 1 januari 2029. We betalen de factuur dus niet zoals hij nu is.

Graag een nieuwe factuur zonder de toeslag.

Vriendelijke groet,
Ilse Verbeek
Verbeek Laboratorium B.V.
""",
        refs=("KC-2040844",),
        note="fuel surcharge not in the framework agreement",
        inv="KC-2040844",
    ),
    Reply(
        "dp-nl-2",
        "dispute",
        "nl",
        ("Ruben Smit", "ruben@smitdesign.example"),
        "2028-10-12 16:26",
        "gmail",
        """
Hallo,

Volgens mij klopt deze factuur niet. We hebben de rit van dinsdag 26 september 's ochtends om 8:10 al afgezegd, ruim voor de ophaaltijd van 11:00. Jullie planner (Mark) heeft dat telefonisch bevestigd. Toch staat hij er volledig op, inclusief wachttijd.

Die € 165 gaan we dus niet betalen.

Groet,
Ruben
""",
        note="a cancelled booking charged in full",
        amount="165.00",
    ),
    Reply(
        "dp-it-1",
        "dispute",
        "it",
        ("Marco Bellini", "marco.bellini@bellini-ottica.example"),
        "2028-10-02 11:48",
        "thunderbird",
        """
Buongiorno,

scusate ma perché ci avete fatturato due volte lo stesso ritiro? Il ritiro del 14 settembre a Bergamo è sia nella fattura 2041533 che nella KC-2042190, stesso numero di spedizione. La prima l'abbiamo già pagata, questa no e non la pagheremo finché non la correggete.

Grazie
Marco Bellini
""",
        refs=("KC-2041533", "KC-2042190"),
        note="a question that contests a double charge; the payment mentioned is of the first invoice; '2041533' is normalised to KC-2041533",
        inv="KC-2042190",
        cte="8bit",
    ),
    Reply(
        "dp-it-2",
        "dispute",
        "it",
        ("Elena Russo", "e.russo@russo-cosmetici.example"),
        "2028-10-18 10:05",
        "outlook",
        """
Buongiorno,

in riferimento alla fattura KC-2043905 segnaliamo che la tariffa applicata per le consegne a bancale non corrisponde a quella concordata. Nell’offerta del 12 giugno (rif. OFF-2028-118, che possiamo inviarvi di nuovo se serve) il prezzo è di € 38,00 a bancale, mentre in fattura sono stati applicati € 52,00 su 30 bancali.

Vi chiediamo quindi di emettere una nota di credito per la differenza di € 420,00. Fino ad allora la fattura resta sospesa.

Cordiali saluti
Elena Russo
Responsabile logistica – Russo Cosmetici S.r.l.
""",
        refs=("KC-2043905",),
        note="price charged above the agreed rate; credit note requested",
        inv="KC-2043905",
        charset="windows-1252",
        amount="1560.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Sam Whitfield", "sam@whitfieldsbakes.example"),
        "2028-10-03 20:20",
        "gmail",
        """
Hi,

I’m going to be honest with you. We lost our biggest wholesale account in August (they went into administration owing us nearly £9k) and cash is very tight at the moment. I don’t want to ignore this and I’m not disputing any of it, your service has been great.

Could we pay £200 a month until it’s cleared? I can set up a standing order for the 1st of each month starting in November. If you need something in writing or want a call, I’m on 07700 900412.

Sam Whitfield
Whitfield’s Bakes – brownies by post
""",
        note="hardship, monthly instalments proposed; plan dates and amounts are not labelled",
        inv="KC-2042410",
        amount="1645.80",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Mo Rahman", "mo@rahman-electricals.example"),
        "2028-10-13 12:37",
        "android",
        """
Hi just paid £500 off this now. Rest (£732.40) by the end of the month, money's tied up in a job till then. Thanks Mo
""",
        note="part payment now and the rest by the end of the month: payment_plan, not payment_sent; plan dates are not labelled",
        inv="KC-2043210",
        amount="1232.40",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Margaret Doyle", "finance@fellsidehospice.example"),
        "2028-10-19 10:10",
        "outlook_html",
        """
Dear Sir or Madam,

Invoice KC-2043560

I write on behalf of Fellside Hospice Trading Ltd, which runs the hospice’s charity shops and online store. Our cash position this autumn is lower than forecast following the cancellation of our September fundraising event, and I would be grateful if you would agree to extend the payment terms on this invoice by 30 days.

We fully accept the charge and are not asking for any reduction. Should you be unable to agree to an extension, please let me know and we will propose an alternative arrangement.

Yours faithfully,

Margaret Doyle
Finance Officer
Fellside Hospice Trading Ltd
""",
        refs=("KC-2043560",),
        note="a charity asks for 30 more days, charge accepted: more time is a payment_plan",
        inv="KC-2043560",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Tobias Hahn", "tobias.hahn@web.de"),
        "2028-09-27 19:02",
        "thunderbird",
        """
Hallo,

ich kann die 890 Euro im Moment leider nicht auf einmal zahlen. Wäre es in Ordnung, wenn ich in drei Raten zahle? Ich würde 300 EUR Anfang Oktober, 300 EUR Anfang November und den Rest Anfang Dezember überweisen.

Viele Grüße
Tobias Hahn
Fotografie & Bildbearbeitung
""",
        note="sole trader on a free-mail address proposing three instalments",
        amount="890.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Claudia Weiß", "c.weiss@weiss-medizintechnik.example"),
        "2028-10-16 14:40",
        "gmail",
        """
Sehr geehrte Damen und Herren,

wir haben heute 1.500,00 € auf die Rechnung KC-2043475 überwiesen. Den Restbetrag von 1.980,00 € können wir wegen eines Zahlungsausfalls bei einem Großkunden erst in KW 45 begleichen. Wir bitten um Ihr Verständnis und um eine kurze Bestätigung, dass das so in Ordnung ist.

Mit freundlichen Grüßen
Claudia Weiß
Weiß Medizintechnik GmbH
""",
        refs=("KC-2043475",),
        note="part payment today, the rest in KW 45: payment_plan; plan dates and amounts are not labelled",
        inv="KC-2043475",
        amount="3480.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Julien Perrin", "j.perrin@perrin-imprimerie.example"),
        "2028-10-05 11:55",
        "outlook_html",
        """
Bonjour,

Nous traversons une période difficile (perte d'un client important cet été) et ne sommes pas en mesure de régler la facture KC-2042733 en une seule fois.

Serait-il possible de l'échelonner en trois mensualités de 750 EUR, la première le 15 octobre ? Je peux vous envoyer un échéancier signé si besoin.

Cordialement,

Julien Perrin
Gérant - Imprimerie Perrin
""",
        refs=("KC-2042733",),
        note="three monthly instalments proposed; the first instalment date is not a promised date",
        inv="KC-2042733",
        amount="2250.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Élodie Marchand", "elodie@lestissusdelodie.example"),
        "2028-10-18 21:47",
        "iphone",
        """
Bonsoir,
Je peux vous verser la moitié tout de suite et le reste fin novembre, est-ce que ça vous va ? Les ventes en ligne ont été très calmes en septembre.
Élodie
""",
        note="half now, the rest at the end of November: a plan proposal",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Andrés Castillo", "andres.castillo.reformas@gmail.com"),
        "2028-10-09 13:15",
        "gmail_plain",
        """
Buenas,

No os he pagado todavía porque este mes voy muy justo. ¿Os parece bien si lo pago en dos plazos? La mitad el 20 de octubre y la otra mitad el 20 de noviembre.

Gracias,
Andrés Castillo
""",
        note="'todavía no' plus two instalments",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Beatriz Lozano", "blozano@ayto-villaseca.example"),
        "2028-10-03 10:40",
        "outlook",
        """
Buenos días:

En relación con su aviso sobre la factura KC-2042298, les informamos de que la factura está registrada en el punto general de entrada y conformada por el servicio de Archivo, que fue quien contrató el traslado de cajas. Sin embargo, la partida presupuestaria correspondiente está agotada y el pago requiere una modificación de crédito que se llevará al Pleno de finales de octubre. Una vez aprobada, la Intervención necesita normalmente entre tres y cuatro semanas para tramitar el pago.

Por todo ello, les rogamos que nos concedan una ampliación del plazo de pago hasta mediados de diciembre. No se discute el importe ni la prestación del servicio.

Atentamente,

Beatriz Lozano
Tesorería – Ayuntamiento de Villaseca
""",
        refs=("KC-2042298",),
        note="a town council asks for more time (until mid-December); the point comes after a long explanation",
        inv="KC-2042298",
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Henk Mulder", "henk@mulder-kozijnen.example"),
        "2028-10-10 08:50",
        "thunderbird",
        """
Goedemorgen,

Het is op dit moment lastig om de hele factuur in één keer te betalen. Kunnen we het in drie termijnen doen van € 620,- per maand? De eerste termijn kan ik eind deze week overmaken.

Met vriendelijke groet,
Henk Mulder
Mulder Kozijnen & Montage
""",
        note="three monthly instalments",
        amount="1860.00",
        cte="8bit",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paolo Marino", "p.marino@marinotech-lab.example"),
        "2028-09-29 12:12",
        "outlook_html",
        """
Buongiorno,

vi scrivo per chiedervi la possibilità di rateizzare la fattura KC-2041699 in quattro rate mensili da € 1.030,00, a partire dal 31 ottobre. Il periodo estivo è stato più debole del previsto e preferiamo concordare un piano piuttosto che pagare in ritardo senza avvisarvi.

Resto in attesa di un vostro riscontro.

Cordiali saluti
Paolo Marino
Marinotech Laboratori S.r.l.
""",
        refs=("KC-2041699",),
        note="four monthly instalments",
        inv="KC-2041699",
        amount="4120.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Giovanni Esposito", "gio.esposito@libero.it"),
        "2028-10-20 09:05",
        "iphone",
        """
Buongiorno, oggi vi faccio un bonifico di 300 euro come acconto e il saldo entro fine novembre. Va bene? Grazie
Giovanni
""",
        note="a deposit today and the balance by the end of November: payment_plan",
        amount="940.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        (
            "Accounts Payable – Van Leeuwen Retail B.V.",
            "ap.invoices@vanleeuwen-retail.example",
        ),
        "2028-10-04 15:30",
        "outlook_html",
        """
Dear supplier,

Thank you for your reminder. Invoice KC-2042750 was rejected by our invoice processing system because it does not quote a valid purchase order number. We can only pay invoices that match an approved PO.

Please reissue the invoice quoting PO 4500218836 and send it to this mailbox as a PDF. Once we receive it, it will be paid in our next payment run.

Kind regards,

Accounts Payable
Van Leeuwen Retail B.V.
""",
        refs=("KC-2042750",),
        note="conditional payment: will pay once the invoice carries the PO; a reissue without contesting is invoice_request; Dutch firm writing English",
        inv="KC-2042750",
        amount="1975.00",
        zone="ce",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Hannah Clarke", "hannah.clarke@pennineprintworks.example"),
        "2028-10-12 10:18",
        "gmail",
        """
Morning,

Before I can sign this one off, can you send over the signed POD for the 14 September pallet to the Leeds exhibition centre? Our client says it arrived but the stand manager can’t find the paperwork and my boss won’t release payment without it.

As soon as I have it I’ll put it through.

Thanks,
Hannah
""",
        note="proof of delivery wanted before payment, delivery not contested",
        inv="KC-2043102",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Jason Reid", "jreid.plumbing@gmail.com"),
        "2028-09-25 12:42",
        "iphone",
        """
What's this for? Don't remember using you. Can you send me what the job was
""",
        note="asks what the charge is and for the job details; not contested as such",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Katrin Vogel", "buero@vogel-rechtsanwaelte.example"),
        "2028-10-11 09:20",
        "outlook",
        """
Guten Tag,

nach einem Betrugsversuch mit gefälschten Lieferantenrechnungen im Sommer zahlen wir an neue Bankverbindungen nur noch, wenn uns diese schriftlich auf Firmenbriefpapier bestätigt wurden. Ihre Rechnung KC-2043050 nennt ein Konto bei einer britischen Bank, das bei uns bisher nicht hinterlegt ist.

Bitte senden Sie uns eine unterschriebene Bestätigung Ihrer Bankverbindung (gerne als PDF). Danach geben wir die Zahlung sofort frei.

Mit freundlichen Grüßen
Katrin Vogel
Büroleitung
Vogel Rechtsanwälte PartG mbB
""",
        refs=("KC-2043050",),
        note="bank details must be confirmed in writing before payment",
        inv="KC-2043050",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Lena Braun", "lena@braun-keramik.example"),
        "2028-10-19 17:03",
        "android",
        """
Hallo, die Rechnung ist bei uns nie angekomen, weder per Post noch per Mail. Können Sie sie mir bitte als PDF schicken? Dann zahle ich direkt.
Danke, Lena Braun
""",
        note="invoice never received (typo 'angekomen'); asks for a copy, then will pay",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sandrine Lemoine", "comptabilite@lemoine-cosmetiques.example"),
        "2028-09-28 10:06",
        "outlook_html",
        """
Bonjour,

Pour que nous puissions enregistrer et régler la facture KC-2041620, merci de nous la renvoyer en y faisant figurer notre numéro de TVA intracommunautaire (FR 41 512 345 678) ainsi que notre adresse de facturation complète. Sans ces mentions, notre expert-comptable ne peut pas la passer en comptabilité.

Le montant n’est pas en cause.

Bien à vous,

Sandrine Lemoine
Comptabilité – Lemoine Cosmétiques SAS
""",
        refs=("KC-2041620",),
        note="reissue with the VAT number, amount not contested",
        inv="KC-2041620",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        (
            "Service Finances – Mairie de Saint-Aubin-les-Prés",
            "finances@mairie-saintaubin.example",
        ),
        "2028-10-06 14:20",
        "thunderbird",
        """
Bonjour,

Votre facture KC-2042905 nous a été adressée par courriel. Or les factures destinées aux collectivités publiques doivent obligatoirement être déposées sur le portail Chorus Pro : une facture envoyée par courriel ne peut pas être mise en paiement.

Merci de la déposer sur Chorus Pro (SIRET de la commune : 219 912 345 00017, code service FIN). Le mandatement interviendra dans le délai réglementaire de 30 jours à compter de sa réception.

Cordialement,

Service Finances
Mairie de Saint-Aubin-les-Prés
""",
        refs=("KC-2042905",),
        note="public body: the invoice must be filed on its e-invoicing portal before it can be paid",
        inv="KC-2042905",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Pilar Navarro", "pnavarro@navarro-ortopedia.example"),
        "2028-10-17 12:25",
        "outlook",
        """
Hola:

¿Me podrían enviar un extracto de nuestra cuenta con todas las facturas pendientes y los pagos recibidos desde julio? Tenemos varias facturas suyas y quiero cuadrarlas antes de pagar.

Muchas gracias.

Pilar Navarro
Ortopedia Navarro
""",
        note="statement of account before paying",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Óscar Gil", "oscar@gil-repuestos.example"),
        "2028-10-06 09:12",
        "gmail",
        """
Buenos días,

¿De qué es exactamente la 2042812? No me cuadra con ningún envío nuestro de agosto. Si me mandáis el detalle de los servicios con los albaranes firmados lo reviso y lo pago.

Gracias,
Óscar
""",
        refs=("KC-2042812",),
        note="asks what the invoice covers and for signed delivery notes; will pay after checking; the number is written without its prefix and normalised",
        inv="KC-2042812",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Marloes de Groot", "crediteuren@degroot-zorggroep.example"),
        "2028-09-26 11:00",
        "outlook_html",
        """
Geachte heer/mevrouw,

Wij kunnen factuur KC-2040912 helaas niet in behandeling nemen, omdat er geen inkoopordernummer op staat. Zonder geldig ordernummer wordt een factuur door ons systeem automatisch geblokkeerd.

Wilt u de factuur opnieuw versturen met ordernummer IO-28-04417? Na ontvangst wordt deze binnen de normale termijn betaald.

Met vriendelijke groet,

Marloes de Groot
Crediteurenadministratie
De Groot Zorggroep
""",
        refs=("KC-2040912",),
        note="reissue with a purchase order number before payment",
        inv="KC-2040912",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bas Hendriks", "bas@hendriks-elektro.example"),
        "2028-10-16 16:45",
        "webmail_html_only",
        """
Hoi,

Kunnen jullie mij een kopie van de factuur sturen plus de afleverbonnen van de ritten? Ik zie in ons systeem alleen een bedrag staan en onze boekhouder wil weten welke ritten het zijn voordat hij betaalt.

Bedankt,
Bas Hendriks
""",
        note="copy of the invoice and delivery notes; HTML only from a webmail client",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Silvia Moretti", "amministrazione@moretti-laboratorio.example"),
        "2028-10-13 11:34",
        "outlook",
        """
Buongiorno,

la fattura KC-2043177 ci è arrivata solo in PDF via e-mail. Per la normativa italiana dobbiamo riceverla come fattura elettronica tramite il Sistema di Interscambio, altrimenti non possiamo registrarla né pagarla.

Vi preghiamo di inviarla tramite SDI (codice destinatario M5UXCR1). Appena la riceviamo procediamo con il pagamento.

Cordiali saluti
Silvia Moretti
Amministrazione – Laboratorio Moretti
""",
        refs=("KC-2043177",),
        note="the invoice must come through the national e-invoicing exchange before payment",
        inv="KC-2043177",
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Accounts Team", "accounts@harlow-kitchenware.example"),
        "2028-10-09 08:03",
        "outlook_html",
        """
Good morning,

Please be advised that with immediate effect our accounts function has moved to our parent company’s finance team. Kindly update your records and send all future reminders, statements and correspondence regarding our account to harlowkitchenware.finance@gmail.com only. Please do not copy in this address or any other member of staff.

Could you also confirm by return the total balance you show as outstanding.

Regards,
Accounts Team
Harlow Kitchenware Ltd
""",
        fields={"new_contact": "harlowkitchenware.finance@gmail.com"},
        note="phishing-like request to redirect collection mail to a free-mail address; labelled on what it asks (wrong_contact with that address), a person must verify it before anything changes",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Chloe Barnes", "chloebarnes.92@gmail.com"),
        "2028-10-05 19:40",
        "gmail_plain",
        """
Hi, I left Brightwell Scientific at the end of August so I can't help with this I'm afraid – my old work emails are still forwarding to me for some reason. Invoices go to accounts@brightwell-scientific.example now.

Chloe
""",
        fields={"new_contact": "accounts@brightwell-scientific.example"},
        note="former employee answering from a private address",
        rcpt="Chloe Barnes <c.barnes@brightwell-scientific.example>",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Information Governance Team", "foi@eastmoor-council.example"),
        "2028-10-17 09:50",
        "outlook",
        """
Dear Kestrel Courier Services,

This mailbox is monitored by the Information Governance Team and is used for Freedom of Information requests only. We are unable to deal with supplier invoices or payment queries.

Please send your reminder and a copy of the invoice to the Council’s Shared Service Centre at invoices.ssc@eastmoor-council.example, quoting the purchase order number. Your email has not been forwarded.

Regards,

Information Governance Team
Eastmoor Borough Council
""",
        fields={"new_contact": "invoices.ssc@eastmoor-council.example"},
        note="a council's FOI mailbox pointing to its invoice centre",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Dirk Neumann", "lager@neumann-getraenke.example"),
        "2028-10-18 06:48",
        "iphone",
        """
Moin,
ich bin nur der Lagerleiter, mit Rechnungen hab ich nix zu tun. Bitte an buchhaltung@neumann-getraenke.example schicken.
Dirk
""",
        fields={"new_contact": "buchhaltung@neumann-getraenke.example"},
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Lefèvre", "bernard.lefevre56@orange.fr"),
        "2028-10-02 18:30",
        "apple",
        """
Bonjour,

Vous vous trompez d’adresse. Je suis un particulier, je n’ai jamais commandé de transport chez vous et je ne connais pas la société dont il est question dans votre facture.

Merci de corriger votre fichier.

B. Lefèvre
""",
        note="wrong recipient altogether, no new address",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Amélie Roux", "a.roux@galerie-roux.example"),
        "2028-10-10 10:35",
        "outlook_html",
        """
Bonjour,

Ce n’est pas moi qui gère les factures de la galerie : la comptabilité est tenue par notre cabinet, Mme Céline Leroy (c.leroy@fontaine-expertise.example), que je mets en copie. Merci de lui adresser directement vos relances à l’avenir.

Bien cordialement,

Amélie Roux
Assistante de direction – Galerie Roux
""",
        fields={"new_contact": "c.leroy@fontaine-expertise.example"},
        note="an assistant names the accountant and copies her in Cc",
        cc=(mailbox("Céline Leroy", "c.leroy@fontaine-expertise.example"),),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Raúl Medina", "raul.medina@iberia-tiendaonline.example"),
        "2028-09-29 13:55",
        "android",
        """
Hola, ya no trabajo en la empresa desde el día 15. Para facturas escribid a administracion@iberia-tiendaonline.example. Saludos
""",
        fields={"new_contact": "administracion@iberia-tiendaonline.example"},
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Recepción Clínica Dental Arenal", "recepcion@clinicaarenal.example"),
        "2028-10-16 10:20",
        "outlook",
        """
Buenos días:

Este correo es el de recepción de la clínica y aquí no gestionamos facturas de proveedores. Por favor, envíen la factura y los avisos a contabilidad@clinicaarenal.example, que es quien se encarga de los pagos.

Un saludo,
Recepción
Clínica Dental Arenal
""",
        fields={"new_contact": "contabilidad@clinicaarenal.example"},
        charset="iso-8859-1",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Jeroen Bakker", "jeroenbakker1984@gmail.com"),
        "2028-10-04 21:12",
        "gmail",
        """
Hallo,

U heeft volgens mij de verkeerde Bakker te pakken. Ik heb geen bedrijf en heb nooit iets bij jullie besteld of laten bezorgen. Misschien een typfout in het emailadres?

Gr Jeroen
""",
        note="wrong recipient, no new address",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Fatima El Amrani", "fatima@elamrani-catering.example"),
        "2028-10-11 13:07",
        "iphone",
        """
facturen graag naar crediteuren@elamrani-catering.example ik doe alleen de planning niet de betalingen
fatima
""",
        fields={"new_contact": "crediteuren@elamrani-catering.example"},
        note="no capitals or punctuation",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandro Fontana", "magazzino@fontana-ricambi.example"),
        "2028-10-03 07:40",
        "thunderbird",
        """
Buongiorno,
io sono il magazzino, le fatture non le vedo nemmeno. Scrivete ad amministrazione@fontana-ricambi.example, se ne occupa la signora Pozzi.
Saluti
Alessandro
""",
        fields={"new_contact": "amministrazione@fontana-ricambi.example"},
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Chiara Lombardi", "chiara@lombardi-design.example"),
        "2028-10-19 11:45",
        "outlook_html",
        """
Buongiorno,

per tutto ciò che riguarda fatture e pagamenti vi prego di fare riferimento al nostro commercialista, il dott. Andrea Bassi, all’indirizzo Studio@Bassi-Commercialisti.example. Gli ho già girato la vostra mail, ma per le prossime scrivete direttamente a lui.

Grazie,
Chiara Lombardi
Lombardi Design – arredi su misura
""",
        fields={"new_contact": "studio@bassi-commercialisti.example"},
        note="address written in mixed case, labelled in lower case",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "us-en-1",
        "unsubscribe",
        "en",
        ("Lee Carter", "lee@carter-autoparts.example"),
        "2028-10-04 07:55",
        "iphone",
        """
I've told your colleague twice it'll be paid Friday. Stop emailing me every other day, it's borderline harassment. Take me off this list.
""",
        note="a promise plus a demand to stop: unsubscribe beats the promise",
    ),
    Reply(
        "us-en-2",
        "unsubscribe",
        "en",
        ("Olivia Grant", "olivia.grant@grantandhale.example"),
        "2028-10-12 16:40",
        "outlook_html",
        """
Dear Sir or Madam,

We have passed this matter, together with the damage claim arising from your delivery of 7 August, to our solicitors, Hartley Quinn LLP. Please do not contact me or any member of our staff about this account again. All further correspondence must be addressed to Hartley Quinn LLP (ref. HQ/GH/2218).

Yours faithfully,

Olivia Grant
Director
Grant & Hale Ltd
""",
        note="'deal with our solicitors' plus a damage claim, no address: unsubscribe beats dispute",
    ),
    Reply(
        "us-en-3",
        "unsubscribe",
        "en",
        ("Holt & Sons Joinery", "office@holtandsons-joinery.example"),
        "2028-09-28 11:11",
        "outlook",
        """
Hello,

We don’t deal with accounts by email – please send statements and reminders by post to the yard address on the invoice. Mr Holt senior does the cheques every Friday from the post.

Thanks
Julie (office)
""",
        note="'post only' is unsubscribe; the cheque run is a habit, not a promise",
        charset="windows-1252",
    ),
    Reply(
        "us-de-1",
        "unsubscribe",
        "de",
        ("Hildegard Brandt", "h.brandt@brandt-apotheke.example"),
        "2028-10-09 11:02",
        "outlook",
        """
Sehr geehrte Damen und Herren,

bitte senden Sie keine Zahlungserinnerungen mehr an diese E-Mail-Adresse. Wir bearbeiten Rechnungen und Mahnungen ausschließlich auf dem Postweg. Schreiben Sie uns bitte an die Ihnen bekannte Anschrift.

Mit freundlichen Grüßen
H. Brandt
Brandt-Apotheke am Markt
""",
        note="no more e-mail, post only",
        charset="windows-1252",
    ),
    Reply(
        "us-de-2",
        "unsubscribe",
        "de",
        ("", "m.krause71@web.de"),
        "2028-10-14 09:09",
        "thunderbird",
        """
ABMELDEN!!!
""",
        note="one word in capitals, no display name",
    ),
    Reply(
        "us-fr-1",
        "unsubscribe",
        "fr",
        ("Vincent Caron", "vincent.caron@caron-cycles.example"),
        "2028-10-06 18:22",
        "iphone",
        """
ARRÊTEZ de m’envoyer ces relances svp, c’est réglé depuis 15 jours et je l’ai déjà dit à votre collègue au téléphone. Retirez-moi de votre liste.
V. Caron
""",
        note="stop request plus a payment claim: unsubscribe wins",
    ),
    Reply(
        "us-es-1",
        "unsubscribe",
        "es",
        ("Fernando Ruiz", "fruiz@ruiz-distribuciones.example"),
        "2028-10-02 17:30",
        "outlook_html",
        """
Buenas tardes:

Les ruego que dejen de enviarme correos sobre esta factura. El asunto está en manos de nuestro abogado y cualquier comunicación deberá hacerse a través de él.

Atentamente,
Fernando Ruiz
Gerente – Ruiz Distribuciones S.L.
""",
        note="stop e-mailing, only through our lawyer (no address)",
    ),
    Reply(
        "us-es-2",
        "unsubscribe",
        "es",
        ("Carmen López", "carmen@tiendacarmenlopez.example"),
        "2028-10-19 23:10",
        "android",
        """
no me escriban mas a este correo por favor ya les dije que lo hablen con mi gestor
""",
        note="lowercase, no accents; stop e-mailing and talk to my accountant (no address)",
    ),
    Reply(
        "us-nl-1",
        "unsubscribe",
        "nl",
        ("Wouter Kok", "wouter@kok-interieur.example"),
        "2028-09-27 10:47",
        "gmail",
        """
Goedemorgen,

Graag afmelden voor deze mails. Ik krijg dezelfde herinnering nu op drie verschillende adressen binnen en het begint op spam te lijken.

Groet,
Wouter Kok
""",
    ),
    Reply(
        "us-nl-2",
        "unsubscribe",
        "nl",
        ("Notariskantoor Van Dijk", "secretariaat@notarisvandijk.example"),
        "2028-10-13 14:14",
        "outlook_html",
        """
Geachte heer, mevrouw,

Wij verzoeken u vriendelijk ons voortaan uitsluitend per post te benaderen over openstaande facturen. Op dit e-mailadres worden geen betalingsherinneringen in behandeling genomen.

Met vriendelijke groet,

Secretariaat
Notariskantoor Van Dijk
""",
        note="post only, very formal",
        charset="windows-1252",
    ),
    Reply(
        "us-it-1",
        "unsubscribe",
        "it",
        ("Massimo Greco", "m.greco@greco-import.example"),
        "2028-10-16 12:00",
        "outlook",
        """
Spett.le Kestrel Courier Services,

Vi invito formalmente a non contattarmi più via e-mail in merito alla fattura in oggetto. Per qualsiasi comunicazione rivolgetevi al mio legale, avv. Daniela Serra, che vi scriverà nei prossimi giorni.

Distinti saluti
Massimo Greco
""",
        note="stop e-mailing, talk to my lawyer (no address)",
        charset="iso-8859-1",
    ),
    Reply(
        "us-it-2",
        "unsubscribe",
        "it",
        ("Federica Rinaldi", "fede.rinaldi@libero.it"),
        "2028-09-30 10:26",
        "iphone",
        """
Cancellatemi dalla vostra lista per favore, non voglio più ricevere queste mail.
""",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Priya Natarajan", "p.natarajan@calder-diagnostics.example"),
        "2028-10-02 09:14",
        "notice",
        """
Thank you for your email. I am out of the office until Monday 9 October with limited access to email.

For invoice and payment queries please contact our accounts payable team at ap@calder-diagnostics.example, who will be happy to help.

Priya Natarajan
Finance Business Partner
Calder Diagnostics Ltd
""",
        fields={"return_date": "2028-10-09"},
        note="'until X' gives X; the colleague's address in an auto-reply does not set new_contact",
        subject=AUTO_PREFIX["en"] + "{s}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Nordlys Living Customer Care", "support@nordlysliving.example"),
        "2028-10-11 14:02",
        "notice_html",
        """
Hi there,

Thanks for getting in touch with Nordlys Living. This is an automated message to confirm that we’ve received your email and created ticket #48213.

Our team answers emails Monday to Friday, 9:00–17:00 CET, usually within two working days. If you have anything to add, simply reply to this email and keep the ticket number in the subject line.

Best wishes,
The Nordlys Living team
""",
        note="ticket acknowledgement carrying only Precedence: bulk; Danish shop writing English",
        zone="ce",
        subject="[Ticket #48213] {s}",
        headers=(("Precedence", "bulk"),),
        threaded=True,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Gemma Lowe", "gemma@lowe-ceramics.example"),
        "2028-10-16 08:00",
        "notice",
        """
Hi, thanks for your message.

I’m on annual leave and back in the studio on Wednesday 18th October. Orders from the website are still being packed and posted by Tom as usual, but I won’t be checking emails until I’m back.

Gemma
""",
        fields={"return_date": "2028-10-18"},
        note="hosting-panel autoresponder with only X-Autoreply; 'back on' gives that day",
        subject="Away from the studio",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Becker", "t.becker@becker-logistiksysteme.example"),
        "2028-09-27 10:05",
        "notice",
        """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 6. Oktober 2028, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 9. Oktober, bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter +49 40 555 2710.

Mit freundlichen Grüßen
Thomas Becker
""",
        fields={"return_date": "2028-10-09"},
        note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        subject=AUTO_PREFIX["de"] + "{s}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Kundenservice Lindholm Pharma", "service@lindholm-pharma.example"),
        "2028-10-17 16:31",
        "notice_html",
        """
Guten Tag,

vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2028-104377 erfasst.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns in der Regel innerhalb von drei Werktagen. Bitte geben Sie bei Rückfragen die Vorgangsnummer an.

Dies ist eine automatisch erstellte Nachricht.

Ihr Kundenservice
Lindholm Pharma GmbH
""",
        note="ticket acknowledgement carrying only Precedence: auto_reply; no return date",
        subject="Ihre Anfrage ist eingegangen [Vorgang 2028-104377]",
        headers=(("Precedence", "auto_reply"),),
        threaded=True,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Petit", "camille.petit@petit-biolabo.example"),
        "2028-09-25 09:20",
        "notice",
        """
Bonjour,

Je suis absente du 25 septembre au 6 octobre inclus, sans accès à ma messagerie. Je reprendrai le lundi 9 octobre.

Pour toute demande urgente concernant la comptabilité fournisseurs, merci d’appeler le standard au 04 78 55 01 20.

Cordialement,
Camille Petit
""",
        fields={"return_date": "2028-10-09"},
        note="the stated day back wins over 'au 6 octobre inclus'",
        subject=AUTO_PREFIX["fr"] + "{s}",
        headers=(AUTO,),
        cte="b64",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Accueil – Communauté de communes des Trois Vallées",
            "accueil@cc-troisvallees.example",
        ),
        "2028-10-05 11:11",
        "notice",
        """
Madame, Monsieur,

Nous accusons réception de votre courriel, qui a été transmis au service concerné. Une réponse vous sera apportée dans les meilleurs délais.

Ce message est généré automatiquement, merci de ne pas y répondre.

Communauté de communes des Trois Vallées
""",
        note="public body's acknowledgement with only X-Autoreply; no date",
        subject="Accusé de réception automatique",
        headers=(("X-Autoreply", "yes"),),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Laura Domínguez", "ldominguez@dominguez-textil.example"),
        "2028-10-09 08:30",
        "notice",
        """
Hola:

Estoy de vacaciones hasta el lunes 16 de octubre, sin acceso al correo. Para temas de pagos y facturas pueden escribir a Rosa en administracion@dominguez-textil.example.

Un saludo,
Laura Domínguez
""",
        fields={"return_date": "2028-10-16"},
        note="'hasta X' gives X; a colleague's address in an auto-reply does not set new_contact",
        subject=AUTO_PREFIX["es"] + "{s}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Visser", "joost.visser@visser-audio.example"),
        "2028-09-26 13:30",
        "notice",
        """
Beste afzender,

Ik ben afwezig tot en met vrijdag 29 september en vanaf maandag 2 oktober weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Joost Visser
""",
        fields={"return_date": "2028-10-02"},
        note="'vanaf maandag 2 oktober weer bereikbaar' wins over 'tot en met'",
        subject=AUTO_PREFIX["nl"] + "{s}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantenservice PetPlanet", "info@petplanet-shop.example"),
        "2028-10-12 19:58",
        "notice_html",
        """
Hoi!

Bedankt voor je e-mail. Dit is een automatisch bericht om te laten weten dat we je mail goed hebben ontvangen. We reageren binnen 2 werkdagen; in drukke periodes kan het iets langer duren.

Heb je een vraag over een bestelling? Kijk dan ook even op onze FAQ-pagina.

Groetjes,
Team PetPlanet
""",
        note="webshop autoresponder without any automatic-message header",
        subject="Bedankt voor je bericht!",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Ricci", "v.ricci@ricci-diagnostica.example"),
        "2028-10-04 14:44",
        "notice",
        """
Gentile mittente,

sarò assente dall’ufficio fino a venerdì 13 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 16 ottobre.

Per questioni urgenti potete contattare l’amministrazione allo 051 555 3321.

Cordiali saluti
Valentina Ricci
""",
        fields={"return_date": "2028-10-16"},
        note="the stated day back wins over 'fino a … compreso'",
        subject=AUTO_PREFIX["it"] + "{s}",
        headers=(AUTO,),
        charset="windows-1252",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Studio Dentistico Colombo", "info@studiocolombo-dentisti.example"),
        "2028-10-18 20:40",
        "notice",
        """
Gentile paziente,

la ringraziamo per averci scritto. Lo studio è chiuso per aggiornamento professionale fino a lunedì 23 ottobre; risponderemo alla sua e-mail al nostro rientro.

Per urgenze odontoiatriche può rivolgersi alla guardia medica.

Studio Dentistico Colombo
""",
        fields={"return_date": "2028-10-23"},
        note="closure 'fino a lunedì 23 ottobre': until X gives X",
        subject="Risposta automatica",
        headers=(AUTO, ("X-Autoreply", "yes")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nick Foster", "nick@fosterframes.example"),
        "2028-10-03 12:51",
        "gmail",
        """
Hi,

Did we not pay this allready? I'm fairly sure Mark did a batch of supplier payments at the end of September and you were on it. Can you check your end before I chase it here?

Nick
""",
        note="a question (with a typo), not a payment claim; somebody has to check the ledger",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Irene Matthews", "irene.matthews@matthews-opticians.example"),
        "2028-10-13 15:26",
        "outlook_html_only",
        """
Hello,

Before anybody here does anything with this, can someone from Kestrel ring me on 020 7946 0185? We had a fake “courier invoice” email last month with almost exactly this layout and very nearly paid it. I’m not saying this one isn’t genuine, I just want to speak to a person first.

Irene Matthews
Practice Manager
""",
        note="wants a phone call to verify the sender; HTML only",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Ben Osei", "ben@osei-coffee.example"),
        "2028-09-29 11:30",
        "apple_html",
        """
Hi,

Different subject but while I’ve got you – can one of your vans collect 3 pallets of green beans from the Trafford Park bonded warehouse next Tuesday and bring them to us? Same as the July job. Let me know a price.

Ben
""",
        note="a new booking in the reminder thread; nothing about the invoice",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Sabine Koch", "s.koch@koch-praxisbedarf.example"),
        "2028-09-26 12:15",
        "android",
        """
Danke für die Info, habe es an unsere Buchhaltung weitergeleitet.
S. Koch
""",
        note="acknowledgement; forwarding inside the firm names no new contact",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Uwe Hartmann", "u.hartmann@hartmann-modellbau.example"),
        "2028-10-12 10:22",
        "outlook",
        """
Guten Tag,

zur Info: Unser Versandhandel wurde zum 1. Oktober von der Spielwaren Lorenz GmbH übernommen. Ich bin noch bis Ende des Jahres für die Übergabe zuständig. Wie mit den offenen Rechnungen aus der Zeit vor der Übernahme verfahren wird, klären wir gerade mit dem Käufer und unserem Steuerberater. Ich melde mich, sobald ich Näheres weiß.

Mit freundlichen Grüßen
Uwe Hartmann
""",
        note="business sold; the writer still handles it, nothing promised or contested",
        cte="b64",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Thomas Girard", "thomas.girard@girard-vins.example"),
        "2028-10-07 10:40",
        "iphone",
        """
Bien reçu, je regarde ça à mon retour de congés.
Thomas
""",
        note="written by a person on holiday; acknowledgement without commitment",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Inès Fabre", "ines@fabre-fleurs.example"),
        "2028-10-17 08:20",
        "gmail",
        """
Bonjour,

Rien à voir avec la facture, mais pouvez-vous décaler l’enlèvement de jeudi à 14 h au lieu de 10 h ? Les compositions pour le mariage ne seront pas prêtes avant.

Et merci à votre chauffeur Mehdi, toujours impeccable.

Inès
Fabre Fleurs
""",
        note="a collection-time change in the reminder thread",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Nuria Vidal", "nvidal@vidal-asesores.example"),
        "2028-09-25 16:05",
        "outlook",
        """
Recibido, gracias.

Nuria Vidal
Vidal Asesores
""",
        note="acknowledgement only",
        charset="windows-1252",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Jorge Santos", "jorge@santos-bicicletas.example"),
        "2028-10-10 17:36",
        "gmail_plain",
        """
Hola,

¿Esta no la habíamos pagado ya? Me suena que la pagamos junto con la de agosto. ¿Podéis mirar si os llegó algo a principios de septiembre?

Gracias
Jorge
""",
        note="a question whether it was paid, not a payment claim",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Femke Bos", "femke@bos-bloemwerk.example"),
        "2028-10-06 17:58",
        "iphone",
        """
Ontvangen, ik kijk er maandag naar.
Femke
""",
        note="acknowledgement; looking at it on Monday is no promise to pay",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerrit Dekker", "gerrit@dekker-tuinmeubelen.example"),
        "2028-10-18 13:33",
        "outlook_html",
        """
Goedemiddag,

Even los van de factuur: wij stoppen eind oktober met onze webshop. Er staan nog 6 pallets tuinmeubelen bij jullie in de opslag in Venlo. Kunnen jullie laten weten wat de mogelijkheden zijn – halen wij ze op, of kunnen jullie ze naar ons adres in Tegelen brengen, en wat kost dat?

De openstaande factuur neem ik mee in de afwikkeling, daar kom ik apart op terug.

Met vriendelijke groet,
Gerrit Dekker
Dekker Tuinmeubelen
""",
        note="closing down; a question about stored pallets; the remark about the invoice is no commitment",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Davide Marchetti", "davide@marchetti-bici.example"),
        "2028-10-11 09:47",
        "gmail",
        """
Ricevuto, giro all'amministrazione.
Davide
""",
        note="acknowledgement; passing it on names no new contact",
    ),
]

# ------------------------------------------------------------------------------------------
# Delivery reports: the machine parts are generated, the human-readable parts written out
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`, in the language of its human part."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    builder: str
    zone: str = "ce"
    rlang: str = ""
    lag_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[self.zone])

    @property
    def sent(self) -> datetime:
        """When Kestrel's server sent the reminder (UK time)."""
        base = (self.dt - timedelta(minutes=self.lag_minutes)).astimezone(ZONES["uk"])
        return base.replace(second=digest(self.key, "second")[0] % 60)

    @property
    def reminder_lang(self) -> str:
        """The reminder's language: the report's own unless stated."""
        return self.rlang or self.lang

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.reminder_lang].format(inv=invoice_for(self.key))


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Kestrel's server sent it."""
    currency = "GBP" if b.zone == "uk" else "EUR"
    text = reminder_body(b.reminder_lang, invoice_for(b.key), balance_for(b.key), currency, b.sent)
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    msg["From"] = mailbox(AR_NAME, AR_ADDR)
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def original_headers(b: Bounce) -> str:
    """The reminder's header block, as returned by servers that do not return the body."""
    return "".join(f"{name}: {value}\n" for name, value in original_reminder(b).items())


def original_text(b: Bounce) -> str:
    """The reminder serialised, as servers paste it below a non-MIME notice."""
    return original_reminder(b).as_string()


def headers_part(b: Bounce) -> Message:
    """text/rfc822-headers with the reminder's headers."""
    return text_part(original_headers(b), "rfc822-headers", "us-ascii", "7bit")


def status_part(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    extra: tuple[tuple[str, str], ...] = (),
    diagnostic_type: str = "smtp",
) -> Message:
    """message/delivery-status (RFC 3464): a per-message block and one per-recipient block."""
    head = Message()
    head["Reporting-MTA"] = f"dns; {mta}"
    for name, value in extra:
        head[name] = value
    head["Arrival-Date"] = format_datetime(b.sent.astimezone(b.dt.tzinfo))
    rcpt = Message()
    rcpt["Final-Recipient"] = f"rfc822; {b.rcpt}"
    rcpt["Original-Recipient"] = f"rfc822;{b.rcpt}"
    rcpt["Action"] = action
    rcpt["Status"] = b.status
    rcpt["Diagnostic-Code"] = f"{diagnostic_type}; {diagnostic}"
    rcpt["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        rcpt["Will-Retry-Until"] = format_datetime(b.dt + timedelta(days=2))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([head, rcpt])
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix does to each part of its reports."""
    part["Content-Description"] = description
    return part


def o365_human(text: str, lang: str) -> Message:
    """Exchange Online's human-readable part: plain text plus a simple HTML rendering."""
    rows = []
    for block in text.split("\n\n"):
        rows.append(
            f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:15px">{html_text(block)}</p>'
        )
    rich = (
        f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + "\n".join(rows)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text + "\n", "plain", "utf-8", "qp"),
        text_part(rich, "html", "utf-8", "qp"),
    )


def exchange_sender(b: Bounce) -> str:
    """The Exchange Online system mailbox that signs its reports."""
    domain = b.rcpt.split("@", 1)[1]
    return f"Microsoft Outlook <MicrosoftExchange{token(b.key, 'exch', 32, '0123456789abcdef')}@{domain}>"


def bounce_postfix_domain(b: Bounce) -> tuple[Message, str, str]:
    """Kestrel's own relay: the customer's domain no longer exists (RFC 3464)."""
    domain = b.rcpt.split("@", 1)[1]
    human = f"""This is the mail system at host relay1.kestrel-courier.example.

Your message could not be delivered to one or more recipients and the
mail system has stopped trying. The reason is given below; the headers
of your message are attached.

For help, write to postmaster@kestrel-courier.example and include
this report.

                   The mail system

<{b.rcpt}>: Host or domain name not found. Name
    service error for name={domain} type=A: Host not found
"""
    diagnostic = f"Host or domain name not found. Name service error for name={domain} type=A: Host not found"
    status = status_part(
        b,
        "relay1.kestrel-courier.example",
        "failed",
        diagnostic,
        (
            ("X-Postfix-Queue-ID", "4Rq7Tm2bKz9" + token(b.key, "queue", 4)),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ),
        "X-Postfix",
    )
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(status, "Delivery report"),
        described(headers_part(b), "Undelivered Message Headers"),
    )
    return (
        msg,
        "MAILER-DAEMON@relay1.kestrel-courier.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> tuple[Message, str, str]:
    """A qmail server that accepted the message and then found no such mailbox (no MIME)."""
    host = "mx1." + b.rcpt.split("@", 1)[1]
    text = f"""Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{b.rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{original_text(b)}"""
    msg = Message()
    msg.set_payload(text)
    return msg, f"MAILER-DAEMON@{host}", "failure notice"


def bounce_exim_delay(b: Bounce) -> tuple[Message, str, str]:
    """A backup MX running Exim warns that the primary keeps refusing (plain text)."""
    host = "backup-mx.pennine-webhost.example"
    queue_id = "1tQ8aZ-00072k-3F"
    text = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {host}.

The message identifier is:     {queue_id}
The subject of the message is: {Header(b.subject, "utf-8").encode(maxlinelen=0)}
The date of the message is:    {format_datetime(b.sent)}

The address to which the message has not yet been delivered is:

  {b.rcpt}
    host mail.{b.rcpt.split("@", 1)[1]} [198.51.100.23]
    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
    452 4.3.1 Insufficient system storage, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return (
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Warning: message {queue_id} delayed 24 hours",
    )


def bounce_o365_de(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in German: the address does not exist in the recipient's organisation."""
    server = "FR3P281MB1472.DEUP281.PROD.OUTLOOK.COM"
    human = f"""Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

Die Adresse {b.rcpt} existiert in der Organisation des Empfängers nicht. Überprüfen Sie die Adresse auf Tippfehler, oder fragen Sie den Empfänger auf anderem Weg nach seiner richtigen E-Mail-Adresse.

Diagnoseinformationen für Administratoren:

Generierender Server: {server}

{b.rcpt}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup' zurückgegeben"""
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    msg = report(
        o365_human(human, "de"),
        status_part(
            b,
            server,
            "failed",
            diagnostic,
            (("Received-From-MTA", "dns;relay1.kestrel-courier.example"),),
        ),
        headers_part(b),
    )
    msg["Content-Language"] = "de-DE"
    msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return msg, exchange_sender(b), "Unzustellbar: " + b.subject


def bounce_provider_de(b: Bounce) -> tuple[Message, str, str]:
    """A German mail provider's notice: the recipient's mailbox is full (single text part)."""
    host = "mx02.nordnetz-mail.example"
    text = f"""Dies ist eine automatisch erstellte Nachricht des Mailservers {host}.

Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit erreicht hat.

  Empfänger: {b.rcpt}
  Status:    5.2.2
  Meldung:   552 5.2.2 Mailbox size limit exceeded (Quota 1024 MB)

Der Empfänger muss zuerst Platz in seinem Postfach schaffen. Bitte versuchen Sie es später noch einmal oder verständigen Sie den Empfänger auf anderem Weg.

------ Kopfzeilen Ihrer Nachricht ------

{original_headers(b)}"""
    msg = text_part(text, "plain", "utf-8", "qp")
    return (
        msg,
        f"Mail Delivery System <mailer-daemon@{host}>",
        "Unzustellbar: Postfach des Empfängers ist voll",
    )


def bounce_o365_fr(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in French: a rule of the recipient's organisation blocks the sender."""
    server = "PR1P264MB3318.FRAP264.PROD.OUTLOOK.COM"
    human = f"""Votre message à {b.rcpt} n'a pas pu être remis.

Le destinataire n'accepte pas les messages de votre adresse : une règle de son organisation réserve cette adresse aux expéditeurs autorisés. Contactez le destinataire par un autre moyen et demandez-lui d'autoriser votre adresse.

Informations de diagnostic pour les administrateurs :

Serveur de génération : {server}

{b.rcpt}
Le serveur distant a renvoyé '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient'"""
    diagnostic = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient"
    msg = report(
        o365_human(human, "fr"),
        status_part(
            b,
            server,
            "failed",
            diagnostic,
            (("Received-From-MTA", "dns;relay1.kestrel-courier.example"),),
        ),
        headers_part(b),
    )
    msg["Content-Language"] = "fr-FR"
    msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return msg, exchange_sender(b), "Non remis : " + b.subject


def bounce_provider_fr(b: Bounce) -> tuple[Message, str, str]:
    """A French provider warns that delivery is delayed (Latin-1 text, not RFC 3464)."""
    host = "smtp.courrielpro.example"
    text = f"""Ceci est un message automatique du serveur {host}.

Votre message n'a pas encore pu être distribué au destinataire suivant :

    {b.rcpt}

Le serveur du destinataire ne répond pas (délai de connexion dépassé). Nous continuerons d'essayer pendant 4 jours. Vous n'avez rien à faire pour le moment ; si le message ne peut toujours pas être distribué, vous recevrez un avis de non-distribution.

Code d'état : 4.4.2
Dernière tentative : {format_datetime(b.dt)}

Objet : {latin1(b.subject)}
"""
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return (
        msg,
        f"Service de messagerie <mailer-daemon@{host}>",
        "Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> tuple[Message, str, str]:
    """Gmail in Spanish: the account does not exist (RFC 3464, human part in two renderings)."""
    reply = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o porque esta no puede recibir correo.",
        "La respuesta del servidor remoto fue:",
        reply,
    ]
    rich = (
        "<html><head></head><body>\n"
        + "\n".join(
            f'<p style="font-family:Google Sans,Roboto,Arial,sans-serif">{html.escape(line)}</p>'
            for line in lines
        )
        + "\n</body></html>\n"
    )
    human = alternative(
        text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
        text_part(rich, "html", "utf-8", "qp"),
    )
    msg = report(
        human,
        status_part(
            b,
            "googlemail.com",
            "failed",
            reply.replace("550 5.1.1", "550-5.1.1", 1),
            (("Received-From-MTA", "dns; relay1.kestrel-courier.example"),),
        ),
        headers_part(b),
    )
    return (
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_provider_es(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish provider's notice for a full mailbox, with the message attached (multipart/mixed)."""
    host = "correo.redhispana-mail.example"
    text = f"""Este es un mensaje generado automáticamente. No responda a este correo.

No ha sido posible entregar su mensaje al destinatario {b.rcpt} porque su buzón está lleno. El servidor volverá a intentarlo durante las próximas 72 horas.

Destinatario: {b.rcpt}
Motivo: 452 4.2.2 Buzón lleno / Mailbox full
Intentos realizados: 3

Se adjunta una copia de su mensaje.
"""
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "windows-1252", "qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    return (
        outer,
        f"Administrador del sistema de correo <postmaster@{host}>",
        "Mensaje no entregado temporalmente: buzón lleno",
    )


def bounce_o365_nl(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in Dutch: delivery delayed (RFC 3464, Action: delayed)."""
    server = "AM9P195MB1204.EURP195.PROD.OUTLOOK.COM"
    human = f"""Uw bericht aan {b.rcpt} is nog niet bezorgd.

Het bericht staat in de wachtrij, omdat de server van de geadresseerde niet reageert. Er wordt automatisch opnieuw geprobeerd; u hoeft niets te doen. Lukt de bezorging binnen twee dagen niet, dan ontvangt u een melding dat het bericht niet kon worden bezorgd.

Diagnostische gegevens voor beheerders:

Genererende server: {server}

{b.rcpt}
Laatste fout: '451 4.4.7 Message delayed; the remote server did not respond'"""
    msg = report(
        o365_human(human, "nl"),
        status_part(
            b,
            server,
            "delayed",
            "451 4.4.7 Message delayed; the remote server did not respond",
            (("Received-From-MTA", "dns;relay1.kestrel-courier.example"),),
        ),
        headers_part(b),
    )
    msg["Content-Language"] = "nl-NL"
    return msg, exchange_sender(b), "Bezorging vertraagd: " + b.subject


def bounce_provider_it(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider's plain ASCII notice: the recipient's domain does not exist (no MIME)."""
    host = "mail.reteweb-italia.example"
    domain = b.rcpt.split("@", 1)[1]
    text = f"""Questo e' un messaggio automatico del sistema di posta {host}.

Non e' stato possibile recapitare il messaggio al seguente destinatario:

<{b.rcpt}>
Il dominio del destinatario non esiste o non ha un server di posta valido.
Errore permanente: 550 5.1.2 Host sconosciuto ({domain})

Il messaggio non verra' piu' inviato.

--- Di seguito una copia del messaggio originale ---

{original_text(b)}"""
    msg = Message()
    msg.set_payload(text)
    return msg, f"Sistema di posta <mailer-daemon@{host}>", "Messaggio non recapitato"


def bounce_postfix_it(b: Bounce) -> tuple[Message, str, str]:
    """An Italian hosting provider's Postfix with a translated template: greylisting delay."""
    host = "smtp2.farmanet-hosting.example"
    mx = "mx." + b.rcpt.split("@", 1)[1]
    human = f"""Questo è il sistema di posta del server {host}.

########################################################
# QUESTO È SOLO UN AVVISO: NON RISPEDITE IL MESSAGGIO. #
########################################################

Il vostro messaggio non è ancora stato consegnato. Il sistema continuerà a tentare per altri 4 giorni.

<{b.rcpt}>: host {mx}[203.0.113.41] said: 451 4.7.1
    Greylisting in azione, riprovare più tardi (in reply to RCPT TO command)
"""
    msg = report(
        described(text_part(human, "plain", "utf-8", "qp"), "Notification"),
        described(
            status_part(
                b,
                host,
                "delayed",
                "451 4.7.1 Greylisting in azione, riprovare piu' tardi",
            ),
            "Delivery report",
        ),
        described(headers_part(b), "Message Headers"),
    )
    return (
        msg,
        f"MAILER-DAEMON@{host} (Sistema di consegna posta)",
        "Notifica di ritardo nella consegna",
    )


BUILDERS: dict[str, Callable[[Bounce], tuple[Message, str, str]]] = {
    "postfix_domain": bounce_postfix_domain,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "o365_de": bounce_o365_de,
    "provider_de": bounce_provider_de,
    "o365_fr": bounce_o365_fr,
    "provider_fr": bounce_provider_fr,
    "gmail_es": bounce_gmail_es,
    "provider_es": bounce_provider_es,
    "o365_nl": bounce_o365_nl,
    "provider_it": bounce_provider_it,
    "postfix_it": bounce_postfix_it,
}

BOUNCES = [
    Bounce(
        "bn-en-1",
        "en",
        "hard",
        "5.4.4",
        "accounts@fernleaf-interiors.example",
        "2028-09-28 09:06",
        "postfix_domain",
        zone="uk",
        note="the customer's domain no longer resolves: hard; RFC 3464 with text/rfc822-headers",
    ),
    Bounce(
        "bn-en-2",
        "en",
        "hard",
        "5.1.1",
        "bookings@tidewaterprints.example",
        "2028-10-02 09:12",
        "qmail",
        zone="uk",
        lag_minutes=5,
        note="qmail notice without MIME, the message pasted below",
    ),
    Bounce(
        "bn-en-3",
        "en",
        "soft",
        "4.3.1",
        "finance@marlowe-biotech.example",
        "2028-10-05 09:40",
        "exim_delay",
        zone="uk",
        lag_minutes=1476,
        note="Exim delay warning from a backup MX, plain text",
    ),
    Bounce(
        "bn-de-1",
        "de",
        "hard",
        "5.1.10",
        "einkauf@lindner-laborbedarf.example",
        "2028-10-03 10:05",
        "o365_de",
        note="Exchange Online 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "bn-de-2",
        "de",
        "soft",
        "5.2.2",
        "info@fahrradwerk-kiel.example",
        "2028-10-10 10:07",
        "provider_de",
        note="mailbox full reported with a 5.x code: soft (mailbox-full rule), the code is kept",
    ),
    Bounce(
        "bn-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@cabinet-morel-avocats.example",
        "2028-10-11 10:03",
        "o365_fr",
        note="Exchange Online 'Non remis', rejected by the recipient's policy: permanent",
    ),
    Bounce(
        "bn-fr-2",
        "fr",
        "soft",
        "4.4.2",
        "contact@atelier-cerise.example",
        "2028-10-09 14:32",
        "provider_fr",
        lag_minutes=267,
        note="French provider's delay notice, Latin-1, not RFC 3464",
    ),
    Bounce(
        "bn-es-1",
        "es",
        "hard",
        "5.1.1",
        "tiendaolivar.pedidos@gmail.com",
        "2028-10-13 10:03",
        "gmail_es",
        note="Gmail 'dirección no encontrada' in Spanish",
    ),
    Bounce(
        "bn-es-2",
        "es",
        "soft",
        "4.2.2",
        "administracion@bodegas-arandilla.example",
        "2028-10-16 10:20",
        "provider_es",
        lag_minutes=14,
        note="Spanish provider's mailbox-full notice with the message attached",
    ),
    Bounce(
        "bn-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "inkoop@fietsenplein-zwolle.example",
        "2028-10-17 14:06",
        "o365_nl",
        lag_minutes=242,
        note="Exchange Online 'Bezorging vertraagd'",
    ),
    Bounce(
        "bn-it-1",
        "it",
        "hard",
        "5.1.2",
        "ordini@ceramichevietri-shop.example",
        "2028-10-18 10:04",
        "provider_it",
        note="Italian provider notice without MIME, domain gone",
    ),
    Bounce(
        "bn-it-2",
        "it",
        "soft",
        "4.7.1",
        "amministrazione@farmaciasanmarco.example",
        "2028-10-19 10:36",
        "postfix_it",
        lag_minutes=31,
        note="greylisting delay: a temporary policy refusal, soft",
    ),
]


def build_bounce(b: Bounce) -> Message:
    """A complete delivery report, ready to serialise."""
    msg, sender, subject = BUILDERS[b.builder](b)
    own = [
        (name, value)
        for name, value in msg.items()
        if not name.lower().startswith(("content-type", "content-transfer", "mime-"))
    ]
    for name, _ in own:
        del msg[name]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 24, '0123456789abcdefghijklmnopqrstuv')}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in own:
        msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    content_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(
        msg,
        b.key,
        "outlook"
        if b.builder.startswith("o365")
        else "gmail"
        if b.builder.startswith("gmail")
        else "other",
    )
    return msg


# ------------------------------------------------------------------------------------------
# Labels, checks and output
# ------------------------------------------------------------------------------------------

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
Label = dict[str, object]


def reply_label(r: Reply) -> Label:
    """The label of a reply or notice, keys in the corpus order."""
    label: Label = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(r.fields)
    label["invoice_refs"] = list(r.refs)
    label["language"] = r.lang
    label["note"] = r.note
    return label


def bounce_label(b: Bounce) -> Label:
    """The label of a delivery report."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label["invoice_refs"] = []
    label["language"] = b.lang
    label["note"] = b.note
    return label


def fail(key: str, problem: str) -> None:
    """Stop the build with a message naming the offending message."""
    raise SystemExit(f"{key}: {problem}")


def check_reply_spec(r: Reply) -> None:
    """The hand-written labels agree with the hand-written text and with the label rules."""
    allowed = INTENT_FIELDS.get(r.intent, frozenset())
    extra = set(r.fields) - allowed
    if extra:
        fail(r.key, f"fields {sorted(extra)} do not belong to {r.intent}")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        fail(r.key, "date outside the corpus range")
    sent_day = r.dt.date()
    for name in DATE_KEYS:
        value = r.fields.get(name)
        if value is None:
            continue
        day = date.fromisoformat(value)
        if name == "paid_date" and day > sent_day:
            fail(r.key, "paid after the message was written")
        if name in {"promised_date", "return_date"} and day < sent_day:
            fail(r.key, f"{name} before the message was written")
    amount = r.fields.get("amount")
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", amount):
        fail(r.key, "amount must be a plain decimal string")
    if ("amount" in r.fields) != ("currency" in r.fields):
        fail(r.key, "amount and currency go together")
    if r.fields.get("currency") not in {None, "GBP", "EUR"}:
        fail(r.key, "unexpected currency")
    written = {normalise_ref(found) for found in re.findall(r"(?i)\b(?:kc[- ]?)?20\d{5}\b", r.text)}
    if written != set(r.refs):
        fail(r.key, f"invoice_refs {sorted(r.refs)} but the text names {sorted(written)}")
    contact = r.fields.get("new_contact")
    if contact is not None and (contact != contact.lower() or contact not in r.text.lower()):
        fail(r.key, "new_contact must be written in the text (labelled in lower case)")
    for line in r.text.split("\n"):
        if line != line.rstrip():
            fail(r.key, "trailing whitespace would read as format=flowed")
    if r.client not in CLIENTS:
        fail(r.key, f"unknown client {r.client}")


def check_bounce_spec(b: Bounce) -> None:
    """A bounce's kind agrees with its status (a full mailbox is soft whatever its code)."""
    mailbox_full = b.status in {"4.2.2", "5.2.2"}
    expected = "soft" if b.status.startswith("4") or mailbox_full else "hard"
    if b.kind != expected:
        fail(b.key, f"status {b.status} should be {expected}")
    if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
        fail(b.key, "date outside the corpus range")


def check_parsed(name: str, data: bytes, needles: list[str]) -> None:
    """Parse a file back with the modern policy: no defects, headers and text parts decode."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(name, "did not parse as an EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header} header")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for key, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                fail(name, f"header {key} has defects {defects}")
            if "=?" in str(value):
                fail(name, f"header {key} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "a text part does not decode cleanly")
            texts.append(content)
        if part.get_content_type() == "message/delivery-status":
            texts.extend(str(block) for block in cast(list[Message], part.get_payload()))
    everything = "\n".join(texts) + str(msg["Subject"])
    for needle in needles:
        if needle not in everything:
            fail(name, f"{needle!r} not found in the decoded message")


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()


def count_table(labels: list[Label]) -> str:
    """The intent × language table in Markdown."""
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
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_shape(labels: list[Label]) -> None:
    """Every label has the corpus keys in the corpus order, with values of the right kind."""
    order = ["file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note"]
    for label in labels:
        name = str(label["file"])
        if list(label) != order:
            fail(name, "label keys are not in the corpus order")
        if label["intent"] not in INTENTS or label["language"] not in LANGS:
            fail(name, "unknown intent or language")
        for key in FIELD_KEYS:
            if label[key] is not None and not isinstance(label[key], str):
                fail(name, f"{key} must be a string or null")
        refs = label["invoice_refs"]
        if not isinstance(refs, list) or not all(
            isinstance(x, str) and re.fullmatch(r"KC-\d{7}", x) for x in refs
        ):
            fail(name, "invoice_refs must be a list of KC-NNNNNNN numbers")


def check_counts(labels: list[Label]) -> None:
    """Twelve messages per intent, the agreed language totals, spread as evenly as possible."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        if sum(row) != 12:
            fail(intent, f"{sum(row)} messages instead of 12")
        if row[0] != 3 or sorted(row[1:]) != [1, 2, 2, 2, 2]:
            fail(intent, f"uneven language spread {row}")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            fail(lang, "language total is off")


def build_all() -> list[tuple[str, Message, Label, list[str]]]:
    """Every message with its label and the strings its decoded text must contain."""
    items: list[tuple[str, Message, Label, list[str]]] = []
    for r in REPLIES:
        check_reply_spec(r)
        first_line = next(line for line in r.text.split("\n") if line.strip())
        items.append((r.key, build_reply(r), reply_label(r), [first_line]))
    for b in BOUNCES:
        check_bounce_spec(b)
        items.append((b.key, build_bounce(b), bounce_label(b), [b.rcpt, b.status]))
    keys = [key for key, _, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: file_order(item[0]))


def write_all() -> list[Label]:
    """Write the .eml files and labels.jsonl next to this script and check them."""
    items = build_all()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, (_, msg, label, needles) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_parsed(name, data, needles)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_shape(labels)
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
    print(f"\n{len(labels)} messages written; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
