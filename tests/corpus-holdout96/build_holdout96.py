# ruff: noqa: E501, PLW2901, RUF001, RUF002
# The hand-written text keeps one paragraph per line, as a mail client sends it, with the
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 96: `h96-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Greenacre Landscaping after an overdue-invoice
reminder. The new text of each message is written out below by hand. The script adds only what a
mail client or a mail server would add: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. It writes next to itself, from any
working directory, and produces the same bytes on every run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout96:2028-06"
PREFIX = "h96"
AR_NAME = "Greenacre Accounts"
AR_ADDR = "accounts@greenacre-landscapes.example"
AR_DOMAIN = "greenacre-landscapes.example"
AR_MTA = "mail.greenacre-landscapes.example"
FIRST_DAY = date(2028, 6, 5)
LAST_DAY = date(2028, 6, 30)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
FIELD_KEYS = (
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
LABEL_KEYS = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# Which label fields each intent may fill (only the winning intent's fields are set).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# Summer time on both sides of the Channel: BST is UTC+1, CEST is UTC+2.
UK_SUMMER = timezone(timedelta(hours=1), "BST")
CE_SUMMER = timezone(timedelta(hours=2), "CEST")
ZONES = {"uk": UK_SUMMER, "ce": CE_SUMMER}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month: the EU and the UK switch clocks on it at 01:00 UTC."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def in_summer_time(moment: datetime) -> bool:
    """Whether a moment falls inside the 2028 daylight-saving period (UK and EU alike)."""
    start = datetime.combine(last_sunday(moment.year, 3), datetime.min.time(), UTC)
    end = datetime.combine(last_sunday(moment.year, 10), datetime.min.time(), UTC)
    start, end = start + timedelta(hours=1), end + timedelta(hours=1)
    return start <= moment < end


# --------------------------------------------------------------------------------------------
# What each mail client writes, per interface language
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
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
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

# Gmail web, Apple Mail (and iOS), Thunderbird attribution lines.
GMAIL_ATTRIBUTION = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mname} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mab} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised words of Outlook's quoted-header block."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    sent_format: str
    android_sent_format: str
    reply_prefix: str
    android_footer: str


OUTLOOK = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{dd} {mname} {y} {HH}:{mm}",
        "{dname}, {mname} {d}, {y} {h12}:{mm}:{ss} {ampm}",
        "RE: ",
        "Get Outlook for Android",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{dname}, {d}. {mname} {y} {HH}:{mm}",
        "{dname}, {d}. {mname} {y} {HH}:{mm}:{ss}",
        "AW: ",
        "Outlook für Android herunterladen",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{dname} {d} {mname} {y} {HH}:{mm}",
        "{dname} {d} {mname} {y} {HH}:{mm}:{ss}",
        "RE : ",
        "Télécharger Outlook pour Android",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{dname}, {d} de {mname} de {y} {H}:{mm}",
        "{dname}, {d} de {mname} de {y} {H}:{mm}:{ss}",
        "RE: ",
        "Obtener Outlook para Android",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{dname} {d} {mname} {y} {HH}:{mm}",
        "{dname} {d} {mname} {y} {HH}:{mm}:{ss}",
        "RE: ",
        "Outlook voor Android downloaden",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{dname} {d} {mname} {y} {HH}:{mm}",
        "{dname} {d} {mname} {y} {HH}:{mm}:{ss}",
        "R: ",
        "Scarica Outlook per Android",
    ),
}
IPHONE_SIGNATURE = {
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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Greenacre Landscaping",
    "de": "Offene Rechnung {inv} – Greenacre Landscaping",
    "fr": "Facture impayée {inv} – Greenacre Landscaping",
    "es": "Factura pendiente {inv} – Greenacre Landscaping",
    "nl": "Openstaande factuur {inv} – Greenacre Landscaping",
    "it": "Fattura insoluta {inv} – Greenacre Landscaping",
}
REMINDER_DATE = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date.\n\n"
        "  Invoice number:  {inv}\n"
        "  Invoice date:    {issued}\n"
        "  Due date:        {due}\n"
        "  Balance due:     {amt}\n\n"
        "If you have already paid, thank you – please let us know the payment date and your reference so that we can allocate it. If something on the invoice needs looking at, reply to this message and we will sort it out with you.\n\n"
        "Best regards\n\n"
        "Accounts Team\nGreenacre Landscaping Ltd\n"
        "Grounds maintenance · Tree surgery · Landscaping · Winter gritting\n"
        "01632 960 250 · accounts@greenacre-landscapes.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen, obwohl das Zahlungsziel inzwischen überschritten ist.\n\n"
        "  Rechnungsnummer:  {inv}\n"
        "  Rechnungsdatum:   {issued}\n"
        "  Fällig am:        {due}\n"
        "  Offener Betrag:   {amt}\n\n"
        "Falls Sie bereits bezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit Zahlungsdatum und Referenz. Bei Fragen zur Rechnung antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\nGreenacre Landscaping Ltd\n"
        "Grünpflege · Baumpflege · Garten- und Landschaftsbau · Winterdienst"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée et son échéance est dépassée.\n\n"
        "  N° de facture :    {inv}\n"
        "  Date de facture :  {issued}\n"
        "  Échéance :         {due}\n"
        "  Montant dû :       {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions l'affecter. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité\nGreenacre Landscaping Ltd\n"
        "Entretien d'espaces verts · Élagage · Aménagement paysager · Salage hivernal"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no nos consta el pago de la siguiente factura, cuyo vencimiento ya ha pasado.\n\n"
        "  N.º de factura:     {inv}\n"
        "  Fecha de factura:   {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amt}\n\n"
        "Si ya han realizado el pago, les agradecemos que nos indiquen la fecha y la referencia para poder asignarlo. Si tienen cualquier duda sobre la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Contabilidad\nGreenacre Landscaping Ltd\n"
        "Mantenimiento de zonas verdes · Poda y arboricultura · Paisajismo · Tratamiento antihielo"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Voor onderstaande factuur hebben wij nog geen betaling ontvangen, terwijl de vervaldatum inmiddels verstreken is.\n\n"
        "  Factuurnummer:  {inv}\n"
        "  Factuurdatum:   {issued}\n"
        "  Vervaldatum:    {due}\n"
        "  Openstaand:     {amt}\n\n"
        "Heeft u al betaald? Dan danken wij u en horen wij graag de betaaldatum en het betalingskenmerk, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de factuur, dan kunt u gewoon op deze e-mail reageren.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nGreenacre Landscaping Ltd\n"
        "Groenonderhoud · Boomverzorging · Tuinaanleg · Gladheidsbestrijding"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora il pagamento della fattura indicata qui sotto, la cui scadenza è ormai superata.\n\n"
        "  Fattura n.:          {inv}\n"
        "  Data fattura:        {issued}\n"
        "  Scadenza:            {due}\n"
        "  Importo da saldare:  {amt}\n\n"
        "Se avete già provveduto al pagamento vi ringraziamo e vi chiediamo di comunicarci data e riferimento, così da poterlo abbinare. Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Amministrazione\nGreenacre Landscaping Ltd\n"
        "Manutenzione del verde · Potature · Progettazione giardini · Servizio antighiaccio"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,860.00",
    "de": "2.415,00 €",
    "fr": "1 860,00 €",
    "es": "2.450,00 €",
    "nl": "€ 1.512,50",
    "it": "€ 1.830,00",
}
# What a Latin-1 client does to the characters its charset lacks.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}

# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message answering a reminder, with the client that sent it and its labels.

    `when` is the sender's local wall-clock time; the zone is the UK's for English writers and
    central Europe's for everybody else unless `zone` says otherwise. Notices (`notice`,
    `notice_html`) quote nothing.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = "GL-280400"
    amt: str = ""
    issued: str = "2028-04-28"
    rlang: str = ""
    ui: str = ""
    zone: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    cc: tuple[str, str] | None = None
    quote_to: str = ""
    days_before: int = 1

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def ui_lang(self) -> str:
        """The language of the mail client's interface (attribution lines, Outlook labels)."""
        return self.ui or self.lang

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on the message date."""
        return ZONES[self.zone or ("uk" if self.lang == "en" else "ce")]

    @property
    def dt(self) -> datetime:
        """The Date: of the message, seconds derived from the key."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return base.replace(second=digest(self.key, "seconds")[0] % 60, tzinfo=self.tz)

    @property
    def is_notice(self) -> bool:
        """Automatic notices and advices quote nothing."""
        return self.client in {"notice", "notice_html"}


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: invoice numbers in the new text)."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted per use."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """An upper-case base32 token of length `n` derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """The pieces a client's date templates are made of, in one language."""
    return {
        "dname": DAY_NAMES[lang].split()[dt.weekday()],
        "dab": DAY_ABBR[lang].split()[dt.weekday()],
        "mname": MONTH_NAMES[lang].split()[dt.month - 1],
        "mab": MONTH_ABBR[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "h12": str((dt.hour + 11) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def render(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**date_words(lang, dt), **extra)


def latin1(text: str) -> str:
    """Replace the characters a Latin-1 client cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The text as the client can encode it in `charset`."""
    return latin1(text) if charset == "iso-8859-1" else text


def quoted(text: str, mark: str = ">") -> str:
    """Quote every line with `>`, leaving empty lines as a bare marker."""
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain lines as HTML with <br> breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Paragraphs as <div> blocks, the way web mail writes them."""
    return "\n".join(f"<div>{html_text(p)}</div><div><br></div>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Every line as a Word `MsoNormal` paragraph."""
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quote marks repeat on every line."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        if depth and not content:
            out.append(">" * depth)
            continue
        prefix = ">" * depth + " " if depth else ""
        room = max(width - len(prefix), 20)
        chunks: list[str] = []
        while len(content) > room:
            cut = content.rfind(" ", 0, room)
            if cut <= 0:
                cut = content.find(" ", room)
                if cut < 0:
                    break
            chunks.append(content[: cut + 1])
            content = content[cut + 1 :]
        chunks.append(content)
        for chunk in chunks:
            if not depth and chunk.startswith((" ", "From ", ">")):
                chunk = " " + chunk
            out.append(prefix + chunk)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding the client would use."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    codec = cs.Charset(charset)
    # None means 7bit/8bit (no transfer encoding); the stubs only allow the int constants.
    codec.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A `Name <address>` header value with the name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return f"{Header(name, charset).encode()} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope ones."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = [str(v) for v in msg.get_all(name) or []]
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(msg: Message) -> list[Message]:
    """The sub-messages of a multipart or message/* part."""
    payload = msg.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def drop_inner_versions(msg: Message, top: bool = True) -> None:
    """Only the top of a message, or of an enclosed message, carries MIME-Version."""
    if not top:
        del msg["MIME-Version"]
    enclosed = msg.get_content_type() == "message/rfc822"
    for sub in subparts(msg):
        drop_inner_versions(sub, top=enclosed)


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "bounce": "----=_NextPart_",
    "o365": "_000_",
    "gmail_dsn": "00000000000",
}


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries shaped like those of the client or server that wrote the message."""
    prefix = BOUNDARY_STYLE.get(family, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = token(key, f"boundary-{n}", 24)
        if family == "gmail":
            tail = digest(key, f"boundary-{n}").hex()[:16]
        part.set_boundary(prefix + tail)


def finish(msg: Message, key: str, family: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder, as sent and as quoted
# --------------------------------------------------------------------------------------------


def reminder_id(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 26).lower()}@{AR_DOMAIN}>"


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str, issued: str) -> str:
    """The reminder's text, with the invoice's dates in the language's format."""
    day = datetime.strptime(issued, "%Y-%m-%d")
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=amt or DEFAULT_AMOUNT[lang],
        issued=day.strftime(REMINDER_DATE[lang]),
        due=(day + timedelta(days=30)).strftime(REMINDER_DATE[lang]),
    )


def reminder_sent(r: Reply) -> datetime:
    """When the reminder left Greenacre (UK time).

    Notices come back within minutes; people answer a working day or more later.
    """
    if r.is_notice:
        return (r.dt - timedelta(minutes=2 + digest(r.key, "lag")[0] % 9)).astimezone(UK_SUMMER)
    day = r.dt.astimezone(UK_SUMMER).date() - timedelta(days=r.days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute, second = digest(r.key, "sent")[:2]
    return datetime(day.year, day.month, day.day, 8, 5 + minute % 50, second % 60, tzinfo=UK_SUMMER)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    ui: str
    recipient: str


def make_quote(r: Reply) -> Quote:
    """The reminder seen from the sender's client: its language, its time zone, its charset."""
    text = reminder_body(r.reminder_lang, r.inv, r.amt, r.issued)
    subject = reminder_subject(r.reminder_lang, r.inv)
    name, addr = r.sender
    recipient = r.quote_to or (f"{name} <{addr}>" if name else addr)
    return Quote(
        fits(text, r.charset),
        fits(subject, r.charset),
        reminder_sent(r).astimezone(r.tz),
        r.ui_lang,
        recipient,
    )


def original_reminder(lang: str, rcpt: str, sent: datetime, key: str, inv: str) -> Message:
    """The reminder exactly as Greenacre's server sent it (returned inside bounces)."""
    msg = text_part(reminder_body(lang, inv, "", "2028-04-28"), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = encoded_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_id(key)
    move_mime_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote, android: bool = False) -> list[tuple[str, str]]:
    """Outlook's quoted-header block as (label, value) pairs."""
    words = OUTLOOK[q.ui]
    fmt = words.android_sent_format if android else words.sent_format
    return [
        (words.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (words.sent, render(fmt, q.ui, q.sent)),
        (words.to, q.recipient),
        (words.subject, q.subject),
    ]


def outlook_block(q: Quote, android: bool = False) -> str:
    """The block as plain text."""
    sep = OUTLOOK[q.ui].colon
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_lines(q, android))


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML part in the message's charset."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's HTML: Word markup, the divider div, the reminder below."""
    sep = OUTLOOK[q.ui].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_lines(q)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n"
        "span.EmailStyle20 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, localised `-----Original Message-----` block."""
    text = f"{r.body}\n\n{OUTLOOK[q.ui].divider}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: multipart/alternative, Word markup."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(r, text, word_html(r, q))


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message that carries only the HTML part."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text, base64, localised footer."""
    words = OUTLOOK[q.ui]
    text = f"{r.body}\n\n{words.android_footer}\n{'_' * 32}\n{outlook_block(q, android=True)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's "On … wrote:" line."""
    return render(GMAIL_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail_divs(text: str) -> str:
    """Gmail's editor output: one <div> per line, <div><br></div> for empty lines."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the `gmail_quote` blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{gmail_divs(r.body)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attribution(q: Quote) -> str:
    """Apple Mail's "On … wrote:" line."""
    return render(APPLE_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: signature line, then the attribution inside the quote."""
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.ui]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution without the address, format=flowed when writing UTF-8."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attribution}\n{quoted(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    part.set_param("delsp", "no")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice or advice: plain text, quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """A system-generated advice with a monospaced HTML twin of the text."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        f'{r.charset}"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        f"<pre style=\"font-family:Consolas,'Courier New',monospace;font-size:10pt\">{html.escape(r.body, quote=False)}</pre>\n"
        "</body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


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
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        tail = (
            base64.urlsafe_b64encode(raw).decode().rstrip("=").replace("-", "+").replace("_", "=")
        )
        return f"<CA{tail[:2]}+{tail[2:44]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = f"{('AM9P', 'DB8P', 'PA4P', 'VI1P', 'LO4P')[raw[0] % 5]}{190 + raw[1] % 60}MB{1000 + int.from_bytes(raw[2:4], 'big') % 9000}"
        region = "GBRP123" if r.tz is UK_SUMMER else f"EURP{190 + raw[1] % 60}"
        return f"<{host}{raw[4:20].hex().upper()}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{token(r.key, 'notice', 6).lower()}@{domain}>"


def exchange_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange adds to what Outlook sends."""
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.ui_lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject line the sender's client produced (or the one the writer typed)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK[q.ui].reply_prefix if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """The whole message for one reply or notice."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(*r.cc, r.charset)
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extra = exchange_headers(r, q) if r.client in OUTLOOK_CLIENTS else []
    extra += CLIENT_HEADERS.get(r.client, ())
    if r.client == "thunderbird":
        extra.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    for name, value in [*extra, *r.headers]:
        msg[name] = value
    family = "o365" if r.client in OUTLOOK_CLIENTS else r.client
    return finish(msg, r.key, family)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Gary Fenwick", "gary@fenwickjoinery.example"),
        when="2028-06-06 07:52",
        client="iphone",
        body="Paid.",
        labels=lab(note="one-word reply to the reminder; no date given"),
        inv="GL-280318",
        amt="£684.00",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=(
            "Harwood Business Parks – Accounts Payable",
            "ap-noreply@harwoodbusinessparks.example",
        ),
        when="2028-06-12 06:14",
        client="notice_html",
        subject="Remittance advice – payment HBP-PAY-0061873",
        threaded=False,
        inv="GL-280233",
        headers=(AUTO_GENERATED, ("X-Mailer", "AP Automation Suite 9.2")),
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer:            Harwood Business Parks plc, Accounts Payable\n"
            "Payee:            Greenacre Landscaping Ltd (supplier no. S10442)\n"
            "Payment date:     12/06/2028\n"
            "Payment method:   BACS\n"
            "Payment ref.:     HBP-PAY-0061873\n\n"
            "Document     Doc. date    Your reference    Amount GBP\n"
            "5100448812   31/03/2028   GL-280233           4,860.00\n"
            "5100451907   30/04/2028   GL-280298           4,860.00\n"
            "5100452260   15/05/2028   CN-2811              -420.00\n"
            "                                            ----------\n"
            "Total paid                                    9,300.00\n\n"
            "Funds should reach your account within two working days. This message was generated automatically and replies to this address are not read. For queries please write to supplier.queries@harwoodbusinessparks.example quoting your supplier number."
        ),
        labels=lab(
            ("GL-280233", "GL-280298"),
            note="AP-system remittance advice; the total is net of a credit note",
            paid_date="2028-06-12",
            payment_reference="HBP-PAY-0061873",
            amount="9300.00",
            currency="GBP",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Kerry Walsh", "kerry@walshlettings.example"),
        when="2028-06-27 16:40",
        client="gmail_plain",
        body="done",
        labels=lab(note="bare 'done' in answer to an overdue reminder read as paid; no date"),
        inv="GL-280455",
        amt="£312.00",
        days_before=3,
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Renate Vollmer", "r.vollmer@wbg-am-stadtpark.example"),
        when="2028-06-06 14:22",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich nutze die Gelegenheit, um mich einmal grundsätzlich zu melden: Die Mieter in der Lindenstraße haben sich sehr positiv über den Rückschnitt der Hecken im Innenhof geäußert, und auch der neue Rasen vor Haus 14 hat sich nach dem vielen Regen gut entwickelt. Weniger glücklich sind wir nach wie vor mit der Zufahrt zu den Müllstandplätzen, die bei Ihren Einsätzen gelegentlich zugeparkt wird. Vielleicht können Ihre Kollegen das beim nächsten Mal im Blick behalten.\n\n"
            "Zu Ihrer Zahlungserinnerung: Die Rechnung GL-280377 haben wir bereits am 2. Juni überwiesen, das dürfte sich mit Ihrem Schreiben überschnitten haben. Sollte der Betrag bis Ende der Woche nicht bei Ihnen eingegangen sein, geben Sie mir bitte Bescheid.\n\n"
            "Wegen der Herbstpflanzung melde ich mich gesondert, sobald der Vorstand über das Budget entschieden hat. Herr Albers aus der Technik wird Sie dazu vermutlich auch noch anrufen.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Renate Vollmer\nSachbearbeitung Rechnungswesen\nWohnungsbaugenossenschaft Am Stadtpark eG"
        ),
        labels=lab(
            ("GL-280377",),
            note="long friendly message; the payment is in the second paragraph (Friday 2 June)",
            paid_date="2028-06-02",
        ),
        inv="GL-280377",
        amt="3.142,60 €",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=(
            "Service Comptabilité Fournisseurs",
            "comptabilite.fournisseurs@habitat-valdesaone.example",
        ),
        when="2028-06-09 10:03",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre relance. Le règlement de la facture GL-280412, d'un montant de 3 180,00 €, a été effectué par virement le 7 juin 2028 (référence de l'opération : VIR-OPH-2806-0093). Le délai de traitement interbancaire explique sans doute que vous ne l'ayez pas encore constaté.\n\n"
            "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Service Comptabilité Fournisseurs\nHabitat Val-de-Saône – Office public de l'habitat"
        ),
        labels=lab(
            ("GL-280412",),
            paid_date="2028-06-07",
            payment_reference="VIR-OPH-2806-0093",
            amount="3180.00",
            currency="EUR",
        ),
        inv="GL-280412",
        amt="3 180,00 €",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Martine Deschamps", "camping.lestilleuls@orange.fr"),
        when="2028-06-14 21:17",
        client="thunderbird",
        cte="8bit",
        body=(
            "Bonsoir,\n\n"
            "Nous avons payé par virement la semaine dernière, normalement vous devriez l'avoir reçu. Par contre pourriez-vous me renvoyer une copie de la facture ? Notre comptable ne la retrouve pas dans nos papiers et elle en a besoin pour le bilan.\n\n"
            "Merci d'avance,\n"
            "Martine Deschamps\nCamping Les Tilleuls"
        ),
        labels=lab(
            note="paid, plus a copy wanted for the books: the payment claim wins; 'la semaine dernière' is not a day"
        ),
        inv="GL-280409",
        amt="874,00 €",
        days_before=2,
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Jorge Salinas", "jsalinas@colegiolosolivos.example"),
        when="2028-06-08 18:10",
        client="android",
        body="Hecho. Transferencia hecha hoy, 2.450 €.\n\nJorge",
        labels=lab(paid_date="2028-06-08", amount="2450.00", currency="EUR"),
        inv="GL-280391",
        amt="2.450,00 €",
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Robles", "info@fincasrobles.example"),
        when="2028-06-06 11:35",
        client="gmail",
        body=(
            "Buenos días,\n\n"
            "¿No os ha llegado? La factura 280389 la pagamos el día 1, junto con las demás de la comunidad Residencial El Pinar. Os paso los datos de la transferencia por si os sirve para localizarla:\n\n"
            "Fecha: 01/06/2028\nImporte: 1.274,00 €\nConcepto: GREENACRE FRA 280389\n\n"
            "Un saludo,\n"
            "Lucía Robles\nAdministración de Fincas Robles"
        ),
        labels=lab(
            ("GL-280389",),
            note="opens with a question but states the payment; '280389' is a short form of GL-280389",
            paid_date="2028-06-01",
            amount="1274.00",
            currency="EUR",
        ),
        inv="GL-280389",
        amt="1.274,00 €",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Henk Dijkstra", "h.dijkstra57@hotmail.com"),
        when="2028-06-20 12:31",
        client="iphone",
        body="is betaald",
        labels=lab(note="three words, lower case, no punctuation; no date"),
        inv="GL-280430",
        amt="€ 396,00",
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=(
            "Woonstichting Lindenhof",
            "noreply-crediteuren@woonstichting-lindenhof.example",
        ),
        when="2028-06-15 05:48",
        client="notice",
        subject="Betaalspecificatie Woonstichting Lindenhof 15-06-2028",
        threaded=False,
        inv="GL-280405",
        charset="windows-1252",
        cte="8bit",
        headers=(("X-Mailer", "FinCon Betalingen 6.2"), ("Precedence", "bulk")),
        body=(
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u de specificatie van onze betaling aan Greenacre Landscaping Ltd.\n\n"
            "Betaaldatum:        15-06-2028\n"
            "Betalingskenmerk:   2028061500412\n"
            "Crediteurnummer:    70315\n\n"
            "Factuurnummer   Factuurdatum   Bedrag\n"
            "GL-280405       28-04-2028     € 2.904,00\n"
            "GL-280406       28-04-2028     €   605,00\n"
            "Totaal                         € 3.509,00\n\n"
            "Dit bericht is automatisch verstuurd; u kunt er niet op reageren. Vragen over deze betaling kunt u mailen naar crediteuren@woonstichting-lindenhof.example.\n\n"
            "Met vriendelijke groet,\n"
            "Afdeling Financiën\nWoonstichting Lindenhof"
        ),
        labels=lab(
            ("GL-280405", "GL-280406"),
            note="payment specification from the customer's finance system; no Auto-Submitted",
            paid_date="2028-06-15",
            payment_reference="2028061500412",
            amount="3509.00",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Massimo Conti", "studioconti.amministrazioni@libero.it"),
        when="2028-06-19 11:02",
        client="iphone",
        body="buongiorno fatto bonifico stamattina x la fattura 280420 scusate il ritardo\nMassimo Conti",
        labels=lab(
            ("GL-280420",),
            note="no punctuation, 'x' for 'per'; 'stamattina' is the message date",
            paid_date="2028-06-19",
        ),
        inv="GL-280420",
        amt="€ 1.120,00",
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=(
            "Segreteria Amministrativa IC Leonardo da Vinci",
            "dsga@icleonardo-monza.example",
        ),
        when="2028-06-14 09:15",
        client="thunderbird",
        cte="8bit",
        body=(
            "Gentili Signori,\n\n"
            "con riferimento al Vostro sollecito, si comunica che in data 13/06/2028 è stato disposto il bonifico a saldo della fattura n. GL-280416, per l'importo di € 1.830,00 (CRO 45281190331).\n\n"
            "Distinti saluti\n\n"
            "Il Direttore dei Servizi Generali e Amministrativi\n"
            "dott.ssa Paola Ferri\n"
            'Istituto Comprensivo "Leonardo da Vinci"\n'
            "-- \n"
            "Tel. 039 555 0134 - PEO dsga@icleonardo-monza.example"
        ),
        labels=lab(
            ("GL-280416",),
            note="bureaucratic passive: 'è stato disposto il bonifico' = the transfer has been ordered",
            paid_date="2028-06-13",
            payment_reference="45281190331",
            amount="1830.00",
            currency="EUR",
        ),
        inv="GL-280416",
        amt="€ 1.830,00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Dev Malhotra", "dev.malhotra@kingsmerefm.example"),
        when="2028-06-13 10:26",
        client="outlook_html",
        headers=(SUPPRESS,),
        body=(
            "Hi,\n\n"
            "GL-280366 has been approved and is scheduled for this Friday's BACS run.\n\n"
            "Kind regards,\n"
            "Dev Malhotra\nAccounts Payable | Kingsmere Facilities Management Ltd"
        ),
        labels=lab(
            ("GL-280366",),
            note="past tense ('approved', 'scheduled') announcing a future payment; Friday after Tue 13 June",
            promised_date="2028-06-16",
        ),
        inv="GL-280366",
        amt="£5,412.00",
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Sue Hargreaves", "suehargreaves.hlas@gmail.com"),
        when="2028-06-09 19:48",
        client="gmail_plain",
        body=(
            "not yet sorry - our treasurer is away walking in the Lakes and he's the only one who can sign anything off. He's back at the weekend so it'll be paid next Thursday.\n\n"
            "Sue (Hollins Lane Allotment Society)"
        ),
        labels=lab(
            note="'not yet' followed by a dated promise; from Fri 9 June, 'next Thursday' is 15 June on either reading",
            promised_date="2028-06-15",
        ),
        inv="GL-280347",
        amt="£265.00",
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Linda Okafor", "l.okafor@brackenridge-ha.example"),
        when="2028-06-14 17:05",
        client="outlook",
        subject="Out of office next week - GL-280372",
        body=(
            "Hello,\n\n"
            "I'm out of the office all next week, so I've set this up on the system to go on Monday 19th rather than leave it until I'm back. If it hasn't reached you by the Wednesday please ring Tom on 01632 960 771.\n\n"
            "Regards\n"
            "Linda Okafor\nFinance Officer\nBrackenridge Housing Association"
        ),
        labels=lab(
            note="a person writing, although the subject says out of office; the invoice number is only in the subject",
            promised_date="2028-06-19",
        ),
        inv="GL-280372",
        amt="£1,948.50",
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=(
            "Buchhaltung Gewerbepark Nord",
            "buchhaltung@gewerbepark-nord-gmbh.example",
        ),
        when="2028-06-12 11:18",
        client="outlook",
        body=(
            "Guten Tag,\n\n"
            "die Rechnung ist bei uns in der Freigabe. Zahlung ist für KW 26 eingeplant.\n\n"
            "Mit freundlichen Grüßen\n"
            "i. A. Markus Brandt\nGewerbepark Nord GmbH – Buchhaltung"
        ),
        labels=lab(
            note="'KW 26' → Monday of ISO week 26, as a named week is read as its Monday",
            promised_date="2028-06-26",
        ),
        inv="GL-280381",
        amt="4.120,00 €",
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Petra Sommer", "p.sommer@stadt-ahlenfeld.example"),
        when="2028-06-21 08:47",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung GL-280388 (Grünpflege Schulzentrum West, April 2028) wurde sachlich und rechnerisch geprüft und zur Zahlung angewiesen. Die Auszahlung erfolgt über die Stadtkasse mit dem nächsten Zahllauf am 03.07.2028.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n\n"
            "Petra Sommer\nStadt Ahlenfeld\nAmt für Schulen und Sport\nRathausplatz 1"
        ),
        labels=lab(
            ("GL-280388",),
            note="'zur Zahlung angewiesen' is past tense; the money leaves with the payment run on 3 July",
            promised_date="2028-07-03",
        ),
        inv="GL-280388",
        amt="6.380,00 €",
        days_before=2,
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Karim Benali", "k.benali@parc-activites-lesaulnes.example"),
        when="2028-06-15 14:02",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Nous réglerons fin de mois avec les autres factures fournisseurs.\n\n"
            "Cdlt\n\n"
            "Karim Benali\nGestionnaire – Parc d'activités Les Aulnes"
        ),
        labels=lab(note="'fin de mois' → last day of the month", promised_date="2028-06-30"),
        inv="GL-280413",
        amt="2 940,00 €",
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Mercedes Ortega", "m.ortega@residenciallosalmendros.example"),
        when="2028-06-07 13:20",
        client="apple",
        body=(
            "Hola,\n\n"
            "Este mes vamos un poco justos con la derrama de la piscina, pero lo tendréis pagado a finales de mes sin falta.\n\n"
            "Saludos,\n"
            "Mercedes Ortega\nPresidenta – C. P. Residencial Los Almendros"
        ),
        labels=lab(
            note="'a finales de mes' → last day of the month",
            promised_date="2028-06-30",
        ),
        inv="GL-280395",
        amt="1.680,00 €",
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Paco Gil", "pacogil.reformas@gmail.com"),
        when="2028-06-09 22:14",
        client="android",
        body="LO PAGO EL 15 SIN FALTA, PERDONAD EL RETRASO\nPACO",
        labels=lab(
            note="all caps from a phone; 'el 15' after Fri 9 June → 15 June",
            promised_date="2028-06-15",
        ),
        inv="GL-280399",
        amt="540,00 €",
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Annelies Bakker", "directie@obs-deklimop.example"),
        when="2028-06-06 15:40",
        client="gmail_plain",
        body=(
            "Beste mensen,\n\n"
            "Excuses voor de vertraging. We betalen over twee weken, dan is het geld van de gemeente voor het schoolplein binnen.\n\n"
            "Hartelijke groet,\n"
            "Annelies Bakker\ndirecteur OBS De Klimop"
        ),
        labels=lab(
            note="'over twee weken' → message date + 14 days; the subsidy is only the reason",
            promised_date="2028-06-20",
        ),
        inv="GL-280401",
        amt="€ 3.275,00",
    ),
    Reply(
        key="pr-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Ruud Verhoeven", "r.verhoeven@bedrijvenpark-dewaard.example"),
        when="2028-06-21 09:12",
        client="outlook",
        rlang="en",
        body=(
            "Goedemorgen,\n\n"
            "De factuur staat klaar voor betaling, die gaat volgende week donderdag de deur uit.\n\n"
            "Met vriendelijke groet,\n"
            "Ruud Verhoeven\nParkmanagement Bedrijvenpark De Waard"
        ),
        labels=lab(
            note="Dutch reply to an English reminder; 'volgende week donderdag' = Thursday of next week",
            promised_date="2028-06-29",
        ),
        inv="GL-280414",
        amt="€2,268.00",
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Giorgio Marchetti", "g.marchetti@studiomarchetti-condomini.example"),
        when="2028-06-26 12:10",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "ho girato la fattura al condominio di via dei Platani, il pagamento verrà fatto entro fine mese.\n\n"
            "Cordiali saluti\n"
            "Geom. Giorgio Marchetti"
        ),
        labels=lab(note="'entro fine mese' → last day of the month", promised_date="2028-06-30"),
        inv="GL-280431",
        amt="€ 760,00",
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Silvia Rota", "contabilita@parcotecnologico-brianza.example"),
        when="2028-06-28 10:44",
        client="html_only",
        charset="iso-8859-1",
        body=(
            "Buongiorno,\n\n"
            "la fattura GL-280428 è stata registrata e sarà pagata il 10/07 insieme alle altre del trimestre.\n\n"
            "Cordiali saluti\n"
            "Silvia Rota\nUfficio Contabilità - Parco Tecnologico Brianza S.r.l."
        ),
        labels=lab(
            ("GL-280428",),
            note="HTML only; '10/07' in Italian day/month order = 10 July",
            promised_date="2028-07-10",
        ),
        inv="GL-280428",
        amt="€ 2.196,00",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Nadia Petrov", "n.petrov@brookvalehomes.example"),
        when="2028-06-07 11:50",
        client="outlook_html",
        body=(
            "Hi,\n\n"
            "Two invoices on our account, two different answers:\n\n"
            "GL-280341 (May grounds maintenance, Elmfield estate) was paid on 1 June, so please check your allocation.\n\n"
            "GL-280342 (tree works at Cedar Court) we are not paying as it stands. Your crew left the arisings stacked by the bin store and we had to get another contractor in to clear them. Either the clearance comes off the invoice or someone comes back and removes it properly, but we won't pay the full amount.\n\n"
            "Thanks,\n"
            "Nadia Petrov\nEstates Officer, Brookvale Homes"
        ),
        labels=lab(
            ("GL-280341", "GL-280342"),
            note="one invoice paid, the other contested: dispute wins over the payment claim",
        ),
        inv="GL-280342",
        amt="£2,975.00",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Andrew Kellaway", "bursar@ashcombe-prep.example"),
        when="2028-06-08 16:31",
        client="outlook",
        headers=(SUPPRESS,),
        body=(
            "Dear Accounts,\n\n"
            "We have NOT paid this invoice because it charges for gritting call-outs on 8, 9 and 14 February, and our site team log every visit by the contractor. There is no record of anyone attending on the 9th or the 14th, and the car park was not treated on either morning (a member of staff slipped on the 14th, which is how we know).\n\n"
            "Please send us your vehicle tracking or visit records for those dates. Until then the invoice is on hold.\n\n"
            "Yours faithfully,\n"
            "Andrew Kellaway\nBursar, Ashcombe Preparatory School"
        ),
        labels=lab(note="capitalised negation with a reason: charged gritting visits contested"),
        inv="GL-280137",
        amt="£1,146.00",
        issued="2028-02-29",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Colin Pryce", "colin@prycemotors.example"),
        when="2028-06-19 20:55",
        client="gmail",
        body=(
            "Hello there,\n\n"
            "Got your email about the invoice. Bit of background first because I don't think whoever sends these knows the history. We've had Greenacre doing the verges and the strip of grass out front of the showroom for going on six years now and by and large no complaints, your lad Jamie is a credit to you and always waves to the customers. Back in March we asked for a price to rip out the old conifers along the boundary with the carpet warehouse and put in a laurel hedge instead, which your Mr Dunn quoted for, and it went in at the start of April. Lovely job at the time.\n\n"
            "Trouble is it's been a dry spring and nobody told us it would need watering every day for the first couple of months, we assumed that was covered by the aftercare it mentions on the quote. About a third of it has gone brown and I'd say ten or twelve plants are dead outright. I've got photos if you want them.\n\n"
            "So I'm happy to keep paying for the mowing as usual but I'm not paying for dead laurels. I'd want those replaced first and then we can talk about the rest of the planting invoice. Can Mr Dunn come and have a look?\n\n"
            "Regards\n"
            "Colin Pryce\nPryce Motors"
        ),
        labels=lab(
            note="rambling; the refusal to pay for the dead hedge is buried in the third paragraph"
        ),
        inv="GL-280327",
        amt="£3,860.00",
        days_before=3,
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Thomas Reinhardt", "t.reinhardt@hv-reinhardt.example"),
        when="2028-06-13 08:02",
        client="apple",
        body=(
            "Guten Morgen,\n\n"
            "wir haben die Rechnung NICHT bezahlt, und zwar mit Absicht: Abgerechnet sind vier Rasenschnitte im Mai, tatsächlich waren Ihre Leute nur zweimal da. Das hat mir die Hausmeisterin der Anlage Kastanienweg bestätigt.\n\n"
            "Bitte korrigieren Sie die Rechnung auf zwei Einsätze, dann überweisen wir sofort.\n\n"
            "Gruß\n"
            "Thomas Reinhardt\nHausverwaltung Reinhardt"
        ),
        labels=lab(
            note="capitalised negation with the reason; payment only after a corrected invoice"
        ),
        inv="GL-280384",
        amt="1.296,00 €",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Jürgen Pohl", "j.pohl@autohaus-pohl.example"),
        when="2028-06-22 13:37",
        client="iphone",
        body=(
            "Hallo\n\n"
            "die rechnung stimmt so nicht, der Baum is zwar gefällt aber der stubben steht noch, Fräsen war mitbeauftragt laut angebot. So zahlen wir das nicht\n\n"
            "J. Pohl"
        ),
        labels=lab(
            note="typos and lower case from a phone; stump grinding was ordered but not done"
        ),
        inv="GL-280393",
        amt="1.785,00 €",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=(
            "Intendance Lycée Jean-Moulin",
            "intendance@lycee-jeanmoulin-vienne.example",
        ),
        when="2028-06-12 15:20",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre relance concernant la facture GL-280410.\n\n"
            "Nous sommes au regret de vous informer que nous ne pouvons pas procéder à son règlement en l'état. L'élagage des platanes de la cour d'honneur n'a été réalisé que sur six arbres, sur les dix prévus au devis n° D-2803 que nous avions signé. La facture reprend pourtant le montant total du devis.\n\n"
            "Nous vous remercions de bien vouloir nous adresser une facture rectificative, ou de nous proposer une date pour achever l'intervention, de préférence pendant les vacances scolaires.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "F. Garnier\nAdjointe gestionnaire\nLycée Jean-Moulin"
        ),
        labels=lab(("GL-280410",), note="very formal; work only partly done but billed in full"),
        inv="GL-280410",
        amt="4 650,00 €",
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Stéphane Morel", "s.morel@morel-logistique.example"),
        when="2028-06-16 18:05",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "On a viré 1 200 € sur les 1 860 € de la facture, le reste correspond au désherbage des allées du parking que vous nous facturez pour mai et qui n'a jamais été fait. Les mauvaises herbes sont toujours là, je peux vous envoyer des photos.\n\n"
            "On ne paiera pas ce solde.\n\n"
            "Stéphane Morel\nMorel Logistique"
        ),
        labels=lab(
            note="part paid, the rest refused as work not done: dispute wins over the payment claim"
        ),
        inv="GL-280418",
        amt="1 860,00 €",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Rosa Jiménez", "rjimenez@colegiosanjorge-valencia.example"),
        when="2028-06-20 12:45",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Buenos días:\n\n"
            "No estamos conformes con la factura GL-280433. Se ha cobrado la poda de 12 palmeras y en el colegio solo hay 8; lo puede comprobar cualquiera que venga. Además, el precio por unidad no es el del presupuesto que aceptamos.\n\n"
            "Les ruego que nos envíen una factura rectificativa. Hasta entonces no la vamos a tramitar.\n\n"
            "Atentamente,\n\n"
            "Rosa Jiménez\nAdministración\nColegio San Jorge"
        ),
        labels=lab(
            ("GL-280433",),
            note="quantity and unit price contested; the corrected invoice is secondary",
        ),
        inv="GL-280433",
        amt="1.920,00 €",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Marco de Vries", "m.devries@devries-installatietechniek.example"),
        when="2028-06-14 10:10",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Goedemorgen,\n\n"
            "Deze factuur betalen we voorlopig niet. De taxushaag die jullie in maart langs het parkeerterrein hebben geplant, is voor minstens de helft dood. Volgens jullie offerte zat er een jaar aanslaggarantie op.\n\n"
            "Graag eerst de dode planten vervangen, daarna maken we het bedrag over.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marco de Vries\nDe Vries Installatietechniek B.V."
        ),
        labels=lab(note="warranty claim on dead plants; payment held until they are replaced"),
        inv="GL-280397",
        amt="€ 2.630,00",
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Fatima El Amrani", "f.elamrani@kinderopvang-zonnebloem.example"),
        when="2028-06-27 14:30",
        client="thunderbird",
        cte="8bit",
        body=(
            "Beste,\n\n"
            "Volgens mij is dit dubbel gefactureerd. Dezelfde maand (april), hetzelfde bedrag en dezelfde omschrijving hebben we ook al gehad onder GL-280287, en die is op 12 mei betaald.\n\n"
            "Kunnen jullie GL-280402 crediteren?\n\n"
            "Groet,\n"
            "Fatima El Amrani\nStichting Kinderopvang Zonnebloem\n"
            "-- \n"
            "Tel. 020 555 0142"
        ),
        labels=lab(
            ("GL-280287", "GL-280402"),
            note="says the invoice repeats an earlier, paid one and asks for a credit: dispute, not payment_sent",
        ),
        inv="GL-280402",
        amt="€ 1.085,00",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Luca Ferrante", "l.ferrante@residenzailgirasole.example"),
        when="2028-06-15 17:25",
        client="outlook",
        body=(
            "Buongiorno,\n\n"
            "non abbiamo pagato la fattura perché durante il taglio dell'erba del 22 maggio il vostro operatore ha tranciato due irrigatori e il tubo principale dell'impianto nel giardino condominiale. La riparazione ci è costata 480 euro, fattura dell'idraulico a disposizione.\n\n"
            "Chiediamo che l'importo venga detratto, oppure una nota di credito. Altrimenti la fattura resta sospesa.\n\n"
            "Cordiali saluti\n"
            "Luca Ferrante\nConsigliere – Residenza Il Girasole"
        ),
        labels=lab(note="damage claim to be set off against the invoice"),
        inv="GL-280421",
        amt="€ 1.340,00",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Sara Colombo", "sara.colombo@colombo-serramenti.example"),
        when="2028-06-23 08:58",
        client="android",
        body=(
            "Buongiorno, come mai mi fatturate lo sfalcio di giugno se il contratto è scaduto il 31 maggio e non l'abbiamo rinnovato? Questa non la paghiamo.\n\n"
            "Sara Colombo"
        ),
        labels=lab(note="phrased as a question, but it contests the charge outright"),
        inv="GL-280438",
        amt="€ 290,00",
        issued="2028-05-01",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Rachel Moss", "treasurer@millbrookcommunitygarden.example"),
        when="2028-06-06 10:15",
        client="outlook",
        body=(
            "Hello,\n\n"
            "Apologies, our grant instalment is late this year. We can pay £1,000 today and the remaining £1,460 by the end of July when the second tranche arrives. I hope that's acceptable – let me know if you need anything in writing.\n\n"
            "Best wishes,\n"
            "Rachel Moss\nTreasurer, Millbrook Community Garden Trust"
        ),
        labels=lab(
            note="part now, the rest later → payment_plan; plan amounts and dates are not labelled"
        ),
        inv="GL-280322",
        amt="£2,460.00",
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Wayne Carter", "wayne@cartersplanthire.example"),
        when="2028-06-15 21:44",
        client="iphone",
        body=(
            "Hi look I know this is overdue and I'm not trying to dodge it. We lost the council framework in April and its been a nightmare since, two lads laid off and the bank being awkward about the overdraft. I cant do the full 2.1 in one go at the minute. Could we do it over 3 months? I can set up a standing order for 700 a month from the 1st if your ok with that\n\n"
            "Cheers\nWayne"
        ),
        labels=lab(note="hardship and instalments in one run-on paragraph; missing apostrophes"),
        inv="GL-280359",
        amt="£2,100.00",
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Priya Nair", "priya.nair@northgatehousingtrust.example"),
        when="2028-06-22 14:06",
        client="outlook_html",
        headers=(SUPPRESS,),
        body=(
            "Dear Sir or Madam,\n\n"
            "Further to your reminder, I write to request that the outstanding balance on this account be settled in four equal monthly instalments, commencing on 1 July 2028. This is owing to a temporary cash-flow constraint following the deferral of our capital funding, and is not a reflection of any dissatisfaction with the service provided.\n\n"
            "I should be grateful if you would confirm whether this arrangement is acceptable.\n\n"
            "Yours faithfully,\n\n"
            "Priya Nair\nHead of Finance\nNorthgate Housing Trust"
        ),
        labels=lab(note="formal request for instalments"),
        inv="GL-280368",
        amt="£8,240.00",
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Helga Brenner", "kgv.sonnenhang@gmx.de"),
        when="2028-06-07 20:12",
        client="thunderbird",
        cte="8bit",
        body=(
            "Hallo,\n\n"
            "wir haben Ihre Erinnerung bekommen. Leider ist unsere Vereinskasse gerade ziemlich leer, weil die neuen Wasseruhren teurer waren als gedacht. Wäre es möglich, die Rechnung in drei Raten zu zahlen? Die erste Rate über 500 € würden wir noch diese Woche überweisen, den Rest dann im Juli und August.\n\n"
            "Mit freundlichen Grüßen\n"
            "Helga Brenner\nKassiererin, KGV Sonnenhang e.V."
        ),
        labels=lab(note="three instalments asked for; the first is still to be paid"),
        inv="GL-280385",
        amt="1.650,00 €",
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Dr. Martin Keller", "keller@foerderverein-gymnasium-am-see.example"),
        when="2028-06-19 09:30",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir bitten höflich um Zahlungsaufschub bis Ende August 2028. Die Fördermittel des Landes für die Schulhofbegrünung sind zwar bewilligt, aber noch nicht ausgezahlt worden, und der Förderverein kann den Betrag nicht vorstrecken.\n\n"
            "Für Ihr Verständnis danken wir Ihnen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Martin Keller\nVorsitzender\nFörderverein Gymnasium am See e.V."
        ),
        labels=lab(note="asks for more time: payment_plan, not a dated promise"),
        inv="GL-280390",
        amt="5.870,00 €",
        days_before=3,
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Bernard Lefèvre", "tresorier@rc-valleedor.example"),
        when="2028-06-08 19:02",
        client="gmail_plain",
        body=(
            "Bonjour,\n\n"
            "Le club traverse une période difficile (fin de saison, subventions en retard). Pourriez-vous nous accorder un échéancier en trois fois pour cette facture ? Nous pouvons faire un premier versement le 15 juin.\n\n"
            "Sportivement,\n"
            "Bernard Lefèvre\nTrésorier du RC Vallée d'Or"
        ),
        labels=lab(note="instalments requested; the first payment date belongs to the plan"),
        inv="GL-280407",
        amt="2 310,00 €",
    ),
    Reply(
        key="pp-fr-2",
        intent="payment_plan",
        lang="fr",
        sender=("Hélène Roux", "gite.lesgenets@gmail.com"),
        when="2028-06-20 08:31",
        client="iphone",
        body=(
            "Bonjour\n"
            "Je vous vire 800 € aujourd'hui et le solde début juillet, c'est le début de la saison et la trésorerie suit pas encore. Ça vous va ?\n"
            "Hélène Roux – Gîtes Les Genêts"
        ),
        labels=lab(note="part now, the balance early July → payment_plan"),
        inv="GL-280425",
        amt="1 540,00 €",
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Vicente Martí", "administracion@cpjardinesdelturia.example"),
        when="2028-06-12 10:05",
        client="gmail",
        body=(
            "Buenos días,\n\n"
            "¿Sería posible pagar esta factura en dos plazos? La mitad ahora y la otra mitad en julio, cuando se pasen los recibos del trimestre.\n\n"
            "Gracias y un saludo,\n"
            "Vicente Martí\nAdministrador"
        ),
        labels=lab(note="two instalments asked for"),
        inv="GL-280411",
        amt="3.360,00 €",
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Antonio Cabrera", "acabrera@hotelmiradordelsur.example"),
        when="2028-06-26 11:40",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Estimados señores:\n\n"
            "Les escribo en relación con la factura pendiente. Estamos atravesando un momento complicado por las obras de la carretera de acceso, que nos han dejado casi sin clientes durante dos meses, y no podemos afrontar el importe completo de una vez.\n\n"
            "Les propongo abonar 300 euros mensuales hasta saldar la deuda, empezando el 1 de julio. Si les parece bien, dejo programadas las transferencias.\n\n"
            "Atentamente,\n"
            "Antonio Cabrera\nGerente"
        ),
        labels=lab(note="hardship; monthly instalments proposed"),
        inv="GL-280423",
        amt="1.480,00 €",
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Sanne Mulder", "sanne@mulderdierenartsen.example"),
        when="2028-06-13 13:15",
        client="apple",
        body=(
            "Hoi,\n\n"
            "Kunnen we dit in termijnen betalen? Bijvoorbeeld drie keer € 750, eind juni, eind juli en eind augustus. Het is nogal een bedrag in één keer na de verbouwing van de praktijk.\n\n"
            "Groetjes,\n"
            "Sanne Mulder\nDierenartsenpraktijk Mulder"
        ),
        labels=lab(note="three instalments with their own dates; plan dates are not labelled"),
        inv="GL-280424",
        amt="€ 2.250,00",
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Francesca Bassi", "f.bassi@bassi-immobiliare.example"),
        when="2028-06-09 16:20",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "vi chiedo la cortesia di poter rateizzare l'importo in quattro rate mensili a partire da luglio. Confermatemi se va bene e vi mando il piano.\n\n"
            "Grazie\n"
            "Francesca Bassi\nBassi Immobiliare"
        ),
        labels=lab(note="four monthly instalments requested"),
        inv="GL-280417",
        amt="€ 4.080,00",
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Nicola Rinaldi", "nicola.rinaldi78@libero.it"),
        when="2028-06-29 13:02",
        client="iphone",
        body="Ciao, metà la pago adesso e metà entro fine luglio, ok? Sono a corto questo mese\nNicola\nOfficina Rinaldi",
        labels=lab(note="half now, half 'entro fine luglio' → payment_plan; no date labelled"),
        inv="GL-280436",
        amt="€ 980,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Joanne Pike", "accounts.payable@tessaro-logistics.example"),
        when="2028-06-08 09:40",
        client="outlook_html",
        body=(
            "Good morning,\n\n"
            "Our system has rejected this invoice because it doesn't quote a purchase order number. Once you send it again with our PO 4500071823 on it, we will pay it in the next run. We can't process anything without a PO, sorry.\n\n"
            "Kind regards,\n"
            "Joanne Pike\nAccounts Payable\nTessaro Logistics UK Ltd"
        ),
        labels=lab(
            note="payment conditional on a reissued invoice with the PO number; the amount is not contested"
        ),
        inv="GL-280352",
        amt="£3,125.00",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Simon Ashworth", "simon@domainedesvignes-gites.example"),
        when="2028-06-15 11:12",
        client="gmail_plain",
        zone="ce",
        rlang="fr",
        body=(
            "Hello,\n\n"
            "Sorry, my French isn't up to much. What's this invoice for exactly? We had the hedges done in March and I settled that one on the day. Could you send me a copy showing what it covers?\n\n"
            "Thanks,\n"
            "Simon Ashworth\nDomaine des Vignes Gîtes"
        ),
        labels=lab(
            note="English writer living in France (central-European time) answering a French reminder; asks what the charge is for"
        ),
        inv="GL-280419",
        amt="645,00 €",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Mark Fenn", "finance@riverside-learning-trust.example"),
        when="2028-06-27 15:55",
        client="outlook",
        body=(
            "Hi,\n\n"
            "You've been set up as a new supplier on our finance system since the academy transferred to the Trust in April, so before we can release payment we need:\n\n"
            "- your bank details on company letterhead, signed\n"
            "- a copy of the invoice addressed to Riverside Learning Trust rather than the school\n\n"
            "Once we've got those it'll go in the next payment run.\n\n"
            "Thanks\n"
            "Mark Fenn\nFinance Officer, Riverside Learning Trust"
        ),
        labels=lab(note="bank details and a re-addressed invoice needed before paying"),
        inv="GL-280361",
        amt="£1,575.00",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Birgit Hahn", "rechnungseingang@kreis-ostheide.example"),
        when="2028-06-07 10:30",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Rechnung GL-280379 liegt uns nur als PDF vor. Als öffentlicher Auftraggeber können wir Rechnungen ausschließlich im Format XRechnung über die zentrale Rechnungseingangsplattform annehmen. Bitte reichen Sie die Rechnung dort mit der Leitweg-ID 03-45200-00017-12 erneut ein; anschließend wird sie umgehend bearbeitet.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n"
            "Birgit Hahn\nLandkreis Ostheide – Rechnungsstelle"
        ),
        labels=lab(
            ("GL-280379",),
            note="public body needs the e-invoice format before it can pay",
        ),
        inv="GL-280379",
        amt="7.215,00 €",
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        sender=("Oliver Franke", "o.franke@franke-dach.example"),
        when="2028-06-20 17:02",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "können Sie mir bitte mal einen Kontoauszug bzw. eine OP-Liste schicken? Ich blick bei den ganzen Rechnungen von Ihnen gerade nicht mehr durch, was offen ist und was nicht.\n\n"
            "Danke\n"
            "Oliver Franke\nFranke Bedachungen GmbH"
        ),
        labels=lab(note="asks for a statement of open items"),
        inv="GL-280394",
        amt="860,00 €",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Nathalie Perrin", "comptabilite@mairie-belleroche.example"),
        when="2028-06-13 09:05",
        client="outlook",
        body=(
            "Bonjour,\n\n"
            "Votre facture ne peut pas être mise en paiement : en tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro, avec le numéro d'engagement 2028-0457 qui figure sur le bon de commande.\n\n"
            "Dès réception de la facture sur la plateforme, le mandatement sera fait.\n\n"
            "Cordialement,\n"
            "Nathalie Perrin\nService comptabilité\nMairie de Belleroche"
        ),
        labels=lab(
            note="the town hall can only pay an invoice lodged on its public e-invoicing portal"
        ),
        inv="GL-280408",
        amt="3 420,00 €",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Julien Mercier", "j.mercier@ecole-montessori-lesiris.example"),
        when="2028-06-26 19:20",
        client="iphone",
        body="Bonsoir, je ne retrouve pas cette facture, vous pouvez me la renvoyer svp ? Merci\nJulien",
        labels=lab(note="copy of the invoice requested"),
        inv="GL-280434",
        amt="720,00 €",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Elena Navarro", "enavarro@parqueempresarialcampollano.example"),
        when="2028-06-14 09:50",
        client="outlook_html",
        body=(
            "Buenos días:\n\n"
            "Para poder tramitar el pago necesitamos que nos emitan de nuevo la factura GL-280427 con nuestro CIF correcto (en la que recibimos figura el de otra empresa) y la razón social completa: Parque Empresarial Campollano Gestión, S.L.\n\n"
            "En cuanto la recibamos, se incluye en la siguiente remesa.\n\n"
            "Un saludo,\n"
            "Elena Navarro\nDepartamento de Administración"
        ),
        labels=lab(
            ("GL-280427",),
            note="reissue with the right tax number; the amount is not contested",
        ),
        inv="GL-280427",
        amt="5.040,00 €",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Pedro Lozano", "plozano@talleres-lozano.example"),
        when="2028-06-21 13:10",
        client="android",
        body="Buenas, mandadme un extracto de lo que tengo pendiente con vosotros porque no me cuadra con lo que tengo apuntado. Gracias\nPedro",
        labels=lab(
            note="'no me cuadra' is a reconciliation query, not a dispute; a statement is requested"
        ),
        inv="GL-280429",
        amt="615,00 €",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Lotte Jansen", "facturen@woonpartners-maasland.example"),
        when="2028-06-08 11:05",
        client="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "Wij kunnen deze factuur niet verwerken omdat het inkoopordernummer ontbreekt. Wilt u de factuur opnieuw indienen met ordernummer 4700213388? Zonder ordernummer wordt hij door ons systeem automatisch afgekeurd.\n\n"
            "Met vriendelijke groet,\n"
            "Lotte Jansen\nCrediteurenadministratie\nWoonPartners Maasland"
        ),
        labels=lab(note="reissue with the purchase order number"),
        inv="GL-280403",
        amt="€ 4.512,00",
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Erik Visser", "erik@visser-bouwmaterialen.example"),
        when="2028-06-22 08:15",
        client="gmail_plain",
        body="Morgen,\n\nWat is dit precies? Ik kan hem niet plaatsen. Kunt u een specificatie sturen van de werkzaamheden?\n\nErik",
        labels=lab(note="what is this for, send the breakdown → invoice_request"),
        inv="GL-280426",
        amt="€ 935,00",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Ufficio Amministrazione", "amministrazione@logisticaverdi.example"),
        when="2028-06-16 10:40",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buongiorno,\n\n"
            "per procedere al pagamento abbiamo bisogno della fattura elettronica trasmessa tramite SDI, codice destinatario M5UXCR1. Il PDF inviato per e-mail non ha valore fiscale e non possiamo registrarlo.\n\n"
            "Appena la riceviamo la mettiamo in pagamento.\n\n"
            "Cordiali saluti\n"
            "Ufficio Amministrazione\nLogistica Verdi S.p.A."
        ),
        labels=lab(
            note="needs the electronic invoice through the national exchange system before paying"
        ),
        inv="GL-280422",
        amt="€ 2.745,00",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=(
            "Harwood Business Parks Accounts",
            "accounts@harwood-businessparks.example",
        ),
        when="2028-06-14 23:52",
        client="html_only",
        body=(
            "Dear Supplier,\n\n"
            "Please be advised that our accounts department email has changed with immediate effect. Kindly update your records and direct all future statements, reminders and remittance queries to harwood.accountsdept@gmail.com.\n\n"
            "Please do not reply to this address as it is no longer monitored.\n\n"
            "Regards,\n"
            "Accounts Department\nHarwood Business Parks plc"
        ),
        labels=lab(
            note="phishing-like: look-alike sender domain moving collection mail to a free-mail address; labelled as written",
            new_contact="harwood.accountsdept@gmail.com",
        ),
        inv="GL-280344",
        amt="£4,860.00",
        quote_to="Accounts Payable <ap@harwoodbusinessparks.example>",
        days_before=2,
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Claire Dunmore", "c.dunmore@brookfieldacademy.example"),
        when="2028-06-07 07:35",
        client="iphone",
        body="Hi, I'm not the business manager here any more (left at Easter, just picking up the odd email). You need finance@brookfieldacademy.example\nClaire",
        labels=lab(new_contact="finance@brookfieldacademy.example"),
        inv="GL-280336",
        amt="£1,290.00",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Oakfield Dental Reception", "reception@oakfielddental.example"),
        when="2028-06-28 12:20",
        client="outlook",
        body=(
            "Hello,\n\n"
            "I think you have the wrong Oakfield. We are Oakfield Dental Practice and we've never used a landscaping company – I expect you want Oakfield Primary School up the road.\n\n"
            "Kind regards,\n"
            "Jess\nReception, Oakfield Dental Practice"
        ),
        labels=lab(note="wrong organisation altogether; no address given"),
        inv="GL-280458",
        amt="£1,710.00",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Stefan Vogt", "s.vogt@gewerbehof-ost.example"),
        when="2028-06-16 12:40",
        client="outlook",
        charset="windows-1252",
        body=(
            "Hallo,\n\n"
            "da sind Sie bei mir falsch, ich bin im Gewerbehof nur für Technik und Objektbetreuung zuständig. Rechnungen bitte an unsere Buchhaltung: Kreditoren@Gewerbehof-Ost.example – die kümmern sich darum.\n\n"
            "Gruß\n"
            "Stefan Vogt"
        ),
        labels=lab(
            note="address written in mixed case, labelled in lower case",
            new_contact="kreditoren@gewerbehof-ost.example",
        ),
        inv="GL-280392",
        amt="1.960,00 €",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Philippe Garnier", "ph.garnier@syndic-garnier.example"),
        when="2028-06-09 14:12",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Notre cabinet n'est plus syndic de la résidence Les Charmilles depuis l'assemblée générale du 30 avril. Le nouveau syndic est le Cabinet Ferrand, à qui nous avons transmis les archives : compta@cabinet-ferrand-immobilier.example.\n\n"
            "Merci de mettre à jour vos coordonnées.\n\n"
            "Cordialement,\n"
            "Philippe Garnier"
        ),
        labels=lab(new_contact="compta@cabinet-ferrand-immobilier.example"),
        inv="GL-280404",
        amt="1 385,00 €",
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Didier Lambert", "d.lambert@lycee-agricole-lesprairies.example"),
        when="2028-06-23 10:58",
        client="iphone",
        body="Bonjour, vous vous êtes trompés de personne, je suis responsable des espaces verts au lycée, je ne m'occupe pas des factures. Voyez avec l'intendance.\nDidier Lambert",
        labels=lab(note="not the right person; the department is named but no address"),
        inv="GL-280432",
        amt="2 060,00 €",
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Carmen Vidal", "cvidal@clinicadentalvidal.example"),
        when="2028-06-13 19:30",
        client="android",
        body="Hola, todo lo de facturas lo lleva nuestra gestoría, escribid a facturas@gestoriamartinezbosch.example y ellos lo pagan. Gracias\nCarmen",
        labels=lab(new_contact="facturas@gestoriamartinezbosch.example"),
        inv="GL-280445",
        amt="480,00 €",
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Javier Ortiz", "jortiz@colegiosanrafael.example"),
        when="2028-06-20 16:15",
        client="outlook_html",
        cc=(
            "Administración Colegio San Rafael",
            "administracion@colegiosanrafael.example",
        ),
        body=(
            "Buenas tardes:\n\n"
            "Yo soy el coordinador de mantenimiento y no tramito pagos. Les pongo en copia a administración (administracion@colegiosanrafael.example), que es quien lleva las facturas de proveedores; por favor, envíen a partir de ahora los recordatorios directamente a esa dirección.\n\n"
            "Un saludo,\n"
            "Javier Ortiz"
        ),
        labels=lab(
            note="the new address is also copied in Cc",
            new_contact="administracion@colegiosanrafael.example",
        ),
        inv="GL-280435",
        amt="3.780,00 €",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Pieter Kuipers", "pieter.kuipers@vvedeparel.example"),
        when="2028-06-06 18:25",
        client="gmail_plain",
        body=(
            "Hallo,\n\n"
            "Ik ben sinds de ledenvergadering geen penningmeester meer van de VvE. Mijn opvolger is Ingrid Smit, zij is bereikbaar via financien@vvedeparel.example.\n\n"
            "Groet, Pieter"
        ),
        labels=lab(new_contact="financien@vvedeparel.example"),
        inv="GL-280398",
        amt="€ 1.150,00",
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Bedrijvenpark Zuidkade", "info@bedrijvenpark-zuidkade.example"),
        when="2028-06-19 09:21",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Dit e-mailadres is niet meer in gebruik en wordt niet gelezen.\n\n"
            "Facturen en vragen over betalingen kunt u sturen naar administratie@bedrijvenpark-zuidkade.example. Voor overige zaken kunt u bellen met 010 555 0170.\n\n"
            "Met vriendelijke groet,\n"
            "Parkmanagement Bedrijvenpark Zuidkade"
        ),
        labels=lab(
            note="automatic 'address no longer in use' notice naming a new address: wrong_contact, not auto_reply",
            new_contact="administratie@bedrijvenpark-zuidkade.example",
        ),
        inv="GL-280437",
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Renato Galli", "r.galli@amministrazionigalli.example"),
        when="2028-06-12 15:45",
        client="thunderbird",
        cte="8bit",
        body=(
            "Buongiorno,\n\n"
            "dal 1° giugno non sono più l'amministratore del Condominio Via Manzoni 14. L'incarico è passato allo Studio Bianchi, al quale ho consegnato tutta la documentazione: amministrazione@studiobianchi-condomini.example.\n\n"
            "Cordiali saluti\n"
            "Renato Galli"
        ),
        labels=lab(new_contact="amministrazione@studiobianchi-condomini.example"),
        inv="GL-280415",
        amt="€ 1.460,00",
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Andrea Pini", "ufficiotecnico@comune-valfredda.example"),
        when="2028-06-27 11:30",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "questa casella è dell'Ufficio Tecnico, che non gestisce i pagamenti. Le fatture vanno inviate alla Ragioneria: ragioneria@comune-valfredda.example.\n\n"
            "Cordiali saluti\n"
            "Geom. Andrea Pini\nComune di Valfredda – Ufficio Tecnico"
        ),
        labels=lab(new_contact="ragioneria@comune-valfredda.example"),
        inv="GL-280439",
        amt="€ 3.910,00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Steve Lomax", "steve@lomaxscaffolding.example"),
        when="2028-06-21 12:58",
        client="iphone",
        body=(
            "I told your colleague on the phone on Monday it'll be paid on the 30th. Please stop sending me these emails every other day, it's getting ridiculous.\n\n"
            "Steve"
        ),
        labels=lab(note="promise plus 'stop sending these': unsubscribe beats the promise"),
        inv="GL-280363",
        amt="£1,380.00",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Jonathan Reeve", "j.reeve@reeve-holdings.example"),
        when="2028-06-12 16:20",
        client="outlook_html",
        body=(
            "Dear Sirs,\n\n"
            "Please note that this account is now in the hands of our solicitors, Pembury Laing LLP, in connection with the wider dispute over the Hallam Road contract. All further correspondence concerning it should be directed to them, and we ask that you do not contact this office directly.\n\n"
            "Yours faithfully,\n"
            "Jonathan Reeve\nDirector, Reeve Holdings Ltd"
        ),
        labels=lab(
            note="'only through our solicitors', no address; the dispute it mentions loses to unsubscribe"
        ),
        inv="GL-280338",
        amt="£6,720.00",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Tony Bright", "tonybright.properties@gmail.com"),
        when="2028-06-08 06:50",
        client="gmail_plain",
        body="UNSUBSCRIBE",
        labels=lab(note="one word, all caps"),
        inv="GL-280349",
        amt="£410.00",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Gisela Ahrens", "g.ahrens@ahrens-immobilien.example"),
        when="2028-06-14 11:11",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "bitte senden Sie uns Mahnungen und Rechnungen künftig ausschließlich per Post an unsere Geschäftsadresse. Diese E-Mail-Adresse ist nicht für Buchhaltungsvorgänge gedacht.\n\n"
            "Mit freundlichen Grüßen\n"
            "Gisela Ahrens\nAhrens Immobilienverwaltung"
        ),
        labels=lab(note="post only → unsubscribe"),
        inv="GL-280386",
        amt="2.280,00 €",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Kai Lindner", "kai.lindner@hausmeisterservice-lindner.example"),
        when="2028-06-26 07:12",
        client="iphone",
        body="Nehmt mich bitte aus dem Verteiler. Ich bin für Rechnungen nicht zuständig und will diese Mails nicht mehr bekommen.\nKai",
        labels=lab(
            note="remove me plus 'not my job' without an address: unsubscribe beats wrong_contact"
        ),
        inv="GL-280396",
        amt="640,00 €",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Claire Dubois-Vernet", "cdubois@dubois-vernet-avocats.example"),
        when="2028-06-19 17:40",
        client="outlook_html",
        quote_to="Immobilière du Parc des Sources <compta@immo-parcdessources.example>",
        days_before=4,
        body=(
            "Madame, Monsieur,\n\n"
            "J'interviens en qualité de conseil de la société Immobilière du Parc des Sources, à laquelle vous avez adressé la relance ci-dessous.\n\n"
            "Je vous remercie de bien vouloir cesser toute relance directe auprès de ma cliente. Toute correspondance relative à cette créance, que ma cliente conteste, devra désormais m'être adressée exclusivement.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
            "Claire Dubois-Vernet\nAvocate au Barreau"
        ),
        labels=lab(
            note="the customer's lawyer writes: no more direct contact, everything through counsel → unsubscribe; the contest loses"
        ),
        inv="GL-280400",
        amt="5 260,00 €",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Raúl Herrera", "rherrera@autoescuelaherrera.example"),
        when="2028-06-09 13:33",
        client="android",
        body="Dejad de mandarme correos por favor, ya hablé con vuestra compañera por teléfono y quedamos en que me llamaba ella.\nRaúl",
        labels=lab(note="stop e-mailing me"),
        inv="GL-280387",
        amt="395,00 €",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Departamento Jurídico", "juridico@inmobiliariasolana.example"),
        when="2028-06-23 10:20",
        client="outlook",
        charset="windows-1252",
        body=(
            "Estimados señores:\n\n"
            "Les rogamos que eliminen esta dirección de correo de sus envíos. Cualquier comunicación relativa a facturas deberá remitirse por correo postal a nuestro domicilio social.\n\n"
            "Atentamente,\n"
            "Departamento Jurídico\nInmobiliaria Solana, S.A."
        ),
        labels=lab(note="remove this address, post only"),
        inv="GL-280440",
        amt="2.890,00 €",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Jeroen Bos", "jeroen@bakkerijdehoek.example"),
        when="2028-06-15 08:05",
        client="iphone",
        body="Stop met mailen. We hebben allang betaald, kijk eerst eens in jullie eigen administratie",
        labels=lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="GL-280443",
        amt="€ 325,00",
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        sender=("Wilma Hoekstra", "w.hoekstra@kinderdagverblijf-tjiftjaf.example"),
        when="2028-06-28 14:22",
        client="gmail",
        body=(
            "Goedemiddag,\n\n"
            "Wilt u ons voortaan alleen nog per post benaderen? Wij lezen deze mailbox nauwelijks en berichten raken zoek.\n\n"
            "Met vriendelijke groet,\n"
            "Wilma Hoekstra"
        ),
        labels=lab(note="post only → unsubscribe"),
        inv="GL-280441",
        amt="€ 780,00",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Roberto Neri", "r.neri@neri-costruzioni.example"),
        when="2028-06-13 12:00",
        client="outlook",
        body=(
            "Spett.le Greenacre,\n\n"
            "vi invito a non inviare ulteriori solleciti a questo indirizzo. Per qualsiasi comunicazione relativa a questa posizione rivolgetevi al nostro legale, avv. Chiara Moretti, che vi contatterà nei prossimi giorni.\n\n"
            "Distinti saluti\n"
            "Roberto Neri\nNeri Costruzioni S.r.l."
        ),
        labels=lab(note="no more reminders, go through our lawyer (no address) → unsubscribe"),
        inv="GL-280444",
        amt="€ 3.150,00",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Elisa Fontana", "elisa.fontana@fontanaeventi.example"),
        when="2028-06-22 21:05",
        client="gmail_plain",
        body="toglietemi dalla vostra mailing list per favore, non voglio più ricevere queste mail\ngrazie",
        labels=lab(note="lower case, remove me"),
        inv="GL-280442",
        amt="€ 560,00",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Helen Marsh", "h.marsh@westbrook-ha.example"),
        when="2028-06-08 08:16",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Thank you for your email. I am out of the office until Friday 16 June with limited access to email.\n\n"
            "For urgent invoice queries please contact purchase.ledger@westbrook-ha.example.\n\n"
            "Helen Marsh\nPurchase Ledger Supervisor\nWestbrook Housing Association"
        ),
        labels=lab(
            note="'until X' → X itself; the colleague's address does not set new_contact",
            return_date="2028-06-16",
        ),
        inv="GL-280354",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=(
            "Kingsmere FM Finance Service Desk",
            "finance.servicedesk@kingsmerefm.example",
        ),
        when="2028-06-13 09:24",
        client="notice",
        subject="[SR-208815] Received: {rsub}",
        threaded=False,
        headers=(("Precedence", "bulk"), ("X-Mailer", "HelpPoint Service Desk")),
        body=(
            "Hello,\n\n"
            "Thank you for contacting the Finance Service Desk. Your request has been logged with reference SR-208815 and passed to the Accounts Payable team.\n\n"
            "We aim to respond to supplier queries within 5 working days. Please keep the reference in the subject line if you write to us again about this matter.\n\n"
            "This is an automated message – please do not reply.\n\n"
            "Kingsmere Facilities Management – Finance Shared Services"
        ),
        labels=lab(note="ticket acknowledgement carrying only a Precedence header; no return date"),
        inv="GL-280367",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("St Bede's Finance Office", "finance@st-bedes-primary.example"),
        when="2028-06-22 08:20",
        client="notice",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Thank you for your email to the St Bede's Primary School finance office.\n\n"
            "The finance office is staffed on Mondays, Tuesdays and Wednesday mornings only. Your message will be dealt with on the next working day. For anything urgent please phone the school office on 01632 960 388.\n\n"
            "This is an automatic reply."
        ),
        labels=lab(
            note="standing part-time autoresponder with only X-Autoreply and a plain 'Re:' subject; no return date"
        ),
        inv="GL-280370",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Sabine Krüger", "s.krueger@wohnbau-mittelweser.example"),
        when="2028-06-07 09:35",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre E-Mail. Ich bin bis einschließlich Freitag, 16.06.2028, nicht im Büro. Ab Montag, 19.06.2028, bin ich wieder für Sie erreichbar.\n\n"
            "Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@wohnbau-mittelweser.example.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Krüger"
        ),
        labels=lab(
            note="the day back (Monday) is the return date, not the last day away",
            return_date="2028-06-19",
        ),
        inv="GL-280380",
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=(
            "Technologiepark Heidenau Kreditorenbuchhaltung",
            "kreditoren@tp-heidenau.example",
        ),
        when="2028-06-20 08:41",
        client="notice",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Guten Tag,\n\n"
            "Ihre E-Mail ist bei uns eingegangen und wurde unter der Vorgangsnummer KB-2028-06-1187 erfasst. Bitte haben Sie Verständnis dafür, dass die Bearbeitung bis zu zehn Arbeitstage dauern kann.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.\n\n"
            "Technologiepark Heidenau GmbH\nKreditorenbuchhaltung"
        ),
        labels=lab(note="receipt acknowledgement with only X-Autoreply; no return date"),
        inv="GL-280463",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Sophie Laurent", "s.laurent@habitat-rivesud.example"),
        when="2028-06-12 08:50",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du 12 au 23 juin inclus. Je serai de retour le lundi 26 juin et traiterai votre message à ce moment-là.\n\n"
            "Pour toute urgence, merci de contacter l'accueil au 04 78 55 01 20.\n\n"
            "Cordialement,\n"
            "Sophie Laurent"
        ),
        labels=lab(
            note="the stated day back wins over the end of the absence",
            return_date="2028-06-26",
        ),
        inv="GL-280446",
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Accueil Parc d'activités du Moulin", "accueil@pa-dumoulin.example"),
        when="2028-06-05 08:32",
        client="notice",
        subject="Réponse automatique : {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Nos bureaux sont fermés ce lundi de Pentecôte. Ils rouvriront demain, mardi 6 juin, à 8 h 30. Votre message sera traité dès notre retour.\n\n"
            "Bien cordialement,\n"
            "L'équipe d'accueil\nParc d'activités du Moulin"
        ),
        labels=lab(note="Whit Monday closure; back the next day", return_date="2028-06-06"),
        inv="GL-280447",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Laura Gómez", "lgomez@polideportivo-lasacacias.example"),
        when="2028-06-16 09:05",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el 30 de junio, sin acceso al correo electrónico. Para asuntos urgentes pueden llamar a la centralita del polideportivo.\n\n"
            "Un saludo,\n"
            "Laura Gómez"
        ),
        labels=lab(note="'hasta X' → X itself", return_date="2028-06-30"),
        inv="GL-280448",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Joost van Dam", "j.vandam@scholengroep-rijnland.example"),
        when="2028-06-14 08:40",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Beste afzender,\n\n"
            "Ik ben afwezig tot en met vrijdag 23 juni en weer aanwezig op maandag 26 juni. Uw e-mail wordt niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\n"
            "Joost van Dam\nAdministratie Scholengroep Rijnland"
        ),
        labels=lab(note="'weer aanwezig op' gives the day back", return_date="2028-06-26"),
        inv="GL-280449",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Vastgoedbeheer Nijland", "service@vastgoedbeheer-nijland.example"),
        when="2028-06-27 08:30",
        client="notice",
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren.\n\n"
            "Met vriendelijke groet,\n"
            "Vastgoedbeheer Nijland"
        ),
        labels=lab(note="receipt acknowledgement; 'within three working days' is no return date"),
        inv="GL-280450",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Chiara Esposito", "c.esposito@consorzioparcoolona.example"),
        when="2028-06-19 08:45",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Buongiorno,\n\n"
            "sarò assente dall'ufficio dal 19 al 30 giugno. Rientrerò lunedì 3 luglio e risponderò appena possibile.\n\n"
            "Per questioni urgenti potete scrivere a segreteria@consorzioparcoolona.example.\n\n"
            "Cordiali saluti\n"
            "Chiara Esposito"
        ),
        labels=lab(
            note="the day back (3 July) wins over the end of the absence",
            return_date="2028-07-03",
        ),
        inv="GL-280451",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Ufficio Fornitori", "fornitori@parcoscientifico-adriatico.example"),
        when="2028-06-09 09:12",
        client="notice",
        subject="Richiesta n. 55721 presa in carico",
        body=(
            "Gentile fornitore,\n\n"
            "la sua richiesta è stata presa in carico con il numero 55721. Un nostro operatore la contatterà al più presto.\n\n"
            "La preghiamo di non rispondere a questo messaggio.\n\n"
            "Parco Scientifico Adriatico – Ufficio Fornitori"
        ),
        labels=lab(note="ticket acknowledgement with no auto-reply header at all"),
        inv="GL-280452",
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Gemma Lyle", "gemma.lyle@lylearchitects.example"),
        when="2028-06-09 14:48",
        client="outlook",
        body=(
            "Hi,\n\n"
            "Did we not pay this one? I was sure it went out with the May batch. Can you check your end and let me know?\n\n"
            "Thanks\nGemma\n\n"
            "Gemma Lyle | Office Manager\nLyle Architects"
        ),
        labels=lab(note="asks whether it was paid: no claim, no commitment; a person must check"),
        inv="GL-280345",
        amt="£540.00",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Dave Rudd", "caretaker@hillside-junior.example"),
        when="2028-06-14 12:30",
        client="gmail",
        body=(
            "Hi, I've forwarded this on to Sandra in the office who does the payments, she's only in Tuesdays and Thursdays so it may be a day or two.\n\n"
            "Dave\nSite Manager"
        ),
        labels=lab(
            note="passed on inside the school with no address given: not wrong_contact, and nothing promised"
        ),
        inv="GL-280356",
        amt="£1,045.00",
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Paul Whitaker", "p.whitaker@thornbury-businesspark.example"),
        when="2028-06-06 16:05",
        client="apple",
        body=(
            "Hi both,\n\n"
            "Slightly off topic but while I've got you on email – can you make sure the crew doesn't cut the hawthorn along the north boundary until the end of August? We've got a pair of blackbirds nesting in there and one of the tenants is very keen on them (and on telling me about them).\n\n"
            "The rest of the site can go ahead as per the schedule.\n\n"
            "Cheers,\nPaul\n\n"
            "Paul Whitaker\nSite Manager, Thornbury Business Park"
        ),
        labels=lab(note="operational request in the reminder thread; nothing about the invoice"),
        inv="GL-280320",
        amt="£2,880.00",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Frank Weber", "f.weber@lagerhallen-weber.example"),
        when="2028-06-15 16:50",
        client="outlook_html",
        body=(
            "Hallo zusammen,\n\n"
            "kurze Frage am Rande: Die Bewässerung am Besucherparkplatz läuft seit Tagen auch nachts und mittags durch. Ist das von Ihnen so eingestellt oder ist da etwas kaputt? Das Wasser läuft schon über den Gehweg.\n\n"
            "Viele Grüße\n"
            "Frank Weber"
        ),
        labels=lab(note="site question in the reminder thread"),
        inv="GL-280383",
        amt="1.140,00 €",
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("Ingrid Schuster", "i.schuster@schuster-steuerberatung.example"),
        when="2028-06-28 10:22",
        client="gmail_plain",
        body=(
            "Guten Tag,\n\n"
            "ich betreue die Buchhaltung der Eigentümergemeinschaft Rosenhof. Zu dieser Rechnung habe ich noch Klärungsbedarf, das lässt sich am Telefon besser besprechen als per Mail. Bitte rufen Sie mich unter 0511 555 2390 an.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ingrid Schuster\nSteuerberatung Schuster"
        ),
        labels=lab(note="the customer's bookkeeper wants a call; the open question is not stated"),
        inv="GL-280453",
        amt="1.725,00 €",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Valérie Chevalier", "direction@ecole-sainte-marthe.example"),
        when="2028-06-07 12:15",
        client="apple",
        body=(
            "Bonjour,\n\n"
            "Au passage, pouvez-vous me dire quand vous passez pour la taille des haies de la cour ? Les parents se plaignent qu'on ne voit plus le portail. La kermesse a lieu le 24 juin, ce serait bien que ce soit fait avant.\n\n"
            "Bonne journée,\n"
            "Valérie Chevalier\nDirectrice"
        ),
        labels=lab(note="scheduling question; the date mentioned is a school fête, not a payment"),
        inv="GL-280454",
        amt="960,00 €",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Aurélie Fontaine", "a.fontaine@fontaine-traiteur.example"),
        when="2028-06-21 15:35",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Je suis en congé maternité depuis début juin et je ne consulte ma messagerie que de temps en temps. Je regarde ça à mon retour.\n\n"
            "Aurélie"
        ),
        labels=lab(
            note="a person, not an auto-reply; 'à mon retour' gives neither a date nor a commitment to pay"
        ),
        inv="GL-280456",
        amt="1 210,00 €",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Marta Sanz", "marta.sanz@clinicaveterinariasanz.example"),
        when="2028-06-12 10:02",
        client="iphone",
        body="Recibido, gracias",
        labels=lab(note="acknowledgement only"),
        inv="GL-280457",
        amt="830,00 €",
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Iñaki Etxeberria", "i.etxeberria@ikastola-lizarra.example"),
        when="2028-06-26 17:20",
        client="outlook",
        body=(
            "Buenas tardes:\n\n"
            "Aprovecho el correo para pediros que paséis a recoger los restos de la poda que quedaron amontonados junto a la entrada del patio. Llevan ahí desde la última visita y los niños se suben encima.\n\n"
            "Gracias,\n"
            "Iñaki Etxeberria\nConserje"
        ),
        labels=lab(note="site request; the leftover cuttings are not held against the invoice"),
        inv="GL-280459",
        amt="1.390,00 €",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Bas Smit", "bas@smit-fietsen.example"),
        when="2028-06-08 17:55",
        client="android",
        body="Ik bel morgen even, dan kunnen we het doorspreken. Groet Bas",
        labels=lab(note="will phone tomorrow; no commitment about the invoice"),
        inv="GL-280460",
        amt="€ 415,00",
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Monique Peeters", "m.peeters@woonzorg-hetanker.example"),
        when="2028-06-23 11:48",
        client="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "Is deze mail echt van Greenacre? Het afzenderadres wijkt af van wat wij gewend zijn en ik wil zeker weten dat het geen phishing is voordat ik iets doe. Kunt u mij even bellen op 030 555 0108?\n\n"
            "Met vriendelijke groet,\n"
            "Monique Peeters"
        ),
        labels=lab(note="the customer suspects phishing and wants a call back"),
        inv="GL-280461",
        amt="€ 2.045,00",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Giulia Ricci", "g.ricci@condominioleterrazze.example"),
        when="2028-06-20 19:10",
        client="gmail_plain",
        body=(
            "Buonasera,\n\n"
            "ricevuto. Ne parlo con l'amministratore alla prossima riunione e vi faccio sapere.\n\n"
            "Giulia Ricci\nConsigliera, Condominio Le Terrazze"
        ),
        labels=lab(note="acknowledgement; 'vi faccio sapere' is no commitment to pay"),
        inv="GL-280462",
        amt="€ 1.265,00",
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
# Bounces: machine skeletons, human-readable parts written out one by one
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
    inv: str
    build: Callable[[Bounce], Message]
    note: str | None = None
    delay_hours: int = 0

    @property
    def tz(self) -> timezone:
        """Reports in English come from UK servers, the others from continental ones."""
        return UK_SUMMER if self.lang == "en" else CE_SUMMER

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return base.replace(second=digest(self.key, "seconds")[0] % 60, tzinfo=self.tz)

    @property
    def sent(self) -> datetime:
        """When the reminder left Greenacre's server."""
        lag = timedelta(hours=self.delay_hours, minutes=1 + digest(self.key, "lag")[0] % 4)
        return (self.dt - lag).astimezone(UK_SUMMER)

    def reminder(self) -> Message:
        """The reminder that bounced."""
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key, self.inv)


def reminder_subject_text(b: Bounce) -> str:
    """The reminder subject decoded, for reports that quote it in their own text."""
    return reminder_subject(b.rlang, b.inv)


def dsn_block(lines: Iterable[str]) -> Message:
    """One block of `message/delivery-status` fields."""
    return message_from_bytes(("\n".join(lines) + "\n").encode("ascii"))


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """The machine-readable part of an RFC 3464 report."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(b.sent.astimezone(b.tz))}",
    ]
    per_recipient = [
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([dsn_block(per_message), dsn_block(per_recipient)])
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header section of the bounced reminder."""
    reminder = b.reminder()
    text = "".join(f"{name}: {value}\n" for name, value in reminder.items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(plain: str, markup_body: str, charset: str) -> Message:
    """A report's human part as plain text and HTML."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f"<body>{markup_body}</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def stamp(b: Bounce, msg: Message, sender: str, subject: str, family: str) -> Message:
    """Envelope headers of a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{token(b.key, 'report', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, family)


def bounce_exim(b: Bounce) -> Message:
    """Exim on Greenacre's own server: plain text, the whole message copied below."""
    domain = b.rcpt.split("@")[1]
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{domain} [203.0.113.25]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n" + b.reminder().as_string() + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    msg = stamp(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{AR_MTA}>",
        "Mail delivery failed: returning message to sender",
        "bounce",
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return msg


def bounce_qmail(b: Bounce) -> Message:
    """qmail on the outbound relay: the recipient's domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Hi. This is the qmail-send program at relay2.greenacre-landscapes.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n" + b.reminder().as_string() + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    return stamp(
        b,
        msg,
        "MAILER-DAEMON@relay2.greenacre-landscapes.example",
        "failure notice",
        "bounce",
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail: temporary failure, the recipient's mailbox is over quota."""
    lines = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        "The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
    ]
    human = human_alternative(
        "\n\n".join(lines) + "\n",
        "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines),
        "utf-8",
    )
    diagnostic = "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"
    parts = [
        human,
        delivery_status(b, "mx.google.com", "delayed", diagnostic, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return stamp(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail_dsn",
    )


def exchange_sender(domain: str) -> str:
    """The postmaster identity Exchange Online uses for reports from an organisation."""
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def exchange_report(
    b: Bounce,
    *,
    lines: list[str],
    admin: str,
    server: str,
    diagnostic: str,
    returned: str,
    action: str,
    charset: str = "utf-8",
) -> Message:
    """An Exchange Online report: human part in two forms, delivery status, returned headers."""
    plain = "\n\n".join(lines) + f"\n\n{admin}\n\n{server}\n\n{b.rcpt}\n{returned}\n"
    markup = (
        "".join(
            f'<p style="font-family:Segoe UI,Arial;font-size:11pt">{html_text(line)}</p>'
            for line in lines
        )
        + f'<p style="font-family:Consolas;font-size:9pt"><b>{html.escape(admin, quote=False)}</b><br>{html.escape(server, quote=False)}<br>{html.escape(b.rcpt, quote=False)}<br>{html.escape(returned, quote=False)}</p>'
    )
    parts = [
        human_alternative(plain, markup, charset),
        delivery_status(b, server.rsplit(" ", 1)[-1], action, diagnostic),
        returned_headers(b),
    ]
    return report(parts)


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online at the customer, in German: the mailbox does not exist."""
    domain = b.rcpt.split("@")[1]
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    msg = exchange_report(
        b,
        lines=[
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{b.rcpt.split('@')[0]} wurde bei {domain} nicht gefunden.",
            "Erforderliche Aktion: Empfänger\nDie E-Mail-Adresse existiert nicht. Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.",
        ],
        admin="Diagnoseinformationen für Administratoren:",
        server="Generierender Server: FR3P281MB1552.DEUP281.PROD.OUTLOOK.example",
        diagnostic=diagnostic,
        returned=f"Remoteserver hat '{diagnostic}' zurückgegeben",
        action="failed",
        charset="iso-8859-1",
    )
    return stamp(
        b,
        msg,
        exchange_sender(domain),
        f"Unzustellbar: {reminder_subject_text(b)}",
        "o365",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online at the customer, in French: outside senders refused (policy)."""
    domain = b.rcpt.split("@")[1]
    diagnostic = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient"
    msg = exchange_report(
        b,
        lines=[
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            "Le destinataire n'accepte pas les messages provenant d'expéditeurs extérieurs à son organisation.",
            "Action requise : Destinataire\nContactez le destinataire par un autre moyen (par téléphone, par exemple) et demandez-lui de faire ajouter votre adresse à la liste des expéditeurs autorisés.",
        ],
        admin="Informations de diagnostic pour les administrateurs :",
        server="Serveur de génération : PA4P264MB3318.FRAP264.PROD.OUTLOOK.example",
        diagnostic=diagnostic,
        returned=f"Le serveur distant a renvoyé « {diagnostic} »",
        action="failed",
    )
    return stamp(
        b,
        msg,
        exchange_sender(domain),
        f"Non remis : {reminder_subject_text(b)}",
        "o365",
    )


def bounce_o365_nl(b: Bounce) -> Message:
    """Exchange Online at the customer, in Dutch: delivery delayed inside their hybrid setup."""
    domain = b.rcpt.split("@")[1]
    diagnostic = "400 4.4.7 Message delayed"
    msg = exchange_report(
        b,
        lines=[
            f"De bezorging is vertraagd voor deze geadresseerde: {b.rcpt}",
            f"Onderwerp: {reminder_subject_text(b)}",
            "Dit bericht is nog niet bezorgd. We blijven het proberen. U hoeft niets te doen; u krijgt bericht als de bezorging definitief mislukt.",
        ],
        admin="Diagnostische gegevens voor beheerders:",
        server="Genererende server: AM8P189MB1266.EURP189.PROD.OUTLOOK.example",
        diagnostic=diagnostic,
        returned=f"Reden van vertraging: {diagnostic}",
        action="delayed",
    )
    return stamp(
        b,
        msg,
        exchange_sender(domain),
        f"Bezorging vertraagd: {reminder_subject_text(b)}",
        "o365",
    )


def bounce_o365_it(b: Bounce) -> Message:
    """Exchange Online at the customer, in Italian: the mailbox is full."""
    domain = b.rcpt.split("@")[1]
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    msg = exchange_report(
        b,
        lines=[
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            "La cassetta postale del destinatario è piena e al momento non può accettare messaggi. Riprova a inviare il messaggio più tardi oppure contatta direttamente il destinatario.",
        ],
        admin="Informazioni di diagnostica per gli amministratori:",
        server="Server di generazione: DB9P190MB1441.EURP190.PROD.OUTLOOK.example",
        diagnostic=diagnostic,
        returned=f"Il server remoto ha restituito '{diagnostic}'",
        action="failed",
    )
    return stamp(
        b,
        msg,
        exchange_sender(domain),
        f"Non recapitabile: {reminder_subject_text(b)}",
        "o365",
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider's backup MX: plain-text delay notice with the header copy."""
    reminder = b.reminder()
    until = b.dt + timedelta(days=4)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx2.netzwerk-hosting.example.\n\n"
        "Ihre Nachricht konnte bisher nicht zugestellt werden, weil der Zielserver seit mehreren Stunden nicht erreichbar ist.\n\n"
        f"  Empfänger:        {b.rcpt}\n"
        "  Status:           4.4.1 (Zeitüberschreitung beim Verbindungsaufbau)\n"
        f"  Letzter Versuch:  {b.dt.strftime('%d.%m.%Y %H:%M')} Uhr\n\n"
        f"Es handelt sich um einen vorübergehenden Fehler. Wir versuchen die Zustellung bis zum {until.strftime('%d.%m.%Y')} weiter. Sie brauchen die Nachricht nicht erneut zu senden.\n\n"
        "--- Kopfzeilen Ihrer Nachricht ---\n"
        f"From: {reminder['From']}\nTo: {reminder['To']}\nSubject: {latin1(reminder_subject_text(b))}\n"
        f"Date: {reminder['Date']}\nMessage-ID: {reminder['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return stamp(
        b,
        msg,
        "Mailsystem <MAILER-DAEMON@mx2.netzwerk-hosting.example>",
        "Zustellung verzögert: Ihre Nachricht wurde noch nicht zugestellt",
        "bounce",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host: mailbox full, text part plus the whole message attached."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur mail.hebergement-pro.example.\n\n"
        "Votre message n'a pas pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Quota exceeded).\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.\n\n"
        "Le message d'origine est joint à cette notification.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return stamp(
        b,
        outer,
        "MAILER-DAEMON <postmaster@mail.hebergement-pro.example>",
        "Non distribué : boîte aux lettres pleine",
        "bounce",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host: permanent failure, plain text in windows-1252, the message inline."""
    reminder = b.reminder()
    body = reminder_body(b.rlang, b.inv, "", "2028-04-28")
    text = (
        "Este es un mensaje automático del servidor de correo smtp.correoempresa.example.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error permanente: no se harán más intentos.\n\n"
        f"  {b.rcpt}\n"
        f"    El servidor remoto respondió: 550 5.1.1 <{b.rcpt}>: la cuenta de correo no existe\n\n"
        "A continuación se incluye una copia de su mensaje.\n\n"
        "----- Mensaje original -----\n"
        f"From: {reminder['From']}\nTo: {reminder['To']}\nSubject: {reminder_subject_text(b)}\nDate: {reminder['Date']}\n\n"
        f"{body}\n"
    )
    msg = text_part(text, "plain", "windows-1252", "8bit")
    return stamp(
        b,
        msg,
        "Servidor de correo <mailer-daemon@smtp.correoempresa.example>",
        "Mensaje no entregado",
        "bounce",
    )


def bounce_backup_es(b: Bounce) -> Message:
    """A Spanish backup MX: RFC 3464 delay report."""
    text = (
        "Aviso del sistema de correo de mx-respaldo.redhispana.example\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar. El servidor de destino no responde (4.4.1: tiempo de conexión agotado).\n\n"
        "Seguiremos intentándolo durante los próximos 4 días. No es necesario que vuelva a enviar el mensaje; si la entrega fallara definitivamente, recibirá otro aviso.\n"
    )
    domain = b.rcpt.split("@")[1]
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx-respaldo.redhispana.example",
            "delayed",
            "421 4.4.1 Connection timed out",
            f"mail.{domain}",
        ),
        returned_headers(b),
    ]
    return stamp(
        b,
        report(parts),
        "Postmaster <postmaster@mx-respaldo.redhispana.example>",
        "Aviso de retraso en la entrega",
        "bounce",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian host: RFC 3464 failure report with the whole message returned."""
    text = (
        "Questo è un messaggio automatico del server di posta mx.posta-aziende.example.\n\n"
        "Il messaggio non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: l'indirizzo non esiste (550 5.1.1 User unknown).\n\n"
        "Si tratta di un errore permanente. Il messaggio originale è allegato.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx.posta-aziende.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: User unknown",
            "mx.posta-aziende.example",
        ),
        MIMEMessage(b.reminder()),
    ]
    return stamp(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx.posta-aziende.example>",
        "Messaggio non recapitato",
        "bounce",
    )


BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="bursar@stcolumbas-school.example",
        when="2028-06-05 08:14",
        rlang="en",
        inv="GL-280310",
        build=bounce_exim,
        note="Exim plain-text failure, not RFC 3464; user unknown",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.2",
        rcpt="accounts@pennine-estates.example",
        when="2028-06-13 08:21",
        rlang="en",
        inv="GL-280315",
        build=bounce_qmail,
        note="qmail failure notice; the recipient's domain no longer exists",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.2.2",
        rcpt="hollinslane.allotments@gmail.com",
        when="2028-06-21 12:40",
        rlang="en",
        inv="GL-280325",
        build=bounce_gmail_delay,
        note="Gmail delay notice: recipient over quota",
        delay_hours=4,
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungseingang@wohnbau-rheinaue.example",
        when="2028-06-08 09:22",
        rlang="de",
        inv="GL-280331",
        build=bounce_o365_de,
        note="Exchange Online report in German, ISO-8859-1 human part",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.4.1",
        rcpt="verwaltung@gewerbepark-lechfeld.example",
        when="2028-06-16 15:05",
        rlang="de",
        inv="GL-280333",
        build=bounce_provider_de,
        note="provider delay notice in German, single plain-text part",
        delay_hours=6,
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.7.1",
        rcpt="factures@residences-loire-habitat.example",
        when="2028-06-07 09:48",
        rlang="fr",
        inv="GL-280357",
        build=bounce_o365_fr,
        note="policy rejection (outside senders refused) in an Exchange Online report",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="compta.mairie@saint-aubin-des-bois.example",
        when="2028-06-22 09:31",
        rlang="fr",
        inv="GL-280364",
        build=bounce_provider_fr,
        note="mailbox full is soft even with a 5.x code; French notice in multipart/mixed",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="administracion@colegio-montealto.example",
        when="2028-06-12 09:17",
        rlang="es",
        inv="GL-280373",
        build=bounce_provider_es,
        note="Spanish provider notice, one windows-1252 8bit part with the message inline",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.1",
        rcpt="contabilidad@parqueempresarial-sur.example",
        when="2028-06-27 15:50",
        rlang="es",
        inv="GL-280376",
        build=bounce_backup_es,
        note="backup-MX delay report in Spanish",
        delay_hours=6,
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="crediteuren@vvb-groenstede.example",
        when="2028-06-15 13:33",
        rlang="nl",
        inv="GL-280464",
        build=bounce_o365_nl,
        note="Exchange Online delay report in Dutch",
        delay_hours=4,
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="ufficio.acquisti@scuolaparitaria-sanmarco.example",
        when="2028-06-09 09:26",
        rlang="it",
        inv="GL-280466",
        build=bounce_provider_it,
        note="Italian provider report with the whole reminder returned",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="amministrazione@villaggio-artigiano-lodi.example",
        when="2028-06-29 09:19",
        rlang="it",
        inv="GL-280468",
        build=bounce_o365_it,
        note="mailbox full is soft even with a 5.x code; Exchange Online report in Italian",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


class CorpusError(Exception):
    """A message or label that does not meet the corpus rules."""


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^-?\d+\.\d{2}$")
INVOICE = re.compile(r"^GL-\d{6}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Item:
    """One corpus message before it gets its file name."""

    key: str
    msg: Message
    label: dict[str, object]
    spec: Reply | Bounce


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a reply, every key present, in the corpus order (file name added later)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in file order: sorted by a seeded hash of its key."""
    items = [Item(r.key, build_reply(r), reply_label(r), r) for r in REPLIES]
    items += [Item(b.key, b.build(b), bounce_label(b), b) for b in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise CorpusError("duplicate message keys")
    invoices = [item.spec.inv for item in items]
    if len(set(invoices)) != len(invoices):
        raise CorpusError("two customers were sent a reminder for the same invoice")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def require(ok: bool, where: str, what: str) -> None:
    """Raise a CorpusError unless `ok`."""
    if not ok:
        raise CorpusError(f"{where}: {what}")


def parse_back(name: str, data: bytes) -> EmailMessage:
    """Parse with the modern policy: every header decodes, every text part decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    require(isinstance(msg, EmailMessage), name, "not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, name, f"no {header}")
    for part in msg.walk():
        require(not part.defects, name, f"defects {part.defects}")
        for header_name, value in part.items():
            str(value)
            defects = getattr(value, "defects", ())
            require(not defects, name, f"header {header_name}: {defects}")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            require(isinstance(content, str), name, "text part did not decode to str")
    return msg


def local_day(msg: EmailMessage) -> datetime:
    """The message's Date: as an aware datetime."""
    value = msg["Date"]
    when = getattr(value, "datetime", None)
    if not isinstance(when, datetime) or when.tzinfo is None:
        raise CorpusError(f"unparseable Date {value!r}")
    return when


def decoded_text(msg: EmailMessage) -> str:
    """All decoded text of a message, parts joined."""
    chunks: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            chunks.append(str(part.get_content()))
    return "\n".join(chunks)


def check_label(where: str, label: Mapping[str, object]) -> None:
    """Keys, order, types and formats of one label, and only the winning intent's fields."""
    require(tuple(label) == LABEL_KEYS, where, f"keys {tuple(label)}")
    intent = str(label["intent"])
    require(intent in INTENTS, where, f"intent {intent}")
    require(label["language"] in LANGS, where, f"language {label['language']}")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in FIELD_KEYS:
        value = label[key]
        if key not in allowed:
            require(value is None, where, f"{key} set for {intent}")
        require(value is None or isinstance(value, str), where, f"{key} not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            require(bool(ISO_DATE.match(value)), where, f"{key} {value}")
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    require((amount is None) == (currency is None), where, "amount without currency")
    if isinstance(amount, str):
        require(bool(AMOUNT.match(amount)), where, f"amount {amount}")
        require(currency in {"GBP", "EUR"}, where, f"currency {currency}")
    contact = label["new_contact"]
    if isinstance(contact, str):
        require(
            contact == contact.lower() and "@" in contact,
            where,
            f"new_contact {contact}",
        )
    refs = label["invoice_refs"]
    require(isinstance(refs, list), where, "invoice_refs not a list")
    ref_list = cast("list[object]", refs)
    require(len(set(map(str, ref_list))) == len(ref_list), where, "duplicate invoice refs")
    for ref in ref_list:
        require(
            isinstance(ref, str) and bool(INVOICE.match(ref)),
            where,
            f"invoice ref {ref}",
        )
    if intent == "bounce":
        require(label["bounce_kind"] in {"hard", "soft"}, where, "bounce_kind")
        require(bool(STATUS.match(str(label["bounce_status"]))), where, "bounce_status")
        require(label["failed_recipient"] is not None, where, "failed_recipient")
        require(not ref_list, where, "invoice refs on a bounce")
    note = label["note"]
    require(note is None or isinstance(note, str), where, "note")


def check_message(name: str, item: Item, msg: EmailMessage) -> None:
    """What a label says must agree with the message it describes."""
    when = local_day(msg)
    spec = item.spec
    require(when.utcoffset() == spec.tz.utcoffset(None), name, f"offset {when.utcoffset()}")
    require(in_summer_time(when), name, "summer-time offset outside the summer-time period")
    require(FIRST_DAY <= when.date() <= LAST_DAY, name, f"date {when.date()} out of range")
    text = decoded_text(msg)
    label = item.label
    if isinstance(spec, Bounce):
        require(msg["Auto-Submitted"] is not None, name, "bounce without Auto-Submitted")
        require(
            spec.rcpt in text or spec.rcpt in str(msg),
            name,
            "failed recipient not in report",
        )
        return
    require(
        spec.body.split("\n")[0] in text or spec.client == "html_only",
        name,
        "new text missing",
    )
    if spec.threaded:
        require(msg["In-Reply-To"] == reminder_id(spec.key), name, "In-Reply-To")
    if not spec.is_notice:
        require(spec.inv in text, name, "the quoted reminder is missing")
        due = date.fromisoformat(spec.issued) + timedelta(days=30)
        require(
            due < reminder_sent(spec).date(),
            name,
            "the reminder went out before the due date",
        )
    for key, later in (
        ("promised_date", True),
        ("return_date", True),
        ("paid_date", False),
    ):
        value = label[key]
        if isinstance(value, str):
            day = date.fromisoformat(value)
            ok = day >= when.date() if later else day <= when.date()
            require(ok, name, f"{key} {value} against Date {when.date()}")
    for ref in cast("list[str]", label["invoice_refs"]):
        require(ref[3:] in spec.body, name, f"invoice ref {ref} not in the new text")
    contact = label["new_contact"]
    if isinstance(contact, str):
        require(contact in spec.body.lower(), name, "new_contact not in the new text")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; the language totals; every intent in every language; bounces half hard."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    require(len(labels) == PER_INTENT * len(INTENTS), "corpus", f"{len(labels)} messages")
    require(
        all(intents[i] == PER_INTENT for i in INTENTS),
        "corpus",
        f"intents {dict(intents)}",
    )
    require(dict(langs) == LANG_TOTALS, "corpus", f"languages {dict(langs)}")
    require(
        all(cells[i, lang] for i in INTENTS for lang in LANGS),
        "corpus",
        "an empty intent × language cell",
    )
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    require(kinds == Counter(hard=6, soft=6), "corpus", f"bounce kinds {dict(kinds)}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


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


def coverage(items: list[Item], parsed: list[EmailMessage]) -> str:
    """A summary of formats, clients, charsets, encodings and headers (for the README)."""
    clients = Counter(i.spec.client for i in items if isinstance(i.spec, Reply))
    tops = Counter(m.get_content_type() for m in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in parsed:
        seen_cs: set[str] = set()
        seen_cte: set[str] = set()
        for part in m.walk():
            if part.get_content_maintype() == "text":
                seen_cs.add(str(part.get_content_charset("us-ascii")))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    headers = Counter(
        name
        for m in parsed
        for name in (
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "In-Reply-To",
            "Cc",
        )
        if m[name] is not None
    )
    encoded = Counter(
        name for i in items for name in ("Subject", "From") if "=?" in str(i.msg.get(name, ""))
    )
    lines = [
        f"clients: {dict(sorted(clients.items()))}",
        f"top-level types: {dict(sorted(tops.items()))}",
        f"messages per text charset: {dict(sorted(charsets.items()))}",
        f"messages per transfer encoding: {dict(sorted(encodings.items()))}",
        f"headers: {dict(sorted(headers.items()))}",
        f"RFC 2047 encoded: {dict(sorted(encoded.items()))}",
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], str]:
    """Write every .eml and labels.jsonl, checking each message as it is written."""
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        (HERE / name).write_bytes(item.msg.as_bytes())
        msg = parse_back(name, (HERE / name).read_bytes())
        label = {"file": name, **item.label}
        check_label(name, label)
        check_message(name, item, msg)
        labels.append(label)
        parsed.append(msg)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, coverage(items, parsed)


def main() -> int:
    """Rebuild the corpus and print the count table."""
    try:
        labels, summary = write_all()
    except CorpusError as err:
        print(f"corpus check failed: {err}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
