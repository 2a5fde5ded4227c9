# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 22: `h22-NNN.eml` files and `labels.jsonl`.

Copperleaf Office Furniture's receivables team sends overdue reminders ("Payment overdue -
invoice CL26-NNNNN", with an en dash); this corpus holds what comes back to its mailbox: customers' replies,
payment advices, auto-replies and delivery-failure reports. The new text of every message is
written by hand below. The script adds only what a mail client or a mail server would add: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. It writes next to itself, deterministically (fixed seed, fixed boundaries,
Message-IDs derived from each message's key, no clock).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h22"
SEED = 22112026
AR_NAME = "Copperleaf Receivables"
AR_ADDR = "receivables@copperleaf-furniture.example"
AR_DOMAIN = "copperleaf-furniture.example"
MX_HOST = "mx1.copperleaf-furniture.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
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
INVOICE_RE = re.compile(r"^CL26-\d{5}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Header values are written as the script folds them (encoded-words, trace lines), not refolded.
OUTPUT_POLICY = compat32.clone(max_line_length=None)

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a quoted message)
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail (web and app), in the UI language of the replying user.
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
# Apple Mail on macOS and iOS.
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
# Thunderbird's "reply header" with the default date format of each locale.
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# The "Sent:" value of Outlook's reply header.
OUTLOOK_SENT = {
    "en": "{dd} {monl} {y} {HH}:{MM}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MM}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MM}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MM}",
}


@dataclass(frozen=True)
class HeaderWords:
    """The words a client prints above a quoted message."""

    original: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_WORDS = {
    "en": HeaderWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": HeaderWords(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_WORDS = {
    "en": HeaderWords("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": HeaderWords(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": HeaderWords("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{MM} (GMT{off})",
    "de": "{dd}.{mo}.{yy} {HH}:{MM} (GMT{off})",
    "fr": "{dd}/{mo}/{y} {HH}:{MM} (GMT{off})",
    "es": "{d}/{mo}/{yy} {H}:{MM} (GMT{off})",
    "nl": "{dd}-{mo}-{y} {HH}:{MM} (GMT{off})",
    "it": "{dd}/{mo}/{yy} {HH}:{MM} (GMT{off})",
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
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi smartphone Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio dispositivo Galaxy",
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
# The reminder Copperleaf sends (quoted by replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

PAY_URL = "https://pay.copperleaf-furniture.example/"
REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago vencido – factura {inv}",
    "nl": "Betaling achterstallig – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We are writing about the invoice below, which is now past its due date:\n\n"
        "  Invoice:   {inv}\n  Dated:     14/10/2026\n  Due:       13/11/2026\n  Balance:   {amt}\n\n"
        "You can pay by bank transfer (our details are on the invoice; please quote its number) or by card at "
        + PAY_URL
        + "{inv}\n\n"
        "If the payment is already on its way, just tell us the date so we can match it. If something about the order, the delivery or the fitting is not right, reply to this email and we will look into it.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nCopperleaf Office Furniture Ltd\n12 Foundry Lane, Northbridge\nreceivables@copperleaf-furniture.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der folgenden Rechnung ist das Zahlungsziel überschritten:\n\n"
        "  Rechnung:   {inv}\n  Datum:      14.10.2026\n  Fällig am:  13.11.2026\n  Offen:      {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto oder zahlen Sie online: "
        + PAY_URL
        + "{inv}\n\n"
        "Falls die Zahlung schon unterwegs ist, nennen Sie uns bitte kurz das Datum. Stimmt etwas mit der Bestellung, der Lieferung oder der Montage nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nCopperleaf Office Furniture"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous revenons vers vous au sujet de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "  Facture :   {inv}\n  Date :      14/10/2026\n  Échéance :  13/11/2026\n  Solde dû :  {amt}\n\n"
        "Vous pouvez régler par virement (coordonnées bancaires sur la facture, en rappelant son numéro) ou par carte : "
        + PAY_URL
        + "{inv}\n\n"
        "Si le paiement est déjà parti, indiquez-nous simplement sa date. En cas de souci avec la commande, la livraison ou le montage, répondez à ce message et nous regarderons cela.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nCopperleaf Office Furniture"
    ),
    "es": (
        "Hola:\n\n"
        "Le escribimos en relación con la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "  Factura:      {inv}\n  Fecha:        14/10/2026\n  Vencimiento:  13/11/2026\n  Pendiente:    {amt}\n\n"
        "Puede pagar por transferencia (los datos bancarios figuran en la factura; indique su número como concepto) o con tarjeta en "
        + PAY_URL
        + "{inv}\n\n"
        "Si el pago ya está en camino, díganos la fecha para poder conciliarlo. Si hay algún problema con el pedido, la entrega o el montaje, responda a este correo y lo revisaremos.\n\n"
        "Gracias y un saludo,\n\n"
        "Departamento de cobros\nCopperleaf Office Furniture"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij schrijven u over onderstaande factuur, waarvan de betaaltermijn is verstreken:\n\n"
        "  Factuur:      {inv}\n  Datum:        14-10-2026\n  Vervaldatum:  13-11-2026\n  Openstaand:   {amt}\n\n"
        "U kunt het bedrag overmaken onder vermelding van het factuurnummer (de bankgegevens staan op de factuur) of direct betalen via "
        + PAY_URL
        + "{inv}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum weten. Klopt er iets niet aan de bestelling, de levering of de montage, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nCopperleaf Office Furniture"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo in merito alla fattura indicata sotto, il cui termine di pagamento è scaduto:\n\n"
        "  Fattura:     {inv}\n  Data:        14/10/2026\n  Scadenza:    13/11/2026\n  Da saldare:  {amt}\n\n"
        "Potete pagare con bonifico (coordinate bancarie in fattura, indicando il numero nella causale) oppure con carta su "
        + PAY_URL
        + "{inv}\n\n"
        "Se il pagamento è già stato disposto, indicateci la data così da poterlo abbinare. In caso di problemi con l'ordine, la consegna o il montaggio, rispondete a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nCopperleaf Office Furniture"
    ),
}
# What a client limited to Latin-1 makes of the reminder's typography when it quotes it.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "\u202f": " "}

# --------------------------------------------------------------------------------------------
# Ids, dates, money and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


# Invoice numbers for messages that do not name one, set by assign_invoices() so that no two
# customers share a number and none clashes with a number written in a message.
ASSIGNED_INVOICES: dict[str, str] = {}


def default_invoice(key: str) -> str:
    return ASSIGNED_INVOICES[key]


def assign_invoices(keys: list[str], taken: set[str]) -> None:
    pool = [f"CL26-0{n}" for n in range(4100, 4800) if f"CL26-0{n}" not in taken]
    chosen = random.Random(SEED).sample(pool, len(keys))
    ASSIGNED_INVOICES.clear()
    ASSIGNED_INVOICES.update(zip(keys, chosen, strict=True))


def default_cents(key: str) -> int:
    return (24000 + number(key, "amount", 520000)) // 10 * 10


def money(cents: int, lang: str, cur: str) -> str:
    """A balance written the way the reminder prints it in `lang`."""
    whole, frac = divmod(cents, 100)
    grouped = f"{whole:,}"
    sym = {"GBP": "£", "EUR": "€"}[cur]
    if lang == "en":
        return f"{sym}{grouped}.{frac:02d}"
    if lang == "fr":
        return f"{grouped.replace(',', chr(0xA0))},{frac:02d} {sym}"
    dotted = grouped.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{dotted},{frac:02d} {sym}"
    return f"{sym} {dotted},{frac:02d}"


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds()) // 3600
    return {
        "wdl": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "monl": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MM": f"{dt.minute:02d}",
        "off": f"{hours:+03d}:00",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_sent(key: str, reply: datetime) -> datetime:
    """When the answered reminder left Copperleaf (UK time), shown in the replier's zone."""
    day = reply.astimezone(UTC) - timedelta(days=1 + number(key, "lag", 4))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 30 + number(key, "minute", 25)
    sent = day.replace(hour=7, minute=minute, second=number(key, "second", 60))
    return sent.astimezone(reply.tzinfo)


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        out.append("&nbsp;" * (len(line) - len(stripped)) + esc(stripped))
    return "<br>\n".join(out)


def html_paragraphs(text: str, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_lines(p)}</{tag}>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    """Apple Mail and Gmail style: one <div> a line, <br> in empty ones."""
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{html_lines(line)}</div>" if line else "<div><br></div>")
    return "\n".join(out)


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html_lines(line) if line else "<o:p>&nbsp;</o:p>"
        out.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(out)


def flow_line(prefix: str, content: str, width: int = 76) -> list[str]:
    """One logical line as RFC 3676 format=flowed lines (soft breaks end with a space)."""
    content = content.rstrip(" ") if content != "-- " else content
    if not prefix and (content.startswith((" ", ">")) or content.startswith("From ")):
        content = " " + content  # space-stuffing
    if len(prefix) + len(content) <= width:
        return [prefix + content]
    lines: list[str] = []
    current = ""
    for word in content.split(" "):
        if current.strip() and len(prefix) + len(current) + len(word) > width:
            lines.append(prefix + current)
            current = ""
        current += word + " "
    lines.append(prefix + current[:-1])
    return lines


def flowed(text: str, quoted: str = "") -> str:
    """`text` unquoted, then `quoted` one level deep, encoded as format=flowed."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(flow_line("", line))
    if quoted:
        for line in quoted.split("\n"):
            out.extend(flow_line("> ", line) if line else [">"])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

# 0: no transfer encoding (the part is sent as 7bit or 8bit)
CTE = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": 0, "7bit": 0}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part as the client encodes it; fails if the text does not fit the charset."""
    if charset == "none":  # a notice with no MIME headers at all, raw 8-bit Latin-1
        part = Message()
        part.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
        return part
    text.encode(charset)
    chars = email_charset.Charset(charset)
    chars.body_encoding = CTE[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chars)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it (RFC 2047 encoded-words when not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset not in {"us-ascii", "none"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def alternative(text: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text)
    outer.attach(markup)
    return outer


def move_headers(msg: Message, first: tuple[str, ...], last: tuple[str, ...]) -> None:
    """Reorder headers: trace headers first, MIME headers last, as delivered mail has them."""
    items = list(msg.items())
    for name in {k for k, _ in items}:
        del msg[name]
    rank = {name.lower(): n for n, name in enumerate(first)}
    tail = {name.lower(): n for n, name in enumerate(last)}

    def order(item: tuple[int, tuple[str, str]]) -> tuple[int, int, int]:
        pos, (name, _) = item
        low = name.lower()
        if low in rank:
            return (0, rank[low], pos)
        if low in tail:
            return (2, tail[low], pos)
        return (1, 0, pos)

    for _, (name, value) in sorted(enumerate(items), key=order):
        msg[name] = value


def clean_parts(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                clean_parts(sub, root=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


TRACE_FIRST = ("Return-Path", "Delivered-To", "Received")
MIME_LAST = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def received(key: str, relay: str, dt: datetime) -> str:
    """The trace line Copperleaf's MX adds on delivery."""
    ip = f"203.0.113.{10 + number(key, 'ip', 200)}"
    queue = b32(key, "queue", 11)
    arrived = (dt + timedelta(seconds=3 + number(key, "delay", 50))).astimezone(UTC)
    return (
        f"from {relay} ({relay} [{ip}])\n\tby {MX_HOST} (Postfix) with ESMTPS id 4d{queue}\n"
        f"\tfor <{AR_ADDR}>; {format_datetime(arrived)}"
    )


# --------------------------------------------------------------------------------------------
# Replies: the hand-written part and what the client wraps around it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One message from a customer (or a customer's system) and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the answered reminder (default: lang)
    loc: str = ""  # UI language of the client (default: lang)
    inv: str = ""  # invoice named in the reminder (default: derived from the key)
    cents: int = 0  # balance in the reminder (default: derived from the key)
    cur: str = ""  # currency of the reminder (default: GBP in English, EUR otherwise)
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    cc: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None  # file name, MIME type, content
    markup: str = ""  # hand-written HTML for the custom styles
    threaded: bool = True  # answers the reminder (In-Reply-To and References)

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")

    @property
    def balance(self) -> str:
        return money(self.cents or default_cents(self.key), self.reminder_lang, self.currency)


def lab(*refs: str, note: str | None = None, **fields: str | None) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt)


def make_quote(r: Reply) -> Quote:
    text = reminder_body(r.reminder_lang, r.invoice, r.balance)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.charset in {"iso-8859-1", "us-ascii"}:
        text, subject = latin1_safe(text), latin1_safe(subject)
    return Quote(text, subject, reminder_sent(r.key, r.dt), r.client_lang, mailbox(*r.who))


def header_rows(words: HeaderWords, q: Quote, sent: str) -> list[tuple[str, str]]:
    return [
        (words.frm, f"{AR_NAME} <{AR_ADDR}>"),
        (words.sent, sent),
        (words.to, q.to),
        (words.subject, q.subject),
    ]


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    return header_rows(OUTLOOK_WORDS[q.loc], q, fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent))


def rows_text(rows: list[tuple[str, str]], sep: str) -> str:
    return "\n".join(f"{label}{sep}{value}" for label, value in rows)


def rows_html(rows: list[tuple[str, str]], sep: str) -> str:
    return "<br>\n".join(
        f"<b>{esc(label)}{esc(sep.rstrip())}</b> {esc(value)}" for label, value in rows
    )


def plain(r: Reply, text: str) -> Message:
    return text_part(text, "plain", r.charset, r.cte)


def markup_part(r: Reply, markup: str) -> Message:
    return text_part(markup, "html", r.charset, r.cte)


def html_doc(r: Reply, body: str, head: str = "", attrs: str = "") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
    return f"<html><head>{meta}{head}</head><body{attrs}>\n{body}\n</body></html>\n"


# Outlook desktop ------------------------------------------------------------------------------


def style_outlook(r: Reply, q: Quote | None) -> Message:
    if q is None:
        return plain(r, r.body + "\n")
    words = OUTLOOK_WORDS[q.loc]
    block = rows_text(outlook_rows(q), words.sep)
    return plain(r, f"{r.body}\n\n{words.original}\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote | None) -> str:
    head = (
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>"
    )
    parts = [mso_paragraphs(r.body)]
    if q is not None:
        words = OUTLOOK_WORDS[q.loc]
        parts += [
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            f'<p class="MsoNormal">{rows_html(outlook_rows(q), words.sep)}<o:p></o:p></p>',
            "</div>",
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            mso_paragraphs(q.text),
        ]
    body = '<div class="WordSection1">\n' + "\n".join(parts) + "\n</div>"
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return html_doc(
        r, body, head, f' lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"'
    )


def style_outlook_html(r: Reply, q: Quote | None) -> Message:
    text = r.body + "\n"
    if q is not None:
        words = OUTLOOK_WORDS[q.loc]
        text = f"{r.body}\n\n{rows_text(outlook_rows(q), words.sep)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup_part(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote | None) -> Message:
    return markup_part(r, word_html(r, q))


# Outlook on the web and Outlook for Android ---------------------------------------------------


def owa_text(r: Reply, q: Quote | None, sig: str = "") -> str:
    top = f"{r.body}\n\n{sig}\n" if sig else f"{r.body}\n\n"
    if q is None:
        return top
    words = OUTLOOK_WORDS[q.loc]
    return f"{top}{'_' * 32}\n{rows_text(outlook_rows(q), words.sep)}\n\n{q.text}\n"


def owa_html(r: Reply, q: Quote | None, sig: str = "") -> str:
    parts = [
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">',
        html_lines(r.body),
        "</div>",
    ]
    if sig:
        parts.append(f'<div id="ms-outlook-mobile-signature"><div dir="ltr">{esc(sig)}</div></div>')
    if q is not None:
        words = OUTLOOK_WORDS[q.loc]
        parts += [
            '<div id="appendonsend"></div>',
            '<hr style="display:inline-block;width:98%" tabindex="-1">',
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">',
            rows_html(outlook_rows(q), words.sep),
            "</font>",
            "<div>&nbsp;</div></div>",
            f"<div>{html_paragraphs(q.text, 'div')}</div>",
        ]
    return html_doc(r, "\n".join(parts), attrs=' dir="ltr"')


def style_owa(r: Reply, q: Quote | None) -> Message:
    return alternative(plain(r, owa_text(r, q)), markup_part(r, owa_html(r, q)))


def style_android(r: Reply, q: Quote | None) -> Message:
    sig = ANDROID_SIG[r.client_lang]
    text = text_part(owa_text(r, q, sig), "plain", r.charset, "b64")
    markup = text_part(owa_html(r, q, sig), "html", r.charset, "b64")
    return alternative(text, markup)


# Gmail ----------------------------------------------------------------------------------------


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote | None) -> Message:
    if q is None:
        return alternative(
            plain(r, r.body + "\n"), markup_part(r, f'<div dir="ltr">{html_lines(r.body)}</div>\n')
        )
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text, 'div')}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def style_gmail_plain(r: Reply, q: Quote | None) -> Message:
    if q is None:
        return plain(r, r.body + "\n")
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_gmail_bottom(r: Reply, q: Quote | None) -> Message:
    """Bottom-posted: the new text comes after the quote."""
    if q is None:
        return plain(r, r.body + "\n")
    return plain(r, f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n")


# Apple Mail and iPhone ------------------------------------------------------------------------


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote | None) -> Message:
    text = r.body + "\n"
    quoted = ""
    if q is not None:
        text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n\n"
        quoted = (
            f'<div><br><blockquote type="cite"><div>{esc(apple_attr(q))}</div>'
            '<br class="Apple-interchange-newline">'
            f"{html_divs(q.text)}</blockquote></div>"
        )
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset='
        + r.charset
        + '"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_divs(r.body)}{quoted}</body></html>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def iphone_text(r: Reply, q: Quote | None) -> str:
    sig = IPHONE_SIG[r.client_lang]
    if q is None:
        return f"{r.body}\n\n{sig}\n"
    return f"{r.body}\n\n{sig}\n\n{quote_lines(apple_attr(q) + chr(10) + chr(10) + q.text)}\n"


def style_iphone(r: Reply, q: Quote | None) -> Message:
    return plain(r, iphone_text(r, q))


def style_iphone_html(r: Reply, q: Quote | None) -> Message:
    sig = IPHONE_SIG[r.client_lang]
    quoted = ""
    if q is not None:
        quoted = (
            f'<div dir="ltr"><br><blockquote type="cite">{esc(apple_attr(q))}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{html_lines(q.text)}</div></blockquote>'
        )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{esc(sig)}</div></div>{quoted}</body></html>\n'
    )
    return alternative(plain(r, iphone_text(r, q)), markup_part(r, markup))


# Thunderbird ----------------------------------------------------------------------------------


def set_flowed(part: Message) -> Message:
    part.set_param("format", "flowed")
    move_headers(part, (), MIME_LAST)
    return part


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote | None) -> Message:
    """Plain text; format=flowed when the client sends UTF-8."""
    if r.charset == "utf-8":
        text = flowed(r.body + ("\n\n" + tb_attr(q) if q else ""), q.text if q else "")
        return set_flowed(plain(r, text + "\n"))
    text = r.body + (f"\n\n{tb_attr(q)}\n{quote_lines(q.text)}" if q else "")
    return plain(r, text + "\n")


def style_thunderbird_html(r: Reply, q: Quote | None) -> Message:
    text = flowed(r.body + ("\n\n" + tb_attr(q) if q else ""), q.text if q else "")
    quoted = ""
    if q is not None:
        quoted = (
            f'<div class="moz-cite-prefix">{esc(tb_attr(q))}<br></div>\n'
            f'<blockquote type="cite" cite="mid:{b32(r.key, "reminder", 20)}@{AR_DOMAIN}">\n'
            f"{html_paragraphs(q.text)}\n</blockquote>"
        )
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        "  </head>\n  <body>\n"
        f"    {html_paragraphs(r.body)}\n{quoted}\n  </body>\n</html>\n"
    )
    return alternative(set_flowed(plain(r, text + "\n")), markup_part(r, markup))


# Samsung Email --------------------------------------------------------------------------------


def style_samsung(r: Reply, q: Quote | None) -> Message:
    sig = SAMSUNG_SIG[r.client_lang]
    text = f"{r.body}\n\n\n\n{sig}\n"
    quoted = ""
    if q is not None:
        words = SAMSUNG_WORDS[q.loc]
        rows = header_rows(words, q, fmt(SAMSUNG_DATE[q.loc], q.loc, q.sent))
        text += f"\n{words.original}\n{rows_text(rows, words.sep)}\n\n{q.text}\n"
        quoted = (
            '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
            f"<div>{esc(words.original)}</div>"
            + "".join(
                f"<div>{esc(label)}{esc(words.sep)}{esc(value)} </div>" for label, value in rows
            )
            + f"<div><br></div></div>{html_paragraphs(q.text, 'div')}"
        )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div>'
        f"{quoted}</body></html>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


# No client layout -----------------------------------------------------------------------------


def style_none(r: Reply, q: Quote | None) -> Message:
    """Automatic notices: the text alone, no quote."""
    del q
    return plain(r, r.body + "\n")


def style_notice_html(r: Reply, q: Quote | None) -> Message:
    """Exchange-style automatic reply: plain and a small HTML version, no quote."""
    del q
    markup = html_doc(
        r,
        f'<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div>',
    )
    return alternative(plain(r, r.body + "\n"), markup_part(r, markup))


def style_custom(r: Reply, q: Quote | None) -> Message:
    """A system-generated message: the hand-written plain text and HTML."""
    del q
    return alternative(plain(r, r.body + "\n"), markup_part(r, r.markup))


def style_custom_html(r: Reply, q: Quote | None) -> Message:
    del q
    return markup_part(r, r.markup)


STYLES: dict[str, Callable[[Reply, Quote | None], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "gmail_bottom": style_gmail_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "none": style_none,
    "notice_html": style_notice_html,
    "custom": style_custom,
    "custom_html": style_custom_html,
}
QUOTING = {name for name in STYLES if name not in {"none", "notice_html", "custom", "custom_html"}}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android", "notice_html"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird_html": "------------",
    "samsung": "--_com.samsung.android.email_",
}


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style.startswith("gmail"):
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA+{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'host', 10)}.EURP193.PROD.OUTLOOK.example>"
    if r.style == "samsung":
        return f"<{raw.hex()[:12]}.{number(r.key, 'pid', 99999)}@{domain}>"
    if r.style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style.startswith("thunderbird"):
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 20)}@{AR_DOMAIN}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    rows = [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
    ]
    rows.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    rows.append(("X-MS-Has-Attach", "yes" if r.attach else ""))
    return rows


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, mime, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    main, sub = mime.split("/")
    part = MIMEBase(main, sub, name=name)
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q if r.style in QUOTING else None))
    sender = r.who[1]
    msg["Return-Path"] = f"<{sender}>"
    domain = sender.split("@")[1]
    relay = (
        f"mail-ej1-f{number(r.key, 'relay', 90) + 10}.google.com"
        if domain == "gmail.com"
        else f"smtp-out.{domain}"
    )
    msg["Received"] = received(r.key, relay, r.dt)
    msg["From"] = mailbox(*r.who, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for cc in r.cc:
        msg["Cc"] = cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.threaded else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    move_headers(msg, TRACE_FIRST, MIME_LAST)
    clean_parts(msg)
    prefix = BOUNDARY_PREFIX.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_Part_")
    set_boundaries(msg, r.key, prefix)
    return msg


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


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
    build: Callable[[Bounce], Message]
    note: str | None = None
    queued: int = 0  # minutes the reminder waited before this report (delay warnings)

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def invoice(self) -> str:
        return default_invoice(self.key)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def sent(self) -> datetime:
        """When the reminder left Copperleaf's server (UK time)."""
        minutes = self.queued or 2 + number(self.key, "queue-time", 9)
        seconds = number(self.key, "queue-seconds", 60)
        return (self.dt - timedelta(minutes=minutes, seconds=seconds)).astimezone(UTC)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        cur = "GBP" if self.rlang == "en" else "EUR"
        text = reminder_body(
            self.rlang, self.invoice, money(default_cents(self.key), self.rlang, cur)
        )
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        move_headers(msg, (), MIME_LAST)
        return msg

    def reminder_headers(self) -> str:
        rem = self.reminder()
        return "".join(f"{k}: {v}\n" for k, v in rem.items())


def dsn(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    dtype: str = "smtp",
    received_from: str = "",
    retry_days: int = 0,
) -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    head = [f"Reporting-MTA: dns; {mta}"]
    if received_from:
        head.append(f"Received-From-MTA: dns; {received_from}")
    head.append(f"Arrival-Date: {format_datetime(b.sent)}")
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        rcpt.append(f"Remote-MTA: dns; {remote}")
    rcpt += [
        f"Diagnostic-Code: {dtype}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return part


def headers_part(b: Bounce, description: str = "") -> Message:
    part = text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")
    if description:
        part["Content-Description"] = description
    return part


def returned_message(b: Bounce, description: str = "") -> Message:
    part = MIMEMessage(b.reminder())
    if description:
        part["Content-Description"] = description
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    relay: str,
    *extra: tuple[str, str],
    prefix: str = "----=_Part_",
) -> Message:
    msg["Return-Path"] = "<>"
    msg["Received"] = received(b.key, relay, b.dt)
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{relay}>"
    for name, value in extra:
        msg[name] = value
    move_headers(msg, TRACE_FIRST, MIME_LAST)
    clean_parts(msg)
    set_boundaries(msg, b.key, prefix)
    return msg


OUR_MTA = "mail.copperleaf-furniture.example"
OUR_DAEMON = f"MAILER-DAEMON@{OUR_MTA}"


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

REPLIES: list[Reply] = []
BOUNCES: list[Bounce] = []
AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
FAKE_JPEG = (
    bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
    + bytes(64)
    + bytes.fromhex("ffd9")
)

# payment_sent ---------------------------------------------------------------------------------

ADVICE_DE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<h3 style="color:#1f3864">Zahlungsavis</h3>
<p>Sehr geehrte Damen und Herren,</p>
<p>wir haben heute folgende Zahlung an Sie ausgeführt:</p>
<table cellpadding="3" style="font-size:10pt">
<tr><td>Zahlungsempfänger:</td><td>Copperleaf Office Furniture</td></tr>
<tr><td>Ausführungsdatum:</td><td>04.12.2026</td></tr>
<tr><td>Zahlungsreferenz:</td><td>ZA-2026-1204-0087</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2f3"><th>Beleg-Nr.</th><th>Rechnungsdatum</th><th>Betrag</th><th>Skonto</th><th>Zahlbetrag</th></tr>
<tr><td>CL26-04207</td><td>14.10.2026</td><td align="right">1.946,00</td><td align="right">0,00</td><td align="right">1.946,00</td></tr>
<tr><td>CL26-04261</td><td>14.10.2026</td><td align="right">312,40</td><td align="right">0,00</td><td align="right">312,40</td></tr>
<tr><td colspan="4"><b>Summe EUR</b></td><td align="right"><b>2.258,40</b></td></tr>
</table>
<p style="color:#7f7f7f;font-size:8pt">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht an diese Adresse; Rückfragen richten Sie bitte an kreditoren@brandt-seidl.example.<br>
Brandt Seidl Rechtsanwälte PartG mbB · Am Mühlentor 7 · Frankfurt am Main</p>
</body></html>
"""

ADVICE_NL_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betaaladvies</title></head>
<body style="margin:0;padding:20px;font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #cccccc">
<tr><td style="background:#2e5e4e;color:#ffffff;padding:12px;font-size:16px"><b>Betaaladvies</b></td></tr>
<tr><td style="padding:12px">
<p>Geachte relatie,</p>
<p>Op 02-12-2026 hebben wij de volgende betaling aan u verricht:</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="border-bottom:1px solid #999999"><th align="left">Factuurnummer</th><th align="left">Factuurdatum</th><th align="right">Bedrag</th></tr>
<tr><td>CL26-04355</td><td>14-10-2026</td><td align="right">&euro;&nbsp;1.250,00</td></tr>
</table>
<p><b>Totaal betaald:</b> &euro;&nbsp;1.250,00<br><b>Betalingskenmerk:</b> 1100 4521 8890 3327</p>
<p style="color:#777777;font-size:10px">Dit is een automatisch verzonden bericht uit onze financi&euml;le administratie. U kunt niet op dit bericht reageren.</p>
<p>Bureau Vliet Architecten B.V.</p>
</td></tr></table>
</body></html>
"""

REPLIES.extend(
    [
        Reply(
            "ps-en-1",
            "payment_sent",
            "en",
            ("Dan Kettering", "dan.kettering@gmail.com"),
            "2026-11-26 08:14 +0000",
            "iphone",
            "Paid.",
            lab(note="one-word 'Paid.' from a home worker answering the reminder; no date given"),
        ),
        Reply(
            "ps-en-2",
            "payment_sent",
            "en",
            ("Marcus Lyle", "marcus@thecommonroom-cowork.example"),
            "2026-12-15 17:52 +0000",
            "gmail_bottom",
            "done\n\nM",
            lab(
                note="'done' written under the quoted reminder (bottom-posted) means paid; no date"
            ),
        ),
        Reply(
            "ps-en-3",
            "payment_sent",
            "en",
            ("Orla Geraghty", "accounts@quaysidedental.example"),
            "2026-12-01 10:22 +0000",
            "outlook_html",
            "Hi,\n\nWe have NOT forgotten about you! The transfer for €3,480.00 went through on Friday 27th, reference QDP-1127. It should have reached you by now.\n\nCould you make sure it is allocated to CL26-04391 and not to the deposit invoice for the new surgery? Your system mixed the two up once before.\n\nKind regards,\n\nOrla Geraghty\nPractice Manager\nQuayside Dental Practice\nTel. 01 555 0142\n\nThis email and any attachments are confidential and may contain patient information. If you are not the intended recipient, please delete it and let us know.",
            lab(
                "CL26-04391",
                paid_date="2026-11-27",
                payment_reference="QDP-1127",
                amount="3480.00",
                currency="EUR",
                note="capitalised NOT is emphasis, not a refusal; 'Friday 27th' is the Friday before Tue 1 Dec; Irish practice billed in euro",
            ),
            inv="CL26-04391",
            cents=348000,
            cur="EUR",
            charset="windows-1252",
        ),
        Reply(
            "ps-de-1",
            "payment_sent",
            "de",
            ("Brandt Seidl Rechtsanwälte – Kreditoren", "noreply-kreditoren@brandt-seidl.example"),
            "2026-12-04 06:12 +0100",
            "custom",
            "Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie ausgeführt:\n\nZahlungsempfänger:  Copperleaf Office Furniture\nAusführungsdatum:   04.12.2026\nZahlungsreferenz:   ZA-2026-1204-0087\n\nBeleg-Nr.    Rechnungsdatum   Betrag     Skonto   Zahlbetrag\nCL26-04207   14.10.2026       1.946,00   0,00     1.946,00\nCL26-04261   14.10.2026         312,40   0,00       312,40\n\nSumme EUR                                         2.258,40\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht an diese Adresse; Rückfragen richten Sie bitte an kreditoren@brandt-seidl.example.\nBrandt Seidl Rechtsanwälte PartG mbB · Am Mühlentor 7 · Frankfurt am Main",
            lab(
                "CL26-04207",
                "CL26-04261",
                paid_date="2026-12-04",
                payment_reference="ZA-2026-1204-0087",
                amount="2258.40",
                currency="EUR",
                note="law firm's AP-system payment advice, not a reply and marked Auto-Submitted: auto-generated; still payment_sent. The amount is the total of both invoices; the query address is not a new contact",
            ),
            subject="Zahlungsavis ZA-2026-1204-0087 – Brandt Seidl Rechtsanwälte PartG mbB",
            markup=ADVICE_DE_HTML,
            threaded=False,
            headers=(
                ("Auto-Submitted", "auto-generated"),
                ("X-Mailer", "Kanzlei-ERP Zahlungsverkehr 7.2"),
            ),
        ),
        Reply(
            "ps-fr-1",
            "payment_sent",
            "fr",
            ("Claire Dumas", "c.dumas@atelier-loubiere.example"),
            "2026-11-30 09:48 +0100",
            "outlook",
            "Bonjour,\n\nLe virement de 2 184,00 € a été émis le 24 novembre depuis notre compte professionnel, référence VIR-ATL-2411. Il devrait déjà apparaître sur votre relevé.\n\nBien à vous,\n\nClaire Dumas\nAssistante de gestion\nAtelier Loubière Architectes\n4, passage des Tanneurs – Lyon",
            lab(
                paid_date="2026-11-24",
                payment_reference="VIR-ATL-2411",
                amount="2184.00",
                currency="EUR",
            ),
            cents=218400,
            charset="windows-1252",
        ),
        Reply(
            "ps-fr-2",
            "payment_sent",
            "fr",
            ("Élodie Marchetti", "elodie.marchetti.traduction@gmail.com"),
            "2026-12-09 11:31 +0100",
            "gmail",
            "Bonjour,\n\nC'est réglé depuis ce matin par carte, via le lien de paiement de votre mail. Par contre je n'ai reçu aucune confirmation, vous pouvez vérifier que c'est bien passé ?\n\nMerci et bonne journée,\nÉlodie Marchetti\nTraductrice indépendante",
            lab(
                paid_date="2026-12-09",
                note="home worker paid this morning by card; the question only asks for a confirmation",
            ),
        ),
        Reply(
            "ps-es-1",
            "payment_sent",
            "es",
            ("Nuria Beltrán", "administracion@colmena-cowork.example"),
            "2026-12-01 13:05 +0100",
            "gmail",
            "Hola:\n\nYa está abonada. Se pagó el viernes pasado en una sola transferencia junto con la factura de las taquillas, es decir, la CL26-04466 y la CL26-04480, 3.912,40 € en total.\n\nSi no os cuadra, decídmelo y os paso el justificante.\n\nUn saludo,\nNuria Beltrán\nAdministración · La Colmena Coworking",
            lab(
                "CL26-04466",
                "CL26-04480",
                paid_date="2026-11-27",
                amount="3912.40",
                currency="EUR",
                note="one transfer for two invoices, so the amount is the total; 'el viernes pasado' from Tue 1 Dec is 27 Nov",
            ),
            inv="CL26-04466",
            cents=287640,
        ),
        Reply(
            "ps-es-2",
            "payment_sent",
            "es",
            ("Dra. Inés Roldán", "ines.roldan@clinicaroldan-dental.example"),
            "2026-12-17 19:40 +0100",
            "iphone",
            "Pagado ayer por transferencia, te adjunto el comprobante.\nUn saludo\nInés",
            lab(paid_date="2026-12-16", note="proof of transfer attached as a PDF"),
            attach=("comprobante_transferencia.pdf", "application/pdf", FAKE_PDF),
        ),
        Reply(
            "ps-nl-1",
            "payment_sent",
            "nl",
            ("Bureau Vliet Architecten B.V.", "noreply-betalingen@bureau-vlietarchitecten.example"),
            "2026-12-03 06:30 +0100",
            "custom_html",
            "Betaaladvies\n\nGeachte relatie,\n\nOp 02-12-2026 hebben wij de volgende betaling aan u verricht:\n\nFactuurnummer  Factuurdatum  Bedrag\nCL26-04355     14-10-2026    € 1.250,00\n\nTotaal betaald: € 1.250,00\nBetalingskenmerk: 1100 4521 8890 3327\n\nDit is een automatisch verzonden bericht uit onze financiële administratie. U kunt niet op dit bericht reageren.\n\nBureau Vliet Architecten B.V.",
            lab(
                "CL26-04355",
                paid_date="2026-12-02",
                payment_reference="1100 4521 8890 3327",
                amount="1250.00",
                currency="EUR",
                note="architects' office AP-system payment advice, HTML only and not a reply; the payment date is the day before the message",
            ),
            inv="CL26-04355",
            cents=125000,
            subject="Betaaladvies Bureau Vliet Architecten B.V. – 02-12-2026",
            markup=ADVICE_NL_HTML,
            threaded=False,
        ),
        Reply(
            "ps-nl-2",
            "payment_sent",
            "nl",
            ("Bram Kuipers", "bram.kuipers@gmail.com"),
            "2026-11-23 20:14 +0100",
            "samsung",
            "Heb gisteravond al betaald via de betaallink 👍",
            lab(
                paid_date="2026-11-22",
                note="home worker; 'gisteravond' (last night) from Mon 23 Nov",
            ),
            cte="b64",
        ),
        Reply(
            "ps-it-1",
            "payment_sent",
            "it",
            ("Studio Legale Ferraris Colombo", "amministrazione@ferrariscolombo-legale.example"),
            "2026-12-07 15:26 +0100",
            "outlook_html",
            "Gentili Signori,\n\ncon la presente vi informiamo che in data odierna abbiamo disposto il bonifico di € 2.745,60 a saldo della fattura CL26-04290.\n\nTRN 0306911422071207001132450IT\n\nDistinti saluti\n\nPaola Sartori\nUfficio Amministrazione\nStudio Legale Ferraris Colombo\n\nQuesto messaggio e i suoi allegati sono indirizzati esclusivamente al destinatario e possono contenere informazioni riservate. Se lo avete ricevuto per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo.",
            lab(
                "CL26-04290",
                paid_date="2026-12-07",
                payment_reference="0306911422071207001132450IT",
                amount="2745.60",
                currency="EUR",
                note="'in data odierna abbiamo disposto il bonifico': the transfer was ordered today",
            ),
            inv="CL26-04290",
            cents=274560,
        ),
        Reply(
            "ps-it-2",
            "payment_sent",
            "it",
            ("Dott.ssa Marta Ricci", "studio@ricci-odontoiatria.example"),
            "2026-12-16 12:05 +0100",
            "thunderbird",
            "Salve,\npagato venerdì scorso, 980,00 euro con bonifico dalla banca dello studio.\nSe non vi risulta ancora fatemi sapere.\n\nMarta Ricci\nStudio Odontoiatrico Ricci",
            lab(
                paid_date="2026-12-11",
                amount="980.00",
                currency="EUR",
                note="'venerdì scorso' from Wed 16 Dec is 11 Dec",
            ),
            cents=98000,
            charset="iso-8859-1",
        ),
    ]
)

# promise_to_pay -------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "pr-en-1",
            "promise_to_pay",
            "en",
            ("Priya Natarajan", "priya@hivehouse-workspace.example"),
            "2026-11-26 16:20 +0000",
            "owa",
            "Hi there,\n\nApologies – this one slipped through while our finance person was on leave. Our members' monthly fees were collected yesterday but the money only clears on Monday, so I'll pay CL26-04433 in full as soon as the funds clear on Monday. You should see it by the end of that day.\n\nThanks for your patience,\nPriya\n\nPriya Natarajan | Community & Operations Lead\nHive House Workspace – desks, studios and meeting rooms",
            lab(
                "CL26-04433",
                promised_date="2026-11-30",
                note="event promise: pays once the funds clear on Monday, i.e. Mon 30 Nov (message of Thu 26 Nov)",
            ),
            inv="CL26-04433",
        ),
        Reply(
            "pr-en-2",
            "promise_to_pay",
            "en",
            ("Helen Ashcroft", "h.ashcroft@ashdownkemp-law.example"),
            "2026-12-03 11:05 +0000",
            "outlook_html",
            "Dear Sirs,\n\nThank you for your email. The invoice has been approved by the partners and passed for payment. It will be included in our next BACS run on Thursday 10 December.\n\nYours faithfully,\n\nHelen Ashcroft\nPractice Manager\nAshdown Kemp Solicitors\n\nAshdown Kemp Solicitors is a trading name of Ashdown Kemp LLP. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it; do not copy, use or disclose its contents. We will never tell you about a change to our bank details by email.",
            lab(
                promised_date="2026-12-10",
                note="law firm; past-tense 'approved … passed for payment' describes a future BACS run; the bank-details line is the firm's standard disclaimer",
            ),
        ),
        Reply(
            "pr-en-3",
            "promise_to_pay",
            "en",
            ("Tom Okonjo", "tom.okonjo@gmail.com"),
            "2026-12-11 21:33 +0000",
            "gmail",
            "Hi,\n\nSorry! Completely lost track of the invoice for the standing desk. I get paid on the 15th so I'll send the full £642.00 then.\n\nIs a bank transfer OK or do I have to use the card link?\n\nThanks,\nTom",
            lab(
                promised_date="2026-12-15",
                amount="642.00",
                currency="GBP",
                note="home worker; a promise with a question about how to pay",
            ),
            cents=64200,
        ),
        Reply(
            "pr-de-1",
            "promise_to_pay",
            "de",
            ("Zahnarztpraxis Dr. Reuter", "verwaltung@zahnarztpraxis-reuter.example"),
            "2026-11-30 10:40 +0100",
            "outlook",
            "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Wir überweisen den offenen Betrag von 4.318,50 EUR bis spätestens Freitag, 4. Dezember.\n\nMit freundlichen Grüßen\n\nJana Pohl\nPraxisverwaltung\nZahnarztpraxis Dr. med. dent. Anja Reuter",
            lab(
                promised_date="2026-12-04",
                amount="4318.50",
                currency="EUR",
                note="'bis spätestens Freitag, 4. Dezember' (at the latest) → that date",
            ),
            cents=431850,
            charset="iso-8859-1",
            cte="8bit",
        ),
        Reply(
            "pr-de-2",
            "promise_to_pay",
            "de",
            ("Lukas Brenner", "lukas@brenner-raumplan.example"),
            "2026-12-08 21:55 +0100",
            "iphone",
            "Überweisung geht morgen früh raus, versprochen. Sorry für die Verspätung, wir hatten Abgabe beim Wettbewerb.\n\nGruß Lukas",
            lab(
                promised_date="2026-12-09",
                note="architect writing in the evening; 'morgen' is Wed 9 Dec",
            ),
        ),
        Reply(
            "pr-fr-1",
            "promise_to_pay",
            "fr",
            ("Sophie Garnier", "s.garnier@garnier-avocats.example"),
            "2026-12-02 14:18 +0100",
            "outlook_html",
            "Madame, Monsieur,\n\nMaître Garnier me charge de vous informer que votre facture sera réglée le 15 décembre, date de notre prochaine campagne de paiement des fournisseurs.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nSophie Garnier\nAssistante juridique\nGarnier Avocats – AARPI\n\nCe message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.",
            lab(promised_date="2026-12-15"),
        ),
        Reply(
            "pr-es-1",
            "promise_to_pay",
            "es",
            ("Jordi Puig", "jordi.puig@espai-trama.example"),
            "2026-12-04 09:12 +0100",
            "owa",
            "Buenos días:\n\nLa tenemos programada en la remesa de pagos a proveedores del día 10. Os llegará ese mismo jueves.\n\nSaludos,\n\nJordi Puig\nAdministración – Espai Trama Coworking",
            lab(
                promised_date="2026-12-10",
                note="scheduled in the supplier payment run of the 10th (Thu 10 Dec)",
            ),
        ),
        Reply(
            "pr-es-2",
            "promise_to_pay",
            "es",
            ("Carla Méndez", "carla.mendez.disseny@gmail.com"),
            "2026-11-24 18:47 +0100",
            "gmail_plain",
            "Hola!\n\nPerdonad el retraso, ha sido un mes complicado con los clientes. Os lo pago a final de mes, en cuanto me ingresen lo de un proyecto que ya está facturado.\n\nUn saludo,\nCarla",
            lab(
                promised_date="2026-11-30",
                note="home worker; 'a final de mes' written on 24 Nov is the end of November; the condition does not change the date",
            ),
        ),
        Reply(
            "pr-nl-1",
            "promise_to_pay",
            "nl",
            ("Monique Verbeek", "administratie@tandartspraktijk-deschelde.example"),
            "2026-12-14 13:30 +0100",
            "outlook",
            "Goedemiddag,\n\nExcuses, de factuur was bij ons tussen wal en schip geraakt. Hij is inmiddels goedgekeurd en gaat mee in de betaalrun van aanstaande vrijdag.\n\nMet vriendelijke groet,\n\nMonique Verbeek\nPraktijkmanager\nTandartspraktijk De Schelde",
            lab(
                promised_date="2026-12-18",
                note="'aanstaande vrijdag' from Mon 14 Dec is Fri 18 Dec",
            ),
        ),
        Reply(
            "pr-nl-2",
            "promise_to_pay",
            "nl",
            ("Joris van Leeuwen", "joris@vanleeuwen-ontwerp.example"),
            "2026-11-25 22:06 +0100",
            "apple",
            "Hoi,\n\nIk betaal hem zodra mijn opdrachtgever mij betaald heeft. Dat wordt naar verwachting begin volgende week.\n\nGroet,\nJoris",
            lab(
                promised_date="2026-11-30",
                note="self-employed architect; conditional promise; 'begin volgende week' taken as the Monday of next week, like 'next week'",
            ),
        ),
        Reply(
            "pr-it-1",
            "promise_to_pay",
            "it",
            ("Giulia Ferrero", "giulia@spaziocorte-coworking.example"),
            "2026-12-10 10:02 +0100",
            "gmail",
            "Ciao,\n\nscusate il ritardo! Il saldo parte lunedì 14 insieme agli altri fornitori.\n\nA presto,\nGiulia\nSpazio Corte Coworking – Torino",
            lab(
                promised_date="2026-12-14",
                note="Italian reply to an English reminder; 'lunedì 14' is Mon 14 Dec",
            ),
            rlang="en",
            cur="EUR",
        ),
        Reply(
            "pr-it-2",
            "promise_to_pay",
            "it",
            ("Studio Legale Guidi", "segreteria@studioguidi-avvocati.example"),
            "2026-12-04 12:40 +0100",
            "thunderbird",
            "Gentili signori,\n\nla vostra fattura è stata approvata dall'avvocato e sarà pagata entro il 18 dicembre p.v. tramite bonifico, per l'intero importo di euro 1.562,00.\n\nCordiali saluti\n\nla segreteria\nStudio Legale Guidi",
            lab(
                promised_date="2026-12-18",
                amount="1562.00",
                currency="EUR",
                note="'entro il 18 dicembre' (by 18 Dec) → that date; past-tense approval, future payment",
            ),
            cents=156200,
            charset="iso-8859-1",
        ),
    ]
)

# dispute --------------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "di-en-1",
            "dispute",
            "en",
            ("Karen Whitlow", "practice@elmfielddental.example"),
            "2026-11-23 09:35 +0000",
            "outlook_html",
            "Good morning,\n\nWe have NOT paid this invoice because the goods never arrived. The two reception chairs and the coffee table were booked for delivery on 12 November, we kept the waiting room clear all day and nobody turned up. Nobody rang either.\n\nPlease check with your delivery team and let me know when you can rebook.\n\nRegards,\n\nKaren Whitlow\nPractice Manager\nElmfield Dental Care",
            lab(note="negation: not paid because the goods never arrived → dispute"),
        ),
        Reply(
            "di-en-2",
            "dispute",
            "en",
            ("Ben Achterberg", "ben@foundryfloor-cowork.example"),
            "2026-12-02 15:40 +0000",
            "gmail",
            "Hi,\n\nTwo things. CL26-04512 (the desks) was paid on the 20th, so that one is fine.\n\nCL26-04530 is for the four acoustic phone booths, which your team collected again on 6 November because the doors didn't close – we have the signed collection note. That invoice should be credited in full, not chased.\n\nCheers,\nBen\nFoundry Floor Coworking",
            lab(
                "CL26-04512",
                "CL26-04530",
                note="one invoice paid, the other disputed (goods taken back): dispute wins for the disputed part; no paid_date in a dispute",
            ),
            inv="CL26-04530",
        ),
        Reply(
            "di-en-3",
            "dispute",
            "en",
            ("Imogen Reyes", "imogen@reyeswardarchitects.example"),
            "2026-12-07 12:15 +0000",
            "apple",
            "Hello,\n\nTwo of the six drafting tables on this invoice arrived with split tops – I sent photos to your delivery team on 18 November and attach one again here. Nobody has come back to us.\n\nWe're happy to pay for the four good tables (£1,296.00) but not for the damaged two until replacements have been fitted.\n\nBest,\nImogen Reyes\nStudio Manager, Reyes Ward Architects",
            lab(
                note="damaged goods with an offer to pay the undamaged part: the dispute drives the action; the partial amount is not labelled"
            ),
            cents=194400,
            attach=("IMG_4471.jpg", "image/jpeg", FAKE_JPEG),
        ),
        Reply(
            "di-de-1",
            "dispute",
            "de",
            ("Dr. Henrike Albrecht", "h.albrecht@albrecht-partner-recht.example"),
            "2026-11-27 11:50 +0100",
            "outlook_html",
            "Sehr geehrte Damen und Herren,\n\nin der Rechnung CL26-04250 ist der mit Ihnen vereinbarte Rahmenvertragsrabatt von 12 % nicht berücksichtigt. Laut Angebot vom 2. September sollten die zwölf Bürostühle 389,00 € netto je Stück kosten; berechnet haben Sie 442,00 €.\n\nBitte senden Sie uns eine korrigierte Rechnung. Bis dahin werden wir die Rechnung nicht begleichen.\n\nMit freundlichen Grüßen\n\nDr. Henrike Albrecht\nRechtsanwältin\nAlbrecht & Partner Rechtsanwälte mbB",
            lab(
                "CL26-04250",
                note="framework discount not applied; the corrected-invoice request belongs to the dispute",
            ),
            inv="CL26-04250",
            cents=631176,
        ),
        Reply(
            "di-de-2",
            "dispute",
            "de",
            ("Mehmet Aydın", "mehmet@kiezdesk-coworking.example"),
            "2026-12-09 18:22 +0100",
            "iphone",
            "Hallo,\n\nauf der Rechnung stehen 480 € Montage. Euer Monteur ist aber nie gekommen, wir haben die 20 Tische am Ende selbst aufgebaut. Die Montage zahlen wir nicht, bitte Rechnung ohne die Position schicken.\n\nVG Mehmet",
            lab(
                note="charged for assembly that never happened; the reissue request without that line is part of the dispute, not an invoice_request"
            ),
            cents=596000,
        ),
        Reply(
            "di-fr-1",
            "dispute",
            "fr",
            ("Dr Nadia Benhamou", "secretariat@cabinet-benhamou-dentaire.example"),
            "2026-12-11 10:10 +0100",
            "gmail",
            "Bonjour,\n\nLes quatre fauteuils livrés pour la salle d'attente ne sont pas ceux de la commande : nous avions choisi le tissu bleu canard et nous avons reçu du gris anthracite. Je l'ai signalé au livreur le jour même.\n\nNous ne réglerons pas cette facture tant que l'échange n'aura pas été fait.\n\nCordialement,\nDr Nadia Benhamou\nCabinet dentaire Benhamou",
            lab(note="wrong model delivered; payment withheld until the exchange"),
        ),
        Reply(
            "di-fr-2",
            "dispute",
            "fr",
            ("Olivier Claes", "o.claes@claes-avocats.example"),
            "2026-12-16 16:45 +0100",
            "outlook",
            "Madame, Monsieur,\n\nNous contestons le montant de cette facture. Le devis que nous avons accepté le 18 septembre mentionnait 3 150,00 EUR HTVA pour l'aménagement de la salle de réunion ; la facture s'élève à 3 580,00 EUR HTVA, sans qu'aucun supplément n'ait été convenu.\n\nNous vous saurions gré de nous adresser une facture rectifiée ou de justifier l'écart.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nOlivier Claes\nAvocat associé\nClaes & Wauters Avocats",
            lab(note="Belgian law firm; invoice above the accepted quote"),
            charset="iso-8859-1",
            cents=433180,
        ),
        Reply(
            "di-es-1",
            "dispute",
            "es",
            ("Pablo Iriarte", "pablo@iriarte-estudio.example"),
            "2026-11-25 13:02 +0100",
            "android",
            "Hola,\n\nNo la hemos pagado porque nos cobráis 14 sillas y solo llegaron 12. Ya se lo dije al transportista y firmó el albarán con la nota.\n\nMandadnos una factura por las 12 y la pagamos.\n\nPablo\nIriarte Estudio de Arquitectura",
            lab(
                note="negated payment with the reason (short delivery); payment offered only against a corrected invoice"
            ),
        ),
        Reply(
            "di-nl-1",
            "dispute",
            "nl",
            ("Femke de Graaf", "finance@havenloods-werkplekken.example"),
            "2026-12-01 11:25 +0100",
            "outlook_html",
            "Goedemorgen,\n\nWij betalen deze factuur niet. De huur van de twintig flexplekken (bureaus en stoelen) hebben wij per 1 oktober opgezegd, bevestigd door uw collega Ruben op 28 augustus. Toch factureert u de maanden oktober en november door.\n\nGraag ontvangen wij een creditnota voor beide maanden.\n\nMet vriendelijke groet,\n\nFemke de Graaf\nFinance\nHavenloods Werkplekken",
            lab(note="coworking space billed for furniture rental after cancelling it"),
        ),
        Reply(
            "di-nl-2",
            "dispute",
            "nl",
            ("Sven Dekker", "sven.dekker@gmail.com"),
            "2026-12-04 20:30 +0100",
            "gmail_plain",
            "Hallo,\n\nIk heb de bureaustoel binnen de bedenktijd teruggestuurd, retourlabel 3SCLF0042117, op 2 november afgegeven bij het pakketpunt. Dan hoef ik deze factuur toch niet meer te betalen?\n\nGroet,\nSven",
            lab(
                note="home worker; phrased as a question, but it contests the debt (item returned within the cooling-off period)"
            ),
        ),
        Reply(
            "di-it-1",
            "dispute",
            "it",
            ("Studio Dentistico Moretti", "segreteria@studiomoretti-dentisti.example"),
            "2026-12-14 09:50 +0100",
            "outlook",
            "Buongiorno,\n\nnel preventivo che abbiamo firmato il montaggio era compreso nel prezzo, mentre in fattura è addebitato a parte (320,00 € + IVA). Vi chiediamo di emettere una nota di credito per questo importo; il resto lo paghiamo appena la riceviamo.\n\nCordiali saluti\n\nElena Moretti\nStudio Dentistico Moretti",
            lab(
                note="assembly billed although the quote included it; paying the rest depends on the credit note"
            ),
            cents=412800,
        ),
        Reply(
            "di-it-2",
            "dispute",
            "it",
            ("Arch. Davide Lombardi", "davide@lombardi-architettura.example"),
            "2026-11-30 17:35 +0100",
            "thunderbird_html",
            "Buonasera,\n\nabbiamo già pagato la parte relativa alle scrivanie (1.540,00 € il 20/11), ma le sei lampade da tavolo non sono mai arrivate. Quella parte non la paghiamo finché non vengono consegnate.\n\nSaluti,\nDavide Lombardi\nLombardi Architettura",
            lab(
                note="partly paid, the rest withheld for goods not delivered: the dispute wins over the payment claim"
            ),
            cents=43800,
        ),
    ]
)

# payment_plan ---------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "pp-en-1",
            "payment_plan",
            "en",
            ("Rachel Dunmore", "rachel.dunmore@gmail.com"),
            "2026-11-27 19:12 +0000",
            "gmail_plain",
            "Hello,\n\nI'm really sorry about the delay. I was made redundant last month and I'm freelancing from home now, so money is tight. Could I split the £780 into three payments – £260 now-ish, then £260 in January and £260 in February?\n\nI don't want to ignore it, I just can't do it all at once.\n\nRachel",
            lab(
                note="home worker proposes three instalments; plan dates and amounts are not labelled"
            ),
            cents=78000,
        ),
        Reply(
            "pp-en-2",
            "payment_plan",
            "en",
            ("Gavin Roper", "finance@meridianworks-cowork.example"),
            "2026-12-08 10:44 +0000",
            "owa",
            "Morning,\n\nAfter our fit-out we're carrying more supplier debt than planned. We'd like to propose clearing the £8,400.00 balance over four months by standing order, £2,100.00 on the 1st of each month starting 1 January.\n\nIf that works for you, please confirm by email and we'll set it up this week.\n\nKind regards,\nGavin Roper\nFinance Manager\nMeridian Works Coworking Ltd",
            lab(note="four monthly standing-order instalments proposed"),
            cents=840000,
        ),
        Reply(
            "pp-en-3",
            "payment_plan",
            "en",
            ("Dr Sunil Mehta", "sunil@mehtafamilydental.example"),
            "2026-12-02 13:10 +0000",
            "outlook",
            "Hello,\n\nI've transferred £500 today as a first instalment. The remaining £1,140 I'd like to pay in two parts, on 15 December and 15 January, as the practice refurbishment has stretched us this quarter.\n\nI hope that is acceptable – please let me know if not.\n\nRegards,\nSunil Mehta\nMehta Family Dental",
            lab(
                note="part paid today, the rest in two later payments → payment_plan, not payment_sent; the part payment and the plan dates are not labelled"
            ),
            cents=164000,
            charset="windows-1252",
        ),
        Reply(
            "pp-de-1",
            "payment_plan",
            "de",
            ("Katrin Wendt", "buero@wendt-lorenz-architekten.example"),
            "2026-12-01 09:30 +0100",
            "outlook",
            "Guten Morgen,\n\nwäre für die Rechnung über 3.600,00 € eine Ratenzahlung möglich? Wir würden drei Raten à 1.200,00 € vorschlagen, jeweils zum Monatsende, beginnend Ende Dezember. Hintergrund ist, dass ein großer Auftraggeber seine Schlussrechnung erst im Februar begleicht.\n\nFür eine kurze Bestätigung wären wir dankbar.\n\nMit freundlichen Grüßen\nKatrin Wendt\nBüroleitung\nWendt Lorenz Architekten",
            lab(note="architects' office proposes three monthly instalments"),
            cents=360000,
            charset="windows-1252",
        ),
        Reply(
            "pp-de-2",
            "payment_plan",
            "de",
            ("Mag. Florian Haider", "office@kanzlei-haider.example"),
            "2026-12-10 15:05 +0100",
            "gmail",
            "Sehr geehrte Damen und Herren,\n\nkönnen wir die Rechnung in zwei Hälften begleichen – die erste noch im Dezember, die zweite Mitte Jänner? Das Jahresende ist bei uns leider liquiditätsmäßig angespannt.\n\nBeste Grüße\nFlorian Haider\nRechtsanwalt",
            lab(note="Austrian law firm ('Jänner' = January); two halves"),
        ),
        Reply(
            "pp-fr-1",
            "payment_plan",
            "fr",
            ("Claire Vasseur", "gestion@cabinet-vasseur-dentaire.example"),
            "2026-11-24 12:20 +0100",
            "outlook_html",
            "Bonjour,\n\nSerait-il possible d'échelonner le règlement de cette facture en quatre mensualités ? Nous avons dû remplacer un fauteuil de soins ce mois-ci et la trésorerie du cabinet est un peu juste.\n\nNous pouvons mettre en place un virement permanent dès le 5 décembre.\n\nBien cordialement,\nClaire Vasseur\nAssistante de gestion – Cabinet dentaire Vasseur",
            lab(
                note="four monthly instalments from 5 Dec; the plan's start date is not a promised_date"
            ),
        ),
        Reply(
            "pp-fr-2",
            "payment_plan",
            "fr",
            ("Hugo Lemaire", "hugo@la-fabrique-coworking.example"),
            "2026-12-15 18:40 +0100",
            "iphone",
            "Bonjour, je vous propose de régler 1 000 € par mois jusqu'au solde, premier versement la semaine prochaine. Dites-moi si ça vous va.\nHugo",
            lab(note="monthly payments until the balance is cleared"),
            cents=420000,
        ),
        Reply(
            "pp-es-1",
            "payment_plan",
            "es",
            ("Marta Esteban", "m.esteban@esteban-ortiz-abogados.example"),
            "2026-12-03 11:15 +0100",
            "outlook",
            "Buenos días:\n\n¿Sería posible fraccionar el importe de esta factura en tres plazos mensuales, de enero a marzo? El despacho cierra el ejercicio con varios cobros de clientes pendientes y nos vendría muy bien.\n\nQuedo a la espera de su respuesta.\n\nAtentamente,\n\nMarta Esteban\nAdministración\nEsteban & Ortiz Abogados",
            lab(note="law firm asks for three monthly instalments"),
            charset="iso-8859-1",
        ),
        Reply(
            "pp-es-2",
            "payment_plan",
            "es",
            ("Raúl Prieto", "raulprieto.foto@gmail.com"),
            "2026-12-16 22:10 +0100",
            "android",
            "Hola, ahora mismo no puedo pagarlo entero. Os puedo hacer 150 € cada semana hasta terminar, empezando este viernes. Vale?",
            lab(note="home worker offers weekly instalments"),
            cents=90000,
        ),
        Reply(
            "pp-nl-1",
            "payment_plan",
            "nl",
            ("Eline Brouwer", "e.brouwer@brouwer-advocatuur.example"),
            "2026-12-07 09:05 +0100",
            "gmail",
            "Goedemorgen,\n\nIs een betalingsregeling bespreekbaar? Ik denk aan zes maandelijkse termijnen, te beginnen in januari. Het kantoor is dit jaar gestart en de eerste declaraties komen langzamer binnen dan gehoopt.\n\nMet vriendelijke groet,\n\nmr. E. Brouwer\nBrouwer Advocatuur",
            lab(note="new law practice asks for six monthly instalments"),
        ),
        Reply(
            "pp-it-1",
            "payment_plan",
            "it",
            ("Chiara Bassi", "amministrazione@bassi-vitale-architetti.example"),
            "2026-11-26 10:30 +0100",
            "outlook",
            "Buongiorno,\n\npossiamo pagare metà dell'importo adesso e il resto a fine gennaio? Se per voi va bene, il primo bonifico parte in settimana.\n\nGrazie e cordiali saluti\nChiara Bassi\nBassi Vitale Architetti Associati",
            lab(note="half now, half at the end of January → payment_plan"),
        ),
        Reply(
            "pp-it-2",
            "payment_plan",
            "it",
            ("Matteo Galli", "matteo@officina-condivisa.example"),
            "2026-12-17 11:48 +0100",
            "apple",
            "Buongiorno,\n\nvi chiediamo cortesemente di poter rateizzare la fattura in tre rate mensili a partire da gennaio. Alcuni nostri clienti ci stanno pagando con forte ritardo e a fine anno siamo in difficoltà.\n\nRestiamo in attesa di un vostro riscontro.\n\nMatteo Galli\nOfficina Condivisa – coworking",
            lab(note="coworking space asks for three monthly instalments from January"),
        ),
    ]
)

# invoice_request ------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "ir-en-1",
            "invoice_request",
            "en",
            ("Accounts Payable – Pellow Marsh LLP", "accountspayable@pellowmarsh.example"),
            "2026-11-24 14:02 +0000",
            "html_only",
            "Dear Copperleaf,\n\nWe are unable to locate invoice CL26-04177 on our purchase ledger. Our system only accepts invoices that quote a valid purchase order number, so it was probably rejected on receipt.\n\nPlease re-issue the invoice quoting PO 4500218876 and send it to this mailbox. Once it is registered it will go into the normal payment cycle.\n\nRegards,\n\nAccounts Payable\nPellow Marsh LLP",
            lab(
                "CL26-04177",
                note="law firm's AP team: reissue with a PO number, amount not contested; HTML-only message",
            ),
            inv="CL26-04177",
        ),
        Reply(
            "ir-en-2",
            "invoice_request",
            "en",
            ("Jess Harrow", "jessharrow.illustration@gmail.com"),
            "2026-12-04 08:50 +0000",
            "iphone",
            "Sorry, what's this for? I don't recognise the invoice number. Can you send me a copy of the actual invoice please?\n\nJess",
            lab(note="home worker asks what the charge is and for a copy"),
        ),
        Reply(
            "ir-en-3",
            "invoice_request",
            "en",
            ("Aisha Karim", "accounts@thelanternrooms.example"),
            "2026-12-14 11:20 +0000",
            "gmail",
            "Hi,\n\nBefore we pay anything, could you send us a full statement of account for the last six months? We've had several deliveries and a couple of credit notes and I'd like to reconcile everything in one go.\n\nThanks,\nAisha Karim\nOperations, The Lantern Rooms coworking",
            lab(note="statement of account requested before paying; nothing contested"),
        ),
        Reply(
            "ir-de-1",
            "invoice_request",
            "de",
            ("Zahnarztpraxis Dr. Keller", "empfang@zahnarzt-keller.example"),
            "2026-12-02 08:15 +0100",
            "outlook",
            "Guten Morgen,\n\nkönnten Sie uns die Rechnung bitte noch einmal als PDF schicken? In der ursprünglichen Mail war der Anhang leer, deshalb ist sie bei uns nie in der Buchhaltung angekommen.\n\nDanke und viele Grüße\nSabine Roth\nEmpfang – Zahnarztpraxis Dr. Keller",
            lab(note="the original attachment was empty; asks for the PDF again"),
        ),
        Reply(
            "ir-de-2",
            "invoice_request",
            "de",
            ("Matthias Kessler", "m.kessler@kessler-lorenz.example"),
            "2026-11-30 14:00 +0100",
            "outlook_html",
            "Hallo zusammen,\n\nbitte stellen Sie die Rechnung CL26-04410 auf unsere neue Firmierung um: Kessler Lorenz Architekten PartGmbB (statt Kessler Architektur GbR). Ohne die richtige Firmierung kann unser Steuerbüro sie nicht verbuchen.\n\nDer Betrag passt, wir zahlen, sobald die korrigierte Rechnung da ist.\n\nViele Grüße\nMatthias Kessler",
            lab(
                "CL26-04410",
                note="reissue to the new company name with the amount accepted → invoice_request; 'we pay once the corrected invoice is here' is an undated condition, and the reissue is what the collector must do first",
            ),
            inv="CL26-04410",
        ),
        Reply(
            "ir-fr-1",
            "invoice_request",
            "fr",
            ("Julien Mercier", "julien@mercier-architectes.example"),
            "2026-12-08 10:35 +0100",
            "gmail",
            "Bonjour,\n\nPourriez-vous nous renvoyer la facture en y faisant figurer notre numéro de TVA intracommunautaire (FR 00 123456789) ? Notre comptable refuse de l'enregistrer sans.\n\nMerci d'avance,\nJulien Mercier\nMercier & Associés Architectes",
            lab(note="reissue with the VAT number, amount not contested"),
        ),
        Reply(
            "ir-fr-2",
            "invoice_request",
            "fr",
            ("Cabinet Lacroix Avocats", "accueil@lacroix-avocats.example"),
            "2026-11-25 16:30 +0100",
            "outlook",
            "Bonjour,\n\nNous ne retrouvons pas cette facture dans nos dossiers. Pourriez-vous nous en adresser un duplicata, ainsi que le bon de livraison signé correspondant ?\n\nCordialement,\n\nAnne-Sophie Roux\nAccueil – Cabinet Lacroix Avocats",
            lab(note="duplicate invoice and signed delivery note requested"),
            charset="windows-1252",
        ),
        Reply(
            "ir-es-1",
            "invoice_request",
            "es",
            ("Clínica Dental Arenal", "recepcion@clinicadentalarenal.example"),
            "2026-11-30 17:05 +0100",
            "samsung",
            "Hola, no nos ha llegado esta factura. ¿Nos podéis mandar una copia? Gracias",
            lab(),
            cte="b64",
        ),
        Reply(
            "ir-es-2",
            "invoice_request",
            "es",
            ("Lorena Vidal", "contabilidad@nave9-coworking.example"),
            "2026-12-10 12:45 +0100",
            "outlook_html",
            "Buenos días:\n\nPara poder conciliar necesitamos un extracto de cuenta con todas las facturas pendientes y los abonos aplicados desde julio. ¿Nos lo podéis enviar en PDF o Excel?\n\nGracias,\n\nLorena Vidal\nContabilidad\nNave 9 Coworking",
            lab(note="statement of account request"),
        ),
        Reply(
            "ir-nl-1",
            "invoice_request",
            "nl",
            ("Daan Smit", "crediteuren@deworkplaats.example"),
            "2026-12-03 09:20 +0100",
            "outlook",
            "Goedemorgen,\n\nKunt u factuur CL26-04371 opnieuw sturen met ons inkoopordernummer (IO-2026-0912) erop? Zonder ordernummer wordt hij door ons systeem automatisch afgekeurd.\n\nAan het bedrag verandert niets.\n\nMet vriendelijke groet,\nDaan Smit\nCrediteurenadministratie De Werkplaats",
            lab("CL26-04371", note="reissue with a purchase-order number; amount not contested"),
            inv="CL26-04371",
        ),
        Reply(
            "ir-nl-2",
            "invoice_request",
            "nl",
            ("Lotte Janssens", "lotte@janssens-vertalingen.example"),
            "2026-12-17 14:40 +0100",
            "thunderbird",
            "Dag,\n\nWelke factuur is dit precies? Ik heb twee keer iets bij jullie besteld en ik weet niet meer over welke bestelling dit gaat. Kunnen jullie mij een kopie sturen?\n\nGroetjes,\nLotte",
            lab(note="Flemish home worker asks which order it is and for a copy"),
        ),
        Reply(
            "ir-it-1",
            "invoice_request",
            "it",
            ("Studio Legale Conti Marino", "fatture@contimarino-legale.example"),
            "2026-12-01 10:05 +0100",
            "outlook_html",
            "Buongiorno,\n\nla fattura CL26-04602 non risulta nel nostro cassetto fiscale né ci è arrivata tramite SDI. Potete inviarci il file XML della fattura elettronica oppure indicarci con quale codice destinatario l'avete trasmessa?\n\nGrazie, cordiali saluti\n\nUfficio amministrazione\nStudio Legale Conti Marino",
            lab("CL26-04602", note="Italian e-invoice (XML) never received; asks for the file"),
            inv="CL26-04602",
        ),
    ]
)

# wrong_contact --------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "wc-en-1",
            "wrong_contact",
            "en",
            ("Chloe Barnes", "reception@parksidesmiles.example"),
            "2026-11-30 12:40 +0000",
            "iphone",
            "Hi, I'm just on reception so I can't do anything with invoices. Please send it to our practice manager, Jo Pritchard – jo.pritchard@parksidesmiles.example. Thanks, Chloe",
            lab(new_contact="jo.pritchard@parksidesmiles.example"),
        ),
        Reply(
            "wc-en-2",
            "wrong_contact",
            "en",
            ("Harlow Street Dental Accounts", "accounts@harlowstreetdental.example"),
            "2026-12-09 07:02 +0000",
            "gmail_plain",
            "Dear Supplier,\n\nPlease note that our accounts department has moved to a new email address with immediate effect. Kindly update your records and send all invoices, statements and reminders to harlowstreet.accounts@gmail.com going forward. The old address will no longer be monitored.\n\nRegards,\nAccounts Department\nHarlow Street Dental",
            lab(
                new_contact="harlowstreet.accounts@gmail.com",
                note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks (wrong_contact with the new address), but a person should confirm it by phone before the contact is changed",
            ),
        ),
        Reply(
            "wc-en-3",
            "wrong_contact",
            "en",
            ("Sam Whitcombe", "sam.whitcombe@gmail.com"),
            "2026-12-16 20:15 +0000",
            "gmail",
            "I think you've got the wrong person. I've never bought anything from Copperleaf and I don't have an account with you. Maybe someone gave you the wrong email address?\n\nSam",
            lab(note="not a customer at all; no new address"),
        ),
        Reply(
            "wc-de-1",
            "wrong_contact",
            "de",
            ("Tobias Krämer", "t.kraemer@kanzlei-lindner-voss.example"),
            "2026-12-01 09:05 +0100",
            "outlook_html",
            "Guten Tag,\n\nich bin seit dem 1. November nicht mehr für die Kanzlei Lindner Voss tätig und bearbeite keine Rechnungen mehr. Bitte wenden Sie sich künftig an unsere Buchhaltung: buchhaltung@kanzlei-lindner-voss.example.\n\nMit freundlichen Grüßen\nTobias Krämer",
            lab(new_contact="buchhaltung@kanzlei-lindner-voss.example"),
        ),
        Reply(
            "wc-fr-1",
            "wrong_contact",
            "fr",
            ("Antoine Rivière", "antoine@riviere-architecture.example"),
            "2026-11-26 13:33 +0100",
            "gmail",
            "Bonjour,\n\nCe n'est pas moi qui gère les factures de l'agence, c'est notre expert-comptable qui s'en occupe. Merci de lui écrire directement : Cabinet Morel, cabinet.morel@morel-expertise.example.\n\nBonne journée,\nAntoine Rivière\nRivière Architecture",
            lab(
                new_contact="cabinet.morel@morel-expertise.example",
                note="the accountant's firm handles the invoices",
            ),
        ),
        Reply(
            "wc-fr-2",
            "wrong_contact",
            "fr",
            ("Les Ateliers Partagés", "contact@ateliers-partages.example"),
            "2026-12-07 08:36 +0100",
            "none",
            "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er décembre 2026. Pour toute question concernant la facturation ou les paiements, merci d'écrire à compta@ateliers-partages.example.\n\nCe message est envoyé automatiquement.",
            lab(
                new_contact="compta@ateliers-partages.example",
                note="automatic 'address no longer read' notice naming the new address: wrong_contact, not auto_reply",
            ),
            subject="Réponse automatique : {rsub}",
            headers=(AUTO,),
        ),
        Reply(
            "wc-es-1",
            "wrong_contact",
            "es",
            ("Irene Soler", "irene@latrastienda-cowork.example"),
            "2026-12-03 19:50 +0100",
            "iphone",
            "Hola, yo ya no trabajo en La Trastienda desde octubre. Escribid a administracion@latrastienda-cowork.example, que es quien lleva los pagos ahora.\nSaludos",
            lab(new_contact="administracion@latrastienda-cowork.example"),
        ),
        Reply(
            "wc-es-2",
            "wrong_contact",
            "es",
            ("Álvaro Quintana", "alvaro@quintana-odontologia.example"),
            "2026-12-11 10:25 +0100",
            "outlook_html",
            "Buenos días:\n\nLas facturas de la clínica las lleva nuestra gestoría. Les pongo en copia; por favor, a partir de ahora enviad los recordatorios a facturas@gestoria-ribas.example.\n\nUn saludo,\n\nÁlvaro Quintana\nQuintana Odontología",
            lab(
                new_contact="facturas@gestoria-ribas.example",
                note="the new address is also copied in Cc",
            ),
            cc=("Gestoría Ribas <facturas@gestoria-ribas.example>",),
        ),
        Reply(
            "wc-nl-1",
            "wrong_contact",
            "nl",
            ("Kim Bakker", "kim@studio-noordlicht.example"),
            "2026-11-24 11:10 +0100",
            "gmail",
            "Hoi,\n\nDit moet naar onze administratie, niet naar mij. Hun adres is Administratie@Studio-Noordlicht.example.\n\nGroet,\nKim\nStudio Noordlicht architecten",
            lab(
                new_contact="administratie@studio-noordlicht.example",
                note="address written in mixed case, labelled in lower case",
            ),
        ),
        Reply(
            "wc-nl-2",
            "wrong_contact",
            "nl",
            ("Pieter Mulder", "pieter@werkhuis-zuid.example"),
            "2026-12-14 16:05 +0100",
            "outlook_html",
            "Goedemiddag,\n\nIk heb dit doorgestuurd naar onze boekhouder, Fenna de Wit (fenna@dewit-boekhouding.example), zij staat ook in de cc. Wilt u herinneringen en facturen voortaan rechtstreeks naar haar sturen?\n\nBedankt,\nPieter Mulder\nWerkhuis Zuid – flexwerkplekken",
            lab(
                new_contact="fenna@dewit-boekhouding.example", note="the bookkeeper is copied in Cc"
            ),
            cc=("Fenna de Wit <fenna@dewit-boekhouding.example>",),
        ),
        Reply(
            "wc-it-1",
            "wrong_contact",
            "it",
            ("Federica", "reception@studiodentisticovalli.example"),
            "2026-11-27 15:45 +0100",
            "android",
            "Buongiorno, non mi occupo io dei pagamenti. Scrivete all'amministrazione: amministrazione@studiodentisticovalli.example\nGrazie",
            lab(new_contact="amministrazione@studiodentisticovalli.example"),
        ),
        Reply(
            "wc-it-2",
            "wrong_contact",
            "it",
            ("Arch. Paolo Ferri", "paolo.ferri@ferriarchitetto.example"),
            "2026-12-15 12:10 +0100",
            "thunderbird",
            "Buongiorno,\n\ndal 1° dicembre lo studio è stato rilevato dallo Studio Associato Neri Sala, che ha preso in carico anche i rapporti con i fornitori. Per questa fattura scrivete per favore a contabilita@nerisala-architetti.example.\n\nCordiali saluti\nPaolo Ferri",
            lab(
                new_contact="contabilita@nerisala-architetti.example",
                note="practice taken over by another firm, which now handles suppliers",
            ),
            charset="iso-8859-1",
        ),
    ]
)

# unsubscribe ----------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "un-en-1",
            "unsubscribe",
            "en",
            ("Lee Farrant", "lee.farrant@gmail.com"),
            "2026-11-25 07:48 +0000",
            "iphone",
            "Stop emailing me. I paid this weeks ago and I'm sick of these.",
            lab(
                note="stop request plus a payment claim: unsubscribe beats everything but bounce; no paid_date is labelled"
            ),
        ),
        Reply(
            "un-en-2",
            "unsubscribe",
            "en",
            ("Compliance Team – Treharne Lloyd", "compliance@treharnelloyd-law.example"),
            "2026-12-04 15:30 +0000",
            "outlook_html",
            "Dear Sir or Madam,\n\nWe do not accept payment demands by email. Please remove this address from your mailing lists and address any future correspondence about this account in writing to our Finance Department at our registered office.\n\nYours faithfully,\n\nCompliance Team\nTreharne Lloyd Solicitors\n\nThis email is confidential and intended only for the addressee. Treharne Lloyd Solicitors is authorised and regulated by the Solicitors Regulation Authority.",
            lab(note="law firm: no reminders by email, post only → unsubscribe"),
        ),
        Reply(
            "un-en-3",
            "unsubscribe",
            "en",
            ("Nina Osei", "nina@osei-studio.example"),
            "2026-12-17 10:02 +0100",
            "gmail_plain",
            "UNSUBSCRIBE",
            lab(
                note="one word in capitals; English reply to a Dutch reminder (an English-speaking studio in the Netherlands)"
            ),
            rlang="nl",
            loc="en",
        ),
        Reply(
            "un-de-1",
            "unsubscribe",
            "de",
            ("Melanie Fuchs", "m.fuchs@praxis-dr-winter.example"),
            "2026-11-26 12:05 +0100",
            "gmail",
            "Hallo,\n\nbitte nehmen Sie mich aus Ihrem Verteiler. Ich bin nur die Praxisassistentin und habe mit Rechnungen nichts zu tun.\n\nDanke\nMelanie Fuchs",
            lab(note="remove me without a new address: unsubscribe beats wrong_contact"),
        ),
        Reply(
            "un-de-2",
            "unsubscribe",
            "de",
            ("Architekturbüro Steiner", "office@steiner-architektur.example"),
            "2026-12-14 10:15 +0100",
            "outlook",
            "Sehr geehrte Damen und Herren,\n\nwir widersprechen hiermit der weiteren Verwendung dieser E-Mail-Adresse für Zahlungserinnerungen. Schriftverkehr zu offenen Posten richten Sie bitte ausschließlich per Post an unsere Büroanschrift.\n\nMit freundlichen Grüßen\nArchitekturbüro Steiner",
            lab(note="objects to the use of the address, post only → unsubscribe"),
            charset="iso-8859-1",
        ),
        Reply(
            "un-fr-1",
            "unsubscribe",
            "fr",
            ("Mathilde Roussel", "mathilde.roussel@gmail.com"),
            "2026-12-02 21:40 +0100",
            "gmail_plain",
            "Merci de ne plus m'écrire à cette adresse. Je ne veux plus recevoir ces relances, point.",
            lab(),
        ),
        Reply(
            "un-es-1",
            "unsubscribe",
            "es",
            ("Beatriz Campos", "beatriz@camposdental.example"),
            "2026-12-09 13:20 +0100",
            "outlook",
            "Ya os dije por teléfono que lo pagamos el día 20. Dejad de mandarme correos, por favor, que me llegan tres a la semana.\n\nBeatriz Campos\nClínica Dental Campos",
            lab(
                note="stop request with a promise for the 20th: unsubscribe beats the promise, so no promised_date is labelled"
            ),
        ),
        Reply(
            "un-es-2",
            "unsubscribe",
            "es",
            ("Óscar Lozano", "oscar@distrito-cowork.example"),
            "2026-11-23 18:05 +0100",
            "samsung",
            "Darme de baja de esta lista, gracias",
            lab(),
            cte="b64",
        ),
        Reply(
            "un-nl-1",
            "unsubscribe",
            "nl",
            ("Ruud Hendriks", "ruud@hendriks-bouwadvies.example"),
            "2026-12-10 08:12 +0100",
            "iphone",
            "Afmelden",
            lab(note="one word: 'afmelden' = unsubscribe"),
        ),
        Reply(
            "un-nl-2",
            "unsubscribe",
            "nl",
            ("Advocatenkantoor Meijer", "secretariaat@meijer-advocaten.example"),
            "2026-12-16 11:30 +0100",
            "html_only",
            "Geachte heer/mevrouw,\n\nHaal dit adres uit uw verzendlijst. Deze factuur is al lang voldaan en wij gaan hier niet langer over corresponderen.\n\nSecretariaat\nAdvocatenkantoor Meijer",
            lab(
                note="stop request plus a payment claim: unsubscribe wins; HTML-only Outlook message"
            ),
        ),
        Reply(
            "un-it-1",
            "unsubscribe",
            "it",
            ("Sara Villa", "sara@cowo-navigli.example"),
            "2026-11-30 10:50 +0100",
            "gmail",
            "Buongiorno,\n\nvi chiedo di cancellare questo indirizzo dalla vostra lista: non voglio più ricevere solleciti qui.\n\nSara Villa",
            lab(),
        ),
        Reply(
            "un-it-2",
            "unsubscribe",
            "it",
            ("Avv. Lucia Gatti", "studio@gatti-avvocato.example"),
            "2026-12-08 17:00 +0100",
            "outlook",
            "Gentili signori,\n\nvi invito a non utilizzare più questo indirizzo e-mail per i vostri solleciti. Eventuali comunicazioni relative alla fattura dovranno pervenire esclusivamente a mezzo raccomandata A/R presso lo studio.\n\nAvv. Lucia Gatti",
            lab(note="lawyer: registered post only → unsubscribe"),
            charset="windows-1252",
        ),
    ]
)

# auto_reply -----------------------------------------------------------------------------------

EXCHANGE_OOF = (("Auto-Submitted", "auto-generated"), XARS)

REPLIES.extend(
    [
        Reply(
            "ar-en-1",
            "auto_reply",
            "en",
            ("Neil Pascoe", "neil.pascoe@pascoeandhart-law.example"),
            "2026-11-24 07:41 +0000",
            "notice_html",
            "Thank you for your email. I am out of the office until Monday 30 November with limited access to email.\n\nFor urgent matters please contact my assistant, Lydia Shaw, on lydia.shaw@pascoeandhart-law.example or call the office on 0161 555 0190.\n\nNeil Pascoe\nPartner, Pascoe & Hart Solicitors",
            lab(
                return_date="2026-11-30",
                note="'until Monday 30 November' → that day; the assistant's address in an auto-reply does not set new_contact",
            ),
            subject="Automatic reply: {rsub}",
            headers=EXCHANGE_OOF,
        ),
        Reply(
            "ar-en-2",
            "auto_reply",
            "en",
            ("Workhaus Support", "support@workhaus-spaces.example"),
            "2026-12-02 07:58 +0000",
            "none",
            "Hi there,\n\nThanks for getting in touch with Workhaus. This is an automatic confirmation that we've received your message and logged it as ticket #48213.\n\nOur community team answers requests in the order they arrive, usually within two working days. Please keep the ticket number in the subject line if you write again.\n\nWorkhaus Spaces – flexible offices for growing teams",
            lab(note="coworking operator's ticket acknowledgement; no date"),
            subject="[Workhaus #48213] {rsub}",
            headers=(AUTO, ("Precedence", "bulk"), ("X-Autoreply", "yes")),
        ),
        Reply(
            "ar-en-3",
            "auto_reply",
            "en",
            ("Willow Lane Dental", "hello@willowlanedental.example"),
            "2026-12-18 16:05 +0000",
            "none",
            "Thank you for your message.\n\nThe practice is now closed for Christmas from Friday 18 December at 4pm and reopens at 8.30am on Monday 4 January 2027. Messages sent to this inbox during the closure will be read when we reopen.\n\nFor dental emergencies over the holidays, please call NHS 111.\n\nWishing you a happy Christmas,\nThe team at Willow Lane Dental",
            lab(
                return_date="2027-01-04",
                note="Christmas closure; the reopening day is the return date",
            ),
            subject="Christmas closure – Willow Lane Dental",
            headers=(AUTO,),
        ),
        Reply(
            "ar-de-1",
            "auto_reply",
            "de",
            ("Dr. Katharina Vogel", "k.vogel@vogel-zahnaerzte.example"),
            "2026-11-27 07:50 +0100",
            "notice_html",
            "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4. Dezember, nicht in der Praxis und lese in dieser Zeit keine E-Mails. Ab Montag, 7. Dezember, bin ich wieder für Sie da.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Praxisverwaltung unter verwaltung@vogel-zahnaerzte.example.\n\nMit freundlichen Grüßen\nDr. Katharina Vogel",
            lab(
                return_date="2026-12-07",
                note="'ab Montag, 7. Dezember wieder für Sie da' wins over 'bis einschließlich 4. Dezember'; the colleague address is not a new contact",
            ),
            subject="Automatische Antwort: {rsub}",
            headers=EXCHANGE_OOF,
        ),
        Reply(
            "ar-de-2",
            "auto_reply",
            "de",
            ("Kanzlei Hofmann Richter", "info@hofmann-richter.example"),
            "2026-12-10 08:03 +0100",
            "none",
            "Sehr geehrte Damen und Herren,\n\nIhre E-Mail ist bei uns eingegangen. Dies ist eine automatisch erzeugte Eingangsbestätigung.\n\nBitte beachten Sie, dass E-Mails nicht fortlaufend auf Fristsachen geprüft werden. Fristgebundene Schriftsätze senden Sie uns bitte zusätzlich per Telefax oder über das beA.\n\nMit freundlichen Grüßen\nHofmann Richter Rechtsanwälte",
            lab(note="law firm's automatic receipt confirmation; no date"),
            subject="Eingangsbestätigung: {rsub}",
            charset="iso-8859-1",
            headers=(AUTO,),
        ),
        Reply(
            "ar-fr-1",
            "auto_reply",
            "fr",
            ("Camille Fontaine", "c.fontaine@fontaine-architectes.example"),
            "2026-11-30 07:45 +0100",
            "none",
            "Bonjour,\n\nJe suis absente du bureau et serai de retour le jeudi 3 décembre. Pendant mon absence, vous pouvez contacter mon collègue Thomas Picard (t.picard@fontaine-architectes.example) pour toute question urgente.\n\nCordialement,\nCamille Fontaine",
            lab(return_date="2026-12-03", note="the colleague's address does not set new_contact"),
            subject="Absence du bureau : {rsub}",
            headers=(AUTO, ("X-Autoreply", "yes")),
        ),
        Reply(
            "ar-fr-2",
            "auto_reply",
            "fr",
            ("Cabinet dentaire du Parc", "accueil@dentaire-duparc.example"),
            "2026-12-15 07:52 +0100",
            "notice_html",
            "Bonjour,\n\nLe cabinet est fermé pour congés jusqu'au vendredi 18 décembre inclus. Réouverture le lundi 21 décembre à 8 h 30.\n\nEn cas d'urgence dentaire, composez le 15.\n\nL'équipe du cabinet dentaire du Parc",
            lab(
                return_date="2026-12-21",
                note="the stated reopening day wins over 'jusqu'au 18 décembre inclus'",
            ),
            subject="Réponse automatique : {rsub}",
            charset="windows-1252",
            headers=EXCHANGE_OOF,
        ),
        Reply(
            "ar-es-1",
            "auto_reply",
            "es",
            ("Elena Marín", "e.marin@marin-abogados.example"),
            "2026-12-09 07:40 +0100",
            "notice_html",
            "Gracias por su mensaje.\n\nEstaré fuera de la oficina sin acceso al correo hasta el viernes 11 de diciembre. Me reincorporo el lunes 14 de diciembre y responderé a su correo lo antes posible.\n\nUn saludo,\nElena Marín\nMarín Abogados",
            lab(
                return_date="2026-12-14",
                note="the stated day back ('me reincorporo el lunes 14') wins over 'hasta el viernes 11'",
            ),
            subject="Respuesta automática: {rsub}",
            headers=EXCHANGE_OOF,
        ),
        Reply(
            "ar-nl-1",
            "auto_reply",
            "nl",
            ("Jeroen Vos", "jeroen@vos-architecten.example"),
            "2026-11-23 07:44 +0100",
            "notice_html",
            "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nJeroen Vos",
            lab(return_date="2026-11-30"),
            subject="Automatisch antwoord: {rsub}",
            headers=EXCHANGE_OOF,
        ),
        Reply(
            "ar-nl-2",
            "auto_reply",
            "nl",
            ("Klantenservice De Kantoortuin", "support@dekantoortuin.example"),
            "2026-12-04 08:01 +0100",
            "none",
            "Beste klant,\n\nBedankt voor uw bericht. Uw verzoek is bij ons binnengekomen onder nummer #10452. Een van onze medewerkers neemt binnen twee werkdagen contact met u op.\n\nVriendelijke groet,\nKlantenservice De Kantoortuin",
            lab(
                note="coworking operator's ticket acknowledgement; 'within two working days' is no return date"
            ),
            subject="Uw verzoek is ontvangen [#10452]",
            headers=(AUTO,),
        ),
        Reply(
            "ar-it-1",
            "auto_reply",
            "it",
            ("Roberta Colombo", "roberta.colombo@colombo-studiotecnico.example"),
            "2026-12-03 08:10 +0100",
            "none",
            "Buongiorno,\n\nsarò in ferie dal 30 novembre al 4 dicembre e non avrò accesso alla posta. Tornerò in studio lunedì 7 dicembre. Per urgenze potete chiamare lo studio allo 02 5550 1827.\n\nCordiali saluti\nRoberta Colombo",
            lab(
                return_date="2026-12-07",
                note="webmail vacation notice without Auto-Submitted; the stated day back wins",
            ),
            subject="Fuori ufficio – {rsub}",
        ),
        Reply(
            "ar-it-2",
            "auto_reply",
            "it",
            ("Studio Legale Rinaldi", "info@rinaldi-studiolegale.example"),
            "2026-12-11 07:36 +0100",
            "notice_html",
            "Gentile mittente,\n\nabbiamo ricevuto la sua e-mail, che sarà esaminata dalla segreteria dello studio. Riceverà una risposta entro due giorni lavorativi.\n\nLe ricordiamo che questo indirizzo non è abilitato alla ricezione di PEC.\n\nStudio Legale Rinaldi",
            lab(note="law firm's receipt confirmation; no date"),
            subject="Risposta automatica: {rsub}",
            headers=(AUTO,),
        ),
    ]
)

# other ----------------------------------------------------------------------------------------

REPLIES.extend(
    [
        Reply(
            "ot-en-1",
            "other",
            "en",
            ("Accounts – Brookfield Law", "accounts@brookfield-law-uk.example"),
            "2026-12-10 06:55 +0000",
            "outlook",
            "Good morning,\n\nFurther to your reminder, please be advised that we have changed our banking provider. Before we settle, kindly confirm that you have updated our records with the new account below, as any refund or credit note on this account must now be paid there:\n\nAccount name: Brookfield Law Services\nSort code: 00-00-00\nAccount number: 00000000\n\nPlease treat this as urgent and reply to this email only, as our office phone lines are being upgraded this week.\n\nKind regards,\nAccounts Team\nBrookfield Law",
            lab(
                note="phishing-like: asks Copperleaf to record new bank details and discourages a phone check; no payment, date or dispute, so a person must verify it by phone"
            ),
        ),
        Reply(
            "ot-en-2",
            "other",
            "en",
            ("Owen Pryce", "owen@prycecollective.example"),
            "2026-11-27 10:18 +0000",
            "gmail",
            "Got it – the partners sign off supplier payments at their Monday meeting, I'll put it on the agenda.\n\nOwen\nPryce Collective Architects",
            lab(
                note="architects' office; putting the invoice on a meeting agenda is no commitment to pay on a date"
            ),
        ),
        Reply(
            "ot-en-3",
            "other",
            "en",
            ("Fiona Adeyemi", "fiona.adeyemi@gmail.com"),
            "2026-12-03 14:25 +0000",
            "gmail",
            "Hi,\n\nWhile I have you – do you sell the Loft sit-stand desk in a 140 cm width? The 120 cm one I have is great but I need a bit more room for a second monitor. Would it ship before Christmas?\n\nThanks,\nFiona",
            lab(
                note="home worker's sales question in the reminder thread; nothing about the invoice"
            ),
        ),
        Reply(
            "ot-de-1",
            "other",
            "de",
            ("Praxis Dr. Winkler", "info@kieferorthopaedie-winkler.example"),
            "2026-12-07 11:30 +0100",
            "outlook_html",
            "Guten Tag,\n\nkurze Info für Ihre Unterlagen: Die Praxis zieht zum 15. Dezember in neue Räume. Bitte verwenden Sie ab dann für Lieferungen und Post die Anschrift Lindenweg 8, 2. OG.\n\nMit freundlichen Grüßen\nPraxisteam Dr. Winkler",
            lab(
                note="postal address change with the e-mail contact unchanged → other; nothing about paying"
            ),
        ),
        Reply(
            "ot-de-2",
            "other",
            "de",
            ("Jan Ostermann", "jan.ostermann@gmail.com"),
            "2026-11-28 09:40 +0100",
            "gmail_plain",
            "Ist das echt? Ich habe im Herbst zwar einen Bürostuhl bei Copperleaf gekauft, aber die Mail sieht komisch aus. Ich klicke auf keinen Link, bevor ich nicht weiß, dass sie wirklich von Ihnen kommt.",
            lab(
                note="home worker suspects phishing; a person should call, nothing is requested or promised"
            ),
        ),
        Reply(
            "ot-fr-1",
            "other",
            "fr",
            ("Lucas Bernard", "lucas@bernard-archi.example"),
            "2026-12-01 19:05 +0100",
            "iphone",
            "Bonsoir, question sans rapport avec la facture : le vérin d'un des fauteuils de bureau s'affaisse déjà. C'est couvert par la garantie ? Merci",
            lab(
                note="Belgian architect answers a Dutch reminder in French; warranty question, the invoice itself is not contested"
            ),
            rlang="nl",
        ),
        Reply(
            "ot-fr-2",
            "other",
            "fr",
            ("Hélène Faure", "helene.faure@cabinet-faure-dentaire.example"),
            "2026-12-08 12:50 +0100",
            "gmail",
            "Bonjour,\n\nMerci pour votre message. Je regarde ça avec mon associé et je reviens vers vous.\n\nCordialement,\nHélène Faure",
            lab(note="no commitment to pay and no date"),
        ),
        Reply(
            "ot-es-1",
            "other",
            "es",
            ("Marcos Herrera", "marcos@colmado-cowork.example"),
            "2026-11-25 12:30 +0100",
            "outlook_html",
            "Hola:\n\nAprovecho el hilo para preguntaros otra cosa: ¿hacéis también mamparas acústicas de separación? Vamos a ampliar el espacio en enero y necesitaríamos unas ocho. Si es así, ¿me podéis pasar presupuesto?\n\nGracias,\nMarcos Herrera\nEl Colmado Coworking",
            lab(note="sales enquiry in the reminder thread"),
        ),
        Reply(
            "ot-es-2",
            "other",
            "es",
            ("Pilar Gómez", "pilar@clinicagomezdental.example"),
            "2026-12-14 19:22 +0100",
            "iphone",
            "Recibido. Se lo paso a mi marido, que es quien lleva las cuentas de la clínica.",
            lab(note="acknowledgement; passing it on without an address is not wrong_contact"),
        ),
        Reply(
            "ot-nl-1",
            "other",
            "nl",
            ("Wouter Peeters", "wouter.peeters@gmail.com"),
            "2026-12-15 22:45 +0100",
            "gmail_plain",
            "Oké, ik kijk er morgen naar.",
            lab(note="'I'll look at it tomorrow' is no promise to pay"),
        ),
        Reply(
            "ot-nl-2",
            "other",
            "nl",
            ("Isa van den Berg", "isa@dehaven-flexwerken.example"),
            "2026-12-02 15:10 +0100",
            "outlook_html",
            "Hallo,\n\nDe nieuwe werkplekken zijn prachtig, onze leden zijn er erg blij mee! Kan er nog iemand langskomen om de kabelgoten na te lopen? Er hangt er één los onder de lange tafel bij het raam.\n\nGroet,\nIsa van den Berg\nDe Haven Flexwerken",
            lab(note="service request about the fitting; nothing contested, paid or promised"),
        ),
        Reply(
            "ot-it-1",
            "other",
            "it",
            ("Dott. Andrea Conti", "andrea.conti@studiodentisticoconti.example"),
            "2026-11-24 18:15 +0100",
            "thunderbird_html",
            "Buonasera,\n\npreferirei parlarne a voce. Potete chiamarmi domani mattina allo 051 555 0372? Sono in studio dalle 9 alle 13.\n\nAndrea Conti",
            lab(note="asks for a phone call; nothing about paying"),
        ),
    ]
)

# bounce ---------------------------------------------------------------------------------------


def mta_boundary(msg: Message, b: Bounce, host: str) -> Message:
    """Sendmail and Postfix boundaries: queue id, epoch, host."""
    msg.set_boundary(f"{b32(b.key, 'qid', 10)}.{int(b.dt.timestamp())}/{host}")
    return msg


def bounce_sendmail_hard(b: Bounce) -> Message:
    human = (
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            OUR_MTA,
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote=f"mx.{b.domain}",
            dtype="SMTP",
            received_from="localhost",
        ),
        headers_part(b),
    )
    msg = finish(
        b,
        msg,
        f"Mail Delivery Subsystem <{OUR_DAEMON}>",
        "Returned mail: see transcript for details",
        OUR_MTA,
        ("Auto-Submitted", "auto-generated (failure)"),
    )
    return mta_boundary(msg, b, OUR_MTA)


def bounce_qmail_hard(b: Bounce) -> Message:
    host = "smtp2.copperleaf-furniture.example"
    ip = f"198.51.100.{20 + number(b.key, 'ip', 200)}"
    original = b.reminder().as_string(policy=OUTPUT_POLICY)
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"{ip} does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: this mailbox has been closed. Please remove it from your mailing list.\n"
        f"Giving up on {ip}.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {10000 + number(b.key, 'pid', 80000)} invoked by uid 89); {format_datetime(b.sent)}\n"
        + original
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", host)


def bounce_postfix_delay(b: Bounce) -> Message:
    ip = f"198.51.100.{20 + number(b.key, 'ip', 200)}"
    reason = f"connect to mail.{b.domain}[{ip}]:25: Connection timed out"
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: {reason}\n"
    )
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            dsn(b, OUR_MTA, "delayed", reason, dtype="X-Postfix", retry_days=5), "Delivery report"
        ),
        headers_part(b, "Undelivered Message Headers"),
    )
    msg = finish(
        b,
        msg,
        f"{OUR_DAEMON} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
        OUR_MTA,
        ("Auto-Submitted", "auto-replied"),
    )
    return mta_boundary(msg, b, OUR_MTA)


def m365_human(
    b: Bounce, lines: list[str], rows: tuple[str, str, str], admin: list[str]
) -> Message:
    """The human part of a Microsoft 365 report: text, and HTML with the status table."""
    action, role, problem = rows
    text = (
        "\n\n".join([*lines[:2], f"{action:<40}{role}\n{problem}", *lines[2:], "\n".join(admin)])
        + "\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        f'<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16pt;color:#000000">{esc(lines[0])}</p>\n'
        f'<p style="font-size:10pt;color:#000000">{esc(lines[1])}</p>\n'
        '<table style="border-collapse:collapse"><tr>'
        f'<td style="background:#C00000;color:#ffffff;padding:4px 10px">{esc(action)}</td>'
        f'<td style="padding:4px 10px;color:#595959">{esc(role)}</td></tr>'
        f'<tr><td colspan="2" style="padding:4px 10px"><b>{esc(problem)}</b></td></tr></table>\n'
        + "".join(f'<p style="font-size:10pt">{html_lines(x)}</p>\n' for x in lines[2:])
        + '<p style="font-size:9pt;color:#595959">'
        + "<br>\n".join(esc(x) for x in admin)
        + "</p></div>\n</body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )


def m365_sender() -> str:
    return f"Microsoft Outlook <postmaster@{AR_DOMAIN}>"


def bounce_m365_de(b: Bounce) -> Message:
    server = "FR4P281MB3321.DEUP281.PROD.OUTLOOK.example"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = m365_human(
        b,
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.",
            f"{b.rcpt.split('@')[0]} wurde bei {b.domain} nicht gefunden.",
            "So beheben Sie das Problem\nDie Adresse, an die Sie geschrieben haben, existiert nicht oder ist falsch geschrieben. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiter, fragen Sie den Empfänger auf anderem Weg, etwa telefonisch, nach seiner aktuellen E-Mail-Adresse.",
        ],
        ("Aktion erforderlich", "Empfänger", "Unbekannter Empfänger"),
        [
            "Weitere Informationen für E-Mail-Administratoren",
            "Fehlercode: 550 5.1.10",
            f"Generierender Server: {server}",
            "Die Kopfzeilen der ursprünglichen Nachricht sind angehängt.",
        ],
    )
    msg = report(human, dsn(b, server, "failed", diag), headers_part(b))
    return finish(b, msg, m365_sender(), f"Unzustellbar: {b.subject}", server, prefix="_000_")


def bounce_exim_de_delay(b: Bounce) -> Message:
    host = "mailout.netzwerk-hosting.example"
    exim_id = f"1w{b32(b.key, 'exim', 4)}-000{b32(b.key, 'exim2', 3)}-{b32(b.key, 'exim3', 2)}"
    ip = f"198.51.100.{20 + number(b.key, 'ip', 200)}"
    diag = "451 4.7.1 Greylisting in action, please come back later"
    human = (
        "Diese Nachricht wurde automatisch von der Mail-Software erstellt.\n"
        f"Eine von Ihnen gesendete Nachricht liegt seit mehr als 6 Stunden in der Warteschlange von {host} und konnte noch nicht an alle Empfänger zugestellt werden.\n\n"
        f"Kennung der Nachricht:  {exim_id}\n"
        f"Betreff der Nachricht:  {b.subject}\n"
        f"Datum der Nachricht:    {format_datetime(b.sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        f"    Host mx.{b.domain} [{ip}]\n"
        f"    Grund der Verzögerung: SMTP-Fehler des entfernten Servers nach RCPT TO:<{b.rcpt}>:\n"
        f"    {diag}\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung wird weiter versucht, und diese Warnung kann sich in Abständen wiederholen. Gelingt die Zustellung endgültig nicht, erhalten Sie die Nachricht zurück.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        dsn(b, host, "delayed", diag, remote=f"mx.{b.domain}", retry_days=4),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Warnung: Nachricht {exim_id} seit 6 Stunden verzögert",
        host,
        ("Auto-Submitted", "auto-replied"),
        prefix=f"{int(b.dt.timestamp())}-eximdsn-",
    )


def bounce_m365_fr(b: Bounce) -> Message:
    server = "PA4P264MB1032.FRAP264.PROD.OUTLOOK.example"
    diag = f"550 5.4.1 Recipient address rejected: Access denied. [{server}]"
    human = m365_human(
        b,
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.domain} a refusé le message : cette adresse n'accepte pas les messages venant de l'extérieur ou n'existe plus.",
            "Comment résoudre le problème\nLe domaine du destinataire a rejeté votre message. Vérifiez l'adresse, ou contactez le destinataire par un autre moyen pour lui demander une adresse valide.",
        ],
        ("Action requise", "Destinataire", "Accès refusé"),
        [
            "Informations supplémentaires pour les administrateurs de messagerie",
            "Code d'erreur : 550 5.4.1",
            f"Serveur de génération : {server}",
            "Les en-têtes du message d'origine sont joints.",
        ],
    )
    msg = report(human, dsn(b, server, "failed", diag), headers_part(b))
    return finish(b, msg, m365_sender(), f"Non remis : {b.subject}", server, prefix="_000_")


def bounce_provider_fr_full(b: Bounce) -> Message:
    host = "relais.hebergeur-pro.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur {host}.\n\n"
        "Votre message n'a pas pu être délivré au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine.\n"
        "Réponse du serveur distant : 552 5.2.2 Mailbox quota exceeded\n\n"
        "Aucune nouvelle tentative ne sera effectuée. Vous pourrez renvoyer votre message plus tard, quand le destinataire aura libéré de l'espace.\n\n"
        "Votre message d'origine est joint à cet avis.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(returned_message(b, "Message d'origine"))
    return finish(
        b,
        outer,
        f"Service de messagerie <mailer-daemon@{host}>",
        f"Message non délivré : {b.subject}",
        host,
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. 5.1.1 https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-7b2f1c0e9d3si88213366b.112 - gsmtp",
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">'
        + "".join(f"<p>{esc(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        dsn(b, "googlemail.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        returned_message(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "mail-sor-f69.google.com",
        ("X-Failed-Recipients", b.rcpt),
        ("Auto-Submitted", "auto-replied"),
        prefix="000000000000",
    )


def bounce_provider_es_delay(b: Bounce) -> Message:
    host = "correo.alojamiento-iberico.example"
    text = (
        "AVISO DE RETRASO EN LA ENTREGA\n\n"
        f"Este es un mensaje automático del servidor {host}.\n\n"
        "Su mensaje para\n\n"
        f"    {b.rcpt}\n\n"
        "todavía no ha podido entregarse. El servidor de destino cortó la conexión durante la transmisión:\n\n"
        f"    421 4.4.2 mx.{b.domain}: conexión perdida / connection dropped\n\n"
        "Seguiremos intentándolo durante los próximos 4 días. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Datos del mensaje original:\n"
        f"  Asunto: {latin1_safe(b.subject)}\n"
        f"  Fecha:  {format_datetime(b.sent)}\n"
        f"  Id:     {reminder_msgid(b.key)}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "none", "8bit"),
        f"Sistema de correo <postmaster@{host}>",
        "Aviso: su mensaje aún no ha sido entregado",
        host,
    )


def bounce_provider_nl_full(b: Bounce) -> Message:
    host = "uitgaand.mailhost-nederland.example"
    diag = "452 4.2.2 Mailbox full, try again later"
    human = (
        f"Dit is een automatisch bericht van de mailserver {host}.\n\n"
        "Uw bericht aan de onderstaande ontvanger kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is:\n\n"
        f"    {b.rcpt}\n"
        f"    Antwoord van de server: {diag}\n\n"
        "Wij proberen het bericht de komende 72 uur opnieuw af te leveren. U hoeft niets te doen; als de bezorging definitief mislukt, ontvangt u daarover een nieuw bericht.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        dsn(b, host, "delayed", diag, remote=f"mx.{b.domain}", retry_days=3),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        f"Vertraagde bezorging: {b.subject}",
        host,
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_provider_it_domain(b: Bounce) -> Message:
    host = "smtp.postaitalia-hosting.example"
    human = (
        "Gentile cliente,\n\n"
        "il messaggio da lei inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        f"Motivo: il dominio del destinatario ({b.domain}) non esiste. Non è stato trovato alcun server di posta (record MX o A) per questo dominio.\n"
        "Codice: 550 5.1.2 Host or domain name not found\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà inviato di nuovo. Verifichi l'indirizzo e-mail del destinatario.\n\n"
        "Il messaggio originale è allegato.\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    msg = report(
        text_part(human, "plain", "iso-8859-1", "qp"),
        dsn(b, host, "failed", diag, dtype="X-Postfix"),
        returned_message(b),
    )
    return finish(
        b,
        msg,
        f"Servizio di posta <mailer-daemon@{host}>",
        "Notifica di mancato recapito",
        host,
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_m365_it_delay(b: Bounce) -> Message:
    server = "DB8P193MB0645.EURP193.PROD.OUTLOOK.example"
    diag = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
    text = (
        "Il recapito del messaggio è stato ritardato.\n\n"
        "Il server continuerà a tentare di recapitare il messaggio ai seguenti destinatari:\n\n"
        f"{b.rcpt}\n\n"
        f"Oggetto: {b.subject}\n\n"
        "Non è necessario alcun intervento. Se il messaggio non verrà recapitato entro 24 ore riceverà un'altra notifica.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {server}\n"
        f"{b.rcpt}\n"
        f"Il server remoto ha restituito '{diag}'\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<p><b><font color="#000066" size="3" face="Arial">Il recapito del messaggio è stato ritardato.</font></b></p>\n'
        f"<p>Il server continuerà a tentare di recapitare il messaggio ai seguenti destinatari:</p><p>{esc(b.rcpt)}</p>\n"
        f"<p>Oggetto: {esc(b.subject)}</p>\n"
        "<p>Non è necessario alcun intervento. Se il messaggio non verrà recapitato entro 24 ore riceverà un'altra notifica.</p>\n"
        f"<p><b>Informazioni di diagnostica per gli amministratori:</b></p><p>Server di generazione: {esc(server)}<br>{esc(b.rcpt)}<br>Il server remoto ha restituito '{esc(diag)}'</p>\n"
        "</body></html>\n"
    )
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )
    msg = report(human, dsn(b, server, "delayed", diag), headers_part(b))
    return finish(b, msg, m365_sender(), f"Recapito ritardato: {b.subject}", server, prefix="_000_")


BOUNCES.extend(
    [
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "reception@brightsmile-dental.example",
            "2026-11-30 08:44 +0000",
            "en",
            bounce_sendmail_hard,
            "Sendmail RFC 3464 report with text/rfc822-headers",
        ),
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "accounts@harbourdesk-cowork.example",
            "2026-12-02 07:51 +0000",
            "en",
            bounce_qmail_hard,
            "qmail notice, no MIME, the returned message inline; the remote server's 'remove it from your mailing list' does not make it an unsubscribe: bounce comes first",
        ),
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "office@loftandledger-architects.example",
            "2026-12-08 12:03 +0000",
            "en",
            bounce_postfix_delay,
            "Postfix delay warning (Action: delayed)",
            queued=247,
        ),
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@kanzlei-vogelsang.example",
            "2026-11-25 08:37 +0100",
            "de",
            bounce_m365_de,
            "Microsoft 365 report in German",
        ),
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "praxis@zahnarzt-albers.example",
            "2026-12-10 14:12 +0100",
            "de",
            bounce_exim_de_delay,
            "hosting provider's Exim delay warning in German; greylisting",
            queued=372,
        ),
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.4.1",
            "compta@cabinet-perrault-avocats.example",
            "2026-12-03 08:45 +0100",
            "fr",
            bounce_m365_fr,
            "Microsoft 365 report in French; access denied",
        ),
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "contact@atelier-ombre-et-lumiere.example",
            "2026-12-14 09:20 +0100",
            "fr",
            bounce_provider_fr_full,
            "mailbox full reported as final with 552 5.2.2: soft (a full mailbox is temporary), the code is kept; multipart/mixed with the returned message",
        ),
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "clinica.sotomayor.dental@gmail.com",
            "2026-11-27 08:40 +0100",
            "es",
            bounce_gmail_es,
            "Gmail report in Spanish with the full returned message",
        ),
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "info@espacio-nodo-coworking.example",
            "2026-12-16 11:05 +0100",
            "es",
            bounce_provider_es_delay,
            "delay notice without any MIME headers, raw ISO-8859-1 bytes",
            queued=185,
        ),
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.2.2",
            "boekhouding@tandartsenpraktijk-delta.example",
            "2026-12-01 10:10 +0100",
            "nl",
            bounce_provider_nl_full,
            "Dutch provider delay report, mailbox full",
            queued=95,
        ),
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.2",
            "amministrazione@studiolegale-marchetti.example",
            "2026-11-24 09:15 +0100",
            "it",
            bounce_provider_it_domain,
            "Italian provider report; the recipient's domain does not exist",
        ),
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.0",
            "info@coworking-lanterna.example",
            "2026-12-17 16:30 +0100",
            "it",
            bounce_m365_it_delay,
            "Microsoft 365 delay report in Italian",
            queued=250,
        ),
    ]
)

# === END OF MESSAGES ===


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_reply(r: Reply) -> None:
    """Catch slips in the hand-written specs before anything is written."""
    problems = []
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        problems.append("unknown intent, language or style")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append(f"date {r.dt.date()} outside the corpus range")
    refs = r.labels.get("invoice_refs", [])
    assert isinstance(refs, list)
    for ref in refs:
        if not INVOICE_RE.match(ref) or ref[5:] not in r.body:
            problems.append(f"invoice ref {ref} malformed or not in the new text")
    for name in ("promised_date", "paid_date", "return_date"):
        value = r.labels.get(name)
        if value is not None and not (isinstance(value, str) and DATE_RE.match(value)):
            problems.append(f"{name} {value!r} is not a date")
    contact = r.labels.get("new_contact")
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in r.body.lower()
    ):
        problems.append("new_contact not lower case or not in the text")
    if r.labels.get("amount") is not None and r.labels.get("currency") is None:
        problems.append("amount without currency")
    if problems:
        raise SystemExit(f"{r.key}: " + "; ".join(problems))


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    for r in REPLIES:
        check_reply(r)
    taken = {r.inv for r in REPLIES if r.inv}
    taken |= {m for r in REPLIES for m in re.findall(r"CL26-\d{5}", r.body)}
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b in BOUNCES]
    assign_invoices(keys, taken)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, b.build(b), bounce_label(b)) for b in BOUNCES]
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    str(msg["Subject"])
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


def count_table(labels: list[dict[str, object]]) -> str:
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


def check_coverage(labels: list[dict[str, object]]) -> list[str]:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    problems = [
        f"{i}: {sum(cells[i, lang] for lang in LANGS)} messages"
        for i in INTENTS
        if sum(cells[i, lang] for lang in LANGS) != 12
    ]
    problems += [
        f"{i} has no {lang} message" for i in INTENTS for lang in LANGS if not cells[i, lang]
    ]
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    return problems


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes(policy=OUTPUT_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    problems = check_coverage(labels)
    for problem in problems:
        print(f"coverage: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
