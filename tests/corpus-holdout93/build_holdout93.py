# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# The hand-written text keeps one paragraph per source line, as mail clients send it, with the
# dashes, quotes and currency signs people actually type.
"""Build held-out reply corpus 93: `h93-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Tidewater Marine Services after one of its
overdue-invoice reminders went out. The new text of each message (replies, auto-replies, payment
advices and the human-readable part of each delivery report) is written by hand below. The script
adds only what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings.

Run it from anywhere; it rewrites the corpus next to itself, deterministically, parses every file
back, checks the labels and prints the count table.
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
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20280313
PREFIX = "h93"
AR_NAME = "Tidewater Marine Accounts"
AR_ADDR = "invoices@tidewater-marine.example"
AR_DOMAIN = "tidewater-marine.example"
FIRST_DAY = date(2028, 3, 13)
LAST_DAY = date(2028, 4, 7)

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
PER_INTENT = 12
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
LABEL_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
# The only label fields each intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}


# --------------------------------------------------------------------------------------------
# Time zones: the United Kingdom and central Europe, with the EU/UK daylight-saving rule
# --------------------------------------------------------------------------------------------

ZONES = {
    "uk": (timedelta(hours=0), timedelta(hours=1)),
    "ce": (timedelta(hours=1), timedelta(hours=2)),
}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (summer time starts and ends on one, at 01:00 UTC)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def in_summer_time(utc: datetime) -> bool:
    """Whether a naive UTC time falls in EU/UK summer time."""
    start = datetime.combine(last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return start <= utc < end


def localize(zone: str, stamp: str) -> datetime:
    """'YYYY-MM-DD HH:MM' wall-clock time in `zone` as an aware datetime with the right offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    std, dst = ZONES[zone]
    valid = [off for off in (dst, std) if in_summer_time(local - off) == (off == dst)]
    if not valid:
        raise ValueError(f"{stamp} does not exist in zone {zone} (clocks go forward)")
    return local.replace(tzinfo=timezone(valid[0]))


def to_zone(moment: datetime, zone: str) -> datetime:
    """The same instant on the wall clock of `zone`."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    std, dst = ZONES[zone]
    offset = dst if in_summer_time(utc) else std
    return (utc + offset).replace(tzinfo=timezone(offset))


# --------------------------------------------------------------------------------------------
# Locale tables for the clients' attribution lines and headers
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {mona} {y} um {HH}:{MI} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MI}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MI} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MI} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MI}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{MI}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MI}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mm}/{y} {HH}:{MI}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MI}, {name} a écrit :",
    "es": "El {d}/{m}/{y} a las {H}:{MI}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MI} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MI}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {mon} {y} {HH}:{MI}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MI}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MI}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MI}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MI}",
    "it": "{wd} {d} {mon} {y} {HH}:{MI}",
}
# divider of the plain-text Outlook reply, then the labels From, Sent, To, Subject and the separator
OUTLOOK_HEAD = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
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


def stamp_fields(lang: str, moment: datetime) -> dict[str, str]:
    """Pieces of a date as each client prints them."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MI": f"{moment.minute:02d}",
    }


def stamp(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a client date template for `lang`."""
    return template.format(**stamp_fields(lang, moment), **extra)


# --------------------------------------------------------------------------------------------
# The reminder that dunmail sent (quoted by replies, returned inside delivery reports)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Tidewater Marine Services",
    "de": "Zahlungserinnerung {inv} – Tidewater Marine Services",
    "fr": "Relance facture {inv} – Tidewater Marine Services",
    "es": "Factura vencida {inv} – Tidewater Marine Services",
    "nl": "Herinnering factuur {inv} – Tidewater Marine Services",
    "it": "Sollecito fattura {inv} – Tidewater Marine Services",
}
REMINDER_BODY = {
    "en": """Hello,

Our records show that the invoice below is past its due date and still unpaid.

Customer account  {acct}
Invoice           {inv}
Invoice date      {issued}
Due date          {due}
Outstanding       {amount}

Please pay by bank transfer to Tidewater Marine Services Ltd, sort code 40-12-76, account 31926819, quoting the invoice number. If you have paid in the last few days, thank you – just let us know the date so that we can match the payment.

If anything on the invoice looks wrong, reply to this email and we will look into it.

Kind regards

Accounts Team
Tidewater Marine Services Ltd
Riverside Boatyard, Hamble
01632 960418""",
    "de": """Guten Tag,

nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht bezahlt.

Kundenkonto      {acct}
Rechnung         {inv}
Rechnungsdatum   {issued}
Fällig am        {due}
Offener Betrag   {amount}

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto IBAN GB47 TIDM 4012 7631 9268 19. Haben Sie in den letzten Tagen bereits gezahlt, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum.

Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Buchhaltung
Tidewater Marine Services Ltd""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture ci-dessous est échue et n'a pas encore été réglée.

Compte client     {acct}
Facture           {inv}
Date de facture   {issued}
Échéance          {due}
Reste dû          {amount}

Merci d'effectuer le virement sur notre compte IBAN GB47 TIDM 4012 7631 9268 19 en rappelant le numéro de facture. Si vous avez réglé ces derniers jours, merci de nous indiquer la date du paiement afin que nous puissions le rapprocher.

Si un élément de la facture vous semble inexact, répondez simplement à ce message.

Cordialement,

Service comptabilité
Tidewater Marine Services Ltd""",
    "es": """Buenos días:

Según nuestros registros, la factura que figura abajo ha vencido y sigue pendiente de pago.

Cuenta de cliente   {acct}
Factura             {inv}
Fecha de factura    {issued}
Vencimiento         {due}
Importe pendiente   {amount}

Le rogamos que realice una transferencia a nuestra cuenta IBAN GB47 TIDM 4012 7631 9268 19 indicando el número de factura. Si ya ha pagado en los últimos días, gracias; indíquenos la fecha del pago para que podamos conciliarlo.

Si algo de la factura no le parece correcto, conteste a este correo y lo revisaremos.

Un saludo,

Departamento de Administración
Tidewater Marine Services Ltd""",
    "nl": """Goedendag,

Volgens onze administratie is de onderstaande factuur vervallen en nog niet betaald.

Klantnummer     {acct}
Factuur         {inv}
Factuurdatum    {issued}
Vervaldatum     {due}
Openstaand      {amount}

Wilt u het bedrag overmaken naar IBAN GB47 TIDM 4012 7631 9268 19 onder vermelding van het factuurnummer? Heeft u de afgelopen dagen al betaald, dan danken wij u en horen wij graag de betaaldatum.

Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Tidewater Marine Services Ltd""",
    "it": """Buongiorno,

dai nostri archivi la fattura indicata qui sotto risulta scaduta e non ancora saldata.

Codice cliente     {acct}
Fattura            {inv}
Data fattura       {issued}
Scadenza           {due}
Importo dovuto     {amount}

Vi chiediamo di effettuare il bonifico sul nostro conto IBAN GB47 TIDM 4012 7631 9268 19 indicando il numero della fattura. Se avete pagato negli ultimi giorni, vi ringraziamo e vi chiediamo di comunicarci la data del pagamento.

Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.

Cordiali saluti,

Ufficio amministrazione
Tidewater Marine Services Ltd""",
}
DATE_STYLE = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
# What a Latin-1 client does to characters it cannot encode when it quotes the reminder.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(lang: str, amount: str) -> str:
    """An amount ('1946.00') printed the way the reminder prints it in `lang`."""
    plain = f"{Decimal(amount):,.2f}"
    if lang == "en":
        return f"£{plain}"
    units, cents = plain.split(".")
    grouped = units.replace(",", "\u00a0" if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents}\u00a0€" if lang == "fr" else f"{grouped},{cents} €"


def latin1_safe(text: str) -> str:
    """Replace the characters a Latin-1 client cannot send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted per use."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """A stable base32 token derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def account_number(key: str) -> str:
    """The customer account number printed on the reminder."""
    return f"C{int.from_bytes(digest(key, 'account')[:4], 'big') % 9000 + 1000:04d}"


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder (replies point at it)."""
    return f"<dunmail.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_sent(key: str, reply_local: datetime, days_before: int) -> datetime:
    """dunmail sends reminders on working days, a little after half past eight UK time."""
    day = reply_local.date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 30 + digest(key, "minute")[0] % 12
    return localize("uk", f"{day.isoformat()} 08:{minute:02d}")


@dataclass(frozen=True)
class Reminder:
    """One reminder as dunmail sent it."""

    key: str
    lang: str
    inv: str
    amount: str
    sent: datetime
    to: str

    @property
    def subject(self) -> str:
        """The reminder subject in its language."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """The reminder body; due 14 days before it was sent, issued 30 days before that."""
        due = self.sent.date() - timedelta(days=14)
        issued = due - timedelta(days=30)
        fmt = DATE_STYLE[self.lang]
        return REMINDER_BODY[self.lang].format(
            acct=account_number(self.key),
            inv=self.inv,
            issued=fmt.format(dd=f"{issued.day:02d}", mm=f"{issued.month:02d}", y=issued.year),
            due=fmt.format(dd=f"{due.day:02d}", mm=f"{due.month:02d}", y=due.year),
            amount=money(self.lang, self.amount),
        )

    def message(self) -> Message:
        """The reminder as it left dunmail."""
        msg = text_part(self.text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.to
        msg["Subject"] = encoded_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        mime_headers_last(msg)
        return msg


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

BODY_ENCODING = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None, "7bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would pick."""
    text.encode(charset)  # fails loudly when the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    chosen.body_encoding = BODY_ENCODING[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """A multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """An address header value, with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Clients write MIME-Version and the content headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (or a returned message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "000000000000" + digest(key, f"b{n}").hex()[:16],
    "apple": lambda key, n: "Apple-Mail=_" + uuid_text(key, f"b{n}"),
    "iphone": lambda key, n: "Apple-Mail-" + uuid_text(key, f"b{n}"),
    "outlook": lambda key, n: f"_00{n}_{token(key, f'b{n}', 32)}_",
    "other": lambda key, n: f"----=_Part_{n}_{token(key, f'b{n}', 20)}",
}


def uuid_text(key: str, salt: str) -> str:
    """A stable UUID-shaped string (Apple clients use these)."""
    raw = digest(key, salt).hex().upper()
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:32]}"


def finish(msg: Message, key: str, family: str) -> Message:
    """Fixed, client-shaped boundaries and the usual header order."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    shape = BOUNDARY_STYLE.get(family, BOUNDARY_STYLE["other"])
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(shape(key, n))
    return msg


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def t(text: str) -> str:
    """Hand-written text from an indented triple-quoted string."""
    return textwrap.dedent(text).strip("\n")


def quoted(text: str) -> str:
    """Quote text with '> ' the way most clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quoted lines keep their '>' marks."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content[1:] if content.startswith(" ") else content
            prefix = ">" * depth + (" " if content else "")
        else:
            prefix = ""
            if content.startswith((" ", "From ", ">")):
                content = " " + content
        if content == "-- ":
            out.append(prefix + content)
            continue
        content = content.rstrip(" ")
        while len(prefix) + len(content) > width:
            room = width - len(prefix)
            cut = content.rfind(" ", 0, room)
            if cut <= 0:
                cut = content.find(" ", room)
                if cut <= 0:
                    break
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
        out.append(prefix + content)
    return "\n".join(out)


def html_text(text: str) -> str:
    """Escape text for HTML, keeping line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Escape text for HTML, one <p> per paragraph."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Body text the way Word writes it: one MsoNormal paragraph per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# Hand-written replies and notices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message that answers (or reacts to) a reminder, with its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Mapping[str, object]
    inv: str
    amount: str
    charset: str = "utf-8"
    cte: str = "qp"
    zone: str = ""
    subject: str = ""
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    thread: bool = True
    days_before: int = 1

    @property
    def tz(self) -> str:
        """The sender's zone: UK for English unless stated, central Europe otherwise."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def date(self) -> datetime:
        """The Date: of the message, with the offset in force on that day."""
        return localize(self.tz, self.when)

    def reminder(self) -> Reminder:
        """The reminder this message answers."""
        to = (
            formataddr(self.sender)
            if self.sender[0].isascii()
            else f"{self.sender[0]} <{self.sender[1]}>"
        )
        sent = reminder_sent(self.key, self.date, self.days_before)
        return Reminder(self.key, self.lang, self.inv, self.amount, sent, to)

    def fill(self, text: str) -> str:
        """Notices repeat the subject they answer: '{sub}' stands for it."""
        subject = self.reminder().subject
        if self.charset == "iso-8859-1":
            subject = latin1_safe(subject)
        return text.replace("{sub}", subject)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class View:
    """The reminder as the replying client shows it: in the sender's time zone and charset."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def view_of(r: Reply) -> View:
    """How the replying client shows the reminder it quotes."""
    rem = r.reminder()
    text, subject, to = rem.text, rem.subject, rem.to
    if r.charset == "iso-8859-1":
        text, subject, to = latin1_safe(text), latin1_safe(subject), latin1_safe(to)
    return View(text, subject, to_zone(rem.sent, r.tz), r.lang, to)


def outlook_rows(v: View) -> list[tuple[str, str]]:
    """The header block Outlook puts above the quoted message."""
    _, frm, sent, to, subj, _ = OUTLOOK_HEAD[v.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, stamp(OUTLOOK_SENT[v.lang], v.lang, v.sent)),
        (to, v.to),
        (subj, v.subject),
    ]


def outlook_block(v: View) -> str:
    """The Outlook header block as plain text."""
    sep = OUTLOOK_HEAD[v.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(v))


def word_document(r: Reply, v: View) -> str:
    """Outlook's HTML: Word markup, the reply, the divider div with the header block, the reminder."""
    sep = OUTLOOK_HEAD[v.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(v)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(v.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, v: View) -> Message:
    """Outlook desktop, plain text, with the localised Original Message divider."""
    divider = OUTLOOK_HEAD[v.lang][0]
    text = f"{r.body}\n\n{divider}\n{outlook_block(v)}\n\n{v.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, v: View) -> Message:
    """Outlook desktop, HTML with its plain-text alternative."""
    text = f"{r.body}\n\n{outlook_block(v)}\n\n{v.text}\n"
    return alternative(text, word_document(r, v), r.charset, r.cte)


def client_html_only(r: Reply, v: View) -> Message:
    """Outlook desktop sending HTML only."""
    return text_part(word_document(r, v), "html", r.charset, r.cte)


def client_android(r: Reply, v: View) -> Message:
    """Outlook for Android: plain text in base64 with its localised signature."""
    sig = f"{ANDROID_SIGNATURE[v.lang]}<https://aka.ms/AAb9ysg>"
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(v)}\n\n{v.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(v: View) -> str:
    """Gmail's localised attribution line."""
    return stamp(GMAIL_ATTR[v.lang], v.lang, v.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, v: View) -> Message:
    """Gmail's multipart/alternative reply with a gmail_quote block."""
    attr = gmail_attribution(v)
    text = f"{r.body}\n\n{attr}\n\n{quoted(v.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(v.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def client_gmail_plain(r: Reply, v: View) -> Message:
    """Gmail in plain-text mode, quoting with >."""
    text = f"{r.body}\n\n{gmail_attribution(v)}\n\n{quoted(v.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(v: View) -> str:
    """Apple Mail's localised attribution line."""
    return stamp(APPLE_ATTR[v.lang], v.lang, v.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(v)}\n\n{quoted(v.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_apple_html(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    attr = apple_attribution(v)
    text = f"{r.body}\n\n{attr}\n\n{quoted(v.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_text(r.body)}"
        '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        f'<div>{html.escape(attr)}</div><br class="Apple-interchange-newline"><div><div>{html_paragraphs(v.text)}</div></div>'
        "</blockquote></div><br></body></html>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def client_iphone(r: Reply, v: View) -> Message:
    """iPhone Mail: localised signature, then the whole thread quoted."""
    thread = quoted(f"{apple_attribution(v)}\n\n{v.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[v.lang]}\n\n{thread}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, v: View) -> Message:
    """Thunderbird: format=flowed plain text."""
    attr = stamp(THUNDERBIRD_ATTR[v.lang], v.lang, v.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quoted(v.text)}") + "\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, v: View) -> Message:
    """An automatic notice in plain text that quotes nothing."""
    del v  # notices quote nothing
    return text_part(r.fill(r.body) + "\n", "plain", r.charset, r.cte)


def notice_markup(text: str, charset: str) -> str:
    """The HTML side of an automatic notice."""
    blocks = []
    for para in text.split("\n\n"):
        if any("   " in line for line in para.split("\n")):
            blocks.append(
                f'<pre style="font-family:Consolas,monospace;font-size:10pt">{html.escape(para, quote=False)}</pre>'
            )
        else:
            blocks.append(f"<p>{html_text(para)}</p>")
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        '<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000">\n'
        + "\n".join(blocks)
        + "\n</div></body></html>\n"
    )


def client_notice_alt(r: Reply, v: View) -> Message:
    """An automatic notice in plain text and HTML that quotes nothing."""
    del v
    text = r.fill(r.body)
    return alternative(text + "\n", notice_markup(text, r.charset), r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, View], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_alt": client_notice_alt,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_FAMILY = {
    **dict.fromkeys(OUTLOOK_CLIENTS, "outlook"),
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "apple_html": "apple",
    "iphone": "iphone",
}


def reply_subject(r: Reply, v: View) -> str:
    """The subject line: the client's reply prefix, or the notice's own subject."""
    if r.subject:
        return r.fill(r.subject)
    if r.client in {"outlook", "outlook_html", "html_only"}:
        return OUTLOOK_REPLY_PREFIX[r.lang] + v.subject
    return "Re: " + v.subject


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own."""
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    family = CLIENT_FAMILY.get(r.client, "")
    if family == "gmail":
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if family == "outlook":
        host = f"AS8P195MB{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        return f"<{host}{raw[2:6].hex().upper()}@{host}.EURP195.PROD.OUTLOOK.COM>"
    if family in {"apple", "iphone"}:
        return f"<{uuid_text(r.key, 'message-id')}@{domain}>"
    if r.client == "thunderbird":
        return f"<{uuid_text(r.key, 'message-id').lower()}@{domain}>"
    return f"<{token(r.key, 'notice', 26).lower()}@{domain}>"


def client_headers(r: Reply, v: View) -> list[tuple[str, str]]:
    """The extra headers each client adds."""
    family = CLIENT_FAMILY.get(r.client, "")
    if family == "outlook":
        return [
            ("Thread-Topic", encoded_header(v.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
            ("Accept-Language", CONTENT_LANGUAGE[r.lang]),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if family == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if family == "iphone":
        return [("X-Mailer", "iPhone Mail (21E236)")]
    if r.client == "thunderbird":
        return [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ]
    return []


MIME_VERSION = {"apple": "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))", "iphone": "1.0 (1.0)"}


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message as its client would send it."""
    v = view_of(r)
    msg = CLIENTS[r.client](r, v)
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_header(reply_subject(r, v), r.charset)
    msg["Date"] = format_datetime(r.date)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(r, v), *r.headers]:
        msg[name] = value
    family = CLIENT_FAMILY.get(r.client, "")
    del msg["MIME-Version"]
    msg["MIME-Version"] = MIME_VERSION.get(family, "1.0")
    return finish(msg, r.key, family)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# payment_sent
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-pryce",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth.pryce@pryce-surveying.example"),
        "2028-03-14 19:52",
        "gmail_plain",
        t("""
            Hi,

            Paid this on Sunday by bank transfer – reference PRYCE WESTERLY, as I wasn't sure what else to put. Sorry it's late, I've been working away.

            While I have you, is Sea Pink still booked in for launch on the 1st? I'll be down that weekend to bend the sails back on.

            Cheers,
            Gareth
            """),
        lab(
            paid_date="2028-03-12",
            payment_reference="PRYCE WESTERLY",
            note="'Sunday' is the Sunday before Tue 14 March; the launch question is secondary",
        ),
        "TMS-28-00391",
        "1284.00",
    ),
    Reply(
        "ps-en-kettleborough",
        "payment_sent",
        "en",
        ("Rob Kettleborough", "rob@kettleborough-joinery.example"),
        "2028-03-16 07:41",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone"),
        "TMS-28-00403",
        "612.00",
    ),
    Reply(
        "ps-en-solentlink-advice",
        "payment_sent",
        "en",
        ("Solent Link Ferries – Accounts Payable", "ap.noreply@solentlink-ferries.example"),
        "2028-03-20 06:05",
        "notice_alt",
        t("""
            REMITTANCE ADVICE

            Solent Link Ferries plc
            Accounts Payable, Terminal Building, Town Quay

            Supplier:        Tidewater Marine Services Ltd
            Supplier no.:    V-20417
            Payment date:    20/03/2028
            Payment method:  BACS
            Payment ref:     SLF-BACS-0048817

            Your invoice     Our document     Amount GBP
            TMS-28-00417     5100093318         1,946.00
            TMS-28-00452     5100093402           312.40
            Total paid                          2,258.40

            Funds normally reach the payee's account within three working days. This advice was produced automatically by our payment system and replies to this address are not read. For queries about this payment please write to ap.queries@solentlink-ferries.example quoting the payment reference.
            """),
        lab(
            ("TMS-28-00417", "TMS-28-00452"),
            paid_date="2028-03-20",
            payment_reference="SLF-BACS-0048817",
            amount="2258.40",
            currency="GBP",
            note="AP-system remittance advice with Auto-Submitted; the query address is for this payment, not a new contact",
        ),
        "TMS-28-00417",
        "1946.00",
        subject="Remittance advice – Tidewater Marine Services Ltd – SLF-BACS-0048817",
        headers=(AUTO_GENERATED, SUPPRESS),
        thread=False,
    ),
    Reply(
        "ps-de-flensburg",
        "payment_sent",
        "de",
        ("Helga Brandstätter", "kasse@sv-flensburger-foerde.example"),
        "2028-03-17 10:22",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            die Rechnung TMS-28-00433 (Kranen und Winterlager der Vereinsboote) haben wir am 15.03. vom Vereinskonto überwiesen, Betrag 1.480,00 €. Da haben sich Zahlung und Erinnerung wohl überschnitten.

            Bitte gleichen Sie Ihre Unterlagen entsprechend ab.

            Mit freundlichen Grüßen

            Helga Brandstätter
            Kassenwartin
            Seglerverein Flensburger Förde e.V.
            """),
        lab(("TMS-28-00433",), paid_date="2028-03-15", amount="1480.00", currency="EUR"),
        "TMS-28-00433",
        "1480.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-kranz",
        "payment_sent",
        "de",
        ("Micha Kranz", "micha.kranz@gmx.de"),
        "2028-03-28 08:03",
        "iphone",
        "Moin, hab ich gestern überwiesn, war zwei wochen auf see und hab die mail erst jetzt gesehen\nGruß Micha",
        lab(paid_date="2028-03-27", note="typo and no capitals; 'gestern' is Mon 27 March"),
        "TMS-28-00509",
        "642.50",
    ),
    Reply(
        "ps-fr-fontanel",
        "payment_sent",
        "fr",
        ("Claire Fontanel", "c.fontanel@voilerie-fontanel.example"),
        "2028-03-22 11:10",
        "gmail",
        t("""
            Bonjour,

            Le virement est parti ce matin, référence VIR-0322-118. Vous devriez le voir d'ici 48 h.

            Désolée pour le retard, notre expert-comptable a changé de logiciel en février et tout a pris du retard chez nous.

            Bonne journée,
            Claire Fontanel
            Voilerie Fontanel
            """),
        lab(
            paid_date="2028-03-22",
            payment_reference="VIR-0322-118",
            note="'ce matin' is the message date",
        ),
        "TMS-28-00448",
        "2315.50",
    ),
    Reply(
        "ps-fr-perros",
        "payment_sent",
        "fr",
        ("Bernard Le Goff", "tresorier@an-perros.example"),
        "2028-03-14 16:45",
        "thunderbird",
        t("""
            Bonjour,

            Nous avons réglé la facture TMS-28-00461 par chèque le 10 mars (chèque n° 0004127 sur le Crédit Maritime).

            Pourriez-vous en revanche nous faire parvenir une facture acquittée ? Notre commissaire aux comptes la réclame pour la clôture de l'exercice.

            Merci d'avance,
            Bernard Le Goff
            Trésorier, Association nautique de Perros
            """),
        lab(
            ("TMS-28-00461",),
            paid_date="2028-03-10",
            payment_reference="0004127",
            note="payment claim plus a request for a receipted copy: payment_sent; the cheque number is the reference",
        ),
        "TMS-28-00461",
        "880.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-es-levante",
        "payment_sent",
        "es",
        ("Náutica Levante – Administración", "administracion@nauticalevante.example"),
        "2028-03-27 09:15",
        "outlook_html",
        t("""
            Buenos días:

            Les confirmo que el pago de esta factura se realizó el pasado viernes 24 mediante transferencia a su cuenta. En el concepto figura el número de factura.

            Si todavía no les consta, les ruego que lo comprueben de nuevo en un par de días, ya que las transferencias internacionales a veces tardan.

            Un saludo,

            Marisa Ortuño
            Administración
            Náutica Levante, S.L.
            """),
        lab(paid_date="2028-03-24", note="'el pasado viernes 24' is Fri 24 March"),
        "TMS-28-00470",
        "1120.75",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-ferrer",
        "payment_sent",
        "es",
        ("Jordi Ferrer", "jordiferrer.vela@gmail.com"),
        "2028-03-21 22:30",
        "gmail_plain",
        t("""
            ¿No os ha llegado? Lo pagué el 7 de marzo desde la app del banco, 455 euros justos. Miradlo bien porque a mí me sale como realizada.

            Jordi
            """),
        lab(
            paid_date="2028-03-07",
            amount="455.00",
            currency="EUR",
            note="payment claim phrased as a question",
        ),
        "TMS-28-00394",
        "455.00",
    ),
    Reply(
        "ps-nl-verhagen",
        "payment_sent",
        "nl",
        ("Ruud Verhagen", "ruud@verhagen-jachtservice.example"),
        "2028-03-21 13:12",
        "android",
        "Is vorige week donderdag al betaald.\n\nGr Ruud",
        lab(
            paid_date="2028-03-16",
            note="'vorige week donderdag' is Thursday of the week before Tue 21 March",
        ),
        "TMS-28-00412",
        "760.00",
    ),
    Reply(
        "ps-nl-veerhaven-advice",
        "payment_sent",
        "nl",
        ("Gemeente Veerhaven – Crediteurenadministratie", "noreply-crediteuren@veerhaven.example"),
        "2028-03-31 14:02",
        "notice",
        t("""
            BETALINGSSPECIFICATIE

            Geachte leverancier,

            Onderstaande facturen zijn door de gemeente Veerhaven betaalbaar gesteld. Het totaalbedrag wordt op 31-03-2028 van onze rekening afgeschreven.

            Crediteurnummer:   300871
            Betalingskenmerk:  2028-0331-77412

            Factuurnummer    Factuurdatum    Bedrag
            TMS-28-00456     15-02-2028      € 3.120,00
            TMS-28-00478     22-02-2028      €   418,60
            Totaal                           € 3.538,60

            Dit bericht is automatisch aangemaakt en kan niet worden beantwoord. Vragen over deze betaling kunt u stellen via het Klant Contact Centrum, onder vermelding van het betalingskenmerk.
            """),
        lab(
            ("TMS-28-00456", "TMS-28-00478"),
            paid_date="2028-03-31",
            payment_reference="2028-0331-77412",
            amount="3538.60",
            currency="EUR",
            note="automatic payment specification from a municipality; the amount is the total of both invoices",
        ),
        "TMS-28-00456",
        "3120.00",
        cte="b64",
        subject="Betalingsspecificatie 2028-0331-77412",
        headers=(AUTO_GENERATED,),
        thread=False,
    ),
    Reply(
        "ps-it-mancuso",
        "payment_sent",
        "it",
        ("Davide Mancuso", "davide.mancuso@libero.it"),
        "2028-04-06 21:14",
        "iphone",
        "fatto ieri sera bonifico cro 23804417562 saluti",
        lab(
            paid_date="2028-04-05",
            payment_reference="23804417562",
            note="no punctuation; 'ieri sera' is Wed 5 April",
        ),
        "TMS-28-00520",
        "390.00",
    ),
]

# --------------------------------------------------------------------------------------------
# promise_to_pay
# --------------------------------------------------------------------------------------------

PROMISE_TO_PAY = [
    Reply(
        "pp-en-meridian",
        "promise_to_pay",
        "en",
        ("Purchase Ledger | Meridian Offshore", "purchase.ledger@meridian-offshore.example"),
        "2028-03-21 15:38",
        "outlook_html",
        t("""
            Hi,

            Thanks for your email. TMS-28-00488 has been approved by the budget holder and is now in Friday's payment run, so you should see the funds early next week.

            Kind regards,

            Natalie Burrows
            Purchase Ledger Assistant
            Meridian Offshore Services Ltd
            """),
        lab(
            ("TMS-28-00488",),
            promised_date="2028-03-24",
            note="past tense 'has been approved … is now in Friday's payment run' announces a payment on Fri 24 March",
        ),
        "TMS-28-00488",
        "6450.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-attwater",
        "promise_to_pay",
        "en",
        ("Bill Attwater", "bill@attwater-seaview.example"),
        "2028-03-13 10:05",
        "apple",
        t("""
            Dear Accounts,

            Thank you for your letter, or email I should say. I must apologise, things have been rather upside down here since Christmas. Maureen had her hip done at the beginning of February and I have been chief cook and bottle washer ever since, and what with the weather we've had I haven't even been down to the yard to see the old girl since you lifted her out in October.

            I did want to ask whether your engineer managed to look at the raw water pump while he was doing the service, as it was weeping a little at the end of last season. Nothing was said on the invoice so I assume it was fine, but I would rather know before we go out.

            Anyway, to the point – we are off to our daughter's in Shrewsbury for a fortnight on Friday, and I will put a cheque in the post at the end of the month when we are back and I have the cheque book to hand. I hope that is acceptable.

            Also, could someone let me know what you charge for antifouling these days? The last lot didn't seem to last.

            With best wishes,
            Bill Attwater
            (Moody 33 "Curlew", berth C14)
            """),
        lab(
            promised_date="2028-03-31",
            note="the promise is buried in a long message; 'the end of the month' → 31 March",
        ),
        "TMS-28-00377",
        "1735.00",
        days_before=3,
    ),
    Reply(
        "pp-en-rowing",
        "promise_to_pay",
        "en",
        ("Phil Denholm", "phil.denholm@gmail.com"),
        "2028-03-17 12:50",
        "gmail",
        t("""
            Hi there,

            Not yet, sorry – cheques need two signatures and our treasurer is away skiing. He's back next Thursday and it'll be the first thing he does.

            Phil (secretary, Hamble River Rowing Club)
            """),
        lab(
            promised_date="2028-03-23",
            note="'not yet' plus a dated commitment; 'next Thursday' from Fri 17 March is 23 March",
        ),
        "TMS-28-00406",
        "540.00",
    ),
    Reply(
        "pp-de-lindemann",
        "promise_to_pay",
        "de",
        ("Lindemann Yachtcharter GmbH | Buchhaltung", "buchhaltung@lindemann-yachtcharter.example"),
        "2028-03-20 11:47",
        "outlook",
        t("""
            Guten Tag,

            vielen Dank für die Erinnerung. Die Rechnung TMS-28-00441 liegt zur Freigabe bei der Geschäftsführung. Die Zahlung ist für KW 14 eingeplant.

            Mit freundlichen Grüßen
            i. A. Sabine Oltmanns
            Buchhaltung

            Lindemann Yachtcharter GmbH
            Am Stadthafen 3
            """),
        lab(
            ("TMS-28-00441",),
            promised_date="2028-04-03",
            note="'KW 14' → Monday of ISO week 14, 3 April 2028",
        ),
        "TMS-28-00441",
        "4210.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-morvan",
        "promise_to_pay",
        "fr",
        ("Yannick Morvan", "yannick.morvan@hotmail.fr"),
        "2028-03-16 18:20",
        "iphone",
        "Bonjour\nJe vous règle ça fin de mois comme d'hab, pas d'inquiétude\nYannick",
        lab(promised_date="2028-03-31", note="'fin de mois' → 31 March"),
        "TMS-28-00399",
        "615.00",
    ),
    Reply(
        "pp-fr-notaire",
        "promise_to_pay",
        "fr",
        ("Étude de Maître Roussel", "office@roussel-notaire.example"),
        "2028-03-29 10:12",
        "outlook_html",
        t("""
            Madame, Monsieur,

            Nous accusons réception de votre relance concernant la facture TMS-28-00426, relative au gardiennage du voilier « Alcyon » dépendant de la succession de M. Jean-Paul Derrien.

            Nous vous informons que le règlement interviendra dès le déblocage des fonds de la succession, et au plus tard le 15 avril prochain.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Pour Maître Hélène Roussel,
            Aurélie Caradec
            Clerc de notaire
            """),
        lab(
            ("TMS-28-00426",),
            promised_date="2028-04-15",
            note="formal notarial register; the office pays for an estate, it does not ask to go through a lawyer; 'au plus tard le 15 avril' is the date",
        ),
        "TMS-28-00426",
        "2980.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-calablava",
        "promise_to_pay",
        "es",
        ("Toni Bauzà", "toni@charter-calablava.example"),
        "2028-03-15 17:02",
        "gmail",
        t("""
            Hola,

            Lo pagaremos a finales de mes. Ahora mismo estamos esperando a que entren las señales de los chárteres de Semana Santa y en cuanto lleguen os hacemos la transferencia.

            Perdonad el retraso.

            Toni Bauzà
            Charter Cala Blava
            """),
        lab(promised_date="2028-03-31", note="'a finales de mes' → 31 March"),
        "TMS-28-00402",
        "3400.00",
    ),
    Reply(
        "pp-es-vega",
        "promise_to_pay",
        "es",
        ("Rocío", "rocio.m.vega@hotmail.es"),
        "2028-04-03 13:40",
        "iphone",
        "hola perdon se me paso. le hago la tranferencia el 15 sin falta q es cuando cobro",
        lab(
            promised_date="2028-04-15",
            note="typos, no accents; 'el 15' after Mon 3 April is 15 April",
        ),
        "TMS-28-00519",
        "275.00",
    ),
    Reply(
        "pp-nl-zuidwal",
        "promise_to_pay",
        "nl",
        ("W.S.V. De Zuidwal – penningmeester", "penningmeester@wsv-dezuidwal.example"),
        "2028-03-14 20:15",
        "thunderbird",
        t("""
            Goedenavond,

            Excuses voor de vertraging. Uitgaven boven de € 1.000 moeten door het bestuur worden goedgekeurd en de bestuursvergadering is pas volgende week. We betalen de factuur dus over twee weken.

            Met vriendelijke groet,
            Henk Jansma
            penningmeester W.S.V. De Zuidwal
            """),
        lab(promised_date="2028-03-28", note="'over twee weken' → 14 days after Tue 14 March"),
        "TMS-28-00386",
        "1890.00",
        cte="8bit",
    ),
    Reply(
        "pp-nl-dekker",
        "promise_to_pay",
        "nl",
        ("Eva Dekker", "e.dekker@dekker-maritiem.example"),
        "2028-04-05 09:28",
        "outlook_html",
        t("""
            Goedemorgen,

            Deze staat voor volgende week vrijdag ingepland, samen met de andere facturen van maart.

            Met vriendelijke groet,

            Eva Dekker
            Financiële administratie
            Dekker Maritiem B.V.
            """),
        lab(
            promised_date="2028-04-14",
            note="'volgende week vrijdag' from Wed 5 April is Fri 14 April",
        ),
        "TMS-28-00530",
        "2045.00",
    ),
    Reply(
        "pp-it-ferraro",
        "promise_to_pay",
        "it",
        ("Cantiere Nautico Ferraro", "amministrazione@cantiereferraro.example"),
        "2028-03-20 16:10",
        "outlook",
        t("""
            Buongiorno,

            abbiamo ricevuto il vostro sollecito. Provvederemo al saldo della fattura entro fine mese.

            Cordiali saluti
            Giulia Ferraro
            Amministrazione – Cantiere Nautico Ferraro S.r.l.
            """),
        lab(promised_date="2028-03-31", note="'entro fine mese' → 31 March"),
        "TMS-28-00444",
        "1560.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "pp-it-benedetti",
        "promise_to_pay",
        "it",
        ("Luca Benedetti", "luca.benedetti@benedetti-yachting.example"),
        "2028-04-07 12:03",
        "gmail_plain",
        t("""
            Buongiorno,

            vi confermo che il pagamento partirà il 12/04 insieme a quelli degli altri fornitori. Se vi serve la contabile ve la giro appena disponibile.

            Luca
            """),
        lab(promised_date="2028-04-12", note="'12/04' is day/month in Italian"),
        "TMS-28-00541",
        "980.00",
    ),
]

# --------------------------------------------------------------------------------------------
# dispute
# --------------------------------------------------------------------------------------------

DISPUTE = [
    Reply(
        "di-en-whitlock",
        "dispute",
        "en",
        ("Karen Whitlock", "karen@whitlock-charters.example"),
        "2028-03-22 14:26",
        "outlook",
        t("""
            Hi,

            We paid the lift-out, pressure wash and storage on this invoice (£2,380) on the 10th. The remaining £380 is for antifouling that was never done – the hull still has last year's coat on it, and your yard foreman agreed when I was down on Saturday.

            Please send a credit note for that line and we'll consider the invoice settled.

            Thanks,
            Karen Whitlock
            Whitlock Charters
            """),
        lab(note="paid part and disputed the rest: dispute wins over the payment claim"),
        "TMS-28-00502",
        "2760.00",
    ),
    Reply(
        "di-en-ashby",
        "dispute",
        "en",
        ("Martin Ashby", "martin.ashby@ashby-electrical.example"),
        "2028-03-30 08:55",
        "gmail",
        t("""
            We have NOT paid this and won't be until someone comes back and sorts the engine out properly.

            Your engineer did the service on the 9th and charged us for a new impeller and thermostat. Two trips out since and she's overheated both times – on the second one we had to be towed back into Lymington. I've left two voicemails with the workshop and nobody has called me back.

            I'm happy to pay for work that's been done right. This hasn't.

            Martin Ashby
            """),
        lab(note="negated payment with the reason: faulty work"),
        "TMS-28-00465",
        "1150.00",
    ),
    Reply(
        "di-en-harbourtrust",
        "dispute",
        "en",
        ("Finance Office – Wyre Estuary Harbour Trust", "finance@wyre-harbourtrust.example"),
        "2028-04-03 11:30",
        "thunderbird",
        t("""
            Dear Sir or Madam,

            Invoice TMS-28-00458 – service of workboat Wyre Guardian

            We are unable to approve this invoice for payment. The quotation accepted by the Trust (your ref. Q-1187 of 11 January) was for a fixed price of £2,950.00 including VAT. The invoice instead charges 31 hours of labour at your hourly rate, which brings the total to £3,600.00.

            No variation to the quotation was requested or agreed. We should be grateful if you would issue a credit note for the difference, or a revised invoice in line with the quotation, at which point the Trust will pay promptly.

            Yours faithfully,

            R. Mensah
            Finance Officer
            Wyre Estuary Harbour Trust
            """),
        lab(
            ("TMS-28-00458",),
            note="public body contests the amount against a fixed quotation; payment is conditional on a revised invoice",
        ),
        "TMS-28-00458",
        "3600.00",
        cte="8bit",
    ),
    Reply(
        "di-de-hollmann",
        "dispute",
        "de",
        ("Frank Hollmann", "f.hollmann@hollmann-bau.example"),
        "2028-03-27 19:45",
        "apple",
        t("""
            Hallo,

            da stimmt was nicht. Sie berechnen 38 Liegetage am Gastliegeplatz, das Boot lag aber nur vom 2. bis 11. Februar im Wasser bei Ihnen, danach stand es in der Halle und die Halle ist ja extra abgerechnet.

            Bitte korrigieren.

            Gruß
            Frank Hollmann
            """),
        lab(note="berth days charged that were not used"),
        "TMS-28-00497",
        "684.00",
    ),
    Reply(
        "di-de-brueckner",
        "dispute",
        "de",
        ("Yachtservice Brückner GmbH", "rechnungspruefung@brueckner-yachtservice.example"),
        "2028-03-16 09:40",
        "outlook_html",
        t("""
            Sehr geehrte Damen und Herren,

            bei der Rechnungsprüfung ist uns aufgefallen, dass die Rechnungen TMS-28-00362 und -00471 dieselbe Leistung betreffen (Winterlager Halle 2, Stellplatz 14, Saison 2027/28). Die TMS-28-00362 wurde von uns bereits im Januar beglichen.

            Wir gehen von einer Doppelberechnung aus und bitten um Stornierung der TMS-28-00471.

            Mit freundlichen Grüßen
            Dirk Weidemann
            Rechnungsprüfung
            """),
        lab(
            ("TMS-28-00362", "TMS-28-00471"),
            note="duplicate billing; the payment mentioned is of the earlier invoice; '-00471' is a short form",
        ),
        "TMS-28-00471",
        "1295.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-marchal",
        "dispute",
        "fr",
        ("Sophie Marchal", "s.marchal@cabinet-marchal.example"),
        "2028-04-04 13:05",
        "gmail_plain",
        t("""
            Bonjour,

            Je conteste cette facture. Le gardiennage devait être inclus dans le forfait hivernage que j'ai signé en octobre – je l'ai sous les yeux : « manutention, stockage à terre et gardiennage, 1 450 € TTC ». Or vous me facturez 720 € de gardiennage en plus.

            Merci de m'envoyer un avoir ou de m'expliquer sur quoi repose ce montant.

            Sophie Marchal
            """),
        lab(note="charge for a service included in a signed package"),
        "TMS-28-00512",
        "720.00",
    ),
    Reply(
        "di-es-gimeno",
        "dispute",
        "es",
        ("PACO GIMENO", "pacogimeno62@gmail.com"),
        "2028-03-18 10:31",
        "iphone",
        "NO PIENSO PAGAR ESTO. ME DEVOLVISTEIS EL BARCO CON LA BATERIA MUERTA Y EL CARGADOR DESENCHUFADO, TUVE QUE COMPRAR UNA NUEVA. LLAMADME",
        lab(note="all caps from a phone; refusal with the reason"),
        "TMS-28-00415",
        "530.00",
    ),
    Reply(
        "di-es-arousa",
        "dispute",
        "es",
        ("Naviera Ría de Arousa – Cuentas a pagar", "cuentasapagar@navierarousa.example"),
        "2028-03-29 12:17",
        "outlook_html",
        t("""
            Estimados señores:

            En relación con la factura TMS-28-00476, les comunicamos que no estamos conformes con el importe facturado. El presupuesto aceptado para la revisión de los motores de la embarcación auxiliar era de 1.850,00 € y se nos facturan 2.430,00 € sin que se nos haya comunicado ningún trabajo adicional.

            Les rogamos que revisen la factura y nos remitan una factura rectificativa por el importe presupuestado. Hasta entonces, la factura queda retenida.

            Atentamente,

            Beatriz Otero Lema
            Departamento de Cuentas a Pagar
            Naviera Ría de Arousa, S.A.
            """),
        lab(
            ("TMS-28-00476",),
            note="amount contested against the quotation; the corrective-invoice request is secondary",
        ),
        "TMS-28-00476",
        "2430.00",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-bakker",
        "dispute",
        "nl",
        ("Jeroen Bakker", "jeroen@bakkerzeilmakerij.example"),
        "2028-03-15 16:44",
        "gmail",
        t("""
            Hoi,

            Ik zie op de factuur € 395 voor krimpfolie, maar daar heb ik nooit om gevraagd. De boot heeft een eigen winterkleed, dat lag gewoon in de kajuit. Dat bedrag betaal ik dus niet.

            De rest is akkoord. Stuur even een nieuwe factuur zonder die regel, dan maak ik het in één keer over.

            Groet,
            Jeroen
            """),
        lab(note="one line contested; paying the rest depends on a corrected invoice"),
        "TMS-28-00419",
        "1265.00",
    ),
    Reply(
        "di-nl-vandijk",
        "dispute",
        "nl",
        ("Marloes van Dijk", "marloes.vandijk@vandijk-advies.example"),
        "2028-04-03 07:52",
        "iphone",
        "Waarom rekenen jullie liggeld over maart? De boot ligt sinds half februari in Lelystad, dat heb ik toen ook aan jullie havenkantoor doorgegeven.",
        lab(note="question form, but the charge is contested"),
        "TMS-28-00527",
        "310.00",
    ),
    Reply(
        "di-it-rinaldi",
        "dispute",
        "it",
        ("Marco Rinaldi", "m.rinaldi@studiorinaldi.example"),
        "2028-03-21 18:20",
        "outlook",
        t("""
            Buonasera,

            non pagheremo questa fattura finché non verrà risolto il problema all'invertitore. Dopo il vostro intervento la retromarcia entra a fatica e fa un rumore che prima non c'era. Ve l'ho già segnalato per telefono il 2 marzo e nessuno si è fatto vivo.

            Quando il lavoro sarà fatto come si deve, salderemo senza problemi.

            Marco Rinaldi
            """),
        lab(note="payment withheld until faulty work is fixed: the work is contested, so dispute"),
        "TMS-28-00437",
        "1870.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-conti",
        "dispute",
        "it",
        ("Alessandra Conti", "alessandra.conti@contiyachts.example"),
        "2028-04-06 10:48",
        "gmail",
        t("""
            Buongiorno,

            il rimessaggio invernale concordato con il vostro sig. Hughes era di 1.200 euro tutto compreso, come da sua mail del 12 ottobre che posso inoltrarvi. In fattura ci sono 1.560 euro.

            Paghiamo volentieri i 1.200 concordati appena riceviamo la fattura corretta.

            Cordiali saluti
            Alessandra Conti
            """),
        lab(note="price contested against an agreed price"),
        "TMS-28-00538",
        "1560.00",
    ),
]

# --------------------------------------------------------------------------------------------
# payment_plan
# --------------------------------------------------------------------------------------------

PAYMENT_PLAN = [
    Reply(
        "pl-en-halloran",
        "payment_plan",
        "en",
        ("Dean Halloran", "deanhalloran77@gmail.com"),
        "2028-03-19 21:47",
        "gmail_plain",
        t("""
            Hello,

            I'm really sorry about this. I was made redundant at the end of January and things have been very tight since. I can't pay the full £2,140 in one go but I don't want to just ignore it either.

            Would it be OK if I paid £300 a month starting on the 1st of April? I can set up a standing order. If I get the job I've been interviewed for I'll clear it quicker.

            Thanks for understanding,
            Dean Halloran
            """),
        lab(
            note="hardship and a monthly instalment offer; plan dates and amounts are not labelled"
        ),
        "TMS-28-00423",
        "2140.00",
        days_before=2,
    ),
    Reply(
        "pl-en-keyhaven",
        "payment_plan",
        "en",
        ("Keyhaven Sailing School", "accounts@keyhaven-sailing.example"),
        "2028-03-31 15:05",
        "outlook_html",
        t("""
            Hi,

            We've sent £1,000 today towards TMS-28-00481 and will clear the balance at the end of April, once the Easter course fees are in. Hope that's OK – give me a call if not.

            Best wishes,
            Jo Pennington
            Keyhaven Sailing School
            """),
        lab(
            ("TMS-28-00481",),
            note="part payment now and the rest later: payment_plan, not payment_sent",
        ),
        "TMS-28-00481",
        "3870.00",
    ),
    Reply(
        "pl-en-lomax",
        "payment_plan",
        "en",
        ("Stuart Lomax", "stuart@lomaxyachtcharter.example"),
        "2028-04-04 08:12",
        "apple",
        t("""
            Morning,

            Any chance of another 60 days on this one? The season hasn't started and cash is tight until the first charters go out in May. I'd rather be straight with you than let it drift. Everything will be squared up by the start of June at the latest.

            Stuart
            """),
        lab(note="asks for more time → payment_plan"),
        "TMS-28-00531",
        "5240.00",
    ),
    Reply(
        "pl-de-voss",
        "payment_plan",
        "de",
        ("Katrin Voß", "katrin.voss@web.de"),
        "2028-03-23 21:10",
        "thunderbird",
        t("""
            Guten Abend,

            ich habe die Rechnung nicht vergessen, aber nach der Reparatur an der Maschine im Herbst herrscht bei mir gerade Ebbe in der Kasse.

            Wäre es möglich, den Betrag in drei Raten zu zahlen? Ich würde jeweils 650 € zum 1. April, 1. Mai und 1. Juni überweisen.

            Viele Grüße
            Katrin Voß
            """),
        lab(note="three instalments proposed"),
        "TMS-28-00453",
        "1950.00",
        cte="8bit",
    ),
    Reply(
        "pl-de-engelhardt",
        "payment_plan",
        "de",
        ("Dr. Matthias Engelhardt", "m.engelhardt@kanzlei-engelhardt.example"),
        "2028-03-15 17:33",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            bezugnehmend auf Ihre Zahlungserinnerung vom gestrigen Tage bitte ich um Stundung des offenen Betrages bis zum 30. Juni 2028. Hintergrund ist eine noch nicht regulierte Versicherungsleistung für den Sturmschaden an meiner Yacht, mit deren Auszahlung ich im zweiten Quartal rechne.

            Für eine kurze Bestätigung wäre ich Ihnen dankbar.

            Mit freundlichen Grüßen

            Dr. Matthias Engelhardt
            Rechtsanwalt
            """),
        lab(
            note="deferral request → payment_plan; a lawyer writing about his own boat is not 'talk to our lawyer'"
        ),
        "TMS-28-00398",
        "2875.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-fr-portduster",
        "payment_plan",
        "fr",
        ("Port du Ster – Comptabilité", "compta@portduster.example"),
        "2028-03-13 14:22",
        "outlook_html",
        t("""
            Bonjour,

            Suite à votre relance, serait-il envisageable de mettre en place un échéancier sur quatre mois pour cette facture ? Notre saison ne démarre qu'à Pâques et la trésorerie est au plus bas en ce moment.

            Nous pourrions par exemple régler 1 155 EUR par mois d'avril à juillet.

            Dans l'attente de votre retour,
            Cordialement,

            Nathalie Guéguen
            Service comptabilité
            """),
        lab(note="four-month schedule proposed"),
        "TMS-28-00371",
        "4620.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-lebrun",
        "payment_plan",
        "fr",
        ("Thierry Lebrun", "thierry.lebrun56@gmail.com"),
        "2028-04-01 11:02",
        "iphone",
        "Bonjour, je viens de vous faire un virement de 400 € pour commencer, je vous envoie le reste début mai si ça vous va. Désolé pour le retard. Thierry",
        lab(note="part payment now and the rest in May: payment_plan"),
        "TMS-28-00515",
        "1340.00",
    ),
    Reply(
        "pl-es-sanz",
        "payment_plan",
        "es",
        ("Elena Sanz", "elena.sanz@sanzarquitectos.example"),
        "2028-03-30 19:30",
        "gmail",
        t("""
            Hola:

            ¿Sería posible pagar esta factura en dos veces? La mitad ahora y la otra mitad a finales de abril. Este trimestre se nos han juntado muchos gastos.

            Si me confirmáis, hago hoy mismo la primera transferencia.

            Gracias,
            Elena
            """),
        lab(note="two instalments; the first transfer is conditional on agreement"),
        "TMS-28-00503",
        "2200.00",
    ),
    Reply(
        "pl-nl-veersemeer",
        "payment_plan",
        "nl",
        ("Watersportcentrum Veerse Meer", "administratie@wsc-veersemeer.example"),
        "2028-03-28 10:41",
        "outlook",
        t("""
            Geachte heer, mevrouw,

            Door de stormschade van januari aan onze steigers hebben wij dit voorjaar flinke onvoorziene kosten gehad. De verzekering keert pas later uit.

            Wij willen u daarom vragen of een betalingsregeling mogelijk is, bijvoorbeeld in zes maandelijkse termijnen. Uiteraard betalen wij het volledige bedrag.

            Met vriendelijke groet,

            Marja Hoekstra
            Administratie
            """),
        lab(note="six monthly instalments requested"),
        "TMS-28-00493",
        "6180.00",
    ),
    Reply(
        "pl-nl-mulder",
        "payment_plan",
        "nl",
        ("Sander Mulder", "s.mulder88@gmail.com"),
        "2028-03-18 09:15",
        "android",
        "kan ik het in 3 keer betalen? zit even krap. groet sander",
        lab(note="short mobile message asking for three instalments"),
        "TMS-28-00421",
        "870.00",
    ),
    Reply(
        "pl-it-caporosso",
        "payment_plan",
        "it",
        ("Circolo Velico Capo Rosso", "segreteria@cvcaporosso.example"),
        "2028-03-22 12:00",
        "outlook_html",
        t("""
            Gentili signori,

            in riferimento al vostro sollecito, vi chiediamo se è possibile rateizzare l'importo in tre mensilità da 1.100 € ciascuna, a partire dal mese di aprile.

            Il Consiglio direttivo ha già approvato la spesa, ma le quote sociali entrano soprattutto in primavera.

            Restiamo in attesa di un vostro riscontro.

            Cordiali saluti
            La Segreteria
            Circolo Velico Capo Rosso
            """),
        lab(note="three monthly instalments; 'ha già approvato la spesa' is not a payment"),
        "TMS-28-00468",
        "3300.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-it-galli",
        "payment_plan",
        "it",
        ("Franco Galli", "franco.galli53@libero.it"),
        "2028-03-26 18:40",
        "apple_html",
        t("""
            Buonasera,

            le scrivo perché mi è arrivato di nuovo il vostro promemoria e non voglio che pensiate che faccio il furbo. Sono quarant'anni che vado per mare e ho sempre pagato tutti, al cantiere di mio padre lo sapevano bene.

            Quest'inverno però ho avuto un problema di salute, sono stato ricoverato due volte e tra medicine e visite private le spese sono state tante, e la pensione è quella che è. La barca la tengo perché è l'unica cosa che mi fa stare bene, e i vostri ragazzi l'hanno trattata benissimo, il motore non è mai andato così.

            Le chiedo quindi se posso pagare un po' alla volta, anche 200 euro al mese, finché non ho finito. Se mi fate sapere come preferite, io mi organizzo con la banca.

            Con stima,
            Franco Galli
            """),
        lab(
            note="long message; hardship and the instalment request come at the end; Sunday 26 March, the first day of summer time"
        ),
        "TMS-28-00447",
        "1480.00",
        days_before=2,
    ),
]

# --------------------------------------------------------------------------------------------
# invoice_request
# --------------------------------------------------------------------------------------------

INVOICE_REQUEST = [
    Reply(
        "ir-en-vanleeuwen",
        "invoice_request",
        "en",
        ("Van Leeuwen Dredging – Accounts Payable", "ap@vanleeuwen-dredging.example"),
        "2028-03-16 10:05",
        "outlook_html",
        t("""
            Dear Sir/Madam,

            We have no record of invoice TMS-28-00425 in our system. All supplier invoices must quote a valid Van Leeuwen purchase order number; invoices without one are rejected at scanning and never reach our team.

            The PO for the crane barge engine overhaul is 4500183327. Please re-issue the invoice quoting this PO. Once it has been matched it will be paid in the next payment run.

            Kind regards,
            Accounts Payable
            Van Leeuwen Dredging B.V.
            """),
        lab(
            ("TMS-28-00425",),
            note="needs a re-issue with the PO before paying; English from a Dutch AP team, so central-European time",
        ),
        "TMS-28-00425",
        "8940.00",
        zone="ce",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-farrant",
        "invoice_request",
        "en",
        ("Lucy Farrant", "lucy.farrant@farrant-design.example"),
        "2028-03-15 12:33",
        "iphone",
        "Hi, can you send me a copy of this one (00409)? Can't find it anywhere, I think it went to my old work email. Will sort it as soon as I have it. Lucy",
        lab(
            ("TMS-28-00409",),
            note="copy requested; 'will sort it' depends on receiving it; '00409' normalised",
        ),
        "TMS-28-00409",
        "465.00",
    ),
    Reply(
        "ir-en-nicholls",
        "invoice_request",
        "en",
        ("Graham Nicholls", "graham@nichollsandpartners.example"),
        "2028-03-28 16:12",
        "thunderbird",
        t("""
            Hello,

            Before I pay this I need to check something. Last week I had a separate email, apparently from you, saying your bank details had changed and giving a new account at a different bank. The reminder below still has the old details.

            Can you confirm which account is correct? Given the circumstances I'd prefer a phone call to the office on 01632 960733 rather than an email.

            Regards,
            Graham Nicholls
            """),
        lab(note="wants the bank details confirmed before paying, without contesting anything"),
        "TMS-28-00499",
        "1620.00",
        cte="8bit",
    ),
    Reply(
        "ir-de-jadebusen",
        "invoice_request",
        "de",
        ("Hafenbehörde Jadebusen - Rechnungseingang", "rechnungseingang@hafen-jadebusen.example"),
        "2028-03-24 09:50",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            die o. g. Rechnung liegt uns nur als PDF vor. Als öffentlicher Auftraggeber dürfen wir Rechnungen ausschließlich als elektronische Rechnung im Format XRechnung annehmen. Eine Zahlung ist daher derzeit nicht möglich.

            Bitte übermitteln Sie die Rechnung erneut als XRechnung unter Angabe unserer Leitweg-ID 03-4012-73.

            Mit freundlichen Grüßen
            Im Auftrag
            Behrens

            Hafenbehörde Jadebusen
            Haushalt und Rechnungswesen
            """),
        lab(note="public body needs the invoice as an e-invoice (XRechnung) before it can pay"),
        "TMS-28-00486",
        "3975.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-rehn",
        "invoice_request",
        "de",
        ("Tobias Rehn", "tobias.rehn@rehn-immobilien.example"),
        "2028-04-05 14:44",
        "gmail",
        t("""
            Hallo zusammen,

            bevor ich das anweise, hätte ich gern den Arbeitsbericht zur Motorinspektion – welche Teile getauscht wurden und wie viele Stunden Ihr Mechaniker dran war. Auf der Rechnung steht nur „Inspektion lt. Auftrag“.

            Danke und Gruß
            Tobias Rehn
            """),
        lab(note="wants the work report before paying; nothing contested"),
        "TMS-28-00533",
        "1180.00",
    ),
    Reply(
        "ir-fr-msbretagne",
        "invoice_request",
        "fr",
        ("Marine Services Bretagne – Comptabilité", "comptabilite@msbretagne.example"),
        "2028-03-21 10:35",
        "outlook_html",
        t("""
            Bonjour,

            Pour que nous puissions enregistrer et régler la facture TMS-28-00450, merci de nous la renvoyer en y faisant figurer notre numéro de TVA intracommunautaire (FR 41 512 348 907) ainsi que la mention « autoliquidation ». En l'état, notre cabinet comptable la refuse.

            Bien cordialement,
            Gaëlle Le Bihan
            Comptabilité fournisseurs
            """),
        lab(("TMS-28-00450",), note="re-issue with VAT number, amount not contested"),
        "TMS-28-00450",
        "2688.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-danet",
        "invoice_request",
        "fr",
        ("Pierre-Yves Danet", "pydanet@free.fr"),
        "2028-03-25 17:50",
        "iphone",
        "Bonjour, je veux bien payer mais il me faut un RIB, ma banque me demande aussi le BIC pour un virement vers l'étranger. Vous pouvez m'envoyer ça ? Merci",
        lab(note="asks for bank details (RIB/BIC) before paying"),
        "TMS-28-00490",
        "352.00",
    ),
    Reply(
        "ir-es-aiguablava",
        "invoice_request",
        "es",
        ("Club Nàutic Aiguablava – Comptabilitat", "comptabilitat@cnaiguablava.example"),
        "2028-03-20 12:12",
        "outlook",
        t("""
            Buenos días,

            ¿Nos podrían enviar un extracto de cuenta con todas las facturas pendientes? Tenemos varias a nombre del club y no tengo claro cuáles están ya pagadas y cuáles no.

            Con el extracto lo cuadramos y les pagamos lo que corresponda.

            Gracias,
            Núria Vidal
            Contabilidad
            """),
        lab(note="statement of account request"),
        "TMS-28-00438",
        "1760.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ir-es-roca",
        "invoice_request",
        "es",
        ("Alberto Roca", "alberto.roca@rocaconsultores.example"),
        "2028-04-06 09:20",
        "gmail_plain",
        t("""
            Buenos días,

            La factura está a mi nombre y tiene que ir a nombre de la empresa, Roca Consultores S.L., CIF B-98765432, porque si no mi gestor no la puede contabilizar. ¿Me la podéis rehacer? En cuanto la tenga la pago.

            Gracias
            Alberto Roca
            """),
        lab(note="re-issue in the company's name; payment follows the document"),
        "TMS-28-00536",
        "905.00",
    ),
    Reply(
        "ir-nl-waddenveer",
        "invoice_request",
        "nl",
        ("Rederij Waddenveer – Crediteuren", "crediteuren@waddenveer.example"),
        "2028-03-29 11:08",
        "outlook",
        t("""
            Goedemorgen,

            Wij kunnen deze factuur pas betalen wanneer ons inkoopordernummer erop vermeld staat. Graag ontvangen wij een gecorrigeerde factuur met PO 28-1094, dan nemen wij deze mee in de eerstvolgende betaalrun.

            Met vriendelijke groet,

            Anouk Visser
            Crediteurenadministratie
            Rederij Waddenveer
            """),
        lab(note="conditional payment: pays once the invoice quotes the PO"),
        "TMS-28-00506",
        "2275.00",
        cte="b64",
    ),
    Reply(
        "ir-it-tirrena",
        "invoice_request",
        "it",
        ("Nautica Tirrena S.r.l.", "amministrazione@nauticatirrena.example"),
        "2028-03-14 15:00",
        "outlook_html",
        t("""
            Buongiorno,

            non ci risulta pervenuta alcuna fattura elettronica tramite SDI per questo importo. Vi preghiamo di trasmetterla indicando il nostro codice destinatario M5UXCR1, in modo che possiamo registrarla e procedere al pagamento.

            Cordiali saluti
            Roberta Sanna
            Ufficio Amministrativo
            """),
        lab(note="needs the e-invoice through SDI before paying"),
        "TMS-28-00383",
        "2150.00",
    ),
    Reply(
        "ir-it-moretti",
        "invoice_request",
        "it",
        ("Stefano Moretti", "stefano.moretti@morettiarchitetti.example"),
        "2028-03-31 18:15",
        "gmail",
        t("""
            Salve,

            mi potete mandare il dettaglio delle ore? In fattura c'è scritto solo "manodopera 14 h" e non capisco per cosa, il tagliando dell'anno scorso era venuto la metà. Non dico che sia sbagliato, voglio solo capire.

            Grazie
            Stefano
            """),
        lab(note="asks for the breakdown and says explicitly that he is not contesting it"),
        "TMS-28-00511",
        "1320.00",
    ),
]

# --------------------------------------------------------------------------------------------
# wrong_contact
# --------------------------------------------------------------------------------------------

WRONG_CONTACT = [
    Reply(
        "wc-en-itchenferry",
        "wrong_contact",
        "en",
        ("Angela Moss", "secretary@itchenferry-sc.example"),
        "2028-03-13 18:20",
        "gmail_plain",
        t("""
            Hello,

            I'm the club secretary and don't deal with payments at all. Invoices need to go to our treasurer, Colin Marsh, at treasurer@itchenferry-sc.example – I've copied him in.

            Angela Moss
            Itchen Ferry Sailing Club
            """),
        lab(
            new_contact="treasurer@itchenferry-sc.example", note="new address in the text and in Cc"
        ),
        "TMS-28-00374",
        "960.00",
        cc="Colin Marsh <treasurer@itchenferry-sc.example>",
    ),
    Reply(
        "wc-en-redirect",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@harbourside-marina.example"),
        "2028-03-23 04:12",
        "html_only",
        t("""
            Dear Supplier,

            Please be advised that with immediate effect all remittance and credit control correspondence for Harbourside Marina Ltd is handled by our new finance partner. Kindly update your records and send all future reminders, statements and invoices to creditcontrol@hsm-financeservices.example.

            Do not send correspondence to this mailbox any longer as it will not be monitored.

            To complete the update, please also confirm by return the total balance outstanding on our account and the bank details you currently hold for us.

            Regards,
            Accounts Department
            Harbourside Marina Ltd
            """),
        lab(
            new_contact="creditcontrol@hsm-financeservices.example",
            note="phishing-like request to redirect collection mail to a third-party domain; as written it names a new contact, which a person must verify before anything changes",
        ),
        "TMS-28-00482",
        "4320.00",
    ),
    Reply(
        "wc-en-hext",
        "wrong_contact",
        "en",
        ("Tony Hext", "tony.hext@hext-plumbing.example"),
        "2028-03-24 12:10",
        "android",
        "I stepped down as commodore of Warsash Yacht Club at the AGM in January and have nothing to do with their accounts now. You'll need to speak to the club office. Please update your records.",
        lab(note="not the right person; no new address named"),
        "TMS-28-00487",
        "1210.00",
    ),
    Reply(
        "wc-de-lorenz",
        "wrong_contact",
        "de",
        ("Petra Lorenz", "p.lorenz@lorenz-yachtbroker.example"),
        "2028-03-14 10:30",
        "outlook_html",
        t("""
            Guten Tag,

            ich bin für Rechnungen nicht mehr zuständig. Seit dem 1. März läuft die gesamte Kreditorenbuchhaltung über unsere Zentrale in Hamburg. Bitte senden Sie Rechnungen und Mahnungen künftig an kreditoren@lorenz-gruppe.example.

            Mit freundlichen Grüßen
            Petra Lorenz
            """),
        lab(new_contact="kreditoren@lorenz-gruppe.example"),
        "TMS-28-00380",
        "1640.00",
    ),
    Reply(
        "wc-de-kessler",
        "wrong_contact",
        "de",
        ("Sekretariat Dr. Kessler", "sekretariat@praxis-kessler.example"),
        "2028-03-30 16:02",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            Herr Dr. Kessler hat mich gebeten, Ihnen mitzuteilen, dass die Rechnungen für seine Yacht nicht über die Praxis laufen. Zuständig ist seine Steuerberaterin, Frau Albers (Albers@StB-Albers.example). Wir haben Ihre E-Mail dorthin weitergeleitet.

            Mit freundlichen Grüßen
            Monika Seidel
            Sekretariat
            """),
        lab(
            new_contact="albers@stb-albers.example",
            note="an assistant writes; the address is in mixed case and labelled in lower case",
        ),
        "TMS-28-00501",
        "2360.00",
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-loctudy",
        "wrong_contact",
        "fr",
        ("Jean-Marc Quéré", "jm.quere@gmail.com"),
        "2028-03-17 19:40",
        "gmail_plain",
        t("""
            Bonsoir,

            Je ne suis plus président du Cercle nautique de Loctudy depuis l'assemblée générale de janvier. Merci d'adresser vos relances à la trésorière, Mme Annick Pennec : tresorerie@cn-loctudy.example.

            Cordialement,
            Jean-Marc Quéré
            """),
        lab(new_contact="tresorerie@cn-loctudy.example"),
        "TMS-28-00430",
        "1085.00",
    ),
    Reply(
        "wc-fr-barbier",
        "wrong_contact",
        "fr",
        ("Laetitia Barbier", "laetitia.barbier@hotmail.fr"),
        "2028-04-05 20:05",
        "iphone",
        "Bonsoir, vous devez vous tromper de personne, je n'ai pas de bateau et je n'ai jamais entendu parler de votre société. Il doit y avoir une erreur d'adresse mail.",
        lab(note="wrong recipient altogether; no new address"),
        "TMS-28-00535",
        "415.00",
    ),
    Reply(
        "wc-es-castillo",
        "wrong_contact",
        "es",
        ("Andrés Castillo", "andres@castillo-mantenimiento.example"),
        "2028-03-21 09:45",
        "gmail",
        t("""
            Buenas,

            Yo solo llevo el mantenimiento del barco del Sr. Lacasa, los pagos no pasan por mí. Para facturas tenéis que escribir a su administradora, Carmen Ruiz, a administracion@grupolacasa.example.

            Saludos
            Andrés
            """),
        lab(new_contact="administracion@grupolacasa.example"),
        "TMS-28-00462",
        "1390.00",
    ),
    Reply(
        "wc-es-azahar",
        "wrong_contact",
        "es",
        ("Reservas – Marina Puerto Azahar", "reservas@puertoazahar.example"),
        "2028-04-03 11:20",
        "outlook_html",
        t("""
            Buenos días:

            Este buzón es únicamente para reservas de amarres y no lo revisa el departamento financiero. Para cualquier asunto relacionado con facturas o pagos, les rogamos que escriban a contabilidad@puertoazahar.example.

            Un saludo,
            Equipo de Reservas
            Marina Puerto Azahar
            """),
        lab(
            new_contact="contabilidad@puertoazahar.example",
            note="written by a person at a shared mailbox, not an auto-reply",
        ),
        "TMS-28-00523",
        "3080.00",
        charset="windows-1252",
    ),
    Reply(
        "wc-nl-dekreek",
        "wrong_contact",
        "nl",
        ("Havenmeester Jachthaven De Kreek", "havenmeester@jachthavendekreek.example"),
        "2028-03-18 08:40",
        "android",
        "Goedemorgen, ik ben de havenmeester, met facturen heb ik niks te maken. Stuur het maar naar penningmeester@jachthavendekreek.example, die regelt dat. Gr Wim",
        lab(new_contact="penningmeester@jachthavendekreek.example"),
        "TMS-28-00418",
        "2490.00",
    ),
    Reply(
        "wc-nl-degraaf",
        "wrong_contact",
        "nl",
        ("Bert de Graaf", "b.degraaf@degraaf-holding.example"),
        "2028-03-29 13:50",
        "outlook",
        t("""
            Goedemiddag,

            Deze factuur staat op naam van De Graaf Holding, maar het schip is eigendom van onze dochter De Graaf Charters B.V. en die voert haar eigen administratie. Wilt u de herinnering (en voortaan ook de facturen) naar crediteuren@degraafcharters.example sturen?

            Met vriendelijke groet,
            Bert de Graaf
            """),
        lab(
            new_contact="crediteuren@degraafcharters.example",
            note="the subsidiary keeps its own books: send there",
        ),
        "TMS-28-00507",
        "4150.00",
    ),
    Reply(
        "wc-it-ricci",
        "wrong_contact",
        "it",
        ("Paola Ricci", "paola.ricci@studioricci.example"),
        "2028-03-27 09:05",
        "thunderbird",
        t("""
            Buongiorno,

            dal 1° marzo non mi occupo più dell'amministrazione della barca di mio fratello. Per favore scrivete direttamente a lui, Andrea Ricci, all'indirizzo andrea.ricci.vela@libero.it.

            Grazie, saluti
            Paola Ricci
            """),
        lab(new_contact="andrea.ricci.vela@libero.it"),
        "TMS-28-00491",
        "1720.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

# --------------------------------------------------------------------------------------------
# unsubscribe
# --------------------------------------------------------------------------------------------

UNSUBSCRIBE = [
    Reply(
        "us-en-crowther",
        "unsubscribe",
        "en",
        ("Ian Crowther", "ian.crowther@crowther-haulage.example"),
        "2028-04-03 07:15",
        "iphone",
        "I've told your office twice I'm paying this on Friday. Now please stop emailing me every other day, it's harassment.",
        lab(note="promise plus a stop request: unsubscribe wins"),
        "TMS-28-00524",
        "690.00",
    ),
    Reply(
        "us-en-ellery",
        "unsubscribe",
        "en",
        ("Margaret Ellery", "m.ellery@elleryfamily.example"),
        "2028-03-16 11:00",
        "outlook",
        t("""
            Dear Sirs,

            Following the death of my husband I am dealing with his affairs, including the account for his boat. I do not use email much and would be grateful if all future correspondence could be sent to me by post at the address you hold on file.

            Please do not email this address about the account again.

            Yours faithfully,
            Margaret Ellery
            """),
        lab(note="post only → unsubscribe"),
        "TMS-28-00392",
        "1415.00",
    ),
    Reply(
        "us-en-solicitors",
        "unsubscribe",
        "en",
        ("Hartley Vance LLP", "litigation@hartleyvance.example"),
        "2028-03-28 12:30",
        "outlook_html",
        t("""
            Dear Sirs,

            Our client: Mr Julian Pardoe – your invoice TMS-28-00495

            We act for Mr Pardoe in connection with the above invoice and the works carried out to his vessel at your yard, which are the subject of a dispute. Please ensure that all further correspondence on this matter is addressed to this firm, quoting our reference JV/PAR/2214, and that nothing further is sent to our client directly.

            Yours faithfully,

            Hartley Vance LLP
            """),
        lab(
            ("TMS-28-00495",),
            note="solicitors: no further contact with the client, everything through the firm → unsubscribe, which beats dispute and wrong_contact",
        ),
        "TMS-28-00495",
        "7820.00",
        days_before=6,
    ),
    Reply(
        "us-de-petersen",
        "unsubscribe",
        "de",
        ("Jens Petersen", "jens.petersen@gmx.de"),
        "2028-03-22 20:30",
        "apple",
        t("""
            Hallo,

            bitte nehmen Sie meine Adresse aus Ihrem Mahnverteiler. Ich habe mit Ihrer Kollegin telefoniert und alles geklärt, Schriftverkehr bitte nur noch per Post an meine Anschrift in Husum.

            Jens Petersen
            """),
        lab(note="remove me + post only"),
        "TMS-28-00466",
        "585.00",
    ),
    Reply(
        "us-fr-riou",
        "unsubscribe",
        "fr",
        ("Mathieu Riou", "mathieu.riou@riou-peinture.example"),
        "2028-03-16 07:58",
        "android",
        "Désinscrivez-moi de vos relances automatiques svp. 4 mails en une semaine c'est trop.",
        lab(note="short stop request from a phone"),
        "TMS-28-00400",
        "450.00",
    ),
    Reply(
        "us-fr-lemaitre",
        "unsubscribe",
        "fr",
        ("Hervé Lemaître", "h.lemaitre@lemaitre-transports.example"),
        "2028-03-31 17:45",
        "outlook_html",
        t("""
            Madame, Monsieur,

            Suite à vos relances répétées, je vous informe que j'ai transmis ce dossier à mon avocat, Maître Florence Abgrall. Je vous demande de ne plus me contacter directement à ce sujet ; toute correspondance devra désormais lui être adressée.

            Salutations,
            Hervé Lemaître
            """),
        lab(note="'talk to my lawyer', no address → unsubscribe"),
        "TMS-28-00514",
        "5340.00",
        charset="windows-1252",
    ),
    Reply(
        "us-es-beltran",
        "unsubscribe",
        "es",
        ("Ramón Beltrán", "ramon.beltran@beltranpescados.example"),
        "2028-03-24 13:03",
        "iphone",
        "Dejen de enviarme correos, por favor. Ya hablé con su compañera por teléfono y quedamos en que pagaría en mayo.",
        lab(note="stop request with a promise made by phone: unsubscribe wins"),
        "TMS-28-00485",
        "1210.00",
    ),
    Reply(
        "us-es-navarro",
        "unsubscribe",
        "es",
        ("Lucía Navarro", "lnavarro@navarroyasociados.example"),
        "2028-04-05 10:00",
        "outlook",
        t("""
            Buenos días:

            Les ruego que eliminen esta dirección de correo de sus envíos de recordatorios. Es una cuenta corporativa y no debe recibir comunicaciones sobre asuntos particulares.

            Un saludo,
            Lucía Navarro
            """),
        lab(note="remove this address; no other address given"),
        "TMS-28-00529",
        "320.00",
        charset="windows-1252",
    ),
    Reply(
        "us-nl-smit",
        "unsubscribe",
        "nl",
        ("Kees Smit", "kees.smit@smitbouw.example"),
        "2028-03-14 06:50",
        "iphone",
        "Graag uitschrijven.",
        lab(note="two words"),
        "TMS-28-00388",
        "720.00",
    ),
    Reply(
        "us-nl-vanhouten",
        "unsubscribe",
        "nl",
        ("Secretariaat Van Houten Beheer", "secretariaat@vanhouten-beheer.example"),
        "2028-03-30 14:14",
        "html_only",
        t("""
            Geachte heer, mevrouw,

            Namens de heer Van Houten verzoek ik u vriendelijk doch dringend om vanaf heden uitsluitend schriftelijk, per post, met hem te corresponderen over deze en toekomstige facturen. E-mails aan dit adres worden niet meer in behandeling genomen.

            Hoogachtend,

            Ingrid Kramer
            Secretariaat Van Houten Beheer B.V.
            """),
        lab(note="post only, very formal, written by an assistant; HTML-only"),
        "TMS-28-00504",
        "2640.00",
    ),
    Reply(
        "us-it-esposito",
        "unsubscribe",
        "it",
        ("Roberto Esposito", "roberto.esposito@espositonautica.example"),
        "2028-03-20 19:35",
        "gmail_plain",
        "Non scrivetemi più. La questione è in mano al mio avvocato, per qualsiasi cosa rivolgetevi a lui.",
        lab(note="'talk to my lawyer' with no address → unsubscribe"),
        "TMS-28-00445",
        "2920.00",
    ),
    Reply(
        "us-it-fabbri",
        "unsubscribe",
        "it",
        ("Giorgio Fabbri", "giorgio.fabbri@libero.it"),
        "2028-04-01 10:10",
        "android",
        "Vi prego di cancellare il mio indirizzo dalla vostra lista. La barca l'ho venduta a novembre e non ho più niente a che fare con il vostro cantiere.",
        lab(
            note="remove me + 'sold the boat' without a new address: unsubscribe beats wrong_contact"
        ),
        "TMS-28-00516",
        "780.00",
    ),
]

# --------------------------------------------------------------------------------------------
# auto_reply
# --------------------------------------------------------------------------------------------

AUTO_REPLY = [
    Reply(
        "ar-en-pengelly",
        "auto_reply",
        "en",
        ("Sarah Pengelly", "s.pengelly@falmouthboatco.example"),
        "2028-03-22 08:47",
        "notice_alt",
        t("""
            Thank you for your email. I am out of the office until Monday 27 March with limited access to email. For anything urgent please call the office on 01632 960251.

            Sarah Pengelly
            Falmouth Boat Co.
            """),
        lab(return_date="2028-03-27", note="'until X' → X itself"),
        "TMS-28-00469",
        "880.00",
        subject="Automatic reply: {sub}",
        headers=(AUTO_REPLIED, ("X-Auto-Response-Suppress", "All")),
        days_before=0,
    ),
    Reply(
        "ar-en-portway-ticket",
        "auto_reply",
        "en",
        ("Portway Marine Group – AP Service Desk", "accounts@portwaymarine.example"),
        "2028-03-16 08:49",
        "notice",
        t("""
            Hello,

            Thank you for contacting Portway Marine Group Accounts Payable. Your message has been received and a ticket has been created:

            Ticket number: 48213
            Subject: {sub}
            Status: Open

            A member of our team will review your query and respond within 5 working days. Please do not reply to this email, as replies create a new ticket. You can follow progress in our supplier portal.

            Portway Marine Group – Accounts Payable Service Desk
            """),
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        "TMS-28-00410",
        "3150.00",
        subject="[Ticket #48213] {sub}",
        headers=(("Precedence", "bulk"),),
        days_before=0,
    ),
    Reply(
        "ar-en-tamblyn",
        "auto_reply",
        "en",
        ("Chris Tamblyn", "chris.tamblyn@gmail.com"),
        "2028-04-03 08:52",
        "notice_alt",
        t("""
            Hi, I'm away on the boat crossing to Brittany and back, with no signal for most of it. Home on 10th April and I'll reply then.

            Chris
            """),
        lab(
            return_date="2028-04-10",
            note="vacation responder with X-Autoreply only, no Auto-Submitted",
        ),
        "TMS-28-00526",
        "1045.00",
        subject="Away sailing",
        headers=(("X-Autoreply", "yes"),),
        days_before=0,
    ),
    Reply(
        "ar-de-hansen",
        "auto_reply",
        "de",
        ("Ulrike Hansen", "u.hansen@hansen-werft.example"),
        "2028-03-20 09:46",
        "notice",
        t("""
            Vielen Dank für Ihre Nachricht.

            Ich bin vom 20.03. bis einschließlich 31.03.2028 nicht im Büro. Ab dem 03.04. bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Petersen, a.petersen@hansen-werft.example.

            Mit freundlichen Grüßen
            Ulrike Hansen
            """),
        lab(
            return_date="2028-04-03",
            note="'ab dem 03.04. wieder erreichbar' wins over 'bis einschließlich 31.03.'; the colleague's address is not a new contact",
        ),
        "TMS-28-00436",
        "2210.00",
        charset="iso-8859-1",
        subject="Automatische Antwort: {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-de-elbe",
        "auto_reply",
        "de",
        ("Yachtzentrum Elbe – Buchhaltung", "buchhaltung@yachtzentrum-elbe.example"),
        "2028-04-04 09:48",
        "notice",
        t("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre E-Mail. Wir haben Ihre Nachricht erhalten und werden sie schnellstmöglich bearbeiten.

            Bitte haben Sie Verständnis dafür, dass die Bearbeitung während der Saisonvorbereitung bis zu zehn Werktage dauern kann.

            Ihr Team der Buchhaltung
            Yachtzentrum Elbe GmbH
            """),
        lab(note="receipt acknowledgement, no return date"),
        "TMS-28-00532",
        "1760.00",
        subject="Eingangsbestätigung: {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-fr-carre",
        "auto_reply",
        "fr",
        ("Isabelle Carré", "i.carre@chantier-carre.example"),
        "2028-03-29 09:45",
        "notice",
        t("""
            Bonjour,

            Je suis absente jusqu'au vendredi 14 avril et ne consulte pas mes messages. Pour toute question comptable, vous pouvez joindre le standard du chantier au 02 98 00 00 00.

            Isabelle Carré
            """),
        lab(return_date="2028-04-14", note="'jusqu'au X' → X itself"),
        "TMS-28-00500",
        "1480.00",
        subject="Réponse automatique : {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-es-munoz",
        "auto_reply",
        "es",
        ("Javier Muñoz", "jmunoz@nauticasur.example"),
        "2028-03-17 09:50",
        "notice_alt",
        t("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el lunes 3 de abril, sin acceso al correo. Para asuntos urgentes pueden escribir a administracion@nauticasur.example.

            Un saludo,
            Javier Muñoz
            """),
        lab(
            return_date="2028-04-03",
            note="'hasta el lunes 3 de abril' → that day; the urgent-matters address is not a new contact",
        ),
        "TMS-28-00427",
        "990.00",
        subject="Respuesta automática: {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-es-balear-ticket",
        "auto_reply",
        "es",
        ("Soporte Proveedores – Grupo Marítimo Balear", "proveedores@gmbalear.example"),
        "2028-03-28 09:51",
        "notice",
        t("""
            Estimado proveedor:

            Hemos recibido su solicitud y le hemos asignado el número de incidencia 5521. Nuestro equipo de Cuentas a Pagar la atenderá en un plazo máximo de 72 horas laborables.

            Para cualquier consulta sobre esta incidencia, responda a este mensaje sin modificar el asunto.

            Atentamente,
            Servicio de Atención a Proveedores
            Grupo Marítimo Balear
            """),
        lab(note="ticket acknowledgement"),
        "TMS-28-00494",
        "5610.00",
        subject="[Solicitud #5521] {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-nl-bos",
        "auto_reply",
        "nl",
        ("Femke Bos", "f.bos@bosjachtbouw.example"),
        "2028-03-23 09:44",
        "notice",
        t("""
            Dank voor je bericht. Ik ben afwezig tot en met vrijdag 24 maart en weer aanwezig op maandag 27 maart. Je mail wordt niet doorgestuurd.

            Groet,
            Femke Bos
            """),
        lab(return_date="2028-03-27", note="the stated day back wins over 'tot en met'"),
        "TMS-28-00472",
        "1330.00",
        subject="Automatisch antwoord: {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-nl-zeewolde",
        "auto_reply",
        "nl",
        ("Jachthaven Zeewolde Noord", "info@jachthavenzeewoldenoord.example"),
        "2028-04-03 09:47",
        "notice",
        t("""
            Beste klant,

            Bedankt voor uw e-mail. Het is op dit moment erg druk in het voorseizoen; u kunt binnen drie werkdagen een antwoord verwachten.

            Voor spoedzaken kunt u ons tijdens kantooruren bellen.

            Met vriendelijke groet,
            Team Jachthaven Zeewolde Noord
            """),
        lab(note="autoresponder without any auto-reply header"),
        "TMS-28-00522",
        "2870.00",
        days_before=0,
    ),
    Reply(
        "ar-it-deluca",
        "auto_reply",
        "it",
        ("Chiara De Luca", "c.deluca@marinadiportoverde.example"),
        "2028-03-29 09:45",
        "notice_alt",
        t("""
            Buongiorno,

            sarò assente fino a venerdì 31 marzo compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 3 aprile.

            Per urgenze potete contattare l'ufficio al numero 0565 000000.

            Chiara De Luca
            """),
        lab(
            return_date="2028-04-03",
            note="'rientrerò lunedì 3 aprile' wins over 'fino a venerdì 31 marzo compreso'",
        ),
        "TMS-28-00498",
        "2460.00",
        subject="Risposta automatica: {sub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-it-sanfelice",
        "auto_reply",
        "it",
        ("Amministrazione – Porto Turistico San Felice", "amministrazione@portosanfelice.example"),
        "2028-04-07 09:49",
        "notice",
        t("""
            Gentile mittente,

            la sua e-mail è stata ricevuta dall'ufficio amministrativo e verrà gestita entro due giorni lavorativi.

            Questo è un messaggio generato automaticamente, si prega di non rispondere.

            Porto Turistico San Felice
            """),
        lab(note="acknowledgement carrying only Precedence: auto_reply"),
        "TMS-28-00540",
        "3920.00",
        charset="iso-8859-1",
        subject="Messaggio ricevuto: {sub}",
        headers=(("Precedence", "auto_reply"),),
        days_before=0,
    ),
]

# --------------------------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------------------------

OTHER = [
    Reply(
        "ot-en-trevithick",
        "other",
        "en",
        ("Helen Trevithick", "helen@trevithick-cottages.example"),
        "2028-03-28 13:25",
        "iphone",
        "Not an auto reply, it's really me! I'm in Madeira till the 12th with only my phone. I'll have a proper look at this when I'm back home, I honestly can't remember whether Rob dealt with it.\n\nHelen",
        lab(note="a person despite the 'Out of office' subject; no payment claim, no commitment"),
        "TMS-28-00496",
        "1150.00",
        subject="Out of office",
    ),
    Reply(
        "ot-en-kinsella",
        "other",
        "en",
        ("Paul Kinsella", "paul@kinsella-roofing.example"),
        "2028-03-13 12:48",
        "gmail",
        t("""
            Did we not pay this already? I thought Karen did a batch of them last month, yours included.

            Karen – can you check and let these guys know?

            Paul
            """),
        lab(note="a question, not a payment claim; the colleague in Cc is not a new contact"),
        "TMS-28-00368",
        "2085.00",
        cc="Karen Kinsella <karen@kinsella-roofing.example>",
    ),
    Reply(
        "ot-en-brannigan",
        "other",
        "en",
        ("Ollie Brannigan", "ollie.brannigan@brannigan-media.example"),
        "2028-04-06 17:20",
        "apple_html",
        t("""
            Received, thanks. Quick question while I've got you – is the yard open over the Easter weekend? I want to come down and check the covers and get the batteries charged before launch.

            Ollie
            """),
        lab(note="acknowledgement plus a yard question"),
        "TMS-28-00534",
        "725.00",
    ),
    Reply(
        "ot-de-wolter",
        "other",
        "de",
        ("Andreas Wolter", "wolter@wolter-elektro.example"),
        "2028-03-24 11:11",
        "outlook",
        t("""
            Hallo,

            ist diese Mail echt? Wir hatten letzte Woche schon eine angebliche Rechnung mit Ihrem Logo und einer ganz anderen Kontonummer. Ich rufe Montag bei Ihnen im Büro an, bevor ich irgendetwas überweise.

            A. Wolter
            """),
        lab(
            note="suspicion; he will phone before doing anything, nothing is requested or promised"
        ),
        "TMS-28-00484",
        "1395.00",
    ),
    Reply(
        "ot-de-lammers",
        "other",
        "de",
        ("Birgit Lammers", "birgit.lammers@t-online.de"),
        "2028-04-02 18:30",
        "thunderbird",
        t("""
            Hallo,
            habe ich erhalten. Das Boot gehört eigentlich meinem Mann, ich spreche heute Abend mit ihm und dann meldet sich einer von uns.
            Viele Grüße
            Birgit Lammers
            """),
        lab(note="acknowledgement; the husband is named without an address"),
        "TMS-28-00518",
        "860.00",
        cte="8bit",
        days_before=2,
    ),
    Reply(
        "ot-fr-kerherve",
        "other",
        "fr",
        ("Olivier Kerhervé", "o.kerherve@kerherve-assurances.example"),
        "2028-03-27 12:15",
        "gmail",
        t("""
            Bonjour,

            Bien reçu. Au passage, pouvez-vous me confirmer que le bateau sera prêt pour la mise à l'eau du 8 avril ? Je descends le week-end d'avant pour l'armement.

            Olivier
            """),
        lab(note="acknowledgement plus a launch question"),
        "TMS-28-00489",
        "1940.00",
    ),
    Reply(
        "ot-fr-lefloch",
        "other",
        "fr",
        ("Anne Le Floch", "anne.lefloch@gmail.com"),
        "2028-03-15 21:40",
        "gmail_plain",
        t("""
            Bonsoir,

            Je suis la fille de M. Yves Le Floch. Mon père est décédé le 19 février. Nous ne savons pas encore ce que nous allons faire du bateau, la succession vient tout juste d'être ouverte chez le notaire à Quimper.

            Je voulais simplement vous prévenir, pour que vous compreniez pourquoi personne ne vous répondait.

            Anne Le Floch
            """),
        lab(
            note="bereavement notice: no stop request, no new address, nothing promised; a person must read it"
        ),
        "TMS-28-00384",
        "1670.00",
    ),
    Reply(
        "ot-es-dominguez",
        "other",
        "es",
        ("Pilar Domínguez", "pilar.dominguez@dominguezopticos.example"),
        "2028-03-22 12:02",
        "iphone",
        "Recibido.",
        lab(note="one-word acknowledgement"),
        "TMS-28-00473",
        "540.00",
    ),
    Reply(
        "ot-es-mas",
        "other",
        "es",
        ("Xavi Mas", "xavi@masveles.example"),
        "2028-04-06 16:40",
        "android",
        "Hola, mejor te llamo mañana por la mañana y lo hablamos, que por email me lío. Xavi",
        lab(note="will phone; nothing claimed or promised"),
        "TMS-28-00537",
        "1825.00",
    ),
    Reply(
        "ot-nl-hendriks",
        "other",
        "nl",
        ("Pieter Hendriks", "pieter.hendriks@hendriks-ict.example"),
        "2028-03-17 16:30",
        "gmail_plain",
        t("""
            Dank voor de herinnering, is doorgezet naar onze boekhouder.

            Los daarvan: kan de boot al in week 15 het water in in plaats van week 17? We willen met Pasen varen.

            Groet,
            Pieter
            """),
        lab(note="passed on to the bookkeeper (no address) plus a launch question"),
        "TMS-28-00414",
        "2390.00",
    ),
    Reply(
        "ot-it-greco",
        "other",
        "it",
        ("Matteo Greco", "matteo.greco@grecotrasporti.example"),
        "2028-03-14 08:10",
        "iphone",
        "ok",
        lab(note="bare acknowledgement; not a payment claim or a promise"),
        "TMS-28-00387",
        "470.00",
    ),
    Reply(
        "ot-it-villa",
        "other",
        "it",
        ("Sergio Villa", "sergio.villa@villaimpianti.example"),
        "2028-03-30 17:55",
        "outlook",
        t("""
            Buonasera,

            preferisco parlarne a voce. Mi può chiamare domani dopo le 18 al 347 000 0000? Ci sono un paio di cose da sistemare anche per la stagione nuova.

            Sergio Villa
            """),
        lab(note="asks for a call; nothing claimed, requested or promised about the invoice"),
        "TMS-28-00505",
        "2150.00",
        charset="windows-1252",
        cte="8bit",
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
# Delivery reports: generated skeletons, hand-written human-readable parts
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
    inv: str
    amount: str
    rlang: str = ""
    zone: str = ""
    delay_minutes: int = 2
    note: str | None = None

    @property
    def tz(self) -> str:
        """The reporting server's zone: UK for English notices, central Europe otherwise."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def date(self) -> datetime:
        """The Date: of the message, with the offset in force on that day."""
        return localize(self.tz, self.when)

    def reminder(self) -> Reminder:
        """The reminder that could not be delivered."""
        sent = to_zone(self.date - timedelta(minutes=self.delay_minutes), "uk")
        return Reminder(self.key, self.rlang or self.lang, self.inv, self.amount, sent, self.rcpt)

    @property
    def subject(self) -> str:
        """The subject of the returned reminder."""
        return self.reminder().subject

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    diagnostic_type: str = "smtp",
) -> Message:
    """The machine-readable part of an RFC 3464 report."""
    rem = b.reminder()
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(to_zone(rem.sent, b.tz))}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diagnostic_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.date)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.date + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The returned reminder as text/rfc822-headers."""
    rem = b.reminder().message()
    text = "".join(f"{k}: {v}\n" for k, v in rem.items() if k not in {"Content-Transfer-Encoding"})
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """The whole returned reminder as message/rfc822."""
    return MIMEMessage(b.reminder().message())


def returned_copy(b: Bounce, received: str) -> str:
    """The returned message pasted into a non-MIME notice, as the MTA received it."""
    rem = b.reminder()
    stamp_line = format_datetime(to_zone(rem.sent, b.tz))
    return (
        f"Return-Path: <{AR_ADDR}>\nReceived: {received};\n\t{stamp_line}\n"
        + rem.message().as_string()
    )


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def exchange_markup(lines: list[str]) -> str:
    """The HTML side of an Exchange Online non-delivery report (first line is the headline)."""
    head, *rest = lines
    body = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:12pt">{html_text(x)}</p>'
        for x in rest
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table cellspacing="0" cellpadding="0" width="100%"><tr><td style="padding:10px">'
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:17pt;color:#C00000">{html.escape(head)}</p>'
        f"{body}</td></tr></table></body></html>\n"
    )


def exchange_human(lines: list[str]) -> Message:
    """The human-readable part of an Exchange Online report, plain and HTML."""
    return alternative("\n\n".join(lines) + "\n", exchange_markup(lines), "utf-8", "qp")


def close_bounce(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.date)
    host = sender.rsplit("@", 1)[1].strip(">) ").split()[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    if msg.get("Content-Type"):
        del msg["MIME-Version"]
        msg["MIME-Version"] = "1.0"
    return finish(msg, b.key, "other")


def plain_notice(text: str) -> Message:
    """A notice with no MIME headers at all (old MTAs)."""
    msg = Message()
    msg.set_payload(text)
    return msg


# ---- English --------------------------------------------------------------------------------


def bounce_postfix_domain(b: Bounce) -> Message:
    """Postfix with a site template: the domain no longer resolves."""
    human = (
        t(f"""
        This is the mail system at host mail.tidewater-marine.example.

        Your message could not be delivered to one or more recipients.
        The headers of the original message are attached below.

        If you need help, contact postmaster@tidewater-marine.example and
        include this report.

                           The mail system

        <{b.rcpt}>: Host or domain name not found. Name service
            error for name={b.domain} type=A: Host not found
        """)
        + "\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=A: Host not found"
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b, "mail.tidewater-marine.example", "failed", diag, diagnostic_type="X-Postfix"
        ),
        returned_headers(b),
    )
    return close_bounce(
        b,
        msg,
        "MAILER-DAEMON@mail.tidewater-marine.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail_quota(b: Bounce) -> Message:
    """qmail's non-MIME failure notice: mailbox over quota."""
    text = t(f"""
        Hi. This is the qmail-send program at mx.{b.domain}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        The users mailfolder is over the allowed quota (size). (#5.2.2)

        --- Below this line is a copy of the message.
        """)
    copy = returned_copy(
        b, f"from mail.tidewater-marine.example (198.51.100.24)\n\tby mx.{b.domain} with SMTP"
    )
    return close_bounce(
        b, plain_notice(f"{text}\n\n{copy}"), f"MAILER-DAEMON@mx.{b.domain}", "failure notice"
    )


def bounce_exim_unknown(b: Bounce) -> Message:
    """Exim's non-MIME failure notice: user unknown."""
    text = t(f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          {b.rcpt}
            host mailstore1.{b.domain} [203.0.113.58]
            SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
            550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table

        ------ This is a copy of the message, including all the headers. ------
        """)
    copy = returned_copy(
        b,
        f"from mail.tidewater-marine.example ([198.51.100.24])\n\tby relay.{b.domain} with esmtps (Exim 4.97)",
    )
    return close_bounce(
        b,
        plain_notice(f"{text}\n\n{copy}"),
        f"Mail Delivery System <Mailer-Daemon@relay.{b.domain}>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


# ---- German ---------------------------------------------------------------------------------


def bounce_exchange_de_unknown(b: Bounce) -> Message:
    """Exchange Online, German: recipient not found."""
    lines = [
        "Ihre Nachricht hat die folgenden Empfänger nicht erreicht:",
        b.rcpt,
        "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr.",
        "So beheben Sie das Problem: Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich auf anderem Weg (z. B. telefonisch) an den Empfänger.",
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: FR2P281MB1842.DEUP281.PROD.OUTLOOK.COM\n{b.rcpt}\nRemoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben",
    ]
    msg = report(
        exchange_human(lines),
        delivery_status(
            b,
            "FR2P281MB1842.DEUP281.PROD.OUTLOOK.COM",
            "failed",
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        ),
        returned_headers(b),
    )
    return close_bounce(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Unzustellbar: {b.subject}"
    )


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German backup MX's delay warning."""
    text = (
        t(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers mx-backup.nordmail.example.

        Ihre Nachricht an

          {b.rcpt}

        konnte bisher nicht zugestellt werden. Wir haben sie als Backup-MX angenommen, erreichen den Hauptserver mail.{b.domain} aber seit drei Stunden nicht (Zeitüberschreitung beim Verbindungsaufbau).

        Status: 4.4.1 (keine Antwort vom Zielserver)

        Dies ist nur eine Warnung. Sie müssen die Nachricht NICHT erneut senden. Wir versuchen die Zustellung weiterhin bis {(b.date + timedelta(days=2)).strftime("%d.%m.%Y, %H:%M")} Uhr. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.

        Betreff der Nachricht: {b.subject}
        """)
        + "\n"
    )
    return close_bounce(
        b,
        text_part(text, "plain", "utf-8", "8bit"),
        "Mailsystem nordmail <mailer-daemon@mx-backup.nordmail.example>",
        "Warnung: Nachricht bisher nicht zugestellt",
    )


# ---- French ---------------------------------------------------------------------------------


def bounce_provider_fr_policy(b: Bounce) -> Message:
    """A French provider's notice of a permanent policy rejection."""
    subject = latin1_safe(b.subject)
    sent = to_zone(b.reminder().sent, b.tz)
    text = (
        t(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie iroise-net.

        Votre message à destination de {b.rcpt} a été refusé par le serveur du destinataire et ne sera pas distribué.

        Raison : 554 5.7.1 Message refusé pour raison de politique de sécurité (contenu considéré comme indésirable).

        Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera faite. Nous vous conseillons de joindre votre correspondant par un autre moyen.

        Informations sur le message :
          Objet : {subject}
          Date : {stamp("{wda}. {d} {mon} {y} {HH}:{MI}", "fr", sent)}
        """)
        + "\n"
    )
    return close_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Service de messagerie <postmaster@mail.iroise-net.example>",
        f"Message non délivré : {subject}",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online, French: mailbox full, full message returned."""
    lines = [
        "Votre message n'a pas pu être remis",
        f"Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.",
        "Que faire ?\nEssayez de renvoyer le message plus tard, ou contactez directement le destinataire pour lui demander de libérer de l'espace dans sa boîte aux lettres.",
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM\n{b.rcpt}\nLe serveur distant a renvoyé '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'",
    ]
    msg = report(
        exchange_human(lines),
        delivery_status(
            b,
            "PR1P264MB2231.FRAP264.PROD.OUTLOOK.COM",
            "failed",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        ),
        returned_message(b),
    )
    return close_bounce(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Non remis : {b.subject}"
    )


# ---- Spanish --------------------------------------------------------------------------------


def bounce_gmail_es_unknown(b: Bounce) -> Message:
    """Gmail, Spanish: address not found."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "La respuesta del servidor remoto ha sido:",
        f"550 5.1.1 The email account that you tried to reach does not exist. {b.rcpt} (NoSuchUser)",
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(
            f'<p style="font-family:Google Sans,Roboto,Arial,sans-serif">{html.escape(x)}</p>'
            for x in lines
        )
        + "</body></html>\n"
    )
    msg = report(
        alternative(text, markup, "utf-8", "qp"),
        delivery_status(
            b,
            "mail-sor-f41.google.com",
            "failed",
            "550 5.1.1 The email account that you tried to reach does not exist.",
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    return close_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


# ---- Dutch ----------------------------------------------------------------------------------


def bounce_exchange_nl_domain(b: Bounce) -> Message:
    """Exchange Online, Dutch: the domain does not exist."""
    lines = [
        "Uw bericht heeft de volgende ontvangers niet bereikt:",
        b.rcpt,
        f"Het domein {b.domain} bestaat niet of is niet te vinden in DNS. Mogelijk is de domeinnaam verkeerd gespeld of is het domein opgeheven.",
        "Oplossing: controleer het e-mailadres van de ontvanger. Is het adres juist, neem dan op een andere manier contact op met de ontvanger.",
        "Diagnostische informatie voor beheerders:",
        f"Genererende server: AM9P195MB1290.EURP195.PROD.OUTLOOK.COM\n{b.rcpt}\n550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}]",
    ]
    msg = report(
        exchange_human(lines),
        delivery_status(
            b,
            "AM9P195MB1290.EURP195.PROD.OUTLOOK.COM",
            "failed",
            f"550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent]",
        ),
        returned_headers(b),
    )
    return close_bounce(
        b, msg, f"Microsoft Outlook <postmaster@{AR_DOMAIN}>", f"Onbestelbaar: {b.subject}"
    )


def bounce_relay_nl_greylist(b: Bounce) -> Message:
    """A Dutch relay's delay report: greylisting."""
    text = (
        t(f"""
        Dit is een automatisch bericht van de mailserver relay.zeeland-net.example.

        Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server weigert het bericht tijdelijk (greylisting) met de melding:

            450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later

        U hoeft niets te doen: wij blijven het bericht aanbieden. Lukt de aflevering binnen twee dagen niet, dan ontvangt u een definitieve foutmelding.
        """)
        + "\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relay.zeeland-net.example",
            "delayed",
            f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later",
            remote=f"mx1.{b.domain}",
        ),
        returned_headers(b),
    )
    return close_bounce(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@relay.zeeland-net.example>",
        "Vertraagde aflevering: bericht nog niet bezorgd",
    )


# ---- Italian --------------------------------------------------------------------------------


def bounce_provider_it_unknown(b: Bounce) -> Message:
    """An Italian provider's notice: unknown user, original headers inline."""
    rem = b.reminder()
    subject = latin1_safe(b.subject)
    text = (
        t(f"""
        Gentile utente,

        il messaggio che hai inviato non è stato recapitato ai seguenti destinatari:

          {b.rcpt}
          Motivo: 550 5.1.1 utente sconosciuto / casella inesistente

        Si tratta di un errore permanente: il messaggio non verrà più inviato.

        Intestazioni del messaggio originale:

        From: {AR_NAME} <{AR_ADDR}>
        To: {b.rcpt}
        Subject: {subject}
        Date: {format_datetime(rem.sent)}
        Message-ID: {reminder_msgid(b.key)}
        """)
        + "\n"
    )
    return close_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "Sistema di posta <mailer-daemon@mx.posta-tirreno.example>",
        f"Messaggio non recapitato: {subject}",
    )


def bounce_exchange_it_delay(b: Bounce) -> Message:
    """Exchange Online, Italian: delivery delayed."""
    lines = [
        "Il recapito del messaggio non è ancora stato completato",
        "Il sistema continuerà a tentare di recapitare il messaggio per un massimo di 2 giorni. Se non sarà possibile recapitarlo entro tale termine, riceverai un altro messaggio. Non è necessario inviare di nuovo il messaggio.",
        f"Destinatari in attesa: {b.rcpt}",
        "Informazioni di diagnostica per gli amministratori:",
        f"Server di generazione: MI1P293MB0412.ITAP293.PROD.OUTLOOK.COM\n{b.rcpt}\nUltimo errore: 451 4.4.7 Message delayed; il server del destinatario non risponde",
    ]
    msg = report(
        exchange_human(lines),
        delivery_status(
            b,
            "MI1P293MB0412.ITAP293.PROD.OUTLOOK.COM",
            "delayed",
            "451 4.4.7 Message delayed",
            remote=f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    return close_bounce(
        b, msg, f"Microsoft Outlook <postmaster@{AR_DOMAIN}>", f"Recapito ritardato: {b.subject}"
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-postfix",
            "en",
            "hard",
            "5.4.4",
            "accounts@quayside-moorings.example",
            "2028-03-14 08:39",
            "TMS-28-00389",
            "1520.00",
            note="Postfix RFC 3464 report: the domain no longer resolves",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bo-en-qmail",
            "en",
            "soft",
            "5.2.2",
            "skipper@seawrackcharters.example",
            "2028-03-24 08:43",
            "TMS-28-00480",
            "2735.00",
            note="qmail calls it permanent, but a full mailbox is soft; non-MIME notice",
        ),
        bounce_qmail_quota,
    ),
    (
        Bounce(
            "bo-en-exim",
            "en",
            "hard",
            "5.1.1",
            "office@brixham-yc.example",
            "2028-03-30 08:41",
            "TMS-28-00508",
            "1180.00",
            note="Exim, non-MIME, with X-Failed-Recipients",
        ),
        bounce_exim_unknown,
    ),
    (
        Bounce(
            "bo-de-exchange",
            "de",
            "hard",
            "5.1.1",
            "einkauf@elbtal-bootsbau.example",
            "2028-03-15 09:37",
            "TMS-28-00393",
            "3260.00",
        ),
        bounce_exchange_de_unknown,
    ),
    (
        Bounce(
            "bo-de-backupmx",
            "de",
            "soft",
            "4.4.1",
            "info@segelschule-priwall.example",
            "2028-03-27 12:40",
            "TMS-28-00492",
            "690.00",
            delay_minutes=185,
            note="backup MX delay warning, single text/plain part",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-policy",
            "fr",
            "hard",
            "5.7.1",
            "contact@voilerie-iroise.example",
            "2028-03-21 09:38",
            "TMS-28-00457",
            "1890.00",
            note="permanent policy (content) rejection: hard; provider notice in ISO-8859-1",
        ),
        bounce_provider_fr_policy,
    ),
    (
        Bounce(
            "bo-fr-exchange",
            "fr",
            "soft",
            "5.2.2",
            "compta@pontaven-nautisme.example",
            "2028-03-30 09:39",
            "TMS-28-00510",
            "2240.00",
            note="mailbox full reported with a 5.x code: soft; the full message is returned",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            "bo-es-gmail",
            "es",
            "hard",
            "5.1.1",
            "velasdelnorte.oficina@gmail.com",
            "2028-03-17 09:37",
            "TMS-28-00432",
            "760.00",
            note="Gmail report in Spanish",
        ),
        bounce_gmail_es_unknown,
    ),
    (
        Bounce(
            "bo-nl-exchange",
            "nl",
            "hard",
            "5.4.310",
            "administratie@zeilmakerijvlieland.example",
            "2028-03-20 09:34",
            "TMS-28-00439",
            "1375.00",
            note="domain does not exist (Exchange Online 5.4.310)",
        ),
        bounce_exchange_nl_domain,
    ),
    (
        Bounce(
            "bo-nl-greylist",
            "nl",
            "soft",
            "4.7.1",
            "havenkantoor@jachthavenhetsas.example",
            "2028-04-04 13:41",
            "TMS-28-00528",
            "940.00",
            delay_minutes=242,
            note="temporary policy deferral (greylisting), action delayed",
        ),
        bounce_relay_nl_greylist,
    ),
    (
        Bounce(
            "bo-it-provider",
            "it",
            "hard",
            "5.1.1",
            "contabilita@velerialigure.example",
            "2028-03-16 09:38",
            "TMS-28-00420",
            "1610.00",
            note="provider notice with the original headers inline, ISO-8859-1 8bit",
        ),
        bounce_provider_it_unknown,
    ),
    (
        Bounce(
            "bo-it-exchange",
            "it",
            "soft",
            "4.4.7",
            "amministrazione@marinadelsole.example",
            "2028-04-05 13:45",
            "TMS-28-00539",
            "2580.00",
            delay_minutes=243,
            note="Exchange Online delay notice",
        ),
        bounce_exchange_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^TMS-\d{2}-\d{5}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass
class Item:
    """One finished message with its label and the new text its invoice numbers come from."""

    key: str
    message: Message
    label: dict[str, object]
    new_text: str = ""


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a hand-written message."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(r.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_reply_timing(r: Reply) -> None:
    """The date lies in range, after the reminder, and the labelled dates fit it."""
    day = r.date.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{r.key}: dated {day}, outside {FIRST_DAY}..{LAST_DAY}")
    if r.reminder().sent >= r.date:
        raise SystemExit(f"{r.key}: written before the reminder it answers")
    for name, earliest, latest in (
        ("paid_date", None, day),
        ("promised_date", day, None),
        ("return_date", day, None),
    ):
        value = r.labels.get(name)
        if value is None:
            continue
        when = date.fromisoformat(str(value))
        if (earliest and when < earliest) or (latest and when > latest):
            raise SystemExit(
                f"{r.key}: {name} {when} is on the wrong side of the message date {day}"
            )


def all_items() -> list[Item]:
    """Every message, built and labelled, in file order (a seeded hash of its key)."""
    items = []
    for r in REPLIES:
        check_reply_timing(r)
        items.append(Item(r.key, build_reply(r), reply_label(r), r.fill(r.body)))
    for b, build in BOUNCES:
        items.append(Item(b.key, build(b), bounce_label(b)))
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


def check_message(name: str, data: bytes) -> None:
    """Parse a file back as a receiving program would; every header and text part must decode cleanly."""
    msg = message_from_bytes(data, policy=policy.default)
    problems: list[str] = []
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    for part in msg.walk():
        problems += [repr(defect) for defect in part.defects]
        for header, value in part.items():
            problems += [f"{header}: {defect!r}" for defect in getattr(value, "defects", ())]
            if header.lower() in {"subject", "from", "to", "cc", "thread-topic"} and "=?" in str(
                value
            ):
                problems.append(f"{header} not decoded: {value}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                problems.append(f"undecodable {part.get_content_type()} part")
    day = msg["Date"].datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        problems.append(f"Date {day} out of range")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def check_label(item: Item) -> None:
    """One label's shape: only the winning intent's fields, normalised values."""
    label = item.label
    where = f"{label['file']} ({item.key})"
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{where}: label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{where}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        if name not in allowed and label[name] is not None:
            raise SystemExit(f"{where}: {name} filled for {intent}")
    for name in ("promised_date", "paid_date", "return_date"):
        if label[name] is not None and not ISO_DATE.match(str(label[name])):
            raise SystemExit(f"{where}: {name} not ISO")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{where}: amount and currency go together")
    if label["amount"] is not None and (
        not AMOUNT.match(str(label["amount"])) or label["currency"] not in {"GBP", "EUR"}
    ):
        raise SystemExit(f"{where}: amount {label['amount']} {label['currency']}")
    if label["new_contact"] is not None:
        contact = str(label["new_contact"])
        if contact != contact.lower() or contact.lower() not in item.new_text.lower():
            raise SystemExit(f"{where}: new_contact {contact} not lower case or not in the text")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{where}: bounce fields")
        if label["bounce_kind"] == "hard" and not str(label["bounce_status"]).startswith("5."):
            raise SystemExit(f"{where}: a hard bounce needs a 5.x.x status")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or len(set(refs)) != len(refs):
        raise SystemExit(f"{where}: invoice_refs")
    for ref in refs:
        if not INVOICE.match(ref) or ref[-5:] not in item.new_text:
            raise SystemExit(f"{where}: invoice ref {ref} malformed or not in the new text")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages per intent, the language totals, an even spread."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts off: {dict(intents)} {dict(langs)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for lang in LANGS:
        row = [cells[i, lang] for i in INTENTS]
        if max(row) - min(row) > 1:
            raise SystemExit(f"{lang} is spread unevenly over the intents: {row}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    lines = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def format_summary(messages: list[Message]) -> str:
    """A short summary of MIME types, charsets, encodings and headers."""
    tops = Counter(m.get_content_type() for m in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in messages:
        for part in m.walk():
            part_charset = part.get_content_charset()
            if part.get_content_maintype() == "text" and part_charset:
                charsets[part_charset] += 1
            if part.get("Content-Transfer-Encoding"):
                encodings[str(part["Content-Transfer-Encoding"]).lower()] += 1
    headers = Counter(
        h
        for m in messages
        for h in (
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "In-Reply-To",
            "X-Autoreply",
            "Precedence",
        )
        if m[h]
    )
    return "\n".join(
        [
            "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
            "text parts by charset: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
            "parts by transfer encoding: "
            + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
            "messages with header: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
        ]
    )


def write_all() -> tuple[list[dict[str, object]], list[Message]]:
    """Rewrite every file next to this script and check each one."""
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[Message] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        item.label = {"file": name, **item.label}
        check_label(item)
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(item.label)
        parsed.append(message_from_bytes(data, policy=policy.default))
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parsed


def main() -> int:
    """Build, check and print the count table."""
    labels, parsed = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    print(format_summary(parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
