# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# (E501 and RUF001 are not enabled everywhere; the line above keeps the exemption quiet there.)
# Each message keeps one paragraph per line, as mail clients send it, with the real dashes,
# quotes and accents that people and their clients type.
"""Build held-out reply corpus 111: `h111-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Quayside Conference Centre after it sent an
overdue-invoice reminder. The new text of each message is written by hand below. The script only
adds what a mail client or a mail server adds: the quoted reminder (in the client's layout and
language), headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. It writes next to itself, deterministically, and checks what it wrote.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import DateHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import NoReturn, cast

HERE = Path(__file__).resolve().parent
SEED = 111_2029
PREFIX = "h111"
FIRST_DAY = date(2029, 9, 3)
LAST_DAY = date(2029, 9, 28)
BUSINESS = "Quayside Conference Centre"
AR_NAME = "Quayside Finance"
AR_ADDR = "finance@quayside-conference.example"
AR_DOMAIN = "quayside-conference.example"
AR_MTA = "mail.quayside-conference.example"
UK = timezone(timedelta(hours=1))  # BST until the last Sunday of October 2029
CE = timezone(timedelta(hours=2))  # CEST until the last Sunday of October 2029
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
LABEL_ORDER = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# Which fields each intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in each language)
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
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
GMAIL_ATTR = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mab3} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{dd} {mon} {y} {HH}:{MM}",
    "de": "{day}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{day} {d} {mon} {y} {HH}:{MM}",
    "es": "{day}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{day} {d} {mon} {y} {HH}:{MM}",
    "it": "{day} {d} {mon} {y} {HH}:{MM}",
}
# divider, From, Sent, To, Subject, what goes between a label and its value
OUTLOOK_BLOCK = {
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
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Überfällige Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture échue {inv} – rappel de paiement",
    "es": "Factura vencida {inv} – recordatorio de pago",
    "nl": "Vervallen factuur {inv} – betalingsherinnering",
    "it": "Fattura scaduta {inv} – promemoria di pagamento",
}
REMINDER_TEXT = {
    "en": (
        "Hello,\n\n"
        "We hope your event with us went well. Our ledger shows the invoice below as past its due date and still open:\n\n"
        "    Invoice {inv}    dated 16/07/2029    due 15/08/2029    balance {amt}\n\n"
        "Could you let us know when we can expect payment? If you have paid in the last few days, please send us the payment date and your remittance reference so we can match it. If anything on the invoice looks wrong to you, reply to this e-mail and we will look into it.\n\n"
        "With thanks,\n\n"
        "Finance Team\nQuayside Conference Centre\n2 Harbour Walk, Quayside\nfinance@quayside-conference.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir hoffen, Ihre Veranstaltung bei uns ist gut verlaufen. In unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist:\n\n"
        "    Rechnung {inv}    vom 16.07.2029    fällig am 15.08.2029    offen {amt}\n\n"
        "Bitte teilen Sie uns mit, wann wir mit dem Zahlungseingang rechnen dürfen. Falls Sie in den letzten Tagen bezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Finance Team\nQuayside Conference Centre"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous espérons que votre événement chez nous s'est bien déroulé. Selon notre comptabilité, la facture ci-dessous a dépassé son échéance et reste ouverte :\n\n"
        "    Facture {inv}    du 16/07/2029    échéance 15/08/2029    solde {amt}\n\n"
        "Pourriez-vous nous indiquer quand le règlement interviendra ? Si vous avez payé ces derniers jours, merci de nous communiquer la date et la référence du virement afin que nous puissions le rapprocher. Si un élément de la facture vous semble inexact, répondez simplement à ce message.\n\n"
        "Avec nos remerciements,\n\n"
        "Finance Team\nQuayside Conference Centre"
    ),
    "es": (
        "Buenos días:\n\n"
        "Esperamos que su evento con nosotros saliera bien. Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente:\n\n"
        "    Factura {inv}    de 16/07/2029    vencimiento 15/08/2029    saldo {amt}\n\n"
        "¿Podrían indicarnos cuándo realizarán el pago? Si han pagado en los últimos días, envíennos la fecha y la referencia de la transferencia para que podamos conciliarla. Si algo de la factura no les parece correcto, respondan a este correo y lo revisaremos.\n\n"
        "Muchas gracias,\n\n"
        "Finance Team\nQuayside Conference Centre"
    ),
    "nl": (
        "Goedendag,\n\n"
        "We hopen dat uw evenement bij ons goed is verlopen. Volgens onze administratie is de vervaldatum van onderstaande factuur verstreken en staat het bedrag nog open:\n\n"
        "    Factuur {inv}    datum 16-07-2029    vervaldatum 15-08-2029    openstaand {amt}\n\n"
        "Wilt u ons laten weten wanneer wij de betaling kunnen verwachten? Heeft u de afgelopen dagen betaald, stuur ons dan de betaaldatum en het betalingskenmerk, zodat we de betaling kunnen koppelen. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail en we zoeken het uit.\n\n"
        "Met dank en vriendelijke groet,\n\n"
        "Finance Team\nQuayside Conference Centre"
    ),
    "it": (
        "Buongiorno,\n\n"
        "speriamo che il vostro evento presso di noi sia andato bene. Dalla nostra contabilità la fattura indicata qui sotto risulta scaduta e ancora aperta:\n\n"
        "    Fattura {inv}    del 16/07/2029    scadenza 15/08/2029    saldo {amt}\n\n"
        "Potreste indicarci quando possiamo aspettarci il pagamento? Se avete pagato negli ultimi giorni, inviateci la data e il riferimento del bonifico così da poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail e verificheremo.\n\n"
        "Grazie e cordiali saluti,\n\n"
        "Finance Team\nQuayside Conference Centre"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£3,460.00",
    "de": "2.980,00 €",
    "fr": "2 175,50 €",
    "es": "4.312,80 €",
    "nl": "€ 1.895,00",
    "it": "€ 3.040,00",
}
DEFAULT_INVOICE = "QCC-29-04417"
# What a Latin-1 client sends for characters that Latin-1 does not have.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: sender, local time, client, new text and its labels.

    `at` is the sender's wall-clock time; `tz` is "uk" or "ce" (default: "uk" for English, "ce"
    otherwise). `client` is a key of CLIENTS; "notice" quotes nothing (auto-replies, advices).
    `days_before` is how many days before the reply the reminder left (0: the same morning).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    at: str
    client: str
    text: str
    labels: Mapping[str, object]
    inv: str = DEFAULT_INVOICE
    amt: str = ""
    tz: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    days_before: int = 1
    threaded: bool = True
    attachment: tuple[str, bytes] | None = None
    html_body: str = ""

    @property
    def zone(self) -> timezone:
        """The sender's UTC offset on the message date."""
        name = self.tz or ("uk" if self.lang == "en" else "ce")
        return {"uk": UK, "ce": CE}[name]

    @property
    def sent(self) -> datetime:
        """The message's own date, in the sender's zone."""
        return datetime.strptime(self.at, "%Y-%m-%d %H:%M").replace(tzinfo=self.zone)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language. `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, ids, text
# --------------------------------------------------------------------------------------------


def date_words(lang: str, when: datetime) -> dict[str, str]:
    """The pieces a client uses to print a date in `lang`."""
    wd, mi = when.weekday(), when.month - 1
    return {
        "day": DAY_NAMES[lang].split()[wd],
        "dab": DAY_ABBR[lang].split()[wd],
        "mon": MONTH_NAMES[lang].split()[mi],
        "mab": MONTH_ABBR[lang].split()[mi],
        "mab3": MONTH_NAMES["en"].split()[mi][:3],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "MM": f"{when.minute:02d}",
    }


def render(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a locale date template."""
    return template.format(**date_words(lang, when), **extra)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes derived from a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length n."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_sent(reply: datetime, days_before: int, key: str) -> datetime:
    """The reminder left on a working day before the reply, a little after nine UK time."""
    day = reply.astimezone(UK) - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 5 + digest(key, "minute")[0] % 40
    return day.replace(hour=9, minute=minute, second=digest(key, "second")[0] % 60)


def reminder_id(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 16).lower()}.dunning@{AR_MTA}>"


def message_id(key: str, client: str, addr: str) -> str:
    """A Message-ID shaped like the sending client's own."""
    domain = addr.rsplit("@", 1)[1]
    raw = digest(key, "message-id")
    if client.startswith("gmail"):
        return f"<CAJ{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        return f"<{token(key, 'exch', 30)}@{token(key, 'srv', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw.hex()[20:28]}@{domain}>"


def latin1_text(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The text as a client in `charset` would send it."""
    return latin1_text(text) if charset == "iso-8859-1" else text


def quoted(text: str) -> str:
    """Quote every line with '>'."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_br(text: str) -> str:
    """Escape and keep line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    """Paragraphs for the quoted reminder in HTML."""
    return "\n".join(f"<p>{html_br(p)}</p>" for p in text.split("\n\n"))


def mso_paras(text: str, lang: str) -> str:
    """Word's paragraph markup, one MsoNormal per line, tagged with the writer's language."""
    tag = CONTENT_LANGUAGE[lang].upper() if lang == "en" else lang.upper()
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal"><span lang="{tag}">{inner}</span><o:p></o:p></p>')
    return "\n".join(rows)


def flowed_pieces(body: str, width: int) -> list[str]:
    """Cut one logical line into flowed pieces; every piece but the last ends in a space."""
    pieces: list[str] = []
    rest = body
    while len(rest) > width:
        cuts = [j for j in range(1, len(rest)) if rest[j - 1] == " " and rest[j] != " "]
        if not cuts:
            break
        before = [j for j in cuts if j <= width]
        cut = before[-1] if before else cuts[0]
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, quotes keep '>'."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if depth and body.startswith(" "):
            body = body[1:]
        if not depth and body.startswith((" ", "From ", ">")):
            body = " " + body  # space-stuffing
        prefix = ">" * depth + (" " if depth and body else "")
        pieces = flowed_pieces(body.rstrip(" "), width - len(prefix))
        out += [prefix + piece for piece in pieces]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset object using the transfer encoding the client chose."""
    charset = cs.Charset(name)
    # 8bit or 7bit: no transfer encoding (None), the generator writes the bytes as they are
    charset.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_value(value: str, charset: str, name: str = "Subject", b64: bool = False) -> str:
    """A header as the client writes it: RFC 2047 encoded words when it is not ASCII.

    `b64` forces the B encoding, as Gmail uses for UTF-8 headers.
    """
    if value.isascii():
        return value
    try:
        value.encode(charset)
        chosen = cs.Charset(charset)
    except UnicodeEncodeError:
        chosen = cs.Charset("utf-8")
    if b64:
        chosen.header_encoding = cs.BASE64
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8", b64: bool = False) -> str:
    """A From/To/Cc mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From', b64)} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain part first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def mixed(parts: list[Message]) -> Message:
    """multipart/mixed around the given parts."""
    outer = MIMEMultipart("mixed")
    for part in parts:
        outer.attach(part)
    return outer


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """Subject line of the reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    """Body of the reminder."""
    return REMINDER_TEXT[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


def make_quote(r: Reply) -> Quote:
    """What the reply quotes, in the charset the reply is sent in."""
    lang = r.lang
    sent = reminder_sent(r.sent, r.days_before, r.key).astimezone(r.zone)
    text = fits(reminder_body(lang, r.inv, r.amt), r.charset)
    subject = fits(reminder_subject(lang, r.inv), r.charset)
    return Quote(
        text,
        subject,
        sent,
        r.lang,
        f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1],
    )


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header."""
    _, frm, sent, to, subj, _ = OUTLOOK_BLOCK[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(OUTLOOK_DATE[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_lines(q: Quote) -> list[str]:
    """The Outlook reply header as plain-text lines."""
    sep = OUTLOOK_BLOCK[q.lang][5]
    return [f"{label}{sep}{value}" for label, value in outlook_rows(q)]


def word_document(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider div, the quoted reminder."""
    sep = OUTLOOK_BLOCK[q.lang][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    body = r.html_body or mso_paras(fits(r.text, r.charset), r.lang)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paras(q.text, q.lang)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, localised '-----Original Message-----' block."""
    block = "\n".join([OUTLOOK_BLOCK[q.lang][0], *outlook_lines(q)])
    text = f"{fits(r.text, r.charset)}\n\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup and the divider div."""
    plain = "\n".join([fits(r.text, r.charset), "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, localised 'Get Outlook for Android'."""
    rows = "\n".join(outlook_lines(q))
    text = f"{fits(r.text, r.charset)}\n\n{ANDROID_LINE[q.lang]}\n{'_' * 32}\n{rows}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's attribution line in the sender's language."""
    return render(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a gmail_quote blockquote."""
    attr = gmail_attribution(q)
    mine = fits(r.text, r.charset)
    plain = f"{mine}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{r.html_body or html_br(mine)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    text = f"{fits(r.text, r.charset)}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return render(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{fits(r.text, r.charset)}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the whole reminder quoted with its attribution."""
    text = f"{fits(r.text, r.charset)}\n\n{IPHONE_LINE[q.lang]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text with the attribution above the quote."""
    attr = render(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{fits(r.text, r.charset)}\n\n{attr}\n{quoted(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices quote nothing; an HTML-only notice uses `html_body`."""
    del q
    if r.html_body:
        return text_part(r.html_body, "html", r.charset, r.cte)
    return text_part(fits(r.text, r.charset) + "\n", "plain", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
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
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Thunderbird/140.2.1",
        ),
    ),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
}


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients write them."""
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
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast(list[Message], part.get_payload()):
            drop_inner_versions(sub, top=enclosed)


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries shaped like the client's own."""
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in OUTLOOK_FAMILY else "=_report_")
    for n, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        core = token(key, f"boundary{n}", 24)
        if style == "gmail":
            core = digest(key, f"boundary{n}").hex()[:16]
        suffix = "_" if style in OUTLOOK_FAMILY else ""
        part.set_boundary(f"{prefix}{core}{suffix}")


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version and boundaries."""
    content_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes (override with {re} for the usual reply subject)."""
    prefix = OUTLOOK_PREFIX[q.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    usual = prefix + q.subject
    return r.subject.format(re=usual, orig=q.subject) if r.subject else usual


def build_reply(r: Reply) -> Message:
    """The whole message for a hand-written reply or notice."""
    q = make_quote(r)
    body = CLIENTS[r.client](r, q)
    if r.attachment is not None:
        name, data = r.attachment
        pdf = MIMEApplication(data, "pdf", name=name)
        pdf.add_header("Content-Disposition", "attachment", filename=name)
        body = mixed([body, pdf])
    gmail = r.client.startswith("gmail")
    body["From"] = mailbox(*r.who, charset=r.charset, b64=gmail)
    body["To"] = mailbox(AR_NAME, AR_ADDR)
    body["Subject"] = header_value(reply_subject(r, q), r.charset, b64=gmail)
    body["Date"] = format_datetime(r.sent)
    body["Message-ID"] = message_id(r.key, r.client, r.who[1])
    if r.threaded:
        body["In-Reply-To"] = reminder_id(r.key)
        body["References"] = reminder_id(r.key)
    extra: list[tuple[str, str]] = []
    if r.client in OUTLOOK_FAMILY:
        extra += [
            ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client == "thunderbird":
        extra.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        body[name] = value
    return finalize(body, r.key, r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)

ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>HARCOURT BIOSCIENCES UK LTD</b><br>Accounts Payable – Remittance Advice</p>
<p>To: Quayside Conference Centre<br>Supplier number: 0041877<br>Payment date: 06/09/2029<br>Payment method: BACS<br>Payment reference: 2000418826</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Your invoice</th><th>Invoice date</th><th>Our document</th><th align="right">Amount GBP</th></tr>
<tr><td>QCC-29-04102</td><td>05/07/2029</td><td>5100338201</td><td align="right">4,968.40</td></tr>
<tr><td>QCC-29-04415</td><td>16/07/2029</td><td>5100338977</td><td align="right">2,250.00</td></tr>
<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>7,218.40</b></td></tr>
</table>
<p>Funds should reach your account within two working days of the payment date.</p>
<p style="color:#666666">This is an automatically generated message from our payment system. Replies to this address are not monitored. For queries please use the supplier portal.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "sent-en-photographer",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan@whitlockphoto.example"),
        "2029-09-04 07:52",
        "iphone",
        "Paid.",
        lab(note="one-word reply; no date, so paid_date stays null"),
        inv="QCC-29-04388",
        amt="£640.00",
    ),
    Reply(
        "sent-en-remittance",
        "payment_sent",
        "en",
        ("Harcourt Biosciences Accounts Payable", "ap-remittance@harcourt-bio.example"),
        "2029-09-06 06:14",
        "notice",
        "",
        lab(
            ("QCC-29-04102", "QCC-29-04415"),
            paid_date="2029-09-06",
            payment_reference="2000418826",
            amount="7218.40",
            currency="GBP",
            note="AP-system remittance advice, HTML only; amount is the total of both invoices",
        ),
        subject="Remittance Advice 2000418826 - Quayside Conference Centre",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        threaded=False,
        html_body=ADVICE_HTML,
    ),
    Reply(
        "sent-en-copy",
        "payment_sent",
        "en",
        ("Rachel Osei", "rachel.osei@osei-associates.example"),
        "2029-09-11 13:05",
        "gmail",
        "Hi there,\n\nWe paid this on Friday – our reference was OSEI-0907. Could you send me a copy of the invoice with your VAT number on it though? Our accountant says the one we've got doesn't show it and she needs it for the quarter end.\n\nThanks,\nRachel\n\nRachel Osei\nDirector, Osei Associates",
        lab(
            paid_date="2029-09-07",
            payment_reference="OSEI-0907",
            note="paid, plus a copy for the records: the payment claim wins, the copy is not a condition for paying; 'Friday' before Tue 11 Sep",
        ),
        inv="QCC-29-04351",
        amt="£1,185.00",
    ),
    Reply(
        "sent-de-hochschule",
        "payment_sent",
        "de",
        ("Birgit Lammers", "birgit.lammers@hs-rheinfeld.example"),
        "2029-09-06 10:41",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung QCC-29-04211 (Tagung des Fachbereichs Maschinenbau) wurde am 04.09.2029 zur Zahlung angewiesen. Der Betrag von 2.980,00 € sollte Ihrem Konto in den nächsten Tagen gutgeschrieben werden. Im Verwendungszweck finden Sie die Rechnungsnummer und unser Kassenzeichen 7310.2291.55.\n\nDie Verzögerung bitten wir zu entschuldigen; die Rechnung musste noch vom Fachbereich sachlich und rechnerisch richtig gezeichnet werden.\n\nMit freundlichen Grüßen\nim Auftrag\n\nBirgit Lammers\nHochschule Rheinfeld\nDezernat Finanzen – Haushalt und Zahlungsverkehr\nTel. +49 2161 555 0187",
        lab(
            ("QCC-29-04211",),
            paid_date="2029-09-04",
            payment_reference="7310.2291.55",
            amount="2980.00",
            currency="EUR",
            note="'zur Zahlung angewiesen' on a past date: the transfer was ordered, so it is a payment sent",
        ),
        inv="QCC-29-04211",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "sent-fr-societe",
        "payment_sent",
        "fr",
        ("Hélène Gautier", "tresorerie@societe-geomorphologie.example"),
        "2029-09-11 18:30",
        "gmail",
        "Bonjour,\n\nLe virement a été émis hier depuis le compte de la Société, avec la référence SFG-QCC-4376. S'agissant d'un virement international, comptez deux ou trois jours ouvrés avant de le voir apparaître.\n\nBien cordialement,\n\nHélène Gautier\nTrésorière – Société francophone de géomorphologie",
        lab(
            paid_date="2029-09-10",
            payment_reference="SFG-QCC-4376",
            note="'hier' is the day before Tue 11 Sep",
        ),
        inv="QCC-29-04376",
    ),
    Reply(
        "sent-fr-agence",
        "payment_sent",
        "fr",
        ("Julien Marchetti", "j.marchetti@agence-filrouge.example"),
        "2029-09-17 08:12",
        "iphone",
        "c est réglé depuis vendredi",
        lab(
            paid_date="2029-09-14",
            note="mobile brevity without punctuation; 'vendredi' before Mon 17 Sep",
        ),
        inv="QCC-29-04466",
        amt="1 240,00 €",
    ),
    Reply(
        "sent-es-sociedad",
        "payment_sent",
        "es",
        ("Marta Echeverría Ruiz", "m.echeverria@neuroimagen-sociedad.example"),
        "2029-09-13 12:37",
        "outlook_html",
        "Hola, buenos días:\n\nPerdonad que no haya contestado antes, pero venimos de unas semanas de locura con el cierre de la memoria del congreso y la justificación de la subvención del Ministerio. Aprovecho para daros las gracias otra vez por cómo se portó todo vuestro equipo en julio, en especial Callum con las proyecciones de la sala grande y con el cambio de última hora del menú sin gluten; varios socios lo han destacado en la encuesta de satisfacción.\n\nSobre la factura: la transferencia salió el lunes desde la cuenta de la Sociedad, por el importe completo. En el concepto pusimos el número de factura, así que no deberíais tener problema para identificarla. Si a final de semana no os ha llegado, decídmelo y lo miro con el banco.\n\nOtra cosa: estamos pensando en repetir en 2031 con un formato algo más grande (unos 300 asistentes). ¿Con quién tendría que hablar para pedir presupuesto?\n\nUn abrazo,\n\nMarta Echeverría\nSecretaría Técnica\nSociedad Española de Neuroimagen",
        lab(
            paid_date="2029-09-10",
            note="long thank-you with the payment buried in the middle; 'el lunes' before Thu 13 Sep; the booking question is secondary",
        ),
        inv="QCC-29-04240",
        charset="windows-1252",
    ),
    Reply(
        "sent-es-justificante",
        "payment_sent",
        "es",
        ("Jorge Llorente", "jorge@llorente-abogados.example"),
        "2029-09-21 17:48",
        "apple",
        "Pagado hoy. Os adjunto el justificante de la transferencia.\n\nSaludos,\nJorge Llorente\nLlorente Abogados",
        lab(paid_date="2029-09-21", note="proof of transfer attached as a PDF"),
        inv="QCC-29-04529",
        amt="960,00 €",
        attachment=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Reply(
        "sent-nl-trainer",
        "payment_sent",
        "nl",
        ("Sanne de Boer", "sanne@deboer-training.example"),
        "2029-09-19 11:02",
        "android",
        "Hoi, is vanochtend overgemaakt. Groet, Sanne",
        lab(paid_date="2029-09-19", note="'vanochtend' is the message date"),
        inv="QCC-29-04547",
        amt="€ 780,00",
    ),
    Reply(
        "sent-nl-betaaladvies",
        "payment_sent",
        "nl",
        ("Veldhoven Medical B.V.", "noreply-betaaladvies@veldhoven-medical.example"),
        "2029-09-10 05:30",
        "notice",
        "Betaaladvies\n\nAan: Quayside Conference Centre\nLeveranciersnummer: 300481\nBetaaldatum: 10-09-2029\nBetalingskenmerk: 1029 4471 0093 2281\n\nFactuurnummer      Factuurdatum    Bedrag\nQCC-29-04290       16-07-2029      € 6.250,00\nQCC-29-04291       16-07-2029      €   420,00\n\nTotaal betaald: € 6.670,00\n\nDit bericht is automatisch verzonden. Vragen over deze betaling kunt u richten aan crediteuren@veldhoven-medical.example onder vermelding van het betalingskenmerk.",
        lab(
            ("QCC-29-04290", "QCC-29-04291"),
            paid_date="2029-09-10",
            payment_reference="1029 4471 0093 2281",
            amount="6670.00",
            currency="EUR",
            note="AP-system payment advice; the address for questions is not a new contact",
        ),
        subject="Betaaladvies 10-09-2029 / Quayside Conference Centre",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "sent-it-bonifico",
        "payment_sent",
        "it",
        ("Federica Colombo", "amministrazione@colombo-ferri.example"),
        "2029-09-07 15:26",
        "outlook",
        "Buongiorno,\n\nin riferimento al vostro sollecito vi comunichiamo che il bonifico a saldo della fattura è stato disposto con data esecuzione 05/09, TRN 1101292480077341, per € 3.040,00.\n\nCordiali saluti\n\nFederica Colombo\nUfficio Amministrazione\nColombo & Ferri S.r.l.",
        lab(
            paid_date="2029-09-05",
            payment_reference="1101292480077341",
            amount="3040.00",
            currency="EUR",
            note="'05/09' is day/month in Italian",
        ),
        inv="QCC-29-04233",
    ),
    Reply(
        "sent-it-maiuscolo",
        "payment_sent",
        "it",
        ("Stefano Ruggeri", "stefano.ruggeri@libero.it"),
        "2029-09-25 20:14",
        "iphone",
        "GIÀ PAGATO IERI. CONTROLLATE PRIMA DI MANDARE SOLLECITI",
        lab(
            paid_date="2029-09-24",
            note="all caps from a phone; 'ieri' is the day before Tue 25 Sep; grumbling, but no request to stop",
        ),
        inv="QCC-29-04581",
        amt="€ 415,00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "promise-en-leave",
        "promise_to_pay",
        "en",
        ("Helen Cartwright", "h.cartwright@brightwater-housing.example"),
        "2029-09-07 16:40",
        "outlook",
        "Hi,\n\nJust catching this before I go on leave (back on the 24th). I've approved the invoice and it has been loaded for the supplier run on the 20th, so you should see it a day or so after that. If it hasn't arrived by the end of that week please chase Martin in our team rather than me.\n\nThanks\nHelen\n\nHelen Cartwright | Finance Officer\nBrightwater Housing Association",
        lab(
            promised_date="2029-09-20",
            note="written by a person whose subject says 'out of office'; the payment is loaded for the run on the 20th",
        ),
        inv="QCC-29-04302",
        subject="Out of office from Monday - {orig}",
    ),
    Reply(
        "promise-en-friday-run",
        "promise_to_pay",
        "en",
        ("Meridian Logistics Accounts Payable", "ap.uk@meridian-logistics.example"),
        "2029-09-18 11:20",
        "outlook_html",
        "Good morning,\n\nThank you for your email. Invoice QCC-29-04533 has been approved and is scheduled for payment in Friday's BACS run. Funds normally reach the supplier's account the following working day.\n\nKind regards,\n\nKofi Mensah\nAP Analyst | UK Shared Service Centre\nMeridian Logistics Group",
        lab(
            ("QCC-29-04533",),
            promised_date="2029-09-21",
            note="past tense ('has been approved') announcing a future payment; Friday after Tue 18 Sep",
        ),
        inv="QCC-29-04533",
        amt="£8,914.20",
    ),
    Reply(
        "promise-en-next-thursday",
        "promise_to_pay",
        "en",
        ("Gaz Pritchard", "gazpritchardevents@gmail.com"),
        "2029-09-14 22:47",
        "gmail_plain",
        "sorry mate been snowed under with the festival, didnt forget about you. will get it paid nxt thursday when the council pays me for the august job\n\ngaz",
        lab(
            promised_date="2029-09-20",
            note="written Fri 14 Sep: 'nxt thursday' is the 20th; the condition on his own client does not remove the date",
        ),
        inv="QCC-29-04492",
        amt="£1,320.00",
    ),
    Reply(
        "promise-de-kw",
        "promise_to_pay",
        "de",
        ("Thomas Reinholz", "kreditoren@weber-antriebstechnik.example"),
        "2029-09-12 14:03",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung QCC-29-04167 liegt uns vor und ist sachlich geprüft. Sie wird mit unserem Zahllauf in KW 39 beglichen.\n\nMit freundlichen Grüßen\n\nThomas Reinholz\nKreditorenbuchhaltung\nWeber Antriebstechnik GmbH",
        lab(
            ("QCC-29-04167",),
            promised_date="2029-09-24",
            note="'KW 39' resolved to the Monday of ISO week 39, as 'next week' resolves to its Monday",
        ),
        inv="QCC-29-04167",
        amt="5.620,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "promise-de-verein",
        "promise_to_pay",
        "de",
        ("Jürgen Albers", "kassenwart@ruderclub-elbufer.example"),
        "2029-09-08 10:15",
        "gmail_plain",
        "Hallo,\n\nnein, bezahlt ist sie noch nicht, da haben Sie recht. Bei uns muss der Vorstand größere Ausgaben gegenzeichnen, und die nächste Sitzung ist erst am 26. Ich überweise dann direkt danach, spätestens Ende des Monats.\n\nViele Grüße\nJürgen Albers\nKassenwart, Ruderclub Elbufer e. V.",
        lab(
            promised_date="2029-09-30",
            note="'not paid yet' followed by a promise; 'spätestens Ende des Monats' is 30 Sep",
        ),
        inv="QCC-29-04281",
        amt="1.760,00 €",
    ),
    Reply(
        "promise-fr-universite",
        "promise_to_pay",
        "fr",
        ("Nathalie Le Goff", "nathalie.legoff@univ-armor.example"),
        "2029-09-17 15:20",
        "outlook_html",
        "Bonjour,\n\nVotre facture QCC-29-04260 a bien été reçue et le service fait a été certifié par le laboratoire. La mise en paiement interviendra en fin de mois, après validation par l'agence comptable.\n\nBien cordialement,\n\nNathalie Le Goff\nService facturier – Direction des affaires financières\nUniversité de Bretagne-Armor",
        lab(
            ("QCC-29-04260",),
            promised_date="2029-09-30",
            note="'en fin de mois' is 30 Sep",
        ),
        inv="QCC-29-04260",
        amt="3 912,00 €",
        charset="windows-1252",
    ),
    Reply(
        "promise-es-agencia",
        "promise_to_pay",
        "es",
        ("Álvaro Pineda", "alvaro@pinedaeventos.example"),
        "2029-09-05 19:02",
        "gmail",
        "¡Hola!\n\nSí, lo tengo pendiente, perdona. Estamos esperando a que nos pague el cliente final (la farmacéutica del congreso de julio) y en cuanto entre lo liquidamos. Como muy tarde a finales de mes lo tenéis.\n\nUn saludo,\nÁlvaro\n\nPineda Eventos",
        lab(
            promised_date="2029-09-30",
            note="conditional on their own client but bounded: 'a finales de mes' is 30 Sep",
        ),
        inv="QCC-29-04319",
        cte="b64",
    ),
    Reply(
        "promise-es-dia25",
        "promise_to_pay",
        "es",
        ("Rocío Vidal", "rocio.vidal@fisiovidal.example"),
        "2029-09-19 08:30",
        "iphone",
        "Buenos dias, lo pagamos el dia 25 sin falta que es cuando cobramos los cursos. Disculpad el retraso",
        lab(
            promised_date="2029-09-25",
            note="missing accents as typed on a phone; 'el día 25' of this month",
        ),
        inv="QCC-29-04560",
        amt="690,00 €",
    ),
    Reply(
        "promise-nl-stichting",
        "promise_to_pay",
        "nl",
        ("Pieter Hoekstra", "penningmeester@stichting-waddenerfgoed.example"),
        "2029-09-10 13:44",
        "gmail",
        "Beste mensen,\n\nExcuses voor de vertraging. Wij wachten nog op de subsidie van de provincie, die volgende week binnen zou moeten komen. Over twee weken maken wij het volledige bedrag over.\n\nMet vriendelijke groet,\nPieter Hoekstra\npenningmeester Stichting Waddenerfgoed",
        lab(
            promised_date="2029-09-24",
            note="'over twee weken' from Mon 10 Sep is Mon 24 Sep",
        ),
        inv="QCC-29-04355",
    ),
    Reply(
        "promise-nl-gemeente",
        "promise_to_pay",
        "nl",
        ("Marloes van Dijk", "m.vandijk@noorderveld.example"),
        "2029-09-25 10:05",
        "outlook",
        "Goedemorgen,\n\nDe factuur is inmiddels goedgekeurd door de budgethouder en wordt meegenomen in de betaalrun van aanstaande donderdag.\n\nMet vriendelijke groet,\n\nMarloes van Dijk\nTeam Financiële Administratie\nGemeente Noorderveld",
        lab(
            promised_date="2029-09-27",
            note="past tense ('goedgekeurd') announcing the payment run; 'aanstaande donderdag' after Tue 25 Sep",
        ),
        inv="QCC-29-04588",
        amt="€ 2.430,00",
    ),
    Reply(
        "promise-it-finemese",
        "promise_to_pay",
        "it",
        ("Luca Bernardi", "luca.bernardi@bernardi-consulting.example"),
        "2029-09-20 09:10",
        "thunderbird",
        "Buongiorno,\n\nscusate il ritardo, dopo l'estate ho avuto qualche problema di liquidità. Provvedo al saldo completo entro fine mese, ve lo garantisco.\n\nCordiali saluti\nLuca Bernardi",
        lab(
            promised_date="2029-09-30",
            note="cash-flow trouble but one payment in full promised: 'entro fine mese' is 30 Sep",
        ),
        inv="QCC-29-04509",
        amt="€ 1.150,00",
        cte="8bit",
    ),
    Reply(
        "promise-it-scadenza",
        "promise_to_pay",
        "it",
        ("Chiara Mancini", "contabilita.fornitori@farmadriatici.example"),
        "2029-09-26 11:48",
        "outlook_html",
        "Gentili Signori,\n\nin riscontro al Vostro sollecito, Vi informiamo che la fattura QCC-29-04602 è stata registrata e verrà pagata alla prossima scadenza utile del 15/10, secondo le condizioni di pagamento in uso presso la nostra Società.\n\nDistinti saluti\n\nChiara Mancini\nContabilità Fornitori\nFarmaceutici Adriatici S.p.A.",
        lab(
            ("QCC-29-04602",),
            promised_date="2029-10-15",
            note="'15/10' is day/month in Italian; past tense 'è stata registrata' but the payment is future",
        ),
        inv="QCC-29-04602",
        amt="€ 7.385,00",
        charset="windows-1252",
    ),
]

DISPUTE = [
    Reply(
        "dispute-en-numbers",
        "dispute",
        "en",
        ("Priya Raman", "priya.raman@kestrel-software.example"),
        "2029-09-04 10:12",
        "outlook",
        "Hi,\n\nWe have NOT paid this because it's wrong. The invoice charges lunch for 180 delegates, but we confirmed final numbers of 142 by email on 2 July, ten days before the event and well inside your 7-day cut-off. That's 38 lunches at £24.50 we shouldn't be paying for.\n\nPlease send a corrected invoice and we'll pay it straight away.\n\nPriya Raman\nOffice Manager, Kestrel Software Ltd",
        lab(
            note="'NOT paid' with the reason; the corrected-invoice request and the conditional payment follow from the dispute"
        ),
        inv="QCC-29-04129",
        amt="£5,842.50",
    ),
    Reply(
        "dispute-en-av",
        "dispute",
        "en",
        ("Owen Price", "owen.price@cambrian-insurance.example"),
        "2029-09-13 15:55",
        "outlook_html",
        "Hello,\n\nWe've paid £2,820.00 of QCC-29-04498 today, which covers room hire and catering in full. We are not paying the £640.00 AV charge. The projector in the Harbour Suite failed twenty minutes into the opening session, we lost most of the first hour, and your technician told our organiser on the day that there would be no charge for the kit. Please raise a credit note for that line.\n\nRegards,\nOwen Price\nEvents Lead | Cambrian Insurance plc",
        lab(
            ("QCC-29-04498",),
            note="part paid, the rest contested: the dispute beats the payment claim",
        ),
        inv="QCC-29-04498",
        amt="£3,460.00",
    ),
    Reply(
        "dispute-en-professor",
        "dispute",
        "en",
        ("Alasdair Ferguson", "a.ferguson@coastal-university.ac.example"),
        "2029-09-16 21:30",
        "thunderbird",
        "Dear Finance Team,\n\nI'm sorry it has taken me a while to respond – the start of term is always chaotic and I have only just got through the backlog from the summer. First, let me say that the symposium itself went very well; several colleagues have already asked whether we can come back next year, and the catering in particular was much praised (the vegan options were a big improvement on the last venue we used).\n\nI have passed your reminder to our departmental administrator, but before she processes anything I should flag that I don't think the accommodation part of the invoice is right. We had 22 rooms on the block booking, and four of our speakers cancelled in late June. I emailed your reservations team on 28 June to release those rooms and had a reply saying that was fine. The invoice still charges all 22 rooms for both nights. I also gather from one of our PhD students, who tried to book at the last minute, that you were full that week, so I assume the rooms were re-let.\n\nCould someone look into this and send a revised invoice? We'll settle promptly once it's corrected.\n\nWith best wishes,\n\nAlasdair Ferguson\nProfessor of Marine Ecology\nSchool of Ocean Sciences",
        lab(
            note="long reply with the contested room charge buried in the middle; the revised invoice and the payment after it are secondary"
        ),
        inv="QCC-29-04187",
        amt="£11,276.00",
        cte="8bit",
    ),
    Reply(
        "dispute-de-storno",
        "dispute",
        "de",
        ("Dr. Kerstin Hahn", "k.hahn@verband-lebensmitteltechnik.example"),
        "2029-09-03 11:26",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung QCC-29-04120 über die Stornogebühr für unseren Workshop können wir nicht akzeptieren. Wir haben die Veranstaltung am 14. Mai schriftlich storniert, also mehr als acht Wochen vor dem Termin. Nach Ziffer 6 Ihrer AGB ist eine Stornierung bis sechs Wochen vorher kostenfrei.\n\nDie Stornobestätigung Ihres Hauses vom 15. Mai sende ich Ihnen gern noch einmal zu, falls sie Ihnen nicht vorliegt. Bitte stornieren Sie die Rechnung.\n\nMit freundlichen Grüßen\n\nDr. Kerstin Hahn\nGeschäftsführerin\nVerband der Lebensmitteltechnik e. V.",
        lab(
            ("QCC-29-04120",),
            note="cancellation fee contested under the venue's own terms",
        ),
        inv="QCC-29-04120",
        amt="1.450,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "dispute-de-doppelt",
        "dispute",
        "de",
        ("Felix Brandt", "f.brandt@brandt-media.example"),
        "2029-09-20 16:10",
        "gmail",
        "Hallo,\n\ndas kann nicht stimmen: die 04455 ist dieselbe Leistung wie die 04398 (Raummiete 12.07. inkl. Technik), und die 04398 haben wir schon im August bezahlt. Sie haben uns doppelt abgerechnet. Bitte prüfen und die 04455 stornieren.\n\nGruß\nFelix Brandt\nBrandt Media GmbH",
        lab(
            ("QCC-29-04455", "QCC-29-04398"),
            note="duplicate billing; the payment mentioned is of the other invoice; short numbers normalised",
        ),
        inv="QCC-29-04455",
        amt="1.980,00 €",
    ),
    Reply(
        "dispute-fr-pauses",
        "dispute",
        "fr",
        ("Camille Rousseau", "camille.rousseau@vialis-groupe.example"),
        "2029-09-05 14:35",
        "outlook",
        "Bonjour,\n\nNous contestons les lignes « pauses-café supplémentaires » (2 x 85 personnes) figurant sur cette facture. Le devis signé prévoyait un forfait journée d'étude qui comprend deux pauses par jour ; aucune pause supplémentaire n'a été commandée ni servie.\n\nMerci de nous adresser un avoir ou une facture rectifiée. Le reste de la facture n'appelle pas de remarque de notre part.\n\nCordialement,\n\nCamille Rousseau\nServices généraux – Groupe Vialis",
        lab(note="two lines contested; the rest accepted but not paid"),
        inv="QCC-29-04178",
        amt="6 830,00 €",
        charset="windows-1252",
    ),
    Reply(
        "dispute-fr-parking",
        "dispute",
        "fr",
        ("Didier Fontaine", "didier.fontaine.coaching@gmail.com"),
        "2029-09-22 09:40",
        "gmail",
        "Bonjour,\n\nPourquoi me facturez-vous 12 places de parking ? Le devis que j'ai signé indiquait bien « parking inclus pour les participants ». Je ne paierai pas cette ligne.\n\nDidier Fontaine",
        lab(note="a question that contests a charge, with a refusal to pay it"),
        inv="QCC-29-04571",
        amt="1 096,00 €",
    ),
    Reply(
        "dispute-es-menus",
        "dispute",
        "es",
        ("Carmen Ibáñez", "carmen.ibanez@laboratorios-orbe.example"),
        "2029-09-27 12:15",
        "outlook_html",
        "Buenos días:\n\nNo hemos abonado la factura porque hubo un problema con la cena del día 11 de julio: de los 20 menús vegetarianos que teníamos confirmados por escrito solo se sirvieron 8, y el resto de esos asistentes tuvo que conformarse con las guarniciones. Se lo comentamos al maître esa misma noche.\n\nEntendemos que no procede cobrar esos 12 menús a precio completo. Quedamos a la espera de su propuesta.\n\nUn saludo,\n\nCarmen Ibáñez\nDepartamento de Eventos\nLaboratorios Orbe",
        lab(note="negated payment with the reason: service not delivered as ordered"),
        inv="QCC-29-04146",
        amt="9.215,00 €",
        charset="windows-1252",
    ),
    Reply(
        "dispute-nl-zalen",
        "dispute",
        "nl",
        ("Joost Verbeek", "joost@verbeek-installatietechniek.example"),
        "2029-09-11 07:58",
        "iphone",
        "Klopt niet. Wij hadden 2 zalen geboekt, niet 3. Graag aanpassen.\n\nJoost",
        lab(note="mobile brevity; rooms invoiced that were not booked"),
        inv="QCC-29-04412",
        amt="€ 2.640,00",
    ),
    Reply(
        "dispute-nl-btw",
        "dispute",
        "nl",
        ("Ingrid Smits", "i.smits@nvkl-logopedie.example"),
        "2029-09-14 14:22",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nOp de factuur is 20% Britse btw berekend over het volledige bedrag. Wij zijn een Nederlandse vereniging met een btw-nummer en gaan ervan uit dat de btw verlegd had moeten worden. Zolang dit niet is opgehelderd, houden wij de betaling aan.\n\nGraag ontvangen wij een gecorrigeerde factuur zonder btw, of een toelichting waarom de btw wel terecht is berekend.\n\nMet vriendelijke groet,\n\nIngrid Smits\nPenningmeester\nNederlandse Vereniging voor Klinische Logopedie",
        lab(note="VAT treatment contested and payment withheld; not a plain reissue request"),
        inv="QCC-29-04337",
        amt="€ 4.104,00",
    ),
    Reply(
        "dispute-it-sponsor",
        "dispute",
        "it",
        ("Alessandra Conti", "segreteria@aio-ortottica.example"),
        "2029-09-24 10:30",
        "outlook",
        "Buongiorno,\n\nnella fattura QCC-29-04517 è compresa la cena di gala del 12 luglio (EUR 4.350,00), che però era a carico dello sponsor, Medilab S.r.l., come concordato con il vostro ufficio eventi e come risulta dal contratto firmato a maggio. Lo sponsor ci conferma di avervi già pagato la cena direttamente.\n\nVi chiediamo quindi una nota di credito per quella voce. Il resto lo saldiamo appena ricevuta la nota.\n\nCordiali saluti\n\nAlessandra Conti\nSegreteria organizzativa\nAssociazione Italiana di Ortottica",
        lab(
            ("QCC-29-04517",),
            note="charge billed to the wrong party and already paid by the sponsor; the conditional payment of the rest is secondary",
        ),
        inv="QCC-29-04517",
        amt="EUR 11.920,00",
        charset="iso-8859-1",
    ),
    Reply(
        "dispute-it-persone",
        "dispute",
        "it",
        ("Marco Galli", "marco@galli-viaggi.example"),
        "2029-09-19 22:05",
        "iphone",
        "ma avevamo concordato 40 persone non 60 la fattura è sbagliata rifatela giusta e la paghiamo",
        lab(note="no punctuation; wrong headcount, payment only after correction"),
        inv="QCC-29-04436",
        amt="€ 2.760,00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "plan-en-charity",
        "payment_plan",
        "en",
        ("Fiona MacLeod", "finance@tidewater-trust.example"),
        "2029-09-05 11:10",
        "outlook_html",
        "Dear Finance Team,\n\nThank you for the reminder, and apologies that this has slipped. Our autumn appeal hasn't come in yet and our reserves are committed until it does. Would you accept £1,000 now, with the balance of £2,460 split over October and November? I can set up the two later payments as standing orders so nobody has to chase anybody.\n\nKind regards,\n\nFiona MacLeod\nFinance Manager, Tidewater Trust (registered charity)",
        lab(note="part now, the balance in two later instalments"),
        inv="QCC-29-04263",
    ),
    Reply(
        "plan-en-hardship",
        "payment_plan",
        "en",
        ("Bev Holloway", "bev.holloway@hollowaycrafts.example"),
        "2029-09-15 20:55",
        "gmail_plain",
        "Hi\n\nI'm so sorry about this. My husband has been in and out of hospital since August and the craft fair I booked your room for lost money - half the stallholders pulled out at the last minute. I can't pay the whole lot in one go at the moment. Could I pay £150 a month until it's cleared? I can start on the 1st.\n\nI'm not trying to get out of it, I just need a bit of time.\n\nBev",
        lab(note="hardship and monthly instalments; plan dates are not labelled"),
        inv="QCC-29-04470",
        amt="£1,050.00",
    ),
    Reply(
        "plan-en-30days",
        "payment_plan",
        "en",
        ("Tom Ashworth", "tom.ashworth@ashworth-architects.example"),
        "2029-09-27 13:02",
        "android",
        "Hi, any chance of another 30 days on this one? Two clients have paid us late this quarter and I'd rather not dip into the overdraft. Happy to pay in full by the end of October if that works for you.\nTom",
        lab(note="asks for more time: payment_plan, even with an end date offered"),
        inv="QCC-29-04598",
        amt="£2,115.00",
    ),
    Reply(
        "plan-de-raten",
        "payment_plan",
        "de",
        ("Sabine Krüger", "s.krueger@krueger-seminare.example"),
        "2029-09-04 09:48",
        "outlook",
        "Guten Morgen,\n\nich weiß, die Rechnung ist längst fällig. Nach dem Ausfall zweier Seminare im Sommer ist es bei uns finanziell leider gerade eng. Wäre es möglich, den Betrag in drei Monatsraten zu begleichen, jeweils zum 15.? Die erste Rate könnte ich am 15.10. überweisen.\n\nFür Ihr Verständnis wäre ich sehr dankbar.\n\nMit freundlichen Grüßen\nSabine Krüger\nKrüger Seminare & Coaching",
        lab(note="three monthly instalments proposed"),
        inv="QCC-29-04155",
        amt="1.890,00 €",
        charset="windows-1252",
    ),
    Reply(
        "plan-de-haelfte",
        "payment_plan",
        "de",
        ("Markus Lindner", "m.lindner@lindner-eventtechnik.example"),
        "2029-09-21 12:06",
        "apple",
        "Hallo zusammen,\n\nwir haben heute 1.500 € überwiesen. Den Rest schicken wir Mitte Oktober hinterher, sobald unser großer Kunde gezahlt hat. Ich hoffe, das passt so.\n\nViele Grüße\nMarkus Lindner",
        lab(note="part paid today, the rest later: payment_plan, not payment_sent"),
        inv="QCC-29-04524",
        amt="3.700,00 €",
    ),
    Reply(
        "plan-fr-mensualites",
        "payment_plan",
        "fr",
        ("Sophie Marchand", "sophie@marchand-formation.example"),
        "2029-09-10 17:25",
        "thunderbird",
        "Bonjour,\n\nJe suis désolée pour ce retard. Serait-il possible d'échelonner le règlement en trois mensualités (octobre, novembre et décembre) ? La rentrée a été plus difficile que prévu pour mon organisme de formation.\n\nJe reste à votre disposition pour en parler par téléphone.\n\nBien à vous,\nSophie Marchand",
        lab(),
        inv="QCC-29-04362",
        cte="8bit",
    ),
    Reply(
        "plan-fr-subvention",
        "payment_plan",
        "fr",
        ("Bernard Aubry", "b.aubry@chorales-ouest.example"),
        "2029-09-20 10:02",
        "outlook_html",
        "Madame, Monsieur,\n\nNous avons bien reçu votre relance. Notre fédération peut régler dès à présent 50 % du montant, soit 1 087,75 €, et le solde à réception de la subvention régionale, attendue pour novembre.\n\nNous espérons que cette proposition vous conviendra.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nBernard Aubry\nTrésorier – Fédération des chorales de l'Ouest",
        lab(note="half now, the balance when a grant arrives"),
        inv="QCC-29-04480",
        charset="windows-1252",
    ),
    Reply(
        "plan-es-plazos",
        "payment_plan",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@ferrer-comunicacion.example"),
        "2029-09-11 12:44",
        "gmail",
        "Hola,\n\n¿Podríamos pagar la factura en dos plazos? La mitad ahora y la otra mitad a finales de octubre. Este trimestre vamos muy justos de tesorería.\n\nGracias de antemano,\nLucía",
        lab(note="two instalments; 'a finales de octubre' is a plan date, not labelled"),
        inv="QCC-29-04385",
    ),
    Reply(
        "plan-es-aplazamiento",
        "payment_plan",
        "es",
        ("Fundación Arrecife", "administracion@fundacion-arrecife.example"),
        "2029-09-25 13:30",
        "outlook",
        "Estimados señores:\n\nLes escribimos para solicitar un aplazamiento de treinta días en el pago de la factura. La Fundación está pendiente de recibir la segunda parte de una ayuda pública y hasta entonces no dispone de liquidez suficiente.\n\nQuedamos a la espera de su conformidad.\n\nAtentamente,\n\nRamón Quintana\nAdministración\nFundación Arrecife",
        lab(note="a request for more time"),
        inv="QCC-29-04593",
        amt="2.650,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "plan-nl-regeling",
        "payment_plan",
        "nl",
        ("Kees Mulder", "kees@mulder-fotografie.example"),
        "2029-09-06 21:15",
        "gmail_plain",
        "Hallo,\n\nIk zit eerlijk gezegd even krap. Kunnen we een betalingsregeling afspreken? Ik dacht aan drie termijnen van ongeveer € 630, de eerste eind deze maand.\n\nGroet,\nKees Mulder",
        lab(note="instalments proposed; the first date belongs to the plan and is not labelled"),
        inv="QCC-29-04310",
    ),
    Reply(
        "plan-it-dilazione",
        "payment_plan",
        "it",
        ("Roberto Sala", "r.sala@cooperativa-ilfaro.example"),
        "2029-09-12 15:00",
        "outlook_html",
        "Spett.le Quayside Conference Centre,\n\ncon la presente chiediamo cortesemente la possibilità di una dilazione del pagamento a 90 giorni, in considerazione del ritardo con cui ci vengono erogati i contributi regionali per il progetto al quale l'evento di luglio era collegato.\n\nRestiamo a disposizione per concordare le modalità.\n\nDistinti saluti\n\nRoberto Sala\nResponsabile amministrativo\nCooperativa Sociale Il Faro",
        lab(note="formal request for a 90-day extension"),
        inv="QCC-29-04399",
        charset="windows-1252",
    ),
    Reply(
        "plan-it-meta",
        "payment_plan",
        "it",
        ("Giulia Ferraro", "giulia@ferraro-eventi.example"),
        "2029-09-28 19:40",
        "iphone",
        "Ciao! Possiamo fare metà adesso e metà a novembre? Settembre è stato un mese durissimo 😅 fammi sapere",
        lab(note="informal split proposal from a phone"),
        inv="QCC-29-04611",
        amt="€ 1.480,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "request-en-po",
        "invoice_request",
        "en",
        (
            "Halden Engineering Accounts Payable",
            "accounts.payable@halden-engineering.example",
        ),
        "2029-09-06 14:17",
        "outlook_html",
        "Hello,\n\nWe are unable to process invoice QCC-29-04342 because it does not quote a valid purchase order number. Please reissue it quoting PO 4500219873 and send it to this mailbox. Once we have the corrected invoice it will be paid in the next available run.\n\nMany thanks,\n\nSam Whitfield\nAccounts Payable\nHalden Engineering Ltd",
        lab(
            ("QCC-29-04342",),
            note="payment conditional on a reissue with the PO; the amount is not contested",
        ),
        inv="QCC-29-04342",
        amt="£4,260.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "request-en-council",
        "invoice_request",
        "en",
        ("Janice Porter", "janice.porter@eastmarsh.gov.example"),
        "2029-09-17 11:40",
        "html_only",
        "Good morning,\n\nBefore we can pay this we need you to complete our new supplier form (it was attached to the booking confirmation in June, but I can send it again) and confirm your bank details on company letterhead, signed by a director. Our fraud controls don't allow us to pay a new supplier on the strength of an invoice alone.\n\nOnce that's back with us, payment takes about ten working days.\n\nRegards\n\nJanice Porter\nPurchase Ledger\nEastmarsh District Council",
        lab(note="supplier form and bank details needed before paying; HTML-only message"),
        inv="QCC-29-04489",
        amt="£1,740.00",
    ),
    Reply(
        "request-en-breakdown",
        "invoice_request",
        "en",
        ("Annelies Vos", "annelies.vos@ternvos-pharma.example"),
        "2029-09-19 09:55",
        "gmail",
        'Hi,\n\nCould you send me a breakdown of this one? The invoice only says "Conference package – 2 days" and our finance team need the split between room hire, catering and accommodation, as they go to different cost centres. They won\'t release the payment without it.\n\nThanks a lot,\nAnnelies\n\nAnnelies Vos\nEvents Coordinator, TernVos Pharma B.V.',
        lab(note="English from a Dutch office (CEST); asks for a breakdown, not contesting"),
        inv="QCC-29-04501",
        amt="€14,380.00",
        tz="ce",
    ),
    Reply(
        "request-de-xrechnung",
        "invoice_request",
        "de",
        ("Stefanie Wolff", "stefanie.wolff@lfu-nordmark.example"),
        "2029-09-18 08:55",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Zahlungserinnerung ist bei uns eingegangen, die zugehörige Rechnung jedoch nicht. Als öffentlicher Auftraggeber können wir außerdem nur elektronische Rechnungen im Format XRechnung bearbeiten, die über das Rechnungseingangsportal des Landes eingereicht werden (Leitweg-ID 13-0711-42).\n\nBitte reichen Sie die Rechnung dort ein. Nach Eingang erfolgt die Zahlung innerhalb von 30 Tagen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nStefanie Wolff\nLandesamt für Umwelt Nordmark – Haushalt",
        lab(note="invoice never received and needed as an e-invoice before paying"),
        inv="QCC-29-04522",
        amt="2.310,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "request-de-gmbh",
        "invoice_request",
        "de",
        ("Anna Schreiber", "anna.schreiber@schreiber-partner.example"),
        "2029-09-07 13:20",
        "gmail",
        "Hallo,\n\nkönnten Sie die Rechnung bitte auf unsere Gesellschaft ausstellen (Schreiber & Partner Steuerberatungsgesellschaft mbH, Lindenallee 14, 50968 Köln) statt auf mich persönlich? Sonst kann ich sie nicht als Betriebsausgabe buchen. Sobald die korrigierte Rechnung da ist, überweise ich.\n\nDanke und viele Grüße\nAnna Schreiber",
        lab(note="reissue to the right legal entity; amount not contested"),
        inv="QCC-29-04338",
        amt="870,00 €",
    ),
    Reply(
        "request-fr-rib",
        "invoice_request",
        "fr",
        ("Karim Benali", "karim@benali-conseil.example"),
        "2029-09-04 18:05",
        "iphone",
        "Bonjour, pouvez-vous m'envoyer votre RIB (IBAN/BIC) ? Je ne le trouve pas sur la facture et je voudrais faire le virement cette semaine. Merci",
        lab(note="bank details needed to pay; 'cette semaine' is not a dated promise"),
        inv="QCC-29-04283",
        amt="640,00 €",
    ),
    Reply(
        "request-fr-mairie",
        "invoice_request",
        "fr",
        ("Isabelle Carpentier", "i.carpentier@mairie-saint-aubin.example"),
        "2029-09-13 10:22",
        "outlook",
        "Bonjour,\n\nNous n'avons aucune trace de la facture QCC-29-04301 dans notre circuit de validation. Pourriez-vous nous la transmettre, de préférence via Chorus Pro, ou à défaut en PDF par retour de mail ?\n\nCordialement,\n\nIsabelle Carpentier\nService finances\nMairie de Saint-Aubin-sur-Mer",
        lab(("QCC-29-04301",), note="invoice never received"),
        inv="QCC-29-04301",
        amt="1 380,00 €",
        charset="windows-1252",
    ),
    Reply(
        "request-es-cif",
        "invoice_request",
        "es",
        ("Elena Navarro", "e.navarro@ico-cervera.example"),
        "2029-09-10 12:12",
        "outlook_html",
        "Buenos días:\n\nPara poder tramitar el pago necesitamos que la factura esté emitida a nombre del Instituto, con nuestro CIF (G-28765432) y la referencia del proyecto (PRJ-2029-117). La que tenemos está a nombre del investigador principal y nuestro departamento de contabilidad no la acepta.\n\n¿Podrían enviarnos una factura corregida?\n\nMuchas gracias,\nElena Navarro\nGestión económica – Instituto Cervera de Oncología",
        lab(note="reissue to the right legal entity before paying; amount not contested"),
        inv="QCC-29-04346",
        amt="5.480,00 €",
        charset="windows-1252",
    ),
    Reply(
        "request-es-copia",
        "invoice_request",
        "es",
        ("Pablo Serrano", "pablo.serrano@serrano-dental.example"),
        "2029-09-22 11:31",
        "android",
        "Hola, me podeis mandar otra vez la factura? no la encuentro por ningun lado y la quiero pagar esta semana\n\nPablo",
        lab(note="copy needed before paying; no accents, as typed"),
        inv="QCC-29-04575",
        amt="1.120,00 €",
    ),
    Reply(
        "request-nl-inkooporder",
        "invoice_request",
        "nl",
        (
            "Team Crediteuren Zorggroep Rivierland",
            "crediteuren@zorggroep-rivierland.example",
        ),
        "2029-09-05 13:13",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij kunnen uw factuur niet in behandeling nemen, omdat het inkoopordernummer ontbreekt. Facturen zonder geldig ordernummer worden door ons systeem automatisch afgewezen. Wilt u de factuur opnieuw indienen met ordernummer PO-7781-2029? Daarna wordt deze binnen onze betalingstermijn voldaan.\n\nMet vriendelijke groet,\n\nFatima El Amrani\nTeam Crediteuren\nZorggroep Rivierland",
        lab(
            note="written by a person in a shared AP mailbox; reissue with an order number before paying"
        ),
        inv="QCC-29-04325",
        amt="€ 3.975,00",
    ),
    Reply(
        "request-nl-specificatie",
        "invoice_request",
        "nl",
        ("Erik Jansen", "erik.jansen@jansen-advies.example"),
        "2029-09-27 16:45",
        "thunderbird",
        "Hallo,\n\nKunt u mij een specificatie van deze factuur sturen? Ik zie één totaalbedrag voor 'zaalhuur en catering' en ik wil graag weten hoeveel lunches en koffierondes er zijn gerekend, dan kan ik het doorbelasten aan de deelnemers. Daarna betaal ik meteen.\n\nGroeten,\nErik Jansen",
        lab(note="itemised invoice needed before paying"),
        inv="QCC-29-04603",
        cte="8bit",
    ),
    Reply(
        "request-it-cig",
        "invoice_request",
        "it",
        ("Paola Ricci", "paola.ricci@unipadana.example"),
        "2029-09-26 09:35",
        "outlook",
        "Gentili Signori,\n\nper poter procedere alla liquidazione ci occorre una copia della fattura con l'indicazione del CIG (B7A3C19D42) e del CUP del progetto, come previsto dalla normativa sulla tracciabilità dei flussi finanziari. La fattura che ci avete inviato ne è priva.\n\nVi chiediamo inoltre di compilare la dichiarazione sul conto corrente dedicato, che trovate sul sito del Dipartimento nella sezione Fornitori.\n\nCordiali saluti\n\nPaola Ricci\nUfficio Contabilità\nDipartimento di Scienze Agrarie – Università Padana",
        lab(
            note="public body needs procurement codes and a bank-account declaration before paying"
        ),
        inv="QCC-29-04590",
        amt="€ 2.215,00",
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "contact-en-assistant",
        "wrong_contact",
        "en",
        ("Chloe Barnes", "chloe.barnes@linford-college.ac.example"),
        "2029-09-05 10:30",
        "outlook",
        "Hi,\n\nI only organised the event – I don't deal with payments at all. All invoices need to go to our Accounts Payable team at AP@Linford-College.ac.example, quoting the PO number, and they'll sort it from there.\n\nThanks,\nChloe\n\nChloe Barnes\nEvents & Conferences Assistant\nLinford College",
        lab(
            new_contact="ap@linford-college.ac.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="QCC-29-04296",
        amt="£2,980.00",
    ),
    Reply(
        "contact-en-redirect",
        "wrong_contact",
        "en",
        ("Rebecca Hale - Accounts", "rebeccahale.accounts@gmail.com"),
        "2029-09-18 07:14",
        "gmail",
        "Hello,\n\nPlease be advised that our company has changed its accounts contact. With immediate effect all statements, reminders and remittance correspondence for Stanmore Logistics should be sent ONLY to stanmore.ap.dept@gmail.com as our corporate mailbox is being migrated. Kindly update your records and confirm once done.\n\nPlease also confirm the full outstanding balance on the account and your current bank details so we can schedule payment.\n\nRegards,\nRebecca Hale\nAccounts Department",
        lab(
            new_contact="stanmore.ap.dept@gmail.com",
            note="phishing-like request from a free-mail address to redirect collection mail: labelled by what it asks, but a person must verify it with the customer before changing any contact",
        ),
        inv="QCC-29-04514",
        amt="£6,145.00",
    ),
    Reply(
        "contact-en-wrong-person",
        "wrong_contact",
        "en",
        ("Sarah Kaye", "sarah.kaye@kayeandco-hair.example"),
        "2029-09-08 14:50",
        "iphone",
        "Think you've got the wrong Sarah! I run a hair salon, never booked anything with you. Might be worth checking your records",
        lab(note="wrong recipient altogether, no new address"),
        inv="QCC-29-04391",
        amt="£1,560.00",
    ),
    Reply(
        "contact-de-rechnungseingang",
        "wrong_contact",
        "de",
        ("Lena Hofmann", "lena.hofmann@hofmann-pharmavertrieb.example"),
        "2029-09-24 09:12",
        "outlook_html",
        "Guten Morgen,\n\nich war nur für die Organisation unserer Vertriebstagung zuständig und habe keinen Zugriff auf Zahlungen. Bitte senden Sie Rechnungen und Erinnerungen künftig an unseren zentralen Rechnungseingang: rechnungseingang@hofmann-pharmavertrieb.example. Ihre Mail habe ich dorthin weitergeleitet.\n\nViele Grüße\nLena Hofmann",
        lab(new_contact="rechnungseingang@hofmann-pharmavertrieb.example"),
        inv="QCC-29-04584",
        amt="4.760,00 €",
    ),
    Reply(
        "contact-fr-tresoriere",
        "wrong_contact",
        "fr",
        ("Gérard Lemoine", "gerard.lemoine@photographes-normandie.example"),
        "2029-09-04 20:20",
        "gmail",
        "Bonsoir,\n\nJe ne suis plus trésorier de l'association depuis notre assemblée générale de juin. Merci d'écrire désormais à la nouvelle trésorière, Mme Aurélie Vasseur : tresorerie@photographes-normandie.example.\n\nBien cordialement,\nGérard Lemoine",
        lab(new_contact="tresorerie@photographes-normandie.example"),
        inv="QCC-29-04268",
        amt="890,00 €",
    ),
    Reply(
        "contact-fr-assistante",
        "wrong_contact",
        "fr",
        ("Valérie Dumas", "v.dumas@groupe-lemaire.example"),
        "2029-09-19 11:05",
        "outlook",
        "Bonjour,\n\nJe suis assistante de direction et je ne traite pas les factures fournisseurs. Merci de renvoyer votre relance au service comptabilité fournisseurs : Compta.Fournisseurs@Groupe-Lemaire.example\n\nCordialement,\n\nValérie Dumas\nAssistante de direction – Groupe Lemaire",
        lab(
            new_contact="compta.fournisseurs@groupe-lemaire.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="QCC-29-04459",
        amt="3 140,00 €",
        charset="windows-1252",
    ),
    Reply(
        "contact-es-proveedores",
        "wrong_contact",
        "es",
        ("Nuria Campos", "nuria.campos@grupo-alameda.example"),
        "2029-09-06 16:40",
        "iphone",
        "Hola, este no es el correo correcto para facturas. Mandadlo a proveedores@grupo-alameda.example que es quien lo lleva. Gracias",
        lab(new_contact="proveedores@grupo-alameda.example"),
        inv="QCC-29-04286",
    ),
    Reply(
        "contact-es-buzon",
        "wrong_contact",
        "es",
        ("Congresos Bética", "info@congresosbetica.example"),
        "2029-09-17 10:58",
        "notice",
        "Este buzón ya no está operativo.\n\nDesde el 1 de septiembre de 2029 la administración de Congresos Bética se gestiona desde administracion@congresosbetica.example. Su mensaje no será leído ni reenviado; por favor, vuelva a enviarlo a esa dirección.\n\nGracias.",
        lab(
            new_contact="administracion@congresosbetica.example",
            note="automatic notice, but it retires the mailbox and names its replacement: wrong_contact",
        ),
        inv="QCC-29-04452",
        subject="Buzón fuera de servicio: {orig}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "contact-nl-doorgestuurd",
        "wrong_contact",
        "nl",
        ("Daan Koster", "daan@kosterthuis.example"),
        "2029-09-11 19:30",
        "apple",
        "Hallo,\n\nIk werk sinds 1 augustus niet meer bij Brinkman Evenementen; uw mail is via een doorstuurregel bij mij terechtgekomen. Voor facturen kunt u terecht bij administratie@brinkman-evenementen.example.\n\nGroet,\nDaan Koster",
        lab(
            new_contact="administratie@brinkman-evenementen.example",
            note="former employee answering from a private address",
        ),
        inv="QCC-29-04371",
        amt="€ 2.290,00",
    ),
    Reply(
        "contact-nl-particulier",
        "wrong_contact",
        "nl",
        ("Marieke Bos", "marieke.bos73@gmail.com"),
        "2029-09-14 13:10",
        "gmail_plain",
        "Goedemiddag,\n\nIk denk dat u het verkeerde e-mailadres heeft. Ik ben particulier en heb nooit iets bij uw conferentiecentrum geboekt. Misschien een tikfout in het adres?\n\nMvg,\nMarieke Bos",
        lab(note="wrong recipient, no new address"),
        inv="QCC-29-04429",
    ),
    Reply(
        "contact-it-amministrazione",
        "wrong_contact",
        "it",
        ("Francesca Moretti", "f.moretti@moretti-ingegneria.example"),
        "2029-09-20 12:00",
        "outlook_html",
        "Buongiorno,\n\nio mi sono occupata solo della prenotazione della sala per il seminario. Per fatture e solleciti dovete scrivere all'amministrazione: amministrazione@moretti-ingegneria.example.\n\nGrazie, buona giornata\nFrancesca Moretti",
        lab(new_contact="amministrazione@moretti-ingegneria.example"),
        inv="QCC-29-04558",
        charset="windows-1252",
    ),
    Reply(
        "contact-it-collega",
        "wrong_contact",
        "it",
        ("Davide Marino", "davide.marino@marino-tours.example"),
        "2029-09-03 15:25",
        "gmail",
        "Buongiorno,\n\nnon seguo più la parte amministrativa: da questo mese se ne occupa il collega Sergio Pellegrini, che metto in copia (s.pellegrini@marino-tours.example). D'ora in poi scrivete direttamente a lui per i pagamenti.\n\nSaluti\nDavide Marino",
        lab(
            new_contact="s.pellegrini@marino-tours.example",
            note="new contact named in the text and copied in Cc with capitals",
        ),
        inv="QCC-29-04203",
        headers=(("Cc", "Sergio Pellegrini <S.Pellegrini@marino-tours.example>"),),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "stop-en-promise",
        "unsubscribe",
        "en",
        ("Craig Dunmore", "craig@dunmore-leadership.example"),
        "2029-09-13 08:05",
        "iphone",
        "It'll be paid on the 28th like I told your colleague on the phone. Now please stop emailing me about it, this is the fourth one in a fortnight.",
        lab(note="dated promise plus a stop request: unsubscribe wins"),
        inv="QCC-29-04417",
    ),
    Reply(
        "stop-en-solicitors",
        "unsubscribe",
        "en",
        ("Hannah Greaves", "hgreaves@greaves-lloyd-law.example"),
        "2029-09-25 15:40",
        "outlook_html",
        "Dear Sirs\n\nOur client: Brightwell Events Limited\nYour ref: QCC-29-04370\n\nWe act for Brightwell Events Limited in connection with the above invoice, which our client disputes. Please direct all further correspondence on this matter to this firm. Our client has asked that you do not contact them directly, whether by email or otherwise.\n\nYours faithfully\n\nGreaves Lloyd LLP\nSolicitors",
        lab(
            ("QCC-29-04370",),
            note="'deal with our solicitors' beats the dispute it mentions",
        ),
        inv="QCC-29-04370",
        amt="£7,920.00",
    ),
    Reply(
        "stop-en-caps",
        "unsubscribe",
        "en",
        ("Nick Rowe", "nick@rowe-digital.example"),
        "2029-09-07 23:10",
        "gmail_plain",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
        inv="QCC-29-04392",
        amt="£480.00",
    ),
    Reply(
        "stop-de-postweg",
        "unsubscribe",
        "de",
        ("Hans-Peter Vogel", "hp.vogel@vogel-versicherungsmakler.example"),
        "2029-09-05 16:55",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir Zahlungserinnerungen und sonstige Korrespondenz ab sofort nur noch auf dem Postweg zuzusenden. E-Mails an diese Adresse werden künftig nicht mehr bearbeitet.\n\nHochachtungsvoll\nHans-Peter Vogel",
        lab(note="post only"),
        inv="QCC-29-04247",
        amt="1.320,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "stop-de-bezahlt",
        "unsubscribe",
        "de",
        ("Martina Keller", "martina.keller@keller-yoga.example"),
        "2029-09-27 18:20",
        "iphone",
        "Hören Sie bitte auf, mir ständig diese Mails zu schicken!! Ich habe am 14. bezahlt, schauen Sie auf Ihr Konto. Keine weiteren Erinnerungen bitte.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="QCC-29-04473",
        amt="650,00 €",
    ),
    Reply(
        "stop-fr-envois",
        "unsubscribe",
        "fr",
        ("Arnaud Petit", "arnaud.petit@petit-traiteur.example"),
        "2029-09-24 12:30",
        "gmail",
        "Bonjour,\n\nMerci de me retirer de vos envois automatiques, je ne souhaite plus recevoir de mails de relance. Si vous avez quelque chose à me dire, appelez-moi.\n\nArnaud Petit",
        lab(note="stop e-mailing, phone instead"),
        inv="QCC-29-04566",
        amt="1 725,00 €",
    ),
    Reply(
        "stop-es-abogado",
        "unsubscribe",
        "es",
        ("Ignacio Herrera", "ignacio.herrera@herrera-audiovisuales.example"),
        "2029-09-12 13:05",
        "outlook",
        "Buenas tardes:\n\nLes ruego que no vuelvan a escribirme sobre este asunto. A partir de ahora, cualquier comunicación relacionada con esta factura deberá dirigirse a nuestro abogado, D. Tomás Aguirre, del despacho Aguirre & Soto. Ya disponen ustedes de sus datos de contacto por el contrato.\n\nAtentamente,\nIgnacio Herrera",
        lab(note="'talk to our lawyer', no address given"),
        inv="QCC-29-04348",
        charset="iso-8859-1",
    ),
    Reply(
        "stop-es-movil",
        "unsubscribe",
        "es",
        ("Sergio Blanco", "sergio@blanco-fotografia.example"),
        "2029-09-15 10:40",
        "android",
        "no me mandeis mas correos por favor, ya hable con vuestra compañera",
        lab(note="mobile brevity without accents"),
        inv="QCC-29-04444",
        amt="520,00 €",
    ),
    Reply(
        "stop-nl-post",
        "unsubscribe",
        "nl",
        ("mr. R. Dekker", "r.dekker@dekker-notarissen.example"),
        "2029-09-19 14:14",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nOns kantoor verzoekt u vriendelijk doch dringend herinneringen en aanmaningen uitsluitend per post aan ons kantooradres te zenden. Betalingsverzoeken die per e-mail binnenkomen, worden door ons niet verwerkt.\n\nHoogachtend,\n\nmr. R. Dekker\nDekker Notarissen",
        lab(note="post only, very formal"),
        inv="QCC-29-04541",
        amt="€ 1.210,00",
    ),
    Reply(
        "stop-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Tim Smit", "tim@smit-klussen.example"),
        "2029-09-09 21:00",
        "iphone",
        "Afmelden.",
        lab(note="one word"),
        inv="QCC-29-04359",
        amt="€ 395,00",
    ),
    Reply(
        "stop-it-lista",
        "unsubscribe",
        "it",
        ("Elisa Fontana", "elisa.fontana@fontana-design.example"),
        "2029-09-18 17:30",
        "gmail_plain",
        "Vi prego di non scrivermi più per questa fattura, non sono io che gestisco i pagamenti e non so nemmeno chi se ne occupi adesso. Toglietemi dalla lista.",
        lab(note="stop request from the wrong person with no new address: unsubscribe"),
        inv="QCC-29-04506",
    ),
    Reply(
        "stop-it-legale",
        "unsubscribe",
        "it",
        ("Pietro Greco", "p.greco@greco-costruzioni.example"),
        "2029-09-28 11:00",
        "outlook_html",
        "Spettabile Quayside Conference Centre,\n\nvi informo che la questione è stata affidata al nostro legale, avv. Lorenza Bassi del Foro di Bologna. Da questo momento vi preghiamo di non contattarci più direttamente e di rivolgervi esclusivamente a lei.\n\nDistinti saluti\n\nPietro Greco\nGreco Costruzioni S.r.l.",
        lab(note="'talk to our lawyer', no address given"),
        inv="QCC-29-04607",
        amt="€ 5.860,00",
        charset="windows-1252",
    ),
]

AUTO_REPLY = [
    Reply(
        "auto-en-exchange",
        "auto_reply",
        "en",
        ("Daniel Frost", "daniel.frost@severn-analytics.example"),
        "2029-09-10 09:51",
        "notice",
        "Thank you for your email. I am out of the office until Monday 17 September with limited access to email.\n\nFor anything relating to supplier payments please contact accounts@severn-analytics.example, who will be happy to help.\n\nKind regards\nDaniel Frost",
        lab(
            return_date="2029-09-17",
            note="'until X' gives X; the colleague's address does not set new_contact",
        ),
        inv="QCC-29-04333",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "auto-en-ticket",
        "auto_reply",
        "en",
        ("Norland Retail AP Helpdesk", "aphelpdesk@norland-retail.example"),
        "2029-09-12 09:58",
        "notice",
        "Hello,\n\nThank you for contacting Norland Retail Accounts Payable. Your email has been logged as ticket AP-0584213 and assigned to the UK Supplier Payments queue.\n\nOur current response time is 5 working days. Please do not reply to this message. If you need to add information, quote the ticket number in the subject of a new email.\n\nYou can check the status of any invoice at any time on our supplier portal.\n\nNorland Retail Shared Services",
        lab(note="ticket acknowledgement, no date"),
        inv="QCC-29-04397",
        subject="[AP-0584213] Request received: {orig}",
        headers=(
            AUTO_REPLIED,
            ("Precedence", "bulk"),
            ("X-Mailer", "Helpline Service Desk"),
        ),
        days_before=0,
    ),
    Reply(
        "auto-en-painting",
        "auto_reply",
        "en",
        ("Morag Lindsay", "morag@lindsay-illustration.example"),
        "2029-09-21 09:50",
        "notice",
        "Hi, thanks for getting in touch!\n\nI'm away on a painting trip with very patchy signal and will be back at my desk on Wednesday 3 October. I'll reply to everything then.\n\nMorag",
        lab(return_date="2029-10-03", note="no Auto-Submitted, only X-Autoreply"),
        inv="QCC-29-04557",
        amt="£720.00",
        subject="Away until 3 October",
        headers=(("X-Autoreply", "yes"),),
        days_before=0,
    ),
    Reply(
        "auto-de-abwesend",
        "auto_reply",
        "de",
        ("Katrin Böhm", "katrin.boehm@boehm-logistik.example"),
        "2029-09-04 10:55",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 14.09.2029, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 17.09.2029, bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nKatrin Böhm",
        lab(
            return_date="2029-09-17",
            note="the stated day back wins over 'bis einschließlich'",
        ),
        inv="QCC-29-04219",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "auto-de-elternzeit",
        "auto_reply",
        "de",
        ("Jonas Richter", "j.richter@richter-akademie.example"),
        "2029-09-20 10:50",
        "notice",
        "Guten Tag,\n\nich befinde mich derzeit in Elternzeit und lese meine E-Mails nicht. Ihre Nachricht wird nicht automatisch weitergeleitet.\n\nIn dringenden Angelegenheiten wenden Sie sich bitte telefonisch an unser Sekretariat unter +49 511 555 2040.\n\nViele Grüße\nJonas Richter",
        lab(note="parental leave with no return date"),
        inv="QCC-29-04515",
        subject="Abwesenheitsnotiz: {orig}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "auto-fr-absente",
        "auto_reply",
        "fr",
        ("Élodie Garnier", "elodie.garnier@garnier-evenements.example"),
        "2029-09-03 10:56",
        "notice",
        "Bonjour,\n\nJe suis absente jusqu'au 12/09. Votre message sera traité à mon retour.\n\nPour toute urgence, vous pouvez joindre l'agence au 02 99 55 01 23.\n\nCordialement,\nÉlodie Garnier",
        lab(return_date="2029-09-12", note="'jusqu'au X' gives X itself"),
        inv="QCC-29-04198",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_GENERATED,),
        days_before=0,
    ),
    Reply(
        "auto-fr-plateforme",
        "auto_reply",
        "fr",
        ("Plateforme Factures Fournisseurs", "factures@gh-atlantique.example"),
        "2029-09-14 10:49",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous la référence DEM-2029-118754.\n\nIl sera traité par un gestionnaire dans un délai de 10 jours ouvrés. Inutile de renouveler votre envoi : chaque nouveau message crée une nouvelle demande et allonge les délais de traitement.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nPlateforme Factures Fournisseurs\nGroupe hospitalier Atlantique",
        lab(note="ticket acknowledgement without Auto-Submitted, only Precedence"),
        inv="QCC-29-04421",
        subject="Accusé de réception – demande DEM-2029-118754",
        headers=(("Precedence", "bulk"),),
        days_before=0,
    ),
    Reply(
        "auto-es-vacaciones",
        "auto_reply",
        "es",
        ("Beatriz Molina", "beatriz.molina@molina-traducciones.example"),
        "2029-09-05 10:48",
        "notice",
        "Hola:\n\nEstoy de vacaciones hasta el 10 de septiembre, con acceso limitado al correo. Contestaré a tu mensaje en cuanto vuelva.\n\nUn saludo,\nBeatriz",
        lab(return_date="2029-09-10", note="'hasta X' gives X itself"),
        inv="QCC-29-04316",
        amt="780,00 €",
        subject="Vacaciones hasta el 10/09",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "auto-nl-kantoor",
        "auto_reply",
        "nl",
        ("Wouter de Graaf", "w.degraaf@degraaf-installaties.example"),
        "2029-09-06 10:52",
        "notice",
        "Beste afzender,\n\nTot en met vrijdag 7 september ben ik niet aanwezig. Vanaf maandag 10 september ben ik weer op kantoor en beantwoord ik uw bericht.\n\nVoor dringende zaken kunt u bellen met 030 555 1290.\n\nMet vriendelijke groet,\nWouter de Graaf",
        lab(return_date="2029-09-10", note="the stated day back wins over 'tot en met'"),
        inv="QCC-29-04289",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "auto-nl-gemeente",
        "auto_reply",
        "nl",
        ("Gemeente Lindewaard", "facturen@lindewaard.example"),
        "2029-09-25 10:47",
        "notice",
        "Geachte afzender,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen.\n\nVragen over de betaling van facturen beantwoorden wij binnen vijf werkdagen. Nieuwe facturen kunt u uitsluitend digitaal indienen via het e-factuurportaal.\n\nDit is een automatisch gegenereerd bericht.\n\nGemeente Lindewaard\nTeam Inkoop en Facturen",
        lab(note="receipt acknowledgement without Auto-Submitted, only Precedence"),
        inv="QCC-29-04586",
        subject="Ontvangstbevestiging: {orig}",
        headers=(("Precedence", "auto_reply"),),
        days_before=0,
    ),
    Reply(
        "auto-it-rientro",
        "auto_reply",
        "it",
        ("Valentina Russo", "valentina.russo@russo-packaging.example"),
        "2029-09-10 10:53",
        "notice",
        "Buongiorno,\n\nsarò fuori ufficio fino a venerdì 14 settembre compreso, con accesso limitato alla posta. Rientrerò lunedì 17 settembre.\n\nPer questioni amministrative urgenti potete scrivere a contabilita@russo-packaging.example.\n\nCordiali saluti\nValentina Russo",
        lab(
            return_date="2029-09-17",
            note="the stated day back wins; the colleague's address does not set new_contact",
        ),
        inv="QCC-29-04331",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_GENERATED,),
        days_before=0,
    ),
    Reply(
        "auto-it-viaggio",
        "auto_reply",
        "it",
        ("Lorenzo Gatti", "lorenzo.gatti@studiogatti.example"),
        "2029-09-26 10:51",
        "notice",
        "Grazie per il messaggio. Sono in viaggio per lavoro e rientrerò in ufficio il 1° ottobre. Risponderò appena possibile.\n\nLorenzo Gatti",
        lab(return_date="2029-10-01"),
        inv="QCC-29-04595",
        subject="Fuori sede fino al 1° ottobre",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
        charset="iso-8859-1",
        days_before=0,
    ),
]

OTHER = [
    Reply(
        "other-en-didnt-we",
        "other",
        "en",
        ("Graham Whitby", "graham.whitby@whitby-dental.example"),
        "2029-09-06 12:10",
        "outlook",
        "Did we not pay qcc-29-04307 already? I was sure Lorraine sorted it before she went on holiday. I'll check with her when she's back and come back to you.\n\nGraham",
        lab(
            ("QCC-29-04307",),
            note="a question about whether it was paid: no claim, no promise, no document asked for; the number typed in lower case is normalised",
        ),
        inv="QCC-29-04307",
        amt="£2,360.00",
    ),
    Reply(
        "other-en-noted",
        "other",
        "en",
        ("Olivia Grant", "olivia.grant@grant-pr.example"),
        "2029-09-24 09:58",
        "apple",
        "Noted, thanks – I've forwarded this to our finance team.\n\nOlivia",
        lab(note="acknowledgement; forwarding internally names no new contact"),
        inv="QCC-29-04549",
        amt="£1,890.00",
    ),
    Reply(
        "other-en-booking",
        "other",
        "en",
        ("Amir Khan", "amir.khan@khan-medtech.example"),
        "2029-09-26 16:20",
        "gmail",
        "Hi both,\n\nWhile I've got you – can we provisionally hold the Harbour Suite for 12–13 March next year? Similar numbers to this summer, around 90. I'll get the invoice looked at separately.\n\nCheers,\nAmir",
        lab(
            note="booking question in the reminder thread; 'I'll get the invoice looked at' is no commitment"
        ),
        inv="QCC-29-04600",
        amt="£4,725.00",
    ),
    Reply(
        "other-de-weitergeleitet",
        "other",
        "de",
        ("Tobias Wagner", "tobias.wagner@wagner-maschinen.example"),
        "2029-09-12 07:40",
        "android",
        "Danke, habe ich an unsere Buchhaltung weitergegeben.\n\nGruß Tobias Wagner",
        lab(note="acknowledgement; passing it on is not a new contact"),
        inv="QCC-29-04323",
    ),
    Reply(
        "other-de-netzteil",
        "other",
        "de",
        ("Miriam Schulz", "miriam.schulz@schulz-kommunikation.example"),
        "2029-09-17 12:25",
        "gmail",
        "Hallo,\n\nkurze Frage, die nichts mit der Rechnung zu tun hat: Bei unserer Tagung im Juli ist ein Laptop-Netzteil (schwarz, mit rotem Aufkleber) im Raum „Lighthouse“ liegen geblieben. Ist das bei Ihnen abgegeben worden? Falls ja, könnten Sie es uns zuschicken?\n\nViele Grüße\nMiriam Schulz",
        lab(note="lost-property question in the reminder thread"),
        inv="QCC-29-04478",
        amt="2.145,00 €",
        cte="b64",
    ),
    Reply(
        "other-fr-comptable",
        "other",
        "fr",
        ("Laurent Mercier", "l.mercier@mercier-architecture.example"),
        "2029-09-18 09:05",
        "outlook_html",
        "Bonjour,\n\nJe viens de voir votre message. Je vérifie avec notre cabinet comptable où en est ce règlement et je reviens vers vous.\n\nBonne journée,\nLaurent Mercier",
        lab(note="will check and come back: no commitment"),
        inv="QCC-29-04490",
        charset="windows-1252",
    ),
    Reply(
        "other-fr-fusion",
        "other",
        "fr",
        ("Chantal Moreau", "chantal.moreau@aidants-ouest.example"),
        "2029-09-27 15:15",
        "apple",
        "Bonjour,\n\nJe vous informe que notre association a fusionné au 1er septembre avec l'Union régionale des aidants. Les comptes sont en cours de transfert et je ne sais pas encore qui reprendra le suivi des fournisseurs. Je vous tiens au courant dès que j'en sais plus.\n\nChantal Moreau",
        lab(note="merger notice: no new contact named, nothing promised"),
        inv="QCC-29-04579",
        charset="iso-8859-1",
    ),
    Reply(
        "other-es-persona",
        "other",
        "es",
        ("Manuel Ortega", "manuel.ortega@ortega-seguros.example"),
        "2029-09-07 13:50",
        "iphone",
        "Esto es un correo automático o me lee alguien? Necesito hablar con una persona, ¿hay algún teléfono?",
        lab(note="asks for a person to call; nothing about paying"),
        inv="QCC-29-04328",
    ),
    Reply(
        "other-es-recibido",
        "other",
        "es",
        ("Ana Beltrán", "ana.beltran@beltran-consultores.example"),
        "2029-09-18 10:03",
        "outlook",
        "Recibido, gracias.\n\nAna Beltrán\nBeltrán Consultores",
        lab(note="acknowledgement only"),
        inv="QCC-29-04484",
        amt="1.360,00 €",
        charset="windows-1252",
    ),
    Reply(
        "other-nl-al-betaald",
        "other",
        "nl",
        ("Hanneke Peters", "h.peters@peters-hrm.example"),
        "2029-09-03 14:30",
        "outlook_html",
        "Hallo,\n\nIs deze factuur niet al betaald dan? Ik meen dat onze boekhouder dat in augustus heeft gedaan. Ik vraag het even na.\n\nGroetjes,\nHanneke",
        lab(note="asks whether it was paid; 'I think' is not a payment claim"),
        inv="QCC-29-04208",
    ),
    Reply(
        "other-nl-kijk",
        "other",
        "nl",
        ("Bram Visser", "bram@visser-media.example"),
        "2029-09-22 12:05",
        "iphone",
        "ok ik kijk ernaar",
        lab(note="no commitment"),
        inv="QCC-29-04577",
        amt="€ 960,00",
    ),
    Reply(
        "other-it-truffa",
        "other",
        "it",
        ("Renata Esposito", "renata.esposito@esposito-farmacie.example"),
        "2029-09-14 11:11",
        "outlook",
        "Buongiorno,\n\nscusate, ma siete davvero il centro congressi? L'indirizzo mi sembra strano e di recente abbiamo ricevuto diverse e-mail truffa con fatture false. Preferisco sentirvi a voce: mi indicate un numero fisso da chiamare?\n\nRenata Esposito\nFarmacie Esposito",
        lab(note="suspects a scam and wants to call; a person should answer"),
        inv="QCC-29-04427",
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
class Bounce:
    """A delivery report about a reminder sent to `rcpt`.

    `at` is the report's wall-clock time in its server's zone; the reminder left `queued`
    minutes earlier. The reminder was written in the report's language.
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    at: str
    inv: str
    queued: int = 2
    tz: str = "ce"
    note: str | None = None

    @property
    def zone(self) -> timezone:
        """The reporting server's UTC offset."""
        return {"uk": UK, "ce": CE}[self.tz]

    @property
    def sent(self) -> datetime:
        """When the report was written."""
        return datetime.strptime(self.at, "%Y-%m-%d %H:%M").replace(tzinfo=self.zone)

    @property
    def reminder_time(self) -> datetime:
        """When the reminder left the business, in UK time."""
        return (self.sent - timedelta(minutes=self.queued)).astimezone(UK)

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.rsplit("@", 1)[1]

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder as it left the business."""
        msg = text_part(reminder_body(self.lang, self.inv, ""), "plain", "utf-8", "qp")
        msg["From"] = mailbox(AR_NAME, AR_ADDR)
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.reminder_time)
        msg["Message-ID"] = reminder_id(self.key)
        content_headers_last(msg)
        return msg


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the reminder's header block."""
    received = (
        f"from finance-ws04.quayside-conference.example (unknown [10.20.4.31])\n"
        f"\tby {AR_MTA} (Postfix) with ESMTPSA id 4{token(b.key, 'queue', 11)}\n"
        f"\tfor <{b.rcpt}>; {format_datetime(b.reminder_time)}"
    )
    lines = [f"Received: {received}"]
    lines += [f"{k}: {v}" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"]
    return text_part("\n".join(lines) + "\n", "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    queue_id: str = "",
) -> Message:
    """message/delivery-status (RFC 3464) for one recipient."""
    head = [f"Reporting-MTA: dns; {mta}"]
    if queue_id:
        head.append(f"X-Postfix-Queue-ID: {queue_id}")
    head.append(f"Arrival-Date: {format_datetime(b.sent - timedelta(minutes=b.queued))}")
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        rcpt.append(f"Remote-MTA: dns; {remote}")
    rcpt.append(f"Diagnostic-Code: smtp; {diagnostic}")
    rcpt.append(f"Last-Attempt-Date: {format_datetime(b.sent)}")
    if action == "delayed":
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return status


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def plain_notice(text: str) -> Message:
    """A non-MIME notice: no MIME headers, plain ASCII."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


def seal(b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(">)")
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "report")


def exchange_sender(domain: str) -> str:
    """The From line of an Exchange Online report generated in the recipient's tenant."""
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def exchange_human(lead: str, what: str, fix: str, admin: str, server: str, diag: str) -> Message:
    """The human part of an Exchange Online report: plain and HTML alternatives."""
    text = f"{lead}\n\n{what}\n\n{fix}\n\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n"
        f'<p style="font-size:16pt;color:#C00000"><b>{html_br(lead)}</b></p>\n'
        f"<p>{html_br(what)}</p>\n<p>{html_br(fix)}</p>\n<br>\n"
        f'<p style="font-size:9pt;color:#666666"><b>{html.escape(admin)}</b><br>{html.escape(server)}<br>{html_br(diag)}</p>\n'
        "</div></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def bounce_postfix_domain(b: Bounce) -> Message:
    """Our own relay gives up: the recipient's domain no longer exists."""
    human = (
        f"This is the mail delivery system at {AR_MTA}.\n\n"
        "Your message could not be delivered to the recipient below. The recipient's domain\n"
        "does not exist any more in the DNS, so there is no server to deliver to. This is a\n"
        "permanent error and no further attempts will be made.\n\n"
        "If you think the address is right, please check it with the recipient by other means.\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={b.domain} type=MX: Host not found\n\n"
        "The headers of your message are attached.\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, AR_MTA, "failed", diag, queue_id=f"4{token(b.key, 'queue', 11)}"),
        returned_headers(b),
    ]
    sender = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
    return seal(b, report(parts), sender, "Undelivered Mail Returned to Sender", AUTO_REPLIED)


def bounce_qmail(b: Bounce) -> Message:
    """A qmail host that accepted the reminder and found no such mailbox (not MIME)."""
    rem = b.reminder()
    text = (
        "Hi. This is the qmail-send program at mx1.northdown-hosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.sent - timedelta(minutes=1))}\n"
        + "".join(f"{k}: {v}\n" for k, v in rem.items())
        + "\n"
        + cast(str, rem.get_payload())
    )
    return seal(
        b,
        plain_notice(text),
        "MAILER-DAEMON@mx1.northdown-hosting.example",
        "failure notice",
        AUTO_REPLIED,
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Our smarthost's Exim warning: the recipient's mailbox is over quota (not MIME)."""
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay2.ukmailrelay.example.\n\n"
        "The message identifier is:     1tQ9mK-0007Xc-4R\n"
        f"The subject of the message is: {latin1_text(b.subject())}\n"
        f"The date of the message is:    {format_datetime(b.reminder_time)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n    host mail.{b.domain} [203.0.113.58]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox over quota, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    return seal(
        b,
        plain_notice(text),
        "Mail Delivery System <Mailer-Daemon@relay2.ukmailrelay.example>",
        "Warning: message 1tQ9mK-0007Xc-4R delayed 24 hours",
        ("Auto-Submitted", "auto-replied"),
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online in German: a group that only takes mail from inside the organisation."""
    server = "FR4P281MB3316.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group"
    human = exchange_human(
        lead=f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        what=f"Die Gruppe {b.rcpt} nimmt nur Nachrichten von Absendern innerhalb der eigenen Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre Adresse gehört nicht dazu.",
        fix="So beheben Sie das Problem: Bitten Sie den Besitzer der Gruppe, Ihre Adresse als zulässigen Absender einzutragen, oder schreiben Sie an eine andere Adresse der Organisation.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return seal(
        b,
        report(parts),
        exchange_sender(b.domain),
        f"Unzustellbar: {b.subject()}",
        AUTO_REPLIED,
        ("In-Reply-To", reminder_id(b.key)),
        ("References", reminder_id(b.key)),
        ("Content-Language", "de-DE"),
    )


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German hosting provider: the mailbox is temporarily blocked, delivery will be retried."""
    text = (
        "Dies ist eine automatische Benachrichtigung des Mailsystems von netzhafen-hosting.example.\n\n"
        "Ihre Nachricht konnte dem folgenden Empfänger bisher nicht zugestellt werden:\n\n"
        f"    {b.rcpt}\n\n"
        "Grund: Das Postfach ist vorübergehend gesperrt (450 4.2.1 mailbox temporarily disabled).\n\n"
        "Wir versuchen die Zustellung in den nächsten 48 Stunden weiter. Sie müssen nichts unternehmen;\n"
        "falls die Zustellung endgültig scheitert, erhalten Sie eine weitere Nachricht.\n"
    )
    diag = "450 4.2.1 mailbox temporarily disabled"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx02.netzhafen-hosting.example",
            "delayed",
            diag,
            f"mailstore3.{b.domain}",
        ),
        returned_headers(b),
    ]
    return seal(
        b,
        report(parts),
        "Mailsystem <MAILER-DAEMON@mx02.netzhafen-hosting.example>",
        "Zustellung verzögert – Ihre Nachricht wird erneut zugestellt",
        AUTO_REPLIED,
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found."""
    server = "PR3P264MB1729.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        lead=f"Votre message n'a pas pu être remis à {b.rcpt}.",
        what=f"L'adresse {b.rcpt} est introuvable dans l'organisation du destinataire. Elle a peut-être été supprimée ou mal orthographiée.",
        fix="Comment résoudre le problème : vérifiez l'adresse, puis renvoyez le message. Si l'adresse est correcte, contactez le destinataire par un autre moyen.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {server}",
        diag=f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return seal(
        b,
        report(parts),
        exchange_sender(b.domain),
        f"Non remis : {b.subject()}",
        AUTO_REPLIED,
        ("Content-Language", "fr-FR"),
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider notice in Latin-1: the mailbox is full (5.2.2, soft)."""
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas pu être distribué : la boîte aux lettres\n"
        "du destinataire est pleine (réponse du serveur : 552 5.2.2 Quota dépassé).\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages.\n"
        "Vous pourrez renvoyer votre message ultérieurement.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_text(b.subject())}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return seal(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Service de messagerie <mailer-daemon@smtp-in.courriel-pro.example>",
        "Message non distribué : boîte aux lettres pleine",
        AUTO_REPLIED,
    )


def gmail_human(lines: list[str]) -> Message:
    """Gmail's human-readable part: plain and HTML alternatives."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>\n"
        + "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: the account does not exist."""
    response = (
        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "For more information, go to https://support.google.com/mail/?p=NoSuchUser "
        "a640c23a62f3a-ab7c1f7e2c9si118734866b.314 - gsmtp"
    )
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta del servidor remoto ha sido:",
            response,
        ]
    )
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", response[:71], "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return seal(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        AUTO_REPLIED,
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online in Spanish: delivery delayed (4.4.7)."""
    server = "MAD1P191MB0458.EURP191.PROD.OUTLOOK.COM"
    diag = "451 4.4.7 Message delayed; the remote server did not respond"
    human = exchange_human(
        lead=f"La entrega a {b.rcpt} se está retrasando.",
        what=f"Asunto: {b.subject()}\n\nTodavía no se ha podido entregar este mensaje porque el servidor de destino no responde. Seguiremos intentándolo automáticamente durante dos días más.",
        fix="No tiene que hacer nada. Si la entrega falla definitivamente, recibirá otra notificación.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diag=f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return seal(
        b,
        report(parts),
        exchange_sender(b.domain),
        f"Entrega retrasada: {b.subject()}",
        AUTO_GENERATED,
        ("Content-Language", "es-ES"),
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch hosting provider: unknown user, with the full message returned."""
    text = (
        "Dit is een automatisch bericht van de mailserver van mailhaven.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Het e-mailadres bestaat niet (550 5.1.1 onbekende gebruiker). Dit is een permanente fout;\n"
        "er worden geen nieuwe pogingen gedaan. Controleer het adres of neem op een andere manier\n"
        "contact op met de ontvanger.\n\n"
        "Uw oorspronkelijke bericht is bijgevoegd.\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: onbekende gebruiker / user unknown"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "mx1.mailhaven.example", "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return seal(
        b,
        report(parts),
        "Mailsysteem <MAILER-DAEMON@mx1.mailhaven.example>",
        f"Onbestelbaar bericht: {b.subject()}",
        AUTO_REPLIED,
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider notice, single text part in Latin-1: the user does not exist."""
    rem = b.reminder()
    text = (
        "Questo messaggio è stato generato automaticamente dal server di posta.\n\n"
        "Non è stato possibile consegnare il messaggio al seguente destinatario:\n\n"
        f"  {b.rcpt}\n"
        "  Motivo: l'indirizzo non esiste (550 5.1.1 utente sconosciuto)\n\n"
        "L'errore è permanente e non verranno effettuati altri tentativi.\n\n"
        "----- Intestazioni del messaggio originale -----\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_text(b.subject())}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return seal(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Mail Delivery System <MAILER-DAEMON@smtpin.postaweb-italia.example>",
        f"Messaggio non consegnato: {latin1_text(b.subject())}",
        AUTO_REPLIED,
    )


def bounce_it_full(b: Bounce) -> Message:
    """An Italian company server: mailbox full, delivery will be retried (4.2.2)."""
    text = (
        "Gentile mittente,\n\n"
        f"il messaggio indirizzato a {b.rcpt} non è ancora stato recapitato perché la casella\n"
        "del destinatario ha superato lo spazio disponibile (452 4.2.2 casella piena).\n\n"
        "Il sistema ritenterà la consegna automaticamente per le prossime 48 ore. Non è necessario\n"
        "inviare di nuovo il messaggio.\n\n"
        f"Servizio di posta – {b.domain}\n"
    )
    diag = "452 4.2.2 Mailbox full"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, f"mx.{b.domain}", "delayed", diag),
        returned_headers(b),
    ]
    return seal(
        b,
        report(parts),
        f"Postmaster <postmaster@mx.{b.domain}>",
        "Avviso di mancato recapito temporaneo",
        AUTO_REPLIED,
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bounce-en-domain",
            "en",
            "hard",
            "5.4.4",
            "accounts@oldbrook-events.example",
            "2029-09-05 09:21",
            "QCC-29-04318",
            tz="uk",
            note="our own relay: the recipient's domain no longer exists; RFC 3464 with text/rfc822-headers",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bounce-en-qmail",
            "en",
            "hard",
            "5.1.1",
            "j.spencer@spencerfoundation.example",
            "2029-09-11 09:27",
            "QCC-29-04395",
            tz="uk",
            note="qmail failure notice, not MIME, with the message copied below",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bounce-en-exim",
            "en",
            "soft",
            "4.2.2",
            "office@harbourview-dance.example",
            "2029-09-20 09:40",
            "QCC-29-04511",
            queued=1471,
            tz="uk",
            note="Exim delay warning, not MIME: mailbox over quota",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bounce-de-policy",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@messebau-hansen.example",
            "2029-09-13 10:33",
            "QCC-29-04402",
            note="policy rejection: the group only accepts internal senders",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bounce-de-delay",
            "de",
            "soft",
            "4.2.1",
            "info@seminarhaus-moosbach.example",
            "2029-09-25 16:32",
            "QCC-29-04580",
            queued=380,
            note="mailbox temporarily disabled; delivery retried",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bounce-fr-unknown",
            "fr",
            "hard",
            "5.1.10",
            "compta@atelier-lumen.example",
            "2029-09-06 10:24",
            "QCC-29-04345",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bounce-fr-full",
            "fr",
            "soft",
            "5.2.2",
            "contact@gite-des-falaises.example",
            "2029-09-18 10:37",
            "QCC-29-04534",
            note="mailbox full reported with a 5.x code: soft; non-standard notice, single Latin-1 part",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bounce-es-gmail",
            "es",
            "hard",
            "5.1.1",
            "eventos.sierrasur@gmail.com",
            "2029-09-04 10:19",
            "QCC-29-04277",
            queued=1,
            note="Gmail report in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bounce-es-delay",
            "es",
            "soft",
            "4.4.7",
            "tesoreria@asociacion-cardio-levante.example",
            "2029-09-27 14:26",
            "QCC-29-04592",
            queued=245,
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bounce-nl-unknown",
            "nl",
            "hard",
            "5.1.1",
            "info@vanderlinden-congressen.example",
            "2029-09-12 10:29",
            "QCC-29-04404",
            note="full reminder returned as message/rfc822",
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            "bounce-it-unknown",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@villa-ortensia-eventi.example",
            "2029-09-19 10:31",
            "QCC-29-04553",
            note="provider notice, single Latin-1 part, not RFC 3464",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bounce-it-full",
            "it",
            "soft",
            "4.2.2",
            "segreteria@ordine-geologi-marche.example",
            "2029-09-26 10:30",
            "QCC-29-04604",
        ),
        bounce_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
DATE_FIELDS = ("promised_date", "paid_date", "return_date")


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = list(cast(list[str], r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass
class Item:
    """One message ready to write."""

    key: str
    msg: Message
    label: dict[str, object]
    sent: datetime
    new_text: str
    reminder: datetime | None = None
    threaded: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.sent,
            r.text + r.html_body,
            reminder_sent(r.sent, r.days_before, r.key) if r.threaded else None,
            r.threaded,
            {"client": r.client, "inv": r.inv if r.threaded else f"none:{r.key}"},
        )
        for r in REPLIES
    ]
    items += [
        Item(
            b.key,
            build(b),
            bounce_label(b),
            b.sent,
            "",
            b.reminder_time,
            False,
            {"inv": b.inv},
        )
        for b, build in BOUNCES
    ]
    return items


def file_order(keys: list[str]) -> dict[str, str]:
    """File names by a seeded hash of each key, so a name says nothing about its label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}/{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def fail(message: str) -> NoReturn:
    """Stop with a message."""
    raise SystemExit(f"check failed: {message}")


def check_label(item: Item) -> None:
    """Shape and internal consistency of one label."""
    label, key = item.label, item.key
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(f"{key}: intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in FIELD_KEYS:
        value = label[name]
        if value is not None and name not in allowed:
            fail(f"{key}: {name} filled for {intent}")
        if value is not None and not isinstance(value, str):
            fail(f"{key}: {name} is not a string")
    local_day = item.sent.date()
    for name in DATE_FIELDS:
        value = label[name]
        if isinstance(value, str):
            day = date.fromisoformat(value)
            if name == "paid_date" and day > local_day:
                fail(f"{key}: paid in the future")
            if name != "paid_date" and day < local_day:
                fail(f"{key}: {name} in the past")
    amount = label["amount"]
    if isinstance(amount, str):
        whole, _, cents = amount.partition(".")
        if not (whole.isdigit() and cents.isdigit() and len(cents) == 2):
            fail(f"{key}: amount {amount}")
    if (label["amount"] is None) != (label["currency"] is None) or label["currency"] not in {
        None,
        "GBP",
        "EUR",
    }:
        fail(f"{key}: amount/currency")
    refs = cast(list[str], label["invoice_refs"])
    text = item.new_text
    written = {m.upper() for m in re.findall(r"qcc-29-\d{5}", text, flags=re.IGNORECASE)}
    if not written <= set(refs):
        fail(f"{key}: invoice numbers in the new text missing from invoice_refs")
    for ref in refs:
        if not (len(ref) == 12 and ref.startswith("QCC-29-") and ref[7:].isdigit()):
            fail(f"{key}: invoice ref {ref}")
        if ref[7:] not in text:
            fail(f"{key}: {ref} is not in the new text")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or contact not in text.lower()):
        fail(f"{key}: new_contact {contact}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not label["failed_recipient"]:
            fail(f"{key}: bounce fields")
        status = str(label["bounce_status"])
        if status[0] not in "45" or (status[0] == "4" and label["bounce_kind"] != "soft"):
            fail(f"{key}: bounce status {status}")


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a written file back and check headers, decoding and defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(f"{name}: no {header}")
    for header, value in msg.items():
        if "=?" in str(value):
            fail(f"{name}: {header} not decoded")
        if getattr(value, "defects", ()):
            fail(f"{name}: defects in {header}")
    for part in msg.walk():
        if part.defects:
            fail(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text" and not isinstance(part.get_content(), str):
            fail(f"{name}: text part not decoded")
    date_header = msg["Date"]
    if not isinstance(date_header, DateHeader):
        fail(f"{name}: Date is not a date")
    when = date_header.datetime
    if when is None:
        fail(f"{name}: Date has no value")
    if when != item.sent or not FIRST_DAY <= when.date() <= LAST_DAY:
        fail(f"{name}: date {when}")
    if item.reminder is not None and item.reminder >= when:
        fail(f"{name}: the reminder is not before the message")
    intent = item.label["intent"]
    if intent == "bounce" and msg["Auto-Submitted"] is None:
        fail(f"{name}: bounce without Auto-Submitted")
    if item.threaded and msg["In-Reply-To"] is None:
        fail(f"{name}: reply without In-Reply-To")
    quoting = item.extra.get("client", "notice") != "notice"
    body = msg.get_body(preferencelist=("plain", "html"))
    text = cast(str, body.get_content()) if isinstance(body, EmailMessage) else ""
    quoted_reminder = any(day in text for day in ("15/08/2029", "15.08.2029", "15-08-2029"))
    if intent != "bounce" and quoted_reminder != quoting:
        fail(f"{name}: a reply must quote the reminder and a notice must not")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, and an even spread of languages in each intent."""
    by_intent = Counter(str(x["intent"]) for x in labels)
    by_lang = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(by_intent[i] != PER_INTENT for i in INTENTS) or dict(by_lang) != LANG_TOTALS:
        fail(f"counts {dict(by_intent)} {dict(by_lang)}")
    for intent in INTENTS:
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            fail(f"uneven languages in {intent}")


def count_table(labels: list[dict[str, object]]) -> str:
    """Markdown table: intent x language."""
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
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("duplicate keys")
    invoices = [item.extra["inv"] for item in items]
    if len(set(invoices)) != len(invoices):
        fail("two customers share an invoice number")
    names = file_order(keys)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    rows: list[dict[str, object]] = []
    for item in sorted(items, key=lambda i: names[i.key]):
        name = names[item.key]
        check_label(item)
        data = item.msg.as_bytes(policy=item.msg.policy.clone(max_line_length=0))
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        row: dict[str, object] = {"file": name, **item.label}
        rows.append({k: row[k] for k in LABEL_ORDER})
    check_counts(rows)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main() -> int:
    """Rebuild the corpus and print the count table."""
    rows = write_all()
    print(count_table(rows))
    kinds = Counter(str(x["bounce_kind"]) for x in rows if x["intent"] == "bounce")
    print(f"\n{len(rows)} messages written to {HERE.name}/; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
