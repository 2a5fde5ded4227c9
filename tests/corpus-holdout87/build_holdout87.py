# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002, SIM102
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 87: `h87-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) a payment reminder sent by the receivables team of Parlance
Corporate Language Training. The new text of each message is written by hand below. This script
adds only what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. It writes next to
itself, deterministically, and checks every file by parsing it back.
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import NoReturn, cast

HERE = Path(__file__).resolve().parent
SEED = 87_2027_0927
PREFIX = "h87"
AR_NAME = "Parlance Receivables"
AR_ADDR = "receivables@parlance-training.example"
AR_DOMAIN = "parlance-training.example"
FIRST_DAY = date(2027, 9, 27)
LAST_DAY = date(2027, 10, 22)
UK_OFFSET = "+0100"  # British Summer Time lasts until 31 October 2027
CE_OFFSET = "+0200"  # central-European summer time, likewise
PARLANCE_TZ = timezone(timedelta(hours=1))  # the reminders leave the UK office
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
# The one language that has a single message for each intent (all others have two, English three).
SINGLE_LANG = {
    "payment_sent": "it",
    "promise_to_pay": "nl",
    "dispute": "es",
    "payment_plan": "fr",
    "invoice_request": "de",
    "wrong_contact": "it",
    "unsubscribe": "nl",
    "auto_reply": "es",
    "bounce": "fr",
    "other": "de",
}
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
INTENT_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "dispute": set(),
    "payment_plan": set(),
    "invoice_request": set(),
    "wrong_contact": {"new_contact"},
    "unsubscribe": set(),
    "auto_reply": {"return_date"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
    "other": set(),
}

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a reply)
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
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "lun mar mié jue vie sáb dom"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "ma di wo do vr za zo"),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
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
# Gmail web, UK/European locales.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}:{ss}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}:{ss}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}:{ss}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
}
# divider, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "Our records show that the invoice below is now past its due date and remains unpaid.\n\n"
        "    Invoice number:   {inv}\n    Invoice date:     {issued}\n    Due date:         {due}\n    Balance due:      {amt}\n\n"
        "If you have already made payment, thank you, and please accept our apologies for this reminder. If not, we would be grateful if you could arrange payment at your earliest convenience, or let us know if there is any query on the invoice.\n\n"
        "Kind regards,\n\nReceivables Team\nParlance Corporate Language Training\nreceivables@parlance-training.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen; das Zahlungsziel ist überschritten.\n\n"
        "    Rechnungsnummer:  {inv}\n    Rechnungsdatum:   {issued}\n    Fällig am:        {due}\n    Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, diese Erinnerung als gegenstandslos zu betrachten. Andernfalls bitten wir um Ausgleich des Betrags oder um eine kurze Nachricht, falls es Fragen zur Rechnung gibt.\n\n"
        "Freundliche Grüße\n\nTeam Debitorenbuchhaltung\nParlance Corporate Language Training"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée.\n\n"
        "    Facture n° :      {inv}\n    Date :            {issued}\n    Échéance :        {due}\n    Montant dû :      {amt}\n\n"
        "Si vous avez procédé au règlement entre-temps, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel. Dans le cas contraire, merci de bien vouloir effectuer le paiement dans les meilleurs délais ou de nous signaler toute question relative à cette facture.\n\n"
        "Bien cordialement,\n\nService Recouvrement\nParlance Corporate Language Training"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago.\n\n"
        "    N.º de factura:   {inv}\n    Fecha:            {issued}\n    Vencimiento:      {due}\n    Importe pendiente: {amt}\n\n"
        "Si ya ha efectuado el pago, le damos las gracias y le rogamos que disculpe este aviso. En caso contrario, le agradeceríamos que realizara el pago lo antes posible o que nos comunicara cualquier duda sobre la factura.\n\n"
        "Saludos cordiales,\n\nDepartamento de Cobros\nParlance Corporate Language Training"
    ),
    "nl": (
        "Geachte relatie,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betalingstermijn is verstreken.\n\n"
        "    Factuurnummer:    {inv}\n    Factuurdatum:     {issued}\n    Vervaldatum:      {due}\n    Openstaand:       {amt}\n\n"
        "Heeft u de betaling inmiddels gedaan, dan danken wij u daarvoor en kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag zo spoedig mogelijk over te maken of contact met ons op te nemen als u vragen heeft over de factuur.\n\n"
        "Met vriendelijke groet,\n\nAfdeling Debiteuren\nParlance Corporate Language Training"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre registrazioni risulta che la fattura indicata di seguito è scaduta e non ancora saldata.\n\n"
        "    Fattura n.:       {inv}\n    Data:             {issued}\n    Scadenza:         {due}\n    Importo dovuto:   {amt}\n\n"
        "Se avete già provveduto al pagamento, vi ringraziamo e vi preghiamo di considerare nullo il presente promemoria. In caso contrario, vi chiediamo di saldare l'importo al più presto o di segnalarci eventuali domande sulla fattura.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nParlance Corporate Language Training"
    ),
}
DATE_STYLE = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
DEFAULT_AMOUNT = {
    "en": "£1,480.00",
    "de": "1.890,00 €",
    "fr": "1\u00a0320,00 €",
    "es": "960,00 €",
    "nl": "€ 1.150,00",
    "it": "€ 1.240,00",
}
# What a Latin-1 client makes of characters it cannot send.
LATIN1_FIXES = {"–": "-", "—": "-", "€": "EUR", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message answering a reminder: who wrote it, when, how, and its labels.

    `style` names the client layout; `none` and `advice_html` are notices that quote nothing.
    `threaded` is False for notices that do not answer the reminder (AP payment advices).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The message's own date, in the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about (a stable made-up number unless given)."""
        if self.inv:
            return self.inv
        return made_up_invoice(self.key)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and small text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Everything a locale template may need to print `dt`."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wdl": DAYS[loc][0].split()[wd],
        "wds": DAYS[loc][1].split()[wd],
        "monl": MONTHS[loc][0].split()[mo],
        "mons": MONTHS[loc][1].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of `dt`."""
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key (ids, boundaries and file order all come from it)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


MADE_UP_INVOICES: dict[str, str] = {}


def made_up_invoice(key: str) -> str:
    """A stable, distinct invoice number for a reminder whose number nobody writes in the reply."""
    if not MADE_UP_INVOICES:
        keys = [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]
        for n, k in enumerate(sorted(keys, key=lambda k: digest(k, "invoice"))):
            MADE_UP_INVOICES[k] = f"PCT {270700 + 4 * n + digest(k, 'invoice')[0] % 4}"
    return MADE_UP_INVOICES[key]


def b32(key: str, salt: str, n: int) -> str:
    """A short base32 token derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_sent(reply: datetime) -> datetime:
    """Reminders go out on the working day before the reply, just after nine, sender's time."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=1 + day.day % 6, second=7 + day.day)


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<rem.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain"}:
        return f"<CAP{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if style in {"outlook", "outlook_html", "html_only", "android"}:
        return f"<{b32(key, 'ms', 26)}@{b32(key, 'host', 10)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:30]}@{domain}>"


def latin1_safe(text: str) -> str:
    """Text as a Latin-1 client would send it."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str, mark: str = ">") -> str:
    """Prefix every line with a quote mark."""
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text for HTML, one <br> per line break."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Escape text for HTML, one <p> per paragraph."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Text as Word-generated MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, mark: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space; `mark` is the quote prefix."""
    out = []
    lead = f"{mark} " if mark else ""
    for line in text.split("\n"):
        if not line.strip():
            out.append(mark)
            continue
        pieces = textwrap.wrap(
            line, width=width - len(lead), break_long_words=False, break_on_hyphens=False
        ) or [line]
        for n, piece in enumerate(pieces):
            if not mark and piece.startswith((" ", "From ", ">")):
                piece = " " + piece  # space-stuffing
            soft = " " if n < len(pieces) - 1 else ""
            out.append(f"{lead}{piece}{soft}")
    return "\n".join(out)


def unflow(text: str) -> str:
    """Undo `flowed` for the round-trip check."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.endswith(" ") and line.strip() and line != "-- ":
            carry += line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset carrying the transfer encoding the client would pick."""
    charset = cs.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises when the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
        enc = charset
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From value with the display name encoded as the client would."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
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
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX = {"gmail": "000000000000", "apple": "Apple-Mail=_", "iphone": "Apple-Mail-"}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        if style == "gmail":
            tail = digest(key, f"boundary{n}").hex()[:16]
        else:
            tail = b32(key, f"boundary{n}", 28)
        part.set_boundary(prefix + tail)


def finalize(msg: Message, key: str, style: str) -> Message:
    """Put headers in client order and fix MIME-Version placement and boundaries."""
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The subject line of the reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str, sent: datetime, key: str) -> str:
    """The reminder text with the invoice's own dates (due a week or two before the reminder)."""
    due = sent - timedelta(days=8 + digest(key, "due")[0] % 9)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=amt or DEFAULT_AMOUNT[lang],
        issued=issued.strftime(DATE_STYLE[lang]),
        due=due.strftime(DATE_STYLE[lang]),
    )


def original_reminder(lang: str, to: str, when: datetime, key: str, inv: str) -> Message:
    """The reminder as Parlance sent it (returned inside bounces)."""
    msg = text_part(reminder_body(lang, inv, "", when, key), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when.astimezone(PARLANCE_TZ))
    msg["Message-ID"] = reminder_msgid(key)
    content_headers_last(msg)
    return msg


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The reminder a reply answers, in the sender's language and charset."""
    sent = reminder_sent(r.dt)
    text = reminder_body(r.lang, r.invoice, r.amt, sent, r.key)
    subject = reminder_subject(r.lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    return Quote(text, subject, sent, r.lang, f"{name} <{addr}>" if name else addr)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote, sent_style: Mapping[str, str] = OUTLOOK_SENT) -> list[str]:
    """The From/Sent/To/Subject lines Outlook puts above quoted text."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(sent_style[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def alternative(r: Reply, text: str, markup: str) -> Message:
    """multipart/alternative with the plain and the HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message divider."""
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    values = [line.split(sep, 1)[1] for line in outlook_block(q)]
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip((frm, sent, to, subj), values, strict=True)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML as multipart/alternative."""
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook HTML sent without a plain-text part."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line in the sender's locale."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a gmail_quote blockquote."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode, with '>' quoting."""
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's locale."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on the Mac, plain text."""
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed with its short attribution line."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{flowed(attr)}\n{flowed(q.text, mark='>')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 text with CRLF line ends."""
    block = "\n".join(outlook_block(q, ANDROID_SENT))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}<https://aka.ms/AAb9ysg>\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text.replace("\n", "\r\n"), "plain", r.charset, "b64")


def style_none(r: Reply, q: Quote) -> Message:
    """An automatic notice: the text alone."""
    del q  # notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_advice_html(r: Reply, q: Quote) -> Message:
    """An HTML payment advice from the customer's AP system."""
    del q  # a payment advice generated by the customer's AP system
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "none": style_none,
    "advice_html": style_advice_html,
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{lang}"),
    ),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes (localised RE prefix unless given)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Outlook and Exchange add."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed when a file is attached."""
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
    """The complete message for one hand-written reply."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value.format(lang=CONTENT_LANGUAGE[r.lang]) if "{lang}" in value else value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

UK = UK_OFFSET
CE = CE_OFFSET
AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
PDF = (
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Helen Marsh", "helen@marshconsulting.example"),
        f"2027-10-05 19:42 {UK}",
        "iphone",
        "Paid.",
        lab(note="one-word reply to a reminder; no date given"),
        inv="PCT 270455",
        amt="£540.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Veldhoven Instruments AP", "ap-noreply@veldhoven-instruments.example"),
        f"2027-10-01 06:14 {CE}",
        "advice_html",
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n</head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<p><b>PAYMENT ADVICE</b></p>\n"
        "<p>Dear Supplier,</p>\n"
        "<p>Please be advised that the payment below has been released to your bank account. Allow up to two banking days for the funds to reach you.</p>\n"
        '<table border="0" cellpadding="2" cellspacing="0">\n'
        "<tr><td>Payer</td><td>Veldhoven Instruments B.V.</td></tr>\n"
        "<tr><td>Vendor number</td><td>104772</td></tr>\n"
        "<tr><td>Payment document</td><td>2000418876</td></tr>\n"
        "<tr><td>Payment date</td><td>30.09.2027</td></tr>\n"
        "<tr><td>Payment method</td><td>SEPA credit transfer</td></tr>\n"
        "</table>\n<br>\n"
        '<table border="1" cellpadding="3" cellspacing="0">\n'
        "<tr><th>Our document</th><th>Your invoice</th><th>Invoice date</th><th>Gross amount</th><th>Deduction</th><th>Paid</th></tr>\n"
        "<tr><td>5100032291</td><td>PCT 270512</td><td>16.08.2027</td><td>3,240.00 EUR</td><td>0.00</td><td>3,240.00 EUR</td></tr>\n"
        "<tr><td>5100032307</td><td>PCT 270530</td><td>23.08.2027</td><td>1,620.00 EUR</td><td>0.00</td><td>1,620.00 EUR</td></tr>\n"
        '<tr><td colspan="5"><b>Total</b></td><td><b>4,860.00 EUR</b></td></tr>\n'
        "</table>\n"
        "<p>This message was generated automatically – please do not reply to this address. Questions about this payment can be sent to ap.helpdesk@veldhoven-instruments.example quoting the payment document number.</p>\n"
        "<p>Veldhoven Instruments B.V. · Accounts Payable · Eindhoven</p>\n"
        "</body>\n</html>\n",
        lab(
            ("PCT 270512", "PCT 270530"),
            paid_date="2027-09-30",
            payment_reference="2000418876",
            amount="4860.00",
            currency="EUR",
            note="AP-system payment advice in English from a Dutch company (CEST), HTML only; the total of both invoices is the amount paid; the helpdesk address is not a new contact",
        ),
        subject="Payment Advice 2000418876 – Veldhoven Instruments B.V.",
        charset="windows-1252",
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth.pryce@morlandfreight.example"),
        f"2027-09-28 16:37 {UK}",
        "outlook_html",
        "Hi there,\n\nSorry, I've been meaning to reply to a couple of your emails for a while. First of all thank you to Anneliese for the Spanish group on Wednesdays – the team in the Bilbao office say the calls with the depot have got a lot easier, which was the whole point, so that's great. We'd like to keep the same slot after half-term if she can still do it, although two of the group are moving to nights in November so we may be down to four people, I'll confirm.\n\nOn the invoice, I chased this with our finance team last week and they tell me it went out on the 24th with the rest of the supplier payments, so you should have it by now. If it hasn't turned up let me know and I'll get them to send the remittance.\n\nAlso – could someone send me the dates for the autumn Business English assessment? Our new graduate intake start on 11 October and I'd like to get them booked in early.\n\nMany thanks,\nGareth\n\nGareth Pryce\nPeople Development Manager\nMorland Freight Ltd",
        lab(
            paid_date="2027-09-24",
            note="long message with the payment claim buried in the middle; 'went out on the 24th' is in the past, so Fri 24 Sep; the other questions are secondary",
        ),
        amt="£2,860.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "Kessler Antriebstechnik – Kreditorenbuchhaltung",
            "kreditoren@kessler-antriebstechnik.example",
        ),
        f"2027-09-30 10:12 {CE}",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung PCT 270488 über 2.150,00 € wurde von uns am 29.09.2027 per SEPA-Überweisung unter der Referenz KAT-ZV-0929-17 beglichen. Die Gutschrift auf Ihrem Konto sollte in den nächsten Tagen erfolgen.\n\nMit freundlichen Grüßen\ni. A. Sabine Roth\nKreditorenbuchhaltung\n\nKessler Antriebstechnik GmbH\nIndustriestraße 14\n73037 Göppingen",
        lab(
            ("PCT 270488",),
            paid_date="2027-09-29",
            payment_reference="KAT-ZV-0929-17",
            amount="2150.00",
            currency="EUR",
        ),
        inv="PCT 270488",
        amt="2.150,00 €",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Tobias Wendt", "t.wendt@wendt-architekten.example"),
        f"2027-10-14 18:05 {CE}",
        "android",
        "Erledigt.\n\nGruß T. Wendt",
        lab(note="one word ('done') in answer to a payment reminder, read as paid; no date"),
        amt="780,00 €",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        (
            "Communauté de communes du Val d'Orson – Service financier",
            "finances@cc-valdorson.example",
        ),
        f"2027-10-06 11:20 {CE}",
        "thunderbird",
        "Bonjour,\n\nNous accusons réception de votre relance concernant la facture PCT 270503 (formation en anglais des agents, session de printemps).\n\nLe mandat de paiement correspondant (n° 2027-1184) a été émis par nos services le 30 septembre et transmis au service de gestion comptable. Le virement est effectué par le comptable public ; selon les délais habituels, les fonds devraient vous parvenir sous une dizaine de jours.\n\nNous vous remercions de votre patience.\n\nCordialement,\n\nNathalie Brun\nService financier\nCommunauté de communes du Val d'Orson",
        lab(
            ("PCT 270503",),
            paid_date="2027-09-30",
            payment_reference="2027-1184",
            note="public body: the payment mandate was issued on 30 Sep and the public accountant executes it; out of the customer's hands, so paid; the mandate number is the reference",
        ),
        inv="PCT 270503",
        amt="4\u00a0200,00 €",
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "k.benali@benali-avocats.example"),
        f"2027-10-19 08:57 {CE}",
        "iphone",
        "Virement fait ce matin.\nCdt\nKB",
        lab(paid_date="2027-10-19", note="mobile brevity; 'ce matin' is the message date"),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lferrer@ferrerycanals.example"),
        f"2027-10-07 13:26 {CE}",
        "gmail",
        "Buenos días:\n\nOs adjunto el justificante de la transferencia que hicimos ayer por importe de 1.275,00 €, correspondiente a la factura PCT 270566 (curso de inglés jurídico, segundo trimestre).\n\nDisculpad el retraso, la factura se había quedado en la bandeja de un compañero que estaba de vacaciones.\n\nUn saludo,\n\nLucía Ferrer\nAdministración\nFerrer & Canals Abogados",
        lab(
            ("PCT 270566",),
            paid_date="2027-10-06",
            amount="1275.00",
            currency="EUR",
            note="proof of transfer attached as a PDF; 'ayer' is the day before Thu 7 Oct",
        ),
        inv="PCT 270566",
        amt="1.275,00 €",
        attach=("Justificante_transferencia_PCT270566.pdf", PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jorge Ramos", "jorge.ramos.ibarra@gmail.com"),
        f"2027-10-07 22:14 {CE}",
        "gmail_plain",
        "ya esta pagado lo hicimos el lunes x transferencia no se pq os sale pendiente mirarlo porfa\n\nsaludos jorge",
        lab(
            paid_date="2027-10-04",
            note="no punctuation or accents, abbreviations; 'el lunes' in the past is Mon 4 Oct",
        ),
        amt="390,00 €",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        (
            "Gemeente Hoeksewaard - Crediteurenadministratie",
            "noreply-crediteuren@hoeksewaard.example",
        ),
        f"2027-10-12 05:31 {CE}",
        "none",
        "BETALINGSSPECIFICATIE\n\nGeachte leverancier,\n\nHierbij ontvangt u de specificatie van de betaling die vandaag aan u is overgemaakt.\n\nCrediteurnummer   : 300871\nBetaaldatum       : 12-10-2027\nBetalingskenmerk  : 5000 1127 4482 0913\n\nFactuurnummer     Factuurdatum    Bedrag\nPCT 270601        30-08-2027      EUR  2.460,00\nPCT 270615        06-09-2027      EUR    615,00\n                                  --------------\nTotaal betaald                    EUR  3.075,00\n\nDit bericht is automatisch aangemaakt en kan niet worden beantwoord. Vragen over deze betaling kunt u stellen via crediteuren@hoeksewaard.example onder vermelding van uw crediteurnummer.\n\nGemeente Hoeksewaard\nTeam Financiën",
        lab(
            ("PCT 270601", "PCT 270615"),
            paid_date="2027-10-12",
            payment_reference="5000 1127 4482 0913",
            amount="3075.00",
            currency="EUR",
            note="payment specification from a municipality's system, with Auto-Submitted: a payment advice, not an auto-reply; the total is the amount paid",
        ),
        subject="Betalingsspecificatie 300871 - 12-10-2027",
        charset="iso-8859-1",
        headers=(AUTO_GEN,),
        threaded=False,
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Sanne de Groot", "sanne@degrootcommunicatie.example"),
        f"2027-10-13 09:48 {CE}",
        "apple",
        "Hoi,\n\nDie is vorige week vrijdag al overgemaakt hoor, zou er nu wel moeten zijn. Kun je me de factuur nog een keer mailen? Mijn boekhouder mist hem in de administratie en ik kan hem zelf nergens meer vinden.\n\nGroetjes,\nSanne",
        lab(
            paid_date="2027-10-08",
            note="paid plus a request for a copy for the bookkeeper: the payment claim wins; 'vorige week vrijdag' from Wed 13 Oct is Fri 8 Oct",
        ),
        amt="€ 465,00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Ceramiche Borsari S.p.A. - Amministrazione", "amministrazione@ceramicheborsari.example"),
        f"2027-10-06 15:03 {CE}",
        "outlook",
        "Spett.le Parlance,\n\nin riferimento al Vostro sollecito, Vi comunichiamo che in data 05/10/2027 abbiamo disposto a Vostro favore bonifico SEPA di EUR 3.480,00 a saldo della fattura PCT 270539 (CRO 0306 9123 4567 8123).\n\nRestiamo a disposizione per eventuali chiarimenti.\n\nDistinti saluti\n\nUfficio Amministrazione\nCeramiche Borsari S.p.A.\nVia dell'Artigianato 22 - 41049 Sassuolo (MO)",
        lab(
            ("PCT 270539",),
            paid_date="2027-10-05",
            payment_reference="0306 9123 4567 8123",
            amount="3480.00",
            currency="EUR",
        ),
        inv="PCT 270539",
        amt="€ 3.480,00",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Harland & Pike plc – Accounts Payable", "ap@harlandpike.example"),
        f"2027-10-12 11:05 {UK}",
        "outlook",
        "Hello,\n\nThank you for your email. Invoice PCT 270592 has now been approved by the budget holder and has been scheduled for payment in Friday's BACS run. Please allow three working days for the funds to clear.\n\nRegards,\n\nDanielle Cooper\nAccounts Payable\nHarland & Pike plc",
        lab(
            ("PCT 270592",),
            promised_date="2027-10-15",
            note="'has been scheduled' is past tense but the payment goes out in Friday's run: Fri 15 Oct",
        ),
        inv="PCT 270592",
        amt="£3,150.00",
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Rob Tennant", "robtennant.design@gmail.com"),
        f"2027-10-08 17:51 {UK}",
        "gmail_plain",
        "Hi,\n\nNo not paid yet sorry, I'm waiting on a couple of clients who are even slower than me! It'll be next Thursday at the latest.\n\nRob",
        lab(
            promised_date="2027-10-14",
            note="'not paid yet' plus a date; written on a Friday, so 'next Thursday' is Thu 14 Oct",
        ),
        amt="£320.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Priya Raman", "priya.raman@fennickcivil.example"),
        f"2027-10-13 17:22 {UK}",
        "outlook_html",
        "Hi,\n\nJust a quick one before I disappear – I'm out of the office from tomorrow until the 25th. I didn't want this sitting in my inbox while I'm away, so I've set it up in the bank as a scheduled payment for the 15th. It'll come through as FENNICK CIVIL LTD.\n\nThanks for your patience,\nPriya",
        lab(
            promised_date="2027-10-15",
            note="written by a person although the subject says out of office; a scheduled future payment is a promise (Fri 15 Oct)",
        ),
        subject="Out of office from tomorrow – RE: {rsub}",
        amt="£1,920.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Jürgen Hallmann", "j.hallmann@hallmann-logistik.example"),
        f"2027-10-06 08:41 {CE}",
        "outlook_html",
        "Guten Morgen,\n\ndanke für die Erinnerung. Die Rechnung ist bei uns freigegeben, geht aber erst mit dem Zahllauf in KW 41 raus - wir zahlen nur noch einmal pro Woche, immer montags.\n\nViele Grüße\nJürgen Hallmann\nHallmann Logistik GmbH & Co. KG",
        lab(
            promised_date="2027-10-11",
            note="'KW 41' with weekly runs on Mondays: Mon 11 Oct (the message is from KW 40)",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Stadt Lindenau – Kämmerei", "kaemmerei@stadt-lindenau.example"),
        f"2027-09-29 14:10 {CE}",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nzu Ihrer Zahlungserinnerung vom 28.09.2027 teilen wir Ihnen mit, dass sich die Rechnung PCT 270471 (Sprachkurs Englisch für Mitarbeitende des Bürgeramts) derzeit im Anordnungsverfahren befindet. Nach sachlicher und rechnerischer Prüfung wird die Zahlung voraussichtlich bis zum 20.10.2027 angewiesen.\n\nWir bitten um Verständnis, dass Zahlungen im öffentlichen Bereich mehrere Freigabestufen durchlaufen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Ziegler\nStadt Lindenau – Kämmerei / Stadtkasse",
        lab(
            ("PCT 270471",),
            promised_date="2027-10-20",
            note="very formal public-sector reply; 'voraussichtlich bis zum 20.10.' is the promised date",
        ),
        inv="PCT 270471",
        amt="3.640,00 €",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Maison Delorme - Comptabilité fournisseurs", "compta.fournisseurs@maisondelorme.example"),
        f"2027-10-14 10:30 {CE}",
        "outlook",
        "Bonjour,\n\nVotre facture PCT 270584 est bien enregistrée chez nous. Elle sera réglée par virement fin de mois, avec notre échéance fournisseurs habituelle.\n\nBien cordialement,\n\nÉmilie Garnier\nComptabilité fournisseurs\nMaison Delorme SAS",
        lab(
            ("PCT 270584",), promised_date="2027-10-31", note="'fin de mois' → last day of October"
        ),
        inv="PCT 270584",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Olivier Marchand", "olivier.marchand@atelier-marchand.example"),
        f"2027-10-08 12:02 {CE}",
        "gmail",
        "Bonjour,\n\nC'est bon, j'ai validé le virement ce matin dans l'appli de la banque, mais il est programmé pour le 15 (date de notre rentrée de trésorerie). Vous l'aurez donc la semaine prochaine.\n\nBonne journée,\nOlivier",
        lab(
            promised_date="2027-10-15",
            note="'j'ai validé' is past tense, but the transfer is scheduled for the 15th: a promise, not a payment sent",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Gil", "marta.gil@gilinteriorismo.example"),
        f"2027-10-05 20:16 {CE}",
        "iphone",
        "Hola! Lo tengo apuntado, lo pago a finales de mes sin falta. Perdona!!\n\nMarta",
        lab(promised_date="2027-10-31", note="'a finales de mes' → last day of October"),
        cte="8bit",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Transportes Olano – Administración", "administracion@transportesolano.example"),
        f"2027-10-06 12:40 {CE}",
        "outlook",
        "Buenos días,\n\nLes informamos de que la factura PCT 270559 está incluida en nuestra próxima remesa de pagos, que se emite el día 20 de cada mes.\n\nUn saludo,\n\nItziar Olano\nAdministración\nTransportes Olano S.L.",
        lab(
            ("PCT 270559",),
            promised_date="2027-10-20",
            note="the next monthly run on the 20th: Wed 20 Oct",
        ),
        inv="PCT 270559",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Joost Verhoeven", "joost@verhoevenbouwadvies.example"),
        f"2027-10-05 00:37 {CE}",
        "gmail_plain",
        "Goedenavond,\n\nExcuses, deze was ik helemaal vergeten. Ik zit deze week op een bouwplaats in Duitsland en kan daar niet bij de zakelijke rekening, maar over twee weken maak ik het volledige bedrag over.\n\nMet vriendelijke groet,\nJoost Verhoeven",
        lab(
            promised_date="2027-10-19",
            note="sent just after midnight on Tue 5 Oct local time (still Mon 4 Oct in UTC); two weeks from 5 Oct",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Rinaldi", "f.rinaldi@studiorinaldi-commercialisti.example"),
        f"2027-10-11 13:15 {CE}",
        "android",
        "Buongiorno, scusate il ritardo. Provvediamo al pagamento entro fine mese.\n\nFrancesca Rinaldi",
        lab(promised_date="2027-10-31", note="'entro fine mese' → last day of October"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Matteo Colombo", "matteo.colombo@colombotessuti.example"),
        f"2027-10-07 09:20 {CE}",
        "apple",
        "Buongiorno,\n\nla fattura è in pagamento con la distinta del 22/10, insieme agli altri fornitori di ottobre. Vi arriverà qualche giorno dopo per i tempi della banca.\n\nSaluti,\nMatteo Colombo\nColombo Tessuti Srl",
        lab(promised_date="2027-10-22", note="'22/10' in Italian day/month order"),
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        "dispute",
        "en",
        ("Fiona Mackay", "fiona.mackay@strathmoreenergy.example"),
        f"2027-10-04 14:48 {UK}",
        "outlook_html",
        "Hello,\n\nWe've paid for the six sessions that actually took place – that went through last Thursday. The remaining four on PCT 270517 were cancelled from your side (the trainer was ill twice, and then the online platform didn't work on the 9th and the 16th), so we won't be paying for those. Please issue a credit note for the four sessions and the account will be square.\n\nFiona Mackay\nLearning & Development Manager\nStrathmore Energy Services",
        lab(
            ("PCT 270517",),
            note="part paid, the rest contested: dispute wins over the payment claim",
        ),
        inv="PCT 270517",
        amt="£2,400.00",
    ),
    Reply(
        "dp-en-2",
        "dispute",
        "en",
        ("Andrew Coles", "andrew@colesandbarnard.example"),
        f"2027-09-29 10:03 {UK}",
        "gmail",
        "Hi,\n\nWe have NOT paid this and we're not going to until it's corrected. It includes the exam fees for Tomasz and Ana, who both withdrew back in August – your office confirmed by email on 12 August that those fees would be taken off. So the £390 for the two of them shouldn't be on here at all.\n\nSend me a corrected invoice for the course fees only and I'll pay that straight away.\n\nAndrew",
        lab(
            note="negated payment with the reason; the corrected-invoice request and the conditional payment are secondary to the contested amount"
        ),
        amt="£2,340.00",
    ),
    Reply(
        "dp-en-3",
        "dispute",
        "en",
        ("Dr Katherine Lowe", "k.lowe@brightwaterpharma.example"),
        f"2027-10-20 16:10 {UK}",
        "apple",
        "Dear Parlance team,\n\nI'm afraid we won't be settling invoice PCT 270625 in its current form. The German and Polish translations of our GMP training modules were delivered late, and the Polish version in particular had to be substantially reworked by our own site staff in Wrocław before it could be used – around two days of their time. I raised this with your project manager on 29 September and haven't had a response.\n\nI'm happy to discuss a reduced fee, but until then please treat the invoice as disputed.\n\nKind regards,\nKatherine Lowe\nHead of Quality Training, Brightwater Pharma",
        lab(("PCT 270625",), note="quality complaint about translated training material"),
        inv="PCT 270625",
        amt="£6,875.00",
    ),
    Reply(
        "dp-de-1",
        "dispute",
        "de",
        ("Monika Schreiber", "m.schreiber@schreiber-partner-stb.example"),
        f"2027-10-01 09:55 {CE}",
        "outlook",
        "Guten Tag,\n\ndie Rechnung PCT 270577 ist aus unserer Sicht doppelt. Es handelt sich um dieselben zehn Einzelstunden Business English (Juli/August), die Sie bereits mit PCT 270541 berechnet haben - und die haben wir am 02.09. bezahlt.\n\nBitte prüfen Sie das und stornieren Sie die zweite Rechnung.\n\nMit freundlichen Grüßen\nMonika Schreiber\nSchreiber & Partner Steuerberatungsgesellschaft mbH",
        lab(
            ("PCT 270577", "PCT 270541"),
            note="duplicate billing; the payment mentioned is of the first invoice, not of this one",
        ),
        inv="PCT 270577",
        amt="950,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "dp-de-2",
        "dispute",
        "de",
        ("Lars Petersen", "lars.petersen@nordlicht-software.example"),
        f"2027-10-18 15:27 {CE}",
        "gmail_plain",
        "Hallo,\n\nmit dem Betrag bin ich nicht einverstanden. Laut Angebot vom Juni sind 78 € pro Unterrichtseinheit vereinbart, auf der Rechnung stehen 92 €. Bei 24 UE macht das 336 € Unterschied.\n\nSchicken Sie mir bitte eine korrigierte Rechnung, dann zahle ich sofort.\n\nGruß\nLars Petersen",
        lab(
            note="price differs from the quote; the correction request and the conditional payment are secondary"
        ),
        amt="2.208,00 €",
    ),
    Reply(
        "dp-fr-1",
        "dispute",
        "fr",
        ("Claire Dubois-Martin", "c.duboismartin@groupe-alcyon.example"),
        f"2027-10-05 11:38 {CE}",
        "outlook_html",
        "Bonjour,\n\nNous ne pouvons pas régler la facture PCT 270548 en l'état. La formatrice ne s'est pas présentée aux séances du 14 et du 21 septembre, et aucune séance de remplacement ne nous a été proposée. Ces deux séances figurent pourtant sur la facture.\n\nMerci de nous adresser un avoir ou une facture rectifiée.\n\nCordialement,\n\nClaire Dubois-Martin\nResponsable formation – Groupe Alcyon",
        lab(("PCT 270548",), note="sessions invoiced that never took place"),
        inv="PCT 270548",
    ),
    Reply(
        "dp-fr-2",
        "dispute",
        "fr",
        ("Bertrand Lefèvre", "b.lefevre@lefevre-immobilier.example"),
        f"2027-10-15 17:45 {CE}",
        "thunderbird",
        "Bonjour,\n\nJe ne comprends pas ces « frais d'annulation » de 450 €. Nous avons annulé la session intensive du 4 octobre par mail le 13 septembre, soit bien plus de 15 jours avant, comme le prévoient vos conditions générales. Je conteste donc cette facture dans sa totalité.\n\nBertrand Lefèvre\nLefèvre Immobilier",
        lab(note="cancellation fee contested under the terms and conditions"),
        amt="450,00 €",
        cte="8bit",
    ),
    Reply(
        "dp-es-1",
        "dispute",
        "es",
        ("Raúl Méndez", "raul.mendez@clinicamendez.example"),
        f"2027-10-13 19:03 {CE}",
        "iphone",
        "No la hemos pagado porque la factura cobra 20 horas y solo se han dado 14, las otras se cancelaron por vuestra parte. Mandad una factura con lo que es y la pagamos.\n\nRaúl",
        lab(note="negated payment with the reason; payment only of a corrected invoice"),
        amt="1.100,00 €",
    ),
    Reply(
        "dp-nl-1",
        "dispute",
        "nl",
        ("Ingrid Bakker", "i.bakker@bakkertechniek.example"),
        f"2027-09-30 13:20 {CE}",
        "outlook",
        "Goedemiddag,\n\nWij zijn het niet eens met factuur PCT 270522. De vertaling van onze veiligheidsinstructies is gefactureerd op 14.800 woorden, terwijl het brondocument volgens onze telling 9.600 woorden bevat. Het lijkt erop dat herhalingen en de inhoudsopgave volledig zijn meegeteld, terwijl in de offerte een korting op herhalingen was afgesproken.\n\nGraag ontvangen wij een gecorrigeerde factuur op basis van het reële aantal woorden. Tot die tijd houden wij de betaling aan.\n\nMet vriendelijke groet,\n\nIngrid Bakker\nInkoop\nBakker Techniek B.V.",
        lab(("PCT 270522",), note="word count of a translation contested; payment withheld"),
        inv="PCT 270522",
        amt="€ 2.072,00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "dp-nl-2",
        "dispute",
        "nl",
        ("Mark de Vries", "mark.devries@vriesmedia.example"),
        f"2027-10-21 08:12 {CE}",
        "gmail_plain",
        "Deze factuur klopt niet. De cursus is nooit begonnen, we hebben in juli al afgezegd. Graag crediteren.\n\nMark",
        lab(note="short; course cancelled before it started"),
    ),
    Reply(
        "dp-it-1",
        "dispute",
        "it",
        ("Giulia Ferraris", "g.ferraris@ferrarisimpianti.example"),
        f"2027-10-08 10:47 {CE}",
        "outlook_html",
        "Buongiorno,\n\nla fattura PCT 270611 l'abbiamo saldata la settimana scorsa. La PCT 270618 invece non è corretta: riporta la tariffa del corso individuale, ma le lezioni sono state di gruppo (4 partecipanti), come da vostro preventivo n. 118/2027. Vi chiediamo di emettere una nota di credito e una nuova fattura con la tariffa concordata.\n\nCordiali saluti,\nGiulia Ferraris\nUfficio Personale – Ferraris Impianti S.r.l.",
        lab(
            ("PCT 270611", "PCT 270618"),
            note="one invoice paid, the other contested: dispute wins for the contested one",
        ),
        inv="PCT 270618",
    ),
    Reply(
        "dp-it-2",
        "dispute",
        "it",
        ("Silvia Marchetti", "silvia.marchetti@hotelvillaclelia.example"),
        f"2027-10-19 15:55 {CE}",
        "apple",
        "Buongiorno,\n\nscusate se rispondo solo adesso ma questo mese è stato un delirio, abbiamo avuto due matrimoni, un congresso e mezzo staff in ferie. Volevo intanto dirvi che il corso di tedesco per la reception è piaciuto moltissimo, soprattutto le simulazioni al telefono, e che la direttrice vorrebbe ripeterlo in primavera anche per il personale di sala, magari di pomeriggio perché la mattina per noi è impossibile.\n\nPer quanto riguarda la fattura invece c'è un problema: riporta 30 ore, ma il contratto che abbiamo firmato a giugno era per 24 ore, e i fogli presenze firmati dai ragazzi confermano 24. Non so se avete conteggiato anche le ore di preparazione del docente, ma quelle non erano previste. Finché non si chiarisce non posso farla pagare.\n\nFatemi sapere, e grazie ancora per il corso!\n\nSilvia Marchetti\nUfficio Personale\nHotel Villa Clelia",
        lab(
            note="long message with the dispute in the middle; the praise and the interest in a new course are secondary"
        ),
        amt="€ 1.650,00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Dawn Richards", "dawnrichards.hair@gmail.com"),
        f"2027-10-11 21:30 {UK}",
        "gmail",
        "Hi,\n\nI know this is overdue and I'm really sorry. Things have been very tight since the salon flooded in the summer and the insurance still hasn't paid out. Would it be ok if I paid £80 a month until it's cleared? I can set up a standing order from the 1st of November.\n\nThanks for understanding,\nDawn",
        lab(note="hardship plus monthly instalments; plan amounts and dates are not labelled"),
        amt="£480.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Mike O'Neill", "treasurer@riversidecarers.example"),
        f"2027-09-27 15:02 {UK}",
        "outlook",
        "Hello,\n\nI've paid £600 today, which is half of the invoice. Our next grant instalment from the council is due in November and I'll pay the balance as soon as it lands – I hope that's acceptable.\n\nBest wishes,\n\nMike O'Neill\nTreasurer (volunteer)\nRiverside Carers Trust",
        lab(note="half paid today, the rest later: payment_plan, not payment_sent"),
        amt="£1,200.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Sam Okoro", "sam@okorodesignstudio.example"),
        f"2027-10-18 08:05 {UK}",
        "iphone",
        "Hi, any chance of another 30 days on this? Our biggest client is paying us late and it's knocked everything back. Won't happen again.\nSam",
        lab(note="more time requested → payment_plan"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Dr. Henrike Vogel", "vogel@zahnarztpraxis-vogel.example"),
        f"2027-10-07 18:20 {CE}",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nbezüglich der offenen Rechnung PCT 270569 möchte ich Sie um eine Ratenzahlung bitten. Durch den Umbau der Praxis ist unsere Liquidität in diesem Quartal sehr angespannt. Ich schlage drei Monatsraten zu je 420,00 € vor, beginnend zum 01.11.2027.\n\nFür eine kurze Bestätigung wäre ich Ihnen dankbar.\n\nMit freundlichen Grüßen\nDr. Henrike Vogel\nZahnarztpraxis Dr. Vogel",
        lab(("PCT 270569",), note="formal request for three monthly instalments"),
        inv="PCT 270569",
        amt="1.260,00 €",
        charset="windows-1252",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Felix Brandt", "felix@brandt-eventtechnik.example"),
        f"2027-10-20 12:12 {CE}",
        "apple",
        "Hallo zusammen,\n\ngeht es, wenn ich diese Woche die Hälfte überweise und den Rest in KW 44? Wir warten noch auf das Geld von einem großen Messekunden.\n\nDanke & Gruß\nFelix",
        lab(note="half now, the rest in week 44: a plan, so no dates are labelled"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sandrine Morel", "sandrine.morel74@hotmail.fr"),
        f"2027-10-01 11:11 {CE}",
        "gmail_plain",
        "Bonjour,\n\nJe suis auto-entrepreneuse et j'ai eu un été très compliqué côté activité. Serait-il possible de régler cette facture en 3 fois, fin octobre, fin novembre et fin décembre ? Je peux faire le premier virement dès le 29.\n\nMerci d'avance,\nSandrine Morel",
        lab(note="three instalments proposed by a sole trader on a free-mail address"),
        amt="720,00 €",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Pilar Sánchez", "psanchez@academiaorion.example"),
        f"2027-10-04 10:26 {CE}",
        "outlook",
        "Buenos días,\n\nLes escribo en relación con la factura PCT 270551. ¿Sería posible fraccionar el importe en tres pagos mensuales? Este trimestre hemos tenido varios impagos de alumnos y vamos justos de tesorería.\n\nQuedo a la espera de su respuesta.\n\nAtentamente,\n\nPilar Sánchez\nGerente\nAcademia Orión",
        lab(("PCT 270551",)),
        inv="PCT 270551",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Diego Navarro", "diego@navarrofotografia.example"),
        f"2027-10-14 09:42 {CE}",
        "android",
        "Buenas, hoy os hago la mitad y el resto a finales de mes, si os parece bien. Es que este mes voy un poco justo.\n\nDiego",
        lab(note="half today, the rest at the end of the month → payment_plan"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wilma Jansen", "w.jansen@kinderopvangjansen.example"),
        f"2027-10-12 14:33 {CE}",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nDoor een tegenvallende bezetting na de zomer hebben wij op dit moment onvoldoende ruimte om factuur PCT 270596 in één keer te voldoen. Wij willen u daarom voorstellen een betalingsregeling te treffen in vier maandelijkse termijnen, te beginnen op 1 november.\n\nWij horen graag of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\n\nWilma Jansen\nDirecteur\nKinderopvang Jansen",
        lab(("PCT 270596",)),
        inv="PCT 270596",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Pieter Smit", "pieter@smit-hoveniers.example"),
        f"2027-10-19 16:40 {CE}",
        "thunderbird",
        "Hallo,\n\nZou ik voor deze factuur zes weken uitstel kunnen krijgen? We hebben een rustige periode gehad en ik wil eerst de lonen van de jongens betalen. Half november is het geen probleem meer.\n\nGroet,\nPieter Smit\nSmit Hoveniers",
        lab(note="postponement requested; 'half november' is part of the request, not a promise"),
        cte="8bit",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Roberto Galli", "r.galli@gallitrasporti.example"),
        f"2027-09-28 11:50 {CE}",
        "outlook",
        "Spett.le Parlance Corporate Language Training,\n\nin merito alla fattura PCT 270498 Vi chiediamo cortesemente la possibilità di una rateizzazione in quattro rate mensili, a partire dal mese di ottobre. Il periodo estivo ha inciso in modo significativo sulla nostra liquidità.\n\nIn attesa di un Vostro cortese riscontro, porgiamo distinti saluti.\n\nRoberto Galli\nAmministratore\nGalli Trasporti S.r.l.",
        lab(("PCT 270498",)),
        inv="PCT 270498",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Bellini", "chiara.bellini.arch@libero.it"),
        f"2027-10-15 18:38 {CE}",
        "iphone",
        "Ciao, vi mando metà adesso e l'altra metà entro fine novembre, va bene? Ho avuto un paio di spese impreviste questo mese. Grazie della pazienza\nChiara",
        lab(note="half now and half by the end of November → payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Castlegate Retail Group – Purchase to Pay", "p2p.invoices@castlegateretail.example"),
        f"2027-10-05 09:36 {UK}",
        "outlook_html",
        "Good morning,\n\nWe are unable to process invoice PCT 270538 as it does not quote a valid purchase order number. All supplier invoices must show the PO on the face of the invoice to be matched in our system.\n\nOnce you send a revised invoice quoting PO 4500231177 we will pay it in the next available run.\n\nKind regards,\n\nTom Whitfield\nPurchase to Pay Team\nCastlegate Retail Group",
        lab(
            ("PCT 270538",),
            note="conditional payment: needs a reissued invoice with the PO; nothing contested",
        ),
        inv="PCT 270538",
        amt="£4,125.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        (
            "Kingsbridge Borough Council - Supplier Maintenance",
            "supplier.maintenance@kingsbridge-council.example",
        ),
        f"2027-10-14 14:02 {UK}",
        "outlook",
        "Dear Supplier,\n\nWe have received your reminder, however we are unable to release payment until your supplier record has been set up. Please download the New Supplier Form from the Doing Business With Us page of our website and return it together with your bank details on company letterhead, signed by a director. For security reasons we cannot accept bank details in the body of an email.\n\nOnce the form has been processed, outstanding invoices will be paid in line with our 30-day payment terms.\n\nRegards,\n\nSupplier Maintenance Team\nFinance & Procurement\nKingsbridge Borough Council",
        lab(
            note="public body needs a supplier form and bank details on letterhead before it can pay"
        ),
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Jamie Fletcher", "jamie.fletcher@fletcherfitness.example"),
        f"2027-10-09 11:14 {UK}",
        "iphone",
        "sorry which course is this for i dont recognise the invoice number can you send it over again",
        lab(note="asks what it is for and for the invoice; no punctuation, sent on a Saturday"),
        amt="£275.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Brenner Medizintechnik Rechnungseingang", "rechnungseingang@brenner-medtech.example"),
        f"2027-10-08 07:58 {CE}",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung PCT 270574 kann von uns in der vorliegenden Form nicht verbucht werden, da der Leistungszeitraum und unsere Bestellnummer fehlen. Bitte senden Sie uns eine korrigierte Rechnung mit Leistungszeitraum (September 2027) und Bestellnummer BM-2027-0883 an diese Adresse.\n\nNach Eingang wird die Rechnung umgehend zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nBrenner Medizintechnik GmbH",
        lab(
            ("PCT 270574",),
            note="reissue with the service period and order number; amount not contested",
        ),
        inv="PCT 270574",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        (
            "Centre hospitalier de Valmont – Service fournisseurs",
            "daf.fournisseurs@ch-valmont.example",
        ),
        f"2027-10-12 15:20 {CE}",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance. Cependant, la facture PCT 270588 ne nous a pas été transmise par le portail Chorus Pro, seul canal accepté pour la facturation des établissements publics. Les factures envoyées par courriel ne peuvent pas être mises en paiement.\n\nNous vous invitons à déposer la facture sur Chorus Pro en indiquant le numéro d'engagement juridique 2027-EJ-004412 ; le délai de paiement courra à compter de son dépôt.\n\nCordialement,\n\nService fournisseurs\nDirection des affaires financières\nCentre hospitalier de Valmont",
        lab(
            ("PCT 270588",),
            note="public hospital needs the invoice on its e-invoicing portal before paying",
        ),
        inv="PCT 270588",
        amt="6\u00a0480,00 €",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Julien Perrot", "julien.perrot@perrot-menuiserie.example"),
        f"2027-09-30 07:44 {CE}",
        "iphone",
        "Bonjour, je n'ai jamais reçu cette facture. Vous pouvez me la renvoyer svp ? Merci\nJulien Perrot",
        lab(note="invoice never received"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Vidal", "nvidal@castroyasociados.example"),
        f"2027-10-13 11:09 {CE}",
        "gmail",
        "Hola:\n\nPara poder pagarla necesitamos que la factura esté a nombre de la sociedad (Castro y Asociados Consultores, S.L., CIF B98765432) y no a nombre de Elena Castro, que es quien hizo el curso. Si nos la reenviáis corregida, la pasamos al pago esta misma semana.\n\nGracias,\n\nNuria Vidal\nAdministración\nCastro y Asociados",
        lab(note="reissue to the company with its tax number; the payment is conditional on it"),
        cte="b64",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Grupo Hotelero Mirasol – Proveedores", "proveedores@grupomirasol.example"),
        f"2027-10-19 12:55 {CE}",
        "outlook",
        "Buenos días:\n\nPara dar de alta su cuenta bancaria en nuestro sistema y poder abonar la factura PCT 270631 necesitamos que nos remitan un certificado de titularidad bancaria emitido por su entidad, junto con el formulario de alta de proveedor debidamente cumplimentado.\n\nSin esta documentación no podemos tramitar el pago.\n\nSaludos cordiales,\n\nDepartamento de Proveedores\nGrupo Hotelero Mirasol",
        lab(("PCT 270631",), note="needs a bank ownership certificate before paying"),
        inv="PCT 270631",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Kim Visser", "kim.visser@visserbouwgroep.example"),
        f"2027-10-06 13:37 {CE}",
        "android",
        "Hoi, kunnen jullie de factuur opnieuw sturen met ons inkoopordernummer erop (IO-27-1142)? Zonder PO keurt de administratie hem niet goed. Dank!\n\nKim",
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Roel Hendriks", "r.hendriks@hendriksadvocatuur.example"),
        f"2027-10-20 10:05 {CE}",
        "gmail_plain",
        "Goedemorgen,\n\nIk kan deze factuur niet plaatsen. Om welke cursus gaat het en voor welke medewerker? Kunt u mij een specificatie sturen met de data van de lessen?\n\nMet vriendelijke groet,\nRoel Hendriks",
        lab(note="asks what the charge is and for a specification"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Lanificio Ferrero – Ufficio Contabilità", "contabilita@lanificioferrero.example"),
        f"2027-10-14 09:10 {CE}",
        "outlook_html",
        "Buongiorno,\n\nla fattura PCT 270579 non ci risulta pervenuta tramite il Sistema di Interscambio: quella che ci avete inviato per e-mail è solo una copia di cortesia e non possiamo né registrarla né pagarla.\n\nVi chiediamo di emettere la fattura elettronica indicando il nostro codice destinatario M5UXCR1. Appena la riceviamo procediamo con il pagamento.\n\nCordiali saluti,\nUfficio Contabilità\nLanificio Ferrero S.p.A.",
        lab(
            ("PCT 270579",),
            note="needs the e-invoice through the national exchange system before paying",
        ),
        inv="PCT 270579",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Luca Moretti", "luca.moretti@morettiarredamenti.example"),
        f"2027-10-21 12:30 {CE}",
        "iphone",
        "mi rimandate la fattura? non la trovo\ngrazie",
        lab(note="mobile brevity"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Hannah Price", "hannah.price@tarrantfoods.example"),
        f"2027-09-27 12:18 {UK}",
        "iphone",
        "Hi – I'm just one of the people on the course, I don't deal with invoices! Can you send it to accounts.payable@tarrantfoods.example please\n\nHannah",
        lab(
            new_contact="accounts.payable@tarrantfoods.example",
            note="course participant redirects to accounts payable",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@lowther-engineering.example"),
        f"2027-10-15 13:46 {UK}",
        "gmail_plain",
        "Dear Sir/Madam,\n\nPlease be informed that our accounts department email has been changed due to an ongoing audit. Kindly direct all future invoices, statements and payment correspondence to our new dedicated address lowther.accountsdept@outlook.com only, and remove this address from your records with immediate effect.\n\nDo not reply to this email as it is no longer monitored.\n\nRegards,\nAccounts Department\nLowther Engineering Ltd",
        lab(
            new_contact="lowther.accountsdept@outlook.com",
            note="phishing-like request to move collection mail to a free-mail address (Reply-To points there too); labelled by what it asks, a person must verify it before anything is changed",
        ),
        headers=(("Reply-To", "lowther.accountsdept@outlook.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Grace Adeyemi", "g.adeyemi@okaforandpartners.example"),
        f"2027-10-19 10:22 {UK}",
        "outlook",
        "Good morning,\n\nI'm Mr Okafor's PA – he has passed your email to me, but I'm afraid neither of us deals with invoices. Our practice manager, Diane Holt, looks after all supplier accounts: d.holt@okaforandpartners.example. I've copied her in.\n\nKind regards,\nGrace Adeyemi\nPA to Chukwuemeka Okafor\nOkafor & Partners Solicitors",
        lab(
            new_contact="d.holt@okaforandpartners.example",
            note="assistant redirects to the practice manager, who is also in Cc",
        ),
        headers=(("Cc", "Diane Holt <d.holt@okaforandpartners.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Katrin Hoffmann", "k.hoffmann@weidner-kunststoffe.example"),
        f"2027-09-29 09:15 {CE}",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nich bin in der Personalentwicklung tätig und für Rechnungen nicht zuständig. Bitte richten Sie Zahlungserinnerungen und Rechnungen künftig ausschließlich an unsere Kreditorenbuchhaltung: kreditoren@weidner-kunststoffe.example.\n\nMit freundlichen Grüßen\nKatrin Hoffmann\nPersonalentwicklung\nWeidner Kunststofftechnik GmbH",
        lab(new_contact="kreditoren@weidner-kunststoffe.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Laura Krämer", "laura.kraemer@gmx.de"),
        f"2027-10-10 20:31 {CE}",
        "iphone",
        "Hallo, ich habe den Kurs nur besucht, die Rechnung geht an meinen Arbeitgeber. Bitte wenden Sie sich an die Personalabteilung dort, ich habe damit nichts zu tun.\nLG Laura Krämer",
        lab(
            note="course participant on a free-mail address; the employer is named but no address is given"
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Mathieu Roux", "mathieu.roux@transports-ravel.example"),
        f"2027-10-04 08:52 {CE}",
        "apple",
        "Bonjour,\n\nJe ne fais plus partie de la société Transports Ravel depuis le 1er octobre ; ma boîte sera fermée à la fin du mois. Pour tout ce qui concerne la facturation, merci d'écrire désormais à comptabilite@transports-ravel.example.\n\nBonne continuation,\nMathieu Roux",
        lab(
            new_contact="comptabilite@transports-ravel.example",
            note="left the company; written by the person, not an automatic notice",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Antoine Girard", "a.girard@groupe-vallorin.example"),
        f"2027-10-18 14:05 {CE}",
        "outlook_html",
        "Bonjour,\n\nJe ne gère plus les factures de formation depuis la réorganisation de septembre. C'est désormais Sophie Leclerc qui s'en occupe : Sophie.Leclerc@Groupe-Vallorin.example (en copie). Merci de lui adresser directement vos prochains envois.\n\nCordialement,\nAntoine Girard",
        lab(
            new_contact="sophie.leclerc@groupe-vallorin.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Sophie Leclerc <Sophie.Leclerc@Groupe-Vallorin.example>"),),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Clínica Dental Sonrisas", "recepcion@clinicasonrisas.example"),
        f"2027-10-05 17:10 {CE}",
        "outlook",
        "Hola,\n\nEste correo es el de recepción y aquí no llevamos pagos. Las facturas las gestiona nuestra gestoría: facturas@gestoriaalameda.example. Por favor, envíenlo allí.\n\nGracias,\nRecepción",
        lab(
            new_contact="facturas@gestoriaalameda.example",
            note="the new address is an outside bookkeeping firm's",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Carmen Ortega", "carmenortega.r@gmail.com"),
        f"2027-10-16 10:40 {CE}",
        "gmail",
        "Hola, creo que se han equivocado de persona. Yo no he hecho ningún curso con ustedes ni conozco esa empresa. Revisen la dirección, por favor.\n\nUn saludo",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Femke Mulder", "info@muldermakelaardij.example"),
        f"2027-10-01 16:25 {CE}",
        "iphone",
        "Dit adres lezen we bijna niet meer. Facturen graag naar administratie@muldermakelaardij.example, dan komt het bij de juiste persoon.\nGroet, Femke",
        lab(
            new_contact="administratie@muldermakelaardij.example",
            note="written by a person, not an automatic notice",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Erik van Dam", "erik@vandamfysio.example"),
        f"2027-10-21 11:58 {CE}",
        "outlook",
        "Goedemorgen,\n\nIk heb uw herinnering doorgestuurd naar ons administratiekantoor. Zij doen onze boekhouding en betalingen, dus wilt u voortaan alles rechtstreeks naar hen sturen? Het adres is debiteuren-crediteuren@boekhoudkantoorlinde.example, t.a.v. Marieke.\n\nMet vriendelijke groet,\nErik van Dam\nFysiotherapie Van Dam",
        lab(new_contact="debiteuren-crediteuren@boekhoudkantoorlinde.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Paola Conti", "p.conti@contiservizi.example"),
        f"2027-10-13 10:02 {CE}",
        "thunderbird",
        "Buongiorno,\n\nda settembre non mi occupo più dell'amministrazione. Per fatture e solleciti vi prego di scrivere a amministrazione@contiservizi.example, così la pratica arriva direttamente al collega che la segue.\n\nGrazie,\nPaola Conti",
        lab(new_contact="amministrazione@contiservizi.example"),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Lee Hammond", "lee@hammondplumbing.example"),
        f"2027-10-06 07:32 {UK}",
        "iphone",
        "I told your colleague on the phone I'll pay it at the end of the month. Please stop emailing me every other day about it, it's getting ridiculous.",
        lab(
            note="promise plus 'stop emailing': unsubscribe beats the promise, so no date is labelled"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Richard Ashworth", "r.ashworth@ashworthmills.example"),
        f"2027-10-11 16:44 {UK}",
        "html_only",
        "Dear Sirs,\n\nWe refer to your recent correspondence regarding invoice PCT 270509.\n\nPlease note that this matter has been passed to our solicitors. Any further communication should be addressed to them and not to this office or to any member of our staff. We will not respond to further reminders sent to this address.\n\nYours faithfully,\n\nRichard Ashworth\nManaging Director\nAshworth Mills Ltd",
        lab(
            ("PCT 270509",),
            note="'deal with our solicitors' and no address → unsubscribe; HTML only",
        ),
        inv="PCT 270509",
        amt="£5,200.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Dave Pollard", "davepollard1968@gmail.com"),
        f"2027-10-16 23:12 {UK}",
        "android",
        "TAKE ME OFF YOUR MAILING LIST. I HAVE ASKED THREE TIMES NOW",
        lab(note="all caps, late on a Saturday"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerhard Lindner", "g.lindner@lindner-rechtsanwaelte.example"),
        f"2027-10-04 11:48 {CE}",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns Mahnungen und Zahlungserinnerungen künftig ausschließlich auf dem Postweg zuzusenden. Diese E-Mail-Adresse dient nicht dem Empfang von Rechnungen oder Mahnungen; elektronisch eingehende Schreiben dieser Art werden nicht bearbeitet.\n\nMit freundlichen Grüßen\n\nGerhard Lindner\nRechtsanwalt",
        lab(note="post only → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Andreas Kühn", "andreas.kuehn@web.de"),
        f"2027-10-12 21:05 {CE}",
        "thunderbird",
        "Guten Abend,\n\nhiermit widerspreche ich der weiteren Verwendung meiner privaten E-Mail-Adresse gemäß Art. 21 DSGVO. Ich habe nur an einem Firmenkurs teilgenommen, die Rechnung geht an meinen Arbeitgeber. Bitte löschen Sie diese Adresse aus Ihrem Verteiler und bestätigen Sie mir die Löschung.\n\nAndreas Kühn",
        lab(
            note="data-protection objection; 'not my invoice' without an address, so unsubscribe beats wrong_contact"
        ),
        cte="8bit",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Nicolas Faure", "nfaure@faure-conseil.example"),
        f"2027-10-14 12:07 {CE}",
        "iphone",
        "STOP",
        lab(note="one word"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Hélène Vasseur", "h.vasseur@vasseur-btp.example"),
        f"2027-10-20 09:30 {CE}",
        "outlook_html",
        "Madame, Monsieur,\n\nComme nous vous l'avons indiqué à plusieurs reprises, nous contestons cette facture. Le dossier a désormais été transmis à notre avocat, Maître Delcourt, qui prendra contact avec vous.\n\nNous vous demandons en conséquence de ne plus adresser de relances à nos services.\n\nHélène Vasseur\nGérante - Vasseur BTP",
        lab(note="dispute, lawyer and stop: unsubscribe beats dispute"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Javier Moreno", "javier.moreno@moreno-reformas.example"),
        f"2027-10-08 14:22 {CE}",
        "android",
        "Ya les dije por teléfono que lo pagaría cuando cobre. Dejen de mandarme correos todos los días por favor.\nJavier",
        lab(note="vague promise plus 'stop sending me mail' → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Beatriz Romero", "bea.romero.lopez@yahoo.es"),
        f"2027-09-30 18:26 {CE}",
        "gmail",
        "Buenas tardes:\n\nLes solicito que eliminen mi dirección de correo de su base de datos, conforme al RGPD. Hice un curso de inglés con ustedes hace dos años a título particular, ya está todo pagado y no quiero recibir más comunicaciones.\n\nUn saludo,\nBeatriz Romero",
        lab(note="data-protection erasure request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Stichting Welzijn Noordkwartier", "secretariaat@welzijnnoordkwartier.example"),
        f"2027-10-15 10:16 {CE}",
        "outlook",
        "Geachte heer, mevrouw,\n\nWij verzoeken u vriendelijk herinneringen en aanmaningen voortaan uitsluitend per post te versturen, gericht aan de penningmeester. Dit e-mailadres wordt alleen door vrijwilligers van het secretariaat gelezen.\n\nMet vriendelijke groet,\n\nSecretariaat\nStichting Welzijn Noordkwartier",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Alessandro Greco", "alessandro@grecoeventi.example"),
        f"2027-10-18 19:40 {CE}",
        "gmail_plain",
        "Vi ho già spiegato che questa fattura non la pago finché non mi restituite l'acconto del corso annullato. Da oggi per questa questione parlate con il mio avvocato, non scrivetemi più.\n\nA. Greco",
        lab(note="dispute plus 'talk to my lawyer, stop writing': unsubscribe wins"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Elisa Fontana", "elisa.fontana@studiofontana.example"),
        f"2027-10-22 08:14 {CE}",
        "iphone",
        "Per favore cancellatemi da questa lista, le fatture le gestisce il commercialista e queste mail mi arrivano sul telefono di continuo.\nElisa",
        lab(
            note="remove me, plus 'the accountant handles it' with no address: unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Rachel Dunn", "rachel.dunn@pembridgehomes.example"),
        f"2027-10-04 09:06 {UK}",
        "none",
        "Thank you for your message. I'm on annual leave until Friday 8 October with no access to email.\n\nFor anything urgent relating to training bookings please contact the HR team on hr@pembridgehomes.example.\n\nRachel Dunn\nHR Business Partner",
        lab(
            return_date="2027-10-08",
            note="'until X' → X itself; the colleague address does not set new_contact",
        ),
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Albion Utilities Finance Shared Services", "fss@albionutilities.example"),
        f"2027-10-07 09:03 {UK}",
        "none",
        "Hello,\n\nThank you for contacting Finance Shared Services. Your enquiry has been logged with the reference FSS0091882 and assigned to the Accounts Payable queue.\n\nOur target response time for supplier enquiries is 5 working days. Please quote the reference in any further correspondence; replying to this email will update your enquiry.\n\nThis is an automated message.\n\nAlbion Utilities – Finance Shared Services",
        lab(note="ticket-system acknowledgement, no date"),
        subject="Enquiry FSS0091882 logged – {rsub}",
        headers=(AUTO_GEN, ("X-ServiceNow-Generated", "true")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Neil Sutherland", "neil@sutherlandjoinery.example"),
        f"2027-09-28 09:05 {UK}",
        "none",
        "Hi, I'm out on site most of this week and not checking email regularly. I'll be back in the office Monday 4th October and will reply then.\n\nIf it's urgent, text me on 07700 900417.\n\nNeil",
        lab(return_date="2027-10-04", note="carries only X-Autoreply, no Auto-Submitted"),
        subject="Away: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Sabine Albrecht", "s.albrecht@albrecht-gruppe.example"),
        f"2027-10-01 09:04 {CE}",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 08.10.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 11.10.2027, bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yilmaz (buchhaltung@albrecht-gruppe.example).\n\nMit freundlichen Grüßen\nSabine Albrecht",
        lab(return_date="2027-10-11", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        subject=AUTO_PREFIX["de"] + "{rsub}",
        charset="iso-8859-1",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Stadtwerke Auental Rechnungseingang", "rechnungseingang@stadtwerke-auental.example"),
        f"2027-10-13 09:05 {CE}",
        "none",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird unter der Vorgangsnummer 2027-104553 bearbeitet.\n\nBitte beachten Sie: Über dieses Postfach werden Rechnungen nur im Format XRechnung oder ZUGFeRD verarbeitet. Zahlungserinnerungen leiten wir an die zuständige Fachabteilung weiter.\n\nDiese Nachricht wurde automatisch erstellt.\n\nStadtwerke Auental GmbH\nKreditorenbuchhaltung",
        lab(
            note="receipt acknowledgement with only Precedence: bulk; the e-invoice format note is boilerplate, not a request"
        ),
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Céline Moreau", "celine.moreau@aubertin-sa.example"),
        f"2027-10-11 09:04 {CE}",
        "none",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 15 octobre inclus. Je prendrai connaissance de votre message à mon retour, le lundi 18 octobre.\n\nPour toute urgence, vous pouvez joindre le standard au 01 99 00 12 34.\n\nCéline Moreau\nAssistante de direction",
        lab(return_date="2027-10-18", note="the stated day back wins over 'jusqu'au … inclus'"),
        subject=AUTO_PREFIX["fr"] + "{rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Région Ouest-Littoral – Direction des finances",
            "fournisseurs@region-ouestlittoral.example",
        ),
        f"2027-09-30 09:04 {CE}",
        "none",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui a été transmis au service compétent. Il sera traité dans les meilleurs délais.\n\nNous vous rappelons que les factures adressées à la Région doivent être déposées sur le portail Chorus Pro. Les factures transmises par courriel ne peuvent pas être traitées.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nDirection des finances\nRégion Ouest-Littoral",
        lab(
            note="automatic acknowledgement with only X-Autoreply; the portal reminder is boilerplate, not an invoice request"
        ),
        subject="Accusé de réception de votre message",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Ana Belén Ruiz", "abruiz@ruizyserrano.example"),
        f"2027-10-08 09:05 {CE}",
        "none",
        "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el miércoles 13 de octubre. Durante mi ausencia no tendré acceso al correo electrónico.\n\nPara asuntos urgentes, pueden escribir a administracion@ruizyserrano.example.\n\nUn saludo,\nAna Belén Ruiz",
        lab(return_date="2027-10-13", note="'hasta X' → X itself"),
        subject=AUTO_PREFIX["es"] + "{rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Bas Willems", "b.willems@willemsinstallatie.example"),
        f"2027-09-28 09:03 {CE}",
        "none",
        "Beste afzender,\n\nTot en met vrijdag 1 oktober ben ik afwezig. Vanaf maandag 4 oktober ben ik weer bereikbaar en beantwoord ik uw bericht.\n\nMet vriendelijke groet,\nBas Willems",
        lab(return_date="2027-10-04", note="'vanaf maandag 4 oktober' wins over 'tot en met'"),
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Van Leeuwen Accountancy", "info@vanleeuwenaccountancy.example"),
        f"2027-10-19 09:07 {CE}",
        "none",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren. Voor spoedeisende zaken zijn wij op werkdagen tussen 9.00 en 17.00 uur telefonisch bereikbaar.\n\nTeam Van Leeuwen Accountancy",
        lab(note="autoresponder without any auto-reply header and without threading headers"),
        subject="Bedankt voor uw bericht",
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Davide Santoro", "d.santoro@santorologistica.example"),
        f"2027-10-18 09:04 {CE}",
        "none",
        "Buongiorno,\n\nsono fuori ufficio fino a venerdì 22 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 25 ottobre.\n\nPer questioni amministrative urgenti potete contattare amministrazione@santorologistica.example.\n\nCordiali saluti,\nDavide Santoro",
        lab(return_date="2027-10-25", note="the stated day back wins over 'fino a … compreso'"),
        subject=AUTO_PREFIX["it"] + "{rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Gruppo Montalto – Assistenza Fornitori", "fornitori@gruppomontalto.example"),
        f"2027-10-05 09:06 {CE}",
        "none",
        "Gentile fornitore,\n\nla sua richiesta è stata registrata con il numero FOR-22817 e verrà presa in carico dall'ufficio Contabilità Fornitori entro 3 giorni lavorativi.\n\nPer aggiornamenti non è necessario inviare ulteriori e-mail: risponderemo a questo stesso indirizzo.\n\nQuesto messaggio è generato automaticamente.\n\nGruppo Montalto – Servizio Assistenza Fornitori",
        lab(note="ticket-system acknowledgement"),
        subject="[#FOR-22817] Abbiamo ricevuto la sua richiesta",
        headers=(AUTO_GEN, ("X-Mailer", "Freshdesk")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Claire Whitmore", "claire@whitmoreevents.example"),
        f"2027-09-29 08:47 {UK}",
        "gmail",
        "Morning,\n\nDid we not pay this already?? I was sure Mark paid all the Parlance invoices in one go in September. I'll check with him when he's back tomorrow and come back to you.\n\nClaire",
        lab(note="a question, not a payment claim; promising to check is no commitment to pay"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Ben Carter", "ben.carter@cartermarine.example"),
        f"2027-10-12 07:55 {UK}",
        "iphone",
        "Hi, while I've got you – can we move Thursday's lesson to 3pm? I've got a client visit in the morning. Thanks\nBen",
        lab(note="lesson scheduling in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Jo Marsden", "jo.marsden@marsdenveterinary.example"),
        f"2027-10-20 13:30 {UK}",
        "outlook",
        "Hi,\n\nThanks – received. I've forwarded this to our finance lead and she'll pick it up.\n\nJo",
        lab(note="acknowledgement; passing it on names no new contact and promises nothing"),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Hartmann Druck GmbH - Geschäftsführung", "gf@hartmann-druck.example"),
        f"2027-10-07 16:12 {CE}",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen mitteilen, dass über das Vermögen der Hartmann Druck GmbH am 01.10.2027 das vorläufige Insolvenzverfahren eröffnet wurde. Zahlungen auf Altforderungen dürfen wir derzeit nicht leisten.\n\nIhre Forderung können Sie im weiteren Verfahren beim vorläufigen Insolvenzverwalter geltend machen; dessen Kontaktdaten entnehmen Sie bitte der Bekanntmachung des Insolvenzgerichts.\n\nMit freundlichen Grüßen\nHartmann Druck GmbH\nDie Geschäftsführung",
        lab(
            note="insolvency notice: no promise, no dispute, no e-mail address; a person must read it"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Isabelle Poirier", "i.poirier@laboratoires-serval.example"),
        f"2027-10-01 10:40 {CE}",
        "outlook_html",
        "Bonjour,\n\nJe profite de votre message pour vous demander où en sont les résultats du TOEIC passé par nos trois collaborateurs le 16 septembre. Ils en ont besoin pour leur dossier de mobilité et n'ont toujours rien reçu.\n\nMerci d'avance,\n\nIsabelle Poirier\nRessources humaines – Laboratoires Serval",
        lab(note="exam-results question in the reminder thread"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Vincent Labbé", "vincent.labbe@labbe-paysage.example"),
        f"2027-10-22 12:01 {CE}",
        "gmail_plain",
        "Merci",
        lab(note="one-word thanks; no claim"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Marina López", "mlopez@lopezgrafica.example"),
        f"2027-10-05 16:50 {CE}",
        "outlook",
        "Hola,\n\n¿Esto no lo pagamos ya? Me suena haber hecho una transferencia a Parlance en septiembre. Lo reviso con el banco y os digo algo.\n\nMarina",
        lab(note="asks whether it was paid; no claim and no commitment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Sergio Blanco", "sblanco@blancoasesores.example"),
        f"2027-10-18 13:13 {CE}",
        "iphone",
        "Recibido, se lo paso a contabilidad.\nSaludos",
        lab(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Hans Kuipers", "hans.kuipers@kuipersbv.example"),
        f"2027-10-08 15:25 {CE}",
        "gmail",
        "Wie bent u eigenlijk? Ik ken geen Parlance en ik kan deze factuur nergens vinden. Dit lijkt me een phishingmail. Ik klik nergens op voordat iemand mij belt.\n\nH. Kuipers",
        lab(note="suspicion, not a request for the invoice; a person should call"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Administratie Hofman Roelofs Bouw", "administratie@bouwbedrijfhofman.example"),
        f"2027-10-04 11:02 {CE}",
        "outlook_html",
        "Geachte relatie,\n\nGraag informeren wij u dat Bouwbedrijf Hofman B.V. per 1 oktober 2027 is samengegaan met Roelofs Bouw B.V. onder de naam Hofman Roelofs Bouw B.V. Ons KvK-nummer en btw-nummer wijzigen; de nieuwe gegevens ontvangt u binnenkort per post. Uw contactpersonen en e-mailadressen blijven ongewijzigd.\n\nMet vriendelijke groet,\nAdministratie Hofman Roelofs Bouw",
        lab(note="merger notice sent as a reply; contacts unchanged, nothing about paying"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Giorgio Russo", "giorgio.russo@russoedilizia.example"),
        f"2027-10-11 18:02 {CE}",
        "iphone",
        "Ok",
        lab(note="one-word acknowledgement; not a payment claim or a promise"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Valentina Esposito", "v.esposito@espositofood.example"),
        f"2027-10-14 11:47 {CE}",
        "gmail",
        "Buongiorno,\n\ncolgo l'occasione per chiedervi un preventivo per un corso di inglese commerciale per il nostro ufficio export: 5 persone, livello intermedio, due lezioni a settimana da gennaio, preferibilmente online. Potete mandarmi anche le date del prossimo esame Cambridge?\n\nGrazie,\nValentina Esposito\nEsposito Food Export",
        lab(note="request for a quote for a new course; nothing about the overdue invoice"),
        cte="b64",
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder (in the bounce's language) sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's date."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        """The invoice of the bounced reminder."""
        return made_up_invoice(self.key)

    @property
    def sent(self) -> datetime:
        """When the bounced reminder left Parlance."""
        return self.dt - timedelta(minutes=2)

    def reminder(self, sent: datetime | None = None) -> Message:
        """The reminder as sent to the failed recipient."""
        return original_reminder(self.lang, self.rcpt, sent or self.sent, self.key, self.invoice)

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.invoice)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    sent: datetime | None = None,
) -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(sent or b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce, sent: datetime | None = None) -> Message:
    """text/rfc822-headers: the header block of the reminder."""
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder(sent).items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """The human-readable NDR part as Exchange and Gmail send it: text plus simple HTML."""
    paragraphs = text.strip("\n").split("\n\n")
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n'
        + "\n".join(
            f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_lines(p)}</p>'
            for p in paragraphs
        )
        + "\n</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    auto: bool = True,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report; boundaries shaped like the reporting system's."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    shape = (
        "outlook" if sender == EXCHANGE_SENDER else "gmail" if sender == GMAIL_SENDER else "bounce"
    )
    return finalize(msg, b.key, shape)


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@parlance-training.example>"
GMAIL_SENDER = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def bounce_qmail(b: Bounce) -> Message:
    """qmail on the customer's side: a bare text message with the original appended."""
    reminder = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mx.aldgateinsurance.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28714 invoked from network); {format_datetime(b.sent)}\n"
        f"{reminder}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx.aldgateinsurance.example", "failure notice", auto=False)


def bounce_exim_delay(b: Bounce) -> Message:
    """A hosting company's Exim with a customised delay warning, plain text."""
    sent = b.dt - timedelta(hours=24, minutes=3)
    text = (
        "This is an automatically generated message from the mail server at\n"
        "mail.parlance-training.example.\n\n"
        "Your message has been held in the queue for more than 24 hours and has\n"
        "not yet reached the following recipient:\n\n"
        f"  {b.rcpt}\n"
        "    host mx1.kilnworthpottery.example [198.51.100.61]\n"
        "    last error: 451 4.4.1 connection timed out, no answer from host\n\n"
        f"Message subject: {latin1_safe(b.subject())}\n"
        f"Message queued:  {format_datetime(sent)}\n"
        "Message id:      1wK7pZ-003Qe4-Mb\n\n"
        "You do not need to resend it. Delivery will be retried for up to four\n"
        "days; if it still cannot be delivered by then, the message will be\n"
        "returned to you together with a final failure report.\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.parlance-training.example>",
        "Warning: message 1wK7pZ-003Qe4-Mb delayed 24 hours",
    )


def bounce_o365_policy(b: Bounce) -> Message:
    """Office 365, English: group accepts only authenticated senders."""
    diag = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group"
    text = (
        f"Your message to {b.rcpt} couldn't be delivered.\n\n"
        "The group finance only accepts messages from people in its own organisation or on its allowed senders list, and your email address isn't on the list.\n\n"
        "Action required: ask the owner of the group to add your address to the list of allowed senders, or contact the recipient another way.\n\n"
        "More information for email admins\n"
        "Status code: 550 5.7.133\n"
        "The recipient's organisation only allows authenticated senders to post to this group.\n\n"
        "Original message details\n"
        f"Created date: {format_datetime(b.sent)}\n"
        f"Sender address: {AR_ADDR}\n"
        f"Recipient address: {b.rcpt}\n"
        f"Subject: {b.subject()}\n\n"
        f"Error details\nReported error: {diag}\n"
        "DSN generated by: LO2P265MB4410.GBRP265.PROD.OUTLOOK.example\n"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, "LO2P265MB4410.GBRP265.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Undeliverable: {b.subject()}")


def bounce_de_domain(b: Bounce) -> Message:
    """German provider, RFC 3464: the recipient's domain is gone."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers smtp-out.mailhafen.example.\n\n"
        "Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:\n\n"
        f"  <{b.rcpt}>\n\n"
        f"Grund: Die Domain {domain} existiert nicht (mehr). Im DNS ist für sie weder ein MX- noch ein A-Eintrag vorhanden.\n"
        "Fehlercode: 5.1.2 (Host or domain name not found)\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Es erfolgen keine weiteren Zustellversuche.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n\n"
        "-- \nMailhafen Hosting · Technischer Support\n"
    )
    diag = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "smtp-out.mailhafen.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@smtp-out.mailhafen.example>",
        f"Unzustellbare Nachricht: {b.subject()}",
    )


def bounce_o365_de_full(b: Bounce) -> Message:
    """Office 365, German: mailbox full."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        "Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie es später noch einmal, oder wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n"
        "Statuscode: 554 5.2.2\n\n"
        "Details zur ursprünglichen Nachricht\n"
        f"Erstellungsdatum: {format_datetime(b.sent)}\n"
        f"Absenderadresse: {AR_ADDR}\n"
        f"Empfängeradresse: {b.rcpt}\n"
        f"Betreff: {b.subject()}\n\n"
        f"Fehlerdetails\nGemeldeter Fehler: {diag}\n"
        "DSN generiert von: FR3P281MB2204.DEUP281.PROD.OUTLOOK.example\n"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, "FR3P281MB2204.DEUP281.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Unzustellbar: {b.subject()}")


def bounce_fr_full(b: Bounce) -> Message:
    """French hosting provider: mailbox full, still retrying; one text part."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.hebergement-atlantique.example.\n\n"
        f"Votre message pour {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n"
        "Réponse du serveur distant : 452 4.2.2 Mailbox full - boîte pleine\n\n"
        "Nous allons retenter la distribution pendant 48 heures. Vous n'avez rien à faire pour l'instant. Si la boîte reste pleine, le message vous sera retourné.\n\n"
        f"Objet du message : {b.subject()}\n"
        f"Date d'envoi : {format_datetime(b.sent)}\n\n"
        "-- \nHébergement Atlantique – Service messagerie\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "MAILER-DAEMON <mailer-daemon@smtp.hebergement-atlantique.example>",
        "Avertissement : distribution différée",
    )


def bounce_gmail_es_hard(b: Bounce) -> Message:
    """Gmail, Spanish: address not found."""
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o porque no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. d75a77b69052e-4a1f0c5e93bsi77125431cf.288 - gsmtp\n"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human_alternative(text),
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        GMAIL_SENDER,
        "Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_es_delay(b: Bounce) -> Message:
    """Office 365, Spanish: delivery delayed."""
    sent = b.dt - timedelta(hours=6)
    diag = (
        "451 4.4.7 Message delayed; la conexión con mx.conservasdelcantabrico.example ha caducado"
    )
    text = (
        "La entrega a estos destinatarios o grupos se ha retrasado:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.subject()}\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo. No es necesario que haga nada; le avisaremos si la entrega no se puede completar.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor de generación: DB9PR06MB7723.eurprd06.prod.outlook.example\n"
        f"Error notificado por el servidor remoto: {diag}\n"
    )
    parts = [
        human_alternative(text),
        delivery_status(
            b, "DB9PR06MB7723.eurprd06.prod.outlook.example", "delayed", diag, sent=sent
        ),
        returned_headers(b, sent),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Entrega retrasada: {b.subject()}")


def bounce_nl_provider(b: Bounce) -> Message:
    """Dutch provider, RFC 3464 with the full returned message: user unknown."""
    text = (
        "Dit is een automatisch bericht van de mailserver mx2.hostingnoord.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: dit e-mailadres bestaat niet (550 5.1.1 user unknown). Controleer of het adres goed is gespeld. Er worden geen nieuwe pogingen gedaan.\n\n"
        "Het oorspronkelijke bericht vindt u als bijlage.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b, "mx2.hostingnoord.example", "failed", "550 5.1.1 <" + b.rcpt + ">: user unknown"
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx2.hostingnoord.example>",
        f"Onbestelbaar bericht: {latin1_safe(b.subject())}",
    )


def bounce_gmail_nl_delay(b: Bounce) -> Message:
    """Gmail, Dutch: remote server not answering, still retrying."""
    sent = b.dt - timedelta(hours=2, minutes=1)
    text = (
        "** Bezorging vertraagd **\n\n"
        f"Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan {b.rcpt}. Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als de bezorging definitief mislukt.\n\n"
        "Meer informatie: https://support.google.com/mail/?p=ConnectionRefused\n\n"
        "Reactie van de externe server:\n\n"
        "The recipient server did not accept our requests to connect. [mx.zorggroepwestland.example 192.0.2.80: timed out]\n"
    )
    diag = "The recipient server did not accept our requests to connect. [mx.zorggroepwestland.example 192.0.2.80: timed out]"
    parts = [
        human_alternative(text),
        delivery_status(b, "mx.google.com", "delayed", diag, sent=sent),
        returned_headers(b, sent),
    ]
    return finish(b, report(parts), GMAIL_SENDER, "Delivery Status Notification (Delay)")


def bounce_o365_it_hard(b: Bounce) -> Message:
    """Office 365, Italian: recipient not found."""
    domain = b.rcpt.split("@")[1]
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    text = (
        f"Il messaggio per {b.rcpt} non è stato recapitato.\n\n"
        f"L'indirizzo di posta elettronica specificato non è stato trovato nel dominio {domain}. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, rivolgersi all'help desk.\n\n"
        "Ulteriori informazioni per gli amministratori di posta elettronica\n"
        "Codice di stato: 550 5.1.10\n\n"
        "Dettagli del messaggio originale\n"
        f"Data di creazione: {format_datetime(b.sent)}\n"
        f"Indirizzo mittente: {AR_ADDR}\n"
        f"Indirizzo destinatario: {b.rcpt}\n"
        f"Oggetto: {b.subject()}\n\n"
        f"Dettagli errore\nErrore segnalato: {diag}\n"
        "DSN generato da: MI1P293MB0815.ITAP293.PROD.OUTLOOK.example\n"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, "MI1P293MB0815.ITAP293.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non recapitabile: {b.subject()}")


def bounce_it_greylist(b: Bounce) -> Message:
    """Italian provider: greylisted, still retrying; one text part."""
    sent = b.dt - timedelta(hours=4, minutes=10)
    text = (
        "Gentile cliente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} non è stato ancora consegnato.\n\n"
        "Il server del destinatario (mail.agriturismolequerce.example) lo ha rifiutato temporaneamente per motivi di policy antispam (greylisting):\n"
        "451 4.7.1 Greylisted, please try again in 300 seconds\n\n"
        "Non deve fare nulla: il nostro sistema ritenterà automaticamente la consegna nelle prossime ore. Se il messaggio non sarà consegnato entro 5 giorni, riceverà un avviso definitivo.\n\n"
        f"Oggetto: {b.subject()}\n"
        f"Inviato il: {format_datetime(sent)}\n\n"
        "Servizio Posta Elettronica – RetePosta\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b, msg, "Postmaster <postmaster@smtp.reteposta.example>", "Avviso di ritardo nella consegna"
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "training@aldgateinsurance.example",
            f"2027-09-28 09:09 {UK}",
            "qmail notice, not MIME; the returned reminder follows the text",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.1",
            "accounts@kilnworthpottery.example",
            f"2027-10-06 09:14 {UK}",
            "customised Exim delay warning, plain text, not RFC 3464",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.7.133",
            "finance@northgatehousing.example",
            f"2027-10-13 09:04 {UK}",
            "Office 365 policy rejection: the group takes mail only from authenticated senders",
        ),
        bounce_o365_policy,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.2",
            "info@brauer-metallbau.example",
            f"2027-09-30 09:03 {CE}",
            "domain no longer exists; German text in an RFC 3464 report",
        ),
        bounce_de_domain,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "5.2.2",
            "personal@lindqvist-moebel.example",
            f"2027-10-19 09:05 {CE}",
            "Office 365 in German: mailbox full with a 5.x code is soft; the code is kept",
        ),
        bounce_o365_de_full,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "contact@cabinet-roussel.example",
            f"2027-10-07 09:32 {CE}",
            "French hosting provider notice, single text part, mailbox full, retrying",
        ),
        bounce_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "formacion.grupoaltamira@gmail.com",
            f"2027-10-04 09:02 {CE}",
            "Gmail failure report with Spanish text",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.7",
            "rrhh@conservasdelcantabrico.example",
            f"2027-10-21 13:05 {CE}",
            "Office 365 delay notice in Spanish",
        ),
        bounce_o365_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "boekhouding@dekleinewereld.example",
            f"2027-10-11 09:08 {CE}",
            "Dutch provider report with the full returned message",
        ),
        bounce_nl_provider,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.1",
            "opleidingen@zorggroepwestland.example",
            f"2027-10-14 11:03 {CE}",
            "Gmail delay report with Dutch text",
        ),
        bounce_gmail_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.10",
            "ufficio.personale@vinicolabassi.example",
            f"2027-09-27 09:04 {CE}",
            "Office 365 in Italian, recipient not found",
        ),
        bounce_o365_it_hard,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.1",
            "info@agriturismolequerce.example",
            f"2027-10-20 09:40 {CE}",
            "greylisting (policy, temporary) reported by the sending provider in Italian",
        ),
        bounce_it_greylist,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

CONTINENTAL_EN = {"ps-en-2"}  # English written from an office on central-European time
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^PCT \d{6}$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


@dataclass
class Item:
    """One output message: its key, the built message, its label and what to check it against."""

    key: str
    msg: Message
    label: dict[str, object]
    text: str
    style: str
    dt: datetime
    rcpt: str = ""


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a reply (file name added later)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a bounce (file name added later)."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_invoices() -> None:
    """Each customer's reminder has its own invoice number, and no reply cites another's."""
    owner: dict[str, str] = {}
    specs: list[Reply | Bounce] = [*REPLIES, *(b for b, _ in BOUNCES)]
    for spec in specs:
        if spec.invoice in owner:
            raise SystemExit(
                f"{spec.key}: invoice {spec.invoice} already used by {owner[spec.invoice]}"
            )
        owner[spec.invoice] = spec.key
    for r in REPLIES:
        refs = r.labels.get("invoice_refs", [])
        if not isinstance(refs, list):
            raise SystemExit(f"{r.key}: invoice_refs must be a list")
        for ref in refs:
            if owner.setdefault(str(ref), r.key) != r.key:
                raise SystemExit(f"{r.key}: cites {ref}, the invoice of {owner[str(ref)]}")


def all_items() -> list[Item]:
    """Every message, in file order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.style, r.dt) for r in REPLIES]
    items += [
        Item(b.key, build(b), bounce_label(b), "", "bounce", b.dt, b.rcpt) for b, build in BOUNCES
    ]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    # File order comes from a seeded hash of each key, so a file name says nothing about its label.
    return sorted(items, key=lambda item: digest(item.key, "order"))


def fail(name: str, why: str) -> NoReturn:
    """Stop the build with the file name and the reason."""
    raise SystemExit(f"{name}: {why}")


def decoded_texts(msg: EmailMessage, name: str) -> list[str]:
    """Parse-back check: headers decode, every text part decodes, nothing is defective."""
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header, value in part.items():
            defects = getattr(value, "defects", None)
            if defects:
                fail(name, f"header {header}: {defects}")
        if part.get_content_maintype() == "text":
            content = cast(str, part.get_content())  # text/* parts decode to str
            if "\ufffd" in content:
                fail(name, "undecodable text")
            texts.append(content.replace("\r\n", "\n"))
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for header in ("From", "Subject", "Cc", "Thread-Topic"):
        if msg[header] is not None and "=?" in str(msg[header]):
            fail(name, f"{header} not decoded")
    return texts


def check_message(item: Item, name: str, data: bytes) -> None:
    """Parse a written file back and check it against its spec."""
    if any(len(line) > 998 for line in data.split(b"\n")):
        fail(name, "line longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    texts = decoded_texts(msg, name)
    if msg["Date"].datetime != item.dt:
        fail(name, "Date header differs from the spec")
    if item.text:
        if item.style == "advice_html":
            found = item.text in texts
        elif item.style == "html_only":
            wanted = html.escape(item.text.split("\n")[0], quote=False)
            found = any(wanted in t for t in texts)
        else:
            found = any(item.text in unflow(t) for t in texts)
        if not found:
            fail(name, "hand-written text not found after decoding")
    if item.rcpt and not any(item.rcpt in t for t in texts):
        fail(name, "failed recipient not in the report text")


def check_label(item: Item, name: str) -> None:
    """Check one label's shape and that it fits the message."""
    x = item.label
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(x) != expected:
        fail(name, f"label keys {list(x)}")
    intent = str(x["intent"])
    if intent not in INTENTS or x["language"] not in LANGS:
        fail(name, "bad intent or language")
    filled = {k for k in LABEL_KEYS if x[k] is not None}
    if filled - INTENT_FIELDS[intent]:
        fail(name, f"fields {sorted(filled - INTENT_FIELDS[intent])} filled for {intent}")
    day = item.dt.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        fail(name, f"date {day} out of range")
    offset = item.dt.strftime("%z")
    local = UK_OFFSET if x["language"] == "en" and item.key not in CONTINENTAL_EN else CE_OFFSET
    if offset != local:
        fail(name, f"offset {offset}, expected {local}")
    date_checks: tuple[tuple[str, Callable[[date], bool]], ...] = (
        ("paid_date", lambda d: d <= day),
        ("promised_date", lambda d: d >= day),
        ("return_date", lambda d: d >= day),
    )
    for key, ok in date_checks:
        value = x[key]
        if value is not None:
            if not ISO_DAY.match(str(value)) or not ok(date.fromisoformat(str(value))):
                fail(name, f"{key} {value} does not fit the message date {day}")
    if (x["amount"] is None) != (x["currency"] is None):
        fail(name, "amount and currency go together")
    if x["amount"] is not None and (
        not AMOUNT.match(str(x["amount"])) or x["currency"] not in {"EUR", "GBP"}
    ):
        fail(name, "bad amount or currency")
    refs = x["invoice_refs"]
    if not isinstance(refs, list) or len(set(refs)) != len(refs):
        fail(name, "invoice_refs must be a list without repeats")
    for ref in refs:
        if not INVOICE.match(ref) or ref[4:] not in item.text:
            fail(name, f"invoice ref {ref} not in the sender's text")
    contact = x["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in item.text.lower()
    ):
        fail(name, "new_contact must be lower case and written in the text")
    if intent == "bounce":
        if filled != INTENT_FIELDS["bounce"] or x["bounce_kind"] not in {"hard", "soft"}:
            fail(name, "bounce fields incomplete")
        status = str(x["bounce_status"])
        soft = (
            status.startswith("4.") or status == "5.2.2"
        )  # a full mailbox is soft whatever the code
        if not STATUS.match(status) or (x["bounce_kind"] == "soft") != soft:
            fail(name, f"bounce kind does not fit status {status}")
    if intent == "auto_reply" and item.style != "none":
        fail(name, "auto-replies quote nothing")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Check the intent × language counts."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else (1 if SINGLE_LANG[intent] == lang else 2)
            if cells[intent, lang] != want:
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]} messages, want {want}")
    totals = Counter(str(x["language"]) for x in labels)
    if dict(totals) != LANG_TOTALS or len(labels) != 120:
        raise SystemExit(f"language totals {dict(totals)}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def text_parts(msg: Message) -> list[Message]:
    """The text parts a reader sees (not the fields inside message/delivery-status)."""
    if msg.get_content_type() == "message/delivery-status":
        return []
    if msg.is_multipart():
        subparts = cast("list[Message]", msg.get_payload())
        return [p for sub in subparts for p in text_parts(sub)]
    return [msg] if msg.get_content_maintype() == "text" else []


def coverage(items: list[Item]) -> str:
    """A summary of the formats in the set, read back from the written files (for the README)."""
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    ctes: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for item in items:
        msg = message_from_bytes(
            (HERE / str(item.label["file"])).read_bytes(), policy=policy.compat32
        )
        tops[msg.get_content_type()] += 1
        parts = [p for p in text_parts(msg) if p.get_content_subtype() != "rfc822-headers"]
        charsets.update({str(p.get_content_charset("us-ascii")) for p in parts})
        ctes.update({str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in parts})
        for name in (
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "In-Reply-To",
            "Cc",
            "Reply-To",
        ):
            if msg[name] is not None:
                heads[name] += 1
        if any("=?" in str(msg[h] or "") for h in ("Subject", "From")):
            heads["RFC 2047 Subject/From"] += 1
    styles = Counter(item.style for item in items)
    lines = [
        "styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())),
        "headers (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(heads.items())),
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    """Write every file and labels.jsonl, checking each as it goes."""
    check_invoices()
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_message(item, name, data)
        item.label = {"file": name, **item.label}
        check_label(item, name)
        (HERE / name).write_bytes(data)
        labels.append(item.label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, items


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, items = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    if "--coverage" in sys.argv:
        print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
