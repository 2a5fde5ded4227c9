# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002, RUF005
# Every message below is kept one paragraph per source line, as a mail client sends it, with the
# typographic punctuation that people and their clients really produce.
"""Build held-out reply corpus 155: `h155-NNN.eml` files and `labels.jsonl`.

The setting is the fees office of Heathfield Language School, which sends overdue reminders for
company language courses, exam preparation and interpreting. Each message below is what could
come back to `fees@heathfield-languages.example`. The new text of every message is hand-written in
this file; the code only adds what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, the headers, the MIME structure, the charset and the transfer
encoding. The script writes next to itself, deterministically, and checks what it wrote.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout155-20320705"
PREFIX = "h155"
FEES_NAME = "Heathfield Language School"
FEES_ADDR = "fees@heathfield-languages.example"
FEES_DOMAIN = "heathfield-languages.example"
FIRST_DAY = date(2032, 7, 5)
LAST_DAY = date(2032, 7, 30)
# British Summer Time and Central European Summer Time both run from 28 March to 31 October 2032,
# so every message in July carries the summer offset.
ZONES = {"uk": timezone(timedelta(hours=1)), "ce": timezone(timedelta(hours=2))}
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
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
FIELDS = (
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
# The only fields an intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
DATE_FIELDS = ("promised_date", "paid_date", "return_date")
INVOICE_RE = re.compile(r"^HLS-2032-\d{4}$")

# --------------------------------------------------------------------------------------------
# What the mail clients print, per locale
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo Di Mi Do Fr Sa So",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun mar mer jeu ven sam dim",
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
ATTRIBUTION = {
    "gmail": {
        "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
        "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
        "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
        "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
        "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
    },
    "apple": {
        "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
        "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
        "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
        "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
        "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
    },
    "thunderbird": {
        "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
        "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
        "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
        "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
        "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
        "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
    },
}
# divider, From, Sent, To, Subject, the label separator, the Sent format
OUTLOOK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
}
OUTLOOK_PREFIX = {
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
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_TEXT = {
    "en": (
        "Hello,\n\n"
        "According to our records the invoice below has passed its due date and is still unpaid:\n\n"
        "    Invoice {inv} | issued {issued} | due {due} | {amount}\n\n"
        "If your payment has crossed with this message, please disregard it, or tell us the date it was made so that we can match it. If you have a question about the invoice or the lessons it covers, just reply and the fees office will come back to you.\n\n"
        "With thanks and best wishes,\n\n"
        "Fees Office\nHeathfield Language School\n14 Carrow Street, Norwich\nfees@heathfield-languages.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung fällig und noch offen:\n\n"
        "    Rechnung {inv} | Rechnungsdatum {issued} | fällig am {due} | {amount}\n\n"
        "Falls sich Ihre Zahlung mit dieser Erinnerung gekreuzt hat, betrachten Sie sie bitte als erledigt oder nennen Sie uns kurz das Zahlungsdatum. Bei Fragen zur Rechnung oder zu den abgerechneten Kursen antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Fees Office\nHeathfield Language School"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous est arrivée à échéance et n'a pas encore été réglée :\n\n"
        "    Facture {inv} | émise le {issued} | échéance {due} | {amount}\n\n"
        "Si votre règlement a croisé ce message, merci de ne pas en tenir compte ou de nous indiquer la date du paiement. Pour toute question sur la facture ou les prestations concernées, répondez simplement à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Fees Office\nHeathfield Language School"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha vencido y sigue pendiente de pago:\n\n"
        "    Factura {inv} | fecha {issued} | vencimiento {due} | {amount}\n\n"
        "Si el pago se ha cruzado con este aviso, no tenga en cuenta este mensaje o indíquenos la fecha en que se realizó. Para cualquier duda sobre la factura o los servicios facturados, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Fees Office\nHeathfield Language School"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "    Factuur {inv} | factuurdatum {issued} | vervaldatum {due} | {amount}\n\n"
        "Heeft uw betaling dit bericht gekruist, dan kunt u het negeren of ons laten weten wanneer u betaald heeft. Heeft u een vraag over de factuur of de gefactureerde lessen, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Fees Office\nHeathfield Language School"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta che la fattura sotto indicata è scaduta e non ancora saldata:\n\n"
        "    Fattura {inv} | emessa il {issued} | scadenza {due} | {amount}\n\n"
        "Se il pagamento si è incrociato con questo messaggio, non ne tenga conto oppure ci comunichi la data del versamento. Per qualsiasi domanda sulla fattura o sui servizi fatturati può rispondere direttamente a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Fees Office\nHeathfield Language School"
    ),
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
DEFAULT_AMOUNTS = (
    "480.00",
    "615.00",
    "720.00",
    "960.00",
    "1150.00",
    "1290.00",
    "1440.00",
    "1875.00",
    "2360.00",
    "3280.00",
)
# What a Latin-1 client does to characters it cannot send.
NBSP = "\u00a0"
LATIN1_SUBSTITUTES = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


def money(amount: str, currency: str, loc: str) -> str:
    """An amount written the way the reminder's language writes it."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if loc == "en":
        return f"{symbol}{grouped}.{cents}"
    dotted = grouped.replace(",", ".")
    if loc == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}{symbol}"
    if loc in {"nl", "it"}:
        return f"{symbol} {dotted},{cents}"
    return f"{dotted},{cents} {symbol}"


def latin1(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def digest(key: str, salt: str) -> bytes:
    """A stable per-message hash (message ids, boundaries, file order)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """`n` base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_parts(loc: str, when: datetime) -> dict[str, str]:
    """The pieces the attribution and header templates use."""
    longs, shorts = WEEKDAYS[loc]
    mlong, mshort = MONTHS[loc]
    return {
        "wdl": longs.split()[when.weekday()],
        "wds": shorts.split()[when.weekday()],
        "monl": mlong.split()[when.month - 1],
        "mons": mshort.split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def render(template: str, loc: str, when: datetime, **extra: str) -> str:
    """Fill a locale template with the date pieces of `when`."""
    return template.format(**date_parts(loc, when), **extra)


# --------------------------------------------------------------------------------------------
# Specifications
# --------------------------------------------------------------------------------------------


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """The label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise SystemExit(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message that comes back to the fees mailbox, with its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amount: str = ""
    currency: str = ""
    rlang: str = ""
    zone: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool | None = None
    issued: str = "2032-06-01"

    @property
    def tz(self) -> timezone:
        """The sender's offset: British senders on BST, the others on CEST."""
        return ZONES[self.zone or ("uk" if self.lang == "en" else "ce")]

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language the reminder was sent in."""
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder chased."""
        if self.inv:
            return self.inv
        return f"HLS-2032-{300 + int.from_bytes(digest(self.key, 'inv')[:4], 'big') % 400:04d}"

    @property
    def cur(self) -> str:
        """The reminder's currency: pounds for British customers, euros for the others."""
        return self.currency or ("GBP" if self.tz == ZONES["uk"] else "EUR")

    @property
    def total(self) -> str:
        """The amount the reminder chased, as a decimal string."""
        if self.amount:
            return self.amount
        return DEFAULT_AMOUNTS[digest(self.key, "amount")[0] % len(DEFAULT_AMOUNTS)]

    @property
    def quotes(self) -> bool:
        """Whether the client quotes the reminder (notices never do)."""
        return self.style not in NOTICE_STYLES

    @property
    def in_thread(self) -> bool:
        """Whether the message carries In-Reply-To and References."""
        return self.quotes if self.threaded is None else self.threaded


NOTICE_STYLES = {"notice", "notice_alt", "notice_html"}


def reminder_sent(r: Reply) -> datetime:
    """The reminder left the UK office a little after eight on a working day before the reply."""
    uk = ZONES["uk"]
    local = r.dt.astimezone(uk)
    if not r.quotes and r.style != "notice_html":
        # auto-replies and similar notices answer within minutes
        return (local - timedelta(minutes=1 + digest(r.key, "lag")[0] % 3)).replace(second=11)
    day = local.date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 2 + digest(r.key, "sent")[0] % 9
    return datetime(day.year, day.month, day.day, 8, minute, 37, tzinfo=uk)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, total: str, currency: str, issued: date) -> str:
    """The reminder's text in its language."""
    due = issued + timedelta(days=30)
    when_issued = datetime(issued.year, issued.month, issued.day)
    when_due = datetime(due.year, due.month, due.day)
    return REMINDER_TEXT[lang].format(
        inv=inv,
        issued=render(DATE_STYLE[lang], lang, when_issued),
        due=render(DATE_STYLE[lang], lang, when_due),
        amount=money(total, currency, lang),
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID the fees office gave the reminder."""
    return f"<{token(key, 'reminder', 22).lower()}@{FEES_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding a client would pick."""
    text.encode(charset)  # the hand-written text must fit the charset its client declares
    chosen = email_charset.Charset(charset)
    if cte == "qp":
        chosen.body_encoding = email_charset.QP
    elif cte == "b64":
        chosen.body_encoding = email_charset.BASE64
    else:  # "8bit" or "7bit": no transfer encoding at all
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """A header as the client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
        chosen = charset
    except (UnicodeEncodeError, LookupError):
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox, with an encoded display name when it needs one."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
        chosen = charset
    except (UnicodeEncodeError, LookupError):
        chosen = "utf-8"
    return formataddr((name, addr), charset=chosen)


def plain_quote(text: str) -> str:
    """Quote every line with `>` the way mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def escape_lines(text: str) -> str:
    """HTML for text whose line breaks matter."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """One <p> per paragraph."""
    return "\n".join(f"<p>{escape_lines(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Paragraphs as Word writes them in an Outlook message."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# The quoted reminder, as each client lays it out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def quoted(r: Reply) -> Quoted:
    """The reminder that `r` answers, converted to what the client can carry."""
    lang = r.reminder_lang
    text = reminder_body(lang, r.invoice, r.total, r.cur, date.fromisoformat(r.issued))
    subject = reminder_subject(lang, r.invoice)
    to = f"{r.who[0]} <{r.who[1]}>"
    if r.charset == "iso-8859-1":
        text, subject, to = latin1(text), latin1(subject), latin1(to)
    sent = reminder_sent(r).astimezone(r.tz)
    return Quoted(text, subject, sent, r.lang, to)


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block Outlook puts above the quoted message."""
    _, frm, sent, to, subj, _, sent_fmt = OUTLOOK[q.loc]
    return [
        (frm, f"{FEES_NAME} <{FEES_ADDR}>"),
        (sent, render(sent_fmt, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quoted) -> str:
    """The header block as plain text."""
    sep = OUTLOOK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def attribution(kind: str, q: Quoted) -> str:
    """The 'On … wrote:' line in the client's language."""
    return render(ATTRIBUTION[kind][q.loc], q.loc, q.sent, name=FEES_NAME, addr=FEES_ADDR)


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook's Word HTML: the reply, the grey divider, the header block, the reminder."""
    sep = OUTLOOK[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
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
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}</p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop in plain-text mode."""
    text = f"{r.body}\n\n{OUTLOOK[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop in HTML mode: Word markup with its plain-text twin."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook message sent as HTML without a plain-text part."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: plain text, base64, the app's localised footer."""
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail: multipart/alternative, the reminder in a gmail_quote blockquote."""
    attr = attribution("gmail", q)
    text = f"{r.body}\n\n{attr}\n\n{plain_quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{escape_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode."""
    text = f"{r.body}\n\n{attribution('gmail', q)}\n\n{plain_quote(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{attribution('apple', q)}\n\n{plain_quote(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quoted) -> Message:
    """Mail on an iPhone: the localised signature, then the quoted attribution and reminder."""
    inner = plain_quote(f"{attribution('apple', q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{inner}\n"
    return text_part(text, "plain", r.charset, r.cte)


def flowed_pieces(content: str, width: int) -> list[str]:
    """Cut one logical line into format=flowed pieces; every piece but the last ends in a space."""
    pieces = []
    rest = content
    while len(rest) > width:
        indent = len(rest) - len(rest.lstrip(" "))
        cut = rest.rfind(" ", indent + 1, width)
        if cut <= indent:
            cut = rest.find(" ", width)
        if cut <= indent:
            break
        pieces.append(rest[: cut + 1])
        rest = rest[cut + 1 :]
    pieces.append(rest)
    return pieces


def flow(text: str, width: int = 72) -> str:
    """Encode text as RFC 3676 format=flowed: soft breaks, quote depth kept, space-stuffing."""
    out = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ") if content != "-- " else content
        for piece in flowed_pieces(content, width - depth - 1):
            stuffed = (
                " " + piece if piece.startswith((" ", ">", "From ")) or (depth and piece) else piece
            )
            out.append(">" * depth + stuffed)
    return "\n".join(out)


def unflow(text: str) -> str:
    """Decode format=flowed text back into logical lines (used by the checks)."""
    lines: list[str] = []
    pending: tuple[int, str] | None = None
    for raw in text.split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        content = raw[depth:].removeprefix(" ")
        soft = content.endswith(" ") and content != "-- "
        if pending is not None and pending[0] == depth:
            pending = (depth, pending[1] + content)
        else:
            if pending is not None:
                lines.append(">" * pending[0] + (" " if pending[0] else "") + pending[1])
            pending = (depth, content)
        if not soft:
            lines.append(">" * depth + (" " if depth and pending[1] else "") + pending[1])
            pending = None
    if pending is not None:
        lines.append(">" * pending[0] + " " + pending[1])
    return "\n".join(lines)


def style_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: attribution line, `>` quoting, format=flowed wrapped at 72."""
    text = flow(f"{r.body}\n\n{attribution('thunderbird', q)}\n{plain_quote(q.text)}") + "\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quoted) -> Message:
    """An automatic notice in plain text; it quotes nothing."""
    del q
    return text_part(f"{r.body}\n", "plain", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quoted) -> Message:
    """An automatic notice with an HTML twin, as Exchange sends out-of-office replies."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_blocks(r.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(f"{r.body}\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_notice_html(r: Reply, q: Quoted) -> Message:
    """A system-generated HTML-only notice (the body is written as HTML)."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quoted], Message]] = {
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
    "notice_alt": style_notice_alt,
    "notice_html": style_notice_html,
}
OUTLOOK_STYLES = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"} or domain == "gmail.com":
        tail = (
            base64.urlsafe_b64encode(raw)
            .decode()
            .rstrip("=")
            .replace("-", "A")
            .replace("_", "B")[:40]
        )
        return f"<CA{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES:
        uk = r.tz == ZONES["uk"]
        host = f"{'LO2P265MB' if uk else 'AM9PR04MB'}{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        region = "GBRP265" if uk else "EURPRD04"
        return f"<{host}{raw[2:12].hex().upper()}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    """The subject the client writes (Outlook's localised prefix, `Re:` elsewhere)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_PREFIX[q.loc] if r.style in OUTLOOK_STYLES else "Re: "
    return prefix + q.subject


def payload_parts(part: Message) -> list[Message]:
    """The sub-parts of a multipart or message/* part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def tidy(msg: Message, key: str, boundary_prefix: str) -> Message:
    """MIME headers after the envelope, MIME-Version only at the top, fixed boundaries."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value

    def strip(part: Message, top: bool) -> None:
        if not top:
            del part["MIME-Version"]
        for sub in payload_parts(part):
            strip(sub, part.get_content_type() == "message/rfc822")

    strip(msg, True)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_prefix + token(key, f"boundary{n}", 26))
    return msg


def boundary_for(style: str) -> str:
    """A boundary prefix in the client's own shape."""
    if style == "gmail":
        return "000000000000"
    if style in OUTLOOK_STYLES:
        return "_000_"
    if style in {"apple", "iphone"}:
        return "Apple-Mail=_"
    return "----=_Part_"


def build_reply(r: Reply) -> Message:
    """The full message for one hand-written reply or notice."""
    q = quoted(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((FEES_NAME, FEES_ADDR))
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.in_thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.style in OUTLOOK_STYLES:
        msg["Thread-Topic"] = header_value(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
    for name, value in [*CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    tidy(msg, r.key, boundary_for(r.style))
    if r.style == "iphone":
        msg.replace_header("MIME-Version", "1.0 (1.0)")
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
PRECEDENCE = ("Precedence", "auto_reply")

PAYMENT_SENT = [
    Reply(
        "sent-en-paid",
        "payment_sent",
        "en",
        ("Gavin Rudd", "gavin@ruddjoinery.example"),
        "2032-07-08 19:42",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
    ),
    Reply(
        "sent-en-remittance",
        "payment_sent",
        "en",
        (
            "Northgate Logistics plc - Accounts Payable",
            "ap-remittances@northgate-logistics.example",
        ),
        "2032-07-12 06:15",
        "notice",
        "REMITTANCE ADVICE\n\nSupplier:        Heathfield Language School Ltd\nSupplier no.:    V-204417\nPayment date:    12/07/2032\nPayment method:  BACS\nPayment ref:     NGL-PAY-0098812\n\nOur doc no.   Your invoice      Invoice date   Amount (GBP)\n5100044721    HLS-2032-0388     01/06/2032         2,160.00\n5100044722    HLS-2032-0391     03/06/2032           540.00\n                                               ------------\nTotal paid                                         2,700.00\n\nFunds should reach your account within 1-2 working days.\n\nThis message was generated automatically by our payments system. Replies to this address are not read. For queries please contact ap.queries@northgate-logistics.example quoting the payment reference.",
        lab(
            ("HLS-2032-0388", "HLS-2032-0391"),
            paid_date="2032-07-12",
            payment_reference="NGL-PAY-0098812",
            amount="2700.00",
            currency="GBP",
            note="AP-system remittance advice; quotes nothing; the queries address is not a new contact",
        ),
        subject="Remittance advice – payment NGL-PAY-0098812",
        charset="us-ascii",
        cte="7bit",
        headers=(XARS,),
    ),
    Reply(
        "sent-en-copy",
        "payment_sent",
        "en",
        ("Helen Okafor", "h.okafor@ashby-university.example"),
        "2032-07-13 11:20",
        "outlook_html",
        "Hi there,\n\nFinance have confirmed this went out by BACS on Friday 9th (£1,480.00), so it should be with you by now.\n\nCould you possibly send me a copy of the invoice with our PO number (PO-ASH-77120) on it? I need it for the department's training records – it doesn't hold anything up, the money has already gone.\n\nMany thanks,\nHelen\n\nHelen Okafor\nPeople Development Adviser | Human Resources\nAshby University",
        lab(
            paid_date="2032-07-09",
            amount="1480.00",
            currency="GBP",
            note="paid, and a copy wanted afterwards for the records: the payment claim wins, the document is no condition of paying",
        ),
        inv="HLS-2032-0429",
        amount="1480.00",
    ),
    Reply(
        "sent-de-erledigt",
        "payment_sent",
        "de",
        ("Jens Köhler", "j.koehler@koehler-metallbau.example"),
        "2032-07-14 07:58",
        "android",
        "Hallo,\n\nist erledigt, ging gestern raus.\n\nGruß\nJens Köhler",
        lab(paid_date="2032-07-13", note="'gestern' resolved against Wed 14 July"),
    ),
    Reply(
        "sent-fr-cabinet",
        "payment_sent",
        "fr",
        (
            "Cabinet Delorme & Associés – Comptabilité",
            "comptabilite@delorme-avocats.example",
        ),
        "2032-07-08 10:05",
        "outlook",
        "Madame, Monsieur,\n\nNous accusons réception de votre rappel du 7 juillet.\n\nLa facture HLS-2032-0452 a été réglée par virement le 6 juillet dernier, pour un montant de 2 880,00 €, sous la référence VIR20320706-118. Notre paiement a donc vraisemblablement croisé votre courriel.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nNathalie Brun\nService comptabilité\nCabinet Delorme & Associés – Avocats au Barreau de Lyon",
        lab(
            ("HLS-2032-0452",),
            paid_date="2032-07-06",
            payment_reference="VIR20320706-118",
            amount="2880.00",
            currency="EUR",
            note="law firm's accounts office, very formal",
        ),
        inv="HLS-2032-0452",
        amount="2880.00",
        charset="windows-1252",
    ),
    Reply(
        "sent-fr-cefait",
        "payment_sent",
        "fr",
        ("Camille Rousseau", "camille.rousseau@gmail.com"),
        "2032-07-19 08:47",
        "iphone",
        "Bonjour,\nC'est fait ce matin par virement, désolée pour le retard !!\nBonne journée\nCamille",
        lab(
            paid_date="2032-07-19",
            note="private learner; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "sent-es-viernes",
        "payment_sent",
        "es",
        ("Raúl Benítez", "raul.benitez.m@gmail.com"),
        "2032-07-19 22:14",
        "iphone",
        "ya esta pagada, la transferencia la hice el viernes\nsaludos",
        lab(
            paid_date="2032-07-16",
            note="no accents or capitals, from a phone; 'el viernes' is the Friday before Mon 19 July",
        ),
    ),
    Reply(
        "sent-es-transportes",
        "payment_sent",
        "es",
        ("Inmaculada Prieto", "administracion@transportesprieto.example"),
        "2032-07-07 09:40",
        "gmail",
        "Buenos días:\n\nLes confirmo que el pago de la factura HLS-2032-0533 se realizó mediante transferencia el pasado 2 de julio, por importe de 960,00 €. No tengo el justificante a mano, pero la referencia de la orden es 0049-7712-55.\n\nSi necesitan algo más, díganme.\n\nSaludos cordiales,\nInmaculada Prieto\nDpto. Administración\nTransportes Prieto Hermanos, S.L.",
        lab(
            ("HLS-2032-0533",),
            paid_date="2032-07-02",
            payment_reference="0049-7712-55",
            amount="960.00",
            currency="EUR",
        ),
        inv="HLS-2032-0533",
        amount="960.00",
    ),
    Reply(
        "sent-nl-donderdag",
        "payment_sent",
        "nl",
        ("Sanne de Groot", "sanne.degroot@ziggo-mail.example"),
        "2032-07-20 12:31",
        "gmail_plain",
        "Hoi,\n\nDie heb ik vorige week donderdag al betaald hoor, zal zo wel binnenkomen.\n\nGroetjes,\nSanne",
        lab(paid_date="2032-07-15", note="'vorige week donderdag' from Tue 20 July"),
    ),
    Reply(
        "sent-nl-gemeente",
        "payment_sent",
        "nl",
        (
            "Gemeente Zuiderveen – Crediteurenadministratie",
            "noreply-betalingen@zuiderveen.example",
        ),
        "2032-07-21 05:12",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betaalspecificatie</title></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n<p><b>Gemeente Zuiderveen</b><br>Team Crediteuren</p>\n<p>Geachte leverancier,</p>\n<p>Op 21-07-2032 hebben wij het onderstaande bedrag aan u overgemaakt.</p>\n<table border="1" cellpadding="4" cellspacing="0">\n<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Boekstuk</th><th>Bedrag</th></tr>\n<tr><td>HLS-2032-0470</td><td>07-06-2032</td><td>BK32-118204</td><td>&euro; 3.150,00</td></tr>\n<tr><td colspan="3"><b>Totaal</b></td><td><b>&euro; 3.150,00</b></td></tr>\n</table>\n<p>Betalingskenmerk: 2032-0721-004417</p>\n<p>Dit bericht is automatisch verstuurd. Op deze e-mail kunt u niet reageren. Vragen over deze betaling kunt u mailen naar crediteuren@zuiderveen.example; vermeld daarbij altijd het betalingskenmerk.</p>\n</body></html>\n',
        lab(
            ("HLS-2032-0470",),
            paid_date="2032-07-21",
            payment_reference="2032-0721-004417",
            amount="3150.00",
            currency="EUR",
            note="municipal payment specification, HTML only, quotes nothing",
        ),
        subject="Betaalspecificatie 2032-0721-004417",
    ),
    Reply(
        "sent-it-cro",
        "payment_sent",
        "it",
        ("Elena Marchetti", "amministrazione@marchettiarredamenti.example"),
        "2032-07-13 15:02",
        "thunderbird",
        "Buongiorno,\n\nil bonifico di € 1.320,00 relativo alla fattura HLS-2032-0419 è stato disposto venerdì 9 luglio (CRO 08345521907). Dovreste vederlo accreditato a giorni.\n\nCordiali saluti\n\nElena Marchetti\nUfficio amministrativo\nMarchetti Arredamenti S.r.l.",
        lab(
            ("HLS-2032-0419",),
            paid_date="2032-07-09",
            payment_reference="08345521907",
            amount="1320.00",
            currency="EUR",
        ),
        inv="HLS-2032-0419",
        amount="1320.00",
        cte="8bit",
    ),
    Reply(
        "sent-it-copia",
        "payment_sent",
        "it",
        ("Paolo Ricci", "paolo.ricci@hotelduomo-como.example"),
        "2032-07-21 16:40",
        "gmail",
        "Salve,\n\nabbiamo pagato la settimana scorsa, bonifico del 15/07.\n\nCi servirebbe però una copia della fattura intestata alla sede legale (Via dei Tessitori 12, Como) e non all'hotel, per la nostra contabilità. Potete rimandarcela?\n\nGrazie\nPaolo Ricci\nHotel Duomo – Ufficio personale",
        lab(
            paid_date="2032-07-15",
            note="paid, and a re-addressed copy wanted for the books: the payment claim wins",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "promise-en-run",
        "promise_to_pay",
        "en",
        ("Deborah Lyle", "purchase.ledger@callowayeng.example"),
        "2032-07-06 14:12",
        "outlook_html",
        "Hello,\n\nThis invoice has now been approved and was added to Friday's payment run, so the £3,420.00 should reach you early next week.\n\nKind regards,\n\nDeborah Lyle\nPurchase Ledger Clerk\nCalloway Engineering Group Ltd\nTel 01632 960 771",
        lab(
            promised_date="2032-07-09",
            amount="3420.00",
            currency="GBP",
            note="past tense ('approved', 'was added') about a future payment run; Friday after Tue 6 July",
        ),
        inv="HLS-2032-0377",
        amount="3420.00",
    ),
    Reply(
        "promise-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Lucy Pembridge", "lucy@pembridgecoaching.example"),
        "2032-07-14 21:30",
        "iphone",
        "Hi, I'm actually on leave this week so only glancing at emails, sorry. I'll pay this the day I'm back, Monday 19th, I need my card reader which is in the office.\n\nLucy",
        lab(
            promised_date="2032-07-19",
            note="written by a person although the subject says 'Out of office'; no auto-reply headers",
        ),
        subject="Out of office",
    ),
    Reply(
        "promise-en-rambling",
        "promise_to_pay",
        "en",
        ("Fiona Marsh", "office@marsh-tilley-architects.example"),
        "2032-07-15 16:55",
        "gmail",
        "Hi,\n\nThanks for the email and apologies it's taken me a couple of days to get back to you, it's been one of those weeks here – we've had the builders in downstairs redoing the kitchen and half the team are off on holiday at various points over the summer, so I'm juggling everybody's diaries. On the plus side Tom and Asha are absolutely loving the Thursday German sessions with Katrin, Tom even tried out a few phrases on the Munich client last week (with mixed results, but they appreciated the effort!).\n\nAnyway, re the invoice, Richard signs off anything over £1,000 and he has been away in Portugal, but I spoke to him this morning and he's fine with it, so I'll make sure it goes out before the end of the month along with our other suppliers.\n\nAlso, would it be possible to move the session on the 29th to the Wednesday that week? I'll email Katrin separately but just flagging.\n\nBest,\nFiona\n\nFiona Marsh\nOffice Manager\nMarsh Tilley Architects",
        lab(
            promised_date="2032-07-31",
            note="the promise is buried in a long reply; 'before the end of the month' → last day of July",
        ),
    ),
    Reply(
        "promise-de-kw",
        "promise_to_pay",
        "de",
        ("Andrea Wolff", "kreditoren@brandt-logistik.example"),
        "2032-07-12 10:20",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung liegt derzeit zur Freigabe bei unserem Bereichsleiter Personal, der sich noch bis Freitag im Urlaub befindet. Nach der Freigabe erfolgt die Zahlung im nächsten Zahllauf, voraussichtlich in KW 30.\n\nMit freundlichen Grüßen\n\nAndrea Wolff\nKreditorenbuchhaltung\nBrandt Logistik GmbH & Co. KG",
        lab(promised_date="2032-07-19", note="'KW 30' → Monday of ISO week 30"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "promise-de-gehalt",
        "promise_to_pay",
        "de",
        ("Mia Hoffmann", "mia.hoffmann@web.de"),
        "2032-07-09 13:05",
        "iphone",
        "Hallo zusammen,\nsorry, hab ich total verpeilt 🙈 ich überweis am 15. wenn mein gehalt da ist\nLG Mia",
        lab(
            promised_date="2032-07-15",
            note="private learner, no punctuation; 'am 15.' → 15 July",
        ),
    ),
    Reply(
        "promise-fr-findemois",
        "promise_to_pay",
        "fr",
        ("Thierry Vasseur", "t.vasseur@vasseur-immobilier.example"),
        "2032-07-07 17:45",
        "outlook_html",
        "Bonjour,\n\nBien noté. Notre comptable passe les règlements fournisseurs en fin de mois ; votre facture partira avec ce lot.\n\nCordialement,\n\nThierry Vasseur\nGérant\nVasseur Immobilier",
        lab(promised_date="2032-07-31", note="'en fin de mois' → last day of July"),
        charset="windows-1252",
    ),
    Reply(
        "promise-es-finales",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi@puigdisseny.example"),
        "2032-07-23 11:10",
        "android",
        "Hola,\n\nLa pagamos a finales de mes, que es cuando hacemos todas las transferencias a proveedores. Perdonad el retraso.\n\nJordi",
        lab(promised_date="2032-07-31", note="'a finales de mes' → last day of July"),
    ),
    Reply(
        "promise-es-universidad",
        "promise_to_pay",
        "es",
        (
            "Universidad de Castellar – Gestión Económica",
            "gestion.economica@ucastellar.example",
        ),
        "2032-07-16 12:30",
        "outlook",
        "Estimados señores:\n\nLes comunicamos que la factura HLS-2032-0561, correspondiente al curso de inglés para el personal de administración, ya ha sido conformada por el Vicerrectorado y se abonará el jueves que viene mediante transferencia bancaria.\n\nAtentamente,\n\nMarisa Ortega Llamas\nServicio de Gestión Económica\nUniversidad de Castellar",
        lab(
            ("HLS-2032-0561",),
            promised_date="2032-07-22",
            note="'ya ha sido conformada' (approved) is past tense; the payment is next Thursday after Fri 16 July",
        ),
        inv="HLS-2032-0561",
        charset="windows-1252",
    ),
    Reply(
        "promise-nl-tweeweken",
        "promise_to_pay",
        "nl",
        ("Daan Verhoeven", "daanverhoeven@gmail.com"),
        "2032-07-07 20:15",
        "gmail_plain",
        "Hoi,\n\nIk maak het over twee weken over, dan is mijn salaris binnen. Sorry voor het wachten!\n\nGroet,\nDaan",
        lab(
            promised_date="2032-07-21",
            note="'over twee weken' → fourteen days after Wed 7 July",
        ),
    ),
    Reply(
        "promise-nl-betaalrun",
        "promise_to_pay",
        "nl",
        ("Marloes Kuipers", "m.kuipers@vandermeer-techniek.example"),
        "2032-07-22 09:05",
        "outlook_html",
        "Goedemorgen,\n\nDank voor de herinnering. De factuur is goedgekeurd en staat ingepland in de betaalrun van volgende week dinsdag.\n\nMet vriendelijke groet,\n\nMarloes Kuipers\nFinanciële administratie\nVan der Meer Techniek B.V.",
        lab(
            promised_date="2032-07-27",
            note="Dutch reply to an English reminder; 'volgende week dinsdag' from Thu 22 July",
        ),
        rlang="en",
    ),
    Reply(
        "promise-it-finemese",
        "promise_to_pay",
        "it",
        ("Studio Legale Ferraris", "segreteria@studiolegaleferraris.example"),
        "2032-07-20 10:00",
        "thunderbird",
        "Gentili Signori,\n\nin riscontro alla Vostra del 19 c.m., Vi comunichiamo che provvederemo al saldo della fattura in oggetto entro fine mese.\n\nDistinti saluti\n\np. Avv. Luca Ferraris\nla segreteria",
        lab(
            promised_date="2032-07-31",
            note="'entro fine mese' → last day of the month; the invoice is only referred to as 'in oggetto'",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "promise-it-ferragosto",
        "promise_to_pay",
        "it",
        ("Chiara Lombardi", "risorse.umane@grandhotelsirmione.example"),
        "2032-07-27 14:48",
        "gmail",
        "Buongiorno,\n\nmi scuso per il ritardo, la fattura era finita tra quelle da approvare dal direttore, che è rientrato solo ieri. Il pagamento verrà effettuato entro il 15/08.\n\nUn cordiale saluto,\nChiara Lombardi\nUfficio Risorse Umane\nGrand Hotel Sirmione",
        lab(
            promised_date="2032-08-15",
            note="'entro il 15/08' in Italian day/month order",
        ),
    ),
]

DISPUTE = [
    Reply(
        "dispute-en-partpaid",
        "dispute",
        "en",
        ("Marcus Greene", "marcus@fenwickhale.example"),
        "2032-07-08 13:22",
        "gmail",
        "Hi,\n\nWe paid £640 on the 5th for the 8 Spanish sessions that actually happened. The other 4 were cancelled by your tutor (I've got her emails), not by us, so we won't be paying for those.\n\nCould you send a credit note for the remaining £320 so our books match yours?\n\nThanks,\nMarcus Greene\nOperations Director, Fenwick & Hale Marketing",
        lab(note="part paid, the rest contested → dispute"),
        inv="HLS-2032-0398",
        amount="960.00",
    ),
    Reply(
        "dispute-en-notpaid",
        "dispute",
        "en",
        ("Rachel Adeyemi", "r.adeyemi@whitlockadeyemi.example"),
        "2032-07-05 11:02",
        "outlook",
        "Dear Sir or Madam,\n\nInvoice HLS-2032-0402\n\nWe have NOT paid this invoice, and that is deliberate. The Portuguese interpreter booked for our client's employment tribunal hearing on 14 June arrived over an hour late, and the hearing had to be adjourned part-heard at our client's cost. I reported this to your bookings team the same afternoon and have had no substantive reply.\n\nWe are not prepared to pay the full fee for that day. I would be grateful if someone with authority to agree a reduction could telephone me.\n\nYours faithfully,\n\nRachel Adeyemi\nPartner\nWhitlock Adeyemi LLP, Solicitors\n\nThis email is confidential and may be legally privileged. If you are not the intended recipient please tell us and delete it.",
        lab(
            ("HLS-2032-0402",),
            note="negated payment with a service complaint; no request to stop e-mailing",
        ),
        inv="HLS-2032-0402",
        charset="windows-1252",
    ),
    Reply(
        "dispute-en-caps",
        "dispute",
        "en",
        ("Dave Kowalczyk", "dave@dkplumbingheating.example"),
        "2032-07-16 07:12",
        "android",
        "THIS IS WRONG WE CANCELED THE COURSE BACK IN MAY AND GOT A EMAIL FROM YOUR OFFICE CONFIRMING IT. WHY ARE WE STILL GETTING CHARGED FOR IT\n\nDAVE",
        lab(note="all caps with typos; cancelled booking contested"),
    ),
    Reply(
        "dispute-de-satz",
        "dispute",
        "de",
        ("Landratsamt Oberwald – Personal", "personal@lra-oberwald.example"),
        "2032-07-07 14:40",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nin der oben genannten Rechnung werden 24 Unterrichtseinheiten zu je 75,00 EUR abgerechnet. Gemäß Rahmenvereinbarung vom 12.01.2032 beträgt der vereinbarte Satz jedoch 62,00 EUR je Unterrichtseinheit.\n\nWir bitten daher um Prüfung und um Übersendung einer berichtigten Rechnung. Bis dahin kann die Rechnung nicht zur Zahlung angewiesen werden.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nBettina Schäfer\nLandratsamt Oberwald\nSachgebiet 12 - Personal und Organisation",
        lab(note="public body contests the hourly rate against its framework agreement"),
        amount="1800.00",
        charset="iso-8859-1",
        headers=(XARS,),
    ),
    Reply(
        "dispute-de-doppelt",
        "dispute",
        "de",
        ("Stefan Brückner", "s.brueckner@brueckner-it.example"),
        "2032-07-20 08:30",
        "gmail",
        "Guten Morgen,\n\ndie HLS-2032-0481 ist doch derselbe Kurs wie die HLS-2032-0344, die wir im Mai bezahlt haben – Business English für drei Mitarbeiter, gleiche Termine, gleicher Betrag, nur eine neue Nummer. Doppelt zahlen wir das nicht.\n\nBitte stornieren Sie die Rechnung.\n\nViele Grüße\nStefan Brückner\nBrückner IT-Service",
        lab(
            ("HLS-2032-0481", "HLS-2032-0344"),
            note="duplicate-billing claim; the payment mentioned is of the earlier invoice; German reply to an English reminder",
        ),
        inv="HLS-2032-0481",
        rlang="en",
    ),
    Reply(
        "dispute-fr-demijournee",
        "dispute",
        "fr",
        (
            "Groupe Maréchal – Services généraux",
            "services.generaux@groupe-marechal.example",
        ),
        "2032-07-09 15:33",
        "html_only",
        "Bonjour,\n\nVous nous facturez une journée complète d'interprétariat anglais-français pour le 24 juin, alors que la mission s'est terminée à 12 h 30, comme prévu dans votre devis (demi-journée).\n\nMerci de bien vouloir nous adresser une facture rectifiée ou un avoir pour la différence. Nous ne pouvons pas régler la facture en l'état.\n\nCordialement,\n\nSophie Garnier\nServices généraux\nGroupe Maréchal",
        lab(note="HTML-only Outlook message; half a day billed as a full day"),
        charset="windows-1252",
    ),
    Reply(
        "dispute-fr-annulation",
        "dispute",
        "fr",
        ("Hélène Dufour", "helene.dufour@orange-mail.example"),
        "2032-07-12 21:08",
        "apple",
        "Bonjour,\n\nJe viens de lire votre relance pour le stage intensif d'anglais de juillet, et j'avoue que je ne comprends pas. J'ai annulé mon inscription par courriel le 2 juin, soit bien plus de quinze jours avant le début du stage, ce qui, d'après vos conditions générales (que j'ai relues), permet une annulation sans frais. On m'avait d'ailleurs répondu que c'était bien noté et que l'acompte me serait remboursé — remboursement que je n'ai jamais vu, soit dit en passant.\n\nJ'ai finalement préparé le TOEFL seule, l'examen est dans dix jours, donc je n'ai vraiment pas la tête à ça en ce moment.\n\nJe ne réglerai donc pas cette facture. Je peux vous renvoyer l'échange de juin si besoin.\n\nCordialement,\nHélène Dufour",
        lab(
            note="long reply from a private learner; cancelled booking contested, the refund claim is secondary"
        ),
    ),
    Reply(
        "dispute-es-retraso",
        "dispute",
        "es",
        ("Lucía Ferrer", "lferrer@grupoalcazar.example"),
        "2032-07-21 10:48",
        "gmail",
        "Buenos días,\n\nNo, no la hemos pagado ni la vamos a pagar tal como está. El curso de inglés para el equipo comercial empezó con tres semanas de retraso porque no tenían profesor, y nos facturan el trimestre completo.\n\nNecesito que nos emitan una factura rectificativa descontando esas tres semanas. Cuando la tenga, la paso a pagar.\n\nSaludos,\nLucía Ferrer\nResponsable de RR. HH.\nGrupo Alcázar",
        lab(
            note="negated payment with the reason; the corrected invoice and the conditional payment are secondary"
        ),
    ),
    Reply(
        "dispute-nl-lessen",
        "dispute",
        "nl",
        ("Pieter Bakker", "p.bakker@bakkerbouwadvies.example"),
        "2032-07-06 09:55",
        "outlook",
        "Goedemorgen,\n\nDeze factuur klopt niet. Er zijn 10 lessen gegeven, geen 12: twee lessen zijn door jullie docent afgezegd en nooit ingehaald.\n\nGraag ontvang ik een gecorrigeerde factuur voor 10 lessen.\n\nMet vriendelijke groet,\n\nPieter Bakker\nBakker Bouwadvies",
        lab(note="lessons billed that were not given"),
        charset="windows-1252",
    ),
    Reply(
        "dispute-nl-deelbetaald",
        "dispute",
        "nl",
        ("Yasmina el Idrissi", "y.elidrissi@gmail.com"),
        "2032-07-26 18:20",
        "iphone",
        "Ik heb vorige week €450 betaald voor het deel dat klopt. De rest betaal ik niet, de IELTS examentraining is nooit doorgegaan want er waren te weinig aanmeldingen. Dat is jullie probleem niet het mijne",
        lab(note="part paid, the rest contested → dispute"),
        amount="900.00",
    ),
    Reply(
        "dispute-it-interprete",
        "dispute",
        "it",
        ("Roberto Gallo", "r.gallo@gallo-meccanica.example"),
        "2032-07-05 09:30",
        "outlook_html",
        "Buongiorno,\n\nnon possiamo pagare questa fattura. L'interprete prenotata per la riunione con i fornitori tedeschi del 30 giugno non si è presentata e nessuno ci ha avvisati: abbiamo dovuto rimandare l'incontro e far tornare i nostri ospiti un'altra volta.\n\nVi chiediamo di annullare la fattura. Restiamo in attesa di un vostro riscontro.\n\nDistinti saluti\nRoberto Gallo\nDirettore acquisti – Gallo Meccanica S.p.A.",
        lab(note="interpreter did not turn up"),
    ),
    Reply(
        "dispute-it-preventivo",
        "dispute",
        "it",
        ("Francesca Moretti", "contabilita@moretti-consulting.example"),
        "2032-07-22 11:15",
        "thunderbird",
        "Buongiorno,\n\nl'importo fatturato non corrisponde al preventivo n. 58/2032 che avevamo accettato (EUR 1.800,00 + IVA): in fattura risultano EUR 2.400,00 + IVA.\n\nVi chiediamo di verificare e di emettere una nota di credito per la differenza. La parte corretta verrà pagata appena ricevuta la nota.\n\nCordiali saluti\nFrancesca Moretti\nMoretti Consulting",
        lab(note="price above the accepted quote; paying the undisputed part later is conditional"),
        amount="2928.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "plan-en-hardship",
        "payment_plan",
        "en",
        ("Jade Whitfield", "jadewhitfield92@gmail.com"),
        "2032-07-10 10:37",
        "gmail_plain",
        "Hi,\n\nI'm really sorry about this. I lost my job at the start of June and money is very tight at the moment. I don't want to just ignore it though. Would it be ok if I paid £100 a month until it's cleared? I could do the first one on the 1st of August when my universal credit comes in.\n\nThanks for understanding,\nJade",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        "plan-en-partnow",
        "payment_plan",
        "en",
        ("Kev Marsden", "kev@marsdenroofing.example"),
        "2032-07-19 17:50",
        "iphone",
        "sent 300 today, will do the other 420 end of aug when the school job pays out. hope thats ok",
        lab(note="part paid now, the rest later → payment_plan, not payment_sent"),
        amount="720.00",
    ),
    Reply(
        "plan-en-grant",
        "payment_plan",
        "en",
        ("Anjali Mehta", "anjali.mehta@hollins-community-trust.example"),
        "2032-07-27 10:05",
        "outlook_html",
        "Dear Fees Office,\n\nThank you for your reminder. The ESOL classes you provide for our volunteers are funded by a grant from the county council, and this quarter's instalment of that grant has been delayed until September.\n\nWould you be willing to extend the payment terms on this invoice by 60 days? We would of course settle it in full as soon as the funds arrive, and I am happy to confirm this in writing on letterhead if that helps.\n\nWith best wishes,\n\nAnjali Mehta\nFinance and Operations Manager\nHollins Community Trust\nRegistered charity no. 1190000",
        lab(note="more time asked for by a charity → payment_plan"),
        amount="2850.00",
    ),
    Reply(
        "plan-de-raten",
        "payment_plan",
        "de",
        ("Markus Lehmann", "m.lehmann@lehmann-sanitaer.example"),
        "2032-07-08 11:45",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nzunächst einmal vielen Dank – unsere Monteure sind mit dem Englischkurs sehr zufrieden, und gerade für die Baustelle in Rotterdam hat sich das schon ausgezahlt.\n\nZur Rechnung: Wir hatten im Frühjahr zwei größere Zahlungsausfälle bei Kunden, und die Liquidität ist im Moment knapp. Wäre es möglich, den Betrag von 2.940,00 € in drei Monatsraten zu begleichen? Die erste Rate würden wir noch im Juli überweisen, die weiteren jeweils zum Monatsende.\n\nFür eine kurze Rückmeldung wäre ich dankbar.\n\nMit freundlichen Grüßen\n\nMarkus Lehmann\nGeschäftsführer\nLehmann Sanitär GmbH",
        lab(note="three monthly instalments asked for after praise for the course"),
        amount="2940.00",
        charset="windows-1252",
    ),
    Reply(
        "plan-de-haelfte",
        "payment_plan",
        "de",
        ("Lena Albrecht", "lena.albrecht@posteo-mail.example"),
        "2032-07-23 19:02",
        "thunderbird",
        "Hallo,\n\nich kann im Moment leider nur die Hälfte zahlen. 300 € überweise ich heute noch, den Rest Mitte August. Ist das okay für Sie?\n\nViele Grüße\nLena Albrecht",
        lab(note="half now, the rest mid-August → payment_plan"),
        amount="600.00",
        cte="8bit",
    ),
    Reply(
        "plan-fr-echeancier",
        "payment_plan",
        "fr",
        ("Sébastien Morel", "s.morel@morel-transports.example"),
        "2032-07-15 10:12",
        "outlook_html",
        "Madame, Monsieur,\n\nSuite à votre relance, nous vous informons que notre trésorerie ne nous permet pas de régler cette facture en une seule fois.\n\nSerait-il possible de convenir d'un échéancier en trois mensualités de 1 200 €, la première début août ?\n\nDans l'attente de votre retour, nous vous prions d'agréer nos salutations distinguées.\n\nSébastien Morel\nDirecteur administratif et financier\nMorel Transports SAS",
        lab(),
        amount="3600.00",
    ),
    Reply(
        "plan-fr-solde",
        "payment_plan",
        "fr",
        ("Julie Perrin", "julie@atelierperrin.example"),
        "2032-07-20 18:33",
        "iphone",
        "Bonsoir,\nJe vous fais un virement de 500 € cette semaine et je règle le solde début septembre, après la rentrée. Ça vous va ?\nJulie – Atelier Perrin",
        lab(note="part this week, the balance in September → payment_plan"),
        amount="1150.00",
    ),
    Reply(
        "plan-es-plazos",
        "payment_plan",
        "es",
        ("Carmen Vidal", "cvidal@vidalasesores.example"),
        "2032-07-13 13:20",
        "gmail",
        "Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora en julio y la otra mitad a mediados de septiembre, que es cuando cobramos las declaraciones trimestrales de nuestros clientes.\n\nGracias de antemano,\nCarmen Vidal\nVidal Asesores",
        lab(),
        amount="1980.00",
        cte="b64",
    ),
    Reply(
        "plan-es-autonomo",
        "payment_plan",
        "es",
        ("Antonio Ruiz", "antonio.ruiz.fotografia@gmail.com"),
        "2032-07-28 23:41",
        "android",
        "Buenas noches,\n\nLes escribo con un poco de vergüenza. Soy autónomo (fotógrafo) y este año está siendo muy malo: se me cayeron dos bodas en junio, el coche me dejó tirado y encima Hacienda me ha reclamado un pago. Las clases de inglés me han venido genial para los clientes extranjeros y no quiero quedar mal con ustedes, pero ahora mismo no puedo pagar la factura entera.\n\n¿Me permitirían pagarla poco a poco, unos 150 € al mes? Si les parece bien empiezo la semana que viene.\n\nMuchas gracias y perdonen,\nAntonio",
        lab(note="long hardship story with the request at the end"),
    ),
    Reply(
        "plan-nl-regeling",
        "payment_plan",
        "nl",
        ("Ingrid Smits", "i.smits@smitsvertalingen.example"),
        "2032-07-09 14:25",
        "apple",
        "Beste mensen,\n\nIs het mogelijk om voor deze factuur een betalingsregeling te treffen? Ik zou het bedrag graag in vier maandelijkse termijnen betalen, te beginnen eind juli.\n\nAlvast bedankt,\nIngrid Smits\nSmits Vertalingen",
        lab(),
        amount="1640.00",
    ),
    Reply(
        "plan-it-rate",
        "payment_plan",
        "it",
        ("Giorgio Bianchi", "g.bianchi@bianchiedilizia.example"),
        "2032-07-06 12:05",
        "outlook",
        "Buongiorno,\n\nvi scrivo per chiedere se è possibile rateizzare l'importo in 4 rate mensili. Il periodo per noi è difficile e preferiremmo non lasciare scoperti altri fornitori.\n\nIn attesa di un vostro cortese riscontro, porgo distinti saluti.\n\nGiorgio Bianchi\nBianchi Edilizia s.n.c.",
        lab(),
        amount="2480.00",
        charset="windows-1252",
    ),
    Reply(
        "plan-it-proroga",
        "payment_plan",
        "it",
        ("Valentina Greco", "valentina.greco82@libero.it"),
        "2032-07-29 09:50",
        "gmail",
        "Buongiorno,\n\nmi servirebbe ancora un po' di tempo per saldare: potreste concedermi una proroga di 30 giorni? A settembre riprendo a lavorare e pago tutto in una volta.\n\nGrazie mille\nValentina",
        lab(
            note="more time asked for → payment_plan, although the whole sum is to be paid at once"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "docs-en-po",
        "invoice_request",
        "en",
        ("Sarah Lim", "accounts.payable@pellingham-foods.example"),
        "2032-07-06 15:30",
        "outlook_html",
        "Good afternoon,\n\nWe are unable to process invoice HLS-2032-0384 as it does not quote a valid purchase order number. Our system rejects any invoice without one.\n\nPlease reissue the invoice quoting PO 4500923311 and send it to this address. Once we receive the corrected invoice it will be paid in the next available run.\n\nKind regards,\n\nSarah Lim\nAccounts Payable\nPellingham Foods plc",
        lab(
            ("HLS-2032-0384",),
            note="reissue with a PO number; payment conditional on the document, amount not contested",
        ),
        inv="HLS-2032-0384",
    ),
    Reply(
        "docs-en-supplier",
        "invoice_request",
        "en",
        ("Supplier Set-up Team", "supplier.setup@corranvalley-nhs.example"),
        "2032-07-20 10:10",
        "outlook",
        "Hello,\n\nYour invoice has been passed to us by Accounts Payable. Heathfield Language School is not yet set up as a supplier on our finance system, so we are unable to release any payment.\n\nTo complete set-up we need:\n- your bank details on company letterhead, signed by a director\n- your VAT registration number (or confirmation that you are not VAT registered)\n- a completed New Supplier Request form (we will send this once we have the above)\n\nAs soon as the account is live the invoice will go into the next payment run.\n\nRegards,\nSupplier Set-up Team\nProcurement Services\nCorran Valley NHS Foundation Trust",
        lab(note="bank details and supplier set-up needed before paying"),
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "docs-en-copy",
        "invoice_request",
        "en",
        ("tom b", "tombradley.design@gmail.com"),
        "2032-07-26 22:05",
        "gmail",
        "hi, can't find this one anywhere on my side, could you send me a copy of the invoice pls? not sure which course it's for either\n\nthanks\ntom",
        lab(note="copy asked for, all lower case"),
    ),
    Reply(
        "docs-de-bestellnummer",
        "invoice_request",
        "de",
        ("Katrin Sommer", "k.sommer@rheinwerk-chemie.example"),
        "2032-07-12 09:12",
        "outlook_html",
        "Guten Tag,\n\nleider können wir die Rechnung in dieser Form nicht bearbeiten: Es fehlen unsere Bestellnummer (4711-HR-2032-118) sowie Ihre USt-IdNr.\n\nBitte senden Sie uns eine korrigierte Rechnung an diese Adresse. Die Zahlung erfolgt dann umgehend im nächsten Zahllauf.\n\nMit freundlichen Grüßen\nKatrin Sommer\nRechnungsprüfung\nRheinwerk Chemie AG",
        lab(note="order number and VAT id missing; amount not contested"),
    ),
    Reply(
        "docs-de-pdf",
        "invoice_request",
        "de",
        ("Thomas Berger", "thomas.berger@bergerundsohn.example"),
        "2032-07-27 16:20",
        "apple",
        "Hallo,\n\ndie Rechnung ist bei uns nie angekommen – können Sie mir die bitte nochmal als PDF schicken? Dann zahle ich sofort.\n\nDanke und Gruß\nThomas Berger",
        lab(note="copy needed before paying"),
    ),
    Reply(
        "docs-fr-rib",
        "invoice_request",
        "fr",
        ("Amandine Leroy", "a.leroy@cliniquedulac.example"),
        "2032-07-08 11:40",
        "gmail",
        "Bonjour,\n\nAvant de pouvoir procéder au paiement, notre service comptable a besoin de votre RIB sur papier à en-tête ainsi que de votre numéro de SIRET ou, à défaut, de votre numéro d'immatriculation au Royaume-Uni.\n\nPourriez-vous nous les transmettre par retour de mail ?\n\nMerci d'avance,\nAmandine Leroy\nRessources humaines – Clinique du Lac",
        lab(note="bank details before paying"),
    ),
    Reply(
        "docs-fr-emargement",
        "invoice_request",
        "fr",
        ("Olivier Renaud", "o.renaud@renaud-conseil.example"),
        "2032-07-21 14:05",
        "thunderbird",
        "Bonjour,\n\nPourriez-vous nous envoyer le détail des heures facturées (feuilles d'émargement signées par les stagiaires) ? Notre OPCO l'exige pour rembourser la formation.\n\nDès réception, nous procéderons au règlement.\n\nCordialement,\nOlivier Renaud\nRenaud Conseil",
        lab(note="attendance sheets needed before paying; nothing contested"),
        cte="8bit",
    ),
    Reply(
        "docs-es-empresa",
        "invoice_request",
        "es",
        ("Marta Soler", "marta.soler.g@gmail.com"),
        "2032-07-14 08:15",
        "android",
        "Hola, necesito que la factura vaya a nombre de la empresa (Soler Importaciones S.L., CIF B12345678) y no a mi nombre, si no mi gestor no me la acepta. Me la podéis rehacer? En cuanto la tenga la pago\n\nGracias!",
        lab(note="reissue to the company name; the payment waits for it"),
    ),
    Reply(
        "docs-es-extracto",
        "invoice_request",
        "es",
        ("Hoteles Mirador – Contabilidad", "contabilidad@hotelesmirador.example"),
        "2032-07-29 12:00",
        "outlook",
        "Buenos días:\n\nPara poder conciliar nuestras cuentas, les rogamos que nos envíen un extracto de cuenta con todas las facturas emitidas a nuestro nombre en 2032 y su estado de pago.\n\nMuchas gracias.\n\nUn saludo,\nRosa Manzano\nContabilidad\nHoteles Mirador, S.A.",
        lab(note="statement of account"),
        charset="windows-1252",
    ),
    Reply(
        "docs-nl-inkooporder",
        "invoice_request",
        "nl",
        ("Femke Jansen", "crediteuren@noordhaven-zorg.example"),
        "2032-07-13 10:45",
        "outlook_html",
        "Goedemorgen,\n\nDeze factuur is door ons systeem automatisch afgewezen, omdat er geen inkoopordernummer op staat. Wilt u de factuur opnieuw sturen met ons ordernummer IO-2032-05513? Daarna wordt hij binnen de normale termijn betaald.\n\nMet vriendelijke groet,\n\nFemke Jansen\nCrediteurenadministratie\nNoordhaven Zorggroep",
        lab(note="reissue with an order number"),
    ),
    Reply(
        "docs-nl-waarvoor",
        "invoice_request",
        "nl",
        ("Ruud Mulder", "ruud@mulderadvies.example"),
        "2032-07-22 13:35",
        "gmail",
        "Hallo,\n\nWaar is deze factuur precies voor? Ik zie bij ons geen cursus of tolkopdracht die hierbij hoort. Kunnen jullie een specificatie sturen?\n\nGroet,\nRuud Mulder",
        lab(note="'what is this for' plus a request for the detail"),
    ),
    Reply(
        "docs-it-sdi",
        "invoice_request",
        "it",
        ("Sara Conti", "amministrazione@contiservizi.example"),
        "2032-07-16 10:30",
        "outlook",
        "Buongiorno,\n\nla fattura non ci risulta pervenuta tramite SDI. Essendo soggetti all'obbligo di fatturazione elettronica, non possiamo registrarla né pagarla finché non la riceviamo sul nostro codice destinatario (M5UXCR1).\n\nVi chiediamo gentilmente di inviarla tramite il Sistema di Interscambio.\n\nCordiali saluti\nSara Conti\nConti Servizi S.r.l.",
        lab(note="electronic invoice needed before paying"),
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "contact-en-redirect",
        "wrong_contact",
        "en",
        ("Brightwater Hotels Accounts", "accounts@brightwater-hotels.example"),
        "2032-07-09 16:58",
        "outlook",
        "Dear Supplier,\n\nPlease be advised that our accounts function has been moved to an external provider with immediate effect. All payment reminders, statements and remittance queries for Brightwater Hotels must now be sent ONLY to brightwater.accounts.team@gmail.com.\n\nThis mailbox will no longer be monitored. Kindly update your records today and confirm once done.\n\nRegards,\nAccounts Department\nBrightwater Hotels",
        lab(
            new_contact="brightwater.accounts.team@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address; labelled as what it asks, a person must verify it before anything is changed",
        ),
    ),
    Reply(
        "contact-en-ap",
        "wrong_contact",
        "en",
        ("Neil Chambers", "neil.chambers@dunmore-group.example"),
        "2032-07-15 12:40",
        "outlook_html",
        "Hi,\n\nI'm the L&D coordinator, so I book the courses but I don't deal with invoices at all. Please send these to our accounts payable team at Accounts.Payable@Dunmore-Group.example and they'll sort it.\n\nThanks,\nNeil",
        lab(
            new_contact="accounts.payable@dunmore-group.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "contact-en-wrongperson",
        "wrong_contact",
        "en",
        ("Chris Heath", "chris.heath@fastmail-uk.example"),
        "2032-07-24 09:30",
        "gmail_plain",
        "I think you've got the wrong person. I've never had lessons with you or booked anything, I don't even live near Norwich. Maybe there's another Chris Heath on your books?",
        lab(note="wrong person, no new address"),
    ),
    Reply(
        "contact-de-zustaendig",
        "wrong_contact",
        "de",
        ("Claudia Vogel", "c.vogel@hansen-spedition.example"),
        "2032-07-15 08:50",
        "outlook",
        "Guten Morgen,\n\nich bin seit dem 1. Juli nicht mehr für die Sprachkurse zuständig und habe mit der Abrechnung nichts zu tun. Bitte wenden Sie sich künftig an unsere Buchhaltung, Frau Petra Lange: p.lange@hansen-spedition.example\n\nMit freundlichen Grüßen\nClaudia Vogel",
        lab(new_contact="p.lange@hansen-spedition.example"),
        charset="windows-1252",
    ),
    Reply(
        "contact-fr-mairie",
        "wrong_contact",
        "fr",
        ("Isabelle Caron", "i.caron@mairie-saint-aubin.example"),
        "2032-07-05 14:25",
        "outlook_html",
        "Bonjour,\n\nJe ne suis plus en charge des formations depuis le 1er juillet. Merci d'adresser vos relances au service des finances de la mairie : finances@mairie-saint-aubin.example.\n\nCordialement,\nIsabelle Caron",
        lab(
            new_contact="finances@mairie-saint-aubin.example",
            note="town hall; the address ends the sentence with a full stop",
        ),
        charset="windows-1252",
    ),
    Reply(
        "contact-fr-assistante",
        "wrong_contact",
        "fr",
        ("Manon Girard", "accueil@girard-architectes.example"),
        "2032-07-19 11:02",
        "iphone",
        "Bonjour,\nJe suis l'assistante de direction, je ne gère pas la facturation. Je transfère votre message à notre cabinet comptable, compta@fiduciaire-rhone.example, qui est le bon interlocuteur.\nBonne journée\nManon Girard",
        lab(
            new_contact="compta@fiduciaire-rhone.example",
            note="an assistant names the accountants' address",
        ),
    ),
    Reply(
        "contact-es-despacho",
        "wrong_contact",
        "es",
        ("Pablo Navarro", "pnavarro@navarroyasociados.example"),
        "2032-07-08 17:10",
        "gmail",
        "Buenas tardes,\n\nEste es mi correo personal dentro del despacho y no llevo la facturación. Las facturas y avisos de pago tienen que ir a administracion@navarroyasociados.example, por favor actualicen el contacto.\n\nUn saludo,\nPablo Navarro\nNavarro y Asociados Abogados",
        lab(new_contact="administracion@navarroyasociados.example"),
    ),
    Reply(
        "contact-es-equivocado",
        "wrong_contact",
        "es",
        ("Elena Castro", "elena.castro.r@gmail.com"),
        "2032-07-23 20:45",
        "iphone",
        "Creo que se han equivocado de persona. Yo no he hecho ningún curso con ustedes ni conozco su academia.",
        lab(note="wrong person, no new address"),
    ),
    Reply(
        "contact-nl-vertrokken",
        "wrong_contact",
        "nl",
        ("Bas Hendriks", "b.hendriks@dekoning-installatie.example"),
        "2032-07-12 07:40",
        "android",
        "Goedemorgen, ik werk sinds juni niet meer bij De Koning. Stuur het maar naar crediteuren@dekoning-installatie.example\n\nGr Bas",
        lab(new_contact="crediteuren@dekoning-installatie.example"),
    ),
    Reply(
        "contact-nl-notice",
        "wrong_contact",
        "nl",
        ("Zorgcentrum De Linde", "info@zorgcentrumdelinde.example"),
        "2032-07-26 09:03",
        "notice",
        "Dit e-mailadres wordt sinds 1 juli 2032 niet meer gebruikt en uw bericht wordt niet gelezen.\n\nFacturen, herinneringen en andere financiële post kunt u sturen naar facturen@zorgcentrumdelinde.example. Voor overige vragen kunt u op werkdagen bellen met 0800-0123.\n\nZorgcentrum De Linde",
        lab(
            new_contact="facturen@zorgcentrumdelinde.example",
            note="automatic 'address no longer in use' notice naming the new address → wrong_contact, not auto_reply",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED,),
        threaded=True,
    ),
    Reply(
        "contact-it-hr",
        "wrong_contact",
        "it",
        ("Marco Esposito", "m.esposito@esposito-logistica.example"),
        "2032-07-14 12:15",
        "outlook",
        "Buongiorno,\n\nnon sono io la persona giusta per questa questione: i corsi di lingua li gestisce l'ufficio Risorse Umane, che si occupa anche delle relative fatture. Vi giro il contatto: formazione@esposito-logistica.example\n\nSaluti\nMarco Esposito",
        lab(new_contact="formazione@esposito-logistica.example"),
        charset="windows-1252",
    ),
    Reply(
        "contact-it-omonima",
        "wrong_contact",
        "it",
        ("Giulia Rinaldi", "giulia.rinaldi.90@gmail.com"),
        "2032-07-28 19:20",
        "gmail_plain",
        "Salve, credo abbiate sbagliato indirizzo. Mi chiamo Giulia Rinaldi ma non ho mai frequentato corsi da voi, forse è un'omonima.",
        lab(note="wrong person with the same name, no new address"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "stop-en-promise",
        "unsubscribe",
        "en",
        ("Owen Pritchard", "owen@pritchardbikes.example"),
        "2032-07-13 12:52",
        "iphone",
        "I told your colleague on the phone yesterday I'll pay it on Friday. Please stop sending me these emails, that's the third one this week.",
        lab(note="a promise plus 'stop sending me these' → unsubscribe wins"),
    ),
    Reply(
        "stop-en-solicitors",
        "unsubscribe",
        "en",
        ("Graham Ashworth", "g.ashworth@ashworth-precision.example"),
        "2032-07-21 14:30",
        "outlook",
        "Dear Sirs,\n\nFurther to previous correspondence, this matter is now in the hands of our solicitors. Any further communication regarding this invoice must be addressed to them and not to me or to any member of my staff.\n\nYours faithfully,\n\nGraham Ashworth\nManaging Director\nAshworth Precision Ltd",
        lab(note="'talk to our solicitors' with no address given → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "stop-en-postonly",
        "unsubscribe",
        "en",
        ("Margaret Hughes", "clerk@thornbury-stmary-pc.example"),
        "2032-07-28 10:20",
        "html_only",
        "Good morning,\n\nPlease remove this email address from your distribution list. Under the Council's financial regulations we only accept invoices, statements and reminders by post, addressed to the Clerk at the Parish Office.\n\nRegards,\nMargaret Hughes\nClerk to the Council\nThornbury St Mary Parish Council",
        lab(note="post only → unsubscribe; HTML-only Outlook message"),
    ),
    Reply(
        "stop-de-postweg",
        "unsubscribe",
        "de",
        ("Dr. Wolfgang Rieger", "w.rieger@rieger-steuerberatung.example"),
        "2032-07-07 16:10",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir keine weiteren E-Mails an diese Adresse zu senden. Schriftverkehr in dieser Angelegenheit bitte ausschließlich auf dem Postweg an unsere Kanzleiadresse.\n\nMit freundlichen Grüßen\nDr. W. Rieger",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "stop-de-anwalt",
        "unsubscribe",
        "de",
        ("Nadine Krüger", "n.krueger@kruegerdesign.example"),
        "2032-07-22 11:30",
        "gmail",
        "Guten Tag,\n\nwir haben die Angelegenheit an unseren Anwalt übergeben. Bitte richten Sie weitere Korrespondenz ausschließlich an die Kanzlei; ich werde auf E-Mails zu dieser Rechnung nicht mehr antworten.\n\nNadine Krüger",
        lab(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        "stop-fr-desinscrire",
        "unsubscribe",
        "fr",
        ("Luc Bernard", "luc.bernard62@hotmail.fr"),
        "2032-07-16 13:00",
        "android",
        "Bonjour,\n\nMerci de retirer mon adresse de vos envois. Je ne souhaite plus recevoir de mails de votre part, ni relances ni newsletters.\n\nLuc Bernard",
        lab(),
    ),
    Reply(
        "stop-es-carta",
        "unsubscribe",
        "es",
        ("Fernando Gil", "fgil@gilmaquinaria.example"),
        "2032-07-09 09:20",
        "android",
        "No me escriban más a este correo por favor. Cualquier comunicación, por carta a la dirección de la empresa.",
        lab(note="post only"),
    ),
    Reply(
        "stop-es-condicion",
        "unsubscribe",
        "es",
        ("Beatriz Molina", "beatriz.molina@molinaeventos.example"),
        "2032-07-26 17:35",
        "outlook",
        "Buenas tardes:\n\nLes ruego que dejen de enviarme recordatorios. Ya expliqué a su compañera que pagaré cuando me devuelvan las cuatro clases que se cancelaron y no se recuperaron. Mientras tanto, no quiero recibir más correos sobre este tema.\n\nBeatriz Molina",
        lab(
            note="stop request with a grievance and a conditional payment: unsubscribe beats dispute"
        ),
        charset="windows-1252",
    ),
    Reply(
        "stop-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Kees van Leeuwen", "kees@vanleeuwenhoveniers.example"),
        "2032-07-08 18:05",
        "iphone",
        "AFMELDEN. Ik wil deze mails niet meer ontvangen.",
        lab(note="capitals, from a phone"),
    ),
    Reply(
        "stop-nl-advocaat",
        "unsubscribe",
        "nl",
        ("E. Brouwer", "e.brouwer@brouwerbeheer.example"),
        "2032-07-29 15:20",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nWij communiceren over deze kwestie uitsluitend nog via onze advocaat, mr. J. de Vries. U ontvangt binnenkort bericht van haar kantoor. Wij verzoeken u dringend geen e-mails meer te sturen naar onze medewerkers.\n\nMet vriendelijke groet,\n\nE. Brouwer\nBrouwer Beheer B.V.",
        lab(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        "stop-it-maiuscole",
        "unsubscribe",
        "it",
        ("Alessandro Fontana", "a.fontana@fontanagroup.example"),
        "2032-07-12 08:40",
        "gmail_plain",
        "HO GIÀ PAGATO TUTTO A GIUGNO. CANCELLATE IL MIO INDIRIZZO E SMETTETELA DI SCRIVERMI.",
        lab(note="all caps; a payment claim plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "stop-it-legale",
        "unsubscribe",
        "it",
        ("Studio Associato Marini", "info@studiomarini.example"),
        "2032-07-23 12:10",
        "outlook",
        "Spett.le Heathfield Language School,\n\nper qualsiasi comunicazione relativa alla fattura in oggetto vogliate rivolgervi esclusivamente al nostro legale, avv. Carla Neri del foro di Torino. Vi diffidiamo dall'inviare ulteriori e-mail a questo indirizzo.\n\nDistinti saluti\nDott. Paolo Marini",
        lab(note="only through our lawyer, no address → unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
]

AUTO_REPLY = [
    Reply(
        "auto-en-exchange",
        "auto_reply",
        "en",
        ("Philippa Grant", "p.grant@sutherland-wealth.example"),
        "2032-07-12 08:06",
        "notice_alt",
        "Thank you for your email. I am out of the office until Monday 19 July with limited access to email. For anything urgent please contact reception on 01632 960 200.\n\nKind regards,\nPhilippa Grant",
        lab(return_date="2032-07-19", note="'until Monday 19 July' → that date"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-en-ticket",
        "auto_reply",
        "en",
        (
            "Ravensbourne Council AP Helpdesk",
            "ap.helpdesk@ravensbourne-council.example",
        ),
        "2032-07-06 08:07",
        "notice",
        "Thank you for contacting the Accounts Payable helpdesk.\n\nYour enquiry has been logged under reference AP-778120. Please quote this reference in any further correspondence.\n\nWe aim to respond to all supplier enquiries within 5 working days. Please do not send duplicate requests, as this may delay our reply.\n\nAccounts Payable Helpdesk\nRavensbourne Borough Council",
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[AP-778120] Your enquiry has been received",
        charset="us-ascii",
        cte="7bit",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "auto-en-vacation",
        "auto_reply",
        "en",
        ("Sam Okoro", "samokoro.photo@gmail.com"),
        "2032-07-20 08:05",
        "notice_alt",
        "Hi, thanks for getting in touch! I'm away on holiday until 2 August with no signal most of the time, so expect a slow reply. I'll get back to everyone when I'm back.\n\nSam",
        lab(
            return_date="2032-08-02",
            note="Gmail vacation responder; 'until 2 August' → that date",
        ),
        subject="Re: {rsub}",
        headers=(AUTO_REPLIED,),
        threaded=True,
    ),
    Reply(
        "auto-de-urlaub",
        "auto_reply",
        "de",
        ("Jürgen Schmitt", "j.schmitt@schmitt-maschinenbau.example"),
        "2032-07-16 09:06",
        "notice_alt",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 23.07.2032 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 26.07., bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Özdemir (a.oezdemir@schmitt-maschinenbau.example).\n\nMit freundlichen Grüßen\nJürgen Schmitt",
        lab(
            return_date="2032-07-26",
            note="'ab Montag, 26.07.' wins over 'bis einschließlich 23.07.'; the colleague's address is not a new contact",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-de-vorgang",
        "auto_reply",
        "de",
        ("Servicedesk Finanzen", "servicedesk-finanzen@stadtwerke-walden.example"),
        "2032-07-21 09:07",
        "notice",
        "Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2032-114587 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\nWir bearbeiten Ihr Anliegen so schnell wie möglich. Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nIhr Servicedesk Finanzen\nStadtwerke Walden",
        lab(note="ticket acknowledgement, no return date"),
        subject="Eingangsbestätigung – Vorgang 2032-114587",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-fr-absente",
        "auto_reply",
        "fr",
        ("Claire Fontaine", "c.fontaine@fontaine-pharma.example"),
        "2032-07-12 09:06",
        "notice_alt",
        "Bonjour,\n\nJe suis absente du 12 au 30 juillet inclus et n'ai pas accès à ma messagerie. Votre message sera traité à mon retour.\n\nPour toute urgence, merci de contacter le service RH au 04 72 00 00 00.\n\nClaire Fontaine",
        lab(
            return_date="2032-07-30",
            note="'du 12 au 30 juillet inclus' with no day back stated → the last day named",
        ),
        subject="Réponse automatique : {rsub}",
        charset="windows-1252",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-fr-accuse",
        "auto_reply",
        "fr",
        (
            "Groupe Hexalis – Comptabilité fournisseurs",
            "compta.fournisseurs@hexalis.example",
        ),
        "2032-07-27 09:07",
        "notice",
        "Bonjour,\n\nNous accusons bonne réception de votre message, qui sera traité par le service comptabilité fournisseurs dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nGroupe Hexalis – Comptabilité fournisseurs",
        lab(note="receipt acknowledgement carrying only X-Autoreply"),
        subject="Accusé de réception : {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "auto-es-vacaciones",
        "auto_reply",
        "es",
        ("Alberto Serrano", "aserrano@serranoyhijos.example"),
        "2032-07-19 09:06",
        "notice_alt",
        "Gracias por su mensaje.\n\nEstoy de vacaciones y me reincorporaré a la oficina el lunes 2 de agosto. Durante mi ausencia no revisaré el correo con regularidad.\n\nPara asuntos urgentes pueden escribir a oficina@serranoyhijos.example.\n\nUn saludo,\nAlberto Serrano",
        lab(
            return_date="2032-08-02",
            note="the alternative address for urgent matters is not a new contact",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-nl-vakantie",
        "auto_reply",
        "nl",
        ("Linda de Wit", "l.dewit@dewit-accountancy.example"),
        "2032-07-23 09:06",
        "notice_alt",
        "Dank voor uw bericht.\n\nIk ben met vakantie tot en met vrijdag 6 augustus. Vanaf maandag 9 augustus ben ik weer op kantoor en beantwoord ik uw e-mail zo snel mogelijk.\n\nMet vriendelijke groet,\nLinda de Wit",
        lab(
            return_date="2032-08-09",
            note="'vanaf maandag 9 augustus' wins over 't/m vrijdag 6 augustus'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-nl-verlof",
        "auto_reply",
        "nl",
        ("Rianne Vos", "r.vos@vosenpartners.example"),
        "2032-07-14 09:06",
        "notice",
        "Hallo,\n\nIk ben met zwangerschapsverlof en verwacht half oktober weer aan het werk te zijn. Mijn e-mail wordt in de tussentijd niet gelezen en niet doorgestuurd. Voor lopende zaken kunt u het algemene nummer van kantoor bellen.\n\nGroet,\nRianne Vos",
        lab(note="no auto-reply headers at all; 'half oktober' cannot be pinned to a day"),
        subject="Afwezig",
    ),
    Reply(
        "auto-it-fuori",
        "auto_reply",
        "it",
        ("Federica Longo", "f.longo@longo-trasporti.example"),
        "2032-07-28 09:06",
        "notice_alt",
        "Gentile mittente,\n\nsono fuori ufficio fino al 6 agosto compreso, con accesso limitato alla posta elettronica. Risponderò al mio rientro.\n\nCordiali saluti\nFederica Longo",
        lab(return_date="2032-08-06", note="'fino al 6 agosto compreso' → that date"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "auto-it-chiusura",
        "auto_reply",
        "it",
        ("Agenzia Viaggi Mondo Aperto", "info@mondoaperto-viaggi.example"),
        "2032-07-30 09:06",
        "notice",
        "Gentile cliente,\n\ni nostri uffici sono chiusi per ferie dal 30 luglio al 13 agosto. Riapriremo lunedì 16 agosto e risponderemo a tutte le e-mail ricevute nel periodo di chiusura.\n\nBuone vacanze!\nAgenzia Viaggi Mondo Aperto",
        lab(
            return_date="2032-08-16",
            note="summer closure carrying only Precedence; the reopening day wins",
        ),
        subject="Chiusura estiva",
        charset="iso-8859-1",
        headers=(PRECEDENCE,),
    ),
]

OTHER = [
    Reply(
        "other-en-didwenot",
        "other",
        "en",
        ("Priya Chandran", "priya@chandran-dental.example"),
        "2032-07-06 13:15",
        "iphone",
        "Did we not pay this already?? I'm sure Sam did it last month. Can you check on your end",
        lab(note="a question, not a payment claim"),
    ),
    Reply(
        "other-en-notyet",
        "other",
        "en",
        ("Mike Dawson", "mike.dawson@costa-sailing.example"),
        "2032-07-15 11:40",
        "android",
        "Not yet, sorry.",
        lab(
            note="'not yet' with no commitment; English reply to a Spanish reminder from a sender in Spain"
        ),
        zone="ce",
        rlang="es",
    ),
    Reply(
        "other-en-autumn",
        "other",
        "en",
        ("Dr Eleanor Price", "e.price@kingsmere-college.example"),
        "2032-07-22 17:25",
        "gmail",
        "Dear Fees Office,\n\nThank you for this. Before anything else I wanted to ask about the autumn, because our department is trying to plan the academic English support for the new intake of postgraduate students and I'm not sure whether this year's arrangement is continuing. This year we had two tutors on Tuesdays and Thursdays, but one of them (Mark, I think) mentioned he might be leaving, and several students have asked whether the IELTS preparation group will run again in October.\n\nCould someone let me know which days and tutors you could offer from the week of 4 October, and whether the rates are changing? I need to put a proposal to the Head of School by the middle of August.\n\nI'll pass the invoice itself to our finance office as usual.\n\nBest wishes,\nEleanor\n\nDr Eleanor Price\nDirector of Postgraduate Studies\nSchool of Engineering, Kingsmere College",
        lab(
            note="long reply about next term; passing the invoice to finance is neither a promise nor a new contact"
        ),
    ),
    Reply(
        "other-de-weitergeleitet",
        "other",
        "de",
        ("Sabine Keller", "s.keller@keller-optik.example"),
        "2032-07-09 10:20",
        "iphone",
        "Danke, habe ich an unsere Buchhaltung weitergeleitet.\n\nSabine Keller",
        lab(note="forwarded internally without an address: acknowledgement only"),
    ),
    Reply(
        "other-de-spam",
        "other",
        "de",
        ("Horst Zimmermann", "horst.zimmermann@tonline-mail.example"),
        "2032-07-19 15:45",
        "gmail_plain",
        "Wer sind Sie überhaupt? Ich kann mit dieser Mail nichts anfangen. Ist das Spam oder eine Betrugsmasche? Ich öffne jedenfalls keine Anhänge.",
        lab(note="suspicion; a person should read it; German reply to an English reminder"),
        rlang="en",
    ),
    Reply(
        "other-fr-conges",
        "other",
        "fr",
        ("Nicolas Lambert", "n.lambert@lambert-btp.example"),
        "2032-07-23 18:10",
        "iphone",
        "Bien reçu, je regarde ça à mon retour de congés.",
        lab(note="no commitment to pay and no date"),
    ),
    Reply(
        "other-fr-septembre",
        "other",
        "fr",
        ("Émilie Roux", "emilie.roux@roux-export.example"),
        "2032-07-15 10:30",
        "gmail",
        "Bonjour,\n\nUne question au passage : les cours du mardi reprennent-ils bien le 7 septembre ? Deux de nos commerciaux partent à Londres en octobre et voudraient prendre un peu d'avance.\n\nMerci,\nÉmilie Roux\nRoux Export",
        lab(note="course question in the reminder thread"),
    ),
    Reply(
        "other-es-recibido",
        "other",
        "es",
        ("Pilar Domínguez", "pilar@dominguezflores.example"),
        "2032-07-12 12:05",
        "android",
        "Recibido.",
        lab(note="one-word acknowledgement"),
    ),
    Reply(
        "other-es-intensivo",
        "other",
        "es",
        ("Javier Morales", "javier.morales.s@gmail.com"),
        "2032-07-27 21:30",
        "gmail",
        "Hola,\n\nGracias por el aviso. Por cierto, ¿tienen plazas para el intensivo de agosto? Mi hermano quiere preparar el First y le he hablado muy bien de vosotros.\n\nUn saludo,\nJavier",
        lab(note="course question; thanks for the reminder is no commitment"),
    ),
    Reply(
        "other-nl-kijken",
        "other",
        "nl",
        ("Tom Hermans", "tom.hermans@hermansgroep.example"),
        "2032-07-14 16:45",
        "apple",
        "Ontvangen, ik kijk er volgende week naar.\n\nTom",
        lab(note="'I'll look at it next week' is no commitment to pay"),
    ),
    Reply(
        "other-nl-albetaald",
        "other",
        "nl",
        ("Saskia Meijer", "s.meijer@meijer-recruitment.example"),
        "2032-07-27 10:15",
        "outlook",
        "Goedemorgen,\n\nIs deze niet al betaald? Volgens mij heeft mijn collega Joost dit in juni gedaan, samen met de factuur voor de Duitse cursus. Kunnen jullie dat even nakijken?\n\nGroet,\nSaskia Meijer",
        lab(note="asks whether it was paid; not a payment claim"),
    ),
    Reply(
        "other-it-nonancora",
        "other",
        "it",
        ("Davide Rossi", "davide@rossiceramiche.example"),
        "2032-07-08 18:50",
        "iphone",
        "Non ancora. Vi faccio sapere",
        lab(note="'not yet' without a date or a commitment"),
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
# Bounces: generated machine parts, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    builder: str
    zone: str = "ce"
    rlang: str = ""
    delay_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting server's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[self.zone])

    @property
    def sent(self) -> datetime:
        """When the reminder left the fees office (UK time)."""
        return (
            (self.dt - timedelta(minutes=self.delay_minutes))
            .astimezone(ZONES["uk"])
            .replace(second=37)
        )

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder that bounced."""
        return self.rlang or ("en" if self.lang == "en" else self.lang)

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder chased."""
        return f"HLS-2032-{300 + int.from_bytes(digest(self.key, 'inv')[:4], 'big') % 400:04d}"

    def subject(self) -> str:
        """The bounced reminder's subject."""
        return reminder_subject(self.reminder_lang, self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as the fees office sent it."""
        lang = self.reminder_lang
        total = DEFAULT_AMOUNTS[digest(self.key, "amount")[0] % len(DEFAULT_AMOUNTS)]
        currency = "GBP" if self.zone == "uk" else "EUR"
        body = reminder_body(lang, self.invoice, total, currency, date(2032, 6, 1))
        msg = text_part(body, "plain", "utf-8", "qp")
        msg["From"] = formataddr((FEES_NAME, FEES_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        return tidy(msg, self.key, "----=_Part_")


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464) for one recipient."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        fields.append(f"Remote-MTA: dns; {remote}")
    fields.append(f"Diagnostic-Code: smtp; {diagnostic}")
    fields.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload(
        [
            message_from_string(per_message),
            message_from_string("\n".join(fields) + "\n"),
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The bounced reminder's header block as text/rfc822-headers."""
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    part = text_part(lines, "rfc822-headers", "us-ascii", "7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_pair(lines: list[str], charset: str = "utf-8") -> Message:
    """A notice's human-readable text with an HTML twin."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        + "".join(f"<p>{escape_lines(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    return alternative(
        text_part(text, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def gmail_hard(b: Bounce) -> tuple[Message, str, str]:
    """Gmail's 'address not found' report."""
    diag = "550-5.1.1 The email account that you tried to reach does not exist. Please check the address for typos. b12-20020a0562140c8c00b006f4f1d4a7basi2276133qvb.401 - gsmtp"
    human = human_pair(
        [
            "** Address not found **",
            f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
            "The response from the remote server was:",
            diag,
        ]
    )
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def qmail_domain(b: Bounce) -> tuple[Message, str, str]:
    """A qmail bounce: plain text, no MIME, the whole message copied below."""
    text = (
        "Hi. This is the qmail-send program at relay2.ukmailhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{FEES_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 89); {format_datetime(b.sent)}\n"
        + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return msg, "MAILER-DAEMON@relay2.ukmailhost.example", "failure notice"


def exim_full(b: Bounce) -> tuple[Message, str, str]:
    """A hosting relay's Exim delay warning, customised wording, plain text."""
    rem = b.reminder()
    text = (
        "This is an automatically generated message from the mail server out.mailrelay-uk.example.\n\n"
        "Your message has been waiting in the queue for 4 hours and has not yet been\n"
        "delivered to the following recipient:\n\n"
        f"  {b.rcpt}\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox full - recipient is over quota\n\n"
        f"We will keep trying until {format_datetime(b.sent + timedelta(days=4))}.\n"
        "You do not need to send the message again. If it still cannot be delivered\n"
        "by then, it will be returned to you with an error report.\n\n"
        "Details of the waiting message:\n"
        f"  Subject:    {rem['Subject']}\n"
        f"  Date:       {rem['Date']}\n"
        f"  Message-ID: {rem['Message-ID']}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return (
        msg,
        "Mail Delivery System <Mailer-Daemon@out.mailrelay-uk.example>",
        "Warning: message 1vQ7Rt-0004Xy-3K delayed 4 hours",
    )


@dataclass(frozen=True)
class Office365Text:
    """The localised wording of an Exchange Online delivery report."""

    subject: str
    title: str
    reason: str
    advice: str
    admin: str
    server: str
    returned: str
    action: str
    diagnostic: str


OFFICE365: dict[str, Office365Text] = {
    "de": Office365Text(
        "Unzustellbar: {subject}",
        "Ihre Nachricht hat {rcpt} nicht erreicht.",
        "Die Organisation des Empfängers nimmt keine Nachrichten von Ihrer Adresse an. Die Zustellung wurde durch eine Richtlinie auf der Empfängerseite blockiert.",
        "So beheben Sie das Problem: Kontaktieren Sie den Empfänger auf anderem Weg, etwa telefonisch, und bitten Sie ihn, Ihre Adresse von seiner IT-Abteilung freischalten zu lassen.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: FR3P281MB1944.DEUP281.PROD.OUTLOOK.example",
        "Der Remoteserver hat Folgendes zurückgegeben:",
        "failed",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient",
    ),
    "fr": Office365Text(
        "Non remis : {subject}",
        "Votre message n'a pas pu être remis à {rcpt}.",
        "L'adresse du destinataire est introuvable dans le domaine de destination. Elle a peut-être été mal saisie, ou la personne a quitté l'organisation.",
        "Comment résoudre le problème : vérifiez l'orthographe de l'adresse, puis renvoyez le message. Si l'erreur persiste, contactez le destinataire par un autre moyen.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération : PAVP264MB5521.FRAP264.PROD.OUTLOOK.example",
        "Le serveur distant a renvoyé :",
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    "es": Office365Text(
        "No se puede entregar: {subject}",
        "No se pudo entregar su mensaje a {rcpt}.",
        "El dominio {domain} no existe en el DNS. Es posible que la empresa haya cambiado de dominio o que la dirección contenga un error.",
        "Cómo solucionarlo: compruebe la parte de la dirección que va detrás de la arroba. Si es correcta, contacte con el destinatario por otra vía para confirmar su dirección actual.",
        "Información de diagnóstico para administradores:",
        "Servidor de generación: MR1P264MB3307.ESPP264.PROD.OUTLOOK.example",
        "El servidor remoto devolvió:",
        "failed",
        "550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={domain}]",
    ),
    "nl": Office365Text(
        "Onbestelbaar: {subject}",
        "Uw bericht is niet bezorgd bij {rcpt}.",
        "Het postvak van de geadresseerde is vol en kan op dit moment geen berichten ontvangen.",
        "Wat u kunt doen: verstuur het bericht later opnieuw, of neem op een andere manier contact op met de geadresseerde.",
        "Diagnostische gegevens voor beheerders:",
        "Genererende server: AS8PR04MB7730.eurprd04.prod.outlook.example",
        "De externe server heeft het volgende geretourneerd:",
        "failed",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    ),
    "it": Office365Text(
        "Recapito ritardato: {subject}",
        "Il recapito del messaggio a {rcpt} è in ritardo.",
        "Il server di posta del destinatario non ha ancora accettato il messaggio. Continueremo a provare automaticamente.",
        "Non è necessario fare nulla. Se il messaggio non potrà essere recapitato entro due giorni, riceverà un'ulteriore notifica.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server di generazione: DU0PR04MB9201.eurprd04.prod.outlook.example",
        "Il server remoto ha restituito:",
        "delayed",
        "451 4.4.7 Message delayed; the remote server did not respond in time",
    ),
}


def office365(b: Bounce) -> tuple[Message, str, str]:
    """An Exchange Online delivery report in the bounce's language."""
    t = OFFICE365[b.lang]
    fill = {"rcpt": b.rcpt, "domain": b.domain, "subject": b.subject()}
    diag = t.diagnostic.format(**fill)
    server = t.server.split(": ", 1)[-1].split(" : ", 1)[-1]
    human = human_pair(
        [
            t.title.format(**fill),
            t.reason.format(**fill),
            t.advice.format(**fill),
            t.admin,
            t.server,
            f"{b.rcpt}\n{t.returned}\n{diag}",
        ]
    )
    msg = report(human, delivery_status(b, server, t.action, diag), returned_headers(b))
    return msg, f"Microsoft Outlook <postmaster@{b.domain}>", t.subject.format(**fill)


def postfix_de_delay(b: Bounce) -> tuple[Message, str, str]:
    """A German hosting provider's Postfix delay warning, RFC 3464."""
    text = (
        "Dies ist das Mailsystem von mx2.hostnetz-mail.example.\n\n"
        "################################################################\n"
        "# DIES IST NUR EINE WARNUNG. SIE MÜSSEN NICHTS ERNEUT SENDEN.  #\n"
        "################################################################\n\n"
        "Ihre Nachricht konnte seit vier Stunden nicht zugestellt werden. Das System\n"
        "versucht die Zustellung noch bis zu fünf Tage lang.\n\n"
        f"<{b.rcpt}>: connect to mail.{b.domain}[203.0.113.58]:25:\n"
        "    Connection timed out\n"
    )
    human = text_part(text, "plain", "utf-8", "qp")
    human["Content-Description"] = "Benachrichtigung"
    diag = "421 4.4.1 connect to mail server: Connection timed out"
    msg = report(
        human,
        delivery_status(b, "mx2.hostnetz-mail.example", "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    )
    return (
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.hostnetz-mail.example>",
        "Zustellung verzögert: Warnung (Delayed Mail)",
    )


def greylist_fr(b: Bounce) -> tuple[Message, str, str]:
    """A French provider's notice of a deferral by greylisting, plain text."""
    rem = b.reminder()
    text = (
        "Ceci est un message automatique du serveur relais.mailpro-france.example.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Le serveur du destinataire a refusé temporairement le message :\n"
        "    451 4.7.1 Greylisting en cours, merci de réessayer plus tard\n\n"
        "Nous continuerons d'essayer pendant cinq jours. Vous n'avez rien à faire pour le moment ; un nouvel avis vous sera envoyé si la remise échoue définitivement.\n\n"
        f"Objet du message : {b.subject()}\n"
        f"Envoyé le : {rem['Date']}\n"
    )
    return (
        text_part(text, "plain", "utf-8", "qp"),
        "MAILER-DAEMON@relais.mailpro-france.example",
        "Avis de retard de distribution",
    )


def full_es(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish provider's mailbox-full notice: multipart/mixed with the message attached."""
    text = (
        "Este es un mensaje automático del servidor de correo smtp.correoempresa-es.example.\n\n"
        "Todavía no ha sido posible entregar su mensaje a:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el buzón del destinatario está lleno (452 4.2.2 Mailbox full).\n\n"
        "Seguiremos intentando la entrega durante las próximas 72 horas. Si el buzón continúa lleno, recibirá un aviso definitivo.\n\n"
        "Se adjunta una copia del mensaje original.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return (
        outer,
        "Servicio de correo <mailer-daemon@smtp.correoempresa-es.example>",
        "Entrega retrasada: buzón lleno",
    )


def unknown_it(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider's single-part notice with the original headers inline."""
    rem = b.reminder()
    headers = "".join(
        f"{name}: {rem[name]}\n" for name in ("From", "To", "Subject", "Date", "Message-ID")
    )
    text = (
        "Messaggio generato automaticamente dal server mail.postaitalia-business.example.\n\n"
        f"Il messaggio inviato a {b.rcpt} non può essere consegnato.\n"
        "Motivo: la casella di destinazione non esiste (550 5.1.1 user unknown).\n\n"
        "Si tratta di un errore permanente: il server non effettuerà altri tentativi.\n\n"
        "Intestazioni del messaggio originale:\n\n" + headers
    )
    return (
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Sistema di posta <MAILER-DAEMON@mail.postaitalia-business.example>",
        f"Mancata consegna: {b.subject()}",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], tuple[Message, str, str]]] = {
    "gmail_hard": gmail_hard,
    "qmail_domain": qmail_domain,
    "exim_full": exim_full,
    "office365": office365,
    "postfix_de_delay": postfix_de_delay,
    "greylist_fr": greylist_fr,
    "full_es": full_es,
    "unknown_it": unknown_it,
}

BOUNCES = [
    Bounce(
        "bounce-en-gmail",
        "en",
        "hard",
        "5.1.1",
        "oakleyfitness.bookings@gmail.com",
        "2032-07-06 08:07",
        "gmail_hard",
        zone="uk",
    ),
    Bounce(
        "bounce-en-qmail",
        "en",
        "hard",
        "5.1.2",
        "accounts@ferris-builders.example",
        "2032-07-13 08:06",
        "qmail_domain",
        zone="uk",
        note="qmail, no MIME; the domain no longer exists",
    ),
    Bounce(
        "bounce-en-exim",
        "en",
        "soft",
        "4.2.2",
        "info@harrowgate-carpets.example",
        "2032-07-21 12:08",
        "exim_full",
        zone="uk",
        delay_minutes=240,
        note="Exim delay warning, plain text, not RFC 3464; mailbox full",
    ),
    Bounce(
        "bounce-de-policy",
        "de",
        "hard",
        "5.7.1",
        "einkauf@vossberg-gruppe.example",
        "2032-07-08 09:07",
        "office365",
        note="rejected by the recipient's policy",
    ),
    Bounce(
        "bounce-de-delay",
        "de",
        "soft",
        "4.4.1",
        "buero@tischlerei-hagen.example",
        "2032-07-14 13:06",
        "postfix_de_delay",
        delay_minutes=240,
        note="delay warning from a German provider; connection timed out",
    ),
    Bounce(
        "bounce-fr-unknown",
        "fr",
        "hard",
        "5.1.10",
        "rh@laurent-textiles.example",
        "2032-07-20 09:06",
        "office365",
    ),
    Bounce(
        "bounce-fr-greylist",
        "fr",
        "soft",
        "4.7.1",
        "contact@cabinet-mercier.example",
        "2032-07-09 13:09",
        "greylist_fr",
        delay_minutes=240,
        note="temporary policy deferral (greylisting), provider notice in plain text",
    ),
    Bounce(
        "bounce-es-domain",
        "es",
        "hard",
        "5.4.310",
        "compras@industriasvelez.example",
        "2032-07-15 09:05",
        "office365",
        note="the recipient's domain no longer exists",
    ),
    Bounce(
        "bounce-es-full",
        "es",
        "soft",
        "4.2.2",
        "reservas@casarural-lasencinas.example",
        "2032-07-27 09:35",
        "full_es",
        delay_minutes=30,
        note="provider notice in multipart/mixed with the message attached",
    ),
    Bounce(
        "bounce-nl-full",
        "nl",
        "soft",
        "5.2.2",
        "administratie@vandijk-makelaars.example",
        "2032-07-22 09:06",
        "office365",
        note="mailbox full reported with a 5.x code: soft; the code is kept",
    ),
    Bounce(
        "bounce-it-unknown",
        "it",
        "hard",
        "5.1.1",
        "ufficio.personale@ceramichevenete.example",
        "2032-07-19 09:05",
        "unknown_it",
        note="single-part Italian provider notice with the original headers inline",
    ),
    Bounce(
        "bounce-it-delay",
        "it",
        "soft",
        "4.4.7",
        "amministrazione@pastificiogranato.example",
        "2032-07-29 13:07",
        "office365",
        delay_minutes=240,
    ),
]


def build_bounce(b: Bounce) -> Message:
    """The full delivery report."""
    msg, sender, subject = BOUNCE_BUILDERS[b.builder](b)
    msg["From"] = sender
    msg["To"] = FEES_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    prefix = (
        "000000000000"
        if b.builder == "gmail_hard"
        else "_000_"
        if b.builder == "office365"
        else "----=_Part_"
    )
    return tidy(msg, b.key, prefix)


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One message ready to write: its key, MIME tree, label and what must be visible in it."""

    key: str
    msg: Message
    label: dict[str, object]
    local_day: date
    must_show: list[str] = field(default_factory=list)


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a reply (without the file name)."""
    row: dict[str, object] = {"intent": r.intent}
    row.update(dict.fromkeys(FIELDS))
    row.update({k: v for k, v in r.labels.items() if k in FIELDS})
    row["invoice_refs"] = r.labels.get("invoice_refs", [])
    row["language"] = r.lang
    row["note"] = r.labels.get("note")
    return row


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report (without the file name)."""
    row: dict[str, object] = {"intent": "bounce"}
    row.update(dict.fromkeys(FIELDS))
    row.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    row.update(invoice_refs=[], language=b.lang, note=b.note)
    return row


def all_items() -> list[Item]:
    """Every message with its label, before shuffling."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.dt.date(),
            [line for line in r.body.split("\n") if line.strip()],
        )
        for r in REPLIES
    ]
    items += [Item(b.key, build_bounce(b), bounce_label(b), b.dt.date(), [b.rcpt]) for b in BOUNCES]
    return items


def walk_parts(part: Message, in_report: bool = False) -> Iterator[tuple[Message, bool]]:
    """Every part, and whether it is a header block inside message/delivery-status."""
    yield part, in_report
    for sub in payload_parts(part):
        yield from walk_parts(sub, part.get_content_type() == "message/delivery-status")


def fail(name: str, problem: str) -> None:
    """Stop the build with a clear message."""
    raise SystemExit(f"{name}: {problem}")


def check_message(name: str, data: bytes, item: Item) -> str:
    """Parse the file back: headers decode, text parts decode, no defects. Returns the text seen."""
    msg: EmailMessage = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    texts: list[str] = []
    for part, in_report in walk_parts(msg):
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                fail(name, f"header {header_name} has defects {defects}")
            str(value)
        if in_report or part.get_content_maintype() != "text":
            continue
        content = cast(EmailMessage, part).get_content()
        if not isinstance(content, str):
            fail(name, "text part did not decode to str")
        if part.get_param("format") == "flowed":
            content = unflow(str(content))
        texts.append(str(content))
    seen = html.unescape("\n".join(texts + [str(msg["Subject"])]))
    for line in item.must_show:
        if html.unescape(line) not in seen:
            fail(name, f"hand-written line not found after decoding: {line[:60]!r}")
    sent = msg["Date"]
    day = cast(datetime, getattr(sent, "datetime", None))
    if not isinstance(day, datetime) or not FIRST_DAY <= day.date() <= LAST_DAY:
        fail(name, f"date {sent} outside {FIRST_DAY} … {LAST_DAY}")
    return seen


def check_label(name: str, row: dict[str, object], local_day: date, seen: str) -> None:
    """The label has the holdout format, and its values are consistent with the message."""
    expected = ["file", "intent", *FIELDS, "invoice_refs", "language", "note"]
    if list(row) != expected:
        fail(name, f"label keys {list(row)}")
    intent = str(row["intent"])
    if intent not in INTENTS or row["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in FIELDS:
        if row[key] is not None and key not in allowed:
            fail(name, f"{key} filled for {intent}")
        if row[key] is not None and not isinstance(row[key], str):
            fail(name, f"{key} is not a string")
    for key in DATE_FIELDS:
        value = row[key]
        if value is not None:
            day = date.fromisoformat(str(value))
            if key == "paid_date" and day > local_day:
                fail(name, "paid in the future")
            if key != "paid_date" and day < local_day:
                fail(name, f"{key} before the message")
    if (row["amount"] is None) != (row["currency"] is None):
        fail(name, "amount and currency go together")
    if row["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", str(row["amount"])):
        fail(name, "amount format")
    if row["currency"] not in {None, "GBP", "EUR"}:
        fail(name, "currency")
    contact = row["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in seen.lower()
    ):
        fail(name, "new_contact must be lower case and written in the message")
    refs = row["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs must be a list")
    for ref in cast(list[str], refs):
        if not INVOICE_RE.match(ref) or ref[-4:] not in seen:
            fail(name, f"invoice ref {ref}")
    if intent == "bounce":
        status = str(row["bounce_status"])
        soft = status.startswith("4.") or status == "5.2.2"
        if not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", status) or row["bounce_kind"] != (
            "soft" if soft else "hard"
        ):
            fail(name, "bounce kind and status disagree")
        if str(row["failed_recipient"]) not in seen:
            fail(name, "failed recipient not in the report")


def count_table(rows: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(r["intent"]), str(r["language"])) for r in rows)
    lines = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def check_counts(rows: list[dict[str, object]]) -> None:
    """Twelve per intent, the agreed number per language, every cell filled."""
    per_intent = Counter(str(r["intent"]) for r in rows)
    per_lang = Counter(str(r["language"]) for r in rows)
    cells = Counter((str(r["intent"]), str(r["language"])) for r in rows)
    if any(per_intent[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"intent counts {dict(per_intent)}")
    if any(per_lang[lang] != LANG_TOTALS[lang] for lang in LANGS):
        raise SystemExit(f"language counts {dict(per_lang)}")
    empty = [(i, lang) for i in INTENTS for lang in LANGS if cells[i, lang] == 0]
    if empty:
        raise SystemExit(f"empty cells {empty}")


def coverage(items: list[Item]) -> dict[str, Counter[str]]:
    """What the corpus exercises: top-level types, text charsets and transfer encodings."""
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for item in items:
        tops[item.msg.get_content_type()] += 1
        for part, in_report in walk_parts(item.msg):
            if in_report or part.get_content_maintype() != "text":
                continue
            charsets[str(part.get_content_charset("us-ascii"))] += 1
            encodings[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    return {
        "top-level type": tops,
        "text-part charset": charsets,
        "transfer encoding": encodings,
    }


def file_order(key: str) -> str:
    """A seeded hash of the key: sorting on it hides the label order in the file names."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    """Build, check and write every file; return the label rows and the items."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    rows: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        seen = check_message(name, data, item)
        row: dict[str, object] = {"file": name, **item.label}
        check_label(name, row, item.local_day, seen)
        (HERE / name).write_bytes(data)
        rows.append(row)
    check_counts(rows)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows, items


def main() -> int:
    """Rebuild the corpus and print the count table."""
    rows, items = write_all()
    print(count_table(rows))
    kinds = Counter(str(r["bounce_kind"]) for r in rows if r["intent"] == "bounce")
    print(f"\n{len(rows)} messages written to {HERE.name}/; bounces: {dict(sorted(kinds.items()))}")
    styles = Counter(r.style for r in REPLIES)
    print("client styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
    for title, counts in coverage(items).items():
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
