# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 90: `h90-NNN.eml` files and `labels.jsonl`.

Every message could land in the receivables mailbox of Northwind Glazing (commercial glazing,
shopfronts, window repairs and glass replacement) after it sent an overdue-invoice reminder. The
new text of each message is written by hand below. The script adds only what a mail client or a
mail server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings, and the machine-made parts of bounces. Run it from
anywhere: it writes next to itself, deterministically, reads every file back and checks it.
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
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

HERE = Path(__file__).resolve().parent
SEED = 90271220
PREFIX = "h90"
AR_NAME = "Northwind Glazing Accounts"
AR_ADDR = "ar@northwind-glazing.example"
AR_DOMAIN = "northwind-glazing.example"
UK = timezone(timedelta(0))  # GMT: no summer time between December and January
CET = timezone(timedelta(hours=1))  # CET (+01:00) for every continental sender in this range
FIRST_DAY = date(2027, 12, 20)
LAST_DAY = date(2028, 1, 14)
UK_BANK_HOLIDAYS = {date(2027, 12, 27), date(2027, 12, 28), date(2028, 1, 3)}

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
# The only label fields an intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, set[str]] = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print, not what people write)
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
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
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
# The reminder that every reply answers (Northwind's own wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Northwind Glazing",
    "de": "Zahlungserinnerung Rechnung {inv} – Northwind Glazing",
    "fr": "Relance facture échue {inv} – Northwind Glazing",
    "es": "Aviso de factura vencida {inv} – Northwind Glazing",
    "nl": "Betalingsherinnering factuur {inv} – Northwind Glazing",
    "it": "Promemoria fattura scaduta {inv} – Northwind Glazing",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date:\n\n"
        "    Invoice {inv}    dated {issued}    due {due}    amount {amt}\n\n"
        "You can pay by bank transfer to Northwind Glazing Ltd, sort code 40-17-62, account 71046653, quoting the invoice number. If you have paid in the last few days, thank you, and please disregard this email. If something is not right with the work or with the invoice, just reply and we will look into it.\n\n"
        "Regards,\n\n"
        "Accounts Receivable\nNorthwind Glazing Ltd\nUnit 6, Kelvin Way Trade Park, Crawley\nar@northwind-glazing.example | 01632 960 418"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "    Rechnung {inv}    vom {issued}    fällig seit {due}    Betrag {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das Konto IBAN GB29 NWBK 6016 1331 9268 19. Falls Sie die Zahlung in den letzten Tagen veranlasst haben, danken wir Ihnen und bitten Sie, diese Nachricht zu ignorieren. Sollte mit der Leistung oder der Rechnung etwas nicht stimmen, genügt eine kurze Antwort auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nNorthwind Glazing Ltd\nar@northwind-glazing.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    Facture {inv}    émise le {issued}    échue le {due}    montant {amt}\n\n"
        "Vous pouvez effectuer le règlement par virement (IBAN GB29 NWBK 6016 1331 9268 19) en rappelant le numéro de facture. Si votre paiement est parti entre-temps, vous pouvez ignorer ce rappel. Pour toute question sur l'intervention ou la facture, répondez simplement à cet e-mail.\n\n"
        "Bien cordialement,\n\n"
        "Service Recouvrement\nNorthwind Glazing Ltd\nar@northwind-glazing.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    Factura {inv}    fecha {issued}    vencimiento {due}    importe {amt}\n\n"
        "Puede abonarla por transferencia a la cuenta IBAN GB29 NWBK 6016 1331 9268 19 indicando el número de factura. Si ya ha efectuado el pago en los últimos días, le damos las gracias y le rogamos que no tenga en cuenta este aviso. Si hay algún problema con el trabajo realizado o con la factura, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nNorthwind Glazing Ltd\nar@northwind-glazing.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "    Factuur {inv}    datum {issued}    vervallen op {due}    bedrag {amt}\n\n"
        "Wij verzoeken u het bedrag over te maken naar IBAN GB29 NWBK 6016 1331 9268 19 onder vermelding van het factuurnummer. Heeft u de afgelopen dagen al betaald, dan danken wij u hartelijk en kunt u deze herinnering negeren. Klopt er iets niet aan het werk of aan de factuur, stuur ons dan een reactie op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nNorthwind Glazing Ltd\nar@northwind-glazing.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "ci risulta che la fattura indicata di seguito non sia ancora stata saldata:\n\n"
        "    Fattura {inv}    emessa il {issued}    scaduta il {due}    importo {amt}\n\n"
        "Potete effettuare il pagamento tramite bonifico sull'IBAN GB29 NWBK 6016 1331 9268 19, indicando il numero della fattura nella causale. Se il pagamento è già stato disposto negli ultimi giorni, vi ringraziamo e vi preghiamo di non considerare questo messaggio. Per qualsiasi contestazione sull'intervento o sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nNorthwind Glazing Ltd\nar@northwind-glazing.example"
    ),
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def money(amount: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang` (GBP for English, EUR elsewhere)."""
    text = f"{Decimal(amount):,.2f}"
    if lang == "en":
        return f"£{text}"
    whole, cents = text.split(".")
    grouped = whole.replace(",", " " if lang == "fr" else ".")
    if lang in {"de", "es", "fr"}:
        return f"{grouped},{cents} €"
    return f"€ {grouped},{cents}"


def latin1_safe(text: str) -> str:
    """What a Latin-1 client sends for characters it cannot encode."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mail:
    """One hand-written message: who sent it, when, with which client, and how it is labelled.

    `style` names the client layout (see STYLES); the `notice*` styles quote nothing. `when` is the
    local wall-clock time of the sender; the offset comes from the language (UK for English,
    CET for the others).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = "0.00"
    issued: str = ""
    rlang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    reply_to: str = ""
    attach: tuple[str, bytes] | None = None
    thread: bool = True

    @property
    def refs(self) -> tuple[str, ...]:
        """The invoice numbers written in the new text (from the labels)."""
        refs = self.labels.get("invoice_refs", [])
        return tuple(str(r) for r in refs) if isinstance(refs, list) else ()

    @property
    def reminder_lang(self) -> str:
        """The reminder's language (normally the sender's)."""
        return self.rlang or self.lang

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on these dates."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with a few seconds derived from the key."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        return base + timedelta(seconds=digest(self.key, "seconds")[0] % 60)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key (everything random-looking derives from it)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length `n`."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Everything the attribution and header templates may use."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "wdl": WEEKDAYS_LONG[loc].split()[wd],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "monl": MONTHS_LONG[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of `dt`."""
    return template.format(**date_fields(loc, dt), **extra)


def working_day_before(day: date) -> date:
    """The last UK working day before `day` (the reminder run does not go out on holidays)."""
    day -= timedelta(days=1)
    while day.weekday() >= 5 or day in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return day


def reminder_sent(m: Mail) -> datetime:
    """When the reminder went out: the morning run of the previous UK working day.

    Automatic notices answer within minutes, so theirs went out the same morning.
    """
    local = m.dt.astimezone(UK).date()
    day = local if m.style in NOTICES else working_day_before(local)
    minute = 2 + digest(m.key, "run")[0] % 9
    return datetime(day.year, day.month, day.day, 9, minute, 30, tzinfo=UK)


def default_issued(m: Mail) -> date:
    """An issue date in late October or November, so every invoice is overdue by December."""
    return date(2027, 10, 25) + timedelta(days=digest(m.key, "issued")[0] % 24)


def msgid_reminder(key: str) -> str:
    """The Message-ID Northwind's mailer gave the reminder."""
    return f"<{b32(key, 'reminder', 16).lower()}.{b32(key, 'run', 6).lower()}@mailer.{AR_DOMAIN}>"


def msgid_reply(m: Mail) -> str:
    """A Message-ID shaped like the client's own."""
    raw = digest(m.key, "msgid")
    domain = m.who[1].split("@")[1]
    if m.style.startswith("gmail"):
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if m.style in OUTLOOK_FAMILY or m.style == "notice_html":
        host = b32(m.key, "host", 6)
        return f"<{b32(m.key, 'ms', 26)}@{host}.EURP{raw[5] % 300:03d}.PROD.OUTLOOK.COM>"
    if m.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:8]}-{raw.hex()[8:20]}@{domain}>"


def quote_lines(text: str) -> str:
    """Prefix every line with '>' the way mail clients quote."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text lines as HTML with <br> breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs (one per line, empty lines as &nbsp;)."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(out)


QUOTE_PREFIX = re.compile(r"^>+ ?")


def flow(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines are broken after a space (soft line breaks)."""
    out: list[str] = []
    for line in text.split("\n"):
        quoted = QUOTE_PREFIX.match(line)
        prefix = quoted.group(0) if quoted else ""
        rest = line[len(prefix) :]
        if not prefix and rest.startswith((" ", "From ")):
            rest = " " + rest  # space-stuffing
        while len(prefix) + len(rest) > width and " " in rest[: width - len(prefix)]:
            cut = rest.rfind(" ", 0, width - len(prefix)) + 1
            out.append(prefix + rest[:cut])
            rest = rest[cut:]
        out.append(prefix + rest)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

CTE = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding the client would choose."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    charset_obj = cs.Charset(charset)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset_obj.body_encoding = CTE[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, charset_obj)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 when it is not plain ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc address with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_inner_versions(
                    sub,
                    root=part.get_content_type() in {"message/rfc822", "message/delivery-status"},
                )


BOUNDARY_SHAPE: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: f"000000000000{digest(key, f'b{n}').hex()[:16]}",
    "apple": lambda key, n: (
        f"Apple-Mail={b32(key, f'b{n}', 8)}-{b32(key, f'c{n}', 4)}-{b32(key, f'd{n}', 4)}"
    ),
    "outlook": lambda key, n: f"_00{n}_{b32(key, f'b{n}', 30)}_",
    "other": lambda key, n: (
        f"----=_Part_{digest(key, f'b{n}')[0] * 97 + n}_{int.from_bytes(digest(key, f'c{n}')[:4], 'big')}.{int.from_bytes(digest(key, f'd{n}')[:5], 'big')}"
    ),
}


def finalize(msg: Message, key: str, shape: str) -> Message:
    """Order headers, drop inner MIME-Version lines and set deterministic boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    boundary = BOUNDARY_SHAPE[shape]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary(key, n))
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, as the replying client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder being answered, seen from the sender's client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str, issued: date) -> str:
    """The reminder's body with the invoice line filled in."""
    fmt_ = DATE_FORMAT[lang]
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv, amt=money(amt, lang), issued=issued.strftime(fmt_), due=due.strftime(fmt_)
    )


def make_quote(m: Mail) -> Quote:
    """The reminder as the sender's client quotes it (Latin-1 clients lose € and –)."""
    issued = date.fromisoformat(m.issued) if m.issued else default_issued(m)
    text = reminder_text(m.reminder_lang, m.inv, m.amt, issued)
    subject = reminder_subject(m.reminder_lang, m.inv)
    if m.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    to = formataddr(m.who) if m.who[0].isascii() else f"{m.who[0]} <{m.who[1]}>"
    return Quote(text, subject, reminder_sent(m).astimezone(m.tz), m.lang, to)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject rows in the client's language."""
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The plain-text header block Outlook puts above the quoted message."""
    sep = OUTLOOK_LABELS[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    """Apple Mail's (and iOS Mail's) attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def alternative(m: Mail, text: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", m.charset, m.cte))
    outer.attach(text_part(markup, "html", m.charset, m.cte))
    return outer


def style_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    divider = OUTLOOK_LABELS[q.loc][0]
    return text_part(
        f"{m.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n", "plain", m.charset, m.cte
    )


def word_html(m: Mail, q: Quote) -> str:
    """Outlook's Word-generated HTML: MsoNormal paragraphs and the grey divider div."""
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[m.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(m.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup in the HTML part."""
    text = f"{m.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(m, text, word_html(m, q))


def style_html_only(m: Mail, q: Quote) -> Message:
    """An Outlook message sent as text/html alone (no plain-text alternative)."""
    return text_part(word_html(m, q), "html", m.charset, m.cte)


def style_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: base64 plain text, localised 'Get Outlook for Android' line."""
    text = f"{m.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, "b64")


def style_gmail(m: Mail, q: Quote) -> Message:
    """Gmail: multipart/alternative, the HTML quote inside div.gmail_quote."""
    attr = gmail_attr(q)
    text = f"{m.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(m, text, markup)


def style_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{m.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", m.charset, m.cte
    )


def style_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{m.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", m.charset, m.cte
    )


def style_iphone(m: Mail, q: Quote) -> Message:
    """iOS Mail: localised 'Sent from my iPhone', the attribution quoted with the text."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{m.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", m.charset, m.cte)


def style_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: attribution, '>' quoting, format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flow(f"{m.body}\n\n{attr}\n{quote_lines(q.text)}\n"), "plain", m.charset, m.cte
    )
    part.set_param("format", "flowed")
    return part


def notice_plain(m: Mail) -> Message:
    """An automatic notice: quotes nothing, plain text."""
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def notice_html(m: Mail) -> Message:
    """An automatic notice sent as multipart/alternative (Exchange and ticket systems)."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>'
        f'<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">{html_paragraphs(m.body)}</div></body></html>\n'
    )
    return alternative(m, m.body + "\n", markup)


STYLES: dict[str, Callable[[Mail, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
}
NOTICES: dict[str, Callable[[Mail], Message]] = {"notice": notice_plain, "notice_html": notice_html}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C55)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "android": (("X-Mailer", "Outlook for Android"),),
}
BOUNDARY_OF_STYLE = {
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "notice_html": "outlook",
}


def reply_subject(m: Mail, q: Quote) -> str:
    """The subject the client (or the person) put on the message."""
    if m.subject:
        return m.subject.format(rsub=q.subject, auto=AUTO_PREFIX[m.lang])
    prefix = OUTLOOK_RE[m.lang] if m.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(m: Mail, q: Quote) -> list[tuple[str, str]]:
    """Headers Outlook adds to every message."""
    index = base64.b64encode(b"\x01\xdc" + digest(m.key, "thread")[:20]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, m.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[m.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ("X-MS-Has-Attach", "yes" if m.attach else ""),
    ]


def with_attachment(m: Mail, body: Message) -> Message:
    """multipart/mixed with a PDF when the sender attached one."""
    if m.attach is None:
        return body
    name, data = m.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_mail(m: Mail) -> Message:
    """Wrap one hand-written message the way its client (or its robot) would send it."""
    q = make_quote(m) if m.inv else None
    if m.style in NOTICES:
        body = NOTICES[m.style](m)
    elif q is not None:
        body = STYLES[m.style](m, q)
    else:
        raise SystemExit(f"{m.key}: a reply needs the invoice it answers")
    msg = with_attachment(m, body)
    msg["From"] = address(*m.who, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if m.cc:
        msg["Cc"] = m.cc
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    subject = reply_subject(m, q) if q is not None else m.subject
    msg["Subject"] = header_text(subject, m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = msgid_reply(m)
    if m.thread and q is not None:
        msg["In-Reply-To"] = msgid_reminder(m.key)
        msg["References"] = msgid_reminder(m.key)
    extra = outlook_headers(m, q) if m.style in OUTLOOK_FAMILY and q is not None else []
    for name, value in [*extra, *STYLE_HEADERS.get(m.style, ()), *m.headers]:
        msg[name] = value
    shape = BOUNDARY_OF_STYLE.get(m.style, "outlook" if m.style in OUTLOOK_FAMILY else "other")
    return finalize(msg, m.key, shape)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_REPLIES = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Mail(
        "ps-en-paid-oneword",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth@pryce-butchers.example"),
        "2027-12-21 07:48",
        "iphone",
        "Paid.",
        lab(note="one-word reply to the reminder: a payment claim without a date"),
        inv="NWG-204417",
        amt="486.00",
    ),
    Mail(
        "ps-en-ap-remittance",
        "payment_sent",
        "en",
        ("Halden Retail Group Accounts Payable", "ap-noreply@haldenretail.example"),
        "2027-12-23 02:14",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Halden Retail Group plc\nAccounts Payable Shared Service Centre\nPO Box 7712, Leeds\n\n"
        "Supplier:         NORTHWIND GLAZING LTD\n"
        "Supplier number:  V-0048213\n"
        "Payment date:     23/12/2027\n"
        "Payment method:   BACS\n"
        "Payment ref:      2000418873\n\n"
        "Document     Your reference   Doc date      Gross GBP\n"
        "5100992231   NWG-204302       02/11/2027     1,842.00\n"
        "5100992598   NWG-204388       09/11/2027       655.20\n"
        "                                           ----------\n"
        "Total paid                                   2,497.20\n\n"
        "Funds should reach your account within 3 working days of the payment date. This mailbox is not monitored. For queries please write to apqueries@haldenretail.example quoting your supplier number.\n\n"
        "This advice was generated automatically by the Halden P2P system.",
        lab(
            refs=("NWG-204302", "NWG-204388"),
            paid_date="2027-12-23",
            payment_reference="2000418873",
            amount="2497.20",
            currency="GBP",
            note="AP-system remittance advice, quotes nothing and answers no thread; 'within 3 working days' does not move the payment date",
        ),
        subject="Remittance advice – payment 2000418873 – NORTHWIND GLAZING LTD",
        charset="us-ascii",
        cte="7bit",
        headers=(AUTO_GENERATED, ("X-Mailer", "Halden P2P Notification Service 4.2")),
    ),
    Mail(
        "ps-en-ooo-subject-person",
        "payment_sent",
        "en",
        ("Nadia Okafor", "nadia.okafor@brightwell-dental.example"),
        "2027-12-29 16:40",
        "android",
        "Hi, I'm technically out of office till the 4th but saw this come in on my phone so thought I'd better answer.\n\n"
        "We paid NWG-203977 on the 22nd by bank transfer, £1,236.00, our ref BDP-1187. Maybe it hasn't been matched up yet at your end? Could you check before another one goes out.\n\n"
        "Nadia\nPractice Manager, Brightwell Dental",
        lab(
            refs=("NWG-203977",),
            paid_date="2027-12-22",
            payment_reference="BDP-1187",
            amount="1236.00",
            currency="GBP",
            note="a person writing from her phone: the subject says 'out of office', but she answers and states a payment",
        ),
        inv="NWG-203977",
        amt="1236.00",
        subject="Out of office till 4th Jan – re your reminder",
    ),
    Mail(
        "ps-de-paid-send-copy",
        "payment_sent",
        "de",
        ("Ute Brandstätter", "u.brandstaetter@optik-brandstaetter.example"),
        "2028-01-04 10:22",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung NWG-204120 haben wir bereits am 17.12.2027 überwiesen (Verwendungszweck: NWG-204120 / Kd.-Nr. 3381). Der Betrag von 2.118,40 € müsste also längst bei Ihnen eingegangen sein.\n\n"
        "Leider ist uns beim Umzug unseres Büros das Original der Rechnung abhandengekommen. Könnten Sie uns für unsere Unterlagen bitte eine Kopie als PDF zusenden? Unser Steuerberater braucht sie für den Jahresabschluss.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Ute Brandstätter\nBuchhaltung\nOptik Brandstätter GmbH\nMarktplatz 4",
        lab(
            refs=("NWG-204120",),
            paid_date="2027-12-17",
            amount="2118.40",
            currency="EUR",
            note="paid, plus a request for a copy for the records: the payment claim wins over invoice_request; the Verwendungszweck only repeats the invoice number, so no payment reference",
        ),
        inv="NWG-204120",
        amt="2118.40",
        charset="windows-1252",
    ),
    Mail(
        "ps-fr-virement-ref",
        "payment_sent",
        "fr",
        ("Sandrine Lefebvre", "s.lefebvre@cabinet-lefebvre-avocats.example"),
        "2027-12-22 11:05",
        "outlook_html",
        "Bonjour,\n\n"
        "Je vous informe que la facture NWG-204265 a été réglée par virement le 21/12/2027 pour un montant de 948,00 €. La référence de l'opération est VIR-SEPA 27355H8810.\n\n"
        "Vous devriez voir le crédit sur votre compte d'ici un ou deux jours ouvrés.\n\n"
        "Bien cordialement,\n\n"
        "Sandrine Lefebvre\nAssistante de direction\nCabinet Lefebvre & Associés",
        lab(
            refs=("NWG-204265",),
            paid_date="2027-12-21",
            payment_reference="27355H8810",
            amount="948.00",
            currency="EUR",
            note="'VIR-SEPA' names the kind of transfer; the reference is the number after it",
        ),
        inv="NWG-204265",
        amt="948.00",
    ),
    Mail(
        "ps-fr-cest-fait",
        "payment_sent",
        "fr",
        ("Karim B.", "karim.benali.pro@gmail.com"),
        "2028-01-10 21:37",
        "gmail_plain",
        "c'est fait ! désolé pour le retard\nKarim",
        lab(note="'c'est fait' in answer to a payment reminder means paid; no date"),
        inv="NWG-204296",
        amt="395.00",
    ),
    Mail(
        "ps-es-aviso-pago",
        "payment_sent",
        "es",
        ("Cuentas a Pagar - Grupo Almazara Retail", "no-responder@almazararetail.example"),
        "2027-12-28 06:30",
        "notice",
        "AVISO DE PAGO\n\n"
        "Les comunicamos que con fecha 28/12/2027 hemos ordenado una transferencia a su favor con el siguiente detalle:\n\n"
        "Proveedor:            NORTHWIND GLAZING LTD (código 700214)\n"
        "Nº de transferencia:  4471209\n"
        "Importe total:        3.264,50 EUR\n\n"
        "Facturas incluidas:\n"
        "  NWG-204017    12/10/2027    1.980,00\n"
        "  NWG-204233    03/11/2027    1.284,50\n\n"
        "El abono se reflejará en su cuenta según los plazos habituales de su entidad.\n\n"
        "Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.",
        lab(
            refs=("NWG-204017", "NWG-204233"),
            paid_date="2027-12-28",
            payment_reference="4471209",
            amount="3264.50",
            currency="EUR",
            note="AP-system payment advice in Spanish; 'hemos ordenado una transferencia' is a transfer already made",
        ),
        subject="Aviso de pago - transferencia nº 4471209",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
    ),
    Mail(
        "ps-es-pagado-ayer",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia@floristerialucia.example"),
        "2028-01-05 13:02",
        "iphone",
        "Pagado ayer por transferencia, perdona el retraso. Con las fiestas se me pasó.\n\nLucía",
        lab(paid_date="2028-01-04", note="'ayer' resolved against the Date: header (Wed 5 Jan)"),
        inv="NWG-204341",
        amt="268.40",
        cte="8bit",
    ),
    Mail(
        "ps-nl-vanochtend",
        "payment_sent",
        "nl",
        ("Bas Hoekstra", "bas@hoekstra-fietsen.example"),
        "2027-12-20 12:15",
        "gmail",
        "Hoi,\n\nis vanochtend overgemaakt, sorry dat het zo lang duurde. Had de factuur in de verkeerde map gezet.\n\nGroet,\nBas\nHoekstra Fietsen",
        lab(paid_date="2027-12-20", note="'vanochtend' is the day of the message"),
        inv="NWG-204073",
        amt="731.50",
    ),
    Mail(
        "ps-nl-pdf-proof",
        "payment_sent",
        "nl",
        ("Ingrid van der Meulen", "i.vandermeulen@vvemeulenhof.example"),
        "2028-01-06 09:48",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "De factuur NWG-204150 (vervangen ruit trappenhuis, € 612,95) is op 23 december jl. door ons voldaan. In de bijlage vindt u het betalingsbewijs van de bank.\n\n"
        "Wilt u de herinnering als vervallen beschouwen?\n\n"
        "Met vriendelijke groet,\n\n"
        "I. van der Meulen\nPenningmeester VvE Meulenhof",
        lab(
            refs=("NWG-204150",),
            paid_date="2027-12-23",
            amount="612.95",
            currency="EUR",
            note="proof of payment attached as a PDF",
        ),
        inv="NWG-204150",
        amt="612.95",
        attach=("betalingsbewijs_NWG-204150.pdf", PROOF_PDF),
    ),
    Mail(
        "ps-it-cro",
        "payment_sent",
        "it",
        ("Amministrazione Ottica Ferraresi", "amministrazione@otticaferraresi.example"),
        "2027-12-22 15:20",
        "outlook",
        "Spett.le Northwind Glazing,\n\n"
        "con la presente Vi comunichiamo di aver disposto in data odierna il bonifico a saldo della fattura NWG-204198 di EUR 1.530,00.\n\n"
        "CRO/TRN: 0306927355011842\n\n"
        "Distinti saluti\n\n"
        "Rag. Marisa Conti\nUfficio Amministrazione\nOttica Ferraresi S.n.c.",
        lab(
            refs=("NWG-204198",),
            paid_date="2027-12-22",
            payment_reference="0306927355011842",
            amount="1530.00",
            currency="EUR",
            note="very formal; 'in data odierna' is the day of the message",
        ),
        inv="NWG-204198",
        amt="1530.00",
        charset="iso-8859-1",
    ),
    Mail(
        "ps-it-settimana-scorsa",
        "payment_sent",
        "it",
        ("Gianni", "gianni.pastore@tiscali.it"),
        "2028-01-11 19:05",
        "iphone",
        "gia pagato la settimana scorsa controllate meglio",
        lab(note="no accents, no punctuation; 'la settimana scorsa' cannot be pinned to a day"),
        inv="NWG-204325",
        amt="212.00",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pr-en-approved-friday-run",
        "promise_to_pay",
        "en",
        ("Megan Doyle", "megan.doyle@castlefordps.example"),
        "2028-01-12 14:33",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for the reminder. NWG-204512 has now been approved and is scheduled for Friday's payment run, so you should see the £3,480.00 in your account early next week.\n\n"
        "Kind regards,\n"
        "Megan Doyle\nAccounts Payable Assistant\nCastleford Property Services Ltd",
        lab(
            refs=("NWG-204512",),
            promised_date="2028-01-14",
            amount="3480.00",
            currency="GBP",
            note="past tense 'approved and scheduled' announces a future payment; the date is the run (Fri 14 Jan), not the day the money lands",
        ),
        inv="NWG-204512",
        amt="3480.00",
    ),
    Mail(
        "pr-en-next-thursday",
        "promise_to_pay",
        "en",
        ("Dev Malhotra", "dev@malhotra-convenience.example"),
        "2028-01-07 17:52",
        "gmail_plain",
        "Hi there\n\nsorry, been a mad few weeks. I'll transfer it next Thursday when the card takings from the sales have cleared.\n\nthanks\nDev",
        lab(
            promised_date="2028-01-13",
            note="'next Thursday' written on Friday 7 Jan: Thursday 13 Jan (both readings of 'next' agree on a Friday)",
        ),
        inv="NWG-204402",
        amt="318.00",
    ),
    Mail(
        "pr-en-not-yet-end-of-month",
        "promise_to_pay",
        "en",
        ("Fiona Gallagher", "f.gallagher@stcuthberts-academy.example"),
        "2028-01-10 09:15",
        "outlook",
        "Good morning,\n\n"
        "No, this hasn't been paid yet, I'm afraid. Our finance system was frozen over the Christmas closure and the invoice is now in the queue for the Trust's central finance team. It will be paid by the end of the month at the latest.\n\n"
        "Apologies for the delay.\n\n"
        "Fiona Gallagher\nSchool Business Manager\nSt Cuthbert's Academy",
        lab(
            promised_date="2028-01-31",
            note="negation ('hasn't been paid yet') followed by a promise; 'by the end of the month' is 31 January",
        ),
        inv="NWG-204379",
        amt="1764.00",
        headers=(NO_AUTO_REPLIES,),
    ),
    Mail(
        "pr-de-kw2",
        "promise_to_pay",
        "de",
        ("Jörg Niehaus", "joerg.niehaus@niehaus-immobilien.example"),
        "2027-12-22 16:40",
        "thunderbird",
        "Hallo,\n\n"
        "die Rechnung liegt bei mir zur Freigabe. Wir zahlen gesammelt in KW 2, wenn die Buchhaltung nach den Feiertagen wieder komplett ist.\n\n"
        "Gruß\nJörg Niehaus\nNiehaus Immobilienverwaltung",
        lab(
            promised_date="2028-01-10",
            note="'KW 2' is ISO week 2 of 2028, which starts on Monday 10 January (week 1 holds 4 January)",
        ),
        inv="NWG-204256",
        amt="1245.00",
        cte="8bit",
    ),
    Mail(
        "pr-de-zahllauf-15",
        "promise_to_pay",
        "de",
        ("Sabine Rolfs", "s.rolfs@kemmerich.example"),
        "2028-01-05 11:02",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung NWG-204377 über die Verglasungsarbeiten an der Grundschule am Lindenweg ist sachlich und rechnerisch geprüft und zur Zahlung angewiesen. Die Auszahlung erfolgt mit dem nächsten Zahllauf zum 14.01.2028.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\n\n"
        "Sabine Rolfs\nStadtkasse\nStadt Kemmerich",
        lab(
            refs=("NWG-204377",),
            promised_date="2028-01-14",
            note="public body: 'zur Zahlung angewiesen' sounds done, but the payout is the run on 14.01.: a promise",
        ),
        inv="NWG-204377",
        amt="5620.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pr-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Patrick Morel", "p.morel@morel-boulangerie.example"),
        "2028-01-05 07:10",
        "iphone",
        "Bonjour, je vous règle ça fin de mois, janvier est toujours compliqué chez nous. Merci de patienter\nP. Morel",
        lab(promised_date="2028-01-31", note="'fin de mois' written on 5 January: 31 January"),
        inv="NWG-204308",
        amt="640.00",
    ),
    Mail(
        "pr-es-finales-de-mes",
        "promise_to_pay",
        "es",
        ("Marta Igualada", "marta.igualada@igualada-abogados.example"),
        "2027-12-20 10:48",
        "gmail",
        "Buenos días:\n\n"
        "Disculpen el retraso. La factura ya está aprobada por los socios y la abonaremos a finales de mes, junto con el resto de pagos a proveedores.\n\n"
        "Un saludo,\n\n"
        "Marta Igualada\nAdministración\nIgualada Abogados, S.L.P.",
        lab(
            promised_date="2027-12-31",
            note="'ya está aprobada' is past, the payment is future; 'a finales de mes' written on 20 December is 31 December",
        ),
        inv="NWG-204186",
        amt="2090.00",
    ),
    Mail(
        "pr-es-el-lunes",
        "promise_to_pay",
        "es",
        ("Toni Serrano", "toniserrano.reformas@hotmail.es"),
        "2028-01-05 18:25",
        "android",
        "hola perdon se me paso con las fiestas, el lunes sin falta os hago la transferencia de los 740 euros",
        lab(
            promised_date="2028-01-10",
            amount="740.00",
            currency="EUR",
            note="no accents or punctuation; 'el lunes' written on Wednesday 5 January is Monday 10 January",
        ),
        inv="NWG-204350",
        amt="740.00",
    ),
    Mail(
        "pr-nl-over-twee-weken",
        "promise_to_pay",
        "nl",
        ("Femke de Graaf", "femke@degraaf-bloemen.example"),
        "2027-12-20 14:05",
        "apple",
        "Hallo,\n\n"
        "Allereerst nog bedankt voor het snelle werk vorige maand, de nieuwe etalageruit is precies op tijd voor de kerstdrukte geplaatst en we krijgen er veel complimenten over. Het is hier de laatste weken een gekkenhuis geweest met kerststukjes en bestellingen, vandaar dat ik jullie mail pas nu zie.\n\n"
        "Ik maak het bedrag over twee weken over, dan is de kerstomzet binnen. Mijn man doet normaal de administratie maar die ligt er met de griep uit, dus ik doe het deze keer zelf.\n\n"
        "Fijne feestdagen alvast!\n\n"
        "Vriendelijke groet,\nFemke de Graaf\nBloemsierkunst De Graaf",
        lab(
            promised_date="2028-01-03",
            note="the promise is in the middle of a chatty reply; 'over twee weken' from Monday 20 December is Monday 3 January",
        ),
        inv="NWG-204109",
        amt="1185.00",
    ),
    Mail(
        "pr-nl-morgen",
        "promise_to_pay",
        "nl",
        ("Rob Jansen", "r.jansen@zorggroepdelinde.example"),
        "2028-01-11 15:40",
        "outlook",
        "Goedemiddag,\n\nWordt morgen betaald.\n\nMet vriendelijke groet,\nRob Jansen\nFacilitair Bedrijf\nZorggroep De Linde",
        lab(promised_date="2028-01-12", note="three words; 'morgen' from Tuesday 11 January"),
        inv="NWG-204433",
        amt="2876.30",
    ),
    Mail(
        "pr-it-entro-fine-mese",
        "promise_to_pay",
        "it",
        ("Elena Rinaldi", "elena.rinaldi@rinaldiarredamenti.example"),
        "2027-12-21 12:30",
        "gmail",
        "Buongiorno,\n\nmi scuso per il ritardo, il pagamento della fattura NWG-204244 verrà effettuato entro fine mese.\n\nCordiali saluti\nElena Rinaldi\nRinaldi Arredamenti",
        lab(
            refs=("NWG-204244",),
            promised_date="2027-12-31",
            note="'entro fine mese' written on 21 December",
        ),
        inv="NWG-204244",
        amt="1310.00",
    ),
    Mail(
        "pr-it-rambling-lunedi",
        "promise_to_pay",
        "it",
        ("Massimo Sartori", "massimo@sartori-calzature.example"),
        "2028-01-07 09:40",
        "outlook",
        "Buongiorno,\n\n"
        "rispondo solo adesso perché siamo stati chiusi per inventario i primi giorni dell'anno e poi con la Befana il negozio era pieno. Volevo dirvi intanto che la vetrina nuova è venuta benissimo, i clienti ce lo dicono tutti, e che il vostro montatore (Luca, credo) è stato gentilissimo anche quando gli abbiamo chiesto di spostare l'insegna. Mia moglie voleva anche un preventivo per lo specchio del camerino ma ne parliamo un'altra volta. Per la fattura, il commercialista mi ha detto di aspettare l'incasso dei primi giorni di saldi, quindi il bonifico lo faccio lunedì 10, così siamo a posto. Scusate ancora e buon anno!\n\n"
        "Massimo Sartori\nSartori Calzature",
        lab(
            promised_date="2028-01-10",
            note="long reply with the promise buried after compliments and a quote request; 'lunedì 10' is 10 January",
        ),
        inv="NWG-204390",
        amt="2240.00",
        charset="windows-1252",
    ),
]

DISPUTE = [
    Mail(
        "d-en-not-paid-cracked",
        "dispute",
        "en",
        ("Callum Reid", "callum@reidsbarbers.example"),
        "2027-12-21 09:55",
        "gmail_plain",
        "We have NOT paid this because the job isn't finished. The new pane in the shop door has a crack running up from the bottom corner, it was there the day after your lad fitted it. I rang twice and sent photos on the 9th and nobody has come back to me.\n\n"
        "Fix the door and you'll get paid, not before.\n\n"
        "Callum Reid\nReid's Barbers",
        lab(note="negation in capitals with the reason: a defect; payment only after the repair"),
        inv="NWG-204211",
        amt="395.00",
    ),
    Mail(
        "d-en-paid-one-dispute-other",
        "dispute",
        "en",
        ("Harriet Lowe", "accounts@lowe-and-sons.example"),
        "2028-01-04 11:20",
        "outlook_html",
        "Hello,\n\n"
        "Your reminder is for NWG-204519. The other invoice from that week, NWG-204455, was paid in full on 10 December (BACS, £820.00) – please check your ledger.\n\n"
        "NWG-204519 we are not paying as it stands. It charges for an emergency call-out on 27 November, but the boarding-up that night was done by our own maintenance man and nobody from Northwind attended. If you think otherwise, please send us the engineer's job sheet; if not, please cancel the invoice.\n\n"
        "Regards,\n"
        "Harriet Lowe\nLowe & Sons (Hardware) Ltd",
        lab(
            refs=("NWG-204519", "NWG-204455"),
            note="one invoice paid, the one reminded disputed: dispute beats the payment claim, so only dispute fields (none) are filled",
        ),
        inv="NWG-204519",
        amt="285.00",
        issued="2027-11-29",
    ),
    Mail(
        "d-en-bursar-long-quote",
        "dispute",
        "en",
        ("Andrew Kettering", "bursar@hollinsgreen-prep.example"),
        "2028-01-06 16:02",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "Thank you for your email of yesterday. I have been meaning to write since before the end of term. First, I should say that the work on the science block was carried out tidily and the staff were impressed that your fitters worked around the lessons, which is not always the case with contractors. The new secondary glazing in the music rooms has also made a real difference to the noise complaints from the neighbours, so thank you for that.\n\n"
        'However, when the invoice arrived I compared it with your quotation Q-11873, which the governors approved in September, and the two do not match. The quotation was for £6,480.00 plus VAT, including removal of the old frames. The invoice is for £7,915.00 plus VAT and has a separate line of £1,435.00 for "disposal and skip hire", which we understood to be included. I cannot put an invoice to the finance committee that is higher than what they approved, and I am not able to pay the difference without their agreement.\n\n'
        "Could someone look at this and either issue a credit note for the disposal line or explain why it was added? I am in the office until 4pm most days this week.\n\n"
        "Yours faithfully,\n\n"
        "Andrew Kettering\nBursar, Hollins Green Preparatory School",
        lab(
            note="long letter; the price dispute comes in the second paragraph after compliments; Q-11873 is a quotation, not an invoice",
        ),
        inv="NWG-204466",
        amt="9498.00",
    ),
    Mail(
        "d-de-menge-falsch",
        "dispute",
        "de",
        ("Kai Wendler", "kai@wendler-baeckerei.example"),
        "2027-12-20 06:12",
        "iphone",
        "Moin, da stimmt was nicht. Auf der Rechnung stehen 4 Scheiben, eingebaut wurden aber nur 3, die vierte für die Filiale kommt laut Ihrem Monteur erst im Januar. Bitte korrigieren, dann zahl ich sofort.\n\nKai Wendler",
        lab(
            note="quantity contested; the payment is conditional on a corrected invoice, so dispute rather than invoice_request"
        ),
        inv="NWG-204142",
        amt="1896.00",
    ),
    Mail(
        "d-de-maengelruege",
        "dispute",
        "de",
        ("Dr. Helene Vogt", "vogt@vogt-hausverwaltung.example"),
        "2028-01-10 10:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "bezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass wir die Rechnung NWG-204401 derzeit nicht begleichen werden.\n\n"
        "Die im Objekt Gartenstraße 12 eingebaute Isolierverglasung im Treppenhaus ist seit dem Einbau im Scheibenzwischenraum beschlagen. Der Mangel wurde Ihrem Monteur bereits bei der Abnahme am 2. Dezember angezeigt und ist im Abnahmeprotokoll vermerkt. Bis zur Beseitigung des Mangels machen wir von unserem Zurückbehaltungsrecht Gebrauch.\n\n"
        "Wir bitten um kurzfristige Terminabstimmung für den Austausch der Scheibe.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Dr. Helene Vogt\nVogt Hausverwaltung GmbH",
        lab(refs=("NWG-204401",), note="formal notice of defect and retention of payment"),
        inv="NWG-204401",
        amt="3312.00",
        issued="2027-12-03",
        charset="iso-8859-1",
    ),
    Mail(
        "d-fr-devis-deplacement",
        "dispute",
        "fr",
        ("Valérie Chassagne", "valerie@chassagne-optique.example"),
        "2027-12-23 14:45",
        "gmail",
        "Bonjour,\n\n"
        "Je ne comprends pas cette facture. Le devis que j'ai signé était de 1 150 € TTC, pose comprise. Or vous me facturez 1 390 €, dont 240 € de « frais de déplacement » qui n'ont jamais été mentionnés. Je veux bien régler le montant du devis, mais pas ce supplément.\n\n"
        "Merci de m'envoyer une facture rectifiée.\n\n"
        "Valérie Chassagne\nChassagne Optique",
        lab(
            note="extra charge contested against the signed quote; the offer to pay the quoted amount does not make it a payment claim"
        ),
        inv="NWG-204236",
        amt="1390.00",
    ),
    Mail(
        "d-fr-chantier-pas-fini",
        "dispute",
        "fr",
        ("Yannick Perrot", "yannick.perrot@laposte.net"),
        "2028-01-08 11:30",
        "iphone",
        "Bonjour\nvous me relancez pour quoi exactement ?? le chantier est pas fini, il manque toujours la vitre de la porte arrière, votre gars devait revenir avant noel et personne est venu. Je paierai quand ce sera posé\nYannick Perrot",
        lab(
            note="informal, dropped 'ne'; work not finished, payment only once it is: dispute, not invoice_request despite the opening question"
        ),
        inv="NWG-204329",
        amt="860.00",
    ),
    Mail(
        "d-es-duplicada",
        "dispute",
        "es",
        ("Rocío Márquez", "administracion@hostallasdunas.example"),
        "2027-12-29 12:00",
        "outlook",
        "Buenos días:\n\n"
        "Creemos que hay un error. La factura NWG-204290 es un duplicado de la NWG-204231: mismo trabajo (sustitución del cristal de la puerta de recepción), misma fecha y mismo importe. La NWG-204231 se pagó el 30 de noviembre.\n\n"
        "Por favor, anulen la factura duplicada y envíennos el abono correspondiente.\n\n"
        "Saludos cordiales,\n\n"
        "Rocío Márquez\nHostal Las Dunas",
        lab(
            refs=("NWG-204290", "NWG-204231"),
            note="duplicate billing; the payment mentioned is of the original invoice, not of the one reminded",
        ),
        inv="NWG-204290",
        amt="455.00",
        charset="iso-8859-1",
    ),
    Mail(
        "d-nl-voorrijkosten",
        "dispute",
        "nl",
        ("Pieter Mulder", "pieter@mulderinstallatie.example"),
        "2028-01-04 08:47",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Ik ga deze factuur niet betalen zoals hij nu is. Jullie rekenen twee keer voorrijkosten (3 en 5 november), terwijl de monteur de eerste keer zelf de verkeerde maat bij zich had. Dat is jullie fout, niet de onze. Haal die tweede post eraf en stuur een nieuwe factuur.\n\n"
        "Pieter Mulder\nMulder Installatietechniek",
        lab(note="a charge contested; the new invoice asked for is the corrected one"),
        inv="NWG-204160",
        amt="574.75",
        issued="2027-11-08",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "d-nl-folie-eerst-herstellen",
        "dispute",
        "nl",
        ("Sanne Kok", "sanne.kok@hotmail.com"),
        "2027-12-27 13:15",
        "android",
        "Hoi, de folie op de etalageruit laat nu al los aan de bovenkant, ziet er niet uit. Eerst komen herstelen dan betaal ik. Groetjes Sanne (Kapsalon Kok)",
        lab(note="defect, payment after the repair; typo 'herstelen' and no comma"),
        inv="NWG-204221",
        amt="349.00",
    ),
    Mail(
        "d-it-sconto-ritardo",
        "dispute",
        "it",
        ("Federica Lombardi", "f.lombardi@lombardigioielli.example"),
        "2028-01-10 17:20",
        "html_only",
        "Buonasera,\n\n"
        "non abbiamo saldato la fattura NWG-204356 perché l'importo non tiene conto dello sconto del 10% che il vostro commerciale, sig. Bianchi, ci aveva concesso per iscritto a causa delle tre settimane di ritardo nella posa della vetrina. Riporto qui il testo della sua e-mail del 12 novembre: «Vi confermo uno sconto del 10% sul totale a compensazione del ritardo».\n\n"
        "Restiamo in attesa di una nota di credito o di una fattura corretta.\n\n"
        "Cordiali saluti\n"
        "Federica Lombardi\nLombardi Gioielli S.r.l.",
        lab(
            refs=("NWG-204356",),
            note="negated payment with the reason: an agreed discount missing; HTML-only message",
        ),
        inv="NWG-204356",
        amt="4180.00",
    ),
    Mail(
        "d-it-aliquota-iva",
        "dispute",
        "it",
        ("Studio Ferri Amministrazioni", "condomini@studioferri.example"),
        "2027-12-22 10:10",
        "gmail",
        "Buongiorno,\n\n"
        "la fattura NWG-204337 intestata al Condominio Via Manzoni 18 riporta l'IVA al 22%, ma trattandosi di manutenzione su un edificio residenziale l'aliquota corretta è il 10%. Non possiamo pagarla in questa forma: vi chiediamo di emettere una nota di credito e una nuova fattura con l'aliquota giusta.\n\n"
        "Cordiali saluti\n"
        "Dott.ssa Paola Ferri\nStudio Ferri Amministrazioni Condominiali",
        lab(
            refs=("NWG-204337",),
            note="the amount is contested (wrong VAT rate), so dispute rather than a plain reissue request",
        ),
        inv="NWG-204337",
        amt="1830.00",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pp-en-split-three",
        "payment_plan",
        "en",
        ("Lee Whitfield", "lee@whitfieldmotors.example"),
        "2027-12-21 18:40",
        "iphone",
        "Hi, could we split this into 3? I can do £600 now and the rest in two lumps end of Jan and end of Feb. Been a slow December. Lee",
        lab(note="instalments proposed; plan dates and amounts are not labelled"),
        inv="NWG-204238",
        amt="1850.00",
    ),
    Mail(
        "pp-en-hardship-monthly",
        "payment_plan",
        "en",
        ("Maureen Tully", "mo.tully@hotmail.co.uk"),
        "2028-01-03 20:14",
        "apple",
        "Dear Sir/Madam\n\n"
        "I recieved your reminder and I am sorry it is late. Since my husband went into hospital in November I have been running the shop on my own and the takings have been very poor, we also had the flood in the back room which you will know about as your men came to do the window after. I do intend to pay every penny but I cannot pay £1,180 in one go. Would you accept £150 a month starting at the end of January, I can set up a standing order. If that is no good please ring me on the shop number, I dont always see emails straight away.\n\n"
        "Yours faithfully\nMaureen Tully\nTully's Wool & Haberdashery",
        lab(note="hardship with a monthly plan; typos; asking to be phoned is not a stop request"),
        inv="NWG-204183",
        amt="1180.00",
    ),
    Mail(
        "pp-en-sixty-days",
        "payment_plan",
        "en",
        ("Steve Pardoe", "steve.pardoe@marlowekitchens.example"),
        "2028-01-11 10:30",
        "outlook_html",
        "Hi,\n\n"
        "We're waiting on a big retention payment from the main contractor on the Riverside job and until that lands we're tight. Could you give us another 60 days on NWG-204431? We're not disputing anything, the work was fine, it's purely cash flow.\n\n"
        "Cheers\nSteve\n\nSteve Pardoe | Accounts | Marlowe Kitchens Ltd",
        lab(refs=("NWG-204431",), note="more time asked for, amount explicitly not contested"),
        inv="NWG-204431",
        amt="4320.00",
    ),
    Mail(
        "pp-de-raten",
        "payment_plan",
        "de",
        ("Murat Yıldız", "murat@yildiz-imbiss.example"),
        "2027-12-28 22:05",
        "gmail",
        "Hallo,\n\n"
        "ich kann die 1.640 € gerade nicht auf einmal zahlen, das Geschäft läuft seit der Baustelle vor der Tür sehr schlecht. Geht es in 4 Raten? Ich würde jeweils zum Monatsanfang 410 € überweisen.\n\n"
        "Mit freundlichen Grüßen\nMurat Yıldız\nYıldız Imbiss",
        lab(note="instalments with hardship; the display name needs UTF-8 (dotless i)"),
        inv="NWG-204277",
        amt="1640.00",
    ),
    Mail(
        "pp-de-haelfte-heute",
        "payment_plan",
        "de",
        ("Claudia Pfeiffer", "c.pfeiffer@pfeiffer-steuerberatung.example"),
        "2028-01-04 14:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "im Auftrag unserer Mandantin, Blumen Hartmann e.K., teilen wir Ihnen mit, dass heute die Hälfte des offenen Betrags (1.105,00 €) überwiesen wurde. Die zweite Hälfte wird Ende Januar beglichen.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Claudia Pfeiffer\nSteuerberatung Pfeiffer & Kollegen",
        lab(
            note="tax adviser for the client: part paid today, the rest at the end of January → payment_plan, not payment_sent"
        ),
        inv="NWG-204318",
        amt="2210.00",
        charset="windows-1252",
    ),
    Mail(
        "pp-fr-echeancier",
        "payment_plan",
        "fr",
        ("Nathalie Roux", "n.roux@auberge-du-lac.example"),
        "2027-12-20 15:22",
        "outlook_html",
        "Bonjour,\n\n"
        "Suite à votre relance, serait-il possible de mettre en place un échéancier pour la facture NWG-204288 ? La saison d'hiver n'a pas encore vraiment commencé et la trésorerie est tendue. Nous pourrions régler en trois fois, en janvier, février et mars.\n\n"
        "Dans l'attente de votre accord,\nCordialement,\n\n"
        "Nathalie Roux\nGérante – Auberge du Lac",
        lab(refs=("NWG-204288",)),
        inv="NWG-204288",
        amt="2760.00",
        charset="windows-1252",
    ),
    Mail(
        "pp-fr-delai-un-mois",
        "payment_plan",
        "fr",
        ("O. Garnier", "o.garnier@garnier-plomberie.example"),
        "2028-01-12 08:02",
        "gmail_plain",
        "Bonjour,\n\n"
        "j'aurais besoin d'un délai supplémentaire d'un mois pour cette facture, un gros client ne m'a toujours pas payé. je ne conteste rien, c'est juste une question de trésorerie. est-ce possible ?\n\n"
        "O. Garnier",
        lab(note="more time asked for; 'je ne conteste rien' rules out a dispute"),
        inv="NWG-204397",
        amt="930.00",
    ),
    Mail(
        "pp-es-dos-plazos",
        "payment_plan",
        "es",
        ("Javier Ortega", "javier@ortega-ferreteria.example"),
        "2028-01-10 12:40",
        "gmail",
        "Hola:\n\n¿Podríamos pagar la factura en dos plazos? La mitad este mes y la otra mitad en febrero. Enero siempre es flojo para nosotros.\n\nGracias,\nJavier Ortega\nFerretería Ortega",
        lab(),
        inv="NWG-204369",
        amt="1520.00",
    ),
    Mail(
        "pp-es-subvencion",
        "payment_plan",
        "es",
        ("Consuelo Beltrán", "cbeltran@colegiosanjorge.example"),
        "2027-12-22 09:30",
        "outlook",
        "Estimados señores:\n\n"
        "Les escribo en relación con la factura NWG-204309. Todavía no hemos podido pagarla porque el colegio está pendiente de recibir la subvención de la Consejería, que este año se ha retrasado hasta febrero, y no disponemos de liquidez para atender el pago completo. Les proponemos abonar 1.000 euros en enero y el importe restante en cuanto se reciba la subvención.\n\n"
        "Quedamos a la espera de su conformidad.\n\n"
        "Atentamente,\n\n"
        "Consuelo Beltrán\nAdministradora\nColegio San Jorge",
        lab(
            refs=("NWG-204309",),
            note="negation ('todavía no hemos podido pagarla') followed by a part-now, rest-later proposal",
        ),
        inv="NWG-204309",
        amt="3475.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-nl-regeling",
        "payment_plan",
        "nl",
        ("Kees Visser", "kees@visser-slagerij.example"),
        "2027-12-30 17:55",
        "iphone",
        "Goedemiddag,\n\nkan ik een betalingsregeling treffen? Ik zit krap door de verbouwing. Zou het in drie delen willen betalen, eerste deel nog deze week.\n\nKees Visser\nSlagerij Visser",
        lab(
            note="instalments; 'eerste deel nog deze week' is part of the plan, not a dated promise"
        ),
        inv="NWG-204284",
        amt="1698.00",
    ),
    Mail(
        "pp-it-rate",
        "payment_plan",
        "it",
        ("Chiara Bassi", "chiara.bassi@bassi-parrucchieri.example"),
        "2027-12-23 19:30",
        "iphone",
        "Buonasera, è possibile rateizzare la fattura in 4 rate mensili? Purtroppo dopo il furto in negozio a novembre siamo un po' in difficoltà. Grazie mille\nChiara",
        lab(),
        inv="NWG-204262",
        amt="1264.00",
    ),
    Mail(
        "pp-it-acconto-saldo",
        "payment_plan",
        "it",
        ("Luca Moretti", "amministrazione@hotelbelvedere-como.example"),
        "2028-01-13 11:45",
        "outlook_html",
        "Buongiorno,\n\n"
        "in riferimento alla fattura NWG-204488, vi comunichiamo che oggi abbiamo disposto un bonifico di € 1.200,00 come acconto. Il saldo di € 1.345,00 verrà versato entro fine febbraio, alla riapertura stagionale dell'hotel.\n\n"
        "Cordiali saluti\n"
        "Luca Moretti\nUfficio Amministrazione\nHotel Belvedere",
        lab(
            refs=("NWG-204488",),
            note="deposit paid today, balance by the end of February → payment_plan",
        ),
        inv="NWG-204488",
        amt="2545.00",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-po-then-pay",
        "invoice_request",
        "en",
        ("Tom Beckett", "purchase.ledger@greyfriarsleisure.example"),
        "2027-12-20 13:05",
        "outlook_html",
        "Good afternoon,\n\n"
        "We can't process NWG-204347 as it doesn't carry a purchase order number, so our invoice scanning system rejected it. Once you reissue it quoting PO 4500219873 we will pay it in the next run.\n\n"
        "Thanks,\nTom Beckett\nPurchase Ledger, Greyfriars Leisure plc",
        lab(
            refs=("NWG-204347",),
            note="conditional payment once a PO-referenced invoice arrives: a document is needed, nothing is contested",
        ),
        inv="NWG-204347",
        amt="2136.00",
    ),
    Mail(
        "ir-en-did-we-not-pay-statement",
        "invoice_request",
        "en",
        ("Janet Ellery", "janet@ellery-opticians.example"),
        "2028-01-05 10:25",
        "gmail",
        "Hi\n\nDid we not pay this? I'm sure I paid something to you in November. Can you send me a statement of the account so I can see what's been allocated where.\n\nThanks\nJanet",
        lab(note="a question plus a statement request; no payment is claimed"),
        inv="NWG-204305",
        amt="578.00",
    ),
    Mail(
        "ir-en-never-got-it",
        "invoice_request",
        "en",
        ("Ryan Cole", "ryan.cole88@gmail.com"),
        "2027-12-30 12:11",
        "iphone",
        "never got an invoice for this?? pls resend with ur bank details",
        lab(note="mobile brevity: resend the invoice and the bank details"),
        inv="NWG-204353",
        amt="165.00",
    ),
    Mail(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("Thomas Kießling", "rechnungseingang@landkreis-obermark.example"),
        "2028-01-06 09:15",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "zu Ihrer Rechnung NWG-204391 (Verglasung Sporthalle Realschule Obermark) liegt uns keine E-Rechnung vor. Als öffentlicher Auftraggeber können wir Rechnungen nur im Format XRechnung über das Rechnungseingangsportal unter Angabe der Leitweg-ID 09187123-0001-83 annehmen. Eine PDF-Rechnung per E-Mail kann nicht bearbeitet werden.\n\n"
        "Bitte reichen Sie die Rechnung in der vorgeschriebenen Form ein; nach Eingang erfolgt die Zahlung innerhalb der vereinbarten Frist.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\n\n"
        "Thomas Kießling\nZentrale Rechnungseingangsstelle\nLandkreis Obermark",
        lab(
            refs=("NWG-204391",),
            note="public body needs the invoice as an e-invoice through its portal; the amount is not contested",
        ),
        inv="NWG-204391",
        amt="14860.00",
    ),
    Mail(
        "ir-de-stundenzettel",
        "invoice_request",
        "de",
        ("Stefan Kessler", "s.kessler@kessler-bau.example"),
        "2027-12-21 07:30",
        "android",
        "Morgen,\nohne unterschriebenen Stundenzettel bzw. Aufmaß gibt unsere Buchaltung die Rechnung nicht frei. Schicken Sie mir das bitte, dann geht das durch.\nGruß S. Kessler",
        lab(note="a supporting document is needed before payment; typo 'Buchaltung'"),
        inv="NWG-204195",
        amt="2685.00",
    ),
    Mail(
        "ir-fr-chorus",
        "invoice_request",
        "fr",
        ("Corinne Baudry", "finances@mairie-saintaubin.example"),
        "2028-01-04 14:40",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre relance concernant la facture NWG-204362. Après vérification, cette facture n'a pas été déposée sur Chorus Pro ; elle ne peut donc pas être mise en paiement par la trésorerie. Nous vous remercions de bien vouloir la déposer sur la plateforme en indiquant le numéro d'engagement 2027-0418.\n\n"
        "Dès réception, le mandatement interviendra dans le délai réglementaire de 30 jours.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Corinne Baudry\nService financier\nMairie de Saint-Aubin-les-Prés",
        lab(
            refs=("NWG-204362",),
            note="public body: the invoice must be filed on its portal before it can be paid; nothing contested",
        ),
        inv="NWG-204362",
        amt="6240.00",
    ),
    Mail(
        "ir-fr-renvoyer-rib",
        "invoice_request",
        "fr",
        ("Hélène Marchal", "helene.marchal@yahoo.fr"),
        "2027-12-27 10:55",
        "thunderbird",
        "Bonjour,\n\nJe ne retrouve pas cette facture dans mes mails. Pourriez-vous me la renvoyer, ainsi que votre RIB ? Je ferai le virement dès que je l'aurai.\n\nMerci,\nHélène Marchal\nInstitut Beauté Hélène",
        lab(note="copy of the invoice and bank details first, then payment: invoice_request"),
        inv="NWG-204274",
        amt="420.00",
    ),
    Mail(
        "ir-es-cif-nuevo",
        "invoice_request",
        "es",
        ("Nuria Castells", "nuria@castells-optica.example"),
        "2028-01-11 12:05",
        "outlook_html",
        "Buenos días:\n\n"
        "La factura NWG-204420 está emitida a nombre de «Óptica Castells» con el CIF de la antigua sociedad. Desde octubre facturamos como Castells Visió, S.L., CIF B66123457. ¿Nos la pueden volver a emitir con los datos correctos? El importe está bien; en cuanto la recibamos, la pagamos.\n\n"
        "Gracias y un saludo,\nNuria Castells",
        lab(
            refs=("NWG-204420",),
            note="reissue with new company details; the amount is explicitly accepted",
        ),
        inv="NWG-204420",
        amt="1092.00",
    ),
    Mail(
        "ir-es-extracto-gestoria",
        "invoice_request",
        "es",
        ("Pedro Gil", "pgil@gil-asesores.example"),
        "2027-12-20 17:20",
        "gmail",
        "Buenas tardes:\n\n"
        "Llevamos la contabilidad de Panadería Hermanos Ruiz. Antes de pagar nada necesitamos un extracto de su cuenta con las facturas abiertas y los cobros que les constan, porque el saldo que tenemos nosotros no coincide con el suyo.\n\n"
        "Un saludo,\nPedro Gil\nGil Asesores",
        lab(note="accountants ask for a statement to reconcile; no invoice is contested"),
        inv="NWG-204098",
        amt="1415.60",
    ),
    Mail(
        "ir-nl-po-nummer",
        "invoice_request",
        "nl",
        ("Mark de Boer", "crediteuren@vandijkretail.example"),
        "2028-01-07 11:10",
        "outlook",
        "Goedemorgen,\n\n"
        "Uw factuur NWG-204414 kunnen wij niet verwerken omdat het inkoopordernummer ontbreekt. Facturen zonder geldig PO-nummer worden automatisch afgekeurd. Wilt u een creditnota en een nieuwe factuur sturen met PO-nummer 7700316652?\n\n"
        "Met vriendelijke groet,\nMark de Boer\nCrediteurenadministratie\nVan Dijk Retail B.V.",
        lab(refs=("NWG-204414",), note="reissue with a PO number; the amount is not contested"),
        inv="NWG-204414",
        amt="988.00",
        headers=(NO_AUTO_REPLIES,),
    ),
    Mail(
        "ir-nl-werkbon",
        "invoice_request",
        "nl",
        ("Henk Bakker", "henk@bakker-autoschade.example"),
        "2028-01-03 08:05",
        "iphone",
        "Wat is dit voor factuur? Er zijn hier dit jaar meerdere ruiten gedaan, ik weet niet welke dit is. Stuur de werkbon even mee dan kan ik het aan de boekhouding geven.",
        lab(note="'what is this for' plus a request for the job sheet: invoice_request"),
        inv="NWG-204129",
        amt="312.00",
    ),
    Mail(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Istituto Comprensivo Manzoni", "segreteria@icmanzoni.example"),
        "2027-12-21 11:30",
        "outlook_html",
        "Gentili Signori,\n\n"
        "in riscontro al Vostro sollecito, si comunica che la fattura NWG-204279 non risulta pervenuta a questo Istituto tramite il Sistema di Interscambio (SdI). Si ricorda che le pubbliche amministrazioni non possono procedere al pagamento di fatture non emesse in formato elettronico.\n\n"
        "Si prega pertanto di trasmettere la fattura elettronica indicando il Codice Univoco Ufficio UFX7K2 e il CIG Z1A3B4C5D6.\n\n"
        "Distinti saluti\n\n"
        "Il DSGA\nGiuseppe Ferri",
        lab(
            refs=("NWG-204279",),
            note="Italian public body: the e-invoice through SdI is needed before payment",
        ),
        inv="NWG-204279",
        amt="3904.00",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-left-company",
        "wrong_contact",
        "en",
        ("Oliver Marsh", "oliver.marsh@hartwell-estates.example"),
        "2027-12-20 10:02",
        "outlook",
        "Hello,\n\n"
        "I left Hartwell Estates at the end of November and only still have this mailbox for the handover, which finishes this week. Invoices now go to Rachel Tan in accounts: Rachel.Tan@Hartwell-Estates.example\n\n"
        "Best,\nOliver",
        lab(
            new_contact="rachel.tan@hartwell-estates.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="NWG-204061",
        amt="2450.00",
    ),
    Mail(
        "wc-en-redirect-freemail",
        "wrong_contact",
        "en",
        ("Hartley Pharmacy", "accounts@hartleypharmacy.example"),
        "2027-12-24 06:51",
        "outlook_html",
        "Hello,\n\n"
        "Please be advised that our accounts department has moved to a new email system. With immediate effect please send all reminders, statements and remittance correspondence for our account to hartleypharmacy.ledger@gmail.com only, and delete this address from your records as it will be discontinued shortly.\n\n"
        "Kindly confirm once your records have been updated.\n\n"
        "Regards\nAccounts Department",
        lab(
            new_contact="hartleypharmacy.ledger@gmail.com",
            note="reads like a phishing attempt (free-mail redirect, urgency, matching Reply-To); the intent is still a change of contact, and checking it is a human step",
        ),
        inv="NWG-204227",
        amt="1096.00",
        reply_to="Hartley Pharmacy Accounts <hartleypharmacy.ledger@gmail.com>",
    ),
    Mail(
        "wc-en-site-manager-cc",
        "wrong_contact",
        "en",
        ("Dave Hollis", "site.manager@oakfield-primary.example"),
        "2028-01-04 07:35",
        "iphone",
        "Morning, I'm the site manager, I just signed the job off. Nothing to do with invoices I'm afraid. Copying in Mrs Patel our bursar who pays them - bursar@oakfield-primary.example\n\nDave",
        lab(
            new_contact="bursar@oakfield-primary.example",
            note="the new contact is also copied in Cc",
        ),
        inv="NWG-204315",
        amt="1380.00",
        cc="Mrs J Patel <bursar@oakfield-primary.example>",
    ),
    Mail(
        "wc-de-hausverwaltung-mieter",
        "wrong_contact",
        "de",
        ("Petra Lindner", "p.lindner@lindner-hv.example"),
        "2027-12-21 09:12",
        "apple",
        "Guten Tag,\n\n"
        "wir sind nur die Hausverwaltung des Gebäudes. Der Auftrag für die Schaufensterscheibe kam vom Mieter im Erdgeschoss, der Modeboutique Amsel. Bitte richten Sie die Rechnung und Ihre Erinnerungen an deren Buchhaltung: buchhaltung@boutique-amsel.example\n\n"
        "Mit freundlichen Grüßen\nPetra Lindner\nLindner Hausverwaltung",
        lab(
            new_contact="buchhaltung@boutique-amsel.example",
            note="the tenant, not the managing agent, is the customer; the work itself is not contested",
        ),
        inv="NWG-204180",
        amt="1725.00",
    ),
    Mail(
        "wc-fr-changement-poste",
        "wrong_contact",
        "fr",
        ("Julien Fabre", "j.fabre@groupe-meridien-hotels.example"),
        "2028-01-05 09:40",
        "outlook",
        "Bonjour,\n\n"
        "Depuis le 1er janvier, la comptabilité fournisseurs n'est plus dans mon périmètre (changement de poste). Merci d'adresser vos relances à ma collègue, Mme Aurélie Simon : aurelie.simon@groupe-meridien-hotels.example\n\n"
        "Cordialement,\nJulien Fabre",
        lab(new_contact="aurelie.simon@groupe-meridien-hotels.example"),
        inv="NWG-204306",
        amt="3150.00",
        charset="windows-1252",
    ),
    Mail(
        "wc-fr-homonyme",
        "wrong_contact",
        "fr",
        ("Pharmacie du Centre", "contact@pharmacieducentre-rennes.example"),
        "2027-12-28 15:50",
        "gmail_plain",
        "Bonjour,\n\n"
        "Il doit y avoir une erreur d'adresse : nous sommes la Pharmacie du Centre à Rennes et nous n'avons jamais fait appel à vos services. Vous cherchez sans doute une autre pharmacie du même nom.\n\n"
        "Bonne journée,\nL'équipe de la Pharmacie du Centre",
        lab(
            note="a namesake: wrong recipient altogether, no new address; not a dispute of the work"
        ),
        inv="NWG-204247",
        amt="680.00",
    ),
    Mail(
        "wc-es-delegacion-valencia",
        "wrong_contact",
        "es",
        ("Sergio Navarro", "snavarro@grupo-alba-opticas.example"),
        "2028-01-10 13:15",
        "outlook",
        "Hola,\n\n"
        "Esta factura corresponde a la tienda de Valencia, que lleva su propia contabilidad. Yo estoy en la central de Madrid y no puedo tramitarla. Envíenla por favor a proveedores.valencia@grupo-alba-opticas.example\n\n"
        "Saludos,\nSergio Navarro",
        lab(
            new_contact="proveedores.valencia@grupo-alba-opticas.example",
            note="Spanish reply to an English reminder",
        ),
        inv="NWG-204403",
        amt="845.00",
        rlang="en",
    ),
    Mail(
        "wc-es-recepcion-gestoria",
        "wrong_contact",
        "es",
        ("Recepción Clínica Dental Sonrisa", "recepcion@clinicasonrisa.example"),
        "2027-12-22 16:45",
        "android",
        "Buenas tardes, el Sr. Robles ya no forma parte de la clínica. Los temas de facturas los lleva ahora nuestra gestoría, les paso el correo: facturas@gestoria-linares.example\nUn saludo\nRecepción",
        lab(new_contact="facturas@gestoria-linares.example"),
        inv="NWG-204252",
        amt="590.00",
    ),
    Mail(
        "wc-nl-centraal-factuuradres",
        "wrong_contact",
        "nl",
        ("Jolanda Smit", "j.smit@gemeente-westerveld.example"),
        "2028-01-12 10:20",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "U heeft deze herinnering naar de afdeling Vastgoed gestuurd. Facturen en betalingsherinneringen worden bij de gemeente uitsluitend verwerkt via het centrale adres facturen@gemeente-westerveld.example. Wilt u uw herinnering daar opnieuw indienen?\n\n"
        "Met vriendelijke groet,\nJolanda Smit\nAfdeling Vastgoed & Beheer\nGemeente Westerveld",
        lab(
            new_contact="facturen@gemeente-westerveld.example",
            note="municipality: wrong department, central invoice address given",
        ),
        inv="NWG-204440",
        amt="2980.00",
    ),
    Mail(
        "wc-nl-adres-vervallen-auto",
        "wrong_contact",
        "nl",
        ("Drukkerij Van Leeuwen", "info@drukkerij-vanleeuwen.example"),
        "2027-12-23 10:13",
        "notice",
        "Dit e-mailadres is sinds 1 december 2027 niet meer in gebruik en wordt niet gelezen.\n\n"
        "Voor administratie en facturen: administratie@drukkerij-vanleeuwen.example\n"
        "Voor offertes en orders: verkoop@drukkerij-vanleeuwen.example\n\n"
        "Uw bericht is niet doorgestuurd.",
        lab(
            new_contact="administratie@drukkerij-vanleeuwen.example",
            note="automatic 'address no longer read' notice naming the invoices address: wrong_contact, not auto_reply; the sales address is not the one for reminders",
        ),
        inv="NWG-204264",
        amt="1118.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-it-ex-amministratore",
        "wrong_contact",
        "it",
        ("Geom. Franco Vitale", "studio@vitale-amministrazioni.example"),
        "2028-01-03 10:30",
        "outlook",
        "Buongiorno,\n\n"
        "vi informo che dal 1° dicembre non sono più l'amministratore del Condominio Via dei Mille 22: l'assemblea ha nominato lo Studio Ricci. Per la fattura della sostituzione del lucernario dovete rivolgervi a loro, all'indirizzo amministrazione@studioricci-condomini.example.\n\n"
        "Cordiali saluti\nGeom. Franco Vitale",
        lab(
            new_contact="amministrazione@studioricci-condomini.example",
            note="the full stop after the address is not part of it",
        ),
        inv="NWG-204187",
        amt="2315.00",
        charset="windows-1252",
    ),
    Mail(
        "wc-it-prenotazioni",
        "wrong_contact",
        "it",
        ("Prenotazioni Trattoria da Mario", "prenotazioni@trattoriadamario.example"),
        "2027-12-27 18:20",
        "gmail",
        "Salve, questa è la casella delle prenotazioni del ristorante, qui le fatture non le legge nessuno. Per l'amministrazione scrivete a Laura: laura.conti@trattoriadamario.example\n\nGrazie, buone feste",
        lab(new_contact="laura.conti@trattoriadamario.example"),
        inv="NWG-204268",
        amt="455.00",
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-promise-but-stop",
        "unsubscribe",
        "en",
        ("Gary Fenwick", "gary@fenwickautos.example"),
        "2027-12-22 12:40",
        "android",
        "I told your colleague on the phone last week, it will be paid on the 15th. STOP sending me these emails every other day, it's harassment.\n\nGary",
        lab(
            note="a promise plus 'stop sending me these emails': unsubscribe beats the promise, so no promised_date"
        ),
        inv="NWG-204199",
        amt="1420.00",
    ),
    Mail(
        "un-en-solicitor",
        "unsubscribe",
        "en",
        ("Eleanor Pike", "e.pike@pike-marchant-law.example"),
        "2028-01-06 15:30",
        "outlook_html",
        "Dear Sirs\n\n"
        "We act for Kestrel Lettings Ltd in connection with your invoice NWG-204380, a copy of your reminder to our client having been passed to us.\n\n"
        "Our client disputes liability for the sum claimed for the reasons already set out in its correspondence with your site supervisor. Please direct all further communications regarding this matter to the writer at this firm and do not contact our client directly.\n\n"
        "Yours faithfully\n\n"
        "Eleanor Pike\nSolicitor\nPike Marchant LLP",
        lab(
            refs=("NWG-204380",),
            note="solicitor: 'talk to our lawyer' → unsubscribe, which beats the dispute; the firm is not a new AR contact",
        ),
        inv="NWG-204380",
        amt="7260.00",
        subject="Your invoice NWG-204380 – Kestrel Lettings Ltd – our ref EP/KES/0091",
        thread=False,
    ),
    Mail(
        "un-en-post-only-lowercase",
        "unsubscribe",
        "en",
        ("ken jarvis", "kenjarvis1957@hotmail.co.uk"),
        "2028-01-09 20:10",
        "outlook",
        "please take me off this email list i dont use email for business send anything by post to the shop address thank you ken jarvis jarvis tv repairs",
        lab(note="no capitals, no punctuation; off the list, post only"),
        inv="NWG-204427",
        amt="240.00",
    ),
    Mail(
        "un-de-nur-post",
        "unsubscribe",
        "de",
        ("Brigitte Hahn", "b.hahn@hahn-moden.example"),
        "2027-12-20 11:00",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte nehmen Sie meine E-Mail-Adresse aus Ihrem Verteiler. Mahnungen und Rechnungen bitte künftig ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\n"
        "Mit freundlichen Grüßen\nBrigitte Hahn\nHahn Moden",
        lab(note="post only"),
        inv="NWG-204088",
        amt="965.00",
        charset="iso-8859-1",
    ),
    Mail(
        "un-de-caps-bezahlt",
        "unsubscribe",
        "de",
        ("MICHAEL KRÜGER", "m.krueger@krueger-fliesen.example"),
        "2028-01-07 21:03",
        "iphone",
        "DAS IST LÄNGST BEZAHLT. HÖREN SIE AUF, MIR STÄNDIG MAILS ZU SCHICKEN!!!",
        lab(note="all caps; stop request plus a payment claim: unsubscribe wins"),
        inv="NWG-204343",
        amt="1180.00",
    ),
    Mail(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Bernard Delcourt", "bernard.delcourt@delcourt-immobilier.example"),
        "2028-01-11 17:05",
        "html_only",
        "Monsieur,\n\n"
        "Je vous prie de cesser de m'adresser vos relances par courriel. Ce dossier est désormais entre les mains de mon avocat, Maître Sophie Arnaud, qui prendra contact avec vous. Toute correspondance devra lui être adressée.\n\n"
        "Salutations.\nB. Delcourt",
        lab(note="stop e-mailing, talk to my lawyer (no address given); HTML-only"),
        inv="NWG-204385",
        amt="3890.00",
        charset="windows-1252",
    ),
    Mail(
        "un-es-dejen-de-mandar",
        "unsubscribe",
        "es",
        ("Paco Molina", "pacomolina@yahoo.es"),
        "2027-12-29 23:14",
        "iphone",
        "Dejen de mandarme correos ya. Hablé con su compañero hace dos semanas y quedamos en que pagaba en enero. No quiero más avisos.",
        lab(note="stop request with a vague promise ('en enero'): unsubscribe"),
        inv="NWG-204215",
        amt="530.00",
    ),
    Mail(
        "un-es-baja-notaria",
        "unsubscribe",
        "es",
        ("Inmaculada Prieto", "iprieto@notariaprieto.example"),
        "2028-01-12 09:50",
        "outlook",
        "Buenos días:\n\n"
        "Les ruego que den de baja esta dirección de correo de sus comunicaciones automáticas. Es una cuenta de uso exclusivo de la notaría y no debe recibir avisos comerciales ni de cobro. Cualquier comunicación relativa a la factura, por correo postal a la dirección de la notaría.\n\n"
        "Atentamente,\nInmaculada Prieto",
        lab(note="very formal; remove the address, post only"),
        inv="NWG-204438",
        amt="1610.00",
    ),
    Mail(
        "un-nl-per-post",
        "unsubscribe",
        "nl",
        ("W. de Vries", "w.devries@devries-bakkerij.example"),
        "2027-12-21 19:40",
        "thunderbird",
        "Goedenavond,\n\n"
        "Ik wil geen betalingsherinneringen meer per e-mail ontvangen. Stuur voortaan alles per post naar ons adres in Zwolle, zo hebben we het altijd gedaan.\n\n"
        "W. de Vries\nBakkerij De Vries",
        lab(note="post only"),
        inv="NWG-204167",
        amt="799.00",
    ),
    Mail(
        "un-nl-advocaat",
        "unsubscribe",
        "nl",
        ("Ahmed El Amrani", "ahmed@elamrani-supermarkt.example"),
        "2028-01-13 13:30",
        "apple",
        "Beste,\n\n"
        "Ik reageer niet meer op deze mails. Mijn advocaat, mr. Jansen van Jansen Advocaten, neemt contact met u op over de ruit die nog steeds lekt. Communicatie graag vanaf nu alleen via hem.\n\n"
        "A. El Amrani",
        lab(note="lawyer only: unsubscribe beats the defect complaint"),
        inv="NWG-204392",
        amt="2045.00",
    ),
    Mail(
        "un-it-gdpr",
        "unsubscribe",
        "it",
        ("Dott.ssa Silvia Marchetti", "silvia.marchetti@studiomarchetti.example"),
        "2027-12-28 12:00",
        "outlook_html",
        "Buongiorno,\n\n"
        "vi chiedo cortesemente di cancellare il mio indirizzo e-mail dai vostri invii automatici, ai sensi dell'art. 21 del Regolamento UE 2016/679. Non ho mai autorizzato l'utilizzo di questa casella per comunicazioni amministrative.\n\n"
        "Cordiali saluti\nSilvia Marchetti",
        lab(note="formal opt-out citing the GDPR"),
        inv="NWG-204261",
        amt="760.00",
    ),
    Mail(
        "un-it-basta-mail",
        "unsubscribe",
        "it",
        ("Rosario", "rosario.esposito76@libero.it"),
        "2028-01-04 22:10",
        "android",
        "basta con queste mail ogni due giorni!!! vi pago quando posso, non scrivetemi piu",
        lab(note="stop request with 'I'll pay when I can': unsubscribe"),
        inv="NWG-204312",
        amt="890.00",
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-until-tuesday",
        "auto_reply",
        "en",
        ("Sarah Whitlock", "s.whitlock@coastalhomes-lettings.example"),
        "2027-12-23 09:14",
        "notice_html",
        "Thanks for your message. I'm away from the office until Tuesday 4 January and won't be checking email. For anything urgent please call the office on 01632 960 552.\n\nSarah Whitlock\nCoastal Homes Lettings",
        lab(return_date="2028-01-04", note="'until X' → X itself"),
        inv="NWG-204176",
        amt="1340.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-en-ticket-xautoreply",
        "auto_reply",
        "en",
        ("Meridian FM Service Desk", "helpdesk@meridianfm.example"),
        "2028-01-05 09:13",
        "notice_html",
        "This is an automated response.\n\n"
        "Thank you for contacting the Meridian FM service desk. Your request has been logged with reference MFM-58214 and assigned to the Finance queue. You can expect a reply within 3 working days.\n\n"
        "Please keep the reference in the subject line if you reply.\n\n"
        "Meridian Facilities Management",
        lab(note="ticket acknowledgement carrying only X-Autoreply; no return date"),
        inv="NWG-204411",
        amt="2210.00",
        subject="[MFM-Ticket #58214] {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Mail(
        "ar-en-school-closed-precedence",
        "auto_reply",
        "en",
        ("Westbrook Infant School Office", "office@westbrook-infants.example"),
        "2027-12-22 09:16",
        "notice",
        "Westbrook Infant School is now closed for the Christmas holidays. The school office will be open again on Wednesday 5 January 2028, when we will reply to your message.\n\n"
        "If your enquiry concerns safeguarding, please contact Children's Services on 01632 960 771.\n\n"
        "Wishing you a restful break.",
        lab(
            return_date="2028-01-05",
            note="school holiday responder with only 'Precedence: bulk', no Auto-Submitted",
        ),
        inv="NWG-204228",
        amt="684.00",
        subject="Westbrook Infant School - office closed",
        charset="us-ascii",
        cte="7bit",
        headers=(("Precedence", "bulk"),),
        thread=False,
    ),
    Mail(
        "ar-de-bis-einschliesslich",
        "auto_reply",
        "de",
        ("Tobias Reuter", "t.reuter@reuter-elektro.example"),
        "2027-12-24 10:13",
        "notice_html",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 31.12.2027 abwesend. Ab Montag, dem 03.01.2028, bin ich wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet; in eiligen Angelegenheiten schreiben Sie bitte an info@reuter-elektro.example.\n\n"
        "Mit freundlichen Grüßen\nTobias Reuter",
        lab(
            return_date="2028-01-03",
            note="the stated day back wins over 'bis einschließlich'; the office address does not set new_contact",
        ),
        inv="NWG-204235",
        amt="1455.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-de-betriebsferien",
        "auto_reply",
        "de",
        ("Konditorei Weber", "info@konditorei-weber.example"),
        "2027-12-29 10:15",
        "notice",
        "Liebe Kundinnen und Kunden, liebe Geschäftspartner,\n\n"
        "unser Betrieb macht vom 24.12.2027 bis zum 09.01.2028 Betriebsferien. Ab Montag, dem 10. Januar, sind wir wieder wie gewohnt für Sie da. E-Mails werden in dieser Zeit nicht bearbeitet.\n\n"
        "Ihr Team der Konditorei Weber",
        lab(return_date="2028-01-10", note="company holiday notice; the stated day back wins"),
        inv="NWG-204205",
        amt="2630.00",
        subject="Betriebsferien vom 24.12. bis 09.01.",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-retour-mardi",
        "auto_reply",
        "fr",
        ("Claire Dubois", "claire.dubois@dubois-notaires.example"),
        "2027-12-30 10:14",
        "notice_html",
        "Bonjour,\n\nJe suis en congés jusqu'au lundi 3 janvier inclus et reprendrai le mardi 4 janvier. Votre message sera traité à ce moment-là.\n\nCordialement,\nClaire Dubois",
        lab(return_date="2028-01-04", note="the stated day back wins over 'jusqu'au … inclus'"),
        inv="NWG-204253",
        amt="1075.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-csp-accuse",
        "auto_reply",
        "fr",
        ("Comptabilité fournisseurs Groupe Lumen", "cspfournisseurs@groupe-lumen.example"),
        "2028-01-06 10:12",
        "notice",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, enregistré sous le numéro CSP-2028-00172. Il sera traité par un gestionnaire dans les meilleurs délais, en général sous 5 jours ouvrés.\n\n"
        "Merci de ne pas répondre à ce message automatique.\n\n"
        "Centre de services partagés – Comptabilité fournisseurs\nGroupe Lumen",
        lab(note="shared-service-centre acknowledgement; no return date"),
        inv="NWG-204375",
        amt="5480.00",
        subject="Accusé de réception – demande n° CSP-2028-00172",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-es-hasta-el-10",
        "auto_reply",
        "es",
        ("Alberto Cano", "acano@canoarquitectos.example"),
        "2027-12-30 10:16",
        "notice_html",
        "Gracias por su mensaje. Me encuentro de vacaciones hasta el 10 de enero y no tengo acceso al correo. Si el asunto es urgente, escriban a estudio@canoarquitectos.example.\n\nAlberto Cano",
        lab(return_date="2028-01-10", note="'hasta X' → X itself"),
        inv="NWG-204287",
        amt="1960.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-vanaf-maandag",
        "auto_reply",
        "nl",
        ("Lisa Bosman", "lisa@bosman-makelaardij.example"),
        "2027-12-29 10:13",
        "notice_html",
        "Dank voor je bericht. Ik ben met vakantie tot en met zondag 2 januari. Vanaf maandag 3 januari ben ik weer bereikbaar en beantwoord ik je mail zo snel mogelijk.\n\nGroet,\nLisa Bosman",
        lab(return_date="2028-01-03", note="the stated day back wins over 'tot en met'"),
        inv="NWG-204246",
        amt="870.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-ontvangst-precedence",
        "auto_reply",
        "nl",
        ("Crediteurenadministratie Retailgroep Noord", "crediteuren@retailgroepnoord.example"),
        "2028-01-10 10:12",
        "notice",
        "Beste leverancier,\n\n"
        "Bedankt voor je bericht aan de crediteurenadministratie. We hebben het ontvangen onder nummer RGN-119842 en streven ernaar binnen vijf werkdagen te reageren.\n\n"
        "Vragen over de status van een betaling? Kijk dan eerst in het leveranciersportaal.\n\n"
        "Dit is een automatisch bericht; antwoorden op deze e-mail worden niet gelezen.",
        lab(note="receipt acknowledgement with only 'Precedence: auto_reply'; no return date"),
        inv="NWG-204436",
        amt="3365.00",
        subject="Ontvangstbevestiging: uw bericht is in behandeling (#RGN-119842)",
        headers=(("Precedence", "auto_reply"),),
    ),
    Mail(
        "ar-it-rientro-venerdi",
        "auto_reply",
        "it",
        ("Andrea Colombo", "a.colombo@colombo-ingegneria.example"),
        "2027-12-23 10:14",
        "notice_html",
        "Buongiorno,\n\nsarò assente dal 23 dicembre al 6 gennaio compreso. Rientrerò in ufficio venerdì 7 gennaio. Per urgenze potete rivolgervi alla segreteria dello studio.\n\nCordiali saluti\nAndrea Colombo",
        lab(return_date="2028-01-07", note="the stated day back"),
        inv="NWG-204224",
        amt="2495.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-it-chiusura-festivita",
        "auto_reply",
        "it",
        ("Amministrazione Ferramenta Biagi", "amministrazione@ferramentabiagi.example"),
        "2027-12-24 10:12",
        "notice",
        "Gentile mittente,\n\n"
        "la Sua e-mail è stata ricevuta. Gli uffici amministrativi resteranno chiusi per le festività natalizie; le richieste saranno evase alla riapertura.\n\n"
        "Cordiali saluti\nAmministrazione – Ferramenta Biagi",
        lab(note="holiday closure with no date that can be pinned"),
        inv="NWG-204213",
        amt="615.00",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER = [
    Mail(
        "o-en-did-we-not-pay",
        "other",
        "en",
        ("Mike Dunn", "mike@dunn-and-daughter.example"),
        "2027-12-20 16:05",
        "iphone",
        "Hang on, did we not pay this one already? I'm sure Sue did a load of supplier payments before she went off. I'll check with her when she's back and come back to you",
        lab(note="a question, not a payment claim; checking later is no commitment to pay"),
        inv="NWG-204132",
        amt="1048.00",
    ),
    Mail(
        "o-en-forwarded-to-finance",
        "other",
        "en",
        ("Jess Morley", "reception@albionhouse-offices.example"),
        "2028-01-04 09:22",
        "outlook",
        "Good morning,\n\nThank you, I've forwarded this to our finance team.\n\nKind regards\nJess\nReception, Albion House Business Centre",
        lab(note="acknowledgement; passing it on names no new contact"),
        inv="NWG-204298",
        amt="1872.00",
        headers=(NO_AUTO_REPLIES,),
    ),
    Mail(
        "o-en-new-quote",
        "other",
        "en",
        ("Priya Raman", "priya@ramanpharmacy.example"),
        "2028-01-13 12:50",
        "gmail",
        "Hi,\n\nWhile I've got you – could someone come and measure up for frosted film on the consultation room window? The blind in there is falling apart. Any day next week except Wednesday is fine.\n\nThanks,\nPriya\nRaman Pharmacy",
        lab(note="new job enquiry in the reminder thread; nothing about the invoice"),
        inv="NWG-204458",
        amt="236.00",
    ),
    Mail(
        "o-de-sekretariat-weitergeleitet",
        "other",
        "de",
        ("Sekretariat Gymnasium am Stadtpark", "sekretariat@gymnasium-stadtpark.example"),
        "2028-01-10 08:40",
        "outlook_html",
        "Guten Morgen,\n\nvielen Dank, Ihre Nachricht ist angekommen. Ich leite sie an die Schulverwaltung weiter.\n\nFreundliche Grüße\nM. Schäfer\nSekretariat",
        lab(note="acknowledgement only"),
        inv="NWG-204409",
        amt="3720.00",
        charset="iso-8859-1",
    ),
    Mail(
        "o-de-geschaeft-schliesst",
        "other",
        "de",
        ("Rainer Vollmer", "rainer@vollmer-buchhandlung.example"),
        "2027-12-29 18:30",
        "thunderbird",
        "Hallo,\n\n"
        "nur zur Info: Wir schließen die Buchhandlung zum 31. Dezember endgültig, nach 34 Jahren. Die Abwicklung macht unser Steuerbüro, das meldet sich im Januar bei allen Lieferanten.\n\n"
        "Viele Grüße\nRainer Vollmer",
        lab(
            note="the business is closing; the owner writes himself, no address given and nothing promised, so a person must read it"
        ),
        inv="NWG-204193",
        amt="542.00",
        cte="8bit",
    ),
    Mail(
        "o-fr-retour-conges",
        "other",
        "fr",
        ("Sophie Lambert", "sophie.lambert@lambert-architectes.example"),
        "2027-12-24 10:12",
        "android",
        "Bien reçu, je regarde ça à mon retour de congés.\nBonnes fêtes\nSophie",
        lab(note="a person on leave, writing herself: no date, no commitment"),
        inv="NWG-204248",
        amt="1290.00",
    ),
    Mail(
        "o-fr-epaisseur-verre",
        "other",
        "fr",
        ("Gérard Pons", "gerard.pons@pons-traiteur.example"),
        "2028-01-07 14:20",
        "gmail_plain",
        "Bonjour,\n\nPouvez-vous me rappeler l'épaisseur et le type de verre posés en vitrine ? Mon assureur me les demande pour le nouveau contrat.\n\nMerci\nGérard Pons",
        lab(note="a technical question for the insurer, unrelated to the debt"),
        inv="NWG-204386",
        amt="2140.00",
    ),
    Mail(
        "o-es-recibido",
        "other",
        "es",
        ("Marisa López", "marisa.lopez@lopez-peluqueria.example"),
        "2027-12-21 11:11",
        "android",
        "Recibido, gracias.",
        lab(note="bare acknowledgement"),
        inv="NWG-204173",
        amt="372.00",
    ),
    Mail(
        "o-es-es-una-estafa",
        "other",
        "es",
        ("Enrique Vidal", "evidal@vidal-ferreteria.example"),
        "2028-01-12 17:45",
        "gmail",
        "Buenas tardes:\n\n"
        "¿Este correo es de verdad? Nunca había recibido un aviso así por email y últimamente nos llegan muchos intentos de estafa con facturas falsas. Prefiero que alguien de su empresa me llame a la tienda para confirmarlo.\n\n"
        "Enrique Vidal",
        lab(note="suspicion, not a request for documents; a person should call"),
        inv="NWG-204424",
        amt="1125.00",
    ),
    Mail(
        "o-nl-buitenland-persoon",
        "other",
        "nl",
        ("Joost van Rijn", "joost@vanrijn-advies.example"),
        "2027-12-30 22:40",
        "iphone",
        "Ik zit tot 10 januari in Thailand en heb hier nauwelijks bereik. Ik kijk ernaar als ik terug ben.\n\nJoost",
        lab(
            note="a person writing about his absence (quotes the reminder, no automatic headers): not auto_reply; 'I'll look at it' is no promise"
        ),
        inv="NWG-204291",
        amt="615.00",
    ),
    Mail(
        "o-nl-ok",
        "other",
        "nl",
        ("Ria Brouwer", "ria@bloemenhuis-ria.example"),
        "2028-01-14 09:02",
        "gmail_plain",
        "ok",
        lab(note="bare 'ok' to an English reminder: an acknowledgement, not a promise"),
        inv="NWG-204449",
        amt="455.00",
        rlang="en",
    ),
    Mail(
        "o-it-geometra",
        "other",
        "it",
        ("Arch. Valentina Greco", "v.greco@grecoprogetti.example"),
        "2028-01-05 12:30",
        "outlook",
        "Buongiorno,\n\nricevuto. Ne parlo con il geometra che ha seguito il cantiere e vi faccio sapere.\n\nSaluti\nValentina Greco",
        lab(note="acknowledgement; 'vi faccio sapere' commits to nothing"),
        inv="NWG-204348",
        amt="2875.00",
        charset="iso-8859-1",
    ),
]

MAILS = [
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
# Bounces: the machine-made skeleton is generated, the human-readable text is written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `delay` is how long it was queued."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    delay_minutes: int = 2
    note: str | None = None

    @property
    def tz(self) -> timezone:
        """UK reporting servers write GMT, continental ones CET."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        return base + timedelta(seconds=digest(self.key, "seconds")[0] % 60)

    @property
    def sent(self) -> datetime:
        """When Northwind's mailer sent the reminder (UK time)."""
        return (self.dt - timedelta(minutes=self.delay_minutes, seconds=17)).astimezone(UK)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def subject(self) -> str:
        """The reminder's subject (in the recipient's language)."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder as it left Northwind's mailer."""
        issued = date(2027, 10, 25) + timedelta(days=digest(self.key, "issued")[0] % 24)
        msg = text_part(
            reminder_text(self.lang, self.inv, self.amt, issued), "plain", "utf-8", "qp"
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = msgid_reminder(self.key)
        content_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        """The reminder's header block, as bounces quote it."""
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part (per-message and per-recipient fields)."""
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.tz))}\n"
    )
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(
            f"Will-Retry-Until: {format_datetime(b.sent.astimezone(b.tz) + timedelta(days=3))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
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


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """The readable part of an Exchange or Gmail report: plain and HTML."""
    paragraphs = "".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{paragraphs}</div></body></html>\n'
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text + "\n", "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    shape: str = "other",
) -> Message:
    """Envelope headers of a delivery report (`shape` picks the reporting software's boundaries)."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, shape)


def exchange_report(
    b: Bounce, human: str, server: str, diag: str, charset: str = "utf-8", full: bool = False
) -> Message:
    """An Exchange NDR: readable alternative, delivery-status, returned headers or message."""
    returned = MIMEMessage(b.reminder()) if full else rfc822_headers(b)
    return report(
        human_alternative(human, charset), delivery_status(b, server, "failed", diag), returned
    )


def bounce_qmail_domain_gone(b: Bounce) -> Message:
    """qmail's classic failure notice (not MIME): the domain no longer exists."""
    text = (
        "Hi. This is the qmail-send program at mail.northwind-glazing.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1004); {b.sent.strftime('%d %b %Y %H:%M:%S')} -0000\n"
        f"{b.reminder().as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, "MAILER-DAEMON@mail.northwind-glazing.example", "failure notice")


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim's 'Mail delivery failed' (not MIME): the remote mailbox is over quota."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{b.domain} [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"{b.reminder().as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.northwind-glazing.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_gmail_dns_delay(b: Bounce) -> Message:
    """Gmail's 'Delivery incomplete' report: the recipient domain's DNS fails for now."""
    human = (
        "** Delivery incomplete **\n\n"
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.\n\n"
        "The response was:\n\n"
        f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code SERVFAIL"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code SERVFAIL"
    msg = report(
        human_alternative(human),
        delivery_status(b, "mx.google.com", "delayed", diag),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        shape="gmail",
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange in German: rejected by the recipient organisation's policy."""
    server = f"EXCH01.{b.domain}"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = (
        f"Ihre Nachricht hat diese Empfänger oder Gruppen nicht erreicht:\n\n{b.rcpt}\n\n"
        "Die Nachricht wurde aufgrund einer Richtlinie der Organisation des Empfängers nicht zugestellt. Der Empfänger nimmt nur Nachrichten von bestimmten Absendern an.\n\n"
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben"
    )
    return finish_bounce(
        b,
        exchange_report(b, human, server, diag),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")),
        "outlook",
    )


def bounce_backup_mx_de_delay(b: Bounce) -> Message:
    """A German hosting company's backup MX: accepted, primary server unreachable for hours."""
    rem = b.reminder()
    until = (b.sent.astimezone(CET) + timedelta(days=4)).strftime("%d.%m.%Y")
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx-backup.hostnetz.example.\n\n"
        "Ihre Nachricht wurde von unserem Backup-Mailserver angenommen, konnte aber bisher nicht an den Hauptserver des Empfängers weitergegeben werden:\n\n"
        f"    {b.rcpt}\n"
        f"    Grund: mx.{b.domain} antwortet nicht (Zeitüberschreitung der Verbindung)\n"
        "    Status: 4.4.1\n\n"
        f"Wir versuchen die Zustellung weiter bis zum {until}. Sie müssen nichts unternehmen. Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "----- Kopfzeilen der Originalnachricht -----\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Mail Delivery System <MAILER-DAEMON@mx-backup.hostnetz.example>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found."""
    server = "PR1P264MB2214.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = (
        f"Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\n{b.rcpt}\n\n"
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez votre support technique.\n\n"
        f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {diag} »"
    )
    return finish_bounce(
        b,
        exchange_report(b, human, server, diag),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")),
        "outlook",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French host's notice in multipart/mixed with the original attached: mailbox full."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.hebergeur-mail.example.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n\n"
        "Nous tenterons à nouveau la remise pendant 72 heures. Aucune action n'est nécessaire de votre part.\n\n"
        "Le message d'origine est joint à cet avis.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "windows-1252", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish_bounce(
        b,
        outer,
        "MAILER-DAEMON <mailer-daemon@smtp.hebergeur-mail.example>",
        "Échec temporaire de remise : boîte aux lettres pleine",
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    """Exchange Online in Spanish: mailbox full (a 5.x code, soft by cause)."""
    server = "MAD1P191MB0412.EURP191.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = (
        f"Su mensaje no se pudo entregar a estos destinatarios o grupos:\n\n{b.rcpt}\n\n"
        "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.\n\n"
        f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'"
    )
    return finish_bounce(
        b,
        exchange_report(b, human, server, diag),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"No se puede entregar: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")),
        "outlook",
    )


def bounce_provider_es_unknown(b: Bounce) -> Message:
    """A Spanish host's plain notice in base64 UTF-8: user unknown."""
    rem = b.reminder()
    text = (
        "Este es un mensaje automático del servidor correo.hostingiberico.example.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el usuario no existe en el servidor de destino (550 5.1.1 usuario desconocido).\n\n"
        "Se trata de un error permanente; no se realizarán más intentos.\n\n"
        "--- Cabeceras del mensaje original ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject()}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "utf-8", "b64"),
        "Sistema de entrega de correo <mailer-daemon@correo.hostingiberico.example>",
        "Mensaje no entregado",
    )


def bounce_report_nl_delay(b: Bounce) -> Message:
    """A Dutch host's RFC 3464 delay report with a Dutch readable part."""
    human = (
        "Dit is een automatisch bericht van de mailserver mx2.hostingnoord.example.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server reageert al sinds gisteren niet; we blijven het proberen tot drie dagen na verzending.\n\n"
        "U hoeft niets te doen. Als de bezorging definitief mislukt, ontvangt u een nieuw bericht.\n\n"
        "Status: 4.4.7 (bezorging vertraagd)\n"
    )
    diag = f"454 4.4.7 mx.{b.domain}: connection timed out, message delayed"
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, "mx2.hostingnoord.example", "delayed", diag, f"mx.{b.domain}"),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.hostingnoord.example>",
        "Vertraagde bezorging: uw bericht is nog niet afgeleverd",
    )


def bounce_provider_it_domain(b: Bounce) -> Message:
    """An Italian relay's notice, single text part in 8-bit Latin-1, the reminder inline."""
    rem = b.reminder()
    payload = rem.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise TypeError("the reminder is a single text part")
    original = payload.decode("utf-8")
    text = (
        "Gentile utente,\n\n"
        "il messaggio da Lei inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        f"Motivo: il dominio {b.domain} non esiste o non ha un server di posta (5.1.2 dominio inesistente).\n\n"
        "Errore permanente: non verranno effettuati ulteriori tentativi.\n\n"
        "------ Messaggio originale ------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\n\n"
        f"{latin1_safe(original)}\n"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "Mail Delivery Subsystem <postmaster@relay.posta-lombarda.example>",
        "Notifica di mancato recapito",
    )


def bounce_exchange_it_unknown(b: Bounce) -> Message:
    """Exchange Online in Italian: recipient not found, the whole reminder returned."""
    server = "MI1P293MB0188.ITAP293.PROD.OUTLOOK.COM"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = (
        f"Il messaggio non ha raggiunto questi destinatari o gruppi:\n\n{b.rcpt}\n\n"
        "L'indirizzo di posta elettronica immesso non è stato trovato. Controlla l'indirizzo del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.\n\n"
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {server}\n\n{b.rcpt}\nIl server remoto ha restituito '{diag}'"
    )
    return finish_bounce(
        b,
        exchange_report(b, human, server, diag, full=True),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Recapito non riuscito: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT")),
        "outlook",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-qmail-domain",
            "en",
            "hard",
            "5.1.2",
            "accounts@brookfield-tiles.example",
            "2027-12-21 09:08",
            "NWG-204154",
            "1290.00",
            note="qmail failure notice, not MIME: the recipient domain no longer exists",
        ),
        bounce_qmail_domain_gone,
    ),
    (
        Bounce(
            "b-en-exim-quota",
            "en",
            "soft",
            "5.2.2",
            "office@thornbury-print.example",
            "2028-01-05 09:11",
            "NWG-204360",
            "715.00",
            note="Exim calls it a permanent error, but the cause is a full mailbox: soft; the code is kept",
        ),
        bounce_exim_quota,
    ),
    (
        Bounce(
            "b-en-gmail-dns-delay",
            "en",
            "soft",
            "4.4.3",
            "admin@pennyfarthing-cafe.example",
            "2027-12-22 13:09",
            "NWG-204271",
            "426.00",
            delay_minutes=240,
            note="Gmail 'Delivery incomplete' report: temporary DNS failure, will retry",
        ),
        bounce_gmail_dns_delay,
    ),
    (
        Bounce(
            "b-de-exchange-policy",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@sanitaer-grote.example",
            "2028-01-11 10:06",
            "NWG-204426",
            "1780.00",
            note="Exchange 'Unzustellbar' in German: refused by the recipient's policy",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "b-de-backup-mx-delay",
            "de",
            "soft",
            "4.4.1",
            "info@optik-seidel.example",
            "2027-12-23 14:10",
            "NWG-204201",
            "830.00",
            delay_minutes=245,
            note="backup MX delay warning in German, plain Latin-1, not RFC 3464",
        ),
        bounce_backup_mx_de_delay,
    ),
    (
        Bounce(
            "b-fr-exchange-unknown",
            "fr",
            "hard",
            "5.1.10",
            "compta@boulangerie-marceau.example",
            "2028-01-04 10:05",
            "NWG-204333",
            "560.00",
            note="Exchange Online 'Non remis' in French",
        ),
        bounce_exchange_fr_unknown,
    ),
    (
        Bounce(
            "b-fr-provider-full",
            "fr",
            "soft",
            "4.2.2",
            "contact@atelier-lemoine.example",
            "2027-12-21 10:07",
            "NWG-204185",
            "1475.00",
            note="French host's notice in multipart/mixed with the original attached; mailbox full",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "b-es-exchange-full",
            "es",
            "soft",
            "5.2.2",
            "facturas@autoescuela-rivas.example",
            "2028-01-12 10:04",
            "NWG-204445",
            "615.00",
            note="mailbox full reported with a 5.x code: soft by cause, the code is kept",
        ),
        bounce_exchange_es_full,
    ),
    (
        Bounce(
            "b-es-provider-unknown",
            "es",
            "hard",
            "5.1.1",
            "gerencia@bodegas-almonte.example",
            "2027-12-29 10:09",
            "NWG-204299",
            "2350.00",
            note="Spanish host's plain notice, UTF-8 in base64",
        ),
        bounce_provider_es_unknown,
    ),
    (
        Bounce(
            "b-nl-report-delay",
            "nl",
            "soft",
            "4.4.7",
            "administratie@kapsalon-vandam.example",
            "2028-01-07 10:03",
            "NWG-204395",
            "498.00",
            delay_minutes=1440,
            note="RFC 3464 delay report with a Dutch readable part",
        ),
        bounce_report_nl_delay,
    ),
    (
        Bounce(
            "b-it-relay-domain",
            "it",
            "hard",
            "5.1.2",
            "ufficio@ottica-bellini.example",
            "2027-12-22 10:06",
            "NWG-204250",
            "940.00",
            note="Italian relay notice, one 8-bit Latin-1 text part with the reminder inline; the domain does not exist",
        ),
        bounce_provider_it_domain,
    ),
    (
        Bounce(
            "b-it-exchange-unknown",
            "it",
            "hard",
            "5.1.1",
            "contabilita@studiorizzo.example",
            "2028-01-13 10:05",
            "NWG-204461",
            "1195.00",
            note="Exchange Online 'Recapito non riuscito' in Italian, whole reminder returned as message/rfc822",
        ),
        bounce_exchange_it_unknown,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

INVOICE_RE = re.compile(r"^NWG-\d{6}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")


def mail_label(m: Mail) -> dict[str, object]:
    """The label line of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": m.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in m.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(m.refs)
    label["language"] = m.lang
    label["note"] = m.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One corpus message ready to write: key, built message, label, and what to check."""

    key: str
    msg: Message
    label: dict[str, object]
    sent: datetime
    local_day: date
    reminder_at: datetime | None
    new_text: str
    refs: tuple[str, ...]
    invoices: frozenset[str]


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = []
    for m in MAILS:
        reminder_at = reminder_sent(m) if m.inv else None
        invoices = frozenset({m.inv} if m.inv else set()) | frozenset(m.refs)
        items.append(
            Item(
                m.key,
                build_mail(m),
                mail_label(m),
                m.dt,
                m.dt.date(),
                reminder_at,
                m.body,
                m.refs,
                invoices,
            )
        )
    for b, build in BOUNCES:
        items.append(
            Item(
                b.key,
                build(b),
                bounce_label(b),
                b.dt,
                b.dt.date(),
                b.sent,
                "",
                (),
                frozenset({b.inv}),
            )
        )
    return items


def check_label(key: str, label: dict[str, object], day: date) -> None:
    """The label's shape: fields of the winning intent only, normalised values, sane dates."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, set())
    for name in LABEL_KEYS:
        if label[name] is not None and name not in allowed:
            raise SystemExit(f"{key}: {name} filled for {intent}")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        when = date.fromisoformat(str(value))
        if name == "paid_date" and when > day:
            raise SystemExit(f"{key}: paid in the future")
        if name != "paid_date" and when < day:
            raise SystemExit(f"{key}: {name} before the message")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.match(str(label["amount"])):
        raise SystemExit(f"{key}: amount not normalised")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: currency")
    for name in ("new_contact", "failed_recipient"):
        if label[name] is not None and not EMAIL_RE.match(str(label[name])):
            raise SystemExit(f"{key}: {name} not a lower-case address")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS_RE.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{key}: bounce fields")
        if label["bounce_kind"] == "hard" and str(label["bounce_status"]).startswith("4"):
            raise SystemExit(f"{key}: a 4.x status is never hard")
    refs = label["invoice_refs"]
    if (
        not isinstance(refs, list)
        or not all(INVOICE_RE.match(r) for r in refs)
        or len(set(refs)) != len(refs)
    ):
        raise SystemExit(f"{key}: invoice_refs")


def visible_text(msg: EmailMessage) -> str:
    """All decoded text of a parsed message, HTML reduced to its words."""
    chunks: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        content: str = part.get_content()
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        chunks.append(content)
    return " ".join(" ".join(chunks).split())


def check_message(item: Item, data: bytes) -> None:
    """Parse the written bytes back: no defects, headers decoded, every text part readable."""
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{item.key}: defects {part.defects}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None or "=?" in str(value):
            raise SystemExit(f"{item.key}: {header} missing or not decoded")
    if msg["Date"].datetime != item.sent:
        raise SystemExit(f"{item.key}: Date header")
    text = visible_text(msg)
    if item.new_text:
        head = " ".join(item.new_text.split())[:60]
        if latin1_safe(head) not in text and head not in text:
            raise SystemExit(f"{item.key}: new text not found after decoding")
        for ref in item.refs:
            if ref[4:] not in item.new_text:
                raise SystemExit(f"{item.key}: {ref} is not in the new text")
    if item.label["intent"] == "bounce" and str(item.label["failed_recipient"]) not in text + str(
        msg
    ):
        raise SystemExit(f"{item.key}: failed recipient not in the report")


def check_corpus(items: list[Item]) -> None:
    """Counts, dates and uniqueness across the whole set."""
    keys = [i.key for i in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    intents = Counter(str(i.label["intent"]) for i in items)
    langs = Counter(str(i.label["language"]) for i in items)
    if any(intents[x] != PER_INTENT for x in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts: {dict(intents)} {dict(langs)}")
    seen: dict[str, str] = {}
    for item in items:
        if not FIRST_DAY <= item.local_day <= LAST_DAY:
            raise SystemExit(f"{item.key}: dated outside the range")
        if item.reminder_at is not None and item.reminder_at >= item.sent:
            raise SystemExit(f"{item.key}: answers a reminder sent later")
        for inv in item.invoices:
            if inv in seen:
                raise SystemExit(f"{item.key}: invoice {inv} already used by {seen[inv]}")
            seen[inv] = item.key
        check_label(item.key, item.label, item.local_day)


def file_order(items: list[Item]) -> list[Item]:
    """Number files by a seeded hash of the key, so a name says nothing about the label."""
    return sorted(items, key=lambda i: hashlib.sha256(f"{SEED}:{i.key}".encode()).hexdigest())


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


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    check_corpus(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_message(item, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
