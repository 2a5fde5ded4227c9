# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the eighth held-out reply corpus: `h8-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue reminder from the receivables desk of Brightgrid Hosting, a
web-hosting and domain provider. The new text of each message is written by hand below; this
script only adds what a mail client or a mail server would add (the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings).
Run it from anywhere: it writes next to itself, deterministically.
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
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261117
PREFIX = "h8"
AR_NAME = "Brightgrid Receivables"
AR_ADDR = "receivables@brightgrid-hosting.example"
AR_DOMAIN = "brightgrid-hosting.example"
CET = timezone(timedelta(hours=1))
DEFAULT_INV = "BG26-40318"
INV_RE = re.compile(r"^BG26-\d{5}$")
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
# Locale tables
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
    "en": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
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
# separator, From, Date, To, Subject, signature (Samsung Email on Android)
SAMSUNG_LABELS = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Originalnachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "Envoyé depuis mon Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "Inviato dal mio Galaxy",
    ),
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

# --------------------------------------------------------------------------------------------
# The reminder Brightgrid sends (written for this corpus)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago pendiente – factura {inv}",
    "nl": "Betaling verlopen – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which is now past its due date.\n\n"
        "    Customer no. {acct}  |  Invoice {inv}  |  dated 31/10/2026  |  due 14/11/2026  |  open: {amt}\n\n"
        "Payment can be made by bank transfer (please quote the invoice number) or by card under Billing in your control panel. If you have paid in the last few days, our records may simply not have caught up – a quick reply with the payment date helps us match it. If something on the invoice looks wrong, reply here and we will look into it.\n\n"
        "Please note that services on accounts more than 30 days overdue can be suspended.\n\n"
        "Regards,\n\n"
        "Accounts Receivable\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam\nreceivables@brightgrid-hosting.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die unten aufgeführte Rechnung konnten wir noch keinen Zahlungseingang feststellen; das Zahlungsziel ist abgelaufen.\n\n"
        "    Kundennr. {acct}  |  Rechnung {inv}  |  vom 31.10.2026  |  fällig 14.11.2026  |  offen: {amt}\n\n"
        "Sie können per Überweisung (bitte mit Rechnungsnummer) oder per Karte im Kundenportal unter „Abrechnung“ bezahlen. Falls Sie in den letzten Tagen gezahlt haben, teilen Sie uns bitte kurz das Zahlungsdatum mit. Wenn an der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese Nachricht.\n\n"
        "Bitte beachten Sie: Bei mehr als 30 Tagen Zahlungsverzug können Dienste gesperrt werden.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le paiement de la facture ci-dessous, dont l'échéance est dépassée.\n\n"
        "    Client n° {acct}  |  Facture {inv}  |  du 31/10/2026  |  échéance 14/11/2026  |  solde : {amt}\n\n"
        "Vous pouvez régler par virement (en indiquant le numéro de facture) ou par carte depuis l'espace client, rubrique Facturation. Si vous avez payé ces derniers jours, il suffit de nous répondre avec la date du paiement. Si un élément de la facture vous semble inexact, répondez à ce message.\n\n"
        "À noter : les services des comptes en retard de plus de 30 jours peuvent être suspendus.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam"
    ),
    "es": (
        "Hola:\n\n"
        "Todavía no hemos recibido el pago de la factura que se indica a continuación, cuyo plazo ya ha vencido.\n\n"
        "    N.º de cliente {acct}  |  Factura {inv}  |  fecha 31/10/2026  |  vencimiento 14/11/2026  |  pendiente: {amt}\n\n"
        "Puede pagar por transferencia (indicando el número de factura) o con tarjeta en el panel de cliente, apartado Facturación. Si ha pagado en los últimos días, responda con la fecha del pago y lo conciliaremos. Si algo de la factura no le cuadra, conteste a este mensaje.\n\n"
        "Le recordamos que los servicios de cuentas con más de 30 días de retraso pueden suspenderse.\n\n"
        "Saludos cordiales,\n\n"
        "Cuentas por cobrar\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen; de vervaldatum is verstreken.\n\n"
        "    Klantnr. {acct}  |  Factuur {inv}  |  d.d. 31-10-2026  |  vervaldatum 14-11-2026  |  openstaand: {amt}\n\n"
        "U kunt betalen per overschrijving (vermeld het factuurnummer) of met een kaart in het klantenpaneel onder Facturatie. Heeft u de afgelopen dagen betaald, laat ons dan even de betaaldatum weten. Klopt er iets niet aan de factuur, reageer dan op dit bericht.\n\n"
        "Let op: diensten van accounts met meer dan 30 dagen achterstand kunnen worden opgeschort.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata qui sotto, ormai scaduta.\n\n"
        "    Cod. cliente {acct}  |  Fattura {inv}  |  del 31/10/2026  |  scadenza 14/11/2026  |  da saldare: {amt}\n\n"
        "È possibile pagare con bonifico (indicando il numero di fattura) o con carta dal pannello clienti, sezione Fatturazione. Se avete pagato negli ultimi giorni, rispondete pure indicando la data del pagamento. Se qualcosa nella fattura non vi torna, rispondete a questo messaggio.\n\n"
        "Vi ricordiamo che i servizi degli account con oltre 30 giorni di ritardo possono essere sospesi.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nBrightgrid Hosting B.V.\nWesterkade 212, Rotterdam"
    ),
}
DEFAULT_AMOUNT = {
    "en": "€312.40",
    "de": "312,40 €",
    "fr": "312,40 €",
    "es": "312,40 €",
    "nl": "€ 312,40",
    "it": "€ 312,40",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "„": '"', "“": '"', "”": '"'}
LATIN1_CHARSETS = {"iso-8859-1", "us-ascii-lie"}


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
    cl: str = ""
    inv: str = DEFAULT_INV
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    instant: bool = False
    threaded: bool = True

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


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
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, instant: bool) -> datetime:
    """When the reminder left Rotterdam, seen in the replier's time zone.

    Automatic answers come a minute or two after it; people answer a reminder sent a little
    after nine (Rotterdam time) on the last working day before their reply.
    """
    if instant:
        return reply - timedelta(minutes=1, seconds=41)
    day = reply.astimezone(CET).date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = datetime(day.year, day.month, day.day, 9, 1 + day.day % 6, 27, tzinfo=CET)
    return sent.astimezone(reply.tzinfo)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def account_no(addr: str) -> str:
    return f"C{int.from_bytes(digest(addr.split('@')[1], 'account')[:4], 'big') % 900000 + 100000}"


def reminder_msgid(key: str) -> str:
    return f"<ar.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style.startswith(("outlook", "owa", "android", "html_only")):
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD09.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{b32(key, 'galaxy', 20).lower()}@email.android.com>"
    return f"<{raw.hex()[:24]}@{domain}>"


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
    if charset == "us-ascii-lie":  # an old client that labels 8-bit Latin-1 as us-ascii
        part = MIMENonMultipart("text", subtype, charset="us-ascii")
        part.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_charset(value: str, charset: str) -> str:
    enc = "iso-8859-1" if charset in LATIN1_CHARSETS else charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        return "utf-8"
    return enc


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset), header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, header_charset(name, charset)).encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str, addr: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt, acct=account_no(addr))


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = reminder_body(r.reminder_lang, r.inv, amt, r.who[1])
    return latin1_safe(text) if r.charset in LATIN1_CHARSETS else text


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder as Brightgrid sent it (returned inside bounces)."""
    text = reminder_body(lang, DEFAULT_INV, DEFAULT_AMOUNT[lang], to)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, DEFAULT_INV), "utf-8")
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
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset in LATIN1_CHARSETS:
        subject = latin1_safe(subject)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    sent = reminder_time(r.dt, r.instant)
    if sent >= r.dt:
        raise SystemExit(f"{r.key}: reply is not after the reminder")
    return Quote(reminder_text(r), subject, sent, r.client_lang, to)


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
    body_lang = (r.cl or {"en": "en-GB"}.get(r.lang, r.lang)).upper()
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{body_lang}" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
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
        + '">'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
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
    """Thunderbird inline reply: `[[n]]` in the body stands for the reminder's paragraph n."""
    body = r.body
    for n, paragraph in enumerate(q.text.split("\n\n")):
        body = body.replace(f"[[{n}]]", quote_lines(paragraph))
    if "[[" in body:
        raise SystemExit(f"{r.key}: unknown paragraph marker")
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    return text_part(f"{attr}\n{body}\n", "plain", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def samsung_head(q: Quote) -> list[str]:
    sep, frm, when, to, subj, _ = SAMSUNG_LABELS[q.loc]
    tz = q.sent.strftime("%z")
    stamp = fmt("{dd}/{mo}/{y} {HH}:{mm}", q.loc, q.sent) + f" (GMT{tz[:3]}:{tz[3:]})"
    return [
        sep,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{when}: {stamp} ",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG_LABELS[q.loc][5]
    head = samsung_head(q)
    text = "\n".join([r.body, "", "", "", sig, "", "", *head, "", q.text, ""])
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        + "".join(f"<div>{html.escape(line)}</div>" for line in head)
        + f"</div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and stand-alone messages quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "samsung": style_samsung,
    "none": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
THUNDERBIRD_UA = (
    "User-Agent",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
)
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (THUNDERBIRD_UA,),
    "inline": (THUNDERBIRD_UA,),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", r.cl or {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
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
    "samsung": "--_com.samsung.android.email_",
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
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
XAUTO = ("X-Autoreply", "yes")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Macca Doyle", "macca@torquaysurfhire.example"),
        "2026-11-24 15:20 +1100",
        "iphone",
        "G'day, saw this come through – my bad, it got buried while I was up the coast for a week.\n\nChucked it through from the business account this arvo, A$389.40, reference SURF1127. Being an overseas transfer it might take a couple of days to show your end.\n\nCheers\nMacca",
        lab(
            paid_date="2026-11-24",
            payment_reference="SURF1127",
            amount="389.40",
            currency="AUD",
            note="Australian: 'chucked it through this arvo' = transferred this afternoon, the message date",
        ),
        inv="BG26-40644",
        amt="A$389.40",
        cte="b64",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Accounts Payable – Nandi Learning", "ap@nandilearning.example"),
        "2026-11-26 11:10 +0530",
        "outlook_html",
        "Dear Sir/Madam,\n\nGreetings of the day!\n\nThis is to inform you that payment against your invoice no. BG26-40877 has been released on 25-11-2026 through SWIFT transfer. Kindly find the details below:\n\nAmount : INR 1,42,560.00\nUTR No. : HDFCN52026112598765\nValue date : 25-11-2026\n\nKindly update the same in your records and do revert in case of any discrepancy.\n\nThanks & Regards,\nSuresh Venkataraman\nAccounts Payable | Nandi Learning Pvt. Ltd.\nBengaluru – 560 038",
        lab(
            ("BG26-40877",),
            paid_date="2026-11-25",
            payment_reference="HDFCN52026112598765",
            amount="142560.00",
            currency="INR",
            note="Indian English; lakh digit grouping 1,42,560.00",
        ),
        cl="en-IN",
        inv="BG26-40877",
        amt="₹1,42,560.00",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Prairie Grain Co-operative AP", "ap-noreply@prairiegraincoop.example"),
        "2026-12-03 16:45 -0600",
        "none",
        "PRAIRIE GRAIN CO-OPERATIVE LTD.\nREMITTANCE ADVICE\n\nPayee:           BRIGHTGRID HOSTING B.V.\nPayment number:  0000418822\nPayment date:    2026-12-03\nPayment method:  EFT\nCurrency:        CAD\n\nInvoice no.    Invoice date   Gross     Discount   Paid\nBG26-41190     2026-10-31     612.50    0.00       612.50\nBG26-41342     2026-10-31      87.15    0.00        87.15\n                                                   ------\nTotal paid                                         699.65\n\nFunds are normally available in the payee's account within 2-3 business days. Questions about this payment: accountspayable@prairiegraincoop.example. This mailbox is not monitored.",
        lab(
            ("BG26-41190", "BG26-41342"),
            paid_date="2026-12-03",
            payment_reference="0000418822",
            amount="699.65",
            currency="CAD",
            note="stand-alone ERP remittance advice (Saskatchewan), not threaded; 'this mailbox is not monitored' and the AP address do not make it wrong_contact",
        ),
        subject="Remittance Advice - Payment 0000418822",
        cte="7bit",
        threaded=False,
        headers=(("X-Mailer", "Dynamics 365 Business Central"),),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Beatrice Zürcher", "b.zuercher@zahnarztpraxis-seefeld.example"),
        "2026-11-23 08:15 +0100",
        "outlook",
        "Grüezi\n\nDie Rechnung BG26-40562 ist bereits am Freitag, 20. November, via E-Banking an Sie gegangen, CHF 248.60. Vermutlich hat sich die Zahlung mit Ihrer Mahnung gekreuzt.\n\nFreundliche Grüsse\n\nBeatrice Zürcher\nPraxisadministration\nZahnarztpraxis am Seefeld, Zürich",
        lab(
            ("BG26-40562",),
            paid_date="2026-11-20",
            amount="248.60",
            currency="CHF",
            note="Swiss German (no ß, 'Grüezi', 'via E-Banking')",
        ),
        cl="de-CH",
        inv="BG26-40562",
        amt="CHF 248.60",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Hannes Pichler", "hannes@pichler-bikes.example"),
        "2026-11-30 19:40 +0100",
        "android",
        "Servus, hab ich total verschwitzt 🙈 Is grad eben per Online-Banking raus, 312,40 €. Lg Hannes",
        lab(
            paid_date="2026-11-30",
            amount="312.40",
            currency="EUR",
            note="Austrian one-liner from a phone; 'grad eben raus' = sent just now",
        ),
        cl="de-AT",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Comptabilité Boulangerie Lemaire", "compta@boulangerie-lemaire.example"),
        "2026-11-23 10:02 +0100",
        "thunderbird",
        "Bonjour,\n\nNous avons bien réglé cette facture le jeudi 19 novembre, par virement avec la communication structurée +++090/4411/27385+++, pour un montant de 1.275,90 € (mille deux cent septante-cinq euros et nonante cents). Le paiement s'est sans doute croisé avec votre rappel.\n\nPouvez-vous vérifier de votre côté ?\n\nBien à vous,\n\nNathalie Lemaire\nBoulangerie Lemaire srl – Namur",
        lab(
            paid_date="2026-11-19",
            payment_reference="+++090/4411/27385+++",
            amount="1275.90",
            currency="EUR",
            note="Belgian French: structured communication as the reference, 'septante', 'nonante'",
        ),
        inv="BG26-40702",
        amt="1.275,90 €",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rosa Quispe Mamani", "rquispe@textilesandinos.example"),
        "2026-12-01 17:30 -0500",
        "gmail",
        "Buenas tardes,\n\nLe comento que el día de ayer se realizó el pago mediante transferencia internacional desde el BCP, número de operación 00458821, por US$ 540.00. Adjunto la constancia para su conformidad.\n\nCualquier consulta quedo atenta.\n\nSaludos cordiales,\nRosa Quispe Mamani\nAsistente de Contabilidad\nTextiles Andinos S.A.C. – Arequipa",
        lab(
            paid_date="2026-11-30",
            payment_reference="00458821",
            amount="540.00",
            currency="USD",
            note="Peruvian Spanish ('le comento', 'el día de ayer', 'quedo atenta'); proof attached",
        ),
        inv="BG26-40955",
        amt="US$ 540.00",
        attach=("constancia_transferencia_BCP.pdf", FAKE_PDF),
        rlang="en",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Toño Vela", "antonio.vela@taqueriaelguero.example"),
        "2026-12-04 13:05 -0600",
        "iphone",
        "Ya quedó, se pagó por SPEI hoy en la mañana. Clave de rastreo MBAN01002612040012345678, $8,450.00 MXN.\nSaludos",
        lab(
            paid_date="2026-12-04",
            payment_reference="MBAN01002612040012345678",
            amount="8450.00",
            currency="MXN",
            note="Mexican: 'ya quedó' = it's done; SPEI tracking key as the reference",
        ),
        inv="BG26-41077",
        amt="MXN 8,450.00",
        cte="b64",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Jef Van den Broeck", "jef@frituurjef.example"),
        "2026-12-02 20:14 +0100",
        "gmail_plain",
        "Dag,\n\n't Is betaald hé, vorige week dinsdag al. Kijkt dat eens na aan uw kant, want dit is al de tweede keer dat ik zo'n mail krijg terwijl alles in orde is.\n\nGroetjes,\nJef",
        lab(
            paid_date="2026-11-24",
            note="Flemish; 'vorige week dinsdag' from Wed 2 Dec is Tue 24 Nov",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Mulder", "i.mulder@tandtechniekmulder.example"),
        "2026-12-01 09:20 +0100",
        "html_only",
        "Goedemorgen,\n\nDe facturen BG26-41003 en BG26-41004 hebben wij op vrijdag 27 november samen in één batch betaald, totaal € 1.318,62, omschrijving „BATCH 2026-48”. Waarschijnlijk is de betaling daardoor niet automatisch aan de juiste factuur gekoppeld. Wilt u het handmatig afletteren?\n\nMet vriendelijke groet,\n\nIngrid Mulder\nFinanciële administratie\nTandtechniek Mulder B.V.",
        lab(
            ("BG26-41003", "BG26-41004"),
            paid_date="2026-11-27",
            payment_reference="BATCH 2026-48",
            amount="1318.62",
            currency="EUR",
            note="two invoices in one batch; the total is the amount paid",
        ),
        inv="BG26-41003",
        amt="€ 702,18",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Ufficio Amministrazione", "amministrazione@officinebrera.example"),
        "2026-11-19 11:45 +0100",
        "outlook",
        "Buongiorno,\n\nin riferimento al Vs. sollecito, Vi informiamo che la fattura n. BG26-40490 è stata saldata con bonifico SEPA disposto in data 17/11/2026, importo Euro 1.096,80, TRN 0306909876543210480012345IT.\n\nDistinti saluti\n\nUfficio Amministrazione\nOfficine Meccaniche Brera S.p.A.",
        lab(
            ("BG26-40490",),
            paid_date="2026-11-17",
            payment_reference="0306909876543210480012345IT",
            amount="1096.80",
            currency="EUR",
        ),
        inv="BG26-40490",
        amt="€ 1.096,80",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Luca Ferrante", "luca@ferrantefoto.example"),
        "2026-11-18 22:10 +0100",
        "gmail",
        "Scusate ma non capisco questo sollecito. Ho pagato con la carta direttamente dal vostro pannello il 16 novembre, ho pure la ricevuta con il numero di transazione TX-88213-BG. Controllate per favore, non vorrei che mi sospendeste il sito per niente.\n\nLuca",
        lab(
            paid_date="2026-11-16",
            payment_reference="TX-88213-BG",
            note="paid by card in the portal; the complaint about the reminder is not a dispute of the invoice",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Chinedu Okeke", "c.okeke@eastgatelogistics.example"),
        "2026-11-30 09:30 +0100",
        "outlook",
        "Good morning Sir/Ma,\n\nKindly bear with us on this. The payment has been approved by our MD and will be effected on or before Friday, 4th December by God's grace. The delay was due to the FX allocation from our bank which only came through last week.\n\nWe sincerely regret the inconvenience.\n\nWarm regards,\nChinedu Okeke\nAccounts Officer\nEastgate Logistics Ltd, Lagos",
        lab(
            promised_date="2026-12-04",
            note="Nigerian English; 'approved ... will be effected on or before' is a promise, not a payment",
        ),
        cl="en-NG",
        inv="BG26-40811",
        amt="US$1,150.00",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Dana Whitcombe", "dana@northshoreyouththeatre.example"),
        "2026-12-02 14:00 -0500",
        "gmail",
        "Hi there,\n\nTotally my fault, sorry. We're waiting on a cheque from the school board that's supposed to clear on the 10th — yours goes out the very next day, hand on heart.\n\nThanks for your patience,\nDana\nNorth Shore Youth Theatre",
        lab(
            promised_date="2026-12-11",
            note="Canadian; 'the very next day' after the 10th",
        ),
        inv="BG26-40999",
        amt="CA$214.70",
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Morag Lindsay", "treasurer@glenaircurlingclub.example"),
        "2026-11-26 21:05 +0000",
        "thunderbird",
        "Hiya,\n\nI'm the volunteer treasurer (i.e. the only one who can get into the bank) and I only do the payments at month end. I'll do yours along with the rest when I sit down on Monday night, so you'll have it then or Tuesday at the latest.\n\nAll the best,\nMorag\nGlenair Curling Club",
        lab(
            promised_date="2026-11-30",
            note="Scottish club treasurer; she pays on Monday (30 Nov) after Thu 26 Nov, Tuesday is only when it may arrive",
        ),
        amt="£268.00",
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Mag. Elisabeth Huber", "e.huber@dentallabor-huber.example"),
        "2026-11-27 10:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nbesten Dank für die Erinnerung. Die Rechnung BG26-40736 ist bei uns bereits geprüft und für den Zahlungslauf in der KW 50 vorgemerkt.\n\nMit freundlichen Grüßen\n\nMag. Elisabeth Huber\nBuchhaltung\nDentallabor Huber GmbH, Linz",
        lab(
            ("BG26-40736",),
            promised_date="2026-12-07",
            note="Austrian; 'KW 50' resolved to the Monday of ISO week 50, as 'next week' resolves to its Monday",
        ),
        cl="de-AT",
        inv="BG26-40736",
        charset="iso-8859-1",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Josée Tremblay", "josee@cafeterrasse-limoilou.example"),
        "2026-11-24 11:30 -0500",
        "iphone_html",
        "Allo,\n\nDésolée pour le retard, on a changé de comptable pis toute a été mêlé. Je vous fais le paiement jeudi le 3 décembre sans faute.\n\nBonne journée!\nJosée",
        lab(
            promised_date="2026-12-03",
            note="Québécois ('allo', 'pis', 'jeudi le 3')",
        ),
        inv="BG26-40660",
        amt="214,70 $",
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Claire Fabre", "tresorerie@ateliersdulez.example"),
        "2026-12-01 16:00 +0100",
        "gmail",
        "Bonjour,\n\nNous sommes une petite association et notre trésorerie dépend de la subvention de la Région, dont le versement est annoncé pour début décembre. Dès qu'elle sera arrivée sur notre compte, nous réglerons votre facture en priorité.\n\nMerci de votre compréhension,\n\nClaire Fabre\nTrésorière – Les Ateliers du Lez",
        lab(
            note="payment promised on an event (the grant arriving); 'début décembre' cannot be pinned"
        ),
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Lupita Hernández", "lupita@papeleriahernandez.example"),
        "2026-12-03 10:00 -0600",
        "android",
        "Buen día, ahorita andamos cortos pero le pago en la quincena, o sea el 15. Saludos",
        lab(
            promised_date="2026-12-15",
            note="Mexican: 'en la quincena, o sea el 15'",
        ),
        inv="BG26-41146",
        amt="MXN 2,380.00",
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi.puig@ceramiquespuig.example"),
        "2026-12-09 12:40 +0100",
        "owa",
        "Hola,\n\nOs confirmo que la factura ya está aprobada y saldrá en la remesa de pagos del viernes 18. Si necesitáis el justificante os lo reenvío ese mismo día.\n\nUn saludo,\nJordi Puig\nDepartamento financiero\nCeràmiques Puig, S.L.",
        lab(promised_date="2026-12-18"),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Kees de Boer", "kees@deboerwebwinkel.example"),
        "2026-11-25 15:12 +0100",
        "bottom",
        "Hoi,\n\nWij betalen onze crediteuren altijd op de eerste werkdag van de maand, dus op 1 december zit jullie factuur erbij. Eerder lukt helaas niet.\n\nGroet,\nKees",
        lab(promised_date="2026-12-01", note="bottom-posted under the quote"),
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("Marieke Jansen", "m.jansen@stichtingdeklimop.example"),
        "2026-12-04 11:05 +0100",
        "outlook",
        "Beste,\n\nOnze nieuwe directeur moet de betaling nog accorderen. Hij begint maandag; naar verwachting wordt het bedrag volgende week woensdag overgemaakt.\n\nMet vriendelijke groet,\nMarieke Jansen\nStichting De Klimop",
        lab(
            promised_date="2026-12-09",
            note="'volgende week woensdag' from Fri 4 Dec; hedged ('naar verwachting') but a dated commitment",
        ),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Salvatore Esposito", "salvo@pasticceriaesposito.example"),
        "2026-11-30 18:25 +0100",
        "iphone",
        "Salve, scusate tanto, mo' proprio non ce la faccio ad andare in banca, ma giovedì scendo e vi faccio il bonifico, parola mia.\nSalvatore",
        lab(
            promised_date="2026-12-03",
            note="Neapolitan flavour ('mo''); Thursday after Mon 30 Nov",
        ),
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Amministrazione Vetreria Murano Arte", "amm@vetreriamuranoarte.example"),
        "2026-11-20 09:50 +0100",
        "outlook_html",
        "Spett.le Brightgrid,\n\nVi ricordiamo che le nostre condizioni di pagamento sono a 60 gg d.f.f.m., come da accordi. La fattura BG26-40418 è comunque già inserita nello scadenziario con pagamento il 31/12/2026.\n\nCordiali saluti\n\nUfficio Amministrazione\nVetreria Murano Arte S.r.l.",
        lab(
            ("BG26-40418",),
            promised_date="2026-12-31",
            note="points to its own payment terms but does not contest the invoice; the scheduled date drives the action",
        ),
        inv="BG26-40418",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Olly Pritchard", "olly@tandemcreative.example"),
        "2026-11-19 10:35 +0000",
        "inline",
        "[[2]]\n\nThat one's the problem. We shut down the VPS (srv-4471) through your portal on 12 October and I've still got the cancellation confirmation email, yet 40733 bills us for the whole of November.\n\n[[3]]\n\nIt does look wrong, yes. Please credit the invoice and send through a corrected statement. Happy to forward the confirmation if that helps.\n\nOlly Pritchard\nOps, Tandem Creative",
        lab(
            ("BG26-40733",),
            note="inline reply between quoted paragraphs; service cancelled before the billed month",
        ),
        inv="BG26-40733",
        amt="€96.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Priya Raghavan", "priya.r@kaverisoft.example"),
        "2026-11-27 15:45 +0530",
        "outlook",
        "Dear Team,\n\nPlease note invoice BG26-40211 has already been paid on 20/11/2026 vide UTR ICICN20261120004411.\n\nHowever, invoice BG26-40390 is showing renewal of 5 domains whereas we are holding only 3 domains with you. Kindly revise the invoice and share, post which we will process the payment.\n\nRegards,\nPriya Raghavan\nFinance Executive\nKaveri Softech Pvt Ltd, Chennai",
        lab(
            ("BG26-40211", "BG26-40390"),
            note="Indian English; one invoice paid, the other disputed (quantity) - the dispute drives the action",
        ),
        cl="en-IN",
        inv="BG26-40390",
        amt="₹18,400.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Shane Kowalski", "shane@noosakayaktours.example"),
        "2026-12-08 07:50 +1000",
        "android",
        "Not paying a cent for a month your servers were down half of. Sort it out with your support mob first, then we'll talk.",
        lab(note="Queensland one-liner; poor service, 'then we'll talk' is no promise"),
        cl="en-AU",
        amt="A$159.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Frank Albers", "f.albers@albers-steuerberatung.example"),
        "2026-11-20 14:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nder Rechnung BG26-40918 widersprechen wir teilweise. Laut Ihrem Angebot vom 02.09.2026 ist der Managed Server zu pauschal 149,00 EUR netto im Monat vereinbart; Sie berechnen 189,00 EUR. Den unstreitigen Betrag haben wir heute angewiesen, die Differenz von 40,00 EUR netto zzgl. USt. begleichen wir erst nach Vorlage einer korrigierten Rechnung bzw. Gutschrift.\n\nMit freundlichen Grüßen\n\nDr. Frank Albers\nAlbers Steuerberatung",
        lab(
            ("BG26-40918",),
            note="price disagreement; the undisputed part was paid today, but the dispute drives the action",
        ),
        inv="BG26-40918",
        amt="224,91 €",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Reto Baumgartner", "reto@baumgartner-zahntechnik.example"),
        "2026-12-02 16:10 +0100",
        "apple",
        "Guten Tag\n\nDiese Domainverlängerung (1 Jahr) haben Sie uns schon mit der Rechnung BG26-39877 verrechnet, und die ist seit September bezahlt. Die 41210 ist also doppelt. Bitte stornieren.\n\nFreundliche Grüsse\nReto Baumgartner\nBaumgartner Zahntechnik, Luzern",
        lab(
            ("BG26-39877", "BG26-41210"),
            note="Swiss German; duplicate billing, the paid invoice is the earlier one",
        ),
        inv="BG26-41210",
        amt="CHF 38.90",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Sébastien Marchand", "s.marchand@librairie-lencre.example"),
        "2026-11-25 09:05 +0100",
        "gmail",
        "Bonjour,\n\nTant que le problème de certificat SSL sur notre boutique ne sera pas réglé, nous ne paierons pas cette facture. Le ticket est ouvert depuis le 3 novembre, nous avons relancé quatre fois, et nos clients voient toujours un avertissement de sécurité au moment de commander.\n\nRéparez d'abord, on parlera du règlement ensuite.\n\nS. Marchand\nLibrairie L'Encre – Rennes",
        lab(note="'won't pay until fixed'"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Dr Pierre Dubois", "p.dubois@cabinetdentaire-ixelles.example"),
        "2026-12-07 11:20 +0100",
        "outlook",
        "Bonjour,\n\nNous n'avons jamais commandé les 500 Go de stockage supplémentaire repris sur la facture BG26-41266, et la référence de commande indiquée (ORD-77310) ne correspond à rien chez nous. Merci d'annuler cette ligne et de nous faire parvenir une note de crédit.\n\nCordialement,\nDr Pierre Dubois\nCabinet dentaire d'Ixelles",
        lab(("BG26-41266",), note="Belgian French; not our order, asks for a credit note"),
        inv="BG26-41266",
        charset="iso-8859-1",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Carlos Huamán Ríos", "chuaman@agroexportnorte.example"),
        "2026-11-23 09:40 -0500",
        "outlook_html",
        "Estimados:\n\nEl monto de la factura BG26-40591 no corresponde. El plan contratado es de US$ 45.00 mensuales y nos están facturando US$ 90.00, al parecer por un servidor de respaldo que nunca solicitamos.\n\nAgradeceré nos envíen la nota de crédito por la diferencia para regularizar.\n\nAtentamente,\nCarlos Huamán Ríos\nJefe de Sistemas\nAgroexport Norte S.A.C. – Trujillo",
        lab(("BG26-40591",), note="Peruvian; billed twice the contracted price"),
        cl="es-PE",
        inv="BG26-40591",
        amt="US$ 90.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Robbert Smit", "robbert@smitinstallatie.example"),
        "2026-11-18 13:30 +0100",
        "gmail_plain",
        "Hallo,\n\nDeze factuur is al lang gecrediteerd. Uw collega van support heeft op 6 november een creditnota gestuurd (CN-2611-07) omdat het pakket nooit is opgeleverd. Dus graag uit jullie systeem halen.\n\nRobbert Smit",
        lab(note="already credited; a credit note number is not an invoice ref"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Griet Claes", "griet@claes-architecten.example"),
        "2026-12-10 17:15 +0100",
        "outlook_html",
        "Goeiendag,\n\nAllez, dat kan toch niet kloppen: er staan op factuur 41301 achtendertig uren technische ondersteuning aangerekend. Wij hebben in oktober hooguit een uur of vijf met jullie helpdesk gebeld. Kunnen jullie dat eens deftig nakijken en een nieuwe factuur opmaken?\n\nMet vriendelijke groeten,\nGriet Claes\nClaes Architecten bv – Gent",
        lab(("BG26-41301",), note="Flemish ('allez', 'aangerekend', 'deftig'); hours billed wrong"),
        cl="nl-BE",
        inv="BG26-41301",
        amt="€ 3.420,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Gennaro Russo", "gennaro@pizzeriadagennaro.example"),
        "2026-11-17 21:40 +0100",
        "iphone",
        "Guardate, il sito è rimasto giù tutto il weekend del 14 e 15, e noi con le prenotazioni online ci campiamo. Prima mi spiegate che è successo e mi fate uno sconto, poi ne parliamo di pagare. Così non va.\nGennaro",
        lab(
            note="Neapolitan register; downtime, payment withheld until it is explained - a dispute, not a plan"
        ),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Studio Legale Marchetti", "segreteria@studiomarchetti.example"),
        "2026-12-03 10:15 +0100",
        "html_only",
        "Buongiorno,\n\ncontestiamo integralmente la fattura BG26-41158: il contratto di hosting è stato disdetto con PEC del 30/09/2026, con effetto dal 31/10/2026, come previsto dall'art. 9 delle Vostre condizioni generali. Nessun servizio è stato da noi utilizzato nel mese di novembre.\n\nRestiamo in attesa dell'annullamento.\n\nDistinti saluti\n\nSegreteria\nStudio Legale Marchetti",
        lab(
            ("BG26-41158",),
            note="the customer is itself a law firm; this is a cancellation dispute, not 'talk to our lawyer'",
        ),
        inv="BG26-41158",
        charset="windows-1252",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Funmilayo Adeyemi", "funmi@adeyemifashionhouse.example"),
        "2026-12-07 12:20 +0100",
        "gmail",
        "Good afternoon,\n\nPlease, we are kindly appealing for your understanding. Business has been very slow since the naira went down and we cannot pay the full ₦410,000 at once. Can you allow us to spread it into three parts — December, January and February? We will not default, we value the website too much.\n\nThank you and God bless.\n\nFunmilayo Adeyemi (Mrs)\nCEO, Adeyemi Fashion House",
        lab(note="Nigerian English; three instalments requested"),
        inv="BG26-41088",
        amt="₦410,000.00",
        cte="b64",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Harpreet Gill", "harpreet@fraservalleyfoodbank.example"),
        "2026-11-30 13:15 -0800",
        "outlook",
        "Hello,\n\nOur provincial grant was cut in half this autumn and we're stretched pretty thin. I've sent CA$150 today as a first instalment and would like to do the same on the last day of each month until the balance is cleared, if that works for you. Could you confirm?\n\nMany thanks,\nHarpreet Gill\nOperations Coordinator\nFraser Valley Food Bank Society",
        lab(
            note="British Columbia; a first instalment is already sent, but the monthly arrangement asked for drives the action"
        ),
        cl="en-CA",
        amt="CA$486.20",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Gary Flint", "gary@garyskeycutting.example"),
        "2026-12-14 08:55 +0000",
        "iphone",
        "Any chance of another 30 days on this? Cash flow is dire this side of Christmas, honestly not trying it on.\nGary",
        lab(note="more time, no date committed"),
        amt="£74.99",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Sabine Köhler", "s.koehler@koehler-werbetechnik.example"),
        "2026-11-24 09:10 +0100",
        "thunderbird",
        "Guten Morgen,\n\nwir möchten den offenen Betrag von 1.000,00 EUR gern in vier Raten zu je 250,00 EUR begleichen, jeweils zum 15. eines Monats, beginnend im Dezember. Bitte teilen Sie uns mit, ob Sie damit einverstanden sind.\n\nMit freundlichen Grüßen\nSabine Köhler\nKöhler Werbetechnik e.K.",
        lab(),
        inv="BG26-40683",
        amt="1.000,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Gerhard Moser", "g.moser@moser-landtechnik.example"),
        "2026-12-09 15:35 +0100",
        "outlook",
        "Grüß Gott,\n\nich will ehrlich sein, das Jahr war für uns kein gutes. Wenn wir uns auf 600 Euro statt der 780 einigen können, überweise ich den Betrag noch diese Woche und wir sind quitt. Ansonsten müssten wir über Raten reden.\n\nMit besten Grüßen\nGerhard Moser\nMoser Landtechnik, St. Pölten",
        lab(
            note="Austrian; a reduced settlement offered (conditional payment this week is not a promise); old client: 8-bit Latin-1 labelled us-ascii"
        ),
        cl="de-AT",
        inv="BG26-41133",
        amt="780,00 €",
        charset="us-ascii-lie",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Martin Gagnon", "martin@renovationsgagnon.example"),
        "2026-12-01 19:45 -0500",
        "gmail_plain",
        "Bonsoir,\n\nEst-ce que ce serait correct si je vous payais ça en deux versements? Un le 15 décembre pis l'autre le 15 janvier. Les fêtes arrivent pis les contrats sont au ralenti l'hiver.\n\nMerci ben gros,\nMartin\nRénovations Gagnon inc.",
        lab(note="Québécois; two instalments proposed"),
        amt="612,00 $",
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Michel Vidal", "contact@boucherie-vidal.example"),
        "2026-11-27 14:50 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nSuite à des difficultés de trésorerie passagères (travaux de voirie devant la boutique depuis septembre), nous sollicitons un échéancier sur six mois pour le solde de notre compte, soit environ 120 € par mois par prélèvement. Nous tenons à continuer à travailler avec vous.\n\nDans l'attente de votre accord, recevez nos salutations distinguées.\n\nMichel Vidal\nGérant – SARL Boucherie Vidal",
        lab(),
        amt="718,80 €",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Ing. Rafael Ortiz", "rortiz@constructoraortiz.example"),
        "2026-12-10 11:25 -0600",
        "gmail",
        "Buenas tardes,\n\n¿Se podrá liquidar en parcialidades? Le propongo tres pagos quincenales a partir del 15 de diciembre. Este fin de año nos pegaron los retrasos de los clientes de gobierno.\n\nQuedo pendiente de su respuesta.\nSaludos,\nIng. Rafael Ortiz\nConstructora Ortiz y Asociados",
        lab(note="Mexican ('parcialidades', 'pagos quincenales')"),
        amt="MXN 21,600.00",
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Nuria Castell", "nuria@escoladansacastell.example"),
        "2026-12-15 18:05 +0100",
        "iphone",
        "Hola! Ahora mismo puedo pagar 200 € y el resto cuando nos ingresen la subvención del ayuntamiento, que será en febrero más o menos. ¿Os parece bien? Gracias\nNuria",
        lab(note="part now, rest later, asked as a question"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Fatima El Amrani", "fatima@kapsalonfatima.example"),
        "2026-11-20 10:10 +0100",
        "android",
        "Goedemorgen, is een betalingsregeling mogelijk? Ik kan maandelijks € 50 betalen tot het bedrag voldaan is. Het is nu erg krap sinds de verbouwing. Groet Fatima",
        lab(),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Dott.ssa Paola Greco", "p.greco@laboratoriogreco.example"),
        "2026-12-11 10:30 +0100",
        "outlook_html",
        "Gentili signori,\n\nin considerazione del momento di difficoltà legato al ritardo dei rimborsi da parte dell'ASL, chiediamo cortesemente una dilazione di 60 giorni sul pagamento della fattura BG26-41219.\n\nRingraziando per la disponibilità, porgiamo distinti saluti.\n\nDott.ssa Paola Greco\nLaboratorio Analisi Greco – Bari",
        lab(("BG26-41219",), note="more time asked (dilazione)"),
        inv="BG26-41219",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Franco Lombardo", "franco@agriturismoilfico.example"),
        "2026-11-23 20:30 +0100",
        "samsung",
        "Buonasera. Vi posso dare la metà mo', e l'altra metà a gennaio quando ripartono le prenotazioni. Vi sta bene? Fatemi sapere e faccio subito il bonifico per la prima parte.\nFranco Lombardo",
        lab(note="Calabrian farm stay; half now, half in January, asked as a question"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Ankit Sharma", "ankit.sharma@yamunatextiles.example"),
        "2026-11-24 12:05 +0530",
        "gmail",
        "Hi,\n\nKindly re-issue the invoice with our GSTIN 07AABCY1234M1Z2 and the registered address of our Delhi office. Without GSTIN our finance team cannot book it and the input credit will be lost, so payment can be processed only on receipt of the revised copy.\n\nThanks,\nAnkit",
        lab(note="Indian English; reissue with the tax id, amount not contested"),
        amt="₹26,950.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Bec Nguyen", "bec@marrickvillephysio.example"),
        "2026-12-01 10:20 +1100",
        "iphone_html",
        "Hi, can't find this one in Xero at all. Can you flick me a copy? And which account is it for – we've got the clinic site and the booking thing with you.\nThanks, Bec",
        lab(note="Australian ('flick me a copy'); copy and 'what is it for'"),
        inv="BG26-41012",
        amt="A$129.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Accounts Payable", "accounts.payable@hollisandvane.example"),
        "2026-11-18 16:20 +0000",
        "owa",
        "Dear Supplier,\n\nHollis & Vane Group can only process invoices which quote a valid purchase order number. Invoice BG26-40531 does not carry one and has therefore been placed on hold. Please reissue it quoting PO 4500218834 and send it to ap.invoices@hollisandvane.example in PDF format.\n\nPlease do not reply to this message.\n\nKind regards,\nAccounts Payable Team\nHollis & Vane Group plc",
        lab(
            ("BG26-40531",),
            note="reissue with a PO; the address is where invoices go, so no new_contact; 'do not reply' is not an auto-reply",
        ),
        inv="BG26-40531",
        amt="£1,840.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Tanja Schulte", "t.schulte@schulte-orthopaedie.example"),
        "2026-12-04 11:00 +0100",
        "apple",
        "Hallo,\n\nbevor wir irgendetwas überweisen, hätten wir gern einen vollständigen Kontoauszug für unser Kundenkonto seit Januar. Bei uns sind mehrere Gutschriften und Teilzahlungen gebucht, und ich möchte sicher sein, dass wir vom gleichen Saldo ausgehen.\n\nDanke und viele Grüße\nTanja Schulte\nSchulte Orthopädietechnik",
        lab(note="statement of account before paying, nothing contested"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Urs Meier", "urs.meier@meier-praezision.example"),
        "2026-11-26 08:40 +0100",
        "outlook",
        "Guten Tag\n\nSeit dem 1. Oktober firmieren wir als Meier Präzision AG (vorher Meier Präzision GmbH), UID CHE-109.482.377. Bitte stellen Sie die Rechnung BG26-40790 auf die neue Firma aus, sonst kann unsere Buchhaltung sie nicht verarbeiten. Der Betrag ist in Ordnung.\n\nFreundliche Grüsse\nUrs Meier",
        lab(("BG26-40790",), note="Swiss German; invoice to the right entity, amount accepted"),
        cl="de-CH",
        inv="BG26-40790",
        amt="CHF 1'120.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Véronique Lambert", "v.lambert@lambert-geometres.example"),
        "2026-12-08 14:15 +0100",
        "outlook_html",
        "Bonjour,\n\nSuite à plusieurs tentatives de fraude au changement de RIB chez nos confrères, notre banque exige désormais une confirmation écrite des coordonnées bancaires de chaque nouveau fournisseur. Pourriez-vous nous faire parvenir votre IBAN sur papier à en-tête signé ? Le paiement sera effectué dès réception.\n\nBien à vous,\nVéronique Lambert\nLambert & Fils, géomètres-experts – Liège",
        lab(note="Belgian French; bank details confirmation before paying"),
        cl="fr-BE",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Sophie Côté", "sophie@studiocote.example"),
        "2026-11-19 13:50 -0500",
        "apple",
        "Bonjour,\n\nPourriez-vous me renvoyer la facture avec vos numéros de TPS et de TVQ? Mon comptable en a absolument besoin pour réclamer les taxes, sinon il refuse de l'entrer. Je paie dès que je l'ai.\n\nMerci!\nSophie Côté\nStudio Côté design",
        lab(
            note="Québécois answering an English reminder; needs tax numbers, 'je paie dès que je l'ai' depends on the request"
        ),
        rlang="en",
        amt="CA$345.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Álvaro Medina", "alvaro@medinayasociados.example"),
        "2026-12-02 09:25 +0100",
        "gmail",
        "Buenos días,\n\n¿Me podéis mandar el desglose de consumo de noviembre? Aparece un concepto de «tráfico excedente» que no sé de dónde sale. No digo que esté mal, solo quiero entenderlo antes de pasarlo a pagar.\n\nGracias,\nÁlvaro Medina",
        lab(note="asks for the detail and explicitly does not contest it"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Milagros Paredes", "mparedes@clinicasanborja.example"),
        "2026-12-09 16:30 -0500",
        "outlook",
        "Buenas tardes:\n\nPara poder programar el pago requerimos que nos hagan llegar el comprobante en PDF y XML, así como el acta de conformidad del servicio firmada por nuestra área de TI. Sin esos documentos el sistema no nos permite registrar la factura.\n\nSaludos,\nMilagros Paredes\nCuentas por Pagar\nClínica San Borja – Lima",
        lab(note="Peruvian; electronic invoice and proof of service before paying"),
        cl="es-PE",
        amt="US$ 1,275.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Thomas Verhoeven", "thomas@verhoevenfotografie.example"),
        "2026-11-17 20:20 +0100",
        "inline",
        "[[3]]\n\nDat wil ik graag, maar de downloadlink in het klantenpaneel geeft een foutmelding (error 500). Kunt u de factuur als pdf-bijlage mailen? Dan betaal ik hem meteen.\n\nThomas Verhoeven",
        lab(note="inline reply under the quoted payment paragraph; asks for a copy"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Lieve Maes", "lieve@bakkerijmaes.example"),
        "2026-12-14 07:35 +0100",
        "iphone",
        "Morgen, op welk rekeningnummer moet dat nu? Ik heb precies twee verschillende IBANs van jullie in mijn mails staan en ik ga niet gokken. Laat maar weten. Lieve",
        lab(note="Flemish ('morgen' as a greeting, 'precies'); bank details"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Ufficio contabilità", "contabilita@ferramentacolombo.example"),
        "2026-11-20 11:15 +0100",
        "outlook_html",
        "Buongiorno,\n\nla fattura BG26-40611 non ci risulta pervenuta tramite Sistema di Interscambio. Vi preghiamo di trasmetterla in formato elettronico indicando il nostro codice destinatario M5UXCR1, altrimenti non possiamo registrarla né pagarla.\n\nCordiali saluti\nUfficio contabilità\nFerramenta Colombo S.n.c.",
        lab(
            ("BG26-40611",),
            note="Italian e-invoicing (SdI): the invoice was not received, nothing contested",
        ),
        inv="BG26-40611",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jess Moran", "jess@kiteandcompass.example"),
        "2026-11-23 17:30 +0000",
        "gmail",
        "Hi,\n\nI think you've got the wrong person – I freelanced for Kite & Compass until the summer and nobody ever took me off this alias. You want Finance@KiteAndCompass.example (copied).\n\nBest,\nJess",
        lab(
            new_contact="finance@kiteandcompass.example",
            note="mixed-case address in the text and in Cc, labelled in lower case",
        ),
        headers=(("Cc", "Finance@KiteAndCompass.example"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Rahul Menon", "rahul.menon@coastalayurveda.example"),
        "2026-12-03 10:40 +0530",
        "outlook_html",
        "Dear Sir,\n\nThis mail id belongs to the marketing department and is not meant for billing matters. Please mark all invoices and payment follow-ups to accounts@coastalayurveda.example, with copy to the undersigned only if required.\n\nRegards,\nRahul Menon\nMarketing Manager, Coastal Ayurveda Resorts, Kochi",
        lab(
            new_contact="accounts@coastalayurveda.example",
            note="Indian English ('mail id', 'mark to')",
        ),
        cl="en-IN",
        amt="₹61,200.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Liam O'Sullivan", "liam@cliffsidewebstudio.example"),
        "2026-12-10 16:45 +1100",
        "gmail_plain",
        "Hey, I'm just the web developer who set the hosting up for Harbour Lane Dental – I don't pay their bills. The practice manager is Karen, I've given her a heads up.\n\nLiam",
        lab(note="Australian; names the right person but gives no address"),
        amt="A$540.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Martina Vogel", "m.vogel@vogel-kg.example"),
        "2026-11-30 09:15 +0100",
        "outlook",
        "Guten Tag,\n\nseit 1. November bin ich nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte wenden Sie sich künftig an Frau Yilmaz: kreditoren@vogel-kg.example.\n\nViele Grüße\nMartina Vogel",
        lab(new_contact="kreditoren@vogel-kg.example"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Tischlerei Wallner", "office.alt@tischlerei-wallner.example"),
        "2026-11-17 09:06 +0100",
        "none",
        "Diese E-Mail-Adresse ist seit 30. September 2026 nicht mehr in Verwendung und wird nicht gelesen.\nBitte senden Sie Ihre Nachricht erneut an: office@tischlerei-wallner.example\n\nTischlerei Wallner GmbH, Hauptplatz 4, 8230 Hartberg",
        lab(
            new_contact="office@tischlerei-wallner.example",
            note="Austrian automatic 'address no longer read' notice with Auto-Submitted: wrong_contact by the corpus rule",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
        instant=True,
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Yann Le Goff", "yann@legoff-webdesign.example"),
        "2026-12-11 10:05 +0100",
        "thunderbird",
        "Bonjour,\n\nJe suis le prestataire qui a créé le site de la Crêperie Ty Breizh, pas le gérant. Pour la facturation, merci de vous adresser directement à Mme Le Bihan : gestion@creperie-tybreizh.example. Je lui ai transféré votre message par précaution.\n\nCordialement,\nYann Le Goff",
        lab(new_contact="gestion@creperie-tybreizh.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Gaby Soto", "gaby@mueblessoto.example"),
        "2026-11-26 12:50 -0600",
        "iphone",
        "Buenas tardes, esta cuenta la lleva nuestro despacho contable, favor de dirigirse a facturacion@despachorivas.example para todo lo de pagos. Gracias!\nGaby Soto\nMuebles Soto",
        lab(
            new_contact="facturacion@despachorivas.example",
            note="Mexican ('favor de', 'despacho contable')",
        ),
        amt="MXN 4,990.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Pilar Romero", "pilar.romero@correo-personal.example"),
        "2026-12-14 21:10 +0100",
        "bottom",
        "Creo que se han equivocado. Yo no tengo ninguna empresa ni he contratado nunca un hosting, este es mi correo personal. Revisen sus datos, por favor.\nPilar",
        lab(note="bottom-posted; not a customer at all, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Administratie Groen & Zn", "administratie@groenenzonen.example"),
        "2026-12-01 09:04 +0100",
        "none",
        "Dit adres wordt sinds de fusie met Van Leeuwen Groep niet meer gemonitord. Stuur facturen en betalingsherinneringen voortaan naar crediteuren@vanleeuwengroep.example.\n\nDit is een automatisch bericht.",
        lab(
            new_contact="crediteuren@vanleeuwengroep.example",
            note="automatic 'no longer monitored' notice without Auto-Submitted",
        ),
        subject="Automatisch antwoord: {rsub}",
        instant=True,
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Stijn Peeters", "stijn@peetersbouw.example"),
        "2026-12-08 13:20 +0100",
        "android",
        "Ik zit al sinds de zomer niet meer op de boekhouding, ge moet bij Wouter zijn: wouter.peeters@peetersbouw.example. Ik stuur het wel door.",
        lab(
            new_contact="wouter.peeters@peetersbouw.example",
            note="Flemish ('ge moet bij Wouter zijn')",
        ),
        cl="nl-BE",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Marco Bellini", "m.bellini@bellinisistemi.example"),
        "2026-11-25 11:35 +0100",
        "gmail",
        "Buongiorno,\n\nio seguo solo la parte tecnica del server. Per fatture e pagamenti dovete scrivere all'amministrazione: amministrazione@bellinisistemi.example (chiedere di Rita).\n\nSaluti\nMarco",
        lab(new_contact="amministrazione@bellinisistemi.example"),
        rlang="en",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Antonio Caruso", "antonio.caruso@carusoimmobiliare.example"),
        "2026-12-15 17:50 +0100",
        "outlook",
        "Gentili signori,\n\nvi comunico che dal mese di settembre non sono più amministratore della Caruso Immobiliare S.r.l. e non ho alcun titolo per occuparmi dei suoi pagamenti. Vi prego di aggiornare i vostri contatti con la nuova amministrazione della società.\n\nCordiali saluti\nAntonio Caruso",
        lab(note="former director; no replacement address given"),
        charset="windows-1252",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Nick Sandford", "nick@sandfordgarage.example"),
        "2026-11-18 12:10 +0000",
        "iphone",
        "Your invoice is wrong AND I'm sick of these emails. Unsubscribe me.",
        lab(note="unsubscribe beats the dispute"),
        amt="£58.80",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Emeka Nwosu", "emeka@nwosuagroallied.example"),
        "2026-12-02 14:30 +0100",
        "gmail",
        "Stop sending us this mail. We settled you since last month. Any further mail will be treated as spam.\n\nEmeka Nwosu\nMD, Nwosu Agro-Allied",
        lab(note="Nigerian English ('settled you since'); unsubscribe beats the payment claim"),
        amt="US$420.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Greg Thibodeau", "greg@thibodeaumarine.example"),
        "2026-12-09 11:10 -0400",
        "html_only",
        "This matter has been referred to our counsel, Lindqvist & Rao LLP. Any further communication regarding this account must be made in writing to them. Please do not email me or my staff again.\n\nG. Thibodeau\nThibodeau Marine Services Ltd., Halifax",
        lab(note="Nova Scotia; 'talk to our lawyer', no address"),
        cl="en-CA",
        amt="CA$2,310.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Andrea Frei", "andrea.frei@frei-treuhand.example"),
        "2026-12-04 08:50 +0100",
        "outlook",
        "Guten Tag\n\nIch widerspreche der Verwendung meiner E-Mail-Adresse für Mahnungen und sonstige Mitteilungen. Schreiben Sie uns künftig ausschliesslich per Post an unsere Geschäftsadresse, Bahnhofstrasse 18, 8400 Winterthur.\n\nA. Frei",
        lab(note="Swiss German; post only"),
        cl="de-CH",
        amt="CHF 410.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Réjean Bouchard", "rejean@bouchardautos.example"),
        "2026-12-07 15:40 -0500",
        "android",
        "Arrêtez de m'écrire, c'est rendu du harcèlement là. Désabonnez-moi de vos maudits courriels.",
        lab(note="Québécois ('c'est rendu', 'maudits courriels')"),
        cl="fr-CA",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Isabelle Morel", "i.morel@morel-notaires.example"),
        "2026-11-20 17:00 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nJe vous prie de ne plus m'adresser de courriels. Toute correspondance relative à ce dossier devra désormais nous parvenir par lettre recommandée avec accusé de réception.\n\nIsabelle Morel",
        lab(note="registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Jorge Salazar", "jsalazar@inversionessalazar.example"),
        "2026-11-25 10:50 -0500",
        "gmail",
        "Por favor retírenme de su lista de correos. Ya no trabajamos con ustedes desde hace meses y sigo recibiendo estos avisos.",
        lab(note="Peruvian"),
        amt="US$ 65.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Ramón Ibarra", "ramon@tallerelcharro.example"),
        "2026-12-16 19:20 -0600",
        "iphone",
        "YA BASTA. No más correos.",
        lab(note="Mexican all-caps one-liner"),
        amt="MXN 1,150.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Eva Hoekstra", "eva@hoekstra-yoga.example"),
        "2026-12-11 09:30 +0100",
        "thunderbird",
        "Graag uitschrijven van deze mails. En wat mij betreft mag het hele account meteen opgezegd worden, ik ben er klaar mee.",
        lab(note="stop emailing plus cancel the account; unsubscribe wins"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Dirk Wouters", "dirk@wouterstransport.example"),
        "2026-11-19 16:25 +0100",
        "outlook",
        "Gelieve mij uit uw mailinglijst te schrappen. Ik heb hier niets mee te maken en ik versta uw Frans niet eens.\n\nD. Wouters",
        lab(
            note="Flemish reply to a French reminder; 'nothing to do with me' but unsubscribe beats wrong_contact"
        ),
        rlang="fr",
        loc="nl",
        cl="nl-BE",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Chiara Benedetti", "chiara@chiaraceramiche.example"),
        "2026-12-02 13:00 +0100",
        "iphone",
        "Cancellatemi da queste mail per favore, grazie",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Vincenzo De Luca", "v.deluca@delucatrasporti.example"),
        "2026-12-14 10:05 +0100",
        "outlook",
        "Egregi,\n\nda questo momento ogni comunicazione relativa alla presunta posizione debitoria va inviata esclusivamente al nostro legale, avv. Francesca Amato, che legge in copia. Vi invito a non scrivere più a questo indirizzo.\n\nV. De Luca\nDe Luca Trasporti S.r.l. - Salerno",
        lab(note="'talk to our lawyer'; the lawyer is only in Cc, so no new_contact"),
        charset="iso-8859-1",
        headers=(("Cc", "Avv. Francesca Amato <f.amato@studioamato.example>"),),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Tash Reilly", "tash@byronbotanics.example"),
        "2026-12-14 19:06 +1100",
        "none",
        "Hi there,\n\nThanks for your email. I'm on annual leave from 14 December and back on deck Monday 11 January 2027, with no access to email in between.\n\nAnything urgent about orders, please ring the shop on (02) 5550 1234.\n\nHave a safe and happy summer break!\nTash",
        lab(return_date="2027-01-11", note="Australian summer leave ('back on deck')"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        instant=True,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "finance.support@suryapharma.example"),
        "2026-11-24 13:36 +0530",
        "none",
        "Dear Customer,\n\nWe have received your request and a ticket (#AP-77120) has been raised with our Accounts Payable team. You will get a response within 3 working days.\n\nKindly do not change the subject line while replying, so that your mail gets tagged to the same ticket.\n\nRegards,\nFinance Shared Services\nSurya Pharma Ltd.",
        lab(note="ticket acknowledgement with X-Autoreply and Precedence only"),
        subject="Ticket Received - #AP-77120 : {rsub}",
        headers=(XAUTO, ("Precedence", "bulk")),
        instant=True,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Kevin Tran", "kevin.tran@lakeshorevet.example"),
        "2026-12-01 04:07 -0500",
        "none",
        "I'm away until Dec 7 with limited access to email. For billing questions call the front desk at 416-555-0143.\n\nKevin",
        lab(return_date="2026-12-07", note="Canadian out-of-office with no automatic headers"),
        subject="Out of Office: {rsub}",
        instant=True,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Hofer", "b.hofer@hofer-gartenbau.example"),
        "2026-11-25 09:08 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4. Dezember, auf Urlaub und ab Montag, 7. Dezember, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\nFreundliche Grüße\nBirgit Hofer",
        lab(return_date="2026-12-07", note="Austrian ('auf Urlaub'); the stated day back"),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO,),
        instant=True,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Service-Center Buchhaltung", "noreply-buchhaltung@ostseeklinik.example"),
        "2026-12-08 09:05 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2026-118842 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\nDie Bearbeitungszeit beträgt derzeit bis zu zehn Arbeitstage.\n\nDiese E-Mail wurde automatisch erstellt.",
        lab(note="ticket acknowledgement"),
        subject="[Vorgang 2026-118842] Eingangsbestätigung",
        headers=(AUTO_GEN, XAUTO),
        instant=True,
        threaded=False,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Garnier", "a.garnier@garnier-paysages.example"),
        "2026-11-27 09:06 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 1er décembre. Je prendrai connaissance de votre message à mon retour.\n\nPour toute urgence comptable : 02 40 00 00 00.\n\nAurélie Garnier",
        lab(return_date="2026-12-01"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        instant=True,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Atelier Vanhove", "info@ateliervanhove.example"),
        "2026-12-18 09:07 +0100",
        "none",
        "Bonjour,\n\nNos bureaux sont fermés du 19 décembre au 3 janvier inclus. Réouverture le lundi 4 janvier 2027. Les messages reçus pendant cette période seront traités dès notre retour.\n\nNous vous souhaitons de joyeuses fêtes !\n\nL'équipe de l'Atelier Vanhove – Tournai",
        lab(return_date="2027-01-04", note="Belgian year-end closure; only Precedence: auto_reply"),
        subject="Fermeture de fin d'année",
        headers=(("Precedence", "auto_reply"),),
        instant=True,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Lic. Mariana Fuentes", "mfuentes@grupofuentes.example"),
        "2026-12-16 02:06 -0600",
        "none",
        "Gracias por su correo. Me encuentro fuera de la oficina por vacaciones decembrinas; regreso el miércoles 6 de enero de 2027. Para asuntos urgentes de pagos favor de comunicarse con cxp@grupofuentes.example.\n\nSaludos cordiales,\nLic. Mariana Fuentes",
        lab(
            return_date="2027-01-06",
            note="Mexican; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        instant=True,
        cte="b64",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joris Hendriks", "joris@hendriks-ict.example"),
        "2026-11-30 09:05 +0100",
        "none",
        "Hallo,\n\nIk ben met ouderschapsverlof tot half januari en lees mijn mail niet. Voor facturen kunt u terecht bij mijn collega Sem via 010 555 0199.\n\nGroet,\nJoris",
        lab(note="parental leave 'tot half januari' cannot be pinned to a day"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        instant=True,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Brouwerij 't Hofke", "info@brouwerijhofke.example"),
        "2026-12-09 09:06 +0100",
        "none",
        "Hey!\n\nBedankt voor je mailtje. We zitten tot over onze oren in de kerstbieren, maar we antwoorden binnen de twee werkdagen. Voor bestellingen: gebruik onze webshop.\n\nSchol!\nHet team van Brouwerij 't Hofke",
        lab(note="Flemish shared-inbox autoresponder without any automatic header"),
        subject="Bedankt voor je bericht!",
        instant=True,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Giulia Ricci", "giulia.ricci@ricci-arredamenti.example"),
        "2026-12-17 09:06 +0100",
        "none",
        "Sono in ferie fino al 7 gennaio con accesso limitato alla posta. Per questioni amministrative urgenti potete chiamare lo 0721 555 010.\n\nGiulia Ricci",
        lab(return_date="2027-01-07", note="'fino al 7 gennaio' gives that date itself"),
        subject="Risposta automatica: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO,),
        instant=True,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Servizio Clienti Oleificio Santoro", "clienti@oleificiosantoro.example"),
        "2026-12-07 09:05 +0100",
        "none",
        "Gentile cliente,\n\ni nostri uffici restano chiusi per il ponte dell'Immacolata e riapriamo mercoledì 9 dicembre. Risponderemo alla sua e-mail al più presto.\n\nOleificio Santoro – Andria",
        lab(return_date="2026-12-09", note="Apulian oil mill closed for the 8 December bridge"),
        subject="Chiusura per il ponte dell'Immacolata",
        headers=(XAUTO, ("Precedence", "bulk")),
        instant=True,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Vikram Iyer", "vikram.iyer@iyerandco.example"),
        "2026-11-20 10:02 +0530",
        "android",
        "Noted.",
        lab(note="Indian English one-word acknowledgement; nothing promised"),
        amt="₹9,800.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Mel Carter", "mel@bluegumdigital.example"),
        "2026-12-04 14:25 +1100",
        "outlook_html",
        "Hi team,\n\nHeads up – Bluegum Digital was acquired by Stackhouse Media on 1 November, and honestly I'm not sure yet who's on the hook for invoices dated before the handover. I'm checking with our advisers and the new owners and will come back to you once I know.\n\nCheers,\nMel Carter\nFormer Director, Bluegum Digital",
        lab(
            note="Australian; acquisition, liability unclear - no promise, no new contact, not 'our lawyer'"
        ),
        cl="en-AU",
        amt="A$1,260.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Tunde Bakare", "tunde@bakaretech.example"),
        "2026-12-15 11:40 +0100",
        "gmail",
        'Good day,\n\nPlease why is our website showing "Account Suspended" since this morning? Our customers cannot reach us. Who can I speak with urgently?\n\nTunde',
        lab(note="Nigerian English; suspension question, a person must answer"),
        amt="US$310.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Karin Braun", "karin.braun@braun-elektro.example"),
        "2026-11-27 18:15 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nmein Mann, Wolfgang Braun, ist Anfang November verstorben. Ich kümmere mich gerade um den Betrieb und die ganzen Unterlagen und melde mich, sobald ich einen Überblick habe. Ich bitte um etwas Geduld.\n\nKarin Braun",
        lab(note="bereavement; no date, no plan asked for"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Daniel Keller", "d.keller@keller-druck.example"),
        "2026-12-10 10:45 +0100",
        "outlook",
        "Guten Tag\n\nÜber die Keller Druck AG wurde am 3. Dezember der Konkurs eröffnet. Bitte melden Sie Ihre Forderung beim zuständigen Konkursamt an; wir selbst dürfen keine Zahlungen mehr leisten.\n\nFreundliche Grüsse\nDaniel Keller",
        lab(
            note="Swiss bankruptcy: the claim must be filed; not a lawyer referral, not a wrong contact"
        ),
        cl="de-CH",
        amt="CHF 2'480.00",
        charset="windows-1252",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Petit", "laurent@petit-menuiserie.example"),
        "2026-11-26 12:30 +0100",
        "iphone",
        "Pouvez-vous m'appeler ? Je préfère régler ça de vive voix, c'est plus simple. 06 12 34 56 78. Laurent",
        lab(note="'régler ça' = sort this out; a call request, no commitment"),
        cte="8bit",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Geneviève Roy", "genevieve@boutiqueroy.example"),
        "2026-12-03 20:10 -0500",
        "gmail_plain",
        "Bonsoir,\n\nEn passant, c'est quoi la différence entre votre forfait Pro pis le Business? On penserait à changer l'an prochain parce que le site rame pas mal le samedi.\n\nMerci!\nGeneviève",
        lab(note="Québécois sales question in the reminder thread"),
        amt="189,00 $",
        rlang="en",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Luis Chávez", "lchavez@ferreteriachavez.example"),
        "2026-12-07 15:00 -0500",
        "owa",
        "Buenas tardes,\n\nUna consulta: en el panel me aparecen dos cobros con tarjeta en noviembre y no sé si uno de ellos corresponde a esta factura o a la de octubre. ¿Me pueden confirmar cómo se aplicaron?\n\nGracias,\nLuis Chávez",
        lab(note="Peruvian; asks how card charges were allocated - no payment claimed"),
        amt="US$ 48.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Pepe Aguilar", "pepe@cantinalaunion.example"),
        "2026-12-11 23:50 -0600",
        "iphone",
        "Jajaja otra vez ustedes 😅",
        lab(note="Mexican; genuinely unclear"),
        amt="MXN 980.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Anouk Visser", "anouk.visser@mailbox-prive.example"),
        "2026-11-18 19:30 +0100",
        "apple",
        "Goedenavond,\n\nIk zie dat jullie de herinneringen voor de webshop van mijn zus naar mijn privéadres sturen. Ik ben wel mede-eigenaar, maar ik wil graag weten welke persoonsgegevens van mij aan het account gekoppeld zijn (AVG). Kunnen jullie dat laten weten?\n\nAnouk",
        lab(note="co-owner's data-protection question; she does not say she is the wrong contact"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Koen De Smet", "koen@desmetschrijnwerk.example"),
        "2026-12-17 16:20 +0100",
        "samsung",
        "Merci, goed ontvangen. Ik bekijk het na de feestdagen eens rustig.",
        lab(note="Flemish; 'I'll look at it after the holidays' is no promise to pay"),
        cl="nl-BE",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Rosaria Vitale", "rosaria@vitalecalzature.example"),
        "2026-11-23 12:45 +0100",
        "android",
        "Ho girato tutto al commercialista, vediamo che dice lui e vi faccio sapere.",
        lab(note="forwarded to the accountant, no address and no commitment"),
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
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None
    queued_hours: int = 0

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(hours=self.queued_hours, minutes=2, seconds=18)

    @property
    def host(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, DEFAULT_INV)


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", *, dtype: str = "smtp"
) -> Message:
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {dtype}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=4))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    extras = [(k, v) for k, v in msg.items() if k.startswith("X-")]
    for name, _ in extras:
        del msg[name]
    msg["From"] = address(*parseaddr(sender), "utf-8")
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extras:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


OUR_MTA = "mail.brightgrid-hosting.example"
M365_SENDER = "Microsoft Outlook <MicrosoftExchange5a1c09d2e44b4f3c9a7be2d1c0f81e66@brightgrid-hosting.example>"


def bounce_sendmail(b: Bounce) -> Message:
    mx = f"mx1.{b.host}"
    human = (
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from {OUR_MTA} [203.0.113.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {mx}.:\n>>> RCPT To:<{b.rcpt}>\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "relay2.brightgrid-hosting.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            mx,
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <MAILER-DAEMON@relay2.brightgrid-hosting.example>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    copy = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mx3.brightgrid-hosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n198.51.100.61 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 198.51.100.61.\n\n"
        "--- Below this line is a copy of the message.\n\n" + copy
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, "MAILER-DAEMON@mx3.brightgrid-hosting.example", "failure notice", auto=False
    )


def m365_human(paragraphs: list[str], charset: str) -> Message:
    text = "\n\n".join(paragraphs) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><div style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:14px">'
        + "".join(f"<p>{html_lines(p)}</p>" for p in paragraphs)
        + "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_m365_delay_en(b: Bounce) -> Message:
    server = "YT3PR01MB8642.CANPRD01.PROD.OUTLOOK.example"
    diag = f'451 4.4.1 Primary target IP address responded with: "421 4.4.1 Connection timed out." Attempted failover to alternate host, but that did not succeed. Failed to connect to mx.{b.host}'
    human = m365_human(
        [
            f"Delivery is delayed to these recipients or groups:\n\n{b.rcpt}",
            f"Subject: {b.subject()}",
            "This message hasn't been delivered yet. Delivery will continue to be attempted.",
            "The server will keep trying to deliver this message for the next 2 days, 19 hours and 48 minutes. You'll be notified if the message can't be delivered by that time.",
            f"Diagnostic information for administrators:\n\nGenerating server: {server}\nReceiving server: mx.{b.host}\n\n{b.rcpt}\nRemote server returned '{diag}'",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return finish(b, report(parts), M365_SENDER, f"Delivery delayed:{b.subject()}")


def bounce_de_hard(b: Bounce) -> Message:
    human = (
        f"Dies ist eine automatische Nachricht des Mailservers {OUR_MTA}.\n\n"
        "Ihre E-Mail konnte an den folgenden Empfänger nicht zugestellt werden. Der Zielserver kennt dieses Postfach nicht; es handelt sich um einen dauerhaften Fehler, weitere Zustellversuche finden nicht statt.\n\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Zielserver: mx.{b.host} [192.0.2.81]\n"
        f"  Antwort:    550 5.1.1 <{b.rcpt}>: Mailbox unavailable\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b, OUR_MTA, "failed", f"550 5.1.1 <{b.rcpt}>: Mailbox unavailable", f"mx.{b.host}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mailserver <MAILER-DAEMON@{OUR_MTA}>",
        f"Nicht zustellbar: {b.subject()}",
    )


def bounce_de_greylist(b: Bounce) -> Message:
    until = b.sent + timedelta(days=4)
    human = (
        "Warnung: Ihre Nachricht ist noch nicht zugestellt.\n\n"
        f"Der Server des Empfängers hat die Annahme vorübergehend verweigert (Greylisting). Das ist ein vorübergehender Fehler; wir versuchen es automatisch weiter, längstens bis {until:%d.%m.%Y %H:%M}.\n\n"
        f"  Empfänger: {b.rcpt}\n"
        f"  Meldung:   450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, try again later\n\n"
        "Sie müssen nichts unternehmen.\n"
    )
    diag = f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, try again later"
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(b, "smtp2.brightgrid-hosting.example", "delayed", diag, f"mail.{b.host}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@smtp2.brightgrid-hosting.example>",
        "Warnung: Zustellung verzögert",
    )


def bounce_qc_bilingual(b: Bounce) -> Message:
    text = (
        "*** Ceci est un message automatique / This is an automated message ***\n\n"
        f"Votre message n'a pas encore pu être livré à : {b.rcpt}\n"
        "Raison : la boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n"
        "Nous réessaierons pendant 72 heures. Vous n'avez rien à faire.\n\n"
        f"Your message could not yet be delivered to: {b.rcpt}\n"
        "Reason: the recipient's mailbox is full (452 4.2.2 Over quota).\n"
        "We will keep trying for 72 hours. No action is needed on your part.\n\n"
        f"Objet / Subject : {b.subject()}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Système de messagerie <postmaster@mx.videoboreal.example>",
        "Avis de non-livraison temporaire / Temporary delivery failure",
    )


def bounce_be_delay(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        f"Ceci est un avis automatique. Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : le serveur de messagerie du destinataire ne répond pas (délai de connexion dépassé).\n\n"
        "Aucune action n'est requise de votre part pour l'instant. Nous retenterons la distribution régulièrement pendant cinq jours ; si elle échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet du message : {b.subject()}\n\n"
        "-- \nService courrier – relais.hebergeur-belge.example\n"
    )
    diag = "421 4.4.1 connection timed out"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, "relais.hebergeur-belge.example", "delayed", diag, f"mx.{b.host}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster <postmaster@relais.hebergeur-belge.example>",
        "Avis de retard de distribution",
    )


def bounce_m365_es_hard(b: Bounce) -> Message:
    server = "PAXP193MB2210.EURP193.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = m365_human(
        [
            f"No se pudo entregar el mensaje a {b.rcpt}",
            "No encontramos la dirección de correo electrónico a la que intentó escribir. Compruebe que esté bien escrita y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otra vía (por ejemplo, por teléfono) y pídale que avise a su administrador de correo.",
            f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    msg = report(parts)
    msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return finish(b, msg, M365_SENDER, f"No se puede entregar: {b.subject()}")


def bounce_mx_soft(b: Bounce) -> Message:
    human = (
        "Este es un mensaje automático del servidor de correo.\n\n"
        f"Su mensaje para {b.rcpt} está en espera: el buzón del destinatario está lleno y por ahora no acepta más correo (452 4.2.2 Mailbox full).\n\n"
        "El sistema intentará entregarlo de nuevo durante las próximas 72 horas. Si no lo logra, le enviaremos un aviso definitivo.\n"
    )
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b, "correo.hostmexicano.example", "delayed", "452 4.2.2 Mailbox full", f"mx.{b.host}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "MAILER-DAEMON <MAILER-DAEMON@correo.hostmexicano.example>",
        "Aviso: entrega retrasada",
    )


def bounce_nl_nodomain(b: Bounce) -> Message:
    diag = f"Host or domain name not found. Name service error for name={b.host} type=MX: Host not found, try again"
    human = (
        f"Dit is het mailsysteem van {OUR_MTA}.\n\n"
        "Uw bericht kon niet worden bezorgd bij de onderstaande ontvanger. Het domein bestaat niet of heeft geen geldige mailserver; dit is een blijvende fout.\n\n"
        f"<{b.rcpt}>: {diag}\n\n"
        "Het oorspronkelijke bericht is bijgevoegd.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, OUR_MTA, "failed", diag, dtype="X-Postfix"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b, report(parts), f"Mailsysteem <MAILER-DAEMON@{OUR_MTA}>", "Bericht niet afgeleverd"
    )


def bounce_it_disabled(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il suo messaggio non è stato consegnato al destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: la casella è stata disattivata dal titolare e non riceve più posta (550 5.2.1 mailbox disabled). L'errore è definitivo: non verranno effettuati altri tentativi.\n\n"
        "In allegato trova il messaggio originale.\n\n"
        "Sistema di posta - smtp.postaweb-italia.example\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    outer["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        outer,
        "Mail Delivery System <MAILER-DAEMON@smtp.postaweb-italia.example>",
        f"Mancata consegna: {b.subject()}",
    )


def bounce_it_delay(b: Bounce) -> Message:
    human = (
        "Avviso del sistema di posta elettronica\n\n"
        f"Il messaggio che ha inviato a {b.rcpt} non è stato ancora recapitato: la connessione con il server di destinazione si è interrotta durante la trasmissione (4.4.2).\n\n"
        "Continueremo a provare automaticamente per altri 4 giorni. Non serve inviarlo di nuovo.\n"
    )
    diag = "421 4.4.2 connection dropped during DATA"
    parts = [
        text_part(human, "plain", "utf-8", "b64"),
        delivery_status(b, "mx-out.cloudmail-sud.example", "delayed", diag, f"mail.{b.host}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster <postmaster@mx-out.cloudmail-sud.example>",
        "Avviso: consegna ritardata",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@ikejaprintworks.example",
            "2026-11-24 09:04 +0100",
            "en",
            "Sendmail DSN with the whole returned message; Nigerian customer",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "billing@wattlecreekwinery.example",
            "2026-11-30 09:06 +0100",
            "en",
            "qmail plain-text failure notice, not MIME, no Auto-Submitted; status taken from the remote reply",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "ap@maplecrestdental.example",
            "2026-12-02 13:05 +0100",
            "en",
            "Microsoft 365 'Delivery delayed' in English",
            queued_hours=4,
        ),
        bounce_m365_delay_en,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "buchhaltung@zahntechnik-grabner.example",
            "2026-11-26 09:05 +0100",
            "de",
        ),
        bounce_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@schreinerei-baumann.example",
            "2026-12-08 10:10 +0100",
            "de",
            "greylisting delay warning",
            queued_hours=1,
        ),
        bounce_de_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "compta@erabliere-gagnon.example",
            "2026-12-03 15:20 +0100",
            "fr",
            "Québec provider notice, bilingual French/English, single text part; mailbox over quota",
            queued_hours=6,
        ),
        bounce_qc_bilingual,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.4.1",
            "comptabilite@imprimerie-dewit.example",
            "2026-11-20 13:07 +0100",
            "fr",
            "Belgian relay delay notice",
            queued_hours=4,
        ),
        bounce_be_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.10",
            "pagos@ferreteria-olmos.example",
            "2026-12-10 09:04 +0100",
            "es",
        ),
        bounce_m365_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.2.2",
            "administracion@consultorio-ramirez.example",
            "2026-12-15 05:30 -0600",
            "es",
            "Mexican provider, mailbox full with a 4.x code",
            queued_hours=3,
        ),
        bounce_mx_soft,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.4.4",
            "factuur@bloemenhuisverbeke.example",
            "2026-11-18 09:04 +0100",
            "nl",
            "the domain has no mail server (Postfix-style, Dutch)",
        ),
        bounce_nl_nodomain,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "amministrazione@caseificiodelsole.example",
            "2026-12-01 09:05 +0100",
            "it",
            "mailbox disabled; multipart/mixed notice with the message attached, not RFC 3464",
        ),
        bounce_it_disabled,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "info@agriturismolacollina.example",
            "2026-12-16 11:02 +0100",
            "it",
            "Italian delay report, human part in base64",
            queued_hours=2,
        ),
        bounce_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, file names and output
# --------------------------------------------------------------------------------------------

DATE_KEYS = ("promised_date", "paid_date", "return_date")


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
    """Catch slips in the hand-written labels."""
    if r.intent not in INTENTS or r.lang not in LANGS:
        raise SystemExit(f"{r.key}: bad intent or language")
    refs = r.labels.get("invoice_refs", [])
    for ref in refs if isinstance(refs, list) else []:
        if not INV_RE.match(str(ref)) or str(ref)[5:] not in r.body:
            raise SystemExit(f"{r.key}: invoice ref {ref} not in the text")
    for key in DATE_KEYS:
        value = r.labels.get(key)
        if value is not None:
            date.fromisoformat(str(value))
    contact = r.labels.get("new_contact")
    if contact is not None and str(contact) not in r.body.lower():
        raise SystemExit(f"{r.key}: new_contact not in the text")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    for r in REPLIES:
        check_reply(r)
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
    per_intent = Counter(str(label["intent"]) for _, _, label in items)
    if set(per_intent.values()) != {12} or len(per_intent) != len(INTENTS):
        raise SystemExit(f"expected 12 messages per intent, got {dict(per_intent)}")
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
