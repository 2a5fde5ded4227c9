# ruff: noqa: C901, E501, PLR0917, RUF001, RUF002
# Message text is kept the way a mail client sends it: one paragraph a line, with the
# typographic dashes, quotes and non-ASCII letters people and their clients really type.
"""Build held-out reply corpus 89: `h89-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables
mailbox of Rubble & Roll Skip Hire. The new text of each message is written by hand below;
the script only adds what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings.
Run it from anywhere: it writes next to itself, deterministically (no clock, no randomness
beyond fixed hashes).
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
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20271122
PREFIX = "h89"
AR_NAME = "Rubble & Roll Accounts"
AR_ADDR = "receivables@rubbleroll-skips.example"
AR_DOMAIN = "rubbleroll-skips.example"
FIRST_DAY = date(2027, 11, 22)
LAST_DAY = date(2027, 12, 17)
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
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
# The only label fields each intent may fill (the winning intent's fields).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}
# Per intent: the one language (besides English) that has a single message; the others have two.
SINGLE_LANG = {
    "payment_sent": "it",
    "promise_to_pay": "es",
    "dispute": "nl",
    "payment_plan": "fr",
    "invoice_request": "de",
    "wrong_contact": "it",
    "unsubscribe": "es",
    "auto_reply": "nl",
    "bounce": "fr",
    "other": "de",
}
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}

# --------------------------------------------------------------------------------------------
# Locale tables (mail-client strings)
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}:{ss}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}:{ss}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}:{ss}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}:{ss}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}:{ss}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}:{ss}",
}
# divider, From, Sent, To, Cc, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Cc", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Cc", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Cc", "Oggetto", ": "),
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Rubble & Roll Skip Hire",
    "de": "Überfällige Rechnung {inv} – Rubble & Roll Skip Hire",
    "fr": "Facture échue {inv} – Rubble & Roll Skip Hire",
    "es": "Factura vencida {inv} – Rubble & Roll Skip Hire",
    "nl": "Vervallen factuur {inv} – Rubble & Roll Skip Hire",
    "it": "Fattura scaduta {inv} – Rubble & Roll Skip Hire",
}
REMINDER_FIELDS = {
    "en": ("Invoice", "For", "Issued", "Due", "Balance"),
    "de": ("Rechnung", "Leistung", "Datum", "Fällig", "Offen"),
    "fr": ("Facture", "Prestation", "Date", "Échéance", "Solde dû"),
    "es": ("Factura", "Servicio", "Fecha", "Vencimiento", "Pendiente"),
    "nl": ("Factuur", "Omschrijving", "Datum", "Vervaldatum", "Openstaand"),
    "it": ("Fattura", "Servizio", "Data", "Scadenza", "Importo"),
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our accounts show the invoice below as unpaid and past its due date.\n\n"
        "{table}\n\n"
        "If payment is already on its way, thank you – a quick reply with the date you paid helps us match it. If something on the invoice is not right, or you need a copy, just reply to this e-mail.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nRubble & Roll Skip Hire Ltd\nYard 3, Canal Side Industrial Park\nreceivables@rubbleroll-skips.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl das Zahlungsziel bereits überschritten ist:\n\n"
        "{table}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit, damit wir den Eingang zuordnen können. Stimmt etwas an der Rechnung nicht oder benötigen Sie eine Kopie, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nRubble & Roll Skip Hire\nreceivables@rubbleroll-skips.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Selon notre comptabilité, la facture ci-dessous n'est pas réglée alors que son échéance est dépassée :\n\n"
        "{table}\n\n"
        "Si le règlement est déjà parti, merci, et n'hésitez pas à nous indiquer sa date pour que nous puissions le rapprocher. Si quelque chose ne va pas sur la facture ou s'il vous en faut une copie, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Comptabilité Clients\nRubble & Roll Skip Hire\nreceivables@rubbleroll-skips.example"
    ),
    "es": (
        "Hola:\n\n"
        "En nuestra contabilidad figura pendiente de pago la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "{table}\n\n"
        "Si ya la han pagado, gracias; indíquennos la fecha del pago para poder conciliarlo. Si hay algún error en la factura o necesitan una copia, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nRubble & Roll Skip Hire\nreceivables@rubbleroll-skips.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet betaald, terwijl de betaaltermijn verstreken is:\n\n"
        "{table}\n\n"
        "Heeft u al betaald, dan alvast bedankt; laat u ons de betaaldatum weten, dan kunnen we de betaling koppelen. Klopt er iets niet aan de factuur of heeft u een kopie nodig, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nRubble & Roll Skip Hire\nreceivables@rubbleroll-skips.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità la fattura indicata sotto risulta ancora da saldare, benché la scadenza sia passata:\n\n"
        "{table}\n\n"
        "Se avete già pagato, grazie: indicateci la data del pagamento così possiamo abbinarlo. Se qualcosa nella fattura non torna o vi serve una copia, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nRubble & Roll Skip Hire\nreceivables@rubbleroll-skips.example"
    ),
}
SERVICES = {
    "en": (
        "8-yard builders' skip, 14-day hire – {site}",
        "6-yard skip exchange – {site}",
        "20-yard ro-ro container, 2 lifts – {site}",
        "4-yard mini skip, 7-day hire – {site}",
        "12-yard enclosed skip, 14-day hire – {site}",
    ),
    "de": (
        "Absetzcontainer 7 m³, 14 Tage – Baustelle {site}",
        "Abrollcontainer 20 m³, 2 Wechsel – {site}",
        "Absetzcontainer 5 m³ Bauschutt – {site}",
    ),
    "fr": (
        "Benne 8 m³, location 14 jours – chantier {site}",
        "Benne ampliroll 20 m³, 2 rotations – {site}",
        "Benne gravats 6 m³ – {site}",
    ),
    "es": (
        "Contenedor de obra 6 m³, 15 días – {site}",
        "Contenedor de gancho 20 m³, 2 cambios – {site}",
        "Contenedor de escombros 4 m³ – {site}",
    ),
    "nl": (
        "Afzetcontainer 6 m³, 14 dagen – {site}",
        "Containerwissel 20 m³ – {site}",
        "Afzetcontainer 3 m³ puin – {site}",
    ),
    "it": (
        "Cassone scarrabile 20 mc, 2 svuotamenti – cantiere {site}",
        "Cassone 6 mc, noleggio 15 giorni – {site}",
        "Cassone 4 mc inerti – {site}",
    ),
}
SITES = {
    "en": (
        "42 Gorse Lane",
        "Unit 7, Millbrook Park",
        "Old Station Yard",
        "18 Carver Street",
        "Meadow Close",
    ),
    "de": ("Lindenstraße 12", "Gewerbegebiet Nord", "Am Sportplatz 3", "Hauptstraße 88"),
    "fr": ("12 rue des Tanneurs", "ZA du Moulin", "8 avenue Jean-Jaurès", "chemin des Vignes"),
    "es": ("C/ Mayor 14", "Polígono Las Arenas, nave 9", "Avda. del Puerto 52", "C/ San Roque 3"),
    "nl": ("Kerkstraat 21", "Bedrijventerrein De Hoek", "Molenweg 4", "Havenkade 17"),
    "it": ("Via Roma 18", "Zona industriale Sud", "Via dei Mille 40", "Strada Provinciale 12"),
}
# Characters a legacy charset cannot carry, as the sending client writes them instead.
FALLBACKS = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


# --------------------------------------------------------------------------------------------
# Small helpers: hashes, dates, text
# --------------------------------------------------------------------------------------------


def T(text: str) -> str:
    """A hand-written message body: dedented, without the surrounding blank lines."""
    return textwrap.dedent(text).strip("\n")


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (the only source of 'randomness')."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def pick(key: str, salt: str, n: int) -> int:
    """A stable number in range(n) derived from the key."""
    return int.from_bytes(digest(key, salt)[:6], "big") % n


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length n derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def parse_when(when: str) -> datetime:
    """'YYYY-MM-DD HH:MM +ZZZZ' to an aware datetime."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def date_parts(loc: str, dt: datetime) -> dict[str, str]:
    """Everything a locale template may ask for about a moment."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wd": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of a moment."""
    return template.format(**date_parts(loc, dt), **extra)


def day_text(lang: str, d: date) -> str:
    """A date as the reminder prints it in its language."""
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def money(lang: str, value: str) -> str:
    """A decimal amount in the reminder's currency and the language's layout."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        return grouped.replace(",", "\u202f") + f",{cents} €"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


def fit(text: str, charset: str) -> str:
    """Replace what a legacy charset cannot carry, as the client would."""
    if charset in {"utf-8", "us-ascii"}:
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACKS[ch])
    return "".join(out)


def quote_lines(text: str) -> str:
    """Quote text the way plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text with its line breaks kept, for simple HTML bodies."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text as HTML paragraphs."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", "&nbsp; ") if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flowed(text: str, prefix: str = "") -> str:
    """RFC 3676 format=flowed: space-stuffing and soft line breaks, as Thunderbird writes."""
    width = 72 - len(prefix)
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        if not line:
            out.append(prefix.rstrip() if prefix else "")
            continue
        if not prefix and (line.startswith((" ", ">")) or line.startswith("From ")):
            line = " " + line
        while len(line) > width and " " in line[1:width]:
            cut = line.rfind(" ", 1, width)
            out.append(prefix + line[: cut + 1])
            line = line[cut + 1 :]
        out.append(prefix + line)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message in answer to a reminder: who, when, which client, labels."""

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
    svc: str = ""
    issued: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    orig_to: tuple[str, str] | None = None
    cc: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's zone."""
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> str:
        """Language of the reminder the message answers."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """Language of the mail client's own strings."""
        return self.loc or self.lang


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Invoice:
    """The invoice a reminder is about, with what the reminder prints."""

    number: str
    service: str
    issued: date
    amount: str
    lang: str

    @property
    def due(self) -> date:
        """Thirty days' terms."""
        return self.issued + timedelta(days=30)


def invoice_for(
    key: str, lang: str, inv: str = "", svc: str = "", issued: str = "", amt: str = ""
) -> Invoice:
    """The reminder's invoice: what the spec names, the rest derived from the key."""
    number = inv or f"RR {8780 + pick(key, 'inv', 110):04d}-{1 + pick(key, 'sub', 9):02d}"
    if not svc:
        choices = SERVICES[lang]
        sites = SITES[lang]
        svc = choices[pick(key, "svc", len(choices))].format(
            site=sites[pick(key, "site", len(sites))]
        )
    day = (
        date.fromisoformat(issued)
        if issued
        else date(2027, 9, 20) + timedelta(days=pick(key, "iss", 31))
    )
    if not amt:
        amt = f"{(180 + pick(key, 'amt', 2100)) // 5 * 5}.{('00', '50', '00', '40')[pick(key, 'cents', 4)]}"
    return Invoice(number, svc, day, amt, lang)


def reminder_subject(lang: str, number: str) -> str:
    """The reminder's Subject."""
    return REMINDER_SUBJECT[lang].format(inv=number)


def reminder_text(inv: Invoice) -> str:
    """The reminder's body in its language."""
    names = REMINDER_FIELDS[inv.lang]
    values = (
        inv.number,
        inv.service,
        day_text(inv.lang, inv.issued),
        day_text(inv.lang, inv.due),
        money(inv.lang, inv.amount),
    )
    table = "\n".join(f"    {name:<14}{value}" for name, value in zip(names, values, strict=True))
    return REMINDER_BODY[inv.lang].format(table=table)


def reminder_sent(reply_dt: datetime, key: str, lag_days: int) -> datetime:
    """When the reminder left: a working morning before the reply, about 07:30 UK time."""
    day = (reply_dt.astimezone(UK) - timedelta(days=lag_days)).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(
        day.year,
        day.month,
        day.day,
        7,
        30 + pick(key, "min", 9),
        10 + pick(key, "sec", 40),
        tzinfo=UK,
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder (what In-Reply-To points at)."""
    return f"<dun.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_message(key: str, lang: str, rcpt: str, sent: datetime) -> Message:
    """The reminder as the receivables mailbox sent it (returned inside bounces)."""
    inv = invoice_for(key, lang)
    msg = text_part(reminder_text(inv), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = encode_header(reminder_subject(lang, inv.number), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "dunmail"
    headers_in_client_order(msg)
    return msg


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client chose."""
    charset = cs.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part; refuses text that the declared charset cannot carry."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject", b_words: bool = False) -> str:
    """A header value as the client writes it: RFC 2047 encoded words when not ASCII.

    Outlook writes UTF-8 headers as B (base64) words; most other clients use Q words.
    """
    if value.isascii():
        return value
    try:
        value.encode(charset)
        enc = charset
    except (UnicodeEncodeError, LookupError):
        enc = "utf-8"
    word_charset = cs.Charset(enc)
    if b_words and enc == "utf-8":
        word_charset.header_encoding = cs.BASE64
    return Header(value, word_charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, b_words: bool = False) -> str:
    """A From/To/Cc mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From', b_words)} <{addr}>"


def headers_in_client_order(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
}


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries shaped like the sending software's."""
    prefix = BOUNDARY_STYLE.get(family, "_000_" if family == "outlook" else "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, family: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    headers_in_client_order(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The reminder this reply answers, converted to the sender's zone and charset."""
    inv = invoice_for(r.key, r.reminder_lang, r.inv, r.svc, r.issued, r.amt)
    sent = reminder_sent(r.dt, r.key, 0 if r.intent == "auto_reply" else 1 + pick(r.key, "lag", 2))
    name, addr = r.orig_to or r.who
    return Quote(
        fit(reminder_text(inv), r.charset),
        fit(reminder_subject(r.reminder_lang, inv.number), r.charset),
        sent.astimezone(r.dt.tzinfo),
        r.client_lang,
        f"{name} <{addr}>",
    )


def outlook_rows(q: Quote, seconds: bool = False) -> list[tuple[str, str]]:
    """Label/value rows of Outlook's reply header."""
    _, frm, sent, to, _, subj, _ = OUTLOOK_LABELS[q.loc]
    when = fmt((ANDROID_SENT if seconds else OUTLOOK_SENT)[q.loc], q.loc, q.sent)
    return [(frm, f"{AR_NAME} <{AR_ADDR}>"), (sent, when), (to, q.to), (subj, q.subject)]


def outlook_block(q: Quote, seconds: bool = False) -> str:
    """Outlook's plain-text reply header."""
    sep = OUTLOOK_LABELS[q.loc][-1]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q, seconds))


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's Word-generated HTML with the grey divider above the quoted header."""
    sep = OUTLOOK_LABELS[q.loc][-1].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    text = f"{r.body}\n\n{OUTLOOK_LABELS[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, localised signature, header block."""
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q, seconds=True)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    """Gmail's localised attribution line."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_attr(q: Quote) -> str:
    """Apple Mail's localised attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised 'Sent from my iPhone', the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution directly above the quote."""
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{flowed(attr)}\n{flowed(q.text, '> ')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: plain text, quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as plain and simple HTML."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        f"{html_paragraphs(r.body)}\n</div></body></html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_notice_table(r: Reply, q: Quote) -> Message:
    """A payables-system advice: plain text, and HTML with the table in <pre>."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body><pre style="font-family:Consolas,monospace;font-size:10pt">'
        f"{html.escape(r.body, quote=False)}</pre></body></html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "notice_table": style_notice_table,
}
FAMILY = {
    "outlook": "outlook",
    "outlook_html": "outlook",
    "html_only": "outlook",
    "android": "outlook",
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "iphone",
    "thunderbird": "thunderbird",
    "notice": "other",
    "notice_html": "outlook",
    "notice_table": "other",
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.5.0",
        ),
    ),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject the client writes (or the notice's own)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if FAMILY[r.style] == "outlook" else "Re: "
    return prefix + q.subject


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending software's, derived from the key."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    family = FAMILY[r.style]
    if family == "gmail":
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if family == "outlook":
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'host', 10)}.EURPRD05.PROD.OUTLOOK.COM>"
    if family in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if family == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    b_words = FAMILY[r.style] == "outlook"
    msg["From"] = mailbox(*r.who, r.charset, b_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, "Subject", b_words)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        if r.intent != "auto_reply":
            msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if FAMILY[r.style] == "outlook" and not r.style.startswith("notice"):
        extra = [
            ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic", b_words)),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, FAMILY[r.style])


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
BULK = ("Precedence", "bulk")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Kev Morley", "kev@morleyplastering.example"),
        "2027-11-23 07:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one word from a phone; no date, amount or reference"),
        cte="7bit",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Halvergate Construction – Accounts Payable",
            "ap.noreply@halvergate-construction.example",
        ),
        "2027-11-26 06:40 +0000",
        "notice_table",
        T("""
            REMITTANCE ADVICE

            Payer:            Halvergate Construction Ltd
            Payee:            Rubble & Roll Skip Hire Ltd
            Supplier no.:     V20418
            Payment number:   7100042281
            Payment date:     26/11/2027
            Payment method:   BACS

            Your reference    Our doc. no.    Inv. date      Amount GBP
            RR 8790-11        5100883312      08/09/2027       1,140.00
            RR 8821-03        5100891047      27/09/2027         486.00
                                                            -----------
            Total paid                                         1,626.00

            This advice was produced automatically by our accounts payable system. Please do not reply to this address. Queries about this payment should quote the payment number above and be sent to supplier.queries@halvergate-construction.example.
        """),
        lab(
            ("RR 8790-11", "RR 8821-03"),
            paid_date="2027-11-26",
            payment_reference="7100042281",
            amount="1626.00",
            currency="GBP",
            note="payables-system remittance advice; quotes nothing; the queries address is not a new contact",
        ),
        subject="Remittance Advice – Payment 7100042281 – Rubble & Roll Skip Hire Ltd",
        headers=(("X-Mailer", "SAP NetWeaver 7.50"),),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Gary Whitlock", "gary.whitlock@whitlockloftconversions.example"),
        "2027-11-30 18:45 +0000",
        "gmail_plain",
        T("""
            Hi there

            Just picking this up now, sorry, it's been a nightmare week. We had your skip on the drive at Meadow Close for the loft job and the neighbours kept chucking their garden waste in it, then someone dumped half a sofa in it over the weekend, which I'm guessing is why it came in heavy. The customer was not impressed and I had to go round and smooth it over, and then the scaffolders turned up a day late so the whole job slipped.

            Anyway Sharon in the office paid your invoice on Friday with the rest of the suppliers so it should be with you. If the heavy charge is the sofa I'm not arguing about it, it's not your fault people are animals.

            Can you also tell your driver to ring before he turns up next time, he nearly took out the customer's gatepost reversing in.

            Cheers
            Gary
            Whitlock Loft Conversions
            07700 900418
        """),
        lab(
            paid_date="2027-11-26",
            note="the payment is buried in a long story; the weight charge is explicitly not disputed; Friday before Tue 30 Nov",
        ),
        svc="8-yard builders' skip, 14-day hire – Meadow Close",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Gebr. Albrecht Bau GmbH", "kreditoren-noreply@albrecht-bau.example"),
        "2027-11-26 05:12 +0100",
        "notice",
        T("""
            Sehr geehrte Damen und Herren,

            wir haben heute folgende Zahlung an Sie veranlasst:

            Zahlungsempfänger:   Rubble & Roll Skip Hire
            Lieferantennummer:   70033815
            Avis-Nr.:            2000418873
            Ausführungsdatum:    26.11.2027
            Zahlweg:             SEPA-Überweisung

            Ihre Rechnung   Rechnungsdatum    Bruttobetrag   Skonto   Zahlbetrag
            RR 8815-02      04.10.2027            1.071,00     0,00     1.071,00
            RR 8837-01      18.10.2027              416,50     0,00       416,50

            Summe Zahlbetrag (EUR)                                      1.487,50

            Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.

            Gebr. Albrecht Bau GmbH · Kreditorenbuchhaltung
        """),
        lab(
            ("RR 8815-02", "RR 8837-01"),
            paid_date="2027-11-26",
            payment_reference="2000418873",
            amount="1487.50",
            currency="EUR",
            note="SAP-style payment advice (Zahlungsavis); the advice number is the reference",
        ),
        subject="Zahlungsavis Nr. 2000418873 / Gebr. Albrecht Bau GmbH",
        charset="iso-8859-1",
        threaded=False,
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Ines Hoffmann", "ines.hoffmann@hoffmann-gartenbau.example"),
        "2027-12-06 08:05 +0100",
        "gmail",
        T("""
            Guten Morgen,

            das haben wir am Freitag überwiesen, müsste also heute oder morgen bei Ihnen sein.

            Könnten Sie mir die Rechnung trotzdem noch einmal als PDF schicken? Unser Steuerberater fragt danach und ich finde das Original nicht mehr, ist wahrscheinlich im Spam gelandet.

            Viele Grüße
            Ines Hoffmann
            Hoffmann Garten- und Landschaftsbau
        """),
        lab(
            paid_date="2027-12-03",
            note="paid, plus a request for a copy for the tax adviser: the payment claim wins, the copy is not a condition",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Bruno Marchetti", "bruno.marchetti.maconnerie@gmail.com"),
        "2027-11-24 12:31 +0100",
        "iphone",
        T("""
            Bonjour
            Réglé par chèque le 19/11, n° 2290417, envoyé a l'adresse de votre dépôt. Vous devriez l'avoir reçu depuis.
            Cdlt
            B. Marchetti
        """),
        lab(
            paid_date="2027-11-19",
            payment_reference="2290417",
            note="cheque already posted; the cheque number is the reference",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Nathalie Roux", "compta@terrassements-roux.example"),
        "2027-12-02 09:50 +0100",
        "thunderbird",
        T("""
            Bonjour,

            Nous avons procédé ce matin au virement de 1 188,00 € correspondant à votre facture RR 8852-07 (référence de l'opération : VIR 20271202-118).

            Merci de mettre à jour votre relevé et de ne pas tenir compte de la relance.

            Cordialement,

            Nathalie Roux
            Comptabilité – SARL Terrassements Roux
        """),
        lab(
            ("RR 8852-07",),
            paid_date="2027-12-02",
            payment_reference="VIR 20271202-118",
            amount="1188.00",
            currency="EUR",
        ),
        inv="RR 8852-07",
        amt="1188.00",
        cte="8bit",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Toni Castells", "toni@reformascastells.example"),
        "2027-12-09 19:02 +0100",
        "gmail_plain",
        "ya esta pagado desde el martes!! revisad bien porfa que os lo mande con el numero de factura en el concepto",
        lab(paid_date="2027-12-07", note="no capitals or accents; Tuesday before Thu 9 Dec"),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Cuentas a Pagar – Grupo Constructor Almazán", "cuentasapagar@almazan-gc.example"),
        "2027-12-01 11:20 +0100",
        "outlook_html",
        T("""
            Buenos días:

            Les informamos de que la factura RR8866-02 se incluyó en la remesa de pagos a proveedores del 30/11/2027, mediante transferencia SEPA con referencia REM-2027-1130-0042, por un importe de 2.904,00 €.

            El abono debería reflejarse en su cuenta en un plazo de 24 a 48 horas. Rogamos actualicen sus registros.

            Atentamente,

            Departamento de Cuentas a Pagar
            Grupo Constructor Almazán, S.A.
        """),
        lab(
            ("RR 8866-02",),
            paid_date="2027-11-30",
            payment_reference="REM-2027-1130-0042",
            amount="2904.00",
            currency="EUR",
            note="'RR8866-02' normalised to 'RR 8866-02'",
        ),
        inv="RR 8866-02",
        amt="2904.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sander Mulder", "sander@muldertegelwerken.example"),
        "2027-12-13 10:02 +0100",
        "android",
        T("""
            Is vanochtend betaald. Excuus voor de vertraging, zat twee weken in Spanje.

            Gr Sander
        """),
        lab(paid_date="2027-12-13"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Lotte de Graaf", "lotte@degraafinterieurbouw.example"),
        "2027-12-03 00:17 +0100",
        "iphone",
        "Hoi, gisteren overgemaakt, € 410,50 met factuurnummer RR 8874-01 erbij. Fijne avond!",
        lab(
            ("RR 8874-01",),
            paid_date="2027-12-02",
            amount="410.50",
            currency="EUR",
            note="sent 17 minutes after midnight local time (still 2 Dec in UTC): 'gisteren' is 2 Dec in the sender's zone",
        ),
        inv="RR 8874-01",
        amt="410.50",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Ferraro Amministrazioni", "studio@ferraro-amministrazioni.example"),
        "2027-11-25 15:40 +0100",
        "outlook",
        T("""
            Buongiorno,

            con la presente Vi comunichiamo che il pagamento della fattura RR 8819-05, relativa al Condominio "Residenza I Platani", è stato disposto in data 22/11/2027 tramite bonifico SEPA (TRN 0306909876543210487).

            Restiamo a disposizione per eventuali chiarimenti.

            Distinti saluti

            Rag. Paola Ferraro
            Studio Amministrazioni Condominiali Ferraro
        """),
        lab(
            ("RR 8819-05",),
            paid_date="2027-11-22",
            payment_reference="0306909876543210487",
            note="building manager paying for a condominium",
        ),
        inv="RR 8819-05",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Gemma Rowlands", "purchase.ledger@ashdownhomes.example"),
        "2027-11-23 14:05 +0000",
        "outlook_html",
        T("""
            Hi,

            Thanks for the reminder. This has now been approved by the site manager and is scheduled for Friday's payment run, so you should see it early next week.

            Kind regards,

            Gemma Rowlands
            Purchase Ledger Assistant
            Ashdown Homes Ltd
        """),
        lab(
            promised_date="2027-11-26",
            note="past tense ('approved', 'scheduled') announcing a future payment; Friday after Tue 23 Nov",
        ),
        headers=(NO_AUTO_RESPONSE,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dean Fletcher", "deanfletcherscaffolding@gmail.com"),
        "2027-12-03 16:48 +0000",
        "android",
        "WILL PAY YOU NEXT THURSDAY WHEN THE COUNCIL PAYS ME THEY OWE ME 6 GRAND",
        lab(
            promised_date="2027-12-09",
            note="all caps, no punctuation; conditional on his own customer but dated; written on a Friday, so 'next Thursday' is 9 Dec on either reading",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Rachel Kimber", "rachel@kimberdesignandbuild.example"),
        "2027-11-25 20:12 +0000",
        "gmail",
        T("""
            Hi,

            Not an automatic reply, although I am technically on leave until Monday! I'm the only one who can authorise payments here so it will have to wait until I'm back, but I will pay it at the end of the month without fail.

            Apologies for the delay.

            Rachel Kimber
            Kimber Design & Build
        """),
        lab(
            promised_date="2027-11-30",
            note="a person whose own subject says 'Out of office'; the body is a promise for the end of the month",
        ),
        subject="Out of office until Mon 29 Nov",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Markus Schell", "m.schell@schell-hochbau.example"),
        "2027-12-07 11:31 +0100",
        "outlook",
        T("""
            Hallo,

            Zahlung ist für KW 50 eingeplant.

            Gruß
            M. Schell
            Schell Hochbau GmbH & Co. KG
        """),
        lab(promised_date="2027-12-13", note="calendar week 50 → its Monday, 13 Dec"),
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Kowalski", "info@schreinerei-kowalski.example"),
        "2027-12-01 21:40 +0100",
        "thunderbird",
        T("""
            Hallo zusammen,

            ich überweise den Betrag am 15., dann ist die Zahlung von meinem Kunden in Hattingen da. Vorher geht es leider nicht, sorry.

            Grüße
            Jens Kowalski
            Schreinerei Kowalski
        """),
        lab(
            promised_date="2027-12-15",
            note="'am 15.' after 1 Dec → 15 Dec; waiting on his own customer is not a request for more time",
        ),
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        (
            "Service Finances – Mairie de Saint-Aubin-des-Prés",
            "finances@mairie-saint-aubin.example",
        ),
        "2027-11-29 14:10 +0100",
        "outlook",
        T("""
            Madame, Monsieur,

            Nous accusons réception de votre relance concernant la facture RR 8843-04 (location de bennes – ateliers municipaux).

            Cette facture a été mandatée le 26/11/2027. Le paiement sera effectué par le Service de gestion comptable, en principe sous une quinzaine de jours à compter de cette date. Nous ne maîtrisons pas la date exacte de mise en paiement.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Le service Finances
            Mairie de Saint-Aubin-des-Prés
        """),
        lab(
            ("RR 8843-04",),
            note="'mandatée' (payment order issued) is past tense, but the public accountant pays later; 'about a fortnight' cannot be pinned to a day",
        ),
        inv="RR 8843-04",
        svc="Location de bennes – ateliers municipaux, rue de la Gare",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim@benali-renovation.example"),
        "2027-12-08 18:22 +0100",
        "apple",
        T("""
            Bonsoir,

            Oui je sais, désolé. Je vous fais le virement fin de mois avec les autres fournisseurs, vous aurez tout d'un coup.

            Karim
        """),
        lab(promised_date="2027-12-31", note="'fin de mois' → last day of the month"),
        cte="8bit",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Ortega", "lortega@ortega-interiorismo.example"),
        "2027-11-25 10:44 +0100",
        "android",
        "Buenos días, os lo pagamos a finales de mes, que es cuando hacemos los pagos a proveedores. Gracias",
        lab(promised_date="2027-11-30", note="'a finales de mes' → last day of the month"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Bouwbedrijf Van Leeuwen", "administratie@vanleeuwenbouw.example"),
        "2027-11-26 13:15 +0100",
        "outlook_html",
        T("""
            Geachte heer/mevrouw,

            Wij hebben uw herinnering ontvangen. De factuur wordt over twee weken voldaan, zodra de termijnbetaling van onze opdrachtgever binnen is.

            Met vriendelijke groet,

            Anouk Verbeek
            Administratie
            Bouwbedrijf Van Leeuwen B.V.
        """),
        lab(promised_date="2027-12-10", note="'over twee weken' → 14 days after Fri 26 Nov"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Joost Hendriks", "joost@hendrikssloopwerk.example"),
        "2027-12-02 07:58 +0100",
        "apple",
        T("""
            Morgen,

            Nog niet betaald nee, maar komt eraan. Volgende week dinsdag gaat het de deur uit.

            Groet,
            Joost
        """),
        lab(
            promised_date="2027-12-07",
            note="'not paid yet' followed by a promise; Tuesday of next week",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Silvia Marchi", "amministrazione@edilmarchi.example"),
        "2027-12-06 09:35 +0100",
        "outlook_html",
        T("""
            Buongiorno,

            in riferimento al Vostro sollecito, Vi confermiamo che provvederemo al saldo della fattura entro fine mese.

            Cordiali saluti

            Silvia Marchi
            Ufficio Amministrazione
            Edil Costruzioni Marchi S.r.l.
        """),
        lab(promised_date="2027-12-31", note="'entro fine mese' → last day of the month"),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide Russo", "davide.russo@russoimpianti.example"),
        "2027-12-01 13:02 +0100",
        "iphone",
        "Ciao, il bonifico parte il 15/12 insieme alle altre scadenze. Scusate il ritardo",
        lab(promised_date="2027-12-15"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Helen Pryce", "helen@prycefitouts.example"),
        "2027-11-22 15:20 +0000",
        "outlook",
        T("""
            Hello,

            We paid £260.00 against RR 8823-04 on 12 November, which is the hire price we were quoted. The other £95.00 is your "contaminated load" surcharge and we are not paying it. Nobody told us plasterboard had to go in a separate skip, it isn't on your booking confirmation and your driver didn't mention it when he dropped off.

            If you can show us where this was made clear at the time of booking we'll look at it again, otherwise please send a credit note for £95.00.

            Regards,

            Helen Pryce
            Office Manager
            Pryce Fit-Outs Ltd
        """),
        lab(("RR 8823-04",), note="part paid, the rest disputed → dispute"),
        inv="RR 8823-04",
        amt="95.00",
        issued="2027-10-05",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Owen Jarvis", "owen.jarvis@jarvisgroundworks.example"),
        "2027-11-24 09:03 +0000",
        "gmail",
        T("""
            Morning,

            We have NOT paid this because we never got the skip. It was booked for Thursday 14 October at the Pinfold Lane site, we waited in all day, rang your depot twice and in the end cancelled at 4pm and got one from someone else.

            I don't know why you've invoiced us for a hire that never happened. Please cancel it.

            Owen Jarvis
            Jarvis Groundworks
        """),
        lab(note="negated payment with the reason: the skip never arrived"),
        issued="2027-10-14",
        svc="6-yard skip, 14-day hire – Pinfold Lane",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Andrew Nwosu", "facilities.invoices@wrexford-council.example"),
        "2027-12-14 11:47 +0000",
        "outlook_html",
        T("""
            Dear Sir or Madam,

            Invoice RR 8861-01 – skip hire at Ashgrove Primary School

            The above invoice charges for 21 days' hire. The skip was in fact collected on the ninth day, as shown by the collection note signed by your driver (copy available on request). The invoice is therefore incorrect and has been placed on hold.

            Please issue a credit note for the twelve days not used, or a corrected invoice, and we will process it on receipt.

            Yours faithfully,

            Andrew Nwosu
            Facilities Officer
            Wrexford Borough Council
        """),
        lab(("RR 8861-01",), note="public body; overcharged hire period, credit note asked for"),
        inv="RR 8861-01",
        svc="8-yard skip, 21-day hire – Ashgrove Primary School",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Petra Neumann", "p.neumann@neumann-tiefbau.example"),
        "2027-11-30 10:26 +0100",
        "outlook_html",
        T("""
            Sehr geehrte Damen und Herren,

            die Rechnung RR 8831-02 ist so nicht korrekt. Abgerechnet sind drei Wechsel des Abrollcontainers, tatsächlich wurde auf der Baustelle Am Mühlbach nur zweimal gewechselt. Beide Lieferscheine liegen uns vor und können gern nachgereicht werden.

            Bitte senden Sie uns eine korrigierte Rechnung. Bis dahin halten wir die Zahlung zurück.

            Mit freundlichen Grüßen

            Petra Neumann
            Neumann Tiefbau GmbH
        """),
        lab(
            ("RR 8831-02",),
            note="quantity disputed; the corrected invoice asked for follows from the dispute",
        ),
        inv="RR 8831-02",
        svc="Abrollcontainer 20 m³, 3 Wechsel – Baustelle Am Mühlbach",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Tobi Brandt", "tobi.brandt@gmail.com"),
        "2027-12-10 17:55 +0100",
        "iphone",
        "stimmt doch nicht. der container war halb leer als ihr ihn geholt habt und ihr berechnet mir übergewicht?? so zahl ich das nicht",
        lab(note="private customer on a phone, no capitals"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Sophie Garnier", "s.garnier@garnier-couverture.example"),
        "2027-11-23 11:08 +0100",
        "outlook",
        T("""
            Bonjour,

            La facture RR 8840-01 a bien été réglée le 12 novembre par virement. Celle que vous nous relancez aujourd'hui, RR 8840-03, est un doublon : même benne, même chantier (rue des Tanneurs), même période de location.

            Merci de l'annuler et de nous adresser l'avoir correspondant.

            Cordialement,

            Sophie Garnier
            Garnier Couverture
        """),
        lab(
            ("RR 8840-01", "RR 8840-03"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="RR 8840-03",
        svc="Benne 8 m³, location 14 jours – chantier 12 rue des Tanneurs",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Élodie Vasseur", "elodie@boutique-lacomete.example"),
        "2027-12-03 12:15 +0100",
        "gmail",
        T("""
            Bonjour,

            Votre camion a abîmé le trottoir et la vitrine de notre voisine en déposant la benne devant la boutique le mois dernier. Nous vous avions envoyé des photos le jour même et personne ne nous a répondu.

            Tant que la question des dégâts n'est pas réglée, nous ne paierons pas cette facture.

            Élodie Vasseur
            La Comète – Boutique déco
        """),
        lab(note="payment withheld over damage caused at delivery"),
        cte="b64",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Marta Ibáñez", "marta.ibanez@distribucionesibanez.example"),
        "2027-11-29 16:30 +0100",
        "html_only",
        T("""
            Buenas tardes:

            No estamos conformes con el cargo por exceso de peso de la factura RR 8838-05. Según vuestro albarán la báscula marcó 4,2 toneladas, pero el contenedor de 7 m³ solo llevaba cartón, palés rotos y algo de madera de la reforma del almacén. Es imposible que pesara eso.

            Os pedimos que reviséis el ticket de pesada y nos mandéis una factura corregida sin ese cargo.

            Saludos,

            Marta Ibáñez
            Distribuciones Ibáñez, S.L.
        """),
        lab(("RR 8838-05",), note="weight surcharge disputed; HTML-only message"),
        inv="RR 8838-05",
        svc="Contenedor de obra 7 m³ + exceso de peso – Polígono Las Arenas, nave 9",
        charset="windows-1252",
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Pablo Serrano", "pserrano.obras@gmail.com"),
        "2027-12-15 20:40 +0100",
        "gmail_plain",
        "¿Por qué me cobráis el permiso de ocupación de vía pública si lo saqué yo en el ayuntamiento? Tengo el justificante. Quitadlo de la factura y os la pago.",
        lab(note="a question that contests a line; payment is conditional on removing it"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Wim Dekker", "wim@dekkerdakwerken.example"),
        "2027-12-02 08:41 +0100",
        "thunderbird",
        T("""
            Goedemorgen,

            Wij betwisten de extra rit van € 85,00 op deze factuur. Uw chauffeur heeft de container bij de buren voor de deur gezet in plaats van op ons terrein, terwijl de plek duidelijk op de bestelling stond. Dat hij de volgende dag terug moest om hem te verplaatsen is niet onze fout.

            Het bedrag voor de huur zelf klopt. Graag een aangepaste factuur zonder de extra rit.

            Met vriendelijke groet,

            Wim Dekker
            Dekker Dakwerken
        """),
        lab(note="one line disputed, the rest accepted"),
        cte="8bit",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Giorgio Bassi", "g.bassi@bassi-costruzioni.example"),
        "2027-11-26 10:12 +0100",
        "outlook",
        T("""
            Buongiorno,

            la fattura RR 8858-06 riporta due cassoni scarrabili da 30 mc, ma in cantiere ne è arrivato uno solo, come risulta anche dal documento di trasporto firmato dal nostro capocantiere.

            Vi chiediamo di emettere nota di credito per il secondo cassone. Fino ad allora la fattura resta sospesa.

            Distinti saluti
            Giorgio Bassi
            Bassi Costruzioni S.r.l.
        """),
        lab(("RR 8858-06",), note="short delivery"),
        inv="RR 8858-06",
        svc="2 cassoni scarrabili 30 mc – cantiere Via dei Mille 40",
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Francesca Lombardi", "francesca@ferramentalombardi.example"),
        "2027-12-09 22:05 +0100",
        "gmail",
        T("""
            Buonasera,

            vi scrivo solo adesso perché è stato un periodo assurdo, tra i lavori al negozio, il vicino che si lamentava del cassone davanti al suo passo carrabile e i vigili che sono passati due volte a controllare il permesso. Alla fine per fortuna tutto a posto, il muratore ha finito in tempo e abbiamo riaperto per l'Immacolata.

            Però la fattura non mi torna: al telefono con il vostro collega avevamo fissato 320 euro tutto compreso, trasporto e smaltimento, e invece qui trovo 455 euro più IVA. Io così non la pago, mi aspetto una fattura con la cifra concordata.

            Per il resto servizio ottimo, il ragazzo che ha portato il cassone è stato gentilissimo.

            Francesca Lombardi
            Ferramenta Lombardi
        """),
        lab(
            note="long reply with the price dispute in the middle; the praise at the end changes nothing"
        ),
        amt="555.10",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Lee Barnes", "leebarnesbuilding@gmail.com"),
        "2027-11-24 21:15 +0000",
        "gmail_plain",
        "Hi, sorry for not getting back sooner. Things have been really tight since the Fenwick Road job fell through and I'm still waiting on money from two customers. Could I pay it off at £100 a week until it's cleared? I can do the first one this Friday. Lee",
        lab(
            note="hardship and weekly instalments; the first instalment's date is not a promise of the whole"
        ),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Natalie Okoye", "natalie@okoyeinteriors.example"),
        "2027-12-08 12:40 +0000",
        "iphone",
        T("""
            Hi, I've sent £500 today and will pay the remaining £372 once we're paid for the Ashby job, should be mid January. Hope that's ok
            Natalie
        """),
        lab(note="part paid today, the rest later → payment_plan, not payment_sent"),
        amt="872.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Margaret Ellis", "treasurer@stmarkscommunitycentre.example"),
        "2027-12-16 10:22 +0000",
        "outlook_html",
        T("""
            Dear Accounts Team,

            I am writing as Treasurer of St Mark's Community Centre regarding your invoice RR 8863-02 for the clearance of the old hall.

            The Centre is a small charity and our funds are very stretched this winter following the roof repairs. The trustees have asked me to enquire whether the balance could be settled in three equal monthly instalments, the first at the end of January. We do not dispute the amount and are grateful for the work your team did.

            I would be most grateful for your consideration.

            Yours sincerely,

            Margaret Ellis
            Hon. Treasurer, St Mark's Community Centre
        """),
        lab(
            ("RR 8863-02",),
            note="very formal; instalments requested, amount expressly not disputed",
        ),
        inv="RR 8863-02",
        svc="12-yard enclosed skip, 2 lifts – St Mark's Community Centre, old hall",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Karin Wolf", "buchhaltung@wolf-dachdeckerei.example"),
        "2027-12-01 14:50 +0100",
        "outlook",
        T("""
            Sehr geehrte Damen und Herren,

            wir würden den offenen Betrag gern in drei Raten begleichen: je 610,00 EUR zum 15.12.2027, 15.01.2028 und 15.02.2028.

            Bitte bestätigen Sie uns kurz, ob das für Sie in Ordnung ist.

            Mit freundlichen Grüßen
            Karin Wolf
            Buchhaltung, Dachdeckerei Wolf
        """),
        lab(note="three dated instalments; plan dates and amounts are not labelled"),
        amt="1830.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Stefan Kaiser", "s.kaiser@kaiser-elektro.example"),
        "2027-11-26 16:05 +0100",
        "gmail",
        T("""
            Hallo,

            können Sie uns die Rechnung bis Ende Januar stunden? Unser Auftraggeber hat die Abschlagszahlung für das Bauvorhaben noch nicht freigegeben, und ohne die wird es bei uns gerade eng.

            Danke und viele Grüße
            Stefan Kaiser
            Kaiser Elektrotechnik
        """),
        lab(
            note="asks for more time (Stundung) → payment_plan; 'Ende Januar' is the deadline asked for, not a promise"
        ),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Thierry Lemoine", "t.lemoine@lemoine-paysages.example"),
        "2027-12-13 09:12 +0100",
        "thunderbird",
        T("""
            Bonjour,

            Serait-il possible de régler cette facture en deux fois ? Je peux faire un premier virement de la moitié cette semaine et le solde mi-janvier.

            En vous remerciant par avance,

            Thierry Lemoine
            Lemoine Paysages
        """),
        lab(note="two instalments proposed"),
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Javier Moreno", "javi.moreno.builders@gmail.com"),
        "2027-12-10 18:30 +0000",
        "iphone",
        "Hola, ahora mismo no puedo pagarlo todo. Te hago 200 libras ahora y el resto en enero, vale? Perdona",
        lab(
            note="Spanish reply to an English reminder from a builder in the UK (UK time zone); part now, the rest in January"
        ),
        rlang="en",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Administración de Fincas Navarro", "fincas@navarro-administracion.example"),
        "2027-11-30 12:55 +0100",
        "outlook_html",
        T("""
            Estimados señores:

            En nombre de la Comunidad de Propietarios de la calle Alfarería, 12, les solicitamos un aplazamiento de 60 días para el pago de la factura RR 8848-03. La derrama aprobada para las obras del patio no se cobrará hasta enero y la comunidad no dispone ahora de fondos suficientes.

            No discutimos el importe. Quedamos a la espera de su conformidad.

            Atentamente,

            Rosa Navarro
            Administración de Fincas Navarro
        """),
        lab(("RR 8848-03",), note="60-day deferral asked for by a property manager → payment_plan"),
        inv="RR 8848-03",
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Fatima el Amrani", "f.elamrani@elamrani-schoonmaak.example"),
        "2027-11-23 15:32 +0100",
        "outlook_html",
        T("""
            Goedemiddag,

            Kunnen we een betalingsregeling afspreken? Wij stellen voor het bedrag in vier maandelijkse termijnen van € 250,00 te voldoen, de eerste op 1 december.

            Graag hoor ik of dit akkoord is.

            Met vriendelijke groet,

            Fatima el Amrani
            El Amrani Schoonmaak & Ontruiming
        """),
        lab(note="monthly instalments"),
        amt="1000.00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Ruud Smit", "ruudsmit.klusbedrijf@gmail.com"),
        "2027-12-14 19:20 +0100",
        "android",
        "ik heb het ff niet liggen, kan ik in 3x betalen? eerste deel volgende week. gr Ruud",
        lab(note="informal, abbreviations; three instalments"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Laura Conti", "amministrazione@conti-restauri.example"),
        "2027-12-02 11:18 +0100",
        "outlook",
        T("""
            Buongiorno,

            vista la situazione di cassa di fine anno, Vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili a partire da gennaio, con scadenza il 10 di ogni mese.

            Restiamo in attesa di un Vostro riscontro.

            Cordiali saluti
            Laura Conti
            Conti Restauri S.n.c.
        """),
        lab(note="instalments from January"),
        charset="windows-1252",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Marco Esposito", "marco.esposito.edilizia@gmail.com"),
        "2027-12-15 17:45 +0100",
        "gmail",
        T("""
            Salve,
            vi ho appena fatto un bonifico di 300 euro come acconto, il resto (480) ve lo saldo entro il 20 gennaio. Spero vada bene.
            Marco Esposito
        """),
        lab(note="down payment now and the balance by a later date → payment_plan"),
        amt="780.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Kestrel FM Accounts Payable", "ap.invoices@kestrelfm.example"),
        "2027-11-22 10:15 +0000",
        "outlook_html",
        T("""
            Good morning,

            We are unable to process invoice RR 8829-01 as it does not quote a valid Kestrel purchase order number. Our system rejects any supplier invoice without one.

            Please reissue the invoice quoting PO 4500187723 and send it to this mailbox. Once we receive the corrected invoice it will be paid in the next available payment run.

            Kind regards,

            Accounts Payable
            Kestrel Facilities Management Ltd
        """),
        lab(("RR 8829-01",), note="reissue with a PO number before payment; amount not contested"),
        inv="RR 8829-01",
        headers=(NO_AUTO_RESPONSE,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priya Chandran", "priya.chandran@chandranhomes.example"),
        "2027-12-02 13:40 +0000",
        "apple",
        T("""
            Hi,

            Our accounts team won't release payment until we have the waste transfer notes for all three lifts at Beech Avenue. We've only ever had one. Can you email the other two over and I'll get it paid straight away?

            Thanks,
            Priya
        """),
        lab(note="payment conditional on documents (waste transfer notes); nothing contested"),
        svc="20-yard ro-ro container, 3 lifts – Beech Avenue",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Mick", "mick.donnelly66@gmail.com"),
        "2027-12-11 09:14 +0000",
        "iphone",
        "can u send the invoice again pls never got it",
        lab(note="mobile brevity, no punctuation; Saturday morning"),
        cte="7bit",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Claudia Berger", "c.berger@berger-immobilien.example"),
        "2027-12-06 09:20 +0100",
        "outlook_html",
        T("""
            Guten Tag,

            bitte senden Sie uns die Rechnung erneut zu, und zwar mit unserer Bestellnummer (BE-2027-0614) und der vollständigen Objektadresse. Ohne diese Angaben kann unsere Buchhaltung die Rechnung nicht freigeben. Am Betrag selbst gibt es nichts auszusetzen.

            Vielen Dank und freundliche Grüße

            Claudia Berger
            Berger Immobilienverwaltung
        """),
        lab(note="reissue with order number and address; amount expressly accepted"),
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Communauté de communes du Val d'Orne", "dir.finances@cc-valdorne.example"),
        "2027-11-25 15:05 +0100",
        "outlook",
        T("""
            Madame, Monsieur,

            En réponse à votre courriel, nous vous rappelons que les factures adressées aux collectivités doivent être déposées sur le portail Chorus Pro. Votre facture, reçue par courriel, ne peut donc pas être mise en paiement.

            Nous vous remercions de la déposer sur Chorus Pro en indiquant le SIRET de la collectivité et le numéro d'engagement juridique EJ 2027-00871. Elle sera traitée dès sa réception sur le portail.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Pour le Président et par délégation,
            La responsable du service Finances
        """),
        lab(
            note="public body: the invoice must be resubmitted through the e-invoicing portal before it can be paid"
        ),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Camille Perrin", "camille@perrin-menuiserie.example"),
        "2027-12-07 10:48 +0100",
        "gmail",
        T("""
            Bonjour,

            Pourriez-vous m'envoyer un relevé de compte complet ? J'ai plusieurs factures de chez vous cette année et je n'arrive pas à faire le rapprochement avec nos paiements.

            Merci d'avance,
            Camille Perrin
        """),
        lab(note="statement of account"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Ana Jiménez", "anajimenez.decoracion@gmail.com"),
        "2027-11-30 13:10 +0100",
        "gmail_plain",
        T("""
            Hola,

            Necesito que me hagáis la factura a nombre de la empresa, con el CIF, no a mi nombre personal. Si no, mi gestor no me la acepta. Os paso los datos:

            Jiménez Decoración e Interiores, S.L.
            CIF B00000000
            C/ del Carmen 27, bajo

            En cuanto la tenga la pago.

            Gracias,
            Ana
        """),
        lab(note="reissue to the company; payment promised once it arrives, without a date"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Rafa Delgado", "rafa@delgadofontaneria.example"),
        "2027-12-13 08:02 +0100",
        "iphone",
        "Buenas, me pasais el numero de cuenta? en la factura no viene y no quiero equivocarme",
        lab(note="asks for bank details before paying"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Inge Bakker", "crediteuren@bakker-infra.example"),
        "2027-12-01 10:30 +0100",
        "outlook",
        T("""
            Geachte heer/mevrouw,

            Om deze factuur te kunnen laten goedkeuren hebben wij een kopie van de weegbon nodig; het gewicht staat wel op de factuur, maar niet op de bon die wij bij de container hebben gekregen.

            Kunt u deze naar ons toesturen?

            Met vriendelijke groet,

            Inge Bakker
            Crediteurenadministratie
            Bakker Infra B.V.
        """),
        lab(note="weighbridge ticket needed for approval; the weight is not contested"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Daan Willems", "daan@willemsinstallatie.example"),
        "2027-12-09 14:22 +0100",
        "gmail",
        T("""
            Hallo,

            Wij verwerken sinds 1 november alleen nog e-facturen via Peppol. Kunt u deze factuur via Peppol opnieuw aanbieden? Ons Peppol-ID is 0106:00000000. Dan gaat hij direct de betaalrun in.

            Groet,
            Daan Willems
            Willems Installatietechniek
        """),
        lab(note="resubmission as an e-invoice before payment"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Verdi Impianti S.p.A.", "contabilita@verdi-impianti.example"),
        "2027-11-29 12:00 +0100",
        "outlook_html",
        T("""
            Buongiorno,

            la fattura da Voi inviata in PDF non è per noi registrabile: per procedere al pagamento abbiamo bisogno della fattura elettronica trasmessa tramite Sistema di Interscambio.

            Vi ricordiamo il nostro codice destinatario: M5UXCR1. In alternativa potete indicare la nostra PEC amministrazione@pec.verdi-impianti.example.

            Non appena ricevuta, la fattura verrà inserita nel primo pagamento utile.

            Cordiali saluti
            Ufficio Contabilità
            Verdi Impianti S.p.A.
        """),
        lab(
            note="electronic invoice through the national exchange system; the PEC address is a delivery channel for the e-invoice, not a new contact"
        ),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Paolo Rinaldi", "p.rinaldi@rinaldi-scavi.example"),
        "2027-12-14 16:40 +0100",
        "thunderbird",
        T("""
            Buonasera,

            per poter liquidare la fattura l'amministrazione ci chiede copia dei formulari di identificazione dei rifiuti (FIR) relativi ai due viaggi, con la quarta copia timbrata dall'impianto. Potete mandarceli via mail?

            Grazie, saluti
            Paolo Rinaldi
        """),
        lab(note="waste identification forms needed before payment"),
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Chris Hallam", "c.hallam@hoekstra-bouw.example"),
        "2027-11-25 08:55 +0100",
        "outlook",
        T("""
            Hi,

            Sorry, I'm afraid my Dutch isn't good enough for this, but I think it's a payment reminder. I'm only the site manager on the Zaandam project and don't deal with invoices. Please send it to our accounts department at crediteuren@hoekstra-bouw.example and they will sort it out.

            Best regards,

            Chris Hallam
            Site Manager
            Bouwbedrijf Hoekstra
        """),
        lab(
            new_contact="crediteuren@hoekstra-bouw.example",
            note="English reply to a Dutch reminder, sent from the Netherlands (CET)",
        ),
        rlang="nl",
        loc="en",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@halford-civils.example"),
        "2027-12-08 07:31 +0000",
        "html_only",
        T("""
            Hello,

            Please be advised that due to an ongoing internal audit, all correspondence regarding outstanding invoices, statements and remittances should now be sent ONLY to our external accounts team at halfordcivils.ap@finance-mailbox.example with immediate effect.

            Please do not reply to this address or copy in any other staff, as they will not be able to respond during the audit. Kindly confirm once your records have been updated.

            Regards,
            Accounts Department
            Halford Civils Ltd
        """),
        lab(
            new_contact="halfordcivils.ap@finance-mailbox.example",
            note="reads like a redirect from a compromised mailbox (outside domain, 'do not copy other staff'); labelled by what it asks, but a person must verify the address before using it; HTML-only",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Dave Price", "dave.price.music@gmail.com"),
        "2027-12-13 17:05 +0000",
        "gmail",
        T("""
            Hi,

            I think you've got the wrong Dave Price. I'm a piano teacher, I've never hired a skip in my life and I've no idea who Price Developments are. You might want to check your records.

            Dave
        """),
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Thomas Lindner", "t.lindner@bau-lindner.example"),
        "2027-11-24 07:40 +0100",
        "outlook",
        T("""
            Guten Morgen,

            ich bin bei uns nur für die Disposition zuständig. Rechnungen und Mahnungen schicken Sie bitte künftig direkt an unsere Buchhaltung: kreditoren@bau-lindner.example

            Danke und Gruß
            Thomas Lindner
            Lindner Bau GmbH
        """),
        lab(new_contact="kreditoren@bau-lindner.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Sabine Krüger", "sabine.krueger@krueger-fliesen.example"),
        "2027-12-09 12:25 +0100",
        "gmail_plain",
        T("""
            Hallo,

            unsere Buchhaltung macht seit Oktober das Steuerbüro Demir für uns. Ich habe Ihre Mail dorthin weitergeleitet, bitte schreiben Sie in Zukunft direkt an Frau Demir: a.demir@stb-demir.example

            Grüße
            Sabine Krüger
        """),
        lab(
            new_contact="a.demir@stb-demir.example",
            note="forwarded to the tax adviser, who is named as the contact from now on",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Julien Morel", "julien.morel@batir-ouest.example"),
        "2027-11-30 07:05 +0100",
        "iphone",
        "Bonjour, je suis chef de chantier, je ne m'occupe pas des factures. Voyez avec le siège : comptabilite@batir-ouest.example",
        lab(new_contact="comptabilite@batir-ouest.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Agnès Dupuis", "a.dupuis@syndic-horizon.example"),
        "2027-12-06 14:35 +0100",
        "outlook_html",
        T("""
            Bonjour,

            Mme Ferreira ne fait plus partie de notre cabinet depuis le 1er novembre. Les dossiers fournisseurs de la résidence Les Tilleuls sont désormais suivis par M. Olivier Petit, que je mets en copie : o.petit@syndic-horizon.example.

            Merci de lui adresser vos prochains envois.

            Cordialement,

            Agnès Dupuis
            Assistante de gestion – Cabinet Horizon Syndic
        """),
        lab(
            new_contact="o.petit@syndic-horizon.example",
            note="assistant names the successor and copies him in",
        ),
        orig_to=("Carla Ferreira", "c.ferreira@syndic-horizon.example"),
        cc="Olivier Petit <o.petit@syndic-horizon.example>",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Iván Garrido", "ivan.obra@reformas-garrido.example"),
        "2027-11-26 08:20 +0100",
        "android",
        "Este correo es el de obra, no el de administración. Escribid a administracion@reformas-garrido.example que son los que pagan. Un saludo",
        lab(new_contact="administracion@reformas-garrido.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Academia Lingua Viva", "secretaria@linguaviva-academia.example"),
        "2027-12-15 11:50 +0100",
        "outlook",
        T("""
            Buenos días:

            Creo que se han equivocado de destinatario. Somos una academia de idiomas y nunca hemos contratado ningún contenedor ni servicio de recogida de residuos con ustedes.

            Un saludo,
            Secretaría
            Academia Lingua Viva
        """),
        lab(note="wrong recipient, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Eva Jansen", "e.jansen@vandamsloopwerken.example"),
        "2027-12-03 16:10 +0100",
        "outlook_html",
        T("""
            Beste,

            Vanaf volgende week ben ik niet meer werkzaam bij Van Dam Sloopwerken. Wilt u herinneringen en facturen voortaan sturen naar crediteuren@vandamsloopwerken.example? Daar wordt de mail dagelijks bekeken.

            Met vriendelijke groet,

            Eva Jansen
        """),
        lab(new_contact="crediteuren@vandamsloopwerken.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Marieke Postma", "marieke.postma@gmail.com"),
        "2027-11-29 19:48 +0100",
        "gmail",
        T("""
            Goedenavond,

            Deze factuur is niet voor mij persoonlijk maar voor de VvE Parkzicht; de container stond voor ons gebouw vanwege de renovatie van de bergingen. Het beheer van de VvE ligt bij Beheer & Co, hun adres is facturen@beheerenco.example.

            Groeten,
            Marieke Postma
        """),
        lab(
            new_contact="facturen@beheerenco.example",
            note="invoice belongs to the owners' association; its managing agent is named",
        ),
        cte="b64",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Ing. Stefano Galli", "s.galli@edilnova-srl.example"),
        "2027-12-10 10:05 +0100",
        "outlook",
        T("""
            Buongiorno,

            mi occupo esclusivamente della parte tecnica e non gestisco i pagamenti. Per tutto ciò che riguarda fatture e solleciti vi prego di scrivere all'amministrazione, alla c.a. della sig.ra Bruni: contabilita@edilnova-srl.example

            Cordiali saluti
            Stefano Galli
            Edilnova S.r.l.
        """),
        lab(new_contact="contabilita@edilnova-srl.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Wayne Holt", "wayne@holtdrainage.example"),
        "2027-12-03 13:27 +0000",
        "iphone",
        "I've told your office three times now it'll be paid on the 10th. Stop emailing me every other day, it's not going to make it come any quicker.",
        lab(
            note="promise plus a stop request: unsubscribe wins, so the promised date is not labelled"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Fiona Grant", "f.grant@grantmellor-solicitors.example"),
        "2027-11-26 16:40 +0000",
        "outlook_html",
        T("""
            Dear Sirs,

            Marlow Shopfitting Ltd – your invoice RR 8845-02

            We act for Marlow Shopfitting Ltd, to whom your e-mail of 25 November was addressed, in connection with the above invoice and the damage caused to our client's premises when the skip was collected.

            Please direct all further correspondence on this matter to this firm and do not contact our client directly.

            Yours faithfully,

            Fiona Grant
            Solicitor
            Grant Mellor LLP
        """),
        lab(
            ("RR 8845-02",),
            note="the customer's solicitor: 'talk to our lawyer' → unsubscribe, which also beats the damage dispute",
        ),
        inv="RR 8845-02",
        orig_to=("Marlow Shopfitting Accounts", "accounts@marlowshopfitting.example"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Ron Tilley", "ron.tilley@tilleyhaulage.example"),
        "2027-12-15 11:02 +0000",
        "thunderbird",
        T("""
            Post only please. I don't do accounts by email and I won't be reading these. Our address is on your invoice.

            R. Tilley
        """),
        lab(note="post only → unsubscribe"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Hans-Peter Vogel", "hp.vogel@praxis-vogel.example"),
        "2027-11-30 18:10 +0100",
        "outlook",
        T("""
            Sehr geehrte Damen und Herren,

            ich bitte Sie, mir keine weiteren E-Mails an diese Adresse zu senden. Schriftverkehr wünsche ich ausschließlich auf dem Postweg an die Ihnen bekannte Anschrift.

            Mit freundlichen Grüßen
            Dr. H.-P. Vogel
        """),
        lab(note="formal; post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Uwe Schröder", "uwe.schroeder@schroeder-sanitaer.example"),
        "2027-12-08 19:33 +0100",
        "gmail",
        "Die Rechnung ist längst bezahlt!!! Hören Sie endlich auf, mir jede Woche diese Mails zu schicken, sonst landen Sie im Spamfilter.",
        lab(note="payment claim plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Martine Lefort", "martine.lefort58@gmail.com"),
        "2027-12-01 17:20 +0100",
        "gmail_plain",
        T("""
            Bonjour,

            Merci de ne plus m'écrire à cette adresse, c'est ma boîte personnelle. Pour toute correspondance, passez par courrier à la boutique.

            Martine Lefort
        """),
        lab(note="private address; post only"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Laurent Chevalier", "l.chevalier@chevalier-btp.example"),
        "2027-12-14 10:55 +0100",
        "outlook_html",
        T("""
            Monsieur,

            Ce dossier est désormais entre les mains de notre avocat, Maître Lambert. Toute communication le concernant devra passer exclusivement par son cabinet.

            Je vous demande en conséquence de cesser de m'adresser ces relances.

            Laurent Chevalier
            Gérant – Chevalier BTP
        """),
        lab(note="only through our lawyer, no address given → unsubscribe"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Nuria Vidal", "nuria.vidal@vidal-arquitectura.example"),
        "2027-11-23 13:48 +0100",
        "iphone",
        "Dejad de mandarme estos correos por favor. Ya lo hablé por teléfono con vuestro comercial la semana pasada.",
        lab(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Bas Vermeulen", "bas@vermeulen-hoveniers.example"),
        "2027-12-06 09:09 +0100",
        "gmail_plain",
        "Afmelden.",
        lab(note="one word"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("K. Brouwer", "k.brouwer@brouwer-vastgoed.example"),
        "2027-11-25 11:25 +0100",
        "outlook_html",
        T("""
            Geachte heer/mevrouw,

            Wij verzoeken u vriendelijk doch dringend ons niet langer per e-mail te benaderen over deze kwestie. Alle correspondentie verloopt vanaf heden via onze advocaat, mr. S. de Wit van De Wit Advocaten.

            Hoogachtend,

            K. Brouwer
            Directeur Brouwer Vastgoed B.V.
        """),
        lab(note="very formal; through our lawyer only, no address"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberto Ferri", "roberto.ferri@ferri-traslochi.example"),
        "2027-12-02 20:50 +0100",
        "iphone",
        "NON SCRIVETEMI PIÙ A QUESTO INDIRIZZO. GRAZIE",
        lab(note="all caps"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giuliana Moretti", "g.moretti@moretti-ceramiche.example"),
        "2027-12-16 09:40 +0100",
        "outlook",
        T("""
            Buongiorno,

            vi prego di cancellare il mio indirizzo dalla vostra lista di invio. Per qualsiasi comunicazione relativa alla nostra posizione utilizzate esclusivamente la raccomandata A/R presso la sede legale.

            Distinti saluti
            Giuliana Moretti
        """),
        lab(note="registered post only"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Jo Whitfield", "jo.whitfield@bramleyhomes.example"),
        "2027-11-23 09:04 +0000",
        "notice_html",
        T("""
            Thank you for your email. I am out of the office until Monday 29 November with limited access to email.

            For anything urgent relating to invoices or payments please contact my colleague Sunil on sunil.rao@bramleyhomes.example.

            Kind regards
            Jo
        """),
        lab(
            return_date="2027-11-29",
            note="'until X' → X; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Northgate Council Accounts Payable", "ap.helpdesk@northgate-council.example"),
        "2027-12-02 08:11 +0000",
        "notice",
        T("""
            Thank you for contacting Northgate Council Accounts Payable.

            Your enquiry has been logged with reference AP-2027-118204. Please quote this reference in any further correspondence.

            We aim to respond to all supplier enquiries within 5 working days. Invoices are paid in line with our standard 30-day terms from the date they are registered on our system.

            This is an automated message – please do not reply.
        """),
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[AP-2027-118204] Your enquiry has been logged",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Tom Ashworth", "tom@ashworthkitchens.example"),
        "2027-12-14 08:06 +0000",
        "notice",
        T("""
            Hi, thanks for your message.

            I'm on parental leave and won't be back at work until the new year. Emails to this address aren't being monitored in the meantime, but the workshop phone is manned Monday to Friday, 8 till 4.

            Tom
        """),
        lab(note="'the new year' cannot be pinned to a day; only Precedence: bulk marks it"),
        subject="Away: {rsub}",
        headers=(BULK,),
        cte="7bit",
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Monika Hahn", "m.hahn@hahn-elektro.example"),
        "2027-11-29 09:05 +0100",
        "notice_html",
        T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 3. Dezember, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 6. Dezember, bin ich wieder für Sie erreichbar.

            Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.

            Mit freundlichen Grüßen
            Monika Hahn
        """),
        lab(
            return_date="2027-12-06",
            note="'ab Montag, 6. Dezember wieder erreichbar' wins over 'bis einschließlich 3. Dezember'",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Kreditorenservice Stadtwerke Bergheide",
            "kreditorenservice@stadtwerke-bergheide.example",
        ),
        "2027-12-10 09:12 +0100",
        "notice",
        T("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre E-Mail. Ihr Anliegen ist bei uns eingegangen und wurde unter der Ticketnummer 2027121010000417 erfasst.

            Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab und geben Sie bei weiterer Korrespondenz stets die Ticketnummer im Betreff an.

            Dies ist eine automatisch erzeugte Nachricht.

            Ihr Kreditorenservice
            Stadtwerke Bergheide GmbH
        """),
        lab(note="ticket acknowledgement from a municipal utility"),
        subject="[Ticket#2027121010000417] Ihre Anfrage ist eingegangen",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Claire Fontaine", "c.fontaine@fontaine-immobilier.example"),
        "2027-12-13 09:08 +0100",
        "notice",
        T("""
            Bonjour,

            Je suis absente du 13 au 17 décembre inclus et ne consulterai pas mes messages. Je serai de retour le lundi 20 décembre.

            Pour toute urgence, merci de contacter l'accueil de l'agence.

            Bien cordialement,
            Claire Fontaine
        """),
        lab(return_date="2027-12-20"),
        subject="Absente du 13 au 17 décembre",
        headers=(AUTO_REPLIED,),
        cte="8bit",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Mairie de Belcourt-sur-Loire", "accueil@mairie-belcourt.example"),
        "2027-12-07 09:20 +0100",
        "notice",
        T("""
            Madame, Monsieur,

            Votre message a bien été reçu par les services de la mairie de Belcourt-sur-Loire. Il sera transmis au service concerné et traité dans les meilleurs délais.

            Nous vous rappelons que l'accueil de la mairie est ouvert du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h.

            Ceci est un message automatique, merci de ne pas y répondre.
        """),
        lab(
            note="town-hall acknowledgement with no Auto-Submitted, Precedence or X-Autoreply header"
        ),
        subject="Accusé de réception de votre message",
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Jorge Cabrera", "jcabrera@cabrera-instalaciones.example"),
        "2027-11-24 09:07 +0100",
        "notice_html",
        T("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el 1 de diciembre, sin acceso al correo electrónico. Responderé a su consulta a mi regreso.

            Un saludo,
            Jorge Cabrera
        """),
        lab(return_date="2027-12-01", note="'hasta X' → X"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Atención a Proveedores – Mercados Sol", "proveedores@mercadosol.example"),
        "2027-12-03 09:15 +0100",
        "notice",
        T("""
            Estimado proveedor:

            Le confirmamos la recepción de su correo, que ha quedado registrado con el número de incidencia 2027/88341.

            Nuestro equipo de Atención a Proveedores le responderá en un plazo máximo de 72 horas laborables. Le rogamos que no envíe de nuevo la misma consulta, ya que esto retrasa su tramitación.

            Este mensaje se ha generado automáticamente.
        """),
        lab(note="supermarket chain's ticket acknowledgement; only Precedence: bulk"),
        subject="Hemos recibido su consulta [Incidencia 2027/88341]",
        headers=(BULK,),
        threaded=False,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lars van Dijk", "l.vandijk@vandijk-groenvoorziening.example"),
        "2027-12-06 09:10 +0100",
        "notice_html",
        T("""
            Bedankt voor uw bericht.

            Ik ben afwezig tot en met vrijdag 10 december. Vanaf maandag 13 december ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd; voor dringende zaken kunt u ons kantoor bellen.

            Met vriendelijke groet,
            Lars van Dijk
        """),
        lab(
            return_date="2027-12-13",
            note="'vanaf maandag 13 december weer bereikbaar' wins over 'tot en met vrijdag 10 december'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Greco", "e.greco@greco-serramenti.example"),
        "2027-12-07 09:06 +0100",
        "notice",
        T("""
            Gentile mittente,

            sarò fuori ufficio fino a venerdì 10/12 compreso, con accesso limitato alla posta. Rientrerò lunedì 13/12 e risponderò al più presto.

            Cordiali saluti
            Elena Greco
        """),
        lab(return_date="2027-12-13", note="the stated day back wins over the last day away"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="windows-1252",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Supermercati Pellegrini – Amministrazione",
            "amministrazione@supermercatipellegrini.example",
        ),
        "2027-12-17 09:15 +0100",
        "notice",
        T("""
            Gentile fornitore,

            La informiamo che gli uffici amministrativi resteranno chiusi per le festività dal 17/12/2027 al 09/01/2028. Le attività riprenderanno regolarmente lunedì 10/01/2028.

            Le e-mail ricevute in questo periodo verranno gestite alla riapertura, in ordine di arrivo.

            Cordiali saluti
            Ufficio Amministrazione
            Supermercati Pellegrini S.p.A.
        """),
        lab(
            return_date="2028-01-10",
            note="holiday closure; the reopening day, in the next year; only X-Autoreply",
        ),
        subject="Chiusura uffici per le festività",
        headers=(X_AUTOREPLY,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Karen Doyle", "karen@doyleandsonbuilders.example"),
        "2027-11-22 11:35 +0000",
        "gmail",
        T("""
            Hi,

            Did we not pay this already? I'm sure it went out with the October batch along with the Carver Street one. Leave it with me and I'll check the bank.

            Karen
        """),
        lab(note="a question, not a payment claim, and no request"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Sean Mulligan", "sean@mulliganroofing.example"),
        "2027-12-01 07:22 +0000",
        "iphone",
        "Can you get the skip at Harcourt St swapped tomorrow its full and the lads are stripping the second roof",
        lab(note="operational request in the reminder thread; nothing about the invoice"),
        cte="7bit",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        (
            "Hollybrook Developments Ltd (in Administration)",
            "hollybrook@parkerleigh-insolvency.example",
        ),
        "2027-12-10 14:02 +0000",
        "outlook_html",
        T("""
            Dear Sir/Madam,

            Hollybrook Developments Ltd – In Administration

            We write to inform you that Hollybrook Developments Ltd entered administration on 19 November 2027 and that James Parker and Leigh Stanton of Parker Leigh Insolvency Practitioners were appointed as Joint Administrators.

            Any amounts owed to you by the company before that date should be submitted as an unsecured claim. A proof of debt form and the administrators' proposals will be sent to all known creditors by post in due course. The administrators act as agents of the company and without personal liability.

            Yours faithfully,

            for and on behalf of
            Hollybrook Developments Ltd (in Administration)
        """),
        lab(
            note="insolvency notice: no payment, no plan, no new contact for reminders; a person must file a claim"
        ),
        orig_to=("Hollybrook Accounts", "accounts@hollybrookdevelopments.example"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Jana Fischer", "jana.fischer@fischer-events.example"),
        "2027-11-26 12:10 +0100",
        "iphone",
        "Danke, ist angekommen. Ich gebe das an meinen Chef weiter, der ist aber erst nächste Woche wieder da.",
        lab(
            note="German reply to an English reminder; acknowledgement only, 'next week' is when the boss is back, not a payment date"
        ),
        rlang="en",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Hélène Caron", "helene.caron@caron-paysagistes.example"),
        "2027-12-10 08:30 +0100",
        "gmail_plain",
        T("""
            Bonjour,

            Merci pour le rappel. Je suis en arrêt maladie depuis trois semaines et je n'ai pas accès aux comptes de l'entreprise. Je regarderai ça dès que je pourrai reprendre.

            Hélène Caron
        """),
        lab(
            note="a person, not an auto-reply; 'I'll look at it' is no commitment and there is no date"
        ),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Patrick Girard", "p.girard@girard-demolition.example"),
        "2027-11-29 07:48 +0100",
        "thunderbird",
        T("""
            Bonjour,

            Bien reçu. Par ailleurs, pouvez-vous nous livrer une benne de 15 m³ jeudi matin au 8 rue Pasteur ? Même configuration que la dernière fois, sur le trottoir, avec l'autorisation de voirie que je vous transmets demain.

            Merci,
            Patrick Girard
            Girard Démolition
        """),
        lab(note="acknowledgement plus a new order"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Carmen Ruiz", "carmen@ruiz-pinturas.example"),
        "2027-12-14 12:30 +0100",
        "gmail",
        T("""
            Hola,

            Recibido, gracias. Lo reviso con la gestoría esta semana y os digo algo.

            Carmen
        """),
        lab(note="acknowledgement; checking with the accountant is no commitment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Alberto Pastor", "alberto@pastor-reformas.example"),
        "2027-11-22 19:12 +0100",
        "apple",
        T("""
            Gracias por el aviso. Aprovecho para preguntaros: ¿tenéis contenedores de 3 m³? La próxima obra es en el casco antiguo y por esa calle no entra un camión grande.

            Alberto Pastor
        """),
        lab(note="sales question in the reminder thread"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Gerrit Kok", "gerrit.kok@kok-transport.example"),
        "2027-12-08 10:40 +0100",
        "android",
        "Wie bent u eigenlijk? Ik ken uw bedrijf niet en ik vertrouw dit soort mails niet. Bel me maar op het kantoornummer als het echt is.",
        lab(
            note="suspicion; a person should call. Not a request for documents, and he does not say he is the wrong person"
        ),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Yvonne Kramer", "yvonne@kramer-verbouw.example"),
        "2027-12-15 13:05 +0100",
        "outlook",
        T("""
            Hallo,

            Halen jullie tussen kerst en oud en nieuw ook containers op? We zitten midden in een verbouwing en willen de container het liefst voor de feestdagen kwijt.

            Groet,
            Yvonne Kramer
            Kramer Verbouw
        """),
        lab(note="collection question in the reminder thread"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Sergio Marino", "sergio@marinoedilizia.example"),
        "2027-11-24 18:40 +0100",
        "iphone",
        "Ricevuto, giro al commercialista che segue i pagamenti. Buona serata",
        lab(note="passed to the accountant without an address: acknowledgement, not a new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Chiara Fontana", "chiara.fontana@fontana-arredi.example"),
        "2027-12-03 11:55 +0100",
        "gmail_plain",
        "Scusate ma non l'avevamo già pagata? Mi sembra di ricordare un bonifico a fine ottobre. Controllo e vi faccio sapere",
        lab(note="'did we not pay it already?': a question, not a claim"),
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
    """A delivery report about a reminder sent to `rcpt` in `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    queued_minutes: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date:."""
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        """When the reminder left the receivables mailbox."""
        return (self.dt - timedelta(minutes=self.queued_minutes)).replace(second=12)

    def reminder(self) -> Message:
        """The reminder that could not be delivered."""
        return reminder_message(self.key, self.lang, self.rcpt, self.sent)

    def subject(self) -> str:
        """The reminder's Subject, decoded."""
        return reminder_subject(self.lang, invoice_for(self.key, self.lang).number)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", diag_type: str = "smtp"
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nX-Queue-ID: {b32(b.key, 'queue', 11)}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The reminder's headers as text/rfc822-headers."""
    rem = b.reminder()
    text = "".join(f"{k}: {v}\n" for k, v in rem.items() if not k.startswith("Content-"))
    part = text_part(text, "rfc822-headers", "us-ascii", "7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def returned_message(b: Bounce) -> Message:
    """The whole reminder as message/rfc822."""
    part = MIMEMessage(b.reminder())
    part["Content-Description"] = "Undelivered Message"
    return part


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    family: str = "bounce",
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0].rstrip(")")
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, family)


def exchange_human(
    b: Bounce,
    *,
    head: str,
    reason: str,
    steps: str,
    admin: str,
    server: str,
    diag: str,
    charset: str,
) -> Message:
    """The human part of an Exchange Online report: plain text and HTML."""
    plain = (
        f"{head}\n\n{b.rcpt}\n\n{reason}\n\n{steps}\n\n\n{admin}\n\n{server}\n\n{b.rcpt}\n{diag}\n"
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n<body>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:\'Segoe UI\',Arial,sans-serif"><tr><td>\n'
        f'<p style="font-size:17pt;color:#c00000">{html.escape(head)}</p>\n'
        f'<p style="font-size:11pt"><b>{html.escape(b.rcpt)}</b></p>\n'
        f"<p>{html.escape(reason)}</p>\n<p>{html.escape(steps)}</p>\n"
        f'<br><p style="font-size:10pt;color:#666666"><b>{html.escape(admin)}</b></p>\n'
        f'<p style="font-size:10pt;color:#666666">{html.escape(server)}<br>{html.escape(b.rcpt)}<br>{html.escape(diag)}</p>\n'
        "</td></tr></table>\n</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"), text_part(markup, "html", charset, "qp")
    )


EXCHANGE_FROM = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rubbleroll-skips.example>"
)


def bounce_postfix_en(b: Bounce) -> Message:
    """Postfix RFC 3464 report, user unknown, with the returned headers only."""
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        "This is the mail system at host mail.rubbleroll-skips.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. The headers of the message are attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[203.0.113.61] said: {diag[:3]}\n"
        f"    {diag[4:]} (in reply to RCPT TO command)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, "mail.rubbleroll-skips.example", "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        "MAILER-DAEMON@mail.rubbleroll-skips.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail_en(b: Bounce) -> Message:
    """qmail's plain failure notice, not MIME, with the message below the line."""
    rem = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at smtp2.rubbleroll-skips.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.73 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: mailbox unavailable - no such user here\n"
        "Giving up on 198.51.100.73.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 40417 invoked by uid 89); {format_datetime(b.sent)}\n"
        f"{rem}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, "MAILER-DAEMON@smtp2.rubbleroll-skips.example", "failure notice")


def bounce_exim_full_en(b: Bounce) -> Message:
    """Exim's plain 'Mail delivery failed' for a full mailbox (5.2.2), message returned inline."""
    rem = b.reminder().as_string()
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [192.0.2.118]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    552 5.2.2 Mailbox size limit exceeded for this recipient\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n{rem}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.rubbleroll-skips.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online 'Unzustellbar', rejected by the recipient's policy (5.7.1)."""
    diag = "550 5.7.1 Delivery not authorized, message refused. The recipient only accepts mail from approved senders."
    server = "AM6PR03MB4412.eurprd03.prod.outlook.example"
    human = exchange_human(
        b,
        head="Ihre Nachricht konnte nicht übermittelt werden.",
        reason="Der Empfänger nimmt nur Nachrichten von ausdrücklich zugelassenen Absendern an. Ihre Adresse gehört nicht dazu, daher wurde die Nachricht abgewiesen.",
        steps="So beheben Sie das Problem: Bitten Sie den Empfänger auf einem anderen Weg, Ihre Adresse auf die Liste der zugelassenen Absender zu setzen, und senden Sie die Nachricht dann erneut.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"Remoteserver hat '{diag}' zurückgegeben",
        charset="iso-8859-1",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish_bounce(
        b, report(parts), EXCHANGE_FROM, f"Unzustellbar: {b.subject()}", family="outlook"
    )


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German host's plain delay notice (connection timed out, 4.4.1)."""
    rem = b.reminder()
    text = (
        "Dies ist eine automatische Nachricht des Mailservers mx-out.hostwerk.example.\n\n"
        "Ihre Nachricht konnte seit mehr als 4 Stunden nicht zugestellt werden:\n\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Zielserver: mail.{b.domain}\n"
        "  Fehler:     421 4.4.1 Zeitüberschreitung beim Verbindungsaufbau\n\n"
        "Es handelt sich um einen vorübergehenden Fehler. Wir versuchen die Zustellung bis zu\n"
        "fünf Tage lang weiter. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "--- Kopfzeilen Ihrer Nachricht ---\n"
        f"Date: {rem['Date']}\nFrom: {rem['From']}\nTo: {rem['To']}\nSubject: {fit(b.subject(), 'iso-8859-1')}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx-out.hostwerk.example>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online 'Non remis': mailbox full (554 5.2.2)."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    server = "PA4P190MB1178.EURP190.PROD.OUTLOOK.example"
    human = exchange_human(
        b,
        head="Votre message n'a pas pu être remis.",
        reason="La boîte aux lettres du destinataire est pleine et ne peut pas recevoir de nouveaux messages pour le moment.",
        steps="Réessayez plus tard, ou contactez directement le destinataire pour qu'il libère de l'espace.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {server}",
        diag=f"Le serveur distant a renvoyé « {diag} »",
        charset="utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish_bounce(
        b, report(parts), EXCHANGE_FROM, f"Non remis : {b.subject()}", family="outlook"
    )


def bounce_exchange_es_unknown(b: Bounce) -> Message:
    """Exchange Online 'No se puede entregar': recipient not found (5.1.10)."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "DB9PR06MB7953.eurprd06.prod.outlook.example"
    human = exchange_human(
        b,
        head="No se pudo entregar su mensaje.",
        reason="La dirección de correo electrónico a la que envió el mensaje no existe en la organización del destinatario.",
        steps="Compruebe que la dirección está bien escrita. Si lo está, póngase en contacto con el destinatario por otro medio para confirmar su dirección actual.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diag=f"El servidor remoto devolvió '{diag}'",
        charset="utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish_bounce(
        b, report(parts), EXCHANGE_FROM, f"No se puede entregar: {b.subject()}", family="outlook"
    )


def bounce_provider_es_grey(b: Bounce) -> Message:
    """A Spanish provider's notice in multipart/mixed: greylisting (450 4.7.1), message attached."""
    text = (
        "Este es un aviso automático del servidor de correo smtp.correoempresa.example.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "El servidor de destino ha aplazado temporalmente la recepción por su política antispam:\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "No es necesario que haga nada. Seguiremos intentando la entrega durante las próximas 48 horas\n"
        "y le avisaremos si finalmente no es posible.\n\n"
        "Adjuntamos el mensaje original.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(returned_message(b))
    return finish_bounce(
        b,
        outer,
        "Sistema de correo <mailer-daemon@smtp.correoempresa.example>",
        "Aviso: mensaje aún no entregado",
    )


def bounce_postfix_nl_domain(b: Bounce) -> Message:
    """A Postfix report with a Dutch bounce template: the recipient's domain no longer exists (5.4.4)."""
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    human = (
        "Dit is het mailsysteem op relay-nl.rubbleroll-skips.example.\n\n"
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.\n"
        "De kopregels van het bericht vindt u in de bijlage.\n\n"
        f"Het domein {b.domain} bestaat niet (meer): er is geen mailserver voor gevonden.\n"
        "Controleer het adres. Dit is een definitieve fout; er worden geen nieuwe pogingen gedaan.\n\n"
        "                   Het mailsysteem\n\n"
        f"<{b.rcpt}>: {diag}\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b, "relay-nl.rubbleroll-skips.example", "failed", diag, diag_type="X-Postfix"
        ),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        "MAILER-DAEMON@relay-nl.rubbleroll-skips.example (Mailsysteem)",
        "Onbestelbaar bericht geretourneerd aan afzender",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online delay report in Dutch (4.4.7)."""
    diag = "451 4.4.7 Message delayed; remote server did not respond in time"
    server = "AS8PR02MB9912.eurprd02.prod.outlook.example"
    human = exchange_human(
        b,
        head="Uw bericht is nog niet bezorgd.",
        reason=f"De bezorging van het bericht '{b.subject()}' is vertraagd omdat de server van de ontvanger niet op tijd reageert. Er wordt automatisch opnieuw geprobeerd.",
        steps="U hoeft niets te doen. U ontvangt nog een melding als het bericht definitief niet kan worden bezorgd.",
        admin="Diagnostische gegevens voor beheerders:",
        server=f"Genererende server: {server}",
        diag=f"De externe server heeft '{diag}' geretourneerd",
        charset="utf-8",
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return finish_bounce(
        b, report(parts), EXCHANGE_FROM, f"Bezorging vertraagd: {b.subject()}", family="outlook"
    )


def bounce_gmail_it_unknown(b: Bounce) -> Message:
    """Gmail's Italian 'address not found' report (5.1.1)."""
    lines = [
        "** Indirizzo non trovato **",
        f"Il messaggio non è stato consegnato a {b.rcpt} perché l'indirizzo non esiste o non può ricevere posta.",
        "Ulteriori informazioni: https://support.google.com/mail/?p=NoSuchUser",
        "La risposta del server è stata:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 2adb3069b0e04-55e1c0d3a7fsi2417713e87.281 - gsmtp",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>\n"
        + "\n".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "\n</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(markup, "html", "utf-8", "qp")
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notifica sullo stato della consegna (errore)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's plain notice: mailbox full (452 4.2.2), will retry."""
    text = (
        "Gentile Cliente,\n\n"
        "questo è un messaggio automatico del servizio di posta.\n\n"
        f"Il messaggio da Lei inviato a {b.rcpt} non è stato ancora recapitato,\n"
        "perché la casella del destinatario ha superato lo spazio disponibile.\n\n"
        "Risposta del server remoto: 452 4.2.2 casella piena / mailbox full\n\n"
        "Il sistema ritenterà la consegna automaticamente per i prossimi 3 giorni.\n"
        f"Oggetto del messaggio: {fit(b.subject(), 'iso-8859-1')}\n\n"
        "Servizio Posta - smtp.postaimpresa.example\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Servizio Posta <postmaster@smtp.postaimpresa.example>",
        "Messaggio non ancora consegnato",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@hollinsgroundworks.example",
            "2027-11-23 07:36 +0000",
        ),
        bounce_postfix_en,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@sparrowbuild.example",
            "2027-12-01 07:40 +0000",
            note="qmail failure notice, not MIME, message below the line",
        ),
        bounce_qmail_en,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "dave@ketteringroofing.example",
            "2027-12-08 07:41 +0000",
            note="Exim calls it permanent, but a full mailbox is soft; the 5.x code is kept",
        ),
        bounce_exim_full_en,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "rechnungen@stahlbau-koenig.example",
            "2027-11-25 08:36 +0100",
            note="rejected by the recipient's sender policy",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "info@malerbetrieb-ostermann.example",
            "2027-12-02 12:50 +0100",
            queued_minutes=260,
            note="German host's plain-text delay warning, not RFC 3464",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "5.2.2",
            "compta@menuiserie-blanchard.example",
            "2027-12-07 08:37 +0100",
            note="mailbox full with a 5.x code: soft",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.10",
            "facturas@construcciones-vega.example",
            "2027-11-30 08:35 +0100",
        ),
        bounce_exchange_es_unknown,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "administracion@talleresmontero.example",
            "2027-12-14 09:40 +0100",
            queued_minutes=65,
            note="greylisting (policy, temporary); provider notice in multipart/mixed with the message attached",
        ),
        bounce_provider_es_grey,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.4.4",
            "info@kuipers-bestratingen.example",
            "2027-11-29 08:37 +0100",
            note="the recipient's domain no longer exists; Dutch bounce template",
        ),
        bounce_postfix_nl_domain,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "boekhouding@degroot-aannemers.example",
            "2027-12-16 12:37 +0100",
            queued_minutes=245,
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "impresa.caruso.lavori@gmail.com",
            "2027-12-09 08:36 +0100",
        ),
        bounce_gmail_it_unknown,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "amministrazione@pavimenti-deluca.example",
            "2027-11-24 10:02 +0100",
            queued_minutes=90,
            note="provider notice in plain text, mailbox full, will retry",
        ),
        bounce_provider_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------

OUTPUT = compat32.clone(max_line_length=998)  # clients do not fold Message-IDs or report fields
REF_RE = re.compile(r"^RR \d{4}-\d{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a hand-written message."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(r.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_spec(r: Reply) -> None:
    """The spec's own consistency: zone, date range, refs written in the text."""
    offset = r.dt.utcoffset()
    if offset not in {UK.utcoffset(None), CET.utcoffset(None)}:
        raise SystemExit(f"{r.key}: offset {offset} is neither UK nor CET in winter")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {r.dt.date()} outside the range")
    squashed = re.sub(r"[\s/-]", "", r.body).upper()
    for ref in r.labels.get("invoice_refs", []):  # type: ignore[attr-defined]
        if ref.replace(" ", "").replace("-", "") not in squashed:
            raise SystemExit(f"{r.key}: {ref} is not in the new text")
    if r.charset != "utf-8":
        r.body.encode(r.charset)


def check_label(name: str, label: Mapping[str, object]) -> None:
    """Shape of one label line: keys, winning-intent fields only, formats."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS[intent]:
        raise SystemExit(f"{name}: {sorted(filled - INTENT_FIELDS[intent])} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        if label[key] is not None and not DATE_RE.match(str(label[key])):
            raise SystemExit(f"{name}: {key} is not ISO")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.match(str(label["amount"])):
        raise SystemExit(f"{name}: amount {label['amount']!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {label['currency']!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(REF_RE.match(x) for x in refs):
        raise SystemExit(f"{name}: invoice_refs {refs!r}")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not label["failed_recipient"]
        or not label["bounce_status"]
    ):
        raise SystemExit(f"{name}: incomplete bounce label")
    contact = label["new_contact"]
    if contact is not None and (str(contact) != str(contact).lower() or "@" not in str(contact)):
        raise SystemExit(f"{name}: new_contact {contact!r}")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; the language totals; the planned spread of languages."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else 1 if SINGLE_LANG[intent] == lang else 2
            if cells[intent, lang] != want:
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]} messages, want {want}")
    langs = Counter(str(x["language"]) for x in labels)
    if dict(langs) != LANG_TOTALS:
        raise SystemExit(f"language totals {dict(langs)}")


def check_message(name: str, data: bytes, snippet: str) -> None:
    """Parse the file back: headers decode, every text part decodes, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    texts = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: {key} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text")
            texts.append(
                html.unescape(content) if part.get_content_subtype() == "html" else content
            )
    joined = re.sub(r"\s+", " ", " ".join(texts).replace("&nbsp;", " "))
    if snippet and re.sub(r"\s+", " ", snippet) not in joined:
        raise SystemExit(f"{name}: the hand-written text does not come back ({snippet!r})")
    day = msg["Date"].datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{name}: Date {day} outside the range")


def file_order(keys: list[str]) -> dict[str, str]:
    """File names from a seeded hash of each key, so a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}/{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


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


def snippet_of(body: str) -> str:
    """A stretch of the hand-written text that must survive encoding and decoding."""
    first = next(line for line in body.split("\n") if line.strip())
    return first.strip()[:40]


def build_all() -> list[tuple[str, Message, dict[str, object], str]]:
    """Every message with its label and a text snippet to verify."""
    items: list[tuple[str, Message, dict[str, object], str]] = []
    for r in REPLIES:
        check_spec(r)
        items.append((r.key, build_reply(r), reply_label(r), snippet_of(r.body)))
    for b, build in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
            raise SystemExit(f"{b.key}: date outside the range")
        items.append((b.key, build(b), bounce_label(b), ""))
    keys = [key for key, *_ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def coverage(items: list[tuple[str, Message, dict[str, object], str]]) -> str:
    """What the corpus covers, measured on the built messages (for the README)."""
    styles = Counter(r.style for r in REPLIES)
    tops = Counter(msg.get_content_type() for _, msg, _, _ in items)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for key, msg, _, _ in items:
        if key.startswith("bo-"):
            continue
        body = next(part for part in msg.walk() if part.get_content_maintype() == "text")
        charsets[str(body.get_content_charset())] += 1
        encodings[str(body.get("Content-Transfer-Encoding"))] += 1
    encoded = sum("=?" in str(msg["Subject"]) or "=?" in str(msg["From"]) for _, msg, _, _ in items)
    auto = sum(msg["Auto-Submitted"] is not None for _, msg, _, _ in items)
    return (
        f"client layouts: {dict(sorted(styles.items()))}\n"
        f"top-level types: {dict(sorted(tops.items()))}\n"
        f"non-bounce body charsets: {dict(sorted(charsets.items()))}\n"
        f"non-bounce body encodings: {dict(sorted(encodings.items()))}\n"
        f"RFC 2047 Subject or From: {encoded}; Auto-Submitted: {auto}"
    )


def write_all() -> tuple[list[dict[str, object]], str]:
    """Write every .eml and labels.jsonl next to this script, checking each on the way."""
    items = build_all()
    names = file_order([key for key, *_ in items])
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for key, msg, label, snippet in sorted(items, key=lambda item: names[item[0]]):
        name = names[key]
        data = msg.as_bytes(policy=OUTPUT)
        check_message(name, data, snippet)
        (HERE / name).write_bytes(data)
        line = {"file": name, **label}
        check_label(name, line)
        labels.append(line)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for line in labels:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return labels, coverage(items)


def main() -> int:
    """Rebuild, check and print the count table."""
    labels, summary = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
