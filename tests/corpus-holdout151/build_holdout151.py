# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# The hand-written text keeps one paragraph a line, as mail clients send it, with the
# typographic quotes, dashes and accents people really type.
"""Build held-out reply corpus 151: `h151-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) an overdue reminder sent by the accounts mailbox of
Ravensworth Tree Surgery & Arboriculture. The new text of each message is written by hand
below. The script only adds what a mail client or a mail server would add: the quoted
reminder in the client's own layout and language, the headers, the MIME structure, the
charset and the transfer encoding. Bounce skeletons (delivery-status fields, returned
headers and messages) are generated; their human-readable parts are written out one by one.

Run it from anywhere: it rebuilds every file next to itself, deterministically (fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock), parses every file
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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "ravensworth-holdout-151"
PREFIX = "h151"
AR_NAME = "Ravensworth Accounts"
AR_ADDR = "accounts@ravensworth-trees.example"
AR_DOMAIN = "ravensworth-trees.example"
FIRST_DAY = datetime(2032, 4, 26).date()
LAST_DAY = datetime(2032, 5, 21).date()
UK_BANK_HOLIDAYS = frozenset({datetime(2032, 5, 3).date(), datetime(2032, 5, 31).date()})
UK = timezone(timedelta(hours=1))  # BST: 28 March to 31 October 2032
CE = timezone(timedelta(hours=2))  # CEST: same dates
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
# Planned cells: 12 per intent; en 30, the other languages 18 each.
PLAN: dict[str, tuple[int, int, int, int, int, int]] = {
    "payment_sent": (3, 2, 2, 2, 2, 1),
    "promise_to_pay": (3, 2, 2, 2, 1, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 1, 2, 2, 2),
    "invoice_request": (3, 1, 2, 2, 2, 2),
    "wrong_contact": (3, 2, 2, 2, 2, 1),
    "unsubscribe": (3, 2, 2, 2, 1, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 1, 2, 2, 2),
    "other": (3, 1, 2, 2, 2, 2),
}

# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in each language)
# --------------------------------------------------------------------------------------------

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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines. Fields: see `date_parts`; plus {name} and {addr}.
ATTR_GMAIL = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
ATTR_APPLE = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
ATTR_THUNDERBIRD = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook header block: separator line, From, Sent, To, Subject, label separator, Sent format.
OUTLOOK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{wl}, {d} {ml} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wl}, {d}. {ml} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wl} {d} {ml} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wl}, {d} de {ml} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wl} {d} {ml} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wl} {d} {ml} {y} {HH}:{MM}",
    ),
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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

# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Ravensworth Tree Surgery",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel – facture {inv} échue",
    "es": "Factura {inv} pendiente de pago – recordatorio",
    "nl": "Herinnering – openstaande factuur {inv}",
    "it": "Promemoria – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date:\n\n"
        "Invoice: {inv}\nDate of invoice: {issued}\nDue: {due}\nOutstanding: {amount}\n\n"
        "If payment is already on its way, thank you – a quick reply with the date you paid helps us match it. If anything about the work or the invoice needs looking at, just reply to this email and we will pick it up.\n\n"
        "Many thanks,\n\n"
        "Accounts team\nRavensworth Tree Surgery & Arboriculture\nTel 01632 960 771 | accounts@ravensworth-trees.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "zu der folgenden Rechnung konnten wir bisher keinen Zahlungseingang feststellen:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amount}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, vielen Dank – eine kurze Nachricht mit dem Zahlungsdatum erleichtert uns die Zuordnung. Gibt es Fragen zu den Arbeiten oder zur Rechnung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Buchhaltung\nRavensworth Tree Surgery & Arboriculture"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "Facture : {inv}\nDate : {issued}\nÉchéance : {due}\nMontant restant dû : {amount}\n\n"
        "Si le paiement est déjà en cours, merci – n'hésitez pas à nous indiquer sa date pour faciliter le rapprochement. Pour toute question sur l'intervention ou sur la facture, il suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\nRavensworth Tree Surgery & Arboriculture"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "Factura: {inv}\nFecha: {issued}\nVencimiento: {due}\nImporte pendiente: {amount}\n\n"
        "Si ya la han abonado, muchas gracias; les agradeceríamos que nos indicaran la fecha del pago para poder conciliarlo. Si tienen cualquier duda sobre el trabajo o la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de contabilidad\nRavensworth Tree Surgery & Arboriculture"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de betaaltermijn verstreken is:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amount}\n\n"
        "Is de betaling al onderweg, dan danken wij u; laat u ons de betaaldatum even weten, dan kunnen wij haar sneller verwerken. Heeft u vragen over de werkzaamheden of de factuur, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Afdeling boekhouding\nRavensworth Tree Surgery & Arboriculture"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora pervenuto il pagamento della fattura qui sotto, già scaduta:\n\n"
        "Fattura n.: {inv}\nData: {issued}\nScadenza: {due}\nImporto da saldare: {amount}\n\n"
        "Se avete già provveduto, vi ringraziamo: indicateci pure la data del pagamento, così possiamo abbinarlo. Per qualsiasi domanda sull'intervento o sulla fattura basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio contabilità\nRavensworth Tree Surgery & Arboriculture"
    ),
}
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def amount_text(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang` (for example `£1,450.00` or `1.450,00 €`)."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        nbsp = "\u00a0"
        return f"{nbsp.join(groups)},{cents}{nbsp}{symbol}"
    number = f"{'.'.join(groups)},{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {number}"
    return f"{number} {symbol}"


def numeric_date(day: datetime, lang: str) -> str:
    """A date as the reminder prints it in `lang`."""
    if lang == "en":
        return f"{day.day} {MONTH_NAMES['en'].split()[day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of characters it cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, with its labels.

    `client` is the mail client whose layout wraps the text; `notice` means an automatic
    message that quotes nothing. `loc` is the client's interface language when it differs
    from the writer's, `rlang` the reminder's language when it differs from the reply's.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = "RTS/30417"
    amount: str = "1450.00"
    currency: str = ""
    rlang: str = ""
    loc: str = ""
    region: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    rdays: int = 1
    after: int = 0
    threaded: bool = True

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on these dates."""
        region = self.region or ("uk" if self.lang == "en" else "ce")
        return UK if region == "uk" else CE

    @property
    def dt(self) -> datetime:
        """The message's date, with seconds derived from its key."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        return base.replace(second=digest(self.key, "sec")[0] % 60)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder this message answers."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The language of the client's own strings (attribution, labels, signature)."""
        return self.loc or self.lang

    @property
    def cur(self) -> str:
        """The invoice currency."""
        return self.currency or ("GBP" if self.tz == UK else "EUR")


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    builder: str
    inv: str
    amount: str
    note: str | None = None

    @property
    def tz(self) -> timezone:
        """English notices come from UK systems, the others from continental ones."""
        return UK if self.lang == "en" else CE

    @property
    def dt(self) -> datetime:
        """The report's date."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        return base.replace(second=digest(self.key, "sec")[0] % 60)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def cur(self) -> str:
        """The invoice currency."""
        return "GBP" if self.rlang == "en" else "EUR"


# --------------------------------------------------------------------------------------------
# Ids, dates and small text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (the only source of variation in ids and boundaries)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_parts(lang: str, when: datetime) -> dict[str, str]:
    """The pieces a client uses to print a date in `lang`."""
    return {
        "wl": DAY_NAMES[lang][when.weekday()],
        "wa": DAY_ABBR[lang][when.weekday()],
        "ml": MONTH_NAMES[lang].split()[when.month - 1],
        "ma": MONTH_ABBR[lang].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "MM": f"{when.minute:02d}",
    }


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out: a working day before the reply, early in the morning (UK
    time); for automatic notices, `after` minutes before them."""
    if r.after:
        return (r.dt - timedelta(minutes=r.after, seconds=r.dt.second - 7)).astimezone(UK)
    day = r.dt.astimezone(UK) - timedelta(days=r.rdays)
    while day.weekday() >= 5 or day.date() in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return day.replace(
        hour=9,
        minute=1 + digest(r.key, "rem")[0] % 9,
        second=digest(r.key, "rem")[1] % 60,
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{b32(key, 'reminder', 16).lower()}.dun@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sender's client would make it."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in {"outlook_html", "html_only", "android"} or (
        r.client == "notice" and r.tz == UK
    ):
        host = b32(r.key, "host", 11)
        return f"<{host}{raw.hex()[:20].upper()}@{host}.eurprd07.prod.outlook.example>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    h = raw.hex()
    return f"<{h[:4]}01d8{h[4:10]}${h[10:18]}${h[18:26]}$@{domain}>"


def quoted(text: str) -> str:
    """Plain-text quoting with `>` as Gmail, Apple Mail and iOS write it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Lines joined with `<br>`, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    """Paragraphs (blank-line separated) as `<p>` elements."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def mso(text: str) -> str:
    """Word's paragraph markup: one `MsoNormal` paragraph per line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, prefix: str = "", width: int = 72) -> str:
    """Text as `format=flowed` (RFC 3676): long lines broken after a space, stuffed where needed."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(prefix + line)
            continue
        if not prefix and line.startswith((" ", ">", "From ")):
            line = " " + line
        words = line.split(" ")
        current = ""
        pieces: list[str] = []
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and len(prefix) + len(candidate) > width:
                pieces.append(current + " ")
                current = word
            else:
                current = candidate
        pieces.append(current.rstrip(" "))
        out.extend(prefix + piece if piece or not prefix else prefix.rstrip() for piece in pieces)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit or 7bit: no transfer encoding, the generator picks the label
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(*parts: Message) -> Message:
    """A multipart/alternative container."""
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def encoded(value: str, charset: str) -> str:
    """A header value as a client would send it: RFC 2047 encoded-words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value with an encoded display name where needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset)} <{addr}>"


def move_mime_headers_down(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic multipart boundaries shaped like the producing software's own."""
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(containers):
        tail = b32(key, f"boundary-{n}", 26)
        boundary = {
            "gmail": f"0000000000{tail[:16].lower()}",
            "apple": f"Apple-Mail={tail[:8]}-{tail[8:12]}-{tail[12:20]}",
            "outlook": f"_00{n}_{tail[:20]}_",
            "android": f"_00{n}_{tail[:20]}_",
            "exchange": f"_00{n}_{tail[:20]}_",
        }.get(shape, f"----=_Part_{n}_{tail[:10]}.{tail[10:20]}")
        part.set_boundary(boundary)


# --------------------------------------------------------------------------------------------
# The quoted reminder and the client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's text for one invoice."""
    issued = sent - timedelta(days=44)
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=numeric_date(issued, lang),
        due=numeric_date(due, lang),
        amount=amount_text(amount, currency, lang),
    )


def make_quote(r: Reply) -> Quoted:
    """What the reply quotes, in the reply's charset and the replying client's time zone."""
    sent = reminder_sent(r)
    subject = reminder_subject(r.reminder_lang, r.inv)
    text = reminder_body(r.reminder_lang, r.inv, r.amount, r.cur, sent)
    if r.charset.lower() == "iso-8859-1":
        subject, text = latin1(subject), latin1(text)
    name, addr = r.sender
    to = f"{name} <{addr}>" if name else addr
    return Quoted(subject, text, sent.astimezone(r.tz), r.client_lang, to)


def outlook_rows(q: Quoted, seconds: bool = False) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject rows in the client's language."""
    _, frm, sent, to, subj, _, fmt = OUTLOOK[q.loc]
    when = fmt.format(**date_parts(q.loc, q.sent))
    if seconds:
        when += f":{q.sent.second:02d}"
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, when),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quoted, seconds: bool = False) -> str:
    """The rows as plain text."""
    sep = OUTLOOK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q, seconds))


def word_html(r: Reply, q: Quoted) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header."""
    sep = OUTLOOK[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    body = f"{r.text}\n\n{OUTLOOK[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(body, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, HTML with its plain-text alternative."""
    plain = f"{r.text}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quoted) -> Message:
    """Outlook configured to send HTML without a plain-text part."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: both parts in base64, the app's localised signature."""
    sig = ANDROID_SIG[q.loc]
    plain = f"{r.text}\n\n{sig}<https://aka.ms/AAb9ysg>\n{'_' * 32}\n{outlook_block(q, seconds=True)}\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}"
        for label, value in outlook_rows(q, seconds=True)
    )
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
        '<body dir="auto">\n'
        f'<div dir="auto">{html_text(r.text)}</div>\n'
        '<div dir="auto"><br></div>\n'
        f'<div id="ms-outlook-mobile-signature" dir="auto">{html.escape(sig)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div>\n</div>\n'
        f"<div>{html_paras(q.text)}</div>\n</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def client_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail: plain and HTML alternatives, the quote in a `gmail_quote` blockquote."""
    attr = ATTR_GMAIL[q.loc].format(**date_parts(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    attr = ATTR_GMAIL[q.loc].format(**date_parts(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    attr = ATTR_APPLE[q.loc].format(**date_parts(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quoted) -> Message:
    """iOS Mail: localised signature, the attribution inside the quote."""
    attr = ATTR_APPLE[q.loc].format(**date_parts(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR)
    inner = quoted(attr + "\n\n" + q.text)
    return text_part(f"{r.text}\n\n{IPHONE_SIG[q.loc]}\n\n{inner}\n", "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: format=flowed, attribution above `>` quoting."""
    attr = ATTR_THUNDERBIRD[q.loc].format(**date_parts(q.loc, q.sent), name=AR_NAME)
    body = f"{flowed(r.text)}\n\n{flowed(attr)}\n{flowed(q.text, prefix='> ')}\n"
    part = text_part(body, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quoted) -> Message:
    """An automatic message: it quotes nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


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
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
MIME_VERSION = {
    "apple": "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
    "iphone": "1.0 (1.0)",
}


def reply_subject(r: Reply, q: Quoted) -> str:
    """The reply's subject: the client's prefix, or the writer's own subject."""
    if r.subject:
        return r.subject.format(re=q.subject)
    if r.client in OUTLOOK_CLIENTS or r.client == "android":
        return OUTLOOK_RE[q.loc] + q.subject
    return "Re: " + q.subject


def finish(msg: Message, key: str, shape: str, version: str = "1.0") -> Message:
    """Header order, MIME-Version placement and boundaries."""
    del msg["MIME-Version"]
    if "Content-Type" in msg:
        msg["MIME-Version"] = version
    move_mime_headers_down(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, shape)
    return msg


def build_reply(r: Reply) -> Message:
    """A whole message from one spec."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for name, value in r.headers:
        if name == "Cc":
            msg[name] = value
    msg["Subject"] = encoded(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in OUTLOOK_CLIENTS or r.client == "android":
        msg["Thread-Topic"] = encoded(q.subject, r.charset)
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    if r.client in {"outlook_html", "html_only"}:
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        if name != "Cc":
            msg[name] = value
    shape = {"gmail": "gmail", "android": "android"}.get(
        r.client, "outlook" if r.client in OUTLOOK_CLIENTS else r.client
    )
    return finish(msg, r.key, shape, MIME_VERSION.get(r.client, "1.0"))


# Header sets for automatic messages
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pryce", "garethpryce58@gmail.com"),
        "2032-05-04 19:41",
        "iphone",
        "Paid.",
        lab(note="one-word reply; 'Paid.' answering a reminder is a payment claim, with no date"),
        inv="RTS/30452",
        amount="640.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Harrowfield Borough Council – Accounts Payable",
            "ap-remittances@harrowfield.gov.example",
        ),
        "2032-05-07 06:14",
        "notice",
        "HARROWFIELD BOROUGH COUNCIL\nRemittance Advice\n\nSupplier:        RAVENSWORTH TREE SURGERY LTD\nSupplier no.:    104772\nPayment date:    07/05/2032\nPayment method:  BACS\nPayment ref:     7004318826\n\nYour invoice    Our order      Gross (GBP)\nRTS/30398       PO 88120471       2,160.00\nRTS/30455       PO 88120533         915.50\n                               -----------\nTotal paid                        3,075.50\n\nFunds should reach your account within three working days of the payment date.\n\nThis mailbox is not monitored and replies will not be read. For remittance queries please contact the Payments Team on 01632 960 200, quoting the payment reference above.",
        lab(
            ("RTS/30398", "RTS/30455"),
            paid_date="2032-05-07",
            payment_reference="7004318826",
            amount="3075.50",
            currency="GBP",
            note="AP-system remittance advice; the amount is the total paid; 'not monitored' is the advice's own mailbox, not a contact change",
        ),
        subject="Remittance Advice – Payment 7004318826",
        threaded=False,
        headers=(AUTO_GENERATED, ("Precedence", "bulk"), SUPPRESS),
        charset="windows-1252",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Marsh", "estateoffice@kettlebyhall.example"),
        "2032-05-04 11:26",
        "outlook_html",
        "Morning,\n\nThis went on the 28th by bank transfer – our ref KHE-0428-RTS. It may show up at your end as ‘Kettleby Farms’ rather than the estate, as the farm account pays a lot of the estate bills.\n\nCould you send me a copy of the invoice for RTS/30387 while you’re at it? Ours got filed with the woodland grant paperwork and I can’t lay my hands on it, and the auditors will want it.\n\nThanks\nHelen Marsh\nEstate Office, Kettleby Hall",
        lab(
            ("RTS/30387",),
            paid_date="2032-04-28",
            payment_reference="KHE-0428-RTS",
            note="paid, plus a copy wanted for the records: the payment claim wins, the copy is not needed before paying; 'the 28th' is past, so 28 April",
        ),
        inv="RTS/30387",
        amount="2875.00",
        rdays=4,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kröger", "s.kroeger@brenner-hv.example"),
        "2032-05-03 10:14",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung RTS/30571 über 2.380,00 EUR für die Baumpflege in der Wohnanlage Lindenhof wurde von uns am 29.04.2032 überwiesen.\n\nBitte prüfen Sie nochmals Ihren Zahlungseingang.\n\nMit freundlichen Grüßen\ni. A. Sabine Kröger\nBrenner Hausverwaltung GmbH\nObjektbuchhaltung",
        lab(("RTS/30571",), paid_date="2032-04-29", amount="2380.00", currency="EUR"),
        inv="RTS/30571",
        amount="2380.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jürgen Haas", "j.haas61@gmx.de"),
        "2032-05-08 08:12",
        "iphone",
        "erledigt",
        lab(
            note="one word, lower case; 'erledigt' answering a payment reminder means paid; no date"
        ),
        inv="RTS/30593",
        amount="485.00",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Ferrand", "n.ferrand@cabinet-delorme.example"),
        "2032-05-05 15:32",
        "outlook_html",
        "Bonjour,\n\nNous vous informons que le virement de 1 640,00 € correspondant à votre facture RTS/30544 (élagage des platanes, résidence Les Tilleuls) a été émis ce jour depuis le compte du syndicat des copropriétaires.\n\nVous devriez le recevoir sous 48 heures.\n\nCordialement,\n\nNathalie Ferrand\nGestionnaire comptable\nCabinet Delorme Immobilier – Syndic de copropriété",
        lab(("RTS/30544",), paid_date="2032-05-05", amount="1640.00", currency="EUR"),
        inv="RTS/30544",
        amount="1640.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Martine Guéry", "secretariat@mairie-saintaubin-des-pres.example"),
        "2032-04-29 17:48",
        "thunderbird",
        "Bonsoir,\n\nJe me permets de vous répondre un peu tard, la semaine a été compliquée ici : nous avions le conseil municipal mardi soir avec le vote du compte administratif, et en plus le photocopieur nous a lâchés en pleine préparation des dossiers. Monsieur le Maire m'a d'ailleurs demandé de vous transmettre ses remerciements pour les tilleuls de la place de l'église, les habitants trouvent le résultat très réussi, même si certains trouvent qu'on a taillé un peu court (mais c'est toujours comme ça).\n\nPour votre facture, j'ai fait le mandat le 27 avril et il est parti à la trésorerie le jour même, donc de notre côté tout est fait. Ensuite c'est la trésorerie qui paie et elle met parfois une dizaine de jours, je ne peux pas aller plus vite qu'elle.\n\nAu passage, pourriez-vous nous envoyer un devis pour le marronnier de la cour de l'école ? Il perd des branches depuis l'hiver.\n\nBien cordialement,\n\nMartine Guéry\nSecrétaire de mairie\nMairie de Saint-Aubin-des-Prés",
        lab(
            paid_date="2032-04-27",
            note="rambling reply with the point buried: the payment order went to the public treasury on 27 April, so the payment is out of the commune's hands; the quote request is secondary",
        ),
        inv="RTS/30538",
        amount="1290.00",
        rdays=3,
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ortega", "lucia.ortega@campogolf-lasencinas.example"),
        "2032-05-11 09:37",
        "gmail_plain",
        "Buenos días:\n\nEsta factura ya está pagada, hicimos la transferencia el viernes pasado junto con la de la poda de las palmeras. Os tiene que haber entrado hoy o mañana.\n\nSaludos,\nLucía Ortega\nAdministración – Campo de Golf Las Encinas",
        lab(paid_date="2032-05-07", note="'el viernes pasado' before Tuesday 11 May"),
        inv="RTS/30602",
        amount="2150.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Pedro Roldán", "pedro@fincasroldan.example"),
        "2032-05-13 13:05",
        "android",
        "¿Cómo que pendiente? La transferencia la hicimos el 30/04 desde la cuenta de la comunidad, por 1.120,00 €. ¿No os ha llegado? Mirad bien porque el banco nos la da como realizada.\n\nPedro Roldán\nFincas Roldán – Administración de comunidades",
        lab(
            paid_date="2032-04-30",
            amount="1120.00",
            currency="EUR",
            note="written as questions, but it asserts the transfer was made: a payment claim",
        ),
        inv="RTS/30606",
        amount="1120.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Marco de Vries", "penningmeester@vve-parkzicht.example"),
        "2032-05-12 12:20",
        "iphone",
        "Is vandaag overgemaakt o.v.v. factuurnummer 30618.\n\nMvg Marco de Vries\nPenningmeester VvE Parkzicht",
        lab(
            ("RTS/30618",),
            paid_date="2032-05-12",
            note="'30618' is a short form of RTS/30618; it is the invoice number, not a payment reference",
        ),
        inv="RTS/30618",
        amount="760.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Woonstichting De Linge – Crediteurenadministratie",
            "noreply-crediteuren@woonstichtingdelinge.example",
        ),
        "2032-05-19 05:31",
        "notice",
        "Geachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling aan u.\n\nCrediteurnummer:   300981\nBetaaldatum:       19-05-2032\nBetalingskenmerk:  2032-0519-044\n\nFactuurnummer    Factuurdatum    Bedrag\nRTS/30633        15-03-2032      € 3.412,80\nRTS/30640        19-03-2032      €   388,00\n---------------------------------------------\nTotaal                           € 3.800,80\n\nDit bericht is automatisch verzonden; op dit adres kunt u niet reageren. Vragen over deze betaling kunt u stellen via crediteuren@woonstichtingdelinge.example onder vermelding van het betalingskenmerk.",
        lab(
            ("RTS/30633", "RTS/30640"),
            paid_date="2032-05-19",
            payment_reference="2032-0519-044",
            amount="3800.80",
            currency="EUR",
            note="AP-system payment specification; the address for questions is not a contact change",
        ),
        subject="Betaalspecificatie 2032-0519-044",
        threaded=False,
        headers=(AUTO_GENERATED,),
        cte="b64",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Elena Bianchi", "contabilita@studiobianchi-amm.example"),
        "2032-05-14 10:02",
        "gmail",
        "Buongiorno,\n\nvi confermo che ieri abbiamo disposto il bonifico di € 1.980,00 a saldo della fattura RTS/30590 (condominio di via dei Tigli 14). CRO 77281044510.\n\nCordiali saluti\nElena Bianchi\nStudio Bianchi Amministrazioni Condominiali",
        lab(
            ("RTS/30590",),
            paid_date="2032-05-13",
            payment_reference="77281044510",
            amount="1980.00",
            currency="EUR",
        ),
        inv="RTS/30590",
        amount="1980.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Neil Ashworth", "neil@ashworthlandscapes.example"),
        "2032-04-30 16:55",
        "gmail",
        "Hi, I'm out of the office till Tuesday (we've got the stand at the county show, no signal half the time). I'll pay this on Tuesday morning when I'm back at my desk, sorry it's late.\n\nNeil\nAshworth Landscapes",
        lab(
            promised_date="2032-05-04",
            note="typed by a person although the subject says out of office; Tuesday after Friday 30 April (Monday 3 May is a bank holiday)",
        ),
        subject="Out of office till Tues",
        inv="RTS/30466",
        amount="1180.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        (
            "Greystone Homes – Accounts Payable",
            "accounts.payable@greystonehomes.example",
        ),
        "2032-05-11 14:08",
        "outlook_html",
        "Dear Sir/Madam,\n\nThank you for your email. Invoice RTS/30471 (£4,820.00, tree protection and removals, Mill Lane plots 14–22) has been approved and is scheduled for Friday’s payment run. Funds normally clear two working days after the run.\n\nKind regards,\n\nPriya Natarajan\nAccounts Payable Assistant\nGreystone Homes plc",
        lab(
            ("RTS/30471",),
            promised_date="2032-05-14",
            amount="4820.00",
            currency="GBP",
            note="past tense ('approved and scheduled') announcing a future payment; the date is the run, Friday 14 May, not the clearing date",
        ),
        inv="RTS/30471",
        amount="4820.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Maureen Tilsley", "mo.tilsley@hotmail.co.uk"),
        "2032-05-06 20:14",
        "android",
        "not paid yet no, will be end of the month when my pension goes in. I did tell the young man on the day it would be end of month\nMaureen",
        lab(
            promised_date="2032-05-31",
            note="'not yet' plus a date: a promise; end of the month is 31 May",
        ),
        inv="RTS/30480",
        amount="420.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Thomas Lenz", "t.lenz@lenz-galabau.example"),
        "2032-05-03 08:47",
        "outlook",
        "Hallo zusammen,\n\ndie Zahlung für RTS/30580 geht in KW 20 raus. Wir zahlen gesammelt einmal die Woche, und für diese Woche ist das Budget schon verplant.\n\nGruß\nThomas Lenz\nLenz Garten- und Landschaftsbau",
        lab(
            ("RTS/30580",),
            promised_date="2032-05-10",
            note="calendar week 20 resolved to its Monday, 10 May, as 'next week' is",
        ),
        inv="RTS/30580",
        amount="3260.00",
        charset="iso-8859-1",
        rdays=3,
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Ursula Weißenborn", "u.weissenborn@kanzlei-weissenborn.example"),
        "2032-05-12 18:30",
        "apple",
        "Sehr geehrte Damen und Herren,\n\nich bitte um Nachsicht, Ihre Rechnung ist mir während meines Urlaubs durchgerutscht. Ich werde den Betrag von 860,00 € zum 20. des Monats überweisen, früher ist es mir leider nicht möglich.\n\nMit freundlichen Grüßen\nUrsula Weißenborn",
        lab(
            promised_date="2032-05-20",
            amount="860.00",
            currency="EUR",
            note="'zum 20. des Monats' in a message of 12 May",
        ),
        inv="RTS/30610",
        amount="860.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Jean-Marc Perrin", "jm.perrin@orange.fr"),
        "2032-05-10 07:58",
        "iphone",
        "Bonjour je fais le virement fin de mois comme d'hab\nCordialement JM Perrin",
        lab(
            promised_date="2032-05-31",
            note="'fin de mois' in May: 31 May; no punctuation",
        ),
        inv="RTS/30603",
        amount="540.00",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Sophie Lambert", "direction@camping-lespeupliers.example"),
        "2032-05-04 11:15",
        "gmail",
        "Bonjour,\n\nToutes nos excuses pour ce retard, la saison vient de reprendre et la compta a pris du retard. Le règlement de la facture RTS/30549 sera effectué lundi prochain sans faute.\n\nBien à vous,\nSophie Lambert\nCamping Les Peupliers ★★★",
        lab(
            ("RTS/30549",),
            promised_date="2032-05-10",
            note="'lundi prochain' said on Tuesday 4 May",
        ),
        inv="RTS/30549",
        amount="1875.00",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Jorge Castaño", "jcastano@viverosmontealto.example"),
        "2032-05-14 12:44",
        "outlook",
        "Hola,\n\nTenemos la factura anotada. La pagaremos a finales de mes, que es cuando hacemos las transferencias a proveedores.\n\nUn saludo,\nJorge Castaño\nViveros Montealto S.L.",
        lab(promised_date="2032-05-31", note="'a finales de mes' in May: 31 May"),
        inv="RTS/30614",
        amount="990.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Raquel Sanz", "raquelsanz.arq@gmail.com"),
        "2032-05-10 22:10",
        "gmail_plain",
        "perdona!! se me paso completamente. te lo pago el 14/05 sin falta que cobro ese dia\nRaquel",
        lab(
            promised_date="2032-05-14",
            note="informal, missing accents; '14/05' is day/month",
        ),
        inv="RTS/30611",
        amount="380.00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Hans Kuipers", "h.kuipers@kuipersboomkwekerij.example"),
        "2032-04-29 10:05",
        "outlook_html",
        "Goedemorgen,\n\nExcuses, de factuur lag bij mijn compagnon op het bureau. Wij maken het bedrag over twee weken over, samen met de factuur voor het snoeiwerk van vorige maand.\n\nMet vriendelijke groet,\nHans Kuipers\nKuipers Boomkwekerij",
        lab(
            promised_date="2032-05-13",
            note="'over twee weken' from Thursday 29 April; Dutch reply to an English reminder",
        ),
        inv="RTS/30541",
        amount="1320.00",
        rlang="en",
        currency="EUR",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Ferri", "info@agriturismoilpoggio.example"),
        "2032-05-05 16:20",
        "apple",
        "Buongiorno,\n\nsaldiamo entro fine mese, appena ci entrano i primi acconti della stagione.\n\nGrazie per la pazienza\nGiulia Ferri\nAgriturismo Il Poggio",
        lab(promised_date="2032-05-31", note="'entro fine mese' in May: 31 May"),
        inv="RTS/30556",
        amount="1450.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Paolo Conti", "ragioneria@comune-castelvetro.example"),
        "2032-05-07 11:30",
        "outlook",
        "Buongiorno,\n\nla determina di liquidazione della fattura RTS/30597 è stata firmata stamattina dal responsabile del servizio. Il mandato di pagamento verrà emesso giovedì prossimo.\n\nDistinti saluti\nRag. Paolo Conti\nUfficio Ragioneria – Comune di Castelvetro",
        lab(
            ("RTS/30597",),
            promised_date="2032-05-13",
            note="past tense for the approval, the payment order comes 'giovedì prossimo' (Thursday 13 May, said on a Friday)",
        ),
        inv="RTS/30597",
        amount="2640.00",
        charset="windows-1252",
        cte="8bit",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Tom Whitlock", "tom.whitlock@gmail.com"),
        "2032-05-09 21:02",
        "gmail",
        "Hi,\n\nI've paid £1,450 for the felling – that part was fine and the lads were great. But the invoice also charges £380 for grinding out the two stumps and that hasn't been done, both stumps are still sitting in the lawn. I'm not paying that bit until someone comes back and grinds them.\n\nTom Whitlock\n12 Orchard Rise",
        lab(
            note="part paid, the rest contested for work not done: dispute wins over the payment claim"
        ),
        inv="RTS/30458",
        amount="1830.00",
        rdays=3,
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Claire Dunmore", "bursar@stalhelms-primary.example"),
        "2032-04-28 14:40",
        "outlook",
        "Good afternoon,\n\nTo be clear, we have NOT paid RTS/30463 and we will not be paying it until we've had a response to my email of 19 April. Your crew left brash and sawdust right across the infant playground, and one of the boundary fence panels was split when the ash limb came down. Our site manager spent most of the following morning clearing up before the children came in.\n\nI would like a credit for the clear-up and confirmation that the fence panel will be replaced.\n\nRegards,\n\nClaire Dunmore\nSchool Business Manager\nSt Aldhelm's CE Primary School",
        lab(("RTS/30463",), note="negated payment with the reason: damage and mess"),
        inv="RTS/30463",
        amount="1120.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Dave Kershaw", "d.kershaw@oakbridgedevelopments.example"),
        "2032-05-20 07:12",
        "android",
        "invoice says 3 days on site with the MEWP, your lads were there tue and wed only, i signed the day sheets. knock a day off and resend and ill get it paid\nDave",
        lab(
            note="contests the days charged; the corrected invoice and the payment are conditional on it, so not invoice_request"
        ),
        inv="RTS/30486",
        amount="3420.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Markus Vogel", "m.vogel@hv-vogel-partner.example"),
        "2032-05-18 09:55",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhrer Rechnung RTS/30612 müssen wir widersprechen. Beauftragt war eine Kronenreduktion der beiden Blutbuchen um höchstens 20 %. Nach Einschätzung des von der Eigentümergemeinschaft hinzugezogenen Sachverständigen wurden die Kronen jedoch um gut ein Drittel eingekürzt, teilweise mit Schnitten von über 10 cm Durchmesser. Mehrere Eigentümer haben sich bereits bei uns beschwert.\n\nBis zur Klärung halten wir die Zahlung zurück. Das Gutachten lassen wir Ihnen gern zukommen.\n\nMit freundlichen Grüßen\nMarkus Vogel\nVogel & Partner Hausverwaltungen",
        lab(("RTS/30612",), note="work done beyond the order; payment withheld"),
        inv="RTS/30612",
        amount="2940.00",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Anja Reiter", "verwaltung@gut-eichenau.example"),
        "2032-04-27 15:20",
        "thunderbird",
        "Guten Tag,\n\ndie Baumkontrolle im Schlosspark ist bei Ihnen zweimal abgerechnet: einmal mit RTS/30566 vom 12.03. und noch einmal mit RTS/30589 vom 26.03. – gleiche Leistung, gleicher Betrag. Die erste haben wir bezahlt, die zweite bezahlen wir nicht. Bitte stornieren Sie sie.\n\nFreundliche Grüße\nAnja Reiter\nGutsverwaltung Schloss Eichenau",
        lab(
            ("RTS/30566", "RTS/30589"),
            note="duplicate billing; the payment mentioned is of the first invoice, not of the one reminded",
        ),
        inv="RTS/30589",
        amount="780.00",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Bernard Coste", "travaux@mairie-villeneuve-sur-ance.example"),
        "2032-05-18 10:05",
        "outlook",
        "Madame, Monsieur,\n\nLa facture RTS/30622 ne correspond pas au devis signé le 2 février : celui-ci portait sur l'élagage de 12 platanes le long du boulevard, or vous nous facturez 15 arbres. Les trois platanes du parking de la salle des fêtes n'ont jamais fait l'objet d'une commande de notre part.\n\nNous vous remercions de nous adresser une facture rectifiée, conforme au devis. En l'état, elle ne peut pas être mandatée.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nPour le Maire,\nL'adjoint délégué aux travaux\nBernard Coste",
        lab(
            ("RTS/30622",),
            note="quantity contested; the request for a corrected invoice follows from the dispute",
        ),
        inv="RTS/30622",
        amount="4650.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Karine Mallet", "karine.mallet@orange.fr"),
        "2032-05-15 10:21",
        "iphone",
        "bonjour\nvous avez abimé le toit de l abri de jardin en faisant tomber le cerisier la tole est enfoncée\ntant que c est pas réparé je paie rien\nK Mallet",
        lab(note="damage claim, no punctuation, missing apostrophes and accents"),
        inv="RTS/30617",
        amount="690.00",
        rdays=2,
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Marta Velasco", "administracion@rcgpinarmar.example"),
        "2032-05-12 17:25",
        "outlook_html",
        "Buenas tardes:\n\nHemos revisado la factura RTS/30605 y no estamos conformes. En el presupuesto aceptado (ref. P-2032-118) el desplazamiento del equipo y de la trituradora venía incluido en el precio cerrado de 3.200 €, y en la factura aparece aparte una partida de «desplazamiento y transporte de maquinaria» de 450 €.\n\nLes rogamos que anulen esa partida y emitan una factura rectificativa. Mientras tanto no podemos tramitar el pago.\n\nAtentamente,\nMarta Velasco\nAdministración – Real Club de Golf Pinarmar",
        lab(("RTS/30605",), note="price contested against the accepted quote"),
        inv="RTS/30605",
        amount="3650.00",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Ingrid Bosman", "secretaris@vve-dewaterhoven.example"),
        "2032-05-07 09:12",
        "gmail",
        "Beste heer/mevrouw,\n\nNamens het bestuur van VvE De Waterhoven: wij betalen deze factuur voorlopig niet. Volgens de opdracht zouden na het kappen van de drie berken ook de stobben worden gefreesd en zou het plantvak worden aangevuld met grond. Dat is niet gebeurd; de stobben staan er nog en het plantvak ligt vol zaagsel.\n\nZodra het werk is afgemaakt, betalen we. Graag een afspraak.\n\nMet vriendelijke groet,\nIngrid Bosman\nsecretaris VvE De Waterhoven",
        lab(note="work not finished; payment withheld until it is"),
        inv="RTS/30586",
        amount="1560.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("R. Hoekstra", "inkoop@gemeente-westerdijk.example"),
        "2032-05-20 15:03",
        "outlook",
        "Geachte heer, mevrouw,\n\nBij controle van factuur RTS/30641 blijkt dat voor de boomverzorgers een uurtarief van € 68,00 is gehanteerd. In de raamovereenkomst (perceel 2, boomonderhoud) is € 62,00 per uur afgesproken, geldig tot en met 31-12-2032. Het verschil over 46 uur bedraagt € 276,00 excl. btw.\n\nWij verzoeken u een creditnota voor het verschil te sturen. Tot die tijd wordt de factuur aangehouden.\n\nMet vriendelijke groet,\n\nR. Hoekstra\nTeam Inkoop & Contractbeheer\nGemeente Westerdijk",
        lab(
            ("RTS/30641",),
            note="hourly rate contested against the framework contract; a date in the contract is not a payment date",
        ),
        inv="RTS/30641",
        amount="3780.00",
        charset="windows-1252",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Francesco Neri", "francesco.neri@libero.it"),
        "2032-05-03 18:33",
        "android",
        "Buonasera, ma di che potatura parliamo? Gli ulivi sul lato strada non li ha toccati nessuno, la squadra è venuta un giorno solo e ha fatto solo il noce davanti casa. Io pago il noce, il resto no. Fatemi sapere\nFrancesco Neri",
        lab(
            note="part of the work never done; offering to pay only the rest is not a promise of the invoice"
        ),
        inv="RTS/30569",
        amount="1240.00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Roberto Colombo", "amministrazione@studiocolombo-condomini.example"),
        "2032-04-28 12:10",
        "thunderbird",
        "Spett.le Ravensworth,\n\nin riferimento alla fattura RTS/30551 segnalo che sono stati fatturati tre abbattimenti, mentre nel condominio di via Manzoni 7 ne sono stati eseguiti due: il terzo platano, come da verbale di assemblea, doveva essere soltanto potato, e così è stato fatto. La differenza di prezzo non è trascurabile.\n\nVi chiedo di emettere nota di credito per la differenza; il pagamento resta sospeso fino ad allora.\n\nCordiali saluti\nGeom. Roberto Colombo\nStudio Colombo – Amministrazioni condominiali",
        lab(
            ("RTS/30551",),
            note="work billed differs from work done; credit note requested",
        ),
        inv="RTS/30551",
        amount="2310.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Sandra Kelly", "sandrakelly.home@gmail.com"),
        "2032-04-27 21:40",
        "gmail_plain",
        "Hello,\n\nI'm sorry I haven't been in touch. I was made redundant at the end of March and things are very tight until I find something else. I do want to pay for the work, the tree was a danger to next door and had to come down.\n\nWould it be alright if I paid £100 a month? I can set up a standing order from the 1st of next month.\n\nSandra Kelly",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        inv="RTS/30449",
        amount="950.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Alison Penrose", "clerk@upperwenlow-pc.example"),
        "2032-05-13 16:22",
        "outlook_html",
        "Dear Accounts Team,\n\nI am sorry for the delay with invoice RTS/30476 (£1,240.00, removal of the fallen willow at the recreation ground). Under our financial regulations I can only authorise payments of up to £500 between meetings; anything above that has to be approved by full council.\n\nI will therefore pay £500 this week and put the balance of £740 to the council meeting on 8 June, with payment the following day.\n\nI hope this is acceptable.\n\nYours sincerely,\n\nAlison Penrose\nClerk and Responsible Financial Officer\nUpper Wenlow Parish Council",
        lab(
            ("RTS/30476",),
            note="part now, the rest after the June meeting: payment_plan, not promise_to_pay",
        ),
        inv="RTS/30476",
        amount="1240.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Mark Ellison", "finance@hagueinternationalschool.example"),
        "2032-05-21 11:05",
        "gmail",
        "Hi there,\n\nCould we spread this one over three months? Our budget year ends in August and the grounds line is pretty much spent, so June, July and August would be ideal – roughly €1,300 each.\n\nLet me know if that works and I'll set it up.\n\nBest,\nMark Ellison\nFinance Manager",
        lab(
            note="English writer in The Hague: central-European time, a Dutch-language Gmail interface"
        ),
        inv="RTS/30629",
        amount="3900.00",
        region="ce",
        loc="nl",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Petra Olbrich", "reiterhof.sonnenwiese@gmx.de"),
        "2032-05-01 18:47",
        "android",
        "Hallo, die Rechnung ist für uns gerade ein ziemlicher Brocken, der Winter war teuer (Futter, Tierarzt). Können wir das in drei Monatsraten abstottern? Ich würde jeweils zum 15. überweisen.\nLG Petra Olbrich",
        lab(note="instalments with a hardship reason; 'zum 15.' is a plan date, not labelled"),
        inv="RTS/30576",
        amount="1680.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Kerstin Albrecht", "k.albrecht@albrecht-bau.example"),
        "2032-05-19 13:17",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten um Zahlungsaufschub für die Rechnung RTS/30625 bis Ende Juni. Unser Auftraggeber hat die Abschlagszahlung für das Baugebiet „Am Kirchberg“ noch nicht freigegeben, und ohne diese Zahlung können wir derzeit keine größeren Beträge anweisen.\n\nFür Ihr Verständnis danken wir Ihnen.\n\nMit freundlichen Grüßen\nKerstin Albrecht\nAlbrecht Bau GmbH & Co. KG",
        lab(
            ("RTS/30625",),
            note="a request for more time is payment_plan, even with an end date",
        ),
        inv="RTS/30625",
        amount="5120.00",
        cte="8bit",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Élodie Marchand", "elodie@gitesdumoulin.example"),
        "2032-05-10 09:14",
        "apple",
        "Bonjour,\n\nEst-ce qu'il serait possible de régler la facture en trois fois ? Je peux faire un premier virement de 700 € cette semaine, puis la même chose fin juin et fin juillet.\n\nMerci d'avance,\nÉlodie Marchand\nGîtes du Moulin",
        lab(note="three instalments proposed"),
        inv="RTS/30599",
        amount="2100.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Luis Navarro", "administrador@cplosalmendros.example"),
        "2032-05-18 12:00",
        "outlook_html",
        "Buenos días:\n\nLa junta de la comunidad aprobó ayer el pago de la factura de la tala de los pinos, pero en dos veces: la mitad ahora y la otra mitad en junio, cuando se cobre la derrama. Esta semana les transferimos 1.050 €.\n\nQuedo a la espera de su conformidad.\n\nUn saludo,\nLuis Navarro\nAdministrador – Comunidad de Propietarios Los Almendros",
        lab(note="half now, half in June"),
        inv="RTS/30620",
        amount="2100.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Toni Ferrer", "toni.reformas.bcn@gmail.com"),
        "2032-05-06 19:55",
        "iphone",
        "Hola, ahora mismo no tengo liquidez, me deben dos obras. Os puedo ir pagando 200 al mes hasta saldarla?? Si os vale empiezo el lunes\nToni",
        lab(note="hardship and monthly payments; 'el lunes' starts the plan and is not labelled"),
        inv="RTS/30595",
        amount="1150.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("J. van den Broek", "financien@landgoedheidehoeve.example"),
        "2032-05-04 10:40",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nIn verband met een tegenvallende subsidiebeschikking voor het bosbeheer verzoeken wij u om een betalingsregeling voor factuur RTS/30567. Ons voorstel is betaling in vier maandelijkse termijnen van € 1.150,00, te beginnen op 1 juni.\n\nWij horen graag of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\n\nJ. van den Broek\nPenningmeester Stichting Landgoed Heidehoeve",
        lab(("RTS/30567",), note="four instalments proposed"),
        inv="RTS/30567",
        amount="4600.00",
        charset="windows-1252",
        rdays=4,
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Fleur Jansen", "fleurjansen.thuis@gmail.com"),
        "2032-05-16 20:31",
        "gmail_plain",
        "Hoi,\n\nIk heb even wat meer tijd nodig, de verbouwing is duurder uitgevallen dan gepland. Kan ik uitstel krijgen tot eind juni? Dan betaal ik alles in één keer.\n\nGroetjes,\nFleur Jansen",
        lab(note="asks for more time, then one payment: payment_plan (more time), not a promise"),
        inv="RTS/30616",
        amount="870.00",
        rdays=2,
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Marco Guidi", "m.guidi@vivaiguidi.example"),
        "2032-05-12 09:48",
        "gmail",
        "Buongiorno,\n\nè possibile pagare la fattura in tre rate mensili? Abbiamo avuto un periodo difficile con la grandinata di aprile e preferiremmo non lasciarvi scoperti del tutto. La prima rata potrei farla già venerdì.\n\nGrazie,\nMarco Guidi\nVivai Guidi",
        lab(note="instalments; the first one 'venerdì' is part of the plan"),
        inv="RTS/30608",
        amount="2700.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Morelli", "segreteria@fondazionevillaardenza.example"),
        "2032-04-30 12:12",
        "outlook",
        "Gentili signori,\n\ncon la presente la Fondazione chiede una proroga di 60 giorni per il pagamento della fattura RTS/30543, in attesa dell'erogazione del contributo regionale destinato alla manutenzione del parco storico.\n\nRingraziando per la disponibilità, porgiamo distinti saluti.\n\nDott.ssa Chiara Morelli\nSegreteria amministrativa\nFondazione Villa Ardenza",
        lab(("RTS/30543",), note="60 more days asked for: payment_plan"),
        inv="RTS/30543",
        amount="3980.00",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        (
            "Accounts Payable – Marrick Academy Trust",
            "ap.invoices@marrickacademytrust.example",
        ),
        "2032-05-05 10:02",
        "outlook",
        "Hello,\n\nWe are unable to process RTS/30459 as it does not quote a purchase order number. All Trust invoices must show a valid PO. The PO for the tree survey at Marrick Academy is PO-MAT-22817.\n\nOnce you send a corrected invoice with the PO on it, we will pay it in the next run.\n\nKind regards\nAccounts Payable\nMarrick Academy Trust",
        lab(
            ("RTS/30459",),
            note="conditional payment once the PO is on the invoice: needs a document first, nothing contested",
        ),
        inv="RTS/30459",
        amount="1380.00",
        headers=(SUPPRESS,),
        rdays=2,
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Rachel Byrne", "purchase.ledger@fernhillhomes.example"),
        "2032-04-26 11:19",
        "outlook_html",
        "Hi,\n\nI’ve got this ready to go but you’re not set up on our system as a supplier yet. Before we can make any payment we need your bank details on company letterhead, signed, plus a completed new supplier form (it was attached to my email last week – not sure it reached you?).\n\nIf you can send those over I’ll get you set up straight away.\n\nThanks\nRachel Byrne\nPurchase Ledger\nFernhill Homes Ltd",
        lab(note="bank details and supplier form needed before paying"),
        inv="RTS/30441",
        amount="2260.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Joanne Pike", "jpike@ashcombe-high.example"),
        "2032-05-14 15:47",
        "thunderbird",
        "Dear Ravensworth Accounts,\n\nI'm writing on behalf of Mr Okafor, our Business Manager, who is away this week.\n\nThe governors' finance committee have asked to see the tree survey report before they sign this payment off, as the invoice refers to 'survey and report' but we only ever received the quotation for the remedial works. Could you email the report (or a link to it) to me and I'll put it in front of them at Tuesday's meeting?\n\nMany thanks,\n\nJoanne Pike\nPA to the Business Manager\nAshcombe High School",
        lab(
            note="an assistant asks for the survey report the invoice bills for, before payment is approved; not contested"
        ),
        inv="RTS/30478",
        amount="1650.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Stadt Lindenau – Rechnungseingang",
            "rechnungseingang@stadt-lindenau.example",
        ),
        "2032-05-11 08:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nseit dem 1. Januar nimmt die Stadt Lindenau Rechnungen ausschließlich im Format XRechnung über die Rechnungsplattform des Landes entgegen. Ihre Rechnung RTS/30584 liegt uns nur als PDF vor und kann daher nicht zur Zahlung angewiesen werden.\n\nBitte reichen Sie die Rechnung erneut als XRechnung ein. Die Leitweg-ID lautet 05-4-113-LIN-01-77.\n\nMit freundlichen Grüßen\nim Auftrag\nDaniela Pohl\nZentrale Rechnungseingangsstelle",
        lab(
            ("RTS/30584",),
            note="the invoice must be resubmitted as an e-invoice before it can be paid",
        ),
        inv="RTS/30584",
        amount="2480.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Service comptabilité – CC du Val d'Orme", "comptabilite@cc-valdorme.example"),
        "2032-04-29 14:20",
        "html_only",
        "Bonjour,\n\nNous accusons réception de votre relance. Toutefois, nous ne pouvons pas traiter les factures transmises par courriel : en tant qu'entité publique, nous devons les recevoir via Chorus Pro.\n\nMerci de déposer la facture RTS/30548 sur Chorus Pro en indiquant notre SIRET 200 041 887 00015 et le numéro d'engagement EJ-2032-0457. Le paiement interviendra ensuite dans le délai global de paiement de 30 jours.\n\nCordialement,\n\nLe service comptabilité\nCommunauté de communes du Val d'Orme",
        lab(
            ("RTS/30548",),
            note="public body: the invoice has to be filed on the e-invoicing portal first; HTML-only",
        ),
        inv="RTS/30548",
        amount="3120.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Amandine Roux", "a.roux@hoteldulacvert.example"),
        "2032-05-21 09:51",
        "gmail_plain",
        "Bonjour,\n\nPour qu'on puisse vous payer il faut que le numéro de bon de commande figure sur la facture, sinon notre compta la bloque. Le bon c'est le BC-4471. Vous pouvez nous la renvoyer corrigée ?\n\nMerci\nAmandine Roux\nAssistante de direction – Hôtel du Lac Vert",
        lab(note="reissue with the order number, amount not contested"),
        inv="RTS/30636",
        amount="1340.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Ruiz", "carmen@casarural-elolivar.example"),
        "2032-05-03 13:14",
        "iphone",
        "Hola! no me llego la factura, me la mandais otra vez porfa? y asi la paso al gestor\nGracias\nCarmen",
        lab(note="never received the invoice; typos and missing accents"),
        inv="RTS/30578",
        amount="620.00",
        rdays=3,
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Intervención - Ayto. de Valdeolmos", "intervencion@valdeolmos.example"),
        "2032-05-19 10:41",
        "outlook",
        "Estimados señores:\n\nPara poder proceder al pago de la factura RTS/30631 es necesario que nos remitan el certificado de titularidad de la cuenta bancaria, emitido por su entidad, así como el documento de alta de terceros debidamente cumplimentado, ya que su empresa no figura todavía en nuestro registro de acreedores.\n\nUna vez recibida la documentación se tramitará el pago.\n\nAtentamente,\n\nIntervención Municipal\nAyuntamiento de Valdeolmos",
        lab(
            ("RTS/30631",),
            note="bank certificate and supplier form needed before paying",
        ),
        inv="RTS/30631",
        amount="2890.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Saskia Meijer", "facturen@zorggroep-deoudeeik.example"),
        "2032-05-10 09:09",
        "outlook_html",
        "Goedemorgen,\n\nWij kunnen factuur RTS/30609 niet verwerken omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met vermelding van IO-2032-1187? Het bedrag klopt verder.\n\nMet vriendelijke groet,\nSaskia Meijer\nCrediteurenadministratie Zorggroep De Oude Eik",
        lab(
            ("RTS/30609",),
            note="reissue with an order number; the amount is explicitly not contested",
        ),
        inv="RTS/30609",
        amount="1475.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Pieter Smit", "pieter@hoveniersbedrijf-groenrijk.example"),
        "2032-05-19 16:30",
        "gmail_plain",
        "Hoi,\n\nKun je me een urenspecificatie sturen van de klus bij Kasteel Ravesteyn? Mijn opdrachtgever wil zien hoeveel uur er met de hoogwerker is gewerkt voordat ik het doorbelast. Ik betaal zodra ik die heb.\n\nGroet,\nPieter Smit\nHoveniersbedrijf Groenrijk",
        lab(note="asks for an hours breakdown before paying; the amount is not questioned"),
        inv="RTS/30627",
        amount="2040.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Silvia Fontana", "amministrazione@golfclub-lerobinie.example"),
        "2032-05-04 11:02",
        "gmail",
        "Buongiorno,\n\nla fattura che ci avete mandato via mail in PDF per noi non è valida ai fini fiscali: ci serve la fattura elettronica tramite SdI. Il nostro codice destinatario è M5UXCR1, partita IVA 01234560987.\n\nAppena la riceviamo la mettiamo in pagamento.\n\nSaluti\nSilvia Fontana\nUfficio amministrazione – Golf Club Le Robinie",
        lab(note="needs an electronic invoice before paying"),
        inv="RTS/30562",
        amount="1760.00",
        rdays=4,
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Luca Marchetti", "luca.marchetti72@libero.it"),
        "2032-05-08 10:44",
        "iphone",
        "Buongiorno, prima di fare il bonifico vorrei una conferma dell'IBAN: ne ho ricevuti due diversi, uno sulla fattura e uno in un'altra mail di qualche giorno fa. Qual è quello giusto? Non vorrei fare pasticci\nLuca Marchetti",
        lab(note="bank details to be confirmed before paying (two different IBANs received)"),
        inv="RTS/30588",
        amount="830.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lisa Grant", "lisa.grant@castlemere-homes.example"),
        "2032-05-17 09:25",
        "outlook",
        "Hi,\n\nI'm the site administrator at the Hawthorn Park development, I don't deal with invoices at all. Please send this to our accounts payable team at payables@castlemere-homes.example and they'll look into it.\n\nThanks,\nLisa",
        lab(new_contact="payables@castlemere-homes.example"),
        inv="RTS/30483",
        amount="2950.00",
        rdays=3,
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Peter Hollis", "peter.hollis1@gmail.com"),
        "2032-05-15 11:40",
        "gmail",
        "Hello,\n\nI think you've got the wrong person. We sold 4 Beech Grove in January and moved to Devon, so whoever had the trees done must be the new owners. I don't have their details I'm afraid.\n\nRegards\nPeter Hollis",
        lab(note="former owner; no new address"),
        inv="RTS/30474",
        amount="780.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Finance Team", "finance@harlowe-estates.example"),
        "2032-05-18 03:12",
        "html_only",
        "Dear Supplier,\n\nPlease be advised that with immediate effect all statements, reminders and remittance correspondence should be sent to our new centralised finance mailbox: remittance.harlowe@gmail.com\n\nOur previous addresses will no longer be monitored. Kindly update your records and confirm once this has been done.\n\nRegards,\nFinance Team\nHarlowe Estates Ltd",
        lab(
            new_contact="remittance.harlowe@gmail.com",
            note="phishing-like: collection mail redirected to a free-mail box at 3 a.m.; a person must verify by phone before acting, but what it asks is a change of contact",
        ),
        inv="RTS/30481",
        amount="6240.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jana Wolff", "empfang@klinik-am-stadtpark.example"),
        "2032-05-05 11:48",
        "outlook_html",
        "Guten Tag,\n\nFrau Seidel ist seit dem 1. April nicht mehr in unserem Haus tätig. Rechnungen und Mahnungen richten Sie bitte künftig an unsere Kreditorenbuchhaltung: Kreditoren@Klinik-am-Stadtpark.example\n\nFreundliche Grüße\nJana Wolff\nEmpfang / Zentrale",
        lab(
            new_contact="kreditoren@klinik-am-stadtpark.example",
            note="address written in mixed case and also copied in Cc; labelled in lower case",
        ),
        inv="RTS/30591",
        amount="1190.00",
        headers=(("Cc", "Kreditoren@Klinik-am-Stadtpark.example"),),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Praxis Dr. Möller", "info@zahnarzt-moeller.example"),
        "2032-04-27 12:30",
        "iphone",
        "Sie haben sich in der Adresse vertan. Das hier ist eine Zahnarztpraxis, wir haben keine Baumarbeiten beauftragt.\n\nPraxis Dr. Möller",
        lab(note="wrong recipient altogether, no new address"),
        inv="RTS/30565",
        amount="560.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Gérard Lemoine", "g.lemoine@immo-lemoine.example"),
        "2032-05-14 17:02",
        "outlook",
        "Bonjour,\n\nNotre cabinet n'est plus syndic de la résidence Le Clos des Acacias depuis l'assemblée générale du 22 mars. La gestion a été reprise par le cabinet Arvel Gestion ; merci d'adresser vos relances à leur service comptable : compta-copro@arvel-gestion.example.\n\nCordialement,\nGérard Lemoine",
        lab(
            new_contact="compta-copro@arvel-gestion.example",
            note="French reply to an English reminder; the trailing full stop is not part of the address",
        ),
        inv="RTS/30601",
        amount="1730.00",
        rlang="en",
        currency="EUR",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Mairie de Lussac-le-Vieux", "secretariat@lussac-le-vieux.example"),
        "2032-05-11 09:05",
        "notice",
        "Message automatique\n\nCette adresse n'est plus consultée depuis le 1er mai 2032. Pour toute correspondance, merci d'écrire désormais à accueil@lussac-le-vieux.example.\n\nLes factures sont à déposer sur Chorus Pro.\n\nLe secrétariat de mairie",
        lab(
            new_contact="accueil@lussac-le-vieux.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact, not auto_reply",
        ),
        inv="RTS/30596",
        amount="880.00",
        subject="Réponse automatique : {re}",
        headers=(AUTO_REPLIED,),
        after=2,
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Sergio Molina", "almacen@jardinesdelsur.example"),
        "2032-05-19 08:15",
        "thunderbird",
        "Buenos días, yo soy del almacén, las facturas no las llevo yo. Escribid a Nuria a administracion@jardinesdelsur.example que es quien paga. Un saludo",
        lab(new_contact="administracion@jardinesdelsur.example"),
        inv="RTS/30626",
        amount="1410.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("María José Pardo", "mjpardo.estudio@gmail.com"),
        "2032-04-30 18:26",
        "gmail_plain",
        "Buenas tardes:\n\nNo conozco a esta empresa ni he contratado ningún trabajo de jardinería. Creo que se han equivocado de dirección de correo; compruébenlo, por favor.\n\nMaría José Pardo",
        lab(note="not the customer, no new address"),
        inv="RTS/30557",
        amount="960.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ruud Verhoef", "r.verhoef@waterland-oost.example"),
        "2032-05-10 14:20",
        "outlook",
        "Goedemiddag,\n\nIk werk sinds 1 mei bij de afdeling Vergunningen en heb niets meer met het groenbeheer te maken. Facturen en herinneringen kunnen naar ons centrale adres: crediteuren@waterland-oost.example. Mijn opvolger bij Groen is Sandra Vos, maar die gaat niet over betalingen.\n\nGroet,\nRuud Verhoef\nGemeente Waterland-Oost",
        lab(
            new_contact="crediteuren@waterland-oost.example",
            note="the successor named without an address is not the new contact",
        ),
        inv="RTS/30604",
        amount="2210.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("W. Bakker", "w.bakker.1957@gmail.com"),
        "2032-05-07 15:55",
        "gmail_plain",
        "Geachte heer/mevrouw,\n\nU heeft mij deze herinnering gestuurd, maar ik heb nooit bomen laten snoeien of kappen door uw bedrijf. Ik woon in een flat. Waarschijnlijk bedoelt u een andere Bakker.\n\nW. Bakker",
        lab(note="wrong person, no new address"),
        inv="RTS/30582",
        amount="640.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Anna Greco", "anna.greco@condominio-ilglicine.example"),
        "2032-05-20 20:05",
        "iphone",
        "Buongiorno, io sono solo una condomina. Le fatture del condominio le gestisce l'amministratore, Studio Rinaldi: Amministrazione@StudioRinaldi-Condomini.example. Scrivete a loro.",
        lab(
            new_contact="amministrazione@studiorinaldi-condomini.example",
            note="address in mixed case, labelled in lower case",
        ),
        inv="RTS/30634",
        amount="1560.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Graham Lister", "graham@listerfarms.example"),
        "2032-05-11 17:40",
        "outlook",
        "Do not email me again about this invoice. The matter is with my solicitors, Harcourt Lyle LLP, and any further correspondence should go through them.\n\nG. Lister\nLister Farms",
        lab(note="'go through my solicitors' with no address: unsubscribe"),
        inv="RTS/30470",
        amount="3380.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Debbie Morgan", "debbie.morgan74@gmail.com"),
        "2032-05-12 07:30",
        "iphone",
        "I've already said I'll pay it when I get paid at the end of the month. Please stop sending me these emails every few days, it's harassment",
        lab(note="a promise plus 'stop emailing': unsubscribe wins"),
        inv="RTS/30477",
        amount="720.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("W H Partridge & Sons", "office@whpartridge-farms.example"),
        "2032-04-29 10:10",
        "outlook",
        "PLEASE DO NOT SEND INVOICES OR REMINDERS BY EMAIL. WE ONLY DEAL WITH POST. ADDRESS IS ON YOUR INVOICE.\n\nW H PARTRIDGE",
        lab(note="all caps; post only"),
        inv="RTS/30461",
        amount="1890.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Felix Brandt", "kanzlei@brandt-rechtsanwaelte.example"),
        "2032-05-07 12:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nhiermit zeigen wir an, dass wir die Wohnungseigentümergemeinschaft Sonnenhang 3–5 in der Angelegenheit Ihrer Rechnung RTS/30587 anwaltlich vertreten. Eine Vollmacht wird nachgereicht.\n\nWir bitten Sie, von einer direkten Kontaktaufnahme mit unserer Mandantschaft abzusehen und Schreiben in dieser Sache ausschließlich an unsere Kanzlei zu richten. Zu den Einwendungen gegen die Rechnung nehmen wir gesondert Stellung.\n\nMit freundlichen Grüßen\n\nDr. Felix Brandt\nRechtsanwalt\nBrandt Rechtsanwälte",
        lab(
            ("RTS/30587",),
            note="the customer's lawyer asks that the client not be contacted: unsubscribe, which also beats the announced objections",
        ),
        inv="RTS/30587",
        amount="2760.00",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Gerda Hofmann", "hofmann.gerda@gmx.de"),
        "2032-04-26 16:12",
        "thunderbird",
        "Guten Tag,\n\nbitte schicken Sie mir keine E-Mails mehr. Ich lese die nur selten und möchte Rechnungen und Schreiben nur noch per Post bekommen.\n\nGerda Hofmann",
        lab(note="post only"),
        inv="RTS/30534",
        amount="410.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Yannick Le Goff", "yannick.legoff@orange.fr"),
        "2032-05-02 09:40",
        "iphone",
        "retirez mon adresse de vos envois svp",
        lab(note="mobile brevity, no capital or full stop"),
        inv="RTS/30573",
        amount="350.00",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Philippe Garnier", "p.garnier@sci-lescharmilles.example"),
        "2032-05-17 11:36",
        "outlook",
        "Monsieur,\n\nJe vous informe que ce dossier est désormais suivi par notre avocat, Maître Hélène Vasseur, du barreau de Tours. Je vous prie de ne plus m'adresser de relances et de vous rapprocher d'elle pour toute suite à donner.\n\nPhilippe Garnier\nGérant – SCI Les Charmilles",
        lab(note="'our lawyer handles this' with no address: unsubscribe"),
        inv="RTS/30615",
        amount="4120.00",
        rdays=3,
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Francisco Huertas", "fhuertas.pinto@gmail.com"),
        "2032-05-05 14:02",
        "gmail",
        "No me escribáis más por aquí. Si hay algo, llamadme al móvil.",
        lab(note="stop e-mailing, call instead"),
        inv="RTS/30563",
        amount="780.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Inmaculada Serrano", "iserrano@bodegasserrano.example"),
        "2032-05-20 13:33",
        "outlook_html",
        "Buenas tardes:\n\nLes ruego que se abstengan de enviar más requerimientos de pago a esta dirección. El asunto de la factura RTS/30628 y de los daños causados en el muro del jardín está en manos de nuestro abogado, D. Álvaro Ibáñez, que se pondrá en contacto con ustedes.\n\nAtentamente,\nInmaculada Serrano\nBodegas Serrano",
        lab(
            ("RTS/30628",),
            note="lawyer named without an address, with a damage complaint: unsubscribe beats dispute",
        ),
        inv="RTS/30628",
        amount="2380.00",
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Henk Mulder", "secretariaat@dorpshuisdelinde.example"),
        "2032-05-05 13:50",
        "apple",
        "Goedemiddag,\n\nWilt u ons voortaan geen herinneringen meer per e-mail sturen? Ons bestuur bestaat uit vrijwilligers en deze mailbox wordt maar af en toe gelezen. Post naar ons adres komt altijd bij de penningmeester terecht.\n\nMet vriendelijke groet,\nHenk Mulder, secretaris\nStichting Dorpshuis De Linde",
        lab(note="post only"),
        inv="RTS/30579",
        amount="1020.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Rosa Esposito", "rosa.esposito@libero.it"),
        "2032-05-08 09:19",
        "android",
        "TOGLIETEMI DALLA VOSTRA LISTA GRAZIE",
        lab(note="all caps, no punctuation"),
        inv="RTS/30592",
        amount="460.00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giorgio Valli", "giorgio.valli@aziendagricolavalli.example"),
        "2032-05-18 19:12",
        "gmail",
        "Non scrivetemi più su questa casella. Per qualsiasi cosa rivolgetevi al mio legale, avv. Lorenza Pace, studio in corso Alfieri ad Asti.\n\nG. Valli",
        lab(note="'talk to my lawyer' with no address"),
        inv="RTS/30619",
        amount="1340.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitcombe", "s.whitcombe@harrowfield.gov.example"),
        "2032-04-29 09:06",
        "notice",
        "Thank you for your email. I am on annual leave and will be back in the office on Tuesday 4 May. If your query is urgent, please contact the Parks and Open Spaces team on 01632 960 440.\n\nSarah Whitcombe\nTree Officer, Harrowfield Borough Council",
        lab(return_date="2032-05-04", note="'back on' a day: that day"),
        inv="RTS/30464",
        amount="1780.00",
        subject="Automatic reply: {re}",
        headers=(AUTO_REPLIED, SUPPRESS),
        after=3,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Greystone Homes Supplier Support", "supplierhelp@greystonehomes.example"),
        "2032-05-17 09:08",
        "notice",
        "This is an automated response to let you know that we have received your email and created case 00481127.\n\nOur Supplier Support team aims to respond within 5 working days. Please keep the case number in the subject line of any further emails about this query.\n\nYou can check the status of invoices we have received through the supplier portal.\n\nGreystone Homes plc – Supplier Support",
        lab(note="ticket acknowledgement with only X-Autoreply; no return date"),
        inv="RTS/30484",
        amount="2330.00",
        subject="[Case 00481127] {re}",
        headers=(("X-Autoreply", "yes"),),
        after=2,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Jenny Lowe", "jenny@lowesgardencentre.example"),
        "2032-05-13 09:07",
        "notice",
        "Hi, thanks for your message. I work part time and will pick this up on my next working day. For anything urgent please ring the garden centre on 01632 960 913 and ask for Colin.\n\nJenny\nAccounts, Lowe's Garden Centre",
        lab(note="part-time notice with only Precedence: bulk; no day stated"),
        inv="RTS/30479",
        amount="540.00",
        subject="Re: {re}",
        headers=(("Precedence", "bulk"),),
        after=4,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Michael Sauer", "m.sauer@brenner-hv.example"),
        "2032-05-05 09:05",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 07.05.2032, nicht im Büro und ab Montag, 10.05.2032, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0221 555 0140.\n\nMit freundlichen Grüßen\nMichael Sauer\nBrenner Hausverwaltung GmbH",
        lab(
            return_date="2032-05-10",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
        inv="RTS/30583",
        amount="1290.00",
        subject="Automatische Antwort: {re}",
        headers=(AUTO_REPLIED,),
        after=2,
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Kundenservice Wohnbau Nordhessen", "service@wohnbau-nordhessen.example"),
        "2032-05-14 09:06",
        "notice",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer WBN-2032-05-18447 erfasst und an die zuständige Abteilung weitergeleitet.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Wenn Sie uns weitere Informationen zu Ihrem Anliegen senden möchten, geben Sie die Vorgangsnummer im Betreff an.\n\nIhr Kundenservice\nWohnbau Nordhessen eG",
        lab(note="ticket acknowledgement"),
        inv="RTS/30613",
        amount="3340.00",
        subject="Ihre Anfrage [#WBN-2032-05-18447] ist bei uns eingegangen",
        headers=(AUTO_GENERATED,),
        after=1,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Fournier", "i.fournier@cabinet-delorme.example"),
        "2032-05-12 09:04",
        "notice",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 14 mai inclus et serai de retour le mardi 18 mai. Pendant mon absence, vos messages ne seront pas transférés.\n\nPour toute urgence concernant une copropriété, vous pouvez joindre l'accueil au 02 47 00 00 00.\n\nCordialement,\nIsabelle Fournier\nCabinet Delorme Immobilier",
        lab(
            return_date="2032-05-18",
            note="the stated day back wins; Whit Monday falls in between",
        ),
        inv="RTS/30607",
        amount="1180.00",
        subject="Réponse automatique : {re}",
        headers=(AUTO_REPLIED,),
        after=1,
        charset="windows-1252",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Mairie de Bellecombe – Comptabilité", "compta@mairie-bellecombe.example"),
        "2032-05-18 09:07",
        "notice",
        "Votre message a bien été reçu par le service comptabilité de la mairie de Bellecombe. Il sera traité dans les meilleurs délais.\n\nRappel : le secrétariat est ouvert du lundi au vendredi, de 9 h à 12 h.\n\nCeci est un message automatique, merci de ne pas y répondre.",
        lab(
            note="receipt acknowledgement with only X-Autoreply; opening hours are not a return date"
        ),
        inv="RTS/30623",
        amount="920.00",
        subject="Accusé de réception",
        headers=(("X-Autoreply", "yes"),),
        after=3,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Martín", "emartin@viverosmontealto.example"),
        "2032-04-29 09:04",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 3 de mayo, con acceso limitado al correo. Para asuntos urgentes pueden llamar al 91 000 00 00.\n\nElena Martín\nViveros Montealto S.L.",
        lab(return_date="2032-05-03", note="'hasta X' gives X itself"),
        inv="RTS/30545",
        amount="990.00",
        subject="Respuesta automática: {re}",
        headers=(AUTO_REPLIED,),
        after=2,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Anouk de Graaf", "a.degraaf@zorggroep-deoudeeik.example"),
        "2032-05-04 09:05",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 7 mei (meivakantie). Vanaf maandag 10 mei ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd; voor dringende zaken kunt u terecht bij crediteuren@zorggroep-deoudeeik.example.\n\nMet vriendelijke groet,\nAnouk de Graaf",
        lab(
            return_date="2032-05-10",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        inv="RTS/30575",
        amount="1475.00",
        subject="Automatisch antwoord: {re}",
        headers=(AUTO_REPLIED,),
        after=2,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Woonstichting De Linge", "info@woonstichtingdelinge.example"),
        "2032-05-11 09:04",
        "notice",
        "Geachte heer/mevrouw,\n\nBedankt voor uw e-mail. Wij streven ernaar uw bericht binnen drie werkdagen te beantwoorden.\n\nHeeft u een reparatieverzoek? Meld dit dan via ons huurdersportaal of bel ons servicenummer. Bij spoed buiten kantoortijden belt u het storingsnummer.\n\nMet vriendelijke groet,\nWoonstichting De Linge",
        lab(note="acknowledgement carrying only Precedence: auto_reply"),
        inv="RTS/30598",
        amount="1260.00",
        subject="Bedankt voor uw e-mail",
        headers=(("Precedence", "auto_reply"),),
        after=2,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Paolo Conti", "ragioneria@comune-castelvetro.example"),
        "2032-05-10 09:05",
        "notice",
        "Buongiorno,\n\nsarò assente dall'ufficio fino a venerdì 14 maggio compreso. Rientrerò lunedì 17 maggio e risponderò al più presto.\n\nPer pratiche urgenti potete rivolgervi all'Ufficio Ragioneria, tel. 059 000 000.\n\nRag. Paolo Conti",
        lab(
            return_date="2032-05-17",
            note="the stated day back wins over 'fino a … compreso'",
        ),
        inv="RTS/30600",
        amount="2640.00",
        subject="Risposta automatica: {re}",
        headers=(AUTO_REPLIED,),
        after=2,
        cte="8bit",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Valentina Rota", "v.rota@vivaiguidi.example"),
        "2032-05-19 09:03",
        "notice",
        "Gentile mittente,\n\nsono in congedo di maternità e non ho accesso a questa casella. Per fatture e pagamenti scrivete ad amministrazione@vivaiguidi.example, per tutto il resto a info@vivaiguidi.example.\n\nGrazie\nValentina Rota",
        lab(
            note="a long but temporary absence, with no Auto-Submitted or similar header; the colleagues' addresses do not set new_contact"
        ),
        inv="RTS/30624",
        amount="2700.00",
        subject="Assenza – {re}",
        after=1,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Rob Fenwick", "rob@fenwickequestrian.example"),
        "2032-05-10 12:55",
        "iphone",
        "Did we not pay this?? Can you check your end",
        lab(note="a question, not a payment claim: the writer does not know"),
        inv="RTS/30469",
        amount="1350.00",
        rdays=3,
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Kim Baxter", "kim@baxterbuilders.example"),
        "2032-05-04 08:20",
        "android",
        "Thanks, I've passed this on to Dave who looks after the accounts.",
        lab(note="passed on internally, no address and no commitment"),
        inv="RTS/30457",
        amount="1960.00",
        rdays=4,
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("James Carrow", "james.carrow@rivenhall-golf.example"),
        "2032-05-19 13:30",
        "gmail",
        "Hi,\n\nWhile I've got you – could one of your surveyors have a look at the big horse chestnut by the 14th green? It's dropped two limbs in the last month and the greenkeeper is nervous about it. We'd want a quote for whatever it needs before the summer competitions start.\n\nCheers,\nJames Carrow\nCourse Manager, Rivenhall Golf Club",
        lab(note="new work enquiry in the reminder thread; 'the 14th green' is not a date"),
        inv="RTS/30485",
        amount="2480.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Stefanie Krause", "buchhaltung@reitsportzentrum-lahntal.example"),
        "2032-05-20 10:10",
        "gmail_plain",
        "Hallo,\n\ndanke für den Hinweis. Ich kläre das intern und melde mich.\n\nViele Grüße\nStefanie Krause",
        lab(note="acknowledgement only; German reply to an English reminder"),
        inv="RTS/30632",
        amount="1150.00",
        rlang="en",
        currency="EUR",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Céline Rouvière", "celine.rouviere@gmail.com"),
        "2032-05-07 18:02",
        "iphone",
        "Bien reçu",
        lab(note="acknowledgement only"),
        inv="RTS/30581",
        amount="480.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Laurent Faure", "l.faure@domainedesgrives.example"),
        "2032-05-17 14:18",
        "apple",
        "Bonjour, pouvez vous me rappeler au 06 12 34 56 78 ? C'est plus simple de voir ça de vive voix, j'ai plusieurs questions sur les prochains travaux au domaine.\nL. Faure",
        lab(note="call-back request"),
        inv="RTS/30621",
        amount="2860.00",
        rdays=3,
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Beatriz Gil", "bgil@estudiogil-arquitectura.example"),
        "2032-04-27 10:45",
        "gmail",
        "Perdonad, pero ¿esto es real? Últimamente nos llegan muchos correos falsos con facturas y no sé si esto es uno de ellos. ¿Me podéis llamar al estudio para confirmarlo? 91 000 00 00\n\nBeatriz Gil",
        lab(note="suspicion; a person should call back"),
        inv="RTS/30536",
        amount="1590.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Antonio Pérez", "antonio@residencialaspalmeras.example"),
        "2032-05-14 19:22",
        "iphone",
        "Hola, aprovecho para preguntaros si podéis venir a ver otro pino que se está inclinando hacia la piscina. Antes del verano a ser posible\nAntonio",
        lab(note="new work enquiry; nothing about the invoice"),
        inv="RTS/30630",
        amount="2100.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Bram Hoogland", "bram@boomgaard-hoogland.example"),
        "2032-05-13 21:10",
        "iphone",
        "Ontvangen, ik kijk er maandag naar.",
        lab(note="'maandag' is when he will look at it, not a payment date"),
        inv="RTS/30577",
        amount="1640.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Erik van Dam", "erik@vandamhoveniers.example"),
        "2032-05-19 11:11",
        "outlook",
        "Geachte heer/mevrouw,\n\nHelaas moet ik u meedelen dat Van Dam Hoveniers op 12 mei door de rechtbank failliet is verklaard. Ik ben zelf niet meer bevoegd om betalingen te doen. Uw vordering kunt u indienen bij de curator; diens gegevens stuur ik u zodra ik ze heb.\n\nMet vriendelijke groet,\nErik van Dam",
        lab(note="bankruptcy notice: a person must read it; no new address yet, nothing promised"),
        inv="RTS/30594",
        amount="3120.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Marta Ferri", "marta@agriturismoilpoggio.example"),
        "2032-05-12 15:40",
        "gmail_plain",
        "Ricevuto, lo giro all'amministrazione.\n\nMarta",
        lab(note="passed on internally; not a new contact"),
        inv="RTS/30585",
        amount="720.00",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Sandro Lupi", "sandro.lupi@lupiserramenti.example"),
        "2032-05-18 08:52",
        "outlook",
        "Buongiorno,\n\nma questa non era già stata pagata? Mi sembrava di aver visto passare il bonifico il mese scorso. Controllate per favore e fatemi sapere.\n\nSandro Lupi\nLupi Serramenti",
        lab(note="unsure whether it was paid: a question, not a claim"),
        inv="RTS/30558",
        amount="1380.00",
        charset="iso-8859-1",
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
class Ndr:
    """The human-readable text of an Exchange Online non-delivery or delay report."""

    head: str
    reason: str
    fix: str
    admin: str
    server_label: str
    server: str
    returned: str
    subject: str
    action: str
    diagnostic: str


def sent_at(b: Bounce, hours: int = 0) -> datetime:
    """When the reminder left Ravensworth: minutes before a rejection, hours before a delay."""
    back = timedelta(hours=hours) if hours else timedelta(minutes=2, seconds=b.dt.second - 5)
    return (b.dt - back).astimezone(UK)


def original_reminder(b: Bounce, hours: int = 0) -> Message:
    """The reminder as sent (returned whole or in part inside the report)."""
    sent = sent_at(b, hours)
    msg = text_part(reminder_body(b.rlang, b.inv, b.amount, b.cur, sent), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded(reminder_subject(b.rlang, b.inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_mime_headers_down(msg)
    return msg


def header_lines(msg: Message) -> str:
    """The header block of a message, as text."""
    return "".join(f"{name}: {value}\n" for name, value in msg.items())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    hours: int = 0,
    kind: str = "smtp",
) -> Message:
    """A message/delivery-status part (RFC 3464) for one recipient."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(sent_at(b, hours))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {kind}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(sent_at(b, hours) + timedelta(days=2))}")
    blocks: list[Message | str] = [
        message_from_string(per_message),
        message_from_string("\n".join(fields) + "\n"),
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def rfc822_headers(b: Bounce, hours: int = 0) -> Message:
    """A text/rfc822-headers part with the reminder's headers."""
    return text_part(
        header_lines(original_reminder(b, hours)), "rfc822-headers", "us-ascii", "7bit"
    )


def report(*parts: Message) -> Message:
    """A multipart/report container for delivery status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def close(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *extra: tuple[str, str],
    shape: str = "bounce",
) -> Message:
    """Envelope headers of a report, then the usual finishing."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, shape)


def bounce_gmail_disabled(b: Bounce) -> Message:
    """Gmail: the recipient's account is disabled (hard)."""
    lines = [
        "** The account you tried to reach is disabled **",
        f"Your message to {b.rcpt} couldn't be delivered because the Google account it was sent to has been disabled.",
        "Learn more here: https://support.google.com/mail/answer/6596",
        "The response from the remote server was:",
        "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 6a1803df08f44-4c7a3b1e0b7si2281466d6.212 - gsmtp",
    ]
    human = alternative(
        text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
        text_part(
            "<html><body>"
            + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
            + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        ),
    )
    status = delivery_status(
        b,
        "googlemail.com",
        "failed",
        "550-5.2.1 The email account that you tried to reach is disabled.",
        "gmail-smtp-in.l.google.com",
    )
    msg = report(human, status, rfc822_headers(b))
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return close(
        b,
        msg,
        sender,
        "Delivery Status Notification (Failure)",
        ("X-Failed-Recipients", b.rcpt),
        shape="gmail",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail on the recipient's host: no such mailbox (hard), the message copied inline."""
    copy = original_reminder(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at mail.hostbox-uk.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28144 invoked from network); {format_datetime(sent_at(b))}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return close(b, msg, "MAILER-DAEMON@mail.hostbox-uk.example", "failure notice")


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim at Ravensworth: the remote mailbox is over quota (soft by the mailbox-full rule)."""
    copy = original_reminder(b).as_string()
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{b.domain} [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full - quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from dunning by mail.ravensworth-trees.example with local (Exim 4.98)\n"
        f"\tenvelope-from <{AR_ADDR}>\n"
        f"\tid 1uQv7x-0004Kd-2R\n"
        f"\tfor {b.rcpt}; {format_datetime(sent_at(b))}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "Mail Delivery System <Mailer-Daemon@mail.ravensworth-trees.example>"
    return close(
        b,
        msg,
        sender,
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


NDRS = {
    "bo-de-1": Ndr(
        head="Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
        reason="Die Domäne {domain} existiert nicht. Vermutlich ist die Adresse falsch geschrieben, oder die Domäne wird nicht mehr verwendet.",
        fix="So beheben Sie das Problem: Prüfen Sie die Schreibweise der Empfängeradresse und senden Sie die Nachricht erneut. Besteht das Problem weiter, fragen Sie den Empfänger auf anderem Weg, zum Beispiel telefonisch, nach seiner aktuellen E-Mail-Adresse.",
        admin="Diagnoseinformationen für Administratoren:",
        server_label="Generierender Server",
        server="FR3P281MB1452.DEUP281.PROD.OUTLOOK.example",
        returned="Remoteserver hat '{diag}' zurückgegeben",
        subject="Unzustellbar: {subject}",
        action="failed",
        diagnostic="550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={domain}]",
    ),
    "bo-es-1": Ndr(
        head="No se pudo entregar el mensaje a {rcpt}.",
        reason="No se encontró la dirección de correo del destinatario en el sistema de correo de destino. Es posible que esté mal escrita o que ya no exista.",
        fix="Cómo solucionarlo: compruebe la dirección del destinatario y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otro medio.",
        admin="Información de diagnóstico para administradores:",
        server_label="Servidor de generación",
        server="DB9P190MB1722.EURP190.PROD.OUTLOOK.example",
        returned="El servidor remoto devolvió '{diag}'",
        subject="No se puede entregar: {subject}",
        action="failed",
        diagnostic="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    ),
    "bo-nl-1": Ndr(
        head="Uw bericht aan {rcpt} kan niet worden bezorgd.",
        reason="Het postvak van de geadresseerde is vol en kan op dit moment geen berichten meer ontvangen.",
        fix="Wat kunt u doen? Probeer het bericht later opnieuw te verzenden, of laat de geadresseerde op een andere manier weten dat het postvak vol is.",
        admin="Diagnostische gegevens voor beheerders:",
        server_label="Genererende server",
        server="AM9P195MB1288.EURP195.PROD.OUTLOOK.example",
        returned="De externe server heeft '{diag}' geretourneerd",
        subject="Onbestelbaar: {subject}",
        action="failed",
        diagnostic="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    ),
    "bo-it-2": Ndr(
        head="Il recapito del messaggio a {rcpt} è in ritardo.",
        reason="Non è stato ancora possibile recapitare il messaggio. Il server continuerà a provare per altre 20 ore; se il recapito non riuscirà entro questo termine riceverai un'altra notifica.",
        fix="Non è necessario fare nulla.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server_label="Server di generazione",
        server="MI2P293MB0417.ITAP293.PROD.OUTLOOK.example",
        returned="Il server remoto ha restituito '{diag}'",
        subject="Recapito ritardato: {subject}",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed; the remote server did not respond",
    ),
}


def bounce_exchange(b: Bounce) -> Message:
    """Exchange Online in the notice's language: plain and HTML text, status, returned headers."""
    ndr = NDRS[b.key]
    hours = 4 if ndr.action == "delayed" else 0
    diag = ndr.diagnostic.format(domain=b.domain)
    head = ndr.head.format(rcpt=b.rcpt)
    reason = ndr.reason.format(domain=b.domain)
    returned = ndr.returned.format(diag=diag)
    plain = f"{head}\n\n{reason}\n\n{ndr.fix}\n\n\n{ndr.admin}\n\n{ndr.server_label}: {ndr.server}\n\n{b.rcpt}\n{returned}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><table style="width:100%">'
        f'<tr><td style="font-size:21px;color:#C00000"><b>{html.escape(head)}</b></td></tr>'
        f"<tr><td><p>{html.escape(reason)}</p><p>{html.escape(ndr.fix)}</p></td></tr></table></div>\n"
        f'<p style="font-size:13px"><b>{html.escape(ndr.admin)}</b></p>\n'
        f"<p>{html.escape(ndr.server_label)}: {html.escape(ndr.server)}<br>\n{html.escape(b.rcpt)}<br>\n{html.escape(returned)}</p>\n"
        "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    status = delivery_status(b, ndr.server, ndr.action, diag, hours=hours)
    msg = report(human, status, rfc822_headers(b, hours))
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    subject = ndr.subject.format(subject=reminder_subject(b.rlang, b.inv))
    return close(b, msg, sender, subject, ("X-MS-Exchange-Message-Is-Ndr", ""), shape="exchange")


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German hosting provider's delay warning, plain text only (soft)."""
    sent = sent_at(b, 4)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers relay2.kundennetz-hosting.example.\n\n"
        "Ihre Nachricht konnte bisher nicht zugestellt werden. Der Server versucht es weiter, bis zu fünf Tage lang – Sie müssen nichts unternehmen.\n\n"
        f"  Empfänger:        {b.rcpt}\n"
        "  Status:           4.4.1 (Zielserver antwortet nicht, Zeitüberschreitung der Verbindung)\n"
        f"  Eingeliefert am:  {format_datetime(sent.astimezone(CE))}\n"
        f"  Letzter Versuch:  {format_datetime(b.dt)}\n"
        "  Nächster Versuch: in etwa 60 Minuten\n\n"
        f"Betreff der Nachricht: {reminder_subject(b.rlang, b.inv)}\n\n"
        "Erst wenn die Zustellung endgültig scheitert, erhalten Sie eine weitere Nachricht.\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    sender = "Mailserver <mailer-daemon@relay2.kundennetz-hosting.example>"
    return close(b, msg, sender, f"Zustellung verzögert: {reminder_subject(b.rlang, b.inv)}")


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider notice: mailbox full, the message attached (soft)."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie smtp-relais.messagerie-pro.example.\n\n"
        "Votre message n'a pas pu être distribué au destinataire suivant, car sa boîte aux lettres est pleine :\n\n"
        f"    {b.rcpt}\n"
        "    Réponse du serveur : 552 5.2.2 Quota dépassé / Mailbox full\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pouvez renvoyer votre message plus tard.\n\n"
        "Votre message est joint à cette notification.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    return close(
        b,
        outer,
        "Service de messagerie <postmaster@smtp-relais.messagerie-pro.example>",
        "Message non remis",
    )


def bounce_provider_es_policy(b: Bounce) -> Message:
    """A Spanish relay: temporary policy rejection (greylisting), delay report (soft)."""
    text = (
        "Este es un mensaje automático del sistema de correo relay.correo-empresas.example.\n\n"
        f"Todavía no ha sido posible entregar su mensaje a {b.rcpt}. El servidor de destino lo ha rechazado de forma temporal por motivos de política (lista gris):\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Seguiremos intentándolo durante los próximos cuatro días. No es necesario que lo vuelva a enviar; si la entrega fallase definitivamente, recibirá otro aviso.\n"
    )
    remote = f"mx.{b.domain}"
    status = delivery_status(
        b,
        "relay.correo-empresas.example",
        "delayed",
        "451 4.7.1 Greylisted, please try again later",
        remote,
        hours=1,
    )
    msg = report(text_part(text, "plain", "utf-8", "qp"), status, rfc822_headers(b, 1))
    return close(
        b,
        msg,
        "Sistema de correo <mailer-daemon@relay.correo-empresas.example>",
        "Aviso de retraso en la entrega",
    )


def bounce_provider_nl_domain(b: Bounce) -> Message:
    """A Dutch provider's report: the domain no longer exists (hard)."""
    text = (
        "Dit is een automatisch bericht van de mailserver smtp.zakelijkemail.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        f"Reden: het domein {b.domain} bestaat niet (meer); er is geen mailserver voor dit domein gevonden.\n\n"
        "Dit is een permanente fout. Er worden geen nieuwe pogingen gedaan.\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    status = delivery_status(b, "smtp.zakelijkemail.example", "failed", diag, kind="X-Postfix")
    msg = report(text_part(text, "plain", "utf-8", "qp"), status, rfc822_headers(b))
    return close(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp.zakelijkemail.example>",
        "Onbestelbaar bericht",
    )


def bounce_provider_it_policy(b: Bounce) -> Message:
    """An Italian provider notice: rejected by the recipient's policy (hard), plain Latin-1."""
    rem = original_reminder(b)
    text = (
        "Questo messaggio è stato generato automaticamente.\n\n"
        f"Il messaggio inviato a {b.rcpt} è stato rifiutato dal server di destinazione e non verrà recapitato.\n\n"
        "Motivo del rifiuto:\n"
        "  550 5.7.1 Messaggio rifiutato per policy: mittente non autorizzato dal dominio destinatario\n\n"
        "Si tratta di un errore permanente: non verranno effettuati altri tentativi.\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(reminder_subject(b.rlang, b.inv))}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return close(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.posta-aziendale.example>",
        "Notifica di mancato recapito",
    )


BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "gmail_disabled": bounce_gmail_disabled,
    "qmail": bounce_qmail,
    "exim_quota": bounce_exim_quota,
    "exchange": bounce_exchange,
    "provider_de_delay": bounce_provider_de_delay,
    "provider_fr_full": bounce_provider_fr_full,
    "provider_es_policy": bounce_provider_es_policy,
    "provider_nl_domain": bounce_provider_nl_domain,
    "provider_it_policy": bounce_provider_it_policy,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.2.1",
        "hollybank.livery@gmail.com",
        "2032-04-28 09:05",
        "en",
        "gmail_disabled",
        "RTS/30451",
        "860.00",
        "Gmail DSN: disabled account",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "office@brackenfield-stables.example",
        "2032-05-06 09:07",
        "en",
        "qmail",
        "RTS/30468",
        "1240.00",
        "qmail notice, not MIME, message copied inline",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "5.2.2",
        "clerk@stonebridge-pc.example",
        "2032-05-18 09:08",
        "en",
        "exim_quota",
        "RTS/30482",
        "690.00",
        "Exim calls it a permanent error, but a full mailbox is soft; the code is kept",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.4.310",
        "buchhaltung@gaertnerei-flieder.example",
        "2032-04-28 10:05",
        "de",
        "exchange",
        "RTS/30570",
        "1380.00",
        "domain no longer exists",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@pension-waldblick.example",
        "2032-05-19 14:10",
        "de",
        "provider_de_delay",
        "RTS/30637",
        "520.00",
        "provider delay warning, plain text",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "5.2.2",
        "contact@chateau-lesbruyeres.example",
        "2032-05-04 10:06",
        "fr",
        "provider_fr_full",
        "RTS/30574",
        "3450.00",
        "mailbox full: soft; provider notice in multipart/mixed",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "compras@hotelmiramar-costa.example",
        "2032-04-30 10:05",
        "es",
        "exchange",
        "RTS/30560",
        "1870.00",
        None,
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.7.1",
        "gerencia@cortijo-lasvinas.example",
        "2032-05-20 11:16",
        "es",
        "provider_es_policy",
        "RTS/30635",
        "2290.00",
        "temporary policy rejection (greylisting)",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "5.2.2",
        "administratie@camping-heidezicht.example",
        "2032-04-30 10:04",
        "nl",
        "exchange",
        "RTS/30561",
        "980.00",
        "mailbox full with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "hard",
        "5.1.2",
        "info@tuincentrum-vanleeuwen.example",
        "2032-05-21 10:06",
        "nl",
        "provider_nl_domain",
        "RTS/30638",
        "1150.00",
        "domain gone",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.7.1",
        "amministrazione@villa-sangiorgio.example",
        "2032-05-04 10:05",
        "it",
        "provider_it_policy",
        "RTS/30572",
        "4380.00",
        "permanent policy rejection; plain Latin-1 notice",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.4.7",
        "ufficiotecnico@comune-montebello.example",
        "2032-05-20 14:20",
        "it",
        "exchange",
        "RTS/30639",
        "2950.00",
        "Exchange delay report",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, file names and output
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
INVOICE_RE = re.compile(r"^RTS/\d{5}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
NUMBER_IN_TEXT = re.compile(r"(?<![\d.,-])(3\d{4})(?!\d|[.,]\d)")


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a hand-written message."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast(list[str], r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_label(key: str, label: Mapping[str, object]) -> None:
    """Shape and format of one label row."""
    expected = ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{key}: label keys {list(label)}")
    intent = label["intent"]
    if not isinstance(intent, str) or intent not in INTENTS:
        raise SystemExit(f"{key}: intent {intent!r}")
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS[intent]:
        raise SystemExit(
            f"{key}: fields {sorted(filled - INTENT_FIELDS[intent])} do not belong to {intent}"
        )
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is not None and not (isinstance(value, str) and DATE_RE.match(value)):
            raise SystemExit(f"{key}: {name} {value!r}")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and not (isinstance(amount, str) and AMOUNT_RE.match(amount)):
        raise SystemExit(f"{key}: amount {amount!r}")
    if currency not in (None, "GBP", "EUR"):
        raise SystemExit(f"{key}: currency {currency!r}")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or "@" not in contact
    ):
        raise SystemExit(f"{key}: new_contact {contact!r}")
    if intent == "bounce":
        status = label["bounce_status"]
        if label["bounce_kind"] not in ("hard", "soft") or not (
            isinstance(status, str) and STATUS_RE.match(status)
        ):
            raise SystemExit(f"{key}: bounce fields")
        if label["failed_recipient"] is None:
            raise SystemExit(f"{key}: no failed recipient")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE_RE.match(x) for x in refs
    ):
        raise SystemExit(f"{key}: invoice_refs {refs!r}")
    if label["language"] not in LANGS:
        raise SystemExit(f"{key}: language {label['language']!r}")


def check_reply(r: Reply, label: Mapping[str, object]) -> None:
    """The labels agree with the hand-written text, and the date and offset are in range."""
    day = r.dt.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {day} out of range")
    if r.client not in CLIENTS:
        raise SystemExit(f"{r.key}: client {r.client}")
    written = {f"RTS/{n}" for n in NUMBER_IN_TEXT.findall(r.text)}
    if written != set(cast(list[str], label["invoice_refs"])):
        raise SystemExit(
            f"{r.key}: invoice numbers in the text {sorted(written)} vs refs {label['invoice_refs']}"
        )
    contact = label["new_contact"]
    if isinstance(contact, str) and contact not in r.text.lower():
        raise SystemExit(f"{r.key}: new_contact not in the text")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if isinstance(value, str) and name == "paid_date" and value > day.isoformat():
            raise SystemExit(f"{r.key}: paid in the future")
        if isinstance(value, str) and name != "paid_date" and value < day.isoformat():
            raise SystemExit(f"{r.key}: {name} in the past")
    if r.client == "notice" and r.threaded and r.after == 0:
        raise SystemExit(f"{r.key}: an automatic reply must follow its reminder closely")


def check_parsed(name: str, data: bytes) -> Message:
    """Parse a file back: headers decode, every text part decodes, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(
                    f"{name}: header {header} defects {getattr(value, 'defects', None)}"
                )
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part did not decode")
    return msg


def hash_order(key: str) -> str:
    """The sort key that numbers the files: a seeded hash, so a name says nothing of the label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def count_table(labels: list[dict[str, object]]) -> str:
    """Intent × language counts as a Markdown table."""
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
    """Every cell of the plan is met exactly."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, row in PLAN.items():
        for lang, want in zip(LANGS, row, strict=True):
            if cells[intent, lang] != want:
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]} messages, planned {want}")
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, planned 120")


def leaves(part: Message) -> Iterator[Message]:
    """The non-multipart parts of a message, without descending into delivery-status fields."""
    if part.get_content_type() == "message/delivery-status" or not part.is_multipart():
        yield part
        return
    for sub in subparts(part):
        yield from leaves(sub)


def format_summary(messages: list[tuple[str, Message]], replies: Mapping[str, Reply]) -> str:
    """Counts of clients, MIME shapes, charsets, encodings and headers, for the README."""
    clients = Counter(replies[key].client for key, _ in messages if key in replies)
    tops = Counter(msg.get_content_type() for _, msg in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    for _, msg in messages:
        parts = list(leaves(msg))
        charsets.update(
            {str(p.get_content_charset()) for p in parts if p.get_content_maintype() == "text"}
        )
        encodings.update({str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in parts})
        raw = msg.as_string()
        head = raw.split("\n\n", 1)[0]
        headers.update(
            name
            for name in (
                "In-Reply-To",
                "Auto-Submitted",
                "X-Auto-Response-Suppress",
                "X-Autoreply",
                "Precedence",
            )
            if msg[name] is not None
        )
        if "=?" in head:
            headers["RFC 2047 encoded-word"] += 1
    lines = [
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
    ]
    return "\n".join(lines)


def build_all() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its label, checked against its spec."""
    items: list[tuple[str, Message, dict[str, object]]] = []
    invoices: Counter[str] = Counter()
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, label)
        check_reply(r, label)
        if r.threaded:  # advices answer no reminder
            invoices[r.inv] += 1
        items.append((r.key, build_reply(r), label))
    for b in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
            raise SystemExit(f"{b.key}: date out of range")
        label = bounce_label(b)
        check_label(b.key, label)
        invoices[b.inv] += 1
        items.append((b.key, BUILDERS[b.builder](b), label))
    keys = Counter(key for key, _, _ in items)
    if max(keys.values()) > 1 or max(invoices.values()) > 1:
        raise SystemExit("duplicate keys or reminded invoice numbers")
    return items


def write_all() -> tuple[list[dict[str, object]], list[tuple[str, Message]]]:
    """Write the .eml files and labels.jsonl next to this script."""
    items = sorted(build_all(), key=lambda item: hash_order(item[0]))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[tuple[str, Message]] = []
    for number, (key, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        parsed.append((key, check_parsed(name, data)))
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parsed


def iter_bounce_kinds(labels: list[dict[str, object]]) -> Iterator[str]:
    """The bounce kinds, for the summary line."""
    for label in labels:
        if label["intent"] == "bounce":
            yield str(label["bounce_kind"])


def main() -> int:
    """Build, check and report."""
    labels, parsed = write_all()
    print(count_table(labels))
    kinds = Counter(iter_bounce_kinds(labels))
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    print(format_summary(parsed, {r.key: r for r in REPLIES}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
