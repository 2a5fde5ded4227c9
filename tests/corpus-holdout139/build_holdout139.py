# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# Message text is kept one paragraph per line, as mail clients send it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce. Rule sets
# that do not check line length or ambiguous characters would report the first line as unused.
"""Build held-out reply corpus 139: `h139-NNN.eml` files, `labels.jsonl` and a count table.

Every message answers (or reports on) an overdue-invoice reminder sent by the accounts mailbox
of Ashdown Bookbinding & Archive Services. The new text of each message is written by hand in
this file. The code only adds what a mail client or a mail server would add: the quoted
reminder in the client's own layout and language, headers, MIME structure, charsets and
transfer encodings, and the machine parts of delivery reports.

Run it from anywhere. It writes next to itself, deterministically (fixed seed, boundaries and
Message-IDs derived from each message's key, no clock), parses every file back as a check and
prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
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
from textwrap import dedent
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h139"
SEED = "ashdown-139-20311020"
FIRST_DAY = date(2031, 10, 20)
LAST_DAY = date(2031, 11, 14)

AR_NAME = "Ashdown Bookbinding Accounts"
AR_ADDR = "accounts@ashdown-bindery.example"
AR_DOMAIN = "ashdown-bindery.example"
AR_MTA = "mail.ashdown-bindery.example"

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
LABEL_KEYS = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# The fields an intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# --------------------------------------------------------------------------------------------
# Time zones: UK senders use the UK offset, everybody else the central-European one. Summer
# time ends on Sunday 26 October 2031 at 01:00 UTC in both.
# --------------------------------------------------------------------------------------------

SUMMER_ENDS_UTC = datetime(2031, 10, 26, 1, 0, tzinfo=UTC)
STANDARD_HOURS = {"uk": 0, "cet": 1}


def region_of(lang: str) -> str:
    """The sender's time-zone region: the UK for English writers, central Europe otherwise."""
    return "uk" if lang == "en" else "cet"


def zone_at(instant: datetime, region: str) -> timezone:
    """The fixed offset in force in `region` at an aware instant."""
    hours = STANDARD_HOURS[region] + (1 if instant < SUMMER_ENDS_UTC else 0)
    return timezone(timedelta(hours=hours))


def local_time(stamp: str, region: str) -> datetime:
    """An aware datetime for a wall-clock time "YYYY-MM-DD HH:MM" written in `region`."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    std = STANDARD_HOURS[region]
    summer = naive.replace(tzinfo=timezone(timedelta(hours=std + 1)))
    winter = naive.replace(tzinfo=timezone(timedelta(hours=std)))
    in_summer = summer < SUMMER_ENDS_UTC
    in_winter = winter >= SUMMER_ENDS_UTC
    if in_summer == in_winter:
        raise ValueError(f"{stamp} is ambiguous or skipped in {region}")
    return summer if in_summer else winter


def in_region(instant: datetime, region: str) -> datetime:
    """The same instant seen on a clock in `region`."""
    return instant.astimezone(zone_at(instant, region))


# --------------------------------------------------------------------------------------------
# Locale tables (dates, money, client chrome)
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

# Gmail web, Apple Mail (macOS and iOS), Thunderbird: the attribution line above the quote.
GMAIL_ON = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ON = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y}, om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ON = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook: separator line, the four header labels and the label separator.
OUTLOOK_BLOCK = {
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
OUTLOOK_SENT_AT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{MM}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{dl} {d} {ml} {y} {HH}:{MM}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{dl} {d} {ml} {y} {HH}:{MM}",
    "it": "{dl} {d} {ml} {y} {HH}:{MM}",
}
OUTLOOK_REPLY = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_AUTO = {
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
IPHONE_SENT = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SENT = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Ashdown's wording, localised)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Ashdown Bookbinding & Archive Services",
    "de": "Überfällige Rechnung {inv} – Ashdown Bookbinding & Archive Services",
    "fr": "Facture échue {inv} – Ashdown Bookbinding & Archive Services",
    "es": "Factura vencida {inv} – Ashdown Bookbinding & Archive Services",
    "nl": "Vervallen factuur {inv} – Ashdown Bookbinding & Archive Services",
    "it": "Fattura scaduta {inv} – Ashdown Bookbinding & Archive Services",
}
REMINDER_TEXT = {
    "en": """
        Hello,

        We're writing about the invoice below, which has now passed its due date:

            {inv}  |  issued {issued}  |  due {due}  |  {amount}

        If you have already paid, thank you – please let us know the date so that we can match the payment. If something is wrong with the invoice or the work, or you need more time, simply reply to this email and one of us will pick it up.

        Best regards,

        Accounts
        Ashdown Bookbinding & Archive Services Ltd
        The Old Tannery, Forest Row, East Sussex
        01632 960418
    """,
    "de": """
        Guten Tag,

        wir möchten Sie an die folgende Rechnung erinnern, deren Zahlungsziel inzwischen abgelaufen ist:

            {inv}  |  Rechnungsdatum {issued}  |  fällig {due}  |  {amount}

        Falls die Zahlung bereits unterwegs ist, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Wenn an der Rechnung oder an den Arbeiten etwas nicht stimmt oder Sie mehr Zeit benötigen, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        Buchhaltung
        Ashdown Bookbinding & Archive Services Ltd
        Forest Row, East Sussex, Großbritannien
    """,
    "fr": """
        Bonjour,

        Nous nous permettons de vous rappeler la facture ci-dessous, dont l'échéance est dépassée :

            {inv}  |  émise le {issued}  |  échéance {due}  |  {amount}

        Si vous l'avez déjà réglée, merci ; pourriez-vous nous indiquer la date du paiement afin que nous puissions le rapprocher ? En cas de problème avec la facture ou les travaux, ou si vous avez besoin d'un délai, il suffit de répondre à ce courriel.

        Bien cordialement,

        Service comptabilité
        Ashdown Bookbinding & Archive Services Ltd
        Forest Row, East Sussex, Royaume-Uni
    """,
    "es": """
        Hola:

        Le escribimos en relación con la factura que figura a continuación, cuyo plazo de pago ya ha vencido:

            {inv}  |  emitida el {issued}  |  vencimiento {due}  |  {amount}

        Si ya la ha pagado, muchas gracias; le agradeceríamos que nos indicara la fecha del pago para poder conciliarlo. Si hay algún problema con la factura o con el trabajo, o necesita más plazo, basta con responder a este correo.

        Un cordial saludo,

        Administración
        Ashdown Bookbinding & Archive Services Ltd
        Forest Row, East Sussex, Reino Unido
    """,
    "nl": """
        Goedendag,

        Wij willen u graag herinneren aan de onderstaande factuur, waarvan de betaaltermijn inmiddels is verstreken:

            {inv}  |  factuurdatum {issued}  |  vervaldatum {due}  |  {amount}

        Heeft u al betaald, dan danken wij u hartelijk en horen wij graag de betaaldatum, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur of aan het werk, of heeft u meer tijd nodig, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Administratie
        Ashdown Bookbinding & Archive Services Ltd
        Forest Row, East Sussex, Verenigd Koninkrijk
    """,
    "it": """
        Buongiorno,

        vi ricordiamo la fattura indicata qui sotto, il cui termine di pagamento è ormai scaduto:

            {inv}  |  emessa il {issued}  |  scadenza {due}  |  {amount}

        Se avete già provveduto, vi ringraziamo e vi chiediamo di comunicarci la data del pagamento, così da poterlo abbinare. Se c'è qualche problema con la fattura o con il lavoro, oppure vi serve più tempo, basta rispondere a questa e-mail.

        Cordiali saluti,

        Amministrazione
        Ashdown Bookbinding & Archive Services Ltd
        Forest Row, East Sussex, Regno Unito
    """,
}
REMINDER_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters its charset cannot carry.
NBSP = "\u00a0"
LATIN1_SUBSTITUTES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


def block(text: str) -> str:
    """Hand-written text indented in the source: dedented, without the surrounding blank lines."""
    return dedent(text).strip("\n")


def issue_date(inv: str) -> date:
    """Invoices are numbered in date order, about four a day from ABA/0400 on 1 August 2031."""
    number = int(inv.split("/")[1])
    return date(2031, 8, 1) + timedelta(days=(number - 400) // 4)


def money(amount: str, lang: str) -> str:
    """An amount ("1045.00") as the reminder prints it in `lang` (GBP for the UK, EUR elsewhere)."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    if lang == "en":
        return f"£{groups}.{cents}"
    if lang == "fr":
        return groups.replace(",", NBSP) + f",{cents}{NBSP}€"
    if lang in {"nl", "it"}:
        return f"€ {groups.replace(',', '.')},{cents}"
    return f"{groups.replace(',', '.')},{cents} €"


def calendar_fields(lang: str, when: datetime | date) -> dict[str, str]:
    """Every piece of a date a template may need, in `lang`."""
    weekday, month = when.weekday(), when.month - 1
    hour = when.hour if isinstance(when, datetime) else 0
    minute = when.minute if isinstance(when, datetime) else 0
    return {
        "dl": DAY_NAMES[lang].split()[weekday],
        "da": DAY_ABBR[lang].split()[weekday],
        "ml": MONTH_NAMES[lang].split()[month],
        "ma": MONTH_ABBR[lang].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "MM": f"{minute:02d}",
    }


def render(template: str, lang: str, when: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of `when` and any extra values."""
    return template.format(**calendar_fields(lang, when), **extra)


def latin1_text(text: str) -> str:
    """The text as a Latin-1 client would send it."""
    for char, substitute in LATIN1_SUBSTITUTES.items():
        text = text.replace(char, substitute)
    return text


def reminder_subject(lang: str, inv: str) -> str:
    """The subject line of the reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str) -> str:
    """The plain-text body of the reminder for one invoice."""
    issued = issue_date(inv)
    due = issued + timedelta(days=30)
    return block(REMINDER_TEXT[lang]).format(
        inv=inv,
        issued=render(REMINDER_DATE[lang], lang, issued),
        due=render(REMINDER_DATE[lang], lang, due),
        amount=money(amount, lang),
    )


# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------


def digest(key: str, purpose: str) -> bytes:
    """32 bytes that depend only on the seed, the message key and what they are for."""
    return hashlib.sha256(f"{SEED}|{purpose}|{key}".encode()).digest()


def token(key: str, purpose: str, length: int) -> str:
    """An upper-case base32 token."""
    return base64.b32encode(digest(key, purpose)).decode()[:length]


def hex_token(key: str, purpose: str, length: int) -> str:
    """A lower-case hex token."""
    return digest(key, purpose).hex()[:length]


def uuid_token(key: str, purpose: str) -> str:
    """A token shaped like an upper-case UUID."""
    h = digest(key, purpose).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reminder_message_id(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<ABA-R.{hex_token(key, 'reminder', 20)}@{AR_DOMAIN}>"


EXCHANGE_PREFIXES = ("AM9P", "AS8P", "DB9P", "PA4P", "DU0P", "VI1P", "GV1P", "PAXP")


def exchange_mailbox_server(key: str) -> str:
    """An Exchange Online mailbox server name such as AS8PR02MB9311."""
    raw = digest(key, "exchange-server")
    prefix = EXCHANGE_PREFIXES[raw[0] % len(EXCHANGE_PREFIXES)]
    return f"{prefix}R{raw[1] % 9 + 1:02d}MB{int.from_bytes(raw[2:4], 'big') % 9000 + 1000}"


def client_message_id(key: str, client: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would create."""
    domain = addr.rsplit("@", 1)[1]
    if client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(key, "gmail")).decode().rstrip("=")[:38]
        return f"<CA{tail}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        host = exchange_mailbox_server(key)
        pod = host[5:7]
        return f"<{host}{token(key, 'ms', 28)}@{host}.eurprd{pod}.prod.outlook.com>"
    if client in {"apple", "iphone"}:
        return f"<{uuid_token(key, 'apple')}@{domain}>"
    if client == "thunderbird":
        return f"<{hex_token(key, 'tb', 8)}-{hex_token(key, 'tb2', 4)}-{hex_token(key, 'tb3', 4)}-{hex_token(key, 'tb4', 4)}-{hex_token(key, 'tb5', 12)}@{domain}>"
    return f"<{hex_token(key, 'notice', 24)}@{domain}>"


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """Plain-text quoting with "> " (and a bare ">" on empty lines)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc_lines(text: str) -> str:
    """HTML-escaped text with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Paragraphs as <p> elements."""
    return "\n".join(f"<p>{esc_lines(par)}</p>" for par in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", "&nbsp; ") if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flow_line(line: str, width: int) -> list[str]:
    """One hard line cut into format=flowed pieces (each soft break keeps its trailing space)."""
    line = line.rstrip(" ")
    pieces: list[str] = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        while cut > 0 and not line[:cut].strip():
            cut = -1
        if cut <= 0:
            cut = line.find(" ", width)
            if cut < 0:
                break
        pieces.append(line[: cut + 1])
        line = line[cut + 1 :]
    pieces.append(line)
    return pieces


def flowed(text: str, *, quote: bool = False) -> str:
    """RFC 3676 format=flowed text: wrapped, space-stuffed, optionally quoted one level."""
    out: list[str] = []
    for hard in text.split("\n"):
        for piece in flow_line(hard, 66 if quote else 72):
            if quote:
                out.append(f"> {piece}" if piece else ">")
            elif piece.startswith((" ", ">", "From ")):
                out.append(" " + piece)
            else:
                out.append(piece)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding `cte` (qp, b64, 8bit)."""
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    chosen = email_charset.Charset(charset)
    if cte in ENCODINGS and not (cte == "qp" and text.isascii()):
        chosen.body_encoding = ENCODINGS[cte]
    else:  # 7bit or 8bit, decided from the payload
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox with an encoded display name when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def subparts(msg: Message) -> list[Message]:
    """The Message children of a multipart or message/* part."""
    if not msg.is_multipart():
        return []
    payload = msg.get_payload()
    items = payload if isinstance(payload, list) else [payload]
    return [item for item in items if isinstance(item, Message)]


def drop_inner_versions(msg: Message, *, top: bool = True) -> None:
    """Only the top of a message, or of an enclosed message, carries MIME-Version."""
    if not top:
        del msg["MIME-Version"]
    enclosed = msg.get_content_type() == "message/rfc822"
    for child in subparts(msg):
        if msg.get_content_type() != "message/delivery-status":
            drop_inner_versions(child, top=enclosed)


def place_content_headers(msg: Message) -> None:
    """Move MIME-Version and the content headers below the envelope headers, as clients do."""
    moved = [
        (name, value)
        for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")
        for value in (msg.get_all(name) or [])
    ]
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[name]
    for name, value in moved:
        msg[name] = value


BOUNDARY_SHAPES: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "000000000000" + hex_token(key, f"b{n}", 16),
    "outlook": lambda key, n: (
        f"_00{n}_{exchange_mailbox_server(key)}{token(key, f'b{n}', 12)}eurp_"
    ),
    "apple": lambda key, n: f"Apple-Mail=_{uuid_token(key, f'b{n}')}",
    "iphone": lambda key, n: f"Apple-Mail-{uuid_token(key, f'b{n}')}",
    "thunderbird": lambda key, n: "------------" + token(key, f"b{n}", 24),
    "other": lambda key, n: (
        f"----=_Part_{int(hex_token(key, f'b{n}', 6), 16)}_{int(hex_token(key, f'c{n}', 6), 16)}"
    ),
}


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries shaped like those of the program that wrote the message."""
    maker = BOUNDARY_SHAPES[shape]
    multiparts = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(maker(key, number))


# --------------------------------------------------------------------------------------------
# Replies: one hand-written message each
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A hand-written message: its sender, time, client, text and labels.

    `when` is the wall-clock time in the sender's own zone. `inv` and `amount` describe the
    reminder being answered (an empty `inv` takes the next unused invoice number). `lag` is the
    number of working days between the reminder and the reply; 0 means minutes (an automatic
    answer). `rlang` is the reminder's language when it differs from the reply's.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    amount: str = "0.00"
    inv: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)
    refs: tuple[str, ...] = ()
    note: str | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    rlang: str = ""
    threaded: bool = True
    attachment: tuple[str, bytes] | None = None
    lag: int = 1

    @property
    def region(self) -> str:
        """The sender's time-zone region."""
        return region_of(self.lang)

    @property
    def sent(self) -> datetime:
        """The aware send time."""
        return local_time(self.when, self.region)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def latin1(self) -> bool:
        """Whether the client writes in a charset without the dash and the euro sign."""
        return self.charset == "iso-8859-1"

    @property
    def body(self) -> str:
        """The hand-written text."""
        return block(self.text)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    to: str


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out: a few minutes past nine (UK) on a working day before."""
    if r.lag == 0:
        return r.sent - timedelta(seconds=70 + digest(r.key, "lag")[0])
    day = r.sent.astimezone(zone_at(r.sent, "uk")).date()
    remaining = r.lag
    while remaining:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    minute = 2 + digest(r.key, "minute")[0] % 14
    stamp = f"{day.isoformat()} 09:{minute:02d}"
    return local_time(stamp, "uk") + timedelta(seconds=digest(r.key, "second")[0] % 60)


def make_quote(r: Reply) -> Quote:
    """What the client quotes: the reminder text and subject, and its time on the sender's clock."""
    text = reminder_body(r.reminder_lang, r.inv, r.amount)
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.latin1:
        text, subject = latin1_text(text), latin1_text(subject)
    name, addr = r.sender
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, in_region(reminder_sent(r), r.region), to)


def outlook_rows(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of Outlook's reply header, in the client's language."""
    _, labels, _ = OUTLOOK_BLOCK[r.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render(OUTLOOK_SENT_AT[r.lang], r.lang, q.sent),
        q.to,
        q.subject,
    )
    return list(zip(labels, values, strict=True))


def outlook_lines(r: Reply, q: Quote) -> list[str]:
    """Outlook's reply header as plain-text lines."""
    sep = OUTLOOK_BLOCK[r.lang][2]
    return [f"{label}{sep}{value}" for label, value in outlook_rows(r, q)]


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """A multipart/alternative with the plain and HTML versions of the same message."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def outlook_markup(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply divider and the quoted reminder."""
    sep = OUTLOOK_BLOCK[r.lang][2].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(r, q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}<o:p></o:p></p>\n'
        "</div>\n"
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised "Original Message" block."""
    lines = [r.body, "", OUTLOOK_BLOCK[r.lang][0], *outlook_lines(r, q), "", q.text, ""]
    return text_part("\n".join(lines), "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain alternative."""
    plain = "\n".join([r.body, "", *outlook_lines(r, q), "", q.text, ""])
    return alternative(r, plain, outlook_markup(r, q))


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(outlook_markup(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 under its localised signature."""
    lines = [
        r.body,
        "",
        ANDROID_SENT[r.lang],
        "_" * 32,
        *outlook_lines(r, q),
        "",
        q.text,
        "",
    ]
    return text_part("\n".join(lines), "plain", r.charset, "b64")


def gmail_attribution(r: Reply, q: Quote) -> str:
    """Gmail's "On ... wrote:" line in the sender's language."""
    return render(GMAIL_ON[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(r, q)
    plain = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{esc_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: "> " quoting."""
    plain = f"{r.body}\n\n{gmail_attribution(r, q)}\n\n{quoted(q.text)}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def apple_attribution(r: Reply, q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return render(APPLE_ON[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    plain = f"{r.body}\n\n{apple_attribution(r, q)}\n\n{quoted(q.text)}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: the localised "Sent from my iPhone", then the quote, attribution included."""
    cited = quoted(f"{apple_attribution(r, q)}\n\n{q.text}")
    plain = f"{r.body}\n\n{IPHONE_SENT[r.lang]}\n\n{cited}\n"
    return text_part(plain, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text."""
    attribution = render(THUNDERBIRD_ON[r.lang], r.lang, q.sent, name=AR_NAME)
    plain = f"{flowed(r.body)}\n\n{flowed(attribution)}\n{flowed(q.text, quote=True)}\n"
    part = text_part(plain, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice (auto-reply, acknowledgement, AP advice): no quote."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as HTML only."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:10pt">\n{html_paragraphs(r.body)}\n</body></html>\n'
    )
    return text_part(markup, "html", r.charset, r.cte)


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
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.4.0",
        ),
    ),
}
BOUNDARY_OF_CLIENT = {
    "gmail": "gmail",
    "outlook_html": "outlook",
    "apple": "apple",
    "iphone": "iphone",
    "thunderbird": "thunderbird",
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject: the client's reply prefix, or the sender's own subject line."""
    if r.subject:
        return r.subject.format(s=q.subject)
    prefix = OUTLOOK_REPLY[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the sender's attachment, if any."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = make_quote(r)
    try:
        body = CLIENTS[r.client](r, q)
    except UnicodeEncodeError as error:
        raise SystemExit(f"{r.key}: the text does not fit {r.charset}: {error}") from error
    msg = with_attachment(r, body)
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.sent)
    msg["Message-ID"] = client_message_id(r.key, r.client, r.sender[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_message_id(r.key)
        msg["References"] = reminder_message_id(r.key)
    if r.client in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = encode_header(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Accept-Language"] = f"{CONTENT_LANGUAGE[r.lang]}, en-US"
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = "yes" if r.attachment else ""
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        msg[name] = value
    place_content_headers(msg)
    drop_inner_versions(msg)
    shape = BOUNDARY_OF_CLIENT.get(r.client, "other")
    set_boundaries(msg, r.key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"xref\n0 3\n0000000000 65535 f \ntrailer<</Size 3/Root 1 0 R>>\nstartxref\n0\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-one-word",
        intent="payment_sent",
        lang="en",
        sender=("Rob Tennant", "rob@tennantrarebooks.example"),
        when="2031-10-28 19:42",
        client="iphone",
        amount="212.50",
        text="""
            Paid.
        """,
        note="one word from a phone; no date given",
    ),
    Reply(
        key="ps-en-ap-advice",
        intent="payment_sent",
        lang="en",
        sender=(
            "Fairbrother Leigh LLP – Accounts Payable",
            "ap-noreply@fairbrotherleigh.example",
        ),
        when="2031-11-03 06:15",
        client="notice",
        threaded=False,
        subject="Remittance advice – payment 400219877 – Ashdown Bookbinding & Archive Services Ltd",
        text="""
            REMITTANCE ADVICE

            This notification has been generated by the Accounts Payable system of Fairbrother Leigh LLP. Replies to this address are not monitored.

            Payee:              ASHDOWN BOOKBINDING & ARCHIVE SERVICES LTD
            Supplier number:    0031877
            Payment date:       03/11/2031
            Payment method:     BACS
            Payment reference:  FLLP-BACS-400219877

            Invoice number      Invoice date      Amount paid (GBP)
            ABA/0412            04/08/2031                 1,140.00
            ABA/0433            09/08/2031                   362.50

            Total paid:         GBP 1,502.50

            Funds normally reach the payee's account within three working days. For queries please write to ap.queries@fairbrotherleigh.example quoting the payment reference.
        """,
        fields={
            "paid_date": "2031-11-03",
            "payment_reference": "FLLP-BACS-400219877",
            "amount": "1502.50",
            "currency": "GBP",
        },
        refs=("ABA/0412", "ABA/0433"),
        note="AP-system remittance advice, not a reply; the total of both invoices is the amount paid",
    ),
    Reply(
        key="ps-en-paid-send-copy",
        intent="payment_sent",
        lang="en",
        sender=("Margaret Ellery", "treasurer@stmichaels-hollowdean.example"),
        when="2031-10-29 11:05",
        client="outlook",
        charset="windows-1252",
        inv="ABA/0427",
        amount="640.00",
        text="""
            Dear Accounts,

            I think your email must have crossed with our payment. I transferred £640.00 from the PCC account last Friday, with the reference ABA0427 STMICHAELS, so it ought to have reached you by now. Would you mind checking?

            While I have you – our churchwarden has mislaid the paper copy of the invoice (the one for re-boxing the registers) and the diocese will want it for the faculty file. Could you possibly email me a PDF copy?

            With thanks,
            Margaret Ellery
            Treasurer, St Michael & All Angels PCC, Hollowdean
        """,
        fields={
            "paid_date": "2031-10-24",
            "payment_reference": "ABA0427 STMICHAELS",
            "amount": "640.00",
            "currency": "GBP",
        },
        refs=("ABA/0427",),
        note="paid, plus a request for a copy of the invoice: the payment claim is the main intent; 'last Friday' from Wed 29 Oct",
    ),
    Reply(
        key="ps-de-angewiesen",
        intent="payment_sent",
        lang="de",
        sender=("Dr. Annegret Löhr", "a.loehr@stadt-wernfeld.example"),
        when="2031-10-23 10:40",
        client="outlook_html",
        inv="ABA/0431",
        amount="1236.00",
        text="""
            Sehr geehrte Damen und Herren,

            die Rechnung ABA/0431 über 1.236,00 € wurde am 21.10.2031 zur Zahlung angewiesen (Kassenzeichen 5.0112.004417). Da die Auszahlung über unsere Stadtkasse läuft, kann es erfahrungsgemäß einige Tage dauern, bis der Betrag bei Ihnen gutgeschrieben ist.

            Sollte bis Ende nächster Woche nichts eingegangen sein, geben Sie mir bitte kurz Bescheid.

            Mit freundlichen Grüßen
            im Auftrag

            Dr. Annegret Löhr
            Stadt Wernfeld – Stadtarchiv
            Am Kornmarkt 3
        """,
        fields={
            "paid_date": "2031-10-21",
            "payment_reference": "5.0112.004417",
            "amount": "1236.00",
            "currency": "EUR",
        },
        refs=("ABA/0431",),
        note="'zur Zahlung angewiesen': the payment order has been given, so the money is on its way; the Kassenzeichen is the reference",
    ),
    Reply(
        key="ps-fr-depuis-le-27",
        intent="payment_sent",
        lang="fr",
        sender=("Hélène Marchetti", "helene.marchetti@gmail.com"),
        when="2031-10-30 09:17",
        client="gmail",
        rlang="en",
        amount="385.00",
        text="""
            Bonjour,

            C'est réglé depuis le 27, par virement depuis mon compte personnel. Vous devriez l'avoir reçu ; sinon dites-le-moi et je vérifierai avec ma banque.

            Bonne journée,
            Hélène Marchetti
        """,
        fields={"paid_date": "2031-10-27"},
        note="French reply to an English reminder; 'depuis le 27' is the 27th of the current month",
    ),
    Reply(
        key="ps-fr-etude-notariale",
        intent="payment_sent",
        lang="fr",
        sender=("Sandrine Kervella", "comptabilite@etude-dufresne.example"),
        when="2031-11-05 15:32",
        client="outlook",
        charset="iso-8859-1",
        inv="ABA/0419",
        amount="845.00",
        text="""
            Madame, Monsieur,

            Maître Dufresne me charge de vous informer que votre facture ABA/0419 d'un montant de 845,00 EUR a été réglée par virement le 4 novembre 2031, sous la référence VIR-ND-20311104.

            Nous vous saurions gré de bien vouloir nous en accuser réception.

            Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Sandrine Kervella
            Service comptabilité
            Étude Dufresne & Associés, notaires
        """,
        fields={
            "paid_date": "2031-11-04",
            "payment_reference": "VIR-ND-20311104",
            "amount": "845.00",
            "currency": "EUR",
        },
        refs=("ABA/0419",),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ferrándiz", "administracion@legadoaranguren.example"),
        when="2031-11-06 10:12",
        client="gmail",
        cte="b64",
        inv="ABA/0448",
        amount="1980.00",
        attachment=("justificante_transferencia_ABA0448.pdf", FAKE_PDF),
        text="""
            Buenos días:

            Os adjunto el justificante de la transferencia que hemos hecho hoy por 1.980,00 €, correspondiente a la factura ABA/0448. Al ser internacional, puede tardar uno o dos días en aparecer en vuestra cuenta.

            Un saludo,

            Lucía Ferrándiz
            Administración · Fundación Legado Aranguren
        """,
        fields={"paid_date": "2031-11-06", "amount": "1980.00", "currency": "EUR"},
        refs=("ABA/0448",),
        note="proof of transfer attached as a PDF; 'hoy' is the message date",
    ),
    Reply(
        key="ps-es-movil-minusculas",
        intent="payment_sent",
        lang="es",
        sender=("Javier Ortuño", "javi.ortuno.libros@gmail.com"),
        when="2031-10-22 13:20",
        client="iphone",
        amount="160.00",
        text="""
            hecho, transferencia enviada esta mañana. al ser desde españa igual tarda un par de dias en llegaros
        """,
        fields={"paid_date": "2031-10-22"},
        note="lower case, no accents on 'dias', mobile; 'esta mañana' is the message date",
    ),
    Reply(
        key="ps-nl-betaalspecificatie",
        intent="payment_sent",
        lang="nl",
        sender=(
            "Van Dijk Noorman Advocaten",
            "noreply-crediteuren@vandijknoorman.example",
        ),
        when="2031-11-03 05:48",
        client="notice",
        threaded=False,
        subject="Betaalspecificatie 2031-0876 – Ashdown Bookbinding & Archive Services Ltd",
        text="""
            Dit is een automatisch gegenereerd bericht. Antwoorden op dit adres worden niet gelezen.

            BETAALSPECIFICATIE

            Begunstigde:        Ashdown Bookbinding & Archive Services Ltd
            Crediteurnummer:    200481
            Betaaldatum:        31-10-2031
            Betalingskenmerk:   2031-0876

            Factuurnummer   Factuurdatum   Bedrag
            ABA/0440        11-08-2031     € 1.476,40
            ABA/0441        11-08-2031     €   839,00

            Totaal betaald:     € 2.315,40

            Vragen over deze betaling? Mail naar crediteuren@vandijknoorman.example en vermeld altijd het betalingskenmerk.
        """,
        fields={
            "paid_date": "2031-10-31",
            "payment_reference": "2031-0876",
            "amount": "2315.40",
            "currency": "EUR",
        },
        refs=("ABA/0440", "ABA/0441"),
        note="AP-system payment specification from a law firm, not a reply",
    ),
    Reply(
        key="ps-nl-verhaal-gisteravond",
        intent="payment_sent",
        lang="nl",
        sender=("Gerrit-Jan Hoogeveen", "gerritjan@hoogeveen-verzameling.example"),
        when="2031-11-11 22:14",
        client="thunderbird",
        cte="8bit",
        amount="720.00",
        text="""
            Beste mensen van Ashdown,

            Excuses dat ik nu pas reageer. Ik ben drie weken in Portugal geweest bij mijn dochter en heb daar nauwelijks naar mijn mail gekeken, en toen ik thuiskwam lag er een stapel post van heb ik jou daar.

            Ik wilde u trouwens nog zeggen hoe blij ik ben met de atlas. De nieuwe rug is bijna niet van het origineel te onderscheiden en mijn vrouw zag pas na een week dat hij terug was. Ook de doos is prachtig, al past hij net niet in de kast, maar dat is mijn eigen schuld want ik had de maten zelf opgegeven.

            Afijn, de betaling heb ik gisteravond via de bankapp gedaan, dus dat zal nu wel in orde komen. Het ging even mis met die Engelse rekeningnummers, maar mijn schoonzoon heeft me geholpen.

            In het voorjaar wil ik nog met u praten over de twee kerkboeken van mijn grootvader, maar daarover later meer.

            Met hartelijke groet,
            Gerrit-Jan Hoogeveen
        """,
        fields={"paid_date": "2031-11-10"},
        note="long rambling reply with the payment buried in the third paragraph; 'gisteravond' is the day before",
    ),
    Reply(
        key="ps-it-bonifico-disposto",
        intent="payment_sent",
        lang="it",
        sender=("Paola Scarpellini", "ragioneria@museovaldorsa.example"),
        when="2031-10-24 12:05",
        client="outlook_html",
        inv="ABA/0425",
        amount="2150.00",
        text="""
            Gentili Signori,

            vi comunichiamo che in data odierna è stato disposto il bonifico a saldo della fattura ABA/0425, per l'importo di € 2.150,00 (TRN 0843A1029IT7710455).

            Cordiali saluti

            Rag. Paola Scarpellini
            Ufficio Ragioneria
            Museo Civico di Valdorsa
        """,
        fields={
            "paid_date": "2031-10-24",
            "payment_reference": "0843A1029IT7710455",
            "amount": "2150.00",
            "currency": "EUR",
        },
        refs=("ABA/0425",),
        note="'in data odierna è stato disposto il bonifico': transfer ordered today",
    ),
    Reply(
        key="ps-it-fatto",
        intent="payment_sent",
        lang="it",
        sender=("Marco Bellandi", "marco.bellandi68@gmail.com"),
        when="2031-11-12 08:31",
        client="android",
        amount="95.00",
        text="""
            fatto
        """,
        note="one word ('done') answering a payment reminder; no date",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-friday-run",
        intent="promise_to_pay",
        lang="en",
        sender=("Priya Raman", "p.raman@ouseleigh.ac.example"),
        when="2031-11-04 14:22",
        client="outlook_html",
        headers=(SUPPRESS,),
        amount="3420.00",
        text="""
            Hello,

            Thanks for the nudge. The invoice was stuck waiting for a goods receipt from the Special Collections team, but that's been done now and it's been approved for Friday's BACS run, so you should see the £3,420.00 early next week.

            Best wishes,
            Priya

            Priya Raman | Finance Assistant (Library)
            Ouseleigh University
        """,
        fields={"promised_date": "2031-11-07", "amount": "3420.00", "currency": "GBP"},
        note="past tense ('approved') announcing a future payment run; Friday after Tue 4 Nov",
    ),
    Reply(
        key="pp-en-next-thursday",
        intent="promise_to_pay",
        lang="en",
        sender=("Dan Whitlock", "dan@whitlockbooks.example"),
        when="2031-10-31 16:50",
        client="gmail_plain",
        amount="318.00",
        text="""
            Hi there

            Sorry, it's been a mad month. I'll pay it next Thursday once the book fair money has cleared.

            Cheers
            Dan
        """,
        fields={"promised_date": "2031-11-06"},
        note="'next Thursday' written on a Friday: the Thursday six days later",
    ),
    Reply(
        key="pp-en-subject-out-of-office",
        intent="promise_to_pay",
        lang="en",
        sender=("Tom Heskett", "t.heskett@kingsmeadschool.example"),
        when="2031-11-05 07:55",
        client="iphone",
        inv="ABA/0452",
        amount="574.00",
        subject="Out of office till Mon – re ABA/0452",
        text="""
            Hi – I'm out of the office on a course till Monday but saw this come in. I'll get it paid on the 14th, that's our next payment date. Sorry it slipped through.
            Tom
        """,
        fields={"promised_date": "2031-11-14"},
        note="written by a person although the subject says 'out of office'; the invoice number is only in the subject, so no invoice_refs",
    ),
    Reply(
        key="pp-de-kw46",
        intent="promise_to_pay",
        lang="de",
        sender=("Klaus Rettenmeier", "kassenwart@heimatverein-oberlindach.example"),
        when="2031-10-28 19:30",
        client="gmail",
        amount="540.00",
        text="""
            Guten Abend,

            wir haben die Rechnung nicht vergessen. Der Zuschuss vom Landkreis für die Restaurierung unserer Ortschronik kommt laut Landratsamt Anfang November, wir überweisen dann in der KW 46.

            Mit freundlichen Grüßen
            Klaus Rettenmeier
            Kassenwart, Heimatverein Oberlindach e.V.
        """,
        fields={"promised_date": "2031-11-10"},
        note="'KW 46' → Monday of ISO week 46, as a week named without a day is labelled by its Monday",
    ),
    Reply(
        key="pp-de-noch-nicht-montag",
        intent="promise_to_pay",
        lang="de",
        sender=("Tobias Brandl", "t.brandl@brandl-antiquariat.example"),
        when="2031-11-06 12:47",
        client="android",
        amount="275.00",
        text="""
            Noch nicht, sorry. Zahle ich Montag.
            Gruß T. Brandl
        """,
        fields={"promised_date": "2031-11-10"},
        note="'noch nicht' negates a payment already made, then promises; Monday after Thu 6 Nov",
    ),
    Reply(
        key="pp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Bernard Coustal", "tresorier@patrimoine-mirevaux.example"),
        when="2031-11-05 18:10",
        client="apple",
        amount="690.00",
        text="""
            Bonjour,

            Nous réglerons votre facture en fin de mois, dès que la subvention de la mairie aura été versée sur notre compte. Merci de votre patience.

            Bien cordialement,

            Bernard Coustal
            Trésorier – Association pour la sauvegarde du patrimoine de Mirevaux
        """,
        fields={"promised_date": "2031-11-30"},
        note="'en fin de mois' → last day of the month",
    ),
    Reply(
        key="pp-es-finales-de-mes",
        intent="promise_to_pay",
        lang="es",
        sender=("Nuria Gil", "ngil@salcedoiriarte.example"),
        when="2031-10-20 11:35",
        client="outlook",
        charset="windows-1252",
        inv="ABA/0420",
        amount="1320.00",
        text="""
            Buenos días:

            Les confirmo que la factura ABA/0420 ya está aprobada. Se pagará a finales de mes, con la remesa habitual de proveedores.

            Reciban un cordial saludo,

            Nuria Gil
            Administración
            Salcedo Iriarte Abogados
        """,
        fields={"promised_date": "2031-10-31"},
        refs=("ABA/0420",),
        note="'a finales de mes' → last day of the month",
    ),
    Reply(
        key="pp-es-cuando-cobro",
        intent="promise_to_pay",
        lang="es",
        sender=("Raquel Miralles", "raquel.miralles.m@gmail.com"),
        when="2031-11-03 21:02",
        client="iphone",
        amount="230.00",
        text="""
            Hola! perdona el retraso, te lo pago el 14/11 que es cuando cobro. Un beso
        """,
        fields={"promised_date": "2031-11-14"},
        note="day/month date in the Spanish order",
    ),
    Reply(
        key="pp-nl-over-twee-weken",
        intent="promise_to_pay",
        lang="nl",
        sender=("Ineke Brouwer", "penningmeester@boekerij-oosterwolde.example"),
        when="2031-10-23 20:40",
        client="gmail",
        amount="455.00",
        text="""
            Goedenavond,

            Dank voor uw herinnering. De subsidie van de gemeente wordt over twee weken uitbetaald en direct daarna maken wij het bedrag over.

            Met vriendelijke groet,
            Ineke Brouwer
            penningmeester Stichting Boekerij Oosterwolde
        """,
        fields={"promised_date": "2031-11-06"},
        note="'over twee weken' → fourteen days after the message",
    ),
    Reply(
        key="pp-nl-betaalrun-donderdag",
        intent="promise_to_pay",
        lang="nl",
        sender=("Sanne de Wit", "crediteuren@zuidervaart.example"),
        when="2031-11-11 09:12",
        client="outlook_html",
        headers=(SUPPRESS,),
        amount="1680.00",
        text="""
            Goedemorgen,

            De factuur is inmiddels goedgekeurd door de budgethouder en staat ingepland voor de betaalrun van donderdag. Het bedrag zou vrijdag op uw rekening moeten staan.

            Met vriendelijke groet,

            Sanne de Wit
            Team Crediteuren | Gemeente Zuidervaart
        """,
        fields={"promised_date": "2031-11-13"},
        note="past-tense approval, payment in Thursday's run (the payment date, not the expected arrival)",
    ),
    Reply(
        key="pp-it-entro-fine-mese",
        intent="promise_to_pay",
        lang="it",
        sender=("don Giuseppe Arrighi", "parrocchia.sanvitale.colle@gmail.com"),
        when="2031-10-27 17:20",
        client="gmail_plain",
        amount="380.00",
        text="""
            Buonasera,
            mi scuso per il ritardo. Provvederemo al pagamento entro fine mese, appena il consiglio per gli affari economici avrà dato il via libera.
            Cordiali saluti
            don Giuseppe Arrighi
            Parrocchia di San Vitale in Colle
        """,
        fields={"promised_date": "2031-10-31"},
        note="'entro fine mese' → last day of the month; the council's approval is a formality, not a condition on a document",
    ),
    Reply(
        key="pp-it-mandato-emesso",
        intent="promise_to_pay",
        lang="it",
        sender=("Chiara Fabbri", "contabilita.biblioteche@unicastelmarino.example"),
        when="2031-11-05 11:48",
        client="outlook",
        charset="windows-1252",
        inv="ABA/0453",
        amount="1150.00",
        text="""
            Buongiorno,

            in riferimento al Vostro sollecito, Vi informo che il mandato di pagamento relativo alla fattura ABA/0453 (€ 1.150,00) è stato emesso ed è programmato per il 14/11.

            Cordiali saluti

            Dott.ssa Chiara Fabbri
            Area Contabilità e Bilancio
            Ateneo di Castelmarino
        """,
        fields={"promised_date": "2031-11-14", "amount": "1150.00", "currency": "EUR"},
        refs=("ABA/0453",),
        note="'è stato emesso' is past, but the payment itself is scheduled for 14/11",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-not-paid-because",
        intent="dispute",
        lang="en",
        sender=("Gillian Marsh", "gillianmarsh1954@gmail.com"),
        when="2031-10-21 10:15",
        client="gmail",
        amount="265.00",
        text="""
            Dear Sir or Madam

            We have NOT paid this invoice because as far as I am concerned the work isn't finished. The spine of my grandmother's hymn book came away again within a fortnight of it coming back. I posted it back to your workshop on the 6th with a note and I have heard nothing since.

            I am happy to pay once it has been properly repaired, but not before.

            Gillian Marsh
        """,
        note="negated payment with the reason: the repair failed; the conditional payment is secondary",
    ),
    Reply(
        key="di-en-one-paid-one-queried",
        intent="dispute",
        lang="en",
        sender=("Owen Pritchard", "owen.pritchard@hallidaypritchard.example"),
        when="2031-10-30 15:40",
        client="outlook_html",
        charset="windows-1252",
        inv="ABA/0430",
        amount="1045.00",
        text="""
            Hi,

            ABA/0429 (the rebinding of the minute books) was paid on 17 October, so please check your ledger.

            ABA/0430 we are querying. Your quote of 28 July was £780.00 for forty deed boxes including delivery; the invoice is for £1,045.00 and the difference isn't explained anywhere. Until we have either a corrected invoice or an explanation, please don't chase this one.

            Regards
            Owen Pritchard
            Practice Manager
            Halliday Pritchard Solicitors
        """,
        refs=("ABA/0429", "ABA/0430"),
        note="one invoice paid, the other disputed against the quote: dispute wins over the payment claim",
    ),
    Reply(
        key="di-en-all-caps-never-ordered",
        intent="dispute",
        lang="en",
        sender=("Alan Briggs", "alanbriggs.churchwarden@gmail.com"),
        when="2031-11-07 08:02",
        client="gmail_plain",
        amount="1260.00",
        text="""
            WE NEVER ASKED FOR THE REGISTERS TO BE DIGITISED. WE ASKED FOR A PRICE. THE PCC HAS NOT AGREED TO THIS AND WE WILL NOT BE PAYING IT.

            ALAN BRIGGS
            CHURCHWARDEN
        """,
        note="all caps; the work itself is contested",
    ),
    Reply(
        key="di-de-kartons-fehlen",
        intent="dispute",
        lang="de",
        sender=("Dr. Felix Sommerkamp", "f.sommerkamp@museum-brelingen.example"),
        when="2031-10-22 14:30",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="ABA/0423",
        amount="1920.00",
        text="""
            Sehr geehrte Damen und Herren,

            die Rechnung ABA/0423 können wir in dieser Form nicht begleichen. Beauftragt und berechnet sind 40 säurefreie Archivkartons einschließlich Einbettung der Objekte, geliefert wurden jedoch nur 32. Die fehlenden acht Kartons wurden weder nachgeliefert noch auf dem Lieferschein vermerkt.

            Bitte schicken Sie uns entweder die restlichen Kartons oder eine korrigierte Rechnung.

            Mit freundlichen Grüßen

            Dr. Felix Sommerkamp
            Sammlungsleitung
            Museum Brelingen
        """,
        refs=("ABA/0423",),
        note="short delivery; the corrected-invoice request is part of the dispute",
    ),
    Reply(
        key="di-de-tippfehler-festpreis",
        intent="dispute",
        lang="de",
        sender=("Uwe Kranich", "ukranich@gmail.com"),
        when="2031-11-13 21:55",
        client="iphone",
        amount="420.00",
        text="""
            hallo, die rechung stimmt so nicht. wir hatten am telefon festpreis 350 euro ausgemacht für die 3 bände, sie haben 420 berechnet. bitte korigieren dann überweis ich sofort
            gruß kranich
        """,
        note="typos, no capitals; price contested, payment conditional on a correction",
    ),
    Reply(
        key="di-fr-300-dpi",
        intent="dispute",
        lang="fr",
        sender=("Camille Jourdren", "camille.jourdren@univ-lanvaudan.example"),
        when="2031-10-27 10:05",
        client="outlook_html",
        inv="ABA/0436",
        amount="2880.00",
        text="""
            Bonjour,

            Nous ne pouvons pas mettre en paiement la facture ABA/0436 en l'état. Le cahier des charges prévoyait une numérisation à 600 dpi en TIFF non compressé ; les fichiers livrés sont à 300 dpi et en JPEG. Nous avons signalé le problème à votre atelier par courriel le 9 octobre, sans réponse à ce jour.

            La facture reste suspendue jusqu'à la livraison de fichiers conformes.

            Cordialement,

            Camille Jourdren
            Service des marchés – Bibliothèque universitaire de Lanvaudan
        """,
        refs=("ABA/0436",),
        note="deliverable does not meet the specification",
    ),
    Reply(
        key="di-fr-jamais-recu",
        intent="dispute",
        lang="fr",
        sender=("Yves Le Goff", "yveslegoff.quimper@gmail.com"),
        when="2031-11-10 19:20",
        client="gmail_plain",
        amount="310.00",
        text="""
            Bonsoir,

            Je ne comprends pas cette relance : je n'ai toujours pas reçu mon livre de bord restauré. Le colis annoncé pour le 20 octobre n'est jamais arrivé et le suivi indique « en cours d'acheminement » depuis trois semaines.

            Je paierai quand j'aurai l'ouvrage entre les mains.

            Yves Le Goff
        """,
        note="work never received; payment conditional on delivery",
    ),
    Reply(
        key="di-es-factura-duplicada",
        intent="dispute",
        lang="es",
        sender=("Elena Zubiaur", "contabilidad@notariabarrenechea.example"),
        when="2031-11-04 12:30",
        client="outlook",
        charset="iso-8859-1",
        inv="ABA/0445",
        amount="760.00",
        text="""
            Buenos días:

            Esta factura está duplicada. La encuadernación de los protocolos de 1998 a 2001 ya se nos facturó en la ABA/0408, que abonamos el 12 de septiembre. Les ruego que anulen la ABA/0445 y nos envíen la factura rectificativa correspondiente.

            Atentamente,

            Elena Zubiaur
            Contabilidad
            Notaría de D. Ignacio Barrenechea
        """,
        refs=("ABA/0408", "ABA/0445"),
        note="duplicate billing; the payment mentioned is of the earlier invoice",
    ),
    Reply(
        key="di-nl-btw-verlegd",
        intent="dispute",
        lang="nl",
        sender=("Johan Tiemersma", "j.tiemersma@hunzedal.example"),
        when="2031-10-21 13:15",
        client="outlook_html",
        inv="ABA/0418",
        amount="1512.00",
        text="""
            Geachte heer, mevrouw,

            Op factuur ABA/0418 is 20% Britse btw berekend (€ 252,00). Voor diensten aan een Nederlandse overheidsorganisatie had de btw verlegd moeten worden; wij kunnen de factuur daarom niet betalen zoals hij nu is.

            Wilt u een creditnota sturen en een nieuwe factuur met vermelding van ons btw-nummer en „btw verlegd”?

            Met vriendelijke groet,

            Johan Tiemersma
            Afdeling Financiën
            Waterschap Hunzedal
        """,
        refs=("ABA/0418",),
        note="the VAT on the invoice is contested (credit note asked for), not merely a reissue",
    ),
    Reply(
        key="di-nl-album-beschadigd",
        intent="dispute",
        lang="nl",
        sender=("Marieke Zandbergen", "marieke.zandbergen@gmail.com"),
        when="2031-11-08 11:40",
        client="iphone",
        amount="340.00",
        text="""
            Hallo, het fotoalbum is vandaag teruggekomen maar de hoek van de nieuwe band is ingedeukt en er zit een scheur in het schutblad. Zo betaal ik hem niet. Foto's stuur ik vanavond.
            Marieke
        """,
        note="damaged on return; written on a Saturday",
    ),
    Reply(
        key="di-it-volumi-mancanti",
        intent="dispute",
        lang="it",
        sender=("Silvia Gatti", "segreteria@studioferrarismonti.example"),
        when="2031-10-29 16:25",
        client="outlook",
        charset="windows-1252",
        inv="ABA/0438",
        amount="1560.00",
        text="""
            Buongiorno,

            contestiamo la fattura ABA/0438. L'incarico riguardava la rilegatura di 12 volumi di registri, ma ne sono stati restituiti soltanto 9: gli altri tre risultano ancora presso il Vostro laboratorio e nessuno ci ha spiegato il motivo.

            Vi chiediamo di emettere una nota di credito per i volumi non lavorati oppure di completare l'incarico prima di richiedere il pagamento.

            Distinti saluti

            Silvia Gatti
            Segreteria – Studio Legale Ferraris Monti
        """,
        refs=("ABA/0438",),
        note="invoiced for work not yet delivered",
    ),
    Reply(
        key="di-it-pagato-in-parte",
        intent="dispute",
        lang="it",
        sender=("Federico Aloisi", "federico.aloisi@gmail.com"),
        when="2031-11-12 18:45",
        client="gmail",
        amount="780.00",
        text="""
            Salve,
            ho già pagato 600 € per il restauro dell'erbario, come da preventivo. Gli altri 180 € della voce "trasporto assicurato" non li pago: nessuno mi aveva parlato di questo costo e il preventivo diceva ritiro e consegna inclusi.
            Se volete vi giro la mail con il preventivo.
            Federico Aloisi
        """,
        note="paid the quoted part, disputes the rest: dispute wins over the payment claim",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-flood-monthly",
        intent="payment_plan",
        lang="en",
        sender=("Sue Capstick", "sue@capsticksbooks.example"),
        when="2031-10-24 17:05",
        client="gmail",
        amount="880.00",
        text="""
            Hello,

            I'm sorry this is late. We had a flood in the shop cellar in September and lost a lot of stock, so things are very tight until the insurance pays out. Could I pay £110 a month until it's cleared? I can set up a standing order from the start of November if that suits you.

            Sue Capstick
            Capstick's Books
        """,
        note="hardship and monthly instalments",
    ),
    Reply(
        key="pl-en-part-now-rest-later",
        intent="payment_plan",
        lang="en",
        sender=("Jenny Otway", "office@holytrinity-marlcombe.example"),
        when="2031-11-03 10:10",
        client="apple",
        amount="540.00",
        text="""
            Good morning,

            I've sent £300 today from the parish account and we'll send the remaining £240 at the end of November after the PCC meeting. I hope that's alright.

            Kind regards
            Jenny Otway
            Parish Administrator, Holy Trinity Marlcombe
        """,
        note="part paid now, the rest later → payment_plan, not payment_sent",
    ),
    Reply(
        key="pl-en-rambling-three-instalments",
        intent="payment_plan",
        lang="en",
        sender=("Graham Pellow", "graham@pellowfamilyhistory.example"),
        when="2031-11-09 21:30",
        client="thunderbird",
        cte="8bit",
        amount="960.00",
        text="""
            Dear Ashdown team,

            Thank you for your email. I must say first of all that the family Bible looks wonderful. My sister came round at the weekend and could hardly believe it was the same book, the one our grandmother kept on the landing with the births written in the front going back to 1811. You have even kept the little pressed flower that was in Ruth, which I had told your colleague not to worry about.

            I have been meaning to write for a while about the invoice. I retired in the spring and my pension arrangements have taken longer to settle than I was led to believe, and then there was the car, which I won't bore you with. The long and the short of it is that I would find it much easier to pay the £960 in three instalments – say one now, one in December and one in January – rather than all at once. If that is not possible I will of course find a way.

            I also have my father's war diaries, which I would like you to look at next year when things are on a more even keel.

            With kind regards,
            Graham Pellow
        """,
        note="long and rambling; the instalment request is buried in the second paragraph",
    ),
    Reply(
        key="pl-de-drei-raten",
        intent="payment_plan",
        lang="de",
        sender=(
            "Hannelore Gütschow",
            "foerderverein@kirchenbibliothek-marienhagen.example",
        ),
        when="2031-10-20 16:40",
        client="outlook",
        charset="windows-1252",
        amount="1350.00",
        text="""
            Sehr geehrte Damen und Herren,

            als kleiner Förderverein können wir den Betrag von 1.350 € leider nicht auf einmal aufbringen. Wäre es möglich, die Rechnung in drei Raten zu je 450 € zu begleichen – Ende Oktober, Ende November und Ende Dezember?

            Für eine kurze Bestätigung wären wir Ihnen dankbar.

            Mit freundlichen Grüßen
            Hannelore Gütschow
            Schatzmeisterin, Förderverein Kirchenbibliothek St. Marien
        """,
        note="three instalments; plan dates are not labelled",
    ),
    Reply(
        key="pl-de-haushaltssperre-stundung",
        intent="payment_plan",
        lang="de",
        sender=("Stefan Weidinger", "kaemmerei@gemeinde-altkirchen.example"),
        when="2031-11-12 08:50",
        client="outlook_html",
        amount="2240.00",
        text="""
            Sehr geehrte Damen und Herren,

            auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass der Bürgermeister eine Haushaltssperre verhängt hat. Bis auf Weiteres dürfen nur unabweisbare Ausgaben geleistet werden.

            Wir bitten daher um Stundung der Forderung bis zum 31. Januar 2032. Die Forderung selbst ist unstrittig.

            Mit freundlichen Grüßen
            im Auftrag

            Stefan Weidinger
            Kämmerei – Gemeinde Altkirchen
        """,
        note="formal request for more time (Stundung) → payment_plan; the date is the end of the asked-for deferral, not a promise",
    ),
    Reply(
        key="pl-fr-quatre-fois",
        intent="payment_plan",
        lang="fr",
        sender=("Agnès Roubaud", "agnes.roubaud@gmail.com"),
        when="2031-10-25 10:20",
        client="iphone",
        amount="1240.00",
        text="""
            Bonjour, serait-il possible d'échelonner le paiement en 4 fois ? Je peux faire un premier virement de 310 € début novembre. Merci de me dire. Agnès Roubaud
        """,
        note="instalments; written on a Saturday",
    ),
    Reply(
        key="pl-fr-moitie-budget",
        intent="payment_plan",
        lang="fr",
        sender=("Nadia Benali", "gestion@lycee-hippolyte-vernier.example"),
        when="2031-11-13 14:05",
        client="outlook",
        charset="iso-8859-1",
        inv="ABA/0459",
        amount="1860.00",
        text="""
            Madame, Monsieur,

            Le budget 2031 de l'établissement ne nous permet de régler cette année que la moitié de la facture ABA/0459, soit 930,00 EUR, que nous mandaterons la semaine prochaine. Le solde sera réglé en janvier sur le budget 2032.

            Nous vous remercions de votre compréhension.

            Nadia Benali
            Gestionnaire
            Lycée Hippolyte Vernier
        """,
        refs=("ABA/0459",),
        note="half next week, the balance in January → payment_plan",
    ),
    Reply(
        key="pl-es-dos-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Mercedes Olalla", "archivo@diocesisvaldemora.example"),
        when="2031-10-23 13:50",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        amount="2400.00",
        text="""
            Estimados señores:

            Les escribo desde el Archivo Diocesano en relación con su recordatorio. Por motivos presupuestarios, ¿sería posible fraccionar el importe en dos plazos? Podríamos abonar 1.200 EUR ahora y los otros 1.200 EUR en la primera quincena de diciembre.

            Quedo a la espera de su respuesta.

            Atentamente,

            Mercedes Olalla
            Archivera - Archivo Diocesano de Valdemora
        """,
        note="two instalments proposed",
    ),
    Reply(
        key="pl-es-mala-racha",
        intent="payment_plan",
        lang="es",
        sender=("Sergio Navas", "sergionavas.libros@gmail.com"),
        when="2031-11-07 23:10",
        client="android",
        amount="450.00",
        text="""
            Hola, os soy sincero, estoy pasando una mala racha con el negocio y ahora mismo no llego. Necesitaría un par de meses más. No me olvido eh, pago seguro.
            Sergio
        """,
        note="hardship and more time → payment_plan; no date can be pinned",
    ),
    Reply(
        key="pl-nl-betalingsregeling",
        intent="payment_plan",
        lang="nl",
        sender=("Wouter Kamphuis", "w.kamphuis.boeken@gmail.com"),
        when="2031-10-29 12:30",
        client="gmail_plain",
        amount="1000.00",
        text="""
            Hoi,

            Ik heb het even niet breed. Kunnen we een betalingsregeling afspreken? Ik stel voor € 250 per maand, vier maanden lang, te beginnen op 1 november.

            Groet,
            Wouter
        """,
        note="monthly instalments",
    ),
    Reply(
        key="pl-it-dilazione-comune",
        intent="payment_plan",
        lang="it",
        sender=("Marisa Tondelli", "ragioneria@comune.roccalba.example"),
        when="2031-10-21 10:55",
        client="outlook",
        charset="iso-8859-1",
        amount="1890.00",
        text="""
            Spett.le Ditta,

            in riscontro al Vostro sollecito, si comunica che per esigenze di cassa l'Ente non è in grado di procedere al pagamento nei termini. Si chiede pertanto una dilazione di 60 giorni dalla data della presente.

            Distinti saluti

            Il Responsabile del Servizio Finanziario
            Rag. Marisa Tondelli
            Comune di Roccalba
        """,
        note="very formal request for more time",
    ),
    Reply(
        key="pl-it-meta-adesso",
        intent="payment_plan",
        lang="it",
        sender=("Ilaria Benvenuti", "ilaria.benvenuti@gmail.com"),
        when="2031-11-09 20:15",
        client="iphone",
        amount="520.00",
        text="""
            Buonasera, posso pagare metà adesso e il resto entro fine mese? Mi dite voi. Grazie
            Ilaria
        """,
        note="half now and half by the end of the month → payment_plan; the plan date is not labelled",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-po-then-pay",
        intent="invoice_request",
        lang="en",
        sender=("Karen Mottram", "accounts.payable@lydmoor-dc.example"),
        when="2031-10-22 09:40",
        client="outlook_html",
        headers=(SUPPRESS,),
        inv="ABA/0421",
        amount="1275.00",
        text="""
            Good morning,

            We can't process ABA/0421 as it doesn't quote a purchase order number, and our system rejects invoices without one. The PO for this work is 4500127733. Once you send a revised invoice quoting the PO we will pay it in the next run.

            Kind regards
            Karen Mottram
            Accounts Payable Team
            Lydmoor District Council
        """,
        refs=("ABA/0421",),
        note="conditional payment: 'once you send the PO we will pay' → invoice_request",
    ),
    Reply(
        key="ir-en-resend-spam",
        intent="invoice_request",
        lang="en",
        sender=("Nick Varley", "nickvarley77@gmail.com"),
        when="2031-11-02 12:10",
        client="iphone",
        amount="145.00",
        text="""
            Hi, can you resend the invoice? Don't think I ever got it, must have gone to spam. Will sort it as soon as I have it
        """,
        note="undated promise conditional on receiving the invoice; written on a Sunday",
    ),
    Reply(
        key="ir-en-verify-bank-details",
        intent="invoice_request",
        lang="en",
        sender=("Chloe Ferreira", "c.ferreira@marchbankhale.example"),
        when="2031-11-10 11:20",
        client="outlook",
        amount="2150.00",
        text="""
            Dear Sirs

            Before we can release payment we need to verify your bank details. Under our anti-fraud policy we cannot pay to account details received by email alone. Please send confirmation of your sort code and account number on company letterhead, signed by a director, and we will then call the number on our supplier file to confirm.

            Yours faithfully

            Chloe Ferreira
            Cashier
            Marchbank Hale LLP
        """,
        note="bank details must be verified before paying; nothing is contested",
    ),
    Reply(
        key="ir-de-bestellnummer",
        intent="invoice_request",
        lang="de",
        sender=("Jana Kowalczyk", "erwerbung-rechnungen@ub.uni-reutlach.example"),
        when="2031-10-24 09:25",
        client="outlook_html",
        charset="windows-1252",
        inv="ABA/0426",
        amount="3100.00",
        text="""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung ABA/0426 kann von unserer Haushaltsabteilung nicht bearbeitet werden, da die Bestellnummer fehlt. Bitte senden Sie uns die Rechnung erneut – mit der Bestellnummer UB-2031-0457 und an die Rechnungsanschrift der Universitätskasse.

            Nach Eingang der korrigierten Rechnung wird der Betrag umgehend angewiesen.

            Mit freundlichen Grüßen
            Jana Kowalczyk
            Erwerbung / Rechnungsbearbeitung
            Universitätsbibliothek Reutlach
        """,
        refs=("ABA/0426",),
        note="reissue with an order number before payment; amount not contested",
    ),
    Reply(
        key="ir-de-kopie-pdf",
        intent="invoice_request",
        lang="de",
        sender=("Reinhold Faßbender", "reinhold@fassbender-bibliophil.example"),
        when="2031-11-04 20:45",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        amount="265.00",
        text="""
            Guten Abend,

            ich finde Ihre Rechnung leider nirgends, weder in der Papierablage noch in meinem Postfach. Könnten Sie mir bitte eine Kopie als PDF schicken? Dann überweise ich umgehend.

            Mit besten Grüßen
            Reinhold Faßbender
        """,
        note="copy of the invoice; the payment is conditional on it",
    ),
    Reply(
        key="ir-fr-releve-de-compte",
        intent="invoice_request",
        lang="fr",
        sender=("Mathilde Perrier", "m.perrier@roussel-ferrand.example"),
        when="2031-10-31 11:00",
        client="outlook",
        amount="1115.00",
        text="""
            Bonjour,

            Nous avons plusieurs factures de votre société en cours de traitement et je n'arrive pas à faire le rapprochement. Pourriez-vous nous adresser un relevé de compte à jour, avec le détail des factures et des règlements reçus ?

            Merci par avance,

            Mathilde Perrier
            Assistante comptable
            Cabinet Roussel-Ferrand Avocats
        """,
        note="statement of account",
    ),
    Reply(
        key="ir-fr-rib-mairie",
        intent="invoice_request",
        lang="fr",
        sender=(
            "Mairie de Vallon-sur-Aure – Comptabilité",
            "comptabilite@mairie-vallon-aure.example",
        ),
        when="2031-11-06 14:40",
        client="html_only",
        amount="980.00",
        text="""
            Bonjour,

            Pour pouvoir mandater votre facture, notre comptable public a besoin de votre RIB (IBAN et BIC) sur un document à en-tête de votre société. Il ne figure pas sur la facture qui nous a été transmise.

            Dès réception, le mandat sera émis.

            Cordialement,

            Le service comptabilité
            Mairie de Vallon-sur-Aure
        """,
        note="bank details needed before payment; HTML-only message",
    ),
    Reply(
        key="ir-es-factura-a-nombre",
        intent="invoice_request",
        lang="es",
        sender=("Ainhoa Etxeberria", "ainhoa.etxeberria@fundacioniturralde.example"),
        when="2031-10-27 09:55",
        client="gmail",
        amount="640.00",
        text="""
            Hola:

            Para poder pagar la factura necesitamos que la emitáis a nombre de la Fundación Cultural Iturralde, con nuestro CIF G-20418873 y la dirección fiscal de la sede. La que nos habéis enviado está a mi nombre, y yo solo hice el encargo.

            En cuanto nos llegue corregida, la pasamos al pago.

            Gracias,
            Ainhoa
        """,
        note="reissue to the foundation before payment; amount not contested",
    ),
    Reply(
        key="ir-es-detalle-trabajos",
        intent="invoice_request",
        lang="es",
        sender=("Manolo Recio", "manolo.recio.bcn@gmail.com"),
        when="2031-11-14 08:15",
        client="iphone",
        amount="390.00",
        text="""
            Buenas, me podeis mandar el detalle de lo que se hizo? en la factura solo pone servicios de conservacion y no se a que corresponde cada cosa. gracias
        """,
        note="asks for the breakdown of the work: the collector answers with the invoice detail; no accents, no capitals",
    ),
    Reply(
        key="ir-nl-e-factuur",
        intent="invoice_request",
        lang="nl",
        sender=("Ruud Hermsen", "facturen@westerkamp.example"),
        when="2031-10-20 14:10",
        client="outlook_html",
        amount="1740.00",
        text="""
            Geachte heer, mevrouw,

            Uw factuur is als pdf per e-mail bij ons binnengekomen. Als overheidsorganisatie kunnen wij uitsluitend e-facturen verwerken (UBL via het Peppol-netwerk). Wij verzoeken u de factuur opnieuw in te dienen als e-factuur, met vermelding van ons inkoopordernummer 31-004412.

            Na ontvangst wordt de factuur binnen 30 dagen betaald.

            Met vriendelijke groet,

            Ruud Hermsen
            Team Financiële Administratie
            Gemeente Westerkamp
        """,
        note="the invoice must be resubmitted as an e-invoice before it can be paid",
    ),
    Reply(
        key="ir-nl-welke-opdracht",
        intent="invoice_request",
        lang="nl",
        sender=("Annelies Verbeek", "annelies@verbeek-genealogie.example"),
        when="2031-11-12 10:30",
        client="apple",
        inv="ABA/0463",
        amount="285.00",
        text="""
            Goedemorgen,

            Ik kan factuur ABA/0463 nergens terugvinden in mijn administratie. Kunt u mij een kopie sturen en erbij zetten om welke opdracht het gaat? Ik heb dit jaar twee keer iets bij u laten doen.

            Hartelijke groet,
            Annelies Verbeek
        """,
        refs=("ABA/0463",),
        note="copy and description of the job",
    ),
    Reply(
        key="ir-it-cig-determina",
        intent="invoice_request",
        lang="it",
        sender=("Stefano Lattanzi", "biblioteca@comune.borgoardenza.example"),
        when="2031-11-03 12:15",
        client="outlook_html",
        charset="iso-8859-1",
        amount="870.00",
        text="""
            Buongiorno,

            per poter liquidare la fattura abbiamo bisogno che venga riemessa riportando il CIG B2F41C7A09 e il riferimento alla determina di affidamento n. 214/2031. Senza questi dati l'ufficio ragioneria non può emettere il mandato.

            Restiamo in attesa della fattura corretta.

            Cordiali saluti
            Dott. Stefano Lattanzi
            Biblioteca civica - Comune di Borgo Ardenza
        """,
        note="public-procurement codes needed on a reissued invoice before payment",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-reception-practice-manager",
        intent="wrong_contact",
        lang="en",
        sender=("Bethany Cole", "reception@quillerandhart.example"),
        when="2031-10-20 09:50",
        client="outlook",
        headers=(("Cc", "Sandra Oyelaran <Sandra.Oyelaran@QuillerandHart.example>"),),
        amount="860.00",
        text="""
            Good morning,

            This address is our front desk and I'm afraid I don't deal with invoices. Please send anything to do with accounts to our practice manager, Sandra Oyelaran – Sandra.Oyelaran@QuillerandHart.example – and she will look into it. I've copied her in.

            Many thanks
            Bethany
            Reception | Quiller & Hart Solicitors
        """,
        fields={"new_contact": "sandra.oyelaran@quillerandhart.example"},
        note="address written in mixed case and copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-en-phishing-like-redirect",
        intent="wrong_contact",
        lang="en",
        sender=("Finance Office", "finance@harrowgatemuseumtrust.example"),
        when="2031-11-06 13:03",
        client="outlook_html",
        amount="1985.00",
        text="""
            Hello,

            Please be advised that with immediate effect our finance function has moved to a new system. All statements, reminders and remittance queries must now be sent ONLY to harrowgate.trust.accounts@gmail.com. Do not use this address or contact any other member of staff regarding this account, as these mailboxes are no longer monitored.

            Kindly confirm once your records have been updated.

            Regards,
            Finance Office
            Harrowgate Museum Trust
        """,
        fields={"new_contact": "harrowgate.trust.accounts@gmail.com"},
        note="redirect request with phishing hallmarks (free-mail address, urgency, 'contact nobody else'); labelled by what it asks, a person must verify before acting",
    ),
    Reply(
        key="wc-en-left-record-office",
        intent="wrong_contact",
        lang="en",
        sender=("Ruth Alder", "ruth.alder.home@gmail.com"),
        when="2031-10-31 20:20",
        client="gmail_plain",
        amount="430.00",
        text="""
            Hello,

            This has been forwarded to me from my old work account – I left the Eastmoor Record Office at the end of August. I've no idea whether it was paid, I'm afraid. The person to ask is the office manager, Colin Pryor: colin.pryor@eastmoor-ro.example

            Best,
            Ruth
        """,
        fields={"new_contact": "colin.pryor@eastmoor-ro.example"},
    ),
    Reply(
        key="wc-de-sekretariat-buchhaltung",
        intent="wrong_contact",
        lang="de",
        sender=("Petra Osterloh", "sekretariat@kanzlei-behrendt.example"),
        when="2031-10-28 11:30",
        client="outlook",
        charset="iso-8859-1",
        amount="1190.00",
        text="""
            Sehr geehrte Damen und Herren,

            für Rechnungen ist bei uns ausschließlich die Buchhaltung zuständig. Bitte richten Sie Ihre Nachricht an buchhaltung@kanzlei-behrendt.example; das Sekretariat kann Zahlungen weder prüfen noch freigeben.

            Mit freundlichen Grüßen
            Petra Osterloh
            Sekretariat
            Kanzlei Dr. Behrendt & Partner
        """,
        fields={"new_contact": "buchhaltung@kanzlei-behrendt.example"},
    ),
    Reply(
        key="wc-fr-plus-interlocutrice",
        intent="wrong_contact",
        lang="fr",
        sender=("Sophie Valadier", "sophie.valadier@musee-castelmoron.example"),
        when="2031-10-22 16:15",
        client="gmail",
        amount="1430.00",
        text="""
            Bonjour,

            Je ne suis plus la bonne interlocutrice pour ce dossier : depuis septembre, les factures du musée sont gérées par le service financier de la communauté de communes. Merci d'écrire directement à finances@cc-castelmoron.example en rappelant le numéro de facture.

            Bien à vous,
            Sophie Valadier
            Chargée des collections
        """,
        fields={"new_contact": "finances@cc-castelmoron.example"},
    ),
    Reply(
        key="wc-fr-erreur-adresse",
        intent="wrong_contact",
        lang="fr",
        sender=("Jean-Marc Pouget", "jm.pouget@gmail.com"),
        when="2031-11-13 08:20",
        client="iphone",
        amount="220.00",
        text="""
            Bonjour, vous devez faire erreur d'adresse, je n'ai jamais rien commandé chez vous et je ne connais pas cette société. Cordialement JM Pouget
        """,
        note="not a customer at all and no other address: wrong_contact without new_contact",
    ),
    Reply(
        key="wc-es-ya-no-llevo",
        intent="wrong_contact",
        lang="es",
        sender=("Carmen Villalba", "carmen.villalba@amigosdellibro-ribera.example"),
        when="2031-10-25 12:00",
        client="iphone",
        amount="360.00",
        text="""
            Hola, yo ya no llevo las cuentas de la asociación, ahora las lleva María José. Escribidle a tesoreria@amigosdellibro-ribera.example. Un saludo
        """,
        fields={"new_contact": "tesoreria@amigosdellibro-ribera.example"},
    ),
    Reply(
        key="wc-es-sala-de-consulta",
        intent="wrong_contact",
        lang="es",
        sender=(
            "Sala de consulta – Archivo Municipal",
            "sala.consulta@archivosoterrana.example",
        ),
        when="2031-11-04 10:45",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        amount="1720.00",
        text="""
            Buenos días:

            Esta dirección corresponde a la sala de consulta del Archivo y solo se utiliza para las citas de investigadores. Las facturas y sus reclamaciones deben dirigirse a la Intervención del Ayuntamiento: intervencion@soterrana.example.

            Atentamente,

            Sala de consulta
            Archivo Municipal de Soterraña
        """,
        fields={"new_contact": "intervencion@soterrana.example"},
    ),
    Reply(
        key="wc-nl-naar-administratie",
        intent="wrong_contact",
        lang="nl",
        sender=("Pieter Hoekstra", "p.hoekstra@hoekstra-notarissen.example"),
        when="2031-10-30 17:45",
        client="android",
        rlang="en",
        amount="540.00",
        text="""
            Dit moet naar onze administratie: administratie@hoekstra-notarissen.example. Ik zit de hele week bij cliënten.

            Pieter
        """,
        fields={"new_contact": "administratie@hoekstra-notarissen.example"},
        note="Dutch reply to an English reminder",
    ),
    Reply(
        key="wc-nl-scriba-kerkrentmeester",
        intent="wrong_contact",
        lang="nl",
        sender=("Floor van Rijswijk", "scriba@pg-ooltdorp.example"),
        when="2031-11-07 11:05",
        client="gmail",
        amount="615.00",
        text="""
            Goedemorgen,

            Ik ben scriba van de kerkenraad en ga niet over betalingen. Ik heb uw mail doorgestuurd naar onze kerkrentmeester, Henk Bosman. Wilt u voortaan rechtstreeks naar hem mailen: kerkrentmeester@pg-ooltdorp.example?

            Met vriendelijke groet,
            Floor van Rijswijk
            scriba, Protestantse Gemeente Ooltdorp
        """,
        fields={"new_contact": "kerkrentmeester@pg-ooltdorp.example"},
    ),
    Reply(
        key="wc-it-nuovo-economo",
        intent="wrong_contact",
        lang="it",
        sender=("Luigi Ceccarelli", "luigi.ceccarelli51@gmail.com"),
        when="2031-10-23 18:30",
        client="gmail_plain",
        amount="480.00",
        text="""
            Buonasera,
            da settembre non mi occupo più della contabilità della parrocchia. Il nuovo economo è il sig. Renato Falcioni, potete scrivergli a economato.santandrea@gmail.com
            Saluti
            Luigi Ceccarelli
        """,
        fields={"new_contact": "economato.santandrea@gmail.com"},
    ),
    Reply(
        key="wc-it-prestito-interbibliotecario",
        intent="wrong_contact",
        lang="it",
        sender=(
            "Servizio prestito interbibliotecario",
            "prestito.ill@bibliotecamarchesi.example",
        ),
        when="2031-11-10 12:40",
        client="outlook_html",
        charset="windows-1252",
        amount="1340.00",
        text="""
            Buongiorno,

            questa casella è dedicata esclusivamente al prestito interbibliotecario e non è collegata all'amministrazione. Non sappiamo a chi inoltrare la Vostra comunicazione: Vi consigliamo di verificare il contatto indicato nell'ordine.

            Cordiali saluti
            Servizio prestito interbibliotecario
            Biblioteca Marchesi
        """,
        note="wrong mailbox, no other address given",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-caps-pay-when-i-can",
        intent="unsubscribe",
        lang="en",
        sender=("Barry Lomas", "barrylomas.prints@gmail.com"),
        when="2031-10-26 00:40",
        client="iphone",
        amount="410.00",
        text="""
            I WILL PAY WHEN I CAN. STOP SENDING ME THESE EMAILS EVERY WEEK
        """,
        note="all caps; an undated promise plus a stop request: unsubscribe beats the promise",
    ),
    Reply(
        key="un-en-post-only-bursary",
        intent="unsubscribe",
        lang="en",
        sender=("The Bursary", "bursary@staldhelms.example"),
        when="2031-11-05 12:10",
        client="outlook_html",
        amount="730.00",
        text="""
            Dear Sir/Madam,

            Please note that the College does not accept invoices, statements or payment reminders by email. All such correspondence must be sent by post to The Bursar, St Aldhelm's College, Hurstwood. Emailed reminders will not be actioned.

            Yours faithfully

            The Bursary
            St Aldhelm's College
        """,
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-en-solicitors-now",
        intent="unsubscribe",
        lang="en",
        sender=("Vincent Drury", "vincent@drurycollection.example"),
        when="2031-11-12 09:15",
        client="apple",
        amount="4200.00",
        text="""
            Sir,

            This matter is now in the hands of my solicitors. Any further communication about the invoice or the condition of the atlas must go through them and not to me directly. Please do not email me again.

            V. Drury
        """,
        note="only through our solicitors (no address given) → unsubscribe, which also beats the implied dispute",
    ),
    Reply(
        key="un-de-verteiler",
        intent="unsubscribe",
        lang="de",
        sender=("Ingrid Schwalbach", "ingrid.schwalbach@gmail.com"),
        when="2031-10-27 14:00",
        client="gmail",
        amount="180.00",
        text="""
            Bitte streichen Sie mich aus Ihrem Verteiler. Diese Mails brauche ich nicht.

            I. Schwalbach
        """,
    ),
    Reply(
        key="un-de-nur-ueber-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Matthias Renner", "m.renner@antiquariat-renner.example"),
        when="2031-11-03 16:20",
        client="outlook",
        charset="windows-1252",
        amount="2760.00",
        text="""
            Sehr geehrte Damen und Herren,

            in der Angelegenheit Ihrer Rechnung haben wir Herrn Rechtsanwalt Dr. Siebeneicher mandatiert. Wir bitten Sie, von weiteren E-Mails an uns abzusehen und sich ausschließlich an die Kanzlei zu wenden.

            Mit freundlichen Grüßen
            Dr. Matthias Renner
            Antiquariat Renner
        """,
        note="only through the lawyer, without an address → unsubscribe",
    ),
    Reply(
        key="un-fr-courrier-postal",
        intent="unsubscribe",
        lang="fr",
        sender=("Odile Carrère", "odile.carrere@gmail.com"),
        when="2031-11-01 10:40",
        client="iphone",
        amount="150.00",
        text="""
            Bonjour, merci de ne plus m'écrire par mail, je ne consulte presque jamais cette boîte. Envoyez-moi un courrier à la maison comme avant. Odile Carrère
        """,
        note="post only → unsubscribe; written on a Saturday",
    ),
    Reply(
        key="un-es-no-mas-correos",
        intent="unsubscribe",
        lang="es",
        sender=("Alfonso Briones", "a.briones@brionesanticuario.example"),
        when="2031-10-24 19:55",
        client="android",
        rlang="en",
        amount="520.00",
        text="""
            Por favor, no me mandéis más correos con esto. Ya hablaré yo con Richard por teléfono cuando vuelva de viaje.
        """,
        note="Spanish reply to an English reminder; stop e-mailing, phone later",
    ),
    Reply(
        key="un-es-pagado-y-baja",
        intent="unsubscribe",
        lang="es",
        sender=("Pilar Centeno", "pilar.centeno@centenoasociados.example"),
        when="2031-11-10 17:30",
        client="gmail",
        amount="960.00",
        text="""
            Buenas tardes:

            Esta factura está pagada desde hace semanas, ya os mandé el justificante en su día. No quiero recibir más recordatorios automáticos; dadme de baja de estos envíos, por favor.

            Pilar Centeno
        """,
        note="payment claim plus a stop request: unsubscribe wins",
    ),
    Reply(
        key="un-nl-uitschrijven",
        intent="unsubscribe",
        lang="nl",
        sender=("Bram Veenstra", "bramveenstra@gmail.com"),
        when="2031-10-30 07:12",
        client="iphone",
        amount="195.00",
        text="""
            Uitschrijven
        """,
        note="one word",
    ),
    Reply(
        key="un-nl-alleen-per-post",
        intent="unsubscribe",
        lang="nl",
        sender=("E. Dijkhuis", "secretariaat@deoudeveste.example"),
        when="2031-11-11 15:50",
        client="outlook_html",
        amount="310.00",
        text="""
            Geachte heer, mevrouw,

            Het bestuur heeft besloten geen financiële correspondentie meer per e-mail te behandelen. Wij verzoeken u herinneringen en facturen voortaan uitsluitend per post te sturen naar ons postadres: Postbus 118, Oudeveste.

            Met vriendelijke groet,
            namens het bestuur,

            E. Dijkhuis, secretaris
            Historische Vereniging De Oude Veste
        """,
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Giovanna Serra", "giovanna.serra.ss@gmail.com"),
        when="2031-10-21 21:25",
        client="gmail",
        amount="240.00",
        text="""
            Cancellatemi dalla vostra lista, non voglio più ricevere queste email. Grazie
        """,
    ),
    Reply(
        key="un-it-telefono-o-lettera",
        intent="unsubscribe",
        lang="it",
        sender=("Alessandro Lombardi", "a.lombardi@galleria-lombardi.example"),
        when="2031-11-13 11:10",
        client="outlook",
        charset="iso-8859-1",
        amount="3380.00",
        text="""
            Egregi Signori,

            Vi prego di non inviare più solleciti a questo indirizzo di posta elettronica. Per qualsiasi comunicazione preferiamo essere contattati per telefono o per lettera.

            Distinti saluti
            Alessandro Lombardi
            Galleria Antiquaria Lombardi
        """,
        note="phone or letter only → unsubscribe",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-until-friday",
        intent="auto_reply",
        lang="en",
        sender=("Helen Gregory", "h.gregory@norbury-archives.example"),
        when="2031-10-27 09:20",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["en"] + "{s}",
        headers=(
            AUTO_REPLIED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "h.gregory@norbury-archives.example"),
        ),
        amount="820.00",
        text="""
            Thank you for your email. I am out of the office until Friday 31 October with limited access to email. For anything urgent please contact the archives team on 01632 960771.

            Helen Gregory
            Collections Manager, Norbury Archives
        """,
        fields={"return_date": "2031-10-31"},
        note="'until X' → X itself",
    ),
    Reply(
        key="ar-en-ticket-precedence-bulk",
        intent="auto_reply",
        lang="en",
        sender=("Finance Service Desk", "financehelp@brackenhurst.ac.example"),
        when="2031-11-04 09:11",
        client="notice",
        lag=0,
        threaded=False,
        subject="[FIN-208814] {s}",
        headers=(("Precedence", "bulk"),),
        amount="1560.00",
        text="""
            This is an automated response.

            Thank you for contacting the University Finance Service Desk. Your request has been logged with reference FIN-208814 and assigned to the Accounts Payable queue.

            We aim to respond to supplier queries within five working days. If you need to add information, reply to this message keeping the reference in the subject line.

            Finance Service Desk
            Brackenhurst University
        """,
        note="ticket-system acknowledgement with only 'Precedence: bulk'; no return date",
    ),
    Reply(
        key="ar-en-annual-leave-x-autoreply",
        intent="auto_reply",
        lang="en",
        sender=("Mark Ridley", "mark@ridleyfineprints.example"),
        when="2031-11-07 09:15",
        client="notice",
        lag=0,
        subject="Re: {s}",
        headers=(("X-Autoreply", "yes"),),
        amount="690.00",
        text="""
            Hi, I'm on annual leave and back in the office on Monday 10 November. Messages aren't being forwarded, so I'll reply when I'm back.

            Mark
        """,
        fields={"return_date": "2031-11-10"},
        note="only 'X-Autoreply: yes' marks it as automatic",
    ),
    Reply(
        key="ar-de-urlaub-ab-dem",
        intent="auto_reply",
        lang="de",
        sender=("Sabine Meiners", "s.meiners@kreisarchiv-hollenbeck.example"),
        when="2031-10-27 10:14",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["de"] + "{s}",
        headers=(AUTO_REPLIED,),
        amount="1120.00",
        text="""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis zum 31. Oktober im Urlaub und lese in dieser Zeit keine E-Mails. Ab dem 3. November bin ich wieder im Haus. Ihre Nachricht wird nicht weitergeleitet; in dringenden Fällen wenden Sie sich bitte an das Sekretariat des Kreisarchivs.

            Mit freundlichen Grüßen
            Sabine Meiners
        """,
        fields={"return_date": "2031-11-03"},
        note="the stated day back wins over 'bis zum 31. Oktober'",
    ),
    Reply(
        key="ar-de-eingangsbestaetigung",
        intent="auto_reply",
        lang="de",
        sender=(
            "Landratsamt Oberhausach – Zentrale Poststelle",
            "poststelle@landratsamt-oberhausach.example",
        ),
        when="2031-11-12 10:01",
        client="notice",
        lag=0,
        threaded=False,
        subject="Eingangsbestätigung: {s}",
        amount="2480.00",
        text="""
            Dies ist eine automatisch erzeugte Eingangsbestätigung.

            Ihre Nachricht ist bei der Zentralen Poststelle des Landratsamts eingegangen und wird an das zuständige Sachgebiet weitergeleitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

            Hinweis: Über diese Adresse können keine rechtsverbindlichen Erklärungen abgegeben werden.

            Landratsamt Oberhausach – Zentrale Poststelle
        """,
        note="receipt acknowledgement without any auto-reply header",
    ),
    Reply(
        key="ar-fr-conges-retour",
        intent="auto_reply",
        lang="fr",
        sender=("Claire Desmarais", "c.desmarais@archives-lerac.example"),
        when="2031-10-24 10:08",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["fr"] + "{s}",
        headers=(AUTO_REPLIED,),
        amount="560.00",
        text="""
            Bonjour,

            Je suis en congés jusqu'au vendredi 31 octobre inclus et serai de retour le lundi 3 novembre. Pendant mon absence, vos messages ne seront pas transférés.

            Cordialement,
            Claire Desmarais
        """,
        fields={"return_date": "2031-11-03"},
        note="the stated day back wins over 'jusqu'au ... inclus'",
    ),
    Reply(
        key="ar-fr-accuse-reception-mairie",
        intent="auto_reply",
        lang="fr",
        sender=(
            "Mairie de Plouvenec – Service Finances",
            "finances@mairie-plouvenec.example",
        ),
        when="2031-11-06 10:05",
        client="notice_html",
        lag=0,
        subject="Accusé de réception – {s}",
        headers=(("Auto-Submitted", "auto-generated"),),
        amount="1290.00",
        text="""
            Ceci est un message automatique.

            Votre courriel a bien été reçu par le service Finances de la mairie de Plouvenec. Il sera traité dans les meilleurs délais, par ordre d'arrivée.

            Merci de ne pas répondre à ce message.
        """,
        note="acknowledgement sent as HTML only",
    ),
    Reply(
        key="ar-es-hasta-el-4",
        intent="auto_reply",
        lang="es",
        sender=("Rocío Benavente", "rbenavente@bibliotecaortega.example"),
        when="2031-10-28 10:06",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["es"] + "{s}",
        headers=(AUTO_REPLIED,),
        amount="940.00",
        text="""
            Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de noviembre, sin acceso al correo. Para asuntos urgentes, pueden escribir a secretaria@bibliotecaortega.example.

            Rocío Benavente
        """,
        fields={"return_date": "2031-11-04"},
        note="'hasta X' → X itself; the colleague's address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-nl-tot-en-met",
        intent="auto_reply",
        lang="nl",
        sender=("Joost Mulder", "j.mulder@regioarchief-vechtstreek.example"),
        when="2031-10-21 10:07",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["nl"] + "{s}",
        headers=(AUTO_REPLIED,),
        amount="375.00",
        text="""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 24 oktober. Vanaf maandag 27 oktober ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Joost Mulder
        """,
        fields={"return_date": "2031-10-27"},
        note="the stated day back wins over 'tot en met'",
    ),
    Reply(
        key="ar-nl-parttime-collega",
        intent="auto_reply",
        lang="nl",
        sender=("Esther Bakker", "e.bakker@oudheidkamer-lemsterland.example"),
        when="2031-11-13 10:04",
        client="notice",
        lag=0,
        subject="Re: {s}",
        amount="265.00",
        text="""
            Bedankt voor uw bericht. Ik werk op maandag, dinsdag en woensdag en lees mijn mail alleen op die dagen. Voor financiële zaken kunt u ook terecht bij mijn collega Kees Dijkstra, k.dijkstra@oudheidkamer-lemsterland.example.

            Esther Bakker
        """,
        note="part-time auto-reply without any auto-reply header; working days cannot be pinned to one return date; the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-it-fino-a-compreso",
        intent="auto_reply",
        lang="it",
        sender=("Francesca Rinaldi", "f.rinaldi@archiviocolleverde.example"),
        when="2031-11-03 10:05",
        client="notice",
        lag=0,
        subject=OUTLOOK_AUTO["it"] + "{s}",
        headers=(AUTO_REPLIED,),
        amount="1710.00",
        text="""
            Grazie per il messaggio. Sarò assente dall'ufficio fino a venerdì 7 novembre compreso, con accesso limitato alla posta. Per urgenze potete contattare la segreteria dell'Archivio storico.

            Francesca Rinaldi
        """,
        fields={"return_date": "2031-11-07"},
        note="'fino a X compreso' → X itself, as for any 'until X'",
    ),
    Reply(
        key="ar-it-chiuso-inventario",
        intent="auto_reply",
        lang="it",
        sender=("Libreria Antiquaria Il Torchio", "info@libreriailtorchio.example"),
        when="2031-10-21 10:10",
        client="notice",
        lag=0,
        subject="Re: {s}",
        headers=(("Precedence", "junk"),),
        amount="415.00",
        text="""
            Gentile cliente,

            la libreria resta chiusa per inventario da lunedì 20 a venerdì 24 ottobre. Riapriamo lunedì 27 ottobre con il consueto orario. Le email ricevute in questi giorni saranno lette al nostro rientro.

            Libreria Antiquaria Il Torchio
        """,
        fields={"return_date": "2031-10-27"},
        note="shop closure notice with only 'Precedence: junk'; the reopening day is the return date",
    ),
]

OTHER = [
    Reply(
        key="ot-en-did-we-not-pay",
        intent="other",
        lang="en",
        sender=("Fiona McBride", "fiona@mcbrideandlowe.example"),
        when="2031-10-21 12:25",
        client="gmail_plain",
        amount="620.00",
        text="""
            Hi,

            Did we not pay this already? I'm sure Jim did a batch of supplier payments in September and you were on it. I'll check with him when he's back tomorrow.

            Fiona
        """,
        note="a question, neither a payment claim nor a request for documents; a person should check",
    ),
    Reply(
        key="ot-en-pass-to-bursar",
        intent="other",
        lang="en",
        sender=("Lauren Hext", "l.hext@kingsbridgeprep.example"),
        when="2031-11-10 13:35",
        client="iphone",
        amount="505.00",
        text="""
            Got it, thanks – I'll pass this to the bursar.
        """,
        note="acknowledgement; passing it on is not a new contact",
    ),
    Reply(
        key="ot-en-when-are-maps-ready",
        intent="other",
        lang="en",
        sender=("Imogen Sale", "imogen.sale@fenwicklibrary.example"),
        when="2031-11-04 16:55",
        client="outlook_html",
        amount="1480.00",
        text="""
            Hello,

            Thanks for this – I've passed it on to our finance team.

            Separate question really, but could you let me know when the second batch of estate maps will be ready? We were hoping to have them back for the exhibition install on 20 November and I need to book the van.

            Best wishes
            Imogen Sale
            Exhibitions Officer, Fenwick Library
        """,
        note="collection question in the reminder thread; nothing committed about the invoice",
    ),
    Reply(
        key="ot-de-bitte-anrufen",
        intent="other",
        lang="de",
        sender=("Jörg Hallermann", "joerg.hallermann@gmail.com"),
        when="2031-10-29 13:10",
        client="android",
        amount="330.00",
        text="""
            Rufen Sie mich bitte kurz an, am Telefon ist das schneller geklärt als per Mail. Bin heute ab 16 Uhr erreichbar.
            J. Hallermann
        """,
        note="asks for a call without saying what about",
    ),
    Reply(
        key="ot-de-lieferung-schuber",
        intent="other",
        lang="de",
        sender=("Dr. Birgit Ohlendorf", "b.ohlendorf@klostermuseum-hainrode.example"),
        when="2031-11-07 11:25",
        client="outlook_html",
        amount="1650.00",
        text="""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht, die ich an unsere Verwaltung weitergegeben habe.

            Eine Frage in anderer Sache: Die zweite Lieferung der Schuber für die Chorbücher war für Anfang November angekündigt, ist aber noch nicht eingetroffen. Können Sie mir sagen, wann wir damit rechnen können?

            Mit freundlichen Grüßen
            Dr. Birgit Ohlendorf
            Klostermuseum Hainrode
        """,
        note="delivery question about other work; passing the reminder on is not a new contact",
    ),
    Reply(
        key="ot-fr-bien-recu",
        intent="other",
        lang="fr",
        sender=("Nathalie Guérin", "nathalie.guerin.reliure@gmail.com"),
        when="2031-10-23 18:20",
        client="iphone",
        amount="175.00",
        text="""
            Bien reçu, merci.
        """,
        note="acknowledgement only",
    ),
    Reply(
        key="ot-fr-lien-expire",
        intent="other",
        lang="fr",
        sender=("Antoine Mercadier", "a.mercadier@bibliotheque-saintclair.example"),
        when="2031-11-12 15:05",
        client="gmail",
        cte="b64",
        amount="2340.00",
        text="""
            Bonjour,

            J'en profite pour vous signaler que le lien de téléchargement des fichiers numérisés (le lot des cartulaires) a expiré avant que nous ayons pu tout récupérer. Pourriez-vous le réactiver ou nous envoyer un nouveau lien ?

            Merci,
            Antoine Mercadier
            Bibliothèque Saint-Clair
        """,
        note="asks for the digitised files, not for a billing document",
    ),
    Reply(
        key="ot-es-es-real",
        intent="other",
        lang="es",
        sender=("Esperanza Lillo", "esperanza.lillo.v@gmail.com"),
        when="2031-10-20 19:05",
        client="gmail_plain",
        amount="210.00",
        text="""
            Perdone, ¿esto es un correo de verdad? No me suena haber encargado nada a una empresa inglesa y últimamente me llegan muchos correos falsos. Si es real, llámeme por favor.

            Esperanza Lillo
        """,
        note="suspicion, not a dispute or a wrong address; a person should call",
    ),
    Reply(
        key="ot-es-segundo-paquete",
        intent="other",
        lang="es",
        sender=("Iñigo Lasa", "ilasa@archivo-lasarte.example"),
        when="2031-11-05 12:40",
        client="thunderbird",
        amount="890.00",
        text="""
            Hola:

            Gracias por el aviso, lo paso a contabilidad. Por cierto, ¿os llegó el segundo paquete con los legajos? Lo enviamos por mensajería el día 28 y en el seguimiento aparece como entregado, pero nadie nos ha confirmado nada.

            Saludos,
            Iñigo
        """,
        note="shipment question; passing it to accounting is not a commitment",
    ),
    Reply(
        key="ot-nl-ontvangen",
        intent="other",
        lang="nl",
        sender=("Daan Hofstede", "daan.hofstede@gmail.com"),
        when="2031-10-26 09:45",
        client="iphone",
        amount="125.00",
        text="""
            Ontvangen, dank je.
        """,
        note="acknowledgement only",
    ),
    Reply(
        key="ot-nl-fusie-archief",
        intent="other",
        lang="nl",
        sender=("A. Kuipers", "info@streekarchief-noorderveld.example"),
        when="2031-11-04 14:20",
        client="html_only",
        amount="1830.00",
        text="""
            Geachte heer, mevrouw,

            Per 1 november is het Streekarchief Noorderveld opgegaan in het nieuwe Regionaal Archief Noord-Veen. Alle lopende verplichtingen en facturen worden door de nieuwe organisatie overgenomen. Wij brengen op dit moment de openstaande posten in kaart; u hoort zo spoedig mogelijk van ons.

            Met vriendelijke groet,

            A. Kuipers
            bedrijfsbureau
        """,
        note="merger notice: no new address, no commitment; HTML-only",
    ),
    Reply(
        key="ot-it-giro-ingegnere",
        intent="other",
        lang="it",
        sender=("Martina Cocco", "m.cocco@studiococcoarchitetti.example"),
        when="2031-10-30 09:50",
        client="apple",
        amount="760.00",
        text="""
            Ricevuto, grazie. Lo giro all'ingegnere che si occupa dei pagamenti dello studio e vi faccio sapere.

            Martina
        """,
        note="acknowledgement; passing it on is not a new contact or a promise",
    ),
]

REPLIES: list[Reply] = [
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
# Delivery reports: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`.

    `when` is the report's wall-clock time in `region`; `queued_hours` is how long the reminder
    had been on its way (0: a few minutes).
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    region: str
    rlang: str
    amount: str
    builder: str
    queued_hours: int = 0
    inv: str = ""
    note: str | None = None

    @property
    def sent(self) -> datetime:
        """The aware time of the report."""
        return local_time(self.when, self.region)

    @property
    def reminder_time(self) -> datetime:
        """When Ashdown's server sent the reminder (UK clock)."""
        gap = timedelta(hours=self.queued_hours) if self.queued_hours else timedelta(minutes=2)
        return in_region(self.sent - gap - timedelta(seconds=17), "uk")

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def postfix_queue_id(b: Bounce) -> str:
    """The Postfix queue id of the reminder on Ashdown's server."""
    return token(b.key, "queue", 10)


def reminder_message(b: Bounce) -> Message:
    """The reminder exactly as Ashdown's server sent it."""
    msg = text_part(reminder_body(b.rlang, b.inv, b.amount), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.reminder_time)
    msg["Message-ID"] = reminder_message_id(b.key)
    place_content_headers(msg)
    return msg


def reminder_header_text(b: Bounce, *, ours: bool) -> str:
    """The reminder's header block, as returned in text/rfc822-headers.

    `ours`: the report comes from Ashdown's own server, which returns the headers as it queued
    them; otherwise the recipient's server returns them with its own Received line.
    """
    if ours:
        received = (
            f"Received: from app01.{AR_DOMAIN} (app01.{AR_DOMAIN} [192.0.2.31])\n"
            f"\tby {AR_MTA} (Postfix) with ESMTPS id {postfix_queue_id(b)}\n"
            f"\tfor <{b.rcpt}>; {format_datetime(b.reminder_time)}\n"
        )
    else:
        received = (
            f"Received: from {AR_MTA} ({AR_MTA} [192.0.2.18])\n"
            f"\tby mx.{b.domain} with ESMTPS id {token(b.key, 'rcvd', 12)}\n"
            f"\tfor <{b.rcpt}>; {format_datetime(in_region(b.reminder_time, b.region))}\n"
        )
    lines = [f"{name}: {value}\n" for name, value in reminder_message(b).items()]
    return f"Return-Path: <{AR_ADDR}>\n" + received + "".join(lines)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464) for the one recipient."""
    arrival = format_datetime(in_region(b.reminder_time, b.region))
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {arrival}\n"
    recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        recipient.append(f"Remote-MTA: dns; {remote}")
    recipient.append(f"Diagnostic-Code: smtp; {diagnostic}")
    recipient.append(f"Last-Attempt-Date: {format_datetime(b.sent)}")
    if action == "delayed":
        recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(recipient) + "\n"]
    part.set_payload([message_from_bytes(text.encode("ascii")) for text in blocks])
    return part


def headers_part(b: Bounce, *, ours: bool = False) -> Message:
    """The returned headers as text/rfc822-headers."""
    part = Message()
    part["Content-Type"] = "text/rfc822-headers"
    part.set_payload(reminder_header_text(b, ours=ours))
    return part


def returned_message(b: Bounce) -> Message:
    """The whole reminder as message/rfc822."""
    return MIMEMessage(reminder_message(b))


def report(parts: Iterable[Message]) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix does."""
    part["Content-Description"] = description
    return part


def human_alternative(plain: str, charset: str = "utf-8") -> Message:
    """The readable part of an Exchange or Gmail report: plain and HTML."""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">'
        f"{html_paragraphs(plain)}</div></body></html>\n"
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, "qp"))
    outer.attach(text_part(markup, "html", "utf-8", "qp"))
    return outer


def finish_report(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    auto: bool = True,
    shape: str = "other",
) -> Message:
    """Envelope headers, deterministic boundaries."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = f"<{hex_token(b.key, 'report', 24)}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    place_content_headers(msg)
    drop_inner_versions(msg)
    if shape == "postfix":
        stamp = int(b.sent.timestamp())
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"{postfix_queue_id(b)}.{stamp}/{AR_MTA}")
    else:
        set_boundaries(msg, b.key, shape)
    return msg


def bounce_postfix(b: Bounce) -> Message:
    """Postfix on Ashdown's own server: RFC 3464 with the returned headers."""
    remote = f"mx.{b.domain}"
    human = block(f"""
        This is the mail system at host {AR_MTA}.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: host
            {remote}[203.0.113.25] said: 550 5.1.1
            <{b.rcpt}>: Recipient address rejected: User
            unknown in local recipient table (in reply to RCPT TO command)
    """)
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        described(text_part(human + "\n", "plain", "us-ascii", "7bit"), "Notification"),
        described(delivery_status(b, AR_MTA, "failed", diagnostic, remote), "Delivery report"),
        described(headers_part(b, ours=True), "Undelivered Message Headers"),
    ]
    sender = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
    return finish_report(
        b, report(parts), sender, "Undelivered Mail Returned to Sender", shape="postfix"
    )


def bounce_qmail(b: Bounce) -> Message:
    """A qmail smarthost at Ashdown's hosting company: plain, not MIME, no Auto-Submitted."""
    host = "smtp.greenhill-hosting.example"
    human = block(f"""
        Hi. This is the qmail-send program at {host}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, I couldn't find any host named {b.domain}. (#5.1.2)

        --- Below this line is a copy of the message.
    """)
    original = reminder_message(b).as_string()
    returned = f"Return-Path: <{AR_ADDR}>\nReceived: (qmail 48213 invoked from network); {format_datetime(b.reminder_time)}\n{original}"
    msg = Message()
    msg.set_payload(f"{human}\n\n{returned}")
    return finish_report(b, msg, f"MAILER-DAEMON@{host}", "failure notice", auto=False)


def bounce_exim_delay(b: Bounce) -> Message:
    """An Exim relay's 24-hour delay warning: plain text, not MIME."""
    relay = "mx.fastnet-relay.example"
    queue_id = (
        f"1w{token(b.key, 'exim', 4)}-000{token(b.key, 'exim2', 3)}-{token(b.key, 'exim3', 2)}"
    )
    human = block(f"""
        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on {relay}.

        The message identifier is:     {queue_id}
        The subject of the message is: {encode_header(b.subject, "utf-8").replace(chr(10), "")}
        The date of the message is:    {format_datetime(b.reminder_time)}

        The address to which the message has not yet been delivered is:

          {b.rcpt}
            host mail.{b.domain} [198.51.100.61]
            Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
            452 4.2.2 Mailbox full: {b.rcpt} has exceeded its storage allocation

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
    """)
    msg = Message()
    msg.set_payload(human + "\n")
    sender = f"Mail Delivery System <Mailer-Daemon@{relay}>"
    return finish_report(b, msg, sender, f"Warning: message {queue_id} delayed 24 hours")


def exchange_host(b: Bounce, region_code: str) -> str:
    """An Exchange Online server name."""
    return f"{region_code}2P{int(hex_token(b.key, 'exo', 3), 16) % 300:03d}MB{int(hex_token(b.key, 'exo2', 4), 16) % 9000 + 1000}.{region_code}P{int(hex_token(b.key, 'exo', 3), 16) % 300:03d}.PROD.OUTLOOK.COM"


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online of a German library: recipient not found, German text."""
    server = exchange_host(b, "FR")
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = block(f"""
        Ihre Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:

        {b.rcpt}
        Die E-Mail-Adresse, an die Sie die Nachricht senden wollten, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers, und senden Sie die Nachricht dann erneut. Falls das Problem weiterhin besteht, wenden Sie sich an Ihren E-Mail-Administrator.

        Diagnoseinformationen für Administratoren:

        Generierender Server: {server}

        {b.rcpt}
        Remote Server returned '{diagnostic}'
    """)
    parts = [
        human_alternative(human + "\n"),
        delivery_status(b, server.lower(), "failed", diagnostic),
        headers_part(b),
    ]
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_report(b, report(parts), sender, "Unzustellbar: " + b.subject, shape="outlook")


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German municipal network's backup MX: a delay notice in plain German."""
    until = in_region(b.sent + timedelta(days=3), "cet")
    sent = in_region(b.reminder_time, "cet")
    human = block(f"""
        Dies ist eine automatisch erstellte Benachrichtigung des Mailsystems von kommunalnetz.example.

        Ihre Nachricht an
          {b.rcpt}
        konnte seit mehr als 24 Stunden nicht zugestellt werden.

        Grund: Der Mailserver des Empfängers (mail.{b.domain}) ist nicht erreichbar.
        Status: 4.4.1 (Verbindung zum Zielserver fehlgeschlagen)

        Sie müssen nichts unternehmen. Das System versucht die Zustellung weiter bis {render("{dd}.{mo}.{y} um {HH}:{MM} Uhr", "de", until)}. Erst wenn die Nachricht bis dahin nicht zugestellt werden konnte, erhalten Sie eine endgültige Fehlermeldung.

        Betreff Ihrer Nachricht: {b.subject}
        Gesendet: {render("{dd}.{mo}.{y} {HH}:{MM}", "de", sent)}

        --
        Mailsystem kommunalnetz.example
    """)
    msg = text_part(human + "\n", "plain", "utf-8", "qp")
    sender = "Mail Delivery System <MAILER-DAEMON@mx-backup.kommunalnetz.example>"
    return finish_report(b, msg, sender, "Zustellung verzögert: " + b.subject)


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online of a diocesan archive: mailbox full, French text."""
    server = exchange_host(b, "PA")
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"
    human = block(f"""
        Échec de la remise à ces destinataires ou groupes :

        {b.rcpt}
        La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez d'envoyer votre message plus tard ou contactez directement le destinataire.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : {server}

        {b.rcpt}
        Remote Server returned '{diagnostic}'
    """)
    parts = [
        human_alternative(human + "\n"),
        delivery_status(b, server.lower(), "failed", diagnostic),
        returned_message(b),
    ]
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_report(b, report(parts), sender, "Non remis : " + b.subject, shape="outlook")


def bounce_provider_fr_policy(b: Bounce) -> Message:
    """A French hosting provider's notice in multipart/mixed: refused by policy."""
    human = block(f"""
        Bonjour,

        Ceci est un message automatique du service de messagerie.

        Votre message n'a pas pu être remis au destinataire suivant :

            {b.rcpt}

        Le serveur du destinataire a refusé le message pour une raison de sécurité. Réponse du serveur distant :
            550 5.7.1 Message rejeté : l'expéditeur ne figure pas dans la liste des correspondants autorisés

        Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera effectuée. Votre message d'origine est joint à cette notification.

        Le service messagerie
    """)
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(human + "\n", "plain", "utf-8", "qp"))
    outer.attach(returned_message(b))
    sender = "Service Messagerie <mailer-daemon@relais.messagerie-pro.example>"
    return finish_report(b, outer, sender, "Message non délivré : " + b.subject)


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's report in Spanish: address not found."""
    diagnostic = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
    human = block(f"""
        No se ha encontrado la dirección

        No se ha podido entregar tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.

        La respuesta del servidor remoto ha sido:
        {diagnostic}
    """)
    parts = [
        human_alternative(human + "\n"),
        delivery_status(b, "googlemail.com", "failed", diagnostic, "gmail-smtp-in.l.google.com"),
        returned_message(b),
    ]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish_report(
        b,
        report(parts),
        sender,
        "Delivery Status Notification (Failure)",
        shape="gmail",
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online delay notification in Spanish."""
    server = exchange_host(b, "DB")
    diagnostic = "400 4.4.7 Message delayed"
    human = block(f"""
        La entrega se ha retrasado a estos destinatarios o grupos:

        {b.rcpt}

        Asunto: {b.subject}

        Este mensaje aún no se ha entregado. Seguiremos intentándolo.

        El servidor intentará entregar este mensaje durante las próximas 20 horas. Se le notificará si no se puede entregar el mensaje durante ese tiempo.

        Información de diagnóstico para administradores:

        Servidor de generación: {server}
        {b.rcpt}
        Remote Server returned '{diagnostic}'
    """)
    parts = [
        human_alternative(human + "\n"),
        delivery_status(b, server.lower(), "delayed", diagnostic),
        headers_part(b),
    ]
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_report(b, report(parts), sender, "Retrasada: " + b.subject, shape="outlook")


def bounce_provider_nl_disabled(b: Bounce) -> Message:
    """A Dutch hosting provider: the mailbox has been closed; original headers inline."""
    reminder = reminder_message(b)
    human = block(f"""
        Dit is een automatisch bericht van de mailserver van zandhoek-hosting.example.

        Uw bericht kon niet worden afgeleverd bij:

          {b.rcpt}

        Reden: het postvak van deze ontvanger is opgeheven en neemt geen berichten meer aan.
        Foutcode: 550 5.2.1 Mailbox disabled, not accepting messages

        Dit is een permanente fout. Er worden geen nieuwe pogingen gedaan.

        --- Kopregels van het oorspronkelijke bericht ---
        Van: {AR_NAME} <{AR_ADDR}>
        Aan: {b.rcpt}
        Onderwerp: {b.subject}
        Datum: {reminder["Date"]}
        Message-ID: {reminder["Message-ID"]}
    """)
    msg = text_part(human + "\n", "plain", "utf-8", "qp")
    sender = "Mail Delivery System <mailer-daemon@mail.zandhoek-hosting.example>"
    return finish_report(b, msg, sender, "Onbestelbaar: " + b.subject)


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's notice, Latin-1 and 8bit: mailbox full, will retry."""
    sent = in_region(b.reminder_time, "cet")
    human = block(f"""
        Gentile utente,

        il messaggio che hai inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario è piena.

        Codice: 452 4.2.2 Casella piena / Mailbox full

        Il sistema ritenterà automaticamente la consegna per i prossimi 4 giorni. Se nel frattempo il destinatario libera spazio, il messaggio verrà consegnato senza che tu debba fare nulla.

        Oggetto: {latin1_text(b.subject)}
        Data: {render("{dd}/{mo}/{y} {HH}:{MM}", "it", sent)}

        --
        Servizio di posta elettronica MailServizi
    """)
    msg = text_part(human + "\n", "plain", "iso-8859-1", "8bit")
    sender = "Sistema di posta MailServizi <mailer-daemon@smtp.mailservizi.example>"
    return finish_report(b, msg, sender, "Avviso: messaggio non ancora consegnato")


def bounce_rfc3464_it(b: Bounce) -> Message:
    """An Italian seminary's own server: RFC 3464 with an Italian notification."""
    host = f"mx.{b.domain}"
    human = block(f"""
        Questo è il sistema di posta del server {host}.

        Siamo spiacenti di informarti che il tuo messaggio non è stato consegnato a uno o più destinatari. In allegato trovi le intestazioni del messaggio originale.

        <{b.rcpt}>: utente inesistente
            (550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown)

        Per assistenza scrivi a postmaster@{b.domain}, allegando questo rapporto.

                           Il sistema di posta
    """)
    diagnostic = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown"
    parts = [
        described(text_part(human + "\n", "plain", "utf-8", "qp"), "Notifica"),
        described(delivery_status(b, host, "failed", diagnostic), "Rapporto di consegna"),
        described(headers_part(b), "Intestazioni del messaggio non consegnato"),
    ]
    sender = f"MAILER-DAEMON@{host} (Sistema di consegna della posta)"
    return finish_report(b, report(parts), sender, "Messaggio non recapitato: " + b.subject)


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "exchange_de": bounce_exchange_de,
    "provider_de_delay": bounce_provider_de_delay,
    "exchange_fr_full": bounce_exchange_fr_full,
    "provider_fr_policy": bounce_provider_fr_policy,
    "gmail_es": bounce_gmail_es,
    "exchange_es_delay": bounce_exchange_es_delay,
    "provider_nl_disabled": bounce_provider_nl_disabled,
    "provider_it_full": bounce_provider_it_full,
    "rfc3464_it": bounce_rfc3464_it,
}

BOUNCES: list[Bounce] = [
    Bounce(
        key="bo-en-postfix-user-unknown",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="library.office@hatherden-abbey.example",
        when="2031-10-20 09:14",
        region="uk",
        rlang="en",
        amount="735.00",
        builder="postfix",
        note="Ashdown's own Postfix: RFC 3464 with text/rfc822-headers",
    ),
    Bounce(
        key="bo-en-qmail-domain-gone",
        lang="en",
        kind="hard",
        status="5.1.2",
        rcpt="clerk@wexcombe-pc.example",
        when="2031-10-29 09:20",
        region="uk",
        rlang="en",
        amount="298.00",
        builder="qmail",
        note="qmail notice, not MIME and without Auto-Submitted; the domain no longer exists",
    ),
    Bounce(
        key="bo-en-exim-delay-full",
        lang="en",
        kind="soft",
        status="4.2.2",
        rcpt="enquiries@bramleyhousebooks.example",
        when="2031-11-12 09:25",
        region="uk",
        rlang="en",
        amount="188.00",
        builder="exim_delay",
        queued_hours=24,
        note="Exim delay warning, plain text: mailbox full, still retrying",
    ),
    Bounce(
        key="bo-de-exchange-not-found",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungseingang@stadtbibliothek-grauenstein.example",
        when="2031-10-23 10:12",
        region="cet",
        rlang="de",
        amount="1475.00",
        builder="exchange_de",
        note="Exchange 'Unzustellbar', recipient not found",
    ),
    Bounce(
        key="bo-de-provider-delay",
        lang="de",
        kind="soft",
        status="4.4.1",
        rcpt="verwaltung@kirchengemeinde-stansgar-holm.example",
        when="2031-11-06 11:10",
        region="cet",
        rlang="de",
        amount="620.00",
        builder="provider_de_delay",
        queued_hours=25,
        note="German provider delay notice, plain text: server unreachable",
    ),
    Bounce(
        key="bo-fr-exchange-full",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="secretariat@archives-diocesaines-valrenne.example",
        when="2031-10-31 10:20",
        region="cet",
        rlang="fr",
        amount="905.00",
        builder="exchange_fr_full",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        key="bo-fr-provider-policy",
        lang="fr",
        kind="hard",
        status="5.7.1",
        rcpt="contact@librairie-ancienne-morvan.example",
        when="2031-11-04 10:06",
        region="cet",
        rlang="fr",
        amount="355.00",
        builder="provider_fr_policy",
        note="refused by the recipient's policy with a permanent code: hard; French provider notice in multipart/mixed",
    ),
    Bounce(
        key="bo-es-gmail-not-found",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="anticuariaolmedo@gmail.com",
        when="2031-10-22 10:15",
        region="cet",
        rlang="es",
        amount="480.00",
        builder="gmail_es",
        note="Gmail report in Spanish",
    ),
    Bounce(
        key="bo-es-exchange-delay",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="tesoreria@cofradiasantacruz-almena.example",
        when="2031-11-10 16:12",
        region="cet",
        rlang="es",
        amount="1015.00",
        builder="exchange_es_delay",
        queued_hours=6,
        note="Exchange 'Retrasada' delay notification",
    ),
    Bounce(
        key="bo-nl-provider-disabled",
        lang="nl",
        kind="hard",
        status="5.2.1",
        rcpt="penningmeester@okk-de-zandhoek.example",
        when="2031-11-13 10:05",
        region="cet",
        rlang="nl",
        amount="245.00",
        builder="provider_nl_disabled",
        note="mailbox closed for good: hard; single-part Dutch notice with the original headers inline",
    ),
    Bounce(
        key="bo-it-provider-full",
        lang="it",
        kind="soft",
        status="4.2.2",
        rcpt="amministrazione@misericordia-poggiobello.example",
        when="2031-10-27 14:08",
        region="cet",
        rlang="it",
        amount="560.00",
        builder="provider_it_full",
        queued_hours=4,
        note="Italian provider notice, Latin-1 8bit: mailbox full, retrying",
    ),
    Bounce(
        key="bo-it-rfc3464-unknown",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="biblioteca@seminariovescovile-ardena.example",
        when="2031-11-07 10:30",
        region="cet",
        rlang="it",
        amount="1390.00",
        builder="rfc3464_it",
        note="RFC 3464 report with an Italian notification and text/rfc822-headers",
    ),
]


# --------------------------------------------------------------------------------------------
# Invoice numbers, labels, checks and output
# --------------------------------------------------------------------------------------------

INVOICE_RE = re.compile(r"ABA/\d{4}")
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
INVOICE_POOL = range(400, 561)


def with_invoice_numbers(
    replies: list[Reply], bounces: list[Bounce]
) -> tuple[list[Reply], list[Bounce]]:
    """Give every reminder without a hand-picked invoice number an unused one.

    Free numbers go out in a key-hash order, so that a number says nothing about the label.
    """
    written = " ".join(r.text + r.subject for r in replies)
    taken = set(INVOICE_RE.findall(written))
    taken |= {r.inv for r in replies if r.inv} | {b.inv for b in bounces if b.inv}
    taken |= {ref for r in replies for ref in r.refs}
    free = [f"ABA/{n:04d}" for n in INVOICE_POOL if f"ABA/{n:04d}" not in taken]
    needy = sorted(
        [r.key for r in replies if not r.inv] + [b.key for b in bounces if not b.inv],
        key=lambda key: digest(key, "invoice"),
    )
    if len(needy) > len(free):
        raise SystemExit("not enough free invoice numbers")
    chosen = dict(zip(needy, free, strict=False))
    return (
        [replace(r, inv=chosen.get(r.key, r.inv)) for r in replies],
        [replace(b, inv=chosen.get(b.key, b.inv)) for b in bounces],
    )


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message (without the file name)."""
    unknown = set(r.fields) - set(FIELD_KEYS)
    if unknown:
        raise SystemExit(f"{r.key}: unknown label fields {sorted(unknown)}")
    label: dict[str, object] = {"intent": r.intent}
    label.update({name: r.fields.get(name) for name in FIELD_KEYS})
    label.update(invoice_refs=list(r.refs), language=r.lang, note=r.note)
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report (without the file name)."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One corpus message ready to write."""

    key: str
    message: Message
    label: dict[str, object]
    local_day: date
    written: str


def all_items() -> list[Item]:
    """Every message, built, in file order (a seeded hash of the key)."""
    replies, bounces = with_invoice_numbers(REPLIES, BOUNCES)
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.sent.date(),
            r.body + "\n" + r.subject,
        )
        for r in replies
    ]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.builder](b), bounce_label(b), b.sent.date(), "")
        for b in bounces
    ]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    for r in replies:
        reminder_day = in_region(reminder_sent(r), "uk").date()
        if issue_date(r.inv) + timedelta(days=30) >= reminder_day:
            raise SystemExit(f"{r.key}: {r.inv} is not overdue when the reminder goes out")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


def check_label(item: Item) -> list[str]:
    """Problems with the shape or content of one label."""
    label, problems = item.label, []
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    filled = {name for name in FIELD_KEYS if label[name] is not None}
    if filled - allowed:
        problems.append(f"fields not allowed for {intent}: {sorted(filled - allowed)}")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.fullmatch(str(label["amount"])):
        problems.append("amount is not a plain decimal")
    if label["currency"] not in {None, "GBP", "EUR"}:
        problems.append("unexpected currency")
    for name, relation in (("paid_date", -1), ("promised_date", 1), ("return_date", 1)):
        value = label[name]
        if value is None:
            continue
        if not ISO_DATE_RE.fullmatch(str(value)):
            problems.append(f"{name} is not ISO")
            continue
        gap = (date.fromisoformat(str(value)) - item.local_day).days
        if gap * relation < 0:
            problems.append(f"{name} {value} is on the wrong side of the message date")
    refs = cast("list[str]", label["invoice_refs"])
    for ref in refs:
        if not INVOICE_RE.fullmatch(ref) or ref[4:] not in item.written:
            problems.append(f"invoice ref {ref} is malformed or not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in item.written.lower()
    ):
        problems.append("new_contact must be lower case and written in the message")
    if intent == "bounce" and not all(
        label[name] for name in ("bounce_kind", "failed_recipient", "bounce_status")
    ):
        problems.append("bounce fields missing")
    if not FIRST_DAY <= item.local_day <= LAST_DAY:
        problems.append(f"dated {item.local_day}, outside the corpus range")
    return problems


def check_counts(labels: list[dict[str, object]]) -> None:
    """The corpus has 12 messages per intent and the planned number per language."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != 12 for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"wrong counts: {dict(intents)} {dict(langs)}")
    if any(not 1 <= cells[i, lang] <= 3 for i in INTENTS for lang in LANGS):
        raise SystemExit("an intent is missing from a language or crowds it")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds["hard"] < 3 or kinds["soft"] < 3:
        raise SystemExit("bounces need both hard and soft kinds")


def header_defects(part: Message) -> list[str]:
    """Defects recorded on the parsed headers of one part."""
    found = []
    for name, value in part.items():
        for defect in cast("Iterable[object]", getattr(value, "defects", ())):
            found.append(f"{name}: {defect!r}")
    return found


def parse_back(name: str, data: bytes) -> list[str]:
    """Parse a written file with the modern policy and report anything odd."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = []
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    for part in msg.walk():
        problems += [repr(defect) for defect in part.defects]
        problems += header_defects(part)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} does not decode cleanly")
    str(msg["Subject"])
    return [f"{name}: {problem}" for problem in problems]


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
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(messages: list[Message]) -> str:
    """A short summary of MIME structures, charsets, encodings and marker headers."""
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    markers: Counter[str] = Counter()
    for msg in messages:
        tops[msg.get_content_type()] += 1
        seen_cs = {str(p.get_content_charset()) for p in msg.walk() if p.get_content_charset()}
        seen_te = {
            str(p["Content-Transfer-Encoding"])
            for p in msg.walk()
            if p["Content-Transfer-Encoding"]
        }
        charsets.update(seen_cs)
        encodings.update(seen_te)
        raw_headers = " ".join(str(v) for v in msg.values())
        for name in (
            "Auto-Submitted",
            "X-Autoreply",
            "Precedence",
            "X-Auto-Response-Suppress",
            "In-Reply-To",
        ):
            if msg[name] is not None:
                markers[name] += 1
        if "=?" in raw_headers:
            markers["RFC 2047 encoded words"] += 1
    lines = [
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages using): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages using): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(markers.items())),
    ]
    return "\n".join(lines)


def write_corpus() -> tuple[list[dict[str, object]], list[Message]]:
    """Build, write and check every file; return the labels and the messages."""
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    problems: list[str] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        problems += parse_back(name, data)
        problems += [f"{name} ({item.key}): {p}" for p in check_label(item)]
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    for label in labels:
        if tuple(label) != LABEL_KEYS:
            problems.append(f"{label['file']}: label keys out of order")
    if problems:
        raise SystemExit("\n".join(problems))
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, [item.message for item in items]


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    labels, messages = write_corpus()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    print(coverage(messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
