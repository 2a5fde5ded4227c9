# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Hand-written message text is kept one paragraph a line, as a mail client sends it, with the
# typographic dashes, quotes and symbols people and their clients really type.
"""Build held-out reply corpus 150: `h150-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Fernhollow Commercial Laundry (linen hire,
workwear laundering and uniform rental) after it sent an overdue reminder. The new text of each
message is written by hand below. The script adds only what a mail client or a mail server would
add: the quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings, and the machine parts of delivery reports. Run it from anywhere: it rewrites the
corpus next to itself, deterministically, parses every file back and prints the count table.
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
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout150:2032-04-12"
PREFIX = "h150"
AR_NAME = "Fernhollow Billing"
AR_ADDR = "billing@fernhollow-laundry.example"
AR_DOMAIN = "fernhollow-laundry.example"
FIRST_DAY = date(2032, 4, 12)
LAST_DAY = date(2032, 5, 7)
UK_OFFSET = "+0100"  # British Summer Time, from Sunday 28 March 2032
CE_OFFSET = "+0200"  # Central European Summer Time, from Sunday 28 March 2032
UK_TZ = timezone(timedelta(hours=1))
UK_BANK_HOLIDAYS = {date(2032, 5, 3)}  # Early May bank holiday: no reminders go out

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
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "payment_reference", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Per intent, the language given one message instead of two (English always has three).
SINGLE_LANGUAGE = {
    "payment_sent": "de",
    "promise_to_pay": "fr",
    "dispute": "es",
    "payment_plan": "nl",
    "invoice_request": "it",
    "wrong_contact": "de",
    "unsubscribe": "fr",
    "auto_reply": "es",
    "bounce": "nl",
    "other": "it",
}
LANGUAGE_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}

# --------------------------------------------------------------------------------------------
# Locale tables: what each client prints around a quoted message, per language
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# separator line, From, Sent, To, Subject, and what goes between a label and its value
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
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
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
# The reminder Fernhollow sends, in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} is vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """Dear customer,

Our records show that the invoice below is now past its due date:

  Invoice no.    {inv}
  Invoice date   {issued}
  Due date       {due}
  Balance        {amt}

If you have already paid, thank you – please reply with the payment date and reference so we can allocate it. If something on the invoice is not right (items, counts, collections or prices), reply to this e-mail and we will look into it.

Kind regards

Accounts Receivable
Fernhollow Commercial Laundry Ltd
Unit 7, Tanyard Road Industrial Park
billing@fernhollow-laundry.example""",
    "de": """Guten Tag,

nach unseren Unterlagen ist die folgende Rechnung noch offen und inzwischen überfällig:

  Rechnungsnr.     {inv}
  Rechnungsdatum   {issued}
  Fällig am        {due}
  Offener Betrag   {amt}

Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte kurz Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht (Artikel, Stückzahlen, Abholungen oder Preise), antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Debitorenbuchhaltung
Fernhollow Commercial Laundry
billing@fernhollow-laundry.example""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :

  Facture n°     {inv}
  Date           {issued}
  Échéance       {due}
  Solde dû       {amt}

Si vous avez déjà effectué le paiement, merci de nous indiquer la date et la référence du virement afin que nous puissions le rapprocher. Si un élément de la facture vous semble incorrect (articles, quantités, collectes ou tarifs), répondez simplement à ce message.

Cordialement,

Service recouvrement
Fernhollow Commercial Laundry
billing@fernhollow-laundry.example""",
    "es": """Estimado cliente:

Según nuestros datos, la siguiente factura ha superado su fecha de vencimiento:

  N.º de factura      {inv}
  Fecha               {issued}
  Vencimiento         {due}
  Importe pendiente   {amt}

Si ya ha realizado el pago, muchas gracias; indíquenos la fecha y la referencia para que podamos conciliarlo. Si hay algún error en la factura (prendas, cantidades, recogidas o precios), responda a este correo y lo revisaremos.

Un saludo,

Departamento de cobros
Fernhollow Commercial Laundry
billing@fernhollow-laundry.example""",
    "nl": """Geachte klant,

Volgens onze administratie is de vervaldatum van onderstaande factuur verstreken:

  Factuurnummer   {inv}
  Factuurdatum    {issued}
  Vervaldatum     {due}
  Openstaand      {amt}

Heeft u al betaald? Dank u wel; laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur (artikelen, aantallen, ophaalmomenten of prijzen), beantwoord dan deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Fernhollow Commercial Laundry
billing@fernhollow-laundry.example""",
    "it": """Gentile cliente,

dalle nostre registrazioni la fattura indicata di seguito risulta scaduta:

  Fattura n.       {inv}
  Data             {issued}
  Scadenza         {due}
  Importo aperto   {amt}

Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico per poterlo abbinare. Se qualcosa nella fattura non vi torna (articoli, quantità, ritiri o prezzi), rispondete pure a questa e-mail.

Cordiali saluti

Ufficio crediti
Fernhollow Commercial Laundry
billing@fernhollow-laundry.example""",
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a Latin-1 client does to the characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def t(text: str) -> str:
    """Dedent a hand-written block and trim the blank lines around it."""
    return textwrap.dedent(text).strip("\n")


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for a message key: every id, boundary and time offset comes from here."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """An upper-case base32 token of length `n` derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def uuid_like(key: str, salt: str) -> str:
    """A UUID-shaped upper-case hex string derived from the key."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def parse_when(when: str) -> datetime:
    """`2032-04-13 08:47 +0100` as an aware datetime."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def date_fields(lang: str, when: datetime) -> dict[str, str]:
    """The pieces the attribution and header templates are made of."""
    wd, mo = when.weekday(), when.month - 1
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[wd],
        "wdl": WEEKDAYS_LONG[lang].split()[wd],
        "mons": MONTHS_SHORT[lang].split()[mo],
        "monl": MONTHS_LONG[lang].split()[mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def render(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a locale template with the date pieces of `when` and any extra fields."""
    return template.format(**date_fields(lang, when), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it for a reader of `lang`."""
    whole, cents = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + f"{grouped}.{cents}"
    number = grouped.replace(",", " " if lang == "fr" else ".") + "," + cents
    return f"€ {number}" if lang in {"nl", "it"} else f"{number} €"


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Quote every line with `> ` (an empty line gets a bare `>`)."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Plain text as HTML with `<br>` line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs (blank lines separate paragraphs)."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Plain text as the `MsoNormal` paragraphs Outlook's Word editor writes."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """Wrap text as format=flowed (RFC 3676): soft breaks end in a space, quotes keep their `>`."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"(>+) ?", line)
        depth = match.group(1) if match else ""
        content = line[match.end() :] if match else line
        if not depth and content.startswith((" ", "From ")):
            content = " " + content  # space-stuffing
        lead = depth + " " if depth and content else depth
        if len(lead) + len(content) <= width:
            out.append(lead + content.rstrip(" "))
            continue
        current = ""
        for word in content.split(" "):
            if current and len(lead) + len(current) + len(word) > width:
                out.append(lead + current)  # ends with a space: a soft break
                current = ""
            current += word + " "
        out.append(lead + current.rstrip(" "))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the sending client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit or 7bit: the text goes out as it is
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a mail client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    enc = charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """`Name <addr>` with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def subparts(part: Message) -> list[Message]:
    """The parts directly inside a multipart or message/rfc822 part."""
    if not part.is_multipart():
        return []
    return [p for p in cast("list[object]", part.get_payload()) if isinstance(p, Message)]


def strip_inner_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, root=part.get_content_type() == "message/rfc822")


def headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = digest(key, f"boundary{n}").hex()
        if shape == "gmail":
            boundary = "000000000000" + token[:12] + token[12:24]
        elif shape == "outlook":
            boundary = f"_{n:03d}_{b32(key, 'mso', 32)}_"
        elif shape == "apple":
            boundary = "Apple-Mail=_" + uuid_like(key, f"apple{n}")
        elif shape == "o365-ndr":
            boundary = f"_{n:03d}_{b32(key, 'ndr', 24)}_"
        else:
            boundary = f"----=_Part_{int(token[:6], 16) % 90000 + 10000}_{int(token[6:14], 16)}.{n}"
        part.set_boundary(boundary)


def finalize(msg: Message, key: str, shape: str) -> Message:
    """Tidy header order, MIME-Version placement and boundaries."""
    strip_inner_versions(msg)
    mime = msg.get_content_type() != "text/plain" or "Content-Type" in msg
    if mime and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    headers_last(msg)
    set_boundaries(msg, key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side: who, when, which client, and its labels.

    `rlang` is the language of the reminder being answered (default: the writer's); `quoted_to`
    is the address the reminder went to when the answer comes from another one. Notices
    (styles starting with `notice`) quote nothing; `threaded=False` leaves out In-Reply-To.
    """

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
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    days_before: int = -1
    threaded: bool = True
    quoted_to: str = ""

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the writer's own offset."""
        return parse_when(self.when)

    @property
    def uk(self) -> bool:
        """Whether the writer is in the UK (and so billed in pounds)."""
        return self.when.endswith(UK_OFFSET)

    @property
    def currency(self) -> str:
        """The currency of the writer's account."""
        return "GBP" if self.uk else "EUR"

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder that was sent to this customer."""
        return self.rlang or self.lang


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def working_days_back(day: date, n: int) -> date:
    """The UK working day `n` working days before `day` (the same day when `n` is 0)."""
    while n > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day not in UK_BANK_HOLIDAYS:
            n -= 1
    return day


def reminder_sent(key: str, answered_at: datetime, days_before: int) -> datetime:
    """When the reminder left Fernhollow (UK time), a few working days before the answer."""
    raw = digest(key, "sent")
    n = days_before if days_before >= 0 else 1 + raw[0] % 3
    day = working_days_back(answered_at.date(), n)
    sent = datetime.strptime(
        f"{day.isoformat()} 09:{raw[1] % 40 + 2:02d}:{raw[2] % 60:02d} {UK_OFFSET}",
        "%Y-%m-%d %H:%M:%S %z",
    )
    if sent >= answered_at:
        raise SystemExit(f"{key}: the reminder would be sent after the answer")
    return sent


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(key: str, lang: str, inv: str, amt: str, currency: str, sent: datetime) -> str:
    """The reminder's text, with invoice and due dates a few weeks before it was sent."""
    due = sent.date() - timedelta(days=8 + digest(key, "due")[0] % 12)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amt=money(amt, currency, lang),
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID Fernhollow gave the reminder."""
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """What the writer's client quotes: the reminder in its own language, times in local time."""
    sent = reminder_sent(r.key, r.dt, r.days_before)
    text = reminder_body(r.key, r.reminder_lang, r.inv, r.amt, r.currency, sent)
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who[0], r.quoted_to or r.who[1]
    return Quote(
        text,
        subject,
        sent.astimezone(r.dt.tzinfo),
        r.lang,
        f"{name} <{addr}>" if name else addr,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_header_lines(q: Quote) -> list[str]:
    """From/Sent/To/Subject lines of an Outlook reply header, in the client's language."""
    _, frm, sent, to, subject, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subject}{sep}{q.subject}",
    ]


def gmail_attribution(q: Quote) -> str:
    """Gmail's "On … wrote:" line."""
    return render(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's and iOS Mail's "On … wrote:" line."""
    return render(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text: the localised "Original Message" block."""
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_header_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the grey divider above the reply header."""
    _, frm, sent, to, subject, sep = OUTLOOK_LABELS[q.loc]
    values = [line.split(sep, 1)[1] for line in outlook_header_lines(q)]
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip((frm, sent, to, subject), values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML: multipart/alternative with Word markup."""
    plain = "\n".join([r.body, "", *outlook_header_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook configured to send HTML only (no plain alternative)."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, localised download line, underscore divider."""
    block = "\n".join(outlook_header_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail, multipart/alternative with the `gmail_quote` block."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    rich = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: localised "Sent from my iPhone", then the quoted attribution and reminder."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution directly above the quote."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text: it quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    """An automatic notice with a plain and an HTML version."""
    del q
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Arial,sans-serif;font-size:10pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as HTML only (an Exchange out-of-office)."""
    del q
    rich = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        '<body>\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
        f"{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return text_part(rich, "html", r.charset, r.cte)


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
    "notice_alt": style_notice_alt,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
BOUNDARY_SHAPE = {"gmail": "gmail", "outlook_html": "outlook", "notice_alt": "outlook"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject: the writer's client produces (or the one written by hand)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.intent == "auto_reply":
        return AUTO_REPLY_PREFIX[r.lang] + q.subject
    prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending software's, derived from the key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:40]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = ("LO4P265MB" if r.uk else "AS8PR09MB") + str(1000 + int.from_bytes(raw[:2]) % 9000)
        region = "GBRP265" if r.uk else "EURPRD09"
        return f"<{host}{raw[2:6].hex().upper()}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple-id')}@{domain}>"
    if r.style == "thunderbird":
        return f"<{uuid_like(r.key, 'tb-id').lower()}@{domain}>"
    return f"<{raw.hex()[:20]}.{int.from_bytes(raw[20:24]) % 100000}@{domain}>"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange thread headers Outlook adds."""
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    """The whole message as it arrives in the receivables mailbox."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for name, value in r.headers:
        if name == "Cc":
            msg["Cc"] = value
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    if r.style == "thunderbird":
        extra.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        if name != "Cc":
            msg[name] = value
    return finalize(msg, r.key, BOUNDARY_SHAPE.get(r.style, "generic"))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        who=("Kerry Blaine", "kerryblainebeauty@gmail.com"),
        when="2032-04-13 19:41 +0100",
        style="gmail",
        inv="FCL-318874",
        amt="96.00",
        body="done",
        labels=lab(note="one lowercase word in answer to a reminder, read as paid; no date given"),
    ),
    Reply(
        key="ps-en-remittance",
        intent="payment_sent",
        lang="en",
        who=("Stonebridge Hotels AP", "ap.remittances@stonebridge-hotels.example"),
        when="2032-04-19 05:32 +0100",
        style="notice",
        inv="FCL-320417",
        amt="1872.15",
        threaded=False,
        subject="Remittance advice - payment 7002318846 - FERNHOLLOW COMMERCIAL LAUNDRY LTD",
        headers=(AUTO_GENERATED, XARS, ("X-Mailer", "SAP NetWeaver 7.5")),
        body=t("""
            STONEBRIDGE HOTELS GROUP PLC
            Accounts Payable Shared Service Centre

            REMITTANCE ADVICE

            Supplier:          FERNHOLLOW COMMERCIAL LAUNDRY LTD
            Supplier no.:      V-004417
            Payment no.:       7002318846
            Payment date:      19/04/2032
            Payment method:    BACS
            Currency:          GBP

            Your reference     Our document    Doc date      Gross amount
            FCL-319552         5100884721      04/03/2032        2,316.40
            FCL-320417         5100891035      18/03/2032        1,872.15
                                                             ------------
            Total paid                                           4,188.55

            Funds normally reach the payee's account within three working days of the payment date.

            This mailbox is not monitored. For queries about this payment contact supplier.helpdesk@stonebridge-hotels.example quoting your supplier number.
        """),
        labels=lab(
            refs=("FCL-319552", "FCL-320417"),
            paid_date="2032-04-19",
            payment_reference="7002318846",
            amount="4188.55",
            currency="GBP",
            note="AP system remittance advice: payment_sent although it is machine-sent; the helpdesk address is not a new contact; amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-en-paid-send-copy",
        intent="payment_sent",
        lang="en",
        who=("Tamsin Orr", "tamsin@lindenspa-ashcombe.example"),
        when="2032-04-20 11:05 +0100",
        style="gmail",
        inv="FCL-320266",
        amt="684.30",
        body=t("""
            Hi there,

            We paid this last Friday by bank transfer – the reference on it should be LINDEN SPA APR. Can you double check your end?

            While I've got you, could someone send me a PDF copy of the invoice? The paper one went walkabout and our bookkeeper needs it for the quarter end.

            Thanks,
            Tamsin

            Tamsin Orr
            Spa Manager | The Linden Spa at Ashcombe Manor
            01632 960418
        """),
        labels=lab(
            paid_date="2032-04-16",
            payment_reference="LINDEN SPA APR",
            note="paid, plus a request for a copy of the invoice: the payment claim wins; 'last Friday' from Tue 20 Apr",
        ),
    ),
    Reply(
        key="ps-de-donnerstag",
        intent="payment_sent",
        lang="de",
        who=("Jutta Brandauer", "empfang@physio-brandauer.example"),
        when="2032-04-26 08:15 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-321150",
        amt="612.80",
        body=t("""
            Guten Morgen,

            die Rechnung FCL-321150 haben wir am Donnerstag überwiesen (612,80 €), im Verwendungszweck steht die Rechnungsnummer. Bitte schauen Sie noch mal in Ihre Kontoauszüge, bevor die nächste Mahnung rausgeht.

            Mit freundlichen Grüßen
            Jutta Brandauer

            Praxis für Physiotherapie Brandauer
            Lindenstraße 14 · 93047 Regensburg
        """),
        labels=lab(
            refs=("FCL-321150",),
            paid_date="2032-04-22",
            amount="612.80",
            currency="EUR",
            note="'am Donnerstag' is past: the Thursday before Mon 26 Apr",
        ),
    ),
    Reply(
        key="ps-fr-hier",
        intent="payment_sent",
        lang="fr",
        who=("Claire Joubert", "claire.joubert@hotel-destanneurs.example"),
        when="2032-04-29 14:22 +0200",
        style="gmail",
        inv="FCL-320981",
        amt="1518.90",
        body=t("""
            Bonjour,

            Le virement est parti hier après-midi, vous devriez le voir apparaître demain ou lundi selon les banques. Libellé : VIR HOTEL TANNEURS FCL-320981.

            Bonne journée,
            Claire Joubert
            Réception / administration
            Hôtel des Tanneurs
        """),
        labels=lab(
            refs=("FCL-320981",),
            paid_date="2032-04-28",
            payment_reference="VIR HOTEL TANNEURS FCL-320981",
        ),
    ),
    Reply(
        key="ps-fr-mandat",
        intent="payment_sent",
        lang="fr",
        who=("Martine Roussel", "finances@ehpad-lesglycines.example"),
        when="2032-04-14 10:03 +0200",
        style="thunderbird",
        cte="8bit",
        inv="FCL-319876",
        amt="2140.00",
        body=t("""
            Madame, Monsieur,

            Nous accusons réception de votre courriel de relance concernant la facture n° FCL-319876 d'un montant de 2 140,00 €.

            Nous vous informons que cette facture a fait l'objet d'un mandat de paiement émis le 9 avril 2032 et transmis au comptable public. Le délai de paiement par le Trésor étant généralement de quelques jours, le virement devrait vous parvenir prochainement.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Martine Roussel
            Adjointe administrative – Service financier
            EHPAD Les Glycines
        """),
        labels=lab(
            refs=("FCL-319876",),
            paid_date="2032-04-09",
            amount="2140.00",
            currency="EUR",
            note="public body: the payment order was issued and handed to the public accountant, so the payment is out of the customer's hands; the order date is the paid date",
        ),
    ),
    Reply(
        key="ps-es-lunes",
        intent="payment_sent",
        lang="es",
        who=("Rafa Medina", "rafa@asadorelroble.example"),
        when="2032-04-22 23:12 +0200",
        style="android",
        inv="FCL-320702",
        amt="388.40",
        body=t("""
            ya esta pagado lo hice el lunes por transferencia mira a ver
            rafa
        """),
        labels=lab(
            paid_date="2032-04-19",
            note="no punctuation, no accents; 'el lunes' is the Monday before Thu 22 Apr",
        ),
    ),
    Reply(
        key="ps-es-rollo",
        intent="payment_sent",
        lang="es",
        who=("Nuria Castellví", "administracion@clinicadentalcastellvi.example"),
        when="2032-05-04 12:40 +0200",
        style="outlook_html",
        inv="FCL-321077",
        amt="402.16",
        body=t("""
            Buenos días:

            Perdonad que no contestara antes. Estas semanas han sido un caos en la clínica: la chica que llevaba la recepción y los pedidos se marchó a mediados de marzo, hemos cambiado el programa de gestión y todavía estamos aprendiendo a usarlo, y encima tuvimos la auditoría de la mutua. Por eso algunas facturas de proveedores se quedaron en una carpeta que no miraba nadie.

            Lo he repasado todo esta mañana con nuestra gestoría. Vuestra factura FCL-321077 la pagamos el viernes 30 de abril, en la misma transferencia que la de marzo (FCL-320342), por eso os habrá llegado un importe mayor de lo normal: 728,46 € en total. Si no os cuadra, decídmelo y os mando el justificante del banco.

            Por cierto, a partir de junio querríamos añadir cuatro casacas más de la talla M para las nuevas higienistas; ya os escribiré con eso.

            Un saludo,

            Nuria Castellví
            Administración – Clínica Dental Castellví
        """),
        labels=lab(
            refs=("FCL-321077", "FCL-320342"),
            paid_date="2032-04-30",
            amount="728.46",
            currency="EUR",
            note="long reply with the payment buried in the second paragraph; one transfer covered both invoices",
        ),
    ),
    Reply(
        key="ps-nl-betaald",
        intent="payment_sent",
        lang="nl",
        who=("Bas Hoekstra", "bas@hotel-dekroon-zwolle.example"),
        when="2032-05-05 07:58 +0200",
        style="iphone",
        inv="FCL-321344",
        amt="1266.75",
        body="Betaald. Gisteren al.",
        labels=lab(paid_date="2032-05-04"),
    ),
    Reply(
        key="ps-nl-betaalspecificatie",
        intent="payment_sent",
        lang="nl",
        who=("Gemeente Dalfsterveen", "noreply-betalingen@dalfsterveen.example"),
        when="2032-04-28 06:45 +0200",
        style="notice",
        charset="windows-1252",
        cte="8bit",
        inv="FCL-320610",
        amt="988.15",
        threaded=False,
        subject="Betaalspecificatie 28-04-2032 crediteur 40012977",
        headers=(XARS, ("Precedence", "bulk")),
        body=t("""
            Geachte leverancier,

            Hierbij ontvangt u de specificatie van de betaling die de gemeente Dalfsterveen vandaag aan u heeft gedaan.

            Crediteurnummer   : 40012977
            Betalingskenmerk  : 2032-0428-004417
            Betaaldatum       : 28-04-2032

            Factuurnummer   Factuurdatum   Bedrag
            FCL-320233      11-03-2032     € 1.204,50
            FCL-320610      25-03-2032     €   988,15
            Totaal                         € 2.192,65

            Vragen over deze betaling? Bel het team Crediteuren via 14 0599 en houd uw crediteurnummer bij de hand.

            Dit bericht is automatisch verzonden.
        """),
        labels=lab(
            refs=("FCL-320233", "FCL-320610"),
            paid_date="2032-04-28",
            payment_reference="2032-0428-004417",
            amount="2192.65",
            currency="EUR",
            note="municipal payment specification; 'automatisch verzonden' does not make it an auto_reply",
        ),
    ),
    Reply(
        key="ps-it-ieri",
        intent="payment_sent",
        lang="it",
        who=("Marco Ferlini", "trattoriadelponte.marco@gmail.com"),
        when="2032-04-16 09:31 +0200",
        style="gmail_plain",
        inv="FCL-320488",
        amt="455.60",
        body=t("""
            Buongiorno,
            pagata ieri sera con bonifico istantaneo, vi giro la contabile appena me la manda la banca.
            Saluti
            Marco – Trattoria del Ponte
        """),
        labels=lab(paid_date="2032-04-15"),
    ),
    Reply(
        key="ps-it-formale",
        intent="payment_sent",
        lang="it",
        who=("Dott.ssa Paola Ingrassia", "amministrazione@rsavillaserena.example"),
        when="2032-05-05 11:17 +0200",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-321502",
        amt="1976.40",
        body=t("""
            Spett.le Fernhollow Commercial Laundry,

            in riscontro al Vostro sollecito, con la presente si comunica che in data 03/05/2032 è stato disposto bonifico bancario a saldo della fattura n. FCL-321502, per un importo di € 1.976,40 (CRO 1101320503012345).

            Restando a disposizione per eventuali chiarimenti, porgiamo distinti saluti.

            Dott.ssa Paola Ingrassia
            Ufficio Amministrazione
            RSA Villa Serena
        """),
        labels=lab(
            refs=("FCL-321502",),
            paid_date="2032-05-03",
            payment_reference="1101320503012345",
            amount="1976.40",
            currency="EUR",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-friday-run",
        intent="promise_to_pay",
        lang="en",
        who=("Dev Patel", "dev.patel@hartwellsloane.example"),
        when="2032-04-13 15:06 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-320655",
        amt="1438.90",
        headers=(XARS,),
        body=t("""
            Hi,

            Thanks for the reminder. FCL-320655 has now been approved by the GM and has gone into Friday's payment run, so you should see the £1,438.90 early next week.

            Kind regards,
            Dev Patel
            Accounts Payable Assistant
            Hartwell & Sloane Hotels Ltd
        """),
        labels=lab(
            refs=("FCL-320655",),
            promised_date="2032-04-16",
            amount="1438.90",
            currency="GBP",
            note="past tense ('approved', 'gone into') announcing a future payment run on Fri 16 Apr",
        ),
    ),
    Reply(
        key="pr-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        who=("Sasha Bright", "sashabright.massage@gmail.com"),
        when="2032-05-04 21:48 +0100",
        style="gmail",
        inv="FCL-320129",
        amt="148.80",
        subject="Out of office",
        body=t("""
            Hi, sorry ive been out of the office since Easter (family stuff) and only just seen all your emails. I'll pay it on the 15th when my clients have paid me, is that ok? its the £148.80 one isnt it

            Sasha
        """),
        labels=lab(
            promised_date="2032-05-15",
            amount="148.80",
            currency="GBP",
            note="a person typed 'Out of office' as the subject: not an auto_reply; 'the 15th' after Tue 4 May",
        ),
    ),
    Reply(
        key="pr-en-next-thursday",
        intent="promise_to_pay",
        lang="en",
        who=("Helen Marchetti", "reception@bridgegatedental.example"),
        when="2032-04-23 16:52 +0100",
        style="outlook",
        inv="FCL-320876",
        amt="733.20",
        body=t("""
            Hello,

            Our practice manager Joanne signs off anything over £500 and she's been on leave this week. She's back on Monday and I've put it at the top of her list, so it will be paid next Thursday at the latest.

            Regards
            Helen Marchetti
            Reception
            Bridgegate Dental Practice
        """),
        labels=lab(
            promised_date="2032-04-29",
            note="'next Thursday' written on Fri 23 Apr → Thu 29 Apr",
        ),
    ),
    Reply(
        key="pr-de-kw19",
        intent="promise_to_pay",
        lang="de",
        who=("Sabine Leitner", "buchhaltung@alpenblick-garmisch.example"),
        when="2032-04-28 10:11 +0200",
        style="outlook_html",
        inv="FCL-321233",
        amt="2288.00",
        body=t("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Die Rechnung FCL-321233 ist geprüft und für unseren Zahlungslauf in KW 19 vorgesehen.

            Freundliche Grüße aus Garmisch
            Sabine Leitner
            Buchhaltung
            Hotel Alpenblick
        """),
        labels=lab(
            refs=("FCL-321233",),
            promised_date="2032-05-03",
            note="'KW 19' → Monday of ISO week 19 (3 May 2032), as for 'next week'",
        ),
    ),
    Reply(
        key="pr-de-noch-nicht",
        intent="promise_to_pay",
        lang="de",
        who=("Tobias Wendt", "tobias@wendts-wirtshaus.example"),
        when="2032-05-04 13:05 +0200",
        style="iphone",
        inv="FCL-321066",
        amt="517.35",
        body="Nein, noch nicht bezahlt. Mein Vater macht die Überweisungen immer freitags, diesen Freitag ist es dabei. Sorry!",
        labels=lab(
            promised_date="2032-05-07",
            note="negation ('noch nicht bezahlt') followed by a dated promise",
        ),
    ),
    Reply(
        key="pr-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        who=("Julien Marchal", "julien@bistrotlasardine.example"),
        when="2032-04-19 18:27 +0200",
        style="apple",
        inv="FCL-320559",
        amt="341.70",
        body=t("""
            Bonsoir,

            Pas encore réglé, effectivement. On paie nos fournisseurs en fin de mois, ce sera fait avec les autres.

            Julien
            Bistrot La Sardine
        """),
        labels=lab(
            promised_date="2032-04-30",
            note="'pas encore' then 'fin de mois' → last day of April",
        ),
    ),
    Reply(
        key="pr-es-finales",
        intent="promise_to_pay",
        lang="es",
        who=("Pilar Sanz Ortega", "administracion@residencialosalmendros.example"),
        when="2032-04-15 09:48 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="FCL-320744",
        amt="1690.25",
        body=t("""
            Buenos días,

            Les confirmo que la factura FCL 320744 ya está conformada y se abonará a finales de mes, junto con el resto de proveedores.

            Atentamente,

            Pilar Sanz Ortega
            Dpto. Administración
            Residencia Los Almendros
        """),
        labels=lab(
            refs=("FCL-320744",),
            promised_date="2032-04-30",
            note="'FCL 320744' written with a space, normalised; 'a finales de mes' → 30 Apr",
        ),
    ),
    Reply(
        key="pr-es-el-10",
        intent="promise_to_pay",
        lang="es",
        who=("Iker Arrieta", "iker.arrieta@hotelmiradordeurgull.example"),
        when="2032-05-03 12:30 +0200",
        style="gmail",
        inv="FCL-321193",
        amt="1122.60",
        body=t("""
            Hola,
            Perdón por el retraso. La transferencia sale el día 10, que es cuando cobramos lo de los grupos de Semana Santa.
            Saludos,
            Iker
        """),
        labels=lab(promised_date="2032-05-10", note="'el día 10' after Mon 3 May"),
    ),
    Reply(
        key="pr-nl-twee-weken",
        intent="promise_to_pay",
        lang="nl",
        who=("Ruud van Dijk", "r.vandijk@vlinderhof.example"),
        when="2032-04-14 14:20 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-320391",
        amt="1844.10",
        body=t("""
            Goedemiddag,

            Excuses voor de vertraging. Wij hebben de factuur goedgekeurd, maar door de overstap naar een nieuw boekhoudpakket lopen de betalingen wat achter. De betaling volgt over twee weken.

            Met vriendelijke groet,

            Ruud van Dijk
            Financiële administratie
            Zorgcentrum De Vlinderhof
        """),
        labels=lab(
            promised_date="2032-04-28",
            note="'over twee weken' → 14 days after Wed 14 Apr",
        ),
    ),
    Reply(
        key="pr-nl-betaalrun",
        intent="promise_to_pay",
        lang="nl",
        rlang="en",
        who=("Femke Jansen", "administratie@wapenvanommen.example"),
        when="2032-05-04 09:02 +0200",
        style="thunderbird",
        cte="8bit",
        inv="FCL-321287",
        amt="906.45",
        body=t("""
            Goedemorgen,

            Is inmiddels goedgekeurd en meegenomen in de betaalrun van vrijdag.

            Groet,
            Femke Jansen
            Administratie Hotel Het Wapen van Ommen
        """),
        labels=lab(
            promised_date="2032-05-07",
            note="Dutch reply to an English reminder; past tense describing Friday's run",
        ),
    ),
    Reply(
        key="pr-it-fine-mese",
        intent="promise_to_pay",
        lang="it",
        who=("Gianni Russo", "gianni.russo71@gmail.com"),
        when="2032-04-20 22:14 +0200",
        style="iphone",
        inv="FCL-320620",
        amt="274.90",
        body="pago entro fine mese promesso scusate il ritardo",
        labels=lab(
            promised_date="2032-04-30",
            note="no punctuation; 'entro fine mese' → 30 Apr",
        ),
    ),
    Reply(
        key="pr-it-14-05",
        intent="promise_to_pay",
        lang="it",
        who=("Federica Galli", "info@centroesteticoarmonia.example"),
        when="2032-05-06 10:05 +0200",
        style="gmail",
        inv="FCL-321398",
        amt="219.50",
        body=t("""
            Buongiorno,
            provvederemo al saldo della fattura il 14/05 p.v. tramite bonifico.
            Cordiali saluti
            Federica Galli
            Centro Estetico Armonia
        """),
        labels=lab(promised_date="2032-05-14", note="'14/05 p.v.' in Italian day/month order"),
    ),
]

DISPUTE = [
    Reply(
        key="d-en-part-paid",
        intent="dispute",
        lang="en",
        who=("Margaret Oyelaran", "admin@heatherleacare.example"),
        when="2032-04-15 11:41 +0100",
        style="outlook",
        inv="FCL-320502",
        amt="598.50",
        body=t("""
            Good morning,

            We've paid the linen hire part of this invoice (£412.50) this morning but we are not paying the £186.00 loss charge. You've billed us for 31 pillowcases "not returned". We have nowhere near that many, and your driver counted the cages with our head of housekeeping on 1 April and signed the sheet without noting any shortage. I can send you a copy of the signed sheet.

            Please take the loss charge off and send a corrected invoice.

            Margaret Oyelaran
            Administrator
            Heatherlea Care Home
        """),
        labels=lab(note="part paid, the rest contested: dispute beats the payment claim"),
    ),
    Reply(
        key="d-en-not-paid-stains",
        intent="dispute",
        lang="en",
        who=("Callum Reid", "callum@thesaltyard-kitchen.example"),
        when="2032-04-24 23:37 +0100",
        style="gmail_plain",
        inv="FCL-320933",
        amt="312.00",
        body=t("""
            We have NOT paid this because half the chef whites from the last two collections came back with grease marks still on them and two jackets had the sleeves ripped. I emailed your depot about it on the 12th and nobody got back to me. Not paying for laundering that wasnt done. Get someone to ring me.

            Callum Reid
            Head Chef, The Salt Yard
        """),
        labels=lab(note="negated payment with the reason: poor laundering and damage"),
    ),
    Reply(
        key="d-en-rates-rambling",
        intent="dispute",
        lang="en",
        who=("Imogen Faraday", "imogen@willowbrookspa.example"),
        when="2032-04-26 09:05 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-321009",
        amt="1184.70",
        body=t("""
            Dear Fernhollow team,

            I hope you're all well. Apologies in advance for the long email, it has been one of those months. We've just reopened the hydrotherapy suite after the refurbishment, which took three weeks longer than the builders promised, and we've had two therapists off at the same time, so I'm only now catching up with the post and the accounts.

            I do want to say that the new Tuesday collection slot has been working brilliantly and the drivers are always lovely with the team, so please pass that on.

            Going through the invoices with our bookkeeper on Friday, though, we noticed that FCL-321009 charges robes at £1.45 each and towels at 62p. Our agreement, signed last September, fixes robes at £1.10 and towels at 48p until 30 September 2032, and nobody has told us about any change. Across the invoice that's a difference of £117.60, and it looks as if the same rates are on the March invoice too.

            So we won't be paying FCL-321009 as it stands. Could you check it against the contract and reissue it at the agreed rates? Once we have that it will go straight through.

            Warm regards,
            Imogen Faraday
            Owner, Willowbrook Day Spa
        """),
        labels=lab(
            refs=("FCL-321009",),
            note="long reply, the price disagreement in the third paragraph; the reissue request and the conditional payment follow from the dispute",
        ),
    ),
    Reply(
        key="d-de-geschlossen",
        intent="dispute",
        lang="de",
        who=("Markus Oberländer", "m.oberlaender@landhotel-birkenhof.example"),
        when="2032-04-21 16:30 +0200",
        style="outlook_html",
        inv="FCL-320877",
        amt="1356.80",
        body=t("""
            Guten Tag,

            in der Rechnung FCL-320877 sind Anlieferungen am 6., 8. und 10. April berechnet. Unser Haus war vom 5. bis 11. April wegen Renovierung geschlossen, das hatten wir Ihrem Fahrer und Ihrem Innendienst im Februar schriftlich mitgeteilt. In dieser Woche wurde weder etwas geliefert noch abgeholt.

            Bitte korrigieren Sie die Rechnung entsprechend. Bis dahin halten wir die Zahlung zurück.

            Mit freundlichen Grüßen
            Markus Oberländer
            Direktor
            Landhotel Birkenhof
        """),
        labels=lab(
            refs=("FCL-320877",),
            note="billed for deliveries while the hotel was closed",
        ),
    ),
    Reply(
        key="d-de-rahmenvertrag",
        intent="dispute",
        lang="de",
        who=("Stefan Kuhlmann", "einkauf@klinikum-nordheide.example"),
        when="2032-05-03 08:42 +0200",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="FCL-321611",
        amt="4127.62",
        body=t("""
            Sehr geehrte Damen und Herren,

            bezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass die Rechnung FCL-321611 nicht den Konditionen des Rahmenvertrags Nr. RV-2031-118 entspricht. Abgerechnet wurde OP-Bereichskleidung zu 0,94 EUR je Teil; vertraglich vereinbart sind 0,79 EUR je Teil.

            Wir weisen die Rechnung daher in voller Höhe zurück und bitten um Stornierung und Neuausstellung zu den vertraglich vereinbarten Preisen. Eine Mahngebühr erkennen wir nicht an.

            Mit freundlichen Grüßen
            im Auftrag

            Stefan Kuhlmann
            Zentraler Einkauf
            Klinikum Nordheide gGmbH
        """),
        labels=lab(
            refs=("FCL-321611",),
            note="public hospital rejects the invoice against a framework-contract price; the contract number is not an invoice number",
        ),
    ),
    Reply(
        key="d-fr-draps-rendus",
        intent="dispute",
        lang="fr",
        who=("Sophie Lemaire", "s.lemaire@ehpad-lestilleuls.example"),
        when="2032-04-16 14:58 +0200",
        style="gmail",
        inv="FCL-320790",
        amt="1972.40",
        body=t("""
            Bonjour,

            Nous contestons la ligne « linge non restitué » de la facture FCL-320790 : 24 draps et 18 taies facturés comme perdus. Ce linge a bien été rendu lors de la collecte du 2 avril, nous avons le bon de reprise signé par votre chauffeur (je peux vous l'envoyer scanné).

            Merci de nous adresser un avoir pour cette ligne. Le reste de la facture ne pose pas de problème et sera réglé à réception de l'avoir.

            Cordialement,
            Sophie Lemaire
            Gouvernante générale
            EHPAD Les Tilleuls
        """),
        labels=lab(
            refs=("FCL-320790",),
            note="lost-linen charge contested; the rest is paid only after the credit note",
        ),
    ),
    Reply(
        key="d-fr-doublon",
        intent="dispute",
        lang="fr",
        who=("Karim Benali", "karim.benali@lecomptoirdumarche.example"),
        when="2032-04-17 11:03 +0200",
        style="iphone",
        inv="FCL-321004",
        amt="264.00",
        body="Bonjour, vous nous avez facturé deux fois la même livraison : FCL-320998 et FCL-321004, même date, même nombre de nappes. On paiera une des deux, pas les deux.\nKarim",
        labels=lab(refs=("FCL-320998", "FCL-321004"), note="duplicate billing"),
    ),
    Reply(
        key="d-es-albornoces",
        intent="dispute",
        lang="es",
        who=("Ainhoa Etxeberria", "recepcion@balneariolerma.example"),
        when="2032-04-27 16:12 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-321155",
        amt="1460.00",
        body=t("""
            Buenas tardes:

            No estamos de acuerdo con el cargo de 240,00 € por «reposición de albornoces deteriorados». Los albornoces que nos entregasteis en marzo ya venían con los puños deshilachados y lo comunicamos ese mismo día por teléfono a vuestra oficina. No vamos a pagar por un desgaste que no hemos causado nosotros.

            Os pido que anuléis ese cargo. El resto de la factura lo pagamos en cuanto nos llegue la rectificativa.

            Un saludo,
            Ainhoa Etxeberria
            Recepción – Balneario Aguas de Lerma
        """),
        labels=lab(
            note="replacement charge for worn robes contested; payment of the rest waits for a corrected invoice"
        ),
    ),
    Reply(
        key="d-nl-niet-opgehaald",
        intent="dispute",
        lang="nl",
        who=("Joost Mulder", "joost@fysiohetanker.example"),
        when="2032-04-22 17:46 +0200",
        style="apple",
        inv="FCL-320915",
        amt="186.40",
        body=t("""
            Hallo,

            Deze factuur gaan wij niet betalen. Drie weken achter elkaar is er niemand geweest om de vuile handdoeken op te halen en schone te brengen. Wij hebben toen zelf handdoeken moeten kopen en wassen. Ik ga niet betalen voor service die niet geleverd is.

            Ik hoor graag wie hier iets aan gaat doen.

            Joost Mulder
            Fysiotherapie Het Anker
        """),
        labels=lab(note="missed collections; refusal to pay with the reason"),
    ),
    Reply(
        key="d-nl-een-betaald-een-fout",
        intent="dispute",
        lang="nl",
        who=("Lotte Smit", "lotte@eetcafedezevensterren.example"),
        when="2032-04-30 10:20 +0200",
        style="gmail",
        inv="FCL-321455",
        amt="415.00",
        body=t("""
            Goedemorgen,

            FCL-321388 hebben we vorige week betaald. Maar 321455 klopt niet: daar staan 40 tafellakens op en we hebben er maar 25 gekregen, zo stond het ook op de pakbon. Die betalen we pas als hij is aangepast.

            Groetjes,
            Lotte
        """),
        labels=lab(
            refs=("FCL-321388", "FCL-321455"),
            note="one invoice paid, the other contested: dispute wins; '321455' normalised to FCL-321455",
        ),
    ),
    Reply(
        key="d-it-ddt",
        intent="dispute",
        lang="it",
        who=("Rag. Carlo Benedetti", "contabilita@rsailmelograno.example"),
        when="2032-04-12 15:25 +0200",
        style="outlook_html",
        inv="FCL-320118",
        amt="2604.00",
        body=t("""
            Buongiorno,

            in merito al Vostro sollecito, Vi segnaliamo che le quantità riportate nella fattura FCL-320118 non corrispondono a quelle dei documenti di trasporto firmati dal nostro personale: risultano fatturate 620 lenzuola a fronte delle 540 effettivamente consegnate nel mese di marzo.

            Contestiamo pertanto la fattura e restiamo in attesa di una nota di credito per la differenza.

            Distinti saluti

            Rag. Carlo Benedetti
            Ufficio Contabilità – RSA Il Melograno
        """),
        labels=lab(
            refs=("FCL-320118",),
            note="quantities billed above the signed delivery notes",
        ),
    ),
    Reply(
        key="d-it-tovaglie",
        intent="dispute",
        lang="it",
        who=("Salvatore Greco", "salvo.greco@osteriadelmare.example"),
        when="2032-05-01 00:48 +0200",
        style="android",
        inv="FCL-321240",
        amt="358.20",
        body="Buonasera, le tovaglie dell'ultima consegna sono arrivate tutte con macchie di vino, UNA VERGOGNA, non le possiamo mettere in sala. Finché non ce le sostituite non paghiamo niente.\nSalvatore",
        labels=lab(note="stained table linen; payment withheld until replaced"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-hardship",
        intent="payment_plan",
        lang="en",
        who=("Gwen Pritchard", "gwenpritchard.bandb@gmail.com"),
        when="2032-04-14 22:05 +0100",
        style="gmail_plain",
        inv="FCL-319990",
        amt="742.80",
        body=t("""
            Hello,

            I'm so sorry this is late. Bookings have been really poor since the road closure went in at the start of March and I'm struggling to cover everything at the moment. I don't want to fall out with you as you've always been good to us.

            Would it be ok if I paid £150 a month until the balance is cleared? I could make the first payment on the 1st of May. If that's not acceptable please let me know what you can do.

            Best wishes,
            Gwen Pritchard
            Tŷ Gwyn Guest House
        """),
        labels=lab(note="hardship and monthly instalments; plan dates are not labelled"),
    ),
    Reply(
        key="pp-en-part-now",
        intent="payment_plan",
        lang="en",
        who=("Omar Haddad", "omar@cedarandvine.example"),
        when="2032-04-23 15:33 +0100",
        style="iphone",
        inv="FCL-320840",
        amt="1234.20",
        body="Hi, sent £500 today, the other £734.20 I'll clear by end of May. Cash flow tight after the refit. Hope that's ok\nOmar",
        labels=lab(note="part paid now and the rest later → payment_plan, not payment_sent"),
    ),
    Reply(
        key="pp-en-council-extension",
        intent="payment_plan",
        lang="en",
        who=("Rachel Emsley", "rachel.emsley@caldervale-council.example"),
        when="2032-04-15 10:37 +0100",
        style="html_only",
        inv="FCL-320521",
        amt="2960.00",
        body=t("""
            Dear Sir/Madam,

            Invoice FCL-320521 – Calder Vale Leisure Centre (towel hire)

            I am writing to request an extension of 30 days on the payment terms for the above invoice. Following the start of the new financial year the leisure services budget has not yet been released to cost centres, and we expect this to happen in the first half of May. The invoice itself is not in dispute.

            I would be grateful if you could confirm that this is acceptable and put the account on hold in the meantime.

            Yours faithfully,

            Rachel Emsley
            Finance Officer – Leisure and Culture
            Calder Vale Borough Council
        """),
        labels=lab(
            refs=("FCL-320521",),
            note="public body asks for more time; HTML-only message",
        ),
    ),
    Reply(
        key="pp-de-drei-raten",
        intent="payment_plan",
        lang="de",
        who=("Nicole Hartmann", "studio.nicolehartmann@gmail.com"),
        when="2032-04-29 19:12 +0200",
        style="gmail",
        inv="FCL-320966",
        amt="387.00",
        body=t("""
            Hallo,

            ich weiß, dass die Rechnung überfällig ist, tut mir leid. Seit der Baustelle vor dem Laden kommen kaum noch Kundinnen. Wäre es möglich, den Betrag in drei Raten zu zahlen, jeweils zum Monatsanfang (Mai, Juni, Juli)? Die erste Rate könnte ich am 3. Mai überweisen.

            Viele Grüße
            Nicole Hartmann
            Kosmetikstudio Hautnah
        """),
        labels=lab(note="three monthly instalments"),
    ),
    Reply(
        key="pp-de-teilzahlung",
        intent="payment_plan",
        lang="de",
        who=("Erich Bauer", "info@gasthaus-zurlinde.example"),
        when="2032-04-19 11:26 +0200",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="FCL-320598",
        amt="1180.00",
        body=t("""
            Guten Tag,

            heute sind 400 EUR an Sie rausgegangen. Den Rest (780 EUR) überweise ich Ende Mai, vorher geht es leider nicht, das Ostergeschäft war schwächer als gedacht.

            Gruß
            Erich Bauer
            Gasthaus Zur Linde
        """),
        labels=lab(note="part payment today and the rest at the end of May → payment_plan"),
    ),
    Reply(
        key="pp-fr-echeancier",
        intent="payment_plan",
        lang="fr",
        who=("Anne-Laure Picard", "direction@hotelduparc-vichy.example"),
        when="2032-04-13 10:48 +0200",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-320456",
        amt="2233.50",
        body=t("""
            Bonjour,

            Suite à votre relance concernant la facture FCL-320456 : nous traversons une période de trésorerie difficile après des travaux imprévus sur la toiture.

            Serait-il possible de mettre en place un échéancier en trois mensualités, de mai à juillet ? Nous pouvons vous faire un premier virement dès la semaine prochaine si vous êtes d'accord.

            Dans l'attente de votre retour,
            Bien cordialement,

            Anne-Laure Picard
            Directrice
            Hôtel du Parc
        """),
        labels=lab(
            refs=("FCL-320456",),
            note="instalment schedule proposed; the first transfer is conditional on agreement",
        ),
    ),
    Reply(
        key="pp-fr-delai",
        intent="payment_plan",
        lang="fr",
        who=("Thomas Girard", "thomas.girard.kine@gmail.com"),
        when="2032-05-06 20:55 +0200",
        style="gmail_plain",
        inv="FCL-321120",
        amt="214.60",
        body=t("""
            Bonsoir,
            est-ce que je pourrais avoir un délai jusqu'à mi-juin pour cette facture ? Je viens d'ouvrir un deuxième cabinet et la CPAM a du retard dans ses remboursements, je suis un peu juste ce mois-ci.
            Merci de votre compréhension,
            Thomas Girard
            Masseur-kinésithérapeute
        """),
        labels=lab(note="asks for more time → payment_plan; 'mi-juin' is not a promise"),
    ),
    Reply(
        key="pp-es-dos-veces",
        intent="payment_plan",
        lang="es",
        who=("Lucía Fernández", "lucia@tabernaelfaro.example"),
        when="2032-04-21 17:05 +0200",
        style="gmail",
        inv="FCL-320722",
        amt="846.30",
        body=t("""
            Hola,

            ¿Os parece bien si lo pagamos en dos veces? La mitad ahora y la otra mitad a finales de mayo. Abril está siendo flojo y no llegamos a todo.

            Gracias,
            Lucía
            Taberna El Faro
        """),
        labels=lab(note="half now, half at the end of May, as a question"),
    ),
    Reply(
        key="pp-es-aplazamiento",
        intent="payment_plan",
        lang="es",
        who=("José Manuel Prieto", "gerencia@residenciasantateresa.example"),
        when="2032-05-04 09:30 +0200",
        style="outlook_html",
        inv="FCL-321260",
        amt="3318.75",
        body=t("""
            Estimados señores:

            Nos dirigimos a ustedes en relación con la factura FCL-321260. Como saben, buena parte de nuestras plazas son concertadas con la Comunidad, y el pago correspondiente al primer trimestre todavía no se ha hecho efectivo.

            Por ello les solicitamos un aplazamiento del pago hasta el 30 de junio, o bien fraccionarlo en dos plazos (mayo y junio), lo que les resulte más conveniente.

            Quedamos a la espera de su respuesta.

            Atentamente,

            José Manuel Prieto
            Gerente
            Residencia Santa Teresa
        """),
        labels=lab(
            refs=("FCL-321260",),
            note="deferral or two instalments: payment_plan, not a promise for 30 June",
        ),
    ),
    Reply(
        key="pp-nl-regeling",
        intent="payment_plan",
        lang="nl",
        who=("Pieter Bakker", "pieter@dezilvermeeuw.example"),
        when="2032-04-26 13:14 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-320954",
        amt="2075.20",
        body=t("""
            Goedemiddag,

            Het lukt ons op dit moment niet om de volledige factuur in één keer te betalen. Kunnen we een betalingsregeling treffen in vier termijnen? Dan betaal ik elke maand een vast bedrag tot alles voldaan is.

            Laat u maar weten of dat akkoord is.

            Met vriendelijke groet,
            Pieter Bakker
            Hotel De Zilvermeeuw, Egmond aan Zee
        """),
        labels=lab(),
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        who=("Elena Fontana", "amministrazione@albergoalcastello.example"),
        when="2032-04-14 12:00 +0200",
        style="outlook_html",
        inv="FCL-320377",
        amt="1648.00",
        body=t("""
            Buongiorno,

            ci scusiamo per il ritardo nel pagamento. A causa di una stagione invernale molto debole non riusciamo a saldare l'intero importo in un'unica soluzione.

            Vi chiediamo se è possibile rateizzare il debito in tre rate mensili a partire da maggio. Se per voi va bene, vi mandiamo subito il piano con le date.

            Cordiali saluti
            Elena Fontana
            Albergo Al Castello
        """),
        labels=lab(),
    ),
    Reply(
        key="pp-it-acconto",
        intent="payment_plan",
        lang="it",
        who=("Chiara Lombardi", "chiara.lombardi.estetica@gmail.com"),
        when="2032-04-26 18:40 +0200",
        style="iphone",
        inv="FCL-320910",
        amt="520.00",
        body="Ciao, oggi ho fatto un bonifico di 200 euro, il resto lo salderò un po' entro fine mese e un po' a metà giugno, mi dispiace ma è un periodo difficile\nChiara",
        labels=lab(note="part paid today, the rest in two further payments → payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-no-po-no-pay",
        intent="invoice_request",
        lang="en",
        who=("Mark Tennant", "ap.westmoor@westmoorhealth-nhs.example"),
        when="2032-04-27 10:01 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-321190",
        amt="3862.40",
        headers=(XARS,),
        body=t("""
            Dear Supplier,

            We are unable to process invoice FCL-321190 because it does not quote a valid purchase order number. Under our No PO, No Pay policy all invoices must show the official order number.

            The PO for this service is 4500298117. Once you send the invoice reissued with that PO on it, we will pay it in the next available run.

            Kind regards,
            Mark Tennant
            Accounts Payable
            Westmoor Community Health NHS Trust
        """),
        labels=lab(
            refs=("FCL-321190",),
            note="payment conditional on a reissued invoice with the PO: invoice_request, not a promise",
        ),
    ),
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        who=("Lorna Beattie", "lorna@beattiebookkeeping.example"),
        when="2032-04-12 14:16 +0100",
        style="gmail_plain",
        inv="FCL-319714",
        amt="1020.45",
        body=t("""
            Hi,

            I do the books for the Harbour View Hotel. I've got three different balances for them from you – on this reminder, on the March statement and on your customer portal – and I can't make any of them agree. Could you send me a full statement of account since January, with the payments you've received, so I can reconcile it?

            Thanks
            Lorna Beattie
            Beattie Bookkeeping
        """),
        labels=lab(
            note="statement of account requested by the customer's bookkeeper; not a wrong contact"
        ),
    ),
    Reply(
        key="ir-en-bank-letter",
        intent="invoice_request",
        lang="en",
        who=("Priya Raman", "priya.raman@oakleighcaregroup.example"),
        when="2032-05-05 15:44 +0100",
        style="thunderbird",
        cte="8bit",
        inv="FCL-321058",
        amt="2711.90",
        body=t("""
            Hello,

            Before we can release this payment we need your bank details confirmed on company letterhead, signed by a director. After an attempted fraud last year our policy is not to pay any supplier whose details we haven't verified this way, and yours were never sent to us.

            Please send the letter to this address and we'll set you up and pay the invoice straight away.

            Regards,
            Priya Raman
            Purchase Ledger
            Oakleigh Care Group
        """),
        labels=lab(note="bank details needed before paying, nothing contested"),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        who=("Claudia Reisinger", "kaemmerei@lra-ebersfeld.example"),
        when="2032-04-22 10:57 +0200",
        style="outlook",
        inv="FCL-320930",
        amt="1588.30",
        body=t("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung FCL-320930 ist bei uns nur als PDF eingegangen. Als öffentlicher Auftraggeber dürfen wir Rechnungen ausschließlich im Format XRechnung über die Rechnungseingangsplattform annehmen. Außerdem fehlt die Leitweg-ID.

            Bitte reichen Sie die Rechnung in diesem Format erneut ein; die Zahlung erfolgt dann innerhalb der vereinbarten Frist.

            Mit freundlichen Grüßen
            Im Auftrag
            Claudia Reisinger
            Kämmerei – Landratsamt Ebersfeld
        """),
        labels=lab(
            refs=("FCL-320930",),
            note="public body needs the invoice as an e-invoice before paying",
        ),
    ),
    Reply(
        key="ir-de-welche-rechnung",
        intent="invoice_request",
        lang="de",
        who=("Dimitrios Papadakis", "kontakt@taverne-olympia-kassel.example"),
        when="2032-05-01 12:18 +0200",
        style="iphone",
        inv="FCL-321212",
        amt="298.70",
        body="welche rechnung?? haben keine bekommen. bitte nochmal schicken dann zahl ich",
        labels=lab(note="lower case, no punctuation; payment conditional on receiving the invoice"),
    ),
    Reply(
        key="ir-fr-bon-de-commande",
        intent="invoice_request",
        lang="fr",
        who=("Nathalie Perrin", "compta.fournisseurs@clinique-saintroch.example"),
        when="2032-04-19 09:14 +0200",
        style="outlook_html",
        inv="FCL-320666",
        amt="3090.00",
        body=t("""
            Bonjour,

            La facture FCL-320666 ne mentionne pas notre numéro de bon de commande ; notre service ne peut donc pas l'intégrer dans le circuit de validation.

            Merci de nous faire parvenir une copie de la facture portant la référence BC-2032-00417. Dès réception, elle sera mise en paiement.

            Cordialement,
            Nathalie Perrin
            Comptabilité fournisseurs
            Clinique Saint-Roch
        """),
        labels=lab(refs=("FCL-320666",)),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        who=("Emma Rolland", "emma@spa-lesgaletsbleus.example"),
        when="2032-04-28 16:06 +0200",
        style="gmail",
        cte="b64",
        inv="FCL-321011",
        amt="472.80",
        body=t("""
            Bonjour,

            je ne retrouve pas cette facture dans nos mails, pourriez-vous me la renvoyer ? Et votre RIB aussi svp, je n'arrive pas à remettre la main dessus. Je fais le virement dès que j'ai les deux.

            Merci !
            Emma
            Spa Les Galets Bleus
        """),
        labels=lab(note="invoice copy and bank details before paying"),
    ),
    Reply(
        key="ir-es-face",
        intent="invoice_request",
        lang="es",
        who=("Ramón Gil Escudero", "intervencion@villasecadelrio.example"),
        when="2032-04-16 13:02 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="FCL-320711",
        amt="1245.00",
        body=t("""
            Estimados señores:

            En relación con su recordatorio de pago, les comunicamos que la factura FCL-320711 no puede tramitarse, ya que las administraciones públicas solo podemos aceptar facturas electrónicas presentadas a través de FACe, con los códigos DIR3 de oficina contable, órgano gestor y unidad tramitadora.

            Les rogamos que presenten la factura por dicha vía. Una vez registrada, se seguirá el procedimiento ordinario de pago.

            Atentamente,

            Ramón Gil Escudero
            Intervención Municipal
            Ayuntamiento de Villaseca del Río
        """),
        labels=lab(
            refs=("FCL-320711",),
            note="town council needs an e-invoice through the public platform",
        ),
    ),
    Reply(
        key="ir-es-desglose",
        intent="invoice_request",
        lang="es",
        who=("Marta Oliva", "marta.oliva@hotelcalablanca.example"),
        when="2032-05-06 08:35 +0200",
        style="android",
        inv="FCL-321301",
        amt="1875.60",
        body="Hola, me podéis mandar el desglose de esta factura? Solo pone 'servicio lavandería abril' y el importe, y mi jefe no me la firma sin ver cuántas piezas son. Gracias",
        labels=lab(note="asks for the breakdown; the amount is not contested"),
    ),
    Reply(
        key="ir-nl-ordernummer",
        intent="invoice_request",
        lang="nl",
        who=("Anouk de Graaf", "crediteuren@zorggroepweidehof.example"),
        when="2032-04-20 11:50 +0200",
        style="outlook",
        inv="FCL-320803",
        amt="2446.35",
        body=t("""
            Geachte heer/mevrouw,

            Wij kunnen factuur FCL-320803 niet verwerken omdat het inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met ordernummer IO-77215? Daarna wordt hij in de eerstvolgende betaalrun meegenomen.

            Met vriendelijke groet,

            Anouk de Graaf
            Crediteurenadministratie
            Zorggroep Weidehof
        """),
        labels=lab(refs=("FCL-320803",)),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        who=("Sem Visser", "semvisser.kok@gmail.com"),
        when="2032-04-25 21:03 +0200",
        style="gmail_plain",
        inv="FCL-320870",
        amt="311.25",
        body=t("""
            hoi, kunnen jullie een kopie van de factuur sturen? die is bij ons kwijt geraakt bij de verbouwing. dan betaal ik hem deze week nog
            sem
        """),
        labels=lab(note="copy requested; the payment this week depends on it"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        who=("Giulia Conti", "segreteria@studiomarinieconti.example"),
        when="2032-04-30 11:38 +0200",
        style="outlook_html",
        inv="FCL-321174",
        amt="389.40",
        body=t("""
            Buongiorno,

            non abbiamo mai ricevuto la fattura elettronica tramite SdI: nel nostro cassetto fiscale non compare. Vi chiediamo di riemetterla indicando il codice destinatario M5UXCR1 (o la nostra PEC), altrimenti il nostro commercialista non può registrarla e non possiamo pagarla.

            Grazie e buona giornata,
            Giulia Conti
            Segreteria – Studio Dentistico Marini & Conti
        """),
        labels=lab(note="electronic invoice through the exchange system needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-left-hotel",
        intent="wrong_contact",
        lang="en",
        who=("Daniel Okafor", "dan.okafor84@gmail.com"),
        when="2032-04-19 19:20 +0100",
        style="gmail",
        inv="FCL-320345",
        amt="1560.00",
        body=t("""
            Hi, I left the Riverside Hotel at the end of March so I can't help with this I'm afraid. Their accounts are done by Sue at head office now – accounts@riversidehotel-bath.example

            Dan
        """),
        labels=lab(new_contact="accounts@riversidehotel-bath.example"),
    ),
    Reply(
        key="wc-en-redirect-scam",
        intent="wrong_contact",
        lang="en",
        who=(
            "Thornbury Manor Hotel Accounts",
            "accounts@thornbury-manor-hotel.example",
        ),
        quoted_to="accounts@thornburymanor.example",
        when="2032-04-21 08:03 +0100",
        style="html_only",
        charset="windows-1252",
        inv="FCL-320818",
        amt="2894.30",
        body=t("""
            Good day,

            Please be informed that our accounts department has moved to a new email system and this address will no longer be monitored. Kindly update your records and direct all statements, reminders and payment correspondence for our account to thornburymanor.payables@gmail.com with immediate effect.

            Please also confirm by return the full outstanding balance and your bank details so we can arrange settlement.

            Regards,
            Accounts Department
            Thornbury Manor Hotel
        """),
        labels=lab(
            new_contact="thornburymanor.payables@gmail.com",
            note="reads like a redirect scam (look-alike sender, free-mail target); the label records what the message asks, not whether it is genuine",
        ),
    ),
    Reply(
        key="wc-en-housekeeper-cc",
        intent="wrong_contact",
        lang="en",
        who=("Bernadette Lyle", "housekeeping@kingsmeadhotel.example"),
        when="2032-05-04 10:27 +0100",
        style="outlook",
        inv="FCL-321133",
        amt="1907.55",
        headers=(("Cc", "Finance Team <Finance.Team@KingsmeadHotel.example>"),),
        body=t("""
            Hello,

            I'm the head housekeeper, I don't deal with invoices or payments. I have copied in our finance team – please send anything about the account to Finance.Team@KingsmeadHotel.example from now on.

            Thanks,
            Bernadette Lyle
            Head Housekeeper
        """),
        labels=lab(
            new_contact="finance.team@kingsmeadhotel.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-de-nicht-zustaendig",
        intent="wrong_contact",
        lang="de",
        who=("Katrin Wiesner", "k.wiesner@hotel-zurpost-celle.example"),
        when="2032-04-15 14:40 +0200",
        style="outlook_html",
        inv="FCL-320584",
        amt="1389.90",
        body=t("""
            Hallo,

            ich bin seit April nicht mehr für die Kreditoren zuständig, das hat unsere neue Kollegin in der Buchhaltung übernommen. Bitte schicken Sie Erinnerungen und Rechnungen künftig an buchhaltung@hotel-zurpost-celle.example.

            Viele Grüße
            Katrin Wiesner
            Rezeption
        """),
        labels=lab(new_contact="buchhaltung@hotel-zurpost-celle.example"),
    ),
    Reply(
        key="wc-fr-cabinet-comptable",
        intent="wrong_contact",
        lang="fr",
        who=("Hélène Caradec", "helene@creperie-lesmouettes.example"),
        when="2032-04-20 15:15 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="FCL-320747",
        amt="226.80",
        body=t("""
            Bonjour,

            Ce n'est plus moi qui gère la comptabilité de la crêperie depuis le mois dernier, c'est notre cabinet comptable qui s'en charge. Merci d'écrire directement à mme.legoff@cabinet-legoff-compta.example pour tout ce qui concerne les factures.

            Bonne journée,
            Hélène Caradec
        """),
        labels=lab(new_contact="mme.legoff@cabinet-legoff-compta.example"),
    ),
    Reply(
        key="wc-fr-architectes",
        intent="wrong_contact",
        lang="fr",
        who=("Vincent Morel", "contact@morel-architectes.example"),
        when="2032-05-07 09:12 +0200",
        style="gmail",
        inv="FCL-321421",
        amt="640.00",
        body=t("""
            Bonjour,

            Je pense que vous vous trompez d'adresse : nous sommes un cabinet d'architectes, nous n'avons jamais eu de contrat de blanchisserie avec vous et le nom sur la facture ne nous dit rien.

            Merci de corriger votre fichier.

            Vincent Morel
        """),
        labels=lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-es-reservas",
        intent="wrong_contact",
        lang="es",
        who=("Beatriz Luque", "reservas@hotelalcazabacaceres.example"),
        when="2032-04-14 12:47 +0200",
        style="outlook_html",
        inv="FCL-320433",
        amt="1712.15",
        body=t("""
            Buenos días,

            Este correo es el de reservas del hotel; aquí no gestionamos facturas de proveedores. Por favor, envíen los recordatorios y las facturas a administracion@hotelalcazabacaceres.example, que es quien se encarga de los pagos.

            Un saludo,
            Beatriz Luque
            Dpto. Reservas
        """),
        labels=lab(new_contact="administracion@hotelalcazabacaceres.example"),
    ),
    Reply(
        key="wc-es-ya-no-trabajo",
        intent="wrong_contact",
        lang="es",
        rlang="en",
        who=("Sergio Domínguez", "sergio.dominguez@spatermalaurora.example"),
        when="2032-04-24 10:09 +0200",
        style="android",
        inv="FCL-320805",
        amt="936.00",
        body="Ya no trabajo en el spa desde hace un mes. Escribid a la nueva encargada, Raquel: raquel.pons@spatermalaurora.example",
        labels=lab(
            new_contact="raquel.pons@spatermalaurora.example",
            note="Spanish reply to an English reminder",
        ),
    ),
    Reply(
        key="wc-nl-infoadres",
        intent="wrong_contact",
        lang="nl",
        who=("Infodesk De Veluwse Bron", "info@wellnessdeveluwsebron.example"),
        when="2032-04-12 11:03 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-320147",
        amt="3140.50",
        body=t("""
            Beste,

            Dit is het algemene infoadres van het resort, hier worden geen facturen behandeld. Wilt u herinneringen en facturen voortaan naar crediteuren@wellnessdeveluwsebron.example sturen?

            Met vriendelijke groet,
            Sanne
            Infodesk Wellness Resort De Veluwse Bron
        """),
        labels=lab(new_contact="crediteuren@wellnessdeveluwsebron.example"),
    ),
    Reply(
        key="wc-nl-doorgestuurd",
        intent="wrong_contact",
        lang="nl",
        who=("Mark Verbeek", "mark@hotelhetbaken.example"),
        when="2032-04-29 16:27 +0200",
        style="gmail",
        inv="FCL-321036",
        amt="1195.80",
        body=t("""
            Hoi,

            Betalingen doe ik niet meer, dat heeft Ingrid overgenomen. Ik heb je mail naar haar doorgestuurd, maar stuur het in het vervolg rechtstreeks naar ingrid.vos@hotelhetbaken.example.

            Groet,
            Mark
        """),
        labels=lab(new_contact="ingrid.vos@hotelhetbaken.example"),
    ),
    Reply(
        key="wc-it-sono-lo-chef",
        intent="wrong_contact",
        lang="it",
        who=("Paolo Ricci", "paolo.ricci@ristorantelagrotta.example"),
        when="2032-04-21 15:30 +0200",
        style="gmail_plain",
        inv="FCL-320688",
        amt="432.10",
        body=t("""
            Buongiorno,
            io sono lo chef, dell'amministrazione non mi occupo. Scrivete per favore a amministrazione@ristorantelagrotta.example, ci pensa mia sorella.
            Grazie
            Paolo
        """),
        labels=lab(new_contact="amministrazione@ristorantelagrotta.example"),
    ),
    Reply(
        key="wc-it-commercialista",
        intent="wrong_contact",
        lang="it",
        who=("Laura Bianchi", "info@dayspaacquaviva.example"),
        when="2032-05-03 10:15 +0200",
        style="outlook_html",
        inv="FCL-321270",
        amt="815.40",
        body=t("""
            Gentili signori,

            da aprile la nostra contabilità è gestita dallo Studio Rossetti, che si occupa anche dei pagamenti ai fornitori. Vi preghiamo quindi di indirizzare solleciti ed estratti conto a pagamenti@studiorossetti-commercialisti.example, mettendoci eventualmente in copia.

            Cordiali saluti
            Laura Bianchi
            Day Spa Acqua Viva
        """),
        labels=lab(new_contact="pagamenti@studiorossetti-commercialisti.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="u-en-pay-but-stop",
        intent="unsubscribe",
        lang="en",
        who=("Tony Ashworth", "tony@ashworthsbistro.example"),
        when="2032-04-14 12:58 +0100",
        style="iphone",
        inv="FCL-320215",
        amt="527.90",
        body="I'll pay it Friday. Now PLEASE stop emailing me about it, this is the third one this week and I've got a kitchen to run.",
        labels=lab(note="promise plus 'stop emailing': unsubscribe beats everything but bounce"),
    ),
    Reply(
        key="u-en-solicitors",
        intent="unsubscribe",
        lang="en",
        who=("Graham Elwood", "g.elwood@elmfieldlodge.example"),
        when="2032-04-22 17:15 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-320372",
        amt="4620.00",
        days_before=0,
        body=t("""
            Dear Sirs,

            We refer to your e-mail of today's date.

            As you are aware, the amounts claimed on this account are the subject of an ongoing disagreement concerning the termination of our contract. We have now instructed Harrow Keane LLP to act for us in this matter. All further correspondence concerning this account must be directed to them, quoting reference HK/EL/2207, and we ask that you cease contacting this company or its staff directly.

            Yours faithfully,

            Graham Elwood
            Director
            Elmfield Lodge Care Home Ltd
        """),
        labels=lab(
            note="'deal with our solicitors' with no address → unsubscribe; the contract disagreement does not outrank it"
        ),
    ),
    Reply(
        key="u-en-all-caps",
        intent="unsubscribe",
        lang="en",
        who=("DEREK MOSS", "mossysfishbar@gmail.com"),
        when="2032-05-01 08:15 +0100",
        style="gmail_plain",
        inv="FCL-320990",
        amt="118.40",
        body="STOP SENDING ME THESE. WE CANCELLED THE OVERALLS IN JANUARY AND I HAVE TOLD YOUR OFFICE TWICE. TAKE ME OFF YOUR LIST",
        labels=lab(
            note="all caps; stop request plus a cancellation claim: unsubscribe beats dispute"
        ),
    ),
    Reply(
        key="u-de-nur-post",
        intent="unsubscribe",
        lang="de",
        who=("Werner Albrecht", "verwaltung@seniorenresidenz-kurpark.example"),
        when="2032-04-12 09:40 +0200",
        style="outlook",
        inv="FCL-319930",
        amt="2830.00",
        body=t("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, uns Zahlungserinnerungen und Rechnungen künftig ausschließlich auf dem Postweg an unsere Verwaltungsanschrift zu senden. E-Mails an diese Adresse werden nicht mehr bearbeitet.

            Mit freundlichen Grüßen
            Werner Albrecht
            Verwaltungsleitung
            Seniorenresidenz Am Kurpark
        """),
        labels=lab(note="post only → unsubscribe"),
    ),
    Reply(
        key="u-de-austragen",
        intent="unsubscribe",
        lang="de",
        rlang="en",
        who=("Jana Krüger", "jana.krueger@cafe-kruemel.example"),
        when="2032-04-30 14:44 +0200",
        style="iphone",
        inv="FCL-321029",
        amt="164.30",
        body="Bitte tragen Sie mich aus Ihrem Verteiler aus. Die Rechnung ist seit Wochen bezahlt!!",
        labels=lab(
            note="stop request plus a payment claim: unsubscribe wins; German reply to an English reminder"
        ),
    ),
    Reply(
        key="u-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        who=("Bénédicte Delacroix", "b.delacroix@delacroix-avocats.example"),
        when="2032-05-06 11:22 +0200",
        style="outlook_html",
        inv="FCL-321305",
        amt="186.00",
        body=t("""
            Madame, Monsieur,

            Nous accusons réception de votre nouvelle relance, la troisième en quinze jours.

            Nous vous prions de bien vouloir cesser tout envoi de relances par courriel à cette adresse. Toute correspondance relative à ce compte devra désormais être adressée par courrier à notre cabinet, à l'attention du secrétariat général.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Bénédicte Delacroix
            Avocate associée
            Delacroix & Associés
        """),
        labels=lab(note="law firm (washroom linen customer) asks for post only → unsubscribe"),
    ),
    Reply(
        key="u-es-dejen",
        intent="unsubscribe",
        lang="es",
        who=("Carmen Ruiz", "carmenruiz.fisio@gmail.com"),
        when="2032-04-19 08:55 +0200",
        style="gmail_plain",
        inv="FCL-320551",
        amt="96.80",
        body="Dejen de enviarme correos por favor, ya pagué en marzo y se lo he dicho dos veces por teléfono. No quiero recibir más recordatorios.",
        labels=lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="u-es-abogado",
        intent="unsubscribe",
        lang="es",
        who=("Xoán Lorenzo", "xlorenzo@grupoiasbaixas.example"),
        when="2032-04-28 16:36 +0200",
        style="outlook",
        charset="windows-1252",
        inv="FCL-321085",
        amt="3975.20",
        body=t("""
            Buenas tardes,

            Les informamos de que este asunto está en manos de nuestro abogado. Cualquier comunicación sobre esta deuda deberán dirigirla a él; por favor, no vuelvan a escribir a esta dirección.

            Atentamente,
            Xoán Lorenzo
            Grupo Hostelero Rías Baixas
        """),
        labels=lab(note="'talk to our lawyer', no address given → unsubscribe"),
    ),
    Reply(
        key="u-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        who=("Yvonne de Wit", "yvonne@kapsalonmooi.example"),
        when="2032-04-15 20:10 +0200",
        style="gmail",
        inv="FCL-320511",
        amt="72.60",
        body=t("""
            Graag afmelden voor deze mails, ik heb het abonnement op de werkkleding in februari al opgezegd.

            Yvonne de Wit
        """),
        labels=lab(note="unsubscribe request with a cancellation claim"),
    ),
    Reply(
        key="u-nl-advocaat",
        intent="unsubscribe",
        lang="nl",
        who=("Hans Kuipers", "h.kuipers@strandpaviljoen-zeezicht.example"),
        when="2032-04-27 12:31 +0200",
        style="apple",
        inv="FCL-320705",
        amt="1432.00",
        body=t("""
            Ik wil hierover geen mails meer ontvangen. Wij hebben een advocaat ingeschakeld, alle correspondentie graag via hem.

            H. Kuipers
            Strandpaviljoen Zeezicht
        """),
        labels=lab(note="stop e-mailing, go through our lawyer (no address)"),
    ),
    Reply(
        key="u-it-lista",
        intent="unsubscribe",
        lang="it",
        who=("Roberta Sala", "roberta.sala.spa@gmail.com"),
        when="2032-04-16 13:13 +0200",
        style="gmail_plain",
        inv="FCL-320460",
        amt="240.00",
        body="cancellatemi dalla vostra lista, non voglio più ricevere queste mail. grazie",
        labels=lab(),
    ),
    Reply(
        key="u-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        who=("Direzione Amministrativa", "direzione@hoteltermebelvedere.example"),
        when="2032-05-04 16:02 +0200",
        style="outlook_html",
        inv="FCL-321218",
        amt="5210.60",
        body=t("""
            Spettabile società,

            con riferimento alle Vostre ripetute comunicazioni via e-mail, Vi invitiamo a non utilizzare più questo indirizzo per solleciti di pagamento. Ogni comunicazione relativa alla nostra posizione dovrà pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.

            Distinti saluti
            La Direzione Amministrativa
            Hotel Terme Belvedere
        """),
        labels=lab(note="registered post only → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="a-en-annual-leave",
        intent="auto_reply",
        lang="en",
        who=("Claire Whitfield", "claire.whitfield@abbotsfordhotel.example"),
        when="2032-04-29 09:14 +0100",
        style="notice_html",
        inv="FCL-321047",
        amt="1304.40",
        headers=(AUTO, XARS),
        body=t("""
            Thank you for your email. I am on annual leave and will be back in the office on Tuesday 4 May. I will not be checking emails while I am away.

            For anything urgent, please call reception on 01632 960722.
        """),
        labels=lab(
            return_date="2032-05-04",
            note="Exchange out-of-office sent as HTML only; back the day after the bank holiday",
        ),
    ),
    Reply(
        key="a-en-ticket-utrecht",
        intent="auto_reply",
        lang="en",
        rlang="en",
        who=("Finance Service Desk", "servicedesk.finance@vanleeuwenhotels.example"),
        when="2032-04-13 09:21 +0200",
        style="notice",
        inv="FCL-320262",
        amt="2604.00",
        subject="[FIN-204117] Re: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        body=t("""
            Dear sender,

            Your email has been received by the Finance Service Desk and logged as ticket FIN-204117. One of our colleagues will pick it up within five working days.

            Please keep the ticket number in the subject line if you write to us again about this matter, so that your message is added to the same ticket.

            This is an automatically generated message.

            Van Leeuwen Hotels | Finance Shared Service Centre | Utrecht
        """),
        labels=lab(
            note="ticket acknowledgement from a Dutch group writing in English (central European time); only Precedence: auto_reply"
        ),
    ),
    Reply(
        key="a-en-until-23rd",
        intent="auto_reply",
        lang="en",
        who=("Joanne Pryce", "manager@brackenfieldcare.example"),
        when="2032-04-19 07:55 +0100",
        style="notice",
        inv="FCL-320380",
        amt="1887.00",
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Hi, I'm out of the office until 23rd April with limited access to email. If your message is about a resident please ring the nurses' station on 01632 960381; invoices and accounts can wait until I'm back.",
        labels=lab(
            return_date="2032-04-23",
            note="'until X' → X itself; only X-Autoreply, no Auto-Submitted",
        ),
    ),
    Reply(
        key="a-de-abwesend",
        intent="auto_reply",
        lang="de",
        who=("Andrea Feldmann", "a.feldmann@parkhotel-lindau.example"),
        when="2032-04-20 10:05 +0200",
        style="notice",
        inv="FCL-320692",
        amt="1740.30",
        headers=(AUTO,),
        body=t("""
            Guten Tag,

            vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 23.04.2032, nicht im Haus und ab Montag, 26.04.2032, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unsere Rezeption unter +49 8382 000000.

            Mit freundlichen Grüßen
            Andrea Feldmann
            Parkhotel Lindau
        """),
        labels=lab(
            return_date="2032-04-26",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="a-de-eingangsbestaetigung",
        intent="auto_reply",
        lang="de",
        who=(
            "Rechnungseingang Klinikverbund Südheide",
            "rechnungseingang@klinikverbund-suedheide.example",
        ),
        when="2032-05-05 09:07 +0200",
        style="notice",
        charset="iso-8859-1",
        cte="8bit",
        subject="Eingangsbestätigung: {rsub}",
        inv="FCL-321381",
        amt="6012.75",
        headers=(AUTO,),
        body=t("""
            Sehr geehrte Damen und Herren,

            dies ist eine automatisch erzeugte Eingangsbestätigung. Ihre Nachricht ist in unserem zentralen Rechnungseingang angekommen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

            Hinweis: Rechnungen werden ausschließlich im PDF-Format als Anhang verarbeitet.

            Klinikverbund Südheide - Kreditorenbuchhaltung
        """),
        labels=lab(note="receipt acknowledgement, no return date"),
    ),
    Reply(
        key="a-fr-retour-3-mai",
        intent="auto_reply",
        lang="fr",
        who=("Camille Fabre", "camille.fabre@hotel-lesoleilbleu.example"),
        when="2032-04-22 10:30 +0200",
        style="notice_alt",
        inv="FCL-320829",
        amt="1177.40",
        headers=(AUTO, XARS),
        body=t("""
            Bonjour,

            Je suis absente du bureau et serai de retour le lundi 3 mai. Pendant mon absence, vos messages ne seront pas transférés.

            Pour toute urgence, merci de contacter la réception au 04 90 00 00 00.

            Cordialement,
            Camille Fabre
        """),
        labels=lab(return_date="2032-05-03"),
    ),
    Reply(
        key="a-fr-pont-ascension",
        intent="auto_reply",
        lang="fr",
        who=("Service comptabilité", "comptabilite@gh-cotedopale.example"),
        when="2032-05-06 08:15 +0200",
        style="notice",
        inv="FCL-321342",
        amt="2560.90",
        headers=(("X-Autoreply", "yes"),),
        body=t("""
            Bonjour,

            Le service comptabilité est fermé du jeudi 6 au dimanche 9 mai inclus (pont de l'Ascension). Réouverture le lundi 10 mai à 9 h.

            Votre message sera traité à notre retour.

            Service comptabilité
            Groupe Hôtelier Côte d'Opale
        """),
        labels=lab(
            return_date="2032-05-10",
            note="office closure; the reopening day is the return date; only X-Autoreply",
        ),
    ),
    Reply(
        key="a-es-hasta-19",
        intent="auto_reply",
        lang="es",
        who=("Alberto Navas", "anavas@clinicafisiosur.example"),
        when="2032-04-14 11:11 +0200",
        style="notice_alt",
        inv="FCL-320498",
        amt="684.00",
        headers=(AUTO,),
        body=t("""
            Hola:

            Estoy fuera de la oficina hasta el 19 de abril, sin acceso al correo. Para temas de facturación pueden escribir a mi compañera Inés (ines.roca@clinicafisiosur.example).

            Gracias.
        """),
        labels=lab(
            return_date="2032-04-19",
            note="'hasta X' → X itself; a colleague's address in an auto-reply is not a new contact",
        ),
    ),
    Reply(
        key="a-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        who=("Marieke Bos", "m.bos@zorgvillaheidezicht.example"),
        when="2032-04-26 09:00 +0200",
        style="notice",
        inv="FCL-320931",
        amt="2218.60",
        headers=(AUTO,),
        body=t("""
            Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 30 april en vanaf maandag 3 mei weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Voor dringende zaken kunt u bellen met het secretariaat: 088 000 0000.
        """),
        labels=lab(
            return_date="2032-05-03",
            note="'vanaf maandag 3 mei' wins over 't/m vrijdag 30 april'",
        ),
    ),
    Reply(
        key="a-nl-ticket",
        intent="auto_reply",
        lang="nl",
        who=(
            "Klantenservice Wellnesspark De Bronnen",
            "support@wellnessparkdebronnen.example",
        ),
        when="2032-05-06 09:45 +0200",
        style="notice_alt",
        inv="FCL-321360",
        amt="1496.30",
        subject="Uw vraag is ontvangen [#NL-55821]",
        headers=(("Precedence", "bulk"),),
        body=t("""
            Beste relatie,

            Bedankt voor uw e-mail. Uw vraag is bij ons geregistreerd onder nummer #NL-55821. Wij streven ernaar binnen twee werkdagen te reageren; in verband met Hemelvaartsdag kan het iets langer duren.

            Met vriendelijke groet,
            Team Klantenservice
            Wellnesspark De Bronnen

            Dit is een automatisch verzonden bericht, u kunt hier niet op antwoorden.
        """),
        labels=lab(note="ticket acknowledgement with only Precedence: bulk; no return date"),
    ),
    Reply(
        key="a-it-fino-al-30",
        intent="auto_reply",
        lang="it",
        who=("Stefania Moretti", "s.moretti@hotelvillaflora.example"),
        when="2032-04-23 08:20 +0200",
        style="notice",
        inv="FCL-320959",
        amt="1388.00",
        headers=(AUTO,),
        body=t("""
            Buongiorno,

            sarò fuori ufficio fino a venerdì 30 aprile con accesso limitato alla posta. Per questioni urgenti potete contattare il ricevimento allo 0365 000000.

            Cordiali saluti
            Stefania Moretti
            Amministrazione – Hotel Villa Flora
        """),
        labels=lab(return_date="2032-04-30", note="'fino a X' → X itself"),
    ),
    Reply(
        key="a-it-ristorante",
        intent="auto_reply",
        lang="it",
        who=("Ristorante Da Nonna Pina", "info@danonnapina.example"),
        when="2032-04-17 12:03 +0200",
        style="notice",
        inv="FCL-320534",
        amt="298.00",
        subject="Re: {rsub}",
        body=t("""
            Grazie per averci scritto!

            Questa è una risposta automatica: leggiamo la posta una volta al giorno e vi risponderemo il prima possibile. Per prenotare un tavolo chiamateci allo 0000 000000 oppure usate il modulo sul nostro sito.

            Ristorante Da Nonna Pina
        """),
        labels=lab(note="restaurant autoresponder with no automatic-message header at all"),
    ),
]

OTHER = [
    Reply(
        key="o-en-did-we-not-pay",
        intent="other",
        lang="en",
        who=("Rob Henshaw", "rob@henshawsbakehouse.example"),
        when="2032-04-13 07:12 +0100",
        style="apple",
        inv="FCL-320082",
        amt="286.50",
        body=t("""
            Morning, did we not pay this? I'm sure Kate did it with the March ones. Can you check your end and let me know

            Rob
        """),
        labels=lab(note="a question whether it was paid: no payment claim, no document request"),
    ),
    Reply(
        key="o-en-closed-collect",
        intent="other",
        lang="en",
        who=("Patricia Dunmore", "office@larchwoodhouse.example"),
        when="2032-04-30 11:02 +0100",
        style="outlook",
        inv="FCL-320903",
        amt="1122.00",
        body=t("""
            Hello,

            Larchwood House closed its doors on 31 March and the last of our residents moved to other homes that week. I'm still coming in a couple of days a week to wind things down.

            There are eleven bags of your sheets and towels in the old laundry room and two of your cages. When can your driver come and collect them? I'm here Tuesdays and Fridays.

            Patricia Dunmore
            Office Manager
        """),
        labels=lab(
            note="care home closed; collection question; the writer is still the contact and nothing is promised"
        ),
    ),
    Reply(
        key="o-en-extra-linen",
        intent="other",
        lang="en",
        who=("Sophie Kendrick", "ops@theharbourmasters.example"),
        when="2032-04-14 16:20 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="FCL-320349",
        amt="958.25",
        body=t("""
            Hi team,

            Quick one – we've got a wedding in on Saturday, could you add 20 extra bath sheets and 40 napkins to Thursday's drop? Same as last time.

            Cheers,
            Sophie
            Operations, The Harbourmaster's House
        """),
        labels=lab(note="order request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="o-de-weitergeleitet",
        intent="other",
        lang="de",
        who=("Melanie Schuster", "rezeption@hotel-goldenerhirsch-passau.example"),
        when="2032-04-21 09:33 +0200",
        style="android",
        inv="FCL-320640",
        amt="1506.20",
        body="Danke, hab ich an den Chef weitergeleitet.\nLG Melanie",
        labels=lab(note="acknowledgement only; passing it on is not a new contact"),
    ),
    Reply(
        key="o-de-gekuendigt-abholung",
        intent="other",
        lang="de",
        who=("Frank Lehmann", "f.lehmann@physio-lehmann.example"),
        when="2032-05-06 10:44 +0200",
        style="gmail_plain",
        inv="FCL-321408",
        amt="142.80",
        body=t("""
            Hallo,

            wir haben den Vertrag ja zum 31.03. gekündigt (das Schreiben liegt Ihnen vor). Bei uns stehen noch zwei Wäschesäcke und ein Rollwagen von Ihnen im Keller. Wann werden die abgeholt? Und bekommen wir die Kaution für die Kittel zurück?

            Gruß
            Frank Lehmann
        """),
        labels=lab(
            note="contract ended; asks about collection and deposit, says nothing against the invoice"
        ),
    ),
    Reply(
        key="o-fr-bien-recu",
        intent="other",
        lang="fr",
        who=("Lucie Vidal", "lucie.vidal@cliniquedesalpilles.example"),
        when="2032-04-27 08:41 +0200",
        style="iphone",
        inv="FCL-320925",
        amt="2047.30",
        body="Bien reçu, merci. Je regarde ça avec la direction.",
        labels=lab(note="acknowledgement without commitment"),
    ),
    Reply(
        key="o-fr-rappelez-moi",
        intent="other",
        lang="fr",
        who=("Gérard Bonnet", "g.bonnet@hotel-lesremparts.example"),
        when="2032-05-05 15:58 +0200",
        style="outlook",
        charset="iso-8859-1",
        inv="FCL-321166",
        amt="1630.00",
        body=t("""
            Bonjour,

            J'aimerais qu'on m'explique les nouvelles conditions du contrat dont votre commercial m'a parlé en mars, je n'ai rien reçu par écrit. Pouvez-vous me rappeler au 06 00 00 00 00, de préférence le matin ?

            Cordialement,
            Gérard Bonnet
            Directeur, Hôtel Les Remparts
        """),
        labels=lab(
            note="asks for a call about the contract terms; contests nothing, asks for no document, commits to nothing"
        ),
    ),
    Reply(
        key="o-es-ok-recibido",
        intent="other",
        lang="es",
        who=("Manuel Herrera", "manuherrera.cocina@gmail.com"),
        when="2032-04-16 12:50 +0200",
        style="iphone",
        inv="FCL-320517",
        amt="205.40",
        body="ok recibido",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="o-es-hable-con-comercial",
        intent="other",
        lang="es",
        who=("Sonia Beltrán", "sbeltran@hotelcostadorada.example"),
        when="2032-04-26 11:11 +0200",
        style="outlook_html",
        inv="FCL-320889",
        amt="2390.00",
        body=t("""
            Hola:

            Ayer hablé con Javier, vuestro comercial, y me dijo que él se encargaba de esta factura y que no hacía falta hacer nada de momento. ¿Podéis hablar con él y me confirmáis?

            Gracias,
            Sonia Beltrán
            Gobernanta – Hotel Costa Dorada
        """),
        labels=lab(note="points to an arrangement with the salesperson; a person must check it"),
    ),
    Reply(
        key="o-nl-maandag",
        intent="other",
        lang="nl",
        who=("Kees Dekker", "kees@brasseriedemolen.example"),
        when="2032-04-23 22:30 +0200",
        style="gmail_plain",
        inv="FCL-320749",
        amt="533.10",
        body="Ontvangen, ik kijk er maandag naar.\nKees",
        labels=lab(note="'I'll look at it on Monday' is not a promise to pay"),
    ),
    Reply(
        key="o-nl-maten",
        intent="other",
        lang="nl",
        who=("Esther Willems", "hr@hotelaandegracht.example"),
        when="2032-04-13 14:05 +0200",
        style="outlook_html",
        inv="FCL-320158",
        amt="1710.40",
        body=t("""
            Hallo,

            Lezen jullie deze mailbox ook voor vragen over de bedrijfskleding? We hebben drie nieuwe medewerkers in de bediening en ik wil graag weten welke maten jullie op voorraad hebben voor de zwarte schorten en overhemden. Kan iemand mij daarover bellen of mailen?

            Met vriendelijke groet,
            Esther Willems
            HR & Facilitair, Hotel aan de Gracht
        """),
        labels=lab(note="uniform sizes question in the reminder thread"),
    ),
    Reply(
        key="o-it-giro",
        intent="other",
        lang="it",
        who=("Davide Marchetti", "davide@agriturismoilpoggio.example"),
        when="2032-05-03 17:24 +0200",
        style="gmail",
        inv="FCL-321107",
        amt="624.90",
        body="Ricevuto, lo giro a chi si occupa dei pagamenti.\nDavide",
        labels=lab(note="acknowledgement; passing it on without an address is not wrong_contact"),
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
    """A delivery report about a reminder sent to `rcpt`; `lang` is the language of its notice."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    build: str
    delay_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return parse_when(self.when)

    @property
    def sent_at(self) -> datetime:
        """When the reminder left Fernhollow (UK time)."""
        return (self.dt - timedelta(minutes=self.delay_minutes)).astimezone(UK_TZ)

    @property
    def currency(self) -> str:
        """The currency of the customer's account."""
        return "GBP" if self.lang == "en" else "EUR"

    @property
    def subject(self) -> str:
        """The subject of the reminder that bounced."""
        return reminder_subject(self.lang, self.inv)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def sent_reminder(b: Bounce) -> Message:
    """The reminder exactly as Fernhollow sent it (returned inside some reports)."""
    text = reminder_body(b.key, b.lang, b.inv, b.amt, b.currency, b.sent_at)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent_at)
    msg["Message-ID"] = reminder_msgid(b.key)
    return finalize(msg, b.key, "generic")


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: only the header block of the reminder."""
    text = "".join(f"{name}: {value}\n" for name, value in sent_reminder(b).items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """message/delivery-status (RFC 3464): a per-message block and one per-recipient block."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {local(b, b.sent_at + timedelta(seconds=4))}",
    ]
    per_recipient = [
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
    part.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str) -> Message:
    """A notice's readable part in plain text and HTML, as Exchange and Gmail send it."""
    paragraphs = "".join(
        f'<p style="margin:0 0 12px 0">{html_lines(p)}</p>' for p in text.split("\n\n")
    )
    rich = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{paragraphs}</div></body></html>\n'
    return alternative(
        text_part(text + "\n", "plain", "utf-8", "qp"),
        text_part(rich, "html", "utf-8", "qp"),
    )


def copy_of_reminder(b: Bounce, received: str) -> str:
    """The returned message as an MTA pastes it below a non-MIME notice."""
    return f"Return-Path: <{AR_ADDR}>\n{received}\n{sent_reminder(b).as_string()}"


def finish_bounce(
    b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]
) -> Message:
    """Envelope headers of a delivery report."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'report', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    shape = (
        "o365-ndr"
        if "outlook" in sender.lower()
        else "gmail"
        if "googlemail" in sender
        else "generic"
    )
    return finalize(msg, b.key, shape)


def local(b: Bounce, when: datetime) -> str:
    """An RFC 5322 date in the report writer's offset."""
    return format_datetime(when.astimezone(b.dt.tzinfo))


def bounce_sendmail_unknown(b: Bounce) -> Message:
    """Sendmail DSN, user unknown, with the returned headers only."""
    remote = f"mx.{b.domain}"
    human = t(f"""
        The original message was received at {local(b, b.sent_at)}
        from app01.{AR_DOMAIN} [10.20.0.14]

           ----- The following addresses had permanent fatal errors -----
        <{b.rcpt}>
            (reason: 550 5.1.1 <{b.rcpt}>... User unknown)

           ----- Transcript of session follows -----
        ... while talking to {remote}.:
        >>> RCPT To:<{b.rcpt}>
        <<< 550 5.1.1 <{b.rcpt}>... User unknown
        550 5.1.1 <{b.rcpt}>... User unknown
    """)
    msg = report(
        text_part(human + "\n", "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            f"relay.{AR_DOMAIN}",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote,
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@relay.{AR_DOMAIN}>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail_no_host(b: Bounce) -> Message:
    """qmail failure notice, not MIME: the domain has gone."""
    stamp = b.sent_at.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    human = t(f"""
        Hi. This is the qmail-send program at mx2.{AR_DOMAIN}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, I couldn't find any host named {b.domain}. (#5.1.2)

        --- Below this line is a copy of the message.
    """)
    msg = Message()
    msg.set_payload(
        f"{human}\n\n{copy_of_reminder(b, f'Received: (qmail 28817 invoked by uid 1004); {stamp}')}"
    )
    return finish_bounce(b, msg, f"MAILER-DAEMON@mx2.{AR_DOMAIN}", "failure notice")


def bounce_exim_policy(b: Bounce) -> Message:
    """Exim failure report, not MIME: rejected by the recipient's content policy."""
    human = t(f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          {b.rcpt}
            host mx1.{b.domain} [203.0.113.61]
            SMTP error from remote mail server after end of data:
            550 5.7.1 Message rejected by content policy: unsolicited bulk financial mail from unlisted sender

        ------ This is a copy of the message, including all the headers. ------
    """)
    received = (
        f"Received: from [10.20.0.14] (helo=app01.{AR_DOMAIN})\n"
        f"\tby mx1.{AR_DOMAIN} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        f"\t(Exim 4.98)\n\tid 1wQm7c-000Fh2-1T\n\tfor {b.rcpt};\n\t{local(b, b.sent_at)}"
    )
    msg = Message()
    msg.set_payload(f"{human}\n\n{copy_of_reminder(b, received)}")
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@mx1.{AR_DOMAIN}>",
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_o365_de_unknown(b: Bounce) -> Message:
    """Office 365 "Unzustellbar": recipient not found."""
    local_part = b.rcpt.split("@")[0]
    human = t(f"""
        Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

        {local_part} wurde bei {b.domain} nicht gefunden.

        Fernhollow Billing (Absender) – Office 365 – {b.domain} (Aktion erforderlich)

        Unbekannter Empfänger

        So beheben Sie das Problem
        Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wurde die Adresse aus der AutoVervollständigen-Liste übernommen, löschen Sie den Eintrag dort und geben Sie die Adresse vollständig neu ein.

        Weitere Informationen für E-Mail-Administratoren
        Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Empfänger {b.rcpt} bei der SMTP-Adresssuche nicht gefunden
        Meldender Server: FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM
    """)
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM",
            "failed",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.subject}",
    )


def bounce_provider_de_full(b: Bounce) -> Message:
    """A German mail provider's own delay notice: mailbox full (not RFC 3464)."""
    human = t(f"""
        Hallo,

        dies ist eine automatisch erstellte Nachricht des Maildienstes postwerk-mail.example.

        Ihre Nachricht an
          {b.rcpt}
        konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit erreicht hat.

        Wir versuchen die Zustellung in den nächsten 72 Stunden erneut. Sie müssen nichts unternehmen. Gelingt die Zustellung bis dahin nicht, erhalten Sie eine weitere Nachricht.

        Technische Angaben
          Status: 4.2.2
          Antwort des Empfangsservers: 452 4.2.2 Mailbox full, quota exceeded
          Betreff Ihrer Nachricht: {b.subject}
          Eingeliefert: {local(b, b.sent_at)}

        Ihr Postwerk-Mail-Team
    """)
    msg = text_part(human + "\n", "plain", "utf-8", "qp")
    return finish_bounce(
        b,
        msg,
        "Postwerk Mail <mailer-daemon@mx01.postwerk-mail.example>",
        "Zustellung verzögert: Postfach des Empfängers ist voll",
    )


def bounce_o365_fr_full(b: Bounce) -> Message:
    """Office 365 "Non remis": mailbox full, with the whole reminder returned."""
    human = t(f"""
        Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.

        Fernhollow Billing (Expéditeur) – Office 365 – {b.domain} (Action requise)

        Boîte aux lettres pleine

        Comment résoudre ce problème
        La boîte aux lettres du destinataire n'accepte plus de messages tant qu'elle n'a pas été vidée. Essayez de renvoyer votre message plus tard, ou prévenez le destinataire par un autre moyen.

        Informations supplémentaires pour les administrateurs de messagerie
        Erreur : 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
        Serveur ayant signalé l'erreur : PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM
    """)
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM",
            "failed",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        ),
        MIMEMessage(sent_reminder(b)),
    )
    return finish_bounce(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Non remis : {b.subject}"
    )


def bounce_fr_relay_delay(b: Bounce) -> Message:
    """A French relay's RFC 3464 delay report: the destination server does not answer."""
    human = t(f"""
        Ceci est un message automatique du serveur relais.courrier-pro.example.

        Votre message à destination de {b.rcpt} n'a pas encore pu être remis : le serveur du destinataire ne répond pas (délai de connexion dépassé).

        Aucune action n'est nécessaire de votre part. Nous continuerons d'essayer pendant cinq jours et vous serez prévenu si la remise échoue définitivement.

        Objet du message : {b.subject}
        Déposé le : {local(b, b.sent_at)}

        Le service de messagerie
    """)
    msg = report(
        text_part(human + "\n", "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relais.courrier-pro.example",
            "delayed",
            f"421 4.4.1 Connection timed out to mx.{b.domain}",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Service de messagerie <MAILER-DAEMON@relais.courrier-pro.example>",
        f"Avis de retard de remise : {b.subject}",
    )


def bounce_gmail_es_unknown(b: Bounce) -> Message:
    """Gmail's report in Spanish: the address does not exist."""
    human = t(f"""
        No se ha encontrado la dirección

        Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o porque esta no puede recibir correo.

        Más información: https://support.google.com/mail/?p=NoSuchUser

        Respuesta del servidor:

        550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-7d4b0e1f2c3si8812345a12.201 - gsmtp
    """)
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "googlemail.com",
            "failed",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "gmail-smtp-in.l.google.com. (2001:db8:4864:20::1b)",
        ),
        MIMEMessage(sent_reminder(b)),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_o365_es_delay(b: Bounce) -> Message:
    """Office 365 delay notification in Spanish."""
    human = t(f"""
        La entrega se ha retrasado para estos destinatarios o grupos:

        {b.rcpt}

        Asunto: {b.subject}

        Todavía no se ha podido entregar este mensaje. El servidor seguirá intentándolo automáticamente durante 1 día y 20 horas más. Si no lo consigue en ese plazo, recibirá un aviso de que el mensaje no se ha podido entregar. No es necesario que vuelva a enviarlo.

        Información de diagnóstico para administradores:
        Servidor que genera el aviso: MAD1P195MB0871.EURP195.PROD.OUTLOOK.COM
        Causa: 451 4.4.7 Message delayed; el servidor de destino no ha confirmado la entrega a tiempo
    """)
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "MAD1P195MB0871.EURP195.PROD.OUTLOOK.COM",
            "delayed",
            "451 4.4.7 Message delayed",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Entrega retrasada: {b.subject}",
    )


def bounce_nl_dns_delay(b: Bounce) -> Message:
    """A Dutch backup relay's plain notice: the domain cannot be resolved for now."""
    human = t(f"""
        Dit is een automatisch bericht van de mailserver mx-backup.hostingnoord.example.

        Uw bericht kon nog niet worden afgeleverd bij:

          {b.rcpt}

        Reden: de mailserver van het domein {b.domain} is tijdelijk niet te vinden (DNS-fout bij het opzoeken van de MX-record). Wij proberen het de komende vier dagen opnieuw. U hoeft zelf niets te doen.

        Statuscode: 4.4.3
        Onderwerp: {b.subject}
        Ontvangen door ons: {local(b, b.sent_at)}

        Lukt de aflevering binnen vier dagen niet, dan ontvangt u een definitieve foutmelding.
    """)
    msg = text_part(human + "\n", "plain", "utf-8", "qp")
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <mailer-daemon@mx-backup.hostingnoord.example>",
        "Vertraagde aflevering: bericht nog niet bezorgd",
    )


def bounce_it_provider_unknown(b: Bounce) -> Message:
    """An Italian provider's RFC 3464 report: the mailbox does not exist."""
    human = t(f"""
        Gentile utente,

        il messaggio che hai inviato non è stato recapitato al seguente destinatario:

          {b.rcpt}

        Il server di destinazione ha risposto che la casella non esiste (550 5.1.1 User unknown). Controlla l'indirizzo e invia di nuovo il messaggio.

        In allegato trovi il messaggio originale.

        Il sistema di posta di postalink.example
    """)
    msg = report(
        text_part(human + "\n", "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "smtp-out3.postalink.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: User unknown",
            f"mx.{b.domain}",
        ),
        MIMEMessage(sent_reminder(b)),
    )
    return finish_bounce(
        b,
        msg,
        "Sistema di posta <mailer-daemon@smtp-out3.postalink.example>",
        f"Messaggio non recapitato: {b.subject}",
    )


def bounce_it_disabled(b: Bounce) -> Message:
    """An Italian provider's own notice: mailbox temporarily disabled (not RFC 3464)."""
    human = t(f"""
        Questo è un messaggio generato automaticamente, non rispondere.

        La consegna del tuo messaggio a {b.rcpt} è stata rimandata: la casella del destinatario risulta temporaneamente disattivata.

        Codice: 4.2.1 (mailbox disabled, not accepting messages)
        Oggetto: {b.subject}
        Inviato: {local(b, b.sent_at)}

        Il sistema riproverà automaticamente per i prossimi tre giorni. Se la consegna non andrà a buon fine riceverai un ulteriore avviso.
    """)
    msg = text_part(human + "\n", "plain", "utf-8", "qp")
    return finish_bounce(
        b,
        msg,
        "Postmaster <postmaster@mailbox-italia.example>",
        "Avviso: consegna rimandata",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "sendmail_unknown": bounce_sendmail_unknown,
    "qmail_no_host": bounce_qmail_no_host,
    "exim_policy": bounce_exim_policy,
    "o365_de_unknown": bounce_o365_de_unknown,
    "provider_de_full": bounce_provider_de_full,
    "o365_fr_full": bounce_o365_fr_full,
    "fr_relay_delay": bounce_fr_relay_delay,
    "gmail_es_unknown": bounce_gmail_es_unknown,
    "o365_es_delay": bounce_o365_es_delay,
    "nl_dns_delay": bounce_nl_dns_delay,
    "it_provider_unknown": bounce_it_provider_unknown,
    "it_disabled": bounce_it_disabled,
}

BOUNCES = [
    Bounce(
        key="b-en-sendmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@greystonelodge.example",
        when="2032-04-13 09:14 +0100",
        inv="FCL-320240",
        amt="1322.70",
        build="sendmail_unknown",
        note="RFC 3464 report with text/rfc822-headers; user unknown",
    ),
    Bounce(
        key="b-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.2",
        rcpt="office@brookvaleclinic.example",
        when="2032-04-15 09:21 +0100",
        inv="FCL-320412",
        amt="486.00",
        build="qmail_no_host",
        note="qmail notice, not MIME; the domain no longer exists",
    ),
    Bounce(
        key="b-en-exim",
        lang="en",
        kind="hard",
        status="5.7.1",
        rcpt="bookings@saltmarshhotel.example",
        when="2032-04-21 09:10 +0100",
        inv="FCL-320781",
        amt="2015.35",
        build="exim_policy",
        note="Exim failure, not MIME; rejected by the recipient's policy",
    ),
    Bounce(
        key="b-de-o365",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungen@pflegezentrum-am-see.example",
        when="2032-04-19 10:07 +0200",
        inv="FCL-320615",
        amt="3410.80",
        build="o365_de_unknown",
        note="Office 365 'Unzustellbar', recipient not found",
    ),
    Bounce(
        key="b-de-postfach-voll",
        lang="de",
        kind="soft",
        status="4.2.2",
        rcpt="kueche@gasthof-schwanen.example",
        when="2032-04-23 13:11 +0200",
        inv="FCL-320986",
        amt="412.90",
        build="provider_de_full",
        delay_minutes=240,
        note="provider notice, plain text, mailbox full, will retry",
    ),
    Bounce(
        key="b-fr-o365-pleine",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="direction@hotel-lamaisonblanche.example",
        when="2032-04-27 10:06 +0200",
        inv="FCL-321071",
        amt="1846.20",
        build="o365_fr_full",
        note="mailbox full reported with a 5.x code: soft, and the code is kept",
    ),
    Bounce(
        key="b-fr-retard",
        lang="fr",
        kind="soft",
        status="4.4.1",
        rcpt="compta@residence-lesjardins.example",
        when="2032-04-29 14:09 +0200",
        inv="FCL-321152",
        amt="2905.00",
        build="fr_relay_delay",
        delay_minutes=240,
        note="RFC 3464 delay report (Action: delayed) with text/rfc822-headers",
    ),
    Bounce(
        key="b-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="hostalsolymar.recepcion@gmail.com",
        when="2032-05-04 10:04 +0200",
        inv="FCL-321296",
        amt="534.60",
        build="gmail_es_unknown",
        note="Gmail report in Spanish, whole reminder returned",
    ),
    Bounce(
        key="b-es-o365-retraso",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="administracion@clinicadermasol.example",
        when="2032-05-05 11:40 +0200",
        inv="FCL-321333",
        amt="768.25",
        build="o365_es_delay",
        delay_minutes=240,
        note="Office 365 delay notification in Spanish",
    ),
    Bounce(
        key="b-nl-dns",
        lang="nl",
        kind="soft",
        status="4.4.3",
        rcpt="receptie@hotelduinzicht.example",
        when="2032-04-20 14:02 +0200",
        inv="FCL-320861",
        amt="1654.40",
        build="nl_dns_delay",
        delay_minutes=240,
        note="backup relay's plain notice: temporary DNS failure",
    ),
    Bounce(
        key="b-it-inesistente",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="ufficio.acquisti@rsasanmartino.example",
        when="2032-04-14 10:16 +0200",
        inv="FCL-320466",
        amt="2287.10",
        build="it_provider_unknown",
        note="provider's RFC 3464 report with the reminder returned",
    ),
    Bounce(
        key="b-it-disattivata",
        lang="it",
        kind="soft",
        status="4.2.1",
        rcpt="info@trattoriaalportico.example",
        when="2032-05-07 12:45 +0200",
        inv="FCL-321416",
        amt="377.80",
        build="it_disabled",
        delay_minutes=360,
        note="provider notice: mailbox temporarily disabled, will retry",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

LABEL_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE_IN_TEXT = re.compile(r"FCL[- ]?(\d{6})")


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, in the corpus key order."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass
class Item:
    """One corpus message ready to be written."""

    key: str
    message: Message
    label: dict[str, object]
    text: str
    local_day: date
    offset: str
    expected_subject: str = ""
    threaded: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def reply_item(r: Reply) -> Item:
    """Build one hand-written message and what the checks need to know about it."""
    return Item(
        key=r.key,
        message=build_reply(r),
        label=reply_label(r),
        text=r.body,
        local_day=r.dt.date(),
        offset=r.when[-5:],
        expected_subject=reply_subject(r, make_quote(r)),
        threaded=r.threaded,
    )


def bounce_item(b: Bounce) -> Item:
    """Build one delivery report."""
    return Item(
        key=b.key,
        message=BOUNCE_BUILDERS[b.build](b),
        label=bounce_label(b),
        text="",
        local_day=b.dt.date(),
        offset=b.when[-5:],
    )


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}|file|{key}".encode()).hexdigest()


def check_label(item: Item) -> None:
    """The label's shape and its consistency with the message it describes."""
    label, key = item.label, item.key
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{key}: label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if value is not None and (name not in allowed or not isinstance(value, str)):
            raise SystemExit(f"{key}: {name} must be empty for {intent}")
    if intent == "bounce" and any(
        label[k] is None for k in ("bounce_kind", "failed_recipient", "bounce_status")
    ):
        raise SystemExit(f"{key}: bounce fields missing")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if isinstance(value, str):
            if not ISO_DATE.match(value):
                raise SystemExit(f"{key}: {name} {value!r}")
            day = date.fromisoformat(value)
            wrong_side = day > item.local_day if name == "paid_date" else day < item.local_day
            if wrong_side:
                raise SystemExit(f"{key}: {name} {value} on the wrong side of {item.local_day}")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if isinstance(amount, str) and not AMOUNT.match(amount):
        raise SystemExit(f"{key}: amount {amount!r}")
    if currency is not None and currency != ("GBP" if item.offset == UK_OFFSET else "EUR"):
        raise SystemExit(f"{key}: currency {currency}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact not in item.text.lower()
    ):
        raise SystemExit(f"{key}: new_contact {contact}")
    kind, status = label["bounce_kind"], label["bounce_status"]
    if isinstance(status, str):
        if kind not in {"hard", "soft"} or not re.match(r"^[45]\.\d{1,3}\.\d{1,3}$", status):
            raise SystemExit(f"{key}: bounce {kind} {status}")
        if (kind == "hard") != (status.startswith("5.") and status != "5.2.2"):
            raise SystemExit(f"{key}: bounce kind {kind} does not fit {status}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and re.match(r"^FCL-\d{6}$", x) for x in refs
    ):
        raise SystemExit(f"{key}: invoice_refs {refs}")
    written = {f"FCL-{n}" for n in INVOICE_IN_TEXT.findall(item.text)}
    missing = [x for x in refs if x[4:] not in item.text]
    if missing or not written <= set(refs) or len(set(refs)) != len(refs):
        raise SystemExit(f"{key}: invoice_refs {refs} against the text {sorted(written)}")


def check_message(name: str, data: bytes, item: Item) -> EmailMessage:
    """Parse a written file back: headers decode, every text part decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    if item.expected_subject and str(msg["Subject"]) != item.expected_subject:
        raise SystemExit(f"{name}: subject decodes to {msg['Subject']!r}")
    if item.threaded and (msg["In-Reply-To"] is None or msg["References"] is None):
        raise SystemExit(f"{name}: reply without In-Reply-To/References")
    if item.label["intent"] == "bounce" and msg["Auto-Submitted"] is None:
        raise SystemExit(f"{name}: bounce without Auto-Submitted")
    if not str(msg["Date"]).endswith(item.offset):
        raise SystemExit(f"{name}: Date offset")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects or "=?" in str(value):
                raise SystemExit(f"{name}: header {header_name} {defects or value!r}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise SystemExit(f"{name}: no readable body")
    if item.text:
        shown = cast("str", body.get_content())
        if body.get_content_type() == "text/html":
            shown = html.unescape(re.sub(r"<[^>]+>", "", shown))
        else:
            shown = re.sub(r" \n", " ", shown)  # undo format=flowed soft breaks
        first_line = item.text.split("\n")[0].strip()
        if first_line not in shown.replace("\n", " ") and first_line not in shown:
            raise SystemExit(f"{name}: the hand-written text does not come back")
    return msg


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; languages and cells as planned."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else 1 if SINGLE_LANGUAGE[intent] == lang else 2
            if cells[intent, lang] != want:
                raise SystemExit(
                    f"{intent}/{lang}: {cells[intent, lang]} messages, expected {want}"
                )
    totals = Counter(str(x["language"]) for x in labels)
    if dict(totals) != LANGUAGE_TOTALS:
        raise SystemExit(f"language totals {dict(totals)}")


def check_specs(items: list[Item]) -> None:
    """Keys, invoices, dates and offsets of the specs themselves."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices) or not all(
        re.match(r"^FCL-\d{6}$", x) for x in invoices
    ):
        raise SystemExit("invoice numbers must be unique and well formed")
    for item in items:
        if not FIRST_DAY <= item.local_day <= LAST_DAY:
            raise SystemExit(f"{item.key}: dated {item.local_day}")
        english_abroad = item.key == "a-en-ticket-utrecht"
        uk = item.label["language"] == "en" and not english_abroad
        if item.offset != (UK_OFFSET if uk else CE_OFFSET):
            raise SystemExit(f"{item.key}: offset {item.offset}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as in the README."""
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
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def format_summary(messages: list[EmailMessage]) -> str:
    """Top-level MIME types, charsets and transfer encodings, for the README."""
    tops = Counter(m.get_content_type() for m in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in messages:
        for part in m.walk():
            if part.get_content_maintype() == "text" and part.get_param("charset"):
                charsets[str(part.get_param("charset")).lower()] += 1
            cte = part.get("Content-Transfer-Encoding")
            if cte is not None:
                encodings[str(cte).lower()] += 1
    return f"top-level types: {dict(tops)}\ntext-part charsets: {dict(charsets)}\ntransfer encodings: {dict(encodings)}"


def write_all() -> tuple[list[dict[str, object]], list[EmailMessage]]:
    """Build, check and write every message and labels.jsonl."""
    items = [reply_item(r) for r in REPLIES] + [bounce_item(b) for b in BOUNCES]
    check_specs(items)
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        item.label = {"file": name, **item.label}
        check_label(item)
        data = item.message.as_bytes()
        parsed.append(check_message(name, data, item))
        if (
            item.label["intent"] == "bounce"
            and str(item.label["failed_recipient"]).encode() not in data
        ):
            raise SystemExit(f"{name}: failed recipient not in the report")
        (HERE / name).write_bytes(data)
        labels.append(item.label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parsed


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, parsed = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(format_summary(parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
