# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and currency signs people and their clients really type.
"""Build held-out reply corpus 97: `h97-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) an overdue-invoice reminder sent by the credit-control
mailbox of Solent Scaffolding Ltd. The new text of each message and its labels are written by
hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings, and the machine parts of delivery reports. Run it from anywhere: it writes next to
itself, deterministically, then parses every file back and checks it.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader, DateHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path
from typing import NoReturn, cast

HERE = Path(__file__).resolve().parent
PREFIX = "h97"
SEED = "corpus-holdout97/2028-07"
COMPANY = "Solent Scaffolding Ltd"
AR_NAME = "Solent Scaffolding Credit Control"
AR_ADDR = "credit@solent-scaffold.example"
AR_DOMAIN = "solent-scaffold.example"
IBAN = "GB55 SOLB 4012 7631 9268 19"
BIC = "SOLBGB2LXXX"
UK = timezone(timedelta(hours=1))  # British Summer Time in July
CE = timezone(timedelta(hours=2))  # Central European Summer Time in July
FIRST_DAY = date(2028, 7, 3)
LAST_DAY = date(2028, 7, 28)

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
# Which label fields each intent may fill (invoice_refs and note are open to every intent).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

LabelValue = str | list[str] | None
Labels = dict[str, LabelValue]

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WD_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WD_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MON_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MON_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {monl} {y} om {HH}:{mm} schreef {name} <{addr}>:",
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
# divider of the plain-text client, then the From / Sent / To / Subject labels and the separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", ("From", "Sent", "To", "Subject"), ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
    ),
    "fr": ("-----Message d'origine-----", ("De", "Envoyé", "À", "Objet"), " : "),
    "es": ("-----Mensaje original-----", ("De", "Enviado el", "Para", "Asunto"), ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
    ),
    "it": ("-----Messaggio originale-----", ("Da", "Inviato", "A", "Oggetto"), ": "),
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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
# The reminder being answered, in the customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Solent Scaffolding",
    "de": "Offene Rechnung {inv} – Solent Scaffolding",
    "fr": "Facture {inv} échue – Solent Scaffolding",
    "es": "Factura {inv} pendiente de pago – Solent Scaffolding",
    "nl": "Openstaande factuur {inv} – Solent Scaffolding",
    "it": "Fattura {inv} scaduta – Solent Scaffolding",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which is now past its due date:\n\n"
        "    Invoice:    {inv}\n    Dated:      {issued}\n    Due:        {due}\n    Balance:    {amount}\n\n"
        "If you've already paid, thank you – please reply with the payment date and your remittance reference so we can allocate it. If anything on the invoice is wrong (hire dates, quantities, site address), reply and tell us; we will hold further reminders while we check.\n\n"
        "Bank transfer: Solent Scaffolding Ltd, sort code 40-12-76, account 31926819. Please quote the invoice number.\n\n"
        "Thanks,\n\nCredit Control\nSolent Scaffolding Ltd\nMarchwood, Southampton\n023 8049 6412 | credit@solent-scaffold.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung ist bei uns noch kein Zahlungseingang verbucht, obwohl das Zahlungsziel überschritten ist:\n\n"
        "    Rechnung:        {inv}\n    Datum:           {issued}\n    Fällig am:       {due}\n    Offener Betrag:  {amount}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht stimmen (Standzeit, Mengen, Baustelle), antworten Sie einfach auf diese E-Mail; bis zur Klärung versenden wir keine weiteren Erinnerungen.\n\n"
        "Bankverbindung: Solent Scaffolding Ltd, IBAN {iban}, BIC {bic}. Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.\n\n"
        "Mit freundlichen Grüßen\n\nCredit Control\nSolent Scaffolding Ltd\nMarchwood, Southampton, Vereinigtes Königreich"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "    Facture :       {inv}\n    Date :          {issued}\n    Échéance :      {due}\n    Montant dû :    {amount}\n\n"
        "Si vous avez déjà payé, merci – indiquez-nous simplement la date et la référence du virement afin que nous puissions le rapprocher. Si un élément de la facture vous paraît inexact (durée de location, quantités, chantier), répondez à ce message : nous suspendrons les relances le temps de vérifier.\n\n"
        "Virement : Solent Scaffolding Ltd, IBAN {iban}, BIC {bic}, en rappelant le numéro de facture.\n\n"
        "Cordialement,\n\nService recouvrement\nSolent Scaffolding Ltd\nMarchwood, Southampton, Royaume-Uni"
    ),
    "es": (
        "Buenos días:\n\n"
        "En nuestra contabilidad figura como pendiente la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "    Factura:        {inv}\n    Fecha:          {issued}\n    Vencimiento:    {due}\n    Importe:        {amount}\n\n"
        "Si ya la han abonado, gracias: respóndannos con la fecha y la referencia de la transferencia para poder asignarla. Si algo de la factura no es correcto (días de alquiler, cantidades, obra), contesten a este correo y dejaremos en suspenso los avisos mientras lo revisamos.\n\n"
        "Transferencia a: Solent Scaffolding Ltd, IBAN {iban}, BIC {bic}. Indiquen el número de factura como concepto.\n\n"
        "Saludos cordiales,\n\nDepartamento de Cobros\nSolent Scaffolding Ltd\nMarchwood, Southampton, Reino Unido"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum is verstreken:\n\n"
        "    Factuur:        {inv}\n    Datum:          {issued}\n    Vervaldatum:    {due}\n    Openstaand:     {amount}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk; laat ons de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur (huurperiode, aantallen, bouwplaats), antwoord dan op deze e-mail. Zolang wij dat uitzoeken, sturen wij geen herinneringen.\n\n"
        "Betaling graag naar Solent Scaffolding Ltd, IBAN {iban}, BIC {bic}, onder vermelding van het factuurnummer.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nSolent Scaffolding Ltd\nMarchwood, Southampton, Verenigd Koninkrijk"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata di seguito, la cui scadenza è già passata:\n\n"
        "    Fattura:        {inv}\n    Data:           {issued}\n    Scadenza:       {due}\n    Importo:        {amount}\n\n"
        "Se avete già pagato, grazie: rispondete indicando la data e il riferimento del bonifico, così potremo abbinarlo. Se qualcosa nella fattura non vi torna (periodo di noleggio, quantità, cantiere), rispondete a questa e-mail e sospenderemo i solleciti finché non avremo verificato.\n\n"
        "Coordinate bancarie: Solent Scaffolding Ltd, IBAN {iban}, BIC {bic}. Indicate il numero di fattura nella causale.\n\n"
        "Cordiali saluti,\n\nGestione Crediti\nSolent Scaffolding Ltd\nMarchwood, Southampton, Regno Unito"
    ),
}
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}

# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (nothing here depends on the clock or on chance)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def pick(key: str, salt: str, n: int) -> int:
    """A stable number in range(n) derived from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % n


def token(
    key: str, salt: str, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
) -> str:
    """A stable string of `n` characters from `alphabet`."""
    raw = digest(key, salt) + digest(key, salt + "+")
    return "".join(alphabet[b % len(alphabet)] for b in raw[:n])


def date_parts(dt: datetime | date, lang: str) -> dict[str, str]:
    """Fields for the locale templates above."""
    wd, mo = dt.weekday(), dt.month - 1
    parts = {
        "wds": WD_SHORT[lang].split()[wd],
        "wdl": WD_LONG[lang].split()[wd],
        "mons": MON_SHORT[lang].split()[mo],
        "monl": MON_LONG[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
    }
    if isinstance(dt, datetime):
        parts |= {"HH": f"{dt.hour:02d}", "H": str(dt.hour), "mm": f"{dt.minute:02d}"}
    return parts


def fill(template: str, lang: str, dt: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of `dt` and any extra fields."""
    return template.format(**date_parts(dt, lang), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount written the way the reminder prints it in `lang`."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + f"{grouped}.{cents}"
    sep = "\u00a0" if lang == "fr" else "."
    number = grouped.replace(",", sep) + "," + cents
    if lang in {"nl", "it"}:
        return f"€ {number}"
    return f"{number}\u00a0€" if lang == "fr" else f"{number} €"


def latin1_safe(text: str) -> str:
    """What a Latin-1 client does to characters it cannot send."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Quote every line with '>' the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text for HTML and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per blank-line separated paragraph."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Word-generated paragraphs, one per line, as Outlook writes them."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, prefix: str = "", width: int = 76) -> str:
    """Wrap text as format=flowed (RFC 3676): soft breaks end with a space."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw if raw == "-- " else raw.rstrip(" ")
        if not prefix and line.startswith((" ", ">", "From ")):
            line = " " + line  # space-stuffing
        while len(prefix) + len(line) > width:
            cut = line.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                break
            out.append(prefix + line[: cut + 1])
            line = line[cut + 1 :]
        out.append((prefix + line) if line or not prefix else prefix.rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would choose."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    cs = email_charset.Charset(charset)
    # None (7bit or 8bit) means no transfer encoding: the generator labels the part itself.
    cs.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client sends it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox, the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Clients write MIME-Version and the Content-* headers below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The sub-parts of a multipart or message/* part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "000000000000" + token(key, f"b{n}", 14, "0123456789abcdef"),
    "outlook": lambda key, n: f"_00{n}_" + token(key, f"b{n}", 36) + "_",
    "apple": lambda key, n: (
        "Apple-Mail=_"
        + token(key, f"b{n}", 8, "0123456789ABCDEF")
        + "-"
        + token(key, f"c{n}", 4, "0123456789ABCDEF")
        + "-"
        + token(key, f"d{n}", 4, "0123456789ABCDEF")
        + "-"
        + token(key, f"e{n}", 12, "0123456789ABCDEF")
    ),
    "mta": lambda key, n: (
        token(key, f"b{n}", 10, "0123456789ABCDEF")
        + f".{1846100000 + pick(key, 'bt', 2400000)}/{n}"
    ),
    "other": lambda key, n: (
        "------------"
        + token(
            key,
            f"b{n}",
            24,
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        )
    ),
}


def finalize(msg: Message, key: str, family: str) -> Message:
    """Header order, MIME-Version placement and deterministic boundaries."""
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    style = BOUNDARY_STYLE.get(family, BOUNDARY_STYLE["other"])
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(style(key, n))
    return msg


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# A hand-written message and the reminder it answers
# --------------------------------------------------------------------------------------------


def lab(*refs: str, note: str | None = None, **fields: str) -> Labels:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    labels: Labels = {name: value for name, value in fields.items()}
    labels["invoice_refs"] = list(refs)
    labels["note"] = note
    return labels


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `when` is local time for the sender: UK senders write in BST, the others in CEST.
    `inv` and `amount` describe the reminder being answered (derived from the key when empty).
    `subject` overrides the client's "Re:" subject; `{rsub}` stands for the reminder's subject.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Labels
    inv: str = ""
    amount: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attachment: tuple[str, bytes] | None = None
    threaded: bool = True
    abroad: bool = False

    @property
    def tz(self) -> timezone:
        """The sender's offset: BST for UK senders, CEST for continental ones."""
        return CE if self.lang != "en" or self.abroad else UK

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def currency(self) -> str:
        """GBP for UK customers, EUR for continental ones."""
        return "GBP" if self.tz is UK else "EUR"

    @property
    def invoice(self) -> str:
        """The invoice the reminder chased."""
        return self.inv or default_invoices()[self.key]

    @property
    def balance(self) -> str:
        """The balance the reminder chased, as a decimal string."""
        if self.amount:
            return self.amount
        cents = ("00", "00", "00", "50", "40", "75", "20", "60")[pick(self.key, "cents", 8)]
        return f"{380 + pick(self.key, 'amount', 5600)}.{cents}"

    @property
    def latin1(self) -> bool:
        """Whether the client sends ISO-8859-1 (and so cannot write – or €)."""
        return self.charset == "iso-8859-1"


@cache
def default_invoices() -> dict[str, str]:
    """Invoice numbers for reminders whose number the text does not mention.

    Each message answers its own invoice: numbers written by hand are never reused.
    """
    taken = {r.inv for r in REPLIES if r.inv}
    for r in REPLIES:
        refs = r.labels.get("invoice_refs")
        taken |= set(refs) if isinstance(refs, list) else set()
    keys = sorted(
        [r.key for r in REPLIES if not r.inv] + [b.key for b in BOUNCES],
        key=lambda k: digest(k, "inv-order"),
    )
    numbers: dict[str, str] = {}
    n = 31600
    for key in keys:
        n += 1 + pick(key, "inv-gap", 4)
        while f"SS/{n}" in taken:
            n += 1
        numbers[key] = f"SS/{n}"
    return numbers


def reminder_sent(key: str, reply: datetime) -> datetime:
    """When the reminder went out: a working-day morning before the reply (UK time)."""
    local = reply.astimezone(UK)
    day = local.date()
    back = pick(key, "lag", 3)
    if back == 0 and (local.hour < 11 or day.weekday() >= 5):
        back = 1
    for _ in range(back):
        day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(
        day.year,
        day.month,
        day.day,
        8 + pick(key, "hour", 2),
        3 + pick(key, "minute", 50),
        pick(key, "second", 60),
        tzinfo=UK,
    )


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due dates of an invoice (30 days' terms), derived from its number."""
    issued = date(2028, 5, 2) + timedelta(days=int(inv[-5:]) % 28)
    return issued, issued + timedelta(days=30)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str) -> str:
    """The reminder's body, in the customer's language."""
    issued, due = invoice_dates(inv)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=fill(NUMERIC_DATE[lang], lang, issued),
        due=fill(NUMERIC_DATE[lang], lang, due),
        amount=money(amount, currency, lang),
        iban=IBAN,
        bic=BIC,
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 20).lower()}.reminder@{AR_DOMAIN}>"


def reminder_message(
    key: str, lang: str, to: str, sent: datetime, inv: str, amount: str
) -> Message:
    """The reminder exactly as the credit-control mailbox sent it (returned inside bounces)."""
    currency = "GBP" if lang == "en" else "EUR"
    msg = text_part(reminder_text(lang, inv, amount, currency), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encode_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    return finalize(msg, key, "other")


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it (local time, client language)."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The quoted reminder for a reply."""
    text = reminder_text(r.lang, r.invoice, r.balance, r.currency)
    subject = reminder_subject(r.lang, r.invoice)
    if r.latin1:
        text, subject = latin1_safe(text), latin1_safe(subject)
    sent = reminder_sent(r.key, r.dt).astimezone(r.tz)
    name, addr = r.sender
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, sent, r.lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    """The From / Sent / To / Subject lines Outlook puts above the quoted message."""
    _, names, sep = OUTLOOK_LABELS[q.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        fill(OUTLOOK_SENT[q.lang], q.lang, q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{sep}{value}" for label, value in zip(names, values, strict=True)]


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML (Word markup) with the grey divider above the quoted header."""
    _, names, sep = OUTLOOK_LABELS[q.lang]
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1], quote=False)}"
        for label, line in zip(names, outlook_block(q), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode, with the localised Original Message divider."""
    divider = OUTLOOK_LABELS[q.lang][0]
    text = "\n".join([r.body, "", divider, *outlook_block(q), "", q.text, ""])
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup in the HTML part."""
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: both parts base64, localised footer above the quoted header."""
    block = outlook_block(q)
    sig = ANDROID_SIG[q.lang]
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n" + "\n".join(block) + f"\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1], quote=False)}"
        for line in block
    )
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        f'<div dir="auto">{html_lines(r.body)}</div>\n'
        f'<div dir="auto"><br></div>\n<div dir="auto">{html.escape(sig)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div>\n</div>\n'
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "b64"),
        text_part(markup, "html", "utf-8", "b64"),
    )


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line, in the sender's language."""
    return fill(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote block."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line, in the sender's language."""
    return fill(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, then the whole quote (attribution included) with '>'."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution directly above the '>' quote."""
    attr = fill(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{flowed(attr)}\n{flowed(q.text, prefix='> ')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices (auto-replies, advices) quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice written as HTML only (the body is the markup)."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
THUNDERBIRD_AGENT = {
    "en": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
    "de": "Mozilla Thunderbird",
    "fr": "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
    "es": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
    "nl": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
    "it": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0",
}


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """Headers a client adds of its own accord."""
    if r.client in OUTLOOK_FAMILY:
        index = token(
            r.key,
            "thread-index",
            27,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        )
        return [
            ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", f"AQH{index}=="),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client in {"apple", "apple_html"}:
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if r.client == "iphone":
        return [("X-Mailer", "iPhone Mail (22F76)")]
    if r.client == "thunderbird":
        return [("User-Agent", THUNDERBIRD_AGENT[r.lang])]
    return []


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject as the client writes it."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    return (OUTLOOK_RE[q.lang] if r.client in OUTLOOK_FAMILY else "Re: ") + q.subject


def reply_msgid(r: Reply) -> str:
    """A Message-ID in the shape the sender's client or server gives it."""
    domain = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return (
            "<CA"
            + token(
                r.key,
                "msgid",
                44,
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+",
            )
            + "@mail.gmail.com>"
        )
    if r.client in OUTLOOK_FAMILY or r.client.startswith("notice"):
        host = (
            token(r.key, "host", 4)
            + "PR0"
            + str(pick(r.key, "pr", 9) + 1)
            + "MB"
            + token(r.key, "mb", 4, "0123456789")
        )
        return f"<{host}{token(r.key, 'msgid', 24, '0123456789ABCDEF')}@{host}.{domain}>"
    if r.client in {"apple", "apple_html", "iphone"}:
        h = token(r.key, "msgid", 32, "0123456789ABCDEF")
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    h = token(r.key, "msgid", 32, "0123456789abcdef")
    return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}@{domain}>"


def boundary_family(client: str) -> str:
    """Which boundary shape a client uses."""
    if client in OUTLOOK_FAMILY:
        return "outlook"
    if client.startswith("gmail"):
        return "gmail"
    if client.startswith("apple"):
        return "apple"
    return "other"


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a PDF when the sender attached one."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for a hand-written reply or notice."""
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, boundary_family(r.client))


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS_ALL = ("X-Auto-Response-Suppress", "All")
XARS_SOME = ("X-Auto-Response-Suppress", "DR, OOF, AutoReply")

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dean Marshall", "deanmarshall.roofing@gmail.com"),
        "2028-07-04 18:52",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
        inv="SS/31744",
        amount="618.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Kestrel Build Group - Accounts Payable", "ap-noreply@kestrelbuild.example"),
        "2028-07-06 05:14",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<p><b>KESTREL BUILD GROUP PLC</b><br>Accounts Payable Shared Service Centre<br>PO Box 7731, Basingstoke</p>\n"
        "<p><b>REMITTANCE ADVICE</b></p>\n"
        '<table border="1" cellpadding="3" cellspacing="0">\n'
        "<tr><td>Supplier</td><td>SOLENT SCAFFOLDING LTD (V-0021874)</td></tr>\n"
        "<tr><td>Payment number</td><td>0004418827</td></tr>\n"
        "<tr><td>Payment date</td><td>06/07/2028</td></tr>\n"
        "<tr><td>Payment method</td><td>BACS</td></tr>\n"
        "</table>\n<br>\n"
        '<table border="1" cellpadding="3" cellspacing="0">\n'
        '<tr><th>Your reference</th><th>Our document</th><th>Document date</th><th align="right">Amount GBP</th></tr>\n'
        '<tr><td>SS/31712</td><td>5105527781</td><td>19/05/2028</td><td align="right">1,450.00</td></tr>\n'
        '<tr><td>SS/31877</td><td>5105531204</td><td>02/06/2028</td><td align="right">2,316.00</td></tr>\n'
        '<tr><td>SS/CN0412</td><td>5105531966</td><td>09/06/2028</td><td align="right">-120.00</td></tr>\n'
        '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>3,646.00</b></td></tr>\n'
        "</table>\n"
        "<p>Funds should reach your account within three working days. For queries about this remittance please use the supplier portal and quote the payment number above.</p>\n"
        '<p style="color:#777777">This message was generated automatically. Replies to this address are not monitored.</p>\n'
        "</body></html>\n",
        lab(
            "SS/31712",
            "SS/31877",
            paid_date="2028-07-06",
            payment_reference="0004418827",
            amount="3646.00",
            currency="GBP",
            note="AP remittance advice, HTML only; the credit note line is not an invoice number; the total paid is the amount",
        ),
        subject="Remittance Advice - Payment 0004418827 - SOLENT SCAFFOLDING LTD",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Lorna Featherstone", "finance@hamblevale-academy.example"),
        "2028-07-10 11:26",
        "outlook_html",
        "Good morning,\n\nWe paid SS/31655 on Friday by BACS – £864.00, our reference SOLENT31655. It should be with you by now.\n\nCould you send me a copy of the invoice itself though? The original went to our old site manager and I need it for the audit file.\n\nMany thanks,\nLorna\n\nLorna Featherstone\nFinance Officer\nHamble Vale Academy Trust",
        lab(
            "SS/31655",
            paid_date="2028-07-07",
            payment_reference="SOLENT31655",
            amount="864.00",
            currency="GBP",
            note="paid, and asks for a copy for the audit file: the copy is not a condition of payment; 'Friday' from Mon 10 Jul",
        ),
        inv="SS/31655",
        amount="864.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Tobias Kranz", "t.kranz@kranz-buehnentechnik.example"),
        "2028-07-12 16:40",
        "thunderbird",
        "Hallo zusammen,\n\ndie Überweisung ist am Montag raus, 4.870,00 EUR mit Verwendungszweck SS/31790. Auslandsüberweisungen dauern bei unserer Bank leider immer ein, zwei Tage länger, sie sollte aber spätestens morgen bei Ihnen sein.\n\nGruß aus Köln\nTobias Kranz\n\n-- \nKranz Bühnentechnik GmbH & Co. KG\nBühnen · Tribünen · Überdachungen",
        lab(
            "SS/31790",
            paid_date="2028-07-10",
            amount="4870.00",
            currency="EUR",
            note="'am Montag' is past, so Mon 10 Jul; the invoice number as remittance text is not a payment reference",
        ),
        inv="SS/31790",
        amount="4870.00",
        cte="8bit",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sophie Marchal", "s.marchal@chantiernaval-cotentin.example"),
        "2028-07-10 14:03",
        "outlook",
        "Bonjour,\n\nLe règlement de votre facture SS/31821 a été effectué par virement SEPA le 07/07, référence VIR-2807-0193.\n\nBonne journée,\n\nSophie Marchal\nComptabilité fournisseurs\nChantier Naval du Cotentin – Cherbourg",
        lab("SS/31821", paid_date="2028-07-07", payment_reference="VIR-2807-0193"),
        inv="SS/31821",
        charset="windows-1252",
        headers=(XARS_SOME,),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Patrick Le Gall", "plegall.couverture@orange.fr"),
        "2028-07-05 07:48",
        "android",
        "DEJA PAYE LE 3 JUILLET. MERCI DE VERIFIER AVANT DE RELANCER.\n\nP. LE GALL",
        lab(paid_date="2028-07-03", note="all caps without accents, from a phone"),
        cte="b64",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Ramón Castillo", "ramon@reformascastillo.example"),
        "2028-07-17 21:05",
        "gmail",
        "Hola buenas,\n\nPerdonad que no haya contestado antes pero llevamos unas semanas de locos. Al final lo del hotel de Ryde se alargó casi un mes más de lo previsto porque el arquitecto cambió dos veces el remate de la cubierta y luego estuvo lloviendo una semana entera, así que el andamio estuvo montado más tiempo del que pensábamos, eso ya lo sabéis vosotros mejor que yo. Vuestros chicos se portaron muy bien, por cierto, sobre todo el que se llamaba Kev, que nos echó una mano con la lona el día que se voló.\n\nLo de la factura: la transferencia la hizo mi hija el jueves pasado, que es la que lleva ahora los papeles desde que se jubiló mi mujer. Si no os ha llegado decídmelo y le pregunto a ella, pero me dijo que estaba hecha.\n\nPara septiembre seguramente tengamos otra obra por allí, ya os llamaré para pedir presupuesto.\n\nUn abrazo,\nRamón",
        lab(
            paid_date="2028-07-13",
            note="the point is buried in a long reply; 'el jueves pasado' from Mon 17 Jul",
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Grupo Hotelero Alborán - Cuentas a Pagar",
            "cuentasapagar@grupoalboran.example",
        ),
        "2028-07-18 12:30",
        "outlook_html",
        "Estimados señores:\n\nLes informamos de que con fecha 18/07/2028 se ha ordenado el pago de la factura SS/31944 por importe de 3.120,50 EUR mediante transferencia bancaria, n.º de orden 2028-TR-55812.\n\nRogamos disculpen el retraso.\n\nAtentamente,\n\nInmaculada Ruiz Beltrán\nDepartamento de Cuentas a Pagar\nGrupo Hotelero Alborán, S.L.",
        lab(
            "SS/31944",
            paid_date="2028-07-18",
            payment_reference="2028-TR-55812",
            amount="3120.50",
            currency="EUR",
            note="transfer ordered today: sent",
        ),
        inv="SS/31944",
        amount="3120.50",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ruud Bosman", "ruud@dakwerkenbosman.example"),
        "2028-07-20 12:07",
        "iphone",
        "gedaan",
        lab(note="'gedaan' (done) in answer to a payment reminder: paid; no date"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Noordkade Terminals",
            "noreply.crediteuren@noordkade-terminals.example",
        ),
        "2028-07-21 06:02",
        "notice",
        "BETAALADVIES\n\nGeachte leverancier,\n\nHierbij ontvangt u de specificatie van onze betaling.\n\nLeverancier      : Solent Scaffolding Ltd (crediteurnr. 400178)\nBetaaldatum      : 21-07-2028\nBetalingskenmerk : 1000 4521 7789 0032\nValuta           : EUR\n\nFactuurnummer    Factuurdatum    Bedrag\nSS/31802         24-05-2028      1.980,00\n\nTotaal betaald                   1.980,00\n\nDit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u sturen naar crediteuren@noordkade-terminals.example onder vermelding van het betalingskenmerk.",
        lab(
            "SS/31802",
            paid_date="2028-07-21",
            payment_reference="1000 4521 7789 0032",
            amount="1980.00",
            currency="EUR",
            note="AP payment advice; the query address is not a new contact",
        ),
        subject="Betaaladvies 1000 4521 7789 0032",
        threaded=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Ferri", "c.ferri@restaurilapideiferri.example"),
        "2028-07-12 09:55",
        "apple",
        "Buongiorno,\n\nvi confermo che abbiamo saldato la fattura SS/31733 con bonifico dell'11/07/2028, CRO 58213470901.\n\nDistinti saluti\n\nDott.ssa Chiara Ferri\nUfficio Amministrazione\nRestauri Lapidei Ferri srl – Verona",
        lab("SS/31733", paid_date="2028-07-11", payment_reference="58213470901"),
        inv="SS/31733",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Marco Gentile", "marcogentile.imbianchino@gmail.com"),
        "2028-07-22 08:17",
        "gmail_plain",
        "pagata ieri sera dall app della banca , fammi sapere se arriva ciao\nMarco",
        lab(
            paid_date="2028-07-21",
            note="no punctuation, sent on a Saturday; 'ieri sera' is Fri 21 Jul",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Megan Doyle", "megan.doyle@harbourpointfm.example"),
        "2028-07-11 10:02",
        "outlook_html",
        "Hi,\n\nSS/31820 (£2,082.40) has been approved and is going out in Friday's payment run.\n\nKind regards,\n\nMegan Doyle\nPurchase Ledger Assistant\nHarbour Point Facilities Management Ltd\nTel: 023 8049 6877",
        lab(
            "SS/31820",
            promised_date="2028-07-14",
            amount="2082.40",
            currency="GBP",
            note="past tense describing a future payment run: Friday after Tue 11 Jul",
        ),
        inv="SS/31820",
        amount="2082.40",
        headers=(XARS_ALL,),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Steve Rowntree", "steve@rowntreeloftconversions.example"),
        "2028-07-17 07:36",
        "gmail_plain",
        "Hi, sorry for the radio silence, been out of office on a job in Bournemouth for 2 weeks and the signal in that loft was non existent. Back now and catching up on everything.\n\nWill get this paid by the end of the month, promise.\n\nSteve",
        lab(
            promised_date="2028-07-31",
            note="written by a person although the subject says 'Out of office'; 'end of the month' is 31 Jul",
        ),
        subject="Out of office",
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Wayne Pullen", "wpullen.building@hotmail.co.uk"),
        "2028-07-21 17:48",
        "android",
        "will sort it next thursday when the council pays me for the porch job cheers wayne",
        lab(
            promised_date="2028-07-27",
            note="no punctuation, conditional on his own customer; 'next thursday' from Fri 21 Jul",
        ),
        cte="b64",
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Heike Albers", "h.albers@werftservice-nordhafen.example"),
        "2028-07-19 11:15",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung SS/31856 wurde geprüft und ist für die Zahlung in KW 34 eingeplant.\n\nMit freundlichen Grüßen\n\nHeike Albers\nKreditorenbuchhaltung\n\nWerft- und Anlagenservice Nordhafen GmbH\nAm Nordkai 14 · 26382 Wilhelmshaven\nGeschäftsführer: Dr. Carsten Wübbena · Amtsgericht Oldenburg HRB 210733",
        lab(
            "SS/31856",
            promised_date="2028-08-21",
            note="'KW 34' is the ISO week of 21-27 Aug 2028: its Monday",
        ),
        inv="SS/31856",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Jonas Petersen", "jonas.petersen@gmx.de"),
        "2028-07-06 22:14",
        "iphone",
        "Sorry, ist untergegangen. Überweise ich morgen früh als Erstes!\n\nJonas",
        lab(
            promised_date="2028-07-07",
            note="'morgen früh' from Thu 6 Jul, late evening",
        ),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Élodie Marchetti", "elodie@grandlarge-evenements.example"),
        "2028-07-24 15:20",
        "gmail",
        "Bonjour,\n\nBien noté, merci. Nous réglons nos fournisseurs en fin de mois : la facture SS/31838 partira donc avec le virement groupé de lundi prochain.\n\nBonne fin de journée,\nÉlodie Marchetti\nGrand Large Événements",
        lab(
            "SS/31838",
            promised_date="2028-07-31",
            note="'fin de mois' and 'lundi prochain' agree: Mon 31 Jul",
        ),
        inv="SS/31838",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Javier Ortega", "jortega@construccionesortega.example"),
        "2028-07-05 13:41",
        "outlook_html",
        "Buenas tardes:\n\nLo tenemos previsto para finales de mes, en cuanto nos paguen la certificación de junio de la obra de Portsmouth.\n\nSaludos,\n\nJavier Ortega\nJefe de Administración\nConstrucciones Ortega e Hijos, S.L.",
        lab(
            promised_date="2028-07-31",
            note="'a finales de mes' is 31 Jul; conditional on their own client paying",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Benítez", "lucia.benitez@hotmail.es"),
        "2028-07-10 19:30",
        "iphone",
        "Todavía no, perdona, se me pasó por completo. Lo pago el 15 sin falta.",
        lab(
            promised_date="2028-07-15",
            note="'todavía no' is not a payment; 'el 15' from Mon 10 Jul",
        ),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Marloes Verbeek", "m.verbeek@installatiebedrijfverbeek.example"),
        "2028-07-11 14:52",
        "outlook_html",
        "Goedemiddag,\n\nWij hebben deze factuur nog NIET betaald, omdat onze directeur op vakantie is en hij alle betalingen boven de € 1.000 moet accorderen. Over twee weken is hij terug en dan gaat het er direct uit.\n\nExcuses voor het ongemak.\n\nMet vriendelijke groet,\n\nMarloes Verbeek\nAdministratie\nInstallatiebedrijf Verbeek B.V.",
        lab(
            promised_date="2028-07-25",
            note="negation first ('nog NIET betaald'), then a promise; 'over twee weken' from Tue 11 Jul",
        ),
        cte="b64",
        amount="3275.40",
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("Kees de Jong", "kees.dejong@dejongafbouw.example"),
        "2028-07-24 08:09",
        "gmail_plain",
        "Komt vrijdag goed! Groet Kees",
        lab(promised_date="2028-07-28", note="'vrijdag' from Mon 24 Jul"),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Alessandra Conti", "a.conti@edilconti.example"),
        "2028-07-20 10:44",
        "outlook",
        "Buongiorno,\n\nprovvederemo al saldo entro fine mese.\n\nCordiali saluti\nAlessandra Conti\nEdil Conti S.r.l.",
        lab(promised_date="2028-07-31", note="'entro fine mese' is 31 Jul"),
        charset="windows-1252",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        (
            "Linea Crociere Adriatica - Contabilità Fornitori",
            "contabilita.fornitori@lineacrociereadriatica.example",
        ),
        "2028-07-14 16:05",
        "outlook_html",
        "Spettabile Solent Scaffolding Ltd,\n\ncon la presente Vi comunichiamo che la fattura SS/31879 di € 7.450,00, relativa ai ponteggi per la manutenzione della nave durante la sosta a Southampton, è stata approvata e inserita nel ciclo di pagamento del 10/08/2028.\n\nRestiamo a disposizione per ogni chiarimento.\n\nDistinti saluti\n\nFrancesca Moretti\nContabilità Fornitori\nLinea Crociere Adriatica S.p.A.",
        lab(
            "SS/31879",
            promised_date="2028-08-10",
            amount="7450.00",
            currency="EUR",
            note="very formal; 'è stata approvata e inserita' is past tense for a future payment",
        ),
        inv="SS/31879",
        amount="7450.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Gary Winter", "gary@winterandsonsbuilders.example"),
        "2028-07-05 12:18",
        "outlook",
        "Hi,\n\nWe've paid for the hire we agreed – 6 weeks, £1,140.00, went over on 30 June. What we're not paying is the extra 3 weeks on SS/31761. Your lads were booked to strike it on the 9th of June and didn't show up until the 30th, despite me ringing the yard four times. I've got the call log.\n\nTake the extra weeks off and we're square.\n\nGary Winter\nWinter & Sons Builders",
        lab(
            "SS/31761",
            note="paid the agreed part and disputes the rest: dispute wins over the payment claim",
        ),
        inv="SS/31761",
        amount="1710.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Natasha Coombes", "natasha@coombesroofing.example"),
        "2028-07-10 09:02",
        "gmail",
        "Morning,\n\nWe have NOT paid this, and we won't until someone from your side calls me about the downtime at Lymington. The scaffold failed its weekly inspection twice in May (missing toe boards, then a loose tie on the north elevation) and my roofers lost four days standing around waiting for your team to come back and fix it.\n\nI'm happy to pay for what we actually got. I'm not paying full hire for a scaffold we weren't allowed on.\n\nNatasha Coombes\nCoombes Roofing Ltd",
        lab(note="'NOT paid' because of failed inspections and lost days: a dispute"),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Colin Ashdown", "colin.ashdown@tidewaterhomes.example"),
        "2028-07-20 16:47",
        "outlook_html",
        "Hello,\n\nApologies for the slow reply. We moved over to a new housing management system at the start of the month and half of our supplier emails ended up in a shared folder that nobody was watching, so I only found your reminders this afternoon.\n\nSome background in case it helps whoever picks this up: the Eastfield estate works were split into three phases. Phase 1 (Blocks A and B) went through fine and your invoices for those were paid in April and May as far as I can see. Phase 2 was Block C and the link bridge. The main contractor, Brightwell, has been replaced since then and I've been trying to get their paperwork out of them for weeks, which hasn't helped.\n\nAnyway, the reason SS/31904 hasn't been paid is that it includes the loading gantry at Block C, and that gantry was never put up. It was in the original quote, but we cancelled it on site on 22 May when the skip location changed – your supervisor Mark was there and agreed. Everything else on the invoice looks right to me.\n\nIf you can take the gantry off and send a revised invoice I'll get it through our approval process straight away. I'm in the office Tuesday to Thursday if you'd rather phone.\n\nRegards,\n\nColin Ashdown\nAsset & Facilities Manager\nTidewater Homes\nRegistered Provider of Social Housing",
        lab(
            "SS/31904",
            note="long reply with the point in the third paragraph: one charged item contested, the rest accepted",
        ),
        inv="SS/31904",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Bernd Köhler", "b.koehler@fassadenbau-koehler.example"),
        "2028-07-04 08:33",
        "outlook",
        "Guten Morgen,\n\nder Rechnung SS/31788 widersprechen wir. Abgerechnet sind 240 m² Fassadengerüst, gestellt wurden laut gemeinsamem Aufmaß vom 02.06. aber nur 185 m². Das Aufmaßprotokoll mit Unterschrift Ihres Kolonnenführers liegt uns vor.\n\nBitte schicken Sie uns eine korrigierte Rechnung, dann zahlen wir umgehend.\n\nMit freundlichen Grüßen\nBernd Köhler\nFassadenbau Köhler GmbH",
        lab(
            "SS/31788",
            note="contests the quantity; the corrected invoice asked for follows from the dispute",
        ),
        inv="SS/31788",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Sandra Winkelmann", "buchhaltung@dachtechnik-winkelmann.example"),
        "2028-07-26 13:58",
        "thunderbird",
        "Hallo,\n\ndie SS/31795 ist doppelt. Dieselbe Leistung (Dachfanggerüst Kirchstraße, Standzeit 15.05.–11.06.) haben Sie uns schon mit SS/31702 berechnet, und die haben wir am 20.06. bezahlt. Bitte stornieren Sie die SS/31795.\n\nViele Grüße\nSandra Winkelmann\nDachtechnik Winkelmann",
        lab(
            "SS/31795",
            "SS/31702",
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="SS/31795",
        cte="8bit",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Jean-Marc Perrin", "jm.perrin@perrin-toitures.example"),
        "2028-07-13 11:07",
        "outlook_html",
        "Bonjour,\n\nNous contestons les frais de « matériel manquant » facturés sur la SS/31840 (14 colliers et 6 planchers). Tout le matériel a été restitué le 23 juin et votre chauffeur a signé le bon de retour sans la moindre réserve (BR-0623-117).\n\nMerci de nous adresser un avoir pour ces lignes.\n\nCordialement,\nJean-Marc Perrin\nPerrin Toitures SARL",
        lab("SS/31840", note="contests a missing-equipment charge"),
        inv="SS/31840",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Karim Haddad", "karim.haddad@outlook.fr"),
        "2028-07-21 18:36",
        "iphone",
        "Euh non, on ne paiera pas ça. Le devis disait 2 800 € TTC et vous facturez 3 450 €. On en reparle quand la facture aura été corrigée.",
        lab(note="quote versus invoice; informal"),
        amount="3450.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Montserrat Vidal", "mvidal@vidalrehabilitacio.example"),
        "2028-07-25 10:20",
        "gmail_plain",
        "Buenos días:\n\nHemos pagado la parte del montaje (1.200 €), pero el alquiler de las semanas 5 a 8 no lo reconocemos: el andamio se desmontó el 2 de junio, como consta en el albarán de retirada. Os pido que rehagáis la factura SS/31911 solo con el montaje y las cuatro primeras semanas.\n\nUn saludo,\nMontserrat Vidal",
        lab("SS/31911", note="part paid, the rest contested: dispute"),
        inv="SS/31911",
        amount="2640.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Henk Hoekstra", "henk@bouwbedrijfhoekstra.example"),
        "2028-07-26 07:12",
        "android",
        "DIT KLOPT NIET. DE STEIGER HEEFT ER 3 WEKEN GESTAAN, GEEN 7. BEL ME MAAR\nHENK HOEKSTRA",
        lab(note="all caps from a phone"),
        cte="b64",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        (
            "Woonstichting Eemhaven - Vastgoedbeheer",
            "vastgoedbeheer@woonstichting-eemhaven.example",
        ),
        "2028-07-03 15:25",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij betwisten factuur SS/31873. In onze opdracht (inkoopnummer 2028-0412) is een vaste prijs van € 6.250,00 excl. btw afgesproken voor het plaatsen, de huur gedurende de looptijd van het project en het demonteren van de steigers. U brengt daarnaast € 1.140,00 aan 'verlengde huur' in rekening, terwijl de vertraging door uw eigen ploeg is veroorzaakt.\n\nWij verzoeken u een creditnota voor dit bedrag te sturen. Het onbetwiste deel wordt na ontvangst daarvan voldaan.\n\nMet vriendelijke groet,\n\ning. R. Dijkstra\nProjectleider Vastgoedbeheer\nWoonstichting Eemhaven",
        lab("SS/31873", note="formal; fixed-price order, extra hire contested"),
        inv="SS/31873",
        amount="7390.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Giorgio Sartori", "g.sartori@sartoricostruzioni.example"),
        "2028-07-06 17:50",
        "outlook_html",
        "Buonasera,\n\nnella fattura SS/31806 è addebitato il noleggio fino al 30/06, ma il ponteggio è stato smontato il 16/06 come da verbale firmato dal vostro caposquadra. Le due settimane in più non sono dovute.\n\nAttendo una nota di credito.\n\nSaluti\nGiorgio Sartori\nSartori Costruzioni srl",
        lab("SS/31806"),
        inv="SS/31806",
        charset="windows-1252",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Davide Ricci", "davide.ricci88@gmail.com"),
        "2028-07-15 13:03",
        "iphone",
        "ma scusate avevamo detto prezzo fisso 2000 tutto compreso perche mi arriva fattura da 2600 la differenza non la pago",
        lab(note="no punctuation or accents, from a phone"),
        amount="2600.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Lee Hanley", "leehanley.builder@gmail.com"),
        "2028-07-12 20:41",
        "gmail",
        "Hi there\n\nThings have been really tight since the Fareham job went bust and left me owed nearly eight grand, so I can't clear this in one go. Could I do £500 a month until it's paid off? I can start on the 1st of August and set up a standing order so you don't have to chase.\n\nSorry about this, never been in this position before.\n\nLee",
        lab(note="hardship and monthly instalments"),
        amount="3480.00",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Amrit Sandhu", "amrit@sandhu-extensions.example"),
        "2028-07-18 13:12",
        "apple_html",
        "Hi,\n\nI've sent £1,000 today and I'll clear the remaining £1,316.00 by the end of August. Hope that's OK – cash flow is a bit stretched until our big job in Chandler's Ford pays out.\n\nThanks,\nAmrit",
        lab(note="part paid today, the rest later: payment_plan, not payment_sent"),
        amount="2316.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Malcolm Tait", "treasurer@stmichaels-bramblehurst.example"),
        "2028-07-07 10:55",
        "outlook",
        "Dear Sir or Madam,\n\nI write as treasurer of the Parochial Church Council of St Michael and All Angels, Bramblehurst, regarding your invoice for the scaffold around the tower.\n\nThe roof repairs are being paid for largely from a heritage grant, and the second tranche of that grant has been delayed until the autumn. I am therefore not in a position to settle the full balance at present. Would it be acceptable to you if we paid it in three equal instalments at the end of August, September and October? The PCC met on Tuesday and approved this proposal, subject to your agreement.\n\nI should be grateful for your reply, and I apologise for the delay.\n\nYours faithfully,\n\nMalcolm Tait\nHon. Treasurer, Bramblehurst PCC",
        lab(note="very formal; three instalments while a grant is delayed"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Mustafa Yıldız", "m.yildiz@yildiz-bau.example"),
        "2028-07-10 12:25",
        "gmail_plain",
        "Hallo,\n\nkönnen wir die Rechnung in drei Raten zahlen? Erste Rate 1.500 € noch diese Woche, die zweite zum 15.08. und den Rest Mitte September. Im Moment hängen bei uns zwei Kunden mit den Zahlungen hinterher.\n\nDanke und Gruß\nMustafa Yıldız\nYıldız Bau",
        lab(note="three instalments; the dates belong to the plan, not to a promise"),
        amount="4260.00",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Ute Brandstätter", "u.brandstaetter@malerbetrieb-brandstaetter.example"),
        "2028-07-27 09:40",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Forderungsausfalls bei einem unserer Auftraggeber bitten wir Sie um einen Zahlungsaufschub für die Rechnung SS/31869 bis zum 30.09.2028. Wir bedauern die Verzögerung sehr und sichern Ihnen zu, dass der Betrag bis dahin vollständig beglichen wird.\n\nFür Ihr Verständnis bedanken wir uns.\n\nMit freundlichen Grüßen\n\nUte Brandstätter\nMalerbetrieb Brandstätter e.K.",
        lab(
            "SS/31869",
            note="asks for more time (deferral to 30.09.): payment_plan, the date is not a promise",
        ),
        inv="SS/31869",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Roux", "nathalie.roux@roux-ravalement.example"),
        "2028-07-04 12:48",
        "iphone",
        "Bonjour, serait-il possible d'échelonner le paiement en 4 mensualités ? La saison a très mal commencé pour nous. Merci d'avance\nNathalie Roux",
        lab(),
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Hervé Lemoine", "herve.lemoine@lemoine-charpente.example"),
        "2028-07-19 17:22",
        "thunderbird",
        "Bonjour,\n\nSuite à votre relance, je vous propose de régler la moitié de la facture SS/31852 dès cette semaine et le solde fin septembre. Dites-moi si cela vous convient, je lancerai le premier virement dès votre accord.\n\nCordialement,\nHervé Lemoine\nLemoine Charpente",
        lab("SS/31852", note="half now, the rest at the end of September"),
        inv="SS/31852",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Paco Jiménez", "paco@jimenezcubiertas.example"),
        "2028-07-28 14:10",
        "android",
        "¿Podemos pagarlo en dos veces? La mitad ahora y la otra mitad a mediados de agosto. Gracias",
        lab(),
        cte="b64",
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Rocío Navarro Peña", "rnavarro@talleresnavalesdelsur.example"),
        "2028-07-24 11:38",
        "outlook",
        "Estimados señores:\n\nDebido a las tensiones de tesorería que atraviesa nuestra empresa este verano, les solicitamos un aplazamiento de 60 días para el pago de la factura SS/31927. Si lo prefieren, podemos abonarla en dos plazos, el primero a finales de agosto y el segundo a finales de septiembre.\n\nQuedamos a la espera de su respuesta.\n\nAtentamente,\n\nRocío Navarro Peña\nDirectora Financiera\nTalleres Navales del Sur, S.A.",
        lab("SS/31927", note="deferral or two instalments"),
        inv="SS/31927",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Sander Vos", "sander@schildersbedrijfvos.example"),
        "2028-07-13 19:58",
        "iphone",
        "Hoi, kunnen we dit in termijnen doen? €500 per week tot het voldaan is? Het is even krap deze zomer… groet Sander",
        lab(note="weekly instalments"),
        amount="2150.00",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Roberta Galli", "r.galli@gallirestauri.example"),
        "2028-07-11 15:15",
        "outlook_html",
        "Gentili signori,\n\nvi chiediamo cortesemente di poter rateizzare l'importo della fattura SS/31814 in tre rate mensili di pari importo, a partire da fine agosto. Il committente dei lavori ci ha comunicato un ritardo nei pagamenti e al momento non siamo in grado di saldare l'intera somma.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nRoberta Galli\nGalli Restauri snc",
        lab("SS/31814"),
        inv="SS/31814",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Luca Bianchi", "luca.bianchi.edile@gmail.com"),
        "2028-07-17 08:05",
        "gmail",
        "Buongiorno, intanto vi ho fatto un bonifico di 1.000 euro, il resto ve lo mando entro fine agosto. Scusate il ritardo.\nLuca",
        lab(note="part now, the rest by the end of August: payment_plan"),
        amount="2870.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Priya Raman", "ap.invoices@coastlinecontracting.example"),
        "2028-07-05 14:37",
        "outlook_html",
        "Hello,\n\nWe can't process SS/31890 as it doesn't quote a valid purchase order – our system rejects anything without one. Please reissue it with PO 4500021877 and once we have the corrected invoice we will pay it in the next run.\n\nKind regards,\n\nPriya Raman\nAccounts Payable\nCoastline Contracting plc",
        lab(
            "SS/31890",
            note="conditional payment: reissue with the PO first; not contested",
        ),
        inv="SS/31890",
        headers=(XARS_SOME,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Okoro", "tom.okoro@okoroproperty.example"),
        "2028-07-13 12:40",
        "gmail_plain",
        "Hi,\n\ncan you send me a breakdown for this one please? I can't match it to any of our jobs. Which site was it for and what dates?\n\nCheers\nTom",
        lab(note="asks what the invoice is for without contesting it"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Creditor Payments Team", "creditor.payments@marchbourne-dc.example"),
        "2028-07-25 10:09",
        "outlook",
        "Dear Supplier,\n\nThank you for your email. We have no record of Solent Scaffolding Ltd on our supplier database, so this invoice cannot be paid yet.\n\nBefore we can process payment, please complete the attached supplier set-up form and return it together with confirmation of your bank details on company letterhead, signed by a director. This is a standard control to protect the Council against mandate fraud.\n\nOnce your supplier account is active, invoice SS/31935 will be paid under our standard 30-day terms.\n\nYours sincerely,\n\nCreditor Payments Team\nFinance Directorate\nMarchbourne District Council",
        lab(
            "SS/31935",
            note="public body: supplier set-up and bank details on letterhead before paying",
        ),
        inv="SS/31935",
        attachment=("Supplier_Setup_Form_v7.pdf", FAKE_PDF),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Lindner", "p.lindner@lindner-immobilien.example"),
        "2028-07-03 10:30",
        "gmail",
        "Guten Tag,\n\nuns liegt nur Ihre Erinnerung vor, die Rechnung selbst haben wir nie bekommen. Bitte senden Sie uns die Rechnung als PDF zusammen mit dem Aufmaß bzw. Leistungsnachweis, damit wir sie prüfen und anweisen können.\n\nFreundliche Grüße\nPetra Lindner\nLindner Immobilienverwaltung",
        lab(),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Frank Schuster", "f.schuster@schuster-metallbau.example"),
        "2028-07-14 13:16",
        "outlook",
        "Hallo,\n\nin Ihrer Erinnerung steht eine andere Bankverbindung als auf der Rechnung vom Mai. Bevor wir etwas überweisen, bestätigen Sie uns bitte die richtige IBAN schriftlich auf Ihrem Briefpapier – wir hatten letztes Jahr schon einen Betrugsfall mit gefälschten Kontodaten.\n\nGruß\nFrank Schuster\nBuchhaltung, Schuster Metallbau GmbH",
        lab(note="bank details to be confirmed before paying; not contested"),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Camille Durand", "c.durand@atlantique-facades.example"),
        "2028-07-12 09:21",
        "outlook_html",
        "Bonjour,\n\nPourriez-vous nous renvoyer la facture SS/31847 en y faisant figurer notre numéro de bon de commande (BC-2028-0588) ? Sans cette mention, notre service comptable ne peut ni l'enregistrer ni la mettre en paiement.\n\nMerci par avance,\nCamille Durand\nAssistante de direction\nAtlantique Façades",
        lab("SS/31847", note="reissue with the PO number"),
        inv="SS/31847",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Gilles Fontaine", "gilles.fontaine@fontaine-batiment.example"),
        "2028-07-18 16:02",
        "apple",
        "Bonjour,\n\nNous n'avons jamais reçu la facture d'origine, seulement cette relance. Pouvez-vous nous la transmettre, ainsi qu'un relevé de compte à jour ? Je la ferai passer au règlement dès réception.\n\nBien à vous,\nGilles Fontaine",
        lab(note="copy and statement of account before paying"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Beatriz Soler", "beatriz@solerinteriorismo.example"),
        "2028-07-06 11:44",
        "gmail",
        "Hola,\n\nNecesitamos que la factura vaya a nombre de la sociedad, Soler Interiorismo S.L., con nuestro CIF B12345678; la que nos mandasteis está a nombre de nuestro encargado de obra. En cuanto nos enviéis la correcta, la pagamos.\n\nGracias,\nBeatriz",
        lab(note="reissue to the company name; payment follows"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pedro Sanz", "pedro.sanz@sanzmontajes.example"),
        "2028-07-26 18:55",
        "iphone",
        "Me podeis mandar un extracto de cuenta? Para cuadrar la contabilidad del trimestre. Gracias",
        lab(note="statement of account; no opening question mark or accents"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Ilse de Wit", "ilse@dewitdakdekkers.example"),
        "2028-07-10 10:11",
        "outlook",
        "Goedemorgen,\n\nKunt u een kopie van factuur SS/31829 sturen? Ik kan hem nergens terugvinden in onze administratie.\n\nAlvast bedankt,\nIlse de Wit\nDe Wit Dakdekkers",
        lab("SS/31829"),
        inv="SS/31829",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        (
            "Gemeente Oosterdijk - Team Inkoop & Facturatie",
            "facturen@oosterdijk.example",
        ),
        "2028-07-27 13:30",
        "outlook_html",
        "Geachte leverancier,\n\nWij kunnen uw factuur niet in behandeling nemen. Sinds 1 januari accepteert de gemeente uitsluitend e-facturen (UBL) die via het Peppol-netwerk worden aangeleverd, met vermelding van het inkoopordernummer. Een pdf per e-mail wordt niet verwerkt.\n\nWilt u factuur SS/31866 opnieuw indienen als e-factuur met inkoopordernummer 2028-IO-3319? Na ontvangst wordt deze binnen 30 dagen betaald.\n\nMet vriendelijke groet,\n\nTeam Inkoop & Facturatie\nGemeente Oosterdijk",
        lab(
            "SS/31866",
            note="public body: resubmit as an e-invoice with the order number; a format, not a new contact",
        ),
        inv="SS/31866",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Serena Marini", "s.marini@marinicostruzioni.example"),
        "2028-07-21 12:02",
        "thunderbird",
        "Buongiorno,\n\nper procedere al pagamento la nostra amministrazione ha bisogno di copia della fattura SS/31883 e del verbale di ispezione del ponteggio. Potete inviarceli?\n\nGrazie\nSerena Marini\nMarini Costruzioni srl",
        lab("SS/31883", note="documents needed before paying"),
        inv="SS/31883",
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Darren Pike", "darren.pike@harrowgatebuild.example"),
        "2028-07-04 07:05",
        "iphone",
        "Not me mate, I'm site. Invoices go to accounts.payable@harrowgatebuild.example\n\nDarren",
        lab(new_contact="accounts.payable@harrowgatebuild.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@meridian-developments.example"),
        "2028-07-19 14:44",
        "html_only",
        "Dear Supplier,\n\nPlease be advised that our accounts department has relocated and is now operating from a new email address. With immediate effect, kindly update your records and send all future statements, reminders and correspondence regarding our account to:\n\nmeridian.accounts.dept@outlook.com\n\nPlease do not reply to this address as it will be closed shortly. Kindly confirm once your records have been updated and let us know the total outstanding balance on our account, as we are preparing a payment run this week.\n\nBest Regards,\nAccounts Department\nMeridian Developments Ltd",
        lab(
            new_contact="meridian.accounts.dept@outlook.com",
            note="asks to redirect collection mail to a free-mail address and reads like fraud; labelled by what it asks, and a person should verify it by phone",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Sophie Lang", "sophielangphotography@gmail.com"),
        "2028-07-08 11:32",
        "gmail_plain",
        "Hi, I think you've got the wrong Sophie. I'm a wedding photographer, I've never hired scaffolding in my life! Maybe check the email address you have on file.\n\nSophie",
        lab(note="wrong person, no other address given"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Matthias Krämer", "m.kraemer@bauwerk-hansa.example"),
        "2028-07-20 07:50",
        "outlook",
        "Moin,\n\nich bin nur der Bauleiter und kann mit Rechnungen nichts anfangen. Bitte schicken Sie Rechnungen und Mahnungen künftig direkt an unsere Kreditorenbuchhaltung: kreditoren@bauwerk-hansa.example\n\nDanke und Gruß\nMatthias Krämer\nBauleitung – Bauwerk Hansa GmbH",
        lab(new_contact="kreditoren@bauwerk-hansa.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Véronique Blanc", "v.blanc@ateliers-normands.example"),
        "2028-07-11 09:40",
        "outlook_html",
        "Bonjour,\n\nJe ne suis plus en charge de la comptabilité fournisseurs depuis le 1er juillet. Merci d'adresser désormais vos factures et relances à Compta.Fournisseurs@ateliers-normands.example.\n\nCordialement,\nVéronique Blanc\nLes Ateliers Normands",
        lab(
            new_contact="compta.fournisseurs@ateliers-normands.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Bâtir Provence", "compta@batirprovence.example"),
        "2028-07-24 10:02",
        "notice",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er juin 2028. Pour toute question relative aux factures et aux paiements, merci d'écrire à factures@batirprovence.example.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.",
        lab(
            new_contact="factures@batirprovence.example",
            note="automatic notice that the mailbox is no longer read, naming its replacement: wrong_contact",
        ),
        subject="Réponse automatique : {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Alberto Gómez", "alberto.gomez@construccionesolmedo.example"),
        "2028-07-07 13:20",
        "gmail_plain",
        "Hola,\n\nYo ya no llevo las facturas de Construcciones Olmedo, ahora estoy solo en obra. Escribid a administracion@construccionesolmedo.example, que es quien se encarga de los pagos.\n\nSaludos",
        lab(new_contact="administracion@construccionesolmedo.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Marisa Ferrer", "info@academiaferrer.example"),
        "2028-07-25 12:50",
        "iphone",
        "Creo que se han equivocado de empresa. Nosotros somos una academia de idiomas, nunca hemos contratado andamios.",
        lab(note="wrong company, no other address given"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Jeroen van Dam", "jeroen@bouwbedrijfvandam.example"),
        "2028-07-12 06:48",
        "android",
        "Deze is bij mij verkeerd terechtgekomen, ik ben uitvoerder. Facturen graag naar crediteuren@bouwbedrijfvandam.example\n\nJeroen",
        lab(new_contact="crediteuren@bouwbedrijfvandam.example"),
        cte="b64",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Anouk Smit", "a.smit@kleinveldinstallatie.example"),
        "2028-07-28 11:05",
        "outlook_html",
        "Goedemiddag,\n\nKleinveld Installatietechniek is per 1 juli onderdeel geworden van de Hollander Groep. Vanaf die datum lopen alle inkoopfacturen en betalingen via het financiële servicecentrum van de groep. Wilt u uw herinneringen en facturen voortaan sturen naar ap@hollandergroep.example? Op dit adres worden ze niet meer verwerkt.\n\nMet vriendelijke groet,\n\nAnouk Smit\nKleinveld Installatietechniek B.V.",
        lab(
            new_contact="ap@hollandergroep.example",
            note="taken over; the group's payables address",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Stefano Russo", "s.russo@edilcostasud.example"),
        "2028-07-03 08:58",
        "outlook",
        "Buongiorno,\n\nnon sono io la persona giusta: mi occupo solo della sicurezza in cantiere. Per le fatture dovete scrivere alla nostra amministrazione, amministrazione@edilcostasud.example.\n\nSaluti\nStefano Russo",
        lab(new_contact="amministrazione@edilcostasud.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Giulia Fabbri", "giulia.fabbri@libero.it"),
        "2028-07-27 21:14",
        "thunderbird",
        "Buonasera, credo abbiate sbagliato indirizzo: sono una privata e non ho mai avuto rapporti con la vostra ditta. Vi prego di verificare.\nGiulia Fabbri",
        lab(note="private person, wrong address; no other address given"),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Kevin Brooks", "kev.brooks@brooksgroundworks.example"),
        "2028-07-18 19:26",
        "gmail_plain",
        "I've told you twice now I'm paying this on the 15th when my client pays me. Stop emailing me every other day about it, it's getting ridiculous.\n\nKevin",
        lab(note="a promise plus 'stop emailing me': unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Harriet Quayle", "h.quayle@quaylemarine.example"),
        "2028-07-10 16:30",
        "outlook_html",
        "Dear Sirs,\n\nThis matter has been passed to our solicitors, Brackley Moss LLP (ref. HQ/2291/LT), who are instructed in respect of your company's work at Town Quay. Please direct all further correspondence to them and do not contact this office directly.\n\nYours faithfully,\n\nHarriet Quayle\nDirector\nQuayle Marine Services Ltd",
        lab(note="'talk to our solicitors', no address given: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Mick Tanner", "mick.tanner64@outlook.com"),
        "2028-07-09 08:03",
        "iphone",
        "UNSUBSCRIBE",
        lab(note="one word, all caps, sent on a Sunday"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Rainer Hofmann", "r.hofmann@hofmann-dachbau.example"),
        "2028-07-05 11:11",
        "outlook",
        "Guten Tag,\n\nbitte senden Sie uns keine E-Mails mehr an diese Adresse. Schriftverkehr zu Rechnungen ausschließlich per Post an unsere Geschäftsadresse.\n\nHofmann",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dr. Verena Schmitz", "v.schmitz@kanzlei-schmitz-partner.example"),
        "2028-07-13 14:20",
        "html_only",
        "Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass wir die rechtlichen Interessen der Nordlicht Events GmbH vertreten. Ihre Zahlungserinnerung wurde uns von unserer Mandantin zur Bearbeitung übergeben.\n\nWir bitten Sie, künftig ausschließlich mit unserer Kanzlei zu korrespondieren und von einer direkten Kontaktaufnahme mit unserer Mandantin abzusehen. Zu der Forderung selbst werden wir gesondert Stellung nehmen.\n\nMit freundlichen Grüßen\n\nDr. Verena Schmitz\nRechtsanwältin\nSchmitz & Partner Rechtsanwälte mbB",
        lab(
            note="the customer's lawyer: no more direct contact; the sender's own address is not a new contact"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Texier", "bernard.texier@wanadoo.fr"),
        "2028-07-20 10:47",
        "apple_html",
        "Monsieur,\n\nJe vous prie de ne plus m'écrire par courriel. Je ne donnerai suite qu'aux courriers postaux, adressés à mon domicile.\n\nB. Texier",
        lab(note="post only"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Fernando Aguilar", "faguilar@aguilarobras.example"),
        "2028-07-14 12:12",
        "outlook",
        "Buenos días:\n\nLes ruego que dejen de enviar correos a esta dirección. Cualquier comunicación sobre la factura, por carta certificada al domicilio social de la empresa.\n\nAtentamente,\nFernando Aguilar",
        lab(note="registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Nuria Caballero", "nuria.caballero@yahoo.es"),
        "2028-07-24 23:02",
        "iphone",
        "No quiero recibir más correos vuestros. Borrad mi dirección ya, por favor.",
        lab(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Erik Mulder", "erik@mulderbouw.example"),
        "2028-07-11 20:15",
        "gmail_plain",
        "Stop met mailen. We hebben een advocaat ingeschakeld en alles loopt vanaf nu via hem. Jullie horen van hem.\n\nE. Mulder",
        lab(note="stop, and 'through our lawyer'"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Fatima El Amrani", "fatima@elamraniinterieur.example"),
        "2028-07-26 09:33",
        "android",
        "Graag afmelden voor deze mails, dank u.",
        lab(),
        cte="b64",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Ornella Villa", "o.villa@villaimpianti.example"),
        "2028-07-19 15:48",
        "outlook_html",
        "Spett.le Solent Scaffolding,\n\nvi preghiamo di non inviare più e-mail a questo indirizzo. Qualsiasi comunicazione relativa alla fattura dovrà pervenirci esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti\nOrnella Villa\nVilla Impianti srl",
        lab(note="registered post only"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Franco De Luca", "franco.deluca61@gmail.com"),
        "2028-07-28 07:44",
        "gmail_plain",
        "BASTA MAIL!!! ho gia detto che pago a fine mese, non scrivetemi piu",
        lab(note="all caps stop plus a promise: unsubscribe beats the promise"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Rachel Dunmore", "rachel.dunmore@pennantestates.example"),
        "2028-07-06 09:15",
        "notice",
        "Thank you for your email. I'm on annual leave until Monday 17 July with limited access to email.\n\nFor anything urgent about supplier payments please contact James Whitlock on james.whitlock@pennantestates.example or 023 8049 6230.\n\nRachel",
        lab(
            return_date="2028-07-17",
            note="a colleague's address in an auto-reply is not a new contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_REPLIED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "rachel.dunmore@pennantestates.example"),
        ),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        (
            "Shoreline Housing Finance Helpdesk",
            "finance.helpdesk@shorelinehousing.example",
        ),
        "2028-07-03 09:16",
        "notice",
        "Hello,\n\nThanks for getting in touch with the Shoreline Housing finance team. Your message has been logged as ticket FIN-448120 and passed to the Accounts Payable queue.\n\nWe aim to reply to supplier queries within five working days. If you need to add anything, reply to this email and keep the ticket number in the subject line.\n\nShoreline Housing Finance Helpdesk\nThis is an automated message.",
        lab(note="ticket acknowledgement carrying only Precedence: auto_reply"),
        subject="[Ticket FIN-448120] {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Owen Price", "owen@priceandpartnersbuild.example"),
        "2028-07-24 08:02",
        "notice",
        "Hi,\n\nI'm out on site visits from 24th to 28th July with patchy signal and will be back in the office on Monday 31st. I'll pick up emails then.\n\nOwen",
        lab(return_date="2028-07-31", note="only X-Autoreply marks it as automatic"),
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Neumann", "c.neumann@hafenlogistik-weser.example"),
        "2028-07-11 10:22",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 10.07. bis 21.07.2028 im Urlaub. Ab Montag, dem 24.07., bin ich wieder im Büro. Ihre E-Mail wird in der Zwischenzeit nicht weitergeleitet; in dringenden Fällen wenden Sie sich bitte an buchhaltung@hafenlogistik-weser.example.\n\nMit freundlichen Grüßen\nClaudia Neumann",
        lab(
            return_date="2028-07-24",
            note="the stated day back; the colleague mailbox is not a new contact",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Servicedesk Rechnungswesen", "rechnungswesen@stadtwerke-nordkueste.example"),
        "2028-07-14 11:03",
        "notice",
        "Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2028071400123 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns so bald wie möglich bei Ihnen.\n\nBitte antworten Sie nicht auf diese E-Mail. Wenn Sie weitere Unterlagen nachreichen möchten, geben Sie die Vorgangsnummer im Betreff an.\n\nIhr Servicedesk Rechnungswesen\nStadtwerke Nordküste",
        lab(note="ticket acknowledgement from a municipal utility"),
        subject="[#2028071400123] Ihre Anfrage ist eingegangen",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Moreau", "i.moreau@port-plaisance-caen.example"),
        "2028-07-19 09:30",
        "notice",
        "Bonjour,\n\nJe suis absente du 17 juillet au 4 août inclus, sans accès à ma messagerie. Je serai de retour le lundi 7 août et traiterai votre message à ce moment-là.\n\nPour toute urgence, vous pouvez joindre l'accueil de la capitainerie au 02 61 91 04 27.\n\nIsabelle Moreau",
        lab(return_date="2028-08-07", note="the stated day back"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Thomas Garnier", "t.garnier@garnier-btp.example"),
        "2028-07-17 08:45",
        "notice",
        "Bonjour,\n\nJe suis en congés jusqu'au 21/07. Votre message sera traité à mon retour.\n\nCordialement,\nThomas Garnier",
        lab(
            return_date="2028-07-21",
            note="no Auto-Submitted or other marker; 'jusqu'au 21/07' with no day back is that date",
        ),
        subject="Absent jusqu'au 21/07 (Re: {rsub})",
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Carmen Iglesias", "carmen.iglesias@navieraiberica.example"),
        "2028-07-20 17:00",
        "notice",
        "Gracias por su mensaje. Estoy fuera de la oficina por vacaciones y me incorporo el 1 de agosto. Durante mi ausencia el correo no se revisa; para asuntos urgentes pueden escribir a proveedores@navieraiberica.example.\n\nUn saludo,\nCarmen Iglesias",
        lab(return_date="2028-08-01"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Bas Jansen", "b.jansen@jansenvastgoed.example"),
        "2028-07-07 12:31",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 14 juli en vanaf maandag 17 juli weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nBas Jansen",
        lab(return_date="2028-07-17", note="the stated day back"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Hout & Co Timmerfabriek", "info@houtenco.example"),
        "2028-07-26 14:19",
        "notice",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht goed ontvangen en streven ernaar binnen twee werkdagen te reageren. In de zomermaanden kan dit iets langer duren.\n\nTeam Hout & Co",
        lab(note="company autoresponder without any auto-reply header"),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Rossi", "v.rossi@cantierenauticoligure.example"),
        "2028-07-28 18:10",
        "notice",
        "Gentile mittente,\n\nsarò assente per ferie dal 24/07 al 18/08, con accesso limitato alla posta. Rientro in ufficio lunedì 21/08.\n\nPer questioni urgenti relative ai pagamenti potete contattare l'ufficio amministrazione.\n\nCordiali saluti\nValentina Rossi",
        lab(return_date="2028-08-21", note="the stated day back"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Marmi Apuani S.r.l.", "amministrazione@marmiapuani.example"),
        "2028-07-21 12:00",
        "notice",
        "Vi informiamo che i nostri uffici resteranno chiusi per la pausa estiva dal 21 luglio al 18 agosto.\n\nLe e-mail ricevute in questo periodo saranno evase alla riapertura.\n\nMarmi Apuani S.r.l.",
        lab(
            return_date="2028-08-18",
            note="office closure; 'al 18 agosto' with no day back is that date",
        ),
        subject="Chiusura estiva",
        charset="windows-1252",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Sam Whitfield", "sam@whitfieldcarpentry.example"),
        "2028-07-05 13:29",
        "iphone",
        "Did we not pay this? Thought Karen did it with the others last month",
        lab(note="asks whether it was paid: not a payment claim"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Jo Barnard", "jo.barnard@barnardbuild.example"),
        "2028-07-13 08:14",
        "gmail",
        "Morning, while I've got you – can someone come out and do the inspection on the scaffold at Hythe Marina? The tag ran out on Monday and the sparks won't go up until it's been signed off. Site's open from 7.\n\nJo",
        lab(note="operational request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Emma Lytton", "emma.lytton@southwickhall.example"),
        "2028-07-21 15:40",
        "outlook",
        "Hello,\n\nThank you, I've passed this on to our accounts team.\n\nKind regards,\nEmma Lytton\nPA to the Estate Manager\nSouthwick Hall Estate",
        lab(note="passed on internally; no address given and nothing promised"),
        charset="windows-1252",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Andreas Vogel", "a.vogel@vogel-zimmerei.example"),
        "2028-07-18 10:57",
        "outlook_html",
        "Hallo,\n\ndanke für den Hinweis. Ich kläre das intern mit unserer Buchhaltung und melde mich dann wieder bei Ihnen.\n\nGruß\nAndreas Vogel\nZimmerei Vogel",
        lab(note="will check internally: no intent yet"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Weserdach Bedachungen GmbH", "info@weserdach.example"),
        "2028-07-06 15:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass das Amtsgericht Bremen mit Beschluss vom 30.06.2028 das Insolvenzverfahren über das Vermögen der Weserdach Bedachungen GmbH eröffnet hat. Zahlungen auf Altforderungen dürfen wir ab sofort nicht mehr leisten. Bitte melden Sie Ihre Forderung schriftlich beim Insolvenzverwalter zur Tabelle an.\n\nMit freundlichen Grüßen\nWeserdach Bedachungen GmbH\ni. A. Monika Brandt",
        lab(note="insolvency notice: a person must file the claim; no address given"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Julien Perret", "julien.perret@perret-maconnerie.example"),
        "2028-07-27 12:05",
        "iphone",
        "Ok noté.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Michel Aubert", "michel.aubert@laposte.net"),
        "2028-07-03 17:33",
        "apple",
        "Bonjour,\n\nJ'ai pris ma retraite et l'entreprise Aubert Couverture a été radiée au 30 juin. Je ne sais pas trop ce qu'il en est de cette facture, je vais voir avec mon comptable et je reviens vers vous.\n\nCordialement,\nMichel Aubert",
        lab(note="business closed; the writer is still the right person and promises nothing"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Dani Moreno", "dani.moreno@moreno-reformas.example"),
        "2028-07-07 14:50",
        "iphone",
        "Recibido. Lo hablo con el jefe el lunes y te digo algo.",
        lab(note="promises an answer, not a payment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Laura Campos", "lcampos@camposarquitectura.example"),
        "2028-07-12 10:36",
        "outlook_html",
        "Buenos días:\n\nAprovecho el hilo para preguntaros otra cosa: ¿nos podríais enviar presupuesto para un andamio de fachada en una obra nueva en Cowes? Serían unos 30 metros lineales y tres alturas, a partir de septiembre.\n\nLo de la factura lo está mirando nuestro contable.\n\nUn saludo,\nLaura Campos\nCampos Arquitectura",
        lab(note="quote request for new work; the invoice is 'being looked at'"),
        charset="windows-1252",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Niels Bakker", "niels.bakker@bakkerdakwerk.example"),
        "2028-07-04 12:22",
        "android",
        "Ontvangen, ik kijk ernaar zodra ik terug ben van de bouwplaats.",
        lab(note="acknowledgement from a phone"),
        cte="b64",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Yvonne Kramer", "yvonne.kramer@kramerbv.example"),
        "2028-07-20 16:10",
        "gmail",
        "Goedemiddag,\n\nIk twijfel eerlijk gezegd of deze mail echt van jullie komt, er gaat de laatste tijd zoveel nep rond. Ik bel morgen even met jullie kantoor om het na te vragen.\n\nGroet,\nYvonne Kramer",
        lab(note="doubts the reminder is genuine and will phone"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Paola Lombardi", "p.lombardi@lombardiserramenti.example"),
        "2028-07-25 09:12",
        "thunderbird",
        "Buongiorno,\ngrazie, inoltro alla nostra amministrazione.\n\nPaola Lombardi",
        lab(note="forwarded internally; no address given"),
        cte="8bit",
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
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    style: str
    note: str | None = None
    uk: bool = False
    queued_minutes: int = 2

    @property
    def dt(self) -> datetime:
        """Date of the report, in the reporting server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=UK if self.uk else CE)

    @property
    def sent(self) -> datetime:
        """When the reminder left the credit-control mailbox."""
        return (self.dt - timedelta(minutes=self.queued_minutes)).astimezone(UK)

    @property
    def invoice(self) -> str:
        """The invoice the returned reminder chased."""
        return default_invoices()[self.key]

    @property
    def subject(self) -> str:
        """Subject of the returned reminder."""
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The returned reminder."""
        amount = f"{420 + pick(self.key, 'amount', 5200)}.00"
        return reminder_message(self.key, self.rlang, self.rcpt, self.sent, self.invoice, amount)

    def reminder_headers(self) -> str:
        """The returned reminder's header block."""
        return "".join(f"{name}: {value}\n" for name, value in self.reminder().items())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        *extra,
        f"Arrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
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
    """A text/rfc822-headers part with the returned reminder's headers."""
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, markup: bool = False, charset: str = "utf-8", cte: str = "qp") -> Message:
    """The human-readable part of a report, plain or plain + HTML."""
    plain = text_part(text, "plain", charset, cte)
    if not markup:
        return plain
    rich = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + html_paragraphs(text)
        + "</body></html>\n"
    )
    return alternative(plain, text_part(rich, "html", charset, cte))


def stamp(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    family: str,
    auto: str | None = "auto-replied",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(maxsplit=1)[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = auto
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, family)


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def bounce_postfix_user_unknown(b: Bounce) -> Message:
    """Postfix with a site-specific template: RFC 3464, returned headers only."""
    text = (
        "This is the mail system at host mx1.solent-scaffold.example.\n\n"
        "Your message could not be delivered to one of its recipients.\n"
        "The receiving server says the address does not exist, so we will\n"
        "not try again. The headers of your message are attached below.\n\n"
        "If you believe the address is right, check it with the recipient\n"
        "by phone before sending again.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.fletcherroofing.example[203.0.113.25] said:\n"
        f"    550 5.1.1 <{b.rcpt}>... User unknown (in reply to RCPT TO command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>... User unknown"
    ds = delivery_status(
        b,
        "mx1.solent-scaffold.example",
        "failed",
        diag,
        "mx.fletcherroofing.example",
        ("X-Postfix-Queue-ID: 4W7qLm2ZsHz9vKp", f"X-Postfix-Sender: rfc822; {AR_ADDR}"),
    )
    msg = report(human(text, charset="us-ascii", cte="7bit"), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "MAILER-DAEMON@mx1.solent-scaffold.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        "mta",
    )


def bounce_qmail_domain(b: Bounce) -> Message:
    """qmail's classic failure notice: not MIME, the whole message copied below a line."""
    returned = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mail.solent-scaffold.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.rcpt.split('@')[1]}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1004); {format_datetime(b.sent)}\n"
        f"{returned}"
    )
    msg = Message()
    msg.set_payload(text)
    return stamp(
        b,
        msg,
        "MAILER-DAEMON@mail.solent-scaffold.example",
        "failure notice",
        "other",
        auto=None,
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim's 24-hour delay warning: plain text, not RFC 3464."""
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mx1.solent-scaffold.example.\n\n"
        "The message identifier is:     1tQx7K-0009Zr-2B\n"
        f"The subject of the message is: {b.subject}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.brambleandsons.example [198.51.100.61]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox over quota, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return stamp(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mx1.solent-scaffold.example>",
        "Warning: message 1tQx7K-0009Zr-2B delayed 24 hours",
        "other",
    )


def bounce_exchange_policy_de(b: Bounce) -> Message:
    """Exchange Online NDR in German from the recipient's tenant: rejected by a transport rule."""
    domain = b.rcpt.split("@")[1]
    server = f"FR3P281MB1874.{domain}"
    text = (
        "Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n"
        f"{b.rcpt}\n\n"
        "Die Nachricht wurde durch eine Regel der Empfängerorganisation abgewiesen. Dieses Postfach nimmt nur Nachrichten von freigegebenen Absendern an. Wenn Sie meinen, dass Sie an diese Adresse schreiben dürfen, wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy' zurückgegeben."
    )
    ds = delivery_status(
        b,
        server,
        "failed",
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
    )
    msg = report(human(text, markup=True), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        EXCHANGE_SENDER.format(domain=domain),
        f"Unzustellbar: {b.subject}",
        "outlook",
    )


def bounce_provider_delay_de(b: Bounce) -> Message:
    """A German hosting provider that forwards the customer's mail reports a delay."""
    until = b.dt + timedelta(days=3)
    text = (
        "Dies ist eine automatisch erzeugte Benachrichtigung des Mailservers mx02.nordnetz-hosting.example.\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte bisher nicht zugestellt werden. Der Server, an den das Postfach des Empfängers weitergeleitet wird, antwortet derzeit nicht. Es handelt sich um ein vorübergehendes Problem; wir versuchen die Zustellung automatisch weiter bis zum {until:%d.%m.%Y, %H:%M} Uhr.\n\n"
        "Sie müssen nichts unternehmen. Gelingt die Zustellung bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff Ihrer Nachricht: {b.subject}\n"
        "Grund: 421 4.4.1 Connection timed out (Zeitüberschreitung beim Verbindungsaufbau)\n"
    )
    ds = delivery_status(
        b,
        "mx02.nordnetz-hosting.example",
        "delayed",
        "421 4.4.1 Connection timed out",
        "mail.tischlerei-brauer.example",
    )
    msg = report(human(text), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "Mailer-Daemon <mailer-daemon@mx02.nordnetz-hosting.example>",
        "Zustellung verzögert: " + b.subject,
        "mta",
    )


def bounce_exchange_unknown_fr(b: Bounce) -> Message:
    """Exchange Online NDR in French: the address no longer exists."""
    domain = b.rcpt.split("@")[1]
    server = f"PR1P264MB2210.{domain}"
    text = (
        "Votre message n'a pas pu être remis aux destinataires suivants :\n\n"
        f"{b.rcpt}\n\n"
        "Cette adresse n'existe pas ou plus dans l'organisation du destinataire. Vérifiez l'adresse ou demandez-en une valide à votre correspondant, puis renvoyez le message.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\n"
        "Le serveur distant a retourné « 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found »"
    )
    ds = delivery_status(b, server, "failed", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
    msg = report(human(text, markup=True), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        EXCHANGE_SENDER.format(domain=domain),
        f"Non remis : {b.subject}",
        "outlook",
    )


def bounce_provider_full_fr(b: Bounce) -> Message:
    """A French host's own notice: one Latin-1 text part, headers of the original inline."""
    headers = "".join(
        f"{name}: {value}\n"
        for name, value in b.reminder().items()
        if name in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur messagerie.hebergeur-ouest.example.\n\n"
        "Le message ci-dessous n'a pas pu être remis à son destinataire :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine et ne peut plus recevoir de messages pour le moment.\n"
        "Réponse du serveur : 552 5.2.2 Mailbox full - quota exceeded\n\n"
        "Vous pouvez réessayer plus tard ou prévenir votre correspondant par un autre moyen.\n\n"
        "----- En-têtes du message d'origine -----\n"
        f"{headers}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return stamp(
        b,
        msg,
        "Service de messagerie <postmaster@messagerie.hebergeur-ouest.example>",
        "Échec de la remise : boîte pleine",
        "other",
    )


def bounce_gmail_unknown_es(b: Bounce) -> Message:
    """Gmail's bounce in Spanish for a gmail.com address that does not exist."""
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha podido entregar a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
    )
    ds = delivery_status(
        b,
        "googlemail.com",
        "failed",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        "gmail-smtp-in.l.google.com",
        ("Received-From-MTA: dns; mail-sor-f41.google.com",),
    )
    msg = report(human(text, markup=True), ds, MIMEMessage(b.reminder()))
    return stamp(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "gmail",
    )


def bounce_provider_domain_es(b: Bounce) -> Message:
    """A Spanish hosting provider's report: the customer's domain has been cancelled."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Este es un mensaje automático del servidor de correo mx1.hostingiberico.example.\n\n"
        f"No ha sido posible entregar su mensaje a <{b.rcpt}>. El dominio {domain} ya no tiene el servicio de correo contratado con nosotros y no acepta mensajes. Se trata de un error permanente y no se realizarán más intentos.\n\n"
        "Compruebe la dirección con el destinatario por otro medio.\n\n"
        f"Respuesta del servidor: 550 5.1.2 <{b.rcpt}>: dominio dado de baja\n"
    )
    ds = delivery_status(
        b,
        "mx1.hostingiberico.example",
        "failed",
        f"550 5.1.2 <{b.rcpt}>: dominio dado de baja",
    )
    msg = report(human(text, charset="iso-8859-1"), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "MAILER-DAEMON@mx1.hostingiberico.example (Sistema de entrega de correo)",
        "Mensaje no entregado: " + b.subject,
        "mta",
    )


def bounce_exchange_delay_nl(b: Bounce) -> Message:
    """Exchange delay notice in Dutch from the recipient's hybrid server."""
    domain = b.rcpt.split("@")[1]
    server = f"AM8P190MB0913.{domain}"
    until = b.dt + timedelta(days=2)
    text = (
        "Bezorging is vertraagd voor deze geadresseerden of groepen:\n\n"
        f"{b.rcpt}\n\n"
        "Het bericht is nog niet bezorgd. Er wordt automatisch geprobeerd het bericht opnieuw te bezorgen.\n\n"
        f"Er wordt tot {until.day}-{until.month}-{until.year} {until:%H:%M} geprobeerd dit bericht te bezorgen. U ontvangt een melding als het bericht tegen die tijd niet kan worden bezorgd.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Genererende server: {server}\n"
        "Opgetreden fout: 451 4.4.316 Connection refused [Message=Socket error code 10061]"
    )
    ds = delivery_status(
        b,
        server,
        "delayed",
        "451 4.4.316 Connection refused [Message=Socket error code 10061]",
    )
    msg = report(human(text, markup=True), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        EXCHANGE_SENDER.format(domain=domain),
        f"Bezorging vertraagd: {b.subject}",
        "outlook",
    )


def bounce_provider_disabled_it(b: Bounce) -> Message:
    """An Italian provider's notice: one Latin-1 text part, the mailbox has been disabled."""
    headers = "".join(
        f"{name}: {value}\n"
        for name, value in b.reminder().items()
        if name in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato consegnato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "La casella di posta del destinatario è stata disattivata e non accetta più messaggi. Si tratta di un errore permanente: il sistema non effettuerà altri tentativi.\n\n"
        "Risposta del server remoto:\n"
        "550 5.2.1 Casella disattivata / mailbox disabled\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        f"{headers}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return stamp(
        b,
        msg,
        "Sistema di consegna posta <mailer-daemon@mx.posta-ligure.example>",
        "Messaggio non consegnato",
        "other",
    )


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian relay reports a delay: the destination greylists (a temporary policy refusal)."""
    text = (
        "Questo è un messaggio automatico del server relay.consorziomarmisti.example.\n\n"
        "La consegna del messaggio indicato sotto è stata rimandata. Il server di destinazione ha rifiutato temporaneamente il messaggio per motivi di policy (greylisting) e il sistema ritenterà in automatico.\n\n"
        "Non è necessario fare nulla. Se il messaggio non verrà consegnato entro 5 giorni riceverà un avviso definitivo.\n\n"
        f"Destinatario: <{b.rcpt}>\n"
        "Motivo: 451 4.7.1 Greylisted, please try again later\n"
    )
    ds = delivery_status(
        b,
        "relay.consorziomarmisti.example",
        "delayed",
        "451 4.7.1 Greylisted, please try again later",
        "mx.fratelliberti.example",
    )
    msg = report(human(text), ds, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@relay.consorziomarmisti.example>",
        "Avviso: consegna ritardata",
        "mta",
    )


BOUNCE_STYLES: dict[str, Callable[[Bounce], Message]] = {
    "postfix_user_unknown": bounce_postfix_user_unknown,
    "qmail_domain": bounce_qmail_domain,
    "exim_delay": bounce_exim_delay,
    "exchange_policy_de": bounce_exchange_policy_de,
    "provider_delay_de": bounce_provider_delay_de,
    "exchange_unknown_fr": bounce_exchange_unknown_fr,
    "provider_full_fr": bounce_provider_full_fr,
    "gmail_unknown_es": bounce_gmail_unknown_es,
    "provider_domain_es": bounce_provider_domain_es,
    "exchange_delay_nl": bounce_exchange_delay_nl,
    "provider_disabled_it": bounce_provider_disabled_it,
    "greylist_it": bounce_greylist_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "j.fletcher@fletcherroofing.example",
        "2028-07-05 09:14",
        "en",
        "postfix_user_unknown",
        "Postfix DSN with text/rfc822-headers",
        uk=True,
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "accounts@wessexlofts.example",
        "2028-07-10 09:05",
        "en",
        "qmail_domain",
        "qmail, not MIME, domain gone; the status is the (#5.1.2) code",
        uk=True,
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "office@brambleandsons.example",
        "2028-07-13 09:31",
        "en",
        "exim_delay",
        "Exim 24-hour delay warning, plain text; mailbox over quota",
        uk=True,
        queued_minutes=24 * 60,
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.1",
        "rechnungseingang@elbtal-bau.example",
        "2028-07-04 10:20",
        "de",
        "exchange_policy_de",
        "rejected by the recipient organisation's policy",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@tischlerei-brauer.example",
        "2028-07-18 14:40",
        "de",
        "provider_delay_de",
        "delayed, the provider keeps trying",
        queued_minutes=4 * 60,
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.1",
        "comptabilite@menuiserie-lebret.example",
        "2028-07-17 10:02",
        "fr",
        "exchange_unknown_fr",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "5.2.2",
        "contact@duval-couverture.example",
        "2028-07-21 09:44",
        "fr",
        "provider_full_fr",
        "mailbox full is soft although the code is 5.x; single text part, not RFC 3464",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "talleresbarrios.admin@gmail.com",
        "2028-07-11 10:15",
        "es",
        "gmail_unknown_es",
        "Gmail DSN in Spanish with the whole message returned",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "hard",
        "5.1.2",
        "pagos@reformasgarrido.example",
        "2028-07-26 12:08",
        "es",
        "provider_domain_es",
        "domain no longer hosted",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.316",
        "facturen@vandenbergbouw.example",
        "2028-07-19 15:20",
        "nl",
        "exchange_delay_nl",
        "Exchange delay notice",
        queued_minutes=6 * 60,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.2.1",
        "ufficio.tecnico@cantieriponente.example",
        "2028-07-24 11:12",
        "it",
        "provider_disabled_it",
        "mailbox disabled; single 8-bit Latin-1 text part",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.7.1",
        "contabilita@fratelliberti.example",
        "2028-07-27 13:30",
        "it",
        "greylist_it",
        "temporary policy refusal (greylisting)",
        queued_minutes=5 * 60,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

REMINDER_MARK = "Marchwood, Southampton"  # in the signature of every reminder, in every language
KEY_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
INVOICE_RE = re.compile(r"SS/\d{5}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
STATUS_RE = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


@dataclass(frozen=True)
class Item:
    """One corpus message: its key, the message, its labels and the text written for it."""

    key: str
    msg: Message
    label: Labels
    new_text: str
    quotes: bool
    invoice: str


def reply_label(r: Reply) -> Labels:
    """The label line of a reply (without the file name)."""
    label: Labels = {"intent": r.intent}
    for name in LABEL_KEYS:
        label[name] = r.labels.get(name)
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Labels:
    """The label line of a bounce (without the file name)."""
    label: Labels = {"intent": "bounce"}
    label |= dict.fromkeys(LABEL_KEYS)
    label |= {
        "bounce_kind": b.kind,
        "failed_recipient": b.rcpt,
        "bounce_status": b.status,
    }
    label |= {"invoice_refs": [], "language": b.lang, "note": b.note}
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in the order written above."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.body,
            not r.client.startswith("notice"),
            r.invoice,
        )
        for r in REPLIES
    ]
    items += [
        Item(b.key, BOUNCE_STYLES[b.style](b), bounce_label(b), "", False, b.invoice)
        for b in BOUNCES
    ]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about a label."""
    return hashlib.sha256(f"{SEED}|file|{key}".encode()).hexdigest()


def fail(name: str, problem: str) -> NoReturn:
    """Stop the build with a message."""
    raise SystemExit(f"{name}: {problem}")


def check_headers(name: str, part: EmailMessage) -> None:
    """Every header parses without defects and encoded-words decode."""
    for header, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            fail(name, f"defects in {header}: {value.defects}")
        if header in {"Subject", "From", "To", "Cc", "Thread-Topic"} and "=?" in str(value):
            fail(name, f"{header} not decoded: {value}")


def text_of(name: str, parsed: EmailMessage) -> str:
    """Decode every text part strictly (declared charset) and return all text joined."""
    texts: list[str] = []
    for part in parsed.walk():
        if part.defects:
            fail(name, f"defects in a {part.get_content_type()} part: {part.defects}")
        if not isinstance(part, EmailMessage):
            fail(name, "a part is not an EmailMessage")
        check_headers(name, part)
        if part.get_content_maintype() != "text" or part.is_multipart():
            continue
        raw = part.get_payload(decode=True)
        if not isinstance(raw, bytes):
            fail(name, "text part without a payload")
        charset = part.get_content_charset() or "us-ascii"
        try:
            strict = raw.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            fail(name, f"text part does not decode as {charset}: {exc}")
        # text/* parts give str under policy.default
        content = cast("str", part.get_content())
        if content.replace("\r\n", "\n") != strict.replace("\r\n", "\n"):
            fail(name, "get_content() disagrees with the strict decode")
        texts.append(strict)
    return "\n".join(texts)


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a file back with the modern policy and check what a classifier would see."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        fail(name, "did not parse to an EmailMessage")
    if parsed.defects:
        fail(name, f"message defects: {parsed.defects}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            fail(name, f"no {header}")
    stamp_ = parsed["Date"]
    if not isinstance(stamp_, DateHeader):
        fail(name, "Date did not parse")
    when = stamp_.datetime
    if when is None:
        fail(name, f"Date has no value: {stamp_}")
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        fail(name, f"date outside the range: {stamp_}")
    if when.utcoffset() not in {timedelta(hours=1), timedelta(hours=2)}:
        fail(name, f"unexpected offset: {stamp_}")
    text = text_of(name, parsed)
    if item.label["intent"] != "bounce" and (REMINDER_MARK in text) != item.quotes:
        fail(
            name,
            "quotes the reminder" if not item.quotes else "the quoted reminder is missing",
        )
    refs = item.label["invoice_refs"]
    for ref in refs if isinstance(refs, list) else []:
        if ref[3:] not in item.new_text:
            fail(name, f"{ref} is not in the new text")


def check_label(name: str, label: Labels) -> None:
    """Shape and conventions of one label line."""
    if tuple(label) != KEY_ORDER:
        fail(name, f"label keys out of order: {tuple(label)}")
    intent, lang = label["intent"], label["language"]
    if intent not in INTENTS or lang not in LANGS:
        fail(name, f"bad intent or language: {intent} {lang}")
    allowed = INTENT_FIELDS.get(str(intent), frozenset())
    for field_name in LABEL_KEYS:
        value = label[field_name]
        if value is not None and field_name not in allowed:
            fail(name, f"{field_name} filled for {intent}")
        if value is not None and not isinstance(value, str):
            fail(name, f"{field_name} is not a string")
    for field_name in ("promised_date", "paid_date", "return_date"):
        value = label[field_name]
        if isinstance(value, str) and date.fromisoformat(value).isoformat() != value:
            fail(name, f"{field_name} is not an ISO date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency go together")
    if isinstance(amount, str) and not AMOUNT_RE.fullmatch(amount):
        fail(name, f"bad amount {amount}")
    if currency not in {None, "GBP", "EUR"}:
        fail(name, f"bad currency {currency}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or "@" not in contact):
        fail(name, f"bad new_contact {contact}")
    refs = label["invoice_refs"]
    if (
        not isinstance(refs, list)
        or not all(INVOICE_RE.fullmatch(ref) for ref in refs)
        or len(set(refs)) != len(refs)
    ):
        fail(name, f"bad invoice_refs {refs}")
    if intent == "bounce":
        kind, status, rcpt = (
            label["bounce_kind"],
            label["bounce_status"],
            label["failed_recipient"],
        )
        if (
            not isinstance(status, str)
            or not STATUS_RE.fullmatch(status)
            or not isinstance(rcpt, str)
            or rcpt != rcpt.lower()
        ):
            fail(name, "bounce fields incomplete")
        elif kind != ("hard" if status.startswith("5") and status != "5.2.2" else "soft"):
            fail(name, f"bounce kind {kind} does not match {status}")


def count_table(labels: list[Labels]) -> str:
    """The intent × language table, in Markdown."""
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


def check_counts(labels: list[Labels]) -> None:
    """Twelve messages per intent, the agreed language totals, every language in every intent."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS):
        fail("labels.jsonl", f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        fail("labels.jsonl", f"language counts {dict(langs)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        fail("labels.jsonl", "some language misses an intent")


def iter_numbered(items: list[Item]) -> Iterator[tuple[str, Item]]:
    """File names in hash order."""
    for number, item in enumerate(sorted(items, key=lambda it: file_order(it.key)), start=1):
        yield f"{PREFIX}-{number:03d}.eml", item


def write_all() -> list[Labels]:
    """Write every .eml file and labels.jsonl next to this script, checking each one."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("build", "duplicate keys")
    invoices = Counter(item.invoice for item in items)
    for item in items:
        if invoices[item.invoice] > 1:
            fail(item.key, f"reminder invoice {item.invoice} used twice")
        refs = item.label["invoice_refs"]
        for ref in refs if isinstance(refs, list) else []:
            if ref != item.invoice and invoices[ref]:
                fail(item.key, f"{ref} is another customer's invoice")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Labels] = []
    for name, item in iter_numbered(items):
        data = item.msg.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        label: Labels = {"file": name, **item.label}
        check_label(name, label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
