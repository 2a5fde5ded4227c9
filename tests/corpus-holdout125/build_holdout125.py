# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and no-break spaces that people and their clients really type.
"""Build held-out reply corpus 125: `h125-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder sent by the accounts team of
Saltmarsh Marine Engineering. The new text of each message is written by hand below. The script
adds only what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. Run it from
anywhere; it rewrites every file next to itself, deterministically, and checks the result.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h125"
SEED = "saltmarsh-holdout-125"
AR_NAME = "Saltmarsh Marine Accounts"
AR_ADDR = "accounts@saltmarsh-marine.example"
AR_DOMAIN = "saltmarsh-marine.example"
UK = timezone(timedelta(hours=1))  # British Summer Time in June and July
CE = timezone(timedelta(hours=2))  # Central European Summer Time in June and July
FIRST_DAY = date(2031, 6, 9)
LAST_DAY = date(2031, 7, 4)

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
# The only label fields each intent may fill (the winning intent's fields).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}
# Intended spread: English 3 per intent; each other language 2 per intent, 1 in two intents.
SINGLE_LANG = {
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


def expected_count(intent: str, lang: str) -> int:
    """How many messages of `intent` the corpus should hold in `lang`."""
    if lang == "en":
        return 3
    return 1 if SINGLE_LANG[intent] == lang else 2


# --------------------------------------------------------------------------------------------
# Locale tables (what the mail clients print, and how the reminder is worded)
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
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
# separator line, From, Sent, To, Subject, and what goes between a label and its value
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
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
DATE_FORMAT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Überfällige Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture échue {inv} – rappel de paiement",
    "es": "Factura vencida {inv} – recordatorio de pago",
    "nl": "Vervallen factuur {inv} – betalingsherinnering",
    "it": "Fattura scaduta {inv} – promemoria di pagamento",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below has not yet been paid and is now overdue:\n\n"
        "    {inv}    issued {issued}    due {due}    {amt}\n\n"
        "If you have already paid, thank you – please let us know the payment date so that we can allocate it. If you have a query about the work or the invoice, simply reply to this e-mail.\n\n"
        "With kind regards,\n\n"
        "Accounts Department\nSaltmarsh Marine Engineering Ltd\nThe Boatyard, Quay Road\n" + AR_ADDR
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen und inzwischen fällig:\n\n"
        "    {inv}    Rechnungsdatum {issued}    fällig {due}    {amt}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum, damit wir die Zahlung zuordnen können. Bei Fragen zu den ausgeführten Arbeiten oder zur Rechnung antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\nSaltmarsh Marine Engineering Ltd\n" + AR_ADDR
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous n'a pas encore été réglée et son échéance est dépassée :\n\n"
        "    {inv}    émise le {issued}    échéance {due}    {amt}\n\n"
        "Si vous avez déjà procédé au paiement, nous vous en remercions et vous prions de nous indiquer la date du règlement afin que nous puissions l'affecter. Pour toute question sur l'intervention ou la facture, il vous suffit de répondre à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\nSaltmarsh Marine Engineering Ltd\n" + AR_ADDR
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la factura que figura a continuación sigue pendiente de pago y ya ha vencido:\n\n"
        "    {inv}    fecha {issued}    vencimiento {due}    {amt}\n\n"
        "Si ya la han abonado, les damos las gracias y les rogamos que nos indiquen la fecha del pago para poder asignarlo. Si tienen alguna duda sobre el trabajo realizado o la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Contabilidad\nSaltmarsh Marine Engineering Ltd\n" + AR_ADDR
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze boekhouding is onderstaande factuur nog niet voldaan en inmiddels vervallen:\n\n"
        "    {inv}    factuurdatum {issued}    vervaldatum {due}    {amt}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor en horen wij graag de betaaldatum, zodat wij de betaling kunnen verwerken. Heeft u vragen over de werkzaamheden of de factuur, beantwoord dan eenvoudig deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Afdeling Boekhouding\nSaltmarsh Marine Engineering Ltd\n" + AR_ADDR
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta che la fattura sotto indicata non è ancora stata saldata ed è ormai scaduta:\n\n"
        "    {inv}    emessa il {issued}    scadenza {due}    {amt}\n\n"
        "Se avete già effettuato il pagamento vi ringraziamo e vi chiediamo di comunicarci la data, così da poterlo registrare correttamente. Per qualsiasi domanda sull'intervento o sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Contabilità\nSaltmarsh Marine Engineering Ltd\n" + AR_ADDR
    ),
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "„": '"',
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amt: str = "0.00"
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    thread: bool = True
    ago: int = 1
    attach: tuple[str, bytes] | None = None

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """The invoice currency: pounds for English-language customers unless stated."""
        return self.cur or ("GBP" if self.lang == "en" else "EUR")


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder that was sent to `rcpt` in `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    builder: str
    inv: str
    amt: str
    note: str | None = None
    delay_hours: int = 0

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Small helpers: ids, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for `key`."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length `n`."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def stable_uuid(key: str, salt: str) -> str:
    """A stable upper-case UUID, the way Apple clients write them."""
    return str(uuid.UUID(bytes=digest(key, salt)[:16])).upper()


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece of a localised date that the client templates use."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wd": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
    }


def fill(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a client template with the localised parts of `dt`."""
    return template.format(**date_fields(loc, dt), **extra)


def day_text(lang: str, day: date) -> str:
    """A calendar date as the reminder prints it in `lang`."""
    return DATE_FORMAT[lang].format(dd=f"{day.day:02d}", mo=f"{day.month:02d}", y=day.year)


def money(lang: str, amount: str, currency: str) -> str:
    """An amount written the way the reminder prints it in `lang`."""
    whole, cents = f"{Decimal(amount):.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang == "en":
        symbol = "£" if currency == "GBP" else "€"
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        return "\u00a0".join(groups) + f",{cents}\u00a0€"
    if lang in {"de", "es"}:
        return ".".join(groups) + f",{cents} €"
    return "€ " + ".".join(groups) + f",{cents}"


def latin1(text: str) -> str:
    """The text as a Latin-1 client would send it."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    """Client-side replacement of characters the message charset cannot hold."""
    return latin1(text) if charset == "iso-8859-1" else text


def quote(text: str) -> str:
    """Quote every line with '>' the way plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    lines = []
    for line in text.split("\n"):
        inner = f"{html.escape(line, quote=False)}<o:p></o:p>" if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def soft_wrap(body: str, room: int) -> list[str]:
    """Split one line for format=flowed; every piece but the last ends in its soft-break space."""
    pieces: list[str] = []
    while len(body) > room:
        cut = body.rfind(" ", 1, room)
        if cut == -1:
            cut = body.find(" ", room)
            if cut == -1:
                break
        while cut + 1 < len(body) and body[cut + 1] == " ":
            cut += 1
        pieces.append(body[: cut + 1])
        body = body[cut + 1 :]
    pieces.append(body)
    return pieces


def flow(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, stuffing as needed."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        if line.startswith(">"):
            body = line[1:].removeprefix(" ")
            prefix = "> " if body else ">"
        else:
            body, prefix = line, ""
            if body.startswith((" ", ">", "From ")):
                body = " " + body
        out.extend(prefix + piece for piece in soft_wrap(body, width - len(prefix)))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset`, with the transfer encoding the client would choose."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    # None (7bit or 8bit) means no transfer encoding at all, which the stubs do not allow for.
    chosen.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = "iso-8859-1" if charset == "iso-8859-1" else charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox, with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def alternative(text: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers below the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in cast(list[Message], part.get_payload()):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000{hex}",
    "apple": "Apple-Mail={uuid}",
    "outlook": "_000_{b32}_",
    "report": "{b32}.{n}/{host}",
    "plain": "----=_Part_{n}_{num}",
}


def set_boundaries(msg: Message, key: str, family: str, host: str = AR_DOMAIN) -> None:
    """Deterministic boundaries shaped like the sending software's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        salt = f"boundary{n}"
        boundary = BOUNDARY_STYLE[family].format(
            hex=digest(key, salt).hex()[:16],
            uuid=stable_uuid(key, salt),
            b32=token(key, salt, 30),
            n=n + 1,
            host=host,
            num=int.from_bytes(digest(key, salt)[:4], "big"),
        )
        part.set_boundary(boundary)


def finish(msg: Message, key: str, family: str, host: str = AR_DOMAIN) -> Message:
    """Tidy header order, inner MIME-Version headers and boundaries."""
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family, host)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder that `key` answers."""
    return f"<dunmail.{token(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line in `lang`."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's body in `lang` (issue and due dates follow from the sending date)."""
    issued = sent.date() - timedelta(days=44)
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=day_text(lang, issued),
        due=day_text(lang, due),
        amt=money(lang, amount, currency),
    )


def reminder_sent(key: str, reply: datetime, ago: int) -> datetime:
    """When the reminder went out (UK time): `ago` working days before, early morning."""
    n = digest(key, "sent")[0]
    if ago == 0:  # answered by a machine within minutes
        return (reply - timedelta(minutes=2 + n % 3, seconds=n % 50)).astimezone(UK)
    day = reply.astimezone(UK).date() - timedelta(days=ago)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UK)
    return start + timedelta(minutes=n % 24, seconds=n % 57)


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as it left the accounts mailbox (returned inside bounces)."""
    sent = b.dt.astimezone(UK) - timedelta(hours=b.delay_hours, minutes=3)
    text = reminder_text(b.rlang, b.inv, b.amt, "GBP" if b.rlang == "en" else "EUR", sent)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(reminder_subject(b.rlang, b.inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "dunmail"
    move_content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it, in the sender's language and time zone."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """Build the quoted reminder for `r`."""
    sent = reminder_sent(r.key, r.dt, r.ago)
    text = reminder_text(r.lang, r.inv, r.amt, r.currency, sent)
    subject = reminder_subject(r.lang, r.inv)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(
        for_charset(text, r.charset),
        for_charset(subject, r.charset),
        sent.astimezone(r.dt.tzinfo),
        r.lang,
        for_charset(to, r.charset),
    )


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of Outlook's reply header."""
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fill(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """Outlook's reply header as plain text."""
    sep = OUTLOOK_LABELS[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's HTML: Word markup, the reply, the divider and the reminder."""
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle18 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    sep_line = OUTLOOK_LABELS[q.lang][0]
    text = f"{r.body}\n\n{sep_line}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup and the divider div."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(text, word_html(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook reply sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, its localised footer, then the reminder."""
    text = f"{r.body}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line in the sender's language."""
    return fill(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return fill(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'<div>{html_text(r.body)}</div><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised 'Sent from my iPhone', then everything quoted."""
    quoted = quote(f"{apple_attr(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution line, '>' quoting, format=flowed."""
    attr = fill(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flow(f"{r.body}\n\n{attr}\n{quote(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text: it quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as text/html alone: it quotes nothing."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


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
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23F79)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.2.1",
        ),
    ),
}
BOUNDARY_FAMILY = {"gmail": "gmail", "apple": "apple"}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the message key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "reply")
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CAG{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{token(r.key, 'ms', 32)}@{token(r.key, 'host', 10)}.EURP195.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        return f"<{stable_uuid(r.key, 'reply')}@{domain}>"
    if r.style == "thunderbird":
        return f"<{uuid.UUID(bytes=raw[:16])}@{domain}>"
    return f"<{raw.hex()[:28]}.{token(r.key, 'notice', 6).lower()}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client (or the person) put on the message."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Outlook adds to every message."""
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the attachment, when there is one."""
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
    """The complete message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    family = BOUNDARY_FAMILY.get(r.style, "outlook" if r.style in OUTLOOK_FAMILY else "plain")
    return finish(msg, r.key, family)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R/Size 4>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Mick Farrant", "mick@farrantmoorings.example"),
        when="2031-06-10 19:42 +0100",
        style="iphone",
        inv="SME/31/0384",
        amt="385.00",
        body="done",
        labels=lab(note="one-word reply to an overdue reminder, read as 'paid'; no date given"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=(
            "Westray Link Ferries - Accounts Payable",
            "ap-noreply@westraylink.example",
        ),
        when="2031-06-16 06:14 +0100",
        style="notice",
        thread=False,
        subject="Remittance Advice - Payment WLF-PAY-0031886",
        headers=(AUTO_GENERATED, ("X-Mailer", "Westray Link Finance (PayRun 7.4)")),
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer:            Westray Link Ferries plc, Accounts Payable\n"
            "Payee:            Saltmarsh Marine Engineering Ltd\n"
            "Supplier account: SALT001\n"
            "Payment date:     16/06/2031\n"
            "Payment method:   BACS\n"
            "Payment ref:      WLF-PAY-0031886\n\n"
            "Your invoice     Invoice date    Gross (GBP)    Deducted    Paid (GBP)\n"
            "SME/31/0388      02/05/2031         3,410.00        0.00      3,410.00\n"
            "SME/31/0402      09/05/2031         1,275.50        0.00      1,275.50\n"
            "                                                   -------------------\n"
            "                                      Total paid (GBP)        4,685.50\n\n"
            "Funds should reach your account within one working day.\n\n"
            "This advice was produced automatically by our payment system. Replies to this address are not monitored; please send any queries to ap.queries@westraylink.example quoting the payment reference."
        ),
        labels=lab(
            ("SME/31/0388", "SME/31/0402"),
            paid_date="2031-06-16",
            payment_reference="WLF-PAY-0031886",
            amount="4685.50",
            currency="GBP",
            note="AP-system remittance advice, not a reply to the reminder; the amount is the total paid",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Gareth Lloyd", "treasurer@hollowellsc.example"),
        when="2031-06-19 21:07 +0100",
        style="gmail",
        inv="SME/31/0451",
        amt="862.40",
        body=(
            "Hi there,\n\n"
            "Sorry for the slow reply – I only took over as treasurer from Margaret at the AGM and I'm still finding my way round the club's paperwork.\n\n"
            "I've been through the bank statements and we did pay 0451 on Monday: £862.40 by faster payment, reference HSC ENGINE SERV. Hopefully it's reached you by now.\n\n"
            "One favour – could you email me a copy of the invoice itself? There's nothing in the files Margaret handed over and the examiners will want to see it at year end.\n\n"
            "Many thanks,\n"
            "Gareth Lloyd\n"
            "Hon. Treasurer, Hollowell Sailing Club"
        ),
        labels=lab(
            ("SME/31/0451",),
            paid_date="2031-06-16",
            payment_reference="HSC ENGINE SERV",
            amount="862.40",
            currency="GBP",
            note="paid, plus a copy of the invoice wanted for the records (not needed to pay): payment_sent; 'Monday' before Thu 19 June",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Jens Brodersen", "j.brodersen@yachthafen-moewenort.example"),
        when="2031-06-17 10:26 +0200",
        style="outlook",
        charset="windows-1252",
        inv="SME/31/0397",
        amt="2318.00",
        body=(
            "Guten Tag,\n\n"
            "ich habe eben in unserem Online-Banking nachgesehen: die Zahlung ist am Freitag rausgegangen, 2.318,00 €, Verwendungszweck „SME/31/0397 Kranen + Unterwasserschiff“. Bei uns ist der Betrag schon abgebucht, bei einer Auslandsüberweisung kann es aber ein, zwei Tage dauern, bis er bei Ihnen auftaucht.\n\n"
            "Viele Grüße aus Heiligenhafen\n\n"
            "Jens Brodersen\n"
            "Hafenmeisterei\n"
            "Yachthafen Möwenort GmbH"
        ),
        labels=lab(
            ("SME/31/0397",),
            paid_date="2031-06-13",
            amount="2318.00",
            currency="EUR",
            note="'am Freitag' is the Friday before Tue 17 June; the remittance text is not a bank reference",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Pascal Guérin", "pascal.guerin@orange.fr"),
        when="2031-06-26 08:55 +0200",
        style="android",
        inv="SME/31/0446",
        amt="455.00",
        body="Bonjour,\nC'est réglé depuis mardi, virement de 455 € sur votre compte.\nBonne journée\nP. Guérin",
        labels=lab(paid_date="2031-06-24", amount="455.00", currency="EUR"),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=(
            "Régie du port de Kerhoal - Service financier",
            "comptabilite@regie-port-kerhoal.example",
        ),
        when="2031-06-23 14:05 +0200",
        style="outlook_html",
        charset="iso-8859-1",
        inv="SME/31/0432",
        amt="3120.00",
        body=(
            "Madame, Monsieur,\n\n"
            "En réponse à votre courriel, nous vous informons que la facture SME/31/0432 d'un montant de 3 120,00 EUR a été mise en paiement le 18 juin 2031 par le comptable public de la Régie (mandat n° 2031-000744).\n\n"
            "Compte tenu des délais de traitement de la Trésorerie, les fonds devraient parvenir sur votre compte dans les prochains jours.\n\n"
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Nolwenn Le Bihan\n"
            "Service financier\n"
            "Régie du port de plaisance de Kerhoal"
        ),
        labels=lab(
            ("SME/31/0432",),
            paid_date="2031-06-18",
            payment_reference="2031-000744",
            amount="3120.00",
            currency="EUR",
            note="public body: 'mise en paiement' by the public accountant means the payment has been issued; Latin-1 client writes EUR",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Álvaro Bermejo", "alvaro@velasbermejo.example"),
        when="2031-07-02 13:10 +0200",
        style="iphone",
        inv="SME/31/0467",
        amt="640.00",
        body="Pagado.",
        labels=lab(note="one word; no date"),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=(
            "Club Náutico Punta Arenal - Administración",
            "administracion@cnpuntaarenal.example",
        ),
        when="2031-06-16 11:32 +0200",
        style="gmail",
        inv="SME/31/0419",
        amt="1745.30",
        attach=("justificante_transferencia_SME-31-0419.pdf", FAKE_PDF),
        body=(
            "Estimados señores:\n\n"
            "Les confirmamos que la factura SME/31/0419 se abonó mediante transferencia el pasado viernes 13 de junio, por importe de 1.745,30 €. Referencia de la operación: 2031061300873.\n\n"
            "Adjuntamos el justificante bancario.\n\n"
            "Atentamente,\n\n"
            "Rocío Lanza\n"
            "Administración\n"
            "Club Náutico Punta Arenal"
        ),
        labels=lab(
            ("SME/31/0419",),
            paid_date="2031-06-13",
            payment_reference="2031061300873",
            amount="1745.30",
            currency="EUR",
            note="bank proof attached as a PDF (multipart/mixed)",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Wietske Hoekstra", "w.hoekstra@watersportcentrumdeleien.example"),
        when="2031-06-24 16:48 +0200",
        style="gmail_plain",
        inv="SME/31/0409",
        amt="975.00",
        body=(
            "Hallo,\n\n"
            "Volgens mij hebben we 0409 vorige week woensdag al betaald, samen met de rekening van de zeilmaker. Het bedrag is in elk geval van onze rekening af. Kunnen jullie even kijken of het binnen is?\n\n"
            "Groet,\n"
            "Wietske\n"
            "Watersportcentrum De Leien"
        ),
        labels=lab(
            ("SME/31/0409",),
            paid_date="2031-06-18",
            note="hedged ('volgens mij') but the money has left their account: payment_sent; Wednesday of last week",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Sjoerd Wijbenga", "sjoerd@zeilcharterwaddenwind.example"),
        when="2031-06-12 07:58 +0200",
        style="iphone",
        inv="SME/31/0391",
        amt="1130.50",
        body="Staat er als het goed is al op, maandag overgemaakt. €1.130,50\nGr Sjoerd",
        labels=lab(paid_date="2031-06-09", amount="1130.50", currency="EUR"),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Studio Ferrandi Commercialisti", "segreteria@studioferrandi.example"),
        when="2031-06-20 17:05 +0200",
        style="thunderbird",
        cte="8bit",
        inv="SME/31/0428",
        amt="1985.00",
        body=(
            "Buonasera,\n\n"
            "per conto della nostra cliente Nautica Del Golfo S.r.l. vi comunichiamo che in data odierna è stato disposto il bonifico a saldo della fattura SME/31/0428, importo € 1.985,00.\n"
            "TRN: 1101231710456713\n\n"
            "Restiamo a disposizione per eventuali chiarimenti.\n\n"
            "Cordiali saluti\n"
            "Dott.ssa Chiara Ferrandi\n"
            "Studio Ferrandi – Commercialisti Associati"
        ),
        labels=lab(
            ("SME/31/0428",),
            paid_date="2031-06-20",
            payment_reference="1101231710456713",
            amount="1985.00",
            currency="EUR",
            note="accountants paying for their client; 'in data odierna' is the message date",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=(
            "Traghetti Isole Tirreno S.p.A.",
            "no-reply.pagamenti@traghettiisoletirreno.example",
        ),
        when="2031-06-27 07:30 +0200",
        style="notice_html",
        thread=False,
        subject="Avviso di pagamento n. 5100087321",
        headers=(AUTO_GENERATED,),
        body=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
            "<p><b>AVVISO DI PAGAMENTO</b></p>\n"
            "<p>Spett.le Saltmarsh Marine Engineering Ltd (cod. fornitore F004417),<br>\n"
            "vi informiamo che in data 27/06/2031 abbiamo disposto a vostro favore il seguente pagamento.</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
            "<tr><th>Documento</th><th>Data documento</th><th>Importo</th></tr>\n"
            '<tr><td>SME/31/0436</td><td>05/05/2031</td><td align="right">4.210,00</td></tr>\n'
            '<tr><td>SME/31/0449</td><td>19/05/2031</td><td align="right">1.090,00</td></tr>\n'
            '<tr><td colspan="2"><b>Totale pagato EUR</b></td><td align="right"><b>5.300,00</b></td></tr>\n'
            "</table>\n"
            "<p>Modalità: bonifico SEPA<br>\nRiferimento pagamento: 5100087321</p>\n"
            '<p style="color:#777777">Messaggio generato automaticamente dal sistema contabile. Si prega di non rispondere a questo indirizzo.</p>\n'
            "</body></html>\n"
        ),
        labels=lab(
            ("SME/31/0436", "SME/31/0449"),
            paid_date="2031-06-27",
            payment_reference="5100087321",
            amount="5300.00",
            currency="EUR",
            note="AP-system payment advice, HTML only; the amount is the total paid",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Sunita Rao", "sunita.rao@meridianharbours.example"),
        when="2031-06-24 11:52 +0100",
        style="outlook_html",
        inv="SME/31/0444",
        amt="5940.00",
        headers=(SUPPRESS,),
        body=(
            "Hi,\n\n"
            "Thanks for chasing. I can confirm SME/31/0444 (£5,940.00) has now been approved and is scheduled for Friday's payment run. Funds usually clear with suppliers the same afternoon.\n\n"
            "Kind regards,\n\n"
            "Sunita Rao\n"
            "Accounts Payable Specialist\n"
            "Meridian Harbour Holdings plc\n"
            "Shared Service Centre, Unit 9, Calder Park"
        ),
        labels=lab(
            ("SME/31/0444",),
            promised_date="2031-06-27",
            amount="5940.00",
            currency="GBP",
            note="past tense 'approved and scheduled' announces a future payment; Friday after Tue 24 June",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Hugh Pengelly", "hugh.pengelly@gmail.com"),
        when="2031-06-14 18:21 +0100",
        style="iphone",
        inv="SME/31/0405",
        amt="1190.00",
        subject="Out of office til 23rd – re your invoice",
        body=(
            "Hi, just seen this on my phone. I'm away on the boat til the 23rd with no laptop and I can't get into the online banking from here. I'll pay it the day I'm back. Sorry for the hassle\n\n"
            "Hugh"
        ),
        labels=lab(
            promised_date="2031-06-23",
            note="a person writing, though the subject says out of office; payment promised for the day back, Mon 23 June",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Dan Pascoe", "dan@pascoeboattrips.example"),
        when="2031-06-18 07:15 +0100",
        style="gmail_plain",
        inv="SME/31/0411",
        amt="1460.00",
        body=(
            "Morning,\n\n"
            "Not yet I'm afraid. June's been slow, half the trips cancelled with the wind, and the charter deposits don't land till later in the month. It'll be paid in full by the end of the month though, you have my word.\n\n"
            "Dan\n"
            "Pascoe Boat Trips"
        ),
        labels=lab(
            promised_date="2031-06-30",
            note="'not yet' followed by a promise of the full amount; end of the month = 30 June",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Anke Lorenz", "info@segelschule-windkante.example"),
        when="2031-06-18 14:40 +0200",
        style="gmail",
        inv="SME/31/0414",
        amt="2260.00",
        body=(
            "Hallo zusammen,\n\n"
            "sorry, das ist bei uns im Saisonstress untergegangen. Die Rechnung ist jetzt freigegeben, die Zahlung ist für KW 27 eingeplant.\n\n"
            "Beste Grüße\n"
            "Anke Lorenz\n"
            "Segelschule Windkante"
        ),
        labels=lab(
            promised_date="2031-06-30",
            note="'KW 27' → the Monday of ISO week 27, 30 June",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=(
            "Kreis Ostholmland - Fachdienst Häfen",
            "haefen@kreis-ostholmland.example",
        ),
        when="2031-06-25 09:33 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="SME/31/0431",
        amt="1760.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Rechnung SME/31/0431 wurde sachlich und rechnerisch geprüft und zur Zahlung angewiesen. Die Auszahlung erfolgt über die Kreiskasse, nach derzeitiger Planung zum 04.07.2031.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n\n"
            "Birte Sönnichsen\n"
            "Kreis Ostholmland\n"
            "Fachdienst Häfen und Wasserwege"
        ),
        labels=lab(
            ("SME/31/0431",),
            promised_date="2031-07-04",
            note="public body; 'zur Zahlung angewiesen' is past tense but the payout is planned for 4 July",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Jean-Marc Quéré", "jm.quere@grain-de-sel-voile.example"),
        when="2031-06-13 22:47 +0200",
        style="apple",
        inv="SME/31/0396",
        amt="1380.00",
        body=(
            "Bonsoir,\n\n"
            "Je profite de votre mail pour vous dire que le moteur tourne comme une horloge depuis votre passage, rien à voir avec l'an dernier. On est sortis dimanche jusqu'à l'île de Batz avec mon beau-frère, pas une goutte d'huile dans la cale, votre mécanicien a fait du bon boulot. Par contre il faudra qu'on reparle de l'antifouling pour l'automne, j'ai l'impression que la coque accroche déjà un peu à l'arrière, mais ce n'est peut-être que l'eau chaude de ce mois-ci.\n\n"
            "Pour la facture, pas de souci, je vous règle ça fin de mois, je touche ma retraite complémentaire le 28.\n\n"
            "Et pour le corps-mort on en parlera à la rentrée, il n'y a pas le feu.\n\n"
            "Bien à vous,\n"
            "Jean-Marc Quéré\n"
            "« Grain de Sel »"
        ),
        labels=lab(
            promised_date="2031-06-30",
            note="the point is buried in a chatty message; 'fin de mois' = 30 June (the pension date is only the reason)",
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Nacho Ferrer", "nacho@charterlevantemar.example"),
        when="2031-06-10 12:05 +0200",
        style="gmail",
        inv="SME/31/0385",
        amt="2890.00",
        body=(
            "Hola,\n\n"
            "Perdonad el retraso. Estamos esperando a que nos entren los pagos de los primeros chárteres de la temporada; en cuanto lleguen os hacemos la transferencia. Contad con ello a finales de mes.\n\n"
            "Un abrazo,\n"
            "Nacho\n"
            "Chárter Levante Mar"
        ),
        labels=lab(promised_date="2031-06-30", note="'a finales de mes' = 30 June"),
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Paco Ruiz", "paco@pesqueroslarosa.example"),
        when="2031-06-26 16:02 +0200",
        style="iphone",
        inv="SME/31/0443",
        amt="920.00",
        body="LO PAGO EL LUNES SIN FALTA. ESTOY EN LA MAR Y AQUI NO HAY COBERTURA PARA ENTRAR EN EL BANCO. PERDON",
        labels=lab(
            promised_date="2031-06-30",
            note="all caps from a phone at sea; Monday after Thu 26 June",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Henk de Bruijn", "penningmeester@wsv-dekraakeend.example"),
        when="2031-06-11 20:14 +0200",
        style="outlook",
        inv="SME/31/0387",
        amt="1240.00",
        body=(
            "Beste mensen,\n\n"
            "Excuses voor de late betaling. Wij zijn een vereniging van vrijwilligers en de gemeentelijke subsidie voor het onderhoud van de steigers komt pas over twee weken binnen. Zodra die er is maken wij het factuurbedrag over, dus over twee weken heeft u het.\n\n"
            "Met vriendelijke groet,\n\n"
            "Henk de Bruijn\n"
            "Penningmeester WSV De Kraakeend"
        ),
        labels=lab(
            promised_date="2031-06-25",
            note="'over twee weken' = 14 days after Wed 11 June",
        ),
    ),
    Reply(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Marloes Jansen", "crediteuren@veerdienstzeeuwsekust.example"),
        when="2031-06-30 10:41 +0200",
        style="thunderbird",
        cte="8bit",
        inv="SME/31/0458",
        amt="3975.00",
        body=(
            "Goedemorgen,\n\n"
            "Factuur SME/31/0458 is goedgekeurd en staat ingepland voor de betaalrun van donderdag.\n\n"
            "Met vriendelijke groet,\n"
            "Marloes Jansen\n"
            "Crediteurenadministratie\n"
            "Veerdienst Zeeuwse Kust B.V."
        ),
        labels=lab(
            ("SME/31/0458",),
            promised_date="2031-07-03",
            note="'goedgekeurd en ingepland' is past tense for a future payment run; Thursday after Mon 30 June",
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giulia Brambilla", "segreteria@cnpuntagrifo.example"),
        when="2031-06-12 09:18 +0200",
        style="gmail",
        inv="SME/31/0382",
        amt="1615.00",
        body=(
            "Buongiorno,\n\n"
            "scusate il ritardo, la fattura era finita tra quelle in attesa di approvazione e il presidente è stato via due settimane. Ora è tutto a posto: provvediamo al pagamento entro fine mese.\n\n"
            "Un saluto,\n"
            "Giulia Brambilla\n"
            "Segreteria – Circolo Nautico Punta Grifo"
        ),
        labels=lab(promised_date="2031-06-30", note="'entro fine mese' = 30 June"),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Marco Sanna", "marco.sanna@libero.it"),
        when="2031-07-04 19:26 +0200",
        style="android",
        inv="SME/31/0463",
        amt="1100.00",
        body="Buonasera, il bonifico lo faccio con valuta 15/07, prima non ci riesco. Grazie per la pazienza\nMarco Sanna",
        labels=lab(promised_date="2031-07-15", note="'15/07' in Italian day/month order"),
    ),
]

DISPUTE = [
    Reply(
        key="d-en-1",
        intent="dispute",
        lang="en",
        who=("Fiona Marsh", "fiona.marsh@hambleside-marina.example"),
        when="2031-06-09 15:27 +0100",
        style="outlook_html",
        inv="SME/31/0378",
        amt="1210.00",
        body=(
            "Hello,\n\n"
            "We've paid the haul-out, pressure wash and blocking off on SME/31/0378 – £900 went across on Friday. We won't be paying the remaining £310 for anodes. We supplied our own zincs for Sea Pie and your fitter fitted those; it's on the job sheet. Please send a credit note for the £310.\n\n"
            "Regards,\n"
            "Fiona Marsh\n"
            "Operations Manager, Hambleside Marina"
        ),
        labels=lab(
            ("SME/31/0378",),
            note="part paid, the rest disputed: dispute wins over the payment claim",
        ),
    ),
    Reply(
        key="d-en-2",
        intent="dispute",
        lang="en",
        who=("Colin Herd", "colin@herd-family.example"),
        when="2031-06-21 10:03 +0100",
        style="gmail",
        inv="SME/31/0426",
        amt="1640.00",
        body=(
            "We have NOT paid this and we won't be until someone sorts the engine out properly. It's overheating again after your 'full service' – third time back in since April. Raw water flow is pathetic, I'd put money on the impeller being in backwards or the heat exchanger never having been touched.\n\n"
            "Ring me on 07700 900418 to arrange a time to look at it. I'm not paying £1,640 for a boat that can't get out of the harbour.\n\n"
            "Colin Herd\n"
            "MV Tamsin"
        ),
        labels=lab(note="negated payment with the reason: the work is contested"),
    ),
    Reply(
        key="d-en-3",
        intent="dispute",
        lang="en",
        who=("Alan Whitby", "a.whitby@isleshorefreight.example"),
        when="2031-07-03 09:12 +0100",
        style="outlook",
        charset="windows-1252",
        inv="SME/31/0462",
        amt="4480.00",
        body=(
            "Good morning,\n\n"
            "I've held this invoice back from our payment run and I'll explain why. SME/31/0462 charges 14 hours' labour for the gearbox oil cooler replacement on MV Skerry Lass. The job sheet signed by our chief engineer on the day shows two fitters on board from 08:00 to 12:30 – nine hours between them, not fourteen. The parts side agrees with the quote and isn't in question.\n\n"
            "If you can reissue with the labour corrected to nine hours I'll get it approved the same week.\n\n"
            "Regards,\n\n"
            "Alan Whitby\n"
            "Technical Superintendent\n"
            "Isle Shore Freight Ferries Ltd"
        ),
        labels=lab(
            ("SME/31/0462",),
            note="labour hours contested; the reissue request and the conditional approval follow from the dispute",
        ),
    ),
    Reply(
        key="d-de-1",
        intent="dispute",
        lang="de",
        who=("Matthias Kröger", "m.kroeger@marina-schleibogen.example"),
        when="2031-06-16 13:50 +0200",
        style="gmail_plain",
        inv="SME/31/0404",
        amt="2980.00",
        body=(
            "Moin,\n\n"
            "die Rechnung passt so nicht. Kranen und Abstellen waren laut Ihrem Angebot vom 12. März im Winterlagerpaket enthalten, jetzt stehen beide Positionen noch einmal extra drauf (zusammen 640 €). Das Angebot hänge ich Ihnen gern noch mal an, falls Sie es nicht finden.\n\n"
            "Den Rest zahlen wir, sobald die Korrektur da ist.\n\n"
            "Gruß\n"
            "Matthias Kröger\n"
            "Marina Schleibogen"
        ),
        labels=lab(
            note="items billed twice against the quote; payment of the rest is conditional on the correction"
        ),
    ),
    Reply(
        key="d-de-2",
        intent="dispute",
        lang="de",
        who=("Uwe Stahnke", "uwe.stahnke@gmx.de"),
        when="2031-06-29 20:37 +0200",
        style="android",
        inv="SME/31/0453",
        amt="1345.00",
        body="hallo die rechnung 0453 zahl ich so nicht das bugstrahlruder geht seit ihrer reperatur gar nicht mehr ich bin am samstag fast in die spundwand gefahren das muss sich erst einer anschaun bevor ich irgendwas bezahle",
        labels=lab(
            ("SME/31/0453",),
            note="no punctuation and a typo; a short form of the invoice number",
        ),
    ),
    Reply(
        key="d-fr-1",
        intent="dispute",
        lang="fr",
        who=("Sophie Marchal", "s.marchal@nautisme-iroise.example"),
        when="2031-06-17 11:08 +0200",
        style="outlook_html",
        charset="windows-1252",
        inv="SME/31/0415",
        amt="2670.00",
        body=(
            "Bonjour,\n\n"
            "Nous contestons la facture SME/31/0415. Le devis que nous avions signé portait uniquement sur le carénage et le remplacement des passe-coques ; l’antifouling a été appliqué sans notre accord et facturé 1 150 € en sus. Personne ne nous a appelés avant les travaux.\n\n"
            "Merci de bien vouloir établir un avoir pour cette ligne. Le reste de la facture ne pose pas de difficulté.\n\n"
            "Cordialement,\n\n"
            "Sophie Marchal\n"
            "Responsable flotte – Nautisme Iroise"
        ),
        labels=lab(
            ("SME/31/0415",),
            note="work done without agreement; a credit note is asked for the disputed line",
        ),
    ),
    Reply(
        key="d-fr-2",
        intent="dispute",
        lang="fr",
        who=("Hervé Le Gall", "herve.legall@voilerie-abers.example"),
        when="2031-06-12 17:35 +0200",
        style="thunderbird",
        cte="8bit",
        inv="SME/31/0441",
        amt="780.00",
        body=(
            "Bonjour,\n\n"
            "La 0437 a été payée le 3 juin, virement fait par moi-même. Par contre la 0441 que vous me relancez aujourd'hui fait double emploi : même bateau, même intervention (révision moteur du 14 mai), même montant. Merci d'annuler la 0441.\n\n"
            "Hervé Le Gall"
        ),
        labels=lab(
            ("SME/31/0437", "SME/31/0441"),
            note="duplicate billing; the payment mentioned is of the other invoice, not of this one",
        ),
    ),
    Reply(
        key="d-es-1",
        intent="dispute",
        lang="es",
        who=("Jordi Puig", "jordi.puig@nauticapuigmar.example"),
        when="2031-06-23 10:20 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="SME/31/0433",
        amt="3350.00",
        body=(
            "Buenos días:\n\n"
            "NO hemos pagado la factura y no la vamos a pagar mientras no se resuelva lo del casco. Al varar el barco con vuestra grúa el 28 de mayo se le hizo una raja en el gelcoat de babor, a la altura de la quilla, y tenemos fotos y el parte firmado por vuestro operario. Hasta que no nos digáis cómo lo vais a reparar, esta factura queda en suspenso.\n\n"
            "Saludos,\n"
            "Jordi Puig\n"
            "Náutica Puigmar"
        ),
        labels=lab(note="negated payment with the reason: damage during the haul-out"),
    ),
    Reply(
        key="d-nl-1",
        intent="dispute",
        lang="nl",
        who=("Bart Verhoeven", "b.verhoeven@kustmarina-scheldemond.example"),
        when="2031-06-25 14:02 +0200",
        style="gmail",
        inv="SME/31/0447",
        amt="1580.00",
        body=(
            "Hallo,\n\n"
            "Op deze factuur staat de inspectie van de ankerkettingen van steiger C twee keer: één keer op 2 mei en nog een keer op 9 mei. Die tweede keer is er niemand van jullie geweest, dat hebben we nagekeken in ons bezoekerslogboek. Graag een gecorrigeerde factuur zonder die tweede regel.\n\n"
            "Met vriendelijke groet,\n"
            "Bart Verhoeven\n"
            "Havenmeester, Kustmarina Scheldemond"
        ),
        labels=lab(
            note="a visit billed that did not happen; the corrected invoice follows from the dispute"
        ),
    ),
    Reply(
        key="d-nl-2",
        intent="dispute",
        lang="nl",
        who=("Ellen Kok", "ellen@kok-deventer.example"),
        when="2031-07-02 21:15 +0200",
        style="iphone",
        inv="SME/31/0464",
        amt="495.00",
        body="Waarom staat er 6 uur arbeid op?? Uw monteur is hooguit anderhalf uur aan boort geweest, ik was er zelf bij. Dit betaal ik niet.",
        labels=lab(note="a question that contests the hours, then a refusal; a typo ('boort')"),
    ),
    Reply(
        key="d-it-1",
        intent="dispute",
        lang="it",
        who=(
            "Marina di Capo Sorgente - Amministrazione",
            "amministrazione@marinacaposorgente.example",
        ),
        when="2031-06-10 15:45 +0200",
        style="html_only",
        inv="SME/31/0389",
        amt="2195.00",
        body=(
            "Spett.le Saltmarsh Marine Engineering,\n\n"
            "con riferimento alla vostra fattura SME/31/0389, vi comunichiamo che la stessa è contestata. Gli interventi di manutenzione sui corpi morti dei pontili B e D erano compresi nel contratto annuale sottoscritto a gennaio, che prevede un canone fisso già regolarmente pagato.\n\n"
            "Restiamo in attesa di una nota di credito a storno totale.\n\n"
            "Distinti saluti\n"
            "Dott. Lorenzo Esposito\n"
            "Responsabile Amministrativo"
        ),
        labels=lab(
            ("SME/31/0389",),
            note="work covered by an annual contract; the fee paid is the contract's, not this invoice; HTML-only message",
        ),
    ),
    Reply(
        key="d-it-2",
        intent="dispute",
        lang="it",
        who=("Fabrizio Conti", "fabrizio.conti@contiyachting.example"),
        when="2031-06-27 18:05 +0200",
        style="apple",
        inv="SME/31/0455",
        amt="1870.00",
        body=(
            "Ciao,\n\n"
            "l'alaggio e il varo li ho pagati la settimana scorsa, 620 euro, controlla pure. Il resto no: l'antivegetativa si sta già staccando a chiazze dopo un mese e mezzo, si vede benissimo a poppa. Prima di pagare voglio che qualcuno venga a vedere.\n\n"
            "Fabrizio"
        ),
        labels=lab(note="part paid, the rest disputed for poor work: dispute"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Kevin Tremayne", "kev@tremaynefishing.example"),
        when="2031-06-11 05:48 +0100",
        style="iphone",
        inv="SME/31/0393",
        amt="1460.00",
        body="Can send 500 today and teh rest on the 15th when the market pays out, that alright? Kev",
        labels=lab(
            note="part now, the rest on the 15th → payment_plan; plan dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Pauline Oakes", "secretary@cobbscreeksc.example"),
        when="2031-06-23 20:33 +0100",
        style="gmail",
        inv="SME/31/0425",
        amt="2400.00",
        body=(
            "Dear Accounts,\n\n"
            "I'm writing on behalf of the committee of Cobb's Creek Sailing Club, and I'm afraid this is a bit of a long story. As you may know, the storm at the end of May did a lot of damage along our stretch of the river: two of the visitor pontoons broke away and the winch house by the slipway lost half its roof. The insurers are being very slow and in the meantime we've had to hire a crane and pay for the emergency repairs ourselves, which has more or less emptied the club's reserves. On top of that we had to cancel the regatta, which is normally our biggest earner of the year.\n\n"
            "None of this is your problem, of course, and the work your team did on the rescue boat engines in April was excellent. But we simply can't find £2,400 in one go at the moment. Would you be willing to accept £400 a month until it's cleared? The committee has agreed this and I can set up a standing order straight away if you're happy.\n\n"
            "With apologies and best wishes,\n\n"
            "Pauline Oakes\n"
            "Hon. Secretary, Cobb's Creek Sailing Club"
        ),
        labels=lab(
            note="hardship story with the request buried in the second paragraph: monthly instalments"
        ),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Harriet Cole", "h.cole@ashdownpryce-law.example"),
        when="2031-07-01 12:10 +0100",
        style="outlook",
        inv="SME/31/0461",
        amt="7350.00",
        headers=(SUPPRESS,),
        body=(
            "Dear Sirs,\n\n"
            "Invoice SME/31/0461 – MY Bellatrix\n\n"
            "We act for Mr Anthony Lisle, the owner of MY Bellatrix, in connection with the above invoice, which our client does not dispute.\n\n"
            "Our client is presently unable to discharge the full sum of £7,350.00 in a single payment. We are instructed to propose that the balance be settled in three equal monthly instalments of £2,450.00, the first on 15 July 2031 and the remaining two on 15 August and 15 September respectively.\n\n"
            "We should be grateful for your confirmation that this proposal is acceptable, whereupon our client will make the necessary arrangements.\n\n"
            "Yours faithfully,\n\n"
            "Harriet Cole\n"
            "Associate\n"
            "Ashdown Pryce LLP, Solicitors\n"
            "Our ref: HC/LIS/0042"
        ),
        labels=lab(
            ("SME/31/0461",),
            note="solicitors propose instalments for their client; not a 'talk to our lawyer' refusal",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Thomas Wendt", "t.wendt@angelkutter-seeadler.example"),
        when="2031-06-20 06:12 +0200",
        style="android",
        inv="SME/31/0420",
        amt="3150.00",
        body="Moin, können wir das in drei Raten machen? Erste Rate Ende Juni, dann Ende Juli und Ende August, jeweils 1050 €. Die Saison läuft erst jetzt richtig an.\nGruß Thomas Wendt\nAngelkutter Seeadler",
        labels=lab(),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Dr. Friederike Hallmann", "f.hallmann@hallmann-immobilien.example"),
        when="2031-06-10 16:25 +0200",
        style="outlook_html",
        charset="iso-8859-1",
        inv="SME/31/0392",
        amt="4820.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "bezugnehmend auf Ihre Zahlungserinnerung bitte ich um Stundung des Rechnungsbetrages bis Ende KW 30. Aufgrund eines unerwarteten Liquiditätsengpasses in meinem Unternehmen ist mir eine Zahlung vor diesem Zeitpunkt leider nicht möglich. Die Forderung als solche erkenne ich selbstverständlich an.\n\n"
            "Für Ihr Entgegenkommen danke ich Ihnen im Voraus.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Friederike Hallmann"
        ),
        labels=lab(note="a formal request for more time (Stundung) → payment_plan, not a promise"),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Claire Daniel", "claire.daniel@daniel-famille.example"),
        when="2031-06-28 11:44 +0200",
        style="iphone",
        inv="SME/31/0456",
        amt="1290.00",
        body="Bonjour, serait-il possible de payer en 3 fois ? Je peux faire un premier virement début juillet. Merci de me dire si c'est ok. Claire Daniel",
        labels=lab(),
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Yann Kerhervé", "yann@kerherve-peche.example"),
        when="2031-06-16 07:02 +0200",
        style="gmail_plain",
        inv="SME/31/0410",
        amt="980.00",
        body=(
            "Bonjour,\n\n"
            "je vous fais un virement de 300 € aujourd'hui et le solde fin juillet, la pêche ne donne pas grand-chose en ce moment et ça rentre au compte-gouttes.\n\n"
            "Cordialement\n"
            "Yann Kerhervé"
        ),
        labels=lab(note="part now, the balance at the end of July → payment_plan"),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("María José Ortega", "mj.ortega@varaderoortega.example"),
        when="2031-06-19 13:27 +0200",
        style="gmail",
        inv="SME/31/0421",
        amt="2560.00",
        body=(
            "Hola, buenas tardes:\n\n"
            "¿Habría alguna posibilidad de pagar esta factura en dos plazos? La mitad a finales de junio y la otra mitad a finales de julio. Ha sido un invierno muy flojo en el varadero y vamos justos de tesorería.\n\n"
            "Quedo a la espera de vuestra respuesta.\n\n"
            "Saludos,\n"
            "María José Ortega"
        ),
        labels=lab(),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Esteban Lloret", "esteban.lloret@transbordoscalamina.example"),
        when="2031-07-01 09:40 +0200",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="SME/31/0460",
        amt="5200.00",
        body=(
            "Buenos días,\n\n"
            "Les escribo con franqueza: la temporada va muy mal, tenemos uno de los dos barcos parado por la avería del inversor y los ingresos han caído a la mitad. No me niego a pagar la factura, pero necesito un par de meses más. Si les parece bien, podría empezar a pagar en septiembre, en cuotas mensuales.\n\n"
            "Un saludo,\n"
            "Esteban Lloret\n"
            "Transbordos Cala Mina"
        ),
        labels=lab(note="hardship, more time and monthly instalments"),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Gerrit Zwart", "g.zwart@zwartbootverhuur.example"),
        when="2031-06-19 10:10 +0200",
        style="outlook",
        charset="windows-1252",
        inv="SME/31/0418",
        amt="1350.00",
        body=(
            "Goedemorgen,\n\n"
            "Is het mogelijk om de factuur in termijnen te betalen? Ik stel voor drie termijnen van € 450,-, de eerste eind deze maand. De verhuur komt dit jaar pas laat op gang door het weer.\n\n"
            "Met vriendelijke groet,\n"
            "Gerrit Zwart\n"
            "Zwart Bootverhuur"
        ),
        labels=lab(),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Alessandra Ricci", "a.ricci@cantiere-ricci.example"),
        when="2031-06-11 11:02 +0200",
        style="outlook_html",
        inv="SME/31/0395",
        amt="3600.00",
        body=(
            "Buongiorno,\n\n"
            "in merito alla fattura in oggetto vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili da € 1.200,00 a partire dal 30 giugno. Il periodo è particolarmente difficile per via dei ritardi nei pagamenti da parte di alcuni nostri clienti.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n"
            "Alessandra Ricci\n"
            "Ufficio Amministrazione – Cantiere Ricci S.r.l."
        ),
        labels=lab(),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("Davide Greco", "davidegreco.barca@gmail.com"),
        when="2031-06-22 09:51 +0200",
        style="iphone",
        inv="SME/31/0424",
        amt="840.00",
        body="Ciao, ti faccio meta adesso e il resto entro fine luglio va bene? Davide",
        labels=lab(
            note="half now, the rest by the end of July → payment_plan; phone spelling without the accent"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Lorraine Pike", "ap.invoices@northsoundferries.example"),
        when="2031-06-12 10:37 +0100",
        style="outlook_html",
        inv="SME/31/0399",
        amt="2875.00",
        body=(
            "Good morning,\n\n"
            "We're unable to process SME/31/0399 because it doesn't quote a purchase order number, and our system won't release payment on any supplier invoice without one. The PO for this work is 4500213377. If you could reissue the invoice quoting it and send it to this mailbox, it will go into the next available payment run.\n\n"
            "Kind regards,\n\n"
            "Lorraine Pike\n"
            "Purchase Ledger\n"
            "North Sound Ferries Ltd"
        ),
        labels=lab(
            ("SME/31/0399",),
            note="reissue with the PO before payment; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Roger Beale", "roger@bealehome.example"),
        when="2031-06-15 17:20 +0100",
        style="gmail_plain",
        inv="SME/31/0403",
        amt="325.00",
        body=(
            "Hello,\n\n"
            "I don't recognise this one at all – we had the outboard serviced in March and I paid for that at the time. Can you send me a copy of the invoice showing what the work was and which boat, please? Happy to pay if it's ours, I just need to see it.\n\n"
            "Roger Beale"
        ),
        labels=lab(note="asks for the invoice and its detail before paying, without contesting it"),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Mads Kjeldsen", "mads@kjeldsen-consult.example"),
        when="2031-07-01 08:26 +0200",
        style="iphone",
        inv="SME/31/0459",
        amt="1480.00",
        cur="EUR",
        body="Hi, happy to pay this but the invoice only has your UK sort code and account number. My bank here needs IBAN and BIC for a euro transfer. Can you send them? Thanks, Mads",
        labels=lab(
            note="bank details needed before paying; English from a Danish owner, so a +0200 offset"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Gemeinde Seebrück - Hafenverwaltung", "hafen@gemeinde-seebrueck.example"),
        when="2031-06-16 09:05 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="SME/31/0406",
        amt="1760.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "als öffentlicher Auftraggeber können wir Rechnungen nur noch als elektronische Rechnung (XRechnung) über die zentrale Rechnungseingangsplattform annehmen. Ihre Rechnung SME/31/0406 liegt uns lediglich als PDF vor und kann daher nicht zur Zahlung angewiesen werden.\n\n"
            "Bitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 01051-12345-67 erneut ein. Nach Eingang erfolgt die Zahlung innerhalb der vereinbarten Frist.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n"
            "K. Thiessen\n"
            "Gemeinde Seebrück - Hafenverwaltung"
        ),
        labels=lab(("SME/31/0406",), note="public body needs an e-invoice before it can pay"),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Sabine Ohlsen", "s.ohlsen@ohlsen-segelreisen.example"),
        when="2031-06-20 15:34 +0200",
        style="gmail",
        inv="SME/31/0416",
        amt="690.00",
        body=(
            "Hallo,\n\n"
            "können Sie mir die Rechnung bitte noch einmal schicken? Ich finde sie weder im Postfach noch im Ordner, wahrscheinlich ist sie im Spam gelandet. Dann überweise ich sofort.\n\n"
            "Danke und Gruß\n"
            "Sabine Ohlsen"
        ),
        labels=lab(note="copy needed before paying; the payment is conditional on it"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Gaëlle Rioual", "compta@chantier-trieux.example"),
        when="2031-06-25 10:48 +0200",
        style="outlook_html",
        charset="windows-1252",
        inv="SME/31/0448",
        amt="2140.00",
        body=(
            "Bonjour,\n\n"
            "Afin de pouvoir procéder au règlement de votre facture SME/31/0448, merci de nous transmettre un RIB au nom de Saltmarsh Marine Engineering Ltd. Il s’agit d’un nouveau fournisseur pour nous et notre procédure interne impose un RIB sur papier à en-tête avant tout premier virement.\n\n"
            "Cordialement,\n\n"
            "Gaëlle Rioual\n"
            "Comptabilité fournisseurs\n"
            "Chantier Naval du Trieux"
        ),
        labels=lab(("SME/31/0448",), note="bank details needed before the first payment"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Thierry Bossard", "t.bossard@bossard-plaisance.example"),
        when="2031-06-13 18:02 +0200",
        style="android",
        inv="SME/31/0401",
        amt="1525.00",
        body="Bonjour, pouvez-vous m'envoyer la facture détaillée svp, avec le bon d'intervention signé ? Je n'ai qu'un total sans le détail des pièces. Merci\nT. Bossard",
        labels=lab(),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Lucía Navarro", "contabilidad@marinasolmar.example"),
        when="2031-06-17 12:15 +0200",
        style="outlook",
        inv="SME/31/0408",
        amt="3980.00",
        body=(
            "Buenos días:\n\n"
            "Les informamos de que la factura SME/31/0408 figura con un CIF que no es el nuestro (B-12345678). Nuestro CIF correcto es B-87654321. Les rogamos que nos remitan una factura rectificativa con los datos fiscales correctos; en cuanto la recibamos, la incluiremos en la próxima remesa de pagos.\n\n"
            "Atentamente,\n"
            "Lucía Navarro\n"
            "Departamento de Contabilidad\n"
            "Marina Solmar, S.L."
        ),
        labels=lab(
            ("SME/31/0408",),
            note="corrected invoice for the tax id; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Rafa Domínguez", "rafa@buceoislanegra.example"),
        when="2031-06-28 19:30 +0200",
        style="iphone",
        inv="SME/31/0454",
        amt="760.00",
        body="Cuando me mandéis el parte de trabajo firmado lo pago, que no sé ni qué se le hizo al motor de la neumática. Gracias",
        labels=lab(note="conditional: pays once the signed work report arrives → invoice_request"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Femke de Groot", "femke@degrootjachtbemiddeling.example"),
        when="2031-06-09 14:05 +0200",
        style="apple",
        inv="SME/31/0374",
        amt="1120.00",
        ago=2,
        body=(
            "Goedemiddag,\n\n"
            "Kunnen jullie een kopie van deze factuur sturen met ons inkoopordernummer erop (PO-2031-118)? Zonder dat nummer wordt hij door onze boekhouding niet verwerkt.\n\n"
            "Alvast bedankt,\n"
            "Femke de Groot\n"
            "De Groot Jachtbemiddeling"
        ),
        labels=lab(note="reissue with a PO number"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Pieter Bakker", "p.bakker@stichtingbruinevlootijssel.example"),
        when="2031-06-26 13:16 +0200",
        style="thunderbird",
        cte="8bit",
        inv="SME/31/0450",
        amt="2035.00",
        body=(
            "Beste,\n\n"
            "Wij missen bij deze factuur nog de werkbon met de gewerkte uren. Onze kascommissie keurt niets goed zonder onderbouwing. Zodra wij die hebben wordt de factuur voldaan.\n\n"
            "Vriendelijke groet,\n"
            "Pieter Bakker\n"
            "Stichting Bruine Vloot IJssel"
        ),
        labels=lab(note="supporting document needed before paying"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Roberta Lai", "amministrazione@nauticaponente.example"),
        when="2031-06-19 09:22 +0200",
        style="gmail",
        inv="SME/31/0417",
        amt="1340.00",
        body=(
            "Buongiorno,\n\n"
            "non abbiamo ricevuto la fattura elettronica tramite SDI, ci è arrivato solo il PDF via mail. Senza il file XML nel cassetto fiscale non possiamo registrarla né pagarla. Potete inviarcela? Il nostro codice destinatario è M5UXCR1.\n\n"
            "Grazie,\n"
            "Roberta Lai\n"
            "Nautica Ponente"
        ),
        labels=lab(note="e-invoice needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Accounts Department", "accounts@harbourviewmarina.example"),
        when="2031-06-18 16:55 +0100",
        style="outlook_html",
        inv="SME/31/0423",
        amt="3205.00",
        body=(
            "Dear Supplier,\n\n"
            "Please be advised that our accounts department has moved to a new email system. With immediate effect all statements, reminders and correspondence regarding outstanding invoices must be sent to harbourviewmarina.accounts@gmail.com only. This mailbox will be closed at the end of the week and messages sent here will not be read.\n\n"
            "Kindly update your records and confirm by return once done.\n\n"
            "Regards,\n"
            "Accounts Department\n"
            "Harbourview Marina"
        ),
        labels=lab(
            new_contact="harbourviewmarina.accounts@gmail.com",
            note="phishing-like redirect to a free-mail address; labelled by what it asks, but a person should verify it by phone before records change",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Neil Ashcombe", "neil.ashcombe@gmail.com"),
        when="2031-06-27 12:48 +0100",
        style="gmail",
        inv="SME/31/0452",
        amt="540.00",
        body=(
            "Hi,\n\n"
            "I think this has come to the wrong person – I sold Kittiwake at the end of April and the mooring went with her. The new owner is Phil Danvers and he's at phil.danvers@danversgroup.example. As far as I know he had the work done after the sale, so it's his invoice.\n\n"
            "Cheers,\n"
            "Neil"
        ),
        labels=lab(
            new_contact="phil.danvers@danversgroup.example",
            note="boat sold; the new owner is named with his address",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Emma Sutcliffe", "emma.sutcliffe@whitlockholdings.example"),
        when="2031-06-30 09:58 +0100",
        style="outlook",
        charset="windows-1252",
        inv="SME/31/0457",
        amt="2980.00",
        headers=(SUPPRESS,),
        body=(
            "Good morning,\n\n"
            "I'm Mr Whitlock's PA. He doesn't handle any of the paperwork for Aurelia himself; all invoices for the yacht go to his accountants, Fenwick & Dyer, who pay them from the yacht account. Could you please send this and any future reminders to Jo Fenwick at payables@fenwickdyer.example?\n\n"
            "Many thanks,\n"
            "Emma Sutcliffe\n"
            "PA to Richard Whitlock"
        ),
        labels=lab(
            new_contact="payables@fenwickdyer.example",
            note="an assistant redirects to the owner's accountants",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Rainer Jacobsen", "r.jacobsen@sv-hohwacht-nord.example"),
        when="2031-06-10 21:05 +0200",
        style="iphone",
        inv="SME/31/0386",
        amt="880.00",
        body="Guten Abend, ich bin seit der Jahreshauptversammlung im April nicht mehr Kassenwart. Bitte wenden Sie sich an meine Nachfolgerin Frau Brandt: kasse@sv-hohwacht-nord.example\nGruß R. Jacobsen",
        labels=lab(new_contact="kasse@sv-hohwacht-nord.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Michel Tanguy", "michel.tanguy@cn-plouzec.example"),
        when="2031-06-11 19:40 +0200",
        style="gmail_plain",
        inv="SME/31/0390",
        amt="1030.00",
        body=(
            "Bonsoir,\n\n"
            "Je ne suis plus trésorier du club depuis le mois de mars. Merci d'adresser vos relances à Mme Annick Le Floch, notre nouvelle trésorière : tresorerie@cn-plouzec.example\n\n"
            "Bien cordialement,\n"
            "Michel Tanguy"
        ),
        labels=lab(new_contact="tresorerie@cn-plouzec.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Bernard Lucas", "b.lucas@lucas-immobilier.example"),
        when="2031-07-03 12:22 +0200",
        style="iphone",
        inv="SME/31/0465",
        amt="415.00",
        body="Vous vous trompez de destinataire, je n'ai pas de bateau et je n'ai jamais fait appel à vos services. Il doit y avoir un homonyme.",
        labels=lab(note="wrong person, no other address given"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=(
            "Recepción Club de Mar Ses Roques",
            "recepcion@clubdemarsesroques.example",
        ),
        when="2031-06-13 10:14 +0200",
        style="outlook_html",
        inv="SME/31/0400",
        amt="1890.00",
        body=(
            "Buenos días,\n\n"
            "Este buzón es el de recepción del club y desde aquí no gestionamos pagos. Para cualquier tema de facturas deben escribir a administracion@clubdemarsesroques.example, que es quien lleva la contabilidad.\n\n"
            "Un saludo,\n"
            "Recepción\n"
            "Club de Mar Ses Roques"
        ),
        labels=lab(new_contact="administracion@clubdemarsesroques.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Carmen Vidal", "carmenvidal.bcn@gmail.com"),
        when="2031-06-22 12:02 +0200",
        style="gmail",
        inv="SME/31/0427",
        amt="720.00",
        body=(
            "Hola,\n\n"
            "Creo que os habéis equivocado: el barco no es mío sino de mi hermano, aunque a veces use mi correo. Escribidle a él directamente a jaume.vidal.nautica@gmail.com, que es quien se encarga.\n\n"
            "Gracias,\n"
            "Carmen"
        ),
        labels=lab(new_contact="jaume.vidal.nautica@gmail.com"),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Anja Mulder", "info@jachthavenhetdiep.example"),
        when="2031-06-17 15:20 +0200",
        style="outlook",
        inv="SME/31/0407",
        amt="1655.00",
        body=(
            "Goedemiddag,\n\n"
            "Dit adres gebruiken wij voor reserveringen van ligplaatsen, niet voor de administratie. Facturen en herinneringen graag voortaan naar crediteuren@jachthavenhetdiep.example, dan komen ze bij de juiste persoon terecht.\n\n"
            "Met vriendelijke groet,\n"
            "Anja Mulder\n"
            "Havenkantoor Jachthaven Het Diep"
        ),
        labels=lab(new_contact="crediteuren@jachthavenhetdiep.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Kees van Dam", "havenmeester@passantenhavenlemmerwijk.example"),
        when="2031-06-21 08:12 +0200",
        style="iphone",
        inv="SME/31/0412",
        amt="610.00",
        body="Verkeerde persoon. Ik ben havenmeester, ik ga niet over de boot van meneer Hofstra en heb ook geen adres van hem.",
        labels=lab(note="not the right person and no address for the right one"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Sergio Fontana", "s.fontana@fontanayachts.example"),
        when="2031-06-23 09:11 +0200",
        style="outlook_html",
        charset="iso-8859-1",
        inv="SME/31/0430",
        amt="2450.00",
        body=(
            "Buongiorno,\n\n"
            "da maggio non seguo più la parte amministrativa della società. Vi prego di indirizzare questa e le prossime comunicazioni alla collega Dott.ssa Elena Marino, elena.marino@fontanayachts.example, che ha preso il mio posto.\n\n"
            "Cordiali saluti\n"
            "Sergio Fontana"
        ),
        labels=lab(new_contact="elena.marino@fontanayachts.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        who=("Lucia Pellegrini", "lucia.pellegrini@cantierelavela.example"),
        when="2031-07-02 11:36 +0200",
        style="gmail_plain",
        inv="SME/31/0466",
        amt="1575.00",
        body=(
            "Buongiorno,\n\n"
            "io mi occupo solo della segreteria del cantiere, i pagamenti non passano da me. Scrivete per favore a Amministrazione@CantiereLaVela.example e vi risponderanno loro.\n\n"
            "Grazie e buona giornata\n"
            "Lucia"
        ),
        labels=lab(
            new_contact="amministrazione@cantierelavela.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Terry Moss", "terry.moss@tmoss-haulage.example"),
        when="2031-06-25 13:05 +0100",
        style="iphone",
        inv="SME/31/0445",
        amt="1975.00",
        body="I've already told your office I'll pay when I'm back on Friday. Stop emailing me every other day about it, I'm not interested in your reminders. Any more and I'm taking the boat elsewhere.",
        labels=lab(
            note="promise plus a demand to stop e-mailing: unsubscribe beats promise_to_pay"
        ),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Graham Ingleby", "graham@inglebyestates.example"),
        when="2031-06-13 16:44 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="SME/31/0398",
        amt="6150.00",
        body=(
            "I have passed this matter to my solicitors, Bramwell Price, and any further communication about this invoice must go through them. Do not contact me directly by email again.\n\n"
            "G. Ingleby"
        ),
        labels=lab(note="'through my solicitors', no address given → unsubscribe"),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Lee Harding", "lee@hardingwatersports.example"),
        when="2031-07-03 22:10 +0100",
        style="android",
        inv="SME/31/0442",
        amt="730.00",
        body="STOP",
        labels=lab(note="one word, all caps"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Werner Hoffmeister", "w.hoffmeister@hoffmeister-kiel.example"),
        when="2031-06-09 11:15 +0200",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="SME/31/0379",
        amt="1420.00",
        ago=2,
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich bitte Sie, mir Mahnungen und Zahlungserinnerungen künftig ausschließlich per Post zuzusenden. E-Mails dieser Art werde ich nicht mehr beantworten.\n\n"
            "Mit freundlichen Grüßen\n"
            "Werner Hoffmeister"
        ),
        labels=lab(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Sven Ahlers", "s.ahlers@ahlers-fahrgastschifffahrt.example"),
        when="2031-06-26 17:58 +0200",
        style="gmail",
        inv="SME/31/0439",
        amt="2710.00",
        body=(
            "Guten Tag,\n\n"
            "die Sache liegt bei unserem Anwalt, RA Dr. Meinert in Kiel. Bitte schicken Sie keine weiteren Mails an diese Adresse, sie werden nicht mehr gelesen. Alles Weitere nur noch über die Kanzlei.\n\n"
            "Ahlers"
        ),
        labels=lab(note="only through our lawyer, no address given → unsubscribe"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Philippe Arnaud", "p.arnaud@arnaud-conseil.example"),
        when="2031-06-24 10:01 +0200",
        style="outlook_html",
        cte="b64",
        inv="SME/31/0438",
        amt="3890.00",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous prie de bien vouloir cesser immédiatement l'envoi de relances par courriel. Ce dossier est désormais suivi par mon conseil, Maître Isabelle Roux, avocate au barreau de Brest, à qui toute correspondance devra être adressée par voie postale.\n\n"
            "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Philippe Arnaud"
        ),
        labels=lab(note="stop e-mailing, lawyer by post only; no e-mail address → unsubscribe"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Manolo Cortés", "manolo@barcosmanolo.example"),
        when="2031-06-16 14:33 +0200",
        style="iphone",
        inv="SME/31/0381",
        amt="1150.00",
        body="Dejad de mandarme correos ya, os dije por telefono que lo pago el viernes. Uno cada día es demasiado",
        labels=lab(note="promise plus stop e-mailing: unsubscribe wins"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=(
            "Ayuntamiento de Puerto Leiva - Intervención",
            "intervencion@puertoleiva.example",
        ),
        when="2031-07-01 12:00 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="SME/31/0434",
        amt="2290.00",
        body=(
            "Buenos días:\n\n"
            "Les rogamos que den de baja esta dirección de sus envíos automáticos de recordatorios. Conforme a nuestro procedimiento, cualquier reclamación de pago debe presentarse por escrito a través del registro general del Ayuntamiento.\n\n"
            "Atentamente,\n"
            "Negociado de Intervención\n"
            "Ayuntamiento de Puerto Leiva"
        ),
        labels=lab(note="public body: remove this address, claims in writing only"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Jeroen Smit", "jeroen@smitvishandel.example"),
        when="2031-06-18 06:40 +0200",
        style="android",
        inv="SME/31/0380",
        amt="560.00",
        body="Stop met dat gemail. Voortaan alleen per post, ik lees dit niet.",
        labels=lab(),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("Arjan Veenstra", "a.veenstra@veenstraholding.example"),
        when="2031-07-04 15:55 +0200",
        style="gmail_plain",
        inv="SME/31/0429",
        amt="8400.00",
        body=(
            "Geachte heer, mevrouw,\n\n"
            "Hierbij verzoek ik u vriendelijk doch dringend mij geen e-mails meer te sturen over deze kwestie. Mijn advocaat, mr. De Wit van De Wit & Kamphuis Advocaten, heeft u hierover per brief benaderd en zal u verder te woord staan.\n\n"
            "Hoogachtend,\n"
            "A. Veenstra"
        ),
        labels=lab(note="very formal; stop e-mailing, the lawyer will answer → unsubscribe"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Paolo Mancini", "paolo.mancini@mancinitrasporti.example"),
        when="2031-06-12 12:12 +0200",
        style="outlook",
        charset="windows-1252",
        inv="SME/31/0383",
        amt="1730.00",
        body=(
            "Buongiorno,\n\n"
            "vi chiedo di non scrivere più a questo indirizzo. Per qualsiasi comunicazione relativa alla fattura usate esclusivamente la raccomandata A/R alla sede legale.\n\n"
            "Saluti\n"
            "Paolo Mancini"
        ),
        labels=lab(note="registered post only → unsubscribe"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Stefano Rota", "stefano@rotanoleggi.example"),
        when="2031-06-28 23:14 +0200",
        style="iphone",
        inv="SME/31/0435",
        amt="655.00",
        body="cancellatemi da questa lista grazie",
        labels=lab(note="no capitals, no punctuation"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Karen Bliss", "karen.bliss@solentwatertaxis.example"),
        when="2031-06-11 09:06 +0100",
        style="notice",
        ago=0,
        inv="SME/31/0470",
        amt="1085.00",
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body=(
            "Thank you for your email. I am on annual leave until Friday 20 June with limited access to email. For anything urgent regarding accounts please contact Dave Merritt on dave.merritt@solentwatertaxis.example or 023 9600 0417.\n\n"
            "Karen"
        ),
        labels=lab(
            return_date="2031-06-20",
            note="'until X' → X; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Mainland Ferries Accounts Payable", "apsupport@mainlandferries.example"),
        when="2031-06-17 09:11 +0100",
        style="notice",
        ago=0,
        inv="SME/31/0471",
        amt="1275.50",
        subject="[Ticket #AP-88214] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "AP-88214")),
        body=(
            "Thank you for contacting Mainland Ferries Accounts Payable.\n\n"
            "Your email has been logged as ticket AP-88214. A member of the team will respond within five working days. Please quote this reference in any further correspondence and do not change the subject line.\n\n"
            "Please note that we are unable to give payment dates over the telephone.\n\n"
            "This is an automated message."
        ),
        labels=lab(note="ticket acknowledgement, no date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Porthkennack Harbour Office", "office@porthkennackharbour.example"),
        when="2031-06-23 09:04 +0100",
        style="notice",
        ago=0,
        inv="SME/31/0472",
        amt="2150.00",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Thank you for your message, which has been received by the Harbour Office.\n\n"
            "The office is staffed Monday to Friday, 8am to 4pm. During the summer season please allow up to three working days for a reply. For urgent matters on the water, call the harbour master on VHF channel 14.\n\n"
            "Porthkennack Harbour Authority"
        ),
        labels=lab(note="only X-Autoreply, no Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Katrin Vogel", "k.vogel@fahrgastschiffe-ostseeblick.example"),
        when="2031-06-24 10:05 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0473",
        amt="1880.00",
        subject=AUTO_PREFIX["de"] + "{rsub}",
        headers=(AUTO_GENERATED,),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich Freitag, 27.06.2031, nicht im Büro und ab Montag, 30.06.2031, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\n"
            "Katrin Vogel"
        ),
        labels=lab(
            return_date="2031-06-30",
            note="the stated day back wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Yachtcharter Klaassen", "info@yachtcharter-klaassen.example"),
        when="2031-06-30 10:03 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0474",
        amt="990.00",
        subject="Betriebsferien",
        headers=(("Precedence", "auto_reply"),),
        body=(
            "Guten Tag,\n\n"
            "unser Büro ist vom 30.06. bis 11.07.2031 wegen Betriebsferien geschlossen. E-Mails werden in dieser Zeit nicht bearbeitet. In dringenden Fällen erreichen Sie unseren Bereitschaftsdienst unter 0431 555 01 23.\n\n"
            "Ihr Team von Yachtcharter Klaassen"
        ),
        labels=lab(
            return_date="2031-07-11",
            note="'bis X' → X itself; only Precedence, no Auto-Submitted",
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Armelle Guivarc'h", "a.guivarch@port-saintguirec.example"),
        when="2031-06-25 10:04 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0475",
        amt="4210.00",
        subject=AUTO_PREFIX["fr"] + "{rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du 23 juin au 4 juillet inclus. Je serai de retour le lundi 7 juillet et traiterai votre message à ce moment-là.\n\n"
            "En cas d'urgence, vous pouvez joindre l'accueil de la capitainerie au 02 96 00 00 00.\n\n"
            "Cordialement,\n"
            "Armelle Guivarc'h"
        ),
        labels=lab(return_date="2031-07-07", note="the stated day back wins over 'inclus'"),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Compagnie Maritime de l'Archipel", "fournisseurs@cm-archipel.example"),
        when="2031-06-19 09:09 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0476",
        amt="1090.00",
        subject="Accusé de réception – demande n° 2031-06-04471",
        headers=(AUTO_REPLIED,),
        body=(
            "Madame, Monsieur,\n\n"
            "Nous accusons bonne réception de votre message, enregistré sous le numéro 2031-06-04471.\n\n"
            "Votre demande sera traitée par le service comptabilité fournisseurs dans un délai de 10 jours ouvrés. Merci de rappeler ce numéro dans tout échange ultérieur.\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n\n"
            "Compagnie Maritime de l'Archipel"
        ),
        labels=lab(note="ticket acknowledgement; a processing delay is not a return date"),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Iñaki Etxeberria", "i.etxeberria@astillerosbidasoa.example"),
        when="2031-06-16 09:05 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0477",
        amt="2318.00",
        subject=AUTO_PREFIX["es"] + "{rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 30 de junio, sin acceso al correo. Para asuntos urgentes de administración pueden llamar al 943 000 000.\n\n"
            "Un saludo,\n"
            "Iñaki Etxeberria"
        ),
        labels=lab(return_date="2031-06-30", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Lotte Vermeulen", "l.vermeulen@rondvaartgrachtenstad.example"),
        when="2031-07-02 09:07 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0478",
        amt="1345.00",
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 4 juli. Vanaf maandag 7 juli ben ik weer bereikbaar. Voor dringende zaken kunt u terecht bij administratie@rondvaartgrachtenstad.example.\n\n"
            "Met vriendelijke groet,\n"
            "Lotte Vermeulen"
        ),
        labels=lab(
            return_date="2031-07-07",
            note="the stated day back; the colleague address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Jachtstalling De Vries", "info@jachtstallingdevries.example"),
        when="2031-06-12 09:03 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0479",
        amt="3410.00",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
        body=(
            "Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\n"
            "Team Jachtstalling De Vries"
        ),
        labels=lab(note="receipt acknowledgement under a plain 'Re:' subject, no Auto-Submitted"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Federica Gallo", "f.gallo@navigazionelaghinord.example"),
        when="2031-06-18 09:06 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0480",
        amt="975.00",
        subject=AUTO_PREFIX["it"] + "{rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Sarò assente dall'ufficio dal 16 al 27 giugno. Rientrerò lunedì 30 giugno. Per urgenze amministrative potete scrivere a contabilita@navigazionelaghinord.example.\n\n"
            "Cordiali saluti\n"
            "Federica Gallo"
        ),
        labels=lab(return_date="2031-06-30", note="the stated day back"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Officina Nautica Bellini", "info@officinanauticabellini.example"),
        when="2031-07-04 09:04 +0200",
        style="notice",
        ago=0,
        inv="SME/31/0481",
        amt="5200.00",
        subject="Chiusura per ferie",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Gentile cliente,\n\n"
            "l'ufficio resterà chiuso per ferie fino a venerdì 11 luglio. Risponderemo alla vostra e-mail al nostro rientro.\n\n"
            "Buona estate!\n"
            "Officina Nautica Bellini"
        ),
        labels=lab(return_date="2031-07-11", note="'fino a X' → X itself; only X-Autoreply"),
    ),
]

OTHER = [
    Reply(
        key="o-en-1",
        intent="other",
        lang="en",
        who=("Diane Crowther", "diane@crowthercharters.example"),
        when="2031-06-12 14:22 +0100",
        style="outlook",
        inv="SME/31/0377",
        amt="1085.00",
        body=(
            "Hi,\n\n"
            "Did we not pay this already? I was sure Karen put it through with the mooring fees in May. I'll check with her when she's back in on Monday, but can you have a look your end in the meantime?\n\n"
            "Diane"
        ),
        labels=lab(
            note="asks whether it was paid: no payment claimed, nothing disputed or promised"
        ),
    ),
    Reply(
        key="o-en-2",
        intent="other",
        lang="en",
        who=("Jess Okafor", "jess.okafor@carrowmarine.example"),
        when="2031-06-17 11:50 +0100",
        style="outlook_html",
        inv="SME/31/0376",
        amt="2210.00",
        body=(
            "Thanks for this – I've passed it on to Mr Carrow. He's at sea this week, delivering a yacht down to Falmouth, so it may be a few days before he picks it up.\n\n"
            "Best wishes,\n"
            "Jess Okafor\n"
            "Office Manager, Carrow Marine Surveys"
        ),
        labels=lab(
            note="written by a person; passing it on is neither a new contact nor a promise"
        ),
    ),
    Reply(
        key="o-en-3",
        intent="other",
        lang="en",
        who=("Bill Hennessy", "bill@hennessyfishing.example"),
        when="2031-06-20 08:05 +0100",
        style="apple",
        inv="SME/31/0375",
        amt="940.00",
        body=(
            "Morning,\n\n"
            "While I've got you – can you fit Morwenna in for a lift-out and a quick scrub next Thursday? Same as last year, on the top of the tide if you can. Let me know what time suits your lads.\n\n"
            "Bill"
        ),
        labels=lab(note="a booking request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="o-de-1",
        intent="other",
        lang="de",
        who=("Ines Hartwig", "i.hartwig@hartwig-bootsvermietung.example"),
        when="2031-06-11 12:35 +0200",
        style="iphone",
        inv="SME/31/0373",
        amt="515.00",
        body="Danke, hab ich an unser Steuerbüro weitergeleitet. Gruß Ines Hartwig",
        labels=lab(note="forwarded to the tax adviser without an address: acknowledgement only"),
    ),
    Reply(
        key="o-de-2",
        intent="other",
        lang="de",
        who=("Peter Claußen", "p.claussen@claussen-yachtservice.example"),
        when="2031-06-30 15:45 +0200",
        style="outlook_html",
        charset="iso-8859-1",
        inv="SME/31/0437",
        amt="780.00",
        body=(
            "Guten Tag,\n\n"
            "ist diese E-Mail echt? Wir hatten letzte Woche schon eine gefälschte Rechnung im Namen eines anderen Lieferanten, und Ihre Absenderadresse ist bei uns nicht hinterlegt. Ich rufe morgen Vormittag bei Ihnen im Büro an, um das zu klären.\n\n"
            "Mit freundlichen Grüßen\n"
            "Peter Claußen"
        ),
        labels=lab(note="doubts the reminder is genuine; a person should take the call"),
    ),
    Reply(
        key="o-fr-1",
        intent="other",
        lang="fr",
        who=("Nathalie Perrot", "n.perrot@perrot-nautic.example"),
        when="2031-06-20 09:25 +0200",
        style="thunderbird",
        cte="8bit",
        inv="SME/31/0372",
        amt="1460.00",
        body="Bien reçu, merci.\nN. Perrot",
        labels=lab(note="acknowledgement without any commitment"),
    ),
    Reply(
        key="o-fr-2",
        intent="other",
        lang="fr",
        who=("Gilles Cadiou", "gilles.cadiou@cadiou-sarl.example"),
        when="2031-07-01 19:10 +0200",
        style="gmail",
        inv="SME/31/0371",
        amt="690.00",
        body=(
            "Bonsoir,\n\n"
            "Le bateau est au sec à Paimpol jusqu'en septembre. Pouvez-vous me dire quand votre technicien peut passer regarder le démarreur ? Il fait un bruit bizarre depuis la mise à terre. Je serai sur place la semaine du 14 juillet.\n\n"
            "Merci\n"
            "Gilles Cadiou"
        ),
        labels=lab(note="service question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="o-es-1",
        intent="other",
        lang="es",
        who=("Beatriz Soler", "bsoler@solerexcursiones.example"),
        when="2031-06-18 17:40 +0200",
        style="outlook_html",
        cte="b64",
        inv="SME/31/0370",
        amt="1320.00",
        body=(
            "Hola,\n\n"
            "Una pregunta antes de nada: ¿la garantía de la reparación del motor de babor cubre también la bomba de achique que cambiasteis? Ha vuelto a fallar esta semana.\n\n"
            "Gracias,\n"
            "Beatriz Soler\n"
            "Soler Excursiones Marítimas"
        ),
        labels=lab(note="warranty question; nothing is contested yet"),
    ),
    Reply(
        key="o-es-2",
        intent="other",
        lang="es",
        who=("Toni Ferrà", "toni@escuelavelabahia.example"),
        when="2031-06-26 11:11 +0200",
        style="iphone",
        inv="SME/31/0369",
        amt="480.00",
        body="Vale, gracias",
        labels=lab(note="'vale' acknowledges; it is neither a payment nor a promise"),
    ),
    Reply(
        key="o-nl-1",
        intent="other",
        lang="nl",
        who=("Ruud Visscher", "ruud@visschervaart.example"),
        when="2031-06-16 20:20 +0200",
        style="gmail_plain",
        inv="SME/31/0368",
        amt="1185.00",
        body=(
            "Hoi,\n\n"
            "Is dit inclusief de winterstalling of komt die rekening nog apart? Dan weet ik waar ik aan toe ben voor dit jaar.\n\n"
            "Ruud"
        ),
        labels=lab(
            note="a question about what else will be billed; no document asked, nothing contested"
        ),
    ),
    Reply(
        key="o-nl-2",
        intent="other",
        lang="nl",
        who=("Marieke Hofman", "marieke.hofman@hofman-familie.example"),
        when="2031-06-25 21:48 +0200",
        style="apple",
        inv="SME/31/0367",
        amt="2045.00",
        body=(
            "Geachte heer, mevrouw,\n\n"
            "Mijn vader, Jan Hofman, is op 2 juni overleden. Ik ben bezig zijn zaken af te handelen, waaronder de boot en de ligplaats. Ik heb uw herinnering gezien en neem contact met u op zodra ik een overzicht heb.\n\n"
            "Met vriendelijke groet,\n"
            "Marieke Hofman"
        ),
        labels=lab(
            note="bereavement: a person must read it; nothing promised, no other contact named"
        ),
    ),
    Reply(
        key="o-it-1",
        intent="other",
        lang="it",
        who=("Chiara Bassi", "c.bassi@bassiyachting.example"),
        when="2031-06-10 10:40 +0200",
        style="android",
        inv="SME/31/0366",
        amt="1260.00",
        body="Ricevuto, grazie. Giro al commercialista.\nC. Bassi",
        labels=lab(note="acknowledgement; passing it on names no contact"),
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
# Delivery reports
# --------------------------------------------------------------------------------------------


def reminder_headers_text(b: Bounce) -> str:
    """The returned reminder's header block, as text/rfc822-headers carries it."""
    rem = original_reminder(b)
    skip = {"Content-Transfer-Encoding", "MIME-Version", "Content-Type"}
    lines = [f"{name}: {value}" for name, value in rem.items() if name not in skip]
    return "\n".join(lines) + "\n"


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    arrived = b.dt - timedelta(hours=b.delay_hours, minutes=3)
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(arrived)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        fields.append(f"Will-Retry-Until: {format_datetime(arrived + timedelta(days=retry_days))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def rfc822_headers(b: Bounce) -> Message:
    """The returned headers as text/rfc822-headers."""
    return text_part(reminder_headers_text(b), "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """The whole returned reminder as message/rfc822."""
    return MIMEMessage(original_reminder(b))


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def bounce_envelope(
    b: Bounce, msg: Message, sender: str, subject: str, *, auto: bool = True
) -> Message:
    """Add the report's own headers."""
    host = parseaddr(sender)[1].split("@")[1]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, "plain" if not msg.is_multipart() else "report", host)


def subject_of(b: Bounce, charset: str = "utf-8") -> str:
    """The reminder subject as the report quotes it."""
    return for_charset(reminder_subject(b.rlang, b.inv), charset)


def exchange_human(lines: list[str], charset: str) -> Message:
    """The readable part of an Exchange Online report: plain and HTML."""
    text = "\n\n".join(lines) + "\n"
    cells = "".join(
        f'<p style="font-family:Segoe UI,sans-serif;font-size:11pt">{html_text(x)}</p>\n'
        for x in lines
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        f'<body><div style="max-width:620px">\n{cells}</div></body></html>\n'
    )
    return alternative(text, markup, charset, "qp")


def bounce_postfix(b: Bounce) -> Message:
    """Postfix on our own outbound host: user unknown, RFC 3464 with headers only."""
    remote = "mx.tidewaycharters.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        "This is the mail system at host mx1.saltmarsh-marine.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.61]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, "mx1.saltmarsh-marine.example", "failed", diag, remote),
        rfc822_headers(b),
    )
    return bounce_envelope(
        b,
        msg,
        "MAILER-DAEMON@mx1.saltmarsh-marine.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail smarthost: the domain no longer exists; not MIME, the message copied inline."""
    domain = b.rcpt.split("@")[1]
    rem = original_reminder(b)
    text = (
        "Hi. This is the qmail-send program at smtp.quayhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 48213 invoked by uid 1007); {format_datetime(b.dt - timedelta(minutes=1))}\n"
        + rem.as_string()
        + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    return bounce_envelope(
        b, msg, "MAILER-DAEMON@smtp.quayhost.example", "failure notice", auto=False
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim on our second outbound host: greylisted for a day; plain text, no DSN."""
    sent = b.dt - timedelta(hours=b.delay_hours, minutes=3)
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mx2.saltmarsh-marine.example.\n\n"
        "The message identifier is:     1wQa7T-0004Zk-3F\n"
        f"The subject of the message is: {subject_of(b)}\n"
        f"The date of the message is:    {format_datetime(sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.northreach-marina.example [198.51.100.87]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return bounce_envelope(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mx2.saltmarsh-marine.example>",
        "Warning: message 1wQa7T-0004Zk-3F delayed 24 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online in German: recipient not found, the reminder returned whole."""
    domain = b.rcpt.split("@")[1]
    server = "BE1P281MB2207.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{b.rcpt.split('@')[0]} wurde unter {domain} nicht gefunden.",
            "Erforderliche Aktion: Überprüfen Sie die Adresse des Empfängers. Möglicherweise wurde sie falsch geschrieben, oder das Postfach existiert nicht mehr.",
            "Ursache: Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, ist beim E-Mail-System des Empfängers nicht bekannt.",
            f"Diagnoseinformationen für Administratoren:\nGenerierender Server: {server}\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        "utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_message(b))
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    return bounce_envelope(b, msg, sender, f"Unzustellbar: {subject_of(b)}")


def bounce_provider_de_full(b: Bounce) -> Message:
    """A German provider's own notice: mailbox over quota (5.2.2), Latin-1 plain text."""
    rem = original_reminder(b)
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem der KielNet erzeugt.\n\n"
        "Ihre Nachricht konnte dem folgenden Empfänger nicht zugestellt werden, weil sein Postfach das Speicherlimit erreicht hat:\n\n"
        f"  Empfänger: {b.rcpt}\n"
        "  Grund:     552 5.2.2 Postfach voll (mailbox quota exceeded)\n\n"
        "Bitte versuchen Sie es später noch einmal oder benachrichtigen Sie den Empfänger auf anderem Weg.\n\n"
        "--- Kopfzeilen der ursprünglichen Nachricht ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {subject_of(b, 'iso-8859-1')}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return bounce_envelope(
        b,
        msg,
        "KielNet Mailsystem <mailer-daemon@mx1.kielnet.example>",
        "Unzustellbar: Postfach des Empfängers voll",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: rejected by the recipient organisation's policy (5.7.1)."""
    domain = b.rcpt.split("@")[1]
    server = "PR1P264MB3319.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized, message rejected by organization policy"
    human = exchange_human(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"L'organisation du destinataire n'autorise pas ce type de message. {b.rcpt} n'accepte pas les messages d'expéditeurs externes à {domain}.",
            "Action requise : contactez le destinataire par un autre moyen (par exemple par téléphone) et demandez-lui d'autoriser votre adresse. Il est inutile de renvoyer le message.",
            f"Informations de diagnostic pour les administrateurs :\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a retourné '{diag}'",
        ],
        "utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    return bounce_envelope(b, msg, sender, f"Non remis : {subject_of(b)}")


def bounce_provider_fr_delay(b: Bounce) -> Message:
    """A French provider's delay notice: the receiving host times out (4.4.1)."""
    text = (
        "Ceci est un message automatique du service de messagerie Armor Net.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être distribué : le serveur de messagerie du destinataire (mx.armor-net.example) ne répond pas.\n\n"
        "Motif technique : 4.4.1 délai de connexion dépassé\n\n"
        "Nous continuerons d'essayer pendant 5 jours. Vous recevrez un nouvel avis si la distribution échoue définitivement. Aucune action n'est nécessaire de votre part.\n\n"
        f"Objet du message : {subject_of(b)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return bounce_envelope(
        b,
        msg,
        "Service de messagerie Armor Net <postmaster@relais.armor-net.example>",
        "Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: the address does not exist (5.1.1)."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5a1b2c3d4e5f6-71c0d9e8f7a6bsi4412298a67.118 - gsmtp",
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>\n"
        + "".join(f"<p>{html.escape(x)}</p>\n" for x in lines)
        + "</body></html>\n"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        alternative(text, markup, "utf-8", "qp"),
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        rfc822_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return bounce_envelope(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
    )


def bounce_provider_es_full(b: Bounce) -> Message:
    """A Spanish provider's notice: mailbox full, temporary (4.2.2); Latin-1, 8bit."""
    text = (
        "Este es un mensaje automático del servidor de correo de MediterraNet.\n\n"
        f"No ha sido posible entregar su mensaje a {b.rcpt} porque el buzón del destinatario está lleno.\n\n"
        "Código: 452 4.2.2 Mailbox full\n\n"
        "El sistema volverá a intentar la entrega durante las próximas 48 horas. Si el buzón sigue lleno, recibirá un aviso definitivo.\n\n"
        f"Asunto: {subject_of(b, 'iso-8859-1')}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return bounce_envelope(
        b,
        msg,
        "Sistema de correo MediterraNet <mailer-daemon@correo.mediterranet.example>",
        "Aviso: mensaje no entregado todavía (buzón lleno)",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed (4.4.7)."""
    domain = b.rcpt.split("@")[1]
    server = "AM8P191MB1024.EURP191.PROD.OUTLOOK.COM"
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    human = exchange_human(
        [
            "Bezorging is vertraagd bij deze geadresseerden of groepen:",
            b.rcpt,
            f"Onderwerp: {subject_of(b)}",
            "Dit bericht is nog niet bezorgd. We blijven het proberen.",
            "De server blijft proberen het bericht gedurende de komende 47 uur te bezorgen. U ontvangt een melding als het bericht niet kan worden bezorgd binnen die tijd.",
            f"Diagnostische gegevens voor beheerders:\nGenererende server: {server}\n{b.rcpt}\n'{diag}'",
        ],
        "utf-8",
    )
    msg = report(
        human,
        delivery_status(b, server, "delayed", diag, f"mail.{domain}", 2),
        rfc822_headers(b),
    )
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    return bounce_envelope(b, msg, sender, f"Bezorging vertraagd: {subject_of(b)}")


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online in Italian: address rejected, access denied (5.4.1)."""
    domain = b.rcpt.split("@")[1]
    server = "DU2P195MB1856.EURP195.PROD.OUTLOOK.COM"
    diag = "550 5.4.1 Recipient address rejected: Access denied. [DU2PEPF00028D0A.eurprd03.prod.outlook.com]"
    human = exchange_human(
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            f"L'indirizzo {b.rcpt} non è stato trovato presso {domain} oppure non accetta messaggi.",
            "Azione necessaria: verificare l'indirizzo del destinatario. Se l'indirizzo è corretto, contattare il destinatario in altro modo e chiedergli di controllare la configurazione della posta.",
            f"Informazioni di diagnostica per gli amministratori:\nServer di generazione: {server}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        "utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    return bounce_envelope(b, msg, sender, f"Non recapitabile: {subject_of(b)}")


def bounce_provider_it_policy(b: Bounce) -> Message:
    """An Italian provider's notice: temporarily refused for policy reasons (4.7.0)."""
    text = (
        "Gentile utente,\n\n"
        f"il messaggio che hai inviato a {b.rcpt} è stato temporaneamente rifiutato dal server di destinazione per motivi di policy (reputazione del mittente in verifica).\n\n"
        "Risposta del server: 421 4.7.0 Temporarily rejected for policy reasons, try again later\n\n"
        "Il nostro sistema ritenterà l'invio automaticamente per 72 ore. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Oggetto: {subject_of(b)}\n\n"
        "Servizio Posta – Tirrenia Hosting\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return bounce_envelope(
        b,
        msg,
        "Servizio Posta <postmaster@smtp.tirreniahosting.example>",
        "Ritardo nella consegna del messaggio",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "exchange_de": bounce_exchange_de,
    "provider_de_full": bounce_provider_de_full,
    "exchange_fr": bounce_exchange_fr,
    "provider_fr_delay": bounce_provider_fr_delay,
    "gmail_es": bounce_gmail_es,
    "provider_es_full": bounce_provider_es_full,
    "exchange_nl_delay": bounce_exchange_nl_delay,
    "exchange_it": bounce_exchange_it,
    "provider_it_policy": bounce_provider_it_policy,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "j.aldous@tidewaycharters.example",
        "2031-06-10 08:09 +0100",
        "en",
        "postfix",
        "SME/31/0361",
        "1985.00",
        "Postfix DSN, user unknown; the returned headers only",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "office@penhallowboatclub.example",
        "2031-06-17 08:14 +0100",
        "en",
        "qmail",
        "SME/31/0362",
        "745.00",
        "qmail notice, not MIME: the domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.7.1",
        "accounts@northreach-marina.example",
        "2031-06-24 08:20 +0100",
        "en",
        "exim_delay",
        "SME/31/0363",
        "2630.00",
        "Exim delay warning after a day of greylisting; plain text, no DSN",
        24,
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "rechnungseingang@segelzentrum-schlei.example",
        "2031-06-12 09:06 +0200",
        "de",
        "exchange_de",
        "SME/31/0364",
        "1540.00",
        "Exchange Online in German, recipient not found; reminder returned as message/rfc822",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "5.2.2",
        "kapitaen.voss@kielnet.example",
        "2031-06-26 09:15 +0200",
        "de",
        "provider_de_full",
        "SME/31/0365",
        "415.50",
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "compta@port-kerbastic.example",
        "2031-06-19 09:04 +0200",
        "fr",
        "exchange_fr",
        "SME/31/0360",
        "2875.00",
        "Exchange Online in French; permanent policy rejection (external senders refused) → hard",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.4.1",
        "y.morvan@armor-net.example",
        "2031-07-01 13:30 +0200",
        "fr",
        "provider_fr_delay",
        "SME/31/0359",
        "580.00",
        "French provider delay notice, plain text",
        4,
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "nauticapepe.reparaciones@gmail.com",
        "2031-06-11 09:09 +0200",
        "es",
        "gmail_es",
        "SME/31/0358",
        "1210.00",
        "Gmail report in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.2.2",
        "administracion@clubnauticocalablanca.example",
        "2031-06-30 09:12 +0200",
        "es",
        "provider_es_full",
        "SME/31/0357",
        "3300.00",
        "Spanish provider notice, mailbox full with a 4.x code; Latin-1 8bit",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "facturen@jachthavendeschelde.example",
        "2031-06-18 13:10 +0200",
        "nl",
        "exchange_nl_delay",
        "SME/31/0356",
        "1760.00",
        "Exchange Online delay report in Dutch",
        4,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.4.1",
        "amministrazione@portoturisticolevante.example",
        "2031-06-13 09:05 +0200",
        "it",
        "exchange_it",
        "SME/31/0355",
        "2405.00",
        "Exchange Online in Italian, address rejected",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.7.0",
        "info@cantierenauticosanmarco.example",
        "2031-07-03 08:50 +0200",
        "it",
        "provider_it_policy",
        "SME/31/0354",
        "890.00",
        "Italian provider notice: temporary policy rejection, retried",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label record of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label record of a delivery report (without the file name)."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about a label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


@dataclass(frozen=True)
class Built:
    """One generated message with what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    threaded: bool
    auto_submitted: bool


def all_messages() -> list[Built]:
    """Every message, in file order."""
    items = [
        Built(
            r.key,
            build_reply(r),
            reply_label(r),
            r.body,
            r.thread,
            any(h[0] == "Auto-Submitted" for h in r.headers),
        )
        for r in REPLIES
    ]
    items += [
        Built(
            b.key,
            BOUNCE_BUILDERS[b.builder](b),
            bounce_label(b),
            "",
            False,
            b.builder != "qmail",
        )
        for b in BOUNCES
    ]
    return sorted(items, key=lambda item: file_order(item.key))


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^SME/\d{2}/\d{4}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
ADDRESS = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$")


def check_label(name: str, label: Mapping[str, object], new_text: str) -> None:
    """Shape, types and intent-specific fields of one label record."""
    keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != keys:
        raise SystemExit(f"{name}: label keys out of order: {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS[intent]:
        raise SystemExit(
            f"{name}: fields {sorted(filled - INTENT_FIELDS[intent])} do not belong to {intent}"
        )
    if intent == "bounce" and filled != INTENT_FIELDS["bounce"]:
        raise SystemExit(f"{name}: bounce labels incomplete")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            if not (isinstance(value, str) and ISO_DAY.match(value)):
                raise SystemExit(f"{name}: {key} is not an ISO date")
            date.fromisoformat(value)
    checks: list[tuple[str, re.Pattern[str]]] = [
        ("amount", AMOUNT),
        ("bounce_status", STATUS),
        ("new_contact", ADDRESS),
        ("failed_recipient", ADDRESS),
    ]
    for key, pattern in checks:
        value = label[key]
        if value is not None and not (isinstance(value, str) and pattern.match(value)):
            raise SystemExit(f"{name}: bad {key} {value!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: bad currency")
    if label["bounce_kind"] not in {None, "hard", "soft"}:
        raise SystemExit(f"{name}: bad bounce kind")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs must be a list")
    for ref in cast(list[object], refs):
        if not (isinstance(ref, str) and INVOICE.match(ref)):
            raise SystemExit(f"{name}: bad invoice ref {ref!r}")
        if ref[-4:] not in new_text:
            raise SystemExit(f"{name}: {ref} is not in the new text")
    written = set(re.findall(r"SME/\d{2}/\d{4}", re.sub(r"<[^>]+>", " ", new_text)))
    if not written <= set(cast(list[str], refs)):
        raise SystemExit(f"{name}: {sorted(written)} written but not all listed")
    note = label["note"]
    if note is not None and not isinstance(note, str):
        raise SystemExit(f"{name}: note must be text")
    contact = label["new_contact"]
    if isinstance(contact, str) and contact.lower() not in new_text.lower():
        raise SystemExit(f"{name}: new_contact is not in the new text")


def check_message(name: str, data: bytes, built: Built) -> None:
    """Parse the file back: decoded headers, decodable text parts, no defects, sane dates."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header_name, value in msg.items():
        text = str(value)
        if "=?" in text and header_name not in {"Content-Type", "Content-Disposition"}:
            raise SystemExit(f"{name}: {header_name} not decoded: {text}")
        defects = getattr(value, "defects", ())
        if defects:
            raise SystemExit(f"{name}: {header_name} defects {defects}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode cleanly")
    sent = datetime.strptime(str(msg["Date"]), "%a, %d %b %Y %H:%M:%S %z")
    offset = sent.utcoffset()
    if not FIRST_DAY <= sent.date() <= LAST_DAY or offset not in {
        timedelta(hours=1),
        timedelta(hours=2),
    }:
        raise SystemExit(f"{name}: date {msg['Date']} out of range or offset")
    if built.threaded and (msg["In-Reply-To"] is None or msg["References"] is None):
        raise SystemExit(f"{name}: reply without In-Reply-To/References")
    if built.auto_submitted != (msg["Auto-Submitted"] is not None):
        raise SystemExit(f"{name}: Auto-Submitted header not as specified")


def check_specs() -> None:
    """Keys unique; one invoice per reminder; senders in the right offset."""
    keys = [r.key for r in REPLIES] + [b.key for b in BOUNCES]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    owners: dict[str, str] = {}
    for r in REPLIES:
        if r.thread:
            if not INVOICE.match(r.inv):
                raise SystemExit(f"{r.key}: no invoice for the reminder")
            if owners.setdefault(r.inv, r.who[1]) != r.who[1]:
                raise SystemExit(f"{r.key}: {r.inv} already belongs to {owners[r.inv]}")
        uk_sender = r.lang == "en" and r.cur != "EUR"
        expected = timedelta(hours=1) if uk_sender else timedelta(hours=2)
        if r.dt.utcoffset() != expected:
            raise SystemExit(f"{r.key}: offset should be {expected}")
    for b in BOUNCES:
        if owners.setdefault(b.inv, b.rcpt) != b.rcpt:
            raise SystemExit(f"{b.key}: {b.inv} already used")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, in Markdown."""
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


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; en 30 and 18 for every other language, spread as planned."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            if cells[intent, lang] != expected_count(intent, lang):
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]} messages")
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, not 120")


EMPTY_FOLD = re.compile(rb"^([!-9;-~]+): \n(?=[ \t])", re.MULTILINE)


def serialise(msg: Message) -> bytes:
    """The message as bytes; a header folded right after its name loses the stray space."""
    data = msg.as_bytes()
    head, sep, body = data.partition(b"\n\n")
    return EMPTY_FOLD.sub(rb"\1:\n", head) + sep + body


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels."""
    check_specs()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, built in enumerate(all_messages(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        record: dict[str, object] = {"file": name, **built.label}
        data = serialise(built.msg)
        check_label(name, record, built.new_text)
        check_message(name, data, built)
        (HERE / name).write_bytes(data)
        labels.append(record)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for record in labels:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
