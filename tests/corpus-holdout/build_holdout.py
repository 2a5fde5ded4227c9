"""Build the held-out reply corpus: wrap the hand-written texts in `source/` into `.eml` files.

Run `python tests/corpus-holdout/build.py`. The output is deterministic: fixed seed, no clock.
It writes `msg-NNN.eml` and `labels.jsonl` next to this file and prints the intent x language table.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
SEED = 20261124
AR_NAME = "Accounts Receivable"
AR_ADDR = "receivables@brightline-tools.example"
AR = f"{AR_NAME} <{AR_ADDR}>"
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
    "intent",
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
    "invoice_refs",
    "language",
    "note",
)
BLOCK_START = "=== "
DASH = "\u2013"  # the reminders' subjects use an en dash

# ---------------------------------------------------------------- localisation tables

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
SHORT_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS = {
    "en": {11: "November", 12: "December"},
    "de": {11: "November", 12: "Dezember"},
    "fr": {11: "novembre", 12: "décembre"},
    "es": {11: "noviembre", 12: "diciembre"},
    "nl": {11: "november", 12: "december"},
    "it": {11: "novembre", 12: "dicembre"},
}
SHORT_MONTHS = {
    "en": {11: "Nov", 12: "Dec"},
    "de": {11: "Nov.", 12: "Dez."},
    "fr": {11: "nov.", 12: "déc."},
    "es": {11: "nov", 12: "dic"},
    "nl": {11: "nov", 12: "dec"},
    "it": {11: "nov", 12: "dic"},
}
OUTLOOK_HEADS = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_SENT = {
    "en": "{wd}, {mon} {d}, {y} {h12}:{mi} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {hm}",
    "fr": "{wd} {d} {mon} {y} {hm}",
    "es": "{wd}, {d} de {mon} de {y} {hm}",
    "nl": "{wd} {d} {mon} {y} {hm}",
    "it": "{wd} {d} {mon} {y} {hm}",
}
GMAIL_ATTR = {
    "en": "On {swd}, {smon} {d}, {y} at {h12}:{mi} {ampm} {name} <{addr}> wrote:",
    "de": "Am {swd}, {d}. {smon} {y} um {hm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {swd} {d} {smon} {y} à {hm}, {name} <{addr}> a écrit :",
    "es": "El {swd}, {d} {smon} {y} a las {hm}, {name} (<{addr}>) escribió:",
    "nl": "Op {swd} {d} {smon} {y} om {hm} schreef {name} <{addr}>:",
    "it": "Il giorno {swd} {d} {smon} {y} alle ore {hm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {smon} {d}, {y}, at {hm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {hm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {smon} {y} à {hm}, {name} <{addr}> a écrit :",
    "es": "El {d} {smon} {y}, a las {hm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {smon} {y} om {hm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {smon} {y}, alle ore {hm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mm}/{y} {hm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {hm} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {hm}, {name} a écrit :",
    "es": "El {dd}/{mm}/{y} a las {hm}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {hm} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {hm}, {name} ha scritto:",
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
NOTICE = {
    "en": ("Overdue invoice {inv} {dash} {n}", ("first notice", "second notice", "final notice")),
    "de": (
        "Überfällige Rechnung {inv} {dash} {n}",
        ("1. Erinnerung", "2. Mahnung", "letzte Mahnung"),
    ),
    "fr": (
        "Facture échue {inv} {dash} {n}",
        ("première relance", "deuxième relance", "dernière relance"),
    ),
    "es": ("Factura vencida {inv} {dash} {n}", ("primer aviso", "segundo aviso", "último aviso")),
    "nl": (
        "Vervallen factuur {inv} {dash} {n}",
        ("eerste herinnering", "tweede herinnering", "laatste aanmaning"),
    ),
    "it": (
        "Fattura scaduta {inv} {dash} {n}",
        ("primo sollecito", "secondo sollecito", "ultimo sollecito"),
    ),
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\nAccording to our records, invoice {inv} ({owed}, due {due}) is still open.\n"
        "If you have already paid, please reply with the payment date and reference so we can\n"
        "match it. If something is wrong with the invoice, reply to this e-mail and tell us.\n\n"
        "Thank you,\nAccounts Receivable\nBrightline Tools Ltd.\n{addr}"
    ),
    "de": (
        "Guten Tag,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} ({owed}, fällig am {due})\n"
        "noch offen. Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und\n"
        "Referenz mit. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf\n"
        "diese E-Mail.\n\n"
        "Freundliche Grüße\nDebitorenbuchhaltung\nBrightline Tools Ltd.\n{addr}"
    ),
    "fr": (
        "Bonjour,\n\nsauf erreur de notre part, la facture {inv} ({owed}, échue le {due}) reste\n"
        "impayée. Si vous avez déjà réglé, merci de nous indiquer la date et la référence du\n"
        "paiement. En cas de problème sur la facture, répondez simplement à ce message.\n\n"
        "Cordialement,\nService comptabilité clients\nBrightline Tools Ltd.\n{addr}"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Según nuestros registros, la factura {inv} ({owed}, vencida el {due})\n"
        "sigue pendiente. Si ya la han pagado, indíquenos la fecha y la referencia del pago.\n"
        "Si hay algún problema con la factura, responda a este correo.\n\n"
        "Atentamente,\nCuentas por cobrar\nBrightline Tools Ltd.\n{addr}"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Volgens onze administratie staat factuur {inv} ({owed}, vervallen op {due})\n"
        "nog open. Heeft u al betaald, laat ons dan de betaaldatum en referentie weten.\n"
        "Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\nDebiteurenadministratie\nBrightline Tools Ltd.\n{addr}"
    ),
    "it": (
        "Gentile cliente,\n\ndai nostri registri la fattura {inv} ({owed}, scaduta il {due})\n"
        "risulta ancora aperta. Se avete già pagato, indicateci data e riferimento del pagamento.\n"
        "Se c'è un problema con la fattura, rispondete semplicemente a questa e-mail.\n\n"
        "Cordiali saluti,\nContabilità clienti\nBrightline Tools Ltd.\n{addr}"
    ),
}
DEFAULT_OWED = {"en": "USD 1,840.00", "other": "EUR 1.840,00"}

# ---------------------------------------------------------------- source parsing


@dataclass(frozen=True)
class Block:
    """One hand-written message: its metadata lines and its new text."""

    key: str
    intent: str
    meta: dict[str, str]
    body: str

    def get(self, name: str, default: str = "") -> str:
        return self.meta.get(name, default)

    @property
    def lang(self) -> str:
        return self.meta["lang"]


def parse_meta(lines: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in lines:
        name, _, value = line.partition(":")
        meta[name.strip()] = value.strip()
    return meta


def parse_block(intent: str, chunk: str) -> Block:
    head, _, body = chunk.partition("\n---\n")
    key, *meta_lines = head.splitlines()
    return Block(key.strip(), intent, parse_meta(meta_lines), body.strip("\n"))


def read_blocks() -> list[Block]:
    blocks: list[Block] = []
    for intent in INTENTS:
        text = (SOURCE / f"{intent}.txt").read_text(encoding="utf-8")
        chunks = text.split("\n" + BLOCK_START)[1:]
        blocks.extend(parse_block(intent, chunk) for chunk in chunks)
    return blocks


# ---------------------------------------------------------------- the reminder being answered


@dataclass(frozen=True)
class Reminder:
    subject: str
    body: str
    sent: datetime
    msgid: str
    to: str


def token(key: str, salt: str, length: int) -> str:
    digest = hashlib.sha256(f"{salt}:{key}".encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "".join(alphabet[b % 32] for b in digest)[:length]


def reply_date(block: Block) -> datetime:
    return datetime.strptime(block.get("date"), "%Y-%m-%d %H:%M %z")


def reminder_sent(block: Block) -> datetime:
    """07:00 local time, `rdays` before the reply (default 2), moved back off a weekend."""
    when = reply_date(block)
    back = timedelta(days=int(block.get("rdays", "2")), hours=when.hour - 7, minutes=when.minute)
    sent = when - back
    while sent.weekday() >= 5:
        sent -= timedelta(days=1)
    return sent


def seeded_number(block: Block, salt: str, low: int, high: int) -> int:
    digest = hashlib.sha256(f"{salt}:{block.key}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def reminder_for(block: Block) -> Reminder:
    lang = block.get("rlang", block.lang)
    sent = reminder_sent(block)
    inv = block.get("invoice") or f"BT-{seeded_number(block, 'invoice', 55120, 55499)}"
    notice = block.get("notice") or str(seeded_number(block, "notice", 1, 3))
    pattern, notices = NOTICE[lang]
    subject = pattern.format(inv=inv, dash=DASH, n=notices[int(notice) - 1])
    owed = block.get("owed", DEFAULT_OWED["en" if lang == "en" else "other"])
    due = (sent - timedelta(days=38)).date().isoformat()
    body = REMINDER_BODY[lang].format(inv=inv, owed=owed, due=due, addr=AR_ADDR)
    msgid = f"<{token(block.key, 'reminder', 20)}@brightline-tools.example>"
    to = block.get("reminder_to") or block.get("failed_recipient") or address_of(block.get("from"))
    return Reminder(subject, body, sent, msgid, to)


def address_of(header: str) -> str:
    return header.rpartition("<")[2].rstrip(">").strip()


def date_fields(lang: str, when: datetime) -> dict[str, str]:
    hour12 = when.hour % 12 or 12
    return {
        "wd": WEEKDAYS[lang][when.weekday()],
        "swd": SHORT_DAYS[lang][when.weekday()],
        "mon": MONTHS[lang][when.month],
        "smon": SHORT_MONTHS[lang][when.month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mm": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "hm": f"{when.hour:02d}:{when.minute:02d}",
        "h12": str(hour12),
        "mi": f"{when.minute:02d}",
        "ampm": "AM" if when.hour < 12 else "PM",
        "name": AR_NAME,
        "addr": AR_ADDR,
    }


def attribution(table: dict[str, str], lang: str, reminder: Reminder) -> str:
    return table[lang].format(**date_fields(lang, reminder.sent))


# ---------------------------------------------------------------- quoting styles (text)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def outlook_block(lang: str, reminder: Reminder, separator: str | None = None) -> str:
    sep, f_from, f_sent, f_to, f_subj = OUTLOOK_HEADS[lang]
    sent = OUTLOOK_SENT[lang].format(**date_fields(lang, reminder.sent))
    first = sep if separator is None else separator
    return (
        f"{first}\n{f_from} {AR}\n{f_sent} {sent}\n{f_to} {reminder.to}\n"
        f"{f_subj} {reminder.subject}\n\n{reminder.body}"
    )


def text_with_quote(block: Block, reminder: Reminder) -> str:
    style, lang, body = block.get("client"), block.get("qlang", block.lang), block.body
    if style == "outlook":
        return f"{body}\n\n{outlook_block(lang, reminder)}"
    if style == "outlook-html":
        return f"{body}\n{outlook_block(lang, reminder, '')}"
    if style in ("owa", "android"):
        return f"{body}\n\n{outlook_block(lang, reminder, '_' * 32)}"
    table = {"apple": APPLE_ATTR, "iphone": APPLE_ATTR, "thunderbird": THUNDERBIRD_ATTR}
    attr = attribution(table.get(style, GMAIL_ATTR), lang, reminder)
    if style == "bottom":
        return f"{attr}\n\n{quoted(reminder.body)}\n\n{body}"
    if style in table or style.startswith("gmail"):
        return f"{body}\n\n{attr}\n\n{quoted(reminder.body)}"
    return body


# ---------------------------------------------------------------- quoting styles (HTML)


def paragraphs(text: str, tag: str = "div", attrs: str = "") -> str:
    out = []
    for line in text.splitlines():
        inner = html.escape(line, quote=False) if line else "<br>"
        out.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "\n".join(out)


def gmail_html(block: Block, reminder: Reminder) -> str:
    attr = html.escape(attribution(GMAIL_ATTR, block.get("qlang", block.lang), reminder))
    return (
        f'<div dir="ltr">{paragraphs(block.body)}</div><br>'
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs(reminder.body)}</blockquote></div>\n"
    )


def outlook_html(block: Block, reminder: Reminder) -> str:
    lang = block.get("qlang", block.lang)
    _, f_from, f_sent, f_to, f_subj = OUTLOOK_HEADS[lang]
    sent = OUTLOOK_SENT[lang].format(**date_fields(lang, reminder.sent))
    para = ' class="MsoNormal"'
    head = (
        f"<b>{f_from}</b> {html.escape(AR)}<br><b>{f_sent}</b> {sent}<br>"
        f"<b>{f_to}</b> {html.escape(reminder.to)}<br>"
        f"<b>{f_subj}</b> {html.escape(reminder.subject)}"
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}</style>"
        '</head><body lang="EN-GB"><div class="WordSection1">\n'
        f"{paragraphs(block.body, 'p', para)}\n<p{para}>&nbsp;</p>\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f"<p{para}>{head}</p></div><p{para}>&nbsp;</p>\n"
        f"{paragraphs(reminder.body, 'p', para)}\n</div></body></html>\n"
    )


def apple_html(block: Block, reminder: Reminder) -> str:
    attr = html.escape(attribution(APPLE_ATTR, block.get("qlang", block.lang), reminder))
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto">{paragraphs(block.body)}<div><br><blockquote type="cite">'
        f"{attr}<br><br>{paragraphs(reminder.body)}</blockquote></div></body></html>\n"
    )


# ---------------------------------------------------------------- MIME assembly


def latin_safe(block: Block, text: str) -> str:
    """A Latin-1 client turns the reminder's typographic dash into a hyphen when it quotes it."""
    if block.get("charset") != "iso-8859-1":
        return text
    return text.replace("\u2013", "-")


def set_text(msg: EmailMessage, block: Block, text: str, subtype: str = "plain") -> None:
    charset = block.get("charset", "utf-8")
    text = latin_safe(block, text)
    cte = block.get("cte", "quoted-printable")
    params = {"format": "flowed"} if block.get("client") == "thunderbird" else None
    msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)


def build_body(msg: EmailMessage, block: Block, reminder: Reminder) -> None:
    style = block.get("client")
    html_maker = {"gmail": gmail_html, "outlook-html": outlook_html}.get(style)
    if style == "html-only":
        set_text(msg, block, apple_html(block, reminder), "html")
    elif style == "raw-html":
        set_text(msg, block, block.body + "\n", "html")
    elif html_maker is not None:
        set_text(msg, block, text_with_quote(block, reminder) + "\n")
        html_text = latin_safe(block, html_maker(block, reminder))
        charset, cte = block.get("charset", "utf-8"), block.get("cte", "quoted-printable")
        msg.add_alternative(html_text, subtype="html", charset=charset, cte=cte)
    else:
        set_text(msg, block, text_with_quote(block, reminder) + "\n")


def put_header(msg: EmailMessage, block: Block, name: str, value: str) -> None:
    """Latin-1 messages get Latin-1 encoded-words, as their mail clients would write them."""
    value = latin_safe(block, value)
    latin = block.get("charset") == "iso-8859-1" and not value.isascii()
    if latin and name == "From":
        display, _, rest = value.partition(" <")
        msg.set_raw(name, Header(display, "iso-8859-1").encode() + " <" + rest)
    elif latin:
        msg.set_raw(name, Header(value, "iso-8859-1", header_name=name).encode())
    else:
        msg[name] = value


def message_id(block: Block) -> str:
    domain = address_of(block.get("from")).partition("@")[2]
    style = block.get("client")
    if style.startswith("gmail") or domain == "gmail.com":
        return f"<CA+{token(block.key, 'g', 30)}@mail.gmail.com>"
    if style in ("outlook", "outlook-html", "owa", "android"):
        server = f"AM9PR02MB{token(block.key, 'p', 4)}.eurprd02.prod.outlook.com"
        return f"<{token(block.key, 'o', 24)}@{server}>"
    return f"<{token(block.key, 'm', 16).lower()}@{domain}>"


def reply_subject(block: Block, reminder: Reminder) -> str:
    override = block.get("subject")
    if override:
        return override.replace("{subj}", reminder.subject)
    style = block.get("client")
    if style in ("outlook", "outlook-html", "owa", "android"):
        return REPLY_PREFIX[block.get("qlang", block.lang)] + reminder.subject
    return "Re: " + reminder.subject


def add_headers(msg: EmailMessage, block: Block, reminder: Reminder, subject: str) -> None:
    put_header(msg, block, "From", block.get("from"))
    msg["To"] = block.get("to", AR)
    if block.get("cc"):
        msg["Cc"] = block.get("cc")
    put_header(msg, block, "Subject", subject)
    msg["Date"] = format_datetime(reply_date(block))
    msg["Message-ID"] = message_id(block)
    if block.get("thread", "no" if block.intent == "bounce" else "yes") == "yes":
        msg["In-Reply-To"] = reminder.msgid
        msg["References"] = reminder.msgid
    for extra in filter(None, block.get("headers").split(" | ")):
        name, _, value = extra.partition("=")
        msg[name.strip()] = value.strip()


def build_reply(block: Block) -> EmailMessage:
    reminder = reminder_for(block)
    msg = EmailMessage()
    add_headers(msg, block, reminder, reply_subject(block, reminder))
    build_body(msg, block, reminder)
    return msg


# ---------------------------------------------------------------- bounces


def returned_message(block: Block, reminder: Reminder) -> EmailMessage:
    original = EmailMessage()
    original["From"] = AR
    original["To"] = block.get("failed_recipient")
    original["Subject"] = reminder.subject
    original["Date"] = format_datetime(reminder.sent)
    original["Message-ID"] = reminder.msgid
    original.set_content(reminder.body + "\n", cte="quoted-printable")
    return original


def field_block(fields: dict[str, str]) -> EmailMessage:
    block = EmailMessage()
    for name, value in fields.items():
        block[name] = value
    return block


def returned_headers(original: EmailMessage) -> str:
    """The returned message's header block as it went over the wire (encoded-words and all)."""
    return original.as_string(policy=policy.default).partition("\n\n")[0] + "\n"


def status_part(block: Block, reminder: Reminder) -> EmailMessage:
    per_message = {
        "Reporting-MTA": f"dns; {block.get('mta')}",
        "Arrival-Date": format_datetime(reminder.sent),
    }
    per_rcpt = {
        "Final-Recipient": f"rfc822; {block.get('failed_recipient')}",
        "Action": block.get("action", "failed"),
        "Status": block.get("bounce_status"),
        "Diagnostic-Code": f"smtp; {block.get('diag')}",
    }
    if block.get("action") == "delayed":
        per_rcpt["Will-Retry-Until"] = format_datetime(reply_date(block) + timedelta(days=4))
    part = EmailMessage()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([field_block(per_message), field_block(per_rcpt)])
    return part


def dsn_parts(block: Block, reminder: Reminder) -> list[EmailMessage]:
    human = EmailMessage()
    set_text(human, block, block.body + "\n")
    original = returned_message(block, reminder)
    last = EmailMessage()
    if block.get("returned", "full") == "headers":
        last.set_content(returned_headers(original), subtype="rfc822-headers", cte="7bit")
    else:
        last.set_content(original)
    parts = [human, status_part(block, reminder), last]
    for part in parts:
        del part["MIME-Version"]
    return parts


def build_bounce(block: Block) -> EmailMessage:
    reminder = reminder_for(block)
    msg = EmailMessage()
    add_headers(msg, block, reminder, reply_subject(block, reminder))
    if block.get("client") == "dsn":
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
        for part in dsn_parts(block, reminder):
            msg.attach(part)
    else:
        set_text(msg, block, block.body + "\n\n" + bounce_tail(block, reminder))
    if block.get("mime") == "no":
        for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
            del msg[name]
    return msg


def bounce_tail(block: Block, reminder: Reminder) -> str:
    if block.get("returned") == "none":
        return ""
    heads = returned_headers(returned_message(block, reminder))
    return f"{block.get('tail_intro', '--- Below this line is a copy of the message.')}\n\n{heads}"


# ---------------------------------------------------------------- labels and output


def label_value(block: Block, key: str) -> object:
    if key == "intent":
        return block.intent
    if key == "language":
        return block.lang
    if key == "invoice_refs":
        return [ref.strip() for ref in block.get("refs").split(",") if ref.strip()]
    return block.get(key) or None


def label_for(block: Block, name: str) -> dict[str, object]:
    record: dict[str, object] = {"file": name}
    record.update({key: label_value(block, key) for key in LABEL_KEYS})
    return record


def fix_boundaries(msg: EmailMessage, key: str) -> None:
    """Fixed boundaries, so that a rebuild gives the same bytes."""
    for number, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{token(key, f'boundary{number}', 24).lower()}")


def render(block: Block) -> bytes:
    msg = build_bounce(block) if block.intent == "bounce" else build_reply(block)
    fix_boundaries(msg, block.key)
    return msg.as_bytes(policy=policy.SMTP)


def check(data: bytes, name: str) -> None:
    parsed = message_from_bytes(data, policy=policy.default)
    if parsed["Message-ID"] is None or parsed.get_body(("plain", "html")) is None:
        sys.exit(f"{name}: no Message-ID or no readable body")


def print_table(blocks: list[Block]) -> None:
    counts = Counter((b.intent, b.lang) for b in blocks)
    print("intent".ljust(16) + "".join(lang.rjust(5) for lang in LANGS) + "total".rjust(7))
    for intent in INTENTS:
        row = [counts[intent, lang] for lang in LANGS]
        print(intent.ljust(16) + "".join(str(n).rjust(5) for n in row) + str(sum(row)).rjust(7))
    totals = [sum(counts[i, lang] for i in INTENTS) for lang in LANGS]
    print("total".ljust(16) + "".join(str(n).rjust(5) for n in totals) + str(len(blocks)).rjust(7))


def main() -> None:
    blocks = read_blocks()
    order = list(blocks)
    random.Random(SEED).shuffle(order)  # a fixed, non-secret shuffle
    labels = []
    for number, block in enumerate(order, start=1):
        name = f"msg-{number:03d}.eml"
        data = render(block)
        check(data, name)
        (HERE / name).write_bytes(data)
        labels.append(label_for(block, name))
    lines = (json.dumps(label, ensure_ascii=False) for label in labels)
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print_table(blocks)


if __name__ == "__main__":
    main()
