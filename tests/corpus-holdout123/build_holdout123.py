# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 123: `h123-NNN.eml` files and `labels.jsonl`.

Every message reaches the receivables mailbox of Ashcombe Wedding & Event Florists after an
overdue-invoice reminder went out. The new text of each message is written by hand below. The
script adds only what a mail client or a mail server would add: the quoted reminder (in the
client's layout and language), headers, MIME structure, charsets and transfer encodings, and
the machine parts of delivery reports. It writes next to itself, deterministically, then parses
every file back and checks the labels.
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
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h123"
SEED = "ashcombe-holdout-123"
AR_NAME = "Ashcombe Florists Accounts"
AR_ADDR = "invoices@ashcombe-florists.example"
AR_DOMAIN = "ashcombe-florists.example"
# Every date in the corpus falls after the clocks went forward on Sunday 30 March 2031:
# British Summer Time in the UK, Central European Summer Time on the continent.
UK_TZ = timezone(timedelta(hours=1))
CE_TZ = timezone(timedelta(hours=2))
FIRST_DAY = date(2031, 4, 7)
LAST_DAY = date(2031, 5, 2)
# English bank holidays near the corpus dates: Good Friday, Easter Monday, early May.
UK_CLOSED = {date(2031, 4, 11), date(2031, 4, 14), date(2031, 5, 5)}

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
# Which label fields the winning intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The planned spread: 12 per intent; en 30, the other languages 18 each.
PLAN_SINGLE = {
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


# --------------------------------------------------------------------------------------------
# Locales: how each client language writes dates, attributions and reply prefixes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Locale:
    """Everything a mail client localises around a reply."""

    wd_short: str  # space-separated, Monday first
    wd_long: str
    mon_short: str  # space-separated, January first
    mon_long: str
    gmail: str
    apple: str
    thunderbird: str
    outlook_rule: str
    outlook_fields: tuple[str, str, str, str]
    outlook_sep: str
    outlook_sent: str
    outlook_re: str
    iphone: str
    android: str
    word_lang: str
    content_language: str


LOCALES: dict[str, Locale] = {
    "en": Locale(
        "Mon Tue Wed Thu Fri Sat Sun",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
        "January February March April May June July August September October November December",
        "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
        "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
        "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{mm}",
        "RE: ",
        "Sent from my iPhone",
        "Get Outlook for Android",
        "EN-GB",
        "en-GB",
    ),
    "de": Locale(
        "Mo. Di. Mi. Do. Fr. Sa. So.",
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
        "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
        "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{mm}",
        "AW: ",
        "Von meinem iPhone gesendet",
        "Outlook für Android herunterladen",
        "DE",
        "de-DE",
    ),
    "fr": Locale(
        "lun. mar. mer. jeu. ven. sam. dim.",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
        "RE : ",
        "Envoyé de mon iPhone",
        "Télécharger Outlook pour Android",
        "FR",
        "fr-FR",
    ),
    "es": Locale(
        "lun mar mié jue vie sáb dom",
        "lunes martes miércoles jueves viernes sábado domingo",
        "ene feb mar abr may jun jul ago sept oct nov dic",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
        "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
        "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{mm}",
        "RE: ",
        "Enviado desde mi iPhone",
        "Obtener Outlook para Android",
        "ES",
        "es-ES",
    ),
    "nl": Locale(
        "ma di wo do vr za zo",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
        "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
        "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
        "RE: ",
        "Verstuurd vanaf mijn iPhone",
        "Outlook voor Android downloaden",
        "NL",
        "nl-NL",
    ),
    "it": Locale(
        "lun mar mer gio ven sab dom",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "gen feb mar apr mag giu lug ago set ott nov dic",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
        "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
        "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
        "R: ",
        "Inviato da iPhone",
        "Scarica Outlook per Android",
        "IT",
        "it-IT",
    ),
}

# How the invoicing system writes a date in each reminder language.
INVOICE_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}


def stamp(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a localised date template (`{wds}`, `{monl}`, `{HH}` ...) for `when`."""
    loc = LOCALES[lang]
    fields = {
        "wds": loc.wd_short.split()[when.weekday()],
        "wdl": loc.wd_long.split()[when.weekday()],
        "mons": loc.mon_short.split()[when.month - 1],
        "monl": loc.mon_long.split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
    }
    return template.format(**fields, **extra)


# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (dunmail's template, in six languages)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}

REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date:\n\n"
        "    Invoice {inv}   dated {issued}   due {due}   {amt}\n\n"
        "If you have already paid, thank you – please disregard this message, or reply with the payment date so that we can match it. Otherwise we would be grateful if you could arrange payment by bank transfer, quoting the invoice number as your reference.\n\n"
        "If anything about the invoice or the flowers we supplied is not right, just reply to this e-mail and we will look into it.\n\n"
        "Kind regards,\n\n"
        "Accounts Team\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe\n"
        "Tel. 01632 960 100"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung inzwischen überfällig:\n\n"
        "    Rechnung {inv}   vom {issued}   fällig am {due}   {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – dann betrachten Sie diese Nachricht bitte als gegenstandslos oder teilen Sie uns kurz das Zahlungsdatum mit. Andernfalls bitten wir um Überweisung unter Angabe der Rechnungsnummer.\n\n"
        "Sollte mit der Rechnung oder unserer Lieferung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Buchhaltung\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe, Vereinigtes Königreich"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    Facture {inv}   du {issued}   échéance {due}   {amt}\n\n"
        "Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de ce message ou de nous indiquer la date du règlement. Dans le cas contraire, nous vous remercions de bien vouloir procéder au virement en rappelant le numéro de facture.\n\n"
        "Pour toute question sur cette facture ou sur notre prestation, il vous suffit de répondre à ce courriel.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe, Royaume-Uni"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestros registros, la siguiente factura está vencida:\n\n"
        "    Factura {inv}   de fecha {issued}   vencimiento {due}   {amt}\n\n"
        "Si ya la han pagado, muchas gracias; pueden ignorar este mensaje o indicarnos la fecha del pago. En caso contrario, les rogamos que realicen la transferencia indicando el número de factura.\n\n"
        "Si hay algún problema con la factura o con nuestro servicio, respondan a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Administración\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe, Reino Unido"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie staat de onderstaande factuur nog open:\n\n"
        "    Factuur {inv}   van {issued}   vervaldatum {due}   {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk en kunt u dit bericht als niet verzonden beschouwen, of laat u ons de betaaldatum weten. Zo niet, dan verzoeken wij u het bedrag over te maken onder vermelding van het factuurnummer.\n\n"
        "Klopt er iets niet aan de factuur of aan onze levering, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Administratie\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe, Verenigd Koninkrijk"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta scaduta la seguente fattura:\n\n"
        "    Fattura {inv}   del {issued}   scadenza {due}   {amt}\n\n"
        "Se avete già provveduto al pagamento, vi ringraziamo e vi preghiamo di non considerare questo messaggio, oppure di comunicarci la data del pagamento. In caso contrario, vi chiediamo di effettuare il bonifico indicando il numero della fattura.\n\n"
        "Per qualsiasi problema relativo alla fattura o al servizio, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio amministrazione\n"
        "Ashcombe Wedding & Event Florists\n"
        "The Old Forge, Mill Lane, Ashcombe, Regno Unito"
    ),
}

# What a Latin-1 client makes of characters that Latin-1 does not have.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}


def money(lang: str, amount: str, currency: str) -> str:
    """An amount as the invoicing system prints it in `lang` (`amount` like "1284.00")."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    number = grouped.replace(",", "\u00a0" if lang == "fr" else ".") + "," + cents
    if lang in {"nl", "it"}:
        return f"{symbol} {number}"
    return f"{number}\u00a0{symbol}" if lang == "fr" else f"{number} {symbol}"


def fit(text: str, charset: str) -> str:
    """Text as a client using `charset` would send it (Latin-1 has no euro sign or dashes)."""
    if charset == "iso-8859-1":
        text = re.sub(r"€(?=\d)", "EUR ", text)
        for bad, good in LATIN1_FIXES.items():
            text = text.replace(bad, good)
    text.encode(charset)  # raises if hand-written text does not fit the declared charset
    return text


# --------------------------------------------------------------------------------------------
# Records: a hand-written reply or notice, and its labels
# --------------------------------------------------------------------------------------------


def lab(note: str | None = None, refs: tuple[str, ...] = (), **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message that answers (or reacts to) a reminder."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Mapping[str, object]
    inv: str
    amount: str
    rlang: str = ""
    loc: str = ""
    uk: bool | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True
    lag: int = 0  # minutes after the reminder (automatic answers); 0 means days later
    back: int = 0  # working days since the reminder, when the text implies it; 0 means 1 to 3

    @property
    def in_uk(self) -> bool:
        """UK senders write in English unless told otherwise."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(tzinfo=UK_TZ if self.in_uk else CE_TZ)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The language of the mail client's own words (attribution, reply prefix)."""
        return self.loc or self.lang

    @property
    def currency(self) -> str:
        """Ashcombe bills UK customers in pounds and continental ones in euros."""
        return "GBP" if self.in_uk else "EUR"


# --------------------------------------------------------------------------------------------
# Hashes, ids and dates derived from each message's key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a key, for ids, boundaries and timings."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def uuid_like(key: str, salt: str) -> str:
    """An upper-case UUID-shaped string derived from a key (Apple's Message-ID style)."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder."""
    return f"<dunmail.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def working_day(day: date) -> bool:
    """Ashcombe's office sends reminders on English working days only."""
    return day.weekday() < 5 and day not in UK_CLOSED


def reminder_time(key: str, reply: datetime, lag: int = 0, back: int = 0) -> datetime:
    """When the reminder left Ashcombe (UK time): minutes before an automatic answer, else
    one to three working days before the reply, a little after nine in the morning."""
    if lag:
        return reply.astimezone(UK_TZ) - timedelta(minutes=lag)
    h = digest(key, "sent")
    back = back or 1 + h[0] % 3
    day = reply.astimezone(UK_TZ).date()
    while back:
        day -= timedelta(days=1)
        if working_day(day):
            back -= 1
    return datetime(day.year, day.month, day.day, 9, 1 + h[1] % 25, h[2] % 60, tzinfo=UK_TZ)


def invoice_dates(key: str, sent: datetime) -> tuple[date, date]:
    """Issue and due dates of the invoice: 30-day terms, overdue by one to three weeks."""
    due = sent.date() - timedelta(days=7 + digest(key, "due")[0] % 15)
    return due - timedelta(days=30), due


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding the client would choose."""
    text.encode(charset)
    chosen = cs.Charset(charset)
    if cte in {"7bit", "8bit"}:
        chosen.body_encoding = None  # type: ignore[assignment]  # None: send the bytes as they are
    else:
        chosen.body_encoding = CTE_CODES[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encode_words(value: str, charset: str, name: str = "Subject", b: bool = False) -> str:
    """A header value as the client encodes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    target = charset
    try:
        value.encode(target)
    except UnicodeEncodeError:
        target = "utf-8"
    chosen = cs.Charset(target)
    chosen.header_encoding = cs.BASE64 if b else cs.QP
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, b: bool = False) -> str:
    """`Name <addr>`, quoted or encoded as needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_words(name, charset, 'From', b)} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain part first, as every client sends it."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def lines_html(text: str) -> str:
    """Plain lines as HTML separated by <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def paras_html(text: str) -> str:
    """Plain paragraphs as <p> blocks."""
    return "\n".join(f"<p>{lines_html(p)}</p>" for p in text.split("\n\n"))


def mso_html(text: str) -> str:
    """Plain lines as Word's MsoNormal paragraphs (an empty line is a &nbsp; paragraph)."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def quote_plain(text: str) -> str:
    """Quote text with `> ` the way most plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks end with a space, quotes keep their markers."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        match = re.match(r"^(>+) ?", line)
        marks = match.group(1) if match else ""
        content = line[match.end() :] if match else line
        if content in {"", "-- "}:
            out.append(marks + (" " if marks and content else "") + content)
            continue
        stuff = " " if marks or content.startswith((" ", ">", "From ")) else ""
        prefix = marks + stuff
        pieces = (
            textwrap.wrap(
                content,
                width - len(prefix),
                break_long_words=False,
                break_on_hyphens=False,
            )
            if len(content) > width - len(prefix)
            else [content]
        )
        for i, piece in enumerate(pieces):
            out.append(prefix + piece + (" " if i < len(pieces) - 1 else ""))
    return "\n".join(out)


def move_mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast("list[Message]", part.get_payload()):
            drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, shape: Callable[[str, int], str]) -> None:
    """Deterministic multipart boundaries in the generating program's own shape."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(shape(key, n))


def finish(msg: Message, key: str, shape: Callable[[str, int], str]) -> Message:
    """Final tidying shared by replies and reports."""
    move_mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder as the replying client shows it, and the client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder being answered, as seen from the replying client."""

    text: str
    subject: str
    sent: datetime  # in the sender's offset, as the client prints it
    lang: str  # the client's language
    to: str


def reminder_text(lang: str, key: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The body of the reminder dunmail sent."""
    issued, due = invoice_dates(key, sent)
    fmt = INVOICE_DATE[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=stamp(fmt, lang, datetime(issued.year, issued.month, issued.day, tzinfo=UK_TZ)),
        due=stamp(fmt, lang, datetime(due.year, due.month, due.day, tzinfo=UK_TZ)),
        amt=money(lang, amount, currency),
    )


def make_quote(r: Reply) -> Quote:
    """What the reply quotes, in the reply's charset."""
    sent = reminder_time(r.key, r.dt, r.lag, r.back)
    text = reminder_text(r.reminder_lang, r.key, r.inv, r.amount, r.currency, sent)
    subject = REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(
        fit(text, r.charset),
        fit(subject, r.charset),
        sent.astimezone(r.dt.tzinfo),
        r.client_lang,
        fit(to, r.charset),
    )


def outlook_fields(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject header block, localised."""
    loc = LOCALES[q.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        stamp(loc.outlook_sent, q.lang, q.sent),
        q.to,
        q.subject,
    )
    return list(zip(loc.outlook_fields, values, strict=True))


def outlook_block(q: Quote) -> str:
    """The header block as plain lines."""
    sep = LOCALES[q.lang].outlook_sep
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_fields(q))


def attribution(template: str, q: Quote) -> str:
    """A Gmail/Apple/Thunderbird 'On ... wrote:' line for the reminder."""
    return stamp(template, q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def word_document(r: Reply, q: Quote) -> str:
    """Outlook desktop's HTML: Word markup, the reply, the divider and the quoted reminder."""
    loc = LOCALES[q.lang]
    sep = html.escape(loc.outlook_sep.rstrip())
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{sep}</b> {html.escape(value)}"
        for label, value in outlook_fields(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{loc.word_lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_html(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_html(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode: the localised -----Original Message----- block."""
    rule = LOCALES[q.lang].outlook_rule
    text = f"{r.body}\n\n{rule}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: multipart/alternative, Word markup, divider div."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_outlook_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message whose plain alternative was stripped on the way: text/html only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, the localised 'Get Outlook' line, a rule."""
    sig = LOCALES[q.lang].android
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, the quote in a gmail_quote blockquote."""
    attr = attribution(LOCALES[q.lang].gmail, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_plain(q.text)}\n"
    markup = (
        f'<div dir="ltr">{lines_html(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paras_html(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    attr = attribution(LOCALES[q.lang].gmail, q)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_plain(q.text)}\n", "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    attr = attribution(LOCALES[q.lang].apple, q)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_plain(q.text)}\n", "plain", r.charset, r.cte)


def client_apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, rich text: a cite blockquote."""
    attr = attribution(LOCALES[q.lang].apple, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_plain(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{lines_html(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{paras_html(q.text)}</div></div>'
        "</blockquote></div></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised 'Sent from my iPhone', then the attribution inside the quote."""
    sig = LOCALES[q.lang].iphone
    attr = attribution(LOCALES[q.lang].apple, q)
    text = f"{r.body}\n\n{sig}\n\n{quote_plain(attr + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, the attribution directly above the quote."""
    attr = fit(stamp(LOCALES[q.lang].thunderbird, q.lang, q.sent, name=AR_NAME), r.charset)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_plain(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic answer or system notice: plain text, quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """A system-generated HTML-only notice that quotes nothing."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f"{paras_html(r.body)}\n</body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "outlook_html_only", "android"})
GMAIL_FAMILY = frozenset({"gmail", "gmail_plain"})
APPLE_FAMILY = frozenset({"apple", "apple_html", "iphone"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23E246)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.9.1",
        ),
    ),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID in the shape the sender's client or server makes them."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in GMAIL_FAMILY:
        tail = base64.b64encode(raw + digest(r.key, "msgid2")[:4]).decode().rstrip("=")
        return f"<CA{tail[:2]}+{tail[2:46]}@mail.gmail.com>"
    if r.client in APPLE_FAMILY:
        return f"<{uuid_like(r.key, 'msgid')}@{domain}>"
    if r.client in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'msgid', 26)}@{b32(r.key, 'exhost', 6)}.{domain}>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'msgid').lower()}@{domain}>"
    return f"<{raw.hex()[:26]}@mail.{domain}>"


def reply_boundary(client: str) -> Callable[[str, int], str]:
    """The boundary shape of each client."""

    def shape(key: str, n: int) -> str:
        h = digest(key, f"boundary{n}")
        if client in GMAIL_FAMILY:
            return "000000000000" + h.hex()[:22]
        if client in APPLE_FAMILY:
            return f"Apple-Mail={uuid_like(key, f'boundary{n}')}"
        if client in OUTLOOK_FAMILY:
            return f"_00{n}_{b32(key, f'boundary{n}', 30)}_"
        return "------------" + b32(key, f"boundary{n}", 24)

    return shape


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject: a client prefix on the reminder's subject, or the sender's own wording."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = LOCALES[q.lang].outlook_re if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange headers every Outlook-family message carries."""
    index = base64.b64encode(b"\x01\xdb" + digest(r.key, "thread")[:20]).decode()
    return [
        ("Thread-Topic", encode_words(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{LOCALES[q.lang].content_language}, en-US"),
        ("Content-Language", LOCALES[r.lang].content_language),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the attached PDF, if there is one."""
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
    """The complete message for a hand-written reply or notice."""
    q = make_quote(r)
    b_words = r.client in GMAIL_FAMILY or r.client == "android"
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.who, r.charset, b_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_words(reply_subject(r, q), r.charset, "Subject", b_words)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return finish(msg, r.key, reply_boundary(r.client))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Hattie Quennell", "hattie.quennell@gmail.com"),
        "2031-04-12 08:47",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a bride's phone; no date given"),
        "AEF 4429",
        "640.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Harrowgate Collection Accounts Payable",
            "ap-noreply@harrowgatecollection.example",
        ),
        "2031-04-08 06:12",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Supplier: Ashcombe Wedding & Event Florists (supplier no. 0041877)\n"
        "Payment date: 08/04/2031\n"
        "Payment method: BACS\n"
        "Payment reference: 700214853\n\n"
        "Invoice no.    Invoice date    Amount (GBP)\n"
        "AEF 4392       24/02/2031          1,126.50\n"
        "AEF 4409       06/03/2031            418.00\n\n"
        "Total paid: GBP 1,544.50\n\n"
        "Funds should reach your account within three working days. This mailbox is not monitored. For queries please write to ap.queries@harrowgatecollection.example quoting the payment reference.\n\n"
        "Harrowgate Collection Hotels – Finance Shared Service Centre",
        lab(
            paid_date="2031-04-08",
            payment_reference="700214853",
            amount="1544.50",
            currency="GBP",
            refs=("AEF 4392", "AEF 4409"),
            note="AP-system remittance advice, not a reply; the amount is the total of both invoices; the queries address is not a new contact",
        ),
        "AEF 4392",
        "1126.50",
        subject="Remittance Advice – Payment 700214853 – Ashcombe Wedding & Event Florists",
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Margaret Ellery", "m.ellery@elleryfarm.example"),
        "2031-04-16 21:38",
        "gmail",
        "Dear Ashcombe team,\n\n"
        "Thank you for your email and I'm so sorry it has taken me a few days to reply, it's been a very busy time here. First of all I wanted to say how absolutely beautiful the flowers were for Lucy and Tom's wedding. So many of the guests commented on the arch and the little jam jars on the tables, and Lucy has kept one of the buttonholes pressed in a book. The marquee people were not nearly so good but that's another story!\n\n"
        "We've been at my sister's in Norfolk over Easter which is why nothing was done sooner. Anyway Richard did the bank transfer on Monday evening once we were home, with the invoice number as the reference like it says, so it should be with you by now, but do let me know if it hasn't arrived because he's not always the best with the online banking.\n\n"
        "Thank you again for making the day so special.\n\n"
        "Warm wishes,\n"
        "Margaret Ellery",
        lab(
            paid_date="2031-04-14",
            note="the payment is buried in a long thank-you; 'on Monday' before Wed 16 April is Easter Monday, the 14th",
        ),
        "AEF 4492",
        "2485.00",
        back=4,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jürgen Stadelmann", "j.stadelmann@hotel-seeblick-lindau.example"),
        "2031-04-10 14:22",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung AEF 4402 über 2.318,40 € haben wir am 08.04.2031 überwiesen. Als Verwendungszweck wurde die Rechnungsnummer angegeben, unsere interne Zahlungsnummer lautet ZA-31-0417.\n\n"
        "Sollte der Betrag bei Ihnen noch nicht eingegangen sein, bitten wir um kurze Nachricht.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Jürgen Stadelmann\n"
        "Buchhaltung\n"
        "Hotel Seeblick Lindau GmbH",
        lab(
            paid_date="2031-04-08",
            payment_reference="ZA-31-0417",
            amount="2318.40",
            currency="EUR",
            refs=("AEF 4402",),
            note="the payer's own payment number is the reference",
        ),
        "AEF 4402",
        "2318.40",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Élodie Marchand", "elodie@atelier-marchand-evenements.example"),
        "2031-04-23 09:12",
        "gmail_plain",
        "Bonjour,\n\n"
        "C'est réglé depuis hier, le virement est parti sur le compte indiqué sur la facture.\n\n"
        "Bonne journée\n"
        "Élodie",
        lab(paid_date="2031-04-22", note="'depuis hier' → the day before the message"),
        "AEF 4449",
        "890.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Sandrine Roux", "s.roux@delaunay-avocats.example"),
        "2031-04-28 11:05",
        "outlook_html",
        "Bonjour,\n\n"
        "Le virement pour la facture AEF 4436 a été effectué le 3 avril dernier (1 480,00 €). Je vous remercie de bien vouloir nous adresser une facture acquittée ainsi que le relevé des prestations du premier trimestre : notre expert-comptable nous les réclame pour la clôture.\n\n"
        "Bien cordialement,\n\n"
        "Sandrine Roux\n"
        "Assistante de direction\n"
        "Cabinet Delaunay & Associés – Avocats au Barreau de Paris",
        lab(
            paid_date="2031-04-03",
            amount="1480.00",
            currency="EUR",
            refs=("AEF 4436",),
            note="paid, plus a request for a receipted copy: the payment claim wins over the document request",
        ),
        "AEF 4436",
        "1480.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Villanueva", "rocio@rociovillanueva-eventos.example"),
        "2031-04-19 13:40",
        "android",
        "pagado",
        lab(note="one word, lower case, from a phone"),
        "AEF 4367",
        "1175.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Administración Finca Los Almendros",
            "administracion@fincalosalmendros.example",
        ),
        "2031-04-29 10:31",
        "gmail",
        "Buenos días:\n\n"
        "Os confirmo que hoy hemos hecho la transferencia de la factura AEF 4451 por importe de 2.960,00 €. Os adjunto el justificante del banco.\n\n"
        "Perdonad el retraso, con la Semana Santa se nos juntó todo.\n\n"
        "Un saludo,\n"
        "Marta Ibáñez\n"
        "Administración · Finca Los Almendros",
        lab(
            paid_date="2031-04-29",
            amount="2960.00",
            currency="EUR",
            refs=("AEF 4451",),
            note="bank proof attached as a PDF",
        ),
        "AEF 4451",
        "2960.00",
        attach=("justificante_transferencia_AEF4451.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bas Verhoeven", "bas@feestlocatie-dewilg.example"),
        "2031-04-24 17:55",
        "iphone",
        "Hoi, is gisteren overgemaakt hoor. had hem over het hoofd gezien sorry\n\nGr Bas",
        lab(
            paid_date="2031-04-23",
            note="informal, missing capitals; 'gisteren' → the day before",
        ),
        "AEF 4375",
        "735.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Gemeente Lindenhoven - Crediteurenadministratie",
            "crediteuren@lindenhoven.example",
        ),
        "2031-04-18 07:02",
        "notice",
        "BETALINGSSPECIFICATIE\n\n"
        "Geachte leverancier,\n\n"
        "Hierbij ontvangt u de specificatie van de betaling die de gemeente Lindenhoven vandaag aan u heeft gedaan.\n\n"
        "Crediteurnummer: 208114\n"
        "Betalingskenmerk: 2031-BTL-004712\n"
        "Betaaldatum: 18-04-2031\n\n"
        "Factuurnummer   Factuurdatum   Bedrag\n"
        "AEF 4427        11-03-2031     € 685,00\n\n"
        "Totaal betaald: € 685,00\n\n"
        "Heeft u vragen over deze betaling? Neem dan contact op met het Klant Contact Centrum en vermeld het betalingskenmerk.\n\n"
        "Dit bericht is automatisch aangemaakt, u kunt er niet op antwoorden.",
        lab(
            paid_date="2031-04-18",
            payment_reference="2031-BTL-004712",
            amount="685.00",
            currency="EUR",
            refs=("AEF 4427",),
            note="municipal payment advice; 'automatisch aangemaakt' does not make it an auto-reply",
        ),
        "AEF 4427",
        "685.00",
        charset="windows-1252",
        subject="Betalingsspecificatie gemeente Lindenhoven – 2031-BTL-004712",
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Ferraresi", "amministrazione@villaferraresi-eventi.example"),
        "2031-04-09 12:18",
        "outlook_html",
        "Buongiorno,\n\n"
        "vi comunico che stamattina abbiamo disposto il bonifico per la fattura AEF 4399, importo € 1.750,00. Il CRO è 0306 9123 4561 2201.\n\n"
        "Cordiali saluti\n"
        "Giulia Ferraresi\n"
        "Ufficio amministrazione – Villa Ferraresi Eventi",
        lab(
            paid_date="2031-04-09",
            payment_reference="0306 9123 4561 2201",
            amount="1750.00",
            currency="EUR",
            refs=("AEF 4399",),
        ),
        "AEF 4399",
        "1750.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Onoranze Funebri Greco", "sgreco@onoranzefunebrigreco.example"),
        "2031-04-07 08:15",
        "android",
        "GIÀ PAGATO IL 2 APRILE CONTROLLATE MEGLIO\n\nGRECO",
        lab(
            paid_date="2031-04-02",
            note="all caps from a funeral director's phone; an annoyed payment claim, not a stop request",
        ),
        "AEF 4463",
        "480.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Dominic Frayne", "dominic.frayne@caverleypark.example"),
        "2031-04-23 15:40",
        "outlook_html",
        "Hi,\n\n"
        "AEF 4405 was approved by the GM yesterday and has gone into Friday's payment run, so you should see it early next week.\n\n"
        "Regards,\n"
        "Dominic Frayne\n"
        "Purchase Ledger | Caverley Park Hotel & Spa",
        lab(
            promised_date="2031-04-25",
            refs=("AEF 4405",),
            note="past tense ('approved', 'has gone into') about a payment still to come; the promise is the run on Friday 25 April, not the arrival",
        ),
        "AEF 4405",
        "1960.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Kerry-Ann Doyle", "kerryann.doyle@gmail.com"),
        "2031-04-18 21:04",
        "gmail_plain",
        "Hi, no I haven't paid it yet sorry!! Things have been mad since the wedding. I get paid next Thursday so I'll transfer the balance then if thats ok\n\n"
        "Kerry-Ann x",
        lab(
            promised_date="2031-04-24",
            note="'haven't paid it yet' is a negation, not a payment claim; 'next Thursday' written on a Friday is the coming Thursday, six days on",
        ),
        "AEF 4490",
        "1320.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Jo Pettifer", "jo@pettiferandrose.example"),
        "2031-04-17 10:26",
        "iphone",
        "Hi both, I'm out of office till Tuesday – Easter hols with the kids – so can't get into the business account from here. First thing I'll do when I'm back Tuesday is pay this, promise.\n\n"
        "Jo",
        lab(
            promised_date="2031-04-22",
            note="written by a person who put 'Out of office' in her own subject; no automatic headers; Tuesday after Thu 17 April",
        ),
        "AEF 4488",
        "560.00",
        subject="Out of office till Tues",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Anja Kößler", "a.koessler@kanzlei-koessler.example"),
        "2031-04-10 16:02",
        "outlook",
        "Guten Tag,\n\n"
        "vielen Dank für die Erinnerung. Die Rechnung AEF 4396 liegt zur Freigabe bei Herrn Dr. Kößler, der bis nach Ostern im Urlaub ist. Die Zahlung erfolgt dann in KW 18.\n\n"
        "Mit freundlichen Grüßen\n"
        "Anja Kößler\n"
        "Sekretariat\n"
        "Kößler & Partner Rechtsanwälte",
        lab(
            promised_date="2031-04-28",
            refs=("AEF 4396",),
            note="'KW 18' → Monday of ISO week 18, the start of the week",
        ),
        "AEF 4396",
        "312.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Kai Brünig", "kai@bruenig-catering.example"),
        "2031-04-15 19:11",
        "android",
        "hallo sorry das is untergegangen ich überweis das ende des monats wenn die zahlung vom brautpaar da is\n\n"
        "kai",
        lab(
            promised_date="2031-04-30",
            note="no punctuation or capitals; conditional on his own customer paying, but a date is given: end of April",
        ),
        "AEF 4457",
        "1045.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Thierry Vasseur", "compta@closdesvignes-beaune.example"),
        "2031-04-07 10:47",
        "thunderbird",
        "Bonjour,\n\n"
        "Nous avons bien reçu votre relance. La facture AEF 4388 sera réglée en fin de mois, avec nos autres fournisseurs, par virement.\n\n"
        "Cordialement,\n\n"
        "Thierry Vasseur\n"
        "Service comptabilité\n"
        "Hôtel Le Clos des Vignes",
        lab(
            promised_date="2031-04-30",
            refs=("AEF 4388",),
            note="'en fin de mois' → last day of April",
        ),
        "AEF 4388",
        "1640.00",
        cte="8bit",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Íñigo Arrieta", "inigo@arrieta-weddingplanners.example"),
        "2031-04-25 13:30",
        "outlook",
        "Hola,\n\n"
        "Disculpad, tenemos la factura AEF 4447 pendiente. La pagaremos a finales de mes, en cuanto nos entre el pago de la boda de Sevilla.\n\n"
        "Saludos,\n"
        "Íñigo Arrieta\n"
        "Arrieta Wedding Planners",
        lab(
            promised_date="2031-04-30",
            refs=("AEF 4447",),
            note="'a finales de mes' → 30 April",
        ),
        "AEF 4447",
        "2240.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "luciaferrer.bodas@gmail.com"),
        "2031-04-09 22:15",
        "iphone",
        "Hola! Perdona, se me pasó por completo 🙈 El lunes que viene os hago la transferencia sin falta.\n"
        "Un beso\n"
        "Lucía",
        lab(
            promised_date="2031-04-14",
            note="'el lunes que viene' written on Wed 9 April → Mon 14 April",
        ),
        "AEF 4487",
        "980.00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Petra de Groot", "administratie@zonnehoek-events.example"),
        "2031-04-15 11:20",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Excuses voor de vertraging. Factuur AEF 4420 staat in onze volgende betaalbatch; die gaat over twee weken de deur uit.\n\n"
        "Met vriendelijke groet,\n"
        "Petra de Groot\n"
        "Administratie | Evenementenbureau Zonnehoek",
        lab(
            promised_date="2031-04-29",
            refs=("AEF 4420",),
            note="'over twee weken' → fourteen days after the message",
        ),
        "AEF 4420",
        "1890.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Ruud Jansen", "ruud@jansen-uitvaart.example"),
        "2031-05-02 09:44",
        "gmail_plain",
        "Goedemorgen,\n\n"
        "Komt goed, ik betaal hem volgende week donderdag samen met de andere openstaande posten.\n\n"
        "Groet,\n"
        "Ruud Jansen\n"
        "Jansen Uitvaartverzorging",
        lab(
            promised_date="2031-05-08",
            note="Dutch reply to an English reminder; 'volgende week donderdag' → Thursday of next week",
        ),
        "AEF 4378",
        "415.00",
        rlang="en",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Lodi", "f.lodi@lodi-wedding.example"),
        "2031-04-14 18:20",
        "apple",
        "Ciao, scusate il ritardo, saldo tutto entro fine mese.\nFrancesca",
        lab(
            promised_date="2031-04-30",
            note="'entro fine mese' → 30 April; written on Easter Monday",
        ),
        "AEF 4406",
        "1530.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Roberto Carli", "r.carli@hotelbellavista-como.example"),
        "2031-04-29 09:05",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura AEF 4459 è stata inserita nella distinta di pagamento del 15/05, come da nostre condizioni (bonifico a 30 giorni fine mese).\n\n"
        "Distinti saluti\n"
        "Roberto Carli\n"
        "Contabilità fornitori – Hotel Bellavista Como",
        lab(
            promised_date="2031-05-15",
            refs=("AEF 4459",),
            note="'è stata inserita' is past tense about a future payment; '15/05' is day/month",
        ),
        "AEF 4459",
        "2675.00",
        charset="windows-1252",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Priya Raman", "priya.raman@gmail.com"),
        "2031-04-07 20:30",
        "gmail",
        "Hi there,\n\n"
        "I've transferred £1,150 today for the bouquets, buttonholes and ceremony flowers, which were lovely. I'm not paying the remaining £420 for the table centrepieces though. We specifically asked for white peonies and what arrived were pink garden roses – nobody called us about a substitution, and we have the order confirmation that says peonies.\n\n"
        "I'd like to speak to someone about a refund or credit for that part before anything else is paid.\n\n"
        "Priya",
        lab(note="part paid, the rest refused with a reason: dispute wins over the payment claim"),
        "AEF 4421",
        "1570.00",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Graham Oakes", "graham@oakesfamilyfunerals.example"),
        "2031-04-09 12:02",
        "outlook",
        "Good afternoon,\n\n"
        "We have NOT paid AEF 4401 and we won't be paying it in full. The casket spray and the two wreaths for the Hendry funeral on 27 March arrived at the crematorium twenty minutes after the service had started. The family were very upset and I had to apologise to them on your behalf.\n\n"
        "I would expect at the very least a substantial reduction. Please ask someone senior to ring me.\n\n"
        "Graham Oakes\n"
        "Oakes Family Funeral Directors",
        lab(
            refs=("AEF 4401",),
            note="capitalised negation: 'NOT paid' is no payment claim; late delivery contested",
        ),
        "AEF 4401",
        "865.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Samira Khalid", "ap@thebramwell-hotel.example"),
        "2031-04-22 10:14",
        "outlook_html",
        "Hello,\n\n"
        "This looks like a duplicate. AEF 4433 is for the same weekly lobby arrangements (w/c 3 March) as AEF 4412, which we paid on 21 March. Please cancel AEF 4433 and send us a credit note.\n\n"
        "Kind regards,\n"
        "Samira Khalid\n"
        "Accounts Payable, The Bramwell Hotel",
        lab(
            refs=("AEF 4433", "AEF 4412"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        "AEF 4433",
        "395.00",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Svenja Meier", "empfang@brandt-immobilien.example"),
        "2031-04-16 14:50",
        "apple",
        "Hallo zusammen,\n\n"
        "in der Rechnung AEF 4428 sind vier Lieferungen für März berechnet. Gekommen sind aber nur zwei: in KW 11 und KW 12 stand niemand vor der Tür, und Bescheid gesagt hat uns auch keiner. Bitte korrigieren Sie die Rechnung, vorher können wir sie nicht freigeben.\n\n"
        "Viele Grüße\n"
        "Svenja Meier\n"
        "Empfang | Brandt Immobilien GmbH",
        lab(
            refs=("AEF 4428",),
            note="weekly office arrangements billed but not delivered; the week numbers are not payment dates",
        ),
        "AEF 4428",
        "596.00",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Dr. Wolfgang Ebner", "w.ebner@ebner-stiftung.example"),
        "2031-04-24 09:30",
        "outlook_html_only",
        "Sehr geehrte Damen und Herren,\n\n"
        "für die Blumendekoration unseres Stiftungsempfangs am 22. März lag uns Ihr Angebot über 1.850,00 € brutto vor, das wir so angenommen haben. Ihre Rechnung AEF 4441 lautet jedoch über 2.150,00 €. Eine Erweiterung des Auftrags wurde von unserer Seite nicht beauftragt.\n\n"
        "Wir bitten um Korrektur der Rechnung auf den vereinbarten Betrag. Den Differenzbetrag erkennen wir nicht an.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Wolfgang Ebner\n"
        "Geschäftsführer\n"
        "Ebner-Stiftung für Kunst und Kultur",
        lab(
            refs=("AEF 4441",),
            note="invoice above the accepted quote; HTML-only Outlook message",
        ),
        "AEF 4441",
        "2150.00",
        charset="windows-1252",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Camille Besson", "camille.besson@gmail.com"),
        "2031-04-12 11:05",
        "iphone",
        "Bonjour, je ne vais pas payer cette facture tant qu'on en a pas parlé. Les compositions de l'église étaient fanées dès 14h, on a les photos. J'attends un geste commercial.\n"
        "Camille",
        lab(note="wilted flowers; refuses to pay until it is discussed"),
        "AEF 4377",
        "1260.00",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Nathalie Guérin", "fetes.ceremonies@mairie-saintaubin.example"),
        "2031-04-30 15:12",
        "outlook_html",
        "Bonjour,\n\n"
        "Je reviens vers vous au sujet de la facture AEF 4455. Sur le devis signé, la livraison et l'installation à la salle des fêtes étaient indiquées comme offertes ; or la facture comporte une ligne « Livraison et mise en place » à 180,00 €. Pourquoi ?\n\n"
        "Merci de nous adresser une facture rectifiée, le mandatement ne pourra pas se faire en l'état.\n\n"
        "Cordialement,\n"
        "Nathalie Guérin\n"
        "Service Fêtes et Cérémonies\n"
        "Mairie de Saint-Aubin",
        lab(
            refs=("AEF 4455",),
            note="a town hall contests a line that the quote gave free; the corrected invoice follows from the dispute, so not invoice_request",
        ),
        "AEF 4455",
        "1420.00",
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Carmen Soler", "eventos@miradordelabahia.example"),
        "2031-04-17 12:40",
        "gmail_plain",
        "Hola,\n\n"
        "No entendemos esta factura. El evento de empresa del 5 de abril se canceló el 28 de febrero, con más de un mes de antelación, y según vuestras condiciones la cancelación con más de 30 días no tiene coste. Tenemos el correo de vuestra compañera confirmando la cancelación.\n\n"
        "Por favor, anulad la factura AEF 4423.\n\n"
        "Un saludo,\n"
        "Carmen Soler\n"
        "Departamento de Eventos · Hotel Mirador de la Bahía",
        lab(refs=("AEF 4423",), note="cancelled event billed against the contract terms"),
        "AEF 4423",
        "1100.00",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Daan Vermeulen", "daan@vermeulen-trouwlocatie.example"),
        "2031-04-07 09:31",
        "iphone",
        "Goedemorgen, deze betalen we zo niet. Er waren 12 tafelstukken besteld en er zijn er 8 geleverd. Graag een nieuwe factuur voor wat er echt geleverd is.\n\n"
        "Daan",
        lab(
            note="short delivery; the new invoice asked for is the correction of a disputed amount"
        ),
        "AEF 4385",
        "1380.00",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Ilse Bakker", "i.bakker@hotelhetanker.example"),
        "2031-04-29 14:05",
        "outlook",
        "Beste,\n\n"
        "AEF 4431 hebben we op 11 april betaald, dat zou bij jullie binnen moeten zijn. AEF 4446 klopt volgens ons niet: daar staan de paasstukken voor de lobby op, maar die hebben we zelf geannuleerd en ze zijn ook nooit geleverd.\n\n"
        "Kunnen jullie AEF 4446 crediteren?\n\n"
        "Met vriendelijke groet,\n"
        "Ilse Bakker\n"
        "Financiële administratie Hotel Het Anker",
        lab(
            refs=("AEF 4431", "AEF 4446"),
            note="one invoice paid, the other contested: dispute wins",
        ),
        "AEF 4446",
        "540.00",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Marco Benedetti", "m.benedetti@benedetti-catering.example"),
        "2031-04-18 10:00",
        "gmail",
        "Buongiorno,\n\n"
        "nella fattura AEF 4430 ci sono 40 centrotavola a 38 euro, ma il preventivo che abbiamo firmato era a 32 euro l'uno. La differenza sono 240 euro. Così non possiamo pagarla, mandateci una nota di credito o una fattura corretta.\n\n"
        "Saluti,\n"
        "Marco Benedetti",
        lab(refs=("AEF 4430",), note="unit price above the signed quote"),
        "AEF 4430",
        "1845.00",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Chiara Monti", "chiara@montieventi.example"),
        "2031-04-22 18:47",
        "android",
        "Non abbiamo pagato perchè l'allestimento dell'arco è arrivato a metà, mancavano tutte le ortensie. Ne parliamo al telefono prima di qualsiasi pagamento.\n"
        "Chiara",
        lab(note="negation with a reason; 'perchè' is her spelling"),
        "AEF 4366",
        "920.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Beth Marlowe", "beth@marloweweddings.example"),
        "2031-04-10 22:10",
        "apple_html",
        "Hi,\n\n"
        "I'm really sorry this has dragged on. Honestly the last few months have been rough – two of my couples postponed to next year and I've had to hand back deposits, so cash is very tight until the summer weddings start paying out.\n\n"
        "Would you accept £150 a month until it's cleared? I can set up a standing order from the 1st of May. I'd rather be upfront with you than keep ignoring emails.\n\n"
        "Beth",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        "AEF 4493",
        "1210.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Neil Ashworth", "neil@ashworthhall.example"),
        "2031-04-28 16:20",
        "outlook",
        "Hello,\n\n"
        "I've paid £500 off AEF 4440 this afternoon. The remaining £860 will follow at the end of May once the money from the spring events has come in.\n\n"
        "Regards\n"
        "Neil Ashworth\n"
        "Ashworth Hall Estate",
        lab(
            refs=("AEF 4440",),
            note="part paid now, the rest later: payment_plan, not payment_sent",
        ),
        "AEF 4440",
        "1360.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Sofie Claes", "sofie.claes@kasteelvanrode.example"),
        "2031-04-16 09:12",
        "gmail",
        "Good morning,\n\n"
        "Could we please have another 30 days on AEF 4424? We are in the middle of changing our accounting software and all supplier payments are on hold until the migration is finished. The invoice itself is fine.\n\n"
        "Best regards,\n"
        "Sofie Claes\n"
        "Kasteel van Rode – Events",
        lab(
            refs=("AEF 4424",),
            note="more time asked, invoice not contested; a Belgian venue writing English from a Dutch-language Gmail, in CEST",
        ),
        "AEF 4424",
        "2150.00",
        uk=False,
        loc="nl",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Tobias Wendt", "t.wendt84@gmail.com"),
        "2031-04-26 10:32",
        "gmail_plain",
        "Hallo,\n\n"
        "ehrlich gesagt bekommen wir die 1.920 € gerade nicht auf einmal gestemmt, die Hochzeit ist deutlich teurer geworden als geplant. Wäre es möglich, das in drei Raten zu zahlen, jeweils zum Monatsanfang? Die erste könnte ich Anfang Mai überweisen.\n\n"
        "Viele Grüße\n"
        "Tobias Wendt",
        lab(note="three instalments proposed"),
        "AEF 4414",
        "1920.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Gerda Lindner", "info@goldener-hirsch-bamberg.example"),
        "2031-04-08 17:45",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten um Stundung der Rechnung AEF 4398 bis Ende Mai. Nach dem Wasserschaden in unserem Saal mussten wir im März und April alle Feiern absagen. Die Versicherung hat die Zahlung zugesagt, aber noch nicht geleistet.\n\n"
        "Sobald das Geld da ist, begleichen wir die Rechnung vollständig.\n\n"
        "Mit freundlichen Grüßen\n"
        "Gerda Lindner\n"
        "Gasthaus Zum Goldenen Hirsch",
        lab(
            refs=("AEF 4398",),
            note="deferral ('Stundung') asked: more time → payment_plan, not a promise",
        ),
        "AEF 4398",
        "760.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Hélène Fabre", "fabre.helene@gmail.com"),
        "2031-04-11 13:02",
        "android",
        "Bonjour, est ce qu'il serait possible de payer en trois fois ? 400 € ce mois ci puis le reste sur mai et juin. Merci d'avance\n"
        "Hélène",
        lab(note="instalments; hyphens left out as typed on a phone"),
        "AEF 4494",
        "1150.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Bernard Rossignol", "contact@traiteur-rossignol.example"),
        "2031-04-22 11:11",
        "outlook",
        "Bonjour,\n\n"
        "Suite à votre message : je vous ai viré la moitié ce matin (1 100 EUR) et je vous réglerai le solde fin mai, la saison des mariages démarre à peine et la trésorerie est juste.\n\n"
        "En espérant que cela vous convienne.\n\n"
        "Bernard Rossignol\n"
        "Traiteur Rossignol",
        lab(
            note="half paid this morning, the balance at the end of May: part now and rest later → payment_plan"
        ),
        "AEF 4413",
        "2200.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Pablo Serrano", "gerencia@salonelolivar.example"),
        "2031-04-21 12:00",
        "outlook_html",
        "Buenos días:\n\n"
        "¿Podríamos pagar la factura AEF 4437 en dos plazos, la mitad ahora y la otra mitad dentro de 30 días? Si os parece bien, os hago hoy mismo la primera transferencia.\n\n"
        "Gracias,\n"
        "Pablo Serrano\n"
        "Gerente – Salón de Celebraciones El Olivar",
        lab(
            refs=("AEF 4437",),
            note="two instalments asked; the first transfer is conditional on agreement",
        ),
        "AEF 4437",
        "1680.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Maribel Cortés", "maribel@casamaribel.example"),
        "2031-05-01 23:10",
        "gmail_plain",
        "Hola, buenas noches.\n\n"
        "Perdonad que os escriba a estas horas y que haya tardado tanto en contestar. Os cuento un poco: en febrero mi marido tuvo un problema de salud y estuvo ingresado casi tres semanas, y desde entonces el restaurante lo llevo yo prácticamente sola con mi hija. Las flores que pusisteis para la comunión de la familia Ruiz quedaron preciosas, de eso no hay ninguna queja, y los clientes nos lo dijeron.\n\n"
        "El caso es que ahora mismo no llego a todo. Lo que os quería pedir es si podríamos ir pagando la factura poco a poco, por ejemplo 200 euros cada mes, hasta terminarla. Sé que no es lo ideal pero prefiero deciros la verdad.\n\n"
        "Muchas gracias por la paciencia.\n"
        "Maribel",
        lab(note="long hardship story; the instalment request sits in the third paragraph"),
        "AEF 4499",
        "1340.00",
        cte="b64",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Sanne Mulder", "sanne.mulder92@gmail.com"),
        "2031-04-27 21:13",
        "iphone",
        "Hoi! Zouden we het bedrag in 3 termijnen mogen betalen? De bruiloft is flink over budget gegaan haha. Eerste deel kan eind deze week\n"
        "Liefs Sanne",
        lab(note="instalments from a bride's phone"),
        "AEF 4473",
        "1485.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paolo Rinaldi", "info@funebririnaldi.example"),
        "2031-04-07 11:40",
        "outlook",
        "Buongiorno,\n\n"
        "vi chiedo se è possibile rateizzare la fattura AEF 4391 in quattro rate mensili. Diverse famiglie ci stanno pagando in ritardo e in questo momento non riusciamo a saldare tutto insieme.\n\n"
        "Attendo un vostro riscontro.\n\n"
        "Paolo Rinaldi\n"
        "Agenzia Funebre Rinaldi",
        lab(refs=("AEF 4391",)),
        "AEF 4391",
        "1980.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Elisa Fontana", "elisa.fontana@fontanaeventi.example"),
        "2031-04-30 16:35",
        "gmail",
        "Ciao,\n\n"
        "ti giro subito metà della fattura (690 €) e il resto entro fine maggio, va bene? Aprile è stato un mese difficile.\n\n"
        "Grazie mille\n"
        "Elisa",
        lab(
            note="half now, the rest by the end of May → payment_plan; the end-of-May date is part of the plan and not labelled"
        ),
        "AEF 4444",
        "1380.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Gemma Holt", "accounts.payable@northfield-uni.example"),
        "2031-04-09 10:05",
        "outlook_html",
        "Dear Supplier,\n\n"
        "Invoice AEF 4397 has been rejected by our purchase-to-pay system because it does not quote a valid purchase order number. The PO for the graduation dinner flowers is 4500187723.\n\n"
        "Please reissue the invoice showing the PO number and send it to this address. Once we receive it, it will be paid in line with our 30-day terms.\n\n"
        "Kind regards,\n"
        "Gemma Holt\n"
        "Accounts Payable | Finance Office\n"
        "Northfield University",
        lab(
            refs=("AEF 4397",),
            note="payment conditional on a reissued invoice with the PO: invoice_request; the PO number is not an invoice number",
        ),
        "AEF 4397",
        "1275.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Olivia Trent", "olivia.trent@hallidaycroft-law.example"),
        "2031-04-15 09:40",
        "outlook",
        "Good morning,\n\n"
        "I'm afraid I can't find this invoice anywhere on our system – could you send me a copy, please? I think it's for the reception flowers at the partners' dinner, but I'd like to check before I pass it for payment.\n\n"
        "Many thanks,\n"
        "Olivia Trent\n"
        "PA to James Halliday, Senior Partner\n"
        "Halliday Croft LLP",
        lab(note="a law firm's PA asks for a copy before passing it for payment"),
        "AEF 4469",
        "685.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Ray Dunmore", "finance@stclementshospice.example"),
        "2031-04-24 14:30",
        "thunderbird",
        "Hello,\n\n"
        "Before we can pay AEF 4443 we need your bank details confirmed on company letterhead, signed, as our supplier checks now require this for every first payment. Could you email a scanned letter to this address? As soon as it has been verified the invoice will go into the next payment run.\n\n"
        "Thanks,\n"
        "Ray Dunmore\n"
        "Finance Assistant, St Clement's Hospice",
        lab(
            refs=("AEF 4443",),
            note="needs bank details before paying, nothing contested",
        ),
        "AEF 4443",
        "340.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Vogt", "buchhaltung@hotel-rosengarten.example"),
        "2031-04-15 10:10",
        "outlook_html",
        "Guten Tag,\n\n"
        "auf der Rechnung AEF 4419 fehlen unsere USt-IdNr. (DE 287 114 903) und der Leistungszeitraum. In dieser Form können wir die Rechnung leider nicht buchen. Bitte senden Sie uns eine korrigierte Rechnung, der Betrag selbst ist in Ordnung.\n\n"
        "Freundliche Grüße\n"
        "Petra Vogt\n"
        "Buchhaltung\n"
        "Hotel am Rosengarten",
        lab(
            refs=("AEF 4419",),
            note="reissue with VAT number and service period; the amount is accepted",
        ),
        "AEF 4419",
        "1135.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Martin Haas", "m.haas@haas-bestattungen.example"),
        "2031-04-25 16:02",
        "iphone",
        "Hallo, schicken Sie mir bitte mal eine Aufstellung aller offenen Posten? Ich blicke bei den ganzen Einzelrechnungen für die Trauerfloristik nicht mehr durch.\n"
        "Gruß Haas",
        lab(note="statement of open items asked"),
        "AEF 4482",
        "245.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Marc Lefort", "intendance@lycee-jeanmoulin.example"),
        "2031-04-10 08:55",
        "thunderbird",
        "Bonjour,\n\n"
        "En tant qu'établissement public, nous ne pouvons régler que les factures déposées sur Chorus Pro. Votre facture AEF 4404 nous est parvenue par courriel : elle ne peut donc pas être mise en paiement. Merci de la déposer sur la plateforme (SIRET de l'établissement : 197 600 412 00018, code service INTENDANCE).\n\n"
        "Cordialement,\n\n"
        "Marc Lefort\n"
        "Intendant\n"
        "Lycée hôtelier Jean-Moulin",
        lab(
            refs=("AEF 4404",),
            note="a public school needs the invoice lodged on the state platform before it can pay",
        ),
        "AEF 4404",
        "460.00",
        cte="8bit",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Aurélie Denis", "aurelie.denis@gmail.com"),
        "2031-04-19 09:48",
        "gmail",
        "Bonjour,\n\n"
        "Je n'ai jamais reçu cette facture… Pouvez-vous me l'envoyer en PDF ? Je règle dès réception.\n\n"
        "Merci,\n"
        "Aurélie",
        lab(note="'je règle dès réception' is conditional on the document: invoice_request"),
        "AEF 4465",
        "620.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Raquel Lozano", "facturas@eventoslozano.example"),
        "2031-04-23 13:13",
        "outlook",
        "Hola:\n\n"
        "La factura AEF 4445 está a mi nombre, pero tiene que ir a nombre de la empresa: Eventos Lozano S.L., CIF B14562387, calle Almagro 12, 14001 Córdoba. Si nos la reenviáis así, la pagamos esta semana.\n\n"
        "Gracias,\n"
        "Raquel",
        lab(
            refs=("AEF 4445",),
            note="reissue to the company with its tax number, then payment",
        ),
        "AEF 4445",
        "1590.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Tomás Prieto", "tomas.prieto.m@gmail.com"),
        "2031-04-28 19:30",
        "android",
        "Buenas, el IBAN que viene en la factura me da error en el banco. Me lo podéis mandar otra vez? Quiero pagarlo ya\n"
        "Tomás",
        lab(note="bank details asked before paying; no opening question mark, as typed"),
        "AEF 4394",
        "395.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("M. Smit", "crediteuren@vandijkgroep.example"),
        "2031-04-10 11:02",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "Uw factuur AEF 4461 kan niet worden verwerkt, omdat het inkoopordernummer ontbreekt. Wij verzoeken u de factuur opnieuw in te dienen met vermelding van ons ordernummer IO-2031-0388, via facturen@vandijkgroep.example.\n\n"
        "Met vriendelijke groet,\n"
        "M. Smit\n"
        "Crediteurenadministratie Van Dijk Groep",
        lab(
            refs=("AEF 4461",),
            note="reissue with the order number; the invoice inbox named is where the document goes, not a new contact for reminders",
        ),
        "AEF 4461",
        "2380.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Femke Hoekstra", "femke@hoekstra-evenementen.example"),
        "2031-04-08 13:37",
        "gmail_plain",
        "Hoi,\n\n"
        "kunnen jullie me een specificatie sturen van AEF 4395? Er staat alleen 'decoratie evenement' op met een totaalbedrag en mijn klant wil weten wat er precies in zit voordat hij betaalt.\n\n"
        "Groetjes,\n"
        "Femke",
        lab(refs=("AEF 4395",), note="breakdown asked, the amount is not contested"),
        "AEF 4395",
        "3120.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Luca Bassi", "amministrazione@villaortensia.example"),
        "2031-04-16 10:25",
        "outlook_html",
        "Buongiorno,\n\n"
        "per poter procedere al pagamento ci serve la fattura elettronica tramite SDI. Il nostro codice destinatario è M5UXCR1 e la partita IVA è 02847150134. La copia in PDF che ci avete mandato non ha valore fiscale.\n\n"
        "Cordiali saluti\n"
        "Luca Bassi\n"
        "Amministrazione – Hotel Villa Ortensia",
        lab(note="electronic invoice through the Italian exchange system needed before payment"),
        "AEF 4381",
        "1725.00",
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Hannah Price", "hannah.price.91@gmail.com"),
        "2031-04-07 18:20",
        "iphone",
        "Hi, I left Fernbrook Manor at the end of March so I can't help with this I'm afraid. Their accounts are done by Julie Marsh now – julie.marsh@fernbrookmanor.example\n\n"
        "Best of luck,\n"
        "Hannah",
        lab(
            new_contact="julie.marsh@fernbrookmanor.example",
            note="former employee, reached on her own address",
        ),
        "AEF 4439",
        "1450.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Sarah Whitlock", "sarah.whitlock@whitlockdental.example"),
        "2031-04-23 12:45",
        "gmail_plain",
        "I think you've got the wrong Sarah – I'm a dentist in Hull and I've never ordered flowers from you. Please check your records.\n\n"
        "S. Whitlock",
        lab(note="wrong recipient altogether; no other address"),
        "AEF 4389",
        "275.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Greystone Events Accounts", "accounts@greyst0ne-events.example"),
        "2031-04-17 03:12",
        "notice_html",
        "Dear Valued Supplier,\n\n"
        "Please be informed that our Accounts Receivable/Payable department has been migrated to a new secure mailbox due to an ongoing audit. With immediate effect ALL statements, reminders and payment correspondence must be directed ONLY to greystone.accounts.dept@gmail.com\n\n"
        "Kindly update your records accordingly and do not reply to this address as it will no longer be monitored.\n\n"
        "Regards,\n"
        "Accounts Department\n"
        "Greystone Events Ltd",
        lab(
            new_contact="greystone.accounts.dept@gmail.com",
            note="phishing-like: a look-alike domain asks for collection mail to go to a free-mail address; labelled as what it asks, a person must verify before any change; HTML only",
        ),
        "AEF 4452",
        "1890.00",
        headers=(("Reply-To", "greystone.accounts.dept@gmail.com"),),
        threaded=False,
        subject="IMPORTANT: Change of accounts contact – update your records",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lena Hoffmann", "lena.hoffmann@agentur-lichtblick.example"),
        "2031-04-29 15:00",
        "apple",
        "Hallo,\n\n"
        "für Rechnungen bin ich leider nicht zuständig, ich mache bei uns nur die Projektleitung. Bitte schreiben Sie an unsere Buchhaltung: Buchhaltung@Agentur-Lichtblick.example – dort kümmert man sich darum.\n\n"
        "Beste Grüße\n"
        "Lena Hoffmann",
        lab(
            new_contact="buchhaltung@agentur-lichtblick.example",
            note="address written in mixed case, labelled in lower case",
        ),
        "AEF 4486",
        "1175.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Julien Marchetti", "j.marchetti@chateau-lavalette.example"),
        "2031-04-18 10:30",
        "outlook",
        "Bonjour,\n\n"
        "Je ne m'occupe plus de la comptabilité fournisseurs du château depuis le 1er avril. Merci d'adresser vos relances à Mme Perrin : comptabilite@chateau-lavalette.example.\n\n"
        "Cordialement,\n"
        "Julien Marchetti",
        lab(new_contact="comptabilite@chateau-lavalette.example"),
        "AEF 4418",
        "2890.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Gérard Poulain", "gerard.poulain@gmail.com"),
        "2031-04-14 08:12",
        "gmail_plain",
        "Bonjour,\n"
        "vous vous êtes trompés de destinataire, je n'ai jamais commandé de fleurs chez vous et je ne connais pas cette société. Vérifiez votre fichier.\n"
        "G. Poulain",
        lab(note="wrong recipient, no new address"),
        "AEF 4478",
        "350.00",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Alba Navarro", "alba.navarro.g@gmail.com"),
        "2031-04-20 12:02",
        "iphone",
        "Hola, creo que esto no es para mí, la boda era de mi hermana Irene. Ella es quien os hizo el encargo, su correo es irene.navarro.g@gmail.com\n"
        "Saludos",
        lab(
            new_contact="irene.navarro.g@gmail.com",
            note="the sister who placed the order is the contact",
        ),
        "AEF 4386",
        "1610.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Hotel Costa Dorada", "reservas@hotelcostadorada.example"),
        "2031-04-09 09:04",
        "notice",
        "Estimado cliente:\n\n"
        "Esta dirección de correo ya no está operativa. Para cualquier asunto de administración o facturación, escriba a administracion@hotelcostadorada.example. Para reservas, utilice reservas.web@hotelcostadorada.example.\n\n"
        "Gracias.\n"
        "Hotel Costa Dorada",
        lab(
            new_contact="administracion@hotelcostadorada.example",
            note="automatic 'address no longer in use' notice naming the billing address: wrong_contact; the bookings address is not the billing contact",
        ),
        "AEF 4408",
        "890.00",
        charset="iso-8859-1",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=2,
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Joost van Leeuwen", "joost.vanleeuwen@gmail.com"),
        "2031-04-24 08:40",
        "android",
        "Hallo, ik werk sinds maart niet meer bij Partycentrum De Heuvel. Stuur dit maar naar Marloes, die doet daar nu de administratie: marloes@partycentrumdeheuvel.example\n\n"
        "Joost",
        lab(new_contact="marloes@partycentrumdeheuvel.example"),
        "AEF 4382",
        "960.00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Anouk Visser", "info@degoudenkarper.example"),
        "2031-04-30 10:10",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Dit adres gebruiken we alleen voor reserveringen. Herinneringen en facturen graag voortaan naar ons boekhoudkantoor: administratie@vermeer-boekhouding.example, t.a.v. de heer Vermeer. Zij regelen de betalingen voor ons.\n\n"
        "Met vriendelijke groet,\n"
        "Anouk Visser\n"
        "Restaurant De Gouden Karper",
        lab(
            new_contact="administratie@vermeer-boekhouding.example",
            note="bookkeeping firm handles payments for the restaurant",
        ),
        "AEF 4368",
        "725.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Sara Colombo", "s.colombo@villaserena-eventi.example"),
        "2031-04-10 17:17",
        "gmail",
        "Buonasera,\n\n"
        "io mi occupo solo della parte eventi, per le fatture dovete scrivere all'amministrazione: amministrazione@villaserena-eventi.example (chiedete di Patrizia).\n\n"
        "Grazie\n"
        "Sara Colombo",
        lab(new_contact="amministrazione@villaserena-eventi.example"),
        "AEF 4496",
        "2045.00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Ludovica Sarti Wedding Planner", "info@ludovicasarti.example"),
        "2031-04-22 09:50",
        "outlook",
        "Buongiorno,\n\n"
        "vi segnalo che la fattura AEF 4438 non è a carico nostro: come da accordi, i fiori per il matrimonio Ricci-Galli li pagano direttamente gli sposi. Il riferimento è la sposa, Valentina Ricci, valentina.ricci85@gmail.com.\n\n"
        "Un saluto\n"
        "Ludovica Sarti",
        lab(
            new_contact="valentina.ricci85@gmail.com",
            refs=("AEF 4438",),
            note="the planner says the couple pays directly and names the bride: wrong_contact, not a dispute of the amount; Italian reply to an English reminder",
        ),
        "AEF 4438",
        "3250.00",
        charset="iso-8859-1",
        rlang="en",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "u-en-1",
        "unsubscribe",
        "en",
        ("Craig Mellor", "craig@theploughatbrayford.example"),
        "2031-04-11 07:55",
        "iphone",
        "I'll pay it on the 15th like I told your colleague on the phone. Thats the third email this week, please stop emailing me about it.",
        lab(
            note="a promise ('the 15th') plus a stop request: unsubscribe wins, so the promised day is not labelled"
        ),
        "AEF 4442",
        "730.00",
    ),
    Reply(
        "u-en-2",
        "unsubscribe",
        "en",
        ("A. Redfern", "anthony@redfernhouse.example"),
        "2031-04-24 11:00",
        "outlook_html",
        "Dear Sirs,\n\n"
        "We have instructed Pemberton Ashe LLP in relation to this account and the flowers supplied for the Redfern House open weekend. Please address all further correspondence to them. We will not respond to further emails sent to this address.\n\n"
        "Yours faithfully,\n"
        "A. Redfern\n"
        "Director, Redfern House Ltd",
        lab(note="'talk to our solicitors', no address given: unsubscribe"),
        "AEF 4374",
        "3480.00",
    ),
    Reply(
        "u-en-3",
        "unsubscribe",
        "en",
        ("DEREK HOLLIS", "derek.hollis58@gmail.com"),
        "2031-05-02 06:40",
        "android",
        "UNSUBSCRIBE ME FROM THIS LIST NOW I HAVE TOLD YOU TWICE",
        lab(note="all caps, no punctuation"),
        "AEF 4485",
        "185.00",
    ),
    Reply(
        "u-de-1",
        "unsubscribe",
        "de",
        ("Ingrid Kramer", "kontakt@bestattungshaus-kramer.example"),
        "2031-04-07 14:14",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte senden Sie uns Rechnungen und Mahnungen künftig ausschließlich per Post an unsere Geschäftsadresse. E-Mails an diese Adresse werden nicht mehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ingrid Kramer\n"
        "Bestattungshaus Kramer",
        lab(note="post only → unsubscribe"),
        "AEF 4425",
        "455.00",
        charset="iso-8859-1",
    ),
    Reply(
        "u-de-2",
        "unsubscribe",
        "de",
        ("Markus Feld", "markus.feld@gmail.com"),
        "2031-04-29 21:00",
        "gmail",
        "Hallo,\n\n"
        "hiermit widerspreche ich der weiteren Nutzung meiner E-Mail-Adresse für Zahlungserinnerungen und bitte um Löschung aus Ihrem Verteiler (Art. 21 DSGVO). Die Rechnung ist übrigens längst bezahlt.\n\n"
        "Markus Feld",
        lab(note="data-protection objection plus a payment claim: unsubscribe wins"),
        "AEF 4411",
        "1260.00",
    ),
    Reply(
        "u-fr-1",
        "unsubscribe",
        "fr",
        ("Hortense Lacombe", "direction@jardinsdhortense.example"),
        "2031-04-16 17:30",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Ce dossier est désormais suivi par notre avocat, Maître Fournier. Je vous prie de ne plus m'écrire directement à ce sujet.\n\n"
        "Salutations,\n"
        "H. Lacombe\n"
        "Gérante, SARL Les Jardins d'Hortense",
        lab(note="'our lawyer handles this, do not write to me' → unsubscribe"),
        "AEF 4407",
        "1940.00",
        charset="iso-8859-1",
    ),
    Reply(
        "u-es-1",
        "unsubscribe",
        "es",
        ("Fernando Gil", "fgil@gilasesores.example"),
        "2031-04-10 10:45",
        "outlook",
        "Dejen de escribirme, por favor. Esto se pagó hace semanas y ya es el tercer correo.\n\n"
        "F. Gil",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        "AEF 4477",
        "640.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "u-es-2",
        "unsubscribe",
        "es",
        ("Nuria Campos", "nuria.campos.r@gmail.com"),
        "2031-04-22 08:05",
        "iphone",
        "Dadme de baja de estos correos por favor, no quiero recibir más.",
        lab(),
        "AEF 4393",
        "510.00",
    ),
    Reply(
        "u-nl-1",
        "unsubscribe",
        "nl",
        ("W. de Vries", "secretariaat@hetrozenhuis.example"),
        "2031-04-25 13:20",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Wij verzoeken u vriendelijk ons voortaan geen e-mails meer te sturen over facturen. Correspondentie graag uitsluitend per post aan ons postadres.\n\n"
        "Met vriendelijke groet,\n"
        "W. de Vries\n"
        "Secretariaat Stichting Het Rozenhuis",
        lab(note="post only → unsubscribe"),
        "AEF 4472",
        "375.00",
    ),
    Reply(
        "u-nl-2",
        "unsubscribe",
        "nl",
        ("", "jeroen.kuipers@gmail.com"),
        "2031-04-16 23:48",
        "android",
        "Afmelden",
        lab(note="one word, no display name"),
        "AEF 4435",
        "290.00",
    ),
    Reply(
        "u-it-1",
        "unsubscribe",
        "it",
        ("Alessandro Villa", "alessandro.villa@gmail.com"),
        "2031-04-28 12:30",
        "gmail",
        "Buongiorno, vi prego di cancellare il mio indirizzo dalle vostre comunicazioni. Grazie",
        lab(),
        "AEF 4453",
        "830.00",
    ),
    Reply(
        "u-it-2",
        "unsubscribe",
        "it",
        ("Rosaria", "info@trattoriadarosaria.example"),
        "2031-04-18 20:10",
        "iphone",
        "Ho pagato tutto a marzo. Non scrivetemi più per favore, è la quarta mail!!\nRosaria",
        lab(note="payment claim plus a stop request: unsubscribe wins"),
        "AEF 4483",
        "560.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "a-en-1",
        "auto_reply",
        "en",
        ("Claire Ainsworth", "claire.ainsworth@thornburyhotels.example"),
        "2031-04-30 09:08",
        "notice",
        "Thank you for your email. I am on annual leave and will return on Tuesday 6 May. For urgent accounts queries please contact accounts@thornburyhotels.example or call 01632 960 418.\n\n"
        "Claire Ainsworth\n"
        "Finance Manager",
        lab(
            return_date="2031-05-06",
            note="Exchange out-of-office; a colleague's address does not set new_contact",
        ),
        "AEF 4364",
        "1215.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        lag=2,
    ),
    Reply(
        "a-en-2",
        "auto_reply",
        "en",
        ("Bramley Group AP Helpdesk", "aphelpdesk@bramleygroup.example"),
        "2031-04-28 09:03",
        "notice",
        "Hello,\n\n"
        "Thank you for contacting the Bramley Group Accounts Payable Helpdesk. Your enquiry has been logged under reference AP-48213 and a member of the team will respond within 5 working days.\n\n"
        "Please keep the reference in the subject line if you write to us again about this matter.\n\n"
        "This is an automated message.",
        lab(note="ticket-system acknowledgement, no return date"),
        "AEF 4365",
        "2730.00",
        subject="[AP-48213] Re: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=1,
    ),
    Reply(
        "a-en-3",
        "auto_reply",
        "en",
        ("Tom Brierley", "tom@brierleyfunerals.example"),
        "2031-04-17 14:20",
        "notice",
        "Hi, I'm away until 25/04/2031 with limited access to email. For funeral arrangements please ring the office on 01632 960 772, the phone is covered 24 hours.\n\n"
        "Tom Brierley",
        lab(
            return_date="2031-04-25",
            note="'until X' → X itself; only an X-Autoreply header",
        ),
        "AEF 4480",
        "310.00",
        subject="Away: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        lag=3,
    ),
    Reply(
        "a-de-1",
        "auto_reply",
        "de",
        ("Sabine Roth", "s.roth@roth-partner-events.example"),
        "2031-04-29 10:31",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 02.05.2031 nicht im Büro und ab Montag, dem 05.05.2031, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@roth-partner-events.example.\n\n"
        "Mit freundlichen Grüßen\n"
        "Sabine Roth",
        lab(
            return_date="2031-05-05",
            note="the stated day back wins over 'bis einschließlich'",
        ),
        "AEF 4497",
        "870.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        lag=2,
    ),
    Reply(
        "a-de-2",
        "auto_reply",
        "de",
        ("Stadt Wernau – Rechnungseingang", "rechnungseingang@stadt-wernau.example"),
        "2031-04-10 09:12",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre E-Mail ist bei der Stadtverwaltung Wernau eingegangen. Dies ist eine automatisch erzeugte Eingangsbestätigung.\n\n"
        "Bitte beachten Sie: Rechnungen an die Stadt Wernau sind seit dem 01.01.2031 ausschließlich im Format XRechnung einzureichen. Die Bearbeitung Ihres Anliegens kann bis zu 10 Arbeitstage dauern.\n\n"
        "Stadtverwaltung Wernau\n"
        "Kämmerei",
        lab(
            note="automatic receipt from a town council; the XRechnung sentence is boilerplate, not a request; only Precedence: auto_reply"
        ),
        "AEF 4370",
        "640.00",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        lag=4,
    ),
    Reply(
        "a-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Carré", "i.carre@domaine-des-tilleuls.example"),
        "2031-04-23 11:00",
        "notice",
        "Bonjour,\n\n"
        "Je suis en congés jusqu'au vendredi 25 avril inclus et serai de retour le lundi 28 avril. Pendant mon absence, vos messages ne seront pas transférés.\n\n"
        "Bien cordialement,\n"
        "Isabelle Carré",
        lab(
            return_date="2031-04-28",
            note="the stated day back wins over 'jusqu'au ... inclus'",
        ),
        "AEF 4416",
        "1395.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        lag=1,
    ),
    Reply(
        "a-fr-2",
        "auto_reply",
        "fr",
        ("Hôtel des Remparts", "reception@hoteldesremparts.example"),
        "2031-04-25 10:00",
        "notice",
        "Bonjour,\n\n"
        "Merci pour votre message. La réception de l'Hôtel des Remparts vous répondra dans les meilleurs délais.\n\n"
        "Pour toute réservation, rendez-vous sur notre site. Pour le service comptable, merci de préciser le numéro de facture dans l'objet de votre courriel.\n\n"
        "À très bientôt,\n"
        "L'équipe de l'Hôtel des Remparts",
        lab(
            note="autoresponder without Auto-Submitted or any other automatic header; no return date"
        ),
        "AEF 4432",
        "1065.00",
        subject="Hôtel des Remparts – accusé de réception",
        lag=2,
    ),
    Reply(
        "a-es-1",
        "auto_reply",
        "es",
        ("Alberto Ruiz", "aruiz@grupohotelesruiz.example"),
        "2031-04-10 12:12",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 21 de abril, con acceso limitado al correo. Para temas urgentes puede contactar con mi compañera Eva Lara (elara@grupohotelesruiz.example).\n\n"
        "Un saludo,\n"
        "Alberto Ruiz",
        lab(
            return_date="2031-04-21",
            note="'hasta X' → X itself; the colleague's address does not set new_contact",
        ),
        "AEF 4468",
        "1520.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=1,
    ),
    Reply(
        "a-nl-1",
        "auto_reply",
        "nl",
        ("Marieke Smits", "m.smits@evenementenhal-delta.example"),
        "2031-04-10 16:44",
        "notice",
        "Beste afzender,\n\n"
        "Ik ben afwezig tot en met Tweede Paasdag, maandag 14 april. Vanaf dinsdag 15 april ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Met vriendelijke groet,\n"
        "Marieke Smits",
        lab(
            return_date="2031-04-15",
            note="the stated day back wins over 't/m' (through Easter Monday)",
        ),
        "AEF 4458",
        "2210.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED,),
        lag=2,
    ),
    Reply(
        "a-nl-2",
        "auto_reply",
        "nl",
        ("Zorggroep Eemland Financiën", "financien@zorggroep-eemland.example"),
        "2031-04-08 09:15",
        "notice",
        "Geachte relatie,\n\n"
        "Hartelijk dank voor uw bericht. Wij hebben uw e-mail in goede orde ontvangen en streven ernaar u binnen twee werkdagen te antwoorden.\n\n"
        "Met vriendelijke groet,\n"
        "Afdeling Financiën\n"
        "Zorggroep Eemland",
        lab(note="receipt acknowledgement, no return date"),
        "AEF 4373",
        "455.00",
        charset="iso-8859-1",
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
        lag=1,
    ),
    Reply(
        "a-it-1",
        "auto_reply",
        "it",
        ("Federica Galli", "f.galli@grandhotelgardone.example"),
        "2031-04-17 15:00",
        "notice",
        "Gentile mittente,\n\n"
        "sarò assente dall'ufficio per ferie fino al 22 aprile compreso e rientrerò mercoledì 23 aprile. Durante la mia assenza la posta non verrà letta.\n\n"
        "Cordiali saluti\n"
        "Federica Galli\n"
        "Ufficio Contabilità",
        lab(
            return_date="2031-04-23",
            note="the stated day back wins over 'fino al ... compreso'",
        ),
        "AEF 4384",
        "1850.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=2,
    ),
    Reply(
        "a-it-2",
        "auto_reply",
        "it",
        ("Davide Sala", "davide.sala@salaeventi.example"),
        "2031-04-30 18:00",
        "notice",
        "Ciao, sono in ferie per il ponte del primo maggio, rientro dopo il ponte. Per urgenze scrivete a info@salaeventi.example\n"
        "Davide",
        lab(note="Gmail vacation responder; 'dopo il ponte' cannot be pinned to a day"),
        "AEF 4362",
        "990.00",
        subject="Re: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=1,
    ),
]

OTHER = [
    Reply(
        "o-en-1",
        "other",
        "en",
        ("Rachel Fenwick", "rachel@fenwickandco-events.example"),
        "2031-04-10 13:15",
        "android",
        "Did we not pay this already?? I thought Mark had done it before we went to the Harrogate show but I'm not sure. Can someone check and let me know\n\n"
        "Rachel",
        lab(
            note="a question whether it was paid: no payment claim and no document asked; a person must check"
        ),
        "AEF 4448",
        "1095.00",
    ),
    Reply(
        "o-en-2",
        "other",
        "en",
        ("Fiona Gallacher", "fiona@thewhitehartinn.example"),
        "2031-04-22 11:48",
        "gmail",
        "Hi,\n\n"
        "Just picking this up – I'll chase our bookkeeper about the invoice. While I have you, could you quote for flowers for a wedding we have on Saturday 14 June? 80 guests, ten round tables, the couple want wild meadow-style arrangements and something over the fireplace. Could someone give me a ring on 01632 960 335?\n\n"
        "Thanks,\n"
        "Fiona",
        lab(
            note="'I'll chase our bookkeeper' commits to nothing; a new enquiry in the reminder thread"
        ),
        "AEF 4387",
        "845.00",
    ),
    Reply(
        "o-en-3",
        "other",
        "en",
        ("Ben Okafor", "ben.okafor@okaforhospitality.example"),
        "2031-04-07 11:30",
        "outlook",
        "Thanks, noted.\n\nBen",
        lab(note="acknowledgement only"),
        "AEF 4369",
        "1320.00",
    ),
    Reply(
        "o-de-1",
        "other",
        "de",
        ("Nina Albrecht", "n.albrecht@eventhaus-albrecht.example"),
        "2031-04-25 09:22",
        "gmail_plain",
        "Hallo,\n\nist angekommen, ich gebe das an die Geschäftsführung weiter.\n\nLG Nina",
        lab(note="acknowledgement; passing it on is not a new contact"),
        "AEF 4491",
        "1160.00",
    ),
    Reply(
        "o-de-2",
        "other",
        "de",
        ("Jana Weber", "empfang@wagner-soehne.example"),
        "2031-04-30 08:40",
        "outlook_html",
        "Guten Morgen,\n\n"
        "kurze Frage, weil ich Sie gerade dran habe: Kommt die Wochenlieferung wegen des Feiertags morgen schon heute Nachmittag oder erst am Freitag? Dann müssten wir jemanden an den Empfang setzen.\n\n"
        "Danke und viele Grüße\n"
        "Jana Weber\n"
        "Empfang | Wagner & Söhne Steuerberatung",
        lab(note="delivery question in the reminder thread; nothing about the invoice"),
        "AEF 4460",
        "420.00",
    ),
    Reply(
        "o-fr-1",
        "other",
        "fr",
        ("Monique Tessier", "monique.tessier@gmail.com"),
        "2031-04-08 19:50",
        "iphone",
        "Bonsoir, c'est quoi ce mail ? Je n'ai rien commandé récemment… enfin si, les fleurs pour l'enterrement de ma mère en mars, mais c'est les pompes funèbres qui devaient s'en occuper. C'est une arnaque ou pas ? Rappelez moi au 06 12 34 56 78.\n"
        "Monique Tessier",
        lab(
            note="unsure whether it is genuine and asks for a call; contests nothing and names no other payer's address"
        ),
        "AEF 4462",
        "285.00",
    ),
    Reply(
        "o-fr-2",
        "other",
        "fr",
        ("Secrétariat Pompes Funèbres Lemaire", "secretariat@pf-lemaire.example"),
        "2031-04-17 16:05",
        "outlook",
        "Bien reçu, merci.\n\nLe secrétariat",
        lab(note="acknowledgement only"),
        "AEF 4371",
        "395.00",
        charset="windows-1252",
    ),
    Reply(
        "o-es-1",
        "other",
        "es",
        ("Cristina Vidal", "cristina@vidal-interiorismo.example"),
        "2031-04-14 10:50",
        "apple",
        "Hola,\n\n"
        "¿Esto no estaba pagado ya? Pensaba que sí, pero no lo encuentro en el banco. ¿Podéis mirar si os ha llegado algo?\n\n"
        "Cristina",
        lab(note="asks whether it was paid; no claim, no document request"),
        "AEF 4410",
        "775.00",
    ),
    Reply(
        "o-es-2",
        "other",
        "es",
        ("Diego Robles", "reservas@restaurantelaparra.example"),
        "2031-04-29 17:25",
        "gmail_plain",
        "Hola, lo de la factura lo lleva mi socio, ya se lo he pasado. Aprovecho para preguntaros: ¿hacéis centros de mesa para comuniones? Tenemos tres en mayo.\n"
        "Diego",
        lab(note="passed to his business partner (no address, same business); then a new enquiry"),
        "AEF 4417",
        "610.00",
    ),
    Reply(
        "o-nl-1",
        "other",
        "nl",
        ("Wendy Kok", "wendy@kokcatering.example"),
        "2031-04-07 12:12",
        "iphone",
        "Ontvangen 👍",
        lab(note="acknowledgement with an emoji; not a payment claim"),
        "AEF 4471",
        "505.00",
    ),
    Reply(
        "o-nl-2",
        "other",
        "nl",
        ("Ingrid Peeters", "ingrid.peeters@gmail.com"),
        "2031-05-01 14:30",
        "gmail",
        "Geachte heer/mevrouw,\n\n"
        "Mijn vader, Henk Peeters, is op 2 april overleden. Ik ben zijn dochter en handel zijn zaken af. Ik wist niet dat hij nog een rekening bij u had openstaan, en de notaris heeft nog geen overzicht van de nalatenschap. Kunt u mij even bellen op 06-2345 6789? Dan kijken we samen hoe we dit oplossen.\n\n"
        "Met vriendelijke groet,\n"
        "Ingrid Peeters",
        lab(
            note="the customer has died and his daughter asks for a call: no promise, no new address; a person must handle it"
        ),
        "AEF 4403",
        "345.00",
    ),
    Reply(
        "o-it-1",
        "other",
        "it",
        ("Giorgio Pace", "giorgio.pace@pacericevimenti.example"),
        "2031-04-23 13:03",
        "iphone",
        "ok ricevuto, ne parlo con mia moglie stasera",
        lab(note="acknowledgement without any commitment"),
        "AEF 4450",
        "1240.00",
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
# Delivery reports: generated machine parts, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang` at `sent` (UK time)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    sent: str
    rlang: str
    inv: str
    amount: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report: UK-generated reports in BST, the others in CEST."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(tzinfo=UK_TZ if self.rlang == "en" else CE_TZ)

    @property
    def sent_dt(self) -> datetime:
        """When the reminder left Ashcombe."""
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UK_TZ)

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)

    def reminder(self) -> Message:
        """The reminder as dunmail sent it."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        text = reminder_text(self.rlang, self.key, self.inv, self.amount, currency, self.sent_dt)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_words(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent_dt)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        move_mime_headers_last(msg)
        return msg


def reminder_source(b: Bounce) -> str:
    """The reminder as the text a server pastes below a non-MIME report."""
    return b.reminder().as_string()


def reminder_header_text(b: Bounce) -> str:
    """Only the reminder's header block."""
    return reminder_source(b).split("\n\n", 1)[0] + "\n"


def headers_part(b: Bounce) -> Message:
    """text/rfc822-headers with the returned reminder's headers."""
    return text_part(reminder_header_text(b), "rfc822-headers", "us-ascii", "7bit")


def status_part(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    """message/delivery-status (RFC 3464): per-message fields, then one recipient block."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        *extra,
        f"Arrival-Date: {format_datetime(b.sent_dt)}",
    ]
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
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent_dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add the Content-Description that Postfix puts on each part."""
    part["Content-Description"] = description
    return part


def seal(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    shape: Callable[[str, int], str],
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a report, then the shared tidying."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_words(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{digest(b.key, 'report').hex()[:24]}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return finish(msg, b.key, shape)


def postfix_shape(host: str) -> Callable[[str, int], str]:
    """Postfix: queue id, a timestamp and the reporting host's name."""

    def shape(key: str, n: int) -> str:
        epoch = 1_933_372_800 + digest(key, "stamp")[0] * 12345  # April 2031
        return f"{b32(key, f'queue{n}', 11)}.{epoch}/{host}"

    return shape


def exchange_shape(key: str, n: int) -> str:
    """Exchange Online's report boundary."""
    return f"_00{n}_{b32(key, f'ndr{n}', 36)}_"


def google_shape(key: str, n: int) -> str:
    """Gmail's report boundary."""
    return "000000000000" + digest(key, f"gb{n}").hex()[:22]


def plain_shape(key: str, n: int) -> str:
    """A generic MTA boundary."""
    return f"----=_NextPart_{n:03d}_{b32(key, f'part{n}', 20)}"


def ndr_human(lines: list[str], bold: int = 1) -> Message:
    """Exchange Online's human-readable part: plain text and a light HTML copy."""
    text = "\n\n".join(lines) + "\n"
    blocks = []
    for i, line in enumerate(lines):
        inner = lines_html(line)
        blocks.append(
            f'<p><b><font size="3" color="#000066">{inner}</font></b></p>'
            if i < bold
            else f"<p>{inner}</p>"
        )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:10pt">\n'
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def bounce_postfix_unknown(b: Bounce) -> Message:
    """Postfix RFC 3464 report, recipient unknown at the customer's server."""
    host = "mx." + b.rcpt.split("@")[1]
    said = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    problem = textwrap.wrap(
        f"<{b.rcpt}>: host {host}[192.0.2.61] said: {said} (in reply to RCPT TO command)",
        width=76,
        subsequent_indent="    ",
        break_on_hyphens=False,
    )
    human = (
        f"This is the mail system at host mail.{AR_DOMAIN}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n" + "\n".join(problem) + "\n"
    )
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            status_part(
                b,
                f"mail.{AR_DOMAIN}",
                "failed",
                said,
                host,
                (
                    f"X-Postfix-Queue-ID: {b32(b.key, 'queue0', 11)}",
                    f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                ),
            ),
            "Delivery report",
        ),
        described(headers_part(b), "Undelivered Message Headers"),
    )
    sender = f"MAILER-DAEMON@mail.{AR_DOMAIN} (Mail Delivery System)"
    return seal(
        b,
        msg,
        sender,
        "Undelivered Mail Returned to Sender",
        postfix_shape(f"mail.{AR_DOMAIN}"),
    )


def bounce_qmail_domain(b: Bounce) -> Message:
    """qmail-send's plain-text failure notice (no MIME): the domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    text = (
        f"Hi. This is the qmail-send program at smtp.{AR_DOMAIN}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1002); {b.sent_dt.astimezone(UTC).strftime('%d %b %Y %H:%M:%S')} -0000\n"
        f"{reminder_source(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return seal(b, msg, f"MAILER-DAEMON@smtp.{AR_DOMAIN}", "failure notice", plain_shape)


def bounce_exim_full(b: Bounce) -> Message:
    """Exim's plain-text failure message: the customer's mailbox is over quota."""
    host = "mail." + b.rcpt.split("@")[1]
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host {host} [192.0.2.90]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full - quota exceeded (4096000/4096000 kB)\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from [198.51.100.20] (helo=mail.{AR_DOMAIN})\n"
        f"\tby mx1.{AR_DOMAIN} with esmtpsa (Exim 4.98)\n"
        f"\tid 1u{b32(b.key, 'exim', 4)}-00{b32(b.key, 'exim2', 4)}-3K\n"
        f"\tfor {b.rcpt}; {format_datetime(b.sent_dt)}\n"
        f"{reminder_source(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return seal(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@mx1.{AR_DOMAIN}>",
        "Mail delivery failed: returning message to sender",
        plain_shape,
        (("X-Failed-Recipients", b.rcpt),),
    )


def exchange_report(
    b: Bounce, human: list[str], action: str, diagnostic: str, subject: str, server: str
) -> Message:
    """An Exchange Online report in the customer's language, with the headers returned."""
    msg = report(
        ndr_human(human),
        status_part(b, server, action, diagnostic),
        headers_part(b),
    )
    domain = b.rcpt.split("@")[1]
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        subject,
        exchange_shape,
        (
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", LOCALES[b.lang].content_language),
        ),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online 'Unzustellbar', recipient not found."""
    server = "FR3P281MB2214.DEUP281.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = [
        "Ihre Nachricht hat die folgenden Empfänger nicht erreicht:",
        b.rcpt,
        "Die E-Mail-Adresse, an die Sie geschrieben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Falls das Problem bestehen bleibt, wenden Sie sich an Ihren E-Mail-Administrator.",
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: {server}",
        f"{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben.",
    ]
    return exchange_report(b, human, "failed", diag, f"Unzustellbar: {b.subject}", server)


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online 'Non remis', recipient not found."""
    server = "PR0P264MB3170.FRAP264.PROD.OUTLOOK.example"
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    human = [
        "Votre message n'a pas pu être remis aux destinataires suivants :",
        b.rcpt,
        "L'adresse de messagerie à laquelle vous avez écrit est introuvable. Vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez votre service d'assistance.",
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : {server}",
        f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
    ]
    return exchange_report(b, human, "failed", diag, f"Non remis : {b.subject}", server)


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online 'Entrega retrasada': still retrying."""
    server = "DB8P191MB1042.EURP191.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    human = [
        "Todavía no se ha podido entregar el mensaje a estos destinatarios:",
        b.rcpt,
        f"Asunto: {b.subject}",
        "El mensaje aún no se ha entregado. Se seguirá intentando durante 1 día y 20 horas. Si no se consigue en ese plazo, recibirá otro aviso. No es necesario que vuelva a enviarlo.",
        "Información de diagnóstico para administradores:",
        f"Servidor que genera el aviso: {server}",
        f"Mensaje retrasado desde: {b.sent_dt.astimezone(CE_TZ).strftime('%d/%m/%Y %H:%M:%S')}",
        f"Último error: {diag}",
    ]
    return exchange_report(b, human, "delayed", diag, f"Entrega retrasada: {b.subject}", server)


def bounce_gmail_de_delay(b: Bounce) -> Message:
    """Gmail's delay notice, in German: the customer's server does not answer."""
    host = "mx." + b.rcpt.split("@")[1]
    human_lines = [
        "Zustellung verzögert",
        f"Beim Zustellen Ihrer Nachricht an {b.rcpt} ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch 44 Stunden lang. Falls die Zustellung endgültig fehlschlägt, werden Sie benachrichtigt.",
        f"Die Antwort war:\nDer Empfängerserver hat unsere Verbindungsanfragen nicht angenommen. [{host}. 192.0.2.73: timed out]",
    ]
    text = "\n\n".join(human_lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{lines_html(line)}</p>" for line in human_lines)
        + "</body></html>\n"
    )
    msg = report(
        alternative(
            text_part(text, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ),
        status_part(
            b,
            "googlemail.com",
            "delayed",
            f"The recipient server did not accept our requests to connect. [{host}. 192.0.2.73: timed out]",
            host,
        ),
        MIMEMessage(b.reminder()),
    )
    return seal(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        google_shape,
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French hosting provider's own notice: the mailbox is full, delivery continues."""
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du service de messagerie relais.mailpro-hebergement.example.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être remis : la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur distant : 452 4.2.2 Boîte aux lettres pleine / Mailbox full\n\n"
        "Nous continuerons d'essayer de remettre votre message pendant 5 jours. Vous n'avez rien à faire pour l'instant ; si la remise échoue définitivement, vous en serez averti.\n\n"
        "En-têtes du message concerné :\n\n"
        f"{reminder_header_text(b)}"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return seal(
        b,
        msg,
        "Service de messagerie <postmaster@relais.mailpro-hebergement.example>",
        f"Avertissement : message non encore remis ({b.rcpt})",
        plain_shape,
    )


def bounce_provider_es_domain(b: Bounce) -> Message:
    """A Spanish provider's own notice in Latin-1: the domain does not route any more."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Este es el sistema de correo de correo.nubehost.example.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error permanente y no se harán más intentos.\n\n"
        f"<{b.rcpt}>: no se ha encontrado ningún servidor de correo para el dominio {domain}. "
        "El dominio no existe o ha dejado de recibir correo. (5.4.4)\n\n"
        "--- Cabeceras del mensaje original ---\n\n"
        f"{reminder_header_text(b)}"
    )
    msg = text_part(fit(text, "iso-8859-1"), "plain", "iso-8859-1", "8bit")
    return seal(
        b,
        msg,
        "MAILER-DAEMON <mailer-daemon@correo.nubehost.example>",
        "Mensaje no entregado",
        plain_shape,
    )


def bounce_dutch_greylist(b: Bounce) -> Message:
    """A Dutch host's RFC 3464 delay report: the recipient's server defers by policy."""
    host = "mail." + b.rcpt.split("@")[1]
    said = "450 4.7.1 Greylisted, please try again later"
    human = (
        "Dit is het mailsysteem van mx-uit.hostnet-zakelijk.example.\n\n"
        "#######################################################\n"
        "#  DIT IS ALLEEN EEN WAARSCHUWING.                     #\n"
        "#  U HOEFT HET BERICHT NIET OPNIEUW TE VERSTUREN.      #\n"
        "#######################################################\n\n"
        + textwrap.fill(
            f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. De server van de ontvanger weigert het tijdelijk op grond van zijn beleid. Wij proberen het automatisch opnieuw, tot 2 dagen na verzending.",
            72,
        )
        + "\n\n"
        + textwrap.fill(
            f"<{b.rcpt}>: host {host}[192.0.2.118] antwoordde: {said} (na het RCPT TO-commando)",
            76,
            subsequent_indent="    ",
        )
        + "\n"
    )
    msg = report(
        described(text_part(human, "plain", "utf-8", "7bit"), "Notification"),
        described(
            status_part(b, "mx-uit.hostnet-zakelijk.example", "delayed", said, host),
            "Delivery report",
        ),
        described(headers_part(b), "Undelivered Message Headers"),
    )
    return seal(
        b,
        msg,
        "MAILER-DAEMON@mx-uit.hostnet-zakelijk.example (Mailsysteem)",
        "Vertraagde e-mail (wordt opnieuw geprobeerd)",
        postfix_shape("mx-uit.hostnet-zakelijk.example"),
    )


def bounce_provider_it_delay(b: Bounce) -> Message:
    """An Italian provider's own delay warning, 8-bit UTF-8."""
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA\n\n"
        f"Il messaggio inviato a {b.rcpt} non è stato ancora consegnato: la connessione con il server del destinatario si è interrotta prima della fine della trasmissione.\n\n"
        "Risposta del server remoto: 421 4.4.2 Connessione scaduta, riprovare più tardi\n\n"
        "Il sistema continuerà a tentare la consegna per altri 3 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Oggetto: {b.subject}\n"
        f"Data di invio: {b.sent_dt.astimezone(CE_TZ).strftime('%d/%m/%Y %H:%M')}\n\n"
        "Questo è un messaggio automatico, si prega di non rispondere.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return seal(
        b,
        msg,
        "Servizio Posta <mailer-daemon@smtp.postacert-servizi.example>",
        "Avviso: messaggio non ancora consegnato",
        plain_shape,
    )


def bounce_provider_it_policy(b: Bounce) -> Message:
    """An Italian provider's rejection notice with the message attached: refused by policy."""
    text = (
        "Gentile utente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} è stato respinto dal server di destinazione per motivi di policy e non verrà più ritentato.\n\n"
        "Risposta del server: 550 5.7.1 Messaggio rifiutato: il mittente non è autorizzato dal dominio (SPF fail)\n\n"
        "In allegato trova una copia del messaggio originale.\n\n"
        "Servizio Posta\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return seal(
        b,
        outer,
        "Servizio Posta <mailer-daemon@smtp.postacert-servizi.example>",
        "Messaggio non consegnato",
        plain_shape,
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-1",
            "en",
            "hard",
            "5.1.1",
            "bookings@thegranarybarn.example",
            "2031-04-08 09:07",
            "2031-04-08 09:05:12",
            "en",
            "AEF 4390",
            "1865.00",
            "Postfix RFC 3464 report with text/rfc822-headers",
        ),
        bounce_postfix_unknown,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "hard",
            "5.1.2",
            "events@willowbrookweddings.example",
            "2031-04-15 09:13",
            "2031-04-15 09:12:40",
            "en",
            "AEF 4400",
            "940.00",
            "qmail plain-text notice: the domain is gone",
        ),
        bounce_qmail_domain,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "soft",
            "5.2.2",
            "accounts@hollyhockhouse.example",
            "2031-04-23 09:20",
            "2031-04-23 09:19:05",
            "en",
            "AEF 4415",
            "1530.00",
            "Exim calls it permanent, but a full mailbox is soft; the 5.2.2 code is kept",
        ),
        bounce_exim_full,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnungswesen@parkhotel-am-see.example",
            "2031-04-09 10:11",
            "2031-04-09 09:09:30",
            "de",
            "AEF 4422",
            "2760.00",
            "Exchange Online 'Unzustellbar'",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "b-de-2",
            "de",
            "soft",
            "4.4.1",
            "events@landhaus-birkenhof.example",
            "2031-04-17 14:06",
            "2031-04-17 09:04:51",
            "de",
            "AEF 4426",
            "1395.00",
            "Gmail delay notice in German, with the full reminder returned",
        ),
        bounce_gmail_de_delay,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "direction@aubergedupontvieux.example",
            "2031-04-22 10:09",
            "2031-04-22 09:07:44",
            "fr",
            "AEF 4434",
            "1185.00",
            "Exchange Online 'Non remis'",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "b-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "contact@domaine-lesoliviers.example",
            "2031-04-29 11:35",
            "2031-04-29 09:11:02",
            "fr",
            "AEF 4454",
            "2040.00",
            "provider notice: mailbox full, still retrying",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "soft",
            "4.4.7",
            "contabilidad@masiaelroure.example",
            "2031-04-10 14:05",
            "2031-04-10 09:03:26",
            "es",
            "AEF 4456",
            "1720.00",
            "Exchange Online 'Entrega retrasada'",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "b-es-2",
            "es",
            "hard",
            "5.4.4",
            "info@bodegaslacumbre.example",
            "2031-04-25 10:08",
            "2031-04-25 09:07:58",
            "es",
            "AEF 4464",
            "3310.00",
            "provider notice in Latin-1: the domain no longer routes",
        ),
        bounce_provider_es_domain,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "soft",
            "4.7.1",
            "facturen@kasteeldewaerd.example",
            "2031-04-16 13:40",
            "2031-04-16 09:36:15",
            "nl",
            "AEF 4466",
            "2480.00",
            "RFC 3464 delay report with a Dutch notice: deferred by the recipient's policy",
        ),
        bounce_dutch_greylist,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "soft",
            "4.4.2",
            "amministrazione@cantinevalverde.example",
            "2031-05-02 13:10",
            "2031-05-02 09:05:33",
            "it",
            "AEF 4467",
            "1640.00",
            "provider delay warning, 8-bit UTF-8",
        ),
        bounce_provider_it_delay,
    ),
    (
        Bounce(
            "b-it-2",
            "it",
            "hard",
            "5.7.1",
            "eventi@palazzoaurora.example",
            "2031-04-08 10:06",
            "2031-04-08 09:04:20",
            "it",
            "AEF 4470",
            "2295.00",
            "policy rejection (SPF): permanent, so hard; the reminder is attached",
        ),
        bounce_provider_it_policy,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE_REF = re.compile(r"^AEF \d{4}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a reply, in the fixed key order."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_reply(r: Reply) -> None:
    """Facts about a hand-written record that must hold before it is built."""
    if r.intent not in INTENTS or r.lang not in LANGS or r.client not in CLIENTS:
        raise SystemExit(f"{r.key}: unknown intent, language or client")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {r.when} outside the corpus range")
    if r.lag and r.client not in {"notice", "notice_html"}:
        raise SystemExit(f"{r.key}: only automatic notices answer within minutes")
    sent = reminder_time(r.key, r.dt, r.lag, r.back)
    if r.threaded and not (working_day(sent.date()) and 7 <= sent.hour < 18 and sent < r.dt):
        raise SystemExit(f"{r.key}: the reminder would have left outside office hours")
    refs = cast("list[str]", r.labels.get("invoice_refs", []))
    written = {m.replace("\u00a0", " ") for m in re.findall(r"AEF\s?\d{4}", r.body)}
    if set(refs) != written:
        raise SystemExit(f"{r.key}: invoice_refs must be exactly the numbers in the new text")
    contact = r.labels.get("new_contact")
    if isinstance(contact, str) and contact not in r.body.lower():
        raise SystemExit(f"{r.key}: new_contact is not in the new text")


def check_label(name: str, label: Mapping[str, object]) -> None:
    """Shape of one label line: keys, types, formats, and only the winner's fields filled."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        value = label[key]
        if value is not None and (key not in allowed or not isinstance(value, str)):
            raise SystemExit(f"{name}: {key}={value!r} not allowed for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            if not ISO_DATE.match(value):
                raise SystemExit(f"{name}: {key} is not ISO")
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if isinstance(amount, str) and (not AMOUNT.match(amount) or currency not in {"GBP", "EUR"}):
        raise SystemExit(f"{name}: bad amount {amount!r} {currency!r}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bad bounce fields")
        if label["failed_recipient"] is None:
            raise SystemExit(f"{name}: bounce without failed_recipient")
    contact = label["new_contact"]
    if isinstance(contact, str) and contact != contact.lower():
        raise SystemExit(f"{name}: new_contact must be lower case")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE_REF.match(x) for x in refs
    ):
        raise SystemExit(f"{name}: invoice_refs must be normalised AEF numbers")
    if label["language"] not in LANGS or not isinstance(label["note"], str | type(None)):
        raise SystemExit(f"{name}: bad language or note")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; en 30 and 18 for every other language, spread as planned."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else (1 if PLAN_SINGLE[intent] == lang else 2)
            if cells[intent, lang] != want:
                raise SystemExit(f"count {intent}/{lang} is {cells[intent, lang]}, want {want}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def text_of(part: EmailMessage) -> str:
    """Decoded text of a text/* part (raises on a decoding problem)."""
    content = part.get_content()
    if not isinstance(content, str):
        raise SystemExit("text part did not decode to str")
    return content


def check_message(name: str, data: bytes, first_line: str) -> None:
    """Parse a written file back with the modern policy: headers and text decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None or "=?" in str(value):
            raise SystemExit(f"{name}: {header} missing or not decoded")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            decoded = text_of(part)
            if "\ufffd" in decoded:
                raise SystemExit(f"{name}: undecodable bytes in a text part")
            texts.append(decoded)
    if not texts:
        raise SystemExit(f"{name}: no text part")
    if first_line:
        probe = html.escape(first_line[:24], quote=False)
        if not any(first_line[:24] in t or probe in t for t in texts):
            raise SystemExit(f"{name}: the hand-written text is not in any decoded part")


def file_order(keys: list[str]) -> dict[str, str]:
    """File names from a seeded hash of each key, so a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}/files/{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def all_messages() -> list[tuple[str, Message, dict[str, object], str]]:
    """Every message with its key, label and a probe of its hand-written text."""
    for r in REPLIES:
        check_reply(r)
    items = [
        (r.key, build_reply(r), reply_label(r), fit(r.body, r.charset).split("\n")[0])
        for r in REPLIES
    ]
    items += [(b.key, build(b), bounce_label(b), "") for b, build in BOUNCES]
    keys = [key for key, _, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("two customers share a reminder invoice number")
    return items


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
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


def write_all() -> list[dict[str, object]]:
    """Write every file and labels.jsonl beside this script; return the labels in file order."""
    items = all_messages()
    names = file_order([key for key, _, _, _ in items])
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for key, msg, label, first_line in sorted(items, key=lambda item: names[item[0]]):
        name = names[key]
        data = msg.as_bytes()
        check_message(name, data, first_line)
        (HERE / name).write_bytes(data)
        line: dict[str, object] = {"file": name, **label}
        check_label(name, line)
        labels.append(line)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for line in labels:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
