# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and emoji people and their clients really type.
"""Build held-out reply corpus 17: `h17-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder sent by the accounts team of
Dunmore Print & Signage. The new text of each message is written by hand below. The script adds
only what a mail client or a mail server would add: the quoted reminder in the client's layout
and language, headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. It writes next to itself, deterministically, and never reads the clock.
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
PREFIX = "h17"
SEED = 17_2026_1218
AR_NAME = "Dunmore Accounts"
AR_ADDR = "accounts@dunmoreprint.example"
AR_DOMAIN = "dunmoreprint.example"
OUR_MX = "mx1.dunmoreprint.example"
OUR_MTA = "mail.dunmoreprint.example"
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
INVOICE_RE = re.compile(r"\bDP26-(\d{5})\b")

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a reply)
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "Mo Di Mi Do Fr Sa So"),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche", "lun mar mer jeu ven sam dim"),
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "lun mar mié jue vie sáb dom"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "ma di wo do vr za zo"),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTH_NAMES = {
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

# Gmail (web and app), Apple Mail, Thunderbird and Roundcube attribution lines.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {monl} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} de {monl} de {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
# Outlook header block: separator line, From, Sent, To, Subject, label separator, date layout.
OUTLOOK_BLOCK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
}
# Samsung Email: signature, separator and the From/Date/To/Subject labels.
SAMSUNG = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        ("From", "Date", "To", "Subject"),
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        ("Von", "Datum", "An", "Betreff"),
        ": ",
        "{dd}.{mo}.{y} {HH}:{mm}",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        ("De", "Date", "À", "Objet"),
        " : ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        ("De", "Fecha", "Para", "Asunto"),
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        ("Van", "Datum", "Aan", "Onderwerp"),
        ": ",
        "{dd}-{mo}-{y} {HH}:{mm}",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        ("Da", "Data", "A", "Oggetto"),
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm}",
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
OUTLOOK_IOS_SIG = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS herunterladen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}

# --------------------------------------------------------------------------------------------
# The reminder Dunmore sends (in the customer's language)
# --------------------------------------------------------------------------------------------

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
        "According to our ledger the invoice below is past its due date and still open:\n\n"
        "  Invoice:   {inv}\n  Dated:     {issued}\n  Due:       {due}\n  Amount:    {amt}\n\n"
        "If payment is already on its way, thank you – a quick reply with the date and your reference helps us match it. If something about the job or the invoice is not right, reply to this email and we will look into it.\n\n"
        "Best regards,\n\nAccounts Team\nDunmore Print & Signage Ltd\n14 Mill Lane Business Park, Dunmore\n+353 1 555 0142 | accounts@dunmoreprint.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unserer Buchhaltung ist die folgende Rechnung fällig und noch nicht beglichen:\n\n"
        "  Rechnung:  {inv}\n  Datum:     {issued}\n  Fällig:    {due}\n  Betrag:    {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, danke – eine kurze Antwort mit Datum und Referenz hilft uns bei der Zuordnung. Stimmt etwas mit dem Auftrag oder der Rechnung nicht, antworten Sie bitte auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nDunmore Print & Signage Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous est échue et reste à régler :\n\n"
        "  Facture :   {inv}\n  Date :      {issued}\n  Échéance :  {due}\n  Montant :   {amt}\n\n"
        "Si le paiement est déjà en route, merci – une courte réponse avec la date et votre référence nous aidera à le rapprocher. Si quelque chose ne va pas dans la commande ou la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nDunmore Print & Signage Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha vencido y sigue pendiente:\n\n"
        "  Factura:     {inv}\n  Fecha:       {issued}\n  Vencimiento: {due}\n  Importe:     {amt}\n\n"
        "Si el pago ya está en camino, gracias; una breve respuesta con la fecha y su referencia nos ayudará a identificarlo. Si hay algún problema con el trabajo o con la factura, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nDepartamento de contabilidad\nDunmore Print & Signage Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "  Factuur:     {inv}\n  Datum:       {issued}\n  Vervaldatum: {due}\n  Bedrag:      {amt}\n\n"
        "Is de betaling al onderweg, dan bedankt – een kort antwoord met de datum en uw kenmerk helpt ons die te koppelen. Klopt er iets niet aan de opdracht of de factuur, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nDunmore Print & Signage Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta scaduta e non ancora saldata la seguente fattura:\n\n"
        "  Fattura:   {inv}\n  Data:      {issued}\n  Scadenza:  {due}\n  Importo:   {amt}\n\n"
        "Se il pagamento è già stato disposto, grazie: una breve risposta con la data e il riferimento ci aiuta ad abbinarlo. Se qualcosa non va nel lavoro o nella fattura, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio contabilità\nDunmore Print & Signage Ltd"
    ),
}
DATE_LAYOUT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FIXES = {"–": "-", "—": "-", "€": "EUR", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}


def money(value: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = value.split(".")
    groups = f"{int(units):,}"
    sign = {"EUR": "€", "GBP": "£"}[currency]
    if lang == "en":
        return f"{sign}{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', ' ')},{cents} {sign}"
    dotted = groups.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"{sign} {dotted},{cents}"
    return f"{dotted},{cents} {sign}"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message in the reminder thread, its sender, client and labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder being answered, when it differs
    inv: str = ""  # invoice number in the reminder; derived from the key when empty
    amt: str = ""  # amount in the reminder, "1234.50"; derived from the key when empty
    cur: str = "EUR"
    quote_to: str = ""  # the address the reminder went to, when the reply comes from elsewhere
    subject: str = ""  # "{rsub}" stands for the reminder subject
    charset: str = "utf-8"
    cte: str = ""  # transfer encoding; the client's habit when empty
    threaded: bool = True
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    markup: str = ""  # hand-written HTML for messages that carry their own (remittance advice)
    attach: tuple[str, bytes] | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        return (
            self.inv
            or f"DP26-{41100 + int.from_bytes(digest(self.key, 'inv')[:2], 'big') % 880:05d}"
        )

    @property
    def amount(self) -> str:
        if self.amt:
            return self.amt
        raw = int.from_bytes(digest(self.key, "amt")[:3], "big")
        return f"{180 + raw % 2400}.{raw % 20 * 5:02d}"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    days_long, days_short = (x.split() for x in DAY_NAMES[loc])
    months_long, months_short = (x.split() for x in MONTH_NAMES[loc])
    return {
        "wdl": days_long[dt.weekday()],
        "wds": days_short[dt.weekday()],
        "monl": months_long[dt.month - 1],
        "mons": months_short[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime) -> datetime:
    """Reminders go out on a working day before the reply, in the morning batch."""
    day = reply - timedelta(
        days=1 + int.from_bytes(digest(reply.isoformat(), "lag")[:1], "big") % 2
    )
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + day.day % 20, second=day.day % 60)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in GMAIL_FAMILY:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CAF{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 30)}@{b32(key, 'host', 10)}.EURPRD09.PROD.OUTLOOK.COM>"
    if style in APPLE_FAMILY:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:8]}.{int.from_bytes(raw[4:8], 'big')}@email.android.com>"
    return f"<{raw.hex()[:16]}.{raw.hex()[16:24]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str, mark: str = ">") -> str:
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_divs(text: str) -> str:
    return "\n".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: none
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    if cte == "7bit" and not text.isascii():
        cte = "qp"
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encoded_words(value: str, charset: str, mode: str = "q") -> str:
    """An RFC 2047 header value, as the client would encode it (Q or B)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    chosen = cs.Charset(charset)
    chosen.header_encoding = cs.QP if mode == "q" else cs.BASE64
    return Header(value, chosen, maxlinelen=76).encode()


def address(name: str, addr: str, charset: str, mode: str = "q") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, charset, mode)} <{addr}>"


def received(
    host: str, ip: str, when: datetime, *, key: str, by: str = OUR_MX, rcpt: str = AR_ADDR
) -> str:
    queue_id = b32(key, "queue", 11)
    return f"from {host} ({host} [{ip}])\n\tby {by} (Postfix) with ESMTPS id {queue_id}\n\tfor <{rcpt}>; {format_datetime(when)}"


def ip_for(key: str) -> str:
    raw = digest(key, "ip")
    net = ("192.0.2", "198.51.100", "203.0.113")[raw[0] % 3]
    return f"{net}.{10 + raw[1] % 240}"


MIME_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def set_headers(msg: Message, headers: list[tuple[str, str]]) -> None:
    """Put the envelope and message headers first and the MIME headers last, as clients do."""
    saved = [(name, value) for name in MIME_HEADERS for value in (msg.get_all(name) or [])]
    for name in MIME_HEADERS:
        del msg[name]
    for name, value in headers:
        msg[name] = value
    if not any(name == "MIME-Version" for name, _ in saved) and saved:
        saved.insert(0, ("MIME-Version", "1.0"))
    for name, value in saved:
        msg[name] = value


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, prefix: str) -> None:
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


# --------------------------------------------------------------------------------------------
# The quoted reminder and the client layouts around the hand-written text
# --------------------------------------------------------------------------------------------


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


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    issued = sent - timedelta(days=41 + sent.day % 9)
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_LAYOUT[lang]),
        due=due.strftime(DATE_LAYOUT[lang]),
        amt=money(amount, currency, lang),
    )


def make_quote(r: Reply) -> Quote:
    sent = reminder_time(r.dt)
    text = reminder_text(r.reminder_lang, r.invoice, r.amount, r.cur, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    to = r.quote_to or (formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>")
    return Quote(text, subject, sent, r.lang, to)


def outlook_lines(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep, layout = OUTLOOK_BLOCK[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(layout, q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_head_html(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5]
    rows = []
    for line in outlook_lines(q):
        label, value = line.split(sep, 1)
        rows.append(f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}")
    return "<br>\n".join(rows)


def alternative(r: Reply, text: str, markup: str, cte: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, cte))
    outer.attach(text_part(markup, "html", r.charset, cte))
    return outer


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken at spaces, soft breaks keep a trailing space."""
    out: list[str] = []
    for line in text.split("\n"):
        marks = re.match(r"^>+", line)
        prefix = marks.group(0) if marks else ""
        content = line[len(prefix) :]
        if prefix and content.startswith(" "):
            prefix, content = prefix + " ", content[1:]
        if len(line) <= width + 6 or line == "-- ":
            out.append(line)
            continue
        words = content.split(" ")
        current = ""
        for word in words:
            if current and len(prefix) + len(current) + len(word) > width:
                out.append(prefix + current)
                current = ""
            current += word + " "
        out.append(prefix + current.rstrip(" "))
    return "\n".join(out)


def word_html(r: Reply, q: Quote, body: str) -> str:
    lang_tag = {"en": "EN-IE", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{outlook_head_html(q)}<o:p></o:p></p>\n'
        "</div>\n"
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote, cte: str) -> Message:
    block = "\n".join([OUTLOOK_BLOCK[q.loc][0], *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, cte)


def style_outlook_html(r: Reply, q: Quote, cte: str) -> Message:
    text = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q, r.body), cte)


def style_html_only(r: Reply, q: Quote, cte: str) -> Message:
    return text_part(word_html(r, q, r.body), "html", r.charset, cte)


def style_owa(r: Reply, q: Quote, cte: str) -> Message:
    text = "\n".join([r.body, "", "_" * 32, *outlook_lines(q), "", q.text, ""])
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_head_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_lines(q.text)}</div>\n'
        "</span></font></div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup, cte)


def style_outlook_ios(r: Reply, q: Quote, cte: str) -> Message:
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{OUTLOOK_IOS_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, cte)


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote, cte: str) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup, cte)


def style_gmail_plain(r: Reply, q: Quote, cte: str) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, cte
    )


def style_apple(r: Reply, q: Quote, cte: str) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, cte
    )


def style_apple_html(r: Reply, q: Quote, cte: str) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"<div><div>{html_paragraphs(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup, cte)


def style_iphone(r: Reply, q: Quote, cte: str) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, cte)


def style_samsung(r: Reply, q: Quote, cte: str) -> Message:
    sig, sep_line, labels, sep, layout = SAMSUNG[q.loc]
    offset = q.sent.strftime("%z")
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        f"{fmt(layout, q.loc, q.sent)} (GMT{offset[:3]}:{offset[3:]})",
        q.to,
        q.subject,
    )
    block = "\n".join(f"{label}{sep}{value} " for label, value in zip(labels, values, strict=True))
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{sep_line}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, cte)


def style_thunderbird(r: Reply, q: Quote, cte: str) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"), "plain", r.charset, cte
    )
    part.set_param("format", "flowed")
    return part


def style_bottom(r: Reply, q: Quote, cte: str) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{attr}\n{quote_lines(q.text)}\n\n{r.body}\n"), "plain", r.charset, cte
    )
    part.set_param("format", "flowed")
    return part


def style_roundcube(r: Reply, q: Quote, cte: str) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">\n<html><head><meta http-equiv="Content-Type" '
        f"content=\"text/html; charset={r.charset.upper()}\" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
        f"{html_paragraphs(r.body)}\n<p><br /></p>\n<p>{html.escape(attr)}</p>\n"
        '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
        f'<div class="pre" style="margin: 0; padding: 0; font-family: monospace">{html_lines(q.text)}</div>\n'
        "</blockquote>\n</body></html>\n"
    )
    return alternative(r, text, markup, cte)


def style_none(r: Reply, q: Quote, cte: str) -> Message:
    del q  # notices and advices quote nothing
    if r.markup:
        return alternative(r, r.body + "\n", r.markup, cte)
    return text_part(r.body + "\n", "plain", r.charset, cte)


STYLES: dict[str, tuple[Callable[[Reply, Quote, str], Message], str]] = {
    "outlook": (style_outlook, "qp"),
    "outlook_html": (style_outlook_html, "qp"),
    "html_only": (style_html_only, "qp"),
    "owa": (style_owa, "qp"),
    "outlook_ios": (style_outlook_ios, "b64"),
    "gmail": (style_gmail, "qp"),
    "gmail_plain": (style_gmail_plain, "qp"),
    "apple": (style_apple, "qp"),
    "apple_html": (style_apple_html, "qp"),
    "iphone": (style_iphone, "qp"),
    "samsung": (style_samsung, "b64"),
    "thunderbird": (style_thunderbird, "8bit"),
    "bottom": (style_bottom, "8bit"),
    "roundcube": (style_roundcube, "qp"),
    "none": (style_none, "qp"),
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "outlook_ios"}
GMAIL_FAMILY = {"gmail", "gmail_plain"}
APPLE_FAMILY = {"apple", "apple_html", "iphone"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B91)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
    "bottom": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "roundcube": "=_",
    "none": "----=_NextPart_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY - {"outlook_ios"} else "Re: "
    return prefix + q.subject


def client_words(value: str, upper_charset: bool) -> str:
    """Encoded words with the encoding letter in capitals (and the charset too, for some clients)."""

    def recase(m: re.Match[str]) -> str:
        charset = m.group(1).upper() if upper_charset else m.group(1)
        return f"=?{charset}?{m.group(2).upper()}?"

    return re.sub(r"=\?([^?]+)\?([qbQB])\?", recase, value)


def header_mode(style: str) -> tuple[str, bool]:
    """RFC 2047 encoding (Q or B) and charset case, as each client family writes them."""
    if style in OUTLOOK_FAMILY:
        return "b", False
    if style in GMAIL_FAMILY or style in {"thunderbird", "bottom", "samsung"}:
        return "q", True
    return "q", False


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


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    render, default_cte = STYLES[r.style]
    msg = with_attachment(r, render(r, q, r.cte or default_cte))
    mode, upper = header_mode(r.style)

    def enc(value: str) -> str:
        return client_words(encoded_words(value, r.charset, mode), upper)

    name, addr = r.who
    sender_host = (
        f"mail-{('wr1', 'ej1', 'wm1', 'lf1')[digest(r.key, 'g')[0] % 4]}-f{digest(r.key, 'g')[1] % 90 + 10}.google.com"
        if r.style in GMAIL_FAMILY or addr.endswith("@gmail.com")
        else f"smtp.{addr.split('@')[1]}"
    )
    arrived = r.dt + timedelta(seconds=3 + digest(r.key, "lag")[0] % 40)
    headers: list[tuple[str, str]] = [
        ("Return-Path", f"<{addr}>"),
        ("Delivered-To", AR_ADDR),
        ("Received", received(sender_host, ip_for(r.key), arrived, key=r.key)),
        ("From", client_words(address(name, addr, r.charset, mode), upper)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
    ]
    if r.cc:
        headers.append(("Cc", r.cc))
    headers += [
        ("Subject", enc(reply_subject(r, q))),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r.key, r.style, addr)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    if r.style in OUTLOOK_FAMILY:
        headers += [
            ("Thread-Topic", enc(q.subject)),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            (
                "Accept-Language",
                {"en": "en-IE"}.get(r.lang, f"{r.lang}-{r.lang.upper()}") + ", en-US",
            ),
            ("Content-Language", {"en": "en-IE"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    headers += [*CLIENT_HEADERS.get(r.style, ()), *r.headers]
    set_headers(msg, headers)
    strip_part_versions(msg)
    prefix = BOUNDARY_PREFIX.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_Part_")
    fix_boundaries(msg, r.key, prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R/Size 4>>\n%%EOF\n"
)
REMITTANCE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<h2 style="font-size:14pt">REMITTANCE ADVICE</h2>
<table cellpadding="3" style="font-size:10pt">
<tr><td><b>Payer</b></td><td>Harcourt &amp; Vane Estate Agents Ltd</td></tr>
<tr><td><b>Supplier</b></td><td>Dunmore Print &amp; Signage Ltd</td></tr>
<tr><td><b>Supplier no.</b></td><td>V-10482</td></tr>
<tr><td><b>Payment date</b></td><td>01/12/2026</td></tr>
<tr><td><b>Payment method</b></td><td>BACS credit</td></tr>
<tr><td><b>Payment ref</b></td><td>HVE-0038817</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#DDE4EE"><th>Invoice no.</th><th>Invoice date</th><th align="right">Amount paid</th></tr>
<tr><td>DP26-41562</td><td>02/10/2026</td><td align="right">&pound;612.00</td></tr>
<tr><td>DP26-41590</td><td>09/10/2026</td><td align="right">&pound;288.50</td></tr>
<tr><td></td><td><b>Total</b></td><td align="right"><b>&pound;900.50</b></td></tr>
</table>
<p>Funds should reach your account within three working days.</p>
<p style="color:#666666;font-size:8pt">This message was generated automatically by our accounts payable system. Replies to this address are not monitored; please send queries to accounts@harcourtvane.example.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Declan Roche", "declan@rochesbistro.example"),
        "2026-11-24 07:51 +0000",
        "iphone",
        "Paid.",
        lab(note="one word, past tense, answering the reminder: payment_sent without a date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Harcourt & Vane AP", "ap-noreply@harcourtvane.example"),
        "2026-12-01 06:40 +0000",
        "none",
        "REMITTANCE ADVICE\n\nPayer:           Harcourt & Vane Estate Agents Ltd\nSupplier:        Dunmore Print & Signage Ltd\nSupplier no.:    V-10482\nPayment date:    01/12/2026\nPayment method:  BACS credit\nPayment ref:     HVE-0038817\n\nInvoice no.     Invoice date    Amount paid\nDP26-41562      02/10/2026      £612.00\nDP26-41590      09/10/2026      £288.50\n                Total           £900.50\n\nFunds should reach your account within three working days.\n\nThis message was generated automatically by our accounts payable system. Replies to this address are not monitored; please send queries to accounts@harcourtvane.example.",
        lab(
            ("DP26-41562", "DP26-41590"),
            paid_date="2026-12-01",
            payment_reference="HVE-0038817",
            amount="900.50",
            currency="GBP",
            note="AP-system remittance advice, not threaded, with Auto-Submitted: auto-generated; still a payment, not an auto_reply; the queries address is not a new contact",
        ),
        inv="DP26-41562",
        cur="GBP",
        subject="Remittance advice HVE-0038817 from Harcourt & Vane Estate Agents",
        threaded=False,
        markup=REMITTANCE_HTML,
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "PayRun AP Suite 9.2")),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Siobhán Tierney", "siobhan.tierney.gifts@gmail.com"),
        "2026-12-09 21:14 +0000",
        "samsung",
        "done",
        lab(note="'done' in answer to a payment reminder reads as paid; no date"),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Modehaus Brandt Kreditoren", "zahlungsavis@modehaus-brandt.example"),
        "2026-11-27 05:12 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nAvis-Nr.:                  2000418877\nZahlungsdatum:             27.11.2026\nZahlweg:                   SEPA-Überweisung\nIhre Lieferanten-Nr.:      700231\n\nBeleg-Nr.    Ihre Rechnung   Rechnungsdatum   Brutto     Skonto   Zahlbetrag\n5100092211   DP26-41344      12.10.2026       2.318,40   0,00     2.318,40\n5100092287   DP26-41371      16.10.2026       396,00     7,92     388,08\n\nSumme Zahlbetrag EUR:                                             2.706,48\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.\n\nModehaus Brandt GmbH & Co. KG · Kreditorenbuchhaltung\nSitz Lüneburg · Amtsgericht Lüneburg HRA 20417",
        lab(
            ("DP26-41344", "DP26-41371"),
            paid_date="2026-11-27",
            payment_reference="2000418877",
            amount="2706.48",
            currency="EUR",
            note="ERP payment advice (Zahlungsavis); the amount is the total actually paid, after the early-payment discount",
        ),
        inv="DP26-41344",
        subject="Zahlungsavis 2000418877 / Lieferant 700231",
        charset="iso-8859-1",
        threaded=False,
        headers=(("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jens Albers", "jens@albers-fahrrad.example"),
        "2026-12-03 18:22 +0100",
        "iphone",
        "Hallo,\n\nist gestern raus, 486 € per Überweisung an Sie. Sorry, ist im Weihnachtsgeschäft untergegangen.\n\nGruß\nJens Albers\nAlbers Fahrräder",
        lab(
            paid_date="2026-12-02",
            amount="486.00",
            currency="EUR",
            note="'gestern' = the day before Thu 3 Dec",
        ),
        amt="486.00",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Perrin", "n.perrin@agence-perrin-immobilier.example"),
        "2026-11-26 11:08 +0100",
        "gmail",
        "Bonjour,\n\nLe virement de 742,80 € est parti ce matin de notre compte professionnel, référence VIR-API-88214. Il devrait vous parvenir sous 48 heures.\n\nToutes nos excuses pour ce retard : notre comptable était en arrêt maladie et les paiements fournisseurs se sont accumulés.\n\nBien cordialement,\n\nNathalie Perrin\nGérante – Agence Perrin Immobilier\n12, place du Marché – 35400 Saint-Malo\nCarte professionnelle CPI 3502 2019 000 041 871",
        lab(
            paid_date="2026-11-26",
            payment_reference="VIR-API-88214",
            amount="742.80",
            currency="EUR",
            note="'ce matin' is the message date",
        ),
        amt="742.80",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Olivier Marchal", "contact@lacriee-honfleur.example"),
        "2026-11-25 15:40 +0100",
        "thunderbird",
        "Bonjour,\n\nRéglé par chèque n° 0048213, posté le vendredi 20 novembre à votre adresse de Dunmore. Il met peut-être du temps à traverser la Manche.\n\nAutre chose : pourriez-vous me faire un devis pour deux chevalets de trottoir avec ardoise ? Même logo que sur les menus.\n\nOlivier Marchal\nLa Criée - Honfleur",
        lab(
            paid_date="2026-11-20",
            payment_reference="0048213",
            note="cheque already posted = payment sent; the quote request is secondary",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Sanz", "administracion@zapateriasanz.example"),
        "2026-12-01 10:31 +0100",
        "outlook",
        "Buenos días:\n\nLes confirmamos que la transferencia se realizó el pasado viernes, 27 de noviembre, por importe de 1.096,50 €. Adjunto el justificante del banco.\n\nAtentamente,\n\nMarta Sanz\nAdministración – Zapatería Sanz\nC/ Mayor 41, 50001 Zaragoza\n\nEste mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.",
        lab(
            paid_date="2026-11-27",
            amount="1096.50",
            currency="EUR",
            note="bank proof attached as a PDF",
        ),
        amt="1096.50",
        attach=("Justificante_transferencia_27112026.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Pablo Ibáñez", "pablo@lunaticaeventos.example"),
        "2026-12-10 19:02 +0100",
        "gmail",
        "Hola, ya está pagado, lo hice ayer por transferencia. Si no os ha llegado decídmelo y lo miro con el banco.\n\nPablo",
        lab(
            paid_date="2026-12-09",
            note="Spanish reply to an English reminder; 'ayer' = the day before Thu 10 Dec",
        ),
        rlang="en",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ilse de Graaf", "administratie@degraafmakelaardij.example"),
        "2026-12-02 14:05 +0100",
        "outlook_html",
        "Goedemiddag,\n\nDe factuur is op maandag 30 november voldaan: € 389,00, met betalingskenmerk 5021 8834 7710 2296. Wilt u dat even nakijken?\n\nMet vriendelijke groet,\n\nIlse de Graaf\nDe Graaf Makelaardij o.g.\nLid NVM\n\nAan deze e-mail kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.",
        lab(
            paid_date="2026-11-30",
            payment_reference="5021 8834 7710 2296",
            amount="389.00",
            currency="EUR",
        ),
        amt="389.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Bellomo", "amministrazione@osteriadelponte.example"),
        "2026-11-26 12:15 +0100",
        "gmail",
        "Buongiorno,\n\nil bonifico è stato disposto martedì 24/11, CRO 1102611240035871, importo € 518,60.\n\nCordiali saluti\nChiara Bellomo\nOsteria del Ponte – Verona",
        lab(
            paid_date="2026-11-24",
            payment_reference="1102611240035871",
            amount="518.60",
            currency="EUR",
        ),
        amt="518.60",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Luca Ferri", "luca@ferrieventi.example"),
        "2026-12-14 08:47 +0100",
        "outlook_ios",
        "Buongiorno, abbiamo già pagato la settimana scorsa insieme alle altre fatture di novembre. Controllate meglio per favore.\n\nLuca",
        lab(note="'la settimana scorsa' cannot be pinned to a day, so paid_date stays null"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "promise_to_pay",
        "en",
        ("Hannah Okafor", "hannah@silverlining-events.example"),
        "2026-12-03 16:48 +0000",
        "gmail",
        "Hi there,\n\nApologies – this one slipped. Our client's deposit for the Christmas gala lands this week and I'll pay you as soon as the funds clear on Monday.\n\nThanks for your patience,\nHannah\n\nHannah Okafor | Producer\nSilver Lining Events\nUnit 3, The Old Brewery, Kilkenny",
        lab(
            promised_date="2026-12-07",
            note="event promise: payment tied to funds clearing on Monday, the Monday after Thu 3 Dec",
        ),
    ),
    Reply(
        "ptp-en-2",
        "promise_to_pay",
        "en",
        ("Gareth Lloyd", "gareth.lloyd@pennantgardencentres.example"),
        "2026-12-08 11:20 +0000",
        "outlook_html",
        "Morning,\n\nI've approved DP26-41618 this morning and it'll go out with our BACS run this Thursday. You should see £1,064.00 by Friday at the latest.\n\nRegards,\nGareth Lloyd\nPurchase Ledger | Pennant Garden Centres Ltd\nRegistered in England and Wales No. 04412907\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Pennant Garden Centres Ltd accepts no liability for viruses transmitted with this email.",
        lab(
            ("DP26-41618",),
            promised_date="2026-12-10",
            amount="1064.00",
            currency="GBP",
            note="'approved' is past but the payment is future: the promise is the run day (Thu 10 Dec), not the arrival day",
        ),
        inv="DP26-41618",
        amt="1064.00",
        cur="GBP",
    ),
    Reply(
        "ptp-en-3",
        "promise_to_pay",
        "en",
        ("Ronan Mulcahy", "ronan.mulcahy@mulcahy4council.example"),
        "2026-12-04 22:10 +0000",
        "outlook_ios",
        "Hi,\n\nThe campaign account gets topped up after our fundraising dinner on the 12th. I'll settle invoice 41702 on Monday the 14th, first thing.\n\nRonan\nTreasurer, Mulcahy for Council\n\nPublished by R. Mulcahy on behalf of Cllr Áine Mulcahy, 8 Chapel Street, Ennis.",
        lab(
            ("DP26-41702",),
            promised_date="2026-12-14",
            note="'41702' is a short form of DP26-41702",
        ),
        inv="DP26-41702",
    ),
    Reply(
        "ptp-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Kröger", "s.kroeger@kroeger-immobilien.example"),
        "2026-12-01 09:37 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für den Hinweis. Die Rechnung ist zur Zahlung freigegeben und wird bis spätestens 15.12.2026 ausgeglichen.\n\nMit freundlichen Grüßen\n\nSabine Kröger\nBuchhaltung\nKröger Immobilien GmbH\nTel. 0421 555 38 12\n\nKröger Immobilien GmbH · Geschäftsführerin: Helga Kröger · Amtsgericht Bremen HRB 31877",
        lab(promised_date="2026-12-15", note="'bis spätestens' a date → that date"),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-de-2",
        "promise_to_pay",
        "de",
        ("Mehmet Yıldız", "mehmet@grillhaus-anatolia.example"),
        "2026-12-04 23:41 +0100",
        "iphone",
        "Hallo, mach ich am Montag, versprochen. Grade Weihnachtsfeiern ohne Ende hier 🙈\nMehmet",
        lab(promised_date="2026-12-07", note="'am Montag' future, after Fri 4 Dec"),
    ),
    Reply(
        "ptp-fr-1",
        "promise_to_pay",
        "fr",
        ("Camille Roussel", "compta@atelier-soiree.example"),
        "2026-11-30 10:02 +0100",
        "outlook_html",
        "Bonjour,\n\nNous avons bien reçu votre relance. La facture sera réglée le 10 décembre, avec notre prochain virement groupé fournisseurs.\n\nCordialement,\n\nCamille Roussel\nComptabilité – L'Atelier Soirée\nAgence événementielle – Lyon\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires.",
        lab(promised_date="2026-12-10"),
    ),
    Reply(
        "ptp-fr-2",
        "promise_to_pay",
        "fr",
        ("Hélène Dubois", "helene@fromagerie-dubois.example"),
        "2026-11-26 18:30 +0100",
        "apple",
        "Bonsoir,\n\nJe fais le virement mardi, dès que la banque aura relevé mon découvert autorisé. Désolée pour l'attente.\n\nHélène\nFromagerie Dubois",
        lab(promised_date="2026-12-01", note="'mardi' future, after Thu 26 Nov"),
    ),
    Reply(
        "ptp-es-1",
        "promise_to_pay",
        "es",
        ("Iñaki Etxeberria", "inaki@asadoretxeberria.example"),
        "2026-12-02 17:12 +0100",
        "apple",
        "Buenas tardes:\n\nPerdonad el retraso. Lo pagamos el día 15 sin falta, que es cuando cobramos las cenas de empresa.\n\nUn saludo,\nIñaki\nAsador Etxeberria",
        lab(promised_date="2026-12-15"),
    ),
    Reply(
        "ptp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne Visser", "sanne@feestfabriek.example"),
        "2026-12-07 13:25 +0100",
        "gmail",
        "Hoi,\n\nExcuses, deze is blijven liggen. We betalen vrijdag 11 december, samen met de andere facturen van november.\n\nGroet,\nSanne Visser\nDe Feestfabriek – evenementen & personeelsfeesten",
        lab(promised_date="2026-12-11"),
    ),
    Reply(
        "ptp-nl-2",
        "promise_to_pay",
        "nl",
        ("Kees Brouwer", "kees.brouwer@bloemenhuisbrouwer.example"),
        "2026-11-24 20:55 +0100",
        "samsung",
        "Ik maak het morgen over. Was het vergeten, sorry.\nKees",
        lab(promised_date="2026-11-25", note="'morgen' is future: a promise, not a payment"),
    ),
    Reply(
        "ptp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Marchetti", "g.marchetti@marchettiimmobiliare.example"),
        "2026-12-09 10:44 +0100",
        "outlook",
        "Buongiorno,\n\nprovvederemo al saldo entro venerdì 18 dicembre, data del nostro prossimo pagamento fornitori.\n\nCordiali saluti,\n\nGiulia Marchetti\nAmministrazione\nMarchetti Immobiliare S.r.l.\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di avvisare il mittente.",
        lab(promised_date="2026-12-18", note="'entro' a date → that date"),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-it-2",
        "promise_to_pay",
        "it",
        ("Francesca Riva", "tesoreria@comitatoriva2027.example"),
        "2026-12-11 15:03 +0100",
        "gmail",
        "Buonasera,\n\nil comitato paga i fornitori a fine mese, quando arrivano i contributi dei sostenitori. Questa fattura rientra nel pagamento di fine dicembre.\n\nGrazie per la pazienza,\nFrancesca Riva\nTesoriera – Comitato «Riva Sindaca 2027»",
        lab(promised_date="2026-12-31", note="'fine dicembre' → the last day of the month"),
    ),
]

DISPUTE = [
    Reply(
        "dis-en-1",
        "dispute",
        "en",
        ("Alan Pritchard", "alan@pritchardandhale.example"),
        "2026-11-27 12:12 +0000",
        "outlook_html",
        "Hello,\n\nWe have NOT paid DP26-41455 because the six For Sale boards never arrived. They were due with us by 12 November for the Castle Road instruction and I've had to borrow boards from our Tullow branch in the meantime.\n\nPlease check with your dispatch team. I'll happily pay once the boards turn up, but not before.\n\nAlan Pritchard\nBranch Manager\nPritchard & Hale Estate Agents\n\nPritchard & Hale is a trading name of P&H Property Services Ltd. This email is confidential; if you are not the intended recipient please delete it.",
        lab(
            ("DP26-41455",),
            note="negated payment with a reason (goods never arrived): dispute; the conditional payment is secondary",
        ),
        inv="DP26-41455",
    ),
    Reply(
        "dis-en-2",
        "dispute",
        "en",
        ("Marco Conti", "marco@contiscafe.example"),
        "2026-12-02 15:31 +0000",
        "gmail",
        "Hi,\n\n41230 was paid last week, check your account. But 41288 is wrong: you've charged us for 500 takeaway menus and we ordered (and got) 250. Send a corrected one and I'll pay it.\n\nMarco\nConti's Café & Pizzeria",
        lab(
            ("DP26-41230", "DP26-41288"),
            note="paid one invoice and disputed another: dispute wins for the disputed part; both numbers in short form",
        ),
        inv="DP26-41288",
    ),
    Reply(
        "dis-en-3",
        "dispute",
        "en",
        ("Peter Lennon", "agent@votecassidy.example"),
        "2026-12-10 09:58 +0000",
        "thunderbird",
        "Good morning,\n\nI'm afraid we're disputing this invoice in full. The 10,000 leaflets you delivered on 2 December are missing the imprint (promoter's name and address) that was on the proof we signed off. We can't legally distribute them, so they are unusable.\n\nWe need them reprinted with the imprint before polling week. Until that happens we won't be paying for the first run.\n\n-- \nPeter Lennon\nElection Agent, Cassidy for Westward",
        lab(note="campaign leaflets printed without the legally required imprint: quality dispute"),
    ),
    Reply(
        "dis-de-1",
        "dispute",
        "de",
        ("Tobias Lehmann", "t.lehmann@lichtblick-events.example"),
        "2026-11-30 11:45 +0100",
        "gmail",
        "Hallo zusammen,\n\ndie Rechnung DP26-41512 werden wir so nicht bezahlen. Auf allen acht Bannern für die Firmenfeier steht der 5. Dezember statt des 12. Dezember – genau das hatten wir im Korrekturabzug vom 3.11. angemerkt.\n\nBitte drucken Sie kurzfristig und auf Ihre Kosten neu. Erst danach können wir die Rechnung freigeben.\n\nViele Grüße\nTobias Lehmann\nProjektleitung\nLichtblick Events GmbH",
        lab(("DP26-41512",), note="misprinted event banners; refusal to pay until reprinted"),
        inv="DP26-41512",
    ),
    Reply(
        "dis-de-2",
        "dispute",
        "de",
        ("Gerda Hoffmann", "einkauf@hoffmann-optik.example"),
        "2026-12-07 14:20 +0100",
        "outlook",
        "Guten Tag,\n\nlaut Ihrem Angebot AN-2026-118 war die Schaufensterbeschriftung mit 1.450,00 EUR netto vereinbart. Berechnet haben Sie 1.720,00 EUR netto. Die Differenz von 270,00 EUR erkennen wir nicht an.\n\nBitte senden Sie uns eine korrigierte Rechnung. Den unstrittigen Betrag überweisen wir nach Erhalt.\n\nMit freundlichen Grüßen\nGerda Hoffmann\nHoffmann Optik e.K.",
        lab(
            note="price disagreement against a quote; the corrected-invoice request and the conditional payment are secondary"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "dis-fr-1",
        "dispute",
        "fr",
        ("Yann Le Goff", "yann@creperie-ty-breizh.example"),
        "2026-12-04 16:02 +0100",
        "gmail_plain",
        "Bonjour,\n\nLes 40 menus plastifiés sont arrivés avec les couleurs complètement délavées, et la moitié sont rayés. Ce n'est pas du tout le BAT que nous avions validé. Je vous ai envoyé des photos le 26 novembre, sans réponse.\n\nNous ne réglerons pas cette facture tant que les menus ne seront pas refaits.\n\nYann Le Goff\nCrêperie Ty Breizh",
        lab(),
    ),
    Reply(
        "dis-es-1",
        "dispute",
        "es",
        ("Lucía Navarro", "lucia.navarro@navarrofincas.example"),
        "2026-11-27 13:10 +0100",
        "outlook_html",
        "Buenas tardes:\n\nLos vinilos del escaparate se despegaron a los tres días de la instalación, y dos de ellos llegaron con la dirección de la oficina mal escrita («Calle Mallor» en lugar de «Calle Mayor»). Se lo comunicamos a su instalador el día 18.\n\nHasta que no nos repongan los vinilos no vamos a abonar la factura.\n\nSaludos cordiales,\nLucía Navarro\nNavarro Fincas – Gestión inmobiliaria",
        lab(),
        cte="b64",
    ),
    Reply(
        "dis-es-2",
        "dispute",
        "es",
        ("Jordi Puig", "jordi@puigesports.example"),
        "2026-12-11 10:12 +0100",
        "iphone",
        "Hola,\n\nEsta factura es un duplicado de la DP26-41577, que os pagamos el 20 de noviembre. Es el mismo pedido de rótulos y el mismo importe. Anuladla, por favor.\n\nJordi Puig\nPuig Esports",
        lab(
            ("DP26-41577",),
            note="duplicate billing; the payment mentioned is of the earlier invoice, so no paid_date",
        ),
        inv="DP26-41650",
    ),
    Reply(
        "dis-nl-1",
        "dispute",
        "nl",
        ("Ruud Bakker", "campagne@lokaalbelang-zwolle.example"),
        "2026-12-08 16:40 +0100",
        "owa",
        "Beste mensen van Dunmore,\n\nDe verkiezingsborden zijn in het verkeerde formaat geleverd: A1 in plaats van de bestelde A0. Op de gemeentelijke aanplakborden vallen ze daardoor volledig weg. Wij betalen deze factuur niet totdat de borden in het juiste formaat opnieuw zijn gedrukt.\n\nMet vriendelijke groet,\nRuud Bakker\nCampagneleider Lokaal Belang Zwolle",
        lab(),
    ),
    Reply(
        "dis-nl-2",
        "dispute",
        "nl",
        ("Fatima El Amrani", "fatima@elamrani-mode.example"),
        "2026-12-15 10:30 +0100",
        "gmail",
        "Goedemorgen,\n\nOp de factuur staat ook montage van de gevelletters (€ 240,00), maar die hebben we zelf laten doen omdat uw monteur niet kwam opdagen. Het drukwerk betalen we natuurlijk, de montage niet.\n\nGraag een aangepaste factuur.\n\nFatima El Amrani\nEl Amrani Mode – Rotterdam",
        lab(
            note="one line of the invoice contested; the amount named is the disputed line, not a payment"
        ),
    ),
    Reply(
        "dis-it-1",
        "dispute",
        "it",
        ("Marco Gentile", "marco.gentile@gentileeventi.example"),
        "2026-11-23 17:05 +0100",
        "outlook_html",
        "Buonasera,\n\nnon abbiamo pagato perché il materiale (totem e roll-up per il convegno del 14 novembre) è arrivato il 16, a evento finito. Lo avevamo già segnalato al vostro commerciale.\n\nVi chiediamo di annullare la fattura o di emettere una nota di credito.\n\nCordiali saluti,\nMarco Gentile\nGentile Eventi S.r.l.",
        lab(note="negated payment with a reason (late delivery after the event): dispute"),
    ),
    Reply(
        "dis-it-2",
        "dispute",
        "it",
        ("Salvatore Russo", "salvatore@pizzeriarusso.example"),
        "2026-12-16 11:50 +0100",
        "thunderbird",
        "Buongiorno,\n\nnella fattura DP26-41699 ci avete addebitato tre insegne luminose, ma ne abbiamo ordinata e ricevuta una sola. Sistemate la fattura e paghiamo subito.\n\nSalvatore Russo\nPizzeria Russo dal 1968",
        lab(("DP26-41699",), note="quantity billed wrong; payment only after correction"),
        inv="DP26-41699",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Niamh Gallagher", "niamh@thesaltedlemon.example"),
        "2026-11-25 22:18 +0000",
        "iphone",
        "Hi, honestly November was dead quiet and we're only getting busy now with the Christmas bookings. Could I do €300 a week for four weeks, starting this Friday? I'd rather be straight with you than promise the lot and miss it.\n\nNiamh",
        lab(note="weekly instalments proposed; plan dates and amounts are not labelled"),
        amt="1200.00",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Robert Finch", "accounts@finchpropertygroup.example"),
        "2026-12-01 12:03 +0000",
        "outlook",
        "Hello,\n\nWould you accept the balance in three monthly instalments (December, January, February)? We've had a slow quarter on sales and I'd like to spread the cost of the new board stock.\n\nIf that works I can set up the standing order this week.\n\nKind regards,\nRobert Finch\nFinance Manager, Finch Property Group",
        lab(),
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Tariq Hussain", "tariq@pulse-eventco.example"),
        "2026-12-10 14:37 +0000",
        "gmail",
        "Hi,\n\nCan I send €500 today and the remaining €712 on 8 January? Two of our December clients pay on 60-day terms and it's squeezing us.\n\nCheers,\nTariq\nPulse Event Co.",
        lab(
            note="part now and the rest later, asked as a question: payment_plan, not payment_sent or promise_to_pay"
        ),
        amt="1212.00",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Petra Wagner", "p.wagner@spielwaren-wagner.example"),
        "2026-12-02 09:15 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwäre eine Ratenzahlung in drei Monatsraten zu je 620,00 € möglich? Die erste Rate könnten wir zum 15.12. überweisen. Das Weihnachtsgeschäft läuft bei uns erst jetzt richtig an.\n\nÜber eine kurze Bestätigung würde ich mich freuen.\n\nMit freundlichen Grüßen\nPetra Wagner\nSpielwaren Wagner – Inh. Petra Wagner",
        lab(
            note="instalments with a first date: the plan is the intent, the first instalment date is not labelled"
        ),
        amt="1860.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Julien Mercier", "julien.mercier@merciertransactions.example"),
        "2026-12-03 08:50 +0100",
        "apple",
        "Bonjour,\n\nSerait-il possible d'échelonner le règlement en deux fois : la moitié fin décembre, le solde fin janvier ? La période est compliquée pour les agences en ce moment.\n\nMerci d'avance,\nJulien Mercier\nMercier Transactions",
        lab(),
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Agnès Fontaine", "tresorerie@fontaine-2027.example"),
        "2026-12-14 17:40 +0100",
        "html_only",
        "Madame, Monsieur,\n\nLe compte de campagne ne nous permet pas de régler cette facture en une seule fois. Nous vous proposons des versements mensuels de 250 € à partir du 5 janvier, jusqu'au solde complet.\n\nMerci de nous confirmer votre accord par écrit, le mandataire financier devant pouvoir le justifier.\n\nAgnès Fontaine\nMandataire financière\nAssociation de financement de la campagne d'Élise Fontaine",
        lab(note="HTML-only message"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Rocío Medina", "rocio@tabernaelpatio.example"),
        "2026-11-30 23:05 +0100",
        "iphone",
        "Hola! ¿Os importa si lo pagamos en dos veces? La mitad ahora y la otra mitad a mediados de enero. Diciembre es el mes fuerte pero todavía no hemos cobrado nada.\n\nRocío",
        lab(),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Álvaro Ruiz", "alvaro@ruizproducciones.example"),
        "2026-12-09 12:20 +0100",
        "gmail",
        "Buenos días:\n\nOs propongo pagar la deuda en cuatro cuotas de 400 € cada día 10, de diciembre a marzo. Si os parece bien, os lo dejo programado hoy mismo.\n\nUn saludo,\nÁlvaro Ruiz\nRuiz Producciones – Eventos y congresos",
        lab(),
        amt="1600.00",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Joris Verbeek", "joris@eetcafedebrug.example"),
        "2026-11-23 21:40 +0100",
        "iphone",
        "Hallo, kunnen we het in drie termijnen doen? Ik kan deze maand niet alles in één keer. Laat maar weten wat kan.\nJoris",
        lab(),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Hanneke Smit", "h.smit@smitwonen.example"),
        "2026-12-04 11:11 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nGraag stel ik een betalingsregeling voor: € 350 per maand, te beginnen op 1 januari, tot het openstaande bedrag is voldaan. Wij hebben dit jaar fors geïnvesteerd in nieuwe bordmaterialen en de woningmarkt is rustig.\n\nMet vriendelijke groet,\n\nHanneke Smit\nSmit Wonen Makelaardij",
        lab(),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Roberto Colombo", "roberto@colombocalzature.example"),
        "2026-12-01 19:22 +0100",
        "thunderbird",
        "Buonasera,\n\nsarebbe possibile rateizzare l'importo in quattro rate mensili? Dopo i lavori al negozio siamo un po' in difficoltà, ma vogliamo chiudere la posizione entro marzo.\n\nGrazie,\nRoberto Colombo\nColombo Calzature",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Davide Greco", "davide.greco@grecoconsigliere.example"),
        "2026-12-17 10:05 +0100",
        "apple_html",
        "Buongiorno,\n\nvi proponiamo un acconto di € 300 entro venerdì e il saldo in due rate uguali a gennaio e febbraio. Il comitato raccoglie i fondi con le cene elettorali e ci serve un po' di tempo.\n\nCordiali saluti,\nDavide Greco\nComitato elettorale «Greco Consigliere»",
        lab(
            note="deposit by Friday plus two instalments: payment_plan; the deposit date is part of the plan, not a promised_date"
        ),
        amt="960.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Owen Price", "owen@priceandson-hardware.example"),
        "2026-11-26 10:40 +0000",
        "gmail_plain",
        "Hi,\n\nNo idea what DP26-41377 relates to – I can't find an order from us to you anywhere. Can you send me a copy of the invoice with the PO number and the name of whoever placed the order?\n\nOwen Price\nPrice & Son Hardware",
        lab(
            ("DP26-41377",),
            note="asks for the invoice and order details without contesting the charge: invoice_request",
        ),
        inv="DP26-41377",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Claire Donnelly", "accounts@donnellyestates.example"),
        "2026-12-03 15:02 +0000",
        "html_only",
        "Hi,\n\nCould you send us a statement of all open invoices across our three branches (Carlow, Naas and Newbridge)? We pay from a statement at month end and I'm not sure which of these we already have.\n\nThanks,\nClaire Donnelly\nAccounts, Donnelly Estates",
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Imogen Hart", "imogen.hart@hartforwestfield.example"),
        "2026-12-15 10:25 +0000",
        "owa",
        "Hello,\n\nFor the spending return our election agent needs the invoice addressed to her personally as agent (Ms Joanna Reyes, 22 Orchard Row, Westfield), not to the party's head office, and with the VAT shown separately. Could you reissue it in that form please? The amount itself is fine.\n\nMany thanks,\nImogen Hart\nCampaign Office, Hart for Westfield\n\nPromoted by Joanna Reyes on behalf of Imogen Hart, both at 22 Orchard Row, Westfield.",
        lab(note="reissue to a different addressee with the VAT shown; amount not contested"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Lena Schubert", "buchhaltung@zeltfest-events.example"),
        "2026-11-24 13:55 +0100",
        "gmail",
        "Hallo,\n\nuns liegt nur Ihre Zahlungserinnerung vor, die eigentliche Rechnung ist nie bei uns angekommen. Können Sie sie bitte als PDF (gern auch als XRechnung) an diese Adresse schicken?\n\nDanke und viele Grüße\nLena Schubert\nBuchhaltung\nZeltfest Events GmbH",
        lab(),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Uwe Schröder", "u.schroeder@baumarkt-schroeder.example"),
        "2026-12-10 08:30 +0100",
        "owa",
        "Guten Morgen,\n\nbitte senden Sie uns die Rechnung noch einmal mit unserer Bestellnummer 4500123987. Ohne Bestellnummer kann unser System die Rechnung nicht verbuchen.\n\nMit freundlichen Grüßen\nUwe Schröder\nRechnungsprüfung\nBaumarkt Schröder GmbH",
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Garnier", "sophie@bistrot-garnier.example"),
        "2026-11-25 09:14 +0100",
        "gmail_plain",
        "Bonjour,\n\nJe n'ai jamais reçu cette facture. Pouvez-vous me la renvoyer ? Je la réglerai dès que je l'aurai.\n\nSophie\nBistrot Garnier",
        lab(note="the invoice is needed first; the conditional payment has no date"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Thierry Lambert", "comptabilite@lambert-immo.example"),
        "2026-12-08 14:45 +0100",
        "outlook",
        "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte à jour, avec le détail des factures et des règlements reçus depuis septembre ? Nos écritures ne correspondent pas aux vôtres et je voudrais faire le rapprochement.\n\nCordialement,\nThierry Lambert\nService comptable – Lambert Immobilier",
        lab(
            note="statement request for a reconciliation; nothing is contested yet, so not a dispute"
        ),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Vidal", "carmen@arrocerialaplaya.example"),
        "2026-12-01 16:20 +0100",
        "iphone",
        "¿Me podéis mandar la factura otra vez? No la encuentro por ningún lado 🙏",
        lab(),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Molina", "contabilidad@molinamuebles.example"),
        "2026-12-14 12:00 +0100",
        "outlook_html",
        "Buenos días:\n\nLa factura DP26-41642 lleva el CIF de nuestra antigua sociedad. Necesitamos que la emitan de nuevo a nombre de Molina Muebles y Decoración, S.L., CIF B-98765432, para poder contabilizarla. El importe es correcto.\n\nGracias,\nSergio Molina\nDepartamento de Contabilidad",
        lab(("DP26-41642",), note="reissue with the right tax id; amount not contested"),
        inv="DP26-41642",
        cte="b64",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Daan Mulder", "facturen@mulderevents.example"),
        "2026-11-27 10:10 +0100",
        "outlook_html",
        "Goedemorgen,\n\nKunt u de factuur opnieuw sturen met ons inkoopordernummer PO-2026-0912 erop? Zonder PO-nummer wordt hij door onze crediteurenafdeling automatisch afgewezen.\n\nMet vriendelijke groet,\nDaan Mulder\nMulder Events B.V.",
        lab(note="reissue with a PO number"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Wim Jansen", "wim@jansen-ijzerwaren.example"),
        "2026-12-16 15:35 +0100",
        "bottom",
        "Goedemiddag,\n\nOver welke opdracht gaat deze factuur? Ik kan hem niet thuisbrengen. Kunt u de opdrachtbevestiging of de pakbon meesturen?\n\nGroet,\nWim Jansen\nJansen IJzerwaren",
        lab(note="bottom-posted question asking for the order documents"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elena Conti", "amministrazione@contimmobili.example"),
        "2026-12-02 11:30 +0100",
        "outlook_html",
        "Buongiorno,\n\nla fattura DP26-41567 non ci risulta pervenuta tramite SdI: nel nostro cassetto fiscale non c'è. Potete verificare l'invio e mandarcene intanto una copia di cortesia in PDF? Il nostro codice destinatario è M5UXCR1.\n\nGrazie,\nElena Conti\nAmministrazione – Conti Immobili S.a.s.",
        lab(
            ("DP26-41567",),
            note="e-invoice never received through the exchange system: asks for the invoice",
        ),
        inv="DP26-41567",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Harwood & Lyle Accounts", "accounts@harwoodlyle-estates.example"),
        "2026-12-07 08:02 +0000",
        "outlook",
        "Dear Supplier,\n\nPlease note that with immediate effect all invoices, statements and payment reminders for Harwood & Lyle must be sent ONLY to our new accounts mailbox: harwoodlyle.accounts@gmail.com\n\nOur previous address will be closed this week. Kindly update your records and confirm by return once done. Please do not contact the branch by phone about this change as staff there are not authorised to discuss accounts.\n\nRegards,\nAccounts Department\nHarwood & Lyle Estate Agents",
        lab(
            new_contact="harwoodlyle.accounts@gmail.com",
            note="phishing-like: lookalike sender domain (the reminder went to harwoodlyle.example), free-mail target, discourages a phone check; labelled by what it asks (wrong_contact), a person must verify before changing the contact",
        ),
        quote_to="Accounts <accounts@harwoodlyle.example>",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Kev Brennan", "kevin@figandfennel.example"),
        "2026-11-30 15:15 +0000",
        "iphone",
        "I'm the head chef mate, I don't do the accounts. Send it to our bookkeeper Deirdre – deirdre@ledgerlinebooks.example\n\nKev",
        lab(new_contact="deirdre@ledgerlinebooks.example"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Rachel Moyo", "office@moyoforcentral.example"),
        "2026-12-16 12:40 +0000",
        "outlook_html",
        "Hello,\n\nThe campaign office closed after the by-election and this mailbox is only checked now and then. All outstanding supplier bills are handled centrally by the party's finance unit: finance@progressivealliance-party.example. I've forwarded your reminder to them.\n\nBest wishes,\nRachel Moyo\n(former) Office Manager, Moyo for Central",
        lab(
            new_contact="finance@progressivealliance-party.example",
            note="closed campaign office naming the party's finance unit",
        ),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Katrin Vogel", "katrin.vogel84@gmail.com"),
        "2026-12-01 20:10 +0100",
        "gmail",
        "Hallo,\n\nich arbeite seit dem 1. November nicht mehr bei der Eventwerk Köln GmbH, und das hier ist meine private Adresse. Bitte wenden Sie sich an buchhaltung@eventwerk-koeln.example.\n\nViele Grüße\nKatrin Vogel",
        lab(
            new_contact="buchhaltung@eventwerk-koeln.example",
            note="German reply to an English reminder; former employee",
        ),
        rlang="en",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Anja Krüger", "filiale.lueneburg@modehaus-lindner.example"),
        "2026-12-08 10:05 +0100",
        "outlook",
        "Guten Tag,\n\nRechnungen und Mahnungen bitte nicht an die Filiale schicken. Zuständig ist ausschließlich unsere Kreditorenbuchhaltung in der Zentrale: Kreditoren@Modehaus-Lindner.example\n\nMit freundlichen Grüßen\nAnja Krüger\nFilialleitung Lüneburg\nModehaus Lindner",
        lab(
            new_contact="kreditoren@modehaus-lindner.example",
            note="address written in mixed case, labelled in lower case",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Marc Olivier", "agence.vieuxport@immo-horizon.example"),
        "2026-11-30 09:50 +0100",
        "roundcube",
        "Bonjour,\n\nL'agence du Vieux-Port a été reprise par le groupe Immo Horizon au 1er novembre. Merci d'adresser désormais vos factures et relances à notre service fournisseurs : fournisseurs@immo-horizon.example\n\nCordialement,\nMarc Olivier\nResponsable d'agence",
        lab(new_contact="fournisseurs@immo-horizon.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Bernard Caron", "bernard.caron@laposte-perso.example"),
        "2026-12-12 11:20 +0100",
        "iphone",
        "Vous vous êtes trompés d'adresse. Je suis à la retraite et je n'ai jamais rien commandé chez vous. Vérifiez vos fichiers.",
        lab(note="wrong recipient altogether, no new address; no stop request"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Diego Herrera", "sala@bodegaherrera.example"),
        "2026-12-04 12:35 +0100",
        "gmail",
        "Hola, yo solo llevo la sala. Las facturas las lleva nuestra gestoría: escribid a facturas@gestoriamartinez.example y ellos os dicen.\n\nDiego",
        lab(new_contact="facturas@gestoriamartinez.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van der Laan", "bezichtigingen@vanderlaanmakelaars.example"),
        "2026-11-26 16:00 +0100",
        "outlook_html",
        "Goedemiddag,\n\nDit adres gebruiken wij alleen voor bezichtigingsafspraken. Facturen en herinneringen graag voortaan naar crediteuren@vanderlaanmakelaars.example.\n\nMet vriendelijke groet,\nLotte van der Laan\nVan der Laan Makelaars",
        lab(new_contact="crediteuren@vanderlaanmakelaars.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Eva Hendriks", "eva@dekleinewinkel.example"),
        "2026-12-09 09:40 +0100",
        "gmail",
        "Hoi,\n\nDit soort dingen regelt onze boekhouder, ik heb hem in de cc gezet. Wil je het voortaan direct naar hem sturen?\n\nGroetjes,\nEva\nDe Kleine Winkel",
        lab(
            new_contact="admin@cijferwerk.example",
            note="the new address appears only in Cc (mixed case), labelled in lower case",
        ),
        cc="Boekhouding Cijferwerk <Admin@Cijferwerk.example>",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Paolo Bianchi", "paolo.bianchi@comitatorinnovamento.example"),
        "2026-12-03 18:15 +0100",
        "thunderbird",
        "Buonasera,\n\nnon sono più il tesoriere del comitato da fine ottobre. Per le fatture scrivete a tesoreria@comitatorinnovamento.example, che ora segue la nuova tesoriera.\n\nSaluti,\nPaolo Bianchi",
        lab(new_contact="tesoreria@comitatorinnovamento.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Sara Lombardi", "sara@festaviva.example"),
        "2026-12-11 14:25 +0100",
        "apple_html",
        "Ciao,\n\nio mi occupo solo della produzione. Per pagamenti e fatture scrivete all'amministrazione, amministrazione@festaviva.example, mettendo in copia Giorgio.\n\nGrazie!\nSara\nFestaViva – eventi e matrimoni",
        lab(
            new_contact="amministrazione@festaviva.example",
            note="'in copia Giorgio' gives no address",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Frank Delaney", "frank@delaneysbar.example"),
        "2026-12-02 10:10 +0000",
        "gmail_plain",
        "Take me off this list. This is the third reminder for something we paid in full last month. Stop emailing me.\n\nFrank Delaney\nDelaney's Bar & Kitchen",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Tom Whitaker", "candidate@adeyemi4mayor.example"),
        "2026-12-09 13:33 +0000",
        "outlook",
        "Hello,\n\nThis is the candidate's personal inbox and it must not be used for supplier correspondence. Please stop emailing this address. Any invoice or reminder should be sent in writing, by post, to the Election Agent, Adeyemi for Mayor, 5 Tannery Yard, Riverside.\n\nTom Whitaker\nCampaign Coordinator",
        lab(note="stop e-mailing, post only, no e-mail address given: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Lisa Grant", "lisa@grantsflorist.example"),
        "2026-12-17 08:05 +0000",
        "iphone",
        "UNSUBSCRIBE",
        lab(),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Felix Brandner", "f.brandner@brandner-kongress.example"),
        "2026-11-30 17:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Nutzung meiner E-Mail-Adresse. Bitte löschen Sie diese Adresse aus Ihrem Verteiler und senden Sie keine weiteren Nachrichten an sie.\n\nMit freundlichen Grüßen\nDr. Felix Brandner\nGeschäftsführer\nBrandner Kongress & Event GmbH",
        lab(note="data-protection objection: unsubscribe"),
        cte="b64",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Valérie Morel", "valerie@boutique-morel.example"),
        "2026-11-24 12:00 +0100",
        "gmail",
        "Bonjour,\n\nMerci de me désinscrire de vos envois. Je ne souhaite plus recevoir de courriels de votre part (RGPD, droit d'opposition).\n\nValérie Morel\nBoutique Morel",
        lab(),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Antoine Girard", "antoine@brasseriegirard.example"),
        "2026-12-10 15:12 +0100",
        "outlook_html",
        "Bonjour,\n\nCessez de m'envoyer ces relances. Le litige sur les enseignes a été réglé avec votre commercial en octobre, il devait annuler la facture. Je ne répondrai plus à ces courriels.\n\nAntoine Girard\nBrasserie Girard",
        lab(note="stop request plus a dispute: unsubscribe beats dispute"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manuel Ortega", "manuel@cerveceriaortega.example"),
        "2026-11-27 14:10 +0100",
        "gmail_plain",
        "Dejad de mandarme correos, por favor. No quiero recibir más mensajes en esta dirección.",
        lab(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Nuria Campos", "nuria@camposcomunicacion.example"),
        "2026-12-14 10:50 +0100",
        "outlook",
        "Buenos días:\n\nLes solicito que eliminen esta dirección de su base de datos, en ejercicio de mi derecho de supresión (RGPD). No deseo recibir más comunicaciones por correo electrónico.\n\nAtentamente,\nNuria Campos\nCampos Comunicación – Agencia de eventos",
        lab(note="data-protection erasure request: unsubscribe"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Bas de Wit", "bas@dewitfietsen.example"),
        "2026-12-01 07:55 +0100",
        "iphone",
        "Afmelden",
        lab(),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Marieke Bos", "info@bosmakelaardij.example"),
        "2026-12-11 16:45 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij willen op dit adres geen e-mails meer van u ontvangen. Stuurt u correspondentie over facturen voortaan uitsluitend per post naar ons kantooradres.\n\nMet vriendelijke groet,\nMarieke Bos\nBos Makelaardij",
        lab(note="post only: unsubscribe"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Alessandra Fabbri", "ale.fabbri@profumeriafabbri.example"),
        "2026-11-28 10:30 +0100",
        "gmail",
        "Cancellatemi dalla vostra mailing list. Grazie.",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Vincenzo Esposito", "info@trattoriaesposito.example"),
        "2026-12-15 12:00 +0100",
        "outlook",
        "Spett.le ditta,\n\nnon scrivete più a questo indirizzo. Qualsiasi comunicazione deve arrivare esclusivamente per raccomandata A/R alla sede legale.\n\nDistinti saluti\nVincenzo Esposito\nTrattoria Esposito",
        lab(note="registered post only: unsubscribe"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Megan Doyle", "megan.doyle@doylehomes.example"),
        "2026-11-30 09:03 +0000",
        "none",
        "Thank you for your email. I am out of the office until Monday 7 December with limited access to email.\n\nFor urgent sales or lettings matters please call the office on 01 555 0178.\n\nMegan Doyle\nDoyle Homes Estate Agents",
        lab(return_date="2026-12-07", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Brightside Events Support", "support@brightside-events.example"),
        "2026-12-02 09:06 +0000",
        "none",
        "Hello,\n\nThank you for contacting Brightside Events. Your request has been received and a ticket has been opened with the reference #48213.\n\nA member of our team will respond within 2 working days. Please keep the ticket number in the subject line if you write to us again.\n\nBrightside Events Customer Care\nThis is an automated message.",
        lab(note="ticket acknowledgement; no return date"),
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO, ("Precedence", "bulk"), ("X-Mailer", "HelpCentral Desk 5")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Team Okonkwo", "hello@okonkwo4westmere.example"),
        "2026-12-14 09:10 +0000",
        "none",
        "Thanks for getting in touch with Team Okonkwo!\n\nWe're a small volunteer team and we read every message, but during the campaign we can't always reply personally. If your message is about volunteering, please use the sign-up form on our website.\n\nTogether for Westmere,\nTeam Okonkwo\n\nPromoted by J. Farrell on behalf of Chidi Okonkwo, 3 Market Square, Westmere.",
        lab(note="campaign autoresponder with only X-Autoreply, no Auto-Submitted; no return date"),
        subject="Thanks for getting in touch!",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Stefanie Wolf", "s.wolf@wolf-immobilien.example"),
        "2026-12-08 09:05 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 07.12. bis einschließlich 18.12.2026 im Urlaub und ab dem 21.12.2026 wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 040 555 71 20.\n\nMit freundlichen Grüßen\nStefanie Wolf\nWolf Immobilien",
        lab(return_date="2026-12-21", note="'wieder im Büro ab' wins over 'bis einschließlich'"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Gasthaus Zur Linde", "info@gasthaus-zurlinde.example"),
        "2026-12-16 09:20 +0100",
        "none",
        "Liebe Gäste, liebe Geschäftspartner,\n\nunser Haus ist vom 21.12.2026 bis einschließlich 05.01.2027 geschlossen. Ab dem 06.01.2027 sind wir wieder für Sie da. E-Mails werden in dieser Zeit nicht bearbeitet.\n\nFrohe Weihnachten und einen guten Rutsch!\nFamilie Huber\nGasthaus Zur Linde",
        lab(
            return_date="2027-01-06",
            note="closure announced ahead of time; the stated day back wins",
        ),
        subject="Betriebsferien Gasthaus Zur Linde",
        charset="iso-8859-1",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Émilie Bertrand", "e.bertrand@bertrand-evenements.example"),
        "2026-11-24 09:04 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 30 novembre inclus, sans accès à ma messagerie. Je serai de retour le mardi 1er décembre.\n\nPour toute urgence, vous pouvez contacter Julie au 04 55 50 12 34.\n\nÉmilie Bertrand\nBertrand Événements",
        lab(return_date="2026-12-01", note="'de retour le' wins over 'jusqu'au … inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Immo Azur – Accueil", "contact@immoazur.example"),
        "2026-12-07 09:12 +0100",
        "none",
        "Bonjour,\n\nNous accusons réception de votre message, qui a bien été transmis au service concerné. Nous vous répondrons dans les meilleurs délais.\n\nL'équipe Immo Azur\nCeci est un message automatique, merci de ne pas y répondre.",
        lab(note="receipt acknowledgement; no return date"),
        subject="Accusé de réception – {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Raquel Domínguez", "raquel@dominguezinmobiliaria.example"),
        "2026-12-09 09:05 +0100",
        "none",
        "Hola:\n\nEstaré fuera de la oficina hasta el 14 de diciembre. Durante mi ausencia no tendré acceso al correo.\n\nPara asuntos urgentes, escriba a oficina@dominguezinmobiliaria.example.\n\nRaquel Domínguez\nDomínguez Inmobiliaria",
        lab(
            return_date="2026-12-14",
            note="'hasta X' → X; the colleague address in an auto-reply is not a new_contact",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Equipo Feriarte", "hola@feriarte-eventos.example"),
        "2026-11-30 09:15 +0100",
        "none",
        "¡Gracias por tu correo!\n\nEstamos montando stands en una feria hasta el jueves 3 de diciembre y tardaremos un poco más en contestar. A la vuelta revisamos todos los mensajes.\n\nEquipo Feriarte",
        lab(return_date="2026-12-03", note="'hasta el jueves 3' → that date"),
        subject="Re: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Kuipers", "p.kuipers@kuipersschoenen.example"),
        "2026-11-25 09:06 +0100",
        "none",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nPieter Kuipers\nKuipers Schoenen",
        lab(return_date="2026-11-30", note="'vanaf' wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Makelaardij Hofstede", "info@hofstedemakelaars.example"),
        "2026-12-15 09:03 +0100",
        "none",
        "Hartelijk dank voor uw bericht. Wij reageren binnen twee werkdagen.\n\nZoekt u een woning? Bekijk dan ons actuele aanbod op onze website.\n\nMakelaardij Hofstede",
        lab(note="office autoresponder; no return date"),
        subject="Bedankt voor uw bericht",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Giovanni Moretti", "g.moretti@morettiarredamenti.example"),
        "2026-12-10 09:04 +0100",
        "none",
        "Buongiorno,\n\nsarò fuori ufficio dal 9 al 13 dicembre compresi. Rientrerò lunedì 14 dicembre.\n\nPer urgenze potete contattare il negozio allo 02 5550 1234.\n\nGiovanni Moretti\nMoretti Arredamenti",
        lab(return_date="2026-12-14"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Accounts – Beacon Lettings", "accounts@beacon-lettings-uk.example"),
        "2026-12-03 11:47 +0000",
        "outlook_html",
        "Good morning,\n\nOur records show that invoice DP26-41822 was paid twice in error (on 16/11 and 20/11). Please refund the duplicate payment of £1,150.00 at your earliest convenience.\n\nPlease note our bank details have recently changed. Use only the account below for the refund:\n\nAccount name: Beacon Lettings Ltd\nSort code: 00-99-41\nAccount number: 70345512\n\nKindly process this today as our year end closes on Friday. Reply to this email once sent.\n\nRegards,\nAccounts Team\nBeacon Lettings",
        lab(
            ("DP26-41822",),
            note="phishing-like refund request with changed bank details from a lookalike domain (the reminder went to beaconlettings.example); no payment to book and nothing to collect, so other: a person must verify",
        ),
        inv="DP26-41822",
        amt="1150.00",
        cur="GBP",
        quote_to="Beacon Lettings <accounts@beaconlettings.example>",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Sunita Patel", "sunita@patelscards.example"),
        "2026-12-08 12:05 +0000",
        "gmail",
        "Hi,\n\nBefore we pay DP26-41733: last week we got an email, supposedly from your accounts team, saying your bank details had changed to an account with a different bank. It didn't look quite right. Can someone ring me on 028 9555 0163 to confirm the correct details? We'll hold the payment until we've spoken.\n\nThanks,\nSunita Patel\nPatel's Cards & Gifts",
        lab(
            ("DP26-41733",),
            note="customer checking a suspected bank-details fraud; payment held with no date, so no promise; a person must call back",
        ),
        inv="DP26-41733",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Ben Carter", "ben@thehungryheron.example"),
        "2026-11-27 15:30 +0000",
        "apple",
        "Hiya,\n\nQuick one – could you do the same chalkboard-style A-boards as last spring, but two of them, in time for our Christmas menu launch on the 12th? Let me know a price.\n\nBen\nThe Hungry Heron",
        lab(note="sales question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Nina Hartmann", "nina@hartmann-papeterie.example"),
        "2026-11-25 19:45 +0100",
        "gmail_plain",
        "Hallo,\n\nkann ich die Rechnung auch per PayPal oder Kreditkarte bezahlen? Überweisungen ins Ausland kosten bei meiner Bank jedes Mal Gebühren.\n\nGruß\nNina Hartmann\nPapeterie Hartmann",
        lab(note="question about payment methods; no commitment or date"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Markus Engel", "m.engel@engel-messebau.example"),
        "2026-12-04 10:20 +0100",
        "outlook_html",
        "Guten Morgen,\n\nkurze Frage, unabhängig von der Rechnung: Kommen die Roll-ups für unsere Messe am 12.12. noch rechtzeitig? Laut Sendungsverfolgung hängt das Paket seit Montag in Dublin fest.\n\nBeste Grüße\nMarkus Engel\nEngel Messebau & Events",
        lab(note="delivery question about another order"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Karim Benali", "karim@pizzeria-benali.example"),
        "2026-12-02 13:10 +0100",
        "iphone",
        "Bonjour, pouvez-vous me rappeler au 06 55 50 43 21 ? Je préfère en parler de vive voix.\nKarim",
        lab(note="call-back request without any commitment"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Claire Fontaine", "claire@librairie-lapagetournee.example"),
        "2026-12-15 11:05 +0100",
        "roundcube",
        "Bonjour,\n\nToute l'équipe tenait à vous dire que la nouvelle enseigne fait son effet : plusieurs clients nous en ont parlé ! Pourriez-vous nous faire une proposition pour une vitrophanie de Noël, à poser avant le 20 ?\n\nBien à vous,\nClaire Fontaine\nLibrairie La Page Tournée",
        lab(note="praise and a quote request; nothing about the invoice"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Javier Soler", "javier@solerinmobiliaria.example"),
        "2026-11-26 20:40 +0100",
        "samsung",
        "Os llamo mañana por la mañana y lo hablamos, que por escrito es largo de explicar.",
        lab(note="'I'll call tomorrow' is not a payment commitment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Beatriz Lozano", "finanzas@lozanoalcaldia.example"),
        "2026-12-17 11:15 +0100",
        "outlook_html",
        "Buenos días:\n\nAntes de pagar necesitamos aclarar una cosa: en la factura aparece una cuenta terminada en 4471 y en el recordatorio que nos enviaron en octubre figuraba otra, terminada en 0932. ¿Cuál es la correcta?\n\nUn saludo,\nBeatriz Lozano\nResponsable de finanzas – Candidatura Lozano Alcaldía",
        lab(note="question about which bank account is right; no date, no commitment"),
        cte="b64",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Thijs de Boer", "thijs@deboerdranken.example"),
        "2026-12-11 17:50 +0100",
        "iphone",
        "Ik kijk er na het weekend even naar.\nThijs",
        lab(
            note="'I'll look at it after the weekend' is no promise to pay; Dutch reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Anna Ricci", "anna@ristorantedaricci.example"),
        "2026-12-01 12:40 +0100",
        "iphone",
        "Buongiorno, il titolare è ricoverato in ospedale da una settimana. Appena si riprende vi faremo sapere. Grazie per la comprensione.\nAnna",
        lab(note="owner in hospital; no date and no commitment"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Stefano Galli", "stefano.galli@galli-sindaco.example"),
        "2026-12-04 16:25 +0100",
        "owa",
        "Buonasera,\n\nsiete voi che avete stampato i manifesti 6x3 per la presentazione del candidato? Ci servirebbero altri 500 pieghevoli con la stessa grafica entro il 19 dicembre. Potete mandarci un preventivo?\n\nGrazie,\nStefano Galli\nStaff comunicazione – Galli Sindaco",
        lab(note="new-order question in the reminder thread"),
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
    """A delivery report about a reminder sent to `rcpt` in language `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left: minutes before a failure, hours before a delay warning."""
        return self.dt - (
            timedelta(hours=4, minutes=2) if self.kind == "soft" else timedelta(minutes=2)
        )

    @property
    def invoice(self) -> str:
        return f"DP26-{41100 + int.from_bytes(digest(self.key, 'inv')[:2], 'big') % 880:05d}"

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        amount = f"{200 + digest(self.key, 'amt')[0] * 7}.{digest(self.key, 'amt')[1] % 20 * 5:02d}"
        text = reminder_text(self.rlang, self.invoice, amount, "EUR", self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        set_headers(
            msg,
            [
                ("From", formataddr((AR_NAME, AR_ADDR))),
                ("To", self.rcpt),
                ("Subject", encoded_words(self.subject(), "utf-8")),
                ("Date", format_datetime(self.sent)),
                ("Message-ID", reminder_msgid(self.key)),
            ],
        )
        return msg

    def reminder_headers(self) -> str:
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    *,
    diag: str = "",
    remote: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}", *extra, f"Arrival-Date: {format_datetime(b.sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        *([f"Diagnostic-Code: smtp; {diag}"] if diag else []),
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


def rfc822_headers(b: Bounce) -> Message:
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    relay: str = "",
    extra: tuple[tuple[str, str], ...] = (),
    tz: timezone | None = None,
) -> Message:
    """Envelope and headers of a delivery report; `relay` is the host that handed it to us."""
    host = parseaddr(sender)[1].split("@")[1]
    arrived = b.dt + timedelta(seconds=2 + digest(b.key, "lag")[0] % 20)
    origin = relay or host
    headers = [
        ("Return-Path", "<>"),
        ("Delivered-To", AR_ADDR),
        (
            "Received",
            received(
                origin, "203.0.113.7" if origin == OUR_MTA else ip_for(b.key), arrived, key=b.key
            ),
        ),
        *extra,
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_words(subject, "utf-8")),
        ("Date", format_datetime(b.dt.astimezone(tz) if tz else b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    set_headers(msg, headers)
    strip_part_versions(msg)
    fix_boundaries(msg, b.key, f"{b32(b.key, 'bp', 8)}.")
    return msg


def html_report(paragraphs: list[str], charset: str) -> str:
    body = "".join(f"<p>{html_lines(p)}</p>\n" for p in paragraphs)
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n{body}</body></html>\n'
    )


def human_alternative(paragraphs: list[str], charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part("\n\n".join(paragraphs) + "\n", "plain", charset, "qp"))
    alt.attach(text_part(html_report(paragraphs, charset), "html", charset, "qp"))
    return alt


def bounce_postfix_en(b: Bounce) -> Message:
    remote = "mx.thetidewaterinn.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    text = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25] said: 550 5.1.1\n    <{b.rcpt}>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n"
    )
    parts = [
        described(text_part(text, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            delivery_status(
                b,
                OUR_MTA,
                "failed",
                diag=diag,
                remote=remote,
                extra=(
                    f"X-Postfix-Queue-ID: {b32(b.key, 'pq', 12)}",
                    f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                ),
            ),
            "Delivery report",
        ),
        described(MIMEMessage(b.reminder()), "Undelivered Message"),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail_en(b: Bounce) -> Message:
    host = "mx.hollismoore.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28814 invoked from network); {format_datetime(b.sent)}\n"
        f"{b.reminder().as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_sendmail_delay_en(b: Bounce) -> Message:
    relay = "smtp-relay.clonmelhosting.example"
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\nfrom {OUR_MTA} [203.0.113.7]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.brightwaterevents.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            relay,
            "delayed",
            remote="mx.brightwaterevents.example",
            extra=(f"Received-From-MTA: DNS; {OUR_MTA}",),
        ),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        "Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    server = "FR3P281MB2276.DEUP281.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = human_alternative(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{local} wurde bei {domain} nicht gefunden.",
            "Aktion erforderlich: Empfänger – Unbekannte Adresse",
            "So beheben Sie das Problem\nDie Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem bestehen bleibt, wenden Sie sich auf anderem Weg an den Empfänger.",
            f"Weitere Informationen für E-Mail-Administratoren\nGenerierender Server: {server}\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ]
    )
    parts = [human, delivery_status(b, server, "failed", diag=diag), MIMEMessage(b.reminder())]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Unzustellbar: {b.subject()}",
        relay="mail-fr3deu01on2107.outbound.protection.outlook.example",
    )


def bounce_postfix_delay_de(b: Bounce) -> Message:
    host = "mx02.rheinmail-hosting.example"
    text = (
        f"Dies ist das Mailsystem auf dem Rechner {host}.\n\n"
        "############################################################################\n"
        "# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN. #\n"
        "############################################################################\n\n"
        "Ihre Nachricht konnte seit 4 Stunden nicht zugestellt werden.\n"
        "Das System versucht die Zustellung noch bis zu 5 Tage lang.\n\n"
        "                   Das Mailsystem\n\n"
        f"<{b.rcpt}>: Postfach des Empfängers ist voll\n    (452 4.2.2 Quota exceeded, mailbox is full)\n"
    )
    parts = [
        described(text_part(text, "plain", "utf-8", "8bit"), "Benachrichtigung"),
        described(
            delivery_status(b, host, "delayed", diag="452 4.2.2 Quota exceeded, mailbox is full"),
            "Zustellbericht",
        ),
        described(rfc822_headers(b), "Kopfzeilen der Nachricht"),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{host} (Mail-Zustellsystem)",
        "Verzögerte Zustellung (wird weiter versucht)",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    server = "PAVP264MB4410.FRAP264.PROD.OUTLOOK.example"
    diag = "552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = human_alternative(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"La boîte aux lettres de {local} est pleine.",
            "Action requise : Destinataire – Boîte aux lettres pleine",
            "Comment résoudre le problème\nLa boîte aux lettres du destinataire a atteint sa limite de taille et ne peut pas accepter de messages pour l'instant. Essayez de renvoyer votre message plus tard ou prévenez le destinataire par un autre moyen.",
            f"Informations supplémentaires pour les administrateurs de messagerie\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        ]
    )
    parts = [human, delivery_status(b, server, "failed", diag=diag), rfc822_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non remis : {b.subject()}",
        relay="mail-pr0fra01on2096.outbound.protection.outlook.example",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = human_alternative(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o porque esta no puede recibir correo electrónico.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43b2c4e0a17si88112675e9.311 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(
            b, "mx.google.com", "failed", diag=diag, remote="gmail-smtp-in.l.google.com"
        ),
        rfc822_headers(b),
    ]
    msg = report(parts)
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        relay="mail-sor-f69.google.com",
        extra=(("X-Failed-Recipients", b.rcpt),),
        tz=timezone(timedelta(hours=-8)),
    )


def bounce_greylist_es(b: Bounce) -> Message:
    host = "mx2.hostingiberico.example"
    rem = b.reminder()
    text = (
        f"Este es un aviso automático del servidor de correo {host}.\n\n"
        f"Su mensaje para {b.rcpt} todavía no ha podido entregarse. El servidor de destino lo ha rechazado de forma temporal:\n\n"
        "    451 4.7.1 Greylisted, please try again in 5 minutes\n\n"
        "Seguiremos intentando la entrega durante 5 días. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Datos del mensaje original:\n"
        f"  Asunto:     {b.subject()}\n  Fecha:      {rem['Date']}\n  Message-ID: {rem['Message-ID']}\n\n"
        "-- \nServicio de correo – Hosting Ibérico\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "qp"),
        f"Sistema de correo <mailer-daemon@{host}>",
        "Aviso: mensaje aún no entregado",
    )


def bounce_disabled_nl(b: Bounce) -> Message:
    host = "mx1.polderhosting.example"
    diag = "550 5.2.1 Mailbox disabled, not accepting messages"
    text = (
        f"Dit is het mailsysteem van {host}.\n\n"
        "Het spijt ons, maar uw bericht kon niet worden afgeleverd bij een of meer\ngeadresseerden. Het bericht is hieronder bijgevoegd.\n\n"
        f"<{b.rcpt}>: de mailbox van deze geadresseerde is uitgeschakeld\n    en neemt geen berichten meer aan.\n    Antwoord van de server: {diag}\n\n"
        "Dit is een permanente fout; er worden geen nieuwe pogingen gedaan.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag=diag, remote="mail.hofwijckmakelaars.example"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar: bericht niet afgeleverd",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    server = "AM8P189MB1342.EURP189.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed; remote server did not respond in time"
    human = human_alternative(
        [
            f"De bezorging is vertraagd voor deze geadresseerden of groepen:\n\n{b.rcpt}",
            f"Onderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. Er wordt opnieuw geprobeerd het bericht te bezorgen. U krijgt een melding als het bericht definitief niet kan worden bezorgd.",
            f"Diagnostische gegevens voor beheerders:\n\nGenererende server: {server}\n\n{b.rcpt}\nLaatste fout: {diag}",
        ]
    )
    parts = [human, delivery_status(b, server, "delayed", diag=diag), rfc822_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Bezorging vertraagd: {b.subject()}",
        relay="mail-am7eur05on2113.outbound.protection.outlook.example",
    )


def bounce_postfix_it(b: Bounce) -> Message:
    host = "smtp.appenninomail.example"
    remote = "mx.immobiliare-ducale.example"
    diag = f"550 5.1.1 <{b.rcpt}>: indirizzo inesistente"
    text = (
        f"Questo è il sistema di posta del server {host}.\n\n"
        "Siamo spiacenti di informarla che il suo messaggio non è stato recapitato\na uno o più destinatari. Il messaggio è allegato qui sotto.\n\n"
        "Per assistenza scriva a postmaster, allegando questo rapporto.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: l'host {remote}[198.51.100.61] ha risposto:\n    {diag} (in risposta al comando RCPT TO)\n"
    )
    parts = [
        described(text_part(text, "plain", "utf-8", "8bit"), "Notifica"),
        described(
            delivery_status(b, host, "failed", diag=diag, remote=remote), "Rapporto di consegna"
        ),
        described(MIMEMessage(b.reminder()), "Messaggio non recapitato"),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Notifica di mancato recapito",
    )


def bounce_quota_it(b: Bounce) -> Message:
    host = "mx.lagunanet.example"
    rem = b.reminder()
    text = (
        "Gentile mittente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario è piena (452 4.2.2 Over quota).\n\n"
        "Il sistema riproverà automaticamente per i prossimi 4 giorni. Se nel frattempo la casella verrà liberata, il messaggio sarà consegnato senza bisogno di reinviarlo.\n\n"
        f"Oggetto: {latin1_safe(b.subject())}\nData:    {rem['Date']}\n\n"
        "Servizio di posta LagunaNet\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        f"Postmaster <postmaster@{host}>",
        "Avviso: consegna ritardata - casella piena",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "bookings@thetidewaterinn.example",
            "2026-11-23 09:06 +0000",
            "en",
            "Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix_en,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "lettings@hollismoore.example",
            "2026-12-01 09:04 +0000",
            "en",
            "qmail-style notice, no MIME, status only as '(#5.1.1)'",
        ),
        bounce_qmail_en,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "info@brightwaterevents.example",
            "2026-12-08 13:10 +0000",
            "en",
            "Sendmail-style delay warning from a relay, RFC 3464 with headers only",
        ),
        bounce_sendmail_delay_en,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnung@kaufhaus-meyer.example",
            "2026-11-27 09:07 +0100",
            "de",
            "Exchange Online 'Unzustellbar'",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@partyservice-koenig.example",
            "2026-12-09 15:30 +0100",
            "de",
            "Postfix delay report with a German template, mailbox full",
        ),
        bounce_postfix_delay_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "5.2.2",
            "direction@agence-littoral-immo.example",
            "2026-12-04 09:08 +0100",
            "fr",
            "mailbox full reported with a 5.x code: soft, the code is kept; Exchange 'Non remis'",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "eventos.solymar@gmail.com",
            "2026-11-25 09:05 +0100",
            "es",
            "Gmail notice in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "pedidos@ferreteria-olmos.example",
            "2026-12-11 13:40 +0100",
            "es",
            "greylisting warning from a backup MX, single text/plain part, not RFC 3464",
        ),
        bounce_greylist_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.2.1",
            "verkoop@hofwijckmakelaars.example",
            "2026-12-02 09:05 +0100",
            "nl",
            "disabled mailbox (permanent 5.2.1): hard",
        ),
        bounce_disabled_nl,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "administratie@vandijkevents.example",
            "2026-12-14 13:00 +0100",
            "nl",
            "Exchange 'Bezorging vertraagd'",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@immobiliare-ducale.example",
            "2026-12-02 09:05 +0100",
            "it",
            "Postfix-style report in Italian with the full returned message",
        ),
        bounce_postfix_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "info@ristorantelanterna.example",
            "2026-12-16 13:30 +0100",
            "it",
            "mailbox-full delay notice, single ISO-8859-1 text/plain part, not RFC 3464",
        ),
        bounce_quota_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, consistency checks, output
# --------------------------------------------------------------------------------------------


def blank_label(intent: str) -> dict[str, object]:
    label: dict[str, object] = {"intent": intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    return label


def label_refs(r: Reply) -> list[str]:
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise TypeError(f"{r.key}: invoice_refs must be a list")
    return [str(ref) for ref in refs]


def reply_label(r: Reply) -> dict[str, object]:
    label = blank_label(r.intent)
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = label_refs(r)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label = blank_label("bounce")
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def ref_problems(r: Reply, refs: list[str]) -> list[str]:
    """Every labelled invoice number is in the new text, and every full number there is labelled."""
    written = {f"DP26-{n}" for n in INVOICE_RE.findall(r.body)}
    problems = [
        f"{ref} not in the text" for ref in refs if ref not in written and ref[5:] not in r.body
    ]
    if written - set(refs):
        problems.append(f"unlabelled invoice numbers {sorted(written - set(refs))}")
    return problems


def field_problems(r: Reply, label: Mapping[str, object]) -> list[str]:
    problems = []
    for key in ("promised_date", "paid_date", "return_date"):
        if label[key] is not None:
            date.fromisoformat(str(label[key]))
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        problems.append("amount and currency do not go together")
    if amount is not None and not re.fullmatch(r"\d+\.\d\d", str(amount)):
        problems.append("amount is not written as 1234.50")
    contact = label["new_contact"]
    if contact is not None and contact != str(contact).lower():
        problems.append("new_contact not in lower case")
    if contact is not None and str(contact) not in (r.body + r.cc).lower():
        problems.append("new_contact not in the message")
    return problems


def check_reply_spec(r: Reply, label: Mapping[str, object]) -> None:
    """Catch slips in the hand-written labels before they reach the corpus."""
    problems = []
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        problems.append("unknown intent, language or style")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append("date outside the reply window")
    problems += ref_problems(r, label_refs(r))
    problems += field_problems(r, label)
    if problems:
        raise SystemExit(f"{r.key}: {'; '.join(problems)}")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = []
    for r in REPLIES:
        label = reply_label(r)
        check_reply_spec(r, label)
        items.append((r.key, build_reply(r), label))
    for b, build in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
            raise SystemExit(f"{b.key}: date outside the window")
        items.append((b.key, build(b), bounce_label(b)))
    return items


def check_message(name: str, data: bytes, label: Mapping[str, object]) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    if not texts and label["intent"] != "bounce":
        raise SystemExit(f"{name}: no readable text")
    if label["intent"] == "bounce" and str(label["failed_recipient"]) not in data.decode("latin-1"):
        raise SystemExit(f"{name}: failed recipient missing")


def check_balance(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    per_intent = Counter(str(x["intent"]) for x in labels)
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    english = sum(1 for x in labels if x["language"] == "en")
    if len(labels) != 120 or any(per_intent[i] != 12 for i in INTENTS):
        raise SystemExit(f"unbalanced intents: {dict(per_intent)}")
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if missing or kinds != Counter(hard=6, soft=6) or not 25 <= english <= 35:
        raise SystemExit(f"coverage: missing {missing}, bounces {dict(kinds)}, english {english}")


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


NO_FOLD = policy.compat32.clone(max_line_length=0)  # headers keep the folding given above


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
        data = msg.as_bytes(policy=NO_FOLD)
        check_message(name, data, label)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_balance(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
