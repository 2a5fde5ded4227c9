# ruff: noqa: C901, E501, PLR0912, PLW2901, RUF001
# Message text is kept one paragraph to a line, as mail clients send it, with the typographic
# dashes, quotes and accents that people and their software really produce.
"""Build held-out corpus 126: `h126-NNN.eml` files and `labels.jsonl`.

The corpus is mostly the automatic mail that a run of overdue reminders from Fernhill Office
Coffee gets back: delivery reports, out-of-office notices, ticket acknowledgements, "this address
is no longer used" notices, payment advices from accounts-payable systems, read receipts and
portal notifications, plus a few people writing back. The new text of every message is written
by hand below. The script only adds what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, delivery-status fields,
returned messages, charsets and transfer encodings.

Run it from anywhere; it writes next to itself and is deterministic (no clock, fixed seed,
boundaries and Message-IDs derived from each message's key).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "fernhill-holdout126-seed-5081"
PREFIX = "h126"
AR_NAME = "Fernhill Office Coffee Accounts"
AR_ADDR = "accounts@fernhill-coffee.example"
AR_DOMAIN = "fernhill-coffee.example"
OUR_MTA = "mx-out1.fernhill-coffee.example"
OUR_IP = "192.0.2.25"
FIRST_DAY = date(2031, 2, 3)
LAST_DAY = date(2031, 2, 28)

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
# Which label fields each intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}
EXPECTED_INTENTS = {
    "bounce": 40,
    "auto_reply": 40,
    "wrong_contact": 15,
    "payment_sent": 10,
    "other": 15,
}
EXPECTED_LANGS = {"en": 40, "de": 16, "fr": 16, "es": 16, "nl": 16, "it": 16}

# --------------------------------------------------------------------------------------------
# Time zones: UK senders use UK time, everyone else central-European time (EU summer-time rule)
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of March or October, when EU clocks change."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def eu_summer_time(moment: datetime) -> bool:
    """Whether EU summer time applies at this UTC instant (01:00 UTC on both changeover days)."""
    start = datetime.combine(last_sunday(moment.year, 3), time(1), tzinfo=UTC)
    end = datetime.combine(last_sunday(moment.year, 10), time(1), tzinfo=UTC)
    return start <= moment < end


def zone_for(region: str, local: datetime) -> timezone:
    """The fixed UTC offset in force for a local wall-clock time in `region` ("uk" or "ce")."""
    standard = 0 if region == "uk" else 1
    probe = (local - timedelta(hours=standard)).replace(tzinfo=UTC)
    return timezone(timedelta(hours=standard + int(eu_summer_time(probe))))


def localise(region: str, local: datetime) -> datetime:
    """Attach the right offset to a naive local time."""
    return local.replace(tzinfo=zone_for(region, local))


def to_region(region: str, moment: datetime) -> datetime:
    """Convert an aware instant to the wall clock of `region`."""
    standard = 0 if region == "uk" else 1
    offset = standard + int(eu_summer_time(moment.astimezone(UTC)))
    return moment.astimezone(timezone(timedelta(hours=offset)))


# --------------------------------------------------------------------------------------------
# Locale tables (client strings, not message text)
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
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
# divider, From, Sent, To, Cc, Subject, separator between label and value
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
# The reminder that every message answers (Fernhill's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Fernhill Office Coffee",
    "de": "Überfällige Rechnung {inv} – Fernhill Office Coffee",
    "fr": "Facture échue {inv} – Fernhill Office Coffee",
    "es": "Factura vencida {inv} – Fernhill Office Coffee",
    "nl": "Vervallen factuur {inv} – Fernhill Office Coffee",
    "it": "Fattura scaduta {inv} – Fernhill Office Coffee",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date:\n\n"
        "    {inv}    issued {issued}    due {due}    {amt}\n\n"
        "It covers the lease of your coffee machine and the beans, milk and vending supplies we delivered. If you have already paid, thank you – just reply with the date and your payment reference so that we can match it. If anything on the invoice doesn't look right, reply to this email and we'll sort it out.\n\n"
        "Best regards,\n\n"
        "Accounts Receivable\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example · 0117 496 0732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung inzwischen fällig und noch offen:\n\n"
        "    {inv}    Rechnungsdatum {issued}    fällig am {due}    {amt}\n\n"
        "Sie betrifft die Miete Ihres Kaffeevollautomaten sowie die gelieferten Bohnen, Milch und Automatenartikel. Falls Sie bereits bezahlt haben, vielen Dank – nennen Sie uns bitte kurz Datum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :\n\n"
        "    {inv}    émise le {issued}    échéance {due}    {amt}\n\n"
        "Elle correspond à la location de votre machine à café et aux fournitures livrées (café en grains, lait, consommables). Si le règlement est déjà parti, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si un élément de la facture vous semble inexact, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    {inv}    fecha {issued}    vencimiento {due}    {amt}\n\n"
        "Corresponde al alquiler de su cafetera y a los suministros entregados (café en grano, leche y consumibles de vending). Si ya la han abonado, muchas gracias; les rogamos que nos indiquen la fecha y la referencia del pago para poder conciliarlo. Si observan algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur over de vervaldatum heen:\n\n"
        "    {inv}    factuurdatum {issued}    vervaldatum {due}    {amt}\n\n"
        "Het gaat om de huur van uw koffiemachine en de geleverde bonen, melk en automaatartikelen. Heeft u al betaald, dan danken wij u daarvoor; laat u ons de betaaldatum en het kenmerk weten, dan kunnen wij de betaling koppelen. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta che la fattura qui sotto ha superato la data di scadenza:\n\n"
        "    {inv}    emessa il {issued}    scadenza {due}    {amt}\n\n"
        "Si riferisce al noleggio della macchina da caffè e alle forniture consegnate (caffè in grani, latte e prodotti per il distributore). Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di indicarci data e riferimento del bonifico per poterlo abbinare. Se qualcosa nella fattura non vi torna, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nFernhill Office Coffee Ltd\naccounts@fernhill-coffee.example"
    ),
}
INVOICE_DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FALLBACKS = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "💅": "",
    "😅": "",
}


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dsn:
    """The machine-readable part of an RFC 3464 delivery report."""

    mta: str
    action: str
    status: str
    diagnostic: str = ""
    remote: str = ""
    final: str = ""
    original: bool = True
    returned: str = "headers"
    retry_hours: int = 0
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Item:
    """One message: who sent it, when, in which layout, its hand-written text and its labels.

    `when` is the sender's local wall-clock time; the UTC offset comes from `region`
    ("uk" or "ce", by default "uk" for English and "ce" for everything else).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    form: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    region: str = ""
    rlang: str = ""
    inv: str = ""
    rcpt: str = ""
    lag: int = 0
    thread: bool | None = None
    ms: bool = False
    mid: str = ""
    dsn: Dsn | None = None
    markup: str = ""
    cc: str = ""
    attach: tuple[str, bytes] | None = None
    fill: bool = False
    from_raw: str = ""
    to: str = ""
    reminder_pdf: bool = False
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def zone(self) -> str:
        return self.region or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        return localise(self.zone, datetime.strptime(self.when, "%Y-%m-%d %H:%M"))

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def recipient(self) -> str:
        return self.rcpt or self.who[1]

    @property
    def invoice(self) -> str:
        return (
            self.inv
            or f"FOC-{50300 + int.from_bytes(digest(self.key, 'invoice')[:4], 'big') % 1200:05d}"
        )

    @property
    def is_reply(self) -> bool:
        return self.form in REPLY_FORMS

    @property
    def reminder_sent(self) -> datetime:
        """When Fernhill sent the reminder (UTC): the previous working day for a person's
        reply, a few minutes (or `lag` minutes) before an automatic notice."""
        if self.is_reply and not self.lag:
            day = self.dt.date() - timedelta(days=1)
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            seconds = int.from_bytes(digest(self.key, "sent")[:2], "big") % 300
            return datetime.combine(day, time(9, 2), tzinfo=UTC) + timedelta(seconds=seconds)
        minutes = self.lag or 3
        return (self.dt - timedelta(minutes=minutes, seconds=17)).astimezone(UTC)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for one message and one purpose."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def date_parts(lang: str, moment: datetime) -> dict[str, str]:
    """Everything a client's date template may ask for, in one locale."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
        "SS": f"{moment.second:02d}",
    }


def codec_name(charset: str) -> str:
    return "cp1252" if charset == "windows-1252" else charset


def fit_charset(text: str, charset: str) -> str:
    """What a client writing in a legacy charset makes of characters it cannot encode."""
    if charset == "utf-8":
        return text
    for bad, good in LATIN1_FALLBACKS.items():
        try:
            bad.encode(codec_name(charset))
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def table_html(rows: list[str]) -> str:
    """Lines written as `| a | b |` become an HTML table (header row first)."""
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    out = [
        '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">'
    ]
    for n, row in enumerate(cells):
        tag = "th" if n == 0 else "td"
        out.append(
            "<tr>" + "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in row) + "</tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def paragraphs_html(text: str) -> str:
    """Paragraphs to <p>, table blocks to <table>."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("|") for line in lines):
            out.append(table_html(lines))
        else:
            out.append(f"<p>{html_text(block)}</p>")
    return "\n".join(out)


def plain_tables(text: str) -> str:
    """The text alternative of a table block: pipes become aligned columns."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("|") for line in lines):
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
            widths = [
                max(len(r[i]) for r in rows if i < len(r)) for i in range(max(map(len, rows)))
            ]
            out.append(
                "\n".join(
                    "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows
                )
            )
        else:
            out.append(block)
    return "\n\n".join(out)


def simple_page(inner: str, charset: str) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{inner}\n</body></html>\n'
    )


def flow(text: str) -> str:
    """RFC 3676 format=flowed: long lines wrapped at 72 with a trailing space as soft break."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = ""
        while line.startswith(">"):
            prefix += ">"
            line = line[1:]
        if prefix and line.startswith(" "):
            line = line[1:]
        lead = f"{prefix} " if prefix else ""
        if len(lead) + len(line) <= 78:
            out.append(lead + line if line or not prefix else prefix)
            continue
        pieces = textwrap.wrap(
            line, width=72 - len(lead), break_long_words=False, break_on_hyphens=False
        )
        out.extend(f"{lead}{piece} " for piece in pieces[:-1])
        out.append(lead + pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part encoded as the sending software would (qp, b64, 8bit or 7bit)."""
    text.encode(codec_name(charset))  # the hand-written text must fit the declared charset
    cs = email_charset.Charset(charset)
    if cte == "qp":
        cs.body_encoding = email_charset.QP
    elif cte == "b64":
        cs.body_encoding = email_charset.BASE64
    elif cte in {"8bit", "7bit"}:
        cs.body_encoding = None  # type: ignore[assignment]  # None means no transfer encoding
    else:
        raise ValueError(cte)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def alternative(text: str, markup: str, charset: str, cte: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """An unstructured header as the sender's software encodes it (RFC 2047 when not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252", "iso-8859-15"} else "utf-8"
    try:
        value.encode(codec_name(enc))
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox, with an encoded-word display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def fake_pdf(key: str, title: str) -> bytes:
    """A tiny, valid-looking PDF whose bytes depend only on the message key."""
    body = f"BT /F1 11 Tf 72 760 Td ({title}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        + f"4 0 obj<</Length {len(body)}>>stream\n".encode()
        + body
        + b"\nendstream endobj\n"
        + f"% {hexid(key, 'pdf', 32)}\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def pdf_part(name: str, data: bytes) -> Message:
    part = MIMEApplication(data, "pdf", name=name)
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


# --------------------------------------------------------------------------------------------
# The reminder and what the message sees of it
# --------------------------------------------------------------------------------------------


def amount_text(item: Item) -> str:
    """The amount on the reminder, in the customer's currency and the reminder's locale."""
    cents = 9500 + int.from_bytes(digest(item.key, "amount")[:4], "big") % 130000
    whole, frac = divmod(cents, 100)
    if item.zone == "uk":
        return f"£{whole:,}.{frac:02d}"
    grouped = f"{whole:,}".replace(",", ".")
    lang = item.reminder_lang
    if lang in {"nl", "it"}:
        return f"€ {grouped},{frac:02d}"
    if lang == "en":
        return f"€{whole:,}.{frac:02d}"
    return f"{grouped},{frac:02d} €"


def reminder_subject(item: Item) -> str:
    return REMINDER_SUBJECT[item.reminder_lang].format(inv=item.invoice)


def reminder_text(item: Item) -> str:
    sent = item.reminder_sent.date()
    issued = sent - timedelta(days=36 + digest(item.key, "issued")[0] % 20)
    due = issued + timedelta(days=30)
    fmt = INVOICE_DATE_FORMAT[item.reminder_lang]
    return REMINDER_BODY[item.reminder_lang].format(
        inv=item.invoice,
        issued=issued.strftime(fmt),
        due=due.strftime(fmt),
        amt=amount_text(item),
    )


def reminder_msgid(item: Item) -> str:
    return (
        f"<{item.reminder_sent:%Y%m%d%H%M%S}.{b32(item.key, 'reminder', 16).lower()}@{AR_DOMAIN}>"
    )


def reminder_message(item: Item) -> Message:
    """The reminder exactly as Fernhill sent it (returned inside delivery reports)."""
    text = text_part(reminder_text(item), "plain", "utf-8", "qp")
    msg: Message
    if item.reminder_pdf:
        msg = MIMEMultipart("mixed")
        msg.attach(text)
        msg.attach(pdf_part(f"Invoice_{item.invoice}.pdf", fake_pdf(item.key, item.invoice)))
        msg.set_boundary(f"=_fernhill_{hexid(item.key, 'reminder-boundary', 20)}")
    else:
        msg = text
    head = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", item.recipient),
        ("Subject", header_value(reminder_subject(item), "utf-8")),
        ("Date", format_datetime(item.reminder_sent)),
        ("Message-ID", reminder_msgid(item)),
    ]
    return with_envelope(msg, head)


def with_envelope(msg: Message, head: list[tuple[str, str]]) -> Message:
    """Put envelope headers first and the MIME headers after them, as mail software does."""
    order = {"mime-version": 0, "content-type": 1, "content-transfer-encoding": 2}
    saved = sorted(
        ((k, v) for k, v in msg.items() if k.lower() in order),
        key=lambda kv: order[kv[0].lower()],
    )
    for name in {k for k, _ in saved}:
        del msg[name]
    for name, value in head:
        msg[name] = value
    if saved and not any(k.lower() == "mime-version" for k, _ in saved):
        saved.insert(0, ("MIME-Version", "1.0"))
    for name, value in saved:
        msg[name] = value
    return msg


@dataclass(frozen=True)
class Ctx:
    """What a layout needs besides the spec: the reminder as the sender's client shows it."""

    subject: str
    text: str
    sent_local: datetime
    to: str
    values: Mapping[str, str]


def make_ctx(item: Item) -> Ctx:
    subject = fit_charset(reminder_subject(item), item.charset)
    text = fit_charset(reminder_text(item), item.charset)
    sent_local = to_region(item.zone, item.reminder_sent)
    to = formataddr(item.who) if item.who[0].isascii() else f"{item.who[0]} <{item.who[1]}>"
    if item.rcpt:
        to = item.rcpt
    values = {
        "rsub": reminder_subject(item),
        "inv": item.invoice,
        "rcpt": item.recipient,
        "rdomain": item.recipient.split("@")[1],
        "rmid": reminder_msgid(item),
        "rdate": format_datetime(item.reminder_sent),
        "rdate_local": format_datetime(sent_local),
        "date": format_datetime(item.dt),
        "qid": b32(item.key, "queue", 11),
        "ar": AR_ADDR,
        "sent_en": outlook_stamp("en", to_region("uk", item.reminder_sent)),
        "sent_de": outlook_stamp("de", to_region("ce", item.reminder_sent)),
    }
    return Ctx(subject, text, sent_local, to, values)


def outlook_stamp(lang: str, moment: datetime) -> str:
    """A timestamp as Outlook writes it in receipts, with the Windows time-zone name."""
    zones = {
        ("en", 0): "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        ("en", 1): "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        ("de", 0): "(UTC+00:00) Dublin, Edinburgh, Lissabon, London",
        ("de", 1): "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
    }
    offset = moment.utcoffset() or timedelta(0)
    parts = date_parts(lang, moment)
    day = "{wd}, {d}. {mon} {y}" if lang == "de" else "{wd}, {d} {mon} {y}"
    return f"{day.format(**parts)} {parts['HH']}:{parts['MM']}:{parts['SS']} {zones[lang, int(offset.total_seconds() // 3600)]}"


def body_text(item: Item, ctx: Ctx) -> str:
    """The hand-written text, with reminder details filled in where the software quotes them."""
    text = item.body.format_map(ctx.values) if item.fill else item.body
    return fit_charset(text, item.charset)


# --------------------------------------------------------------------------------------------
# Client layouts for people's replies: what each client wraps around the new text
# --------------------------------------------------------------------------------------------


def outlook_block(item: Item, ctx: Ctx) -> list[str]:
    lang = item.lang
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[lang]
    when = OUTLOOK_SENT[lang].format(**date_parts(lang, ctx.sent_local))
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{when}",
        f"{to}{sep}{ctx.to}",
        f"{subj}{sep}{ctx.subject}",
    ]


def attribution(table: Mapping[str, str], item: Item, ctx: Ctx) -> str:
    return table[item.lang].format(
        **date_parts(item.lang, ctx.sent_local), name=AR_NAME, addr=AR_ADDR
    )


def word_markup(item: Item, ctx: Ctx) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header block."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[item.lang]
    rows = zip((frm, sent, to, subj), outlook_block(item, ctx), strict=True)
    head = "<br>\n".join(
        f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1], quote=False)}"
        for label, line in rows
    )

    def paras(text: str) -> str:
        return "\n".join(
            f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
            for line in text.split("\n")
        )

    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={item.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[item.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{paras(body_text(item, ctx))}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        "<div>\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{paras(ctx.text)}\n</div>\n</body>\n</html>\n"
    )


def form_outlook(item: Item, ctx: Ctx) -> Message:
    block = "\n".join([OUTLOOK_LABELS[item.lang][0], *outlook_block(item, ctx)])
    return text_part(
        f"{body_text(item, ctx)}\n\n{block}\n\n{ctx.text}\n",
        "plain",
        item.charset,
        item.cte,
    )


def form_outlook_html(item: Item, ctx: Ctx) -> Message:
    text = "\n".join([body_text(item, ctx), "", *outlook_block(item, ctx), "", ctx.text, ""])
    return alternative(text, word_markup(item, ctx), item.charset, item.cte)


def form_html_only(item: Item, ctx: Ctx) -> Message:
    return text_part(word_markup(item, ctx), "html", item.charset, item.cte)


def form_android(item: Item, ctx: Ctx) -> Message:
    block = "\n".join(outlook_block(item, ctx))
    text = f"{body_text(item, ctx)}\n\n{ANDROID_SIGNATURE[item.lang]}\n{'_' * 32}\n{block}\n\n{ctx.text}\n"
    return text_part(text, "plain", item.charset, "b64")


def form_gmail(item: Item, ctx: Ctx) -> Message:
    attr = attribution(GMAIL_ATTRIBUTION, item, ctx)
    body = body_text(item, ctx)
    text = f"{body}\n\n{attr}\n\n{quote_lines(ctx.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs_html(ctx.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, item.charset, item.cte)


def form_gmail_plain(item: Item, ctx: Ctx) -> Message:
    attr = attribution(GMAIL_ATTRIBUTION, item, ctx)
    return text_part(
        f"{body_text(item, ctx)}\n\n{attr}\n\n{quote_lines(ctx.text)}\n",
        "plain",
        item.charset,
        item.cte,
    )


def form_apple(item: Item, ctx: Ctx) -> Message:
    attr = attribution(APPLE_ATTRIBUTION, item, ctx)
    return text_part(
        f"{body_text(item, ctx)}\n\n{attr}\n\n{quote_lines(ctx.text)}\n",
        "plain",
        item.charset,
        item.cte,
    )


def form_iphone(item: Item, ctx: Ctx) -> Message:
    quoted = quote_lines(f"{attribution(APPLE_ATTRIBUTION, item, ctx)}\n\n{ctx.text}")
    text = f"{body_text(item, ctx)}\n\n{IPHONE_SIGNATURE[item.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", item.charset, item.cte)


def form_thunderbird(item: Item, ctx: Ctx) -> Message:
    attr = attribution(THUNDERBIRD_ATTRIBUTION, item, ctx)
    text = flow(f"{body_text(item, ctx)}\n\n{attr}\n{quote_lines(ctx.text)}\n")
    part = text_part(text, "plain", item.charset, item.cte)
    part.set_param("format", "flowed")
    return part


# --------------------------------------------------------------------------------------------
# Notices: automatic replies, advices, portal mail
# --------------------------------------------------------------------------------------------


def notice_markup(item: Item, ctx: Ctx) -> str:
    if item.markup:
        return fit_charset(
            item.markup.format_map(ctx.values) if item.fill else item.markup,
            item.charset,
        )
    return simple_page(paragraphs_html(body_text(item, ctx)), item.charset)


def form_plain(item: Item, ctx: Ctx) -> Message:
    return text_part(plain_tables(body_text(item, ctx)) + "\n", "plain", item.charset, item.cte)


def form_alt(item: Item, ctx: Ctx) -> Message:
    return alternative(
        plain_tables(body_text(item, ctx)) + "\n",
        notice_markup(item, ctx),
        item.charset,
        item.cte,
    )


def form_html(item: Item, ctx: Ctx) -> Message:
    return text_part(notice_markup(item, ctx), "html", item.charset, item.cte)


def form_advice_pdf(item: Item, ctx: Ctx) -> Message:
    outer = MIMEMultipart("mixed")
    outer.attach(form_alt(item, ctx))
    if item.attach is None:
        raise ValueError(f"{item.key}: advice without its PDF")
    outer.attach(pdf_part(*item.attach))
    return outer


def form_nonmime(item: Item, ctx: Ctx) -> Message:
    """An old-style notice with no MIME headers at all; `dsn.returned == "full"` appends the
    returned message as raw text, the way qmail and old Exim do."""
    text = body_text(item, ctx)
    text.encode("ascii")
    if item.dsn is not None and item.dsn.returned == "full":
        text += "\n" + reminder_message(item).as_string()
    elif item.dsn is not None and item.dsn.returned == "headers":
        head = reminder_message(item)
        text += "\n" + "".join(f"{k}: {v}\n" for k, v in head.items()) + "\n"
    msg = Message()
    msg.set_payload(text)
    return msg


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


def delivery_status(item: Item, ctx: Ctx) -> Message:
    """The message/delivery-status part: one per-message block and one per-recipient block."""
    if item.dsn is None:
        raise ValueError(f"{item.key}: no DSN fields")
    d = item.dsn
    first = Message()
    first["Reporting-MTA"] = f"dns; {d.mta}"
    for name, value in d.extra:
        first[name] = value.format_map(ctx.values)
    first["Arrival-Date"] = ctx.values["rdate"]
    rcpt = Message()
    rcpt["Final-Recipient"] = f"rfc822; {d.final or item.recipient}"
    if d.original:
        rcpt["Original-Recipient"] = f"rfc822;{item.recipient}"
    rcpt["Action"] = d.action
    rcpt["Status"] = d.status
    if d.remote:
        rcpt["Remote-MTA"] = f"dns; {d.remote}"
    if d.diagnostic:
        rcpt["Diagnostic-Code"] = f"smtp; {d.diagnostic.format_map(ctx.values)}"
    rcpt["Last-Attempt-Date"] = format_datetime(item.dt)
    if d.retry_hours:
        rcpt["Will-Retry-Until"] = format_datetime(ctx.sent_local + timedelta(hours=d.retry_hours))
    part = MIMEBase("message", "delivery-status")
    part.set_payload([first, rcpt])
    return part


def returned_part(item: Item) -> Message | None:
    """What comes back of the reminder: all of it, its headers, or nothing."""
    how = item.dsn.returned if item.dsn is not None else "full"
    if how == "full":
        return MIMEMessage(reminder_message(item))
    if how == "headers":
        head = "".join(f"{k}: {v}\n" for k, v in reminder_message(item).items())
        return text_part(head, "rfc822-headers", "us-ascii", "7bit")
    return None


def report(item: Item, human: Message, ctx: Ctx) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(human)
    outer.attach(delivery_status(item, ctx))
    returned = returned_part(item)
    if returned is not None:
        outer.attach(returned)
    return outer


def form_report(item: Item, ctx: Ctx) -> Message:
    return report(
        item,
        text_part(body_text(item, ctx) + "\n", "plain", item.charset, item.cte),
        ctx,
    )


def form_report_alt(item: Item, ctx: Ctx) -> Message:
    return report(
        item,
        alternative(body_text(item, ctx) + "\n", ndr_markup(item, ctx), item.charset, item.cte),
        ctx,
    )


def form_ndr_mixed(item: Item, ctx: Ctx) -> Message:
    """An Exchange report without the delivery-status part: text, HTML and the returned message."""
    outer = MIMEMultipart("mixed")
    outer.attach(
        alternative(body_text(item, ctx) + "\n", ndr_markup(item, ctx), item.charset, item.cte)
    )
    outer.attach(MIMEMessage(reminder_message(item)))
    return outer


def form_mixed_returned(item: Item, ctx: Ctx) -> Message:
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(body_text(item, ctx) + "\n", "plain", item.charset, item.cte))
    outer.attach(MIMEMessage(reminder_message(item)))
    return outer


def ndr_markup(item: Item, ctx: Ctx) -> str:
    """The HTML of a mail-system notice: the hand-written HTML when given, else the text,
    paragraph by paragraph, with the first paragraph as a heading."""
    if item.markup:
        return item.markup.format_map(ctx.values) if item.fill else item.markup
    blocks = body_text(item, ctx).split("\n\n")
    head = f'<p style="font-size:14pt;color:#000066"><b>{html_text(blocks[0])}</b></p>'
    rest = "\n".join(f"<p>{html_text(b)}</p>" for b in blocks[1:])
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={item.charset}"></head>\n'
        f"<body style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:10.5pt\">\n{head}\n{rest}\n</body></html>\n"
    )


def form_mdn(item: Item, ctx: Ctx) -> Message:
    """A read receipt or 'not read' notice (RFC 8098 disposition notification)."""
    outer = MIMEMultipart("report", report_type="disposition-notification")
    outer.attach(text_part(body_text(item, ctx) + "\n", "plain", item.charset, item.cte))
    fields = Message()
    for name, value in item.fields:
        fields[name] = value.format_map(ctx.values)
    fields["Final-Recipient"] = f"rfc822;{item.who[1]}"
    fields["Original-Message-ID"] = ctx.values["rmid"]
    outer.attach(MIMEMessage(fields, "disposition-notification"))
    head = "".join(f"{k}: {v}\n" for k, v in reminder_message(item).items())
    outer.attach(text_part(head, "rfc822-headers", "us-ascii", "7bit"))
    return outer


def form_pec(item: Item, ctx: Ctx) -> Message:
    """An Italian certified-mail (PEC) receipt: text, HTML and the daticert.xml data file."""
    outer = MIMEMultipart("mixed")
    outer.attach(
        alternative(
            body_text(item, ctx) + "\n",
            notice_markup(item, ctx),
            item.charset,
            item.cte,
        )
    )
    kind = dict(item.fields).get("tipo", "avvenuta-consegna")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<postacert tipo="{kind}" errore="{dict(item.fields).get("errore", "nessuno")}">\n'
        "  <intestazione>\n"
        f"    <mittente>{AR_ADDR}</mittente>\n"
        f'    <destinatari tipo="esterno">{item.recipient}</destinatari>\n'
        f"    <oggetto>{html.escape(reminder_subject(item), quote=False)}</oggetto>\n"
        "  </intestazione>\n"
        "  <dati>\n"
        f"    <gestore-emittente>{dict(item.fields).get('gestore', 'Gestore PEC')}</gestore-emittente>\n"
        f'    <data zona="+0100"><giorno>{item.dt:%d/%m/%Y}</giorno><ora>{item.dt:%H:%M:%S}</ora></data>\n'
        f"    <identificativo>opec{hexid(item.key, 'pec', 24)}@{item.who[1].split('@')[1]}</identificativo>\n"
        f"    <msgid>{html.escape(ctx.values['rmid'])}</msgid>\n"
        f"    <consegna>{item.recipient}</consegna>\n"
        "  </dati>\n</postacert>\n"
    )
    data = MIMEApplication(xml.encode(), "xml", name="daticert.xml")
    data.add_header("Content-Disposition", "attachment", filename="daticert.xml")
    outer.attach(data)
    return outer


FORMS: dict[str, Callable[[Item, Ctx], Message]] = {
    "outlook": form_outlook,
    "outlook_html": form_outlook_html,
    "html_only": form_html_only,
    "android": form_android,
    "gmail": form_gmail,
    "gmail_plain": form_gmail_plain,
    "apple": form_apple,
    "iphone": form_iphone,
    "thunderbird": form_thunderbird,
    "plain": form_plain,
    "alt": form_alt,
    "html": form_html,
    "advice_pdf": form_advice_pdf,
    "nonmime": form_nonmime,
    "report": form_report,
    "report_alt": form_report_alt,
    "ndr_mixed": form_ndr_mixed,
    "mixed_returned": form_mixed_returned,
    "mdn": form_mdn,
    "pec": form_pec,
}
REPLY_FORMS = frozenset(
    {
        "outlook",
        "outlook_html",
        "html_only",
        "android",
        "gmail",
        "gmail_plain",
        "apple",
        "iphone",
        "thunderbird",
    }
)
OUTLOOK_FORMS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D60)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


# --------------------------------------------------------------------------------------------
# Assembling a message
# --------------------------------------------------------------------------------------------


def message_id(item: Item) -> str:
    style = item.mid or (
        "ms"
        if item.ms or item.form in OUTLOOK_FORMS
        else "gmail"
        if item.form in {"gmail", "gmail_plain"}
        else "apple"
        if item.form in {"apple", "iphone"}
        else "plain"
    )
    host = item.who[1].split("@")[1]
    if style == "ms":
        return f"<{b32(item.key, 'msid', 28)}@{b32(item.key, 'mshost', 10)}.EURPRD0{digest(item.key, 'n')[0] % 9 + 1}.PROD.OUTLOOK.COM>"
    if style == "gmail":
        raw = base64.urlsafe_b64encode(digest(item.key, "gmail")).decode().rstrip("=")
        return f"<CA+{raw[:42]}@mail.gmail.com>"
    if style == "apple":
        h = digest(item.key, "apple").hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{host}>"
    if style.startswith("@"):
        return f"<{hexid(item.key, 'id', 20)}.{b32(item.key, 'id2', 6)}{style}>"
    return f"<{hexid(item.key, 'id', 24)}@{host}>"


def boundary_prefix(item: Item) -> str:
    if item.form in {"gmail", "gmail_plain"} or item.mid == "gmail":
        return "000000000000"
    if item.form in OUTLOOK_FORMS or item.ms:
        return "_000_"
    if item.form in {"apple", "iphone"}:
        return "Apple-Mail=_"
    if item.form in {"report", "report_alt", "mixed_returned", "mdn"}:
        return f"{b32(item.key, 'qid', 11)}."
    return "----=_Part_"


def fix_boundaries(msg: Message, item: Item) -> None:
    """Deterministic boundaries shaped like the sending software's own."""
    prefix = boundary_prefix(item)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = (
            hexid(item.key, f"boundary{n}", 24)
            if prefix == "000000000000"
            else b32(item.key, f"boundary{n}", 24)
        )
        part.set_boundary(prefix + tail)


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast(list[Message], part.get_payload()):
            strip_inner_versions(sub, top=enclosed)


def outlook_headers(item: Item, ctx: Ctx) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", header_value(ctx.subject, item.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(item.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[item.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[item.lang]),
        ("X-MS-Has-Attach", "yes" if item.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def subject_of(item: Item, ctx: Ctx) -> str:
    if item.subject:
        return fit_charset(
            item.subject.format_map({**ctx.values, "rsub": ctx.subject}), item.charset
        )
    if not item.is_reply:
        raise ValueError(f"{item.key}: a notice needs its own subject")
    prefix = OUTLOOK_REPLY_PREFIX[item.lang] if item.form in OUTLOOK_FORMS else "Re: "
    return prefix + ctx.subject


def build(item: Item) -> Message:
    ctx = make_ctx(item)
    body = FORMS[item.form](item, ctx)
    if item.attach is not None and item.is_reply:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        outer.attach(pdf_part(*item.attach))
        body = outer
    bounce_like = item.intent == "bounce" or item.form in {
        "report",
        "report_alt",
        "ndr_mixed",
        "mixed_returned",
        "nonmime",
    }
    head: list[tuple[str, str]] = [("Return-Path", "<>" if bounce_like else f"<{item.who[1]}>")]
    head.append(("From", item.from_raw or mailbox(*item.who, item.charset)))
    head.append(("To", item.to or (AR_ADDR if bounce_like else formataddr((AR_NAME, AR_ADDR)))))
    if item.cc:
        head.append(("Cc", item.cc))
    head.append(("Subject", header_value(subject_of(item, ctx), item.charset)))
    head.append(("Date", format_datetime(item.dt)))
    head.append(("Message-ID", message_id(item)))
    thread = (
        item.thread
        if item.thread is not None
        else (item.is_reply or item.intent in {"auto_reply", "wrong_contact"})
    )
    if thread:
        head.append(("In-Reply-To", ctx.values["rmid"]))
        head.append(("References", ctx.values["rmid"]))
    if item.form in OUTLOOK_FORMS or item.ms:
        head.extend(outlook_headers(item, ctx))
    head.extend(CLIENT_HEADERS.get(item.form, ()))
    head.extend((k, v.format_map(ctx.values)) for k, v in item.headers)
    msg = with_envelope(body, head)
    strip_inner_versions(msg)
    fix_boundaries(msg, item)
    return msg


# --------------------------------------------------------------------------------------------
# Header sets used below
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS_ALL = ("X-Auto-Response-Suppress", "All")
SUPPRESS_OOF = ("X-Auto-Response-Suppress", "DR, OOF, AutoReply")
X_AUTOREPLY = ("X-Autoreply", "yes")
PRECEDENCE_BULK = ("Precedence", "bulk")
MS_OOF = (AUTO_REPLIED, SUPPRESS_ALL)
MS_OOF_GENERATED = (AUTO_GENERATED, SUPPRESS_ALL)


# --------------------------------------------------------------------------------------------
# Auto-replies (40)
# --------------------------------------------------------------------------------------------

AUTO_REPLIES = [
    Item(
        "ar-en-meridian",
        "auto_reply",
        "en",
        ("Rachel Dunmore", "r.dunmore@meridian-fm.example"),
        "2031-02-03 09:07",
        "plain",
        "Thank you for your email.\n\nI'm out of the office until Friday 7 February with limited access to email, and I'll reply when I'm back on Monday 10 February.\n\nSupplier invoices are processed by our Accounts Payable team on Thursdays. If your query is about the status of a payment, please contact ap.queries@meridian-fm.example and quote both the invoice number and our PO number.\n\nKind regards,\nRachel Dunmore\nPurchase Ledger Supervisor\nMeridian Facilities Group",
        lab(
            return_date="2031-02-10",
            note="'until Friday 7 February' and 'back on Monday 10 February': the day back wins; the AP address for payment queries is not a new contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-en-pinecrest",
        "auto_reply",
        "en",
        ("Pinecrest Academy Office", "office@pinecrest-academy.example"),
        "2031-02-17 09:05",
        "plain",
        "Thank you for contacting Pinecrest Academy.\n\nThe school is closed for the February half-term from Monday 17 to Friday 21 February. The office is not staffed during the holiday and emails will not be read until we reopen on Monday 24 February.\n\nIf your email concerns a safeguarding matter, please use the emergency number on our website.\n\nPinecrest Academy\nLearning together, growing together",
        lab(
            return_date="2031-02-24",
            note="school half-term closure; only Precedence: bulk marks it as automatic",
        ),
        subject="Pinecrest Academy – school closed for half-term",
        headers=(PRECEDENCE_BULK,),
    ),
    Item(
        "ar-en-thornbury",
        "auto_reply",
        "en",
        ("Tom Ashworth", "tom.ashworth@thornbury-brokers.example"),
        "2031-02-05 09:04",
        "plain",
        "Hi,\n\nI'm on parental leave until the summer and won't be checking this inbox. Your email hasn't been forwarded.\n\nFor anything to do with office supplies, facilities or supplier accounts, please get in touch with Gemma Reid (gemma.reid@thornbury-brokers.example), who is covering for me.\n\nThanks,\nTom",
        lab(
            note="parental leave 'until the summer' cannot be pinned to a day; the colleague covering is not a new contact"
        ),
        subject="Automatic reply: {rsub}",
        headers=MS_OOF_GENERATED,
        ms=True,
    ),
    Item(
        "ar-en-carrowmoor",
        "auto_reply",
        "en",
        (
            "Carrowmoor Logistics Accounts Payable",
            "ap-helpdesk@carrowmoor-logistics.example",
        ),
        "2031-02-12 09:06",
        "alt",
        "Dear Supplier,\n\nWe have received your email and logged it as ticket #AP-118204. Please keep this number in the subject line of any further correspondence so that it stays with the same case.\n\nOur Accounts Payable team works through supplier queries in the order they arrive and aims to reply within five working days. Please do not send the same invoice again in the meantime, as duplicates slow down processing.\n\nPayment runs take place every Tuesday and Friday for invoices that have been approved by the budget holder.\n\nCarrowmoor Logistics – Accounts Payable Shared Service\nThis is an automated message.",
        lab(
            note="ticket acknowledgement that talks about payment runs: nothing is promised for this invoice"
        ),
        subject="[#AP-118204] {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "Freshdesk")),
    ),
    Item(
        "ar-en-kelly",
        "auto_reply",
        "en",
        ("Sandra Kelly", "sandra@kellyandfinch-hair.example"),
        "2031-02-05 09:08",
        "plain",
        "Hi, thanks for your message. I'm off sick at the moment and not checking emails – I'm hoping to be back in the salon next Wednesday. For appointments please ring the salon on 01632 960318 and the girls will sort you out.\n\nSandra x",
        lab(
            return_date="2031-02-12",
            note="no automatic header at all; 'next Wednesday' written on Wednesday 5 Feb is the following week's",
        ),
        subject="Away from the salon",
        thread=False,
    ),
    Item(
        "ar-en-okoro",
        "auto_reply",
        "en",
        ("Jade Okoro", "jade.okoro@icloud.com"),
        "2031-02-10 09:06",
        "plain",
        "Hiya! I'm on holiday until Saturday 15th February and the studio is closed. I'll be back and replying to messages from Monday 17th 💅\n\nJade\nOkoro Lash & Brow",
        lab(
            return_date="2031-02-17",
            note="iCloud vacation reply with a plain 'Re:' subject; the day back wins over 'until Saturday 15th'",
        ),
        subject="Re: {rsub}",
        headers=(AUTO_REPLIED, ("X-Apple-Action", "vacation")),
        mid="apple",
    ),
    Item(
        "ar-en-ashbourne",
        "auto_reply",
        "en",
        ("Ashbourne & Pike LLP", "enquiries@ashbourne-pike.example"),
        "2031-02-12 09:03",
        "plain",
        "Thank you for contacting Ashbourne & Pike LLP.\n\nThis mailbox is monitored between 9am and 5pm, Monday to Friday, and we aim to respond to all enquiries within two working days. If your message relates to an existing matter, please include the matter reference.\n\nPlease be aware that we will never tell you about a change to our bank details by email. If you receive such an email, call us before making any payment.\n\nAshbourne & Pike LLP is authorised and regulated by the Solicitors Regulation Authority.",
        lab(
            note="law firm acknowledgement; only X-Autoreply marks it; the bank-details warning is boilerplate"
        ),
        subject="Thank you for your email",
        headers=(X_AUTOREPLY,),
    ),
    Item(
        "ar-en-northgate",
        "auto_reply",
        "en",
        (
            "Northgate Borough Council – Creditors",
            "creditors@northgate-council.example",
        ),
        "2031-02-19 09:05",
        "plain",
        "Thank you for your email to the Creditors Section.\n\nPlease note that we do not reply to statements or payment reminders sent by email. All valid invoices are paid within 30 days of receipt, provided they quote an official purchase order number.\n\nYou can check the status of your invoices at any time through the Supplier Portal. Queries about a specific payment can be raised by telephone on 01632 960200 (option 3), Monday to Thursday, 10am–3pm.\n\nCreditors Section, Finance Department\nNorthgate Borough Council",
        lab(
            note="council creditors' standard reply: payment terms and PO rule are boilerplate, not a request about this invoice"
        ),
        subject="Automatic reply: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-en-oakfield",
        "auto_reply",
        "en",
        ("Oakfield Tyres & Exhausts", "info@oakfield-tyres.example"),
        "2031-02-07 09:06",
        "plain",
        "Thanks for your email.\n\nWe're closed today (Friday 7th) for our annual stock-take and will be back on Monday morning. Emails will be answered then.\n\nIf you've broken down, call our 24hr recovery line on 07700 900431.\n\nOakfield Tyres & Exhausts",
        lab(
            return_date="2031-02-10",
            note="'back on Monday morning' from Friday 7 Feb is Monday 10 Feb",
        ),
        subject="Re: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Item(
        "ar-en-bramley",
        "auto_reply",
        "en",
        ("Helen Marsh", "helen.marsh@bramley-accountants.example"),
        "2031-02-24 09:04",
        "plain",
        "Thank you for your message.\n\nI am on sabbatical from 1 February and will be back at my desk on Tuesday 6 May 2031. Emails sent to this address while I am away are not forwarded and will be deleted unread.\n\nFor anything relating to the practice's suppliers or office accounts, please write to office@bramley-accountants.example, where my colleagues will be happy to help.\n\nBest wishes,\nHelen Marsh\nPractice Manager, Bramley & Co Chartered Accountants",
        lab(
            return_date="2031-05-06",
            note="sabbatical with a stated return; 'deleted unread' plus another address is still a temporary absence, not a dead mailbox",
        ),
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_REPLIED,
            (
                "X-MS-Exchange-Inbox-Rules-Loop",
                "helen.marsh@bramley-accountants.example",
            ),
        ),
        ms=True,
    ),
    Item(
        "ar-de-henning",
        "auto_reply",
        "de",
        ("Markus Henning", "m.henning@druckhaus-henning.example"),
        "2031-02-10 10:05",
        "plain",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 14.02.2031, im Urlaub und ab Montag, 17.02.2031, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0221 5550100.\n\nMit freundlichen Grüßen\nMarkus Henning\nLeitung Verwaltung",
        lab(return_date="2031-02-17"),
        subject="Automatische Antwort: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-de-schmitz",
        "auto_reply",
        "de",
        ("Autohaus Schmitz – Service", "service@autohaus-schmitz.example"),
        "2031-02-19 10:06",
        "plain",
        "Liebe Kundinnen und Kunden, liebe Geschäftspartner,\n\nvielen Dank für Ihre E-Mail. Von Weiberfastnacht (Donnerstag, 20.02.) bis einschließlich Rosenmontag (24.02.) bleiben Werkstatt und Büro geschlossen. Ab Dienstag, 25.02.2031, sind wir wieder wie gewohnt für Sie da und beantworten Ihre Nachricht so schnell wie möglich.\n\nBei einer Panne erreichen Sie unseren Notdienst rund um die Uhr unter 0221 5550199.\n\nKölle Alaaf und bis bald!\nIhr Team vom Autohaus Schmitz",
        lab(
            return_date="2031-02-25",
            note="carnival closure announced the day before it starts; the stated reopening day",
        ),
        subject="Unsere Öffnungszeiten an Karneval",
        headers=(PRECEDENCE_BULK,),
        charset="iso-8859-1",
    ),
    Item(
        "ar-de-brueckner",
        "auto_reply",
        "de",
        ("Lena Brückner", "l.brueckner@ingenieurbuero-falk.example"),
        "2031-02-05 10:07",
        "plain",
        "Guten Tag,\n\nich befinde mich bis voraussichtlich Ende September 2031 in Elternzeit. Ihre Nachricht wird nicht automatisch weitergeleitet.\n\nMeine Vertretung für alle Fragen rund um Einkauf und Rechnungen ist Herr Dominik Falk (d.falk@ingenieurbuero-falk.example, Tel. 0711 5552040).\n\nViele Grüße\nLena Brückner",
        lab(
            note="parental leave until 'voraussichtlich Ende September': no day; the deputy's address is not a new contact"
        ),
        subject="Automatische Antwort: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-de-rheinaue",
        "auto_reply",
        "de",
        (
            "Rheinaue Kliniken – Kreditorenbuchhaltung",
            "kreditoren@rheinaue-kliniken.example",
        ),
        "2031-02-12 10:04",
        "plain",
        "Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2031021210000417 erfasst. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an.\n\nBitte beachten Sie: Rechnungen werden bei uns ausschließlich donnerstags gebucht und im nächsten Zahlungslauf berücksichtigt, sofern eine gültige Bestellnummer angegeben ist. Mahnungen und Kontoauszüge werden automatisch dem zuständigen Sachbearbeiter zugeordnet.\n\nDiese Nachricht wurde automatisch erstellt.\n\nRheinaue Kliniken gGmbH\nFinanzbuchhaltung / Kreditoren",
        lab(note="ticket acknowledgement; 'donnerstags gebucht' is house practice, not a promise"),
        subject="[Ticket#2031021210000417] Eingangsbestätigung: {rsub}",
        headers=(
            AUTO_GENERATED,
            ("X-Loop", "kreditoren@rheinaue-kliniken.example"),
            ("X-Mailer", "OTRS Mail Service"),
        ),
    ),
    Item(
        "ar-de-maier",
        "auto_reply",
        "de",
        ("Sven Maier", "s.maier@maier-gebaeudetechnik.example"),
        "2031-02-11 10:08",
        "plain",
        "Hallo,\n\nich bin derzeit krankgeschrieben und ab KW 8 wieder im Büro. Ihre Mail lese ich danach.\n\nBei Fragen zu Rechnungen bitte an buchhaltung@maier-gebaeudetechnik.example wenden.\n\nGruß\nSven Maier",
        lab(
            return_date="2031-02-17",
            note="no automatic header; 'ab KW 8' is from Monday of ISO week 8 of 2031, 17 Feb",
        ),
        subject="Abwesenheit",
        charset="iso-8859-1",
        thread=False,
    ),
    Item(
        "ar-de-roth",
        "auto_reply",
        "de",
        ("Dr. Anja Roth", "roth@kanzlei-roth-partner.example"),
        "2031-02-03 10:05",
        "plain",
        "Sehr geehrte Damen und Herren,\n\nich bin bis zum 12.02.2031 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Fristsachen werden von meinem Sekretariat bearbeitet.\n\nMit freundlichen Grüßen\nDr. Anja Roth\nRechtsanwältin",
        lab(
            return_date="2031-02-12",
            note="'bis zum 12.02.2031' with no day back: that date itself",
        ),
        subject="Abwesenheitsnotiz",
        headers=(X_AUTOREPLY,),
        cte="8bit",
    ),
    Item(
        "ar-fr-vasseur",
        "auto_reply",
        "fr",
        ("Claire Vasseur", "c.vasseur@groupe-altair-assurances.example"),
        "2031-02-12 10:06",
        "plain",
        "Bonjour,\n\nJe suis en congés jusqu'au vendredi 21 février inclus et serai de retour le lundi 24 février. Votre message ne sera pas transféré.\n\nPour toute question urgente concernant les factures fournisseurs, vous pouvez écrire à fournisseurs@groupe-altair-assurances.example.\n\nBien cordialement,\nClaire Vasseur\nServices généraux",
        lab(return_date="2031-02-24"),
        subject="Réponse automatique : {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-fr-jeanmoulin",
        "auto_reply",
        "fr",
        (
            "Intendance – Collège Jean-Moulin",
            "intendance@college-jeanmoulin-annecy.example",
        ),
        "2031-02-14 10:04",
        "plain",
        "Bonjour,\n\nLe service d'intendance du collège est fermé pendant les vacances d'hiver, du samedi 15 février au dimanche 2 mars. Les messages reçus pendant cette période seront traités à partir de la réouverture, le lundi 3 mars 2031.\n\nNous vous remercions de votre compréhension.\n\nLe service d'intendance\nCollège Jean-Moulin",
        lab(return_date="2031-03-03", note="school winter holidays; the reopening day"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Item(
        "ar-fr-azergues",
        "auto_reply",
        "fr",
        ("Communauté de communes du Val d'Azergues", "contact@cc-val-azergues.example"),
        "2031-02-05 10:03",
        "alt",
        "Madame, Monsieur,\n\nNous accusons réception de votre message, enregistré sous le numéro 2031-0205-1187. Il a été transmis au service compétent, qui vous répondra dans les meilleurs délais.\n\nNous vous rappelons que les factures adressées à la collectivité doivent être déposées sur le portail de facturation électronique de l'État ; les factures envoyées par courriel ne peuvent pas être mises en paiement. Les mandatements fournisseurs sont effectués en fin de mois.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nCommunauté de communes du Val d'Azergues",
        lab(
            note="public body's acknowledgement; the e-invoicing rule and 'en fin de mois' are boilerplate, not about this invoice"
        ),
        subject="Accusé de réception de votre demande n° 2031-0205-1187",
        headers=(AUTO_GENERATED,),
    ),
    Item(
        "ar-fr-garnier",
        "auto_reply",
        "fr",
        ("Sophie Garnier", "sophie.garnier@cabinet-garnier-archi.example"),
        "2031-02-18 10:05",
        "plain",
        "Bonjour,\n\nJe suis actuellement en congé maternité et ne reprendrai qu'à la fin du mois de juin. Pour toute question administrative ou comptable, merci de contacter Julien au 04 72 55 01 18 ou par mail à julien@cabinet-garnier-archi.example.\n\nSophie",
        lab(note="no automatic header; maternity leave to 'la fin du mois de juin' is not a day"),
        subject="Absence",
        thread=False,
        cte="b64",
    ),
    Item(
        "ar-fr-eclat",
        "auto_reply",
        "fr",
        ("Salon Éclat", "salon.eclat.lyon@gmail.com"),
        "2031-02-10 10:09",
        "alt",
        "Bonjour et merci pour votre message !\n\nLe salon est fermé du lundi 10 au mercredi 12 février inclus (formation de l'équipe). Nous serons ravis de vous retrouver dès le jeudi 13 février.\n\nPour prendre rendez-vous, utilisez notre page de réservation en ligne.\n\nÀ très vite,\nL'équipe du Salon Éclat",
        lab(
            return_date="2031-02-13",
            note="free-mail vacation responder with a 'Re:' subject and no automatic header",
        ),
        subject="Re: {rsub}",
        mid="gmail",
    ),
    Item(
        "ar-fr-lefebvre",
        "auto_reply",
        "fr",
        ("Antoine Lefebvre", "a.lefebvre@lefebvre-avocats.example"),
        "2031-02-03 10:04",
        "plain",
        "Madame, Monsieur,\n\nJe suis absent du cabinet jusqu'au 7 février et ne consulte pas ma messagerie. En cas d'urgence, vous pouvez joindre mon assistante, Mme Nadia Benali, à l'adresse secretariat@lefebvre-avocats.example.\n\nBien à vous,\nAntoine Lefebvre\nAvocat au Barreau de Lyon",
        lab(
            return_date="2031-02-07",
            note="'jusqu'au 7 février' with no day back: that date itself; the assistant's address is not a new contact",
        ),
        subject="Absence du cabinet",
        headers=(X_AUTOREPLY,),
    ),
    Item(
        "ar-es-ibanez",
        "auto_reply",
        "es",
        ("Marta Ibáñez", "mibanez@consultoria-levante.example"),
        "2031-02-04 10:05",
        "plain",
        "Buenos días:\n\nEstoy de vacaciones hasta el viernes 14 de febrero, sin acceso al correo. Me reincorporo el lunes 17.\n\nPara cualquier asunto relacionado con facturas o pagos a proveedores, pueden escribir a administracion@consultoria-levante.example.\n\nUn saludo,\nMarta Ibáñez",
        lab(return_date="2031-02-17"),
        subject="Respuesta automática: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-es-atenea",
        "auto_reply",
        "es",
        ("Academia Atenea", "secretaria@academia-atenea.example"),
        "2031-02-27 10:04",
        "plain",
        "Estimado/a:\n\nCon motivo del Día de Andalucía, la academia permanecerá cerrada el viernes 28 de febrero. Atenderemos su mensaje a partir del lunes 3 de marzo, en nuestro horario habitual de 9:00 a 14:00 y de 16:00 a 20:00.\n\nGracias por su paciencia.\n\nSecretaría – Academia Atenea (Sevilla)",
        lab(
            return_date="2031-03-03",
            note="regional public holiday closure; only Precedence: bulk",
        ),
        subject="Cierre por festivo",
        headers=(PRECEDENCE_BULK,),
    ),
    Item(
        "ar-es-soler",
        "auto_reply",
        "es",
        ("Javier Soler", "jsoler@talleres-soler.example"),
        "2031-02-11 10:06",
        "plain",
        "Hola,\n\nEstoy de baja por paternidad hasta el 16 de marzo. Durante este tiempo no leeré el correo.\n\nSi se trata de facturas o del pago a proveedores, mi compañera Laura se encarga: laura@talleres-soler.example.\n\nGracias,\nJavier",
        lab(
            return_date="2031-03-16",
            note="'hasta el 16 de marzo' with no day back: that date itself; Laura's address is not a new contact",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Item(
        "ar-es-gruponorte",
        "auto_reply",
        "es",
        (
            "Grupo Norte Servicios – Cuentas a pagar",
            "cuentasapagar@gruponorte-servicios.example",
        ),
        "2031-02-19 10:03",
        "alt",
        "Estimado proveedor:\n\nHemos recibido su correo y le hemos asignado la referencia CAP-20310219-0385. Le rogamos que la indique en cualquier comunicación posterior.\n\nLe recordamos que las facturas se contabilizan los jueves y que los pagos se realizan mediante transferencia los días 10 y 25 de cada mes, siempre que la factura esté conformada por el departamento solicitante.\n\nEste mensaje se ha generado automáticamente. No es necesario que responda.\n\nDepartamento de Cuentas a Pagar\nGrupo Norte Servicios",
        lab(note="AP ticket acknowledgement; the payment days are house rules, not a promise"),
        subject="Consulta recibida [REF:CAP-20310219-0385]",
        headers=(AUTO_GENERATED,),
    ),
    Item(
        "ar-es-beltran",
        "auto_reply",
        "es",
        ("Asesoría Beltrán", "info@asesoria-beltran.example"),
        "2031-02-06 10:05",
        "plain",
        "Gracias por ponerse en contacto con Asesoría Beltrán.\n\nHemos recibido su mensaje y le responderemos a la mayor brevedad posible. Nuestro horario de atención es de lunes a viernes, de 8:30 a 15:00.\n\nSi su consulta es urgente, llámenos al 963 55 21 40.\n\nAsesoría Beltrán – Fiscal, laboral y contable",
        lab(note="no automatic header, not threaded: an office autoresponder"),
        subject="Gracias por su mensaje",
        thread=False,
        cte="8bit",
    ),
    Item(
        "ar-es-ortega",
        "auto_reply",
        "es",
        ("Pilar Ortega", "portega@inmobiliaria-ortega.example"),
        "2031-02-25 10:04",
        "plain",
        "Gracias por su correo.\n\nEstaré fuera de la oficina por una feria del sector y volveré a finales de mes. Leeré su mensaje a mi regreso.\n\nPara temas urgentes: 91 555 40 22.\n\nPilar Ortega\nInmobiliaria Ortega",
        lab(
            note="Exchange inbox-rule reply (only X-MS-Exchange-Inbox-Rules-Loop); 'a finales de mes' is not a day"
        ),
        subject="Fuera de la oficina",
        headers=(("X-MS-Exchange-Inbox-Rules-Loop", "portega@inmobiliaria-ortega.example"),),
        ms=True,
    ),
    Item(
        "ar-nl-deboer",
        "auto_reply",
        "nl",
        ("Eva de Boer", "e.deboer@notariaat-deboer.example"),
        "2031-02-11 10:07",
        "plain",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 14 februari en vanaf maandag 17 februari weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nVoor dringende zaken kunt u contact opnemen met het secretariaat via 020 555 3190.\n\nMet vriendelijke groet,\nEva de Boer\nKandidaat-notaris",
        lab(return_date="2031-02-17"),
        subject="Automatisch antwoord: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-nl-verhoeven",
        "auto_reply",
        "nl",
        ("Garage Verhoeven", "info@garage-verhoeven-breda.example"),
        "2031-02-21 10:05",
        "plain",
        "Beste klant,\n\nBedankt voor uw bericht. In verband met carnaval is onze garage gesloten van zaterdag 22 februari tot en met dinsdag 25 februari. Woensdag 26 februari staan we vanaf 8.00 uur weer voor u klaar en reageren we op uw e-mail.\n\nAlaaf!\nTeam Garage Verhoeven",
        lab(return_date="2031-02-26", note="carnival closure; only Precedence: bulk"),
        subject="Gesloten i.v.m. carnaval",
        headers=(PRECEDENCE_BULK,),
    ),
    Item(
        "ar-nl-heerenveld",
        "auto_reply",
        "nl",
        (
            "Gemeente Heerenveld – Crediteurenadministratie",
            "crediteuren@gemeente-heerenveld.example",
        ),
        "2031-02-04 10:03",
        "alt",
        "Geachte leverancier,\n\nWij hebben uw e-mail in goede orde ontvangen. Uw vraag is geregistreerd onder nummer CRED-2031-00872 en wordt binnen vijf werkdagen in behandeling genomen.\n\nFacturen worden betaald op dinsdag en donderdag, mits voorzien van een geldig inkoopordernummer. Betalingsherinneringen hoeft u niet apart te sturen; wij nemen openstaande posten automatisch mee.\n\nDit is een automatisch gegenereerd bericht.\n\nGemeente Heerenveld\nTeam Financiële Administratie",
        lab(note="municipal AP acknowledgement; the payment days and PO rule are boilerplate"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Item(
        "ar-nl-knipkunst",
        "auto_reply",
        "nl",
        ("Sanne Bakker", "sanne@kapsalon-knipkunst.example"),
        "2031-02-06 10:06",
        "plain",
        "Hoi!\n\nIk ben met zwangerschapsverlof tot half juni. Voor afspraken kun je gewoon bellen of online boeken. Voor facturen en andere zakelijke dingen: mail naar administratie@kapsalon-knipkunst.example.\n\nGroetjes, Sanne",
        lab(
            note="'tot half juni' is not a day; the admin address is given for business matters during leave, not as a replacement contact"
        ),
        subject="Afwezig",
        headers=(X_AUTOREPLY,),
    ),
    Item(
        "ar-nl-baken",
        "auto_reply",
        "nl",
        ("Administratie Het Baken College", "administratie@hetbakencollege.example"),
        "2031-02-17 10:04",
        "plain",
        "Geachte heer/mevrouw,\n\nIn verband met de voorjaarsvakantie is de administratie van 17 tot en met 21 februari gesloten. Vanaf maandag 24 februari zijn wij weer bereikbaar en behandelen wij uw bericht.\n\nMet vriendelijke groet,\nAdministratie Het Baken College",
        lab(return_date="2031-02-24"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        ms=True,
    ),
    Item(
        "ar-nl-jansen",
        "auto_reply",
        "nl",
        ("Ruud Jansen | Jansen Advies", "ruud@jansenadvies.example"),
        "2031-02-12 10:08",
        "plain",
        "Hallo,\n\nDank voor je mail. Ik ben op vakantie en lees mijn e-mail niet of nauwelijks. Over twee weken ben ik terug en pak ik alles op.\n\nGroet,\nRuud Jansen",
        lab(
            return_date="2031-02-26",
            note="no automatic header and a 'Re:' subject; 'over twee weken' resolved against the message date (Wed 12 Feb), as the date policy says",
        ),
        subject="Re: {rsub}",
    ),
    Item(
        "ar-it-ferraro",
        "auto_reply",
        "it",
        ("Giulia Ferraro", "g.ferraro@studioferraro-commercialisti.example"),
        "2031-02-10 10:05",
        "plain",
        "Buongiorno,\n\nsarò assente dall'ufficio fino a venerdì 14 febbraio compreso, con accesso limitato alla posta. Rientrerò lunedì 17 febbraio.\n\nPer questioni amministrative urgenti potete scrivere a segreteria@studioferraro-commercialisti.example.\n\nCordiali saluti,\nGiulia Ferraro",
        lab(return_date="2031-02-17"),
        subject="Risposta automatica: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "ar-it-edilnova",
        "auto_reply",
        "it",
        ("Servizio Fornitori – Gruppo Edilnova", "fornitori@edilnova-spa.example"),
        "2031-02-13 10:04",
        "alt",
        "Gentile fornitore,\n\nla Sua richiesta è stata presa in carico con il numero 48817 e verrà gestita dall'ufficio contabilità fornitori.\n\nLe ricordiamo che le fatture vengono pagate a 60 giorni fine mese data fattura, tramite bonifico bancario. Per conoscere lo stato dei pagamenti può consultare il portale fornitori.\n\nMessaggio generato automaticamente, si prega di non rispondere.\n\nGruppo Edilnova S.p.A.",
        lab(note="ticket acknowledgement; the payment terms are boilerplate"),
        subject="Presa in carico richiesta n. 48817 – {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Item(
        "ar-it-gallo",
        "auto_reply",
        "it",
        ("Roberto Gallo", "roberto.gallo@autofficina-gallo.example"),
        "2031-02-06 10:07",
        "plain",
        "Buongiorno, sono in malattia fino al 12/02 compreso. Per urgenze chiamate l'officina al 011 5557321.\nRoberto",
        lab(
            return_date="2031-02-12",
            note="no automatic header; '12/02' is 12 February (Italian day/month); 'fino al … compreso' with no day back: that date itself",
        ),
        subject="Assente",
        thread=False,
        charset="iso-8859-1",
    ),
    Item(
        "ar-it-stile",
        "auto_reply",
        "it",
        ("Stile & Co. Parrucchieri", "info@stileeco-parrucchieri.example"),
        "2031-02-19 10:05",
        "plain",
        "Gentile cliente,\n\nil salone resterà chiuso giovedì 20 e venerdì 21 febbraio per inventario e lavori di manutenzione. Riapriremo sabato 22 febbraio con il consueto orario.\n\nPer le prenotazioni potete usare la nostra app.\n\nLo staff di Stile & Co.",
        lab(
            return_date="2031-02-22",
            note="closure notice sent the day before; only Precedence: bulk",
        ),
        subject="Chiusura per inventario",
        headers=(PRECEDENCE_BULK,),
    ),
    Item(
        "ar-it-benedetti",
        "auto_reply",
        "it",
        ("Chiara Benedetti", "c.benedetti@liceo-volta-como.example"),
        "2031-02-17 10:06",
        "plain",
        "Buongiorno,\n\nsono in congedo parentale e rientrerò in servizio entro fine mese. Nel frattempo, per pratiche contabili e fatture potete rivolgervi all'ufficio del DSGA (dsga@liceo-volta-como.example).\n\nCordiali saluti,\nChiara Benedetti\nAssistente amministrativa",
        lab(
            note="'entro fine mese' (by the end of the month) is not a day; the DSGA office is a stand-in, not a new contact"
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        ms=True,
    ),
    Item(
        "ar-it-conti",
        "auto_reply",
        "it",
        ("Marco Conti", "marco.conti.carrozzeria@icloud.com"),
        "2031-02-24 10:04",
        "plain",
        "Ciao, sono in ferie e non leggo la posta. Rientro il 03/03.\nMarco – Carrozzeria Conti",
        lab(return_date="2031-03-03", note="iCloud vacation reply; '03/03' is day/month"),
        subject="Re: {rsub}",
        headers=(AUTO_REPLIED, ("X-Apple-Action", "vacation")),
        mid="apple",
    ),
]


# --------------------------------------------------------------------------------------------
# Wrong contact (15): automatic "address no longer used" notices and people saying so
# --------------------------------------------------------------------------------------------

WRONG_CONTACT = [
    Item(
        "wc-en-halden",
        "wrong_contact",
        "en",
        ("Purchase Invoices", "purchase.invoices@halden-engineering.example"),
        "2031-02-03 09:06",
        "plain",
        "This mailbox is no longer in use.\n\nFrom 1 February 2031 Halden Engineering's accounts payable function has moved to our group shared service centre. Please send all invoices, statements and payment reminders to accountspayable@halden-group.example. Emails sent to this address are not read and will not be forwarded.\n\nThank you,\nHalden Engineering Ltd",
        lab(
            new_contact="accountspayable@halden-group.example",
            note="automatic 'mailbox no longer in use' notice naming the new address",
        ),
        subject="Automatic reply: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "wc-en-stmarys",
        "wrong_contact",
        "en",
        ("Ellie Marsh", "e.marsh@stmarys-catholic-primary.example"),
        "2031-02-05 09:04",
        "plain",
        "Ellie Marsh no longer works at St Mary's Catholic Primary School and this email account is not monitored. Your email has not been passed on.\n\nFor business enquiries please contact the school office on 01632 960774.",
        lab(note="automatic 'has left' notice with a phone number only: no new address"),
        subject="Ellie Marsh has left St Mary's",
        headers=(PRECEDENCE_BULK,),
    ),
    Item(
        "wc-en-brookvale",
        "wrong_contact",
        "en",
        ("Kev Doyle", "kevdoyle1971@gmail.com"),
        "2031-02-11 19:42",
        "gmail_plain",
        "hi this is kev the caretaker at brookvale high, i think youve got my email down for the coffee machine because i signed for the delivery. i dont deal with any invoices or money thats the finance office. try finance@brookvale-high.example or ring reception\n\ncheers kev",
        lab(
            new_contact="finance@brookvale-high.example",
            note="caretaker's personal address on file; no capitals, no apostrophes",
        ),
    ),
    Item(
        "wc-en-hallamroad",
        "wrong_contact",
        "en",
        ("Dean", "dean@hallamroadmotors.example"),
        "2031-02-13 12:15",
        "iphone",
        "WRONG GARAGE MATE. WE ARE HALLAM ROAD MOTORS NOT HALLAM MOTORS, NEVER HAD A COFFEE MACHINE OFF YOU. THEIRS IS THE ONE ON THE RING ROAD",
        lab(
            note="all caps; the reminder reached a different business; 'never had a machine' here says wrong recipient, not a dispute"
        ),
    ),
    Item(
        "wc-en-lindenbrook",
        "wrong_contact",
        "en",
        ("Accounts Dept", "accounts@lindenbrook-partners.example"),
        "2031-02-18 14:37",
        "outlook_html",
        "Dear Sir/Madam,\n\nPlease be advised that with immediate effect all correspondence concerning outstanding balances, statements and reminders for Lindenbrook Partners should be directed to our external collections contact at lindenbrook.accountsdept@gmail.com.\n\nKindly update your records accordingly and do not copy this address into future emails, as it will shortly be closed.\n\nRegards,\nAccounts Dept",
        lab(
            new_contact="lindenbrook.accountsdept@gmail.com",
            note="phishing-like request to move collection mail to a free-mail address: labelled as written; a person should verify it by phone before the contact is changed",
        ),
        headers=(SUPPRESS_ALL,),
    ),
    Item(
        "wc-en-grooming",
        "wrong_contact",
        "en",
        ("The Grooming Room", "bookings@thegroomingroom-salon.example"),
        "2031-02-24 09:05",
        "plain",
        "Hello,\n\nPlease note this email address is no longer in use. To reach us about bookings, accounts or anything else, please resend your message to hello@thegroomingroom-salon.example.\n\nThis is an automated reply – your original message has not been read.\n\nThe Grooming Room",
        lab(
            new_contact="hello@thegroomingroom-salon.example",
            note="Exchange inbox-rule reply with an 'Automatic reply' subject: delivered, so not a bounce; the address is gone, so not an auto_reply",
        ),
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_REPLIED,
            (
                "X-MS-Exchange-Inbox-Rules-Loop",
                "bookings@thegroomingroom-salon.example",
            ),
        ),
        ms=True,
    ),
    Item(
        "wc-en-sefton",
        "wrong_contact",
        "en",
        ("Nadia Clarke", "nadia.clarke@sefton-lettings.example"),
        "2031-02-20 16:51",
        "thunderbird",
        "Hi there,\n\nSorry it's taken me a while to get back to you, it's been a mad few weeks here. So the thing is, I moved across to our Bath branch at the start of January when we opened it, and although I set up the coffee account for the Bristol office originally I don't have anything to do with their bills any more. I think that's probably why this has been sitting with nobody. The person who looks after the purchase ledger for Bristol now is Dan Whitlock – Dan.Whitlock@sefton-lettings.example – and I've copied him in so he's got it.\n\nWhile I'm writing, the girls in Bristol say the machine in the kitchen has started making a grinding noise, so it might be worth someone having a look next time you deliver, but that's one for Dan too really.\n\nThanks and sorry again for the muddle,\nNadia",
        lab(
            new_contact="dan.whitlock@sefton-lettings.example",
            note="rambling, the point in the middle; address written in mixed case and copied in Cc, labelled in lower case; the service remark is an aside",
        ),
        cc="Dan Whitlock <Dan.Whitlock@sefton-lettings.example>",
        cte="8bit",
    ),
    Item(
        "wc-de-pfeiffer",
        "wrong_contact",
        "de",
        (
            "Rechnungseingang Pfeiffer Immobilien",
            "rechnungseingang@pfeiffer-immobilien.example",
        ),
        "2031-02-10 10:05",
        "plain",
        "Sehr geehrte Damen und Herren,\n\ndiese E-Mail-Adresse wird seit dem 01.02.2031 nicht mehr genutzt. Eingehende Nachrichten werden weder gelesen noch weitergeleitet.\n\nBitte senden Sie Rechnungen, Mahnungen und Kontoauszüge künftig ausschließlich an buchhaltung@pfeiffer-immobilien.example.\n\nVielen Dank\nPfeiffer Immobilien GmbH",
        lab(
            new_contact="buchhaltung@pfeiffer-immobilien.example",
            note="automatic notice: address retired, new one named",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=MS_OOF,
        ms=True,
    ),
    Item(
        "wc-de-reuter",
        "wrong_contact",
        "de",
        ("Dr. Thomas Reuter", "t.reuter@reuter-legal.example"),
        "2031-02-12 11:23",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Zahlungserinnerung ist an mich persönlich adressiert. Ich bin jedoch seit dem 31.12.2030 nicht mehr Partner der Kanzlei Reuter & Blum und für deren Verbindlichkeiten nicht der richtige Ansprechpartner.\n\nIch bitte Sie, Ihre Unterlagen entsprechend zu berichtigen und sich künftig an das Kanzleisekretariat zu wenden: sekretariat@kanzlei-reuter-blum.example.\n\nMit freundlichen Grüßen\n\nDr. Thomas Reuter\nRechtsanwalt",
        lab(
            new_contact="sekretariat@kanzlei-reuter-blum.example",
            note="very formal; former partner redirects to the firm",
        ),
        charset="windows-1252",
        headers=(SUPPRESS_OOF,),
    ),
    Item(
        "wc-fr-horizon",
        "wrong_contact",
        "fr",
        ("Comptabilité Horizon Voyages", "compta@agence-horizon-voyages.example"),
        "2031-02-06 10:04",
        "plain",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 31 janvier 2031. Votre message n'a pas été transmis.\n\nMerci d'adresser désormais vos factures et relances à comptabilite@horizon-voyages-groupe.example.\n\nCordialement,\nAgence Horizon Voyages",
        lab(new_contact="comptabilite@horizon-voyages-groupe.example"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Item(
        "wc-fr-roux",
        "wrong_contact",
        "fr",
        ("Delphine Roux", "delphine@salon-roux-coiffure.example"),
        "2031-02-14 13:10",
        "gmail",
        "Bonjour,\n\nJe crois qu'il y a erreur d'interlocuteur : je suis la gérante du salon, mais toute la partie comptable (factures fournisseurs, règlements) est gérée par notre expert-comptable. Pouvez-vous lui écrire directement à m.perrin@fiduciaire-perrin.example ? Elle a tous les éléments.\n\nMerci et bonne journée,\nDelphine",
        lab(new_contact="m.perrin@fiduciaire-perrin.example"),
    ),
    Item(
        "wc-es-navarro",
        "wrong_contact",
        "es",
        ("Lucía Navarro", "lucia.navarro.g@gmail.com"),
        "2031-02-19 18:30",
        "android",
        "Hola, yo ya no llevo la administración de la autoescuela desde enero, me cambié de trabajo. Se lo digo para que lo tengan en cuenta 😅 Ahora se encarga Ramón, su correo es ramon@autoescuela-navarro.example\n\nSaludos",
        lab(
            new_contact="ramon@autoescuela-navarro.example",
            note="former administrator writing from her own free-mail account",
        ),
    ),
    Item(
        "wc-nl-vos",
        "wrong_contact",
        "nl",
        ("Makelaardij Vos", "info@makelaardij-vos.example"),
        "2031-02-17 10:06",
        "plain",
        "Dit e-mailadres is niet meer in gebruik en wordt niet gelezen.\n\nWilt u uw bericht opnieuw sturen naar kantoor@vosmakelaars.example? Dan nemen wij zo snel mogelijk contact met u op.\n\nMet vriendelijke groet,\nVos Makelaars (voorheen Makelaardij Vos)",
        lab(
            new_contact="kantoor@vosmakelaars.example",
            note="only X-Autoreply marks it as automatic",
        ),
        subject="Dit adres is niet meer in gebruik",
        headers=(X_AUTOREPLY,),
    ),
    Item(
        "wc-nl-visser",
        "wrong_contact",
        "nl",
        ("Femke Visser", "femke.visser@hotmail.com"),
        "2031-02-21 20:14",
        "apple",
        "Hallo,\n\nIk werk sinds 1 februari niet meer bij Kapsalon De Schaar, dus ik kan hier niets mee. Ik weet eerlijk gezegd niet wie nu de administratie doet, misschien kunt u de salon even bellen.\n\nGroetjes,\nFemke",
        lab(note="left the business, no new address"),
    ),
    Item(
        "wc-it-bassi",
        "wrong_contact",
        "it",
        ("Studio Tecnico Bassi", "info@studiotecnicobassi.example"),
        "2031-02-28 10:05",
        "plain",
        "Gentile mittente,\n\nquesto indirizzo di posta non è più attivo e i messaggi non vengono letti. Per comunicazioni amministrative, fatture e solleciti vi preghiamo di scrivere a contabilita@bassi-ingegneria.example.\n\nGrazie per la collaborazione.\nStudio Tecnico Bassi",
        lab(new_contact="contabilita@bassi-ingegneria.example"),
        subject="Indirizzo non più attivo",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        cte="8bit",
    ),
]


# --------------------------------------------------------------------------------------------
# Payment sent (10): payment advices from accounts-payable systems
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Item(
        "ps-en-marlowe",
        "payment_sent",
        "en",
        ("Marlowe Group plc Accounts Payable", "ap-noreply@marlowe-group.example"),
        "2031-02-06 06:12",
        "plain",
        "REMITTANCE ADVICE\n\nPayer:         Marlowe Group plc, Accounts Payable, PO Box 4471\nPayee:         FERNHILL OFFICE COFFEE LTD\nVendor no.:    100284\nPayment no.:   2000418832\nPayment date:  06.02.2031\nMethod:        BACS\n\nYour ref.      Doc. date      Gross amount    Deduction    Net paid\nFOC-50417      09.01.2031           412.80         0.00      412.80\nFOC-50652      16.01.2031           186.40         0.00      186.40\n                                                          ---------\nTotal paid (GBP)                                             599.20\n\nThis advice is generated automatically. Please do not reply to this message. For queries contact Marlowe Group Accounts Payable quoting the payment number.",
        lab(
            ("FOC-50417", "FOC-50652"),
            paid_date="2031-02-06",
            payment_reference="2000418832",
            amount="599.20",
            currency="GBP",
            note="SAP-style advice with day.month.year dates in a UK message; two invoices, the total is labelled",
        ),
        subject="Remittance Advice - Payment 2000418832",
        headers=(AUTO_GENERATED,),
        charset="us-ascii",
        cte="7bit",
    ),
    Item(
        "ps-en-sefton",
        "payment_sent",
        "en",
        ("Sefton Facilities Management Payments", "payments-noreply@seftonfm.example"),
        "2031-02-14 03:40",
        "html",
        "",
        lab(
            ("FOC-51208",),
            paid_date="2031-02-14",
            payment_reference="SFM-PAY-0087713",
            amount="1046.25",
            currency="GBP",
            note="HTML-only, base64 payment notification",
        ),
        subject="Payment notification from Sefton Facilities Management",
        cte="b64",
        markup=(
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Payment notification</title></head>\n'
            '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2933">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">\n'
            '<tr><td style="padding:24px 32px;border-bottom:3px solid #0b6e4f"><strong style="font-size:18px">Sefton Facilities Management</strong><br><span style="font-size:13px;color:#52606d">Accounts Payable</span></td></tr>\n'
            '<tr><td style="padding:24px 32px;font-size:14px;line-height:1.5">\n'
            "<p>Dear Supplier,</p>\n"
            "<p>We are pleased to let you know that the payment below has been released to your bank account.</p>\n"
            '<table cellpadding="6" cellspacing="0" style="font-size:14px;border-collapse:collapse;width:100%">\n'
            '<tr><td style="color:#52606d">Supplier</td><td>Fernhill Office Coffee Ltd</td></tr>\n'
            '<tr><td style="color:#52606d">Payment reference</td><td><strong>SFM-PAY-0087713</strong></td></tr>\n'
            '<tr><td style="color:#52606d">Payment date</td><td>14 February 2031</td></tr>\n'
            '<tr><td style="color:#52606d">Amount</td><td><strong>&pound;1,046.25</strong></td></tr>\n'
            "</table>\n"
            '<p style="margin-top:20px"><strong>Invoices included</strong></p>\n'
            '<table cellpadding="6" cellspacing="0" border="1" style="font-size:14px;border-collapse:collapse;border-color:#d9e2ec;width:100%">\n'
            '<tr><th align="left">Invoice number</th><th align="left">Invoice date</th><th align="right">Amount</th></tr>\n'
            '<tr><td>FOC-51208</td><td>27/01/2031</td><td align="right">&pound;1,046.25</td></tr>\n'
            "</table>\n"
            "<p>Please allow up to two working days for the funds to reach your account.</p>\n"
            '<p style="font-size:12px;color:#7b8794">This is an automated message from our purchase-to-pay system. Replies to this address are not monitored.</p>\n'
            "</td></tr></table>\n</td></tr></table>\n</body></html>\n"
        ),
    ),
    Item(
        "ps-en-eastmere",
        "payment_sent",
        "en",
        ("Eastmere District Council Payments", "payments@eastmere-dc.example"),
        "2031-02-20 11:02",
        "advice_pdf",
        "Eastmere District Council\nRemittance Advice\n\nSupplier: Fernhill Office Coffee Ltd (supplier no. 30118)\nRemittance no.: 77120448\nPayment date: 20/02/2031\nPayment method: Faster Payment\n\nA copy of this remittance is attached. The following invoices have been paid:\n\n| Invoice | Invoice date | Amount |\n| FOC-50903 | 21/01/2031 | £264.00 |\n| FOC-51017 | 24/01/2031 | £98.50 |\n| Total |  | £362.50 |\n\nThe payment will appear on your bank statement with the reference EDC 77120448.\n\nExchequer Services, Eastmere District Council\nThis is an automatically generated email; replies to this mailbox are not monitored.",
        lab(
            ("FOC-50903", "FOC-51017"),
            paid_date="2031-02-20",
            payment_reference="EDC 77120448",
            amount="362.50",
            currency="GBP",
            note="council remittance with a PDF copy; the reference is the one shown on the bank statement",
        ),
        subject="Eastmere District Council – Remittance Advice 77120448",
        headers=(AUTO_GENERATED,),
        attach=(
            "Remittance_77120448.pdf",
            fake_pdf("ps-en-eastmere", "Remittance 77120448"),
        ),
    ),
    Item(
        "ps-en-pollard",
        "payment_sent",
        "en",
        ("Gary Pollard", "gary@pollard-autocentre.example"),
        "2031-02-25 08:47",
        "outlook",
        "Paid.",
        lab(note="one word, remittance PDF attached; no date in the text"),
        headers=(SUPPRESS_ALL,),
        attach=(
            "Remittance 25-02-31.pdf",
            fake_pdf("ps-en-pollard", "Remittance advice"),
        ),
    ),
    Item(
        "ps-en-studionine",
        "payment_sent",
        "en",
        ("Priya Natarajan", "priya@studio-nine-hair.example"),
        "2031-02-27 15:20",
        "gmail",
        "Hi,\n\nPaid this morning by bank transfer – remittance from Xero pasted below. Could you send me a VAT invoice copy of FOC-51377 for our files? The one we got didn't have your VAT number on it and our accountant is asking.\n\nThanks,\nPriya\n\n---\nRemittance advice from Studio Nine Hair Ltd\nPayment date: 27 Feb 2031\nReference: STUDIO9-FOC51377\nAmount paid: £238.80\nBill: FOC-51377 – £238.80",
        lab(
            ("FOC-51377",),
            paid_date="2031-02-27",
            payment_reference="STUDIO9-FOC51377",
            amount="238.80",
            currency="GBP",
            note="paid, then asks for a corrected copy for the records: the copy is not a condition of paying, so payment_sent",
        ),
        inv="FOC-51377",
    ),
    Item(
        "ps-de-brandt",
        "payment_sent",
        "de",
        (
            "Kreditorenbuchhaltung Brandt Logistik",
            "zahlungsavis@brandt-logistik.example",
        ),
        "2031-02-12 05:31",
        "plain",
        "Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nzum Ausgleich der nachstehend aufgeführten Posten haben wir heute eine Überweisung auf Ihr Konto veranlasst.\n\nZahlungsbeleg:    1500023391\nZahlungsdatum:    12.02.2031\nKreditor-Nr.:     70044812\n\nIhre Rechnung   Datum           Betrag EUR    Skonto    Zahlbetrag EUR\nFOC-50588       15.01.2031        1.284,60      0,00          1.284,60\nFOC-50741       20.01.2031          312,90      0,00            312,90\n\nSumme                                                         1.597,50\n\nDieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        lab(
            ("FOC-50588", "FOC-50741"),
            paid_date="2031-02-12",
            payment_reference="1500023391",
            amount="1597.50",
            currency="EUR",
        ),
        subject="Zahlungsavis 1500023391 – Fernhill Office Coffee Ltd",
        headers=(AUTO_GENERATED,),
        charset="iso-8859-1",
    ),
    Item(
        "ps-fr-maurel",
        "payment_sent",
        "fr",
        (
            "Groupe Maurel – Comptabilité fournisseurs",
            "avis-paiement@groupe-maurel.example",
        ),
        "2031-02-18 07:15",
        "alt",
        "Madame, Monsieur,\n\nNous vous informons qu'un virement a été émis ce jour en règlement de la facture ci-dessous.\n\n| Référence facture | Date facture | Montant TTC |\n| FOC-50860 | 20/01/2031 | 756,00 € |\n| Total réglé |  | 756,00 € |\n\nDate d'émission : 18/02/2031\nRéférence du virement : VIR-2031-004417\nMode de règlement : virement SEPA\n\nLe délai de crédit sur votre compte dépend de votre banque (en général un à deux jours ouvrés).\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.\nGroupe Maurel – Centre de services partagés",
        lab(
            ("FOC-50860",),
            paid_date="2031-02-18",
            payment_reference="VIR-2031-004417",
            amount="756.00",
            currency="EUR",
        ),
        subject="Avis de paiement – virement n° VIR-2031-004417",
        headers=(AUTO_GENERATED,),
        charset="windows-1252",
    ),
    Item(
        "ps-es-almenara",
        "payment_sent",
        "es",
        ("Tesorería Seguros Almenara", "tesoreria@segurosalmenara.example"),
        "2031-02-21 09:40",
        "plain",
        "Estimado proveedor:\n\nLe comunicamos que con fecha 21/02/2031 hemos ordenado una transferencia a su favor por importe de 1.118,35 EUR, con el siguiente detalle:\n\n  Factura        Fecha factura    Importe\n  FOC-51102      28/01/2031       1.118,35 EUR\n\nReferencia de la orden de pago: OP-31-02-00719\nCuenta de abono: ES** **** **** **** **** 4471\n\nEl abono se verá reflejado en su cuenta en un plazo de 24 a 48 horas según su entidad.\n\nAtentamente,\nTesorería – Seguros Almenara, S.A.\nMensaje generado automáticamente.",
        lab(
            ("FOC-51102",),
            paid_date="2031-02-21",
            payment_reference="OP-31-02-00719",
            amount="1118.35",
            currency="EUR",
            note="transfer ordered on the message date; 'se verá reflejado en 24 a 48 horas' does not move the payment date",
        ),
        subject="Notificación de pago",
        headers=(AUTO_GENERATED,),
        cte="b64",
    ),
    Item(
        "ps-nl-meijer",
        "payment_sent",
        "nl",
        ("Meijer & De Wit Accountants", "noreply@meijerdewit.example"),
        "2031-02-07 12:02",
        "alt",
        "Geachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling aan Fernhill Office Coffee Ltd.\n\n| Factuurnummer | Factuurdatum | Bedrag |\n| FOC-50731 | 17-01-2031 | € 149,50 |\n| FOC-50799 | 20-01-2031 | € 62,40 |\n| Totaal |  | € 211,90 |\n\nBetaaldatum: 7-2-2031\nBetalingskenmerk: 2031-0207-014\n\nMet vriendelijke groet,\nFinanciële administratie Meijer & De Wit\nDit bericht is automatisch verzonden vanuit ons boekhoudpakket.",
        lab(
            ("FOC-50731", "FOC-50799"),
            paid_date="2031-02-07",
            payment_reference="2031-0207-014",
            amount="211.90",
            currency="EUR",
        ),
        subject="Betalingsspecificatie Meijer & De Wit",
        headers=(AUTO_GENERATED,),
    ),
    Item(
        "ps-it-sangiuseppe",
        "payment_sent",
        "it",
        (
            "Amministrazione Scuola San Giuseppe",
            "amministrazione@scuolasangiuseppe-monza.example",
        ),
        "2031-02-26 11:18",
        "plain",
        "Spett.le Fernhill Office Coffee Ltd,\n\ncon la presente Vi comunichiamo che in data 26/02/2031 è stato disposto a Vostro favore bonifico bancario a saldo della fattura n. FOC-51256 del 30/01/2031, per un importo di Euro 344,10 (trecentoquarantaquattro/10).\n\nCRO/TRN: 0306931055712408480320803200IT\n\nDistinti saluti.\nUfficio Amministrazione\nScuola Paritaria San Giuseppe\n\nMessaggio generato automaticamente dal sistema contabile.",
        lab(
            ("FOC-51256",),
            paid_date="2031-02-26",
            payment_reference="0306931055712408480320803200IT",
            amount="344.10",
            currency="EUR",
            note="Latin-1 sender writes 'Euro'; the TRN is the payment reference",
        ),
        subject="Avviso di pagamento fattura FOC-51256",
        headers=(AUTO_GENERATED,),
        charset="iso-8859-1",
        cte="8bit",
    ),
]


# --------------------------------------------------------------------------------------------
# Other (15): receipts, portal and ticket notices, people whose subject looks automatic
# --------------------------------------------------------------------------------------------

OTHER = [
    Item(
        "ot-en-whitfield",
        "other",
        "en",
        ("Sam Whitfield", "sam@whitfield-architects.example"),
        "2031-02-04 14:22",
        "mdn",
        "This is a Return Receipt for the mail that you sent to sam@whitfield-architects.example.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.",
        lab(note="read receipt (displayed): nothing to act on, not a reply"),
        subject="Return Receipt (displayed) - {rsub}",
        fields=(
            ("Reporting-UA", "whitfield-architects.example; Thunderbird"),
            ("Disposition", "manual-action/MDN-sent-manually; displayed"),
        ),
        headers=(("User-Agent", "Mozilla Thunderbird"),),
        thread=True,
        lag=318,
    ),
    Item(
        "ot-en-castlegate",
        "other",
        "en",
        ("Lee Brennan", "l.brennan@castlegate-dental.example"),
        "2031-02-26 16:40",
        "mdn",
        "Your message\n\n  To: Lee Brennan\n  Subject: {rsub}\n  Sent: {sent_en}\n\nwas deleted without being read on Wednesday, 26 February 2031 16:40:02 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        lab(note="Outlook 'Not read' notice: deleted unread, not a delivery failure"),
        subject="Not read: {rsub}",
        fields=(("Disposition", "automatic-action/MDN-sent-automatically; deleted"),),
        fill=True,
        ms=True,
        lag=456,
    ),
    Item(
        "ot-en-hartley",
        "other",
        "en",
        ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"),
        "2031-02-03 09:05",
        "report",
        "This is the mail system at host mx-out1.fernhill-coffee.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<{rcpt}>: delivery via mx.hartley-tutors.example[198.51.100.61]:25:\n    250 2.0.0 Ok: queued as 4Zq8mT1bKcz9vQX",
        lab(
            note="successful-delivery report (Action: relayed, 2.0.0): no failure, nothing from the customer"
        ),
        subject="Successful Mail Delivery Report",
        rcpt="office@hartley-tutors.example",
        from_raw=f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        dsn=Dsn(
            OUR_MTA,
            "relayed",
            "2.0.0",
            "250 2.0.0 Ok: queued as 4Zq8mT1bKcz9vQX",
            remote="mx.hartley-tutors.example",
            extra=(
                ("X-Postfix-Queue-ID", "{qid}"),
                ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
            ),
        ),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        mid=f"@{OUR_MTA}",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "ot-en-marlow",
        "other",
        "en",
        ("MailShield for Marlow Estates", "noreply@mailshield.example"),
        "2031-02-10 09:05",
        "alt",
        "Hello,\n\nYou recently sent a message to enquiries@marlow-estates.example. To cut down on unwanted email, Marlow Estates only accepts messages from senders it already knows.\n\nYour message is being held in a waiting area and will be delivered as soon as you confirm that you are a real person. Please visit the link below – you only need to do this once.\n\nhttps://confirm.mailshield.example/r/7QK2-MF9D-31XA\n\nHeld message: {rsub}\nSent: {rdate}\n\nIf nobody confirms within 7 days, the held message will be deleted.\n\nMailShield sender verification",
        lab(
            note="challenge-response hold: needs a person to confirm; not a failure report and not an out-of-office"
        ),
        subject="Please confirm your message to enquiries@marlow-estates.example",
        rcpt="enquiries@marlow-estates.example",
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "ot-en-ravenscourt",
        "other",
        "en",
        ("Ravenscourt Insurance via SupplierHub", "notifications@supplierhub.example"),
        "2031-02-13 11:34",
        "alt",
        "Hello Fernhill Office Coffee Ltd,\n\nRavenscourt Insurance has sent you a message about invoice FOC-50977.\n\nFrom: Accounts Payable – Ravenscourt Insurance\nSubject: Invoice FOC-50977\n\nTo read and reply to this message, sign in to SupplierHub. Messages about invoices can't be answered by replying to this email.\n\nSign in: https://supplierhub.example/inbox\n\nYou're receiving this because you're the primary contact for this supplier account. You can change your notification settings in your profile.",
        lab(
            ("FOC-50977",),
            note="portal notification: someone must log in to read the customer's message",
        ),
        subject="New message about invoice FOC-50977",
        headers=(AUTO_GENERATED,),
        inv="FOC-50977",
        thread=False,
    ),
    Item(
        "ot-en-harcourt",
        "other",
        "en",
        ("Harcourt Group Finance Support", "finance.support@harcourt-group.example"),
        "2031-02-19 15:02",
        "alt",
        "Dear Fernhill Office Coffee,\n\nYour request FS-40127 has been updated by Priya Shah.\n\nComment:\nHi, I've moved this over to our Facilities team as they manage the coffee machine contract for the Leeds office and approve those invoices. They'll pick it up from here and come back to you directly.\n\nStatus: Transferred\nAssigned group: Facilities – North\n\nPlease do not change the subject line when replying, so that your reply is added to the request.\n\nHarcourt Group Finance Support",
        lab(
            note="ticket update carrying an agent's comment: passed on internally, no new address, no commitment"
        ),
        subject="[Request ID :##FS-40127##] : {rsub}",
        headers=(AUTO_GENERATED,),
        lag=358,
    ),
    Item(
        "ot-en-pearce",
        "other",
        "en",
        ("Jo Pearce", "jo@pearce-physio.example"),
        "2031-02-11 13:05",
        "iphone",
        "Hi, I'm actually on leave this week but saw this come through on my phone. I've forwarded it to Martin in the office who does all our supplier stuff so he'll pick it up.\nJo",
        lab(
            note="a person typed 'Out of office' as the subject; forwarded internally, no commitment"
        ),
        subject="Out of office",
    ),
    Item(
        "ot-en-wesley",
        "other",
        "en",
        ("Claire Hodges", "bursar@wesley-grange-school.example"),
        "2031-02-24 10:41",
        "html_only",
        "Hello,\n\nPlease ignore my automatic reply – I'm back in school earlier than planned. I've seen your email and I'm looking into it with the office, and I'll come back to you once I've checked our records.\n\nKind regards,\nClaire Hodges\nSchool Business Manager",
        lab(
            note="a person writing under an 'Automatic reply:' subject; looking into it is not a promise"
        ),
        subject="Automatic reply: {rsub}",
    ),
    Item(
        "ot-de-albers",
        "other",
        "de",
        ("Birgit Albers", "b.albers@albers-hausverwaltung.example"),
        "2031-02-05 11:31",
        "mdn",
        "Ihre Nachricht\n\n  An: Birgit Albers\n  Betreff: {rsub}\n  Gesendet: {sent_de}\n\nwurde am Mittwoch, 5. Februar 2031 11:31:09 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.",
        lab(note="Outlook read receipt"),
        subject="Gelesen: {rsub}",
        fields=(("Disposition", "manual-action/MDN-sent-manually; displayed"),),
        fill=True,
        ms=True,
        lag=87,
        charset="iso-8859-1",
    ),
    Item(
        "ot-fr-alpessud",
        "other",
        "fr",
        (
            "Portail fournisseurs Région Alpes-Sud",
            "ne-pas-repondre@fournisseurs.alpes-sud.example",
        ),
        "2031-02-20 14:12",
        "alt",
        "Bonjour,\n\nUn nouveau commentaire a été déposé par le service ordonnateur sur la facture FOC-51044 de Fernhill Office Coffee Ltd.\n\nPour le consulter et y répondre, connectez-vous à votre espace fournisseur. Aucune réponse envoyée à ce courriel ne sera traitée.\n\nStatut actuel de la facture : En cours de traitement\n\nCordialement,\nLe portail fournisseurs de la Région Alpes-Sud",
        lab(
            ("FOC-51044",),
            note="public buyer's portal notice: a person must log in to read the comment",
        ),
        subject="Nouveau commentaire sur votre facture FOC-51044",
        headers=(AUTO_GENERATED,),
        inv="FOC-51044",
        thread=False,
    ),
    Item(
        "ot-es-rocio",
        "other",
        "es",
        ("Rocío Márquez", "rocio@peluqueria-rocio.example"),
        "2031-02-13 17:48",
        "outlook",
        "Hola, recibido. Esta semana estamos de inventario y no me da la vida, lo miro con calma el lunes y os digo algo.\nRocío",
        lab(
            note="a person writing under a 'Respuesta automática' subject; 'lo miro el lunes' is not a promise to pay"
        ),
        subject="Respuesta automática: {rsub}",
        charset="windows-1252",
    ),
    Item(
        "ot-es-talia",
        "other",
        "es",
        ("Centro de Servicios Grupo Talia", "soporte.admin@grupotalia.example"),
        "2031-02-24 12:30",
        "alt",
        "Hola,\n\nTu incidencia INC-0049133 ha sido cerrada.\n\nResolución indicada por el técnico (Andrés Gil):\n«Se ha trasladado la consulta al departamento de Compras, que es quien gestiona el contrato de las máquinas de café de la oficina de Zaragoza. Cierro la incidencia por nuestra parte.»\n\nSi consideras que la incidencia no está resuelta, puedes reabrirla respondiendo a este correo en los próximos 7 días.\n\nCentro de Servicios – Grupo Talia",
        lab(
            note="ticket closed with an agent's resolution: passed to purchasing, no address, nothing promised"
        ),
        subject="Incidencia INC-0049133 cerrada",
        headers=(AUTO_GENERATED,),
        lag=145,
    ),
    Item(
        "ot-nl-rijnmond",
        "other",
        "nl",
        (
            "Leveranciersportaal Onderwijsgroep Rijnmond",
            "portaal-noreply@onderwijsgroep-rijnmond.example",
        ),
        "2031-02-14 09:50",
        "alt",
        "Beste leverancier,\n\nEr staat een nieuw bericht voor u klaar in het leveranciersportaal over factuur FOC-51140.\n\nLog in op het portaal om het bericht te lezen en te beantwoorden. Reacties op deze e-mail worden niet gelezen.\n\nMet vriendelijke groet,\nStichting Onderwijsgroep Rijnmond\nFinanciële administratie",
        lab(("FOC-51140",), note="portal notification"),
        subject="Nieuw bericht over factuur FOC-51140",
        headers=(AUTO_GENERATED,),
        inv="FOC-51140",
        thread=False,
    ),
    Item(
        "ot-it-belli",
        "other",
        "it",
        (
            "Per conto di: amministrazione@pec.studiobelli.example",
            "posta-certificata@pec.gestorepec.example",
        ),
        "2031-02-11 10:04",
        "pec",
        'Ricevuta di avvenuta consegna\n\nIl giorno 11/02/2031 alle ore 10:04:00 (+0100) il messaggio\n"{rsub}" proveniente da "{ar}"\ned indirizzato a "{rcpt}"\nè stato consegnato nella casella di destinazione.\nIdentificativo messaggio: {rmid}',
        lab(note="certified-mail delivery receipt: delivered, nothing from the customer"),
        subject="CONSEGNA: {rsub}",
        rcpt="amministrazione@pec.studiobelli.example",
        fill=True,
        headers=(
            ("X-Ricevuta", "avvenuta-consegna"),
            ("X-Riferimento-Message-ID", "{rmid}"),
            ("X-Trasporto", "posta-certificata"),
        ),
        fields=(("tipo", "avvenuta-consegna"), ("gestore", "GestorePEC S.p.A.")),
        thread=False,
        lag=1,
    ),
    Item(
        "ot-it-pini",
        "other",
        "it",
        ("Alessandro Pini", "a.pini@pini-assicurazioni.example"),
        "2031-02-18 19:12",
        "iphone",
        "Sono fuori sede fino a domani sera, ho visto la mail. Appena rientro controllo con la banca e vi faccio sapere.\nAlessandro",
        lab(
            note="a person under a 'Fuori sede' subject, from his phone: he will check, nothing promised"
        ),
        subject="Fuori sede",
    ),
]


# --------------------------------------------------------------------------------------------
# Bounces (40: 20 hard, 20 soft). Skeletons are generated; the human-readable text is written
# out per report, in the words and layout of the software that would send it.
# --------------------------------------------------------------------------------------------

POSTFIX = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
POSTFIX_EXTRA = (
    ("X-Postfix-Queue-ID", "{qid}"),
    ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
)
POSTFIX_HEAD = (
    "This is the mail system at host mx-out1.fernhill-coffee.example.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
)
NDR = (AUTO_REPLIED, ("X-MS-Exchange-Message-Is-Ndr", ""))


def bounce(kind: str, rcpt: str, status: str | None, note: str | None = None) -> dict[str, object]:
    """Labels of a delivery report."""
    return lab(bounce_kind=kind, failed_recipient=rcpt, bounce_status=status, note=note)


BOUNCES = [
    # ---- English, hard ----
    Item(
        "bo-en-kestrel",
        "bounce",
        "en",
        ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"),
        "2031-02-03 09:06",
        "report",
        POSTFIX_HEAD
        + "<{rcpt}>: host\n    mail.kestrelhouse-lettings.example[203.0.113.18] said: 550 5.1.1\n    <{rcpt}>: Recipient address rejected: User\n    unknown in local recipient table (in reply to RCPT TO command)",
        bounce(
            "hard",
            "office@kestrelhouse-lettings.example",
            "5.1.1",
            "Postfix RFC 3464 report with the whole reminder returned",
        ),
        subject="Undelivered Mail Returned to Sender",
        rcpt="office@kestrelhouse-lettings.example",
        from_raw=POSTFIX,
        dsn=Dsn(
            OUR_MTA,
            "failed",
            "5.1.1",
            "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
            remote="mail.kestrelhouse-lettings.example",
            returned="full",
            extra=POSTFIX_EXTRA,
        ),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        mid=f"@{OUR_MTA}",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-en-harrowgate",
        "bounce",
        "en",
        ("Mail Delivery Subsystem", "MAILER-DAEMON@relay.harrowgate-motors.example"),
        "2031-02-10 09:07",
        "report",
        "The original message was received at {rdate}\nfrom mx-out1.fernhill-coffee.example [192.0.2.25]\n\n   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: 551 5.1.6 User has moved; please try <dokafor@okafor-autos.example>)\n\n   ----- Transcript of session follows -----\n... while talking to mail.harrowgate-motors.example.:\n>>> RCPT To:<{rcpt}>\n<<< 551 5.1.6 User has moved; please try <dokafor@okafor-autos.example>\n551 5.1.6 <{rcpt}>... User has moved; please try <dokafor@okafor-autos.example>",
        bounce(
            "hard",
            "d.okafor@harrowgate-motors.example",
            "5.1.6",
            "Sendmail report: 'user has moved' with a forwarding hint; bounce wins and the hint is not labelled",
        ),
        subject="Returned mail: see transcript for details",
        rcpt="d.okafor@harrowgate-motors.example",
        dsn=Dsn(
            "relay.harrowgate-motors.example",
            "failed",
            "5.1.6",
            "551 5.1.6 User has moved; please try <dokafor@okafor-autos.example>",
            remote="mail.harrowgate-motors.example",
            extra=(("Received-From-MTA", f"DNS; {OUR_MTA}"),),
        ),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        headers=(("Auto-Submitted", "auto-generated (failure)"),),
    ),
    Item(
        "bo-en-gmail-disabled",
        "bounce",
        "en",
        ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        "2031-02-05 09:05",
        "report_alt",
        "** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=DisabledUser\n\nThe response was:\n\nThe email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43bd2b6c1f1si1702355e9.112 - gsmtp",
        bounce(
            "hard",
            "mollys.nailbar@gmail.com",
            "5.2.1",
            "Gmail report: account disabled, a permanent failure",
        ),
        subject="Delivery Status Notification (Failure)",
        rcpt="mollys.nailbar@gmail.com",
        dsn=Dsn(
            "mx.google.com",
            "failed",
            "5.2.1",
            "550-5.2.1 The email account that you tried to reach is disabled.",
            remote="gmail-smtp-in.l.google.com",
        ),
        fill=True,
        mid="gmail",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "{rcpt}")),
    ),
    Item(
        "bo-en-velvet",
        "bounce",
        "en",
        ("", "MAILER-DAEMON@mail.velvetandvine-hair.example"),
        "2031-02-12 09:08",
        "nonmime",
        "Hi. This is the qmail-send program at mail.velvetandvine-hair.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <{ar}>\nReceived: (qmail 28814 invoked from network); {rdate}\nReceived: from mx-out1.fernhill-coffee.example (192.0.2.25)\n  by mail.velvetandvine-hair.example with SMTP; {rdate}",
        bounce(
            "hard",
            "bookings@velvetandvine-hair.example",
            "5.1.1",
            "qmail notice, no MIME at all, the reminder copied inline",
        ),
        subject="failure notice",
        rcpt="bookings@velvetandvine-hair.example",
        dsn=Dsn("mail.velvetandvine-hair.example", "failed", "5.1.1", returned="full"),
        fill=True,
        charset="us-ascii",
        cte="7bit",
    ),
    Item(
        "bo-en-staldhelm",
        "bounce",
        "en",
        ("Mail Delivery System", "Mailer-Daemon@mail.st-aldhelms-primary.example"),
        "2031-02-19 09:06",
        "report",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  j.pryce.bursar@outlook.com\n    (generated from {rcpt})\n    host outlook-com.olc.protection.outlook.com [203.0.113.77]\n    SMTP error from remote mail server after RCPT TO:<j.pryce.bursar@outlook.com>:\n    550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A5E.eurprd04.prod.outlook.com]",
        bounce(
            "hard",
            "office@st-aldhelms-primary.example",
            "5.0.0",
            "auto-forward failure: the reminder to office@ was forwarded to a dead outlook.com address; the address on the reminder is labelled (Final-Recipient names the forward target); Exim's DSN Status is 5.0.0 while the remote said 550 5.5.0",
        ),
        subject="Mail delivery failed: returning message to sender",
        rcpt="office@st-aldhelms-primary.example",
        dsn=Dsn(
            "mail.st-aldhelms-primary.example",
            "failed",
            "5.0.0",
            "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).",
            remote="outlook-com.olc.protection.outlook.com",
            final="j.pryce.bursar@outlook.com",
            returned="full",
        ),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "j.pryce.bursar@outlook.com")),
    ),
    # ---- English, soft ----
    Item(
        "bo-en-ravenscourt-full",
        "bounce",
        "en",
        ("Microsoft Outlook", "postmaster@ravenscourt-insurance.example"),
        "2031-02-04 09:05",
        "report_alt",
        "Your message to {rcpt} couldn't be delivered.\n\nap.invoices's mailbox is full.\n\nAction Required: Recipient\n\nMailbox full\n\nHow to Fix It\nThe recipient's mailbox has reached its size limit and can't accept new messages at the moment. Try sending your message again later, or contact the recipient some other way, for example by phone, and ask them to make some room in their mailbox.\n\nMore Info for Email Admins\nStatus code: 554 5.2.2\n\nThis error occurs when the recipient's mailbox has exceeded its storage quota.\n\nOriginal Message Details\nCreated Date: {rdate}\nSender Address: accounts@fernhill-coffee.example\nRecipient Address: {rcpt}\nSubject: {rsub}\n\nError Details\nReported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\nDSN generated by: LO2P265MB5632.GBRP265.PROD.OUTLOOK.COM",
        bounce(
            "soft",
            "ap.invoices@ravenscourt-insurance.example",
            "5.2.2",
            "Office 365 report: mailbox full is soft even with a 5.x code",
        ),
        subject="Undeliverable: {rsub}",
        rcpt="ap.invoices@ravenscourt-insurance.example",
        dsn=Dsn(
            "LO2P265MB5632.GBRP265.PROD.OUTLOOK.COM",
            "failed",
            "5.2.2",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        ),
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-en-yahoo-deferred",
        "bounce",
        "en",
        ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"),
        "2031-02-17 13:07",
        "report",
        "This is the mail system at host mx-out1.fernhill-coffee.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<{rcpt}>: host mta7.am0.yahoodns.net[198.51.100.140] said: 421 4.7.0\n    [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected\n    volume or user complaints - 4.16.55.1; see\n    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM\n    command)",
        bounce(
            "soft",
            "chloe.browstudio@yahoo.co.uk",
            "4.7.0",
            "Postfix delay warning for a Yahoo deferral ('will retry')",
        ),
        subject="Delayed Mail (still being retried)",
        rcpt="chloe.browstudio@yahoo.co.uk",
        from_raw=POSTFIX,
        lag=242,
        dsn=Dsn(
            OUR_MTA,
            "delayed",
            "4.7.0",
            "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            remote="mta7.am0.yahoodns.net",
            retry_hours=120,
            extra=POSTFIX_EXTRA,
        ),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        mid=f"@{OUR_MTA}",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-en-hotmail-dmarc",
        "bounce",
        "en",
        ("Microsoft Outlook", "postmaster@outlook.com"),
        "2031-02-24 09:06",
        "report_alt",
        "Delivery has failed to these recipients or groups:\n\n{rcpt}\nYour message wasn't delivered because the recipient's email provider rejected it.\n\nDiagnostic information for administrators:\n\nGenerating server: DB8PR09MB3994.eurprd09.prod.outlook.com\n\n{rcpt}\nRemote Server returned '550 5.7.509 Access denied, sending domain fernhill-coffee.example does not pass DMARC verification and has a DMARC policy of reject. [DB1PEPF000509F0.eurprd03.prod.outlook.com 2031-02-24T09:06:02.311Z 08DD53A1C4F5E7B2]'",
        bounce(
            "soft",
            "dave.mobilemechanic@hotmail.co.uk",
            "5.7.509",
            "Outlook.com DMARC rejection: a policy failure, soft",
        ),
        subject="Undeliverable: {rsub}",
        rcpt="dave.mobilemechanic@hotmail.co.uk",
        dsn=Dsn(
            "DB8PR09MB3994.eurprd09.prod.outlook.com",
            "failed",
            "5.7.509",
            "550 5.7.509 Access denied, sending domain fernhill-coffee.example does not pass DMARC verification and has a DMARC policy of reject.",
        ),
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-en-bloom-toolarge",
        "bounce",
        "en",
        ("Mail Delivery System", "Mailer-Daemon@server214.brightnet-hosting.example"),
        "2031-02-26 09:09",
        "nonmime",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  {rcpt}\n    host mx1.bloom-beauty-rooms.example [198.51.100.90]\n    SMTP error from remote mail server after end of data:\n    552 5.3.4 Message size exceeds fixed maximum message size\n\n------ This is a copy of the message's headers. ------\n",
        bounce(
            "soft",
            "studio@bloom-beauty-rooms.example",
            "5.3.4",
            "Exim on a hosting server, no MIME; message too large is soft",
        ),
        subject="Mail delivery failed: returning message to sender",
        rcpt="studio@bloom-beauty-rooms.example",
        dsn=Dsn("server214.brightnet-hosting.example", "failed", "5.3.4"),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        reminder_pdf=True,
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "{rcpt}")),
    ),
    Item(
        "bo-en-pennant",
        "bounce",
        "en",
        ("Pennant Schools Trust IT Support", "itsupport@pennant-schools.example"),
        "2031-02-06 09:12",
        "plain",
        "Hello,\n\nYour email to finance@pennant-schools.example could not be delivered because the mailbox has gone over its storage limit. Our team has been told and is clearing space. Please try sending it again in a day or two.\n\nSubject of your email: {rsub}\n\nPennant Schools Trust – IT Support",
        bounce(
            "soft",
            "finance@pennant-schools.example",
            None,
            "ordinary-looking sender, no automatic header: only the subject and text say it; over quota is soft; no status code given",
        ),
        subject="Message not delivered",
        rcpt="finance@pennant-schools.example",
        fill=True,
        thread=False,
    ),
    # ---- German ----
    Item(
        "bo-de-webde",
        "bounce",
        "de",
        ("Mail Delivery System", "mailer-daemon@web.de"),
        "2031-02-04 10:06",
        "report",
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx-ha03.web.de.\n\nIhre E-Mail konnte leider nicht zugestellt werden. Der folgende Empfänger ist bei uns nicht (mehr) bekannt:\n\n    {rcpt}\n    SMTP-Antwort: 550 5.1.1 Postfach nicht vorhanden / mailbox unavailable\n\nBitte überprüfen Sie die Schreibweise der Adresse. Eine erneute Zustellung wird nicht versucht.\n\nDie Kopfzeilen Ihrer Nachricht finden Sie im Anhang.",
        bounce("hard", "salon.yildiz@web.de", "5.1.1"),
        subject="Unzustellbar: {rsub}",
        rcpt="salon.yildiz@web.de",
        dsn=Dsn(
            "mx-ha03.web.de",
            "failed",
            "5.1.1",
            "550 5.1.1 Requested action not taken: mailbox unavailable",
        ),
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-de-brandt",
        "bounce",
        "de",
        ("Microsoft Exchange", "postmaster@autohaus-brandt-soehne.example"),
        "2031-02-13 10:05",
        "ndr_mixed",
        "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\nKarin Brandt ({rcpt})\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr E-Mail-Supportpersonal.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: EXCH01.autohaus-brandt-soehne.example\n\n{rcpt}\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
        bounce(
            "hard",
            "k.brandt@autohaus-brandt-soehne.example",
            "5.1.1",
            "on-premises Exchange report without a delivery-status part",
        ),
        subject="Unzustellbar: {rsub}",
        rcpt="k.brandt@autohaus-brandt-soehne.example",
        fill=True,
        mid="@EXCH01.autohaus-brandt-soehne.example",
        headers=NDR,
    ),
    Item(
        "bo-de-hartmannvogt",
        "bounce",
        "de",
        ("Kanzlei Hartmann & Vogt – IT", "it@hartmann-vogt-recht.example"),
        "2031-02-18 10:21",
        "plain",
        "Sehr geehrte Damen und Herren,\n\nIhre Nachricht an l.vogt@hartmann-vogt-recht.example von heute Vormittag konnte nicht zugestellt werden. Frau Vogt ist nicht mehr für unsere Kanzlei tätig, ihr Postfach wurde gelöscht (550 5.1.1 user unknown).\n\nBitte richten Sie Ihr Anliegen an kanzlei@hartmann-vogt-recht.example.\n\nMit freundlichen Grüßen\nIT-Administration\nKanzlei Hartmann & Vogt",
        bounce(
            "hard",
            "l.vogt@hartmann-vogt-recht.example",
            "5.1.1",
            "reads like a 'she has left' note from an ordinary sender, but says the message was not delivered (mailbox deleted, 5.1.1): bounce wins over wrong_contact; the office address is not labelled",
        ),
        subject="Nachricht konnte nicht zugestellt werden",
        rcpt="l.vogt@hartmann-vogt-recht.example",
        charset="iso-8859-1",
        cte="8bit",
        thread=False,
    ),
    Item(
        "bo-de-gmx-full",
        "bounce",
        "de",
        ("Mail Delivery System", "mailer-daemon@gmx.net"),
        "2031-02-11 14:07",
        "report",
        "Hallo,\n\ndies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus Ihrer Nachricht.\n\nIhre Nachricht an {rcpt} konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers voll ist:\n\n    452 4.2.2 Mailbox voll / mailbox full\n\nWir versuchen die Zustellung in den nächsten Tagen weiter. Sie brauchen nichts zu tun; schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Nachricht.\n\nIhr GMX Mail-System",
        bounce(
            "soft",
            "werkstatt.kowalski@gmx.de",
            "4.2.2",
            "delay warning: mailbox full, will retry",
        ),
        subject="Warnung: Nachricht noch nicht zugestellt",
        rcpt="werkstatt.kowalski@gmx.de",
        lag=244,
        dsn=Dsn(
            "mout-xforward.gmx.net",
            "delayed",
            "4.2.2",
            "452 4.2.2 Mailbox full",
            retry_hours=96,
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-de-muehlbach-delay",
        "bounce",
        "de",
        ("Microsoft Outlook", "postmaster@stadtwerke-muehlbach.example"),
        "2031-02-20 14:09",
        "report_alt",
        "Die Zustellung an folgende Empfänger oder Gruppen ist verzögert:\n\n{rcpt}\n\nBetreff: {rsub}\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\nDer Server versucht noch 1 Tag(e), 19 Stunde(n) und 56 Minute(n), die Nachricht zuzustellen. Sie werden benachrichtigt, wenn die Nachricht bis dahin nicht zugestellt werden kann.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: FR3P281MB2217.DEUP281.PROD.OUTLOOK.COM\nLetzter Fehler: 451 4.4.7 Message delayed",
        bounce(
            "soft",
            "rechnungseingang@stadtwerke-muehlbach.example",
            "4.4.7",
            "Exchange 'Zustellung verzögert' with a delayed delivery-status part",
        ),
        subject="Zustellung verzögert: {rsub}",
        rcpt="rechnungseingang@stadtwerke-muehlbach.example",
        lag=244,
        dsn=Dsn(
            "FR3P281MB2217.DEUP281.PROD.OUTLOOK.COM",
            "delayed",
            "4.4.7",
            "451 4.4.7 Message delayed",
            retry_hours=48,
        ),
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-de-lindenweg-rbl",
        "bounce",
        "de",
        ("Postmaster", "postmaster@mailrelay.schulverbund-nord.example"),
        "2031-02-25 10:05",
        "report",
        "Dies ist eine automatische Nachricht des Mailrelays des Schulverbunds Nord.\n\nIhre Nachricht an {rcpt} wurde aus Sicherheitsgründen abgelehnt. Der einliefernde Server 192.0.2.25 steht derzeit auf einer öffentlichen Sperrliste (RBL).\n\n    554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.example\n\nWenn Sie der Meinung sind, dass es sich um einen Irrtum handelt, wenden Sie sich bitte an Ihren E-Mail-Anbieter oder auf anderem Weg an den Empfänger.",
        bounce(
            "soft",
            "sekretariat@gs-lindenweg.example",
            "5.7.1",
            "blocklist rejection: a policy failure, soft",
        ),
        subject="Nicht zustellbar: {rsub}",
        rcpt="sekretariat@gs-lindenweg.example",
        dsn=Dsn(
            "mailrelay.schulverbund-nord.example",
            "failed",
            "5.7.1",
            "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.example",
        ),
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    # ---- French ----
    Item(
        "bo-fr-orange",
        "bounce",
        "fr",
        ("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
        "2031-02-05 10:06",
        "report",
        "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n  Destinataire : {rcpt}\n  Motif : adresse inconnue\n  Réponse du serveur : 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]\n\nIl s'agit d'une erreur permanente, le message ne sera pas renvoyé.\n\nLe message d'origine est joint.",
        bounce(
            "hard",
            "coiffure.nathalie@orange.fr",
            "5.1.1",
            "provider report with the whole reminder returned",
        ),
        subject="Message non remis : {rsub}",
        rcpt="coiffure.nathalie@orange.fr",
        dsn=Dsn(
            "smtp-in.orange.fr",
            "failed",
            "5.1.1",
            "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
            returned="full",
        ),
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-fr-saintvallier",
        "bounce",
        "fr",
        ("Microsoft Outlook", "postmaster@mairie-saintvallier.example"),
        "2031-02-10 10:05",
        "report_alt",
        "Votre message à {rcpt} n'a pas pu être remis.\n\nregie.cantine est introuvable sur mairie-saintvallier.example.\n\nAction requise : Expéditeur\n\nDestinataire inconnu\n\nComment résoudre le problème\nL'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez l'adresse du destinataire, puis renvoyez le message.\n\nInformations supplémentaires pour les administrateurs de messagerie\nCode d'état : 550 5.1.10\n\nCette erreur se produit lorsque l'adresse de messagerie du destinataire est introuvable dans l'organisation de destination.\n\nDétails du message d'origine\nDate de création : {rdate}\nAdresse de l'expéditeur : accounts@fernhill-coffee.example\nAdresse du destinataire : {rcpt}\nObjet : {rsub}",
        bounce("hard", "regie.cantine@mairie-saintvallier.example", "5.1.10"),
        subject="Non remis : {rsub}",
        rcpt="regie.cantine@mairie-saintvallier.example",
        dsn=Dsn(
            "PR3P192MB0874.EURP192.PROD.OUTLOOK.COM",
            "failed",
            "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient regie.cantine@mairie-saintvallier.example not found by SMTP address lookup",
        ),
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-fr-morel",
        "bounce",
        "fr",
        ("Cabinet Morel Avocats", "noreply@cabinet-morel-avocats.example"),
        "2031-02-17 10:05",
        "plain",
        "Ceci est une réponse automatique.\n\nVotre message à l'attention de s.morel@cabinet-morel-avocats.example n'a pas pu être distribué : cette boîte aux lettres a été supprimée et l'adresse n'existe plus (550 5.1.1 destinataire inconnu). Votre message n'a été ni lu ni transmis.\n\nCabinet Morel Avocats",
        bounce(
            "hard",
            "s.morel@cabinet-morel-avocats.example",
            "5.1.1",
            "auto-reply dress ('Réponse automatique', Auto-Submitted: auto-replied) around a non-delivery report with 5.1.1: bounce",
        ),
        subject="Réponse automatique : {rsub}",
        rcpt="s.morel@cabinet-morel-avocats.example",
        headers=(AUTO_REPLIED,),
        thread=True,
        ms=True,
    ),
    Item(
        "bo-fr-lemaire-full",
        "bounce",
        "fr",
        ("", "postmaster@orange.fr"),
        "2031-02-12 10:07",
        "plain",
        "Bonjour,\n\nVotre message n'a pas encore pu être remis : la boîte aux lettres de {rcpt} est pleine.\n\n  Réponse du serveur distant : 452 4.2.2 Boîte aux lettres pleine / Mailbox full\n\nNous tenterons à nouveau de remettre votre message pendant 72 heures. Si la boîte est toujours pleine à l'issue de ce délai, le message vous sera retourné.\n\n---- En-têtes du message d'origine ----\nFrom: {ar}\nTo: {rcpt}\nSubject: {rsub}\nDate: {rdate}\nMessage-ID: {rmid}",
        bounce(
            "soft",
            "garage.lemaire@wanadoo.fr",
            "4.2.2",
            "single-part provider notice with the original headers inline",
        ),
        subject="Avis de retard de remise : {rsub}",
        rcpt="garage.lemaire@wanadoo.fr",
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-fr-lumen-delay",
        "bounce",
        "fr",
        ("Serveur de messagerie", "mailer-daemon@mx2.hebergement-alpin.example"),
        "2031-02-19 14:07",
        "report",
        "Ceci est un message d'avertissement automatique : votre message n'a pas encore été distribué.\n\nDestinataire : {rcpt}\nMotif : le serveur de destination mail.agence-lumen-immo.example ne répond pas (délai de connexion dépassé).\nStatut : 4.4.1\n\nNous continuerons d'essayer de le distribuer pendant 5 jours. Vous n'avez rien à faire pour l'instant.\n\nSi la distribution échoue définitivement, vous recevrez un avis de non-remise.",
        bounce("soft", "compta@agence-lumen-immo.example", "4.4.1"),
        subject="Avertissement : message retardé ({rsub})",
        rcpt="compta@agence-lumen-immo.example",
        lag=242,
        dsn=Dsn(
            "mx2.hebergement-alpin.example",
            "delayed",
            "4.4.1",
            "421 4.4.1 Connection timed out",
            remote="mail.agence-lumen-immo.example",
            retry_hours=120,
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-fr-pasteur-toolarge",
        "bounce",
        "fr",
        ("Microsoft Outlook", "postmaster@lycee-pasteur-valence.example"),
        "2031-02-26 10:06",
        "report_alt",
        "La remise a échoué pour ces destinataires ou groupes :\n\n{rcpt}\nLe message est trop volumineux pour le destinataire. Réduisez la taille du message, par exemple en supprimant des pièces jointes, puis essayez de l'envoyer à nouveau.\n\nInformations de diagnostic pour les administrateurs :\n\nServeur de génération : PAXP193MB1755.EURP193.PROD.OUTLOOK.COM\n\n{rcpt}\nLe serveur distant a retourné « 550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route »",
        bounce(
            "soft",
            "gestion@lycee-pasteur-valence.example",
            "5.3.4",
            "message too large: soft",
        ),
        subject="Non remis : {rsub}",
        rcpt="gestion@lycee-pasteur-valence.example",
        dsn=Dsn(
            "PAXP193MB1755.EURP193.PROD.OUTLOOK.COM",
            "failed",
            "5.3.4",
            "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route",
        ),
        fill=True,
        mid="ms",
        reminder_pdf=True,
        headers=NDR,
    ),
    # ---- Spanish ----
    Item(
        "bo-es-telefonica",
        "bounce",
        "es",
        ("", "MAILER-DAEMON@telefonica.net"),
        "2031-02-06 10:06",
        "report",
        "Este es un mensaje generado automáticamente por el sistema de correo.\n\nNo ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n  {rcpt}\n  Motivo: la cuenta de correo no existe (550 5.1.1 usuario desconocido)\n\nSe trata de un error permanente; no se realizarán más intentos de entrega.\n\nSe adjuntan las cabeceras del mensaje original.",
        bounce("hard", "autoescuela.rivas@telefonica.net", "5.1.1"),
        subject="Notificación de estado de entrega: mensaje no entregado",
        rcpt="autoescuela.rivas@telefonica.net",
        dsn=Dsn(
            "smtp-in.telefonica.net",
            "failed",
            "5.1.1",
            "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        ),
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-es-ebro",
        "bounce",
        "es",
        ("Microsoft Outlook", "postmaster@logistica-ebro.example"),
        "2031-02-12 10:05",
        "ndr_mixed",
        "No se pudo entregar a estos destinatarios o grupos:\n\n{rcpt}\nLa dirección de correo electrónico que escribió no se encontró o no acepta mensajes de remitentes externos a su organización. Póngase en contacto con el destinatario por otro medio.\n\nInformación de diagnóstico para administradores:\n\nServidor de generación: MRZP264MB2471.FRAP264.PROD.OUTLOOK.COM\n\n{rcpt}\nEl servidor remoto devolvió '550 5.4.1 Recipient address rejected: Access denied. [MRZP264MB2471.FRAP264.PROD.OUTLOOK.COM]'",
        bounce(
            "hard",
            "facturas.proveedores@logistica-ebro.example",
            "5.4.1",
            "Office 365 report without a delivery-status part",
        ),
        subject="No se puede entregar: {rsub}",
        rcpt="facturas.proveedores@logistica-ebro.example",
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-es-alba-nxdomain",
        "bounce",
        "es",
        ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        "2031-02-18 10:05",
        "report_alt",
        "** No se ha encontrado la dirección **\n\nTu mensaje no se ha entregado a {rcpt} porque no se ha encontrado el dominio peluqueria-alba.example. Comprueba si hay errores tipográficos o espacios innecesarios y vuelve a intentarlo.\n\nLa respuesta ha sido:\n\nDNS Error: DNS type 'mx' lookup of peluqueria-alba.example responded with code NXDOMAIN Domain name not found: peluqueria-alba.example\n\nMás información: https://support.google.com/mail/?p=BadRcptDomain",
        bounce(
            "hard",
            "administracion@peluqueria-alba.example",
            "5.1.2",
            "Gmail report in Spanish: the domain no longer exists",
        ),
        subject="Notificación de estado de entrega (error)",
        rcpt="administracion@peluqueria-alba.example",
        dsn=Dsn(
            "mx.google.com",
            "failed",
            "5.1.2",
            "DNS Error: DNS type 'mx' lookup of peluqueria-alba.example responded with code NXDOMAIN Domain name not found: peluqueria-alba.example",
            original=False,
        ),
        fill=True,
        mid="gmail",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "{rcpt}")),
    ),
    Item(
        "bo-es-sol-greylist",
        "bounce",
        "es",
        ("Sistema de correo", "postmaster@mx.servidoresweb-levante.example"),
        "2031-02-13 10:36",
        "report",
        "Aviso: la entrega de su mensaje se está retrasando.\n\nEl servidor de destino ha aplazado temporalmente la recepción del mensaje enviado a {rcpt}:\n\n  450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, please try again in 300 seconds\n\nNo es necesario que vuelva a enviarlo: el sistema seguirá intentándolo automáticamente durante los próximos 4 días y solo le avisaremos de nuevo si la entrega falla definitivamente.",
        bounce("soft", "info@academia-idiomas-sol.example", "4.7.1", "greylisting delay"),
        subject="Aviso de retraso en la entrega: {rsub}",
        rcpt="info@academia-idiomas-sol.example",
        lag=32,
        dsn=Dsn(
            "mx.servidoresweb-levante.example",
            "delayed",
            "4.7.1",
            "450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, please try again in 300 seconds",
            remote="mx1.academia-idiomas-sol.example",
            retry_hours=96,
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-es-campos",
        "bounce",
        "es",
        ("Informática Gestoría Campos", "sistemas@gestoriacampos.example"),
        "2031-02-20 10:44",
        "plain",
        "Buenos días:\n\nSu mensaje para administracion@gestoriacampos.example no se ha podido entregar porque el buzón del destinatario está lleno. Estamos liberando espacio; por favor, inténtelo de nuevo mañana.\n\nDisculpe las molestias.\n\nDepartamento de Sistemas\nGestoría Campos",
        bounce(
            "soft",
            "administracion@gestoriacampos.example",
            None,
            "ordinary sender, no automatic header; only the localised subject and the text; mailbox full, no code",
        ),
        subject="Mensaje no entregado",
        rcpt="administracion@gestoriacampos.example",
        charset="iso-8859-1",
        thread=False,
    ),
    Item(
        "bo-es-villanueva-rbl",
        "bounce",
        "es",
        ("Sistema de correo", "postmaster@correo.ayto-villanueva.example"),
        "2031-02-27 10:06",
        "report",
        "Su mensaje ha sido rechazado por el sistema antispam del Ayuntamiento de Villanueva.\n\nDestinatario: {rcpt}\nMotivo: la dirección IP del servidor remitente (192.0.2.25) figura en una lista de bloqueo.\nRespuesta: 554 5.7.1 Mensaje rechazado por política de seguridad: IP en lista negra\n\nSi cree que se trata de un error, póngase en contacto con el destinatario por otro medio.",
        bounce(
            "soft",
            "intervencion@ayto-villanueva.example",
            "5.7.1",
            "blocklist rejection: soft",
        ),
        subject="Mensaje rechazado: {rsub}",
        rcpt="intervencion@ayto-villanueva.example",
        dsn=Dsn(
            "correo.ayto-villanueva.example",
            "failed",
            "5.7.1",
            "554 5.7.1 Mensaje rechazado por politica de seguridad: IP en lista negra",
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    # ---- Dutch ----
    Item(
        "bo-nl-kpn",
        "bounce",
        "nl",
        ("Mail Delivery System", "MAILER-DAEMON@kpnmail.nl"),
        "2031-02-05 10:06",
        "report",
        "Dit is een automatisch bericht van de KPN Mail-server.\n\nUw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n  {rcpt}\n  Reden: de ontvanger is onbekend (550 5.1.1 gebruiker onbekend / user unknown)\n\nDit is een permanente fout; er worden geen nieuwe pogingen gedaan.\n\nHet oorspronkelijke bericht is bijgevoegd.",
        bounce("hard", "kapsalon.demolen@kpnmail.nl", "5.1.1"),
        subject="Onbestelbaar bericht: {rsub}",
        rcpt="kapsalon.demolen@kpnmail.nl",
        dsn=Dsn(
            "mailin.kpnmail.nl",
            "failed",
            "5.1.1",
            "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
            returned="full",
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-nl-vandijk",
        "bounce",
        "nl",
        ("Van Dijk Installatietechniek", "noreply@vandijk-installatie.example"),
        "2031-02-10 10:07",
        "plain",
        "Dit is een automatisch bericht.\n\nUw e-mail aan j.vandijk@vandijk-installatie.example is niet afgeleverd: dit adres bestaat niet meer (550 5.1.1). Het bericht is niet gelezen en niet doorgestuurd.\n\nVan Dijk Installatietechniek B.V.",
        bounce(
            "hard",
            "j.vandijk@vandijk-installatie.example",
            "5.1.1",
            "'Automatisch antwoord' subject and Auto-Submitted: auto-replied, but the text reports non-delivery with 5.1.1: bounce",
        ),
        subject="Automatisch antwoord: {rsub}",
        rcpt="j.vandijk@vandijk-installatie.example",
        headers=(AUTO_REPLIED,),
        thread=True,
        ms=True,
    ),
    Item(
        "bo-nl-delinde-nomx",
        "bounce",
        "nl",
        ("Mail Delivery System", "MAILER-DAEMON@smtp-out3.webhosting-noord.example"),
        "2031-02-14 10:06",
        "nonmime",
        "Dit is een automatisch gegenereerd bericht van de mailserver smtp-out3.webhosting-noord.example.\n\nUw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n  {rcpt}\n\nReden: het domein fysiopraktijk-delinde.example heeft geen geldig MX-record en kan geen e-mail ontvangen.\n  Host or domain name not found. Name service error for\n  name=fysiopraktijk-delinde.example type=MX: Host not found [5.4.4]\n\nDit is een permanente fout. Er worden geen nieuwe pogingen gedaan.\n\n----- Kopregels van het oorspronkelijke bericht -----\n",
        bounce(
            "hard",
            "administratie@fysiopraktijk-delinde.example",
            "5.4.4",
            "no MX for the domain; plain text without MIME headers",
        ),
        subject="Onbestelbaar: {rsub}",
        rcpt="administratie@fysiopraktijk-delinde.example",
        dsn=Dsn("smtp-out3.webhosting-noord.example", "failed", "5.4.4"),
        fill=True,
        charset="us-ascii",
        cte="7bit",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-nl-westland-delay",
        "bounce",
        "nl",
        ("Microsoft Outlook", "postmaster@zorggroep-westland.example"),
        "2031-02-18 14:08",
        "report_alt",
        'Bezorging is vertraagd bij deze geadresseerden of groepen:\n\n{rcpt}\n\nOnderwerp: {rsub}\n\nDit bericht is nog niet bezorgd. We blijven proberen het bericht te bezorgen.\n\nDe server probeert het bericht nog 1 dag(en), 19 uur en 55 minuten te bezorgen. U ontvangt een melding als het bericht niet kan worden bezorgd.\n\nDiagnostische gegevens voor beheerders:\n\nGenererende server: AM9PR04MB8412.eurprd04.prod.outlook.com\nLaatste fout: 451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.',
        bounce(
            "soft",
            "crediteuren@zorggroep-westland.example",
            "4.4.7",
            "Exchange delay notice; the DSN Status (4.4.7) is labelled, the text's last error is 4.4.0",
        ),
        subject="Bezorging vertraagd: {rsub}",
        rcpt="crediteuren@zorggroep-westland.example",
        lag=243,
        dsn=Dsn(
            "AM9PR04MB8412.eurprd04.prod.outlook.com",
            "delayed",
            "4.4.7",
            "451 4.4.7 Message delayed",
            retry_hours=48,
        ),
        fill=True,
        mid="ms",
        headers=NDR,
    ),
    Item(
        "bo-nl-hoekstra-full",
        "bounce",
        "nl",
        ("KPN Mail", "noreply-mailsysteem@kpnmail.nl"),
        "2031-02-24 10:06",
        "html",
        "",
        bounce(
            "soft",
            "autobedrijf.hoekstra@kpnmail.nl",
            "4.2.2",
            "HTML-only notice, no delivery-status part; the recipient appears only in the text",
        ),
        subject="Vertraagde bezorging: {rsub}",
        rcpt="autobedrijf.hoekstra@kpnmail.nl",
        fill=True,
        headers=(AUTO_REPLIED,),
        markup=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<div style="max-width:560px;margin:0 auto;padding:16px;border-top:4px solid #00a300">\n'
            '<h2 style="font-size:18px">Uw bericht is nog niet bezorgd</h2>\n'
            "<p>Het bericht dat u op {rdate} stuurde aan <b>{rcpt}</b> kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is.</p>\n"
            "<p>Melding van de server: <code>452 4.2.2 Mailbox vol, probeer het later opnieuw</code></p>\n"
            "<p>Wij proberen het bericht de komende 3 dagen opnieuw te bezorgen. U hoeft niets te doen.</p>\n"
            "<p>Onderwerp: {rsub}</p>\n"
            "<p>Met vriendelijke groet,<br>KPN Mail</p>\n"
            "</div>\n</body></html>\n"
        ),
    ),
    Item(
        "bo-nl-regenboog-spf",
        "bounce",
        "nl",
        ("Mailfilter OBS De Regenboog", "postmaster@obs-deregenboog.example"),
        "2031-02-27 10:05",
        "report",
        "Dit bericht is automatisch aangemaakt door het mailfilter van OBS De Regenboog.\n\nUw bericht aan {rcpt} is geweigerd omdat het de SPF-controle niet heeft doorstaan: de server die het bericht aanbood (192.0.2.25) is volgens de SPF-gegevens van fernhill-coffee.example niet bevoegd om namens dit domein te mailen.\n\n  550 5.7.23 SPF-controle mislukt / SPF validation failed\n\nNeem contact op met uw eigen beheerder of bereik de ontvanger op een andere manier.",
        bounce(
            "soft",
            "directie@obs-deregenboog.example",
            "5.7.23",
            "SPF policy rejection: soft",
        ),
        subject="Niet afgeleverd: {rsub}",
        rcpt="directie@obs-deregenboog.example",
        dsn=Dsn(
            "mailfilter.obs-deregenboog.example",
            "failed",
            "5.7.23",
            "550 5.7.23 SPF validation failed",
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    # ---- Italian ----
    Item(
        "bo-it-libero",
        "bounce",
        "it",
        ("Mail Delivery Subsystem", "MAILER-DAEMON@libero.it"),
        "2031-02-04 10:06",
        "report",
        "Questo messaggio è stato generato automaticamente dal sistema di posta Libero.\n\nIl messaggio non è stato recapitato al seguente destinatario:\n\n  {rcpt}\n  Motivo: utente sconosciuto (550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown)\n\nSi tratta di un errore permanente: non verranno effettuati altri tentativi.\n\nIn allegato trovate le intestazioni del messaggio originale.",
        bounce("hard", "parrucchieria.gina@libero.it", "5.1.1"),
        subject="Messaggio non recapitato: {rsub}",
        rcpt="parrucchieria.gina@libero.it",
        dsn=Dsn(
            "smtp-in.libero.it",
            "failed",
            "5.1.1",
            "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown",
        ),
        fill=True,
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-it-rossi-pec",
        "bounce",
        "it",
        (
            "Per conto di: amministrazione@pec.studiorossi-consulenza.example",
            "posta-certificata@pec.gestorepec.example",
        ),
        "2031-02-12 10:05",
        "pec",
        'Avviso di mancata consegna\n\nIl giorno 12/02/2031 alle ore 10:05:00 (+0100) nel messaggio\n"{rsub}" proveniente da "{ar}"\ned indirizzato a:\n{rcpt}\nè stato rilevato un problema che ne impedisce la consegna.\nErrore: 5.1.1 - casella inesistente\nIl messaggio è stato rifiutato dal sistema.\n\nIdentificativo messaggio: {rmid}',
        bounce(
            "hard",
            "amministrazione@pec.studiorossi-consulenza.example",
            "5.1.1",
            "certified-mail (PEC) non-delivery notice",
        ),
        subject="AVVISO DI MANCATA CONSEGNA: {rsub}",
        rcpt="amministrazione@pec.studiorossi-consulenza.example",
        fill=True,
        lag=1,
        headers=(
            ("X-Ricevuta", "errore-consegna"),
            ("X-Riferimento-Message-ID", "{rmid}"),
            ("X-Trasporto", "errore"),
        ),
        fields=(
            ("tipo", "errore-consegna"),
            ("errore", "no-dest"),
            ("gestore", "GestorePEC S.p.A."),
        ),
    ),
    Item(
        "bo-it-galvani",
        "bounce",
        "it",
        ("Servizio di posta", "mailer-daemon@smtp.hostingitalia-pro.example"),
        "2031-02-20 10:06",
        "plain",
        "Questo messaggio è stato creato automaticamente dal sistema di consegna della posta.\n\nNon è stato possibile consegnare il messaggio a uno o più destinatari. Si tratta di un errore permanente.\n\nIndirizzo: segreteria@istituto-galvani-bo.example\nErrore: la casella è stata disattivata dall'amministratore del dominio (550 5.2.1 mailbox disabled)\n\nOggetto del messaggio: {rsub}\nInviato il: {rdate}",
        bounce(
            "hard",
            "segreteria@istituto-galvani-bo.example",
            "5.2.1",
            "mailbox disabled; no report structure, the recipient is only in the text",
        ),
        subject="Mancata consegna",
        rcpt="segreteria@istituto-galvani-bo.example",
        fill=True,
        charset="iso-8859-1",
        cte="8bit",
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-it-bianchi-full",
        "bounce",
        "it",
        ("Mail Delivery Subsystem", "MAILER-DAEMON@libero.it"),
        "2031-02-11 14:07",
        "report",
        "Questo è un avviso automatico: il messaggio non è ancora stato consegnato.\n\nDestinatario: {rcpt}\nMotivo: la casella del destinatario è piena (452 4.2.2 Mailbox full)\n\nIl sistema ritenterà la consegna per i prossimi 3 giorni. Non è necessario inviare di nuovo il messaggio.",
        bounce("soft", "officina.bianchi@libero.it", "4.2.2"),
        subject="Avviso di ritardo nella consegna: {rsub}",
        rcpt="officina.bianchi@libero.it",
        lag=242,
        dsn=Dsn(
            "smtp-in.libero.it",
            "delayed",
            "4.2.2",
            "452 4.2.2 Mailbox full",
            retry_hours=72,
        ),
        fill=True,
        headers=(AUTO_REPLIED,),
    ),
    Item(
        "bo-it-lombardi-dmarc",
        "bounce",
        "it",
        ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        "2031-02-25 10:05",
        "report_alt",
        "** Il messaggio è stato bloccato **\n\nIl tuo messaggio a {rcpt} è stato bloccato. Consulta i dettagli tecnici di seguito per ulteriori informazioni.\n\nLa risposta è stata:\n\n550 5.7.26 Unauthenticated email from fernhill-coffee.example is not accepted due to domain's DMARC policy. Please contact the administrator of fernhill-coffee.example domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection - gsmtp",
        bounce(
            "soft",
            "studio.lombardi.arch@gmail.com",
            "5.7.26",
            "Gmail DMARC block in Italian: policy, soft",
        ),
        subject="Notifica stato di consegna (errore)",
        rcpt="studio.lombardi.arch@gmail.com",
        dsn=Dsn(
            "mx.google.com",
            "failed",
            "5.7.26",
            "550-5.7.26 Unauthenticated email from fernhill-coffee.example is not accepted due to domain's DMARC policy.",
            remote="gmail-smtp-in.l.google.com",
        ),
        fill=True,
        mid="gmail",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "{rcpt}")),
    ),
    Item(
        "bo-it-valdicella-delay",
        "bounce",
        "it",
        ("Postmaster", "postmaster@mx-backup.retecomune-it.example"),
        "2031-02-17 15:07",
        "report",
        "Gentile utente,\n\nil messaggio indirizzato a {rcpt} non è ancora stato consegnato: il server di destinazione non accetta al momento nuove connessioni (4.4.2 connessione interrotta).\n\nIl nostro sistema riproverà automaticamente fino al 20/02/2031. Non è necessario inviare nuovamente il messaggio; riceverà un ulteriore avviso solo in caso di mancata consegna definitiva.\n\nServizio di posta elettronica – Rete Comune",
        bounce(
            "soft",
            "ufficio.tecnico@comune-valdicella.example",
            "4.4.2",
            "backup MX delay notice",
        ),
        subject="Ritardo nella consegna del messaggio",
        rcpt="ufficio.tecnico@comune-valdicella.example",
        lag=362,
        dsn=Dsn(
            "mx-backup.retecomune-it.example",
            "delayed",
            "4.4.2",
            "421 4.4.2 Connection dropped",
            remote="mail.comune-valdicella.example",
            retry_hours=72,
        ),
        fill=True,
        cte="b64",
        headers=(AUTO_REPLIED,),
    ),
]


ITEMS: list[Item] = [*BOUNCES, *AUTO_REPLIES, *WRONG_CONTACT, *PAYMENT_SENT, *OTHER]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def label_of(item: Item) -> dict[str, object]:
    """The labels.jsonl record of one message (without the file name)."""
    label: dict[str, object] = {"intent": item.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in item.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast(list[str], item.labels.get("invoice_refs", [])))
    label["language"] = item.lang
    label["note"] = item.labels.get("note")
    return label


def file_order(items: list[Item]) -> list[Item]:
    """Files are numbered by a seeded hash of each key, so a name says nothing about a label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}|order|{item.key}".encode()).hexdigest(),
    )


def check_label(item: Item, label: Mapping[str, object]) -> None:
    """Shape and consistency of one label."""
    if item.intent not in INTENT_FIELDS or item.lang not in LANGS:
        raise SystemExit(f"{item.key}: unexpected intent or language")
    allowed = INTENT_FIELDS[item.intent]
    for key in LABEL_KEYS:
        value = label[key]
        if value is not None and key not in allowed:
            raise SystemExit(f"{item.key}: {key} is filled but {item.intent} does not use it")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{item.key}: {key} must be a string or null")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            date.fromisoformat(value)
    amount = label["amount"]
    if isinstance(amount, str):
        whole, _, frac = amount.partition(".")
        if not (whole.isdigit() and len(frac) == 2 and frac.isdigit()):
            raise SystemExit(f"{item.key}: amount {amount!r} is not a plain decimal")
        if label["currency"] not in {"GBP", "EUR"}:
            raise SystemExit(f"{item.key}: amount without an ISO currency")
    contact = label["new_contact"]
    if isinstance(contact, str) and contact != contact.lower():
        raise SystemExit(f"{item.key}: new_contact must be lower case")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(r, str) and r.startswith("FOC-") and len(r) == 9 for r in refs
    ):
        raise SystemExit(f"{item.key}: invoice_refs must be normalised FOC-NNNNN numbers")
    if item.intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not label["failed_recipient"]:
            raise SystemExit(f"{item.key}: bounce without kind or recipient")
        if label["failed_recipient"] != item.recipient:
            raise SystemExit(f"{item.key}: failed_recipient differs from the reminder's recipient")
        if item.dsn is not None and item.dsn.status != label["bounce_status"]:
            raise SystemExit(f"{item.key}: bounce_status differs from the DSN Status")


def check_message(item: Item, name: str, data: bytes, label: Mapping[str, object]) -> None:
    """Parse the file back as a mail client would and check what a reader relies on."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
        str(msg[header])
    sent = parsedate_to_datetime(str(msg["Date"]))
    wanted = timedelta(hours=0 if item.zone == "uk" else 1)
    if sent.utcoffset() != wanted or not FIRST_DAY <= sent.date() <= LAST_DAY:
        raise SystemExit(f"{name}: Date {msg['Date']} is outside the range or in the wrong zone")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.get_content_type()} has defects {part.defects}")
        if part.get_content_maintype() == "text":
            texts.append(cast(str, part.get_content()))
    if not texts:
        raise SystemExit(f"{name}: no text part")
    joined = "\n".join(texts)
    for value in (label["new_contact"], label["failed_recipient"]):
        if isinstance(value, str) and value not in joined.lower():
            raise SystemExit(f"{name}: {value} does not appear in the text")
    for ref in cast(list[str], label["invoice_refs"]):
        if ref not in joined:
            raise SystemExit(f"{name}: {ref} does not appear in the text")
    if item.is_reply and f"{item.invoice}    " not in joined:
        raise SystemExit(f"{name}: the quoted reminder is missing")


def check_counts(labels: list[dict[str, object]]) -> None:
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if (
        dict(intents) != EXPECTED_INTENTS
        or dict(langs) != EXPECTED_LANGS
        or dict(kinds) != {"hard": 20, "soft": 20}
    ):
        raise SystemExit(f"counts are off: {dict(intents)} {dict(langs)} {dict(kinds)}")


def count_table(labels: list[dict[str, object]]) -> str:
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


def write_all() -> list[dict[str, object]]:
    keys = [item.key for item in ITEMS]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(file_order(ITEMS), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        label = label_of(item)
        check_label(item, label)
        data = build(item).as_bytes()
        check_message(item, name, data, label)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
