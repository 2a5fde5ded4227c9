# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 23: `h23-NNN.eml` files and `labels.jsonl`.

Every message arrives in the receivables mailbox of Vela Print & Sign, a print shop for signs,
banners and brochures, after it sent an overdue reminder ("Payment overdue - invoice VP26-NNNNN",
written with an en dash). The new text of each message is written by hand below. The script adds
only what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically, and never reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
import textwrap
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h23"
SEED = 20261123
AR_NAME = "Vela Print & Sign Accounts"
AR_ADDR = "accounts@velaprintsign.example"
AR_DOMAIN = "velaprintsign.example"
AR_MTA = "smtp-out.velaprintsign.example"
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
# Locale tables: what clients print around a quoted message
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail web and app, by interface language ({adr} is the address, already bracketed).
GMAIL_ATTR = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{mm}, {name} {adr} wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{mm} Uhr schrieb {name} {adr}:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mm}, {name} {adr} a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mm}, {name} ({adr}) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mm} schreef {name} {adr}:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mm} {name} {adr} ha scritto:",
}
# Apple Mail on macOS and iOS.
APPLE_ATTR = {
    "en": "On {d} {mab} {y}, at {HH}:{mm}, {name} {adr} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} {adr}:",
    "fr": "Le {d} {mab} {y} à {HH}:{mm}, {name} {adr} a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mm}, {name} {adr} escribió:",
    "nl": "Op {d} {mab} {y}, om {HH}:{mm} heeft {name} {adr} het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mm}, {name} {adr} ha scritto:",
}
# Thunderbird, by locale.
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop / web header block: separator, From, Sent, To, Subject, label separator.
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
# Samsung Email: separator, From, Date, To, Subject, label separator, signature.
SAMSUNG = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "Envoyé depuis mon appareil Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "Inviato dal mio Galaxy",
    ),
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} ({gmt})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    "es": "{dd}/{mo}/{yy} {H}:{mm} ({gmt})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} ({gmt})",
    "it": "{dd}/{mo}/{yy} {HH}:{mm} ({gmt})",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
OUTLOOK_MOBILE_LINK = {"Android": "https://aka.ms/AAb9ysg", "iOS": "https://aka.ms/o0ukef"}

# --------------------------------------------------------------------------------------------
# The reminder Vela sends
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
        "A quick note from the accounts team at Vela Print & Sign: the invoice below has passed its due date and we have not yet received payment.\n\n"
        "  Invoice:        {inv}\n  Invoice date:   {issued}\n  Due date:       {due}\n  Outstanding:    {amt}\n\n"
        "If you have already paid, please reply with the payment date and reference so we can match it. If anything about the job or the invoice is not right, just reply and tell us – a real person reads this mailbox.\n\n"
        "Thank you,\n\nAccounts Receivable\nVela Print & Sign\nSigns · Banners · Brochures\naccounts@velaprintsign.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen ist:\n\n"
        "  Rechnung:       {inv}\n  Rechnungsdatum: {issued}\n  Fällig am:      {due}\n  Offener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, nennen Sie uns bitte Datum und Verwendungszweck der Überweisung. Stimmt mit dem Auftrag oder der Rechnung etwas nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nVela Print & Sign\nSchilder · Banner · Broschüren"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Le service comptabilité de Vela Print & Sign vous informe que la facture ci-dessous est arrivée à échéance sans que nous ayons reçu votre règlement :\n\n"
        "  Facture :        {inv}\n  Date :           {issued}\n  Échéance :       {due}\n  Reste dû :       {amt}\n\n"
        "Si le paiement est déjà parti, merci de nous indiquer sa date et sa référence. Si la commande ou la facture pose un problème, répondez simplement à ce message.\n\n"
        "Bien à vous,\n\nService comptabilité clients\nVela Print & Sign\nEnseignes · Banderoles · Brochures"
    ),
    "es": (
        "Hola:\n\n"
        "Le escribimos desde el departamento de cobros de Vela Print & Sign. La factura siguiente ha superado su fecha de vencimiento y todavía no consta su pago:\n\n"
        "  Factura:        {inv}\n  Fecha:          {issued}\n  Vencimiento:    {due}\n  Pendiente:      {amt}\n\n"
        "Si ya la ha pagado, indíquenos la fecha y la referencia del pago para poder conciliarlo. Si hay algún problema con el trabajo o con la factura, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nVela Print & Sign\nRótulos · Pancartas · Folletos"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens de administratie van Vela Print & Sign is de onderstaande factuur over de vervaldatum heen en nog niet betaald:\n\n"
        "  Factuur:        {inv}\n  Factuurdatum:   {issued}\n  Vervaldatum:    {due}\n  Openstaand:     {amt}\n\n"
        "Heeft u al betaald? Laat ons dan de datum en het betalingskenmerk weten, dan boeken we het af. Klopt er iets niet aan de opdracht of de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nVela Print & Sign\nBorden · Spandoeken · Brochures"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dall'ufficio amministrazione di Vela Print & Sign le segnaliamo che la fattura qui sotto è scaduta e non risulta ancora pagata:\n\n"
        "  Fattura:        {inv}\n  Data:           {issued}\n  Scadenza:       {due}\n  Importo aperto: {amt}\n\n"
        "Se ha già provveduto, ci comunichi per favore data e riferimento del pagamento. Se c'è qualcosa che non va nel lavoro o nella fattura, risponda pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio amministrazione\nVela Print & Sign\nInsegne · Striscioni · Brochure"
    ),
}
ISSUED = datetime(2026, 10, 14)
DUE = datetime(2026, 11, 13)
REMINDER_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "…": "...",
    "“": '"',
    "”": '"',
    "\u202f": " ",
}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message that answers (or arrives after) a reminder, with its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder being answered (default: the reply's)
    loc: str = ""  # interface language of the client (default: the reply's)
    inv: str = ""  # invoice in the reminder (default: derived from the key)
    amount: str = ""  # amount in the reminder, "1234.50" (default: derived from the key)
    cur: str = ""  # currency of the reminder (default: GBP for English, EUR otherwise)
    subject: str = ""  # subject override; "{rsub}" is the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True  # carries In-Reply-To/References to the reminder
    days_before: int = 1  # working days between the reminder and the reply

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return (
            self.inv or f"VP26-0{4100 + int.from_bytes(digest(self.key, 'inv')[:4], 'big') % 1800}"
        )

    @property
    def amount_value(self) -> str:
        if self.amount:
            return self.amount
        cents = 9000 + int.from_bytes(digest(self.key, "amt")[:4], "big") % 240000
        return f"{cents // 100}.{cents % 100:02d}"

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the Vela invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    for ref in refs:
        if not (ref.startswith("VP26-") and len(ref) == 10 and ref[5:].isdigit()):
            raise ValueError(f"bad invoice reference {ref}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids, amounts and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds()) // 3600
    return {
        "dl": DAY_NAMES[loc].split()[wd],
        "dab": DAY_ABBR[loc].split()[wd],
        "ml": MONTH_NAMES[loc].split()[mo],
        "mab": MONTH_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "gmt": f"GMT{hours:+03d}:00",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{PREFIX}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def money(lang: str, cur: str, value: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = value.split(".")
    groups = f"{int(units):,}"
    sign = {"GBP": "£", "EUR": "€"}[cur]
    if lang == "en":
        return f"{sign}{groups}.{cents}"
    if lang == "fr":
        return groups.replace(",", "\u202f") + f",{cents}\u00a0{sign}"
    dotted = f"{groups.replace(',', '.')},{cents}"
    return f"{sign} {dotted}" if lang in {"nl", "it"} else f"{dotted} {sign}"


def reminder_time(reply: datetime, days_before: int) -> datetime:
    """Reminders go out on working days, early in the morning."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=30 + day.day % 20, second=day.day % 60)


def reminder_msgid(key: str) -> str:
    return f"<rem.{hexid(key, 'reminder', 16)}.{b32(key, 'reminder-b', 6).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "msgid")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = (
            base64.urlsafe_b64encode(raw)
            .decode()
            .rstrip("=")[:38]
            .replace("-", "+")
            .replace("_", "=")
        )
        return f"<CA{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        sites = ("AM0", "AM6", "AM9", "DB7", "DB9", "PA4", "VI1", "DU0", "GV1", "AS8")
        n = digest(key, "host")
        prd = n[1] % 9 + 1
        host = f"{sites[n[0] % len(sites)]}PR0{prd}MB{1000 + int.from_bytes(n[2:4], 'big') % 9000}"
        return f"<{host}{raw.hex().upper()[:28]}@{host}.eurprd0{prd}.prod.outlook.com>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style.startswith("thunderbird"):
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{b32(key, 'sams', 26).lower()}@email.android.com>"
    return f"<{raw.hex()[:20]}.{int.from_bytes(raw[20:24], 'big')}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def esc_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{esc_lines(p)}</p>" for p in text.split("\n\n"))


def div_lines(text: str) -> str:
    """Gmail and Apple Mail write one <div> per line, <div><br></div> for blank ones."""
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def mso_paras(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken at spaces, soft breaks end in a space."""
    out: list[str] = []
    for raw in text.split("\n"):
        if raw == "-- ":
            out.append(raw)
            continue
        content = raw.lstrip(">")
        mark = raw[: len(raw) - len(content)]
        if mark and content.startswith(" "):
            content = content[1:]
        lead = mark + " " if mark else ""
        if len(lead + content) <= width + 6:
            out.append(mark if mark and not content else lead + content)
            continue
        pieces = textwrap.wrap(
            content, width - len(lead), break_long_words=False, break_on_hyphens=False
        )
        out.extend(lead + p + " " for p in pieces[:-1])
        out.append(lead + pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    charset = cs.Charset(name)
    # 0 is neither QP nor BASE64: the body goes out unencoded as 7bit or 8bit.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str, **params: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    for name, value in params.items():
        part.set_param(name, value)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset != "utf-8" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    enc = "utf-8" if charset == "utf-8" else charset
    return f"{Header(name, enc).encode()} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """MIME headers go below the envelope headers, where clients put them."""
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
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPES: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "000000000000" + hexid(key, f"bd{n}", 16),
    "apple": lambda key, n: (
        "Apple-Mail=_"
        + "-".join(
            (
                hexid(key, f"bd{n}", 8),
                hexid(key, f"bd{n}a", 4),
                hexid(key, f"bd{n}b", 4),
                hexid(key, f"bd{n}c", 4),
                hexid(key, f"bd{n}d", 12),
            )
        ).upper()
    ),
    "thunderbird": lambda key, n: "------------" + b32(key, f"bd{n}", 24),
    "samsung": lambda key, n: (
        f"--_com.samsung.android.email_{int.from_bytes(digest(key, f'bd{n}')[:6], 'big')}"
    ),
    "outlook": lambda key, n: f"_00{n}_{b32(key, f'bd{n}', 36)}_",
    "postfix": lambda key, n: (
        f"{b32(key, f'bd{n}', 10)}.{1763000000 + int.from_bytes(digest(key, 'ts')[:2], 'big')}/{AR_MTA}"
    ),
    "generic": lambda key, n: (
        f"----=_Part_{n}_{int.from_bytes(digest(key, f'bd{n}')[:4], 'big')}.{1763000000000 + int.from_bytes(digest(key, 'ts')[:3], 'big')}"
    ),
}


def boundary_family(style: str) -> str:
    if style in OUTLOOK_FAMILY:
        return "outlook"
    if style.startswith("thunderbird"):
        return "thunderbird"
    return style if style in BOUNDARY_SHAPES else "generic"


def finalize(msg: Message, key: str, family: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(BOUNDARY_SHAPES[family](key, n))
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    issued = fmt(REMINDER_DATE[lang], lang, ISSUED)
    due = fmt(REMINDER_DATE[lang], lang, DUE)
    return REMINDER_BODY[lang].format(inv=inv, issued=issued, due=due, amt=amt)


def original_reminder(
    lang: str, to: str, when: datetime, *, key: str, inv: str, amount: str, cur: str
) -> Message:
    """The reminder exactly as Vela sent it (returned inside some bounces)."""
    msg = text_part(reminder_body(lang, inv, money(lang, cur, amount)), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Vela AR reminders"
    content_headers_last(msg)
    return msg


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str
    charset: str


def make_quote(r: Reply) -> Quote:
    lang = r.reminder_lang
    text = reminder_body(lang, r.invoice, money(lang, r.currency, r.amount_value))
    subject = reminder_subject(lang, r.invoice)
    if r.charset not in {"utf-8", "windows-1252"}:
        text, subject = latin1_safe(text), latin1_safe(subject)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    sent = reminder_time(r.dt, r.days_before)
    return Quote(text, subject, sent, r.client_lang, to, r.charset)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def plain(r: Reply, text: str) -> Message:
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{sep.rstrip()}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_block(q)
    )
    lang_attr = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paras(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    sep = OUTLOOK_LABELS[q.loc][5]
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{sep.rstrip()}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{esc_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paras(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def outlook_mobile(r: Reply, q: Quote, os_name: str) -> Message:
    sig = OUTLOOK_MOBILE_SIG[q.loc].format(os=os_name)
    link = OUTLOOK_MOBILE_LINK[os_name]
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{sig}<{link}>\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_android(r: Reply, q: Quote) -> Message:
    return outlook_mobile(r, q, "Android")


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    return outlook_mobile(r, q, "iOS")


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, adr=f"<{AR_ADDR}>")


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, adr=f"<{AR_ADDR}>")


def linked_attr(attr: str) -> str:
    """Gmail turns the address in its attribution line into a mailto link."""
    escaped = html.escape(attr)
    link = f'<a href="mailto:{AR_ADDR}">{AR_ADDR}</a>'
    return escaped.replace(f"&lt;{AR_ADDR}&gt;", f"&lt;{link}&gt;", 1)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        + linked_attr(attr)
        + "<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_bottom(r: Reply, q: Quote) -> Message:
    return plain(r, f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div><div>{div_lines(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    return text_part(text, "plain", r.charset, r.cte, format="flowed")


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n  </head>\n  <body>\n'
        f"    <p>{esc_lines(r.body)}</p>\n"
        f'    <div class="moz-cite-prefix">{html.escape(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{reminder_msgid(r.key)[1:-1]}">\n'
        f'      <pre class="moz-quote-pre" wrap="">{html.escape(q.text, quote=False)}</pre>\n'
        "    </blockquote>\n  </body>\n</html>\n"
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte, format="flowed"))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_samsung(r: Reply, q: Quote) -> Message:
    sepline, frm, date, to, subj, sep, sig = SAMSUNG[q.loc]
    when = fmt(SAMSUNG_DATE[q.loc], q.loc, q.sent)
    rows = [
        (frm, f"{AR_NAME} <{AR_ADDR}> "),
        (date, f"{when} "),
        (to, f"{q.to} "),
        (subj, f"{q.subject} "),
    ]
    text = (
        f"{r.body}\n\n\n\n{sig}\n\n\n{sepline}\n"
        + "".join(f"{k}{sep}{v}\n" for k, v in rows)
        + f"\n{q.text}\n"
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div dir="auto">{"<br>".join(html.escape(x) for x in r.body.split(chr(10)))}</div>'
        f'<div dir="auto"><br></div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(sepline)}</div>'
        + "".join(f"<div>{html.escape(k)}{html.escape(sep)}{html.escape(v)}</div>" for k, v in rows)
        + f"<div><br></div></div>{html_paras(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt">{html_paras(r.body)}</div></body></html>\n'
    )
    return alternative(r, r.body + "\n", markup)


def style_raw_html(r: Reply, q: Quote) -> Message:
    del q  # the body is a complete HTML document, written by hand
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "outlook_ios": style_outlook_ios,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "none": style_none,
    "none_html": style_none_html,
    "raw_html": style_raw_html,
}
OUTLOOK_FAMILY = {
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "android",
    "outlook_ios",
    "none_html",
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01\xdb" + digest(r.key, "thread")[:20]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}") + ", en-US"),
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
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.threaded else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, boundary_family(r.style))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"xref\n0 3\n0000000000 65535 f \ntrailer <</Size 3 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n"
)
REPLIES: list[Reply] = []

REPLIES += [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Lloyd", "treasurer@harrowgaterfc.example"),
        "2026-11-24 19:52 +0000",
        "iphone",
        "Paid.",
        lab(note="one-word answer to a payment reminder: payment_sent, no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Ellison Pryce Property Group", "ap-noreply@ellisonpryce.example"),
        "2026-11-26 06:12 +0000",
        "raw_html",
        (
            '<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">\n'
            "<p><b>Ellison Pryce Property Group Ltd</b><br>Accounts Payable<br>3 Fennel Yard, Harrowgate HG4 2TX</p>\n"
            '<h2 style="font-size:14pt;letter-spacing:2px">REMITTANCE ADVICE</h2>\n'
            '<table cellpadding="3" style="font-size:10pt">\n'
            "<tr><td>Supplier</td><td>Vela Print &amp; Sign</td></tr>\n"
            "<tr><td>Supplier no.</td><td>V01188</td></tr>\n"
            "<tr><td>Payment date</td><td>25/11/2026</td></tr>\n"
            "<tr><td>Payment method</td><td>BACS</td></tr>\n"
            "<tr><td>Payment reference</td><td>EPG-BACS-0047719</td></tr>\n"
            "</table>\n<br>\n"
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
            '<tr style="background:#e8e8e8"><th>Your reference</th><th>Our reference</th><th>Invoice date</th><th>Description</th><th align="right">Amount paid</th></tr>\n'
            '<tr><td>VP26-04412</td><td>PI-220871</td><td>02/10/2026</td><td>Branch window graphics</td><td align="right">£1,540.00</td></tr>\n'
            '<tr><td>VP26-04460</td><td>PI-220902</td><td>09/10/2026</td><td>For Sale / Sold boards x 40</td><td align="right">£776.00</td></tr>\n'
            '<tr><td colspan="4" align="right"><b>Total paid</b></td><td align="right"><b>£2,316.00</b></td></tr>\n'
            "</table>\n"
            "<p>The funds should reach your account within three working days.</p>\n"
            '<p style="font-size:8pt;color:#666666">This advice was generated automatically by our payables system. Please do not reply to this address: send any query to payables@ellisonpryce.example, quoting the supplier number above.</p>\n'
            "</body>\n</html>\n"
        ),
        lab(
            refs=("VP26-04412", "VP26-04460"),
            paid_date="2026-11-25",
            payment_reference="EPG-BACS-0047719",
            amount="2316.00",
            currency="GBP",
            note="AP-system remittance advice, HTML only and not a reply to the reminder; the total of both invoices is the amount paid; the query address is not a new contact",
        ),
        inv="VP26-04412",
        subject="Remittance advice – payment EPG-BACS-0047719 – Vela Print & Sign",
        threaded=False,
        headers=(("X-Mailer", "PayablesHub Notifications 7.2"),),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rob Tennant", "rob@tennantcycles.example"),
        "2026-12-01 17:03 +0000",
        "samsung",
        "done",
        lab(note="'done' in answer to a payment reminder means paid; no date"),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Krüger", "s.krueger@haberkorn-immobilien.example"),
        "2026-11-30 10:18 +0100",
        "outlook",
        (
            "Guten Tag,\n\n"
            "die Rechnung VP26-04731 über 1.190,00 EUR (Bauschilder Neubaugebiet Am Mühlbach) haben wir am Freitag überwiesen. Auftragsreferenz unserer Bank: SPK-1127-88310.\n\n"
            "Bitte gleichen Sie Ihre offenen Posten damit ab.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Krüger\nBuchhaltung\n\n"
            "Haberkorn Immobilien GmbH\nLindenstraße 12 · 79098 Freiburg\nTel. 0761 555 01 23\n"
            "Geschäftsführer: Martin Haberkorn · Amtsgericht Freiburg HRB 700123\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Sind Sie nicht der vorgesehene Empfänger, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."
        ),
        lab(
            refs=("VP26-04731",),
            paid_date="2026-11-27",
            payment_reference="SPK-1127-88310",
            amount="1190.00",
            currency="EUR",
            note="'am Freitag' from Mon 30 Nov is Fri 27 Nov; ISO-8859-1",
        ),
        inv="VP26-04731",
        amount="1190.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jens Paulsen", "kasse@sv-blauweiss-lindholz.example"),
        "2026-12-03 21:40 +0100",
        "thunderbird",
        (
            "Hallo zusammen,\n\n"
            "das Geld ist raus – hab's gestern Abend per Online-Banking angewiesen, sollte spätestens morgen bei euch sein. Mein Fehler, die Rechnung lag unter dem Stapel für die Weihnachtsfeier.\n\n"
            "Sportliche Grüße\nJens\n\n-- \nJens Paulsen\nKassenwart SV Blau-Weiß Lindholz e.V.\nwww.sv-blauweiss-lindholz.example"
        ),
        lab(
            paid_date="2026-12-02",
            note="'sollte morgen bei euch sein' is the arrival, not a promise; the transfer went out the evening before",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Roux", "n.roux@tilleuls-immobilier.example"),
        "2026-11-25 09:47 +0100",
        "apple",
        (
            "Bonjour,\n\n"
            "Le virement de 648,00 € a bien été émis hier, référence VIR-TL-241126-07. Il devrait apparaître sur votre compte d'ici deux jours ouvrés.\n\n"
            "Pourriez-vous au passage nous envoyer le bon de livraison des panneaux « À vendre » pour notre dossier ? Merci.\n\n"
            "Bien cordialement,\n\n"
            "Nathalie Roux\nAssistante de gestion\nAgence Les Tilleuls Immobilier\n14, place du Marché – 37000 Tours"
        ),
        lab(
            paid_date="2026-11-24",
            payment_reference="VIR-TL-241126-07",
            amount="648.00",
            currency="EUR",
            note="the delivery-note request is secondary to the payment claim",
        ),
        amount="648.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Hélène Marchal", "secretariat@ensemble-saintaubin.example"),
        "2026-11-26 14:05 +0100",
        "gmail",
        (
            "Bonjour,\n\n"
            "Le chèque n° 0004127 pour les affiches de campagne est parti lundi par courrier, après signature de notre mandataire financière. Vous devriez le recevoir cette semaine.\n\n"
            "Pour la suite, tout règlement lié à la campagne passe par l'association de financement : inutile de relancer la candidate directement.\n\n"
            "Hélène Marchal\nSecrétariat – Ensemble pour Saint-Aubin"
        ),
        lab(
            paid_date="2026-11-23",
            payment_reference="0004127",
            note="cheque posted: payment_sent, the cheque number is the reference; 'lundi' is the Monday before Thu 26 Nov; no new address given",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "tesoreria@cdrayonorte.example"),
        "2026-12-01 12:30 +0100",
        "owa",
        (
            "Buenos días:\n\n"
            "Les adjunto el justificante de la transferencia de 415,80 € que hemos hecho hoy desde la cuenta del club para pagar las lonas del torneo de Navidad.\n\n"
            "Un saludo,\n\n"
            "Marta Ibáñez\nTesorera – Club Deportivo Rayo Norte"
        ),
        lab(
            paid_date="2026-12-01",
            amount="415.80",
            currency="EUR",
            note="proof of transfer attached as a PDF; 'hoy' is the message date",
        ),
        amount="415.80",
        attach=("justificante_transferencia_0112.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia.ferrerdeli@gmail.com"),
        "2026-12-09 16:22 +0000",
        "gmail_plain",
        (
            "Hola,\n\n"
            "Perdón, contesto en español que me resulta más fácil. Ya está pagado, lo hice el viernes pasado por transferencia desde la cuenta de la tienda. Si no os ha llegado decídmelo y lo miro con el banco.\n\n"
            "Lucía\nFerrer Deli"
        ),
        lab(
            paid_date="2026-12-04",
            note="Spanish reply to an English reminder; 'el viernes pasado' from Wed 9 Dec is Fri 4 Dec",
        ),
        rlang="en",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ilse Hoogland", "ilse@hooglandmakelaardij.example"),
        "2026-11-27 11:05 +0100",
        "outlook_html",
        (
            "Goedemorgen,\n\n"
            "Deze factuur is gisteren via de ING voldaan: € 1.312,50, betalingskenmerk 1126 4471 0093 2205.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ilse Hoogland\nHoogland Makelaardij o.z.\nKerkstraat 41 | 3811 CV Amersfoort\nT 033 555 0147\n\n"
            "Aan dit bericht kunnen geen rechten worden ontleend. Is het niet voor u bestemd, verwijder het dan en laat het ons even weten."
        ),
        lab(
            paid_date="2026-11-26",
            payment_reference="1126 4471 0093 2205",
            amount="1312.50",
            currency="EUR",
        ),
        amount="1312.50",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Daan Verbeek", "daan@feestwerk-events.example"),
        "2026-12-14 08:12 +0100",
        "iphone",
        "Hoi, is gisteren overgemaakt (zat in de batch met de tentverhuur). Mag dus uit jullie systeem.\n\nGr Daan",
        lab(paid_date="2026-12-13", note="'gisteren' from Mon 14 Dec is Sun 13 Dec"),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giorgio Colombo", "amministrazione@ferramentacolombo.example"),
        "2026-12-11 09:35 +0100",
        "outlook",
        (
            "Buongiorno,\n\n"
            "vi informo che ieri abbiamo disposto il bonifico di 287,00 euro a saldo della fattura per l'insegna del negozio.\n"
            "TRN: 0306-2026-1210-7745112\n\n"
            "Saluti,\n"
            "Giorgio Colombo\nFerramenta Colombo s.n.c.\nVia Roma 88 - 20831 Seregno (MB)\nP.IVA 01234560963"
        ),
        lab(
            paid_date="2026-12-10",
            payment_reference="0306-2026-1210-7745112",
            amount="287.00",
            currency="EUR",
            note="'abbiamo disposto il bonifico' (transfer ordered) yesterday counts as sent",
        ),
        amount="287.00",
        charset="iso-8859-1",
    ),
]

REPLIES += [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Priya Nair", "treasurer@okafor4mayor.example"),
        "2026-12-03 10:26 +0000",
        "outlook_html",
        (
            "Hi,\n\n"
            "Thanks for the nudge. As the campaign's treasurer I pay suppliers in two runs a month, on the 1st and the 15th, and the 1 December run had already closed when your invoice reached me. It is approved and will go out in the run on 15 December.\n\n"
            "Best wishes,\nPriya\n\n"
            "Priya Nair\nTreasurer, Okafor for Mayor 2026\n\n"
            "Promoted by Priya Nair on behalf of Tunde Okafor, both at 27 Larkspur Road, Millbrook MB3 9QE."
        ),
        lab(promised_date="2026-12-15", note="campaign payment run named by its date"),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Kerry Boyd", "kerry@winterlanternwalk.example"),
        "2026-11-26 15:48 +0000",
        "gmail",
        (
            "Hi there,\n\n"
            "Sorry this has dragged on. Our grant from the town council has been approved and the money is on its way to us – once the funds clear on Monday I'll pay your invoice the same day.\n\n"
            "The lantern banners looked brilliant by the way, loads of people had their photos taken under them.\n\n"
            "Kerry\nWinter Lantern Walk – volunteer organiser"
        ),
        lab(
            promised_date="2026-11-30",
            note="event promise: payment tied to funds clearing on Monday, the Monday after Thu 26 Nov",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Tom Whitfield", "tom@canalsidehomes.example"),
        "2026-12-08 13:17 +0100",
        "iphone",
        "Hi, sorry, my Dutch isn't great but I get the gist. This one hasn't been paid yet – I thought it went out with last month's batch but it didn't. I'll pay it Friday.\n\nTom",
        lab(
            promised_date="2026-12-11",
            note="English reply to a Dutch reminder; 'hasn't been paid yet … I'll pay it Friday' is a promise for Fri 11 Dec, not a payment",
        ),
        rlang="nl",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Ulrike Brandt", "finanzen@tsv-rotenbach.example"),
        "2026-11-25 18:30 +0100",
        "gmail",
        (
            "Hallo,\n\n"
            "die Rechnung für die Bandenwerbung ist bei uns nicht vergessen. Unsere Mitgliedsbeiträge werden am 1. Dezember eingezogen, die Überweisung an Sie geht direkt danach am 2. Dezember raus.\n\n"
            "Viele Grüße\nUlrike Brandt\nSchatzmeisterin TSV Rotenbach 1921 e.V."
        ),
        lab(promised_date="2026-12-02"),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Kai Lorenz", "k.lorenz@altstadtfest-mehring.example"),
        "2026-12-10 17:55 +0100",
        "android",
        "Servus,\n\nsorry für die Verspätung, bei uns war nach dem Fest Land unter. Ich überweise nächste Woche, sobald der Vorstand die Abrechnung abgezeichnet hat.\n\nKai",
        lab(
            promised_date="2026-12-14",
            note="'nächste Woche' → Monday of next week; the board's sign-off is a condition, not a date",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Julien Perrot", "julien.perrot@cinemas-plein-air.example"),
        "2026-12-07 11:20 +0100",
        "outlook",
        (
            "Bonjour,\n\n"
            "Nous n'avons pas oublié votre facture pour les bâches et les programmes. Notre trésorier la réglera au plus tard le vendredi 18 décembre, jour de notre dernier conseil d'administration de l'année.\n\n"
            "Cordialement,\n\n"
            "Julien Perrot\nCoordinateur – Festival Cinémas en Plein Air\n06 55 44 33 22"
        ),
        lab(promised_date="2026-12-18", note="'au plus tard le vendredi 18' is the promised date"),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Bernard Vasseur", "fromagerie.vasseur@halles-commerce.example"),
        "2026-11-25 08:05 +0100",
        "thunderbird",
        (
            "Bonjour Madame, Monsieur,\n\n"
            "Je passerai régler la facture de l'enseigne par chèque à votre comptoir samedi matin. J'en profiterai pour voir avec vous les étiquettes pour les fêtes.\n\n"
            "Salutations,\nB. Vasseur\nFromagerie Vasseur - 3 rue des Halles"
        ),
        lab(
            promised_date="2026-11-28",
            note="payment in person on Saturday (the Saturday after Wed 25 Nov); ISO-8859-1",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Raúl Campos", "raul.campos@vecinospuertanueva.example"),
        "2026-12-10 12:40 +0100",
        "outlook_html",
        (
            "Buenos días:\n\n"
            "Les confirmo que la transferencia de la factura de la cartelería electoral se hará el lunes 14 sin falta; el tesorero vuelve de viaje el fin de semana y es quien tiene las firmas.\n\n"
            "Disculpen el retraso.\n\n"
            "Raúl Campos\nAgrupación Vecinal Puerta Nueva"
        ),
        lab(promised_date="2026-12-14"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Elena Solís", "administracion@inmomirasol.example"),
        "2026-11-23 10:02 +0100",
        "iphone",
        "Hola, lo pagamos a final de mes junto con el resto de proveedores.\nSaludos, Elena\nInmobiliaria Mirasol",
        lab(promised_date="2026-11-30", note="'a final de mes' → the last day of the month"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Henk Bosman", "penningmeester@vvoranjeboys.example"),
        "2026-12-01 20:14 +0100",
        "outlook",
        (
            "Goedenavond,\n\n"
            "Excuses voor de late betaling. Ik zit tot en met vrijdag nog op vakantie en kan de facturen van hieruit niet goedkeuren. Maandag 7 december maak ik het bedrag over.\n\n"
            "Met sportieve groet,\n\nHenk Bosman\nPenningmeester v.v. Oranje Boys"
        ),
        lab(
            promised_date="2026-12-07",
            note="a person writing about his holiday is not an auto-reply; the promise is for Mon 7 Dec",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Franca Zanetti", "proloco@prolocosanvitoalto.example"),
        "2026-12-14 11:48 +0100",
        "gmail",
        (
            "Buongiorno,\n\n"
            "il contributo del Comune per la Sagra della Castagna ci viene accreditato giovedì: appena arriva vi saldiamo la fattura degli striscioni, quindi giovedì stesso.\n\n"
            "Grazie per la pazienza,\nFranca Zanetti\nPro Loco San Vito Alto"
        ),
        lab(
            promised_date="2026-12-17",
            note="event promise: paid the day the council grant arrives, Thu 17 Dec",
        ),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide Greco", "d.greco@immobiliareilportico.example"),
        "2026-12-04 15:10 +0100",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "il pagamento della vostra fattura di € 930,00 è stato autorizzato e verrà eseguito con la distinta bonifici del 10 dicembre.\n\n"
            "Cordiali saluti\n\n"
            "Davide Greco\nUfficio Amministrazione\nImmobiliare Il Portico S.r.l.\nCorso Vittorio Emanuele 210 – 10121 Torino\n\n"
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente."
        ),
        lab(
            promised_date="2026-12-10",
            amount="930.00",
            currency="EUR",
            note="past-tense 'è stato autorizzato' describes a payment still to be made",
        ),
        amount="930.00",
    ),
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Sam Osei", "sam@northfieldfoodfest.example"),
        "2026-11-24 09:31 +0000",
        "gmail",
        (
            "Hi,\n\n"
            'We have NOT paid this because the banners never arrived. The festival was on Saturday the 21st and we ended up hand-painting signs the night before. I rang on the Thursday and was told they were "on the van".\n\n'
            "I'm not paying for something we never received. If you think they were delivered, send me the proof of delivery.\n\n"
            "Sam Osei\nNorthfield Food Festival"
        ),
        lab(
            note="negated payment with the reason (goods never arrived) is a dispute; the proof-of-delivery request is secondary"
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Fiona McAllister", "agent@westbrookgreens.example"),
        "2026-11-30 14:02 +0000",
        "outlook",
        (
            "Hello,\n\n"
            "Two of our invoices are being chased, so to be clear:\n\n"
            "VP26-04602 (leaflets) was paid by bank transfer on 20 November.\n\n"
            "VP26-04655 is wrong. It charges for 5,000 correx yard signs; we ordered and received 2,500, as your own delivery note says. Please cancel it and issue a corrected invoice, and we will pay the correct amount when we have it.\n\n"
            "Regards,\nFiona McAllister\nElection agent, Westbrook Greens"
        ),
        lab(
            refs=("VP26-04602", "VP26-04655"),
            note="one invoice paid, the quantity on the other disputed: dispute wins for the disputed part; the earlier payment date is not a paid_date",
        ),
        inv="VP26-04655",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Nadia Karim", "nadia@karimsbakery.example"),
        "2026-12-04 07:15 +0000",
        "iphone",
        "The window lettering says KARIMS BAKEY. Bakey. It's been up a fortnight and customers are laughing at it. I'm not paying until it's been redone properly.\n\nNadia",
        lab(note="faulty work; payment withheld until it is redone"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Thomas Wirth", "t.wirth@wirth-immobilien.example"),
        "2026-12-10 09:12 +0100",
        "outlook_html",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung VP26-04977 können wir so nicht begleichen. Die 500 Exposé-Broschüren wurden mit orangem statt blauem Logo gedruckt, obwohl der Proof eindeutig in unserem Hausblau (Pantone 287) freigegeben war. Für uns sind die Broschüren nicht verwendbar.\n\n"
            "Wir erwarten einen Neudruck oder eine Gutschrift. Fotos der Broschüren neben dem Proof schicke ich Ihnen gern.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Thomas Wirth\nWirth Immobilien e.K. | Schlossallee 5 | 34117 Kassel\nInhaber: Thomas Wirth · HRA 12345 Amtsgericht Kassel"
        ),
        lab(refs=("VP26-04977",)),
        inv="VP26-04977",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Carsten Mohr", "c.mohr@hsg-elbtal.example"),
        "2026-11-25 20:44 +0100",
        "gmail_plain",
        (
            "Hallo,\n\n"
            "auf der Rechnung VP26-04877 fehlt der Vereinsrabatt von 15 %, den uns Ihr Herr Albers bei der Bestellung der Hallenbanner zugesagt hat. Bitte korrigieren Sie die Rechnung, den richtigen Betrag überweisen wir dann sofort.\n\n"
            "Gruß\nCarsten Mohr\nHSG Elbtal – Abteilung Handball"
        ),
        lab(
            refs=("VP26-04877",),
            note="agreed discount missing: the amount is contested, so dispute rather than invoice_request",
        ),
        inv="VP26-04877",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Claire Dubois", "campagne@unionpourmontclar.example"),
        "2026-12-01 16:37 +0100",
        "outlook",
        (
            "Bonjour,\n\n"
            "Je m'étonne de recevoir cette relance. Les affiches commandées pour la campagne ont été livrées le lendemain du scrutin, alors que nous avions convenu d'une livraison dix jours avant. Elles ne nous ont servi à rien et sont toujours dans leurs cartons.\n\n"
            "Nous ne réglerons pas cette facture. Je vous propose de venir les récupérer.\n\n"
            "Claire Dubois\nDirectrice de campagne – Union pour Montclar"
        ),
        lab(note="late delivery made the goods useless; refusal to pay"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Sophie Garnier", "contact@boutique-lameliane.example"),
        "2026-11-27 10:58 +0100",
        "gmail",
        (
            "Bonjour,\n\n"
            "Cette facture VP26-04421 fait doublon avec la VP26-04390 : même vitrophanie, même montant, même date de pose. Nous avons réglé la VP26-04390 le 2 novembre. Merci d'annuler celle-ci.\n\n"
            "Bonne journée,\nSophie Garnier\nBoutique La Méliane – prêt-à-porter"
        ),
        lab(
            refs=("VP26-04421", "VP26-04390"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="VP26-04421",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Iker Etxeberria", "iker@clubremoibaia.example"),
        "2026-12-09 19:26 +0100",
        "iphone",
        (
            "Hola,\n\n"
            "De las tres lonas para el pabellón, una llegó con los ollaos arrancados y la impresión corrida en una esquina. Las otras dos están bien y esas las pagamos esta semana, pero la tercera no: o la reponéis o nos la abonáis.\n\n"
            "Os mando fotos si hace falta.\n\nIker\nClub de Remo Ibaia"
        ),
        lab(
            note="damaged item; the promise covers only the undisputed part, so the dispute drives the action"
        ),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Femke Jansen", "f.jansen@jansenwonen.example"),
        "2026-12-15 12:09 +0100",
        "android",
        (
            "Hallo,\n\n"
            "Het bedrag op deze factuur klopt niet. In jullie offerte van september staat € 18,50 per tuinbord, gefactureerd is € 24,00 per stuk (60 borden). Graag een gecorrigeerde factuur, dan betalen we die per omgaande.\n\n"
            "Groet,\nFemke Jansen\nJansen Wonen Makelaars"
        ),
        lab(note="price against the quote; Outlook for Android, base64"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Kramer", "ruud.kramer@havenfeestenwierhaven.example"),
        "2026-11-23 21:10 +0100",
        "thunderbird",
        (
            "Goedenavond,\n\n"
            "Wij hebben vijf spandoeken van 5 x 1 meter besteld (zie onze opdrachtbevestiging) en er zijn vijf spandoeken van 3 x 1 meter geleverd. Voor de kadeversiering waren ze daardoor niet bruikbaar. We betalen deze factuur niet zolang dit niet is opgelost.\n\n"
            "Met vriendelijke groet,\nRuud Kramer\nStichting Havenfeesten Wierhaven"
        ),
        lab(note="wrong size delivered"),
        cte="8bit",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paola Ricci", "info@profumeriaricci.example"),
        "2026-11-26 13:22 +0100",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "non abbiamo mai ricevuto l'insegna luminosa né i cartelli vetrina. Il tracking del corriere risulta «consegnato» il 9 novembre, ma nessuno in negozio ha firmato e la firma sulla prova di consegna non è di nessuno di noi.\n\n"
            "Finché la merce non arriva non procediamo al pagamento. Vi chiedo di aprire una contestazione con il corriere.\n\n"
            "Cordiali saluti,\nPaola Ricci\nProfumeria Ricci – Via Garibaldi 14, Lecce"
        ),
        lab(note="goods never received"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Marco Ferri", "tesoriere@insiemeperrivalta.example"),
        "2026-12-11 18:03 +0100",
        "apple",
        (
            "Buonasera,\n\n"
            "il sollecito riporta l'intero importo della fattura VP26-04688, € 1.200,00. Come da accordi abbiamo versato un acconto del 50% (€ 600,00) alla conferma dell'ordine dei manifesti, con bonifico del 3 settembre. Il residuo è quindi € 600,00, non € 1.200,00.\n\n"
            "Vi prego di correggere il saldo del nostro conto; il residuo lo verseremo quando riceveremo l'estratto conto corretto.\n\n"
            "Marco Ferri\nTesoriere – Lista civica Insieme per Rivalta"
        ),
        lab(
            refs=("VP26-04688",),
            note="contests the balance claimed: the September deposit is not a payment of this reminder, and the rest is promised only once the account is corrected",
        ),
        inv="VP26-04688",
        amount="1200.00",
    ),
]

REPLIES += [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Alison Reeve", "treasurer@millbrookhockey.example"),
        "2026-11-30 19:05 +0000",
        "gmail",
        (
            "Hi,\n\n"
            "I'm the treasurer at Millbrook Hockey Club. The £800 for the pitch-side banners is a big chunk for us and subs come in slowly over the winter. Could we pay it at £200 a month over the next four months, starting in December? I can set up a standing order on whatever date suits you.\n\n"
            "Thanks for understanding,\nAlison Reeve"
        ),
        lab(note="monthly instalments proposed; plan amounts and dates are not labelled"),
        amount="800.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Derek Hollins", "campaign@hollinsindependent.example"),
        "2026-12-09 11:44 +0000",
        "outlook",
        (
            "Good morning,\n\n"
            "I'll be honest with you: we lost on the 3rd and the campaign account is close to empty. I don't want to leave you out of pocket. Could we split the £1,950 into three payments of £650, at the end of December, January and February? I'd cover the first one myself if need be.\n\n"
            "Yours,\nDerek Hollins\nIndependent candidate, Ashcombe ward"
        ),
        lab(note="three instalments proposed after a lost election"),
        amount="1950.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Mo Rahman", "mo@cornerbooksandcards.example"),
        "2026-12-11 12:50 +0000",
        "iphone",
        "Paying half today (£240) and the rest on the 31st once the Christmas takings are in, if that's ok?\n\nMo\nCorner Books & Cards",
        lab(note="part payment now plus the rest later → payment_plan, not payment_sent"),
        amount="480.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Melanie Hartwig", "m.hartwig@kranich-events.example"),
        "2026-12-04 14:22 +0100",
        "outlook_html",
        (
            "Guten Tag,\n\n"
            "nach der Absage zweier Firmenfeiern ist unsere Liquidität im Dezember angespannt. Wir möchten Ihnen daher eine Ratenzahlung vorschlagen: drei Raten zu je 500,00 €, fällig am 15.12., 15.01. und 15.02.\n\n"
            "Bitte geben Sie uns kurz Bescheid, ob das für Sie in Ordnung ist.\n\n"
            "Freundliche Grüße\n\n"
            "Melanie Hartwig\nKranich Events GmbH\nHafenweg 7 · 20457 Hamburg\nGeschäftsführerin: Melanie Hartwig · Registergericht Hamburg HRB 123456"
        ),
        lab(note="instalment plan with dates; the first instalment date is not a promised_date"),
        amount="1500.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Gisela Lindner", "lindner.schreibwaren@marktplatz-laeden.example"),
        "2026-11-24 09:15 +0100",
        "thunderbird",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "können wir die Rechnung für das neue Ladenschild in zwei Hälften zahlen? Die erste Hälfte würde ich Anfang Dezember überweisen, die zweite nach dem Weihnachtsgeschäft im Januar.\n\n"
            "Mit freundlichen Grüßen\nGisela Lindner\nSchreibwaren Lindner, Marktplatz 3"
        ),
        lab(note="two halves proposed; ISO-8859-1"),
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Vincent Lemaire", "v.lemaire@lemaire-immobilier.example"),
        "2026-12-17 10:33 +0100",
        "gmail",
        (
            "Bonjour,\n\n"
            "Le marché est très calme depuis la rentrée et notre trésorerie s'en ressent. Serait-il possible d'échelonner le règlement de cette facture en trois mensualités, de janvier à mars ? Je peux vous envoyer un échéancier signé si vous le souhaitez.\n\n"
            "Merci par avance,\n\n"
            "Vincent Lemaire\nLemaire Immobilier – Transaction & Gestion"
        ),
        lab(),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Nuria Pastor", "nuria.pastor@alternativariberaalta.example"),
        "2026-11-23 13:05 +0100",
        "outlook",
        (
            "Buenas tardes:\n\n"
            "Tras las elecciones la agrupación tiene muy poca liquidez. ¿Podríamos pagar esta factura en plazos de 300 euros al mes a partir de enero, hasta completar el importe?\n\n"
            "Quedo a la espera de su respuesta.\n\n"
            "Atentamente,\n\nNuria Pastor\nTesorera - Alternativa Ribera Alta"
        ),
        lab(note="ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Antonio Ruiz", "antonio.ruiz.zapateria@gmail.com"),
        "2026-12-15 18:40 +0100",
        "samsung",
        "Buenas, le propongo pagar 200 € ahora y el resto en dos plazos, uno en enero y otro en febrero. Las ventas este mes van flojas. Dígame si le vale.\n\nAntonio\nZapatería Ruiz",
        lab(note="part now and two instalments, proposed rather than done"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Marloes Visser", "penningmeester@mhcdeijsvogel.example"),
        "2026-12-02 21:18 +0100",
        "gmail",
        (
            "Beste,\n\n"
            "Als vereniging krijgen we de contributie per kwartaal binnen. Zouden we deze factuur in vier termijnen mogen betalen, telkens aan het begin van de maand vanaf januari? Dan past het in onze begroting.\n\n"
            "Sportieve groet,\nMarloes Visser\nPenningmeester MHC De IJsvogel"
        ),
        lab(),
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Yusuf Demir", "yusuf@demirbloemen.example"),
        "2026-12-17 16:45 +0100",
        "iphone",
        "Ik kan nu € 250 overmaken en de rest in januari, is dat goed? December is voor ons de drukste maand maar het geld komt pas later binnen.\n\nYusuf – Demir Bloemen",
        lab(note="part now and the rest in January, asked as a question → payment_plan"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Lorenzo Conti", "segreteria@asdauroravolley.example"),
        "2026-12-01 17:50 +0100",
        "outlook",
        (
            "Buonasera,\n\n"
            "siamo un'associazione sportiva dilettantistica e i contributi degli sponsor arrivano solo a fine stagione. Vi chiediamo se è possibile rateizzare l'importo di € 1.140,00 in tre rate mensili da € 380,00, a partire da gennaio.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Lorenzo Conti\nSegreteria ASD Aurora Volley"
        ),
        lab(),
        amount="1140.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Bellini", "chiara@festeinpiazza.example"),
        "2026-12-16 12:12 +0100",
        "gmail",
        (
            "Ciao,\n\n"
            "possiamo pagare metà adesso e metà a fine gennaio? Il Capodanno in piazza ci ha costretti ad anticipare molte spese. Se per voi va bene, la prima metà parte domani.\n\n"
            "Grazie,\nChiara\nFeste in Piazza – eventi e animazione"
        ),
        lab(note="half tomorrow and half at the end of January: a plan, so no promised_date"),
    ),
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Hannah Cole", "hannah.cole@pryorandbanks.example"),
        "2026-11-24 11:08 +0000",
        "outlook_html",
        (
            "Good morning,\n\n"
            "Our accounts system won't release a payment without a purchase order number on the invoice. Could you please reissue this one with our PO number PO-77120 and send it back to me? The amount is fine.\n\n"
            "Kind regards,\n\n"
            "Hannah Cole\nOffice Manager\nPryor & Banks Estate Agents\n12 Chantry Parade, Ashcombe AS2 4LB | 01632 960418\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Pryor & Banks Ltd is registered in England and Wales, company no. 07654321."
        ),
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Graham Pettit", "graham.pettit@dunmore4council.example"),
        "2026-12-03 17:20 +0000",
        "gmail",
        (
            "Hi,\n\n"
            "I'm the election agent for Margaret Dunmore's campaign. The invoice is made out to Margaret personally, but for our spending return it has to be addressed to the campaign, \"Friends of Margaret Dunmore\". Could you send a corrected copy? Once I have it I can get it paid.\n\n"
            "Thanks,\nGraham Pettit\nAgent, Friends of Margaret Dunmore"
        ),
        lab(
            note="reissue to the right name; amount not contested; the payment is conditional and undated"
        ),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Leanne Marsh", "leanne@marshflorist.example"),
        "2026-12-14 09:41 +0000",
        "iphone",
        "Sorry, which job is this one? We've had three lots of printing done with you this autumn and I can't match this number to any of them. Can you send me the invoice again with what it was for?\n\nLeanne",
        lab(note="asks what the charge is and for the invoice: invoice_request"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Schmid", "petra.schmid@sg-wiesental.example"),
        "2026-11-30 16:12 +0100",
        "thunderbird_html",
        (
            "Guten Tag,\n\n"
            "bitte schicken Sie uns eine Kopie der Rechnung VP26-04920 als PDF. Das Original ist beim Wechsel des Kassenwarts im Oktober leider verloren gegangen, und ohne Beleg darf ich nichts anweisen.\n\n"
            "Vielen Dank und freundliche Grüße\nPetra Schmid\nKassenwartin SG Wiesental 1887 e.V."
        ),
        lab(refs=("VP26-04920",)),
        inv="VP26-04920",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Amélie Faure", "compta@salon-vins-terroirs.example"),
        "2026-12-16 14:27 +0100",
        "outlook_html",
        (
            "Bonjour,\n\n"
            "Afin de faire le point avant la clôture de notre exercice, pourriez-vous nous adresser un relevé de compte reprenant toutes les factures de 2026 et les règlements reçus ?\n\n"
            "Merci d'avance,\n\n"
            "Amélie Faure\nService comptable – Salon Vins & Terroirs\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."
        ),
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Karim Benali", "karim.benali@epicerie-benali.example"),
        "2026-11-24 18:55 +0100",
        "iphone",
        "Bonsoir, je n'ai jamais reçu cette facture, seulement la relance. Vous pouvez me l'envoyer ? Merci\nKarim – Épicerie Benali",
        lab(note="asks for an invoice never received; the amount is not contested"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Beatriz Navarro", "contabilidad@fincasnavarro.example"),
        "2026-12-10 10:14 +0100",
        "owa",
        (
            "Buenos días:\n\n"
            "Para poder contabilizar la factura VP26-05012 necesitamos que la emitan con nuestros datos fiscales correctos: Fincas Navarro, S.L., CIF B-12345678, calle Mayor 21, 46001 Valencia. En la que nos enviaron figura el CIF de otra empresa.\n\n"
            "El importe es correcto. En cuanto la recibamos, la pagamos.\n\n"
            "Un saludo,\n\nBeatriz Navarro\nContabilidad – Fincas Navarro"
        ),
        lab(refs=("VP26-05012",), note="reissue with the right tax ID; the amount is accepted"),
        inv="VP26-05012",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Javier Morales", "javier.morales.cdlospinos@gmail.com"),
        "2026-11-25 22:03 +0100",
        "gmail",
        (
            "Hola,\n\n"
            "Soy el nuevo tesorero del Club Deportivo Atlético Los Pinos. Antes de pagar necesito el albarán de entrega firmado de las pancartas y una copia de la factura, que no encuentro en los papeles que me pasó el anterior tesorero. ¿Me los pueden mandar?\n\n"
            "Gracias,\nJavier Morales"
        ),
        lab(note="asks for the delivery note and a copy of the invoice"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne de Boer", "sanne@boekhandeldeboer.example"),
        "2026-12-04 10:40 +0100",
        "html_only",
        (
            "Goedemorgen,\n\n"
            "Wij kunnen deze factuur niet verwerken, omdat ons inkoopnummer ontbreekt. Wilt u de factuur opnieuw sturen met inkoopnummer IO-2026-0318 erop? Het bedrag is akkoord.\n\n"
            "Met vriendelijke groet,\n\nSanne de Boer\nBoekhandel De Boer\nLange Nieuwstraat 19, Utrecht"
        ),
        lab(note="reissue with a purchase number; HTML-only Outlook message"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Pieter Smit", "pieter@smitfietsen.example"),
        "2026-12-18 15:02 +0100",
        "apple",
        (
            "Hallo,\n\n"
            "Waar is deze factuur voor? Ik heb bij jullie alleen de gevelreclame laten maken en die is in augustus al betaald. Stuur me even de factuur met een omschrijving, dan kijk ik ernaar.\n\n"
            "Pieter Smit\nSmit Fietsen"
        ),
        lab(
            note="asks what the invoice is for and for a copy; the August payment is of another job; not yet a dispute, but close"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Simona Gatti", "amministrazione@gattisport.example"),
        "2026-12-07 09:58 +0100",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "la fattura non ci risulta arrivata tramite SDI, quindi non possiamo registrarla né pagarla. Vi chiediamo di emetterla in formato elettronico con codice destinatario KRX7Q2L.\n\n"
            "Cordiali saluti\nSimona Gatti\nGatti Sport s.r.l. – articoli sportivi"
        ),
        lab(note="asks for the electronic invoice through the Italian exchange system (SDI)"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Alberto Marchetti", "alberto.marchetti@marchettiimmobili.example"),
        "2026-11-26 19:30 +0100",
        "iphone",
        "Buonasera, potete mandarmi copia della fattura con il dettaglio dei cartelli? Non riesco a capire a quali immobili si riferisce.\nGrazie\nAlberto Marchetti",
        lab(),
    ),
]

REPLIES += [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Beth Rowntree", "bethrowntree84@gmail.com"),
        "2026-11-24 20:11 +0000",
        "gmail",
        (
            "Hi,\n\n"
            "I think this has come to me by mistake. I was only a volunteer on the Okafor campaign – I put my own email on the order form because I was the one collecting the signs. I don't deal with any of the money. The treasurer is Priya Nair, treasurer@okafor4mayor.example, so please send it to her.\n\n"
            "Beth"
        ),
        lab(new_contact="treasurer@okafor4mayor.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@ellison-pryce.example"),
        "2026-12-09 08:03 +0000",
        "owa",
        (
            "Dear Supplier,\n\n"
            "Please be advised that with immediate effect all invoices, statements and payment reminders for Ellison Pryce Property Group must be sent ONLY to our new payables mailbox: ellisonpryce.payables@gmail.com\n\n"
            "Our previous address will be deactivated this week due to a system migration. Kindly update your records today and confirm once done. Please also resend all open invoices to the new address so they can be processed before the year end.\n\n"
            "Regards,\nAccounts Department\nEllison Pryce Property Group"
        ),
        lab(
            new_contact="ellisonpryce.payables@gmail.com",
            note="phishing-like redirect from a look-alike domain (ellison-pryce vs ellisonpryce) to a free-mail box; labelled by what it asks, but a person must verify it before any contact is changed",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Neil Foster", "neil.foster@millbrookcc.example"),
        "2026-11-30 08:47 +0000",
        "outlook",
        (
            "Morning,\n\n"
            "I stood down as treasurer at our AGM in October, so I can't authorise this any more. The new treasurer is Dev Khanna – Treasurer@MillbrookCC.example – and I've copied him in. Please send all club invoices to him from now on.\n\n"
            "Cheers,\nNeil Foster\nMillbrook Cricket Club"
        ),
        lab(
            new_contact="treasurer@millbrookcc.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Dev Khanna <Treasurer@MillbrookCC.example>",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Andreas Vogt", "a.vogt@immobilien-lichtenberg.example"),
        "2026-11-26 10:31 +0100",
        "outlook_html",
        (
            "Guten Tag,\n\n"
            "Frau Wendt ist seit dem 1. November nicht mehr bei uns beschäftigt, ihr Postfach wird nur noch übergangsweise weitergeleitet. Rechnungen und Mahnungen senden Sie bitte ausschließlich an buchhaltung@immobilien-lichtenberg.example.\n\n"
            "Mit freundlichen Grüßen\nAndreas Vogt\nImmobilien Lichtenberg GmbH & Co. KG"
        ),
        lab(new_contact="buchhaltung@immobilien-lichtenberg.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Jana Kühn", "jana.kuehn@heimatverein-wernsdorf.example"),
        "2026-12-15 13:40 +0100",
        "gmail",
        (
            "Hallo,\n\n"
            "das Altstadtfest wird seit diesem Jahr nicht mehr vom Heimatverein, sondern vom Stadtmarketing Wernsdorf e.V. ausgerichtet – die Banner hat auch das Stadtmarketing bestellt. Bitte schicken Sie die Rechnung an rechnung@stadtmarketing-wernsdorf.example.\n\n"
            "Viele Grüße\nJana Kühn"
        ),
        lab(
            new_contact="rechnung@stadtmarketing-wernsdorf.example",
            note="another organisation is the customer; its billing address is given",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Patrick Lefèvre", "plefevre@maison-lefevre.example"),
        "2026-12-07 19:02 +0100",
        "iphone",
        "Bonsoir, je ne m'occupe plus de la trésorerie de l'AS Villiers Handball depuis septembre. Voyez avec le nouveau trésorier : tresorier@asvilliers-handball.example\nCordialement, P. Lefèvre",
        lab(new_contact="tresorier@asvilliers-handball.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Côté Sud Immobilier", "contact@cotesud-immo.example"),
        "2026-11-25 07:58 +0100",
        "none",
        (
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er novembre 2026. Pour toute question de facturation ou de règlement, merci d'écrire désormais à compta@cotesud-immo.example.\n\n"
            "L'équipe Côté Sud Immobilier"
        ),
        lab(
            new_contact="compta@cotesud-immo.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact (README rule), not auto_reply",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Vidal", "carmenvidal.campana@gmail.com"),
        "2026-12-03 09:25 +0100",
        "gmail",
        (
            "Buenos días:\n\n"
            "Esta es mi cuenta personal; la usé durante la campaña, pero la candidatura ya está cerrada. Todas las facturas de la campaña las lleva ahora la gestoría: facturas@gestoriaolmedo.example. Por favor, escríbanles a ellos.\n\n"
            "Gracias,\nCarmen Vidal"
        ),
        lab(new_contact="facturas@gestoriaolmedo.example"),
        cte="b64",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Rosa Delgado", "rosadelgado1971@gmail.com"),
        "2026-12-11 21:33 +0100",
        "android",
        "Creo que se han equivocado de persona. Yo no tengo ninguna tienda ni he encargado nunca nada a su empresa. Revisen la dirección, por favor.",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van Dijk", "lotte@vandijkdewit.example"),
        "2026-12-01 09:20 +0100",
        "outlook_html",
        (
            "Goedemorgen,\n\n"
            "Ik ben makelaar en ga niet over de betalingen. Wilt u facturen en herinneringen voortaan sturen naar Crediteuren@VanDijkDeWit.example? Daar worden ze verwerkt.\n\n"
            "Met vriendelijke groet,\n\n"
            "Lotte van Dijk\nVan Dijk & De Wit Makelaardij\nBinnenhaven 8, 1621 Hoorn\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en stel de afzender op de hoogte."
        ),
        lab(
            new_contact="crediteuren@vandijkdewit.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Jeroen Mulder", "jeroen@mulderschoenen.example"),
        "2026-12-17 11:05 +0100",
        "thunderbird",
        (
            "Hallo,\n\n"
            "Onze boekhouding doet Petra Smit van Smit Administratie, zij betaalt ook de facturen. Ik heb haar in de cc gezet. Wilt u haar voortaan rechtstreeks mailen op p.smit@smitadministratie.example?\n\n"
            "Groet,\nJeroen Mulder\nMulder Schoenen"
        ),
        lab(new_contact="p.smit@smitadministratie.example"),
        cc="Petra Smit <p.smit@smitadministratie.example>",
        cte="8bit",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Giuseppe Marino", "giuseppe.marino@prolocovalleverde.example"),
        "2026-12-08 10:44 +0100",
        "outlook",
        (
            "Buongiorno,\n\n"
            "dal 1° novembre non sono più il presidente della Pro Loco Valleverde e non seguo più la parte amministrativa. Per le fatture scrivete alla segreteria: segreteria@prolocovalleverde.example.\n\n"
            "Saluti,\nGiuseppe Marino"
        ),
        lab(new_contact="segreteria@prolocovalleverde.example"),
    ),
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Colin Hatch", "colin@hatchhardware.example"),
        "2026-12-17 14:26 +0000",
        "gmail_plain",
        "Paid this weeks ago. Take me off your mailing list, I'm sick of getting these.\n\nColin",
        lab(note="stop request plus a payment claim: unsubscribe beats everything but bounce"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Joanna Whitcombe", "joanna@whitcombe2026.example"),
        "2026-11-27 12:12 +0000",
        "outlook",
        (
            "Dear Sir or Madam,\n\n"
            "Please stop e-mailing me. I stood as a candidate in May, the campaign has been wound up and this mailbox is about to close. Any further correspondence must be sent by post to the campaign's registered address, which you have on the order.\n\n"
            "Yours faithfully,\nJoanna Whitcombe"
        ),
        lab(note="'by post only' → unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Riverside Festival Volunteers", "volunteers@riversidefest.example"),
        "2026-12-07 10:50 +0000",
        "apple",
        (
            "Hello,\n\n"
            "Please remove this address from your mailing list. It's a shared inbox for festival volunteers and nobody here handles invoices.\n\n"
            "Thanks,\nRiverside Festival volunteer team"
        ),
        lab(
            note="remove-me plus 'nobody here handles invoices' with no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dieter Hahn", "dieter.hahn@hahn-familie.example"),
        "2026-12-02 08:14 +0100",
        "gmail",
        (
            "Guten Morgen,\n\n"
            "bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin seit dem Sommer nicht mehr im Vorstand des Schützenvereins und habe mit dessen Rechnungen nichts mehr zu tun.\n\n"
            "Dieter Hahn"
        ),
        lab(note="remove-me without a new address → unsubscribe"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Claudia Berger", "c.berger@berger-optik.example"),
        "2026-12-18 11:37 +0100",
        "outlook_html",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir haben die Leuchtschilder am 20. November schriftlich reklamiert und bis heute keine Antwort erhalten – stattdessen schicken Sie uns Mahnungen. Ab sofort wünschen wir keine E-Mails mehr von Ihnen. Korrespondenz zu diesem Vorgang bitte ausschließlich per Post.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Claudia Berger\nBerger Optik GmbH · Hauptstraße 40 · 71638 Ludwigsburg\nGeschäftsführerin: Claudia Berger · Amtsgericht Stuttgart HRB 765432"
        ),
        lab(note="complaint plus 'no more e-mail, post only': unsubscribe beats dispute"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Léa Moreau", "lea.moreau.perso@gmail.com"),
        "2026-11-30 13:01 +0100",
        "gmail",
        (
            "Bonjour,\n\n"
            "Merci de me désinscrire de vos envois. Je reçois ces relances sur ma boîte personnelle alors que je ne fais plus partie du comité des fêtes.\n\n"
            "Léa Moreau"
        ),
        lab(),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Marc Blanchard", "marc@blanchard-primeurs.example"),
        "2026-12-16 07:44 +0100",
        "iphone",
        "STOP",
        lab(note="'STOP' as in SMS opt-outs → unsubscribe"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Fernando Gil", "fgil@inmobiliariagil.example"),
        "2026-12-08 17:30 +0100",
        "outlook",
        "Dejen de escribirme. Este asunto lo lleva ya nuestro abogado y cualquier comunicación debe dirigirse a él.\n\nFernando Gil\nInmobiliaria Gil",
        lab(note="'our lawyer handles this' with no address → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Pilar Romero", "pilar@floristeriaromero.example"),
        "2026-12-14 12:55 +0100",
        "android",
        "No quiero recibir más correos de ustedes. Ya está pagado.\n\nPilar Romero",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Inschrijvingen Dijkenloop", "inschrijven@dijkenloop.example"),
        "2026-11-26 15:20 +0100",
        "bottom",
        "Afmelden graag. Dit adres is alleen voor inschrijvingen voor de Dijkenloop.\n\nOrganisatie Dijkenloop",
        lab(),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Sergio Valli", "s.valli@vallicasa.example"),
        "2026-12-10 16:05 +0100",
        "html_only",
        (
            "Buongiorno,\n\n"
            "vi chiedo di cancellare il mio indirizzo dalla vostra lista di invio. Non desidero ricevere altre comunicazioni via e-mail: eventuali solleciti dovranno pervenire solo per raccomandata all'indirizzo della sede.\n\n"
            "Distinti saluti\nSergio Valli\nValli Casa – agenzia immobiliare"
        ),
        lab(note="'registered post only' → unsubscribe"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Rita Esposito", "rita.esposito.merceria@gmail.com"),
        "2026-11-24 13:48 +0100",
        "iphone",
        "Basta con queste email!!! Toglietemi dalla lista, grazie",
        lab(),
    ),
]

REPLIES += [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sophie Lund", "sophie@lundevents.example"),
        "2026-11-27 07:33 +0000",
        "none_html",
        (
            "Thank you for your email. I'm on site setting up the Christmas market until Tuesday and will be back in the office on Wednesday 2 December, when I'll reply.\n\n"
            "For anything urgent about the market, please call the events line on 01632 960772.\n\n"
            "Sophie Lund\nLund Events"
        ),
        lab(return_date="2026-12-02"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Ashcombe Together Support", "help@ashcombetogether.example"),
        "2026-12-01 07:49 +0000",
        "none",
        (
            "Hello,\n\n"
            "Thanks for getting in touch with the Ashcombe Together campaign office. This is an automatic confirmation that we've received your message; it has been logged as ticket #CMP-20481.\n\n"
            "A volunteer will look at it within three working days. Please keep the ticket number in the subject line if you write again.\n\n"
            "Ashcombe Together – campaign office\n(This mailbox is monitored Monday to Friday.)"
        ),
        lab(note="ticket acknowledgement"),
        subject="[Ticket #CMP-20481] {rsub}",
        headers=(AUTO, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Martin Greaves", "martin.greaves@greaveslettings.example"),
        "2026-12-15 07:35 +0000",
        "none_html",
        (
            "Hello,\n\n"
            "I'm on annual leave from 14 December and returning on Monday 4 January 2027. I won't be checking email while I'm away.\n\n"
            "For lettings enquiries please contact my colleague Anita Shah at anita.shah@greaveslettings.example; for accounts, call the office on 01632 960235.\n\n"
            "Kind regards,\nMartin Greaves\nGreaves Lettings"
        ),
        lab(
            return_date="2027-01-04",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Stefanie Roth", "s.roth@roth-immobilien.example"),
        "2026-11-25 07:41 +0100",
        "none_html",
        (
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 30.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 01.12.2026 bin ich wieder für Sie da.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0221 555 7340.\n\n"
            "Mit freundlichen Grüßen\nStefanie Roth\nRoth Immobilien GmbH"
        ),
        lab(return_date="2026-12-01", note="'ab dem 01.12.' wins over 'bis einschließlich 30.11.'"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("TuS Eintracht Bergheide", "geschaeftsstelle@tus-bergheide.example"),
        "2026-12-18 07:52 +0100",
        "none",
        (
            "Liebe Mitglieder, liebe Partner,\n\n"
            "unsere Geschäftsstelle bleibt über die Feiertage vom 18.12.2026 bis 08.01.2027 geschlossen. Ab Montag, dem 11.01.2027, sind wir wieder für Sie da.\n\n"
            "Wir wünschen frohe Weihnachten und einen guten Rutsch!\n\n"
            "Ihre Geschäftsstelle\nTuS Eintracht Bergheide 1898 e.V."
        ),
        lab(
            return_date="2027-01-11",
            note="holiday closure; the stated day back wins over 'bis 08.01.'",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Martin", "i.martin@agence-horizon-immo.example"),
        "2026-11-30 07:38 +0100",
        "none_html",
        (
            "Bonjour,\n\n"
            "Je suis absente jusqu'au vendredi 4 décembre inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le lundi 7 décembre.\n\n"
            "Cordialement,\nIsabelle Martin\nAgence Horizon Immobilier"
        ),
        lab(return_date="2026-12-07", note="'retour le lundi 7' wins over 'jusqu'au 4 inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Festival Jazz en Vignes", "contact@jazzenvignes.example"),
        "2026-12-10 07:41 +0100",
        "none",
        (
            "Bonjour,\n\n"
            "Nous avons bien reçu votre message et vous remercions de l'intérêt que vous portez au festival Jazz en Vignes. L'équipe, composée de bénévoles, vous répondra dans les meilleurs délais.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
            "Festival Jazz en Vignes"
        ),
        lab(note="receipt acknowledgement without Auto-Submitted (only X-Autoreply); no date"),
        subject="Accusé de réception – {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Lorena Castro", "lcastro@castroyasociados-inmo.example"),
        "2026-12-07 08:02 +0100",
        "none_html",
        (
            "Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el 11 de diciembre, con acceso limitado al correo. Para asuntos urgentes puede llamar al 960 555 123.\n\n"
            "Un saludo,\nLorena Castro\nCastro & Asociados Inmobiliaria"
        ),
        lab(return_date="2026-12-11", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Bram de Graaf", "bram@degraafevenementen.example"),
        "2026-11-24 07:36 +0100",
        "none_html",
        (
            "Bedankt voor je bericht. Ik ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer aanwezig. Je mail wordt niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\nBram de Graaf\nDe Graaf Evenementen"
        ),
        lab(
            return_date="2026-11-30",
            note="'vanaf maandag 30 november weer aanwezig' wins over 't/m vrijdag 27'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Secretariaat VV Noorderkwartier", "secretariaat@vvnoorderkwartier.example"),
        "2026-12-03 07:31 +0100",
        "none",
        (
            "Bedankt voor je bericht aan het secretariaat van VV Noorderkwartier!\n\n"
            "Het secretariaat wordt gerund door vrijwilligers en is alleen op dinsdagavond bemand. We lezen je mail dan en reageren zo snel mogelijk.\n\n"
            "Dit is een automatisch antwoord."
        ),
        lab(
            note="club autoresponder with no automatic headers at all; a weekly staffed evening is not a return date"
        ),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Moretti", "v.moretti@morettieventi.example"),
        "2026-12-16 07:44 +0100",
        "none_html",
        (
            "Grazie per il messaggio.\n\n"
            "Sono fuori ufficio per le festività fino a mercoledì 6 gennaio compreso e rientrerò giovedì 7 gennaio 2027. Nel frattempo le e-mail non verranno lette né inoltrate.\n\n"
            "Cordiali saluti,\nValentina Moretti\nMoretti Eventi"
        ),
        lab(return_date="2027-01-07", note="the stated day back wins over 'fino al 6 compreso'"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Cartoleria Il Quaderno", "info@cartoleriailquaderno.example"),
        "2026-11-26 07:40 +0100",
        "none",
        "Gentile cliente,\n\nil negozio è chiuso per inventario fino a sabato 28 novembre. Risponderemo alla sua e-mail alla riapertura.\n\nCartoleria Il Quaderno",
        lab(return_date="2026-11-28", note="'fino a X' with no day back stated → X itself"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Helen Brooks", "helen.brooks@ashcombetogether.example"),
        "2026-11-30 12:20 +0000",
        "outlook_html",
        (
            "Hello,\n\n"
            "Just so you know, our candidate withdrew from the by-election last week for family reasons. I've forwarded your email to the committee and it will be discussed at Thursday's meeting, along with the other campaign bills.\n\n"
            "Regards,\nHelen Brooks\nSecretary, Ashcombe Together"
        ),
        lab(note="no commitment to pay and no new contact; a person should read it"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Jas Dhillon", "jas@dhillonconvenience.example"),
        "2026-12-15 18:02 +0000",
        "outlook_ios",
        "Noted, thanks. Will pass it on to Sandra when she's in.",
        lab(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Owen Pritchard", "owen@pritchardsbutchers.example"),
        "2026-11-23 12:45 +0000",
        "gmail",
        (
            "Hi,\n\n"
            "While I've got you – could you do another 20 of the A-boards like last time, but with \"Christmas orders now taken\" on them? We'd need them by the 12th for the Christmas fair. Can you send me a price?\n\n"
            "Cheers,\nOwen\nPritchard's Butchers"
        ),
        lab(note="new order enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Birgit Albrecht", "b.albrecht@albrecht-feinkost.example"),
        "2026-12-09 15:15 +0100",
        "outlook",
        (
            "Hallo,\n\n"
            "kurze Frage: Haben Sie die Druckdaten für unsere Plakate vom Sommerfest noch gespeichert? Wir möchten im Frühjahr dasselbe Motiv mit neuem Datum bestellen.\n\n"
            "Viele Grüße\nBirgit Albrecht\nAlbrecht Feinkost"
        ),
        lab(note="question about print files; nothing about the invoice"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Olivier Caron", "o.caron@caron-immobilier.example"),
        "2026-12-08 18:20 +0100",
        "iphone",
        "Bonsoir, je ne suis pas au bureau avant jeudi, je regarderai ça à ce moment-là.\nO. Caron",
        lab(
            note="written by a person; 'I'll look at it on Thursday' is no commitment to pay, and it is not an auto-reply"
        ),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Nadia Haddad", "nadia.haddad@boulangerie-haddad.example"),
        "2026-11-27 06:58 +0100",
        "samsung",
        "Merci 🙏",
        lab(note="thanks with an emoji; not a payment claim"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Lucía Herrera", "lucia.herrera.m@gmail.com"),
        "2026-11-26 11:18 +0100",
        "gmail",
        (
            "Buenos días:\n\n"
            "Les escribo porque mi padre, Tomás Herrera, titular de la papelería, falleció a primeros de octubre. Estamos tramitando la herencia y de momento no podemos disponer de las cuentas del negocio.\n\n"
            "Les ruego un poco de paciencia; en cuanto el notario nos lo permita nos pondremos en contacto con ustedes.\n\n"
            "Atentamente,\nLucía Herrera"
        ),
        lab(note="the owner has died: no promise and no date; a person must handle it"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Álvaro Méndez", "alvaro@cbsanroque.example"),
        "2026-12-11 10:07 +0100",
        "gmail_plain",
        (
            "Hola,\n\n"
            "¿Sabéis ya cuándo estarán listas las pancartas para el torneo de Reyes? Las necesitamos antes del 2 de enero.\n\n"
            "Gracias,\nÁlvaro\nCB San Roque"
        ),
        lab(note="question about another order in the reminder thread"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Wouter Kok", "wouter@kokvishandel.example"),
        "2026-12-14 09:57 +0100",
        "iphone",
        "Ontvangen, dank je.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Ellen Bakker", "info@winterfairzuidhaven.example"),
        "2026-11-25 14:33 +0100",
        "gmail",
        (
            "Hoi,\n\n"
            "Klopt het dat jullie ook spandoeken en beachflags verhuren voor evenementen? Voor onze wintermarkt in januari zoeken we zo'n twintig vlaggen voor een weekend. Wat kost dat ongeveer?\n\n"
            "Groeten,\nEllen Bakker\nWinterfair Zuidhaven"
        ),
        lab(note="sales question; nothing about the invoice"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Luca Fontana", "luca.fontana.bar@gmail.com"),
        "2026-12-01 08:40 +0100",
        "android",
        "Ok grazie",
        lab(note="bare acknowledgement; neither a promise nor a payment claim"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Anna Galli", "anna.galli@galliabbigliamento.example"),
        "2026-12-02 11:26 +0100",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "prima di pagare vi chiedo una conferma: la settimana scorsa abbiamo ricevuto una e-mail, apparentemente vostra, secondo cui le vostre coordinate bancarie sono cambiate, con un IBAN lituano (LT12 3456 7890 1234 5678). Il mittente era accounts@velaprint-sign.example.\n\n"
            "È corretto? Finché non ci confermate per telefono le coordinate giuste non facciamo il bonifico.\n\n"
            "Cordiali saluti,\nAnna Galli\nGalli Abbigliamento – Via Dante 5, Bergamo"
        ),
        lab(
            note="suspected bank-detail fraud: a question, payment held until a phone check; not a promise or a dispute, a person must call"
        ),
    ),
]


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
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
    shape: str
    note: str | None = None
    delay_hours: int = 0  # how long the reminder had been queued when this was written

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(hours=self.delay_hours, minutes=2, seconds=-17)

    @property
    def inv(self) -> str:
        return f"VP26-0{4100 + int.from_bytes(digest(self.key, 'inv')[:4], 'big') % 1800}"

    @property
    def cur(self) -> str:
        return "GBP" if self.rlang == "en" else "EUR"

    @property
    def amount(self) -> str:
        cents = 9000 + int.from_bytes(digest(self.key, "amt")[:4], "big") % 240000
        return f"{cents // 100}.{cents % 100:02d}"

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return original_reminder(
            self.rlang,
            self.rcpt,
            self.sent,
            key=self.key,
            inv=self.inv,
            amount=self.amount,
            cur=self.cur,
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    def queue_id(self) -> str:
        return b32(self.key, "qid", 11)


def dsn_date(when: datetime) -> str:
    return format_datetime(when)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    postfix: bool = False,
    original: bool = True,
) -> Message:
    head = [f"Reporting-MTA: dns; {mta}"]
    if postfix:
        head += [f"X-Postfix-Queue-ID: {b.queue_id()}", f"X-Postfix-Sender: rfc822; {AR_ADDR}"]
    head.append(f"Arrival-Date: {dsn_date(b.sent)}")
    rcpt = [f"Final-Recipient: rfc822; {b.rcpt}"]
    if original:
        rcpt.append(f"Original-Recipient: rfc822;{b.rcpt}")
    rcpt += [f"Action: {action}", f"Status: {b.status}"]
    if remote:
        rcpt.append(f"Remote-MTA: dns; {remote}")
    rcpt.append(f"Diagnostic-Code: smtp; {diagnostic}")
    rcpt.append(f"Last-Attempt-Date: {dsn_date(b.dt)}")
    if action == "delayed":
        rcpt.append(f"Will-Retry-Until: {dsn_date(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return ds


def rfc822_headers(b: Bounce) -> Message:
    rem = b.reminder()
    text = "".join(f"{k}: {v}\n" for k, v in rem.items() if k not in {"Content-Transfer-Encoding"})
    part = MIMENonMultipart("text", "rfc822-headers")
    part.set_payload(text)
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
    family: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1].lower()
    msg["Message-ID"] = f"<{b32(b.key, 'bmid', 16).lower()}.{int(b.dt.timestamp())}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, family)


def raw_copy(b: Bounce) -> str:
    """The reminder as the remote server stored it, headers and encoded body."""
    return b.reminder().as_string()


POSTFIX_SENDER = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@velaprintsign.example>"
)
GOOGLE_SENDER = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def human_alternative(text: str, markup: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def paragraphs_html(text: str) -> str:
    return "<html><head></head><body>" + html_paras(text) + "</body></html>\n"


def bounce_postfix_user_unknown(b: Bounce) -> Message:
    mx = f"mx.{b.domain}"
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {mx}[198.51.100.17] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            delivery_status(b, AR_MTA, "failed", diag, remote=mx, postfix=True), "Delivery report"
        ),
        described(MIMEMessage(b.reminder()), "Undelivered Message"),
    ]
    return finish(
        b, report(parts), POSTFIX_SENDER, "Undelivered Mail Returned to Sender", family="postfix"
    )


def bounce_exchange_no_domain(b: Bounce) -> Message:
    server = "DB9EUR02FT014.eop-EUR02.prod.protection.outlook.example"
    diag = f"550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}] [{server}]"
    text = (
        f"Your message to {b.rcpt} couldn't be delivered.\n\n"
        f"{b.domain} couldn't be found. The address may be mistyped, or the domain may have lapsed.\n\n"
        f"accounts          Office 365          {b.domain}\n"
        "Action Required                        Domain\n\n\n"
        "Domain not found\n\n"
        "How to Fix It\n"
        "Check the part of the address after the @ sign. If it is spelt correctly, the recipient's domain no longer resolves: ask the recipient, by phone or in person, for an address that works, and send the message again.\n\n"
        "More Info for Email Admins\n"
        "Status code: 550 5.4.310\n\n"
        f"The DNS lookup for {b.domain} returned NXDOMAIN, so the message could not be routed. This is permanent; the message will not be retried.\n\n"
        "Original Message Details\n"
        f"Created Date:      {b.sent.strftime('%d/%m/%Y %H:%M:%S')}\n"
        f"Sender Address:    {AR_ADDR}\n"
        f"Recipient Address: {b.rcpt}\n"
        f"Subject:           {b.subject()}\n\n"
        "Error Details\n"
        f"Error:             {diag}\n"
        f"Message rejected by: {server}\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:17pt;color:#000000">Your message to <a href="mailto:{b.rcpt}">{b.rcpt}</a> couldn\'t be delivered.</p>'
        f'<p style="font-size:15pt;color:#C00000"><b>{b.domain}</b> couldn\'t be found. The address may be mistyped, or the domain may have lapsed.</p>'
        "<table><tr><td>accounts</td><td>Office 365</td><td>" + b.domain + "</td></tr>"
        '<tr><td></td><td style="color:#c00000"><b>Action Required</b></td><td>Domain</td></tr></table>'
        "<p><b>Domain not found</b></p><p><b>How to Fix It</b><br>Check the part of the address after the @ sign. If it is spelt correctly, the recipient's domain no longer resolves: ask the recipient, by phone or in person, for an address that works, and send the message again.</p>"
        '<p style="font-size:12pt"><b>More Info for Email Admins</b><br>Status code: 550 5.4.310</p>'
        f"<p>The DNS lookup for {b.domain} returned NXDOMAIN, so the message could not be routed. This is permanent; the message will not be retried.</p>"
        f"<p><b>Error Details</b><br>Error: {html.escape(diag)}<br>Message rejected by: {server}</p>"
        "</div></body></html>\n"
    )
    parts = [
        human_alternative(text, markup),
        delivery_status(b, server, "failed", diag, original=False),
        MIMEMessage(b.reminder()),
    ]
    extra = (
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-Has-Attach", "yes"),
    )
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Undeliverable: {b.subject()}",
        family="outlook",
        extra=extra,
    )


def bounce_qmail_quota(b: Bounce) -> Message:
    host = "mail.hostbox-uk.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "The users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 20417 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (192.0.2.25)\n  by {host} with ESMTPS; {format_datetime(b.sent)}\n"
        f"{raw_copy(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", family="generic")


def bounce_exim_de(b: Bounce) -> Message:
    host = "mx02.hostingwerk.example"
    text = (
        "Diese Nachricht wurde automatisch vom Mailserver erzeugt.\n\n"
        "Ihre E-Mail konnte an mindestens einen Empfänger nicht zugestellt werden.\n"
        "Der Fehler ist dauerhaft, es erfolgt kein weiterer Zustellversuch:\n\n"
        f"  {b.rcpt}\n"
        f"    SMTP-Fehler vom Zielserver nach RCPT TO:<{b.rcpt}>:\n"
        f"    host mx01.{b.domain} [203.0.113.40]: 550 5.1.1 <{b.rcpt}>:\n"
        "    Postfach unbekannt / mailbox unknown\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse oder fragen Sie beim Empfänger\n"
        "nach einer gültigen Anschrift.\n\n"
        "------ Kopie der Nachricht mit allen Kopfzeilen ------\n\n"
        f"{raw_copy(b)}"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    extra = (("X-Failed-Recipients", b.rcpt),)
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Unzustellbar: Ihre Nachricht wurde nicht zugestellt",
        family="generic",
        extra=extra,
    )


def bounce_exchange_delay_de(b: Bounce) -> Message:
    server = "FR3P281MB1742.DEUP281.PROD.OUTLOOK.example"
    diag = f"451 4.4.316 Connection refused [Message=SocketError] [LastAttemptedServerName=mail.{b.domain}] [LastAttemptedIP=203.0.113.88:25] [{server}]"
    text = (
        "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n"
        f"{b.rcpt}\n\n"
        f"Betreff: {b.subject()}\n\n"
        "Die Nachricht ist noch nicht angekommen. Der Server versucht es weiter und meldet sich erneut, falls die Zustellung endgültig scheitert. Sie müssen nichts unternehmen.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\n"
        f"Remoteserver hat '{diag}' zurückgegeben\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p><b><font color="#000066" size="3" face="Arial">Die Zustellung an diese Empfänger oder Gruppen verzögert sich:</font></b></p>'
        f'<p><a href="mailto:{b.rcpt}">{b.rcpt}</a></p><p>Betreff: {html.escape(b.subject())}</p>'
        "<p>Die Nachricht ist noch nicht angekommen. Der Server versucht es weiter und meldet sich erneut, falls die Zustellung endgültig scheitert. Sie müssen nichts unternehmen.</p>"
        f"<p><b>Diagnoseinformationen für Administratoren:</b></p><p>Generierender Server: {server}</p>"
        f"<p>{b.rcpt}<br>Remoteserver hat '{html.escape(diag)}' zurückgegeben</p></body></html>\n"
    )
    parts = [
        human_alternative(text, markup),
        delivery_status(b, server, "delayed", diag, original=False),
        rfc822_headers(b),
    ]
    extra = (("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""))
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Zustellung verzögert: {b.subject()}",
        family="outlook",
        extra=extra,
    )


def bounce_backup_mx_fr(b: Bounce) -> Message:
    host = "mx-secours.hebergement-ouest.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur de secours {host}.\n\n"
        f"Votre message pour <{b.rcpt}> est arrivé chez nous, mais le serveur principal du destinataire (mail.{b.domain}) coupe la connexion avant la fin de la transmission.\n\n"
        "Le message reste en file d'attente et nous réessaierons régulièrement pendant cinq jours. Vous n'avez rien à renvoyer pour le moment ; si la remise échoue définitivement, vous recevrez un autre avis.\n\n"
        "Code renvoyé : 4.4.2 (connexion interrompue)\n\n"
        "-- \nLe service messagerie\n"
    )
    diag = "421 4.4.2 Connection dropped during DATA"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, remote=f"mail.{b.domain}"),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Serveur de messagerie <MAILER-DAEMON@{host}>",
        "Avis de retard de distribution (message toujours en attente)",
        family="generic",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"No hemos podido entregar tu mensaje a {b.rcpt}: la dirección no existe o no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2b4e9c2f8a1si88712345ad.301 - gsmtp",
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human_alternative(text, markup),
        delivery_status(
            b, "mx.google.com", "failed", diag, remote="gmail-smtp-in.l.google.com", original=False
        ),
        MIMEMessage(b.reminder()),
    ]
    extra = (("X-Failed-Recipients", b.rcpt),)
    return finish(
        b,
        report(parts),
        GOOGLE_SENDER,
        "Notificación de estado de entrega (error)",
        family="gmail",
        extra=extra,
    )


def bounce_full_es(b: Bounce) -> Message:
    host = "correo.alojamientos-levante.example"
    text = (
        "Este es un aviso automático del sistema de correo.\n\n"
        f"Hemos recibido su mensaje para {b.rcpt}, pero el buzón del destinatario está lleno y de momento no admite más correo.\n\n"
        "Lo guardamos en cola y seguiremos intentando entregarlo durante los próximos cinco días. No hace falta que lo vuelva a enviar; si al final no se puede entregar, le avisaremos.\n\n"
        f"Detalle técnico: 452 4.2.2 <{b.rcpt}>: buzón lleno (cuota superada)\n"
    )
    diag = f"452 4.2.2 <{b.rcpt}>: Mailbox full"
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, host, "delayed", diag),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema de correo <mailer-daemon@{host}>",
        f"Entrega retrasada: {b.subject()}",
        family="generic",
    )


def bounce_html_nl(b: Bounce) -> Message:
    host = "mail.webhuis-hosting.example"
    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Onbestelbaar</title></head>'
        '<body style="font-family:Verdana,Arial,sans-serif;font-size:13px">'
        '<table width="100%" cellpadding="8"><tr><td style="background:#1d4e89;color:#ffffff;font-size:16px"><b>Bericht niet afgeleverd</b></td></tr>'
        "<tr><td>"
        f"<p>Uw e-mail aan <b>{b.rcpt}</b> kon niet worden afgeleverd, omdat dit adres niet (meer) bestaat bij de ontvangende server.</p>"
        "<p>Controleer of het adres goed gespeld is. Klopt het wel, neem dan op een andere manier contact op met de ontvanger en vraag om een werkend e-mailadres.</p>"
        "<p>Dit is een definitieve fout; er volgen geen nieuwe pogingen.</p>"
        f'<p style="color:#777777;font-size:11px">Technische melding: 550 5.1.1 &lt;{b.rcpt}&gt;: mailbox bestaat niet (user unknown)<br>'
        f"Server: {host}</p>"
        "<p>Het oorspronkelijke bericht vindt u in de bijlage.</p>"
        "</td></tr></table></body></html>\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(markup, "html", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        f"Postmaster <postmaster@{host}>",
        f"Onbestelbaar bericht: {b.subject()}",
        family="generic",
    )


def bounce_delay_nl(b: Bounce) -> Message:
    host = "relay2.netwerkhosting.example"
    text = (
        "Dit is een automatisch bericht van de mailserver.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet bezorgd. De server van de ontvanger (mx.{b.domain}) reageert al {b.delay_hours} uur niet.\n\n"
        "U hoeft niets te doen: we blijven het nog vijf dagen proberen. Lukt het dan nog steeds niet, dan krijgt u een nieuwe melding en komt het bericht terug.\n\n"
        "Foutcode: 4.4.1 (verbinding verlopen)\n"
    )
    diag = "421 4.4.1 Connection timed out"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, remote=f"mx.{b.domain}"),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Vertraagde bezorging: bericht nog niet afgeleverd",
        family="generic",
    )


def bounce_disabled_it(b: Bounce) -> Message:
    host = "mbox.postaweb-italia.example"
    text = (
        "Messaggio generato automaticamente dal sistema di posta.\n\n"
        f"Non è stato possibile recapitare il suo messaggio a {b.rcpt}.\n\n"
        "La casella di destinazione è stata disattivata su richiesta del titolare e non riceve più posta. L'errore è definitivo: non saranno fatti altri tentativi.\n\n"
        "Il titolare della casella vi chiede di rimuovere questo indirizzo dalle vostre liste di invio.\n\n"
        f"Risposta del server: 550 5.2.1 <{b.rcpt}>: casella disattivata / mailbox disabled\n\n"
        "Il messaggio originale è allegato.\n"
    )
    diag = f"550 5.2.1 <{b.rcpt}>: mailbox disabled, not accepting messages"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema di posta <mailer-daemon@{host}>",
        f"Mancato recapito: {b.subject()}",
        family="generic",
    )


def bounce_quota_it(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "ATTENZIONE: questo è un messaggio automatico, non rispondere.\n\n"
        "Il messaggio indicato sotto non è ancora stato consegnato:\n\n"
        f"  destinatario:  {b.rcpt}\n"
        "  motivo:        casella piena (spazio esaurito) - 452 4.2.2 Mailbox full\n"
        f"  in coda da:    {b.delay_hours} ore\n\n"
        "Il server continuerà a tentare la consegna per tre giorni. Se nel frattempo il destinatario libera spazio, il messaggio verrà consegnato senza che lei debba fare nulla.\n\n"
        "---------- Intestazioni del messaggio ----------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "MAILER-DAEMON <MAILER-DAEMON@smtp.fastnet-italia.example>",
        "Avviso: messaggio non ancora consegnato",
        family="generic",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_user_unknown": bounce_postfix_user_unknown,
    "exchange_no_domain": bounce_exchange_no_domain,
    "qmail_quota": bounce_qmail_quota,
    "exim_de": bounce_exim_de,
    "exchange_delay_de": bounce_exchange_delay_de,
    "backup_mx_fr": bounce_backup_mx_fr,
    "gmail_es": bounce_gmail_es,
    "full_es": bounce_full_es,
    "html_nl": bounce_html_nl,
    "delay_nl": bounce_delay_nl,
    "disabled_it": bounce_disabled_it,
    "quota_it": bounce_quota_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "fixtures@kestrelathletics.example",
        "2026-11-24 07:41 +0000",
        "en",
        "postfix_user_unknown",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.4.310",
        "lettings@northgate-homes.example",
        "2026-12-03 07:52 +0000",
        "en",
        "exchange_no_domain",
        "Exchange Online NDR: the recipient's domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "5.2.2",
        "hello@brambleandthorn.example",
        "2026-12-10 07:58 +0000",
        "en",
        "qmail_quota",
        "qmail says 'permanent error', but an over-quota mailbox is soft (mailbox-full rule); the 5.2.2 code is kept",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.1",
        "vorstand@tsv-eichenau.example",
        "2026-11-26 08:47 +0100",
        "de",
        "exim_de",
        "Exim-style German notice, single text part with the returned message inline, not RFC 3464",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.316",
        "info@immobilien-brandl.example",
        "2026-12-08 13:36 +0100",
        "de",
        "exchange_delay_de",
        "Exchange 'Zustellung verzögert' delay notice",
        delay_hours=5,
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "4.4.2",
        "tresorerie@festival-des-lueurs.example",
        "2026-12-01 12:14 +0100",
        "fr",
        "backup_mx_fr",
        "backup MX delay report in French",
        delay_hours=4,
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "cdlaslomas.tesoreria@gmail.com",
        "2026-11-30 08:39 +0100",
        "es",
        "gmail_es",
        "Gmail DSN in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.2.2",
        "ventas@ferreteriaortega.example",
        "2026-12-15 11:05 +0100",
        "es",
        "full_es",
        "Spanish provider delay report, mailbox full; human part in ISO-8859-1",
        delay_hours=3,
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "hard",
        "5.1.1",
        "info@kaashuisdenouden.example",
        "2026-12-07 08:44 +0100",
        "nl",
        "html_nl",
        "HTML-only Dutch notice in multipart/mixed with the returned message",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "soft",
        "4.4.1",
        "secretariaat@vvdezwaluwen.example",
        "2026-12-16 14:31 +0100",
        "nl",
        "delay_nl",
        delay_hours=6,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.2.1",
        "amministrazione@listacivica-borgonuovo.example",
        "2026-11-25 08:36 +0100",
        "it",
        "disabled_it",
        "mailbox disabled; the notice passes on a request to drop the address from mailing lists, but a bounce wins over unsubscribe",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "negozio@cartoleriabellini.example",
        "2026-12-17 10:20 +0100",
        "it",
        "quota_it",
        "single-part ISO-8859-1 notice with the original headers inline",
        delay_hours=2,
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
    items += [(b.key, BOUNCE_BUILDERS[b.shape](b), bounce_label(b)) for b in BOUNCES]
    return items


def check_label(key: str, label: Mapping[str, object]) -> None:
    intent, lang = str(label["intent"]), str(label["language"])
    if intent not in INTENTS or lang not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    if not key.startswith(
        {
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
        }[intent]
        + f"-{lang}-"
    ):
        raise SystemExit(f"{key}: key does not match intent and language")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is not None:
            datetime.strptime(str(value), "%Y-%m-%d")
    amount = label["amount"]
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None:
        units, _, cents = str(amount).partition(".")
        if not (units.isdigit() and len(cents) == 2 and cents.isdigit()):
            raise SystemExit(f"{key}: amount {amount} is not NNNN.NN")
    contact = label["new_contact"]
    if contact is not None and str(contact) != str(contact).lower():
        raise SystemExit(f"{key}: new_contact must be lower case")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
        str(msg[header])  # decodes encoded words
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if msg.defects:
        raise SystemExit(f"{name}: defects {msg.defects}")


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
    for key, _, label in items:
        check_label(key, label)
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
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
