# ruff: noqa: E501, RUF001
# Text is kept one paragraph a line, the way mail clients send it, with the typographic
# dashes, quotes and spaces that people and their clients really produce.
"""Build the sixth held-out reply corpus: `h6-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables team of
Ristretto Works, a company that leases, supplies and services office coffee machines. The new text
of each reply is written by hand below. The script adds only what a mail client or a mail server
would add: the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings. Run it from anywhere; it writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h6"
SEED = 20261118
AR_NAME = "Ristretto Works Receivables"
AR_ADDR = "receivables@ristrettoworks.example"
AR_DOMAIN = "ristrettoworks.example"
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

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a quoted message)
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
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

GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
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
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
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
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
# Outlook for Mac: From, Date, To, Subject labels and the date layout
MAC_LABELS = {
    "en": ("From", "Date", "To", "Subject", ": ", "{wdl}, {d} {monl} {y} at {HH}:{mm}"),
    "de": ("Von", "Datum", "An", "Betreff", ": ", "{wdl}, {d}. {monl} {y} um {HH}:{mm}"),
    "fr": ("De", "Date", "À", "Objet", " : ", "{wdl} {d} {monl} {y} à {HH}:{mm}"),
    "es": ("De", "Fecha", "Para", "Asunto", ": ", "{wdl}, {d} de {monl} de {y}, {H}:{mm}"),
    "nl": ("Van", "Datum", "Aan", "Onderwerp", ": ", "{wdl} {d} {monl} {y} om {HH}:{mm}"),
    "it": ("Da", "Data", "A", "Oggetto", ": ", "{wdl} {d} {monl} {y} alle ore {HH}:{mm}"),
}
# Samsung Email: signature, separator, From, Date, To, Subject, date layout
GALAXY_LABELS = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Originalnachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "{dd}.{mo}.{yy} {HH}:{mm} (GMT{tz})",
    ),
    "fr": (
        "Envoyé depuis mon appareil Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "{dd}/{mo}/{yy} {H}:{mm} (GMT{tz})",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "{dd}-{mo}-{y} {HH}:{mm} (GMT{tz})",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "{dd}/{mo}/{yy} {HH}:{mm} (GMT{tz})",
    ),
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
# The reminder Ristretto Works sends (one entity per country, one mailbox for all)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue: invoice {inv} (Ristretto Works)",
    "de": "Überfällige Zahlung: Rechnung {inv} (Ristretto Works)",
    "fr": "Paiement en retard : facture {inv} (Ristretto Works)",
    "es": "Pago pendiente: factura {inv} (Ristretto Works)",
    "nl": "Betaling achterstallig: factuur {inv} (Ristretto Works)",
    "it": "Pagamento scaduto: fattura {inv} (Ristretto Works)",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which fell due on 14 November 2026:\n\n"
        "  Invoice no.     {inv}\n  Invoice date    15/10/2026\n  Amount due      {amt}\n\n"
        "Could you let us know when we can expect payment? If it has already gone out, a remittance advice or the payment date will help us match it. For questions about the machines, consumables or service visits on this invoice, simply reply to this email.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nRistretto Works Ltd · office coffee, leased and serviced\nreceivables@ristrettoworks.example · 0118 496 0731"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung, fällig seit dem 14.11.2026, konnten wir noch keinen Zahlungseingang feststellen:\n\n"
        "  Rechnungsnummer   {inv}\n  Rechnungsdatum    15.10.2026\n  Offener Betrag    {amt}\n\n"
        "Bitte teilen Sie uns mit, wann wir mit dem Ausgleich rechnen dürfen. Ist die Zahlung bereits unterwegs, hilft uns ein Zahlungsavis oder das Ausführungsdatum bei der Zuordnung. Fragen zu Geräten, Verbrauchsmaterial oder Serviceeinsätzen auf dieser Rechnung beantworten wir gern – antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nRistretto Works Deutschland GmbH\nreceivables@ristrettoworks.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance le 14/11/2026 :\n\n"
        "  N° de facture      {inv}\n  Date de facture    15/10/2026\n  Montant dû         {amt}\n\n"
        "Pourriez-vous nous indiquer la date de paiement prévue ? Si le virement est déjà parti, un avis de paiement ou sa date d'exécution nous permettra de le rapprocher. Pour toute question sur les machines, les consommables ou les interventions facturés, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Recouvrement\nRistretto Works France SAS\nreceivables@ristrettoworks.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no nos consta el pago de la siguiente factura, con vencimiento el 14/11/2026:\n\n"
        "  N.º de factura      {inv}\n  Fecha de factura    15/10/2026\n  Importe pendiente   {amt}\n\n"
        "¿Nos podrían indicar cuándo está previsto el pago? Si ya lo han realizado, nos ayudaría recibir el justificante o la fecha de la transferencia para poder conciliarlo. Para cualquier duda sobre las máquinas, los consumibles o las visitas de mantenimiento facturadas, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nRistretto Works Iberia, S.L.\nreceivables@ristrettoworks.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur, vervallen op 14-11-2026, nog niet ontvangen:\n\n"
        "  Factuurnummer   {inv}\n  Factuurdatum    15-10-2026\n  Openstaand      {amt}\n\n"
        "Kunt u ons laten weten wanneer wij de betaling tegemoet kunnen zien? Is er al betaald, dan helpt een betaalspecificatie of de uitvoeringsdatum ons om de betaling te koppelen. Vragen over de machines, verbruiksartikelen of servicebezoeken op deze factuur? Reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nRistretto Works Europe B.V.\nreceivables@ristrettoworks.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora pervenuto il pagamento della fattura qui sotto, scaduta il 14/11/2026:\n\n"
        "  Numero fattura   {inv}\n  Data fattura     15/10/2026\n  Importo dovuto   {amt}\n\n"
        "Potete indicarci quando è previsto il pagamento? Se il bonifico è già partito, la contabile o la data di esecuzione ci aiuterebbe ad abbinarlo. Per domande sulle macchine, sui materiali di consumo o sugli interventi tecnici fatturati è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nRistretto Works Italia S.r.l.\nreceivables@ristrettoworks.example"
    ),
}
AMOUNT_LAYOUT = {
    "en": ("£{int}.{cents}", ","),
    "de": ("{int},{cents} €", "."),
    "fr": ("{int},{cents} €", " "),
    "es": ("{int},{cents} €", "."),
    "nl": ("€ {int},{cents}", "."),
    "it": ("€ {int},{cents}", "."),
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""
    loc: str = ""
    inv: str = ""
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    lag: int = 1
    threaded: bool = True

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
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


@cache
def invoice_numbers() -> dict[str, str]:
    """Invoice numbers for messages whose text names none: distinct from each other and from
    the numbers written in the replies, so no two customers share an invoice by accident."""
    taken = {r.inv for r in REPLIES if r.inv}
    keys = sorted([r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES])
    out: dict[str, str] = {}
    for key in keys:
        n = 41000 + int.from_bytes(digest(key, "invoice")[:2], "big") % 1000
        while f"RW-26-{n}" in taken:
            n += 1
        out[key] = f"RW-26-{n}"
        taken.add(out[key])
    return out


def default_invoice(key: str) -> str:
    return invoice_numbers()[key]


def default_amount(key: str, lang: str) -> str:
    """A plausible invoice total in the reminder's local layout (lease, service, consumables)."""
    cents = 18000 + int.from_bytes(digest(key, "amount")[:3], "big") % 290000
    whole, frac = divmod(cents, 100)
    layout, sep = AMOUNT_LAYOUT[lang]
    grouped = f"{whole:,}".replace(",", sep)
    return layout.format(int=grouped, cents=f"{frac:02d}")


def tz_text(dt: datetime) -> str:
    offset = dt.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "wdl": WEEKDAYS_LONG[loc].split()[wd],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "monl": MONTHS_LONG[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "tz": tz_text(dt),
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int) -> datetime:
    """The reminder run goes out on a working day before the reply, just after nine."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=1 + day.day % 5, second=37)


def reminder_msgid(key: str) -> str:
    return f"<dunning.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CAK{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD05.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "galaxy":
        return f"<{raw.hex()[:12]}.{int.from_bytes(raw[12:16], 'big')}@email.android.com>"
    return f"<{raw.hex()[:20]}.{b32(key, 'tail', 6).lower()}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: no encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def narrow(charset: str) -> bool:
    """Charsets in which the quoted reminder loses its dashes and euro signs."""
    return charset in {"iso-8859-1", "us-ascii"}


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt)


def original_reminder(lang: str, to: str, when: datetime, key: str, inv: str) -> Message:
    """The reminder exactly as Ristretto Works sent it (returned inside bounces)."""
    msg = text_part(
        reminder_text(lang, inv, default_amount(key, lang)) + "\n", "plain", "utf-8", "qp"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = reminder_subject(r.reminder_lang, r.invoice)
    text = reminder_text(
        r.reminder_lang, r.invoice, r.amt or default_amount(r.key, r.reminder_lang)
    )
    if narrow(r.charset):
        subject, text = latin1_safe(subject), latin1_safe(text)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(text, subject, reminder_time(r.dt, r.lag), r.client_lang, to)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    lang = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} span.EmailStyle19 {font-family:"Aptos",sans-serif; color:windowtext;} --></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">{head}<o:p></o:p></span></p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div></div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_outlook_mac(r: Reply, q: Quote) -> Message:
    frm, date, to, subj, sep, layout = MAC_LABELS[q.loc]
    rows = [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (date, fmt(layout, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]
    block = "\n".join(f"{label}{sep}{value}" for label, value in rows)
    text = f"{r.body}\n\n{block}\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())} </b>{html.escape(value)}"
        for label, value in rows
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head><body>\n<div dir="ltr"><div style="font-family:Aptos,sans-serif;font-size:12pt">'
        f"{html_lines(r.body)}</div>\n<div><br></div>\n"
        '<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0 0 0">'
        f'<span style="font-size:12.0pt;color:black">{head}</span></div>\n'
        f"{html_paragraphs(q.text)}</div></div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers typed between the quoted paragraphs; `[[n]]` marks quoted paragraph n."""
    body = r.body
    for n, paragraph in enumerate(q.text.split("\n\n")):
        body = body.replace(f"[[{n}]]", quote_lines(paragraph))
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    return text_part(f"{attr}\n{body}\n", "plain", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_galaxy(r: Reply, q: Quote) -> Message:
    sig, sep, frm, date, to, subj, layout = GALAXY_LABELS[q.loc]
    head = "\n".join(
        [
            sep,
            f"{frm}: {AR_NAME} <{AR_ADDR}>",
            f"{date}: {fmt(layout, q.loc, q.sent)}",
            f"{to}: {q.to}",
            f"{subj}: {q.subject}",
        ]
    )
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{head}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and system mail quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f"{html_paragraphs(r.body)}\n</body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mac": style_outlook_mac,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "galaxy": style_galaxy,
    "none": style_none,
    "none_html": style_none_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
THUNDERBIRD_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3"
)
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_mac": (("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.200.121)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22B83)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "inline": (("User-Agent", THUNDERBIRD_UA),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_RE[q.loc] + q.subject
    if r.style == "galaxy" and q.loc == "de":
        return "AW: " + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "outlook_mac": "B_",
}


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
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
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTOGEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Halden Logistics Accounts Payable", "ap-remittance@haldenlogistics.example"),
        "2026-11-24 05:42 +0000",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Payer:             Halden Logistics plc, Finance Shared Services\n"
        "Payee:             RISTRETTO WORKS LTD\n"
        "Vendor number:     300418\n"
        "Payment document:  7700184321\n"
        "Payment method:    BACS credit\n"
        "Value date:        24.11.2026\n"
        "Currency:          GBP\n\n"
        "Your invoice    Invoice date    Gross amount    Discount    Amount paid\n"
        "RW-26-40921     15.10.2026          2,316.00        0.00       2,316.00\n"
        "RW-26-41207     30.10.2026            418.80        0.00         418.80\n"
        "                                                            -----------\n"
        "Total                                                          2,734.80\n\n"
        "This remittance advice was produced automatically when the payment run was executed. Replies to this address are not read. Please direct any query to ap.helpdesk@haldenlogistics.example quoting the payment document number.",
        lab(
            ("RW-26-40921", "RW-26-41207"),
            paid_date="2026-11-24",
            payment_reference="7700184321",
            amount="2734.80",
            currency="GBP",
            note="ERP remittance advice with Auto-Submitted and an 'unread mailbox' line: still payment_sent (the run has executed); the total covers two invoices; paid_date is the value date",
        ),
        inv="RW-26-40921",
        subject="Remittance advice 7700184321 - Halden Logistics plc",
        charset="us-ascii",
        cte="7bit",
        headers=(AUTOGEN, ("X-Mailer", "SAP NetWeaver Application Server ABAP")),
        threaded=False,
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Wrona, Agnieszka", "agnieszka.wrona@tolland-group.example"),
        "2026-11-25 10:18 +0100",
        "outlook",
        "Dear Supplier,\n\n"
        "Thank you for your reminder. After checking in our system we can inform that invoice RW-26-41136 was cleared in payment proposal of 20.11.2026 (F110 run), clearing document 2000045518, amount EUR 1,946.40, paid to your bank account ending 7719.\n\n"
        "Please kindly verify on your side with your bank. In case amount is still not visible please provide us the bank statement and we will raise investigation with our Treasury.\n\n"
        "Best regards,\n"
        "Agnieszka Wrona\n"
        "Accounts Payable Team DACH\n"
        "Tolland Group Business Services Kraków\n\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        lab(
            ("RW-26-41136",),
            paid_date="2026-11-20",
            payment_reference="2000045518",
            amount="1946.40",
            currency="EUR",
            note="non-native shared-service English answering a German reminder; 'cleared in payment proposal (F110 run)' is SAP for paid; the request for a bank statement is secondary",
        ),
        rlang="de",
        inv="RW-26-41136",
        amt="1.946,40 €",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Dana Whitfield", "dwhitfield@corvallis-bio.example"),
        "2026-11-24 13:12 -0800",
        "outlook_mac",
        "Hi there,\n\n"
        "Per our records this one went out in our ACH batch on 11/20 and the funds have left our account. Details below for your cash application folks:\n\n"
        "Invoice #: RW-26-40958\n"
        "Amount: $3,480.00\n"
        "ACH trace #: 091000019284733\n"
        "Settlement date: 11/20/2026\n\n"
        "If you still can't find it on your end, please reply with a copy of the bank letter for the account we have on file — we updated your remit-to details back in October at your request.\n\n"
        "Thanks,\n"
        "Dana Whitfield\n"
        "Accounts Payable Specialist | Corvallis Biosciences, Inc.\n"
        "(541) 555-0148",
        lab(
            ("RW-26-40958",),
            paid_date="2026-11-20",
            payment_reference="091000019284733",
            amount="3480.00",
            currency="USD",
            note="US month/day dates; the ACH batch has settled; the bank-letter request is conditional and secondary",
        ),
        inv="RW-26-40958",
        amt="$3,480.00",
        lag=2,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Köhler", "s.koehler@felsberg-antriebe.example"),
        "2026-11-25 09:31 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung RW-26-41055 über 1.874,50 EUR war in unserem Zahlungslauf vom 20.11.2026 enthalten und wurde per SEPA-Überweisung ausgeführt (Belegnummer 1500023871). Das Zahlungsavis ging am selben Tag automatisch an die in unserem Kreditorenstamm hinterlegte Adresse.\n\n"
        "Bitte prüfen Sie Ihre Kontoauszüge und gleichen Sie Ihre offenen Posten entsprechend ab.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Sabine Köhler\n"
        "Kreditorenbuchhaltung\n\n"
        "Felsberg Antriebstechnik GmbH\n"
        "Industriestraße 14 · 34587 Felsberg\n"
        "Geschäftsführer: Dr. Uwe Brandt · Amtsgericht Fritzlar HRB 1187",
        lab(
            ("RW-26-41055",),
            paid_date="2026-11-20",
            payment_reference="1500023871",
            amount="1874.50",
            currency="EUR",
        ),
        inv="RW-26-41055",
        amt="1.874,50 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jonas Brandl", "jonas@physio-brandl.example"),
        "2026-12-01 18:47 +0100",
        "gmail",
        "Hallo zusammen,\n\n"
        "mist, die ist mir durchgerutscht. Hab sie eben per Echtzeitüberweisung rausgeschickt, 389,60 € wie auf der Rechnung – müsste also quasi schon bei euch sein.\n\n"
        "Viele Grüße aus der Praxis\n"
        "Jonas",
        lab(
            paid_date="2026-12-01",
            amount="389.60",
            currency="EUR",
            note="instant transfer sent 'eben' (just now): paid on the message date",
        ),
        amt="389,60 €",
        lag=4,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("CSP Comptabilité Fournisseurs", "csp.fournisseurs@groupe-vauclair.example"),
        "2026-11-30 14:02 +0100",
        "owa",
        "Bonjour,\n\n"
        "Après contrôle dans notre ERP, la pièce RW-26-41318 figure dans la remise de virements SEPA exécutée le vendredi 27/11/2026 (remise n° VIR-SSC-0045512, montant réglé : 1\u00a0262,80 €). Selon votre banque, comptez 24 à 48 heures avant de voir les fonds sur votre relevé.\n\n"
        "Nous restons à votre disposition pour tout complément.\n\n"
        "Cordialement,\n\n"
        "Centre de Services Partagés – Comptabilité Fournisseurs\n"
        "Groupe Vauclair · 59000 Lille\n"
        "Tél. : 03 20 00 41 77",
        lab(
            ("RW-26-41318",),
            paid_date="2026-11-27",
            payment_reference="VIR-SSC-0045512",
            amount="1262.80",
            currency="EUR",
            note="shared-service centre; 'remise de virements exécutée' = a payment run already executed",
        ),
        inv="RW-26-41318",
        amt="1 262,80 €",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Hélène Garnier", "h.garnier@etude-garnier-notaires.example"),
        "2026-12-03 08:12 +0100",
        "iphone",
        "Bonjour,\n"
        "Le chèque est parti hier soir au courrier, à l'adresse de votre siège indiquée sur la facture. Toutes mes excuses pour ce retard, j'étais en arrêt.\n"
        "H. Garnier",
        lab(
            paid_date="2026-12-02",
            note="cheque posted 'hier soir': the day before the message",
        ),
        charset="iso-8859-1",
        lag=2,
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Echeverría", "m.echeverria@ortuella-ingenieria.example"),
        "2026-12-02 17:20 +0100",
        "gmail",
        "Buenas tardes:\n\n"
        "Os adjunto el comprobante de la transferencia de 958,30 € que hemos ordenado hoy desde nuestra cuenta habitual, referencia 2026TRF118842. Al ser una transferencia ordinaria puede tardar uno o dos días hábiles en aparecer en vuestra cuenta.\n\n"
        "Disculpad el retraso: la factura llegó a un buzón que ya no usamos.\n\n"
        "Un saludo,\n\n"
        "Marta Echeverría\n"
        "Administración y Finanzas\n"
        "Ortuella Ingeniería, S.L.",
        lab(
            paid_date="2026-12-02",
            payment_reference="2026TRF118842",
            amount="958.30",
            currency="EUR",
            note="transfer ordered today, proof attached; the remark about an unused mailbox is not a wrong-contact request",
        ),
        amt="958,30 €",
        attach=("comprobante_transferencia_RW.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Taller Gráfico Ribera", "tallergraficoribera@gmail.com"),
        "2026-12-01 12:35 +0100",
        "android",
        "Hola, la transferencia salió el viernes 27, ¿no os ha llegado todavía? Os paso el número de operación por si os sirve para buscarla: 0049-5512-7301. Si no la encontráis me decís y reclamo al banco.\n"
        "Javi",
        lab(
            paid_date="2026-11-27",
            payment_reference="0049-5512-7301",
            note="past tense 'salió el viernes 27'; the question is about arrival, not a new request",
        ),
        lag=3,
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Team Crediteuren", "crediteuren@vanwijngaarden-installatie.example"),
        "2026-11-30 08:47 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Factuur RW-26-41270 is meegenomen in onze betaalbatch van donderdag 26 november; het bedrag van € 1.409,95 is inmiddels van onze rekening afgeschreven. Ons betalingskenmerk is 2026-BB-07731.\n\n"
        "Mocht u de betaling niet kunnen terugvinden, dan horen wij dat graag.\n\n"
        "Met vriendelijke groet,\n\n"
        "Nienke de Boer\n"
        "Team Crediteuren\n"
        "Van Wijngaarden Installatietechniek B.V.",
        lab(
            ("RW-26-41270",),
            paid_date="2026-11-26",
            payment_reference="2026-BB-07731",
            amount="1409.95",
            currency="EUR",
        ),
        inv="RW-26-41270",
        amt="€ 1.409,95",
        lag=3,
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Bas Hendriks", "bas@hendriks-fietsen.example"),
        "2026-12-08 21:03 +0100",
        "iphone",
        "Is gisteren al overgemaakt hoor.\n\nGr Bas",
        lab(paid_date="2026-12-07", note="one-liner; 'gisteren' is the day before the message"),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Roberta Gilardi", "contabilita.fornitori@tessile-valsesia.example"),
        "2026-11-30 11:05 +0100",
        "thunderbird",
        "Buongiorno,\n\n"
        "in riferimento al vostro sollecito, vi comunichiamo che il bonifico a saldo della fattura RW-26-41099 è stato disposto il 25/11/2026 con valuta beneficiario 27/11/2026.\n\n"
        "Importo: € 2.145,60\n"
        "TRN: 0306912345678901234567890IT\n\n"
        "Vi preghiamo di verificare l'accredito sul vostro conto.\n\n"
        "Distinti saluti\n\n"
        "Roberta Gilardi\n"
        "Ufficio Contabilità Fornitori\n"
        "Tessitura Valsesia S.p.A.",
        lab(
            ("RW-26-41099",),
            paid_date="2026-11-25",
            payment_reference="0306912345678901234567890IT",
            amount="2145.60",
            currency="EUR",
            note="paid_date is the day the transfer was ordered ('disposto'), not the beneficiary value date",
        ),
        inv="RW-26-41099",
        amt="€ 2.145,60",
        charset="windows-1252",
        lag=3,
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Lucy Tran", "lucy.tran@ashcombe-housing.example"),
        "2026-11-27 15:26 +0000",
        "outlook_html",
        "Hello,\n\n"
        "Thanks for chasing. RW-26-40987 cleared its final approval step in Coupa yesterday afternoon and is now queued for our next supplier payment run, which goes out on Thursday 3 December. Coupa will email you the remittance once the run is released.\n\n"
        "Kind regards,\n\n"
        "Lucy Tran\n"
        "Procure-to-Pay Officer\n"
        "Ashcombe Housing Group",
        lab(
            ("RW-26-40987",),
            promised_date="2026-12-03",
            note="past tense is about the approval; the payment itself is in a future run",
        ),
        inv="RW-26-40987",
        amt="£1,512.00",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Jess Okafor", "jess@ketteringprint.example"),
        "2026-12-07 11:52 +0000",
        "gmail_plain",
        "Hi,\n\n"
        "It's sitting with our FD for sign-off – anything over £2k needs her signature. She's at a conference until Wednesday so realistically it'll go in the Friday run, i.e. the 11th. I'll ping you if that slips.\n\n"
        "Jess\n"
        "Office Manager, Kettering Print Solutions",
        lab(
            promised_date="2026-12-11",
            note="approval still pending, but the writer commits to a dated run; 'until Wednesday' is the FD's absence, not a payment date",
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Rob Ashworth", "rob@ashworthjoinery.example"),
        "2026-12-02 07:41 +0000",
        "iphone",
        "Morning. Will be paid in full on the 15th, that's when the council pays us for the school job. Not ignoring you\n\nRob",
        lab(
            promised_date="2026-12-15",
            note="a dated commitment, not a request for more time",
        ),
        amt="£486.00",
        lag=5,
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Kreditorenbuchhaltung", "kreditoren@lindqvist-medizintechnik.example"),
        "2026-12-03 10:15 +0100",
        "inline",
        "[[1]]\n\n"
        "Die Rechnung RW-26-41410 ist inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben.\n\n"
        "[[2]]\n\n"
        "[[3]]\n\n"
        "Der Ausgleich erfolgt mit unserem nächsten regulären Zahlungslauf am 10.12.2026. Ein Avis erhalten Sie wie gewohnt automatisch.\n\n"
        "Mit freundlichen Grüßen\n"
        "Tobias Renner\n"
        "Kreditorenbuchhaltung\n"
        "Lindqvist Medizintechnik GmbH · Tuttlingen",
        lab(
            ("RW-26-41410",),
            promised_date="2026-12-10",
            note="answers typed between the quoted paragraphs",
        ),
        inv="RW-26-41410",
        amt="2.904,00 €",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Frank Harms", "info@tischlerei-harms.example"),
        "2026-11-24 06:58 +0100",
        "android",
        "Moin,\n\n"
        "bin die ganze Woche auf Montage auf Sylt und komm an die Unterlagen nicht ran. Spätestens Freitag ist das Geld bei Ihnen, versprochen.\n\n"
        "Gruß\n"
        "Frank Harms\n"
        "Tischlerei Harms",
        lab(promised_date="2026-11-27", note="'spätestens Freitag' from Tuesday 24 November"),
        amt="612,80 €",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Camille Lambert", "c.lambert@clinique-saint-roch.example"),
        "2026-12-01 16:40 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Votre facture RW-26-41211 a été mise en bon à payer ce matin par le contrôle de gestion. Elle sera intégrée à notre prochaine campagne de paiement, le mardi 15 décembre, conformément à nos conditions de règlement à 45 jours fin de mois.\n\n"
        "Bien à vous,\n\n"
        "Camille Lambert\n"
        "Comptabilité fournisseurs\n"
        "Clinique Saint-Roch",
        lab(
            ("RW-26-41211",),
            promised_date="2026-12-15",
            note="'bon à payer' is approval; the payment is in a dated future campaign; the payment-terms remark does not contest the invoice",
        ),
        inv="RW-26-41211",
        amt="1 840,00 €",
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Olivier Mercier", "olivier@agence-mercier-immo.example"),
        "2026-12-03 19:20 +0100",
        "iphone",
        "Bonsoir,\n"
        "Mon comptable est en vacances et c'est lui qui fait les virements. Il rentre lundi 7, je lui demande de vous régler ça dans la journée.\n"
        "Bonne soirée\n"
        "O. Mercier",
        lab(
            promised_date="2026-12-07",
            note="written by the customer about his accountant's absence: a promise, not an auto-reply",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Cuentas a Pagar", "cuentasapagar@logistica-henares.example"),
        "2026-12-04 09:55 +0100",
        "outlook",
        "Buenos días,\n\n"
        "La factura RW-26-41523 ya está contabilizada y aprobada. Nuestros pagos a proveedores se emiten los días 10 y 25 de cada mes, así que saldrá en la remesa del próximo jueves 10.\n\n"
        "Saludos cordiales,\n\n"
        "Sergio Bermejo\n"
        "Cuentas a Pagar – Logística Henares, S.A.",
        lab(("RW-26-41523",), promised_date="2026-12-10"),
        inv="RW-26-41523",
        amt="1.730,40 €",
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Paqui Romero", "paqui@panaderia-romero.example"),
        "2026-11-25 13:10 +0100",
        "bottom",
        "Buenas, el lunes sin falta os hago el ingreso, que esta semana no me ha dado la vida. Perdonad.\nPaqui",
        lab(
            promised_date="2026-11-30", note="bottom-posted; 'el lunes' from Wednesday 25 November"
        ),
        amt="214,50 €",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Ilse Verbeek", "i.verbeek@kuipers-transport.example"),
        "2026-12-01 14:33 +0100",
        "owa",
        "Hoi,\n\n"
        "De factuur staat klaar voor de betaalrun van vrijdag 4 december. Hij moet alleen nog door de tweede fiatteur (vier-ogenprincipe), maar dat is een formaliteit. De € 968,00 staat dus uiterlijk vrijdag op jullie rekening.\n\n"
        "Groet,\n"
        "Ilse Verbeek\n"
        "Financiële administratie\n"
        "Kuipers Transport B.V.",
        lab(
            promised_date="2026-12-04",
            amount="968.00",
            currency="EUR",
            note="Dutch reply to an English reminder; second sign-off pending but the run is dated",
        ),
        rlang="en",
        amt="€968.00",
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Ferraresi", "amministrazione@fonderia-bresciana.example"),
        "2026-11-20 10:42 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "come da accordi contrattuali il nostro pagamento è a 60 giorni data fattura fine mese: la vostra fattura RW-26-41020 del 15/10 rientra quindi nel giro pagamenti del 31 dicembre, quando verrà saldata con bonifico.\n\n"
        "Cordiali saluti\n\n"
        "Giulia Ferraresi\n"
        "Ufficio Amministrazione\n"
        "Fonderia Bresciana S.r.l.",
        lab(
            ("RW-26-41020",),
            promised_date="2026-12-31",
            note="the customer reads the terms differently but commits to a dated payment run; nothing is contested",
        ),
        inv="RW-26-41020",
        amt="€ 3.018,00",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Paolo Conti", "paolo.conti@studioconti-arch.example"),
        "2026-12-01 17:58 +0100",
        "iphone_html",
        "Salve, sono in fiera a Rimini fino a giovedì, appena rientro in studio venerdì faccio il bonifico. Mi scuso per il ritardo.\nPaolo Conti",
        lab(
            promised_date="2026-12-04",
            note="a person writing from a trade fair, not an out-of-office; 'venerdì' from Tuesday 1 December",
        ),
        amt="€ 420,00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Priya Nair", "priya.nair@brennock-insurance.example"),
        "2026-11-19 14:05 +0000",
        "outlook_html",
        "Hi,\n\n"
        "RW-26-40913 is blocked in our system because it fails three-way match against PO 4500318874. The PO was raised for six Sienna Pro machines at £79.00 per machine per month, as per the contract signed in March; your invoice charges £94.00 per machine. The variance is outside our tolerance, so the invoice can't be released.\n\n"
        "We need either a credit note for the difference (£90.00 a month) or a replacement invoice at PO price. Until then the invoice stays on hold.\n\n"
        "Regards,\n\n"
        "Priya Nair\n"
        "AP Analyst – Finance Operations\n"
        "Brennock Insurance Services Ltd",
        lab(
            ("RW-26-40913",),
            note="price differs from the PO: contests the amount; asking for a credit note or a corrected invoice is part of the dispute, not an invoice_request",
        ),
        inv="RW-26-40913",
        amt="£1,692.00",
        charset="windows-1252",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Martin Crowe", "martin.crowe@fenwick-ellis.example"),
        "2026-11-23 09:12 +0000",
        "inline",
        "[[1]]\n\n"
        "That's because we shouldn't be paying it. The Lucca 2 on the third floor was collected by your driver on 28 September when the lease ended. I have the collection note (CN-2291) with his signature on it.\n\n"
        "[[2]]\n\n"
        "This is October rental for a machine that was already back in your warehouse. Please cancel the invoice.\n\n"
        "[[3]]\n\n"
        "We haven't paid it and we won't be.\n\n"
        "Martin Crowe\n"
        "Office Manager, Fenwick Ellis LLP",
        lab(
            note="inline answers; machine returned before the billed period; 'we haven't paid' is a negation, not a payment"
        ),
        amt="£312.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Hollie Pearce", "accounts@pearce-dental.example"),
        "2026-12-04 12:30 +0000",
        "gmail",
        "Hello,\n\n"
        "We've paid the lease element of RW-26-41388 (£1,150.00, BACS on 19 November, ref PEARCE-RW1119) but we're not paying the £1,166.00 for the 'emergency call-out 02/10'. No engineer attended either practice that day – our visitor book and the CCTV at reception both say so. The machine was in fact sorted out by our own practice manager.\n\n"
        "Please issue a credit note for that line and we'll consider the account settled.\n\n"
        "Hollie Pearce\n"
        "Practice Accounts, Pearce Family Dental",
        lab(
            ("RW-26-41388",),
            note="part paid, rest contested: dispute beats the payment claim for the disputed part",
        ),
        inv="RW-26-41388",
        amt="£2,316.00",
        lag=4,
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Markus Vogel", "m.vogel@hansa-kunststoff.example"),
        "2026-11-26 13:47 +0100",
        "outlook",
        "Guten Tag,\n\n"
        "zu Ihrer Rechnung RW-26-41260 gibt es bei uns keine Wareneingangsbuchung, und das hat seinen Grund: Die am 21.10. angelieferten 40 kg Espressobohnen (Lieferschein 77120) wurden von unserer Warenannahme wegen aufgerissener Verpackung abgelehnt und dem Fahrer direkt wieder mitgegeben. Der Vermerk steht auf Ihrem Lieferschein.\n\n"
        "Ohne WE kann die Rechnung nicht freigegeben werden. Bitte stornieren Sie sie oder schicken Sie uns eine Gutschrift. Eine neue, einwandfreie Lieferung bestellen wir gegebenenfalls separat.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Markus Vogel\n"
        "Rechnungsprüfung\n"
        "Hansa Kunststofftechnik GmbH & Co. KG",
        lab(("RW-26-41260",), note="no goods receipt because the goods were rejected at the dock"),
        inv="RW-26-41260",
        amt="1.112,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Elif Demir", "e.demir@rheinblick-hotels.example"),
        "2026-12-09 15:20 +0100",
        "gmail",
        "Hallo,\n\n"
        "die RW-26-41577 ist bei uns längst erledigt: Ihr Kollege Herr Aydın hat uns am Telefon eine Gutschrift in gleicher Höhe zugesagt, weil die Maschine im Frühstücksraum drei Wochen lang außer Betrieb war. Die Gutschrift RW-GS-26-0412 vom 06.11. haben wir auch bekommen und verbucht, damit steht der Saldo auf null.\n\n"
        "Bitte gleichen Sie Ihr Debitorenkonto entsprechend ab.\n\n"
        "Beste Grüße\n"
        "Elif Demir\n"
        "Buchhaltung – Rheinblick Hotels",
        lab(
            ("RW-26-41577",),
            note="already credited: nothing is owed, nothing was paid; the credit-note number is not an invoice",
        ),
        inv="RW-26-41577",
        amt="746,20 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Nathalie Roux", "nathalie.roux@mutuelle-rhodanienne.example"),
        "2026-11-20 11:08 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous contestons la ligne « Maintenance préventive – T4 » de la facture RW-26-41144 : aucun technicien n'est intervenu sur notre site de Villeurbanne au cours du dernier trimestre. La machine du deuxième étage affiche d'ailleurs toujours le voyant de détartrage.\n\n"
        "La facture est donc placée en litige dans notre système. Merci de nous faire parvenir un avoir du montant de cette ligne ; le reste sera réglé à réception.\n\n"
        "Cordialement,\n\n"
        "Nathalie Roux\n"
        "Services Généraux\n"
        "Mutuelle Rhodanienne",
        lab(
            ("RW-26-41144",),
            note="service billed but not rendered; the conditional promise for the rest does not outweigh the dispute",
        ),
        inv="RW-26-41144",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Julien Bresson", "compta@atelier-bresson.example"),
        "2026-12-10 09:40 +0100",
        "apple",
        "Bonjour,\n\n"
        "Cette facture fait doublon : même contrat, même période (octobre), même montant que la RW-26-41560, que nous avons réglée le 12 novembre. Deux factures pour un seul mois de location, ça ne va pas.\n\n"
        "Merci d'annuler la RW-26-41613 et de nous confirmer que notre compte est à jour.\n\n"
        "Julien Bresson\n"
        "Gérant – Atelier Bresson Menuiserie",
        lab(
            ("RW-26-41613", "RW-26-41560"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="RW-26-41613",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raquel Gil", "rgil@farmacias-levante.example"),
        "2026-11-30 10:25 +0100",
        "outlook",
        "Buenos días:\n\n"
        "En la factura RW-26-41295 se facturan 12 cajas de leche en polvo, pero en el albarán firmado por nuestro almacén solo constan 8. No podemos dar el visto bueno a una factura que no coincide con lo recibido.\n\n"
        "Rogamos emitan una factura rectificativa por las 8 cajas (o un abono por las 4 de diferencia) para poder tramitar el pago.\n\n"
        "Atentamente,\n\n"
        "Raquel Gil\n"
        "Departamento de Compras\n"
        "Farmacias Levante, S.L.",
        lab(("RW-26-41295",), note="quantity invoiced exceeds the signed delivery note"),
        inv="RW-26-41295",
        amt="412,80 €",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Joost Mulder", "j.mulder@dekkerverzekeringen.example"),
        "2026-12-02 10:05 +0100",
        "outlook_html",
        "Beste heer/mevrouw,\n\n"
        "Deze factuur staat bij ons geblokkeerd met de status 'in geschil', in afwachting van de afhandeling van storingsmelding #5521: de machine op de derde verdieping lekt al sinds half oktober water en is volgens onze facilitair manager nog steeds niet gerepareerd. Zolang dat niet is opgelost, betalen wij niet voor een apparaat dat niet bruikbaar is.\n\n"
        "Zodra de monteur is geweest en de melding is gesloten, heffen wij de blokkade op.\n\n"
        "Met vriendelijke groet,\n\n"
        "Joost Mulder\n"
        "Crediteurenadministratie\n"
        "Dekker Verzekeringen N.V.",
        lab(
            note="on hold pending resolution of a fault report; English-language Outlook quoting the Dutch reminder"
        ),
        loc="en",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Sanne Kok", "sanne@yogastudio-kok.example"),
        "2026-11-18 20:14 +0100",
        "iphone",
        "Hoi,\n\n"
        "Waarom krijg ik nog een factuur voor het vierde kwartaal? Ik heb het contract per 30 september opgezegd en daar ook een bevestiging van jullie op gehad. De machine staat hier nog omdat niemand hem komt ophalen, dat is niet mijn probleem.\n\n"
        "Groetjes, Sanne",
        lab(note="contract cancelled before the billed quarter; owner-run studio"),
        amt="€ 186,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Davide Marchetti", "d.marchetti@meridiana-logistica.example"),
        "2026-12-11 12:15 +0100",
        "owa",
        "Buongiorno,\n\n"
        "la fattura RW-26-41650 è intestata a Meridiana Logistica S.r.l., società con cui non avete alcun contratto: il comodato delle macchine è stato firmato da Meridiana Servizi S.r.l. (partita IVA diversa), che è anche l'unica sede in cui sono installate.\n\n"
        "Non possiamo né registrare né pagare un documento emesso verso un soggetto che non vi deve nulla. Vi chiediamo di stornarla con nota di credito.\n\n"
        "Cordiali saluti\n\n"
        "Davide Marchetti\n"
        "Amministrazione – Meridiana Logistica S.r.l.",
        lab(
            ("RW-26-41650",),
            note="wrong legal entity that denies owing anything and asks for a credit note: dispute, not a reissue request",
        ),
        inv="RW-26-41650",
        amt="€ 1.488,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Chiara Benedetti", "chiara@benedetti-assicurazioni.example"),
        "2026-12-15 09:32 +0100",
        "thunderbird",
        "Buongiorno,\n\n"
        "le tre confezioni di filtri e i 20 kg di caffè in grani riportati in fattura non ci sono mai arrivati. Il corriere ha lasciato un avviso di mancata consegna il 13 novembre e da allora nessuno si è più fatto vivo, nonostante due nostre telefonate.\n\n"
        "Finché la merce non viene consegnata, per noi la fattura è sospesa.\n\n"
        "Chiara Benedetti\n"
        "Agenzia Benedetti Assicurazioni",
        lab(
            note="goods not received; 'avviso di mancata consegna' is the courier's card, not a mail bounce"
        ),
        amt="€ 358,40",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Ruth Adeyemi", "ruth.adeyemi@northfield-youth-trust.example"),
        "2026-11-26 16:14 +0000",
        "outlook_html",
        "Dear Receivables team,\n\n"
        "We're a small charity and I'm afraid our cash position is very stretched until our next grant instalment arrives in late January. Would you be able to accept the £2,316.00 in three monthly payments of £772.00 – December, January and February? I can set up a standing order as soon as you agree.\n\n"
        "With apologies and thanks,\n\n"
        "Ruth Adeyemi\n"
        "Finance & Operations Manager\n"
        "Northfield Youth Trust (registered charity no. 1187342)",
        lab(note="instalments requested on hardship grounds"),
        amt="£2,316.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Graham Sutcliffe", "finance@calder-engineering.example"),
        "2026-12-08 10:02 +0000",
        "outlook",
        "Good morning,\n\n"
        "Further to your reminder, our board has asked me to put a proposal to you regarding the outstanding balance on our account: invoices RW-26-41022, RW-26-41460 and RW-26-41491, £6,948.00 in total.\n\n"
        "Following the loss of a major contract in the autumn we are managing cash carefully, and would propose to clear the balance in four equal monthly instalments of £1,737.00, commencing on 15 December 2026. New lease and service invoices would of course continue to be paid on terms.\n\n"
        "I'd be grateful if you could confirm whether this is acceptable.\n\n"
        "Regards,\n\n"
        "Graham Sutcliffe\n"
        "Financial Controller\n"
        "Calder Precision Engineering Ltd",
        lab(
            ("RW-26-41022", "RW-26-41460", "RW-26-41491"),
            note="formal instalment proposal; the first instalment date is part of the plan, so no promised_date",
        ),
        inv="RW-26-41460",
        amt="£2,316.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Dev Mistry", "dev@mistry-opticians.example"),
        "2026-12-14 13:37 +0000",
        "iphone",
        "Hi – we're closing the Bristol branch at Christmas and cash is very tight. Would you take £1,200 now as full and final on the £1,980? If not I honestly can't say when we'd get to the rest.\n\nDev",
        lab(
            note="a reduced settlement offered on hardship grounds, not a complaint about the invoice"
        ),
        amt="£1,980.00",
        lag=3,
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Katrin Wolff", "k.wolff@wolff-steuerberatung.example"),
        "2026-11-30 12:48 +0100",
        "apple",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir möchten den offenen Betrag von 1.874,50 € gern in drei Monatsraten begleichen: 624,84 € zum 15.12.2026 sowie je 624,83 € zum 15.01. und zum 15.02.2027. Wäre das für Sie in Ordnung? Eine kurze Bestätigung genügt, dann richten wir die Daueraufträge ein.\n\n"
        "Freundliche Grüße\n"
        "Katrin Wolff",
        lab(note="three dated instalments: payment_plan, no promised_date"),
        inv="RW-26-41233",
        amt="1.874,50 €",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Dr. Stefan Lorenz", "lorenz@lorenz-laborbedarf.example"),
        "2026-12-09 08:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten um Stundung der offenen Forderung bis zum 29.01.2027. Hintergrund ist, dass unser größter Abnehmer Ende Oktober Insolvenz angemeldet hat und wir auf Zahlungen in erheblicher Höhe warten. Unsere Liquidität ist dadurch vorübergehend angespannt; an der Begleichung Ihrer Forderung besteht jedoch kein Zweifel.\n\n"
        "Für eine kurze Rückmeldung wären wir dankbar.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Stefan Lorenz\n"
        "Geschäftsführer\n"
        "Lorenz Laborbedarf GmbH",
        lab(note="'Stundung' asks for more time; the date is requested, not committed"),
        amt="4.320,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Marchand", "s.marchand@cabinet-marchand-kine.example"),
        "2026-12-07 13:05 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je traverse une période compliquée (arrêt maladie de plus de deux mois, le cabinet a tourné au ralenti). Serait-il possible de mettre en place un échéancier ? Je pourrais verser 300 € par mois à partir du 10 décembre et solder le reste en avril.\n\n"
        "Merci de votre compréhension,\n\n"
        "Sophie Marchand\n"
        "Masseur-kinésithérapeute",
        lab(note="échéancier requested on hardship grounds"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Elena Castro", "ecastro@colegio-montesol.example"),
        "2026-11-27 11:22 +0100",
        "outlook_mac",
        "Buenos días:\n\n"
        "¿Sería posible fraccionar el importe en dos plazos? Nuestra propuesta: la mitad (865,20 €) la semana que viene y la otra mitad el 15 de enero, cuando recibamos el pago de la subvención de la Consejería.\n\n"
        "Quedo a la espera de su respuesta.\n\n"
        "Un cordial saludo,\n\n"
        "Elena Castro\n"
        "Administración – Colegio Montesol",
        lab(note="two instalments proposed"),
        amt="1.730,40 €",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Rafa Barrio", "rafa.barrio@gmail.com"),
        "2026-12-16 22:10 +0100",
        "galaxy",
        "Hola, ¿os lo puedo ir pagando a 200 al mes? Desde el verano vamos fatal de caja y no llego a todo. Lo siento de verdad.",
        lab(note="monthly instalments on a small business's hardship"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Petra van Dam", "p.vandam@vandam-accountants.example"),
        "2026-12-03 09:26 +0100",
        "outlook",
        "Goedemorgen,\n\n"
        "Is het mogelijk een betalingsregeling te treffen voor deze factuur? Wij stellen voor het bedrag in vier maandelijkse termijnen te voldoen: drie keer € 352,49 en een laatste termijn van € 352,48, te beginnen in december. Graag uw akkoord per mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Petra van Dam\n"
        "Office manager\n"
        "Van Dam & Partners Accountants",
        lab(),
        amt="€ 1.409,95",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Ruud Smit", "r.smit@smit-groothandel.example"),
        "2026-12-17 15:44 +0100",
        "gmail",
        "Hallo,\n\n"
        "Kunnen we uitstel krijgen tot na de jaarafsluiting, zeg eind februari? Onze nieuwe financieel directeur begint op 4 januari en wil eerst alle lopende contracten doorlichten voordat er grotere bedragen de deur uit gaan. Het gaat dus niet om het bedrag zelf.\n\n"
        "Groet,\n"
        "Ruud Smit\n"
        "Smit Groothandel",
        lab(note="asks for more time; explicitly not disputing the amount"),
        amt="€ 2.870,00",
        lag=2,
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Francesca Rinaldi", "f.rinaldi@rinaldi-ottica.example"),
        "2026-11-24 18:05 +0100",
        "iphone",
        "Buonasera, sarebbe possibile rateizzare l'importo in tre rate mensili? Da quando hanno aperto il centro commerciale qui vicino il negozio sta soffrendo parecchio. Grazie per la comprensione.\nFrancesca Rinaldi",
        lab(),
        amt="€ 1.140,00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Marco Galli", "m.galli@galli-impianti.example"),
        "2026-12-10 10:18 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "vi proponiamo di versare subito un acconto di € 1.000,00 e il saldo di € 1.600,00 entro fine gennaio, appena incassiamo le fatture del cantiere di Monza. Se siete d'accordo, procediamo con il primo bonifico già questa settimana.\n\n"
        "Cordiali saluti\n\n"
        "Marco Galli\n"
        "Galli Impianti Elettrici S.n.c.",
        lab(note="down payment now, balance later, subject to agreement"),
        inv="RW-26-41590",
        amt="€ 2.600,00",
        charset="windows-1252",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Kelly Marsh", "accounts.payable@ashdown-group.example"),
        "2026-11-18 11:26 +0000",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for your email. We're unable to process invoice RW-26-41004 as it doesn't quote a valid Ashdown purchase order number. Under our no-PO-no-pay policy, invoices without a PO are returned to the supplier unprocessed.\n\n"
        "Please reissue the invoice quoting PO 4500319902 (which covers your service contract for 2026) and send it to invoices@ashdown-group.example. Once it has been received and matched it will be paid on our standard 30-day terms.\n\n"
        "Kind regards,\n\n"
        "Kelly Marsh\n"
        "Accounts Payable\n"
        "Ashdown Group plc",
        lab(
            ("RW-26-41004",),
            note="reissue with a PO number; the invoices@ address is where to send the invoice, not a new contact",
        ),
        inv="RW-26-41004",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Bishop", "supplier.helpdesk@marlow-retail.example"),
        "2026-12-01 10:44 +0000",
        "owa",
        "Good morning,\n\n"
        "Please be aware that since 1 September Marlow Retail only accepts supplier invoices submitted through the Tungsten Network portal. PDF invoices sent by email are not loaded into our system, which is why RW-26-41309 doesn't appear on our ledger.\n\n"
        "Your company is already registered on the portal (supplier ID MRL-30841), so you only need to upload the invoice there. Once it is loaded and matched to the goods receipt it will be scheduled for payment.\n\n"
        "Many thanks,\n\n"
        "Tom Bishop\n"
        "Supplier Helpdesk | Marlow Retail Ltd",
        lab(
            ("RW-26-41309",),
            note="templated helpdesk answer written by a person: submit via the portal",
        ),
        inv="RW-26-41309",
        lag=3,
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Heather Lindgren", "hlindgren@pinecrest-software.example"),
        "2026-11-19 15:48 -0600",
        "gmail",
        "Hi Ristretto team,\n\n"
        "Apologies for the delay on this one. It looks like your vendor setup in our system was never completed, so AP can't cut a payment to you yet. Could you fill out the attached packet – W-9 (or W-8BEN-E if you're not a US entity), the ACH authorization form on your bank's letterhead, and the supplier code of conduct acknowledgment – and send it back to vendormaster@pinecrest-software.example?\n\n"
        "As soon as Vendor Master activates you, RW-26-41066 will go out in the next weekly check run.\n\n"
        "Thanks!\n"
        "Heather Lindgren\n"
        "Procurement Coordinator\n"
        "Pinecrest Software, Inc. | Austin, TX",
        lab(
            ("RW-26-41066",),
            note="vendor-setup forms needed before payment; the run after activation has no date",
        ),
        inv="RW-26-41066",
        amt="$3,480.00",
        attach=("Vendor_Setup_Packet_Pinecrest.pdf", FAKE_PDF),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Anja Seidel", "rechnungseingang@kroll-logistik.example"),
        "2026-12-02 13:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung RW-26-41419 liegt uns nur als PDF vor. Wir verarbeiten ausschließlich E-Rechnungen im Format XRechnung oder ZUGFeRD (ab Profil EN 16931); reine PDF-Dateien können wir nicht buchen. Außerdem fehlt auf der Rechnung unsere Bestellnummer BE-2026-8812.\n\n"
        "Bitte stellen Sie uns die Rechnung in einem dieser Formate und mit Bestellnummer erneut zu, gern an diese Adresse. Die Forderung selbst ist unstrittig.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Anja Seidel\n"
        "Rechnungseingang\n"
        "Kroll Logistik SE",
        lab(
            ("RW-26-41419",),
            note="e-invoice format and order number required; the claim itself is not contested",
        ),
        inv="RW-26-41419",
        amt="2.118,90 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Mélanie Perrin", "achats@transports-girard.example"),
        "2026-11-24 10:03 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Pour que la facture RW-26-41162 puisse passer en bon à payer, notre service achats a besoin du bon d'intervention signé correspondant à la visite de maintenance facturée (ou, à défaut, du rapport du technicien). Nous n'en trouvons aucune trace dans notre dossier.\n\n"
        "Merci de nous le transmettre en retour de ce mail ; la facture sera mise en paiement dès validation.\n\n"
        "Cordialement,\n\n"
        "Mélanie Perrin\n"
        "Service Achats - Transports Girard",
        lab(
            ("RW-26-41162",),
            note="proof of service requested; 'aucune trace' is about their file, not a claim that the visit never happened",
        ),
        inv="RW-26-41162",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Bureau des mandatements", "mandatement@ch-vallee-arve.example"),
        "2026-12-08 14:12 +0100",
        "html_only",
        "Madame, Monsieur,\n\n"
        "En tant qu'établissement public de santé, nous ne pouvons mandater que les factures déposées sur le portail Chorus Pro. Votre facture RW-26-41478, reçue par courriel, ne peut donc pas être mise en paiement en l'état.\n\n"
        "Merci de la déposer sur Chorus Pro en indiquant notre SIRET (267 400 012 00018), le code service FIN-ACH ainsi que le numéro d'engagement juridique 2026-0004471 figurant sur notre bon de commande. Le délai global de paiement court à compter de ce dépôt.\n\n"
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Bureau des mandatements\n"
        "Centre Hospitalier de la Vallée de l'Arve",
        lab(("RW-26-41478",), note="public-sector portal submission required; HTML-only Outlook"),
        inv="RW-26-41478",
        lag=4,
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nerea Vidal", "proveedores@grupo-almenara.example"),
        "2026-11-20 12:40 +0100",
        "outlook_html",
        "Buenos días:\n\n"
        "Hemos cambiado de ERP y, por normativa interna de prevención del fraude, no damos de alta ni modificamos cuentas bancarias de proveedores sin un certificado de titularidad emitido por la entidad bancaria, con fecha inferior a tres meses.\n\n"
        "¿Podrían enviárnoslo? En cuanto lo validemos, la factura RW-26-41115 entrará en la siguiente remesa.\n\n"
        "Gracias y un saludo,\n\n"
        "Nerea Vidal\n"
        "Gestión de Proveedores – Grupo Almenara",
        lab(
            ("RW-26-41115",),
            note="bank-ownership certificate needed before payment; the next run has no date",
        ),
        inv="RW-26-41115",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Toni Serra", "toni@serra-disseny.example"),
        "2026-12-11 16:20 +0100",
        "apple",
        "Hola,\n\n"
        "No encuentro esta factura por ningún lado, ni en el correo ni en la carpeta de la gestoría. ¿Me la podéis reenviar en PDF? En cuanto la tenga la pago, no hay problema.\n\n"
        "Gràcies!\n"
        "Toni",
        lab(note="invoice copy needed; the undated conditional promise does not drive the action"),
        lag=2,
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Mark Jansen", "crediteuren@bouwbedrijf-vos.example"),
        "2026-11-27 09:15 +0100",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Wij kunnen factuur RW-26-41240 niet terugvinden in onze administratie. Kunt u ons een rekeningoverzicht sturen met alle openstaande posten per 30 november, inclusief kopieën van de facturen? Dan lopen wij het geheel in één keer na.\n\n"
        "Met vriendelijke groet,\n\n"
        "Mark Jansen\n"
        "Crediteurenadministratie\n"
        "Bouwbedrijf Vos B.V.",
        lab(("RW-26-41240",), note="statement of account and invoice copies"),
        inv="RW-26-41240",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Femke Bakker", "ap.nl@hoekstra-verpakkingen.example"),
        "2026-12-14 11:11 +0100",
        "owa",
        "Goedemiddag,\n\n"
        "Facturen zonder inkoopordernummer en kostenplaats worden door ons systeem automatisch afgekeurd; dat is ook met RW-26-41499 gebeurd. Wilt u de factuur opnieuw indienen via ons Basware-portaal, met PO 7100045223 en kostenplaats 4410 (Facilitair)? Na goedkeuring volgt betaling binnen de normale termijn.\n\n"
        "Met vriendelijke groet,\n\n"
        "Femke Bakker\n"
        "Accounts Payable Benelux\n"
        "Hoekstra Verpakkingen B.V.",
        lab(
            ("RW-26-41499",),
            note="'afgekeurd' is a technical rejection for missing PO data, not a dispute",
        ),
        inv="RW-26-41499",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Laura Valli", "amministrazione@carrozzeria-valli.example"),
        "2026-11-23 09:50 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura RW-26-41190 non ci è mai arrivata tramite SDI: nel nostro cassetto fiscale non ne risulta traccia, e la copia PDF che ci avete mandato per e-mail non ha valore fiscale. Vi chiediamo di riemetterla elettronicamente indicando il nostro codice destinatario M5UXCR1.\n\n"
        "Appena la riceviamo la mettiamo in pagamento.\n\n"
        "Cordiali saluti\n\n"
        "Laura Valli\n"
        "Carrozzeria Valli S.n.c.",
        lab(("RW-26-41190",), note="e-invoice through the exchange system required before payment"),
        inv="RW-26-41190",
        amt="€ 642,50",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Giorgio Sala", "g.sala@sala-trasporti.example"),
        "2026-12-16 14:22 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "ci mandate per favore un estratto conto aggiornato? Nelle ultime settimane abbiamo saldato diverse vostre fatture e vorremmo capire cosa risulta ancora aperto da parte vostra prima di disporre altri pagamenti.\n\n"
        "Grazie,\n"
        "Giorgio Sala\n"
        "Sala Trasporti S.r.l.",
        lab(note="statement requested; the payments mentioned are of other invoices"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Liam Doherty", "l.doherty@quayside-media.example"),
        "2026-11-20 09:58 +0000",
        "outlook_html",
        "Hi,\n\n"
        "I'm on the facilities team – I look after the coffee machines day to day, but I've nothing to do with invoices or payments. Those go to our accounts payable team at AccountsPayable@Quayside-Media.example; I've copied them in here so they can pick it up.\n\n"
        "Could you update your records so reminders go to them directly?\n\n"
        "Cheers,\n"
        "Liam Doherty\n"
        "Facilities Coordinator\n"
        "Quayside Media Group",
        lab(
            new_contact="accountspayable@quayside-media.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Accounts Payable <AccountsPayable@Quayside-Media.example>"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Purchase Ledger", "purchaseledger@ellwood-hotels.example"),
        "2026-11-17 09:06 +0000",
        "none",
        "This mailbox is no longer in use and is not monitored.\n\n"
        "Following the move of our finance function to Edinburgh, all supplier invoice and remittance queries should now be sent to ap.queries@ellwood-hotels.example.\n\n"
        "Your email has not been forwarded.\n\n"
        "Ellwood Hotels Finance",
        lab(
            new_contact="ap.queries@ellwood-hotels.example",
            note="automatic 'mailbox no longer monitored' notice naming the replacement: wrong_contact, not auto_reply",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Becky Hughes", "becky.hughes@trafalgar-recruitment.example"),
        "2026-12-15 14:40 +0000",
        "gmail",
        "Hello,\n\n"
        "Sam Patel left us at the end of October, so anything sent to him is landing with me while I cover his inbox. I'm in HR though, not finance, and I honestly don't know who is taking over his supplier accounts yet. Best bet is to ring the main office on 0161 496 0822 and ask for the finance manager.\n\n"
        "Becky",
        lab(note="former contact left; no replacement address given"),
        lag=3,
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Carsten Beck", "c.beck@brandt-armaturen.example"),
        "2026-11-30 10:47 +0100",
        "outlook",
        "Guten Tag,\n\n"
        "ich bin seit dem 1. Oktober nicht mehr in der Kreditorenbuchhaltung, sondern im Controlling tätig. Bitte richten Sie Zahlungserinnerungen und Rückfragen künftig an das Funktionspostfach kreditoren@brandt-armaturen.example, dort wird Ihr Anliegen bearbeitet.\n\n"
        "Ihre Mail habe ich nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Carsten Beck",
        lab(new_contact="kreditoren@brandt-armaturen.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Empfang Nordwerk", "empfang@nordwerk-gruppe.example"),
        "2026-12-04 11:20 +0100",
        "owa",
        "Guten Tag,\n\n"
        "Sie haben hier den Empfang unserer Hauptverwaltung erreicht. Rechnungen und Mahnungen bearbeitet bei uns das Shared Service Center in Leipzig – eine E-Mail-Adresse dafür habe ich leider nicht, die Kolleginnen und Kollegen sind aber unter 0341 555 20 40 telefonisch erreichbar.\n\n"
        "Freundliche Grüße\n"
        "M. Yılmaz\n"
        "Empfang / Zentrale\n"
        "Nordwerk Gruppe",
        lab(note="reception desk; the right team is named but only a phone number is given"),
        lag=2,
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@groupe-lemarchal-btp.example"),
        "2026-11-25 15:15 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Je suis assistante de direction et je ne m'occupe pas du tout de la comptabilité. Pour les relances et les factures, merci d'écrire directement à comptabilite.fournisseurs@groupe-lemarchal-btp.example, c'est ce service qui traite les règlements.\n\n"
        "Bonne journée,\n\n"
        "Aurélie Fontaine\n"
        "Assistante de direction\n"
        "Groupe Lemarchal BTP",
        lab(new_contact="comptabilite.fournisseurs@groupe-lemarchal-btp.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Yannick Le Goff", "yannick.legoff@gmail.com"),
        "2026-12-09 21:30 +0100",
        "iphone",
        "Bonsoir,\n"
        "Je crois que vous vous trompez d'adresse. Je suis un particulier et je n'ai jamais loué de machine à café chez vous. C'est la troisième relance que je reçois.\n"
        "Y. Le Goff",
        lab(
            note="private person, not a customer: wrong address, no replacement; no request to stop"
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Jorge Lafuente", "jlafuente@hormigones-ebro.example"),
        "2026-11-19 12:02 +0100",
        "gmail",
        "Hola,\n\n"
        "Desde el 1 de noviembre ya no me ocupo de proveedores, me han pasado a compras. Quien lleva ahora los pagos es Nuria Sáez: nsaez@hormigones-ebro.example. Reenviadle a ella la reclamación, por favor.\n\n"
        "Un saludo,\n"
        "Jorge",
        lab(new_contact="nsaez@hormigones-ebro.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Carmen Ruiz", "carmen@floristeria-ruiz.example"),
        "2026-12-14 10:20 +0100",
        "android",
        "Buenos días, de estos temas se encarga nuestra gestoría, mejor escribidles a ellos: administracion@gestoria-lumbreras.example. Yo no tengo acceso a los pagos.\nCarmen",
        lab(
            new_contact="administracion@gestoria-lumbreras.example",
            note="the outside accountants handle payments",
        ),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van Leeuwen", "info@dijkstra-advocaten.example"),
        "2026-11-23 12:12 +0100",
        "outlook_mac",
        "Goedemiddag,\n\n"
        "U mailt naar ons algemene info-adres. Facturen en vragen over betalingen lopen bij ons via crediteuren@dijkstra-advocaten.example; wilt u uw bericht daarheen sturen? Dan komt het bij de juiste collega terecht.\n\n"
        "Met vriendelijke groet,\n"
        "Lotte van Leeuwen\n"
        "Receptie – Dijkstra Advocaten",
        lab(new_contact="crediteuren@dijkstra-advocaten.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Thijs Verhoeven", "thijs@verhoeven-drukwerk.example"),
        "2026-12-16 08:40 +0100",
        "apple",
        "Hoi,\n\n"
        "Dit adres gebruik ik sinds de overname niet meer voor de zaak. Het bedrijf is nu van mijn zoon Daan en de administratie doet hij zelf: daan@verhoeven-print.example.\n\n"
        "Thijs",
        lab(new_contact="daan@verhoeven-print.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberto Fabbri", "r.fabbri@ceramiche-romagna.example"),
        "2026-12-02 11:15 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "da luglio non mi occupo più dell'amministrazione: sono passato all'ufficio commerciale. Per solleciti e pagamenti vi prego di scrivere alla dott.ssa Elisa Neri, e.neri@ceramiche-romagna.example, che ha preso il mio posto.\n\n"
        "Saluti\n"
        "Roberto Fabbri",
        lab(new_contact="e.neri@ceramiche-romagna.example"),
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Chloe", "reception@harbourview-dental.example"),
        "2026-11-17 12:15 +0000",
        "iphone",
        "Please take this address off your list. This is the reception inbox and one of these lands every week. I don't deal with bills.",
        lab(note="removal requested; no other address given, so not wrong_contact"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Ian Maxwell", "ian.maxwell@maxwell-consulting.example"),
        "2026-12-03 17:02 +0000",
        "outlook",
        "This matter has been passed to our solicitors, Harrow & Pike LLP, who will be in touch with you in writing. Please address any further correspondence to them and do not contact me or my staff about it again.\n\n"
        "I. Maxwell\n"
        "Director",
        lab(note="'talk to our solicitors' and stop contacting us"),
        lag=3,
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Natalie Brooks", "natalie@brooks-events.example"),
        "2026-12-10 08:05 +0000",
        "gmail",
        "For the last time: we never received the second machine, so we are not paying for it. I've explained this to three different people at your company. I'm not engaging with any more automated reminders – stop emailing me. If you want to discuss it, write to us at the registered office.",
        lab(note="unsubscribe (post only) beats the dispute in the same message"),
        amt="£640.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Hubert Maier", "h.maier@maier-metallbau.example"),
        "2026-11-26 16:50 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bitte Sie, diese E-Mail-Adresse ab sofort nicht mehr zu verwenden. Schriftverkehr in Rechnungsangelegenheiten wünsche ich künftig ausschließlich auf dem Postweg an unsere Geschäftsanschrift.\n\n"
        "Hochachtungsvoll\n"
        "Hubert Maier\n"
        "Maier Metallbau e.K.",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Claudia Berger", "c.berger@berger-immobilien.example"),
        "2026-12-08 09:13 +0100",
        "android",
        "Die Rechnung wird nächste Woche bezahlt, aber ich möchte nicht jede Woche per Mail daran erinnert werden. Nehmen Sie mich bitte aus dem Verteiler, danke.",
        lab(note="unsubscribe beats the (undated) promise"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Dumas", "p.dumas@dumas-transports.example"),
        "2026-11-30 11:33 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Je vous demande de cesser toute relance à cette adresse. Ce dossier est désormais suivi par notre avocate, Maître Anne Lefèvre, du barreau de Lyon, à qui vous voudrez bien adresser toute réclamation.\n\n"
        "Patrick Dumas\n"
        "Président – Dumas Transports SAS",
        lab(note="stop, and go through our lawyer"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Laverie du Marché", "compta@laverie-du-marche.example"),
        "2026-12-14 07:55 +0100",
        "gmail_plain",
        "désinscription svp",
        lab(note="two-word unsubscribe"),
        lag=3,
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ramón Ortega", "ramon@talleres-ortega.example"),
        "2026-11-24 19:40 +0100",
        "iphone",
        "No me escribáis más a este correo. Ya le dije a vuestro comercial por teléfono que este tema lo lleva nuestro abogado, hablad con él.\nRamón Ortega",
        lab(note="stop emailing; the lawyer handles it"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Beatriz Molina", "bmolina@molina-arquitectos.example"),
        "2026-12-11 12:44 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Les solicito que supriman esta dirección de correo electrónico de su base de datos, en ejercicio del derecho de supresión que me reconoce el RGPD. No deseo recibir más comunicaciones por esta vía.\n\n"
        "Atentamente,\n"
        "Beatriz Molina",
        lab(note="data-protection erasure request"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Gert-Jan Visser", "gj.visser@visser-installaties.example"),
        "2026-12-04 13:22 +0100",
        "owa",
        "Goedemiddag,\n\n"
        "Graag dit e-mailadres per direct afmelden voor dit soort berichten. Correspondentie over facturen ontvangen wij voortaan uitsluitend per post, op ons vestigingsadres in Zwolle.\n\n"
        "Met vriendelijke groet,\n"
        "Gert-Jan Visser",
        lab(note="post only"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Luca Ferri", "l.ferri@ferri-costruzioni.example"),
        "2026-11-27 10:10 +0100",
        "outlook_html",
        "Spett.le Ristretto Works,\n\n"
        "vi diffido dall'inviare ulteriori comunicazioni a questo indirizzo. Per qualsiasi questione relativa al contratto e alle fatture dovrete rivolgervi esclusivamente al nostro legale, l'avv. Stefano Moretti del Foro di Bergamo.\n\n"
        "Distinti saluti\n"
        "Luca Ferri\n"
        "Ferri Costruzioni S.p.A.",
        lab(note="formal cease-contact, lawyer only"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Silvia Parrucchiera", "silvia.parrucchiera@gmail.com"),
        "2026-12-17 20:02 +0100",
        "galaxy",
        "Toglietemi da questa lista, grazie. Sono stufa di ricevere queste mail.",
        lab(),
        lag=2,
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitmore", "sarah.whitmore@ashcombe-housing.example"),
        "2026-11-26 09:07 +0000",
        "none",
        "Thank you for your message.\n\n"
        "I'm out of the office from Thursday 26 November and will be back at my desk on Wednesday 2 December, with no access to email in the meantime.\n\n"
        "For anything urgent relating to supplier payments, please contact ap.team@ashcombe-housing.example and a colleague will help.\n\n"
        "Sarah Whitmore\n"
        "Assistant Finance Business Partner",
        lab(return_date="2026-12-02", note="the colleague's address does not set new_contact"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        lag=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Service Desk", "financeservicedesk@marlow-retail.example"),
        "2026-12-01 09:09 +0000",
        "none_html",
        "Hello,\n\n"
        "Thank you for contacting the Finance Service Desk. Your email has been logged as request FIN0048812 and placed in the Accounts Payable queue.\n\n"
        "We aim to respond to supplier queries within three working days. Please don't reply to this message or resend your query, as this creates a duplicate request. To add information, quote FIN0048812 in the subject line.\n\n"
        "Finance Service Desk\n"
        "Marlow Retail Ltd\n\n"
        "This is an automated message.",
        lab(note="ticket acknowledgement, HTML only; no date"),
        inv="RW-26-41309",
        subject="Request FIN0048812 logged – {rsub}",
        headers=(AUTOGEN, ("Precedence", "bulk"), ("X-ServiceNow-Generated", "true")),
        lag=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Marcus Bell", "mbell@pinecrest-software.example"),
        "2026-11-25 16:31 -0600",
        "none",
        "Hi,\n\n"
        "I'm out of the office for the Thanksgiving holiday with limited access to email. I'll get back to you when I return on Monday, November 30.\n\n"
        "Happy Thanksgiving!\n"
        "Marcus",
        lab(
            return_date="2026-11-30",
            note="no Auto-Submitted or other automatic header; recognisable from the text only",
        ),
        subject="Out of Office",
        amt="$1,260.00",
        lag=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Julia Hartmann", "j.hartmann@kroll-logistik.example"),
        "2026-11-18 09:04 +0100",
        "none",
        "Guten Tag,\n\n"
        "vielen Dank für Ihre Nachricht. Ich befinde mich derzeit in Elternzeit; Ihre E-Mail wird nicht weitergeleitet.\n\n"
        "In Rechnungsangelegenheiten wenden Sie sich bitte an rechnungseingang@kroll-logistik.example.\n\n"
        "Mit freundlichen Grüßen\n"
        "Julia Hartmann",
        lab(
            note="parental leave without a return date; the colleague mailbox does not make it wrong_contact"
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        lag=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Oliver Krämer", "o.kraemer@lindqvist-medizintechnik.example"),
        "2026-12-02 09:10 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bin bis Mittwoch, den 9.12.2026, auf Dienstreise und habe nur sehr eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Oliver Krämer\n"
        "Leitung Finanzbuchhaltung",
        lab(
            return_date="2026-12-09",
            note="'bis Mittwoch, den 9.12.' with no day back stated: that date itself",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
        lag=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Moreau", "i.moreau@mutuelle-rhodanienne.example"),
        "2026-11-23 09:05 +0100",
        "none",
        "Bonjour,\n\n"
        "Je suis actuellement en congés et serai de retour le mardi 1er décembre. Les messages reçus pendant mon absence ne sont pas transférés.\n\n"
        "Pour toute demande urgente, merci d'appeler le standard au 04 72 00 18 90.\n\n"
        "Cordialement,\n"
        "Isabelle Moreau",
        lab(return_date="2026-12-01"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
        lag=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Support Fournisseurs", "support.fournisseurs@groupe-vauclair.example"),
        "2026-12-07 09:11 +0100",
        "none",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, enregistré sous le numéro 88213. Il sera traité par un gestionnaire du Centre de Services Partagés dans un délai de cinq jours ouvrés.\n\n"
        "Inutile de nous relancer d'ici là : chaque nouveau message crée une demande supplémentaire et allonge les délais.\n\n"
        "Centre de Services Partagés – Support Fournisseurs\n"
        "Groupe Vauclair\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.",
        lab(note="ticket acknowledgement; no date"),
        subject="[Demande n° 88213] Accusé de réception",
        headers=(AUTOGEN, ("Precedence", "auto_reply")),
        cte="8bit",
        lag=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Alberto Prieto", "aprieto@logistica-henares.example"),
        "2026-11-30 09:03 +0100",
        "none",
        "Hola:\n\n"
        "Estoy de baja por paternidad hasta el 22 de enero. A partir del lunes 25 de enero volveré a estar en la oficina.\n\n"
        "Si es urgente, podéis llamar a centralita (91 555 48 20).\n\n"
        "Saludos,\n"
        "Alberto Prieto",
        lab(
            return_date="2027-01-25",
            note="the stated day back wins over the end of leave; next year",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        lag=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Eva de Graaf", "e.degraaf@dekkerverzekeringen.example"),
        "2026-12-07 09:02 +0100",
        "none",
        "Beste afzender,\n\n"
        "Ik ben wegens ziekte afwezig. Vanaf maandag 14 december ben ik naar verwachting weer bereikbaar. Uw bericht wordt niet doorgestuurd.\n\n"
        "Voor dringende zaken kunt u contact opnemen met de afdeling Financiën via 020 555 63 10.\n\n"
        "Met vriendelijke groet,\n"
        "Eva de Graaf",
        lab(return_date="2026-12-14"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        lag=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Crediteuren Hoekstra", "facturen@hoekstra-verpakkingen.example"),
        "2026-11-20 09:04 +0100",
        "none",
        "Dit is een automatisch gegenereerd bericht.\n\n"
        "Uw e-mail is in goede orde ontvangen door de afdeling Crediteuren van Hoekstra Verpakkingen. Wij behandelen berichten in volgorde van binnenkomst, gemiddeld binnen vijf werkdagen.\n\n"
        "Let op: facturen die per e-mail binnenkomen worden niet verwerkt. Gebruik hiervoor ons Basware-portaal.\n\n"
        "U hoeft niet op dit bericht te reageren.",
        lab(note="generic acknowledgement with a standing portal notice; only X-Autoreply"),
        subject="Ontvangstbevestiging",
        headers=(("X-Autoreply", "yes"),),
        lag=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Russo", "v.russo@fonderia-bresciana.example"),
        "2026-12-14 09:06 +0100",
        "none",
        "Buongiorno,\n\n"
        "sarò assente per ferie da lunedì 14 a venerdì 18 dicembre compresi. Rientrerò in ufficio lunedì 21 dicembre.\n\n"
        "Per urgenze amministrative potete rivolgervi al centralino, 030 555 71 00.\n\n"
        "Cordiali saluti\n"
        "Valentina Russo",
        lab(return_date="2026-12-21"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
        cte="8bit",
        lag=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ufficio Acquisti", "acquisti@tessile-valsesia.example"),
        "2026-12-03 09:03 +0100",
        "none",
        "Gentile fornitore,\n\n"
        "vi informiamo che i nostri uffici resteranno chiusi giovedì 3 e venerdì 4 dicembre per l'inventario annuale. Riapriremo lunedì 7 dicembre.\n\n"
        "I messaggi ricevuti nel frattempo saranno gestiti alla riapertura.\n\n"
        "Tessitura Valsesia S.p.A.",
        lab(return_date="2026-12-07", note="office closure notice with Precedence: bulk"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, ("Precedence", "bulk")),
        lag=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Priyanka Shah", "p.shah@lowther-partners.example"),
        "2026-11-30 14:25 +0000",
        "outlook_html",
        "Hi,\n\n"
        "While I have you – we're opening up the fourth floor in January and will need another machine up there. Could someone send me a quote for a second Sienna Pro on the same terms as our current lease? Also, is the oat-milk module available as a retrofit?\n\n"
        "Thanks,\n"
        "Priyanka Shah\n"
        "Workplace Manager, Lowther Partners",
        lab(note="sales enquiry in the reminder thread; says nothing about the overdue invoice"),
        lag=3,
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Neil Hartley", "neil.hartley@greystone-print.example"),
        "2026-12-02 10:40 +0000",
        "outlook",
        "Hello,\n\n"
        "Greystone Print was acquired by Tolland Group with effect from 1 December and all supplier contracts are being novated to Tolland over the next few weeks. I'm told their procurement team will contact each supplier about invoices raised before completion. Until that's done I'm not able to approve or pay anything from this side, I'm afraid.\n\n"
        "Regards,\n"
        "Neil Hartley\n"
        "Finance Manager",
        lab(
            note="acquisition notice: no promise, no dispute, no new address; genuinely unclear, a person must read it"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Kasia Nowak", "k.nowak@lowther-partners.example"),
        "2026-12-15 16:58 +0000",
        "iphone",
        "Looking into it.",
        lab(note="no commitment and no date"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Thomas Brückner", "t.brueckner@brueckner-druck.example"),
        "2026-12-10 11:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir teilen Ihnen mit, dass das Amtsgericht Chemnitz am 01.12.2026 die vorläufige Eigenverwaltung über unser Unternehmen angeordnet hat. Zahlungen auf Forderungen, die vor diesem Datum entstanden sind, dürfen wir derzeit nicht leisten. Wie Sie Ihre Forderung anmelden, erfahren Sie vom vorläufigen Sachwalter, sobald das Verfahren eröffnet ist.\n\n"
        "Der laufende Mietvertrag für die Kaffeemaschinen bleibt davon unberührt.\n\n"
        "Mit freundlichen Grüßen\n"
        "Thomas Brückner\n"
        "Geschäftsführer\n"
        "Brückner Druck & Medien GmbH",
        lab(
            note="insolvency (self-administration) notice: not a dispute, not a plan; a person must act"
        ),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Amandine Petit", "amandine.petit@cabinet-fleury-avocats.example"),
        "2026-11-19 10:12 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je profite de votre message : la machine de l'accueil fuit par le bas depuis lundi et affiche « E07 ». Pouvez-vous envoyer quelqu'un cette semaine ? Nos clients attendent dans le hall et ça fait mauvais effet.\n\n"
        "Merci,\n"
        "Amandine Petit\n"
        "Office manager – Cabinet Fleury Avocats",
        lab(note="service call in the reminder thread; the invoice is not contested"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Laurent Chevalier", "l.chevalier@menuiserie-chevalier.example"),
        "2026-12-08 18:22 +0100",
        "thunderbird",
        "Bonsoir,\n\n"
        "Avant toute chose : avez-vous changé de banque ? J'ai reçu hier un courrier à votre nom m'annonçant un nouvel IBAN en Lituanie, avec un logo un peu flou. Ça ressemble fort à une arnaque au faux fournisseur. Pouvez-vous me rappeler au 06 55 12 34 78 pour confirmer vos coordonnées ?\n\n"
        "L. Chevalier",
        lab(note="suspected supplier-fraud letter; a call-back is asked for, no document"),
        charset="iso-8859-1",
        lag=2,
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Marina López", "mlopez@coworking-lasalinas.example"),
        "2026-11-24 12:08 +0100",
        "owa",
        "Hola,\n\n"
        "Aprovecho el hilo para preguntaros: ¿seguís teniendo el modelo con depósito de leche fresca refrigerado? Queremos cambiar la máquina de la planta baja, que se queda corta los lunes por la mañana. Si me pasáis condiciones, lo vemos con dirección.\n\n"
        "Gracias,\n"
        "Marina López\n"
        "Coworking Las Salinas",
        lab(note="sales question; English-language Outlook quoting the Spanish reminder"),
        loc="en",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Andrés Pizarro", "apizarro@pizarro-asesores.example"),
        "2026-12-09 13:03 +0100",
        "html_only",
        "\n\n"
        "Andrés Pizarro Gómez\n"
        "Socio director\n"
        "Pizarro Asesores Fiscales, S.L.P.\n"
        "C/ Alfonso XII, 14 – 28014 Madrid\n"
        "Tel. 91 555 03 27\n\n"
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su borrado.",
        lab(note="empty reply: only a signature and a legal notice"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Wim Bos", "wim@bos-tuincentrum.example"),
        "2026-11-26 10:54 +0100",
        "gmail_plain",
        "Goedemorgen,\n\n"
        "Wat is het adres van jullie nieuwe magazijn in Nieuwegein? We willen de oude machine zelf komen terugbrengen, scheelt jullie een rit. Kan dat ook op een zaterdag?\n\n"
        "Groet, Wim Bos",
        lab(note="logistics question"),
        cte="8bit",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Anouk Peters", "a.peters@peters-en-zn.example"),
        "2026-12-10 17:45 +0100",
        "iphone",
        "Volgens mij is dit al geregeld maar ik weet het niet zeker, mijn collega van financiën is deze week vrij. Ik kom erop terug.",
        lab(note="genuinely unclear: maybe paid, no date, no commitment"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefano Greco", "s.greco@greco-serramenti.example"),
        "2026-11-25 15:10 +0100",
        "apple",
        "Ma questa non l'avevamo già pagata a ottobre? Controllo con la banca e vi faccio sapere.\n\nStefano",
        lab(note="a question, not a payment claim; no dispute stated"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Elena Marino", "e.marino@marino-eventi.example"),
        "2026-12-04 12:30 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "dal 1° gennaio ci trasferiamo nella nuova sede di via Mazzini 12, sempre a Verona. La macchina va spostata: come ci organizziamo? Serve che qualcuno dei vostri la smonti o possiamo portarla noi?\n\n"
        "Grazie,\n"
        "Elena Marino\n"
        "Marino Eventi S.r.l.",
        lab(note="relocation of the leased machine; nothing about the invoice"),
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
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str | None
    rcpt: str
    when: str
    rlang: str
    note: str | None = None
    delay_minutes: int = 2

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.delay_minutes)

    @property
    def invoice(self) -> str:
        return default_invoice(self.key)

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key, self.invoice)

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def local(self) -> str:
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    status = b.status or ("5.0.0" if action == "failed" else "4.0.0")
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=4))}")
    blocks = [per_message, "\n".join(lines) + "\n"]
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "utf-8", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "outlook" if sender == MS_SENDER else "bounce")


def raw_reminder_text(b: Bounce) -> str:
    """The returned reminder as qmail appends it: the message as it was on the wire."""
    return b.reminder().as_string()


def bounce_qmail(b: Bounce) -> Message:
    text = (
        "Hi. This is the qmail-send program at mx2.ristrettoworks.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.61 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox unavailable\n"
        "Giving up on 203.0.113.61.\n\n"
        "--- Below this line is a copy of the message.\n\n" + raw_reminder_text(b)
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(b, msg, "MAILER-DAEMON@mx2.ristrettoworks.example", "failure notice", auto=False)


MS_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ristrettoworks.example>"
)


def ms_human(lines: list[tuple[str, str]], charset: str = "utf-8") -> Message:
    """The newer Microsoft 365 report layout: short headline blocks, then details for admins."""
    text = "\n\n".join(body for _, body in lines) + "\n"
    cells = []
    for kind, body in lines:
        inner = html_lines(body)
        if kind == "head":
            cells.append(
                f'<tr><td style="font-size:21px;color:#000000;padding-top:12px">{inner}</td></tr>'
            )
        elif kind == "bold":
            cells.append(f'<tr><td style="font-weight:600;padding-top:16px">{inner}</td></tr>')
        else:
            cells.append(f'<tr><td style="font-size:15px;padding-top:8px">{inner}</td></tr>')
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;font-size:16px">\n'
        + "\n".join(cells)
        + "\n</table></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_m365_en(b: Bounce) -> Message:
    server = "LO2P265MB5012.GBRP265.PROD.OUTLOOK.example"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = ms_human(
        [
            ("head", f"Your message to {b.rcpt} couldn't be delivered."),
            ("text", f"{b.local} wasn't found at {b.domain}."),
            ("bold", "Action Required\nUnknown To address"),
            (
                "text",
                "How to Fix It\nThe address may be misspelled or may no longer exist. Check the recipient's address, or contact them by another means and ask for their current email address, then resend the message.",
            ),
            (
                "text",
                f"More Info for Email Admins\nStatus code: 550 5.1.10\n\nThe recipient's email system reported that the address does not exist.\n\nOriginal Message Details\nCreated Date: {format_datetime(b.sent)}\nSender Address: {AR_ADDR}\nRecipient Address: {b.rcpt}\nSubject: {b.subject()}\n\nError Details\nReported error: {diag}\nDSN generated by: {server}",
            ),
        ]
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), MS_SENDER, f"Undeliverable: {b.subject()}")


def bounce_sendmail_delay(b: Bounce) -> Message:
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mail.ristrettoworks.example [198.51.100.14]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 4 days old\n"
    )
    parts = [
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "relay.ristrettoworks.example",
            "delayed",
            "421 4.4.1 Connection timed out",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <MAILER-DAEMON@relay.ristrettoworks.example>",
        "Warning: could not send message for past 4 hours",
    )


def bounce_greylist_de(b: Bounce) -> Message:
    text = (
        "Hallo,\n\n"
        "dies ist eine automatische Benachrichtigung des Mailservers relay3.webhosting-nord.example.\n\n"
        f"Ihre E-Mail an <{b.rcpt}> konnte noch nicht zugestellt werden. Der empfangende Server hat die Annahme vorübergehend verweigert:\n\n"
        f"   450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "Wir versuchen die Zustellung automatisch weiter, bis zu fünf Tage lang. Sie brauchen die Nachricht nicht noch einmal zu senden.\n\n"
        f"Betreff der Nachricht: {b.subject()}\n"
        f"Eingeliefert am:       {format_datetime(b.sent)}\n\n"
        "-- \nwebhosting nord – Postmaster\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Mailsystem <mailer-daemon@relay3.webhosting-nord.example>",
        "Benachrichtigung: Nachricht noch nicht zugestellt",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    text = (
        "Diese Benachrichtigung wurde vom E-Mail-Gateway der Hagedorn Werkzeuge GmbH erstellt.\n\n"
        "Die angehängte Nachricht wurde abgewiesen, weil es das Empfängerpostfach bei uns nicht gibt:\n\n"
        f"   {b.rcpt}\n"
        "   Grund: 550 5.1.1 Benutzer unbekannt (Mitarbeiter ausgeschieden)\n\n"
        "Es werden keine weiteren Zustellversuche unternommen. Bitte verwenden Sie für Rückfragen eine aktuelle Adresse Ihres Ansprechpartners.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b, "mailgw.hagedorn-werkzeuge.example", "failed", "550 5.1.1 Benutzer unbekannt"
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster <postmaster@mailgw.hagedorn-werkzeuge.example>",
        f"Nachricht konnte nicht zugestellt werden: {b.subject()}",
    )


def bounce_hoster_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Le serveur de messagerie mx-out.hebergeur-pro.example n'a pas pu distribuer votre message au destinataire ci-dessous. L'erreur est définitive : aucun nouvel essai n'aura lieu.\n\n"
        f"  Destinataire : {b.rcpt}\n"
        "  Motif : la boîte aux lettres a été désactivée par son administrateur\n"
        "  Réponse du serveur : 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Si vous pensez qu'il s'agit d'une erreur, contactez le destinataire par un autre moyen.\n\n"
        "-- \nService Messagerie – hebergeur-pro\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx-out.hebergeur-pro.example",
            "failed",
            "550 5.2.1 Mailbox disabled, not accepting messages",
            f"mx1.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "MAILER-DAEMON <mailer-daemon@mx-out.hebergeur-pro.example>",
        "Échec de distribution : votre message n'a pas été remis",
    )


def bounce_quota_es(b: Bounce) -> Message:
    text = (
        "Este es un aviso automático del servidor correo.hostibera.example.\n\n"
        f"Todavía no hemos podido entregar su mensaje a {b.rcpt} porque el buzón del destinatario ha superado su cuota de almacenamiento.\n\n"
        "   Respuesta del servidor remoto: 452 4.2.2 Over quota\n\n"
        "Seguiremos intentándolo durante 72 horas. Si al cabo de ese plazo no ha sido posible, recibirá un aviso definitivo. No es necesario que reenvíe el mensaje.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b, "correo.hostibera.example", "delayed", "452 4.2.2 Over quota", f"mail.{b.domain}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Sistema de correo <postmaster@correo.hostibera.example>",
        "Aviso: entrega demorada – buzón lleno",
    )


def bounce_delay_es(b: Bounce) -> Message:
    text = (
        "Hola:\n\n"
        "Su mensaje aún no se ha entregado. Le enviamos este aviso solo a título informativo; no hace falta volver a enviarlo.\n\n"
        f"Destinatario:        {b.rcpt}\n"
        "Motivo:              la conexión con el servidor de destino se cortó durante la transmisión (4.4.2 bad connection)\n"
        "Próximo intento:     dentro de 30 minutos\n"
        f"Fin de los intentos: {(b.sent + timedelta(days=4)).strftime('%d/%m/%Y')}\n\n"
        f"Asunto del mensaje original: {b.subject()}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp.nubemail.example>",
        "Mensaje retrasado (sin entregar después de 4 horas)",
    )


def bounce_m365_nl_delay(b: Bounce) -> Message:
    server = "AM8P190MB0977.EURP190.PROD.OUTLOOK.example"
    diag = "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.example]"
    human = ms_human(
        [
            ("head", f"Uw bericht aan {b.rcpt} is nog niet bezorgd."),
            (
                "text",
                "We proberen het bericht nog steeds te bezorgen. Als dat binnen 1 dag en 20 uur niet lukt, ontvangt u een melding dat het bericht niet kon worden bezorgd. U hoeft niets te doen.",
            ),
            (
                "text",
                f"Meer informatie voor e-mailbeheerders\nStatuscode: 451 4.4.316\n\nDe server van de geadresseerde weigert op dit moment verbindingen.\n\nGegevens van het oorspronkelijke bericht\nGemaakt op: {format_datetime(b.sent)}\nAfzender: {AR_ADDR}\nGeadresseerde: {b.rcpt}\nOnderwerp: {b.subject()}\n\nFoutgegevens\nGemelde fout: {diag}\nDSN gegenereerd door: {server}",
            ),
        ]
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return finish(b, report(parts), MS_SENDER, f"Bezorging vertraagd: {b.subject()}")


def bounce_hoster_nl(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        f"Uw bericht aan {b.rcpt} is niet afgeleverd. Dit e-mailadres bestaat niet meer: het domein is bij ons opgezegd en de mailbox is verwijderd.\n\n"
        "We proberen het niet opnieuw. Controleer het adres of neem op een andere manier contact op met de ontvanger.\n\n"
        f"Onderwerp: {b.subject()}\n"
        f"Verzonden: {format_datetime(b.sent)}\n\n"
        "Met vriendelijke groet,\n"
        "Hostingbedrijf Noord - afdeling e-mail\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mail.hostingbedrijf-noord.example>",
        "Bericht kon niet worden afgeleverd",
        auto=False,
    )


def bounce_quota_it(b: Bounce) -> Message:
    text = (
        "Questo è un avviso automatico.\n\n"
        f"Il suo messaggio per {b.rcpt} è stato rifiutato perché la casella del destinatario ha esaurito lo spazio disponibile.\n\n"
        "   Risposta del server remoto: 552 5.2.2 Quota exceeded (mailbox for user is full)\n\n"
        "Può provare a rispedire il messaggio più tardi, quando il destinatario avrà liberato spazio, oppure contattarlo con un altro mezzo.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "b64"),
        delivery_status(
            b,
            "smtp.mailhub-italia.example",
            "failed",
            "552 5.2.2 Quota exceeded (mailbox for user is full)",
            f"mx.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Servizio Posta <mailer-daemon@smtp.mailhub-italia.example>",
        "Messaggio non consegnato: casella del destinatario piena",
    )


def bounce_m365_it(b: Bounce) -> Message:
    server = "MI1P293MB0412.ITAP293.PROD.OUTLOOK.example"
    diag = f"550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group {b.rcpt}"
    human = ms_human(
        [
            ("head", f"Impossibile recapitare il messaggio a {b.rcpt}."),
            (
                "text",
                f"Il gruppo {b.local} accetta solo messaggi da mittenti interni all'organizzazione {b.domain} o da mittenti autorizzati.",
            ),
            ("bold", "Azione richiesta\nMittente non autorizzato per il gruppo"),
            (
                "text",
                "Come risolvere il problema\nChiedere al proprietario del gruppo di aggiungere il proprio indirizzo ai mittenti consentiti, oppure contattare il destinatario in altro modo.",
            ),
            (
                "text",
                f"Altre informazioni per gli amministratori di posta\nCodice di stato: 550 5.7.133\n\nDettagli del messaggio originale\nData di creazione: {format_datetime(b.sent)}\nIndirizzo mittente: {AR_ADDR}\nIndirizzo destinatario: {b.rcpt}\nOggetto: {b.subject()}\n\nDettagli errore\nErrore segnalato: {diag}\nDSN generato da: {server}",
            ),
        ]
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), MS_SENDER, f"Non recapitabile: {b.subject()}")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@stanmore-lettings.example",
            "2026-11-17 09:08 +0000",
            "en",
            "qmail plain-text failure notice with the message inline; no Auto-Submitted",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.10",
            "invoices@halcyon-estates.example",
            "2026-12-02 09:05 +0000",
            "en",
            "Microsoft 365 report, newer layout",
        ),
        bounce_m365_en,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "finance@oakridge-vets.example",
            "2026-12-09 13:15 +0000",
            "en",
            "sendmail four-hour delay warning",
            delay_minutes=245,
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "soft",
            "4.7.1",
            "buchhaltung@schreinerei-auer.example",
            "2026-11-20 10:40 +0100",
            "de",
            "greylisting notice in German, single-part plain text",
            delay_minutes=95,
        ),
        bounce_greylist_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "hard",
            "5.1.1",
            "e.schulte@hagedorn-werkzeuge.example",
            "2026-12-10 09:07 +0100",
            "de",
            "'Mitarbeiter ausgeschieden' in a bounce is still a bounce, not wrong_contact",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.2.1",
            "comptabilite@imprimerie-vasseur.example",
            "2026-12-01 09:12 +0100",
            "fr",
            "mailbox disabled, permanent",
        ),
        bounce_hoster_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.2.2",
            "administracion@clinica-dental-sorolla.example",
            "2026-11-26 11:20 +0100",
            "es",
            "mailbox over quota, delayed",
            delay_minutes=130,
        ),
        bounce_quota_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "pagos@distribuciones-mirto.example",
            "2026-12-15 13:02 +0100",
            "es",
            "non-standard Spanish delay notice, no delivery-status part",
            delay_minutes=240,
        ),
        bounce_delay_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.316",
            "administratie@bakkerij-vanlier.example",
            "2026-12-03 15:30 +0100",
            "nl",
            "Microsoft 365 delay report in Dutch",
            delay_minutes=385,
        ),
        bounce_m365_nl_delay,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            None,
            "info@kapsalon-mooi.example",
            "2026-12-11 09:20 +0100",
            "nl",
            "hosting provider's plain notice with no status code and no Auto-Submitted",
        ),
        bounce_hoster_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "5.2.2",
            "amministrazione@pasticceria-gentile.example",
            "2026-11-27 12:10 +0100",
            "it",
            "mailbox full reported with a 5.x code: soft, the code is kept",
            delay_minutes=4,
        ),
        bounce_quota_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "hard",
            "5.7.133",
            "fornitori@gruppo-lombardi.example",
            "2026-12-16 09:04 +0100",
            "it",
            "Microsoft 365 report in Italian: group accepts only authenticated senders",
        ),
        bounce_m365_it,
    ),
]


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


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


def check_labels(labels: list[dict[str, object]]) -> None:
    per_intent = Counter(str(x["intent"]) for x in labels)
    if len(labels) != 120 or any(per_intent[i] != 12 for i in INTENTS):
        raise SystemExit(f"unexpected counts: {dict(per_intent)}")
    for x in labels:
        for key in ("promised_date", "paid_date", "return_date"):
            value = x[key]
            if value is not None:
                datetime.strptime(str(value), "%Y-%m-%d")  # raises on a malformed date


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


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
