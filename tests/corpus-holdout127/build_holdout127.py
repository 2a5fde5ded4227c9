# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and emoji that people and their clients really type.
"""Build held-out reply corpus 127: `h127-NNN.eml` files and `labels.jsonl`.

The messages answer overdue-invoice reminders from the credit team of Larkspur Catering
Equipment Ltd. This corpus sits on the line between money sent and money promised. The new text
of every message is written by hand below. The script adds only what a mail client or a mail
server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings, and the skeletons of forwarded delivery reports.

Run it from anywhere: it rebuilds every file next to itself, deterministically, parses each one
back, checks the labels and prints the count table.
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
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

HERE = Path(__file__).resolve().parent
SEED = 1270331
PREFIX = "h127"
AR_NAME = "Credit Team"
AR_ADDR = "credit@larkspur-catering.example"
AR_DOMAIN = "larkspur-catering.example"
FIRST_DAY = date(2031, 3, 3)
LAST_DAY = date(2031, 3, 28)
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
EXPECTED: dict[str, dict[str, int]] = {
    "promise_to_pay": {"en": 15, "de": 6, "fr": 6, "es": 6, "nl": 6, "it": 6},
    "payment_sent": {"en": 14, "de": 5, "fr": 5, "es": 5, "nl": 6, "it": 5},
    "payment_plan": {"en": 3, "de": 1, "fr": 2, "es": 1, "nl": 1, "it": 2},
    "dispute": {"en": 3, "de": 2, "fr": 1, "es": 2, "nl": 1, "it": 1},
    "other": {"en": 5, "de": 2, "fr": 2, "es": 2, "nl": 2, "it": 2},
}

# --------------------------------------------------------------------------------------------
# Time zones: UK and central-European offsets with the EU summer-time rule (no tz database)
# --------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March or October here)."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def zone_offset(zone: str, local: datetime) -> timezone:
    """The UTC offset in force at a naive local time: summer time runs from 01:00 UTC on the
    last Sunday of March to 01:00 UTC on the last Sunday of October."""
    std = STANDARD_OFFSET[zone]
    utc = local - timedelta(hours=std)
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    summer = start <= utc < end
    return timezone(timedelta(hours=std + (1 if summer else 0)))


def localise(zone: str, local: datetime) -> datetime:
    """Attach the right offset to a naive local time."""
    return local.replace(tzinfo=zone_offset(zone, local))


# --------------------------------------------------------------------------------------------
# Locale tables (client furniture, not prose)
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo. Di. Mi. Do. Fr. Sa. So.",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun. mar. mer. jeu. ven. sam. dim.",
    ),
    "es": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "lun mar mié jue vie sáb dom",
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "ma di wo do vr za zo",
    ),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    ),
}
GMAIL_ATTRIBUTION = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{MM}, {who} wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {who}:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MM}, {who} a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{MM}, {who_paren} escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{MM} schreef {who}:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{MM} {who} ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {who} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {who}:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {who} a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {who} escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {who} het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {who} ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# separator line, From, Sent, To, Subject, label separator, Sent-line layout
OUTLOOK_HEADER_BLOCK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{dd} {month} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{weekday}, {d}. {month} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{weekday} {d} {month} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{weekday}, {d} de {month} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{weekday} {d} {month} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{weekday} {d} {month} {y} {HH}:{MM}",
    ),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE = {
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
# The reminder every reply answers (Larkspur's own wording, one version a language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Larkspur Catering Equipment",
    "de": "Überfällige Rechnung {inv} – Larkspur Catering Equipment",
    "fr": "Facture échue {inv} – Larkspur Catering Equipment",
    "es": "Factura vencida {inv} – Larkspur Catering Equipment",
    "nl": "Vervallen factuur {inv} – Larkspur Catering Equipment",
    "it": "Fattura scaduta {inv} – Larkspur Catering Equipment",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date and remains unpaid:\n\n"
        "Invoice number: {inv}\nInvoice date: {issued}\nDue date: {due}\nAmount outstanding: {amount}\n\n"
        "We would be grateful if you could arrange payment, or reply to let us know when we can expect it. If you have already paid, please send us the payment date and reference so that we can allocate it.\n\n"
        "If anything on the invoice is not right, or a service visit is still open, just reply to this email and we will look into it.\n\n"
        "Kind regards,\n\nCredit Team\nLarkspur Catering Equipment Ltd\nUnit 7, Heronsgate Trading Estate\nTel. 01632 960 732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht beglichen:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amount}\n\n"
        "Wir bitten Sie, den Betrag zu überweisen oder uns kurz mitzuteilen, wann wir mit der Zahlung rechnen können. Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können.\n\n"
        "Ist an der Rechnung etwas nicht in Ordnung oder ist ein Serviceeinsatz noch offen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nCredit Team\nLarkspur Catering Equipment Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après nos écritures, la facture ci-dessous est échue et n'a pas encore été réglée :\n\n"
        "Facture n° : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant dû : {amount}\n\n"
        "Nous vous remercions de bien vouloir procéder au règlement ou de nous indiquer à quelle date nous pouvons l'attendre. Si le paiement a déjà été effectué, merci de nous communiquer sa date et sa référence afin que nous puissions le rapprocher.\n\n"
        "Si un élément de la facture vous semble incorrect ou si une intervention est encore en cours, répondez simplement à ce message.\n\n"
        "Cordialement,\n\nCredit Team\nLarkspur Catering Equipment Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha vencido y sigue pendiente de pago:\n\n"
        "Número de factura: {inv}\nFecha de factura: {issued}\nVencimiento: {due}\nImporte pendiente: {amount}\n\n"
        "Les agradeceríamos que realizaran el pago o que nos indicaran cuándo podemos esperarlo. Si ya lo han abonado, envíennos por favor la fecha y la referencia del pago para poder asignarlo.\n\n"
        "Si hay algún error en la factura o alguna intervención técnica pendiente, basta con responder a este correo.\n\n"
        "Un saludo,\n\nCredit Team\nLarkspur Catering Equipment Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet betaald:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amount}\n\n"
        "Wilt u het bedrag overmaken of ons laten weten wanneer wij de betaling kunnen verwachten? Heeft u al betaald, stuur ons dan de betaaldatum en het betalingskenmerk, zodat wij de betaling kunnen verwerken.\n\n"
        "Klopt er iets niet aan de factuur of staat er nog een servicebezoek open, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nCredit Team\nLarkspur Catering Equipment Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta che la fattura indicata di seguito è scaduta e non ancora saldata:\n\n"
        "Numero fattura: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amount}\n\n"
        "Vi preghiamo di provvedere al pagamento o di comunicarci quando possiamo attenderlo. Se il pagamento è già stato effettuato, inviateci la data e il riferimento, così da poterlo abbinare.\n\n"
        "Se qualcosa nella fattura non è corretto o è ancora aperto un intervento di assistenza, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nCredit Team\nLarkspur Catering Equipment Ltd"
    ),
}
REMINDER_DATE = {
    "en": "{d} {month} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_REPLACEMENTS = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The label fields of one message beyond its intent and language."""

    promised: str | None = None
    paid: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


def promise(
    when: str | None,
    amount: str | None = None,
    currency: str | None = None,
    refs: tuple[str, ...] = (),
    note: str | None = None,
) -> Label:
    """Label of a promise: the promised day (or None) and the promised amount if written."""
    return Label(promised=when, amount=amount, currency=currency, refs=refs, note=note)


def sent(
    when: str | None,
    ref: str | None = None,
    amount: str | None = None,
    currency: str | None = None,
    refs: tuple[str, ...] = (),
    note: str | None = None,
) -> Label:
    """Label of a payment claim: the day it was made, its reference and amount if written."""
    return Label(paid=when, ref=ref, amount=amount, currency=currency, refs=refs, note=note)


def bare(refs: tuple[str, ...] = (), note: str | None = None) -> Label:
    """Label of a plan, dispute or other message: only the invoice numbers and a note."""
    return Label(refs=refs, note=note)


@dataclass(frozen=True)
class Spec:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    inv: str
    amount: str
    text: str
    label: Label
    currency: str = ""
    zone: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    pasted: str = ""
    attach: str = ""
    reminder_days: int = 0
    invoice_dates: tuple[str, str] | None = None
    reminder_to: str = ""
    reply_to: str = ""

    @property
    def tz(self) -> str:
        """The sender's zone: UK for English unless stated, central Europe otherwise."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def cur(self) -> str:
        """Currency of the reminded invoice."""
        return self.currency or ("GBP" if self.tz == "uk" else "EUR")

    @property
    def dt(self) -> datetime:
        """The message's Date, with seconds derived from the key."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M") + timedelta(
            seconds=digest(self.key, "sec")[0] % 60
        )
        return localise(self.tz, local)

    @property
    def is_notice(self) -> bool:
        """Automatic notices quote nothing."""
        return self.client in {"notice", "notice_html"}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """An upper-case base32 token of length `n` derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_fields(loc: str, moment: datetime) -> dict[str, str]:
    """Every date piece a client template might use, in the client's language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "weekday": DAYS[loc][0].split()[wd],
        "wd": DAYS[loc][1].split()[wd],
        "month": MONTHS[loc][0].split()[mo],
        "mon": MONTHS[loc][1].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
    }


def money(amount: str, currency: str, lang: str) -> str:
    """An amount written the way the reminder in `lang` writes it."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    if currency == "GBP":
        return "£" + ",".join(groups) + "." + cents
    if currency == "CHF":
        return "CHF " + "'".join(groups) + "." + cents
    if lang == "en":
        return "€" + ",".join(groups) + "." + cents
    if lang == "fr":
        return "\u00a0".join(groups) + "," + cents + "\u00a0€"
    number = ".".join(groups) + "," + cents
    return f"€ {number}" if lang in {"nl", "it"} else f"{number} €"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of typographic characters it cannot send."""
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def is_latin1(charset: str) -> bool:
    """True for the one-byte Western charset that lacks the euro sign."""
    return charset == "iso-8859-1"


def quote_plain(text: str) -> str:
    """`>` quoting as Gmail, Apple Mail and iPhone write it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Lines joined with <br> and escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Word's MsoNormal paragraphs, one a line, empty lines as &nbsp;."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, prefix: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines are cut at spaces, each cut line keeps a trailing
    space; lines that start with a space, `>` or `From ` are space-stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        if not prefix and (line.startswith((" ", ">", "From "))):
            line = " " + line
        if not line:
            out.append(prefix.rstrip())
            continue
        if len(line) <= width or " " not in line.strip():
            out.append(prefix + line)
            continue
        words = line.split(" ")
        current = ""
        for word in words:
            if current and len(current) + len(word) + 1 > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(prefix + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

TRANSFER = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": None,
    "7bit": None,
}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    spec = email_charset.Charset(charset)
    spec.body_encoding = TRANSFER[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, spec)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 when it is not plain ASCII."""
    if value.isascii():
        return value
    use = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, use, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox, the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def move_content_headers_down(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    """The parts directly inside a multipart or message/* part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def own_multiparts(part: Message) -> Iterator[Message]:
    """The multiparts of a message, not looking inside enclosed messages."""
    if part.get_content_maintype() == "multipart":
        yield part
    for sub in subparts(part):
        if sub.get_content_type() != "message/rfc822":
            yield from own_multiparts(sub)


def boundary(key: str, n: int, prefix: str) -> str:
    """One fixed boundary in the shape the sending software uses."""
    raw = digest(key, f"boundary{n}")
    if prefix == "000000000000":  # Gmail: twelve zeros and sixteen hex digits
        return prefix + raw.hex()[:16]
    if prefix.startswith("Apple-Mail"):
        h = raw.hex().upper()
        return f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if prefix == "_000_":  # Exchange
        return f"_{n:03d}_{token(key, 'exb', 24)}_"
    return prefix + token(key, f"boundary{n}", 24)


def own_leaves(part: Message) -> Iterator[Message]:
    """The single parts of a message; an enclosed message counts as one part."""
    if part.get_content_maintype() != "multipart":
        yield part
        return
    for sub in subparts(part):
        yield from own_leaves(sub)


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries for every multipart of the message (not of enclosed messages)."""
    for n, part in enumerate(own_multiparts(msg)):
        part.set_boundary(boundary(key, n, prefix))


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def working_days_back(day: date, n: int) -> date:
    """The working day `n` working days before `day`."""
    while n:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


@dataclass(frozen=True)
class Reminder:
    """The reminder a message answers, as seen by the replying client."""

    subject: str
    text: str
    sent: datetime
    to: str
    msgid: str


def reminder_for(s: Spec) -> Reminder:
    """Build the reminder for a spec: sent a little after half past eight UK time."""
    days = s.reminder_days or 1 + digest(s.key, "rdays")[0] % 3
    day = working_days_back(s.dt.date(), days)
    uk = localise(
        "uk",
        datetime.combine(day, datetime.min.time())
        + timedelta(hours=8, minutes=31 + digest(s.key, "rmin")[0] % 20),
    )
    seen = uk.astimezone(s.dt.tzinfo)
    if s.invoice_dates:
        issued, due = (date.fromisoformat(x) for x in s.invoice_dates)
    else:
        due = day - timedelta(days=6 + digest(s.key, "due")[0] % 20)
        issued = due - timedelta(days=30)
    lang = s.lang
    fields = {
        "inv": s.inv,
        "issued": REMINDER_DATE[lang].format(
            **date_fields(lang, datetime.combine(issued, datetime.min.time()))
        ),
        "due": REMINDER_DATE[lang].format(
            **date_fields(lang, datetime.combine(due, datetime.min.time()))
        ),
        "amount": money(s.amount, s.cur, lang),
    }
    text = REMINDER_BODY[lang].format(**fields)
    subject = REMINDER_SUBJECT[lang].format(inv=s.inv)
    if is_latin1(s.charset):
        text, subject = latin1(text), latin1(subject)
    to = s.reminder_to or s.sender[1]
    to_name = s.sender[0] if not s.reminder_to else ""
    shown_to = f"{to_name} <{to}>" if to_name else to
    msgid = f"<lce-{token(s.key, 'reminder', 16).lower()}@mail.{AR_DOMAIN}>"
    return Reminder(subject, text, seen, shown_to, msgid)


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def ar_mailbox() -> str:
    """The credit team as clients show it in attributions."""
    return f"{AR_NAME} <{AR_ADDR}>"


def gmail_attribution(s: Spec, r: Reminder) -> str:
    """Gmail's "On … wrote:" line in the sender's language."""
    who = ar_mailbox()
    return GMAIL_ATTRIBUTION[s.lang].format(
        **date_fields(s.lang, r.sent), who=who, who_paren=f"{AR_NAME} (<{AR_ADDR}>)"
    )


def apple_attribution(s: Spec, r: Reminder) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return APPLE_ATTRIBUTION[s.lang].format(**date_fields(s.lang, r.sent), who=ar_mailbox())


def outlook_lines(s: Spec, r: Reminder) -> list[str]:
    """Outlook's From/Sent/To/Subject block in the sender's language."""
    _, frm, sent_label, to, subj, sep, layout = OUTLOOK_HEADER_BLOCK[s.lang]
    when = layout.format(**date_fields(s.lang, r.sent))
    return [
        f"{frm}{sep}{ar_mailbox()}",
        f"{sent_label}{sep}{when}",
        f"{to}{sep}{r.to}",
        f"{subj}{sep}{r.subject}",
    ]


def with_pasted(s: Spec) -> str:
    """The new text, followed by anything the sender pasted below it."""
    return f"{s.text}\n\n{s.pasted}" if s.pasted else s.text


def alternative(s: Spec, plain: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", s.charset, s.cte))
    outer.attach(text_part(markup, "html", s.charset, s.cte))
    return outer


def word_document(s: Spec, r: Reminder | None) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider, the reminder."""
    quoted = ""
    if r is not None:
        _, _, _, _, _, sep, _ = OUTLOOK_HEADER_BLOCK[s.lang]
        rows = []
        for line in outlook_lines(s, r):
            label, value = line.split(sep, 1)
            rows.append(
                f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
            )
        quoted = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b><span lang="{CONTENT_LANGUAGE[s.lang]}">'
            + "<br>\n".join(rows)
            + "</span></b></p>\n</div>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_paragraphs(r.text) + "\n"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={s.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[s.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + word_paragraphs(with_pasted(s)) + "\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quoted + "</div>\n</body>\n</html>\n"
    )


def client_outlook(s: Spec, r: Reminder) -> Message:
    """Outlook desktop in plain-text mode with the localised Original Message block."""
    block = "\n".join([OUTLOOK_HEADER_BLOCK[s.lang][0], *outlook_lines(s, r)])
    return text_part(f"{with_pasted(s)}\n\n{block}\n\n{r.text}\n", "plain", s.charset, s.cte)


def client_outlook_html(s: Spec, r: Reminder) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup and the divider."""
    plain = "\n".join([with_pasted(s), "", *outlook_lines(s, r), "", r.text, ""])
    return alternative(s, plain, word_document(s, r))


def client_html_only(s: Spec, r: Reminder) -> Message:
    """An Outlook message that carries only its HTML body."""
    return text_part(word_document(s, r), "html", s.charset, s.cte)


def client_android(s: Spec, r: Reminder) -> Message:
    """Outlook for Android: base64 plain text with its localised footer."""
    block = "\n".join(outlook_lines(s, r))
    text = f"{with_pasted(s)}\n\n{ANDROID_SIGNATURE[s.lang]}\n{'_' * 32}\n{block}\n\n{r.text}\n"
    return text_part(text, "plain", s.charset, "b64")


def client_gmail(s: Spec, r: Reminder) -> Message:
    """Gmail: multipart/alternative with the gmail_quote block."""
    attribution = gmail_attribution(s, r)
    plain = f"{with_pasted(s)}\n\n{attribution}\n\n{quote_plain(r.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(with_pasted(s))}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(r.text)}</blockquote></div>\n"
    )
    return alternative(s, plain, markup)


def client_gmail_plain(s: Spec, r: Reminder) -> Message:
    """Gmail in plain-text mode with `>` quoting."""
    return text_part(
        f"{with_pasted(s)}\n\n{gmail_attribution(s, r)}\n\n{quote_plain(r.text)}\n",
        "plain",
        s.charset,
        s.cte,
    )


def client_apple(s: Spec, r: Reminder) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{with_pasted(s)}\n\n{apple_attribution(s, r)}\n\n{quote_plain(r.text)}\n",
        "plain",
        s.charset,
        s.cte,
    )


def client_iphone(s: Spec, r: Reminder) -> Message:
    """iPhone Mail: the localised signature, then the whole quote behind `>`."""
    quoted = quote_plain(f"{apple_attribution(s, r)}\n\n{r.text}")
    body = f"{with_pasted(s)}\n\n{IPHONE_SIGNATURE[s.lang]}" if s.text else IPHONE_SIGNATURE[s.lang]
    return text_part(f"{body}\n\n{quoted}\n", "plain", s.charset, s.cte)


def client_thunderbird(s: Spec, r: Reminder) -> Message:
    """Thunderbird: format=flowed when UTF-8, attribution without the address."""
    attribution = THUNDERBIRD_ATTRIBUTION[s.lang].format(
        **date_fields(s.lang, r.sent), name=AR_NAME
    )
    if s.charset == "utf-8":
        text = f"{flowed(with_pasted(s))}\n\n{attribution}\n{flowed(r.text, prefix='> ')}\n"
        part = text_part(text, "plain", s.charset, s.cte)
        part.set_param("format", "flowed")
        return part
    return text_part(
        f"{with_pasted(s)}\n\n{attribution}\n{quote_plain(r.text)}\n",
        "plain",
        s.charset,
        s.cte,
    )


def client_notice(s: Spec, r: Reminder) -> Message:
    """Automatic notices (payment advices, ticket systems) quote nothing."""
    del r
    return text_part(s.text + "\n", "plain", s.charset, s.cte)


def client_notice_html(s: Spec, r: Reminder) -> Message:
    """An automatic notice sent as HTML only."""
    del r
    return text_part(s.text + "\n", "html", s.charset, s.cte)


CLIENTS: dict[str, Callable[[Spec, Reminder], Message]] = {
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
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D60)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "gmail_plain": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def reply_msgid(s: Spec) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = s.sender[1].split("@")[1]
    raw = digest(s.key, "msgid")
    if s.client in {"gmail", "gmail_plain"}:
        return "<CA" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42] + "@mail.gmail.com>"
    if s.client in OUTLOOK_CLIENTS:
        host = f"DB9PR04MB{int.from_bytes(digest(s.key, 'host')[:2], 'big') % 9000 + 1000}"
        return f"<{host}{token(s.key, 'ms', 20)}@{host}.eurprd04.prod.outlook.com>"
    if s.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if s.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{token(s.key, 'n', 6).lower()}@{domain}>"


def reply_subject(s: Spec, r: Reminder) -> str:
    """The subject the client writes: its reply prefix, or the spec's own subject."""
    if s.subject:
        return s.subject.format(rsub=r.subject)
    prefix = OUTLOOK_REPLY_PREFIX[s.lang] if s.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + r.subject


# --------------------------------------------------------------------------------------------
# Delivery reports that customers attach to their replies (the customer's mail to one of
# Larkspur's addresses failed; the report went back to the customer, who forwards it)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Returned:
    """The customer's own message that could not be delivered."""

    name: str
    addr: str
    rcpt: str
    subject: str
    sent: datetime
    key: str

    def headers_text(self) -> str:
        """The returned message's header block (text/rfc822-headers)."""
        domain = self.addr.split("@")[1]
        lines = [
            f"From: {mailbox(self.name, self.addr)}",
            f"To: {self.rcpt}",
            f"Subject: {encoded_header(self.subject, 'utf-8')}",
            f"Date: {format_datetime(self.sent)}",
            f"Message-ID: <{token(self.key, 'returned', 18).lower()}@{domain}>",
            "MIME-Version: 1.0",
            'Content-Type: multipart/mixed; boundary="' + token(self.key, "retb", 20) + '"',
        ]
        return "\n".join(lines) + "\n"


def delivery_status(
    mta: str,
    ret: Returned,
    action: str,
    status: str,
    diagnostic: str,
    remote: str,
    last: datetime,
) -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(ret.sent)}\n"
    per_recipient = [
        f"Final-Recipient: rfc822; {ret.rcpt}",
        f"Original-Recipient: rfc822; {ret.rcpt}",
        f"Action: {action}",
        f"Status: {status}",
        f"Remote-MTA: dns; {remote}",
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(last)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(ret.sent + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(block.encode())
            for block in (per_message, "\n".join(per_recipient) + "\n")
        ]
    )
    return part


def report(human: Message, status: Message, ret: Returned) -> Message:
    """multipart/report with the human part, the status and the returned headers."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(human)
    outer.attach(status)
    outer.attach(text_part(ret.headers_text(), "rfc822-headers", "us-ascii", "7bit"))
    return outer


def envelope(
    msg: Message, sender: str, ret: Returned, subject: str, when: datetime, prefix: str
) -> MIMEMessage:
    """Headers of the delivery report, then the report wrapped for attaching."""
    msg["From"] = sender
    msg["To"] = mailbox(ret.name, ret.addr)
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = (
        f"<{token(ret.key, 'dsn', 22).lower()}@{sender.rsplit('@', 1)[1].rstrip('>')}>"
    )
    msg["Auto-Submitted"] = "auto-replied"
    move_content_headers_down(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, ret.key + "/dsn", prefix)
    wrapped = MIMEMessage(msg)
    wrapped.add_header("Content-Disposition", "attachment")
    return wrapped


def dsn_sendmail_user_unknown(s: Spec) -> Message:
    """A sendmail RFC 3464 report: hard failure, user unknown (5.1.1)."""
    ret = Returned(
        s.sender[0],
        s.sender[1],
        "remittances@larkspur-catering.example",
        "Remittance advice - LCE/50417",
        localise("uk", datetime(2031, 3, 11, 16, 5, 12)),
        s.key,
    )
    mta = "mail.glanrhyd-centre.example"
    human = (
        f"The original message was received at {format_datetime(ret.sent)}\n"
        "from office-pc.glanrhyd-centre.example [192.0.2.87]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{ret.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{ret.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx1.larkspur-catering.example.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{ret.rcpt}>... User unknown\n"
        f"550 5.1.1 <{ret.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    status = delivery_status(
        mta,
        ret,
        "failed",
        "5.1.1",
        f"550 5.1.1 <{ret.rcpt}>... User unknown",
        "mx1.larkspur-catering.example",
        ret.sent + timedelta(seconds=4),
    )
    msg = report(text_part(human, "plain", "us-ascii", "7bit"), status, ret)
    return envelope(
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@{mta}>",
        ret,
        "Returned mail: see transcript for details",
        ret.sent + timedelta(seconds=5),
        "",
    )


def dsn_office365_policy(s: Spec) -> Message:
    """An Office 365 English report: hard failure, rejected by policy (5.7.1)."""
    ret = Returned(
        s.sender[0],
        s.sender[1],
        "accounts@larkspur-catering.example",
        "PO 4471 and signed delivery notes",
        localise("uk", datetime(2031, 3, 18, 11, 12, 40)),
        s.key,
    )
    server = "LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 Message rejected: attachment type not allowed (.zip)"
    human = (
        "Your message to accounts@larkspur-catering.example couldn't be delivered.\n\n"
        "The receiving server refused the message because of its content or attachments.\n\n"
        "accounts  Office 365  larkspur-catering.example\n"
        "Sender    Action Required  Recipient\n\n"
        "Message blocked by the recipient's system\n\n"
        "How to Fix It\n"
        "Remove or replace the attachment (for example, send the documents as PDF files instead of a .zip archive) and send the message again. If the problem continues, contact the recipient by another means.\n\n"
        "Diagnostic information for administrators:\n\n"
        f"Generating server: {server}\n\n"
        f"{ret.rcpt}\nRemote server returned '{diag}'\n\n"
        f"Original message headers:\n\n{ret.headers_text()}"
    )
    status = delivery_status(
        server,
        ret,
        "failed",
        "5.7.1",
        diag,
        "mx1.larkspur-catering.example",
        ret.sent + timedelta(seconds=9),
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), status, ret)
    return envelope(
        msg,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kemp-and-daughters-bakery.example>",
        ret,
        "Undeliverable: PO 4471 and signed delivery notes",
        ret.sent + timedelta(seconds=10),
        "_000_",
    )


def dsn_office365_german(s: Spec) -> Message:
    """An Office 365 German report: hard failure, recipient not found (5.1.1)."""
    ret = Returned(
        s.sender[0],
        s.sender[1],
        "zahlungen@larkspur-catering.example",
        "Zahlungsavis zu Rechnung LCE/50172",
        localise("cet", datetime(2031, 3, 4, 14, 2, 18)),
        s.key,
    )
    server = "FR3P281MB2240.DEUP281.PROD.OUTLOOK.COM"
    diag = (
        "550 5.1.1 <zahlungen@larkspur-catering.example>: Recipient address rejected: User unknown"
    )
    human = (
        "Ihre Nachricht an zahlungen@larkspur-catering.example konnte nicht zugestellt werden.\n\n"
        "Die Adresse zahlungen wurde bei larkspur-catering.example nicht gefunden.\n\n"
        "zahlungen  Office 365  larkspur-catering.example\n"
        "Absender   Aktion erforderlich  Empfänger\n\n"
        "Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n"
        "Prüfen Sie die Schreibweise der Adresse. Wenn sie stimmt, wenden Sie sich auf anderem Weg an den Empfänger und fragen Sie nach einer gültigen Adresse.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{ret.rcpt}\nRemoteserver hat '{diag}' zurückgegeben\n\n"
        f"Ursprüngliche Nachrichtenkopfzeilen:\n\n{ret.headers_text()}"
    )
    status = delivery_status(
        server,
        ret,
        "failed",
        "5.1.1",
        diag,
        "mx1.larkspur-catering.example",
        ret.sent + timedelta(seconds=6),
    )
    msg = report(text_part(human, "plain", "utf-8", "b64"), status, ret)
    return envelope(
        msg,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@seniorenresidenz-am-park.example>",
        ret,
        "Unzustellbar: Zahlungsavis zu Rechnung LCE/50172",
        ret.sent + timedelta(seconds=7),
        "_000_",
    )


def dsn_french_mailbox_full(s: Spec) -> Message:
    """A French provider's delay report: soft failure, mailbox full (4.2.2)."""
    ret = Returned(
        s.sender[0],
        s.sender[1],
        "credit@larkspur-catering.example",
        "Avis de virement - facture LCE/50333",
        localise("cet", datetime(2031, 3, 12, 10, 30, 5)),
        s.key,
    )
    mta = "smtp-out.hebergement-sante.example"
    diag = "452 4.2.2 Mailbox full, try again later"
    human = (
        "Ce message a été créé automatiquement par le serveur de messagerie.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {ret.rcpt}\n"
        "    Motif : la boîte aux lettres du destinataire est pleine.\n"
        f"    Réponse du serveur distant : {diag}\n\n"
        "Il s'agit d'une erreur temporaire. Le serveur continuera d'essayer de remettre votre message pendant 4 jours. Vous n'avez rien à faire pour l'instant ; si la remise échoue définitivement, vous recevrez un nouvel avis.\n"
    )
    last = ret.sent + timedelta(hours=4, minutes=1)
    status = delivery_status(
        mta, ret, "delayed", "4.2.2", diag, "mx1.larkspur-catering.example", last
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), status, ret)
    return envelope(
        msg,
        f"Serveur de messagerie <postmaster@{mta}>",
        ret,
        "Avis de retard de remise : Avis de virement - facture LCE/50333",
        last + timedelta(seconds=2),
        "----=_NextPart_",
    )


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def pdf_receipt(s: Spec) -> Message:
    """The bank's transfer receipt, attached as a PDF."""
    del s
    part = MIMEApplication(FAKE_PDF, "pdf")
    part.add_header(
        "Content-Disposition",
        "attachment",
        filename="Justificante_transferencia_11032031.pdf",
    )
    return part


ATTACHMENTS: dict[str, Callable[[Spec], Message]] = {
    "dsn_sendmail": dsn_sendmail_user_unknown,
    "dsn_o365_policy": dsn_office365_policy,
    "dsn_o365_de": dsn_office365_german,
    "dsn_fr_full": dsn_french_mailbox_full,
    "pdf": pdf_receipt,
}


# --------------------------------------------------------------------------------------------
# Assembling a message
# --------------------------------------------------------------------------------------------

THREADED_NOTICES = {"en-ticket-case-closed-paid", "nl-ticket-melding-afgehandeld"}


def outlook_headers(s: Spec, r: Reminder) -> list[tuple[str, str]]:
    """The Exchange headers an Outlook client adds to a reply."""
    return [
        ("Thread-Topic", encoded_header(r.subject, s.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(s.key, "thread")[:22]).decode()),
        ("Content-Language", CONTENT_LANGUAGE[s.lang]),
        ("X-MS-Has-Attach", "yes" if s.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build(s: Spec) -> Message:
    """The whole message for one spec."""
    r = reminder_for(s)
    msg = CLIENTS[s.client](s, r)
    if s.attach:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        outer.attach(ATTACHMENTS[s.attach](s))
        msg = outer
    msg["From"] = mailbox(*s.sender, s.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR)
    if s.reply_to:
        msg["Reply-To"] = s.reply_to
    msg["Subject"] = encoded_header(reply_subject(s, r), s.charset)
    msg["Date"] = format_datetime(s.dt)
    msg["Message-ID"] = reply_msgid(s)
    if not s.is_notice or s.key in THREADED_NOTICES:
        msg["In-Reply-To"] = r.msgid
        msg["References"] = r.msgid
    extra = outlook_headers(s, r) if s.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(s.client, ()), *s.headers]:
        msg[name] = value
    move_content_headers_down(msg)
    drop_inner_versions(msg)
    prefix = BOUNDARY_PREFIX.get(
        s.client, "_000_" if s.client in OUTLOOK_CLIENTS else "------------"
    )
    set_boundaries(msg, s.key, prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages: English (UK senders unless a zone is given)
# --------------------------------------------------------------------------------------------

XARS = ("X-Auto-Response-Suppress", "All")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")

ENGLISH = [
    # ---- promise_to_pay (15)
    Spec(
        "en-approved-friday-run",
        "promise_to_pay",
        "en",
        ("Priya Natarajan", "ap.invoices@harlowgrange-hotels.example"),
        "2031-03-11 10:47",
        "outlook_html",
        "LCE/50233",
        "1846.20",
        "Hi,\n\nThanks for the reminder. This one has been approved by the GM at Harlow Grange Ripon and is scheduled for Friday's payment run, so you should have it early next week at the latest.\n\nKind regards,\n\nPriya Natarajan\nAccounts Payable | Harlow Grange Hotels Group\nTel: 01632 960 214",
        promise(
            "2031-03-14",
            note="past tense ('approved', 'scheduled') announcing a future payment run; Friday after Tue 11 Mar",
        ),
    ),
    Spec(
        "en-trust-released-19th",
        "promise_to_pay",
        "en",
        ("Helen Okafor", "h.okafor@brackenfield.thornbury-trust.example"),
        "2031-03-12 13:05",
        "outlook",
        "LCE/50388",
        "4125.00",
        "Dear Sir or Madam,\n\nThank you for your email regarding invoice LCE/50388.\n\nI can confirm that the invoice has now been authorised by the Trust's central finance team and released for payment on the 19th of this month. Payments are made by BACS and normally reach the supplier's account on the next working day.\n\nPlease accept our apologies for the delay. The purchase order had been raised against the wrong cost centre and had to be re-approved.\n\nYours faithfully,\n\nHelen Okafor\nSchool Business Manager\nBrackenfield Primary School\nPart of Thornbury Learning Trust",
        promise(
            "2031-03-19",
            refs=("LCE/50388",),
            note="'released for payment on the 19th' sounds done but the payment is still to come",
        ),
        headers=(XARS,),
    ),
    Spec(
        "en-soletrader-monday",
        "promise_to_pay",
        "en",
        ("Dean Marsh", "deanmarshcatering@gmail.com"),
        "2031-03-06 21:37",
        "gmail_plain",
        "LCE/50276",
        "689.00",
        "sorry been flat out with weddings all week, transfers set up for monday should be with you tues latest\n\nDean",
        promise(
            "2031-03-10",
            note="'set up for Monday' is a transfer still to run; Monday after Thu 6 Mar; no punctuation",
        ),
    ),
    Spec(
        "en-paid-future-date",
        "promise_to_pay",
        "en",
        ("Sue Pritchard", "manager@willowbankcarehome.example"),
        "2031-03-17 16:20",
        "iphone",
        "LCE/50301",
        "1392.00",
        "Paid 21/03 as agreed with Dave on the phone.\nSue",
        promise(
            "2031-03-21",
            note="'Paid 21/03' written on Mon 17 Mar: the date is still to come, so it is the agreed payment day",
        ),
    ),
    Spec(
        "en-paid-by-then",
        "promise_to_pay",
        "en",
        ("Tom Ashworth", "tom@thefoundrykitchen.example"),
        "2031-03-14 11:52",
        "apple",
        "LCE/50352",
        "968.40",
        "Hi there,\n\nYour engineer's booked in for the fridge service on the 26th and we'll have paid this by then, so no need to worry. Cash flow's been tight since January but it's picking up.\n\nCheers,\nTom\n\nThe Foundry Kitchen",
        promise(
            "2031-03-26",
            note="future perfect 'we'll have paid by then': a promise for the day of the service visit",
        ),
    ),
    Spec(
        "en-not-yet-next-wednesday",
        "promise_to_pay",
        "en",
        ("Gareth Lloyd", "treasurer@penrhos-golfclub.example"),
        "2031-03-20 15:14",
        "outlook",
        "LCE/50498",
        "2060.40",
        "Hi,\n\nNot yet I'm afraid. It's gone into the run for Wednesday next week, I'll drop you a line once it has gone.\n\nRegards\nGareth Lloyd\nTreasurer, Penrhos Golf Club",
        promise(
            "2031-03-26",
            note="'not yet' followed by a dated promise; 'gone into the run' is past tense for a future payment",
        ),
    ),
    Spec(
        "en-head-signs-tuesday",
        "promise_to_pay",
        "en",
        ("Colin Byrne", "bursary@stcuthberts-college.example"),
        "2031-03-07 16:41",
        "thunderbird",
        "LCE/50187",
        "3480.00",
        "Good afternoon,\n\nThe invoice is in this week's batch, which the Head signs off on Tuesday. Once he has signed it the payments go out the same afternoon.\n\nIf Tuesday slips for any reason I will let you know.\n\nColin Byrne\nAssistant Bursar\nSt Cuthbert's College",
        promise(
            "2031-03-11",
            note="conditional on an internal sign-off that has a fixed day; Tuesday after Fri 7 Mar",
        ),
    ),
    Spec(
        "en-other-paid-this-week-on-friday",
        "promise_to_pay",
        "en",
        ("Marcus Fielding", "marcus.fielding@fieldingleisure.example"),
        "2031-03-17 09:33",
        "outlook_html",
        "LCE/50463",
        "5212.80",
        "Morning,\n\nLCE/50102 was paid last Thursday with the rest of our supplier payments, you should have that already.\n\nLCE/50463 is sitting with our MD for approval because it was over his limit. He's back in on Wednesday and I've asked for it to go out a week on Friday.\n\nMarcus Fielding\nFinance Director, Fielding Leisure Ltd",
        promise(
            "2031-03-28",
            refs=("LCE/50102", "LCE/50463"),
            note="another invoice paid, this one promised; 'a week on Friday' from Mon 17 Mar is Fri 28 Mar",
        ),
    ),
    Spec(
        "en-rambling-next-thursday",
        "promise_to_pay",
        "en",
        ("Bev Harding", "bev@theroyaloak-chiddingly.example"),
        "2031-03-14 22:48",
        "gmail",
        "LCE/50329",
        "1127.60",
        "Hello love,\n\nSorry it's taken me a while to get back to you, it's been one of those weeks. The new combi oven is brilliant by the way, chef says it's the best thing we've bought since the glasswasher, although he's still getting the hang of the steam settings and we've had a couple of very dry Sunday roasts. Your lad who came to fit it was lovely, please tell him the wobbly shelf is fine now.\n\nOur chef Ryan is leaving at the end of April which I'm gutted about, so if you know any good chefs looking for work in East Sussex send them my way!\n\nAnyway, the invoice. Gary does the banking and he's going to put it through next Thursday once the card takings from the weekend have cleared.\n\nAlso do you sell the descaler for the oven or do I need to get that from the manufacturer? And is it worth us taking out the service plan Lisa mentioned?\n\nThanks\nBev",
        promise(
            "2031-03-20",
            note="point buried in a long reply; 'next Thursday' written on Fri 14 Mar",
        ),
    ),
    Spec(
        "en-allcaps-stop-ringing",
        "promise_to_pay",
        "en",
        ("Lee Brennan", "headchef@brennans-grill.example"),
        "2031-03-04 14:58",
        "iphone",
        "LCE/50156",
        "745.20",
        "WILL BE PAID FRIDAY. PLEASE STOP RINGING THE KITCHEN PHONE IN THE MIDDLE OF LUNCH SERVICE, EMAIL IS FINE\n\nLEE",
        promise(
            "2031-03-07",
            note="all caps; asks to stop phone calls, not e-mails, so not unsubscribe",
        ),
    ),
    Spec(
        "en-keyed-value-date",
        "promise_to_pay",
        "en",
        ("Angela Whitfield", "purchase.ledger@kestrelcontractcatering.example"),
        "2031-03-19 11:06",
        "outlook",
        "LCE/50378",
        "2744.16",
        "Hello,\n\nI have keyed the payment for invoice LCE/50378 today with a value date of 24/03/2031, which is our next scheduled payment date, so the funds will leave our account on that day.\n\nRemittance will be emailed automatically when the payment is made.\n\nKind regards,\n\nAngela Whitfield\nPurchase Ledger Clerk\nKestrel Contract Catering Ltd",
        promise(
            "2031-03-24",
            refs=("LCE/50378",),
            note="transfer keyed today but dated for a later day; the money has not left, so a promise for that day",
        ),
    ),
    Spec(
        "en-nl-ap-week-13",
        "promise_to_pay",
        "en",
        ("Sanne de Groot", "crediteuren@vanderlinden-hospitality.example"),
        "2031-03-13 14:22",
        "outlook_html",
        "LCE/50344",
        "3266.00",
        "Dear Sir/Madam,\n\nThank you for your reminder. The invoice has been booked and is scheduled for payment in week 13, together with our other UK suppliers.\n\nBest regards,\n\nSanne de Groot\nAccounts Payable\nVan der Linden Hospitality B.V.",
        promise(
            "2031-03-24",
            note="Dutch sender writing English, central-European time; ISO week 13 resolved to its Monday",
        ),
        zone="cet",
    ),
    Spec(
        "en-fwd-policy-bounce-thursday",
        "promise_to_pay",
        "en",
        ("Rachel Kemp", "accounts@kemp-and-daughters-bakery.example"),
        "2031-03-24 10:18",
        "outlook",
        "LCE/50455",
        "1910.40",
        "Hi,\n\nI tried to send our PO copy and the signed delivery notes to your accounts address last week and your server bounced it, something about the attachment (the bounce is attached). Can someone look at that?\n\nAs for the invoice itself, it's approved and goes in Thursday's BACS run.\n\nRachel Kemp\nKemp & Daughters Bakery",
        promise(
            "2031-03-27",
            note="the attached delivery report is about the customer's own earlier mail; the reply itself promises Thursday after Mon 24 Mar",
        ),
        attach="dsn_o365_policy",
    ),
    Spec(
        "en-solicitor-settle-by-31st",
        "promise_to_pay",
        "en",
        ("Jonathan Lowe", "j.lowe@hargreaveslowe-law.example"),
        "2031-03-26 16:02",
        "outlook",
        "LCE/49876",
        "3412.80",
        "Dear Sirs,\n\nInvoice LCE/49876 – The Old Rectory Hotel Ltd\n\nWe act for The Old Rectory Hotel Ltd, who have passed us your reminder of 24 March.\n\nWe are instructed that our client accepts the invoice and will settle the outstanding balance of £3,412.80 in full on or before 31 March 2031. The delay arose from the transfer of the hotel's banking facilities and does not reflect any dispute with your company.\n\nWe trust this is satisfactory.\n\nYours faithfully,\n\nJonathan Lowe\nPartner\nHargreaves Lowe LLP",
        promise(
            "2031-03-31",
            "3412.80",
            "GBP",
            ("LCE/49876",),
            note="solicitors' letter with a promise; it does not ask for correspondence to go through them, so not unsubscribe",
        ),
        reminder_days=2,
        reminder_to="accounts@oldrectoryhotel.example",
    ),
    Spec(
        "en-ap-advice-future-date",
        "promise_to_pay",
        "en",
        ("Oakfield Care Group Payments", "ap-noreply@oakfieldcare.example"),
        "2031-03-24 06:02",
        "notice",
        "LCE/50544",
        "1180.00",
        "PAYMENT ADVICE\n\nSupplier: Larkspur Catering Equipment Ltd\nSupplier no.: V10442\nPayment run: PR-2031-12\nPayment date: 27/03/2031\nPayment method: BACS\n\nInvoice          Invoice date      Amount (GBP)\nLCE/50544        17/02/2031            1,180.00\nLCE/50561        21/02/2031              455.40\n\nTotal                                  1,635.40\n\nThis advice is generated automatically when a payment run is approved. Funds will be credited to your account on or shortly after the payment date shown. Please do not reply to this message; queries should be sent to accountspayable@oakfieldcare.example.",
        promise(
            "2031-03-27",
            "1635.40",
            "GBP",
            ("LCE/50544", "LCE/50561"),
            note="AP advice sent before its payment date: the payment is announced, not made",
        ),
        subject="Payment Advice - Larkspur Catering Equipment Ltd - PR-2031-12",
        headers=(AUTO_GENERATED,),
        invoice_dates=("2031-02-17", "2031-03-03"),
    ),
    # ---- payment_sent (14)
    Spec(
        "en-paid-one-word",
        "payment_sent",
        "en",
        ("Mo Rahman", "mo@spicegarden-leeds.example"),
        "2031-03-04 18:11",
        "iphone",
        "LCE/50161",
        "534.00",
        "Paid.",
        sent(None, note="one word"),
    ),
    Spec(
        "en-done-lowercase",
        "payment_sent",
        "en",
        ("Kerry", "kerryskitchen.cafe@gmail.com"),
        "2031-03-19 07:49",
        "gmail_plain",
        "LCE/50402",
        "212.40",
        "done",
        sent(None, note="one word in answer to the reminder; read as paid"),
    ),
    Spec(
        "en-went-this-morning",
        "payment_sent",
        "en",
        ("Nadia Kowalski", "nadia@thelittlebakehouse.example"),
        "2031-03-05 12:26",
        "gmail",
        "LCE/50178",
        "612.00",
        "Hi,\n\nYou should see it tomorrow, it went this morning. Sorry, I thought I'd set it up before half term.\n\nNadia",
        sent(
            "2031-03-05",
            note="future-sounding frame ('you should see it tomorrow') around a transfer that left on the message day",
        ),
    ),
    Spec(
        "en-paid-link-saturday",
        "payment_sent",
        "en",
        ("Jamie Flett", "jflett.events@gmail.com"),
        "2031-03-17 08:05",
        "gmail",
        "LCE/50370",
        "1065.00",
        "Hello, I paid this through the payment link on the invoice on Saturday and got a confirmation email straight away, confirmation number LP-88310247. Can you check it's come through at your end?\nThanks, Jamie",
        sent(
            "2031-03-15",
            "LP-88310247",
            note="card payment by link; Saturday before Mon 17 Mar",
        ),
    ),
    Spec(
        "en-fairly-sure-28th",
        "payment_sent",
        "en",
        ("Dave Quinlan", "dave@quinlans-deli.example"),
        "2031-03-10 09:12",
        "outlook",
        "LCE/50189",
        "846.00",
        "Hi,\n\nI'm fairly sure this went out with our payments on the 28th of last month. Can you check your end before I go digging through the bank statements? It would have come from Quinlan & Son Ltd, not the deli.\n\nDave",
        sent(
            "2031-02-28",
            note="remembered payment with a definite date: a collector would look for it before chasing again, so treated as a payment claim",
        ),
    ),
    Spec(
        "en-ticket-case-closed-paid",
        "payment_sent",
        "en",
        ("Cresswell Foods AP Helpdesk", "aphelpdesk@cresswellfoods.example"),
        "2031-03-11 14:03",
        "notice",
        "LCE/50247",
        "2046.00",
        "Hello,\n\nYour case 00481723 has been updated.\n\nStatus: Closed – Resolved\nSubject: Overdue invoice LCE/50247 – Larkspur Catering Equipment\nResolution: Invoice LCE/50247 was paid on 07/03/2031 in payment run PR-0311. Amount paid: GBP 2,046.00. Payment reference: 0311-004127.\n\nIf you think this case has not been resolved, reply to this email within 5 working days and it will be reopened. Please keep the case number in the subject line.\n\nCresswell Foods Accounts Payable Service Desk\nThis is an automated message.",
        sent(
            "2031-03-07",
            "0311-004127",
            "2046.00",
            "GBP",
            ("LCE/50247",),
            note="ticket system closing the case with the payment details",
        ),
        subject="[Case 00481723] Closed: Overdue invoice LCE/50247",
        headers=(AUTO_GENERATED,),
    ),
    Spec(
        "en-remittance-html",
        "payment_sent",
        "en",
        ("Bramley Schools Catering", "remittances@bramleyschools.example"),
        "2031-03-12 05:41",
        "notice_html",
        "LCE/50311",
        "1418.40",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n<p><b>REMITTANCE ADVICE</b></p>\n<p>To: Larkspur Catering Equipment Ltd<br>\nFrom: Bramley Schools Catering Services<br>\nPayment date: 12/03/2031<br>\nPayment reference: 000187446<br>\nMethod: BACS</p>\n<table border="1" cellpadding="4" cellspacing="0">\n<tr><th>Your invoice</th><th>Invoice date</th><th>Amount GBP</th></tr>\n<tr><td>LCE/50311</td><td>03/02/2031</td><td align="right">1,418.40</td></tr>\n<tr><td>LCE/50336</td><td>10/02/2031</td><td align="right">612.00</td></tr>\n<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>2,030.40</b></td></tr>\n</table>\n<p>The above amount has been paid into your bank account today. This is an automatically generated message from our finance system.</p>\n</body></html>',
        sent(
            "2031-03-12",
            "000187446",
            "2030.40",
            "GBP",
            ("LCE/50311", "LCE/50336"),
            note="HTML-only AP remittance advice dated the day it is sent",
        ),
        subject="Remittance Advice 000187446",
        headers=(("Precedence", "bulk"),),
        invoice_dates=("2031-02-03", "2031-03-05"),
    ),
    Spec(
        "en-paid-send-copy",
        "payment_sent",
        "en",
        ("Lorraine Hewitt", "l.hewitt@hightownhotel.example"),
        "2031-03-18 10:40",
        "outlook",
        "LCE/50381",
        "864.00",
        "Hello,\n\nThis was paid yesterday by BACS, £864.00, our reference HTH-7781.\n\nCould you email me a copy of the invoice please? The original went to our old office in Market Street and never reached me, and I need it for the file.\n\nMany thanks,\nLorraine Hewitt\nAccounts, Hightown Hotel",
        sent(
            "2031-03-17",
            "HTH-7781",
            "864.00",
            "GBP",
            note="paid, plus a copy of the invoice for the records (not needed before paying)",
        ),
        headers=(XARS,),
    ),
    Spec(
        "en-ooo-subject-person",
        "payment_sent",
        "en",
        ("Kate Sadler", "kate.sadler@northgate-hospitality.example"),
        "2031-03-11 19:02",
        "iphone",
        "LCE/50309",
        "1287.00",
        "I'm on leave this week so my auto reply will have told you I'm away, but I saw this on my phone. It was paid on Friday before I left, I did it myself.\n\nKate",
        sent(
            "2031-03-07",
            note="the subject says out of office but a person wrote it; Friday before Tue 11 Mar",
        ),
        subject="Out of office - re invoice LCE/50309",
    ),
    Spec(
        "en-fwd-sendmail-remittance",
        "payment_sent",
        "en",
        ("Owen Pryce", "office@glanrhyd-centre.example"),
        "2031-03-13 11:30",
        "gmail",
        "LCE/50417",
        "2318.40",
        "Hello,\n\nI sent the remittance for LCE/50417 to the remittances address printed on your invoice and it came straight back (bounce attached), so I'm replying here instead.\n\nIt was paid by BACS on the 11th, £2,318.40, reference GLANRHYD 50417.\n\nOwen Pryce\nOffice Manager, Glanrhyd Outdoor Centre",
        sent(
            "2031-03-11",
            "GLANRHYD 50417",
            "2318.40",
            "GBP",
            ("LCE/50417",),
            note="a person's reply with a forwarded RFC 3464 report attached; the report is about the customer's own mail",
        ),
        attach="dsn_sendmail",
    ),
    Spec(
        "en-pasted-exim-typo-domain",
        "payment_sent",
        "en",
        ("Phil Stavros", "phil@stavros-taverna.example"),
        "2031-03-10 13:15",
        "gmail_plain",
        "LCE/50205",
        "1045.80",
        "Hi,\n\nJust found this in my inbox. Looks like I spelt your address wrong when I sent the payment confirmation last week, sorry! Copying it below.\n\nWe paid on the 5th, £1,045.80.\n\nPhil",
        sent(
            "2031-03-05",
            amount="1045.80",
            currency="GBP",
            note="pasted Exim failure (domain misspelt by the customer) below the new text",
        ),
        pasted=(
            "---------- Forwarded message ---------\nFrom: Mail Delivery System <Mailer-Daemon@mx.stavros-taverna.example>\nDate: Wed, 5 Mar 2031 at 15:42\nSubject: Mail delivery failed: returning message to sender\nTo: <phil@stavros-taverna.example>\n\n"
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  credit@larkspur-cattering.example\n    Unrouteable address\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\nFrom: Phil Stavros <phil@stavros-taverna.example>\nTo: credit@larkspur-cattering.example\nSubject: Payment LCE/50205\nDate: Wed, 5 Mar 2031 15:42:07 +0000\n\nHi, paid today, 1045.80. Phil"
        ),
    ),
    Spec(
        "en-card-phone-this-morning",
        "payment_sent",
        "en",
        ("Sandeep Gill", "sandeep@gillsbanqueting.example"),
        "2031-03-21 12:04",
        "android",
        "LCE/50470",
        "1530.00",
        "Hi, paid this on the card over the phone with your colleague Megan this morning. She said the receipt would come by email.\nSandeep",
        sent("2031-03-21", note="card payment taken by phone on the message day"),
    ),
    Spec(
        "en-has-it-not-arrived",
        "payment_sent",
        "en",
        ("Fiona McKenzie", "fiona@mckenzie-highland-lodges.example"),
        "2031-03-06 16:47",
        "outlook_html",
        "LCE/50199",
        "1575.60",
        "Hello,\n\nHas this not arrived? Our bank shows it leaving on Monday 3rd, £1,575.60, with the reference MHL-0303-2. Please check again and let me know.\n\nRegards,\nFiona McKenzie\nMcKenzie Highland Lodges",
        sent(
            "2031-03-03",
            "MHL-0303-2",
            "1575.60",
            "GBP",
            note="a question that carries a payment claim",
        ),
    ),
    Spec(
        "en-executed-value-date-cet",
        "payment_sent",
        "en",
        ("Jörg Albers", "j.albers@hotel-seeblick.example"),
        "2031-03-12 15:30",
        "outlook",
        "LCE/50361",
        "2980.00",
        "Dear Sir or Madam,\n\nthe payment was executed today with value date 14.03.2031, so you should receive it by Friday.\n\nBest regards\nJörg Albers\nAccounting\nHotel Seeblick GmbH",
        sent(
            "2031-03-12",
            note="German sender writing English; executed today, the later value date is only when the funds are credited",
        ),
        zone="cet",
        charset="windows-1252",
    ),
    # ---- payment_plan (3)
    Spec(
        "en-card-part-rest-28th",
        "payment_plan",
        "en",
        ("Martin Haig", "martin@haigsfishbar.example"),
        "2031-03-17 14:40",
        "outlook",
        "LCE/50390",
        "2460.00",
        "Hi,\n\nI've paid £1,200.00 of this today on the card over the phone with Sandra. The rest will go with our next supplier run on the 28th.\n\nHope that's OK, it's been a slow start to the year.\n\nMartin Haig\nHaig's Fish Bar",
        bare(note="part paid now, the rest on a later day: payment_plan, not payment_sent"),
    ),
    Spec(
        "en-carehome-monthly",
        "payment_plan",
        "en",
        ("Anita Shah", "director@meadowcroftcarehome.example"),
        "2031-03-20 11:20",
        "outlook_html",
        "LCE/50420",
        "6840.00",
        "Dear Credit Team,\n\nI'm writing about the outstanding invoice for the new dishwasher and its installation.\n\nThe home is owed almost three months of fees by the county council following a change to their payment system, and until that is resolved our cash position is very difficult. We are not disputing the invoice in any way and the machine has been excellent.\n\nWould you accept £1,000 a month from April until the balance is cleared? If the council money comes through sooner we will of course settle the remainder straight away.\n\nWith kind regards,\n\nAnita Shah\nDirector, Meadowcroft Care Home",
        bare(note="hardship and monthly instalments"),
    ),
    Spec(
        "en-split-three-runs",
        "payment_plan",
        "en",
        ("Chris Doyle", "chris.doyle@doylescafebar.example"),
        "2031-03-10 08:52",
        "gmail_plain",
        "LCE/50296",
        "1890.00",
        "Morning,\nany chance we can split this over our next three payment runs? £630 on the 14th, 21st and 28th. Let me know if that works and I'll set them up.\nChris",
        bare(note="three dated instalments; plan dates and amounts are not labelled"),
    ),
    # ---- dispute (3)
    Spec(
        "en-paid-fryer-dispute-callout",
        "dispute",
        "en",
        ("Yusuf Demir", "yusuf@anatoliagrill.example"),
        "2031-03-05 16:15",
        "outlook",
        "LCE/50171",
        "1635.00",
        "Hello,\n\nWe've paid £1,350.00 for the fryer itself, that went yesterday.\n\nThe £285.00 call-out charge on the same invoice is not payable. Your engineer was booked for 12 February, never turned up, and nobody rang to say he wasn't coming. When he did come on the 14th it was to fit the fryer, which was already included in the price we were quoted.\n\nPlease send a corrected invoice with the balance at zero.\n\nYusuf Demir\nAnatolia Grill",
        bare(note="part paid, the rest disputed: dispute wins over the payment claim"),
        invoice_dates=("2031-02-14", "2031-02-28"),
    ),
    Spec(
        "en-not-paid-because-chiller",
        "dispute",
        "en",
        ("Harriet Cole", "harriet@colesfarmshop.example"),
        "2031-03-24 17:30",
        "gmail",
        "LCE/50480",
        "3199.00",
        "Hi,\n\nWe have NOT paid this, and we won't until the blast chiller you installed in February actually works. It still isn't getting food down to temperature in 90 minutes, our EHO visit is next month and I've gone back to ice baths. Your engineer came out twice and said it was our kitchen being too hot.\n\nI want someone senior to call me about this please.\n\nHarriet Cole\nCole's Farm Shop & Kitchen",
        bare(note="negation with a reason: the equipment does not work"),
        invoice_dates=("2031-02-17", "2031-03-03"),
    ),
    Spec(
        "en-pay-when-canopy-fixed",
        "dispute",
        "en",
        ("Andy Marr", "andy@marrsbrasserie.example"),
        "2031-03-28 09:10",
        "iphone",
        "LCE/50511",
        "4560.00",
        "Andy here. Happy to pay the day the extraction canopy is fixed. Until then this invoice is on hold, the fan's been tripping every service since you fitted it. Speak to Ross, he knows.",
        bare(
            note="payment conditional on fixing a fault in the invoiced work: dispute, not a promise"
        ),
    ),
    # ---- other (5)
    Spec(
        "en-did-we-not-pay",
        "other",
        "en",
        ("Jo Tremain", "jo@tremainsdeli.example"),
        "2031-03-25 10:02",
        "gmail_plain",
        "LCE/50477",
        "388.20",
        "Did we not pay this? I'll have to ask Steve, he does the bank stuff.\n\nJo",
        bare(note="a question with no claim and no date; a person has to check and answer"),
    ),
    Spec(
        "en-redirect-request-freemail",
        "other",
        "en",
        ("Ridgeway Inns Accounts", "ridgewayinns.accounts@outlook.com"),
        "2031-03-18 08:26",
        "html_only",
        "LCE/50384",
        "2754.00",
        "Dear Credit Team,\n\nPlease be advised that with effect from 1 March 2031 all supplier accounts for Ridgeway Inns Ltd are managed by our new shared service centre.\n\nKindly redirect all reminders, statements and collection correspondence for this account to supplier.relations.ridgeway@outlook.com and confirm by return the full outstanding balance together with your bank details on company letterhead, so that our records can be updated before the next payment run.\n\nDo not send further correspondence to the previous address as it is no longer monitored.\n\nRegards,\nSupplier Relations\nRidgeway Inns Ltd",
        bare(
            note="phishing-like: a free-mail address outside the customer's domain asks to redirect collection mail and for bank details; a person must verify it, so not wrong_contact"
        ),
        reminder_to="accounts@ridgewayinns.example",
        reply_to="supplier.relations.ridgeway@outlook.com",
    ),
    Spec(
        "en-bookkeeper-not-sure",
        "other",
        "en",
        ("Paula Stevens", "paula@stevensandco-bookkeeping.example"),
        "2031-03-27 15:55",
        "outlook_html",
        "LCE/50501",
        "476.40",
        "Hi,\n\nI do the books for Marigold Café. I'm not sure whether this one has been paid. There's a payment to you in February but I can't tell which invoice it was for. I'll check with Anne tomorrow and come back to you.\n\nRegards\nPaula Stevens\nStevens & Co Bookkeeping",
        bare(note="unsure, no claim and no commitment to pay"),
        reminder_to="hello@marigoldcafe.example",
    ),
    Spec(
        "en-engineer-time",
        "other",
        "en",
        ("Gemma Lowry", "gemma@sandbanks-beachcafe.example"),
        "2031-03-19 08:17",
        "iphone",
        "LCE/50395",
        "298.80",
        "Morning, is the engineer still coming for the ice machine tomorrow and what time? We open at 9.\nGemma",
        bare(note="service question in the reminder thread; nothing about the invoice"),
    ),
    Spec(
        "en-new-manager-leave-with-me",
        "other",
        "en",
        ("Ben Okoro", "kitchen.manager@riversideconference.example"),
        "2031-03-03 11:44",
        "outlook",
        "LCE/50130",
        "2115.00",
        "Hello,\n\nI only started here as kitchen manager last week and I'm still finding my way round. I don't know anything about this invoice yet or who dealt with it before me. Leave it with me and I'll find out.\n\nBen Okoro\nKitchen Manager, Riverside Conference Centre",
        bare(note="new person at the same mailbox, no claim or commitment; not wrong_contact"),
    ),
]


# --------------------------------------------------------------------------------------------
# German (Germany, Austria, Switzerland; central-European time)
# --------------------------------------------------------------------------------------------

GERMAN = [
    # ---- promise_to_pay (6)
    Spec(
        "de-zahllauf-am-20",
        "promise_to_pay",
        "de",
        ("Monika Brandl", "m.brandl@hotel-alpenhof-garmisch.example"),
        "2031-03-17 10:25",
        "outlook",
        "LCE/50391",
        "1948.80",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung LCE/50391 ist für den Zahllauf am 20. freigegeben. Der Betrag sollte Ihnen also Anfang nächster Woche gutgeschrieben werden.\n\nMit freundlichen Grüßen\n\nMonika Brandl\nBuchhaltung\nHotel Alpenhof Garmisch",
        promise(
            "2031-03-20",
            refs=("LCE/50391",),
            note="'freigegeben' sounds done; the payment run is on the 20th",
        ),
        charset="iso-8859-1",
    ),
    Spec(
        "de-terminueberweisung-25",
        "promise_to_pay",
        "de",
        ("Stefan Kühn", "s.kuehn@betriebsrestaurant-rheinpark.example"),
        "2031-03-18 13:48",
        "outlook_html",
        "LCE/50407",
        "2365.00",
        "Guten Tag,\n\nich habe die Überweisung heute als Terminüberweisung zum 25.03. angelegt. Vorher geht es leider nicht, weil unsere beiden großen Kunden erst zum Monatsende zahlen.\n\nFreundliche Grüße\nStefan Kühn\nGeschäftsführer\nBetriebsrestaurant Rheinpark GmbH",
        promise(
            "2031-03-25",
            note="a dated transfer set up today for a later day: the money has not left, so a promise",
        ),
    ),
    Spec(
        "de-kw-12",
        "promise_to_pay",
        "de",
        ("Ayşe Yılmaz", "a.yilmaz@yilmaz-catering.example"),
        "2031-03-10 19:02",
        "gmail",
        "LCE/50323",
        "845.00",
        "Hallo,\n\nZahlung kommt in KW 12, vorher klappt es leider nicht. Sorry für die Verspätung!\n\nViele Grüße\nAyşe Yılmaz\nYılmaz Catering & Events",
        promise("2031-03-17", note="calendar week 12 resolved to its Monday"),
    ),
    Spec(
        "de-noch-nicht-chef-urlaub",
        "promise_to_pay",
        "de",
        ("Klaus Petersen", "petersen@fischerstuben-husum.example"),
        "2031-03-24 09:41",
        "thunderbird",
        "LCE/50452",
        "1212.40",
        "Moin,\n\nnein, bezahlt ist die noch nicht. Unser Chef ist bis Mittwoch im Urlaub und gibt Überweisungen über 1.000 Euro selbst frei. Ich lege sie ihm hin, spätestens Freitag ist sie raus.\n\nGruß aus Husum\nKlaus Petersen\nFischerstuben Husum",
        promise("2031-03-28", note="'noch nicht' then a promise by Friday after Mon 24 Mar"),
    ),
    Spec(
        "de-ende-des-monats",
        "promise_to_pay",
        "de",
        ("Jens Hartmann", "jens.hartmann@gmx.de"),
        "2031-03-14 17:33",
        "iphone",
        "LCE/50358",
        "630.00",
        "Geht Ende des Monats raus. Gruß Jens",
        promise("2031-03-31", note="end of the month resolved to its last day"),
    ),
    Spec(
        "de-stadtkasse-angewiesen",
        "promise_to_pay",
        "de",
        ("Dr. Elisabeth Gärtner", "schulverwaltung@stadt-neuburg.example"),
        "2031-03-12 08:55",
        "outlook_html",
        "LCE/50297",
        "7412.60",
        "Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass die Rechnung LCE/50297 (Lieferung und Montage der Spülstraße für die Mensa der Gesamtschule Neuburg-Süd) sachlich und rechnerisch geprüft und zur Zahlung angewiesen wurde. Die Auszahlung durch die Stadtkasse erfolgt zum 21.03.2031.\n\nFür die verspätete Bearbeitung bitten wir um Entschuldigung.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nDr. Elisabeth Gärtner\nStadt Neuburg\nSchulverwaltungsamt - Sachgebiet Schulbau und Ausstattung",
        promise(
            "2031-03-21",
            refs=("LCE/50297",),
            note="public body: 'zur Zahlung angewiesen' is past tense, the payout is on the 21st",
        ),
        charset="iso-8859-1",
    ),
    # ---- payment_sent (5)
    Spec(
        "de-gestern-raus-morgen-da",
        "payment_sent",
        "de",
        ("Sepp Huber", "wirt@gasthof-huber-tegernsee.example"),
        "2031-03-06 11:05",
        "gmail",
        "LCE/50190",
        "1107.30",
        "Servus,\n\nis gestern raus, sollte morgen bei Ihnen sein.\n\nSepp Huber\nGasthof Huber",
        sent(
            "2031-03-05",
            note="'sollte morgen bei Ihnen sein' sounds future; the transfer left yesterday",
        ),
    ),
    Spec(
        "de-ch-chf-ausgefuehrt",
        "payment_sent",
        "de",
        ("Beat Zürcher", "beat.zuercher@seerestaurant-lachen.example"),
        "2031-03-10 14:12",
        "outlook",
        "LCE/50214",
        "2480.00",
        "Grüezi\n\nDie Zahlung über CHF 2'480.00 wurde am 7. März ausgeführt, Referenz 7719-220-31. Falls sie bei Ihnen noch nicht eingegangen ist, bitte ich um kurze Mitteilung.\n\nFreundliche Grüsse\nBeat Zürcher\nSeerestaurant Lachen AG",
        sent(
            "2031-03-07",
            "7719-220-31",
            "2480.00",
            "CHF",
            note="Swiss customer invoiced in francs; apostrophe thousands separator",
        ),
        currency="CHF",
        charset="windows-1252",
    ),
    Spec(
        "de-zahlungsavis-wertstellung",
        "payment_sent",
        "de",
        ("Kreuzer Hotels Zahlungsverkehr", "zahlungsavis@kreuzer-hotels.example"),
        "2031-03-13 06:30",
        "notice",
        "LCE/50362",
        "1730.40",
        "ZAHLUNGSAVIS\n\nZahlungsempfänger: Larkspur Catering Equipment Ltd\nKreditorennummer: 700418\nAvis-Nr.: 2031-031301\nBuchungsdatum: 13.03.2031\nWertstellung: 14.03.2031\nZahlungsart: SEPA-Überweisung\n\nBeleg-Nr.        Belegdatum      Betrag EUR\nLCE/50362        04.02.2031        1.730,40\n-------------------------------------------\nSumme                              1.730,40\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte an kreditoren@kreuzer-hotels.example.",
        sent(
            "2031-03-13",
            "2031-031301",
            "1730.40",
            "EUR",
            ("LCE/50362",),
            note="AP advice: booked today, the value date tomorrow is only when the funds are credited",
        ),
        subject="Zahlungsavis Nr. 2031-031301 - Kreuzer Hotels GmbH & Co. KG",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        invoice_dates=("2031-02-04", "2031-03-06"),
    ),
    Spec(
        "de-avis-unzustellbar-angehaengt",
        "payment_sent",
        "de",
        ("Petra Lindner", "p.lindner@seniorenresidenz-am-park.example"),
        "2031-03-05 15:20",
        "outlook",
        "LCE/50172",
        "3054.00",
        "Sehr geehrte Damen und Herren,\n\nunser Zahlungsavis zu Ihrer Rechnung LCE/50172 haben wir an zahlungen@larkspur-catering.example geschickt, es kam aber als unzustellbar zurück (siehe Anhang). Die Überweisung wurde am 04.03. ausgeführt.\n\nMit freundlichen Grüßen\nPetra Lindner\nVerwaltung\nSeniorenresidenz am Park",
        sent(
            "2031-03-04",
            refs=("LCE/50172",),
            note="German Office 365 non-delivery report about the customer's own mail attached; the reply is a payment claim",
        ),
        attach="dsn_o365_de",
    ),
    Spec(
        "de-erledigt-android",
        "payment_sent",
        "de",
        ("Tobias Wendt", "tobias.wendt@wendt-eventgastro.example"),
        "2031-03-21 18:47",
        "android",
        "LCE/50468",
        "560.40",
        "Erledigt.",
        sent(None, note="one word"),
    ),
    # ---- payment_plan (1)
    Spec(
        "de-raten-ab-april",
        "payment_plan",
        "de",
        ("Maria Papadopoulos", "info@taverne-olympia-bielefeld.example"),
        "2031-03-26 12:15",
        "outlook_html",
        "LCE/50489",
        "2890.00",
        "Sehr geehrte Damen und Herren,\n\nes tut mir leid, dass die Rechnung noch offen ist. Seit der Baustelle vor unserem Restaurant haben wir deutlich weniger Gäste und ich kann den Betrag nicht auf einmal bezahlen.\n\nWäre es möglich, ab April monatlich 500 € zu überweisen, bis alles bezahlt ist? Die erste Rate könnte am 1. April kommen.\n\nMit freundlichen Grüßen\nMaria Papadopoulos\nTaverne Olympia",
        bare(note="hardship and monthly instalments"),
    ),
    # ---- dispute (2)
    Spec(
        "de-montage-im-angebot",
        "dispute",
        "de",
        ("Frank Sommer", "f.sommer@baeckerei-sommer.example"),
        "2031-03-04 16:30",
        "outlook",
        "LCE/50158",
        "4210.00",
        "Guten Tag,\n\nden Gerätepreis für den Stikkenofen (3.640,00 €) haben wir am 25.02. bezahlt. Die zusätzlich berechnete Montage über 570,00 € zahlen wir nicht: Laut Ihrem Angebot vom 12.01. war die Montage im Preis enthalten. Bitte korrigieren Sie die Rechnung.\n\nMit freundlichen Grüßen\nFrank Sommer\nBäckerei Sommer",
        bare(note="machine price paid, installation charge disputed: dispute wins"),
        invoice_dates=("2031-01-30", "2031-02-13"),
    ),
    Spec(
        "de-nicht-bezahlt-spuelmaschine",
        "dispute",
        "de",
        ("Ralf Becker", "ralf.becker@brauhaus-am-markt.example"),
        "2031-03-19 22:14",
        "iphone",
        "LCE/50399",
        "1380.00",
        "Wir haben NICHT bezahlt, weil die Spülmaschine seit Ihrer Reparatur schon wieder zweimal ausgefallen ist. Erst wenn sie richtig läuft, zahlen wir die Reparatur. Bitte schicken Sie einen Techniker.\nR. Becker",
        bare(note="negation with a reason; payment conditional on the repair working"),
    ),
    # ---- other (2)
    Spec(
        "de-haben-wir-nicht-schon",
        "other",
        "de",
        ("Anja Vogel", "anja.vogel@cafe-vogelsang.example"),
        "2031-03-20 09:30",
        "gmail_plain",
        "LCE/50436",
        "412.80",
        "Hallo,\n\nhaben wir die nicht schon bezahlt? Ich schaue heute Abend mal ins Konto.\n\nAnja",
        bare(note="a question without a claim or a date"),
    ),
    Spec(
        "de-bitte-anrufen",
        "other",
        "de",
        ("Horst Meyer", "hmeyer@landgasthof-meyer.example"),
        "2031-03-26 17:02",
        "outlook",
        "LCE/50490",
        "2045.00",
        "Guten Tag,\n\nbitte rufen Sie mich zu dieser Sache an, ich möchte das lieber telefonisch besprechen. Ich bin werktags ab 14 Uhr unter 05121 987 654 erreichbar.\n\nHorst Meyer\nLandgasthof Meyer",
        bare(note="asks for a phone call; nothing about paying"),
    ),
]


# --------------------------------------------------------------------------------------------
# French (France, Belgium; central-European time)
# --------------------------------------------------------------------------------------------

FRENCH = [
    # ---- promise_to_pay (6)
    Spec(
        "fr-programme-pour-le-5",
        "promise_to_pay",
        "fr",
        ("Julien Marchetti", "compta@brasserie-lesarcades.example"),
        "2031-03-03 09:20",
        "gmail",
        "LCE/50129",
        "1486.80",
        "Bonjour,\n\nLe virement est validé, c'est programmé pour le 5.\n\nBonne journée,\nJulien Marchetti\nBrasserie Les Arcades",
        promise(
            "2031-03-05",
            note="'validé', 'programmé' sound done; the transfer runs on the 5th",
        ),
    ),
    Spec(
        "fr-lycee-mandat-sans-date",
        "promise_to_pay",
        "fr",
        ("Sylvie Rousseau", "intendance@lycee-jeanmoulin-hotellerie.example"),
        "2031-03-11 10:12",
        "outlook_html",
        "LCE/50228",
        "5960.00",
        "Madame, Monsieur,\n\nSuite à votre relance, je vous informe que la facture LCE/50228 a été mandatée le 10 mars 2031. Le paiement sera effectué par l'agent comptable du lycée dans les délais réglementaires ; je ne suis malheureusement pas en mesure de vous communiquer une date précise de virement.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nSylvie Rousseau\nAdjointe gestionnaire\nLycée hôtelier Jean-Moulin",
        promise(
            None,
            refs=("LCE/50228",),
            note="public body: the payment order was issued (past tense) but the transfer is still to come and has no date",
        ),
        charset="iso-8859-1",
    ),
    Spec(
        "fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim.benali@hotmail.fr"),
        "2031-03-18 23:05",
        "iphone",
        "LCE/50386",
        "720.00",
        "Bonsoir, je règle ça fin de mois sans faute. Désolé pour le retard\nKarim",
        promise("2031-03-31", note="'fin de mois' resolved to the last day of March"),
    ),
    Spec(
        "fr-pas-encore-lundi",
        "promise_to_pay",
        "fr",
        ("Nathalie Girard", "n.girard@aubergedulac-annecy.example"),
        "2031-03-20 14:37",
        "outlook",
        "LCE/50441",
        "2214.00",
        "Bonjour,\n\nPas encore réglée, non, toutes mes excuses. Je fais le virement lundi à la première heure.\n\nCordialement,\nNathalie Girard\nAuberge du Lac",
        promise("2031-03-24", note="'pas encore' then a promise for Monday after Thu 20 Mar"),
    ),
    Spec(
        "fr-be-bon-a-payer",
        "promise_to_pay",
        "fr",
        ("Thomas Lejeune", "fournisseurs@meuse-sambre-hotels.example"),
        "2031-03-19 11:41",
        "outlook_html",
        "LCE/50411",
        "3118.50",
        "Bonjour,\n\nVotre facture LCE/50411 a reçu le bon à payer et partira avec l'échéancier du 25/03. Vous recevrez l'avis de paiement automatiquement ce jour-là.\n\nBien à vous,\n\nThomas Lejeune\nComptabilité fournisseurs\nGroupe Hôtelier Meuse & Sambre",
        promise(
            "2031-03-25",
            refs=("LCE/50411",),
            note="Belgian AP department; approval done, payment on the 25th",
        ),
    ),
    Spec(
        "fr-des-que-la-mairie-paie",
        "promise_to_pay",
        "fr",
        ("Élodie Faure", "elodie@faure-traiteur.example"),
        "2031-03-07 18:20",
        "thunderbird",
        "LCE/50201",
        "1754.00",
        "Bonsoir,\n\nJe suis désolée pour ce retard. Nous attendons nous-mêmes le règlement de la mairie pour le banquet des anciens de janvier, et c'est avec cet argent que je comptais vous payer. Dès qu'il arrive, je vous fais le virement, promis. Je n'ai malheureusement pas de date, la mairie ne m'en donne pas.\n\nÉlodie Faure\nFaure Traiteur",
        promise(None, note="conditional promise of the whole amount; no date can be pinned"),
    ),
    # ---- payment_sent (5)
    Spec(
        "fr-parti-hier-deux-jours",
        "payment_sent",
        "fr",
        ("Olivier Lambert", "o.lambert@bistrot-duport.example"),
        "2031-03-12 10:05",
        "gmail",
        "LCE/50318",
        "968.00",
        "Bonjour,\n\nLe virement est parti hier, il arrivera d'ici deux jours. Merci de votre patience !\n\nOlivier Lambert\nLe Bistrot du Port",
        sent(
            "2031-03-11",
            note="future-sounding 'arrivera d'ici deux jours' around a transfer that left yesterday",
        ),
    ),
    Spec(
        "fr-ce-matin-iphone",
        "payment_sent",
        "fr",
        ("Sophie Marin", "sophie.marin@creperie-tybreizh.example"),
        "2031-03-04 12:48",
        "iphone",
        "LCE/50149",
        "356.40",
        "C'est fait, virement passé ce matin 👍",
        sent("2031-03-04", note="mobile brevity; 'ce matin' is the message day"),
    ),
    Spec(
        "fr-avis-retour-boite-pleine",
        "payment_sent",
        "fr",
        ("Hélène Perrin", "h.perrin@ehpad-les-tilleuls.example"),
        "2031-03-14 09:58",
        "outlook_html",
        "LCE/50333",
        "1245.00",
        "Bonjour,\n\nJe vous ai envoyé l'avis de virement mercredi à l'adresse credit@larkspur-catering.example, mais j'ai reçu le message ci-joint indiquant que votre boîte était pleine. Je vous le renvoie donc ici.\n\nLe virement de 1 245,00 € a été émis le 12 mars, référence EHPAD-TIL-0312.\n\nCordialement,\nHélène Perrin\nSecrétariat de direction\nEHPAD Les Tilleuls",
        sent(
            "2031-03-12",
            "EHPAD-TIL-0312",
            "1245.00",
            "EUR",
            note="care home; a French delay report (mailbox full) about the customer's own mail is attached",
        ),
        attach="dsn_fr_full",
    ),
    Spec(
        "fr-long-residence-siege",
        "payment_sent",
        "fr",
        ("Marc Delorme", "m.delorme@residence-bellevue-lyon.example"),
        "2031-03-10 17:25",
        "apple",
        "LCE/50241",
        "2396.00",
        "Bonjour,\n\nJe reviens vers vous au sujet de votre courriel. Nous avons eu un mois de février très chargé : changement de prestataire pour la cuisine centrale, deux départs en retraite en cuisine et la visite de l'ARS, qui s'est d'ailleurs bien passée, en partie grâce au nouveau lave-vaisselle que vous nous avez installé. Je profite de ce message pour remercier votre technicien, M. Duval, qui a été d'une grande patience avec notre équipe.\n\nConcernant la facture, le règlement a été fait par notre siège le 6 mars (réf. VIR-SEPA-20310306-118). Les paiements passent désormais tous par le siège à Villeurbanne, ce qui explique peut-être le retard par rapport à l'échéance.\n\nPar ailleurs, pourriez-vous m'envoyer le calendrier des visites d'entretien pour cette année ?\n\nBien cordialement,\nMarc Delorme\nDirecteur\nRésidence Bellevue",
        sent(
            "2031-03-06",
            "VIR-SEPA-20310306-118",
            note="long reply with the payment buried in the middle",
        ),
    ),
    Spec(
        "fr-il-me-semble-regle",
        "payment_sent",
        "fr",
        ("Christine Vidal", "c.vidal@hotel-ducommerce-albi.example"),
        "2031-03-06 15:10",
        "outlook",
        "LCE/50167",
        "1180.60",
        "Bonjour,\n\nIl me semble que nous avons réglé cette facture avec celle de janvier (LCE/49902), en un seul virement de 2 730,60 € le 27 février. Pourriez-vous vérifier de votre côté ?\n\nCordialement,\nChristine Vidal\nHôtel du Commerce",
        sent(
            "2031-02-27",
            amount="2730.60",
            currency="EUR",
            refs=("LCE/49902",),
            note="unsure ('il me semble') but with a date and amount: treated as a payment claim; the amount is the combined transfer",
        ),
        charset="windows-1252",
    ),
    # ---- payment_plan (2)
    Spec(
        "fr-en-trois-fois",
        "payment_plan",
        "fr",
        ("Patrick Morel", "patrick.morel@lepetitzinc.example"),
        "2031-03-17 11:20",
        "gmail_plain",
        "LCE/50374",
        "2940.00",
        "Bonjour,\n\nLa trésorerie est très tendue depuis les travaux dans la rue. Est-ce qu'on pourrait régler cette facture en trois fois, sur avril, mai et juin ?\n\nMerci d'avance,\nPatrick Morel\nLe Petit Zinc",
        bare(note="hardship and three instalments"),
    ),
    Spec(
        "fr-400-aujourdhui-solde-avril",
        "payment_plan",
        "fr",
        ("Amélie Chevalier", "a.chevalier@latable-damelie.example"),
        "2031-03-25 16:00",
        "outlook_html",
        "LCE/50473",
        "1120.00",
        "Bonjour,\n\nJe vous verse 400 € aujourd'hui et le solde (720 €) fin avril, si cela vous convient. Dites-moi si c'est d'accord.\n\nAmélie Chevalier\nLa Table d'Amélie",
        bare(note="part now, the rest later: payment_plan"),
    ),
    # ---- dispute (1)
    Spec(
        "fr-modele-non-conforme",
        "dispute",
        "fr",
        ("Didier Fontaine", "d.fontaine@fontaine-restauration.example"),
        "2031-03-26 10:45",
        "outlook",
        "LCE/50487",
        "2568.00",
        "Madame, Monsieur,\n\nNous contestons la facture LCE/50487. La friteuse livrée le 18 février n'est pas le modèle commandé (double cuve 2 x 10 L), mais un modèle simple cuve de 15 L, dont le prix catalogue est inférieur. Nous vous avons signalé le problème par téléphone le jour même.\n\nNous réglerons la facture dès réception du bon modèle, ou d'un avoir correspondant à la différence.\n\nSalutations,\nDidier Fontaine\nFontaine Restauration Collective",
        bare(
            refs=("LCE/50487",),
            note="wrong model delivered; the conditional payment is secondary",
        ),
        charset="iso-8859-1",
        cte="8bit",
        invoice_dates=("2031-02-18", "2031-03-04"),
    ),
    # ---- other (2)
    Spec(
        "fr-comptable-arret-maladie",
        "other",
        "fr",
        ("Laurence Barbier", "laurence@barbier-patisserie.example"),
        "2031-03-05 14:15",
        "thunderbird",
        "LCE/50176",
        "865.20",
        "Bonjour,\n\nNotre comptable est en arrêt maladie depuis trois semaines et je ne sais pas du tout où en est ce dossier. Je regarde ça avec elle à son retour et je reviens vers vous.\n\nLaurence Barbier\nPâtisserie Barbier",
        bare(note="no claim and no commitment to pay, only to come back"),
    ),
    Spec(
        "fr-pas-deja-paye",
        "other",
        "fr",
        ("Vincent Roux", "vincent.roux@lagrange-auxvins.example"),
        "2031-03-24 08:40",
        "iphone",
        "LCE/50449",
        "492.00",
        "Ce n'est pas déjà payé ça ?",
        bare(note="a question without a claim or a date"),
    ),
]


# --------------------------------------------------------------------------------------------
# Spanish (mainland Spain; central-European time)
# --------------------------------------------------------------------------------------------

SPANISH = [
    # ---- promise_to_pay (6)
    Spec(
        "es-aprobada-sale-viernes",
        "promise_to_pay",
        "es",
        ("Lucía Navarro", "lucia.navarro@restaurantelaalameda.example"),
        "2031-03-18 12:30",
        "gmail",
        "LCE/50383",
        "1312.00",
        "Hola,\n\nYa está aprobada, sale el viernes con el resto de pagos a proveedores.\n\nUn saludo,\nLucía Navarro\nRestaurante La Alameda",
        promise(
            "2031-03-21",
            note="'ya está aprobada' sounds done; it goes out on Friday after Tue 18 Mar",
        ),
    ),
    Spec(
        "es-finales-de-mes",
        "promise_to_pay",
        "es",
        ("Javier Ortega", "administracion@hostal-ortega.example"),
        "2031-03-10 13:10",
        "outlook",
        "LCE/50265",
        "864.00",
        "Buenos días:\n\nLes pagamos a finales de mes, cuando cobremos las reservas de Semana Santa. Disculpen el retraso.\n\nAtentamente,\nJavier Ortega\nHostal Ortega",
        promise("2031-03-31", note="'a finales de mes' resolved to the last day of March"),
        charset="iso-8859-1",
    ),
    Spec(
        "es-todavia-no-semana-que-viene",
        "promise_to_pay",
        "es",
        ("Raúl Gimeno", "raul.gimeno@barelfaro.example"),
        "2031-03-05 20:10",
        "iphone",
        "LCE/50170",
        "345.60",
        "Todavía no, la semana que viene sin falta. Perdona",
        promise(
            "2031-03-10",
            note="'todavía no' then 'la semana que viene', resolved to the Monday of next week",
        ),
    ),
    Spec(
        "es-remesa-del-25",
        "promise_to_pay",
        "es",
        ("Marta Sáez", "cuentasapagar@mediterraneoazul-hoteles.example"),
        "2031-03-14 09:45",
        "outlook_html",
        "LCE/50298",
        "4870.50",
        "Estimados señores:\n\nLes informamos de que la factura LCE/50298 ha sido contabilizada y conformada, y se abonará en la remesa de pagos del próximo día 25 mediante transferencia a la cuenta que figura en nuestro maestro de proveedores.\n\nReciban un cordial saludo,\n\nMarta Sáez\nDepartamento de Cuentas a Pagar\nHoteles Mediterráneo Azul, S.A.",
        promise(
            "2031-03-25",
            refs=("LCE/50298",),
            note="hotel group AP, very formal; booked and approved, paid in the run of the 25th",
        ),
        headers=(XARS,),
    ),
    Spec(
        "es-ya-pagada-programada-28",
        "promise_to_pay",
        "es",
        ("Pilar Domínguez", "pilar@panaderiadominguez.example"),
        "2031-03-24 17:05",
        "apple",
        "LCE/50460",
        "980.40",
        "Hola, ya está pagada: la transferencia está programada para el viernes 28, que es cuando hacemos todos los pagos del mes.\n\nSaludos,\nPilar",
        promise(
            "2031-03-28",
            note="'ya está pagada' but the transfer is scheduled for a later day: a promise",
        ),
    ),
    Spec(
        "es-aviso-gmail-pago-el-20",
        "promise_to_pay",
        "es",
        ("Alberto Ruiz", "albertoruiz.eventos@gmail.com"),
        "2031-03-17 10:20",
        "gmail",
        "LCE/50372",
        "1150.00",
        "Buenos días,\n\nEl jueves les escribí para decirles que pagaría el día 20 y me ha llegado este aviso de Gmail (se lo reenvío abajo). Por si no les llegó: la factura la pago el jueves 20, sin falta.\n\nAlberto Ruiz",
        promise(
            "2031-03-20",
            note="free-mail persona; a Gmail delay notice about the customer's own mail is pasted below the promise",
        ),
        pasted=(
            "---------- Mensaje reenviado ---------\nDe: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: vie, 14 mar 2031 a las 2:31\nSubject: Delivery Status Notification (Delay)\nTo: <albertoruiz.eventos@gmail.com>\n\n\n"
            "Entrega retrasada\n\nSe ha producido un problema temporal al entregar tu mensaje a credit@larkspur-catering.example. Gmail lo volverá a intentar durante 46 horas más. Te avisaremos si la entrega falla de forma permanente.\n\n"
            "La respuesta del servidor remoto fue:\n421 4.4.2 mx1.larkspur-catering.example: Connection timed out"
        ),
    ),
    # ---- payment_sent (5)
    Spec(
        "es-600-a-cuenta",
        "payment_sent",
        "es",
        ("Enrique Castillo", "ecastillo@asador-castillo.example"),
        "2031-03-06 12:15",
        "outlook",
        "LCE/50194",
        "1865.00",
        "Buenos días:\n\nHoy les hemos transferido 600 € a cuenta de esta factura.\n\nUn saludo,\nEnrique Castillo\nAsador Castillo",
        sent(
            "2031-03-06",
            amount="600.00",
            currency="EUR",
            note="partial payment on account; nothing said about the rest",
        ),
    ),
    Spec(
        "es-ayer-por-la-tarde",
        "payment_sent",
        "es",
        ("Marisa Vega", "marisa.vega@cafeteriaelparque.example"),
        "2031-03-19 09:12",
        "gmail_plain",
        "LCE/50400",
        "418.20",
        "Ya está, lo hice ayer por la tarde. Saludos, Marisa",
        sent("2031-03-18", note="'ya está' in answer to the reminder; done yesterday"),
    ),
    Spec(
        "es-justificante-adjunto",
        "payment_sent",
        "es",
        ("Carmen Ibáñez", "contabilidad@residencia-sanroque.example"),
        "2031-03-12 11:02",
        "outlook_html",
        "LCE/50319",
        "1985.20",
        "Buenos días:\n\nAdjunto justificante de la transferencia realizada el 11/03/2031 por importe de 1.985,20 € correspondiente a su factura LCE/50319.\n\nQuedamos a su disposición.\n\nCarmen Ibáñez\nContabilidad\nResidencia de Mayores San Roque",
        sent(
            "2031-03-11",
            amount="1985.20",
            currency="EUR",
            refs=("LCE/50319",),
            note="proof of transfer attached as a PDF",
        ),
        attach="pdf",
    ),
    Spec(
        "es-mayusculas-lunes",
        "payment_sent",
        "es",
        ("Toni Ferrer", "toni.chiringuitoelsol@hotmail.es"),
        "2031-03-13 16:44",
        "android",
        "LCE/50335",
        "532.00",
        "YA LO PAGUE EL LUNES",
        sent("2031-03-10", note="all caps without accents; Monday before Thu 13 Mar"),
    ),
    Spec(
        "es-viernes-transferencia-ordinaria",
        "payment_sent",
        "es",
        ("Fernando Prieto", "fprieto@marisqueria-prieto.example"),
        "2031-03-24 10:30",
        "outlook_html",
        "LCE/50448",
        "2105.00",
        "Hola,\n\nLo pagamos el viernes pasado, pero como es una transferencia ordinaria tardará un par de días en llegarles. Si el miércoles no lo ven, díganmelo y lo reviso con el banco.\n\nUn saludo,\nFernando Prieto\nMarisquería Prieto",
        sent("2031-03-21", note="paid last Friday; the future tense is about arrival"),
    ),
    # ---- payment_plan (1)
    Spec(
        "es-dos-plazos",
        "payment_plan",
        "es",
        ("Rosa Molina", "rosa@lacasitadelte.example"),
        "2031-03-27 13:00",
        "gmail",
        "LCE/50503",
        "1240.00",
        "Hola,\n\n¿Podríamos pagar esta factura en dos plazos, la mitad ahora y la otra mitad a mediados de abril? Estos meses son flojos en la tetería y no llego a todo.\n\nGracias,\nRosa",
        bare(note="two instalments asked for"),
    ),
    # ---- dispute (2)
    Spec(
        "es-segunda-visita",
        "dispute",
        "es",
        ("Gonzalo Herrera", "gherrera@colegio-santamaria.example"),
        "2031-03-11 09:40",
        "outlook",
        "LCE/50226",
        "486.00",
        "Buenos días:\n\nNo estamos conformes con esta factura. El técnico vino dos veces por la misma avería del horno (el 3 y el 10 de febrero) porque la primera reparación no funcionó. La segunda visita no debería cobrarse.\n\nLes ruego que nos envíen una factura rectificada.\n\nGonzalo Herrera\nResponsable de comedor\nColegio Santa María",
        bare(note="school canteen; second visit for the same fault contested"),
        charset="iso-8859-1",
        cte="8bit",
        invoice_dates=("2031-02-12", "2031-02-26"),
    ),
    Spec(
        "es-material-si-mano-de-obra-no",
        "dispute",
        "es",
        ("Álvaro Méndez", "alvaro@tabernamendez.example"),
        "2031-03-25 19:20",
        "iphone",
        "LCE/50478",
        "3320.00",
        "Hola, hemos pagado la parte del material (2.700 €) pero la mano de obra no, porque la instalación de la campana no está terminada. Cuando vuelvan a terminarla pagamos el resto.\nÁlvaro",
        bare(note="part paid, the rest withheld over unfinished work: dispute"),
    ),
    # ---- other (2)
    Spec(
        "es-recibido-paso-a-administracion",
        "other",
        "es",
        ("Nuria Campos", "recepcion@hotelplayadorada.example"),
        "2031-03-07 11:30",
        "outlook",
        "LCE/50207",
        "1674.00",
        "Buenos días:\n\nRecibido. Se lo paso a administración, que es quien lleva los pagos.\n\nNuria Campos\nRecepción, Hotel Playa Dorada",
        bare(note="acknowledgement by a person who passes it on; no new address given"),
    ),
    Spec(
        "es-respuesta-vacia",
        "other",
        "es",
        ("Ignacio Serrano", "nacho@bodegaserrano.example"),
        "2031-03-26 13:33",
        "iphone",
        "LCE/50492",
        "756.00",
        "",
        bare(note="empty reply (sent by mistake or unfinished): a person should read it"),
    ),
]


# --------------------------------------------------------------------------------------------
# Dutch (Netherlands, Flanders; central-European time)
# --------------------------------------------------------------------------------------------

DUTCH = [
    # ---- promise_to_pay (6)
    Spec(
        "nl-ingepland-donderdag",
        "promise_to_pay",
        "nl",
        ("Jeroen Bakker", "crediteuren@brasserie-dekade.example"),
        "2031-03-10 14:05",
        "outlook",
        "LCE/50262",
        "1390.00",
        "Goedemiddag,\n\nDe betaling staat ingepland voor donderdag.\n\nMet vriendelijke groet,\nJeroen Bakker\nBrasserie De Kade",
        promise(
            "2031-03-13",
            note="'staat ingepland' sounds settled; Thursday after Mon 10 Mar",
        ),
    ),
    Spec(
        "nl-over-twee-weken",
        "promise_to_pay",
        "nl",
        ("Fatima El Amrani", "fatima@lunchroom-zoet.example"),
        "2031-03-05 16:22",
        "gmail_plain",
        "LCE/50166",
        "512.40",
        "Hallo,\n\nIk betaal hem over twee weken, eerder lukt niet. Excuses!\n\nGroetjes,\nFatima",
        promise("2031-03-19", note="'over twee weken' is fourteen days after Wed 5 Mar"),
    ),
    Spec(
        "nl-nog-niet-volgende-week-vrijdag",
        "promise_to_pay",
        "nl",
        ("Wouter Jansen", "w.jansen@zorggroep-deveste.example"),
        "2031-03-11 10:18",
        "outlook_html",
        "LCE/50235",
        "2786.00",
        "Beste heer, mevrouw,\n\nNog niet betaald, klopt. De factuur is inmiddels goedgekeurd en gaat volgende week vrijdag mee in de betaalrun.\n\nMet vriendelijke groet,\n\nWouter Jansen\nFinanciële administratie\nZorggroep De Veste",
        promise(
            "2031-03-21",
            note="care group; 'nog niet' plus an approved invoice in a later run",
        ),
    ),
    Spec(
        "nl-betaalaankondiging-27",
        "promise_to_pay",
        "nl",
        (
            "Hotelgroep Noordzee – Crediteurenadministratie",
            "noreply.betalingen@hotelgroep-noordzee.example",
        ),
        "2031-03-24 07:15",
        "notice",
        "LCE/50429",
        "1644.00",
        "Betaalaankondiging\n\nGeachte leverancier,\n\nHierbij informeren wij u dat de onderstaande facturen zijn goedgekeurd voor betaling. De betaling wordt uitgevoerd op de vermelde betaaldatum.\n\nLeveranciersnummer: 20417\nBetaaldatum: 27-03-2031\nBetaalwijze: SEPA-overboeking\n\nFactuurnummer    Factuurdatum    Bedrag\nLCE/50429        18-02-2031      € 1.644,00\nLCE/50437        20-02-2031      €   318,60\nTotaal                           € 1.962,60\n\nDit is een automatisch gegenereerd bericht. U kunt niet op deze e-mail reageren.",
        promise(
            "2031-03-27",
            "1962.60",
            "EUR",
            ("LCE/50429", "LCE/50437"),
            note="payment announcement from an AP system ahead of the payment date",
        ),
        subject="Betaalaankondiging 2031-0327 Larkspur Catering Equipment Ltd",
        headers=(("Precedence", "bulk"),),
        invoice_dates=("2031-02-18", "2031-03-04"),
    ),
    Spec(
        "nl-eind-van-de-maand",
        "promise_to_pay",
        "nl",
        ("Pieter Smit", "p.smit@vv-hetveld.example"),
        "2031-03-17 20:40",
        "thunderbird",
        "LCE/50366",
        "745.00",
        "Goedenavond,\n\nIs goedgekeurd door de penningmeester en gaat eind van de maand mee met de betalingen.\n\nGroet,\nPieter Smit\nKantinecommissie v.v. Het Veld",
        promise(
            "2031-03-31",
            note="sports club canteen; end of the month resolved to its last day",
        ),
    ),
    Spec(
        "nl-be-morgen-overmaken",
        "promise_to_pay",
        "nl",
        ("Kevin Claes", "kevin@frituur-denhoek.example"),
        "2031-03-27 22:50",
        "iphone",
        "LCE/50495",
        "688.00",
        "ok ik maak het morgen over sorry vergeten",
        promise(
            "2031-03-28",
            note="Flemish chip shop; no punctuation; tomorrow after Thu 27 Mar",
        ),
    ),
    # ---- payment_sent (6)
    Spec(
        "nl-vanochtend-morgen-op-rekening",
        "payment_sent",
        "nl",
        ("Lisa de Vries", "lisa@bakkerijdevries.example"),
        "2031-03-04 11:15",
        "gmail",
        "LCE/50153",
        "936.00",
        "Hoi,\n\nIs vanochtend overgemaakt, staat morgen op jullie rekening.\n\nGroetjes,\nLisa de Vries\nBakkerij De Vries",
        sent("2031-03-04", note="transferred this morning; 'morgen' is when it arrives"),
    ),
    Spec(
        "nl-qmail-foutmelding-geplakt",
        "payment_sent",
        "nl",
        ("Erik Mulder", "administratie@eetcafe-mulder.example"),
        "2031-03-10 15:40",
        "outlook",
        "LCE/50212",
        "1508.80",
        "Goedemiddag,\n\nOnze betaalbevestiging is niet bij u aangekomen, zie de foutmelding hieronder. Het adres dat op uw factuur stond werkt blijkbaar niet.\n\nWij hebben op 6 maart betaald, onder vermelding van kenmerk EM-2031-0306.\n\nMet vriendelijke groet,\nErik Mulder\nEetcafé Mulder",
        sent(
            "2031-03-06",
            "EM-2031-0306",
            note="a qmail failure notice about the customer's own mail is pasted below",
        ),
        pasted=(
            "Van: MAILER-DAEMON@mail.eetcafe-mulder.example\nVerzonden: donderdag 6 maart 2031 16:02\nAan: administratie@eetcafe-mulder.example\nOnderwerp: failure notice\n\n"
            "Hi. This is the qmail-send program at mail.eetcafe-mulder.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<betalingen@larkspur-catering.example>:\n192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <betalingen@larkspur-catering.example>: Recipient address rejected: User unknown\nGiving up on 192.0.2.25.\n\n"
            "--- Below this line is a copy of the message.\n\nReturn-Path: <administratie@eetcafe-mulder.example>\nFrom: Erik Mulder <administratie@eetcafe-mulder.example>\nTo: betalingen@larkspur-catering.example\nSubject: Betaling factuur LCE/50212"
        ),
    ),
    Spec(
        "nl-is-al-betaald-hoor",
        "payment_sent",
        "nl",
        ("Sandra Peeters", "sandra.peeters@telenet.be"),
        "2031-03-21 13:20",
        "iphone",
        "LCE/50466",
        "299.00",
        "Is al betaald hoor",
        sent(None, note="Flemish free-mail persona; short claim without a date"),
    ),
    Spec(
        "nl-ticket-melding-afgehandeld",
        "payment_sent",
        "nl",
        (
            "Servicedesk Crediteuren Gemeente Zuidwold",
            "servicedesk.crediteuren@zuidwold.example",
        ),
        "2031-03-13 09:05",
        "notice",
        "LCE/50345",
        "2210.00",
        "Geachte heer/mevrouw,\n\nUw melding met zaaknummer 2031-0311-447 is afgehandeld.\n\nOnderwerp: Vervallen factuur LCE/50345 – Larkspur Catering Equipment\nAfhandeling: Factuur LCE/50345 is op 11-03-2031 betaald. Betalingskenmerk: 0031 4471 2209 8811.\n\nHeeft u nog vragen over deze melding? Beantwoord dan dit bericht en vermeld het zaaknummer.\n\nMet vriendelijke groet,\nServicedesk Crediteuren\nGemeente Zuidwold\n\nDit bericht is automatisch verzonden.",
        sent(
            "2031-03-11",
            "0031 4471 2209 8811",
            refs=("LCE/50345",),
            note="municipal ticket system closing the case with the payment date",
        ),
        subject="Uw melding 2031-0311-447 is afgehandeld",
        headers=(("X-Autoreply", "yes"),),
    ),
    Spec(
        "nl-volgens-mij-3-maart",
        "payment_sent",
        "nl",
        ("Marloes Hendriks", "m.hendriks@hotel-descheldehof.example"),
        "2031-03-07 15:30",
        "outlook_html",
        "LCE/50184",
        "1276.00",
        "Goedemiddag,\n\nVolgens mij hebben we deze al op 3 maart betaald, samen met LCE/50160. Kunt u dat even nakijken?\n\nMet vriendelijke groet,\nMarloes Hendriks\nHotel De Scheldehof",
        sent(
            "2031-03-03",
            refs=("LCE/50160",),
            note="unsure ('volgens mij') but dated: treated as a payment claim",
        ),
    ),
    Spec(
        "nl-beide-facturen-een-bedrag",
        "payment_sent",
        "nl",
        ("Ruud Visser", "ruud@visser-events.example"),
        "2031-03-26 16:55",
        "android",
        "LCE/50412",
        "2150.25",
        "Beide facturen (50412 en 50419) zijn vandaag in één bedrag overgemaakt, € 3.107,85.\nRuud",
        sent(
            "2031-03-26",
            amount="3107.85",
            currency="EUR",
            refs=("LCE/50412", "LCE/50419"),
            note="short invoice numbers normalised; one transfer for two invoices",
        ),
    ),
    # ---- payment_plan (1)
    Spec(
        "nl-drie-termijnen",
        "payment_plan",
        "nl",
        ("Bas van Dijk", "bas@strandpaviljoen-dezeemeeuw.example"),
        "2031-03-12 12:40",
        "gmail",
        "LCE/50310",
        "4320.00",
        "Hallo,\n\nHet seizoen begint pas in april en tot die tijd is het krap. Kunnen we deze factuur in drie termijnen betalen, april, mei en juni? Dan betalen we elke maand € 1.440,00.\n\nGroet,\nBas van Dijk\nStrandpaviljoen De Zeemeeuw",
        bare(note="seasonal business asks for three instalments"),
    ),
    # ---- dispute (1)
    Spec(
        "nl-koelcel-haalt-temperatuur-niet",
        "dispute",
        "nl",
        ("Hans Koster", "h.koster@hooghehuys.example"),
        "2031-03-25 11:55",
        "outlook",
        "LCE/50474",
        "5890.00",
        "Geachte heer, mevrouw,\n\nWij betalen deze factuur voorlopig niet. De koelcel die u in februari heeft geplaatst haalt de temperatuur niet: we meten 7 à 8 graden in plaats van 3. Uw monteur is twee keer geweest, zonder resultaat. Pas als de koelcel naar behoren werkt, maken wij het bedrag over.\n\nMet vriendelijke groet,\nHans Koster\nRestaurant 't Hooghe Huys",
        bare(note="payment withheld until the cold room works"),
        invoice_dates=("2031-02-20", "2031-03-06"),
    ),
    # ---- other (2)
    Spec(
        "nl-ziekenhuis-vrouw-kijkt",
        "other",
        "nl",
        ("Gerrit Bos", "gerrit@cafetaria-bos.example"),
        "2031-03-03 17:30",
        "iphone",
        "LCE/50126",
        "420.00",
        "Ik lig tot vrijdag in het ziekenhuis. Mijn vrouw kijkt er deze week naar.\nGerrit",
        bare(note="a person writes; 'my wife will look at it' is no commitment to pay"),
    ),
    Spec(
        "nl-dank-reparatie-na-weekend",
        "other",
        "nl",
        ("Anouk Meijer", "anouk@koffiebar-demolen.example"),
        "2031-03-21 15:10",
        "gmail",
        "LCE/50465",
        "386.40",
        "Hoi,\n\nDank nog voor de snelle reparatie van de espressomachine vorige week, jullie monteur was echt top!\n\nOver de factuur: daar kijk ik na het weekend naar.\n\nGroetjes,\nAnouk",
        bare(note="'I'll look at it after the weekend' is no commitment to pay"),
    ),
]


# --------------------------------------------------------------------------------------------
# Italian (central-European time)
# --------------------------------------------------------------------------------------------

ITALIAN = [
    # ---- promise_to_pay (6)
    Spec(
        "it-autorizzato-distinta-del-10",
        "promise_to_pay",
        "it",
        ("Giulia Ferrari", "amministrazione@trattoria-dagiulia.example"),
        "2031-03-06 11:30",
        "outlook",
        "LCE/50185",
        "1420.00",
        "Buongiorno,\n\nil pagamento è stato autorizzato, parte con la distinta del 10.\n\nCordiali saluti\nGiulia Ferrari\nTrattoria da Giulia",
        promise(
            "2031-03-10",
            note="'è stato autorizzato' sounds done; it goes out with the batch of the 10th",
        ),
    ),
    Spec(
        "it-entro-fine-mese",
        "promise_to_pay",
        "it",
        ("Marco Rinaldi", "marco.rinaldi@libero.it"),
        "2031-03-13 19:20",
        "iphone",
        "LCE/50338",
        "560.00",
        "Buonasera, salderò entro fine mese. Scusate il ritardo.\nMarco",
        promise("2031-03-31", note="'entro fine mese' resolved to the last day of March"),
    ),
    Spec(
        "it-non-ancora-lunedi-prossimo",
        "promise_to_pay",
        "it",
        ("Francesca Bianchi", "francesca@pasticceria-bianchi.example"),
        "2031-03-19 10:05",
        "gmail",
        "LCE/50404",
        "865.00",
        "Buongiorno,\n\nnon ancora, mi scuso. Lo facciamo lunedì prossimo, appena rientra il titolare.\n\nCordialmente,\nFrancesca Bianchi\nPasticceria Bianchi",
        promise("2031-03-24", note="'non ancora' then next Monday after Wed 19 Mar"),
    ),
    Spec(
        "it-comune-liquidata-15-04",
        "promise_to_pay",
        "it",
        ("Dott. Roberto Esposito", "economato@comune-sanvalentino.example"),
        "2031-03-25 12:10",
        "html_only",
        "LCE/50413",
        "6108.00",
        "Gentili Signori,\n\nin riferimento al Vostro sollecito, si comunica che la fattura LCE/50413 relativa alla fornitura delle attrezzature per la mensa scolastica è stata liquidata con determinazione n. 112 del 20/03/2031. Il mandato di pagamento sarà emesso dalla Ragioneria entro il 15/04.\n\nDistinti saluti\n\nDott. Roberto Esposito\nResponsabile Servizio Economato\nComune di San Valentino",
        promise(
            "2031-04-15",
            refs=("LCE/50413",),
            note="public body; 'liquidata' sounds done, the payment order follows by 15/04",
        ),
        charset="iso-8859-1",
    ),
    Spec(
        "it-bonifico-data-esecuzione-25",
        "promise_to_pay",
        "it",
        ("Alessandro Conti", "a.conti@hotel-belvedere-garda.example"),
        "2031-03-21 16:12",
        "outlook_html",
        "LCE/50444",
        "2390.00",
        "Buongiorno,\n\nil bonifico è già stato inserito in banca con data di esecuzione 25/03, quindi partirà martedì.\n\nSaluti,\nAlessandro Conti\nUfficio Amministrazione\nHotel Belvedere",
        promise(
            "2031-03-25",
            note="transfer entered with a future execution date: the money has not left",
        ),
    ),
    Spec(
        "it-ok-pago-venerdi",
        "promise_to_pay",
        "it",
        ("Davide Moretti", "davide.moretti@pizzeria-vesuvio-bo.example"),
        "2031-03-24 15:45",
        "android",
        "LCE/50451",
        "478.00",
        "ok pago venerdì",
        promise("2031-03-28", note="mobile brevity; Friday after Mon 24 Mar"),
    ),
    # ---- payment_sent (5)
    Spec(
        "it-pagato-ieri",
        "payment_sent",
        "it",
        ("Chiara Romano", "chiara@osteria-delponte.example"),
        "2031-03-07 09:50",
        "gmail",
        "LCE/50203",
        "1050.00",
        "Buongiorno,\n\npagato ieri, vi arriverà tra un paio di giorni.\n\nChiara Romano\nOsteria del Ponte",
        sent("2031-03-06", note="paid yesterday; the future tense is about arrival"),
    ),
    Spec(
        "it-cro-14-03",
        "payment_sent",
        "it",
        ("Paolo Greco", "contabilita@agriturismo-ilcasale.example"),
        "2031-03-17 11:35",
        "outlook",
        "LCE/50354",
        "1872.40",
        "Spett.le Larkspur Catering Equipment,\n\ncon la presente Vi comunichiamo di aver effettuato in data 14/03/2031 il bonifico di € 1.872,40 a saldo della fattura LCE/50354 (CRO 0306908765432112).\n\nDistinti saluti\nPaolo Greco\nAgriturismo Il Casale",
        sent(
            "2031-03-14",
            "0306908765432112",
            "1872.40",
            "EUR",
            ("LCE/50354",),
            note="formal; the CRO is the bank's transfer reference",
        ),
        cte="8bit",
    ),
    Spec(
        "it-fatto-emoji",
        "payment_sent",
        "it",
        ("Luca Marino", "luca.marino@gelateriamarino.example"),
        "2031-03-04 20:05",
        "iphone",
        "LCE/50151",
        "290.00",
        "fatto 👍",
        sent(None, note="one word and an emoji"),
    ),
    Spec(
        "it-portale-carta-ricevuta",
        "payment_sent",
        "it",
        ("Sara Colombo", "sara.colombo@rifugio-alpeverde.example"),
        "2031-03-20 08:30",
        "thunderbird",
        "LCE/50425",
        "734.60",
        "Buongiorno,\n\nho pagato con carta sul vostro portale stamattina, mi è arrivata la ricevuta n. 448120. Vi chiedo solo di verificare che sia tutto a posto.\n\nGrazie,\nSara Colombo\nRifugio Alpe Verde",
        sent(
            "2031-03-20",
            "448120",
            note="card payment on the supplier's portal this morning",
        ),
    ),
    Spec(
        "it-avviso-di-pagamento",
        "payment_sent",
        "it",
        (
            "Gruppo Alberghiero Adriatico - Tesoreria",
            "tesoreria@gruppoadriatico.example",
        ),
        "2031-03-12 07:10",
        "notice",
        "LCE/50274",
        "2188.00",
        "AVVISO DI PAGAMENTO\n\nSpett.le Larkspur Catering Equipment Ltd,\n\nVi informiamo di aver disposto in data odierna il seguente pagamento a mezzo bonifico bancario:\n\nData pagamento: 12/03/2031\nRiferimento: 2031/0387\nImporto: € 3.046,00\n\nDocumenti pagati:\nFattura LCE/50274 del 14/01/2031   € 2.188,00\nFattura LCE/50290 del 21/01/2031   €   858,00\n\nMessaggio generato automaticamente, si prega di non rispondere.",
        sent(
            "2031-03-12",
            "2031/0387",
            "3046.00",
            "EUR",
            ("LCE/50274", "LCE/50290"),
            note="AP advice without any automatic-message header",
        ),
        subject="Avviso di pagamento n. 2031/0387",
        invoice_dates=("2031-01-14", "2031-02-13"),
    ),
    # ---- payment_plan (2)
    Spec(
        "it-tre-rate-mensili",
        "payment_plan",
        "it",
        ("Giorgio Ricci", "giorgio@ristorante-laquercia.example"),
        "2031-03-05 12:00",
        "outlook_html",
        "LCE/50173",
        "3600.00",
        "Buongiorno,\n\nvi scrivo per la fattura dell'abbattitore. È un periodo difficile e non riesco a saldarla in un'unica soluzione. Possiamo rateizzarla in tre rate mensili da € 1.200,00, a partire da aprile?\n\nGrazie per la comprensione,\nGiorgio Ricci\nRistorante La Quercia",
        bare(note="hardship and three monthly instalments"),
    ),
    Spec(
        "it-500-adesso-resto-fine-aprile",
        "payment_plan",
        "it",
        ("Elena Fontana", "elena.fontana@bistrot-fontana.example"),
        "2031-03-27 18:30",
        "gmail_plain",
        "LCE/50500",
        "1380.00",
        "Ciao,\nvi giro 500 € adesso e il resto entro fine aprile, va bene?\nElena",
        bare(note="part now, the rest later: payment_plan"),
    ),
    # ---- dispute (1)
    Spec(
        "it-doppia-fatturazione",
        "dispute",
        "it",
        ("Stefano Gallo", "s.gallo@mensa-gallo.example"),
        "2031-03-18 14:10",
        "outlook",
        "LCE/50392",
        "945.00",
        "Buongiorno,\n\ncontestiamo la fattura LCE/50392: l'intervento di manutenzione del 20 febbraio è già stato fatturato con la LCE/50321, che abbiamo pagato il 5 marzo. Si tratta di un doppione.\n\nAttendiamo una nota di credito.\n\nSaluti\nStefano Gallo\nMensa Aziendale Gallo Srl",
        bare(
            refs=("LCE/50392", "LCE/50321"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        invoice_dates=("2031-02-24", "2031-03-10"),
    ),
    # ---- other (2)
    Spec(
        "it-avviso-exim-indirizzo-funziona",
        "other",
        "it",
        ("Roberta Leone", "roberta.leone@albergo-leone.example"),
        "2031-03-28 10:40",
        "thunderbird",
        "LCE/50509",
        "1122.00",
        "Buongiorno,\n\nvi ho scritto due volte questa settimana e mi tornano indietro questi avvisi (ne copio uno qui sotto). Il vostro indirizzo funziona? Ho bisogno di parlare con qualcuno dell'amministrazione.\n\nRoberta Leone\nAlbergo Leone",
        bare(
            note="a pasted Exim delay warning about the customer's own mail; she asks whether the address works"
        ),
        pasted=(
            "-------- Messaggio Inoltrato --------\nOggetto: Warning: message 1tK9xZ-0003Qa-2B delayed 24 hours\nData: Thu, 27 Mar 2031 11:02:41 +0100\nMittente: Mail Delivery System <Mailer-Daemon@mail.albergo-leone.example>\nA: roberta.leone@albergo-leone.example\n\n"
            "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.albergo-leone.example.\n\n"
            "The message identifier is:     1tK9xZ-0003Qa-2B\nThe subject of the message is: Re: Fattura scaduta LCE/50509 – Larkspur Catering Equipment\nThe date of the message is:    Wed, 26 Mar 2031 10:58:12 +0100\n\n"
            "The address to which the message has not yet been delivered is:\n\n  credit@larkspur-catering.example\n    host mx1.larkspur-catering.example [192.0.2.25]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<credit@larkspur-catering.example>:\n    451 4.7.1 Greylisted, please try again later\n\n"
            "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you."
        ),
    ),
    Spec(
        "it-non-lavevamo-gia-pagata",
        "other",
        "it",
        ("Antonio De Luca", "antonio.deluca@bar-centrale-lecce.example"),
        "2031-03-10 07:55",
        "iphone",
        "LCE/50260",
        "312.00",
        "Ma non l'avevamo già pagata questa?",
        bare(note="a question without a claim or a date"),
    ),
]


SPECS: list[Spec] = [*ENGLISH, *GERMAN, *FRENCH, *SPANISH, *DUTCH, *ITALIAN]

# --------------------------------------------------------------------------------------------
# Checks on the specs and their labels
# --------------------------------------------------------------------------------------------

REF_RE = re.compile(r"LCE/\d{5}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
CURRENCIES = {"GBP", "EUR", "CHF"}


def spec_problems(s: Spec) -> list[str]:
    """Everything wrong with one spec's shape or labels (empty when it is sound)."""
    problems: list[str] = []
    lab = s.label
    day = s.dt.date()
    if s.intent not in EXPECTED or s.lang not in LANGS or s.client not in CLIENTS:
        problems.append("unknown intent, language or client")
    if s.attach and s.attach not in ATTACHMENTS:
        problems.append("unknown attachment")
    if not FIRST_DAY <= day <= LAST_DAY:
        problems.append(f"date {day} outside the range")
    if s.is_notice and not s.subject:
        problems.append("a notice needs its own subject")
    if s.intent != "promise_to_pay" and lab.promised is not None:
        problems.append("promised_date outside a promise")
    if s.intent != "payment_sent" and (lab.paid is not None or lab.ref is not None):
        problems.append("payment facts outside payment_sent")
    if s.intent not in {"promise_to_pay", "payment_sent"} and lab.amount is not None:
        problems.append("amount outside a payment intent")
    if (lab.amount is None) != (lab.currency is None):
        problems.append("amount and currency go together")
    if lab.amount is not None:
        if not AMOUNT_RE.fullmatch(lab.amount) or lab.currency not in CURRENCIES:
            problems.append("bad amount or currency")
        digits = re.sub(r"[.,' \u00a0]", "", s.text)
        if lab.amount.split(".")[0] not in digits:
            problems.append("labelled amount not written in the text")
    if lab.promised is not None and date.fromisoformat(lab.promised) < day:
        problems.append("promised date before the message")
    if lab.paid is not None and date.fromisoformat(lab.paid) > day:
        problems.append("paid date after the message")
    written = set(REF_RE.findall(s.text))
    for ref in lab.refs:
        if not REF_RE.fullmatch(ref) or ref[4:] not in s.text:
            problems.append(f"invoice ref {ref} not in the new text")
    if not written <= set(lab.refs) or len(set(lab.refs)) != len(lab.refs):
        problems.append("invoice refs incomplete or repeated")
    try:
        s.text.encode(s.charset)
    except UnicodeEncodeError:
        problems.append("text does not fit its charset")
    return problems


def check_specs() -> None:
    """Stop with a message when any spec, key or count is wrong."""
    problems = [f"{s.key}: {p}" for s in SPECS for p in spec_problems(s)]
    keys = [s.key for s in SPECS]
    invoices = [s.inv for s in SPECS]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    if len(set(invoices)) != len(invoices):
        problems.append("two reminders for the same invoice")
    cells = Counter((s.intent, s.lang) for s in SPECS)
    for intent in INTENTS:
        for lang in LANGS:
            want = EXPECTED.get(intent, {}).get(lang, 0)
            if cells[intent, lang] != want:
                problems.append(f"{intent}/{lang}: {cells[intent, lang]} messages, want {want}")
    if problems:
        raise SystemExit("\n".join(problems))


def label_for(s: Spec, name: str) -> dict[str, object]:
    """The labels.jsonl object of one message, keys in the corpus order."""
    lab = s.label
    label: dict[str, object] = {"file": name, "intent": s.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(
        promised_date=lab.promised,
        paid_date=lab.paid,
        payment_reference=lab.ref,
        amount=lab.amount,
        currency=lab.currency,
    )
    label.update(invoice_refs=list(lab.refs), language=s.lang, note=lab.note)
    return label


def check_label(label: dict[str, object]) -> None:
    """The shape of one label object."""
    want = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
    if tuple(label) != want:
        raise SystemExit(f"{label['file']}: label keys out of order")
    for key in LABEL_KEYS:
        if label[key] is not None and not isinstance(label[key], str):
            raise SystemExit(f"{label['file']}: {key} must be a string or null")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise SystemExit(f"{label['file']}: invoice_refs must be a list of strings")


# --------------------------------------------------------------------------------------------
# Parsing every file back
# --------------------------------------------------------------------------------------------


def parts_with_context(
    part: EmailMessage, enclosed: bool = False, parent: str = ""
) -> Iterator[tuple[EmailMessage, bool, str]]:
    """Every part, whether it sits inside an enclosed message, and its parent's type."""
    yield part, enclosed, parent
    if not part.is_multipart():
        return
    payload = part.get_payload()
    if not isinstance(payload, list):
        return
    inside = enclosed or part.get_content_type() == "message/rfc822"
    for sub in payload:
        if isinstance(sub, EmailMessage):
            yield from parts_with_context(sub, inside, part.get_content_type())


def visible_text(markup: str) -> str:
    """Text of an HTML body, tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def check_parsed(name: str, data: bytes, s: Spec) -> None:
    """Parse a written file back: headers decode, text parts decode, no defects anywhere,
    and the hand-written text comes back out of the body."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    plain: list[str] = []
    markup: list[str] = []
    for part, enclosed, parent in parts_with_context(msg):
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", ()) or "=?" in str(value):
                raise SystemExit(f"{name}: header {key} does not decode cleanly")
        if parent == "message/delivery-status" or part.get_content_maintype() != "text":
            continue
        content = part.get_content()
        if not isinstance(content, str):
            raise SystemExit(f"{name}: text part did not decode")
        if not enclosed and part.get_content_subtype() == "plain":
            plain.append(" ".join(content.split()))
        elif not enclosed and part.get_content_subtype() == "html":
            markup.append(visible_text(content))
    expected = visible_text(s.text) if s.client == "notice_html" else " ".join(s.text.split())
    if not any(expected in text for text in plain + markup):
        raise SystemExit(f"{name}: the hand-written text does not come back out")
    subject = str(msg["Subject"])
    if not subject or "=?" in subject:
        raise SystemExit(f"{name}: subject did not decode")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        if sum(counts):
            rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(messages: list[tuple[Spec, Message]]) -> str:
    """A summary of clients, MIME types, charsets, encodings and headers."""
    clients = Counter(s.client for s, _ in messages)
    tops = Counter(m.get_content_type() for _, m in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for _, m in messages:
        leaves = list(own_leaves(m))
        charsets.update(
            {str(p.get_content_charset()) for p in leaves if p.get_content_maintype() == "text"}
        )
        encodings.update(
            {
                str(p.get("Content-Transfer-Encoding", "7bit")).lower()
                for p in leaves
                if p.get_content_maintype() != "message"
            }
        )
    headers = Counter(
        h
        for _, m in messages
        for h in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "Precedence",
            "X-Autoreply",
            "Reply-To",
        )
        if m[h] is not None
    )
    encoded = Counter(h for _, m in messages for h in ("From", "Subject") if "=?" in str(m[h]))
    reports = sum(
        1
        for _, m in messages
        if any(p.get_content_type() == "message/delivery-status" for p in m.walk())
    )
    flowed_count = sum(
        1 for _, m in messages if any(p.get_param("format") == "flowed" for p in m.walk())
    )
    lines = [
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
        "RFC 2047 encoded: " + ", ".join(f"{k} {v}" for k, v in sorted(encoded.items())),
        f"attached delivery reports: {reports}; format=flowed: {flowed_count}",
    ]
    return "\n".join(lines)


def file_order() -> list[Spec]:
    """Messages in file order: sorted by a seeded hash of their key."""
    return sorted(SPECS, key=lambda s: digest(s.key, "order"))


def write_all() -> tuple[list[dict[str, object]], list[tuple[Spec, Message]]]:
    """Write every .eml file and labels.jsonl next to this script."""
    check_specs()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    built: list[tuple[Spec, Message]] = []
    for number, s in enumerate(file_order(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        msg = build(s)
        data = msg.as_bytes()
        check_parsed(name, data, s)
        (HERE / name).write_bytes(data)
        label = label_for(s, name)
        check_label(label)
        labels.append(label)
        built.append((s, msg))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, built


def main() -> int:
    """Rebuild the corpus and print the count table and the format coverage."""
    labels, built = write_all()
    print(count_table(labels))
    print()
    print(coverage(built))
    print(f"\n{len(labels)} messages written to {HERE.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
