# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph per line, as a mail client sends it, with the
# typographic dashes, quotes and accents (or the lack of them) that people really type.
"""Build held-out reply corpus 77: `h77-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Greywater Plumbing & Heating after an overdue
reminder. The new text of each message is written by hand below. The script adds only what a
mail client or a mail server would add: the quoted reminder (in the client's layout and the
customer's language), headers, MIME structure, charsets and transfer encodings. Bounce skeletons
are generated; their human-readable parts are written out one by one. The output is
deterministic: fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock.
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
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h77"
SEED = 20270510
AR_NAME = "Greywater Accounts"
AR_ADDR = "receivables@greywater-plumbing.example"
AR_DOMAIN = "greywater-plumbing.example"
BST = timezone(timedelta(hours=1))
UK_BANK_HOLIDAYS = frozenset({date(2027, 5, 3), date(2027, 5, 31)})
FIRST_DAY = date(2027, 5, 10)
LAST_DAY = date(2027, 6, 4)
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
LABEL_ORDER = (
    "file",
    "intent",
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
    "invoice_refs",
    "language",
    "note",
)


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


# --------------------------------------------------------------------------------------------
# Locale tables: what clients print around a quoted message, and Greywater's reminder
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
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
MONTHS = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
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
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
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
    "nl": "Op {d} {mons} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# Outlook: divider line, then the labels From, Sent, To, Cc, Subject and the label separator.
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
# Samsung Email: divider, From, Date, To, Subject, separator, date layout.
SAMSUNG_BLOCK = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mo}.{yy} {HH}:{mm}",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{mo}/{yy} {HH}:{mm}",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mo}-{y} {HH}:{mm}",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mo}/{yy} {HH}:{mm}",
    ),
}
SENT_FROM = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
    "outlook_ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "outlook_android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}

IBAN = "IBAN GB71 GRWT 4016 2731 9268 19, BIC GRWTGB21"
REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} ist überfällig",
    "fr": "Rappel – facture {inv} échue",
    "es": "Recordatorio – factura {inv} vencida",
    "nl": "Herinnering – factuur {inv} is vervallen",
    "it": "Promemoria – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is still unpaid. It fell due on {due}.\n\n"
        "    Invoice:   {inv}\n    Issued:    {issued}\n    Due:       {due}\n    Balance:   {amt}\n\n"
        "To pay by bank transfer: Greywater Plumbing & Heating Ltd, sort code 40-16-27, account 31926819, reference {inv}. You can also pay by card on 0117 496 0372.\n\n"
        "If you’ve already paid, thank you – please tell us the date so we can match the payment. If something is wrong with the work or the invoice, just reply to this email.\n\n"
        "Accounts\nGreywater Plumbing & Heating Ltd\nUnit 7, Kingsmead Works, Bristol\n0117 496 0372"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unseren Unterlagen ist die folgende Rechnung noch offen. Sie war am {due} fällig.\n\n"
        "    Rechnung:         {inv}\n    Rechnungsdatum:   {issued}\n    Fällig am:        {due}\n    Offener Betrag:   {amt}\n\n"
        "Bitte überweisen Sie den Betrag an Greywater Plumbing & Heating Ltd, "
        + IBAN
        + ", Verwendungszweck {inv}.\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte das Zahlungsdatum mit, damit wir die Zahlung zuordnen können. Wenn mit den Arbeiten oder der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\nBuchhaltung\nGreywater Plumbing & Heating Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n’est toujours pas réglée. Elle était payable le {due}.\n\n"
        "    Facture :      {inv}\n    Date :         {issued}\n    Échéance :     {due}\n    Montant dû :   {amt}\n\n"
        "Règlement par virement à Greywater Plumbing & Heating Ltd, "
        + IBAN
        + ", en rappelant la référence {inv}.\n\n"
        "Si vous avez déjà payé, merci de nous indiquer la date du règlement afin que nous puissions le rapprocher. En cas de problème concernant l’intervention ou la facture, il vous suffit de répondre à ce message.\n\n"
        "Cordialement,\nService comptabilité\nGreywater Plumbing & Heating Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura sigue pendiente de pago. Venció el {due}.\n\n"
        "    Factura:             {inv}\n    Fecha:               {issued}\n    Vencimiento:         {due}\n    Importe pendiente:   {amt}\n\n"
        "Puede pagar por transferencia a Greywater Plumbing & Heating Ltd, "
        + IBAN
        + ", indicando como concepto {inv}.\n\n"
        "Si ya ha realizado el pago, le agradeceremos que nos indique la fecha para poder conciliarlo. Si hay algún problema con el trabajo o con la factura, responda a este correo.\n\n"
        "Saludos cordiales,\nDepartamento de cuentas\nGreywater Plumbing & Heating Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet betaald. De vervaldatum was {due}.\n\n"
        "    Factuur:        {inv}\n    Factuurdatum:   {issued}\n    Vervaldatum:    {due}\n    Openstaand:     {amt}\n\n"
        "U kunt het bedrag overmaken naar Greywater Plumbing & Heating Ltd, "
        + IBAN
        + ", onder vermelding van {inv}.\n\n"
        "Heeft u al betaald, laat ons dan de betaaldatum weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de werkzaamheden of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\nAdministratie\nGreywater Plumbing & Heating Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi la fattura qui sotto risulta ancora da saldare. La scadenza era il {due}.\n\n"
        "    Fattura:          {inv}\n    Data:             {issued}\n    Scadenza:         {due}\n    Importo dovuto:   {amt}\n\n"
        "Potete effettuare il bonifico a Greywater Plumbing & Heating Ltd, "
        + IBAN
        + ", indicando come causale {inv}.\n\n"
        "Se avete già pagato, vi chiediamo di comunicarci la data del pagamento, così da poterlo abbinare. Per qualsiasi problema con l’intervento o con la fattura, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\nUfficio contabilità\nGreywater Plumbing & Heating Ltd"
    ),
}
DATE_LAYOUT = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a client does with characters its charset cannot carry.
CHARSET_FALLBACK = {"–": "-", "’": "'", "\u202f": " ", "…": "...", "€": "EUR"}


# --------------------------------------------------------------------------------------------
# Specs: hand-written replies and their labelled facts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What the message says that the label records (beyond intent and language)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and what it means."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = "GPH-41873"
    amt: str = "486.00"
    rlang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True
    inline: tuple[tuple[int, str], ...] = ()
    cc: str = ""
    rdays: int = 1

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)


def parse_when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, when: datetime) -> dict[str, str]:
    wd, mo = when.weekday(), when.month - 1
    return {
        "wdl": WEEKDAYS[loc][0].split()[wd],
        "wds": WEEKDAYS[loc][1].split()[wd],
        "monl": MONTHS[loc][0].split()[mo],
        "mons": MONTHS[loc][1].split()[mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def fmt(template: str, *, loc: str, when: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, when), **extra)


def money(amount: str, lang: str) -> str:
    """A sterling amount ("1275.00") as Greywater's reminder prints it in each language."""
    whole, pence = amount.split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return f"£{grouped}.{pence}"
    if lang == "fr":
        return f"{grouped.replace(',', chr(0x202F))},{pence} £"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"£ {dotted},{pence}"
    return f"{dotted},{pence} £"


def reminder_sent(reply: Reply) -> datetime:
    """When Greywater's reminder went out: a UK working day before the reply, early morning."""
    if reply.rdays == 0:
        return reply.dt - timedelta(minutes=3)
    day = reply.dt.astimezone(BST).date() - timedelta(days=reply.rdays)
    while day.weekday() >= 5 or day in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 8, 30 + day.day % 25, 7 + day.day, tzinfo=BST)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<gph.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "reply")
    if r.style in GMAIL_STYLES:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CAJ{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES:
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'host', 10)}.GBRP265.PROD.OUTLOOK.COM>"
    if r.style in APPLE_STYLES:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.style == "gmx":
        return f"<trinity-{uuid_like(r.key, 'gmx').lower()}-{1778400000 + raw[0] * 9973}@3c-app-gmx-bap{raw[1] % 60:02d}>"
    if r.style == "samsung":
        return f"<{raw.hex()[:16]}.{raw.hex()[16:24]}@email.android.com>"
    return f"<{raw.hex()[:32]}@{domain}>"


def encodable(ch: str, charset: str) -> bool:
    try:
        ch.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def fit_charset(text: str, charset: str) -> str:
    """Generated text (quoted reminder, subject) as a client in `charset` would send it."""
    return "".join(ch if encodable(ch, charset) else CHARSET_FALLBACK[ch] for ch in text)


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken after a space, quote marks kept on each piece."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)", line)
        mark = match.group(1) if match else ""
        content = line[len(mark) :].rstrip(" ") if line != "-- " else line
        if content.startswith((" ", "From ")) and not mark:
            content = " " + content
        out.extend(mark + piece for piece in flow_pieces(content, width - len(mark)))
    return "\n".join(out)


def flow_pieces(content: str, width: int) -> list[str]:
    if len(content) <= width or content.startswith(" "):
        return [content]
    words = content.split(" ")
    pieces: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + len(word) > width:
            pieces.append(current)
            current = ""
        current += word + " "
    pieces.append(current.rstrip(" "))
    return pieces


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    raw = text.encode(charset)  # raises if the text does not fit the charset the client declares
    part = MIMENonMultipart("text", subtype)
    if cte in TRANSFER:
        chs = cs.Charset(charset)
        chs.body_encoding = TRANSFER[cte]
        part.set_payload(text, chs)
        return part
    # 7bit / 8bit: the bytes go out as they are
    part.set_payload(raw.decode("ascii", "surrogateescape"))
    part.set_param("charset", charset)
    part["Content-Transfer-Encoding"] = "7bit" if raw.isascii() else "8bit"
    return part


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset=charset, name='From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
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


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    return [p for p in part.get_payload() if isinstance(p, Message)]


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        strip_part_versions(sub, root=enclosed)


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = (
            digest(key, f"boundary{n}").hex()[:18]
            if prefix.startswith("0")
            else b32(key, f"boundary{n}", 26)
        )
        part.set_boundary(prefix + tail)


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the client shows it: its text, subject, send time and the client's locale."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(*, lang: str, inv: str, amt: str, sent: datetime) -> str:
    due = sent - timedelta(days=9)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=money(amt, lang),
        due=fmt(DATE_LAYOUT[lang], loc=lang, when=due),
        issued=fmt(DATE_LAYOUT[lang], loc=lang, when=issued),
    )


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r)
    lang = r.reminder_lang
    text = reminder_body(lang=lang, inv=r.inv, amt=r.amt, sent=sent)
    name, addr = r.who
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    return Quote(
        text=fit_charset(text, r.charset),
        subject=fit_charset(reminder_subject(lang, r.inv), r.charset),
        sent=sent.astimezone(r.dt.tzinfo),
        loc=r.lang,
        to=fit_charset(to, r.charset),
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------

GMAIL_STYLES = frozenset({"gmail", "gmail_plain"})
OUTLOOK_STYLES = frozenset(
    {"outlook", "outlook_html", "html_only", "owa", "outlook_ios", "outlook_android"}
)
APPLE_STYLES = frozenset({"apple", "iphone", "iphone_html"})
NOTICE_STYLES = frozenset({"none", "none_html", "none_alt"})
HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}


def plain(r: Reply, text: str) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], loc=q.loc, when=q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_head_html(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    rows = []
    for line in outlook_block(q):
        label, value = line.split(sep, 1)
        rows.append(f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(value)}")
    return "<br>\n".join(rows)


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{HTML_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{outlook_head_html(q)}<o:p></o:p></p>\n'
        "</div>\n"
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", "_" * 32, *outlook_block(q), "", q.text, ""])
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_head_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment">{html_paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(plain(r, text), markup(r, page))


def outlook_mobile(r: Reply, q: Quote, platform: str) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{SENT_FROM[platform][q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    return outlook_mobile(r, q, "outlook_ios")


def style_outlook_android(r: Reply, q: Quote) -> Message:
    return outlook_mobile(r, q, "outlook_android")


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n")


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{SENT_FROM['iphone'][q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return plain(r, iphone_text(r, q))


def style_iphone_html(r: Reply, q: Quote) -> Message:
    page = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{SENT_FROM["iphone"][q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(plain(r, iphone_text(r, q)), markup(r, page))


def flowed_part(r: Reply, text: str) -> Message:
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def style_thunderbird(r: Reply, q: Quote) -> Message:
    return flowed_part(r, f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers written between the quoted paragraphs of the reminder."""
    answers = dict(r.inline)
    paragraphs = q.text.split("\n\n")
    lines = [tb_attr(q)]
    for n, para in enumerate(paragraphs):
        lines.append(quote_lines(para))
        if n in answers:
            lines.extend(["", answers[n], ""])
        elif n < len(paragraphs) - 1:
            lines.append(">")
    lines.extend(["", r.body, ""])
    return flowed_part(r, "\n".join(lines))


def style_gmx(r: Reply, q: Quote) -> Message:
    """GMX / web.de webmail: HTML only, the quoted message under a light-blue rule."""
    sent = fmt("{wdl}, {d}. {monl} {y} um {HH}:{mm} Uhr", loc="de", when=q.sent)
    head = (
        f"<b>Gesendet:</b>&nbsp;{html.escape(sent)}<br/>\n"
        f"<b>Von:</b>&nbsp;&quot;{AR_NAME}&quot; &lt;{AR_ADDR}&gt;<br/>\n"
        f"<b>An:</b>&nbsp;{html.escape(r.who[1])}<br/>\n"
        f"<b>Betreff:</b>&nbsp;{html.escape(q.subject)}"
    )
    page = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
        f"<div>{html_lines(r.body)}</div>\n"
        '<div>&nbsp;\n<div>&nbsp;</div>\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;">\n'
        f'<div style="margin:0 0 10px 0;">{head}</div>\n'
        f'<div name="quoted-content">{html_paragraphs(q.text)}</div>\n'
        "</div>\n</div></div></body></html>\n"
    )
    return markup(r, page)


def style_samsung(r: Reply, q: Quote) -> Message:
    divider, frm, when, to, subj, sep, layout = SAMSUNG_BLOCK[q.loc]
    offset = q.sent.strftime("%z")
    block = [
        divider,
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{when}{sep}{fmt(layout, loc=q.loc, when=q.sent)} (GMT{offset[:3]}:{offset[3:]})",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]
    text = "\n".join(
        [r.body, "", "", "", SENT_FROM["samsung"][q.loc], "", "", *block, "", q.text, ""]
    )
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # notices quote nothing
    return plain(r, r.body + "\n")


def notice_html(r: Reply) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{html_paragraphs(r.body)}\n</body></html>\n'
    )


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    return markup(r, notice_html(r))


def style_none_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(plain(r, r.body + "\n"), markup(r, notice_html(r)))


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_ios": style_outlook_ios,
    "outlook_android": style_outlook_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "gmx": style_gmx,
    "samsung": style_samsung,
    "none": style_none,
    "none_html": style_none_html,
    "none_alt": style_none_alt,
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21F90)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (21F90)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.10.1",
        ),
    ),
    "gmx": (("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")),
}
BOUNDARY_PREFIX = {
    "gmail": "0000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "gmx": "----=_Part_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_STYLES:
        return OUTLOOK_RE[r.lang] + q.subject
    if r.style == "gmx" and r.lang == "de":
        return "Aw: " + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, charset=r.charset, name="Thread-Topic")),
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


def boundary_prefix(style: str) -> str:
    if style in OUTLOOK_STYLES:
        return "_000_"
    return BOUNDARY_PREFIX.get(style, "----=_NextPart_")


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_STYLES else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, prefix=boundary_prefix(r.style))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R/Size 4>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        who=("Kieran Doyle", "kieran@doylelets.example"),
        when="2027-05-18 21:47 +0100",
        style="gmail",
        body="done",
        inv="GPH-41422",
        amt="168.00",
        facts=Facts(note="one-word 'done' answering a payment reminder: read as paid; no date"),
    ),
    Reply(
        key="ps-en-agent",
        intent="payment_sent",
        lang="en",
        who=("Shona Baird", "lettings.accounts@hollinsreeve.example"),
        when="2027-05-12 15:07 +0100",
        style="outlook_html",
        inv="GPH-41502",
        amt="96.00",
        body=(
            "Hi there,\n\n"
            "We have today released payment from our client account on behalf of our landlord, Mr D. Okafor, for the gas safety certificate at 27 Fernbank Road.\n\n"
            "Amount: £96.00\nOur ref: CLT-77314 / Okafor\nYour invoice: GPH 41502\n\n"
            "Any future invoices for this property should still come to us as managing agent.\n\n"
            "Kind regards\n\n"
            "Shona Baird\nLettings Accounts | Hollins & Reeve\n0117 496 0815\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Hollins & Reeve Lettings Ltd, registered in England and Wales no. 08412276. We will never change our bank details by email."
        ),
        facts=Facts(
            paid="2027-05-12",
            ref="CLT-77314",
            amount="96.00",
            refs=("GPH-41502",),
            note="letting agent paying from its client account for a landlord; 'today' is the message date; 'GPH 41502' normalised",
        ),
    ),
    Reply(
        key="ps-en-xero",
        intent="payment_sent",
        lang="en",
        who=("Brightwell Dental Practice", "messaging-service@post.xero.example"),
        when="2027-05-13 16:31 +0100",
        style="none_alt",
        threaded=False,
        subject="Remittance advice from Brightwell Dental Practice",
        headers=(AUTO_GENERATED, ("Reply-To", "practice.manager@brightwelldental.example")),
        inv="GPH-41455",
        body=(
            "Hi Greywater Plumbing & Heating Ltd,\n\n"
            "Here's the remittance advice for our payment to you.\n\n"
            "Payment date: 13 May 2027\nPayment amount: £1,148.40 GBP\nPayment reference: BDP-PAY-0519\n\n"
            "Invoice number | Invoice date | Amount paid\n"
            "GPH-41388 | 9 Apr 2027 | £864.00\n"
            "GPH-41455 | 14 Apr 2027 | £284.40\n\n"
            "If you have any questions about this payment, please reply to this email.\n\n"
            "Thanks,\nBrightwell Dental Practice"
        ),
        facts=Facts(
            paid="2027-05-13",
            ref="BDP-PAY-0519",
            amount="1148.40",
            refs=("GPH-41388", "GPH-41455"),
            note="Xero remittance advice with Auto-Submitted: auto-generated is a payment advice, not an auto-reply; amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-de-avis",
        intent="payment_sent",
        lang="de",
        who=("Kessler Messtechnik UK Ltd - Kreditoren", "zahlungsavis@kessler-messtechnik.example"),
        when="2027-05-12 06:14 +0200",
        style="none",
        threaded=False,
        charset="iso-8859-1",
        subject="Zahlungsavis ZA-2027-004187 / Kessler Messtechnik UK Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        inv="GPH-41603",
        body=(
            "ZAHLUNGSAVIS\n\n"
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit avisieren wir Ihnen die folgende Zahlung:\n\n"
            "Zahlungsdatum:     12.05.2027\n"
            "Zahlungsbetrag:    2.184,00 GBP\n"
            "Zahlungsreferenz:  ZA-2027-004187\n"
            "Lieferantennr.:    700418\n\n"
            "Beleg        Ihre Rechnung   Rechnungsdatum   Betrag\n"
            "5100038811   GPH-41598       07.04.2027       1.452,00 GBP\n"
            "5100038812   GPH-41603       08.04.2027         732,00 GBP\n\n"
            "Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail; Rückfragen richten Sie bitte an kreditoren.uk@kessler-messtechnik.example.\n\n"
            "Kessler Messtechnik UK Ltd, Swindon"
        ),
        facts=Facts(
            paid="2027-05-12",
            ref="ZA-2027-004187",
            amount="2184.00",
            refs=("GPH-41598", "GPH-41603"),
            note="ERP payment advice (Auto-Submitted: auto-generated, ISO-8859-1); the query address is not a new contact",
        ),
    ),
    Reply(
        key="ps-de-gestern",
        intent="payment_sent",
        lang="de",
        who=("Jens Marquardt", "jens.marquardt@gmx.de"),
        when="2027-06-01 00:20 +0200",
        style="gmx",
        inv="GPH-41846",
        amt="185.00",
        body=(
            "Hallo,\n\n"
            "hab das gestern Abend per Online-Banking überwiesen, 185 Pfund. Sorry für die Verspätung, war zwei Wochen in Norwegen und hab die Post erst jetzt gesehen.\n\n"
            "Gruß\nJens Marquardt"
        ),
        facts=Facts(
            paid="2027-05-31",
            amount="185.00",
            note="'gestern' resolved in the sender's zone: 00:20 on 1 June (+0200) is still 31 May in UTC, but yesterday is 31 May",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        who=("Claire Lefebvre-Carrel", "claire.lefebvre-carrel@maisonlc.example"),
        when="2027-05-14 10:12 +0200",
        style="gmail",
        inv="GPH-41577",
        amt="248.50",
        body=(
            "Bonjour,\n\n"
            "Le virement a été effectué le 12 mai depuis mon compte en France, pour un montant de 248,50 £ (facture GPH-41577). S'agissant d'un virement international, il peut mettre deux ou trois jours ouvrés à arriver.\n\n"
            "Bien cordialement,\n\nClaire Lefebvre-Carrel"
        ),
        facts=Facts(paid="2027-05-12", amount="248.50", refs=("GPH-41577",)),
    ),
    Reply(
        key="ps-fr-regle",
        intent="payment_sent",
        lang="fr",
        who=("Mourad Benali", "m.benali@benali-immo.example"),
        when="2027-05-20 18:36 +0100",
        style="samsung",
        inv="GPH-41690",
        amt="320.00",
        body="c est regle depuis mardi, verifiez vos comptes svp avant de relancer les gens",
        facts=Facts(
            paid="2027-05-18",
            note="no accents or apostrophes; irritated but no stop request; 'depuis mardi' is the Tuesday before Thursday 20 May",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        who=("Marta Iglesias", "marta@barcelonetatapas.example"),
        when="2027-05-19 11:25 +0100",
        style="gmail",
        inv="GPH-41290",
        amt="642.00",
        attach=("justificante_transferencia_GPH-41290.pdf", PROOF_PDF),
        body=(
            "Hola,\n\n"
            "Os mando adjunto el justificante. La transferencia salió ayer de la cuenta del restaurante: 642,00 £, factura GPH-41290.\n\n"
            "Perdonad el retraso, con el cambio de gestoría se nos quedaron algunas facturas colgadas.\n\n"
            "Un saludo,\nMarta\nBarceloneta Tapas – Bristol"
        ),
        facts=Facts(
            paid="2027-05-18",
            amount="642.00",
            refs=("GPH-41290",),
            note="proof of transfer attached as a PDF; 'ayer' is 18 May",
        ),
    ),
    Reply(
        key="ps-es-tarjeta",
        intent="payment_sent",
        lang="es",
        who=("Lucía Ferrer", "luciaferrer.c@outlook.com"),
        when="2027-05-27 17:02 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41797",
        amt="95.00",
        body=(
            "Buenas tardes:\n\n"
            "Les escribo en nombre de mi padre, Vicente Ferrer, que tiene 84 años y no usa el correo electrónico. Me dice que ya lo pagó el lunes con tarjeta, por teléfono; le atendió una chica de su oficina muy amable. Fueron 95 libras.\n\n"
            "Si no les consta, díganmelo y lo miro con él.\n\n"
            "Un saludo,\nLucía Ferrer"
        ),
        facts=Facts(
            paid="2027-05-24",
            amount="95.00",
            note="daughter writing for an elderly customer; card payment by phone 'el lunes' = 24 May; the offer to check is secondary",
        ),
    ),
    Reply(
        key="ps-nl-betaalrun",
        intent="payment_sent",
        lang="nl",
        who=("Femke de Graaf", "f.degraaf@vanderlinde-architecten.example"),
        when="2027-05-19 14:05 +0200",
        style="outlook_html",
        inv="GPH-41733",
        amt="1275.00",
        body=(
            "Goedemiddag,\n\n"
            "Factuur GPH-41733 is vanochtend meegenomen in onze wekelijkse betaalrun. Het bedrag van £ 1.275,00 staat bij de bank inmiddels op ‘verwerkt’.\n\n"
            "Betalingskenmerk: 2027-0519-4471\n\n"
            "Met vriendelijke groet,\n\n"
            "Femke de Graaf\nOfficemanager\nVan der Linde Architecten\nT +31 10 799 6120\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Van der Linde Architecten B.V. is niet aansprakelijk voor schade door het gebruik van e-mail."
        ),
        facts=Facts(
            paid="2027-05-19",
            ref="2027-0519-4471",
            amount="1275.00",
            refs=("GPH-41733",),
            note="'vanochtend' is the message date",
        ),
    ),
    Reply(
        key="ps-nl-allang",
        intent="payment_sent",
        lang="nl",
        who=("Pieter Hoekstra", "pieter.hoekstra@hoekstra-thuis.example"),
        when="2027-05-11 07:58 +0200",
        style="iphone",
        inv="GPH-41540",
        amt="210.00",
        body="Is al lang betaald hoor, op 4 mei overgemaakt. Kijk even goed.\n\nPieter",
        facts=Facts(paid="2027-05-04", note="curt, but no request to stop"),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        who=("Giulia Moretti", "giulia.moretti@studiomoretti.example"),
        when="2027-06-03 09:41 +0200",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="GPH-41912",
        amt="410.00",
        body=(
            "Buongiorno,\n\n"
            "vi confermo che il bonifico è stato disposto in data odierna dalla nostra banca.\n\n"
            "Importo: 410,00 sterline\nCRO: 0542118733650\nCausale: saldo fattura GPH-41912\n\n"
            "Cordiali saluti\n\nGiulia Moretti\nStudio Moretti"
        ),
        facts=Facts(
            paid="2027-06-03",
            ref="0542118733650",
            amount="410.00",
            refs=("GPH-41912",),
            note="'in data odierna' is the message date; ISO-8859-1 sent as 8bit",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-ooo",
        intent="promise_to_pay",
        lang="en",
        who=("Dan Whitlock", "dan@whitlockjoinery.example"),
        when="2027-05-19 12:48 +0100",
        style="iphone",
        subject="Out of office till Monday",
        inv="GPH-41618",
        amt="274.80",
        body=(
            "Hi,\n\n"
            "I'm on site in Cornwall all week and half the time there's no signal. I'll pay your invoice when I'm back in the office on Monday, I do all the bank stuff from there.\n\n"
            "Cheers\nDan"
        ),
        facts=Facts(
            promised="2027-05-24",
            note="written by a person although the subject says out of office; promise for Monday 24 May",
        ),
    ),
    Reply(
        key="pp-en-xero-run",
        intent="promise_to_pay",
        lang="en",
        who=("Rachel Amos", "accounts@amosandkeane.example"),
        when="2027-05-14 10:20 +0100",
        style="outlook_html",
        inv="GPH-41689",
        amt="540.00",
        body=(
            "Morning,\n\n"
            "Thanks for the nudge. I've approved GPH-41689 (£540.00) and added it to our Xero payment run, which goes out next Thursday.\n\n"
            "Regards,\n\nRachel Amos\nOffice Manager | Amos & Keane\n\n"
            "Amos & Keane Ltd is registered in England and Wales, company no. 10377215. This message is intended for the addressee only."
        ),
        facts=Facts(
            promised="2027-05-20",
            amount="540.00",
            refs=("GPH-41689",),
            note="past-tense 'approved and added' announces a future payment; 'next Thursday' written on Friday 14 May is 20 May",
        ),
    ),
    Reply(
        key="pp-en-deposit",
        intent="promise_to_pay",
        lang="en",
        who=("Sophie Marsh", "sophiemarsh91@gmail.com"),
        when="2027-05-25 20:14 +0100",
        style="gmail",
        inv="GPH-41754",
        amt="180.00",
        body=(
            "Hi,\n\n"
            "Really sorry, I know this is late. I've just moved and everything went on the new place. My old letting agent is refunding my deposit - they said in a week or two - and as soon as that lands I'll pay the full £180 in one go.\n\n"
            "Sophie"
        ),
        facts=Facts(
            amount="180.00",
            note="conditional promise of the whole amount; 'once the deposit is refunded, in a week or two' cannot be pinned to a day",
        ),
    ),
    Reply(
        key="pp-de-kw21",
        intent="promise_to_pay",
        lang="de",
        rlang="en",
        who=("Markus Feldhaus", "m.feldhaus@feldhaus-logistik.example"),
        when="2027-05-12 16:02 +0200",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41655",
        amt="1086.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung GPH-41655 wurde von unserer Niederlassung in Bristol geprüft und freigegeben. Die Zahlung erfolgt mit unserem regulären Zahllauf in KW 21.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Markus Feldhaus\nKreditorenbuchhaltung\n\n"
            "Feldhaus Logistik GmbH · Hafenstraße 12 · 28197 Bremen\nGeschäftsführerin: Dr. Ute Feldhaus · Amtsgericht Bremen HRB 31877"
        ),
        facts=Facts(
            promised="2027-05-24",
            refs=("GPH-41655",),
            note="German reply to an English reminder; 'geprüft und freigegeben' is past but the payment is future; 'KW 21' resolved like 'nächste Woche' to the Monday of ISO week 21",
        ),
    ),
    Reply(
        key="pp-de-pfingsten",
        intent="promise_to_pay",
        lang="de",
        who=("Sabine Köhler", "sabine.koehler@koehler-privat.example"),
        when="2027-05-13 19:30 +0200",
        style="apple",
        inv="GPH-41611",
        amt="236.00",
        body=(
            "Guten Abend,\n\n"
            "entschuldigen Sie bitte, die Rechnung ist mir durchgerutscht. Ich bin gerade bei meiner Tochter in Freiburg und komme an mein Konto nicht richtig heran. Gleich nach Pfingsten, wenn ich wieder zu Hause bin, überweise ich den Betrag.\n\n"
            "Viele Grüße\nSabine Köhler"
        ),
        facts=Facts(
            note="holiday phrase 'nach Pfingsten' is not pinned to a day (date policy), so no date"
        ),
    ),
    Reply(
        key="pp-fr-juin",
        intent="promise_to_pay",
        lang="fr",
        who=("Jacqueline Morel", "jacqueline.morel@morel-bath.example"),
        when="2027-05-21 15:12 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="GPH-41677",
        amt="132.00",
        body=(
            "Bonjour,\n\n"
            "Je n'avais pas oublié votre facture, mais ma pension n'arrive qu'au début du mois. Je vous réglerai début juin, par chèque comme d'habitude.\n\n"
            "Mes salutations distinguées,\n\nJacqueline Morel"
        ),
        facts=Facts(note="elderly customer; 'début juin' cannot be pinned to a day, so no date"),
    ),
    Reply(
        key="pp-fr-vendredi",
        intent="promise_to_pay",
        lang="fr",
        who=("Olivier Garnier", "o.garnier@garnier-gestion.example"),
        when="2027-05-24 09:32 +0200",
        style="outlook",
        inv="GPH-41760",
        amt="395.00",
        body=(
            "Bonjour,\n\n"
            "Je lance le virement d'ici vendredi pour la facture GPH-41760.\n\n"
            "Par ailleurs, pourriez-vous me proposer un créneau pour l'entretien annuel de la chaudière de l'appartement du 2e étage (locataire : M. Haddad) ? Il est disponible les mardis et jeudis après-midi.\n\n"
            "Cordialement,\n\nOlivier Garnier\nGarnier Gestion Locative"
        ),
        facts=Facts(
            promised="2027-05-28",
            refs=("GPH-41760",),
            note="promise plus a service booking; the booking is not an AR intent",
        ),
    ),
    Reply(
        key="pp-es-finmes",
        intent="promise_to_pay",
        lang="es",
        who=("Javier Soto", "jsoto@sotoyasociados.example"),
        when="2027-05-18 13:05 +0200",
        style="outlook_android",
        inv="GPH-41633",
        amt="455.00",
        body="Buenas,\n\nLo tenemos pendiente, perdonad. Lo pagamos a finales de mes junto con el resto de proveedores.\n\nSaludos\nJavier",
        facts=Facts(promised="2027-05-31", note="'a finales de mes' → last day of the month"),
    ),
    Reply(
        key="pp-nl-dinsdag",
        intent="promise_to_pay",
        lang="nl",
        who=("Anouk Visser", "anouk@bakkerijvisser.example"),
        when="2027-05-13 16:40 +0100",
        style="gmail",
        inv="GPH-41597",
        amt="148.00",
        body=(
            "Hoi,\n\n"
            "Excuses, het is er even bij ingeschoten. Ik maak het volgende week dinsdag over, dan is de btw-aangifte de deur uit en heb ik weer overzicht.\n\n"
            "Groetjes,\nAnouk"
        ),
        facts=Facts(promised="2027-05-18", note="'volgende week dinsdag' from Thursday 13 May"),
    ),
    Reply(
        key="pp-nl-ingepland",
        intent="promise_to_pay",
        lang="nl",
        who=("Ruud Jansen", "r.jansen@jansen-vastgoed.example"),
        when="2027-05-26 11:15 +0200",
        style="owa",
        inv="GPH-41802",
        amt="612.50",
        body=(
            "Goedemorgen,\n\n"
            "De betaling van factuur GPH-41802 heb ik zojuist ingepland; die gaat op 1 juni de deur uit.\n\n"
            "Met vriendelijke groet,\n\nRuud Jansen\nJansen Vastgoedbeheer B.V."
        ),
        facts=Facts(
            promised="2027-06-01",
            refs=("GPH-41802",),
            note="'heb ik ingepland' is past tense but schedules a future payment",
        ),
    ),
    Reply(
        key="pp-it-assemblea",
        intent="promise_to_pay",
        lang="it",
        who=("Rag. Alberto Bellandi", "a.bellandi@studiobellandi.example"),
        when="2027-05-17 12:00 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="GPH-41571",
        amt="3480.00",
        body=(
            "Gentili signori,\n\n"
            "la fattura relativa alla sostituzione della caldaia centralizzata di Seymour House verrà saldata dopo l'assemblea condominiale, che deve approvare la spesa straordinaria. Vi terrò aggiornati.\n\n"
            "Distinti saluti\n\nRag. Alberto Bellandi\nAmministratore del condominio"
        ),
        facts=Facts(
            note="payment tied to an event with no date (the residents' meeting): promise without a date"
        ),
    ),
    Reply(
        key="pp-it-entro20",
        intent="promise_to_pay",
        lang="it",
        who=("Francesca Riva", "francesca.riva@libero.it"),
        when="2027-05-11 22:03 +0200",
        style="iphone",
        inv="GPH-41562",
        amt="118.00",
        body="Buonasera, mi scuso per il ritardo. Provvedo al pagamento entro il 20, appena mi arriva lo stipendio.\n\nFrancesca",
        facts=Facts(promised="2027-05-20", note="'entro il 20' in May"),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-not-paid",
        intent="dispute",
        lang="en",
        who=("Trevor Nash", "trevor.nash@nashlets.example"),
        when="2027-05-10 13:22 +0100",
        style="outlook",
        inv="GPH-41476",
        amt="385.00",
        body=(
            "We have NOT paid this and we won't be paying it until the job is finished.\n\n"
            "Your engineer came out on 14 April, capped off the leak under the cylinder and said he'd be back within the week with the replacement valve. Nobody has been since and my tenant is still heating water with the immersion. I'm not paying £385 for half a job.\n\n"
            "Trevor Nash"
        ),
        facts=Facts(note="negated payment with the reason: work left unfinished"),
    ),
    Reply(
        key="di-en-ramble",
        intent="dispute",
        lang="en",
        who=("Martin Cole", "martin.cole@colefamily.example"),
        when="2027-05-16 20:51 +0100",
        style="gmail",
        inv="GPH-41809",
        amt="312.00",
        body=(
            "Hello,\n\n"
            "I'm writing on behalf of my mother, Mrs Irene Cole, who is 88 and lives at 4 Orchard Close. She asked me to deal with her post and emails after her fall at Easter, so apologies if I'm slow with things. I've been back and forth to the hospital, we've had the carers to sort out, and I still have my own job to hold down, so it has been a long few weeks.\n\n"
            "Your engineer came to look at her boiler in April because it kept losing pressure. Mum said he was polite and tidy, which we appreciated, and he explained what he was doing as he went. He topped the system up and said it should be fine, and to be fair it has been fine so far, touch wood. She was also pleased he took his shoes off without being asked.\n\n"
            "The thing is, invoice 41809 charges three hours of labour at £78 an hour. Her Ring doorbell shows him arriving at 10:12 and leaving at 10:55, and I have the clips if you want them. I don't mind paying for the 43 minutes plus the call-out, but three hours is not right and I'd like it corrected before anything is paid.\n\n"
            "Many thanks,\nMartin Cole"
        ),
        facts=Facts(
            refs=("GPH-41809",),
            note="long reply for an elderly customer; the point (labour overcharged) is buried in the third paragraph; '41809' normalised",
        ),
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        who=("Helen Price", "helen@pricecateringco.example"),
        when="2027-05-24 10:07 +0100",
        style="outlook_html",
        inv="GPH-41467",
        amt="212.40",
        body=(
            "Hi,\n\n"
            "41411 was paid on Friday. 41467 is the same job billed twice – same date, same address (the café kitchen, 22 Quay Street), same £212.40. Please cancel 41467 or send a credit note.\n\n"
            "Thanks\nHelen Price\nPrice Catering Co."
        ),
        facts=Facts(
            refs=("GPH-41411", "GPH-41467"),
            note="one invoice paid and the other contested as a duplicate: dispute wins, so no paid_date",
        ),
    ),
    Reply(
        key="di-de-angebot",
        intent="dispute",
        lang="de",
        who=("Thomas Bäumer", "t.baeumer@baeumer-consulting.example"),
        when="2027-05-20 08:47 +0200",
        style="inline",
        inv="GPH-41588",
        amt="2340.00",
        inline=(
            (
                2,
                "Das ist nicht der vereinbarte Preis. In Ihrem Angebot vom 2. März waren für den Badumbau 1.950 £ pauschal vereinbart, Ihre Rechnung GPH-41588 weist 2.340 £ aus. Die Mehrkosten von 390 £ wurden zu keinem Zeitpunkt mit mir abgesprochen.",
            ),
            (
                4,
                "Den vereinbarten Betrag von 1.950 £ habe ich gestern überwiesen. Den Rest zahle ich erst, wenn mir jemand erklärt, wofür er angefallen ist – bitte schicken Sie mir eine korrigierte Rechnung.",
            ),
        ),
        body="Mit freundlichen Grüßen\nThomas Bäumer",
        facts=Facts(
            refs=("GPH-41588",),
            note="inline answers; price dispute plus payment of the undisputed part: dispute wins",
        ),
    ),
    Reply(
        key="di-de-bestellnr",
        intent="dispute",
        lang="de",
        who=("Claudia Wendt", "c.wendt@nordmann-elektronik.example"),
        when="2027-05-27 14:18 +0200",
        style="outlook_html",
        charset="iso-8859-1",
        inv="GPH-41721",
        amt="658.00",
        body=(
            "Guten Tag,\n\n"
            "die auf Ihrer Rechnung genannte Bestellnummer 4500118823 existiert in unserem System nicht, und an unserem Standort in Swindon wurde im April auch kein Installateur beauftragt. Wir gehen davon aus, dass die Rechnung zu einem anderen Kunden gehört, und bitten um Stornierung.\n\n"
            "Freundliche Grüße\n\nClaudia Wendt\nKreditorenbuchhaltung\nNordmann Elektronik GmbH, Hamburg"
        ),
        facts=Facts(note="'not our PO, no work ordered' contests the invoice"),
    ),
    Reply(
        key="di-fr-carrelage",
        intent="dispute",
        lang="fr",
        who=("Nathalie Roux", "nathalie.roux@roux-conseil.example"),
        when="2027-05-11 18:25 +0200",
        style="apple",
        inv="GPH-41528",
        amt="540.00",
        body=(
            "Bonjour,\n\n"
            "Lors du remplacement du radiateur de la salle de bains, votre technicien a fendu deux carreaux de faïence. Il l'a reconnu sur place et nous a assuré que quelqu'un reviendrait les changer. Depuis, plus de nouvelles.\n\n"
            "Nous réglerons la facture quand les carreaux auront été remplacés, pas avant.\n\n"
            "Cordialement,\nNathalie Roux"
        ),
        facts=Facts(
            note="damage during the work; 'we'll pay once it is fixed, not before' is a dispute, not a promise"
        ),
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        who=("Bertrand Lemaire", "compta@lemaire-boulangerie.example"),
        when="2027-05-26 10:41 +0100",
        style="owa",
        inv="GPH-41460",
        amt="167.00",
        body=(
            "Bonjour,\n\n"
            "Cette facture a déjà été annulée : votre collègue Kevin nous a envoyé un avoir du même montant le 30 avril, après l'erreur sur le chauffe-eau. Elle ne devrait plus figurer dans vos relances.\n\n"
            "Merci de vérifier et de mettre notre compte à jour.\n\n"
            "Bertrand Lemaire\nBoulangerie Lemaire"
        ),
        facts=Facts(note="already credited"),
    ),
    Reply(
        key="di-es-novino",
        intent="dispute",
        lang="es",
        who=("Carmen Delgado", "carmen.delgado@hotmail.es"),
        when="2027-05-12 12:30 +0100",
        style="iphone",
        inv="GPH-41519",
        amt="89.00",
        body=(
            "Buenas,\n\n"
            "¿Cómo que pendiente? El técnico no vino nunca. Estuve esperando toda la mañana del 22 de abril, pedí el día libre en el trabajo, y no apareció nadie ni me llamaron. No pienso pagar una revisión que no se ha hecho.\n\n"
            "Carmen"
        ),
        facts=Facts(note="service never carried out"),
    ),
    Reply(
        key="di-es-radiadores",
        intent="dispute",
        lang="es",
        who=("Ignacio Varela", "ivarela@varela-inmuebles.example"),
        when="2027-05-31 10:05 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="GPH-41544",
        amt="1180.00",
        body=(
            "Estimados señores:\n\n"
            "En la factura 41544 nos cobran la sustitución de cuatro radiadores, pero en el piso de Clifton se cambiaron tres; el cuarto, el del pasillo, se dejó como estaba porque funcionaba bien. La inquilina lo puede confirmar.\n\n"
            "Les ruego que emitan una factura rectificativa por tres radiadores y la pagaremos en cuanto la recibamos.\n\n"
            "Atentamente,\n\nIgnacio Varela\nVarela Inmuebles S.L."
        ),
        facts=Facts(
            refs=("GPH-41544",),
            note="wrong quantity; the corrected-invoice request and the payment after it are secondary",
        ),
    ),
    Reply(
        key="di-nl-dubbel",
        intent="dispute",
        lang="nl",
        who=("Marloes Bakker", "administratie@bakkerverhuur.example"),
        when="2027-05-18 09:12 +0200",
        style="gmail",
        inv="GPH-41629",
        amt="118.00",
        body=(
            "Goedemorgen,\n\n"
            "Deze factuur is dubbel. Hetzelfde onderhoud van de cv-ketel aan de Redland Road hebben we op 23 april al betaald onder factuurnummer GPH-41381. Wilt u deze tweede factuur crediteren?\n\n"
            "Met vriendelijke groet,\nMarloes Bakker\nBakker Verhuur"
        ),
        facts=Facts(
            refs=("GPH-41381",),
            note="duplicate billing; the payment mentioned is of the earlier invoice, so no paid_date",
        ),
    ),
    Reply(
        key="di-it-iva",
        intent="dispute",
        lang="it",
        rlang="en",
        who=("Davide Conti", "davide.conti@contiristorazione.example"),
        when="2027-05-21 15:55 +0100",
        style="outlook_html",
        inv="GPH-41702",
        amt="336.00",
        body=(
            "Buongiorno,\n\n"
            "il preventivo che ci avete fatto firmare era di 280 sterline IVA compresa. In fattura trovo 280 sterline più IVA, cioè 336. Non è quello che avevamo concordato.\n\n"
            "Attendo una fattura corretta.\n\n"
            "Davide Conti\nConti Ristorazione Ltd"
        ),
        facts=Facts(
            note="Italian reply to an English reminder; VAT added on top of a VAT-inclusive quote"
        ),
    ),
    Reply(
        key="di-it-termostato",
        intent="dispute",
        lang="it",
        who=("Elena Marchetti", "elena.marchetti84@gmail.com"),
        when="2027-06-02 20:40 +0100",
        style="samsung",
        inv="GPH-41835",
        amt="265.00",
        body=(
            "Salve, il termostato smart che mi avete messo in fattura non e mai stato installato. Il tecnico ha detto che era esaurito e che lo portava la settimana dopo ma non si e visto nessuno. Non pago una cosa che non ho\n"
            "Elena"
        ),
        facts=Facts(note="part billed but never fitted; missing accents"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-widow",
        intent="payment_plan",
        lang="en",
        who=("Margaret Ellery", "m.ellery@ellery-home.example"),
        when="2027-05-13 11:16 +0100",
        style="thunderbird",
        inv="GPH-41581",
        amt="420.00",
        body=(
            "Dear Sir or Madam,\n\n"
            "Thank you for your reminder. I am sorry it has not been paid. My husband Ronald always dealt with the bills and he passed away in March, and until the bank releases his account I have only my pension to live on.\n\n"
            "Would it be acceptable if I paid £50 a month until it is cleared? I could start on the first of June.\n\n"
            "Yours faithfully,\nMargaret Ellery"
        ),
        facts=Facts(
            note="hardship with monthly instalments; the start date belongs to the plan, so no promised_date"
        ),
    ),
    Reply(
        key="pl-en-half",
        intent="payment_plan",
        lang="en",
        who=("Ben Okoro", "ben@okorodesign.example"),
        when="2027-05-21 09:58 +0100",
        style="apple",
        inv="GPH-41664",
        amt="460.00",
        body=(
            "Hi there,\n\n"
            "Cash flow's a bit tight this month as two of my clients are paying late. Could I pay half now and the other half at the end of June? If that works I'll send the first £230 today.\n\n"
            "Thanks,\nBen"
        ),
        facts=Facts(note="half now, half later; the first payment is offered only 'if that works'"),
    ),
    Reply(
        key="pl-en-settle",
        intent="payment_plan",
        lang="en",
        who=("Kerry Ashdown", "kerry@theteapotcafe.example"),
        when="2027-06-04 16:30 +0100",
        style="outlook_ios",
        inv="GPH-41770",
        amt="420.00",
        body=(
            "Hello,\n\n"
            "I'll be honest, since the council dug up the high street in March we've been taking about half what we normally do. I can't find £420 right now. Would you accept £300 as full and final settlement? I could pay that this month.\n\n"
            "Kerry Ashdown\nThe Teapot Café"
        ),
        facts=Facts(note="asks to settle for a reduced amount"),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        who=("Wolfgang Reuter", "w.reuter@reuter-familie.example"),
        when="2027-05-10 20:05 +0200",
        style="gmx",
        inv="GPH-41449",
        amt="3860.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich habe Ihre Erinnerung erhalten und möchte kurz erklären, warum die Rechnung noch offen ist. Die neue Heizungsanlage in unserem Haus in Bath war deutlich teurer als gedacht, weil der alte Kessel nicht mehr zu retten war. Im April kamen dann noch die Versicherung und die Grundsteuer für unsere Wohnung hier in Münster dazu, und unser Mieter in Bath ist Ende März ausgezogen, sodass die Mieteinnahmen im Moment ganz fehlen. Meine Frau und ich sind beide Rentner, wir haben also keinen großen Spielraum.\n\n"
            "Wäre es möglich, den Betrag in drei Monatsraten zu begleichen? Die erste Rate könnte ich Ende Mai überweisen.\n\n"
            "Mit freundlichen Grüßen\nWolfgang Reuter"
        ),
        facts=Facts(
            note="long explanation before the request; three monthly instalments, the first at the end of May is part of the plan"
        ),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        who=("Ayşe Demir", "ayse@demir-imbiss.example"),
        when="2027-05-25 22:10 +0100",
        style="iphone",
        inv="GPH-41748",
        amt="285.00",
        body=(
            "Hallo,\n\n"
            "ich weiß, dass die Rechnung überfällig ist. Können Sie mir bis Ende Juni Zeit geben? Der Imbiss war wegen der Baustelle vier Wochen zu und ich muss erst die Miete nachzahlen.\n\n"
            "Danke und Gruß\nAyşe Demir"
        ),
        facts=Facts(note="asks for more time; a date she asks for is not a promise"),
    ),
    Reply(
        key="pl-fr-mensualites",
        intent="payment_plan",
        lang="fr",
        who=("Sébastien Perrin", "sebastien.perrin@perrin-famille.example"),
        when="2027-05-17 08:20 +0200",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="GPH-41507",
        amt="2960.00",
        body=(
            "Bonjour,\n\n"
            "La somme est importante pour nous après les travaux de la salle de bains. Serait-il possible d'échelonner le paiement en quatre mensualités ? Je peux mettre en place un virement permanent dès que vous m'aurez donné votre accord.\n\n"
            "Cordialement,\nSébastien Perrin"
        ),
        facts=Facts(),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        who=("Rocío Benítez", "rocio@benitezinteriores.example"),
        when="2027-05-14 12:44 +0200",
        style="outlook_html",
        inv="GPH-41606",
        amt="890.00",
        body=(
            "Hola, buenos días:\n\n"
            "Nos ha pillado con varios pagos a la vez. ¿Sería posible abonarlo en dos plazos, la mitad ahora y la otra mitad a mediados de junio?\n\n"
            "Quedo a la espera de su respuesta.\n\n"
            "Un saludo,\nRocío Benítez\nBenítez Interiores"
        ),
        facts=Facts(),
    ),
    Reply(
        key="pl-es-paro",
        intent="payment_plan",
        lang="es",
        who=("Manolo G.", "manolo.g.77@gmail.com"),
        when="2027-05-28 23:15 +0100",
        style="gmail",
        cte="b64",
        inv="GPH-41781",
        amt="360.00",
        body="hola perdonad el retraso, estoy en paro desde marzo y no puedo pagarlo todo de golpe. os puedo ir pagando 40 libras cada semana hasta terminar si os parece bien. gracias y perdon",
        facts=Facts(note="hardship with weekly instalments; no capitals or accents"),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        who=("Sanne Mulder", "s.mulder@muldermakelaardij.example"),
        when="2027-05-20 10:30 +0200",
        style="outlook",
        inv="GPH-41672",
        amt="450.00",
        body=(
            "Goedemorgen,\n\n"
            "Is het mogelijk om een betalingsregeling af te spreken? Wij zouden het bedrag graag in drie termijnen van £ 150 voldoen, te beginnen op 1 juni.\n\n"
            "Met vriendelijke groet,\nSanne Mulder\nMulder Makelaardij"
        ),
        facts=Facts(note="three instalments; the start date is part of the plan"),
    ),
    Reply(
        key="pl-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        who=("Hendrik de Vries", "hendrik.devries@devries-thuis.example"),
        when="2027-06-02 19:45 +0200",
        style="apple",
        inv="GPH-41858",
        amt="1720.00",
        body=(
            "Beste mensen,\n\n"
            "Ons vakantiehuis wordt deze zomer niet verhuurd omdat de keuken nog niet klaar is, en dat scheelt flink in de inkomsten. Zou ik uitstel van betaling kunnen krijgen tot na de zomer? Dan betaal ik alles in één keer.\n\n"
            "Groet,\nHendrik de Vries"
        ),
        facts=Facts(
            note="asks for more time; the one-off payment depends on the request being granted"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        who=("Lorenzo Gatti", "lorenzo.gatti@gattieventi.example"),
        when="2027-05-12 17:20 +0200",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41585",
        amt="1350.00",
        body=(
            "Buonasera,\n\n"
            "vista la cifra, sarebbe possibile rateizzare il pagamento in tre rate mensili? Se per voi va bene, vi mando subito un piano con le date.\n\n"
            "Grazie e cordiali saluti,\nLorenzo Gatti\nGatti Eventi"
        ),
        facts=Facts(),
    ),
    Reply(
        key="pl-it-pensionata",
        intent="payment_plan",
        lang="it",
        who=("Rosa Lombardi", "rosa.lombardi1949@libero.it"),
        when="2027-05-27 10:05 +0100",
        style="iphone",
        inv="GPH-41739",
        amt="340.00",
        body="Buongiorno, sono una pensionata e questo mese ho avuto molte spese mediche. Posso pagare 100 sterline adesso e il resto a luglio? Grazie della comprensione.\nRosa Lombardi",
        facts=Facts(note="hardship; part now and the rest later is a plan, not a payment"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        who=("Oliver Trent", "oliver@trentandfox.example"),
        when="2027-05-11 14:30 +0100",
        style="owa",
        inv="GPH-41533",
        amt="264.00",
        body=(
            "Hi,\n\n"
            "We don't seem to have this invoice on our system at all - nothing came through to our accounts inbox as far as I can see. Could you resend a copy? I'll get it paid once it's in.\n\n"
            "Thanks\nOliver Trent\nTrent & Fox Ltd"
        ),
        facts=Facts(note="never received, please resend; not contested"),
    ),
    Reply(
        key="ir-en-insurer",
        intent="invoice_request",
        lang="en",
        who=("Keystone HomeCover Claims", "claims.ops@keystonehomecover.example"),
        when="2027-05-19 11:03 +0100",
        style="outlook_html",
        inv="GPH-41668",
        amt="438.00",
        body=(
            "Dear Sirs,\n\n"
            "Claim ref: KHC-2027-118342\nPolicyholder: Mr A. Patel, 19 Linden Grove\n\n"
            "Thank you for your email. Before we can settle invoice GPH-41668 under the home emergency policy we need an itemised invoice showing parts and labour separately, and the engineer's job report with photographs of the failed part.\n\n"
            "Please send these to this address quoting the claim reference.\n\n"
            "Kind regards\n\nClaims Team\nKeystone HomeCover\n\n"
            "Keystone HomeCover is a trading name of Keystone Assurance Ltd, authorised and regulated by the Financial Conduct Authority. This e-mail and any attachments are confidential and may be privileged."
        ),
        facts=Facts(
            refs=("GPH-41668",),
            note="home-emergency insurer needs an itemised invoice and the job report before settling",
        ),
    ),
    Reply(
        key="ir-en-letterhead",
        intent="invoice_request",
        lang="en",
        who=("Jo Harrington", "finance@harringtonmedical.example"),
        when="2027-05-26 15:45 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41794",
        amt="1190.00",
        body=(
            "Hello,\n\n"
            "We're happy to pay, but as you're a new supplier we need your bank details confirmed on company letterhead and signed before we can set you up – we never take bank details from emails or reminders. Once we have that, you'll go into the next payment run.\n\n"
            "Regards\nJo Harrington\nFinance Administrator, Harrington Medical"
        ),
        facts=Facts(
            note="bank details needed before paying; the next-run payment is conditional, so not a promise"
        ),
    ),
    Reply(
        key="ir-de-bestellnr",
        intent="invoice_request",
        lang="de",
        who=("Kerstin Albrecht", "k.albrecht@albrecht-hotels.example"),
        when="2027-05-18 09:40 +0200",
        style="outlook_html",
        inv="GPH-41711",
        amt="940.00",
        body=(
            "Guten Morgen,\n\n"
            "ohne Bestellnummer kann unsere Kreditorenbuchhaltung die Rechnung leider nicht buchen. Bitte stellen Sie die Rechnung GPH-41711 neu aus und geben Sie dabei unsere Bestellnummer 4500773120 an. Der Betrag selbst ist in Ordnung.\n\n"
            "Mit freundlichen Grüßen\n\nKerstin Albrecht\nAlbrecht Hotels UK – Buchhaltung"
        ),
        facts=Facts(refs=("GPH-41711",), note="reissue with a PO number; amount not contested"),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        who=("Hélène Dumas", "helene.dumas@dumas-patrimoine.example"),
        when="2027-05-13 11:50 +0200",
        style="gmail",
        inv="GPH-41592",
        amt="176.00",
        body=(
            "Bonjour,\n\n"
            "Je gère plusieurs logements avec vous et je ne sais plus très bien ce qui a été payé ou non. Pourriez-vous m'envoyer un relevé de compte complet ? Je réglerai le solde dès réception.\n\n"
            "Merci d'avance,\nHélène Dumas"
        ),
        facts=Facts(note="statement of account; the payment after receipt is secondary"),
    ),
    Reply(
        key="ir-fr-sci",
        intent="invoice_request",
        lang="fr",
        who=("Jean-Marc Fabre", "jm.fabre@sci-les-tilleuls.example"),
        when="2027-05-28 14:22 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="GPH-41819",
        amt="725.00",
        body=(
            "Bonjour,\n\n"
            "La facture est établie à mon nom personnel alors que le logement appartient à la SCI Les Tilleuls. Pour notre comptabilité, j'ai besoin d'une facture au nom de la SCI. Le montant ne pose aucun problème.\n\n"
            "Merci de me la renvoyer corrigée.\n\n"
            "Jean-Marc Fabre\nGérant, SCI Les Tilleuls"
        ),
        facts=Facts(note="reissue in the company's name; amount not contested"),
    ),
    Reply(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        who=("Alberto Ruiz", "aruiz@ruizarquitectos.example"),
        when="2027-05-20 16:16 +0200",
        style="iphone_html",
        inv="GPH-41646",
        amt="198.00",
        body="Hola, la factura no nos llegó nunca. ¿Nos la podéis reenviar en PDF a este correo? La pagamos en cuanto la tengamos.\n\nAlberto",
        facts=Facts(note="never received; the payment on receipt is secondary"),
    ),
    Reply(
        key="ir-es-vat",
        intent="invoice_request",
        lang="es",
        rlang="en",
        who=("Pilar Navarro", "pilar@navarrohosteleria.example"),
        when="2027-05-25 10:10 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41753",
        amt="514.00",
        body=(
            "Buenos días:\n\n"
            "Para poder contabilizar la factura necesito que aparezcan su número de IVA (VAT number) y nuestros datos fiscales completos: Navarro Hostelería Ltd, 8 Harbour Walk. ¿Pueden enviarme una nueva?\n\n"
            "Gracias,\nPilar Navarro"
        ),
        facts=Facts(note="Spanish reply to an English reminder; reissue with VAT details"),
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        lang="nl",
        who=("Bas Willems", "facturen@willemsbeheer.example"),
        when="2027-05-12 13:35 +0200",
        style="outlook_html",
        inv="GPH-41548",
        amt="382.00",
        body=(
            "Goedemiddag,\n\n"
            "Wij kunnen de factuur niet terugvinden. Kunt u een kopie sturen naar facturen@willemsbeheer.example, samen met de werkbon? Zonder werkbon keurt de eigenaar de factuur niet goed.\n\n"
            "Met vriendelijke groet,\nBas Willems\nWillems Beheer"
        ),
        facts=Facts(
            note="copy plus job sheet; the address given is the sender's own, so no new_contact"
        ),
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        who=("Joost van Dam", "joostvandam@outlook.com"),
        when="2027-06-01 08:50 +0200",
        style="owa",
        inv="GPH-41861",
        amt="154.00",
        body="Hallo,\n\nWaar is deze factuur voor? Ik kan de werkzaamheden nergens plaatsen. Kunt u de werkbon of een omschrijving meesturen?\n\nJoost",
        facts=Facts(note="asks what the charge is for and for the job sheet"),
    ),
    Reply(
        key="ir-it-dettaglio",
        intent="invoice_request",
        lang="it",
        who=("Marco Bernardi", "marco.bernardi@bernardicostruzioni.example"),
        when="2027-05-14 09:15 +0200",
        style="thunderbird",
        cte="8bit",
        inv="GPH-41609",
        amt="870.00",
        body=(
            "Buongiorno,\n\n"
            "in fattura leggo solo «Lavori come concordato». Per poterla registrare mi serve il dettaglio: ore di manodopera, materiali e indirizzo dell'intervento. Potete mandarmelo?\n\n"
            "Grazie,\nMarco Bernardi"
        ),
        facts=Facts(note="needs the breakdown before booking the invoice"),
    ),
    Reply(
        key="ir-it-banca",
        intent="invoice_request",
        lang="it",
        who=("Chiara Fontana", "chiara.fontana@fontanadesign.example"),
        when="2027-05-31 11:30 +0200",
        style="inline",
        inv="GPH-41829",
        amt="298.00",
        inline=(
            (
                3,
                "La mia banca, per un bonifico verso il Regno Unito, mi chiede anche il nome e l'indirizzo della vostra banca, che qui non compaiono. Me li potete mandare? Appena li ho, pago.",
            ),
        ),
        body="Cordiali saluti,\nChiara Fontana",
        facts=Facts(
            note="inline answer under the bank paragraph; bank details needed before paying"
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-tenant",
        intent="wrong_contact",
        lang="en",
        who=("Liam Byrne", "liam.byrne92@gmail.com"),
        when="2027-05-17 19:05 +0100",
        style="gmail",
        cc="Carole Finch <carole.finch@finchlets.example>",
        inv="GPH-41615",
        amt="96.00",
        body=(
            "Hi,\n\n"
            "I think this has come to me by mistake - I'm the tenant at 31 Dovecote Lane, not the owner. The gas safety check is the landlord's responsibility. The landlord is Mrs Carole Finch, carole.finch@finchlets.example, I've copied her in.\n\n"
            "Liam"
        ),
        facts=Facts(
            contact="carole.finch@finchlets.example",
            note="tenant naming the landlord, who is also in Cc",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        who=("Brightwell Dental Accounts", "accounts@brightweldental.example"),
        when="2027-05-20 07:12 +0100",
        style="none",
        threaded=False,
        subject="Change of accounts email address",
        inv="GPH-41455",
        body=(
            "Hello,\n\n"
            "Please note we have changed our accounts email. From today all invoices, statements and reminders for Brightwell Dental Practice must be sent only to brightwell.dental.accounts@gmail.com. The old address will be closed.\n\n"
            "Kindly confirm by return once your records are updated.\n\n"
            "Regards\nPractice Manager"
        ),
        facts=Facts(
            contact="brightwell.dental.accounts@gmail.com",
            note="phishing-like request from a look-alike domain (brightweldental, one l) to redirect all mail to a free-mail address; labelled by what it asks for, verifying it is the collector's job",
        ),
    ),
    Reply(
        key="wc-de-inaktiv",
        intent="wrong_contact",
        lang="de",
        who=("Brenner Facility Services", "rechnung@brenner-fs.example"),
        when="2027-05-14 09:52 +0200",
        style="none",
        rdays=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="GPH-41599",
        amt="1420.00",
        body=(
            "Diese E-Mail-Adresse ist nicht mehr aktiv und wird nicht gelesen.\n\n"
            "Bitte senden Sie Rechnungen, Mahnungen und Zahlungsanfragen ab sofort ausschließlich an kreditoren@brenner-fs.example. Nachrichten an diese Adresse werden nicht weitergeleitet.\n\n"
            "Brenner Facility Services GmbH"
        ),
        facts=Facts(
            contact="kreditoren@brenner-fs.example",
            note="automatic 'address no longer read' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-hausverwaltung",
        intent="wrong_contact",
        lang="de",
        who=("Tobias Hahn", "t.hahn@hv-lindqvist.example"),
        when="2027-05-26 11:40 +0200",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41796",
        amt="318.00",
        body=(
            "Hallo,\n\n"
            "ich bin ab Juni nicht mehr bei der Hausverwaltung Lindqvist und betreue die Objekte in Bristol schon seit April nicht mehr. Ihre Ansprechpartnerin ist jetzt Frau Petra Unger, P.Unger@hv-Lindqvist.example.\n\n"
            "Gruß\nTobias Hahn"
        ),
        facts=Facts(
            contact="p.unger@hv-lindqvist.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-fr-vendu",
        intent="wrong_contact",
        lang="fr",
        who=("Anne-Sophie Girard", "as.girard@girard-famille.example"),
        when="2027-05-19 20:20 +0200",
        style="apple",
        inv="GPH-41657",
        amt="142.00",
        body=(
            "Bonsoir,\n\n"
            "Je ne suis plus propriétaire de ce logement : il a été vendu fin mars, et l'intervention d'avril a été demandée par le nouveau propriétaire, dont je n'ai pas les coordonnées. Le notaire pourra sans doute vous renseigner. Je ne suis donc pas la bonne personne pour cette facture.\n\n"
            "Cordialement,\nA.-S. Girard"
        ),
        facts=Facts(note="not the right person and no address for the right one"),
    ),
    Reply(
        key="wc-fr-gestionnaire",
        intent="wrong_contact",
        lang="fr",
        who=("Philippe Marchand", "philippe.marchand@marchand-invest.example"),
        when="2027-05-10 10:25 +0200",
        style="outlook_html",
        inv="GPH-41488",
        amt="264.00",
        body=(
            "Bonjour,\n\n"
            "Comme indiqué lors de la signature du mandat, toutes les factures concernant l'appartement de Cotham doivent être adressées à notre gestionnaire locatif, et non à moi directement : compta@agence-beaumanoir.example.\n\n"
            "Merci de mettre à jour vos fichiers.\n\n"
            "Philippe Marchand"
        ),
        facts=Facts(contact="compta@agence-beaumanoir.example"),
    ),
    Reply(
        key="wc-es-buzon",
        intent="wrong_contact",
        lang="es",
        who=("Construcciones Alameda UK", "admin@alameda-uk.example"),
        when="2027-05-21 09:04 +0100",
        style="none",
        rdays=0,
        subject="Respuesta automática: {rsub}",
        inv="GPH-41684",
        amt="2250.00",
        body=(
            "Este buzón ya no está operativo y los mensajes que recibe no se leen.\n\n"
            "Para cualquier consulta, llame a nuestra oficina de Bristol de lunes a viernes, de 9:00 a 17:00.\n\n"
            "Construcciones Alameda UK Ltd"
        ),
        facts=Facts(
            note="automatic 'mailbox no longer read' notice without a new address and without Auto-Submitted"
        ),
    ),
    Reply(
        key="wc-es-hermano",
        intent="wrong_contact",
        lang="es",
        who=("Nuria Ruiz Pastor", "nuria.ruizpastor@gmail.com"),
        when="2027-05-29 12:15 +0200",
        style="gmail",
        inv="GPH-41772",
        amt="205.00",
        body=(
            "Buenos días:\n\n"
            "Soy la hija de Emilio Ruiz. Mi padre no usa el correo electrónico y esta dirección es mía; yo no llevo sus cuentas. Las lleva mi hermano Jorge, escríbanle a él, por favor: jorge.ruizpastor@gmail.com\n\n"
            "Gracias,\nNuria"
        ),
        facts=Facts(
            contact="jorge.ruizpastor@gmail.com",
            note="relative of an elderly customer naming the brother who handles his bills",
        ),
    ),
    Reply(
        key="wc-nl-verkeerd",
        intent="wrong_contact",
        lang="nl",
        who=("Eva Smit", "eva.smit@smit-utrecht.example"),
        when="2027-05-12 21:33 +0200",
        style="iphone",
        inv="GPH-41551",
        amt="172.00",
        body="U heeft het verkeerde e-mailadres. Ik ben particulier, woon in Utrecht en heb nog nooit iets met uw bedrijf te maken gehad.\n\nEva Smit",
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-nl-gelezen",
        intent="wrong_contact",
        lang="nl",
        who=("Hofstede Vastgoed", "info@hofstede-vastgoed.example"),
        when="2027-05-24 09:06 +0200",
        style="none_html",
        rdays=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        inv="GPH-41758",
        amt="530.00",
        body=(
            "Dit e-mailadres wordt niet meer gelezen.\n\n"
            "Stuur facturen en betalingsherinneringen voortaan naar crediteuren@hofstede-vastgoed.example, dan komen ze direct bij onze administratie terecht.\n\n"
            "Met vriendelijke groet,\nHofstede Vastgoed"
        ),
        facts=Facts(
            contact="crediteuren@hofstede-vastgoed.example",
            note="automatic notice in HTML naming the new address",
        ),
    ),
    Reply(
        key="wc-it-condominio",
        intent="wrong_contact",
        lang="it",
        who=("Giorgio Ferraris", "g.ferraris@condominio-seymour.example"),
        when="2027-05-18 10:50 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="GPH-41572",
        amt="690.00",
        body=(
            "Buongiorno,\n\n"
            "vi informo che dal 1° maggio l'amministrazione del condominio Seymour House è passata allo Studio Ferri. D'ora in poi fatture e solleciti vanno inviati a: studio.ferri@amministrazioni-ferri.example\n\n"
            "Cordiali saluti\nGiorgio Ferraris"
        ),
        facts=Facts(contact="studio.ferri@amministrazioni-ferri.example"),
    ),
    Reply(
        key="wc-it-assicurazione",
        intent="wrong_contact",
        lang="it",
        rlang="en",
        who=("Alessandro Greco", "ale.greco.bristol@gmail.com"),
        when="2027-06-03 18:20 +0100",
        style="gmail",
        inv="GPH-41872",
        amt="356.00",
        body=(
            "Buonasera,\n\n"
            "la riparazione della perdita è coperta dalla mia assicurazione casa: il tecnico stesso mi aveva detto che la fattura sarebbe andata a loro. Per favore mandatela a claims.ops@keystonehomecover.example, numero di sinistro KHC-2027-120977.\n\n"
            "Grazie\nAlessandro Greco"
        ),
        facts=Facts(
            contact="claims.ops@keystonehomecover.example",
            note="Italian reply to an English reminder; bill the insurer: wrong_contact naming the insurer's claims address",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-paid-stop",
        intent="unsubscribe",
        lang="en",
        who=("Gary Holt", "gary@holtproperties.example"),
        when="2027-05-14 13:02 +0100",
        style="iphone",
        inv="GPH-41563",
        amt="96.00",
        body="Paid. Stop emailing me.",
        facts=Facts(
            note="payment claim plus a stop request: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-en-solicitor",
        intent="unsubscribe",
        lang="en",
        who=("Pauline Sharp", "pauline.sharp@sharp-home.example"),
        when="2027-05-27 16:44 +0100",
        style="outlook",
        inv="GPH-41705",
        amt="2875.00",
        body=(
            "I have told your office twice on the phone that the boiler you fitted still cuts out every evening. I am not discussing this by email any more. Any further correspondence should go through my solicitors, Marlow Gray LLP, and please do not contact me directly again.\n\n"
            "P. Sharp"
        ),
        facts=Facts(
            note="complaint plus 'through my solicitors, do not contact me': unsubscribe beats dispute; no address for the solicitors"
        ),
    ),
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        who=("Reginald Hurst", "reg.hurst@hurst-home.example"),
        when="2027-06-02 10:18 +0100",
        style="thunderbird",
        inv="GPH-41869",
        amt="110.00",
        body=(
            "Dear Sirs,\n\n"
            "I do not conduct my affairs by e-mail. Please send any correspondence regarding my account by post to the address you hold, and remove this e-mail address from your records.\n\n"
            "R. Hurst"
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-de-verteiler",
        intent="unsubscribe",
        lang="de",
        who=("Lena Vogt", "lena.vogt@vogt-post.example"),
        when="2027-05-11 12:12 +0200",
        style="gmail",
        inv="GPH-41523",
        amt="224.00",
        body="Bitte entfernen Sie meine Adresse aus Ihrem Verteiler. Ich habe mit der Wohnung nichts mehr zu tun und möchte diese E-Mails nicht mehr bekommen.\n\nL. Vogt",
        facts=Facts(
            note="remove-me plus 'not my flat any more' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        who=("Dieter Krämer", "d.kraemer@kraemer-bau.example"),
        when="2027-05-21 17:05 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="GPH-41674",
        amt="1945.00",
        body=(
            "Hören Sie endlich auf, mir jeden zweiten Tag zu schreiben!! Die Angelegenheit liegt bei meinem Anwalt, Sie hören von ihm. Weitere E-Mails von Ihnen lese ich nicht.\n\n"
            "D. Krämer"
        ),
        facts=Facts(note="irritated stop request, matter with the lawyer"),
    ),
    Reply(
        key="un-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        who=("Monique Chevalier", "monique.chevalier@chevalier-famille.example"),
        when="2027-05-18 14:40 +0200",
        style="html_only",
        inv="GPH-41628",
        amt="188.00",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous prie de ne plus m'écrire à cette adresse électronique. Pour toute question relative à mon compte, merci de m'adresser un courrier postal.\n\n"
            "Salutations,\nMonique Chevalier"
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-fr-arretez",
        intent="unsubscribe",
        lang="fr",
        who=("Kevin Martin", "kev.martin33@gmail.com"),
        when="2027-05-30 21:55 +0200",
        style="samsung",
        inv="GPH-41804",
        amt="134.00",
        body="arretez de m envoyer ces mails svp c est la 4e fois cette semaine, desinscrivez moi",
        facts=Facts(note="no accents or apostrophes"),
    ),
    Reply(
        key="un-es-abogado",
        intent="unsubscribe",
        lang="es",
        who=("Ramón Castillo", "rcastillo@castillo-gestion.example"),
        when="2027-05-25 13:33 +0200",
        style="outlook",
        charset="windows-1252",
        inv="GPH-41743",
        amt="760.00",
        body="Les pido que dejen de escribirme. Cualquier comunicación sobre este asunto, a través de mi abogado.\n\nR. Castillo",
        facts=Facts(note="'through my lawyer' with no address"),
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        who=("Wim Peters", "wim.peters@peters-thuis.example"),
        when="2027-05-13 08:08 +0200",
        style="iphone",
        inv="GPH-41594",
        amt="96.00",
        body="Afmelden.",
        facts=Facts(note="one word: 'afmelden'"),
    ),
    Reply(
        key="un-nl-genoeg",
        intent="unsubscribe",
        lang="nl",
        who=("Ingrid Kok", "ingrid.kok@kok-bv.example"),
        when="2027-05-28 15:26 +0200",
        style="gmail",
        inv="GPH-41787",
        amt="246.00",
        body="Stop met mailen alstublieft. Ik heb allang betaald en ik heb er nu echt genoeg van.\n\nIngrid Kok",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-it-lista",
        intent="unsubscribe",
        lang="it",
        who=("Paolo Ricci", "paolo.ricci@riccistudio.example"),
        when="2027-05-19 09:29 +0200",
        style="outlook_html",
        inv="GPH-41649",
        amt="175.00",
        body="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista e di non inviarmi più comunicazioni via e-mail.\n\nPaolo Ricci",
        facts=Facts(),
    ),
    Reply(
        key="un-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        who=("Antonio De Luca", "antonio.deluca@deluca-casa.example"),
        when="2027-06-04 11:11 +0200",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="GPH-41880",
        amt="415.00",
        body=(
            "Buongiorno,\n\n"
            "d'ora in avanti accetto comunicazioni solo per raccomandata al mio indirizzo di residenza. Alle e-mail non risponderò più.\n\n"
            "A. De Luca"
        ),
        facts=Facts(note="registered post only"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        who=("Sarah Whitfield", "s.whitfield@severnvalehousing.example"),
        when="2027-05-17 08:49 +0100",
        style="none_alt",
        rdays=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        inv="GPH-41604",
        amt="1260.00",
        body=(
            "Thank you for your email. I am on annual leave from Monday 17 May, returning on Tuesday 25 May.\n\n"
            "For urgent repairs queries please contact repairs@severnvalehousing.example or call 0117 496 0999.\n\n"
            "Sarah Whitfield\nAsset Manager, Severn Vale Housing"
        ),
        facts=Facts(
            back="2027-05-25",
            note="housing association out-of-office; a colleague address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        who=("Severn Vale Housing", "no-reply.helpdesk@severnvalehousing.example"),
        when="2027-05-25 08:58 +0100",
        style="none_html",
        rdays=0,
        subject="[SVH-CAS-0488213] We've received your enquiry",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
        inv="GPH-41749",
        amt="1890.00",
        body=(
            "Thank you for contacting Severn Vale Housing.\n\n"
            "Your enquiry has been logged with the reference SVH-CAS-0488213. Please quote this reference if you contact us about it. We aim to respond to supplier queries within 10 working days.\n\n"
            "This is an automated message – replies to this address are not monitored."
        ),
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted; 'replies are not monitored' on a no-reply sender is not a 'mailbox no longer monitored' notice",
        ),
    ),
    Reply(
        key="ar-en-bankholiday",
        intent="auto_reply",
        lang="en",
        who=("Hartley's Garage", "office@hartleysgarage.example"),
        when="2027-05-28 17:31 +0100",
        style="none",
        rdays=0,
        inv="GPH-41822",
        amt="245.00",
        body=(
            "Hi, thanks for your message. The office is closed over the bank holiday weekend and we reopen on Tuesday 1 June. We'll get back to you then.\n\n"
            "Hartley's Garage"
        ),
        facts=Facts(
            back="2027-06-01", note="autoresponder with a plain 'Re:' subject and no Auto-Submitted"
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        who=("Nicole Schreiber", "n.schreiber@schreiber-immobilien.example"),
        when="2027-05-18 09:44 +0200",
        style="none_alt",
        rdays=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        inv="GPH-41642",
        amt="575.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 21.05.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 24.05.2027, bin ich wieder für Sie da.\n\n"
            "Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\nNicole Schreiber"
        ),
        facts=Facts(back="2027-05-24", note="the stated day back wins over 'bis einschließlich'"),
    ),
    Reply(
        key="ar-de-ticket",
        intent="auto_reply",
        lang="de",
        who=("Kundenservice Bergmann Hausverwaltung", "service@bergmann-hv.example"),
        when="2027-06-01 10:02 +0200",
        style="none",
        rdays=0,
        subject="Eingangsbestätigung [Ticket#2027060110000417]",
        headers=(AUTO_REPLIED,),
        inv="GPH-41848",
        amt="395.00",
        body=(
            "Guten Tag,\n\n"
            "vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Ticketnummer 2027060110000417 erfasst und melden uns so schnell wie möglich bei Ihnen.\n\n"
            "Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.\n\n"
            "Ihr Kundenservice\nBergmann Hausverwaltung GmbH"
        ),
        facts=Facts(note="ticket acknowledgement, no return date"),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        who=("Isabelle Fournier", "i.fournier@fournier-associes.example"),
        when="2027-05-12 09:50 +0200",
        style="none_alt",
        rdays=0,
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        inv="GPH-41560",
        amt="312.00",
        body=(
            "Bonjour,\n\n"
            "Je suis absente du 10 au 21 mai inclus, sans accès à ma messagerie. Je serai de retour le lundi 24 mai.\n\n"
            "Pour toute urgence, vous pouvez joindre le secrétariat au 01 84 88 20 40.\n\n"
            "Isabelle Fournier"
        ),
        facts=Facts(back="2027-05-24"),
    ),
    Reply(
        key="ar-fr-maternite",
        intent="auto_reply",
        lang="fr",
        who=("Camille Leroy", "camille.leroy@leroy-compta.example"),
        when="2027-05-20 09:47 +0200",
        style="none",
        rdays=0,
        subject="Absente : {rsub}",
        headers=(AUTO_REPLIED,),
        inv="GPH-41680",
        amt="226.00",
        body=(
            "Bonjour,\n\n"
            "Je suis actuellement en congé maternité. Pour toute question comptable, merci d'écrire à ma collègue Aurélie Blanc : a.blanc@leroy-compta.example.\n\n"
            "Bien à vous,\nCamille Leroy"
        ),
        facts=Facts(
            note="open-ended leave, no return date; the colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        who=("Marina Gil", "marina.gil@gilyasociados.example"),
        when="2027-05-21 09:45 +0200",
        style="none_alt",
        rdays=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED,),
        inv="GPH-41686",
        amt="510.00",
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de junio, con acceso limitado al correo. A mi vuelta le responderé lo antes posible.\n\nMarina Gil",
        facts=Facts(back="2027-06-01", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-48h",
        intent="auto_reply",
        lang="es",
        who=("Atención al cliente – Grupo Olivares", "clientes@grupo-olivares.example"),
        when="2027-05-11 09:44 +0200",
        style="none_html",
        rdays=0,
        subject="Hemos recibido su mensaje",
        headers=(("X-Autoreply", "yes"),),
        inv="GPH-41535",
        amt="680.00",
        body=(
            "Hemos recibido su correo y le responderemos en un plazo máximo de 48 horas laborables.\n\n"
            "Este es un mensaje automático; por favor, no responda a este correo.\n\n"
            "Grupo Olivares"
        ),
        facts=Facts(
            note="acknowledgement without Auto-Submitted; 'within 48 working hours' is not a return date"
        ),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        who=("Thijs Verbeek", "thijs@verbeek-holding.example"),
        when="2027-05-21 09:43 +0200",
        style="none",
        rdays=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="GPH-41691",
        amt="199.00",
        body="Bedankt voor uw bericht. Ik ben met vakantie en vanaf maandag 31 mei weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nThijs Verbeek",
        facts=Facts(back="2027-05-31"),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        who=("Silvia Colombo", "s.colombo@colombo-immobiliare.example"),
        when="2027-05-24 09:48 +0200",
        style="none_alt",
        rdays=0,
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        charset="iso-8859-1",
        inv="GPH-41763",
        amt="1040.00",
        body=(
            "Buongiorno,\n\n"
            "sarò assente per ferie fino a venerdì 28 maggio compreso. Rientrerò in ufficio lunedì 31 maggio e risponderò alla sua e-mail al più presto.\n\n"
            "Cordiali saluti\nSilvia Colombo"
        ),
        facts=Facts(back="2027-05-31", note="the stated day back wins over 'fino a … compreso'"),
    ),
    Reply(
        key="ar-it-festa",
        intent="auto_reply",
        lang="it",
        who=("Studio Pellegrini", "segreteria@studiopellegrini.example"),
        when="2027-06-02 10:05 +0200",
        style="none",
        rdays=0,
        subject="Studio chiuso - {rsub}",
        headers=(AUTO_REPLIED,),
        inv="GPH-41866",
        amt="280.00",
        body=(
            "Gentile cliente,\n\n"
            "i nostri uffici sono chiusi oggi, mercoledì 2 giugno, per la Festa della Repubblica. Riapriremo giovedì 3 giugno alle ore 9:00.\n\n"
            "Studio Pellegrini"
        ),
        facts=Facts(back="2027-06-03", note="one-day public-holiday closure"),
    ),
]

OTHER = [
    Reply(
        key="ot-en-already",
        intent="other",
        lang="en",
        who=("Clare Mason", "clare@masonfamily.example"),
        when="2027-05-12 08:31 +0100",
        style="inline",
        inv="GPH-41546",
        amt="152.00",
        inline=(
            (
                4,
                "Didn't we pay this already?? I'm sure Steve did it from the joint account. I'll check with him tonight.",
            ),
        ),
        body="Clare",
        facts=Facts(
            note="inline question about whether it was paid: no payment claim, no commitment"
        ),
    ),
    Reply(
        key="ot-en-radiator",
        intent="other",
        lang="en",
        who=("Ahmed Rahman", "ahmed@rahmanlets.example"),
        when="2027-05-18 12:02 +0100",
        style="gmail",
        inv="GPH-41627",
        amt="128.00",
        body=(
            "Hi, while I have you - can your engineer come back and look at the radiator in the back bedroom? The tenant says it's still cold at the top even after he bled it. Any day next week is fine, she works from home.\n\n"
            "Ahmed"
        ),
        facts=Facts(
            note="service request in the reminder thread; 'next week' is about a visit, not a payment"
        ),
    ),
    Reply(
        key="ot-en-premises",
        intent="other",
        lang="en",
        who=("Louise Pratt", "office@harbourviewvets.example"),
        when="2027-05-31 10:40 +0100",
        style="outlook_html",
        inv="GPH-41826",
        amt="348.00",
        body=(
            "Hello,\n\n"
            "Just so you know, we're moving to new premises at 4 Harbour Walk from 14 June, so please use that address for anything you post to us. Email stays the same.\n\n"
            "Best wishes\nLouise Pratt\nPractice Administrator, Harbourview Vets"
        ),
        facts=Facts(
            note="postal address change; the email contact is unchanged and nothing is said about the invoice"
        ),
    ),
    Reply(
        key="ot-de-wartung",
        intent="other",
        lang="de",
        who=("Heike Lorenz", "heike.lorenz@web.de"),
        when="2027-05-14 13:13 +0200",
        style="gmx",
        inv="GPH-41590",
        amt="165.00",
        body=(
            "Guten Tag,\n\n"
            "eine Frage nebenbei: Wann ist bei uns eigentlich die nächste Wartung der Gastherme fällig? Ich finde die Unterlagen vom letzten Jahr nicht mehr.\n\n"
            "Viele Grüße\nHeike Lorenz"
        ),
        facts=Facts(note="maintenance question only"),
    ),
    Reply(
        key="ot-fr-perceuse",
        intent="other",
        lang="fr",
        rlang="en",
        who=("Pierre Duval", "pierre.duval@duval-maison.example"),
        when="2027-05-15 11:05 +0100",
        style="iphone",
        inv="GPH-41617",
        amt="205.00",
        body="Bonjour, votre technicien a oublié sa perceuse chez nous mardi. Il peut passer la récupérer quand il veut, ma femme est là tous les après-midi.\n\nPierre Duval",
        facts=Facts(
            note="French reply to an English reminder; about a forgotten tool, nothing about the invoice"
        ),
    ),
    Reply(
        key="ot-fr-recu",
        intent="other",
        lang="fr",
        who=("Céline Aubert", "celine.aubert.75@gmail.com"),
        when="2027-05-21 19:48 +0200",
        style="gmail_plain",
        inv="GPH-41671",
        amt="230.00",
        body="Reçu, merci. Je regarde ça ce week-end.\n\nCéline",
        facts=Facts(note="acknowledgement; 'je regarde ça' is no commitment to pay"),
    ),
    Reply(
        key="ot-es-presupuesto",
        intent="other",
        lang="es",
        who=("Fernando Prieto", "fprieto@prieto-alquileres.example"),
        when="2027-05-24 17:20 +0200",
        style="outlook",
        inv="GPH-41744",
        amt="96.00",
        body=(
            "Hola:\n\n"
            "Aprovecho el correo para preguntarles si tendrían hueco en junio para cambiar la caldera de mi otro piso, el de Southville. ¿Me podrían pasar un presupuesto?\n\n"
            "Saludos,\nFernando Prieto"
        ),
        facts=Facts(note="asks for a quote for new work; nothing about the overdue invoice"),
    ),
    Reply(
        key="ot-es-vale",
        intent="other",
        lang="es",
        who=("Susana Ortega", "susana.ortega@ortegayvidal.example"),
        when="2027-06-03 12:01 +0200",
        style="outlook_android",
        inv="GPH-41874",
        amt="188.00",
        body="Vale, gracias.",
        facts=Facts(note="bare acknowledgement"),
    ),
    Reply(
        key="ot-nl-gesloten",
        intent="other",
        lang="nl",
        who=("Gerrit Bos", "gerrit@bos-brasserie.example"),
        when="2027-05-20 11:11 +0200",
        style="outlook",
        inv="GPH-41652",
        amt="415.00",
        body=(
            "Goedemorgen,\n\n"
            "Het restaurant aan de Brunel Street is sinds eind april gesloten en het pand is teruggegeven aan de verhuurder. Ik ben nu met onze boekhouder de afwikkeling aan het regelen.\n\n"
            "Groet,\nGerrit Bos"
        ),
        facts=Facts(
            note="business closed; the writer is still the right contact and nothing is promised"
        ),
    ),
    Reply(
        key="ot-nl-echt",
        intent="other",
        lang="nl",
        who=("Lotte Meijer", "lotte@meijer-ontwerp.example"),
        when="2027-05-27 14:14 +0200",
        style="gmail",
        inv="GPH-41788",
        amt="265.00",
        body=(
            "Hallo,\n\n"
            "Is deze herinnering echt van jullie? Het IBAN in deze mail is anders dan het rekeningnummer op de factuur die ik in april kreeg, en we zijn vorig jaar al eens opgelicht met een nepfactuur. Kunt u mij even bellen?\n\n"
            "Lotte Meijer"
        ),
        facts=Facts(note="fraud check on the bank details; asks for a call, not for a document"),
    ),
    Reply(
        key="ot-it-marito",
        intent="other",
        lang="it",
        who=("Valentina Russo", "valentina.russo.bs@gmail.com"),
        when="2027-05-13 18:02 +0100",
        style="iphone",
        inv="GPH-41596",
        amt="142.00",
        body="Grazie per il promemoria, stasera ne parlo con mio marito.\n\nValentina",
        facts=Facts(note="no commitment"),
    ),
    Reply(
        key="ot-it-rumore",
        intent="other",
        lang="it",
        who=("Roberto Sala", "roberto.sala@salaimmobili.example"),
        when="2027-05-26 08:44 +0200",
        style="thunderbird",
        inv="GPH-41766",
        amt="310.00",
        body=(
            "Buongiorno,\n\n"
            "la caldaia che avete riparato ad aprile fa ancora un rumore strano quando parte il riscaldamento. Il tecnico potrebbe ripassare a dare un'occhiata? Non contesto la fattura, vorrei solo che qualcuno la controllasse.\n\n"
            "Roberto Sala"
        ),
        facts=Facts(note="service request with an explicit 'not contesting the invoice'"),
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


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder (in `rlang`) sent to `rcpt` `delay` minutes earlier."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amt: str
    delay: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay)).astimezone(BST)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """What the reporting system puts on the outside of its report."""

    sender: str
    subject: str
    prefix: str = "----=_"
    auto: bool = True
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Status:
    """The per-recipient fields of a message/delivery-status part."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""
    diag_type: str = "smtp"


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Greywater sent it (returned inside many bounces)."""
    text = reminder_body(lang=b.rlang, inv=b.inv, amt=b.amt, sent=b.sent)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def delivery_status(b: Bounce, s: Status) -> Message:
    per_message = f"Reporting-MTA: dns; {s.mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {s.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {s.remote}"] if s.remote else []),
        f"Diagnostic-Code: {s.diag_type}; {s.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if s.action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    lines = "".join(f"{k}: {v}\n" for k, v in original_reminder(b).items())
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, page: str, charset: str = "utf-8") -> Message:
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def simple_page(text: str) -> str:
    return f'<html><head></head><body style="font-family:Segoe UI,Arial,sans-serif">\n{html_paragraphs(text)}\n</body></html>\n'


def finish(b: Bounce, msg: Message, env: Envelope) -> Message:
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(env.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = env.sender.split("@")[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if env.auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in env.extra:
        msg[name] = value
    return finalize(msg, key=b.key, prefix=env.prefix)


def bounce_gmail_inactive(b: Bounce) -> Message:
    response = "550 5.2.1 The email account that you tried to reach is inactive. 41be03b00d2f7-6cf24a1b9e5si2214378a12.118 - gsmtp"
    text = (
        "** Message not delivered **\n\n"
        f"There was a problem delivering your message to {b.rcpt}. The account you tried to reach is inactive and can't receive messages.\n\n"
        f"The response was:\n\n{response}\n"
    )
    human = human_alternative(text, simple_page(text))
    status = Status(
        mta="googlemail.com",
        action="failed",
        diagnostic=response,
        remote="gmail-smtp-in.l.google.com. (2001:db8:4864:20::1b, the server for the domain gmail.com.)",
    )
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        prefix="0000000000",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return finish(b, report(human, delivery_status(b, status), returned_message(b)), env)


def bounce_sendmail_unknown(b: Bounce) -> Message:
    arrival = b.sent.astimezone(b.dt.tzinfo).strftime("%a, %d %b %Y %H:%M:%S %z")
    text = (
        f"The original message was received at {arrival}\n"
        "from mail-relay.greywater-plumbing.example [192.0.2.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to exch01.oakfieldsurgery.local.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    status = Status(
        mta="mailhost.oakfieldsurgery.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>... User unknown",
        remote="exch01.oakfieldsurgery.local",
    )
    env = Envelope(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mailhost.oakfieldsurgery.example>",
        subject="Returned mail: see transcript for details",
    )
    human = text_part(text, subtype="plain", charset="us-ascii", cte="7bit")
    return finish(b, report(human, delivery_status(b, status), returned_message(b)), env)


def bounce_gateway_policy(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo).strftime("%d/%m/%Y %H:%M")
    text = (
        "Your message was not delivered.\n\n"
        f"Recipient: {b.rcpt}\nSubject: {b.subject}\nSent: {sent}\n\n"
        "The recipient's organisation uses Fortis Mail Shield to screen incoming email. Your message was rejected by their inbound policy and has not been delivered to the recipient.\n\n"
        "Reason: 550 5.7.1 Message rejected by policy (payment details in message from external sender)\nReference: FMS-7Q2K-88410-LD\n\n"
        "If you think this is a mistake, contact the recipient by other means and ask their IT team to review the block. Replies to this notice are not read."
    )
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="margin:0;font-family:Arial,sans-serif;font-size:13px;color:#222">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d5c;color:#fff;padding:14px 20px;font-size:16px"><b>Fortis Mail Shield</b> – delivery report</td></tr>\n'
        f'<tr><td style="padding:20px">{html_paragraphs(text)}</td></tr></table>\n</body></html>\n'
    )
    env = Envelope(
        sender="Fortis Mail Shield <no-reply@notify.fortismailshield.example>",
        subject="Message not delivered: blocked by recipient policy",
        auto=False,
        extra=(("X-Fortis-Verdict", "policy-reject"),),
    )
    return finish(b, human_alternative(text, page), env)


def bounce_postfix_delay(b: Bounce) -> Message:
    text = (
        "This is the mail system at host mx2.hostwell.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 2 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mail.millbrookcafe.example[198.51.100.17]:25:\n"
        "    Connection timed out\n"
    )
    status = Status(
        mta="mx2.hostwell.example",
        action="delayed",
        diagnostic="connect to mail.millbrookcafe.example[198.51.100.17]:25: Connection timed out",
        diag_type="X-Postfix",
    )
    env = Envelope(
        sender="MAILER-DAEMON@mx2.hostwell.example (Mail Delivery System)",
        subject="Delayed Mail (still being retried)",
    )
    human = text_part(text, subtype="plain", charset="us-ascii", cte="7bit")
    return finish(b, report(human, delivery_status(b, status), returned_headers(b)), env)


def exchange_page(lines: list[str]) -> str:
    head, *rest = lines
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px\">\n"
        f'<p style="font-size:17px;color:#c00000"><b>{html.escape(head)}</b></p>\n'
        + "".join(f"<p>{html_lines(x)}</p>\n" for x in rest)
        + "</div></body></html>\n"
    )


def exchange_report(b: Bounce, lines: list[str], status: Status) -> Message:
    human = human_alternative("\n\n".join(lines) + "\n", exchange_page(lines))
    return report(human, delivery_status(b, status), returned_headers(b))


def bounce_exchange_de(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    lines = [
        "Ihre Nachricht hat folgende Empfänger oder Gruppen nicht erreicht:",
        b.rcpt,
        "Die angegebene E-Mail-Adresse wurde in der Organisation des Empfängers nicht gefunden. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich an Ihren Helpdesk.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: EXCH01.hoffmann-gastro.local",
        f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    ]
    status = Status(mta="EXCH01.hoffmann-gastro.local", action="failed", diagnostic=diag)
    env = Envelope(
        sender="Microsoft Outlook <postmaster@hoffmann-gastro.example>",
        subject=f"Unzustellbar: {b.subject}",
        prefix="_000_",
    )
    return finish(b, exchange_report(b, lines, status), env)


def bounce_o365_es(b: Bounce) -> Message:
    server = "PA4PR08MB7012.eurprd08.prod.outlook.example"
    diag = f"550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [{server}]"
    lines = [
        f"Su mensaje a {b.rcpt} no se pudo entregar.",
        "La organización del destinatario no acepta mensajes para esta dirección o no admite correo de remitentes externos.",
        "Acción necesaria: póngase en contacto con el destinatario por otro medio, por ejemplo por teléfono, y pídale que compruebe la dirección con su administrador de correo.",
        "Información de diagnóstico para administradores:",
        f"Servidor de generación: {server}",
        f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    ]
    status = Status(mta=server, action="failed", diagnostic=diag)
    env = Envelope(
        sender="Microsoft Outlook <postmaster@solanainmuebles.example>",
        subject=f"No se puede entregar: {b.subject}",
        prefix="_000_",
    )
    return finish(b, exchange_report(b, lines, status), env)


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "DB9PR03MB8821.eurprd03.prod.outlook.example"
    lines = [
        "De bezorging is vertraagd voor deze ontvangers of groepen:",
        b.rcpt,
        f"Onderwerp: {b.subject}",
        "Dit bericht is nog niet bezorgd. We blijven het proberen.",
        "De server probeert het bericht nog ongeveer twee dagen te bezorgen. U krijgt een melding als het bericht dan nog niet bezorgd kan worden. U hoeft niets te doen.",
        "Diagnostische gegevens voor beheerders:",
        f"Genererende server: {server}",
        f"{b.rcpt}\nExterne server heeft '451 4.4.7 Message delayed' geretourneerd",
    ]
    status = Status(mta=server, action="delayed", diagnostic="451 4.4.7 Message delayed")
    env = Envelope(
        sender="Microsoft Outlook <postmaster@dekkerbeheer.example>",
        subject=f"Vertraagd: {b.subject}",
        prefix="_000_",
    )
    return finish(b, exchange_report(b, lines, status), env)


def bounce_exim_de_delay(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo).strftime("%d.%m.%Y %H:%M")
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mail.webhosting-nord.example.\n\n"
        "Ihre Nachricht konnte seit mehr als 24 Stunden nicht an den folgenden Empfänger zugestellt werden:\n\n"
        f"  {b.rcpt}\n\n"
        "Grund: Der Mailserver des Empfängers ist wegen eines vorübergehenden DNS-Fehlers nicht erreichbar.\n"
        "  SMTP-Status: 451 4.4.3 Temporary DNS failure while resolving mx.ferienwohnung-kuester.example\n\n"
        f"Betreff:   {b.subject}\nGesendet:  {sent}\n\n"
        "Sie müssen nichts unternehmen. Wir versuchen die Zustellung noch bis zu vier Tage lang. Gelingt sie in dieser Zeit nicht, erhalten Sie Ihre Nachricht mit einer Fehlermeldung zurück.\n"
    )
    env = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@mail.webhosting-nord.example>",
        subject=f"Warnung: Nachricht an {b.rcpt} seit 24 Stunden nicht zugestellt",
    )
    return finish(b, text_part(text, subtype="plain", charset="utf-8", cte="qp"), env)


def bounce_fr_full(b: Bounce) -> Message:
    text = (
        "Ceci est un message automatique du serveur de messagerie mail.numeris-fai.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (quota dépassé). Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.\n\n"
        "Réponse du serveur : 552 5.2.2 Mailbox full - quota exceeded\n\n"
        "Votre message d'origine est joint à cet avis.\n"
    )
    status = Status(
        mta="mail.numeris-fai.example",
        action="failed",
        diagnostic="552 5.2.2 Mailbox full - quota exceeded",
    )
    human = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    env = Envelope(
        sender="Service Messagerie Numeris <postmaster@mail.numeris-fai.example>",
        subject="Message non remis : boîte aux lettres pleine",
    )
    return finish(b, report(human, delivery_status(b, status), returned_message(b)), env)


def bounce_es_delay(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo).strftime("%d/%m/%Y %H:%M")
    text = (
        "Este es un aviso automático del servidor correo.hostibera.example.\n\n"
        "Su mensaje todavía no se ha podido entregar al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el servidor de destino cerró la conexión durante el envío (421 4.4.2 Connection dropped).\n\n"
        f"Asunto: {b.subject}\nEnviado: {sent}\n\n"
        "Seguiremos intentando la entrega durante los próximos tres días. No es necesario que vuelva a enviar el mensaje; si finalmente no se puede entregar, recibirá otro aviso.\n"
    )
    env = Envelope(
        sender="Sistema de correo HostIbera <mailer-daemon@correo.hostibera.example>",
        subject="Aviso: su mensaje todavía no se ha entregado",
    )
    return finish(b, text_part(text, subtype="plain", charset="utf-8", cte="8bit"), env)


def bounce_nl_full(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht van de mailserver van PolderLink.\n\n"
        f"Uw bericht aan {b.rcpt} kon niet worden afgeleverd, omdat de mailbox van de ontvanger vol is. We hebben het 48 uur lang opnieuw geprobeerd, zonder resultaat. Het bericht wordt niet meer bezorgd.\n\n"
        "Foutmelding van de server: 452 4.2.2 Mailbox full\n\n"
        "Uw oorspronkelijke bericht vindt u in de bijlage.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="utf-8", cte="qp"))
    outer.attach(returned_message(b))
    env = Envelope(
        sender="PolderLink Mailserver <postmaster@mail.polderlink.example>",
        subject="Bericht niet afgeleverd: mailbox vol",
    )
    return finish(b, outer, env)


def bounce_qmail_it(b: Bounce) -> Message:
    original = original_reminder(b)
    stamp = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    copy = (
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {stamp}\n"
        "Received: from mail-relay.greywater-plumbing.example (HELO mail-relay.greywater-plumbing.example) (192.0.2.25)\n"
        f"  by mx.postaitalica.example with SMTP; {stamp}\n" + original.as_string()
    )
    text = (
        "Ciao. Questo e' il programma qmail-send su mx.postaitalica.example.\n"
        "Mi dispiace, ma non sono riuscito a consegnare il tuo messaggio ai seguenti indirizzi.\n"
        "Questo e' un errore permanente; ho rinunciato. Mi dispiace che non sia andata a buon fine.\n\n"
        f"<{b.rcpt}>:\n"
        "Spiacente, nessuna casella con questo nome. (#5.1.1)\n\n"
        "--- Di seguito una copia del messaggio.\n\n" + copy
    )
    msg = Message()
    msg.set_payload(text)
    env = Envelope(
        sender="MAILER-DAEMON@mx.postaitalica.example", subject="failure notice", auto=False
    )
    return finish(b, msg, env)


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-gmail",
            lang="en",
            kind="hard",
            status="5.2.1",
            rcpt="kellyanne.doherty.lets@gmail.com",
            when="2027-05-18 08:44 +0100",
            rlang="en",
            inv="GPH-41640",
            amt="96.00",
            note="Gmail: account inactive (5.2.1) is permanent",
        ),
        bounce_gmail_inactive,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="practice.manager@oakfieldsurgery.example",
            when="2027-05-10 08:41 +0100",
            rlang="en",
            inv="GPH-41471",
            amt="655.00",
            delay=3,
            note="sendmail DSN with the full returned message",
        ),
        bounce_sendmail_unknown,
    ),
    (
        Bounce(
            key="bo-en-gateway",
            lang="en",
            kind="hard",
            status="5.7.1",
            rcpt="accounts@cotswoldestates.example",
            when="2027-05-26 08:51 +0100",
            rlang="en",
            inv="GPH-41799",
            amt="1475.00",
            note="security-gateway notice, no DSN part and no Auto-Submitted; its 'replies are not read' does not make it wrong_contact",
        ),
        bounce_gateway_policy,
    ),
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="office@millbrookcafe.example",
            when="2027-06-03 12:49 +0100",
            rlang="en",
            inv="GPH-41877",
            amt="212.00",
            delay=245,
            note="Postfix delay warning (RFC 3464, Action: delayed)",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            key="bo-de-exchange",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@hoffmann-gastro.example",
            when="2027-05-12 09:47 +0200",
            rlang="de",
            inv="GPH-41558",
            amt="384.00",
            note="Exchange 'Unzustellbar' from the recipient's own server",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-exim",
            lang="de",
            kind="soft",
            status="4.4.3",
            rcpt="info@ferienwohnung-kuester.example",
            when="2027-05-21 09:52 +0200",
            rlang="de",
            inv="GPH-41662",
            amt="279.00",
            delay=1442,
            note="German hosting provider's Exim delay warning, single text part",
        ),
        bounce_exim_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-pleine",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="yvonne.perrot@numeris-fai.example",
            when="2027-05-19 09:43 +0200",
            rlang="fr",
            inv="GPH-41645",
            amt="158.00",
            note="mailbox full reported with a 5.x code: soft (mailbox-full rule), the code is kept",
        ),
        bounce_fr_full,
    ),
    (
        Bounce(
            key="bo-es-o365",
            lang="es",
            kind="hard",
            status="5.4.1",
            rcpt="administracion@solanainmuebles.example",
            when="2027-05-14 09:46 +0200",
            rlang="es",
            inv="GPH-41610",
            amt="730.00",
            note="Office 365 NDR in Spanish",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            key="bo-es-hosting",
            lang="es",
            kind="soft",
            status="4.4.2",
            rcpt="reservas@casarural-lasencinas.example",
            when="2027-05-27 15:40 +0200",
            rlang="es",
            inv="GPH-41801",
            amt="365.00",
            delay=360,
            note="Spanish hosting provider's delay notice, 8bit single part",
        ),
        bounce_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-vertraagd",
            lang="nl",
            kind="soft",
            status="4.4.7",
            rcpt="j.dekker@dekkerbeheer.example",
            when="2027-05-25 15:56 +0200",
            rlang="nl",
            inv="GPH-41756",
            amt="497.00",
            delay=420,
            note="Exchange 'Vertraagd' delay notice",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            key="bo-nl-vol",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="k.vandenberg@polderlink.example",
            when="2027-05-29 09:39 +0200",
            rlang="nl",
            inv="GPH-41761",
            amt="240.00",
            delay=2880,
            note="final give-up after 48 hours, but mailbox full with a 4.x code: soft; multipart/mixed with the returned message",
        ),
        bounce_nl_full,
    ),
    (
        Bounce(
            key="bo-it-qmail",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="m.santoro@postaitalica.example",
            when="2027-05-13 09:48 +0200",
            rlang="it",
            inv="GPH-41589",
            amt="520.00",
            note="Italian qmail notice, not MIME, with the returned message inline",
        ),
        bounce_qmail_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

# Headers go out as the client or server wrote them: no extra folding of long Message-IDs.
AS_SENT = policy.compat32.clone(max_line_length=0)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^GPH-\d{5}$")
STATUS_CODE = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$")
WRITTEN_INVOICE = re.compile(r"GPH[- ]?(\d{5})")
# Which label fields each intent may fill.
INTENT_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "payment_reference", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}


@dataclass(frozen=True, kw_only=True)
class Built:
    """One finished message and its label (the file name is filled in when it is numbered)."""

    key: str
    msg: Message
    label: Label


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency="GBP" if f.amount else None,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
    return Label(
        file="",
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def hand_text(r: Reply) -> str:
    return "\n".join([r.body, *(answer for _, answer in r.inline)])


def check_reply_spec(r: Reply) -> None:
    """The invoice numbers in the label are exactly those written in the new text."""
    text = hand_text(r)
    written = {f"GPH-{m}" for m in WRITTEN_INVOICE.findall(text)}
    missing = [ref for ref in r.facts.refs if ref.removeprefix("GPH-") not in text]
    if missing or not written <= set(r.facts.refs):
        raise SystemExit(f"{r.key}: invoice_refs {r.facts.refs} do not match the text")
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        raise SystemExit(f"{r.key}: unknown intent, language or style")


def check_invoice_numbers() -> None:
    quoted = [r.inv for r in REPLIES if r.style not in NOTICE_STYLES] + [b.inv for b, _ in BOUNCES]
    repeated = sorted(inv for inv, n in Counter(quoted).items() if n > 1)
    if repeated:
        raise SystemExit(f"invoice numbers reused across customers: {repeated}")


def all_messages() -> list[Built]:
    check_invoice_numbers()
    for r in REPLIES:
        check_reply_spec(r)
    built = [Built(key=r.key, msg=build_reply(r), label=reply_label(r)) for r in REPLIES]
    built += [Built(key=b.key, msg=make(b), label=bounce_label(b)) for b, make in BOUNCES]
    keys = [item.key for item in built]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return built


def iter_parts(msg: EmailMessage) -> Iterator[EmailMessage]:
    yield msg
    payload = msg.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, EmailMessage):
                yield from iter_parts(sub)


def check_headers(name: str, msg: EmailMessage) -> None:
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None or "=?" in str(value):
            raise SystemExit(f"{name}: {header} missing or not decoded")
    sent = msg["Date"].datetime
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        raise SystemExit(f"{name}: Date {sent} outside the corpus window")


def check_message(name: str, data: bytes) -> None:
    """Parse the file back as a client would: headers decode, text parts decode, no defects."""
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    check_headers(name, msg)
    for part in iter_parts(msg):
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode")


def optional_fields(label: Label) -> dict[str, str | None]:
    """The fields that only some intents fill."""
    return {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "payment_reference": label["payment_reference"],
        "amount": label["amount"],
        "currency": label["currency"],
        "new_contact": label["new_contact"],
        "bounce_kind": label["bounce_kind"],
        "failed_recipient": label["failed_recipient"],
        "bounce_status": label["bounce_status"],
    }


def check_label_fields(label: Label) -> list[str]:
    """Problems with one label's shape."""
    fields = optional_fields(label)
    allowed = INTENT_FIELDS.get(label["intent"], set())
    problems = [
        f"{key} set for {label['intent']}"
        for key, value in fields.items()
        if value is not None and key not in allowed
    ]
    dates = (label["promised_date"], label["paid_date"], label["return_date"])
    problems += [f"bad date {d}" for d in dates if d is not None and not ISO_DATE.match(d)]
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency must come together")
    if label["amount"] is not None and not AMOUNT.match(label["amount"]):
        problems.append(f"bad amount {label['amount']}")
    problems += [
        f"bad invoice ref {ref}" for ref in label["invoice_refs"] if not INVOICE.match(ref)
    ]
    for key in ("new_contact", "failed_recipient"):
        value = fields[key]
        if value is not None and not EMAIL.match(value):
            problems.append(f"bad {key} {value}")
    return problems


def check_bounce_fields(label: Label) -> list[str]:
    if label["intent"] != "bounce":
        return []
    status = label["bounce_status"] or ""
    problems = [] if STATUS_CODE.match(status) else [f"bad bounce_status {status}"]
    if label["bounce_kind"] not in {"hard", "soft"} or label["failed_recipient"] is None:
        problems.append("bounce_kind and failed_recipient required")
    if status.startswith("4.") and label["bounce_kind"] != "soft":
        problems.append("a 4.x.x status is a soft bounce")
    return problems


def check_labels(labels: list[Label]) -> None:
    for label in labels:
        problems = []
        if tuple(label) != LABEL_ORDER:
            problems.append("keys out of order")
        if label["intent"] not in INTENTS or label["language"] not in LANGS:
            problems.append("unknown intent or language")
        problems += check_label_fields(label) + check_bounce_fields(label)
        if problems:
            raise SystemExit(f"{label['file']}: {'; '.join(problems)}")
    check_balance(labels)


def check_balance(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12 or any(
            cells[intent, lang] == 0 for lang in LANGS
        ):
            raise SystemExit(f"{intent}: needs 12 messages covering every language")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces must be 6 hard and 6 soft, got {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    # Shuffled, deterministically: ordered by a seeded hash of each message's key.
    items = sorted(all_messages(), key=lambda item: digest(item.key, f"order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes(policy=AS_SENT)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label
        label["file"] = name
        labels.append(label)
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items(), key=str))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
