# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph per line, the way mail clients send it, with the
# typographic dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 138: `h138-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by Lodestar Security
Systems from `billing@lodestar-security.example`. The new text of each message is written by
hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. Run it from anywhere; it rewrites every file next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout138-20311013"
PREFIX = "h138"
AR_NAME = "Lodestar Security Billing"
AR_ADDR = "billing@lodestar-security.example"
AR_DOMAIN = "lodestar-security.example"
FIRST_DAY = date(2031, 10, 13)
LAST_DAY = date(2031, 11, 7)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TARGET = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}

# --------------------------------------------------------------------------------------------
# Time zones: UK (GMT/BST) and central Europe (CET/CEST), with the EU/UK switch dates
# --------------------------------------------------------------------------------------------

ZONE_BASE = {"uk": 0, "ce": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of March or October (the days the clocks change)."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(utc: datetime) -> bool:
    """Whether a naive UTC instant falls in summer time (both zones switch at 01:00 UTC)."""
    start = datetime.combine(last_sunday(utc.year, 3), time(1, 0))
    end = datetime.combine(last_sunday(utc.year, 10), time(1, 0))
    return start <= utc < end


def offset_at(zone: str, utc: datetime) -> timezone:
    """The zone's UTC offset at a naive UTC instant."""
    hours = ZONE_BASE[zone] + (1 if summer_time(utc) else 0)
    return timezone(timedelta(hours=hours))


def local_time(when: str, zone: str) -> datetime:
    """'YYYY-MM-DD HH:MM' wall-clock time in `zone`, as an aware datetime."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    for extra in (
        1,
        0,
    ):  # try summer time first; the repeated hour is read as summer time
        utc = naive - timedelta(hours=ZONE_BASE[zone] + extra)
        if summer_time(utc) == bool(extra):
            return naive.replace(tzinfo=offset_at(zone, utc))
    raise ValueError(f"{when} does not exist in {zone}")


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant shown on a clock in `zone`."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(offset_at(zone, utc))


# --------------------------------------------------------------------------------------------
# Locale tables
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
    "de": "Am {d}. {mona} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {monl} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} a las {HH}:{mm}, {name} escribió:",
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


@dataclass(frozen=True)
class OutlookWords:
    """Outlook's localised reply header: separator line, field names, name/value separator."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": OutlookWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": OutlookWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE = {
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
# The reminder that every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Lodestar Security Systems",
    "de": "Überfällige Rechnung {inv} – Lodestar Security Systems",
    "fr": "Facture échue {inv} – Lodestar Security Systems",
    "es": "Factura vencida {inv} – Lodestar Security Systems",
    "nl": "Vervallen factuur {inv} – Lodestar Security Systems",
    "it": "Fattura scaduta {inv} – Lodestar Security Systems",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "According to our records the invoice below is now overdue:\n\n"
        "    Invoice number:   {inv}\n"
        "    Description:      {svc}\n"
        "    Invoice date:     {issued}\n"
        "    Due date:         {due}\n"
        "    Amount due:       {amt}\n\n"
        "If you have already made this payment, thank you – please disregard this reminder. If not, please arrange a bank transfer quoting the invoice number. Should anything on the invoice be unclear or incorrect, simply reply to this email and our accounts team will get back to you.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\nLodestar Security Systems Ltd\nAlarms · CCTV · Access control · 24/7 monitoring\n{ar}"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung fällig und noch offen:\n\n"
        "    Rechnungsnummer:  {inv}\n"
        "    Leistung:         {svc}\n"
        "    Rechnungsdatum:   {issued}\n"
        "    Fällig am:        {due}\n"
        "    Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung in den letzten Tagen bereits angewiesen haben, danken wir Ihnen und bitten Sie, diese Erinnerung zu ignorieren. Andernfalls bitten wir um Überweisung unter Angabe der Rechnungsnummer. Sollte an der Rechnung etwas unklar oder fehlerhaft sein, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nLodestar Security Systems Ltd\n{ar}"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    N° de facture :     {inv}\n"
        "    Prestation :        {svc}\n"
        "    Date de facture :   {issued}\n"
        "    Date d'échéance :   {due}\n"
        "    Montant dû :        {amt}\n\n"
        "Si votre règlement a été effectué entre-temps, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel. Dans le cas contraire, merci de procéder au virement en rappelant le numéro de facture. Pour toute question ou erreur éventuelle, il vous suffit de répondre à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service Recouvrement\nLodestar Security Systems\n{ar}"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Según nuestros registros, la siguiente factura se encuentra vencida y pendiente de pago:\n\n"
        "    N.º de factura:     {inv}\n"
        "    Concepto:           {svc}\n"
        "    Fecha de factura:   {issued}\n"
        "    Vencimiento:        {due}\n"
        "    Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le damos las gracias y le rogamos que no tenga en cuenta este aviso. En caso contrario, le agradeceríamos que realizara la transferencia indicando el número de factura. Si observa cualquier error en la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nLodestar Security Systems\n{ar}"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie is onderstaande factuur inmiddels vervallen:\n\n"
        "    Factuurnummer:    {inv}\n"
        "    Omschrijving:     {svc}\n"
        "    Factuurdatum:     {issued}\n"
        "    Vervaldatum:      {due}\n"
        "    Openstaand:       {amt}\n\n"
        "Heeft u de betaling de afgelopen dagen al gedaan, dan danken wij u hartelijk en kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag over te maken onder vermelding van het factuurnummer. Klopt er iets niet aan de factuur? Beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nLodestar Security Systems\n{ar}"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre registrazioni risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "    Numero fattura:   {inv}\n"
        "    Descrizione:      {svc}\n"
        "    Data fattura:     {issued}\n"
        "    Scadenza:         {due}\n"
        "    Importo dovuto:   {amt}\n\n"
        "Se il pagamento è già stato effettuato, vi ringraziamo e vi preghiamo di non considerare questo sollecito. In caso contrario, vi chiediamo di provvedere al bonifico indicando il numero della fattura. Per qualsiasi dubbio o errore sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nLodestar Security Systems\n{ar}"
    ),
}
SERVICES = {
    "en": (
        "24/7 alarm monitoring, quarterly in advance",
        "CCTV maintenance visit",
        "Access control service contract, annual",
        "Intruder alarm callout and repair",
        "Keyholding and alarm response, quarterly",
        "Door entry reader, supply and fit",
    ),
    "de": (
        "Alarmaufschaltung 24/7, Quartal im Voraus",
        "Wartung Videoüberwachung",
        "Servicevertrag Zutrittskontrolle, jährlich",
        "Störungseinsatz Einbruchmeldeanlage",
        "Schlüsselverwahrung und Interventionsdienst, Quartal",
        "Zutrittsleser, Lieferung und Montage",
    ),
    "fr": (
        "Télésurveillance 24h/24, trimestre à échoir",
        "Visite de maintenance vidéosurveillance",
        "Contrat de maintenance contrôle d'accès, annuel",
        "Intervention dépannage alarme intrusion",
        "Détention des clés et intervention, trimestriel",
        "Lecteur de badges, fourniture et pose",
    ),
    "es": (
        "Conexión a central receptora 24 h, trimestre anticipado",
        "Mantenimiento de videovigilancia (CCTV)",
        "Contrato anual de mantenimiento de control de accesos",
        "Aviso y reparación de alarma de intrusión",
        "Custodia de llaves y acuda, trimestral",
        "Lector de acceso, suministro e instalación",
    ),
    "nl": (
        "Alarmopvolging 24/7, kwartaal vooruit",
        "Onderhoudsbezoek camerabewaking",
        "Servicecontract toegangscontrole, jaarlijks",
        "Storingsbezoek inbraakalarm",
        "Sleutelbeheer en alarmopvolging, per kwartaal",
        "Toegangslezer, levering en montage",
    ),
    "it": (
        "Telesorveglianza 24/7, trimestre anticipato",
        "Manutenzione impianto di videosorveglianza",
        "Contratto annuale di assistenza controllo accessi",
        "Intervento su impianto antintrusione",
        "Custodia chiavi e pronto intervento, trimestrale",
        "Lettore badge, fornitura e posa",
    ),
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters that Latin-1 cannot hold.
LATIN1_FALLBACK = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key (everything random-looking derives from it)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """An upper-case base32 token of length `n` derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable integer in range(modulo) derived from the key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def date_words(lang: str, moment: datetime | date) -> dict[str, str]:
    """Every piece a date template may use, in the given language."""
    wd, mo = moment.weekday(), moment.month - 1
    hour = moment.hour if isinstance(moment, datetime) else 0
    minute = moment.minute if isinstance(moment, datetime) else 0
    return {
        "wdl": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "monl": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
    }


def render(template: str, lang: str, moment: datetime | date, **extra: str) -> str:
    """Fill a date template in the given language."""
    return template.format(**date_words(lang, moment), **extra)


def latin1(text: str) -> str:
    """Replace what a Latin-1 client could not send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in its language."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    if lang == "fr":
        return grouped.replace(",", "\u00a0") + f",{cents}\u00a0{symbol}"
    dotted = grouped.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{dotted},{cents} {symbol}"
    return f"{symbol} {dotted},{cents}"


def quote_lines(text: str) -> str:
    """Quote text the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML with line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def flowed(text: str, width: int = 76) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end with a space."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        content = line[len(prefix) :].rstrip(" ")
        if prefix:
            prefix = prefix.rstrip(" ") + " "
        elif content.startswith((" ", ">", "From ")):
            content = " " + content
        room = width - len(prefix)
        while len(content) > room:
            cut = content.rfind(" ", 1, room)
            if cut <= 0 or not content[:cut].strip():
                break
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
        out.append((prefix + content) if content or not prefix else prefix.rstrip(" "))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset object with the body transfer encoding a client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 7bit / 8bit: no encoding, the generator writes the bytes as they are
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    """A single text/* part; fails loudly if the text does not fit the charset."""
    text.encode(charset)
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def encoded_header(value: str, charset: str, name: str = "Subject", b_words: bool = False) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when not ASCII.

    Outlook writes B (base64) encoded words; most other clients write Q words.
    """
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = cs.Charset(charset)
    words.header_encoding = cs.BASE64 if b_words else cs.QP
    return Header(value, words, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8", b_words: bool = False) -> str:
    """A From/To/Cc mailbox with the display name encoded as needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From', b_words)} <{addr}>"


MIME_HEADERS = (
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
)


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart or message/rfc822 part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def drop_inner_versions(part: Message, root: bool = True) -> None:
    """Only a message's top carries MIME-Version (a returned message has its own top)."""
    if not root:
        del part["MIME-Version"]
    for child in subparts(part):
        drop_inner_versions(child, root=part.get_content_type() == "message/rfc822")


def assemble(
    body: Message, head: Sequence[tuple[str, str]], key: str, boundary_prefix: str
) -> Message:
    """Put the envelope headers on top of a body, MIME headers last, fixed boundaries."""
    mime = [(k, str(v)) for k, v in body.items() if k.lower() in MIME_HEADERS]
    for name, _ in mime:
        del body[name]
    for name, value in head:
        body[name] = value
    if mime:
        body["MIME-Version"] = "1.0"
    for name, value in mime:
        if name.lower() != "mime-version":
            body[name] = value
    drop_inner_versions(body)
    multiparts = [p for p in body.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_prefix + token(key, f"boundary{n}", 26))
    return body


# --------------------------------------------------------------------------------------------
# Hand-written messages: the spec
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    zone: str = ""  # "uk" or "ce"; English writers default to the UK
    rlang: str = ""  # language of the reminder being answered
    loc: str = ""  # language of the mail client's own words (quote header, signature)
    inv: str = ""  # the invoice the reminder was about (six digits)
    amt: str = ""  # its amount, as a decimal string
    svc: int = -1  # index into SERVICES
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True  # In-Reply-To/References to the reminder
    qto: str = ""  # the reminder's recipient, when it is not the writer
    cc: str = ""
    attach: tuple[str, bytes] | None = None
    lag: int = -1  # working days between the reminder and the reply (-1: derived from the key)

    @property
    def tz(self) -> str:
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def currency(self) -> str:
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def invoice(self) -> str:
        return f"LSS {self.inv or 300000 + number(self.key, 'invoice', 12000)}"

    @property
    def amount(self) -> str:
        if self.amt:
            return self.amt
        cents = ("00", "00", "50", "20", "80", "40")[number(self.key, "cents", 6)]
        return f"{96 + number(self.key, 'amount', 2100)}.{cents}"

    @property
    def service(self) -> int:
        return self.svc if self.svc >= 0 else number(self.key, "service", 6)


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# The reminder as each client shows it
# --------------------------------------------------------------------------------------------


def reminder_sent(key: str, reply: datetime, days_before: int) -> datetime:
    """When the reminder went out: a working day before, soon after 08:30 in the UK."""
    if days_before == 0:  # automatic answers arrive within minutes
        return reply - timedelta(minutes=2 + number(key, "lag", 4))
    day = in_zone(reply, "uk").date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    wall = f"{day.isoformat()} 08:{31 + number(key, 'minute', 20):02d}"
    return local_time(wall, "uk")


def reminder_subject(lang: str, invoice: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=invoice)


def reminder_body(
    lang: str, invoice: str, amount: str, currency: str, service: int, sent: datetime
) -> str:
    """The reminder's text; the invoice fell due two weeks before the reminder."""
    due = sent.date() - timedelta(days=14)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=invoice,
        svc=SERVICES[lang][service],
        issued=render(DATE_STYLE[lang], lang, issued),
        due=render(DATE_STYLE[lang], lang, due),
        amt=money(amount, currency, lang),
        ar=AR_ADDR,
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID dunning gave the reminder."""
    return (
        f"<{token(key, 'reminder', 16).lower()}.{number(key, 'seq', 900000) + 100000}@{AR_DOMAIN}>"
    )


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # on the replier's clock
    loc: str
    to: str


def make_quote(r: Reply, days_before: int) -> Quote:
    """The quoted reminder for a reply, fitted to the reply's charset."""
    sent = reminder_sent(r.key, r.dt, days_before)
    text = reminder_body(r.reminder_lang, r.invoice, r.amount, r.currency, r.service, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    to = r.qto or (f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1])
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return Quote(text, subject, in_zone(sent, r.tz), r.client_lang, to)


def outlook_header_lines(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject lines for the quoted reminder."""
    w = OUTLOOK_WORDS[q.loc]
    return [
        (w.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, render(OUTLOOK_SENT[q.loc], q.loc, q.sent)),
        (w.to, q.to),
        (w.subject, q.subject),
    ]


def outlook_plain_block(q: Quote) -> str:
    """The header block as plain text."""
    colon = OUTLOOK_WORDS[q.loc].colon
    return "\n".join(f"{name}{colon}{value}" for name, value in outlook_header_lines(q))


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the client's language."""
    return render(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the client's language."""
    return render(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def word_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs (one per line, empty lines as &nbsp;)."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider and the reminder."""
    colon = OUTLOOK_WORDS[q.loc].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(name)}{html.escape(colon)}</b> {html.escape(value)}"
        for name, value in outlook_header_lines(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' block."""
    block = OUTLOOK_WORDS[q.loc].separator + "\n" + outlook_plain_block(q)
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML (multipart/alternative)."""
    plain = f"{r.body}\n\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_html(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as HTML only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, localised 'Get Outlook' line."""
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_html_lines(text: str) -> str:
    """Gmail's HTML for typed text: one div per line, empty lines as <br>."""
    lines = text.split("\n")
    first = html.escape(lines[0], quote=False)
    rest = "".join(f"<div>{html.escape(x, quote=False) if x else '<br>'}</div>" for x in lines[1:])
    return f'<div dir="ltr">{first}{rest}</div>'


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote block."""
    attr = gmail_attribution(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    paragraphs = "".join(f"<div>{html_text(p)}</div><div><br></div>" for p in q.text.split("\n\n"))
    markup = (
        f"{gmail_html_lines(r.body)}<br>"
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs}</blockquote></div>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, then the whole quote (attribution included)."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution line, '>' quoting, format=flowed."""
    attr = render(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}") + "\n"
    cte = r.cte if r.cte != "qp" else ("7bit" if text.isascii() else "8bit")
    part = text_part(text, "plain", r.charset, cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: plain text, quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text and simple HTML (Exchange style)."""
    del q
    paragraphs = "".join(f"<p>{html_text(p)}</p>\n" for p in r.body.split("\n\n"))
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{paragraphs}</div>\n</body>\n</html>\n'
    )
    return alternative(r.body + "\n", markup, r.charset, r.cte)


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
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android", "notice_html"})
NOTICES = frozenset({"notice", "notice_html"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.1.1)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 140.4.0 (Windows NT 10.0; Win64; x64)"),),
}
BOUNDARY_PREFIX = {
    "gmail": "0000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "bounce": "----=_DSN_",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the writer's client would make."""
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{token(r.key, 'ms', 30)}@{token(r.key, 'host', 10)}.eurprd04.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:12]}.{raw.hex()[12:24]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject: the client's reply prefix, or the writer's own."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_PREFIX[q.loc] + q.subject
    return "Re: " + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed when the writer attached a file."""
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
    """The complete message for one hand-written reply or notice."""
    lag = 0 if r.style in NOTICES else r.lag if r.lag >= 0 else 1 + number(r.key, "days", 2)
    q = make_quote(r, lag)
    body = with_attachment(r, STYLES[r.style](r, q))
    b_words = r.style in OUTLOOK_FAMILY
    head = [
        ("From", mailbox(*r.who, r.charset, b_words)),
        ("To", mailbox(AR_NAME, AR_ADDR)),
    ]
    if r.cc:
        head.append(("Cc", r.cc))
    head += [
        ("Subject", encoded_header(reply_subject(r, q), r.charset, "Subject", b_words)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        head += [
            ("In-Reply-To", reminder_msgid(r.key)),
            ("References", reminder_msgid(r.key)),
        ]
    if r.style in OUTLOOK_FAMILY:
        head += [
            (
                "Thread-Topic",
                encoded_header(q.subject, r.charset, "Thread-Topic", b_words),
            ),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    head += [*STYLE_HEADERS.get(r.style, ()), *r.headers]
    prefix = BOUNDARY_PREFIX.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "------------")
    return assemble(body, head, r.key, prefix)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
PDF_PROOF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Title(Justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-whitlock",
        "payment_sent",
        "en",
        ("Dave Whitlock", "dave@whitlockcycles.example"),
        "2031-10-16 12:47",
        "iphone",
        "Paid.",
        lab(note="one-word reply to the reminder; no date"),
    ),
    Reply(
        "ps-en-halbrook-advice",
        "payment_sent",
        "en",
        (
            "Halbrook Retail Group – Accounts Payable",
            "ap.remittance@halbrookretail.example",
        ),
        "2031-10-21 06:14",
        "notice",
        "HALBROOK RETAIL GROUP PLC\nREMITTANCE ADVICE\n\nSupplier:        LODESTAR SECURITY SYSTEMS LTD\nSupplier no.:    V-204417\nPayment date:    21/10/2031\nPayment method:  BACS\nPayment ref:     HRG-0038441\n\nInvoice no.     Inv. date      Gross amount\nLSS 308812      02/09/2031         2,340.00\nLSS 309150      15/09/2031         1,188.00\n                               ------------\nTotal paid (GBP)                   3,528.00\n\nFunds should reach your account within 2 working days.\n\nThis advice was generated automatically and replies to this address are not read. For queries please contact supplier.queries@halbrookretail.example quoting your supplier number.",
        lab(
            "LSS 308812",
            "LSS 309150",
            paid_date="2031-10-21",
            payment_reference="HRG-0038441",
            amount="3528.00",
            currency="GBP",
            note="AP-system remittance advice, quotes nothing; the query address is not a new contact",
        ),
        subject="Remittance advice – payment HRG-0038441",
        threaded=False,
        headers=(XARS,),
    ),
    Reply(
        "ps-en-brightside",
        "payment_sent",
        "en",
        ("Rachel Osei", "rachel.osei@brightsidenursery.example"),
        "2031-10-29 10:22",
        "outlook_html",
        "Hi,\n\nJust to let you know I paid this over the phone this morning with your colleague – card payment, the receipt number she gave me was 7723041.\n\nCould you email me a receipted copy of the invoice please? Our accountant needs it for the year-end pack.\n\nMany thanks\nRachel\n\nRachel Osei\nNursery Manager\nBrightside Day Nursery\n01632 960771",
        lab(
            paid_date="2031-10-29",
            payment_reference="7723041",
            note="paid by card this morning plus a request for a receipted copy: payment_sent wins",
        ),
    ),
    Reply(
        "ps-de-pabst",
        "payment_sent",
        "de",
        ("Jürgen Pabst", "j.pabst@pabst-getraenke.example"),
        "2031-10-22 17:05",
        "android",
        "Erledigt.",
        lab(
            note="one word; 'erledigt' in answer to a payment reminder means paid; German reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ps-de-sommerfeld",
        "payment_sent",
        "de",
        ("Hausverwaltung Sommerfeld GmbH", "buchhaltung@hv-sommerfeld.example"),
        "2031-10-20 11:38",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass die Rechnung LSS 309874 (Zutrittskontrolle, Objekt Lindenstraße 14) am 17.10.2031 in Höhe von 1.785,00 € an Sie überwiesen wurde. Der Betrag sollte mit Wertstellung 20.10.2031 auf Ihrem Konto eingehen.\n\nVerwendungszweck: LSS 309874 / Obj. 0412\n\nWir bitten, die Verzögerung zu entschuldigen. Die Rechnung war versehentlich einem anderen Objekt zugeordnet worden.\n\nMit freundlichen Grüßen\n\ni. A. Monika Reuter\nHausverwaltung Sommerfeld GmbH\nObjektbuchhaltung\nTel. 0221 98765-30",
        lab(
            "LSS 309874",
            paid_date="2031-10-17",
            amount="1785.00",
            currency="EUR",
            note="transfer on 17.10., value date 20.10.: the paid date is the transfer; the Verwendungszweck is not a bank reference",
        ),
        inv="309874",
        amt="1785.00",
        svc=2,
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-marchetti",
        "payment_sent",
        "fr",
        ("Laetitia Marchetti", "laetitia.marchetti@gmail.com"),
        "2031-10-14 06:52",
        "android",
        "c réglé depuis le 10, virement fait de la banque. bonne journée",
        lab(
            paid_date="2031-10-10",
            note="'depuis le 10' is the 10th of this month, already past",
        ),
    ),
    Reply(
        "ps-fr-vasseur",
        "payment_sent",
        "fr",
        ("Étude de Maître Vasseur", "comptabilite@etude-vasseur.example"),
        "2031-11-04 15:20",
        "outlook",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance du 3 novembre.\n\nNous vous informons que nous avons procédé ce jour au règlement de la facture LSS 311002 par virement bancaire, pour un montant de 864,00 EUR, référence de l'opération VIR-ETV-11-0457.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nSandrine Leblanc\nComptable\nÉtude de Maître Vasseur, notaire\n12, place du Marché - 37000 Tours",
        lab(
            "LSS 311002",
            paid_date="2031-11-04",
            payment_reference="VIR-ETV-11-0457",
            amount="864.00",
            currency="EUR",
            note="'nous accusons réception' opens the letter but the point is the payment made 'ce jour'",
        ),
        inv="311002",
        amt="864.00",
        charset="iso-8859-1",
        lag=1,
    ),
    Reply(
        "ps-es-herrera",
        "payment_sent",
        "es",
        ("Paco Herrera", "pacoherrera.taller@correo-web.example"),
        "2031-10-20 08:31",
        "gmail_plain",
        "ya esta pagado hice la transferencia el viernes por la tarde un saludo",
        lab(
            paid_date="2031-10-17",
            note="no punctuation or accents; 'el viernes' is the Friday before Monday 20 Oct",
        ),
    ),
    Reply(
        "ps-es-lozano",
        "payment_sent",
        "es",
        ("Gestoría Lozano Asesores", "contabilidad@gestorialozano.example"),
        "2031-10-23 13:05",
        "outlook_html",
        "Buenos días:\n\nActuamos en nombre de nuestro cliente Óptica Miralbueno, S.L. Les confirmamos que el pasado 15 de octubre se ordenó la transferencia de 642,35 € correspondiente a la factura LSS 309433 (número de operación 2031101500087765).\n\nAdjuntamos el justificante bancario. Si no les consta el ingreso, rogamos nos lo indiquen para revisarlo con la entidad.\n\nAtentamente,\n\nNuria Lozano\nGestoría Lozano Asesores\nPaseo de la Independencia 21, 3.º – 50001 Zaragoza",
        lab(
            "LSS 309433",
            paid_date="2031-10-15",
            payment_reference="2031101500087765",
            amount="642.35",
            currency="EUR",
            note="adviser paying for a client, with a PDF proof attached",
        ),
        inv="309433",
        amt="642.35",
        charset="windows-1252",
        attach=("justificante_LSS309433.pdf", PDF_PROOF),
    ),
    Reply(
        "ps-nl-bakker",
        "payment_sent",
        "nl",
        ("Sanne Bakker", "sanne@bloemenbakker.example"),
        "2031-10-21 19:40",
        "iphone",
        "Al betaald hoor, vorige week donderdag al 🙂",
        lab(
            paid_date="2031-10-16",
            note="'vorige week donderdag' from Tuesday 21 Oct is 16 Oct",
        ),
    ),
    Reply(
        "ps-nl-vanhouten-advice",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Van Houten Groep",
            "noreply-crediteuren@vanhoutengroep.example",
        ),
        "2031-10-28 07:02",
        "notice",
        "Geachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling.\n\nBetaaldatum:        28-10-2031\nBetalingskenmerk:   VHG-BET-2031-44817\nCrediteurnummer:    200518\n\nFactuurnummer   Factuurdatum   Bedrag\nLSS310204       12-09-2031     € 1.512,50\nLSS310377       19-09-2031     €    96,80\n                               ----------\nTotaal                         € 1.609,30\n\nHet bedrag wordt binnen twee werkdagen bijgeschreven op uw rekening NL00 EXMP 0000 1234 56.\n\nDit bericht is automatisch verzonden. U kunt hier niet op antwoorden.\n\nVan Houten Groep B.V. – Financial Shared Service Center",
        lab(
            "LSS 310204",
            "LSS 310377",
            paid_date="2031-10-28",
            payment_reference="VHG-BET-2031-44817",
            amount="1609.30",
            currency="EUR",
            note="automatic payment advice carrying Auto-Submitted: still payment_sent; invoice numbers written without the space",
        ),
        subject="Betaalspecificatie 28-10-2031 – Lodestar Security Systems",
        threaded=False,
        headers=(("Auto-Submitted", "auto-generated"),),
    ),
    Reply(
        "ps-it-rinaldi",
        "payment_sent",
        "it",
        (
            "Studio Rinaldi Amministrazioni Condominiali",
            "studio@rinaldicondomini.example",
        ),
        "2031-11-06 16:44",
        "gmail",
        "Buonasera,\n\nin riferimento al vostro sollecito, vi informo che in data odierna ho disposto il bonifico di € 457,50 a saldo della fattura LSS 310788 (manutenzione impianto TVCC, Condominio Via Gramsci 18).\n\nTRN: 0306931110612345678IT\n\nCordiali saluti\n\nRag. Fabio Rinaldi\nAmministratore di condominio",
        lab(
            "LSS 310788",
            paid_date="2031-11-06",
            payment_reference="0306931110612345678IT",
            amount="457.50",
            currency="EUR",
            note="condominium administrator; 'in data odierna ho disposto il bonifico' is a transfer made today",
        ),
        inv="310788",
        amt="457.50",
        svc=1,
        cte="b64",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-corbridge",
        "promise_to_pay",
        "en",
        ("Mark Devlin", "m.devlin@corbridgefm.example"),
        "2031-10-14 14:09",
        "outlook_html",
        "Hi,\n\nThanks for the reminder. I've checked and LSS 309561 was approved on Friday and has been released for this Friday's payment run, so you should see the funds early next week.\n\nRegards,\n\nMark Devlin\nAccounts Payable Team Leader\nCorbridge Facilities Management Ltd",
        lab(
            "LSS 309561",
            promised_date="2031-10-17",
            note="'approved' and 'released' are past tense, but the money goes in this Friday's run (17 Oct)",
        ),
        inv="309561",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-hartwillow",
        "promise_to_pay",
        "en",
        ("Gemma Hart", "gemma@hartandwillow.example"),
        "2031-10-22 16:18",
        "iphone",
        "Hi there, I'm out of the office at a trade show till the weekend so I can't get into the banking from here. I'll pay this first thing Monday when I'm back, sorry for the wait!\n\nGemma",
        lab(
            promised_date="2031-10-27",
            note="written by a person and quoting the reminder although the subject says out of office; Monday after Wed 22 Oct",
        ),
        subject="Out of office til Monday - Re: {rsub}",
    ),
    Reply(
        "pp-en-baxter",
        "promise_to_pay",
        "en",
        ("KEN BAXTER", "kenbaxter.motors@gmail.com"),
        "2031-10-24 11:05",
        "android",
        "NOT PAID YET. WILL BE PAID NEXT THURSDAY WHEN THE INSURANCE MONEY COMES THROUGH. KEN",
        lab(
            promised_date="2031-10-30",
            note="all caps, 'not paid yet'; 'next Thursday' written on Friday 24 Oct is the coming Thursday",
        ),
    ),
    Reply(
        "pp-de-brandl",
        "promise_to_pay",
        "de",
        ("Thomas Brandl", "t.brandl@brandl-elektro.example"),
        "2031-10-20 09:15",
        "outlook",
        "Guten Morgen,\n\nnoch nicht bezahlt, das stimmt. Die Zahlung für LSS 310146 geht bis Ende KW 44 raus, vorher kommt unsere Buchhaltung nicht dazu.\n\nGruß\nThomas Brandl\nBrandl Elektrotechnik GmbH & Co. KG",
        lab(
            "LSS 310146",
            promised_date="2031-10-31",
            note="'noch nicht bezahlt' then a promise; 'bis Ende KW 44' is the Friday of ISO week 44",
        ),
        inv="310146",
    ),
    Reply(
        "pp-de-vollmer",
        "promise_to_pay",
        "de",
        ("Dr. Katrin Vollmer", "praxis@zahnarzt-vollmer.example"),
        "2031-10-28 21:37",
        "apple",
        "Sehr geehrte Damen und Herren,\n\nentschuldigen Sie bitte die späte Antwort. Bei uns ist gerade einiges durcheinander: Wir haben im September die Praxis umgebaut, seitdem ist auch die Kamera am Hintereingang nicht mehr richtig ausgerichtet (darum würde ich mich gern separat kümmern, vielleicht kann Ihr Techniker beim nächsten Termin danach schauen), und unsere langjährige Verwaltungskraft ist seit Anfang Oktober in Elternzeit. Die Vertretung arbeitet sich noch ein, und ehrlich gesagt ist dabei die eine oder andere Rechnung liegen geblieben, Ihre offenbar auch.\n\nIch habe die Rechnung jetzt gefunden und an unser Steuerbüro gegeben. Die überweisen für uns immer gesammelt zum 5. des Monats, Ihr Betrag ist am 05.11. also mit dabei.\n\nNochmals Entschuldigung und viele Grüße\nKatrin Vollmer\n\nZahnarztpraxis Dr. Vollmer\nHauptstraße 88, 69117 Heidelberg",
        lab(
            promised_date="2031-11-05",
            note="long reply with the promise buried in the second paragraph; the camera remark is secondary",
        ),
        svc=1,
    ),
    Reply(
        "pp-fr-roussel",
        "promise_to_pay",
        "fr",
        ("Élodie Roussel", "contact@salon-elodie.example"),
        "2031-10-16 13:10",
        "iphone",
        "Bonjour, je fais le virement en fin de mois comme d'habitude, c'est noté. Bonne journée\nÉlodie",
        lab(
            promised_date="2031-10-31",
            note="'en fin de mois' is the last day of the month",
        ),
    ),
    Reply(
        "pp-es-puig",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi@fustespuig.example"),
        "2031-10-15 18:22",
        "android",
        "Hola, todavía no, se nos pasó. Lo pagamos a finales de mes sin falta. Perdón por el retraso.\nJordi",
        lab(
            promised_date="2031-10-31",
            note="'todavía no' then a promise; 'a finales de mes' is the last day of the month",
        ),
    ),
    Reply(
        "pp-es-sanignacio",
        "promise_to_pay",
        "es",
        (
            "Administración Colegio San Ignacio",
            "administracion@colegiosanignacio.example",
        ),
        "2031-10-30 12:02",
        "outlook",
        "Buenos días:\n\nLes informamos de que la factura LSS 310655 ya ha sido aprobada por la Dirección y se abonará en la remesa de pagos a proveedores del próximo día 5.\n\nUn saludo,\n\nMercedes Ortega\nAdministración\nColegio San Ignacio - Oviedo",
        lab(
            "LSS 310655",
            promised_date="2031-11-05",
            note="'ya ha sido aprobada' is past; the payment is in the run on the 5th of next month",
        ),
        inv="310655",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-deleeuw",
        "promise_to_pay",
        "nl",
        ("Wim de Graaf", "penningmeester@vvdeleeuw.example"),
        "2031-10-13 20:15",
        "gmail",
        "Beste mensen,\n\nAls penningmeester van de vereniging kan ik u melden dat wij de factuur over twee weken voldoen, na de ledenvergadering waarin de begroting wordt goedgekeurd.\n\nMet sportieve groet,\nWim de Graaf\nPenningmeester vv De Leeuw",
        lab(
            promised_date="2031-10-27",
            note="'over twee weken' is 14 days after the message; Dutch reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "pp-nl-vermeulen",
        "promise_to_pay",
        "nl",
        ("Joost Vermeulen", "joost.vermeulen@thuismail.example"),
        "2031-11-05 22:48",
        "iphone",
        "Doe ik morgen 👍",
        lab(
            promised_date="2031-11-06",
            note="mobile brevity; 'morgen' is the day after the message",
        ),
    ),
    Reply(
        "pp-it-ferretti",
        "promise_to_pay",
        "it",
        ("Giulia Ferretti", "amministrazione@ferrettiarredamenti.example"),
        "2031-10-20 10:40",
        "outlook_html",
        "Buongiorno,\n\nabbiamo ricevuto il sollecito. Provvederemo al saldo entro fine mese.\n\nCordiali saluti\nGiulia Ferretti\nUfficio amministrazione – Ferretti Arredamenti s.r.l.",
        lab(
            promised_date="2031-10-31",
            note="'entro fine mese' is the last day of the month",
        ),
    ),
    Reply(
        "pp-it-bellini",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "marco.bellini@farmaciabellini.example"),
        "2031-11-04 09:05",
        "gmail",
        "Buongiorno, il bonifico per la fattura LSS 311120 è già stato messo in pagamento con data valuta 14/11.\nSaluti\nMarco Bellini – Farmacia Bellini",
        lab(
            "LSS 311120",
            promised_date="2031-11-14",
            note="'già messo in pagamento' is past tense but the value date 14/11 (day/month) is in the future",
        ),
        inv="311120",
    ),
]

DISPUTE = [
    Reply(
        "d-en-stcolumba",
        "dispute",
        "en",
        ("Fiona McAllister", "bursar@stcolumbasprimary.example"),
        "2031-10-17 15:31",
        "outlook",
        "Good afternoon,\n\nTo be clear about where we are: LSS 308877 (this quarter's monitoring) was paid on 3 October and should be showing on your system.\n\nLSS 309015 for the callout on 11 September is a different matter. Your engineer came out because the control panel you installed developed a fault, not because of anything on our side, and the panel is still under the installation warranty. We will not be paying that invoice and I would ask you to cancel it.\n\nKind regards,\n\nFiona McAllister\nSchool Business Manager\nSt Columba's Primary School",
        lab(
            "LSS 308877",
            "LSS 309015",
            note="one invoice paid, the other refused under warranty: dispute wins over the payment claim",
        ),
        inv="309015",
        svc=3,
    ),
    Reply(
        "d-en-qureshi",
        "dispute",
        "en",
        ("Imran Qureshi", "imran@qureshiconvenience.example"),
        "2031-10-27 13:50",
        "gmail",
        "Hi,\n\nWe have NOT paid this because the CCTV hasn't been working since the end of August. I've reported it 3 times and nobody has come out. I'm not paying for cameras that don't record.\n\nSort the cameras out and then we can talk.\n\nImran\nQureshi Convenience Store",
        lab(note="negated payment with the reason: the service does not work"),
        svc=1,
    ),
    Reply(
        "d-en-ashworth",
        "dispute",
        "en",
        ("Helen Crossley", "h.crossley@ashworthcrossley.example"),
        "2031-11-03 10:12",
        "outlook_html",
        "Dear Sir or Madam,\n\nWe do not accept that invoice LSS 310522 is payable.\n\nThis firm gave written notice terminating the monitoring agreement on 12 May 2031, which under clause 9 took effect three months later, on 12 August. We hold a copy of the notice and of your acknowledgement dated 14 May. The invoice charges for monitoring from October to December, after the agreement had ended. Please cancel it and confirm that our account is closed.\n\nYours faithfully,\n\nHelen Crossley\nPractice Manager\nAshworth Crossley Solicitors",
        lab(
            "LSS 310522",
            note="charge after the contract ended; a law firm writing for itself, not 'talk to our lawyer'",
        ),
        inv="310522",
        svc=0,
    ),
    Reply(
        "d-de-krueger",
        "dispute",
        "de",
        ("Sabine Krüger", "s.krueger@krueger-moebel.example"),
        "2031-10-15 10:02",
        "thunderbird",
        "Hallo,\n\ndiese Rechnung haben wir doppelt bekommen: LSS 309901 und LSS 310117 sind beide für dieselbe Wartung der Videoanlage am 28.08. Die erste haben wir am 19.09. bezahlt, die zweite ist unserer Meinung nach ein Versehen. Bitte stornieren Sie LSS 310117.\n\nViele Grüße\nSabine Krüger\nKrüger Möbelhaus GmbH",
        lab(
            "LSS 309901",
            "LSS 310117",
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
        inv="310117",
        svc=1,
    ),
    Reply(
        "d-de-heinemann",
        "dispute",
        "de",
        ("Ralf Heinemann", "ralf.heinemann@autohaus-heinemann.example"),
        "2031-10-31 08:12",
        "iphone",
        "Wir zahlen diese Rechnung NICHT, solange die Fehlalarme nicht abgestellt sind. Dreimal in zwei Wochen stand nachts die Polizei vor dem Autohaus, und jedes Mal hieß es von Ihrer Leitstelle, das sei ein Sensorfehler. Erst reparieren, dann reden wir über Geld.\n\nR. Heinemann",
        lab(note="refusal because of repeated false alarms"),
        svc=0,
    ),
    Reply(
        "d-fr-perrin",
        "dispute",
        "fr",
        ("Nicolas Perrin", "n.perrin@perrin-immobilier.example"),
        "2031-10-23 17:45",
        "gmail",
        "Bonjour,\n\nVous nous facturez une visite de maintenance le 2 octobre, mais personne n'est venu ce jour-là. L'agence était ouverte toute la journée, j'étais sur place, et nous n'avons aucun bon d'intervention signé.\n\nMerci d'annuler cette facture ou de m'envoyer le bon signé si vous en avez un.\n\nNicolas Perrin\nPerrin Immobilier",
        lab(
            note="billed visit that never happened; asking for the signed job sheet is part of the dispute"
        ),
        svc=1,
        cte="b64",
    ),
    Reply(
        "d-fr-tilleuls",
        "dispute",
        "fr",
        ("Pharmacie des Tilleuls", "pharmacie.tilleuls@officine-mail.example"),
        "2031-10-29 12:30",
        "html_only",
        "Bonjour,\n\nLe montant ne correspond pas à notre contrat. Le tarif convenu pour la télésurveillance est de 39 € HT par mois, soit 140,40 € TTC par trimestre, et vous nous facturez 176,40 € TTC. Nous n'avons reçu aucun avis de hausse de tarif.\n\nNous réglerons la facture dès réception d'un avoir ou d'une facture rectifiée au bon montant.\n\nCordialement,\nAnne-Laure Mercier\nPharmacienne titulaire",
        lab(
            note="price contested against the contract; payment only after a credit note; HTML only"
        ),
        amt="176.40",
        svc=0,
    ),
    Reply(
        "d-es-vidal",
        "dispute",
        "es",
        ("Carmen Vidal", "carmen@clinicaveterinariavidal.example"),
        "2031-10-22 19:20",
        "android",
        "Hola. Hemos pagado la parte del mantenimiento (289 €) pero no vamos a pagar los 180 € de desplazamiento, que no venían en el presupuesto que firmamos. Mandad la factura corregida sin ese concepto por favor.\nCarmen",
        lab(note="part paid, the rest refused: dispute, not payment_sent or invoice_request"),
        amt="469.00",
        svc=1,
    ),
    Reply(
        "d-nl-kandelaar",
        "dispute",
        "nl",
        (
            "Stichting Buurthuis De Kandelaar",
            "secretariaat@buurthuisdekandelaar.example",
        ),
        "2031-10-16 14:25",
        "outlook",
        "Geachte heer, mevrouw,\n\nWij betwisten factuur LSS 309780. Het onderhoudscontract voor de toegangscontrole is door ons per 1 juli opgezegd (onze brief van 28 maart, door u schriftelijk bevestigd). Na die datum hebben wij geen diensten meer van u afgenomen.\n\nWij verzoeken u de factuur te crediteren.\n\nMet vriendelijke groet,\n\nnamens het bestuur,\nA. de Wit, secretaris\nStichting Buurthuis De Kandelaar",
        lab("LSS 309780", note="contract cancelled before the billed period"),
        inv="309780",
        svc=2,
        charset="windows-1252",
    ),
    Reply(
        "d-nl-dehoek",
        "dispute",
        "nl",
        ("Kevin", "kevin@snackbardehoek.example"),
        "2031-11-05 16:03",
        "iphone",
        "klopt niet he, we hebben maar 4 cameras hangen en jullie rekenen er 6. graag aanpassen dan betaal ik",
        lab(note="wrong number of cameras billed; payment only after correction"),
        svc=1,
    ),
    Reply(
        "d-it-guidi",
        "dispute",
        "it",
        ("Ing. Paolo Guidi", "p.guidi@guidiprogetti.example"),
        "2031-10-14 11:50",
        "outlook_html",
        "Buongiorno,\n\nl'importo della fattura LSS 309512 non corrisponde alla vostra offerta n. 2031/118, da noi accettata a marzo: il canone annuo concordato per l'assistenza sul controllo accessi è di € 1.200,00 + IVA, mentre in fattura risultano € 1.560,00 + IVA.\n\nVi chiediamo di emettere nota di credito per la differenza.\n\nDistinti saluti\nIng. Paolo Guidi\nGuidi Progetti S.r.l.",
        lab("LSS 309512", note="price above the accepted quote; credit note requested"),
        inv="309512",
        amt="1903.20",
        svc=2,
    ),
    Reply(
        "d-it-conti",
        "dispute",
        "it",
        ("Stefania Conti", "stefi.conti@posta-web.example"),
        "2031-11-03 23:14",
        "gmail_plain",
        "scusate ma sabato notte l allarme ha suonato per tre ore e dalla vostra centrale non ha chiamato nessuno ne me ne i carabinieri... e io dovrei pagarvi la vigilanza?? non pago un servizio che non c e. voglio parlare con un responsabile",
        lab(
            note="monitoring failed on the night of Saturday 1 Nov; refusal to pay; no capitals or apostrophes"
        ),
        svc=0,
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-stmarks",
        "payment_plan",
        "en",
        ("Geoffrey Pilling", "treasurer@stmarksbramley.example"),
        "2031-10-23 20:51",
        "thunderbird",
        "Dear Sir or Madam,\n\nThank you for your reminder, which I read with some embarrassment. I took over as treasurer of St Mark's in the summer when Mrs Ainsley stepped down, and I am still finding my way around the parish accounts, which were kept in a rather individual fashion. Your invoice for the church hall alarm was in a folder marked 'Hall – misc.' together with the boiler service and the organ tuning, which is how it came to be missed.\n\nThe Parochial Church Council met on Tuesday evening and discussed it. Our reserves are committed to the roof appeal until the end of the year, and the PCC has agreed that I should ask whether you would accept £200 now and the balance of £386.40 in two equal payments at the end of November and the end of December. If that is acceptable I will send the first £200 as soon as I hear from you.\n\nI do apologise for the muddle. The alarm has been a great comfort since the lead was stolen from the roof in the spring.\n\nYours faithfully,\n\nGeoffrey Pilling\nHon. Treasurer, St Mark's Church, Bramley",
        lab(
            note="long reply; the proposal (part now, two instalments later) is in the middle; nothing paid yet"
        ),
        amt="586.40",
        svc=0,
    ),
    Reply(
        "pl-en-marsh",
        "payment_plan",
        "en",
        ("Lisa Marsh", "lisamarshhair@webmail-uk.example"),
        "2031-10-30 09:58",
        "gmail_plain",
        "Hi, I know this is overdue and I'm sorry. Business has been really quiet since the roadworks closed the high street in September and I'm struggling to cover everything at once. Could I pay £50 a week until it's cleared? I can start this Friday.\n\nThanks, Lisa\nLisa Marsh Hair",
        lab(note="hardship and weekly instalments; the plan's start date is not labelled"),
    ),
    Reply(
        "pl-en-price",
        "payment_plan",
        "en",
        ("Owen Price", "owen@pricebuilders.example"),
        "2031-11-07 17:21",
        "iphone",
        "Paid half todya, will do the rest end of nov. cash flow tight till the big job pays out\nOwen",
        lab(note="half paid now and the rest later: payment_plan, not payment_sent; typo 'todya'"),
    ),
    Reply(
        "pl-de-albers",
        "payment_plan",
        "de",
        ("Schreinerei Albers", "info@schreinerei-albers.example"),
        "2031-10-21 16:40",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten um Verständnis, dass wir die Rechnung LSS 309655 über 2.380,00 Euro derzeit nicht in einer Summe begleichen können. Ein Großkunde ist mit mehreren Zahlungen an uns im Rückstand.\n\nWir schlagen vor, den Betrag in drei monatlichen Raten zu zahlen, jeweils zum 15. des Monats, beginnend im November. Für eine kurze Bestätigung wären wir dankbar.\n\nMit freundlichen Grüßen\n\nHeinz Albers\nSchreinerei Albers, Inh. Heinz Albers\nAm Mühlbach 7, 49393 Lohne",
        lab("LSS 309655", note="three monthly instalments"),
        inv="309655",
        amt="2380.00",
        svc=5,
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-sonnenblume",
        "payment_plan",
        "de",
        ("Nina Yilmaz", "kasse@kita-sonnenblume.example"),
        "2031-11-04 14:14",
        "gmail",
        "Hallo,\n\nwir sind ein kleiner Elternverein, und die Zuschüsse der Stadt für das zweite Halbjahr sind noch nicht überwiesen. Könnten Sie uns mit der Zahlung bis Mitte Dezember entgegenkommen? Sobald das Geld da ist, zahlen wir sofort.\n\nVielen Dank und liebe Grüße\nNina Yilmaz\nKassenwartin, Kita Sonnenblume e. V.",
        lab(note="asks for more time (until mid-December): payment_plan"),
    ),
    Reply(
        "pl-fr-judo",
        "payment_plan",
        "fr",
        ("Patrick Moreau", "tresorier@judoclub-villeurbanne.example"),
        "2031-10-27 21:05",
        "gmail",
        "Bonsoir,\n\nNous sommes une petite association et votre facture tombe en pleine période d'inscriptions. Serait-il possible de la régler en trois fois, une mensualité par mois de novembre à janvier ?\n\nMerci d'avance de votre compréhension.\n\nPatrick Moreau\nTrésorier, Judo Club de Villeurbanne",
        lab(note="three monthly payments"),
    ),
    Reply(
        "pl-fr-benali",
        "payment_plan",
        "fr",
        ("Karim Benali", "karim@lepetitmarche.example"),
        "2031-10-15 08:40",
        "iphone",
        "Bonjour, on a eu un dégât des eaux fin septembre, la boutique est fermée depuis trois semaines et l'assurance n'a toujours rien versé. Je peux pas tout payer maintenant. Est ce que je peux étaler sur plusieurs mois ? Merci\nKarim",
        lab(note="hardship; asks to spread the payment"),
    ),
    Reply(
        "pl-es-romero",
        "payment_plan",
        "es",
        ("Lucía Romero", "lucia@academiaromero.example"),
        "2031-10-29 11:11",
        "android",
        "Buenos días, ¿podríamos pagarlo en dos veces? La mitad esta semana y la otra mitad a mediados de noviembre. Gracias.\nLucía",
        lab(note="split in two; nothing paid yet"),
    ),
    Reply(
        "pl-es-delicias",
        "payment_plan",
        "es",
        ("Asociación Vecinal Las Delicias", "tesoreria@avlasdelicias.example"),
        "2031-11-06 13:33",
        "outlook_html",
        "Estimados señores:\n\nLes escribimos en relación con la factura LSS 311015. Estamos pendientes de que el Ayuntamiento nos abone la subvención anual, que suele llegar en diciembre, y ahora mismo no disponemos de fondos para atenderla. Les rogamos que nos concedan un aplazamiento hasta entonces.\n\nQuedamos a su disposición.\n\nAtentamente,\nRamón Gil\nTesorero",
        lab("LSS 311015", note="deferral requested (more time): payment_plan"),
        inv="311015",
    ),
    Reply(
        "pl-nl-jansen",
        "payment_plan",
        "nl",
        ("Marloes Jansen", "marloes@fysiojansen.example"),
        "2031-10-24 12:12",
        "apple",
        "Hallo,\n\nIk heb zojuist € 250,- overgemaakt. Het restant betaal ik in twee termijnen, eind november en eind december, als dat akkoord is.\n\nGroet,\nMarloes Jansen\nFysiotherapie Jansen",
        lab(note="part paid now and the rest in two instalments: payment_plan"),
    ),
    Reply(
        "pl-it-esposito",
        "payment_plan",
        "it",
        ("Tipografia Esposito", "amministrazione@tipografiaesposito.example"),
        "2031-10-16 10:25",
        "outlook",
        "Spett.le Lodestar Security Systems,\n\nin merito alla fattura LSS 309700, vi chiediamo cortesemente la possibilità di rateizzare l'importo in quattro rate mensili di pari importo a partire dal 30 novembre, a causa di una temporanea mancanza di liquidità.\n\nRestiamo in attesa di un vostro riscontro.\n\nDistinti saluti\nAnna Esposito\nTipografia Esposito di Esposito Anna & C. s.a.s.",
        lab("LSS 309700", note="four monthly instalments; very formal"),
        inv="309700",
    ),
    Reply(
        "pl-it-lombardo",
        "payment_plan",
        "it",
        ("Salvatore Lombardo", "salvo.lombardo@gmail.com"),
        "2031-11-01 18:50",
        "iphone",
        "Salve, periodo difficilissimo, il negozio quest'estate è andato malissimo. Vi posso dare 100 euro al mese finché non ho finito? Non voglio lasciare debiti.\nSalvatore",
        lab(note="hardship; monthly payments offered"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-meridian",
        "invoice_request",
        "en",
        ("Priya Nair", "accounts.payable@meridianlogistics.example"),
        "2031-10-29 11:35",
        "outlook_html",
        "Hello,\n\nWe have no approved invoice LSS 310330 in our system. Our AP platform automatically rejects any invoice that does not quote a valid purchase order number, which is probably what happened here.\n\nPlease reissue the invoice quoting PO 4500128833 and send it to this mailbox. Once it has been matched we will include it in the payment run on the 15th.\n\nKind regards,\nPriya Nair\nAccounts Payable | Meridian Logistics B.V. | Rotterdam",
        lab(
            "LSS 310330",
            note="reissue with a PO number; the payment on the 15th depends on it, so no date; English writer in the Netherlands answering a Dutch reminder",
        ),
        zone="ce",
        rlang="nl",
        loc="nl",
        inv="310330",
    ),
    Reply(
        "ir-en-baines",
        "invoice_request",
        "en",
        ("Tom Baines", "tom@bainesbakery.example"),
        "2031-10-13 12:03",
        "gmail",
        "Hi, can you send me a copy of the invoice? Never got it in the first place.\nCheers, Tom",
        lab(note="copy of the invoice"),
    ),
    Reply(
        "ir-en-oakfield",
        "invoice_request",
        "en",
        ("Sarah Whitfield", "finance@oakfieldacademy.example"),
        "2031-11-05 14:47",
        "outlook",
        "Dear Accounts,\n\nBefore we can release payment we need to verify your bank details. After an attempted mandate fraud last year, trust policy is that we only pay a new or changed supplier account once we have a confirmation on company letterhead signed by a director, and have called back on a number we already hold.\n\nCould you please send the letter to me at this address? As soon as it has been verified the invoice will be paid.\n\nKind regards\n\nSarah Whitfield\nFinance Officer\nOakfield Academy Trust",
        lab(note="needs a bank-details letter before paying; amount not contested"),
        headers=(XARS,),
    ),
    Reply(
        "ir-de-hansa",
        "invoice_request",
        "de",
        ("Kreditorenbuchhaltung Hansa Logistik", "kreditoren@hansa-logistik.example"),
        "2031-10-24 10:50",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LSS 310219 liegt uns nicht zur Zahlung vor. Rechnungen ohne gültige Bestellnummer werden von unserem System automatisch abgewiesen.\n\nBitte senden Sie uns die Rechnung erneut unter Angabe der Bestellnummer 4700-22815 an rechnungseingang@hansa-logistik.example. Nach Eingang wird sie im nächsten Zahllauf berücksichtigt.\n\nMit freundlichen Grüßen\n\ni. A. Dennis Lorenz\nKreditorenbuchhaltung\nHansa Logistik GmbH",
        lab(
            "LSS 310219",
            note="reissue with an order number; the intake address is where the new invoice goes, not a new contact for reminders",
        ),
        inv="310219",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-stein",
        "invoice_request",
        "de",
        ("Markus Stein", "m.stein@stein-fitness.example"),
        "2031-11-06 07:55",
        "iphone",
        "Wofür genau ist die Rechnung? Bitte Kopie und Leistungsnachweis schicken, dann zahle ich.",
        lab(note="asks what it is for and for proof of the work before paying"),
    ),
    Reply(
        "ir-fr-fabre",
        "invoice_request",
        "fr",
        ("Comptabilité Garage Fabre", "compta@garage-fabre.example"),
        "2031-10-17 09:40",
        "outlook",
        "Bonjour,\n\nNous avons reçu plusieurs factures Lodestar cette année et nous ne savons plus très bien lesquelles restent ouvertes. Pourriez-vous nous adresser un relevé de compte détaillé ? Nous réglerons le solde dès réception.\n\nCordialement,\nIsabelle Fabre\nGarage Fabre & Fils",
        lab(note="statement of account; payment after it arrives"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-saintaubin",
        "invoice_request",
        "fr",
        (
            "Mairie de Saint-Aubin – Service des finances",
            "finances@mairie-saintaubin.example",
        ),
        "2031-11-03 15:05",
        "outlook_html",
        "Bonjour,\n\nNous ne pouvons pas traiter votre facture LSS 310981 transmise par courriel. Comme pour toute collectivité, les factures doivent être déposées sur le portail Chorus Pro, avec notre numéro SIRET et le numéro d'engagement 2031-0457.\n\nDès son dépôt, elle sera mandatée dans les délais réglementaires.\n\nCordialement,\n\nService des finances\nMairie de Saint-Aubin",
        lab(
            "LSS 310981",
            note="public body: the invoice must be filed on the e-invoicing portal; not disputed",
        ),
        inv="310981",
    ),
    Reply(
        "ir-es-navarro",
        "invoice_request",
        "es",
        ("Beatriz Navarro", "bnavarro@navarroyasociados.example"),
        "2031-10-21 10:18",
        "gmail",
        "Hola, buenos días:\n\nLa factura está emitida a nombre de nuestra antigua razón social. Desde julio somos Navarro & Asociados Consultores, S.L.P., con CIF B99123456. ¿Nos la podéis volver a emitir con los datos correctos? En cuanto la tengamos, la pagamos.\n\nGracias,\nBeatriz",
        lab(note="reissue with the new company details; amount not contested"),
    ),
    Reply(
        "ir-es-sanmiguel",
        "invoice_request",
        "es",
        ("Parroquia San Miguel Arcángel", "parroquia.sanmiguel@diocesis-mail.example"),
        "2031-10-31 12:55",
        "outlook",
        "Buenos días:\n\nPara poder pagar la factura necesitamos que nos remitan un certificado de titularidad de la cuenta bancaria emitido por su banco. Sin ese documento la administración diocesana no nos permite dar de alta a un proveedor nuevo.\n\nQuedamos a la espera.\n\nUn saludo,\nAna Belén Ruiz\nAdministración parroquial",
        lab(note="bank ownership certificate needed before paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-elamrani",
        "invoice_request",
        "nl",
        ("Fatima El Amrani", "fatima@kapsalonfatima.example"),
        "2031-10-28 18:10",
        "iphone",
        "Hoi, ik heb die factuur nooit gehad. Kunnen jullie hem nog een keer sturen? Dan betaal ik hem gelijk.",
        lab(note="copy requested; the payment depends on it"),
    ),
    Reply(
        "ir-nl-smulders",
        "invoice_request",
        "nl",
        ("Bert Smulders", "b.smulders@smuldersinstallatie.example"),
        "2031-10-14 09:22",
        "outlook",
        "Goedemorgen,\n\nKunt u mij een specificatie van deze factuur sturen? Het is mij niet duidelijk over welke periode de alarmopvolging in rekening wordt gebracht en of de twee extra sensoren van vorig jaar daar al in zitten.\n\nMet vriendelijke groet,\nBert Smulders\nSmulders Installatietechniek",
        lab(note="asks for a breakdown, does not contest the amount"),
        svc=0,
    ),
    Reply(
        "ir-it-vetrerie",
        "invoice_request",
        "it",
        (
            "Ufficio Acquisti – Gruppo Vetrerie Riunite",
            "acquisti@vetrerieriunite.example",
        ),
        "2031-10-22 14:30",
        "html_only",
        "Buongiorno,\n\nnon risulta pervenuta tramite SDI alcuna fattura elettronica con numero LSS 310066. La copia PDF ricevuta via e-mail non ha valore fiscale e non può essere registrata.\n\nVi chiediamo di trasmettere la fattura elettronica al nostro codice destinatario M5UXCR1; provvederemo al pagamento alla scadenza concordata.\n\nCordiali saluti\nUfficio Acquisti\nGruppo Vetrerie Riunite S.p.A.",
        lab(
            "LSS 310066",
            note="electronic invoice through the national exchange system needed; HTML only",
        ),
        inv="310066",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-jennings",
        "wrong_contact",
        "en",
        ("Claire Jennings", "claire.jennings@gmail.com"),
        "2031-10-15 20:30",
        "gmail",
        "Hello,\n\nI left Greenway Dental Practice at the end of August, so I'm afraid I can't help with this. The practice manager is now Raj Patel – practice.manager@greenwaydental.example\n\nBest wishes,\nClaire",
        lab(new_contact="practice.manager@greenwaydental.example"),
    ),
    Reply(
        "wc-en-brightwell",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@brightwell-logistics.example"),
        "2031-10-28 08:03",
        "outlook_html",
        "Dear Supplier,\n\nPlease be advised that with immediate effect all statements, reminders and correspondence regarding our account must be sent to brightwell.finance.dept@gmail.com ONLY. Our current mailbox will be closed this week.\n\nKindly confirm today that your records have been updated and resend all outstanding invoices to the new address.\n\nRegards,\nAccounts Department\nBrightwell Logistics",
        lab(
            new_contact="brightwell.finance.dept@gmail.com",
            note="looks like a redirection attempt (free-mail address, urgency); labelled wrong_contact with the named address, a person should verify before acting",
        ),
    ),
    Reply(
        "wc-en-northgate",
        "wrong_contact",
        "en",
        ("Jo Fielding", "reception@northgateestates.example"),
        "2031-11-04 12:20",
        "apple",
        "Hi,\n\nThis is the reception inbox so it's not me who deals with payments I'm afraid. Invoices and anything to do with accounts go to Finance.Team@NorthgateEstates.example – I've copied them in.\n\nThanks\nJo\nNorthgate Estates",
        lab(
            new_contact="finance.team@northgateestates.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Finance Team <Finance.Team@NorthgateEstates.example>",
    ),
    Reply(
        "wc-de-lange",
        "wrong_contact",
        "de",
        ("Petra Lange", "p.lange@lange-steuerberatung.example"),
        "2031-10-29 09:48",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nFrau Kessler ist seit dem 1. Oktober nicht mehr in unserer Kanzlei tätig; ihr Postfach wird an mich weitergeleitet. Für Rechnungen und Zahlungsfragen wenden Sie sich bitte künftig an buchhaltung@lange-steuerberatung.example.\n\nMit freundlichen Grüßen\nPetra Lange\nSteuerberaterin",
        lab(
            new_contact="buchhaltung@lange-steuerberatung.example",
            note="the reminder went to a colleague who has left",
        ),
        qto="Andrea Kessler <a.kessler@lange-steuerberatung.example>",
    ),
    Reply(
        "wc-fr-martin",
        "wrong_contact",
        "fr",
        ("Gilles Martin", "gilles.martin56@courriel-perso.example"),
        "2031-10-20 18:35",
        "iphone",
        "Bonjour, je ne suis plus gérant du bar-tabac depuis le 1er septembre, le fonds a été vendu. Il faut voir avec le nouveau propriétaire, je n'ai pas son mail. Cordialement G. Martin",
        lab(note="former manager; no new address"),
    ),
    Reply(
        "wc-fr-cabinetduparc",
        "wrong_contact",
        "fr",
        ("Cabinet Dentaire du Parc", "secretariat@cabinetduparc.example"),
        "2031-10-16 09:31",
        "notice",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er octobre 2031.\n\nPour toute question administrative ou de facturation, merci d'écrire désormais à gestion@cabinetduparc.example. Pour les rendez-vous, appelez le 01 99 00 41 27.\n\nCeci est une réponse automatique.",
        lab(
            new_contact="gestion@cabinetduparc.example",
            note="automatic 'address no longer read' notice naming its replacement: wrong_contact",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-goya",
        "wrong_contact",
        "es",
        ("Luis Ortega", "presidencia.goya42@correo-web.example"),
        "2031-10-27 19:02",
        "gmail",
        "Hola,\n\nSoy el presidente de la comunidad de propietarios, pero yo no llevo las cuentas. Las facturas de la comunidad las gestiona nuestro administrador de fincas, Fincas Rivero: administracion@fincasrivero.example. Os agradecería que a partir de ahora le escribáis directamente a él.\n\nUn saludo,\nLuis Ortega",
        lab(new_contact="administracion@fincasrivero.example"),
    ),
    Reply(
        "wc-es-prieto",
        "wrong_contact",
        "es",
        ("María José Prieto", "mjprieto@correo-web.example"),
        "2031-11-06 10:40",
        "gmail_plain",
        "Buenos días, creo que se han equivocado de dirección. No tengo ningún contrato con ustedes ni he tenido nunca alarma. Por favor, revisen sus datos.",
        lab(note="wrong recipient altogether; no new address"),
    ),
    Reply(
        "wc-nl-mulder",
        "wrong_contact",
        "nl",
        ("Esther Mulder", "e.mulder@mulderkeukens.example"),
        "2031-10-22 10:05",
        "outlook_html",
        "Goedemorgen,\n\nIk werk sinds deze maand op de afdeling verkoop en doe de crediteuren niet meer. Wilt u uw herinnering sturen naar crediteuren@mulderkeukens.example? Daar wordt het opgepakt.\n\nMet vriendelijke groet,\nEsther Mulder",
        lab(new_contact="crediteuren@mulderkeukens.example"),
    ),
    Reply(
        "wc-nl-verbeek",
        "wrong_contact",
        "nl",
        ("Ruud Verbeek", "ruud@verbeekbouw.example"),
        "2031-11-03 13:13",
        "apple",
        "Hallo,\n\nDit soort dingen moeten naar onze boekhouder, ik heb haar in de cc gezet. Voortaan graag rechtstreeks naar boekhouding@kantoorvandam.example\n\nRuud",
        lab(
            new_contact="boekhouding@kantoorvandam.example",
            note="bookkeeper named in the text and copied in Cc",
        ),
        cc="Boekhouding Van Dam <boekhouding@kantoorvandam.example>",
    ),
    Reply(
        "wc-it-sala",
        "wrong_contact",
        "it",
        ("Dott. Enrico Sala", "enrico.sala@studiosala.example"),
        "2031-10-30 17:25",
        "thunderbird",
        "Buonasera,\n\nvi segnalo che dal 1° ottobre non sono più l'amministratore del Condominio Le Magnolie. L'incarico è passato allo Studio Ferri, al quale dovrete indirizzare fatture e solleciti: studio.ferri@ferriamministrazioni.example\n\nCordiali saluti\nEnrico Sala",
        lab(new_contact="studio.ferri@ferriamministrazioni.example"),
    ),
    Reply(
        "wc-it-marini",
        "wrong_contact",
        "it",
        ("Luca Marini", "luca.marini88@posta-web.example"),
        "2031-10-18 11:12",
        "iphone",
        "Buongiorno, credo abbiate sbagliato persona, io non ho nessun impianto con voi. Forse cercate mio cugino che ha il bar in piazza, ma non ho la sua mail.\nLuca",
        lab(note="wrong person; the cousin is not an address"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-cole",
        "unsubscribe",
        "en",
        ("Nathan Cole", "nathan@colebarbers.example"),
        "2031-10-27 18:44",
        "iphone",
        "I've already told your colleague on the phone I'll pay it on the 31st. Stop emailing me every other day, it's harassment.",
        lab(note="promise plus 'stop emailing me': unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-ellery",
        "unsubscribe",
        "en",
        ("Robert Ellery", "r.ellery@elleryholdings.example"),
        "2031-10-20 11:02",
        "outlook",
        "Dear Sirs,\n\nThe termination of our contract with you is the subject of a formal dispute and has been passed to our solicitors. Please do not send any further emails to this address. Any correspondence must go by post to our solicitors, whose details you already have.\n\nRobert Ellery\nDirector\nEllery Holdings Ltd",
        lab(note="dispute plus 'post only, to our solicitors': unsubscribe wins"),
    ),
    Reply(
        "un-en-green",
        "unsubscribe",
        "en",
        ("M Green", "m.green62@homemail.example"),
        "2031-11-01 10:15",
        "gmail_plain",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
    ),
    Reply(
        "un-de-hoffmann",
        "unsubscribe",
        "de",
        ("Ingrid Hoffmann", "ingrid.hoffmann@t-mail.example"),
        "2031-10-17 15:27",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich möchte keine Zahlungserinnerungen per E-Mail erhalten. Bitte schicken Sie mir Rechnungen und Mahnungen ausschließlich per Post an meine Anschrift. Diese E-Mail-Adresse nutze ich nur privat.\n\nMit freundlichen Grüßen\nIngrid Hoffmann",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-brandt",
        "unsubscribe",
        "de",
        ("Dr. Felix Brandt", "f.brandt@brandt-architekten.example"),
        "2031-11-05 10:30",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der Verwendung meiner persönlichen E-Mail-Adresse für Ihre Forderungskorrespondenz und fordere Sie auf, diese Adresse aus Ihrem Verteiler zu löschen. Die Rechnung ist Sache des Büros, nicht meine persönliche.\n\nMit freundlichen Grüßen\nFelix Brandt",
        lab(
            note="formal data-protection objection; 'Sache des Büros' names no address, and unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-fr-lambert",
        "unsubscribe",
        "fr",
        ("Sophie Lambert", "s.lambert@lambert-conseil.example"),
        "2031-10-24 14:02",
        "gmail",
        "Madame, Monsieur,\n\nJe vous demande de cesser tout envoi sur cette adresse. Ce dossier est désormais entre les mains de notre avocat, Maître Garnier, à qui vous voudrez bien adresser toute correspondance.\n\nSophie Lambert\nGérante, Lambert Conseil",
        lab(note="stop plus 'talk to our lawyer' (no address)"),
    ),
    Reply(
        "un-es-mendez",
        "unsubscribe",
        "es",
        ("Raquel Méndez", "raquel.mendez@correo-web.example"),
        "2031-10-14 22:10",
        "iphone",
        "Por favor no me mandéis más correos a esta dirección, es mi correo personal y no quiero recibir nada más de vosotros.",
        lab(),
    ),
    Reply(
        "un-es-salas",
        "unsubscribe",
        "es",
        ("Javier Salas", "jsalas@inmobiliariasalas.example"),
        "2031-11-03 09:12",
        "outlook_html",
        "Buenos días:\n\nSolicito que esta dirección de correo electrónico sea dada de baja de sus comunicaciones de cobro, conforme a la normativa de protección de datos. Cualquier comunicación relativa a nuestra cuenta deberá remitirse por correo postal al domicilio social.\n\nAtentamente,\nJavier Salas\nInmobiliaria Salas",
        lab(note="formal removal request, post only"),
    ),
    Reply(
        "un-nl-bos",
        "unsubscribe",
        "nl",
        ("Henk Bos", "henk.bos@thuismail.example"),
        "2031-10-30 07:30",
        "gmail_plain",
        "Afmelden.",
        lab(note="one word"),
    ),
    Reply(
        "un-nl-kramer",
        "unsubscribe",
        "nl",
        ("Dennis Kramer", "dennis@kramerfietsen.example"),
        "2031-10-16 12:55",
        "android",
        "Ik betaal volgende week, maar stop nu met die dagelijkse mails. Eén keer is genoeg.",
        lab(note="promise plus stop: unsubscribe"),
    ),
    Reply(
        "un-it-galli",
        "unsubscribe",
        "it",
        ("Roberto Galli", "roberto.galli@gallitrasporti.example"),
        "2031-10-21 16:16",
        "gmail",
        "Non scriveteci più a questo indirizzo. Da oggi ogni comunicazione dovrà passare tramite il nostro legale, l'avv. Marchi. Abbiamo contestato il contratto e non intendiamo discuterne via e-mail.\n\nRoberto Galli",
        lab(
            note="lawyer only plus a contested contract: unsubscribe beats dispute; Italian reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "un-it-fontana",
        "unsubscribe",
        "it",
        ("Maria Grazia Fontana", "mg.fontana@otticafontana.example"),
        "2031-11-07 11:40",
        "thunderbird",
        "Buongiorno,\n\nvi prego di non inviare più solleciti a questo indirizzo di posta elettronica. Per qualsiasi comunicazione scriveteci per raccomandata presso la sede della ditta.\n\nDistinti saluti\nMaria Grazia Fontana\nOttica Fontana",
        lab(note="registered post only"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-brooks",
        "auto_reply",
        "en",
        ("Daniel Brooks", "d.brooks@kestrelhomes.example"),
        "2031-10-15 08:34",
        "notice_html",
        "Thank you for your email. I'm on annual leave until Friday 24 October with limited access to email, and will reply as soon as I can after that.\n\nDaniel Brooks\nKestrel Homes",
        lab(return_date="2031-10-24", note="'until X' → X"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-en-castlebridge",
        "auto_reply",
        "en",
        (
            "Castlebridge Council Shared Services",
            "helpdesk@castlebridgecouncil.example",
        ),
        "2031-10-21 08:41",
        "notice",
        "This is an automated acknowledgement.\n\nYour email has been logged with Castlebridge Council Shared Services under reference CAS-0228871. A member of the Accounts Payable team will respond within 5 working days. Please quote the reference in any further correspondence about this matter.\n\nThis mailbox is monitored Monday to Friday, 9am to 5pm.\n\nCastlebridge Council – Shared Services Centre",
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        subject="[CAS-0228871] {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-en-ridgeway",
        "auto_reply",
        "en",
        ("Louise Grant", "louise.grant@ridgewayhotels.example"),
        "2031-10-30 08:37",
        "notice",
        "Hi,\n\nI'm out of the office on site visits and back on Monday 3 November. For anything urgent on supplier accounts please contact my colleague Sam Okafor at sam.okafor@ridgewayhotels.example.\n\nLouise Grant\nFinance Assistant, Ridgeway Hotels",
        lab(
            return_date="2031-11-03",
            note="a colleague's address in an auto-reply is not a new contact; only X-Autoreply",
        ),
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-wolf",
        "auto_reply",
        "de",
        ("Andreas Wolf", "a.wolf@wolf-immobilien.example"),
        "2031-10-27 09:33",
        "notice_html",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 31.10.2031 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 03.11.2031, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nAndreas Wolf",
        lab(
            return_date="2031-11-03",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-stadtwerke",
        "auto_reply",
        "de",
        (
            "Stadtwerke Nordheim Rechnungseingang",
            "rechnungseingang@stadtwerke-nordheim.example",
        ),
        "2031-11-04 09:36",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Dies ist eine automatisch erzeugte Eingangsbestätigung.\n\nRechnungen und Zahlungsanfragen werden in der Reihenfolge ihres Eingangs bearbeitet. Bitte sehen Sie von Rückfragen innerhalb von zehn Arbeitstagen ab.\n\nStadtwerke Nordheim GmbH\nKreditorenbuchhaltung",
        lab(note="receipt acknowledgement with only Precedence: auto_reply; no return date"),
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-dubois",
        "auto_reply",
        "fr",
        ("Claire Dubois", "claire.dubois@agence-horizon.example"),
        "2031-10-29 09:35",
        "notice_html",
        "Bonjour,\n\nJe suis absente jusqu'au dimanche 2 novembre inclus (vacances de la Toussaint). De retour le lundi 3 novembre, je traiterai votre message à ce moment-là.\n\nBien à vous,\nClaire Dubois",
        lab(
            return_date="2031-11-03",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-jeanmoulin",
        "auto_reply",
        "fr",
        (
            "Lycée Jean-Moulin – Service comptabilité",
            "comptabilite@lycee-jeanmoulin.example",
        ),
        "2031-10-14 09:32",
        "notice",
        "Votre message a bien été reçu par le service comptabilité du lycée Jean-Moulin.\n\nIl sera traité dans les meilleurs délais. Merci de ne pas répondre à ce message généré automatiquement.",
        lab(note="receipt acknowledgement from a school; no date"),
        subject="Accusé de réception : {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ar-es-sanchez",
        "auto_reply",
        "es",
        ("Pilar Sánchez", "psanchez@construccionessanchez.example"),
        "2031-10-13 09:31",
        "notice_html",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 17 de octubre, sin acceso al correo. Para asuntos urgentes pueden llamar a la centralita.\n\nPilar Sánchez\nDepartamento de Administración",
        lab(return_date="2031-10-17", note="'hasta X' → X"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-vanleeuwen",
        "auto_reply",
        "nl",
        ("Ilse van Leeuwen", "ilse@vanleeuwenadvies.example"),
        "2031-10-22 09:34",
        "notice_html",
        "Dank voor je bericht. Ik ben met vakantie en vanaf dinsdag 28 oktober weer op kantoor. Je mail wordt niet doorgestuurd.\n\nGroet,\nIlse van Leeuwen",
        lab(return_date="2031-10-28"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-waalstad",
        "auto_reply",
        "nl",
        ("Servicedesk Facilitair Gemeente Waalstad", "servicedesk@waalstad.example"),
        "2031-11-06 09:38",
        "notice",
        "Beste afzender,\n\nUw e-mail is ontvangen en geregistreerd onder meldingsnummer INC-2031-118204.\n\nWij streven ernaar uw melding binnen drie werkdagen te beantwoorden. Vermeld bij verdere correspondentie altijd het meldingsnummer.\n\nMet vriendelijke groet,\nServicedesk Facilitair\nGemeente Waalstad\n\nDit is een automatisch gegenereerd bericht.",
        lab(note="municipal ticket acknowledgement"),
        subject="Uw melding is geregistreerd [INC-2031-118204]",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-it-moretti",
        "auto_reply",
        "it",
        ("Elena Moretti", "e.moretti@morettiedilizia.example"),
        "2031-10-30 09:35",
        "notice_html",
        "Buongiorno,\n\nsarò assente dal 31 ottobre al 4 novembre per il ponte di Ognissanti e rientrerò in ufficio mercoledì 5 novembre. Nel frattempo la posta non verrà letta.\n\nCordiali saluti\nElena Moretti",
        lab(return_date="2031-11-05", note="the day back, not the last day away"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-miramare",
        "auto_reply",
        "it",
        (
            "Hotel Miramare Amministrazione",
            "amministrazione@hotelmiramare-rimini.example",
        ),
        "2031-10-20 09:33",
        "notice",
        "Gentile cliente,\n\nl'albergo è chiuso per la pausa di fine stagione e l'ufficio amministrativo riaprirà il 24/10. Le e-mail ricevute in questo periodo verranno lette alla riapertura.\n\nCordiali saluti\nHotel Miramare – Rimini",
        lab(
            return_date="2031-10-24",
            note="autoresponder with no automatic header at all and a plain 'Re:' subject; 'riaprirà il 24/10' is the day back",
        ),
    ),
]

OTHER = [
    Reply(
        "ot-en-lowe",
        "other",
        "en",
        ("Karen Lowe", "karen@lowesflorist.example"),
        "2031-10-14 16:25",
        "iphone",
        "Did we not pay this already?? I'm sure Mike sorted it before he went away. Can you check your end",
        lab(note="asks whether it was paid: neither a payment claim nor a document request"),
    ),
    Reply(
        "ot-en-russo",
        "other",
        "en",
        ("Tony Russo", "tony@russosdeli.example"),
        "2031-11-05 08:50",
        "android",
        "Morning. While I've got you, the keypad by the back door has been beeping every night around 2am for a week, it's driving the neighbours mad. Can someone come and look at it? I'll ring about the bill later.",
        lab(
            note="service request in the billing thread; 'ring about the bill later' is no commitment"
        ),
    ),
    Reply(
        "ot-en-hollis",
        "other",
        "en",
        ("Peter Hollis", "p.hollis@homemail.example"),
        "2031-10-23 14:40",
        "gmail",
        "Dear Lodestar,\n\nI'm writing on behalf of my father, Peter Hollis, who died on 2 October. I'm his daughter and one of his executors. His post and emails are only now being sorted, which is why this hasn't been dealt with.\n\nThe house is being sold, so the alarm monitoring won't be needed for much longer. The estate's solicitors will write to you about the account and anything that is owed. I'd be grateful if you could bear with us in the meantime.\n\nAnne Hollis",
        lab(
            note="the account holder has died and his daughter writes from his mailbox: nothing promised, no new address; a person must read it"
        ),
    ),
    Reply(
        "ot-de-baumann",
        "other",
        "de",
        ("Ulrike Baumann", "u.baumann@physio-baumann.example"),
        "2031-10-23 12:07",
        "gmail",
        "Guten Tag,\n\nich verstehe die Erinnerung nicht ganz: Wir haben Ihnen im März ein SEPA-Lastschriftmandat erteilt, und bisher wurden alle Rechnungen abgebucht. Warum wurde diese nicht eingezogen? Hat sich bei Ihnen etwas geändert?\n\nViele Grüße\nUlrike Baumann",
        lab(note="question about the direct debit; no payment claim and no dispute of the amount"),
    ),
    Reply(
        "ot-fr-aubry",
        "other",
        "fr",
        ("Bernard Aubry", "bernard.aubry@aubry-transports.example"),
        "2031-10-30 10:55",
        "outlook",
        "Bonjour,\n\nPouvez-vous me rappeler au 06 00 00 41 27 ? Je préfère régler cette question de vive voix plutôt que par écrit.\n\nB. Aubry",
        lab(note="asks for a call; 'régler cette question' means sort it out, not pay"),
    ),
    Reply(
        "ot-fr-delices",
        "other",
        "fr",
        ("SARL Les Délices d'Antan", "contact@delicesdantan.example"),
        "2031-10-21 11:30",
        "gmail",
        "Bonjour,\n\nNous vous informons que la société a cessé son activité et a été placée en liquidation judiciaire par jugement du tribunal de commerce du 30 septembre 2031. Le liquidateur désigné est Maître Hervé Collin, auprès de qui il vous appartient de déclarer votre créance.\n\nCordialement,\nMme Caron, ancienne gérante",
        lab(
            note="company in liquidation: the claim must be filed with the liquidator; no address given"
        ),
    ),
    Reply(
        "ot-es-campos",
        "other",
        "es",
        ("Jorge Campos", "jorge@barcampos.example"),
        "2031-10-16 13:45",
        "iphone",
        "Hola! Sabéis si al final viene el técnico el jueves a mirar la cámara de la terraza? Lo de la factura lo miro luego con la gestoría.",
        lab(note="visit question; 'lo miro luego' is no commitment"),
    ),
    Reply(
        "ot-es-marin",
        "other",
        "es",
        ("Elena Marín", "emarin@marinabogados.example"),
        "2031-10-28 09:01",
        "outlook",
        "Recibido.",
        lab(
            note="one-word acknowledgement, not a payment claim; Spanish reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ot-nl-demir",
        "other",
        "nl",
        ("Yusuf Demir", "yusuf@bakkerijdemir.example"),
        "2031-10-15 15:05",
        "gmail",
        "Goedemiddag,\n\nSinds 1 oktober ben ik de nieuwe eigenaar van de bakkerij. De vorige eigenaar heeft het alarm nog op zijn naam laten staan. Kan ik het abonnement op mijn naam zetten? En hoe zit het dan met deze factuur, moet ik die betalen of de vorige eigenaar?\n\nGroet,\nYusuf Demir",
        lab(note="new owner asking about a takeover and who owes the invoice: a person decides"),
    ),
    Reply(
        "ot-nl-smit",
        "other",
        "nl",
        ("Marieke Smit", "marieke@smitkantoorartikelen.example"),
        "2031-10-31 17:58",
        "iphone",
        "Ontvangen, kijk ik na mijn vakantie naar.",
        lab(note="human acknowledgement, not an auto-reply; no commitment and no date"),
    ),
    Reply(
        "ot-it-rossi",
        "other",
        "it",
        ("Chiara Fumagalli", "segreteria@studiomedicorossi.example"),
        "2031-11-04 12:33",
        "outlook_html",
        "Buongiorno,\n\nsono la nuova segretaria dello studio e purtroppo non trovo questa fattura nel nostro gestionale. Ne parlo con il dottor Rossi appena rientra e vi faccio sapere.\n\nCordiali saluti\nChiara Fumagalli\nStudio Medico Dott. Rossi",
        lab(note="cannot find the invoice but does not ask for it; no commitment"),
    ),
    Reply(
        "ot-it-riva",
        "other",
        "it",
        ("Giovanna Riva", "giovanna.riva@posta-web.example"),
        "2031-10-25 10:20",
        "apple",
        "Grazie, ricevuto. Ne parlo stasera con mio marito.",
        lab(note="acknowledgement only"),
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
# Bounces: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------

EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lodestar-security.example>"


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `when` is on the reporter's clock."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    rname: str
    when: str
    zone: str
    rlang: str
    build: str
    note: str | None = None
    delay_min: int = 2  # minutes between the reminder leaving and this report

    @property
    def dt(self) -> datetime:
        return local_time(self.when, self.zone)

    @property
    def sent(self) -> datetime:
        """When the reminder left, on the UK clock."""
        return in_zone(self.dt - timedelta(minutes=self.delay_min), "uk")

    @property
    def currency(self) -> str:
        return "GBP" if self.rlang == "en" else "EUR"

    @property
    def invoice(self) -> str:
        return f"LSS {300000 + number(self.key, 'invoice', 12000)}"

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def original_reminder(b: Bounce, relayed: bool = True) -> Message:
    """The reminder exactly as it left Lodestar (returned inside some reports)."""
    amount = f"{96 + number(b.key, 'amount', 2100)}.00"
    text = reminder_body(
        b.rlang, b.invoice, amount, b.currency, number(b.key, "service", 6), b.sent
    )
    received = (
        f"from app2.lodestar-security.example (app2.lodestar-security.example [192.0.2.12])\n"
        f"\tby relay1.lodestar-security.example (Postfix) with ESMTPS id 4d{token(b.key, 'qid', 9)}\n"
        f"\tfor <{b.rcpt}>; {format_datetime(b.sent)}"
    )
    head = [
        *([("Received", received)] if relayed else []),
        ("From", mailbox(AR_NAME, AR_ADDR)),
        ("To", mailbox(b.rname, b.rcpt)),
        ("Subject", encoded_header(b.subject, "utf-8")),
        ("Date", format_datetime(b.sent)),
        ("Message-ID", reminder_msgid(b.key)),
    ]
    return assemble(text_part(text, "plain"), head, b.key + "/returned", "")


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    lines = "".join(f"{name}: {value}\n" for name, value in original_reminder(b).items())
    part = text_part(lines, "rfc822-headers", "us-ascii", "7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def returned_message(b: Bounce) -> Message:
    """message/rfc822: the whole returned reminder."""
    part = MIMEMessage(original_reminder(b))
    part["Content-Description"] = "Undelivered Message"
    return part


def delivery_status(
    b: Bounce,
    reporting_mta: str,
    action: str,
    diagnostic: str,
    remote_mta: str = "",
    retry_days: int = 0,
) -> Message:
    """message/delivery-status (RFC 3464) for the single failed recipient."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {reporting_mta}"
    per_message["X-Queue-ID"] = token(b.key, "queue", 11)
    per_message["Arrival-Date"] = format_datetime(b.sent)
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote_mta:
        per_recipient["Remote-MTA"] = f"dns; {remote_mta}"
    per_recipient["Diagnostic-Code"] = diagnostic
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if retry_days:
        per_recipient["Will-Retry-Until"] = format_datetime(b.sent + timedelta(days=retry_days))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload([per_message, per_recipient])
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as MTAs label their report parts."""
    part["Content-Description"] = description
    return part


def exchange_human(lines: Sequence[str], charset: str = "utf-8") -> Message:
    """The Exchange Online notice: plain text and a simple HTML rendering of the same lines."""
    plain = "\n\n".join(lines) + "\n"
    rows = "".join(
        f'<p style="font-family:Segoe UI,sans-serif;font-size:14px">{html_text(x)}</p>\n'
        for x in lines
    )
    markup = f'<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n<body>\n{rows}</body>\n</html>\n'
    return alternative(plain, markup, charset, "qp")


def finish(
    b: Bounce,
    body: Message,
    sender: str,
    subject: str,
    extra: Sequence[tuple[str, str]] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    found = re.search(r"@([a-z0-9.-]+)", sender, re.IGNORECASE)
    host = found.group(1) if found else AR_DOMAIN
    head = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_header(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{token(b.key, 'bounce', 20).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    return assemble(body, head, b.key, BOUNDARY_PREFIX["bounce"])


def bounce_postfix_user_unknown(b: Bounce) -> Message:
    """Postfix RFC 3464 report, 550 5.1.1, with the returned headers only."""
    remote = f"mx.{b.domain}"
    human = (
        "This is the mail system at host relay1.lodestar-security.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = f"smtp; 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    body = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        delivery_status(b, "relay1.lodestar-security.example", "failed", diag, remote),
        returned_headers(b),
    )
    return finish(
        b,
        body,
        "MAILER-DAEMON@relay1.lodestar-security.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail_no_host(b: Bounce) -> Message:
    """qmail-send failure notice (not MIME): the domain no longer exists."""
    text = (
        "Hi. This is the qmail-send program at outbound2.lodestar-security.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {20000 + number(b.key, 'pid', 9000)} invoked by uid 1004); {format_datetime(b.sent)}\n"
        + original_reminder(b, relayed=False).as_string()
    )
    body = Message()
    body.set_payload(text)
    return finish(b, body, "MAILER-DAEMON@outbound2.lodestar-security.example", "failure notice")


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim delay warning (not MIME): the mailbox is over quota."""
    ident = f"1w{token(b.key, 'exim1', 4)}-000{token(b.key, 'exim2', 3)}-{token(b.key, 'exim3', 2)}"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay1.lodestar-security.example.\n\n"
        f"The message identifier is:     {ident}\n"
        f"The subject of the message is: {encoded_header(b.subject, 'utf-8')}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [198.51.100.61]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    452 4.2.2 <{b.rcpt}>: Mailbox full, over quota\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    body = Message()
    body.set_payload(text)
    return finish(
        b,
        body,
        "Mail Delivery System <Mailer-Daemon@relay1.lodestar-security.example>",
        f"Warning: message {ident} delayed 24 hours",
    )


def bounce_exchange_de_not_found(b: Bounce) -> Message:
    """Exchange Online NDR in German: recipient not found (5.1.10)."""
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = exchange_human(
        [
            f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
            "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde beim Empfänger nicht gefunden. Möglicherweise ist sie falsch geschrieben, oder das Postfach existiert nicht mehr.",
            "So beheben Sie das Problem: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus der Vorschlagsliste übernommen haben, löschen Sie den Eintrag und geben Sie die Adresse vollständig neu ein.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: FR2P281MB0987.DEUP281.PROD.OUTLOOK.COM\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben.",
        ]
    )
    body = report(
        human,
        delivery_status(b, "FR2P281MB0987.DEUP281.PROD.OUTLOOK.COM", "failed", f"smtp; {diag}"),
        returned_headers(b),
    )
    return finish(b, body, EXCHANGE_SENDER, f"Unzustellbar: {b.subject}")


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German provider's plain-text delay notice (connection timed out, 4.4.1)."""
    sent = in_zone(b.sent, "ce")
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung unseres Mailservers.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        f"konnte seit mehr als 4 Stunden nicht zugestellt werden. Der Zielserver mx1.{b.domain} antwortet nicht (Verbindungsaufbau: Zeitüberschreitung, Status 4.4.1).\n\n"
        "Wir versuchen die Zustellung bis zu 5 Tage lang automatisch weiter. Sie müssen im Moment nichts unternehmen. Sollte die Nachricht endgültig nicht zugestellt werden können, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff: {b.subject}\n"
        f"Gesendet: {render('{dd}.{mo}.{y} {HH}:{mm}', 'de', sent)}\n"
    )
    return finish(
        b,
        text_part(text, "plain"),
        "Mailserver Postbote <mailer-daemon@mx.postbote-mail.example>",
        f"Zustellung verzögert: {b.subject}",
    )


def bounce_exchange_fr_policy(b: Bounce) -> Message:
    """Exchange Online NDR in French: refused by the recipient's policy (5.7.1)."""
    diag = "550 5.7.1 Delivery not authorized, message refused by recipient policy"
    human = exchange_human(
        [
            f"Votre message n'a pas pu être remis à {b.rcpt}.",
            "L'organisation du destinataire a refusé votre message en raison de ses règles de sécurité : votre adresse ne figure pas parmi les expéditeurs autorisés.",
            "Que faire ? Contactez le destinataire par un autre moyen, par téléphone par exemple, et demandez-lui de faire ajouter votre adresse à la liste des expéditeurs autorisés par son administrateur de messagerie.",
            "Informations de diagnostic pour les administrateurs :",
            f"Serveur de génération : PR3P195MB0612.EURP195.PROD.OUTLOOK.COM\n{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ]
    )
    body = report(
        human,
        delivery_status(
            b,
            "PR3P195MB0612.EURP195.PROD.OUTLOOK.COM",
            "failed",
            f"smtp; {diag}",
            f"mx.{b.domain}",
        ),
        returned_message(b),
    )
    return finish(b, body, EXCHANGE_SENDER, f"Non remis : {b.subject}")


def bounce_provider_fr_greylist(b: Bounce) -> Message:
    """A French provider's delay notice: the recipient's server greylists (4.7.1)."""
    sent = in_zone(b.sent, "ce")
    text = (
        "Ceci est un message automatique du serveur de messagerie smtp.courrier-pro.example.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Le serveur distant a temporairement refusé le message :\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Nous réessaierons automatiquement pendant 72 heures. Aucune action n'est nécessaire de votre part.\n\n"
        f"Objet : {b.subject}\n"
        f"Date d'envoi : {render('{dd}/{mo}/{y} {HH}:{mm}', 'fr', sent)}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "utf-8", "b64"),
        "Service Courrier <mailer-daemon@smtp.courrier-pro.example>",
        "Avis de retard de distribution",
    )


def bounce_gmail_es_not_found(b: Bounce) -> Message:
    """Gmail DSN with a Spanish notice: address not found (5.1.1)."""
    reply = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        f"La respuesta del servidor remoto ha sido:\n{reply}",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        '<html>\n<head></head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>\n'
        + "".join(
            f'<p style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:14px">{html_text(x)}</p>\n'
            for x in lines
        )
        + "</td></tr></tbody></table>\n</body>\n</html>\n"
    )
    body = report(
        alternative(plain, markup, "utf-8", "qp"),
        delivery_status(b, "mail-sor-f41.google.com", "failed", f"smtp; {reply}", f"mx.{b.domain}"),
        returned_headers(b),
    )
    extra = [("X-Failed-Recipients", b.rcpt)]
    return finish(
        b,
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        extra,
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    """Exchange Online NDR in Spanish: mailbox full, reported with 5.2.2."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        [
            f"No se pudo entregar el mensaje a {b.rcpt}.",
            "El buzón del destinatario está lleno y no puede aceptar más mensajes en este momento. Vuelva a enviar el mensaje más tarde o póngase en contacto con el destinatario por otro medio.",
            "Información de diagnóstico para administradores:",
            f"Servidor generador: DB9P193MB1410.EURP193.PROD.OUTLOOK.COM\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        ]
    )
    body = report(
        human,
        delivery_status(b, "DB9P193MB1410.EURP193.PROD.OUTLOOK.COM", "failed", f"smtp; {diag}"),
        returned_message(b),
    )
    return finish(b, body, EXCHANGE_SENDER, f"No se puede entregar: {b.subject}")


def bounce_provider_nl_no_domain(b: Bounce) -> Message:
    """A Dutch provider's RFC 3464 report: the domain has no mail server any more (5.4.4)."""
    human = (
        "Dit is een automatisch bericht van de mailserver smtp.mailhuis.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        f"Het domein {b.domain} bestaat niet (meer) of heeft geen mailserver. Controleer het adres op tikfouten. Dit is een permanente fout; er worden geen nieuwe pogingen gedaan.\n\n"
        "Technische details:\n"
        f"    Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found\n"
    )
    diag = f"X-Postfix; Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    body = report(
        described(text_part(human, "plain", "utf-8", "qp"), "Notification"),
        delivery_status(b, "smtp.mailhuis.example", "failed", diag),
        returned_headers(b),
    )
    return finish(
        b,
        body,
        "Postmaster Mailhuis <postmaster@smtp.mailhuis.example>",
        f"Onbestelbaar bericht: {b.subject}",
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's single-part notice in 8-bit Latin-1: mailbox full (4.2.2)."""
    sent = in_zone(b.sent, "ce")
    text = (
        "Gentile utente,\n\n"
        "il messaggio da lei inviato non è stato ancora recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta del destinatario è piena (452 4.2.2 Mailbox full).\n\n"
        "Il sistema ritenterà automaticamente la consegna per i prossimi 3 giorni. Se nel frattempo la casella non verrà liberata, il messaggio le sarà restituito.\n\n"
        f"Oggetto: {latin1(b.subject)}\n"
        f"Inviato il: {render('{dd}/{mo}/{y} {HH}:{mm}', 'it', sent)}\n\n"
        "Questo è un messaggio generato automaticamente, si prega di non rispondere.\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "Sistema di posta Vialattea <mailer-daemon@mail.vialattea-mail.example>",
        "Avviso: messaggio non ancora recapitato",
    )


def bounce_relay_it_delay(b: Bounce) -> Message:
    """An RFC 3464 delay report with an Italian notice: connection lost (4.4.2)."""
    remote = f"mx.{b.domain}"
    human = (
        "Questo è il sistema di posta di relay-it.lodestar-security.example.\n\n"
        "####################################################################\n"
        "# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #\n"
        "####################################################################\n\n"
        "Non è stato ancora possibile consegnare il messaggio a uno o più destinatari. Il sistema continuerà a tentare la consegna per altri 4 giorni.\n\n"
        f"<{b.rcpt}>: connessione con {remote}[192.0.2.77] persa durante la trasmissione dei dati (4.4.2)\n"
    )
    diag = "X-Postfix; lost connection with " + remote + "[192.0.2.77] while sending message body"
    body = report(
        described(text_part(human, "plain", "utf-8", "qp"), "Notification"),
        delivery_status(
            b,
            "relay-it.lodestar-security.example",
            "delayed",
            diag,
            remote,
            retry_days=5,
        ),
        returned_headers(b),
    )
    return finish(
        b,
        body,
        "Mail Delivery System <MAILER-DAEMON@relay-it.lodestar-security.example>",
        "Notifica di ritardo nella consegna",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_user_unknown": bounce_postfix_user_unknown,
    "qmail_no_host": bounce_qmail_no_host,
    "exim_delay": bounce_exim_delay,
    "exchange_de_not_found": bounce_exchange_de_not_found,
    "provider_de_delay": bounce_provider_de_delay,
    "exchange_fr_policy": bounce_exchange_fr_policy,
    "provider_fr_greylist": bounce_provider_fr_greylist,
    "gmail_es_not_found": bounce_gmail_es_not_found,
    "exchange_es_full": bounce_exchange_es_full,
    "provider_nl_no_domain": bounce_provider_nl_no_domain,
    "provider_it_full": bounce_provider_it_full,
    "relay_it_delay": bounce_relay_it_delay,
}

BOUNCES = [
    Bounce(
        "b-en-harrowgate",
        "en",
        "hard",
        "5.1.1",
        "accounts@harrowgatedental.example",
        "Harrowgate Dental Accounts",
        "2031-10-22 08:36",
        "uk",
        "en",
        "postfix_user_unknown",
        "Postfix RFC 3464 report with text/rfc822-headers",
    ),
    Bounce(
        "b-en-fenwick",
        "en",
        "hard",
        "5.1.2",
        "office@fenwickjoinery.example",
        "Fenwick Joinery",
        "2031-11-04 08:40",
        "uk",
        "en",
        "qmail_no_host",
        "qmail failure notice, not MIME: the domain is gone; '#5.1.2' is the status",
    ),
    Bounce(
        "b-en-pennylane",
        "en",
        "soft",
        "4.2.2",
        "admin@pennylanegifts.example",
        "Penny Lane Gifts",
        "2031-10-30 08:35",
        "uk",
        "en",
        "exim_delay",
        "Exim delay warning, not MIME: mailbox over quota",
        delay_min=24 * 60,
    ),
    Bounce(
        "b-de-schuster",
        "de",
        "hard",
        "5.1.10",
        "buchhaltung@elektro-schuster.example",
        "Elektro Schuster Buchhaltung",
        "2031-10-16 09:34",
        "ce",
        "de",
        "exchange_de_not_found",
        "Exchange Online 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "b-de-hollerbach",
        "de",
        "soft",
        "4.4.1",
        "verwaltung@weingut-hollerbach.example",
        "Weingut Hollerbach",
        "2031-10-21 13:40",
        "ce",
        "de",
        "provider_de_delay",
        "German provider delay notice, plain text",
        delay_min=4 * 60 + 5,
    ),
    Bounce(
        "b-fr-leroux",
        "fr",
        "hard",
        "5.7.1",
        "compta@transports-leroux.example",
        "Transports Leroux",
        "2031-10-24 09:33",
        "ce",
        "fr",
        "exchange_fr_policy",
        "Exchange Online 'Non remis': refused by the recipient's policy; returned as message/rfc822",
    ),
    Bounce(
        "b-fr-sainteanne",
        "fr",
        "soft",
        "4.7.1",
        "secretariat@ecole-sainte-anne.example",
        "École Sainte-Anne",
        "2031-11-06 10:10",
        "ce",
        "fr",
        "provider_fr_greylist",
        "French provider notice in base64: greylisting, a temporary policy refusal",
        delay_min=32,
    ),
    Bounce(
        "b-es-arrieta",
        "es",
        "hard",
        "5.1.1",
        "administracion@talleresarrieta.example",
        "Talleres Arrieta",
        "2031-10-28 09:35",
        "ce",
        "es",
        "gmail_es_not_found",
        "Gmail DSN with the notice in Spanish",
    ),
    Bounce(
        "b-es-casamar",
        "es",
        "soft",
        "5.2.2",
        "gerencia@hostalcasamar.example",
        "Hostal Casamar",
        "2031-11-03 09:37",
        "ce",
        "es",
        "exchange_es_full",
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "b-nl-vandijk",
        "nl",
        "hard",
        "5.4.4",
        "info@rijwielhandelvandijk.example",
        "Rijwielhandel Van Dijk",
        "2031-10-17 09:36",
        "ce",
        "nl",
        "provider_nl_no_domain",
        "Dutch provider RFC 3464 report: the domain has no mail server",
    ),
    Bounce(
        "b-it-bianchi",
        "it",
        "soft",
        "4.2.2",
        "ufficio@pasticceriabianchi.example",
        "Pasticceria Bianchi",
        "2031-11-05 11:50",
        "ce",
        "it",
        "provider_it_full",
        "Italian provider notice, single part, 8-bit Latin-1",
        delay_min=2 * 60 + 14,
    ),
    Bounce(
        "b-it-sanrocco",
        "it",
        "soft",
        "4.4.2",
        "segreteria@parrocchiasanrocco.example",
        "Parrocchia San Rocco",
        "2031-10-13 13:40",
        "ce",
        "it",
        "relay_it_delay",
        "RFC 3464 delay report (Action: delayed) with an Italian notice",
        delay_min=4 * 60 + 3,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, keys in the corpus order."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One finished message with what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    zone: str
    sent: datetime
    quotes: bool


def all_items() -> list[Item]:
    """Every message of the corpus, in spec order."""
    items = [
        Item(r.key, build_reply(r), reply_label(r), r.tz, r.dt, r.style not in NOTICES)
        for r in REPLIES
    ]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.build](b), bounce_label(b), b.zone, b.dt, False)
        for b in BOUNCES
    ]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order by a seeded hash of the key, so that a file name says nothing about its label."""
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^LSS \d{6}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def check_label(name: str, label: Mapping[str, object], sent: datetime, zone: str) -> None:
    """The label's shape: keys, allowed fields for the intent, formats, plausible dates."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    for key in LABEL_KEYS:
        value = label[key]
        if value is None:
            continue
        if key not in INTENT_FIELDS[intent]:
            raise SystemExit(f"{name}: {key} is set on a {intent} message")
        if not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
        if key.endswith("_date") and not ISO_DATE.match(value):
            raise SystemExit(f"{name}: {key} {value!r}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        raise SystemExit(f"{name}: amount {label['amount']!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {label['currency']!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(isinstance(x, str) and INVOICE.match(x) for x in refs):
        raise SystemExit(f"{name}: invoice_refs {refs!r}")
    contact = label["new_contact"]
    if contact is not None and (str(contact) != str(contact).lower() or "@" not in str(contact)):
        raise SystemExit(f"{name}: new_contact {contact!r}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bounce fields")
        if label["failed_recipient"] is None:
            raise SystemExit(f"{name}: no failed_recipient")
    today = in_zone(sent, zone).date().isoformat()
    for key, later in (
        ("paid_date", False),
        ("promised_date", True),
        ("return_date", True),
    ):
        value = label[key]
        if isinstance(value, str) and (value < today if later else value > today):
            raise SystemExit(f"{name}: {key} {value} is on the wrong side of {today}")


def decoded_text(msg: EmailMessage) -> str:
    """All text parts of a message, decoded (also checks that each one decodes)."""
    texts: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                raise SystemExit("a text part did not decode to str")
            texts.append(content)
    return "\n".join(texts)


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a written file back and check what a reader of the corpus relies on."""
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None:
            raise SystemExit(f"{name}: no {header}")
        if "=?" in str(value) or value.defects:
            raise SystemExit(f"{name}: {header} does not decode cleanly")
    stamp = cast("datetime", msg["Date"].datetime)
    local = in_zone(stamp, item.zone)
    if stamp.utcoffset() != local.utcoffset():
        raise SystemExit(f"{name}: Date offset {stamp.utcoffset()} is not the {item.zone} offset")
    if not FIRST_DAY <= local.date() <= LAST_DAY:
        raise SystemExit(f"{name}: dated {local.date()}")
    text = decoded_text(msg)
    label = item.label
    for ref in cast("list[str]", label["invoice_refs"]):
        if ref[4:] not in text:
            raise SystemExit(f"{name}: {ref} is not in the text")
    for key in ("new_contact", "failed_recipient"):
        value = label[key]
        if isinstance(value, str) and value not in text.lower():
            raise SystemExit(f"{name}: {key} {value} is not in the text")
    if item.quotes and (msg["In-Reply-To"] is None or "Lodestar Security Systems" not in text):
        raise SystemExit(f"{name}: a reply that does not quote or thread")
    if label["intent"] == "bounce" and msg["Auto-Submitted"] is None:
        raise SystemExit(f"{name}: bounce without Auto-Submitted")


def check_counts(labels: Sequence[Mapping[str, object]]) -> None:
    """12 per intent, the language targets, every language in every intent, 6 hard + 6 soft."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or len(labels) != PER_INTENT * len(INTENTS):
        raise SystemExit(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TARGET:
        raise SystemExit(f"language counts {dict(langs)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            if not 1 <= cells[intent, lang] <= 3:
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: Sequence[Mapping[str, object]]) -> str:
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


def write_all() -> list[dict[str, object]]:
    """Write every .eml file and labels.jsonl next to this script; return the labels."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        label = {"file": name, **item.label}
        check_label(name, label, item.sent, item.zone)
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages written; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
