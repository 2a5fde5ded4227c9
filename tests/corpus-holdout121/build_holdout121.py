# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002, W291
"""Build held-out reply corpus 121: `h121-NNN.eml` files and `labels.jsonl`.

Greenlane Arboriculture's receivables mailbox sends overdue reminders; this corpus holds what comes
back. The new text of every message is written by hand below. The script adds only what a mail
client or a mail server would add: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings, and the machine parts of bounces.

Run it from anywhere: it rewrites every file next to itself, deterministically (no clock, no
randomness beyond a fixed seed), parses each file back as a check and prints the count table.
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
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout121-2031"
PREFIX = "h121"
AR_NAME = "Greenlane Accounts Receivable"
AR_ADDR = "ar@greenlane-trees.example"
AR_DOMAIN = "greenlane-trees.example"
RELAY = "mail.greenlane-trees.example"
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
UK = timezone(timedelta(0))  # GMT: no summer time in January
CET = timezone(timedelta(hours=1))  # CET: no summer time in January
FIRST_DAY = date(2031, 1, 6)
LAST_DAY = date(2031, 1, 31)

Label = dict[str, object]

# --------------------------------------------------------------------------------------------
# Locale tables: the strings the clients themselves print
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
# Gmail web, UK English for "en"
GMAIL_WROTE = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone
APPLE_WROTE = {
    "en": "On {d} {mab} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_WROTE = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook desktop: separator line, header labels, the value separator, the "Sent" date layout
OUTLOOK_SEPARATOR = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{day}, {d} {month} {y} {HH}:{MM}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG_TAG = {
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
SENT_FROM_IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
GET_OUTLOOK_ANDROID = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Obtenir Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (as dunmail sends it for Greenlane)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue: invoice {inv} from Greenlane Arboriculture",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} is vervallen",
    "it": "Sollecito di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our records, invoice {inv} for {amt} is now past its due date and remains unpaid.\n\n"
        "If you have already paid, thank you, and please disregard this message. Otherwise we would be grateful if you could settle the balance, or reply to let us know when we can expect it.\n\n"
        "Kind regards,\n"
        "Accounts Receivable\n"
        "Greenlane Arboriculture Ltd – tree surgery, stump grinding, hedges and surveys\n"
        "01632 960 418 | ar@greenlane-trees.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unserer Buchhaltung ist die Rechnung {inv} über {amt} inzwischen fällig und noch nicht beglichen.\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Andernfalls bitten wir Sie, den offenen Betrag zu überweisen oder uns kurz mitzuteilen, wann wir mit der Zahlung rechnen dürfen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Debitorenbuchhaltung\n"
        "Greenlane Arboriculture – Baumpflege, Fällungen, Heckenschnitt, Gutachten\n"
        "ar@greenlane-trees.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture {inv} d'un montant de {amt} est arrivée à échéance et n'a pas encore été réglée.\n\n"
        "Si le règlement a déjà été effectué, merci de ne pas tenir compte de ce message. Dans le cas contraire, nous vous remercions de bien vouloir procéder au paiement ou de nous indiquer la date à laquelle nous pouvons l'attendre.\n\n"
        "Cordialement,\n"
        "Service comptabilité clients\n"
        "Greenlane Arboriculture – élagage, abattage, dessouchage, diagnostics\n"
        "ar@greenlane-trees.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la factura {inv} por importe de {amt} ha vencido y sigue pendiente de pago.\n\n"
        "Si ya han realizado el pago, les rogamos que no tengan en cuenta este mensaje. En caso contrario, les agradeceríamos que abonaran el importe pendiente o nos indicaran cuándo podemos esperarlo.\n\n"
        "Atentamente,\n"
        "Departamento de cobros\n"
        "Greenlane Arboriculture – poda, tala, destoconado e informes de arbolado\n"
        "ar@greenlane-trees.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is factuur {inv} ter waarde van {amt} vervallen en nog niet voldaan.\n\n"
        "Heeft u inmiddels betaald, dan kunt u dit bericht als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het openstaande bedrag over te maken of ons te laten weten wanneer wij de betaling kunnen verwachten.\n\n"
        "Met vriendelijke groet,\n"
        "Debiteurenadministratie\n"
        "Greenlane Arboriculture – boomverzorging, kappen, stobben frezen, boomonderzoek\n"
        "ar@greenlane-trees.example"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli risulta che la fattura {inv} di {amt} è scaduta e non è ancora stata saldata.\n\n"
        "Se ha già provveduto al pagamento, La preghiamo di non considerare questa comunicazione. In caso contrario, Le chiediamo di saldare l'importo o di farci sapere quando possiamo attenderci il pagamento.\n\n"
        "Cordiali saluti,\n"
        "Ufficio crediti\n"
        "Greenlane Arboriculture – potature, abbattimenti, fresatura ceppaie, perizie\n"
        "ar@greenlane-trees.example"
    ),
}
# What a Latin-1 client does to characters it cannot send
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def txt(text: str) -> str:
    """Hand-written text: dedented, without the leading newline and trailing blanks."""
    return textwrap.dedent(text).strip("\n").rstrip()


def lab(*refs: str, note: str | None = None, **fields: str | None) -> Label:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key (every 'random' choice derives from it)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A base32 token of the key's hash, `n` characters long."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


@dataclass(frozen=True)
class Mail:
    """One message a person or a customer's system sends back to the reminder.

    `client` is the mail client layout (see CLIENTS). `when` is the local time of the sender;
    UK senders write in GMT, the others in CET, unless `tz` says otherwise.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Label = field(default_factory=dict)
    inv: str = ""
    amount: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    reply: bool = True
    rlang: str = ""
    loc: str = ""
    tz: str = ""
    to: tuple[str, str] | None = None

    @property
    def zone(self) -> timezone:
        return {"uk": UK, "cet": CET}[self.tz or ("uk" if self.lang == "en" else "cet")]

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.zone)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def ui(self) -> str:
        """The language of the client's own strings (attribution, separators)."""
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def currency(self) -> str:
        return "GBP" if self.zone is UK else "EUR"

    @property
    def total(self) -> Decimal:
        return Decimal(self.amount) if self.amount else default_amount(self.key)


@cache
def invoice_table() -> dict[str, str]:
    """Invoice numbers for messages that do not name one: stable, and never shared."""
    taken = {m.inv for m in MAILS if m.inv}
    taken |= {
        str(ref) for m in MAILS for ref in cast("list[str]", m.labels.get("invoice_refs", []))
    }
    keys = sorted([m.key for m in MAILS if not m.inv] + [b.key for b in BOUNCES if not b.inv])
    table: dict[str, str] = {}
    for key in keys:
        n = int.from_bytes(digest(key, "invoice")[:4], "big") % 400
        while f"GLA-{40300 + n}" in taken:
            n = (n + 1) % 400
        table[key] = f"GLA-{40300 + n}"
        taken.add(table[key])
    return table


def default_invoice(key: str) -> str:
    """The invoice a reminder was about when the message names none."""
    return invoice_table()[key]


def default_amount(key: str) -> Decimal:
    """The reminder's amount when the message states none (stable per key)."""
    n = int.from_bytes(digest(key, "amount")[:4], "big")
    return Decimal(180 + n % 4200) + Decimal(n % 20 * 5) / 100


# --------------------------------------------------------------------------------------------
# Dates, money and text helpers
# --------------------------------------------------------------------------------------------


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """Day, month and time pieces, in a language, for the clients' date layouts."""
    wd, mon = dt.weekday(), dt.month - 1
    return {
        "day": DAY_NAMES[lang].split()[wd],
        "dab": DAY_ABBR[lang].split()[wd],
        "month": MONTH_NAMES[lang].split()[mon],
        "mab": MONTH_ABBR[lang].split()[mon],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
    }


def render(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date layout for a moment in time."""
    return template.format(**date_words(lang, dt), **extra)


def money(value: Decimal, currency: str, lang: str) -> str:
    """The amount as the reminder prints it in its language."""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{groups}.{cents}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "fr":
        return f"{groups.replace(',', chr(0xA0))},{cents}\xa0{symbol}"
    dotted = f"{groups.replace(',', '.')},{cents}"
    if lang in {"de", "es"}:
        return f"{dotted} {symbol}"
    return f"{symbol} {dotted}"


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder left the relay one to four working days before the reply, mid-morning GMT."""
    back = 1 + digest(key, "lag")[0] % 4
    day = reply.astimezone(UK)
    while back:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            back -= 1
    return day.replace(hour=8, minute=30 + digest(key, "minute")[0] % 25, second=7)


def fit_charset(text: str, charset: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    if charset == "iso-8859-1":
        for bad, good in LATIN1_FALLBACK.items():
            text = text.replace(bad, good)
    return text


def quoted(text: str, mark: str = "> ") -> str:
    """Quote text line by line, the way plain-text clients do."""
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text for HTML, keeping its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str, tag: str = "div") -> str:
    """One HTML block per paragraph."""
    return "\n".join(
        f"<{tag}>{html_text(block)}</{tag}>" if block else f"<{tag}><br></{tag}>"
        for block in text.split("\n\n")
    )


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines end in a space where they were wrapped."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        content = line[len(prefix) :]
        if content == "-- ":  # signature separator stays as it is
            out.append(line)
            continue
        if prefix == "" and content.startswith((" ", "From ")):
            content = " " + content  # space-stuffing
        if len(prefix) + len(content) <= width:
            out.append(prefix + content.rstrip(" ") if content.strip() else prefix.rstrip())
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


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def make_charset(name: str, cte: str) -> cs.Charset:
    """A Charset object with the transfer encoding this client chooses."""
    charset = cs.Charset(name)
    charset.header_encoding = cs.QP if name == "iso-8859-1" else charset.header_encoding
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit (or 7bit when the text is ASCII)
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    """A text part in the declared charset and transfer encoding."""
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    part = MIMENonMultipart("text", subtype)
    if text.isascii() and cte != "b64":
        part.set_payload(text, make_charset("us-ascii" if charset == "utf-8" else charset, "8bit"))
    else:
        part.set_payload(text, make_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 encoded-words when not ASCII."""
    if value.isascii():
        return value
    use = charset
    try:
        value.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, make_charset(use, "qp"), header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value, with an encoded display name when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Clients write the envelope headers first and the MIME headers after them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top carries MIME-Version (also inside a returned message)."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast("list[Message]", part.get_payload()):
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000{}",
    "apple": "Apple-Mail={}",
    "outlook": "_000_{}_",
    "exchange": "_{}_",
    "postfix": "{}/" + RELAY,
    "other": "------------{}",
}


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries shaped like the sending software's own."""
    shape = BOUNDARY_STYLE[family]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = b32(key, f"boundary{n}", 24)
        if family == "gmail":
            token = digest(key, f"boundary{n}").hex()[:16]
        part.set_boundary(shape.format(token))


def finish(msg: Message, key: str, family: str) -> Message:
    """Put the headers in client order and fix the boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder as quoted by each client
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject in its language."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, total: Decimal, currency: str) -> str:
    """The reminder's body in its language, with the amount in local format."""
    return REMINDER_BODY[lang].format(inv=inv, amt=money(total, currency, lang))


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder (replies point to it)."""
    return f"<dunmail.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client sees it: in the sender's charset and time zone."""

    text: str
    subject: str
    sent: datetime
    ui: str
    to: str


def make_quote(m: Mail) -> Quote:
    """The reminder as this sender's client quotes it."""
    text = reminder_text(m.reminder_lang, m.invoice, m.total, m.currency)
    subject = reminder_subject(m.reminder_lang, m.invoice)
    sent = reminder_sent(m.dt, m.key).astimezone(m.zone)
    name, addr = m.to or m.sender
    to = f"{name} <{addr}>" if name else addr  # as the client displays it, not encoded
    return Quote(fit_charset(text, m.charset), fit_charset(subject, m.charset), sent, m.ui, to)


def outlook_header_lines(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject block in the client's language."""
    frm, sent, to, subj, sep = OUTLOOK_FIELDS[q.ui]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.ui], q.ui, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def wrote(table: Mapping[str, str], q: Quote) -> str:
    """The attribution line of a client, in the client's language."""
    return render(table[q.ui], q.ui, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(m: Mail, plain: str, markup: str) -> Message:
    """multipart/alternative with the plain text and its HTML."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", m.charset, m.cte))
    outer.attach(text_part(markup, "html", m.charset, m.cte))
    return outer


def mso(text: str, lang_tag: str) -> str:
    """Word's paragraphs: one <p class=MsoNormal> a line, &nbsp; for an empty one."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal"><span lang="{lang_tag}">{inner}</span></p>')
    return "\n".join(rows)


def word_html(m: Mail, q: Quote) -> str:
    """The HTML Outlook desktop writes: Word paragraphs, divider, quoted reminder."""
    tag = OUTLOOK_LANG_TAG[m.lang]
    frm, sent, to, subj, sep = OUTLOOK_FIELDS[q.ui]
    values = [line.split(sep, 1)[1] for line in outlook_header_lines(q)]
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip((frm, sent, to, subj), values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(m.body, tag)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text, tag)}\n"
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def c_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message block."""
    block = "\n".join([OUTLOOK_SEPARATOR[q.ui], *outlook_header_lines(q)])
    return text_part(f"{m.body}\n\n{block}\n\n{q.text}\n", "plain", m.charset, m.cte)


def c_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    plain = "\n".join([m.body, "", *outlook_header_lines(q), "", q.text, ""])
    return alternative(m, plain, word_html(m, q))


def c_html_only(m: Mail, q: Quote) -> Message:
    """Outlook HTML sent without a plain-text alternative."""
    return text_part(word_html(m, q), "html", m.charset, m.cte)


def c_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    block = "\n".join(outlook_header_lines(q))
    sig = f"{GET_OUTLOOK_ANDROID[q.ui]}<https://aka.ms/AAb9ysg>"
    plain = f"{m.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(plain, "plain", m.charset, "b64")


def c_gmail(m: Mail, q: Quote) -> Message:
    """Gmail web: plain and HTML with the gmail_quote blockquote."""
    attribution = wrote(GMAIL_WROTE, q)
    plain = f"{m.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_paras(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(m, plain, markup)


def c_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode, quoting with '>'."""
    plain = f"{m.body}\n\n{wrote(GMAIL_WROTE, q)}\n\n{quoted(q.text)}\n"
    return text_part(plain, "plain", m.charset, m.cte)


def c_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on the Mac."""
    plain = f"{m.body}\n\n{wrote(APPLE_WROTE, q)}\n\n{quoted(q.text)}\n"
    return text_part(plain, "plain", m.charset, m.cte)


def c_iphone(m: Mail, q: Quote) -> Message:
    """Mail on the iPhone: signature, then the quoted attribution and reminder."""
    inner = quoted(f"{wrote(APPLE_WROTE, q)}\n\n{q.text}")
    plain = f"{m.body}\n\n{SENT_FROM_IPHONE[q.ui]}\n\n{inner}\n"
    return text_part(plain, "plain", m.charset, m.cte)


def c_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird, format=flowed when the text is UTF-8."""
    plain = f"{m.body}\n\n{wrote(THUNDERBIRD_WROTE, q)}\n{quoted(q.text)}\n"
    if m.charset == "utf-8":
        part = text_part(flowed(plain), "plain", m.charset, m.cte)
        part.set_param("format", "flowed")
        return part
    return text_part(plain, "plain", m.charset, m.cte)


def c_notice(m: Mail, q: Quote) -> Message:
    """An automatic notice or advice: plain text, quotes nothing."""
    del q  # automatic notices and payment advices quote nothing
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def c_notice_html(m: Mail, q: Quote) -> Message:
    """An automatic notice with an HTML alternative."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        f'{m.charset}"></head><body>\n{html_paras(m.body, "p")}\n</body></html>\n'
    )
    return alternative(m, m.body + "\n", markup)


CLIENTS: dict[str, Callable[[Mail, Quote], Message]] = {
    "outlook": c_outlook,
    "outlook_html": c_outlook_html,
    "html_only": c_html_only,
    "android": c_android,
    "gmail": c_gmail,
    "gmail_plain": c_gmail_plain,
    "apple": c_apple,
    "iphone": c_iphone,
    "thunderbird": c_thunderbird,
    "notice": c_notice,
    "notice_html": c_notice_html,
}
MICROSOFT = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}


def client_family(client: str) -> str:
    """Which software family made the message (for boundaries and ids)."""
    if client in MICROSOFT:
        return "outlook"
    if client.startswith("gmail"):
        return "gmail"
    if client in {"apple", "iphone"}:
        return "apple"
    return "other"


def reply_msgid(m: Mail) -> str:
    """A Message-ID shaped like the sending client's own."""
    raw = digest(m.key, "msgid")
    domain = m.sender[1].split("@", 1)[1]
    family = client_family(m.client)
    if family == "gmail":
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if family == "outlook":
        host = "DB9PR03MB" + str(1000 + raw[0] * 31 % 9000)
        return f"<{host}{raw.hex()[:28].upper()}@{host}.eurprd03.prod.outlook.com>"
    if family == "apple":
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def reply_subject(m: Mail, q: Quote) -> str:
    """The reply's subject: the client's reply prefix, or the notice's own."""
    if m.subject:
        return m.subject.format(sub=q.subject)
    prefix = OUTLOOK_RE[q.ui] if m.client in MICROSOFT else "Re: "
    return prefix + q.subject


def build_mail(m: Mail) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = make_quote(m)
    msg = CLIENTS[m.client](m, q)
    msg["From"] = mailbox(*m.sender, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(m, q), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m)
    if m.reply:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    if m.client in MICROSOFT:
        msg["Thread-Topic"] = encode_header(q.subject, m.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(m.key, "thread")[:22]).decode()
        msg["Content-Language"] = {"en": "en-GB"}.get(m.lang, f"{m.lang}-{m.lang.upper()}")
    for name, value in [*CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finish(msg, m.key, client_family(m.client))


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Mail(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Westmarch District Council", "ap-remittances@westmarch-dc.example"),
        when="2031-01-09 06:12",
        client="notice",
        subject="Remittance Advice - Payment WDC-BACS-0109-3317",
        reply=False,
        body=txt("""
            REMITTANCE ADVICE

            To:              Greenlane Arboriculture Ltd
            Supplier no:     0048812
            Payment date:    09/01/2031
            Payment method:  BACS
            Payment ref:     WDC-BACS-0109-3317

            Invoice no.      Invoice date     Amount (GBP)
            GLA-40388        14/11/2030           1,860.00
            GLA-40417        21/11/2030             412.50
                                              ------------
            Total paid                            2,272.50

            This advice was produced automatically by the Westmarch District Council
            finance system. This mailbox is not monitored. Please send any queries to
            creditors@westmarch-dc.example quoting your supplier number.
        """),
        labels=lab(
            "GLA-40388",
            "GLA-40417",
            paid_date="2031-01-09",
            payment_reference="WDC-BACS-0109-3317",
            amount="2272.50",
            currency="GBP",
            note="AP-system remittance advice, not a reply; it quotes nothing; the amount is the total of both invoices",
        ),
    ),
    Mail(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Graham Tolley", "g.tolley1958@gmail.com"),
        when="2031-01-11 19:47",
        client="iphone",
        body="Paid.",
        labels=lab(note="one word from a phone; no date given"),
    ),
    Mail(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Hilary Beaumont", "hilarybeaumont51@gmail.com"),
        when="2031-01-16 14:22",
        client="gmail",
        body=txt("""
            Dear Greenlane,

            Thank you for your email, and may I say first of all how pleased we were with the work in November. Your two young men were polite and tidy and they even swept the drive afterwards, which is more than I can say for the firm who did our guttering. My neighbour at number 14 was worried sick about the big sycamore coming down on her greenhouse, but they lowered every branch on a rope and not one pane was broken.

            As for the bill, my son James set up the bank transfer for me on Tuesday when he came round for lunch, as I don't do the online banking myself. He says it went through without any trouble and he put BEAUMONT as the reference so you would know it was from me. If it hasn't reached you please do let me know and I'll ask him to look into it.

            While I'm writing, the holly hedge along the lane will need doing again in the spring. Could somebody ring me nearer the time to arrange a visit? I'm usually in after 2pm.

            With best wishes,
            Hilary Beaumont
        """),
        labels=lab(
            paid_date="2031-01-14",
            payment_reference="BEAUMONT",
            note="long reply with the payment buried in the middle; 'Tuesday' is the Tuesday before Thu 16 Jan; the hedge request does not change the intent",
        ),
    ),
    Mail(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Sabine Krüger", "s.krueger@hv-rheinblick.example"),
        when="2031-01-13 10:21",
        client="outlook",
        charset="iso-8859-1",
        inv="GLA-40452",
        amount="2318.40",
        body=txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung GLA-40452 (Baumfällung Wohnanlage Uferstraße) haben wir am 07.01.2031 überwiesen, Betrag 2.318,40 EUR. Die Zahlung müsste Ihnen also inzwischen vorliegen.

            Könnten Sie uns trotzdem bitte eine Kopie der Rechnung als PDF schicken? Das Original ist bei uns anscheinend nie angekommen, und für die Nebenkostenabrechnung der Eigentümer brauchen wir den Beleg.

            Mit freundlichen Grüßen

            Sabine Krüger
            Hausverwaltung Rheinblick GmbH
            Buchhaltung
        """),
        labels=lab(
            "GLA-40452",
            paid_date="2031-01-07",
            amount="2318.40",
            currency="EUR",
            note="paid, and wants a copy for the service-charge accounts; the copy is not a condition of payment",
        ),
    ),
    Mail(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=(
            "Mairie de Saint-Aubin-des-Bois – Secrétariat",
            "secretariat@mairie-staubin.example",
        ),
        when="2031-01-14 11:05",
        client="outlook_html",
        inv="GLA-40431",
        body=txt("""
            Bonjour,

            Je vous informe que le mandat correspondant à votre facture GLA-40431 (élagage des tilleuls de la place de l'Église) a été pris en charge par le Service de gestion comptable et payé par virement le 09/01/2031.

            Il devrait apparaître sur votre relevé sous le libellé « MAIRIE ST AUBIN MANDAT 87 ». Il faut parfois compter quelques jours entre le paiement et la réception des fonds.

            Bien cordialement,

            Nathalie Roussel
            Secrétaire de mairie
        """),
        labels=lab(
            "GLA-40431",
            paid_date="2031-01-09",
            payment_reference="MAIRIE ST AUBIN MANDAT 87",
            note="public body: the treasury paid the mandate on 09/01",
        ),
    ),
    Mail(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Julien Marchetti", "julien.marchetti@orange-mail.example"),
        when="2031-01-22 08:05",
        client="android",
        body="C'est fait, virement parti hier soir. Bonne journée",
        labels=lab(paid_date="2031-01-21"),
    ),
    Mail(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Administración de Fincas Ortega", "contabilidad@fincasortega.example"),
        when="2031-01-13 12:40",
        client="gmail",
        inv="GLA-40467",
        amount="1452.00",
        body=txt("""
            Buenos días:

            Les confirmamos que la transferencia se realizó el pasado viernes 10 por importe de 1.452,00 €, con cargo a la cuenta de la Comunidad de Propietarios Jardines del Sur. En el concepto indicamos «CP JARDINES DEL SUR FRA 40467».

            Si necesitan el justificante bancario, no duden en pedírnoslo.

            Un saludo,
            Marta Ortega
            Administración de Fincas Ortega
        """),
        labels=lab(
            "GLA-40467",
            paid_date="2031-01-10",
            payment_reference="CP JARDINES DEL SUR FRA 40467",
            amount="1452.00",
            currency="EUR",
            note="the invoice number appears only inside the transfer reference",
        ),
    ),
    Mail(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Paco Giménez", "pacogimenez.viveros@gmail.com"),
        when="2031-01-23 21:14",
        client="iphone",
        body="pagado ayer por transferencia, mirad bien q a veces tarda un dia en llegar",
        labels=lab(paid_date="2031-01-22", note="no capitals, no accents, phone shorthand"),
    ),
    Mail(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=(
            "OBS De Regenboog - administratie",
            "administratie@obs-deregenboog.example",
        ),
        when="2031-01-17 13:50",
        client="outlook",
        charset="windows-1252",
        amount="980.00",
        body=txt("""
            Goedemiddag,

            Het bedrag van € 980,00 is op 15-01 overgemaakt, onder vermelding van het factuurnummer. Waarschijnlijk hebben de betaling en uw herinnering elkaar gekruist.

            Met vriendelijke groet,

            Ingrid Bakker
            Administratie OBS De Regenboog
        """),
        labels=lab(paid_date="2031-01-15", amount="980.00", currency="EUR"),
    ),
    Mail(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=(
            "Crediteurenadministratie Woonstede Noord",
            "crediteuren@woonstede-noord.example",
        ),
        when="2031-01-21 15:40",
        client="thunderbird",
        cte="8bit",
        inv="GLA-40502",
        body=txt("""
            Geachte heer/mevrouw,

            Uw factuur GLA-40502 is meegenomen in de betaalrun van vandaag en inmiddels door de bank verwerkt. Het betalingskenmerk is 3100 0421 7785 0012.

            U kunt de herinnering als vervallen beschouwen.

            Met vriendelijke groet,

            P. Hendriks
            Crediteurenadministratie
            Woonstede Noord
        """),
        labels=lab(
            "GLA-40502",
            paid_date="2031-01-21",
            payment_reference="3100 0421 7785 0012",
            note="today's payment run, already processed by the bank: sent, not promised",
        ),
    ),
    Mail(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=(
            "Studio Amministrazioni Ferraris",
            "studio@amministrazioni-ferraris.example",
        ),
        when="2031-01-13 09:12",
        client="outlook_html",
        amount="1037.00",
        body=txt("""
            Buongiorno,

            in riferimento al Vostro sollecito, Vi comunichiamo che il bonifico a saldo è stato disposto in data 10/01/2031 dal conto del Condominio Via Garibaldi 18, per € 1.037,00.
            CRO: 0306 9876 5432 1098

            Distinti saluti

            Rag. Elena Ferraris
            Studio Amministrazioni Ferraris
        """),
        labels=lab(
            paid_date="2031-01-10",
            payment_reference="0306 9876 5432 1098",
            amount="1037.00",
            currency="EUR",
        ),
    ),
    Mail(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Davide Conti", "davide.conti77@gmail.com"),
        when="2031-01-18 09:30",
        client="iphone",
        body="fatto ieri sera 👍",
        labels=lab(paid_date="2031-01-17", note="three words and an emoji from a phone"),
    ),
]

PROMISE_TO_PAY = [
    Mail(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Rachel Ndlovu", "rachel.ndlovu@oakfieldhomes.example"),
        when="2031-01-07 15:02",
        client="outlook_html",
        body=txt("""
            Hi,

            Thanks for chasing. This was stuck waiting for sign-off from the estates manager, but it's now been approved and will go out in Friday's payment run.

            Kind regards,
            Rachel

            Rachel Ndlovu | Purchase Ledger Assistant
            Oakfield Homes Housing Association
        """),
        labels=lab(
            promised_date="2031-01-10",
            note="'approved' is past tense but the payment is in Friday's run (Fri 10 Jan)",
        ),
    ),
    Mail(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Dan Whitcombe", "dan@whitcombe-building.example"),
        when="2031-01-09 18:31",
        client="gmail_plain",
        subject="out of office till 15th",
        body=txt("""
            Hi

            Sorry I'm away on a job in Cornwall till the 15th with no laptop, just my phone. will pay it on the 15th when im back at my desk, haven't forgotten

            Dan
        """),
        labels=lab(
            promised_date="2031-01-15",
            note="written by a person: the subject says out of office, but there are no auto-reply headers and the text promises a day",
        ),
    ),
    Mail(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Geoffrey Pike", "treasurer@stmarys-lowerbrampton.example"),
        when="2031-01-20 10:15",
        client="thunderbird",
        cte="8bit",
        body=txt("""
            Dear Sir or Madam,

            Thank you for your reminder, and please accept my apologies for the delay.

            Payments over £500 need two signatures and our second signatory, the churchwarden, has been in hospital since before Christmas. The Parochial Church Council meets on the 28th, when the cheque can be countersigned, and I shall post it to you first thing the following morning.

            Yours faithfully,

            Geoffrey Pike
            Hon. Treasurer, St Mary's PCC, Lower Brampton
        """),
        labels=lab(
            promised_date="2031-01-29",
            note="cheque signed at the meeting on the 28th and posted the morning after",
        ),
    ),
    Mail(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Jürgen Albers", "kreditoren@stadtwerke-auental.example"),
        when="2031-01-15 14:08",
        client="outlook",
        body=txt("""
            Guten Tag,

            die Rechnung ist geprüft und freigegeben. Die Zahlung erfolgt mit unserem Zahllauf in KW 5.

            Freundliche Grüße
            i. A. Jürgen Albers
            Stadtwerke Auental GmbH – Kreditorenbuchhaltung
        """),
        labels=lab(note="'KW 5' (27 Jan - 2 Feb) is a week, not a day: no date"),
    ),
    Mail(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Claire Vasseur", "claire@paysages-vasseur.example"),
        when="2031-01-10 17:45",
        client="gmail",
        body=txt("""
            Bonjour,

            Effectivement, nous avons un peu de retard. Votre facture sera réglée en fin de mois avec celles de nos autres fournisseurs.

            Bonne soirée,
            Claire Vasseur
            Paysages Vasseur
        """),
        labels=lab(
            promised_date="2031-01-31",
            note="'en fin de mois': the last day of the month",
        ),
    ),
    Mail(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Bernard Lefort", "bernard.lefort@wanadoo.example"),
        when="2031-01-23 07:12",
        client="android",
        body="JE PASSE LE VIREMENT LUNDI SANS FAUTE. DESOLE POUR LE RETARD",
        labels=lab(promised_date="2031-01-27", note="all caps; 'lundi' after Thu 23 Jan"),
    ),
    Mail(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Jorge Salcedo", "jsalcedo@jardinesmediterraneo.example"),
        when="2031-01-08 13:20",
        client="outlook",
        body=txt("""
            Hola,

            Os lo pagamos a finales de mes, cuando nos ingrese el ayuntamiento la certificación de diciembre. Ya sabéis cómo van los pagos de la administración.

            Saludos,
            Jorge Salcedo
            Jardines Mediterráneo S.L.
        """),
        labels=lab(
            promised_date="2031-01-31",
            note="'a finales de mes' resolved to the last day of the month; conditional on the council paying them, still a promise",
        ),
    ),
    Mail(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Lucía Herrero", "lherrero@colegiosanjose-valladolid.example"),
        when="2031-01-20 10:05",
        client="gmail_plain",
        body=txt("""
            Buenos días,

            Disculpen el retraso. En el colegio los pagos a proveedores se hacen el día 5 de cada mes, así que su factura irá en la remesa del día 5.

            Un saludo,
            Lucía Herrero
            Administración – Colegio San José
        """),
        labels=lab(promised_date="2031-02-05", note="'el día 5' after 20 Jan is 5 February"),
    ),
    Mail(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Marco Visser", "marco@visser-hoveniers.example"),
        when="2031-01-15 12:30",
        client="iphone",
        body="Hoi, nee nog niet betaald. We betalen over twee weken, dan komt ons geld van de gemeente binnen. Groet Marco",
        labels=lab(
            promised_date="2031-01-29",
            note="'nog niet betaald', then a promise; 'over twee weken' from Wed 15 Jan",
        ),
    ),
    Mail(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Anouk de Groot", "anouk.degroot@gmail.com"),
        when="2031-01-20 20:40",
        client="gmail_plain",
        body=txt("""
            Hallo,

            Excuses, helemaal vergeten. Ik krijg volgende week donderdag mijn salaris en maak het dan meteen over.

            Groetjes,
            Anouk
        """),
        labels=lab(
            promised_date="2031-01-30",
            note="'volgende week donderdag' on Mon 20 Jan is the Thursday of the following week",
        ),
    ),
    Mail(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=(
            "Società Agricola Le Querce",
            "amministrazione@lequerce-agricola.example",
        ),
        when="2031-01-14 16:10",
        client="outlook",
        charset="iso-8859-1",
        body=txt("""
            Buonasera,

            ci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese.

            Cordiali saluti
            Giulia Bassi
            Società Agricola Le Querce
        """),
        labels=lab(
            promised_date="2031-01-31",
            note="'entro fine mese': by the last day of the month",
        ),
    ),
    Mail(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Roberto Galli", "r.galli@galli-costruzioni.example"),
        when="2031-01-29 11:48",
        client="apple",
        amount="2140.00",
        body=txt("""
            Buongiorno,

            la fattura è stata inserita nella distinta di pagamento del 14/02, insieme alle altre di gennaio. L'importo di € 2.140,00 Vi arriverà quindi in quella data.

            Saluti
            Roberto Galli
            Galli Costruzioni srl
        """),
        labels=lab(
            promised_date="2031-02-14",
            amount="2140.00",
            currency="EUR",
            note="'inserita nella distinta' is past tense, the payment date is 14/02 (day/month)",
        ),
    ),
]

DISPUTE = [
    Mail(
        key="dp-en-1",
        intent="dispute",
        lang="en",
        sender=("Martin Oyelaran", "martin.oyelaran@harrowdenbc.example"),
        when="2031-01-08 09:55",
        client="outlook",
        inv="GLA-40395",
        headers=(SUPPRESS,),
        body=txt("""
            Good morning,

            I'm holding this invoice. It covers the works order for both sites, but the stump grinding at Fenwick Road Recreation Ground has not been done – I was out there on Monday and all five stumps are still in the ground, one of them now taped off because a child tripped over it.

            Greenwood Close was done and we're happy with it. Once Fenwick Road is finished and signed off I'll release payment for GLA-40395 in full. Until then it stays on hold.

            Regards,
            Martin Oyelaran
            Tree Officer, Harrowden Borough Council
        """),
        labels=lab("GLA-40395", note="work not finished, payment withheld until it is"),
    ),
    Mail(
        key="dp-en-2",
        intent="dispute",
        lang="en",
        sender=("Sophie Latham", "sophie@lathamequestrian.example"),
        when="2031-01-13 12:17",
        client="gmail",
        inv="GLA-40444",
        amount="1540.00",
        body=txt("""
            Hi there,

            I've paid £1,200 for the crown reduction on the beech – that was what we agreed and the work was lovely. But I'm not paying the extra £340 for "waste removal and chipping" on GLA-40444. Your quote clearly said all arisings would be taken away and that was included in the price. I've still got the email from Ben if you need to see it.

            Please send a corrected invoice for the balance, which by my maths is nil!

            Sophie
        """),
        labels=lab(
            "GLA-40444",
            note="paid the agreed part and disputes the rest: dispute wins over the payment claim",
        ),
    ),
    Mail(
        key="dp-en-3",
        intent="dispute",
        lang="en",
        sender=("Karen Whitfield", "k.whitfield@brookside-academy.example"),
        when="2031-01-16 16:25",
        client="outlook_html",
        inv="GLA-40481",
        body=txt("""
            Dear Accounts,

            We have NOT paid this and will not be paying it as it stands, because it is the same job as GLA-40479, which we paid before Christmas. Both invoices are for cutting back the hedge along the playing field boundary on 2 December – same date, same description, same amount.

            Please check and cancel the duplicate.

            Kind regards,
            Karen Whitfield
            School Business Manager
            Brookside Academy
        """),
        labels=lab(
            "GLA-40479",
            note="negated payment plus duplicate billing; only the other invoice's number is written in the text",
        ),
    ),
    Mail(
        key="dp-de-1",
        intent="dispute",
        lang="de",
        sender=("Thomas Weigand", "t.weigand@immoverwaltung-weigand.example"),
        when="2031-01-10 11:40",
        client="outlook_html",
        inv="GLA-40409",
        body=txt("""
            Sehr geehrte Damen und Herren,

            zu Ihrer Rechnung GLA-40409 müssen wir Einspruch einlegen. Laut Ihrem Angebot vom 3. Oktober waren für die Fällung der beiden Fichten einschließlich Abtransport 1.450,00 € netto vereinbart. Berechnet haben Sie 1.890,00 € netto, ohne dass uns Mehrarbeiten angekündigt oder von uns beauftragt worden wären.

            Den Differenzbetrag erkennen wir nicht an. Bitte senden Sie uns eine korrigierte Rechnung über den Angebotspreis.

            Mit freundlichen Grüßen
            Thomas Weigand
            Immobilienverwaltung Weigand
        """),
        labels=lab(
            "GLA-40409",
            note="price above the quote; the corrected invoice is asked for as part of the dispute",
        ),
    ),
    Mail(
        key="dp-de-2",
        intent="dispute",
        lang="de",
        sender=("Heike Brandt", "heike.brandt@web-mail.example"),
        when="2031-01-12 19:02",
        client="gmail_plain",
        charset="windows-1252",
        body=txt("""
            Hallo,

            ehrlich gesagt bin ich erstaunt, dass Sie mich jetzt mahnen. Ihre Leute haben beim Fällen der Birke meinen Gartenzaun auf gut drei Metern umgelegt und sind dann einfach gefahren. Ich habe das noch am selben Tag Ihrem Herrn Novak gemeldet, mit Fotos, und nie wieder etwas gehört.

            Solange der Zaun nicht ersetzt oder mit der Rechnung verrechnet ist, zahle ich keinen Cent.

            Heike Brandt
        """),
        labels=lab(note="damage during the work; payment refused until it is settled"),
    ),
    Mail(
        key="dp-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Hervé Castagnet", "h.castagnet@syndic-castagnet.example"),
        when="2031-01-21 10:30",
        client="apple",
        inv="GLA-40488",
        body=txt("""
            Madame, Monsieur,

            Nous contestons la facture GLA-40488. Le devis signé prévoyait l'élagage des dix platanes de la résidence Les Cèdres ; or, d'après notre gardien et les photos prises le jour même, seuls six arbres ont été traités. Les quatre platanes côté parking n'ont pas été touchés.

            Nous vous remercions de bien vouloir établir un avoir ou une facture rectifiée correspondant aux travaux réellement effectués.

            Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Hervé Castagnet
            Syndic Castagnet & Associés
        """),
        labels=lab("GLA-40488", note="billed for ten trees, six done"),
    ),
    Mail(
        key="dp-es-1",
        intent="dispute",
        lang="es",
        sender=(
            "Servicio de Parques y Jardines",
            "parquesyjardines@aytovillaverde.example",
        ),
        when="2031-01-09 12:45",
        client="outlook",
        charset="iso-8859-1",
        inv="GLA-40399",
        body=txt("""
            Buenos días:

            Les comunicamos nuestra disconformidad con la factura GLA-40399. En ella se facturan 38 horas de camión grúa, mientras que los partes de trabajo firmados por nuestro técnico municipal recogen 22 horas.

            Hasta que no se emita una factura rectificativa ajustada a lo certificado, la factura no podrá tramitarse para su pago.

            Atentamente,

            Ana Belén Cuesta
            Técnico de Medio Ambiente
            Ayuntamiento de Villaverde del Campo
        """),
        labels=lab("GLA-40399", note="hours billed exceed the signed work sheets"),
    ),
    Mail(
        key="dp-es-2",
        intent="dispute",
        lang="es",
        sender=("Rocío Manzano", "rociomanzano@hotmail.example"),
        when="2031-01-18 13:26",
        client="iphone",
        body="Pero si me dijisteis que la retirada de ramas estaba incluida!!! No pienso pagar esos 180 € de más, me lo dijo el chico que vino a hacer el presupuesto",
        labels=lab(note="angry phone reply; disputes one line of the invoice"),
    ),
    Mail(
        key="dp-nl-1",
        intent="dispute",
        lang="nl",
        sender=("VvE De Lindenhof", "bestuur@vve-delindenhof.example"),
        when="2031-01-27 19:50",
        client="outlook",
        body=txt("""
            Geachte heer/mevrouw,

            Namens het bestuur van VvE De Lindenhof betwisten wij deze factuur. De beukenhaag langs de Lindenlaan is veel te ver teruggesnoeid, tot op het kale hout, terwijl was afgesproken dat alleen de bovenkant en de zijkanten netjes zouden worden bijgeknipt. Meerdere bewoners hebben erover geklaagd en een hovenier schat dat de haag twee jaar nodig heeft om te herstellen.

            Wij schorten de betaling op tot we hierover met u in gesprek zijn geweest.

            Met vriendelijke groet,
            J. Koster, penningmeester
        """),
        labels=lab(note="quality of the work"),
    ),
    Mail(
        key="dp-nl-2",
        intent="dispute",
        lang="nl",
        sender=(
            "Gemeente Westerveld-Noord, team Groen",
            "groen@westerveldnoord.example",
        ),
        when="2031-01-22 08:50",
        client="thunderbird",
        inv="GLA-40511",
        body=txt("""
            Goedemorgen,

            Op factuur GLA-40511 staan 18 essen met essentaksterfte die gekapt zouden zijn. Volgens de opdracht en onze eigen controle zijn er 14 gekapt; de andere 4 staan er nog en vielen ook nooit onder de opdracht.

            Wij betalen deze factuur niet zoals hij nu is. Graag een creditnota en een nieuwe factuur voor 14 bomen.

            Met vriendelijke groet,

            Sanne Mulder
            Team Groen en Openbare Ruimte
        """),
        labels=lab(
            "GLA-40511",
            note="quantity billed is wrong; a credit note is asked for as part of the dispute",
        ),
    ),
    Mail(
        key="dp-it-1",
        intent="dispute",
        lang="it",
        sender=("Azienda Agricola Colle Verde", "info@colleverde-agricola.example"),
        when="2031-01-17 18:05",
        client="gmail",
        body=txt("""
            Buonasera,

            non abbiamo pagato perché il lavoro non è finito. Il cippato e i tronchi degli abbattimenti sono ancora tutti accatastati nel piazzale davanti alla cantina, mentre nel preventivo era compreso lo sgombero del materiale. È un mese che tutti ci chiedono quando lo portate via.

            Quando il piazzale sarà libero saldiamo. Prima no.

            Matteo Rinaldi
            Azienda Agricola Colle Verde
        """),
        labels=lab(
            note="'non abbiamo pagato perché': work incomplete; the conditional payment does not make it a promise"
        ),
    ),
    Mail(
        key="dp-it-2",
        intent="dispute",
        lang="it",
        sender=("Avv. Francesca Moretti", "f.moretti@studiolegalemoretti.example"),
        when="2031-01-29 15:35",
        client="outlook",
        charset="iso-8859-1",
        inv="GLA-40527",
        body=txt("""
            Spett.le Greenlane Arboriculture,

            scrivo in nome e per conto della Sig.ra Paola Ghirardi, in riferimento alla Vostra fattura n. GLA-40527 e al successivo sollecito.

            La mia assistita contesta integralmente quanto richiesto: l'abbattimento del cedro nel suo giardino, oggetto della fattura, è stato eseguito senza la preventiva autorizzazione comunale, circostanza per la quale la stessa ha ricevuto un verbale di contestazione dal Comune. Nessun compenso è pertanto dovuto fino alla definizione della questione.

            Distinti saluti

            Avv. Francesca Moretti
        """),
        labels=lab(
            "GLA-40527",
            note="a lawyer contests the invoice for a client; there is no request to stop writing or to write to the lawyer instead",
        ),
    ),
]

PAYMENT_PLAN = [
    Mail(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Kev Marsh", "kevmarsh.groundworks@gmail.com"),
        when="2031-01-07 21:10",
        client="gmail_plain",
        body=txt("""
            Hi, cant do all of it this week. ill send half tomorrow and the other half next thursday if thats ok, been waiting on a customer myself

            Kev
        """),
        labels=lab(note="half tomorrow, half next Thursday: two instalments; no punctuation"),
    ),
    Mail(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Jenny Calloway", "jenny@callowayridingschool.example"),
        when="2031-01-22 22:48",
        client="apple",
        inv="GLA-40461",
        amount="3400.00",
        body=txt("""
            Hello,

            I'm so sorry this is late and I should have written sooner. The last few months have been awful. We lost two of the big field shelters in the November storm (which is why we needed you for the fallen ash in the first place), the insurance company is still arguing about it, and with the weather we've had hardly any lessons since Christmas, so there's very little coming in. I'm not trying to make excuses, the work was done well and quickly and I'm grateful for it.

            I just can't pay £3,400 in one go at the moment. Would you accept £500 a month until it's cleared? I can set up a standing order from the 1st of February if that's agreeable.

            Thank you for understanding,
            Jenny Calloway
            Calloway Riding School
        """),
        labels=lab(note="hardship told at length; monthly instalments"),
    ),
    Mail(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Pieter van Dijk", "p.vandijk@boomkwekerij-vandijk.example"),
        when="2031-01-16 10:40",
        client="outlook_html",
        loc="nl",
        tz="cet",
        amount="2150.00",
        body=txt("""
            Hello,

            We have transferred € 1,000 today as a first payment. The remaining € 1,150 we will pay before the end of February, when our season starts again.

            I hope this is acceptable for you.

            Best regards,
            Pieter van Dijk
            Boomkwekerij Van Dijk
        """),
        labels=lab(
            note="part paid today, rest later: payment_plan, not payment_sent; English text from a Dutch Outlook (Dutch header labels)",
        ),
    ),
    Mail(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Gerhard Pfeiffer", "pfeiffer@pfeiffer-gartenbau.example"),
        when="2031-01-14 08:30",
        client="outlook",
        charset="iso-8859-1",
        inv="GLA-40437",
        amount="4260.00",
        body=txt("""
            Sehr geehrte Damen und Herren,

            wir bestätigen den Erhalt Ihrer Zahlungserinnerung. Die Forderung aus der Rechnung GLA-40437 erkennen wir in voller Höhe an.

            Aufgrund eines erheblichen Forderungsausfalls bei einem unserer Großkunden ist uns eine Zahlung in einer Summe derzeit leider nicht möglich. Wir bitten Sie daher, der Begleichung in drei monatlichen Raten zu je 1.420,00 EUR zuzustimmen, erstmals zum 15.02.2031.

            Für Ihr Entgegenkommen bedanken wir uns im Voraus.

            Mit freundlichen Grüßen

            Gerhard Pfeiffer
            Geschäftsführer
            Pfeiffer Garten- und Landschaftsbau GmbH
        """),
        labels=lab("GLA-40437", note="formal request for three instalments"),
    ),
    Mail(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Lena Hofmann", "lena.hofmann@hofmann-reitstall.example"),
        when="2031-01-24 17:20",
        client="android",
        body="Hallo, noch nicht bezahlt, sorry. Können wir die Zahlung bis Ende Februar schieben? Im Winter ist bei uns kaum Geld da, ab März läuft es wieder. Danke! LG Lena Hofmann",
        labels=lab(note="'noch nicht bezahlt' and a request for more time"),
    ),
    Mail(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Sandrine Leclerc", "sandrine.leclerc74@gmail.com"),
        when="2031-01-19 11:15",
        client="gmail",
        cte="b64",
        body=txt("""
            Bonjour,

            Je suis désolée pour ce retard. Après l'abattage du chêne j'ai eu d'autres frais imprévus (la toiture, justement…) et je ne peux pas régler toute la somme d'un coup.

            Serait-il possible de payer en trois fois, sur février, mars et avril ? Je peux faire un premier virement dès le 1er février.

            Merci d'avance pour votre compréhension,
            Sandrine Leclerc
        """),
        labels=lab(note="three instalments"),
    ),
    Mail(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Hotel Rural Las Encinas", "direccion@hotellasencinas.example"),
        when="2031-01-15 13:05",
        client="outlook_html",
        body=txt("""
            Buenas tardes:

            Estamos en temporada baja y la tesorería va justa. ¿Podríamos pagar la factura en dos plazos, la mitad ahora y la otra mitad a finales de febrero?

            Si les parece bien, hacemos hoy mismo la primera transferencia.

            Un saludo,
            Elena Prieto
            Directora – Hotel Rural Las Encinas
        """),
        labels=lab(note="two instalments; the first transfer waits for agreement"),
    ),
    Mail(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Manolo Ruiz", "manoloruiz58@gmail.com"),
        when="2031-01-31 19:55",
        client="iphone",
        body="Buenas. He estado de baja desde noviembre y ahora mismo no puedo pagarlo entero. ¿Puedo ir pagando 100 € al mes? Lo siento mucho.",
        labels=lab(note="hardship; monthly payments"),
    ),
    Mail(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Hendrik Jansen", "hendrik.jansen@ziggo-mail.example"),
        when="2031-01-09 19:30",
        client="outlook",
        body=txt("""
            Goedenavond,

            Wij willen graag een betalingsregeling treffen voor deze factuur. Door de verbouwing zitten we op dit moment krap bij kas. Zou het mogelijk zijn het bedrag in drie termijnen te betalen, de eerste eind januari?

            Met vriendelijke groet,
            Hendrik Jansen
        """),
        labels=lab(),
    ),
    Mail(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Femke Smit", "femke@tuinontwerpsmit.example"),
        when="2031-01-28 11:22",
        client="gmail_plain",
        inv="GLA-40536",
        body=txt("""
            Hoi,

            Ik heb vandaag € 400 overgemaakt voor GLA-40536. De rest volgt begin maart, dan heb ik weer wat ruimte. Ik hoop dat dat goed is?

            Groet, Femke
        """),
        labels=lab("GLA-40536", note="part paid now, the rest later: payment_plan"),
    ),
    Mail(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Ristorante Il Glicine", "amministrazione@ristoranteilglicine.example"),
        when="2031-01-23 15:00",
        client="outlook_html",
        body=txt("""
            Buongiorno,

            siamo spiacenti per il ritardo. Gennaio è per noi il mese più difficile dell'anno e non riusciamo a saldare la fattura in un'unica soluzione.

            Chiediamo se è possibile rateizzare l'importo in quattro rate mensili, a partire da fine febbraio.

            Restiamo in attesa di un Vostro riscontro.

            Cordiali saluti
            Sara Colombo
            Ristorante Il Glicine
        """),
        labels=lab(),
    ),
    Mail(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Luca Ferri", "luca.ferri@vivaiferri.example"),
        when="2031-01-27 09:05",
        client="thunderbird",
        cte="8bit",
        body=txt("""
            Buongiorno,

            vi chiedo cortesemente una proroga di 30 giorni sul pagamento. Abbiamo avuto un problema con un incasso importante e preferisco dirvelo subito piuttosto che farvi aspettare.

            Grazie,
            Luca Ferri
            Vivai Ferri
        """),
        labels=lab(note="asks for 30 more days"),
    ),
]

INVOICE_REQUEST = [
    Mail(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Meridian FM Accounts Payable", "ap.invoices@meridianfm.example"),
        when="2031-01-13 11:02",
        client="outlook",
        headers=(SUPPRESS,),
        body=txt("""
            Hello,

            We are unable to process this invoice as it does not quote a valid Meridian purchase order number. All supplier invoices must carry the PO raised by the requesting site.

            Please reissue the invoice quoting PO 4500781236 and send it to this address. Once we receive it, it will be matched and paid on our standard terms.

            Regards,
            Accounts Payable Team
            Meridian Facilities Management Ltd
        """),
        labels=lab(note="payment conditional on a reissued invoice with the PO: invoice_request"),
    ),
    Mail(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Neil Chaudhry", "neil.chaudhry@gmail.com"),
        when="2031-01-11 10:05",
        client="gmail",
        body=txt("""
            Hi,

            Can you tell me which job this is for? You've been out to us twice this autumn – the conifers at the front in October and the stump in the back garden in November – and I paid for one of them straight away. I can't match this amount to either.

            If you can send a copy of the invoice with the date and address of the work, I'll sort it.

            Thanks,
            Neil
        """),
        labels=lab(note="cannot match the amount and asks for the invoice; does not contest it"),
    ),
    Mail(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=(
            "St Cuthbert's Primary – Finance",
            "finance@stcuthberts-primary.example",
        ),
        when="2031-01-30 14:10",
        client="outlook_html",
        body=txt("""
            Good afternoon,

            We can't pay this yet because Greenlane hasn't been set up as a supplier on the local authority's finance system. Before the payment can be released we need your bank details on headed paper, signed by a director, plus your VAT number. For fraud reasons we can't accept bank details by email alone.

            As soon as they arrive I'll get you set up and pay this in the next run.

            Many thanks,
            Lorraine Hughes
            School Business Officer
        """),
        labels=lab(
            note="needs supplier documents and bank details before paying; the payment is conditional, not promised"
        ),
    ),
    Mail(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=(
            "Rechnungseingang Landratsamt Hohenfels",
            "rechnungseingang@lra-hohenfels.example",
        ),
        when="2031-01-16 09:40",
        client="outlook",
        body=txt("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung liegt uns nur als PDF vor. Rechnungen an das Landratsamt sind ausschließlich als elektronische Rechnung (XRechnung) über das Rechnungseingangsportal einzureichen; PDF-Rechnungen per E-Mail können wir nicht verarbeiten.

            Bitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 09-1276-44 erneut ein. Eine Zahlung ist erst nach Eingang der XRechnung möglich.

            Mit freundlichen Grüßen
            Rechnungseingangsstelle
            Landratsamt Hohenfels
        """),
        labels=lab(note="the invoice must be resubmitted as an e-invoice; nothing is contested"),
    ),
    Mail(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        sender=("Markus Seidel", "markus.seidel@gmx-mail.example"),
        when="2031-01-25 10:45",
        client="gmail_plain",
        body=txt("""
            Hallo,

            ich finde die Rechung bei mir nicht, weder in der Post noch im Mailpostfach. Können Sie sie mir bitte nochmal schicken, am besten mit einer Aufstellung, was genau gemacht wurde? Dann überweise ich sofort.

            Gruß
            Markus Seidel
        """),
        labels=lab(note="payment after receiving the invoice: invoice_request"),
    ),
    Mail(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Comptabilité Camping Les Pins", "compta@camping-lespins.example"),
        when="2031-01-08 10:25",
        client="outlook",
        charset="windows-1252",
        body=txt("""
            Bonjour,

            Nous n’avons pas vos coordonnées bancaires dans notre fichier fournisseurs. Pourriez-vous nous transmettre un RIB à l’en-tête de votre société ? Le règlement sera effectué dès réception.

            Cordialement,
            Véronique Dumas
            Camping Les Pins
        """),
        labels=lab(note="bank details needed before paying"),
    ),
    Mail(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Service des finances", "finances@cc-valdebrenne.example"),
        when="2031-01-21 14:55",
        client="outlook_html",
        body=txt("""
            Bonjour,

            Nous accusons réception de votre relance. Toutefois, aucune facture à votre nom n'a été déposée sur Chorus Pro, qui est le seul canal accepté pour les factures adressées aux collectivités.

            Nous vous invitons à déposer la facture sur Chorus Pro en mentionnant le numéro d'engagement juridique EJ-2030-0458 et le code service FIN. Elle sera mise en paiement dès son intégration.

            Cordialement,
            Service des finances
            Communauté de communes du Val de Brenne
        """),
        labels=lab(note="public body: the invoice must be filed on the e-invoicing portal"),
    ),
    Mail(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Carmen Olmedo", "carmen@olmedoasesores.example"),
        when="2031-01-14 12:30",
        client="gmail",
        body=txt("""
            Hola,

            La factura no está mal en cuanto al importe, pero la emitisteis a nombre de Olmedo Asesores y el trabajo se hizo para la comunidad de regantes que administramos, que tiene otro CIF (G-50123456). Así no la podemos contabilizar.

            ¿Podéis mandarnos una factura nueva a nombre de la Comunidad de Regantes Acequia Mayor, con ese CIF? La pagamos en cuanto llegue.

            Gracias,
            Carmen Olmedo
        """),
        labels=lab(note="reissue to the right legal entity; the amount is not contested"),
    ),
    Mail(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=(
            "Zorggroep De Waard – Crediteuren",
            "facturen@zorggroep-dewaard.example",
        ),
        when="2031-01-20 09:18",
        client="outlook_html",
        body=txt("""
            Geachte heer, mevrouw,

            Wij kunnen uw factuur helaas niet in behandeling nemen omdat er geen inkoopordernummer op vermeld staat. Wilt u de factuur opnieuw indienen met ordernummer IO-2030-11872? Na ontvangst wordt de factuur binnen onze normale betaaltermijn voldaan.

            Met vriendelijke groet,
            Crediteurenadministratie
            Zorggroep De Waard
        """),
        labels=lab(note="reissue with the purchase order number"),
    ),
    Mail(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Bas Verhoeven", "basverhoeven@gmail.com"),
        when="2031-01-10 17:03",
        client="iphone",
        body="Waar is deze factuur precies voor? Ik heb nooit een factuur gehad. Kunt u hem nog een keer sturen met een specificatie?",
        labels=lab(note="'what is this for' plus a request for the invoice"),
    ),
    Mail(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=(
            "Ufficio Ragioneria – Comune di Borgo San Lazzaro",
            "ragioneria@comune-borgosanlazzaro.example",
        ),
        when="2031-01-15 11:30",
        client="outlook",
        body=txt("""
            Buongiorno,

            la fattura da Voi inviata per e-mail non può essere accettata: le pubbliche amministrazioni ricevono esclusivamente fatture elettroniche tramite il Sistema di Interscambio.

            Vi preghiamo di riemettere la fattura in formato elettronico indicando il codice univoco ufficio UF4K2P e il CIG Z1A3C5E7F9. Il pagamento sarà disposto dopo la ricezione tramite SDI.

            Cordiali saluti
            Ufficio Ragioneria
            Comune di Borgo San Lazzaro
        """),
        labels=lab(note="public body: reissue as an e-invoice with the office code"),
    ),
    Mail(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        sender=("Chiara Vitale", "chiara.vitale@libero-mail.example"),
        when="2031-01-30 20:15",
        client="android",
        body="Buonasera, mi potete rimandare la fattura? Non la trovo piu, forse e finita nello spam. Appena la ricevo pago. Grazie Chiara",
        labels=lab(note="'appena la ricevo pago': payment conditional on the invoice"),
    ),
]

WRONG_CONTACT = [
    Mail(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Tom Redding", "tom.redding@castlemereestates.example"),
        when="2031-01-08 10:02",
        client="outlook",
        body=txt("""
            Hi,

            I moved over to the sales team in December so I no longer look after supplier accounts. Could you update your records and send anything to do with invoices to our accounts team at purchase.ledger@castlemereestates.example please.

            I've forwarded this one on to them.

            Thanks,
            Tom
        """),
        labels=lab(new_contact="purchase.ledger@castlemereestates.example"),
    ),
    Mail(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Kingsbridge Hotels Accounts", "accounts@kingsbridge-hotels.example"),
        when="2031-01-20 07:58",
        client="outlook_html",
        body=txt("""
            Dear Supplier,

            Please be advised that with immediate effect all correspondence regarding outstanding balances must be sent to our new credit control officer at kingsbridgehotels.finance@gmail.com. This mailbox is being closed and further reminders sent here will not be received.

            Kindly update your system today and confirm by return once this has been done. Do not reply to this address.

            Regards,
            Accounts Department
            Kingsbridge Hotels Group
        """),
        labels=lab(
            new_contact="kingsbridgehotels.finance@gmail.com",
            note="reads like a redirection scam (free-mail address, urgency); the label records what the message asks for and a person should verify it",
        ),
    ),
    Mail(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Alan Fisk", "alan.fisk@hartleyparkestate.example"),
        when="2031-01-23 12:40",
        client="iphone",
        body="Not me mate, I'm the head gardener, I only showed your lads where to go. Invoices go thru the estate office, Jenny deals with them. Haven't got her email on me sorry",
        labels=lab(note="right firm, wrong person; no address given"),
    ),
    Mail(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Martina Vogt", "m.vogt@bauverein-ostend.example"),
        to=("Sabine Keller", "s.keller@bauverein-ostend.example"),
        when="2031-01-07 09:12",
        client="outlook_html",
        body=txt("""
            Guten Tag,

            Frau Keller ist seit dem 1. Januar nicht mehr in unserem Haus tätig, ihr Postfach lese ich nur noch übergangsweise mit. Bitte richten Sie Rechnungen und Mahnungen künftig an unsere Buchhaltung: Buchhaltung@Bauverein-Ostend.example

            Mit freundlichen Grüßen
            Martina Vogt
            Bauverein Ostend eG – Sekretariat
        """),
        labels=lab(
            new_contact="buchhaltung@bauverein-ostend.example",
            note="the reminder went to a colleague who has left; the address is written in mixed case and labelled in lower case",
        ),
    ),
    Mail(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("Rüdiger Schröder", "ruediger.schroeder@t-online-mail.example"),
        when="2031-01-11 15:30",
        client="gmail_plain",
        charset="iso-8859-1",
        body=txt("""
            Guten Tag,

            Sie haben sich in der Adresse vertan. Ich bin Privatmann und habe mit der Firma Schröder Baumdienst nichts zu tun, auch wenn der Name gleich ist. Ihre Mahnung ist wohl für die Firma in Hanau gedacht, deren E-Mail-Adresse kenne ich aber nicht.

            Mit freundlichen Grüßen
            R. Schröder
        """),
        labels=lab(note="same name, different person; no new address"),
    ),
    Mail(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Cabinet Duval Gestion", "gestion@duval-syndic.example"),
        when="2031-01-15 15:20",
        client="outlook_html",
        body=txt("""
            Bonjour,

            Notre cabinet n'est plus syndic de la copropriété Le Clos des Érables depuis le 1er janvier 2031 : l'assemblée générale a désigné un nouveau syndic, Immo Sèvre Conseil, à qui les factures en cours ont été transmises avec les archives.

            Merci d'adresser votre relance directement à leur service comptable : comptabilite@immosevre-conseil.example

            Cordialement,
            Anne-Laure Duval
        """),
        labels=lab(new_contact="comptabilite@immosevre-conseil.example"),
    ),
    Mail(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Olivier Garnier", "olivier.garnier@domaine-garnier.example"),
        when="2031-01-27 09:40",
        client="gmail",
        headers=(("Cc", "Compta.Fournisseurs@Domaine-Garnier.example"),),
        body=txt("""
            Bonjour,

            Je ne m'occupe pas des factures. Merci d'adresser vos relances au service comptabilité : Compta.Fournisseurs@Domaine-Garnier.example (que je mets en copie).

            Bonne journée,
            Olivier Garnier
            Chef de culture – Domaine Garnier
        """),
        labels=lab(
            new_contact="compta.fournisseurs@domaine-garnier.example",
            note="new address in mixed case, also in Cc; labelled in lower case",
        ),
    ),
    Mail(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=(
            "Recepción Clínica Veterinaria Los Olivos",
            "recepcion@vetlosolivos.example",
        ),
        when="2031-01-16 10:55",
        client="outlook",
        body=txt("""
            Buenos días:

            Este es el correo de recepción de la clínica y aquí no gestionamos facturas. La contabilidad nos la lleva una gestoría; por favor, envíen las facturas y los recordatorios a facturas@gestoriamartinezpuig.example.

            Gracias y un saludo,
            Recepción – Clínica Veterinaria Los Olivos
        """),
        labels=lab(new_contact="facturas@gestoriamartinezpuig.example"),
    ),
    Mail(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Lotte Brouwer", "lottebrouwer@gmail.com"),
        when="2031-01-29 18:12",
        client="iphone",
        body="Ik werk sinds december niet meer bij De Klimop. Stuur het maar naar administratie@cbs-deklimop.example, die weten ervan.",
        labels=lab(
            new_contact="administratie@cbs-deklimop.example",
            note="former employee, private address",
        ),
    ),
    Mail(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=(
            "Inkoop Stichting Groenbeheer Rivierenland",
            "inkoop@groenbeheer-rivierenland.example",
        ),
        when="2031-01-10 09:39",
        client="notice",
        subject="Automatisch antwoord: {sub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Dit e-mailadres is per 1 januari 2031 opgeheven en wordt niet meer gelezen.

            Facturen, herinneringen en vragen over betalingen kunt u sturen naar crediteuren@groenbeheer-rivierenland.example.
            Voor overige vragen: info@groenbeheer-rivierenland.example of 0488 - 123 456.

            Uw bericht is niet doorgestuurd.
        """),
        labels=lab(
            new_contact="crediteuren@groenbeheer-rivierenland.example",
            note="automatic notice that the mailbox is closed, naming the address for invoices: wrong_contact, not auto_reply",
        ),
    ),
    Mail(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Geom. Paolo Marino", "p.marino@marinoimpianti.example"),
        when="2031-01-31 12:05",
        client="outlook",
        body=txt("""
            Buongiorno,
            non sono la persona giusta, io seguo solo i cantieri. Per le fatture scrivete all'amministrazione: amministrazione@marinoimpianti.example

            Saluti
            Paolo Marino
        """),
        labels=lab(new_contact="amministrazione@marinoimpianti.example"),
    ),
    Mail(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=(
            "Segreteria Scuola Primaria Manzoni",
            "segreteria@primaria-manzoni-lecco.example",
        ),
        when="2031-01-21 10:40",
        client="outlook_html",
        charset="iso-8859-1",
        body=txt("""
            Gentili,

            credo abbiate sbagliato destinatario: questa è la segreteria della Scuola primaria Manzoni di Lecco e non abbiamo mai richiesto lavori di potatura. Forse cercate l'Istituto Manzoni di Lecce, che non ha niente a che fare con noi.

            Cordiali saluti
            La segreteria
        """),
        labels=lab(note="wrong organisation; no address given"),
    ),
]

UNSUBSCRIBE = [
    Mail(
        key="us-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Craig Dunmore", "craig@dunmoreplant.example"),
        when="2031-01-14 07:40",
        client="iphone",
        body="Ill pay it friday. Now stop sending me these emails every 2 days, its harassment",
        labels=lab(note="a promise and a stop request: unsubscribe wins"),
    ),
    Mail(
        key="us-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Priya Raman", "p.raman@ashworthraman-law.example"),
        when="2031-01-09 16:15",
        client="outlook_html",
        headers=(SUPPRESS,),
        inv="GLA-40402",
        body=txt("""
            Dear Sirs,

            We act for Mr and Mrs D. Oakley of 4 Mill Lane, Ashby Parva, in connection with your invoice GLA-40402 and the works carried out at their property.

            Please direct all further communication about this matter to this firm, marked for my attention, and do not contact our clients directly.

            Yours faithfully,

            Priya Raman
            Solicitor
            Ashworth Raman LLP
        """),
        labels=lab(
            "GLA-40402",
            note="'talk to our solicitors' written by the solicitors: unsubscribe, no new_contact",
        ),
    ),
    Mail(
        key="us-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Helen Ashdown", "clerk@littlemoretonpc.example"),
        when="2031-01-22 11:30",
        client="thunderbird",
        cte="8bit",
        body=txt("""
            Dear Sir/Madam,

            The Parish Council does not deal with financial correspondence by email. Please send any statements or reminders by post to the Clerk, Little Moreton Parish Council, The Old School, Church Lane, Little Moreton. Invoices are considered at the monthly council meeting.

            Please remove this address from your reminder list.

            Yours faithfully,
            Helen Ashdown
            Clerk and Responsible Financial Officer
        """),
        labels=lab(note="post only"),
    ),
    Mail(
        key="us-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Wolfgang Hartl", "w.hartl@hartl-privat.example"),
        when="2031-01-30 17:02",
        client="outlook",
        charset="windows-1252",
        cte="8bit",
        body=txt("""
            Sehr geehrte Damen und Herren,

            hiermit widerspreche ich der Zusendung weiterer Zahlungserinnerungen per E-Mail. Korrespondenz in dieser Angelegenheit bitte ausschließlich schriftlich per Post an meine Ihnen bekannte Anschrift.

            Mit freundlichen Grüßen
            Dr. W. Hartl
        """),
        labels=lab(note="post only, very formal"),
    ),
    Mail(
        key="us-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Uwe Kramer", "uwe.kramer@freenet-mail.example"),
        when="2031-01-19 08:55",
        client="iphone",
        body="HÖREN SIE ENDLICH AUF MIR ZU SCHREIBEN. ICH HABE BEZAHLT!!!",
        labels=lab(note="all caps; a stop request beats the payment claim"),
    ),
    Mail(
        key="us-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Gilles Perrin", "gilles.perrin@perrin-immobilier.example"),
        when="2031-01-13 18:20",
        client="outlook",
        charset="iso-8859-1",
        body=txt("""
            Monsieur,

            Je vous prie de cesser immédiatement l'envoi de ces relances par courriel. Ce dossier a été confié à mon avocat, Maître Claire Besson, à qui toute correspondance devra désormais être adressée.

            Gilles Perrin
        """),
        labels=lab(note="stop, and talk to my lawyer (no address): unsubscribe"),
    ),
    Mail(
        key="us-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("Sylvie B.", "sylvie.b1962@free-mail.example"),
        when="2031-01-24 22:05",
        client="android",
        body="STOP",
        labels=lab(note="one word"),
    ),
    Mail(
        key="us-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Alberto Navas", "alberto.navas@navasyasociados.example"),
        when="2031-01-08 16:48",
        client="gmail_plain",
        body=txt("""
            Dejen de enviarme correos, por favor. Ya hablé con su encargado la semana pasada y quedamos en que me llamaría él. No quiero más recordatorios automáticos.

            Alberto Navas
        """),
        labels=lab(),
    ),
    Mail(
        key="us-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Inmaculada Ferrer Gil", "inma.ferrer@correo-ferrer.example"),
        when="2031-01-28 09:30",
        client="outlook_html",
        charset="iso-8859-1",
        body=txt("""
            Muy señores míos:

            Por la presente les solicito que dejen de utilizar esta dirección de correo electrónico para cualquier comunicación comercial o de cobro y que la supriman de sus bases de datos, en ejercicio de los derechos que me reconoce el RGPD. Cualquier comunicación relativa a la factura deberá remitirse por correo postal a mi domicilio.

            Atentamente,
            Inmaculada Ferrer Gil
        """),
        labels=lab(note="formal erasure request; post only"),
    ),
    Mail(
        key="us-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=(
            "Stichting Het Groene Hart",
            "secretariaat@stichting-groenehart.example",
        ),
        when="2031-01-17 14:45",
        client="outlook",
        body=txt("""
            Geachte heer/mevrouw,

            Wij verzoeken u vriendelijk ons geen betalingsherinneringen meer per e-mail te sturen. Onze penningmeester werkt uitsluitend met papieren post. Wilt u herinneringen en facturen voortaan per post sturen naar ons postadres, Postbus 118, 3440 AC Woerden?

            Met vriendelijke groet,
            Secretariaat Stichting Het Groene Hart
        """),
        labels=lab(note="post only"),
    ),
    Mail(
        key="us-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Franco De Luca", "franco.deluca@deluca-immobiliare.example"),
        when="2031-01-16 19:10",
        client="html_only",
        body=txt("""
            Vi diffido dal contattarmi ulteriormente tramite e-mail. Per qualsiasi comunicazione relativa alla fattura rivolgetevi al mio legale, l'avv. Bruno Serra.

            Franco De Luca
        """),
        labels=lab(note="formal warning to stop, lawyer without address; HTML only"),
    ),
    Mail(
        key="us-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Giorgia", "giorgia.lombardi90@gmail.com"),
        when="2031-01-22 21:30",
        client="gmail",
        body="ciao, cancellatemi dalla vostra lista per favore, mi arriva una mail ogni due giorni e non ne posso più. la fattura la pago quando posso",
        labels=lab(note="stop request plus a vague intention to pay: unsubscribe"),
    ),
]

AUTO_REPLY = [
    Mail(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Fiona Gallagher", "fiona.gallagher@thornbury-schools.example"),
        when="2031-01-06 08:52",
        client="notice",
        subject="Automatic reply: {sub}",
        headers=(AUTO_GENERATED, ("X-Auto-Response-Suppress", "All")),
        body=txt("""
            Thank you for your email. I am out of the office until Monday 13 January with limited access to email.

            For anything urgent please contact the Trust finance office on 01632 960 771.

            Fiona Gallagher
            Finance Manager, Thornbury Schools Trust
        """),
        labels=lab(return_date="2031-01-13", note="'until Monday 13 January': that date"),
    ),
    Mail(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Northgate Facilities AP Helpdesk", "ap.helpdesk@northgate-fs.example"),
        when="2031-01-15 08:47",
        client="notice_html",
        subject="[Ticket AP-284113] {sub}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
        body=txt("""
            Thank you for contacting Northgate Facilities Services Accounts Payable.

            Your email has been received and logged as ticket AP-284113. A member of the team will respond within 3 working days. Please quote the ticket number in any further correspondence about this query.

            This is an automated message – please do not reply to it.

            Northgate Facilities Services | Accounts Payable Shared Service Centre
        """),
        labels=lab(note="ticket acknowledgement, no date"),
    ),
    Mail(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Jack Wyatt", "jack@wyattsgardens.example"),
        when="2031-01-10 08:51",
        client="notice",
        subject="Re: {sub}",
        headers=(("X-Autoreply", "yes"),),
        body=txt("""
            Thanks for your message. I'm out on jobs most days and pick up emails in the evenings, so please bear with me. If it's urgent give me a ring on 07700 900482.

            Jack
            Wyatt's Garden Maintenance
        """),
        labels=lab(note="autoresponder with only X-Autoreply and a plain Re: subject; no date"),
    ),
    Mail(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Claudia Neumann", "c.neumann@wohnbau-mittelrhein.example"),
        when="2031-01-07 09:44",
        client="notice",
        subject="Automatische Antwort: {sub}",
        headers=(AUTO_GENERATED,),
        body=txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin vom 06.01. bis einschließlich 17.01.2031 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 20.01. bin ich wieder für Sie erreichbar.

            In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Stefan Roth, s.roth@wohnbau-mittelrhein.example.

            Ihre E-Mail wird nicht weitergeleitet.

            Mit freundlichen Grüßen
            Claudia Neumann
        """),
        labels=lab(
            return_date="2031-01-20",
            note="the stated day back wins; the colleague's address is not a new contact",
        ),
    ),
    Mail(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Baumschule Kaltenbach", "info@baumschule-kaltenbach.example"),
        when="2031-01-09 09:38",
        client="notice",
        cte="8bit",
        subject="Betriebsferien – {sub}",
        headers=(("Precedence", "auto_reply"),),
        body=txt("""
            Guten Tag,

            unser Büro ist wegen Betriebsferien bis einschließlich Freitag, 10. Januar 2031, nicht besetzt. Ab Montag, dem 13. Januar, sind wir wieder wie gewohnt für Sie da.

            Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

            Ihr Team der Baumschule Kaltenbach
        """),
        labels=lab(
            return_date="2031-01-13",
            note="company closure notice with only Precedence: auto_reply",
        ),
    ),
    Mail(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Émilie Fabre", "e.fabre@lycee-agricole-montfort.example"),
        when="2031-01-20 09:41",
        client="notice",
        subject="Réponse automatique : {sub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Bonjour,

            Je suis absente du bureau et serai de retour le lundi 27 janvier. Pendant mon absence, vos messages ne seront pas transférés. Pour toute question urgente concernant la comptabilité, merci de contacter l'accueil au 01 99 00 12 34.

            Cordialement,
            Émilie Fabre
            Agent comptable, Lycée agricole de Montfort
        """),
        labels=lab(return_date="2031-01-27"),
    ),
    Mail(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=(
            "Habitat Sèvre Atlantique – Service fournisseurs",
            "fournisseurs@habitat-sevre.example",
        ),
        when="2031-01-08 09:49",
        client="notice",
        subject="Accusé de réception – demande n° 2031-004512",
        charset="iso-8859-1",
        body=txt("""
            Madame, Monsieur,

            Nous accusons réception de votre message, enregistré sous le numéro 2031-004512. Il a été transmis au service concerné, qui vous répondra dans les meilleurs délais.

            Merci de rappeler ce numéro dans tout échange ultérieur.

            Ceci est un message automatique, merci de ne pas y répondre.
        """),
        labels=lab(note="ticket acknowledgement without any auto-reply header"),
    ),
    Mail(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Jardinería Hermanos Sanz", "oficina@hermanossanz.example"),
        when="2031-01-06 09:40",
        client="notice",
        subject="Respuesta automática: {sub}",
        headers=(("X-Autoreply", "yes"),),
        body=txt("""
            Hola:

            Nuestras oficinas permanecen cerradas hoy, lunes 6 de enero, con motivo de la festividad de Reyes. Retomaremos la actividad mañana, martes 7, a partir de las 8:00.

            Gracias por su paciencia.
            Jardinería Hermanos Sanz
        """),
        labels=lab(return_date="2031-01-07", note="public holiday closure; only X-Autoreply"),
    ),
    Mail(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        sender=("Javier Molina", "jmolina@grupohostelero-levante.example"),
        when="2031-01-17 09:52",
        client="notice",
        subject="Respuesta automática: {sub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Estoy de vacaciones hasta el 3 de febrero, sin acceso al correo. Para asuntos de proveedores pueden escribir a proveedores@grupohostelero-levante.example.

            Javier Molina
        """),
        labels=lab(
            return_date="2031-02-03",
            note="'hasta el 3 de febrero': that date; the colleague address is not a new contact",
        ),
    ),
    Mail(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Sanne de Wit", "s.dewit@zorgcentrum-hofstede.example"),
        when="2031-01-14 09:47",
        client="notice",
        subject="Automatisch antwoord: {sub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 24 januari. Vanaf maandag 27 januari ben ik weer aanwezig en zal ik uw bericht beantwoorden.

            Voor dringende zaken kunt u contact opnemen met de financiële administratie via 030 - 000 0000.

            Met vriendelijke groet,
            Sanne de Wit
        """),
        labels=lab(return_date="2031-01-27", note="'tot en met' the Friday, back the Monday"),
    ),
    Mail(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Alessandro Greco", "a.greco@consorzio-bonifica-valsesia.example"),
        when="2031-01-08 09:36",
        client="notice",
        subject="Risposta automatica: {sub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Sono fuori ufficio fino a venerdì 10 gennaio compreso, con accesso limitato alla posta. Rientrerò lunedì 13 gennaio.

            Per urgenze contattare la segreteria allo 0161 000000.

            Alessandro Greco
        """),
        labels=lab(
            return_date="2031-01-13",
            note="absent 'fino a venerdì 10 compreso', back Monday 13",
        ),
    ),
    Mail(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=(
            "Hotel Bellavista – Amministrazione",
            "amministrazione@hotelbellavista-garda.example",
        ),
        when="2031-01-24 09:41",
        client="notice",
        subject="Risposta automatica: {sub}",
        headers=(("Precedence", "bulk"),),
        body=txt("""
            Gentile cliente,

            abbiamo ricevuto la Sua e-mail. L'ufficio amministrativo è aperto dal lunedì al venerdì, dalle 9:00 alle 13:00: Le risponderemo al più presto.

            Cordiali saluti
            Hotel Bellavista – Amministrazione
        """),
        labels=lab(note="office-hours notice, no date; only Precedence: bulk"),
    ),
]

OTHER = [
    Mail(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Mike Farrant", "mike@farrantandsons.example"),
        when="2031-01-21 09:07",
        client="outlook",
        body=txt("""
            Morning,

            Did we not pay this before Christmas? I'm sure I signed off a batch of your invoices in December. Can you check your end and let me know?

            Mike
        """),
        labels=lab(note="a question, not a payment claim; someone has to check and answer"),
    ),
    Mail(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Elmbridge Hall Reception", "reception@elmbridgehall.example"),
        when="2031-01-17 11:20",
        client="html_only",
        body=txt("""
            Good morning,

            Thank you, received. I've passed your email on to our finance team.

            Kind regards,
            Charlotte
            Front of House, Elmbridge Hall Hotel
        """),
        labels=lab(note="acknowledgement only; HTML only"),
    ),
    Mail(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Ruth Pemberton", "ruth.pemberton@gmail.com"),
        when="2031-01-26 16:03",
        client="iphone",
        body="Hi, while I have you - could someone come and look at the willow by the pond? It's leaning a lot more since the wind last week and I'm worried it'll go over onto the fence. Thanks Ruth",
        labels=lab(note="new work request in the reminder thread; nothing about the invoice"),
    ),
    Mail(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Petra Lang", "p.lang@seniorenheim-sonnenhang.example"),
        when="2031-01-13 14:50",
        client="outlook_html",
        body=txt("""
            Guten Tag,

            danke für die Erinnerung. Ich kläre das mit unserer Verwaltungsleitung und melde mich bis Ende der Woche bei Ihnen.

            Freundliche Grüße
            Petra Lang
            Seniorenheim Sonnenhang – Verwaltung
        """),
        labels=lab(note="promises an answer, not a payment"),
    ),
    Mail(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("Monika Brandl", "buero@dachdeckerei-brandl.example"),
        when="2031-01-29 10:30",
        client="android",
        body="Hallo, der Chef ist seit zwei Wochen krank und ich darf keine Zahlungen freigeben. Ich lege ihm Ihre Mail hin, sobald er wieder da ist. Wann das ist, weiß ich leider nicht. Gruß Monika Brandl",
        labels=lab(
            note="no commitment and no date; the writer works there, so not a wrong contact"
        ),
    ),
    Mail(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Philippe Morel", "philippe.morel@sfr-mail.example"),
        when="2031-01-09 13:15",
        client="gmail_plain",
        body="Bonjour, pouvez-vous me rappeler au 06 39 98 41 27 ? Je préfère en parler de vive voix. Merci. P. Morel",
        labels=lab(note="asks for a call"),
    ),
    Mail(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Isabelle Roux", "isabelle.roux@ecole-montessori-lyon.example"),
        when="2031-01-28 12:10",
        client="apple",
        body=txt("""
            Bonjour,

            Je ne vous écris pas pour la facture : l'abattage a bien été fait et nous en sommes contents. Mais votre équipe devait repasser pendant les vacances de Noël pour le rognage des souches dans la cour, et personne n'est venu. Pouvez-vous me dire quand c'est prévu ? Les enfants retrouvent la cour le mois prochain.

            Merci,
            Isabelle Roux
            Directrice
        """),
        labels=lab(note="scheduling question about separate work; the invoice is not contested"),
    ),
    Mail(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Fernando Iglesias", "f.iglesias@bodegasiglesias.example"),
        when="2031-01-27 12:25",
        client="outlook",
        body=txt("""
            Buenos días,

            ¿Puede llamarme alguien de su empresa? Hay un tema con uno de los pinos del camino de entrada que quiero comentar antes de nada. Mi móvil es el 600 123 456.

            Un saludo,
            Fernando Iglesias
            Bodegas Iglesias
        """),
        labels=lab(note="asks for a call; the subject is left open"),
    ),
    Mail(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Pilar Serrano", "pserrano@ayto-fuentelareina.example"),
        when="2031-01-15 08:12",
        client="android",
        body="Recibido, gracias. Lo paso a Intervención.",
        labels=lab(note="acknowledgement; passed to the council's comptroller"),
    ),
    Mail(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=(
            "Administratie Tuincentrum De Bloesem",
            "administratie@tuincentrum-debloesem.example",
        ),
        when="2031-01-07 13:30",
        client="outlook_html",
        body=txt("""
            Goedemiddag,

            Ter informatie: per 1 januari zijn Tuincentrum De Bloesem en Tuincentrum Groenrijk samengegaan in De Bloesem Groep B.V., met een nieuw KvK- en btw-nummer. Het e-mailadres en de contactpersonen blijven hetzelfde.

            Wij nemen uw herinnering mee in de afwikkeling van de openstaande posten.

            Met vriendelijke groet,
            Wendy Peters
        """),
        labels=lab(note="merger notice; same contact, no commitment"),
    ),
    Mail(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Joost Meijer", "joostmeijer@gmail.com"),
        when="2031-01-18 10:50",
        client="gmail",
        body=txt("""
            Is dit echt? Ik krijg de laatste tijd zoveel nepfacturen. Ik heb wel iemand de bomen laten snoeien maar weet niet meer hoe dat bedrijf heette. Hoe weet ik dat dit klopt?
        """),
        labels=lab(note="suspicion; a person should call back"),
    ),
    Mail(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Marta Benedetti", "marta.benedetti@benedettiarredi.example"),
        when="2031-01-23 17:40",
        client="gmail_plain",
        body="Buonasera, ho girato la mail al nostro commercialista che si occupa dei pagamenti, vi farà sapere lui. Saluti, Marta Benedetti",
        labels=lab(note="forwarded to the accountant, no address given and no commitment"),
    ),
]

MAILS: list[Mail] = [
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
# Bounces: generated machine parts, hand-written human-readable text
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
    style: str
    rlang: str
    lag: int = 2
    note: str | None = None
    inv: str = ""

    @property
    def dt(self) -> datetime:
        zone = UK if self.lang == "en" else CET
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=zone)

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def sent(self) -> datetime:
        """When the reminder left the relay, `lag` minutes before the report."""
        return (self.dt - timedelta(minutes=self.lag)).astimezone(UK).replace(second=41)

    @property
    def host(self) -> str:
        return self.rcpt.split("@", 1)[1]

    def reminder(self) -> Message:
        """The reminder as dunmail sent it."""
        currency = "GBP" if self.rlang == "en" and self.lang == "en" else "EUR"
        text = reminder_text(self.rlang, self.invoice, default_amount(self.key), currency)
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        mime_headers_last(msg)
        return msg

    def queue_id(self, n: int = 10) -> str:
        return b32(self.key, "queue", n)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    dtype: str = "smtp",
) -> Message:
    """The machine-readable part of an RFC 3464 report."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"X-Postfix-Queue-ID: {b.queue_id()}" if mta == RELAY else f"X-Queue-ID: {b.queue_id(8)}",
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {dtype}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_rcpt)
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The reminder's headers as text/rfc822-headers."""
    original = b.reminder()
    lines = "".join(f"{k}: {v}\n" for k, v in original.items())
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status around the given parts."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def seal(b: Bounce, msg: Message, sender: str, subject: str, family: str = "other") -> Message:
    """Envelope headers every delivery report carries."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, family)


def bounce_postfix_nodomain(b: Bounce) -> Message:
    """Our relay (Postfix): the customer's domain does not exist."""
    human = txt(f"""
        This is the mail system at host {RELAY}.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: Host or domain name not found. Name service error for
            name={b.host} type=A: Host not found
    """)
    diag = f"Host or domain name not found. Name service error for name={b.host} type=A: Host not found"
    parts = (
        text_part(human + "\n", "plain", "us-ascii", "7bit"),
        delivery_status(b, RELAY, "failed", diag, dtype="X-Postfix"),
        returned_headers(b),
    )
    sender = f"MAILER-DAEMON@{RELAY} (Mail Delivery System)"
    return seal(b, report(*parts), sender, "Undelivered Mail Returned to Sender", "postfix")


def bounce_qmail(b: Bounce) -> Message:
    """qmail's plain failure notice with the message copied inline."""
    original = b.reminder().as_string()
    body = txt(f"""
        Hi. This is the qmail-send program at mx.{b.host}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#{b.status})
    """)
    msg = text_part(
        f"{body}\n\n--- Below this line is a copy of the message.\n\n{original}",
        "plain",
        "us-ascii",
        "7bit",
    )
    del msg["MIME-Version"]
    del msg["Content-Type"]
    del msg["Content-Transfer-Encoding"]
    return seal(b, msg, f"MAILER-DAEMON@mx.{b.host}", "failure notice")


def bounce_gmail_full(b: Bounce) -> Message:
    """Gmail's delay report: the recipient's inbox is full."""
    lines = [
        "** Message not delivered yet **",
        f"Your message to {b.rcpt} hasn't been delivered yet. Google will keep trying for 46 more hours and will let you know if it still can't be delivered.",
        "The response from the remote server was:",
        f"452 {b.status} The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    diag = f"452-{b.status} The recipient's inbox is out of storage space."
    parts = (
        alt,
        delivery_status(b, "googlemail.com", "delayed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return seal(
        b,
        report(*parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail",
    )


# Exchange Online reports: the human text is hand-written per language, the layout is generated.
EXCHANGE_TEXT: dict[str, tuple[str, str, str]] = {
    # subject prefix, what happened, what to do
    "de": (
        "Unzustellbar: ",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden. Die E-Mail-Adresse wurde im Zielsystem nicht gefunden.",
        "Überprüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich an den Empfänger auf anderem Weg, zum Beispiel telefonisch, und fragen Sie nach der richtigen Adresse.",
    ),
    "fr": (
        "Non remis : ",
        "Votre message n'a pas pu être remis à {rcpt}. Le groupe ou la boîte aux lettres du destinataire n'accepte que les messages d'expéditeurs autorisés au sein de son organisation.",
        "Si vous pensez devoir être autorisé à écrire à cette adresse, contactez le destinataire par un autre moyen et demandez-lui de faire ajouter votre adresse aux expéditeurs autorisés. Renvoyer le message tel quel ne changera rien.",
    ),
    "es": (
        "Entrega retrasada: ",
        "Su mensaje para {rcpt} aún no se ha podido entregar. El servidor de destino no responde y seguiremos intentándolo durante un día más.",
        "No es necesario que haga nada por ahora. Si el mensaje no se puede entregar en ese plazo, recibirá otro aviso. Este mensaje no se ha entregado todavía: no lo vuelva a enviar.",
    ),
}
# the localised labels of the administrators' block: heading, generating server, remote reply
EXCHANGE_ADMIN = {
    "de": (
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server:",
        "Der Remoteserver hat '{diag}' zurückgegeben.",
    ),
    "fr": (
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération :",
        "Le serveur distant a retourné '{diag}'",
    ),
    "es": (
        "Información de diagnóstico para administradores:",
        "Servidor de generación:",
        "El servidor remoto devolvió '{diag}'",
    ),
}
EXCHANGE_DIAG = {
    "de": (
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ),
    "fr": (
        "failed",
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
    ),
    "es": (
        "delayed",
        "451 4.4.7 Message delayed; 450 4.4.316 Connection refused [Message=SocketError]",
    ),
}


MS_HOST = "AM9PR08MB6114.eurprd08.prod.outlook.com"


def bounce_exchange(b: Bounce) -> Message:
    """Exchange Online report in the recipient organisation's language."""
    prefix, happened, todo = EXCHANGE_TEXT[b.lang]
    happened = happened.format(rcpt=b.rcpt)
    action, diag = EXCHANGE_DIAG[b.lang]
    heading, server, returned = EXCHANGE_ADMIN[b.lang]
    returned = returned.format(diag=diag)
    plain = f"{happened}\n\n{todo}\n\n\n\n{heading}\n\n{server} {MS_HOST}\n\n{b.rcpt}\n{returned}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;font-size:16px;color:#333">\n'
        f"<tr><td><p>{html.escape(happened)}</p>\n<p>{html.escape(todo)}</p></td></tr>\n"
        f'</table>\n<br>\n<p style="font-size:11px;color:#666"><b>{html.escape(heading)}</b><br>'
        f"{html.escape(server)} {MS_HOST}<br>{html.escape(b.rcpt)}<br>"
        f"{html.escape(returned)}</p>\n</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", "utf-8", "b64" if b.lang == "es" else "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    parts = (
        alt,
        delivery_status(b, MS_HOST, action, diag),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.host}>"
    return seal(b, report(*parts), sender, prefix + b.subject, "exchange")


def bounce_exim_de_delay(b: Bounce) -> Message:
    """A German plain-text delay warning from a backup MX."""
    body = txt(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers mx2.{b.host}.

        WARNUNG: Ihre Nachricht konnte bisher NICHT zugestellt werden.
        Sie wurde seit mehr als 24 Stunden nicht ausgeliefert, der Zielserver
        antwortet nicht (Verbindung abgelaufen, Status {b.status}).

        Betroffener Empfänger:

          {b.rcpt}

        Es werden weitere Zustellversuche unternommen. Sie müssen nichts tun.
        Gelingt die Zustellung innerhalb von 4 Tagen nicht, erhalten Sie eine
        weitere Nachricht und die E-Mail wird an Sie zurückgeschickt.

        Betreff der Nachricht: {b.subject}
        Nachrichten-ID:        {reminder_msgid(b.key)}
    """)
    msg = text_part(body + "\n", "plain", "utf-8", "8bit")
    return seal(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@mx2.{b.host}>",
        "Warnung: Nachricht verzögert",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's notice with the reminder attached."""
    body = txt(f"""
        Bonjour,

        Le message ci-joint, envoyé à {b.rcpt}, n'a pas pu être distribué pour l'instant : la boîte aux lettres de votre correspondant est pleine (code {b.status}).

        Nous allons réessayer automatiquement pendant 72 heures. Si l'espace n'est pas libéré d'ici là, le message vous sera retourné définitivement.

        Ceci est un message automatique, merci de ne pas y répondre.

        -- 
        Service Messagerie
    """)
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(body + "\n", "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return seal(
        b,
        outer,
        f"Service Messagerie <postmaster@{b.host}>",
        "Avertissement : message non distribué (boîte pleine)",
    )


def bounce_exim_es_hard(b: Bounce) -> Message:
    """A Spanish single-part failure notice with the reminder inline."""
    original = b.reminder().as_string()
    body = txt(f"""
        Este mensaje ha sido generado automáticamente por el sistema de correo.

        No ha sido posible entregar su mensaje a uno o más destinatarios.
        Se trata de un error PERMANENTE. Los destinatarios afectados son:

          {b.rcpt}
            Respuesta del servidor: 550 {b.status} El usuario no existe en este dominio

        ------ Se adjunta una copia del mensaje, con sus cabeceras. ------

    """)
    msg = text_part(f"{body}\n\n{original}", "plain", "utf-8", "8bit")
    msg["X-Failed-Recipients"] = b.rcpt
    return seal(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@correo.{b.host}>",
        "Mensaje no entregado: devuelto al remitente",
    )


def bounce_dsn_nl_hard(b: Bounce) -> Message:
    """A Dutch RFC 3464 report that returns the whole reminder."""
    human = txt(f"""
        Dit is een automatisch bericht van de mailserver mail.{b.host}.

        Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

            {b.rcpt}

        Reden: dit adres bestaat niet (onbekende gebruiker, {b.status}).
        Controleer het adres op typefouten of neem op een andere manier
        contact op met de ontvanger.

        Het oorspronkelijke bericht is bijgevoegd.
    """)
    diag = f"550 {b.status} <{b.rcpt}>: Recipient address rejected: onbekende gebruiker"
    parts = (
        text_part(human + "\n", "plain", "utf-8", "qp"),
        delivery_status(b, f"mail.{b.host}", "failed", diag),
        MIMEMessage(b.reminder()),
    )
    return seal(
        b,
        report(*parts),
        f"Mail Delivery System <MAILER-DAEMON@mail.{b.host}>",
        "Onbestelbaar: bericht niet afgeleverd",
    )


def bounce_provider_nl_full(b: Bounce) -> Message:
    """A Dutch provider's plain notice: mailbox full."""
    body = txt(f"""
        Beste afzender,

        Uw e-mail aan {b.rcpt} is niet afgeleverd omdat de mailbox van de ontvanger vol is.
        Foutcode van de server: 552 {b.status} Mailbox quota exceeded.

        U kunt het later nog eens proberen, of de ontvanger vragen ruimte vrij te maken.

        Onderwerp van uw bericht: {b.subject}
        Verzonden: {render("{dab} {d} {mab} {y} {HH}:{MM}", "nl", b.sent.astimezone(CET))}

        Dit is een automatisch gegenereerd bericht; reacties hierop worden niet gelezen.
        Hoveniersbedrijf De Vries – e-mailbeheer
    """)
    msg = text_part(body + "\n", "plain", "windows-1252", "qp")
    return seal(
        b,
        msg,
        f"Postmaster <postmaster@{b.host}>",
        "Bericht niet afgeleverd: mailbox vol",
    )


def bounce_dsn_it_delay(b: Bounce) -> Message:
    """An Italian RFC 3464 delay report from a backup MX."""
    human = txt(f"""
        Questo è un messaggio generato automaticamente dal server di posta
        mx.{b.host}.

        ATTENZIONE: il messaggio indicato sotto non è stato ancora consegnato.
        Il server del destinatario non risponde da più di 24 ore
        (stato {b.status}). Proveremo ancora per 4 giorni; non è necessario
        rispedire il messaggio.

        Destinatario: {b.rcpt}
        Oggetto: {b.subject}

        Le intestazioni del messaggio originale sono allegate.
    """)
    diag = "421 4.4.1 Connection timed out"
    parts = (
        text_part(human + "\n", "plain", "iso-8859-1", "qp"),
        delivery_status(b, f"mx.{b.host}", "delayed", diag, f"mail.{b.host}"),
        returned_headers(b),
    )
    return seal(
        b,
        report(*parts),
        f"Mail Delivery System <MAILER-DAEMON@mx.{b.host}>",
        "Avviso di ritardo nella consegna",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_nodomain": bounce_postfix_nodomain,
    "qmail": bounce_qmail,
    "gmail_full": bounce_gmail_full,
    "exchange": bounce_exchange,
    "exim_de_delay": bounce_exim_de_delay,
    "provider_fr_full": bounce_provider_fr_full,
    "exim_es_hard": bounce_exim_es_hard,
    "dsn_nl_hard": bounce_dsn_nl_hard,
    "provider_nl_full": bounce_provider_nl_full,
    "dsn_it_delay": bounce_dsn_it_delay,
}

BOUNCES: list[Bounce] = [
    Bounce(
        "bn-en-1",
        "en",
        "hard",
        "5.4.4",
        "accounts@hollinsfarmshop.example",
        "2031-01-08 08:47",
        "postfix_nodomain",
        "en",
        note="our relay: the customer's domain no longer exists",
    ),
    Bounce(
        "bn-en-2",
        "en",
        "hard",
        "5.1.1",
        "office@redfernlettings.example",
        "2031-01-14 08:41",
        "qmail",
        "en",
        note="qmail notice, not MIME, copy of the reminder inline",
    ),
    Bounce(
        "bn-en-3",
        "en",
        "soft",
        "4.2.2",
        "thebarnstables.accounts@gmail.com",
        "2031-01-23 10:42",
        "gmail_full",
        "en",
        lag=120,
        note="Gmail delay report: the inbox is out of storage",
    ),
    Bounce(
        "bn-de-1",
        "de",
        "hard",
        "5.1.10",
        "kreditoren@hausverwaltung-brenner.example",
        "2031-01-09 09:36",
        "exchange",
        "de",
        lag=1,
        note="Exchange Online report in German, recipient not found",
    ),
    Bounce(
        "bn-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@gaertnerei-lindenhof.example",
        "2031-01-21 09:50",
        "exim_de_delay",
        "de",
        lag=1455,
        note="single-part German delay warning from the customer's backup MX",
    ),
    Bounce(
        "bn-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@ehpad-les-tilleuls.example",
        "2031-01-15 09:38",
        "exchange",
        "fr",
        lag=1,
        note="policy: the group only accepts internal senders; permanent",
    ),
    Bounce(
        "bn-fr-2",
        "fr",
        "soft",
        "4.2.2",
        "mairie@saint-vrain-sur-loire.example",
        "2031-01-28 09:47",
        "provider_fr_full",
        "fr",
        lag=3,
        note="provider notice in multipart/mixed, mailbox full",
    ),
    Bounce(
        "bn-es-1",
        "es",
        "hard",
        "5.1.1",
        "administracion@viverosrioseco.example",
        "2031-01-10 09:50",
        "exim_es_hard",
        "es",
        note="single-part Spanish notice with X-Failed-Recipients and the reminder inline",
    ),
    Bounce(
        "bn-es-2",
        "es",
        "soft",
        "4.4.7",
        "pagos@golfvalledelsol.example",
        "2031-01-29 13:36",
        "exchange",
        "es",
        lag=240,
        note="Exchange delay notice in Spanish",
    ),
    Bounce(
        "bn-nl-1",
        "nl",
        "hard",
        "5.1.1",
        "financien@vve-parkzicht.example",
        "2031-01-16 09:33",
        "dsn_nl_hard",
        "nl",
        lag=1,
        note="RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        "bn-nl-2",
        "nl",
        "soft",
        "5.2.2",
        "info@hoveniersbedrijf-devries.example",
        "2031-01-24 09:44",
        "provider_nl_full",
        "nl",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bn-it-1",
        "it",
        "soft",
        "4.4.1",
        "amministrazione@agriturismo-ilpoggio.example",
        "2031-01-21 10:05",
        "dsn_it_delay",
        "it",
        lag=1470,
        note="delay report from the customer's backup MX",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

LABEL_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^GLA-\d{5}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def mail_label(m: Mail) -> Label:
    """The label of a hand-written message (without the file name)."""
    label: Label = {"intent": m.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in m.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = m.labels.get("invoice_refs", [])
    label["language"] = m.lang
    label["note"] = m.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Label:
    """The label of a bounce (without the file name)."""
    label: Label = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One output message: its key, the message, its label and its hand-written text."""

    key: str
    msg: Message
    label: Label
    text: str
    sent: date


def all_items() -> list[Item]:
    """Every message with its label, in file order (a seeded hash of the key)."""
    items = [Item(m.key, build_mail(m), mail_label(m), m.body, m.dt.date()) for m in MAILS]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.style](b), bounce_label(b), "", b.dt.date()) for b in BOUNCES
    ]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"duplicate keys: {[k for k, n in Counter(keys).items() if n > 1]}")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


def header_defects(part: Message) -> list[str]:
    """Defects the default policy found while parsing a part's headers."""
    found = []
    for name, value in part.items():
        for defect in getattr(value, "defects", ()):
            found.append(f"{name}: {defect!r}")
    return found


def parts_with_parents(msg: Message, parent: str = "") -> list[tuple[Message, str]]:
    """Every part with its parent's content type (delivery-status blocks are not text)."""
    found = [(msg, parent)]
    if msg.is_multipart():
        for sub in cast("list[Message]", msg.get_payload()):
            found += parts_with_parents(sub, msg.get_content_type())
    return found


def check_message(name: str, data: bytes, label: Label) -> None:
    """Parse the file back the way a reader would, and insist that nothing is broken."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part, parent in parts_with_parents(msg):
        if part.get_content_maintype() == "text" and parent != "message/delivery-status":
            if not isinstance(part, EmailMessage):
                raise SystemExit(f"{name}: a part was not parsed with the default policy")
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                raise SystemExit(f"{name}: empty or undecodable {part.get_content_type()} part")
        problems = [repr(d) for d in part.defects] + header_defects(part)
        if problems:
            raise SystemExit(f"{name}: defects {problems}")
    auto = str(msg.get("Auto-Submitted", ""))
    if auto and label["intent"] not in {
        "auto_reply",
        "bounce",
        "wrong_contact",
        "payment_sent",
    }:
        raise SystemExit(f"{name}: Auto-Submitted on a {label['intent']} message")
    if label["intent"] == "bounce" and str(label["failed_recipient"]) not in data.decode(
        "ascii", "replace"
    ):
        raise SystemExit(f"{name}: the failed recipient does not appear in the bounce")


def check_date(name: str, key: str, value: object, sent: date) -> None:
    """A label date is ISO and on the right side of the message's date."""
    if value is None:
        return
    if not isinstance(value, str) or not ISO_DAY.match(value):
        raise SystemExit(f"{name}: {key} is not an ISO date: {value!r}")
    day = date.fromisoformat(value)
    if key == "paid_date" and not sent - timedelta(days=60) <= day <= sent:
        raise SystemExit(f"{name}: paid_date {day} is not before the message ({sent})")
    if key in {"promised_date", "return_date"} and not sent <= day <= sent + timedelta(days=60):
        raise SystemExit(f"{name}: {key} {day} is not after the message ({sent})")


def check_label(name: str, item: Item) -> None:
    """The label's shape, and the few facts that can be checked against the text."""
    label = item.label
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{name}: label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if filled - allowed:
        raise SystemExit(f"{name}: {intent} may not fill {sorted(filled - allowed)}")
    for key in ("promised_date", "paid_date", "return_date"):
        check_date(name, key, label[key], item.sent)
    amount = label["amount"]
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if amount is not None and (not isinstance(amount, str) or not AMOUNT.match(amount)):
        raise SystemExit(f"{name}: amount {amount!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {label['currency']!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in refs:
        if not isinstance(ref, str) or not INVOICE.match(ref):
            raise SystemExit(f"{name}: invoice ref {ref!r}")
        if item.text and ref[4:] not in item.text:
            raise SystemExit(f"{name}: {ref} is not written in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str)
        or contact != contact.lower()
        or contact not in item.text.lower()
    ):
        raise SystemExit(f"{name}: new_contact {contact!r} is not in the text (lower case)")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.match(
            str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bounce fields")
        if label["bounce_kind"] == "hard" and not str(label["bounce_status"]).startswith("5."):
            raise SystemExit(f"{name}: a hard bounce with a temporary status")


def check_counts(labels: list[Label]) -> None:
    """12 per intent, the language targets, every cell filled, bounces half hard."""
    by_intent = Counter(str(x["intent"]) for x in labels)
    by_lang = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(by_intent[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"intent counts {dict(by_intent)}")
    if dict(by_lang) != LANG_TARGET:
        raise SystemExit(f"language counts {dict(by_lang)}")
    empty = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if empty:
        raise SystemExit(f"empty cells {empty}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
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


def write_all() -> list[Label]:
    """Write every .eml and labels.jsonl, checking each on the way."""
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        label: Label = {"file": name, **item.label}
        check_label(name, Item(item.key, item.msg, label, item.text, item.sent))
        data = item.msg.as_bytes()
        check_message(name, data, label)
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
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {dict(sorted(kinds.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
