# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 81: `h81-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Oakridge Music Academy after it sent an overdue
reminder. The new text of each message is written by hand below; the script adds only what a mail
client or a mail server would add (the quoted reminder in the client's layout and language,
headers, MIME structure, charsets, transfer encodings, delivery-status skeletons). It writes next
to itself, deterministically: fixed seed, fixed boundaries, Message-IDs derived from each key.
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = 20270607
PREFIX = "h81"
AR_NAME = "Oakridge Music Academy – Accounts"
AR_ADDR = "receivables@oakridge-music.example"
AR_HOST = "mail.oakridge-music.example"
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


# --------------------------------------------------------------------------------------------
# Locale tables (client furniture, not customer text)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
GMAIL_ATTR = {
    "en": "On {wd3}, {d} {mon3} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wd2}., {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd3}. {d} {mon3}. {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wd3}, {d} {mon3} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd2} {d} {mon3} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wd3} {d} {mon3} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mon} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
RE_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
GMAIL_RE = {"en": "Re: ", "de": "Re: ", "fr": "Re: ", "es": "Re: ", "nl": "Re: ", "it": "Re: "}
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
CURRENCY = {"en": "GBP", "de": "EUR", "fr": "EUR", "es": "EUR", "nl": "EUR", "it": "EUR"}

# The academy's reminder, one per language (the academy's own text, quoted by the replies).
REMINDER_SUBJECT = {
    "en": "Overdue reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Aviso de pago pendiente – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our accounts show that invoice {inv} for {amt}, due on 31/05/2027, has not yet been paid. It covers summer-term lessons and, where booked, instrument hire, exam entries or camp places.\n\n"
        "If you have already paid, thank you – a quick reply with the payment date helps us update your account. If anything on the invoice looks wrong, reply to this email and we will look into it.\n\n"
        "Best wishes,\n\nAccounts team\nOakridge Music Academy\nreceivables@oakridge-music.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die Rechnung {inv} über {amt}, fällig am 31.05.2027, ist bei uns noch offen. Sie umfasst den Unterricht im Sommertrimester sowie ggf. Instrumentenmiete, Prüfungsgebühren oder Plätze im Sommercamp.\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – teilen Sie uns dann bitte kurz das Zahlungsdatum mit. Wenn an der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nOakridge Music Academy"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le 31/05/2027, n'a pas encore été réglée. Elle couvre les cours du trimestre d'été et, le cas échéant, la location d'instrument, les frais d'examen ou le stage d'été.\n\n"
        "Si vous avez déjà payé, merci – il suffit de nous répondre avec la date du règlement. Si quelque chose vous semble incorrect sur la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nOakridge Music Academy"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la factura {inv} por {amt}, con vencimiento el 31/05/2027, sigue pendiente de pago. Corresponde a las clases del trimestre de verano y, si se contrataron, al alquiler de instrumento, las tasas de examen o el campamento.\n\n"
        "Si ya la ha pagado, gracias; le agradeceríamos que nos indicara la fecha del pago. Si algo de la factura no es correcto, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nDepartamento de administración\nOakridge Music Academy"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is factuur {inv} van {amt}, vervallen op 31-05-2027, nog niet betaald. De factuur betreft de lessen van het zomertrimester en eventueel instrumenthuur, examengeld of het zomerkamp.\n\n"
        "Heeft u al betaald, dan hartelijk dank – laat u ons even weten op welke datum? Klopt er iets niet op de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAdministratie\nOakridge Music Academy"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri registri risulta ancora da saldare la fattura {inv} di {amt}, scaduta il 31/05/2027. Riguarda le lezioni del trimestre estivo ed eventualmente il noleggio dello strumento, le tasse d'esame o il campus estivo.\n\n"
        "Se ha già pagato, grazie: ci basta una risposta con la data del pagamento. Se qualcosa nella fattura non torna, risponda pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio amministrazione\nOakridge Music Academy"
    ),
}


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a person or an autoresponder, with its labels."""

    key: str
    lang: str
    intent: str
    style: str
    name: str
    addr: str
    date: str
    inv: str
    amt: str
    body: str
    quote_lang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    promised: str | None = None
    paid: str | None = None
    ret: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def qlang(self) -> str:
        return self.quote_lang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report: the human text is hand-written, the skeleton generated."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    date: str
    layout: str
    sender: str
    subject: str
    human: str
    diagnostic: str
    reporting: str
    remote: str = ""
    returned: str = "full"
    headers: tuple[tuple[str, str], ...] = ()
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def action(self) -> str:
        return "delayed" if self.status.startswith("4") else "failed"


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def amount_text(lang: str, amt: str) -> str:
    if lang == "en":
        return f"£{amt}"
    euros = amt.replace(".", ",")
    return f"€ {euros}" if lang in {"nl", "it"} else f"{euros} €"


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    wd = WEEKDAYS[lang].split()[dt.weekday()]
    mon = MONTHS[lang].split()[dt.month - 1]
    return {
        "wd": wd,
        "wd2": wd[:2],
        "wd3": wd[:3],
        "mon": mon,
        "mon3": mon[:3],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def fill(template: str, *, lang: str, dt: datetime, name: str, addr: str) -> str:
    return template.format(**date_fields(lang, dt), name=name, addr=addr)


def latin1_safe(text: str, charset: str) -> str:
    if charset != "iso-8859-1":
        return text
    return text.replace("–", "-").replace("€", "EUR").replace("’", "'")


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    part = MIMENonMultipart("text", subtype)
    if cte == "7bit":
        part.set_payload(text)
        part.set_param("charset", charset)
        part["Content-Transfer-Encoding"] = "7bit"
        return part
    ch = cs.Charset(charset)
    ch.body_encoding = cs.BASE64 if cte == "b64" else cs.QP
    part.set_payload(text, ch)
    return part


def header_text(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset).encode()


def address(name: str, addr: str, charset: str) -> str:
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset)


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line) for line in text.split("\n"))


def quote_lines(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.split("\n"))


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the client sees it."""

    lang: str
    subject: str
    text: str
    when: datetime
    to: str
    key: str

    @property
    def msgid(self) -> str:
        return f"<rem.{digest(self.key, 'reminder')[:20]}@{AR_HOST}>"


def make_quote(*, key: str, lang: str, inv: str, amt: str, to: str, when: datetime) -> Quote:
    sent = (when - timedelta(days=2 + int(digest(key, "gap")[:2], 16) % 3)).replace(
        hour=8, minute=30 + int(digest(key, "min")[:2], 16) % 20
    )
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    text = REMINDER_BODY[lang].format(inv=inv, amt=amount_text(lang, amt))
    return Quote(lang=lang, subject=subject, text=text, when=sent, to=to, key=key)


def reply_quote(r: Reply) -> Quote:
    return make_quote(key=r.key, lang=r.qlang, inv=r.inv, amt=r.amt, to=r.addr, when=r.dt)


def reminder_message(q: Quote) -> Message:
    msg = text_part(q.text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = address(AR_NAME, AR_ADDR, "utf-8")
    msg["To"] = q.to
    msg["Subject"] = header_text(q.subject, "utf-8")
    msg["Date"] = format_datetime(q.when)
    msg["Message-ID"] = q.msgid
    return msg


# --------------------------------------------------------------------------------------------
# Client styles
# --------------------------------------------------------------------------------------------


def outlook_block(r: Reply, q: Quote, *, divider: str = "") -> list[str]:
    sep, frm, sent, to, subj, colon = OUTLOOK_LABELS[r.lang]
    when = fill(OUTLOOK_SENT[r.lang], lang=r.lang, dt=q.when, name="", addr="")
    return [
        divider or sep,
        f"{frm}{colon}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{colon}{when}",
        f"{to}{colon}{r.name} <{r.addr}>",
        f"{subj}{colon}{q.subject}",
    ]


def safe(r: Reply, text: str) -> str:
    return latin1_safe(text, r.charset)


def plain(r: Reply, text: str) -> Message:
    return text_part(safe(r, text), subtype="plain", charset=r.charset, cte=r.cte)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain(r, text))
    outer.attach(text_part(safe(r, markup), subtype="html", charset=r.charset, cte=r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    text = r.body + "\n\n" + "\n".join(outlook_block(r, q)) + "\n\n" + q.text + "\n"
    return plain(r, text)


def word_html(r: Reply, q: Quote) -> str:
    body = "".join(
        f'<p class="MsoNormal">{html.escape(p) or "&nbsp;"}<o:p></o:p></p>\n'
        for p in r.body.split("\n")
    )
    head = "".join(
        f'<p class="MsoNormal"><b>{html.escape(line.split(":", 1)[0])}:</b>{html.escape(line.split(":", 1)[1])}<o:p></o:p></p>\n'
        for line in outlook_block(r, q)[1:]
    )
    quoted = "".join(
        f'<p class="MsoNormal">{html.escape(p) or "&nbsp;"}<o:p></o:p></p>\n'
        for p in q.text.split("\n")
    )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>\n'
        f'<body lang="{r.lang.upper()}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
        f"{body}"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f"{head}</div>\n{quoted}</div></body></html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = (
        r.body + "\n\n" + "\n".join(outlook_block(r, q, divider="_" * 32)) + "\n\n" + q.text + "\n"
    )
    return alternative(r, text, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    lines = outlook_block(r, q)[1:]
    head = "<br>\n".join(
        f"<b>{html.escape(x.split(':', 1)[0])}:</b>{html.escape(x.split(':', 1)[1])}" for x in lines
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
        f"{html_text(r.body)}</div>\n"
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{head}</font>\n'
        f"<div>&nbsp;</div></div>\n<div>{html_text(q.text)}</div></body></html>\n"
    )
    return text_part(safe(r, markup), subtype="html", charset=r.charset, cte=r.cte)


def gmail_attr(r: Reply, q: Quote) -> str:
    return fill(GMAIL_ATTR[r.lang], lang=r.lang, dt=q.when, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(r, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(r, q)}\n\n{quote_lines(q.text)}\n")


def apple_attr(r: Reply, q: Quote) -> str:
    return fill(APPLE_ATTR[r.lang], lang=r.lang, dt=q.when, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(r, q)}\n\n{quote_lines(q.text)}\n")


def style_iphone(r: Reply, q: Quote) -> Message:
    sig = IPHONE_SIG[r.lang]
    return plain(r, f"{r.body}\n\n{sig}\n\n{apple_attr(r, q)}\n\n{quote_lines(q.text)}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fill(TB_ATTR[r.lang], lang=r.lang, dt=q.when, name=AR_NAME, addr=AR_ADDR)
    msg = plain(r, f"{attr}\n{quote_lines(q.text)}\n\n{r.body}\n")
    msg.set_param("format", "flowed")
    return msg


def style_inline(r: Reply, q: Quote) -> Message:
    attr = fill(TB_ATTR[r.lang], lang=r.lang, dt=q.when, name=AR_NAME, addr=AR_ADDR)
    return plain(r, f"{attr}\n{r.body}\n")


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(r, q, divider="_" * 32))
    return plain(r, f"{r.body}\n\n{ANDROID_SIG[r.lang]}\n{block}\n\n{q.text}\n")


def style_none(r: Reply, q: Quote) -> Message:
    del q
    return plain(r, r.body + "\n")


def style_html_notice(r: Reply, q: Quote) -> Message:
    del q
    markup = f'<html><body style="font-family:Arial,sans-serif;font-size:10pt">{html_text(r.body)}</body></html>\n'
    return text_part(safe(r, markup), subtype="html", charset=r.charset, cte=r.cte)


def style_alt_notice(r: Reply, q: Quote) -> Message:
    del q
    markup = f'<html><body><div style="font-family:Segoe UI,sans-serif">{html_text(r.body)}</div></body></html>\n'
    return alternative(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "none": style_none,
    "html_notice": style_html_notice,
    "alt_notice": style_alt_notice,
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21F90)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
        ),
    ),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
        ),
    ),
}
QUOTING = {"none", "html_notice", "alt_notice"}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject
    prefix = (
        RE_PREFIX[r.lang] if r.style.startswith(("outlook", "owa", "android")) else GMAIL_RE[r.lang]
    )
    return prefix + q.subject


def reply_msgid(r: Reply) -> str:
    host = r.addr.split("@")[1]
    h = digest(r.key, "msgid")
    if host == "gmail.com":
        return f"<CAF{h[:28]}+{h[28:40]}@mail.gmail.com>"
    if r.style.startswith(("outlook", "owa", "android")):
        return f"<DB9PR0{h[:2].upper()}MB{h[2:6]}{h[6:30].upper()}@DB9PR0{h[:2].upper()}MB{h[2:6]}.eurprd0{int(h[30], 16) % 9 + 1}.prod.{host}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{host}>"


def add_headers(msg: Message, pairs: list[tuple[str, str]]) -> Message:
    content = [(k, v) for k, v in msg.items()]
    for k, _ in content:
        del msg[k]
    for k, v in pairs + content:
        msg[k] = v
    return msg


def finalize(msg: Message, *, key: str, pairs: list[tuple[str, str]]) -> Message:
    for n, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{digest(key, 'b')[:12]}_{n}")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return add_headers(msg, pairs)


def build_reply(r: Reply) -> Message:
    q = reply_quote(r)
    body = STYLES[r.style](r, q)
    ch = "utf-8" if r.charset == "utf-8" else r.charset
    pairs = [
        ("From", address(safe(r, r.name), r.addr, ch)),
        ("To", address(safe(r, AR_NAME), AR_ADDR, ch)),
        ("Subject", header_text(safe(r, reply_subject(r, q)), ch)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.style not in QUOTING:
        pairs += [("In-Reply-To", q.msgid), ("References", q.msgid)]
    if r.style.startswith("outlook"):
        pairs += [
            ("Thread-Topic", header_text(safe(r, q.subject), ch)),
            ("Thread-Index", "AQH" + digest(r.key, "ti")[:24]),
        ]
    pairs += list(CLIENT_HEADERS.get(r.style, ())) + list(r.headers)
    return finalize(body, key=r.key, pairs=pairs)


# --------------------------------------------------------------------------------------------
# Bounces
# --------------------------------------------------------------------------------------------


def bounce_quote(b: Bounce) -> Quote:
    return make_quote(
        key=b.key,
        lang=b.lang,
        inv="OMA-T3-" + str(4000 + int(digest(b.key, "inv")[:3], 16) % 900),
        amt="240.00",
        to=b.rcpt,
        when=b.dt,
    )


def status_block(b: Bounce) -> str:
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {b.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {b.remote}"] if b.remote else []),
        f"Diagnostic-Code: smtp; {b.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if b.action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    return "\n".join(lines) + "\n"


def delivery_status(b: Bounce, q: Quote) -> Message:
    head = f"Reporting-MTA: dns; {b.reporting}\nArrival-Date: {format_datetime(q.when)}\n"
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(x.encode()) for x in (head, status_block(b))])
    return ds


def returned_part(b: Bounce, q: Quote) -> Message:
    original = reminder_message(q)
    if b.returned == "headers":
        text = "".join(
            f"{k}: {v}\n"
            for k, v in original.items()
            if k.lower().startswith(("from", "to", "subject", "date", "message"))
        )
        return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    return MIMEMessage(original)


def human_part(b: Bounce) -> Message:
    if b.layout == "exchange":
        outer = MIMEMultipart("alternative")
        outer.attach(text_part(b.human, subtype="plain", charset="utf-8", cte="qp"))
        markup = f'<html><body><div style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:11pt">{html_text(b.human)}</div></body></html>\n'
        outer.attach(text_part(markup, subtype="html", charset="utf-8", cte="qp"))
        return outer
    cte = "7bit" if b.human.isascii() else "qp"
    return text_part(
        b.human, subtype="plain", charset="us-ascii" if cte == "7bit" else "utf-8", cte=cte
    )


def build_bounce(b: Bounce) -> Message:
    q = bounce_quote(b)
    if b.layout == "plain":
        text = b.human
        if b.returned == "inline":
            original = reminder_message(q)
            text += (
                "\n--- Below this line is a copy of the message.\n\n"
                + "".join(
                    f"{k}: {v}\n"
                    for k, v in original.items()
                    if k in {"From", "To", "Subject", "Date", "Message-ID"}
                )
                + "\n"
                + q.text
                + "\n"
            )
        msg = text_part(
            text,
            subtype="plain",
            charset="utf-8" if not text.isascii() else "us-ascii",
            cte="qp" if not text.isascii() else "7bit",
        )
    else:
        msg = MIMEMultipart("report", report_type="delivery-status")
        for part in (human_part(b), delivery_status(b, q), returned_part(b, q)):
            msg.attach(part)
    pairs = [
        ("From", b.sender),
        ("To", AR_ADDR),
        ("Subject", header_text(b.subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{digest(b.key, 'bounce')[:24]}@{b.reporting}>"),
        *b.headers,
    ]
    return finalize(msg, key=b.key, pairs=pairs)


# --------------------------------------------------------------------------------------------
# The replies (hand-written)
# --------------------------------------------------------------------------------------------

AUTO = (("Auto-Submitted", "auto-replied"),)
AUTO_GEN = (("Auto-Submitted", "auto-generated"),)

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        lang="en",
        intent="payment_sent",
        style="gmail",
        name="Sarah Whitlock",
        addr="sarah.whitlock@gmail.com",
        date="2027-06-08 20:14 +0100",
        inv="OMA-T3-4127",
        amt="385.00",
        body="Hi,\n\nI paid this by bank transfer this afternoon – £385.00, reference WHITLOCK-T3. Sorry it was late, the school run has been chaos this term.\n\nSarah",
        paid="2027-06-08",
        ref="WHITLOCK-T3",
        amount="385.00",
        currency="GBP",
    ),
    Reply(
        key="ps-en-2",
        lang="en",
        intent="payment_sent",
        style="iphone",
        name="Tom Rees",
        addr="tom@reesplumbing.example",
        date="2027-06-15 07:52 +0100",
        inv="OMA-T3-4150",
        amt="210.00",
        body="Paid.",
        note="one word; no date",
    ),
    Reply(
        key="ps-en-3",
        lang="en",
        intent="payment_sent",
        style="none",
        name="Brightwell Care Homes AP",
        addr="ap-noreply@brightwellcare.example",
        date="2027-06-22 06:00 +0100",
        inv="OMA-T3-4466",
        amt="960.00",
        subject="Remittance advice BCH-PAY-0088213",
        headers=AUTO_GEN,
        body="REMITTANCE ADVICE\n\nPayer: Brightwell Care Homes Ltd\nPayee: Oakridge Music Academy\nPayment date: 21/06/2027\nPayment method: BACS\nPayment reference: BCH-PAY-0088213\n\nSupplier invoice      Description                 Amount\nOMA-T3-4466           Music sessions Apr–Jun      £960.00\n\nTotal paid: £960.00\n\nThis message was generated by our accounts payable system. Replies to this address are not read.",
        paid="2027-06-21",
        ref="BCH-PAY-0088213",
        amount="960.00",
        currency="GBP",
        refs=("OMA-T3-4466",),
        note="AP-system payment advice with Auto-Submitted: auto-generated",
    ),
    Reply(
        key="ps-de-1",
        lang="de",
        intent="payment_sent",
        style="outlook",
        name="Jens Hartmann",
        addr="j.hartmann@hartmann-steuer.example",
        date="2027-06-10 11:03 +0200",
        inv="OMA-T3-4203",
        amt="412.50",
        charset="windows-1252",
        body="Guten Tag,\n\ndie Überweisung über 412,50 € ist gestern rausgegangen, Verwendungszweck „OMA-T3-4203 Lea Hartmann“. Bitte prüfen Sie Ihren Zahlungseingang.\n\nMit freundlichen Grüßen\nJens Hartmann",
        paid="2027-06-09",
        amount="412.50",
        currency="EUR",
        refs=("OMA-T3-4203",),
        note="the Verwendungszweck is the invoice number, not a payment reference",
    ),
    Reply(
        key="ps-fr-1",
        lang="fr",
        intent="payment_sent",
        style="gmail",
        name="Claire Dubois",
        addr="claire.dubois@orange-mail.example",
        date="2027-06-14 09:41 +0200",
        inv="OMA-T3-4231",
        amt="265.00",
        body="Bonjour,\n\nJ'ai fait le virement ce matin (265 €) pour le stage d'été d'Hugo. Le libellé est « DUBOIS HUGO STAGE ».\n\nBonne journée,\nClaire Dubois",
        paid="2027-06-14",
        ref="DUBOIS HUGO STAGE",
        amount="265.00",
        currency="EUR",
    ),
    Reply(
        key="ps-fr-2",
        lang="fr",
        intent="payment_sent",
        style="iphone",
        name="Aurelie Masson",
        addr="aurelie.masson@free-mail.example",
        date="2027-06-23 09:10 +0200",
        inv="OMA-T3-4240",
        amt="148.00",
        body="c fait, payé hier soir par carte sur votre site. desolee pour le retard",
        paid="2027-06-22",
        note="'c fait' = done; missing accents",
    ),
    Reply(
        key="ps-es-1",
        lang="es",
        intent="payment_sent",
        style="outlook_html",
        name="Marta Ruiz",
        addr="administracion@colegiosangregorio.example",
        date="2027-06-18 12:25 +0200",
        inv="OMA-T3-4310",
        amt="920.00",
        body="Buenos días:\n\nLes informamos de que con fecha 17/06/2027 se ha ordenado la transferencia de 1.840,00 € correspondiente a las facturas OMA-T3-4310 y OMA-T3-4311 (clases grupales de violín, 3.º y 4.º de Primaria). Referencia de la operación: 2027061700456.\n\nAtentamente,\n\nMarta Ruiz\nAdministración – Colegio San Gregorio",
        paid="2027-06-17",
        ref="2027061700456",
        amount="1840.00",
        currency="EUR",
        refs=("OMA-T3-4310", "OMA-T3-4311"),
    ),
    Reply(
        key="ps-es-2",
        lang="es",
        intent="payment_sent",
        style="android",
        name="Iratxe Goikoetxea",
        addr="iratxe.goiko@gmail.com",
        date="2027-06-24 18:33 +0200",
        inv="OMA-T3-4322",
        amt="96.00",
        cte="b64",
        body="Ya está pagado!! Lo pagué el lunes por Bizum a la profe de guitarra, ¿no os lo ha dicho?",
        paid="2027-06-21",
        note="paid to the teacher, not the academy; still a payment claim; 'el lunes' is the Monday before Thu 24 June",
    ),
    Reply(
        key="ps-nl-1",
        lang="nl",
        intent="payment_sent",
        style="gmail_plain",
        name="Mirjam de Vries",
        addr="mirjam.devries@kpn-mail.example",
        date="2027-06-11 10:05 +0200",
        inv="OMA-T3-4288",
        amt="318.00",
        body="Hoi,\n\nIs vanochtend overgemaakt, € 318,00 onder vermelding van factuurnummer 4288. Excuses voor de vertraging.\n\nGroet,\nMirjam de Vries",
        paid="2027-06-11",
        amount="318.00",
        currency="EUR",
        refs=("OMA-T3-4288",),
    ),
    Reply(
        key="ps-nl-2",
        lang="nl",
        intent="payment_sent",
        style="thunderbird",
        name="Annelies Bakker",
        addr="a.bakker@ziggo-post.example",
        date="2027-06-16 21:17 +0200",
        inv="OMA-T3-4290",
        amt="540.00",
        body="Beste,\n\nDe cursus van mijn man is op 4 juni al betaald door zijn werkgever, via de cafetariaregeling van Van Dijk Logistiek. Het betalingskenmerk is VDL-2027-0611. Wilt u het nog eens nakijken?\n\nMet vriendelijke groet,\nAnnelies Bakker",
        paid="2027-06-04",
        ref="VDL-2027-0611",
        note="paid through an employer's benefit scheme",
    ),
    Reply(
        key="ps-it-1",
        lang="it",
        intent="payment_sent",
        style="outlook",
        name="Roberto Galli",
        addr="roberto.galli@studiogalli.example",
        date="2027-06-28 09:12 +0200",
        inv="OMA-T3-4399",
        amt="290.00",
        charset="iso-8859-1",
        body="Buongiorno,\n\nvi comunico che il bonifico di € 290,00 è stato eseguito il 25 giugno, CRO 0512738846201, causale: saldo fattura OMA-T3-4399 – corso di pianoforte di Giulia.\n\nCordiali saluti\nRoberto Galli",
        paid="2027-06-25",
        ref="0512738846201",
        amount="290.00",
        currency="EUR",
        refs=("OMA-T3-4399",),
        note="ISO-8859-1: '€' and '–' become 'EUR' and '-'",
    ),
    Reply(
        key="ps-it-2",
        lang="it",
        intent="payment_sent",
        style="iphone",
        name="Franca Bellini",
        addr="franca.bellini@libero-posta.example",
        date="2027-07-01 16:48 +0200",
        inv="OMA-T3-4405",
        amt="175.00",
        body="Pagato ieri con la carta. Nonna Franca",
        paid="2027-06-30",
        note="grandparent paying",
    ),
]

PROMISE = [
    Reply(
        key="pp-en-1",
        lang="en",
        intent="promise_to_pay",
        style="gmail",
        name="Dan Okoro",
        addr="dan.okoro@gmail.com",
        date="2027-06-09 22:03 +0100",
        inv="OMA-T3-4133",
        amt="264.00",
        body="Hi there,\n\nI get paid on the 25th so I'll clear it then. Thanks for your patience – loving the guitar lessons btw.\n\nDan",
        promised="2027-06-25",
        note="adult learner",
    ),
    Reply(
        key="pp-en-2",
        lang="en",
        intent="promise_to_pay",
        style="outlook_html",
        name="Helen Carter",
        addr="sbm@staldhelms-primary.example",
        date="2027-06-16 11:20 +0100",
        inv="OMA-T3-4140",
        amt="2150.00",
        body="Good morning,\n\nThis has been approved and added to Friday's BACS run, so you should see the £2,150.00 early next week. Apologies for the delay – the finance office has been short-staffed over exam season.\n\nKind regards,\n\nHelen Carter\nSchool Business Manager\nSt Aldhelm's Primary School\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        promised="2027-06-18",
        amount="2150.00",
        currency="GBP",
        note="past-tense 'approved and added' announces a future payment run; Friday after Wed 16 June",
    ),
    Reply(
        key="pp-en-3",
        lang="en",
        intent="promise_to_pay",
        style="iphone",
        name="Rukhsana Begum",
        addr="rukhsana.b@btmail.example",
        date="2027-06-21 13:37 +0100",
        inv="OMA-T3-4162",
        amt="330.00",
        body="Hi – the council bursary for Amira's lessons hasn't been released yet. Once the grant comes through we'll pay straight away, should be in a week or two.",
        note="conditional on a grant; 'in a week or two' cannot be pinned to a day",
    ),
    Reply(
        key="pp-de-1",
        lang="de",
        intent="promise_to_pay",
        style="outlook",
        name="Karin Vogt",
        addr="sekretariat@gs-lindenhof.example",
        date="2027-06-17 10:44 +0200",
        inv="OMA-T3-4208",
        amt="1260.00",
        body="Sehr geehrte Damen und Herren,\n\nwir begleichen die Rechnung bis Ende KW 26. Die Freigabe durch den Förderverein liegt inzwischen vor.\n\nMit freundlichen Grüßen\n\nKarin Vogt\nSekretariat\nGrundschule am Lindenhof",
        promised="2027-07-02",
        note="'Ende KW 26' = Friday 2 July 2027, the last working day of ISO week 26",
    ),
    Reply(
        key="pp-de-2",
        lang="de",
        intent="promise_to_pay",
        style="iphone",
        name="Michael Sauer",
        addr="micha.sauer@gmail.com",
        date="2027-06-29 19:58 +0200",
        inv="OMA-T3-4214",
        amt="185.00",
        body="Zahle ich nach den Sommerferien, versprochen. LG Micha",
        note="'nach den Sommerferien' cannot be pinned to a day",
    ),
    Reply(
        key="pp-fr-1",
        lang="fr",
        intent="promise_to_pay",
        style="gmail",
        name="Sophie Marchand",
        addr="sophie.marchand@laposte-mail.example",
        date="2027-06-25 08:15 +0200",
        inv="OMA-T3-4245",
        amt="120.00",
        body="Bonjour,\n\nJe réglerai la location du violoncelle mi-juillet, dès que j'aurai touché ma prime. Merci de votre compréhension.\n\nCordialement,\nSophie Marchand",
        promised="2027-07-15",
        note="'mi-juillet' read as 15 July",
    ),
    Reply(
        key="pp-es-1",
        lang="es",
        intent="promise_to_pay",
        style="android",
        name="Lucía Herrero",
        addr="lucia.herrero@telefonica-mail.example",
        date="2027-06-09 17:26 +0200",
        inv="OMA-T3-4315",
        amt="140.00",
        cte="b64",
        body="Hola, el viernes sin falta hago la transferencia. Perdón!!\nLucía",
        promised="2027-06-11",
    ),
    Reply(
        key="pp-es-2",
        lang="es",
        intent="promise_to_pay",
        style="outlook",
        name="Javier Ortega",
        addr="j.ortega@residencialosolivos.example",
        date="2027-06-14 16:02 +0200",
        inv="OMA-T3-4318",
        amt="780.00",
        charset="iso-8859-1",
        body="Buenas tardes:\n\nLa factura de las sesiones de musicoterapia ya está aprobada. Se abonará en la remesa de pagos del día 30 de este mes.\n\nUn cordial saludo,\n\nJavier Ortega\nResidencia Los Olivos",
        promised="2027-06-30",
        note="care home; 'ya está aprobada' is past tense but the payment is future",
    ),
    Reply(
        key="pp-nl-1",
        lang="nl",
        intent="promise_to_pay",
        style="gmail_plain",
        name="Peter Jansen",
        addr="p.jansen@planet-mail.example",
        date="2027-06-10 14:30 +0200",
        inv="OMA-T3-4281",
        amt="224.00",
        body="Goedemiddag,\n\nIk betaal het volgende week donderdag, dan is mijn vakantiegeld binnen.\n\nGr. Peter Jansen",
        promised="2027-06-17",
        note="'volgende week donderdag' from Thu 10 June",
    ),
    Reply(
        key="pp-nl-2",
        lang="nl",
        intent="promise_to_pay",
        style="apple",
        name="Henk Visser",
        addr="info@fruitbedrijfvisser.example",
        date="2027-06-19 07:05 +0200",
        inv="OMA-T3-4284",
        amt="410.00",
        body="Beste mensen,\n\nWe zitten tot over onze oren in de kersenpluk. Na de oogst maken we het over, dat beloof ik. Excuus voor het wachten.\n\nHenk en Marja Visser",
        note="'na de oogst' (after the harvest) cannot be pinned to a day",
    ),
    Reply(
        key="pp-it-1",
        lang="it",
        intent="promise_to_pay",
        style="outlook_html",
        name="Segreteria IC Dante Alighieri",
        addr="amministrazione@icdantealighieri.example",
        date="2027-06-23 11:50 +0200",
        inv="OMA-T3-4390",
        amt="1520.00",
        body="Gentili signori,\n\nil pagamento è stato programmato per il 5 luglio con la prossima distinta dei bonifici.\n\nDistinti saluti\n\nUfficio amministrativo\nIstituto Comprensivo Dante Alighieri",
        promised="2027-07-05",
        note="'è stato programmato' announces a future payment",
    ),
    Reply(
        key="pp-it-2",
        lang="it",
        intent="promise_to_pay",
        style="gmail",
        name="Chiara Lombardi",
        addr="chiara.lombardi@gmail.com",
        date="2027-06-08 21:40 +0200",
        inv="OMA-T3-4393",
        amt="198.00",
        body="Ciao, scusate, me ne ero proprio dimenticata! Pago entro il 15, promesso.\n\nChiara",
        promised="2027-06-15",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        lang="en",
        intent="dispute",
        style="outlook",
        name="Graham Pike",
        addr="graham.pike@pikeandsons.example",
        date="2027-06-07 09:31 +0100",
        inv="OMA-T3-4118",
        amt="288.00",
        body="We have NOT paid this because the two Saturday lessons in May never happened – the tutor cancelled both and nobody offered to reschedule. Please reissue the invoice without them.\n\nRegards,\nGraham Pike",
        note="negation: not paid because the service was not delivered",
    ),
    Reply(
        key="di-en-2",
        lang="en",
        intent="dispute",
        style="gmail",
        name="Fiona McLeod",
        addr="fiona.mcleod@gmail.com",
        date="2027-06-12 10:18 +0100",
        inv="OMA-T3-4146",
        amt="246.00",
        body="Hello,\n\nYou've charged violin hire for the whole summer term, but Ella handed the violin back on 3 May – it's in your own returns book, the lady on reception signed it. The hire part (£96) shouldn't be there. I'll happily pay the lessons once you send a corrected invoice.\n\nFiona",
        note="hire charged after the instrument was returned",
    ),
    Reply(
        key="di-en-3",
        lang="en",
        intent="dispute",
        style="iphone",
        name="Colin Ward",
        addr="colin.ward@wardfamily.example",
        date="2027-06-26 08:44 +0100",
        inv="OMA-T3-4170",
        amt="143.00",
        body="Lessons were paid last week. But the exam entry fee of £58 is for Grade 5 and she's sitting Grade 4, so that's wrong. Fix it please",
        note="a payment claim plus a contested fee: dispute wins",
    ),
    Reply(
        key="di-de-1",
        lang="de",
        intent="dispute",
        style="gmail_plain",
        name="Sandra Keller",
        addr="sandra.keller@web-post.example",
        date="2027-06-09 20:12 +0200",
        inv="OMA-T3-4205",
        amt="396.00",
        body="Hallo,\n\ndie Rechnung stimmt nicht. Sie berechnen 12 Einheiten, Tim hatte in diesem Trimester aber nur 10 Stunden, weil die Lehrerin zweimal krank war und nichts nachgeholt wurde. Bitte korrigieren.\n\nViele Grüße\nSandra Keller",
        note="quantity wrong",
    ),
    Reply(
        key="di-de-2",
        lang="de",
        intent="dispute",
        style="outlook_html",
        name="Thomas Brandt",
        addr="verwaltung@realschule-nord.example",
        date="2027-06-15 13:05 +0200",
        inv="OMA-T3-4255",
        amt="640.00",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung OMA-T3-4255 betrifft dieselbe Leistung wie OMA-T3-4219 (Gruppenunterricht Bläserklasse 5b, Sommertrimester), und die haben wir bereits im Mai bezahlt. Es handelt sich um eine Doppelberechnung – bitte stornieren Sie die Rechnung.\n\nMit freundlichen Grüßen\nThomas Brandt\nVerwaltung, Realschule Nord",
        refs=("OMA-T3-4255", "OMA-T3-4219"),
        note="duplicate billing; the payment mentioned is for the earlier invoice",
    ),
    Reply(
        key="di-fr-1",
        lang="fr",
        intent="dispute",
        style="thunderbird",
        name="François Leroy",
        addr="f.leroy@leroy-archi.example",
        date="2027-06-11 18:22 +0200",
        inv="OMA-T3-4236",
        amt="180.00",
        body="Bonjour,\n\nLe stage d'été a été annulé par vos soins le 28 mai, et vous nous facturez quand même 180 €. Nous n'avons rien à payer. Merci d'annuler cette facture.\n\nFrançois Leroy",
        note="service cancelled by the academy",
    ),
    Reply(
        key="di-fr-2",
        lang="fr",
        intent="dispute",
        style="iphone",
        name="Karim Haddad",
        addr="karim.haddad@gmail.com",
        date="2027-06-20 11:03 +0200",
        inv="OMA-T3-4249",
        amt="72.00",
        body="bonjour, la guitare de location est arrivee avec le manche fendu, on l a rapportee le lendemain. je ne paierai pas la location tant que ce n est pas regle. merci",
        note="damaged goods; 'won't pay until fixed'; no accents",
    ),
    Reply(
        key="di-es-1",
        lang="es",
        intent="dispute",
        style="gmail",
        name="Elena Navarro",
        addr="compras@academiaritmo.example",
        date="2027-06-16 12:40 +0200",
        inv="OMA-T3-4325",
        amt="455.00",
        body="Hola:\n\nEsto no es nuestro. Todos nuestros encargos llevan número de pedido y esta factura no lo lleva; además, nosotros no hemos contratado clases de batería. Revisen a quién corresponde.\n\nSaludos,\nElena Navarro\nCompras – Academia de Danza Ritmo",
        note="not our order",
    ),
    Reply(
        key="di-nl-1",
        lang="nl",
        intent="dispute",
        style="outlook_html",
        name="Esther Mulder",
        addr="esther.mulder@mulderadvies.example",
        date="2027-06-22 09:27 +0200",
        inv="OMA-T3-4292",
        amt="65.00",
        body="Geachte heer, mevrouw,\n\nHet examengeld van € 65 is al gecrediteerd toen het examen werd verplaatst; ik heb de creditnota van 12 mei hier voor me liggen. Deze factuur klopt dus niet.\n\nMet vriendelijke groet,\nEsther Mulder",
        note="already credited",
    ),
    Reply(
        key="di-nl-2",
        lang="nl",
        intent="dispute",
        style="android",
        name="Wim Peters",
        addr="activiteiten@zorgcentrumdelinde.example",
        date="2027-06-30 15:12 +0200",
        inv="OMA-T3-4297",
        amt="600.00",
        cte="b64",
        body="Wij hebben 8 groepslessen gehad, geen 10. Tot de factuur is aangepast betalen we niets.\n\nWim Peters\nActiviteitenbegeleiding Zorgcentrum De Linde",
        note="care home; quantity",
    ),
    Reply(
        key="di-it-1",
        lang="it",
        intent="dispute",
        style="gmail_plain",
        name="Marco Ferri",
        addr="marco.ferri@tiscali-mail.example",
        date="2027-06-10 08:55 +0200",
        inv="OMA-T3-4384",
        amt="336.00",
        body="Buongiorno,\n\nla tariffa applicata non è quella concordata: ci avevate detto 22 euro a lezione e in fattura ne risultano 28. Aspetto una fattura corretta.\n\nSaluti,\nMarco Ferri",
        note="wrong price",
    ),
    Reply(
        key="di-it-2",
        lang="it",
        intent="dispute",
        style="apple",
        name="Elisa Conti",
        addr="elisa.conti@conti-studio.example",
        date="2027-06-17 19:30 +0200",
        inv="OMA-T3-4388",
        amt="90.00",
        body="Non abbiamo pagato perché il violino a noleggio non ci è mai stato consegnato. Lo stiamo ancora aspettando.\n\nElisa Conti",
        note="negation: goods never delivered",
    ),
]

PLAN = [
    Reply(
        key="pl-en-1",
        lang="en",
        intent="payment_plan",
        style="gmail",
        name="Margaret Hollis",
        addr="margaret.hollis@gmail.com",
        date="2027-06-11 15:47 +0100",
        inv="OMA-T3-4137",
        amt="342.00",
        body="Dear Sir or Madam,\n\nThank you for your letter. I ought to explain that I have been paying for my grandson Oliver's piano lessons since his mother went back to work full time. He does love them, and his teacher Mrs Okafor tells me he is coming on very well – he played at the spring concert, which we all enjoyed enormously, and he practises every evening after his tea.\n\nUnfortunately my boiler gave up in May and the repair has taken most of my savings. I wondered whether I might pay the £342 in three parts, one each month over the summer? I would hate for Oliver to miss out.\n\nYours faithfully,\nMargaret Hollis",
        note="long and rambling; the instalment request is buried; grandparent",
    ),
    Reply(
        key="pl-en-2",
        lang="en",
        intent="payment_plan",
        style="iphone",
        name="Kyle Bennett",
        addr="kyle.bennett@outlookmail.example",
        date="2027-06-18 23:11 +0100",
        inv="OMA-T3-4157",
        amt="275.00",
        body="can i pay £50 a week till its cleared? lost hours at work an its tight atm",
        note="typos; weekly instalments",
    ),
    Reply(
        key="pl-en-3",
        lang="en",
        intent="payment_plan",
        style="outlook",
        name="Priya Shah",
        addr="priya.shah@fernbrook-eng.example",
        date="2027-06-24 14:02 +0100",
        inv="OMA-T3-4165",
        amt="480.00",
        body="Hi,\n\nCould you give us another 30 days on this one? Our benefits provider changed platforms last month and staff reimbursements are stuck until the migration is finished.\n\nThanks,\nPriya Shah\nHR Advisor, Fernbrook Engineering Ltd",
        note="employer's benefit scheme asks for more time",
    ),
    Reply(
        key="pl-de-1",
        lang="de",
        intent="payment_plan",
        style="outlook",
        name="Dragan Petrović",
        addr="dragan.petrovic@t-post.example",
        date="2027-06-08 18:20 +0200",
        inv="OMA-T3-4201",
        amt="420.00",
        body="Sehr geehrte Damen und Herren,\n\nich bin seit April arbeitslos und kann die 420 € leider nicht auf einmal bezahlen. Wäre eine Ratenzahlung von 70 € im Monat möglich?\n\nMit freundlichen Grüßen\nDragan Petrović",
        note="hardship and monthly instalments",
    ),
    Reply(
        key="pl-de-2",
        lang="de",
        intent="payment_plan",
        style="gmail",
        name="Julia Hoffmann",
        addr="julia.hoffmann@gmail.com",
        date="2027-06-23 07:49 +0200",
        inv="OMA-T3-4218",
        amt="510.00",
        body="Hallo,\n\nkönnten wir die Hälfte jetzt und die andere Hälfte im August zahlen? Das Sommercamp kam genau zeitgleich mit der Autoreparatur.\n\nDanke und viele Grüße\nJulia",
        note="part now, rest later",
    ),
    Reply(
        key="pl-fr-1",
        lang="fr",
        intent="payment_plan",
        style="gmail_plain",
        name="Nadia Benali",
        addr="nadia.benali@sfr-mail.example",
        date="2027-06-09 21:15 +0200",
        inv="OMA-T3-4233",
        amt="456.00",
        body="Bonjour,\n\nSerait-il possible d'étaler le paiement sur trois mois ? J'élève seule mes trois enfants, tous inscrits chez vous, et la fin d'année scolaire est compliquée.\n\nMerci d'avance,\nNadia Benali",
    ),
    Reply(
        key="pl-fr-2",
        lang="fr",
        intent="payment_plan",
        style="outlook",
        name="Paul Girard",
        addr="paul.girard@girard-conseil.example",
        date="2027-06-29 10:37 +0200",
        inv="OMA-T3-4252",
        amt="312.00",
        charset="iso-8859-1",
        body="Bonjour,\n\nEst-il possible d'obtenir un geste commercial ? Ma fille a manqué quatre cours pour raisons de santé (certificat médical disponible). Nous pourrions régler le reste tout de suite.\n\nCordialement,\nPaul Girard",
        note="asks for a reduced amount without contesting the invoice",
    ),
    Reply(
        key="pl-es-1",
        lang="es",
        intent="payment_plan",
        style="iphone",
        name="Nerea Campos",
        addr="nerea.campos@gmail.com",
        date="2027-06-12 13:08 +0200",
        inv="OMA-T3-4316",
        amt="210.00",
        body="Hola, ¿me podéis dar un par de semanas más? Estoy esperando a cobrar un trabajo. Gracias",
        note="asks for more time; no commitment",
    ),
    Reply(
        key="pl-es-2",
        lang="es",
        intent="payment_plan",
        style="outlook_html",
        name="Rosa Delgado",
        addr="direccion@residenciasanroque.example",
        date="2027-06-21 10:10 +0200",
        inv="OMA-T3-4329",
        amt="1150.00",
        body="Estimados señores:\n\nSomos una residencia pequeña y este trimestre la administración autonómica nos ha pagado con mucho retraso. ¿Podríamos abonar la factura en dos plazos, uno en julio y otro en septiembre?\n\nAtentamente,\n\nRosa Delgado\nDirectora – Residencia San Roque",
        note="care home; two instalments",
    ),
    Reply(
        key="pl-nl-1",
        lang="nl",
        intent="payment_plan",
        style="gmail",
        name="Sanne Dekker",
        addr="sanne.dekker@gmail.com",
        date="2027-06-14 20:41 +0200",
        inv="OMA-T3-4283",
        amt="495.00",
        body="Hallo,\n\nKunnen we een betalingsregeling afspreken, bijvoorbeeld € 100 per maand? Sinds de scheiding draai ik alleen op voor de lessen, en zijn vader betaalt niets mee.\n\nMvg,\nSanne Dekker",
        note="separated parent; instalments",
    ),
    Reply(
        key="pl-it-1",
        lang="it",
        intent="payment_plan",
        style="gmail_plain",
        name="Anna Russo",
        addr="anna.russo@virgilio-mail.example",
        date="2027-06-16 12:12 +0200",
        inv="OMA-T3-4386",
        amt="360.00",
        body="Buongiorno,\n\nsarebbe possibile rateizzare l'importo in quattro rate mensili? Purtroppo è un periodo difficile per la nostra famiglia.\n\nGrazie,\nAnna Russo",
    ),
    Reply(
        key="pl-it-2",
        lang="it",
        intent="payment_plan",
        style="android",
        name="Davide Greco",
        addr="davide.greco@greco-impianti.example",
        date="2027-07-02 18:05 +0200",
        inv="OMA-T3-4410",
        amt="250.00",
        cte="b64",
        body="Salve, posso pagare metà adesso e il resto a settembre? grazie mille\nDavide",
        note="part now, rest in September",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        lang="en",
        intent="invoice_request",
        style="gmail",
        name="Leah Goldberg",
        addr="leah.goldberg@gmail.com",
        date="2027-06-08 12:33 +0100",
        inv="OMA-T3-4129",
        amt="198.00",
        body="Hi,\n\nDidn't we pay this already? I can't find the invoice anywhere. Could you send me a copy, and a statement of what we've paid this year?\n\nThanks,\nLeah",
        note="question, not a payment claim; asks for a copy and a statement",
    ),
    Reply(
        key="ir-en-2",
        lang="en",
        intent="invoice_request",
        style="outlook_html",
        name="Gareth Lloyd",
        addr="people@fernbrook-eng.example",
        date="2027-06-14 09:58 +0100",
        inv="OMA-T3-4152",
        amt="360.00",
        body="Hello,\n\nWe can only pay this through our Staff Learning Fund if the invoice is addressed to Fernbrook Engineering Ltd and quotes our purchase order PO-77314. Could you reissue it? Once we have it, it goes into the next payment run.\n\nRegards,\nGareth Lloyd\nPeople Team, Fernbrook Engineering Ltd",
        note="employer benefit scheme needs a reissue with a PO number",
    ),
    Reply(
        key="ir-en-3",
        lang="en",
        intent="invoice_request",
        style="iphone",
        name="Stacey Moore",
        addr="staceymoore84@gmail.com",
        date="2027-06-27 17:20 +0100",
        inv="OMA-T3-4173",
        amt="88.00",
        body="What's this for?? Never got an invoice",
        note="wants the invoice before paying",
    ),
    Reply(
        key="ir-de-1",
        lang="de",
        intent="invoice_request",
        style="outlook",
        name="Monika Schulz",
        addr="monika.schulz@web-post.example",
        date="2027-06-10 15:15 +0200",
        inv="OMA-T3-4206",
        amt="336.00",
        charset="iso-8859-1",
        body="Guten Tag,\n\nfür die Kostenübernahme durch das Jugendamt brauche ich eine Rechnung, auf der die Zahl der Unterrichtsstunden und Ihre Steuernummer stehen. Können Sie mir die bitte schicken?\n\nDanke und Gruß\nMonika Schulz",
        note="council-funded pupil; the office needs a detailed invoice",
    ),
    Reply(
        key="ir-de-2",
        lang="de",
        intent="invoice_request",
        style="gmail_plain",
        name="Ralf Becker",
        addr="ralf.becker@gmail.com",
        date="2027-06-25 20:02 +0200",
        inv="OMA-T3-4221",
        amt="150.00",
        body="Hallo,\n\ndie Rechnung ist bei mir nie angekommen. Bitte noch mal schicken, dann überweise ich.\n\nGruß\nRalf Becker",
        note="never received; not contested; the payment is conditional and undated",
    ),
    Reply(
        key="ir-fr-1",
        lang="fr",
        intent="invoice_request",
        style="outlook_html",
        name="Service finances",
        addr="finances@mairie-saintaubin.example",
        date="2027-06-15 14:26 +0200",
        inv="OMA-T3-4238",
        amt="310.00",
        body="Madame, Monsieur,\n\nLa commune prend en charge les cours de Léo au titre de l'aide municipale aux pratiques artistiques. Merci de nous adresser une facture libellée au nom de la Mairie de Saint-Aubin, accompagnée d'un RIB, afin que nous puissions procéder au mandatement.\n\nCordialement,\n\nService finances\nMairie de Saint-Aubin",
        note="a council paying for a pupil",
    ),
    Reply(
        key="ir-fr-2",
        lang="fr",
        intent="invoice_request",
        style="gmail",
        name="Julien Perrin",
        addr="julien.perrin@gmail.com",
        date="2027-06-24 13:01 +0200",
        inv="OMA-T3-4251",
        amt="164.00",
        body="Bonjour,\n\nPourriez-vous me renvoyer vos coordonnées bancaires ? L'IBAN que j'ai enregistré est refusé par ma banque.\n\nMerci,\nJulien Perrin",
        note="bank details",
    ),
    Reply(
        key="ir-es-1",
        lang="es",
        intent="invoice_request",
        style="gmail_plain",
        name="Carmen Vidal",
        addr="carmen.vidal@ono-mail.example",
        date="2027-06-08 19:45 +0200",
        inv="OMA-T3-4312",
        amt="230.00",
        body="Hola:\n\n¿Me podéis mandar un extracto con todas las facturas pendientes? Tengo a los dos niños matriculados y ya no sé qué está pagado y qué no.\n\nGracias,\nCarmen",
        note="statement of account",
    ),
    Reply(
        key="ir-es-2",
        lang="es",
        intent="invoice_request",
        style="outlook",
        name="Alberto Gil",
        addr="admin@corojuvenilallegro.example",
        date="2027-06-29 11:11 +0200",
        inv="OMA-T3-4333",
        amt="720.00",
        charset="windows-1252",
        body="Buenos días:\n\nPara tramitar el pago necesitamos la factura con nuestro NIF y la dirección fiscal de la asociación, que en esta no aparecen. ¿Pueden reenviarla corregida?\n\nSaludos,\nAlberto Gil\nAdministración – Coro Juvenil Allegro",
        note="reissue with tax details; the amount is not contested",
    ),
    Reply(
        key="ir-nl-1",
        lang="nl",
        intent="invoice_request",
        style="thunderbird",
        name="Lars van den Berg",
        addr="lars@vandenberg-ict.example",
        date="2027-06-09 08:22 +0200",
        inv="OMA-T3-4280",
        amt="390.00",
        body="Beste,\n\nKunt u mij een kopie van de factuur sturen? Ik moet hem indienen bij mijn werkgever voor de studiekostenregeling.\n\nGroet,\nLars van den Berg",
    ),
    Reply(
        key="ir-nl-2",
        lang="nl",
        intent="invoice_request",
        style="apple",
        name="Fenna Smit",
        addr="fenna.smit@hetnet-mail.example",
        date="2027-06-28 16:16 +0200",
        inv="OMA-T3-4295",
        amt="256.00",
        body="Welke factuur is dit? Ik zie alleen een nummer en een bedrag. Graag eerst een specificatie van de lessen, dan kijk ik ernaar.\n\nFenna Smit",
        note="wants the detail before paying",
    ),
    Reply(
        key="ir-it-1",
        lang="it",
        intent="invoice_request",
        style="outlook_html",
        name="Segreteria Liceo Vivaldi",
        addr="segreteria@liceovivaldi.example",
        date="2027-06-21 10:48 +0200",
        inv="OMA-T3-4396",
        amt="980.00",
        body="Buongiorno,\n\nper procedere al pagamento ci serve la fattura elettronica intestata al Liceo Musicale Vivaldi con il nostro codice univoco ufficio. Potete riemetterla?\n\nGrazie,\nSegreteria amministrativa\nLiceo Musicale Vivaldi",
        note="school needs an e-invoice reissue",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        lang="en",
        intent="wrong_contact",
        style="gmail",
        name="Natalie Marsh",
        addr="natalie.marsh@gmail.com",
        date="2027-06-10 19:02 +0100",
        inv="OMA-T3-4136",
        amt="312.00",
        body="Hi,\n\nNot me, I'm afraid – Ella's dad has paid all her music costs since we separated, it's in our agreement. His email is rob.marsh@marshjoinery.example, please send it to him.\n\nNatalie",
        contact="rob.marsh@marshjoinery.example",
        note="separated parent names the other parent",
    ),
    Reply(
        key="wc-en-2",
        lang="en",
        intent="wrong_contact",
        style="none",
        name="Beechwood Lodge Finance",
        addr="finance@beechwoodlodge.example",
        date="2027-06-17 08:00 +0100",
        inv="OMA-T3-4155",
        amt="640.00",
        headers=AUTO,
        subject="Automatic reply: This mailbox is no longer monitored",
        body="This mailbox is no longer monitored.\n\nFor all finance and invoice queries for Beechwood Lodge Care Home, please email accounts@beechwoodlodge-care.example.\n\nThank you.",
        contact="accounts@beechwoodlodge-care.example",
        note="automatic 'no longer monitored' notice naming a new address",
    ),
    Reply(
        key="wc-en-3",
        lang="en",
        intent="wrong_contact",
        style="outlook",
        name="Joanne Pritchard",
        addr="office@hollinsacademy.example",
        date="2027-06-23 12:14 +0100",
        inv="OMA-T3-4167",
        amt="1180.00",
        headers=(("Cc", "Dave Fenwick <D.Fenwick@HollinsAcademy.example>"),),
        body="Good afternoon,\n\nI think this has come to the wrong person – I run the school office. Invoices for the peripatetic music lessons go to our bursar, Mr Fenwick (D.Fenwick@HollinsAcademy.example), whom I've copied in.\n\nBest wishes,\nJoanne Pritchard\nOffice Manager, Hollins Academy",
        contact="d.fenwick@hollinsacademy.example",
        note="address written in mixed case and copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-de-1",
        lang="de",
        intent="wrong_contact",
        style="gmail",
        name="Birgit Lange",
        addr="birgit.lange@gmail.com",
        date="2027-06-14 17:40 +0200",
        inv="OMA-T3-4210",
        amt="880.00",
        body="Hallo,\n\nich bin seit Mai nicht mehr Kassenwartin des Fördervereins. Zuständig ist jetzt Herr Albers, kasse@foerderverein-lindenhof.example.\n\nViele Grüße\nBirgit Lange",
        contact="kasse@foerderverein-lindenhof.example",
    ),
    Reply(
        key="wc-fr-1",
        lang="fr",
        intent="wrong_contact",
        style="gmail_plain",
        name="Martin Chevalier",
        addr="martin.chevalier@wanadoo-mail.example",
        date="2027-06-09 10:55 +0200",
        inv="OMA-T3-4232",
        amt="205.00",
        body="Bonjour,\n\nJe pense qu'il y a une erreur : je n'ai jamais inscrit d'enfant chez vous. Je m'appelle bien Martin, mais ce n'est pas moi.\n\nCordialement",
        note="wrong person; no new address",
    ),
    Reply(
        key="wc-fr-2",
        lang="fr",
        intent="wrong_contact",
        style="iphone",
        name="Jacqueline Fontaine",
        addr="jacqueline.fontaine@laposte-mail.example",
        date="2027-06-26 15:30 +0200",
        inv="OMA-T3-4250",
        amt="176.00",
        body="Bonjour,\nJe suis la grand-mère de Chloé. C'est sa maman qui paie les cours, écrivez-lui à isabelle.fontaine@gmail.com\nBien à vous,\nJacqueline Fontaine",
        contact="isabelle.fontaine@gmail.com",
        note="grandparent redirects to the mother",
    ),
    Reply(
        key="wc-es-1",
        lang="es",
        intent="wrong_contact",
        style="outlook",
        name="Pilar Serrano",
        addr="pilar.serrano@residencialosalamos.example",
        date="2027-06-11 09:09 +0200",
        inv="OMA-T3-4314",
        amt="560.00",
        charset="iso-8859-1",
        body="Buenos días:\n\nYo ya no llevo la administración de la residencia. Escriban por favor a administracion@residencialosalamos.example.\n\nUn saludo,\nPilar Serrano",
        contact="administracion@residencialosalamos.example",
    ),
    Reply(
        key="wc-es-2",
        lang="es",
        intent="wrong_contact",
        style="alt_notice",
        name="Grupo Meridiano",
        addr="pagos@grupo-meridiano.example",
        date="2027-06-22 03:14 +0200",
        inv="OMA-T3-4327",
        amt="430.00",
        headers=AUTO,
        subject="Respuesta automática: dirección no operativa",
        body="Esta dirección de correo ya no está operativa.\n\nPara cualquier asunto relacionado con facturas, escriba a facturas@grupo-meridiano.example.\n\nEste mensaje se ha generado automáticamente.",
        contact="facturas@grupo-meridiano.example",
        note="automatic 'address no longer in use' notice: wrong_contact",
    ),
    Reply(
        key="wc-nl-1",
        lang="nl",
        intent="wrong_contact",
        style="gmail",
        name="Kim Meijer",
        addr="kim.meijer@gmail.com",
        date="2027-06-15 21:05 +0200",
        inv="OMA-T3-4286",
        amt="276.00",
        body="Hallo,\n\nDit moet naar de gemeente, die betaalt de lessen van Noah via het jeugdfonds. Contactpersoon is mevrouw Hendriks: j.hendriks@gemeente-lindewaard.example.\n\nGroet,\nKim",
        contact="j.hendriks@gemeente-lindewaard.example",
        note="a council pays for the pupil",
    ),
    Reply(
        key="wc-nl-2",
        lang="nl",
        intent="wrong_contact",
        style="outlook_html",
        name="Linda Vos",
        addr="receptie@zorggroep-heideland.example",
        date="2027-07-01 11:32 +0200",
        inv="OMA-T3-4299",
        amt="720.00",
        body="Goedemiddag,\n\nDeze mail is bij mij terechtgekomen, maar ik zit op de receptie. Facturen voor de muziekmiddagen gaan naar de crediteurenadministratie: crediteuren@zorggroep-heideland.example.\n\nMet vriendelijke groet,\nLinda Vos\nReceptie Zorggroep Heideland",
        contact="crediteuren@zorggroep-heideland.example",
    ),
    Reply(
        key="wc-it-1",
        lang="it",
        intent="wrong_contact",
        style="gmail_plain",
        name="Luca Bianchi",
        addr="luca.bianchi@alice-mail.example",
        date="2027-06-18 14:44 +0200",
        inv="OMA-T3-4387",
        amt="240.00",
        body="Salve,\ncredo abbiate sbagliato indirizzo: non ho figli che studiano musica e non conosco la vostra scuola.\nSaluti",
        note="wrong person; no new address",
    ),
    Reply(
        key="wc-it-2",
        lang="it",
        intent="wrong_contact",
        style="outlook",
        name="Silvia Marino",
        addr="s.marino@cartotecnica-adriatica.example",
        date="2027-06-30 09:36 +0200",
        inv="OMA-T3-4402",
        amt="450.00",
        body="Buongiorno,\n\nle fatture coperte dal welfare aziendale non vanno inviate a me: le gestisce il nostro provider all'indirizzo rimborsi@welfareplus-servizi.example, indicando il codice dipendente.\n\nCordiali saluti,\nSilvia Marino\nUfficio Personale",
        contact="rimborsi@welfareplus-servizi.example",
        note="employer benefit scheme",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        lang="en",
        intent="unsubscribe",
        style="iphone",
        name="Wayne Doyle",
        addr="wdoyle@doylehaulage.example",
        date="2027-06-12 07:15 +0100",
        inv="OMA-T3-4147",
        amt="190.00",
        body="Stop emailing me. It was paid weeks ago and I've told you twice already.",
        note="irritated; unsubscribe beats the payment claim",
    ),
    Reply(
        key="un-en-2",
        lang="en",
        intent="unsubscribe",
        style="outlook",
        name="J. Whitfield",
        addr="j.whitfield@whitfieldlaw-client.example",
        date="2027-06-22 16:48 +0100",
        inv="OMA-T3-4164",
        amt="520.00",
        body="Please direct any further correspondence about this matter to my solicitors, Hartley & Crane LLP. Do not contact me directly again.\n\nJ. Whitfield",
        note="'talk to our lawyer'",
    ),
    Reply(
        key="un-en-3",
        lang="en",
        intent="unsubscribe",
        style="gmail_plain",
        name="Ben Archer",
        addr="benarcher.music@gmail.com",
        date="2027-07-02 12:00 +0100",
        inv="OMA-T3-4178",
        amt="60.00",
        body="Unsubscribe",
        note="one word",
    ),
    Reply(
        key="un-de-1",
        lang="de",
        intent="unsubscribe",
        style="gmail",
        name="Ursula Krämer",
        addr="ursula.kraemer@gmail.com",
        date="2027-06-16 09:30 +0200",
        inv="OMA-T3-4212",
        amt="230.00",
        body="Guten Tag,\n\nbitte schicken Sie mir keine E-Mails mehr. Schriftverkehr bitte ausschließlich per Post an meine Wohnanschrift.\n\nU. Krämer",
        note="post only",
    ),
    Reply(
        key="un-de-2",
        lang="de",
        intent="unsubscribe",
        style="iphone",
        name="Frank Wolter",
        addr="frank.wolter@wolterbau.example",
        date="2027-06-28 22:19 +0200",
        inv="OMA-T3-4222",
        amt="390.00",
        body="KEINE MAILS MEHR. Klären Sie das mit meinem Anwalt.",
        note="all caps; lawyer",
    ),
    Reply(
        key="un-fr-1",
        lang="fr",
        intent="unsubscribe",
        style="outlook_html",
        name="Gérard Lemoine",
        addr="g.lemoine@lemoine-notaires.example",
        date="2027-06-18 11:21 +0200",
        inv="OMA-T3-4247",
        amt="300.00",
        body="Madame, Monsieur,\n\nJe vous prie de cesser tout envoi de courriels à cette adresse. Toute correspondance devra désormais m'être adressée par voie postale.\n\nJe vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\nGérard Lemoine",
        note="post only",
    ),
    Reply(
        key="un-es-1",
        lang="es",
        intent="unsubscribe",
        style="android",
        name="Raúl Márquez",
        addr="raul.marquez@marquez-taller.example",
        date="2027-06-13 12:52 +0200",
        inv="OMA-T3-4317",
        amt="185.00",
        cte="b64",
        body="Dejen de escribirme, por favor. Ya lo hablé con la directora.",
    ),
    Reply(
        key="un-es-2",
        lang="es",
        intent="unsubscribe",
        style="gmail_plain",
        name="Begoña Ibarra",
        addr="begona.ibarra@gmail.com",
        date="2027-06-25 17:06 +0200",
        inv="OMA-T3-4331",
        amt="268.00",
        body="Buenas tardes:\n\nLes ruego que me den de baja de sus comunicaciones por correo electrónico. A partir de ahora, cualquier reclamación a través de mi abogado, el despacho Ibarra & Sáez.\n\nBegoña Ibarra",
        note="opt out plus lawyer",
    ),
    Reply(
        key="un-nl-1",
        lang="nl",
        intent="unsubscribe",
        style="gmail",
        name="Daan Koster",
        addr="daan.koster@gmail.com",
        date="2027-06-08 23:30 +0200",
        inv="OMA-T3-4279",
        amt="96.00",
        body="Haal mij van jullie mailinglijst. Ik ben sinds maart geen leerling meer.",
    ),
    Reply(
        key="un-nl-2",
        lang="nl",
        intent="unsubscribe",
        style="outlook",
        name="Rob Willems",
        addr="r.willems@willems-installatie.example",
        date="2027-06-24 10:14 +0200",
        inv="OMA-T3-4294",
        amt="480.00",
        charset="iso-8859-1",
        body="Geachte heer, mevrouw,\n\nVerdere correspondentie over deze kwestie uitsluitend via onze advocaat, mr. K. de Boer. Op e-mails reageer ik niet meer.\n\nR. Willems",
        note="lawyer",
    ),
    Reply(
        key="un-it-1",
        lang="it",
        intent="unsubscribe",
        style="iphone",
        name="Paolo Ricci",
        addr="paolo.ricci@gmail.com",
        date="2027-06-14 08:03 +0200",
        inv="OMA-T3-4385",
        amt="150.00",
        body="Basta mail per favore. Cancellatemi.",
    ),
    Reply(
        key="un-it-2",
        lang="it",
        intent="unsubscribe",
        style="outlook_html",
        name="Giovanna De Luca",
        addr="g.deluca@deluca-ottica.example",
        date="2027-06-29 15:25 +0200",
        inv="OMA-T3-4403",
        amt="380.00",
        body="Gentili signori,\n\nvi chiedo di non inviarmi più solleciti via e-mail. Non intendo pagare finché non riceverò una fattura corretta, e comunque d'ora in poi accetto solo comunicazioni per raccomandata.\n\nGiovanna De Luca",
        note="dispute plus opt-out to registered post: unsubscribe wins",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        lang="en",
        intent="auto_reply",
        style="none",
        name="Claire Humphries",
        addr="c.humphries@ashgrove-school.example",
        date="2027-06-10 08:41 +0100",
        inv="OMA-T3-4135",
        amt="860.00",
        headers=AUTO,
        subject="Automatic reply: Overdue reminder – invoice OMA-T3-4135",
        body="Thank you for your email. I am on annual leave and will be back in the office on Monday 21 June. Your message will not be forwarded.",
        ret="2027-06-21",
    ),
    Reply(
        key="ar-en-2",
        lang="en",
        intent="auto_reply",
        style="none",
        name="Northgate Trust Finance Helpdesk",
        addr="helpdesk@northgate-trust.example",
        date="2027-06-16 10:02 +0100",
        inv="OMA-T3-4153",
        amt="1340.00",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        subject="[Ticket #48213] Received: Overdue reminder – invoice OMA-T3-4153",
        body="Your request has been received and logged as ticket #48213.\n\nA member of our finance team will respond within 3 working days. Please keep the ticket number in the subject line of any further emails.\n\nNorthgate Learning Trust – Finance Service Desk",
        note="ticket acknowledgement without Auto-Submitted",
    ),
    Reply(
        key="ar-en-3",
        lang="en",
        intent="auto_reply",
        style="html_notice",
        name="Riverside Community Choir",
        addr="treasurer@riversidechoir.example",
        date="2027-06-25 19:00 +0100",
        inv="OMA-T3-4169",
        amt="420.00",
        subject="Re: Overdue reminder – invoice OMA-T3-4169",
        body="Hello, and thanks for getting in touch.\n\nThe choir office is closed until 5 July 2027 while our volunteers take a summer break. Messages will be dealt with when we reopen.",
        ret="2027-07-05",
        note="autoresponder without Auto-Submitted; 'closed until 5 July' → that date",
    ),
    Reply(
        key="ar-de-1",
        lang="de",
        intent="auto_reply",
        style="none",
        name="Stefanie Roth",
        addr="s.roth@roth-immobilien.example",
        date="2027-06-09 09:12 +0200",
        inv="OMA-T3-4204",
        amt="345.00",
        headers=AUTO,
        subject="Abwesenheitsnotiz: Zahlungserinnerung – Rechnung OMA-T3-4204",
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 18.06.2027 im Urlaub und ab Montag, dem 21.06.2027, wieder im Büro. In dringenden Fällen wenden Sie sich bitte an info@roth-immobilien.example.",
        ret="2027-06-21",
        note="the day back; a colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-de-2",
        lang="de",
        intent="auto_reply",
        style="alt_notice",
        name="Martin Engel",
        addr="martin.engel@engel-design.example",
        date="2027-06-20 14:07 +0200",
        inv="OMA-T3-4215",
        amt="199.00",
        headers=AUTO,
        subject="Automatische Antwort: Zahlungserinnerung – Rechnung OMA-T3-4215",
        body="Hallo,\n\nich bin bis zum 30. Juli in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.\n\nMartin Engel",
        ret="2027-07-30",
        note="parental leave; 'bis zum 30. Juli' → that date",
    ),
    Reply(
        key="ar-fr-1",
        lang="fr",
        intent="auto_reply",
        style="none",
        name="Hélène Garnier",
        addr="h.garnier@garnier-pharma.example",
        date="2027-06-30 07:35 +0200",
        inv="OMA-T3-4253",
        amt="230.00",
        headers=AUTO,
        subject="Réponse automatique : Rappel de paiement – facture OMA-T3-4253",
        body="Bonjour,\n\nJe suis en congés jusqu'au vendredi 9 juillet inclus et serai de retour le lundi 12 juillet. Je traiterai votre message à mon retour.\n\nHélène Garnier",
        ret="2027-07-12",
        note="the stated day back",
    ),
    Reply(
        key="ar-fr-2",
        lang="fr",
        intent="auto_reply",
        style="none",
        name="Support Comptabilité",
        addr="support@ecole-harmonie.example",
        date="2027-06-12 10:16 +0200",
        inv="OMA-T3-4237",
        amt="510.00",
        headers=AUTO_GEN,
        subject="Accusé de réception – demande n° 2027-06-3381",
        body="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2027-06-3381. Notre service vous répondra dans les meilleurs délais.\n\nMerci de ne pas répondre à ce courriel automatique.",
        note="ticket acknowledgement",
    ),
    Reply(
        key="ar-es-1",
        lang="es",
        intent="auto_reply",
        style="none",
        name="Laura Pizarro",
        addr="laura.pizarro@pizarro-asesores.example",
        date="2027-06-17 13:50 +0200",
        inv="OMA-T3-4319",
        amt="295.00",
        headers=AUTO,
        subject="Respuesta automática: Aviso de pago pendiente – factura OMA-T3-4319",
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 28 de junio, sin acceso al correo.\n\nUn saludo,\nLaura Pizarro",
        ret="2027-06-28",
        note="'hasta el 28 de junio' → that date",
    ),
    Reply(
        key="ar-nl-1",
        lang="nl",
        intent="auto_reply",
        style="none",
        name="Joost van Leeuwen",
        addr="joost@vanleeuwen-bouw.example",
        date="2027-06-18 06:44 +0200",
        inv="OMA-T3-4289",
        amt="318.00",
        headers=AUTO,
        subject="Automatisch antwoord: Betalingsherinnering – factuur OMA-T3-4289",
        body="Dank voor uw bericht. Ik ben met vakantie tot en met 25 juni en vanaf maandag 28 juni weer bereikbaar.\n\nJoost van Leeuwen",
        ret="2027-06-28",
        note="the day back",
    ),
    Reply(
        key="ar-nl-2",
        lang="nl",
        intent="auto_reply",
        style="none",
        name="Klantenservice Muziekschool Zuid",
        addr="klantenservice@kunstencentrum-zuid.example",
        date="2027-06-27 12:03 +0200",
        inv="OMA-T3-4296",
        amt="640.00",
        headers=(("X-Auto-Response-Suppress", "All"),),
        subject="Bevestiging ontvangst: Betalingsherinnering – factuur OMA-T3-4296",
        body="Bedankt voor uw bericht. Wij hebben uw e-mail ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\nKunstencentrum Zuid",
        note="acknowledgement without Auto-Submitted",
    ),
    Reply(
        key="ar-it-1",
        lang="it",
        intent="auto_reply",
        style="none",
        name="Federica Colombo",
        addr="f.colombo@colombo-legno.example",
        date="2027-06-24 09:05 +0200",
        inv="OMA-T3-4397",
        amt="275.00",
        headers=AUTO,
        subject="Risposta automatica: Promemoria di pagamento – fattura OMA-T3-4397",
        body="Sono in ferie fino a venerdì 2 luglio compreso, con accesso limitato alla posta. Rientro in ufficio lunedì 5 luglio.\n\nFederica Colombo",
        ret="2027-07-05",
        note="the day back",
    ),
    Reply(
        key="ar-it-2",
        lang="it",
        intent="auto_reply",
        style="none",
        name="Assistenza Clienti",
        addr="assistenza@cooperativa-ilgirasole.example",
        date="2027-06-11 15:27 +0200",
        inv="OMA-T3-4383",
        amt="890.00",
        headers=AUTO_GEN,
        subject="Ticket 77120 – richiesta registrata",
        body="Gentile utente,\n\nla sua richiesta è stata registrata con il numero di ticket 77120. Riceverà una risposta entro 48 ore lavorative.\n\nCooperativa Sociale Il Girasole",
        note="ticket acknowledgement; care cooperative",
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        lang="en",
        intent="other",
        style="gmail",
        name="Owen Price",
        addr="owen.price@pricefamily.example",
        date="2027-06-14 20:20 +0100",
        inv="OMA-T3-4149",
        amt="225.00",
        subject="Re: Out of office",
        body="Hi – sorry, only just back from a week away and saw this. Before I sort anything out, is the summer camp still running the week of 26 July? Jack was hoping to go.\n\nOwen",
        note="a human reply whose subject says 'Out of office'; a question, nothing promised",
    ),
    Reply(
        key="ot-en-2",
        lang="en",
        intent="other",
        style="outlook",
        name="Accounts Department",
        addr="accounts@oakridge-rnusic.example",
        date="2027-06-19 04:12 +0100",
        inv="OMA-T3-4160",
        amt="1275.00",
        body="Hello,\n\nPlease update your records. From now on send all reminders and payment correspondence for this account to ap-dept@securebox-mailer.example instead of this address, and reply with the outstanding balance and your bank account details for verification.\n\nRegards,\nAccounts Department",
        note="phishing-like request from a look-alike domain to redirect mail; a person must check it; not a trustworthy new contact",
    ),
    Reply(
        key="ot-en-3",
        lang="en",
        intent="other",
        style="apple",
        name="Hannah Lowe",
        addr="hannah.lowe@lowe-design.example",
        date="2027-06-30 18:27 +0100",
        inv="OMA-T3-4176",
        amt="240.00",
        body="Hi,\n\nLily has decided to give up the cello after this term. How do we give notice, and where do we return the instrument?\n\nHannah",
        note="notice and instrument return question",
    ),
    Reply(
        key="ot-de-1",
        lang="de",
        intent="other",
        style="outlook",
        name="Christian Neumann",
        addr="c.neumann@neumann-it.example",
        date="2027-06-11 12:48 +0200",
        inv="OMA-T3-4207",
        amt="264.00",
        body="Guten Tag,\n\nwir ziehen Ende Juli nach Hamburg. Gibt es eine Möglichkeit, den Unterricht für Paul online weiterzuführen?\n\nViele Grüße\nChristian Neumann",
    ),
    Reply(
        key="ot-de-2",
        lang="de",
        intent="other",
        style="iphone",
        name="Nicole Schmitt",
        addr="nicole.schmitt@gmail.com",
        date="2027-06-24 13:13 +0200",
        inv="OMA-T3-4219",
        amt="310.00",
        body="Hab ich gesehen. Bespreche ich heute Abend mit meinem Mann.",
        note="acknowledgement; nothing promised",
    ),
    Reply(
        key="ot-fr-1",
        lang="fr",
        intent="other",
        style="gmail",
        name="Émilie Roux",
        addr="emilie.roux@gmail.com",
        date="2027-06-16 17:55 +0200",
        inv="OMA-T3-4244",
        amt="190.00",
        body="Bonjour,\n\nEst-ce que les cours reprennent en septembre au même horaire ? Emma voudrait passer au mercredi après-midi.\n\nMerci,\nÉmilie",
    ),
    Reply(
        key="ot-fr-2",
        lang="fr",
        intent="other",
        style="outlook",
        name="Bernard Roussel",
        addr="bernard.roussel@roussel-expert.example",
        date="2027-06-21 10:03 +0200",
        inv="OMA-T3-4248",
        amt="360.00",
        charset="windows-1252",
        body="Madame, Monsieur,\n\nMa mère, Mme Odette Roussel, qui prenait des cours de piano chez vous, est décédée le mois dernier. Je m'occupe de la succession avec le notaire et reviendrai vers vous lorsque la situation sera claire.\n\nCordialement,\nBernard Roussel",
        note="adult learner deceased; estate; nothing promised",
    ),
    Reply(
        key="ot-es-1",
        lang="es",
        intent="other",
        style="iphone",
        name="Sergio Molina",
        addr="sergio.molina@molina-fisio.example",
        date="2027-06-10 21:34 +0200",
        inv="OMA-T3-4313",
        amt="170.00",
        body="Gracias por avisar. Una pregunta: ¿la profesora de Mateo sigue el curso que viene?",
    ),
    Reply(
        key="ot-es-2",
        lang="es",
        intent="other",
        style="outlook_html",
        name="Inés Cabrera",
        addr="animacion@residenciaelpinar.example",
        date="2027-06-28 11:17 +0200",
        inv="OMA-T3-4332",
        amt="480.00",
        body="Buenos días:\n\nLes escribo para saber si a partir de septiembre podrían ampliar las sesiones de música a dos tardes por semana, y qué coste tendría.\n\nUn saludo,\nInés Cabrera\nAnimación sociocultural – Residencia El Pinar",
        note="care home asks about more sessions",
    ),
    Reply(
        key="ot-nl-1",
        lang="nl",
        intent="other",
        style="gmail_plain",
        name="Bram de Graaf",
        addr="bram.degraaf@gmail.com",
        date="2027-06-12 09:58 +0200",
        inv="OMA-T3-4282",
        amt="150.00",
        body="Hoi, wanneer is het slotconcert precies? Ik kan het nergens op de site vinden.",
    ),
    Reply(
        key="ot-nl-2",
        lang="nl",
        intent="other",
        style="apple",
        name="Ingrid Hoekstra",
        addr="penningmeester@harmonie-sintjoris.example",
        date="2027-06-29 20:40 +0200",
        inv="OMA-T3-4298",
        amt="1100.00",
        body="Ontvangen. Ik leg het donderdag voor aan het bestuur.\n\nIngrid Hoekstra\nPenningmeester Harmonie Sint-Joris",
        note="will raise it at a board meeting; not a promise to pay",
    ),
    Reply(
        key="ot-it-1",
        lang="it",
        intent="other",
        style="gmail",
        name="Giorgia Marchetti",
        addr="giorgia.marchetti@gmail.com",
        date="2027-06-22 18:18 +0200",
        inv="OMA-T3-4398",
        amt="120.00",
        body="Buongiorno,\n\nvorrei sapere se per l'esame di teoria di luglio bisogna portare un documento d'identità.\n\nGrazie,\nGiorgia",
    ),
]

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
# Bounces (human-readable text hand-written; skeleton generated)
# --------------------------------------------------------------------------------------------

DAEMON = f"MAILER-DAEMON@{AR_HOST} (Mail Delivery System)"
POSTMASTER = "postmaster@oakridge-music.example"

BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@kestrelfarm.example",
        date="2027-06-08 09:02 +0100",
        layout="report",
        sender=DAEMON,
        subject="Undelivered Mail Returned to Sender",
        reporting=AR_HOST,
        remote="mx.kestrelfarm.example",
        diagnostic="550 5.1.1 <accounts@kestrelfarm.example>: Recipient address rejected: User unknown",
        human=f"This is the mail system at host {AR_HOST}.\n\nYour message could not be delivered to one or more recipients. It is attached below.\n\n<accounts@kestrelfarm.example>: host mx.kestrelfarm.example[198.51.100.23] said:\n    550 5.1.1 <accounts@kestrelfarm.example>: Recipient address rejected:\n    User unknown (in reply to RCPT TO command)\n",
        headers=AUTO,
        note="Postfix RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="gemma.lawson77@gmail.com",
        date="2027-06-15 09:07 +0100",
        layout="report",
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        reporting="mx.google.com",
        returned="headers",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        human="** Address not found **\n\nYour message wasn't delivered to gemma.lawson77@gmail.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.\n",
        note="Gmail DSN",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="office@thornbury-brass.example",
        date="2027-06-23 13:10 +0100",
        layout="report",
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{AR_HOST}>",
        subject="Warning: could not send message for past 4 hours",
        reporting=AR_HOST,
        returned="headers",
        diagnostic="451 4.4.1 reply: read error from mail.thornbury-brass.example.",
        human="    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Wed, 23 Jun 2027 09:08:41 +0100\n\n   ----- Transcript of session follows -----\n<office@thornbury-brass.example>... Deferred: Connection timed out with mail.thornbury-brass.example.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n",
        headers=AUTO,
        note="sendmail delay warning",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="kasse@musikfreunde-altstadt.example",
        date="2027-06-10 09:04 +0200",
        layout="exchange",
        sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oakridge-music.example>",
        subject="Unzustellbar: Zahlungserinnerung – Rechnung",
        reporting="AM0PR06MB6428.eurprd06.prod.oakridge-music.example",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        human="Ihre Nachricht hat kasse@musikfreunde-altstadt.example nicht erreicht.\n\nDie E-Mail-Adresse wurde vom empfangenden Server nicht gefunden. Überprüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut.\n\nDiagnoseinformationen für Administratoren:\nGenerierender Server: AM0PR06MB6428.eurprd06.prod.oakridge-music.example\nkasse@musikfreunde-altstadt.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n",
        headers=AUTO,
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.2.2",
        rcpt="familie.brenner@mailbox-west.example",
        date="2027-06-25 08:30 +0200",
        layout="plain",
        sender="Mail Delivery System <Mailer-Daemon@mx2.mailbox-west.example>",
        subject="Zustellung verzögert: Postfach des Empfängers voll",
        reporting="mx2.mailbox-west.example",
        returned="inline",
        diagnostic="452 4.2.2 mailbox full",
        human="Dies ist eine automatisch erstellte Nachricht des Mailservers mx2.mailbox-west.example.\n\nIhre Nachricht an folgenden Empfänger konnte bisher nicht zugestellt werden:\n\n  familie.brenner@mailbox-west.example\n    Grund: Das Postfach des Empfängers ist voll (452 4.2.2).\n\nWir versuchen die Zustellung noch bis zu 4 Tage lang. Sie müssen die Nachricht nicht erneut senden.\n",
        headers=(
            ("X-Failed-Recipients", "familie.brenner@mailbox-west.example"),
            ("Auto-Submitted", "auto-replied"),
        ),
        note="German ISP notice (Exim, localised), plain text, mailbox full",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.4.1",
        rcpt="compta@ensemble-vocal-lyon.example",
        date="2027-06-14 09:11 +0200",
        layout="exchange",
        sender="Microsoft Outlook <postmaster@oakridge-music.example>",
        subject="Non remis : Rappel de paiement – facture",
        reporting="PR3P195MB0812.EURP195.PROD.oakridge-music.example",
        diagnostic="550 5.4.1 Recipient address rejected: Access denied",
        human="Votre message n'a pas pu être remis à compta@ensemble-vocal-lyon.example.\n\nL'adresse e-mail est introuvable dans l'organisation de destination ou l'accès a été refusé. Vérifiez l'adresse et renvoyez le message.\n\nInformations de diagnostic pour les administrateurs :\nServeur de génération : PR3P195MB0812.EURP195.PROD.oakridge-music.example\nLe serveur distant a retourné « 550 5.4.1 Recipient address rejected: Access denied »\n",
        headers=AUTO,
        note="Exchange NDR in French",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.4.7",
        rcpt="secretariat@college-jean-moulin.example",
        date="2027-06-29 17:45 +0200",
        layout="report",
        sender="Service de messagerie <postmaster@smtp.fournisseur-mail.example>",
        subject="Avis de retard de distribution",
        reporting="smtp.fournisseur-mail.example",
        returned="headers",
        diagnostic="421 4.4.7 Délai de distribution dépassé, nouvel essai en cours",
        human="Bonjour,\n\nCeci est un message automatique de notre serveur de messagerie.\n\nVotre message à secretariat@college-jean-moulin.example n'a pas encore pu être distribué : le serveur du destinataire ne répond pas. Nous continuerons d'essayer pendant 48 heures. Vous n'avez rien à faire pour l'instant.\n\nLe service de messagerie\n",
        note="French provider delay report",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.7.1",
        rcpt="tesoreria@banda-municipal-elche.example",
        date="2027-06-09 10:20 +0200",
        layout="plain",
        sender="Pasarela de seguridad <no-reply@gateway.correo-seguro.example>",
        subject="Mensaje no entregado: bloqueado por la política de seguridad",
        reporting="gateway.correo-seguro.example",
        diagnostic="550 5.7.1 Message rejected by recipient's security policy",
        human="Aviso de la pasarela de seguridad de correo\n\nSu mensaje no se ha entregado al destinatario:\n\n  tesoreria@banda-municipal-elche.example\n\nMotivo: el mensaje ha sido rechazado por la política de seguridad del destinatario (550 5.7.1). No se volverá a intentar la entrega.\n\nSi cree que se trata de un error, póngase en contacto con el administrador del dominio de destino.\n",
        headers=AUTO,
        note="security gateway rejection, policy 5.7.1: hard",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="contabilidad@escuelaarpegio.example",
        date="2027-06-19 11:40 +0200",
        layout="exchange",
        sender="Microsoft Outlook <postmaster@oakridge-music.example>",
        subject="Entrega retrasada: Aviso de pago pendiente – factura",
        reporting="VI1PR02MB5540.eurprd02.prod.oakridge-music.example",
        diagnostic="451 4.4.7 Message delayed",
        human="La entrega del mensaje se está retrasando.\n\nDestinatario: contabilidad@escuelaarpegio.example\n\nEl servidor seguirá intentando entregar el mensaje durante los próximos 2 días. Si no lo consigue, recibirá una notificación de no entrega.\n",
        headers=AUTO,
        note="Exchange delay notice in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="soft",
        status="4.2.2",
        rcpt="info@koorvereniging-hoorn.example",
        date="2027-06-16 14:25 +0200",
        layout="report",
        sender="Mailserver <postmaster@mail.provider-nl.example>",
        subject="Vertraagde bezorging: mailbox van ontvanger vol",
        reporting="mail.provider-nl.example",
        returned="headers",
        diagnostic="452 4.2.2 Mailbox vol",
        human="Dit is een automatisch bericht.\n\nUw bericht aan info@koorvereniging-hoorn.example kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is. We proberen het de komende 3 dagen opnieuw.\n",
        headers=AUTO,
        note="Dutch ISP delay report, mailbox full",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="amministrazione@scuolamediapascoli.example",
        date="2027-06-21 09:15 +0200",
        layout="plain",
        sender="MAILER-DAEMON@posta.provider-it.example",
        subject="Mancata consegna del messaggio",
        reporting="posta.provider-it.example",
        returned="inline",
        diagnostic="550 5.1.1 utente sconosciuto",
        human="Ciao. Questo è il programma qmail-send di posta.provider-it.example.\nMi dispiace, ma non è stato possibile consegnare il tuo messaggio ai seguenti indirizzi.\nSi tratta di un errore permanente; ho rinunciato.\n\n<amministrazione@scuolamediapascoli.example>:\n550 5.1.1 utente sconosciuto\n",
        note="qmail notice localised in Italian, non-MIME body with the message inline",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.1",
        rcpt="info@casadiriposo-santachiara.example",
        date="2027-07-01 10:05 +0200",
        layout="report",
        sender="Sistema di posta <postmaster@relay.provider-it.example>",
        subject="Avviso di ritardo nella consegna",
        reporting="relay.provider-it.example",
        diagnostic="421 4.4.1 connessione scaduta",
        human="Questo è un messaggio automatico.\n\nIl messaggio destinato a info@casadiriposo-santachiara.example non è stato ancora consegnato: il server di destinazione non risponde. Continueremo a provare per altri 3 giorni; non è necessario inviarlo di nuovo.\n",
        headers=AUTO,
        note="Italian relay delay report",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    return Label(
        file="",
        intent=r.intent,
        promised_date=r.promised,
        paid_date=r.paid,
        return_date=r.ret,
        payment_reference=r.ref,
        amount=r.amount,
        currency=r.currency,
        new_contact=r.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(r.refs),
        language=r.lang,
        note=r.note,
    )


def bounce_label(b: Bounce) -> Label:
    return Label(
        file="",
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def all_messages() -> list[tuple[str, Message, Label]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build_bounce(b), bounce_label(b)) for b in BOUNCES]
    return items


def check_label(label: Label) -> None:
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{label['file']}: bad intent or language")
    if (label["intent"] == "bounce") != (label["bounce_kind"] is not None):
        raise SystemExit(f"{label['file']}: bounce fields do not match the intent")
    for ref in label["invoice_refs"]:
        if not ref.startswith("OMA-T3-"):
            raise SystemExit(f"{label['file']}: bad invoice ref {ref}")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None or "=?" in str(value) or value.defects:
            raise SystemExit(f"{name}: {header} missing or not decoded")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            part.get_content()


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_messages()
    if len({key for key, _, _ in items}) != len(items):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: digest(item[0], f"order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({**label, "file": name})
        check_label(labels[-1])
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
