# ruff: noqa: E501, RUF001
# The hand-written text below keeps one paragraph a line, the way mail clients send it, with the
# typographic dashes, apostrophes and emoji that people and their phones really type.
"""Build the held-out reply corpus 26: `h26-NNN.eml` files and `labels.jsonl`.

Every message could land in the receivables mailbox of Korvet Scaffolding (scaffolding hire and
site safety equipment) after it sent an overdue reminder. The new text of each message is written
by hand in this file. The code only adds what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings, and the machine parts of delivery reports. It writes next to itself, deterministically:
fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
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

HERE = Path(__file__).resolve().parent
PREFIX = "h26"
SEED = 26_112_318
AR_NAME = "Korvet Receivables"
AR_ADDR = "receivables@korvet-scaffolding.example"
AR_DOMAIN = "korvet-scaffolding.example"
AR_MTA = "mail.korvet-scaffolding.example"
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
INTENT_CODES = {
    "payment_sent": "ps",
    "promise_to_pay": "pp",
    "dispute": "di",
    "payment_plan": "pl",
    "invoice_request": "ir",
    "wrong_contact": "wc",
    "unsubscribe": "un",
    "auto_reply": "ar",
    "bounce": "bo",
    "other": "ot",
}
INVOICE_NUMBER = re.compile(r"\bKS ?26[-/ ]?(\d{5})\b")
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
# Locale tables: how each client writes dates and quote headers in each language
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

ATTR_GMAIL = {
    "en": "On {wda}, {moa} {d}, {y} at {h12}:{mi} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {moa} {y} um {HH}:{mi} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {moa} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mi}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mi} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mi} {name} <{addr}> ha scritto:",
}
ATTR_APPLE = {
    "en": "On {d} {moa} {y}, at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mi} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mi}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mi}, {name} <{addr}> ha scritto:",
}
ATTR_THUNDERBIRD = {
    "en": "On {dd}/{mo}/{y} {HH}:{mi}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mi} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mi}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mi}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mi} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mi}, {name} ha scritto:",
}
ATTR_ROUNDCUBE = {
    "en": "On {y}-{mo}-{dd} {HH}:{mi}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mi}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mi}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mi}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mi}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mi} {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {mol} {y} {HH}:{mi}",
    "de": "{wdl}, {d}. {mol} {y} {HH}:{mi}",
    "fr": "{wdl} {d} {mol} {y} {HH}:{mi}",
    "es": "{wdl}, {d} de {mol} de {y} {H}:{mi}",
    "nl": "{wdl} {d} {mol} {y} {HH}:{mi}",
    "it": "{wdl} {d} {mol} {y} {HH}:{mi}",
}
# separator line, then the From, Sent, To and Subject labels, then the label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
# Samsung Email: separator, From, Date, To, Subject, separator
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
OUTLOOK_MOBILE_SIG = {
    "ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
}

# --------------------------------------------------------------------------------------------
# The reminder Korvet sent (what the replies quote and the bounces return)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Reminder: invoice {inv} is past due",
    "de": "Erinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : la facture {inv} est échue",
    "es": "Recordatorio: la factura {inv} está vencida",
    "nl": "Herinnering: factuur {inv} is vervallen",
    "it": "Promemoria: la fattura {inv} è scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the following invoice is now past due:\n\n"
        "  Invoice: {inv}\n  Invoice date: 16/10/2026\n  Due date: 15/11/2026\n  Balance: {amt}\n\n"
        "If you have already paid, thank you – please reply with the payment date and reference so that we can allocate it. If something is wrong with the invoice (hire period, off-hire date, collection, lost or damaged items), reply to this e-mail and we will look into it straight away.\n\n"
        "Regards,\n\n"
        "Accounts Receivable\nKorvet Scaffolding Ltd\nScaffolding hire · Site safety equipment\n"
        "Tel. 0161 496 0372 · receivables@korvet-scaffolding.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie daran erinnern, dass die folgende Rechnung inzwischen überfällig ist:\n\n"
        "  Rechnung: {inv}\n  Rechnungsdatum: 16.10.2026\n  Fällig am: 15.11.2026\n  Offener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Stimmt etwas mit der Rechnung nicht (Mietdauer, Abmeldung, Abholung, fehlendes oder beschädigtes Material), antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nKorvet Scaffolding\nGerüstvermietung · Arbeitsschutz für die Baustelle"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous est arrivée à échéance :\n\n"
        "  Facture : {inv}\n  Date de facture : 16/10/2026\n  Échéance : 15/11/2026\n  Solde dû : {amt}\n\n"
        "Si vous avez déjà réglé, merci ; pourriez-vous nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher ? En cas de problème sur la facture (durée de location, date de fin de location, enlèvement, matériel manquant ou endommagé), répondez simplement à ce message.\n\n"
        "Cordialement,\n\n"
        "Service recouvrement\nKorvet Scaffolding\nLocation d'échafaudages · Équipements de sécurité de chantier"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha vencido:\n\n"
        "  Factura: {inv}\n  Fecha de factura: 16/10/2026\n  Vencimiento: 15/11/2026\n  Importe pendiente: {amt}\n\n"
        "Si ya ha efectuado el pago, muchas gracias; indíquenos por favor la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura (periodo de alquiler, fecha de baja, recogida, material perdido o dañado), responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nKorvet Scaffolding\nAlquiler de andamios · Equipos de seguridad para obra"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Graag herinneren wij u eraan dat de volgende factuur inmiddels vervallen is:\n\n"
        "  Factuur: {inv}\n  Factuurdatum: 16-10-2026\n  Vervaldatum: 15-11-2026\n  Openstaand bedrag: {amt}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor; wilt u ons de betaaldatum en het betalingskenmerk laten weten, zodat wij de betaling kunnen koppelen? Klopt er iets niet aan de factuur (huurperiode, afmelddatum, ophalen, vermist of beschadigd materiaal), beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nKorvet Scaffolding\nSteigerverhuur · Veiligheidsmiddelen voor de bouw"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che la seguente fattura risulta scaduta:\n\n"
        "  Fattura: {inv}\n  Data fattura: 16/10/2026\n  Scadenza: 15/11/2026\n  Importo da saldare: {amt}\n\n"
        "Se avete già provveduto al pagamento vi ringraziamo e vi chiediamo di indicarci data e riferimento del bonifico, così da poterlo abbinare. Se qualcosa non torna nella fattura (periodo di noleggio, data di fine noleggio, ritiro, materiale mancante o danneggiato), basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nKorvet Scaffolding\nNoleggio ponteggi · Dispositivi di sicurezza per cantieri"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,416.80",
    "de": "3.118,40 €",
    "fr": "1 874,50 €",
    "es": "2.260,00 €",
    "nl": "€ 1.493,75",
    "it": "€ 2.085,60",
}
DEFAULT_INVOICE = {
    "en": "KS26-03318",
    "de": "KS26-04127",
    "fr": "KS26-05206",
    "es": "KS26-06188",
    "nl": "KS26-05870",
    "it": "KS26-07215",
}
# What a single-byte client sends for characters its charset does not have.
NARROW_FIXES = {"–": "-", "—": "-", "’": "'", "…": "...", "€": "EUR"}


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message answering a reminder: author, time, client, text and labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder answered, when it differs from the reply
    loc: str = ""  # language of the client's quote header, when it differs from the reply
    inv: str = ""
    amt: str = ""
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    cc: str = ""
    sent_to: tuple[str, str] | None = None  # where the reminder went, when not to the writer
    thread: bool = True
    days_before: int = 1

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or DEFAULT_INVOICE[self.reminder_lang]

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, identifiers, text
# --------------------------------------------------------------------------------------------


def date_parts(loc: str, dt: datetime) -> dict[str, str]:
    return {
        "wda": DAY_ABBR[loc].split()[dt.weekday()],
        "wdl": DAY_NAMES[loc].split()[dt.weekday()],
        "moa": MONTH_ABBR[loc].split()[dt.month - 1],
        "mol": MONTH_NAMES[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mi": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fill(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_parts(loc, dt), **extra)


def reminder_sent(reply: datetime, days_before: int) -> datetime:
    """Reminders go out in a morning run on a working day before the reply, in UTC."""
    day = reply.astimezone(UTC) - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + day.day % 11, second=day.day * 2 % 60)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hextoken(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def reminder_msgid(key: str) -> str:
    return f"<ks.{hextoken(key, 'reminder', 16)}.ar@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.style.startswith("gmail") or r.style == "bottom":
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:38]
        return f"<CAK{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        region = raw[3] % 9 + 1
        host = f"{['DB9', 'AM0', 'PA4', 'VI1', 'AS8'][raw[4] % 5]}PR0{region}MB{1000 + raw[5] * 31 % 9000}"
        return f"<{token(r.key, 'ms', 30)}@{host}.eurprd0{region}.prod.outlook.com>"
    if r.style in APPLE_FAMILY:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style in THUNDERBIRD_FAMILY:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "samsung":
        return f"<{hextoken(r.key, 'sm', 10)}.{raw[5] * 131}.{hextoken(r.key, 'sm2', 8)}@email.android.com>"
    return f"<{hextoken(r.key, 'id', 20)}@{domain}>"


def narrow(text: str, charset: str) -> str:
    """What a single-byte client does to characters its charset lacks."""
    if charset.lower() == "utf-8":
        return text
    for wide, plain in NARROW_FIXES.items():
        try:
            wide.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(wide, plain)
    return text


def quote_plain(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_br(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{html_br(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    return "\n".join(
        f'<div dir="auto">{html.escape(line, quote=False) or "<br>"}</div>'
        for line in text.split("\n")
    )


def word_paras(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quoted lines stay as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(piece + " " for piece in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME pieces
# --------------------------------------------------------------------------------------------


def make_charset(name: str, cte: str) -> email_charset.Charset:
    charset = email_charset.Charset(name)
    # 0 (no encoding) makes the email package send the text as 7bit or 8bit
    charset.body_encoding = {
        "qp": email_charset.QP,
        "b64": email_charset.BASE64,
        "8bit": 0,
        "7bit": 0,
    }[cte]
    return charset


def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    use = charset if charset.lower() != "us-ascii" else "utf-8"
    try:
        value.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, use, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def move_content_headers_down(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird_html": "------------",
    "samsung": "--_com.samsung.android.email_",
}


def set_boundaries(msg: Message, key: str, style: str) -> None:
    prefix = "_000_" if style in OUTLOOK_FAMILY else BOUNDARY_STYLE.get(style, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if prefix == "000000000000":
            tail = hextoken(key, f"b{n}", 16)
        elif prefix == "--_com.samsung.android.email_":
            tail = str(int(hextoken(key, f"b{n}", 12), 16))
        else:
            tail = token(key, f"b{n}", 24)
        part.set_boundary(prefix + tail)


def finalize(msg: Message, key: str, style: str) -> Message:
    move_content_headers_down(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # in the replying client's time zone
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = narrow(reminder_subject(r.reminder_lang, r.invoice), r.charset)
    text = narrow(reminder_text(r.reminder_lang, r.invoice, r.amt), r.charset)
    sent = reminder_sent(r.dt, r.days_before).astimezone(r.dt.tzinfo)
    name, addr = r.sent_to or r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, sent, r.client_lang, to)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fill(OUTLOOK_SENT[q.loc], q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def samsung_date(q: Quote) -> str:
    offset = q.sent.strftime("%z")
    gmt = f"GMT{offset[:3]}:{offset[3:]}"
    layout = {"de": "{dd}.{mo}.{y} {HH}:{mi}", "nl": "{dd}-{mo}-{y} {HH}:{mi}"}
    return fill(layout.get(q.loc, "{dd}/{mo}/{y} {HH}:{mi}"), q.loc, q.sent) + f" ({gmt})"


def samsung_block(q: Quote) -> tuple[str, list[str]]:
    head, frm, date, to, subj, sep = SAMSUNG_LABELS[q.loc]
    rows = [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}> ",
        f"{date}{sep}{samsung_date(q)} ",
        f"{to}{sep}{q.to} ",
        f"{subj}{sep}{q.subject} ",
    ]
    return head, rows


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def style_outlook(r: Reply, q: Quote) -> Message:
    head = OUTLOOK_LABELS[q.loc][0]
    text = f"{r.body}\n\n{head}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_document(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_rows(q)
    )
    lang_attr = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paras(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_document(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def owa_markup(r: Reply, q: Quote, body_html: str) -> str:
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value, quote=False)}"
        for label, value in outlook_rows(q)
    )
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f"{body_html}\n"
        '<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{rows}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_br(q.text)}</div>\n'
        "</span></font></div>\n</body>\n</html>\n"
    )


def style_owa(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    body_html = (
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
        f'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_br(r.body)}</div>'
    )
    return alternative(plain, owa_markup(r, q, body_html), r.charset, r.cte)


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_MOBILE_SIG["ios"][r.lang]
    plain = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    body_html = (
        f'<div dir="ltr">{html_br(r.body)}</div>\n<div dir="ltr"><br></div>\n'
        '<div id="ms-outlook-mobile-signature" dir="ltr">'
        f'<div dir="ltr">{html.escape(sig)}</div></div>'
    )
    return alternative(plain, owa_markup(r, q, body_html), r.charset, "b64")


def style_outlook_android(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_MOBILE_SIG["android"][r.lang]
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    return fill(ATTR_GMAIL[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_plain(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_br(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_plain(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    text = f"{gmail_attr(q)}\n\n{quote_plain(q.text)}\n\n{r.body}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attr(q: Quote) -> str:
    return fill(ATTR_APPLE[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_plain(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_plain(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_divs(r.body)}<div><br></div>"
        f'<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q), quote=False)}</div><br class="Apple-interchange-newline">'
        f"<div>{html_paras(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def iphone_plain(r: Reply, q: Quote) -> str:
    quoted = quote_plain(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[r.lang]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_plain(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto">{html_divs(r.body)}<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[r.lang]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q), quote=False)}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{html_paras(q.text)}</div></blockquote></div></body></html>\n'
    )
    return alternative(iphone_plain(r, q), markup, r.charset, r.cte)


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG_SIG[r.lang]
    head, rows = samsung_block(q)
    plain = f"{r.body}\n\n\n{sig}\n\n{head}\n" + "\n".join(rows) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'{html_divs(r.body)}<div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html.escape(head)}</div>"
        + "".join(f"<div>{html.escape(row, quote=False)}</div>" for row in rows)
        + f"<div><br></div></div>{html_paras(q.text)}</body></html>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def thunderbird_attr(q: Quote) -> str:
    return fill(ATTR_THUNDERBIRD[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    if r.charset == "utf-8":
        text = f"{flowed(r.body)}\n\n{thunderbird_attr(q)}\n{quote_plain(q.text)}\n"
        part = text_part(text, "plain", r.charset, r.cte)
        part.set_param("format", "flowed")
        return part
    return text_part(
        f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_plain(q.text)}\n", "plain", r.charset, r.cte
    )


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    attr = thunderbird_attr(q)
    plain = f"{flowed(r.body)}\n\n{attr}\n{quote_plain(q.text)}\n"
    paras = "\n".join(f"    <p>{html_br(p)}</p>" for p in r.body.split("\n\n"))
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset.upper()}">\n'
        "  </head>\n  <body>\n"
        f"{paras}\n"
        f'    <div class="moz-cite-prefix">{html.escape(attr, quote=False)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{reminder_msgid(r.key)[1:-1]}">\n'
        f"{html_paras(q.text)}\n    </blockquote>\n  </body>\n</html>\n"
    )
    outer = alternative(plain, markup, r.charset, r.cte)
    payload = outer.get_payload()
    if isinstance(payload, list) and isinstance(payload[0], Message):
        payload[0].set_param("format", "flowed")
        move_content_headers_down(payload[0])
    return outer


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fill(ATTR_ROUNDCUBE[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        f"{flowed(r.body)}\n\n{attr}\n{quote_plain(q.text)}\n", "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and fresh messages quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q  # the body is the whole HTML document, written by hand
    return text_part(r.body, "html", r.charset, r.cte)


def style_oof(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: no quote, plain text and a thin HTML twin."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        '<body>\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n'
        f"{html_paras(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return alternative(r.body + "\n", markup, r.charset, r.cte)


def style_mdn(r: Reply, q: Quote) -> Message:
    """A read receipt (RFC 8098): the human part is hand-written, the report part generated."""
    human = text_part(r.body + "\n", "plain", r.charset, r.cte)
    fields = (
        f"Reporting-UA: {r.who[1].split('@')[1]}; Microsoft Outlook 16.0\n"
        f"Final-Recipient: rfc822;{r.who[1]}\n"
        f"Original-Message-ID: {reminder_msgid(r.key)}\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    disposition = Message()
    disposition["Content-Type"] = "message/disposition-notification"
    disposition.set_payload(fields)
    outer = MIMEMultipart("report", report_type="disposition-notification")
    outer.attach(human)
    outer.attach(disposition)
    del q
    return outer


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_ios": style_outlook_ios,
    "outlook_android": style_outlook_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "samsung": style_samsung,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "roundcube": style_roundcube,
    "none": style_none,
    "notice_html": style_notice_html,
    "oof": style_oof,
    "mdn": style_mdn,
}
OUTLOOK_FAMILY = {
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "oof",
    "mdn",
}
APPLE_FAMILY = {"apple", "apple_html", "iphone", "iphone_html"}
THUNDERBIRD_FAMILY = {"thunderbird", "thunderbird_html"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
    "thunderbird_html": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in {"outlook", "outlook_html", "html_only", "owa"}:
        return OUTLOOK_RE[r.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
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
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR)
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.thread else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# Delivery reports: machine skeletons are generated, human-readable parts are written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    note: str | None = None
    delay_hours: int = 0  # how long after sending the report was written

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(hours=self.delay_hours, minutes=2)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def subject(self, charset: str = "utf-8") -> str:
        return narrow(reminder_subject(self.rlang, self.inv), charset)

    def reminder(self) -> Message:
        """The reminder exactly as Korvet sent it."""
        text = reminder_text(self.rlang, self.inv, "")
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = mailbox(AR_NAME, AR_ADDR)
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(reminder_subject(self.rlang, self.inv), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["Auto-Submitted"] = "auto-generated"
        move_content_headers_down(msg)
        return msg


def dsn_part(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    extra_message_fields: tuple[str, ...] = (),
    diag_type: str = "smtp",
) -> Message:
    """message/delivery-status (RFC 3464): one per-message block, one per-recipient block."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        *extra_message_fields,
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def headers_part(b: Bounce) -> Message:
    """text/rfc822-headers: the returned reminder's header block only."""
    rem = b.reminder()
    text = "".join(
        f"{name}: {value}\n"
        for name, value in rem.items()
        if name not in {"Content-Transfer-Encoding", "MIME-Version", "Content-Type"}
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message], descriptions: tuple[str, ...] = ()) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for n, part in enumerate(parts):
        if n < len(descriptions):
            part["Content-Description"] = descriptions[n]
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    charset: str = "utf-8",
    style: str = "bounce",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{hextoken(b.key, 'bounce', 12)}.{token(b.key, 'q', 8)}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, style)


def exchange_alternative(
    *, intro: str, reason: str, admin: str, server: str, diag: str, charset: str, footer: str = ""
) -> Message:
    """The human part of an Exchange non-delivery or delay report."""
    text = f"{intro}\n\n{reason}\n\n\n\n{admin}\n\n{server}\n\n{diag}\n"
    if footer:
        text += f"\n{footer}\n"
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        "<style>.rmsg { font-family: Segoe UI, Frutiger, Arial, sans-serif; font-size: 15px; }</style>\n"
        '</head>\n<body dir="ltr" lang="en-US">\n'
        f'<p class="rmsg"><b><font color="#000000">{html_br(intro)}</font></b></p>\n'
        f'<p class="rmsg">{html_br(reason)}</p>\n<br>\n<br>\n'
        f'<p style="font-family:Consolas,monospace;font-size:13px"><b>{html.escape(admin)}</b><br>\n'
        f"{html_br(server)}<br>\n<br>\n{html_br(diag)}</p>\n"
        + (f"<p>{html_br(footer)}</p>\n" if footer else "")
        + "</body>\n</html>\n"
    )
    return alternative(text, markup, charset, "qp")


EXCHANGE_ONLINE = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@korvet-scaffolding.example>"


def postfix_human(host: str, problem: str, warning: bool = False) -> str:
    lines = [f"This is the mail system at host {host}.", ""]
    if warning:
        lines += [
            "#" * 68,
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
            "#" * 68,
            "",
            "Your message could not be delivered for more than 4 hour(s).",
            "It will be retried until it is 5 day(s) old.",
        ]
    else:
        lines += [
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.",
        ]
    lines += [
        "",
        "For further assistance, please send mail to postmaster.",
        "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.",
        "",
        "                   The mail system",
        "",
        problem,
    ]
    return "\n".join(lines) + "\n"


def postfix_fields(b: Bounce) -> tuple[str, ...]:
    return (
        f"X-Postfix-Queue-ID: {token(b.key, 'queue', 11)}",
        f"X-Postfix-Sender: rfc822; {AR_ADDR}",
    )


def bounce_postfix_unknown(b: Bounce) -> Message:
    problem = (
        f"<{b.rcpt}>: host mx1.{b.domain}[203.0.113.58]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(postfix_human(AR_MTA, problem), "plain", "us-ascii", "7bit"),
        dsn_part(
            b,
            AR_MTA,
            "failed",
            diag,
            remote=f"mx1.{b.domain}",
            extra_message_fields=postfix_fields(b),
        ),
        MIMEMessage(b.reminder()),
    ]
    msg = report(parts, ("Notification", "Delivery report", "Undelivered Message"))
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    problem = f"<{b.rcpt}>: connect to mx.{b.domain}[198.51.100.80]:25: Connection\n    timed out"
    diag = f"connect to mx.{b.domain}[198.51.100.80]:25: Connection timed out"
    parts = [
        text_part(postfix_human(AR_MTA, problem, warning=True), "plain", "us-ascii", "7bit"),
        dsn_part(
            b,
            AR_MTA,
            "delayed",
            diag,
            extra_message_fields=postfix_fields(b),
            diag_type="X-Postfix",
        ),
        headers_part(b),
    ]
    msg = report(parts, ("Notification", "Delivery report", "Undelivered Message Headers"))
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mail.budgethost-uk.example"
    stamp = b.sent.strftime("%-d %b %Y %H:%M:%S -0000")
    copy = b.reminder().as_string().rstrip("\n") + "\n"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28841 invoked from network); {stamp}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (192.0.2.25)\n"
        f"  by {host} with SMTP; {stamp}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_provider_de(b: Bounce) -> Message:
    host = "mx02.baupost-mail.example"
    text = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:\n\n"
        f"    {b.rcpt}\n\n"
        "Grund: Die Empfängeradresse existiert nicht.\n"
        f"Antwort des Servers: 550 5.1.1 <{b.rcpt}>: Empfänger unbekannt / user unknown\n\n"
        "Dies ist ein dauerhafter Fehler. Es werden keine weiteren Zustellversuche unternommen.\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n\n"
        "-- \nBaupost Mail - Postmaster\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Empfänger unbekannt / user unknown".replace("ä", "ae")
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        dsn_part(b, host, "failed", diag),
        headers_part(b),
    ]
    sender = f"Mail Delivery System <MAILER-DAEMON@{host}>"
    return finish(
        b,
        report(parts),
        sender,
        f"Nicht zustellbar: {b.subject('iso-8859-1')}",
        charset="iso-8859-1",
    )


def bounce_exchange_full_de(b: Bounce) -> Message:
    server = f"EXCH01.{b.domain}"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception"
    human = exchange_alternative(
        intro=f"Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n{b.rcpt}",
        reason="Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten empfangen. Versuchen Sie es später erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"{b.rcpt}\n{server}\nRemote Server returned '{diag}'",
        charset="iso-8859-1",
    )
    parts = [human, dsn_part(b, server, "failed", diag), MIMEMessage(b.reminder())]
    sender = f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"
    return finish(
        b,
        report(parts),
        sender,
        f"Unzustellbar: {b.subject('iso-8859-1')}",
        charset="iso-8859-1",
        style="oof",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    host = "smtp-relais.fibrenet-pro.example"
    sent = fill("{wda}. {dd} {moa} {y} {HH}:{mi}", "fr", b.sent)
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur {host}.\n\n"
        "Le message que vous avez envoyé n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine\n"
        f"(452 4.2.2 <{b.rcpt}>: Mailbox full / boîte pleine).\n\n"
        "Nous réessaierons de remettre ce message pendant 72 heures. Vous n'avez rien à faire pour l'instant ; si la remise échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet du message : {b.subject('iso-8859-1')}\n"
        f"Envoyé le : {sent}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        f"Serveur de messagerie <postmaster@{host}>",
        "Avis de retard de remise du message",
        charset="iso-8859-1",
    )


def gmail_human(paragraphs: list[str]) -> Message:
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        '<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
        + "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
        + "</body>\n</html>\n"
    )
    return alternative(plain, markup, "utf-8", "qp")


def bounce_gmail_es(b: Bounce) -> Message:
    response = (
        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43c8e4a2b19si7731245e9.61 - gsmtp"
    )
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta fue:",
            response,
        ]
    )
    parts = [
        human,
        dsn_part(b, "mx.google.com", "failed", response, remote="gmail-smtp-in.l.google.com"),
        headers_part(b),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        style="gmail",
    )


def bounce_exchange_delay_es(b: Bounce) -> Message:
    server = "DB8PR02MB5514.eurprd02.prod.outlook.com"
    diag = "400 4.4.7 Message delayed"
    subject = b.subject()
    human = exchange_alternative(
        intro=f"La entrega se ha retrasado a estos destinatarios o grupos:\n\n{b.rcpt}",
        reason=f"Asunto: {subject}\n\nEste mensaje todavía no se ha entregado. Seguiremos intentándolo.\n\nEl servidor intentará entregar el mensaje durante 1 día y 18 horas más. No tiene que hacer nada; le avisaremos si no se puede entregar.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diag=f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        charset="utf-8",
    )
    parts = [human, dsn_part(b, server, "delayed", diag), headers_part(b)]
    return finish(b, report(parts), EXCHANGE_ONLINE, f"Entrega retrasada: {subject}", style="oof")


def zakelijk_text(body: str) -> str:
    return f"Dit is een automatisch bericht van de mailserver smtp.zakelijkmail.example.\n\n{body}\n\nMet vriendelijke groet,\nZakelijk Mail - Servicedesk\n"


def bounce_relay_nl_nohost(b: Bounce) -> Message:
    host = "smtp.zakelijkmail.example"
    lookup = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    text = zakelijk_text(
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"  {b.rcpt}\n\n"
        f"Reden: het domein {b.domain} bestaat niet of heeft geen mailserver.\n({lookup})\n\n"
        "Dit is een permanente fout; er worden geen nieuwe pogingen gedaan.\n"
        "Het oorspronkelijke bericht is als bijlage toegevoegd."
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        dsn_part(b, host, "failed", lookup, diag_type="X-Postfix"),
        MIMEMessage(b.reminder()),
    ]
    sender = f"Mail Delivery System <MAILER-DAEMON@{host}>"
    return finish(b, report(parts), sender, f"Onbestelbaar bericht: {b.subject()}")


def bounce_relay_nl_greylist(b: Bounce) -> Message:
    host = "smtp.zakelijkmail.example"
    answer = "451 4.7.1 Greylisted, please try again in 900 seconds"
    text = zakelijk_text(
        "LET OP: dit is alleen een waarschuwing. U hoeft uw bericht niet opnieuw te versturen.\n\n"
        f"Uw bericht aan {b.rcpt} kon na 4 uur nog niet worden afgeleverd. De ontvangende server weigert het bericht tijdelijk:\n\n"
        f"  mx.{b.domain}[198.51.100.141] zei: {answer}\n\n"
        "Wij blijven het bericht aanbieden tot 5 dagen na verzending."
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        dsn_part(b, host, "delayed", answer, remote=f"mx.{b.domain}"),
        headers_part(b),
    ]
    sender = f"Mail Delivery System <MAILER-DAEMON@{host}>"
    return finish(b, report(parts), sender, "Vertraagde bezorging (wordt opnieuw geprobeerd)")


def bounce_exchange_it(b: Bounce) -> Message:
    server = "VI1PR03MB4471.eurprd03.prod.outlook.com"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = exchange_alternative(
        intro=f"Impossibile recapitare il messaggio ai destinatari o ai gruppi seguenti:\n\n{b.rcpt}",
        reason="L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare l'help desk.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {server}",
        diag=f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        charset="utf-8",
    )
    parts = [human, dsn_part(b, server, "failed", diag), headers_part(b)]
    return finish(
        b, report(parts), EXCHANGE_ONLINE, f"Non recapitabile: {b.subject()}", style="oof"
    )


def bounce_provider_it_raw(b: Bounce) -> Message:
    """An old system: no MIME headers at all, the body in raw 8-bit Latin-1."""
    host = "mx.cantierimail.example"
    rem = b.reminder()
    text = (
        f"Messaggio generato automaticamente dal sistema di posta {host}\n\n"
        f"Il messaggio inviato a {b.rcpt} non è ancora stato consegnato:\n"
        "la casella del destinatario ha superato lo spazio disponibile (452 4.2.2 Mailbox over quota).\n\n"
        "Il sistema proverà di nuovo la consegna nei prossimi 4 giorni. Non è necessario alcun intervento.\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        + "".join(
            f"{name}: {rem[name]}\n" for name in ("From", "To", "Subject", "Date", "Message-ID")
        )
    )
    msg = Message()
    msg.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
    return finish(
        b,
        msg,
        f"Sistema di posta <postmaster@{host}>",
        f"Consegna ritardata: {b.subject('iso-8859-1')}",
        charset="iso-8859-1",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@hallamroofing.example",
            "2026-11-24 08:33 +0000",
            "en",
            "KS26-03415",
            "Postfix DSN with the full returned message",
        ),
        bounce_postfix_unknown,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "pete@pjbuildingservices.example",
            "2026-12-01 08:35 +0000",
            "en",
            "KS26-03688",
            "qmail bounce, not MIME; the status comes from '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "office@oakfieldlofts.example",
            "2026-12-09 12:36 +0000",
            "en",
            "KS26-03901",
            "Postfix delay warning (action: delayed)",
            delay_hours=4,
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "buchhaltung@dachdeckerei-brandl.example",
            "2026-11-26 09:34 +0100",
            "de",
            "KS26-04251",
            "German provider DSN with text/rfc822-headers, Latin-1 human part",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "5.2.2",
            "rechnung@malerbetrieb-krause.example",
            "2026-12-15 09:36 +0100",
            "de",
            "KS26-04566",
            "mailbox full reported with a 5.x code by an on-premises Exchange: soft (README rule), the code is kept",
        ),
        bounce_exchange_full_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "contact@ravalement-moreau.example",
            "2026-12-04 13:40 +0100",
            "fr",
            "KS26-05475",
            "French relay's delay notice, single text/plain part in Latin-1, not RFC 3464",
            delay_hours=4,
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "reformas.jimenez.valencia@gmail.com",
            "2026-11-30 09:33 +0100",
            "es",
            "KS26-06142",
            "Gmail DSN in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.7",
            "administracion@construcciones-alcaraz.example",
            "2026-12-10 15:36 +0100",
            "es",
            "KS26-06268",
            "Exchange Online delay notice in Spanish",
            delay_hours=6,
        ),
        bounce_exchange_delay_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.2",
            "administratie@schildersbedrijf-vandam.example",
            "2026-11-25 09:35 +0100",
            "nl",
            "KS26-05861",
            "Dutch relay: the recipient's domain has no mail server",
        ),
        bounce_relay_nl_nohost,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.7.1",
            "info@dakwerken-peeters.example",
            "2026-12-16 13:37 +0100",
            "nl",
            "KS26-06021",
            "Dutch relay's delay warning: greylisting",
            delay_hours=4,
        ),
        bounce_relay_nl_greylist,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.10",
            "contabilita@impresa-moretti.example",
            "2026-12-03 09:34 +0100",
            "it",
            "KS26-07251",
            "Exchange Online NDR in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "geom.bianchi@bianchi-costruzioni.example",
            "2026-12-17 13:33 +0100",
            "it",
            "KS26-07380",
            "non-MIME Italian delay notice with a raw 8-bit Latin-1 body",
            delay_hours=4,
        ),
        bounce_provider_it_raw,
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")
RECEIPT_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
    b"trailer <</Size 4 /Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT: list[Reply] = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dave Pennock", "dave@pennockroofing.example"),
        "2026-11-24 07:12 +0000",
        "iphone",
        "Paid.",
        lab(note="a bare 'Paid.' answering a reminder is a payment claim; no date given"),
        inv="KS26-03402",
        amt="£684.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Marshgate Homes Accounts Payable", "ap-noreply@marshgatehomes.example"),
        "2026-12-01 06:15 +0000",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance Advice</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        '<table width="640" cellpadding="4" cellspacing="0" border="0">\n'
        '<tr><td style="font-size:14pt;font-weight:bold">Marshgate Homes – Remittance Advice</td></tr>\n'
        "<tr><td>Supplier: KORVET SCAFFOLDING LTD (supplier no. 30417)<br>\nPayment date: 01/12/2026<br>\nPayment method: BACS<br>\nPayment reference: PAY-4410938</td></tr>\n"
        "</table>\n"
        '<table width="640" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">\n'
        '<tr style="background:#dde4ee"><th align="left">Your invoice</th><th align="left">Invoice date</th><th align="left">Our order</th><th align="right">Amount (GBP)</th></tr>\n'
        '<tr><td>KS26-03318</td><td>16/10/2026</td><td>MH-PO-55201</td><td align="right">2,416.80</td></tr>\n'
        '<tr><td>KS26-03460</td><td>23/10/2026</td><td>MH-PO-55262</td><td align="right">1,150.20</td></tr>\n'
        '<tr><td colspan="3" align="right"><b>Total paid</b></td><td align="right"><b>3,567.00</b></td></tr>\n'
        "</table>\n"
        "<p>Funds should reach your account within two working days of the payment date. Please send any query about this remittance to payables@marshgatehomes.example, quoting the payment reference.</p>\n"
        '<p style="font-size:8pt;color:#666666">This message was generated automatically by the Marshgate Homes finance system. Replies to this address are not read.<br>\n'
        "Marshgate Homes is a registered housing association. Registered office: 12 Canal Wharf, Rotherbridge RB4 7QX.</p>\n"
        "</body></html>\n",
        lab(
            ("KS26-03318", "KS26-03460"),
            paid_date="2026-12-01",
            payment_reference="PAY-4410938",
            amount="3567.00",
            currency="GBP",
            note="remittance advice from a housing association's AP system, not threaded, HTML only; the amount is the total of both invoices; the queries address is not a new contact",
        ),
        subject="Remittance Advice – PAY-4410938 – KORVET SCAFFOLDING LTD",
        thread=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "PayablesHub Notifier 7.2")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Kev Marsh", "kevmarsh.builder@gmail.com"),
        "2026-12-09 18:41 +0000",
        "samsung",
        "done",
        lab(note="a bare 'done' answering a reminder: payment_sent, no date"),
        inv="KS26-03977",
        amt="£312.50",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Krüger", "s.krueger@malerbetrieb-hollmann.example"),
        "2026-11-30 10:14 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung KS26-04127 über 3.118,40 € haben wir am Freitag, den 27.11.2026, per Überweisung beglichen. Als Verwendungszweck haben wir die Rechnungsnummer und unsere Kundennummer 20877 angegeben.\n\nBitte prüfen Sie den Zahlungseingang – vermutlich hat sich Ihre Erinnerung mit unserer Zahlung überschnitten.\n\nMit freundlichen Grüßen\n\nSabine Krüger\nBuchhaltung\n\nMalerbetrieb Hollmann GmbH\nIndustriestraße 14 · 34999 Nordheim\nTel. 05609 555 0184\nGeschäftsführer: Jörg Hollmann · Registergericht Nordheim HRB 4711",
        lab(
            ("KS26-04127",),
            paid_date="2026-11-27",
            amount="3118.40",
            currency="EUR",
            note="the Verwendungszweck is the invoice number plus the customer number, not a separate payment reference",
        ),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jens Ohlsen", "jens.ohlsen@dachbau-ohlsen.example"),
        "2026-12-03 06:52 +0100",
        "iphone",
        "Moin, hab gestern überwiesen.\nGruß Jens",
        lab(
            paid_date="2026-12-02",
            note="roofer on his phone; 'gestern' is the day before the message",
        ),
        inv="KS26-04288",
        amt="845,00 €",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Perrin", "n.perrin@logis-troisrivieres.example"),
        "2026-12-07 09:30 +0100",
        "outlook",
        "Bonjour,\n\nLe règlement de votre facture KS26-05512 a été effectué par virement le 4 décembre 2026, pour un montant de 7 240,00 EUR.\nRéférence du virement : VIR-LTR-2026-118734\n\nLe virement peut mettre 48 heures à apparaître sur votre compte. Merci de ne pas tenir compte de la relance.\n\nCordialement,\n\nNathalie Perrin\nService Comptabilité Fournisseurs\nLogis des Trois Rivières - Office public de l'habitat\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.",
        lab(
            ("KS26-05512",),
            paid_date="2026-12-04",
            payment_reference="VIR-LTR-2026-118734",
            amount="7240.00",
            currency="EUR",
            note="social housing landlord's accounts payable; Latin-1 client",
        ),
        inv="KS26-05512",
        amt="7 240,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Mehdi Bensaïd", "mbensaid.peinture@gmail.com"),
        "2026-11-30 08:05 +0100",
        "gmail_plain",
        "Bonjour\nC'est réglé depuis vendredi, vous l'avez pas reçu ?\n\nMehdi Bensaïd\nBensaïd Peinture & Déco",
        lab(
            paid_date="2026-11-27",
            note="'depuis vendredi' on Monday 30 Nov is Friday 27 Nov; the question does not change the intent",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@reformasferrer.example"),
        "2026-12-10 12:02 +0100",
        "gmail",
        "Hola,\n\nHoy hemos hecho la transferencia de la factura KS26-06247 (1.836,90 €). Os adjunto el justificante del banco.\n\nUn saludo,\n\nLucía Ferrer\nAdministración · Reformas Ferrer e Hijos, S.L.\nTel. 961 000 482",
        lab(
            ("KS26-06247",),
            paid_date="2026-12-10",
            amount="1836.90",
            currency="EUR",
            note="bank receipt attached as a PDF",
        ),
        inv="KS26-06247",
        amt="1.836,90 €",
        attach=("justificante_transferencia_KS26-06247.pdf", RECEIPT_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Toni Galán", "toni@galan-cubiertas.example"),
        "2026-12-16 19:20 +0100",
        "outlook_android",
        "La 06188 la pagamos el lunes junto con la de las vallas. Revisadlo, por favor.\n\nToni",
        lab(
            ("KS26-06188",),
            paid_date="2026-12-14",
            note="short form '06188' normalised; 'el lunes' with a past verb on Wednesday 16 Dec is Monday 14 Dec",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Woonstichting De Linde", "noreply-betalingen@woonstichting-delinde.example"),
        "2026-12-11 05:30 +0100",
        "notice_html",
        '<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>\n'
        '<body style="font-family:Verdana,sans-serif;font-size:9pt">\n'
        "<p><b>Betaalspecificatie</b></p>\n"
        "<p>Crediteur: Korvet Scaffolding (crediteurnummer 118204)<br>\nBetaaldatum: 11-12-2026<br>\nBetalingskenmerk: 9120 4471 0038 5562</p>\n"
        '<table cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse;font-size:9pt">\n'
        '<tr><th align="left">Factuurnummer</th><th align="left">Omschrijving</th><th align="right">Bedrag</th></tr>\n'
        '<tr><td>KS26-05870</td><td>Steigerhuur Complex Molenwijk blok C</td><td align="right">&euro; 1.493,75</td></tr>\n'
        '<tr><td>KS26-05901</td><td>Valbeveiliging daken Molenwijk</td><td align="right">&euro; 689,70</td></tr>\n'
        '<tr><td>KS26-05944</td><td>Creditnota retour hekwerk</td><td align="right">&euro; -120,00</td></tr>\n'
        '<tr><td colspan="2" align="right"><b>Totaal overgemaakt</b></td><td align="right"><b>&euro; 2.063,45</b></td></tr>\n'
        "</table>\n"
        "<p>Dit bericht is automatisch verstuurd door de crediteurenadministratie van Woonstichting De Linde. U kunt niet op dit bericht reageren.</p>\n"
        "</body>\n</html>\n",
        lab(
            ("KS26-05870", "KS26-05901", "KS26-05944"),
            paid_date="2026-12-11",
            payment_reference="9120 4471 0038 5562",
            amount="2063.45",
            currency="EUR",
            note="housing association payment advice from its AP system, HTML only, Latin-1; the amount is the net transfer after a credit note",
        ),
        subject="Betaalspecificatie 11-12-2026 Korvet Scaffolding",
        charset="iso-8859-1",
        thread=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ruud Verschoor", "ruud@verschoorbouw.example"),
        "2026-11-25 20:14 +0100",
        "thunderbird",
        "Goedenavond,\n\nDeze is vorige week vrijdag al overgemaakt, samen met de huur van de bouwhekken. Wilt u het nog even nakijken?\n\nMvg,\nRuud Verschoor\nVerschoor Bouw & Onderhoud",
        lab(
            paid_date="2026-11-20",
            note="'vorige week vrijdag' on Wednesday 25 Nov is Friday 20 Nov",
        ),
        inv="KS26-05893",
        amt="€ 612,40",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Marchetti", "amministrazione@edilmarchetti.example"),
        "2026-11-26 11:48 +0100",
        "apple",
        "Buongiorno,\n\nabbiamo disposto ieri il bonifico a saldo della fattura KS26-07215, importo € 2.085,60.\nTRN: 0306 9123 4567 8812\n\nVi chiediamo cortesemente di verificare l'accredito nei prossimi giorni.\n\nCordiali saluti\n\nGiulia Marchetti\nUfficio amministrativo\nEdil Marchetti S.r.l.",
        lab(
            ("KS26-07215",),
            paid_date="2026-11-25",
            payment_reference="0306 9123 4567 8812",
            amount="2085.60",
            currency="EUR",
            note="'disposto il bonifico' (transfer ordered) is out of the customer's hands: sent",
        ),
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Gareth Lloyd", "gareth@lloydandprice-builders.example"),
        "2026-12-02 14:37 +0000",
        "outlook_html",
        "Hi,\n\nApologies – we're waiting on a valuation payment from the housing association for the Brook Street refurb. It's due to land on Friday and takes a couple of days to clear, so we'll settle KS26-03655 in full once the funds clear on Monday.\n\nIf anything changes I'll let you know.\n\nRegards,\n\nGareth Lloyd\nContracts Director\nLloyd & Price Builders Ltd\n07700 900418\n\nLloyd & Price Builders Ltd is registered in England and Wales, no. 09999123. This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it.",
        lab(
            ("KS26-03655",),
            promised_date="2026-12-07",
            note="event promise tied to a named day: 'once the funds clear on Monday' after Wednesday 2 Dec is Monday 7 Dec",
        ),
        inv="KS26-03655",
        amt="£3,940.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Lee Brady", "leebradybuilding@gmail.com"),
        "2026-11-25 12:48 +0000",
        "iphone",
        "will pay fri when my customer pays me. sorry for delay\nLee",
        lab(
            promised_date="2026-11-27",
            note="one-man builder on his phone; 'fri' after Wednesday 25 Nov",
        ),
        inv="KS26-03529",
        amt="£455.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Priya Nair", "priya.nair@thornbury-housing.example"),
        "2026-12-03 10:02 +0000",
        "owa",
        "Good morning,\n\nThank you for your reminder. Invoice KS26-03982 had been on hold awaiting the site manager's sign-off of the hire period; that has now been received and the invoice is authorised for payment.\n\nOur supplier payment runs are fortnightly, and this will be included in the next one on Thursday 10 December. A remittance advice will be sent to this address when the run is processed.\n\nKind regards,\n\nPriya Nair\nPurchase Ledger Officer | Finance\nThornbury Housing Group",
        lab(
            ("KS26-03982",),
            promised_date="2026-12-10",
            note="'authorised' is past, the payment run is future: promise on the run date",
        ),
        inv="KS26-03982",
        amt="£5,208.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Thomas Reindl", "t.reindl@reindl-bau.example"),
        "2026-12-01 15:20 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten die Verzögerung zu entschuldigen. Die Zahlung der o.g. Rechnung erfolgt bis spätestens 15.12.2026.\n\nMit freundlichen Grüßen\n\nThomas Reindl\nReindl Bau GmbH & Co. KG\nHoch- und Tiefbau\nAm Kieswerk 3, 84999 Unterreith",
        lab(
            promised_date="2026-12-15",
            note="'bis spätestens' a date → that date; old Latin-1 client sending 8-bit",
        ),
        inv="KS26-04360",
        amt="6.905,20 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Mirko Haas", "mirko@haas-bedachungen.example"),
        "2026-11-27 11:20 +0100",
        "iphone",
        "Mach ich morgen, bin grad aufm Dach",
        lab(promised_date="2026-11-28", note="roofer on his phone; 'morgen' is Saturday 28 Nov"),
        inv="KS26-04311",
        amt="1.260,00 €",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sébastien Roux", "contact@roux-peinture.example"),
        "2026-12-08 19:02 +0100",
        "iphone",
        "Bonsoir, je vous fais le virement d'ici vendredi, là j'attends le paiement d'un client.\nCdlt\nS. Roux",
        lab(
            promised_date="2026-12-11", note="'d'ici vendredi' after Tuesday 8 Dec is Friday 11 Dec"
        ),
        inv="KS26-05428",
        amt="980,00 €",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Claire Dumas", "c.dumas@habitat-cotesud.example"),
        "2026-12-04 11:15 +0100",
        "outlook_html",
        "Bonjour,\n\nLa facture KS26-05377 a été validée par le responsable de programme. Elle sera mise en paiement le 18 décembre, date de notre prochaine campagne de règlements fournisseurs.\n\nBien cordialement,\n\nClaire Dumas\nGestionnaire comptable – Pôle Fournisseurs\nHabitat Côte Sud\nTél. : 04 00 12 34 56\n\nPensez à l'environnement avant d'imprimer ce message.",
        lab(
            ("KS26-05377",),
            promised_date="2026-12-18",
            note="'validée' is past, 'mise en paiement le 18 décembre' is a future payment: promise; windows-1252 Outlook",
        ),
        inv="KS26-05377",
        amt="12 480,00 €",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Raúl Medina", "raul@medinaconstrucciones.example"),
        "2026-11-26 17:30 +0100",
        "gmail",
        "Buenas tardes:\n\nLo tengo pendiente, perdonad. Os lo pago a principios de la semana que viene sin falta.\n\nSaludos,\nRaúl Medina\nMedina Construcciones y Reformas",
        lab(
            promised_date="2026-11-30",
            note="'principios de la semana que viene' → Monday of next week",
        ),
        inv="KS26-06130",
        amt="3.412,00 €",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Inmaculada Ortiz", "iortiz@ortiz-pintores.example"),
        "2026-12-14 13:10 +0100",
        "outlook_ios",
        "Hola. En cuanto la promotora nos pague la certificación de noviembre os hacemos la transferencia. Ya se la he reclamado yo también.\n\nInma",
        lab(note="promise conditional on the developer paying, with no date"),
        inv="KS26-06302",
        amt="1.150,00 €",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Bas Hoekstra", "b.hoekstra@hoekstra-dakwerken.example"),
        "2026-12-09 08:44 +0100",
        "outlook",
        "Goedemorgen,\n\nDe betaling staat ingepland voor donderdag 17 december.\n\nMet vriendelijke groet,\n\nBas Hoekstra\nHoekstra Dakwerken B.V.\nT 0512 000 347",
        lab(promised_date="2026-12-17"),
        inv="KS26-05968",
        amt="€ 2.740,00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Franco Lodi", "f.lodi@lodicostruzioni.example"),
        "2026-12-02 10:10 +0100",
        "outlook",
        "Buongiorno,\n\nprovvederemo al pagamento entro fine mese.\n\nDistinti saluti\n\nFranco Lodi\nLodi Costruzioni S.r.l.\nVia dell'Artigianato 21 – 25999 Castelnuovo\n\nLe informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente.",
        lab(promised_date="2026-12-31", note="'entro fine mese' → the last day of the month"),
        inv="KS26-07290",
        amt="€ 4.318,00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Pini", "marcopini.imbianchino@gmail.com"),
        "2026-12-10 21:05 +0100",
        "iphone",
        "Buonasera lunedì passo in banca e faccio il bonifico. Scusate il ritardo\nMarco",
        lab(
            promised_date="2026-12-14",
            note="painter on his phone; 'lunedì' after Thursday 10 Dec is Monday 14 Dec",
        ),
        inv="KS26-07344",
        amt="€ 520,00",
    ),
]

DISPUTE: list[Reply] = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Shaun Whitlock", "shaun@whitlockroofing.example"),
        "2026-11-26 09:12 +0000",
        "gmail",
        "Morning,\n\nWe have NOT paid this and won't be paying it. The edge protection on this invoice was never delivered to the Harrow Road site – your driver rang on the 2nd of October to say the wagon had broken down and nobody turned up after that. We had to hire it from another firm to keep the job going.\n\nI've got the call logged and the other firm's hire docket if you need them. Please cancel the invoice.\n\nShaun Whitlock\nWhitlock Roofing & Leadwork\n07700 900263",
        lab(
            note="negated payment with the reason (goods never delivered): dispute, not payment_sent"
        ),
        inv="KS26-03590",
        amt="£1,120.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Helen Carver", "accounts@carverconstruction.example"),
        "2026-12-08 11:26 +0000",
        "outlook_html",
        "Hello,\n\nKS26-03551 was paid on 20 November with our usual BACS run, so that one should be clear.\n\nKS26-03604 is wrong though. The scaffold on plot 7 at Mill Lane was struck on 30 October and your yard had the off-hire call that morning (ref OH-2291). You have charged three further weeks' hire up to 20 November. Please send a credit note for the extra weeks and we'll pay the balance.\n\nKind regards,\n\nHelen Carver\nAccounts\nCarver Construction Ltd",
        lab(
            ("KS26-03551", "KS26-03604"),
            note="one invoice paid, the other disputed (hire charged after the off-hire date): dispute wins; the payment of the other invoice is not labelled",
        ),
        inv="KS26-03604",
        amt="£2,880.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Martin Oduya", "m.oduya@ashgrove-ha.example"),
        "2026-12-15 14:50 +0000",
        "thunderbird",
        'Dear Sir or Madam,\n\nThis invoice is for £640.00 of "lost fittings" on the scaffold at 3-11 Alder Road. We do not accept the charge. Your driver\'s collection note of 6 November, which he signed on site, records all fittings returned and no shortages. A copy is held by our clerk of works.\n\nPlease cancel the invoice or send us evidence of the shortage. We will not be paying it until this is resolved.\n\nYours faithfully,\n\nMartin Oduya\nAsset Maintenance Manager\nAshgrove Housing Association\n\n--\nAshgrove Housing Association is a charitable housing association. This email is confidential; if you are not the intended recipient please notify us and delete it.',
        lab(note="lost-equipment charge contested by a housing association"),
        inv="KS26-04019",
        amt="£640.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Katrin Lehmann", "k.lehmann@lehmann-hochbau.example"),
        "2026-11-24 13:40 +0100",
        "outlook",
        "Guten Tag,\n\ndie Rechnung KS26-04402 ist doppelt: Dieselbe Gerüststellung (BV Lindenstraße 8, Fassadengerüst 420 m², Standzeit Oktober) wurde bereits mit KS26-04388 berechnet und von uns am 02.11. bezahlt.\n\nBitte stornieren Sie KS26-04402 und senden Sie uns eine Gutschrift.\n\nMit freundlichen Grüßen\nKatrin Lehmann\nLehmann Hochbau GmbH – Buchhaltung",
        lab(
            ("KS26-04388", "KS26-04402"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="KS26-04402",
        amt="2.310,00 €",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Uwe Brandt", "uwe@brandt-malerei.example"),
        "2026-12-11 16:55 +0100",
        "samsung",
        "Zahle ich so nicht. Gerüst stand 3 Wochen, nicht 6. Abgemeldet hab ich am 9.10. telefonisch. Ruf mich an\nUwe Brandt",
        lab(note="painter on his phone contesting the hire period"),
        inv="KS26-04455",
        amt="1.944,00 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Julien Marchand", "julien@marchand-couverture.example"),
        "2026-11-27 10:30 +0100",
        "gmail",
        "Bonjour,\n\nNous contestons cette facture. Les filets de sécurité livrés le 14 octobre sur le chantier de Saint-Aubin étaient déchirés et inutilisables : mon chef d'équipe les a refusés et votre chauffeur est reparti avec. Nous n'avons donc jamais utilisé ce matériel.\n\nMerci d'annuler la facture ou de nous appeler pour en discuter.\n\nJulien Marchand\nMarchand Couverture Zinguerie\n06 00 00 48 12",
        lab(note="damaged safety nets refused on delivery"),
        inv="KS26-05261",
        amt="1 320,00 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Isabelle Fabre", "compta@fabre-batiment.example"),
        "2026-12-02 16:05 +0100",
        "outlook_html",
        "Bonjour,\n\nNous avons réglé la partie location (1 200,00 EUR) par virement le 25 novembre. En revanche, nous contestons les frais de transport de 310,00 EUR : votre devis n° D-2026-0871 indiquait clairement « livraison et reprise incluses ».\n\nMerci de nous faire parvenir un avoir de 310,00 EUR.\n\nCordialement,\n\nIsabelle Fabre\nComptabilité - Fabre Bâtiment SARL",
        lab(
            note="part paid, the rest contested: dispute wins for the disputed part; the payment of the undisputed part is not labelled; Latin-1 Outlook",
        ),
        inv="KS26-05334",
        amt="1 510,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Carmen Vidal", "carmen@vidal-rehabilitaciones.example"),
        "2026-12-04 12:40 +0100",
        "apple",
        "Buenos días:\n\nNo vamos a pagar esta factura hasta que nos abonéis los nueve días que el andamio estuvo parado en la obra de la calle Olmos. El montaje se retrasó por vuestra parte (faltaban piezas) y no podemos pagar alquiler de unos días en que no se pudo trabajar.\n\nQuedo a la espera de la factura rectificativa.\n\nUn saludo,\nCarmen Vidal\nVidal Rehabilitaciones",
        lab(
            note="payment withheld until days lost through the supplier's delay are credited; Spanish reply to an English reminder"
        ),
        rlang="en",
        inv="KS26-06215",
        amt="€2,980.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Annemiek de Wit", "a.dewit@woongoed-oosterhaven.example"),
        "2026-11-30 10:45 +0100",
        "owa",
        "Geachte heer, mevrouw,\n\nOp factuur KS26-05810 wordt een tarief van € 4,85 per m² per week berekend voor de gevelsteigers aan de Koningsweg. In onze opdracht (inkoopordernummer 45-11872) is een tarief van € 4,10 per m² per week afgesproken.\n\nWij verzoeken u de factuur te crediteren en opnieuw uit te reiken tegen het overeengekomen tarief. Tot die tijd houden wij de betaling aan.\n\nMet vriendelijke groet,\n\nAnnemiek de Wit\nMedewerker Crediteurenadministratie\nWoongoed Oosterhaven",
        lab(("KS26-05810",), note="housing association: rate differs from the purchase order"),
        inv="KS26-05810",
        amt="€ 4.365,00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Kees Smit", "kees@smitschilderwerken.example"),
        "2026-12-17 07:30 +0100",
        "iphone",
        "Klopt niet, de steigers zijn 12 november al opgehaald. Hier betaal ik niet voor.\n\nKees",
        lab(note="painter on his phone: hire charged after collection"),
        inv="KS26-06033",
        amt="€ 735,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Stefania Greco", "s.greco@costruzionigreco.example"),
        "2026-12-09 09:15 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura KS26-07402 comprende il noleggio di un montacarichi da cantiere per ottobre e novembre, che non abbiamo mai ordinato né ricevuto. Nel cantiere di via Roma abbiamo avuto da voi solo il ponteggio e i parapetti.\n\nVi chiediamo di emettere nota di credito per la parte relativa al montacarichi. Il resto della fattura verrà saldato appena riceviamo la nota di credito.\n\nCordiali saluti,\n\nStefania Greco\nAmministrazione – Costruzioni Greco S.r.l.",
        lab(
            ("KS26-07402",),
            note="billed item never ordered; paying the rest is conditional on the credit note",
        ),
        inv="KS26-07402",
        amt="€ 3.960,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Alessandro Ferri", "a.ferri@ferricoperture.example"),
        "2026-11-23 18:20 +0100",
        "thunderbird_html",
        "Buonasera,\n\nnon paghiamo questa fattura. Il ponteggio al cantiere di Borgo Nuovo è stato montato senza i parapetti sul lato nord e il 21 ottobre l'ispettore ci ha fermato il cantiere per tre giorni. Abbiamo il verbale.\n\nVogliamo che ci venga riconosciuto il danno prima di parlare di pagamenti.\n\nAlessandro Ferri\nFerri Coperture",
        lab(note="unsafe installation stopped the site; HTML blockquote quoting"),
        inv="KS26-07188",
        amt="€ 1.780,00",
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Craig Dunmore", "craig@dunmore-building.example"),
        "2026-11-30 07:05 +0000",
        "iphone",
        "Any chance I can pay £500 a month till it's cleared? Work's dried up with all this rain and I'm only on half days. First one can go out Friday.\n\nCraig",
        lab(
            note="monthly instalments asked for by a one-man builder; the first instalment's day is not labelled"
        ),
        inv="KS26-03744",
        amt="£1,960.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Nadia Kowalczyk", "nadia@kowalczyk-decorators.example"),
        "2026-12-04 15:22 +0000",
        "gmail",
        "Hi there,\n\nI've sent £1,000 today by bank transfer (ref KOWAL-3811) and will clear the remaining £1,650 by 18 December when our main contractor pays us.\n\nHope that's OK – let me know if you need anything else.\n\nNadia\nKowalczyk Decorators",
        lab(
            note="part payment now plus the rest by a date: payment_plan, not payment_sent or promise_to_pay"
        ),
        inv="KS26-03811",
        amt="£2,650.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Robert Ainsley", "r.ainsley@ainsley-contractors.example"),
        "2026-12-10 09:40 +0000",
        "outlook_html",
        "Good morning,\n\nWe've had a difficult quarter with two retention payments held back, and I'd like to propose clearing KS26-03790 in three instalments: £2,914 on 15 December, £2,914 on 15 January and the balance of £2,914 on 15 February.\n\nWe value the relationship and have plenty more work coming up with you in the spring. I'd be grateful if you could confirm this is acceptable.\n\nBest regards,\n\nRobert Ainsley\nManaging Director\nAinsley Contractors Ltd\nUnit 9, Riverside Business Park\n\nCONFIDENTIALITY NOTICE: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.",
        lab(
            ("KS26-03790",), note="three dated instalments; plan dates and amounts are not labelled"
        ),
        inv="KS26-03790",
        amt="£8,742.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Stefan Wirth", "s.wirth@wirth-bau.example"),
        "2026-12-07 11:00 +0100",
        "outlook",
        "Hallo,\n\nwäre es möglich, den Betrag in zwei Raten zu zahlen? Die Hälfte würden wir noch diese Woche überweisen, den Rest Mitte Januar, wenn die Schlussrechnung vom Bauherrn bezahlt ist.\n\nGruß\nStefan Wirth\nWirth Bau – Sanierung & Umbau",
        lab(note="two instalments proposed"),
        inv="KS26-04509",
        amt="5.640,00 €",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Gerhard Pohl", "g.pohl@pohl-dachtechnik.example"),
        "2026-11-25 14:30 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Forderungsausfalls bei einem Auftraggeber bitten wir um Ratenzahlung für die o.g. Rechnung: vier Monatsraten zu je 780,00 €, jeweils zum 1. eines Monats, beginnend am 01.12.2026.\n\nFür Ihr Entgegenkommen bedanken wir uns im Voraus.\n\nMit freundlichen Grüßen\n\nGerhard Pohl\nPohl Dachtechnik e.K.",
        lab(note="monthly instalments; ISO-8859-15 client"),
        inv="KS26-04290",
        amt="3.120,00 €",
        charset="iso-8859-15",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Karim Haddad", "karim.haddad@hb-renovation.example"),
        "2026-12-14 12:15 +0100",
        "iphone",
        "Bonjour, est-ce qu'on peut payer en 3 fois ? 780 € par mois à partir de janvier. Merci de me dire.\nKarim – HB Rénovation",
        lab(note="instalments asked for from a phone"),
        inv="KS26-05602",
        amt="2 340,00 €",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Jorge Castaño", "jorge.castano@castanoobras.example"),
        "2026-12-01 18:45 +0100",
        "gmail",
        "Hola buenas,\n\n¿Podemos pagarlo en dos plazos? La mitad ahora en diciembre y la otra mitad a finales de enero. Estamos esperando el cobro de una obra grande y ahora mismo vamos justos.\n\nGracias,\nJorge Castaño\nCastaño Obras y Servicios",
        lab(note="two instalments proposed as a question"),
        inv="KS26-06114",
        amt="4.200,00 €",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Manolo Reyes", "manoloreyes.albanil@gmail.com"),
        "2026-12-11 20:10 +0100",
        "samsung",
        "Buenas, os propongo pagar 300 € cada viernes hasta saldar la deuda, empezando el 18. No puedo de golpe.\nManolo",
        lab(note="weekly instalments from a bricklayer's phone; plan dates are not labelled"),
        inv="KS26-06290",
        amt="1.500,00 €",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Erik Jansen", "erik@jansenbouwt.example"),
        "2026-11-27 17:32 +0100",
        "outlook_android",
        "Hoi, kunnen we een betalingsregeling afspreken? Bijv. 3 termijnen van ongeveer € 525. Het is krap deze maand.\nGr Erik",
        lab(note="instalments asked for from a phone"),
        inv="KS26-05931",
        amt="€ 1.580,00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Marloes Bakker", "marloes@bakker-onderhoud.example"),
        "2026-12-15 10:20 +0100",
        "apple",
        "Goedemorgen,\n\nIk heb vandaag € 1.000 overgemaakt. De rest (€ 2.220) betalen we na de oplevering van het project aan de Dorpsstraat, naar verwachting half januari.\n\nIk hoop dat dit akkoord is.\n\nMet vriendelijke groet,\nMarloes Bakker\nBakker Onderhoud & Renovatie",
        lab(note="part payment today plus the rest after handover: payment_plan, not payment_sent"),
        inv="KS26-06011",
        amt="€ 3.220,00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paola Conti", "p.conti@contiedilizia.example"),
        "2026-12-03 12:00 +0100",
        "outlook_html",
        "Gentili signori,\n\nin considerazione dell'importo, vi chiediamo la possibilità di rateizzare la fattura in tre rate mensili da € 2.060,00 con scadenza 31/12, 31/01 e 28/02.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nPaola Conti\nUfficio Amministrazione\nConti Edilizia S.p.A.",
        lab(note="three dated instalments; plan dates and amounts are not labelled"),
        inv="KS26-07266",
        amt="€ 6.180,00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Davide Russo", "davide.russo@russo-ristrutturazioni.example"),
        "2026-11-24 16:40 +0100",
        "gmail_plain",
        "Buongiorno,\nvi propongo un acconto di 1.000 € entro venerdì e il saldo a 60 giorni. Fatemi sapere se va bene.\n\nDavide Russo\nRusso Ristrutturazioni",
        lab(note="a deposit by Friday plus the balance later: payment_plan, not promise_to_pay"),
        inv="KS26-07160",
        amt="€ 2.450,00",
    ),
]

INVOICE_REQUEST: list[Reply] = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Mick Fallon", "mick@fallonbuild.example"),
        "2026-11-23 17:40 +0000",
        "iphone",
        "Which job is this for? I've had scaffold off you on 3 different jobs this year. Send me the invoice with the site address on it and I'll sort it.\n\nMick",
        lab(note="asks which job and for the invoice; 'I'll sort it' is no dated commitment"),
        inv="KS26-03488",
        amt="£1,236.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Joanne Pike", "purchase.ledger@riverside-homes-trust.example"),
        "2026-12-02 10:18 +0000",
        "outlook_html",
        "Dear Korvet Scaffolding,\n\nWe are unable to process invoice KS26-03877 as it does not quote a valid purchase order number. All supplier invoices must show a Riverside Homes Trust PO number to be matched and paid.\n\nThe PO for this work (scaffold to 14–22 Fenwick Close, void property works) is RHT-PO-77120. Please reissue the invoice quoting this number and send it to this mailbox. The amount itself is not in question.\n\nKind regards,\n\nJoanne Pike\nPurchase Ledger Team\nRiverside Homes Trust",
        lab(
            ("KS26-03877",),
            note="housing association asks for a reissue with its PO number; the amount is not contested",
        ),
        inv="KS26-03877",
        amt="£1,872.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Tony Reeves", "tony@reevesdecorating.example"),
        "2026-12-16 20:30 +0000",
        "bottom",
        "Can you send me a statement of my account please. I think I've paid some of these already and I'm losing track of what's what.\n\nTony",
        lab(
            note="statement request, bottom-posted; the vague 'I think I've paid some' is no payment claim for this invoice"
        ),
        inv="KS26-04088",
        amt="£920.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Vogel", "p.vogel@vogel-fassaden.example"),
        "2026-11-26 08:50 +0100",
        "outlook_html",
        "Guten Morgen,\n\nuns liegt die Rechnung KS26-04377 leider nicht vor. Bitte senden Sie sie uns nochmals als PDF zu, zusammen mit dem Aufmaß und den Lieferscheinen für das BV Schillerplatz, damit wir sie prüfen und freigeben können.\n\nVielen Dank und freundliche Grüße\n\nPetra Vogel\nVogel Fassaden GmbH\nKaufmännische Leitung",
        lab(("KS26-04377",), note="invoice copy with measurement sheet and delivery notes"),
        inv="KS26-04377",
        amt="2.785,50 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Laurent Giraud", "l.giraud@giraud-maconnerie.example"),
        "2026-12-09 14:05 +0100",
        "owa",
        "Bonjour,\n\nPourriez-vous m'envoyer le bon de livraison et le détail des semaines facturées ? Sur la facture je vois 9 semaines de location mais je n'ai pas le relevé des dates de montage et de démontage.\n\nMerci d'avance,\n\nLaurent Giraud\nGiraud Maçonnerie",
        lab(note="asks for the delivery note and the hire dates without contesting them"),
        inv="KS26-05489",
        amt="3 126,00 €",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Sandrine Lopez", "sandrine@lopez-peinture.example"),
        "2026-11-24 12:30 +0100",
        "iphone",
        "Bonjour, je n'ai jamais reçu cette facture. Vous pouvez me la renvoyer svp ?\nSandrine",
        lab(note="invoice never received: send a copy"),
        inv="KS26-05233",
        amt="640,00 €",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Elena Prieto", "contabilidad@prieto-construcciones.example"),
        "2026-12-03 09:25 +0100",
        "outlook",
        "Buenos días:\n\n¿Nos podrían enviar un extracto de cuenta con todas las facturas pendientes y los pagos recibidos desde septiembre? Queremos cuadrarlo con nuestra contabilidad antes del cierre del trimestre.\n\nGracias y un saludo,\n\nElena Prieto\nDpto. Contabilidad\nPrieto Construcciones, S.A.\n\nEste mensaje y sus archivos adjuntos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.",
        lab(note="statement of account"),
        inv="KS26-06176",
        amt="2.045,00 €",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pablo Serrano", "pablo@serrano-cubiertas.example"),
        "2026-12-17 11:11 +0100",
        "gmail",
        "Hola,\n\nLa factura KS26-06355 lleva el CIF de nuestra antigua sociedad. Necesitamos que la emitáis de nuevo a nombre de Serrano Cubiertas 2024, S.L., CIF B00000000, para poder pagarla.\n\nGracias,\nPablo Serrano",
        lab(("KS26-06355",), note="reissue to the right company; the amount is not contested"),
        inv="KS26-06355",
        amt="1.210,00 €",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Johan Visser", "j.visser@visser-aannemers.example"),
        "2026-11-25 09:05 +0100",
        "thunderbird",
        "Goedemorgen,\n\nKunt u de factuur opnieuw sturen met vermelding van ons projectnummer P-2026-044 (nieuwbouw 12 woningen Lindelaan)? Zonder projectnummer kan onze boekhouding de factuur niet verwerken.\n\nMet vriendelijke groet,\n\nJohan Visser\nVisser Aannemers B.V.",
        lab(note="reissue with a project number; Dutch reply to an English reminder"),
        rlang="en",
        inv="KS26-05877",
        amt="€2,118.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Fenna Mulder", "fenna@mulderschilders.example"),
        "2026-12-10 16:45 +0100",
        "html_only",
        "Hallo,\n\nIk kan deze factuur niet plaatsen. Waar is hij voor? Graag een kopie met de huurperiode en het adres van het werk.\n\nGroet,\nFenna Mulder\nMulder Schilders",
        lab(note="'what is this for' plus a copy request; HTML-only Outlook"),
        inv="KS26-06002",
        amt="€ 860,00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberta Galli", "amministrazione@galli-costruzioni.example"),
        "2026-11-30 15:00 +0100",
        "outlook",
        "Buongiorno,\n\npotete inviarci copia della fattura KS26-07233 e del relativo DDT? Non li troviamo nel nostro archivio.\n\nGrazie, cordiali saluti\nRoberta Galli\nGalli Costruzioni S.r.l.",
        lab(("KS26-07233",), note="copy of the invoice and the transport document"),
        inv="KS26-07233",
        amt="€ 1.640,00",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Luca Bernardi", "luca@bernardi-tetti.example"),
        "2026-12-15 10:35 +0100",
        "gmail",
        "Buongiorno,\n\nla fattura ci è arrivata solo in PDF via e-mail: per poterla registrare ci serve la fattura elettronica tramite SDI. Il nostro codice destinatario è K9QZT4W. Potete rimandarla?\n\nGrazie\nLuca Bernardi\nBernardi Tetti e Lattonerie",
        lab(note="asks for the invoice again through the e-invoicing channel"),
        inv="KS26-07371",
        amt="€ 2.210,00",
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Darren Holt", "d.holt@brookfieldhomes.example"),
        "2026-11-27 13:15 +0000",
        "outlook_html",
        "Hi,\n\nI'm the site manager on the Kestrel Park development, not accounts – I just signed for the scaffold. Invoices and reminders need to go to payables@brookfieldhomes.example and they'll deal with it.\n\nCheers,\n\nDarren Holt\nSite Manager – Kestrel Park\nBrookfield Homes (Northern) Ltd\nM: 07700 900551",
        lab(new_contact="payables@brookfieldhomes.example"),
        inv="KS26-03621",
        amt="£3,305.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Halewood Construction", "accounts@halewood-constructions.example"),
        "2026-12-08 03:12 +0000",
        "roundcube",
        "Dear Supplier,\n\nPlease be advised that our accounts department has moved to a new email system. With immediate effect kindly send all invoices, statements and payment reminders to our new address:\n\nhalewood.accountsdept@gmail.com\n\nDo not send to any other address as the old mailbox will be closed. Kindly reply to the new address to confirm your records have been updated.\n\nRegards,\nAccounts Department\nHalewood Construction Ltd",
        lab(
            new_contact="halewood.accountsdept@gmail.com",
            note="phishing-like redirection: lookalike sending domain (halewood-constructions vs halewood-construction), free-mail target, Reply-To set to it, sent at 03:12; the label records what the message asks, a person must verify before the contact is changed",
        ),
        inv="KS26-03705",
        amt="£6,118.40",
        sent_to=("Halewood Construction", "accounts@halewood-construction.example"),
        headers=(("Reply-To", "halewood.accountsdept@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Sam Turner", "sam.turner@ridgewaybuilders.example"),
        "2026-12-14 08:10 +0000",
        "iphone",
        "I left Ridgeway in October, no idea why this still comes to me. Try Julie in the office – Julie.Ashworth@RidgewayBuilders.example\n\nSam",
        lab(
            new_contact="julie.ashworth@ridgewaybuilders.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="KS26-04102",
        amt="£1,574.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Andreas Keller", "ausschreibung@wohnbau-ostheim.example"),
        "2026-12-01 09:45 +0100",
        "outlook",
        "Guten Tag,\n\ndieses Postfach ist ausschließlich für Ausschreibungen und Angebote vorgesehen. Rechnungen und Zahlungserinnerungen senden Sie bitte künftig an rechnungseingang@wohnbau-ostheim.example – nur dort werden sie erfasst und bearbeitet.\n\nIhre Erinnerung habe ich intern weitergeleitet.\n\nMit freundlichen Grüßen\nAndreas Keller\nWohnbau Ostheim eG – Technik / Einkauf",
        lab(
            new_contact="rechnungseingang@wohnbau-ostheim.example",
            note="housing cooperative's tendering mailbox",
        ),
        inv="KS26-04466",
        amt="8.420,00 €",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Nicole Franke", "info@franke-trockenbau.example"),
        "2026-12-16 10:05 +0100",
        "gmail",
        "Hallo,\n\nunsere Buchhaltung macht seit November das Steuerbüro Albers. Ich habe die Kollegin dort in Kopie gesetzt (buchhaltung@steuerbuero-albers.example) – bitte schicken Sie Rechnungen und Mahnungen in Zukunft direkt dorthin.\n\nViele Grüße\nNicole Franke\nFranke Trockenbau & Innenausbau",
        lab(
            new_contact="buchhaltung@steuerbuero-albers.example",
            note="new address written in the text and copied in Cc",
        ),
        inv="KS26-04580",
        amt="1.380,00 €",
        cc="=?utf-8?q?Steuerb=C3=BCro_Albers?= <buchhaltung@steuerbuero-albers.example>",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Yannick Le Goff", "yannick.legoff@legoff-charpente.example"),
        "2026-11-25 07:30 +0100",
        "iphone",
        "Je suis chef de chantier, je ne m'occupe pas des factures. Voir avec la compta : compta@legoff-charpente.example\nYannick",
        lab(new_contact="compta@legoff-charpente.example"),
        inv="KS26-05255",
        amt="2 090,00 €",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Hélène Mercier", "contact@jardins-mercier.example"),
        "2026-12-10 11:20 +0100",
        "gmail",
        "Bonjour,\n\nJe pense qu'il y a une erreur d'adresse : nous sommes une entreprise de paysagisme et nous n'avons jamais loué d'échafaudage chez vous. Il doit s'agir d'un homonyme.\n\nBonne journée,\nHélène Mercier\nLes Jardins Mercier",
        lab(note="wrong recipient altogether (a namesake business), no new address"),
        inv="KS26-05650",
        amt="1 045,00 €",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("David Ortega", "david.ortega@reformasortega.example"),
        "2026-12-02 18:25 +0100",
        "outlook_android",
        "Yo ya no llevo las cuentas de Reformas Ortega, ahora lo lleva mi hermana. Escribidle a ella: administracion@reformasortega.example\n\nDavid",
        lab(new_contact="administracion@reformasortega.example"),
        inv="KS26-06150",
        amt="780,00 €",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Beatriz Navarro", "bnavarro@grupoherrera-obras.example"),
        "2026-11-30 12:50 +0100",
        "outlook_html",
        "Buenos días:\n\nLe informo de que las facturas de proveedores del Grupo Herrera se tramitan exclusivamente a través del buzón proveedores@grupoherrera-obras.example. Le ruego que envíe allí tanto la factura como cualquier recordatorio, indicando el número de obra.\n\nAtentamente,\n\nBeatriz Navarro\nJefa de Obra\nGrupo Herrera Obras y Servicios\n\nAVISO LEGAL: Este mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial.",
        lab(new_contact="proveedores@grupoherrera-obras.example"),
        inv="KS26-06099",
        amt="5.730,00 €",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Sander Koster", "s.koster@wonenzuidkust.example"),
        "2026-12-04 14:35 +0100",
        "outlook",
        "Goedemiddag,\n\nU stuurt deze herinnering naar mijn persoonlijke mailbox. Facturen en herinneringen worden bij Wonen Zuidkust uitsluitend verwerkt via crediteuren@wonenzuidkust.example. Wilt u uw gegevens aanpassen?\n\nMet vriendelijke groet,\n\nSander Koster\nProjectleider Onderhoud\nWonen Zuidkust",
        lab(
            new_contact="crediteuren@wonenzuidkust.example",
            note="housing association project manager",
        ),
        inv="KS26-05915",
        amt="€ 3.970,00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Van Leeuwen Renovatie", "p.vanleeuwen@vanleeuwen-renovatie.example"),
        "2026-11-23 09:41 +0100",
        "none",
        "Dit e-mailadres is niet meer in gebruik.\n\nUw bericht is niet doorgestuurd. Voor facturen en betalingen kunt u mailen naar administratie@vanleeuwen-renovatie.example. Voor al het overige: info@vanleeuwen-renovatie.example of 020 000 4411.\n\nVan Leeuwen Renovatie",
        lab(
            new_contact="administratie@vanleeuwen-renovatie.example",
            note="automatic 'address no longer in use' notice naming a new address: wrong_contact (README rule); of the two addresses, the one for invoices and payments is the contact",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Giorgio Valli", "giorgio@impresavalli.example"),
        "2026-12-07 11:30 +0100",
        "outlook",
        "Buongiorno,\n\nnon sono io a occuparmi dei pagamenti. Vi prego di scrivere alla nostra amministratrice, dott.ssa Chiara Ferri: C.Ferri@ImpresaValli.example\n\nSaluti\nGiorgio Valli\nImpresa Edile Valli",
        lab(
            new_contact="c.ferri@impresavalli.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="KS26-07310",
        amt="€ 2.940,00",
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Paul Kinsella", "paul@kinsella-roofing.example"),
        "2026-12-03 17:50 +0000",
        "gmail",
        "Stop sending me these emails. I've told your depot manager twice that half the tube you delivered was bent and unusable, and nobody has come back to me. Until someone picks up the phone I'm not interested in automated reminders.\n\nPaul Kinsella",
        lab(note="stop request plus a complaint about the goods: unsubscribe beats dispute"),
        inv="KS26-03722",
        amt="£1,480.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("J Doyle", "jdoyle.groundworks@gmail.com"),
        "2026-11-28 10:02 +0000",
        "samsung",
        "UNSUBSCRIBE",
        lab(note="one word, all caps, from a phone"),
        inv="KS26-03560",
        amt="£388.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Finance Services", "finance.services@greenvale-housing.example"),
        "2026-12-11 11:30 +0000",
        "owa",
        "Dear Sir/Madam,\n\nPlease remove this email address from your mailing list for reminders. Greenvale Housing does not accept payment chasers by email; any correspondence about outstanding invoices must be sent by post to Finance Services, Greenvale Housing, PO Box 4410, Lowbridge LB1 9ZZ.\n\nRegards,\n\nFinance Services\nGreenvale Housing",
        lab(
            note="housing association: post only → unsubscribe; a postal address is not a new contact"
        ),
        inv="KS26-03936",
        amt="£2,205.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Monika Schäfer", "m.schaefer@schaefer-bau.example"),
        "2026-11-24 11:05 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte streichen Sie meine Adresse aus Ihrem Mahnverteiler. Ich bin für die Buchhaltung nicht zuständig.\n\nMit freundlichen Grüßen\nMonika Schäfer",
        lab(
            note="remove-me plus 'not responsible' without a new address: unsubscribe beats wrong_contact; Latin-1 client"
        ),
        inv="KS26-04233",
        amt="910,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Rainer Kuhn", "rainer.kuhn@kuhn-dach.example"),
        "2026-12-09 19:40 +0100",
        "iphone",
        "Keine Mails mehr bitte!! Die Rechnung ist längst bezahlt, schauen Sie in Ihr Konto.",
        lab(note="stop request plus a payment claim: unsubscribe wins; no paid date"),
        inv="KS26-04490",
        amt="1.075,00 €",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Olivier Fontaine", "olivier@fontaine-ravalement.example"),
        "2026-11-30 10:40 +0100",
        "gmail",
        "Bonjour,\n\nMerci de ne plus m'envoyer de relances par e-mail. Pour toute question, appelez-moi au bureau.\n\nOlivier Fontaine\nFontaine Ravalement",
        lab(note="French reply to an English reminder; a phone call is offered, no new address"),
        rlang="en",
        loc="fr",
        inv="KS26-03699",
        amt="€1,205.00",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Chantal Robin", "chantal.robin@robin-peinture.example"),
        "2026-12-15 13:00 +0100",
        "iphone_html",
        "Je ne suis plus concernée, je ne travaille plus pour cette entreprise. Retirez-moi de vos envois svp.",
        lab(note="remove-me plus 'no longer there' without a new address: unsubscribe"),
        inv="KS26-05700",
        amt="2 360,00 €",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Fernando Gil", "fgil@gil-albanileria.example"),
        "2026-12-07 09:10 +0100",
        "gmail_plain",
        "Buenos días:\n\nNo me mandéis más correos sobre facturas. Todo lo relativo a pagos lo lleva mi gestoría y solo por carta certificada a nuestra dirección fiscal.\n\nFernando Gil",
        lab(note="stop e-mailing, post only through the accountant's office: unsubscribe"),
        inv="KS26-06201",
        amt="1.690,00 €",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Rosa Martín", "rmartin@martin-estructuras.example"),
        "2026-12-18 08:30 +0100",
        "outlook",
        "Por favor, dejen de escribir a esta dirección. Gracias.",
        lab(note="Latin-1 Outlook"),
        inv="KS26-06330",
        amt="3.005,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Pieter de Graaf", "pieter@degraafbouw.example"),
        "2026-12-01 21:15 +0100",
        "gmail_plain",
        "Graag afmelden voor deze mails. Ik heb al drie keer gebeld.\n\nP. de Graaf",
        lab(),
        inv="KS26-05950",
        amt="€ 1.310,00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Sergio Fabbri", "sergio.fabbri@fabbri-edilizia.example"),
        "2026-11-26 13:20 +0100",
        "iphone",
        "Cancellatemi dalla vostra mailing list, grazie.",
        lab(),
        inv="KS26-07201",
        amt="€ 965,00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Marta Colombo", "m.colombo@colombo-costruzioni.example"),
        "2026-12-14 16:10 +0100",
        "outlook",
        "Spett.le Korvet Scaffolding,\n\nvi diffidiamo dal continuare a inviare solleciti a questo indirizzo. La posizione è stata affidata al nostro legale e ogni ulteriore comunicazione dovrà avvenire esclusivamente tramite PEC o per il tramite dello studio legale.\n\nDistinti saluti\n\nIng. Marta Colombo\nColombo Costruzioni S.p.A.",
        lab(
            note="formal notice to stop, only through the lawyer or certified mail, no address given: unsubscribe"
        ),
        inv="KS26-07355",
        amt="€ 11.240,00",
    ),
]

AUTO_REPLY: list[Reply] = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Steve Marlow", "steve@marlowconstruction.example"),
        "2026-11-24 09:36 +0000",
        "oof",
        "Thanks for your email. I'm on site all week with limited access to email and will reply when I'm back in the office on Monday 30 November.\n\nFor anything urgent please ring the office on 0113 496 0815.\n\nSteve Marlow\nMarlow Construction",
        lab(return_date="2026-11-30"),
        inv="KS26-03577",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Shared Services", "fss.helpdesk@northmoor-homes.example"),
        "2026-12-07 10:02 +0000",
        "none",
        "Thank you for contacting Northmoor Homes Finance Shared Services.\n\nYour query has been logged with reference FSS-204417. A member of the team will respond within 10 working days. Please quote this reference in any further correspondence and do not change the subject line of this email.\n\nThis mailbox does not accept invoices. Invoices should be submitted through the supplier portal.\n\nNorthmoor Homes – Finance Shared Services",
        lab(
            note="housing association ticket acknowledgement; the supplier portal is not a new contact"
        ),
        inv="KS26-03860",
        subject="[FSS-204417] {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "ServiceDesk Notifications")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Hartley Roofing Office", "office@hartleyroofing.example"),
        "2026-12-18 12:05 +0000",
        "oof",
        "Thank you for your email.\n\nOur office closes at noon on Friday 18 December and reopens on Tuesday 5 January 2027. Emails will not be monitored during this period.\n\nFor roofing emergencies call 07700 900732.\n\nMerry Christmas from all at Hartley Roofing.",
        lab(return_date="2027-01-05", note="Christmas closure; the reopening day"),
        inv="KS26-04140",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Hahn", "b.hahn@hahn-bauunternehmen.example"),
        "2026-12-01 09:40 +0100",
        "oof",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 04.12.2026 nicht im Büro. Ab Montag, 07.12.2026 bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0821 000 3390.\n\nMit freundlichen Grüßen\nBirgit Hahn\nHahn Bauunternehmen GmbH",
        lab(return_date="2026-12-07", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        inv="KS26-04395",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Zimmerei Lorenz", "info@zimmerei-lorenz.example"),
        "2026-12-18 07:55 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Unser Betrieb macht vom 18.12.2026 bis einschließlich 01.01.2027 Betriebsferien. Ab Montag, dem 04.01.2027, sind wir wieder für Sie da.\n\nIhre Nachricht wird nach unserer Rückkehr bearbeitet.\n\nFrohe Weihnachten und einen guten Rutsch!\nIhre Zimmerei Lorenz",
        lab(
            return_date="2027-01-04",
            note="company holiday notice from a carpentry firm's webmail autoresponder, without Auto-Submitted; the day back wins",
        ),
        inv="KS26-04601",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Thierry Morel", "t.morel@morel-btp.example"),
        "2026-12-01 08:20 +0100",
        "oof",
        "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 7 décembre inclus et serai de retour le mardi 8 décembre. Pendant mon absence, vos messages ne seront pas transférés.\n\nPour toute urgence concernant les chantiers, vous pouvez contacter Mme Aubert : s.aubert@morel-btp.example.\n\nCordialement,\nThierry Morel\nMorel BTP",
        lab(
            return_date="2026-12-08",
            note="'de retour le' wins over 'jusqu'au … inclus'; a colleague's address in an auto-reply is not a new contact",
        ),
        inv="KS26-05390",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Dubois Rénovation", "contact@dubois-renovation.example"),
        "2026-11-26 09:41 +0100",
        "none",
        "Bonjour,\n\nNous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais.\n\nCeci est une réponse automatique, merci de ne pas y répondre.\n\nL'équipe Dubois Rénovation",
        lab(
            note="receipt acknowledgement with only X-Autoreply, no Auto-Submitted; no return date"
        ),
        inv="KS26-05281",
        subject="Accusé de réception : {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Alberto Sanz", "asanz@sanz-instalaciones.example"),
        "2026-12-04 09:34 +0100",
        "oof",
        "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 14 de diciembre, con acceso limitado al correo. Responderé a su mensaje a mi regreso.\n\nUn saludo,\nAlberto Sanz\nSanz Instalaciones y Reformas",
        lab(return_date="2026-12-14", note="'hasta X' → X itself"),
        inv="KS26-06233",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Wim de Boer", "w.deboer@deboer-bouwgroep.example"),
        "2026-11-23 09:37 +0100",
        "oof",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nWim de Boer\nDe Boer Bouwgroep",
        lab(return_date="2026-11-30", note="'vanaf' the day back wins over 'tot en met'"),
        inv="KS26-05822",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Woonstichting Hof van Ees", "facturen@hofvanees-wonen.example"),
        "2026-12-14 09:33 +0100",
        "none",
        "Geachte relatie,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar uw vraag binnen drie werkdagen te beantwoorden.\n\nFacturen kunt u uitsluitend als PDF-bijlage naar dit adres sturen, één factuur per PDF-bestand.\n\nMet vriendelijke groet,\nTeam Crediteuren\nWoonstichting Hof van Ees",
        lab(note="housing association receipt acknowledgement; no return date"),
        inv="KS26-05990",
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Michele Gatti", "m.gatti@gatti-costruzioni.example"),
        "2026-12-09 09:40 +0100",
        "oof",
        "Buongiorno,\n\nsarò assente fino all'11 dicembre con accesso limitato alla posta. Per urgenze potete scrivere a Laura Testa: l.testa@gatti-costruzioni.example.\n\nCordiali saluti\nMichele Gatti",
        lab(
            return_date="2026-12-11",
            note="'fino all'11' → the 11th itself; a colleague's address is not a new contact",
        ),
        inv="KS26-07318",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Federica Neri", "f.neri@neri-edilcasa.example"),
        "2026-12-02 14:22 +0100",
        "mdn",
        "Il messaggio\n\n   A: Federica Neri\n   Oggetto: Promemoria: la fattura KS26-07282 è scaduta\n   Inviato: martedì 1 dicembre 2026 09:31 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna\n\nè stato letto in data mercoledì 2 dicembre 2026 14:22 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.",
        lab(
            note="Outlook read receipt (multipart/report, disposition-notification): machine-generated, no commitment, no date; the invoice number only repeats the reminder's subject, so invoice_refs is empty",
        ),
        inv="KS26-07282",
        subject="Letto: {rsub}",
    ),
]

OTHER: list[Reply] = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Alison Grey", "alison@greybrothers-builders.example"),
        "2026-12-10 15:48 +0000",
        "outlook_html",
        "Hi,\n\nBefore we pay anything – we received a letter last week, supposedly from Korvet, saying your bank details have changed and asking us to pay all future invoices to a new account with a different bank. It didn't look quite right and the phone number on it doesn't match the one on your invoices.\n\nCan someone from your accounts team ring me on 01632 960774 to confirm whether this is genuine? We won't be making any payment until we've spoken to you.\n\nThanks,\n\nAlison Grey\nOffice Manager\nGrey Brothers Builders",
        lab(
            note="suspected bank-detail fraud letter: payment held until someone calls; nothing contested, nothing promised, a person must ring"
        ),
        inv="KS26-03840",
        amt="£4,275.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Gary Nolan", "garynolan.painter@gmail.com"),
        "2026-11-27 18:20 +0000",
        "iphone",
        "Can I pay this by card over the phone? What number do I ring and when are you open?\n\nGary",
        lab(
            note="a question about how to pay, without a commitment or a date: other, not promise_to_pay"
        ),
        inv="KS26-03611",
        amt="£275.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Dan Whitby", "dan@whitbyextensions.example"),
        "2026-12-02 08:15 +0000",
        "apple_html",
        "Morning,\n\nWhile I've got you – can your yard collect the scaffold from 14 Beech Lane, Oakhurst this Friday? Roof's finished and the customer wants it gone before the weekend.\n\nCheers,\nDan Whitby\nWhitby Extensions & Lofts",
        lab(note="collection (off-hire) request in the reminder thread; nothing about the invoice"),
        inv="KS26-03733",
        amt="£1,650.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Heike Brunner", "h.brunner@brunner-ausbau.example"),
        "2026-12-08 10:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen mitteilen, dass für die Brunner Ausbau GmbH am 30.11.2026 die Eröffnung des Insolvenzverfahrens beantragt wurde. Zahlungen an Gläubiger dürfen wir derzeit nicht leisten.\n\nBitte melden Sie Ihre Forderung beim vorläufigen Insolvenzverwalter an: Rechtsanwalt Dr. Martin Seidel, Kanzlei Seidel & Partner, Am Markt 5, 99999 Musterstadt.\n\nMit freundlichen Grüßen\nHeike Brunner\nBrunner Ausbau GmbH",
        lab(
            note="insolvency notice: a person must file the claim; only a postal address is given, so not wrong_contact, and nothing is promised"
        ),
        inv="KS26-04521",
        amt="4.870,00 €",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Patrick Lemoine", "p.lemoine@lemoine-facades.example"),
        "2026-12-03 12:45 +0100",
        "samsung",
        "Bonjour, pouvez-vous me rappeler au 06 00 00 21 87 ? Je préfère en parler de vive voix.\nPatrick Lemoine",
        lab(note="call-back request with no hint of the subject"),
        inv="KS26-05444",
        amt="3 780,00 €",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Martine Garnier", "martine.garnier@garnier-couverture.example"),
        "2026-12-11 09:50 +0100",
        "gmail",
        "Bonjour,\n\nMon mari, qui gère seul l'entreprise, est hospitalisé depuis deux semaines. Je n'ai pas accès aux comptes de la société et je ne sais pas où en sont ses factures. Je reviendrai vers vous dès que j'en saurai plus.\n\nCordialement,\nMartine Garnier",
        lab(
            note="one-man roofing firm, the owner in hospital: no commitment and no date; a person should read it"
        ),
        inv="KS26-05588",
        amt="1 960,00 €",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Iván Moreno", "ivan@morenoreformas.example"),
        "2026-11-30 07:45 +0100",
        "outlook_ios",
        "Buenos días, aprovecho el correo: ¿tenéis arneses anticaídas de talla XL y líneas de vida en stock? Necesitaría 4 para la semana que viene en la obra de la calle Almendros.\n\nIván",
        lab(note="safety-equipment order question in the reminder thread"),
        inv="KS26-06160",
        amt="890,00 €",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Rafael Domínguez", "rdominguez@dominguez-pintura.example"),
        "2026-12-18 13:30 +0100",
        "thunderbird",
        "Recibido. Felices fiestas a todo el equipo de Korvet.\n\nRafael Domínguez\nDomínguez Pintura y Decoración",
        lab(note="acknowledgement and season's greetings, no commitment; Latin-1 Thunderbird"),
        inv="KS26-06370",
        amt="455,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Lotte van Dijk", "lotte@vandijk-schilders.example"),
        "2026-12-07 13:05 +0100",
        "html_only",
        "Hallo,\n\nKlopt het dat jullie per 1 januari de huurprijzen voor rolsteigers verhogen? Wij willen voor het voorjaar een raamovereenkomst afsluiten. Met wie kan ik daarover bellen?\n\nGroet,\nLotte van Dijk\nVan Dijk Schilders",
        lab(note="sales question in the reminder thread; HTML-only Outlook"),
        inv="KS26-05978",
        amt="€ 1.120,00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Henk Brouwer", "henk@brouwer-klusbedrijf.example"),
        "2026-11-24 12:10 +0100",
        "iphone",
        "Ik zeg het vanavond tegen mijn compagnon, hij doet de betalingen.",
        lab(note="passed on to the business partner, no address and no commitment"),
        inv="KS26-05846",
        amt="€ 540,00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Enrico Sala", "enrico@sala-restauri.example"),
        "2026-12-01 17:15 +0100",
        "gmail",
        "Ricevuto, grazie. Ma il ponteggio in via dei Mille quando venite a smontarlo? Il lavoro è finito da due settimane e vi ho già chiamato.\n\nEnrico Sala\nSala Restauri Edili",
        lab(
            note="acknowledgement plus a dismantling question; the invoice itself is not contested"
        ),
        inv="KS26-07169",
        amt="€ 1.390,00",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Nicola Ricci", "nicola.ricci@ricci-costruzioni.example"),
        "2026-12-16 08:40 +0100",
        "iphone",
        "Buongiorno, già che ci siete mi fate un preventivo per 40 metri di recinzione da cantiere con basi e teli oscuranti? Da gennaio per tre mesi.\nGrazie\nNicola",
        lab(note="quote request in the reminder thread"),
        inv="KS26-07390",
        amt="€ 760,00",
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
# Labels, checks, output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_reply(r: Reply) -> None:
    """Catch slips in the hand-written specs: refs must match the new text, dates the window."""
    # a read receipt's text only repeats the reminder's subject, which is not new text
    written = set() if r.style == "mdn" else {f"KS26-{n}" for n in INVOICE_NUMBER.findall(r.body)}
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list) or not written <= set(refs):
        raise SystemExit(f"{r.key}: invoice_refs {refs} but the text has {sorted(written)}")
    for ref in refs:  # a short form ("06188") must at least appear in the text
        if not isinstance(ref, str) or ref[5:] not in r.body:
            raise SystemExit(f"{r.key}: {ref} is not in the text")
    if r.intent not in INTENTS or r.lang not in LANGS or r.intent == "bounce":
        raise SystemExit(f"{r.key}: bad intent or language")
    if not r.key.startswith(f"{INTENT_CODES[r.intent]}-{r.lang}-"):
        raise SystemExit(f"{r.key}: key does not match intent and language")
    day = r.dt.date().isoformat()
    if not "2026-11-23" <= day <= "2026-12-18":
        raise SystemExit(f"{r.key}: dated {day}, outside the window")
    for name in ("promised_date", "paid_date", "return_date"):
        value = r.labels.get(name)
        if value is not None and (
            not isinstance(value, str) or datetime.strptime(value, "%Y-%m-%d") is None
        ):
            raise SystemExit(f"{r.key}: bad {name}")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text" and hasattr(part, "get_content"):
            part.get_content()


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    for r in REPLIES:
        check_reply(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


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
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    charsets = Counter(r.charset for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(f"clients: {dict(sorted(styles.items()))}")
    print(f"charsets: {dict(sorted(charsets.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
