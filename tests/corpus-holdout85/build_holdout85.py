# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs that people and their clients really type.
"""Build held-out reply corpus 85: `h85-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Liftmark Elevator Services after it sent
an overdue reminder. The new text of each message is written by hand below. The script adds only
what a mail client or a mail server would add: the quoted reminder (in the client's layout and
language), headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically (no clock, no randomness beyond fixed hashes), and checks what it wrote.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
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
from textwrap import dedent

HERE = Path(__file__).resolve().parent
SEED = 20270802
PREFIX = "h85"
AR_NAME = "Liftmark Receivables"
AR_ADDR = "receivables@liftmark-lifts.example"
AR_DOMAIN = "liftmark-lifts.example"
FIRST_DAY, LAST_DAY = date(2027, 8, 2), date(2027, 8, 27)
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
# The only label fields an intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
FILE_KEYS = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
UK_OFFSET, CE_OFFSET = "+0100", "+0200"  # BST and CEST in August 2027


def txt(block: str) -> str:
    """A hand-written text block: indentation and the surrounding blank lines removed."""
    return dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# Locale tables: what mail clients print around a quoted message
# --------------------------------------------------------------------------------------------

DAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
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
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# separator line, From, Sent, To, Subject, and what stands between a label and its value
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
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered (Liftmark's own text, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """\
Dear customer,

We have not yet received payment for the invoice below, which is now past its due date.

    Invoice no.:   {inv}
    Invoice date:  {issued}
    Due date:      {due}
    Amount due:    {amt}
    Description:   {desc}

If you have paid in the last few days, thank you, and please send us the payment date and reference so that we can match it. If something about this invoice is not right, reply to this e-mail and tell us what the problem is.

With kind regards

Receivables
Liftmark Elevator Services Ltd
Unit 9, Canalside Works, Leicester LE1 4XZ
Tel. 0116 496 0734 · receivables@liftmark-lifts.example""",
    "de": """\
Sehr geehrte Damen und Herren,

für die nachstehende Rechnung konnten wir bis heute keinen Zahlungseingang feststellen:

    Rechnungsnummer:  {inv}
    Rechnungsdatum:   {issued}
    Fällig am:        {due}
    Offener Betrag:   {amt}
    Leistung:         {desc}

Falls Sie die Zahlung in den letzten Tagen veranlasst haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Haben Sie Fragen oder Einwände zu dieser Rechnung, antworten Sie bitte direkt auf diese E-Mail.

Mit freundlichen Grüßen

Forderungsmanagement
Liftmark Elevator Services Ltd
receivables@liftmark-lifts.example""",
    "fr": """\
Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée :

    N° de facture :  {inv}
    Date :           {issued}
    Échéance :       {due}
    Montant dû :     {amt}
    Objet :          {desc}

Si votre règlement est en cours, nous vous en remercions et vous prions de nous indiquer sa date et sa référence. En cas de désaccord sur cette facture, répondez simplement à ce message en nous précisant le motif.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service Recouvrement
Liftmark Elevator Services Ltd
receivables@liftmark-lifts.example""",
    "es": """\
Estimados señores:

Les escribimos porque todavía no consta en nuestra contabilidad el pago de la siguiente factura, ya vencida:

    Nº de factura:      {inv}
    Fecha de emisión:   {issued}
    Vencimiento:        {due}
    Importe pendiente:  {amt}
    Concepto:           {desc}

Si ya han efectuado el pago, les agradecemos que nos indiquen la fecha y la referencia para poder conciliarlo. Si tienen cualquier objeción a la factura, contesten a este correo explicándonos el motivo.

Un cordial saludo,

Departamento de Cobros
Liftmark Elevator Services Ltd
receivables@liftmark-lifts.example""",
    "nl": """\
Geachte heer, mevrouw,

Bij controle van onze administratie zagen wij dat de onderstaande factuur nog niet is voldaan, terwijl de betaaltermijn is verstreken:

    Factuurnummer:  {inv}
    Factuurdatum:   {issued}
    Vervaldatum:    {due}
    Openstaand:     {amt}
    Omschrijving:   {desc}

Heeft u de afgelopen dagen betaald, dan danken wij u en horen wij graag de betaaldatum en het kenmerk. Klopt er iets niet aan deze factuur, laat het ons dan weten door op deze e-mail te reageren.

Met vriendelijke groet,

Debiteurenbeheer
Liftmark Elevator Services Ltd
receivables@liftmark-lifts.example""",
    "it": """\
Spettabile cliente,

dalle nostre verifiche contabili la fattura indicata di seguito risulta ancora da saldare, benché la scadenza sia trascorsa:

    Fattura n.:       {inv}
    Data emissione:   {issued}
    Scadenza:         {due}
    Importo dovuto:   {amt}
    Descrizione:      {desc}

Qualora il pagamento fosse già stato disposto, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico. Per qualsiasi contestazione relativa alla fattura è sufficiente rispondere a questa e-mail indicandone il motivo.

Distinti saluti,

Ufficio Crediti
Liftmark Elevator Services Ltd
receivables@liftmark-lifts.example""",
}
SERVICES = {
    "maint": {
        "en": "Comprehensive maintenance, quarter 3 2027",
        "de": "Vollwartung 3. Quartal 2027",
        "fr": "Contrat d'entretien complet, 3e trimestre 2027",
        "es": "Mantenimiento integral, 3.er trimestre 2027",
        "nl": "Volledig onderhoud, 3e kwartaal 2027",
        "it": "Manutenzione completa, 3° trimestre 2027",
    },
    "callout": {
        "en": "Call-out and attendance, lift no. 2",
        "de": "Störungseinsatz mit Anfahrt, Aufzug 2",
        "fr": "Dépannage avec déplacement, appareil n° 2",
        "es": "Salida por avería y desplazamiento, ascensor 2",
        "nl": "Storingsbezoek en voorrijkosten, lift 2",
        "it": "Intervento su chiamata con uscita, impianto n. 2",
    },
    "repair": {
        "en": "Repair: landing door rollers and locks replaced",
        "de": "Reparatur: Türrollen und Verriegelungen erneuert",
        "fr": "Réparation : galets et serrures de portes palières",
        "es": "Reparación: rodillos y cerraduras de puertas de piso",
        "nl": "Reparatie: deurrollen en vergrendelingen vervangen",
        "it": "Riparazione: rulli e serrature porte di piano",
    },
    "loler": {
        "en": "LOLER thorough examination and report",
        "de": "Wiederkehrende Prüfung mit Prüfbericht",
        "fr": "Visite de contrôle réglementaire et rapport",
        "es": "Inspección periódica con informe",
        "nl": "Periodieke keuring met rapport",
        "it": "Verifica periodica con verbale",
    },
    "ropes": {
        "en": "Replacement of suspension ropes",
        "de": "Erneuerung der Tragseile",
        "fr": "Remplacement des câbles de traction",
        "es": "Sustitución de cables de tracción",
        "nl": "Vervanging draagkabels",
        "it": "Sostituzione funi di trazione",
    },
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a client limited to ISO-8859-1 makes of the characters it cannot send.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(amount: str, currency: str, loc: str) -> str:
    """An amount written the way the reminder prints it in `loc`."""
    whole, frac = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    sign = {"GBP": "£", "EUR": "€"}[currency]
    if loc == "en":
        return f"{sign}{grouped}.{frac}"
    if loc == "fr":
        return f"{grouped.replace(',', ' ')},{frac} {sign}"
    if loc in {"de", "es"}:
        return f"{grouped.replace(',', '.')},{frac} {sign}"
    return f"{sign} {grouped.replace(',', '.')},{frac}"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side (reply, auto-reply or advice) and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str
    amt: str
    desc: str = "maint"
    cur: str = ""
    rlang: str = ""
    issued: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered (normally the customer's)."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """The invoice currency: sterling for British customers, euro for the others."""
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")

    @property
    def dt(self) -> datetime:
        """The message's `Date:`, in the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


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
    """Every piece of a date a client template may need, in the client's language."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": DAYS_SHORT[loc].split()[wd],
        "wdl": DAYS_LONG[loc].split()[wd],
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
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of `dt`."""
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length `n` for a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def previous_workday(day: datetime) -> datetime:
    """The last Monday-to-Friday day strictly before `day`."""
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_time(r: Reply) -> datetime:
    """When the reminder went out: minutes before an automatic answer, else the previous working morning."""
    if r.style in NOTICE_STYLES:
        return (r.dt - timedelta(minutes=2 + digest(r.key, "lag")[0] % 5)).replace(second=41)
    day = previous_workday(r.dt)
    return day.replace(hour=9, minute=digest(r.key, "minute")[0] % 20 + 1, second=17)


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<dunning.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain"}:
        return f"<CAG{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 30)}@{b32(key, 'host', 10)}.EURPRD08.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry the way a Latin-1 client would."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Plain-text quoting with '> '."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Lines joined with <br>, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", "&nbsp; ") if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, width: int = 76) -> str:
    """RFC 3676 format=flowed: long lines broken at spaces with a trailing space, stuffing added."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix, content = "", line
        if line.startswith(">"):
            prefix, content = "> ", line[2:] if line.startswith("> ") else line[1:]
        elif line.startswith((" ", "From ")):
            content = " " + line
        if line == "-- " or len(prefix) + len(content) <= width:
            out.append((prefix + content) if line != ">" else ">")
            continue
        lead = content[: len(content) - len(content.lstrip(" "))]
        pieces = re.findall(r"\S+ *", content.lstrip(" "))
        pieces[0] = lead + pieces[0]
        current = ""
        for piece in pieces:
            if current and len(prefix) + len(current) + len(piece.rstrip()) > width:
                out.append(prefix + current)
                current = ""
            current += piece
        out.append(prefix + current.rstrip(" "))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = CTE_CODES[cte]  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From/To value with the display name encoded in the message's charset when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


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
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=enclosed)


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    default = "_000_" if style in OUTLOOK_FAMILY else "----=_Part_"
    prefix = BOUNDARY_PREFIX.get(style, default)
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder as the replying client sees it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, in the reply's charset and the client's language."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def invoice_dates(key: str, sent: datetime, desc: str, issued: str = "") -> tuple[date, date]:
    """Issue and due dates of the reminded invoice: maintenance on 30 days, work on 14 days."""
    terms = timedelta(days=30 if desc == "maint" else 14)
    if issued:
        start = date.fromisoformat(issued)
        return start, start + terms
    due = sent.date() - timedelta(days=6 + digest(key, "due")[0] % 18)
    return due - terms, due


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(
    lang: str,
    inv: str,
    amt: str,
    currency: str,
    desc: str,
    key: str,
    sent: datetime,
    issued_on: str = "",
) -> str:
    """The reminder's body as Liftmark sent it."""
    issued, due = invoice_dates(key, sent, desc, issued_on)
    if due >= sent.date():
        raise SystemExit(f"{key}: invoice not yet due when reminded")
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amt=money(amt, currency, lang),
        desc=SERVICES[desc][lang],
    )


def make_quote(r: Reply) -> Quote:
    """The reminder this reply answers, as the replying client renders it."""
    sent = reminder_time(r)
    lang = r.reminder_lang
    text = reminder_text(lang, r.inv, r.amt, r.currency, r.desc, r.key, sent, r.issued)
    subject = reminder_subject(lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    return Quote(text, subject, sent, r.lang, f"{name} <{addr}>" if name else addr)


def outlook_block(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject lines."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """multipart/alternative with a text and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, localised '-----Original Message-----' block."""
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
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
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, plain, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message that went out with its HTML version only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    """Outlook on the web / Outlook.com: divRplyFwdMsg and an underscore rule in the text part."""
    block = outlook_block(q)
    plain = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0] + sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head><body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, plain, markup)


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line in the client's language."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail multipart/alternative with the gmail_quote blockquote."""
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr"><div>{html_lines(r.body)}</div></div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: attribution, then the quote."""
    attr = fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, then the attribution inside the quote."""
    attr = fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    quoted = quote_lines(f"{attr}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution directly above the quote, format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"), "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 text, localised 'Get Outlook for Android', an underscore rule."""
    block = "\n".join(outlook_block(q))
    plain = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(plain, "plain", r.charset, "b64")


def style_none(r: Reply, q: Quote) -> Message:
    """An automatic notice: quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as HTML only (a ticket system's template)."""
    del q
    paragraphs = "\n".join(
        f'<p style="margin:0 0 12px 0">{html_lines(p)}</p>' for p in r.body.split("\n\n")
    )
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"></head>\n'
        '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">\n'
        '<div style="max-width:600px;margin:0 auto;padding:16px">\n'
        f"{paragraphs}\n</div>\n</body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
    "none_html": style_none_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "owa", "android"})
NOTICE_STYLES = frozenset({"none", "none_html"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22G86)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 128.12.0"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes: a localised reply prefix, or what the spec says."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Thread-* and X-MS-* headers Outlook adds."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a PDF when the sender attached one."""
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
    """The complete message for one hand-written spec."""
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
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"xref\n0 3\n0000000000 65535 f \ntrailer <</Size 3 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pugh", "gareth@pughpropertyservices.example"),
        "2027-08-03 08:12 +0100",
        "iphone",
        "Paid.",
        lab(note="one word; no date given"),
        inv="LM/4452/27",
        amt="618.00",
        desc="callout",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Northgate Retail plc - Accounts Payable", "ap.remittances@northgate-retail.example"),
        "2027-08-06 05:31 +0100",
        "none",
        txt("""
            REMITTANCE ADVICE

            Payer:             Northgate Retail plc, Accounts Payable Shared Service Centre
            Supplier:          LIFTMARK ELEVATOR SERVICES LTD
            Supplier no.:      700184
            Payment document:  3000418826
            Payment date:      06/08/2027
            Payment method:    BACS
            Paid to account:   ****7789

            Your reference    Doc. date      Gross amount    Paid
            LM/4471/27        14/06/2027         2,310.00    2,310.00
            LM/4502/27        30/06/2027         1,296.00    1,296.00
            LM-CN-0112        08/07/2027          -120.00     -120.00

            Total paid (GBP)                                 3,486.00

            Funds should reach your account within two working days of the payment date. This advice is produced automatically and this mailbox is not monitored. For queries write to apqueries@northgate-retail.example quoting your supplier number.
        """),
        lab(
            ("LM/4471/27", "LM/4502/27"),
            paid_date="2027-08-06",
            payment_reference="3000418826",
            amount="3486.00",
            currency="GBP",
            note="AP-system remittance advice, quotes nothing; the amount is net of a credit note, which is not an invoice ref; the queries address is not a new contact",
        ),
        inv="LM/4471/27",
        amt="2310.00",
        charset="windows-1252",
        subject="Remittance Advice - Northgate Retail plc - Payment 3000418826",
        headers=(AUTO_GEN, ("X-Mailer", "SAP NetWeaver Application Server 7.58")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Margaret Ellison", "margaret.ellison54@gmail.com"),
        "2027-08-12 21:47 +0100",
        "gmail_plain",
        txt("""
            Dear Sir/Madam,

            Thank you for your email, which I have only just seen as I have been at my sister's in Whitby for a fortnight and the hall committee doesn't really meet over the summer. I'm the treasurer (a volunteer!) so these things all come to me in the end, usually via our secretary Brian, who forwards everything, sometimes twice.

            I must say the young man who came to do the inspection on the platform lift was very pleasant and explained everything, though we were a little alarmed by the list of things he said would need looking at before next year. That will have to wait for the AGM in October, as we simply don't have it in the reserves at the moment, what with the roof.

            Anyway, I went through the bank statements when I got back and could see it hadn't gone, which is my fault, so I wrote a cheque for the £486.00 and posted it to your Leicester address on Tuesday with the slip. Brian countersigned it before he went off to Portugal. It should be with you by now or very soon. If it doesn't turn up please let me know and I will stop it and do a bank transfer instead, though I'd rather not as I'm not very confident with the online banking.

            Could you let me know when it has cleared so I can tick it off in the book?

            With best wishes,

            Margaret Ellison
            Hon. Treasurer, St Aidan's Community Hall
        """),
        lab(
            paid_date="2027-08-10",
            amount="486.00",
            currency="GBP",
            note="long letter with the point in the third paragraph; a posted cheque is a payment sent; 'Tuesday' before Thu 12 Aug is 10 Aug",
        ),
        inv="LM/4463/27",
        amt="486.00",
        desc="loler",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jürgen Kowalski", "j.kowalski@hausmeister-kowalski.example"),
        "2027-08-09 18:03 +0200",
        "iphone",
        "Erledigt.",
        lab(note="one word; 'erledigt' in answer to a payment reminder means paid; no date"),
        inv="LM/4481/27",
        amt="389.50",
        desc="callout",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Céline Marchand", "c.marchand@syndic-marchand-associes.example"),
        "2027-08-02 10:17 +0200",
        "outlook_html",
        txt("""
            Bonjour,

            Le règlement de cette facture a été émis par virement le 30/07, pour un montant de 1 236,00 €, référence VIR-SMA-077120. Il a dû se croiser avec votre relance.

            Je vous remercie de bien vouloir vérifier de votre côté et de ne pas tenir compte de ce courrier si les fonds sont arrivés.

            Bien cordialement,

            Céline Marchand
            Gestionnaire comptable – Cabinet Marchand & Associés
            Syndic de copropriété
        """),
        lab(
            paid_date="2027-07-30",
            payment_reference="VIR-SMA-077120",
            amount="1236.00",
            currency="EUR",
        ),
        inv="LM/4459/27",
        amt="1236.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "k.benali@hotel-lesolivades.example"),
        "2027-08-18 11:24 +0200",
        "iphone",
        "virement fait ce matin desolé pour le retard",
        lab(
            paid_date="2027-08-18",
            note="no capitals, no punctuation, a missing accent; 'ce matin' is the message date",
        ),
        inv="LM/4527/27",
        amt="742.80",
        desc="repair",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Fernández", "lfernandez@fincasdelmar.example"),
        "2027-08-10 12:40 +0200",
        "gmail",
        txt("""
            Buenos días:

            Les informo de que el pasado viernes se hizo la transferencia de 1.452,00 € correspondiente a la factura LM/4494/27 de la Comunidad de Propietarios Edificio Albatros.

            Aprovecho para pedirles una copia de la factura en PDF, porque la que nos llegó en junio venía sin el desglose del IVA y la necesito para cerrar el trimestre.

            Un saludo,

            Lucía Fernández
            Fincas del Mar · Administración de comunidades
        """),
        lab(
            ("LM/4494/27",),
            paid_date="2027-08-06",
            amount="1452.00",
            currency="EUR",
            note="paid, plus a request for a copy: the payment claim wins; 'el pasado viernes' before Tue 10 Aug",
        ),
        inv="LM/4494/27",
        amt="1452.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Pilar Ortega", "administracion@hotelmirasol-malaga.example"),
        "2027-08-24 13:05 +0200",
        "thunderbird",
        txt("""
            Buenos días,

            Adjunto el justificante de la transferencia realizada hoy por importe de 3.210,40 €.

            Saludos cordiales,

            Pilar Ortega
            Administración – Hotel Mirasol
        """),
        lab(
            paid_date="2027-08-24",
            amount="3210.40",
            currency="EUR",
            note="proof of transfer attached as a PDF",
        ),
        inv="LM/4550/27",
        amt="3210.40",
        desc="repair",
        cte="8bit",
        attach=("justificante_transferencia_24082027.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne de Groot", "sanne@vve-havenzicht.example"),
        "2027-08-19 09:31 +0200",
        "gmail",
        txt("""
            Beste,

            Is gisteren overgemaakt, € 975,00 o.v.v. factuurnummer 4519.

            Groet,
            Sanne de Groot
            penningmeester VvE Havenzicht
        """),
        lab(
            ("LM/4519/27",),
            paid_date="2027-08-18",
            amount="975.00",
            currency="EUR",
            note="'4519' is a short form of LM/4519/27",
        ),
        inv="LM/4519/27",
        amt="975.00",
        desc="loler",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Zorggroep Rijnoever",
            "noreply-betalingen@zorggroep-rijnoever.example",
        ),
        "2027-08-13 06:02 +0200",
        "none",
        txt("""
            Geachte relatie,

            Hierbij ontvangt u de specificatie van onze betaling aan u.

            Betaaldatum:          13-08-2027
            Betalingskenmerk:     BTL-2027-0833-1172
            Uw crediteurnummer:   100482

            Factuurnummer     Factuurdatum     Bedrag
            LM/4533/27        05-07-2027       EUR 4.118,70

            Totaal betaald:                    EUR 4.118,70

            Dit bericht is automatisch aangemaakt. Voor vragen over deze betaling kunt u contact opnemen met de crediteurenadministratie onder vermelding van uw crediteurnummer.
        """),
        lab(
            ("LM/4533/27",),
            paid_date="2027-08-13",
            payment_reference="BTL-2027-0833-1172",
            amount="4118.70",
            currency="EUR",
            note="AP-system payment specification with Auto-Submitted; quotes nothing",
        ),
        inv="LM/4533/27",
        amt="4118.70",
        charset="iso-8859-1",
        subject="Betaalspecificatie Zorggroep Rijnoever 13-08-2027",
        headers=(AUTO_GEN, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Federica Sala", "amministrazione@immobiliaresala.example"),
        "2027-08-11 15:22 +0200",
        "outlook_html",
        txt("""
            Buongiorno,

            vi confermo che il bonifico a saldo della fattura LM/4486/27 è stato disposto in data 09/08 per € 2.684,00 (TRN 0306927080912345). Dovreste vederlo accreditato a breve.

            Cordiali saluti

            Federica Sala
            Immobiliare Sala S.r.l. – Ufficio amministrazione
        """),
        lab(
            ("LM/4486/27",),
            paid_date="2027-08-09",
            payment_reference="0306927080912345",
            amount="2684.00",
            currency="EUR",
        ),
        inv="LM/4486/27",
        amt="2684.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Paolo Rinaldi", "paolo.rinaldi72@gmail.com"),
        "2027-08-23 08:47 +0200",
        "iphone",
        "fatto ieri sera dall home banking scusate il ritardo ero in ferie",
        lab(
            paid_date="2027-08-22",
            note="no punctuation; 'ieri sera' is Sunday 22 Aug, the evening before the message",
        ),
        inv="LM/4538/27",
        amt="318.00",
        desc="callout",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Emma Carlisle", "emma.carlisle@kaurhospitality.example"),
        "2027-08-12 14:05 +0100",
        "outlook",
        txt("""
            Hello,

            Rajinder is out of the office this week and next – he's back in on Monday 23rd – but he asked me to reply to this one. The invoice has been checked and he's happy with it, and he will release the payment on the day he's back.

            Many thanks,
            Emma

            Emma Carlisle
            PA to Rajinder Kaur
            Kaur Hospitality Group · 0121 496 0381
        """),
        lab(
            promised_date="2027-08-23",
            note="written by a person although the subject says 'out of office'; payment on the day he is back",
        ),
        inv="LM/4508/27",
        amt="1884.00",
        desc="repair",
        charset="windows-1252",
        subject="Out of office – Mr Kaur",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Danielle Price", "ap@harcourthotels.example"),
        "2027-08-03 11:48 +0100",
        "outlook_html",
        txt("""
            Hi,

            Thanks for the reminder. This one was stuck waiting for the GM at Harcourt Bath to sign it off, which he did yesterday. It's been approved and it's now in Friday's payment run, so you should see the £1,932.00 early next week.

            Regards,
            Danielle Price
            Accounts Payable | Harcourt Hotels Ltd
        """),
        lab(
            promised_date="2027-08-06",
            amount="1932.00",
            currency="GBP",
            note="past tense ('approved', 'in Friday's run') announcing a future payment; Friday after Tue 3 Aug",
        ),
        inv="LM/4476/27",
        amt="1932.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Dev Mistry", "devmistry.lettings@gmail.com"),
        "2027-08-20 17:26 +0100",
        "gmail",
        "Hi, no not yet sorry. I'll pay it next Thursday when the rents from the flats come in.\nDev",
        lab(
            promised_date="2027-08-26",
            note="'not yet' followed by a promise; 'next Thursday' from Friday 20 Aug is 26 Aug on either reading",
        ),
        inv="LM/4529/27",
        amt="540.00",
        desc="callout",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Hartmann", "s.hartmann@klinikum-talheim.example"),
        "2027-08-10 09:55 +0200",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Die Rechnung LM/4497/27 lag zur sachlichen Prüfung bei unserer Haustechnik und ist inzwischen freigegeben. Die Zahlung ist für den Zahllauf in KW 34 vorgesehen.

            Mit freundlichen Grüßen
            i. A. Sabine Hartmann
            Kreditorenbuchhaltung
            Klinikum Talheim gGmbH
        """),
        lab(("LM/4497/27",), promised_date="2027-08-23", note="'KW 34' → Monday of ISO week 34"),
        inv="LM/4497/27",
        amt="4260.00",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Thomas Brandl", "t.brandl@brandl-immobilien.example"),
        "2027-08-13 16:40 +0200",
        "android",
        txt("""
            Hallo,

            wir haben NICHT gezahlt, weil die Rechnung bei uns nie angekommen ist – die ging per Post an unsere alte Adresse in der Lindenstraße. Hab sie jetzt aus Ihrer Mail. Geht bis 27.08. raus.

            Gruß
            T. Brandl
        """),
        lab(
            promised_date="2027-08-27", note="capitalised negation with the reason, then a promise"
        ),
        inv="LM/4512/27",
        amt="1128.00",
        desc="repair",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Hélène Vasseur", "helene.vasseur@residence-les-tilleuls.example"),
        "2027-08-05 16:12 +0200",
        "apple",
        txt("""
            Bonjour,

            Cette facture sera réglée en fin de mois, avec les autres paiements fournisseurs de la résidence. Le trésorier est en vacances jusqu'au 25 et c'est lui qui valide les virements.

            Cordialement,
            Hélène Vasseur
            Résidence Les Tilleuls – Accueil
        """),
        lab(
            promised_date="2027-08-31",
            note="'en fin de mois' → last day of the month; the treasurer's return date is not the payment date",
        ),
        inv="LM/4480/27",
        amt="860.00",
        desc="loler",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Javier Ruiz", "javi.ruiz.talleres@gmail.com"),
        "2027-08-16 10:03 +0200",
        "iphone",
        "Hola, estamos con media plantilla por vacaciones pero lo pago a finales de mes sin falta. Perdona el retraso",
        lab(promised_date="2027-08-31", note="'a finales de mes' → last day of the month"),
        inv="LM/4516/27",
        amt="695.00",
        desc="repair",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Marta Gil", "contabilidad@grupohostelero-levante.example"),
        "2027-08-09 12:15 +0200",
        "outlook",
        txt("""
            Buenos días,

            Les confirmamos que el pago de la factura LM/4491/27 ya está programado para el día 20 de este mes, junto con el resto de proveedores.

            Atentamente,

            Marta Gil
            Departamento de Contabilidad
            Grupo Hostelero Levante, S.L.
        """),
        lab(
            ("LM/4491/27",),
            promised_date="2027-08-20",
            note="'ya está programado' is past in form, future in fact",
        ),
        inv="LM/4491/27",
        amt="2045.60",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Pieter Bakker", "p.bakker@vve-deschelde.example"),
        "2027-08-04 20:11 +0200",
        "gmail",
        txt("""
            Goedenavond,

            Excuses voor de vertraging. De kascommissie moest de uitgave nog goedkeuren; dat gebeurt op de ledenvergadering van aanstaande maandag. Wij betalen de factuur dus over twee weken.

            Met vriendelijke groet,
            Pieter Bakker
            Penningmeester VvE De Schelde
        """),
        lab(promised_date="2027-08-18", note="'over twee weken' → message date + 14 days"),
        inv="LM/4479/27",
        amt="1310.00",
        desc="repair",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Bram Visser", "bram@vissertransport.example"),
        "2027-08-12 07:38 +0200",
        "iphone",
        "Komt volgende week dinsdag in orde.\n\nBram",
        lab(
            promised_date="2027-08-17",
            note="Dutch reply to an English reminder; 'volgende week dinsdag' from Thu 12 Aug",
        ),
        inv="LM/4503/27",
        amt="780.00",
        desc="callout",
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Dott.ssa Giulia Ferri", "g.ferri@studioferri-condomini.example"),
        "2027-08-02 11:30 +0200",
        "outlook",
        txt("""
            Spett.le Liftmark,

            con la presente Vi comunichiamo che il saldo della fattura in oggetto avverrà entro fine mese, non appena incassate le quote condominiali della rata di agosto.

            Distinti saluti

            Dott.ssa Giulia Ferri
            Studio Ferri - Amministrazione condomini
        """),
        lab(
            promised_date="2027-08-31",
            note="'entro fine mese' → last day of the month; the condition does not remove the date",
        ),
        inv="LM/4466/27",
        amt="1590.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "marco.bellini@hotelbellini-rimini.example"),
        "2027-08-06 17:50 +0200",
        "gmail",
        txt("""
            Buonasera,

            la nostra amministrazione è chiusa per ferie fino al 22 agosto. Ho già lasciato la fattura sulla scrivania della contabile: il bonifico partirà il 25/08.

            Saluti,
            Marco Bellini
            Hotel Bellini – Rimini
        """),
        lab(
            promised_date="2027-08-25",
            note="a person mentioning a closure is not an auto-reply; '25/08' in Italian day/month order",
        ),
        inv="LM/4487/27",
        amt="1120.00",
        desc="callout",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Owen Hughes", "owen.hughes@baysidecourt-cardiff.example"),
        "2027-08-04 10:22 +0100",
        "outlook_html",
        txt("""
            Hello,

            We won't be paying LM/4490/27. The call-out on 14 July was to release a resident who was trapped in lift 2, and entrapment releases are included in our comprehensive contract (schedule 2, clause 4.3: "24/7 attendance for passenger release at no additional charge").

            Please cancel the invoice or send us a credit note.

            Regards,
            Owen Hughes
            Estate Manager, Bayside Court
        """),
        lab(("LM/4490/27",), note="call-out covered by the contract"),
        inv="LM/4490/27",
        amt="345.00",
        desc="callout",
        issued="2027-07-16",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Kelly Watts", "kelly@wattsandsonstimber.example"),
        "2027-08-17 13:34 +0100",
        "gmail_plain",
        txt("""
            Hi

            The service invoice (4468) was paid last week, you should have it. The repair one, 4498, we're not paying as it stands. Your engineer came out, said the door operator board needed replacing, ordered it, and then nobody came back to fit it for 9 days. We had to carry everything up to the first floor by hand in the meantime. Then the lift was down again two days after the board went in.

            I want someone to ring me about it before we pay a penny of that one.

            Kelly Watts
            Watts & Sons Timber
        """),
        lab(
            ("LM/4468/27", "LM/4498/27"),
            note="one invoice paid, the reminded one disputed: dispute wins",
        ),
        inv="LM/4498/27",
        amt="1764.00",
        desc="repair",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Roger Pemberton", "rpemberton@ashdowncourt-rtm.example"),
        "2027-08-25 22:14 +0100",
        "thunderbird",
        txt("""
            Dear Sirs,

            I write as one of the three volunteer directors of Ashdown Court RTM Company, in the absence of our chairman, who is abroad until September.

            By way of background, Ashdown Court is a block of 24 flats built in 1974 with a single eight-person passenger lift, which Liftmark took over from the previous contractor in March. We have generally been satisfied with the monthly visits, and I should say at the outset that the engineer who attends, Lee, is always courteous and tidy. Most of our residents are elderly and the lift is, quite literally, a lifeline for several of them, which is why the board takes its obligations seriously and why I keep a file of every report we receive.

            It was in going through that file that I noticed the problem. The thorough examination report sent with your June invoice refers to a goods lift, serial number GL-22817, at "Unit 4, Ashdown Trading Estate". We do not have a goods lift, and we are not on a trading estate. The plate in our car reads PL-10963. There is no entry in the signing-in book for any examiner in May or June, and none of the residents I have asked remember one.

            I therefore cannot see that the examination you have charged us for was ever carried out on our lift, and until it has been, and a correct report issued, the board is not prepared to pay this invoice. I should be grateful if you would look into it urgently, as our insurers ask for the report every year.

            Yours faithfully,

            Roger Pemberton
            Director, Ashdown Court RTM Company Ltd
        """),
        lab(
            note="long letter, the point in the third and fourth paragraphs: the examination was not done on their lift"
        ),
        inv="LM/4541/27",
        amt="420.00",
        desc="loler",
        issued="2027-06-28",
        cte="8bit",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Claudia Neumann", "c.neumann@wohnbau-rheinblick.example"),
        "2027-08-03 14:20 +0200",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            Ihrer Rechnung LM/4473/27 liegt ein um 8,5 % erhöhter Wartungspreis zugrunde. Eine Preisanpassung zum 01.07.2027 wurde uns weder angekündigt, noch haben wir ihr zugestimmt; laut Vertrag sind Preisänderungen drei Monate im Voraus schriftlich mitzuteilen.

            Wir widersprechen der Rechnung daher in Höhe des Erhöhungsbetrags und bitten um eine korrigierte Rechnung auf Basis des bisherigen Vertragspreises. Diesen Betrag werden wir nach Erhalt umgehend begleichen.

            Mit freundlichen Grüßen

            Claudia Neumann
            Wohnbau Rheinblick eG, Technisches Objektmanagement
        """),
        lab(
            ("LM/4473/27",),
            note="price increase contested; the corrected-invoice request and the conditional payment are secondary",
        ),
        inv="LM/4473/27",
        amt="2140.80",
        charset="iso-8859-1",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Murat Yilmaz", "info@yilmaz-getraenke.example"),
        "2027-08-19 19:52 +0200",
        "iphone",
        "hallo, der lastenaufzug steht seit 3 wochen schon wieder. euer techniker war einmal da hat das teil getauscht und seitdem ist nix passiert. rechnung zahlen wir erst wenn das ding wieder läuft nicht vorher\ngruß murat",
        lab(note="repair did not fix the lift; payment withheld until it works; no capitals"),
        inv="LM/4524/27",
        amt="1386.00",
        desc="repair",
        issued="2027-07-26",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Sophie Laurent", "s.laurent@clinique-saint-roch.example"),
        "2027-08-06 09:41 +0200",
        "outlook_html",
        txt("""
            Bonjour,

            La visite de contrôle réglementaire du monte-charge du 2 juin nous a été facturée deux fois : une première fois sur la facture LM/4505/27, que nous avons payée le 12 juillet, puis une seconde fois sur la facture LM/4511/27, objet de votre relance.

            Merci d'annuler la seconde facture et de nous adresser l'avoir correspondant.

            Cordialement,

            Sophie Laurent
            Service achats – Clinique Saint-Roch
        """),
        lab(
            ("LM/4505/27", "LM/4511/27"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
        inv="LM/4511/27",
        amt="690.00",
        desc="loler",
        issued="2027-07-01",
        charset="windows-1252",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Alain Perrin", "alain.perrin@imprimerie-perrin.example"),
        "2027-08-23 11:02 +0200",
        "gmail",
        txt("""
            Bonjour,

            Je ne comprends pas cette relance. Nous avons résilié le contrat d'entretien par lettre recommandée avec accusé de réception le 28 mars, avec effet au 30 juin, en respectant le préavis de trois mois. Vous continuez pourtant à nous facturer le troisième trimestre.

            Je n'ai aucune intention de régler cette facture. Merci de l'annuler et de me confirmer par écrit la fin du contrat.

            Alain Perrin
            Imprimerie Perrin
        """),
        lab(note="billed after the contract was terminated"),
        inv="LM/4536/27",
        amt="1248.00",
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Rosa Navarro", "rosa.navarro@residencia-sanjose.example"),
        "2027-08-11 18:20 +0200",
        "android",
        txt("""
            Buenas tardes,

            No vamos a pagar esta reparación. El técnico cambió la placa el 8 de julio y el ascensor volvió a pararse a los tres días; seguimos con el ascensor parado y tenemos residentes en silla de ruedas en la segunda planta. Cuando funcione, hablamos de la factura.

            Rosa Navarro
            Directora – Residencia San José
        """),
        lab(note="repair did not fix the fault"),
        inv="LM/4501/27",
        amt="1870.00",
        desc="repair",
        issued="2027-07-09",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Henk Jansen", "facilitair@kantoorparkdebrug.example"),
        "2027-08-05 10:48 +0200",
        "outlook",
        txt("""
            Goedemorgen,

            Op factuur LM/4484/27 is het storingstarief buiten kantoortijden in rekening gebracht. De monteur was er echter op dinsdag 6 juli om 14.10 uur, zie ook zijn eigen werkbon. Dat hoort dus het normale tarief te zijn.

            Wilt u de factuur aanpassen? Het verschil betalen wij niet.

            Met vriendelijke groet,

            Henk Jansen
            Facilitair beheer – Kantoorpark De Brug
        """),
        lab(("LM/4484/27",), note="wrong (out-of-hours) rate charged"),
        inv="LM/4484/27",
        amt="612.00",
        desc="callout",
        issued="2027-07-07",
        charset="windows-1252",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Linda Smit", "linda@smit-bouwmaterialen.example"),
        "2027-08-20 14:15 +0200",
        "gmail",
        txt("""
            Hoi,

            4521 is vorige week betaald. Maar 4530 klopt niet: dat is de herkeuring van de goederenlift nadat hij in juni was afgekeurd, en in jullie eigen offerte staat dat een herkeuring binnen 6 weken kosteloos is. Die betalen we dus niet.

            Gr. Linda Smit
            Smit Bouwmaterialen
        """),
        lab(
            ("LM/4521/27", "LM/4530/27"),
            note="one invoice paid, the reminded one disputed: dispute wins",
        ),
        inv="LM/4530/27",
        amt="395.00",
        desc="loler",
        issued="2027-07-12",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Chiara Moretti", "chiara.moretti.bb@gmail.com"),
        "2027-08-09 13:27 +0200",
        "iphone",
        "Scusate ma come mai ci avete fatturato due uscite per il 12 luglio?? Il tecnico è venuto una volta sola, c'ero io. Una la pago, due no",
        lab(note="a question that contests a double charge"),
        inv="LM/4495/27",
        amt="460.00",
        desc="callout",
        issued="2027-07-14",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Geom. Luca Fontana", "studio@fontana-amministrazioni.example"),
        "2027-08-26 10:05 +0200",
        "outlook",
        txt("""
            Spett.le Liftmark Elevator Services,

            con riferimento alla fattura n. LM/4540/27, relativa alla sostituzione delle funi di trazione dell'impianto di Via dei Mille 14, si contesta integralmente l'importo addebitato.

            L'intervento non è mai stato autorizzato dal condominio: il preventivo inviatoci a maggio non è stato approvato dall'assemblea e nessun ordine è stato firmato dallo scrivente amministratore. Vi invitiamo pertanto a stornare la fattura mediante nota di credito.

            Distinti saluti

            Geom. Luca Fontana
            Amministratore del Condominio Via dei Mille 14
        """),
        lab(("LM/4540/27",), note="work never authorised; very formal register"),
        inv="LM/4540/27",
        amt="3380.00",
        desc="ropes",
        charset="windows-1252",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Sam Okafor", "sam@thecornerhousecafe.example"),
        "2027-08-16 15:40 +0100",
        "gmail",
        txt("""
            Hi there,

            I've just sent £500 across now. I'll clear the other £650 by the end of September if that's OK – summer's been slower than we hoped and the kitchen refit ate most of our float.

            Cheers,
            Sam
            The Corner House Café
        """),
        lab(note="part paid now, the rest later → payment_plan, not payment_sent"),
        inv="LM/4517/27",
        amt="1150.00",
        desc="repair",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Fiona Blake", "finance@riversidecommunitytrust.example"),
        "2027-08-05 11:15 +0100",
        "outlook_html",
        txt("""
            Dear Liftmark team,

            I'm sorry we've fallen behind with this. We're a small charity and our quarterly grant from the council, which normally lands at the start of July, has been held up by their own restructure.

            Would you accept £300 a month for four months, starting on 1 September? I can set up a standing order as soon as you confirm.

            With thanks for your patience,

            Fiona Blake
            Finance Officer
            Riverside Community Trust
        """),
        lab(note="hardship and monthly instalments; plan dates are not labelled"),
        inv="LM/4483/27",
        amt="1200.00",
        desc="repair",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Tony Russo", "tony@russoicecream.example"),
        "2027-08-24 12:02 +0100",
        "iphone",
        "any chance of a bit more time on this one? things have been tight since the flood in the basement, should be back on track in a few weeks\nTony",
        lab(note="asks for more time because of hardship"),
        inv="LM/4534/27",
        amt="720.00",
        desc="callout",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Andreas Vogel", "a.vogel@vogel-hotelbetriebe.example"),
        "2027-08-04 09:12 +0200",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            wir bitten um Verständnis, dass wir den Betrag von 2.400,00 EUR derzeit nicht in einer Summe begleichen können. Die Saison ist wetterbedingt deutlich schwächer verlaufen als geplant.

            Wir schlagen eine Zahlung in drei Monatsraten zu je 800,00 EUR vor, jeweils zum 15. eines Monats, beginnend im September. Über eine kurze Bestätigung würden wir uns freuen.

            Mit freundlichen Grüßen

            Andreas Vogel
            Geschäftsführer
            Vogel Hotelbetriebe GmbH
        """),
        lab(note="three monthly instalments proposed"),
        inv="LM/4482/27",
        amt="2400.00",
        desc="repair",
        charset="iso-8859-1",
        headers=(XARS,),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Petra Lindner", "petra.lindner@praxis-lindner.example"),
        "2027-08-18 08:30 +0200",
        "apple",
        txt("""
            Guten Morgen,

            wir bauen gerade die Praxis um und haben dadurch einen finanziellen Engpass. Wäre eine Stundung bis Ende Oktober möglich? Dann zahlen wir den vollen Betrag auf einmal.

            Viele Grüße
            Petra Lindner
        """),
        lab(
            note="asks for deferral (Stundung) because of a cash squeeze: more time → payment_plan, no promised date"
        ),
        inv="LM/4526/27",
        amt="980.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Roux", "n.roux@ehpad-les-glycines.example"),
        "2027-08-09 14:37 +0200",
        "outlook_html",
        txt("""
            Madame, Monsieur,

            Suite à votre relance, je vous informe que notre établissement traverse une période de trésorerie difficile, dans l'attente du versement de la dotation de l'ARS.

            Serait-il possible de mettre en place un échéancier en trois mensualités de 950,00 €, à compter de septembre ? Je reste à votre disposition pour en discuter.

            Cordialement,

            Nathalie Roux
            Responsable administrative et financière
            EHPAD Les Glycines
        """),
        lab(note="instalment plan requested"),
        inv="LM/4496/27",
        amt="2850.00",
        desc="repair",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Julien Mercier", "julien@brasserie-lemarais.example"),
        "2027-08-20 23:12 +0200",
        "iphone",
        "Bonsoir, je vous fais un virement de 400 € demain et le reste début septembre, c'est compliqué en ce moment avec les congés. Julien",
        lab(note="part now, the rest later"),
        inv="LM/4528/27",
        amt="1020.00",
        desc="repair",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Elena Castro", "elena.castro@clinicadentalcastro.example"),
        "2027-08-12 10:25 +0200",
        "gmail",
        txt("""
            Hola,

            ¿Sería posible fraccionar la factura en dos pagos? Podríamos abonar la mitad ahora y la otra mitad a mediados de septiembre, cuando la consulta vuelva a funcionar a pleno rendimiento.

            Muchas gracias,
            Elena Castro
            Clínica Dental Castro
        """),
        lab(note="two instalments requested"),
        inv="LM/4506/27",
        amt="1680.00",
        desc="repair",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Francisco Gómez", "f.gomez@barelrincon.example"),
        "2027-08-25 22:48 +0200",
        "android",
        "Buenas, el negocio va muy flojo este verano con las obras de la calle. Necesito un poco más de tiempo, a ver si en septiembre lo puedo ir pagando poco a poco.\nPaco",
        lab(note="hardship, more time, paying bit by bit"),
        inv="LM/4539/27",
        amt="510.00",
        desc="callout",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Gerrit Mulder", "g.mulder@mulder-meubelen.example"),
        "2027-08-10 16:05 +0200",
        "outlook",
        txt("""
            Goedemiddag,

            Het bedrag van deze factuur komt voor ons op een ongelukkig moment. Kunnen we het in drie termijnen betalen, eind augustus, eind september en eind oktober, elk € 990,00?

            Graag hoor ik of dat akkoord is.

            Met vriendelijke groet,

            Gerrit Mulder
            Mulder Meubelen B.V.
        """),
        lab(note="three instalments; the first date is a plan date, not a promised date"),
        inv="LM/4499/27",
        amt="2970.00",
        desc="repair",
        cte="8bit",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Rag. Anna Greco", "a.greco@greco-residence.example"),
        "2027-08-03 10:40 +0200",
        "outlook_html",
        txt("""
            Gentili signori,

            in riferimento al vostro sollecito, vi chiediamo la possibilità di rateizzare l'importo di € 3.600,00 in quattro rate mensili di pari importo, a partire dal 30 settembre.

            La richiesta è dovuta al ritardo con cui i condòmini versano le quote nel periodo estivo. Restiamo in attesa di un vostro riscontro.

            Cordiali saluti

            Rag. Anna Greco
            Amministrazione Greco Residence
        """),
        lab(note="four monthly instalments requested"),
        inv="LM/4474/27",
        amt="3600.00",
        desc="repair",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Davide Conti", "davide.conti.officina@gmail.com"),
        "2027-08-27 09:18 +0200",
        "gmail_plain",
        "Ciao, ho fatto un bonifico di 440 euro stamattina, il resto entro fine settembre. Agosto è un mese morto per noi\nDavide",
        lab(note="half paid this morning, the rest by the end of September → payment_plan"),
        inv="LM/4543/27",
        amt="880.00",
        desc="callout",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Yvonne de Wit", "ap.nl@veldkamp-logistics.example"),
        "2027-08-11 10:02 +0200",
        "outlook_html",
        txt("""
            Dear Sir/Madam,

            We are unable to process invoice LM/4500/27 because it does not show a valid purchase order number. Invoices without a PO are rejected automatically by our system and are never released for payment.

            Please reissue the invoice quoting PO 4500217736 and we will pay it in the first payment run after we receive it.

            Kind regards,

            Yvonne de Wit
            Accounts Payable – Veldkamp Logistics B.V.
        """),
        lab(
            ("LM/4500/27",),
            note="English reply from a Dutch company to a Dutch reminder; payment conditional on a reissue with the PO",
        ),
        inv="LM/4500/27",
        amt="1540.00",
        rlang="nl",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Liam Doyle", "liam.doyle@doylefitness.example"),
        "2027-08-06 19:10 +0100",
        "iphone",
        "can you send me the actual invoice cant find it anywhere in my emails. will sort once I have it",
        lab(note="needs the document before paying; 'will sort' is conditional and undated"),
        inv="LM/4485/27",
        amt="264.00",
        desc="callout",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Priya Nair", "accountspayable@greenfieldhousing.example"),
        "2027-08-18 11:22 +0100",
        "outlook",
        txt("""
            Good morning,

            Could you please send us a full statement of account for Greenfield Housing Association (all sites), together with copies of invoices LM/4461/27 and LM/4470/27? Our ledger doesn't agree with your reminder and I need to reconcile it before anything can be released.

            Many thanks,

            Priya Nair
            Purchase Ledger Officer
            Greenfield Housing Association
        """),
        lab(
            ("LM/4461/27", "LM/4470/27"),
            note="statement and copies requested; not contesting anything yet",
        ),
        inv="LM/4523/27",
        amt="3942.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Markus Weber", "rechnungseingang@stadt-bergheimfeld.example"),
        "2027-08-05 13:18 +0200",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            zu der von Ihnen angemahnten Rechnung liegt uns keine ordnungsgemäße Rechnung vor. Die Stadt Bergheimfeld nimmt seit dem 01.01.2025 ausschließlich elektronische Rechnungen im Format XRechnung über die zentrale Rechnungseingangsplattform an; PDF-Rechnungen per E-Mail können wir nicht bearbeiten.

            Bitte reichen Sie die Rechnung unter Angabe der Leitweg-ID 05412-RE001-27 erneut ein. Nach Eingang wird sie umgehend geprüft und angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Markus Weber
            Stadt Bergheimfeld – Amt für Finanzen, Rechnungseingang
        """),
        lab(note="public body needs an e-invoice (XRechnung) before it can pay"),
        inv="LM/4478/27",
        amt="1855.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Frank Ziegler", "f.ziegler@ziegler-lagertechnik.example"),
        "2027-08-24 07:45 +0200",
        "thunderbird",
        txt("""
            Guten Morgen,

            bevor ich die Rechnung freigeben kann, brauche ich den Prüfbericht zur Prüfung des Lastenaufzugs im Juli. Unsere Fachkraft für Arbeitssicherheit will ihn vorher sehen, und er lag der Rechnung nicht bei.

            Schicken Sie ihn bitte einfach als PDF an diese Adresse.

            Gruß
            Frank Ziegler
        """),
        lab(note="needs the inspection report before releasing payment"),
        inv="LM/4535/27",
        amt="540.00",
        desc="loler",
        issued="2027-07-22",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Patrick Lemoine", "comptabilite@lemoine-transports.example"),
        "2027-08-12 15:10 +0200",
        "outlook",
        txt("""
            Bonjour,

            Avant de pouvoir régler cette facture, nous avons besoin de votre RIB sur papier à en-tête de votre société, signé. Suite à une tentative de fraude au changement de coordonnées bancaires l'an dernier, notre banque exige ce document pour tout nouveau fournisseur.

            Dès réception, le paiement sera lancé.

            Cordialement,

            Patrick Lemoine
            Comptabilité fournisseurs
            Lemoine Transports SAS
        """),
        lab(note="needs bank details on letterhead before paying"),
        inv="LM/4507/27",
        amt="1164.00",
        desc="callout",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Isabelle Garnier", "finances@mairie-saintvallier.example"),
        "2027-08-17 14:02 +0200",
        "owa",
        txt("""
            Bonjour,

            Votre facture ne nous est pas parvenue par le bon canal. En tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro, avec notre numéro SIRET et le numéro d'engagement 2027-0412.

            Merci de la déposer sur la plateforme ; le mandatement suivra dans le délai légal.

            Isabelle Garnier
            Service finances – Mairie de Saint-Vallier-sur-Lys
        """),
        lab(note="public body: the invoice must be filed on its e-invoicing platform"),
        inv="LM/4520/27",
        amt="2310.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Sergio Molina", "administracion@molina-logistica.example"),
        "2027-08-04 12:33 +0200",
        "gmail",
        txt("""
            Buenos días:

            La factura está emitida a nombre de Transportes Molina e Hijos, S.L., pero desde enero nuestra razón social es Molina Logística, S.L., con CIF B00000000. Así no la podemos contabilizar.

            ¿Pueden enviarnos una factura rectificativa con los datos correctos? En cuanto la recibamos, la pagamos.

            Saludos,
            Sergio Molina
            Administración
        """),
        lab(note="reissue with the new company name; amount not contested"),
        inv="LM/4477/27",
        amt="1430.00",
        desc="repair",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Ana Belén Ortiz", "aortiz@colegio-santamaria.example"),
        "2027-08-26 09:50 +0200",
        "apple",
        txt("""
            Buenos días,

            No me consta ninguna salida en julio, el colegio estaba cerrado por vacaciones. ¿Me pueden enviar el parte de trabajo firmado de esa intervención? Con eso lo compruebo con el conserje y les digo algo.

            Gracias,
            Ana Belén Ortiz
            Secretaría – Colegio Santa María
        """),
        lab(note="asks for the signed work sheet to check; doubtful but not yet contesting"),
        inv="LM/4542/27",
        amt="398.00",
        desc="callout",
        issued="2027-07-30",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Mirjam Vos", "crediteuren@hogeschool-lindenhof.example"),
        "2027-08-16 11:11 +0200",
        "owa",
        txt("""
            Goedemorgen,

            Deze factuur kan ik niet boeken omdat er geen inkoopordernummer op staat. Wilt u hem opnieuw sturen met ons ordernummer 4700118235? Daarna gaat hij automatisch mee in de betaalrun.

            Met vriendelijke groet,

            Mirjam Vos
            Crediteurenadministratie | Hogeschool Lindenhof
        """),
        lab(note="reissue with a purchase order number"),
        inv="LM/4515/27",
        amt="2275.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Kees van Dijk", "kees@vandijk-drukkerij.example"),
        "2027-08-25 16:37 +0200",
        "gmail_plain",
        "Kunnen jullie de werkbon meesturen? Ik weet niet welke storing dit was, we hebben er in juli twee gehad.\n\nKees",
        lab(note="asks for the work order behind the charge"),
        inv="LM/4537/27",
        amt="436.00",
        desc="callout",
        issued="2027-07-20",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Silvia Marchetti", "contabilita@marchetti-ceramiche.example"),
        "2027-08-10 11:57 +0200",
        "outlook_html",
        txt("""
            Buongiorno,

            la fattura indicata nel sollecito non ci è mai arrivata, né per posta né via e-mail. Ce ne potete mandare una copia in PDF, intestata a Marchetti Ceramiche S.p.A. con la nostra partita IVA? Senza il documento non possiamo registrarla né metterla in pagamento.

            Cordiali saluti

            Silvia Marchetti
            Ufficio contabilità – Marchetti Ceramiche S.p.A.
        """),
        lab(note="never received the invoice; needs a copy before paying"),
        inv="LM/4493/27",
        amt="1740.00",
        desc="repair",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@brennardestates.example"),
        "2027-08-09 02:14 +0100",
        "outlook",
        txt("""
            Hello,

            Kindly be informed that our accounts department is currently undergoing an internal audit and this email address will no longer be monitored. With immediate effect all statements, reminders and correspondence regarding our account should be directed ONLY to our audit desk at brennard.accountsdept@gmail.com.

            Do not copy this address in your reply. All outstanding balances will be processed once the audit is concluded.

            Regards,
            Accounts Department
            Brennard Estates Ltd
        """),
        lab(
            new_contact="brennard.accountsdept@gmail.com",
            note="reads like a compromised mailbox redirecting collection mail to free-mail; labelled on what it asks, and a person must verify before the contact is changed",
        ),
        inv="LM/4492/27",
        amt="2205.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Hannah Fielding", "hannah.fielding@orbitalproperty.example"),
        "2027-08-02 08:40 +0100",
        "iphone",
        "Hi, I left Orbital in June, this still comes to my phone for some reason. Marcus Hale deals with the lifts now - marcus.hale@orbitalproperty.example\nH",
        lab(new_contact="marcus.hale@orbitalproperty.example"),
        inv="LM/4454/27",
        amt="1062.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Helen Carter", "secretary@kingsmeadtenants.example"),
        "2027-08-19 20:30 +0100",
        "gmail",
        txt("""
            Hello,

            I think this has come to us by mistake. This is the Kingsmead Tenants' Association – we don't own the building or pay for the lifts. The freeholder's managing agent is Pennant Block Management, and their accounts team is on ap@pennantbm.example.

            Best wishes,
            Helen Carter
            Secretary, Kingsmead TA
        """),
        lab(new_contact="ap@pennantbm.example"),
        inv="LM/4522/27",
        amt="1650.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Oliver Krause", "o.krause@krause-baumarkt.example"),
        "2027-08-17 10:26 +0200",
        "outlook",
        txt("""
            Guten Tag,

            ich bin hier nur der Marktleiter in Dortmund. Rechnungen werden bei uns zentral von der Buchhaltung in Münster bearbeitet – bitte schicken Sie Erinnerungen und Rechnungen künftig an Kreditoren@Krause-Baumarkt.example.

            Freundliche Grüße
            Oliver Krause
        """),
        lab(
            new_contact="kreditoren@krause-baumarkt.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="LM/4518/27",
        amt="1188.00",
        desc="callout",
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Manuel Da Silva", "gardien.lesacacias@gmail.com"),
        "2027-08-10 18:55 +0200",
        "gmail_plain",
        txt("""
            Bonjour,

            Je suis seulement le gardien de la résidence, je ne m'occupe pas des factures. Il faut écrire au syndic, le cabinet Roussel : comptabilite@cabinet-roussel.example

            Cordialement
            M. Da Silva
        """),
        lab(new_contact="comptabilite@cabinet-roussel.example"),
        inv="LM/4457/27",
        amt="930.00",
        desc="callout",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Boulangerie Fournier", "contact@boulangerie-fournier.example"),
        "2027-08-24 06:12 +0200",
        "iphone",
        "Bonjour vous vous êtes trompés d'adresse, on est une boulangerie et on n'a pas d'ascenseur. Vérifiez vos fichiers svp",
        lab(note="wrong recipient altogether, no new address"),
        inv="LM/4532/27",
        amt="455.00",
        desc="callout",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Jorge Beltrán", "info@fincasbeltran.example"),
        "2027-08-05 12:44 +0200",
        "outlook_html",
        txt("""
            Buenos días,

            Les comunicamos que desde el 1 de julio ya no administramos la Comunidad de Propietarios Calle Mayor 27. El nuevo administrador es Gestiones Roldán; pueden dirigirse a administracion@gestionesroldan.example para esta y las próximas facturas.

            Un saludo,
            Jorge Beltrán
            Fincas Beltrán
        """),
        lab(new_contact="administracion@gestionesroldan.example"),
        inv="LM/4488/27",
        amt="1275.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Hostal Las Dunas", "reservas@hostallasdunas.example"),
        "2027-08-13 09:06 +0200",
        "none",
        txt("""
            Esta dirección de correo ya no se utiliza para asuntos administrativos.

            Para facturas, pagos y proveedores escriban a administracion@hostallasdunas.example. Para reservas, utilicen nuestra web.

            Gracias.
        """),
        lab(
            new_contact="administracion@hostallasdunas.example",
            note="automatic notice naming the address to use instead: wrong_contact, not auto_reply",
        ),
        inv="LM/4513/27",
        amt="575.00",
        desc="callout",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ruud Hendriks", "r.hendriks@zorggroep-amstelland.example"),
        "2027-08-11 13:40 +0200",
        "gmail",
        txt("""
            Goedemiddag,

            Ik ben hiervoor niet de juiste persoon, ik werk bij de technische dienst. Facturen en herinneringen moeten naar onze crediteurenadministratie: Crediteuren@Zorggroep-Amstelland.example

            Groet,
            Ruud Hendriks
        """),
        lab(
            new_contact="crediteuren@zorggroep-amstelland.example",
            note="address in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="LM/4504/27",
        amt="1690.00",
        headers=(("Cc", "Crediteuren@Zorggroep-Amstelland.example"),),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Jan Willem Kok", "jw.kok@kokbeheer.example"),
        "2027-08-26 21:05 +0200",
        "thunderbird",
        txt("""
            Goedenavond,

            Wij zijn sinds 1 mei geen eigenaar meer van het pand aan de Stationsweg. Het is verkocht aan een belegger; wie dat precies is weet ik niet, maar het onderhoudscontract van de lift hoort bij het gebouw. U moet dus bij de nieuwe eigenaar zijn.

            Met vriendelijke groet,
            Jan Willem Kok
            Kok Beheer B.V.
        """),
        lab(note="no longer the owner of the building; no new address"),
        inv="LM/4544/27",
        amt="1360.00",
        cte="8bit",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Rag. Paolo Mancini", "studio.mancini@amministrazionimancini.example"),
        "2027-08-04 10:08 +0200",
        "outlook",
        txt("""
            Buongiorno,

            vi informo che dal 1° luglio non sono più l'amministratore del Condominio Le Querce: l'assemblea ha nominato lo Studio Ferraresi, al quale ho già consegnato tutta la documentazione. Per questa e per le prossime fatture scrivete a info@studioferraresi.example.

            Cordiali saluti
            Rag. Paolo Mancini
        """),
        lab(new_contact="info@studioferraresi.example"),
        inv="LM/4475/27",
        amt="1420.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Elisa Rota", "e.rota@rotalogistica.example"),
        "2027-08-20 09:35 +0200",
        "gmail",
        txt("""
            Buongiorno,

            metto in copia l'ufficio fornitori, che si occupa dei pagamenti. D'ora in poi vi chiedo di mandare i solleciti direttamente a loro (fornitori@rotalogistica.example) e non a me: io seguo solo la parte tecnica dei magazzini.

            Saluti
            Elisa Rota
        """),
        lab(
            new_contact="fornitori@rotalogistica.example",
            note="new address named in the text and copied in Cc",
        ),
        inv="LM/4531/27",
        amt="1015.00",
        desc="callout",
        headers=(("Cc", "Ufficio Fornitori <fornitori@rotalogistica.example>"),),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Barry Nolan", "barry.nolan@nolanmotors.example"),
        "2027-08-11 16:58 +0100",
        "android",
        "STOP EMAILING ME. I HAVE TOLD YOUR OFFICE THREE TIMES THIS IS WITH MY SOLICITOR AND HE WILL BE IN TOUCH. DO NOT CONTACT ME AGAIN",
        lab(note="all caps; stop request and 'with my solicitor'"),
        inv="LM/4509/27",
        amt="1248.00",
        desc="repair",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Claire Dunmore", "claire.dunmore@dunmoredental.example"),
        "2027-08-18 09:12 +0100",
        "gmail",
        txt("""
            Hi,

            As I told your colleague on the phone last week, this will be paid on the 27th when our payment run goes out. That hasn't changed.

            Could you please stop sending these emails? This is the fourth one this month and they're going to the whole practice inbox.

            Thanks,
            Claire
        """),
        lab(note="a dated promise plus 'stop sending these': unsubscribe wins"),
        inv="LM/4525/27",
        amt="786.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("James Fairbairn", "j.fairbairn@harrisonlowe-law.example"),
        "2027-08-23 15:30 +0100",
        "outlook_html",
        txt("""
            Dear Sirs

            Millbrook House Management Company Limited

            We act for the above-named company, which has forwarded to us your e-mail of 20 August.

            Our client disputes that the sum claimed is due, for reasons which will be set out in separate correspondence. In the meantime, please note that our client is represented in this matter and you should not contact our client directly. All further communication concerning this invoice should be addressed to the writer.

            Yours faithfully

            James Fairbairn
            Associate
            Harrison Lowe Solicitors LLP
        """),
        lab(
            note="solicitors: do not contact our client, talk to us → unsubscribe; it beats the dispute"
        ),
        inv="LM/4546/27",
        amt="2980.00",
        desc="repair",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Wolfgang Berger", "w.berger@berger-steuerberatung.example"),
        "2027-08-06 11:45 +0200",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            ich bitte Sie, Mahnungen und sonstige Zahlungsaufforderungen künftig ausschließlich auf dem Postweg an unsere Kanzleianschrift zu senden. E-Mails dieser Art werden in unserem Haus nicht mehr bearbeitet.

            Mit freundlichen Grüßen

            Dr. Wolfgang Berger
            Steuerberater
        """),
        lab(note="post only → unsubscribe"),
        inv="LM/4489/27",
        amt="744.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Kevin Schulte", "rezeption@hotelamsee-ploen.example"),
        "2027-08-14 22:31 +0200",
        "iphone",
        "Bitte austragen!! Ich bin an der Rezeption und hab mit Rechnungen nichts zu tun. Krieg jede Woche diese Mails",
        lab(note="remove me plus 'not my job', no new address: unsubscribe beats wrong_contact"),
        inv="LM/4510/27",
        amt="690.00",
        desc="callout",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Faure", "b.faure@faure-hotellerie.example"),
        "2027-08-16 17:05 +0200",
        "outlook_html",
        txt("""
            Monsieur,

            Je vous demande de cesser immédiatement l'envoi de ces relances. Ce dossier a été transmis à notre avocat, Maître Clément, qui prendra contact avec vous. Toute communication devra désormais passer par lui.

            Bernard Faure
            Gérant – SARL Faure Hôtellerie
        """),
        lab(note="stop plus 'through our lawyer' with no address"),
        inv="LM/4514/27",
        amt="3150.00",
        desc="repair",
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ignacio Serrano", "ignacio.serrano@hotmail.com"),
        "2027-08-09 20:20 +0200",
        "owa",
        "No me envíen más correos electrónicos. Cualquier comunicación sobre este asunto, por burofax a mi domicilio.\n\nIgnacio Serrano",
        lab(note="no more e-mail, registered post only"),
        inv="LM/4462/27",
        amt="560.00",
        desc="callout",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Lola Martín", "lola.martin.tienda@gmail.com"),
        "2027-08-21 12:10 +0200",
        "iphone",
        "Dejen de escribirme ya, lo pagué hace semanas!!! Es el tercer correo",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="LM/4548/27",
        amt="312.00",
        desc="callout",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Tim de Vries", "tim@devriesfotografie.example"),
        "2027-08-07 10:44 +0200",
        "gmail_plain",
        "Haal mij alsjeblieft van jullie mailinglijst. Ik heb geen lift en geen contract met jullie.\n\nTim",
        lab(note="remove me plus 'wrong recipient' without a new address: unsubscribe"),
        inv="LM/4547/27",
        amt="205.00",
        desc="callout",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Ellen Brouwer", "e.brouwer@brouwerbouw.example"),
        "2027-08-25 14:20 +0200",
        "outlook",
        txt("""
            Geachte heer, mevrouw,

            Deze kwestie ligt inmiddels bij onze advocaat, mr. R. de Waal van De Waal Advocaten. Wij verzoeken u vanaf heden uitsluitend met hem te corresponderen en ons niet langer rechtstreeks te benaderen.

            Met vriendelijke groet,
            Ellen Brouwer
            Directie Brouwer Bouw B.V.
        """),
        lab(note="only through our lawyer → unsubscribe"),
        inv="LM/4545/27",
        amt="2615.00",
        desc="repair",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giorgio Pellegrini", "giorgio.pellegrini@pellegrini-auto.example"),
        "2027-08-12 13:15 +0200",
        "iphone",
        "Cancellatemi dalla vostra lista per favore, non voglio più ricevere queste mail",
        lab(),
        inv="LM/4549/27",
        amt="280.00",
        desc="callout",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Dott. Renato Guidi", "r.guidi@guidi-commercialisti.example"),
        "2027-08-27 11:40 +0200",
        "outlook",
        txt("""
            Spett.le Liftmark,

            Vi invito a non inviare ulteriori solleciti a questo indirizzo di posta elettronica. Eventuali comunicazioni relative al rapporto in essere dovranno pervenire esclusivamente a mezzo raccomandata A/R presso la sede dello studio.

            Distinti saluti
            Dott. Renato Guidi
        """),
        lab(note="registered post only"),
        inv="LM/4551/27",
        amt="1480.00",
        charset="windows-1252",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Nadia Sharif", "nadia.sharif@wexfordfm.example"),
        "2027-08-03 09:07 +0100",
        "none",
        txt("""
            Thank you for your message. I am on annual leave until Friday 20 August 2027 with limited access to email.

            For anything urgent please contact the facilities helpdesk on 0113 496 0255 or helpdesk@wexfordfm.example.

            Nadia Sharif
            Contracts Manager
        """),
        lab(
            return_date="2027-08-20",
            note="'until X' → X; a colleague's address in an auto-reply is not a new contact",
        ),
        inv="LM/4455/27",
        amt="1776.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Belmont Group Service Desk", "servicedesk@belmontgroup.example"),
        "2027-08-10 09:15 +0100",
        "none",
        txt("""
            This is an automated message – please do not reply directly.

            Thank you for contacting the Belmont Group Finance Service Desk. Your request has been logged as BSD-88213 and assigned to the Accounts Payable queue.

            Our target response time is 3 working days. You can follow progress in the supplier portal using the reference above.
        """),
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        inv="LM/4564/27",
        amt="3120.00",
        subject="[BSD-88213] {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Harlow Vale District Council", "customer.services@harlowvale-dc.example"),
        "2027-08-16 10:21 +0100",
        "none",
        txt("""
            Thank you for your email. This is an automatic acknowledgement to confirm that we have received it.

            We aim to reply to all enquiries within 10 working days. If your enquiry is about an invoice or a payment, please make sure you have quoted our purchase order number, as invoices without one cannot be processed.

            Harlow Vale District Council – Customer Services
        """),
        lab(
            note="public body's acknowledgement carrying only Precedence: bulk; the PO hint is boilerplate, not an invoice request"
        ),
        inv="LM/4456/27",
        amt="2640.00",
        subject="Thank you for contacting Harlow Vale District Council",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Stefanie Koch", "s.koch@hausverwaltung-koch-partner.example"),
        "2027-08-02 09:04 +0200",
        "none",
        txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin vom 02.08. bis einschließlich 20.08.2027 im Urlaub und kann Ihre E-Mail in dieser Zeit nicht lesen. Ab dem 23.08. bin ich wieder für Sie erreichbar.

            In dringenden Fällen wenden Sie sich bitte an buchhaltung@hausverwaltung-koch-partner.example.

            Mit freundlichen Grüßen
            Stefanie Koch
        """),
        lab(
            return_date="2027-08-23",
            note="'ab dem 23.08. wieder erreichbar' wins over 'bis einschließlich 20.08.'",
        ),
        inv="LM/4458/27",
        amt="1392.00",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Schreinerei Huber", "info@schreinerei-huber.example"),
        "2027-08-11 09:11 +0200",
        "none",
        txt("""
            Liebe Kundinnen und Kunden, liebe Geschäftspartner,

            unser Betrieb bleibt wegen Betriebsurlaub bis 27. August geschlossen. Ihre Nachricht wird danach bearbeitet.

            Ihr Team der Schreinerei Huber
        """),
        lab(return_date="2027-08-27", note="autoresponder without any auto header; 'bis X' → X"),
        inv="LM/4565/27",
        amt="465.00",
        desc="callout",
        cte="8bit",
        subject="Betriebsurlaub",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Laurence Petit", "l.petit@gestion-petit-immo.example"),
        "2027-08-04 11:32 +0200",
        "none",
        txt("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 27 août inclus. Je serai de retour le lundi 30 août et traiterai votre message à ce moment-là.

            Pour toute urgence, merci de contacter l'accueil de l'agence.

            Laurence Petit
        """),
        lab(return_date="2027-08-30", note="the stated day back wins over 'jusqu'au … inclus'"),
        inv="LM/4460/27",
        amt="1105.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Syndic Horizon – Service client", "support@syndic-horizon.example"),
        "2027-08-19 14:48 +0200",
        "none_html",
        txt("""
            Bonjour,

            Nous accusons réception de votre demande, enregistrée sous le numéro 2027-31877.

            Un gestionnaire prendra connaissance de votre message et reviendra vers vous dans les meilleurs délais. Pour compléter votre demande, répondez à ce message sans modifier l'objet.

            L'équipe Syndic Horizon
        """),
        lab(note="ticket acknowledgement, HTML only"),
        inv="LM/4566/27",
        amt="1960.00",
        subject="[Demande #2027-31877] Votre demande a bien été reçue",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Carmen López", "clopez@constructoralopez.example"),
        "2027-08-06 16:40 +0200",
        "none",
        txt("""
            Gracias por su mensaje. Estaré fuera de la oficina por vacaciones hasta el 1 de septiembre, sin acceso al correo.

            Para temas urgentes de administración pueden llamar a la centralita.

            Carmen López
            Administración - Constructora López
        """),
        lab(return_date="2027-09-01", note="'hasta X' → X; only Precedence: auto_reply marks it"),
        inv="LM/4464/27",
        amt="2230.00",
        charset="iso-8859-1",
        subject="Fuera de la oficina: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke Willems", "f.willems@willems-vastgoed.example"),
        "2027-08-09 08:15 +0200",
        "none",
        txt("""
            Goedendag,

            Ik ben met vakantie tot en met vrijdag 13 augustus. Vanaf maandag 16 augustus ben ik weer op kantoor en lees ik uw bericht.

            Met vriendelijke groet,
            Femke Willems
        """),
        lab(return_date="2027-08-16", note="the day back wins over 'tot en met'"),
        inv="LM/4465/27",
        amt="1318.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantenservice Woonstichting Eemland", "klantenservice@woonstichting-eemland.example"),
        "2027-08-18 13:03 +0200",
        "none",
        txt("""
            Geachte heer/mevrouw,

            Bedankt voor uw e-mail. Uw bericht is geregistreerd onder zaaknummer Z-274418.

            Wij streven ernaar u binnen drie werkdagen te antwoorden. Vermeld bij verdere correspondentie altijd het zaaknummer.

            Met vriendelijke groet,
            Klantenservice Woonstichting Eemland
        """),
        lab(note="case-number acknowledgement carrying only X-Autoreply"),
        inv="LM/4467/27",
        amt="4875.00",
        subject="Uw bericht is ontvangen (zaaknummer Z-274418)",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Francesca Bruno", "f.bruno@brunoimmobiliare.example"),
        "2027-08-09 10:00 +0200",
        "none",
        txt("""
            Buongiorno,

            sarò assente per ferie dal 9 al 27 agosto, con rientro in ufficio lunedì 30 agosto. Durante la mia assenza la posta non verrà letta né inoltrata.

            Cordiali saluti
            Francesca Bruno
        """),
        lab(return_date="2027-08-30"),
        inv="LM/4469/27",
        amt="1544.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ristorante Da Nino", "info@ristorantedanino.example"),
        "2027-08-12 09:14 +0200",
        "none",
        txt("""
            Gentile cliente,

            vi informiamo che il ristorante e gli uffici resteranno chiusi per la pausa estiva fino a venerdì 20 agosto compreso. Risponderemo alla vostra e-mail al nostro rientro.

            Grazie e buone vacanze!
            Ristorante Da Nino
        """),
        lab(
            return_date="2027-08-20",
            note="autoresponder without any auto header; 'fino a X compreso' with no day back stated → X",
        ),
        inv="LM/4472/27",
        amt="398.00",
        desc="callout",
        charset="iso-8859-1",
        cte="8bit",
        subject="Chiusura estiva",
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Steve Barker", "steve@barkerbrothersgarage.example"),
        "2027-08-09 12:48 +0100",
        "gmail_plain",
        "did we not pay this? thought Sandra did all the Liftmark ones in July\n\nSteve",
        lab(note="a question, not a payment claim: someone must check the ledger and answer"),
        inv="LM/4552/27",
        amt="318.00",
        desc="callout",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Dan Whitaker", "dan.whitaker@thornbury-leisure.example"),
        "2027-08-13 08:59 +0100",
        "outlook",
        txt("""
            Morning,

            Received – I've passed it on to our finance people at head office, they'll pick it up from here.

            Dan Whitaker
            Site Manager, Thornbury Leisure Centre
        """),
        lab(note="acknowledgement; passing it on without an address is not a new contact"),
        inv="LM/4553/27",
        amt="1495.00",
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Rachel Osei", "rachel.osei@osei-cashandcarry.example"),
        "2027-08-26 10:14 +0100",
        "html_only",
        txt("""
            Hi,

            Noted on the invoice, I'll go through it with our bookkeeper when she's back.

            While I have you, the goods lift has started making a grinding noise when it leaves the ground floor, and twice yesterday it stopped a few inches short of the first floor. Can someone come and look at it this week please? We rely on it for every delivery.

            Thanks
            Rachel
        """),
        lab(note="service request; 'I'll go through it' is no commitment to pay; HTML only"),
        inv="LM/4554/27",
        amt="705.00",
        desc="repair",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Lena Fischer", "lena.fischer@fischer-optik.example"),
        "2027-08-05 21:40 +0200",
        "apple",
        txt("""
            Hallo,

            ich bin seit zwei Wochen in Elternzeit und schaue nur ab und zu in die Mails. Ich sehe mir das an, wenn ich wieder etwas Luft habe, oder gebe es an meinen Kollegen weiter.

            Viele Grüße
            Lena Fischer
        """),
        lab(
            note="a person on leave writing herself, not an auto-reply; no date, no commitment, no new address"
        ),
        inv="LM/4555/27",
        amt="362.00",
        desc="callout",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Markus Lehmann", "m.lehmann@lehmann-logistik.example"),
        "2027-08-20 12:33 +0200",
        "android",
        "Danke für die Info, ich kläre das intern und melde mich bei Ihnen.\n\nGruß\nMarkus Lehmann",
        lab(note="acknowledgement without a commitment"),
        inv="LM/4556/27",
        amt="1240.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Martine Lefèvre", "martine.lefevre@residence-beausoleil.example"),
        "2027-08-11 10:09 +0200",
        "gmail",
        txt("""
            Bonjour,

            Je regarde pour la facture avec le conseil syndical.

            Au passage, pourriez-vous me dire quand est prévue la prochaine visite d'entretien ? Le gardien est en congé jusqu'au 23 et il faut quelqu'un sur place pour ouvrir la machinerie.

            Merci,
            Martine Lefèvre
        """),
        lab(
            note="maintenance-visit question; looking at the invoice with the council is no commitment"
        ),
        inv="LM/4557/27",
        amt="1180.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Thierry Gauthier", "thierry.gauthier@gauthier-menuiserie.example"),
        "2027-08-25 08:20 +0200",
        "thunderbird",
        "Bonjour,\n\nMerci, c'est noté.\n\nThierry Gauthier",
        lab(note="acknowledgement only"),
        inv="LM/4558/27",
        amt="520.00",
        desc="callout",
        cte="8bit",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Rocío Medina", "rocio.medina@residencialosolivos.example"),
        "2027-08-03 13:45 +0200",
        "gmail",
        "Buenas,\n\n¿Podéis mandar al técnico el jueves? La puerta del ascensor de la escalera B no cierra bien y a veces se queda parado entre plantas.\n\nGracias\nRocío",
        lab(note="service request in the reminder thread; nothing about the invoice"),
        inv="LM/4559/27",
        amt="410.00",
        desc="callout",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Alberto Sanz", "asanz@sanzyasociados.example"),
        "2027-08-19 17:02 +0200",
        "outlook_html",
        "Hola,\n\nGracias por el aviso. Lo reviso la semana que viene, cuando vuelva de vacaciones, y os digo algo.\n\nUn saludo,\nAlberto Sanz",
        lab(note="'lo reviso la semana que viene' is no promise to pay"),
        inv="LM/4560/27",
        amt="895.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Annemiek Postma", "secretaris@vve-zonnehof.example"),
        "2027-08-06 19:22 +0200",
        "gmail_plain",
        "Ontvangen. Ik leg het maandag voor aan het bestuur van de VvE, dat beslist over uitgaven boven de 1000 euro.\n\nAnnemiek Postma\nsecretaris VvE Zonnehof",
        lab(note="acknowledgement; the board decides, nothing is promised"),
        inv="LM/4561/27",
        amt="1545.00",
        desc="repair",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Wouter Meijer", "w.meijer@meijer-opslag.example"),
        "2027-08-23 10:55 +0200",
        "outlook_html",
        txt("""
            Goedemorgen,

            Los van de factuur: de jaarlijkse keuring van de goederenlift staat bij ons voor 1 september gepland, maar dan is ons magazijn dicht vanwege de inventarisatie. Kan de keuring een week later?

            Met vriendelijke groet,
            Wouter Meijer
            Meijer Opslag & Distributie
        """),
        lab(note="asks to move the inspection; nothing about paying"),
        inv="LM/4562/27",
        amt="640.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Simona Ferrara", "simona.ferrara@hotelferrara.example"),
        "2027-08-13 12:00 +0200",
        "outlook",
        "Ricevuto, grazie. Lo giro al commercialista appena rientra dalle ferie.\n\nBuon Ferragosto!\nSimona Ferrara",
        lab(
            note="acknowledgement; handing it to the accountant without an address is not a new contact"
        ),
        inv="LM/4563/27",
        amt="930.00",
        cte="b64",
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
# Bounces: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lag` is minutes between sending and report."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    lag: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's `Date:`."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Liftmark (in Liftmark's own offset)."""
        return (self.dt - timedelta(minutes=self.lag)).astimezone(
            datetime.strptime(UK_OFFSET, "%z").tzinfo
        )

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as Liftmark sent it."""
        currency = "GBP" if self.lang == "en" else "EUR"
        text = reminder_text(self.lang, self.inv, self.amt, currency, "maint", self.key, self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    block = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(block, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    """A notice's human-readable part as text plus simple HTML."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        + "".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text + "\n", "plain", charset, cte))
    alt.attach(text_part(markup, "html", charset, cte))
    return alt


def finish(b: Bounce, msg: Message, sender: str, subject: str, charset: str = "utf-8") -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def bounce_qmail(b: Bounce) -> Message:
    """qmail, non-MIME, the whole reminder copied below the notice."""
    copy = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mx3.uk-webhosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28814 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from mail.{AR_DOMAIN} (198.51.100.7)\n  by mx3.uk-webhosting.example with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx3.uk-webhosting.example", "failure notice")


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail's delay notice (RFC 3464, human part in text and HTML)."""
    human = human_alternative(
        "** Message not delivered yet **\n\n"
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\n"
        "The response was:\n\n"
        "The recipient server did not accept our requests to connect. [mail.thecrookedspoon.example 198.51.100.61: timed out]"
    )
    diag = "The recipient server did not accept our requests to connect. [mail.thecrookedspoon.example 198.51.100.61: timed out]"
    parts = [
        human,
        delivery_status(b, "googlemail.com", "delayed", diag, "mail.thecrookedspoon.example"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim's plain-text delay warning (not RFC 3464)."""
    raw_subject = header_text(b.subject(), "utf-8")
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 4 hours on the queue on relay.{AR_DOMAIN}.\n\n"
        "The message identifier is:     1rWq7K-0004Xy-3F\n"
        f"The subject of the message is: {raw_subject}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.stgiles-almshouses.example [203.0.113.18]\n"
        "    Delay reason: SMTP error from remote mail server after initial connection:\n"
        "    421 4.7.0 Too many concurrent connections from this IP, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@relay.{AR_DOMAIN}>",
        "Warning: message 1rWq7K-0004Xy-3F delayed 4 hours",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The hand-written human part of an Exchange Online report in one language."""

    subject_prefix: str
    head: str
    reason: str
    admin: str
    server_label: str
    remote: str


EXCHANGE_TEXT = {
    "de": ExchangeText(
        "Unzustellbar: ",
        "Ihre Nachricht konnte nicht an den folgenden Empfänger zugestellt werden:",
        "Die eingegebene E-Mail-Adresse ist in der Organisation des Empfängers unbekannt. Überprüfen Sie die Schreibweise der Adresse oder erfragen Sie beim Empfänger eine aktuelle Adresse, und senden Sie die Nachricht dann erneut.",
        "Informationen für Administratoren:",
        "Meldender Server",
        "Vom Remoteserver wurde '{diag}' zurückgegeben.",
    ),
    "fr": ExchangeText(
        "Non remis : ",
        "Votre message n'a pas pu être remis au destinataire suivant :",
        "L'organisation du destinataire a refusé votre message en application d'une règle de sécurité : les messages provenant de votre adresse ne sont pas autorisés. Demandez au destinataire d'ajouter votre adresse à ses expéditeurs approuvés ou contactez-le par un autre moyen.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération",
        "Le serveur distant a renvoyé '{diag}'",
    ),
    "es": ExchangeText(
        "No se puede entregar: ",
        "No se ha podido entregar el mensaje a este destinatario:",
        "No existe ningún buzón con la dirección de correo que escribió. Compruebe que la dirección está bien escrita y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otra vía.",
        "Información de diagnóstico para administradores:",
        "Servidor de generación",
        "El servidor remoto devolvió '{diag}'",
    ),
    "it": ExchangeText(
        "Recapito ritardato: ",
        "La consegna del messaggio al destinatario seguente è in ritardo:",
        "Il server continuerà a tentare la consegna per altre 24 ore. Non occorre inviare di nuovo il messaggio: se la consegna non riuscirà entro questo termine riceverà un'ulteriore notifica.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server di generazione",
        "Il server remoto ha restituito '{diag}'",
    ),
}
EXCHANGE_SERVERS = {
    "de": "BE1P281MB2044.DEUP281.PROD.OUTLOOK.example",
    "fr": "PR1P264MB3180.FRAP264.PROD.OUTLOOK.example",
    "es": "DB9P189MB1422.EURP189.PROD.OUTLOOK.example",
    "it": "MI2P293MB0451.ITAP293.PROD.OUTLOOK.example",
}
EXCHANGE_DIAG = {
    "de": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "fr": "550 5.7.1 Delivery not authorized, message refused by recipient policy",
    "es": "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    "it": "451 4.4.7 Message delayed; remote server not responding",
}


def bounce_exchange(b: Bounce) -> Message:
    """An Exchange Online report from the recipient's organisation, in its language."""
    t, server, diag = EXCHANGE_TEXT[b.lang], EXCHANGE_SERVERS[b.lang], EXCHANGE_DIAG[b.lang]
    text = "\n\n".join(
        [
            f"{t.head}\n\n{b.rcpt}",
            t.reason,
            t.admin,
            f"{t.server_label}: {server}",
            f"{b.rcpt}\n{t.remote.format(diag=diag)}",
        ]
    )
    action = "delayed" if b.kind == "soft" else "failed"
    parts = [human_alternative(text), delivery_status(b, server, action, diag), returned_headers(b)]
    domain = b.rcpt.split("@")[1]
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    return finish(b, report(parts), sender, t.subject_prefix + b.subject())


def bounce_provider_de(b: Bounce) -> Message:
    """A German provider's plain notice: mailbox full, still retrying."""
    text = txt(f"""
        Dies ist eine automatische Nachricht des Mailservers mx02.netzwerk-sued.example.

        Ihre E-Mail an

            {b.rcpt}

        konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers voll ist. Der Server versucht die Zustellung in regelmäßigen Abständen erneut, längstens bis zum 16.08.2027. Sie müssen die Nachricht nicht noch einmal senden.

        Technische Details:
          Betreff:   {b.subject()}
          Gesendet:  {format_datetime(b.sent)}
          Antwort des Empfängerservers: 452 4.2.2 Mailbox full, try again later

        Bitte antworten Sie nicht auf diese Nachricht.
    """)
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <mailer-daemon@mx02.netzwerk-sued.example>",
        "Zustellung verzögert: Postfach des Empfängers voll",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's plain delay notice in ISO-8859-1."""
    text = txt(f"""
        Ceci est un message généré automatiquement par le serveur smtp.hebergeur-provence.example.

        Votre message n'a pas encore pu être distribué au destinataire suivant :

            {b.rcpt}

        La connexion avec le serveur du destinataire a été interrompue à plusieurs reprises (code 421 4.4.2). Nous continuerons à tenter la distribution pendant 4 jours. Vous n'avez rien à faire pour le moment.

        Objet du message : {latin1_safe(b.subject())}
        Date d'envoi : {format_datetime(b.sent)}

        --
        Service de messagerie
    """)
    msg = text_part(text + "\n", "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "MAILER-DAEMON@smtp.hebergeur-provence.example (Service de messagerie)",
        "Avis de retard de distribution",
        "iso-8859-1",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's RFC 3464 delay report: mailbox over quota."""
    text = txt(f"""
        Este es un aviso automático del servidor de correo correo.proveedor-iberico.example.

        Su mensaje para {b.rcpt} todavía no se ha podido entregar: el buzón del destinatario ha superado su cuota de espacio.

        El servidor seguirá intentándolo durante las próximas 48 horas. Por ahora no tiene que hacer nada; si finalmente no se puede entregar, recibirá otro aviso con el mensaje devuelto.

        Respuesta del servidor remoto: 452 4.2.2 Mailbox over quota
    """)
    diag = "452 4.2.2 Mailbox over quota"
    parts = [
        text_part(text + "\n", "plain", "utf-8", "qp"),
        delivery_status(
            b, "correo.proveedor-iberico.example", "delayed", diag, "mx.talleresgarcia.example"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Sistema de correo <postmaster@correo.proveedor-iberico.example>",
        "Aviso de retraso en la entrega",
    )


def bounce_nl(b: Bounce) -> Message:
    """A Dutch host's RFC 3464 report with the whole reminder returned: domain gone."""
    domain = b.rcpt.split("@")[1]
    text = txt(f"""
        Dit bericht is automatisch verstuurd door de mailserver smtp.hostingpartner.example.

        Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

            {b.rcpt}

        De domeinnaam {domain} bestaat niet (meer): er is geen mailserver voor dit domein te vinden. Dit is een permanente fout; de server probeert het niet opnieuw.

        Het oorspronkelijke bericht is bijgevoegd.

        Foutmelding: 550 5.4.4 Host or domain name not found (NXDOMAIN)
    """)
    diag = f"550 5.4.4 Host or domain name not found. Name service error for name={domain} type=MX"
    parts = [
        text_part(text + "\n", "plain", "utf-8", "qp"),
        delivery_status(b, "smtp.hostingpartner.example", "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@smtp.hostingpartner.example>",
        "Onbestelbaar bericht geretourneerd aan afzender",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's single-part notice in 8-bit Latin-1, the original headers inline."""
    headers = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    text = txt(f"""
        Questo è un messaggio automatico del server di posta mx.servizi-posta-italia.example.

        Non è stato possibile recapitare il suo messaggio al seguente indirizzo:

            {b.rcpt}

        La casella del destinatario risulta disattivata e non accetta più messaggi. L'errore è permanente: non verranno effettuati altri tentativi.

        Risposta del server: 550 5.2.1 Casella disattivata / mailbox disabled

        ------ Intestazioni del messaggio originale ------
    """)
    msg = text_part(f"{text}\n\n{headers}", "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.servizi-posta-italia.example>",
        "Messaggio non recapitato",
        "iso-8859-1",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@fenwickjoinery.example",
            "2027-08-03 09:12 +0100",
            "LM/4567/27",
            "884.00",
            note="qmail notice, not MIME; the whole reminder is copied below it",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "soft",
            "4.4.1",
            "hello@thecrookedspoon.example",
            "2027-08-05 12:02 +0100",
            "LM/4568/27",
            "1230.00",
            lag=180,
            note="Gmail delay notice",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "soft",
            "4.7.0",
            "maintenance@stgiles-almshouses.example",
            "2027-08-18 13:40 +0100",
            "LM/4569/27",
            "1612.00",
            lag=242,
            note="Exim plain-text delay warning; temporary policy refusal (too many connections)",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "hard",
            "5.1.10",
            "buchhaltung@elbtal-kliniken.example",
            "2027-08-04 09:15 +0200",
            "LM/4570/27",
            "3275.00",
            note="Exchange Online report in German",
        ),
        bounce_exchange,
    ),
    (
        Bounce(
            "b-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@pension-seeblick.example",
            "2027-08-13 11:20 +0200",
            "LM/4571/27",
            "640.00",
            lag=95,
            note="German provider notice, plain text, mailbox full, still retrying",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "hard",
            "5.7.1",
            "direction@ehpad-lessources.example",
            "2027-08-10 09:05 +0200",
            "LM/4572/27",
            "2015.00",
            note="Exchange Online report in French; refused by the recipient's policy",
        ),
        bounce_exchange,
    ),
    (
        Bounce(
            "b-fr-2",
            "fr",
            "soft",
            "4.4.2",
            "compta@lesjardinsdazur.example",
            "2027-08-20 15:30 +0200",
            "LM/4573/27",
            "1190.00",
            lag=300,
            note="French host's plain delay notice in ISO-8859-1",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "hard",
            "5.1.1",
            "mantenimiento@hotelcostablanca.example",
            "2027-08-12 09:20 +0200",
            "LM/4574/27",
            "1480.00",
            note="Exchange Online report in Spanish",
        ),
        bounce_exchange,
    ),
    (
        Bounce(
            "b-es-2",
            "es",
            "soft",
            "4.2.2",
            "admin@talleresgarcia.example",
            "2027-08-24 10:10 +0200",
            "LM/4575/27",
            "720.00",
            lag=240,
            note="Spanish provider's RFC 3464 delay report, mailbox over quota",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "hard",
            "5.4.4",
            "administratie@vandenberg-bouw.example",
            "2027-08-16 09:09 +0200",
            "LM/4576/27",
            "2460.00",
            note="domain no longer exists; the whole reminder is returned as message/rfc822",
        ),
        bounce_nl,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "hard",
            "5.2.1",
            "ufficiotecnico@condominio-ilmelograno.example",
            "2027-08-17 09:30 +0200",
            "LM/4577/27",
            "1335.00",
            note="Italian provider notice, single part, 8-bit Latin-1; mailbox disabled",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "b-it-2",
            "it",
            "soft",
            "4.4.7",
            "amministrazione@hotelvillaserena.example",
            "2027-08-26 14:00 +0200",
            "LM/4578/27",
            "905.00",
            lag=290,
            note="Exchange Online delay report in Italian",
        ),
        bounce_exchange,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

# Headers are written as the client folded them; nothing is refolded on output.
AS_SENT = policy.compat32.clone(max_line_length=None)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^LM/\d{4}/\d{2}$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


def refs_of(r: Reply) -> list[str]:
    """The invoice numbers a spec's labels list."""
    refs = r.labels.get("invoice_refs", [])
    return [str(x) for x in refs] if isinstance(refs, list) else []


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, keys in file order (without `file`)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = refs_of(r)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_spec(r: Reply) -> None:
    """Checks on a hand-written spec that the label format cannot see."""
    offset = r.when.rsplit(" ", 1)[1]
    if offset not in {UK_OFFSET, CE_OFFSET} or (r.lang != "en" and offset != CE_OFFSET):
        raise SystemExit(f"{r.key}: offset {offset} does not fit the sender")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {r.dt.date()} outside the corpus range")
    if r.style not in STYLES:
        raise SystemExit(f"{r.key}: unknown style {r.style}")
    digits = re.sub(r"\D", "", r.body)
    for ref in refs_of(r):
        if ref.split("/")[1] not in digits:
            raise SystemExit(f"{r.key}: {ref} is not in the new text")


def check_label(name: str, label: dict[str, object]) -> None:
    """Shape of one label line: key order, types and the fields its intent may fill."""
    if tuple(label) != FILE_KEYS:
        raise SystemExit(f"{name}: label keys out of order")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        value = label[key]
        if value is None:
            continue
        if key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if key.endswith("_date"):
            date.fromisoformat(str(value))
            if not ISO_DATE.match(str(value)):
                raise SystemExit(f"{name}: {key} not ISO")
        elif key == "amount" and not AMOUNT.match(str(value)):
            raise SystemExit(f"{name}: amount {value!r}")
        elif key == "currency" and value not in {"GBP", "EUR"}:
            raise SystemExit(f"{name}: currency {value!r}")
        elif key in {"new_contact", "failed_recipient"} and (
            value != str(value).lower() or "@" not in str(value)
        ):
            raise SystemExit(f"{name}: {key} {value!r}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount without currency or the reverse")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bounce fields")
        if str(label["bounce_status"])[0] != {"hard": "5", "soft": "4"}[str(label["bounce_kind"])]:
            raise SystemExit(f"{name}: bounce kind and status disagree")
        if label["failed_recipient"] is None:
            raise SystemExit(f"{name}: no failed recipient")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(INVOICE.match(x) for x in refs):
        raise SystemExit(f"{name}: invoice_refs {refs!r}")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 messages per intent, the agreed number per language, every language in every intent."""
    by_intent = Counter(str(x["intent"]) for x in labels)
    by_lang = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(by_intent[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"intent counts {dict(by_intent)}")
    if dict(by_lang) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(by_lang)}")
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        if min(counts) < 1 or max(counts[1:]) - min(counts[1:]) > 1:
            raise SystemExit(f"{intent}: uneven spread {counts}")


def check_message(name: str, data: bytes) -> None:
    """Parse back with the modern policy: headers decode, text parts decode, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    when = msg["Date"].datetime
    if when is None or not FIRST_DAY <= when.date() <= LAST_DAY:
        raise SystemExit(f"{name}: Date outside the range")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header {key} defects {value.defects}")
            if "=?" in str(value):
                raise SystemExit(f"{name}: header {key} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label."""
    for r in REPLIES:
        check_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices) or not all(INVOICE.match(x) for x in invoices):
        raise SystemExit("reminded invoice numbers must be unique and well formed")
    return items


def file_order(key: str) -> str:
    """Sort key that numbers the files: a seeded hash, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}/{key}".encode()).hexdigest()


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table as Markdown."""
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


def coverage(raw: list[bytes]) -> str:
    """A short census of the formats actually written (headers as sent, not decoded)."""
    messages = [message_from_bytes(data) for data in raw]
    tops = Counter(m.get_content_type() for m in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in messages:
        seen_cs, seen_cte = set(), set()
        for part in m.walk():
            if "Content-Type" in part and part.get_content_type() in {"text/plain", "text/html"}:
                seen_cs.add(str(part.get_content_charset()))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    headers = {
        h: sum(1 for m in messages if m[h] is not None)
        for h in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "Cc",
        )
    }
    encoded = sum(1 for m in messages if "=?" in str(m.get("Subject", "")) + str(m.get("From", "")))
    lines = [
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in headers.items()),
        f"RFC 2047 Subject or From: {encoded}",
        "styles: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.style for r in REPLIES).items())),
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[bytes]]:
    """Write every .eml file and labels.jsonl next to this script; return labels and messages."""
    items = sorted(all_messages(), key=lambda item: file_order(item[0]))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels, raw = [], []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=AS_SENT)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        row = {"file": name, **label}
        check_label(name, row)
        labels.append(row)
        raw.append(data)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in labels:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return labels, raw


def main() -> int:
    """Rebuild the corpus, check it and print the count table."""
    labels, raw = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    if "--coverage" in sys.argv[1:]:
        print("\n" + coverage(raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
