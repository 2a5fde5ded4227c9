# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic quotes and dashes that people and their clients really produce.
"""Build held-out reply corpus 78: `h78-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Marlowe Office Interiors after an overdue
reminder. The new text of each message is written by hand below; the script only adds what a
mail client or server would add (the quoted reminder, headers, MIME structure, charsets and
transfer encodings). It writes next to itself, deterministically (no clock, fixed seed).
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 20270607
AR_NAME: Final = "Marlowe Office Interiors Receivables"
AR_ADDR: Final = "receivables@marlowe-interiors.example"
AR_DOMAIN: Final = "marlowe-interiors.example"
LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final = (
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
FIRST_DAY: Final = date(2027, 6, 7)
LAST_DAY: Final = date(2027, 7, 2)


class Fields(TypedDict, total=False):
    """The label fields a message sets; everything left out is null (or an empty list)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    bounce_kind: str
    failed_recipient: str
    bounce_status: str
    invoice_refs: list[str]
    note: str


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


LABEL_KEYS: Final = tuple(Label.__annotations__)


@dataclass(frozen=True)
class Msg:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: str
    when: str
    style: str
    body: str
    fields: Fields = field(default_factory=Fields)
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    rlang: str = ""
    inv: str = ""
    amt: str = ""

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or f"MOI-27-{4300 + int(digest(self.key, 'inv')[:3], 16) % 260:04d}"

    @property
    def amount(self) -> str:
        return (
            self.amt
            or f"{1200 + int(digest(self.key, 'amt')[:4], 16) % 9000}.{int(digest(self.key, 'c')[:2], 16) % 10}0"
        )


@dataclass(frozen=True)
class Bounce:
    """A delivery report: its hand-written human-readable text and the generated DSN fields."""

    key: str
    lang: str
    when: str
    sender: str
    subject: str
    human: str
    rcpt: str
    status: str
    kind: str
    layout: str
    diagnostic: str = ""
    mta: str = "mail.marlowe-interiors.example"
    returned: str = "full"
    html_part: bool = False
    note: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
ATTRIBUTION: Final = {
    "gmail": {
        "en": "On {wd3}, {mon3} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
        "de": "Am {wd2}., {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
        "fr": "Le {wd3}. {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {wd3}, {d} {mon3} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
        "nl": "Op {wd2} {d} {mon3} {y} om {HH}:{mm} schreef {name} <{addr}>:",
        "it": "Il giorno {wd3} {d} {mon3} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
    },
    "apple": {
        "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
        "de": "Am {d}. {monl} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
        "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {d} de {monl} de {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
        "nl": "Op {d} {monl} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
        "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
    },
    "thunderbird": {
        "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
        "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
        "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
        "es": "El {d}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
        "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
        "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
    },
}
# divider, From, Sent, To, Subject
OUTLOOK_LABELS: Final = {
    "en": ("From", "Sent", "To", "Subject", "{wdl}, {d} {monl} {y} {HH}:{mm}"),
    "de": ("Von", "Gesendet", "An", "Betreff", "{wdl}, {d}. {monl} {y} {HH}:{mm}"),
    "fr": ("De", "Envoyé", "À", "Objet", "{wdl} {d} {monl} {y} {HH}:{mm}"),
    "es": ("De", "Enviado el", "Para", "Asunto", "{wdl}, {d} de {monl} de {y} {H}:{mm}"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "{wdl} {d} {monl} {y} {HH}:{mm}"),
    "it": ("Da", "Inviato", "A", "Oggetto", "{wdl} {d} {monl} {y} {HH}:{mm}"),
}
REPLY_PREFIX: Final = {
    "outlook": {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "},
    "other": {"en": "Re: ", "de": "Re: ", "fr": "Re: ", "es": "Re: ", "nl": "Re: ", "it": "Re: "},
}
MOBILE_SIG: Final = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
}
REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Marlowe Office Interiors",
    "de": "Offene Rechnung {inv} – Marlowe Office Interiors",
    "fr": "Facture échue {inv} – Marlowe Office Interiors",
    "es": "Factura vencida {inv} – Marlowe Office Interiors",
    "nl": "Vervallen factuur {inv} – Marlowe Office Interiors",
    "it": "Fattura scaduta {inv} – Marlowe Office Interiors",
}
REMINDER_BODY: Final = {
    "en": "Hello,\n\nAccording to our ledger, invoice {inv} ({amt}) fell due on 31 May 2027 and has not yet been settled.\n\nIf you have paid in the meantime, please tell us the payment date and reference so we can allocate it. If anything about the invoice or the work on site is not right, simply reply and we will sort it out.\n\nBest regards\n\nAccounts Receivable\nMarlowe Office Interiors Ltd\n14 Tanner's Yard, Leeds LS2 7QT\nreceivables@marlowe-interiors.example",
    "de": "Guten Tag,\n\nnach unserer Buchhaltung ist die Rechnung {inv} über {amt} seit dem 31.05.2027 fällig und noch nicht beglichen.\n\nFalls Sie inzwischen gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können. Stimmt etwas mit der Rechnung oder den Arbeiten vor Ort nicht, antworten Sie einfach auf diese Nachricht.\n\nFreundliche Grüße\n\nDebitorenbuchhaltung\nMarlowe Office Interiors Ltd",
    "fr": "Bonjour,\n\nD'après notre comptabilité, la facture {inv} d'un montant de {amt} est arrivée à échéance le 31/05/2027 et n'a pas encore été réglée.\n\nSi vous avez payé entre-temps, merci de nous indiquer la date et la référence du paiement afin que nous puissions le lettrer. Si quelque chose ne va pas avec la facture ou les travaux, répondez simplement à ce message.\n\nBien cordialement,\n\nService Recouvrement\nMarlowe Office Interiors Ltd",
    "es": "Hola:\n\nSegún nuestra contabilidad, la factura {inv} por importe de {amt} venció el 31/05/2027 y sigue pendiente de pago.\n\nSi ya la han abonado, indíquennos la fecha y la referencia del pago para poder conciliarlo. Si hay algún problema con la factura o con el trabajo realizado, basta con responder a este mensaje.\n\nUn saludo,\n\nDepartamento de Cobros\nMarlowe Office Interiors Ltd",
    "nl": "Goedendag,\n\nVolgens onze administratie is factuur {inv} van {amt} op 31-05-2027 vervallen en nog niet voldaan.\n\nHeeft u inmiddels betaald, laat ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur of aan het werk, beantwoord dan gewoon dit bericht.\n\nMet vriendelijke groet,\n\nDebiteurenbeheer\nMarlowe Office Interiors Ltd",
    "it": "Buongiorno,\n\ndalla nostra contabilità la fattura {inv} di {amt} risulta scaduta il 31/05/2027 e non ancora saldata.\n\nSe nel frattempo avete pagato, vi chiediamo di indicarci data e riferimento del pagamento per poterlo abbinare. Se qualcosa non va nella fattura o nei lavori, basta rispondere a questo messaggio.\n\nCordiali saluti,\n\nUfficio Crediti\nMarlowe Office Interiors Ltd",
}
LATIN1_FIXES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Helpers: ids, dates, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    wd = WEEKDAYS[lang].split()[dt.weekday()]
    mon = MONTHS[lang].split()[dt.month - 1]
    return {
        "wd3": wd[:3].capitalize() if lang == "en" else wd[:3],
        "wd2": wd[:2].capitalize() if lang == "de" else wd[:2],
        "wdl": wd,
        "mon3": mon[:3],
        "monl": mon,
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


NARROW_NBSP: Final = "\u202f"


def money(lang: str, amount: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        narrow = grouped.replace(",", NARROW_NBSP)
        return f"{narrow},{cents} €"
    dotted = f"{grouped.replace(',', '.')},{cents}"
    return f"€ {dotted}" if lang in {"nl", "it"} else f"{dotted} €"


def reminder_time(reply: datetime) -> datetime:
    """The reminder went out on the working day before the reply, just after eight UK time."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8 + (day.day % 2), minute=5 + day.day % 40, second=0)


def reminder_msgid(key: str) -> str:
    return f"<ar.{digest(key, 'reminder')[:20]}@{AR_DOMAIN}>"


def reply_msgid(m: Msg) -> str:
    raw = digest(m.key, "reply")
    domain = parseaddr(m.who)[1].split("@")[1]
    if m.style in {"gmail", "gmail_plain", "inline", "samsung"}:
        return f"<CAF{raw[:30].upper()}{raw[30:44]}@mail.gmail.com>"
    if m.style in OUTLOOK_FAMILY:
        return f"<{raw[:8].upper()}{raw[8:40].upper()}@PR3P195MB{raw[40:44].upper()}.EURP195.PROD.OUTLOOK.COM>"
    if m.style in {"apple", "iphone"}:
        return f"<{raw[:8].upper()}-{raw[8:12].upper()}-{raw[12:16].upper()}-{raw[16:20].upper()}-{raw[20:32].upper()}@{domain}>"
    return f"<{raw[:12]}.{raw[12:20]}@{domain}>"


def fit(text: str, charset: str) -> str:
    """What a Latin-1 client makes of the reminder's typographic characters."""
    if charset == "utf-8":
        return text
    text = text.replace(NARROW_NBSP, "\u00a0")
    if charset != "iso-8859-1":
        return text
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_text(p)}</{tag}>" for p in text.split("\n\n"))


def mso_paras(text: str) -> str:
    return "\n".join(f'<p class="MsoNormal">{html_text(p)}</p>' for p in text.split("\n\n"))


def encoded(value: str, charset: str) -> str:
    if value.isascii():
        return value
    enc = "utf-8" if charset == "utf-8" else charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc).encode()


def sender(who: str, charset: str) -> str:
    name, addr = parseaddr(who)
    if not name or name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset)} <{addr}>"


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    raw = text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    if cte in {"qp", "b64"}:
        body_cs = cs.Charset(charset)
        body_cs.body_encoding = cs.QP if cte == "qp" else cs.BASE64
        part = MIMENonMultipart("text", subtype)
        part.set_payload(text, body_cs)
        return part
    # 7bit/8bit: the raw bytes go out as they are, as an old client or an MTA sends them.
    part = MIMENonMultipart("text", subtype, charset=charset)
    part.set_payload(raw.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = "7bit" if text.isascii() else "8bit"
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the client shows it: its text, subject, date and sender."""

    text: str
    subject: str
    when: datetime
    lang: str

    def attribution(self, style: str) -> str:
        fields = date_fields(self.lang, self.when)
        return ATTRIBUTION[style][self.lang].format(**fields, name=AR_NAME, addr=AR_ADDR)

    def outlook_block(self, to: str) -> list[tuple[str, str]]:
        frm, sent, to_label, subj, date_fmt = OUTLOOK_LABELS[self.lang]
        when = date_fmt.format(**date_fields(self.lang, self.when))
        return [(frm, f"{AR_NAME} <{AR_ADDR}>"), (sent, when), (to_label, to), (subj, self.subject)]


def make_quote(m: Msg) -> Quote:
    lang = m.reminder_lang
    inv = m.invoice
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    text = REMINDER_BODY[lang].format(inv=inv, amt=money(lang, m.amount))
    return Quote(
        text=fit(text, m.charset),
        subject=fit(subject, m.charset),
        when=reminder_time(m.dt).astimezone(m.dt.tzinfo),
        lang=m.lang,
    )


def original_reminder(*, lang: str, to: str, when: datetime, key: str) -> Message:
    inv = f"MOI-27-{4300 + int(digest(key, 'inv')[:3], 16) % 260:04d}"
    amt = f"{1500 + int(digest(key, 'amt')[:4], 16) % 7000}.00"
    msg = text_part(REMINDER_BODY[lang].format(inv=inv, amt=money(lang, amt)))
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encoded(REMINDER_SUBJECT[lang].format(inv=inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_plain(m: Msg, q: Quote, *, top: str = "") -> str:
    block = "\n".join(f"{k}: {v}" for k, v in q.outlook_block(parseaddr(m.who)[1]))
    head = f"{m.body}\n\n{top}" if top else f"{m.body}\n\n"
    return f"{head}________________________________\n{block}\n\n{q.text}\n"


def outlook_markup(m: Msg, q: Quote) -> str:
    block = "<br>\n".join(
        f"<b>{html.escape(k)}:</b> {html.escape(v)}"
        for k, v in q.outlook_block(parseaddr(m.who)[1])
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>'
        '<body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n'
        f"{mso_paras(m.body)}\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal">{block}</p></div>\n'
        f"{html_paras(q.text)}\n</div></body></html>\n"
    )


def style_outlook(m: Msg, q: Quote) -> Message:
    return text_part(outlook_plain(m, q), charset=m.charset, cte=m.cte)


def style_outlook_html(m: Msg, q: Quote) -> Message:
    plain = text_part(outlook_plain(m, q), charset=m.charset, cte=m.cte)
    return alternative(
        plain, text_part(outlook_markup(m, q), subtype="html", charset=m.charset, cte=m.cte)
    )


def style_html_only(m: Msg, q: Quote) -> Message:
    return text_part(outlook_markup(m, q), subtype="html", charset=m.charset, cte=m.cte)


def style_android(m: Msg, q: Quote) -> Message:
    top = f"{MOBILE_SIG['android'][m.lang]}\n"
    return text_part(outlook_plain(m, q, top=top), charset=m.charset, cte="b64")


def style_gmail(m: Msg, q: Quote) -> Message:
    attr = q.attribution("gmail")
    plain = text_part(f"{m.body}\n\n{attr}\n\n{quoted(q.text)}\n", charset=m.charset, cte=m.cte)
    markup = (
        f'<div dir="ltr">{html_text(m.body)}</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, text_part(markup, subtype="html", charset=m.charset, cte=m.cte))


def style_quoting(m: Msg, q: Quote, *, attr_style: str, sig: str = "") -> Message:
    signature = f"\n\n{MOBILE_SIG[sig][m.lang]}" if sig else ""
    text = f"{m.body}{signature}\n\n{q.attribution(attr_style)}\n\n{quoted(q.text)}\n"
    return text_part(text, charset=m.charset, cte=m.cte)


def style_gmail_plain(m: Msg, q: Quote) -> Message:
    return style_quoting(m, q, attr_style="gmail")


def style_apple(m: Msg, q: Quote) -> Message:
    return style_quoting(m, q, attr_style="apple")


def style_iphone(m: Msg, q: Quote) -> Message:
    return style_quoting(m, q, attr_style="apple", sig="iphone")


def style_samsung(m: Msg, q: Quote) -> Message:
    return style_quoting(m, q, attr_style="gmail", sig="samsung")


def style_thunderbird(m: Msg, q: Quote) -> Message:
    part = style_quoting(m, q, attr_style="thunderbird")
    part.set_param("format", "flowed")
    return part


def style_inline(m: Msg, q: Quote) -> Message:
    """The body already interleaves `>` lines of the reminder with the answers."""
    return text_part(f"{q.attribution('gmail')}\n\n{m.body}\n", charset=m.charset, cte=m.cte)


def style_none(m: Msg, _q: Quote) -> Message:
    return text_part(f"{m.body}\n", charset=m.charset, cte=m.cte)


STYLES: Final = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "none": style_none,
}
OUTLOOK_FAMILY: Final = {"outlook", "outlook_html", "html_only", "android"}
STYLE_HEADERS: Final = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")),
    "html_only": (("X-Mailer", "Microsoft Outlook 15.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(m: Msg, q: Quote) -> str:
    if m.subject:
        return m.subject
    family = "outlook" if m.style in OUTLOOK_FAMILY else "other"
    return REPLY_PREFIX[family][m.lang] + q.subject


def set_boundaries(msg: Message, key: str) -> None:
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(f"----=_Part_{digest(key, f'b{n}')[:26]}")


def strip_inner_versions(msg: Message) -> None:
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]


def move_content_headers_last(msg: Message) -> None:
    keep = [(k, v) for k, v in msg.items() if k.lower().startswith(("content-", "mime-"))]
    for k, _ in keep:
        del msg[k]
    msg["MIME-Version"] = "1.0"
    for k, v in keep:
        if k.lower() != "mime-version":
            msg[k] = v


def build_reply(m: Msg) -> Message:
    q = make_quote(m)
    msg = STYLES[m.style](m, q)
    msg["From"] = sender(m.who, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded(reply_subject(m, q), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m)
    if m.style != "none":
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    for name, value in [*STYLE_HEADERS.get(m.style, ()), *m.headers]:
        msg[name] = value
    strip_inner_versions(msg)
    move_content_headers_last(msg)
    set_boundaries(msg, m.key)
    return msg


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


def dsn_block(pairs: list[tuple[str, str]]) -> Message:
    block = Message()
    for k, v in pairs:
        block[k] = v
    return block


def delivery_status(b: Bounce, sent: datetime) -> Message:
    action = "failed" if b.status.startswith("5") else "delayed"
    recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
        ("Remote-MTA", f"dns; mx.{b.rcpt.split('@')[1]}"),
        ("Diagnostic-Code", f"smtp; {b.diagnostic}"),
        ("Last-Attempt-Date", format_datetime(b.dt)),
    ]
    if action == "delayed":
        recipient.append(("Will-Retry-Until", format_datetime(sent + timedelta(days=5))))
    part = MIMENonMultipart("message", "delivery-status")
    arrival = [("Reporting-MTA", f"dns; {b.mta}"), ("Arrival-Date", format_datetime(sent))]
    part.set_payload([dsn_block(arrival), dsn_block(recipient)])
    return part


def returned_part(b: Bounce, original: Message) -> Message:
    if b.returned == "headers":
        heads = "".join(f"{k}: {v}\n" for k, v in original.items())
        part = MIMENonMultipart("text", "rfc822-headers")
        part.set_payload(heads)
        return part
    return MIMEMessage(original)


def human_part(b: Bounce) -> Message:
    plain = text_part(
        b.human,
        charset="utf-8" if not b.human.isascii() else "us-ascii",
        cte="qp" if not b.human.isascii() else "7bit",
    )
    if not b.html_part:
        return plain
    markup = f"<html><body>{html_paras(b.human)}</body></html>\n"
    return alternative(plain, text_part(markup, subtype="html"))


def bounce_body(b: Bounce, original: Message, sent: datetime) -> Message:
    if b.layout == "plain":
        copy = "\n".join(f"{k}: {v}" for k, v in original.items())
        return text_part(
            f"{b.human}\n{copy}\n",
            charset="us-ascii" if b.human.isascii() else "iso-8859-1",
            cte="7bit" if b.human.isascii() else "8bit",
        )
    if b.layout == "mixed":
        outer = MIMEMultipart("mixed")
    else:
        outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(human_part(b))
    if b.layout == "report":
        outer.attach(delivery_status(b, sent))
    outer.attach(returned_part(b, original))
    return outer


def build_bounce(b: Bounce) -> Message:
    sent = (
        b.dt - timedelta(minutes=3) if b.status.startswith("5") else b.dt - timedelta(hours=4)
    ).replace(second=0)
    original = original_reminder(
        lang=b.lang if b.lang != "en" else "en", to=b.rcpt, when=sent, key=b.key
    )
    msg = bounce_body(b, original, sent)
    msg["From"] = b.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{digest(b.key, 'bounce')[:24]}@{b.mta}>"
    for name, value in b.headers:
        msg[name] = value
    strip_inner_versions(msg)
    move_content_headers_last(msg)
    set_boundaries(msg, b.key)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

F = Fields
AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final = [
    Msg(
        "ps-paid",
        "payment_sent",
        "en",
        "Tom Achebe <tom@brightloop-labs.example>",
        "2027-06-08 07:41 +0100",
        "iphone",
        "Paid.",
        F(note="one word answering an overdue reminder; no date"),
    ),
    Msg(
        "ps-sage-advice",
        "payment_sent",
        "en",
        "Hollin & Vance LLP Payments <payments@hollinvance.example>",
        "2027-06-09 06:12 +0100",
        "none",
        "REMITTANCE ADVICE\n\nHollin & Vance LLP\n3 Chancery Row, Manchester M2 4HV\n\nTo: Marlowe Office Interiors Ltd\nSupplier account: MAR004\nPayment date: 09/06/2027\nPayment method: BACS\nPayment reference: HV-BACS-0609-2231\n\nYour ref        Date        Amount\nMOI-27-4402     12/05/2027  £3,960.00\nMOI-27-4418     19/05/2027  £1,248.00\n\nTotal paid: £5,208.00\n\nThis advice was produced automatically by Sage 200. Please do not reply to this address.",
        F(
            paid_date="2027-06-09",
            payment_reference="HV-BACS-0609-2231",
            amount="5208.00",
            currency="GBP",
            invoice_refs=["MOI-27-4402", "MOI-27-4418"],
            note="Sage payment advice carrying Auto-Submitted: auto-generated; the total of both invoices is the amount",
        ),
        subject="Remittance Advice - Payment to Marlowe Office Interiors Ltd",
        cte="8bit",
        headers=(AUTO_GENERATED,),
    ),
    Msg(
        "ps-ramble-cowork",
        "payment_sent",
        "en",
        "Jess Okafor <jess@thehivecollective.example>",
        "2027-06-15 16:52 +0100",
        "gmail",
        "Hi there,\n\nSorry, it's been a mad couple of weeks here. We opened the second floor to members on the 1st and honestly the acoustic panels your team put in have made a massive difference, people can actually take calls in the booths now without the whole room hearing. The only thing is one of the phone booth doors sticks a bit but I'll email Dan about that separately, not a big deal.\n\nWe also had the boiler go on us the same week, so the office has been chaos, and I've been doing reception cover as well as my actual job.\n\nAnyway, re this — Priya in finance pushed the payment through on Friday, so it should be with you by now. Her reference was HIVE-7713 if that helps you find it.\n\nThanks, and thanks again for the fit-out, members keep commenting on it!\n\nJess\n\nJess Okafor | Community Manager\nThe Hive Collective, Leeds",
        F(
            paid_date="2027-06-11",
            payment_reference="HIVE-7713",
            note="long reply that buries the payment; 'Friday' is past: the Friday before Tue 15 June",
        ),
    ),
    Msg(
        "ps-praxis-de",
        "payment_sent",
        "de",
        "Praxis Dr. Voigt – Verwaltung <verwaltung@zahnarzt-voigt.example>",
        "2027-06-16 11:20 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Überweisung über 2.380,00 € für die Rechnung MOI-27-4431 wurde heute von unserer Bank ausgeführt. Bankreferenz: 20270616-4471-88.\n\nWir bitten um kurze Prüfung und Ausbuchung.\n\nMit freundlichen Grüßen\n\nSandra Lehnert\nPraxisverwaltung\nZahnarztpraxis Dr. med. dent. Jörg Voigt\nKaiserstraße 41, 60329 Frankfurt am Main",
        F(
            paid_date="2027-06-16",
            payment_reference="20270616-4471-88",
            amount="2380.00",
            currency="EUR",
            invoice_refs=["MOI-27-4431"],
        ),
        charset="windows-1252",
        inv="MOI-27-4431",
        amt="2380.00",
    ),
    Msg(
        "ps-cabinet-fr",
        "payment_sent",
        "fr",
        "Maître Hélène Castagné <h.castagne@castagne-avocats.example>",
        "2027-06-10 14:03 +0200",
        "outlook_html",
        "Bonjour,\n\nCette facture a été réglée par virement le 4 juin (référence de l'opération : 2027060400884). Je vous remercie de bien vouloir vérifier de votre côté avant toute nouvelle relance.\n\nBien à vous,\n\nHélène Castagné\nAvocat associé\nCastagné & Rivière Avocats\n12, cours Vitton – 69006 Lyon\n\nCe message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation non conforme à leur destination est interdite.",
        F(paid_date="2027-06-04", payment_reference="2027060400884"),
    ),
    Msg(
        "ps-cheque-college-fr",
        "payment_sent",
        "fr",
        "Intendance Collège Jean Rostand <intendance.rostand@ac-exemple.example>",
        "2027-06-22 10:37 +0200",
        "thunderbird",
        "Bonjour,\n\nle cheque est parti hier par courrier, vous devriez l'avoir d'ici jeudi. Il couvre la totalite de la facture.\n\nCordialement,\nM. Lefeuvre, adjoint gestionnaire",
        F(
            paid_date="2027-06-21",
            note="cheque already posted 'hier' (Mon 21 June); 'vous devriez l'avoir' is the arrival, not the payment; no accents typed",
        ),
    ),
    Msg(
        "ps-sap-es",
        "payment_sent",
        "es",
        "SAP Cuentas a Pagar <no-reply-pagos@espaciocolmena.example>",
        "2027-06-14 05:30 +0200",
        "none",
        "AVISO DE PAGO\n\nEspacio Colmena Coworking S.L. - CIF B-00000000\nAcreedor: MARLOWE OFFICE INTERIORS LTD (nº 300417)\n\nLe comunicamos que con fecha 14.06.2027 hemos ordenado el siguiente pago por transferencia:\n\nDocumento de pago: 2000148832\nSu factura: MOI-27-4390\nImporte: 6.930,00 EUR\n\nEste mensaje se ha generado automáticamente. Por favor, no responda.",
        F(
            paid_date="2027-06-14",
            payment_reference="2000148832",
            amount="6930.00",
            currency="EUR",
            invoice_refs=["MOI-27-4390"],
            note="SAP payment advice, Auto-Submitted: auto-generated",
        ),
        subject="Aviso de pago 2000148832",
        cte="8bit",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
    ),
    Msg(
        "ps-hecho-es",
        "payment_sent",
        "es",
        "Lucía Ferrer <luciaferrer.estudio@gmail.com>",
        "2027-06-18 13:15 +0200",
        "samsung",
        "Hecho, transferido esta mañana. Perdón por el retraso!",
        F(paid_date="2027-06-18", note="free-mail persona; 'esta mañana' is the message date"),
    ),
    Msg(
        "ps-gisteren-nl",
        "payment_sent",
        "nl",
        "Bart Hoekstra <b.hoekstra@hoekstra-advocaten.example>",
        "2027-06-23 09:48 +0200",
        "outlook",
        "Goedemorgen,\n\nIs gisteren overgemaakt, € 1.815,00 onder vermelding van MOI-27-4425.\n\nGroet,\nBart Hoekstra\nKantoormanager",
        F(paid_date="2027-06-22", amount="1815.00", currency="EUR", invoice_refs=["MOI-27-4425"]),
        inv="MOI-27-4425",
        amt="1815.00",
    ),
    Msg(
        "ps-exact-nl",
        "payment_sent",
        "nl",
        "Mondzorg Zuidpark <noreply@mondzorgzuidpark.example>",
        "2027-06-25 04:02 +0200",
        "none",
        "Betalingsspecificatie\n\nGeachte relatie,\n\nOp 25-06-2027 hebben wij het volgende bedrag aan u overgemaakt:\n\nBedrag: € 4.215,60\nBetalingskenmerk: 7100 2251 8834 0021\nFactuur: MOI-27-4467\n\nDeze specificatie is automatisch aangemaakt door Exact Online.\n\nMondzorg Zuidpark B.V.",
        F(
            paid_date="2027-06-25",
            payment_reference="7100 2251 8834 0021",
            amount="4215.60",
            currency="EUR",
            invoice_refs=["MOI-27-4467"],
            note="Exact Online payment advice without Auto-Submitted",
        ),
        subject="Betalingsspecificatie Mondzorg Zuidpark B.V.",
    ),
    Msg(
        "ps-bonifico-it",
        "payment_sent",
        "it",
        "Giulia Marchetti <g.marchetti@studiolegalemarchetti.example>",
        "2027-06-29 18:22 +0200",
        "iphone",
        "Fatto il bonifico ieri sera, CRO 0306987712345601, importo 3.150,00 €. Fatemi sapere se arriva.",
        F(
            paid_date="2027-06-28",
            payment_reference="0306987712345601",
            amount="3150.00",
            currency="EUR",
        ),
    ),
    Msg(
        "ps-carta-it",
        "payment_sent",
        "it",
        "Reception Spazio Navigli <info@spazionavigli.example>",
        "2027-06-14 12:06 +0200",
        "gmail",
        "salve, pagato con carta sul vostro portale venerdi, ricevuta n. 55120. controllate per favore",
        F(
            paid_date="2027-06-11",
            payment_reference="55120",
            note="card payment; 'venerdi' without accent is the Friday before Mon 14 June",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Msg(
        "pr-ooo-human",
        "promise_to_pay",
        "en",
        "Marcus Reyes <marcus@fieldnote-app.example>",
        "2027-06-08 21:10 +0100",
        "gmail",
        "Hi — I'm technically off this week but saw this come in. It's approved and will go out in Friday's cheque run. Sorry for the delay.\n\nMarcus",
        F(
            promised_date="2027-06-11",
            note="a person writing although the subject says out of office; 'Friday' after Tue 8 June",
        ),
        subject="Out of office – re your reminder",
    ),
    Msg(
        "pr-council-bacs",
        "promise_to_pay",
        "en",
        "Accounts Payable <accounts.payable@northvale-council.example>",
        "2027-06-17 10:31 +0100",
        "outlook_html",
        "Good morning,\n\nThank you for your email. Invoice MOI-27-4412 has been approved by the budget holder and was scheduled for payment in our next BACS run on 24 June.\n\nKind regards\n\nCorporate Finance – Accounts Payable\nNorthvale Regional Council\n\nThis email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it. Northvale Regional Council monitors email for security purposes.",
        F(
            promised_date="2027-06-24",
            invoice_refs=["MOI-27-4412"],
            note="past-tense 'was scheduled' announces a future payment",
        ),
        inv="MOI-27-4412",
    ),
    Msg(
        "pr-grant-school",
        "promise_to_pay",
        "en",
        "Claire Dunmore <bursar@stmarksprimary.example>",
        "2027-06-21 15:44 +0100",
        "outlook",
        "Hello,\n\nWe're waiting on the capital grant from the trust — once the grant comes through we'll settle this in full, I've flagged it as the first thing to pay.\n\nClaire Dunmore\nSchool Business Manager",
        F(note="conditional promise; 'once the grant comes through' has no date"),
    ),
    Msg(
        "pr-sommerferien-de",
        "promise_to_pay",
        "de",
        "Sekretariat Gymnasium am Lindenhof <sekretariat@gym-lindenhof.example>",
        "2027-06-09 12:15 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Schulträger gibt die Mittel erst nach den Sommerferien frei. Wir zahlen dann sofort.\n\nMit freundlichen Grüßen\nB. Kaminski\nSchulsekretariat",
        F(note="'nach den Sommerferien' cannot be pinned to a day"),
    ),
    Msg(
        "pr-kw26-de",
        "promise_to_pay",
        "de",
        "Kreditorenbuchhaltung <kreditoren@coworkhafen.example>",
        "2027-06-24 08:57 +0200",
        "outlook_html",
        "Guten Morgen,\n\ndie Rechnung ist freigegeben und wird mit dem Zahllauf in KW 26 am Dienstag ausgeglichen.\n\nViele Grüße\nTimo Brandt\nCoworkHafen GmbH – Finanzen",
        F(
            promised_date="2027-06-29",
            note="'freigegeben' is past, the payment is future; Tuesday of ISO week 26 is 29 June",
        ),
    ),
    Msg(
        "pr-mijuillet-fr",
        "promise_to_pay",
        "fr",
        "Sophie Arnaud <sophie.arnaud@startupmontmartre.example>",
        "2027-06-11 17:26 +0200",
        "gmail",
        "Bonjour,\n\nOn vous règle mi-juillet, dès que notre levée de fonds est bouclée. Désolée pour l'attente.\n\nSophie",
        F(promised_date="2027-07-15", note="'mi-juillet' read as the 15th of July"),
    ),
    Msg(
        "pr-dia15-es",
        "promise_to_pay",
        "es",
        "Javier Morales <jmorales@clinicadentalmorales.example>",
        "2027-06-09 19:40 +0200",
        "iphone",
        "Lo pagamos el día 15 sin falta.",
        F(promised_date="2027-06-15"),
    ),
    Msg(
        "pr-lunes-es",
        "promise_to_pay",
        "es",
        "Administración Bufete Salvat <admin@bufetesalvat.example>",
        "2027-06-17 11:02 +0200",
        "outlook",
        "Buenos días:\n\nYa está aprobada. La transferencia sale el lunes que viene, junto con el resto de proveedores.\n\nSaludos,\nMarta Gil\nAdministración",
        F(
            promised_date="2027-06-21",
            note="'ya está aprobada' is past, payment is the coming Monday",
        ),
    ),
    Msg(
        "pr-weekoftwee-nl",
        "promise_to_pay",
        "nl",
        "Femke de Wit <femke@studiogroen.example>",
        "2027-06-10 13:30 +0200",
        "apple",
        "Hoi,\n\nKomt eraan, over een week of twee maken we het over. Het is even krap na de verhuizing.\n\nGroetjes,\nFemke",
        F(note="'over een week of twee' is too loose for a date"),
    ),
    Msg(
        "pr-eindmaand-nl",
        "promise_to_pay",
        "nl",
        "R. Jansen <r.jansen@jansen-tandartsen.example>",
        "2027-06-14 08:20 +0200",
        "android",
        "Wordt eind van de maand betaald.",
        F(promised_date="2027-06-30"),
    ),
    Msg(
        "pr-giovedi-it",
        "promise_to_pay",
        "it",
        "Amministrazione Coworking Tiburtina <amministrazione@cwtiburtina.example>",
        "2027-06-21 10:10 +0200",
        "outlook",
        "Buongiorno,\n\nil bonifico partirà giovedì prossimo con la distinta fornitori.\n\nCordiali saluti\nPaola Rinaldi",
        F(
            promised_date="2027-06-24",
            note="'giovedì prossimo' from Mon 21 June read as the coming Thursday",
        ),
    ),
    Msg(
        "pr-vendemmia-it",
        "promise_to_pay",
        "it",
        "Cantina Sociale Colli Bassi – Uffici <uffici@cantinacollibassi.example>",
        "2027-06-28 16:45 +0200",
        "thunderbird",
        "Buonasera,\n\nsiamo in piena preparazione per la stagione. Saldiamo tutto dopo la vendemmia, come l'anno scorso.\n\nSaluti\nFranco Bellini",
        F(note="'dopo la vendemmia' (after the harvest) has no fixed date"),
    ),
]

DISPUTE: Final = [
    Msg(
        "d-not-paid-missing",
        "dispute",
        "en",
        "Owen Price <owen.price@kestrelrobotics.example>",
        "2027-06-09 11:05 +0100",
        "outlook",
        "We have NOT paid MOI-27-4456 because the storage units never arrived. Two of the four tambour cabinets are still missing and nobody from your side has told us when they're coming.\n\nOwen Price\nOperations, Kestrel Robotics",
        F(invoice_refs=["MOI-27-4456"], note="negation: 'NOT paid' because goods are missing"),
        inv="MOI-27-4456",
    ),
    Msg(
        "d-mixed-install-day",
        "dispute",
        "en",
        "Rachel Kim <rachel.kim@ashworthdental.example>",
        "2027-06-16 14:28 +0100",
        "gmail",
        "Hi,\n\n4402 was paid by BACS on 11 June. 4418 is a different story: it charges us for two installation days and your fitters were only on site for one (Thursday 20 May). Please correct it and resend.\n\nRachel",
        F(
            invoice_refs=["MOI-27-4402", "MOI-27-4418"],
            note="payment of one invoice plus a dispute of the other: dispute wins; short forms normalised",
        ),
        inv="MOI-27-4418",
    ),
    Msg(
        "d-angry-price",
        "dispute",
        "en",
        "Daniel Whitcombe <d.whitcombe@whitcombe-law.example>",
        "2027-06-24 17:55 +0100",
        "outlook_html",
        "This is the third reminder for an invoice we have already told you is wrong. Your quote says £38 per acoustic panel. You invoiced £52. We will not pay a penny until we receive a corrected invoice.\n\nD. Whitcombe\nPartner\n\nWhitcombe Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.",
        F(note="irritated price dispute; 'won't pay until' corrected"),
    ),
    Msg(
        "d-glas-de",
        "dispute",
        "de",
        "Facility Management Löwenberg <fm@loewenberg-rechtsanwaelte.example>",
        "2027-06-11 09:33 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Glastrennwand im 2. OG wurde beschädigt geliefert (Scheibe gesprungen). Die Mängelanzeige haben wir Ihnen bereits am 02.06. geschickt. Bis zur Behebung halten wir die Schlusszahlung zurück.\n\nMit freundlichen Grüßen\nAndreas Mertens\nFacility Management",
        F(note="damaged partition; final payment withheld until fixed"),
        charset="iso-8859-1",
    ),
    Msg(
        "d-doppelt-de",
        "dispute",
        "de",
        "Katrin Albers <k.albers@startup-nordlicht.example>",
        "2027-06-30 15:12 +0200",
        "gmail_plain",
        "Hallo,\n\ndie Rechnung ist doppelt – identisch mit MOI-27-4377, die wir im Mai bezahlt haben. Gleiche Positionen, gleicher Betrag. Bitte stornieren.\n\nGruß\nKatrin",
        F(
            invoice_refs=["MOI-27-4377"],
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
    Msg(
        "d-avoir-fr",
        "dispute",
        "fr",
        "Comptabilité Cabinet Dentaire Morel <compta@cabinet-morel.example>",
        "2027-06-15 10:20 +0200",
        "outlook_html",
        "Bonjour,\n\nCette facture a déjà fait l'objet d'un avoir de votre part (avoir AV-27-0112 du 20 mai), suite au retour des trois fauteuils. Nous ne devons donc rien. Merci de mettre à jour votre compte client.\n\nCordialement,\nNadia Benali",
        F(note="already credited"),
    ),
    Msg(
        "d-pas-venus-fr",
        "dispute",
        "fr",
        "Julien Perrot <j.perrot@coworkbellecour.example>",
        "2027-06-25 18:03 +0200",
        "iphone",
        "La journée d'installation facturée n'a jamais eu lieu, vos poseurs ne sont pas venus le 27 mai. Pas question de payer ça",
        F(note="service not done"),
    ),
    Msg(
        "d-oc-es",
        "dispute",
        "es",
        "Compras Academia Lingua <compras@academialingua.example>",
        "2027-06-10 12:48 +0200",
        "outlook",
        "Buenos días:\n\nEsta factura no corresponde a nuestro pedido. Nuestra orden de compra era la OC-5512 y no incluía las seis sillas de confidente que aparecen facturadas. Les rogamos que emitan una factura rectificativa.\n\nAtentamente,\nDepartamento de Compras",
        F(note="items not on our PO"),
        charset="windows-1252",
    ),
    Msg(
        "d-rayadas-es",
        "dispute",
        "es",
        "pablo navarro <pnavarro.arq@gmail.com>",
        "2027-06-29 22:14 +0200",
        "samsung",
        "las mesas llegaron rayadas y una con la pata torcida, ya os mande fotos. no vamos a pagar hasta que las cambien",
        F(note="damaged goods; no accents, lower case"),
    ),
    Msg(
        "d-aantal-nl",
        "dispute",
        "nl",
        "Inkoop Gemeentelijk Kantoor Oosterveld <inkoop@oosterveld-bv.example>",
        "2027-06-18 11:45 +0200",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij hebben 14 bureaus ontvangen, maar er zijn er 16 gefactureerd. Graag een creditnota voor het verschil, dan betalen wij de rest direct.\n\nMet vriendelijke groet,\nAfdeling Inkoop",
        F(note="quantity dispute; payment of the rest is conditional"),
    ),
    Msg(
        "d-preventivo-it",
        "dispute",
        "it",
        "Studio Dentistico Ferri <segreteria@studioferri.example>",
        "2027-06-08 16:30 +0200",
        "gmail",
        "Buongiorno,\n\nil prezzo non corrisponde al preventivo n. 231 da voi firmato: 48 pannelli fonoassorbenti a 61 € l'uno, non a 74 €. Attendiamo la nota di credito.\n\nCordiali saluti\nElena Ferri",
        F(note="price against the quote"),
    ),
    Msg(
        "d-sedute-it",
        "dispute",
        "it",
        "Marco Esposito <m.esposito@coworkpartenope.example>",
        "2027-06-23 09:12 +0200",
        "gmail_plain",
        "Buongiorno,\n\nla parte delle scrivanie la paghiamo entro venerdi, nessun problema. Le sedute invece no: sono arrivate nel colore sbagliato (antracite invece di blu) e finche non arrivano quelle giuste non le paghiamo.\n\nMarco",
        F(note="partial promise plus dispute of the rest: dispute drives the action"),
    ),
]

PAYMENT_PLAN: Final = [
    Msg(
        "pp-bridge",
        "payment_plan",
        "en",
        "Nina Falk <nina@loomwright.example>",
        "2027-06-10 18:19 +0100",
        "gmail",
        "Hi,\n\nI'll be straight with you: our bridge round slipped and cash is very tight until September. Could we pay this in four monthly instalments of £1,000 starting in July? I'd rather be upfront than go quiet on you.\n\nNina\nCo-founder, Loomwright",
        F(note="hardship and instalments; plan amounts are not labelled"),
    ),
    Msg(
        "pp-split-three",
        "payment_plan",
        "en",
        "Harriet Cole <practice.manager@millbrookdental.example>",
        "2027-06-22 12:40 +0100",
        "iphone",
        "Could we split the final invoice into 3 payments? The refit went over budget on our side",
        F(),
    ),
    Msg(
        "pp-settle-less",
        "payment_plan",
        "en",
        "Graham Tull <finance@tullandpartners.example>",
        "2027-06-30 09:05 +0100",
        "outlook",
        "Good morning,\n\nWe're not disputing the work, which was good. The move has simply cost us far more than planned. Would Marlowe accept £2,500 in full and final settlement of the £3,140 balance? We could pay that this week.\n\nRegards\nGraham Tull\nFinance Director",
        F(note="reduced amount asked for on hardship grounds, not contested: payment_plan"),
        amt="3140.00",
    ),
    Msg(
        "pp-raten-de",
        "payment_plan",
        "de",
        "Jan Petersen <jan.petersen@gruenderwerk-kiel.example>",
        "2027-06-14 14:55 +0200",
        "apple",
        "Hallo,\n\nwäre eine Zahlung in drei Monatsraten möglich? Wir hatten im Frühjahr einen großen Kunden verloren und müssen gerade jeden Euro zweimal umdrehen.\n\nBeste Grüße\nJan",
        F(),
    ),
    Msg(
        "pp-ziel-de",
        "payment_plan",
        "de",
        "Buchhaltung Kanzlei Hofer & Wendt <buchhaltung@hofer-wendt.example>",
        "2027-07-01 10:12 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nkönnen Sie uns das Zahlungsziel für diese Rechnung um 30 Tage verlängern? Aufgrund eines Systemwechsels in der Buchhaltung verzögern sich unsere Zahlungen derzeit.\n\nMit freundlichen Grüßen\nPetra Wendt",
        F(note="asks for more time without committing to a date"),
        charset="iso-8859-1",
    ),
    Msg(
        "pp-trois-fois-fr",
        "payment_plan",
        "fr",
        "Camille Roux <camille@atelier-roux.example>",
        "2027-06-08 09:26 +0200",
        "gmail",
        "Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? On vient d'ouvrir le deuxième local et la trésorerie est un peu juste.\n\nMerci d'avance,\nCamille",
        F(),
    ),
    Msg(
        "pp-rentree-fr",
        "payment_plan",
        "fr",
        "Secrétariat École Montessori des Tilleuls <secretariat@montessori-tilleuls.example>",
        "2027-06-28 11:34 +0200",
        "outlook",
        "Madame, Monsieur,\n\nNotre trésorerie est très tendue jusqu'à la rentrée (les frais de scolarité tombent en septembre). Pourriez-vous nous accorder un délai de paiement ? Nous ne contestons évidemment pas la facture.\n\nAvec nos remerciements,\nLa direction",
        F(note="more time asked; 'la rentrée' is not a committed date"),
        charset="windows-1252",
    ),
    Msg(
        "pp-plazos-es",
        "payment_plan",
        "es",
        "Irene Castaño <irene@startuplabvalencia.example>",
        "2027-06-16 17:08 +0200",
        "gmail",
        "Hola,\n\n¿Podríamos pagarla en dos plazos, la mitad ahora y la otra mitad a final de julio? Estamos a la espera de una subvención y vamos justos.\n\nGracias,\nIrene",
        F(note="two instalments proposed; plan dates are not labelled"),
    ),
    Msg(
        "pp-regeling-nl",
        "payment_plan",
        "nl",
        "Coworking De Loods – Administratie <administratie@deloods.example>",
        "2027-06-09 15:00 +0200",
        "outlook",
        "Beste,\n\nKunnen we een betalingsregeling treffen voor deze factuur? Bijvoorbeeld in vier maandelijkse termijnen.\n\nMet vriendelijke groet,\nSanne Visser",
        F(),
    ),
    Msg(
        "pp-huurder-nl",
        "payment_plan",
        "nl",
        "Wouter Smit <wouter@flexplekamersfoort.example>",
        "2027-06-30 20:41 +0200",
        "thunderbird",
        "Hallo,\n\nOnze grootste huurder is vorige maand vertrokken zonder de laatste drie maanden te betalen, dus we zitten krap. Ik wil de factuur zeker betalen, maar niet in één keer. Kan het in delen, of kunnen we eerst een deel betalen?\n\nWouter Smit\nFlexplek Amersfoort",
        F(note="hardship; asks to pay in parts"),
    ),
    Msg(
        "pp-rate-it",
        "payment_plan",
        "it",
        "Dott.ssa Laura Conti <studio@contiodontoiatria.example>",
        "2027-06-15 13:13 +0200",
        "iphone",
        "Buongiorno, è possibile rateizzare in 4 rate mensili? Grazie",
        F(),
    ),
    Msg(
        "pp-proroga-it",
        "payment_plan",
        "it",
        "Avv. Stefano Greco <s.greco@grecoassociati.example>",
        "2027-07-02 09:50 +0200",
        "outlook_html",
        "Gentili signori,\n\ncon la presente chiedo una proroga di sessanta giorni per il saldo della fattura. Lo studio sta attraversando un periodo di difficoltà di liquidità dovuto a incassi in ritardo.\n\nDistinti saluti\nAvv. Stefano Greco\n\nQuesto messaggio è riservato e destinato esclusivamente al destinatario indicato. Qualora lo riceveste per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente.",
        F(note="extension asked; no committed date"),
    ),
]

INVOICE_REQUEST: Final = [
    Msg(
        "ir-po",
        "invoice_request",
        "en",
        "AP Team <ap@brindlebank.example>",
        "2027-06-08 13:17 +0100",
        "outlook_html",
        "Hello,\n\nOur AP system rejects invoices without a purchase order number, which is why this hasn't been paid. Can you reissue MOI-27-4409 quoting PO 4500019823?\n\nMany thanks\nAccounts Payable\nBrindlebank Building Society",
        F(invoice_refs=["MOI-27-4409"], note="reissue with a PO number, amount not contested"),
        inv="MOI-27-4409",
    ),
    Msg(
        "ir-copy-delnote",
        "invoice_request",
        "en",
        "Sam Whitfield <sam.whitfield@crestvale.example>",
        "2027-06-17 10:02 +0100",
        "inline",
        "> According to our ledger, invoice\n\nI can't match this to anything on our side. Could you send me a copy of the invoice and the delivery note? Happy to pay once I can see what it is for.\n\n> If anything about the invoice or the work on site is not right, simply reply\n\nNothing wrong as such, I just don't have the paperwork.\n\nSam",
        F(note="inline reply; copy of invoice and delivery note"),
    ),
    Msg(
        "ir-supplier-form",
        "invoice_request",
        "en",
        "Procurement <procurement@northvale-council.example>",
        "2027-07-01 14:25 +0100",
        "outlook",
        "Dear Supplier,\n\nBefore we can release payment we need you to complete our new supplier form, including your VAT registration number and bank details on company letterhead. Please return it to this address.\n\nProcurement Services\nNorthvale Regional Council",
        F(note="tax and bank details needed before paying"),
    ),
    Msg(
        "ir-xrechnung-de",
        "invoice_request",
        "de",
        "Rechnungseingang Stadtwerke-Campus <rechnungseingang@campus-ost.example>",
        "2027-06-10 07:55 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir können Rechnungen nur noch als XRechnung verarbeiten. Bitte senden Sie uns die Rechnung in diesem Format erneut zu, dann wird sie umgehend bearbeitet.\n\nMit freundlichen Grüßen\nRechnungseingang",
        F(),
    ),
    Msg(
        "ir-nie-erhalten-de",
        "invoice_request",
        "de",
        "Lena Schuster <lena@kreativhaus-leipzig.example>",
        "2027-06-23 16:20 +0200",
        "gmail_plain",
        "Hallo,\n\ndie Rechnung haben wir nie bekommen. Könnt ihr sie nochmal schicken? Dann überweisen wir zeitnah.\n\nLG Lena",
        F(note="'zeitnah' is no date; the need is the invoice copy"),
    ),
    Msg(
        "ir-chorus-fr",
        "invoice_request",
        "fr",
        "Gestion Lycée Victor Duruy <gestion.duruy@ac-exemple.example>",
        "2027-06-14 11:11 +0200",
        "outlook",
        "Bonjour,\n\nPourriez-vous déposer à nouveau la facture sur Chorus Pro en indiquant notre numéro d'engagement EJ 1200458871 ? Sans ce numéro, elle est rejetée automatiquement.\n\nCordialement,\nService gestion",
        F(),
    ),
    Msg(
        "ir-rib-fr",
        "invoice_request",
        "fr",
        "Laurent Giraud <l.giraud@giraud-notaires.example>",
        "2027-06-29 15:48 +0200",
        "apple",
        "Bonjour,\n\nMerci de nous transmettre un RIB : votre IBAN n'apparaît pas sur la facture et notre banque refuse le virement sans.\n\nLaurent Giraud",
        F(),
    ),
    Msg(
        "ir-certificado-es",
        "invoice_request",
        "es",
        "Tesorería Colegio San Julián <tesoreria@colegiosanjulian.example>",
        "2027-06-11 09:40 +0200",
        "outlook_html",
        "Buenos días:\n\nPara poder dar de alta la cuenta y pagar necesitamos un certificado de titularidad bancaria firmado por su entidad. Quedamos a la espera.\n\nUn saludo,\nTesorería",
        F(),
    ),
    Msg(
        "ir-reenviar-es",
        "invoice_request",
        "es",
        "Ana Rubio <ana@estudiorubio.example>",
        "2027-06-25 12:30 +0200",
        "iphone",
        "No tenemos esta factura. ¿Nos la podéis reenviar?",
        F(),
    ),
    Msg(
        "ir-pakbon-nl",
        "invoice_request",
        "nl",
        "Facilitair Bureau Van Dam Advocaten <facilitair@vandam-advocaten.example>",
        "2027-06-15 10:05 +0200",
        "outlook",
        "Goedemorgen,\n\nGraag ontvangen wij een kopie van de factuur en de bijbehorende pakbon; ik kan de levering niet terugvinden.\n\nMet vriendelijke groet,\nIngrid Bakker",
        F(),
    ),
    Msg(
        "ir-iban-nl",
        "invoice_request",
        "nl",
        "Tom Mulder <tom@pixelfabriek.example>",
        "2027-07-02 11:58 +0200",
        "gmail",
        "Hoi, wat is jullie IBAN? Jullie staan nog niet in ons systeem en op de factuur staat het niet",
        F(),
    ),
    Msg(
        "ir-sdi-it",
        "invoice_request",
        "it",
        "Ufficio Amministrativo Liceo Galvani <amministrazione@liceogalvani.example>",
        "2027-06-18 10:44 +0200",
        "outlook",
        "Buongiorno,\n\nla fattura non ci risulta pervenuta tramite SDI. Vi preghiamo di riemetterla in formato elettronico con codice univoco ufficio UF7K2Q, altrimenti non possiamo procedere al pagamento.\n\nCordiali saluti",
        F(),
    ),
]

WRONG_CONTACT: Final = [
    Msg(
        "wc-managing-agent",
        "wrong_contact",
        "en",
        "Property Management <lettings@calder-estates.example>",
        "2027-06-09 12:22 +0100",
        "outlook",
        "Hi,\n\nWe're the managing agent for Calder House, not the tenant. The fit-out on the third floor was ordered by the tenant, Fernhill Studio Ltd, so the invoice needs to go to them: accounts@fernhillstudio.example\n\nRegards\nCalder Estates – Property Management",
        F(
            new_contact="accounts@fernhillstudio.example",
            note="landlord's managing agent naming the tenant's address",
        ),
    ),
    Msg(
        "wc-unmonitored",
        "wrong_contact",
        "en",
        "Finance Inbox <finance@orbitalbio.example>",
        "2027-06-14 09:00 +0100",
        "none",
        "This mailbox is no longer monitored.\n\nFor supplier invoices and statements please write to payables@orbitalbio.example. For anything else please contact our main office.\n\nOrbital Bio Ltd",
        F(
            new_contact="payables@orbitalbio.example",
            note="automatic 'no longer monitored' notice naming a new address",
        ),
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Msg(
        "wc-redirect-gmail",
        "wrong_contact",
        "en",
        "Accounts Bellfield Partners <accounts@bellfieldpartners.example>",
        "2027-06-28 14:47 +0100",
        "gmail",
        "Hello,\n\nOur company domain is being migrated, so please send all future invoices, statements and remittance questions to accounts.bellfieldpartners@gmail.com only. Do not use this address any more. Please also confirm once you have updated your records.\n\nThanks\nAccounts",
        F(
            new_contact="accounts.bellfieldpartners@gmail.com",
            note="phishing-like redirect to free mail; labelled by what it asks, verification is the collector's job",
        ),
    ),
    Msg(
        "wc-praxis-de",
        "wrong_contact",
        "de",
        "Michael Brenner <m.brenner@praxis-am-dom.example>",
        "2027-06-21 13:33 +0200",
        "outlook",
        "Guten Tag,\n\nich bin seit Anfang Juni nicht mehr für die Verwaltung der Praxis zuständig. Bitte wenden Sie sich an Frau Dr. Kessler: kessler@praxis-am-dom.example\n\nMit freundlichen Grüßen\nM. Brenner",
        F(new_contact="kessler@praxis-am-dom.example"),
    ),
    Msg(
        "wc-cabinet-compta-fr",
        "wrong_contact",
        "fr",
        "Thomas Marchand <thomas@marchand-design.example>",
        "2027-06-10 19:02 +0200",
        "iphone",
        "Ce n'est pas moi qui gère la compta, voyez avec notre cabinet comptable : compta@fiduciaire-lumiere.example",
        F(new_contact="compta@fiduciaire-lumiere.example"),
    ),
    Msg(
        "wc-enseignante-fr",
        "wrong_contact",
        "fr",
        "Mme Vasseur <a.vasseur@ac-exemple.example>",
        "2027-06-24 16:58 +0200",
        "thunderbird",
        "Bonjour,\n\nJe suis enseignante, je ne m'occupe absolument pas des factures du collège. Voyez avec l'intendance.\n\nA. Vasseur",
        F(note="wrong person; no address given"),
    ),
    Msg(
        "wc-ya-no-se-usa-es",
        "wrong_contact",
        "es",
        "Recepción Centro Dental Arenal <recepcion@dentalarenal.example>",
        "2027-06-15 10:26 +0200",
        "gmail",
        "Buenos días, esta dirección ya no la usamos para facturas. Escribid a administracion@dentalarenal.example y allí os contestan.",
        F(new_contact="administracion@dentalarenal.example"),
    ),
    Msg(
        "wc-buzon-es",
        "wrong_contact",
        "es",
        "Buzón Facturas <facturas@hubmalaga.example>",
        "2027-06-30 03:14 +0200",
        "none",
        "Este buzón ya no está operativo.\n\nA partir del 1 de junio, las facturas de proveedores deben enviarse a proveedores@hubmalaga.example. Los mensajes enviados a esta dirección no se leerán.\n\nHub Málaga Coworking",
        F(new_contact="proveedores@hubmalaga.example", note="automatic notice"),
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "wc-crediteuren-nl",
        "wrong_contact",
        "nl",
        "Eva Kuipers <eva.kuipers@kuipers-notariaat.example>",
        "2027-06-08 11:19 +0200",
        "outlook_html",
        "Goedemorgen,\n\nFacturen en herinneringen graag naar crediteuren@kuipers-notariaat.example, dat is het adres van onze boekhouding. Ik heb dit bericht niet doorgestuurd.\n\nMet vriendelijke groet,\nEva Kuipers\nOffice manager",
        F(new_contact="crediteuren@kuipers-notariaat.example"),
    ),
    Msg(
        "wc-niet-meer-nl",
        "wrong_contact",
        "nl",
        "Daan Verbeek <daan@tandartsbrink.example>",
        "2027-06-28 08:36 +0200",
        "android",
        "Ik werk hier sinds 1 juni niet meer.",
        F(note="former employee, no new address"),
    ),
    Msg(
        "wc-amministrazione-it",
        "wrong_contact",
        "it",
        "Chiara Fontana <chiara@fontanadesign.example>",
        "2027-06-11 12:57 +0200",
        "gmail",
        "Buongiorno,\n\nper le fatture scrivete ad amministrazione@fontanadesign.example, io seguo solo i progetti.\n\nGrazie\nChiara",
        F(new_contact="amministrazione@fontanadesign.example"),
    ),
    Msg(
        "wc-referente-it",
        "wrong_contact",
        "it",
        "Luca Moretti <l.moretti@regione-valdoria.example>",
        "2027-06-22 14:09 +0200",
        "outlook",
        "Buongiorno,\n\nnon sono io il referente per i pagamenti ai fornitori. Ho girato la vostra mail al collega, ma per il futuro usate l'indirizzo Contabilita.Fornitori@regione-valdoria.example.\n\nCordiali saluti\nLuca Moretti\nUfficio Tecnico – Regione Valdoria",
        F(
            new_contact="contabilita.fornitori@regione-valdoria.example",
            note="regional authority; address written in mixed case, labelled in lower case",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Msg(
        "un-stop",
        "unsubscribe",
        "en",
        "Leo Marsh <leo@marshmade.example>",
        "2027-06-11 08:03 +0100",
        "iphone",
        "Stop emailing me.",
        F(),
    ),
    Msg(
        "un-solicitors",
        "unsubscribe",
        "en",
        "Office Manager <office@quayline-ventures.example>",
        "2027-06-18 15:20 +0100",
        "outlook",
        "All further correspondence regarding this invoice must go through our solicitors, Brannock Hale LLP. Do not contact us directly again.\n\nQuayline Ventures Ltd",
        F(note="'talk to our lawyer' with no address"),
    ),
    Msg(
        "un-paid-stop",
        "unsubscribe",
        "en",
        "Priti Shah <priti@harbourviewdental.example>",
        "2027-07-01 12:12 +0100",
        "gmail",
        "Take me off this list. We paid on the 3rd and I'm sick of these.",
        F(note="stop request plus a payment claim: unsubscribe beats everything but bounce"),
    ),
    Msg(
        "un-post-de",
        "unsubscribe",
        "de",
        "Verwaltung Kanzlei Dr. Sommer <verwaltung@kanzlei-sommer.example>",
        "2027-06-15 09:45 +0200",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns Mahnungen und Rechnungen künftig ausschließlich auf dem Postweg. E-Mails an diese Adresse werden nicht mehr bearbeitet.\n\nMit freundlichen Grüßen",
        F(note="post only"),
        charset="iso-8859-1",
    ),
    Msg(
        "un-abmelden-de",
        "unsubscribe",
        "de",
        "Felix <felix@spielraum-ug.example>",
        "2027-06-25 22:31 +0200",
        "gmail_plain",
        "ABMELDEN",
        F(note="one word in capitals"),
    ),
    Msg(
        "un-avocat-fr",
        "unsubscribe",
        "fr",
        "Direction Espace Confluence <direction@espaceconfluence.example>",
        "2027-06-17 18:40 +0200",
        "outlook_html",
        "Madame, Monsieur,\n\nMerci de ne plus nous écrire à ce sujet. Ce dossier est désormais suivi par notre avocat, Maître Girardot, à qui vous voudrez bien adresser toute demande.\n\nLa Direction",
        F(note="lawyer named without an address"),
    ),
    Msg(
        "un-no-escribais-es",
        "unsubscribe",
        "es",
        "Raúl Ortega <raul.ortega@ortegayasociados.example>",
        "2027-06-08 20:20 +0200",
        "iphone",
        "No me escribáis más a este correo, por favor.",
        F(),
    ),
    Msg(
        "un-no-cliente-es",
        "unsubscribe",
        "es",
        "Carmen Vidal <carmenvidal.fisio@gmail.com>",
        "2027-06-23 10:05 +0200",
        "gmail",
        "Borradme de vuestra lista, no soy cliente vuestra ni he comprado nunca nada.",
        F(note="remove me plus 'not a customer': unsubscribe beats wrong_contact"),
    ),
    Msg(
        "un-afmelden-nl",
        "unsubscribe",
        "nl",
        "Joris <joris@bureaubrak.example>",
        "2027-06-16 07:12 +0200",
        "samsung",
        "Afmelden aub",
        F(),
    ),
    Msg(
        "un-per-post-nl",
        "unsubscribe",
        "nl",
        "Administratie Basisschool De Regenboog <administratie@obsderegenboog.example>",
        "2027-07-01 13:27 +0200",
        "outlook",
        "Geachte heer/mevrouw,\n\nStuur voortaan alle facturen en aanmaningen per post naar het schooladres. Wij reageren niet meer op e-mails hierover.\n\nMet vriendelijke groet,\nDe administratie",
        F(note="post only"),
    ),
    Msg(
        "un-raccomandata-it",
        "unsubscribe",
        "it",
        "Segreteria Studio Bianchi <segreteria@studiobianchi-commercialisti.example>",
        "2027-06-10 11:37 +0200",
        "outlook",
        "Buongiorno,\n\nvi chiediamo di non inviare più solleciti via e-mail. Eventuali comunicazioni solo per raccomandata alla sede dello studio.\n\nDistinti saluti",
        F(note="registered post only"),
    ),
    Msg(
        "un-cancellatemi-it",
        "unsubscribe",
        "it",
        "Roberto Galli <roberto.galli@gallistartup.example>",
        "2027-06-29 19:58 +0200",
        "gmail_plain",
        "Cancellatemi da queste mail, è la quarta volta che lo chiedo!!",
        F(note="irritation"),
    ),
]

AUTO_REPLY: Final = [
    Msg(
        "ar-back-monday",
        "auto_reply",
        "en",
        "Helen Brooks <helen.brooks@greyfriarsacademy.example>",
        "2027-06-14 08:15 +0100",
        "none",
        "Thank you for your email. I am out of the office this week on a school trip and will be back on Monday 21 June. For urgent finance matters please call the school office.\n\nHelen Brooks\nFinance Officer",
        F(return_date="2027-06-21"),
        subject="Automatic reply: Overdue invoice – Marlowe Office Interiors",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Msg(
        "ar-ticket",
        "auto_reply",
        "en",
        "Support Desk <support@ledgerline-cowork.example>",
        "2027-06-24 11:40 +0100",
        "none",
        "Hi there,\n\nThanks for getting in touch. Your request (#LC-20931) has been received and a member of our team will respond as soon as possible.\n\nTo add anything to this request, just reply to this email.\n\nLedgerline Coworking Support",
        F(note="ticket acknowledgement"),
        subject="[LC-20931] Re: Overdue invoice – Marlowe Office Interiors",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
    ),
    Msg(
        "ar-urlaub-de",
        "auto_reply",
        "de",
        "Nicole Hartmann <n.hartmann@hartmann-partner.example>",
        "2027-06-14 07:02 +0200",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 14.06. bis 18.06. im Urlaub. Ab Montag, dem 21.06., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nNicole Hartmann",
        F(return_date="2027-06-21", note="'wieder erreichbar ab' the 21st"),
        subject="Abwesenheitsnotiz: Offene Rechnung – Marlowe Office Interiors",
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "ar-ferien-de",
        "auto_reply",
        "de",
        "Sekretariat Realschule Am Park <sekretariat@rs-ampark.example>",
        "2027-07-01 09:00 +0200",
        "none",
        "Sehr geehrte Absenderin, sehr geehrter Absender,\n\ndas Sekretariat ist während der Sommerferien nur eingeschränkt besetzt. Ihre Nachricht wird nach den Ferien bearbeitet.\n\nMit freundlichen Grüßen\nIhr Sekretariatsteam",
        F(note="autoresponder without Auto-Submitted; 'nach den Ferien' is no date"),
        subject="Ihre Nachricht an die Realschule Am Park",
        charset="iso-8859-1",
    ),
    Msg(
        "ar-retour-fr",
        "auto_reply",
        "fr",
        "Valérie Gauthier <v.gauthier@gauthier-conseil.example>",
        "2027-06-25 14:12 +0200",
        "none",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 5 juillet. En cas d'urgence, vous pouvez contacter l'accueil au standard.\n\nCordialement,\nValérie Gauthier",
        F(return_date="2027-07-05"),
        subject="Réponse automatique : Facture échue – Marlowe Office Interiors",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Msg(
        "ar-ticket-fr",
        "auto_reply",
        "fr",
        "Support Les Ateliers Partagés <support@ateliers-partages.example>",
        "2027-06-09 16:20 +0200",
        "none",
        "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro 48213. Notre équipe vous répondra dans les meilleurs délais.\n\nMerci de ne pas modifier l'objet du message si vous nous répondez.\n\nL'équipe Les Ateliers Partagés",
        F(note="ticket acknowledgement"),
        subject="[Demande #48213] Facture échue",
        headers=(("Precedence", "bulk"),),
    ),
    Msg(
        "ar-hasta-es",
        "auto_reply",
        "es",
        "Sergio Lozano <slozano@lozanoabogados.example>",
        "2027-06-21 10:00 +0200",
        "none",
        "Estaré fuera de la oficina hasta el 28 de junio, con acceso limitado al correo.\n\nUn saludo,\nSergio Lozano",
        F(return_date="2027-06-28", note="'hasta X' → X itself"),
        subject="Respuesta automática: Factura vencida – Marlowe Office Interiors",
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "ar-vacaciones-es",
        "auto_reply",
        "es",
        "Beatriz Soler <beatriz@clinicasoler.example>",
        "2027-06-18 18:30 +0200",
        "none",
        "¡Hola! Estoy de vacaciones y vuelvo el 1 de julio. Si es urgente, llamad a la clínica.",
        F(return_date="2027-07-01"),
        subject="Fuera de la oficina",
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "ar-afwezig-nl",
        "auto_reply",
        "nl",
        "Mark de Boer <m.deboer@deboer-fysio.example>",
        "2027-06-16 12:45 +0200",
        "none",
        "Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 18 juni en vanaf maandag 21 juni weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nMark de Boer",
        F(return_date="2027-06-21"),
        subject="Automatisch antwoord: Vervallen factuur – Marlowe Office Interiors",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Msg(
        "ar-werkdagen-nl",
        "auto_reply",
        "nl",
        "Klantenservice WerkHuis <service@werkhuis-utrecht.example>",
        "2027-06-30 08:08 +0200",
        "none",
        "Beste afzender,\n\nWij hebben uw e-mail in goede orde ontvangen en reageren binnen twee werkdagen.\n\nTeam WerkHuis Utrecht",
        F(note="receipt acknowledgement without a return date"),
        subject="Ontvangstbevestiging",
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "ar-ferie-it",
        "auto_reply",
        "it",
        "Federica Romano <f.romano@romanostudio.example>",
        "2027-06-22 09:30 +0200",
        "none",
        "Gentile mittente,\n\nsono in ferie fino al 30 giugno. Risponderò al mio rientro.\n\nFederica Romano",
        F(return_date="2027-06-30", note="'fino al X' → X itself"),
        subject="Risposta automatica: Fattura scaduta – Marlowe Office Interiors",
        headers=(AUTO_REPLIED,),
    ),
    Msg(
        "ar-congedo-it",
        "auto_reply",
        "it",
        "Silvia Ricci <s.ricci@coworkdelduomo.example>",
        "2027-06-08 15:15 +0200",
        "none",
        "Buongiorno,\n\nsono in congedo di maternità. Per questioni amministrative potete scrivere alla collega Anna Serra (a.serra@coworkdelduomo.example).\n\nGrazie\nSilvia Ricci",
        F(
            note="leave without a date; a colleague's address in an auto-reply does not set new_contact"
        ),
        subject="Fuori sede",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER: Final = [
    Msg(
        "o-paid-already",
        "other",
        "en",
        "Chris Dalton <chris@daltonarchitects.example>",
        "2027-06-10 16:06 +0100",
        "iphone",
        "Didn't we pay this already??",
        F(note="a question, not a payment claim; someone must check and answer"),
    ),
    Msg(
        "o-snagging",
        "other",
        "en",
        "Mark Holloway <facilities@brentfordlegal.example>",
        "2027-06-22 13:52 +0100",
        "outlook_html",
        "Hi,\n\nWhile I have you — a few things from the walk-round yesterday. The pedestals on bank C don't lock, the cable trays under the bench desks are loose at one end, and the reception sofa has a mark on the left arm that I think was there on delivery. Also the meeting room blinds: were those ever part of your scope or the landlord's? I can't remember what we agreed. Could someone from your team come in one morning next week? Tuesday or Wednesday is best, not Monday as we have a board meeting.\n\nThanks,\nMark Holloway\nFacilities Manager, Brentford Legal LLP",
        F(note="long snagging list and a visit request; nothing about the invoice"),
    ),
    Msg(
        "o-passed-fd",
        "other",
        "en",
        "Amy Turner <amy@pinecrestmedia.example>",
        "2027-06-29 10:47 +0100",
        "android",
        "Thanks, I've passed this to our finance director.",
        F(note="acknowledgement; passing it on is not a new contact"),
    ),
    Msg(
        "o-umzug-de",
        "other",
        "de",
        "Tanja Roth <t.roth@agentur-roth.example>",
        "2027-06-17 11:11 +0200",
        "outlook",
        "Hallo,\n\nkurze Info: Wir sind umgezogen. Unsere neue Anschrift lautet Hafenstraße 8, 20359 Hamburg. Bitte passen Sie Ihre Stammdaten an.\n\nViele Grüße\nTanja Roth",
        F(note="postal address change; same contact, nothing about paying"),
    ),
    Msg(
        "o-gewaehrleistung-de",
        "other",
        "de",
        "Dr. Markus Klein <praxis@dr-klein-zahnarzt.example>",
        "2027-07-02 08:44 +0200",
        "gmail",
        "Guten Morgen,\n\nbei zwei der Behandlungsstühle im Wartebereich löst sich der Bezug. Wie läuft das mit der Gewährleistung, kommt da jemand vorbei?\n\nGruß\nM. Klein",
        F(note="warranty question about other goods; the invoice is not contested"),
    ),
    Msg(
        "o-je-regarde-fr",
        "other",
        "fr",
        "Pierre Lambert <p.lambert@lambert-startup.example>",
        "2027-06-08 12:02 +0200",
        "samsung",
        "Bien reçu, je regarde ça",
        F(note="acknowledgement without commitment"),
    ),
    Msg(
        "o-rappeler-fr",
        "other",
        "fr",
        "Isabelle Moreau <i.moreau@cabinet-moreau-dentaire.example>",
        "2027-06-30 17:37 +0200",
        "gmail",
        "Bonjour,\n\nPouvez-vous me rappeler demain matin au 04 00 00 00 00 ? C'est plus simple de vive voix.\n\nIsabelle Moreau",
        F(note="asks for a call"),
    ),
    Msg(
        "o-socio-es",
        "other",
        "es",
        "Diego Herrera <diego@herrerayblanco.example>",
        "2027-06-11 14:14 +0200",
        "iphone",
        "Recibido. Lo hablo con mi socio y os digo algo.",
        F(note="acknowledgement; no commitment"),
    ),
    Msg(
        "o-adquirida-es",
        "other",
        "es",
        "Dirección Financiera Nexo Cowork <finanzas@nexocowork.example>",
        "2027-06-24 12:50 +0200",
        "html_only",
        "Estimados señores:\n\nLes informamos de que Nexo Cowork ha sido adquirida por el grupo Espacios Abiertos. Durante las próximas semanas les iremos informando de los cambios en la facturación y en los datos de contacto.\n\nAtentamente,\nDirección Financiera",
        F(note="acquisition notice; no new address yet, nothing about paying; HTML-only"),
    ),
    Msg(
        "o-offerte-nl",
        "other",
        "nl",
        "Lotte van Leeuwen <lotte@vanleeuwen-makelaars.example>",
        "2027-06-11 15:33 +0200",
        "gmail_plain",
        "Hoi,\n\nKlopt het dat jullie ook tapijttegels leggen? We willen de tweede verdieping laten doen en zouden graag een offerte ontvangen.\n\nGroet, Lotte",
        F(note="sales question in the reminder thread"),
    ),
    Msg(
        "o-ok-it",
        "other",
        "it",
        "Paolo De Santis <paolo.desantis@desantislegal.example>",
        "2027-06-16 13:01 +0200",
        "iphone",
        "ok",
        F(note="bare 'ok' is no payment claim or promise"),
    ),
    Msg(
        "o-preventivo-it",
        "other",
        "it",
        "Serena Gatti <serena@hubbrera.example>",
        "2027-06-28 11:21 +0200",
        "outlook",
        "Buongiorno,\n\nnel frattempo, quando arriva il preventivo per il secondo piano? Lo aspettavamo la settimana scorsa.\n\nSerena Gatti\nOffice manager",
        F(note="question about a new quote"),
    ),
]

MAILER_DAEMON: Final = "MAILER-DAEMON@mail.marlowe-interiors.example (Mail Delivery System)"
O365: Final = "Microsoft Outlook <postmaster@marloweinteriors.onmicrosoft.example>"

BOUNCES: Final = [
    Bounce(
        "b-postfix-en",
        "en",
        "2027-06-07 09:14 +0100",
        MAILER_DAEMON,
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mail.marlowe-interiors.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<finance@sparrowhawk-labs.example>: host mx.sparrowhawk-labs.example[192.0.2.71]\n    said: 550 5.1.1 <finance@sparrowhawk-labs.example>: Recipient address\n    rejected: User unknown in local recipient table (in reply to RCPT TO command)\n",
        "finance@sparrowhawk-labs.example",
        "5.1.1",
        "hard",
        "report",
        diagnostic="550 5.1.1 <finance@sparrowhawk-labs.example>: Recipient address rejected: User unknown in local recipient table",
        headers=(AUTO_REPLIED,),
    ),
    Bounce(
        "b-qmail-en",
        "en",
        "2027-06-18 10:03 +0100",
        "MAILER-DAEMON@smtp.fastnet-hosting.example",
        "failure notice",
        "Hi. This is the qmail-send program at smtp.fastnet-hosting.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<office@tinderbox-studio.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n",
        "office@tinderbox-studio.example",
        "5.1.1",
        "hard",
        "plain",
        note="qmail plain-text notice, not RFC 3464",
    ),
    Bounce(
        "b-exim-en",
        "en",
        "2027-06-23 14:20 +0100",
        "Mail Delivery System <Mailer-Daemon@mail.marlowe-interiors.example>",
        "Warning: message 1qZx4R-0007Kd-2F delayed 24 hours",
        "This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.marlowe-interiors.example.\n\nThe message identifier is:     1qZx4R-0007Kd-2F\n\nThe address to which the message has not yet been delivered is:\n\n  accounts@westgate-dental.example\n    host mx.westgate-dental.example [192.0.2.133]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<accounts@westgate-dental.example>:\n    451 4.4.1 Temporary failure, please try again later\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
        "accounts@westgate-dental.example",
        "4.4.1",
        "soft",
        "report",
        diagnostic="451 4.4.1 Temporary failure, please try again later",
        returned="headers",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", "accounts@westgate-dental.example")),
    ),
    Bounce(
        "b-sendmail-en",
        "en",
        "2027-06-29 13:02 +0100",
        "Mail Delivery Subsystem <MAILER-DAEMON@relay2.marlowe-interiors.example>",
        "Warning: could not send message for past 4 hours",
        "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Tue, 29 Jun 2027 09:02:11 +0100\nfrom localhost [127.0.0.1]\n\n   ----- Transcript of session follows -----\n<bursar@oakfield-school.example>... Deferred: Connection timed out with mx.oakfield-school.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n",
        "bursar@oakfield-school.example",
        "4.4.7",
        "soft",
        "report",
        mta="relay2.marlowe-interiors.example",
        diagnostic="451 4.4.7 Connection timed out",
        returned="headers",
    ),
    Bounce(
        "b-o365-de",
        "de",
        "2027-06-10 08:41 +0200",
        O365,
        "Unzustellbar: Offene Rechnung – Marlowe Office Interiors",
        "Ihre Nachricht konnte nicht an buchhaltung@architekturbuero-lenz.example übermittelt werden.\n\nDie E-Mail-Adresse wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr. Überprüfen Sie die Adresse und versuchen Sie es erneut.\n\nDiagnoseinformationen für Administratoren:\nGenerierender Server: FR2P281MB0412.DEUP281.PROD.OUTLOOK.COM\nbuchhaltung@architekturbuero-lenz.example\nRemote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben\n",
        "buchhaltung@architekturbuero-lenz.example",
        "5.1.10",
        "hard",
        "report",
        mta="FR2P281MB0412.DEUP281.PROD.OUTLOOK.COM",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        returned="headers",
        html_part=True,
        headers=(AUTO_REPLIED,),
    ),
    Bounce(
        "b-gateway-de",
        "de",
        "2027-06-16 15:30 +0200",
        "Mail-Gateway <noreply@securemail-gw.example>",
        "Zustellung verzögert: Offene Rechnung",
        "Dies ist eine automatisch erzeugte Benachrichtigung des E-Mail-Sicherheitsgateways.\n\nIhre Nachricht an info@physio-rheinblick.example konnte bislang nicht zugestellt werden. Der Zielserver hat die Annahme vorübergehend abgelehnt (Greylisting, 451 4.7.1).\n\nDas System versucht die Zustellung weiterhin für bis zu 5 Tage. Sie müssen nichts unternehmen.\n",
        "info@physio-rheinblick.example",
        "4.7.1",
        "soft",
        "mixed",
        note="security gateway delay notice in multipart/mixed",
    ),
    Bounce(
        "b-o365-fr",
        "fr",
        "2027-06-14 10:17 +0200",
        O365,
        "Non remis : Facture échue – Marlowe Office Interiors",
        "Votre message n'a pas pu être remis à compta@atelier-blanchet.example.\n\nL'adresse e-mail que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.\n\nInformations de diagnostic pour les administrateurs :\nServeur de génération : PAXP193MB2211.EURP193.PROD.OUTLOOK.COM\nLe serveur distant a retourné « 550 5.1.1 Requested action not taken: mailbox unavailable »\n",
        "compta@atelier-blanchet.example",
        "5.1.1",
        "hard",
        "report",
        mta="PAXP193MB2211.EURP193.PROD.OUTLOOK.COM",
        diagnostic="550 5.1.1 Requested action not taken: mailbox unavailable",
        html_part=True,
        headers=(AUTO_REPLIED,),
    ),
    Bounce(
        "b-fai-fr",
        "fr",
        "2027-06-28 19:46 +0200",
        "Service de messagerie <postmaster@fai-exemple.example>",
        "Message en attente de remise",
        "Bonjour,\n\nNous n'avons pas encore pu remettre votre message à direction@creche-les-lutins.example : la boîte aux lettres du destinataire est pleine (452 4.2.2).\n\nNous continuerons d'essayer pendant 72 heures. Aucune action n'est requise de votre part pour le moment.\n\nLe service de messagerie\n",
        "direction@creche-les-lutins.example",
        "4.2.2",
        "soft",
        "report",
        mta="smtp-out.fai-exemple.example",
        diagnostic="452 4.2.2 Mailbox full",
        returned="headers",
        note="localized ISP delay notice, mailbox full",
    ),
    Bounce(
        "b-gmail-es",
        "es",
        "2027-06-21 11:08 +0200",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        "No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a contabilidad.reformasgil@gmail.com porque no se ha encontrado la dirección o no puede recibir correo.\n\nLa respuesta del servidor remoto ha sido:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
        "contabilidad.reformasgil@gmail.com",
        "5.1.1",
        "hard",
        "report",
        mta="mail-sor-f41.google.com",
        diagnostic="550 5.1.1 The email account that you tried to reach does not exist.",
        html_part=True,
        note="Gmail bounce in Spanish",
    ),
    Bounce(
        "b-isp-nl",
        "nl",
        "2027-06-09 13:51 +0200",
        "Postmaster <postmaster@mailprovider-nl.example>",
        "Onbestelbaar bericht",
        "Geachte gebruiker,\n\nUw bericht aan facturen@kinderopvang-zonnetje.example kon niet worden afgeleverd. Het adres bestaat niet (550 5.1.1 Onbekende gebruiker).\n\nDit is een definitieve fout; het bericht wordt niet opnieuw verzonden.\n\nMet vriendelijke groet,\nPostmaster\n",
        "facturen@kinderopvang-zonnetje.example",
        "5.1.1",
        "hard",
        "mixed",
        note="localized provider notice in multipart/mixed",
    ),
    Bounce(
        "b-o365-nl",
        "nl",
        "2027-06-30 16:05 +0200",
        O365,
        "Vertraagd: Vervallen factuur – Marlowe Office Interiors",
        "De bezorging is vertraagd voor deze ontvangers of groepen:\n\nboekhouding@fysio-delta.example\n\nOnderwerp: Vervallen factuur – Marlowe Office Interiors\n\nDit bericht is nog niet bezorgd. We blijven proberen het bericht te bezorgen.\n\nDe server blijft het bericht proberen te bezorgen gedurende 1 dag, 19 uur en 55 minuten. U ontvangt een melding als het bericht dan nog niet is bezorgd.\n",
        "boekhouding@fysio-delta.example",
        "4.4.7",
        "soft",
        "report",
        mta="AM9P195MB1188.EURP195.PROD.OUTLOOK.COM",
        diagnostic="400 4.4.7 Message delayed",
        returned="headers",
        html_part=True,
        headers=(AUTO_REPLIED,),
    ),
    Bounce(
        "b-isp-it",
        "it",
        "2027-06-11 07:32 +0200",
        "Servizio Posta <mailer-daemon@postaitalia-isp.example>",
        "Avviso: messaggio non ancora consegnato",
        "Gentile utente,\n\nil messaggio da lei inviato a ufficio@scuolainfanzia-girasole.example non è stato ancora consegnato. Il server del destinatario non risponde (421 4.4.2 connessione interrotta).\n\nIl sistema ritenterà automaticamente la consegna per i prossimi 4 giorni. Non è necessario inviare di nuovo il messaggio.\n",
        "ufficio@scuolainfanzia-girasole.example",
        "4.4.2",
        "soft",
        "report",
        mta="mx-out3.postaitalia-isp.example",
        diagnostic="421 4.4.2 connection dropped",
        returned="headers",
        note="localized ISP delay notice",
    ),
]

MESSAGES: Final = [
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
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def label_for(*, file: str, intent: str, lang: str, fields: Fields) -> Label:
    return Label(
        file=file,
        intent=intent,
        promised_date=fields.get("promised_date"),
        paid_date=fields.get("paid_date"),
        return_date=fields.get("return_date"),
        payment_reference=fields.get("payment_reference"),
        amount=fields.get("amount"),
        currency=fields.get("currency"),
        new_contact=fields.get("new_contact"),
        bounce_kind=fields.get("bounce_kind"),
        failed_recipient=fields.get("failed_recipient"),
        bounce_status=fields.get("bounce_status"),
        invoice_refs=list(fields.get("invoice_refs", [])),
        language=lang,
        note=fields.get("note"),
    )


def bounce_fields(b: Bounce) -> Fields:
    fields = Fields(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    if b.note:
        fields["note"] = b.note
    return fields


def check_dates(label: Label, sent: date) -> None:
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        day = date.fromisoformat(value)
        if key == "paid_date" and day > sent:
            raise ValueError(f"{label['file']}: paid after the message date")
        if key != "paid_date" and day < sent:
            raise ValueError(f"{label['file']}: {key} before the message date")


def check_label(label: Label, sent: date) -> None:
    if tuple(label) != LABEL_KEYS:
        raise ValueError(f"{label['file']}: label keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise ValueError(f"{label['file']}: bad intent or language")
    is_bounce = label["intent"] == "bounce"
    bounce_set = [label["bounce_kind"], label["failed_recipient"], label["bounce_status"]]
    if is_bounce != all(v is not None for v in bounce_set) or (not is_bounce and any(bounce_set)):
        raise ValueError(f"{label['file']}: bounce fields do not match the intent")
    if (label["amount"] is None) != (label["currency"] is None):
        raise ValueError(f"{label['file']}: amount and currency go together")
    if label["amount"] is not None:
        float(label["amount"])
    if not FIRST_DAY <= sent <= LAST_DAY:
        raise ValueError(f"{label['file']}: message date out of range")
    check_dates(label, sent)


def check_parse(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"{name}: defects {part.defects}")
        for _, value in part.items():
            str(value)
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise ValueError(f"{name}: text part does not decode")


def write_all(items: list[Msg | Bounce]) -> list[Label]:
    # A keyed hash gives a fixed, label-blind order without a pseudo-random generator.
    order = sorted(range(len(items)), key=lambda i: digest(items[i].key, f"order-{SEED}"))
    labels: list[Label] = []
    for number, index in enumerate(order, start=1):
        item = items[index]
        name = f"h78-{number:03d}.eml"
        if isinstance(item, Bounce):
            msg, intent, fields = build_bounce(item), "bounce", bounce_fields(item)
        else:
            msg, intent, fields = build_reply(item), item.intent, item.fields
        data = msg.as_bytes()
        check_parse(name, data)
        (HERE / name).write_bytes(data)
        label = label_for(file=name, intent=intent, lang=item.lang, fields=fields)
        check_label(label, item.dt.date())
        labels.append(label)
    return sorted(labels, key=lambda lab: lab["file"])


def count_table(labels: list[Label]) -> str:
    counts = Counter((lab["intent"], lab["language"]) for lab in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        cells = [counts[intent, lang] for lang in LANGS]
        if sum(cells) != 12 or 0 in cells:
            raise ValueError(f"{intent}: needs 12 messages and every language")
        rows.append(f"| {intent} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def main() -> int:
    items: list[Msg | Bounce] = [*MESSAGES, *BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(items) != 120:
        raise ValueError("keys must be unique and there must be 120 messages")
    bodies = [m.body for m in MESSAGES] + [b.human for b in BOUNCES]
    if len(set(bodies)) != len(bodies):
        raise ValueError("every message must be worded differently")
    labels = write_all(items)
    lines = [json.dumps(lab, ensure_ascii=False) for lab in labels]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(count_table(labels) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
