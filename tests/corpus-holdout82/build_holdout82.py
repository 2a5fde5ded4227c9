# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes that people and their clients really type.
"""Build held-out reply corpus 82: `h82-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Veldhuis Agricultural Supplies after it sent an
overdue reminder. The new text of each message is written by hand below; this script only adds
what a mail client or a mail server would add (the quoted reminder in the client's layout and
language, headers, MIME structure, charsets, transfer encodings, delivery-status skeletons).
It writes next to itself, deterministically: fixed seed, fixed boundaries, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = 20270607
PREFIX = "h82"
AR_ADDR = "receivables@veldhuis-agri.example"
AR_DOMAIN = "veldhuis-agri.example"
AMSTERDAM = timezone(timedelta(hours=2))
IBAN = "NL48 RABO 0312 5566 70"
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
Headers = tuple[tuple[str, str], ...]


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


@dataclass(frozen=True, kw_only=True)
class Truth:
    """The hand-made labels of one reply (everything but file, intent and language)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    cur: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a person or a customer's system, answering a reminder."""

    key: str
    lang: str
    intent: str
    client: str
    when: str
    name: str
    addr: str
    text: str
    inv: str
    amount: str
    cur: str = "EUR"
    rlang: str | None = None
    quoted_to: str | None = None
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    subject: str | None = None
    extra: Headers = ()
    threaded: bool = True
    attach: str | None = None
    truth: Truth = field(default_factory=Truth)


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery-failure or delay report for a reminder."""

    key: str
    lang: str
    style: str
    when: str
    failed: str
    status: str
    hard: bool
    inv: str
    amount: str
    note: str | None = None


@dataclass(frozen=True)
class Leaf:
    """A single MIME part: its own headers and its encoded body."""

    headers: Headers
    body: bytes


@dataclass(frozen=True)
class Multi:
    """A multipart container."""

    subtype: str
    boundary: str
    parts: tuple[Leaf | Multi, ...]
    params: str = ""


Node = Leaf | Multi


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
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wl}, {d} {ml} {y} {HH}:{MM}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}",
}
# separator, From, Sent, To, Subject, label separator
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
CONTENT_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
AR_NAMES = {
    "en": "Veldhuis Accounts Receivable",
    "de": "Veldhuis Debitorenbuchhaltung",
    "fr": "Veldhuis – Service recouvrement",
    "es": "Veldhuis – Departamento de cobros",
    "nl": "Veldhuis Debiteurenadministratie",
    "it": "Veldhuis – Ufficio crediti",
}
REMINDER_SUBJECT = {
    "en": "Overdue reminder: invoice {inv}",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv}",
    "it": "Sollecito di pagamento: fattura {inv}",
}
REMINDER_BODY = {
    "en": "Dear customer,\n\nAccording to our records, invoice {inv} for {amt} was due on {due} and has not yet been paid.\n\nPlease transfer the amount to IBAN {iban} (BIC RABONL2U), quoting the invoice number. Your monthly account statement is available on request.\n\nIf your payment has crossed with this e-mail, please disregard this reminder.\n\nKind regards,\nAccounts Receivable\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
    "de": "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nnach unseren Unterlagen ist die Rechnung {inv} über {amt} seit dem {due} fällig und noch nicht beglichen.\n\nBitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto IBAN {iban} (BIC RABONL2U). Ihren monatlichen Kontoauszug senden wir Ihnen gern auf Anfrage zu.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
    "fr": "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour.\n\nNous vous remercions de bien vouloir en effectuer le règlement par virement sur notre compte IBAN {iban} (BIC RABONL2U), en rappelant le numéro de facture. Votre relevé de compte mensuel est disponible sur simple demande.\n\nSi votre règlement a croisé ce message, merci de ne pas en tenir compte.\n\nVeuillez agréer nos salutations distinguées.\nService recouvrement\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
    "es": "Estimado cliente:\n\nSegún nuestros registros, la factura {inv} por importe de {amt}, con vencimiento el {due}, sigue pendiente de pago.\n\nLe rogamos que realice la transferencia a nuestra cuenta IBAN {iban} (BIC RABONL2U), indicando el número de factura. Su extracto de cuenta mensual está a su disposición si lo solicita.\n\nSi ya ha efectuado el pago, le rogamos que no tenga en cuenta este aviso.\n\nAtentamente,\nDepartamento de cobros\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
    "nl": "Geachte klant,\n\nVolgens onze administratie is factuur {inv} van {amt}, vervallen op {due}, nog niet betaald.\n\nWilt u het bedrag onder vermelding van het factuurnummer overmaken naar IBAN {iban} (BIC RABONL2U)? Uw maandelijkse rekeningoverzicht sturen wij u op verzoek toe.\n\nHeeft uw betaling deze herinnering gekruist, dan kunt u dit bericht als niet verzonden beschouwen.\n\nMet vriendelijke groet,\nDebiteurenadministratie\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
    "it": "Gentile cliente,\n\ndai nostri registri risulta che la fattura {inv} di {amt}, scaduta il {due}, non è ancora stata saldata.\n\nVi preghiamo di effettuare il bonifico sul nostro conto IBAN {iban} (BIC RABONL2U), indicando il numero della fattura. L'estratto conto mensile è disponibile su richiesta.\n\nSe il pagamento è già stato effettuato, vi preghiamo di non considerare il presente sollecito.\n\nCordiali saluti\nUfficio crediti\nVeldhuis Agricultural Supplies B.V.\n+31 570 61 44 20",
}
NNBSP = "\u202f"
CURRENCY_SIGN = {"EUR": "€", "GBP": "£"}
LATIN1_FIXES = {
    "€": "EUR",
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "\u202f": " ",
}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, hashes, amounts
# --------------------------------------------------------------------------------------------


def parse_when(when: str) -> datetime:
    """Parse a hand-written local time such as '2027-06-08 09:14 +0100'."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def digest(key: str, salt: str) -> str:
    """A stable hex digest for ids and boundaries."""
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Fields for the localized date templates."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wl": WEEKDAYS[lang].split()[wd],
        "wa": WEEKDAYS_ABBR[lang].split()[wd],
        "ml": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
    }


def fmt_date(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a localized date template."""
    return template.format(**date_fields(lang, dt), **extra)


def group_thousands(whole: str, sep: str) -> str:
    """Insert a thousands separator into a string of digits."""
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out


def fmt_amount(amount: str, lang: str, cur: str) -> str:
    """Write an amount the way the reminder in that language writes it."""
    whole, cents = amount.split(".")
    sign = CURRENCY_SIGN[cur]
    if lang == "en":
        return f"{sign}{group_thousands(whole, ',')}.{cents}"
    if lang == "fr":
        return f"{group_thousands(whole, NNBSP)},{cents} {sign}"
    if lang in ("nl", "it"):
        return f"{sign} {group_thousands(whole, '.')},{cents}"
    return f"{group_thousands(whole, '.')},{cents} {sign}"


def fmt_due(lang: str, dt: datetime) -> str:
    """The due date as written in the reminder."""
    if lang == "en":
        return fmt_date("{d} {ml} {y}", lang, dt)
    if lang == "de":
        return fmt_date("{dd}.{mo}.{y}", lang, dt)
    if lang == "nl":
        return fmt_date("{d} {ml} {y}", lang, dt)
    return fmt_date("{dd}/{mo}/{y}", lang, dt)


def latin1_safe(text: str) -> str:
    """What a Latin-1 client does to characters it cannot send."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_gt(text: str) -> str:
    """Quote text with '> ' the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


# --------------------------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------------------------


def encode_header(value: str, charset: str = "utf-8") -> str:
    """An RFC 2047 encoded-word header value when the text is not ASCII."""
    if value.isascii():
        return value
    return Header(value, charset).encode(linesep="\n", maxlinelen=76)


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value with an encoded display name when needed."""
    return formataddr((name, addr), charset=charset)


def encode_body(raw: bytes, cte: str) -> bytes:
    """Apply a content transfer encoding."""
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text_leaf(text: str, *, subtype: str, charset: str, cte: str, flowed: bool = False) -> Leaf:
    """A text part in the given charset and transfer encoding."""
    if charset == "iso-8859-1":
        text = latin1_safe(text)
    if charset == "windows-1252":
        text = text.replace(NNBSP, "\u00a0")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    params = "; format=flowed" if flowed else ""
    headers = (
        ("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
        ("Content-Transfer-Encoding", cte),
    )
    return Leaf(headers, encode_body(raw, cte))


def head_bytes(headers: Headers) -> bytes:
    """Serialize headers; every value must already be ASCII."""
    return "".join(f"{name}: {value}\n" for name, value in headers).encode("ascii")


def serialize(node: Node) -> bytes:
    """Serialize a MIME tree (without the message's own envelope headers)."""
    if isinstance(node, Leaf):
        body = node.body if node.body.endswith(b"\n") else node.body + b"\n"
        return head_bytes(node.headers) + b"\n" + body
    ctype = f'multipart/{node.subtype}; boundary="{node.boundary}"{node.params}'
    out = head_bytes((("Content-Type", ctype),)) + b"\n"
    for part in node.parts:
        out += f"--{node.boundary}\n".encode("ascii") + serialize(part)
    return out + f"--{node.boundary}--\n".encode("ascii")


def boundary(key: str, client: str, n: int = 0) -> str:
    """A fixed, client-flavoured MIME boundary derived from the message key."""
    h = digest(key, f"boundary{n}")
    styles = {
        "outlook": f"_00{n}_{h[:28].upper()}_",
        "gmail": f"000000000000{h[:12]}",
        "apple": f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}",
    }
    return styles.get(client, f"----=_Part_{n}_{h[:18]}")


def message_id(key: str, client: str, domain: str) -> str:
    """A Message-ID derived from the key, in the sending client's style."""
    h = digest(key, "msgid")
    styles = {
        "outlook": f"<{h[:32].upper()}@{domain}>",
        "gmail": f"<CA+{base64.b32encode(bytes.fromhex(h[:40])).decode().rstrip('=')}@mail.gmail.com>",
        "apple": f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>",
    }
    return styles.get(client, f"<{h[:24]}.{h[24:30]}@{domain}>")


def assemble(envelope: Headers, node: Node, *, mime: bool = True) -> bytes:
    """A whole message: envelope headers, MIME-Version and the MIME tree."""
    version: Headers = (("MIME-Version", "1.0"),) if mime else ()
    return head_bytes(envelope + version) + serialize(node)


# --------------------------------------------------------------------------------------------
# The quoted reminder
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    lang: str
    subject: str
    text: str
    sent: datetime
    to_addr: str
    msgid: str


def reminder_sent(key: str, reply: datetime) -> datetime:
    """The reminder went out on a weekday at 08:30 Amsterdam time, one to six days before the reply."""
    days = 1 + int(digest(key, "days")[:2], 16) % 4
    day = (reply.astimezone(UTC) - timedelta(days=days)).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 6, 30, tzinfo=UTC).astimezone(reply.tzinfo)


def reminder_text(lang: str, inv: str, amount: str, *, cur: str, sent: datetime) -> str:
    """The reminder body in its language."""
    due = sent - timedelta(days=14)
    return REMINDER_BODY[lang].format(
        inv=inv, amt=fmt_amount(amount, lang, cur), due=fmt_due(lang, due), iban=IBAN
    )


def reminder_msgid(key: str) -> str:
    """The reminder's Message-ID, derived from the reply's key."""
    return f"<rem.{digest(key, 'reminder')[:20]}@{AR_DOMAIN}>"


def make_quote(r: Reply) -> Quote:
    """Build the reminder this reply answers."""
    lang = r.rlang or r.lang
    sent = reminder_sent(r.key, parse_when(r.when))
    text = reminder_text(lang, r.inv, r.amount, cur=r.cur, sent=sent)
    subject = REMINDER_SUBJECT[lang].format(inv=r.inv)
    return Quote(lang, subject, text, sent, r.quoted_to or r.addr, reminder_msgid(r.key))


def outlook_block(r: Reply, q: Quote) -> list[str]:
    """The From/Sent/To/Subject lines of an Outlook reply header, in the client's language."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[r.lang]
    return [
        f"{frm}{sep}{AR_NAMES[q.lang]} <{AR_ADDR}>",
        f"{sent}{sep}{fmt_date(OUTLOOK_SENT[r.lang], r.lang, q.sent)}",
        f"{to}{sep}{r.name} <{q.to_addr}>",
        f"{subj}{sep}{q.subject}",
    ]


def attribution(table: dict[str, str], r: Reply, q: Quote) -> str:
    """A client's 'On … wrote:' line in the sender's language."""
    return fmt_date(table[r.lang], r.lang, q.sent, name=AR_NAMES[q.lang], addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# HTML renderings
# --------------------------------------------------------------------------------------------


def mso_paragraphs(text: str) -> str:
    """Word-style paragraphs, one per line."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line) or "&nbsp;"}</p>' for line in text.split("\n")
    )


def div_lines(text: str) -> str:
    """Gmail/OWA-style lines."""
    return "\n".join(f"<div>{html.escape(line) or '<br>'}</div>" for line in text.split("\n"))


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML with the grey top-border divider."""
    block = "<br>\n".join(_bold_label(line, r.lang) for line in outlook_block(r, q))
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head>\n'
        f'<body lang="{CONTENT_LANG[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.text)}\n"
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{block}</p>\n</div>\n<p class="MsoNormal">&nbsp;</p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def _bold_label(line: str, lang: str) -> str:
    """Bold the label of an Outlook header line."""
    sep = OUTLOOK_LABELS[lang][5]
    label, _, value = line.partition(sep)
    return f"<b>{html.escape(label)}{sep.rstrip()}</b> {html.escape(value)}"


def gmail_html(r: Reply, attr: str, q: Quote) -> str:
    """Gmail's HTML alternative with the gmail_quote blockquote."""
    return (
        f'<div dir="ltr">{div_lines(r.text)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container">\n'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>\n'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
        f"{div_lines(q.text)}\n</blockquote></div>\n"
    )


def owa_html(r: Reply, q: Quote) -> str:
    """Outlook on the web with divRplyFwdMsg."""
    block = "<br>\n".join(_bold_label(line, r.lang) for line in outlook_block(r, q))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body dir="ltr">\n<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{div_lines(r.text)}\n</div>\n"
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{block}</font>\n<div>&nbsp;</div></div>\n'
        f"<div>{div_lines(q.text)}</div>\n</body></html>\n"
    )


def simple_html(text: str) -> str:
    """A plain HTML rendering for system-generated HTML-only messages."""
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n{div_lines(text)}\n</body></html>\n'


# --------------------------------------------------------------------------------------------
# Client styles
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, flowed: bool = False) -> Leaf:
    """A text/plain part in the reply's charset and encoding."""
    return text_leaf(text, subtype="plain", charset=r.charset, cte=r.cte, flowed=flowed)


def markup(r: Reply, text: str) -> Leaf:
    """A text/html part in the reply's charset and encoding."""
    return text_leaf(text, subtype="html", charset=r.charset, cte=r.cte)


def alternative(r: Reply, client: str, text: str, page: str) -> Multi:
    """multipart/alternative with a plain and an HTML rendering."""
    return Multi("alternative", boundary(r.key, client, 1), (plain(r, text), markup(r, page)))


def style_outlook(r: Reply, q: Quote) -> Node:
    """Outlook desktop, plain text, with the localized Original Message block."""
    lines = [OUTLOOK_LABELS[r.lang][0], *outlook_block(r, q)]
    return plain(r, r.text + "\n\n" + "\n".join(lines) + "\n\n" + q.text)


def style_outlook_html(r: Reply, q: Quote) -> Node:
    """Outlook desktop HTML (Word) with its plain alternative."""
    text = r.text + "\n\n" + "\n".join(outlook_block(r, q)) + "\n\n" + q.text
    return alternative(r, "outlook", text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Node:
    """Outlook HTML with no plain alternative."""
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Node:
    """Outlook on the web."""
    text = (
        r.text
        + "\n\n________________________________\n"
        + "\n".join(outlook_block(r, q))
        + "\n\n"
        + q.text
    )
    return alternative(r, "outlook", text, owa_html(r, q))


def style_gmail(r: Reply, q: Quote) -> Node:
    """Gmail multipart/alternative with gmail_quote."""
    attr = attribution(GMAIL_ATTR, r, q)
    text = r.text + "\n\n" + attr + "\n\n" + quote_gt(q.text)
    return alternative(r, "gmail", text, gmail_html(r, attr, q))


def style_gmail_plain(r: Reply, q: Quote) -> Node:
    """Gmail in plain-text mode."""
    return plain(r, r.text + "\n\n" + attribution(GMAIL_ATTR, r, q) + "\n\n" + quote_gt(q.text))


def style_inline(r: Reply, q: Quote) -> Node:
    """Plain text answered inline: [[Qn]] marks where paragraph n of the reminder is quoted."""
    text = r.text
    for n, para in enumerate(q.text.split("\n\n")):
        text = text.replace(f"[[Q{n}]]", quote_gt(para))
    return plain(r, attribution(GMAIL_ATTR, r, q) + "\n" + text)


def style_apple(r: Reply, q: Quote) -> Node:
    """Apple Mail on a Mac."""
    return plain(r, r.text + "\n\n" + attribution(APPLE_ATTR, r, q) + "\n\n" + quote_gt(q.text))


def style_iphone(r: Reply, q: Quote) -> Node:
    """iPhone Mail with its localized signature."""
    sig = IPHONE_SIG[r.lang]
    return plain(
        r,
        r.text + "\n\n" + sig + "\n\n" + attribution(APPLE_ATTR, r, q) + "\n\n" + quote_gt(q.text),
    )


def style_thunderbird(r: Reply, q: Quote) -> Node:
    """Thunderbird, bottom-posted under the quote."""
    text = attribution(TB_ATTR, r, q) + "\n" + quote_gt(q.text) + "\n\n" + r.text
    return plain(r, text, flowed=r.charset == "utf-8")


def style_android(r: Reply, q: Quote) -> Node:
    """Outlook for Android: base64 with its localized footer and divider."""
    text = (
        r.text
        + "\n\n"
        + ANDROID_SIG[r.lang]
        + "\n________________________________\n"
        + "\n".join(outlook_block(r, q))
        + "\n\n"
        + q.text
    )
    return text_leaf(text, subtype="plain", charset=r.charset, cte="base64")


def style_none(r: Reply, q: Quote) -> Node:
    """A notice that quotes nothing."""
    del q
    return plain(r, r.text)


def style_none_html(r: Reply, q: Quote) -> Node:
    """A system notice in HTML only."""
    del q
    return markup(r, simple_html(r.text))


STYLES = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "inline": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "none": style_none,
    "none_html": style_none_html,
}
CLIENT_FAMILY = {
    "outlook": "outlook",
    "outlook_html": "outlook",
    "html_only": "outlook",
    "owa": "outlook",
    "android": "outlook",
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "inline": "gmail",
    "apple": "apple",
    "iphone": "apple",
}
CLIENT_HEADERS: dict[str, Headers] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject line as the client writes it."""
    if r.subject is not None:
        return r.subject
    if CLIENT_FAMILY.get(r.client) == "outlook":
        return OUTLOOK_RE[r.lang] + q.subject
    return "Re: " + q.subject


def header_charset(r: Reply) -> str:
    """Charset for encoded words: the body's, unless it cannot hold the text."""
    return "iso-8859-1" if r.charset == "iso-8859-1" else "utf-8"


def client_headers(r: Reply, subject: str) -> Headers:
    """Headers a given client adds."""
    extra = CLIENT_HEADERS.get(r.client, CLIENT_HEADERS.get(CLIENT_FAMILY.get(r.client, ""), ()))
    if CLIENT_FAMILY.get(r.client) == "outlook" and r.client != "android":
        index = base64.b64encode(bytes.fromhex(digest(r.key, "thread")[:44])).decode()
        extra += (
            ("Thread-Topic", encode_header(subject.split(": ", 1)[-1], header_charset(r))),
            ("Thread-Index", index),
            ("Content-Language", CONTENT_LANG[r.lang]),
        )
    return extra


def reply_envelope(r: Reply, q: Quote) -> Headers:
    """The top-level headers of a reply."""
    subject = reply_subject(r, q)
    if r.charset == "iso-8859-1":
        subject = latin1_safe(subject)
    domain = r.addr.split("@", 1)[1]
    headers: Headers = (
        ("From", mailbox(r.name, r.addr, header_charset(r))),
        ("To", mailbox(AR_NAMES[q.lang], AR_ADDR)),
        *r.extra,
        ("Subject", encode_header(subject, header_charset(r))),
        ("Date", format_datetime(parse_when(r.when))),
        ("Message-ID", message_id(r.key, CLIENT_FAMILY.get(r.client, r.client), domain)),
    )
    if r.threaded:
        headers += (("In-Reply-To", q.msgid), ("References", q.msgid))
    return headers + client_headers(r, subject)


def fake_pdf(key: str) -> bytes:
    """A tiny stand-in PDF for a payment proof."""
    return (
        b"%PDF-1.4\n% payment proof stand-in "
        + digest(key, "pdf")[:16].encode()
        + b"\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def with_attachment(r: Reply, body: Node, filename: str) -> Node:
    """multipart/mixed with the reply and a PDF."""
    pdf = Leaf(
        (
            ("Content-Type", f'application/pdf; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ),
        base64.encodebytes(fake_pdf(r.key)),
    )
    return Multi("mixed", boundary(r.key, CLIENT_FAMILY.get(r.client, r.client), 2), (body, pdf))


def build_reply(r: Reply) -> bytes:
    """Render one reply as RFC 5322 bytes."""
    q = make_quote(r)
    body = STYLES[r.client](r, q)
    if r.attach is not None:
        body = with_attachment(r, body, r.attach)
    return assemble(reply_envelope(r, q), body)


# --------------------------------------------------------------------------------------------
# Bounces
# --------------------------------------------------------------------------------------------


def bounce_reminder(b: Bounce) -> tuple[Headers, Leaf, datetime]:
    """The reminder as it was sent to the failed recipient."""
    when = parse_when(b.when)
    sent = (when - timedelta(hours=4 if b.status.startswith("4") else 0, minutes=3)).astimezone(
        AMSTERDAM
    )
    headers: Headers = (
        ("From", mailbox(AR_NAMES[b.lang], AR_ADDR)),
        ("To", b.failed),
        ("Subject", encode_header(REMINDER_SUBJECT[b.lang].format(inv=b.inv))),
        ("Date", format_datetime(sent)),
        ("Message-ID", reminder_msgid(b.key)),
        ("MIME-Version", "1.0"),
    )
    text = reminder_text(b.lang, b.inv, b.amount, cur="EUR", sent=sent)
    return headers, text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable"), sent


def returned_message(b: Bounce, *, headers_only: bool = False) -> Leaf:
    """message/rfc822 (or text/rfc822-headers) with the returned reminder."""
    headers, leaf, _ = bounce_reminder(b)
    received = (
        (
            "Received",
            f"from app01.{AR_DOMAIN} (app01.{AR_DOMAIN} [198.51.100.21])\n\tby mail.{AR_DOMAIN} (Postfix) with ESMTPS id 4Wq7{digest(b.key, 'q')[:8].upper()}",
        ),
    )
    if headers_only:
        return Leaf(
            (("Content-Type", 'text/rfc822-headers; charset="us-ascii"'),),
            head_bytes(received + headers),
        )
    inner = head_bytes(received + headers) + serialize(leaf)
    return Leaf(
        (("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")), inner
    )


def delivery_status(b: Bounce, *, reporting: str, action: str, remote: str, diag: str) -> Leaf:
    """A message/delivery-status part (RFC 3464)."""
    _, _, sent = bounce_reminder(b)
    lines = [
        f"Reporting-MTA: dns; {reporting}",
        f"Arrival-Date: {format_datetime(sent)}",
        "",
        f"Final-Recipient: rfc822; {b.failed}",
        f"Original-Recipient: rfc822;{b.failed}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: smtp; {diag}")
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(parse_when(b.when) + timedelta(days=4))}")
    return Leaf(
        (("Content-Type", "message/delivery-status"),), ("\n".join(lines) + "\n").encode("ascii")
    )


def report(b: Bounce, parts: tuple[Node, ...]) -> Multi:
    """multipart/report; report-type=delivery-status."""
    return Multi("report", boundary(b.key, "report"), parts, "; report-type=delivery-status")


def bounce_envelope(b: Bounce, *, sender: str, subject: str, extra: Headers = ()) -> Headers:
    """Top-level headers of a bounce."""
    domain = parseaddr(sender)[1].rsplit("@", 1)[1]
    return (
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(subject)),
        ("Date", format_datetime(parse_when(b.when))),
        ("Message-ID", f"<{digest(b.key, 'dsn')[:22]}@{domain}>"),
        *extra,
    )


def human(text: str, *, charset: str = "utf-8") -> Leaf:
    """The human-readable part of a report."""
    cte = "7bit" if text.isascii() else "quoted-printable"
    return text_leaf(
        text, subtype="plain", charset="us-ascii" if text.isascii() else charset, cte=cte
    )


def bounce_postfix(b: Bounce) -> bytes:
    """Postfix RFC 3464 report, user unknown."""
    host = b.failed.split("@")[1]
    text = (
        f"This is the mail system at host mail.{AR_DOMAIN}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.failed}>: host mx1.{host}[192.0.2.61] said: 550 5.1.1\n    <{b.failed}>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n"
    )
    ds = delivery_status(
        b,
        reporting=f"mail.{AR_DOMAIN}",
        action="failed",
        remote=f"mx1.{host}",
        diag=f"550 5.1.1 <{b.failed}>: Recipient address rejected: User unknown in local recipient table",
    )
    env = bounce_envelope(
        b,
        sender=f"MAILER-DAEMON@mail.{AR_DOMAIN} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return assemble(env, report(b, (human(text), ds, returned_message(b))))


def bounce_qmail(b: Bounce) -> bytes:
    """qmail's non-MIME failure notice with the message inline."""
    host = b.failed.split("@")[1]
    headers, leaf, _ = bounce_reminder(b)
    text = (
        f"Hi. This is the qmail-send program at mail.{host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.failed}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
    )
    body = text.encode("ascii") + head_bytes(headers) + serialize(leaf)
    env = bounce_envelope(b, sender=f"MAILER-DAEMON@mail.{host}", subject="failure notice")
    return assemble(env, Leaf((), body), mime=False)


def bounce_sendmail_delay(b: Bounce) -> bytes:
    """sendmail 4-hour warning, multipart/report, Action: delayed."""
    host = b.failed.split("@")[1]
    _, _, sent = bounce_reminder(b)
    text = (
        "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n"
        f"The original message was received at {format_datetime(sent)}\nfrom app01.{AR_DOMAIN} [198.51.100.21]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.failed}>... Deferred: Connection timed out with mx.{host}.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    )
    ds = delivery_status(
        b,
        reporting=f"relay.{AR_DOMAIN}",
        action="delayed",
        remote=f"mx.{host}",
        diag="451 4.4.1 Connection timed out",
    )
    env = bounce_envelope(
        b,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@relay.{AR_DOMAIN}>",
        subject="Warning: could not send message for past 4 hours",
        extra=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )
    return assemble(env, report(b, (human(text), ds, returned_message(b, headers_only=True))))


def exchange_parts(b: Bounce, lines: list[str], diag: str) -> Multi:
    """The human part of an Exchange Online NDR: plain and HTML."""
    text = (
        "\n\n".join(lines)
        + f"\n\nDiagnostic information for administrators:\n\nGenerating server: DB8PR09MB3210.eurprd09.prod.outlook.com\n\n{b.failed}\nRemote server returned '{diag}'\n"
    )
    page = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + f"<p><b>Diagnostic information for administrators:</b></p><p>Generating server: DB8PR09MB3210.eurprd09.prod.outlook.com</p><p>{html.escape(b.failed)}<br>Remote server returned '{html.escape(diag)}'</p></body></html>"
    )
    alt = (
        text_leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable"),
        text_leaf(page, subtype="html", charset="utf-8", cte="quoted-printable"),
    )
    return Multi("alternative", boundary(b.key, "outlook", 1), alt)


def exchange_ndr(b: Bounce, *, subject: str, lines: list[str], diag: str) -> bytes:
    """An Exchange Online NDR in the given language."""
    ds = delivery_status(
        b,
        reporting="DB8PR09MB3210.eurprd09.prod.outlook.com",
        action="delayed" if b.status.startswith("4") else "failed",
        remote="",
        diag=diag,
    )
    env = bounce_envelope(
        b,
        sender=f"Microsoft Outlook <postmaster@{AR_DOMAIN}>",
        subject=subject,
        extra=(("X-MS-Exchange-Message-Is-Ndr", "True"),),
    )
    return assemble(
        env, report(b, (exchange_parts(b, lines, diag), ds, returned_message(b, headers_only=True)))
    )


def bounce_exchange_de(b: Bounce) -> bytes:
    """Exchange 'Unzustellbar', recipient not found."""
    lines = [
        f"Ihre Nachricht an {b.failed} konnte nicht zugestellt werden.",
        f"Die E-Mail-Adresse {b.failed} wurde beim Empfänger nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.",
        "So beheben Sie das Problem: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn das Problem weiter besteht, wenden Sie sich auf anderem Weg an den Empfänger.",
    ]
    subject = "Unzustellbar: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return exchange_ndr(
        b,
        subject=subject,
        lines=lines,
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )


def bounce_exchange_nl(b: Bounce) -> bytes:
    """Exchange 'Bezorging vertraagd', Dutch, 4.4.7."""
    lines = [
        "Bezorging aan deze ontvangers of groepen is vertraagd:",
        b.failed,
        "Onderwerp: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
        "Dit bericht is nog niet bezorgd. Er wordt automatisch opnieuw geprobeerd het af te leveren. U hoeft het bericht niet opnieuw te verzenden.",
        "Lukt het binnen twee dagen niet, dan ontvangt u een bericht dat de bezorging is mislukt.",
    ]
    subject = "Bezorging vertraagd: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return exchange_ndr(
        b,
        subject=subject,
        lines=lines,
        diag="451 4.4.7 Message delayed; remote server did not respond",
    )


def bounce_exchange_it(b: Bounce) -> bytes:
    """Exchange, Italian, recipient mailbox full (5.2.2, soft)."""
    lines = [
        f"Il messaggio non è stato recapitato a {b.failed} perché la cassetta postale del destinatario è piena.",
        "La cassetta postale ha superato il limite di spazio e al momento non può ricevere messaggi. Riprovate più tardi oppure contattate il destinatario in un altro modo e chiedetegli di liberare spazio.",
    ]
    subject = "Non recapitabile: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return exchange_ndr(
        b,
        subject=subject,
        lines=lines,
        diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
    )


def bounce_gmail_es(b: Bounce) -> bytes:
    """Gmail 'address not found', in Spanish."""
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.failed} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {digest(b.key, 'g')[:10]}.2 - gsmtp\n"
    )
    ds = delivery_status(
        b,
        reporting="googlemail.com",
        action="failed",
        remote="gmail-smtp-in.l.google.com",
        diag="550-5.1.1 The email account that you tried to reach does not exist.",
    )
    env = bounce_envelope(
        b,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return assemble(env, report(b, (human(text), ds, returned_message(b))))


def bounce_isp_nl(b: Bounce) -> bytes:
    """A Dutch provider's own notice in multipart/mixed, unknown user."""
    text = (
        "Beste afzender,\n\n"
        f"Uw e-mail aan {b.failed} kon niet worden afgeleverd. Het adres bestaat niet (meer) bij de ontvangende provider.\n\n"
        "Technische melding van de ontvangende server:\n"
        f"    550 5.1.1 <{b.failed}>: gebruiker onbekend\n\n"
        "Controleer het adres en probeer het opnieuw. Uw oorspronkelijke bericht vindt u als bijlage.\n\n"
        "Met vriendelijke groet,\nPolderNet Postmaster\n"
    )
    env = bounce_envelope(
        b,
        sender="PolderNet Postmaster <postmaster@mail.poldernet.example>",
        subject="Onbestelbaar bericht: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
    )
    return assemble(env, Multi("mixed", boundary(b.key, "isp"), (human(text), returned_message(b))))


def bounce_isp_it(b: Bounce) -> bytes:
    """An Italian provider's Exim-based report, mailbox does not exist."""
    host = b.failed.split("@")[1]
    text = (
        "Questo messaggio è stato generato automaticamente dal sistema di posta.\n\n"
        "Non è stato possibile recapitare il messaggio al seguente destinatario. L'errore è permanente.\n\n"
        f"  {b.failed}\n    Casella di posta inesistente\n    Risposta del server remoto: 550 5.1.1 <{b.failed}> utente sconosciuto\n\n"
        "Il messaggio originale è allegato.\n"
    )
    ds = delivery_status(
        b,
        reporting="smtp-out03.postacampagna.example",
        action="failed",
        remote=f"mx.{host}",
        diag=f"550 5.1.1 <{b.failed}> utente sconosciuto",
    )
    env = bounce_envelope(
        b,
        sender="Mail Delivery System <mailer-daemon@smtp-out03.postacampagna.example>",
        subject="Messaggio non recapitato: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
        extra=(("X-Failed-Recipients", b.failed), ("Auto-Submitted", "auto-replied")),
    )
    return assemble(env, report(b, (human(text), ds, returned_message(b))))


def bounce_exim_fr(b: Bounce) -> bytes:
    """An Exim delay warning with a localized template, plain text, no report."""
    host = b.failed.split("@")[1]
    _, _, sent = bounce_reminder(b)
    text = (
        "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
        f"Le message que vous avez envoyé le {fmt_date('{dd}/{mo}/{y} à {HH}:{MM}', 'fr', sent)} n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"  {b.failed}\n    Le serveur mx.{host} ne répond pas (4.4.2 connexion interrompue)\n\n"
        "Aucune action n'est nécessaire de votre part pour l'instant : nous continuerons d'essayer pendant 4 jours. Si le message ne peut toujours pas être remis, vous recevrez un avis d'échec.\n\n"
        "En-têtes du message d'origine :\n\n"
    )
    headers, _, _ = bounce_reminder(b)
    body = text_leaf(
        text + head_bytes(headers).decode("ascii"), subtype="plain", charset="utf-8", cte="8bit"
    )
    env = bounce_envelope(
        b,
        sender="Mail Delivery System <Mailer-Daemon@mx-out.relaisrural.example>",
        subject="Avertissement : message non encore distribué",
        extra=(("X-Failed-Recipients", b.failed), ("Auto-Submitted", "auto-replied")),
    )
    return assemble(env, body)


def bounce_isp_fr_full(b: Bounce) -> bytes:
    """A French provider's 'mailbox full' notice, temporary."""
    text = (
        "Bonjour,\n\n"
        f"La boîte aux lettres de votre correspondant {b.failed} est pleine. Votre message n'a pas pu lui être remis pour le moment.\n\n"
        "Notre serveur tentera de le distribuer à nouveau pendant 72 heures. Passé ce délai, il vous sera retourné.\n\n"
        "Code retour : 452 4.2.2 Mailbox full\n\n"
        "-- \nLe service Messagerie de Campanet\n"
    )
    body = text_leaf(text, subtype="plain", charset="iso-8859-1", cte="quoted-printable")
    env = bounce_envelope(
        b,
        sender=encode_header("Service Messagerie Campanet", "iso-8859-1")
        + " <no-reply@campanet.example>",
        subject="Message en attente : boîte pleine",
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return assemble(env, body)


def bounce_gateway_es(b: Bounce) -> bytes:
    """A security gateway's deferral (greylisting), Spanish human part."""
    host = b.failed.split("@")[1]
    text = (
        "Pasarela de seguridad de correo – aviso de entrega aplazada\n\n"
        f"El servidor de destino ({host}) ha aplazado temporalmente la recepción de su mensaje para el destinatario {b.failed}.\n\n"
        "Motivo: 451 4.7.1 Greylisted, please try again later\n\n"
        "La pasarela reintentará el envío automáticamente. No es necesario que vuelva a enviar el mensaje.\n"
    )
    ds = delivery_status(
        b,
        reporting="gw01.shieldgate.example",
        action="delayed",
        remote=f"mail.{host}",
        diag="451 4.7.1 Greylisted, please try again later",
    )
    env = bounce_envelope(
        b,
        sender="ShieldGate Mail Security <notifications@shieldgate.example>",
        subject="Entrega aplazada: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return assemble(env, report(b, (human(text), ds, returned_message(b, headers_only=True))))


BOUNCE_STYLES = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_de": bounce_exchange_de,
    "exchange_nl": bounce_exchange_nl,
    "exchange_it": bounce_exchange_it,
    "gmail_es": bounce_gmail_es,
    "isp_nl": bounce_isp_nl,
    "isp_it": bounce_isp_it,
    "exim_fr": bounce_exim_fr,
    "isp_fr_full": bounce_isp_fr_full,
    "gateway_es": bounce_gateway_es,
}

BOUNCES = (
    Bounce(
        key="b-en-postfix",
        lang="en",
        style="postfix",
        when="2027-06-08 08:31 +0200",
        failed="office@brookendfarm.example",
        status="5.1.1",
        hard=True,
        inv="VAS-41832",
        amount="742.00",
    ),
    Bounce(
        key="b-en-qmail",
        lang="en",
        style="qmail",
        when="2027-06-16 08:34 +0100",
        failed="j.pryce@hartwellcoop.example",
        status="5.1.1",
        hard=True,
        inv="VAS-41944",
        amount="1385.90",
        note="qmail non-MIME failure notice with the message inline",
    ),
    Bounce(
        key="b-en-sendmail",
        lang="en",
        style="sendmail_delay",
        when="2027-06-22 12:33 +0200",
        failed="accounts@glenfarquharestate.example",
        status="4.4.1",
        hard=False,
        inv="VAS-41979",
        amount="2210.40",
        note="sendmail four-hour warning, Action: delayed",
    ),
    Bounce(
        key="b-de-exchange",
        lang="de",
        style="exchange_de",
        when="2027-06-09 08:31 +0200",
        failed="buchhaltung@hof-lindemann.example",
        status="5.1.10",
        hard=True,
        inv="VAS-41911",
        amount="968.75",
    ),
    Bounce(
        key="b-fr-exim",
        lang="fr",
        style="exim_fr",
        when="2027-06-23 12:40 +0200",
        failed="gaec.mazet@relaisrural.example",
        status="4.4.2",
        hard=False,
        inv="VAS-41984",
        amount="1577.20",
        note="Exim delay warning with a French template, plain text, not RFC 3464",
    ),
    Bounce(
        key="b-fr-full",
        lang="fr",
        style="isp_fr_full",
        when="2027-06-15 08:36 +0200",
        failed="earl.dumas@campanet.example",
        status="4.2.2",
        hard=False,
        inv="VAS-41938",
        amount="455.60",
        note="ISO-8859-1 provider notice, mailbox full, still retrying",
    ),
    Bounce(
        key="b-es-gmail",
        lang="es",
        style="gmail_es",
        when="2027-06-10 08:31 +0200",
        failed="granjalosalamos@gmail.com",
        status="5.1.1",
        hard=True,
        inv="VAS-41899",
        amount="612.00",
        note="Gmail DSN in Spanish for a free-mail persona",
    ),
    Bounce(
        key="b-es-gateway",
        lang="es",
        style="gateway_es",
        when="2027-06-29 08:40 +0200",
        failed="compras@hortofruticolaelpalmar.example",
        status="4.7.1",
        hard=False,
        inv="VAS-42039",
        amount="2049.30",
        note="security gateway deferral (greylisting)",
    ),
    Bounce(
        key="b-nl-isp",
        lang="nl",
        style="isp_nl",
        when="2027-06-18 08:32 +0200",
        failed="info@veehouderijterpstra.example",
        status="5.1.1",
        hard=True,
        inv="VAS-41958",
        amount="389.40",
        note="Dutch provider notice in multipart/mixed",
    ),
    Bounce(
        key="b-nl-exchange",
        lang="nl",
        style="exchange_nl",
        when="2027-07-01 10:31 +0200",
        failed="administratie@tuinderijdebrink.example",
        status="4.4.7",
        hard=False,
        inv="VAS-42051",
        amount="1120.00",
        note="Exchange 'Bezorging vertraagd'",
    ),
    Bounce(
        key="b-it-isp",
        lang="it",
        style="isp_it",
        when="2027-06-14 08:33 +0200",
        failed="amministrazione@cantinacollebruno.example",
        status="5.1.1",
        hard=True,
        inv="VAS-41927",
        amount="3310.00",
    ),
    Bounce(
        key="b-it-exchange",
        lang="it",
        style="exchange_it",
        when="2027-06-25 08:31 +0200",
        failed="ufficio@agriturismoilpoggio.example",
        status="5.2.2",
        hard=False,
        inv="VAS-41991",
        amount="845.50",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
)


# --------------------------------------------------------------------------------------------
# The replies, written by hand
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = (
    Reply(
        key="ps-en-paid",
        lang="en",
        intent="payment_sent",
        client="iphone",
        when="2027-06-09 19:42 +0100",
        name="Tom Garside",
        addr="tom.garside@gmail.com",
        inv="VAS-41822",
        amount="486.20",
        cur="GBP",
        text="Paid.",
        truth=Truth(note="one-word reply; no date given"),
    ),
    Reply(
        key="ps-en-bacs",
        lang="en",
        intent="payment_sent",
        client="outlook_html",
        when="2027-06-14 10:05 +0100",
        name="Gillian Marr",
        addr="g.marr@wealdfarmers.example",
        inv="VAS-41902",
        amount="2706.10",
        cur="GBP",
        text="Good morning,\n\nBoth of the invoices on your reminder (VAS-41902 and VAS-41955) went out in our BACS run on Friday 11 June, £4,218.60 in total. Our remittance reference is WFC-BACS-0611-077. It can take up to three working days to show on your side.\n\nRegards,\n\nGillian Marr\nFinance Officer\nWeald Farmers' Cooperative Ltd\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Weald Farmers' Cooperative Ltd is registered in England and Wales.",
        truth=Truth(
            paid="2027-06-11",
            ref="WFC-BACS-0611-077",
            amount="4218.60",
            cur="GBP",
            refs=("VAS-41902", "VAS-41955"),
            note="cooperative's BACS run; the amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-en-exact",
        lang="en",
        intent="payment_sent",
        client="none",
        when="2027-06-18 06:02 +0100",
        name="Exact Online – Kilbrack Co-operative Creamery",
        addr="noreply@payments.kilbrack.example",
        inv="VAS-42017",
        amount="1520.00",
        threaded=False,
        subject="Payment advice 2027-0618-3341 – Kilbrack Co-operative Creamery Ltd",
        extra=(("Auto-Submitted", "auto-generated"),),
        text="PAYMENT ADVICE\n\nPayer: Kilbrack Co-operative Creamery Ltd\nPayee: Veldhuis Agricultural Supplies B.V.\nPayment date: 18-06-2027\nPayment method: SEPA credit transfer\nRemittance number: 2027-0618-3341\n\nInvoice      Invoice date   Amount (EUR)\nVAS-42017    12-05-2027         1,520.00\nVAS-42031    19-05-2027         1,424.10\nTotal paid                      2,944.10\n\nThis advice was generated automatically by Exact Online. Please do not reply to this message. Queries about this payment: accounts.payable@kilbrack.example",
        truth=Truth(
            paid="2027-06-18",
            ref="2027-0618-3341",
            amount="2944.10",
            cur="EUR",
            refs=("VAS-42017", "VAS-42031"),
            note="AP-system payment advice with Auto-Submitted: auto-generated is payment_sent, not auto_reply; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-de-ueberwiesen",
        lang="de",
        intent="payment_sent",
        client="outlook",
        when="2027-06-10 14:21 +0200",
        name="Sabine Krämer",
        addr="s.kraemer@agrar-kraemer.example",
        inv="VAS-41877",
        amount="1306.45",
        charset="windows-1252",
        text="Sehr geehrte Damen und Herren,\n\ndie Rechnung VAS-41877 über 1.306,45 € haben wir bereits am 09.06.2027 von unserem Konto bei der Volksbank überwiesen. Als Verwendungszweck ist „VAS-41877 Kd.-Nr. 20334“ angegeben.\n\nBitte prüfen Sie den Zahlungseingang.\n\nMit freundlichen Grüßen\n\nSabine Krämer\nBüro / Buchhaltung\nAgrarbetrieb Krämer GbR\nDorfstraße 12 · 49999 Kleinenkamp",
        truth=Truth(
            paid="2027-06-09",
            amount="1306.45",
            cur="EUR",
            refs=("VAS-41877",),
            note="windows-1252 Outlook message",
        ),
    ),
    Reply(
        key="ps-de-gestern",
        lang="de",
        intent="payment_sent",
        client="gmail_plain",
        rlang="nl",
        when="2027-06-22 21:17 +0200",
        name="Heiner Oltmanns",
        addr="heiner@hof-oltmanns.example",
        inv="VAS-41966",
        amount="734.80",
        text="Moin,\n\nhab das gestern schon angewiesen, müsste morgen oder übermorgen bei euch drauf sein. Sorry für die Verspätung, war viel los mit dem ersten Schnitt.\n\nGruß Heiner",
        truth=Truth(
            paid="2027-06-21",
            note="'gestern angewiesen' → the day before the message; German reply to a Dutch reminder",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        lang="fr",
        intent="payment_sent",
        client="apple",
        when="2027-06-15 11:48 +0200",
        name="Claire Bruneau",
        addr="claire@domaine-bruneau.example",
        inv="VAS-41913",
        amount="2387.50",
        text="Bonjour,\n\nLe virement de 2 387,50 € a été passé ce matin, référence VIR-DBRU-0615. Vous devriez le recevoir d'ici 48 heures.\n\nBien à vous,\n\nClaire Bruneau\nDomaine Bruneau – Vignerons depuis 1921",
        truth=Truth(paid="2027-06-15", ref="VIR-DBRU-0615", amount="2387.50", cur="EUR"),
    ),
    Reply(
        key="ps-fr-cheque",
        lang="fr",
        intent="payment_sent",
        client="iphone",
        when="2027-06-24 07:12 +0200",
        name="Jérôme Vasseur",
        addr="jerome@earl-vasseur.example",
        inv="VAS-41972",
        amount="318.00",
        text="c fait, cheque posté lundi pour les 2 factures",
        truth=Truth(
            paid="2027-06-21",
            note="phone shorthand without accents; 'posté lundi' is the Monday before the message",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        lang="es",
        intent="payment_sent",
        client="outlook_html",
        when="2027-06-17 12:30 +0200",
        name="Marta Iglesias Peña",
        addr="administracion@coopcampodetoro.example",
        inv="VAS-41990",
        amount="876.30",
        attach="justificante_transferencia_VAS-41990.pdf",
        text="Buenos días:\n\nLes informamos de que con fecha 16/06/2027 hemos ordenado la transferencia correspondiente a la factura VAS-41990, por importe de 876,30 €. Les adjuntamos el justificante bancario.\n\nUn saludo,\n\nMarta Iglesias Peña\nDepartamento de Administración\nCooperativa Agraria Campo de Toro, S. Coop.\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado.",
        truth=Truth(
            paid="2027-06-16",
            amount="876.30",
            cur="EUR",
            refs=("VAS-41990",),
            note="PDF proof attached (multipart/mixed)",
        ),
    ),
    Reply(
        key="ps-es-hecho",
        lang="es",
        intent="payment_sent",
        client="gmail_plain",
        when="2027-06-30 20:05 +0200",
        name="Paco Ruiz",
        addr="pacoruiz.finca@gmail.com",
        inv="VAS-42036",
        amount="255.40",
        text="Hecho 👍",
        truth=Truth(note="'hecho' in answer to a payment reminder means paid; no date"),
    ),
    Reply(
        key="ps-nl-vanochtend",
        lang="nl",
        intent="payment_sent",
        client="android",
        when="2027-06-11 06:47 +0200",
        name="Henk Bosman",
        addr="henk@melkveebedrijfbosman.example",
        inv="VAS-41881",
        amount="612.40",
        text="Is vanochtend overgemaakt, €612,40. Excuus, was het vergeten.\nGr Henk",
        truth=Truth(paid="2027-06-11", amount="612.40", cur="EUR"),
    ),
    Reply(
        key="ps-nl-afas",
        lang="nl",
        intent="payment_sent",
        client="none_html",
        when="2027-06-23 05:30 +0200",
        name="AFAS Betaaladvies – Tuinbouwcoöperatie Westland-Oost",
        addr="no-reply@afas.tcwo.example",
        inv="VAS-42008",
        amount="1980.00",
        threaded=False,
        subject="Betaaladvies 23-06-2027 – Tuinbouwcoöperatie Westland-Oost U.A.",
        extra=(("Auto-Submitted", "auto-generated"),),
        text="Betaaladvies\n\nGeachte relatie,\n\nHierbij informeren wij u dat de onderstaande facturen op 23-06-2027 aan u zijn betaald.\n\nBetalingskenmerk: 1000 4471 2290 8812\nFactuur VAS-42008 — € 1.980,00\nFactuur VAS-42026 — € 1.170,00\nTotaal betaald: € 3.150,00\n\nDit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u richten aan crediteuren@tcwo.example.",
        truth=Truth(
            paid="2027-06-23",
            ref="1000 4471 2290 8812",
            amount="3150.00",
            cur="EUR",
            refs=("VAS-42008", "VAS-42026"),
            note="AFAS payment advice, HTML only, Auto-Submitted: auto-generated; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-it-bonifico",
        lang="it",
        intent="payment_sent",
        client="thunderbird",
        when="2027-06-29 09:55 +0200",
        name="Giulia Ferraris",
        addr="amministrazione@aziendaagricolaferraris.example",
        inv="VAS-42044",
        amount="1148.00",
        charset="iso-8859-1",
        cte="8bit",
        text="Buongiorno,\n\nvi confermo che il bonifico per la fattura VAS-42044 è stato disposto venerdì scorso, importo 1.148,00 euro, CRO 0306 9123 4501 2277.\n\nCordiali saluti\nGiulia Ferraris\nAzienda Agricola Ferraris - Amministrazione",
        truth=Truth(
            paid="2027-06-25",
            ref="0306 9123 4501 2277",
            amount="1148.00",
            cur="EUR",
            refs=("VAS-42044",),
            note="'venerdì scorso' → Fri 25 Jun; bottom-posted ISO-8859-1 8bit",
        ),
    ),
)

PROMISE = (
    Reply(
        key="pp-en-chequerun",
        lang="en",
        intent="promise_to_pay",
        client="outlook",
        when="2027-06-08 09:31 +0100",
        name="Linda Shaw",
        addr="office@highcroftfarm.example",
        inv="VAS-41840",
        amount="1090.00",
        cur="GBP",
        text="Hi,\n\nSorry about this one, it got missed. I'll put it through with Friday's cheque run and post it the same day.\n\nThanks,\nLinda\n\nLinda Shaw | Farm Secretary\nHighcroft Farm Partnership",
        truth=Truth(promised="2027-06-11", note="'Friday's cheque run' after Tue 8 Jun"),
    ),
    Reply(
        key="pp-en-wire",
        lang="en",
        intent="promise_to_pay",
        client="gmail",
        when="2027-06-13 22:40 -0700",
        name="Dana Whitlock",
        addr="dana@ridgecrestcellars.example",
        inv="VAS-41968",
        amount="5120.00",
        text="Hi there,\n\nApologies for the delay. Our AP team approved VAS-41968 last week and scheduled the international wire for Monday. You should see it in your account by mid-week, depending on the intermediary bank.\n\nBest,\nDana Whitlock\nOperations Manager, Ridgecrest Cellars\nDundee, Oregon",
        truth=Truth(
            promised="2027-06-14",
            refs=("VAS-41968",),
            note="past-tense 'approved … scheduled' announces a future wire; 'Monday' resolved in the sender's Pacific time (Sun 13 Jun local, already Mon 14 Jun in Europe)",
        ),
    ),
    Reply(
        key="pp-en-ooo-human",
        lang="en",
        intent="promise_to_pay",
        client="iphone",
        when="2027-06-16 13:02 +0100",
        name="Rob Keddie",
        addr="rob@keddielivestock.example",
        inv="VAS-41930",
        amount="1432.60",
        cur="GBP",
        subject="Out of office",
        text="I'm out of the office at the Great Yorkshire Show all week and haven't got the cheque book with me. I'll sort this the minute I'm back on Monday 21st, promise.\n\nRob",
        truth=Truth(
            promised="2027-06-21",
            note="a person writing, despite the 'Out of office' subject and no Auto-Submitted: promise for the day he is back",
        ),
    ),
    Reply(
        key="pp-de-kw26",
        lang="de",
        intent="promise_to_pay",
        client="outlook_html",
        when="2027-06-16 10:12 +0200",
        name="Katrin Wessels",
        addr="k.wessels@gut-wessels.example",
        inv="VAS-41920",
        amount="4875.00",
        text="Guten Tag,\n\nvielen Dank für die Erinnerung. Die Rechnung VAS-41920 ist freigegeben und wird mit unserem Zahlungslauf in KW 26 beglichen.\n\nMit freundlichen Grüßen\nKatrin Wessels\nVerwaltung\n\nGut Wessels GmbH & Co. KG · Sitz: Wesselshagen · Registergericht: Amtsgericht Nordstadt HRA 0000 · Geschäftsführer: Jan Wessels",
        truth=Truth(
            promised="2027-06-28",
            refs=("VAS-41920",),
            note="'in KW 26' → Monday of ISO week 26 (28 Jun), as 'next week' → its Monday; 'ist freigegeben' is not a payment",
        ),
    ),
    Reply(
        key="pp-de-monatsende",
        lang="de",
        intent="promise_to_pay",
        client="gmail_plain",
        when="2027-06-09 18:20 +0200",
        name="Uwe Brandt",
        addr="uwe@landwirtschaft-brandt.example",
        inv="VAS-41886",
        amount="689.90",
        text="Hallo,\n\nich überweise das bis Ende des Monats, vorher geht es leider nicht, das Milchgeld kommt erst am 25.\n\nMfG\nUwe Brandt",
        truth=Truth(
            promised="2027-06-30",
            note="'bis Ende des Monats' → 30 Jun; the 25th is when the milk money arrives, not the promise",
        ),
    ),
    Reply(
        key="pp-fr-mijuillet",
        lang="fr",
        intent="promise_to_pay",
        client="outlook",
        when="2027-06-21 15:40 +0200",
        name="Sylvie Marchand",
        addr="s.marchand@cavap-loire.example",
        inv="VAS-41936",
        amount="3642.15",
        charset="iso-8859-1",
        text="Bonjour,\n\nNous avons bien noté votre relance. La facture VAS-41936 sera réglée mi-juillet, avec notre prochaine campagne de paiements fournisseurs.\n\nCordialement,\n\nSylvie Marchand\nComptable - CAVAP Loire (Coopérative agricole)\nTél. 02 41 00 00 00",
        truth=Truth(
            promised="2027-07-15", refs=("VAS-41936",), note="'mi-juillet' → 15 Jul; ISO-8859-1"
        ),
    ),
    Reply(
        key="pp-fr-jeudi",
        lang="fr",
        intent="promise_to_pay",
        client="gmail",
        when="2027-06-11 19:05 +0200",
        name="Thomas Aubry",
        addr="thomas.aubry.maraicher@gmail.com",
        inv="VAS-41894",
        amount="527.30",
        text="Bonsoir,\n\nOui je sais, désolé. Je vous règle ça jeudi prochain, je passe à la banque de toute façon.\n\nThomas\nLes Jardins d'Aubry – maraîchage bio",
        truth=Truth(
            promised="2027-06-17", note="'jeudi prochain' written on Fri 11 Jun → Thu 17 Jun"
        ),
    ),
    Reply(
        key="pp-es-lunes",
        lang="es",
        intent="promise_to_pay",
        client="iphone",
        when="2027-06-10 08:15 +0200",
        name="Antonio Gil",
        addr="antonio@granjagil.example",
        inv="VAS-41890",
        amount="940.00",
        text="Perdón, se me pasó. Lo pago el lunes sin falta.",
        truth=Truth(promised="2027-06-14"),
    ),
    Reply(
        key="pp-es-remesa",
        lang="es",
        intent="promise_to_pay",
        client="outlook_html",
        when="2027-06-08 11:27 +0200",
        name="Lucía Marín",
        addr="contabilidad@sat-vegasaltas.example",
        inv="VAS-41884",
        amount="2318.70",
        text="Buenos días,\n\nLa factura VAS-41884 ya está contabilizada y se incluirá en la remesa de pagos del día 25 de este mes.\n\nSaludos cordiales,\n\nLucía Marín\nContabilidad · SAT Vegas Altas\n\nEste correo electrónico y, en su caso, cualquier fichero anexo al mismo contiene información de carácter confidencial dirigida exclusivamente a su destinatario.",
        truth=Truth(promised="2027-06-25", refs=("VAS-41884",)),
    ),
    Reply(
        key="pp-nl-betaalrun",
        lang="nl",
        intent="promise_to_pay",
        client="gmail",
        when="2027-06-28 16:44 +0200",
        name="Marieke de Vries",
        addr="administratie@maatschapdevries.example",
        inv="VAS-42012",
        amount="1265.00",
        text="Goedemiddag,\n\nExcuus, de factuur lag nog op de stapel. Hij gaat mee in de betaalrun van donderdag a.s.\n\nMet vriendelijke groet,\nMarieke de Vries\nMaatschap De Vries – melkveehouderij",
        truth=Truth(promised="2027-07-01", note="'donderdag a.s.' after Mon 28 Jun"),
    ),
    Reply(
        key="pp-nl-oogst",
        lang="nl",
        intent="promise_to_pay",
        client="outlook",
        when="2027-07-01 12:10 +0200",
        name="Gerrit Jan Haverkamp",
        addr="gj@haverkamp-akkerbouw.example",
        inv="VAS-42047",
        amount="2980.40",
        text="Hallo,\n\nNa de oogst betaal ik de openstaande facturen in één keer. De gerst staat er goed bij, dus dat komt wel goed.\n\nGroeten,\nGerrit Jan",
        truth=Truth(note="'na de oogst' cannot be pinned to a day: a promise without a date"),
    ),
    Reply(
        key="pp-it-venerdi",
        lang="it",
        intent="promise_to_pay",
        client="outlook_html",
        when="2027-06-07 17:35 +0200",
        name="Paolo Benedetti",
        addr="p.benedetti@maneggioilcastagno.example",
        inv="VAS-41860",
        amount="598.00",
        text="Buonasera,\n\nmi scuso per il ritardo. Provvederemo al saldo della fattura VAS-41860 entro venerdì.\n\nCordiali saluti\n\nPaolo Benedetti\nCentro Ippico Il Castagno ASD\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.",
        truth=Truth(promised="2027-06-11", refs=("VAS-41860",)),
    ),
)

DISPUTE = (
    Reply(
        key="d-en-notpaid",
        lang="en",
        intent="dispute",
        client="outlook_html",
        when="2027-06-08 16:02 +0100",
        name="Mark Ellison",
        addr="mark@ellisondairies.example",
        inv="VAS-41851",
        amount="1184.00",
        cur="GBP",
        text="Hello,\n\nTo be clear: we have NOT paid VAS-41851 because the goods never arrived. The 40 bags of dairy nuts on delivery note DN-77310 were never delivered to our yard. Nobody here signed for them and your driver didn't ring.\n\nPlease cancel the invoice or tell me where the feed went.\n\nMark Ellison\nEllison Dairies",
        truth=Truth(
            refs=("VAS-41851",), note="negated payment with the reason: goods not received"
        ),
    ),
    Reply(
        key="d-en-netting",
        lang="en",
        intent="dispute",
        client="inline",
        when="2027-06-15 09:40 +0100",
        name="Fiona Baird",
        addr="accounts@bairdmains.example",
        inv="VAS-41866",
        amount="812.40",
        cur="GBP",
        text="[[Q1]]\n\n41850 was paid on 2 June, please check again.\n\nVAS-41866 is wrong though. You've charged the 12 rolls of stock netting at list price; Andy agreed £38.50 a roll with us at the open day. Send a credit note for the difference and we'll pay the corrected amount.\n\n[[Q2]]\n\nFiona Baird\nBairdmains Farm",
        truth=Truth(
            refs=("VAS-41850", "VAS-41866"),
            note="inline reply; one invoice said to be paid, the other disputed: dispute wins; '41850' normalised",
        ),
    ),
    Reply(
        key="d-en-haylage",
        lang="en",
        intent="dispute",
        client="iphone",
        when="2027-06-22 20:14 +0100",
        name="Hannah Pryor",
        addr="hannah@oakleyeventing.example",
        inv="VAS-41963",
        amount="1350.00",
        cur="GBP",
        text="Seriously?? Half that haylage was mouldy, I've already told your rep twice. It went on the muck heap. I'm not paying for 30 bales of rubbish until someone comes out and looks at what's left.\n\nH",
        truth=Truth(note="spoiled goods, irritated; payment withheld until inspected"),
    ),
    Reply(
        key="d-de-spritzung",
        lang="de",
        intent="dispute",
        client="outlook",
        when="2027-06-14 11:25 +0200",
        name="Jörg Hemmer",
        addr="j.hemmer@ackerbau-hemmer.example",
        inv="VAS-41931",
        amount="706.80",
        charset="iso-8859-1",
        cte="8bit",
        text="Guten Tag,\n\ndie in Rechnung VAS-41931 berechnete Pflanzenschutzmaßnahme auf Schlag 7 (Weizen, 12,4 ha) wurde nicht durchgeführt. Ihr Fahrer war am 27.05. zwar auf dem Hof, hat wegen Wind aber abgebrochen und ist nicht wiedergekommen. Wir haben die Fläche dann selbst gespritzt.\n\nBitte stornieren Sie die Rechnung.\n\nMit freundlichen Grüßen\nJörg Hemmer\nAckerbau Hemmer",
        truth=Truth(refs=("VAS-41931",), note="contract spraying not done"),
    ),
    Reply(
        key="d-de-doppelt",
        lang="de",
        intent="dispute",
        client="thunderbird",
        when="2027-06-25 08:50 +0200",
        name="Petra Schulze-Börger",
        addr="buchhaltung@reitanlage-schulze.example",
        inv="VAS-41941",
        amount="466.00",
        text="Hallo,\n\ndie Rechnung VAS-41941 ist identisch mit VAS-41940 (gleiche Lieferung Einstreu vom 18.05., gleicher Betrag). Die VAS-41940 haben wir bezahlt, die 41941 ist also doppelt und wird von uns nicht beglichen.\n\nViele Grüße\nPetra Schulze-Börger\nReitanlage Schulze",
        truth=Truth(
            refs=("VAS-41941", "VAS-41940"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
    ),
    Reply(
        key="d-fr-commande",
        lang="fr",
        intent="dispute",
        client="outlook_html",
        when="2027-06-09 10:18 +0200",
        name="Nathalie Perrin",
        addr="compta@coop-valdesaone.example",
        inv="VAS-41883",
        amount="1912.00",
        text="Bonjour,\n\nLa facture VAS-41883 ne correspond à aucune de nos commandes : le bon de commande indiqué (BC 2027-0188) n'est pas un numéro de notre coopérative, et nous n'avons jamais commandé de rouleaux de clôture électrique.\n\nMerci de vérifier auprès de votre service commercial ; nous ne pouvons pas régler cette facture en l'état.\n\nCordialement,\n\nNathalie Perrin\nService comptabilité – Coopérative agricole du Val de Saône",
        truth=Truth(refs=("VAS-41883",), note="not our purchase order"),
    ),
    Reply(
        key="d-fr-avoir",
        lang="fr",
        intent="dispute",
        client="gmail",
        when="2027-06-18 13:33 +0200",
        name="Élodie Roux",
        addr="elodie@jardinsdubreuil.example",
        inv="VAS-41948",
        amount="1044.00",
        text="Bonjour,\n\nJe ne comprends pas cette relance. Votre commercial nous avait fait un avoir de 312 € pour les semences de carottes qui n'ont pas levé (lot 4417), et il n'apparaît nulle part. Le solde que vous nous réclamez est donc faux.\n\nPouvez-vous corriger ?\n\nÉlodie Roux\nLes Jardins du Breuil",
        truth=Truth(note="credit note agreed but not applied"),
    ),
    Reply(
        key="d-es-sacos",
        lang="es",
        intent="dispute",
        client="gmail_plain",
        when="2027-06-10 17:02 +0200",
        name="Jesús Andrade",
        addr="jandrade@agropecuariaandrade.example",
        inv="VAS-41895",
        amount="1530.00",
        text="Buenas tardes:\n\nEn la factura VAS-41895 nos cobran 30 sacos de abono NPK 15-15-15 y solo recibimos 20, como consta en el albarán firmado por nuestro encargado. Quedamos a la espera de la factura rectificativa para pagar.\n\nAtentamente,\nJesús Andrade",
        truth=Truth(
            refs=("VAS-41895",), note="short delivery; the corrected-invoice request is secondary"
        ),
    ),
    Reply(
        key="d-es-empacadora",
        lang="es",
        intent="dispute",
        client="iphone",
        when="2027-06-29 22:48 +0200",
        name="Rocío",
        addr="rocio.fincalaencina@gmail.com",
        inv="VAS-42021",
        amount="684.25",
        text="no vamos a pagar nada hasta q nos cambien la pieza de la empacadora q vino rota, llevo 3 semanas esperando y nadie me llama",
        truth=Truth(
            note="'we won't pay until the broken part is replaced'; no accents, abbreviations"
        ),
    ),
    Reply(
        key="d-nl-hekken",
        lang="nl",
        intent="dispute",
        client="outlook",
        when="2027-06-17 14:06 +0200",
        name="Wim Jansen",
        addr="wim@paardenhouderijjansen.example",
        inv="VAS-41947",
        amount="895.00",
        text="Goedemiddag,\n\nVan de vijf weidepoorten op factuur VAS-41947 zijn er drie krom aangekomen. De chauffeur heeft er foto's van. Die drie betaal ik niet zolang ze niet vervangen zijn.\n\nMet vriendelijke groet,\nWim Jansen",
        truth=Truth(refs=("VAS-41947",), note="damaged goods"),
    ),
    Reply(
        key="d-it-prezzo",
        lang="it",
        intent="dispute",
        client="outlook_html",
        when="2027-06-11 12:12 +0200",
        name="Francesca Moretti",
        addr="amministrazione@cantinacolleverde.example",
        inv="VAS-41909",
        amount="2160.00",
        text="Buongiorno,\n\nnella fattura VAS-41909 il solfato di rame è fatturato a 4,80 €/kg, mentre il prezzo concordato nel contratto annuale è di 3,95 €/kg. Vi chiediamo di emettere una nota di credito per la differenza; nel frattempo la fattura resta sospesa.\n\nDistinti saluti\nFrancesca Moretti\nCantina Colle Verde Soc. Agr.",
        truth=Truth(refs=("VAS-41909",), note="contract price dispute"),
    ),
    Reply(
        key="d-it-trattamento",
        lang="it",
        intent="dispute",
        client="gmail",
        when="2027-06-23 18:30 +0200",
        name="Luca Pagani",
        addr="luca.pagani.agri@gmail.com",
        inv="VAS-41977",
        amount="390.00",
        text="Salve,\n\nil trattamento fitosanitario che ci avete fatturato non è mai stato fatto: il vostro operatore è venuto il 3 giugno, ha detto che c'era troppo vento e non si è più visto. Non pago un servizio che non ho ricevuto.\n\nLuca Pagani",
        truth=Truth(note="service not performed"),
    ),
)

PLAN = (
    Reply(
        key="pl-en-ramble",
        lang="en",
        intent="payment_plan",
        client="gmail",
        when="2027-06-10 21:55 +0100",
        name="Gareth Pugh",
        addr="gareth@pentrefarm.example",
        inv="VAS-41875",
        amount="3460.00",
        cur="GBP",
        text="Evening,\n\nSorry I've been slow replying, it's been a hell of a few months here. We had the TB test in March and lost eleven cows as reactors, then the milk buyer cut the price again in May and the silage contractor let us down, so the first cut went in late and wet. My wife's been doing the books since Dad's knee op and things have slipped, I won't pretend otherwise. The parlour vacuum pump packed in last week as well, which was another £900 I didn't have.\n\nAnyway, the point is I can't clear the whole £3,460 in one go. Could we split it into three, one at the end of this month, one end of July and one end of August? I'd rather do that than leave it hanging.\n\nCheers,\nGareth Pugh\nPentre Farm",
        truth=Truth(
            note="long hardship story; the instalment request is buried near the end; plan dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-grant",
        lang="en",
        intent="payment_plan",
        client="outlook",
        when="2027-06-24 11:40 +0100",
        name="Andrew Coles",
        addr="andrew@colesgrowers.example",
        inv="VAS-41981",
        amount="2875.00",
        cur="GBP",
        text="Hi,\n\nWe can pay £500 now. Could we hold off on the rest until the grant comes through? We're waiting on the capital grant for the new polytunnels, which the RPA says should be paid over the summer.\n\nRegards,\nAndrew Coles\nColes Growers Ltd",
        truth=Truth(
            note="part now, the rest 'once the grant comes through': payment_plan, no date"
        ),
    ),
    Reply(
        key="pl-en-weekortwo",
        lang="en",
        intent="payment_plan",
        client="iphone",
        when="2027-07-02 07:58 +0100",
        name="Sue Hargreaves",
        addr="sue.hargreaves@gmail.com",
        inv="VAS-42055",
        amount="418.60",
        cur="GBP",
        text="Could you give me a week or two? Things are tight till the lambs go.",
        truth=Truth(
            note="asks for more time: payment_plan, not a promise; 'a week or two' is a request"
        ),
    ),
    Reply(
        key="pl-de-sommerferien",
        lang="de",
        intent="payment_plan",
        client="outlook_html",
        when="2027-06-15 09:05 +0200",
        name="Martina Lübbers",
        addr="m.luebbers@gemuesebau-luebbers.example",
        inv="VAS-41928",
        amount="3924.00",
        text="Guten Morgen,\n\ndie Rechnung VAS-41928 können wir derzeit nicht in einer Summe bezahlen. Wir würden gern die Hälfte jetzt überweisen und den Rest nach den Sommerferien, wenn die Saisonkräfte abgerechnet sind. Wäre das für Sie in Ordnung?\n\nFreundliche Grüße\nMartina Lübbers\nGemüsebau Lübbers",
        truth=Truth(
            refs=("VAS-41928",), note="half now, the rest 'nach den Sommerferien': payment_plan"
        ),
    ),
    Reply(
        key="pl-de-hagel",
        lang="de",
        intent="payment_plan",
        client="gmail_plain",
        when="2027-06-30 13:14 +0200",
        name="Bernd Hallermann",
        addr="bernd.hallermann@gmail.com",
        inv="VAS-42033",
        amount="2210.00",
        text="Hallo zusammen,\n\nnach dem Hagel am 19. Juni ist bei uns gut die Hälfte vom Raps kaputt, und die Versicherung lässt sich Zeit. Ich bitte um Stundung bis Ende September, dann zahle ich alles auf einmal.\n\nGruß\nBernd Hallermann",
        truth=Truth(
            note="hardship and a request for deferral; the end-of-September date is asked for, not promised"
        ),
    ),
    Reply(
        key="pl-fr-mensualites",
        lang="fr",
        intent="payment_plan",
        client="outlook",
        when="2027-06-17 16:20 +0200",
        name="Bernard Lefèvre",
        addr="b.lefevre@gaec-lesprairies.example",
        inv="VAS-41952",
        amount="2160.00",
        charset="windows-1252",
        text="Bonjour,\n\nSuite à votre relance, nous vous proposons un règlement en 4 mensualités de 540 € à partir du 5 juillet. La trésorerie du GAEC est très tendue depuis la baisse du prix du lait.\n\nMerci de nous confirmer votre accord.\n\nCordialement,\nBernard Lefèvre\nGAEC des Prairies",
        truth=Truth(
            note="instalment proposal; plan dates and amounts are not labelled; windows-1252"
        ),
    ),
    Reply(
        key="pl-es-plazos",
        lang="es",
        intent="payment_plan",
        client="owa",
        when="2027-06-21 10:37 +0200",
        name="Carmen Ortega",
        addr="c.ortega@hortalizasortega.example",
        inv="VAS-41962",
        amount="1875.00",
        text="Buenos días:\n\n¿Sería posible fraccionar el importe de la factura VAS-41962 en tres plazos mensuales? La campaña se ha retrasado por las lluvias de mayo y no tendremos ingresos hasta julio.\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\nCarmen Ortega\nHortalizas Ortega S.L.",
        truth=Truth(refs=("VAS-41962",)),
    ),
    Reply(
        key="pl-es-sequia",
        lang="es",
        intent="payment_plan",
        client="android",
        when="2027-06-14 19:52 +0200",
        name="Manuel Sáez",
        addr="manuel@olivaressaez.example",
        inv="VAS-41918",
        amount="1320.00",
        text="Hola, con la sequía este año vamos muy justos. Os pido un poco más de margen: si os parece, pago la mitad este mes y la otra mitad en agosto. Gracias",
        truth=Truth(note="half this month, half in August: payment_plan"),
    ),
    Reply(
        key="pl-nl-termijnen",
        lang="nl",
        intent="payment_plan",
        client="gmail",
        when="2027-06-09 21:03 +0200",
        name="Jan Hoekstra",
        addr="jan@hoekstramelkvee.example",
        inv="VAS-41879",
        amount="2745.00",
        text="Goedenavond,\n\nMet de lage melkprijs lukt het me niet om dit bedrag in één keer te betalen. Kunnen we het in drie termijnen doen? De eerste betaal ik dan deze maand nog.\n\nGroet,\nJan Hoekstra",
        truth=Truth(),
    ),
    Reply(
        key="pl-nl-deelbetaling",
        lang="nl",
        intent="payment_plan",
        client="thunderbird",
        when="2027-06-25 10:20 +0200",
        name="Ria Verbeek",
        addr="ria@kwekerijverbeek.example",
        inv="VAS-41975",
        amount="3180.00",
        text="Beste mensen,\n\nWij stellen voor om nu € 1.000 over te maken en het restant van factuur VAS-41975 in twee delen te betalen, in juli en augustus. Het voorjaar was voor de kwekerij erg slecht.\n\nGraag hoor ik of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\nRia Verbeek\nKwekerij Verbeek",
        truth=Truth(refs=("VAS-41975",), note="part payment proposed, not made"),
    ),
    Reply(
        key="pl-it-grandine",
        lang="it",
        intent="payment_plan",
        client="iphone",
        when="2027-06-18 20:41 +0200",
        name="Sandro Lazzari",
        addr="sandro.lazzari@gmail.com",
        inv="VAS-41959",
        amount="1688.00",
        text="Buonasera, con la grandinata della settimana scorsa abbiamo perso mezza vendemmia. Vi chiedo una dilazione, almeno fino a ottobre. Grazie per la comprensione",
        truth=Truth(note="hardship and a deferral request"),
    ),
    Reply(
        key="pl-it-rate",
        lang="it",
        intent="payment_plan",
        client="outlook",
        when="2027-06-28 11:08 +0200",
        name="Roberta Gatti",
        addr="amministrazione@coopagricolavalnure.example",
        inv="VAS-41988",
        amount="4230.00",
        text="Buongiorno,\n\nin riferimento al vostro sollecito, vi chiediamo se è possibile rateizzare l'importo della fattura VAS-41988 in tre rate mensili a partire da luglio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nRoberta Gatti\nUfficio amministrativo\nCooperativa Agricola Val Nure",
        truth=Truth(refs=("VAS-41988",)),
    ),
)

INVOICE_REQUEST = (
    Reply(
        key="ir-en-resend",
        lang="en",
        intent="invoice_request",
        client="gmail",
        when="2027-06-07 13:20 +0100",
        name="Beth Corrigan",
        addr="beth@corriganorganics.example",
        inv="VAS-41828",
        amount="364.50",
        cur="GBP",
        text="Hi,\n\nI've never had this invoice through, either by post or email. Could you resend it please? Happy to pay once I can see what it's for.\n\nThanks,\nBeth",
        truth=Truth(
            note="never received, please resend; not contested, and paying 'once I see it' is no dated promise"
        ),
    ),
    Reply(
        key="ir-en-statement",
        lang="en",
        intent="invoice_request",
        client="outlook_html",
        when="2027-06-16 15:05 +0100",
        name="Priya Nair",
        addr="p.nair@eastmarchcoop.example",
        inv="VAS-41939",
        amount="6412.80",
        cur="GBP",
        text="Dear Accounts Receivable,\n\nWe are unable to reconcile your reminder with our ledger. Please send us a full statement of account for customer number 30418 from January to date, showing invoices, credit notes and payments received.\n\nKind regards,\n\nPriya Nair ACCA\nManagement Accountant\nEast March Farmers' Cooperative\n\nThis message is confidential and may be legally privileged. If you are not the intended recipient, please notify us and delete it.",
        truth=Truth(note="statement of account request"),
    ),
    Reply(
        key="ir-en-bankdetails",
        lang="en",
        intent="invoice_request",
        client="inline",
        when="2027-06-23 10:02 +0100",
        name="Ian Ferris",
        addr="ian@ferrisbrothers.example",
        inv="VAS-41969",
        amount="1776.00",
        cur="GBP",
        text="Morning,\n\n[[Q2]]\n\nOur bank flagged this IBAN as not matching the account name we hold for you. Before we pay anything, can you send your bank details on headed paper, signed, please? We'll also ring to confirm.\n\nIan Ferris\nFerris Brothers (Farming)",
        truth=Truth(note="inline reply; bank details requested before paying"),
    ),
    Reply(
        key="ir-de-bestellnr",
        lang="de",
        intent="invoice_request",
        client="outlook",
        when="2027-06-11 08:44 +0200",
        name="Anja Reuter",
        addr="rechnungseingang@agrargenossenschaft-elbaue.example",
        inv="VAS-41916",
        amount="5380.00",
        text="Sehr geehrte Damen und Herren,\n\ndie Rechnung VAS-41916 enthält nicht unsere Bestellnummer. Ohne Bestellnummer kann sie in unserem System nicht zur Zahlung freigegeben werden. Bitte senden Sie uns die Rechnung mit der Bestellnummer BE-2027-0412 erneut zu.\n\nMit freundlichen Grüßen\ni. A. Anja Reuter\nRechnungsprüfung\nAgrargenossenschaft Elbaue eG",
        truth=Truth(refs=("VAS-41916",), note="reissue with a PO number; amount not contested"),
    ),
    Reply(
        key="ir-de-wofuer",
        lang="de",
        intent="invoice_request",
        client="iphone",
        when="2027-06-19 09:12 +0200",
        name="Tobias Ahrens",
        addr="tobias@ahrens-pferde.example",
        inv="VAS-41960",
        amount="238.00",
        text="Wofür ist die Rechnung genau? Finde nix dazu. Schicken Sie mir bitte den Lieferschein.",
        truth=Truth(note="asks what the charge is and for the delivery note"),
    ),
    Reply(
        key="ir-fr-duplicata",
        lang="fr",
        intent="invoice_request",
        client="owa",
        when="2027-06-14 14:30 +0200",
        name="Isabelle Garnier",
        addr="comptabilite@scea-garnier.example",
        inv="VAS-41925",
        amount="1467.00",
        text="Bonjour,\n\nMerci de nous adresser un duplicata de la facture VAS-41925 ainsi qu'un relevé de compte à jour ; nous n'avons pas trace de cette facture dans nos écritures.\n\nBien cordialement,\n\nIsabelle Garnier\nSCEA Garnier – Comptabilité",
        truth=Truth(refs=("VAS-41925",)),
    ),
    Reply(
        key="ir-fr-tva",
        lang="fr",
        intent="invoice_request",
        client="gmail",
        when="2027-06-28 11:16 +0200",
        name="Arnaud Petit",
        addr="arnaud.petit@earlpetit.example",
        inv="VAS-42014",
        amount="873.60",
        text="Bonjour,\n\nNotre expert-comptable nous demande une facture mentionnant notre numéro de TVA intracommunautaire (FR00 000000000). Pourriez-vous nous la renvoyer corrigée ? Le montant n'est pas en cause, nous réglerons dès réception.\n\nCordialement,\nArnaud Petit",
        truth=Truth(
            note="reissue with the VAT number; 'nous réglerons dès réception' depends on the new invoice"
        ),
    ),
    Reply(
        key="ir-es-cif",
        lang="es",
        intent="invoice_request",
        client="outlook",
        when="2027-06-22 12:55 +0200",
        name="Beatriz Navarro",
        addr="bnavarro@bodegasnavarrosierra.example",
        inv="VAS-41970",
        amount="2655.00",
        text="Buenos días:\n\nLa factura VAS-41970 está emitida con el CIF antiguo de la bodega. Necesitamos que nos la envíen de nuevo con el CIF B00000000; el importe es correcto.\n\nUn saludo,\nBeatriz Navarro\nAdministración – Bodegas Navarro Sierra",
        truth=Truth(
            refs=("VAS-41970",), note="reissue with the right tax ID; amount not contested"
        ),
    ),
    Reply(
        key="ir-nl-kopie",
        lang="nl",
        intent="invoice_request",
        client="outlook",
        when="2027-06-08 10:40 +0200",
        name="Petra van Dijk",
        addr="p.vandijk@akkerbouwvandijk.example",
        inv="VAS-41848",
        amount="1096.20",
        text="Goedemorgen,\n\nDeze factuur hebben wij nooit ontvangen. Kunt u ons een kopie sturen? Dan zorgen wij dat hij verwerkt wordt.\n\nMet vriendelijke groet,\nPetra van Dijk\nAkkerbouwbedrijf Van Dijk",
        truth=Truth(),
    ),
    Reply(
        key="ir-nl-overzicht",
        lang="nl",
        intent="invoice_request",
        client="gmail",
        when="2027-06-18 16:05 +0200",
        name="Kees Smit",
        addr="kees@bollenkwekerijsmit.example",
        inv="VAS-41957",
        amount="509.75",
        text="Hoi,\n\nKunnen jullie me een overzicht sturen van alles wat nog openstaat? Ik zie door de bomen het bos niet meer met al die losse facturen.\n\nKees",
        truth=Truth(note="statement of open items"),
    ),
    Reply(
        key="ir-it-sdi",
        lang="it",
        intent="invoice_request",
        client="outlook_html",
        when="2027-06-15 10:50 +0200",
        name="Elena Rinaldi",
        addr="e.rinaldi@agricolarinaldi.example",
        inv="VAS-41921",
        amount="1390.00",
        text="Buongiorno,\n\nla fattura VAS-41921 non ci è mai arrivata tramite il Sistema di Interscambio. Vi chiediamo di emetterla in formato elettronico indicando il nostro codice destinatario KRRH6B9, altrimenti non possiamo né registrarla né pagarla.\n\nCordiali saluti\nElena Rinaldi\nAzienda Agricola Rinaldi",
        truth=Truth(
            refs=("VAS-41921",), note="electronic invoice through SdI needed before paying"
        ),
    ),
    Reply(
        key="ir-it-iban",
        lang="it",
        intent="invoice_request",
        client="iphone",
        when="2027-07-01 19:30 +0200",
        name="Marco Fontana",
        addr="marco.fontana.agri@gmail.com",
        inv="VAS-42049",
        amount="287.00",
        text="Ciao, mi rimandate le coordinate bancarie? Non le trovo piu da nessuna parte",
        truth=Truth(note="bank details; missing accent"),
    ),
)

WRONG_CONTACT = (
    Reply(
        key="wc-en-left",
        lang="en",
        intent="wrong_contact",
        client="outlook",
        when="2027-06-09 12:12 +0100",
        name="Rachel Dunn",
        addr="rachel.dunn@hollinsfarm.example",
        inv="VAS-41864",
        amount="955.00",
        cur="GBP",
        text="Hello,\n\nI left Hollins Farm at the end of April so can't help with this, sorry. The accounts are now done by Jo Whitley – jo.whitley@hollinsfarm.example.\n\nRachel",
        truth=Truth(contact="jo.whitley@hollinsfarm.example"),
    ),
    Reply(
        key="wc-en-unmonitored",
        lang="en",
        intent="wrong_contact",
        client="none",
        when="2027-06-15 08:31 +0100",
        name="Thornbury Agricultural Co-op",
        addr="accounts@thornburyag.example",
        inv="VAS-41935",
        amount="2480.00",
        cur="GBP",
        subject="Automatic reply: Overdue reminder: invoice VAS-41935",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Thank you for your email.\n\nThis mailbox is no longer monitored. Supplier statements, invoices and remittance queries should now be sent to purchase.ledger@thornburyag.example.\n\nThornbury Agricultural Co-operative Society Ltd",
        truth=Truth(
            contact="purchase.ledger@thornburyag.example",
            note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-yard",
        lang="en",
        intent="wrong_contact",
        client="gmail",
        when="2027-06-29 14:45 +0100",
        name="Kirsty Rowe",
        addr="kirsty.rowe@gmail.com",
        inv="VAS-42024",
        amount="640.00",
        cur="GBP",
        extra=(("Cc", "Accounts@BrackenRidgeLivery.example"),),
        text="Hi,\n\nI'm the yard manager, not the owner – I don't deal with invoices. Please send anything to do with the account to Accounts@BrackenRidgeLivery.example (I've copied them in).\n\nKirsty",
        truth=Truth(
            contact="accounts@brackenridgelivery.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-de-steuerbuero",
        lang="de",
        intent="wrong_contact",
        client="outlook_html",
        when="2027-06-10 09:48 +0200",
        name="Frank Meyer",
        addr="info@milchhof-meyer.example",
        inv="VAS-41889",
        amount="1718.30",
        text="Guten Tag,\n\nfür Rechnungen und Zahlungen ist bei uns das Steuerbüro zuständig. Bitte wenden Sie sich direkt an Frau Köhler: koehler@stb-nordheide.example.\n\nMit freundlichen Grüßen\nFrank Meyer\nMilchhof Meyer",
        truth=Truth(contact="koehler@stb-nordheide.example"),
    ),
    Reply(
        key="wc-de-postfach",
        lang="de",
        intent="wrong_contact",
        client="none",
        when="2027-06-23 07:15 +0200",
        name="Weingut Schäfer",
        addr="buero@weingut-schaefer.example",
        inv="VAS-41983",
        amount="1214.00",
        subject="Automatische Antwort: Zahlungserinnerung: Rechnung VAS-41983",
        extra=(("X-Auto-Response-Suppress", "All"),),
        text="Guten Tag,\n\ndiese E-Mail-Adresse wird nicht mehr abgerufen, Ihre Nachricht wird nicht weitergeleitet.\n\nBitte senden Sie Rechnungen und Zahlungsanfragen künftig an: rechnungen@weingut-schaefer.example\n\nWeingut Schäfer · Moselweinstraße 4",
        truth=Truth(
            contact="rechnungen@weingut-schaefer.example",
            note="automatic 'address no longer read' notice without Auto-Submitted",
        ),
    ),
    Reply(
        key="wc-fr-tresorier",
        lang="fr",
        intent="wrong_contact",
        client="gmail",
        when="2027-06-16 18:22 +0200",
        name="Monique Fabre",
        addr="monique.fabre@gmail.com",
        inv="VAS-41950",
        amount="760.00",
        text="Bonjour,\n\nJe ne m'occupe plus de la comptabilité de la CUMA depuis l'assemblée générale de mars. Merci d'écrire désormais au nouveau trésorier, M. Rigal : tresorier@cuma-lesgranges.example\n\nBonne journée,\nMonique Fabre",
        truth=Truth(contact="tresorier@cuma-lesgranges.example"),
    ),
    Reply(
        key="wc-es-queseria",
        lang="es",
        intent="wrong_contact",
        client="outlook",
        when="2027-06-11 13:20 +0200",
        name="Ana Belén Castro",
        addr="abcastro@quesoslaveguilla.example",
        inv="VAS-41897",
        amount="1342.00",
        charset="iso-8859-1",
        text="Buenos días:\n\nYo ya no llevo las cuentas de la quesería. Les ruego que a partir de ahora se dirijan a administracion@quesoslaveguilla.example.\n\nSaludos,\nAna Belén Castro",
        truth=Truth(contact="administracion@quesoslaveguilla.example", note="ISO-8859-1"),
    ),
    Reply(
        key="wc-es-equivocado",
        lang="es",
        intent="wrong_contact",
        client="iphone",
        when="2027-06-26 11:03 +0200",
        name="Javier M. López",
        addr="javi.m.lopez@gmail.com",
        inv="VAS-41999",
        amount="455.00",
        text="Creo que se han equivocado de persona. No tengo ninguna granja y nunca les he comprado nada.",
        truth=Truth(note="wrong recipient altogether, no new address; not a dispute of the goods"),
    ),
    Reply(
        key="wc-nl-camping",
        lang="nl",
        intent="wrong_contact",
        client="outlook_html",
        when="2027-06-14 13:40 +0200",
        name="Bart Willemsen",
        addr="bart@melkveebedrijfwillemsen.example",
        inv="VAS-41933",
        amount="587.00",
        text="Goedemiddag,\n\nDit adres is van het melkveebedrijf. De factuur voor het hekwerk hoort bij de camping die mijn vrouw runt, daarvoor kunt u mailen naar info@campingdewilg.example.\n\nGroet,\nBart Willemsen",
        truth=Truth(contact="info@campingdewilg.example"),
    ),
    Reply(
        key="wc-nl-broer",
        lang="nl",
        intent="wrong_contact",
        client="gmail_plain",
        when="2027-07-02 09:25 +0200",
        name="Dirk Brouwer",
        addr="dirk.brouwer@brouwerakkerbouw.example",
        inv="VAS-42058",
        amount="1876.40",
        text="Goedemorgen,\n\nMijn vader heeft het bedrijf per 1 juni aan mijn broer overgedragen. Facturen en herinneringen graag voortaan naar Sander: sander@brouwerakkerbouw.example\n\nDirk",
        truth=Truth(contact="sander@brouwerakkerbouw.example"),
    ),
    Reply(
        key="wc-it-acquisti",
        lang="it",
        intent="wrong_contact",
        client="outlook",
        when="2027-06-08 15:18 +0200",
        name="Chiara Bianchi",
        addr="c.bianchi@caseificiovalsesia.example",
        inv="VAS-41846",
        amount="2034.00",
        text="Buongiorno,\n\nnon sono io la persona che si occupa dei pagamenti. Vi prego di scrivere alla sig.ra Ferrari dell'amministrazione: amministrazione@caseificiovalsesia.example.\n\nCordiali saluti\nChiara Bianchi\nUfficio acquisti",
        truth=Truth(contact="amministrazione@caseificiovalsesia.example"),
    ),
    Reply(
        key="wc-it-studio",
        lang="it",
        intent="wrong_contact",
        client="gmail",
        when="2027-06-21 17:10 +0200",
        name="Tenuta Valbruna",
        addr="info@tenutavalbruna.example",
        inv="VAS-41965",
        amount="3075.00",
        text="Buonasera,\n\nda quest'anno la contabilità della tenuta è seguita dallo Studio Bellini. Vi preghiamo di inviare fatture e solleciti a contabilita@studiobellini.example.\n\nGrazie,\nTenuta Valbruna",
        truth=Truth(contact="contabilita@studiobellini.example"),
    ),
)

UNSUBSCRIBE = (
    Reply(
        key="u-en-postonly",
        lang="en",
        intent="unsubscribe",
        client="gmail_plain",
        when="2027-06-08 20:30 +0100",
        name="Derek Holt",
        addr="derek.holt@gmail.com",
        inv="VAS-41843",
        amount="322.00",
        cur="GBP",
        text="Stop emailing me. I don't read email for the farm. Post only.\n\nD Holt",
        truth=Truth(note="post only"),
    ),
    Reply(
        key="u-en-solicitors",
        lang="en",
        intent="unsubscribe",
        client="outlook",
        when="2027-06-18 11:55 +0100",
        name="Martin Greaves",
        addr="mgreaves@greavesestates.example",
        inv="VAS-41954",
        amount="7340.00",
        cur="GBP",
        text="This matter is in the hands of our solicitors. Do not contact me or my staff directly again; any further correspondence must go through them.\n\nMartin Greaves\nDirector, Greaves Estates Ltd",
        truth=Truth(note="'talk to our lawyer' with no address"),
    ),
    Reply(
        key="u-en-caps",
        lang="en",
        intent="unsubscribe",
        client="iphone",
        when="2027-06-25 17:20 +0100",
        name="Paula Winter",
        addr="paula@winterbournestud.example",
        inv="VAS-41994",
        amount="1150.00",
        cur="GBP",
        text="TAKE ME OFF THIS LIST. I paid this last week!!",
        truth=Truth(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="u-de-verteiler",
        lang="de",
        intent="unsubscribe",
        client="outlook",
        when="2027-06-17 10:25 +0200",
        name="Helmut Stegemann",
        addr="h.stegemann@hof-stegemann.example",
        inv="VAS-41949",
        amount="1560.00",
        charset="iso-8859-1",
        text="Guten Tag,\n\nich möchte keine Mahnungen und Erinnerungen mehr per E-Mail erhalten. Bitte streichen Sie meine Adresse aus Ihrem Verteiler. Schriftverkehr bitte ausschließlich per Post an die Hofadresse.\n\nH. Stegemann",
        truth=Truth(note="remove me + post only; ISO-8859-1"),
    ),
    Reply(
        key="u-fr-courrier",
        lang="fr",
        intent="unsubscribe",
        client="gmail",
        when="2027-06-12 09:40 +0200",
        name="Gérard Mounier",
        addr="gerard.mounier@gmail.com",
        inv="VAS-41906",
        amount="284.00",
        text="Merci de ne plus m'envoyer de courriels, je ne les consulte pas. Envoyez-moi vos courriers par la poste comme avant.",
        truth=Truth(note="post only"),
    ),
    Reply(
        key="u-fr-avocat",
        lang="fr",
        intent="unsubscribe",
        client="outlook_html",
        when="2027-06-30 16:50 +0200",
        name="Pascale Renaud",
        addr="p.renaud@haras-renaud.example",
        inv="VAS-42029",
        amount="4860.00",
        text="Madame, Monsieur,\n\nNous vous informons que ce dossier est désormais suivi par notre avocat, Maître Dubreuil. Nous vous demandons de ne plus nous contacter directement et d'adresser toute correspondance à son cabinet.\n\nPascale Renaud\nHaras Renaud",
        truth=Truth(note="lawyer named without an address: unsubscribe"),
    ),
    Reply(
        key="u-es-correo",
        lang="es",
        intent="unsubscribe",
        client="iphone",
        when="2027-06-15 13:45 +0200",
        name="Pilar Sanz",
        addr="pilar.granja@gmail.com",
        inv="VAS-41942",
        amount="198.00",
        text="No me escriban más a este correo, por favor. Gracias.",
        truth=Truth(),
    ),
    Reply(
        key="u-es-abogado",
        lang="es",
        intent="unsubscribe",
        client="outlook",
        when="2027-06-24 10:10 +0200",
        name="Alberto Domínguez",
        addr="adominguez@citricosdominguez.example",
        inv="VAS-41986",
        amount="5290.00",
        text="Buenos días:\n\nDejen de enviarnos recordatorios por correo electrónico. Este asunto lo lleva ya nuestro abogado y cualquier comunicación deberá hacerse a través de él.\n\nAlberto Domínguez\nCítricos Domínguez, S.L.",
        truth=Truth(note="stop + lawyer, no address"),
    ),
    Reply(
        key="u-nl-afmelden",
        lang="nl",
        intent="unsubscribe",
        client="gmail_plain",
        when="2027-06-10 22:05 +0200",
        name="Anouk Visser",
        addr="anouk.visser@gmail.com",
        inv="VAS-41892",
        amount="415.00",
        text="Afmelden graag. Ik ben alleen de stalhulp.",
        truth=Truth(
            note="remove me + 'only the stable hand' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="u-nl-stop",
        lang="nl",
        intent="unsubscribe",
        client="outlook",
        when="2027-06-29 08:05 +0200",
        name="Harm Kuipers",
        addr="harm@kuipersvarkens.example",
        inv="VAS-42019",
        amount="3385.00",
        text="Stop met die mails. Ik betaal als het geld er is, daar helpen herinneringen niet bij.\n\nH. Kuipers",
        truth=Truth(note="stop request with a vague, undated payment remark: unsubscribe wins"),
    ),
    Reply(
        key="u-it-lista",
        lang="it",
        intent="unsubscribe",
        client="outlook_html",
        when="2027-06-09 11:35 +0200",
        name="Giovanni Rossi",
        addr="g.rossi@aziendarossi.example",
        inv="VAS-41870",
        amount="1012.00",
        text="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista di invio e di non inviarmi più solleciti per e-mail.\n\nSaluti\nGiovanni Rossi",
        truth=Truth(),
    ),
    Reply(
        key="u-it-raccomandata",
        lang="it",
        intent="unsubscribe",
        client="iphone",
        when="2027-06-27 19:00 +0200",
        name="Silvia Neri",
        addr="silvia.coltivazioni@gmail.com",
        inv="VAS-42003",
        amount="366.00",
        text="Basta mail. Solo posta raccomandata, grazie.",
        truth=Truth(note="registered post only"),
    ),
)

AUTO_REPLY = (
    Reply(
        key="a-en-until",
        lang="en",
        intent="auto_reply",
        client="none",
        when="2027-06-14 08:33 +0100",
        name="Catherine Lowe",
        addr="catherine.lowe@harwoodmills.example",
        inv="VAS-41926",
        amount="1604.00",
        cur="GBP",
        subject="Automatic reply: Overdue reminder: invoice VAS-41926",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text="Thank you for your email. I am out of the office until Monday 21 June with limited access to email. For urgent matters please call the office on 01632 960 418.\n\nCatherine",
        truth=Truth(back="2027-06-21", note="'until X' → X itself"),
    ),
    Reply(
        key="a-en-ticket",
        lang="en",
        intent="auto_reply",
        client="none",
        when="2027-06-22 08:31 +0100",
        name="Greenacre Co-operative Finance",
        addr="support@greenacrecoop.example",
        inv="VAS-41971",
        amount="2890.00",
        cur="GBP",
        subject="[Ticket #48211] Re: Overdue reminder: invoice VAS-41971",
        extra=(("Precedence", "bulk"),),
        text="Hello,\n\nThanks for contacting the Greenacre Co-operative finance team. Your message has been logged as ticket #48211 and a member of the team will respond within three working days.\n\nPlease keep the ticket number in the subject line of any further emails about this matter.\n\nGreenacre Co-operative – Finance Support",
        truth=Truth(note="ticket acknowledgement without Auto-Submitted"),
    ),
    Reply(
        key="a-en-show",
        lang="en",
        intent="auto_reply",
        client="none",
        when="2027-06-17 08:35 +0100",
        name="Neil Armitage",
        addr="neil@armitagecontracting.example",
        inv="VAS-41953",
        amount="920.00",
        cur="GBP",
        subject="Auto: Overdue reminder: invoice VAS-41953",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Hi, I'm away at the Royal Highland Show this week and back in the office on Tuesday. I'll pick up emails then.\n\nNeil Armitage\nArmitage Contracting",
        truth=Truth(back="2027-06-22", note="'back on Tuesday' resolved from Thu 17 Jun"),
    ),
    Reply(
        key="a-de-urlaub",
        lang="de",
        intent="auto_reply",
        client="none",
        when="2027-06-18 08:31 +0200",
        name="Claudia Bergmann",
        addr="c.bergmann@obsthof-bergmann.example",
        inv="VAS-41961",
        amount="743.00",
        subject="Abwesenheitsnotiz: Zahlungserinnerung: Rechnung VAS-41961",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.06.2027 im Urlaub. Ab Montag, dem 28.06., bin ich wieder im Büro erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nClaudia Bergmann\nObsthof Bergmann",
        truth=Truth(back="2027-06-28", note="the stated day back wins over 'bis einschließlich'"),
    ),
    Reply(
        key="a-de-sommer",
        lang="de",
        intent="auto_reply",
        client="none",
        when="2027-06-30 08:32 +0200",
        name="Landgut Höfer",
        addr="info@landgut-hoefer.example",
        inv="VAS-42030",
        amount="1488.00",
        subject="Automatische Antwort: Zahlungserinnerung: Rechnung VAS-42030",
        text="Liebe Kundinnen und Kunden, liebe Geschäftspartner,\n\nunser Büro ist während der Sommerferien nur eingeschränkt besetzt. Nach den Sommerferien sind wir wieder wie gewohnt für Sie da. In dringenden Fällen erreichen Sie uns telefonisch.\n\nIhr Team vom Landgut Höfer",
        truth=Truth(
            note="no Auto-Submitted header; 'nach den Sommerferien' cannot be pinned to a day"
        ),
    ),
    Reply(
        key="a-fr-absente",
        lang="fr",
        intent="auto_reply",
        client="none",
        when="2027-06-28 08:31 +0200",
        name="Véronique Lambert",
        addr="v.lambert@cooperative-beauce.example",
        inv="VAS-42010",
        amount="2533.00",
        subject="Réponse automatique : Relance : facture VAS-42010 échue",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Bonjour,\n\nJe suis absente jusqu'au vendredi 2 juillet inclus et serai de retour le lundi 5 juillet. Pour toute question urgente, merci de contacter le standard au 02 37 00 00 00.\n\nCordialement,\nVéronique Lambert",
        truth=Truth(back="2027-07-05", note="the stated day back wins over 'jusqu'au … inclus'"),
    ),
    Reply(
        key="a-fr-accuse",
        lang="fr",
        intent="auto_reply",
        client="none",
        when="2027-06-09 08:32 +0200",
        name="Service Comptabilité – Coopérative Terres du Gers",
        addr="compta@terresdugers.example",
        inv="VAS-41874",
        amount="1799.00",
        subject="Accusé de réception [Demande n° 2027-06-3318]",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2027-06-3318. Notre service le traitera dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService Comptabilité\nCoopérative Terres du Gers",
        truth=Truth(note="ticket acknowledgement"),
    ),
    Reply(
        key="a-es-hasta",
        lang="es",
        intent="auto_reply",
        client="none",
        rlang="en",
        when="2027-06-25 08:31 +0200",
        name="Rafael Moreno",
        addr="rmoreno@viveroslamoraleja.example",
        inv="VAS-41998",
        amount="1240.00",
        subject="Respuesta automática: Overdue reminder: invoice VAS-41998",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Estaré fuera de la oficina hasta el 12 de julio. Durante mi ausencia pueden dirigirse a mi compañera Inés en el teléfono 910 000 000.\n\nUn saludo,\nRafael Moreno\nViveros La Moraleja",
        truth=Truth(
            back="2027-07-12",
            note="'hasta el 12 de julio' → that date; Spanish auto-reply to an English reminder",
        ),
    ),
    Reply(
        key="a-nl-vakantie",
        lang="nl",
        intent="auto_reply",
        client="none",
        when="2027-06-21 08:31 +0200",
        name="Els Mulder",
        addr="els@boomkwekerijmulder.example",
        inv="VAS-41967",
        amount="860.00",
        subject="Automatisch antwoord: Betalingsherinnering: factuur VAS-41967",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Beste relatie,\n\nIk ben met vakantie tot en met vrijdag 9 juli en lees in die periode geen e-mail. Vanaf maandag 12 juli ben ik weer aanwezig. Voor dringende zaken kunt u bellen met 0341 000 000.\n\nMet vriendelijke groet,\nEls Mulder\nBoomkwekerij Mulder",
        truth=Truth(back="2027-07-12", note="the stated day back wins over 'tot en met'"),
    ),
    Reply(
        key="a-nl-kersen",
        lang="nl",
        intent="auto_reply",
        client="none",
        when="2027-07-01 08:32 +0200",
        name="Fruitteeltbedrijf Van Leeuwen",
        addr="info@fruitvanleeuwen.example",
        inv="VAS-42046",
        amount="1635.00",
        subject="Afwezig: Betalingsherinnering: factuur VAS-42046",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Goedendag,\n\nWegens de kersenpluk is ons kantoor gesloten. Vanaf dinsdag 6 juli zijn wij weer bereikbaar voor administratieve vragen.\n\nMet vriendelijke groet,\nFruitteeltbedrijf Van Leeuwen",
        truth=Truth(back="2027-07-06"),
    ),
    Reply(
        key="a-it-ferie",
        lang="it",
        intent="auto_reply",
        client="none",
        when="2027-06-24 08:31 +0200",
        name="Alessandra Conti",
        addr="a.conti@frantoioconti.example",
        inv="VAS-41982",
        amount="2190.00",
        subject="Risposta automatica: Sollecito di pagamento: fattura VAS-41982",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="Gentile mittente,\n\nsono in ferie e non ho accesso alla posta elettronica. Rientro previsto lunedì 19 luglio. Per urgenze potete contattare l'ufficio al numero 0575 000000.\n\nCordiali saluti\nAlessandra Conti\nFrantoio Conti",
        truth=Truth(back="2027-07-19"),
    ),
    Reply(
        key="a-it-ricevuta",
        lang="it",
        intent="auto_reply",
        client="none",
        when="2027-06-11 08:31 +0200",
        name="Consorzio Agrario Pianura Nord",
        addr="info@capianuranord.example",
        inv="VAS-41900",
        amount="3420.00",
        subject="Conferma di ricezione",
        extra=(("X-Autoreply", "yes"),),
        text="Gentile cliente,\n\nabbiamo ricevuto la sua e-mail. Un nostro operatore le risponderà entro 2 giorni lavorativi.\n\nQuesto è un messaggio generato automaticamente, la preghiamo di non rispondere.\n\nConsorzio Agrario Pianura Nord",
        truth=Truth(note="receipt acknowledgement without Auto-Submitted, no return date"),
    ),
)

OTHER = (
    Reply(
        key="o-en-receiver",
        lang="en",
        intent="other",
        client="outlook_html",
        when="2027-06-21 14:10 +0100",
        name="Simon Pell",
        addr="simon.pell@pellrecovery.example",
        inv="VAS-41878",
        amount="6125.00",
        cur="GBP",
        quoted_to="accounts@hartleyarable.example",
        text="Dear Sirs,\n\nHartley Arable Limited – In Administrative Receivership\n\nI write to inform you that I was appointed Administrative Receiver of Hartley Arable Limited on 4 June 2027. The company has ceased trading. Sums owed by the company at that date will be dealt with in the receivership and should not be pursued against the company or its directors.\n\nIf you wish to claim, please ask this office for a proof of debt form and return it with a statement of account. Further correspondence should quote our reference HAL/RCV/0427.\n\nYours faithfully,\n\nSimon Pell\nLicensed Insolvency Practitioner\nPell Recovery LLP",
        truth=Truth(
            note="receiver after an insolvency: a person must lodge a claim; no payment, plan or dispute, and the receiver writes in his own right rather than redirecting"
        ),
    ),
    Reply(
        key="o-en-redirect",
        lang="en",
        intent="other",
        client="gmail_plain",
        when="2027-06-11 10:20 +0100",
        name="Accounts Dept – Millbrook Farm",
        addr="accounts@mi11brookfarm.example",
        inv="VAS-41905",
        amount="2375.00",
        cur="GBP",
        quoted_to="accounts@millbrookfarm.example",
        text="Hello,\n\nPlease note we have changed our accounts email. With immediate effect kindly update your records and send all invoices, statements and reminders to millbrookfarm.accounts@gmail.com only. Our old address will be closed this week.\n\nKindly also send copies of all open invoices to the new address today.\n\nRegards,\nAccounts Dept\nMillbrook Farm",
        truth=Truth(
            note="phishing-like: look-alike sender domain ('mi11brook') asks to redirect all mail to a free-mail address; a person must verify by phone, so not wrong_contact"
        ),
    ),
    Reply(
        key="o-en-ramble",
        lang="en",
        intent="other",
        client="gmail",
        when="2027-07-01 21:40 +0100",
        name="Ted Barraclough",
        addr="ted.barraclough@gmail.com",
        inv="VAS-42041",
        amount="1288.00",
        cur="GBP",
        text="Hello there,\n\nGot your email. Bit of a wet week up here, the sprayer's been stuck in the yard since Monday and the second cut is going to be late again. The lad's back from agricultural college for the summer, so at least there's another pair of hands.\n\nWhile I've got you, the fencing stakes you sent in May were a lot better than the last lot, straight and properly pointed, so tell whoever picks them well done. We'll want another 200 before the autumn, 1.8 m if you've got them. Can you tell me what the price is now and whether you still deliver free over a tonne?\n\nAnyway, my daughter does the invoices, so I've printed this off for her.\n\nCheers,\nTed",
        truth=Truth(
            note="rambling reply: an order enquiry and 'printed it off for my daughter'; no commitment, no new address"
        ),
    ),
    Reply(
        key="o-de-mineralfutter",
        lang="de",
        intent="other",
        client="gmail_plain",
        when="2027-06-12 07:40 +0200",
        name="Lars Petersen",
        addr="lars@hof-petersen.example",
        inv="VAS-41891",
        amount="1027.00",
        text="Moin,\n\nRechnung schau ich mir am Wochenende an. Was anderes: Wann kommt denn das Mineralfutter, das ich am 2. Juni bestellt hab? Die Kühe brauchen das langsam.\n\nLars",
        truth=Truth(note="'schau ich mir an' is no commitment; delivery question"),
    ),
    Reply(
        key="o-de-aufgegeben",
        lang="de",
        intent="other",
        client="outlook",
        when="2027-06-24 15:30 +0200",
        name="Ernst Wohlfahrt",
        addr="e.wohlfahrt@hof-wohlfahrt.example",
        inv="VAS-41976",
        amount="548.00",
        charset="iso-8859-1",
        cte="8bit",
        text="Sehr geehrte Damen und Herren,\n\nwir haben den landwirtschaftlichen Betrieb zum 31.05.2027 aufgegeben, die Flächen sind verpachtet und das Vieh ist verkauft. Das wollte ich Ihnen nur mitteilen.\n\nMit freundlichen Grüßen\nErnst Wohlfahrt",
        truth=Truth(
            note="farm given up; the owner writes himself, nothing about paying; ISO-8859-1 8bit"
        ),
    ),
    Reply(
        key="o-fr-recu",
        lang="fr",
        intent="other",
        client="iphone",
        when="2027-06-10 12:01 +0200",
        name="Didier Caron",
        addr="didier.caron@gmail.com",
        inv="VAS-41887",
        amount="412.00",
        text="Bien reçu.",
        truth=Truth(note="acknowledgement only"),
    ),
    Reply(
        key="o-fr-pulverisateur",
        lang="fr",
        intent="other",
        client="gmail",
        when="2027-06-22 17:25 +0200",
        name="Agnès Morel",
        addr="agnes@vergersmorel.example",
        inv="VAS-41973",
        amount="1356.00",
        text="Bonjour,\n\nJe profite de votre message : quand est prévu le prochain passage de votre pulvérisateur pour le traitement des pommiers ? Le précédent date du 28 mai et il faudrait renouveler avant la fin du mois.\n\nMerci,\nAgnès Morel\nVergers Morel",
        truth=Truth(note="contract-spraying schedule question in the reminder thread"),
    ),
    Reply(
        key="o-es-estafa",
        lang="es",
        intent="other",
        client="html_only",
        when="2027-06-16 09:55 +0200",
        name="Joaquín Herrera",
        addr="jherrera@granjaherrera.example",
        inv="VAS-41946",
        amount="733.00",
        text="Buenos días,\n\n¿Quiénes son ustedes? No me suena de nada Veldhuis. ¿Esto es una estafa? Antes de hacer nada voy a llamar a mi gestor.\n\nJoaquín Herrera",
        truth=Truth(
            note="suspicion, not a dispute of specific goods; a person should call; HTML-only"
        ),
    ),
    Reply(
        key="o-es-padre",
        lang="es",
        intent="other",
        client="android",
        when="2027-06-28 13:12 +0200",
        name="Lorena Vidal",
        addr="lorena.vidal@gmail.com",
        inv="VAS-42015",
        amount="296.00",
        text="Recibido. Se lo paso a mi padre, que es quien lleva las cuentas de la granja.",
        truth=Truth(note="passing it on without an address is not wrong_contact"),
    ),
    Reply(
        key="o-nl-alBetaald",
        lang="nl",
        intent="other",
        client="gmail",
        when="2027-06-16 20:02 +0200",
        name="Sjoerd Bakker",
        addr="sjoerd@bakkerpaarden.example",
        inv="VAS-41945",
        amount="675.00",
        text="Hebben we deze niet al betaald? Ik meen dat mijn vrouw dat begin juni heeft gedaan.",
        truth=Truth(note="a question and a hedged belief, not a payment claim"),
    ),
    Reply(
        key="o-it-marito",
        lang="it",
        intent="other",
        client="iphone",
        when="2027-06-14 21:15 +0200",
        name="Rosa Marchetti",
        addr="rosa.marchetti@gmail.com",
        inv="VAS-41917",
        amount="508.00",
        text="Ricevuto, grazie. Ne parlo con mio marito e vi faccio sapere.",
        truth=Truth(note="acknowledgement without a commitment"),
    ),
    Reply(
        key="o-it-sementi",
        lang="it",
        intent="other",
        client="outlook",
        when="2027-06-30 10:45 +0200",
        name="Davide Colombo",
        addr="d.colombo@orticolacolombo.example",
        inv="VAS-42027",
        amount="1174.00",
        text="Buongiorno,\n\napprofitto della vostra e-mail per chiedervi quando arriveranno le sementi di cavolo ordinate a maggio: il vostro agente ci aveva detto entro metà giugno e non abbiamo ancora visto niente.\n\nSaluti\nDavide Colombo\nOrticola Colombo",
        truth=Truth(note="delivery question about another order; nothing about this invoice"),
    ),
)

REPLIES = (
    PAYMENT_SENT
    + PROMISE
    + DISPUTE
    + PLAN
    + INVOICE_REQUEST
    + WRONG_CONTACT
    + UNSUBSCRIBE
    + AUTO_REPLY
    + OTHER
)


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, file: str) -> Label:
    """The label line of a reply."""
    t = r.truth
    return Label(
        file=file,
        intent=r.intent,
        promised_date=t.promised,
        paid_date=t.paid,
        return_date=t.back,
        payment_reference=t.ref,
        amount=t.amount,
        currency=t.cur,
        new_contact=t.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(t.refs),
        language=r.lang,
        note=t.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
    """The label line of a bounce."""
    return Label(
        file=file,
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind="hard" if b.hard else "soft",
        failed_recipient=b.failed,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def render(item: Reply | Bounce, file: str) -> tuple[bytes, Label]:
    """Bytes and label of one corpus item."""
    if isinstance(item, Bounce):
        return BOUNCE_STYLES[item.style](item), bounce_label(item, file)
    return build_reply(item), reply_label(item, file)


def check_part(part: EmailMessage, file: str) -> None:
    """No defects, decoded headers, decodable text."""
    if part.defects:
        sys.exit(f"{file}: defects {part.defects}")
    for name, value in part.items():
        if getattr(value, "defects", ()):
            sys.exit(f"{file}: header {name} defects {value.defects}")
        if name in ("Subject", "From", "To", "Cc", "Thread-Topic") and "=?" in str(value):
            sys.exit(f"{file}: header {name} not decoded")
    if part.get_content_maintype() == "text" and not isinstance(part.get_content(), str):
        sys.exit(f"{file}: text part not decoded")


def check_message(raw: bytes, file: str) -> None:
    """Parse a message back with the modern policy and check it."""
    msg = message_from_bytes(raw, policy=policy.default)
    if not isinstance(msg, EmailMessage) or msg["Date"] is None:
        sys.exit(f"{file}: not parsed as a message")
    for part in msg.walk():
        if isinstance(part, EmailMessage):
            check_part(part, file)


def check_label(label: Label) -> None:
    """Check the label's shape and the intent-specific fields."""
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        sys.exit(f"{label['file']}: bad intent or language")
    is_bounce = label["intent"] == "bounce"
    if is_bounce != (label["bounce_kind"] is not None) or is_bounce != (
        label["failed_recipient"] is not None
    ):
        sys.exit(f"{label['file']}: bounce fields inconsistent")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            date.fromisoformat(value)
    if label["amount"] is not None and label["currency"] is None:
        sys.exit(f"{label['file']}: amount without currency")
    if label["new_contact"] is not None and label["new_contact"] != label["new_contact"].lower():
        sys.exit(f"{label['file']}: new_contact not lower case")


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table in Markdown."""
    counts = Counter((lab["intent"], lab["language"]) for lab in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        cells = [counts[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def main() -> None:
    """Build, write and check the corpus."""
    items: list[Reply | Bounce] = [*REPLIES, *BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(items) != 120:
        sys.exit("keys must be unique and there must be 120 messages")
    items.sort(key=lambda item: digest(item.key, f"shuffle{SEED}"))
    labels: list[Label] = []
    for n, item in enumerate(items, start=1):
        file = f"{PREFIX}-{n:03d}.eml"
        raw, label = render(item, file)
        check_message(raw, file)
        check_label(label)
        (HERE / file).write_bytes(raw)
        labels.append(label)
    lines = [json.dumps(label, ensure_ascii=False) for label in labels]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(count_table(labels))


if __name__ == "__main__":
    main()
