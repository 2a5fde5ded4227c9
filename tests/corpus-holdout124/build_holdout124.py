# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# The hand-written messages keep one paragraph per line, as mail clients send them, and use the
# dashes, quotes and accents their writers really type.
"""Build held-out corpus 124 (files `h124-NNN.eml` plus `labels.jsonl`) beside this script.

Each message is something Pinecrest IT Support's receivables mailbox could receive after one of
its overdue-invoice reminders went out. Only the writers' own words are typed in below; the rest
is machinery: quoting the reminder the way each client does it (its layout, its language),
envelope fields, MIME parts, character sets and content transfer encodings. Delivery reports get
a generated skeleton (status fields, returned headers) around human-readable text composed for
each one.

Rebuilding is deterministic: a fixed seed, fixed boundaries, Message-IDs derived from message
keys, and no clock. As a check, each file is parsed again with the standard library's default
policy.
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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy, quoprimime
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "pinecrest-124-20310512"
PREFIX = "h124"
AR_NAME = "Pinecrest IT Accounts"
AR_ADDR = "billing@pinecrest-it.example"
AR_DOMAIN = "pinecrest-it.example"
FIRST_DAY = date(2031, 5, 12)
LAST_DAY = date(2031, 6, 6)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TARGET = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# Which intent may fill which field (only the winning intent's fields are filled).
FIELD_OWNERS: dict[str, frozenset[str]] = {
    "promised_date": frozenset({"promise_to_pay"}),
    "paid_date": frozenset({"payment_sent"}),
    "return_date": frozenset({"auto_reply"}),
    "payment_reference": frozenset({"payment_sent"}),
    "amount": frozenset({"payment_sent", "promise_to_pay"}),
    "currency": frozenset({"payment_sent", "promise_to_pay"}),
    "new_contact": frozenset({"wrong_contact"}),
    "bounce_kind": frozenset({"bounce"}),
    "failed_recipient": frozenset({"bounce"}),
    "bounce_status": frozenset({"bounce"}),
}
LABEL_ORDER = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")
INVOICE_RE = re.compile(r"^PIT-\d{6}$")

# --------------------------------------------------------------------------------------------
# Time zones: UK and central Europe, with the EU summer-time rule (last Sunday of March to the
# last Sunday of October, switching at 01:00 UTC).
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March and October are the ones that matter)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def zone_offset(zone: str, local: datetime) -> timedelta:
    """The UTC offset in force for a naive local time in `zone` ("uk" or "cet")."""
    standard = timedelta(hours=0 if zone == "uk" else 1)
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    as_utc = local - standard
    summer = start <= as_utc < end
    return standard + timedelta(hours=1 if summer else 0)


def localise(zone: str, local: datetime) -> datetime:
    """Attach the right offset to a naive local time."""
    return local.replace(tzinfo=timezone(zone_offset(zone, local)))


def in_zone(zone: str, moment: datetime) -> datetime:
    """Show an aware time the way a clock in `zone` shows it."""
    naive_utc = moment.astimezone(UTC).replace(tzinfo=None)
    guess = naive_utc + zone_offset(zone, naive_utc)
    return moment.astimezone(timezone(zone_offset(zone, guess)))


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
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
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Outlook: the plain-text separator and the four header labels of the quoted block.
OUTLOOK_SEPARATOR = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
    "nl": ("Van: ", "Verzonden: ", "Aan: ", "Onderwerp: "),
    "it": ("Da: ", "Inviato: ", "A: ", "Oggetto: "),
}
OUTLOOK_WHEN = {
    "en": "{Day}, {d} {Month} {y} {HH}:{mm}",
    "de": "{Day}, {d}. {Month} {y} {HH}:{mm}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}",
    "it": "{day} {d} {month} {y} {HH}:{mm}",
}
OUTLOOK_REPLY = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
GMAIL_WROTE = {
    "en": "On {dys}, {d} {mon} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dys}., {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dys} {d} {mon} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {dys}, {d} {mon} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {dys} {d} {mon} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {dys} {d} {mon} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_WROTE = {
    "en": "On {d} {mon} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_WROTE = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
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
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
DUE_FORMAT = {
    "en": "{d} {Month} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Pinecrest's own wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Pinecrest IT Support",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel : facture {inv} en attente de règlement",
    "es": "Recordatorio: factura {inv} pendiente de pago",
    "nl": "Herinnering: factuur {inv} staat nog open",
    "it": "Promemoria: fattura {inv} in attesa di pagamento",
}
REMINDER_SIGNOFF = "Pinecrest IT Support Ltd\nUnit 7, Mercer Court, Sheffield S3 8RT\nbilling@pinecrest-it.example · +44 114 496 0381"
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Invoice {inv} ({amount}, payment due {due}) is still showing as unpaid on our account system.\n\n"
        "Could you please arrange a bank transfer, using {inv} as the payment reference? You will find our bank details at the bottom of the invoice.\n\n"
        "Paid it already? Many thanks – a quick note of the date you paid helps us match it to your account. For a copy of the invoice, or if something on it doesn't look right, just answer this message.\n\n"
        "Best regards\n\nAccounts Team\n" + REMINDER_SIGNOFF
    ),
    "de": (
        "Guten Tag,\n\n"
        "die Rechnung {inv} über {amount} war am {due} fällig und ist in unserer Buchhaltung noch nicht als bezahlt verbucht.\n\n"
        "Wir bitten um Überweisung mit der Rechnungsnummer {inv} im Verwendungszweck. Die Bankverbindung steht unten auf der Rechnung.\n\n"
        "Haben Sie die Zahlung schon veranlasst? Dann danken wir Ihnen – nennen Sie uns bitte das Zahlungsdatum, damit wir sie zuordnen können. Brauchen Sie eine Kopie, oder stimmt an der Rechnung etwas nicht, genügt eine kurze Antwort auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\n" + REMINDER_SIGNOFF
    ),
    "fr": (
        "Bonjour,\n\n"
        "Notre comptabilité indique que la facture {inv} de {amount}, arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
        "Merci d'effectuer le virement en rappelant la référence {inv}. Vous trouverez nos coordonnées bancaires en bas de la facture.\n\n"
        "Si vous avez déjà payé, merci ; indiquez-nous simplement la date du virement pour que nous puissions l'affecter. Besoin d'un duplicata ou d'une précision sur la facture ? Un simple retour sur cet e-mail suffit.\n\n"
        "Bien cordialement,\n\nService comptabilité\n" + REMINDER_SIGNOFF
    ),
    "es": (
        "Buenos días:\n\n"
        "En nuestra contabilidad la factura {inv}, de {amount} y vencida el {due}, figura todavía como pendiente.\n\n"
        "Le agradeceríamos que hiciera la transferencia con la referencia {inv}. Los datos bancarios aparecen al pie de la factura.\n\n"
        "Si ya la ha pagado, muchas gracias: díganos la fecha del pago para poder asignarlo. Si necesita una copia o algo de la factura no le encaja, conteste a este mensaje.\n\n"
        "Saludos cordiales,\n\nDepartamento de Administración\n" + REMINDER_SIGNOFF
    ),
    "nl": (
        "Goedendag,\n\n"
        "Factuur {inv} van {amount} had uiterlijk {due} betaald moeten zijn, maar staat bij ons nog als openstaand geboekt.\n\n"
        "Wij verzoeken u het bedrag over te maken met {inv} als omschrijving. Onze bankgegevens vindt u onderaan de factuur.\n\n"
        "Al betaald? Hartelijk dank – laat u ons de betaaldatum weten, dan boeken wij de betaling af. Wilt u een kopie, of klopt er iets niet aan de factuur? Stuur dan een reactie op dit bericht.\n\n"
        "Met vriendelijke groeten,\n\nDebiteurenadministratie\n" + REMINDER_SIGNOFF
    ),
    "it": (
        "Buongiorno,\n\n"
        "la fattura {inv} di {amount}, con scadenza {due}, risulta ancora aperta nella nostra contabilità.\n\n"
        "Vi chiediamo di saldarla con bonifico, riportando {inv} nella causale. Trovate le coordinate bancarie in fondo alla fattura.\n\n"
        "Se il pagamento è già stato fatto, grazie: indicateci la data del bonifico per consentirci di abbinarlo. Per una copia della fattura o per qualsiasi chiarimento basta rispondere a questo messaggio.\n\n"
        "Un cordiale saluto,\n\nUfficio Amministrazione\n" + REMINDER_SIGNOFF
    ),
}
# What a Latin-1 client does to characters its charset cannot carry.
DOWNGRADE = {
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "€": "EUR",
    "\u202f": " ",
    "…": "...",
}

# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted per use."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """Base32 characters derived from a key (upper case, no padding)."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, low: int, high: int) -> int:
    """A stable integer in [low, high] derived from a key."""
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low + 1)


def parts_of(lang: str, moment: datetime) -> dict[str, str]:
    """Every piece a date template may ask for, in the given language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "day": DAYS[lang].split()[wd],
        "Day": DAYS[lang].split()[wd].capitalize(),
        "dys": DAYS_SHORT[lang].split()[wd],
        "month": MONTHS[lang].split()[mo],
        "Month": MONTHS[lang].split()[mo],
        "mon": MONTHS_SHORT[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "mm": f"{moment.minute:02d}",
    }


def render(template: str, lang: str, moment: datetime, **more: str) -> str:
    """Fill a locale date template."""
    return template.format(**parts_of(lang, moment), **more)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount the way the reminder writes it in each language."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + f"{groups}.{cents}"
    if lang == "fr":
        return groups.replace(",", "\u00a0") + f",{cents}\u00a0€"
    dotted = groups.replace(",", ".") + f",{cents}"
    return f"€ {dotted}" if lang in {"nl", "it"} else f"{dotted} €"


def fit(text: str, charset: str) -> str:
    """Downgrade the characters a legacy charset cannot carry, then insist that the text fits."""
    if charset.lower() in {"iso-8859-1", "latin-1"}:
        for bad, good in DOWNGRADE.items():
            text = text.replace(bad, good)
    text.encode(charset)
    return text


def quoted(text: str) -> str:
    """Quote every line with "> ", the way most clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, quote: bool = False, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks keep a trailing space, quotes use ">"."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        chunks: list[str] = []
        rest = line
        while len(rest) > width and " " in rest[:width]:
            cut = rest.rindex(" ", 0, width)
            chunks.append(rest[: cut + 1])
            rest = rest[cut + 1 :]
        chunks.append(rest.rstrip(" "))
        for chunk in chunks:
            if quote:
                out.append("> " + chunk if chunk else ">")
            elif chunk.startswith((" ", ">", "From ")):
                out.append(" " + chunk)
            else:
                out.append(chunk)
    return "\n".join(out)


def html_text(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """One Word `MsoNormal` paragraph per line, empty lines as &nbsp; paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the charset and transfer encoding a client would pick."""
    text.encode(charset)  # raises if a hand-written text does not fit its charset
    chosen = cs.Charset(charset)
    # None for "8bit"/"7bit": no transfer encoding, the generator writes 7bit or 8bit itself.
    chosen.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded_words(value: str, charset: str, mode: str = "q", name: str = "Subject") -> str:
    """A header value as clients encode it: plain ASCII, or RFC 2047 encoded words."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    chosen = cs.Charset(charset)
    chosen.header_encoding = cs.BASE64 if mode == "b" else cs.QP
    return Header(value, chosen, header_name=name).encode()


ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")


def one_word(text: str, charset: str, mode: str) -> str:
    """A single RFC 2047 encoded word (Q or B) for `text`."""
    data = text.encode(charset)
    if mode == "b":
        return f"=?{charset}?b?{base64.b64encode(data).decode()}?="
    return quoprimime.header_encode(data, charset)


def display_name(name: str, charset: str, mode: str) -> str:
    """A non-ASCII display name the way most clients write it.

    The whole name as one encoded word when that stays within 75 characters; otherwise only the
    runs of non-ASCII words are encoded, so that encoded words never sit next to each other.
    """
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    whole = one_word(name, charset, mode)
    if len(whole) <= 75:
        return whole
    out: list[str] = []
    run: list[str] = []
    for word in [*name.split(" "), ""]:
        if word and not word.isascii():
            run.append(word)
            continue
        if run:
            out.append(one_word(" ".join(run), charset, mode))
            run = []
        if word:
            if not ATEXT.match(word):
                raise ValueError(f"cannot leave {word!r} unencoded in a display name")
            out.append(word)
    if any(len(w) > 75 for w in out):
        raise ValueError(f"display name too long to encode: {name!r}")
    return " ".join(out)


def mailbox(name: str, addr: str, charset: str = "utf-8", mode: str = "q") -> str:
    """A From/To/Cc mailbox with an encoded display name when it needs one."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    encoded = display_name(name, charset, mode)
    joint = (
        "\n " if len(encoded) + len(addr) > 66 else " "
    )  # fold before the address, as clients do
    return f"{encoded}{joint}<{addr}>"


def serialize(msg: Message) -> bytes:
    """The message as it goes on the wire.

    Encoded words stay folded where they were built; other headers (long Message-IDs, mailbox
    lines) stay on one line, as many clients send them.
    """
    return msg.as_bytes(policy=policy.compat32.clone(max_line_length=0))


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain part first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def reorder_mime_headers(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in (
        "MIME-Version",
        "Content-Type",
        "Content-Disposition",
        "Content-Transfer-Encoding",
    ):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Strip MIME-Version from every part below the top level."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast("list[Message]", part.get_payload()):
            drop_inner_versions(sub, top=False)


def set_boundaries(msg: Message, key: str, prefix: str, suffix: str = "") -> None:
    """Fixed boundaries shaped like the sending client's own."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        core = digest(key, f"boundary-{n}").hex()
        if prefix.startswith("000000"):
            marker = prefix + core[:16]
        elif prefix == "Apple-Mail=_":
            h = core.upper()
            marker = f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        elif prefix == "_000_":
            marker = f"_00{n}_{token(key, f'b{n}', 20)}{suffix}_"
        else:
            marker = prefix + token(key, f"b{n}", 24)
        part.set_boundary(marker)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """The labelled facts of one message, beyond its intent and language."""

    fields: tuple[tuple[str, str], ...] = ()
    refs: tuple[str, ...] = ()
    note: str | None = None


def facts(*refs: str, note: str | None = None, **fields: str) -> Facts:
    """Label fields; `refs` lists every invoice number the sender typed in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return Facts(tuple(fields.items()), refs, note)


@dataclass(frozen=True)
class Reply:
    """One hand-written message sent to the receivables mailbox (not a bounce)."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    inv: str
    amount: str
    body: str
    label: Facts = field(default_factory=Facts)
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    threaded: bool = True
    zone: str = ""
    rcpt: tuple[str, str] | None = None
    attachment: tuple[str, bytes] | None = None
    lag: int = 0

    @property
    def tz(self) -> str:
        """The sender's time zone: UK for English writers unless told otherwise."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def currency(self) -> str:
        """Pinecrest bills its UK clients in pounds and the others in euros."""
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def sent(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return localise(self.tz, local.replace(second=number(self.key, "sec", 0, 59)))

    @property
    def reminder_to(self) -> tuple[str, str]:
        """Where the reminder went (usually the person now answering it)."""
        return self.rcpt or self.sender


# --------------------------------------------------------------------------------------------
# The reminder, as the client shows it when quoting
# --------------------------------------------------------------------------------------------


UK_BANK_HOLIDAYS = frozenset(
    {date(2031, 4, 18), date(2031, 4, 21), date(2031, 5, 5), date(2031, 5, 26)}
)


def reminder_sent(key: str, reply_sent: datetime, lag: int = 0) -> datetime:
    """Pinecrest sends reminders between 08:00 and 09:00 UK time, one to three working days earlier."""
    local = in_zone("uk", reply_sent).replace(tzinfo=None)
    day = local.date() - timedelta(days=lag or number(key, "lag", 1, 3))
    while day.weekday() >= 5 or day in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    naive = datetime.combine(day, datetime.min.time()).replace(
        hour=8, minute=number(key, "min", 2, 58), second=number(key, "rsec", 0, 59)
    )
    return localise("uk", naive)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str, sent: datetime, key: str) -> str:
    """The reminder's text, with the due date a couple of weeks before it went out."""
    due = sent - timedelta(days=number(key, "due", 9, 24))
    return REMINDER_BODY[lang].format(
        inv=inv,
        amount=money(amount, currency, lang),
        due=render(DUE_FORMAT[lang], lang, due),
    )


def reminder_id(key: str) -> str:
    """The Message-ID Pinecrest gave the reminder."""
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    when: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The reminder as this reply shows it: its language, charset and clock."""
    sent = reminder_sent(r.key, r.sent, r.lag)
    text = reminder_body(r.lang, r.inv, r.amount, r.currency, sent, r.key)
    subject = reminder_subject(r.lang, r.inv)
    name, addr = r.reminder_to
    return Quote(
        fit(text, r.charset),
        fit(subject, r.charset),
        in_zone(r.tz, sent),
        r.lang,
        fit(f"{name} <{addr}>" if name else addr, r.charset),
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    """The From/Sent/To/Subject block of an Outlook reply."""
    frm, sent, to, subj = OUTLOOK_FIELDS[q.lang]
    return [
        f"{frm}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{render(OUTLOOK_WHEN[q.lang], q.lang, q.when)}",
        f"{to}{q.to}",
        f"{subj}{q.subject}",
    ]


def word_document(r: Reply, q: Quote) -> str:
    """The HTML Outlook desktop writes: Word markup, a grey top-border divider, then the quote."""
    labels = OUTLOOK_FIELDS[q.lang]
    rows = []
    for label, line in zip(labels, outlook_lines(q), strict=True):
        value = line[len(label) :]
        rows.append(f"<b>{html.escape(label.rstrip())}</b> {html.escape(value)}")
    word_lang = CONTENT_LANGUAGE[r.lang].upper()
    divider = "#E1E1E1" if number(r.key, "divider", 0, 2) else "#B5C4DF"  # Outlook 2016+ / 2010
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{word_lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        f'<div style="border:none;border-top:solid {divider} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        '<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">'
        + "<br>\n".join(rows)
        + "<o:p></o:p></span></p>\n</div>\n"
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode, with the localised "Original Message" separator."""
    block = "\n".join([OUTLOOK_SEPARATOR[q.lang], *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: multipart/alternative with Word markup."""
    plain = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook HTML reply whose plain alternative was stripped on the way."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised download line."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's "On … wrote:" line in the sender's language."""
    return render(GMAIL_WROTE[q.lang], q.lang, q.when, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail on the web: multipart/alternative with a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: ">" quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_WROTE[q.lang], q.lang, q.when, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """Mail on an iPhone: the localised signature, then the whole quote behind ">"."""
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed text with its attribution line."""
    attribution = render(THUNDERBIRD_WROTE[q.lang], q.lang, q.when, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{attribution}\n{flowed(q.text, quote=True)}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice or an AP system's advice: plain text, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An Exchange-style automatic reply: plain and simple HTML, nothing quoted."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt">\n{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n'
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_notice_html_only(r: Reply, q: Quote) -> Message:
    """A ticket system that sends HTML only."""
    del q
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n{html_paragraphs(r.body)}\n</body></html>\n'
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
    "notice_html_only": client_notice_html_only,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICE_CLIENTS = frozenset({"notice", "notice_html", "notice_html_only"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail=_",
    "thunderbird": "------------",
}


def message_id(r: Reply) -> str:
    """A Message-ID in the shape the sender's client or server makes them."""
    raw = digest(r.key, "msgid")
    domain = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS or r.client == "notice_html":
        pod = ("AM0", "AM9", "AS8", "DB9", "DU0", "GV1", "PA4", "VI1")[number(r.key, "pod", 0, 7)]
        host = f"{pod}PR0{number(r.key, 'pr', 1, 9)}MB{number(r.key, 'mb', 1000, 9999)}"
        region = "eurprd0" + str(number(r.key, "region", 1, 9))
        return f"<{host}{token(r.key, 'ms', 10)}@{host}.{region}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}.{number(r.key, 'n', 1000, 9999)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject as the client writes it (or a hand-written one with {rsub} for the quote)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client in OUTLOOK_CLIENTS:
        return OUTLOOK_REPLY[r.lang] + q.subject
    return "Re: " + q.subject


def build_reply(r: Reply) -> Message:
    """Wrap a hand-written reply the way its client would send it."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    if r.attachment is not None:
        name, data = r.attachment
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        pdf = MIMEApplication(data, "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=name)
        outer.attach(pdf)
        msg = outer
    mode = "b" if r.client in OUTLOOK_CLIENTS or (r.charset == "utf-8" and r.cte == "b64") else "q"
    msg["From"] = mailbox(*r.sender, r.charset, mode)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_words(reply_subject(r, q), r.charset, mode)
    msg["Date"] = format_datetime(r.sent)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extra: list[tuple[str, str]] = []
    if r.client in OUTLOOK_CLIENTS:
        extra += [
            ("Thread-Topic", encoded_words(q.subject, r.charset, mode, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client == "thunderbird":
        extra.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    reorder_mime_headers(msg)
    drop_inner_versions(msg)
    prefix = BOUNDARY_STYLE.get(
        r.client, "_000_" if r.client in OUTLOOK_CLIENTS else "----=_NextPart_"
    )
    set_boundaries(msg, r.key, prefix, token(r.key, "sfx", 6))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")
PROOF_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca movil)>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dave Okafor", "dave@okaforjoinery.example"),
        "2031-05-13 18:47",
        "iphone",
        "PIT-310508",
        "384.00",
        "Paid.",
        facts(note="one-word reply: a payment claim with no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Hallamshire Logistics AP", "ap.noreply@hallamshire-logistics.example"),
        "2031-05-15 06:12",
        "notice",
        "PIT-310422",
        "2184.00",
        "REMITTANCE ADVICE\n\nPayer:         Hallamshire Logistics Ltd, Don Valley Way, Sheffield S9 3XL\nPayee:         Pinecrest IT Support Ltd\nSupplier no:   V-20417\nPayment date:  15/05/2031\nMethod:        BACS\nPayment ref:   0009182\n\nDocument   Your reference   Doc date      Amount GBP\nINV        PIT-310422       02/04/2031      2,184.00\nINV        PIT-310459       11/04/2031        312.00\n                                          ----------\nTotal paid                                  2,496.00\n\nFunds should reach your account within three working days. Please send any queries about this payment to accounts.payable@hallamshire-logistics.example, quoting the payment reference.\n\nThis message was generated automatically. Replies to this address are not read.",
        facts(
            "PIT-310422",
            "PIT-310459",
            paid_date="2031-05-15",
            payment_reference="0009182",
            amount="2496.00",
            currency="GBP",
            note="AP-system remittance advice for two invoices; quotes nothing; the total is the amount paid",
        ),
        subject="Remittance advice 0009182 - Hallamshire Logistics Ltd",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Draper", "practice.manager@brookfieldmedical.example"),
        "2031-05-19 09:40",
        "outlook_html",
        "PIT-310433",
        "846.00",
        "Morning,\n\nWe paid this on Friday by BACS (£846.00, reference BROOKFIELD PIT310433), so it ought to have reached you by now.\n\nCould you send me a PDF copy of the invoice though? I can't find the original anywhere and our auditors are in next week wanting paperwork for everything over £500.\n\nMany thanks,\nHelen\n\nHelen Draper\nPractice Manager\nBrookfield Medical Practice\n0114 496 0527",
        facts(
            "PIT-310433",
            paid_date="2031-05-16",
            payment_reference="BROOKFIELD PIT310433",
            amount="846.00",
            currency="GBP",
            note="paid, plus a request for a copy for the auditors: the payment claim wins; 'Friday' is the Friday before Mon 19 May",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Jäger", "buchhaltung@brandt-vogel-recht.example"),
        "2031-05-15 11:05",
        "outlook",
        "PIT-310391",
        "1428.00",
        "Sehr geehrte Damen und Herren,\n\nwir haben den Betrag von 1.428,00 EUR für Ihre Rechnung PIT-310391 am 14.05.2031 zur Zahlung angewiesen. Mit der Gutschrift auf Ihrem Konto ist in ein bis zwei Bankarbeitstagen zu rechnen.\n\nMit freundlichen Grüßen\n\nSabine Jäger\nBuchhaltung\nBrandt & Vogel Rechtsanwälte PartG mbB\nPrinzregentenstraße 41 · 80538 München\nTel. +49 89 2180 4417",
        facts(
            "PIT-310391",
            paid_date="2031-05-14",
            amount="1428.00",
            currency="EUR",
            note="'zur Zahlung angewiesen': the transfer has been instructed, so the payment is sent",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Claire Lemoine", "claire.lemoine@kine-lemoine.example"),
        "2031-05-21 08:15",
        "iphone",
        "PIT-310476",
        "960.00",
        "Bonjour, c'est réglé depuis hier, virement de 960 € parti du compte du cabinet. Bonne journée\nClaire Lemoine",
        facts(paid_date="2031-05-20", amount="960.00", currency="EUR"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Martine Roussel", "tresorerie@jardins-partages-montreuil.example"),
        "2031-06-03 10:30",
        "thunderbird",
        "PIT-310463",
        "540.00",
        "Bonjour,\n\nJe reprends votre message de la semaine dernière. Je suis la nouvelle trésorière de l'association depuis l'assemblée générale d'avril, et je dois vous avouer que la passation avec mon prédécesseur a été un peu compliquée : il avait gardé les codes d'accès à la banque, les factures arrivaient sur sa boîte mail personnelle, et la banque nous a demandé de refaire toute la délégation de signature avant de me laisser faire le moindre virement.\n\nBref, après trois rendez-vous à l'agence, tout est enfin en ordre et le virement des 540 euros est parti mardi dernier. J'espère que vous l'avez bien reçu.\n\nAu passage, notre local ouvre désormais aussi le samedi matin, donc si votre technicien doit repasser pour l'imprimante, c'est possible ce jour-là.\n\nBien à vous,\n\nMartine Roussel\nTrésorière – Les Jardins Partagés de Montreuil",
        facts(
            paid_date="2031-05-27",
            amount="540.00",
            currency="EUR",
            note="long message with the payment buried in the second paragraph; 'mardi dernier' written on a Tuesday is the Tuesday a week before",
        ),
        cte="8bit",
        lag=7,
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("José Ángel Muñoz", "administracion@clinicasonrisanorte.example"),
        "2031-05-19 10:02",
        "gmail",
        "PIT-310447",
        "1180.00",
        "Buenos días:\n\nLa factura 310447 ya está pagada. Hicimos la transferencia el viernes 16, referencia TRF-77120394. Os adjunto el justificante del banco.\n\nUn saludo,\n\nJosé Ángel Muñoz\nAdministración · Clínica Dental Sonrisa Norte",
        facts(
            "PIT-310447",
            paid_date="2031-05-16",
            payment_reference="TRF-77120394",
            note="bank proof attached as a PDF; '310447' is the short form of PIT-310447",
        ),
        attachment=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Paco Giménez", "paco.gimenez@inmogimenez.example"),
        "2031-05-29 21:03",
        "android",
        "PIT-310490",
        "290.00",
        "PAGADO AYER POR TRANSFERENCIA DESDE EL MOVIL NO SE CUANTO TARDA EN LLEGAR\nPACO",
        facts(
            paid_date="2031-05-28",
            note="all caps, no punctuation; 'ayer' is the day before the message",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "assistent@huisartsenpraktijk-oosterpark.example"),
        "2031-05-28 12:10",
        "gmail_plain",
        "PIT-310481",
        "415.00",
        "Hoi,\n\nVanochtend betaald, sorry voor de vertraging. Onze praktijkhouder was twee weken op vakantie en hij doet de betalingen.\n\nGroetjes,\nSanne",
        facts(paid_date="2031-05-28"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Van Leeuwen",
            "noreply-crediteuren@vanleeuwen-installatie.example",
        ),
        "2031-06-03 07:30",
        "notice",
        "PIT-310488",
        "3150.00",
        "Betalingsadvies\n\nGeachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling van vandaag.\n\nCrediteurnummer:    400187\nBetaaldatum:        03-06-2031\nBetalingskenmerk:   2031060300412\n\nFactuurnummer   Factuurdatum   Bedrag\nPIT-310488      08-04-2031     € 3.150,00\nTotaal                         € 3.150,00\n\nVragen over deze betaling? Mail naar crediteuren@vanleeuwen-installatie.example onder vermelding van het betalingskenmerk.\n\nDit bericht is automatisch aangemaakt; u kunt hier niet op antwoorden.\n\nVan Leeuwen Installatietechniek B.V.",
        facts(
            "PIT-310488",
            paid_date="2031-06-03",
            payment_reference="2031060300412",
            amount="3150.00",
            currency="EUR",
            note="AP-system payment advice in windows-1252; quotes nothing",
        ),
        charset="windows-1252",
        subject="Betalingsadvies 2031060300412 – Van Leeuwen Installatietechniek B.V.",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Legale Fontana", "segreteria@studiolegalefontana.example"),
        "2031-05-23 09:55",
        "html_only",
        "PIT-310469",
        "1250.00",
        "Gentili Signori,\n\nin riscontro al Vostro sollecito, Vi comunichiamo che in data odierna abbiamo disposto il bonifico a saldo della fattura PIT-310469, per l'importo di € 1.250,00.\n\nTRN: 0500003210987654\n\nDistinti saluti\n\nSegreteria amministrativa\nStudio Legale Fontana\nVia dei Mille 18, 20129 Milano",
        facts(
            "PIT-310469",
            paid_date="2031-05-23",
            payment_reference="0500003210987654",
            amount="1250.00",
            currency="EUR",
            note="HTML-only Outlook message; 'in data odierna' is the message date",
        ),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Laura Bellini", "laura@farmaciabellini.example"),
        "2031-06-03 16:20",
        "apple",
        "PIT-310502",
        "318.00",
        "Buongiorno,\na noi risulta pagata il 30/05 con bonifico, forse non vi è ancora arrivata per via del ponte. Potete controllare?\nGrazie\nLaura Bellini\nFarmacia Bellini",
        facts(
            paid_date="2031-05-30",
            note="'il 30/05' in Italian day/month order; the check request does not weaken the payment claim",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        (
            "Northgate Housing Association – Accounts Payable",
            "accounts.payable@northgate-ha.example",
        ),
        "2031-05-13 14:02",
        "outlook",
        "PIT-310415",
        "1932.50",
        "Good afternoon,\n\nThank you for your email. Invoice PIT-310415 was approved by the budget holder yesterday and has been included in Friday's payment run. You should see the funds within two working days of that.\n\nKind regards,\n\nMarcus Bell\nAccounts Payable Officer\nNorthgate Housing Association\nDirect line: 0161 496 0219",
        facts(
            "PIT-310415",
            promised_date="2031-05-16",
            note="past tense ('approved … included in Friday's payment run') announcing a payment on Fri 16 May",
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Gemma Whitlock", "gemma@whitlockarchitects.example"),
        "2031-05-16 15:20",
        "gmail",
        "PIT-310437",
        "564.00",
        "Hi,\n\nIgnore the subject line, I was halfway through setting up my out of office when your email came in and replied from the wrong window!\n\nI'm off from Monday and back next Thursday. The invoice is fine, I just need to approve it in Xero and I'll do that the morning I'm back, so the money will go out next Thursday.\n\nSorry for the wait,\nGemma",
        facts(
            promised_date="2031-05-22",
            note="written by a person although the subject says out of office; 'next Thursday' from Fri 16 May is 22 May",
        ),
        subject="Out of office Mon-Wed – Re: {rsub}",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Riverside Food Bank", "riversidefoodbank.treasurer@gmail.com"),
        "2031-05-14 20:31",
        "gmail",
        "PIT-310426",
        "275.00",
        "Hello,\n\nApologies, we're a small charity run by volunteers and I only get to the accounts once a week. We'll pay the £275 at the end of the month when our next grant instalment comes in.\n\nThanks for your patience,\nRuth Amadi\nTreasurer, Riverside Food Bank",
        facts(
            promised_date="2031-05-31",
            amount="275.00",
            currency="GBP",
            note="'the end of the month' → 31 May; the whole amount in one payment, so not a plan (the 'instalment' is the charity's grant)",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Zahnarztpraxis Dr. Hoffmann", "verwaltung@zahnarzt-hoffmann.example"),
        "2031-05-21 10:44",
        "outlook_html",
        "PIT-310452",
        "2310.00",
        "Guten Tag,\n\ndie Rechnung ist bei uns geprüft und freigegeben. Die Überweisung erfolgt in KW 24 zusammen mit den übrigen Lieferantenrechnungen.\n\nFreundliche Grüße\nBirgit Schäfer\nPraxisverwaltung\nZahnarztpraxis Dr. Hoffmann",
        facts(
            promised_date="2031-06-09",
            note="'KW 24' → Monday of ISO week 24, 9 June 2031",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Kowalski", "jens@kowalski-elektro.example"),
        "2031-05-27 22:16",
        "iphone",
        "PIT-310495",
        "178.50",
        "noch nicht bezahlt sorry hab ich total verschwitzt überweis ich am freitag\ngruß jens",
        facts(
            promised_date="2031-05-30",
            note="negation ('noch nicht bezahlt') followed by a promise; no capitals or punctuation",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Hélène Morin", "comptabilite@etude-garnier.example"),
        "2031-05-15 11:20",
        "outlook",
        "PIT-310444",
        "1620.00",
        "Bonjour,\n\nPas encore réglée, effectivement. Nous payons nos fournisseurs en fin de mois : votre facture partira donc avec le prochain lot de virements.\n\nCordialement,\n\nHélène Morin\nComptabilité\nÉtude de Maître Garnier, notaire",
        facts(
            promised_date="2031-05-31",
            note="'pas encore' then 'en fin de mois' → 31 May",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Salvatierra", "contabilidad@gestoriasalvatierra.example"),
        "2031-05-19 13:05",
        "gmail",
        "PIT-310451",
        "735.00",
        "Hola,\n\nPerdonad el retraso. Estas semanas estamos con las declaraciones de los clientes y vamos desbordados, pero la factura os la pagamos a finales de mes sin falta.\n\nSaludos,\nMarta",
        facts(promised_date="2031-05-31", note="'a finales de mes' → 31 May"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Asociación Vecinal Los Almendros", "tesoreria@avlosalmendros.example"),
        "2031-05-29 17:48",
        "outlook_html",
        "PIT-310486",
        "460.00",
        "Buenas tardes:\n\nLe confirmo que la factura se pagará el 10/06, que es cuando recibimos el ingreso de la subvención del Ayuntamiento. No podemos adelantarlo porque hasta entonces la cuenta de la asociación está a cero.\n\nUn cordial saludo,\n\nRocío Navarro\nTesorera\nAsociación Vecinal Los Almendros",
        facts(
            promised_date="2031-06-10",
            note="'el 10/06' in Spanish day/month order; one payment on a fixed day, so a promise rather than a plan",
        ),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Mark Jansen", "m.jansen@jansen-makelaardij.example"),
        "2031-05-14 09:15",
        "outlook_html",
        "PIT-310428",
        "612.00",
        "Goedemorgen,\n\nStaat ingepland. Wij betalen eens per twee weken en de eerstvolgende betaalronde is over twee weken, dan gaat uw factuur mee.\n\nMet vriendelijke groet,\n\nMark Jansen\nJansen Makelaardij",
        facts(
            promised_date="2031-05-28",
            note="'over twee weken' → 14 days after Wed 14 May",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Kees van Rooij", "kees@vanrooij-advies.example"),
        "2031-06-02 20:40",
        "android",
        "PIT-310499",
        "245.00",
        "wordt donderdag overgemaakt\ngr kees",
        facts(promised_date="2031-06-05", note="mobile brevity; Thursday after Mon 2 June"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Studio Commercialista Bassi", "studio@commercialistabassi.example"),
        "2031-05-20 12:30",
        "outlook",
        "PIT-310457",
        "980.00",
        "Buongiorno,\n\nvi confermo che provvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\n\nDott. Franco Bassi\nStudio Commercialista Bassi\nCorso Vittorio Emanuele II 112 - 10121 Torino",
        facts(promised_date="2031-05-31", note="'entro fine mese' → 31 May"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        (
            "Ufficio Amministrazione – Ferretti Logistica",
            "amministrazione@ferrettilogistica.example",
        ),
        "2031-06-04 11:10",
        "outlook_html",
        "PIT-310504",
        "2340.00",
        "Buongiorno,\n\nil pagamento della fattura in oggetto è stato autorizzato ed è stato inserito nella distinta di bonifici di venerdì 6 giugno, per l'importo di € 2.340,00.\n\nCordiali saluti,\n\nSilvia Marchetti\nUfficio Amministrazione\nFerretti Logistica S.p.A.",
        facts(
            promised_date="2031-06-06",
            amount="2340.00",
            currency="EUR",
            note="past tense ('è stato autorizzato ed è stato inserito') for a transfer that goes with Friday's batch",
        ),
    ),
]
DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Alan Pryce", "office.manager@pryce-hammond-law.example"),
        "2031-05-14 11:52",
        "outlook_html",
        "PIT-310411",
        "840.00",
        "Hi,\n\nWe've paid the support contract part of this invoice (£480) this morning, but we won't be paying the remaining £360 for the call-out on 2 April.\n\nYour engineer was on site for about forty minutes, didn't fix the scanner, and we ended up buying a new one anyway. I don't think we should be charged a full half-day for that. Happy to talk about it, but please don't chase the £360 in the meantime.\n\nRegards,\nAlan Pryce\nOffice Manager\nPryce Hammond Solicitors",
        facts(note="£480 paid, the £360 call-out refused: the dispute outranks the part payment"),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Lorraine Fisk", "bursar@stannes-primary.example"),
        "2031-05-22 15:35",
        "outlook",
        "PIT-310464",
        "1195.00",
        "Good afternoon,\n\nWe have NOT paid this invoice, because the three laptops it charges for were returned to you at the end of March. Your courier collected them on 28 March and I have the signed collection note.\n\nPlease cancel PIT-310464 and confirm.\n\nLorraine Fisk\nSchool Business Manager\nSt Anne's CE Primary School",
        facts(
            "PIT-310464",
            note="'We have NOT paid' plus the reason: the laptops went back in March",
        ),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Owen Pritchard", "owen@canalsidecommunitytrust.example"),
        "2031-05-27 23:10",
        "gmail_plain",
        "PIT-310492",
        "1008.00",
        "Hi there,\n\nSorry for the slow reply, it's been a mad few weeks. We've had the builders in doing the roof on the community hall, two of our trustees stood down at the AGM, and I've somehow ended up as volunteer coordinator as well as doing the books, which is exactly as much fun as it sounds.\n\nAnyway, I've finally sat down with the invoice and our bank statements. The thing I can't get past is the Microsoft 365 line. Back in April I emailed your helpdesk (I think it was Tom I spoke to) and we agreed to drop from 25 licences to 18 because we lost the youth project staff when their funding ended. He said it would be sorted from the next bill. This invoice still has 25 on it, so we've basically been charged for 7 licences for people who don't work here any more.\n\nI'm not trying to dodge paying, we like you lot and the support has been great, but I can't take it to the trustees looking like this. Can you look into it and send something that reflects the 18?\n\nCheers,\nOwen\nCanalside Community Trust",
        facts(
            note="long reply with the point (7 licences billed after an agreed reduction) buried in the second paragraph; the corrected-invoice request is part of the dispute"
        ),
        lag=9,
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Jürgen Weiß", "j.weiss@architekturbuero-weiss.example"),
        "2031-05-20 16:05",
        "thunderbird",
        "PIT-310449",
        "3480.00",
        "Hallo zusammen,\n\ndie Rechnung haben wir bewusst noch nicht bezahlt. Die Netzwerkverkabelung im 2. OG ist bis heute nicht abgenommen: An vier Dosen im Besprechungsraum gibt es keinen Link, das hatte ich Ihrem Techniker schon am 29. April gezeigt.\n\nSobald das behoben und abgenommen ist, zahlen wir selbstverständlich.\n\nViele Grüße\nJürgen Weiß\nArchitekturbüro Weiß, Freiburg",
        facts(note="work not accepted; payment only after the fix, so a dispute and not a promise"),
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Petra Lindner", "p.lindner@physio-lindner.example"),
        "2031-06-04 09:12",
        "gmail",
        "PIT-310501",
        "420.00",
        "Guten Morgen,\n\nwieso berechnen Sie uns die Einrichtung der drei Notebooks noch einmal? Die war doch schon in der Rechnung PIT-310366 im März enthalten, und die haben wir längst bezahlt.\n\nBitte prüfen und stornieren.\n\nPetra Lindner\nPhysiotherapie Lindner",
        facts(
            "PIT-310366",
            note="asks why the setup is billed twice; the payment she mentions belongs to PIT-310366",
        ),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Cabinet Durand & Associés", "secretariat@durand-avocats.example"),
        "2031-05-16 10:25",
        "outlook_html",
        "PIT-310455",
        "1350.00",
        "Madame, Monsieur,\n\nNous contestons la facture PIT-310455. Le contrat de maintenance auquel elle se rapporte a été résilié par lettre recommandée avec accusé de réception du 14 février 2031, avec effet au 31 mars 2031. Aucune prestation n'a été demandée ni réalisée depuis cette date.\n\nNous vous remercions de bien vouloir annuler cette facture et nous adresser un avoir.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nMe Anne Durand\nCabinet Durand & Associés\n12, rue de la République – 69002 Lyon",
        facts(
            "PIT-310455",
            note="very formal register; contract terminated before the billed period",
        ),
        charset="windows-1252",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Romain Petit", "romain.petit@petit-assurances.example"),
        "2031-05-28 18:55",
        "iphone",
        "PIT-310489",
        "510.00",
        "Pas d'accord sur le montant, on avait dit 65 € de l'heure pas 85. Je vous rappelle demain\nRomain",
        facts(note="rate disagreement from a phone"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Carmen Ruiz", "carmen@almacenesruiz.example"),
        "2031-05-26 12:40",
        "gmail_plain",
        "PIT-310474",
        "1420.00",
        "Hola,\n\nDe esta factura hemos pagado 600 € (lo que corresponde a los dos ordenadores). El resto, lo de la instalación del cableado del almacén, no lo vamos a pagar hasta que vengáis a arreglarlo, porque la mitad de los puntos de red siguen sin funcionar.\n\nSe lo comenté a vuestro técnico hace dos semanas y desde entonces nadie ha dado señales de vida.\n\nCarmen Ruiz\nAlmacenes Ruiz",
        facts(
            note="paid part and withholds the rest until the cabling works: dispute over the payment claim"
        ),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Eva Smit", "eva@smit-vertalingen.example"),
        "2031-05-15 13:30",
        "iphone",
        "PIT-310438",
        "540.00",
        "Dit klopt niet. We hebben 12 licenties, geen 15.\nEva",
        facts(note="short licence-count dispute"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Gemeente Westerhaven – Team Financiën", "financien@westerhaven.example"),
        "2031-05-30 14:15",
        "html_only",
        "PIT-310471",
        "2875.00",
        "Geachte heer, mevrouw,\n\nFactuur PIT-310471 wordt door ons betwist. De bekabeling in de raadszaal is niet aangelegd conform offerte O-2031-118: er zijn 24 aansluitpunten opgeleverd in plaats van de overeengekomen 32, terwijl alle 32 in rekening zijn gebracht.\n\nWij verzoeken u een creditnota te sturen voor het verschil of een gecorrigeerde factuur. Tot die tijd wordt de factuur niet in behandeling genomen.\n\nMet vriendelijke groet,\n\nJ. Bakker\nTeam Financiën\nGemeente Westerhaven",
        facts(
            "PIT-310471",
            note="public body; HTML-only; the credit-note request follows from contesting the amount, so dispute rather than invoice_request",
        ),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Marco Rinaldi", "marco.rinaldi@rinaldiimmobiliare.example"),
        "2031-05-19 19:22",
        "android",
        "PIT-310441",
        "899.00",
        "Buonasera, non abbiamo pagato perché il portatile ci è arrivato con lo schermo rotto. Vi abbiamo mandato le foto il 6 maggio e nessuno ci ha risposto. Quando ce lo sostituite paghiamo.\nMarco Rinaldi",
        facts(note="refuses to pay until the laptop that arrived broken is replaced"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Giuseppe Ferraro", "gferraro.ottica@gmail.com"),
        "2031-06-05 10:40",
        "gmail",
        "PIT-310506",
        "260.00",
        "BUONGIORNO QUESTA FATTURA L'ABBIAMO GIÀ PAGATA A MARZO!!! È UN DOPPIONE DELLA 310388, CONTROLLATE PER FAVORE\nFERRARO - OTTICA FERRARO",
        facts(
            "PIT-310388",
            note="all caps; says the invoice duplicates PIT-310388, paid in March: a duplicate-billing dispute, not a payment claim",
        ),
        cte="b64",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Nadia Osei", "nadia@oseiphysio.example"),
        "2031-05-15 12:20",
        "outlook_html",
        "PIT-310432",
        "1470.00",
        "Hi,\n\nI'm sorry this is late. Since we lost the NHS referral contract in March our income has dropped by about a third and I'm juggling everything at the moment.\n\nWould you be able to accept three monthly payments of £490, starting on the 1st of June? I can set up a standing order so you don't have to chase.\n\nThanks for understanding,\nNadia Osei\nOsei Physiotherapy",
        facts(
            note="hardship; three monthly payments proposed (the schedule itself is not labelled)"
        ),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Sam Whitfield", "sam@whitfielddesign.example"),
        "2031-05-23 17:05",
        "gmail",
        "PIT-310466",
        "1150.00",
        "Hi both,\n\nI've sent £500 across today and I'll clear the balance by the 20th of June when my next big client pays me. Hope that's OK.\n\nSam",
        facts(note="£500 sent today with the balance promised for later: a plan, not a payment"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Kev", "kevsbikeshop@gmail.com"),
        "2031-06-02 21:50",
        "android",
        "PIT-310497",
        "780.00",
        "hi can i pay 200 a month till its cleared, been a rough few months with the shop and the van packed in, sorry\nkev",
        facts(note="no capitals, hardship and monthly payments"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("TSV Grünwiesen 1911 e.V.", "kassenwart@tsv-gruenwiesen.example"),
        "2031-05-16 19:30",
        "outlook",
        "PIT-310440",
        "1920.00",
        "Sehr geehrte Damen und Herren,\n\nals gemeinnütziger Verein sind wir derzeit leider nicht in der Lage, den gesamten Betrag auf einmal zu begleichen, da die Mitgliedsbeiträge erst im Juli eingehen.\n\nWir bitten daher um Ratenzahlung in drei Monatsraten zu je 640,00 EUR, beginnend am 15.06.2031. Für Ihr Entgegenkommen bedanken wir uns im Voraus.\n\nMit sportlichen Grüßen\n\nDieter Krüger\nKassenwart\nTSV Grünwiesen 1911 e.V.",
        facts(note="formal instalment request from a sports club"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Tobias Brandl", "tobias@brandl-schreinerei.example"),
        "2031-05-28 07:05",
        "iphone",
        "PIT-310493",
        "860.00",
        "Morgen, können Sie uns bis Ende Juni Zeit geben? Ein großer Kunde hat noch nicht gezahlt, dann zahlen wir alles auf einmal.\nGruß Tobias Brandl",
        facts(
            note="asks for more time: payment_plan even though the balance would then be paid in one go"
        ),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nadine Faure", "lire.ensemble.asso@gmail.com"),
        "2031-05-20 14:45",
        "gmail",
        "PIT-310458",
        "1260.00",
        "Bonjour,\n\nPourrions-nous étaler le règlement sur trois mois ? La subvention de la Région, qui devait arriver en avril, n'est toujours pas versée et notre trésorerie est au plus bas.\n\nNous pourrions vous verser 420 € le 5 de chaque mois à partir de juin.\n\nMerci d'avance pour votre compréhension,\n\nNadine Faure\nTrésorière – Lire Ensemble",
        facts(note="association; hardship and three monthly payments"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Julien Moreau", "julien@moreau-paysage.example"),
        "2031-06-05 19:15",
        "apple",
        "PIT-310505",
        "900.00",
        "Bonsoir,\n\nJe vous fais un premier virement de 300 € demain matin et le reste le 15/06, ça vous va ?\n\nJulien Moreau",
        facts(note="part tomorrow, the rest on a later date"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Inés Calvo", "ines.calvo@calvo-arquitectos.example"),
        "2031-05-21 10:15",
        "outlook_html",
        "PIT-310461",
        "1680.00",
        "Buenos días:\n\n¿Podríamos pagar esta factura en dos veces? Una mitad ahora y la otra a principios de julio. Estamos esperando el cobro de un proyecto y vamos justos de tesorería.\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\nInés Calvo\nCalvo Arquitectos",
        facts(note="two instalments requested"),
        charset="windows-1252",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Lucía Herrera", "lucia@herrerafisio.example"),
        "2031-06-04 13:20",
        "iphone",
        "PIT-310503",
        "640.00",
        "Hola, ahora mismo no podemos, este mes ha entrado muy poco. Os pago la mitad el lunes y el resto cuando nos pague la mutua, vale?\nLucía",
        facts(note="hardship; half on Monday and the rest later"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Fleur Visser", "fleur@visserfotografie.example"),
        "2031-05-22 11:40",
        "gmail_plain",
        "PIT-310468",
        "1000.00",
        "Beste,\n\nIk kan het bedrag helaas niet in één keer betalen. Mag ik het in delen betalen, bijvoorbeeld € 250 per maand? Dan is het in vier maanden voldaan.\n\nGroet,\nFleur Visser",
        facts(),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        (
            "Cooperativa Sociale Il Germoglio",
            "amministrazione@ilgermoglio-coop.example",
        ),
        "2031-05-27 09:50",
        "outlook_html",
        "PIT-310487",
        "2160.00",
        "Buongiorno,\n\nvi scrivo per chiedervi la cortesia di poter rateizzare l'importo della fattura in quattro rate mensili. Come cooperativa sociale dipendiamo dai pagamenti dell'ASL, che quest'anno sono in forte ritardo.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti,\nAnna Galli\nAmministrazione – Cooperativa Sociale Il Germoglio",
        facts(note="social cooperative; hardship and four instalments"),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Stefano Conti", "stefano@contiviaggi.example"),
        "2031-06-06 12:05",
        "thunderbird",
        "PIT-310507",
        "1300.00",
        "Buongiorno,\n\nriusciamo a darvi 500 euro adesso e il saldo entro il 20/06, può andare?\n\nSaluti\nStefano Conti\nConti Viaggi",
        facts(note="part now, the balance by a later date"),
        cte="8bit",
    ),
]
INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Wexmoor Community Health – Accounts Payable", "ap@wexmoorhealth.example"),
        "2031-05-20 10:05",
        "outlook_html",
        "PIT-310450",
        "2640.00",
        "Dear Supplier,\n\nOur system has rejected invoice PIT-310450 because it does not quote a valid purchase order number. All invoices to the Trust must show the PO number in the header; the one for this order is 4500123987.\n\nOnce you send us a corrected invoice showing the PO, it will be paid in the next available run. There is no need to raise a credit note.\n\nKind regards,\n\nPriya Lal\nAccounts Payable\nWexmoor Community Health",
        facts(
            "PIT-310450",
            note="conditional payment ('once you send … it will be paid') on a reissue with the PO; the amount is not contested",
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tony Marsh", "tony@marshplumbing.example"),
        "2031-05-28 07:42",
        "iphone",
        "PIT-310496",
        "145.00",
        "Can you send me a copy? Can't find it anywhere",
        facts(note="mobile brevity, no closing punctuation"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Rebecca Stone", "r.stone@stoneandfield-solicitors.example"),
        "2031-06-05 15:30",
        "apple",
        "PIT-310509",
        "3120.00",
        "Good afternoon,\n\nBefore we pay a new supplier account we have to verify the bank details independently. We've had two attempted invoice frauds this year, so this is firm policy rather than anything personal.\n\nPlease send your bank details on headed paper by post, or call me on 0113 496 0871 so that I can check them against the number on your website. As soon as that's done the invoice will be released for payment.\n\nKind regards,\n\nRebecca Stone\nPractice Manager\nStone & Field Solicitors LLP",
        facts(note="needs the bank details verified before paying, without contesting anything"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Landratsamt Ebersfeld – Rechnungseingang",
            "rechnungseingang@lra-ebersfeld.example",
        ),
        "2031-05-14 08:50",
        "outlook_html",
        "PIT-310427",
        "4210.00",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung PIT-310427 können wir in der vorliegenden Form leider nicht bearbeiten. Als öffentlicher Auftraggeber nehmen wir Rechnungen ausschließlich als E-Rechnung (XRechnung) entgegen. Bitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 08-11723-04 über das Rechnungseingangsportal ein.\n\nNach Eingang wird die Rechnung umgehend geprüft und zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\n\nIm Auftrag\nS. Hartmann\nLandratsamt Ebersfeld\nSachgebiet Haushalt und Rechnungswesen",
        facts(
            "PIT-310427",
            note="public body needs an e-invoice with its routing ID before it can pay",
        ),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Matthias Roth", "matthias.roth.fotografie@gmail.com"),
        "2031-05-30 16:40",
        "gmail",
        "PIT-310494",
        "355.00",
        "Hallo,\n\nwofür ist diese Rechnung eigentlich? Ich kann sie keinem Auftrag zuordnen. Schicken Sie mir bitte einen Leistungsnachweis oder die Stundenaufstellung, dann überweise ich.\n\nGruß\nMatthias Roth",
        facts(note="asks what the invoice is for and for the timesheet, then will pay"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Lambert", "s.lambert@lambert-expertise.example"),
        "2031-05-12 15:10",
        "outlook",
        "PIT-310412",
        "1875.00",
        "Bonjour,\n\nMerci de nous adresser une nouvelle facture portant notre numéro de bon de commande BC-2031-0457. Sans cette référence, notre service comptable ne peut pas l'enregistrer et elle reste bloquée.\n\nDès réception, elle sera mise en paiement.\n\nCordialement,\n\nSophie Lambert\nAssistante de direction\nLambert Expertise Comptable",
        facts(
            note="reissue with the customer's order number; the order number is not an invoice ref"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Dr Karim Benali", "cabinet.benali@gmail.com"),
        "2031-05-26 12:50",
        "iphone",
        "PIT-310473",
        "320.00",
        "Bonjour, pas reçu cette facture. Vous pouvez me la renvoyer svp ?\nK. Benali",
        facts(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Pilar Ortega", "administracion@talleresortega.example"),
        "2031-05-16 09:35",
        "android",
        "PIT-310443",
        "1590.00",
        "Buenos días, ¿me enviáis un estado de cuenta con todo lo que tenemos abierto con vosotros? Antes de pagar lo quiero comprobar con nuestra contabilidad.\nPilar Ortega",
        facts(note="wants the open items listed before paying"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Álvaro Prieto", "fundacion@horizonteabierto.example"),
        "2031-06-03 11:55",
        "gmail",
        "PIT-310500",
        "980.00",
        "Hola:\n\nLa factura viene a nombre de nuestro director y no de la Fundación, así que no la podemos contabilizar. ¿Podéis emitirla de nuevo a nombre de Fundación Horizonte Abierto, CIF G-28765432, con la dirección fiscal de la calle Alcalá 212?\n\nEn cuanto la tengamos, se paga.\n\nGracias,\nÁlvaro Prieto\nAdministración",
        facts(note="reissue to the right legal entity; the amount is not contested"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Zorggroep De Linde – Inkoop", "inkoop@zorggroepdelinde.example"),
        "2031-05-19 14:25",
        "outlook_html",
        "PIT-310448",
        "2230.00",
        "Goedemiddag,\n\nZodra wij de factuur ontvangen mét ons inkoopordernummer erop (IO-77310), wordt deze betaald. Zonder ordernummer kan ons systeem de factuur niet matchen.\n\nMet vriendelijke groet,\n\nIlse de Graaf\nInkoop\nZorggroep De Linde",
        facts(note="conditional payment once the invoice carries the order number"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bart Hendriks", "bart@hendriks-bouwadvies.example"),
        "2031-06-02 10:20",
        "gmail_plain",
        "PIT-310498",
        "690.00",
        "Hallo,\n\nWat is PIT-310498 precies? Ik zie er geen werkbon bij en ik kan me niet herinneren dat er in april iemand is geweest. Kunnen jullie de werkbon of een specificatie sturen?\n\nBart",
        facts(
            "PIT-310498",
            note="asks what the invoice is for and for the job sheet; doubtful but not yet contesting",
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Istituto Comprensivo Manzoni – Ufficio Acquisti",
            "acquisti@icmanzoni.example",
        ),
        "2031-05-22 12:10",
        "outlook_html",
        "PIT-310470",
        "1540.00",
        'Buongiorno,\n\nla fattura PIT-310470 non ci risulta pervenuta tramite il Sistema di Interscambio. Essendo una pubblica amministrazione possiamo pagare solo fatture elettroniche ricevute via SDI, con il codice univoco ufficio UF7K2Q e il CIG indicati.\n\nVi chiediamo pertanto di emetterla nuovamente in formato elettronico; appena ricevuta procederemo al pagamento.\n\nCordiali saluti\n\nUfficio Acquisti\nIstituto Comprensivo "A. Manzoni"',
        facts(
            "PIT-310470",
            note="public school needs an electronic invoice through the exchange system before paying",
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Chloe Barnes", "chloe.barnes1987@gmail.com"),
        "2031-05-13 19:25",
        "gmail",
        "PIT-310414",
        "455.00",
        "Hi,\n\nThis has come through to my personal email for some reason. I left Harrow Lane Vets in March so I can't help with this any more, sorry. Their accounts are dealt with by accounts@harrowlanevets.example.\n\nChloe",
        facts(
            new_contact="accounts@harrowlanevets.example",
            note="former employee on a free-mail address",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Fairhaven Dental Care", "accounts@fairhaven-dental-care.example"),
        "2031-05-21 08:02",
        "outlook_html",
        "PIT-310478",
        "1260.00",
        "Dear Pinecrest IT Support,\n\nPlease be advised that with immediate effect all invoices, statements and payment reminders for Fairhaven Dental Care must be sent to our new accounts processing partner at fairhaven.billing@fastledger-services.example. Our old mailbox is being closed and mail sent there will no longer be read.\n\nKindly update your records today and confirm once done. We will also send our updated bank details for refunds separately.\n\nRegards,\nAccounts Department\nFairhaven Dental Care",
        facts(
            new_contact="fairhaven.billing@fastledger-services.example",
            note="reads like invoice-redirect fraud (sent from a lookalike domain, urgent, new bank details to follow); the label records what it asks for and a person must verify it before anything is changed",
        ),
        rcpt=("Fairhaven Dental Care", "accounts@fairhavendental.example"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Daniel Kerr", "daniel.kerr@moorfieldtrust.example"),
        "2031-05-29 11:15",
        "outlook",
        "PIT-310491",
        "960.00",
        "Hello,\n\nI'm the IT lead here, not finance, so this one isn't really for me. I've copied in Priya Nair (Priya.Nair@MoorfieldTrust.example), who looks after supplier payments. Could you update your records so these go to her in future?\n\nThanks,\nDaniel\n\nDaniel Kerr\nIT & Facilities Lead\nMoorfield Trust",
        facts(
            new_contact="priya.nair@moorfieldtrust.example",
            note="mixed-case address, also copied in Cc; labelled in lower case",
        ),
        cc="Priya Nair <Priya.Nair@MoorfieldTrust.example>",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Thomas Becker", "t.becker@becker-steuerberatung.example"),
        "2031-05-23 09:05",
        "outlook_html",
        "PIT-310479",
        "1320.00",
        "Guten Tag,\n\nich bin seit dem 1. Mai nicht mehr für die Buchhaltung zuständig. Bitte wenden Sie sich künftig an meine Kollegin Frau Kaya: buchhaltung@becker-steuerberatung.example\n\nIhre Mail habe ich an sie weitergeleitet.\n\nMit freundlichen Grüßen\nThomas Becker",
        facts(new_contact="buchhaltung@becker-steuerberatung.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Amélie", "accueil@centremedical-lesplatanes.example"),
        "2031-05-15 14:50",
        "iphone",
        "PIT-310439",
        "715.00",
        "Bonjour, je suis à l'accueil, je ne m'occupe pas des factures. Merci d'envoyer ça à compta@centremedical-lesplatanes.example\nAmélie",
        facts(
            new_contact="compta@centremedical-lesplatanes.example",
            note="receptionist of a medical centre",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Dr Philippe Vidal", "dr.vidal@cabinet-vidal.example"),
        "2031-06-04 17:30",
        "outlook",
        "PIT-310510",
        "480.00",
        "Bonjour,\n\nJ'ai cédé le cabinet au Dr Morel le 1er avril et je suis désormais à la retraite. Les factures postérieures à cette date concernent la nouvelle structure : merci de les adresser à son secrétariat, secretariat.morel@cabinet-morel.example.\n\nBien cordialement,\n\nDr Philippe Vidal",
        facts(
            new_contact="secretariat.morel@cabinet-morel.example",
            note="practice sold to a new owner",
        ),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Raúl Domínguez", "raul@dominguezasesores.example"),
        "2031-05-20 13:55",
        "gmail",
        "PIT-310453",
        "570.00",
        "Hola,\n\nEsta dirección ya no la lleva nadie de administración. Las facturas, mejor a facturas@dominguezasesores.example, que es donde las miran.\n\nSaludos,\nRaúl",
        facts(new_contact="facturas@dominguezasesores.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Begoña Sáez", "bego.saez76@gmail.com"),
        "2031-06-02 22:05",
        "android",
        "PIT-310511",
        "210.00",
        "Creo que se han equivocado de persona. No tengo ninguna relación con su empresa ni les debo nada, soy un particular. Revisen sus datos por favor.",
        facts(note="a private person who was never a customer; no other address offered"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Peter de Boer", "peter@deboer-tandartsen.example"),
        "2031-05-16 10:30",
        "outlook",
        "PIT-310445",
        "1105.00",
        "Goedemorgen,\n\nOnze administratie wordt sinds dit jaar gedaan door Boekhoudkantoor Visser. Wilt u facturen en herinneringen voortaan naar facturen@visser-administratie.example sturen? Dan komen ze bij de juiste persoon terecht.\n\nMet vriendelijke groet,\nPeter de Boer\nDe Boer Tandartsen",
        facts(
            new_contact="facturen@visser-administratie.example",
            note="bookkeeping outsourced to an outside firm",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Huisartsenpost Midden", "info@hapmidden.example"),
        "2031-05-27 03:40",
        "iphone",
        "PIT-310484",
        "380.00",
        "Verkeerd adres denk ik. Dit is de huisartsenpost, niet de praktijk. Jullie moeten de praktijk aan de Kerkstraat hebben, maar hun mailadres heb ik niet.\nYvonne",
        facts(note="wrong organisation, no new address; written on a night shift"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Chiara Russo", "c.russo@studioricci.example"),
        "2031-05-14 16:10",
        "outlook_html",
        "PIT-310430",
        "1045.00",
        "Buongiorno,\n\nnon sono io la persona che si occupa dei pagamenti. Giro la vostra mail all'amministrazione, che metto in copia: Amministrazione@StudioRicci.example. Per le prossime fatture scrivete direttamente a loro.\n\nGrazie,\nChiara Russo\nStudio Ricci Architetti",
        facts(
            new_contact="amministrazione@studioricci.example",
            note="mixed-case address, also copied in Cc; labelled in lower case",
        ),
        cc="Amministrazione@StudioRicci.example",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Tipografia Luce", "ordini@tipografialuce.example"),
        "2031-05-30 09:03",
        "notice",
        "PIT-310485",
        "650.00",
        "Questo indirizzo non è più in uso e i messaggi non vengono letti.\n\nPer fatture, solleciti e comunicazioni amministrative scrivete a contabilita@tipografialuce.example.\n\nTipografia Luce s.n.c.",
        facts(
            new_contact="contabilita@tipografialuce.example",
            note="sent automatically, but it retires the address and names the replacement: wrong_contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Gary Lowe", "gary@loweautos.example"),
        "2031-05-22 08:55",
        "iphone",
        "PIT-310467",
        "520.00",
        "Will pay it Friday. Now please stop sending me these every other day, it's getting ridiculous.",
        facts(
            note="will pay on Friday but wants the e-mails to stop: unsubscribe takes precedence"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Margaret Hale", "m.hale@halecareservices.example"),
        "2031-05-27 16:20",
        "outlook_html",
        "PIT-310483",
        "4380.00",
        "Dear Sirs,\n\nThis account is the subject of a disagreement which we have now referred to our solicitors. Any further correspondence about it should be addressed to them and not to our staff. Please do not email this office again regarding this matter.\n\nYours faithfully,\n\nMargaret Hale\nDirector\nHale Care Services Ltd",
        facts(
            note="'talk to our solicitors, do not email us' → unsubscribe; it beats the disagreement it mentions"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Lee Chapman", "lee.chapman@chapmanprint.example"),
        "2031-06-04 12:02",
        "gmail_plain",
        "PIT-310512",
        "95.00",
        "STOP",
        facts(note="one word, all caps"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Heinz Vogt", "heinz.vogt@vogt-immobilien.example"),
        "2031-05-19 11:40",
        "outlook",
        "PIT-310446",
        "1260.00",
        "Sehr geehrte Damen und Herren,\n\nRechnungen und Mahnungen möchten wir künftig ausschließlich per Post an unsere Geschäftsadresse erhalten. E-Mails an diese Adresse werden ab Juni nicht mehr gelesen.\n\nMit freundlichen Grüßen\nHeinz Vogt\nVogt Immobilien GmbH",
        facts(note="letters only from now on"),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Claudia Neumann", "c.neumann@neumann-fahrschule.example"),
        "2031-06-03 18:25",
        "gmail",
        "PIT-310513",
        "690.00",
        "Hallo,\n\ndie Zahlung ist längst veranlasst. Unterlassen Sie bitte diese ständigen Erinnerungs-Mails, das ist jetzt die dritte in zwei Wochen. Bei der nächsten schalte ich meinen Anwalt ein.\n\nClaudia Neumann",
        facts(
            note="says it is paid, wants the reminders to stop and threatens a lawyer: unsubscribe takes precedence"
        ),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Nathalie Girard", "nathalie.girard@girard-traduction.example"),
        "2031-05-23 21:10",
        "iphone",
        "PIT-310477",
        "300.00",
        "Merci de ne plus m'écrire sur cette adresse. Je ne veux plus recevoir vos relances par mail, uniquement par courrier.\nN. Girard",
        facts(note="post only"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Fernando Iglesias", "f.iglesias@iglesiastransportes.example"),
        "2031-05-28 10:50",
        "outlook_html",
        "PIT-310514",
        "2950.00",
        "Buenos días:\n\nLes ruego que dejen de enviarme correos sobre este asunto. A partir de ahora, cualquier comunicación relacionada con esta factura deberá dirigirse a nuestro abogado, que ya tiene toda la documentación.\n\nAtentamente,\n\nFernando Iglesias\nGerente\nTransportes Iglesias S.L.",
        facts(note="stop e-mailing, talk to our lawyer"),
        cte="b64",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Andrés Molina", "andres.molina.estudio@gmail.com"),
        "2031-05-14 13:30",
        "android",
        "PIT-310429",
        "150.00",
        "No me escriban más por favor. Ya lo hablé por teléfono con su compañero la semana pasada.",
        facts(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Ingrid Mulder", "ingrid@mulderbloemen.example"),
        "2031-05-13 17:15",
        "gmail_plain",
        "PIT-310413",
        "230.00",
        "Graag uitschrijven van deze mails. Wij zijn per 1 mei gestopt met de winkel.\n\nIngrid Mulder",
        facts(note="stop request from a business that has closed"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Hofstede Accountants – Directie", "directie@hofstede-accountants.example"),
        "2031-05-30 09:25",
        "outlook_html",
        "PIT-310482",
        "1840.00",
        "Geachte heer, mevrouw,\n\nWij verzoeken u vriendelijk doch dringend te stoppen met het sturen van herinneringen per e-mail. Correspondentie over deze factuur ontvangen wij uitsluitend nog per post, ter attentie van de directie.\n\nHoogachtend,\n\nR. Hofstede\nHofstede Accountants",
        facts(note="very formal; post only"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Emporio Santoro S.r.l.", "amministrazione@emporiosantoro.example"),
        "2031-05-21 15:05",
        "outlook",
        "PIT-310475",
        "1710.00",
        "Spett.le Pinecrest IT Support,\n\ncon la presente vi diffidiamo dal continuare a inviare solleciti a questo indirizzo. Per qualsiasi comunicazione relativa alla fattura in oggetto rivolgetevi esclusivamente al nostro legale, avv. Paolo Greco.\n\nDistinti saluti\n\nLuca Santoro\nEmporio Santoro S.r.l.",
        facts(note="formal notice to stop, lawyer named without an address"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Davide Fiore", "davide.fiore.dj@gmail.com"),
        "2031-06-01 23:40",
        "iphone",
        "PIT-310480",
        "180.00",
        "basta mail per favore vi ho gia detto che pago appena posso",
        facts(note="no punctuation or accents; stop request plus a vague promise: unsubscribe"),
    ),
]
AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Hughes", "claire.hughes@hughesandpartners.example"),
        "2031-05-20 08:31",
        "notice_html",
        "PIT-310460",
        "730.00",
        "Hello, and thanks for writing. I'm away this week and back at my desk on the 27th; emails won't be read until then.\n\nFor anything urgent please call the office on 0117 496 0355.\n\nClaire",
        facts(
            return_date="2031-05-27",
            note="'back on the 27th' resolved against Tue 20 May",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Shared Services", "finance.helpdesk@carrowgroup.example"),
        "2031-05-15 09:12",
        "notice",
        "PIT-310436",
        "5120.00",
        "This is an automated message.\n\nThank you for contacting Finance Shared Services. Your email has been logged as case FSS-88214 and passed to the Accounts Payable team.\n\nWe aim to respond to supplier queries within 5 working days. Please keep the case number in the subject line if you write to us again about this matter, so that your email is added to the existing case.\n\nFinance Shared Services\nCarrow Group plc",
        facts(note="ticket acknowledgement carrying only Precedence: auto_reply; no return date"),
        subject="[Case FSS-88214] {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Dr Sunil Rao", "s.rao@harbourviewsurgery.example"),
        "2031-05-28 07:00",
        "notice",
        "PIT-310515",
        "640.00",
        "I'm away from the surgery until Friday 6 June and only checking messages occasionally. For practice matters please contact the practice manager on 01632 960118.\n\nDr S. Rao",
        facts(
            return_date="2031-06-06",
            note="'out … until Friday 6 June' is labelled 6 June; X-Autoreply is the only automatic-reply marker",
        ),
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Katrin Zimmermann", "k.zimmermann@zimmermann-partner.example"),
        "2031-05-26 09:14",
        "notice_html",
        "PIT-310516",
        "1150.00",
        "Danke für Ihre E-Mail.\n\nBis einschließlich 30.05.2031 bin ich im Urlaub, ab Dienstag, dem 03.06.2031, wieder im Büro. E-Mails werden in dieser Zeit weder gelesen noch weitergeleitet.\n\nBei dringenden Anliegen erreichen Sie unser Sekretariat unter +49 711 2290 410.\n\nMit freundlichen Grüßen\nKatrin Zimmermann",
        facts(
            return_date="2031-06-03",
            note="last day away 30 May, back on Tue 3 June after Whit Monday: the day back is labelled",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        cte="b64",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Praxis Dr. med. Lehmann", "praxis@dr-lehmann-allgemeinmedizin.example"),
        "2031-05-19 07:45",
        "notice",
        "PIT-310434",
        "380.00",
        "Sehr geehrte Damen und Herren,\n\nunsere Praxis ist vom 19.05. bis 23.05.2031 urlaubsbedingt geschlossen. Ab Montag, 26.05.2031, ist die Praxis wieder geöffnet.\n\nDie Vertretung übernimmt die Praxis Dr. Yilmaz, Hauptstraße 12, Tel. 0761 558 20 40.\n\nIhr Praxisteam Dr. Lehmann",
        facts(
            return_date="2031-05-26",
            note="practice closure notice with only X-Autoreply; the reopening day is the return date",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Fontaine", "i.fontaine@fontaine-immobilier.example"),
        "2031-05-30 12:01",
        "notice",
        "PIT-310517",
        "890.00",
        "Bonjour,\n\nAbsente jusqu'au lundi 2 juin inclus, je ne consulte pas mes e-mails. Retour au bureau le mardi 3 juin : je traiterai votre message à ce moment-là.\n\nCordialement,\nIsabelle Fontaine",
        facts(
            return_date="2031-06-03",
            note="the day she is back (3 June) is labelled, not her last day away",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Groupe Meunier – Comptabilité fournisseurs",
            "fournisseurs@groupe-meunier.example",
        ),
        "2031-05-21 10:18",
        "notice_html_only",
        "PIT-310456",
        "2760.00",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous la référence CF-2031-04417.\n\nNotre service comptabilité fournisseurs traite les demandes dans un délai de cinq jours ouvrés. Merci de rappeler cette référence dans toute correspondance ultérieure.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nGroupe Meunier – Comptabilité fournisseurs",
        facts(note="case-number acknowledgement sent as HTML only"),
        subject="Accusé de réception – demande n° CF-2031-04417",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Marisa León", "marisa.leon@leonyasociados.example"),
        "2031-05-26 08:20",
        "notice",
        "PIT-310518",
        "470.00",
        "Hola,\n\nEstoy de vacaciones hasta el 2 de junio y no miro el correo.\n\nSi es urgente, llama al 91 555 02 18.\n\nMarisa León",
        facts(
            return_date="2031-06-02",
            note="'hasta el 2 de junio' is labelled 2 June; no automatic-reply header of any kind",
        ),
        subject="Fuera de la oficina: {rsub}",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Willem Kuipers", "w.kuipers@kuipers-notariaat.example"),
        "2031-05-21 13:02",
        "notice_html",
        "PIT-310519",
        "1390.00",
        "Dank voor uw bericht. Tot en met vrijdag 23 mei ben ik met verlof; maandag 26 mei ben ik er weer.\n\nVoor dringende zaken kunt u contact opnemen met het secretariaat: 020 555 0147.\n\nMet vriendelijke groet,\nWillem Kuipers",
        facts(return_date="2031-05-26"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Servicedesk Stichting Welzijn Oost", "servicedesk@welzijnoost.example"),
        "2031-06-04 14:35",
        "notice",
        "PIT-310520",
        "610.00",
        "Beste afzender,\n\nBedankt voor uw e-mail. Uw melding is geregistreerd onder nummer WO-20458. Een medewerker neemt binnen drie werkdagen contact met u op.\n\nDit is een automatisch gegenereerd bericht.\n\nServicedesk Stichting Welzijn Oost",
        facts(note="ticket acknowledgement with only Precedence: bulk and no In-Reply-To"),
        subject="Uw melding is ontvangen [WO-20458]",
        headers=(("Precedence", "bulk"),),
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Marino", "e.marino@marinoconsulting.example"),
        "2031-05-29 18:00",
        "notice_html",
        "PIT-310521",
        "1275.00",
        "Grazie per il messaggio.\n\nSono in ferie fino a lunedì 2 giugno compreso (festa della Repubblica) e leggo la posta solo saltuariamente. Rientro in ufficio martedì 3 giugno.\n\nPer urgenze: amministrazione@marinoconsulting.example\n\nElena Marino",
        facts(
            return_date="2031-06-03",
            note="the address given for urgent matters is not a change of contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Servizio Clienti Gruppo Vitale", "assistenza@gruppovitale.example"),
        "2031-05-15 10:27",
        "notice",
        "PIT-310431",
        "940.00",
        "Gentile cliente,\n\ngrazie per averci scritto. La sua richiesta è stata presa in carico e riceverà una risposta entro 48 ore lavorative.\n\nMessaggio automatico, si prega di non rispondere.\n\nServizio Clienti\nGruppo Vitale S.p.A.",
        facts(
            note="promises an answer within 48 working hours, so no date to label; X-Autoreply only"
        ),
        headers=(("X-Autoreply", "yes"),),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Rachel Byrne", "rachel@byrnechiropractic.example"),
        "2031-05-14 12:33",
        "iphone",
        "PIT-310425",
        "390.00",
        "Did we not pay this already? I thought Sandra sorted it before she left last month",
        facts(note="a question, not a payment claim: someone has to check the ledger and answer"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Mo Hussain", "mo@hussainopticians.example"),
        "2031-05-21 10:10",
        "outlook",
        "PIT-310465",
        "600.00",
        "Thanks, I've forwarded this to Karen who does our payments.\n\nMo",
        facts(
            note="forwarded internally to a colleague named without an address; nothing promised"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Ian Whitmore", "ian@whitmoregale.example"),
        "2031-06-02 14:05",
        "outlook_html",
        "PIT-310522",
        "1480.00",
        "Dear Sir/Madam,\n\nI am writing to let you know that Whitmore & Gale Ltd entered creditors' voluntary liquidation on 30 May 2031. The appointed liquidator will write to all known creditors in the coming weeks with details of how to submit a claim.\n\nI am sorry that I cannot be of more help with your invoice.\n\nIan Whitmore\nFormer Director",
        facts(
            note="the customer is in liquidation: no promise, no new address, not a stop request; a person must handle it"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Monika Schulz", "m.schulz@schulz-hoerakustik.example"),
        "2031-05-15 16:15",
        "apple",
        "PIT-310442",
        "745.00",
        "Danke für die Info, ich kläre das intern und melde mich.\n\nViele Grüße\nMonika Schulz",
        facts(note="will sort it out internally; nothing promised"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Florian Haas", "f.haas@haas-versicherungen.example"),
        "2031-05-26 14:40",
        "outlook_html",
        "PIT-310472",
        "890.00",
        "Hallo zusammen,\n\napropos – können Sie uns ein Angebot für fünf weitere Microsoft-365-Lizenzen (Business Standard) schicken? Wir stellen im Juli zwei Azubis und drei neue Berater ein.\n\nDanke und Gruß\nFlorian Haas",
        facts(note="asks for a quote for more licences; says nothing about the open invoice"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Olivier Chevalier", "o.chevalier@chevalier-opticiens.example"),
        "2031-05-22 09:40",
        "gmail",
        "PIT-310462",
        "430.00",
        "Bonjour,\n\nC'est bien vous qui avez installé le nouveau copieur la semaine dernière ? Depuis ce matin il affiche « erreur réseau » et plus personne ne peut imprimer. Quelqu'un peut passer ?\n\nMerci,\nOlivier Chevalier",
        facts(note="copier breakdown reported under the reminder; the invoice is not discussed"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Bruno Lefèvre", "bruno.lefevre@lefevre-btp.example"),
        "2031-06-05 08:05",
        "iphone",
        "PIT-310523",
        "275.00",
        "Ok merci",
        facts(note="bare acknowledgement; no commitment to pay"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Elena Castro", "elena@castroperfumeria.example"),
        "2031-05-13 11:20",
        "gmail_plain",
        "PIT-310416",
        "310.00",
        "¿Esto no lo habíamos pagado ya? Juraría que sí, pero los pagos los lleva mi socio y está de viaje.\n\nElena",
        facts(note="question about whether it was paid; not a payment claim"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Javier Rubio", "javier.rubio@rubioseguros.example"),
        "2031-05-29 10:45",
        "outlook_html",
        "PIT-310524",
        "1190.00",
        "Hola,\n\nLlámame cuando puedas, por favor. Quiero comentar esto contigo junto con la renovación del contrato de mantenimiento, que vence en julio.\n\nUn saludo,\nJavier Rubio\nRubio Seguros\n612 55 40 18",
        facts(note="asks for a call; nothing committed or contested"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Anouk Peters", "secretariaat@vvhetanker.example"),
        "2031-05-20 20:05",
        "gmail",
        "PIT-310454",
        "275.00",
        "Ontvangen, ik leg hem bij onze penningmeester neer.\n\nAnouk\nSecretariaat VV Het Anker",
        facts(note="confirms receipt and hands it to the treasurer; no address given"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Rob Dekker", "rob@dekkerinstallatie.example"),
        "2031-06-03 09:05",
        "outlook",
        "PIT-310525",
        "560.00",
        "Goedemorgen,\n\nIs deze mail echt van jullie? Vorige week kregen we bijna dezelfde herinnering, maar met een ander rekeningnummer erin en vanaf een raar adres. Bel me even op 06 5550 2187, ik vertrouw het niet.\n\nRob Dekker",
        facts(note="suspects phishing and asks for a call"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Sara Colombo", "sara.colombo@colombo-dentale.example"),
        "2031-05-16 13:10",
        "iphone",
        "PIT-310435",
        "520.00",
        "ricevuto",
        facts(note="'ricevuto' and nothing else"),
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
# Bounces: generated skeletons, hand-written human-readable text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """Delivery report for the reminder addressed to `rcpt`, written in the customer's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amount: str
    build: Callable[[Bounce], Message]
    lag: int = 3
    note: str | None = None

    @property
    def zone(self) -> str:
        """English notices come from UK-side systems, the others from continental ones."""
        return "uk" if self.lang == "en" else "cet"

    @property
    def sent(self) -> datetime:
        """The Date: of the report."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return localise(self.zone, local.replace(second=number(self.key, "sec", 0, 59)))

    @property
    def reminder_at(self) -> datetime:
        """When the reminder left Pinecrest (UK time)."""
        return in_zone("uk", self.sent - timedelta(minutes=self.lag))

    @property
    def subject(self) -> str:
        """The subject of the reminder that bounced."""
        return reminder_subject(self.lang, self.inv)

    def original(self) -> Message:
        """The reminder exactly as Pinecrest sent it."""
        currency = "GBP" if self.lang == "en" else "EUR"
        text = reminder_body(self.lang, self.inv, self.amount, currency, self.reminder_at, self.key)
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_words(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.reminder_at)
        msg["Message-ID"] = reminder_id(self.key)
        del msg["MIME-Version"]
        msg["MIME-Version"] = "1.0"
        reorder_mime_headers(msg)
        return msg

    def original_text(self) -> str:
        """The reminder as raw text, the way a returned copy shows it."""
        return serialize(self.original()).decode("ascii")

    def original_headers(self) -> str:
        """Only the header block of the reminder."""
        return self.original_text().split("\n\n", 1)[0] + "\n"


def relay_trace(b: Bounce) -> str:
    """The Received line Pinecrest's outbound relay put on the reminder."""
    stamp = format_datetime(b.reminder_at.astimezone(timezone(timedelta(hours=-7))))
    return (
        f"Received: by mail-sor-f{number(b.key, 'sor', 10, 99)}.google.com with SMTPS id {token(b.key, 'smtp', 14).lower()}\n"
        f"        for <{b.rcpt}>\n"
        f"        (Google Transport Security);\n"
        f"        {stamp} (PDT)\n"
    )


def status_part(
    b: Bounce,
    reporting: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    received_from: str = "",
) -> Message:
    """A message/delivery-status part (RFC 3464): per-message fields, then the recipient."""
    head = [f"Reporting-MTA: dns; {reporting}"]
    if received_from:
        head.append(f"Received-From-MTA: dns; {received_from}")
    head.append(f"Arrival-Date: {format_datetime(b.reminder_at)}")
    rows = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        rows.append(f"Remote-MTA: dns; {remote}")
    rows.append(f"Diagnostic-Code: smtp; {diagnostic}")
    rows.append(
        f"Last-Attempt-Date: {in_zone(b.zone, b.sent).strftime('%a, %d %b %Y %H:%M:%S %z')}"
    )
    if action == "delayed":
        rows.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    blocks: list[Message | str] = []
    for fields in (head, rows):
        block = Message()
        for line in fields:
            name, value = line.split(": ", 1)
            block[name] = value
        blocks.append(block)
    part.set_payload(blocks)
    return part


def headers_part(b: Bounce) -> Message:
    """text/rfc822-headers with the returned reminder's headers."""
    part = text_part(relay_trace(b) + b.original_headers(), "rfc822-headers", "us-ascii", "7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, style: str) -> Message:
    """Envelope headers of a report, then deterministic boundaries."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_words(subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    host = parseaddr(sender)[1].rsplit("@", 1)[1]
    msg["Message-ID"] = (
        f"<{token(b.key, 'bounce', 20).lower()}.{number(b.key, 'q', 10000, 99999)}@{host}>"
    )
    msg["Auto-Submitted"] = "auto-replied"
    del msg["MIME-Version"]
    if "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    reorder_mime_headers(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, b.key, style, token(b.key, "sfx", 6))
    return msg


def plain_notice(text: str) -> Message:
    """A report with no MIME structure at all (qmail, Exim)."""
    msg = Message()
    msg.set_payload(text)
    return msg


def human_alternative(plain: str, markup: str) -> Message:
    """The human-readable part of an Exchange or Gmail report."""
    return alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def exchange_markup(title: str, lines: list[str], tech: str) -> str:
    """Exchange Online's NDR layout, reduced to its bones."""
    body = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px">{html.escape(x)}</p>\n'
        for x in lines
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body dir="ltr" lang="en-US">\n<table style="width:100%;max-width:640px" cellpadding="0" cellspacing="0">\n'
        f'<tr><td style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:24px;color:#C00000"><b>{html.escape(title)}</b></td></tr>\n'
        f"<tr><td>\n{body}</td></tr>\n"
        f'<tr><td style="font-family:Consolas,monospace;font-size:13px;color:#666">{html.escape(tech)}</td></tr>\n'
        "</table>\n</body></html>\n"
    )


def exchange_report(
    b: Bounce, title: str, lines: list[str], tech: str, action: str, diagnostic: str
) -> Message:
    """An Exchange Online report: human text, delivery status, returned headers."""
    host = f"{token(b.key, 'exo', 4)}P{number(b.key, 'p', 190, 300)}MB{number(b.key, 'mb', 1000, 9999)}"
    region = f"EURP{number(b.key, 'region', 190, 300)}"
    plain = "\n\n".join([title, *lines, tech]) + "\n"
    return report(
        human_alternative(plain, exchange_markup(title, lines, tech)),
        status_part(
            b,
            f"{host}.{region}.PROD.OUTLOOK.COM",
            action,
            diagnostic,
            received_from=f"mail-sor-f{number(b.key, 'sor', 10, 99)}.google.com",
        ),
        headers_part(b),
    )


def exchange_sender(b: Bounce) -> str:
    """The system mailbox that signs Exchange Online reports."""
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.rcpt.split('@')[1]}>"


def bounce_qmail(b: Bounce) -> Message:
    """A qmail hosting server: accepted, then no such mailbox (plain text, full copy)."""
    host = "mail.brightwellhosting.example"
    utc_stamp = b.reminder_at.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <billing@pinecrest-it.example>\n"
        f"Received: (qmail {number(b.key, 'pid', 10000, 32000)} invoked from network); {utc_stamp}\n"
        f"Received: from unknown (HELO mail-sor-f{number(b.key, 'sor', 10, 99)}.google.com) (209.85.220.{number(b.key, 'ip', 10, 250)})\n"
        f"  by {host} with SMTP; {utc_stamp}\n" + relay_trace(b) + b.original_text()
    )
    return finish(b, plain_notice(text), f"MAILER-DAEMON@{host}", "failure notice", "----=_Part_")


def bounce_exim(b: Bounce) -> Message:
    """Exim on a filtering relay: the customer's own server refused the reminder by policy."""
    relay = "filter2.shieldmx.example"
    inner = "mail.kingsgatedental.example"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host {inner} [203.0.113.18]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.7.1 <{b.rcpt}>: Recipient address rejected: only mail from approved senders is accepted\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        "Return-path: <billing@pinecrest-it.example>\n"
        f"Received: from mail-sor-f{number(b.key, 'sor', 10, 99)}.google.com ([209.85.220.{number(b.key, 'ip', 10, 250)}])\n"
        f"\tby {relay} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.98)\n\t(envelope-from <billing@pinecrest-it.example>)\n"
        f"\tid 1u{token(b.key, 'exim', 5)}-00{token(b.key, 'exim2', 4)}-3Q\n"
        f"\tfor {b.rcpt}; {format_datetime(b.reminder_at)}\n" + b.original_text()
    )
    return finish(
        b,
        plain_notice(text),
        f"Mail Delivery System <Mailer-Daemon@{relay}>",
        "Mail delivery failed: returning message to sender",
        "----=_Part_",
    )


def bounce_gmail_domain(b: Bounce) -> Message:
    """Google's report for a domain that no longer exists."""
    domain = b.rcpt.split("@")[1]
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "Learn more at https://support.google.com/mail/answer/6596",
        f"The response was:\n\nDNS Error: {number(b.key, 'dns', 1000000, 9999999)} DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        '<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
        + "".join(f"<p>{html_text(x)}</p>\n" for x in lines)
        + "</body>\n</html>\n"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}"
    msg = report(
        human_alternative(plain, markup),
        status_part(b, "googlemail.com", "failed", diag, received_from="smtp.gmail.com"),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "000000000000",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online in German: the address does not exist in the customer's tenant."""
    domain = b.rcpt.split("@")[1]
    local = b.rcpt.split("@")[0]
    msg = exchange_report(
        b,
        "Ihre Nachricht konnte nicht übermittelt werden.",
        [
            f"Die E-Mail-Adresse „{local}“ wurde in der Domäne {domain} nicht gefunden.",
            "Was sollten Sie tun?",
            "Die Adresse ist möglicherweise falsch geschrieben, oder das Postfach wurde gelöscht. Prüfen Sie die Adresse und senden Sie die Nachricht erneut, oder wenden Sie sich auf einem anderen Weg an den Empfänger.",
            "Weitere Informationen für E-Mail-Administratoren",
        ],
        "Der Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.",
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )
    return finish(b, msg, exchange_sender(b), f"Unzustellbar: {b.subject}", "_000_")


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider: mailbox over quota, delivery still being retried."""
    mta = "mx01.netzhafen-hosting.example"
    retry_until = in_zone("cet", b.sent + timedelta(days=4))
    text = (
        f"Automatische Benachrichtigung von {mta}:\n\n"
        f"Ihre Nachricht an {b.rcpt} ist noch nicht beim Empfänger angekommen: Sein Postfach hat das Speicherlimit erreicht.\n\n"
        f"Wir versuchen die Zustellung in regelmäßigen Abständen erneut. Sie müssen nichts tun. Sollte die Nachricht bis zum {retry_until.strftime('%d.%m.%Y')} nicht zugestellt werden können, erhalten Sie eine weitere Nachricht.\n\n"
        "Technische Details:\n"
        f"<{b.rcpt}>: 452 4.2.2 Mailbox full: user is over quota\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        status_part(b, mta, "delayed", "452 4.2.2 Mailbox full: user is over quota"),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Verzögerte Zustellung (wird weiter versucht)",
        "----=_Part_",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: the customer's mailbox is full (a 5.x code)."""
    msg = exchange_report(
        b,
        "Remise impossible : boîte aux lettres pleine.",
        [
            f"La boîte aux lettres de {b.rcpt} a atteint sa taille maximale et n'accepte plus de messages.",
            "Que dois-je faire ?",
            "Réessayez d'envoyer le message plus tard, ou contactez le destinataire par un autre moyen pour lui demander de libérer de l'espace dans sa boîte aux lettres.",
            "Plus d'informations pour les administrateurs de messagerie",
        ],
        "Le serveur distant a retourné « 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ».",
        "failed",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    )
    return finish(b, msg, exchange_sender(b), f"Non remis : {b.subject}", "_000_")


def bounce_provider_fr(b: Bounce) -> Message:
    """A French mail provider's own notice, single-part Latin-1 in 8 bits."""
    mta = "smtp.hexanet-mail.example"
    text = (
        "Bonjour,\n\n"
        f"Message automatique du serveur {mta}.\n\n"
        "Impossible de livrer votre message à ce destinataire :\n\n"
        f"    {b.rcpt}\n\n"
        "Raison : adresse inconnue. Cette boîte aux lettres n'existe pas ou a été supprimée.\n"
        f"Code d'erreur : 550 5.1.1 <{b.rcpt}>... User unknown\n\n"
        "Cet échec est définitif : le message ne sera pas renvoyé.\n\n"
        "--- En-têtes du message d'origine ---\n\n" + fit(b.original_headers(), "iso-8859-1")
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        f"Service de messagerie <postmaster@{mta}>",
        "Échec de remise de votre message",
        "----=_Part_",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish relay: the customer's server greylists, delivery will be retried."""
    mta = "correo.redibericahosting.example"
    text = (
        f"Este es un mensaje generado automáticamente por el sistema de correo {mta}.\n\n"
        "Su mensaje todavía no se ha podido entregar al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "El servidor del destinatario ha rechazado la entrega de forma temporal:\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "No es necesario que haga nada. Seguiremos intentando la entrega durante los próximos 5 días. Si pasado ese plazo no se consigue, recibirá un aviso de error definitivo.\n\n"
        f"Asunto del mensaje: {b.subject}\n"
        f"Fecha del mensaje: {format_datetime(b.reminder_at)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        f"Sistema de entrega de correo <mailer-daemon@{mta}>",
        "Aviso: mensaje retrasado",
        "----=_Part_",
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: the customer's on-premises server cannot be reached."""
    msg = exchange_report(
        b,
        "Entrega retrasada: todavía no se ha podido entregar su mensaje.",
        [
            f"Todavía no se ha podido entregar el mensaje a {b.rcpt}.",
            "Seguiremos intentándolo durante las próximas 44 horas. No es necesario que haga nada; si no se consigue entregar, recibirá otro aviso.",
            "Información de diagnóstico para administradores",
        ],
        f"Servidor remoto: mail.{b.rcpt.split('@')[1]} — 451 4.4.7 Message delayed; the remote server did not respond.",
        "delayed",
        "451 4.4.7 Message delayed",
    )
    return finish(b, msg, exchange_sender(b), f"Entrega retrasada: {b.subject}", "_000_")


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: the domain is no longer served by the tenant."""
    domain = b.rcpt.split("@")[1]
    msg = exchange_report(
        b,
        "Uw bericht kan niet worden bezorgd.",
        [
            f"Het domein {domain} ontvangt via deze organisatie geen e-mail meer. Het domein is mogelijk opgeheven of naar een andere provider verhuisd.",
            "Wat moet ik doen?",
            "Neem op een andere manier contact op met de ontvanger en vraag naar het juiste e-mailadres.",
            "Meer informatie voor e-mailbeheerders",
        ],
        "De externe server heeft '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)' geretourneerd.",
        "failed",
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    )
    return finish(b, msg, exchange_sender(b), f"Onbestelbaar: {b.subject}", "_000_")


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's report: mailbox temporarily suspended, still retrying."""
    mta = "mx.postaveloce-it.example"
    text = (
        f"Questo è un messaggio automatico del server di posta {mta}.\n\n"
        f"Il tuo messaggio per {b.rcpt} non è stato ancora consegnato: la casella del destinatario risulta temporaneamente sospesa.\n\n"
        "Il server ritenterà la consegna per altri 4 giorni. Non è necessaria alcuna azione da parte tua.\n\n"
        f"Dettagli tecnici: 450 4.2.1 <{b.rcpt}>: mailbox temporarily disabled\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        status_part(b, mta, "delayed", "450 4.2.1 mailbox temporarily disabled"),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        f"Sistema di posta <mailer-daemon@{mta}>",
        "Avviso di ritardo nella consegna",
        "----=_Part_",
    )


def bounce_relay_it(b: Bounce) -> Message:
    """An Italian relay's plain delay notice: the customer's server does not answer."""
    domain = b.rcpt.split("@")[1]
    text = (
        "ATTENZIONE: questo è un messaggio automatico, non rispondere.\n\n"
        "Il messaggio che hai inviato non è ancora stato recapitato al destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        f"Motivo: il server di destinazione (mx.{domain}) non risponde.\n"
        "Stato: 4.4.1 (connessione scaduta)\n\n"
        "Il sistema continuerà a tentare la consegna per 72 ore. Se il messaggio non potrà essere consegnato entro questo termine, riceverai una notifica di mancato recapito.\n\n"
        f"Oggetto originale: {b.subject}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "qp"),
        "Postmaster <postmaster@relay.telecomit-mail.example>",
        "Messaggio non ancora recapitato",
        "----=_Part_",
    )


BOUNCES: list[Bounce] = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "office@ashcombeparishcouncil.example",
        "2031-05-13 08:51",
        "PIT-310417",
        "185.00",
        bounce_qmail,
        note="qmail notice, plain text with the full returned message; the parish clerk's mailbox is gone",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.7.1",
        "accounts@kingsgatedental.example",
        "2031-05-22 08:39",
        "PIT-310418",
        "1340.00",
        bounce_exim,
        note="Exim on a filtering relay; permanent policy rejection (only approved senders) → hard",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "hard",
        "5.1.2",
        "admin@thornburyscouts.example",
        "2031-06-02 08:20",
        "PIT-310419",
        "220.00",
        bounce_gmail_domain,
        note="Gmail report: the recipient's domain no longer exists (NXDOMAIN)",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "rechnungen@hausverwaltung-albrecht.example",
        "2031-05-14 09:33",
        "PIT-310420",
        "960.00",
        bounce_exchange_de,
        note="Exchange Online 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.2.2",
        "info@physiopraxis-sommer.example",
        "2031-05-20 13:10",
        "PIT-310421",
        "415.00",
        bounce_provider_de,
        lag=240,
        note="German hosting provider, RFC 3464 'delayed': mailbox full, still retrying",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "5.2.2",
        "comptabilite@pharmacie-dubois.example",
        "2031-05-27 09:41",
        "PIT-310423",
        "780.00",
        bounce_exchange_fr,
        note="full mailbox: soft although Exchange reports 5.2.2; the code is labelled as sent",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "hard",
        "5.1.1",
        "secretariat@mairie-saintvalery.example",
        "2031-06-04 09:28",
        "PIT-310424",
        "1260.00",
        bounce_provider_fr,
        note="provider notice, single part, 8-bit Latin-1, with the returned headers inline",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "soft",
        "4.7.1",
        "facturacion@academiaidiomasmundo.example",
        "2031-05-16 13:45",
        "PIT-310526",
        "540.00",
        bounce_provider_es,
        lag=240,
        note="greylisting: a temporary policy refusal, still retrying",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.7",
        "admin@clinicaveterinariasol.example",
        "2031-05-29 13:05",
        "PIT-310527",
        "890.00",
        bounce_exchange_es,
        lag=240,
        note="Exchange Online 'Entrega retrasada'",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "hard",
        "5.4.1",
        "administratie@bouwbedrijfdejong.example",
        "2031-05-19 09:24",
        "PIT-310528",
        "2150.00",
        bounce_exchange_nl,
        note="Exchange Online 'Onbestelbaar': the domain is no longer served",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "soft",
        "4.2.1",
        "contabilita@caseificiorossi.example",
        "2031-06-05 11:50",
        "PIT-310529",
        "670.00",
        bounce_provider_it,
        lag=180,
        note="provider report, RFC 3464 'delayed': mailbox temporarily suspended",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.4.1",
        "ufficio@studiodentisticogreco.example",
        "2031-05-23 15:12",
        "PIT-310530",
        "1120.00",
        bounce_relay_it,
        lag=360,
        note="relay's plain delay notice, no delivery-status part",
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message."""
    values: dict[str, object] = dict.fromkeys(FIELDS)
    values.update(dict(r.label.fields))
    return {
        "intent": r.intent,
        **values,
        "invoice_refs": list(r.label.refs),
        "language": r.lang,
        "note": r.label.note,
    }


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    values: dict[str, object] = dict.fromkeys(FIELDS)
    values.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    return {
        "intent": "bounce",
        **values,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


@dataclass(frozen=True)
class Item:
    """One corpus message: its key, its bytes, its label and the text its refs must come from."""

    key: str
    data: bytes
    label: dict[str, object]
    new_text: str


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [Item(r.key, serialize(build_reply(r)), reply_label(r), r.body) for r in REPLIES]
    items += [Item(b.key, serialize(b.build(b)), bounce_label(b), "") for b in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order by a seeded hash of the key, so a file name says nothing about the label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def check_parse(name: str, data: bytes) -> None:
    """Parse a file back with the default policy: headers decode, text decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as an EmailMessage")
    for required in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[required] is None:
            raise SystemExit(f"{name}: no {required} header")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: MIME defects {part.defects}")
        for header, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                raise SystemExit(f"{name}: defects in {header}: {defects}")
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: a {part.get_content_type()} part does not decode")


def iso_day(value: object, name: str, what: str) -> None:
    """A label date must be an ISO date."""
    if value is None:
        return
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise SystemExit(f"{name}: {what} is not an ISO date: {value!r}")
    date.fromisoformat(value)


def check_label(item: Item, name: str) -> None:
    """Check the shape of one label and its agreement with the message."""
    label = item.label
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    for key in FIELDS:
        if label[key] is not None and intent not in FIELD_OWNERS[key]:
            raise SystemExit(f"{name}: {key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        iso_day(label[key], name, key)
    amount = label["amount"]
    if amount is not None and not (isinstance(amount, str) and re.fullmatch(r"\d+\.\d{2}", amount)):
        raise SystemExit(f"{name}: bad amount {amount!r}")
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: bad currency")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or "@" not in contact
    ):
        raise SystemExit(f"{name}: bad new_contact {contact!r}")
    if intent == "bounce":
        if (
            label["bounce_kind"] not in {"hard", "soft"}
            or not label["failed_recipient"]
            or not label["bounce_status"]
        ):
            raise SystemExit(f"{name}: incomplete bounce label")
        if str(label["failed_recipient"]).encode() not in item.data.lower():
            raise SystemExit(f"{name}: failed recipient not in the report")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in refs:
        if not isinstance(ref, str) or not INVOICE_RE.match(ref):
            raise SystemExit(f"{name}: bad invoice ref {ref!r}")
        if ref[4:] not in item.new_text:
            raise SystemExit(f"{name}: {ref} is not written in the new text")
    if isinstance(contact, str) and contact not in item.new_text.lower():
        raise SystemExit(f"{name}: new_contact not written in the new text")


def check_replies() -> None:
    """Spec-level checks: dates in range, unique keys and reminder invoices, matching offsets."""
    keys = [r.key for r in REPLIES] + [b.key for b in BOUNCES]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        dupes = sorted(i for i, n in Counter(invoices).items() if n > 1)
        raise SystemExit(f"invoice numbers used twice: {dupes}")
    for r in REPLIES:
        if not FIRST_DAY <= r.sent.date() <= LAST_DAY:
            raise SystemExit(f"{r.key}: date out of range")
        if r.client not in CLIENTS or r.intent not in INTENTS or r.intent == "bounce":
            raise SystemExit(f"{r.key}: bad client or intent")
        if not INVOICE_RE.match(r.inv) or not re.fullmatch(r"\d+\.\d{2}", r.amount):
            raise SystemExit(f"{r.key}: bad invoice number or amount")
        if r.key.split("-")[1] != r.lang:
            raise SystemExit(f"{r.key}: key and language disagree")
    for b in BOUNCES:
        if not FIRST_DAY <= b.sent.date() <= LAST_DAY:
            raise SystemExit(f"{b.key}: date out of range")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages per intent and the agreed number per language."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    per_lang = Counter(str(x["language"]) for x in labels)
    if any(per_intent[i] != PER_INTENT for i in INTENTS) or len(labels) != PER_INTENT * len(
        INTENTS
    ):
        raise SystemExit(f"intent counts off: {dict(per_intent)}")
    if dict(per_lang) != LANG_TARGET:
        raise SystemExit(f"language counts off: {dict(per_lang)}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        raise SystemExit(f"bounces should be half hard, half soft: {dict(kinds)}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent-by-language count table, in Markdown."""
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


def coverage() -> Iterator[str]:
    """A few format counts, for the README."""
    clients = Counter(r.client for r in REPLIES)
    yield "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items()))
    charsets = Counter(r.charset for r in REPLIES)
    yield "charsets (replies): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items()))
    ctes = Counter("b64" if r.client == "android" else r.cte for r in REPLIES)
    yield "transfer encodings (replies): " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items()))
    heads = Counter(name for r in REPLIES for name, _ in r.headers)
    yield "extra headers: " + ", ".join(f"{k} {v}" for k, v in sorted(heads.items()))
    yield f"threaded replies: {sum(r.threaded for r in REPLIES)}"


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels in file order."""
    check_replies()
    items = file_order(all_items())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        check_parse(name, item.data)
        check_label(item, name)
        (HERE / name).write_bytes(item.data)
        row: dict[str, object] = {"file": name, **item.label}
        labels.append({key: row[key] for key in LABEL_ORDER})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in labels:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    if "--coverage" in sys.argv:
        for line in coverage():
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
