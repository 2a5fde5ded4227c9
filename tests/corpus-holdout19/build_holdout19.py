# ruff: noqa: E501, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and symbols people and their clients really type.
"""Build held-out reply corpus 19: `h19-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Fjord Software Licensing, a software reseller
and IT support firm, after it sent an overdue reminder ("Payment overdue – invoice FS26-NNNNN").
The writers are small businesses, accountancy firms, municipalities and non-profits.

The new text of each message is written by hand below. The script only adds what a mail client
or a mail server would add: the quoted reminder (in the client's layout and language), headers,
MIME structure, charsets and transfer encodings, and the machine parts of delivery reports.
Run it from anywhere: it writes next to itself, deterministically, and never reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
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
PREFIX = "h19"
SEED = 19_261_123
AR_NAME = "Fjord Software Receivables"
AR_ADDR = "receivables@fjord-software.example"
AR_DOMAIN = "fjord-software.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
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
DATE_KEYS = ("promised_date", "paid_date", "return_date")

# --------------------------------------------------------------------------------------------
# Locale tables (what the mail clients print in each language)
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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

# Attribution lines: Gmail, Apple Mail (desktop and iOS) and Thunderbird, per client language.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {monl} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {monl} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
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
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
# Samsung Email: separator, From, Date, To, Subject, signature
SAMSUNG = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "Envoyé depuis mon Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "Inviato dal mio Galaxy",
    ),
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
# The reminder Fjord sent (quoted by the replies, returned inside bounces)
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
        "Dear customer,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date:\n\n"
        "    Invoice {inv}    dated 16/10/2026    due 16/11/2026    amount {amt}\n\n"
        "The invoice covers software licences and support services supplied on your account. If you have already paid, please reply with the payment date and reference so that we can match it. If you have a question about the invoice, simply reply to this message and our receivables team will get back to you.\n\n"
        "With kind regards,\n\nAccounts Receivable\nFjord Software Licensing\nreceivables@fjord-software.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "für die folgende Rechnung konnten wir bis heute keinen Zahlungseingang feststellen:\n\n"
        "    Rechnung {inv}    vom 16.10.2026    fällig am 16.11.2026    Betrag {amt}\n\n"
        "Die Rechnung betrifft Softwarelizenzen und Supportleistungen für Ihr Kundenkonto. Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nFjord Software Licensing"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "    Facture {inv}    du 16/10/2026    échéance 16/11/2026    montant {amt}\n\n"
        "Elle porte sur des licences logicielles et des prestations de support. Si le paiement a déjà été effectué, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Pour toute question sur la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService Recouvrement\nFjord Software Licensing"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "    Factura {inv}    fecha 16/10/2026    vencimiento 16/11/2026    importe {amt}\n\n"
        "Corresponde a licencias de software y servicios de soporte. Si ya ha realizado el pago, le agradeceremos que nos indique la fecha y la referencia para poder conciliarlo. Para cualquier consulta sobre la factura, basta con responder a este mensaje.\n\n"
        "Un cordial saludo,\n\nDepartamento de Cobros\nFjord Software Licensing"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum is verstreken:\n\n"
        "    Factuur {inv}    datum 16-10-2026    vervaldatum 16-11-2026    bedrag {amt}\n\n"
        "De factuur betreft softwarelicenties en ondersteuning. Heeft u al betaald, laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u vragen over de factuur, beantwoord dan dit bericht.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nFjord Software Licensing"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata di seguito, già scaduta:\n\n"
        "    Fattura {inv}    del 16/10/2026    scadenza 16/11/2026    importo {amt}\n\n"
        "La fattura riguarda licenze software e servizi di assistenza. Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento del bonifico per consentirci l'abbinamento. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nFjord Software Licensing"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,236.00",
    "de": "1.428,00 €",
    "fr": "1 188,00 €",
    "es": "1.089,00 €",
    "nl": "€ 1.512,50",
    "it": "€ 978,00",
}
DEFAULT_INVOICE = "FS26-04417"
# What a Latin-1 client does to characters it cannot send.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder being answered (default: lang)
    loc: str = ""  # language of the mail client (default: lang)
    inv: str = DEFAULT_INVOICE
    amt: str = ""
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attach: tuple[str, bytes] | None = None
    threaded: bool = True  # False: not a reply, no In-Reply-To

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
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
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime) -> datetime:
    """The reminder went out early on the last working day before the reply."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=30 + day.day % 9, second=5 + day.day)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<dun.{digest(key, 'reminder').hex()[:18]}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID derived from the key, shaped like the sending client's own."""
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CAL{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD05.PROD.OUTLOOK.COM>"
    if style in {"apple", "apple_html", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def client_safe(text: str, charset: str) -> str:
    """The quoted reminder as a client with this charset sends it."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    # 0 is neither QP nor BASE64: the payload goes out as it is (7bit or 8bit)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    if cte == "8bit" and "Content-Transfer-Encoding" not in part:
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


def make_quote(r: Reply) -> Quote:
    subject = client_safe(reminder_subject(r.reminder_lang, r.inv), r.charset)
    text = client_safe(reminder_body(r.reminder_lang, r.inv, r.amt), r.charset)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(text, subject, reminder_time(r.dt), r.client_lang, to)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote | None) -> str:
    """Outlook desktop HTML (Word markup); with a quote, the grey-ruled header block."""
    quoted = ""
    if q is not None:
        _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
        rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
        head = "<br>\n".join(
            f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
            for label, line in rows
        )
        quoted = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            f"{mso_paragraphs(q.text)}\n"
        )
    lang = {"en": "EN-GB"}.get(r.lang, r.lang.upper())
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{quoted}</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An Outlook automatic reply: Word HTML plus plain text, quoting nothing."""
    del q
    return alternative(r, r.body + "\n", word_html(r, None))


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'<div>{html_lines(r.body)}</div><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    mid = reminder_msgid(r.key).strip("<>")
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        "  </head>\n  <body>\n"
        f"    {html_paragraphs(r.body)}\n"
        f'    <div class="moz-cite-prefix">{html.escape(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{html.escape(mid)}">\n'
        f"      {html_paragraphs(q.text)}\n    </blockquote>\n  </body>\n</html>\n"
    )
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    return alternative(r, text, markup)


def style_samsung(r: Reply, q: Quote) -> Message:
    sep, frm, dat, to, subj, sig = SAMSUNG[q.loc]
    offset = q.sent.strftime("%z")
    when = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            sep,
            f"{frm}: {AR_NAME} <{AR_ADDR}>",
            f"{dat}: {when}",
            f"{to}: {q.to}",
            f"{subj}: {q.subject}",
        ]
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div>'
        f'<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html_lines(block)}</div><div><br></div></div>'
        f"{html_paragraphs(q.text)}</body></html>\n"
    )
    text = f"{r.body}\n\n\n{sig}\n\n{block}\n\n{q.text}\n"
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_raw_html(r: Reply, q: Quote) -> Message:
    del q  # machine-generated HTML, written out in full in the body
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "notice_html": style_notice_html,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "none": style_none,
    "raw_html": style_raw_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "notice_html", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.1.5)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.100.1.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        ),
    ),
    "thunderbird_html": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        ),
    ),
    "samsung": (("X-Mailer", "Samsung Email 6.1.97.1"),),
}
BOUNDARY_PREFIX = {
    "gmail": "0000000000",
    "apple_html": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird_html": "------------",
    "samsung": "--_com.samsung.android.email_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    lang = {
        "en": "en-GB",
        "nl": "nl-NL",
        "de": "de-DE",
        "fr": "fr-FR",
        "es": "es-ES",
        "it": "it-IT",
    }
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", lang[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


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
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


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
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\ntrailer<</Size 3/Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan@whitlockjoinery.example"),
        "2026-11-24 08:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one word in answer to an overdue reminder: a payment claim without a date"),
        inv="FS26-03962",
        amt="£318.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Meera Patel", "meera.patel.bookkeeping@gmail.com"),
        "2026-12-08 17:41 +0000",
        "gmail_plain",
        "done",
        lab(note="'done' in answer to an overdue reminder: a payment claim without a date"),
        inv="FS26-04988",
        amt="£96.00",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Ashdown", "treasurer@saltmarshwildlifetrust.example"),
        "2026-11-26 10:22 +0000",
        "gmail",
        "Hello,\n\nI'm a bit alarmed by this reminder. We paid this invoice on Friday 20 November, £480.00 by bank transfer, reference SWT-FJORD-480. We used the new account details from the letter we received on your headed paper at the beginning of November, which said you had moved your banking to Northgate Commercial Bank.\n\nIf that letter did not come from you, please tell me straight away so I can contact our bank. Could someone ring me on 01632 961554?\n\nHelen Ashdown\nHonorary Treasurer\nSaltmarsh Wildlife Trust",
        lab(
            paid_date="2026-11-20",
            payment_reference="SWT-FJORD-480",
            amount="480.00",
            currency="GBP",
            note="payment claim, but to bank details from a letter that looks like invoice-redirect fraud; the label follows the claim, a person must check",
        ),
        inv="FS26-03519",
        amt="£480.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Markus Feld", "m.feld@feld-elektro.example"),
        "2026-12-01 12:03 +0100",
        "iphone",
        "Erledigt.",
        lab(
            note="'erledigt' (done) in answer to an overdue reminder: a payment claim without a date"
        ),
        inv="FS26-04105",
        amt="214,20 €",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Stadtkasse Bad Ellerbach", "stadtkasse@bad-ellerbach.example"),
        "2026-12-03 10:48 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung FS26-05512 über 1.190,00 € wurde am 02.12.2026 im Zahllauf der Stadtkasse angewiesen. Die Gutschrift auf Ihrem Konto sollte in den nächsten ein bis zwei Bankarbeitstagen erfolgen. Verwendungszweck: Buchungsnummer 2026-ZV-08841 / FS26-05512.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nSandra Kuhlmann\nStadtkasse\nStadt Bad Ellerbach\nRathausplatz 1\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
        lab(
            ("FS26-05512",),
            paid_date="2026-12-02",
            payment_reference="2026-ZV-08841",
            amount="1190.00",
            currency="EUR",
            note="'im Zahllauf angewiesen': the town's transfer has been instructed and is out of its hands",
        ),
        inv="FS26-05512",
        amt="1.190,00 €",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Trésorerie – Les Amis du Moulin", "tresorerie@amisdumoulin.example"),
        "2026-11-30 19:05 +0100",
        "thunderbird",
        "Bonsoir,\n\nLe règlement de 348,00 € a été effectué par virement le vendredi 27 novembre, avec le libellé « AMIS MOULIN FS26-02871 ».\n\nPourriez-vous nous faire parvenir une facture acquittée pour notre comptabilité ? Nos comptes sont vérifiés en janvier.\n\nMerci d'avance,\nBernard Caillaud\nTrésorier bénévole\nAssociation Les Amis du Moulin",
        lab(
            ("FS26-02871",),
            paid_date="2026-11-27",
            payment_reference="AMIS MOULIN FS26-02871",
            amount="348.00",
            currency="EUR",
            note="payment claim plus a request for a receipted invoice: the payment drives the action",
        ),
        inv="FS26-02871",
        amt="348,00 €",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Mairie de Saint-Aubin-des-Prés", "comptabilite@mairie-saintaubin.example"),
        "2026-11-27 14:30 +0100",
        "outlook",
        "Bonjour,\n\nVotre facture FS26-03340 a été mandatée le 24/11/2026 (mandat n° 1187, bordereau n° 96) et transmise au Service de Gestion Comptable, qui procède au paiement. Le délai de virement par le comptable public est en général de quelques jours.\n\nCordialement,\n\nNathalie Perrin\nSecrétariat de mairie - Comptabilité\nMairie de Saint-Aubin-des-Prés",
        lab(
            ("FS26-03340",),
            paid_date="2026-11-24",
            note="a French municipality has issued the payment order and handed it to the public accountant: out of its hands, so payment_sent on the order date; the mandate number is not a bank reference",
        ),
        inv="FS26-03340",
        amt="2 016,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Gestoría Almagro", "admin@gestoriaalmagro.example"),
        "2026-12-09 11:20 +0100",
        "gmail",
        "Buenos días:\n\nEn nombre de nuestro cliente Talleres Ortega Hermanos, S.L., les confirmamos que hoy hemos realizado la transferencia de 605,00 € correspondiente a la factura FS26-04790. Número de operación: 0182-4471-9305.\n\nLes rogamos que nos envíen el justificante de cobro cuando lo reciban.\n\nAtentamente,\n\nRocío Almagro\nGestoría Almagro · Asesoría fiscal, laboral y contable",
        lab(
            ("FS26-04790",),
            paid_date="2026-12-09",
            payment_reference="0182-4471-9305",
            amount="605.00",
            currency="EUR",
            note="accountancy firm paying for its client",
        ),
        inv="FS26-04790",
        amt="605,00 €",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Toni Serrano", "toni@serranofontaneria.example"),
        "2026-11-24 07:55 +0100",
        "android",
        "Os lo pagué ayer por transferencia, miradlo bien antes de mandar avisos.\n\nToni",
        lab(paid_date="2026-11-23"),
        inv="FS26-03777",
        amt="242,00 €",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Gerda Hoekstra", "penningmeester@stichtingdeboei.example"),
        "2026-12-10 20:14 +0100",
        "iphone",
        "Beste mensen,\n\nVanavond via de bank overgemaakt, sorry voor de vertraging. Onze penningmeester ligt in het ziekenhuis en ik neem het tijdelijk van hem over.\n\nGroet,\nGerda Hoekstra\nStichting De Boei",
        lab(paid_date="2026-12-10", note="'vanavond' is the message date"),
        inv="FS26-05068",
        amt="€ 264,00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Gemeente Westerveen", "noreply-betaaladvies@westerveen.example"),
        "2026-12-02 06:05 +0100",
        "raw_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betaaladvies</title></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        "<p><b>Gemeente Westerveen</b><br>Team Financiën – Crediteurenadministratie</p>\n"
        "<p>Aan: Fjord Software Licensing<br>Crediteurnummer: 300418</p>\n"
        "<p>Geachte relatie,</p>\n"
        "<p>Hierbij ontvangt u de specificatie van de betaling die wij op 01-12-2026 aan u hebben overgemaakt.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        '<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Omschrijving</th><th align="right">Bedrag</th></tr>\n'
        '<tr><td>FS26-04417</td><td>16-10-2026</td><td>Licenties Microsoft 365, 4e kwartaal</td><td align="right">€ 1.512,50</td></tr>\n'
        '<tr><td>FS26-04466</td><td>22-10-2026</td><td>Ondersteuning oktober</td><td align="right">€ 387,20</td></tr>\n'
        '<tr><td colspan="3"><b>Totaal betaald</b></td><td align="right"><b>€ 1.899,70</b></td></tr>\n'
        "</table>\n"
        "<p>Betalingskenmerk: 2026-00471<br>Betaaldatum: 01-12-2026</p>\n"
        "<p>Dit bericht is automatisch aangemaakt en kan niet worden beantwoord. Vermeld bij vragen over deze betaling altijd het betalingskenmerk.</p>\n"
        "</body></html>\n",
        lab(
            ("FS26-04417", "FS26-04466"),
            paid_date="2026-12-01",
            payment_reference="2026-00471",
            amount="1899.70",
            currency="EUR",
            note="AP-system payment advice, HTML only, not a reply (no In-Reply-To); the amount is the total paid",
        ),
        subject="Betaaladvies 2026-00471 - Fjord Software Licensing",
        cte="b64",
        headers=(("X-Mailer", "Finsys Betaalmodule 9.4"),),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Grafico Lumen srl", "amministrazione@studiolumen.example"),
        "2026-12-11 16:02 +0100",
        "outlook",
        "Buongiorno,\n\nvi informiamo che in data odierna abbiamo disposto il bonifico di Euro 732,00 a saldo della fattura FS26-05219 (TRN 0306909604123456).\n\nDistinti saluti\n\nChiara Benedetti\nAmministrazione - Studio Grafico Lumen srl\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darne comunicazione al mittente.",
        lab(
            ("FS26-05219",),
            paid_date="2026-12-11",
            payment_reference="0306909604123456",
            amount="732.00",
            currency="EUR",
        ),
        inv="FS26-05219",
        amt="€ 732,00",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Owen Pritchard", "owen@riversideyouthproject.example"),
        "2026-12-03 15:37 +0000",
        "gmail",
        "Hi,\n\nApologies, we know this one is late. Our quarterly grant from the county council is due to land on Monday and we'll pay you as soon as the funds clear that day.\n\nThanks for bearing with us,\nOwen Pritchard\nOperations Manager, Riverside Youth Project",
        lab(
            promised_date="2026-12-07",
            note="event promise tied to grant money arriving on Monday (7 Dec, after Thu 3 Dec)",
        ),
        inv="FS26-04630",
        amt="£696.00",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Clerk to the Council", "clerk@lowerbrantwickpc.example"),
        "2026-12-01 09:15 +0000",
        "outlook",
        "Good morning,\n\nThank you for your email. Under our financial regulations every payment has to be authorised by the full council, and our next meeting is on Monday 14 December. Your invoice is on the schedule of payments for that meeting and will be paid by bank transfer the following day.\n\nKind regards,\n\nAlison Trent\nClerk and Responsible Financial Officer\nLower Brantwick Parish Council",
        lab(promised_date="2026-12-15", note="paid the day after the council meeting of 14 Dec"),
        inv="FS26-03188",
        amt="£214.80",
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Sam Okoro", "sam@okorodesign.example"),
        "2026-12-17 08:02 +0000",
        "android",
        "Haven't paid it yet sorry, it slipped through. Will transfer first thing tomorrow.\n\nSam",
        lab(
            promised_date="2026-12-18",
            note="a negated payment followed by a promise; 'tomorrow' after Thu 17 Dec",
        ),
        inv="FS26-05401",
        amt="£150.00",
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Kassenwart TSV Grünwiesen", "kasse@tsv-gruenwiesen.example"),
        "2026-12-02 21:10 +0100",
        "thunderbird",
        "Guten Abend,\n\nentschuldigen Sie bitte die Verspätung. Der Vorstand hat die Ausgabe in der letzten Sitzung genehmigt, ich überweise den Betrag bis spätestens Freitag, 11.12.\n\nMit sportlichen Grüßen\nUwe Brandt\nKassenwart TSV Grünwiesen e.V.",
        lab(
            promised_date="2026-12-11",
            note="'hat genehmigt' is past, the transfer is future: promise",
        ),
        inv="FS26-04212",
        amt="356,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Kanzlei Reuter & Sommer", "buchhaltung@reuter-sommer-stb.example"),
        "2026-11-26 11:44 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir betreuen die Finanzbuchhaltung der Malerbetrieb Kessler GmbH. Die Rechnung FS26-03905 liegt dem Mandanten zur Freigabe vor; die Zahlung erfolgt Anfang nächster Woche.\n\nMit freundlichen Grüßen\n\nPetra Sommer\nSteuerfachangestellte\nKanzlei Reuter & Sommer Steuerberater PartG mbB\n\nHinweis: Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Der Inhalt ist vertraulich und kann dem Berufsgeheimnis unterliegen.",
        lab(
            ("FS26-03905",),
            promised_date="2026-11-30",
            note="accountants write for their client; 'Anfang nächster Woche' → Monday of next week",
        ),
        inv="FS26-03905",
        amt="868,70 €",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Claire Dumas", "claire.dumas@lesjardinsdepartage.example"),
        "2026-12-04 10:05 +0100",
        "gmail",
        "Bonjour,\n\nNous attendons le versement de la subvention de la Région, annoncé pour le 15 décembre. Nous réglerons votre facture dès qu'il sera arrivé sur notre compte.\n\nMerci de votre compréhension,\n\nClaire Dumas\nCoordinatrice – Les Jardins de Partage (association loi 1901)",
        lab(
            promised_date="2026-12-15",
            note="event promise: paid when the grant announced for 15 Dec arrives",
        ),
        inv="FS26-04544",
        amt="540,00 €",
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Julien Marchetti", "julien@marchetti-paysage.example"),
        "2026-12-10 18:47 +0100",
        "iphone",
        "Bonsoir, oui désolé, je vous règle ça lundi sans faute.\nJulien",
        lab(promised_date="2026-12-14", note="'lundi' after Thu 10 Dec"),
        inv="FS26-05155",
        amt="129,00 €",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Intervención Municipal", "intervencion@villanuevadelarroyo.example"),
        "2026-11-30 12:10 +0100",
        "outlook",
        "Buenos días:\n\nLe informamos de que la factura FS26-02264 ya ha sido conformada por el servicio de Informática y está incluida en la relación de pagos que se ordenará el viernes 4 de diciembre.\n\nUn saludo,\n\nMercedes Lozano\nIntervención Municipal\nAyuntamiento de Villanueva del Arroyo\n\nEste mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        lab(("FS26-02264",), promised_date="2026-12-04"),
        inv="FS26-02264",
        amt="1.452,00 €",
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Nuria Castells", "nuria.castells.estudio@gmail.com"),
        "2026-12-15 19:30 +0100",
        "gmail_plain",
        "Hola, perdonad, se me pasó por completo. Mañana a primera hora os hago la transferencia.\n\nNuria",
        lab(promised_date="2026-12-16"),
        inv="FS26-05330",
        amt="181,50 €",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Marieke de Boer", "m.deboer@stichtingzonnebloemhof.example"),
        "2026-12-04 14:20 +0100",
        "owa",
        "Goedemiddag,\n\nWij betalen de factuur zodra de subsidie van de gemeente binnen is; die verwachten wij eind deze maand. Is het akkoord als de betaling uiterlijk 31 december bij u is?\n\nMet vriendelijke groet,\n\nMarieke de Boer\nBedrijfsvoering\nStichting Zonnebloemhof",
        lab(
            promised_date="2026-12-31",
            note="one payment by a stated date, asked as a question: promise, not payment_plan",
        ),
        inv="FS26-04712",
        amt="€ 2.178,00",
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Federica Sala", "f.sala@cooperativailponte.example"),
        "2026-12-07 09:40 +0100",
        "gmail",
        "Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo entro venerdì 18 dicembre, appena ricevuto il pagamento del Comune per il servizio di doposcuola.\n\nCordiali saluti,\nFederica Sala\nCooperativa Sociale Il Ponte",
        lab(promised_date="2026-12-18"),
        inv="FS26-04859",
        amt="€ 610,00",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Studio Rinaldi Commercialisti", "segreteria@studiorinaldi.example"),
        "2026-11-25 17:05 +0100",
        "outlook_html",
        "Gentili signori,\n\nper conto del nostro cliente Ferramenta Bassi snc vi informiamo che il pagamento della fattura FS26-03612 è stato autorizzato e partirà con la distinta di lunedì prossimo.\n\nCordiali saluti\n\ndott.ssa Elena Rinaldi\nStudio Rinaldi – Dottori Commercialisti Associati",
        lab(
            ("FS26-03612",),
            promised_date="2026-11-30",
            note="'è stato autorizzato' is past, the payment is future; 'lunedì prossimo' after Wed 25 Nov",
        ),
        inv="FS26-03612",
        amt="€ 1.037,00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Graham Leckie", "graham@leckieandcoarchitects.example"),
        "2026-11-25 13:22 +0000",
        "outlook",
        "Hello,\n\nTo be clear: we have NOT paid this invoice and we won't until the licences are actually activated. We ordered the 12 CAD seats in September, were invoiced in October, and we are still waiting for the activation keys. I've raised three tickets (the last one was #77120) and nobody has come back to us.\n\nSort out the order and then we can talk about the invoice.\n\nGraham Leckie\nPractice Manager\nLeckie & Co Architects",
        lab(note="negated payment with the reason: the licences were never activated"),
        inv="FS26-03377",
        amt="£2,880.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Rachel Kwan", "rachel.kwan@kwanandmorris.example"),
        "2026-12-02 11:05 +0000",
        "gmail",
        "Hi,\n\nFS26-03105 was paid on 20 November, so that one should be clear. FS26-04417 is the problem: it charges us for 25 Microsoft 365 Business Premium seats, but we reduced to 18 in September and have the confirmation email from your account manager. Please send a credit note for the 7 seats and we'll pay the corrected amount.\n\nThanks,\nRachel Kwan\nOffice Manager, Kwan & Morris Chartered Accountants",
        lab(
            ("FS26-03105", "FS26-04417"),
            note="one invoice paid, the other disputed: dispute wins for the disputed part; no paid_date on a dispute",
        ),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Fiona MacRae", "fiona@glenshielhospice.example"),
        "2026-12-09 16:40 +0000",
        "apple_html",
        "Dear Sir or Madam,\n\nWe gave written notice in August that we would not be renewing the cloud backup subscription, and your colleague Tom acknowledged it on 19 August. The renewal on this invoice should therefore never have been raised, and we have not used the service since the end of September.\n\nA copy of our letter is attached. Please cancel the invoice and confirm in writing.\n\nYours faithfully,\nFiona MacRae\nFinance Officer\nGlenshiel Community Hospice (a registered charity)",
        lab(note="subscription cancelled in writing but renewed anyway; the letter is attached"),
        inv="FS26-04021",
        amt="£1,050.00",
        attach=("Backup cancellation letter August 2026.pdf", FAKE_PDF),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Gemeinde Hohenried", "hauptamt@hohenried.example"),
        "2026-12-04 09:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nin der Rechnung FS26-04377 sind für den Vor-Ort-Einsatz im Rathaus 6 Stunden berechnet. Laut dem von Ihrem Techniker unterschriebenen Einsatzbericht vom 08.10.2026 waren es jedoch 3,5 Stunden. Wir bitten um eine berichtigte Rechnung. Den unstrittigen Teil für die Lizenzen überweisen wir in den nächsten Tagen.\n\nMit freundlichen Grüßen\nIm Auftrag\nThomas Brückner\nHauptamt – Gemeinde Hohenried",
        lab(
            ("FS26-04377",),
            note="hours contested against the signed work report; paying the undisputed part is secondary",
        ),
        inv="FS26-04377",
        amt="1.636,25 €",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Jana Wilke", "jana.wilke@wilke-hoerakustik.example"),
        "2026-11-23 17:12 +0100",
        "thunderbird",
        "Hallo,\n\nwir zahlen diese Rechnung nicht, solange das Kassensystem jeden Morgen abstürzt. Seit dem Update am 20. Oktober haben wir das Problem, und Ihr Support hat es bis heute nicht gelöst. Für eine Software, die nicht funktioniert, zahle ich keine Wartungsgebühr.\n\nJana Wilke\nWilke Hörakustik",
        lab(
            note="payment refused while a software fault stays unresolved; English-language client"
        ),
        loc="en",
        inv="FS26-03498",
        amt="476,00 €",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Cabinet Morel Expertise", "compta@morel-expertise.example"),
        "2026-12-07 10:12 +0100",
        "html_only",
        "Bonjour,\n\nLa facture FS26-04452 fait doublon avec la facture FS26-04410 : même période (octobre 2026), mêmes licences, même montant. La FS26-04410 a été réglée le 12 novembre.\n\nMerci d'annuler la FS26-04452 par un avoir.\n\nCordialement,\n\nSophie Morel\nExpert-comptable\nCabinet Morel Expertise\n\nCe message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.",
        lab(
            ("FS26-04452", "FS26-04410"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="FS26-04452",
        amt="564,00 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Karim Benali", "dsi@ville-montclar.example"),
        "2026-12-15 14:50 +0100",
        "owa",
        "Bonjour,\n\nLe prix unitaire appliqué sur cette facture (45,00 € HT par poste et par mois) ne correspond pas au bordereau de prix du marché n° 2025-INF-07, qui fixe 38,00 € HT. Nous ne pouvons pas mandater une facture non conforme au marché.\n\nMerci de nous adresser une facture rectifiée.\n\nCordialement,\nKarim Benali\nResponsable informatique\nVille de Montclar-sur-Loire",
        lab(
            note="price above the public contract's schedule; the corrected invoice follows from the contested amount"
        ),
        inv="FS26-05290",
        amt="3 240,00 €",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Asociación Manos Abiertas", "administracion@manosabiertas.example"),
        "2026-11-27 12:35 +0100",
        "gmail_plain",
        "Hola:\n\nNos cobráis la renovación de 30 licencias del antivirus, pero solo renovamos 20, tal como os indicamos por correo el 2 de octubre. Las otras 10 eran de equipos que ya no usamos.\n\nPor favor, enviadnos una factura corregida por las 20 licencias y la pagaremos enseguida.\n\nGracias,\nPilar Ibáñez\nAdministración – Asociación Manos Abiertas",
        lab(note="seat count contested; the payment depends on the correction"),
        inv="FS26-03701",
        amt="870,00 €",
        cte="b64",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Ingrid van Leeuwen", "i.vanleeuwen@dijkerland.example"),
        "2026-12-11 11:11 +0100",
        "html_only",
        "Geachte heer/mevrouw,\n\nDeze factuur betreft het herstel van de back-upserver na de storing van 6 oktober. Die werkzaamheden vallen volgens ons onder de SLA (artikel 4.2, storingen binnen de contracturen) en mogen dus niet apart in rekening worden gebracht.\n\nWij verzoeken u de factuur te crediteren.\n\nMet vriendelijke groet,\n\nIngrid van Leeuwen\nContractmanager ICT\nGemeente Dijkerland",
        lab(note="HTML-only Outlook message; the work is covered by the service agreement"),
        inv="FS26-05177",
        amt="€ 1.089,00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruben Mulder", "ruben@mulderbouwadvies.example"),
        "2026-11-30 07:48 +0100",
        "iphone",
        "Niet betaald en dat doen we ook niet voordat de twee laptops van deze factuur binnen zijn. Nooit geleverd!\n\nRuben",
        lab(note="negated payment: the goods on the invoice were never delivered"),
        inv="FS26-03840",
        amt="€ 2.335,30",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Associazione Culturale Il Faro", "segreteria@associazioneilfaro.example"),
        "2026-12-14 10:25 +0100",
        "gmail",
        "Buongiorno,\n\nnon abbiamo pagato perché la fattura è intestata alla Pro Loco di Castelverde, che è un'altra associazione, e l'importo non corrisponde al preventivo che avevamo firmato (480 euro, non 620).\n\nVi chiediamo di annullarla e di emetterne una corretta.\n\nUn saluto,\nLucia Ferri\nSegreteria – Associazione Culturale Il Faro",
        lab(note="wrong customer on the invoice and an amount above the signed quote"),
        inv="FS26-05012",
        amt="€ 620,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Officina Meccanica Zanetti", "contabilita@officinazanetti.example"),
        "2026-12-16 15:15 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura FS26-01988 l'abbiamo pagata il 30 ottobre. Nella FS26-02051 però ci avete addebitato di nuovo lo stesso intervento di configurazione del firewall, con la stessa data. Non la paghiamo finché non ci mandate una nota di credito.\n\nSaluti\nGiorgio Zanetti\nOfficina Meccanica Zanetti",
        lab(
            ("FS26-01988", "FS26-02051"),
            note="the paid invoice is another one; the reminded invoice bills the same work again",
        ),
        inv="FS26-02051",
        amt="€ 305,00",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Jo Ellison", "jo.ellison@harbourlightscentre.example"),
        "2026-11-23 14:00 +0000",
        "gmail",
        "Hi there,\n\nWould it be possible to split this into three monthly payments of £412? Our reserves are very tight until our Gift Aid reclaim comes through in the new year, but we don't want to leave you waiting for the whole amount.\n\nMany thanks,\nJo Ellison\nCentre Manager, Harbour Lights Community Centre",
        lab(),
        inv="FS26-03290",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Colin Baird", "colin@bairdlandscapes.example"),
        "2026-12-08 10:30 +0000",
        "outlook_html",
        "Morning,\n\nCash flow is tight this month. We can pay £500 today and the remaining £720 at the end of January. Would that be acceptable to you?\n\nRegards,\nColin Baird\nDirector\nBaird Landscapes Ltd",
        lab(note="part now plus the rest in January → payment_plan, not payment_sent"),
        inv="FS26-04903",
        amt="£1,220.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Priya Raman", "priya@ramanphysio.example"),
        "2026-12-16 12:48 +0000",
        "thunderbird",
        "Hello,\n\nIs it possible to pay the annual licence quarterly instead of in one go? We're a small practice and £1,440 in one hit in December is difficult. If so, what would the quarterly amounts be?\n\nBest regards,\nPriya Raman\nRaman Physiotherapy",
        lab(note="a question about instalments is a payment_plan request"),
        inv="FS26-05366",
        amt="£1,440.00",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Förderverein GS Am Lindenhof", "foerderverein@gs-lindenhof.example"),
        "2026-11-24 19:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nals ehrenamtlich geführter Förderverein können wir den Betrag leider nicht auf einmal begleichen. Wir schlagen vor, ihn in vier Monatsraten zu 297,50 € zu zahlen, die erste Rate zum 15.12.2026. Bitte teilen Sie uns mit, ob Sie damit einverstanden sind.\n\nMit freundlichen Grüßen\nAnja Roth\nKassiererin\nFörderverein der Grundschule Am Lindenhof e.V.",
        lab(note="plan dates and amounts are not labelled"),
        inv="FS26-03566",
        amt="1.190,00 €",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Dirk Hansen", "dirk.hansen@hansen-fliesen.example"),
        "2026-12-12 09:04 +0100",
        "android",
        "Moin, geht auch Ratenzahlung? Ich könnte jeden Monat 200 € überweisen, bis alles bezahlt ist.\nGruß Dirk",
        lab(),
        inv="FS26-05097",
        amt="980,00 €",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Hélène Roussel", "h.roussel@compagnie-lescigales.example"),
        "2026-12-01 11:30 +0100",
        "apple",
        "Bonjour,\n\nSerait-il possible d'échelonner le paiement en trois fois ? Nous pourrions régler la première échéance dès cette semaine, puis les deux suivantes fin janvier et fin février.\n\nBien à vous,\nHélène Roussel\nAdministratrice\nCompagnie Les Cigales (théâtre amateur)",
        lab(),
        inv="FS26-03925",
        amt="720,00 €",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Alberto Peña", "alberto@penayasociados-arq.example"),
        "2026-12-03 13:05 +0100",
        "gmail",
        "Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a mediados de enero. Diciembre se nos ha complicado mucho con los cobros.\n\nGracias y un saludo,\nAlberto Peña\nPeña y Asociados Arquitectos",
        lab(),
        inv="FS26-04275",
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Asesoría Contable Ebro", "cobros@asesoriaebro.example"),
        "2026-12-14 10:40 +0100",
        "outlook",
        "Buenos días:\n\nLes escribimos en representación de nuestro cliente, Panadería Hermanos Gil, S.C. Debido a una situación puntual de tesorería, nuestro cliente propone abonar la factura en seis cuotas mensuales de 150,00 €, a partir del 5 de enero de 2027.\n\nQuedamos a la espera de su conformidad.\n\nAtentamente,\nJavier Esteban\nAsesoría Contable Ebro",
        lab(note="accountants propose instalments for their client"),
        inv="FS26-05244",
        amt="900,00 €",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Wim Bakker", "wim.bakker@speeltuinvereniging-oost.example"),
        "2026-11-26 20:30 +0100",
        "gmail",
        "Beste,\n\nKunnen we een betalingsregeling treffen? Wij zijn een kleine vrijwilligersvereniging en kunnen het bedrag niet in één keer missen. Wij denken aan € 250 per maand.\n\nMet vriendelijke groet,\nWim Bakker\nPenningmeester Speeltuinvereniging Oost",
        lab(),
        inv="FS26-03688",
        amt="€ 1.000,00",
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Sanne Kok", "sanne@kokvertalingen.example"),
        "2026-12-09 12:15 +0100",
        "iphone_html",
        "Hoi, ik maak vandaag € 400 over en de rest in twee delen, in januari en februari. Hoop dat dat goed is!\nSanne",
        lab(note="part paid today plus two later parts → payment_plan, not payment_sent"),
        inv="FS26-04967",
        amt="€ 1.210,00",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Marco Gentile", "marco.gentile@gentileimpianti.example"),
        "2026-11-30 18:22 +0100",
        "thunderbird",
        "Buonasera,\n\nsarebbe possibile rateizzare l'importo in tre rate mensili? Il periodo è difficile e preferiremmo non lasciare la fattura in sospeso.\n\nGrazie,\nMarco Gentile\nGentile Impianti Elettrici",
        lab(),
        inv="FS26-03811",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Fondazione Casa Aperta", "economato@fondazionecasaaperta.example"),
        "2026-12-17 11:50 +0100",
        "owa",
        "Buongiorno,\n\na causa del ritardo nell'erogazione del contributo regionale, vi proponiamo di saldare la fattura in due tranche: il 50% entro il 22 dicembre e il restante 50% entro il 29 gennaio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti,\nUfficio Economato\nFondazione Casa Aperta ETS",
        lab(note="two dated halves: payment_plan, the dates are not labelled"),
        inv="FS26-05371",
        amt="€ 1.830,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Kate Morrison", "kate@morrisonflorists.example"),
        "2026-11-24 10:10 +0000",
        "gmail_plain",
        "Hi,\n\nCould you send me a copy of this invoice please? I can't find it anywhere in our system, I think it went to an old email address.\n\nThanks\nKate\nMorrison Florists",
        lab(),
        inv="FS26-03420",
        amt="£84.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Accounts Payable – Ashbury District Council", "ap@ashburydc.example"),
        "2026-12-10 14:02 +0000",
        "outlook_html",
        "Dear Supplier,\n\nWe are unable to process invoice FS26-04803 because it does not quote a valid purchase order number. Under the Council's No PO, No Pay policy, please reissue the invoice quoting PO 4500187732 and submit it to ap@ashburydc.example.\n\nThe invoice will then be paid within our standard 30-day terms.\n\nRegards,\nAccounts Payable Team\nAshbury District Council\n\nThis email and any attachments are intended solely for the addressee and may contain confidential information. If you have received this email in error, please notify the sender and delete it. Ashbury District Council may monitor email traffic.",
        lab(
            ("FS26-04803",),
            note="reissue with a PO number, amount not contested: invoice_request; the conditional payment is secondary",
        ),
        inv="FS26-04803",
        amt="£3,150.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Tom Beckett", "tom@beckettplumbing.example"),
        "2026-12-14 19:55 +0000",
        "iphone",
        "Sorry, which licences is this one for? I thought our email was on direct debit. Can you send a breakdown",
        lab(note="asks what the invoice covers and for a breakdown"),
        inv="FS26-05302",
        amt="£262.80",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Rechnungseingang Stadt Lennau", "rechnungseingang@stadt-lennau.example"),
        "2026-11-25 08:40 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber dürfen wir nur noch elektronische Rechnungen im Format XRechnung annehmen. Ihre Rechnung FS26-03718 ist bei uns lediglich als PDF eingegangen und konnte daher nicht verbucht werden.\n\nBitte reichen Sie die Rechnung über das Rechnungseingangsportal erneut ein und geben Sie dabei unsere Leitweg-ID 08-99-0002-37 an.\n\nMit freundlichen Grüßen\nRechnungseingang\nStadtverwaltung Lennau",
        lab(
            ("FS26-03718",),
            note="asks for the invoice again as an e-invoice; the amount is not contested",
        ),
        inv="FS26-03718",
        amt="2.499,00 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Service Finances", "finances@bellerive-les-ormes.example"),
        "2026-12-02 15:25 +0100",
        "owa",
        "Bonjour,\n\nNous ne pouvons pas traiter les factures adressées par courriel. Conformément à la réglementation, merci de déposer votre facture FS26-04155 sur Chorus Pro, en indiquant le SIRET de la commune (200 099 999 00017) et le numéro d'engagement 2026-0412.\n\nDès réception sur la plateforme, la facture sera traitée dans le délai global de paiement.\n\nCordialement,\nService Finances\nMairie de Bellerive-les-Ormes",
        lab(
            ("FS26-04155",),
            note="resubmission through the public e-invoicing portal; the amount is not contested",
        ),
        inv="FS26-04155",
        amt="1 320,00 €",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mathilde Lemaire", "m.lemaire@lemaire-associes.example"),
        "2026-12-16 09:15 +0100",
        "gmail",
        "Bonjour,\n\nPourriez-vous nous adresser un relevé de compte à jour ainsi qu'un duplicata de la facture ? Nous préparons la clôture de notre client, la SARL Boulangerie Vasseur, et nous ne retrouvons pas la pièce.\n\nMerci par avance,\nMathilde Lemaire\nCabinet Lemaire & Associés – Expertise comptable",
        lab(note="statement of account and a duplicate, asked by the client's accountants"),
        inv="FS26-05260",
        amt="415,20 €",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Tesorería Municipal", "tesoreria@santaolalladelmonte.example"),
        "2026-11-26 12:00 +0100",
        "outlook",
        "Buenos días:\n\nLe recordamos que las facturas dirigidas a las Administraciones Públicas deben presentarse a través del Punto General de Entrada de Facturas Electrónicas (FACe). La factura FS26-03850 se recibió por correo electrónico y no puede tramitarse.\n\nPara su presentación necesitará los códigos DIR3 del Ayuntamiento: oficina contable L01999001, órgano gestor L01999002 y unidad tramitadora L01999003.\n\nAtentamente,\nTesorería Municipal\nAyuntamiento de Santa Olalla del Monte",
        lab(
            ("FS26-03850",),
            note="resubmission through the public e-invoicing portal; the amount is not contested",
        ),
        inv="FS26-03850",
        amt="968,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Marta Vidal", "marta@vidalinteriorismo.example"),
        "2026-12-04 16:45 +0100",
        "gmail_plain",
        "Hola,\n\n¿Me podéis reenviar la factura con nuestro NIF nuevo? Sale el de la sociedad antigua y mi gestor no me la acepta así. El importe está bien.\n\nGracias,\nMarta Vidal\nVidal Interiorismo, S.L.",
        lab(note="reissue with the right tax number; the amount is not contested"),
        inv="FS26-04585",
        amt="338,80 €",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Oosterbroek", "crediteuren@oosterbroek.example"),
        "2026-12-07 10:35 +0100",
        "owa",
        "Geachte leverancier,\n\nDe gemeente Oosterbroek ontvangt facturen uitsluitend als e-factuur via het Peppol-netwerk. Wilt u factuur FS26-04620 opnieuw indienen via Peppol en daarbij ons inkoopordernummer IO-2026-1183 vermelden? Een pdf per e-mail kunnen wij helaas niet verwerken.\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nGemeente Oosterbroek",
        lab(
            ("FS26-04620",),
            note="resubmission as an e-invoice with an order number; the amount is not contested",
        ),
        inv="FS26-04620",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Hans Verbeek", "hans@verbeekinstallatie.example"),
        "2026-11-23 16:20 +0100",
        "android",
        "Welke factuur is dit precies? Ik kan hem niet terugvinden in onze administratie. Kunt u een kopie sturen?\n\nHans Verbeek",
        lab(),
        inv="FS26-03166",
        amt="€ 199,65",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Comune di Roccabella – Ragioneria", "ragioneria@comune.roccabella.example"),
        "2026-12-09 09:55 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura FS26-04932 ci è pervenuta solo via e-mail e non può essere accettata. Le fatture verso la Pubblica Amministrazione devono essere trasmesse in formato elettronico tramite il Sistema di Interscambio (SdI), indicando il codice univoco ufficio UFXK3Q e il CIG Z3A0000000.\n\nVi preghiamo di procedere con il nuovo invio.\n\nDistinti saluti\nServizio Ragioneria\nComune di Roccabella",
        lab(
            ("FS26-04932",),
            note="resubmission through the public e-invoicing exchange; the amount is not contested",
        ),
        inv="FS26-04932",
        amt="€ 1.464,00",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Andrea Colombo", "studio@colombocommercialisti.example"),
        "2026-12-18 11:30 +0100",
        "gmail",
        "Buongiorno,\n\nsiamo lo studio che segue la contabilità del Panificio Moretti snc. Potete inviarci l'estratto conto aggiornato del cliente e copia delle fatture aperte? Dobbiamo verificare le partite prima della chiusura d'anno.\n\nGrazie,\nAndrea Colombo\nStudio Colombo – Commercialisti",
        lab(note="statement of account and copies, asked by the client's accountants"),
        inv="FS26-05418",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lucy Tran", "reception@brightsmiledental.example"),
        "2026-11-27 12:20 +0000",
        "gmail",
        "Hi,\n\nI'm on reception here so I can't do anything with this, sorry. All our invoices are handled by our accountants, Hallworth & Pike – their email is accounts@hallworthpike.example.\n\nLucy",
        lab(new_contact="accounts@hallworthpike.example"),
        inv="FS26-03601",
        amt="£540.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Kestrel Partners Accounts", "accounts@kestrel-partners.example"),
        "2026-12-07 03:14 +0000",
        "gmail_plain",
        "Dear Supplier,\n\nPlease be informed that our accounts department has been moved. Kindly update your records and send all future invoices, statements and reminders to kestrel.finance.dept@gmail.com only. Do not use the old address any more as it is no longer monitored.\n\nKindly note that remittance advices will also come from the new address from now on.\n\nRegards,\nAccounts Department",
        lab(
            new_contact="kestrel.finance.dept@gmail.com",
            note="phishing-like: a look-alike domain redirects mail to a free-mail address; labelled by what it asks, a person must verify before the contact is changed",
        ),
        inv="FS26-04706",
        amt="£4,212.00",
        headers=(("Reply-To", "kestrel.finance.dept@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Martin Hale", "m.hale@brightwaterht.example"),
        "2026-11-30 09:02 +0000",
        "outlook",
        "Hello,\n\nI left Brightwater Housing Trust at the end of October and only check this mailbox occasionally. For anything to do with invoices please contact the finance team at finance@brightwaterht.example.\n\nRegards,\nMartin Hale",
        lab(
            new_contact="finance@brightwaterht.example",
            note="written by a person, not an auto-reply",
        ),
        inv="FS26-03744",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Bürgerbüro Wendelsbrunn", "buergerbuero@wendelsbrunn.example"),
        "2026-12-01 10:22 +0100",
        "outlook",
        "Guten Tag,\n\nSie haben an das Bürgerbüro geschrieben, wir sind für Rechnungen nicht zuständig. Bitte wenden Sie sich an unsere Kämmerei: kaemmerei@wendelsbrunn.example.\n\nFreundliche Grüße\nBürgerbüro der Gemeinde Wendelsbrunn",
        lab(new_contact="kaemmerei@wendelsbrunn.example"),
        inv="FS26-04190",
        amt="738,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Steuerbüro Lindner", "info@steuerbuero-lindner.example"),
        "2026-12-10 13:40 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nwir sind lediglich das Steuerbüro der Metallbau Schäfer GmbH und erhalten Ihre Mahnungen offenbar, weil unsere Adresse in Ihrem Kundenstamm hinterlegt ist. Zahlungen veranlassen wir nicht. Bitte richten Sie Ihre Erinnerungen direkt an den Mandanten: buchhaltung@metallbau-schaefer.example.\n\nMit freundlichen Grüßen\nSteuerbüro Lindner",
        lab(new_contact="buchhaltung@metallbau-schaefer.example"),
        inv="FS26-05011",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Jacques Perrot", "jacques.perrot@club-randonnee-vercors.example"),
        "2026-11-23 20:05 +0100",
        "apple",
        "Bonsoir,\n\nJe ne suis plus trésorier du club depuis l'assemblée générale de septembre. La nouvelle trésorière est Mme Anne Giraud, vous pouvez la joindre à tresoriere@club-randonnee-vercors.example.\n\nBonne soirée,\nJacques Perrot",
        lab(new_contact="tresoriere@club-randonnee-vercors.example"),
        inv="FS26-03139",
        amt="156,00 €",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Accueil Mairie", "accueil@plessis-steclaire.example"),
        "2026-12-14 11:18 +0100",
        "outlook_html",
        "Bonjour,\n\nCe courriel est arrivé à l'accueil de la mairie, qui ne traite pas les factures. Je le transmets au service comptabilité en copie : Compta.Fournisseurs@Plessis-SteClaire.example. Merci d'utiliser cette adresse à l'avenir.\n\nCordialement,\nL'accueil de la mairie de Plessis-Sainte-Claire",
        lab(
            new_contact="compta.fournisseurs@plessis-steclaire.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="FS26-05233",
        amt="1 044,00 €",
        cc="Compta.Fournisseurs@Plessis-SteClaire.example",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Soporte Informático – Clínica Veterinaria Alcor", "informatica@vetalcor.example"),
        "2026-12-03 09:50 +0100",
        "gmail",
        "Buenos días:\n\nEsta dirección es la del departamento de informática, nosotros no gestionamos pagos. Las facturas y los avisos de cobro tienen que ir a contabilidad@vetalcor.example.\n\nUn saludo,\nIván",
        lab(new_contact="contabilidad@vetalcor.example"),
        inv="FS26-04261",
        amt="653,40 €",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Lucía Navarro", "lucia.navarro@gestoriapuente.example"),
        "2026-12-11 18:30 +0100",
        "iphone",
        "Hola, ya no llevo la contabilidad de este cliente desde noviembre. Escribid a mi compañero Daniel: daniel.ortiz@gestoriapuente.example\nGracias",
        lab(new_contact="daniel.ortiz@gestoriapuente.example"),
        inv="FS26-05143",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Klantcontactcentrum Heidewoude", "info@heidewoude.example"),
        "2026-11-25 13:30 +0100",
        "owa",
        "Geachte heer/mevrouw,\n\nU heeft uw bericht gestuurd naar het algemene adres van de gemeente. Facturen en betalingsherinneringen kunnen wij hier niet in behandeling nemen. Wilt u deze voortaan sturen naar crediteuren@heidewoude.example?\n\nMet vriendelijke groet,\n\nKlantcontactcentrum\nGemeente Heidewoude",
        lab(new_contact="crediteuren@heidewoude.example"),
        inv="FS26-03629",
        amt="€ 3.025,00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Pieter Jansen", "pjansen1971@gmail.com"),
        "2026-12-15 21:05 +0100",
        "gmail_plain",
        "Goedenavond,\n\nIk denk dat dit bericht niet voor mij bedoeld is. Ik ben particulier, heb geen bedrijf en heb nooit iets bij u afgenomen. Waarschijnlijk een typefout in het adres.\n\nPieter Jansen",
        lab(note="wrong recipient altogether, no new address; Dutch reply to an English reminder"),
        rlang="en",
        inv="FS26-05317",
        amt="€423.50",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberta Greco", "r.greco@cantinevalpoggio.example"),
        "2026-12-04 12:45 +0100",
        "outlook",
        "Buongiorno,\n\nda ottobre non mi occupo più dell'amministrazione. Per fatture e pagamenti scrivete per favore a amministrazione@cantinevalpoggio.example.\n\nGrazie e buona giornata,\nRoberta Greco",
        lab(new_contact="amministrazione@cantinevalpoggio.example"),
        inv="FS26-04395",
        amt="€ 457,50",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Gemma Lloyd", "gemma@lloydyoga.example"),
        "2026-11-26 07:30 +0000",
        "iphone",
        "Please remove this address from your mailing list, thank you.",
        lab(note="English reply to a German reminder"),
        rlang="de",
        inv="FS26-03305",
        amt="72,00 €",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Ray Donnelly", "ray@donnellyautos.example"),
        "2026-12-03 12:10 +0000",
        "samsung",
        "STOP EMAILING ME. This was paid in full on the 20th, check your own records before sending threats.\nRay",
        lab(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; no paid_date"
        ),
        inv="FS26-04077",
        amt="£388.80",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Ormsworth Town Council", "enquiries@ormsworthtc.example"),
        "2026-12-15 10:00 +0000",
        "outlook",
        "Dear Sir/Madam,\n\nThis mailbox is for general enquiries only. The Council does not accept invoices or payment reminders by email: all correspondence about this account must be sent by post to the Finance Department, Town Hall, Market Street, Ormsworth. Please remove this address from your records.\n\nYours faithfully,\n\nFinance Department\nOrmsworth Town Council",
        lab(note="post only, and remove this address: unsubscribe; no new e-mail contact"),
        inv="FS26-05184",
        amt="£1,902.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Anna Schreiber", "a.schreiber@schreiber-design.example"),
        "2026-11-30 15:45 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie diese E-Mail-Adresse aus Ihrem Verteiler. Ich bin seit Oktober nicht mehr im Unternehmen tätig und möchte keine weiteren Nachrichten erhalten.\n\nAnna Schreiber",
        lab(
            note="remove me + no longer there, without a new address: unsubscribe beats wrong_contact"
        ),
        inv="FS26-03867",
        amt="595,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Rolf Berger", "info@berger-gartenbau.example"),
        "2026-12-08 08:20 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen und fordere Sie gemäß Art. 17 DSGVO auf, sie aus Ihren Verteilern zu löschen. Schriftverkehr bitte ausschließlich per Post.\n\nRolf Berger\nBerger Gartenbau",
        lab(note="data-protection objection and post only: unsubscribe"),
        inv="FS26-04736",
        amt="321,30 €",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Odile Vasseur", "odile.vasseur@secours-solidaire-val.example"),
        "2026-12-02 17:40 +0100",
        "iphone",
        "Bonjour, merci de me retirer de vos envois, je ne suis que bénévole à l'accueil et je ne m'occupe pas des factures.\nOdile",
        lab(
            note="remove me + not in charge, without a new address: unsubscribe beats wrong_contact"
        ),
        inv="FS26-04168",
        amt="240,00 €",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Karine Lopes", "karine.lopes@lopes-coiffure.example"),
        "2026-12-17 13:02 +0100",
        "android",
        "STOP",
        lab(note="'STOP' alone: unsubscribe"),
        inv="FS26-05388",
        amt="89,90 €",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carmen Ruiz", "carmen.ruiz@academiaidiomasluna.example"),
        "2026-11-25 11:40 +0100",
        "gmail",
        "Hola,\n\nPor favor, dejen de enviar correos a esta dirección. La academia cerró en verano y ya no tengo relación con la empresa.\n\nCarmen Ruiz",
        lab(note="stop request; the closed business names no other contact"),
        inv="FS26-03596",
        amt="410,00 €",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Fundación Horizonte Verde", "protecciondatos@fundacionhorizonteverde.example"),
        "2026-12-16 16:30 +0100",
        "outlook",
        "Estimados señores:\n\nEn virtud del Reglamento General de Protección de Datos, les solicitamos que supriman esta dirección de correo de sus bases de datos y dejen de utilizarla para cualquier comunicación, incluidas las reclamaciones de pago.\n\nAtentamente,\nDelegado de Protección de Datos\nFundación Horizonte Verde",
        lab(note="data-protection erasure request: unsubscribe"),
        inv="FS26-05351",
        amt="1.210,00 €",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Jeroen Smit", "jeroen@stichtingmuziekinhetpark.example"),
        "2026-12-04 22:10 +0100",
        "iphone",
        "Graag afmelden voor deze mails. De stichting is opgeheven.\n\nJeroen",
        lab(note="the foundation was wound up; the remove request decides"),
        inv="FS26-04488",
        amt="€ 145,20",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Paola Esposito", "paola.esposito.fotografa@gmail.com"),
        "2026-11-24 13:25 +0100",
        "gmail",
        "Vi prego di non scrivere più a questo indirizzo e di cancellarmi dalla vostra lista.\n\nPaola",
        lab(),
        inv="FS26-03455",
        amt="€ 118,00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Circolo Ricreativo La Quercia", "circolo@circololaquercia.example"),
        "2026-12-10 10:50 +0100",
        "outlook",
        "Buongiorno,\n\nsmettetela di mandare solleciti: la fattura è contestata e ve l'abbiamo già scritto due volte, le licenze non sono mai state attivate. Non scriveteci più a questo indirizzo, d'ora in poi solo tramite il nostro legale.\n\nIl Presidente\nCircolo Ricreativo La Quercia APS",
        lab(
            note="stop request with a dispute and 'only through our lawyer': unsubscribe beats dispute"
        ),
        inv="FS26-04951",
        amt="€ 366,00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitcombe", "s.whitcombe@hawthornecare.example"),
        "2026-11-25 07:31 +0000",
        "notice_html",
        "Thank you for your email. I am on annual leave and will return to the office on Wednesday 2 December.\n\nIf your query relates to invoices or payments, please email finance@hawthornecare.example and a member of the team will help.\n\nSarah Whitcombe\nFinance Manager\nHawthorne Care Trust",
        lab(
            return_date="2026-12-02",
            note="a colleague's address in an auto-reply keeps new_contact null",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Accounts Payable", "accountspayable@northfieldcouncil.example"),
        "2026-12-09 14:15 +0000",
        "none",
        "This is an automated response. Please do not reply to this email.\n\nThank you for contacting Northfield Borough Council Accounts Payable. Your enquiry has been logged under reference AP-2026-118734.\n\nWe aim to respond to all supplier enquiries within 10 working days. To check the status of an invoice, please use the supplier self-service portal.\n\nNorthfield Borough Council – Finance Shared Service",
        lab(note="ticket acknowledgement; a response time is not a return date"),
        subject="Your enquiry has been logged [Ref: AP-2026-118734]",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("David Osei", "david.osei@oseiandpartners.example"),
        "2026-11-30 08:00 +0000",
        "none",
        "Hello,\n\nI am out of the office until 4 December with limited access to email. Your message will be read when I return.\n\nKind regards,\nDavid Osei\nOsei & Partners Chartered Accountants",
        lab(return_date="2026-12-04", note="'until X' → X itself; no Auto-Submitted header"),
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Hofmann", "b.hofmann@sonnenhof-ggmbh.example"),
        "2026-11-27 09:45 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 04.12.2026, nicht im Büro. Ab Montag, 07.12.2026, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nBirgit Hofmann\nVerwaltung – Sonnenhof gGmbH",
        lab(return_date="2026-12-07", note="the stated day back wins over 'bis einschließlich'"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Kanzlei Vogel Steuerberatung", "kanzlei@vogel-stb.example"),
        "2026-12-14 16:02 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Diese ist bei uns eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\nMit freundlichen Grüßen\nIhre Kanzlei Vogel Steuerberatung\n\nDies ist eine automatisch erzeugte Nachricht.",
        lab(note="receipt acknowledgement, no return date"),
        subject="Eingangsbestätigung: {rsub}",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Élodie Garnier", "e.garnier@atelier-garnier-archi.example"),
        "2026-11-24 12:00 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 30 novembre inclus. Je serai de retour le mardi 1er décembre et traiterai votre message dès mon retour.\n\nCordialement,\nÉlodie Garnier",
        lab(return_date="2026-12-01", note="the stated day back wins over 'jusqu'au … inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Ville de Castelroux", "ne-pas-repondre@castelroux.example"),
        "2026-12-08 09:12 +0100",
        "none",
        "Madame, Monsieur,\n\nNous accusons réception de votre message adressé au Service Finances de la Ville de Castelroux. Il sera traité dans les meilleurs délais.\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
        lab(note="receipt acknowledgement, no return date"),
        subject="Accusé de réception - {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_GEN, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Raúl Domínguez", "raul.dominguez@cooperativalaencina.example"),
        "2026-12-04 18:05 +0100",
        "none",
        "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Para asuntos urgentes de facturación pueden llamar al 900 000 000.\n\nUn saludo,\nRaúl Domínguez\nCooperativa Agraria La Encina",
        lab(return_date="2026-12-14", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke Dekker", "f.dekker@dekkeradvies.example"),
        "2026-12-07 08:30 +0100",
        "notice_html",
        "Dank voor uw bericht.\n\nIk ben afwezig tot en met vrijdag 11 december en vanaf maandag 14 december weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nFemke Dekker\nDekker Administratie & Advies",
        lab(return_date="2026-12-14", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Lindewaard", "noreply@lindewaard.example"),
        "2026-11-23 10:41 +0100",
        "none",
        "Dit is een automatisch bericht.\n\nWij hebben uw e-mail in goede orde ontvangen. U krijgt binnen vijf werkdagen een reactie. Heeft u een vraag over een betaling, vermeld dan altijd het factuurnummer.\n\nMet vriendelijke groet,\nGemeente Lindewaard",
        lab(note="receipt acknowledgement; a response time is not a return date"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Giulia Fontana", "g.fontana@studiofontana-ingegneria.example"),
        "2026-11-23 08:10 +0100",
        "none",
        "Buongiorno,\n\nsono in ferie fino a venerdì 27 novembre. Per urgenze potete contattare la segreteria allo 02 0000 0000.\n\nCordiali saluti,\nGiulia Fontana",
        lab(return_date="2026-11-27", note="'fino a X' → X itself"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Luca Moretti", "l.moretti@ilgirasole-odv.example"),
        "2026-12-09 17:30 +0100",
        "none",
        "Sarò assente dall'ufficio fino a venerdì 11 dicembre compreso e rientrerò lunedì 14 dicembre.\n\nI will be out of the office until Friday 11 December and back on Monday 14 December.\n\nLuca Moretti\nAssociazione Il Girasole ODV",
        lab(
            return_date="2026-12-14",
            note="bilingual auto-reply, Italian first; the day back wins",
        ),
        subject="Fuori sede / Out of office: {rsub}",
        headers=(AUTO, XARS),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Naomi Fielding", "finance@greenacrefoodbank.example"),
        "2026-12-01 11:12 +0000",
        "outlook_html",
        "Hello,\n\nBefore we pay this, can you confirm your bank details by phone? Last week we received an email, apparently from your accounts team, saying your bank account had changed and asking us to pay all open invoices to a new account. It came from a slightly different address and something about it didn't feel right.\n\nWe won't pay anything until someone from Fjord has called me on 01632 960377.\n\nNaomi Fielding\nFinance Coordinator\nGreenacre Food Bank",
        lab(
            note="bank-details check after a suspected redirect attempt; payment on hold, no promise and nothing contested: a person must call"
        ),
        inv="FS26-04093",
        amt="£264.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Bethany Cole", "bethany@colecatering.example"),
        "2026-11-23 09:40 +0000",
        "gmail",
        "Thanks, received. I've passed it on to Mark who deals with the accounts – he's back in on Thursday.\n\nBeth",
        lab(note="acknowledgement; passing it on names no address and promises nothing"),
        inv="FS26-03233",
        amt="£612.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Ian Forsyth", "ian@forsythsurveyors.example"),
        "2026-12-11 15:20 +0000",
        "thunderbird_html",
        "Hi,\n\nNot about the invoice as such, but while I have you: we're taking on two new surveyors in January. Could you quote for two more Microsoft 365 Business Standard licences and two laptops set up the same as the last ones?\n\nThanks,\nIan Forsyth\nForsyth Chartered Surveyors",
        lab(note="sales enquiry in the reminder thread; nothing about paying"),
        inv="FS26-05129",
        amt="£1,584.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Nachbarschaftshilfe Elbauen e.V.", "verwaltung@nachbarschaftshilfe-elbauen.example"),
        "2026-12-16 10:05 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nzur Kenntnis: Unser Verein ist zum 1. Dezember umgezogen. Die neue Anschrift lautet Hafenstraße 14, Elbstadt. Bitte ändern Sie die Adresse in Ihren Stammdaten, damit künftige Rechnungen richtig ankommen.\n\nMit freundlichen Grüßen\nVerwaltung\nNachbarschaftshilfe Elbauen e.V.",
        lab(note="change of postal address; the e-mail contact stays the same"),
        inv="FS26-05345",
        amt="312,00 €",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Sylvie Bonnet", "sylvie@bonnet-immobilier.example"),
        "2026-11-26 16:10 +0100",
        "gmail",
        "Bonjour,\n\nPetite question sans rapport avec la facture : est-ce que vous assurez aussi la maintenance des imprimantes multifonctions ? La nôtre affiche une erreur réseau depuis lundi.\n\nMerci,\nSylvie Bonnet\nAgence Bonnet Immobilier",
        lab(note="service question unrelated to the invoice; French reply to an English reminder"),
        rlang="en",
        inv="FS26-03682",
        amt="€468.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Patrick Lemoine", "p.lemoine@mairie-vauclerc.example"),
        "2026-12-10 08:05 +0100",
        "iphone",
        "Bonjour, votre technicien peut-il passer mardi matin à la mairie ? Le poste du secrétariat ne démarre plus. Merci\nPatrick Lemoine, adjoint au maire",
        lab(note="support request in the reminder thread"),
        inv="FS26-05040",
        amt="684,00 €",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Elena Campos", "elena@camposdental.example"),
        "2026-11-27 13:10 +0100",
        "samsung",
        "Recibido.",
        lab(note="one-word acknowledgement, not a payment claim"),
        inv="FS26-03716",
        amt="275,00 €",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Jorge Medina", "jorge.medina@clubnauticoelfaro.example"),
        "2026-12-14 12:25 +0100",
        "gmail_plain",
        "Buenas,\n\nAprovecho para preguntaros otra cosa: la licencia del antivirus nos caduca el día 20. ¿Se renueva sola o tenemos que pedirla? No quiero que nos quedemos sin protección en Navidad.\n\nGracias,\nJorge Medina\nClub Náutico El Faro",
        lab(note="product question; nothing about the open invoice"),
        inv="FS26-05199",
        amt="512,60 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Lotte Vermeulen", "lotte@vermeulenfysio.example"),
        "2026-12-03 12:55 +0100",
        "iphone",
        "Ok, dank je. Ik kijk er vanavond naar.",
        lab(note="acknowledgement; looking at it is no commitment to pay"),
        inv="FS26-04237",
        amt="€ 96,80",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Stichting Buurtwerk De Brug", "info@buurtwerkdebrug.example"),
        "2026-12-17 14:40 +0100",
        "outlook_html",
        "Geachte relatie,\n\nGraag informeren wij u dat Stichting Buurtwerk De Brug per 1 januari 2027 fuseert met Stichting Welzijn Oost. Alle lopende overeenkomsten gaan over naar de nieuwe organisatie. U ontvangt begin januari een brief met de nieuwe gegevens.\n\nMet vriendelijke groet,\nHet bestuur",
        lab(note="merger announcement; no new contact yet and nothing about the invoice"),
        inv="FS26-05392",
        amt="€ 726,00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefano Ricci", "stefano@riccitrasporti.example"),
        "2026-11-25 18:40 +0100",
        "android",
        "Ho girato tutto al commercialista, ci pensa lui.\nStefano",
        lab(
            note="passed on to the accountant without an address or a date: no contact, no promise"
        ),
        inv="FS26-03591",
        amt="€ 427,00",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Daniela Conti", "info@prolocovalmarina.example"),
        "2026-12-15 11:05 +0100",
        "outlook",
        "Buongiorno,\n\npotreste richiamarmi allo 0341 000000? Vorrei capire come rinnovare per il 2027 i servizi di posta e di backup, visto che cambierà il consiglio direttivo.\n\nGrazie,\nDaniela Conti\nPro Loco Valmarina",
        lab(note="renewal question by phone; nothing about the open invoice"),
        inv="FS26-05277",
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

OUR_MTA = "mail.fjord-software.example"
EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fjord-software.example>"
)
GMAIL_SENDER = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    delay: int = 2  # minutes between sending the reminder and the report
    inv: str = DEFAULT_INVOICE
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay)).replace(second=41)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        """The reminder as Fjord sent it."""
        body = reminder_body(self.rlang, self.inv, "") + "\n"
        msg = text_part(body, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, *, remote: str = "", dtype: str = "smtp"
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if mta.endswith(AR_DOMAIN):
        per_message.append(f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 11)}")
    per_message.append(f"Arrival-Date: {format_datetime(b.sent)}")
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {dtype}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(lines) + "\n"]
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    received = (
        f"Received: from app01.internal.{AR_DOMAIN} (app01.internal.{AR_DOMAIN} [10.20.0.15])\n"
        f"\tby {OUR_MTA} (Postfix) with ESMTPS id {b32(b.key, 'queue', 11)}\n"
        f"\tfor <{b.rcpt}>; {format_datetime(b.sent)}\n"
    )
    text = received + "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    name, addr = parseaddr(sender)
    msg["From"] = sender if sender.isascii() else address(name, addr, "utf-8")
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def exchange_human(*, head: str, reason: str, admin: str, server: str, diag: str) -> Message:
    """The human-readable part of an Exchange Online non-delivery report."""
    text = f"{head}\n\n{reason}\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(head)}</font></b></p>'
        f"<p>{html_lines(reason)}</p><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><p>{html_lines(diag)}</p></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_postfix_hard(b: Bounce) -> Message:
    remote = f"mail.{b.domain}"
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, OUR_MTA, "failed", diag, remote=remote),
        MIMEMessage(b.reminder()),
    ]
    msg = report(parts)
    msg.set_param("description", "Undelivered Message")
    sender = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
    return finish(b, msg, sender, "Undelivered Mail Returned to Sender")


def bounce_sendmail_delay(b: Bounce) -> Message:
    relay = f"relay.{AR_DOMAIN}"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from {OUR_MTA} [192.0.2.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b, relay, "delayed", "Connection timed out", remote=f"mx.{b.domain}", dtype="X-Unix"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        "Warning: could not send message for past 4 hours",
    )


def bounce_qmail_hard(b: Bounce) -> Message:
    host = "smtp.hostingbox.example"
    rem = b.reminder()
    copy = "".join(f"{k}: {v}\n" for k, v in rem.items())
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.80 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: mailbox unavailable\n"
        "Giving up on 198.51.100.80.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 31877 invoked by uid 89); {format_datetime(b.sent)}\n"
        f"{copy}\n"
        f"{rem.get_payload()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", auto=False)


def bounce_provider_de_hard(b: Bounce) -> Message:
    human = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {OUR_MTA}.\n\n"
        "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden. "
        "Dies ist ein dauerhafter Fehler; es werden keine weiteren Zustellversuche unternommen.\n\n"
        f"<{b.rcpt}>: Der Server mx.{b.domain} hat die Annahme verweigert:\n"
        f"    550 5.1.1 <{b.rcpt}>: Empfängeradresse unbekannt (user unknown)\n\n"
        "Die Originalnachricht finden Sie im Anhang.\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: user unknown"
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(b, OUR_MTA, "failed", diag, remote=f"mx.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{OUR_MTA}>",
        f"Nicht zustellbar: {b.subject}",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = "FR4P281MB3322.DEUP281.PROD.OUTLOOK.example"
    diag = "451 4.4.316 Connection refused [Message=Socket error code 10061]"
    human = exchange_human(
        head=f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
        reason=f"Betreff: {b.subject}\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen. Sie müssen nichts weiter tun; falls die Zustellung endgültig fehlschlägt, erhalten Sie eine weitere Benachrichtigung.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Zustellung verzögert: {b.subject}")


def bounce_provider_fr_delay(b: Bounce) -> Message:
    host = "relais.hebergement-clair.example"
    human = (
        "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n"
        f"    Motif : le serveur mx.{b.domain} ne répond pas (421 4.4.1 délai de connexion dépassé)\n\n"
        "Il ne s'agit que d'un avertissement : vous n'avez pas besoin de renvoyer votre message. "
        "De nouvelles tentatives auront lieu pendant 5 jours ; vous serez prévenu si la remise échoue définitivement.\n"
    )
    diag = "421 4.4.1 Connection timed out"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, remote=f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Système de distribution du courrier <postmaster@{host}>",
        "Avertissement : remise du message retardée",
    )


def bounce_gmail_es_hard(b: Bounce) -> Message:
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta fue:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-4360d7e1c2asi883412f8f.88 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(b, msg, GMAIL_SENDER, "Notificación de estado de entrega (error)")


def bounce_exchange_es_full(b: Bounce) -> Message:
    server = "MAD1P195MB0771.ESPP195.PROD.OUTLOOK.example"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        head=f"No se pudo entregar a estos destinatarios o grupos:\n\n{b.rcpt}",
        reason="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diag=f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"No se puede entregar: {b.subject}")


def bounce_provider_nl_hard(b: Bounce) -> Message:
    host = "smtp.webhost-noord.example"
    rem = b.reminder()
    text = (
        f"Dit is een automatisch gegenereerd bericht van de mailserver {host}.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        f"Reden: het domein {b.domain} bestaat niet of heeft geen mailserver "
        "(550 5.1.2 bad destination domain).\n\n"
        "Dit is een permanente fout. Het bericht wordt niet opnieuw verstuurd.\n\n"
        "--- Kopregels van het oorspronkelijke bericht ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(b, msg, f"Mail Delivery System <MAILER-DAEMON@{host}>", "Onbestelbaar bericht")


def bounce_provider_nl_delay(b: Bounce) -> Message:
    host = "mx-uit.netwerkhosting.example"
    human = (
        "LET OP: dit is alleen een waarschuwing. U hoeft uw bericht niet opnieuw te versturen.\n\n"
        "Uw bericht aan de onderstaande ontvanger is nog niet bezorgd, omdat de verbinding met de "
        "ontvangende server herhaaldelijk werd verbroken:\n\n"
        f"    {b.rcpt} (mx.{b.domain}: 421 4.4.2 verbinding verbroken)\n\n"
        "Wij proberen het bericht nog 4 dagen af te leveren. Lukt dat niet, dan ontvangt u een nieuw bericht.\n"
    )
    diag = "421 4.4.2 Connection dropped"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, remote=f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Postmaster <postmaster@{host}>",
        f"Vertraagde bezorging: {b.subject}",
    )


def bounce_exchange_it_hard(b: Bounce) -> Message:
    server = "MI1P293MB0456.ITAP293.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        head=f"Il recapito ai seguenti destinatari o gruppi non è riuscito:\n\n{b.rcpt}",
        reason="L'indirizzo di posta elettronica immesso non è stato trovato. Verifica l'indirizzo del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {server}",
        diag=f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non recapitabile: {b.subject}")


def bounce_provider_it_full(b: Bounce) -> Message:
    host = "mx.postaitalia-hosting.example"
    text = (
        f"Questo è un messaggio automatico del server di posta {host}.\n\n"
        f"Il tuo messaggio per {b.rcpt} non è stato ancora consegnato: la casella del destinatario "
        "è piena (452 4.2.2 Mailbox full - casella piena).\n\n"
        "Il server proverà di nuovo a consegnarlo nei prossimi 4 giorni. Non è necessario reinviarlo.\n\n"
        f"Oggetto del messaggio: {latin1_safe(b.subject)}\n"
        f"Data del messaggio: {format_datetime(b.sent)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        f"Servizio di posta <mailer-daemon@{host}>",
        "Avviso: messaggio non ancora consegnato",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@tillerandcrane.example",
            "2026-11-23 07:35 +0000",
            "en",
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.1",
            "office@brookfieldscouts.example",
            "2026-11-30 11:40 +0000",
            "en",
            delay=245,
            inv="FS26-03876",
            note="Sendmail four-hour delay warning, RFC 3464 with returned headers",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "treasurer@ashgrovevillagehall.example",
            "2026-12-08 07:41 +0000",
            "en",
            inv="FS26-04655",
            note="qmail-style plain notice, not MIME, no Auto-Submitted",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "buchhaltung@rohrbach-sanitaer.example",
            "2026-12-02 07:33 +0100",
            "de",
            inv="FS26-04312",
            note="German Postfix-style RFC 3464 report with the returned message",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.316",
            "verwaltung@kita-regenbogenland.example",
            "2026-12-14 13:02 +0100",
            "de",
            delay=325,
            inv="FS26-05208",
            note="Exchange delay report in German; Exchange's three-digit detail code is kept",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.4.1",
            "secretariat@ecoledemusique-valdeloire.example",
            "2026-11-26 12:20 +0100",
            "fr",
            delay=290,
            inv="FS26-03517",
            note="French provider delay warning, RFC 3464",
        ),
        bounce_provider_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "clubdeportivo.sanroque@gmail.com",
            "2026-12-10 07:36 +0100",
            "es",
            inv="FS26-04990",
            note="Gmail DSN in Spanish",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "contabilidad@autoescuelagiralda.example",
            "2026-12-03 07:34 +0100",
            "es",
            inv="FS26-04128",
            note="mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_es_full,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.2",
            "administratie@stichtingkinderopvangzon.example",
            "2026-11-25 07:32 +0100",
            "nl",
            inv="FS26-03533",
            note="Dutch provider notice, single text part; the destination domain does not exist",
        ),
        bounce_provider_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.2",
            "info@bakkerijdekorenaar.example",
            "2026-12-16 12:10 +0100",
            "nl",
            delay=270,
            inv="FS26-05361",
            note="Dutch provider delay warning, RFC 3464",
        ),
        bounce_provider_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.10",
            "segreteria@comune-sanvitale.example",
            "2026-12-04 07:38 +0100",
            "it",
            inv="FS26-04407",
            note="Exchange non-delivery report in Italian",
        ),
        bounce_exchange_it_hard,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "amministrazione@coop-arcobaleno.example",
            "2026-12-17 15:45 +0100",
            "it",
            delay=480,
            inv="FS26-05390",
            note="Italian provider notice, plain 8-bit Latin-1, mailbox full",
        ),
        bounce_provider_it_full,
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


def check_spec(key: str, when: datetime, label: Mapping[str, object]) -> None:
    """Catch slips in the hand-written specs before anything is written."""
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        raise SystemExit(f"{key}: dated {when:%Y-%m-%d}, outside the corpus window")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    for name in DATE_KEYS:
        value = label[name]
        if value is not None:
            date.fromisoformat(str(value))
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or any(not str(x).startswith("FS26-") for x in refs):
        raise SystemExit(f"{key}: invoice_refs must be FS26-NNNNN")
    contact = label["new_contact"]
    if contact is not None and str(contact) != str(contact).lower():
        raise SystemExit(f"{key}: new_contact must be lower case")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items: list[tuple[str, Message, dict[str, object]]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_spec(r.key, r.dt, label)
        items.append((r.key, build_reply(r), label))
    for b, build in BOUNCES:
        label = bounce_label(b)
        check_spec(b.key, b.dt, label)
        items.append((b.key, build(b), label))
    return items


def check_balance(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        missing = [lang for lang in LANGS if not cells[intent, lang]]
        if missing:
            raise SystemExit(f"{intent}: no message in {missing}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces: {dict(kinds)}")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    str(msg["Subject"])
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


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
    check_balance([label for _, _, label in items])
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
