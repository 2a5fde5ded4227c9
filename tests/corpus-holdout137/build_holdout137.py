# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents people and their clients really type.
"""Build held-out reply corpus 137: `h137-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Meadowbank Agricultural Contractors
after it sent an overdue reminder. The new text of each message is written by hand below; the
script only adds what a mail client or a mail server would add (the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings). Run it
from anywhere: it writes next to itself, deterministically, and checks what it wrote.
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
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h137"
SEED = 137_2031
AR_NAME = "Meadowbank Accounts"
AR_ADDR = "office@meadowbank-contracting.example"
AR_DOMAIN = "meadowbank-contracting.example"
AR_MTA = "mail.meadowbank-contracting.example"
FIRST_DAY = date(2031, 10, 6)
LAST_DAY = date(2031, 10, 31)
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
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# --------------------------------------------------------------------------------------------
# Time zones: UK and central-European civil time, with EU summer-time rules
# --------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": 0, "ce": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (summer time starts and ends on one)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(year: int) -> tuple[datetime, datetime]:
    """Start and end of summer time as naive UTC instants (01:00 UTC on the last Sundays)."""
    one = timedelta(hours=1)
    start = datetime.combine(last_sunday(year, 3), datetime.min.time()) + one
    end = datetime.combine(last_sunday(year, 10), datetime.min.time()) + one
    return start, end


def offset_at(utc: datetime, zone: str) -> timedelta:
    """The offset in force in `zone` at a naive UTC instant."""
    start, end = summer_time(utc.year)
    return timedelta(hours=STANDARD_OFFSET[zone] + (1 if start <= utc < end else 0))


def utc_offset(local: datetime, zone: str) -> timedelta:
    """The offset of a naive local wall-clock time in `zone` (no ambiguous hours are used)."""
    summer = timedelta(hours=STANDARD_OFFSET[zone] + 1)
    if offset_at(local - summer, zone) == summer:
        return summer
    return timedelta(hours=STANDARD_OFFSET[zone])


def localise(local: datetime, zone: str) -> datetime:
    """Attach the right fixed offset to a naive local time."""
    return local.replace(tzinfo=timezone(utc_offset(local, zone)))


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant, as a clock in `zone` shows it."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(timezone(offset_at(utc, zone)))


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around the new text)
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
# Outlook desktop: separator line, then From / Sent / To / Subject labels and the Sent format.
OUTLOOK_ORIGINAL = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
ANDROID_SENT = {
    "en": "{wdl}, {d} {monl} {y} {H12}:{mm}:{ss} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}:{ss}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}:{ss}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
}
ANDROID_SIG = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
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
    "es": "El {dd}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
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
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (Meadowbank's own wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Meadowbank Agricultural Contractors",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We're writing about the invoice below, which is now past its due date:\n\n"
        "    Invoice {inv}    dated {issued}    due {due}    {amt}\n\n"
        "If you have already paid it, thank you – please disregard this reminder. If not, we'd be grateful if you could pay by bank transfer, quoting the invoice number. Our bank details are printed on the invoice.\n\n"
        "If something about the work or the invoice isn't right, reply to this e-mail and we'll look into it.\n\n"
        "Kind regards,\n\n"
        "Accounts Office\n"
        "Meadowbank Agricultural Contractors Ltd\n"
        "Tel. 01632 960733"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen:\n\n"
        "    Rechnung {inv}    vom {issued}    fällig am {due}    {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, danken wir Ihnen und bitten Sie, diese Erinnerung zu ignorieren. Andernfalls bitten wir um Überweisung unter Angabe der Rechnungsnummer. Unsere Bankverbindung finden Sie auf der Rechnung.\n\n"
        "Sollte an der Leistung oder an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Buchhaltung\n"
        "Meadowbank Agricultural Contractors Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture suivante n'a pas encore été réglée :\n\n"
        "    Facture {inv}    du {issued}    échéance {due}    {amt}\n\n"
        "Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de ce rappel. Dans le cas contraire, nous vous remercions de procéder au virement en indiquant le numéro de facture. Nos coordonnées bancaires figurent sur la facture.\n\n"
        "Pour toute question sur les travaux ou sur la facture, il vous suffit de répondre à ce message.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité\n"
        "Meadowbank Agricultural Contractors Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura sigue pendiente de pago:\n\n"
        "    Factura {inv}    de fecha {issued}    vencimiento {due}    {amt}\n\n"
        "Si ya han realizado el pago, les rogamos que no tengan en cuenta este recordatorio. En caso contrario, les agradeceríamos que hicieran la transferencia indicando el número de factura. Nuestros datos bancarios figuran en la factura.\n\n"
        "Si hay algún problema con el trabajo o con la factura, basta con responder a este correo.\n\n"
        "Atentamente,\n\n"
        "Administración\n"
        "Meadowbank Agricultural Contractors Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie staat de volgende factuur nog open:\n\n"
        "    Factuur {inv}    datum {issued}    vervaldatum {due}    {amt}\n\n"
        "Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag over te maken onder vermelding van het factuurnummer. Onze bankgegevens staan op de factuur.\n\n"
        "Klopt er iets niet aan het werk of aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Administratie\n"
        "Meadowbank Agricultural Contractors Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri registri risulta ancora aperta la seguente fattura:\n\n"
        "    Fattura {inv}    del {issued}    scadenza {due}    {amt}\n\n"
        "Se avete già provveduto al pagamento, vi preghiamo di non considerare questo promemoria. In caso contrario, vi chiediamo di effettuare il bonifico indicando il numero della fattura. Le nostre coordinate bancarie sono riportate in fattura.\n\n"
        "Per qualsiasi problema relativo al lavoro o alla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio amministrazione\n"
        "Meadowbank Agricultural Contractors Ltd"
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
# What a Latin-1 client does to characters its charset lacks.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# One hand-written message and its labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    """A hand-written message: who wrote it, when, with which client, and how it is labelled.

    `when` is the sender's wall-clock time and `zone` says whose clock ("uk" or "ce"); the
    offset in the Date header follows from the summer-time rules. `inv` and `amount` are the
    invoice and the amount in the reminder being answered.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    zone: str
    client: str
    body: str
    labels: Mapping[str, object]
    inv: str = "MAC-20417"
    amount: str = "1846.20"
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    html_body: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, ...] = ()
    days_before: int = 1
    is_reply: bool = True

    @property
    def local(self) -> datetime:
        """The naive local time the sender's clock showed."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M")

    @property
    def dt(self) -> datetime:
        """The aware Date of the message."""
        return localise(self.local, self.zone)

    @property
    def currency(self) -> str:
        """The currency of the reminder the sender got."""
        return "GBP" if self.zone == "uk" else "EUR"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids, money and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """Everything the locale templates can print about one moment."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wdl": WEEKDAYS[lang].split()[wd],
        "wds": WEEKDAYS_ABBR[lang].split()[wd],
        "monl": MONTHS[lang].split()[mo],
        "mons": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "H12": str((moment.hour - 1) % 12 + 1),
        "ampm": "AM" if moment.hour < 12 else "PM",
        "mm": f"{moment.minute:02d}",
        "ss": f"{moment.second:02d}",
    }


def fmt(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of a date."""
    return template.format(**date_fields(lang, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for one message."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def money(amount: str, currency: str, lang: str) -> str:
    """An amount the way the reminder prints it in each language."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    if currency == "GBP":
        return f"£{groups}.{cents}"
    if lang == "en":
        return f"€{groups}.{cents}"
    dotted = groups.replace(",", ".")
    spaced = groups.replace(",", "\u00a0")  # French groups thousands with a no-break space
    return {
        "de": f"{dotted},{cents} €",
        "fr": f"{spaced},{cents} €",
        "es": f"{dotted},{cents} €",
        "nl": f"€ {dotted},{cents}",
        "it": f"€ {dotted},{cents}",
    }[lang]


def fit(text: str, charset: str) -> str:
    """The text as a client limited to `charset` would send it."""
    if charset == "iso-8859-1":
        for bad, good in LATIN1_FIXES.items():
            text = text.replace(bad, good)
    text.encode(charset)
    return text


def working_day_before(day: date, days: int) -> date:
    """`days` calendar days back, then back again to a weekday."""
    day -= timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_moment(local_day: date, key: str) -> datetime:
    """Reminders leave Meadowbank's office a little after half past eight, UK time."""
    naive = datetime.combine(local_day, datetime.min.time()).replace(
        hour=8,
        minute=30 + digest(key, "minute")[0] % 12,
        second=digest(key, "second")[0] % 60,
    )
    return localise(naive, "uk")


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' as mail clients quote."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escaped text with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Word's one-paragraph-per-line markup."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    # None (7bit / 8bit) sends the body as it is; the stubs only allow the int codes.
    charset.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in the given charset and transfer encoding."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as the client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From/To/Cc address with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, charset if charset != 'us-ascii' else 'utf-8').encode()} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast("list[Message]", part.get_payload()):
            strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "outlook_html": "_000_",
    "notice": "_000_",
    "bounce": "",
}


def fix_boundaries(msg: Message, key: str, kind: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(kind, "----=_Part_")
    host = str(msg.get("Message-ID", f"<@{AR_MTA}>")).rstrip(">").rsplit("@", 1)[-1]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = b32(key, f"boundary{n}", 24)
        part.set_boundary(prefix + tail if prefix else f"{tail[:9]}.{tail[9:19]}/{host}")


def finalize(msg: Message, key: str, kind: str) -> Message:
    """Header order, part headers and boundaries as the sending software leaves them."""
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, kind)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The reminder a message answers, as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    to: str
    msgid: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's body with the invoice line filled in."""
    due = sent.date() - timedelta(days=14 + sent.day % 5)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=fmt(DATE_STYLE[lang], lang, datetime.combine(issued, datetime.min.time())),
        due=fmt(DATE_STYLE[lang], lang, datetime.combine(due, datetime.min.time())),
        amt=money(amount, currency, lang),
    )


def reminder_msgid(key: str) -> str:
    """The reminder's Message-ID, as Meadowbank's server wrote it."""
    return f"<{b32(key, 'reminder', 16).lower()}.{digest(key, 'n').hex()[:10]}@{AR_DOMAIN}>"


def reminder_for(m: Mail) -> Reminder:
    """The reminder `m` answers, in the sender's language and clock."""
    day = working_day_before(m.local.date(), m.days_before)
    sent = in_zone(reminder_moment(day, m.key), m.zone)
    subject = fit(reminder_subject(m.lang, m.inv), m.charset)
    text = fit(reminder_text(m.lang, m.inv, m.amount, m.currency, sent), m.charset)
    to = formataddr(m.who) if m.who[0].isascii() else f"{m.who[0]} <{m.who[1]}>"
    to = fit(to, m.charset)
    return Reminder(subject, text, sent, to, reminder_msgid(m.key))


def original_reminder(
    lang: str, rcpt: str, sent: datetime, key: str, inv: str, amount: str
) -> Message:
    """The reminder exactly as Meadowbank sent it (returned inside bounces)."""
    currency = "GBP" if lang == "en" else "EUR"
    msg = text_part(reminder_text(lang, inv, amount, currency, sent), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(m: Mail, r: Reminder, sent_format: dict[str, str]) -> list[tuple[str, str]]:
    """Outlook's From / Sent / To / Subject rows."""
    labels = OUTLOOK_FIELDS[m.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        fmt(sent_format[m.lang], m.lang, r.sent),
        r.to,
        r.subject,
    )
    return list(zip(labels, values, strict=True))


def outlook_block(m: Mail, r: Reminder, sent_format: dict[str, str] = OUTLOOK_SENT) -> str:
    """The rows as plain text."""
    return "\n".join(f"{label} {value}" for label, value in outlook_rows(m, r, sent_format))


def word_html(m: Mail, r: Reminder) -> str:
    """Outlook desktop's Word-generated HTML, with the grey divider above the quoted header."""
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}"
        for label, value in outlook_rows(m, r, OUTLOOK_SENT)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[m.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(m.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(r.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def gmail_attr(m: Mail, r: Reminder) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[m.lang], m.lang, r.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(m: Mail, r: Reminder) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[m.lang], m.lang, r.sent, name=AR_NAME, addr=AR_ADDR)


def client_outlook(m: Mail, r: Reminder) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    text = f"{m.body}\n\n{OUTLOOK_ORIGINAL[m.lang]}\n{outlook_block(m, r)}\n\n{r.text}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_outlook_html(m: Mail, r: Reminder) -> Message:
    """Outlook desktop HTML: Word markup plus the plain rendering Outlook generates."""
    plain = f"{m.body}\n\n{outlook_block(m, r)}\n\n{r.text}\n"
    return alternative(plain, word_html(m, r), m.charset, m.cte)


def client_html_only(m: Mail, r: Reminder) -> Message:
    """An Outlook message sent as HTML alone."""
    return text_part(word_html(m, r), "html", m.charset, m.cte)


def client_android(m: Mail, r: Reminder) -> Message:
    """Outlook for Android: base64 plain text with its own signature and header block."""
    block = outlook_block(m, r, ANDROID_SENT)
    text = f"{m.body}\n\n{ANDROID_SIG[m.lang]}\n{'_' * 32}\n{block}\n\n{r.text}\n"
    return text_part(text, "plain", m.charset, "b64")


def client_gmail(m: Mail, r: Reminder) -> Message:
    """Gmail on the web: multipart/alternative with the gmail_quote blockquote."""
    attr = gmail_attr(m, r)
    plain = f"{m.body}\n\n{attr}\n\n{quote_lines(r.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(r.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, m.charset, m.cte)


def client_gmail_plain(m: Mail, r: Reminder) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{m.body}\n\n{gmail_attr(m, r)}\n\n{quote_lines(r.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_apple(m: Mail, r: Reminder) -> Message:
    """Apple Mail on a Mac."""
    text = f"{m.body}\n\n{apple_attr(m, r)}\n\n{quote_lines(r.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_iphone(m: Mail, r: Reminder) -> Message:
    """Mail on an iPhone: the localised signature, then the quoted attribution and text."""
    quoted = quote_lines(f"{apple_attr(m, r)}\n\n{r.text}")
    text = f"{m.body}\n\n{IPHONE_SIG[m.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", m.charset, m.cte)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 wrapping as Thunderbird sends it: soft breaks end in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = re.match(r">*(?: )?", line)
        quote = prefix.group(0) if prefix and line.startswith(">") else ""
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        chunks: list[str] = []
        current = ""
        for word in line[len(quote) :].split(" "):
            if current.strip() and len(quote) + len(current) + len(word) > width:
                chunks.append(current)
                current = ""
            current += word + " "
        chunks.append(current[:-1])
        out.extend(quote + chunk for chunk in chunks)
    return "\n".join(out)


def client_thunderbird(m: Mail, r: Reminder) -> Message:
    """Thunderbird: attribution directly above the quote; format=flowed for UTF-8."""
    attr = fmt(THUNDERBIRD_ATTR[m.lang], m.lang, r.sent, name=AR_NAME)
    text = f"{m.body}\n\n{attr}\n{quote_lines(r.text)}\n"
    if m.charset == "utf-8":
        text = flowed(text)
    part = text_part(text, "plain", m.charset, m.cte)
    if m.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_notice(m: Mail, r: Reminder) -> Message:
    """Automatic notices and AP advices quote nothing."""
    del r
    if m.html_body:
        return alternative(m.body + "\n", m.html_body, m.charset, m.cte)
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


CLIENTS: dict[str, Callable[[Mail, Reminder], Message]] = {
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
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(m: Mail) -> str:
    """A Message-ID shaped like the client's, derived from the key."""
    raw = digest(m.key, "message-id")
    domain = m.who[1].split("@")[1]
    if m.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if m.client in OUTLOOK_FAMILY:
        host = f"{b32(m.key, 'host', 4)}PR0{raw[0] % 9 + 1}MB{1000 + raw[1] * 31 % 9000}"
        return f"<{host}{b32(m.key, 'ms', 24)}@{host}.eurprd0{raw[2] % 9 + 1}.prod.outlook.example>"
    if m.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if m.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{b32(m.key, 'notice', 6).lower()}@{domain}>"


def reply_subject(m: Mail, r: Reminder) -> str:
    """The subject as the client sets it ({rsub} in an explicit subject is the reminder's)."""
    if m.subject:
        return m.subject.format(rsub=r.subject)
    prefix = OUTLOOK_RE[m.lang] if m.client in OUTLOOK_FAMILY else "Re: "
    return prefix + r.subject


def outlook_headers(m: Mail, r: Reminder) -> list[tuple[str, str]]:
    """The Exchange bookkeeping headers Outlook adds."""
    index = base64.b64encode(digest(m.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(r.subject, m.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[m.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_mail(m: Mail) -> Message:
    """The complete RFC 5322 message for one hand-written entry."""
    r = reminder_for(m)
    msg = CLIENTS[m.client](m, r)
    msg["From"] = address(*m.who, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for cc in m.cc:
        msg["Cc"] = cc
    msg["Subject"] = header_text(reply_subject(m, r), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = message_id(m)
    if m.is_reply:
        msg["In-Reply-To"] = r.msgid
        msg["References"] = r.msgid
    extra = outlook_headers(m, r) if m.client in OUTLOOK_FAMILY else []
    if m.client == "thunderbird":
        extra.append(("Content-Language", CONTENT_LANGUAGE[m.lang]))
    for name, value in [*extra, *CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finalize(msg, m.key, m.client)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

ADVICE_EN_TEXT = (
    "REMITTANCE ADVICE\n\n"
    "Payer:           Brackenridge Estates Group plc\n"
    "Supplier:        MEADOWBANK AGRICULTURAL CONTRACTORS LTD\n"
    "Supplier no.:    0041877\n"
    "Payment date:    16/10/2031\n"
    "Payment method:  BACS\n"
    "Payment ref:     BEG-PAY-0098812\n\n"
    "Document      Your reference   Invoice date   Amount GBP\n"
    "5100223419    MAC-20388        02/09/2031       2,140.00\n"
    "5100223420    MAC-20411        09/09/2031         986.40\n\n"
    "Total paid:  GBP 3,126.40\n\n"
    "This advice was generated automatically by our payments system. Please do not reply to this address; send any query about this payment to supplier.queries@brackenridge-estates.example, quoting the payment reference."
)
ADVICE_EN_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
    "<h3>REMITTANCE ADVICE</h3>\n"
    "<table>\n"
    "<tr><td>Payer:</td><td>Brackenridge Estates Group plc</td></tr>\n"
    "<tr><td>Supplier:</td><td>MEADOWBANK AGRICULTURAL CONTRACTORS LTD</td></tr>\n"
    "<tr><td>Supplier no.:</td><td>0041877</td></tr>\n"
    "<tr><td>Payment date:</td><td>16/10/2031</td></tr>\n"
    "<tr><td>Payment method:</td><td>BACS</td></tr>\n"
    "<tr><td>Payment ref:</td><td>BEG-PAY-0098812</td></tr>\n"
    "</table><br>\n"
    '<table border="1" cellpadding="3" style="border-collapse:collapse">\n'
    "<tr><th>Document</th><th>Your reference</th><th>Invoice date</th><th>Amount GBP</th></tr>\n"
    '<tr><td>5100223419</td><td>MAC-20388</td><td>02/09/2031</td><td align="right">2,140.00</td></tr>\n'
    '<tr><td>5100223420</td><td>MAC-20411</td><td>09/09/2031</td><td align="right">986.40</td></tr>\n'
    '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>3,126.40</b></td></tr>\n'
    "</table>\n"
    "<p>This advice was generated automatically by our payments system. Please do not reply to this address; send any query about this payment to supplier.queries@brackenridge-estates.example, quoting the payment reference.</p>\n"
    "</body></html>\n"
)

PAYMENT_SENT = [
    Mail(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rob Tennant", "tennant.highfold@gmail.com"),
        "2031-10-07 19:42",
        "uk",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
        inv="MAC-20393",
        amount="640.00",
    ),
    Mail(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Brackenridge Estates - Accounts Payable",
            "ap.noreply@brackenridge-estates.example",
        ),
        "2031-10-16 06:14",
        "uk",
        "notice",
        ADVICE_EN_TEXT,
        lab(
            ("MAC-20388", "MAC-20411"),
            paid_date="2031-10-16",
            payment_reference="BEG-PAY-0098812",
            amount="3126.40",
            currency="GBP",
            note="AP-system remittance advice: generated automatically, but it reports a payment; the amount is the total paid",
        ),
        subject="Remittance advice BEG-PAY-0098812 - Meadowbank Agricultural Contractors Ltd",
        html_body=ADVICE_EN_HTML,
        headers=(AUTO_GENERATED,),
        is_reply=False,
    ),
    Mail(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Hannah Fothergill", "hannah@brackenbottomfarm.example"),
        "2031-10-08 21:37",
        "uk",
        "gmail",
        "Hi,\n\nSorry I'm only just getting back to you, it has been a mad fortnight here. We had the maize in the week before last, then the big baler packed up on us at Dad's, and on top of that the vet was out three times with the heifers, so the paperwork has been sat in a pile on the kitchen table. Anyway I finally sat down last night with the bank statements and I can see it went out on the 2nd – £1,846.20 to Meadowbank, it shows as MEADOWBANK AGRIC on our statement – so I think your email and our payment must have crossed. If it hasn't turned up at your end let me know and I'll get on to the bank.\n\nAlso while I've got you, could you ask Gareth to give me a ring about the hedges on the back lane? Tom wants them done before the end of November if possible but I said I'd check you've got a slot first.\n\nThanks, and sorry again for the delay,\nHannah",
        lab(
            paid_date="2031-10-02",
            amount="1846.20",
            currency="GBP",
            note="long reply; the payment (on the 2nd, before the reminder) is buried in the middle; the hedge-cutting question is secondary",
        ),
    ),
    Mail(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Gestüt Hohenfelde - Buchhaltung", "buchhaltung@gestuet-hohenfelde.example"),
        "2031-10-13 10:21",
        "ce",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung MAC-20452 über 2.318,50 EUR haben wir am 09.10.2031 überwiesen (Wertstellung bei Ihnen voraussichtlich am 10.10.). Bitte prüfen Sie nochmals Ihren Zahlungseingang.\n\nMit freundlichen Grüßen\n\nHeike Brandes\nBuchhaltung\nGestüt Hohenfelde GmbH & Co. KG",
        lab(
            ("MAC-20452",),
            paid_date="2031-10-09",
            amount="2318.50",
            currency="EUR",
            note="the transfer date counts, not the expected value date",
        ),
        inv="MAC-20452",
        amount="2318.50",
        charset="iso-8859-1",
    ),
    Mail(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sophie Marchal", "s.marchal@earl-closfleuri.example"),
        "2031-10-09 14:05",
        "ce",
        "outlook_html",
        "Bonjour,\n\nLa facture MAC-20433 a été réglée par virement le 3 octobre, pour un montant de 1 275,00 €.\n\nPourriez-vous malgré tout nous en renvoyer un exemplaire ? Notre cabinet comptable ne la retrouve pas dans nos pièces et nous la réclame pour la clôture.\n\nBien cordialement,\n\nSophie Marchal\nEARL du Clos Fleuri",
        lab(
            ("MAC-20433",),
            paid_date="2031-10-03",
            amount="1275.00",
            currency="EUR",
            note="paid, plus a request for a copy for the records: the payment claim wins",
        ),
        inv="MAC-20433",
        amount="1275.00",
        charset="windows-1252",
    ),
    Mail(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Claire Dufresne", "contact@ecuriesdumoulin.example"),
        "2031-10-20 08:12",
        "ce",
        "iphone",
        "C'est réglé depuis vendredi. Bonne journée",
        lab(
            paid_date="2031-10-17",
            note="'depuis vendredi' on Monday 20 Oct → Friday 17 Oct",
        ),
        inv="MAC-20442",
        amount="520.00",
        days_before=3,
    ),
    Mail(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "administracion@yeguadasierraalta.example"),
        "2031-10-14 10:47",
        "ce",
        "gmail_plain",
        "Hola,\n\nya está pagada, hicimos la transferencia ayer por la tarde. La referencia que nos da el banco es 2031101300388. Si en un par de días no os aparece, decídmelo y lo miro con ellos.\n\nUn saludo,\nMarta Ibáñez\nYeguada Sierra Alta",
        lab(
            paid_date="2031-10-13",
            payment_reference="2031101300388",
            note="'ayer' → the day before the message",
        ),
        inv="MAC-20436",
        amount="1412.00",
        cte="8bit",
    ),
    Mail(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Cooperativa Virgen de la Vega - Pagos",
            "pagos-noreply@coopvirgendelavega.example",
        ),
        "2031-10-22 07:03",
        "ce",
        "notice",
        "AVISO DE PAGO\n\nProveedor:             MEADOWBANK AGRICULTURAL CONTRACTORS LTD\nN.º de proveedor:      300127\nFecha de pago:         22.10.2031\nForma de pago:         transferencia SEPA\nDocumento de pago:     2000004871\n\nFactura        Fecha factura    Importe EUR\nMAC-20440      08.09.2031          1.102,00\nMAC-20458      19.09.2031            655,40\n\nTotal pagado:  1.757,40 EUR\n\nEste mensaje se ha generado automáticamente. No responda a esta dirección. Para cualquier consulta sobre pagos escriba a proveedores@coopvirgendelavega.example indicando el número de documento de pago.",
        lab(
            ("MAC-20440", "MAC-20458"),
            paid_date="2031-10-22",
            payment_reference="2000004871",
            amount="1757.40",
            currency="EUR",
            note="AP-system payment advice from a cooperative's ERP; quotes nothing",
        ),
        subject="Aviso de pago 2000004871",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        is_reply=False,
    ),
    Mail(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Pieter van Dam", "administratie@vandam-akkerbouw.example"),
        "2031-10-10 15:48",
        "ce",
        "thunderbird",
        "Goedemiddag,\n\nDeze factuur (MAC-20461) hebben wij op 7 oktober betaald, in één bedrag samen met MAC-20470: totaal € 3.412,75. Mogelijk is de betaling bij u niet goed verwerkt, omdat in de omschrijving alleen ons klantnummer stond. Wilt u dat even nakijken?\n\nMet vriendelijke groet,\n\nPieter van Dam\nAkkerbouwbedrijf Van Dam",
        lab(
            ("MAC-20461", "MAC-20470"),
            paid_date="2031-10-07",
            amount="3412.75",
            currency="EUR",
            note="one transfer for two invoices; the amount is the total paid; asking to check is secondary",
        ),
        inv="MAC-20461",
        amount="2096.35",
        cte="8bit",
    ),
    Mail(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Jan Hoekstra", "jan@hoekstra-melkvee.example"),
        "2031-10-29 07:55",
        "ce",
        "iphone",
        "is gisteren betaald groet jan",
        lab(
            paid_date="2031-10-28",
            note="no capitals or punctuation; 'gisteren' → the day before",
        ),
        inv="MAC-20474",
        amount="890.00",
    ),
    Mail(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Elena Rinaldi", "amministrazione@poggioalto.example"),
        "2031-10-15 11:22",
        "ce",
        "gmail",
        "Buongiorno,\n\nvi confermo che il bonifico per la fattura MAC-20426 è stato disposto questa mattina, importo € 1.980,00, CRO 11013456778901.\n\nCordiali saluti\nElena Rinaldi\nAz. Agr. Poggio Alto",
        lab(
            ("MAC-20426",),
            paid_date="2031-10-15",
            payment_reference="11013456778901",
            amount="1980.00",
            currency="EUR",
            note="transfer ordered this morning: out of the customer's hands",
        ),
        inv="MAC-20426",
        amount="1980.00",
        cte="b64",
    ),
    Mail(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Giorgio Sala", "giorgio.sala@maneggiolaquercia.example"),
        "2031-10-27 18:03",
        "ce",
        "iphone",
        "fatto",
        lab(note="one word ('done') in answer to a payment reminder; no date"),
        inv="MAC-20471",
        amount="365.00",
        cte="8bit",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Denise Okafor", "creditor.payments@westmoor-dc.example"),
        "2031-10-21 14:32",
        "uk",
        "outlook_html",
        "Good afternoon,\n\nThank you for your reminder. Invoice MAC-20398 (verge and hedge cutting, Ashgrove ward) was authorised by the budget holder yesterday and has been released into Friday's BACS run. Funds should reach your account early next week.\n\nKind regards\n\nDenise Okafor\nCreditor Payments Team\nWestmoor District Council\n\nPlease consider the environment before printing this e-mail.",
        lab(
            ("MAC-20398",),
            promised_date="2031-10-24",
            note="past tense ('authorised', 'released') announces a future payment run; Friday after Tue 21 Oct",
        ),
        inv="MAC-20398",
        amount="2480.00",
        headers=(XARS,),
    ),
    Mail(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Alistair Drummond", "alistair@knowehead-farm.example"),
        "2031-10-17 20:15",
        "uk",
        "apple",
        "Hi Sue,\n\nApologies, this one slipped through with the store lamb sales on. I'll transfer it next Thursday once the sale cheque has cleared.\n\nCheers\nAlistair",
        lab(
            promised_date="2031-10-23",
            note="'next Thursday' written on Friday 17 Oct → Thursday 23 Oct",
        ),
        inv="MAC-20414",
        amount="1130.40",
    ),
    Mail(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Graham Pike", "graham@pikeequestrian.example"),
        "2031-10-09 12:48",
        "uk",
        "android",
        "Will be paid end of the month with the rest of the suppliers. Sorry for the delay.\n\nGraham",
        lab(
            promised_date="2031-10-31",
            note="'end of the month' → last day of the month",
        ),
        inv="MAC-20407",
        amount="725.00",
    ),
    Mail(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Monika Schreiber", "m.schreiber@ag-elbtal.example"),
        "2031-10-15 09:40",
        "ce",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung ist sachlich geprüft und für unseren Zahlungslauf in KW 44 eingeplant.\n\nMit freundlichen Grüßen\ni. A. Monika Schreiber\nFinanzbuchhaltung\nAgrargenossenschaft Elbtal eG",
        lab(promised_date="2031-10-27", note="'KW 44' → Monday of ISO week 44"),
        inv="MAC-20445",
        amount="3960.00",
        charset="windows-1252",
    ),
    Mail(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Lukas Berger", "lukas.berger@hofberger.example"),
        "2031-10-10 17:05",
        "ce",
        "gmail_plain",
        "Hallo,\n\nnein, wir haben NICHT bezahlt – aber nicht, weil etwas nicht stimmt. Die Überweisungen macht mein Vater und der ist noch bis zum 19. in Kur. Er ist Montag, den 20., wieder da und überweist dann gleich.\n\nGruß\nLukas Berger",
        lab(
            promised_date="2031-10-20",
            note="negated payment with a harmless reason; the promise is for the day the father is back (Mon 20 Oct)",
        ),
        inv="MAC-20438",
        amount="1210.00",
    ),
    Mail(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Jean-Marc Roux", "compta@scea-sablons.example"),
        "2031-10-13 16:20",
        "ce",
        "outlook",
        "Bonjour,\n\nLe règlement partira fin de mois, avec ceux de nos autres fournisseurs.\n\nCordialement,\nJ.-M. Roux\nSCEA Domaine des Sablons",
        lab(promised_date="2031-10-31", note="'fin de mois' → last day of the month"),
        inv="MAC-20430",
        amount="2604.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Antonio Gil", "antoniogil.finca@gmail.com"),
        "2031-10-16 22:10",
        "ce",
        "iphone",
        "Perdona el retraso, lo pago a finales de mes sin falta. Un saludo, Antonio",
        lab(
            promised_date="2031-10-31",
            note="'a finales de mes' → last day of the month",
        ),
        inv="MAC-20443",
        amount="480.00",
    ),
    Mail(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Pilar Llorente", "pilar@agrariasllorente.example"),
        "2031-10-08 13:30",
        "ce",
        "gmail",
        "Buenas tardes:\n\nOs confirmo que la factura está bien y que la vamos a pagar, pero tendrá que ser cuando cobremos la ayuda de la PAC, que este año viene con retraso. Normalmente entra a mediados de noviembre; en cuanto la tengamos en la cuenta os hago la transferencia.\n\nUn saludo,\nPilar Llorente\nExplotaciones Agrarias Llorente",
        lab(
            note="one payment promised, conditional on the subsidy arriving; 'a mediados de noviembre' cannot be pinned to a day",
        ),
        inv="MAC-20429",
        amount="5140.00",
        cte="b64",
    ),
    Mail(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne de Boer", "sanne@manegedehoefslag.example"),
        "2031-10-23 21:02",
        "ce",
        "iphone",
        "Nog niet betaald nee, sorry! Doe ik maandag.",
        lab(
            promised_date="2031-10-27",
            note="'not yet' followed by a day; Monday after Thu 23 Oct",
        ),
        inv="MAC-20464",
        amount="610.00",
    ),
    Mail(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("W.J. van Asperen", "rentmeester@landgoedheerenbeek.example"),
        "2031-10-07 11:15",
        "ce",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nIn antwoord op uw herinnering van gisteren bevestigen wij dat factuur MAC-20428 over twee weken zal worden voldaan. De factuur moet nog formeel door het bestuur worden geaccordeerd; dat gebeurt in de vergadering van aanstaande donderdag.\n\nHoogachtend,\n\nW.J. van Asperen\nRentmeester\nStichting Landgoed Heerenbeek",
        lab(
            ("MAC-20428",),
            promised_date="2031-10-21",
            note="'over twee weken' → message date + 14 days",
        ),
        inv="MAC-20428",
        amount="4275.00",
    ),
    Mail(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Davide Colombo", "davide@cascinaronchetto.example"),
        "2031-10-22 18:40",
        "ce",
        "thunderbird",
        "Buonasera,\n\nscusate il ritardo, la fattura la saldiamo entro fine mese.\n\nSaluti\nDavide Colombo\nCascina Ronchetto",
        lab(promised_date="2031-10-31", note="'entro fine mese' → last day of the month"),
        inv="MAC-20457",
        amount="1345.00",
        cte="8bit",
    ),
    Mail(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Laura Ferretti", "contabilita@tenutasanvitale.example"),
        "2031-10-28 10:05",
        "ce",
        "gmail_plain",
        "Buongiorno,\n\nla fattura MAC-20466 è stata approvata e verrà pagata con la distinta fornitori del 10/11.\n\nCordiali saluti\nLaura Ferretti\nUfficio contabilità – Tenuta San Vitale",
        lab(
            ("MAC-20466",),
            promised_date="2031-11-10",
            note="'approvata' is past, the payment is future; '10/11' is day/month in Italian → 10 November",
        ),
        inv="MAC-20466",
        amount="2210.00",
    ),
]

DISPUTE = [
    Mail(
        "di-en-1",
        "dispute",
        "en",
        ("Ruth Marsh", "ruth@marshfarms.example"),
        "2031-10-14 08:05",
        "uk",
        "outlook",
        "Morning,\n\nWe've paid £1,420 of this – that's the silage clamp work, which we're happy with, and it went over on Friday.\n\nWe're not paying the other £380. That's for a third trailer on 9 September that nobody asked for. Your driver sat in our yard most of the afternoon waiting for the forager, and we're not paying for that. If you want to discuss it ring me, but I won't be changing my mind.\n\nRuth Marsh\nR. Marsh & Daughters",
        lab(note="part paid, the rest disputed: dispute wins over the payment claim"),
        inv="MAC-20409",
        amount="1800.00",
        charset="windows-1252",
    ),
    Mail(
        "di-en-2",
        "dispute",
        "en",
        ("E. Gorringe", "gorringe.farms@gmail.com"),
        "2031-10-10 09:15",
        "uk",
        "gmail",
        "We have NOT paid MAC-20405 because the job wasn't finished. The hedges along Pound Lane were done but the whole north boundary by the wood was never touched. Half a job at full price? I don't think so.\n\nCome out and look at it yourselves if you don't believe me. Once it's done properly you'll get paid.\n\nE. Gorringe",
        lab(
            ("MAC-20405",),
            note="negated payment because the work is incomplete; payment is conditional on finishing it",
        ),
        inv="MAC-20405",
        amount="1560.00",
    ),
    Mail(
        "di-en-3",
        "dispute",
        "en",
        ("Lisa Kershaw", "office@hillcrestriding.example"),
        "2031-10-24 11:30",
        "uk",
        "thunderbird",
        "Hello,\n\nI think this invoice is a duplicate. MAC-20419 is for harrowing and rolling the paddocks on 12 August, but we were already billed for that visit on MAC-20377, which we paid in August. Same date, same hours, same amount.\n\nCould you check and cancel the duplicate, please?\n\nRegards,\nLisa Kershaw\nHillcrest Riding Centre",
        lab(
            ("MAC-20419", "MAC-20377"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="MAC-20419",
        amount="455.00",
        cte="8bit",
    ),
    Mail(
        "di-de-1",
        "dispute",
        "de",
        ("Martin Kühn", "kuehn@biohof-sonnenwiese.example"),
        "2031-10-09 13:10",
        "ce",
        "outlook_html",
        "Guten Tag,\n\ndie Stundenabrechnung auf der Rechnung MAC-20444 stimmt nicht. Laut unserer Schlagkartei war Ihr Fahrer am 18.09. von 7:30 bis 14:00 Uhr bei uns, also 6,5 Stunden. Berechnet haben Sie 9 Stunden Drillen.\n\nBitte schicken Sie uns eine korrigierte Rechnung. Die jetzige Rechnung bezahlen wir so nicht.\n\nMit freundlichen Grüßen\nMartin Kühn\nBiohof Sonnenwiese GbR",
        lab(
            ("MAC-20444",),
            note="hours disputed; the corrected-invoice request is secondary",
        ),
        inv="MAC-20444",
        amount="1287.00",
        charset="iso-8859-1",
    ),
    Mail(
        "di-de-2",
        "dispute",
        "de",
        ("Erwin Hagedorn", "e.hagedorn@hagedorn-landwirtschaft.example"),
        "2031-10-28 20:50",
        "ce",
        "gmail_plain",
        "Guten Abend,\n\nda muss ich etwas ausholen. Im September war Ihr Fahrer mit dem Güllefass bei uns, das war so abgesprochen, der Termin hat gepasst, alles gut. Mein Sohn war an dem Tag mit den Rindern auf der Kreisschau, deshalb war keiner von uns dabei, was im Nachhinein ein Fehler war. Jedenfalls ist beim Wenden am Ende vom Schlag hinter der Scheune ein ganzes Stück in den Weizen vom Nachbarn gefahren worden, der gerade aufgelaufen war. Der Nachbar (Herr Voß) hat sich natürlich gleich bei mir beschwert und will jetzt Schadenersatz, nach seiner Rechnung gut 600 Euro. Ich habe ihm gesagt, dass ich das mit Ihnen kläre. Deshalb ziehe ich die 600 Euro von Ihrer Rechnung ab bzw. zahle die Rechnung erst, wenn das geklärt ist. Sonst war ich zufrieden, das Ausbringen selbst war ordentlich gemacht.\n\nRufen Sie mich am besten abends an.\n\nErwin Hagedorn",
        lab(
            note="long reply; the point (a damage deduction, payment withheld until settled) comes late"
        ),
        inv="MAC-20450",
        amount="1932.00",
        cte="8bit",
    ),
    Mail(
        "di-fr-1",
        "dispute",
        "fr",
        ("Anne Perrot", "gaec.troischenes@gaec-troischenes.example"),
        "2031-10-16 10:02",
        "ce",
        "outlook",
        "Bonjour,\n\nVotre devis du 12 août prévoyait le semis à 85 € HT l'hectare. Sur la facture MAC-20437, vous facturez 110 € HT l'hectare pour les mêmes 22 hectares.\n\nMerci de nous adresser une facture conforme au devis ; nous la réglerons dès réception.\n\nCordialement,\nAnne Perrot\nGAEC des Trois Chênes",
        lab(
            ("MAC-20437",),
            note="price disagrees with the quote; the corrected invoice and the conditional payment are secondary",
        ),
        inv="MAC-20437",
        amount="2904.00",
        charset="windows-1252",
    ),
    Mail(
        "di-fr-2",
        "dispute",
        "fr",
        ("Thomas Lefèvre", "thomas.lefevre@harasdelavallee.example"),
        "2031-10-21 19:35",
        "ce",
        "iphone",
        "Bonsoir, sur les 140 bottes enrubannées qu'on a ouvertes une bonne partie sont percées et moisies, le foin est bon pour le fumier. Je ne paierai pas une prestation pareille, passez voir vous-mêmes.",
        lab(note="quality complaint; refuses to pay"),
        inv="MAC-20453",
        amount="1680.00",
    ),
    Mail(
        "di-es-1",
        "dispute",
        "es",
        ("Javier Ortega", "javier@ganaderiaortega.example"),
        "2031-10-20 12:25",
        "ce",
        "apple",
        "Hola:\n\nEn la factura nos cobráis 14 horas de empacadora y la máquina estuvo aquí 9, lo apuntamos nosotros. Encima una buena parte de las pacas salieron flojas y se han deshecho al cargarlas.\n\nNo estamos de acuerdo con el importe. Llamadme y lo hablamos.\n\nJavier Ortega",
        lab(note="hours and quality disputed"),
        inv="MAC-20454",
        amount="1596.00",
    ),
    Mail(
        "di-nl-1",
        "dispute",
        "nl",
        ("Margriet Kooistra", "m.kooistra@landgoedoldenhove.example"),
        "2031-10-27 09:50",
        "ce",
        "gmail",
        "Goedemorgen,\n\nMet Henk is afgesproken dat het maaien en afvoeren van de bermen langs de oprijlaan € 2.100 all-in zou kosten. Op factuur MAC-20455 staat nu € 2.860, en daarbovenop nog reiskosten. Dat is niet wat we hebben afgesproken.\n\nGraag een gecorrigeerde factuur volgens de afspraak.\n\nMet vriendelijke groet,\nMargriet Kooistra\nLandgoed Oldenhove",
        lab(("MAC-20455",), note="price disagrees with the agreed all-in price"),
        inv="MAC-20455",
        amount="3025.00",
    ),
    Mail(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Mulder", "ruud@paardenpensionmulder.example"),
        "2031-10-08 16:44",
        "ce",
        "android",
        "Dit hebben we nooit besteld. Wie heeft dit aangevraagd?",
        lab(note="denies ordering the work; the question is rhetorical"),
        inv="MAC-20441",
        amount="395.00",
    ),
    Mail(
        "di-it-1",
        "dispute",
        "it",
        ("Marco Bertolini", "info@agriturismoilcastagneto.example"),
        "2031-10-13 09:12",
        "ce",
        "outlook",
        "Buongiorno,\n\nnon abbiamo pagato perché il lavoro non è stato finito: la trinciatura delle siepi lungo il fosso è stata fatta solo per metà e poi non è più tornato nessuno. Saldiamo quando il lavoro sarà completato, non prima.\n\nDistinti saluti\nMarco Bertolini\nAgriturismo Il Castagneto",
        lab(note="negated payment because the work is unfinished"),
        inv="MAC-20439",
        amount="870.00",
        charset="iso-8859-1",
    ),
    Mail(
        "di-it-2",
        "dispute",
        "it",
        ("Chiara Testa", "amministrazione@scuderiavalleverde.example"),
        "2031-10-30 15:20",
        "ce",
        "gmail",
        "Buongiorno,\n\nla fattura MAC-20468 è identica alla MAC-20432 (stessa erpicatura del campo ostacoli, stessa data, stesso importo), che abbiamo già pagato il 30/09. Credo si tratti di un doppio invio. Potete verificare e annullarla?\n\nGrazie\nChiara Testa\nScuderia Valle Verde",
        lab(
            ("MAC-20468", "MAC-20432"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="MAC-20468",
        amount="540.00",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Natalie Brooks", "natalie@brookslivery.example"),
        "2031-10-14 13:05",
        "uk",
        "iphone",
        "Hi, can do £500 now and the rest on the 15th of next month if that works? Let me know x",
        lab(note="part now, the rest later: plan dates and amounts are not labelled"),
        inv="MAC-20412",
        amount="1175.00",
    ),
    Mail(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Bryn Pritchard", "bryn.pritchard.ffarm@gmail.com"),
        "2031-10-19 22:48",
        "uk",
        "gmail_plain",
        "Hi there\n\nI know this is overdue and Im sorry, its not that we dont want to pay. Its been a rotten year, the spring barley was a write off after the wet and the milk price dropped again in september so everything is stretched at the moment. I dont want to make promises I cant keep so could we do £300 a month untill its cleared? I can set up a standing order from the 1st. If thats no good give me a ring and we will try and sort somthing out.\n\nThanks for all the work this year, the silage was the best we've had.\n\nBryn",
        lab(note="hardship and monthly instalments; typos and missing apostrophes"),
        inv="MAC-20401",
        amount="1620.00",
        days_before=4,
    ),
    Mail(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Carol Whitfield", "carol@oakridgestables.example"),
        "2031-10-11 17:20",
        "uk",
        "android",
        "Any chance of a few more weeks on this one? We've had two liveries leave and money is tight till the new ones start. Carol",
        lab(note="asks for more time, no date"),
        inv="MAC-20416",
        amount="830.00",
    ),
    Mail(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Sabine Lindenau", "info@pferdehof-lindenau.example"),
        "2031-10-21 08:55",
        "ce",
        "thunderbird",
        "Guten Morgen,\n\nwir können im Moment leider nur 1.000 € überweisen, das mache ich heute noch. Den Rest (rund 1.400 €) würde ich Ende November zahlen. Ist das für Sie in Ordnung?\n\nViele Grüße\nSabine Lindenau\nPferdehof Lindenau",
        lab(note="part now, the rest at the end of November → payment_plan, not payment_sent"),
        inv="MAC-20456",
        amount="2395.00",
        cte="8bit",
    ),
    Mail(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Friedrich Oltmanns", "f.oltmanns@oltmanns-hof.example"),
        "2031-10-07 10:30",
        "ce",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\naufgrund der schwierigen Ernte in diesem Jahr (Trockenschäden beim Mais) ist unsere Liquidität derzeit stark angespannt. Wir bitten daher höflich um Stundung der Rechnung MAC-20449 bis zum 31.12.2031. Die Forderung selbst ist unstreitig.\n\nFür Ihr Entgegenkommen danken wir Ihnen im Voraus.\n\nMit freundlichen Grüßen\n\nFriedrich Oltmanns",
        lab(
            ("MAC-20449",),
            note="formal request for a deferral (Stundung) on hardship grounds: more time → payment_plan",
        ),
        inv="MAC-20449",
        amount="4120.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Morel", "nathalie.morel@elevage-morel.example"),
        "2031-10-15 18:10",
        "ce",
        "gmail",
        "Bonsoir,\n\nSerait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 600 € dès cette semaine, puis deux virements de 550 € fin novembre et fin décembre.\n\nMerci de me dire si cela vous convient.\n\nNathalie Morel",
        lab(note="three instalments proposed"),
        inv="MAC-20446",
        amount="1700.00",
    ),
    Mail(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Mathieu Garnier", "earl.garnier@earl-garnier.example"),
        "2031-10-29 09:30",
        "ce",
        "apple",
        "Bonjour,\n\nJe suis désolé pour ce retard. Avec la sécheresse de cet été, la récolte de maïs a été catastrophique et la trésorerie est à sec jusqu'au versement des aides. Est-ce que vous pourriez m'accorder un délai supplémentaire de deux ou trois mois ? Je préfère vous le dire franchement plutôt que de vous promettre une date que je ne pourrai pas tenir.\n\nBien à vous,\nMathieu Garnier",
        lab(note="hardship and a request for more time"),
        inv="MAC-20465",
        amount="2750.00",
    ),
    Mail(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Lucía Ruiz", "lucia@vinedoscasaruiz.example"),
        "2031-10-09 11:40",
        "ce",
        "outlook_html",
        "Buenos días:\n\n¿Sería posible pagar esta factura en dos veces? La mitad ahora y la otra mitad a mediados de diciembre, cuando cobremos la vendimia.\n\nGracias de antemano,\nLucía Ruiz\nViñedos Casa Ruiz",
        lab(note="half now, half later"),
        inv="MAC-20434",
        amount="3180.00",
        charset="windows-1252",
    ),
    Mail(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Paco López", "paco@granjalopez.example"),
        "2031-10-25 14:02",
        "ce",
        "iphone",
        "ahora mismo no llego te puedo pagar 300 al mes hasta acabar si te vale dime algo",
        lab(note="no punctuation; monthly instalments"),
        inv="MAC-20467",
        amount="1450.00",
    ),
    Mail(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Karin Verhoeven", "k.verhoeven@melkveebedrijfverhoeven.example"),
        "2031-10-16 14:15",
        "ce",
        "outlook",
        "Goedemiddag,\n\nIs het mogelijk om deze factuur in drie termijnen te betalen? Dan maak ik de eerste termijn nog deze maand over.\n\nMet vriendelijke groet,\nKarin Verhoeven\nMelkveebedrijf Verhoeven",
        lab(note="three instalments"),
        inv="MAC-20448",
        amount="2265.00",
        charset="windows-1252",
    ),
    Mail(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paolo Moretti", "p.moretti@fratellimoretti-agricola.example"),
        "2031-10-20 10:10",
        "ce",
        "outlook_html",
        "Spett.le Meadowbank Agricultural Contractors,\n\nfacendo seguito al Vostro sollecito, Vi chiediamo cortesemente la possibilità di rateizzare l'importo della fattura MAC-20451 in quattro rate mensili di pari importo, a partire dal mese di novembre.\n\nRestando in attesa di un Vostro cortese riscontro, porgiamo distinti saluti.\n\nPaolo Moretti\nSocietà Agricola F.lli Moretti s.s.",
        lab(("MAC-20451",), note="very formal instalment request"),
        inv="MAC-20451",
        amount="4480.00",
        charset="windows-1252",
    ),
    Mail(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Roberta Gatti", "roberta.gatti@allevamentogatti.example"),
        "2031-10-24 19:20",
        "ce",
        "iphone",
        "Ho fatto un bonifico di 500 euro oggi, il resto entro fine novembre. Spero vada bene",
        lab(note="part paid today, the rest later → payment_plan, not payment_sent"),
        inv="MAC-20462",
        amount="1260.00",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Priya Natarajan", "accounts.payable@corwen-agri.example"),
        "2031-10-08 10:20",
        "uk",
        "outlook_html",
        "Hello,\n\nWe're unable to process MAC-20402 as it doesn't quote a purchase order number, and our system rejects supplier invoices without one. Once you send it back with PO 4500187723 on it we will pay it in the next run.\n\nPlease send the revised invoice to this address.\n\nMany thanks,\n\nPriya Natarajan\nAccounts Payable\nCorwen Agri Holdings plc",
        lab(
            ("MAC-20402",),
            note="conditional payment: will pay once the PO is on the invoice; nothing is contested",
        ),
        inv="MAC-20402",
        amount="6315.00",
        headers=(XARS,),
    ),
    Mail(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Jo Lambert", "jo@lambertfarm.example"),
        "2031-10-06 12:30",
        "uk",
        "gmail_plain",
        "Hi never got this invoice, can you resend it please. Thanks Jo",
        lab(note="never received the invoice"),
        inv="MAC-20395",
        amount="312.00",
        days_before=3,
    ),
    Mail(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Fiona Hartley", "estate.office@ashcombe-estate.example"),
        "2031-10-22 15:05",
        "uk",
        "thunderbird",
        "Dear Accounts,\n\nWe are ready to pay this, but following an attempted fraud earlier this year our policy is that we cannot pay a supplier for the first time, or after any change of bank details, until the account details have been confirmed in writing on headed paper. Could you please send us a letter (a scanned copy is fine) confirming your sort code and account number?\n\nAs soon as we have it the payment will be made.\n\nYours sincerely,\n\nFiona Hartley\nEstate Office\nAshcombe Estate",
        lab(
            note="needs the bank details confirmed before paying; the payment is conditional, not promised for a date"
        ),
        inv="MAC-20421",
        amount="2860.00",
        cte="8bit",
    ),
    Mail(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Gemeinde Oberwald – Kämmerei", "kaemmerei@oberwald-gemeinde.example"),
        "2031-10-14 09:05",
        "ce",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung MAC-20447 kann von uns in der vorliegenden Form nicht bearbeitet werden. Es fehlen unsere Bestellnummer (BE-2031-0418) sowie Ihre USt-IdNr. Bitte senden Sie uns eine entsprechend ergänzte Rechnung, bevorzugt als PDF an diese Adresse.\n\nMit freundlichen Grüßen\nIm Auftrag\nBrigitte Haas",
        lab(
            ("MAC-20447",),
            note="public body asks for a reissue with its order number; amount not contested",
        ),
        inv="MAC-20447",
        amount="1870.00",
        charset="windows-1252",
    ),
    Mail(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Jonas Weber", "weber@reitanlage-weber.example"),
        "2031-10-27 07:40",
        "ce",
        "iphone",
        "Moin, was genau ist das für eine Rechnung? Schicken Sie mir bitte den Arbeitsnachweis mit Datum und Stunden, dann gebe ich sie frei. Gruß J. Weber",
        lab(note="wants the work record before releasing payment"),
        inv="MAC-20469",
        amount="745.00",
        days_before=3,
    ),
    Mail(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Charpentier", "finances@cc-valdesevre.example"),
        "2031-10-17 11:20",
        "ce",
        "html_only",
        "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte détaillé ? Entre les acomptes versés au printemps et les factures de fauchage des accotements, nous n'arrivons plus à rapprocher nos écritures des vôtres.\n\nDès réception, nous procéderons au mandatement du solde.\n\nCordialement,\n\nIsabelle Charpentier\nService finances\nCommunauté de communes du Val de Sèvre",
        lab(note="statement of account requested before paying; HTML-only message"),
        inv="MAC-20431",
        amount="3390.00",
    ),
    Mail(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hervé Dumas", "herve.dumas@fermedumas.example"),
        "2031-10-06 17:45",
        "ce",
        "gmail_plain",
        "Bonjour, je veux bien payer mais je n'ai pas votre RIB, il n'est pas sur la facture que j'ai reçue. Vous pouvez me l'envoyer ? Merci. H. Dumas",
        lab(note="asks for the bank details before paying"),
        inv="MAC-20427",
        amount="560.00",
        days_before=3,
    ),
    Mail(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Rosa Navarro", "rosanavarro@satlosolivares.example"),
        "2031-10-15 09:55",
        "ce",
        "gmail",
        "Hola, buenos días:\n\nLa factura MAC-20463 viene a mi nombre, pero el trabajo se hizo para la SAT Los Olivares y tiene que ir a nombre de la SAT, con el CIF que os pongo abajo. Si no, la gestoría no me la puede contabilizar ni pagar. ¿Me la podéis rehacer?\n\nSAT Los Olivares n.º 9876\nCIF V-87654321\n\nGracias,\nRosa Navarro",
        lab(
            ("MAC-20463",),
            note="reissue to a different legal entity; the amount is not contested",
        ),
        inv="MAC-20463",
        amount="1985.00",
    ),
    Mail(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Campos", "administracion@centrohipicoelencinar.example"),
        "2031-10-29 12:10",
        "ce",
        "outlook",
        "Buenos días:\n\nAntes de tramitar el pago necesito el parte de trabajo firmado por nuestro encargado, con las horas y la fecha del servicio. Sin ese documento administración no aprueba la factura.\n\nUn saludo,\nSergio Campos\nCentro Hípico El Encinar",
        lab(note="signed work sheet needed before payment"),
        inv="MAC-20472",
        amount="1140.00",
        charset="iso-8859-1",
    ),
    Mail(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Bert Jansen", "bert@jansen-vleesvee.example"),
        "2031-10-13 12:02",
        "ce",
        "android",
        "Graag een kopie van de factuur, ik kan hem nergens vinden. Groet, Bert",
        lab(note="copy of the invoice"),
        inv="MAC-20435",
        amount="980.00",
    ),
    Mail(
        "ir-nl-2",
        "invoice_request",
        "nl",
        (
            "Crediteurenadministratie Waterschap De Drie Polders",
            "crediteuren@dedriepolders.example",
        ),
        "2031-10-20 14:40",
        "ce",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij kunnen factuur MAC-20459 niet in behandeling nemen, omdat het inkoopordernummer ontbreekt. Facturen zonder geldig inkoopordernummer worden door ons systeem automatisch afgekeurd. Wilt u de factuur opnieuw indienen met vermelding van inkoopordernummer 7800-01123?\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nWaterschap De Drie Polders",
        lab(
            ("MAC-20459",),
            note="reissue with a PO number, written by a person in an AP team",
        ),
        inv="MAC-20459",
        amount="5620.00",
        headers=(XARS,),
    ),
    Mail(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Francesca Greco", "francesca@aziendalequerce.example"),
        "2031-10-09 17:30",
        "ce",
        "apple",
        "Buonasera,\n\nmi mandate per favore la fattura elettronica tramite SDI? Il nostro codice destinatario è M5UXCR1. Senza quella il commercialista non me la registra e non posso pagarla.\n\nGrazie, buona serata\nFrancesca Greco\nAz. Agr. Le Querce",
        lab(note="needs the e-invoice through the national exchange system before paying"),
        inv="MAC-20425",
        amount="1520.00",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Mark Ellison", "m.ellison@thornbury-estate.example"),
        "2031-10-07 09:20",
        "uk",
        "outlook",
        "Hello,\n\nI left Thornbury at the end of September and this mailbox is only being kept open for the handover. The new farm manager is James Whitlow – james.whitlow@thornbury-estate.example – and he'll be dealing with contractors' invoices from now on. I've copied him in.\n\nBest wishes,\nMark Ellison",
        lab(
            new_contact="james.whitlow@thornbury-estate.example",
            note="also copied in Cc",
        ),
        inv="MAC-20399",
        amount="2215.00",
        cc=("James Whitlow <james.whitlow@thornbury-estate.example>",),
    ),
    Mail(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@larkspurfarms.example"),
        "2031-10-15 16:55",
        "uk",
        "outlook_html",
        "Dear Sir/Madam,\n\nPlease be advised that with immediate effect all correspondence relating to overdue accounts and collections must be directed to our new receivables management partner at collections@larkspur-settlements.example. This mailbox will no longer be monitored for such matters.\n\nKindly update your records accordingly and re-send any outstanding statements to the above address at your earliest convenience. Do not reply to this message.\n\nRegards,\nAccounts Department",
        lab(
            new_contact="collections@larkspur-settlements.example",
            note="reads like a redirect attempt (look-alike domain, urgency, 'do not reply'); labelled by what it says, and a person should verify before the contact is changed",
        ),
        inv="MAC-20418",
        amount="3740.00",
    ),
    Mail(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Kate Sutton", "kate@fenwicklivery.example"),
        "2031-10-22 07:15",
        "uk",
        "iphone",
        "I'm off till the 27th but saw this on my phone – I don't do the accounts for Fenwick any more, please send it to Debbie at office@fenwicklivery.example\n\nThanks\nKate",
        lab(
            new_contact="office@fenwicklivery.example",
            note="written by a person on leave; the subject she typed says 'out of office' but nothing here is automatic",
        ),
        inv="MAC-20422",
        amount="690.00",
        subject="Out of office - {rsub}",
    ),
    Mail(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jens Petersen", "hof.petersen@petersen-marschhof.example"),
        "2031-10-08 12:10",
        "ce",
        "outlook",
        "Guten Tag,\n\nfür unsere Buchhaltung ist das Steuerbüro Meinert zuständig. Bitte schicken Sie Rechnungen und Erinnerungen künftig direkt an buchhaltung@stb-meinert.example, ich habe die Adresse in Kopie gesetzt.\n\nGruß\nJens Petersen",
        lab(
            new_contact="buchhaltung@stb-meinert.example",
            note="tax adviser named and copied in Cc",
        ),
        inv="MAC-20440",
        amount="1365.00",
        charset="iso-8859-1",
        cc=("buchhaltung@stb-meinert.example",),
    ),
    Mail(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Collin", "bernard.collin@gaec-des-pres.example"),
        "2031-10-10 08:30",
        "ce",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du GAEC depuis septembre, c'est ma belle-sœur qui a repris : compta@gaec-des-pres.example. Je lui transfère votre message.\n\nBernard Collin",
        lab(new_contact="compta@gaec-des-pres.example"),
        inv="MAC-20424",
        amount="1045.00",
    ),
    Mail(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Valérie Lemoine", "secretariat@mairie-staubin.example"),
        "2031-10-23 15:00",
        "ce",
        "outlook_html",
        "Bonjour,\n\nCette adresse est celle du secrétariat de mairie. Les factures et les relances doivent être adressées au service comptabilité : comptabilite@mairie-staubin.example.\n\nJe vous remercie de bien vouloir mettre à jour vos coordonnées.\n\nValérie Lemoine\nSecrétariat de mairie\nSaint-Aubin-des-Bois",
        lab(new_contact="comptabilite@mairie-staubin.example"),
        inv="MAC-20460",
        amount="1930.00",
        charset="windows-1252",
    ),
    Mail(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Soler", "c.soler@coopsantamariadelval.example"),
        "2031-10-21 08:05",
        "ce",
        "android",
        "Ya no llevo la administración de la cooperativa desde septiembre. Escribid a administracion@coopsantamariadelval.example, por favor.",
        lab(new_contact="administracion@coopsantamariadelval.example"),
        inv="MAC-20449",
        amount="2670.00",
    ),
    Mail(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Manuel Prieto", "manuel.prieto@elromeral.example"),
        "2031-10-30 18:20",
        "ce",
        "gmail_plain",
        "Buenas tardes:\n\nCreo que os habéis equivocado de persona. Vendí la finca El Romeral en junio a una familia holandesa y desde entonces no tengo nada que ver con ella. No tengo su correo, lo siento.\n\nManuel Prieto",
        lab(note="farm sold; no new address"),
        inv="MAC-20473",
        amount="850.00",
    ),
    Mail(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ilse Smit", "info@boerderijdeleeuwerik.example"),
        "2031-10-09 10:35",
        "ce",
        "outlook_html",
        "Goedemorgen,\n\nDit adres wordt niet meer gelezen door de administratie. Wilt u facturen en herinneringen voortaan sturen naar crediteuren@boerderijdeleeuwerik.example?\n\nAlvast bedankt,\nIlse Smit\nBoerderij De Leeuwerik",
        lab(new_contact="crediteuren@boerderijdeleeuwerik.example"),
        inv="MAC-20423",
        amount="775.00",
    ),
    Mail(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Zorgboerderij Het Anker", "boekhouding@zorgboerderijhetanker.example"),
        "2031-10-14 08:31",
        "ce",
        "notice",
        "Dit e-mailadres is sinds 1 oktober 2031 niet meer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd.\n\nFacturen en betalingsherinneringen: facturen@zorgboerderijhetanker.example\nOverige vragen: info@zorgboerderijhetanker.example\n\nMet vriendelijke groet,\nZorgboerderij Het Anker",
        lab(
            new_contact="facturen@zorgboerderijhetanker.example",
            note="automatic 'address no longer in use' notice naming the invoice address: wrong_contact, not auto_reply",
        ),
        inv="MAC-20452",
        amount="1180.00",
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Anna Bellini", "anna.bellini@allevamentobellini.example"),
        "2031-10-12 11:20",
        "ce",
        "iphone",
        "Buongiorno, sono la moglie di Franco, queste cose le segue lui. Scrivete a franco.bellini@allevamentobellini.example grazie",
        lab(new_contact="franco.bellini@allevamentobellini.example"),
        inv="MAC-20427",
        amount="940.00",
        days_before=2,
    ),
    Mail(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Stefano Lombardi", "s.lombardi@collefiorito.example"),
        "2031-10-17 14:25",
        "ce",
        "outlook",
        "Buongiorno,\n\nper tutte le questioni amministrative vi preghiamo di rivolgervi al nostro commercialista, Studio Ferri, all'indirizzo Studio.Ferri@studioferri-commercialisti.example, che legge in copia.\n\nCordiali saluti\nStefano Lombardi\nAzienda Agricola Colle Fiorito",
        lab(
            new_contact="studio.ferri@studioferri-commercialisti.example",
            note="address written in mixed case, labelled in lower case; copied in Cc",
        ),
        inv="MAC-20458",
        amount="1725.00",
        charset="iso-8859-1",
        cc=("Studio Ferri <studio.ferri@studioferri-commercialisti.example>",),
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Derek Halsall", "derek@halsallfarms.example"),
        "2031-10-08 20:10",
        "uk",
        "gmail",
        "I'll pay it on Friday. But please stop sending these emails, three in ten days is getting ridiculous. If you need me, ring.\n\nDerek",
        lab(note="promise plus a stop request: unsubscribe wins"),
        inv="MAC-20404",
        amount="1390.00",
    ),
    Mail(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Olivia Grant", "o.grant@pembertonlyle.example"),
        "2031-10-23 12:40",
        "uk",
        "outlook_html",
        "Dear Sirs\n\nOur client: Mr David Holroyd, Holroyd's Farm, Low Moor\nYour reference: MAC-20391\n\nWe are instructed by Mr Holroyd in connection with the above invoice, which our client disputes. Please direct all further communications about this matter to this firm and do not contact our client directly, whether by e-mail, telephone or letter.\n\nYours faithfully\n\nOlivia Grant\nSolicitor\nPemberton Lyle LLP",
        lab(
            ("MAC-20391",),
            note="solicitor's letter: 'talk to our lawyer' → unsubscribe, which beats the dispute it mentions",
        ),
        inv="MAC-20391",
        amount="4650.00",
        headers=(XARS,),
        days_before=2,
    ),
    Mail(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Walter Briggs", "walter.briggs@briggsandson.example"),
        "2031-10-27 06:50",
        "uk",
        "iphone",
        "STOP EMAILING ME. I HAVE TOLD YOUR OFFICE ON THE PHONE TWICE. LETTERS ONLY.",
        lab(note="all caps; post only → unsubscribe"),
        inv="MAC-20389",
        amount="2080.00",
        days_before=3,
    ),
    Mail(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Gerda Wilms", "g.wilms@gut-wilmshof.example"),
        "2031-10-16 11:00",
        "ce",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie meine E-Mail-Adresse aus Ihrem Verteiler. Schriftverkehr bitte ausschließlich per Post an die Ihnen bekannte Anschrift.\n\nMit freundlichen Grüßen\nDr. Gerda Wilms",
        lab(note="post only"),
        inv="MAC-20443",
        amount="2150.00",
        charset="iso-8859-1",
    ),
    Mail(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Uwe Rieger", "uwe.rieger@rieger-agrar.example"),
        "2031-10-30 13:33",
        "ce",
        "gmail_plain",
        "Wir haben bezahlt!!! Hören Sie endlich auf, uns jeden zweiten Tag zu mailen.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="MAC-20470",
        amount="660.00",
    ),
    Mail(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Gilles Bonnet", "gilles.bonnet@domainebonnet.example"),
        "2031-10-14 18:05",
        "ce",
        "apple",
        "Merci de ne plus m'écrire à cette adresse. Mon avocat, Maître Lebrun, prendra contact avec vous.\n\nG. Bonnet",
        lab(note="'talk to my lawyer' without an address → unsubscribe"),
        inv="MAC-20438",
        amount="3275.00",
    ),
    Mail(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Rafael Domínguez", "rafadominguez@cortijolaloma.example"),
        "2031-10-11 10:15",
        "ce",
        "iphone",
        "No me escribáis más a este correo, por favor. Lo que tengáis que decirme, por carta.",
        lab(note="post only"),
        inv="MAC-20437",
        amount="990.00",
    ),
    Mail(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Elena Castaño", "ecastano@dehesacastano.example"),
        "2031-10-24 09:45",
        "ce",
        "outlook",
        "Muy señores míos:\n\nLes ruego que eliminen esta dirección de su lista de envíos. No deseo recibir más comunicaciones por esta vía.\n\nAtentamente,\nElena Castaño",
        lab(note="formal removal request"),
        inv="MAC-20465",
        amount="1315.00",
        charset="windows-1252",
    ),
    Mail(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Gerrit Bos", "g.bos@bos-akkerbouw.example"),
        "2031-10-15 20:00",
        "ce",
        "thunderbird",
        "Goedenavond,\n\nGraag geen e-mails meer over facturen, ik regel mijn administratie alleen nog per post. Stuurt u alles maar naar het adres dat op de factuur staat.\n\nG. Bos",
        lab(note="post only"),
        inv="MAC-20441",
        amount="1095.00",
        cte="8bit",
    ),
    Mail(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Ria Veenstra", "ria@veenstra-paarden.example"),
        "2031-10-28 08:15",
        "ce",
        "android",
        "Afmelden",
        lab(note="one word: 'unsubscribe'"),
        inv="MAC-20466",
        amount="415.00",
    ),
    Mail(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Alberto Conti", "alberto.conti@tenutaconti.example"),
        "2031-10-09 16:30",
        "ce",
        "html_only",
        "Egregi signori,\n\nvi prego di non contattarmi più via e-mail. Per qualsiasi comunicazione relativa a questa fattura rivolgetevi al mio legale, avv. Giulia Rossi.\n\nAlberto Conti",
        lab(note="'talk to my lawyer' with no address → unsubscribe; HTML-only message"),
        inv="MAC-20430",
        amount="2940.00",
        charset="windows-1252",
    ),
    Mail(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Sergio Fabbri", "sergiofabbri@fabbri-agricola.example"),
        "2031-10-31 12:10",
        "ce",
        "iphone",
        "BASTA MAIL!!! una ogni due giorni, vi ho già detto che pago appena posso",
        lab(note="stop request with a vague 'I'll pay when I can': unsubscribe"),
        inv="MAC-20475",
        amount="720.00",
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Caroline Pryce", "c.pryce@lowerhadley-estate.example"),
        "2031-10-09 09:05",
        "uk",
        "notice",
        "Thank you for your email. I am on annual leave and back in the office on the 15th.\n\nFor anything urgent please call the estate office on 01632 960188.\n\nCaroline Pryce\nLower Hadley Estate",
        lab(return_date="2031-10-15", note="'back on the 15th' → 15 October"),
        inv="MAC-20410",
        amount="1505.00",
        subject=AUTO_PREFIX["en"] + "{rsub}",
        html_body=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            "<p>Thank you for your email. I am on annual leave and back in the office on the 15th.</p>"
            "<p>For anything urgent please call the estate office on 01632 960188.</p>"
            "<p>Caroline Pryce<br>Lower Hadley Estate</p></div></body></html>\n"
        ),
        headers=(
            AUTO_REPLIED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "c.pryce@lowerhadley-estate.example"),
        ),
    ),
    Mail(
        "ar-en-2",
        "auto_reply",
        "en",
        ("AP Service Desk", "apservicedesk@greystone-agri.example"),
        "2031-10-13 09:02",
        "ce",
        "notice",
        "Thank you for contacting the Accounts Payable Service Desk of Greystone Agriculture Group.\n\nYour message has been logged as query APQ-118204. We aim to respond within five working days. Please quote this reference in any further correspondence and do not reply to this e-mail.\n\nGreystone Agriculture Group – AP Shared Service Centre",
        lab(
            note="ticket acknowledgement from a shared service centre on central-European time; only X-Autoreply"
        ),
        inv="MAC-20431",
        amount="2990.00",
        subject="[APQ-118204] {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Mail(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Claythorpe Farm", "hello@claythorpefarm.example"),
        "2031-10-26 10:00",
        "uk",
        "notice",
        "Hi, thanks for your message!\n\nWe're flat out with autumn work at the moment and only get to emails in the evenings. If it's urgent please ring Rich on 07700 900412.\n\nThe Claythorpe team",
        lab(
            note="farm autoresponder with no Auto-Submitted or other automatic header; first day of winter time"
        ),
        inv="MAC-20420",
        amount="580.00",
        subject="Re: {rsub}",
        days_before=2,
    ),
    Mail(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Julia Albers", "j.albers@landgut-ebersbach.example"),
        "2031-10-13 09:45",
        "ce",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 17.10.2031 nicht im Büro. Ab Montag, dem 20.10.2031, bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Stade (stade@landgut-ebersbach.example).\n\nMit freundlichen Grüßen\nJulia Albers",
        lab(
            return_date="2031-10-20",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'; the colleague's address is not a new contact",
        ),
        inv="MAC-20439",
        amount="1760.00",
        subject=AUTO_PREFIX["de"] + "{rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Nordland Agrarhandel AG – Kreditorenbuchhaltung",
            "kreditoren@nordland-agrar.example",
        ),
        "2031-10-27 09:03",
        "ce",
        "notice",
        "Eingangsbestätigung\n\nIhre Nachricht ist bei der Kreditorenbuchhaltung der Nordland Agrarhandel AG eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Die Bearbeitungszeit beträgt derzeit etwa 10 Arbeitstage.\n\nDiese Nachricht wurde automatisch erstellt.",
        lab(note="receipt acknowledgement carrying only 'Precedence: auto_reply'"),
        inv="MAC-20450",
        amount="4310.00",
        subject="Eingangsbestätigung: {rsub}",
        cte="b64",
        headers=(("Precedence", "auto_reply"),),
        days_before=3,
    ),
    Mail(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Besson", "a.besson@sucrerie-picarde.example"),
        "2031-10-20 09:10",
        "ce",
        "notice",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 24 octobre inclus. Je serai de retour le lundi 27 octobre et traiterai votre message à mon retour.\n\nCordialement,\nAurélie Besson",
        lab(
            return_date="2031-10-27",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        inv="MAC-20452",
        amount="2540.00",
        subject=AUTO_PREFIX["fr"] + "{rsub}",
        html_body=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p style="font-family:Calibri,sans-serif">Bonjour,</p>'
            '<p style="font-family:Calibri,sans-serif">Je suis absente du bureau jusqu\'au vendredi 24 octobre inclus. '
            "Je serai de retour le lundi 27 octobre et traiterai votre message à mon retour.</p>"
            '<p style="font-family:Calibri,sans-serif">Cordialement,<br>Aurélie Besson</p></body></html>\n'
        ),
        headers=(AUTO_REPLIED,),
        days_before=3,
    ),
    Mail(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Émilie Roche", "emilie.roche@cuma-deslandes.example"),
        "2031-10-16 08:47",
        "ce",
        "notice",
        "Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question comptable, merci de contacter Julien Faure à l'adresse j.faure@cuma-deslandes.example.\n\nMerci de votre compréhension.\nÉmilie Roche",
        lab(note="no return date; the colleague's address does not make it wrong_contact"),
        inv="MAC-20446",
        amount="860.00",
        subject=AUTO_PREFIX["fr"] + "{rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Santos", "bsantos@olivaresdelsur.example"),
        "2031-10-29 09:20",
        "ce",
        "notice",
        "Estaré fuera de la oficina hasta el 3 de noviembre, sin acceso al correo. Para asuntos urgentes, llamad a la oficina de la finca.\n\nUn saludo,\nBeatriz Santos",
        lab(return_date="2031-11-03", note="'hasta X' → X itself"),
        inv="MAC-20461",
        amount="1825.00",
        subject=AUTO_PREFIX["es"] + "{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Henk Smulders", "h.smulders@smulders-loonwerk.example"),
        "2031-10-07 09:00",
        "ce",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 10 oktober. Vanaf maandag 13 oktober ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nHenk Smulders",
        lab(return_date="2031-10-13", note="the day back wins over 'tot en met'"),
        inv="MAC-20426",
        amount="1415.00",
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Servicedesk Financiën", "servicedesk.financien@agrifoodcoop-oost.example"),
        "2031-10-22 09:04",
        "ce",
        "notice",
        "Geachte relatie,\n\nUw melding is geregistreerd onder nummer M2310-0457. Een medewerker van de afdeling Financiën neemt uw melding zo spoedig mogelijk in behandeling.\n\nVermeld bij verdere correspondentie altijd het meldingsnummer in de onderwerpregel.\n\nDit is een automatisch gegenereerd bericht.",
        lab(note="ticket acknowledgement with X-Autoreply and Precedence, no Auto-Submitted"),
        inv="MAC-20459",
        amount="2380.00",
        subject="Melding M2310-0457 aangemaakt: {rsub}",
        headers=(X_AUTOREPLY, ("Precedence", "bulk")),
    ),
    Mail(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Riva", "v.riva@consorziovalpadana.example"),
        "2031-10-28 09:15",
        "ce",
        "notice",
        "Sarò assente dall'ufficio fino a venerdì 31 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 3 novembre.\n\nPer urgenze contattare la segreteria allo 0372 000 118.\n\nValentina Riva",
        lab(
            return_date="2031-11-03",
            note="the stated day back wins over 'fino a … compreso'",
        ),
        inv="MAC-20463",
        amount="3120.00",
        subject=AUTO_PREFIX["it"] + "{rsub}",
        cte="8bit",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Agriturismo La Fornace", "info@agriturismolafornace.example"),
        "2031-10-18 16:40",
        "ce",
        "notice",
        "Grazie per averci scritto!\n\nVi risponderemo il prima possibile. Per prenotazioni urgenti chiamateci allo 0577 000 452 dalle 9 alle 19.\n\nA presto,\nlo staff di La Fornace",
        lab(note="guest-house autoresponder, only X-Autoreply; no return date"),
        inv="MAC-20447",
        amount="1280.00",
        subject="Re: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
]

OTHER = [
    Mail(
        "ot-en-1",
        "other",
        "en",
        ("Sally Greenwood", "sally@greenwoodfarms.example"),
        "2031-10-10 07:30",
        "uk",
        "iphone",
        "Did we not pay this? I thought Mark did it before he went away",
        lab(note="a question, not a payment claim"),
        inv="MAC-20406",
        amount="1210.00",
    ),
    Mail(
        "ot-en-2",
        "other",
        "en",
        ("Margaret Hale", "estate.secretary@kelsallpark.example"),
        "2031-10-20 10:45",
        "uk",
        "outlook",
        "Thank you, I've passed this on to the estate manager for approval.\n\nMargaret Hale\nEstate Secretary, Kelsall Park",
        lab(note="acknowledgement; passing it on is not a new contact and nothing is promised"),
        inv="MAC-20415",
        amount="2745.00",
        days_before=3,
    ),
    Mail(
        "ot-en-3",
        "other",
        "en",
        ("Tom Ainsworth", "tom@ainsworthracing.example"),
        "2031-10-29 17:10",
        "uk",
        "outlook_html",
        "Hello,\n\nIs this genuine? We had a very convincing fake invoice last month claiming to be from one of our contractors, so before anyone here pays anything I'd like to check this is really from you.\n\nI'll ring your office tomorrow morning to confirm.\n\nTom Ainsworth\nAinsworth Racing",
        lab(note="suspicion, not a document request; a person should take the call"),
        inv="MAC-20423",
        amount="1840.00",
    ),
    Mail(
        "ot-de-1",
        "other",
        "de",
        ("Sekretariat Gut Ravensberg", "sekretariat@gut-ravensberg.example"),
        "2031-10-06 11:50",
        "ce",
        "outlook_html",
        "Guten Tag,\n\ndanke, ich habe Ihre Nachricht an unseren Betriebsleiter weitergeleitet.\n\nMit freundlichen Grüßen\nSekretariat Gut Ravensberg",
        lab(note="acknowledgement; forwarding internally is not a new contact"),
        inv="MAC-20422",
        amount="3310.00",
        charset="iso-8859-1",
        days_before=3,
    ),
    Mail(
        "ot-de-2",
        "other",
        "de",
        ("Heinrich Brüning", "h.bruening@bruening-hof.example"),
        "2031-10-23 19:00",
        "ce",
        "gmail",
        "Guten Abend,\n\nwir haben den Hof zum 30. September aufgegeben, die Flächen sind verpachtet und das Vieh ist verkauft. Ich melde mich bei Ihnen, wenn die Hofauflösung abgewickelt ist.\n\nMit freundlichen Grüßen\nHeinrich Brüning",
        lab(note="farm given up; the owner is still the right contact and nothing is promised"),
        inv="MAC-20453",
        amount="1475.00",
    ),
    Mail(
        "ot-fr-1",
        "other",
        "fr",
        ("Pascale Girard", "pascale.girard@earl-girard.example"),
        "2031-10-07 13:25",
        "ce",
        "iphone",
        "Bien reçu.",
        lab(note="acknowledgement only"),
        inv="MAC-20425",
        amount="615.00",
    ),
    Mail(
        "ot-fr-2",
        "other",
        "fr",
        ("Cécile Vasseur", "cecile.vasseur@fermevasseur.example"),
        "2031-10-20 15:40",
        "ce",
        "outlook",
        "Bonjour,\n\nMon père, qui tenait l'exploitation, est décédé le 2 octobre. Je transmets votre courrier au notaire chargé de la succession.\n\nCordialement,\nCécile Vasseur",
        lab(
            note="bereavement; the estate's notary is not named with an address and nothing is promised, so a person reads it"
        ),
        inv="MAC-20434",
        amount="1990.00",
        charset="iso-8859-1",
        days_before=3,
    ),
    Mail(
        "ot-es-1",
        "other",
        "es",
        ("Irene Morales", "irene.morales@granjamorales.example"),
        "2031-10-17 09:35",
        "ce",
        "gmail",
        "Recibido, se lo paso a mi padre, que es quien lleva las cuentas.",
        lab(note="acknowledgement; passing it on without an address"),
        inv="MAC-20436",
        amount="705.00",
    ),
    Mail(
        "ot-es-2",
        "other",
        "es",
        ("Luis Herrero", "luisherrero@herreroagricola.example"),
        "2031-10-10 19:05",
        "ce",
        "iphone",
        "¿Podéis venir la semana que viene a picar el maíz de la parcela de abajo? Ya está en su punto.",
        lab(note="booking question in the reminder thread; nothing about the invoice"),
        inv="MAC-20432",
        amount="1160.00",
    ),
    Mail(
        "ot-nl-1",
        "other",
        "nl",
        ("Anja Postma", "anja@postma-melkgeiten.example"),
        "2031-10-14 11:10",
        "ce",
        "gmail_plain",
        "Is deze niet al betaald? Ik dacht dat mijn man dat vorige maand had gedaan.",
        lab(note="a question, not a payment claim"),
        inv="MAC-20444",
        amount="835.00",
    ),
    Mail(
        "ot-nl-2",
        "other",
        "nl",
        ("Wim de Ruiter", "wim@fruitteeltderuiter.example"),
        "2031-10-30 16:25",
        "ce",
        "outlook",
        "Goedemiddag,\n\nDoen jullie ook het snoeien van fruitbomen? Dan hoor ik graag een prijs voor ongeveer 3 hectare hoogstam.\n\nGroet,\nWim de Ruiter",
        lab(note="quote request in the reminder thread; nothing about the invoice"),
        inv="MAC-20471",
        amount="1030.00",
    ),
    Mail(
        "ot-it-1",
        "other",
        "it",
        ("Luca Pellegrini", "luca@pellegrini-vini.example"),
        "2031-10-24 12:40",
        "ce",
        "gmail",
        "Ricevuto, grazie. Ne parlo con mio fratello e vi faccio sapere.",
        lab(note="acknowledgement without any commitment"),
        inv="MAC-20460",
        amount="2120.00",
    ),
]

MAILS = [
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
# Bounces: generated machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in language `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    inv: str
    amount: str
    note: str | None = None
    delay_hours: int = 0

    @property
    def dt(self) -> datetime:
        """The Date of the report."""
        return localise(datetime.strptime(self.when, "%Y-%m-%d %H:%M"), self.zone)

    @property
    def sent(self) -> datetime:
        """When the reminder left (minutes before a rejection, hours before a delay warning)."""
        gap = (
            timedelta(hours=self.delay_hours)
            if self.delay_hours
            else timedelta(minutes=2, seconds=17)
        )
        return in_zone(self.dt - gap, "uk")

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def local_part(self) -> str:
        """The recipient's mailbox name."""
        return self.rcpt.split("@")[0]

    def reminder(self) -> Message:
        """The reminder as it left Meadowbank."""
        return original_reminder(self.lang, self.rcpt, self.sent, self.key, self.inv, self.amount)

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nX-Queue-ID: {b32(b.key, 'queue', 11)}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    """The reminder's headers as a text/rfc822-headers part."""
    received = f"Received: from {AR_MTA} (unknown [198.51.100.10])\n\tby {AR_MTA} with ESMTPSA id {b32(b.key, 'rcvd', 10)}\n\tfor <{b.rcpt}>; {format_datetime(b.sent)}\n"
    text = received + "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, markup: str, charset: str = "utf-8") -> Message:
    """The human-readable first part of a report, plain and HTML."""
    return alternative(text, markup, charset, "qp")


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    if sender == EXCHANGE_SENDER:
        style = "outlook_html"
    elif "googlemail.com" in sender:
        style = "gmail"
    else:
        style = "bounce"
    return finalize(msg, b.key, style)


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meadowbank-contracting.example>"


def o365_markup(lines: list[str], charset: str = "utf-8") -> str:
    """Exchange Online's NDR layout, reduced to its text blocks."""
    blocks = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px">{html_lines(x)}</p>\n'
        for x in lines
    )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{blocks}</body></html>\n'


def bounce_o365_en(b: Bounce) -> Message:
    """Exchange Online, English, recipient not found (hard)."""
    server = "LO2P265MB5174.GBRP265.PROD.OUTLOOK.example"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    lines = [
        f"Your message to {b.rcpt} couldn't be delivered.",
        f"{b.local_part} wasn't found at {b.domain}.",
        "Action Required\nUnknown To address",
        "How to Fix It\nThe address may be misspelt or may not exist. Check the address and send the message again, or contact the recipient by some other means (phone, for example) to ask for the right address.",
        f"Diagnostic information for administrators:\n\nGenerating server: {server}\n\n{b.rcpt}\nRemote server returned '{diag}'",
    ]
    parts = [
        human("\n\n".join(lines) + "\n", o365_markup(lines)),
        delivery_status(b, server, "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Undeliverable: {b.subject()}")


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send, plain text without MIME, domain gone (hard)."""
    copy = b.reminder().as_bytes().decode("ascii")
    text = (
        f"Hi. This is the qmail-send program at {AR_MTA}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 48213 invoked by uid 1004); {format_datetime(b.sent)}\n" + copy
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{AR_MTA}", "failure notice")


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail delay notice, English, remote server not answering (soft)."""
    mx = f"mx1.{b.domain}"
    lines = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
        "The response from the remote server was:",
        f"The recipient server did not accept our requests to connect. [{mx}. 203.0.113.61: timed out]",
    ]
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    diag = f"421-4.4.1 [{mx} 203.0.113.61: timed out] The recipient server did not accept our requests to connect."
    parts = [
        human("\n\n".join(lines) + "\n", markup),
        delivery_status(b, "mx.google.com", "delayed", diag, mx),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online, German, the remote server rejects an unknown user (hard)."""
    server = "FR3P281MB1572.DEUP281.PROD.OUTLOOK.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    lines = [
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        f"Der Server von {b.domain} kennt den Empfänger {b.local_part} nicht.",
        "Aktion erforderlich\nEmpfänger unbekannt",
        "So beheben Sie das Problem\nVermutlich ist die Adresse falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut, oder erfragen Sie die richtige Adresse beim Empfänger.",
        f"Informationen für Administratoren:\n\nErzeugender Server: {server}\n\n{b.rcpt}\nDer Remoteserver hat '{diag}' gemeldet",
    ]
    parts = [
        human("\n\n".join(lines) + "\n", o365_markup(lines, "iso-8859-1"), "iso-8859-1"),
        delivery_status(b, server, "failed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Unzustellbar: {b.subject()}")


def bounce_provider_de_full(b: Bounce) -> Message:
    """A German hosting provider's report: mailbox over quota, reported with 5.2.2 (soft)."""
    host = "mx02.landnetz-hosting.example"
    diag = "552 5.2.2 Quota exceeded - mailbox for user is full"
    text = (
        "Hallo,\n\n"
        f"dies ist eine automatische Nachricht des Mailservers {host}.\n\n"
        f"Ihre E-Mail an {b.rcpt} konnte nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit überschritten hat.\n\n"
        f"Antwort des Servers: {diag}\n\n"
        "Bitte versuchen Sie es später noch einmal oder verständigen Sie den Empfänger auf anderem Weg.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n\n"
        "-- \nLandnetz Hosting – Mailsystem\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag, f"mailstore.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mailsystem Landnetz <mailer-daemon@{host}>",
        "Nachricht nicht zustellbar: Postfach voll",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online, French, unknown user at the remote server (hard)."""
    server = "PAVP264MB4821.FRAP264.PROD.OUTLOOK.example"
    diag = f"550 5.1.1 <{b.rcpt}>: adresse du destinataire inconnue"
    lines = [
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        f"{b.local_part} est introuvable sur {b.domain}.",
        "Action requise\nAdresse de destinataire inconnue",
        "Comment résoudre le problème\nL'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez-la et renvoyez le message, ou contactez le destinataire par un autre moyen pour obtenir la bonne adresse.",
        f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {diag} »",
    ]
    parts = [
        human("\n\n".join(lines) + "\n", o365_markup(lines)),
        delivery_status(b, server, "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non remis : {b.subject()}")


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's plain notice: mailbox full, still retrying (soft)."""
    host = "smtp.agrinet-services.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur de messagerie {host}.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).\n\n"
        "Nous réessaierons automatiquement pendant 5 jours. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet du message : {fit(b.subject(), 'iso-8859-1')}\n"
        f"Date d'envoi : {format_datetime(in_zone(b.sent, 'ce'))}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        f"Service de messagerie <postmaster@{host}>",
        "Avertissement : distribution différée",
    )


def bounce_o365_es(b: Bounce) -> Message:
    """Exchange Online, Spanish, the recipient's domain no longer exists (hard)."""
    server = "MAZP278MB0933.ESPP278.PROD.OUTLOOK.example"
    diag = f"550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}]"
    lines = [
        f"Su mensaje para {b.rcpt} no se pudo entregar.",
        f"No existe el dominio {b.domain}.",
        "Acción necesaria\nDominio del destinatario inexistente",
        "Cómo solucionarlo\nEs posible que el dominio esté mal escrito o que ya no exista. Compruebe la dirección y vuelva a enviar el mensaje, o póngase en contacto con el destinatario por otra vía para pedirle una dirección válida.",
        f"Información de diagnóstico para administradores:\n\nServidor que genera el mensaje: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    ]
    parts = [
        human("\n\n".join(lines) + "\n", o365_markup(lines)),
        delivery_status(b, server, "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"No se puede entregar: {b.subject()}")


def bounce_provider_es_delay(b: Bounce) -> Message:
    """A Spanish hosting provider's delay report: host not answering (soft)."""
    host = "correo.agroservicios-hosting.example"
    diag = "421 4.4.1 Connection timed out"
    text = (
        f"Este es un mensaje automático del servidor {host}.\n\n"
        f"Su mensaje para {b.rcpt} todavía no ha podido entregarse: el servidor de destino no responde ({diag}).\n\n"
        "Seguiremos intentándolo durante los próximos 4 días. No es necesario que vuelva a enviarlo; si no conseguimos entregarlo, recibirá otro aviso.\n\n"
        "Se adjuntan las cabeceras del mensaje original.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "8bit"),
        delivery_status(b, host, "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Servidor de correo <mailer-daemon@{host}>",
        "Aviso de retraso en la entrega",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    """Exim with a Dutch hosting provider's translated delay warning, no MIME (soft)."""
    host = "smtp3.polderhosting.example"
    msgid = f"1w{b32(b.key, 'exim', 4)}-000{b32(b.key, 'exim2', 3)}-4K"
    text = (
        f"Dit bericht is automatisch aangemaakt door de mailserver {host}.\n\n"
        "Een bericht dat u hebt verstuurd, is na meer dan 24 uur nog niet afgeleverd\n"
        "bij een of meer ontvangers.\n\n"
        f"Bericht-ID:   {msgid}\n"
        f"Onderwerp:    {b.subject()}\n"
        f"Datum:        {format_datetime(in_zone(b.sent, 'ce'))}\n\n"
        "Het bericht is nog niet afgeleverd bij:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.77]\n"
        f"    Reden: SMTP-fout van de ontvangende server na RCPT TO:<{b.rcpt}>:\n"
        "    452 4.3.1 Insufficient system storage\n\n"
        "U hoeft niets te doen. De server blijft het bericht nog enige tijd proberen af te leveren\n"
        "en u kunt deze waarschuwing vaker ontvangen. Lukt het uiteindelijk niet, dan krijgt u\n"
        "het bericht terug.\n"
    )
    text.encode("ascii")  # Exim's templates are plain ASCII; so is this translation
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Waarschuwing: bericht {msgid} vertraagd met 24 uur",
    )


def bounce_policy_it(b: Bounce) -> Message:
    """An Italian provider's report: rejected by the recipient domain's policy (hard)."""
    host = "mx-out.postagricola.example"
    diag = "550 5.7.1 Messaggio rifiutato per policy del dominio destinatario (mittente non autorizzato)"
    text = (
        "Gentile utente,\n\n"
        f"il server di posta del destinatario ha rifiutato il messaggio indirizzato a {b.rcpt}.\n\n"
        f"Motivo: {diag}\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà inviato di nuovo. Se ritieni che si tratti di un errore, contatta il destinatario con un altro mezzo.\n\n"
        "In allegato le intestazioni del messaggio originale.\n\n"
        "Servizio Posta – PostAgricola\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema di posta <mailer-daemon@{host}>",
        f"Messaggio non recapitato: {b.subject()}",
    )


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian provider's plain notice: greylisted, will retry (soft)."""
    host = "relay.retecampagna.example"
    text = (
        "Avviso automatico del sistema di posta\n\n"
        f"Il messaggio per {b.rcpt} è stato temporaneamente rifiutato dal server di destinazione:\n\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Il nostro sistema riproverà automaticamente la consegna nelle prossime ore. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Oggetto: {b.subject()}\n"
        f"Inviato: {format_datetime(in_zone(b.sent, 'ce'))}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(b, msg, f"Postmaster <postmaster@{host}>", "Avviso: consegna ritardata")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.10",
            "farmoffice@hollinsgreen-farm.example",
            "2031-10-07 08:39",
            "uk",
            "MAC-20396",
            "1275.00",
        ),
        bounce_o365_en,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "accounts@oakhurst-livery.example",
            "2031-10-16 08:41",
            "uk",
            "MAC-20408",
            "560.00",
            "qmail notice without MIME; the domain no longer exists",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "office@pennardgrange.example",
            "2031-10-27 14:35",
            "uk",
            "MAC-20413",
            "2390.00",
            "Gmail delay notice: the remote server is not answering",
            delay_hours=6,
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "rechnungen@hof-mertens.example",
            "2031-10-09 09:33",
            "ce",
            "MAC-20442",
            "1655.00",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "5.2.2",
            "info@reiterhof-sommerfeld.example",
            "2031-10-21 09:36",
            "ce",
            "MAC-20457",
            "935.00",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_provider_de_full,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "comptabilite@gaec-lesfresnes.example",
            "2031-10-14 09:38",
            "ce",
            "MAC-20435",
            "1440.00",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "earl.vidal@vidal-grandescultures.example",
            "2031-10-28 15:42",
            "ce",
            "MAC-20469",
            "2015.00",
            "French provider notice, single text/plain part in ISO-8859-1",
            delay_hours=6,
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.4.310",
            "gerencia@agricolaelpinar.example",
            "2031-10-08 09:34",
            "ce",
            "MAC-20427",
            "1890.00",
            "the recipient's domain no longer exists",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.1",
            "oficina@haciendalasmoras.example",
            "2031-10-23 13:37",
            "ce",
            "MAC-20462",
            "745.00",
            "hosting provider's delay report",
            delay_hours=4,
        ),
        bounce_provider_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.3.1",
            "info@vanderlinde-akkerbouw.example",
            "2031-10-31 09:42",
            "ce",
            "MAC-20473",
            "1320.00",
            "Exim delay warning translated by the hosting provider; plain text without MIME",
            delay_hours=24,
        ),
        bounce_exim_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.7.1",
            "amministrazione@cantinecolliberici.example",
            "2031-10-15 09:35",
            "ce",
            "MAC-20448",
            "2460.00",
            "rejected by the recipient domain's policy: a permanent failure, so hard",
        ),
        bounce_policy_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.1",
            "info@agricolasanmartino.example",
            "2031-10-20 10:41",
            "ce",
            "MAC-20455",
            "1030.00",
            "greylisting notice, single text/plain part",
            delay_hours=1,
        ),
        bounce_greylist_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

REF_RE = re.compile(r"^MAC-\d{5}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass
class Item:
    """One built message with its label and what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    local_day: date
    client: str = "bounce"


def mail_label(m: Mail) -> dict[str, object]:
    """The label of a hand-written message, keys in the corpus order."""
    label: dict[str, object] = {"intent": m.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in m.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = m.labels.get("invoice_refs", [])
    label["language"] = m.lang
    label["note"] = m.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [
        Item(m.key, build_mail(m), mail_label(m), m.body, m.local.date(), m.client) for m in MAILS
    ]
    for b, build in BOUNCES:
        local_day = datetime.strptime(b.when, "%Y-%m-%d %H:%M").date()
        items.append(Item(b.key, build(b), bounce_label(b), "", local_day))
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(items, key=lambda it: hashlib.sha256(f"{SEED}/{it.key}".encode()).hexdigest())


def fail(name: str, problem: str) -> None:
    """Stop with a message naming the file."""
    raise SystemExit(f"{name}: {problem}")


def walk_defects(msg: EmailMessage) -> Iterator[str]:
    """Every defect the parser noted, in the structure or in a header."""
    for part in msg.walk():
        for defect in part.defects:
            yield f"{part.get_content_type()}: {type(defect).__name__}"
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                yield f"{name}: {type(defect).__name__}"


def check_message(name: str, data: bytes) -> EmailMessage:
    """Parse a written file back and make sure every header and text part decodes cleanly."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for header in ("From", "Subject", "Cc"):
        value = msg[header]
        if value is not None and "=?" in str(value):
            fail(name, f"{header} did not decode: {value}")
    problems = list(walk_defects(msg))
    if problems:
        fail(name, f"defects {problems}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, f"{part.get_content_type()} did not decode")
    return msg


def iso_day(value: object) -> date | None:
    """A label date, or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(value)
    return date.fromisoformat(value)


def decoded_text(msg: EmailMessage) -> str:
    """All decoded text of a parsed message: headers and every text part."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(str(part.get_content()))
        elif part.get_content_type() == "message/delivery-status":
            chunks.extend(str(block) for block in cast("list[Message]", part.get_payload()))
    return "\n".join(chunks)


def check_label(name: str, it: Item, parsed: EmailMessage) -> None:
    """Shape and plausibility of one label."""
    label = it.label
    keys = ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != keys:
        fail(name, f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        if label[key] is not None and key not in allowed:
            fail(name, f"{key} is filled for {intent}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS_RE.match(
            str(label["bounce_status"])
        ):
            fail(name, "bounce fields")
        if str(label["failed_recipient"]) not in decoded_text(parsed):
            fail(name, "failed recipient not in the report")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(name, "amount without currency or the reverse")
    if label["amount"] is not None and (
        not AMOUNT_RE.match(str(label["amount"])) or label["currency"] not in {"GBP", "EUR"}
    ):
        fail(name, "amount or currency format")
    paid, promised, back = (
        iso_day(label[k]) for k in ("paid_date", "promised_date", "return_date")
    )
    if paid is not None and paid > it.local_day:
        fail(name, "paid in the future")
    if promised is not None and promised < it.local_day:
        fail(name, "promised in the past")
    if back is not None and back <= it.local_day:
        fail(name, "return date not after the message")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in it.new_text.lower()
    ):
        fail(name, "new_contact must be lower case and written in the new text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or len(set(map(str, refs))) != len(refs):
        fail(name, "invoice_refs")
    for ref in cast("list[str]", refs):
        if not REF_RE.match(ref) or ref[4:] not in it.new_text:
            fail(name, f"invoice ref {ref} not normalised or not in the new text")
    written = set(re.findall(r"MAC-\d{5}", it.new_text))
    if not written <= set(cast("list[str]", refs)):
        fail(
            name,
            f"invoice numbers {sorted(written)} in the new text are not all labelled",
        )
    ref_value = label["payment_reference"]
    if ref_value is not None and str(ref_value) not in it.new_text:
        fail(name, "payment reference not in the new text")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as Markdown."""
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
    """12 per intent, the agreed language totals, every language in every intent, 6 hard and 6 soft."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if len(labels) != 120 or any(intents[i] != 12 for i in INTENTS):
        raise SystemExit(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(langs)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("some language lacks an intent")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def coverage(items: list[Item], parsed: list[EmailMessage]) -> str:
    """A short summary of clients, structures, charsets and headers, for the README."""
    clients = Counter(it.client for it in items)
    tops = Counter(p.get_content_type() for p in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for p in parsed:
        seen_cs, seen_cte = set(), set()
        for part in p.walk():
            declared = (
                part is p or part.get("Content-Type") is not None
            )  # not the delivery-status blocks
            if (
                declared
                and part.get_content_maintype() == "text"
                and part.get_content_type() != "text/rfc822-headers"
            ):
                seen_cs.add(str(part.get_content_charset("us-ascii")))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    raw = [it.msg.as_string() for it in items]
    encoded_words = sum(
        1
        for r in raw
        if re.search(r"^(Subject|From|Thread-Topic):.*=\?", r, re.MULTILINE | re.IGNORECASE)
    )
    headers: Counter[str] = Counter()
    for p in parsed:
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "Cc",
        ):
            if p[name] is not None:
                headers[name] += 1
    return "\n".join(
        [
            f"clients: {dict(sorted(clients.items()))}",
            f"top-level types: {dict(sorted(tops.items()))}",
            f"charsets (messages): {dict(sorted(charsets.items()))}",
            f"transfer encodings (messages): {dict(sorted(encodings.items()))}",
            f"RFC 2047 encoded Subject/From/Thread-Topic: {encoded_words}",
            f"headers (messages): {dict(sorted(headers.items()))}",
        ]
    )


def write_all() -> tuple[list[dict[str, object]], str]:
    """Build, write and check every file; return the labels and a coverage summary."""
    items = all_items()
    keys = [it.key for it in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    ordered = file_order(items)
    for number, it in enumerate(ordered, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        if not FIRST_DAY <= it.local_day <= LAST_DAY:
            fail(name, f"dated {it.local_day}, outside the corpus range")
        data = it.msg.as_bytes()
        parsed.append(check_message(name, data))
        check_label(name, it, parsed[-1])
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **it.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, coverage(ordered, parsed)


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    labels, summary = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    if "--coverage" in sys.argv[1:]:
        print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
