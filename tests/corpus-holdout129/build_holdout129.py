# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 129: `h129-NNN.eml` files and `labels.jsonl`.

Every message is one that could reach `accounts@cloverleaf-laundry.example` after Cloverleaf
Laundry Services (linen hire and commercial laundry) sent an overdue-invoice reminder. The new
text of each message is written by hand below. The script adds only what a mail client or a mail
server would add: the quoted reminder in the client's layout and the sender's language, headers,
MIME structure, charsets and transfer encodings. Bounce skeletons are generated; their
human-readable parts are written out one by one.

Run it from anywhere: it writes next to itself, deterministically, parses every file back as a
check and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout129/cloverleaf/20310714"
PREFIX = "h129"
AR_NAME = "Cloverleaf Accounts"
AR_ADDR = "accounts@cloverleaf-laundry.example"
AR_DOMAIN = "cloverleaf-laundry.example"
UK = timezone(timedelta(hours=1))  # British Summer Time
CE = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY = date(2031, 7, 14)
LAST_DAY = date(2031, 8, 8)

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
# The only label fields each intent may fill (besides invoice_refs, language and note).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
EXPECTED_PER_INTENT = 12
EXPECTED_PER_LANG = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}

# --------------------------------------------------------------------------------------------
# Locale data
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
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
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
INVOICE_DATE = {
    "en": "{d} {mon} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# Attribution lines, as each client writes them in each language.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}


@dataclass(frozen=True)
class OutlookLocale:
    """What Outlook writes above a quoted message in one language."""

    separator: str
    labels: tuple[str, str, str, str]  # From, Sent, To, Subject
    colon: str
    sent: str
    reply_prefix: str
    mobile_signature: str


OUTLOOK = {
    "en": OutlookLocale(
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{wd}, {d} {mon} {y} {HH}:{mm}",
        "RE: ",
        "Get Outlook for Android",
    ),
    "de": OutlookLocale(
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{wd}, {d}. {mon} {y} {HH}:{mm}",
        "AW: ",
        "Outlook für Android herunterladen",
    ),
    "fr": OutlookLocale(
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{wd} {d} {mon} {y} {HH}:{mm}",
        "RE : ",
        "Télécharger Outlook pour Android",
    ),
    "es": OutlookLocale(
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{wd}, {d} de {mon} de {y} {H}:{mm}",
        "RE: ",
        "Obtener Outlook para Android",
    ),
    "nl": OutlookLocale(
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{wd} {d} {mon} {y} {HH}:{mm}",
        "RE: ",
        "Outlook voor Android downloaden",
    ),
    "it": OutlookLocale(
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{wd} {d} {mon} {y} {HH}:{mm}",
        "R: ",
        "Scarica Outlook per Android",
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder dunmail sends, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Cloverleaf Laundry Services",
    "de": "Überfällige Rechnung {inv} – Cloverleaf Laundry Services",
    "fr": "Facture échue {inv} – Cloverleaf Laundry Services",
    "es": "Factura vencida {inv} – Cloverleaf Laundry Services",
    "nl": "Vervallen factuur {inv} – Cloverleaf Laundry Services",
    "it": "Fattura scaduta {inv} – Cloverleaf Laundry Services",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now overdue.\n\n"
        "Invoice number:  {inv}\nInvoice date:    {issued}\nDue date:        {due}\nAmount due:      {amount}\n\n"
        "If you have already paid, thank you – please let us know the payment date so that we can match it. If there is a problem with the invoice, our linen or a collection, simply reply to this e-mail and we will look into it.\n\n"
        "Many thanks,\n\nAccounts Team\nCloverleaf Laundry Services Ltd\naccounts@cloverleaf-laundry.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen:\n\n"
        "Rechnungsnummer:  {inv}\nRechnungsdatum:   {issued}\nFällig am:        {due}\nOffener Betrag:   {amount}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – nennen Sie uns bitte kurz das Zahlungsdatum, damit wir die Zahlung zuordnen können. Gibt es ein Problem mit der Rechnung, der Wäsche oder einer Abholung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nCloverleaf Laundry Services"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'est pas encore réglée :\n\n"
        "N° de facture :    {inv}\nDate de facture :  {issued}\nÉchéance :         {due}\nMontant dû :       {amount}\n\n"
        "Si le règlement est déjà parti, merci – indiquez-nous simplement sa date afin que nous puissions le rapprocher. En cas de souci avec la facture, le linge ou un enlèvement, il suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nCloverleaf Laundry Services"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura sigue pendiente de pago:\n\n"
        "N.º de factura:     {inv}\nFecha de factura:   {issued}\nVencimiento:        {due}\nImporte pendiente:  {amount}\n\n"
        "Si ya han realizado el pago, muchas gracias; les agradeceríamos que nos indicaran la fecha para poder conciliarlo. Si hay algún problema con la factura, la ropa o una recogida, basta con responder a este correo.\n\n"
        "Un saludo,\n\nDepartamento de Contabilidad\nCloverleaf Laundry Services"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "Factuurnummer:  {inv}\nFactuurdatum:   {issued}\nVervaldatum:    {due}\nOpenstaand:     {amount}\n\n"
        "Heeft u al betaald? Dank u wel – laat u ons dan even de betaaldatum weten, zodat we de betaling kunnen koppelen. Klopt er iets niet aan de factuur, het linnengoed of een ophaling, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAfdeling Debiteuren\nCloverleaf Laundry Services"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta ancora aperta la seguente fattura:\n\n"
        "Numero fattura:  {inv}\nData fattura:    {issued}\nScadenza:        {due}\nImporto dovuto:  {amount}\n\n"
        "Se avete già pagato, vi ringraziamo: indicateci soltanto la data del pagamento, così potremo abbinarlo. Per qualsiasi problema con la fattura, la biancheria o un ritiro, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Contabilità\nCloverleaf Laundry Services"
    ),
}
# What a client limited to a Latin charset sends instead of characters it cannot encode.
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "…": "...",
    "\u202f": "\u00a0",
    "“": '"',
    "”": '"',
}
CP1252_FALLBACK = {"\u202f": "\u00a0"}

# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a message key (everything random is derived from it)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from the key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def zone(lang: str) -> timezone:
    """British senders write in BST, everyone else in CEST."""
    return UK if lang == "en" else CE


def parse_when(when: str, lang: str) -> datetime:
    """A local 'YYYY-MM-DD HH:MM' in the sender's time zone."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=zone(lang))


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a date template may use, in the given language."""
    return {
        "wd": WEEKDAYS[lang].split()[dt.weekday()],
        "wds": WEEKDAYS_SHORT[lang].split()[dt.weekday()],
        "mon": MONTHS[lang].split()[dt.month - 1],
        "mons": MONTHS_SHORT[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def render_date(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a date template (attribution line, Outlook 'Sent' value, invoice date)."""
    return template.format(**date_words(lang, dt), **extra)


def money(amount: str, lang: str) -> str:
    """An amount such as '1284.60' the way the reminder writes it in the customer's language."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', chr(0x202F))},{cents}\u00a0€"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


def for_charset(text: str, charset: str) -> str:
    """Text as a client limited to `charset` would send it."""
    fallback = {"iso-8859-1": LATIN1_FALLBACK, "windows-1252": CP1252_FALLBACK}.get(charset, {})
    for bad, good in fallback.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text for HTML, keeping line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def flowed(text: str) -> str:
    """RFC 3676 format=flowed: soft line breaks end with a space, quote markers are kept."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)?(.*)$", line)
        marker = (match.group(1) or "") if match else ""
        rest = match.group(2) if match else line
        if not marker and rest.startswith((" ", "From ")):
            rest = " " + rest  # space-stuffing
        width = 72 - len(marker)
        while len(rest) > width + 6 and " " in rest[:width]:
            cut = rest.rfind(" ", 0, width)
            out.append(marker + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(marker + rest.rstrip(" "))
    return "\n".join(out)


FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"xref\n0 3\ntrailer <</Size 3 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n"
)

# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def make_charset(name: str, cte: str, header_q: bool = False) -> email_charset.Charset:
    """A Charset that encodes bodies the way the client chose (`qp`, `b64`, `8bit`, `7bit`)."""
    charset = email_charset.Charset(name)
    # None (8bit, 7bit) means "send the text as it is"; the stubs only allow an int.
    charset.body_encoding = ENCODINGS.get(cte)  # type: ignore[assignment]
    charset.header_encoding = (
        email_charset.QP if header_q or name != "utf-8" else email_charset.BASE64
    )
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject", q: bool = False) -> str:
    """A header value as the client encodes it: RFC 2047 words (Q or B) when it is not plain ASCII."""
    if value.isascii():
        return value
    use = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, make_charset(use, "qp", q), header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, q: bool = False) -> str:
    """A From/To mailbox with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From', q)} <{addr}>"


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    """The Message children of a multipart or message/* part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a top-level message (or a returned message/rfc822) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for child in subparts(part):
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: dict[str, Callable[[str, int], str]] = {
    "outlook": lambda key, n: f"_00{n}_{b32(key, f'bd{n}', 32)}_",
    "gmail": lambda key, n: "0000000000" + digest(key, f"bd{n}").hex()[:18],
    "apple": lambda key, n: "Apple-Mail=_" + str(uuid_like(key, f"bd{n}")),
    "mta": lambda key, n: f"{b32(key, f'bd{n}', 12)}.{number(key, f'bdn{n}', 10**10)}/{n}",
    "generic": lambda key, n: (
        f"----=_Part_{number(key, f'bdn{n}', 10**6)}_{number(key, f'bdm{n}', 10**9)}.{n}"
    ),
}


def uuid_like(key: str, salt: str) -> str:
    """An upper-case UUID-shaped string derived from the key."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    """Deterministic boundaries shaped like the sending software's own."""
    make = BOUNDARY_STYLE[family]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(make(key, n))


def finish(msg: Message, key: str, family: str) -> Message:
    """Header order, per-part MIME-Version and boundaries."""
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lab:
    """Label fields beyond intent and language. `refs` are invoice numbers in the new text."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message (a reply, an auto-reply or a notice) and its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str  # local time of the sender, "YYYY-MM-DD HH:MM"
    client: str
    body: str
    lab: Lab = field(default_factory=Lab)
    inv: str = ""  # six digits; derived from the key when the text does not name it
    amount: str = ""  # the reminder's amount; derived from the key when the text does not name it
    issued: str = ""  # invoice date when the text depends on it
    lag: int = 2  # working days between the reminder and this message (0: same morning)
    subject: str = ""  # overrides "Re: …"; "{rsub}" is the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attachment: str = ""
    threaded: bool = True  # In-Reply-To/References to the reminder

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's zone."""
        return parse_when(self.when, self.lang)

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return "CLS " + (self.inv or str(309800 + number(self.key, "inv", 1000)))

    @property
    def due_amount(self) -> str:
        """The amount the reminder asked for, as a decimal string."""
        if self.amount:
            return self.amount
        cents = 7500 + number(self.key, "amount", 160000)
        return f"{cents // 100}.{cents % 100:02d}"


def reminder_message_id(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{b32(key, 'reminder', 24).lower()}.reminder@{AR_DOMAIN}>"


def reminder_sent(key: str, reply: datetime, lag: int) -> datetime:
    """Reminders go out at about half past eight UK time on a working day."""
    day = reply.astimezone(UK).date() - timedelta(days=lag)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(
        day.year,
        day.month,
        day.day,
        8,
        30 + number(key, "rmin", 4),
        number(key, "rsec", 60),
        tzinfo=UK,
    )


def reminder_content(
    key: str,
    lang: str,
    sent: datetime,
    inv: str,
    amount: str,
    issued: str,
    charset: str,
) -> tuple[str, str]:
    """Subject and text of the reminder, in the customer's language and the client's charset."""
    if issued:
        issue_day = datetime.strptime(issued, "%Y-%m-%d").replace(tzinfo=UK)
    else:
        issue_day = sent - timedelta(days=18 + number(key, "due", 20))
    due_day = issue_day + timedelta(days=14)
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    text = REMINDER_BODY[lang].format(
        inv=inv,
        issued=render_date(INVOICE_DATE[lang], lang, issue_day),
        due=render_date(INVOICE_DATE[lang], lang, due_day),
        amount=money(amount, lang),
    )
    return for_charset(subject, charset), for_charset(text, charset)


def original_reminder(
    key: str, lang: str, to: str, sent: datetime, inv: str, amount: str
) -> Message:
    """The reminder exactly as it left Cloverleaf (returned inside bounces)."""
    subject, text = reminder_content(key, lang, sent, inv, amount, "", "utf-8")
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_message_id(key)
    move_content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # in the sender's zone: clients show local time
    lang: str
    to: str


def make_quote(r: Reply) -> Quoted:
    """The reminder `r` answers, seen from the sender's client."""
    sent = reminder_sent(r.key, r.dt, r.lag)
    subject, text = reminder_content(
        r.key, r.lang, sent, r.invoice, r.due_amount, r.issued, r.charset
    )
    return Quoted(text, subject, sent.astimezone(zone(r.lang)), r.lang, r.sender[1])


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    """Label/value pairs of Outlook's header block above the quoted reminder."""
    loc = OUTLOOK[q.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render_date(loc.sent, q.lang, q.sent),
        q.to,
        q.subject,
    )
    return list(zip(loc.labels, values, strict=True))


def outlook_block(q: Quoted) -> str:
    """Outlook's header block as plain text."""
    colon = OUTLOOK[q.lang].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_rows(q))


def word_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs, one per line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}{"<o:p></o:p>" if line else ""}</p>')
    return "\n".join(out)


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook's HTML body: Word markup, the reply, the grey divider, the quoted reminder."""
    colon = OUTLOOK[q.lang].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop in plain-text mode: the localised 'Original Message' block."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].separator}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook setup that sends the HTML part alone."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: plain text in base64 with the localised app signature."""
    loc = OUTLOOK[q.lang]
    text = f"{r.body}\n\n{loc.mobile_signature}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quoted) -> str:
    """Gmail's 'On … wrote:' line in the sender's language."""
    return render_date(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail: multipart/alternative, the quote inside `gmail_quote`."""
    attr = gmail_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_lines(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode with '>' quoting."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's (and the iPhone's) attribution line."""
    return render_date(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a `cite` blockquote."""
    attr = apple_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"<div>{html_lines(r.body)}</div>"
        f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_lines(q.text)}</div></div></blockquote></div><br></body></html>\n'
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, q: Quoted) -> Message:
    """iOS Mail: plain text, localised 'Sent from my iPhone', attribution inside the quote."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: plain text, format=flowed when it writes UTF-8."""
    attr = render_date(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quoted) -> Message:
    """Auto-replies and system notices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quoted) -> Message:
    """An HTML-only system notice (the body is the markup)."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quoted], Message]] = {
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
    "notice_html": client_notice_html,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
BOUNDARY_FAMILY = {
    "gmail": "gmail",
    "apple": "apple",
    "iphone": "apple",
} | dict.fromkeys(OUTLOOK_CLIENTS, "outlook")
Q_WORD_CLIENTS = frozenset(
    {"apple", "iphone", "thunderbird", "notice"}
)  # these write =?utf-8?Q?…?=
THUNDERBIRD_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.3.1"
)


def reply_message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's own."""
    domain = r.sender[1].split("@", 1)[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = ("LO2P265MB" if r.lang == "en" else "AM9P195MB") + str(
            1000 + number(r.key, "host", 9000)
        )
        region = "GBRP265" if r.lang == "en" else "EURP195"
        return f"<{host}{b32(r.key, 'message-id', 20)}@{host}.{region}.PROD.OUTLOOK.example>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'message-id')}@{domain}>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'message-id').lower()}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def client_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    """Headers the client adds on its own."""
    if r.client in OUTLOOK_CLIENTS:
        found = [
            ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
            (
                "Thread-Index",
                base64.b64encode(digest(r.key, "thread-index")[:22]).decode(),
            ),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ]
        if r.client != "android":
            found += [
                ("X-MS-Has-Attach", "yes" if r.attachment else ""),
                ("X-MS-TNEF-Correlator", ""),
            ]
        if r.client == "outlook":
            found.append(("X-Mailer", "Microsoft Outlook 16.0"))
        return found
    return {
        "apple": [("X-Mailer", "Apple Mail (2.3826.600.51.1.5)")],
        "iphone": [("X-Mailer", "iPhone Mail (22G100)")],
        "thunderbird": [("User-Agent", THUNDERBIRD_UA)],
    }.get(r.client, [])


def reply_subject(r: Reply, q: Quoted) -> str:
    """The Subject: the client writes."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client in OUTLOOK_CLIENTS:
        return OUTLOOK[r.lang].reply_prefix + q.subject
    return "Re: " + q.subject


def with_attachment(body: Message, filename: str) -> Message:
    """multipart/mixed: the body and a small PDF."""
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    if r.attachment:
        msg = with_attachment(msg, r.attachment)
    q_words = r.client in Q_WORD_CLIENTS
    msg["From"] = mailbox(*r.sender, r.charset, q_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, q=q_words)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_message_id(r.key)
        msg["References"] = reminder_message_id(r.key)
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, BOUNDARY_FAMILY.get(r.client, "generic"))


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
X_AUTOREPLY = ("X-Autoreply", "yes")
SUPPRESS = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (a customer writing in `lang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str  # local time of the reporting server, "YYYY-MM-DD HH:MM"
    build: Callable[[Bounce], Message]
    delay_minutes: int = 2  # how long after the reminder the report was written
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return parse_when(self.when, self.lang)

    @property
    def sent(self) -> datetime:
        """When the reminder left Cloverleaf (UK time)."""
        return (self.dt - timedelta(minutes=self.delay_minutes)).astimezone(UK)

    @property
    def invoice(self) -> str:
        """The invoice the returned reminder was about."""
        return "CLS " + str(309800 + number(self.key, "inv", 1000))

    @property
    def amount(self) -> str:
        """The amount of the returned reminder."""
        cents = 7500 + number(self.key, "amount", 160000)
        return f"{cents // 100}.{cents % 100:02d}"

    def reminder(self) -> Message:
        """The returned reminder."""
        return original_reminder(
            self.key, self.lang, self.rcpt, self.sent, self.invoice, self.amount
        )

    def subject(self, charset: str = "utf-8") -> str:
        """The returned reminder's subject."""
        return for_charset(REMINDER_SUBJECT[self.lang].format(inv=self.invoice), charset)

    def local(self, when: datetime) -> datetime:
        """A time in the reporting server's zone."""
        return when.astimezone(zone(self.lang))


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    diagnostic_type: str = "smtp",
    retry_hours: int = 0,
    extra: Iterable[tuple[str, str]] = (),
) -> Message:
    """An RFC 3464 message/delivery-status part for the single failed recipient."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    for name, value in extra:
        per_message[name] = value
    per_message["Arrival-Date"] = format_datetime(b.local(b.sent))
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote:
        per_recipient["Remote-MTA"] = f"dns; {remote}"
    per_recipient["Diagnostic-Code"] = f"{diagnostic_type}; {diagnostic}"
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if retry_hours:
        per_recipient["Will-Retry-Until"] = format_datetime(
            b.local(b.sent) + timedelta(hours=retry_hours)
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the returned reminder's header block."""
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def raw_copy(b: Bounce, received: str) -> str:
    """The returned reminder as old MTAs paste it below their notice."""
    original = b.reminder().as_string()
    return f"Return-Path: <{AR_ADDR}>\n{received}\n{original}"


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def ndr_html(paragraphs: list[str]) -> str:
    """The HTML half of an Exchange Online non-delivery report."""
    body = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333333">{html_lines(p)}</p>\n'
        for p in paragraphs
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body dir="ltr" lang="{{lang}}">\n{body}</body></html>\n'
    )


def exchange_ndr(
    b: Bounce,
    paragraphs: list[str],
    host: str,
    action: str,
    diagnostic: str,
    retry_hours: int = 0,
) -> Message:
    """Exchange Online: alternative (text + HTML), delivery-status, returned headers."""
    text = "\n\n".join(paragraphs) + "\n"
    markup = ndr_html(paragraphs).replace("{lang}", CONTENT_LANGUAGE[b.lang])
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    return report(
        human,
        delivery_status(b, host, action, diagnostic, retry_hours=retry_hours),
        returned_headers(b),
    )


def close_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *extra: tuple[str, str],
    family: str = "mta",
) -> Message:
    """Envelope headers of a bounce."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.split("@", 1)[1].split(">", 1)[0].split(maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce-id', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, family)


def bounce_postfix(b: Bounce) -> Message:
    """Postfix, RFC 3464, headers only returned."""
    host = "mx-out.cloverleaf-laundry.example"
    remote = "mx1.thelanternrooms.example"
    reply = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. The message headers\n"
        "are attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[192.0.2.61]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)\n"
    )
    notification = text_part(human, "plain", "us-ascii", "7bit")
    notification.add_header("Content-Description", "Notification")
    status = delivery_status(
        b,
        host,
        "failed",
        reply,
        remote,
        extra=[
            ("X-Postfix-Queue-ID", "4c1Rk83JQWz2xVb"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ],
    )
    status.add_header("Content-Description", "Delivery report")
    headers = returned_headers(b)
    headers.add_header("Content-Description", "Undelivered Message Headers")
    sender = f"MAILER-DAEMON@{host} (Mail Delivery System)"
    return close_bounce(
        b,
        report(notification, status, headers),
        sender,
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send: no MIME at all, the original pasted below a line."""
    host = "smtp2.cloverleaf-laundry.example"
    domain = b.rcpt.split("@", 1)[1]
    stamp = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        + raw_copy(b, f"Received: (qmail 30418 invoked by uid 1002); {stamp}")
    )
    msg = Message()
    msg.set_payload(text)
    return close_bounce(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_exim(b: Bounce) -> Message:
    """Exim at a hosting relay: plain text, the whole message returned."""
    relay = "relay.northernwebhost.example"
    stamp = format_datetime(b.sent)
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.thegablesspa.example [198.51.100.87]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + raw_copy(
            b,
            f"Received: from mx-out.cloverleaf-laundry.example ([203.0.113.20])\n\tby {relay} with esmtps (Exim 4.98)\n\tid 1uQk7Z-00072b-1F; {stamp}",
        )
    )
    msg = Message()
    msg.set_payload(text)
    sender = f"Mail Delivery System <Mailer-Daemon@{relay}>"
    return close_bounce(
        b,
        msg,
        sender,
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online in German: restricted recipient, permanent."""
    host = "FR3P281MB2471.DEUP281.PROD.OUTLOOK.example"
    reply = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient"
    paragraphs = [
        f"Ihre Nachricht hat folgenden Empfänger nicht erreicht:\n\n{b.rcpt}",
        "Der Empfänger nimmt nur Nachrichten von Absendern an, die dafür ausdrücklich freigegeben wurden. Ihre Adresse gehört nicht dazu.",
        "Was können Sie tun?\nWenden Sie sich auf anderem Weg an den Empfänger, zum Beispiel telefonisch, und bitten Sie darum, Ihre Adresse freizuschalten. Ein erneutes Senden ändert nichts, solange diese Einschränkung besteht.",
        f"Informationen für E-Mail-Administratoren:\n\nMeldender Server: {host}\n{b.rcpt}\nAntwort des Remoteservers: {reply}",
    ]
    msg = exchange_ndr(b, paragraphs, host, "failed", reply)
    sender = f"Microsoft Outlook <postmaster@{b.rcpt.split('@', 1)[1]}>"
    return close_bounce(
        b,
        msg,
        sender,
        f"Unzustellbar: {b.subject()}",
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "de-DE"),
        family="outlook",
    )


def bounce_backup_mx_de(b: Bounce) -> Message:
    """A German backup MX that cannot reach the primary: delay warning, RFC 3464."""
    host = "mx2.mailhost-de.example"
    retry = b.local(b.sent) + timedelta(hours=96)
    human = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte bisher NICHT zugestellt werden. Der Server versucht es weiter; Sie müssen im Moment nichts unternehmen.\n\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Betreff:    {b.subject()}\n"
        "  Grund:      Der Zielserver mx.pension-waldrand.example antwortet nicht\n"
        "              (421 4.4.1 Verbindung nach 300 Sekunden abgebrochen)\n\n"
        f"Weitere Zustellversuche erfolgen bis {render_date('{wd}, {dd}.{mo}.{y}, {HH}:{mm} Uhr', 'de', retry)}. Gelingt die Zustellung bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    status = delivery_status(
        b,
        host,
        "delayed",
        "421 4.4.1 connection timed out after 300 seconds",
        "mx.pension-waldrand.example",
        retry_hours=96,
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), status, returned_headers(b))
    return close_bounce(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        f"Zustellung verzögert: {b.subject()}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's own notice in multipart/mixed with the message attached."""
    host = "smtp.fai-atlantique.example"
    human = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur de messagerie {host}.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif du rejet : 550 5.1.1 adresse destinataire inconnue (user unknown)\n\n"
        "Cette erreur est définitive, aucune nouvelle tentative ne sera faite. Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen.\n\n"
        "Votre message d'origine figure en pièce jointe.\n\n"
        "Le service de messagerie\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(human, "plain", "utf-8", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    sender = f"Service de messagerie <postmaster@{host}>"
    return close_bounce(b, outer, sender, f"Message non remis : {b.subject()}", family="generic")


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online in French: recipient's mailbox full."""
    host = "PR1P264MB2455.FRAP264.PROD.OUTLOOK.example"
    reply = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    paragraphs = [
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        "La boîte aux lettres du destinataire est pleine : elle a atteint la taille maximale autorisée et ne peut plus recevoir de messages pour l'instant.",
        "Que faire ?\nRenvoyez le message un peu plus tard, ou prévenez le destinataire par un autre moyen pour qu'il libère de l'espace dans sa boîte aux lettres.",
        f"Informations destinées aux administrateurs de messagerie :\n\nServeur à l'origine du rapport : {host}\n{b.rcpt}\nRéponse du serveur distant : {reply}",
    ]
    msg = exchange_ndr(b, paragraphs, host, "failed", reply)
    sender = f"Microsoft Outlook <postmaster@{b.rcpt.split('@', 1)[1]}>"
    return close_bounce(
        b,
        msg,
        sender,
        f"Non remis : {b.subject()}",
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "fr-FR"),
        family="outlook",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's report with the Spanish interface: address not found."""
    reply = f"550 5.1.1 <{b.rcpt}>: recipient address not found (NoSuchUser) 5a478bee46e88-2f1c0a77d3bsi4410233eec.61 - gsmtp"
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Respuesta del servidor remoto:",
        reply,
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    status = delivery_status(b, "mx.google.com", "failed", reply, "gmail-smtp-in.l.google.com")
    msg = report(human, status, returned_headers(b))
    return close_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        family="gmail",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's delay notice: one Latin-1 text part, 8bit."""
    host = "smtp.correoempresa.example"
    sent = b.local(b.sent)
    text = (
        f"Este es un mensaje automático del servidor de correo saliente {host}.\n\n"
        "Todavía no ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el servidor del destinatario cortó la conexión durante el envío (421 4.4.2 connection dropped).\n\n"
        "No es necesario que haga nada: el sistema seguirá intentándolo durante tres días. Si al final no se puede entregar, recibirá un nuevo aviso.\n\n"
        f"Asunto del mensaje: {b.subject('iso-8859-1')}\n"
        f"Fecha de envío: {render_date('{dd}/{mo}/{y} {HH}:{mm}', 'es', sent)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    sender = f"Administrador del correo <postmaster@{host}>"
    return close_bounce(
        b, msg, sender, "Aviso: su mensaje todavía no se ha entregado", family="generic"
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed."""
    host = "AM8P189MB1622.EURP189.PROD.OUTLOOK.example"
    retry = b.local(b.sent) + timedelta(hours=48)
    reply = "451 4.4.7 Message delayed; the target server did not respond"
    paragraphs = [
        f"Bezorging vertraagd voor deze ontvanger:\n\n{b.rcpt}",
        f"Onderwerp: {b.subject()}",
        "Uw bericht is nog niet afgeleverd. Er wordt automatisch opnieuw geprobeerd; u hoeft niets te doen.",
        f"De server blijft het proberen tot {render_date('{d} {mon} {y} {HH}:{mm}', 'nl', retry)}. Lukt het dan nog niet, dan ontvangt u een nieuw bericht.",
        f"Informatie voor e-mailbeheerders:\n\nServer: {host}\nLaatste foutmelding: {reply}",
    ]
    msg = exchange_ndr(b, paragraphs, host, "delayed", reply, retry_hours=48)
    sender = f"Microsoft Outlook <postmaster@{b.rcpt.split('@', 1)[1]}>"
    return close_bounce(
        b,
        msg,
        sender,
        f"Bezorging vertraagd: {b.subject()}",
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "nl-NL"),
        family="outlook",
    )


def bounce_provider_it_domain(b: Bounce) -> Message:
    """An Italian provider: the domain no longer exists, RFC 3464 with headers."""
    host = "mail.provider-it.example"
    domain = b.rcpt.split("@", 1)[1]
    human = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato recapitato al seguente indirizzo:\n\n"
        f"    {b.rcpt}\n\n"
        f"Motivo: il dominio {domain} non esiste più oppure non ha un server di posta configurato (nessun record MX o A).\n\n"
        "Si tratta di un errore permanente: il sistema non effettuerà altri tentativi. La preghiamo di verificare l'indirizzo con il destinatario.\n\n"
        "In allegato trova le intestazioni del messaggio originale.\n\n"
        f"Servizio Posta – {host}\n"
    )
    diag = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    status = delivery_status(b, host, "failed", diag, diagnostic_type="X-Postfix")
    msg = report(text_part(human, "plain", "utf-8", "qp"), status, returned_headers(b))
    sender = f"Servizio Posta <MAILER-DAEMON@{host}>"
    return close_bounce(b, msg, sender, f"Mancata consegna: {b.subject()}")


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian notice about a temporary policy refusal (greylisting): one text part."""
    host = "smtp.hostingitalia-pro.example"
    sent = b.local(b.sent)
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA\n\n"
        "Il server del destinatario ha rifiutato temporaneamente il messaggio indirizzato a:\n\n"
        f"    {b.rcpt}\n\n"
        "Risposta del server: 451 4.7.1 Greylisted, please try again later\n\n"
        "Il rifiuto è temporaneo (controllo antispam del destinatario). Il nostro server riproverà automaticamente nelle prossime ore: non è necessario rispedire il messaggio.\n\n"
        f"Oggetto: {b.subject()}\n"
        f"Inviato: {render_date('{dd}/{mo}/{y} {HH}:{mm}', 'it', sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return close_bounce(
        b,
        msg,
        f"Postmaster <postmaster@{host}>",
        "Avviso di ritardo nella consegna",
        family="generic",
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-ooo",
        "payment_sent",
        "en",
        ("Hannah Pryce", "hannah@oldrectory-ludlow.example"),
        "2031-07-18 19:42",
        "iphone",
        "Hi, I'm off this week (hence the subject!) but saw this come through and have just paid it on the banking app. £486.20, reference OLDRECTORY LINEN.\n\nSorry it slipped through, my husband thought I'd done it and I thought he had.\n\nHannah",
        Lab(
            paid_date="2031-07-18",
            payment_reference="OLDRECTORY LINEN",
            amount="486.20",
            currency="GBP",
            note="a person whose subject says she is out of office; paid from her phone today; not an auto-reply",
        ),
        inv="310163",
        amount="486.20",
        subject="Out of office til Monday - but it's paid",
    ),
    Reply(
        "ps-en-done",
        "payment_sent",
        "en",
        ("Kerry Doyle", "kerrydoylebeauty@gmail.com"),
        "2031-07-22 21:07",
        "iphone",
        "done",
        Lab(note="one-word 'done' answering a payment reminder reads as paid; no day given"),
        amount="64.80",
    ),
    Reply(
        "ps-en-advice",
        "payment_sent",
        "en",
        (
            "Harrowgate Hotels Group - Accounts Payable",
            "ap-noreply@harrowgatehotels.example",
        ),
        "2031-07-24 06:15",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<h3>Harrowgate Hotels Group plc – Remittance Advice</h3>\n"
        "<p>Supplier: Cloverleaf Laundry Services Ltd (supplier no. 200784)<br>\n"
        "Payment date: 24/07/2031<br>\nPayment method: BACS<br>\nPayment reference: PR-0418873</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0">\n'
        "<tr><th>Invoice</th><th>Invoice date</th><th>Amount</th></tr>\n"
        "<tr><td>CLS 309882</td><td>02/06/2031</td><td>£1,204.50</td></tr>\n"
        "<tr><td>CLS 310117</td><td>16/06/2031</td><td>£846.00</td></tr>\n"
        '<tr><td colspan="2"><b>Total paid</b></td><td><b>£2,050.50</b></td></tr>\n'
        "</table>\n"
        "<p>This advice was generated automatically by our accounts payable system. Please do not reply to this e-mail. "
        "Queries: apqueries@harrowgatehotels.example, quoting your supplier number.</p>\n"
        "</body></html>\n",
        Lab(
            paid_date="2031-07-24",
            payment_reference="PR-0418873",
            amount="2050.50",
            currency="GBP",
            refs=("309882", "310117"),
            note="automatic AP remittance advice, HTML only, quotes nothing; the amount is the total paid",
        ),
        subject="Remittance advice – Harrowgate Hotels Group – payment PR-0418873",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-de-lindenhof",
        "payment_sent",
        "de",
        ("Petra Hülsmann", "p.huelsmann@seniorenresidenz-lindenhof.example"),
        "2031-07-23 10:18",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung CLS 310552 über 1.318,40 EUR haben wir am Montag, den 21.07.2031, mit unserer Sammelüberweisung beglichen (Auftragsnummer 2031-0721-17). Der Betrag müsste Ihrem Konto inzwischen gutgeschrieben sein.\n\nMit freundlichen Grüßen\ni. A. Petra Hülsmann\nBuchhaltung\nSeniorenresidenz Am Lindenhof gGmbH",
        Lab(
            paid_date="2031-07-21",
            payment_reference="2031-0721-17",
            amount="1318.40",
            currency="EUR",
            refs=("310552",),
        ),
        inv="310552",
        amount="1318.40",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-copy",
        "payment_sent",
        "fr",
        ("Sandrine Morel", "sandrine@brasserie-lescale.example"),
        "2031-07-16 08:47",
        "gmail",
        "Bonjour,\n\nLe virement de 742,80 € est parti hier soir, vous devriez le recevoir d'ici jeudi.\n\nPar contre, est-ce que vous pourriez me renvoyer la facture en PDF ? Notre comptable ne la retrouve pas dans ses mails et elle en a besoin pour la clôture.\n\nMerci et bonne journée,\nSandrine\nBrasserie L'Escale – Sète",
        Lab(
            paid_date="2031-07-15",
            amount="742.80",
            currency="EUR",
            note="paid, plus a copy asked for the books: the payment claim wins, the copy is no condition for paying",
        ),
        amount="742.80",
    ),
    Reply(
        "ps-fr-thalasso",
        "payment_sent",
        "fr",
        ("Marie-Hélène Etcheverry", "administration@thalasso-cotebasque.example"),
        "2031-07-17 15:05",
        "outlook_html",
        "Madame, Monsieur,\n\nNous faisons suite à votre courriel de relance concernant la facture n° CLS 310233.\n\nNous avons l'honneur de vous informer que ce règlement a été effectué par virement SEPA en date du 15 juillet 2031, pour un montant de 2 964,00 €, sous la référence VIR-TCB-0715-093.\n\nNous vous saurions gré de bien vouloir vérifier sa bonne réception et restons à votre disposition pour tout renseignement complémentaire.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nMarie-Hélène Etcheverry\nResponsable administrative et financière\nThalasso Côte Basque – Biarritz",
        Lab(
            paid_date="2031-07-15",
            payment_reference="VIR-TCB-0715-093",
            amount="2964.00",
            currency="EUR",
            refs=("310233",),
            note="very formal register",
        ),
        inv="310233",
        amount="2964.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-lola",
        "payment_sent",
        "es",
        ("Lola", "hostalsanroque@gmail.com"),
        "2031-07-21 13:26",
        "iphone",
        "hola ya esta pagado desde el viernes os mande el justificante a la otra direccion que teneis\n\nLola",
        Lab(
            paid_date="2031-07-18",
            note="no punctuation or accents; 'el viernes' is the Friday before Monday 21 July",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-es-arbres",
        "payment_sent",
        "es",
        ("Jordi Puig", "jpuig@residenciaelsarbres.example"),
        "2031-08-05 09:12",
        "android",
        "Buenos días,\n\nOs confirmo que esta mañana hemos hecho la transferencia de 1.064,50 € correspondiente a la factura CLS 310702. Referencia de la operación: 0049-7731-22.\n\nSaludos,\nJordi Puig\nAdministración – Residència Els Arbres",
        Lab(
            paid_date="2031-08-05",
            payment_reference="0049-7731-22",
            amount="1064.50",
            currency="EUR",
            refs=("310702",),
            note="'esta mañana' is the message date",
        ),
        inv="310702",
        amount="1064.50",
    ),
    Reply(
        "ps-nl-betaald",
        "payment_sent",
        "nl",
        ("Ruud Hendriks", "ruud@pannenkoekenhuisdemolen.example"),
        "2031-07-29 17:55",
        "iphone",
        "Betaald.",
        Lab(note="one word, no day"),
    ),
    Reply(
        "ps-nl-advice",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Van Dijk Hotels",
            "noreply-crediteuren@vandijkhotels.example",
        ),
        "2031-08-06 04:30",
        "notice",
        "Betaalspecificatie\n\nBegunstigde:      Cloverleaf Laundry Services\nCrediteurnummer:  700312\nBetaaldatum:      06-08-2031\nBetaalkenmerk:    BS-2031-32-0088\n\nFactuur        Factuurdatum   Bedrag\nCLS 310640     07-07-2031     € 1.212,00\nCLS 310655     07-07-2031     €   318,75\n                              ----------\nTotaal                        € 1.530,75\n\nDit bericht is automatisch aangemaakt door ons crediteurensysteem. Antwoorden op dit bericht worden niet gelezen. Vragen over deze betaling kunt u stellen via crediteuren@vandijkhotels.example onder vermelding van uw crediteurnummer.",
        Lab(
            paid_date="2031-08-06",
            payment_reference="BS-2031-32-0088",
            amount="1530.75",
            currency="EUR",
            refs=("310640", "310655"),
            note="automatic payment specification from an AP system; quotes nothing",
        ),
        subject="Betaalspecificatie 06-08-2031 – Cloverleaf Laundry Services",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-cortevecchia",
        "payment_sent",
        "it",
        ("Giulia Ferraris", "amministrazione@bbcortevecchia.example"),
        "2031-07-25 11:33",
        "gmail",
        "Buongiorno,\n\nabbiamo saldato la fattura CLS 310388 con bonifico del 24/07, CRO 1101231205678901. In allegato la contabile.\n\nCordiali saluti,\nGiulia Ferraris\nB&B Corte Vecchia – Verona",
        Lab(
            paid_date="2031-07-24",
            payment_reference="1101231205678901",
            refs=("310388",),
            note="bank receipt attached as a PDF",
        ),
        inv="310388",
        attachment="contabile_bonifico_CLS310388.pdf",
    ),
    Reply(
        "ps-it-lido",
        "payment_sent",
        "it",
        ("Salvatore Russo", "salvo.russo@lidoazzurro.example"),
        "2031-08-01 22:10",
        "iphone",
        "GIÀ PAGATO IERI SERA. CONTROLLATE MEGLIO",
        Lab(
            paid_date="2031-07-31",
            note="all caps from a phone; 'ieri sera' is Thursday 31 July; annoyed but not a dispute",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-run",
        "promise_to_pay",
        "en",
        ("Steph Okafor", "ap@meadowbankcare.example"),
        "2031-07-29 11:02",
        "outlook_html",
        "Good morning,\n\nThanks for the reminder. CLS 310574 was approved by the home manager yesterday and has been added to Friday's payment run, so funds should reach you early next week.\n\nKind regards,\n\nSteph Okafor\nAccounts Payable\nMeadowbank Care Group\nTel 01632 961540",
        Lab(
            promised_date="2031-08-01",
            refs=("310574",),
            note="past tense ('was approved', 'has been added') describes a payment still to come: Friday 1 August",
        ),
        inv="310574",
        amount="1932.60",
    ),
    Reply(
        "pr-en-thursday",
        "promise_to_pay",
        "en",
        ("Mel Atkins", "mel@thebeanandbake.example"),
        "2031-07-18 16:20",
        "gmail_plain",
        "Hiya\n\nSorry bit tight this week with wages going out. I'll pay it next Thursday when the card takings clear, promise!! 🙏\n\nMel x",
        Lab(
            promised_date="2031-07-24",
            note="'next Thursday' written on Friday 18 July: the coming Thursday, 24 July",
        ),
        amount="212.40",
    ),
    Reply(
        "pr-en-caps",
        "promise_to_pay",
        "en",
        ("Gaz", "headchef.thegreyhound@gmail.com"),
        "2031-07-21 14:48",
        "android",
        "WILL SORT IT END OF THE MONTH WHEN THE WEDDING LOT PAY US",
        Lab(
            promised_date="2031-07-31",
            note="all caps, no punctuation; 'end of the month' → 31 July; the condition does not undo the promise",
        ),
    ),
    Reply(
        "pr-de-kw34",
        "promise_to_pay",
        "de",
        ("Tobias Wendt", "t.wendt@hotel-am-kurpark.example"),
        "2031-07-31 09:41",
        "outlook",
        "Guten Morgen,\n\ndie Rechnung ist freigegeben, die Zahlung ist für KW 34 eingeplant.\n\nViele Grüße\nTobias Wendt\nFinanzbuchhaltung\nHotel am Kurpark\nBad Kissingen",
        Lab(
            promised_date="2031-08-18",
            note="'KW 34' is the ISO week 18–24 August 2031; a week is labelled with its Monday, as 'next week' is",
        ),
        amount="2480.90",
    ),
    Reply(
        "pr-de-brandl",
        "promise_to_pay",
        "de",
        ("Gisela Brandl", "info@pension-brandl.example"),
        "2031-08-06 21:37",
        "thunderbird",
        "Hallo liebes Cloverleaf-Team,\n\nentschuldigen Sie bitte, dass ich mich erst jetzt melde. Bei uns ist gerade Hochsaison, das Haus ist bis unters Dach voll, und meine Tochter, die sonst die ganze Büroarbeit macht, ist mit den Enkeln an der Ostsee. Im Juni ist uns dann auch noch die große Mangel kaputtgegangen, deshalb hatten wir ja überhaupt die zusätzlichen Tischdecken bei Ihnen bestellt – Ihr Fahrer, der Herr Yılmaz, war übrigens sehr freundlich und hat uns sogar beim Reintragen geholfen, richten Sie ihm das bitte aus.\n\nIch habe mir die Rechnung jetzt angeschaut, die stimmt so. Ich überweise den Betrag am 15.08., wenn die Zahlungen von den Reiseveranstaltern da sind, früher geht es leider nicht. Ich hoffe, das ist in Ordnung.\n\nDie Abholung am Montag können Sie übrigens wie immer um halb acht machen, der Hintereingang ist offen.\n\nHerzliche Grüße aus dem Allgäu\nGisela Brandl\nPension Brandl",
        Lab(
            promised_date="2031-08-15",
            note="long and chatty; the promise is buried in the middle",
        ),
        amount="734.20",
        cte="8bit",
    ),
    Reply(
        "pr-fr-canuts",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim.benali@bistrot-des-canuts.example"),
        "2031-07-15 10:05",
        "apple",
        "Bonjour,\n\nJe vous règle ça fin de mois comme d'habitude, pas d'inquiétude.\n\nBonne journée\nKarim",
        Lab(promised_date="2031-07-31", note="'fin de mois' → 31 July"),
    ),
    Reply(
        "pr-es-olivos",
        "promise_to_pay",
        "es",
        ("Nuria Sáez", "administracion@residencialosolivos.example"),
        "2031-07-24 12:30",
        "outlook",
        "Buenas tardes:\n\nLes confirmo que la factura CLS 310710 se abonará a finales de mes, junto con el resto de proveedores.\n\nAtentamente,\n\nNuria Sáez\nDepartamento de Administración\nResidencia de Mayores Los Olivos",
        Lab(
            promised_date="2031-07-31",
            refs=("310710",),
            note="'a finales de mes' → last day of July",
        ),
        inv="310710",
        amount="1876.30",
        charset="windows-1252",
    ),
    Reply(
        "pr-es-chiringuito",
        "promise_to_pay",
        "es",
        ("Toni Ferrer", "chiringuitoelpescador@gmail.com"),
        "2031-07-30 23:14",
        "iphone",
        "perdon se me paso completamente con el lio del verano, lo pago el lunes sin falta",
        Lab(
            promised_date="2031-08-04",
            note="no accents or punctuation; 'el lunes' after Wednesday 30 July → Monday 4 August",
        ),
    ),
    Reply(
        "pr-nl-duinen",
        "promise_to_pay",
        "nl",
        ("Sanne de Vries", "sanne@strandpaviljoendeduinen.example"),
        "2031-07-14 15:12",
        "gmail",
        "Hoi,\n\nWe betalen over twee weken, dan is het ergste van het seizoen voorbij en staat er weer wat op de rekening. Hopelijk is dat oké.\n\nGroetjes,\nSanne\nStrandpaviljoen De Duinen",
        Lab(
            promised_date="2031-07-28",
            note="'over twee weken' → fourteen days after Monday 14 July",
        ),
    ),
    Reply(
        "pr-nl-noordzee",
        "promise_to_pay",
        "nl",
        ("Marleen Bakker", "crediteuren@hotelgroepnoordzee.example"),
        "2031-08-04 10:26",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nUw factuur CLS 310740 is inmiddels goedgekeurd en staat ingepland voor de betaalrun van donderdag 7 augustus.\n\nMet vriendelijke groet,\n\nMarleen Bakker\nCrediteurenadministratie\nHotelgroep Noordzee B.V.",
        Lab(
            promised_date="2031-08-07",
            refs=("310740",),
            note="'goedgekeurd' is past, the payment run is to come",
        ),
        inv="310740",
        amount="3210.45",
    ),
    Reply(
        "pr-it-spa",
        "promise_to_pay",
        "it",
        ("Chiara Conti", "c.conti@spatermedivalle.example"),
        "2031-07-22 08:55",
        "android",
        "Buongiorno, provvediamo entro fine mese.\nCordiali saluti\nChiara Conti",
        Lab(promised_date="2031-07-31", note="'entro fine mese' → 31 July"),
    ),
    Reply(
        "pr-it-rimini",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "marco@hotelbellini-rimini.example"),
        "2031-08-01 17:40",
        "gmail_plain",
        "Salve,\n\nci scusiamo per il ritardo. I 1.250,00 € ve li bonifichiamo il 18/08, al rientro dell'ufficio dopo Ferragosto.\n\nMarco Bellini\nHotel Bellini – Rimini",
        Lab(
            promised_date="2031-08-18",
            amount="1250.00",
            currency="EUR",
            note="'18/08' in Italian day/month order",
        ),
        amount="1250.00",
    ),
]

DISPUTE = [
    Reply(
        "d-en-kingsarms",
        "dispute",
        "en",
        ("Rachel Kimber", "rachel.kimber@thekingsarmshotel.example"),
        "2031-07-16 12:14",
        "gmail",
        "Hi,\n\nWe have NOT paid this invoice and won't be until someone sorts out the last two deliveries. Half the tablecloths came back with grey marks all over them and we were 40 napkins short on the 19th June drop. I've emailed photos to your depot twice and heard nothing.\n\nHappy to pay for what we actually received in a usable state. Please call me.\n\nRachel Kimber\nGeneral Manager, The King's Arms Hotel",
        Lab(note="negated payment with the reason: quality and a short delivery"),
        amount="1388.00",
    ),
    Reply(
        "d-en-golf",
        "dispute",
        "en",
        ("David Lowry", "finance@ashcombeparkgolf.example"),
        "2031-07-23 14:40",
        "outlook",
        "Dear Sir/Madam,\n\nWe paid CLS 309954 in full on 30 June.\n\nCLS 310021 is under query. It charges six weekly collections for June, but your van only came four times (nobody turned up in the week of the 9th, and the collection on the 23rd was cancelled by your depot). Please issue a credit note for the two missed collections and we will then settle the balance.\n\nRegards,\n\nDavid Lowry\nFinance Office\nAshcombe Park Golf Club",
        Lab(
            refs=("309954", "310021"),
            note="one invoice paid, the other contested: dispute wins over the payment claim",
        ),
        inv="310021",
        amount="624.00",
        issued="2031-06-30",
    ),
    Reply(
        "d-en-contract",
        "dispute",
        "en",
        ("Joanne Hale", "joanne.hale@willowbrook-carehomes.example"),
        "2031-08-05 16:10",
        "outlook_html",
        "Dear Accounts Team,\n\nI am writing regarding invoice CLS 310601. The invoice applies your new price list from 1 July, but our agreement (signed in March) fixes the per-item rates for 24 months. We were not consulted about any increase and have not agreed to one.\n\nPlease reissue the invoice at the contract rates. We will not be processing it in its current form.\n\nYours sincerely,\n\nJoanne Hale\nFinance Manager\nWillowbrook Care Homes Ltd",
        Lab(
            refs=("310601",),
            note="price contested against the contract; the reissue request follows from the dispute",
        ),
        inv="310601",
        amount="2215.80",
        headers=(SUPPRESS,),
    ),
    Reply(
        "d-de-hirschen",
        "dispute",
        "de",
        ("Frank Oberländer", "f.oberlaender@hotel-zum-hirschen.example"),
        "2031-07-17 11:25",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung CLS 310445 können wir so nicht freigeben. Berechnet sind 120 Bettlaken, laut unserem unterschriebenen Lieferschein vom 27.06. haben wir aber nur 80 erhalten.\n\nBitte korrigieren Sie die Rechnung entsprechend.\n\nMit freundlichen Grüßen\nFrank Oberländer\nHotel Zum Hirschen",
        Lab(refs=("310445",), note="quantity billed against the signed delivery note"),
        inv="310445",
        amount="1092.00",
        charset="windows-1252",
    ),
    Reply(
        "d-de-koehler",
        "dispute",
        "de",
        ("Jana Köhler", "info@praxis-spa-koehler.example"),
        "2031-07-28 18:02",
        "gmail_plain",
        "Hallo,\n\nwir haben den Handtuchservice schon zum 30.06. gekündigt, die Bestätigung Ihrer Kollegin liegt mir schriftlich vor. Im Juli wurde bei uns auch nichts mehr geliefert. Die Juli-Rechnung ist also nicht berechtigt, bitte stornieren.\n\nGruß\nJana Köhler",
        Lab(note="service cancelled before the billed month"),
        amount="168.00",
        issued="2031-07-01",
    ),
    Reply(
        "d-fr-nappes",
        "dispute",
        "fr",
        ("Julien Roux", "julien@latabledejulien.example"),
        "2031-07-21 23:40",
        "iphone",
        "Non on ne paiera pas tant que le problème des nappes n'est pas réglé. La moitié est arrivée avec des taches, on a dû les relaver nous mêmes un samedi soir. Rappelez moi.\n\nJulien",
        Lab(note="refusal to pay with the reason"),
    ),
    Reply(
        "d-fr-valmont",
        "dispute",
        "fr",
        ("Isabelle Fontaine", "comptabilite@groupevalmont.example"),
        "2031-08-07 10:50",
        "outlook_html",
        "Bonjour,\n\nLes factures CLS 310298 et CLS 310312 portent sur la même prestation (location de linge, semaine 27, hôtel de Colmar). Il s'agit manifestement d'une double facturation. La première ayant été réglée le 10 juillet, nous ne réglerons pas la seconde.\n\nMerci de nous faire parvenir un avoir.\n\nCordialement,\n\nIsabelle Fontaine\nService comptabilité fournisseurs\nGroupe Hôtelier Valmont",
        Lab(
            refs=("310298", "310312"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="310312",
        amount="1540.00",
        issued="2031-07-07",
        charset="windows-1252",
    ),
    Reply(
        "d-es-marazul",
        "dispute",
        "es",
        ("Elena Vidal", "elena@spamarazul.example"),
        "2031-07-25 13:05",
        "gmail",
        "Hola,\n\nNo estamos de acuerdo con esta factura. Nos cargan 14 albornoces como «perdidos» y esos albornoces nunca fueron nuestros: nosotros solo tenemos contratadas toallas y sábanas. Además, el precio por kilo no es el que pactamos con vuestro comercial en mayo.\n\nPor favor, revisadla y enviadnos una corregida.\n\nUn saludo,\nElena Vidal\nSpa Mar Azul – Sitges",
        Lab(note="charges contested; the corrected invoice follows from the dispute"),
        amount="980.00",
    ),
    Reply(
        "d-nl-wapen",
        "dispute",
        "nl",
        ("Pieter Jansen", "p.jansen@hotelhetwapen.example"),
        "2031-07-31 15:18",
        "outlook",
        "Goedemiddag,\n\nHet deel voor de handdoeken en het beddengoed hebben we vorige week betaald (€ 318,00). De toeslag voor een spoedlevering op 24 juni betalen we niet: die hebben wij nooit aangevraagd, uw chauffeur kwam gewoon een dag eerder dan gepland.\n\nGraag een creditnota voor die toeslag.\n\nMet vriendelijke groet,\nPieter Jansen\nHotel Het Wapen",
        Lab(note="part paid, the rest contested: dispute"),
        amount="496.00",
        charset="windows-1252",
    ),
    Reply(
        "d-nl-anouk",
        "dispute",
        "nl",
        ("Anouk Peeters", "anouk@lunchroombijanouk.example"),
        "2031-08-04 08:31",
        "iphone",
        "Deze factuur klopt niet. We zijn de hele maand juli dicht geweest voor de verbouwing, er is niks opgehaald of gebracht.",
        Lab(note="billed for a month without service"),
        amount="142.50",
        issued="2031-07-01",
    ),
    Reply(
        "d-it-sanmarco",
        "dispute",
        "it",
        ("Francesca Moretti", "f.moretti@hotelsanmarco-firenze.example"),
        "2031-07-15 16:45",
        "outlook_html",
        "Gentili signori,\n\ncontestiamo la fattura CLS 310477: il ritiro del 23 giugno indicato in fattura non è mai avvenuto (il vostro furgone non si è presentato e abbiamo dovuto noleggiare biancheria altrove per il fine settimana).\n\nVi chiediamo di emettere una nota di credito per la parte relativa a quel ritiro.\n\nDistinti saluti,\n\nFrancesca Moretti\nResponsabile amministrativa\nHotel San Marco – Firenze",
        Lab(refs=("310477",)),
        inv="310477",
        amount="1320.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "d-it-trattoria",
        "dispute",
        "it",
        ("Paolo Greco", "paolo.greco@trattoriadapaolo.example"),
        "2031-07-30 11:10",
        "thunderbird",
        "Buongiorno,\n\nnon abbiamo pagato e non pagheremo finché non ci restituite le 30 federe e le 12 tovaglie che mancano dall'ultimo giro. Ve l'abbiamo già detto due volte al telefono.\n\nPaolo Greco",
        Lab(note="negation with the reason: missing items"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-brambles",
        "payment_plan",
        "en",
        ("Sue Whitlock", "sue@brambles-bnb.example"),
        "2031-07-15 20:33",
        "gmail_plain",
        "Hello,\n\nI'm sorry this is late. I had an operation in June and we had to close the B&B for five weeks, so there's been no money coming in. We're open again now but it will take a while to catch up.\n\nWould it be possible to pay £100 a month until it's cleared? I can set up a standing order from the 1st of August.\n\nThank you for being patient with us.\n\nSue Whitlock\nBrambles B&B",
        Lab(note="hardship and monthly instalments"),
        amount="734.00",
    ),
    Reply(
        "pp-en-saltings",
        "payment_plan",
        "en",
        ("Tom Ridley", "tom@thesaltings-restaurant.example"),
        "2031-08-01 09:58",
        "apple",
        "Morning,\n\nI've sent £300 this morning and I'll clear the other £312.40 on the 15th when the August deposits come in. Hope that's ok.\n\nTom\nThe Saltings Seafood Restaurant",
        Lab(
            note="part paid now, the rest on the 15th: payment_plan; plan dates and amounts are not labelled"
        ),
        amount="612.40",
    ),
    Reply(
        "pp-en-hospice",
        "payment_plan",
        "en",
        ("Helen Marsh", "h.marsh@stcolumbashospice.example"),
        "2031-07-24 15:35",
        "outlook_html",
        "Dear Sir or Madam,\n\nThank you for your e-mail regarding invoice CLS 310450.\n\nThe Trust is currently managing a temporary shortfall following a delay in our quarterly grant payment. We do not dispute the invoice, but we would be grateful if you would agree to our settling the balance of £4,860.00 in three equal monthly instalments of £1,620.00, on the last working day of August, September and October.\n\nI should be grateful if you could confirm whether this is acceptable.\n\nYours faithfully,\n\nHelen Marsh\nDirector of Finance\nSt Columba's Hospice Trust",
        Lab(
            refs=("310450",),
            note="instalments proposed; the invoice is explicitly not disputed",
        ),
        inv="310450",
        amount="4860.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-bosporus",
        "payment_plan",
        "de",
        ("Murat Aydın", "m.aydin@restaurant-bosporus.example"),
        "2031-07-18 14:02",
        "android",
        "Hallo, könnten wir den offenen Betrag in drei Raten zahlen? Erste Rate Ende August, dann Ende September und Ende Oktober. Im Moment ist es leider etwas knapp. Danke!\nMurat Aydın",
        Lab(note="three instalments"),
        amount="1860.00",
    ),
    Reply(
        "pp-de-sonnenhang",
        "payment_plan",
        "de",
        ("Hannelore Vogt", "vogt@kurhotel-sonnenhang.example"),
        "2031-07-30 10:14",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie höflich um einen Zahlungsaufschub für die o. g. Rechnung bis Ende September. Durch das verregnete Frühjahr und zwei Gruppenstornierungen ist unsere Liquidität derzeit angespannt. Die Forderung selbst ist unstrittig.\n\nFür Ihr Verständnis danken wir Ihnen im Voraus.\n\nMit freundlichen Grüßen\nHannelore Vogt\nGeschäftsführung\nKurhotel Sonnenhang",
        Lab(note="asks for more time, claim not contested → payment_plan"),
        amount="2740.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-jardins",
        "payment_plan",
        "fr",
        ("Camille Garnier", "camille@spa-lesjardinsdor.example"),
        "2031-07-22 17:12",
        "gmail",
        "Bonjour,\n\nNous traversons une période un peu compliquée depuis les travaux de la rue (l'accès au spa a été fermé pendant six semaines). Serait-il possible de mettre en place un échéancier sur quatre mois pour cette facture ?\n\nMerci d'avance pour votre compréhension.\n\nCamille Garnier\nSpa Les Jardins d'Or",
        Lab(note="échéancier over four months"),
        amount="1980.00",
    ),
    Reply(
        "pp-fr-auberge",
        "payment_plan",
        "fr",
        ("Nicolas Perret", "nicolas@aubergedupont.example"),
        "2031-08-06 19:20",
        "iphone",
        "Bonsoir je vous fais un virement de 500 € demain et le reste début septembre, c'est tout ce que je peux faire pour l'instant.\nNicolas",
        Lab(note="part tomorrow, the rest later: payment_plan"),
        amount="1120.00",
    ),
    Reply(
        "pp-es-bahia",
        "payment_plan",
        "es",
        ("Carmen Ortega", "carmen.ortega@hotelbahia-cadiz.example"),
        "2031-07-16 11:48",
        "outlook",
        "Buenos días:\n\n¿Sería posible abonar esta factura en dos veces? La mitad a finales de julio y la otra mitad a primeros de septiembre.\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\nCarmen Ortega\nHotel Bahía – Cádiz",
        Lab(note="two payments proposed; plan dates are not labelled"),
        amount="1452.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-almendro",
        "payment_plan",
        "es",
        ("Rafa Medina", "rafamedina.casarural@gmail.com"),
        "2031-08-07 13:15",
        "gmail_plain",
        "Hola buenas,\n\nOs escribo porque hemos tenido una inundación en la cocina de la casa rural y hemos tenido que cancelar reservas de casi dos semanas. Necesitaríamos un poco más de margen, ¿nos podéis dar hasta el 15 de septiembre para pagar esta factura? No es que no queramos pagar, es que ahora mismo no llegamos.\n\nGracias,\nRafa\nCasa Rural El Almendro",
        Lab(note="hardship and a request for more time → payment_plan, not a promise"),
        amount="645.30",
    ),
    Reply(
        "pp-nl-debron",
        "payment_plan",
        "nl",
        ("Lotte Visser", "lotte@wellnesscentrumdebron.example"),
        "2031-07-25 10:40",
        "apple",
        "Goedemorgen,\n\nKunnen we deze factuur in termijnen betalen? Bijvoorbeeld 3 x € 400, telkens aan het begin van de maand, te beginnen in augustus.\n\nAlvast bedankt,\nLotte Visser\nWellnesscentrum De Bron",
        Lab(note="instalments"),
        amount="1200.00",
    ),
    Reply(
        "pp-it-villaserena",
        "payment_plan",
        "it",
        ("Roberto Esposito", "r.esposito@casadicura-villaserena.example"),
        "2031-07-17 09:50",
        "outlook",
        "Spett.le Cloverleaf Laundry Services,\n\ncon la presente chiediamo la possibilità di rateizzare l'importo della fattura in oggetto in tre rate mensili di pari importo, a partire dal mese di agosto. La casa di cura è in attesa dei rimborsi regionali del secondo trimestre, che sono in ritardo.\n\nRestiamo in attesa di un vostro cortese riscontro.\n\nDistinti saluti\nRoberto Esposito\nUfficio Amministrazione\nCasa di Cura Villa Serena",
        Lab(note="formal request to pay in three instalments"),
        amount="3150.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "pp-it-poggio",
        "payment_plan",
        "it",
        ("Lucia Bartoli", "lucia@agriturismoilpoggio.example"),
        "2031-08-05 20:05",
        "gmail",
        "Ciao, vi mando 400 euro adesso col bonifico e il resto entro fine agosto, va bene? Stagione difficile quest'anno.\nLucia – Agriturismo Il Poggio",
        Lab(note="part now, the rest by the end of August: payment_plan"),
        amount="960.00",
        cte="b64",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-council",
        "invoice_request",
        "en",
        (
            "Accounts Payable - Shropford Borough Council",
            "accounts.payable@shropford.gov.example",
        ),
        "2031-07-14 10:33",
        "outlook",
        "Dear Supplier,\n\nWe are unable to process invoice CLS 310052 as it does not quote a valid Council purchase order number. The Council operates a strict 'No PO, No Pay' policy.\n\nOnce you send us the invoice with the purchase order number shown on it (your contact at Fenwick Lodge residential home can provide this), we will pay it in our next payment run.\n\nRegards,\n\nAccounts Payable Team\nShropford Borough Council\nThis mailbox is monitored Monday to Friday, 9am–4pm.",
        Lab(
            refs=("310052",),
            note="conditional payment: a PO on the invoice is needed first, nothing contested → invoice_request",
        ),
        inv="310052",
        amount="1106.40",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-statement",
        "invoice_request",
        "en",
        ("Ben Carter", "ben@thehollyandivy.example"),
        "2031-07-28 11:52",
        "gmail",
        "Hi there,\n\nCould you send me a full statement for our account? I think some of these have already been paid and I'd like to go through it line by line before paying anything else.\n\nCheers,\nBen\nThe Holly & Ivy",
        Lab(note="statement of account asked for; nothing contested yet"),
        amount="389.60",
    ),
    Reply(
        "ir-en-kestrel",
        "invoice_request",
        "en",
        ("Priya Raman", "procurement@kestrelhall-conferences.example"),
        "2031-08-08 09:22",
        "outlook_html",
        "Good morning,\n\nBefore we can pay invoice CLS 310760 we need to complete your supplier set-up. Please send us your bank details on company letterhead, signed by a director, together with a completed copy of the attached supplier form and your VAT registration number.\n\nAs soon as these are received the invoice will be released for payment.\n\nKind regards,\n\nPriya Raman\nProcurement & Supplier Set-up\nKestrel Hall Conference Centre",
        Lab(
            refs=("310760",),
            note="bank details and a supplier form are needed before paying; nothing contested",
        ),
        inv="310760",
        amount="2904.00",
        attachment="Kestrel_Hall_new_supplier_form.pdf",
    ),
    Reply(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("Sabine Krüger", "rechnungseingang@stadt-hallbergen.example"),
        "2031-07-21 08:40",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nfür das Stadtbad Hallbergen können wir Ihre Rechnung CLS 310333 nicht bearbeiten, da sie uns nur als PDF vorliegt. Als öffentlicher Auftraggeber nehmen wir Rechnungen ausschließlich im Format XRechnung über unser Rechnungseingangsportal an; bitte geben Sie dabei die Leitweg-ID 09-A1234-56 an.\n\nNach Eingang der XRechnung wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\nSabine Krüger\nKämmerei – Rechnungseingang\nStadtverwaltung Hallbergen",
        Lab(
            refs=("310333",),
            note="public body needs an e-invoice in its format before paying",
        ),
        inv="310333",
        amount="1764.00",
    ),
    Reply(
        "ir-de-maurer",
        "invoice_request",
        "de",
        ("Stefan Maurer", "stefan@gasthof-maurer.example"),
        "2031-08-04 19:07",
        "gmail_plain",
        "Servus,\n\ndie Rechnung haben wir nie bekommen, weder per Post noch per Mail. Schicken Sie sie bitte nochmal, dann zahle ich sie gleich.\n\nStefan Maurer\nGasthof Maurer",
        Lab(note="never received the invoice; payment depends on getting it"),
        amount="327.80",
    ),
    Reply(
        "ir-fr-tilleuls",
        "invoice_request",
        "fr",
        ("Hélène Dufresne", "h.dufresne@residence-les-tilleuls.example"),
        "2031-07-18 10:02",
        "outlook",
        "Bonjour,\n\nPourriez-vous nous renvoyer la facture CLS 310178 en y faisant figurer notre numéro de TVA intracommunautaire (FR 47 512 345 678) ainsi que l'adresse de facturation de notre siège ? Notre service comptable ne peut pas l'enregistrer en l'état.\n\nDès réception, nous procéderons au règlement.\n\nCordialement,\nHélène Dufresne\nEHPAD Résidence Les Tilleuls",
        Lab(
            refs=("310178",),
            note="reissue with VAT number and billing address, amount not contested",
        ),
        inv="310178",
        amount="1284.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-creperie",
        "invoice_request",
        "fr",
        ("Manon Le Gall", "manon@creperie-tybreizh.example"),
        "2031-07-29 16:44",
        "iphone",
        "Bonjour, on n'a jamais reçu cette facture, vous pouvez me la renvoyer svp ? Et votre RIB aussi, notre comptable en a besoin pour faire le virement. Merci !\nManon – Crêperie Ty Breizh",
        Lab(note="invoice copy and bank details needed"),
    ),
    Reply(
        "ir-es-plazamayor",
        "invoice_request",
        "es",
        ("Javier Romero", "jromero@hotelplazamayor-salamanca.example"),
        "2031-07-23 12:21",
        "gmail",
        "Buenos días,\n\n¿Nos podéis mandar una copia de la factura y los albaranes firmados de junio? Sin los albaranes no nos la dejan contabilizar.\n\nGracias,\nJavier Romero\nRecepción / Administración\nHotel Plaza Mayor",
        Lab(note="copy and signed delivery notes needed"),
        amount="1035.60",
    ),
    Reply(
        "ir-es-mediterraneo",
        "invoice_request",
        "es",
        ("Montserrat Gil", "cuentasapagar@grupohotelesmediterraneo.example"),
        "2031-08-06 10:05",
        "outlook_html",
        "Estimados señores:\n\nPara poder tramitar el pago de la factura CLS 310705 es imprescindible que en ella figure nuestro número de pedido (formato PO-XXXXXX), que les facilitará el hotel que realizó el encargo. Les rogamos que nos remitan la factura rectificada con dicho dato.\n\nAtentamente,\n\nMontserrat Gil\nCuentas a Pagar\nGrupo Hoteles Mediterráneo",
        Lab(
            refs=("310705",),
            note="reissue with the customer's order number before payment",
        ),
        inv="310705",
        amount="2318.75",
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-delinde",
        "invoice_request",
        "nl",
        ("Jeroen Smit", "jeroen@hotelrestaurantdelinde.example"),
        "2031-07-16 14:30",
        "thunderbird",
        "Goedemiddag,\n\nKunt u mij een kopie van deze factuur sturen, samen met de afleverbonnen van juni? Onze boekhouder wil ze naast elkaar leggen voordat we betalen.\n\nMet vriendelijke groet,\nJeroen Smit\nHotel-Restaurant De Linde",
        Lab(note="copy and delivery notes before paying, nothing contested"),
        amount="754.20",
        cte="8bit",
    ),
    Reply(
        "ir-nl-watisdit",
        "invoice_request",
        "nl",
        ("Fatima El Amrani", "fatima@beautyspa-zen.example"),
        "2031-08-07 12:10",
        "iphone",
        "Wat is dit voor factuur? We hebben geen idee waar dit over gaat. Kunnen jullie laten zien wat er geleverd is?",
        Lab(
            note="asks what the charge is and for proof of delivery: the collector answers with the details"
        ),
        amount="86.40",
    ),
    Reply(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Silvia Marchetti", "amministrazione@hotellagoblu.example"),
        "2031-07-28 09:15",
        "outlook",
        "Buongiorno,\n\nla fattura CLS 310540 non ci risulta arrivata tramite SDI. Per poterla registrare e pagare ci serve la fattura elettronica: codice destinatario M5UXCR1, P.IVA 01234560987.\n\nGrazie,\nSilvia Marchetti\nUfficio Amministrazione – Hotel Lago Blu",
        Lab(
            refs=("310540",),
            note="needs the electronic invoice through the national exchange before paying",
        ),
        inv="310540",
        amount="1488.00",
        charset="windows-1252",
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Craig Lawson", "craiglawson1979@gmail.com"),
        "2031-07-17 20:18",
        "gmail_plain",
        "Hi,\n\nI left the Quayside Hotel at the end of June so I can't help with this I'm afraid. You want Lisa Tranter, she's the new ops manager: l.tranter@quaysidehotel-falmouth.example\n\nAll the best,\nCraig",
        Lab(new_contact="l.tranter@quaysidehotel-falmouth.example"),
        amount="1015.20",
    ),
    Reply(
        "wc-en-pa",
        "wrong_contact",
        "en",
        ("Emma Fitzgerald", "emma.fitzgerald@grangemoorhotels.example"),
        "2031-07-25 09:05",
        "outlook_html",
        "Good morning,\n\nI'm the PA to our Managing Director, so I'm afraid supplier invoices don't come through me. Could you please send this, and any future reminders, to our Purchase Ledger team at purchase.ledger@grangemoorhotels.example? They'll be able to help.\n\nKind regards,\n\nEmma Fitzgerald\nPA to the Managing Director\nGrangemoor Hotels Ltd",
        Lab(
            new_contact="purchase.ledger@grangemoorhotels.example",
            note="an assistant redirecting to the purchase ledger",
        ),
        amount="3402.00",
    ),
    Reply(
        "wc-en-phish",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@hollybankspa.example"),
        "2031-08-01 07:12",
        "outlook",
        "Dear Accounts,\n\nPlease kindly update your records. With immediate effect all invoices, statements and reminders for Hollybank Spa should be sent ONLY to hollybankspa.accounts@gmail.com as our company mailbox is being discontinued due to IT migration.\n\nKindly do not reply to this address anymore and do not call the office regarding this change as staff are not aware yet.\n\nRegards\nAccounts Department\nHollybank Spa",
        Lab(
            new_contact="hollybankspa.accounts@gmail.com",
            note="phishing-like redirect to a free-mail address ('do not call the office'); labelled by what it asks, but a person must verify before any record is changed",
        ),
        amount="1540.00",
    ),
    Reply(
        "wc-de-parkhotel",
        "wrong_contact",
        "de",
        ("Lena Hartmann", "l.hartmann@parkhotel-seeblick.example"),
        "2031-07-30 12:40",
        "iphone",
        "Ich bin seit 1. Juli nicht mehr im Parkhotel. Bitte wenden Sie sich an buchhaltung@parkhotel-seeblick.example\n\nL. Hartmann",
        Lab(new_contact="buchhaltung@parkhotel-seeblick.example"),
    ),
    Reply(
        "wc-fr-forge",
        "wrong_contact",
        "fr",
        ("Élodie Marchand", "elodie@restaurant-lavieilleforge.example"),
        "2031-07-14 18:25",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du restaurant depuis le mois dernier. Merci de voir directement avec notre nouveau cabinet comptable : compta@cabinet-perrinassocies.example (M. Perrin).\n\nBonne soirée,\nÉlodie",
        Lab(new_contact="compta@cabinet-perrinassocies.example"),
    ),
    Reply(
        "wc-fr-particulier",
        "wrong_contact",
        "fr",
        ("Bernard Lefèvre", "bernard.lefevre54@gmail.com"),
        "2031-07-31 10:03",
        "gmail_plain",
        "Bonjour,\n\nVous vous êtes trompés d'adresse. Je suis un particulier, je n'ai jamais été client chez vous et je ne connais pas cet établissement.\n\nB. Lefèvre",
        Lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-es-solymar",
        "wrong_contact",
        "es",
        ("María Pons", "recepcion@hotelsolymar-benidorm.example"),
        "2031-07-19 11:30",
        "outlook",
        "Buenos días,\n\nEste correo es el de recepción; las facturas de proveedores las lleva el departamento de administración. Por favor, envíen la factura y los recordatorios a administracion@hotelsolymar-benidorm.example.\n\nUn saludo,\nMaría – Recepción\nHotel Sol y Mar",
        Lab(new_contact="administracion@hotelsolymar-benidorm.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-es-miramar",
        "wrong_contact",
        "es",
        ("Andrés Navarro", "andresnavarro.m@gmail.com"),
        "2031-08-02 13:50",
        "iphone",
        "Ya no trabajo en el Hostal Miramar, hablen con Paco que es el nuevo encargado. Yo no tengo nada que ver con esto",
        Lab(note="no longer there; a name but no address"),
    ),
    Reply(
        "wc-nl-zeezicht",
        "wrong_contact",
        "nl",
        ("Daan Mulder", "info@strandhotelzeezicht.example"),
        "2031-07-22 10:55",
        "outlook_html",
        "Goedemorgen,\n\nDit is ons algemene infoadres, facturen worden hier niet verwerkt. Wilt u de factuur en eventuele herinneringen voortaan naar crediteuren@strandhotelzeezicht.example sturen?\n\nMet vriendelijke groet,\nDaan Mulder\nReceptie Strandhotel Zeezicht",
        Lab(new_contact="crediteuren@strandhotelzeezicht.example"),
        amount="2640.00",
    ),
    Reply(
        "wc-nl-tandarts",
        "wrong_contact",
        "nl",
        ("Tandartspraktijk Oosterhout", "praktijk@tandartsoosterhout.example"),
        "2031-08-05 08:20",
        "thunderbird",
        "Goedemorgen,\n\nU heeft het verkeerde adres te pakken. Wij zijn een tandartspraktijk en hebben nooit linnengoed bij u gehuurd. Misschien bedoelt u een andere praktijk met een vergelijkbare naam?\n\nMet vriendelijke groet,\nAssistente tandartspraktijk Oosterhout",
        Lab(note="not a customer at all, no new address"),
    ),
    Reply(
        "wc-it-governante",
        "wrong_contact",
        "it",
        ("Rosa Fontana", "governante@hotelcastelloantico.example"),
        "2031-07-16 15:20",
        "gmail",
        "Buongiorno,\n\nio sono la governante, mi occupo della biancheria ma non dei pagamenti. Per le questioni amministrative dovete scrivere a amministrazione@hotelcastelloantico.example.\n\nGrazie,\nRosa Fontana",
        Lab(new_contact="amministrazione@hotelcastelloantico.example"),
    ),
    Reply(
        "wc-it-lanterna",
        "wrong_contact",
        "it",
        ("Vittorio Santoro", "v.santoro@ristorantelanterna.example"),
        "2031-08-06 17:30",
        "outlook",
        "Buonasera,\n\nvi informo che dal 1° luglio il ristorante è stato ceduto e non ne sono più il titolare. Per tutto ciò che riguarda il ristorante dovete rivolgervi alla nuova gestione: contabilita@lanternagestioni.example.\n\nCordiali saluti\nVittorio Santoro",
        Lab(
            new_contact="contabilita@lanternagestioni.example",
            note="business sold; the new owners' address",
        ),
        charset="windows-1252",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-stop",
        "unsubscribe",
        "en",
        ("Lee Marsden", "lee@thecrownandanchor.example"),
        "2031-07-23 22:48",
        "iphone",
        "I'll pay it Friday. Now PLEASE stop emailing me every other day, it's the third one this fortnight",
        Lab(note="promise plus a stop request: unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Gregory Stanton", "g.stanton@stantonmerrill-law.example"),
        "2031-08-04 14:15",
        "outlook_html",
        "Dear Sirs,\n\nOur client: Fernhill Manor Nursing Home Ltd\nYour invoice: CLS 310570\n\nWe act for the above-named client, who has forwarded to us your e-mail of 1 August.\n\nOur client disputes liability for this invoice for the reasons set out in its letter to you of 18 July. Please do not contact our client directly about this matter. Any further correspondence should be addressed to this firm by post, quoting our reference GS/FER/0412.\n\nYours faithfully,\n\nGregory Stanton\nStanton Merrill LLP",
        Lab(
            refs=("310570",),
            note="solicitors: a dispute is mentioned, but 'do not contact our client, write to us by post' → unsubscribe wins",
        ),
        inv="310570",
        amount="6120.00",
        lag=3,
    ),
    Reply(
        "un-en-post",
        "unsubscribe",
        "en",
        ("Margaret Ellison", "office@ellisonguesthouse.example"),
        "2031-07-15 09:20",
        "outlook",
        "Good morning,\n\nAs I have told your office before, we do not deal with accounts by e-mail. Please send any invoices or statements to us by post at the guest house address and they will be dealt with in the usual way.\n\nM. Ellison",
        Lab(note="'post only' → unsubscribe"),
        cte="b64",
    ),
    Reply(
        "un-de-abendrot",
        "unsubscribe",
        "de",
        ("Wolfgang Lehner", "verwaltung@haus-abendrot.example"),
        "2031-07-24 16:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns künftig keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in Rechnungsangelegenheiten erfolgt bei uns ausschließlich auf dem Postweg.\n\nMit freundlichen Grüßen\nWolfgang Lehner\nVerwaltungsleitung\nSeniorenheim Haus Abendrot",
        Lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-kaya",
        "unsubscribe",
        "de",
        ("Mehmet Kaya", "kaya@grillhaus-kaya.example"),
        "2031-08-07 21:33",
        "iphone",
        "Das ist die dritte Mail diese Woche!! Hören Sie auf mir zu schreiben, das ist längst bezahlt.",
        Lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Philippe Caron", "p.caron@hotel-lesoliviers-nice.example"),
        "2031-07-29 18:40",
        "gmail",
        "Monsieur,\n\nMerci de ne plus m'écrire à ce sujet. Ce dossier est désormais entre les mains de notre avocat, Maître Lemoine, à qui vous pourrez vous adresser.\n\nPhilippe Caron\nHôtel Les Oliviers",
        Lab(note="'talk to our lawyer', no address → unsubscribe"),
    ),
    Reply(
        "un-es-fuentes",
        "unsubscribe",
        "es",
        ("Ignacio Herrera", "iherrera@balneariolasfuentes.example"),
        "2031-07-17 13:40",
        "outlook",
        "Señores:\n\nLes ruego que dejen de enviarnos correos sobre esta factura. Cualquier reclamación deberá dirigirse a través de nuestro abogado, al que ya hemos trasladado el asunto.\n\nAtentamente,\nIgnacio Herrera\nGerente – Balneario Las Fuentes",
        Lab(note="stop e-mailing, lawyer named without an address"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-caps",
        "unsubscribe",
        "es",
        ("Pili Martínez", "pili@peluqueriaspa-pili.example"),
        "2031-08-01 12:02",
        "gmail_plain",
        "BORRENME DE SU LISTA DE UNA VEZ. NO SE QUIENES SON USTEDES NI POR QUE ME ESCRIBEN",
        Lab(note="all caps; remove-me plus 'I don't know you': unsubscribe beats wrong_contact"),
    ),
    Reply(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Kees Bosman", "kees@hoteldewaterlelie.example"),
        "2031-07-21 07:30",
        "gmail_plain",
        "afmelden",
        Lab(note="one word"),
    ),
    Reply(
        "un-nl-deweide",
        "unsubscribe",
        "nl",
        ("Ingrid Hoekstra", "administratie@zorgcentrumdeweide.example"),
        "2031-08-01 11:12",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij verzoeken u vriendelijk om herinneringen en andere correspondentie voortaan uitsluitend per post te versturen. Deze mailbox wordt niet gebruikt voor de financiële administratie.\n\nMet vriendelijke groet,\nIngrid Hoekstra\nZorgcentrum De Weide",
        Lab(note="post only; no other address given, so not wrong_contact"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-terme",
        "unsubscribe",
        "it",
        ("Alessandra Ricci", "direzione@termesanfelice.example"),
        "2031-07-23 10:48",
        "outlook_html",
        "Gentili signori,\n\nvi preghiamo di non inviare più solleciti a questo indirizzo di posta elettronica. Per qualsiasi comunicazione relativa alla fattura in oggetto vogliate scriverci esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti\nAlessandra Ricci\nDirezione – Terme San Felice",
        Lab(note="registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-gennaro",
        "unsubscribe",
        "it",
        ("Gennaro Esposito", "gennaro@pizzeriadagennaro.example"),
        "2031-07-31 23:55",
        "iphone",
        "basta mail!!! ho gia detto al vostro autista che pago a settembre",
        Lab(note="stop request with a vague promise: unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-leave",
        "auto_reply",
        "en",
        ("Claire Donnelly", "claire.donnelly@riversidehotels.example"),
        "2031-07-25 08:36",
        "notice",
        "Thank you for your email. I am on annual leave and will be back in the office on Monday 4th August. I will have limited access to email while I am away.\n\nFor anything urgent please contact the Finance team on 01632 960888.\n\nClaire",
        Lab(return_date="2031-08-04"),
        lag=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Northvale Care Finance Shared Services", "fss@northvalecare.example"),
        "2031-07-29 08:38",
        "notice",
        "Thank you for contacting Finance Shared Services.\n\nYour enquiry has been logged with the reference FSS-0458821. Please quote this reference in the subject line of any further correspondence.\n\nWe aim to respond to supplier enquiries within 5 working days. Please do not send duplicate requests, as this may delay our response.\n\nNorthvale Care Group – Finance Shared Services",
        Lab(note="ticket acknowledgement carrying only X-Autoreply; no date"),
        lag=0,
        subject="[FSS-0458821] {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-en-olivetree",
        "auto_reply",
        "en",
        ("The Olive Tree Kitchen", "hello@olivetreekitchen.example"),
        "2031-07-16 08:41",
        "notice",
        "Hi there!\n\nThanks so much for your message. We're a small team and usually in the middle of service, so we only check this inbox once a day, in the mornings.\n\nFor table bookings please use the booking page on our website – we can't take bookings by email.\n\nSee you soon!\nThe Olive Tree Kitchen team",
        Lab(note="restaurant autoresponder without any auto-reply header"),
        lag=0,
        subject="Thanks for getting in touch! Re: {rsub}",
    ),
    Reply(
        "ar-de-alpenrose",
        "auto_reply",
        "de",
        ("Katrin Seidel", "k.seidel@hotel-alpenrose.example"),
        "2031-07-21 09:35",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 21.07. bis einschließlich 08.08.2031 nicht im Büro. Ab Montag, dem 11.08., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brunner (buchhaltung@hotel-alpenrose.example, Tel. 08821 555210).\n\nMit freundlichen Grüßen\nKatrin Seidel",
        Lab(
            return_date="2031-08-11",
            note="'ab Montag, dem 11.08.' wins over 'bis einschließlich 08.08.'; a colleague's address in an auto-reply is no new_contact",
        ),
        lag=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-eichenhof",
        "auto_reply",
        "de",
        ("Landgasthof Eichenhof", "info@landgasthof-eichenhof.example"),
        "2031-08-01 09:36",
        "notice",
        "Liebe Gäste, liebe Geschäftspartner,\n\nunser Haus ist vom 28.07. bis 17.08.2031 wegen Betriebsferien geschlossen. Ab dem 18.08. sind wir wieder wie gewohnt für Sie da.\n\nIhre Nachricht wird nach unserer Rückkehr bearbeitet.\n\nFamilie Eichner und das Team vom Landgasthof Eichenhof",
        Lab(return_date="2031-08-18", note="holiday closure with only Precedence: bulk"),
        lag=0,
        subject="Betriebsferien",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-terrasses",
        "auto_reply",
        "fr",
        ("Aurélie Blanc", "a.blanc@hotel-lesterrasses.example"),
        "2031-08-04 09:37",
        "notice",
        "Bonjour,\n\nJe suis actuellement en congés et serai de retour le lundi 25 août. Pendant mon absence, vos messages ne seront pas lus.\n\nPour toute question urgente concernant la comptabilité, merci d'appeler l'accueil de l'hôtel.\n\nCordialement,\nAurélie Blanc",
        Lab(return_date="2031-08-25"),
        lag=0,
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-harmonie",
        "auto_reply",
        "fr",
        (
            "Service Fournisseurs - Résidences Harmonie",
            "fournisseurs@residences-harmonie.example",
        ),
        "2031-07-18 09:35",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2031-07-04417.\n\nNotre équipe traite les demandes dans l'ordre d'arrivée, dans un délai moyen de 72 heures ouvrées. Merci de rappeler ce numéro dans toute correspondance.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService Fournisseurs\nGroupe Résidences Harmonie",
        Lab(note="ticket acknowledgement; no date"),
        lag=0,
        subject="Accusé de réception – demande n° 2031-07-04417",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
    ),
    Reply(
        "ar-es-costabrava",
        "auto_reply",
        "es",
        ("Beatriz Lozano", "blozano@hotelcostabrava-palamos.example"),
        "2031-08-06 09:36",
        "notice",
        "Hola,\n\nEstaré fuera de la oficina hasta el lunes 1 de septiembre, sin acceso al correo. Para asuntos urgentes de administración, pueden llamar a la recepción del hotel.\n\nGracias,\nBeatriz Lozano",
        Lab(
            return_date="2031-09-01",
            note="'hasta el lunes 1 de septiembre' → that date itself",
        ),
        lag=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-duinrand",
        "auto_reply",
        "nl",
        ("Erik van Leeuwen", "e.vanleeuwen@hotelduinrand.example"),
        "2031-07-28 09:35",
        "notice",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 8 augustus en ben vanaf maandag 11 augustus weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nErik van Leeuwen",
        Lab(return_date="2031-08-11"),
        lag=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-baken",
        "auto_reply",
        "nl",
        ("Zorggroep Het Baken", "info@zorggroephetbaken.example"),
        "2031-07-17 09:35",
        "notice",
        "Geachte heer/mevrouw,\n\nHartelijk dank voor uw bericht. Wij hebben het in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\nDit is een automatisch gegenereerd bericht.\n\nZorggroep Het Baken",
        Lab(note="receipt acknowledgement with only Precedence: auto_reply; no date"),
        lag=0,
        subject="Ontvangstbevestiging: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-it-miramonti",
        "auto_reply",
        "it",
        ("Daniela Marino", "d.marino@grandhotelmiramonti.example"),
        "2031-08-04 09:34",
        "notice",
        "Buongiorno,\n\nsarò assente per ferie dal 4 al 22 agosto. Rientrerò in ufficio lunedì 25 agosto e risponderò appena possibile.\n\nPer urgenze potete contattare il centralino dell'hotel.\n\nCordiali saluti\nDaniela Marino",
        Lab(return_date="2031-08-25"),
        lag=0,
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-glicine",
        "auto_reply",
        "it",
        (
            "Amministrazione Residenza Il Glicine",
            "amministrazione@residenzailglicine.example",
        ),
        "2031-08-08 09:36",
        "notice",
        "Gentile mittente,\n\ngli uffici amministrativi resteranno chiusi per la pausa estiva fino a venerdì 29 agosto. Le attività riprenderanno regolarmente lunedì 1° settembre.\n\nLa sua e-mail sarà presa in carico al nostro rientro.\n\nAmministrazione – Residenza Il Glicine",
        Lab(
            return_date="2031-09-01",
            note="the stated day back wins over the last closed day; only X-Autoreply",
        ),
        lag=0,
        subject="Chiusura estiva uffici",
        headers=(X_AUTOREPLY,),
    ),
]

OTHER = [
    Reply(
        "ot-en-didwe",
        "other",
        "en",
        ("Nicola Barnes", "nicola@thelittlespa-harrogate.example"),
        "2031-07-14 13:12",
        "iphone",
        "Did we not pay this last month?? I'm sure Gary did it with the others. Can you check your end",
        Lab(note="a question, not a payment claim: a person checks the ledger"),
        amount="198.00",
    ),
    Reply(
        "ot-en-bookkeeper",
        "other",
        "en",
        ("Tom Baxter", "tom.baxter@bridgewaterinn.example"),
        "2031-07-30 10:22",
        "gmail",
        "Thanks for this. Our bookkeeper only does Thursdays, I'll leave it on her desk for her.\n\nTom",
        Lab(note="acknowledgement; passing it on is neither a promise nor a new contact"),
    ),
    Reply(
        "ot-en-seacrest",
        "other",
        "en",
        ("Diane Foley", "diane@seacrestguesthouse.example"),
        "2031-08-08 15:40",
        "outlook",
        "Hi,\n\nJust a quick one, although it probably won't be quick knowing me! We've had a bit of a rethink over the summer and from September we're going to do most of the bedding ourselves – we've bought two big machines and my nephew is going to help out. Nothing against you at all, your drivers have always been lovely, especially Sean.\n\nWhat I wanted to ask is what happens with the cages and the spare stock you've left with us? There are three cages in the back yard and a fair few of your towels in the airing cupboard. Do you come and collect them or do we need to drop them somewhere? Also do we need to give notice in writing, I can't remember what the agreement said.\n\nI'll look at this invoice with Mick at the weekend.\n\nThanks\nDiane\nSeacrest Guest House, Scarborough",
        Lab(
            note="long: ending the service, cages and notice; 'I'll look at this invoice' is no commitment"
        ),
        amount="318.60",
    ),
    Reply(
        "ot-de-nordlicht",
        "other",
        "de",
        ("Sven Petersen", "sven@fischrestaurant-nordlicht.example"),
        "2031-07-15 11:40",
        "gmail_plain",
        "Moin,\n\ndanke, ich geb das an den Chef weiter. Der ist aber bis nächste Woche auf Sylt.\n\nSven",
        Lab(note="acknowledgement written by a person; the boss being away is not an auto-reply"),
    ),
    Reply(
        "ot-de-sonnengarten",
        "other",
        "de",
        ("Birgit Lorenz", "b.lorenz@pflegeheim-sonnengarten.example"),
        "2031-08-05 13:22",
        "outlook_html",
        "Guten Tag,\n\nhaben wir das nicht schon bezahlt? Ich meine, die Rechnung lief mit der Sammelüberweisung Ende Juni raus. Können Sie bitte bei sich nachsehen, ob der Betrag vielleicht einer anderen Rechnung zugeordnet wurde?\n\nDanke und viele Grüße\nBirgit Lorenz\nVerwaltung – Pflegeheim Sonnengarten",
        Lab(
            note="unsure whether it was paid and asks the collector to check: other, not payment_sent"
        ),
        amount="1452.60",
    ),
    Reply(
        "ot-fr-bienrecu",
        "other",
        "fr",
        ("Sophie Garcia", "sophie@aubergedelacolline.example"),
        "2031-07-24 14:05",
        "iphone",
        "Bien reçu, merci.",
        Lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-arnaque",
        "other",
        "fr",
        ("Hervé Duclos", "direction@hotelduparc-vichy.example"),
        "2031-07-28 17:50",
        "html_only",
        "Bonjour,\n\nQui êtes-vous exactement ? Je n'ai jamais entendu parler de votre société et je n'ai aucune trace d'un contrat avec vous. Est-ce une arnaque ? Je préfère vous prévenir que je vais vérifier auprès de ma banque avant de faire quoi que ce soit.\n\nH. Duclos\nHôtel du Parc",
        Lab(
            note="suspicion from the hotel's director, HTML-only; a person should call, it is not a request for documents"
        ),
        amount="864.00",
    ),
    Reply(
        "ot-es-recibido",
        "other",
        "es",
        ("Marta Gil", "marta@hostallaplaza.example"),
        "2031-07-17 12:50",
        "gmail_plain",
        "Recibido, gracias. Se lo paso a mi jefa en cuanto vuelva de comer.",
        Lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-bodega",
        "other",
        "es",
        ("Luis Herrero", "luis@restaurantelabodega-ronda.example"),
        "2031-08-04 12:15",
        "android",
        "Hola, aprovecho el correo: ¿podéis cambiar el día de recogida del martes al miércoles a partir de septiembre? Los martes cerramos por descanso.\nGracias. Luis",
        Lab(note="operational request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-nl-oke",
        "other",
        "nl",
        ("Wim de Groot", "wim@eetcafedehoek.example"),
        "2031-07-31 16:02",
        "iphone",
        "oké ik kijk ernaar",
        Lab(note="no commitment"),
    ),
    Reply(
        "ot-nl-boomgaard",
        "other",
        "nl",
        ("Marieke Dekker", "marieke@bbdeboomgaard.example"),
        "2031-07-22 20:45",
        "gmail",
        "Hallo,\n\nIk lig sinds vorige week in het ziekenhuis (niets ernstigs, een nieuwe heup) en heb het overzicht een beetje kwijt. Mijn man Henk doet nu de B&B, maar de administratie doe ik altijd zelf. Ik laat zo snel mogelijk iets weten.\n\nGroet,\nMarieke Dekker\nB&B De Boomgaard",
        Lab(note="personal circumstances; no commitment, no date, same contact"),
    ),
    Reply(
        "ot-it-ricevuto",
        "other",
        "it",
        ("Elisa Costa", "reception@villaoliviera-spa.example"),
        "2031-07-18 10:20",
        "gmail_plain",
        "Ricevuto, giro alla titolare che rientra la settimana prossima.\n\nElisa – Reception",
        Lab(note="acknowledgement; passing it on is not a new contact"),
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

BOUNCES = [
    Bounce(
        "bo-en-postfix",
        "en",
        "hard",
        "5.1.1",
        "accounts@thelanternrooms.example",
        "2031-07-15 08:33",
        bounce_postfix,
    ),
    Bounce(
        "bo-en-qmail",
        "en",
        "hard",
        "5.1.2",
        "bookings@seaviewlodge-whitby.example",
        "2031-07-22 08:34",
        bounce_qmail,
        note="qmail notice, no MIME; the domain no longer exists",
    ),
    Bounce(
        "bo-en-exim",
        "en",
        "soft",
        "5.2.2",
        "frontdesk@thegablesspa.example",
        "2031-08-05 08:36",
        bounce_exim,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-de-policy",
        "de",
        "hard",
        "5.7.1",
        "rechnung@hotel-seeblick-tegernsee.example",
        "2031-07-17 09:33",
        bounce_exchange_de_policy,
        note="restricted recipient (policy), permanent",
    ),
    Bounce(
        "bo-de-delay",
        "de",
        "soft",
        "4.4.1",
        "info@pension-waldrand.example",
        "2031-07-30 13:35",
        bounce_backup_mx_de,
        delay_minutes=244,
        note="delay warning from the recipient's backup MX",
    ),
    Bounce(
        "bo-fr-provider",
        "fr",
        "hard",
        "5.1.1",
        "contact@aubergedulac-annecy.example",
        "2031-07-21 09:33",
        bounce_provider_fr,
        note="non-standard provider notice in multipart/mixed with the message attached",
    ),
    Bounce(
        "bo-fr-full",
        "fr",
        "soft",
        "5.2.2",
        "reservation@hotel-lamarina.example",
        "2031-08-07 09:34",
        bounce_exchange_fr_full,
        note="mailbox full with a 5.x code: soft",
    ),
    Bounce(
        "bo-es-gmail",
        "es",
        "hard",
        "5.1.1",
        "hostalcasablanca.admin@gmail.com",
        "2031-07-16 09:32",
        bounce_gmail_es,
    ),
    Bounce(
        "bo-es-delay",
        "es",
        "soft",
        "4.4.2",
        "reservas@hostalelfaro.example",
        "2031-07-28 13:32",
        bounce_provider_es,
        delay_minutes=242,
        note="Latin-1 provider notice, 8bit, single part",
    ),
    Bounce(
        "bo-nl-delay",
        "nl",
        "soft",
        "4.4.7",
        "boekhouding@hotelderijnoever.example",
        "2031-08-01 13:31",
        bounce_exchange_nl_delay,
        delay_minutes=241,
    ),
    Bounce(
        "bo-it-domain",
        "it",
        "hard",
        "5.4.4",
        "ufficio@albergoaurora-assisi.example",
        "2031-07-25 09:35",
        bounce_provider_it_domain,
        note="the domain is gone (no MX, no A record)",
    ),
    Bounce(
        "bo-it-greylist",
        "it",
        "soft",
        "4.7.1",
        "info@residenzalevigne.example",
        "2031-08-04 11:42",
        bounce_greylist_it,
        delay_minutes=130,
        note="temporary policy refusal (greylisting)",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------

Label = dict[str, object]
# Long single-token headers (Message-ID, User-Agent) stay on one line, as clients write them.
OUTPUT_POLICY = policy.compat32.clone(max_line_length=998)


def normalise_ref(ref: str) -> str:
    """'310417', 'CLS310417' or 'cls-310417' → 'CLS 310417'."""
    digits = re.sub(r"\D", "", ref)
    if len(digits) != 6:
        raise SystemExit(f"bad invoice reference {ref!r}")
    return f"CLS {digits}"


def reply_label(r: Reply) -> Label:
    """The label of a hand-written message."""
    label: Label = {"intent": r.intent}
    for key in LABEL_KEYS:
        label[key] = getattr(r.lab, key, None)
    label["invoice_refs"] = [normalise_ref(ref) for ref in r.lab.refs]
    label["language"] = r.lang
    label["note"] = r.lab.note
    return label


def bounce_label(b: Bounce) -> Label:
    """The label of a delivery report."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_date(value: object, what: str) -> None:
    """A label date is ISO and plausible for this corpus."""
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise SystemExit(f"{what}: not an ISO date: {value!r}")
    day = date.fromisoformat(value)
    if not date(2031, 6, 1) <= day <= date(2031, 10, 31):
        raise SystemExit(f"{what}: implausible date {value}")


def check_label(key: str, label: Label, new_text: str) -> None:
    """Shape, allowed fields and formats of one label."""
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    allowed = INTENT_FIELDS.get(str(intent), frozenset())
    for field_name in LABEL_KEYS:
        if label[field_name] is not None and field_name not in allowed:
            raise SystemExit(f"{key}: {field_name} filled for {intent}")
    for field_name in ("promised_date", "paid_date", "return_date"):
        check_date(label[field_name], f"{key}.{field_name}")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
        raise SystemExit(f"{key}: bad amount {amount!r}")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: bad currency {currency!r}")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in new_text.lower()
    ):
        raise SystemExit(f"{key}: new_contact must be lower case and written in the message")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    for ref in refs:
        if not re.fullmatch(r"CLS \d{6}", str(ref)) or str(ref)[4:] not in new_text:
            raise SystemExit(f"{key}: invoice ref {ref!r} is not in the new text")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not re.fullmatch(
            r"[245]\.\d\.\d{1,3}", str(label["bounce_status"])
        ):
            raise SystemExit(f"{key}: bad bounce fields")
        if str(label["bounce_status"]).startswith("4") and label["bounce_kind"] != "soft":
            raise SystemExit(f"{key}: a 4.x status is soft")


def header_defects(part: EmailMessage) -> list[str]:
    """Defects found while parsing any header of one part."""
    found = []
    for name, value in part.items():
        defects = cast("Iterable[object]", getattr(value, "defects", ()))
        found += [f"{name}: {d!r}" for d in defects]
    return found


def leaf_parts(part: EmailMessage) -> list[EmailMessage]:
    """Every part of a parsed message, without the field blocks inside message/delivery-status."""
    found = [part]
    if part.get_content_type() != "message/delivery-status":
        payload = part.get_payload()
        children = (
            payload
            if isinstance(payload, list)
            else [payload]
            if isinstance(payload, EmailMessage)
            else []
        )
        for child in children:
            if not isinstance(child, EmailMessage):
                raise SystemExit("unexpected part class")
            found += leaf_parts(child)
    return found


def check_message(name: str, data: bytes, expect_text: str) -> EmailMessage:
    """Parse a file back: headers decoded, every text part decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():  # every part, including the field blocks of a delivery-status
        if not isinstance(part, EmailMessage):
            raise SystemExit(f"{name}: unexpected part class")
        problems = [repr(d) for d in part.defects] + header_defects(part)
        if problems:
            raise SystemExit(f"{name}: defects {problems}")
    texts: list[str] = []
    for part in leaf_parts(msg):
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part did not decode cleanly")
            texts.append(
                html.unescape(content) if part.get_content_subtype() == "html" else content
            )
    first = expect_text.split("\n", maxsplit=1)[0][:24]
    if first and not any(first in text for text in texts):
        raise SystemExit(f"{name}: hand-written text not found after decoding")
    return msg


def file_order(key: str) -> bytes:
    """Files are numbered by a seeded hash of the key, so a name says nothing about its label."""
    return hashlib.sha256(f"{SEED}|order|{key}".encode()).digest()


@dataclass(frozen=True)
class Built:
    """One finished message with what the checks need."""

    key: str
    msg: Message
    label: Label
    text: str  # the hand-written text, for the checks
    when: datetime


def all_messages() -> list[Built]:
    """Every message of the corpus, unordered."""
    built = [Built(r.key, build_reply(r), reply_label(r), r.body, r.dt) for r in REPLIES]
    for r in REPLIES:
        if r.threaded and reminder_sent(r.key, r.dt, r.lag) >= r.dt:
            raise SystemExit(f"{r.key}: the reply predates the reminder")
    built += [Built(b.key, b.build(b), bounce_label(b), b.rcpt, b.dt) for b in BOUNCES]
    return built


def check_corpus(items: list[Built]) -> None:
    """Keys, dates, offsets and the intent-by-language counts."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for item in items:
        check_label(item.key, item.label, item.text)
        lang = str(item.label["language"])
        if not FIRST_DAY <= item.when.date() <= LAST_DAY or item.when.utcoffset() != zone(
            lang
        ).utcoffset(None):
            raise SystemExit(f"{item.key}: date outside the range or wrong offset")
    intents = Counter(str(item.label["intent"]) for item in items)
    langs = Counter(str(item.label["language"]) for item in items)
    if any(intents[i] != EXPECTED_PER_INTENT for i in INTENTS) or dict(langs) != EXPECTED_PER_LANG:
        raise SystemExit(f"unexpected counts: {dict(intents)} {dict(langs)}")
    kinds = Counter(
        str(item.label["bounce_kind"]) for item in items if item.label["intent"] == "bounce"
    )
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces should be 6 hard and 6 soft: {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table, as in the README."""
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


def coverage(parsed: list[EmailMessage]) -> str:
    """A short summary of formats, for keeping the README honest."""
    top = Counter(m.get_content_type() for m in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in parsed:
        for part in leaf_parts(m):
            if part.get_content_maintype() == "text":
                charsets[str(part.get_content_charset("us-ascii"))] += 1
                encodings[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    encoded_words = sum(
        1
        for m in parsed
        if "=?" in str(m.get("Subject", "")) or "=?" in m.as_string().split("\n\n")[0]
    )
    auto = sum(1 for m in parsed if "Auto-Submitted" in m)
    threaded = sum(1 for m in parsed if "In-Reply-To" in m)
    return (
        f"top-level types: {dict(sorted(top.items()))}\n"
        f"text-part charsets: {dict(sorted(charsets.items()))}\n"
        f"text-part encodings: {dict(sorted(encodings.items()))}\n"
        f"messages with RFC 2047 headers: {encoded_words}; Auto-Submitted: {auto}; In-Reply-To: {threaded}"
    )


def write_all() -> tuple[list[Label], list[EmailMessage]]:
    """Build, check and write every file and labels.jsonl."""
    items = all_messages()
    check_corpus(items)
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    parsed: list[EmailMessage] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes(policy=OUTPUT_POLICY)
        expect = item.text if item.label["intent"] != "bounce" else ""
        if item.text.lstrip().startswith("<html"):
            expect = ""  # HTML notices: the body itself is markup
        parsed.append(check_message(name, data, expect))
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parsed


def main() -> int:
    """Rebuild the corpus beside this script and print the count table."""
    labels, parsed = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
